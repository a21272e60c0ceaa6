"""The queue: a dramatiq actor round trip on the embedded Redis and on DSR_REDIS_URL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import dramatiq
import redis

from workers.embedded_redis import EmbeddedRedis
from workers.runtime import boot, set_current
from workers.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def round_trip(settings: Settings) -> str:
    """Boot, send ``ping`` to an in-process worker, and read the pong it wrote to Redis."""
    runtime = boot(settings)
    from workers.actors import ping

    token = uuid.uuid4().hex
    worker = dramatiq.Worker(runtime.broker, worker_threads=1)
    worker.start()
    try:
        ping.send(token)
        client = redis.Redis.from_url(runtime.redis_url)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if client.get(f"dsr:ping:{token}") == b"pong":
                return runtime.redis_url or ""
            time.sleep(0.05)
        raise AssertionError("no pong within 10 s")
    finally:
        worker.stop()
        runtime.stop()
        set_current(None)


def test_round_trip_on_embedded_redis(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With no DSR_REDIS_URL a private Redis starts under the data directory and carries the task."""
    monkeypatch.delenv("DSR_REDIS_URL", raising=False)
    data = Path("/tmp") / f"dsr-embedded-{uuid.uuid4().hex[:8]}"
    url = round_trip(Settings(data_dir=data, redis_url=None))
    assert url.startswith("unix://")
    assert (data / "redis" / "redis.sock").as_posix() in url
    assert not EmbeddedRedis(data).alive(), "the embedded Redis must stop with the process that started it"


def test_round_trip_on_configured_redis(tmp_path: Path, redis_url: str) -> None:
    """With DSR_REDIS_URL the configured server carries the task."""
    assert round_trip(Settings(data_dir=tmp_path, redis_url=redis_url)) == redis_url


def test_dsr_worker_process_runs_actors(tmp_path: Path, redis_url: str) -> None:
    """``dsr worker`` runs real dramatiq worker processes that execute queued actors."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env.update(DSR_DATA_DIR=str(tmp_path), DSR_REDIS_URL=redis_url, DSR_CONFIG=str(tmp_path / "none.toml"))
    process = subprocess.Popen([str(REPO / ".venv" / "bin" / "dsr"), "worker", "-p", "1", "-t", "1"], env=env,
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        runtime = boot(Settings(data_dir=tmp_path, redis_url=redis_url))
        from workers.actors import ping

        token = uuid.uuid4().hex
        ping.send(token)
        client = redis.Redis.from_url(redis_url)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and client.get(f"dsr:ping:{token}") != b"pong":
            time.sleep(0.1)
        assert client.get(f"dsr:ping:{token}") == b"pong"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        set_current(None)
    assert process.returncode is not None


def test_permanent_failure_surfaces_on_the_case(tmp_path: Path, redis_url: str) -> None:
    """A task that fails for good records a problem on its case (the dead-letter path)."""
    from datetime import date, datetime, timezone

    from workers.actors import pipeline
    from workers.broker import actor
    from workers.errors import PermanentError
    from workers.store import cases as case_store
    from workers.store.messages import record_message

    runtime = boot(Settings(data_dir=tmp_path, redis_url=redis_url))

    @actor(queue_name="default", actor_name="failing_case_step_for_test")
    def failing(case_id: int) -> None:
        raise PermanentError("broken on purpose")

    runtime.broker.declare_actor(failing)
    pipeline.CASE_ACTORS.add("failing_case_step_for_test")
    now = datetime.now(timezone.utc)
    with runtime.db.begin() as conn:
        message = record_message(conn, b"Subject: x\r\n\r\ny", source="file", received_at=now, now=now)
        opened = case_store.open_case(conn, message_pk=message.id, at=now, received_at=now,
                                      receipt_date=date(2026, 11, 26), due_date=None, outcome="request",
                                      rights=["access"], language="fr", requester_email=None, requester_name=None)
    worker = dramatiq.Worker(runtime.broker, worker_threads=1)
    worker.start()
    problem = None
    try:
        failing.send(opened.id)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not problem:
            with runtime.db.begin() as conn:
                problem = case_store.get_case(conn, opened.id)["problem"]
            time.sleep(0.05)
    finally:
        worker.stop()
        pipeline.CASE_ACTORS.discard("failing_case_step_for_test")
        set_current(None)
    assert problem and "broken on purpose" in problem
    with runtime.db.begin() as conn:
        assert "task_failed" in [e["kind"] for e in case_store.events(conn, opened.id)]
