"""Shared fixtures: real servers (Redis, PostgreSQL, Dovecot, SMTP) and test artifacts.

Session fixtures start a server on first use and stop it at the end; a server that
cannot start raises, so the test errors (never skips). Fault tests that stop or kill a
server use the ``private_*`` fixtures, which give the test a server of its own.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.harness import (
    DovecotServer,
    ImapAccount,
    PostgresCluster,
    PostgresDatabase,
    PostgresServer,
    RedisServer,
    SmtpSink,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
_startup_seconds: dict[str, float] = {}
_T = TypeVar("_T")


def _timed(name: str, start: Callable[[], _T]) -> _T:
    """Run a server's start and remember how long it took (shown in the summary)."""
    began = time.monotonic()
    result = start()
    _startup_seconds[name] = _startup_seconds.get(name, 0.0) + time.monotonic() - began
    return result


def pytest_configure(config: pytest.Config) -> None:
    """aiosmtpd warns on each connection when AUTH is allowed without TLS: intended here."""
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the start-up time of each session server that was used."""
    if _startup_seconds:
        parts = ", ".join(f"{name} {secs:.2f}s" for name, secs in sorted(_startup_seconds.items()))
        terminalreporter.write_line(f"harness start-up: {parts}")


# -- Redis -------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A private redis-server (no persistence) shared by the session."""
    server = RedisServer(appendonly=False)
    _timed("redis", server.start)
    yield server
    server.close()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """URL of the session Redis, emptied (FLUSHALL) before the test."""
    redis_server.start()  # in case an earlier test stopped it
    client = redis_server.client()
    try:
        client.flushall()
    finally:
        client.close()
    return redis_server.url


@pytest.fixture
def private_redis() -> Iterator[RedisServer]:
    """A redis-server of the test's own, with AOF on: restart/kill it freely."""
    server = RedisServer(appendonly=True)
    _timed("redis (private)", server.start)
    yield server
    server.close()


# -- PostgreSQL --------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_server() -> PostgresServer:
    """The machine's PostgreSQL (``DSR_TEST_PG_DSN`` overrides), started if it is down."""
    server = PostgresServer()
    _timed("postgresql", server.ensure_running)
    server.drop_stale_databases()
    return server


@pytest.fixture(scope="session")
def pg_database(pg_server: PostgresServer) -> Iterator[PostgresDatabase]:
    """A fresh database for the whole session, dropped at the end."""
    database = PostgresDatabase(pg_server, label="session")
    _timed("postgresql database", database.start)
    yield database
    database.stop()


@pytest.fixture
def private_postgres() -> Iterator[PostgresCluster]:
    """A PostgreSQL cluster of the test's own (initdb, free port): stop/kill/restart it
    freely, instead of the machine's server that other tests share."""
    cluster = PostgresCluster()
    _timed("postgresql (private cluster)", cluster.start)
    yield cluster
    cluster.close()


_sqlite_counter = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database per test, as an SQLAlchemy URL: SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / f'dsr-{next(_sqlite_counter)}.db'}"
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    database = PostgresDatabase(server, label=request.node.name)
    database.start()
    yield database.url
    database.stop()


# -- Dovecot -----------------------------------------------------------------------------
@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """The session's private Dovecot, with the account pro@floraison.test."""
    server = DovecotServer()
    _timed("dovecot", server.start)
    yield server
    server.close()


_account_counter = itertools.count(1)


@pytest.fixture
def imap_account(dovecot: DovecotServer, request: pytest.FixtureRequest) -> ImapAccount:
    """A brand-new, empty account on the session Dovecot (the test's own mailbox)."""
    dovecot.start()  # in case an earlier test stopped it
    slug = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[:30]
    user = f"t{next(_account_counter)}-{slug}@floraison.test"
    password = f"pw-{next(_account_counter)}"
    dovecot.add_user(user, password)
    return dovecot.account(user)


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    """A Dovecot of the test's own: stop, kill and restart it freely."""
    server = DovecotServer()
    _timed("dovecot (private)", server.start)
    yield server
    server.close()


# -- SMTP --------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def smtp_sink() -> Iterator[SmtpSink]:
    """The session's SMTP sink (no AUTH, no TLS); see ``clean_smtp_sink`` for isolation."""
    sink = SmtpSink()
    _timed("smtp", sink.start)
    yield sink
    sink.close()


@pytest.fixture
def clean_smtp_sink(smtp_sink: SmtpSink) -> Iterator[SmtpSink]:
    """The session SMTP sink, running and empty at the start of the test."""
    smtp_sink.start()
    smtp_sink.clear()
    yield smtp_sink
    smtp_sink.clear()


@pytest.fixture
def smtp_sink_factory() -> Iterator[Callable[..., SmtpSink]]:
    """Make started sinks of the test's own (``auth=(user, pw)``, ``starttls=True``...)."""
    sinks: list[SmtpSink] = []

    def make(**kwargs: Any) -> SmtpSink:
        sink = SmtpSink(**kwargs)
        sinks.append(sink)
        return _timed("smtp (private)", sink.start)

    yield make
    for sink in sinks:
        sink.close()


# -- Artifacts ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """test-artifacts/ at the repository root (gitignored): screenshots, traces, reports."""
    path = REPO_ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
