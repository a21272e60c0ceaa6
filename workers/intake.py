"""Recording received messages: bytes first, then the record, then recognition is queued.

Both the IMAP watcher and the offline sources (``dsr ingest``) go through
:func:`record_batch`, so a message is handled the same way whatever brought it. Header
parsing here is deliberately shallow and never fails: whatever the bytes are, they are
stored; recognition decides later whether they can be read or must be quarantined.
"""

from __future__ import annotations

import email.header
import email.utils
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from workers.logging import get_logger
from workers.store.db import Database
from workers.store.messages import NewMessage, record_messages
from workers.store.schema import messages

log = get_logger(__name__)

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(r"\r?\n[ \t]+")
# ``Plain Name <a@b.c>`` (no quotes, comments or commas) or a bare ``a@b.c``.
_SIMPLE_FROM = re.compile(
    rb"[ \t]*(?:[A-Za-z0-9 .'\x80-\xff-]*<([A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+)>|([A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+))\s*$"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: The header block is looked for in this many first bytes (a 30 MB message is not scanned).
HEAD_MAX = 256 * 1024
#: Column limits of the ``messages`` table (PostgreSQL enforces them).
MESSAGE_ID_MAX = 998
FROM_MAX = 320
SUBJECT_MAX = 2000

#: How recognition is queued: called with the ids of messages to recognise.
Enqueue = Callable[[list[int]], None]

#: Messages per recognition task (id-only arguments; the actor is safe to run twice).
TASK_CHUNK = 50


@dataclass(frozen=True)
class Incoming:
    """A message as a source hands it over."""

    raw: bytes
    source: str
    received_at: datetime | None = None
    mailbox: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None


@dataclass(frozen=True)
class Headline:
    message_id: str | None
    subject: str | None
    from_addr: str | None
    date: datetime | None


@dataclass
class BatchResult:
    """What recording a batch did: ids to queue for recognition, and how many were new."""

    pending: list[int] = field(default_factory=list)
    created: int = 0
    seen: int = 0


def _text(value: bytes) -> str:
    """Header bytes as text: UTF-8 when valid, else Latin-1 (raw 8-bit headers)."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _clean(text: str, limit: int) -> str | None:
    """No control characters (PostgreSQL refuses NUL), bounded length, None when empty."""
    text = _CONTROL.sub("", text).strip()
    return text[:limit] or None


def _decode(value: bytes) -> str:
    text = _FOLD.sub(" ", _text(value)).strip()
    if "=?" not in text:  # no encoded-word: nothing to decode (the common case, and fast)
        return text
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except Exception:  # noqa: BLE001 - unknown charset, broken encoded-words: keep the text as it is
        return text


def _address(value: bytes) -> str | None:
    """The address of a From field: ``Name <a@b>`` or ``a@b`` quickly, else the full parser."""
    simple = _SIMPLE_FROM.match(value)
    if simple:
        address = _text(simple.group(1) or simple.group(2))
    else:
        try:
            address = email.utils.parseaddr(_decode(value))[1]
        except Exception:  # noqa: BLE001 - parseaddr is lenient, but never trust it on garbage
            address = ""
    return _clean(address.lower(), FROM_MAX)


_WANTED = frozenset({b"message-id", b"subject", b"from", b"date"})


def header_fields(raw: bytes) -> dict[str, bytes]:
    """The first Message-ID, Subject, From and Date fields of the header block, unfolded later.

    A line scan rather than a multi-line regex: this runs for every message of a backfill.
    """
    end = raw.find(b"\r\n\r\n", 0, HEAD_MAX)
    if end < 0:
        match = _HEADER_END.search(raw, 0, HEAD_MAX)
        end = match.start() if match else min(len(raw), HEAD_MAX)
    found: dict[str, bytes] = {}
    current: str | None = None
    for line in raw[:end].split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if current is not None:  # a folded continuation of the field being read
                found[current] += b"\r\n" + line.rstrip(b"\r")
            continue
        current = None
        colon = line.find(b":")
        if colon <= 0:
            continue
        name = line[:colon].rstrip(b" \t").lower()
        if name in _WANTED:
            key = name.decode("ascii")
            if key not in found:
                found[key] = line[colon + 1 :].rstrip(b"\r")
                current = key
    return found


def headline(raw: bytes, *, with_date: bool = True) -> Headline:
    """Message-ID, Subject, From and Date from the header block; never raises.

    ``with_date=False`` skips parsing the Date field (the source gave the receipt time).
    """
    found = header_fields(raw)
    subject = _clean(_decode(found["subject"]), SUBJECT_MAX) if "subject" in found else None
    from_addr = _address(found["from"]) if "from" in found else None
    date = None
    if with_date and "date" in found:
        try:
            date = email.utils.parsedate_to_datetime(_text(found["date"]).strip())
            if date.tzinfo is None:
                date = date.replace(tzinfo=UTC)
        except (TypeError, ValueError, IndexError, OverflowError):
            date = None
    message_id = _clean(_FOLD.sub(" ", _text(found["message-id"])), MESSAGE_ID_MAX) if "message-id" in found else None
    return Headline(message_id, subject, from_addr, date)


def to_record(item: Incoming, now: datetime) -> NewMessage:
    """The store's view of an incoming message (headline fields parsed here)."""
    head = headline(item.raw, with_date=item.received_at is None)
    return NewMessage(
        raw=item.raw,
        source=item.source,
        received_at=item.received_at or head.date or now,
        message_id=head.message_id,
        subject=head.subject,
        from_addr=head.from_addr,
        mailbox=item.mailbox,
        uidvalidity=item.uidvalidity,
        uid=item.uid,
    )


def record_batch(db: Database, batch: Sequence[Incoming], now: datetime) -> BatchResult:
    """Record every message of ``batch`` in one transaction.

    ``pending`` lists the ids still waiting for recognition, each once: new ones, and old
    ones whose recognition never ran (a crash came between recording and queueing).
    """
    result = BatchResult(seen=len(batch))
    if not batch:
        return result
    rows = [to_record(item, now) for item in batch]
    with db.begin() as conn:
        recorded = record_messages(conn, rows, now)
    queued: set[int] = set()
    for entry in recorded:
        result.created += entry.created
        if entry.status == "recorded" and entry.id not in queued:
            queued.add(entry.id)
            result.pending.append(entry.id)
    return result


def enqueue_in_chunks(ids: Sequence[int], enqueue: Enqueue) -> None:
    """Queue recognition tasks of at most :data:`TASK_CHUNK` ids each."""
    for start in range(0, len(ids), TASK_CHUNK):
        enqueue(list(ids[start : start + TASK_CHUNK]))


def ingest(db: Database, items: Iterable[Incoming], enqueue: Enqueue, now: Callable[[], datetime],
           batch_size: int = 200, progress: Callable[[int], None] | None = None,
           batch_bytes: int = 64 * 1024 * 1024) -> BatchResult:
    """Record then queue every item, in batches bounded in count and bytes."""
    total = BatchResult()
    batch: list[Incoming] = []
    size = 0

    def flush() -> None:
        result = record_batch(db, batch, now())
        enqueue_in_chunks(result.pending, enqueue)
        total.pending.extend(result.pending)
        total.created += result.created
        total.seen += result.seen
        if progress:
            progress(len(batch))
        batch.clear()

    for item in items:
        batch.append(item)
        size += len(item.raw)
        if len(batch) >= batch_size or size >= batch_bytes:
            flush()
            size = 0
    if batch:
        flush()
    return total


def pending_recognition(db: Database, limit: int = 10_000) -> list[int]:
    """Ids of recorded messages never recognised (for the sweep at start)."""
    with db.begin() as conn:
        rows = conn.execute(
            select(messages.c.id).where(messages.c.status == "recorded").order_by(messages.c.id).limit(limit)
        )
        return [r[0] for r in rows]
