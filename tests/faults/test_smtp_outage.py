"""The SMTP server down after drafts were approved: sending is retried with backoff, the digest lists
the approved answers not sent, and each draft is delivered exactly once when the server is back.

The outage lasts a minute, as in the issue: long enough for every draft to fail several
attempts with the actor's exponential backoff (2 s, 4 s, 8 s...)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from tests.faults.support import SYSTEMS, all_resting, check_invariants, digest, fault_rig, generated_requests, ingest_raw, run_dsr
from tests.harness.postgres import PostgresDatabase, PostgresServer
from tests.harness.smtp_sink import SmtpSink
from workers.runtime import utcnow
from workers.store.schema import drafts
from workers.workflow.practitioner import approve_draft

UNSENT = "Réponses approuvées non envoyées"
OUTAGE_SECONDS = 60


def test_smtp_down_then_back(tmp_path: Path, pg_server: PostgresServer, redis_url: str,
                             smtp_sink_factory: Callable[..., SmtpSink]) -> None:
    """Approve acknowledgments and answers while SMTP is stopped; three failed attempts each, the digest
    shows them unsent; SMTP starts again on the same port: one email per draft, each Message-ID once."""
    sink = smtp_sink_factory()
    database = PostgresDatabase(pg_server, label="fault-smtp").start()
    try:
        with fault_rig(tmp_path, database.url, redis_url, DSR_SMTP_HOST=sink.host, DSR_SMTP_PORT=str(sink.port),
                       DSR_SMTP_SECURITY="plain") as rig:
            requests = [r for r in generated_requests(8) if r[1] in ("access", "portability")][:3]
            raws = [raw for _s, _r, raw in requests]
            rig.start_worker()
            ingest_raw(rig.rt, raws)
            rig.wait(lambda: all_resting(rig.rt, 3), 90, "cases awaiting approval")
            refs = check_invariants(rig.rt, raws=raws, systems=SYSTEMS)["refs"]

            sink.stop()
            stopped_at = time.monotonic()
            with rig.rt.db.begin() as conn:
                ids = [r for (r,) in conn.execute(select(drafts.c.id).where(drafts.c.status == "proposed"))]
            assert len(ids) == 6  # an acknowledgment and an answer per case
            for draft_id in ids:
                approve_draft(rig.rt, draft_id, utcnow())

            def attempts() -> Counter[str]:
                with rig.rt.db.begin() as conn:
                    return Counter({r.id: r.send_attempts for r in conn.execute(select(drafts.c.id, drafts.c.send_attempts))})

            rig.wait(lambda: min(attempts().values()) >= 3, 90, "three failed attempts per draft")
            while_down = digest(rig.rt)
            printed = run_dsr(rig.env, "digest", "--print").stdout
            for text in (while_down, printed):
                assert UNSENT in text
                unsent_part = text.split(UNSENT, 1)[1]
                assert all(ref in unsent_part for ref in refs), unsent_part
            with rig.rt.db.begin() as conn:
                statuses = {r.status for r in conn.execute(select(drafts.c.status))}
                errors = [r.last_error for r in conn.execute(select(drafts.c.last_error))]
            assert statuses == {"approved"} and all(errors)
            assert sink.messages == []

            time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - stopped_at)))
            assert sink.messages == []
            sink.start()

            def all_sent() -> bool:
                with rig.rt.db.begin() as conn:
                    return {r.status for r in conn.execute(select(drafts.c.status))} == {"sent"}

            rig.wait(all_sent, 180, "every draft sent once SMTP is back")
            assert rig.rt.broker is not None
            rig.rt.broker.join("send", timeout=60_000)
            received = sink.messages
            assert len(received) == len(ids)
            assert set(Counter(m.message["Message-ID"] for m in received).values()) == {1}
            assert Counter(m.rcpt_tos[0] for m in received) == Counter({s: 2 for s, _r, _raw in requests})
            assert UNSENT not in digest(rig.rt) or not any(ref in digest(rig.rt).split(UNSENT, 1)[1] for ref in refs)
    finally:
        database.stop()
