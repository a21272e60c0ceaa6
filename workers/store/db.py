"""The database handle the workers share: an engine, created once per process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Connection, Engine

from workers.store.engine import make_engine, upgrade


class Database:
    """An engine plus the habit of short transactions: ``with db.begin() as conn``."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        if migrate:
            upgrade(url)
        self.engine: Engine = make_engine(url)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def checkpoint(self) -> None:
        """SQLite: move the WAL into the database file now (a quiet moment), without blocking."""
        if self.dialect != "sqlite":
            return
        raw = self.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            raw.close()

    def dispose(self) -> None:
        self.engine.dispose()


@lru_cache(maxsize=8)
def database_for(url: str) -> Database:
    """One migrated :class:`Database` per URL and process."""
    return Database(url)
