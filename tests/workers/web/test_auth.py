"""Login, sessions, cookie flags, the session secret and the wrong-password throttle."""

from __future__ import annotations

import stat
from pathlib import Path

from starlette.testclient import TestClient

from tests.workers.web.conftest import (
    PASSWORD,
    FakeClock,
    csrf_of,
    log_in,
    throttle_for,
    web_settings,
)
from workers.runtime import Runtime, boot, set_current
from workers.web.app import COOKIE, create_app, is_loopback
from workers.web.auth import hash_password, session_secret, verify_password


def _attempt(client: TestClient, password: str) -> object:
    page = client.get("/connexion")
    return client.post("/connexion", data={"password": password, "csrf_token": csrf_of(page.text)})


def test_right_password_logs_in_and_wrong_one_does_not(app_client: TestClient) -> None:
    """A wrong password shows a French error (401); the right one opens the desk."""
    wrong = _attempt(app_client, "pas le bon")
    assert wrong.status_code == 401  # type: ignore[attr-defined]
    assert "Mot de passe incorrect" in wrong.text  # type: ignore[attr-defined]
    assert app_client.get("/demandes").status_code == 303
    right = _attempt(app_client, PASSWORD)
    assert right.status_code == 303  # type: ignore[attr-defined]
    assert app_client.get("/demandes").status_code == 200


def test_login_goes_back_to_the_page_asked_for(app_client: TestClient) -> None:
    """After login she lands on the page she first tried to open."""
    first = app_client.get("/registre")
    assert first.headers["location"] == "/connexion?suivant=%2Fregistre"
    page = app_client.get(first.headers["location"])
    response = app_client.post("/connexion", data={"password": PASSWORD, "csrf_token": csrf_of(page.text),
                                                   "suivant": "/registre"})
    assert response.headers["location"] == "/registre"


def test_logout_ends_the_session(client: TestClient) -> None:
    """Se déconnecter: the desk is closed again."""
    response = client.post("/deconnexion", data={"csrf_token": client.csrf})  # type: ignore[attr-defined]
    assert response.status_code == 303
    assert client.get("/demandes").status_code == 303


def test_session_cookie_flags_on_localhost(app_client: TestClient) -> None:
    """On 127.0.0.1 the cookie is HttpOnly and SameSite=Strict, not Secure (plain HTTP)."""
    response = _attempt(app_client, PASSWORD)
    cookie = response.headers["set-cookie"].lower()  # type: ignore[attr-defined]
    assert cookie.startswith(f"{COOKIE}=")
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert "secure" not in cookie


def test_session_cookie_is_secure_off_localhost(tmp_path: Path) -> None:
    """Served on another address (behind HTTPS), the cookie gets the Secure flag."""
    rt = boot(web_settings(tmp_path / "d", web_host="0.0.0.0"), with_broker=False)
    try:
        client = TestClient(create_app(rt), base_url="https://desk.example", follow_redirects=False)
        page = client.get("/connexion")
        assert "secure" in page.headers["set-cookie"].lower()
        assert "samesite=strict" in page.headers["set-cookie"].lower()
    finally:
        set_current(None)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


def test_tampered_cookie_is_not_a_session(client: TestClient) -> None:
    """A session cookie whose signature does not match is ignored."""
    value = client.cookies.get(COOKIE)
    assert value
    client.cookies.set(COOKIE, value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB"))
    assert client.get("/demandes").status_code == 303


def test_five_wrong_passwords_slow_the_client_down(runtime: Runtime, clock: FakeClock) -> None:
    """After five wrong passwords in a row: 429 with Retry-After, growing, even for the right password."""
    throttle = throttle_for(runtime, clock)
    client = TestClient(create_app(runtime, throttle=throttle), base_url="http://127.0.0.1:8765",
                        follow_redirects=False)
    for _ in range(4):
        assert _attempt(client, "faux").status_code == 401  # type: ignore[attr-defined]
    fifth = _attempt(client, "faux")
    assert fifth.status_code == 401 and fifth.headers["retry-after"] == "1"  # type: ignore[attr-defined]
    blocked = _attempt(client, PASSWORD)  # even the right password waits
    assert blocked.status_code == 429  # type: ignore[attr-defined]
    assert blocked.headers["retry-after"] == "1"  # type: ignore[attr-defined]
    assert "patientez 1 seconde" in blocked.text  # type: ignore[attr-defined]
    assert client.get("/demandes").status_code == 303
    clock.advance(1.5)
    assert _attempt(client, "encore faux").status_code == 401  # type: ignore[attr-defined]  # sixth: 2 s
    clock.advance(1.0)
    assert _attempt(client, PASSWORD).status_code == 429  # type: ignore[attr-defined]
    clock.advance(1.1)
    assert _attempt(client, "faux").status_code == 401  # type: ignore[attr-defined]  # seventh: 4 s
    clock.advance(3.0)
    third = _attempt(client, PASSWORD)
    assert third.status_code == 429 and int(third.headers["retry-after"]) == 1  # type: ignore[attr-defined]
    clock.advance(1.1)
    assert _attempt(client, PASSWORD).status_code == 303  # type: ignore[attr-defined]
    assert throttle.failures("testclient") == 0


def test_throttle_delays_double_and_are_capped(runtime: Runtime) -> None:
    """1, 2, 4, 8 s ... never more than the cap; other clients are not affected."""
    clock = FakeClock()
    throttle = throttle_for(runtime, clock, cap=10.0)
    delays = [throttle.failure("a") for _ in range(9)]
    assert delays == [0, 0, 0, 0, 1, 2, 4, 8, 10]
    assert throttle.retry_after("a") == 10.0
    assert throttle.retry_after("b") == 0.0
    throttle.success("a")
    assert throttle.retry_after("a") == 0.0


def test_no_password_configured_refuses_every_login(tmp_path: Path) -> None:
    """Without web_password_hash the login page says how to set it and nothing logs in."""
    rt = boot(web_settings(tmp_path / "d", web_password_hash=None), with_broker=False)
    try:
        client = TestClient(create_app(rt), follow_redirects=False)
        page = client.get("/connexion")
        assert "dsr web set-password" in page.text
        assert _attempt(client, "").status_code == 401  # type: ignore[attr-defined]
        assert _attempt(client, PASSWORD).status_code == 401  # type: ignore[attr-defined]
    finally:
        set_current(None)


def test_verify_password_handles_broken_hashes() -> None:
    """A garbled hash or an empty password never logs in (and never raises)."""
    good = hash_password("un mot de passe")
    assert verify_password(good, "un mot de passe")
    assert not verify_password(good, "autre")
    assert not verify_password("pas-un-hash", "x")
    assert not verify_password(None, "x")
    assert not verify_password(good, "")


def test_generated_session_secret_is_kept_private(tmp_path: Path) -> None:
    """Without web_session_secret, a random one is written once to data_dir/web-secret (0600)."""
    settings = web_settings(tmp_path / "d", web_session_secret=None)
    first = session_secret(settings)
    path = tmp_path / "d" / "web-secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) >= 40
    assert session_secret(settings) == first


def test_session_survives_a_restart_with_the_stored_secret(tmp_path: Path) -> None:
    """Two apps over the same data_dir accept each other's cookies (restart keeps her logged in)."""
    rt = boot(web_settings(tmp_path / "d", web_session_secret=None), with_broker=False)
    try:
        first = TestClient(create_app(rt), follow_redirects=False)
        log_in(first)
        second = TestClient(create_app(rt), follow_redirects=False)
        second.cookies = first.cookies
        assert second.get("/demandes").status_code == 200
    finally:
        set_current(None)
