"""A private PostgreSQL cluster (initdb in /tmp, free port) for fault tests.

Restarting or killing the machine's PostgreSQL would break every other test running
on it at the same moment; a private cluster can be stopped, killed and restarted
freely. Needs the PostgreSQL server binaries (/usr/lib/postgresql/N/bin) and, as
root, the ``postgres`` system user (the server refuses to run as root).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

from sqlalchemy.engine import make_url

from tests.harness.ports import free_port, wait_for_port_closed
from tests.harness.postgres import PostgresServer

__all__ = ["PostgresCluster"]


def _bin_dir() -> Path:
    root = Path("/usr/lib/postgresql")
    versions = sorted(
        (p for p in root.glob("*/bin") if (p / "initdb").is_file()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if not versions:
        raise RuntimeError("no PostgreSQL server binaries under /usr/lib/postgresql")
    return versions[-1]


def _children(parent: int) -> list[int]:
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append(int(stat_file.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


class PostgresCluster(PostgresServer):
    """initdb + pg_ctl on a free port; ``stop()``, ``kill()``, ``restart()`` are safe here."""

    def __init__(self) -> None:
        self.port = free_port()
        super().__init__(make_url(f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"))
        self.dir = Path(tempfile.mkdtemp(prefix="dsr-pg-"))
        os.chmod(self.dir, 0o755)
        self.data = self.dir / "data"
        self.bin = _bin_dir()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            pwd.getpwnam("postgres")  # KeyError: no postgres user to run the server as
            shutil.chown(self.dir, user="postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self._initialised = False

    @property
    def is_local(self) -> bool:
        return True

    def _run(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(
            [*self._as_user, *args],
            check=False,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {result.stdout}{result.stderr}")

    def _pg_ctl(self, action: str, *extra: str) -> None:
        self._run(
            str(self.bin / "pg_ctl"), action, "-D", str(self.data), "-w", "-t", "60",
            "-l", str(self.dir / "server.log"), *extra,
        )  # fmt: skip

    def start(self) -> Self:
        if not self._initialised:
            self._run(
                str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                "--no-sync", "-E", "UTF8", "--locale=C.UTF-8",
            )  # fmt: skip
            self._initialised = True
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self._pg_ctl("start", "-o", options)
        self.wait_ready(30)
        return self

    def ensure_running(self, timeout: float = 30.0) -> None:
        if not self.reachable():
            self.start()

    def stop(self) -> None:
        """Clean (fast) shutdown; the data stays for start()."""
        if (self.data / "postmaster.pid").exists():
            self._pg_ctl("stop", "-m", "fast")
        wait_for_port_closed("127.0.0.1", self.port, 30)

    def kill(self) -> None:
        """SIGKILL the postmaster and its backends, as a crash would."""
        pid_file = self.data / "postmaster.pid"
        try:
            pid = int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return
        victims = [pid, *_children(pid)]
        for victim in victims:
            try:
                os.kill(victim, signal.SIGKILL)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 30
        while any(_alive(v) for v in victims) and time.monotonic() < deadline:
            time.sleep(0.02)
        wait_for_port_closed("127.0.0.1", self.port, 30)
        # Without an init that reaps orphans the dead postmaster can linger as a zombie,
        # which the next postmaster would take for a running server: drop its lock file.
        pid_file.unlink(missing_ok=True)
        (self.dir / f".s.PGSQL.{self.port}.lock").unlink(missing_ok=True)

    def restart(self, timeout: float = 60.0) -> None:
        self._pg_ctl("restart", "-m", "fast")
        self.wait_ready(timeout)

    def close(self) -> None:
        try:
            self.stop()
        except (RuntimeError, TimeoutError):
            self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()
