"""What happens when a case opens, and when a follow-up message joins it.

Opening: an acknowledgment draft (receipt date, due date, the request as understood);
then identity (art. 12(6)): a known client writing authentically is verified without
asking anything and collection starts; otherwise the clock is suspended and a minimal
identity-request draft is proposed. A case flagged "à confirmer" waits for the
practitioner before anything is drafted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from flows.case_machine import Event
from flows.deadlines import due_date, receipt_date
from flows.identity import assess_message
from flows.models import CaseState, DraftKind, Identity
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.store.messages import message_bytes
from workers.store.schema import messages
from workers.workflow import services
from workers.workflow.drafting import base_context, propose

log = get_logger(__name__)


def today(rt: Runtime, now: datetime) -> date:
    return receipt_date(now, rt.settings.timezone)


def recompute_due(rt: Runtime, case: dict[str, Any], paused_days: int) -> date:
    return due_date(
        case["receipt_date"], extended=bool(case["extended"]), paused_days=paused_days, subdiv=rt.settings.holidays_subdiv
    )


def known_addresses(conn: Connection, rt: Runtime, email_address: str, before_message: int) -> set[str]:
    """Addresses that belong to known clients: earlier correspondence, then the connectors."""
    if not email_address:
        return set()
    earlier = conn.execute(
        select(messages.c.id).where(
            messages.c.from_addr == email_address, messages.c.id < before_message, messages.c.status == "recognised"
        ).limit(1)
    ).scalar()
    if earlier is not None:
        return {email_address}
    return set()


def known_in_connectors(rt: Runtime, email_address: str) -> bool:
    """True when a connector holds a record matched on this email address."""
    from workers.connectors import run_lookup

    from flows.models import MatchField

    # The mailbox is not a client list: it holds this very request.
    others = [c for c in services.connectors(rt.settings) if c.system != "mailbox"]
    for result in run_lookup(others, Identity(email=email_address)):
        if result.ok and any(MatchField.EMAIL in r.matched_on for r in result.records):
            return True
    return False


def on_opened(rt: Runtime, case_id: int, now: datetime) -> str | None:
    """Acknowledge, then verify identity or ask for proof. Returns "collect" when collection may start."""
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        if case is None or case["state"] != CaseState.RECEIVED.value or case["identity_status"] != "pending":
            return None  # already handled
        if case["flagged_review"]:
            return None  # waits for the practitioner's confirmation
        raw = message_bytes(conn, case["first_message_id"])
        known = known_addresses(conn, rt, case["requester_email"] or "", case["first_message_id"])
    if not known and case["requester_email"] and known_in_connectors(rt, case["requester_email"]):
        known = {case["requester_email"]}
    assessment = assess_message(raw, known_addresses=known, trusted_authserv_ids=rt.settings.trusted_authserv_ids)
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        assert case is not None
        if case["identity_status"] != "pending":
            return None
        propose(conn, rt, case, DraftKind.ACKNOWLEDGMENT, base_context(conn, case), now)
        if assessment.verified:
            case_store.move(
                conn, case_id, Event.IDENTITY_VERIFIED, actor="identity", at=now,
                payload={"how": "known client, authentic message"}, identity_status="verified",
                identity_note=f"identité vérifiée le {today(rt, now).isoformat()} (client connue, message authentique)",
            )
            log.info("case.identity_verified", case=case["ref"])
            return "collect"
        language = case["language"] if case["language"] == "en" else "fr"
        case_store.move(
            conn, case_id, Event.IDENTITY_NEEDED, actor="identity", at=now,
            payload={"reasons": [r.value for r in assessment.reasons]},
            identity_status="needs_proof", paused_since=today(rt, now),
            identity_note="; ".join(assessment.reasons_fr),
        )
        case = case_store.get_case(conn, case_id)
        assert case is not None
        propose(conn, rt, case, DraftKind.IDENTITY_REQUEST,
                base_context(conn, case, identity_items=assessment.asks_text(language)), now)
        log.info("case.identity_needed", case=case["ref"], reasons=[r.value for r in assessment.reasons])
        return None


def resume_clock(conn: Connection, rt: Runtime, case: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Add the days waited since ``paused_since`` and recompute the due date."""
    if case["paused_since"] is None:
        return {}
    waited = (today(rt, now) - case["paused_since"]).days
    paused = int(case["paused_days"]) + max(waited, 0)
    return {"paused_days": paused, "paused_since": None, "due_date": recompute_due(rt, case, paused)}


def on_message_joined(rt: Runtime, case_id: int, now: datetime) -> None:
    """A reply while identity was awaited: the proof arrived, the clock resumes."""
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        if case is None or case["state"] != CaseState.AWAITING_IDENTITY.value:
            return
        case_store.move(conn, case_id, Event.IDENTITY_RECEIVED, actor="requester", at=now,
                        identity_status="received", **resume_clock(conn, rt, case, now))


def confirm(rt: Runtime, case_id: int, now: datetime, rights: list[str] | None = None) -> None:
    """The practitioner confirms a case flagged "à confirmer" (optionally correcting its rights)."""
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        assert case is not None
        values: dict[str, Any] = {"flagged_review": False, "outcome": "request"}
        if rights is not None:
            values["rights"] = rights
        case_store.update_case(conn, case_id, now, **values)
        case_store.append_event(conn, case_id, "confirmed", actor="practitioner", at=now,
                                payload={"rights": rights if rights is not None else case["rights"]})

