"""Raw messages: content-addressed bytes first, then the record, then the checkpoint.

The order is what makes intake crash-safe: bytes stored under their sha256 can be stored
again without harm; a record is unique by that hash, so recording twice finds the first;
the checkpoint only moves once both are durable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.dialects import postgresql

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
    status: str = "recorded"


@dataclass(frozen=True)
class NewMessage:
    """One message to record, with the few header fields kept beside the bytes."""

    raw: bytes
    source: str
    received_at: datetime
    message_id: str | None = None
    subject: str | None = None
    from_addr: str | None = None
    mailbox: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None


#: Hashes per ``IN (...)`` query (well under every SQLite and PostgreSQL limit).
_IN_CHUNK = 500


def _known(conn: Connection, digests: list[str]) -> dict[str, tuple[int, str]]:
    """``sha256 -> (id, status)`` of the messages already recorded among ``digests``."""
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(digests), _IN_CHUNK):
        part = digests[start : start + _IN_CHUNK]
        rows = conn.execute(
            select(messages.c.sha256, messages.c.id, messages.c.status).where(messages.c.sha256.in_(part))
        )
        for digest, row_id, status in rows:
            found[digest] = (int(row_id), str(status))
    return found


def _insert_ignore_many(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING for many rows (all with the same columns).

    On SQLite the rows go straight to the driver's executemany, each value through its
    column type's bind processor (exactly what SQLAlchemy would store), which spares the
    per-row parameter machinery: it is most of the cost of a 500-message batch.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(postgresql.insert(table).on_conflict_do_nothing(index_elements=keys), rows)
        return
    columns = list(rows[0])
    processors = [table.c[name].type.bind_processor(conn.dialect) for name in columns]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT ({', '.join(keys)}) DO NOTHING"
    )
    params = [
        tuple(value if process is None or value is None else process(value)
              for value, process in zip(row.values(), processors))
        for row in rows
    ]
    conn.exec_driver_sql(sql, params)


def record_messages(conn: Connection, items: Sequence[NewMessage], now: datetime) -> list[Recorded]:
    """Store the bytes and record each message once, in a few statements per batch.

    Returns one :class:`Recorded` per item, in order. A message is identified by the
    sha256 of its bytes: the same bytes twice (in the batch or already stored) give the
    first record, ``created=False`` for every later occurrence.
    """
    digests = [content_hash(item.raw) for item in items]
    known = _known(conn, list(dict.fromkeys(digests)))
    blob_rows: list[dict[str, Any]] = []
    message_rows: list[dict[str, Any]] = []
    fresh: set[str] = set()
    for item, digest in zip(items, digests):
        if digest in known or digest in fresh:
            continue
        fresh.add(digest)
        blob_rows.append({"sha256": digest, "size": len(item.raw), "data": item.raw, "created_at": now})
        message_rows.append(
            {
                "sha256": digest,
                "message_id": item.message_id,
                "source": item.source,
                "mailbox": item.mailbox,
                "uidvalidity": item.uidvalidity,
                "uid": item.uid,
                "received_at": item.received_at,
                "recorded_at": now,
                "size": len(item.raw),
                "status": "recorded",
                "quarantine_reason": None,
                "subject": item.subject,
                "from_addr": item.from_addr,
                "redacted": False,
            }
        )
    _insert_ignore_many(conn, blobs, blob_rows, ["sha256"])
    _insert_ignore_many(conn, messages, message_rows, ["sha256"])
    # A concurrent writer may have won the race for some hashes: either way they exist now.
    inserted = _known(conn, sorted(fresh))
    results: list[Recorded] = []
    first_seen: set[str] = set()
    for digest in digests:
        if digest in known:
            row_id, status = known[digest]
            results.append(Recorded(row_id, False, status))
        else:
            row_id, status = inserted[digest]
            results.append(Recorded(row_id, digest not in first_seen, status))
            first_seen.add(digest)
    return results


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
    item = NewMessage(raw, source, received_at, message_id, subject, from_addr, mailbox, uidvalidity, uid)
    return record_messages(conn, [item], now)[0]


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
    updated_at: datetime | None = None


def get_checkpoint(conn: Connection, mailbox: str) -> Checkpoint | None:
    row = conn.execute(select(checkpoints).where(checkpoints.c.mailbox == mailbox)).mappings().first()
    if row is None:
        return None
    return Checkpoint(row["mailbox"], row["uidvalidity"], row["last_uid"], row["updated_at"])


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
