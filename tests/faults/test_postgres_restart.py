"""PostgreSQL going away in the middle of a flow: the failed tasks are retried and the pool
reconnects (pool_pre_ping); the flow completes."""

from __future__ import annotations

from pathlib import Path

from tests.faults.support import SYSTEMS, all_resting, check_invariants, digest, fault_rig, generated_requests, ingest_raw
from tests.harness.postgres import PostgresDatabase
from tests.harness.postgres_cluster import PostgresCluster


def test_postgres_restarted_in_the_middle_of_collection(tmp_path: Path, private_postgres: PostgresCluster,
                                                        redis_url: str) -> None:
    """Collect tasks hang on Systeme.io; PostgreSQL stops; the lookups end and their saves fail; PostgreSQL
    starts again: the retried tasks store each result once and every case completes."""
    database = PostgresDatabase(private_postgres, label="fault-pg").start()
    with fault_rig(tmp_path, database.url, redis_url) as rig:
        requests = generated_requests(3)
        raws = [raw for _s, _r, raw in requests]
        rig.api.held.set()
        worker = rig.start_worker()
        ingest_raw(rig.rt, raws)
        rig.wait(lambda: rig.api.waiting == 3, 60, "collect tasks in flight")

        private_postgres.stop()
        rig.api.held.clear()
        rig.wait(lambda: "OperationalError" in worker.log.read_text(errors="replace"), 60, "a task failing on the database")
        private_postgres.start()
        rig.wait(lambda: all_resting(rig.rt, 3), 120, "cases at rest after the PostgreSQL restart")

        summary = check_invariants(rig.rt, raws=raws, systems=SYSTEMS)
        assert summary["collected"] == 3
        assert all(ref in digest(rig.rt) for ref in summary["refs"])


def test_postgres_down_longer_than_the_connector_retries(tmp_path: Path, private_postgres: PostgresCluster,
                                                         redis_url: str) -> None:
    """PostgreSQL stays down for longer than the three retries a failing connector gets (~15 s): a
    database outage is not a connector failure, the collect tasks keep retrying and every case completes."""
    database = PostgresDatabase(private_postgres, label="fault-pg-long").start()
    with fault_rig(tmp_path, database.url, redis_url) as rig:
        raws = [raw for _s, _r, raw in generated_requests(1)]
        rig.api.held.set()
        worker = rig.start_worker()
        ingest_raw(rig.rt, raws)
        rig.wait(lambda: rig.api.waiting == 1, 60, "the collect task in flight")

        private_postgres.stop()
        rig.api.held.clear()
        log = worker.log
        # Four failed attempts of the collect task: more than the connector's three retries.
        def past_the_connector_limit() -> bool:
            text = log.read_text(errors="replace")
            return text.count("Failed to process message collect_connector") >= 4 or "Retries exceeded" in text

        rig.wait(past_the_connector_limit, 120, "collect tasks retried past the connector's limit")
        private_postgres.start()
        rig.wait(lambda: all_resting(rig.rt, 1), 120, "cases at rest after a long PostgreSQL outage")

        summary = check_invariants(rig.rt, raws=raws, systems=SYSTEMS)
        assert summary["collected"] == 1
        assert all(ref in digest(rig.rt) for ref in summary["refs"])
