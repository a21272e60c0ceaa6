"""The embedded demo: the whole product on one machine with nothing to install by hand.

SQLite under ``data/demo``, a private Redis started and stopped here, the sample mailbox
of ``examples/mailbox`` ingested as an offline source, connectors on the sample exports of
``examples/exports``, an in-process dramatiq worker. When every message has been handled
it prints the cases and the digest, then stops everything it started.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dramatiq
from sqlalchemy import func, select

from workers.intake import ingest
from workers.offline_sources import iter_source
from workers.runtime import Runtime, boot, utcnow
from workers.settings import REPO_ROOT, Settings
from workers.store.schema import cases, messages

EXAMPLES = REPO_ROOT / "examples"
#: States where a demo case has gone as far as it can without the practitioner.
RESTING = {"awaiting_identity", "awaiting_approval", "answered", "closed", "refused", "withdrawn"}


def demo_settings(data_dir: Path) -> Settings:
    exports = EXAMPLES / "exports"
    return Settings(
        data_dir=data_dir,
        database_url=None,
        redis_url=None,
        imap_host=None,
        smtp_host=None,
        contact_address="sandra.delomenie@orange.fr",
        practitioner_email="sandra.delomenie@orange.fr",
        trusted_authserv_ids=["mx.orange.fr"],
        connectors={
            "stripe": {"mode": "export", "export_dir": str(exports / "stripe")},
            "systemeio": {"mode": "export", "export_file": str(exports / "systemeio" / "contacts.csv")},
            "drive": {"mode": "local", "folder": str(exports / "drive")},
            "mailbox": {"mode": "stored"},
        },
    )


@dataclass
class DemoRun:
    runtime: Runtime
    worker: dramatiq.Worker
    ingested: int


def start(data_dir: Path, mailbox: Path, progress: Callable[[int], None] | None = None) -> DemoRun:
    """Wipe the demo data, boot on embedded defaults, ingest the mailbox, start a worker."""
    if data_dir.exists():
        shutil.rmtree(data_dir)
    runtime = boot(demo_settings(data_dir))
    assert runtime.broker is not None
    import workers.actors  # noqa: F401
    from workers.actors import recognise_messages

    worker = dramatiq.Worker(runtime.broker, worker_threads=4, worker_timeout=100)
    worker.start()
    result = ingest(runtime.db, iter_source(mailbox), lambda ids: recognise_messages.send(ids), utcnow,
                    progress=progress)
    return DemoRun(runtime, worker, result.created)


def settled(runtime: Runtime) -> tuple[bool, int, int]:
    """(all handled, messages recognised or quarantined, cases at rest)."""
    with runtime.db.begin() as conn:
        total = conn.execute(select(func.count()).select_from(messages)).scalar_one()
        done = conn.execute(select(func.count()).select_from(messages).where(messages.c.status != "recorded")).scalar_one()
        rows = conn.execute(select(cases.c.state, cases.c.flagged_review)).all()
    at_rest = sum(1 for state, flagged in rows if state in RESTING or (flagged and state == "received"))
    return done == total and at_rest == len(rows), done, at_rest


def wait_until_settled(runtime: Runtime, timeout: float = 90.0, tick: Callable[[int, int], None] | None = None) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ok, done, at_rest = settled(runtime)
        if tick:
            tick(done, at_rest)
        if ok:
            time.sleep(0.3)  # let the last events land
            return settled(runtime)[0]
        time.sleep(0.2)
    return False


def stop(run: DemoRun) -> None:
    run.worker.stop()
    run.runtime.broker.close() if run.runtime.broker else None
    run.runtime.db.dispose()
    run.runtime.stop()
