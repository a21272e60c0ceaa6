"""Small dialect-aware helpers shared by the store modules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def insert_ignore(conn: Connection, table: Table, values: dict[str, Any], keys: Sequence[str]) -> bool:
    """INSERT unless a row with the same ``keys`` exists; True when a row was inserted.

    The answer comes from ``RETURNING`` (a row back means inserted): the driver's row count
    is not reliable for ``ON CONFLICT DO NOTHING`` (psycopg reports -1)."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        stmt: Any = postgresql.insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    elif dialect == "sqlite":
        stmt = sqlite.insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    else:  # pragma: no cover - only the two supported databases
        raise RuntimeError(f"unsupported database: {dialect}")
    returned = conn.execute(stmt.returning(*(table.c[key] for key in keys))).first()
    return returned is not None


def upsert(
    conn: Connection, table: Table, values: dict[str, Any], keys: Sequence[str], update: dict[str, Any],
    returning: ColumnElement[Any] | None = None,
) -> Any:
    """INSERT, or UPDATE ``update`` on the row with the same ``keys``, in one atomic statement.

    With ``returning``, the value of that column in the row as written."""
    dialect = conn.dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(table).values(**values).on_conflict_do_update(index_elements=keys, set_=update)
    if returning is None:
        conn.execute(stmt)
        return None
    return conn.execute(stmt.returning(returning)).scalar_one()
