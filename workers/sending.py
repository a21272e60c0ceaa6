"""Sending an approved draft exactly once (or, when that cannot be known, never twice).

1. The attempt *claims* the draft: ``sending_since`` is set only if it was empty
   (compare-and-set), and the outgoing Message-ID is reserved in the same transaction. Two
   attempts for one draft (approved twice, a queue redelivery, the scheduler's sweep) can
   never both talk to the server. While it runs, the attempt refreshes its lease
   (``updated_at``) every few seconds.
2. The SMTP session is opened and MAIL, RCPT and DATA are sent. Up to the ``354`` reply,
   any failure is certain not to have delivered anything: the claim is given back, the
   failure noted, and the attempt retried with backoff (the draft stays approved).
3. The content is sent. If the server answers 250 the draft is marked sent at once; an
   explicit refusal gives the claim back. A connection lost, a timeout or a worker killed
   after the content went out is *uncertain*: ``sending_since`` stays set.
4. A later attempt that finds ``sending_since`` set waits until the lease has expired (the
   first attempt may still be running), then looks for the Message-ID in the Sent folder
   (providers such as Gmail file a copy of what their SMTP server accepted): found, the
   draft is marked sent; not found, it is marked "envoi incertain" for the practitioner,
   and is never resent blindly (``dsr draft ID --resend`` after she checked).
5. Once sent, the copy is appended to the Sent folder (once: searched by Message-ID); if
   that fails, the scheduler's sweep tries again later.
"""

from __future__ import annotations

import mimetypes
import re
import smtplib
import threading
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from io import BytesIO
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from flows.case_machine import Event
from flows.models import CaseState, DraftKind, DraftStatus
from workers.errors import PermanentError, TransientError
from workers.imap_watcher import NETWORK_ERRORS
from workers.logging import get_logger
from workers.runtime import Runtime, utcnow
from workers.smtp_client import copy_in_sent, seen_in_mailbox, smtp_connect
from workers.store import cases as case_store
from workers.store import drafts as draft_store
from workers.store.drafts import get_draft, list_drafts
from workers.store.messages import get_message

log = get_logger(__name__)

#: Kinds whose sending answers the request (the case moves to "answered" once all are sent).
ANSWER_KINDS = {k.value for k in DraftKind if k.value.startswith("answer_")} | {DraftKind.REFUSAL.value}

#: An attempt whose lease is older than this is taken for dead (it refreshes every LEASE/5).
LEASE = timedelta(seconds=20)

#: An approved draft left idle this long is pushed again by the scheduler's sweep.
IDLE_BEFORE_SWEEP = timedelta(minutes=10)

UNCERTAIN_NOTE = "envoi interrompu : vérifiez dans vos messages envoyés avant de renvoyer"


class _NotDelivered(Exception):
    """The server certainly did not take the message (``permanent``: and never will as is)."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


def is_permanent_refusal(code: int) -> bool:
    """A 5xx reply to RCPT or to the end of DATA, except 552 (mailbox full, which RFC 5321
    section 4.5.3.1.10 lets clients treat as temporary)."""
    return 500 <= code < 600 and code != 552


class _Uncertain(Exception):
    """The message may or may not have been taken."""


def build_email(rt: Runtime, draft: dict[str, Any], case: dict[str, Any], message_id: str, now: datetime) -> EmailMessage:
    """The email of a draft: to the requester's From address, threaded with the request."""
    if not case["requester_email"]:
        raise PermanentError("no requester address")
    message = EmailMessage()
    message["From"] = sender(rt)
    message["To"] = case["requester_email"]
    message["Subject"] = draft["subject"]
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    first = get_first_message_id(rt, case)
    if first:
        message["In-Reply-To"] = first
        message["References"] = first
    message["Auto-Submitted"] = "auto-generated" if draft["kind"] == DraftKind.ACKNOWLEDGMENT.value else "no"
    # Quoted-printable keeps the message 7-bit: any server takes it, accents included.
    message.set_content(draft["body"], cte="quoted-printable")
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


def sender(rt: Runtime) -> str:
    return rt.settings.smtp_from or rt.settings.contact_address


def _domain(rt: Runtime) -> str:
    return sender(rt).rsplit("@", 1)[-1]


def send_draft(rt: Runtime, draft_id: str, now: datetime) -> str:
    """Send an approved draft once. Returns "sent", "already_sent" or "uncertain".

    Raises TransientError when it should be tried again later (server down, another
    attempt in flight), PermanentError when no retry can help.
    """
    with rt.db.begin() as conn:
        draft = get_draft(conn, draft_id)
        case = case_store.get_case(conn, draft["case_id"])
    assert case is not None
    if draft["status"] == DraftStatus.SENT.value:
        if not draft["appended_to_sent"]:
            _copy_to_sent(rt, draft["id"], _rebuild(rt, draft, case))
        return "already_sent"
    if draft["status"] != DraftStatus.APPROVED.value:
        raise PermanentError(f"draft {draft['id']} is {draft['status']}, not approved")
    if draft["send_uncertain"]:
        return "uncertain"
    if not case["requester_email"]:
        raise PermanentError("no requester address")
    if draft["sending_since"] is not None:
        return _resolve_interrupted(rt, draft, case, now)

    with rt.db.begin() as conn:
        if not draft_store.claim_sending(conn, draft["id"], now):
            # Another attempt got there first: the retry will find it sent, or resolve it.
            raise TransientError("another attempt is sending this draft")
        message_id = draft_store.reserve_message_id(conn, draft["id"], make_msgid(domain=_domain(rt)), case["id"])
    message = build_email(rt, draft, case, message_id, now)
    lease = _Lease(rt, draft["id"], since=now)
    lease.start()
    try:
        try:
            smtp = smtp_connect(rt.settings)
        except (OSError, smtplib.SMTPException) as error:
            _release(rt, draft["id"], now, error)
            raise TransientError(f"SMTP unreachable: {type(error).__name__}") from error
        try:
            _hand_over(smtp, message, sender(rt), case["requester_email"])
        except _NotDelivered as refused:
            _release(rt, draft["id"], now, refused.__cause__ or refused)
            if refused.permanent:
                # A 5xx for the recipient or the content: the same attempt would get the same
                # answer. The case shows the problem; she checks the address, then resends.
                _refused_for_good(rt, case["id"], draft["id"], str(refused), now)
                raise PermanentError(f"SMTP refused for good: {refused}") from refused
            raise TransientError(f"SMTP refused: {refused}") from refused
        except _Uncertain as uncertain:
            # Keep the claim: the retry (after the lease) looks in the Sent folder.
            log.warning("draft.send_interrupted", draft=draft["id"], error=str(uncertain))
            raise TransientError(f"SMTP hand-over interrupted: {uncertain}") from uncertain
        finally:
            _quit(smtp)
        _delivered(rt, draft, case, now)
    finally:
        lease.stop()
    _copy_to_sent(rt, draft["id"], message)
    return "sent"


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes over the wire (CRLF line ends)."""
    out = BytesIO()
    BytesGenerator(out, policy=message.policy.clone(linesep="\r\n")).flatten(message)
    return out.getvalue()


def _hand_over(smtp: smtplib.SMTP, message: EmailMessage, mail_from: str, rcpt: str) -> None:
    """MAIL, RCPT, DATA, content: raise _NotDelivered or _Uncertain when it did not end in 250."""
    try:
        code, _reply = smtp.mail(mail_from)
        if code != 250:
            raise _NotDelivered(f"MAIL {code}")
        code, _reply = smtp.rcpt(rcpt)
        if code not in (250, 251):
            raise _NotDelivered(f"RCPT {code}", permanent=is_permanent_refusal(code))
        code, _reply = smtp.docmd("DATA")
        if code != 354:
            raise _NotDelivered(f"DATA {code}")
    except (OSError, smtplib.SMTPException) as error:
        raise _NotDelivered(type(error).__name__) from error
    data = re.sub(rb"(?m)^\.", b"..", message_bytes(message))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    try:
        smtp.send(data + b".\r\n")
        code, _reply = smtp.getreply()
    except (OSError, smtplib.SMTPException) as error:
        # The end of the content may have reached the server: it may have accepted it.
        raise _Uncertain(type(error).__name__) from error
    if code != 250:
        raise _NotDelivered(f"end of DATA {code}", permanent=is_permanent_refusal(code))


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


class _Lease:
    """Refresh the attempt's lease (``updated_at``) every LEASE/5 while it runs."""

    def __init__(self, rt: Runtime, draft_id: str, since: datetime) -> None:
        self.rt, self.draft_id, self.since = rt, draft_id, since
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lease-{draft_id[:8]}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.wait(LEASE.total_seconds() / 5):
            try:
                with self.rt.db.begin() as conn:
                    draft_store.refresh_lease(conn, self.draft_id, self.since, utcnow())
            except SQLAlchemyError:  # a missed refresh only makes a later attempt cautious
                log.warning("draft.lease_refresh_failed", draft=self.draft_id)


def _release(rt: Runtime, draft_id: str, since: datetime, error: BaseException) -> None:
    with rt.db.begin() as conn:
        draft_store.release_sending(conn, draft_id, since, f"{type(error).__name__}: {error}", utcnow())
    log.warning("draft.send_failed", draft=draft_id, error_type=type(error).__name__)


def _refused_for_good(rt: Runtime, case_id: int, draft_id: str, reason: str, now: datetime) -> None:
    """Show a permanent refusal on the case (the draft stays approved, for a resend)."""
    with rt.db.begin() as conn:
        case_store.update_case(conn, case_id, now, problem=(
            f"envoi refusé définitivement par le serveur SMTP ({reason}) : vérifier l'adresse du demandeur, "
            "puis renvoyer la réponse"))
        case_store.append_event(conn, case_id, "send_refused", actor="sending", at=now,
                                payload={"draft": draft_id, "reply": reason})
    log.error("draft.send_refused", draft=draft_id, case=case_id, reply=reason)


def _delivered(rt: Runtime, draft: dict[str, Any], case: dict[str, Any], now: datetime) -> None:
    """Record the delivery, and move the case when its answer is complete."""
    with rt.db.begin() as conn:
        draft_store.mark_sent(conn, draft["id"], now)
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


def _resolve_interrupted(rt: Runtime, draft: dict[str, Any], case: dict[str, Any], now: datetime) -> str:
    """A previous attempt holds the claim: wait for its lease, then look; never resend blindly."""
    if now - draft["updated_at"] < LEASE:
        raise TransientError("another attempt may still be sending this draft")
    message_id = draft["outgoing_message_id"]
    found = False
    if rt.settings.imap_host and message_id:
        try:
            found = seen_in_mailbox(rt.settings, message_id)
        except NETWORK_ERRORS as error:  # the mailbox may be down: ask again later
            raise TransientError(f"cannot check the Sent folder: {type(error).__name__}") from error
    if found:
        _delivered(rt, draft, case, draft["sending_since"])
        with rt.db.begin() as conn:
            draft_store.mark_appended(conn, draft["id"])
        log.info("draft.found_in_sent", draft=draft["id"])
        return "sent"
    with rt.db.begin() as conn:
        if draft_store.mark_uncertain(conn, draft["id"], draft["sending_since"], UNCERTAIN_NOTE, now):
            case_store.append_event(conn, case["id"], "send_uncertain", actor="smtp", at=now,
                                    payload={"draft": draft["id"]})
    log.warning("draft.send_uncertain", draft=draft["id"])
    return "uncertain"


def _rebuild(rt: Runtime, draft: dict[str, Any], case: dict[str, Any]) -> EmailMessage:
    """The email as it was sent (same Message-ID, dated when it was sent), for the Sent copy."""
    return build_email(rt, draft, case, draft["outgoing_message_id"], draft["sent_at"] or draft["updated_at"])


def _copy_to_sent(rt: Runtime, draft_id: str, message: EmailMessage) -> None:
    if not rt.settings.imap_host:
        return
    try:
        copy_in_sent(rt.settings, message)
    except (*NETWORK_ERRORS, OSError) as error:  # the answer is sent; the sweep tries the copy again later
        log.warning("draft.sent_copy_failed", draft=draft_id, error_type=type(error).__name__)
        return
    with rt.db.begin() as conn:
        draft_store.mark_appended(conn, draft_id)


def resend_uncertain(rt: Runtime, draft_id: str, now: datetime) -> None:
    """The practitioner checked: the message did not go out; allow one more attempt."""
    with rt.db.begin() as conn:
        draft_store.allow_resend(conn, draft_id, now)
        draft = get_draft(conn, draft_id)
        case_store.append_event(conn, draft["case_id"], "resend_allowed", actor="practitioner", at=now,
                                payload={"draft": draft["id"]})


def confirm_sent(rt: Runtime, draft_id: str, now: datetime) -> None:
    """The practitioner checked: the uncertain message did go out; record it as sent."""
    with rt.db.begin() as conn:
        draft = get_draft(conn, draft_id)
        if draft["status"] != DraftStatus.APPROVED.value or not draft["send_uncertain"]:
            raise draft_store.DraftStateError("seul un brouillon dont l'envoi est incertain peut être marqué envoyé")
        case = case_store.get_case(conn, draft["case_id"])
    assert case is not None
    _delivered(rt, draft, case, draft["sending_since"] or now)
    with rt.db.begin() as conn:
        case_store.append_event(conn, case["id"], "sent_confirmed", actor="practitioner", at=now,
                                payload={"draft": draft["id"]})


def sweep(rt: Runtime, now: datetime) -> list[str]:
    """Drafts whose sending needs another push (the scheduler queues ``send_draft`` for each)."""
    with rt.db.begin() as conn:
        return draft_store.stalled_drafts(
            conn, now=now, lease_expired_before=now - LEASE, idle_before=now - IDLE_BEFORE_SWEEP,
            with_sent_copy=bool(rt.settings.imap_host),
        )
