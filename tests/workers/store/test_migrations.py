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
