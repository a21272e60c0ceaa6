"""A private redis-server process on a free port, for tests that restart or kill it.

The machine's own Redis on 6379 is left alone: fault tests (broker restarted,
broker killed) need a server they are allowed to take down.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from tests.harness.ports import free_port, wait_for_port_closed

__all__ = ["RedisServer"]


class RedisServer:
    """One redis-server child process bound to 127.0.0.1 on a free port.

    ``appendonly=True`` keeps every write in an append-only file under ``dir``, so a
    ``restart()`` (clean shutdown) or even a ``kill()`` followed by ``start()`` finds
    the data again; with ``appendonly=False`` nothing is kept on disk.
    """

    def __init__(
        self,
        *,
        appendonly: bool = False,
        appendfsync: str = "always",
        port: int | None = None,
        directory: Path | None = None,
        binary: str = "redis-server",
    ) -> None:
        self.appendonly = appendonly
        self.appendfsync = appendfsync
        self.host = "127.0.0.1"
        self.port = port if port is not None else free_port()
        self._own_dir = directory is None
        self.dir = (
            directory if directory is not None else Path(tempfile.mkdtemp(prefix="dsr-redis-"))
        )
        self.binary = binary
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The redis:// URL of database 0 on this server."""
        return f"redis://{self.host}:{self.port}/0"

    @property
    def log_path(self) -> Path:
        return self.dir / "redis.log"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def client(self) -> redis.Redis:
        """A fresh redis-py client for this server (no retries: failures show at once)."""
        return redis.Redis(
            host=self.host, port=self.port, db=0, socket_timeout=5, retry=Retry(NoBackoff(), 0)
        )

    def start(self, timeout: float = 10.0) -> Self:
        """Start the server (same port and directory as before) and wait until PING answers."""
        if self.running:
            return self
        binary = shutil.which(self.binary)
        if binary is None:
            raise RuntimeError(
                f"{self.binary} not found: install it (apt-get install -y redis-server, "
                "or run scripts/bootstrap.sh)"
            )
        self.dir.mkdir(parents=True, exist_ok=True)
        args = [
            binary,
            "--port",
            str(self.port),
            "--bind",
            self.host,
            "--save",
            "",
            "--appendonly",
            "yes" if self.appendonly else "no",
            "--appendfsync",
            self.appendfsync,
            "--dir",
            str(self.dir),
            "--logfile",
            str(self.log_path),
            "--daemonize",
            "no",
            "--protected-mode",
            "no",
        ]
        self._process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(
                    f"redis-server exited with {self._process.returncode}:\n{self._log_tail()}"
                )
            client = self.client()
            try:
                if client.ping():
                    return
            except redis.exceptions.RedisError as exc:  # not listening or still loading the AOF
                last_error = exc
            finally:
                client.close()
            time.sleep(0.02)
        self.kill()
        raise RuntimeError(
            f"redis-server on port {self.port} did not answer PING in {timeout:.0f} s "
            f"({last_error!r}):\n{self._log_tail()}"
        )

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = 10.0) -> None:
        """Shut the server down cleanly (the AOF, when on, is flushed)."""
        if not self.running:
            self._process = None
            return
        assert self._process is not None
        # SIGTERM is Redis's clean shutdown: the AOF, when on, is flushed first.
        self._process.terminate()
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout)
        self._process = None
        wait_for_port_closed(self.host, self.port, timeout)

    def kill(self) -> None:
        """SIGKILL the server, as a crash would (nothing is flushed)."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait(10)
        self._process = None

    def restart(self, timeout: float = 10.0) -> Self:
        """Clean shutdown, then start again on the same port and directory."""
        self.stop(timeout)
        return self.start(timeout)

    def close(self) -> None:
        """Stop the server for good and delete its directory when this object made it."""
        self.kill()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()
