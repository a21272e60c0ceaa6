"""Rendering the desk's pages: one jinja2 environment (autoescaped), French filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from workers.web import labels
from workers.web.csrf import FIELD, csrf_token
from workers.web.gate import is_logged_in

FLASH_KEY = "flash"


def make_environment(templates_dir: Path, tz: str) -> Environment:
    """The environment of ``templates_dir/web``; autoescape is on for every template."""
    env = Environment(
        loader=FileSystemLoader(str(Path(templates_dir) / "web")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["date_fr"] = lambda value: labels.fr_date(value, tz)
    env.filters["datetime_fr"] = lambda value: labels.fr_datetime(value, tz)
    env.filters["long_date_fr"] = labels.fr_long_date
    env.filters["rights_fr"] = labels.rights_fr
    env.filters["state_fr"] = labels.state_fr
    env.filters["draft_kind_fr"] = lambda kind: labels.DRAFT_KIND_FR.get(kind, kind)
    env.filters["draft_status_fr"] = lambda status: labels.DRAFT_STATUS_FR.get(status, status)
    env.filters["identity_fr"] = lambda status: labels.IDENTITY_FR.get(status, status)
    env.filters["event_fr"] = lambda kind: labels.EVENT_FR.get(kind, kind)
    env.filters["connector_status_fr"] = lambda status: labels.CONNECTOR_STATUS_FR.get(status, status)
    env.filters["system_fr"] = lambda system: labels.SYSTEM_FR.get(system, system)
    env.filters["record_kind_fr"] = lambda kind: labels.RECORD_KIND_FR.get(kind, kind)
    env.filters["outcome_fr"] = labels.outcome_fr
    return env


def flash(request: Request, text: str, kind: str = "ok") -> None:
    """A message shown once, on the next page (``ok`` or ``erreur``)."""
    request.session[FLASH_KEY] = {"kind": kind, "text": text}


def render(request: Request, template: str, context: dict[str, Any] | None = None, *, status: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    """Render ``template`` with the common context (CSRF token, flash message, current page)."""
    env: Environment = request.app.state.templates
    logged_in = is_logged_in(request)
    values: dict[str, Any] = {
        "request": request,
        "csrf_field": FIELD,
        "csrf_token": csrf_token(request),
        "flash": request.session.pop(FLASH_KEY, None),
        "logged_in": logged_in,
        "path": request.url.path,
        "counts": request.app.state.counts(request) if logged_in else {},
    }
    values.update(context or {})
    html = env.get_template(template).render(values)
    return HTMLResponse(html, status_code=status, headers=headers)
