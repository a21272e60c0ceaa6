"""Read models shared by the CLI, the digest and the web desk: a case as she reads it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from flows.case_machine import state_label_fr
from flows.deadlines import days_left
from flows.models import CaseState, Right
from flows.register import right_label
from workers.store import cases as case_store
from workers.store.drafts import list_drafts
from workers.store.messages import get_message
from workers.workflow.collection import results


def case_summary(case: dict[str, Any], today: date) -> dict[str, Any]:
    """The JSON shape of ``dsr cases --json``."""
    due = case["due_date"]
    return {
        "ref": case["ref"],
        "state": case["state"],
        "state_fr": state_label_fr(CaseState(case["state"])),
        "outcome": case["outcome"],
        "flagged_review": bool(case["flagged_review"]),
        "rights": list(case["rights"]),
        "rights_fr": [right_label(Right(r)) for r in case["rights"]],
        "language": case["language"],
        "received": case["received_at"].isoformat(),
        "receipt_date": case["receipt_date"].isoformat(),
        "due": due.isoformat() if due else None,
        "days_left": days_left(due, today) if due else None,
        "extended": bool(case["extended"]),
        "paused_days": case["paused_days"],
        "identity_status": case["identity_status"],
        "identity_note": case["identity_note"],
        "problem": case["problem"],
        "acknowledged": _iso(case["acknowledged_at"]),
        "answered": _iso(case["answered_at"]),
        "closed": _iso(case["closed_at"]),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def case_detail(conn: Connection, case: dict[str, Any], today: date) -> dict[str, Any]:
    """``dsr case REF --json``: the summary plus evidence, history, drafts, connectors."""
    out = case_summary(case, today)
    message = get_message(conn, case["first_message_id"]) if case["first_message_id"] else None
    recognition = (message or {}).get("recognition") or {}
    out["evidence"] = recognition.get("evidence", [])
    out["confidence"] = recognition.get("confidence")
    out["subject"] = (message or {}).get("subject")
    out["events"] = [
        {"seq": e["seq"], "kind": e["kind"], "at": e["at"].isoformat(), "actor": e["actor"], "payload": e["payload"]}
        for e in case_store.events(conn, case["id"])
    ]
    out["drafts"] = [
        {"id": d["id"], "kind": d["kind"], "status": d["status"], "subject": d["subject"], "language": d["language"]}
        for d in list_drafts(conn, case_id=case["id"])
    ]
    out["connectors"] = [
        {"system": r["system"], "status": r["status"], "records": len(r["records"] or []), "error": r["error"],
         "attempts": r["attempts"]}
        for r in results(conn, case["id"])
    ]
    return out
