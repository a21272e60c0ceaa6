"""More than one machine: two `dsr worker` processes on one PostgreSQL database and one Redis
take a burst of 200 requests; no case is opened twice and no draft is sent twice."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from tests.faults.support import (
    FakeSystemeio,
    all_resting,
    check_invariants,
    dsr,
    dsr_env,
    fault_connectors,
    generated_requests,
    run_dsr,
    services,
)
from tests.harness.postgres import PostgresDatabase, PostgresServer
from tests.harness.smtp_sink import SmtpSink
from tests.workers.pipeline_support import make_runtime, request_message, wait_for
from workers.actors import send_draft
from workers.runtime import set_current, utcnow
from workers.store.schema import cases, drafts
from workers.workflow.practitioner import approve_draft

BURST = 200


def test_two_workers_take_a_burst_of_200_requests(tmp_path: Path, pg_server: PostgresServer, redis_url: str,
                                                   clean_smtp_sink: SmtpSink) -> None:
    """200 .eml files ingested while two worker processes run: 200 cases DSR-YYYY-0001..0200, each at
    rest; all 200 acknowledgments approved (and their sending queued twice): 200 emails, each once."""
    database = PostgresDatabase(pg_server, label="multi-worker").start()
    api = FakeSystemeio().start()
    try:
        # Every fifth request is not authenticated: its case waits for a proof of identity.
        requests = generated_requests(BURST)
        raws = []
        for n, (sender, _right, raw) in enumerate(requests):
            if n % 5 == 4:
                raw = request_message(sender, "Sans Preuve", "Mes données",
                                      raw.split(b"\n\n", 1)[1].decode("utf-8", "replace"), authenticated=False)
            raws.append(raw)
        inbox = tmp_path / "burst"
        inbox.mkdir()
        for n, raw in enumerate(raws):
            (inbox / f"{n:03d}.eml").write_bytes(raw)
        connectors = fault_connectors(api.url)
        env = dsr_env(tmp_path, database_url=database.url, redis_url=redis_url, connectors=connectors,
                      DSR_SYSTEMEIO_API_KEY="test-key", DSR_SMTP_HOST=clean_smtp_sink.host,
                      DSR_SMTP_PORT=str(clean_smtp_sink.port), DSR_SMTP_SECURITY="plain")
        run_dsr(env, "db", "upgrade")
        runtime = make_runtime(tmp_path, redis_url, database_url=database.url, connectors=connectors)
        logs = tmp_path / "logs"
        logs.mkdir()
        with services((dsr("worker"), env, logs / "worker-1.log"), (dsr("worker"), env, logs / "worker-2.log")) as workers:
            ingested = run_dsr(env, "ingest", str(inbox))
            assert f"{BURST} nouveau(x)" in ingested.stdout, ingested.stdout
            try:
                wait_for(lambda: all_resting(runtime, BURST), timeout=240, interval=0.5)
            except AssertionError:
                raise AssertionError("\n".join(w.tail() for w in workers)) from None

            summary = check_invariants(runtime, raws=raws, systems={"systemeio", "stripe", "mailbox"})
            assert summary["collected"] == BURST - BURST // 5
            with runtime.db.begin() as conn:
                refs = [r for (r,) in conn.execute(select(cases.c.ref))]
                acks = [r for (r,) in conn.execute(select(drafts.c.id).where(drafts.c.kind == "acknowledgment"))]
            years = {ref.split("-")[1] for ref in refs}
            assert len(years) == 1
            assert sorted(int(ref.rsplit("-", 1)[1]) for ref in refs) == list(range(1, BURST + 1))
            assert all(re.fullmatch(r"DSR-\d{4}-\d{4}", ref) for ref in refs)

            # Approve every acknowledgment; queue each sending a second time, as a redelivery would.
            assert len(acks) == BURST
            for draft_id in acks:
                approve_draft(runtime, draft_id, utcnow())
                send_draft.send(draft_id)

            def all_sent() -> bool:
                with runtime.db.begin() as conn:
                    statuses = Counter(r for (r,) in conn.execute(
                        select(drafts.c.status).where(drafts.c.kind == "acknowledgment")))
                return statuses == Counter({"sent": BURST})

            try:
                wait_for(all_sent, timeout=180, interval=0.5)
            except AssertionError:
                raise AssertionError("\n".join(w.tail() for w in workers)) from None
            wait_for(lambda: len(clean_smtp_sink.messages) >= BURST, timeout=30)
            # Every sending task, the duplicates included, has been processed (acknowledged).
            assert runtime.broker is not None
            runtime.broker.join("send", timeout=120_000)

        received = clean_smtp_sink.messages
        assert len(received) == BURST, f"{len(received)} emails for {BURST} approved drafts"
        ids = Counter(m.message["Message-ID"] for m in received)
        assert len(ids) == BURST and set(ids.values()) == {1}
        recipients = Counter(m.rcpt_tos[0] for m in received)
        assert set(recipients) == {sender for sender, _r, _raw in requests} and set(recipients.values()) == {1}
        with runtime.db.begin() as conn:
            outgoing = {r for (r,) in conn.execute(select(drafts.c.outgoing_message_id).where(drafts.c.status == "sent"))}
        assert outgoing == set(ids)
        runtime.db.dispose()
    finally:
        set_current(None)
        api.close()
        database.stop()
