"""The IMAP watcher: the product's front door.

It examines the folder read-only and fetches ``BODY.PEEK[]``, so the practitioner's
read/unread state never changes. For each batch it records the messages (bytes, then
record), queues their recognition, and only then advances the checkpoint (UIDVALIDITY +
last UID). A crash anywhere re-fetches at most one batch, which the store recognises by
content hash. After any network error it reconnects with exponential backoff and jitter.
"""

from __future__ import annotations

import imaplib
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from workers.intake import Enqueue, Incoming, enqueue_in_chunks, pending_recognition, record_batch
from workers.logging import get_logger
from workers.settings import Settings
from workers.store.db import Database
from workers.store.messages import get_checkpoint, set_checkpoint

log = get_logger(__name__)

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.error, imaplib.IMAP4.abort, IMAPClientError, EOFError,
)
FETCH_BATCH = 500


@dataclass
class WatchOptions:
    since: date | None = None  # first run: from this day; None = backfill_days back
    all: bool = False  # first run: everything in the folder
    idle: bool | None = None  # None = the setting
    once: bool = False  # catch up, then return (no IDLE/poll loop)
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    idle_slice: float = 1.0  # seconds per idle_check, so stop() is heard quickly


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
    if security == "starttls":
        client.starttls(context)
    client.normalise_times = False
    password = settings.secret("imap_password")
    client.login(settings.imap_user or settings.contact_address, password or "")
    return client


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
        self.connected = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # The outer loop: reconnect forever ---------------------------------------------------

    def run(self) -> None:
        self._sweep()
        attempt = 0
        while not self.stopping:
            try:
                self._session()
                attempt = 0
                if self.options.once:
                    return
            except NETWORK_ERRORS as error:
                self.connected.clear()
                delay = backoff_delay(attempt, self.options.backoff_base, self.options.backoff_max, self._rng)
                attempt += 1
                log.warning("watch.disconnected", error_type=type(error).__name__, retry_in=round(delay, 2), attempt=attempt)
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
            self.connected.set()
            log.info("watch.connected", uidvalidity=uidvalidity)
            self.catch_up(client, uidvalidity, int(selected.get(b"UIDNEXT", 0) or 0))
            if self.options.once:
                return
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
                current = int(client.folder_status(self.folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
                if current != uidvalidity:
                    uidvalidity = current
                    client.select_folder(self.folder, readonly=True)
                self.catch_up(client, uidvalidity, 0)
        finally:
            self.connected.clear()
            try:
                client.logout()
            except NETWORK_ERRORS:
                pass

    def _idle(self, client: IMAPClient) -> None:
        """Wait in IDLE until the server reports something, renewing before it drops us."""
        client.idle()
        started = time.monotonic()
        try:
            while not self.stopping and time.monotonic() - started < self.settings.imap_idle_renew_seconds:
                responses = client.idle_check(timeout=self.options.idle_slice)
                if any(b"EXISTS" in r or b"RECENT" in r for r in responses if isinstance(r, tuple)):
                    return
        finally:
            client.idle_done()

    # Catching up -------------------------------------------------------------------------

    def catch_up(self, client: IMAPClient, uidvalidity: int, uidnext: int) -> int:
        """Record every message not yet handled; returns how many were new."""
        checkpoint = self._checkpoint()
        if checkpoint is None or checkpoint.uidvalidity != uidvalidity:
            if checkpoint is not None:
                log.warning("watch.uidvalidity_changed", old=checkpoint.uidvalidity, new=uidvalidity)
            uids = self._initial_uids(client)
            floor = 0
        else:
            floor = checkpoint.last_uid
            uids = [u for u in client.search(["UID", f"{floor + 1}:*"]) if u > floor]
        uids = sorted(uids)
        if not uids:
            if checkpoint is None or checkpoint.uidvalidity != uidvalidity:
                self._save_checkpoint(uidvalidity, max(uidnext - 1, 0))
            return 0
        total = 0
        for start in range(0, len(uids), FETCH_BATCH):
            chunk = uids[start : start + FETCH_BATCH]
            fetched = client.fetch(chunk, ["BODY.PEEK[]", "INTERNALDATE"])
            batch = [
                Incoming(
                    raw=bytes(fetched[uid][b"BODY[]"]),
                    source="imap",
                    received_at=_aware(fetched[uid].get(b"INTERNALDATE")),
                    mailbox=self.folder,
                    uidvalidity=uidvalidity,
                    uid=uid,
                )
                for uid in chunk
                if uid in fetched and b"BODY[]" in fetched[uid]
            ]
            pending = record_batch(self.db, batch, self.now())
            enqueue_in_chunks(pending, self.enqueue)
            self._save_checkpoint(uidvalidity, chunk[-1])
            total += len(pending)
            if self.progress:
                self.progress(min(start + FETCH_BATCH, len(uids)), len(uids))
        log.info("watch.caught_up", new=total, seen=len(uids))
        return total

    def _initial_uids(self, client: IMAPClient) -> list[int]:
        if self.options.all:
            return list(client.search(["ALL"]))
        since = self.options.since or (self.now().date() - timedelta(days=self.settings.imap_backfill_days))
        return list(client.search(["SINCE", since]))

    def _checkpoint(self):  # type: ignore[no-untyped-def]
        with self.db.begin() as conn:
            return get_checkpoint(conn, self.folder)

    def _save_checkpoint(self, uidvalidity: int, last_uid: int) -> None:
        with self.db.begin() as conn:
            set_checkpoint(conn, self.folder, uidvalidity, last_uid, self.now())


def _aware(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone()
    return None
