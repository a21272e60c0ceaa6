"""Cases in the store: gap-free references under concurrency, the hash chain, the moves."""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from flows.case_machine import Event, ForbiddenMove
from flows.models import CaseState
from workers.store import cases as case_store
from workers.store.db import Database
from workers.store.messages import record_message
from workers.store.schema import case_events

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def open_one(db: Database, n: int, year_day: date = date(2026, 11, 26)) -> case_store.Opened:
    with db.begin() as conn:
        message = record_message(conn, f"Subject: {n}\r\n\r\nbody {n}".encode(), source="file", received_at=NOW, now=NOW)
        return case_store.open_case(
            conn, message_pk=message.id, at=NOW, received_at=NOW, receipt_date=year_day, due_date=date(2026, 12, 28),
            outcome="request", rights=["access"], language="fr", requester_email=f"p{n}@example.test", requester_name=None,
        )


def _worker(url: str, start: int, count: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    db = Database(url, migrate=False)
    refs = []
    for n in range(start, start + count):
        for _attempt in range(50):
            try:
                refs.append(open_one(db, n).ref)
                break
            except Exception:  # serialisation failure or lock timeout: try again
                continue
    queue.put(refs)


def test_references_have_no_gaps_or_duplicates_under_concurrency(database_url: str) -> None:
    """Four processes opening 25 cases each get DSR-2026-0001..0100, each exactly once."""
    Database(database_url).dispose()
    queue: multiprocessing.Queue = multiprocessing.get_context("spawn").Queue()  # type: ignore[type-arg]
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_worker, args=(database_url, i * 1000, 25, queue)) for i in range(4)]
    for w in workers:
        w.start()
    refs = [ref for _ in workers for ref in queue.get(timeout=120)]
    for w in workers:
        w.join(timeout=60)
    assert sorted(refs) == [f"DSR-2026-{n:04d}" for n in range(1, 101)]


def test_opening_twice_returns_the_first_case(database_url: str) -> None:
    """A case is opened once per message: a second call finds it."""
    db = Database(database_url)
    first = open_one(db, 1)
    with db.begin() as conn:
        again = case_store.open_case(
            conn, message_pk=case_store.get_case(conn, first.id)["first_message_id"], at=NOW, received_at=NOW,
            receipt_date=date(2026, 11, 26), due_date=None, outcome="request", rights=[], language="fr",
            requester_email=None, requester_name=None,
        )
    assert (again.id, again.ref, again.created) == (first.id, first.ref, False)


def test_references_restart_each_year(database_url: str) -> None:
    """The counter is per year of receipt."""
    db = Database(database_url)
    assert open_one(db, 1, date(2026, 12, 31)).ref == "DSR-2026-0001"
    assert open_one(db, 2, date(2027, 1, 1)).ref == "DSR-2027-0001"
    assert open_one(db, 3, date(2026, 12, 30)).ref == "DSR-2026-0002"


def test_moves_follow_the_state_machine_and_chain(database_url: str) -> None:
    """Allowed moves update the state and append chained events; forbidden ones are refused."""
    db = Database(database_url)
    opened = open_one(db, 1)
    with db.begin() as conn:
        assert case_store.move(conn, opened.id, Event.IDENTITY_VERIFIED, actor="identity", at=NOW) is CaseState.COLLECTING
        with pytest.raises(ForbiddenMove):
            case_store.move(conn, opened.id, Event.ANSWER_SENT, actor="smtp", at=NOW)
    with db.begin() as conn:
        case_store.move(conn, opened.id, Event.COLLECTION_DONE, actor="workflow", at=NOW + timedelta(minutes=1))
        history = case_store.events(conn, opened.id)
        assert [e["kind"] for e in history] == ["opened", "identity_verified", "collection_done"]
        assert [e["seq"] for e in history] == [1, 2, 3]
        assert history[1]["prev_hash"] == history[0]["hash"]
        assert case_store.verify(conn, opened.id).ok


def test_tampered_history_is_detected(database_url: str) -> None:
    """Changing a stored event's payload breaks the chain at that event."""
    db = Database(database_url)
    opened = open_one(db, 1)
    with db.begin() as conn:
        case_store.append_event(conn, opened.id, "note", actor="practitioner", at=NOW, payload={"text": "a"})
        case_store.append_event(conn, opened.id, "note", actor="practitioner", at=NOW, payload={"text": "b"})
        conn.execute(update(case_events).where(case_events.c.case_id == opened.id, case_events.c.seq == 2)
                     .values(payload={"text": "changed"}))
    with db.begin() as conn:
        check = case_store.verify(conn, opened.id)
    assert not check.ok
    assert check.broken_seq == 2


def test_concurrent_events_on_one_case_never_collide(database_url: str) -> None:
    """Eight threads appending to one case at once: every event lands, the chain verifies."""
    import threading

    db = Database(database_url)
    opened = open_one(db, 1)
    errors: list[BaseException] = []

    def append(n: int) -> None:
        try:
            for i in range(5):
                with db.begin() as conn:
                    case_store.append_event(conn, opened.id, "note", actor=f"t{n}", at=NOW, payload={"i": i})
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=append, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with db.begin() as conn:
        assert len(case_store.events(conn, opened.id)) == 1 + 40
        assert case_store.verify(conn, opened.id).ok
