"""What the desk's pages read: cases with what waits for her, one case in full, the register.

Read-only; every action goes through :mod:`workers.workflow.practitioner`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, func, select

from flows.case_machine import OPEN_STATES
from flows.erasure import ACTION_LABEL_FR, ErasurePlan
from flows.models import CaseState, Right
from flows.reading import UnreadableMessage, read_message
from flows.register import right_label
from workers.store import cases as case_store
from workers.store import drafts as draft_store
from workers.store.messages import get_message, message_bytes
from workers.store.schema import identity_documents, messages
from workers.web.labels import DRAFT_KIND_FR, rights_fr, urgency
from workers.web.safe_html import ShownBody, shown_body
from workers.workflow.collection import results

OPEN = frozenset(s.value for s in OPEN_STATES)
TO_APPROVE = ("proposed", "edited")


def is_open(case: dict[str, Any]) -> bool:
    return case["state"] in OPEN


def _documents_by_case(conn: Connection) -> Counter[int]:
    rows = conn.execute(
        select(identity_documents.c.case_id, func.count()).group_by(identity_documents.c.case_id)
    )
    return Counter({int(case_id): int(count) for case_id, count in rows})


def waiting_for_her(case: dict[str, Any], drafts_to_approve: int, documents: int) -> list[str]:
    """What the practitioner has to do on this case, in French (empty: nothing for now)."""
    todo: list[str] = []
    if not is_open(case):
        return todo
    if case["flagged_review"]:
        todo.append("à confirmer : est-ce bien une demande ?")
    if drafts_to_approve:
        todo.append(f"{drafts_to_approve} brouillon{'s' if drafts_to_approve > 1 else ''} à valider")
    if documents or case["identity_status"] == "received":
        todo.append("pièce d'identité à vérifier")
    if case.get("problem"):
        todo.append(f"problème : {case['problem']}")
    return todo


def case_rows(conn: Connection, today: date, *, closed: bool = False) -> list[dict[str, Any]]:
    """Open cases by urgency (earliest due date first), or the ended ones (latest first)."""
    pending = Counter(d["case_id"] for d in draft_store.list_drafts(conn, statuses=list(TO_APPROVE)))
    documents = _documents_by_case(conn)
    rows = []
    for case in case_store.list_cases(conn):
        if is_open(case) == closed:
            continue
        rows.append({
            **case,
            "urgency": urgency(case["due_date"], today, paused=case["paused_since"] is not None, open_=is_open(case)),
            "todo": waiting_for_her(case, pending[case["id"]], documents[case["id"]]),
        })
    if closed:
        rows.sort(key=lambda c: c["closed_at"] or c["updated_at"], reverse=True)
    return rows


def review_rows(conn: Connection) -> list[dict[str, Any]]:
    """Open cases flagged "à confirmer", each with its message's subject and evidence."""
    out = []
    for case in case_store.list_cases(conn):
        if not case["flagged_review"] or not is_open(case):
            continue
        message = get_message(conn, case["first_message_id"]) if case["first_message_id"] else None
        recognition = (message or {}).get("recognition") or {}
        out.append({
            **case,
            "subject": (message or {}).get("subject") or "",
            "from_addr": (message or {}).get("from_addr") or case["requester_email"] or "",
            "evidence": list(recognition.get("evidence") or [])[:5],
            "excerpt": (recognition.get("excerpt") or "")[:600],
        })
    return out


def counts(conn: Connection) -> dict[str, int]:
    """Numbers shown in the navigation: open cases, drafts to approve, messages to confirm."""
    open_cases = [c for c in case_store.list_cases(conn) if is_open(c)]
    return {
        "open": len(open_cases),
        "review": sum(1 for c in open_cases if c["flagged_review"]),
        "drafts": len(draft_store.list_drafts(conn, statuses=list(TO_APPROVE))),
    }


@dataclass
class CaseView:
    case: dict[str, Any]
    urgency: dict[str, Any]
    todo: list[str]
    message: dict[str, Any] | None
    subject: str
    from_line: str
    body: ShownBody
    attachments: list[dict[str, Any]]
    recognition: dict[str, Any]
    drafts: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    connectors: list[dict[str, Any]]
    plan: list[dict[str, Any]] | None
    plan_recipients: list[str]
    events: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    chain_ok: bool = True
    can_extend: bool = False
    can_check_identity: bool = False
    all_rights: list[tuple[str, str]] = field(default_factory=list)


def _original(conn: Connection, case: dict[str, Any]) -> tuple[dict[str, Any] | None, str, str, ShownBody, list[dict[str, Any]]]:
    if not case["first_message_id"]:
        return None, "", "", ShownBody(html=None, text=""), []
    message = get_message(conn, case["first_message_id"])
    raw = message_bytes(conn, case["first_message_id"])
    try:
        parsed = read_message(raw)
    except UnreadableMessage:
        return message, (message or {}).get("subject") or "", "", ShownBody(html=None, text="(message illisible)"), []
    from_line = f"{parsed.from_name} <{parsed.from_addr}>" if parsed.from_name else parsed.from_addr
    attachments = [{"filename": a.filename or "(sans nom)", "content_type": a.content_type, "size": a.size}
                   for a in parsed.attachments]
    return message, parsed.subject, from_line, shown_body(raw, parsed.body_text), attachments


def _plan(history: list[dict[str, Any]]) -> tuple[list[dict[str, Any]] | None, list[str]]:
    for event in reversed(history):
        if event["kind"] != "erasure_planned":
            continue
        try:
            plan = ErasurePlan.model_validate(event["payload"]["plan"])
        except (ValidationError, KeyError, TypeError):
            return None, []
        lines = [{"system": line.system, "record": f"{line.record_kind} {line.record_id}",
                  "label": line.label, "action": ACTION_LABEL_FR[line.action], "reason": line.reason,
                  "legal_basis": line.legal_basis or "", "changes": line.changes_data}
                 for line in plan.lines]
        return lines, list(plan.recipients_to_inform)
    return None, []


def event_detail(event: dict[str, Any]) -> str:
    """A short French detail of an event's payload (ids and labels only)."""
    payload = event.get("payload") or {}
    kind = event["kind"]
    if kind.startswith("draft_") and "kind" in payload:
        return DRAFT_KIND_FR.get(str(payload["kind"]), str(payload["kind"]))
    if kind == "rights_corrected":
        return f"{rights_fr(payload.get('before'))} → {rights_fr(payload.get('after'))}"
    if kind == "confirmed":
        return rights_fr(payload.get("rights"))
    if kind == "collection_result":
        found = payload.get("records", 0)
        status = "en échec" if payload.get("status") == "error" else f"{found} élément{'s' if found != 1 else ''}"
        return f"{payload.get('system', '')} : {status}"
    if kind in ("collection_queued",):
        return str(payload.get("system", ""))
    if kind == "extension_notified":
        return "; ".join(str(r) for r in payload.get("reasons") or [])
    if kind == "identity_verified" and "documents_deleted" in payload:
        n = payload["documents_deleted"]
        return f"{n} pièce{'s' if n != 1 else ''} supprimée{'s' if n != 1 else ''}"
    if kind == "withdrawn" and payload.get("reason") == "not_a_request":
        return "ce n'était pas une demande"
    return ""


def case_view(conn: Connection, ref: str, today: date, extension_limit: date | None) -> CaseView | None:
    """Everything the case page shows, or None when there is no such case."""
    case = case_store.get_case(conn, ref)
    if case is None:
        return None
    message, subject, from_line, body, attachments = _original(conn, case)
    drafts = sorted(draft_store.list_drafts(conn, case_id=case["id"]),
                    key=lambda d: (d["created_at"], d["kind"] != "acknowledgment"))
    documents = [dict(r) for r in conn.execute(
        select(identity_documents.c.id, identity_documents.c.filename, identity_documents.c.content_type,
               identity_documents.c.received_at).where(identity_documents.c.case_id == case["id"])
        .order_by(identity_documents.c.id)).mappings()]
    history = case_store.events(conn, case["id"])
    for event in history:
        event["detail"] = event_detail(event)
    plan, recipients = _plan(history)
    follow_ups = [dict(r) for r in conn.execute(
        select(messages.c.id, messages.c.subject, messages.c.received_at)
        .where(messages.c.case_id == case["id"], messages.c.id != (case["first_message_id"] or 0))
        .order_by(messages.c.received_at)).mappings()]
    pending = sum(1 for d in drafts if d["status"] in TO_APPROVE)
    open_ = is_open(case)
    return CaseView(
        case=case,
        urgency=urgency(case["due_date"], today, paused=case["paused_since"] is not None, open_=open_),
        todo=waiting_for_her(case, pending, len(documents)),
        message=message, subject=subject, from_line=from_line, body=body, attachments=attachments,
        recognition=(message or {}).get("recognition") or {},
        drafts=drafts, documents=documents, connectors=results(conn, case["id"]),
        plan=plan, plan_recipients=recipients, events=history, follow_ups=follow_ups,
        chain_ok=case_store.verify(conn, case["id"]).ok if history else True,
        can_extend=open_ and not case["extended"] and (extension_limit is None or today <= extension_limit),
        can_check_identity=case["state"] in (CaseState.RECEIVED.value, CaseState.AWAITING_IDENTITY.value)
        and case["identity_status"] != "verified" and not case["flagged_review"],
        all_rights=[(r.value, _label(r)) for r in Right],
    )


def _label(right: Right) -> str:
    return right_label(right)


def identity_document(conn: Connection, ref: str, doc_id: int) -> dict[str, Any] | None:
    """One identity document of a case (with its bytes), for her to look at before checking."""
    case = case_store.get_case(conn, ref)
    if case is None:
        return None
    row = conn.execute(select(identity_documents).where(
        identity_documents.c.id == doc_id, identity_documents.c.case_id == case["id"])).mappings().first()
    return dict(row) if row else None


def register_rows(conn: Connection) -> list[dict[str, Any]]:
    """Every case, oldest first, as the register shows it."""
    rows = case_store.list_cases(conn)
    rows.sort(key=lambda c: (c["received_at"], c["id"]))
    return rows
