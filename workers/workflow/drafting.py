"""Render a draft for a case and store it once (per case and dedup key)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, update

from flows.models import DraftKind, DraftStatus, Language, Right
from flows.rendering import DraftContext, render_draft
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.store.drafts import create_draft
from workers.store.messages import get_message
from workers.store.schema import drafts
from workers.workflow import services

EXCERPT_CHARS = 1200


def base_context(conn: Connection, case: dict[str, Any], **fields: Any) -> DraftContext:
    """The context every mail of a case shares, plus ``fields``."""
    excerpt = None
    if case.get("first_message_id"):
        message = get_message(conn, case["first_message_id"])
        recognition = (message or {}).get("recognition") or {}
        excerpt = (recognition.get("excerpt") or "")[:EXCERPT_CHARS] or None
    values: dict[str, Any] = {
        "case_ref": case["ref"],
        "requester_name": case.get("requester_name"),
        "rights": [Right(r) for r in case["rights"]],
        "received": case["receipt_date"],
        "due": case["due_date"],
        "request_excerpt": excerpt,
    }
    values.update(fields)
    return DraftContext(**values)


def propose(
    conn: Connection, rt: Runtime, case: dict[str, Any], kind: DraftKind, context: DraftContext, now: datetime,
    *, dedup_key: str | None = None, attachments: list[dict[str, Any]] | None = None, refresh: bool = False,
) -> tuple[str, bool]:
    """Render ``kind`` for ``case`` and store the draft once; returns (draft id, created).

    With ``refresh``, a draft that already exists and that nobody has touched yet
    (still "proposed") is rendered again from the new context: a retried collection
    updates answers she has not edited, and never overwrites one she has."""
    language = Language(case["language"]) if case["language"] in ("fr", "en") else Language.FR
    rendered = render_draft(kind, language, context, services.register(rt.settings), services.templates(rt.settings))
    draft_id, created = create_draft(
        conn, case_id=case["id"], kind=kind.value, language=language.value, subject=rendered.subject,
        body=rendered.body, at=now, dedup_key=dedup_key, attachments=attachments, to_addr=case["requester_email"],
    )
    if not created and refresh:
        conn.execute(
            update(drafts)
            .where(drafts.c.id == draft_id, drafts.c.status == DraftStatus.PROPOSED.value)
            .values(subject=rendered.subject, body=rendered.body, attachments=attachments or [], updated_at=now)
        )
    if created:
        case_store.append_event(
            conn, case["id"], "draft_created", actor="workflow", at=now, payload={"draft": draft_id, "kind": kind.value}
        )
    return draft_id, created
