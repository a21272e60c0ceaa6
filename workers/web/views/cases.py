"""Demandes: open cases by urgency (closed ones behind a filter), and Messages à confirmer."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from workers.web import queries
from workers.web.templating import render
from workers.web.views.common import runtime, today


async def home(request: Request) -> Response:
    return RedirectResponse("/demandes", status_code=303)


async def case_list(request: Request) -> Response:
    closed = request.query_params.get("vue") == "closes"
    with runtime(request).db.begin() as conn:
        rows = queries.case_rows(conn, today(request), closed=closed)
    return render(request, "cases.html", {"rows": rows, "closed": closed})


async def review(request: Request) -> Response:
    with runtime(request).db.begin() as conn:
        rows = queries.review_rows(conn)
    return render(request, "review.html", {"rows": rows})


ROUTES = [
    Route("/", home, methods=["GET"]),
    Route("/demandes", case_list, methods=["GET"]),
    Route("/a-confirmer", review, methods=["GET"]),
]
