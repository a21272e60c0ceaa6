"""Nothing is visible without login: anonymous requests never reach a page or an action.

Every path but the login page and the stylesheet needs a logged-in session. An anonymous
GET is sent to the login page (303); any other anonymous request is refused (401).
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOGIN_PATH = "/connexion"
PUBLIC_PREFIXES = ("/static/",)
PUBLIC_PATHS = frozenset({LOGIN_PATH})
SESSION_KEY = "auth"


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


class LoginGate:
    """Let logged-in sessions through; send others to the login page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_public(scope["path"]):
            await self.app(scope, receive, send)
            return
        session = scope.get("session") or {}
        if session.get(SESSION_KEY) is True:
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
