"""Recognise one recorded message: quarantine it, ignore it, join its case or open one."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from flows.deadlines import due_date, receipt_date
from flows.models import CaseState, Outcome
from flows.reading import ParsedMessage, UnreadableMessage, read_message
from flows.recognition import Recognition, recognise
from flows.threading import case_ref_from_subject, thread_keys
from workers.identity_docs import is_identity_part
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.store.drafts import case_for_outgoing
from workers.store.messages import get_message, message_bytes, set_status
from workers.store.schema import identity_documents, messages

log = get_logger(__name__)



@dataclass(frozen=True)
class Next:
    """What the actor should queue after the save: ``("case_opened"|"case_updated", case_id)``."""

    step: str
    case_id: int


def quarantine(rt: Runtime, message_pk: int, reason: str) -> None:
    with rt.db.begin() as conn:
        set_status(conn, message_pk, "quarantined", quarantine_reason=reason[:1000])
    log.warning("message.quarantined", message=message_pk)


def recognise_one(rt: Runtime, message_pk: int, now: datetime) -> Next | None:
    """Recognise ``message_pk`` once; returns the next step to queue, if any."""
    with rt.db.begin() as conn:
        row = get_message(conn, message_pk)
        if row is None or row["status"] != "recorded":
            return None  # unknown, or already done
        raw = message_bytes(conn, message_pk)
    try:
        parsed = read_message(raw)
        recognition = recognise(parsed, own_addresses=rt.settings.own_address_set)
    except UnreadableMessage as error:
        quarantine(rt, message_pk, f"illisible : {error}")
        return None
    except Exception as error:  # a reader bug must never lose the message nor stop the worker
        log.exception("message.read_failed", message=message_pk)
        quarantine(rt, message_pk, f"erreur de lecture ({type(error).__name__})")
        return None

    with rt.db.begin() as conn:
        status = conn.execute(select(messages.c.status).where(messages.c.id == message_pk)).scalar()
        if status != "recorded":
            return None
        stored = recognition.model_dump(mode="json")
        stored["excerpt"] = parsed.new_text[:2000]
        joined = _thread_case(conn, parsed, recognition)
        if joined is not None:
            set_status(conn, message_pk, "recognised", outcome=recognition.outcome.value, recognition=stored, case_id=joined)
            return _join(conn, rt, joined, message_pk, parsed, raw, recognition, now)
        if recognition.outcome is Outcome.NONE:
            set_status(conn, message_pk, "recognised", outcome="none", recognition=stored)
            log.info("message.not_a_request", message=message_pk)
            return None
        received_at = row["received_at"]
        receipt = receipt_date(received_at, rt.settings.timezone)
        opened = case_store.open_case(
            conn,
            message_pk=message_pk,
            at=now,
            received_at=received_at,
            receipt_date=receipt,
            due_date=due_date(receipt, subdiv=rt.settings.holidays_subdiv),
            outcome=recognition.outcome.value,
            rights=[r.value for r in recognition.rights],
            language=recognition.language.value,
            requester_email=recognition.requester.email or parsed.from_addr or None,
            requester_name=recognition.requester.claimed_name or parsed.from_name,
            payload={"message": message_pk, "confidence": recognition.confidence, "evidence": recognition.evidence[:20]},
        )
        set_status(conn, message_pk, "recognised", outcome=recognition.outcome.value, recognition=stored, case_id=opened.id)
    log.info("case.opened", case=opened.ref, message=message_pk, outcome=recognition.outcome.value, created=opened.created)
    return Next("case_opened", opened.id)


def _thread_case(conn: Connection, parsed: ParsedMessage, recognition: Recognition) -> int | None:
    """The case this message replies to: a reference in the subject, or our Message-IDs."""
    ref = recognition.case_ref or case_ref_from_subject(parsed.subject)
    if ref:
        case = case_store.get_case(conn, ref)
        if case is not None:
            return int(case["id"])
    keys = thread_keys(parsed)
    found = case_for_outgoing(conn, keys)
    if found is not None:
        return int(found)
    if keys:
        earlier = conn.execute(
            select(messages.c.case_id).where(messages.c.message_id.in_(keys), messages.c.case_id.is_not(None)).limit(1)
        ).scalar()
        if earlier is not None:
            return int(earlier)
    return None


def _join(
    conn: Connection, rt: Runtime, case_id: int, message_pk: int, parsed: ParsedMessage, raw: bytes,
    recognition: Recognition, now: datetime,
) -> Next:
    """A follow-up message joins its case as an event; identity documents are kept aside."""
    case = case_store.get_case(conn, case_id)
    assert case is not None
    documents = _identity_attachments(raw) if case["state"] == CaseState.AWAITING_IDENTITY.value else []
    for filename, content_type, data in documents:
        conn.execute(
            identity_documents.insert().values(
                case_id=case_id, message_id=message_pk, filename=filename, content_type=content_type,
                data=data, received_at=now,
            )
        )
    case_store.append_event(
        conn, case_id, "message_received", actor="requester", at=now,
        payload={
            "message": message_pk,
            "outcome": recognition.outcome.value,
            "rights": [r.value for r in recognition.rights],
            "identity_documents": len(documents),
        },
    )
    log.info("case.message_joined", case=case["ref"], message=message_pk, documents=len(documents))
    return Next("case_updated", case_id)


def _identity_attachments(raw: bytes) -> list[tuple[str, str, bytes]]:
    """PDF and image attachments of a reply that answers an identity request."""
    found: list[tuple[str, str, bytes]] = []
    message: Any = email.message_from_bytes(raw, policy=email.policy.default)
    for part in message.walk():
        if not is_identity_part(part):
            continue
        try:
            data = part.get_payload(decode=True) or b""
        except Exception:
            continue
        found.append((str(part.get_filename() or "piece"), part.get_content_type(), bytes(data)))
    return found
