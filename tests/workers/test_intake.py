"""Intake: shallow header parsing that never fails, batch recording, chunked queueing,
and a folder of malformed messages stored whole, the unreadable ones quarantined."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.workers.mail_helpers import dsr_env, malformed_messages, run_dsr, sample
from workers.intake import (
    FROM_MAX,
    TASK_CHUNK,
    Incoming,
    enqueue_in_chunks,
    headline,
    ingest,
    pending_recognition,
    record_batch,
)
from workers.offline_sources import iter_source
from workers.runtime import Runtime
from workers.settings import load_settings
from workers.store.db import Database
from workers.store.messages import message_bytes, set_status
from workers.store.schema import messages
from workers.workflow.recognition import recognise_one

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_headline_reads_the_four_fields() -> None:
    """Message-ID, decoded Subject, lower-cased address and an aware Date are extracted."""
    raw = (
        b"From: =?utf-8?q?Ren=C3=A9e?= <Renee@Example.TEST>\r\nSubject: =?utf-8?b?ZG9ubsOpZXM=?=\r\n"
        b" suite\r\nDate: Mon, 02 Mar 2026 09:30:00 +0100\r\nMessage-ID: <x@y.test>\r\n\r\n"
        b"Subject: not a header\r\n"
    )
    head = headline(raw)
    assert head.message_id == "<x@y.test>"
    assert head.subject == "données suite"
    assert head.from_addr == "renee@example.test"
    assert head.date == datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def test_headline_of_8bit_and_broken_headers() -> None:
    """Latin-1 bytes are read as such, NUL is dropped, a bad Date and charset do no harm."""
    raw = (
        b"From: Ren\xe9e <renee@example.test>\r\nSubject: donn\xe9es \x00ici =?x-nope?q?a?=\r\n"
        b"Date: le 2 mars\r\n\r\n"
    )
    head = headline(raw)
    assert head.subject is not None and "\x00" not in head.subject and head.subject.startswith("données")
    assert head.from_addr == "renee@example.test"
    assert head.date is None and head.message_id is None


def test_headline_bounds_lengths() -> None:
    """Fields are cut to the columns' limits (PostgreSQL would refuse longer values)."""
    raw = b"From: " + b"a" * 1000 + b"@example.test\r\nMessage-ID: <" + b"i" * 2000 + b">\r\n\r\n"
    head = headline(raw)
    assert head.from_addr is not None and len(head.from_addr) <= FROM_MAX
    assert head.message_id is not None and len(head.message_id) == 998


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_headline_never_raises(raw: bytes) -> None:
    """Any bytes at all give a headline, with no NUL in any text field."""
    head = headline(raw)
    for value in (head.message_id, head.subject, head.from_addr):
        assert value is None or "\x00" not in value


def test_enqueue_in_chunks_of_fifty() -> None:
    """Ids go out in tasks of at most TASK_CHUNK, in order, none lost."""
    sent: list[list[int]] = []
    enqueue_in_chunks(list(range(1, 122)), sent.append)
    assert [len(s) for s in sent] == [TASK_CHUNK, TASK_CHUNK, 21]
    assert [i for s in sent for i in s] == list(range(1, 122))


def test_record_batch_reports_new_and_still_pending(tmp_path: Path) -> None:
    """A re-recorded batch is not new, but what was never recognised is pending again."""
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    batch = [Incoming(sample(n), "imap", mailbox="INBOX", uidvalidity=7, uid=n) for n in (1, 2, 3)]
    first = record_batch(db, batch + [batch[0]], NOW)
    assert (first.created, first.seen, len(first.pending)) == (3, 4, 3)
    with db.begin() as conn:
        set_status(conn, first.pending[0], "recognised", outcome="none")
    again = record_batch(db, batch, NOW)
    assert again.created == 0 and again.pending == first.pending[1:]
    assert pending_recognition(db) == first.pending[1:]
    with db.begin() as conn:
        row = conn.execute(select(messages).where(messages.c.id == first.pending[1])).mappings().one()
    assert (row["uid"], row["uidvalidity"], row["mailbox"], row["from_addr"]) == (2, 7, "INBOX", "client2@example.test")
    db.dispose()


def test_received_at_prefers_the_source_then_the_date_header(tmp_path: Path) -> None:
    """INTERNALDATE (or mtime) wins; the Date header is next; the clock is the last resort."""
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    internal = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    result = record_batch(
        db, [Incoming(sample(1), "imap", received_at=internal), Incoming(sample(2), "file"),
             Incoming(b"Subject: no date\r\n\r\nx", "file")], NOW,
    )
    with db.begin() as conn:
        got = [conn.execute(select(messages.c.received_at).where(messages.c.id == i)).scalar_one() for i in result.pending]
    assert got == [internal, datetime(2026, 3, 2, 8, 30, tzinfo=UTC), NOW]
    db.dispose()


def test_ingest_batches_by_count_and_bytes(tmp_path: Path) -> None:
    """ingest() records everything, queues each new id once and reports progress per batch."""
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    sent: list[list[int]] = []
    progress: list[int] = []
    items = [Incoming(sample(n), "file") for n in range(120)]
    result = ingest(db, items, sent.append, lambda: NOW, batch_size=50, progress=progress.append)
    assert progress == [50, 50, 20]
    assert result.created == 120 and sorted(i for s in sent for i in s) == sorted(result.pending)
    again = ingest(db, items[:10], sent.append, lambda: NOW, batch_bytes=1)
    assert again.created == 0 and again.seen == 10
    db.dispose()


def test_malformed_folder_is_stored_and_unreadable_ones_quarantined(tmp_path: Path, redis_url: str) -> None:
    """Every malformed message is stored byte for byte; recognition quarantines the
    unreadable ones with a reason, and ``dsr messages --quarantined --json`` lists them."""
    folder = tmp_path / "malformed"
    folder.mkdir()
    samples = malformed_messages()
    for name, raw in samples.items():
        (folder / name).write_bytes(raw)
    data_dir = tmp_path / "data"
    settings = load_settings(data_dir=data_dir, redis_url=redis_url)
    db = Database(settings.effective_database_url)
    result = ingest(db, iter_source(folder), lambda ids: None, lambda: NOW)
    assert result.created == len(samples)
    runtime = Runtime(settings=settings, db=db)
    for message_pk in result.pending:
        recognise_one(runtime, message_pk, NOW)
    with db.begin() as conn:
        rows = {r["id"]: dict(r) for r in conn.execute(select(messages)).mappings()}
        stored = {message_bytes(conn, pk) for pk in rows}
    assert stored == set(samples.values())
    quarantined = {r["size"] for r in rows.values() if r["status"] == "quarantined"}
    bad = {len(raw) for name, raw in samples.items() if name.startswith("bad_")}
    assert quarantined == bad
    assert all(r["status"] == "recognised" for r in rows.values() if r["size"] not in bad)
    db.dispose()

    listed = run_dsr(dsr_env(tmp_path, redis_url), "messages", "--quarantined", "--json")
    assert listed.returncode == 0, listed.stderr
    out = json.loads(listed.stdout)
    assert len(out) == len(bad)
    assert all(item["status"] == "quarantined" and item["quarantine_reason"].startswith("illisible") for item in out)
