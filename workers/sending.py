"""Sending an approved draft exactly once.

1. The outgoing Message-ID is reserved in the store before anything is sent.
2. The SMTP session is opened (connect, EHLO, STARTTLS, AUTH): a failure here is certain
   not to have sent anything, so it is retried with backoff and the draft stays approved.
3. ``sending_since`` is written, then the message is handed over (MAIL/RCPT/DATA), then
   ``sent_at``. A worker killed between the two leaves ``sending_since`` set: the retry
   looks for the Message-ID in the Sent folder and, not finding it, does NOT send again;
   it marks the draft "envoi incertain" for the practitioner (never a duplicate).
4. The copy is appended to the Sent folder (once, searched by Message-ID).
"""

from __future__ import annotations

import mimetypes
import smtplib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import update

from flows.case_machine import Event
from flows.models import CaseState, DraftKind, DraftStatus
from workers.errors import PermanentError, TransientError
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.smtp_client import copy_in_sent, seen_in_mailbox, smtp_connect
from workers.store import cases as case_store
from workers.store.drafts import get_draft, list_drafts, mark_sent, note_send_failure, reserve_message_id
from workers.store.messages import get_message
from workers.store.schema import drafts

log = get_logger(__name__)

#: Kinds whose sending answers the request (the case moves to "answered" once all are sent).
ANSWER_KINDS = {k.value for k in DraftKind if k.value.startswith("answer_")} | {DraftKind.REFUSAL.value}


def build_email(rt: Runtime, draft: dict[str, Any], case: dict[str, Any], message_id: str, now: datetime) -> EmailMessage:
    """The email of a draft: to the verified requester, threaded with the request."""
    if not case["requester_email"]:
        raise PermanentError("no requester address")
    message = EmailMessage()
    message["From"] = rt.settings.smtp_from or rt.settings.contact_address
    message["To"] = case["requester_email"]
    message["Subject"] = draft["subject"]
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    first = get_first_message_id(rt, case)
    if first:
        message["In-Reply-To"] = first
        message["References"] = first
    message["Auto-Submitted"] = "auto-generated" if draft["kind"] == DraftKind.ACKNOWLEDGMENT.value else "no"
    message.set_content(draft["body"])
    for attachment in draft["attachments"] or []:
        path = Path(attachment["path"])
        data = path.read_bytes()
        ctype = attachment.get("content_type") or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment.get("filename", path.name))
    return message


def get_first_message_id(rt: Runtime, case: dict[str, Any]) -> str | None:
    with rt.db.begin() as conn:
        row = get_message(conn, case["first_message_id"]) if case.get("first_message_id") else None
    return (row or {}).get("message_id")


def _domain(rt: Runtime) -> str:
    return (rt.settings.smtp_from or rt.settings.contact_address).rsplit("@", 1)[-1]


def send_draft(rt: Runtime, draft_id: str, now: datetime) -> str:
    """Send an approved draft once. Returns "sent", "already_sent" or "uncertain"."""
    with rt.db.begin() as conn:
        draft = get_draft(conn, draft_id)
        if draft["status"] == DraftStatus.SENT.value:
            return "already_sent"
        if draft["status"] != DraftStatus.APPROVED.value:
            raise PermanentError(f"draft {draft_id} is {draft['status']}, not approved")
        if draft["send_uncertain"]:
            return "uncertain"
        case = case_store.get_case(conn, draft["case_id"])
        assert case is not None
        message_id = reserve_message_id(conn, draft["id"], make_msgid(domain=_domain(rt)), case["id"])
    if draft["sending_since"] is not None:
        return _resolve_interrupted(rt, draft, message_id, now)

    message = build_email(rt, draft, case, message_id, now)
    try:
        smtp = smtp_connect(rt.settings)
    except (OSError, smtplib.SMTPException) as error:
        _failed(rt, draft["id"], error, now)
        raise TransientError(f"SMTP unreachable: {type(error).__name__}") from error
    try:
        with rt.db.begin() as conn:
            conn.execute(update(drafts).where(drafts.c.id == draft["id"]).values(sending_since=now))
        try:
            smtp.send_message(message, to_addrs=[case["requester_email"]])
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError,
                smtplib.SMTPServerDisconnected, OSError) as error:
            # The server said no, or hung up before accepting: nothing was delivered.
            with rt.db.begin() as conn:
                conn.execute(update(drafts).where(drafts.c.id == draft["id"]).values(sending_since=None))
            _failed(rt, draft["id"], error, now)
            raise TransientError(f"SMTP refused: {type(error).__name__}") from error
        _delivered(rt, draft, case, now)
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            pass
    _copy_to_sent(rt, draft["id"], message)
    return "sent"


def _failed(rt: Runtime, draft_id: str, error: BaseException, now: datetime) -> None:
    with rt.db.begin() as conn:
        note_send_failure(conn, draft_id, f"{type(error).__name__}: {error}", now)
    log.warning("draft.send_failed", draft=draft_id, error_type=type(error).__name__)


def _delivered(rt: Runtime, draft: dict[str, Any], case: dict[str, Any], now: datetime) -> None:
    """Record the delivery, and move the case when its answer is complete."""
    with rt.db.begin() as conn:
        mark_sent(conn, draft["id"], now)
        conn.execute(update(drafts).where(drafts.c.id == draft["id"]).values(sending_since=None))
        case_store.append_event(conn, case["id"], "draft_sent", actor="smtp", at=now,
                                payload={"draft": draft["id"], "kind": draft["kind"]})
        if draft["kind"] == DraftKind.ACKNOWLEDGMENT.value:
            case_store.update_case(conn, case["id"], now, acknowledged_at=now)
        if draft["kind"] in ANSWER_KINDS:
            _answer_complete(conn, case["id"], now)
    log.info("draft.sent", draft=draft["id"], case=case["ref"])


def _answer_complete(conn: Any, case_id: int, now: datetime) -> None:
    rows = list_drafts(conn, case_id=case_id)
    answers = [r for r in rows if r["kind"] in ANSWER_KINDS and r["status"] != DraftStatus.DISCARDED.value]
    case = case_store.get_case(conn, case_id)
    assert case is not None
    if answers and all(r["status"] == DraftStatus.SENT.value for r in answers) and case["state"] == CaseState.AWAITING_APPROVAL.value:
        case_store.move(conn, case_id, Event.ANSWER_SENT, actor="smtp", at=now, answered_at=now)


def _resolve_interrupted(rt: Runtime, draft: dict[str, Any], message_id: str, now: datetime) -> str:
    """A previous attempt died during the SMTP hand-over: look, never resend blindly."""
    found = False
    if rt.settings.imap_host:
        try:
            found = seen_in_mailbox(rt.settings, message_id)
        except Exception as error:  # the mailbox may be down: ask again later
            raise TransientError(f"cannot check the Sent folder: {type(error).__name__}") from error
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, draft["case_id"])
        assert case is not None
        if found:
            _delivered(rt, draft, case, now)
            return "sent"
        conn.execute(update(drafts).where(drafts.c.id == draft["id"]).values(
            send_uncertain=True, last_error="envoi interrompu : vérifiez dans vos messages envoyés avant de renvoyer"))
        case_store.append_event(conn, case["id"], "send_uncertain", actor="smtp", at=now, payload={"draft": draft["id"]})
    log.warning("draft.send_uncertain", draft=draft["id"])
    return "uncertain"


def _copy_to_sent(rt: Runtime, draft_id: str, message: EmailMessage) -> None:
    if not rt.settings.imap_host:
        return
    try:
        copy_in_sent(rt.settings, message)
    except Exception as error:  # the answer is sent; the copy can wait for the next attempt
        log.warning("draft.sent_copy_failed", draft=draft_id, error_type=type(error).__name__)
        return
    with rt.db.begin() as conn:
        conn.execute(update(drafts).where(drafts.c.id == draft_id).values(appended_to_sent=True))


def resend_uncertain(rt: Runtime, draft_id: str, now: datetime) -> None:
    """The practitioner checked: the message did not go out; allow one more attempt."""
    with rt.db.begin() as conn:
        conn.execute(update(drafts).where(drafts.c.id == draft_id).values(
            send_uncertain=False, sending_since=None, last_error=None))
