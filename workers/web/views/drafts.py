"""A draft: the proposed message beside an editor; preview, approve-and-send, discard; and,
when a sending was interrupted (uncertain), "it did go out" or "send it again"."""

from __future__ import annotations

import re
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from workers.store import cases as case_store
from workers.store import drafts as draft_store
from workers.web.templating import render
from workers.web.views.common import act, draft_id, now, runtime
from workers.workflow import practitioner

EDITABLE = ("proposed", "edited")
MAX_SUBJECT = 300
MAX_BODY = 200_000


def _load(request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
    key = draft_id(request)
    with runtime(request).db.begin() as conn:
        try:
            draft = draft_store.get_draft(conn, key)
        except draft_store.DraftNotFound:
            raise HTTPException(404, "Ce brouillon n'existe pas.") from None
        case = case_store.get_case(conn, int(draft["case_id"]))
    assert case is not None
    return draft, case


def is_uncertain(draft: dict[str, Any]) -> bool:
    """Approved, and its hand-over to the SMTP server was interrupted: she must say whether it left."""
    return draft["status"] == "approved" and bool(draft["send_uncertain"])


def clean_subject(value: object) -> str:
    """One line, no control characters (a header cannot be split), at most 300 characters."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", str(value or "")).strip()[:MAX_SUBJECT]


def clean_body(value: object) -> str:
    """Browser line ends (CRLF) back to LF, so an untouched body compares equal."""
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n")[:MAX_BODY]


def _page(request: Request, draft: dict[str, Any], case: dict[str, Any], *, subject: str, body: str,
          preview: bool, error: str | None = None, status: int = 200) -> Response:
    return render(request, "draft.html", {
        "d": draft, "c": case, "subject": subject, "body": body, "preview": preview, "error": error,
        "editable": draft["status"] in EDITABLE, "uncertain": is_uncertain(draft),
        "to": draft["to_addr"] or case["requester_email"] or "",
    }, status=status)


async def draft_page(request: Request) -> Response:
    draft, case = _load(request)
    return _page(request, draft, case, subject=draft["subject"], body=draft["body"], preview=False)


async def preview(request: Request) -> Response:
    draft, case = _load(request)
    form = await request.form()
    return _page(request, draft, case, subject=clean_subject(form.get("subject")),
                 body=clean_body(form.get("body")), preview=True)


async def approve(request: Request) -> Response:
    draft, case = _load(request)
    form = await request.form()
    subject, body = clean_subject(form.get("subject")), clean_body(form.get("body"))
    if not subject or not body.strip():
        return _page(request, draft, case, subject=subject, body=body, preview=True, status=400,
                     error="L'objet et le texte ne peuvent pas être vides.")
    rt, at = runtime(request), now(request)
    changed = subject != draft["subject"] or body != draft["body"]

    def run() -> None:
        if changed:
            practitioner.edit_draft(rt, draft["id"], subject, body, at)
        practitioner.approve_draft(rt, draft["id"], at)

    done = "Message validé" + (" avec vos corrections" if changed else "") + " : il part dans un instant."
    return await act(request, run, done=done, back=f"/demandes/{case['ref']}")


async def discard(request: Request) -> Response:
    draft, case = _load(request)
    return await act(request, lambda: practitioner.discard_draft(runtime(request), draft["id"], now(request)),
                     done="Brouillon abandonné : il ne sera pas envoyé.", back=f"/demandes/{case['ref']}")


async def confirm_sent(request: Request) -> Response:
    draft, case = _load(request)
    return await act(request, lambda: practitioner.confirm_sent(runtime(request), draft["id"], now(request)),
                     done="Message marqué comme envoyé : rien n'a été renvoyé.", back=f"/demandes/{case['ref']}")


async def resend(request: Request) -> Response:
    draft, case = _load(request)
    return await act(request, lambda: practitioner.resend_uncertain(runtime(request), draft["id"], now(request)),
                     done="Nouvel envoi demandé : le message repart dans un instant.", back=f"/demandes/{case['ref']}")


ROUTES = [
    Route("/brouillons/{draft_id}", draft_page, methods=["GET"]),
    Route("/brouillons/{draft_id}/apercu", preview, methods=["POST"]),
    Route("/brouillons/{draft_id}/valider", approve, methods=["POST"]),
    Route("/brouillons/{draft_id}/abandonner", discard, methods=["POST"]),
    Route("/brouillons/{draft_id}/bien-parti", confirm_sent, methods=["POST"]),
    Route("/brouillons/{draft_id}/renvoyer", resend, methods=["POST"]),
]
