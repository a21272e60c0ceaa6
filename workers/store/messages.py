"""Raw messages: content-addressed bytes first, then the record, then the checkpoint.

The order is what makes intake crash-safe: bytes stored under their sha256 can be stored
again without harm; a record is unique by that hash, so recording twice finds the first;
the checkpoint only moves once both are durable.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from workers.store.schema import blobs, checkpoints, messages
from workers.store.util import insert_ignore, upsert


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def put_blob(conn: Connection, raw: bytes, now: datetime) -> str:
    """Store ``raw`` under its sha256 (no-op when present); returns the hash."""
    digest = content_hash(raw)
    insert_ignore(conn, blobs, {"sha256": digest, "size": len(raw), "data": raw, "created_at": now}, ["sha256"])
    return digest


def get_blob(conn: Connection, digest: str) -> bytes:
    data = conn.execute(select(blobs.c.data).where(blobs.c.sha256 == digest)).scalar_one()
    return bytes(data)


@dataclass(frozen=True)
class Recorded:
    id: int
    created: bool


def record_message(
    conn: Connection,
    raw: bytes,
    *,
    source: str,
    received_at: datetime,
    now: datetime,
    message_id: str | None = None,
    subject: str | None = None,
    from_addr: str | None = None,
    mailbox: str | None = None,
    uidvalidity: int | None = None,
    uid: int | None = None,
) -> Recorded:
    """Store the bytes and record the message once; a second call returns the first record."""
    digest = put_blob(conn, raw, now)
    existing = conn.execute(select(messages.c.id).where(messages.c.sha256 == digest)).scalar()
    if existing is not None:
        return Recorded(int(existing), False)
    inserted = insert_ignore(
        conn,
        messages,
        {
            "sha256": digest,
            "message_id": message_id,
            "source": source,
            "mailbox": mailbox,
            "uidvalidity": uidvalidity,
            "uid": uid,
            "received_at": received_at,
            "recorded_at": now,
            "size": len(raw),
            "status": "recorded",
            "subject": subject,
            "from_addr": from_addr,
            "redacted": False,
        },
        ["sha256"],
    )
    row_id = conn.execute(select(messages.c.id).where(messages.c.sha256 == digest)).scalar_one()
    return Recorded(int(row_id), inserted)


def get_message(conn: Connection, message_pk: int) -> dict[str, Any] | None:
    row = conn.execute(select(messages).where(messages.c.id == message_pk)).mappings().first()
    return dict(row) if row else None


def message_bytes(conn: Connection, message_pk: int) -> bytes:
    digest = conn.execute(select(messages.c.sha256).where(messages.c.id == message_pk)).scalar_one()
    return get_blob(conn, digest)


def set_status(conn: Connection, message_pk: int, status: str, **fields: Any) -> None:
    conn.execute(update(messages).where(messages.c.id == message_pk).values(status=status, **fields))


def list_messages(conn: Connection, *, status: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    query = select(messages).order_by(messages.c.received_at.desc(), messages.c.id.desc()).limit(limit)
    if status is not None:
        query = query.where(messages.c.status == status)
    return [dict(r) for r in conn.execute(query).mappings()]


def known_message_ids(conn: Connection, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    rows = conn.execute(select(messages.c.message_id).where(messages.c.message_id.in_(ids)))
    return {r[0] for r in rows}


# Checkpoints -------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    mailbox: str
    uidvalidity: int
    last_uid: int


def get_checkpoint(conn: Connection, mailbox: str) -> Checkpoint | None:
    row = conn.execute(select(checkpoints).where(checkpoints.c.mailbox == mailbox)).mappings().first()
    if row is None:
        return None
    return Checkpoint(row["mailbox"], row["uidvalidity"], row["last_uid"])


def set_checkpoint(conn: Connection, mailbox: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
    upsert(
        conn,
        checkpoints,
        {"mailbox": mailbox, "uidvalidity": uidvalidity, "last_uid": last_uid, "updated_at": now},
        ["mailbox"],
        {"uidvalidity": uidvalidity, "last_uid": last_uid, "updated_at": now},
    )


def search_by_address(conn: Connection, address: str) -> list[dict[str, Any]]:
    """Stored messages from ``address`` (the offline mailbox connector)."""
    rows = conn.execute(
        select(messages.c.id, messages.c.from_addr, messages.c.subject, messages.c.received_at, messages.c.message_id)
        .where(messages.c.from_addr == address.strip().lower())
        .order_by(messages.c.received_at)
    ).mappings()
    return [
        {"id": r["id"], "from": r["from_addr"], "subject": r["subject"] or "",
         "date": r["received_at"].isoformat(), "message_id": r["message_id"]}
        for r in rows
    ]
