"""The scheduler: daily digest, reminders, closing answered cases, purge, ID clean-up.

APScheduler ticks every minute and calls :func:`run_due`, which works out which periodic
jobs are due at ``now``. Each job claims its period in the ``job_runs`` table first (a
primary key on (job, period)), so two schedulers, or a restart, never do a job twice in
one period. A job that fails gives its claim back and is tried again at the next tick.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from flows.digest import Reminder
from workers.digest import digest_text, due_reminders, mail_to_practitioner
from workers.logging import get_logger
from workers.register import close_answered, purge
from workers.runtime import Runtime
from workers.sending import sweep
from workers.workflow.stalled import push_stalled
from workers.store.schema import cases, identity_documents, job_runs

log = get_logger(__name__)

#: Identity documents of cases that ended are deleted after this many days at most.
ID_DOCUMENT_MAX_DAYS = 30

REMINDER_LABELS = {
    "D-7": "échéance dans 7 jours", "D-3": "échéance dans 3 jours", "D-1": "échéance demain",
    "overdue": "délai dépassé", "extension-notice": "avis de prolongation à envoyer",
}


def claim(rt: Runtime, job: str, period: str, now: datetime) -> bool:
    """Insert (job, period) unless present; True for the one caller that inserted it.

    RETURNING tells who inserted: SQLAlchemy 2.x does not keep the row count of an INSERT
    (it is -1 on PostgreSQL/psycopg), so ``rowcount`` cannot be trusted here.
    """
    module: Any = postgresql if rt.db.dialect == "postgresql" else sqlite
    stmt = (module.insert(job_runs).values(job=job, period=period, done_at=now)
            .on_conflict_do_nothing(index_elements=["job", "period"]).returning(job_runs.c.job))
    with rt.db.begin() as conn:
        return conn.execute(stmt).first() is not None


def release(rt: Runtime, job: str, period: str) -> None:
    with rt.db.begin() as conn:
        conn.execute(delete(job_runs).where(job_runs.c.job == job, job_runs.c.period == period))


def once(rt: Runtime, job: str, period: str, now: datetime, work: Callable[[], object]) -> bool:
    """Run ``work`` unless this (job, period) was already done; True when it ran now."""
    if not claim(rt, job, period, now):
        return False
    try:
        work()
    except Exception:
        release(rt, job, period)
        log.exception("job.failed", job=job, period=period)
        raise
    log.info("job.done", job=job, period=period)
    return True


def cleanup_identity_documents(rt: Runtime, now: datetime) -> int:
    """Delete identity documents of cases that ended, or older than the maximum."""
    with rt.db.begin() as conn:
        ended = select(cases.c.id).where(cases.c.state.in_(["answered", "closed", "refused", "withdrawn"]))
        result = conn.execute(delete(identity_documents).where(
            (identity_documents.c.case_id.in_(ended))
            | (identity_documents.c.received_at < now - timedelta(days=ID_DOCUMENT_MAX_DAYS))
        ))
        return int(result.rowcount or 0)


def reminder_subject(reminder: Reminder) -> str:
    return f"[{reminder.case_ref}] Rappel : {REMINDER_LABELS.get(reminder.threshold, reminder.threshold)}"


def push_stalled_sendings(rt: Runtime, now: datetime) -> int:
    """Queue ``send_draft`` again for approved drafts left unsent, interrupted attempts whose
    lease expired, and sent drafts without their Sent copy (sending is safe to repeat)."""
    if rt.broker is None:
        return 0
    from workers.actors import send_draft

    try:
        stalled = sweep(rt, now)
        for draft_id in stalled:
            send_draft.send(draft_id)
    except Exception:
        log.exception("scheduler.send_sweep_failed")
        return 0
    return len(stalled)


def run_due(rt: Runtime, now: datetime) -> list[str]:
    """Do every job due at ``now`` that this period has not seen yet; returns what ran."""
    local = now.astimezone(ZoneInfo(rt.settings.timezone))
    day = local.date()
    ran: list[str] = []
    failures = 0

    def attempt(job: str, period: str, work: Callable[[], object]) -> None:
        nonlocal failures
        try:
            if once(rt, job, period, now, work):
                ran.append(f"{job}:{period}")
        except Exception:  # noqa: BLE001 - logged by once(); the next job of the tick still runs
            failures += 1

    if local.hour >= rt.settings.digest_hour:
        def send_digest() -> None:
            subject, body = digest_text(rt, day)
            mail_to_practitioner(rt, subject, body, now)

        attempt("digest", day.isoformat(), send_digest)
        # Reminders too wait for her working day (no mail at midnight); each key is sent once.
        for reminder in due_reminders(rt, day):
            attempt("reminder", reminder.key,
                    lambda r=reminder: mail_to_practitioner(rt, reminder_subject(r), r.message + "\n", now))
    pushed = push_stalled_sendings(rt, now)
    if pushed:
        ran.append(f"send_sweep:{pushed}")
    if rt.broker is not None:
        try:
            stalled = push_stalled(rt, now)
        except Exception:  # noqa: BLE001 - the sweep must never stop the tick
            log.exception("scheduler.stalled_sweep_failed")
            stalled = 0
        if stalled:
            ran.append(f"stalled_sweep:{stalled}")
    if local.hour >= 3:
        attempt("close_answered", day.isoformat(), lambda: close_answered(rt, now))
        attempt("purge", day.isoformat(), lambda: purge(rt, now))
        attempt("identity_cleanup", day.isoformat(), lambda: cleanup_identity_documents(rt, now))
    if failures:
        log.warning("scheduler.tick_failures", failures=failures)
    return ran


def serve(rt: Runtime, clock: Callable[[], datetime], interval_seconds: int = 60) -> None:
    """Tick forever with APScheduler's blocking scheduler."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    scheduler = BlockingScheduler(timezone=rt.settings.timezone)
    scheduler.add_job(lambda: run_due(rt, clock()), "interval", seconds=interval_seconds,
                      next_run_time=clock(), max_instances=1, coalesce=True, id="tick")
    scheduler.start()
