"""Security of the desk: nothing without login, CSRF on every form, safe email display, headers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from tests.workers.web.conftest import request_email
from workers.runtime import Runtime
from workers.store.drafts import list_drafts
from workers.web.headers import CSP

PUBLIC = {"/connexion"}


def concrete_routes(client: TestClient, ref: str, draft: str) -> list[tuple[str, str]]:
    """Every (method, path) of the app, with real parameters filled in."""
    found = []
    for route in client.app.routes:  # type: ignore[attr-defined]
        if not isinstance(route, Route) or route.path in PUBLIC:
            continue
        path = route.path.replace("{ref}", ref).replace("{draft_id}", draft).replace("{doc_id}", "1")
        for method in sorted(route.methods or []):
            if method != "HEAD":
                found.append((method, path))
    return found


@pytest.fixture
def ref_and_draft(runtime: Runtime, new_case: Callable[..., str]) -> tuple[str, str]:
    ref = new_case()
    with runtime.db.begin() as conn:
        draft = list_drafts(conn)[0]["id"]
    return ref, draft


def test_route_list_covers_every_page_and_action(app_client: TestClient, ref_and_draft: tuple[str, str]) -> None:
    """The enumeration the next tests rely on sees all pages and all actions."""
    routes = concrete_routes(app_client, *ref_and_draft)
    paths = {path for _, path in routes}
    assert {"/demandes", "/a-confirmer", "/registre", "/registre.csv"} <= paths
    assert sum(1 for method, _ in routes if method == "POST") >= 10


def test_every_page_and_action_refuses_anonymous(app_client: TestClient, ref_and_draft: tuple[str, str],
                                                 runtime: Runtime) -> None:
    """Anonymous GETs go to the login page; anonymous POSTs are refused with 401 and change nothing."""
    ref, draft = ref_and_draft
    for method, path in concrete_routes(app_client, ref, draft):
        response = app_client.request(method, path, data={"csrf_token": "x", "subject": "s", "body": "b"})
        if method == "GET":
            assert response.status_code == 303, path
            assert response.headers["location"].startswith("/connexion"), path
            assert ref not in response.text
        else:
            assert response.status_code == 401, (method, path)
    with runtime.db.begin() as conn:
        assert {d["status"] for d in list_drafts(conn)} == {"proposed"}


def test_unknown_paths_and_static_login_are_the_only_public_things(app_client: TestClient) -> None:
    """The login page and the stylesheet are public; an unknown path still needs login."""
    assert app_client.get("/connexion").status_code == 200
    assert app_client.get("/static/desk.css").status_code == 200
    assert app_client.get("/nimporte-quoi").status_code == 303


def test_every_post_without_csrf_token_is_refused(client: TestClient, ref_and_draft: tuple[str, str],
                                                  runtime: Runtime) -> None:
    """Logged in, a form without the token (or with a wrong one) gets 403 and nothing changes."""
    ref, draft = ref_and_draft
    posts = [(m, p) for m, p in concrete_routes(client, ref, draft) if m == "POST"]
    for _, path in posts:
        assert client.post(path, data={"subject": "s", "body": "b"}).status_code == 403, path
        assert client.post(path, data={"csrf_token": "faux" * 10}).status_code == 403, path
    with runtime.db.begin() as conn:
        assert {d["status"] for d in list_drafts(conn)} == {"proposed"}
    assert client.get("/demandes").status_code == 200  # still logged in: the logout was refused too


def test_csrf_token_of_another_session_is_refused(client: TestClient,
                                                  ref_and_draft: tuple[str, str]) -> None:
    """A token is bound to its session: a second session's token does not work in the first."""
    ref, _ = ref_and_draft
    other = TestClient(client.app, base_url="http://127.0.0.1:8765", follow_redirects=False)
    page = other.get("/connexion").text
    import re

    foreign = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert foreign is not None
    response = client.post(f"/demandes/{ref}/pas-une-demande", data={"csrf_token": foreign.group(1)})
    assert response.status_code == 403


def test_login_form_itself_needs_the_token(app_client: TestClient) -> None:
    """A login posted from another site (no token in its session) is refused."""
    from tests.workers.web.conftest import PASSWORD

    response = app_client.post("/connexion", data={"password": PASSWORD})
    assert response.status_code == 403


def test_multipart_post_is_refused(client: TestClient, ref_and_draft: tuple[str, str]) -> None:
    """Only urlencoded forms are accepted (the desk uploads nothing)."""
    ref, _ = ref_and_draft
    response = client.post(f"/demandes/{ref}/pas-une-demande", data={"csrf_token": client.csrf},  # type: ignore[attr-defined]
                           files={"f": ("a.txt", b"x")})
    assert response.status_code == 403


HOSTILE_HTML = (
    "<p>Je demande l'effacement de mes données.</p>"
    "<script>document.title='pwned'</script>"
    '<img src="https://tracker.example/pixel.gif?id=42" alt="pixel">'
    "<img src='http://tracker.example/b.png'>"
    '<a href="javascript:alert(1)">clic</a>'
    '<div style="background:url(https://tracker.example/css.png)" onmouseover="alert(2)">survol</div>'
    '<iframe src="https://evil.example/"></iframe>'
)


def test_hostile_email_is_shown_without_script_or_remote_image(client: TestClient, new_case: Callable[..., str]) -> None:
    """An email whose HTML holds a script and remote images is shown sanitised, under a strict CSP."""
    raw = request_email("Je demande l'effacement de toutes mes données personnelles (article 17 du RGPD).",
                        html=HOSTILE_HTML)
    ref = new_case(raw)
    response = client.get(f"/demandes/{ref}")
    assert response.status_code == 200
    page = response.text
    shown = page.split('<div class="courriel">', 1)[1].split("</div>", 1)[0]
    assert "effacement" in shown
    lowered = page.lower()
    assert "<script" not in lowered
    assert "tracker.example" not in lowered and "evil.example" not in lowered
    assert "javascript:" not in lowered and "onmouseover" not in lowered and "<iframe" not in lowered
    assert "images distantes bloquées" in page
    csp = response.headers["content-security-policy"]
    assert csp == CSP
    assert "script-src 'none'" in csp and "img-src 'self' data:" in csp


def test_security_headers_on_every_response(client: TestClient, app_client: TestClient) -> None:
    """CSP, nosniff, no framing, no referrer and no caching, on pages and on the login page."""
    for response in (client.get("/demandes"), client.get("/registre.csv"), client.get("/connexion")):
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["cache-control"] == "no-store"


def test_pages_carry_no_script_at_all(client: TestClient, ref_and_draft: tuple[str, str]) -> None:
    """The desk works without JavaScript: no page contains a script element."""
    ref, draft = ref_and_draft
    for path in ("/demandes", f"/demandes/{ref}", f"/brouillons/{draft}", "/a-confirmer", "/registre"):
        assert "<script" not in client.get(path).text.lower(), path


def test_open_redirect_after_login_is_refused(app_client: TestClient) -> None:
    """``suivant`` only leads to a page of the desk, never to another site."""
    from tests.workers.web.conftest import PASSWORD, csrf_of

    page = app_client.get("/connexion?suivant=//evil.example/")
    response = app_client.post("/connexion", data={"password": PASSWORD, "csrf_token": csrf_of(page.text),
                                                   "suivant": "//evil.example/"})
    assert response.status_code == 303
    assert response.headers["location"] == "/demandes"


def test_unknown_address_answers_in_french(client) -> None:  # type: ignore[no-untyped-def]
    """Starlette's English "Not Found" never reaches her: the error page speaks French."""
    response = client.get("/nulle-part")
    assert response.status_code == 404
    assert "Not Found" not in response.text
    assert "aucune page du bureau" in response.text
