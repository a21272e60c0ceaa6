"""Drafts: proposed by the workflow, corrected and approved by the practitioner, sent once.

A draft is unique per (case, dedup key), so a step that runs twice finds its draft. Its
outgoing Message-ID is written before the SMTP conversation starts, and ``sent_at`` after
it ends: a retry that finds a Message-ID but no ``sent_at`` asks the Sent folder (or the
server log) instead of sending blindly (see workers.sending).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, or_, select, update

from flows.models import DraftStatus
from workers.store.schema import cases, drafts, outgoing_ids


class DraftNotFound(LookupError):
    pass


class DraftStateError(ValueError):
    """A draft action that its status does not allow (with a French message)."""


def create_draft(
    conn: Connection, *, case_id: int, kind: str, language: str, subject: str, body: str, at: datetime,
    dedup_key: str | None = None, attachments: list[dict[str, Any]] | None = None, to_addr: str | None = None,
) -> tuple[str, bool]:
    """Create the draft once per (case, dedup key); returns (id, created)."""
    key = dedup_key or kind
    existing = conn.execute(
        select(drafts.c.id).where(drafts.c.case_id == case_id, drafts.c.dedup_key == key)
    ).scalar()
    if existing is not None:
        return str(existing), False
    draft_id = str(uuid.uuid4())
    conn.execute(
        drafts.insert().values(
            id=draft_id, case_id=case_id, kind=kind, dedup_key=key, language=language,
            status=DraftStatus.PROPOSED.value, subject=subject, body=body, attachments=attachments or [],
            to_addr=to_addr, send_attempts=0, created_at=at, updated_at=at, appended_to_sent=False,
        )
    )
    return draft_id, True


def get_draft(conn: Connection, draft_id: str) -> dict[str, Any]:
    row = conn.execute(
        select(drafts, cases.c.ref.label("case_ref")).join(cases, cases.c.id == drafts.c.case_id)
        .where(drafts.c.id.startswith(draft_id, autoescape=True) if len(draft_id) < 36 else drafts.c.id == draft_id)
    ).mappings().all()
    if len(row) != 1:
        raise DraftNotFound(draft_id)
    return dict(row[0])


def list_drafts(conn: Connection, *, case_id: int | None = None, statuses: list[str] | None = None) -> list[dict[str, Any]]:
    query = (
        select(drafts, cases.c.ref.label("case_ref"))
        .join(cases, cases.c.id == drafts.c.case_id)
        .order_by(drafts.c.created_at, drafts.c.id)
    )
    if case_id is not None:
        query = query.where(drafts.c.case_id == case_id)
    if statuses:
        query = query.where(drafts.c.status.in_(statuses))
    return [dict(r) for r in conn.execute(query).mappings()]


_EDITABLE = {DraftStatus.PROPOSED.value, DraftStatus.EDITED.value, DraftStatus.APPROVED.value}


def _check_not_sending(draft: dict[str, Any], action: str) -> None:
    """An answer being handed to the server, or whose sending is uncertain, is left alone."""
    if draft["sending_since"] is not None or draft["send_uncertain"]:
        raise DraftStateError(
            f"ce brouillon est en cours d'envoi (ou son envoi est incertain) : il ne peut pas être {action}"
        )


def edit_draft(conn: Connection, draft_id: str, *, subject: str, body: str, at: datetime) -> None:
    draft = get_draft(conn, draft_id)
    if draft["status"] not in _EDITABLE:
        raise DraftStateError(f"ce brouillon est « {draft['status']} » : il ne peut plus être modifié")
    _check_not_sending(draft, "modifié")
    conn.execute(
        update(drafts).where(drafts.c.id == draft["id"])
        .values(subject=subject, body=body, status=DraftStatus.EDITED.value, approved_at=None, updated_at=at)
    )


def approve_draft(conn: Connection, draft_id: str, at: datetime) -> dict[str, Any]:
    draft = get_draft(conn, draft_id)
    if draft["status"] == DraftStatus.APPROVED.value:
        return draft
    if draft["status"] not in (DraftStatus.PROPOSED.value, DraftStatus.EDITED.value):
        raise DraftStateError(f"ce brouillon est « {draft['status']} » : il ne peut pas être validé")
    conn.execute(
        update(drafts).where(drafts.c.id == draft["id"])
        .values(status=DraftStatus.APPROVED.value, approved_at=at, updated_at=at)
    )
    return get_draft(conn, draft["id"])


def discard_draft(conn: Connection, draft_id: str, at: datetime) -> None:
    draft = get_draft(conn, draft_id)
    if draft["status"] == DraftStatus.SENT.value:
        raise DraftStateError("ce brouillon est déjà envoyé : il ne peut pas être abandonné")
    if draft["sending_since"] is not None and not draft["send_uncertain"]:
        raise DraftStateError("ce brouillon est en cours d'envoi : il ne peut pas être abandonné")
    conn.execute(
        update(drafts).where(drafts.c.id == draft["id"]).values(status=DraftStatus.DISCARDED.value, updated_at=at)
    )


def reserve_message_id(conn: Connection, draft_id: str, message_id: str, case_id: int) -> str:
    """Write the outgoing Message-ID before sending; returns the one already reserved, if any."""
    written = conn.execute(
        update(drafts).where(drafts.c.id == draft_id, drafts.c.outgoing_message_id.is_(None))
        .values(outgoing_message_id=message_id)
    ).rowcount
    if written:
        conn.execute(outgoing_ids.insert().values(message_id=message_id, case_id=case_id))
        return message_id
    return str(conn.execute(select(drafts.c.outgoing_message_id).where(drafts.c.id == draft_id)).scalar())


def claim_sending(conn: Connection, draft_id: str, at: datetime) -> bool:
    """Take the right to hand this approved draft to the SMTP server (compare-and-set).

    Only one attempt wins: the one that sets ``sending_since`` while it was empty. The
    attempt's lease is ``updated_at``, refreshed while it runs (see :func:`refresh_lease`).
    """
    return bool(conn.execute(
        update(drafts).where(
            drafts.c.id == draft_id, drafts.c.status == DraftStatus.APPROVED.value,
            drafts.c.sending_since.is_(None), drafts.c.send_uncertain.is_(False),
        ).values(sending_since=at, updated_at=at)
    ).rowcount)


def refresh_lease(conn: Connection, draft_id: str, since: datetime, at: datetime) -> None:
    conn.execute(update(drafts).where(drafts.c.id == draft_id, drafts.c.sending_since == since).values(updated_at=at))


def release_sending(conn: Connection, draft_id: str, since: datetime, error: str, at: datetime) -> None:
    """The server certainly did not take the message: give the claim back, note why."""
    conn.execute(
        update(drafts).where(drafts.c.id == draft_id, drafts.c.sending_since == since)
        .values(sending_since=None, send_attempts=drafts.c.send_attempts + 1, last_error=error[:500], updated_at=at)
    )


def mark_uncertain(conn: Connection, draft_id: str, since: datetime, note: str, at: datetime) -> bool:
    """An interrupted hand-over that left no trace: never resend it blindly."""
    return bool(conn.execute(
        update(drafts).where(
            drafts.c.id == draft_id, drafts.c.sending_since == since, drafts.c.status == DraftStatus.APPROVED.value,
        ).values(send_uncertain=True, last_error=note, updated_at=at)
    ).rowcount)


def allow_resend(conn: Connection, draft_id: str, at: datetime) -> None:
    """She checked that an uncertain sending did not go out: one more attempt is allowed."""
    draft = get_draft(conn, draft_id)
    allowed = conn.execute(  # one statement: two clicks at once cannot both allow a resend
        update(drafts).where(
            drafts.c.id == draft["id"], drafts.c.status == DraftStatus.APPROVED.value, drafts.c.send_uncertain.is_(True),
        ).values(send_uncertain=False, sending_since=None, last_error=None, updated_at=at)
    ).rowcount
    if not allowed:
        raise DraftStateError("seul un brouillon dont l'envoi est incertain peut être renvoyé")


def mark_sent(conn: Connection, draft_id: str, at: datetime) -> None:
    conn.execute(
        update(drafts).where(drafts.c.id == draft_id)
        .values(status=DraftStatus.SENT.value, sent_at=at, updated_at=at, last_error=None,
                sending_since=None, send_uncertain=False)
    )


def mark_appended(conn: Connection, draft_id: str) -> None:
    conn.execute(update(drafts).where(drafts.c.id == draft_id).values(appended_to_sent=True))


def stalled_drafts(conn: Connection, *, now: datetime, lease_expired_before: datetime, idle_before: datetime,
                   with_sent_copy: bool) -> list[str]:
    """Drafts whose sending needs another push: approved but idle, interrupted, or sent without a Sent copy."""
    approved = and_(drafts.c.status == DraftStatus.APPROVED.value, drafts.c.send_uncertain.is_(False))
    conditions = [
        and_(approved, drafts.c.sending_since.is_(None), drafts.c.updated_at < idle_before),
        and_(approved, drafts.c.sending_since.is_not(None), drafts.c.updated_at < lease_expired_before),
    ]
    if with_sent_copy:
        conditions.append(and_(drafts.c.status == DraftStatus.SENT.value, drafts.c.appended_to_sent.is_(False),
                               drafts.c.updated_at < idle_before))
    rows = conn.execute(select(drafts.c.id, drafts.c.sending_since).where(or_(*conditions)).order_by(drafts.c.created_at))
    found = [(str(r.id), r.sending_since) for r in rows]
    idle = [i for i, since in found if since is None]
    if idle:  # pushed now: not again before the next idle period
        conn.execute(update(drafts).where(drafts.c.id.in_(idle)).values(updated_at=now))
    return [i for i, _ in found]


def note_send_failure(conn: Connection, draft_id: str, error: str, at: datetime) -> None:
    conn.execute(
        update(drafts).where(drafts.c.id == draft_id)
        .values(send_attempts=drafts.c.send_attempts + 1, last_error=error[:500], updated_at=at)
    )


def case_for_outgoing(conn: Connection, message_ids: list[str]) -> int | None:
    """The case one of our sent messages belongs to (for replies)."""
    if not message_ids:
        return None
    return conn.execute(
        select(outgoing_ids.c.case_id).where(outgoing_ids.c.message_id.in_(message_ids)).limit(1)
    ).scalar()
