"""The Starlette application of the desk: ``create_app(runtime)``.

Middleware, outermost first: security headers (CSP...), signed-cookie session
(``HttpOnly``, ``SameSite=Strict``, ``Secure`` unless served on loopback over plain HTTP),
the login gate (nothing visible without a live server-side session, see
:mod:`workers.web.auth`), then CSRF (every POST carries the
session's token). Pages are in :mod:`workers.web.views`.

Cookies and HTTPS: on 127.0.0.1/localhost the desk speaks plain HTTP and the cookie
cannot be ``Secure`` (the browser would never send it back). When ``web_host`` is
anything else the cookie is marked ``Secure``: the desk must then be reached through an
HTTPS reverse proxy. ``secure_cookies`` overrides the choice.
"""

from __future__ import annotations

from http import HTTPStatus

import ipaddress
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from workers.runtime import Runtime, utcnow
from workers.web import queries
from workers.web.auth import SESSION_SECONDS, LoginThrottle, SessionStore, session_secret
from workers.web.csrf import CsrfMiddleware
from workers.web.gate import LoginGate
from workers.web.headers import SecurityHeaders
from workers.web.templating import make_environment, render
from workers.web.views import case, cases, drafts, login, register

STATIC_DIR = Path(__file__).resolve().parent / "static"
COOKIE = "dsr_session"


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


async def _error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    titles = {404: "Page introuvable", 405: "Action impossible"}
    # Starlette's own errors carry English text ("Not Found"); ours carry a French sentence.
    generic = {404: "Cette adresse ne correspond à aucune page du bureau.",
               405: "Cette action n'est pas possible à cette adresse."}
    detail = exc.detail
    if detail == HTTPStatus(exc.status_code).phrase:
        detail = generic.get(exc.status_code, "Une erreur est survenue.")
    return render(request, "error.html", {"title": titles.get(exc.status_code, "Erreur"), "detail": detail},
                  status=exc.status_code)


def create_app(
    runtime: Runtime,
    *,
    clock: Callable[[], datetime] = utcnow,
    throttle: LoginThrottle | None = None,
    secure_cookies: bool | None = None,
) -> Starlette:
    """The desk over ``runtime`` (its database; its broker for the actions that queue work)."""
    settings = runtime.settings
    secure = (not is_loopback(settings.web_host)) if secure_cookies is None else secure_cookies
    secret = session_secret(settings)
    middleware = [
        Middleware(SecurityHeaders),
        # The cookie lasts 12 hours after its last change; the session row, 12 hours after
        # she was last seen; either ending ends the session.
        Middleware(SessionMiddleware, secret_key=secret, session_cookie=COOKIE,
                   max_age=SESSION_SECONDS, same_site="strict", https_only=secure),
        Middleware(LoginGate),
        Middleware(CsrfMiddleware),
    ]
    routes: list[Any] = [
        *login.ROUTES, *cases.ROUTES, *case.ROUTES, *drafts.ROUTES, *register.ROUTES,
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: _error_page})
    app.state.runtime = runtime
    app.state.clock = clock
    app.state.throttle = throttle or LoginThrottle(runtime.db, secret=secret)
    app.state.sessions = SessionStore(runtime.db, lifetime=SESSION_SECONDS)
    app.state.templates = make_environment(settings.templates_dir, settings.timezone)
    app.state.secure_cookies = secure

    def counts(request: Request) -> dict[str, int]:
        with runtime.db.begin() as conn:
            return queries.counts(conn)

    app.state.counts = counts
    return app
