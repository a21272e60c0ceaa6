"""What every page shares: the runtime, the clock, forms, redirects and action results."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse

from flows.deadlines import receipt_date
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.web.templating import flash
from workers.workflow.practitioner import ActionError

log = get_logger(__name__)

T = TypeVar("T")

REF_RE = re.compile(r"^DSR-\d{4}-\d{4,6}$")
DRAFT_ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def runtime(request: Request) -> Runtime:
    return request.app.state.runtime  # type: ignore[no-any-return]


def now(request: Request) -> datetime:
    return request.app.state.clock()  # type: ignore[no-any-return]


def today(request: Request) -> date:
    return receipt_date(now(request), runtime(request).settings.timezone)


def case_ref(request: Request) -> str:
    ref = str(request.path_params["ref"]).upper()
    if not REF_RE.match(ref):
        raise HTTPException(404, "Cette demande n'existe pas.")
    return ref


def draft_id(request: Request) -> str:
    value = str(request.path_params["draft_id"]).lower()
    if not DRAFT_ID_RE.match(value):
        raise HTTPException(404, "Ce brouillon n'existe pas.")
    return value


async def form(request: Request) -> FormData:
    return await request.form()


def back_to(value: Any, default: str) -> str:
    """A local path to go back to (never another site)."""
    if isinstance(value, str) and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default


async def act(request: Request, action: Callable[[], T], *, done: str | Callable[[T], str], back: str) -> RedirectResponse:
    """Run a practitioner action off the event loop; say what happened; go back to ``back``."""
    try:
        result = await run_in_threadpool(action)
    except ActionError as error:
        flash(request, str(error), "erreur")
    except Exception as error:  # the desk must say something rather than show a stack trace
        log.exception("web.action_failed", path=request.url.path, error_type=type(error).__name__)
        flash(request, "L'action n'a pas pu aboutir (erreur technique). Réessayez dans un instant ; "
                       "si cela persiste, vérifiez que le service DSR Desk tourne.", "erreur")
    else:
        flash(request, done(result) if callable(done) else done)
    return RedirectResponse(back, status_code=303)
