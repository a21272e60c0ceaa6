"""The scheduler's sweep finds cases whose next step was lost and queues it again."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from flows.case_machine import Event
from tests.workers.pipeline_support import make_runtime, running_worker, wait_for
from workers.store import cases as case_store
from workers.store.messages import record_message
from workers.workflow.stalled import STALL_AFTER, push_stalled, stalled_cases

LONG_AGO = datetime.now(timezone.utc) - timedelta(hours=1)


def test_a_case_stuck_in_collecting_is_pushed_and_completes(tmp_path: Path, redis_url: str) -> None:
    """A case left in "collecting" (its tasks lost) is found after STALL_AFTER and finishes."""
    runtime = make_runtime(tmp_path, redis_url, connectors={})
    with runtime.db.begin() as conn:
        message = record_message(conn, b"Subject: x\r\n\r\ny", source="file", received_at=LONG_AGO, now=LONG_AGO)
        opened = case_store.open_case(conn, message_pk=message.id, at=LONG_AGO, received_at=LONG_AGO,
                                      receipt_date=date.today(), due_date=date.today() + timedelta(days=30),
                                      outcome="request", rights=["access"], language="fr",
                                      requester_email="a@exemple.test", requester_name=None)
        case_store.move(conn, opened.id, Event.IDENTITY_VERIFIED, actor="test", at=LONG_AGO, identity_status="verified")
        case_store.update_case(conn, opened.id, LONG_AGO)
    now = datetime.now(timezone.utc)
    assert stalled_cases(runtime, LONG_AGO + STALL_AFTER / 2) == []
    assert stalled_cases(runtime, now) == [(opened.id, "start_collection")]
    with running_worker(runtime):
        assert push_stalled(runtime, now) >= 1

        def answered_or_drafted():  # type: ignore[no-untyped-def]
            with runtime.db.begin() as conn:
                case = case_store.get_case(conn, opened.id)
            return case if case["state"] == "awaiting_approval" else None

        wait_for(answered_or_drafted, timeout=30)


def test_cases_waiting_for_her_are_not_stalled(tmp_path: Path, redis_url: str) -> None:
    """A case "à confirmer" or awaiting the identity proof is waiting for her, not stuck."""
    runtime = make_runtime(tmp_path, redis_url, connectors={})
    with runtime.db.begin() as conn:
        message = record_message(conn, b"Subject: y\r\n\r\nz", source="file", received_at=LONG_AGO, now=LONG_AGO)
        opened = case_store.open_case(conn, message_pk=message.id, at=LONG_AGO, received_at=LONG_AGO,
                                      receipt_date=date.today(), due_date=None, outcome="review", rights=[],
                                      language="fr", requester_email=None, requester_name=None)
        case_store.update_case(conn, opened.id, LONG_AGO, flagged_review=True)
    assert stalled_cases(runtime, datetime.now(timezone.utc)) == []
