"""Raw messages in the store, on SQLite and PostgreSQL: content-addressed, recorded once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from workers.store.db import Database
from workers.store.messages import (
    NewMessage,
    content_hash,
    get_blob,
    get_checkpoint,
    get_message,
    list_messages,
    message_bytes,
    record_message,
    record_messages,
    set_checkpoint,
    set_status,
)
from workers.store.schema import blobs, messages

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
RAW = b"Message-ID: <a@x.test>\r\nSubject: Hello\r\n\r\nbody\r\n"


def _count(db: Database, table) -> int:  # type: ignore[no-untyped-def]
    with db.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_same_bytes_are_recorded_once(database_url: str) -> None:
    """Recording the same bytes twice returns the first record and stores one blob."""
    db = Database(database_url)
    with db.begin() as conn:
        first = record_message(conn, RAW, source="imap", received_at=NOW, now=NOW, message_id="<a@x.test>")
    with db.begin() as conn:
        second = record_message(conn, RAW, source="file", received_at=NOW, now=NOW, message_id="<a@x.test>")
    assert first.created and not second.created
    assert second.id == first.id
    assert _count(db, messages) == 1 and _count(db, blobs) == 1
    with db.begin() as conn:
        assert message_bytes(conn, first.id) == RAW
        assert get_blob(conn, content_hash(RAW)) == RAW
        assert get_message(conn, first.id)["source"] == "imap"  # type: ignore[index]
    db.dispose()


def test_same_message_id_different_bytes_are_two_records(database_url: str) -> None:
    """Two different messages that share a Message-ID are both kept."""
    db = Database(database_url)
    other = RAW.replace(b"body", b"another body")
    with db.begin() as conn:
        a = record_message(conn, RAW, source="imap", received_at=NOW, now=NOW, message_id="<a@x.test>")
        b = record_message(conn, other, source="imap", received_at=NOW, now=NOW, message_id="<a@x.test>")
    assert a.created and b.created and a.id != b.id
    assert _count(db, messages) == 2
    db.dispose()


def test_batch_dedups_within_itself_and_against_the_store(database_url: str) -> None:
    """A batch with a repeated message and one already stored gives one record per content."""
    db = Database(database_url)
    with db.begin() as conn:
        old = record_message(conn, RAW, source="imap", received_at=NOW, now=NOW)
        set_status(conn, old.id, "recognised", outcome="none")
    items = [NewMessage(RAW, "imap", NOW)] + [
        NewMessage(f"Subject: {n}\r\n\r\n{n}".encode(), "imap", NOW, uid=n) for n in (1, 2, 1)
    ]
    with db.begin() as conn:
        results = record_messages(conn, items, NOW)
    assert [r.created for r in results] == [False, True, True, False]
    assert results[0].id == old.id and results[0].status == "recognised"
    assert results[1].id == results[3].id and results[1].status == "recorded"
    assert _count(db, messages) == 3
    db.dispose()


def test_large_and_empty_messages_round_trip(database_url: str) -> None:
    """An empty message and a 3 MB one are stored byte for byte."""
    db = Database(database_url)
    big = b"Subject: big\r\n\r\n" + bytes(range(256)) * (3 * 4096)
    with db.begin() as conn:
        empty = record_message(conn, b"", source="file", received_at=NOW, now=NOW)
        large = record_message(conn, big, source="file", received_at=NOW, now=NOW)
    with db.begin() as conn:
        assert message_bytes(conn, empty.id) == b""
        assert message_bytes(conn, large.id) == big
    db.dispose()


def test_checkpoint_upsert(database_url: str) -> None:
    """A checkpoint is created, then moved, for each mailbox separately."""
    db = Database(database_url)
    with db.begin() as conn:
        assert get_checkpoint(conn, "INBOX") is None
        set_checkpoint(conn, "INBOX", 1700000000, 10, NOW)
    with db.begin() as conn:
        set_checkpoint(conn, "INBOX", 1700000001, 3, NOW + timedelta(minutes=5))
        set_checkpoint(conn, "Archive", 7, 99, NOW)
    with db.begin() as conn:
        inbox = get_checkpoint(conn, "INBOX")
        archive = get_checkpoint(conn, "Archive")
    assert inbox is not None and (inbox.uidvalidity, inbox.last_uid) == (1700000001, 3)
    assert inbox.updated_at == NOW + timedelta(minutes=5)
    assert archive is not None and archive.last_uid == 99
    db.dispose()


def test_list_messages_filters_by_status(database_url: str) -> None:
    """Quarantined messages are listed alone, with their reason."""
    db = Database(database_url)
    with db.begin() as conn:
        a = record_message(conn, b"Subject: a\r\n\r\na", source="file", received_at=NOW, now=NOW)
        record_message(conn, b"Subject: b\r\n\r\nb", source="file", received_at=NOW, now=NOW)
        set_status(conn, a.id, "quarantined", quarantine_reason="illisible : message vide")
    with db.begin() as conn:
        quarantined = list_messages(conn, status="quarantined")
        everything = list_messages(conn)
    assert [(r["id"], r["quarantine_reason"]) for r in quarantined] == [(a.id, "illisible : message vide")]
    assert len(everything) == 2
    db.dispose()
