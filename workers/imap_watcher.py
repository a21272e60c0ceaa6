"""The IMAP watcher: the product's front door.

It examines the folder read-only and fetches ``BODY.PEEK[]``, so the practitioner's
read/unread state never changes. For each batch it records the messages (bytes, then
record), queues their recognition, and only then advances the checkpoint (UIDVALIDITY +
last UID). A crash anywhere re-fetches at most one batch, which the store recognises by
content hash. After any network error it reconnects with exponential backoff and jitter.
"""

from __future__ import annotations

import imaplib
import os
import random
import signal
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from workers.imap_fetch import FetchedMessage, fetch_messages
from workers.intake import Enqueue, Incoming, enqueue_in_chunks, pending_recognition
from workers.logging import get_logger
from workers.recorder import InlineRecorder, ProcessRecorder, Recorder, can_fork, write_checkpoint
from workers.settings import Settings
from workers.store.db import Database
from workers.store.messages import Checkpoint, get_checkpoint

log = get_logger(__name__)

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.error, imaplib.IMAP4.abort, IMAPClientError, EOFError,
)
#: At most this many messages, and about this many bytes, per FETCH (and per transaction).
FETCH_BATCH = 500
FETCH_BYTES = 32 * 1024 * 1024
#: Messages up to this size are batched without asking their size (FETCH_BYTES / FETCH_BATCH).
SMALL_BYTES = FETCH_BYTES // FETCH_BATCH
#: UIDs per RFC822.SIZE fetch when planning the batches.
SIZE_CHUNK = 5000

#: Test hook, honoured only when set: SIGKILL this process at the named point of a batch
#: (``record``: recorded, not queued; ``enqueue``: queued, checkpoint not yet moved).
CRASH_ENV = "DSR_TEST_CRASH_AFTER"


class WatchError(Exception):
    """The watcher cannot go on by itself (French message for the practitioner)."""


class ConnectionLost(ConnectionError):
    """The server closed the connection while we were idling."""


@dataclass
class WatchOptions:
    since: date | None = None  # first run: from this day; None = backfill_days back
    all: bool = False  # first run: everything in the folder
    idle: bool | None = None  # None = the setting
    once: bool = False  # catch up, then return (no IDLE/poll loop)
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    idle_slice: float = 1.0  # seconds per idle_check, so stop() is heard quickly
    once_attempts: int = 5  # with ``once``: give up after this many failed connections
    writer_process: bool | None = None  # record in a writer process; None = for backlogs of several batches


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential backoff with full jitter in [delay/2, delay]."""
    delay = min(cap, base * (2 ** min(attempt, 20)))
    return rng.uniform(delay / 2, delay)


def connect(settings: Settings, timeout: float = 30.0) -> IMAPClient:
    """A logged-in client, over TLS, STARTTLS or plain as the settings say."""
    if not settings.imap_host:
        raise ValueError("imap_host is not set")
    context = ssl.create_default_context()
    if not settings.imap_verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    security = settings.imap_security or "tls"
    client = IMAPClient(
        settings.imap_host, port=settings.imap_port, ssl=security == "tls",
        ssl_context=context if security == "tls" else None, timeout=timeout,
    )
    try:
        if security == "starttls":
            client.starttls(context)
        client.normalise_times = False
        password = settings.secret("imap_password")
        client.login(settings.imap_user or settings.contact_address, password or "")
    except BaseException:
        _close_quietly(client)
        raise
    return client


def _close_quietly(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except NETWORK_ERRORS:
        pass


def _credentials_refused(error: LoginError) -> bool:
    """A login refused for its credentials (not a server that is only unavailable)."""
    text = str(error).upper()
    return "UNAVAILABLE" not in text and "TEMPORARY" not in text


def batches(sizes: dict[int, int], uids: list[int], max_count: int, max_bytes: int) -> Iterator[list[int]]:
    """Consecutive runs of ``uids`` of at most ``max_count`` messages and about ``max_bytes``.

    A message larger than ``max_bytes`` makes a batch of its own.
    """
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if batch and (len(batch) >= max_count or total + size > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


class Watcher:
    """Watch one folder; call :meth:`run` in a thread or the main loop, :meth:`stop` to end."""

    def __init__(
        self, settings: Settings, db: Database, enqueue: Enqueue, *, now: Callable[[], datetime],
        options: WatchOptions | None = None, progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.settings = settings
        self.db = db
        self.enqueue = enqueue
        self.now = now
        self.options = options or WatchOptions()
        self.progress = progress
        self.folder = settings.imap_folder
        self._stop = threading.Event()
        self._rng = random.Random()
        self._crash_after = os.environ.get(CRASH_ENV) or None
        self.connected = threading.Event()
        self.sessions = 0  # successful connections so far (tests and logs)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # The outer loop: reconnect forever ---------------------------------------------------

    def run(self) -> None:
        """Catch up, then watch until :meth:`stop` (or once caught up, with ``once``).

        Raises :class:`WatchError` when the server refuses the credentials, or when a
        ``once`` run cannot connect after ``once_attempts`` tries.
        """
        self._sweep()
        attempt = 0
        while not self.stopping:
            sessions_before = self.sessions
            try:
                self._session()
                if self.options.once:
                    return
            except LoginError as error:
                if _credentials_refused(error):
                    raise WatchError("le serveur IMAP refuse l'identifiant ou le mot de passe") from None
                self._retry_later(error, attempt)
                attempt += 1
            except NETWORK_ERRORS as error:
                if self.sessions > sessions_before:
                    attempt = 0  # it was connected: a fresh outage starts a fresh backoff
                self._retry_later(error, attempt)
                attempt += 1
            if self.options.once and attempt >= self.options.once_attempts:
                raise WatchError(f"serveur IMAP injoignable après {attempt} tentatives")

    def _retry_later(self, error: BaseException, attempt: int) -> None:
        self.connected.clear()
        delay = backoff_delay(attempt, self.options.backoff_base, self.options.backoff_max, self._rng)
        log.warning("watch.disconnected", error_type=type(error).__name__, retry_in=round(delay, 2), attempt=attempt + 1)
        self._stop.wait(delay)

    def _sweep(self) -> None:
        """Queue recognition of messages recorded before a crash but never recognised."""
        pending = pending_recognition(self.db)
        if pending:
            log.info("watch.sweep", pending=len(pending))
            enqueue_in_chunks(pending, self.enqueue)

    # One connection ----------------------------------------------------------------------

    def _session(self) -> None:
        client = connect(self.settings)
        try:
            selected = client.select_folder(self.folder, readonly=True)
            uidvalidity = int(selected[b"UIDVALIDITY"])
            self.sessions += 1
            self.connected.set()
            log.info("watch.connected", uidvalidity=uidvalidity, session=self.sessions)
            backlog = self.catch_up(client, uidvalidity, int(selected.get(b"UIDNEXT", 0) or 0))
            if self.options.once:
                return
            if backlog:
                self.db.checkpoint()  # the backfill is done: fold the WAL in while we wait
            use_idle = self.settings.imap_idle if self.options.idle is None else self.options.idle
            use_idle = use_idle and client.has_capability("IDLE")
            while not self.stopping:
                if use_idle:
                    self._idle(client)
                else:
                    self._stop.wait(self.settings.imap_poll_seconds)
                    client.noop()
                if self.stopping:
                    break
                uidnext = 0
                current = int(client.folder_status(self.folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
                if current != uidvalidity:
                    selected = client.select_folder(self.folder, readonly=True)
                    uidvalidity = int(selected[b"UIDVALIDITY"])
                    uidnext = int(selected.get(b"UIDNEXT", 0) or 0)
                self.catch_up(client, uidvalidity, uidnext)
        finally:
            self.connected.clear()
            try:
                client.logout()
            except NETWORK_ERRORS:
                _close_quietly(client)

    def _idle(self, client: IMAPClient) -> None:
        """Wait in IDLE until the server reports something, renewing before it drops us.

        imapclient's ``idle_check`` returns an empty list, instead of raising, when the
        server has closed the connection; a BYE, or several empty wake-ups well before the
        timeout, therefore mean the connection is gone.
        """
        client.idle()
        try:
            self._wait_in_idle(client)
        except ConnectionLost:
            _close_quietly(client)
            raise
        client.idle_done()

    def _wait_in_idle(self, client: IMAPClient) -> None:
        started = time.monotonic()
        empty_wakeups = 0
        while not self.stopping and time.monotonic() - started < self.settings.imap_idle_renew_seconds:
            checked = time.monotonic()
            responses = client.idle_check(timeout=self.options.idle_slice)
            if any(isinstance(r, tuple) and r and r[0] == b"BYE" for r in responses):
                raise ConnectionLost("BYE during IDLE")
            if any(isinstance(r, tuple) and (b"EXISTS" in r or b"RECENT" in r) for r in responses):
                return
            if not responses and time.monotonic() - checked < self.options.idle_slice / 2:
                empty_wakeups += 1
                if empty_wakeups >= 3:
                    raise ConnectionLost("connection closed during IDLE")
            else:
                empty_wakeups = 0

    # Catching up -------------------------------------------------------------------------

    def catch_up(self, client: IMAPClient, uidvalidity: int, uidnext: int) -> int:
        """Record every message not yet handled; returns how many were new."""
        checkpoint = self._checkpoint()
        initial = checkpoint is None or checkpoint.uidvalidity != uidvalidity
        if initial:
            if checkpoint is not None:
                log.warning("watch.uidvalidity_changed", old=checkpoint.uidvalidity, new=uidvalidity)
            uids = self._initial_uids(client, checkpoint)
        else:
            assert checkpoint is not None
            floor = checkpoint.last_uid
            uids = [u for u in client.search(["UID", f"{floor + 1}:*"]) if u > floor]
        uids = sorted(set(uids))
        if not uids:
            if initial:
                self._save_checkpoint(uidvalidity, max(uidnext - 1, 0))
            return 0
        plan = list(batches(self._sizes(client, uids), uids, FETCH_BATCH, FETCH_BYTES))
        recorder = self._recorder(len(plan))
        created = done = 0
        try:
            submitted: list[int] | None = None  # the batch being recorded while the next is fetched
            for chunk in plan:
                if self.stopping:
                    break
                fetched = fetch_messages(client, chunk)
                if submitted is not None:
                    created += self._finish_batch(recorder, uidvalidity, submitted)
                    done += len(submitted)
                    self._report(done, len(uids))
                recorder.submit(self._incoming(uidvalidity, chunk, fetched), self.now())
                submitted = chunk
            if submitted is not None:
                created += self._finish_batch(recorder, uidvalidity, submitted)
                done += len(submitted)
                self._report(done, len(uids))
            if initial and not self.stopping and uidnext - 1 > uids[-1]:
                # Older messages above the last one fetched were left out on purpose (window).
                recorder.checkpoint(self.folder, uidvalidity, uidnext - 1, self.now())
            recorder.close()
        except BaseException:
            _abandon(recorder)
            raise
        log.info("watch.caught_up", new=created, seen=done)
        return created

    def _recorder(self, batches_planned: int) -> Recorder:
        """A writer process for a backlog of several batches (fetching overlaps writing),
        else recording in line."""
        wanted = self.options.writer_process
        if wanted is None:
            wanted = batches_planned > 1
        if wanted and can_fork():
            return ProcessRecorder(self.db)
        return InlineRecorder(self.db)

    def _report(self, done: int, total: int) -> None:
        if self.progress:
            self.progress(done, total)

    def _incoming(self, uidvalidity: int, chunk: list[int], fetched: dict[int, FetchedMessage]) -> list[Incoming]:
        return [
            Incoming(
                raw=fetched[uid].raw,
                source="imap",
                received_at=fetched[uid].internaldate,
                mailbox=self.folder,
                uidvalidity=uidvalidity,
                uid=uid,
            )
            for uid in chunk
            if uid in fetched
        ]

    def _finish_batch(self, recorder: Recorder, uidvalidity: int, chunk: list[int]) -> int:
        """Once the batch is recorded: queue its recognition, then move the checkpoint
        (in that order)."""
        result = recorder.collect()
        self._crash_point("record")
        enqueue_in_chunks(result.pending, self.enqueue)
        self._crash_point("enqueue")
        recorder.checkpoint(self.folder, uidvalidity, chunk[-1], self.now())
        return result.created

    def _crash_point(self, name: str) -> None:
        if self._crash_after == name:
            os.kill(os.getpid(), signal.SIGKILL)

    def _sizes(self, client: IMAPClient, uids: list[int]) -> dict[int, int]:
        """Sizes of the messages that matter for batching: only those above the small size.

        One ``SEARCH LARGER`` finds them (usually few), then their sizes are fetched; every
        other message counts as :data:`SMALL_BYTES`, so a full batch stays near FETCH_BYTES.
        """
        wanted = set(uids)
        large = sorted(u for u in client.search(["LARGER", SMALL_BYTES]) if u in wanted)
        sizes = dict.fromkeys(uids, SMALL_BYTES)
        for start in range(0, len(large), SIZE_CHUNK):
            part = large[start : start + SIZE_CHUNK]
            for uid, data in client.fetch(part, ["RFC822.SIZE"]).items():
                sizes[uid] = int(data.get(b"RFC822.SIZE", 0) or 0)
        return sizes

    def _initial_uids(self, client: IMAPClient, checkpoint: Checkpoint | None) -> list[int]:
        """First run, or the folder was recreated (new UIDVALIDITY): which UIDs to look at.

        After a UIDVALIDITY change every message since a day before the old checkpoint is
        fetched again; the content hash recognises those already recorded.
        """
        if self.options.all:
            return list(client.search(["ALL"]))
        since = self.options.since or (self.now().date() - timedelta(days=self.settings.imap_backfill_days))
        if checkpoint is not None and checkpoint.updated_at is not None:
            since = min(since, checkpoint.updated_at.date() - timedelta(days=1))
        return list(client.search(["SINCE", since]))

    def _checkpoint(self) -> Checkpoint | None:
        with self.db.begin() as conn:
            return get_checkpoint(conn, self.folder)

    def _save_checkpoint(self, uidvalidity: int, last_uid: int) -> None:
        write_checkpoint(self.db, self.folder, uidvalidity, last_uid, self.now())


def _abandon(recorder: Recorder) -> None:
    """Stop a recorder after an error without hiding that error."""
    try:
        recorder.abandon()
    except Exception:  # noqa: BLE001 - the original error is the one to report
        log.warning("watch.recorder_not_closed")
