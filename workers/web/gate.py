"""Nothing is visible without login: anonymous requests never reach a page or an action.

Every path but the login page and the stylesheet needs a logged-in session. The signed
cookie only carries a token; the session is the row of that token in ``web_sessions``
(see :class:`workers.web.auth.SessionStore`). A token whose row is gone (logout,
``dsr web revoke-sessions``, new password) or has expired is dropped from the cookie, and
the request is anonymous. An anonymous GET is sent to the login page (303); any other
anonymous request is refused (401).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOGIN_PATH = "/connexion"
PUBLIC_PREFIXES = ("/static/",)
PUBLIC_PATHS = frozenset({LOGIN_PATH})
#: Where the signed cookie keeps the session's token.
SESSION_KEY = "auth"
#: Where the gate leaves the id (token hash) of the live session, for this request only.
SCOPE_KEY = "dsr.web_session"


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def is_logged_in(request: Request) -> bool:
    """True when the gate found a live session for this request."""
    return bool(request.scope.get(SCOPE_KEY))


def _check(scope: Scope, token: Any) -> str | None:
    state = scope["app"].state
    password_hash = state.runtime.settings.web_password_hash
    sid: str | None = state.sessions.check(token, password_hash, state.clock())
    return sid


class LoginGate:
    """Let requests of a live session through; send others to the login page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(PUBLIC_PREFIXES):
            await self.app(scope, receive, send)
            return
        scope.pop(SCOPE_KEY, None)
        session = scope.get("session")
        token = session.get(SESSION_KEY) if session is not None else None
        if token is not None:
            sid = await run_in_threadpool(_check, scope, token)
            if sid is None:
                session.clear()  # type: ignore[union-attr]  # a dead session: the cookie is emptied
            else:
                scope[SCOPE_KEY] = sid
        if scope.get(SCOPE_KEY) or is_public(scope["path"]):
            await self.app(scope, receive, send)
            return
        if scope["method"] in ("GET", "HEAD"):
            target = scope["path"]
            if scope.get("query_string"):
                target += "?" + scope["query_string"].decode("latin-1")
            url = LOGIN_PATH + ("?suivant=" + quote(target, safe="") if target not in ("/", "") else "")
            await RedirectResponse(url, status_code=303)(scope, receive, send)
            return
        await PlainTextResponse("Connexion requise.", status_code=401)(scope, receive, send)
