"""Server-side sessions and the persistent login throttle, on SQLite and PostgreSQL.

A session is a row of ``web_sessions`` (the sha256 of the token the signed cookie
carries): logout, ``dsr web revoke-sessions``, a new password and expiry each make an
existing cookie worthless. Wrong passwords are counted in ``login_failures``, so the
throttle holds across a restart of the desk.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
from base64 import b64decode
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import itsdangerous
import pytest
from click.testing import CliRunner
from dramatiq.brokers.stub import StubBroker
from sqlalchemy import select, update
from starlette.testclient import TestClient

from tests.workers.web.conftest import (
    CHEAP,
    PASSWORD,
    FakeClock,
    csrf_of,
    log_in,
    throttle_for,
    web_settings,
)
from workers.logging import configure_logging
from workers.runtime import Runtime, boot, set_current
from workers.store.db import Database
from workers.store.schema import login_failures, web_sessions
from workers.web.app import COOKIE, create_app
from workers.web.auth import SESSION_SECONDS, LoginThrottle, session_id, session_secret

REPO = Path(__file__).resolve().parents[3]
SECRET = "s" * 40  # web_settings' web_session_secret


@pytest.fixture
def desk(tmp_path: Path, database_url: str, stub_broker: StubBroker) -> Iterator[Runtime]:
    """A runtime over the test's fresh database (SQLite file, then PostgreSQL)."""
    rt = boot(web_settings(tmp_path / "data", database_url=database_url), with_broker=False)
    rt.broker = stub_broker
    yield rt
    set_current(None)
    rt.db.dispose()


def client_of(rt: Runtime, **options: object) -> TestClient:
    """A fresh browser on a fresh instance of the desk over ``rt``."""
    options.setdefault("throttle", throttle_for(rt, FakeClock()))
    return TestClient(create_app(rt, **options), base_url="http://127.0.0.1:8765",  # type: ignore[arg-type]
                      follow_redirects=False)


def token_in(cookie: str) -> str:
    """The session token inside a signed session cookie (as the desk reads it)."""
    data = itsdangerous.TimestampSigner(SECRET).unsign(cookie.encode())
    return str(json.loads(b64decode(data))["auth"])


def rows(rt: Runtime) -> list[dict[str, object]]:
    with rt.db.begin() as conn:
        return [dict(r) for r in conn.execute(select(web_sessions)).mappings()]


def logged_in_cookie(rt: Runtime) -> str:
    """Log in through the form on a new browser; returns its session cookie."""
    client = client_of(rt)
    log_in(client)
    cookie = client.cookies.get(COOKIE)
    assert cookie
    return cookie


def opens(rt: Runtime, cookie: str) -> bool:
    """Does ``cookie``, replayed by another browser on a new desk instance, open the desk?"""
    thief = client_of(rt)
    thief.cookies.set(COOKIE, cookie)
    response = thief.get("/demandes")
    assert response.status_code in (200, 303), response.status_code
    return response.status_code == 200


def run_dsr(args: list[str], rt: Runtime, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed ``dsr`` command on the desk's database, as the practitioner does."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env.update(DSR_CONFIG=str(tmp_path / "none.toml"), DSR_DATA_DIR=str(tmp_path / "data"),
               DSR_DATABASE_URL=rt.db.url)
    return subprocess.run([str(REPO / ".venv" / "bin" / "dsr"), *args], env=env, capture_output=True, text=True,
                          timeout=120, cwd=REPO, check=False)


def test_login_stores_only_the_hash_of_the_cookie_token(desk: Runtime) -> None:
    """A logged-in session works; its row is the sha256 of the cookie's token, with aware UTC times 12 h apart."""
    client = client_of(desk)
    log_in(client)
    assert client.get("/demandes").status_code == 200
    token = token_in(client.cookies[COOKIE])
    assert len(token) >= 43  # 32 random bytes, url-safe base64
    [row] = rows(desk)
    assert row["id"] == hashlib.sha256(token.encode()).hexdigest() == session_id(token)
    assert token not in json.dumps(row, default=str)
    created, seen, expires = row["created_at"], row["last_seen_at"], row["expires_at"]
    assert isinstance(created, datetime) and created.utcoffset() == timedelta(0) and seen == created
    assert expires - created == timedelta(seconds=SESSION_SECONDS)  # type: ignore[operator]


def test_logout_makes_the_same_cookie_worthless(desk: Runtime) -> None:
    """After « Se déconnecter », replaying the cookie from before logout opens nothing (GET nor POST)."""
    client = client_of(desk)
    csrf = log_in(client)
    before = client.cookies[COOKIE]
    assert opens(desk, before)
    assert client.post("/deconnexion", data={"csrf_token": csrf}).status_code == 303
    assert rows(desk) == []
    assert not opens(desk, before)
    thief = client_of(desk)
    thief.cookies.set(COOKIE, before)
    refused = thief.post("/deconnexion", data={"csrf_token": csrf})
    assert refused.status_code == 401


def test_revoke_sessions_command_closes_every_open_session(desk: Runtime, tmp_path: Path) -> None:
    """``dsr web revoke-sessions`` ends the sessions of every browser at once; she can log in again."""
    first, second = logged_in_cookie(desk), logged_in_cookie(desk)
    assert opens(desk, first) and opens(desk, second)
    result = run_dsr(["web", "revoke-sessions"], desk, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 sessions fermées" in result.stdout
    assert not opens(desk, first) and not opens(desk, second)
    assert rows(desk) == []
    again = run_dsr(["web", "revoke-sessions"], desk, tmp_path)
    assert again.returncode == 0 and "Aucune session ouverte" in again.stdout
    assert opens(desk, logged_in_cookie(desk))
    helped = run_dsr(["web", "revoke-sessions", "--help"], desk, tmp_path)
    assert "Fermer toutes les sessions" in helped.stdout and "cookie volé" in helped.stdout


def test_new_password_from_set_password_closes_every_session(desk: Runtime, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """``dsr web set-password`` deletes every session row as soon as the new hash is written."""
    from tests.workers.web.test_cli_web import _group

    cookie = logged_in_cookie(desk)
    monkeypatch.setenv("DSR_CONFIG", str(tmp_path / "dsr.toml"))
    monkeypatch.setenv("DSR_DATABASE_URL", desk.db.url)
    result = CliRunner().invoke(_group(), ["web", "set-password"], input="nouveau-secret-1\nnouveau-secret-1\n")
    assert result.exit_code == 0, result.output
    assert "1 session fermée" in result.output
    assert rows(desk) == []
    assert not opens(desk, cookie)


def test_desk_started_on_another_password_refuses_older_sessions(desk: Runtime) -> None:
    """A session opened under the old hash dies when the desk runs on a new one (env var, hand edit...)."""
    old_cookie = logged_in_cookie(desk)
    desk.settings.web_password_hash = CHEAP.hash("un-tout-autre-mot")
    assert not opens(desk, old_cookie)
    assert rows(desk) == []  # the dead row is removed when it is refused
    fresh = client_of(desk)
    log_in(fresh, "un-tout-autre-mot")
    assert fresh.get("/demandes").status_code == 200


def test_expired_row_is_refused(desk: Runtime) -> None:
    """A session whose row has expired is refused even though its signed cookie is still valid."""
    cookie = logged_in_cookie(desk)
    with desk.db.begin() as conn:
        conn.execute(update(web_sessions).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert not opens(desk, cookie)
    assert rows(desk) == []


def test_session_lasts_twelve_hours_after_she_was_last_seen(desk: Runtime) -> None:
    """Each visit pushes the end 12 h further (written at most once a minute); 12 h idle ends it."""
    now = [datetime(2026, 11, 27, 8, 0, tzinfo=UTC)]
    clock: Callable[[], datetime] = lambda: now[0]
    client = client_of(desk, clock=clock)
    log_in(client)
    now[0] += timedelta(hours=11)
    assert client.get("/demandes").status_code == 200
    [row] = rows(desk)
    assert row["last_seen_at"] == now[0] and row["expires_at"] == now[0] + timedelta(hours=12)
    now[0] += timedelta(seconds=30)
    assert client.get("/demandes").status_code == 200
    assert rows(desk)[0]["last_seen_at"] == now[0] - timedelta(seconds=30)  # not rewritten within the minute
    now[0] += timedelta(hours=12)
    assert client.get("/demandes").status_code == 303
    assert rows(desk) == []
    assert client.get("/connexion").status_code == 200  # the login page does not loop back to the desk


def test_login_removes_expired_rows(desk: Runtime) -> None:
    """Expired sessions are deleted at the next login; live ones are kept."""
    now = datetime.now(UTC)
    with desk.db.begin() as conn:
        conn.execute(web_sessions.insert(), [
            {"id": "a" * 64, "password_fingerprint": "0" * 64, "created_at": now - timedelta(days=2),
             "last_seen_at": now - timedelta(days=2), "expires_at": now - timedelta(days=1)},
            {"id": "b" * 64, "password_fingerprint": "0" * 64, "created_at": now,
             "last_seen_at": now, "expires_at": now + timedelta(hours=1)},
        ])
    logged_in_cookie(desk)
    ids = {row["id"] for row in rows(desk)}
    assert "a" * 64 not in ids and "b" * 64 in ids and len(ids) == 2


def _attempt(client: TestClient, password: str) -> object:
    page = client.get("/connexion")
    return client.post("/connexion", data={"password": password, "csrf_token": csrf_of(page.text)})


def test_throttle_survives_a_restart_of_the_desk(desk: Runtime, database_url: str) -> None:
    """Five wrong passwords, then the desk restarts (new process, same database): the client is still blocked."""
    clock = FakeClock()
    before = client_of(desk, throttle=throttle_for(desk, clock))
    for _ in range(4):
        assert _attempt(before, "faux").status_code == 401  # type: ignore[attr-defined]
    fifth = _attempt(before, "faux")
    assert fifth.status_code == 401 and fifth.headers["retry-after"] == "1"  # type: ignore[attr-defined]

    restarted = Runtime(settings=desk.settings, db=Database(database_url, migrate=False))  # a new engine
    try:
        after = client_of(restarted, throttle=throttle_for(restarted, clock))
        blocked = _attempt(after, PASSWORD)  # even the right password waits
        assert blocked.status_code == 429 and blocked.headers["retry-after"] == "1"  # type: ignore[attr-defined]
        clock.advance(1.5)
        sixth = _attempt(after, "faux")  # the count went on from five: 2 s now
        assert sixth.status_code == 401 and sixth.headers["retry-after"] == "2"  # type: ignore[attr-defined]
        assert _attempt(after, PASSWORD).status_code == 429  # type: ignore[attr-defined]
        clock.advance(2.1)
        assert _attempt(after, PASSWORD).status_code == 303  # type: ignore[attr-defined]
        with restarted.db.begin() as conn:
            assert conn.execute(select(login_failures)).first() is None  # a right password clears the count
    finally:
        restarted.db.dispose()


def test_default_throttle_is_shared_by_two_desk_instances(desk: Runtime) -> None:
    """Without injection, two desks on one database share the count, keyed by an HMAC (never the address)."""
    first = client_of(desk, throttle=None)
    for _ in range(5):
        assert _attempt(first, "faux").status_code == 401  # type: ignore[attr-defined]
    with desk.db.begin() as conn:
        [row] = conn.execute(select(login_failures)).mappings().all()
        # the lock is pushed further so that a slow machine cannot outlive the real 1 s one
        conn.execute(update(login_failures).values(locked_until=datetime.now(UTC) + timedelta(minutes=10)))
    assert row["failures"] == 5 and len(row["client"]) == 64 and "testclient" not in row["client"]
    assert row["locked_until"].utcoffset() == timedelta(0)
    same_key = LoginThrottle(desk.db, secret=session_secret(desk.settings))
    assert same_key.failures("testclient") == 5
    second = client_of(desk, throttle=None)
    blocked = _attempt(second, PASSWORD)
    assert blocked.status_code == 429  # type: ignore[attr-defined]
    assert 590 <= int(blocked.headers["retry-after"]) <= 601  # type: ignore[attr-defined]


def test_throttle_table_keeps_the_most_recent_clients(desk: Runtime) -> None:
    """Beyond ``max_clients`` the clients whose last failure is oldest are forgotten (bounded table)."""
    clock = FakeClock()
    throttle = throttle_for(desk, clock, max_clients=3)
    for client in ("a", "b", "c"):
        throttle.failure(client)
        clock.advance(1)
    throttle.failure("a")  # a failed again: b is now the oldest
    clock.advance(1)
    throttle.failure("d")
    assert [throttle.failures(c) for c in ("a", "b", "c", "d")] == [2, 0, 1, 1]


def test_throttle_counts_are_atomic_across_instances(desk: Runtime, database_url: str) -> None:
    """Failures recorded through two throttles (two processes) on one database add up."""
    other = Database(database_url, migrate=False)
    try:
        clock = FakeClock()
        one, two = throttle_for(desk, clock), LoginThrottle(other, clock, secret="t" * 40)
        delays = [(one if i % 2 else two).failure("1.2.3.4") for i in range(7)]
        assert delays == [0, 0, 0, 0, 1, 2, 4]
        assert one.failures("1.2.3.4") == two.failures("1.2.3.4") == 7
    finally:
        other.dispose()


def test_logs_carry_session_and_client_hashes_only(desk: Runtime) -> None:
    """Login, refusal and logout log short hashes: never the token, its full hash or the client's address."""
    logs = io.StringIO()
    configure_logging(level="INFO", stream=logs, json=True)
    client = client_of(desk)
    assert _attempt(client, "faux").status_code == 401  # type: ignore[attr-defined]
    csrf = log_in(client)
    token = token_in(client.cookies[COOKIE])
    cookie = client.cookies[COOKIE]
    client.post("/deconnexion", data={"csrf_token": csrf})
    assert not opens(desk, cookie)
    text = logs.getvalue()
    events = [json.loads(line)["event"] for line in text.splitlines() if line.startswith("{")]
    assert {"web.login_failed", "web.session_opened", "web.session_closed", "web.session_refused"} <= set(events)
    assert token not in text and session_id(token) not in text and session_id(token)[:12] in text
    assert "testclient" not in text
