"""The IMAP watcher against the harness's real Dovecot, queueing into a real Redis.

In-process watchers run in a thread; the crash tests run ``dsr watch`` as a subprocess
that SIGKILLs itself at a named point (``DSR_TEST_CRASH_AFTER``).
"""

from __future__ import annotations

import collections
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.harness import DovecotServer, ImapAccount
from tests.workers.mail_helpers import dsr_env, queued_ids, run_dsr, sample, task_sizes, wait_for
from workers.actors import recognise_messages
from workers.broker import make_redis_broker
from workers import imap_watcher
from workers.imap_watcher import (
    CRASH_ENV,
    Watcher,
    WatchError,
    WatchOptions,
    backoff_delay,
    batches,
)
from workers.intake import Enqueue
from workers.runtime import utcnow
from workers.settings import PROVIDERS, Settings, load_settings
from workers.store.db import Database
from workers.store.messages import get_checkpoint
from workers.store.schema import messages

WITHIN = 5.0  # the bound for IDLE and polling
GENEROUS = 60.0


# -- pure parts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("provider", "imap", "smtp"),
    [
        ("orange", ("imap.orange.fr", 993, "tls"), ("smtp.orange.fr", 465, "tls")),
        ("gmail", ("imap.gmail.com", 993, "tls"), ("smtp.gmail.com", 587, "starttls")),
        ("outlook", ("outlook.office365.com", 993, "tls"), ("smtp-mail.outlook.com", 587, "starttls")),
        ("ovh", ("ssl0.ovh.net", 993, "tls"), ("ssl0.ovh.net", 465, "tls")),
    ],
)
def test_provider_presets(provider: str, imap: tuple[str, int, str], smtp: tuple[str, int, str],
                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each preset gives its IMAP and SMTP host, port and security; the user defaults to the contact address."""
    _clean_env(monkeypatch, tmp_path)
    s = load_settings(mail_provider=provider, contact_address="cabinet@example.test")
    assert (s.imap_host, s.imap_port, s.imap_security) == imap
    assert (s.smtp_host, s.smtp_port, s.smtp_security) == smtp
    assert s.imap_user == s.smtp_user == "cabinet@example.test"


def test_explicit_settings_win_over_the_preset(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Host, port, security and user given explicitly (argument or environment) beat the preset."""
    _clean_env(monkeypatch, tmp_path)
    monkeypatch.setenv("DSR_IMAP_PORT", "1993")
    s = load_settings(mail_provider="orange", imap_host="imap.cabinet.test", imap_security="starttls",
                      imap_user="moi", smtp_port=2525)
    assert (s.imap_host, s.imap_port, s.imap_security, s.imap_user) == ("imap.cabinet.test", 1993, "starttls", "moi")
    assert (s.smtp_host, s.smtp_port, s.smtp_security) == ("smtp.orange.fr", 2525, "tls")


def test_custom_provider_takes_ports_from_security(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With ``custom`` and no port, the port follows the security chosen; all presets are tested."""
    _clean_env(monkeypatch, tmp_path)
    assert set(PROVIDERS) == {"orange", "gmail", "outlook", "ovh", "custom"}
    s = load_settings(mail_provider="custom", imap_host="mail.test", imap_security="starttls", smtp_security="plain")
    assert (s.imap_port, s.smtp_port) == (143, 25)
    assert load_settings(mail_provider="custom").imap_host is None


def test_backoff_grows_with_jitter_and_a_cap() -> None:
    """Delays double per attempt, stay in [d/2, d], and never pass the cap."""
    rng = random.Random(1)
    for attempt in range(30):
        ceiling = min(30.0, 0.5 * 2**attempt)
        delay = backoff_delay(attempt, 0.5, 30.0, rng)
        assert ceiling / 2 <= delay <= ceiling


def test_batches_bounded_by_count_and_bytes() -> None:
    """Batches hold at most N messages and about B bytes; a huge message goes alone."""
    sizes = {1: 10, 2: 10, 3: 100, 4: 10, 5: 10, 6: 10}
    assert list(batches(sizes, [1, 2, 3, 4, 5, 6], 2, 50)) == [[1, 2], [3], [4, 5], [6]]
    assert list(batches({}, [], 500, 1)) == []


# -- fixtures ------------------------------------------------------------------------------


def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("DSR_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DSR_CONFIG", str(tmp_path / "absent.toml"))


def watcher_settings(account: ImapAccount, tmp_path: Path, *, tls: bool = False, **extra: object) -> Settings:
    base: dict[str, object] = {
        "data_dir": tmp_path / "data", "mail_provider": "custom", "imap_host": account.host,
        "imap_port": account.tls_port if tls else account.port, "imap_security": "tls" if tls else "plain",
        "imap_verify_tls": False, "imap_user": account.user, "imap_password": account.password,
        "imap_poll_seconds": 1,
    }
    base.update(extra)
    return load_settings(**base)


def redis_enqueue(redis_url: str) -> Enqueue:
    """Queue recognition tasks through a RedisBroker of the test's own (the global one is untouched)."""
    broker = make_redis_broker(redis_url)
    broker.declare_queue(recognise_messages.queue_name)

    def enqueue(ids: list[int]) -> None:
        broker.enqueue(recognise_messages.message(ids))

    return enqueue


class Running:
    """A watcher running in a thread, stopped and joined at the end of the test."""

    def __init__(self, watcher: Watcher) -> None:
        self.watcher = watcher
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.watcher.run()
        except BaseException as error:  # noqa: BLE001 - reported by the test
            self.error = error

    def stop(self) -> None:
        self.watcher.stop()
        self.thread.join(30)
        assert not self.thread.is_alive(), "the watcher did not stop"
        assert self.error is None, repr(self.error)


@pytest.fixture
def start_watcher(tmp_path: Path, redis_url: str) -> Iterator[Callable[..., tuple[Running, Database]]]:
    started: list[Running] = []
    dbs: list[Database] = []

    def start(settings: Settings, options: WatchOptions | None = None) -> tuple[Running, Database]:
        db = Database(settings.effective_database_url)
        dbs.append(db)
        running = Running(Watcher(settings, db, redis_enqueue(redis_url), now=utcnow,
                                  options=options or WatchOptions(backoff_base=0.2, backoff_max=2.0)))
        started.append(running)
        assert running.watcher.connected.wait(GENEROUS), "the watcher never connected"
        return running, db

    yield start
    for running in started:
        running.stop()
    for db in dbs:
        db.dispose()


def recorded(db: Database) -> list[tuple[int, str, int | None]]:
    with db.begin() as conn:
        return [tuple(r) for r in conn.execute(select(messages.c.id, messages.c.sha256, messages.c.uid))]  # type: ignore[misc]


def count(db: Database) -> int:
    with db.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(messages)).scalar_one())


def flags(dovecot: DovecotServer, user: str) -> dict[int, set[bytes]]:
    with dovecot.client(user) as imap:
        imap.select_folder("INBOX", readonly=True)
        return {uid: set(data[b"FLAGS"]) - {b"\\Recent"} for uid, data in imap.fetch(imap.search("ALL"), ["FLAGS"]).items()}


def _sent_and_queued(db: Database, redis_url: str, n: int) -> Callable[[], bool]:
    def check() -> bool:
        ids = [r[0] for r in recorded(db)]
        return len(ids) == n and set(ids) <= set(queued_ids(redis_url))

    return check


# -- against Dovecot -----------------------------------------------------------------------


@pytest.mark.parametrize("idle", [True, False], ids=["idle", "polling"])
def test_new_message_recorded_and_queued_within_5s(
    idle: bool, dovecot: DovecotServer, imap_account: ImapAccount, tmp_path: Path, redis_url: str,
    start_watcher: Callable[..., tuple[Running, Database]],
) -> None:
    """A message APPENDed while the watcher runs is recorded and its task queued in Redis
    within 5 s, with IDLE and with polling every second."""
    dovecot.append(sample(0), user=imap_account.user)
    _running, db = start_watcher(watcher_settings(imap_account, tmp_path, imap_idle=idle))
    wait_for(_sent_and_queued(db, redis_url, 1), GENEROUS, "the backfill")
    for n in (1, 2):
        dovecot.append(sample(n), user=imap_account.user)
        took = wait_for(_sent_and_queued(db, redis_url, n + 1), WITHIN, f"message {n} (idle={idle})")
        assert took < WITHIN
    assert sorted(r[2] for r in recorded(db)) == [1, 2, 3]


def test_backfill_over_tls_leaves_flags_alone(
    dovecot: DovecotServer, imap_account: ImapAccount, tmp_path: Path, redis_url: str,
) -> None:
    """A first run over TLS records every message and one task per 50 ids; unseen messages
    stay unseen and flagged ones keep their flags."""
    user = imap_account.user
    dovecot.multiappend([sample(n) for n in range(120)], user=user)
    dovecot.append(sample(500), flags=[b"\\Seen", b"\\Flagged"], user=user)
    before = flags(dovecot, user)
    settings = watcher_settings(imap_account, tmp_path, tls=True)
    db = Database(settings.effective_database_url)
    Watcher(settings, db, redis_enqueue(redis_url), now=utcnow, options=WatchOptions(once=True)).run()
    assert count(db) == 121
    assert sorted(queued_ids(redis_url)) == sorted(r[0] for r in recorded(db))
    assert max(task_sizes(redis_url)) == 50
    after = flags(dovecot, user)
    assert after == before
    assert sum(1 for f in after.values() if b"\\Seen" in f) == 1
    db.dispose()


@pytest.mark.parametrize("writer_process", [True, False], ids=["writer-process", "inline"])
def test_a_backlog_of_many_batches_is_recorded_once_in_uid_order(
    writer_process: bool, dovecot: DovecotServer, imap_account: ImapAccount, tmp_path: Path, redis_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With batches of 25, a backlog of 260 messages spans 11 batches: recorded by the writer
    process (fetching overlaps writing) or in line, every message is recorded once with its
    UID and INTERNALDATE, every id queued once, and the checkpoint ends on the last UID."""
    monkeypatch.setattr(imap_watcher, "FETCH_BATCH", 25)
    user = imap_account.user
    when = datetime(2026, 2, 27, 18, 45, 0, tzinfo=UTC)
    dovecot.multiappend([{"msg": sample(n), "flags": (), "date": when} for n in range(260)], user=user)
    settings = watcher_settings(imap_account, tmp_path)
    db = Database(settings.effective_database_url)
    done: list[int] = []
    options = WatchOptions(all=True, once=True, writer_process=writer_process)
    Watcher(settings, db, redis_enqueue(redis_url), now=utcnow, options=options,
            progress=lambda n, total: done.append(n)).run()
    rows = recorded(db)
    assert sorted(r[2] for r in rows) == list(range(1, 261))
    assert len({r[1] for r in rows}) == 260
    queued = collections.Counter(queued_ids(redis_url))
    assert set(queued) == {r[0] for r in rows} and set(queued.values()) == {1}
    assert done == list(range(25, 260, 25)) + [260]
    with db.begin() as conn:
        checkpoint = get_checkpoint(conn, "INBOX")
        received = set(conn.execute(select(messages.c.received_at)).scalars())
    assert checkpoint is not None and checkpoint.last_uid == 260
    assert received == {when}
    db.dispose()


def test_first_run_window(dovecot: DovecotServer, imap_account: ImapAccount, tmp_path: Path, redis_url: str) -> None:
    """Without --all only messages since the backfill window are taken; later ones all are."""
    user = imap_account.user
    old = datetime.now(UTC) - timedelta(days=90)
    dovecot.append(sample(1), msg_time=old, user=user)
    dovecot.append(sample(2), user=user)
    dovecot.append(sample(3), msg_time=old - timedelta(days=10), user=user)  # arrives late with an old date
    settings = watcher_settings(imap_account, tmp_path)
    db = Database(settings.effective_database_url)
    Watcher(settings, db, redis_enqueue(redis_url), now=utcnow, options=WatchOptions(once=True)).run()
    assert [r[2] for r in recorded(db)] == [2]
    with db.begin() as conn:
        checkpoint = get_checkpoint(conn, "INBOX")
    assert checkpoint is not None and checkpoint.last_uid == 3  # the old ones are skipped for good
    dovecot.append(sample(4), msg_time=old, user=user)
    Watcher(settings, db, redis_enqueue(redis_url), now=utcnow, options=WatchOptions(once=True)).run()
    assert sorted(r[2] for r in recorded(db)) == [2, 4]  # new to the folder, whatever its date

    other = watcher_settings(imap_account, tmp_path / "other")
    db2 = Database(other.effective_database_url)
    Watcher(other, db2, redis_enqueue(redis_url), now=utcnow,
            options=WatchOptions(once=True, since=date.today() - timedelta(days=95))).run()
    assert sorted(r[2] for r in recorded(db2)) == [1, 2, 4]
    db.dispose()
    db2.dispose()


def test_uidvalidity_change_makes_no_duplicates(
    dovecot: DovecotServer, imap_account: ImapAccount, tmp_path: Path, redis_url: str,
    start_watcher: Callable[..., tuple[Running, Database]],
) -> None:
    """The mailbox is recreated with the same messages (new UIDVALIDITY) while the watcher
    runs: nothing is recorded twice, and a message arriving afterwards is recorded."""
    user = imap_account.user
    dovecot.multiappend([sample(n) for n in range(30)], user=user)
    running, db = start_watcher(watcher_settings(imap_account, tmp_path))
    wait_for(lambda: count(db) == 30, GENEROUS, "the backfill")
    old = dovecot.uidvalidity(user=user)
    new = dovecot.recreate_mailbox(user=user)
    assert new != old
    dovecot.append(sample(99), user=user)
    wait_for(lambda: count(db) == 31, GENEROUS, "the message after the change")
    with db.begin() as conn:
        wait_for(lambda: (c := get_checkpoint(conn, "INBOX")) is not None and c.uidvalidity == new, GENEROUS,
                 "the checkpoint on the new UIDVALIDITY")
    time.sleep(1.5)  # a late duplicate would show now
    assert count(db) == 31
    running.stop()

    # And across a restart: the recreated mailbox is read again, still without duplicates.
    dovecot.recreate_mailbox(user=user)
    settings = watcher_settings(imap_account, tmp_path)
    Watcher(settings, db, redis_enqueue(redis_url), now=utcnow, options=WatchOptions(once=True)).run()
    assert count(db) == 31


def test_watcher_survives_a_dovecot_outage(private_dovecot: DovecotServer, tmp_path: Path, redis_url: str,
                                           start_watcher: Callable[..., tuple[Running, Database]]) -> None:
    """Dovecot is stopped for 10 s under a watcher in IDLE: it reconnects by itself, and
    mail delivered during the outage and right after it is recorded."""
    account = private_dovecot.account()
    private_dovecot.append(sample(1))
    running, db = start_watcher(watcher_settings(account, tmp_path))
    wait_for(lambda: count(db) == 1, GENEROUS, "the backfill")
    private_dovecot.stop()
    stopped = time.monotonic()
    wait_for(lambda: not running.watcher.connected.is_set(), GENEROUS, "the watcher to notice")
    _deliver_into_maildir(private_dovecot.maildir(), sample(2))  # what the MTA drops meanwhile
    time.sleep(max(0.0, 10 - (time.monotonic() - stopped)))
    private_dovecot.start()
    private_dovecot.append(sample(3))
    wait_for(lambda: count(db) == 3, GENEROUS, "messages of the outage")
    assert running.watcher.sessions >= 2
    private_dovecot.append(sample(4))
    wait_for(lambda: count(db) == 4, GENEROUS, "a message after the reconnection (IDLE again)")


def _deliver_into_maildir(maildir: Path, raw: bytes) -> None:
    import os

    name = f"{int(time.time())}.dsrtest{random.randrange(10**9)}.localhost"
    tmp = maildir / "tmp" / name
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(raw)
    os.chown(tmp, 65534, 65534)
    os.replace(tmp, maildir / "new" / name)


def test_wrong_password_is_a_clear_error(dovecot: DovecotServer, imap_account: ImapAccount, tmp_path: Path) -> None:
    """Refused credentials stop the watcher with a French message instead of retrying forever."""
    settings = watcher_settings(imap_account, tmp_path, imap_password="wrong")
    db = Database(settings.effective_database_url)
    with pytest.raises(WatchError, match="mot de passe"):
        Watcher(settings, db, lambda ids: None, now=utcnow, options=WatchOptions(backoff_base=0.01)).run()
    db.dispose()


def test_once_gives_up_when_the_server_is_unreachable(tmp_path: Path) -> None:
    """``--once`` against a closed port fails after a few quick attempts."""
    from tests.harness import free_port

    account = ImapAccount("127.0.0.1", free_port(), free_port(), "nobody@floraison.test", "x")
    settings = watcher_settings(account, tmp_path)
    db = Database(settings.effective_database_url)
    watcher = Watcher(settings, db, lambda ids: None, now=utcnow,
                      options=WatchOptions(once=True, backoff_base=0.01, backoff_max=0.05, once_attempts=3))
    with pytest.raises(WatchError, match="3 tentatives"):
        watcher.run()
    db.dispose()


@pytest.mark.parametrize("point", ["record", "enqueue"])
def test_sigkill_before_the_checkpoint_records_each_message_once(
    point: str, dovecot: DovecotServer, imap_account: ImapAccount, tmp_path: Path, redis_url: str,
) -> None:
    """``dsr watch`` SIGKILLed after a batch is recorded (or queued) but before the
    checkpoint: the restart records every message exactly once and queues every one."""
    dovecot.multiappend([sample(n) for n in range(1200)], user=imap_account.user)
    env = dsr_env(tmp_path, redis_url, imap_account, DSR_IMAP_POLL_SECONDS="1")
    crashed = run_dsr({**env, CRASH_ENV: point}, "watch", "--all", "--once", timeout=300)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    db = Database(load_settings(data_dir=tmp_path / "data").effective_database_url)
    assert count(db) == 500  # the first batch, recorded, checkpoint not moved
    with db.begin() as conn:
        assert get_checkpoint(conn, "INBOX") is None

    again = run_dsr(env, "watch", "--once", timeout=300)
    assert again.returncode == 0, again.stderr
    rows = recorded(db)
    assert len(rows) == 1200
    assert sorted(r[2] for r in rows) == list(range(1, 1201))
    assert len({r[1] for r in rows}) == 1200
    queued = collections.Counter(queued_ids(redis_url))
    assert set(queued) == {r[0] for r in rows}
    with db.begin() as conn:
        checkpoint = get_checkpoint(conn, "INBOX")
    assert checkpoint is not None and checkpoint.last_uid == 1200
    db.dispose()
