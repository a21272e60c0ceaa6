"""The scheduler on a real store and a real SMTP sink: one digest a day, however many run."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tests.harness import SmtpSink
from tests.workers.answers_support import REPO_ROOT, env_for, seed_case, settings_for
from workers.runtime import boot
from workers.scheduler import run_due
from workers.store.schema import job_runs

PARIS = ZoneInfo("Europe/Paris")
MORNING = datetime(2027, 3, 2, 9, 30, tzinfo=PARIS)


def digests(sink: SmtpSink) -> list[str]:
    return [m.message["Subject"] for m in sink.messages if m.message["Subject"].startswith("DSR Desk – point du")]


def test_two_schedulers_at_once_send_one_digest(tmp_path: Path, redis_url: str, database_url: str,
                                                 clean_smtp_sink: SmtpSink) -> None:
    """Two `dsr scheduler --once --now ...` processes started together: the sink gets one digest."""
    settings = settings_for(tmp_path, redis_url, sink=clean_smtp_sink, database_url=database_url)
    runtime = boot(settings, with_broker=False)  # migrates the database before the race
    seed_case(runtime, date(2027, 2, 9))
    command = [sys.executable, "-c", "from workers.cli import main; main()", "scheduler", "--once",
               "--now", MORNING.isoformat()]
    processes = [subprocess.Popen(command, env=env_for(settings), cwd=REPO_ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in processes]
    assert all(p.returncode == 0 for p in processes), outputs
    assert len(digests(clean_smtp_sink)) == 1
    assert sum("digest:2027-03-02" in out for out, _ in outputs) == 1
    again = subprocess.run(command, env=env_for(settings), cwd=REPO_ROOT, capture_output=True, text=True,
                           timeout=120, check=False)
    assert again.returncode == 0 and "digest" not in again.stdout
    assert len(digests(clean_smtp_sink)) == 1


def test_eight_threads_calling_run_due_together(tmp_path: Path, redis_url: str, database_url: str,
                                                 clean_smtp_sink: SmtpSink) -> None:
    """Eight threads released by a barrier at the same instant: one digest, one of each reminder."""
    runtime = boot(settings_for(tmp_path, redis_url, sink=clean_smtp_sink, database_url=database_url),
                   with_broker=False)
    ref = seed_case(runtime, date(2027, 2, 9))  # due 2027-03-09: D-7 on 2 March
    barrier = threading.Barrier(8)
    results: list[list[str]] = []

    def tick() -> None:
        barrier.wait()
        results.append(run_due(runtime, MORNING.astimezone(UTC)))

    threads = [threading.Thread(target=tick) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(results) == 8
    assert sum(r.count("digest:2027-03-02") for r in results) == 1
    assert sum(r.count(f"reminder:{ref}:D-7") for r in results) == 1
    assert len(digests(clean_smtp_sink)) == 1
    assert [m.message["Subject"] for m in clean_smtp_sink.messages].count(f"[{ref}] Rappel : échéance dans 7 jours") == 1


def test_failed_digest_gives_its_claim_back(tmp_path: Path, redis_url: str, database_url: str,
                                            smtp_sink_factory: object) -> None:
    """SMTP down at the first tick: nothing recorded as done; the next tick, server back, sends it once."""
    sink: SmtpSink = smtp_sink_factory()  # type: ignore[operator]
    runtime = boot(settings_for(tmp_path, redis_url, sink=sink, database_url=database_url), with_broker=False)
    sink.stop()
    assert "digest:2027-03-02" not in run_due(runtime, MORNING.astimezone(UTC))
    with runtime.db.begin() as conn:
        assert conn.execute(select(job_runs).where(job_runs.c.job == "digest")).first() is None
    sink.start()
    assert "digest:2027-03-02" in run_due(runtime, MORNING.astimezone(UTC))
    assert "digest:2027-03-02" not in run_due(runtime, MORNING.astimezone(UTC))
    assert len(digests(sink)) == 1
