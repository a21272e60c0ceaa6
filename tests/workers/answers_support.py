"""Helpers shared by the tests of issue 7 (drafts, approval, sending, digest, scheduler).

Everything here talks to the real servers handed over by the fixtures of tests/conftest.py:
a runtime booted on a real Redis and a real database, an in-process dramatiq worker, the
IMAP watcher run once against Dovecot, and requests built as real RFC 5322 messages.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any, TypeVar

import dramatiq

from tests.harness import ImapAccount, SmtpSink
from workers.imap_watcher import Watcher, WatchOptions
from workers.runtime import Runtime, boot, set_current, utcnow
from workers.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTACT = "contact@floraison.test"
PRACTITIONER = "sandra@floraison.test"
ACCESS_REQUEST_FR = (
    "Bonjour,\n\n"
    "Conformément à l'article 15 du RGPD, je souhaite obtenir une copie de toutes les données "
    "personnelles que vous détenez à mon sujet.\n\n"
    "Merci d'avance,\nClaire Fontaine\n"
)

T = TypeVar("T")


def settings_for(
    tmp_path: Path, redis_url: str, *, account: ImapAccount | None = None, sink: SmtpSink | None = None,
    database_url: str | None = None, **extra: Any,
) -> Settings:
    """Settings pointing at the test's servers (plain IMAP and SMTP on 127.0.0.1)."""
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data", "redis_url": redis_url, "database_url": database_url,
        "contact_address": CONTACT, "practitioner_email": PRACTITIONER,
    }
    if account is not None:
        values.update(imap_host=account.host, imap_port=account.port, imap_security="plain",
                      imap_user=account.user, imap_password=account.password, imap_idle=False)
    if sink is not None:
        values.update(smtp_host=sink.host, smtp_port=sink.port, smtp_security="plain")
    values.update(extra)
    return Settings(**values)


def env_for(settings: Settings) -> dict[str, str]:
    """The DSR_* environment giving a subprocess (``dsr ...``, a worker) the same settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env["DSR_CONFIG"] = str(settings.data_dir / "none.toml")  # no config/dsr.toml of the repo
    fields = ("data_dir", "redis_url", "database_url", "contact_address", "practitioner_email", "imap_host",
              "imap_port", "imap_security", "imap_user", "smtp_host", "smtp_port", "smtp_security", "digest_hour",
              "timezone")
    for name in fields:
        value = getattr(settings, name)
        if value is not None:
            env[f"DSR_{name.upper()}"] = str(value)
    if settings.imap_password is not None:
        env["DSR_IMAP_PASSWORD"] = settings.imap_password.get_secret_value()
    env["DSR_IMAP_IDLE"] = "false"
    return env


def boot_runtime(settings: Settings) -> Runtime:
    """A runtime on these settings, with its broker (Redis) installed."""
    return boot(settings, with_broker=True)


@contextmanager
def running_worker(runtime: Runtime, threads: int = 2) -> Iterator[dramatiq.Worker]:
    """An in-process dramatiq worker on the runtime's broker, stopped at the end."""
    import workers.actors  # noqa: F401  (declares the actors on the installed broker)

    assert runtime.broker is not None
    worker = dramatiq.Worker(runtime.broker, worker_threads=threads, worker_timeout=100)
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()
        set_current(runtime)


def request_email(
    *, sender: str = "claire.fontaine@exemple.org", to: str = CONTACT, subject: str = "Demande d'accès à mes données",
    body: str = ACCESS_REQUEST_FR, reply_to: str | None = None, when: datetime | None = None,
) -> tuple[bytes, str]:
    """A request as a requester's mail client writes it; returns (bytes, its Message-ID)."""
    message = EmailMessage()
    message["From"] = f"Claire Fontaine <{sender}>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when or utcnow())
    message_id = make_msgid(domain="exemple.org")
    message["Message-ID"] = message_id
    if reply_to:
        message["Reply-To"] = reply_to
    message.set_content(body)
    return message.as_bytes(), message_id


def ingest_once(runtime: Runtime) -> None:
    """Run the IMAP watcher once: what is in INBOX is recorded and its recognition queued."""
    from workers.actors import recognise_messages

    watcher = Watcher(runtime.settings, runtime.db, lambda ids: recognise_messages.send(ids), now=utcnow,
                      options=WatchOptions(once=True, all=True, idle=False))
    watcher.run()


def wait_until(check: Callable[[], T | None], timeout: float = 10.0, interval: float = 0.1, what: str = "") -> T:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or check}")
        time.sleep(interval)


def dsr(args: list[str], env: dict[str, str], timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    """Run the ``dsr`` command line in a subprocess, as she would."""
    command = [sys.executable, "-c", "from workers.cli import main; main()", *args]
    return subprocess.run(command, check=False, env=env, capture_output=True, text=True, timeout=timeout, cwd=REPO_ROOT)


def drafts_of(runtime: Runtime, **filters: Any) -> list[dict[str, Any]]:
    from workers.store.drafts import list_drafts

    with runtime.db.begin() as conn:
        rows = list_drafts(conn)
    return [r for r in rows if all(r[k] == v for k, v in filters.items())]


def open_request(runtime: Runtime, dovecot: Any, account: ImapAccount, timeout: float = 10.0,
                 **email: Any) -> tuple[dict[str, Any], str]:
    """APPEND a request to the account's INBOX, ingest it, wait for its acknowledgment draft.

    A worker (in-process or a subprocess) must be running. Returns (the draft, the request's
    Message-ID).
    """
    raw, message_id = request_email(**email)
    dovecot.append(raw, user=account.user)
    ingest_once(runtime)
    drafts = wait_until(lambda: drafts_of(runtime, kind="acknowledgment"), timeout, what="acknowledgment draft")
    return drafts[0], message_id


def start_worker_process(settings: Settings, log_path: Path) -> subprocess.Popen[bytes]:
    """``python -m dramatiq workers.worker_entry`` in its own process group (SIGKILL it whole)."""
    log = log_path.open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "dramatiq", "workers.worker_entry", "--processes", "1", "--threads", "2"],
        env=env_for(settings), cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill_process_group(process: subprocess.Popen[bytes], sig: int = 9) -> None:
    """Kill a process started by start_worker_process, children included, and reap it."""
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        pass
    process.wait(20)


_first_message = iter(range(900_000, 10**9))


def seed_case(runtime: Runtime, receipt: Any, *, state: str = "collecting", rights: tuple[str, ...] = ("access",),
              extended: bool = False, **values: Any) -> str:
    """A case in the store received on ``receipt`` (due date computed by the legal core); returns its ref."""
    from datetime import UTC
    from datetime import time as dtime

    from flows.deadlines import due_date
    from workers.store import cases as case_store

    at = datetime.combine(receipt, dtime(10, 0), tzinfo=UTC)
    with runtime.db.begin() as conn:
        opened = case_store.open_case(
            conn, message_pk=next(_first_message), at=at, received_at=at, receipt_date=receipt,
            due_date=due_date(receipt, extended=extended), outcome="request", rights=list(rights), language="fr",
            requester_email=f"personne{next(_first_message)}@exemple.org", requester_name=None,
        )
        case_store.update_case(conn, opened.id, at, state=state, extended=extended, **values)
    return opened.ref
