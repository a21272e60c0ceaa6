"""Fresh PostgreSQL databases on the machine's server, and the parametrised database_url."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, text

from tests.harness import PostgresCluster, PostgresDatabase, PostgresServer


def test_session_database_create_insert(pg_database: PostgresDatabase) -> None:
    """The session database accepts DDL and DML through its SQLAlchemy URL."""
    engine = create_engine(pg_database.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE harness_probe (id serial PRIMARY KEY, label text)"))
            conn.execute(text("INSERT INTO harness_probe (label) VALUES ('demande')"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT label FROM harness_probe")).scalar_one() == "demande"
            assert conn.execute(text("SELECT current_database()")).scalar_one() == pg_database.name
    finally:
        engine.dispose()


def test_database_is_dropped_on_stop(pg_server: PostgresServer) -> None:
    """stop() drops the database, even with a connection still open on it."""
    database = PostgresDatabase(pg_server, label="dropme").start()
    lingering = psycopg.connect(database.conninfo)
    database.stop()
    lingering.close()
    with pg_server.connect() as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database.name,))
        assert found.fetchone() is None


def test_database_url_is_fresh_and_usable(database_url: str) -> None:
    """Both backends give an empty database that takes a table and a row."""
    engine = create_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE requests (id integer PRIMARY KEY, kind text)"))
            conn.execute(text("INSERT INTO requests VALUES (1, 'access')"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM requests")).scalar_one() == 1
    finally:
        engine.dispose()
    assert database_url.startswith(("sqlite+pysqlite:///", "postgresql+psycopg://"))


def test_unreachable_server_fails_loudly() -> None:
    """A server that does not answer raises RuntimeError: never a skip."""
    from sqlalchemy.engine import make_url

    server = PostgresServer(make_url("postgresql+psycopg://postgres@203.0.113.1:1/"))
    with pytest.raises(RuntimeError, match="unreachable"):
        server.wait_ready(timeout=0.5)


def test_private_cluster_restart_and_kill_keep_data(private_postgres: PostgresCluster) -> None:
    """A private cluster survives restart() and kill()+start(); held connections break."""
    database = PostgresDatabase(private_postgres, label="fault").start()
    engine = create_engine(database.url, pool_pre_ping=True)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE restart_probe (v int)"))
            conn.execute(text("INSERT INTO restart_probe VALUES (42)"))
        held = psycopg.connect(database.conninfo)
        private_postgres.restart()
        with pytest.raises(psycopg.OperationalError):
            held.execute("SELECT 1")
        held.close()
        private_postgres.kill()
        assert not private_postgres.reachable()
        private_postgres.start()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT v FROM restart_probe")).scalar_one() == 42
    finally:
        engine.dispose()
        database.stop()
