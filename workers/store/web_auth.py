"""The web desk's login state in the store: server-side sessions and the login throttle.

Sessions: a row per logged-in browser, keyed by the sha256 of the token its cookie carries
(the token itself is never stored). A session is alive while its row exists, has not
expired and was opened under the password in force. Deleting rows ends sessions at once.

Login failures: wrong passwords in a row per client (a keyed hash of its address), shared
by every desk process on the database and kept across restarts.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from workers.store.schema import login_failures, web_sessions
from workers.store.util import upsert

# -- sessions ----------------------------------------------------------------------------------


def create_session(conn: Connection, session_id: str, fingerprint: str, now: datetime, lifetime: timedelta) -> None:
    """A new session ``session_id`` (the token's hash), alive for ``lifetime`` from ``now``."""
    conn.execute(web_sessions.insert().values(
        id=session_id, password_fingerprint=fingerprint, created_at=now, last_seen_at=now, expires_at=now + lifetime,
    ))


def get_session(conn: Connection, session_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(web_sessions).where(web_sessions.c.id == session_id)).mappings().first()
    return dict(row) if row is not None else None


def touch_session(conn: Connection, session_id: str, now: datetime, lifetime: timedelta) -> bool:
    """Seen at ``now``: the session now lasts ``lifetime`` from ``now`` (unless already expired)."""
    result = conn.execute(
        update(web_sessions)
        .where(web_sessions.c.id == session_id, web_sessions.c.expires_at > now)
        .values(last_seen_at=now, expires_at=now + lifetime)
    )
    return result.rowcount == 1


def delete_session(conn: Connection, session_id: str) -> bool:
    """End one session; True when it existed."""
    return conn.execute(delete(web_sessions).where(web_sessions.c.id == session_id)).rowcount == 1


def delete_all_sessions(conn: Connection) -> int:
    """End every session (revocation); returns how many there were."""
    return int(conn.execute(delete(web_sessions)).rowcount)


def delete_expired_sessions(conn: Connection, now: datetime) -> int:
    """Remove sessions expired at ``now``; returns how many."""
    return int(conn.execute(delete(web_sessions).where(web_sessions.c.expires_at <= now)).rowcount)


def count_sessions(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(web_sessions)).scalar_one())


# -- login failures ----------------------------------------------------------------------------


def get_failures(conn: Connection, client: str) -> dict[str, Any] | None:
    row = conn.execute(select(login_failures).where(login_failures.c.client == client)).mappings().first()
    return dict(row) if row is not None else None


def add_failure(conn: Connection, client: str, now: datetime) -> int:
    """One more wrong password for ``client`` (atomic upsert); returns its count in a row."""
    return int(upsert(
        conn, login_failures, {"client": client, "failures": 1, "last_failed_at": now, "locked_until": None}, ["client"],
        {"failures": login_failures.c.failures + 1, "last_failed_at": now}, returning=login_failures.c.failures,
    ))


def lock_client(conn: Connection, client: str, until: datetime) -> None:
    conn.execute(update(login_failures).where(login_failures.c.client == client).values(locked_until=until))


def clear_failures(conn: Connection, client: str) -> None:
    conn.execute(delete(login_failures).where(login_failures.c.client == client))


def forget_oldest_failures(conn: Connection, keep: int) -> int:
    """Keep only the ``keep`` clients that failed most recently; returns how many were forgotten."""
    total = int(conn.execute(select(func.count()).select_from(login_failures)).scalar_one())
    if total <= keep:
        return 0
    oldest = (select(login_failures.c.client)
              .order_by(login_failures.c.last_failed_at, login_failures.c.client)
              .limit(total - keep))
    clients = list(conn.execute(oldest).scalars())
    return int(conn.execute(delete(login_failures).where(login_failures.c.client.in_(clients))).rowcount)
