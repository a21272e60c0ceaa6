"""Helpers of the end-to-end desk tests: real servers, an in-process worker, uvicorn in a thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dramatiq
import uvicorn
from starlette.applications import Starlette

from tests.harness.dovecot import ImapAccount
from tests.harness.ports import free_port
from tests.harness.smtp_sink import SmtpSink
from tests.workers.web.conftest import CONTACT, PASSWORD_HASH
from workers.runtime import Runtime, boot, set_current
from workers.settings import Settings


def desk_settings(tmp_path: Path, redis_url: str, *, account: ImapAccount | None = None,
                  sink: SmtpSink | None = None, **extra: Any) -> Settings:
    """Settings on the test's Redis, Dovecot (plain port) and SMTP sink."""
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data", "redis_url": redis_url, "contact_address": CONTACT,
        "practitioner_email": CONTACT, "web_password_hash": PASSWORD_HASH, "web_session_secret": "e" * 40,
    }
    if account is not None:
        values.update(imap_host=account.host, imap_port=account.port, imap_security="plain",
                      imap_user=account.user, imap_password=account.password, imap_idle=False)
    if sink is not None:
        values.update(smtp_host=sink.host, smtp_port=sink.port, smtp_security="plain")
    values.update(extra)
    return Settings(**values)


@contextmanager
def booted(settings: Settings) -> Iterator[Runtime]:
    """A runtime with its Redis broker installed; forgotten at the end."""
    runtime = boot(settings)
    try:
        yield runtime
    finally:
        runtime.stop()
        set_current(None)


@contextmanager
def worker(runtime: Runtime, threads: int = 2) -> Iterator[dramatiq.Worker]:
    """An in-process dramatiq worker running every actor of the product."""
    import workers.actors  # noqa: F401 - declares the actors

    assert runtime.broker is not None
    running = dramatiq.Worker(runtime.broker, worker_threads=threads, worker_timeout=100)
    running.start()
    try:
        yield running
    finally:
        running.stop()


@contextmanager
def served(app: Starlette) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, name="desk-uvicorn", daemon=True)
    thread.start()
    wait_for(lambda: server.started, timeout=10)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def wait_for(predicate: Callable[[], Any], timeout: float = 30.0, interval: float = 0.1) -> Any:
    """Poll ``predicate`` until it is truthy; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")
