"""What the practitioner does, whether from the CLI or the web desk.

Each action validates, saves, records an event in the case, and only then queues the next
step. Errors she can act on are :class:`ActionError` with a French message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select

from flows.case_machine import Event, ForbiddenMove
from flows.deadlines import due_date, extension_notice_by
from flows.models import CaseState, DraftKind, Right
from workers.identity_docs import delete_documents, scrub_disk
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.store import drafts as draft_store
from workers.store.schema import identity_documents
from workers.workflow.case_flow import resume_clock, today
from workers.workflow.drafting import base_context, propose

ACTOR = "practitioner"


class ActionError(ValueError):
    """An action refused, with a French message for her."""


def _case(conn: Any, ref: str) -> dict[str, Any]:
    case = case_store.get_case(conn, ref)
    if case is None:
        raise ActionError(f"demande {ref} introuvable")
    return case


@contextmanager
def _draft_errors(draft_id: str) -> Iterator[None]:
    """The store's draft errors (unknown draft, wrong state) as French :class:`ActionError`."""
    try:
        yield
    except draft_store.DraftNotFound:
        raise ActionError(f"brouillon {draft_id} introuvable") from None
    except draft_store.DraftStateError as error:
        raise ActionError(str(error)) from None


def approve_draft(rt: Runtime, draft_id: str, now: datetime) -> dict[str, Any]:
    """Approve a draft and queue its sending (the send itself happens once, in a worker)."""
    from workers.actors import send_draft

    with rt.db.begin() as conn, _draft_errors(draft_id):
        draft = draft_store.approve_draft(conn, draft_id, now)
        case_store.append_event(conn, draft["case_id"], "draft_approved", actor=ACTOR, at=now,
                                payload={"draft": draft["id"], "kind": draft["kind"]})
    send_draft.send(draft["id"])
    return draft


def confirm_sent(rt: Runtime, draft_id: str, now: datetime) -> None:
    """Uncertain sending, checked in her Sent folder: it went out. Record it as sent (nothing is sent)."""
    from workers import sending

    with _draft_errors(draft_id):
        sending.confirm_sent(rt, draft_id, now)


def resend_uncertain(rt: Runtime, draft_id: str, now: datetime) -> None:
    """Uncertain sending, checked in her Sent folder: it did not go out. Queue one new sending."""
    from workers import sending
    from workers.actors import send_draft

    with _draft_errors(draft_id):
        with rt.db.begin() as conn:
            full_id = str(draft_store.get_draft(conn, draft_id)["id"])
        sending.resend_uncertain(rt, full_id, now)
    send_draft.send(full_id)


def edit_draft(rt: Runtime, draft_id: str, subject: str, body: str, now: datetime) -> None:
    with rt.db.begin() as conn, _draft_errors(draft_id):
        draft = draft_store.get_draft(conn, draft_id)
        draft_store.edit_draft(conn, draft["id"], subject=subject, body=body, at=now)
        case_store.append_event(conn, draft["case_id"], "draft_edited", actor=ACTOR, at=now, payload={"draft": draft["id"]})


def discard_draft(rt: Runtime, draft_id: str, now: datetime) -> None:
    with rt.db.begin() as conn, _draft_errors(draft_id):
        draft = draft_store.get_draft(conn, draft_id)
        draft_store.discard_draft(conn, draft["id"], now)
        case_store.append_event(conn, draft["case_id"], "draft_discarded", actor=ACTOR, at=now, payload={"draft": draft["id"]})


def confirm_request(rt: Runtime, ref: str, now: datetime, rights: list[str] | None = None) -> None:
    """A case "à confirmer" is a request: continue its workflow."""
    from workers.actors import open_case
    from workers.workflow.case_flow import confirm

    with rt.db.begin() as conn:
        case = _case(conn, ref)
    if rights is not None:
        _check_rights(rights)
    confirm(rt, case["id"], now, rights)
    open_case.send(case["id"])


def correct_rights(rt: Runtime, ref: str, rights: list[str], now: datetime) -> None:
    _check_rights(rights)
    with rt.db.begin() as conn:
        case = _case(conn, ref)
        case_store.update_case(conn, case["id"], now, rights=rights)
        case_store.append_event(conn, case["id"], "rights_corrected", actor=ACTOR, at=now,
                                payload={"before": case["rights"], "after": rights})


def _check_rights(rights: list[str]) -> None:
    known = {r.value for r in Right}
    unknown = [r for r in rights if r not in known]
    if unknown:
        raise ActionError(f"droit inconnu : {', '.join(unknown)} (permis : {', '.join(sorted(known))})")


def not_a_request(rt: Runtime, ref: str, now: datetime) -> None:
    """"Ce n'est pas une demande": the case is closed as withdrawn, with the reason kept."""
    with rt.db.begin() as conn:
        case = _case(conn, ref)
        try:
            case_store.move(conn, case["id"], Event.WITHDRAWN, actor=ACTOR, at=now,
                            payload={"reason": "not_a_request"}, result="not_a_request", flagged_review=False)
            case_store.move(conn, case["id"], Event.CLOSED, actor=ACTOR, at=now, closed_at=now)
        except ForbiddenMove as error:
            raise ActionError(error.message_fr) from None


def identity_checked(rt: Runtime, ref: str, now: datetime, who: str = "la praticienne") -> int:
    """The identity document was checked: delete it, keep only a note, start collection."""
    from workers.actors import start_collection

    with rt.db.begin() as conn:
        case = _case(conn, ref)
        deleted = delete_documents(conn, case["id"], today(rt, now))
        note = f"pièce d'identité vérifiée le {today(rt, now).strftime('%d/%m/%Y')} par {who}"
        values: dict[str, Any] = {"identity_status": "verified", "identity_note": note}
        values.update(resume_clock(conn, rt, case, now))
        try:
            case_store.move(conn, case["id"], Event.IDENTITY_VERIFIED, actor=ACTOR, at=now,
                            payload={"documents_deleted": deleted}, **values)
        except ForbiddenMove as error:
            raise ActionError(error.message_fr) from None
    scrub_disk(rt.db)
    start_collection.send(case["id"])
    return int(deleted)


def identity_documents_of(rt: Runtime, ref: str) -> list[dict[str, Any]]:
    with rt.db.begin() as conn:
        case = _case(conn, ref)
        rows = conn.execute(select(identity_documents.c.id, identity_documents.c.filename,
                                   identity_documents.c.content_type, identity_documents.c.received_at)
                            .where(identity_documents.c.case_id == case["id"])).mappings()
        return [dict(r) for r in rows]


def extend(rt: Runtime, ref: str, reasons: list[str], now: datetime) -> str:
    """Extend by two months (art. 12(3)) and draft the notice, due before the first month ends."""
    with rt.db.begin() as conn:
        case = _case(conn, ref)
        if case["state"] not in {s.value for s in (CaseState.RECEIVED, CaseState.AWAITING_IDENTITY, CaseState.COLLECTING,
                                                   CaseState.DRAFTING, CaseState.AWAITING_APPROVAL)}:
            raise ActionError("seule une demande en cours peut être prolongée")
        subdiv = rt.settings.holidays_subdiv
        limit = extension_notice_by(case["receipt_date"], subdiv, paused_days=case["paused_days"])
        if today(rt, now) > limit:
            raise ActionError(f"trop tard : la prolongation devait être notifiée avant le {limit.strftime('%d/%m/%Y')}")
        extended_due = due_date(case["receipt_date"], extended=True, paused_days=case["paused_days"], subdiv=subdiv)
        case_store.move(conn, case["id"], Event.EXTENSION_NOTIFIED, actor=ACTOR, at=now,
                        payload={"reasons": reasons}, extended=True, due_date=extended_due)
        case = _case(conn, ref)
        context = base_context(conn, case, due=limit, extended_due=extended_due,
                               extension_reasons=reasons or ["la complexité de la demande"])
        draft_id, _ = propose(conn, rt, case, DraftKind.EXTENSION_NOTICE, context, now)
    return draft_id


def retry_collection(rt: Runtime, ref: str, now: datetime) -> list[str]:
    from workers.actors import start_collection
    from workers.workflow.collection import reset_failed

    with rt.db.begin() as conn:
        case = _case(conn, ref)
    systems = reset_failed(rt, case["id"], now)
    if systems:
        start_collection.send(case["id"])
    return systems
