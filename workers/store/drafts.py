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

from sqlalchemy import Connection, select, update

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
        .where(drafts.c.id.startswith(draft_id) if len(draft_id) < 36 else drafts.c.id == draft_id)
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


def edit_draft(conn: Connection, draft_id: str, *, subject: str, body: str, at: datetime) -> None:
    draft = get_draft(conn, draft_id)
    if draft["status"] not in _EDITABLE:
        raise DraftStateError(f"ce brouillon est « {draft['status']} » : il ne peut plus être modifié")
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
    conn.execute(
        update(drafts).where(drafts.c.id == draft["id"]).values(status=DraftStatus.DISCARDED.value, updated_at=at)
    )


def reserve_message_id(conn: Connection, draft_id: str, message_id: str, case_id: int) -> str:
    """Write the outgoing Message-ID before sending; returns the one already reserved, if any."""
    current = conn.execute(select(drafts.c.outgoing_message_id).where(drafts.c.id == draft_id)).scalar()
    if current:
        return str(current)
    conn.execute(update(drafts).where(drafts.c.id == draft_id).values(outgoing_message_id=message_id))
    conn.execute(outgoing_ids.insert().values(message_id=message_id, case_id=case_id))
    return message_id


def mark_sent(conn: Connection, draft_id: str, at: datetime) -> None:
    conn.execute(
        update(drafts).where(drafts.c.id == draft_id)
        .values(status=DraftStatus.SENT.value, sent_at=at, updated_at=at, last_error=None)
    )


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
