"""Connexion and déconnexion.

A right password opens a server-side session (a row in ``web_sessions``; the cookie gets
only its token); logging out deletes that row, so the cookie is worthless afterwards.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from workers.logging import get_logger
from workers.web.auth import verify_password
from workers.web.csrf import new_token
from workers.web.gate import SESSION_KEY, is_logged_in
from workers.web.templating import flash, render
from workers.web.views.common import back_to, now, runtime

log = get_logger(__name__)

HOME = "/demandes"


def _client(request: Request) -> str:
    return request.client.host if request.client else "inconnu"


async def login_page(request: Request) -> Response:
    if is_logged_in(request):
        return RedirectResponse(HOME, status_code=303)
    return render(request, "login.html", _context(request, request.query_params.get("suivant")))


def _context(request: Request, target: str | None, error: str | None = None) -> dict[str, object]:
    configured = bool(runtime(request).settings.web_password_hash)
    return {"error": error, "suivant": back_to(target, HOME), "configured": configured}


async def login(request: Request) -> Response:
    form = await request.form()
    target = back_to(form.get("suivant"), HOME)
    throttle = request.app.state.throttle
    client = _client(request)
    wait = await run_in_threadpool(throttle.retry_after, client)
    if wait > 0:
        seconds = max(1, round(wait + 0.49))
        log.warning("web.login_throttled", client=throttle.key(client)[:12], retry_after=seconds)
        return render(request, "login.html", _context(
            request, target, f"Trop d'essais manqués : patientez {seconds} seconde{'s' if seconds > 1 else ''} "
                             "avant de réessayer."), status=429, headers={"Retry-After": str(seconds)})
    password = str(form.get("password") or "")
    stored = runtime(request).settings.web_password_hash
    if await run_in_threadpool(verify_password, stored, password):
        await run_in_threadpool(throttle.success, client)
        sessions = request.app.state.sessions
        previous = request.session.get(SESSION_KEY)
        if previous is not None:
            await run_in_threadpool(sessions.close, previous)
        token = await run_in_threadpool(sessions.open, stored, now(request))
        request.session.clear()
        request.session[SESSION_KEY] = token
        new_token(request.session)
        log.info("web.login")
        return RedirectResponse(target, status_code=303)
    delay = await run_in_threadpool(throttle.failure, client)
    log.warning("web.login_failed", client=throttle.key(client)[:12],
                failures=await run_in_threadpool(throttle.failures, client))
    headers = {"Retry-After": str(max(1, round(delay)))} if delay else None
    return render(request, "login.html", _context(request, target, "Mot de passe incorrect."),
                  status=401, headers=headers)


async def logout(request: Request) -> Response:
    token = request.session.get(SESSION_KEY)
    if token is not None:
        await run_in_threadpool(request.app.state.sessions.close, token)
    request.session.clear()
    flash(request, "Vous êtes déconnectée.")
    return RedirectResponse("/connexion", status_code=303)


ROUTES = [
    Route("/connexion", login_page, methods=["GET"]),
    Route("/connexion", login, methods=["POST"]),
    Route("/deconnexion", logout, methods=["POST"]),
]
