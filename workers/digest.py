"""The daily digest and the deadline reminders, built from the store, sent to her by SMTP."""

from __future__ import annotations

import smtplib
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import Connection, select

from flows.deadlines import extension_notice_by
from flows.digest import (
    CaseView,
    ConnectorFailure,
    Digest,
    DraftView,
    Reminder,
    UnsentApproved,
    build_digest,
    reminders_due,
    render_digest,
)
from flows.models import CaseState, DraftKind, DraftStatus, Right
from workers.runtime import Runtime
from workers.smtp_client import smtp_connect
from workers.store import cases as case_store
from workers.store.drafts import list_drafts
from workers.store.schema import cases, connector_results
from workers.workflow import services


#: States in which the answer is not drafted yet: an extension notice may be needed.
NOT_READY = {CaseState.RECEIVED, CaseState.AWAITING_IDENTITY, CaseState.COLLECTING, CaseState.DRAFTING}


def case_views(conn: Connection, rt: Runtime) -> list[CaseView]:
    views = []
    for case in case_store.list_cases(conn):
        if case["due_date"] is None:
            continue
        state = CaseState(case["state"])
        notice_by = None
        # An extension is worth flagging only while the answer is not ready yet.
        if not case["extended"] and state in NOT_READY:
            notice_by = extension_notice_by(case["receipt_date"], rt.settings.holidays_subdiv,
                                            paused_days=case["paused_days"])
        views.append(CaseView(
            ref=case["ref"], state=state, rights=[Right(r) for r in case["rights"]], due=case["due_date"],
            received=case["receipt_date"], flagged_review=bool(case["flagged_review"]),
            identity_pending=case["identity_status"] in ("needs_proof", "received"),
            extension_notice_by=notice_by, extended=bool(case["extended"]),
        ))
    return views


def gather(conn: Connection, rt: Runtime) -> tuple[list[CaseView], list[DraftView], list[ConnectorFailure], list[UnsentApproved]]:
    views = case_views(conn, rt)
    all_drafts = list_drafts(conn)
    drafts = [DraftView(id=d["id"], case_ref=d["case_ref"], kind=DraftKind(d["kind"]), status=DraftStatus(d["status"]))
              for d in all_drafts]
    unsent = [UnsentApproved(draft_id=d["id"], case_ref=d["case_ref"], since=d["approved_at"] or d["updated_at"],
                             uncertain=bool(d["send_uncertain"]))
              for d in all_drafts if d["status"] == DraftStatus.APPROVED.value]
    failures = [
        ConnectorFailure(case_ref=row.ref, system=row.system, error=row.error or "erreur")
        for row in conn.execute(
            select(cases.c.ref, connector_results.c.system, connector_results.c.error)
            .join(cases, cases.c.id == connector_results.c.case_id)
            .where(connector_results.c.status == "error")
        )
    ]
    return views, drafts, failures, unsent


def todays_digest(rt: Runtime, today: date) -> Digest:
    with rt.db.begin() as conn:
        views, drafts, failures, unsent = gather(conn, rt)
    return build_digest(views, drafts, failures, unsent, today=today)


def digest_text(rt: Runtime, today: date) -> tuple[str, str]:
    return render_digest(todays_digest(rt, today), services.templates(rt.settings))


def due_reminders(rt: Runtime, today: date) -> list[Reminder]:
    with rt.db.begin() as conn:
        views = case_views(conn, rt)
    return reminders_due(views, today)


def mail_to_practitioner(rt: Runtime, subject: str, body: str, now: datetime) -> None:
    """Send a message to the practitioner (raises on SMTP failure: the caller retries)."""
    message = EmailMessage()
    sender = rt.settings.smtp_from or rt.settings.contact_address
    message["From"] = sender
    message["To"] = rt.settings.practitioner_email
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1])
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    smtp = smtp_connect(rt.settings)
    try:
        smtp.send_message(message, to_addrs=[rt.settings.practitioner_email])
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):  # sent or not, the error above is what matters
            smtp.close()
