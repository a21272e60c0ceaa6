"""Execute the approved erasure plan of a case, once, logging every action in the case."""

from __future__ import annotations

from datetime import datetime

from flows.erasure import ErasurePlan
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.workflow.collection import connectors_for

log = get_logger(__name__)

ERASURE_DRAFT_KINDS = ("answer_erasure", "answer_objection", "answer_withdraw_consent")


def latest_plan(events: list[dict]) -> ErasurePlan | None:  # type: ignore[type-arg]
    for event in reversed(events):
        if event["kind"] == "erasure_planned":
            return ErasurePlan.model_validate(event["payload"]["plan"])
    return None


def execute_plan(rt: Runtime, case_id: int, now: datetime) -> int:
    """Run the plan's changing lines in each system (once per case); returns actions done."""
    with rt.db.begin() as conn:
        history = case_store.events(conn, case_id)
    if any(e["kind"] == "erasure_executed" for e in history):
        return 0
    plan = latest_plan(history)
    if plan is None:
        return 0
    by_system = {c.system: c for c in connectors_for(rt)}
    count = 0
    for system in plan.systems():
        lines = plan.to_execute(system)
        connector = by_system.get(system)
        if not lines:
            continue
        if connector is None:
            outcomes = [{"record": line.record_id, "status": "not_supported", "message": "connecteur absent : à faire à la main"} for line in lines]
        else:
            results = connector.erase(lines, dry_run=False)
            outcomes = [{"record": r.record_id, "action": r.action, "status": r.status.value, "message": r.message} for r in results]
        count += len(outcomes)
        with rt.db.begin() as conn:
            case_store.append_event(conn, case_id, "erasure_action", actor=f"connector:{system}", at=now,
                                    payload={"system": system, "results": outcomes})
    with rt.db.begin() as conn:
        case_store.append_event(conn, case_id, "erasure_executed", actor="practitioner", at=now,
                                payload={"actions": count})
    log.info("case.erasure_executed", case=case_id, actions=count)
    return count
