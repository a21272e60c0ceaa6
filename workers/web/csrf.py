"""CSRF protection: one random token per session, required in every form sent by POST.

The token lives in the signed session cookie and is written into each form as the hidden
field ``csrf_token``. :class:`CsrfMiddleware` reads the body of every unsafe request
(POST, PUT, PATCH, DELETE), refuses it with 403 unless it is a urlencoded form carrying
the session's token, then hands the same body on to the page. Together with the
``SameSite=Strict`` cookie, a page of another site cannot act on her behalf.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

FIELD = "csrf_token"
SESSION_KEY = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Largest form body accepted (the longest form is a draft: subject and body).
MAX_BODY = 1024 * 1024
FORM_TYPE = "application/x-www-form-urlencoded"


def csrf_token(request: Request) -> str:
    """The session's token, created on first use."""
    token = request.session.get(SESSION_KEY)
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_KEY] = token
    return token


def new_token(session: dict[str, Any]) -> str:
    """A fresh token (at login, so a token seen before login is useless after)."""
    token = secrets.token_urlsafe(32)
    session[SESSION_KEY] = token
    return token


class CsrfMiddleware:
    """Refuse unsafe requests without the session's token; pass the body on unchanged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        body, too_big = await _read_body(receive)
        if too_big:
            await PlainTextResponse("Formulaire trop volumineux.", status_code=413)(scope, receive, send)
            return
        if not _token_ok(scope, body):
            response = PlainTextResponse(
                "Formulaire refusé : jeton de sécurité absent ou périmé. Rechargez la page et recommencez.",
                status_code=403,
            )
            await response(scope, receive, send)
            return

        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


def _token_ok(scope: Scope, body: bytes) -> bool:
    session = scope.get("session") or {}
    expected = session.get(SESSION_KEY)
    if not isinstance(expected, str) or not expected:
        return False
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type != FORM_TYPE:
        return False
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=1000)
    except (UnicodeDecodeError, ValueError):
        return False
    given = fields.get(FIELD, [])
    return len(given) == 1 and hmac.compare_digest(given[0].encode(), expected.encode())
