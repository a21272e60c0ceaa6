"""Redis (with its append-only file) restarted in the middle of a flow: the workers reconnect and
the queued and in-flight work survives."""

from __future__ import annotations

from pathlib import Path

from tests.faults.support import SYSTEMS, all_resting, check_invariants, digest, fault_rig, generated_requests, ingest_raw
from tests.harness.postgres import PostgresDatabase, PostgresServer
from tests.harness.redis_server import RedisServer


def test_redis_restarted_between_recognition_and_collection(tmp_path: Path, pg_server: PostgresServer,
                                                             private_redis: RedisServer) -> None:
    """Collect tasks hang while Redis restarts; requests recorded while Redis is down are queued once it
    is back; every case completes, every message recorded once, each result stored once."""
    database = PostgresDatabase(pg_server, label="fault-redis").start()
    try:
        with fault_rig(tmp_path, database.url, private_redis.url) as rig:
            requests = generated_requests(5)
            raws = [raw for _s, _r, raw in requests]
            rig.api.held.set()
            rig.start_worker()
            ingest_raw(rig.rt, raws[:3])
            rig.wait(lambda: rig.api.waiting == 3, 60, "collect tasks in flight")

            private_redis.stop()
            rig.api.held.clear()  # the lookups end while Redis is away: their acks must wait for it
            private_redis.start()
            ingest_raw(rig.rt, raws[3:])  # new work after the restart, on the same workers
            rig.wait(lambda: all_resting(rig.rt, 5), 120, "cases at rest after the Redis restart")

            summary = check_invariants(rig.rt, raws=raws, systems=SYSTEMS)
            assert summary["collected"] == 5
            assert all(ref in digest(rig.rt) for ref in summary["refs"])
    finally:
        database.stop()


def test_queued_work_survives_a_redis_crash(tmp_path: Path, pg_server: PostgresServer, private_redis: RedisServer) -> None:
    """Requests recorded and queued with no worker running; Redis is killed (SIGKILL) and started again
    from its append-only file; a worker then starts and finishes every case."""
    database = PostgresDatabase(pg_server, label="fault-redis-kill").start()
    try:
        with fault_rig(tmp_path, database.url, private_redis.url) as rig:
            raws = [raw for _s, _r, raw in generated_requests(4)]
            ingest_raw(rig.rt, raws)
            private_redis.kill()
            private_redis.start()
            rig.start_worker()
            rig.wait(lambda: all_resting(rig.rt, 4), 120, "cases at rest after the Redis crash")
            assert check_invariants(rig.rt, raws=raws, systems=SYSTEMS)["collected"] == 4
    finally:
        database.stop()
