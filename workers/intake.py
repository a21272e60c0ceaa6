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
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from workers.logging import get_logger
from workers.store.db import Database
from workers.store.messages import record_message
from workers.store.schema import messages

log = get_logger(__name__)

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD = re.compile(rb"^(message-id|subject|from|date)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)

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


def _decode(value: bytes) -> str:
    text = value.decode("utf-8", errors="replace")
    text = re.sub(r"\r?\n[ \t]+", " ", text).strip()
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except Exception:  # undecodable encoded-words stay as they are
        return text


def headline(raw: bytes) -> Headline:
    """Message-ID, Subject, From and Date from the header block; never raises."""
    match = _HEADER_END.search(raw)
    head = raw[: match.start()] if match else raw[:65536]
    found: dict[str, str] = {}
    for field in _FIELD.finditer(head):
        name = field.group(1).decode("ascii").lower()
        found.setdefault(name, _decode(field.group(2)))
    from_addr = None
    if "from" in found:
        from_addr = email.utils.parseaddr(found["from"])[1].lower() or None
    date = None
    if "date" in found:
        try:
            date = email.utils.parsedate_to_datetime(found["date"])
            if date.tzinfo is None:
                date = date.replace(tzinfo=timezone.utc)
        except (TypeError, ValueError, IndexError):
            date = None
    message_id = found.get("message-id", "").strip() or None
    return Headline(message_id[:998] if message_id else None, found.get("subject"), from_addr, date)


def record_batch(db: Database, batch: Sequence[Incoming], now: datetime) -> list[int]:
    """Record every message of ``batch`` in one transaction.

    Returns the ids still waiting for recognition (new ones, and old ones whose
    recognition never ran because a crash came between recording and queueing).
    """
    pending: list[int] = []
    with db.begin() as conn:
        for item in batch:
            head = headline(item.raw)
            received = item.received_at or head.date or now
            recorded = record_message(
                conn,
                item.raw,
                source=item.source,
                received_at=received,
                now=now,
                message_id=head.message_id,
                subject=head.subject,
                from_addr=head.from_addr,
                mailbox=item.mailbox,
                uidvalidity=item.uidvalidity,
                uid=item.uid,
            )
            if recorded.created:
                pending.append(recorded.id)
            else:
                status = conn.execute(select(messages.c.status).where(messages.c.id == recorded.id)).scalar()
                if status == "recorded":
                    pending.append(recorded.id)
    return pending


def enqueue_in_chunks(ids: Sequence[int], enqueue: Enqueue) -> None:
    for start in range(0, len(ids), TASK_CHUNK):
        enqueue(list(ids[start : start + TASK_CHUNK]))


def ingest(db: Database, items: Iterable[Incoming], enqueue: Enqueue, now: Callable[[], datetime],
           batch_size: int = 200, progress: Callable[[int], None] | None = None) -> int:
    """Record then queue every item, in batches; returns how many were new or pending."""
    count = 0
    batch: list[Incoming] = []

    def flush() -> None:
        nonlocal count
        pending = record_batch(db, batch, now())
        enqueue_in_chunks(pending, enqueue)
        count += len(pending)
        if progress:
            progress(len(batch))
        batch.clear()

    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return count


def pending_recognition(db: Database, limit: int = 10_000) -> list[int]:
    """Ids of recorded messages never recognised (for the sweep at start)."""
    with db.begin() as conn:
        rows = conn.execute(
            select(messages.c.id).where(messages.c.status == "recorded").order_by(messages.c.id).limit(limit)
        )
        return [r[0] for r in rows]
