"""What an entry point builds once: settings, database, broker. Actors find it here.

``boot()`` is called by every entry point (the CLI, the dramatiq worker processes, the
scheduler, the web desk, tests). It reads the settings, migrates the database, and
installs the broker: on ``DSR_REDIS_URL``, or on the embedded Redis it starts if needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

import dramatiq

from workers.broker import setup_broker
from workers.embedded_redis import EmbeddedRedis
from workers.settings import Settings, load_settings
from workers.store.db import Database, database_for


def utcnow() -> datetime:
    """The wall clock, aware. Only workers call it; flows take time as an argument."""
    return datetime.now(timezone.utc)


@dataclass
class Runtime:
    settings: Settings
    db: Database
    broker: dramatiq.Broker | None = None
    redis_url: str | None = None
    embedded: EmbeddedRedis | None = field(default=None, repr=False)

    def stop(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()


_current: Runtime | None = None


def redis_url(settings: Settings) -> tuple[str, EmbeddedRedis | None]:
    """The queue's Redis: the configured one, or the embedded one (started if needed)."""
    if settings.redis_url:
        return settings.redis_url, None
    embedded = EmbeddedRedis(settings.data_dir)
    url = embedded.start()
    # Child processes (dramatiq workers) join the same server instead of starting one.
    os.environ["DSR_REDIS_URL"] = url
    return url, embedded


def boot(settings: Settings | None = None, *, with_broker: bool = True) -> Runtime:
    """Build the runtime of this process (idempotent for the same settings)."""
    global _current
    settings = settings or load_settings()
    db = database_for(settings.effective_database_url)
    runtime = Runtime(settings=settings, db=db)
    if with_broker:
        url, embedded = redis_url(settings)
        runtime.redis_url = url
        runtime.embedded = embedded
        runtime.broker = setup_broker(url)
    _current = runtime
    return runtime


def current() -> Runtime:
    """The runtime booted by this process's entry point (booting on first use)."""
    global _current
    if _current is None:
        _current = boot()
    return _current


def set_current(runtime: Runtime | None) -> None:
    """Replace the current runtime (tests)."""
    global _current
    _current = runtime
