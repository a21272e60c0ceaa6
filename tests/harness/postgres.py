"""Fresh PostgreSQL databases on the machine's server, one per test or per session.

The server itself is shared (PostgreSQL 15 on 127.0.0.1:5432, trust auth); each
``PostgresDatabase`` creates a database with a unique name and drops it at the end.
``DSR_TEST_PG_DSN`` (an SQLAlchemy URL without a database name) points elsewhere.
"""

from __future__ import annotations

import itertools
import os
import re
import secrets
import shutil
import subprocess
import time
from pathlib import Path
from typing import Self

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

__all__ = ["DEFAULT_ADMIN_URL", "PostgresDatabase", "PostgresServer"]

DEFAULT_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/"
NAME_PREFIX = "dsr_test_"
_counter = itertools.count(1)


def admin_url() -> URL:
    """The server to use: ``DSR_TEST_PG_DSN`` or the machine's PostgreSQL."""
    return make_url(os.environ.get("DSR_TEST_PG_DSN") or DEFAULT_ADMIN_URL)


def _conninfo(url: URL, database: str) -> str:
    """A libpq connection string for ``database`` on the server of ``url``."""
    parts = {
        "host": url.host or "127.0.0.1",
        "port": str(url.port or 5432),
        "user": url.username or "postgres",
        "dbname": database,
        "connect_timeout": "3",
    }
    if url.password:
        parts["password"] = url.password
    return psycopg.conninfo.make_conninfo(**parts)


class PostgresServer:
    """The machine's PostgreSQL cluster: reachability, start when down, restart for fault tests."""

    def __init__(self, url: URL | None = None) -> None:
        self.url = url if url is not None else admin_url()
        self.maintenance_db = self.url.database or "postgres"

    @property
    def is_local(self) -> bool:
        return (self.url.host or "127.0.0.1") in {"127.0.0.1", "localhost", "::1"}

    def connect(self, database: str | None = None) -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit psycopg connection (to the maintenance database by default)."""
        return psycopg.connect(
            _conninfo(self.url, database or self.maintenance_db), autocommit=True
        )

    def reachable(self) -> bool:
        try:
            with self.connect() as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.OperationalError:
            return False

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.reachable():
                return
            time.sleep(0.1)
        raise RuntimeError(
            f"PostgreSQL at {self.url.render_as_string(hide_password=True)} is unreachable "
            f"after {timeout:.0f} s"
        )

    @staticmethod
    def clusters() -> list[tuple[str, str]]:
        """The (version, name) pairs of the local clusters under /etc/postgresql."""
        root = Path("/etc/postgresql")
        if not root.is_dir():
            return []
        found = []
        for version_dir in sorted(root.iterdir(), key=lambda p: p.name, reverse=True):
            for cluster_dir in sorted(version_dir.iterdir()):
                if (cluster_dir / "postgresql.conf").is_file():
                    found.append((version_dir.name, cluster_dir.name))
        return found

    def _pg_ctlcluster(self, action: str) -> None:
        tool = shutil.which("pg_ctlcluster")
        clusters = self.clusters()
        if tool is None or not clusters:
            raise RuntimeError(
                f"cannot {action} PostgreSQL: no pg_ctlcluster or no cluster in /etc/postgresql"
            )
        # The cluster "main" of the newest version first; that is the one on 5432 on Debian.
        version, name = next((c for c in clusters if c[1] == "main"), clusters[0])
        result = subprocess.run(
            [tool, "--skip-systemctl-redirect", version, name, action],
            check=False,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 and not (
            action == "start" and "already running" in result.stderr
        ):
            raise RuntimeError(
                f"pg_ctlcluster {version} {name} {action} failed ({result.returncode}): "
                f"{result.stdout}{result.stderr}"
            )

    def ensure_running(self, timeout: float = 30.0) -> None:
        """Start the local cluster when it does not answer; raise when it still does not."""
        if self.reachable():
            return
        if self.is_local:
            self._pg_ctlcluster("start")
        self.wait_ready(timeout)

    def restart(self, timeout: float = 60.0) -> None:
        """Restart the machine's cluster (a fault test: connections drop, data stays)."""
        if not self.is_local:
            raise RuntimeError("restart() only works for a local PostgreSQL cluster")
        self._pg_ctlcluster("restart")
        self.wait_ready(timeout)

    def drop_stale_databases(self) -> list[str]:
        """Drop test databases left by test processes that no longer exist."""
        dropped = []
        with self.connect() as conn:
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s", (NAME_PREFIX + "%",)
                )
            ]
            for name in names:
                match = re.match(rf"{NAME_PREFIX}(\d+)_", str(name))
                if match is None or _pid_alive(int(match.group(1))):
                    continue
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(str(name))
                    )
                )
                dropped.append(str(name))
        return dropped


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class PostgresDatabase:
    """A database with a unique name, created by ``start()`` and dropped by ``stop()``."""

    def __init__(self, server: PostgresServer | None = None, *, label: str = "") -> None:
        self.server = server if server is not None else PostgresServer()
        suffix = re.sub(r"[^a-z0-9]", "", label.lower())[:20]
        self.name = f"{NAME_PREFIX}{os.getpid()}_{next(_counter)}_{secrets.token_hex(3)}"
        if suffix:
            self.name += f"_{suffix}"
        self.created = False

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of this database (``postgresql+psycopg://...``)."""
        return self.server.url.set(
            drivername="postgresql+psycopg", database=self.name
        ).render_as_string(hide_password=False)

    @property
    def conninfo(self) -> str:
        """A libpq connection string (for psycopg.connect) of this database."""
        return _conninfo(self.server.url, self.name)

    def start(self) -> Self:
        """Make sure the server runs, then create the database."""
        if self.created:
            return self
        self.server.ensure_running()
        with self.server.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))
        self.created = True
        return self

    def stop(self) -> None:
        """Drop the database, closing whatever connections are still open on it."""
        if not self.created:
            return
        self.server.ensure_running()
        with self.server.connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name))
            )
        self.created = False

    def restart_server(self) -> None:
        """Restart the PostgreSQL server under this database (fault tests)."""
        self.server.restart()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
