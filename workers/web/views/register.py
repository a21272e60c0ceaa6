"""Registre: every case with its dates and outcome, and its CSV export."""

from __future__ import annotations

import csv
import io
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from workers.web import labels, queries
from workers.web.templating import render
from workers.web.views.common import runtime, today

COLUMNS = (
    "Référence", "Reçue le", "Accusé de réception le", "Répondue le", "Clôturée le", "Droits",
    "Échéance", "Prolongée", "Issue",
)


def _cells(case: dict[str, Any], tz: str) -> list[str]:
    return [
        case["ref"],
        labels.fr_date(case["received_at"], tz),
        labels.fr_date(case["acknowledged_at"], tz),
        labels.fr_date(case["answered_at"], tz),
        labels.fr_date(case["closed_at"], tz),
        labels.rights_fr(case["rights"]),
        labels.fr_date(case["due_date"], tz),
        "oui" if case["extended"] else "non",
        labels.outcome_fr(case),
    ]


def _safe_cell(value: str) -> str:
    """No spreadsheet formula: a cell starting with = + - @ is prefixed with '."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def register_csv(rows: list[dict[str, Any]], tz: str) -> str:
    """The register as CSV for a French spreadsheet: ``;`` separated, UTF-8 with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for case in rows:
        writer.writerow([_safe_cell(cell) for cell in _cells(case, tz)])
    return "\ufeff" + out.getvalue()


async def register_page(request: Request) -> Response:
    with runtime(request).db.begin() as conn:
        rows = queries.register_rows(conn)
    return render(request, "register.html", {"rows": rows, "columns": COLUMNS})


async def register_export(request: Request) -> Response:
    rt = runtime(request)
    with rt.db.begin() as conn:
        rows = queries.register_rows(conn)
    name = f"registre-demandes-rgpd-{today(request).isoformat()}.csv"
    return Response(register_csv(rows, rt.settings.timezone).encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


ROUTES = [
    Route("/registre", register_page, methods=["GET"]),
    Route("/registre.csv", register_export, methods=["GET"]),
]
