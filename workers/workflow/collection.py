"""Collection: one task per connector; each result is saved as it arrives.

``start`` writes a pending row per configured system (once); ``run_one`` looks the person
up in one system and saves the outcome; ``finish_if_complete`` moves the case on when
every system has ended, successfully or not. A failed system can be retried alone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from flows.case_machine import Event
from flows.connectors import Connector, LookupResult, LookupStatus
from flows.models import CaseState, Identity
from workers.connectors import lookup_one
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.store.messages import search_by_address
from workers.store.schema import connector_results
from workers.store.util import insert_ignore
from workers.workflow import services

log = get_logger(__name__)

ENDED = ("ok", "error")


def connectors_for(rt: Runtime) -> list[Connector]:
    def search_stored(address: str) -> list[dict[str, Any]]:
        with rt.db.begin() as conn:
            return search_by_address(conn, address)

    return list(services.connectors(rt.settings, search_stored=search_stored))


def identity_of(case: dict[str, Any]) -> Identity:
    return Identity(email=case["requester_email"] or "", name=case.get("requester_name") or None)


def start(rt: Runtime, case_id: int, now: datetime) -> list[str]:
    """Create the pending rows; returns the systems still to run (not already ok)."""
    systems = [c.system for c in connectors_for(rt)]
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        if case is None or case["state"] != CaseState.COLLECTING.value:
            return []
        for system in systems:
            created = insert_ignore(
                conn, connector_results,
                {"case_id": case_id, "system": system, "status": "pending", "attempts": 0, "records": [], "updated_at": now},
                ["case_id", "system"],
            )
            if created:
                case_store.append_event(conn, case_id, "collection_queued", actor="workflow", at=now, payload={"system": system})
        rows = results(conn, case_id)
    return [r["system"] for r in rows if r["status"] != "ok"]


def results(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(connector_results).where(connector_results.c.case_id == case_id).order_by(connector_results.c.system)
    ).mappings()
    return [dict(r) for r in rows]


def run_one(rt: Runtime, case_id: int, system: str, now: datetime) -> LookupResult | None:
    """Look the person up in ``system``; saves ok or error. None when already done."""
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        row = conn.execute(
            select(connector_results).where(connector_results.c.case_id == case_id, connector_results.c.system == system)
        ).mappings().first()
        if case is None or row is None or row["status"] == "ok":
            return None
    connector = next((c for c in connectors_for(rt) if c.system == system), None)
    if connector is None:
        result = LookupResult(system=system, status=LookupStatus.ERROR, error="connecteur non configuré")
    else:
        result = lookup_one(connector, identity_of(case))
    save(rt, case_id, result, now)
    return result


def save(rt: Runtime, case_id: int, result: LookupResult, now: datetime, *, final: bool = True) -> None:
    status = "ok" if result.ok else ("error" if final else "pending")
    with rt.db.begin() as conn:
        conn.execute(
            update(connector_results)
            .where(connector_results.c.case_id == case_id, connector_results.c.system == result.system)
            .values(
                status=status, attempts=connector_results.c.attempts + 1,
                records=[r.model_dump(mode="json") for r in result.records] if result.ok else [],
                error=result.error, updated_at=now,
            )
        )
        case_store.append_event(
            conn, case_id, "collection_result", actor=f"connector:{result.system}", at=now,
            payload={"system": result.system, "status": status, "records": len(result.records), "error": result.error,
                     "notes": result.notes[:20]},
        )


def finish_if_complete(rt: Runtime, case_id: int, now: datetime) -> bool:
    """Move the case to drafting once every system has ended; True when it moved now."""
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        if case is None or case["state"] != CaseState.COLLECTING.value:
            return False
        rows = results(conn, case_id)
        if any(r["status"] not in ENDED for r in rows):
            return False
        failed = [r["system"] for r in rows if r["status"] == "error"]
        problem = ("collecte incomplète : " + ", ".join(failed)) if failed else None
        try:
            case_store.move(conn, case_id, Event.COLLECTION_DONE, actor="workflow", at=now,
                            payload={"failed": failed}, problem=problem)
        except case_store.StaleCase:
            return False
    log.info("case.collection_done", case=case["ref"], failed=len(failed))
    return True


def reset_failed(rt: Runtime, case_id: int, now: datetime) -> list[str]:
    """Put failed systems back to pending (``dsr case REF --retry-collect``)."""
    with rt.db.begin() as conn:
        rows = [r for r in results(conn, case_id) if r["status"] == "error"]
        for row in rows:
            conn.execute(update(connector_results).where(connector_results.c.id == row["id"])
                         .values(status="pending", error=None, updated_at=now))
        case = case_store.get_case(conn, case_id)
        assert case is not None
        if rows and case["state"] in (CaseState.DRAFTING.value, CaseState.AWAITING_APPROVAL.value):
            # Collection reopens: answers wait for the retried systems.
            case_store.move(conn, case_id, Event.COLLECTION_STARTED, actor="practitioner", at=now,
                            payload={"retry": [r["system"] for r in rows]}, problem=None)
    return [r["system"] for r in rows]
