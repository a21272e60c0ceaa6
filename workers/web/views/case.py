"""One case: the email, the recognition, identity, collection, erasure plan, timeline,
deadline; and the actions she takes on it (all through workers.workflow.practitioner)."""

from __future__ import annotations

import re

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from flows.deadlines import extension_notice_by
from workers.store import cases as case_store
from workers.web import queries
from workers.web.templating import render
from workers.web.views.common import act, back_to, case_ref, now, runtime, today
from workers.workflow import practitioner

#: Identity documents shown in the browser; anything else is downloaded.
INLINE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def _url(ref: str) -> str:
    return f"/demandes/{ref}"


async def case_page(request: Request) -> Response:
    ref = case_ref(request)
    rt = runtime(request)
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, ref)
        if case is None:
            raise HTTPException(404, "Cette demande n'existe pas.")
        limit = extension_notice_by(case["receipt_date"], rt.settings.holidays_subdiv, paused_days=case["paused_days"])
        view = queries.case_view(conn, ref, today(request), limit)
    assert view is not None
    return render(request, "case.html", {"v": view, "c": view.case, "extension_limit": limit})


async def identity_document(request: Request) -> Response:
    ref = case_ref(request)
    try:
        doc_id = int(request.path_params["doc_id"])
    except ValueError:
        raise HTTPException(404, "Cette pièce n'existe pas.") from None
    with runtime(request).db.begin() as conn:
        doc = queries.identity_document(conn, ref, doc_id)
    if doc is None:
        raise HTTPException(404, "Cette pièce n'existe plus (elle est supprimée une fois vérifiée).")
    inline = doc["content_type"] in INLINE_TYPES
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", doc["filename"])[:80] or "piece"
    return Response(
        bytes(doc["data"]),
        media_type=doc["content_type"] if inline else "application/octet-stream",
        headers={
            "Content-Disposition": f'{"inline" if inline else "attachment"}; filename="{name}"',
            "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
        },
    )


async def not_a_request(request: Request) -> Response:
    ref = case_ref(request)
    form = await request.form()
    back = back_to(form.get("retour"), _url(ref))
    return await act(request, lambda: practitioner.not_a_request(runtime(request), ref, now(request)),
                     done=f"{ref} : classée, ce n'est pas une demande.", back=back)


async def confirm(request: Request) -> Response:
    ref = case_ref(request)
    form = await request.form()
    back = back_to(form.get("retour"), _url(ref))
    return await act(request, lambda: practitioner.confirm_request(runtime(request), ref, now(request)),
                     done=f"{ref} : demande confirmée, l'accusé de réception est en préparation.", back=back)


async def correct_rights(request: Request) -> Response:
    ref = case_ref(request)
    form = await request.form()
    rights = [str(r) for r in form.getlist("droits")]
    if not rights:
        def refuse() -> None:
            raise practitioner.ActionError("cochez au moins un droit")

        return await act(request, refuse, done="", back=_url(ref))
    return await act(request, lambda: practitioner.correct_rights(runtime(request), ref, rights, now(request)),
                     done="Droits corrigés.", back=_url(ref))


async def identity_checked(request: Request) -> Response:
    ref = case_ref(request)

    def done(deleted: int) -> str:
        pieces = f"{deleted} pièce{'s' if deleted > 1 else ''} supprimée{'s' if deleted > 1 else ''}"
        return f"Identité vérifiée ({pieces}) ; la recherche des données commence."

    return await act(request, lambda: practitioner.identity_checked(runtime(request), ref, now(request)),
                     done=done, back=_url(ref))


async def extend(request: Request) -> Response:
    ref = case_ref(request)
    form = await request.form()
    reasons = [line.strip() for line in str(form.get("motifs") or "").splitlines() if line.strip()][:10]
    result: dict[str, str] = {}

    def run() -> str:
        result["draft"] = practitioner.extend(runtime(request), ref, reasons, now(request))
        return result["draft"]

    response = await act(request, run, done="Délai prolongé de deux mois. Relisez puis envoyez la notification "
                                            "ci-dessous : la personne doit être prévenue.", back=_url(ref))
    if "draft" in result:
        response.headers["location"] = f"/brouillons/{result['draft']}"
    return response


async def retry_collection(request: Request) -> Response:
    ref = case_ref(request)

    def done(systems: list[str]) -> str:
        return ("Nouvelle tentative lancée : " + ", ".join(systems)) if systems else "Aucune recherche en échec."

    return await act(request, lambda: practitioner.retry_collection(runtime(request), ref, now(request)),
                     done=done, back=_url(ref))


ROUTES = [
    Route("/demandes/{ref}", case_page, methods=["GET"]),
    Route("/demandes/{ref}/pieces/{doc_id}", identity_document, methods=["GET"]),
    Route("/demandes/{ref}/pas-une-demande", not_a_request, methods=["POST"]),
    Route("/demandes/{ref}/confirmer", confirm, methods=["POST"]),
    Route("/demandes/{ref}/droits", correct_rights, methods=["POST"]),
    Route("/demandes/{ref}/identite-verifiee", identity_checked, methods=["POST"]),
    Route("/demandes/{ref}/prolonger", extend, methods=["POST"]),
    Route("/demandes/{ref}/relancer-collecte", retry_collection, methods=["POST"]),
]
