"""Dialect helpers: ``insert_ignore`` tells a new row from an existing one on both databases."""

from __future__ import annotations

from datetime import datetime, timezone

from workers.store.db import Database
from workers.store.schema import job_runs
from workers.store.util import insert_ignore, upsert

NOW = datetime(2026, 11, 26, tzinfo=timezone.utc)


def test_insert_ignore_reports_only_the_first_insert(database_url: str) -> None:
    """Three inserts of the same key: True, then False, False (PostgreSQL's row count is -1)."""
    db = Database(database_url)
    with db.begin() as conn:
        results = [insert_ignore(conn, job_runs, {"job": "digest", "period": "2026-11-26", "done_at": NOW},
                                 ["job", "period"]) for _ in range(3)]
        other = insert_ignore(conn, job_runs, {"job": "digest", "period": "2026-11-27", "done_at": NOW}, ["job", "period"])
    assert results == [True, False, False]
    assert other is True


def test_upsert_updates_the_existing_row(database_url: str) -> None:
    """A second upsert of the same key changes the row instead of adding one."""
    db = Database(database_url)
    with db.begin() as conn:
        upsert(conn, job_runs, {"job": "j", "period": "p", "done_at": NOW, "detail": {"n": 1}}, ["job", "period"],
               {"detail": {"n": 2}})
        upsert(conn, job_runs, {"job": "j", "period": "p", "done_at": NOW, "detail": {"n": 1}}, ["job", "period"],
               {"detail": {"n": 2}})
        rows = conn.execute(job_runs.select()).all()
    assert len(rows) == 1 and rows[0].detail == {"n": 2}
