"""The request register: export for an inspection, chain verification, the 3-year purge.

Purpose 11 of the privacy policy keeps the request log three years from the closing of
each request. The purge deletes the case with everything attached to it (messages,
drafts, connector results, events) and leaves only a count and a date.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, select

from flows.case_machine import Event
from flows.models import CaseState
from flows.retention import purgeable, summarize_purge
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.store.schema import (
    blobs,
    case_events,
    cases,
    connector_results,
    drafts,
    identity_documents,
    messages,
    outgoing_ids,
    register_purges,
)

log = get_logger(__name__)

CSV_COLUMNS = (
    "reference", "recue_le", "accusee_le", "repondue_le", "cloturee_le", "droits", "echeance",
    "prolongee", "jours_suspendus", "etat", "issue",
)

#: Answered cases are closed after this many days without follow-up.
CLOSE_AFTER_DAYS = 30


def register_rows(conn: Connection) -> list[dict[str, Any]]:
    out = []
    for case in case_store.list_cases(conn):
        out.append({
            "reference": case["ref"],
            "recue_le": case["received_at"].isoformat(),
            "accusee_le": case["acknowledged_at"].isoformat() if case["acknowledged_at"] else "",
            "repondue_le": case["answered_at"].isoformat() if case["answered_at"] else "",
            "cloturee_le": case["closed_at"].isoformat() if case["closed_at"] else "",
            "droits": " ".join(case["rights"]),
            "echeance": case["due_date"].isoformat() if case["due_date"] else "",
            "prolongee": "oui" if case["extended"] else "non",
            "jours_suspendus": case["paused_days"],
            "etat": case["state"],
            "issue": case["result"] or "",
        })
    return out


def export_csv(conn: Connection, path: Path) -> int:
    rows = register_rows(conn)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def verify_all(conn: Connection) -> list[tuple[str, str]]:
    """(reference, reason) for every case whose event chain does not verify."""
    broken = []
    for case in case_store.list_cases(conn):
        check = case_store.verify(conn, case["id"])
        if not check.ok:
            broken.append((case["ref"], f"événement n° {check.broken_seq} : {check.reason}"))
    return broken


def close_answered(rt: Runtime, now: datetime) -> int:
    """Close the cases answered more than CLOSE_AFTER_DAYS days ago."""
    count = 0
    with rt.db.begin() as conn:
        rows = conn.execute(select(cases.c.id).where(
            cases.c.state.in_([CaseState.ANSWERED.value, CaseState.REFUSED.value, CaseState.WITHDRAWN.value]),
            cases.c.updated_at < now - timedelta(days=CLOSE_AFTER_DAYS),
        )).scalars().all()
        for case_id in rows:
            case_store.move(conn, case_id, Event.CLOSED, actor="scheduler", at=now, closed_at=now)
            count += 1
    return count


class _Closed:
    def __init__(self, row: Any) -> None:
        self.id = row.id
        self.closed_at = row.closed_at


def purge(rt: Runtime, now: datetime) -> int:
    """Delete the cases closed more than three years ago; record only a count and a date."""
    with rt.db.begin() as conn:
        closed = [_Closed(r) for r in conn.execute(select(cases.c.id, cases.c.closed_at).where(cases.c.closed_at.is_not(None)))]
        due = purgeable(closed, now, tz=rt.settings.timezone)
        ids = [c.id for c in due]
        if ids:
            digests = conn.execute(select(messages.c.sha256).where(messages.c.case_id.in_(ids))).scalars().all()
            for table in (case_events, drafts, connector_results, identity_documents, outgoing_ids):
                conn.execute(delete(table).where(table.c.case_id.in_(ids)))
            conn.execute(delete(messages).where(messages.c.case_id.in_(ids)))
            conn.execute(delete(cases).where(cases.c.id.in_(ids)))
            still_used = set(conn.execute(select(messages.c.sha256).where(messages.c.sha256.in_(digests))).scalars())
            conn.execute(delete(blobs).where(blobs.c.sha256.in_([d for d in digests if d not in still_used])))
        summary = summarize_purge(due, now)
        conn.execute(register_purges.insert().values(purged_at=summary.purged_at, count=summary.count))
    log.info("register.purged", count=summary.count)
    return summary.count
