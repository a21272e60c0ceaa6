"""Alembic migrations give the same schema on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect

from tests.harness.postgres import PostgresDatabase, PostgresServer
from workers.store.engine import upgrade
from workers.store.schema import metadata


def describe(url: str) -> dict[str, Any]:
    """Tables, columns (name, nullability, generic type), unique constraints and keys."""
    engine = create_engine(url)
    inspector = inspect(engine)
    out: dict[str, Any] = {}
    for table in sorted(inspector.get_table_names()):
        if table == "alembic_version":
            continue
        columns = {
            c["name"]: (c["nullable"], type(c["type"]).__visit_name__ if hasattr(type(c["type"]), "__visit_name__") else "",
                        generic(c["type"]))
            for c in inspector.get_columns(table)
        }
        uniques = sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table))
        uniques += sorted(tuple(i["column_names"]) for i in inspector.get_indexes(table) if i["unique"])
        out[table] = {
            "columns": {name: (nullable, kind) for name, (nullable, _visit, kind) in columns.items()},
            "pk": inspector.get_pk_constraint(table)["constrained_columns"],
            "unique": sorted(set(uniques)),
            "fk": sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in inspector.get_foreign_keys(table)),
        }
    engine.dispose()
    return out


def generic(column_type: Any) -> str:
    """The portable family of a column type (dialects name them differently)."""
    name = type(column_type).__name__.upper()
    for family, words in {
        "datetime": ("DATETIME", "TIMESTAMP"),
        "date": ("DATE",),
        "int": ("INT",),
        "bool": ("BOOL",),
        "binary": ("BLOB", "BYTEA", "BINARY"),
        "json": ("JSON",),
        "text": ("CHAR", "TEXT", "STRING"),
    }.items():
        if any(word in name for word in words):
            return family
    return name


def test_sqlite_and_postgresql_schemas_match(tmp_path: Path, pg_server: PostgresServer) -> None:
    """Upgrading an empty SQLite file and an empty PostgreSQL database gives the same schema."""
    sqlite_url = f"sqlite:///{tmp_path / 'empty.db'}"
    upgrade(sqlite_url)
    database = PostgresDatabase(pg_server, label="migrations").start()
    try:
        upgrade(database.url)
        lite, pg = describe(sqlite_url), describe(database.url)
    finally:
        database.stop()
    assert set(lite) == set(metadata.tables)
    assert lite == pg


def test_upgrade_is_idempotent(database_url: str) -> None:
    """Running the migrations twice changes nothing and fails on nothing."""
    upgrade(database_url)
    first = describe(database_url)
    upgrade(database_url)
    assert describe(database_url) == first


def test_migrations_match_the_schema_module(database_url: str) -> None:
    """What the migrations build is what workers/store/schema.py declares (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    upgrade(database_url)
    engine = create_engine(database_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert diff == []


def test_0002_upgrades_a_database_at_0001_with_data_in_it(database_url: str) -> None:
    """A store at 0001 holding a case, a message and a draft goes to 0002 intact, gains the
    session and login-failure tables, and can go back down to 0001."""
    from datetime import UTC, date, datetime

    from alembic import command
    from sqlalchemy import select, text

    from workers.store.engine import alembic_config
    from workers.store.schema import blobs, cases, drafts, login_failures, messages, web_sessions

    upgrade(database_url, "0001")
    at = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    engine = create_engine(database_url)
    try:
        with engine.begin() as conn:
            assert not {"web_sessions", "login_failures"} & set(inspect(conn).get_table_names())
            conn.execute(blobs.insert().values(sha256="f" * 64, size=3, data=b"abc", created_at=at))
            conn.execute(cases.insert().values(
                id=1, ref="DSR-2026-0001", state="received", outcome="request", flagged_review=False,
                rights=["access"], language="fr", received_at=at, receipt_date=date(2026, 11, 20), extended=False,
                paused_days=0, identity_status="pending", created_at=at, updated_at=at))
            conn.execute(messages.insert().values(
                id=1, sha256="f" * 64, source="file", received_at=at, recorded_at=at, size=3, status="recognised",
                case_id=1, redacted=False))
            conn.execute(drafts.insert().values(
                id="00000000-0000-4000-8000-000000000001", case_id=1, kind="acknowledgment",
                dedup_key="acknowledgment", language="fr", status="draft", subject="Objet", body="Corps",
                attachments=[], send_attempts=0, send_uncertain=False, created_at=at, updated_at=at,
                appended_to_sent=False))

        upgrade(database_url)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0002"
            assert conn.execute(select(cases.c.ref, cases.c.received_at)).one() == ("DSR-2026-0001", at)
            assert conn.execute(select(messages.c.case_id)).scalar_one() == 1
            assert conn.execute(select(blobs.c.data)).scalar_one() == b"abc"
            assert conn.execute(select(drafts.c.subject)).scalar_one() == "Objet"
            conn.execute(web_sessions.insert().values(id="a" * 64, password_fingerprint="b" * 64, created_at=at,
                                                      last_seen_at=at, expires_at=at))
            conn.execute(login_failures.insert().values(client="c" * 64, failures=1, last_failed_at=at))
            assert conn.execute(select(web_sessions.c.expires_at)).scalar_one() == at

        command.downgrade(alembic_config(database_url), "0001")
        with engine.begin() as conn:
            assert not {"web_sessions", "login_failures"} & set(inspect(conn).get_table_names())
            assert conn.execute(select(cases.c.ref)).scalar_one() == "DSR-2026-0001"
        upgrade(database_url)
        with engine.begin() as conn:
            assert conn.execute(select(web_sessions)).first() is None
    finally:
        engine.dispose()
