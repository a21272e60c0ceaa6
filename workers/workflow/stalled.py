"""Cases whose next step was lost (a task that died for good while the database or the
queue was down) are found by their state and their age, and their step is queued again.

Every step checks "already done" first, so queuing one twice is harmless; only the state
says which step a case waits for.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from flows.models import CaseState
from workers.runtime import Runtime
from workers.store.schema import cases, messages

#: How long a case may sit in a working state before its step is pushed again.
STALL_AFTER = timedelta(minutes=10)

#: The actor that moves a case on from each working state.
NEXT_STEP = {
    CaseState.RECEIVED.value: "open_case",
    CaseState.COLLECTING.value: "start_collection",
    CaseState.DRAFTING.value: "draft_answers",
}


def stalled_cases(rt: Runtime, now: datetime) -> list[tuple[int, str]]:
    """(case id, actor name) for cases idle in a working state for more than STALL_AFTER."""
    with rt.db.begin() as conn:
        rows = conn.execute(
            select(cases.c.id, cases.c.state, cases.c.flagged_review, cases.c.identity_status)
            .where(cases.c.state.in_(list(NEXT_STEP)), cases.c.updated_at < now - STALL_AFTER)
        ).all()
    out = []
    for case_id, state, flagged, identity in rows:
        if state == CaseState.RECEIVED.value and (flagged or identity != "pending"):
            continue  # waiting for her (confirmation, or the identity proof to check): not stalled
        out.append((int(case_id), NEXT_STEP[state]))
    return out


def unrecognised_messages(rt: Runtime, now: datetime) -> list[int]:
    """Messages recorded more than STALL_AFTER ago and never recognised."""
    with rt.db.begin() as conn:
        rows = conn.execute(
            select(messages.c.id).where(messages.c.status == "recorded", messages.c.recorded_at < now - STALL_AFTER)
            .order_by(messages.c.id).limit(10_000)
        ).scalars().all()
    return [int(r) for r in rows]


def push_stalled(rt: Runtime, now: datetime) -> int:
    """Queue again the steps of stalled cases and the recognition of forgotten messages."""
    from workers import actors

    pushed = 0
    for case_id, actor_name in stalled_cases(rt, now):
        getattr(actors, actor_name).send(case_id)
        pushed += 1
    pending = unrecognised_messages(rt, now)
    for start in range(0, len(pending), 50):
        actors.recognise_messages.send(pending[start:start + 50])
    return pushed + len(pending)
