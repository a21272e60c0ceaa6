"""A `dsr worker` killed with SIGKILL while collect tasks run: another worker finishes the cases,
each connector result stored once."""

from __future__ import annotations

from pathlib import Path

from tests.faults.support import SYSTEMS, all_resting, check_invariants, digest, fault_rig, generated_requests, ingest_raw
from tests.harness.postgres import PostgresDatabase, PostgresServer

COUNT = 3


def test_worker_killed_in_the_middle_of_collection(tmp_path: Path, pg_server: PostgresServer, redis_url: str) -> None:
    """kill -9 of the worker's process group while Systeme.io lookups hang; a new worker takes the
    requeued tasks (after the heartbeat timeout): every case completes, nothing stored twice."""
    database = PostgresDatabase(pg_server, label="fault-kill").start()
    try:
        with fault_rig(tmp_path, database.url, redis_url) as rig:
            requests = generated_requests(COUNT)
            raws = [raw for _s, _r, raw in requests]
            rig.api.held.set()
            first = rig.start_worker()
            ingest_raw(rig.rt, raws)
            rig.wait(lambda: rig.api.waiting == COUNT, 60, "collect tasks in flight")

            first.kill()
            rig.api.held.clear()
            rig.start_worker()
            rig.wait(lambda: all_resting(rig.rt, COUNT), 120, "cases at rest after the kill")

            summary = check_invariants(rig.rt, raws=raws, systems=SYSTEMS)
            assert summary["collected"] == COUNT
            for sender, _right, _raw in requests:
                # The killed attempt and the one that finished: the lookup ran again, once stored.
                assert rig.api.collect_requests(sender) >= 2
            text = digest(rig.rt)
            assert all(ref in text for ref in summary["refs"])
    finally:
        database.stop()
