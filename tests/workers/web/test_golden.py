"""Golden files for every page of the web desk, and StrictUndefined on its templates.

Each template of templates/web/ is rendered through the desk's own ``render`` (the common
context: CSRF field and token, flash message, navigation counts, current path) with a fixed
context shaped exactly as the views build it: store rows carry every column of their table,
the case page gets a real :class:`~workers.web.queries.CaseView`, and what the views derive
(urgency, "ce qui vous attend", the erasure plan lines, event details) is computed by the
same helpers of :mod:`workers.web.queries` and :mod:`workers.web.labels`. Nothing depends on
the clock, the database or randomness, so the HTML is byte-for-byte stable.

The golden files live in tests/golden/web/<name>.html. To regenerate them after a deliberate
change of markup or wording, run ``UPDATE_GOLDEN=1 .venv/bin/pytest tests/workers/web/test_golden.py``
and read the diff before committing: the golden files are the review of the markup (heading
order, a label for every input, the French text).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest
from starlette.requests import Request

from flows.erasure import POLICY, ActionKind, Category, ErasureAction, ErasurePlan
from flows.models import Right
from workers.settings import Settings
from workers.store.schema import cases as cases_table
from workers.store.schema import connector_results as connector_table
from workers.store.schema import drafts as drafts_table
from workers.web import queries
from workers.web.csrf import SESSION_KEY
from workers.web.gate import SCOPE_KEY
from workers.web.gate import SESSION_KEY as GATE_SESSION_KEY
from workers.web.labels import urgency
from workers.web.safe_html import ShownBody
from workers.web.templating import FLASH_KEY, make_environment, render
from workers.web.views.drafts import EDITABLE, is_uncertain
from workers.web.views.register import COLUMNS

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "templates"
WEB_TEMPLATES = TEMPLATES / "web"
GOLDEN = ROOT / "tests" / "golden" / "web"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
TZ = "Europe/Paris"

#: A fixed session token (a real one is 43 random characters; csrf_token keeps any of 32+).
CSRF = "jeton-csrf-fixe-0123456789abcdefghijklmnopqrstu"
TODAY = date(2026, 11, 10)
COUNTS = {"open": 4, "review": 1, "drafts": 2}


def at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    """A fixed UTC instant."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# Rows shaped as the store returns them -----------------------------------------------------


def case_row(**values: Any) -> dict[str, Any]:
    """A ``cases`` row (every column), as ``workers.store.cases.get_case`` returns it."""
    row: dict[str, Any] = {
        "id": 7, "ref": "DSR-2026-0007", "first_message_id": 11, "state": "collecting", "outcome": "request",
        "flagged_review": False, "rights": ["access", "erasure"], "language": "fr",
        "received_at": at(10, 26, 8, 14), "receipt_date": date(2026, 10, 26), "due_date": date(2026, 11, 26),
        "extended": False, "paused_days": 0, "paused_since": None,
        "requester_email": "marie.dupont@example.org", "requester_name": "Marie Dupont",
        "identity_status": "pending", "identity_note": None,
        "acknowledged_at": None, "answered_at": None, "closed_at": None, "result": None, "problem": None,
        "created_at": at(10, 26, 8, 15), "updated_at": at(10, 28, 10, 0),
    }
    unknown = set(values) - set(row)
    assert not unknown, f"not a column of cases: {unknown}"
    row.update(values)
    return row


def draft_row(**values: Any) -> dict[str, Any]:
    """A ``drafts`` row joined with its case's ref, as ``workers.store.drafts`` returns it."""
    row: dict[str, Any] = {
        "id": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", "case_id": 7, "kind": "acknowledgment",
        "dedup_key": "acknowledgment", "language": "fr", "status": "proposed",
        "subject": "[DSR-2026-0007] Accusé de réception de votre demande",
        "body": "Bonjour Marie Dupont,\n\nNous avons bien reçu votre demande du 26 octobre 2026.\n\nCordialement,\nFloraison de Soi",
        "attachments": [], "to_addr": "marie.dupont@example.org", "outgoing_message_id": None,
        "send_attempts": 0, "sending_since": None, "send_uncertain": False, "last_error": None,
        "created_at": at(10, 26, 8, 16), "updated_at": at(10, 26, 8, 16), "approved_at": None, "sent_at": None,
        "appended_to_sent": False, "case_ref": "DSR-2026-0007",
    }
    unknown = set(values) - set(row)
    assert not unknown, f"not a column of drafts: {unknown}"
    row.update(values)
    return row


def connector_row(**values: Any) -> dict[str, Any]:
    """A ``connector_results`` row, as ``workers.workflow.collection.results`` returns it."""
    row: dict[str, Any] = {"id": 1, "case_id": 7, "system": "stripe", "status": "ok", "attempts": 1,
                           "records": [], "error": None, "updated_at": at(10, 28, 9, 40)}
    row.update(values)
    return row


def event_row(seq: int, kind: str, when: datetime, payload: dict[str, Any] | None = None,
              actor: str = "system") -> dict[str, Any]:
    """A ``case_events`` row (hashes are fixed strings: the page never shows them)."""
    return {"id": 100 + seq, "case_id": 7, "seq": seq, "kind": kind, "at": when, "actor": actor,
            "payload": payload or {}, "prev_hash": None if seq == 1 else f"{seq - 1:064x}", "hash": f"{seq:064x}"}


def test_rows_carry_every_column_of_their_table() -> None:
    """The fixed rows have exactly the store's columns, so the goldens cannot drift from real pages."""
    assert set(case_row()) == {c.name for c in cases_table.columns}
    assert set(draft_row()) == {c.name for c in drafts_table.columns} | {"case_ref"}
    assert set(connector_row()) == {c.name for c in connector_table.columns}


# The common context, built by the desk's own render() ----------------------------------------


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    """The desk's environment over the shipped templates, as create_app builds it."""
    settings = Settings()
    assert settings.templates_dir == TEMPLATES
    return make_environment(TEMPLATES, TZ)


def fake_request(env: jinja2.Environment, path: str, *, logged_in: bool = True,
                 flash: dict[str, str] | None = None) -> Request:
    """A GET request of ``path`` whose session holds a fixed CSRF token (and a flash message)."""
    session: dict[str, Any] = {SESSION_KEY: CSRF}
    if flash is not None:
        session[FLASH_KEY] = flash
    app = SimpleNamespace(state=SimpleNamespace(templates=env, counts=lambda request: dict(COUNTS)))
    scope: dict[str, Any] = {"type": "http", "method": "GET", "scheme": "http", "server": ("127.0.0.1", 8765),
                             "path": path, "root_path": "", "query_string": b"", "headers": [], "session": session,
                             "app": app}
    if logged_in:  # as the login gate leaves it for a live session
        session[GATE_SESSION_KEY] = "t" * 43
        scope[SCOPE_KEY] = "0" * 64
    return Request(scope)


def page(env: jinja2.Environment, path: str, template: str, context: dict[str, Any], **request: Any) -> str:
    response = render(fake_request(env, path, **request), template, context)
    return bytes(response.body).decode("utf-8")


# The pages -----------------------------------------------------------------------------------


def erasure_plan_payload() -> dict[str, Any]:
    """An erasure_planned payload: a contact deleted, a customer deleted, two invoices kept."""
    def line(system: str, record_id: str, kind: str, category: Category, label: str = "") -> ErasureAction:
        action, reason, basis = POLICY[(category, Right.ERASURE)]
        return ErasureAction(system=system, record_id=record_id, record_kind=kind, action=action,
                             reason=reason, legal_basis=basis, label=label)

    plan = ErasurePlan(
        rights=[Right.ACCESS, Right.ERASURE],
        lines=[
            line("systemeio", "c-48213", "contact", Category.MARKETING_CONTACT),
            line("stripe", "cus_Q7fXk2", "customer", Category.CUSTOMER),
            line("stripe", "in_1QaB7", "invoice", Category.ACCOUNTING, "Facture F-2025-031"),
            line("stripe", "in_1QcD9", "invoice", Category.ACCOUNTING, "Facture F-2025-078"),
        ],
        recipients_to_inform=["Systeme.io (hébergeur de la newsletter)"],
    )
    assert [a.action for a in plan.lines][-2:] == [ActionKind.KEEP, ActionKind.KEEP]
    return {"plan": plan.model_dump(mode="json")}


def full_case_view() -> tuple[queries.CaseView, date]:
    """The case page of a case with every section filled, built as ``queries.case_view`` builds it."""
    case = case_row(identity_status="received", identity_note="carte d'identité envoyée par courriel",
                    acknowledged_at=at(10, 26, 9, 2), state="received")
    drafts = [
        draft_row(status="sent", approved_at=at(10, 26, 9, 0), sent_at=at(10, 26, 9, 2),
                  outgoing_message_id="<ack-0007@floraison.test>", send_attempts=1),
        draft_row(id="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", kind="answer_erasure", dedup_key="answer_erasure",
                  subject="[DSR-2026-0007] Réponse à votre demande d'effacement", created_at=at(10, 28, 10, 0),
                  updated_at=at(10, 28, 10, 0)),
        draft_row(id="2b3c4d5e-6f70-4b8c-9dae-1f2a3b4c5d6e", kind="answer_access", dedup_key="answer_access",
                  status="approved", approved_at=at(10, 28, 11, 0), send_attempts=1,
                  last_error="SMTP 451 : réessayez plus tard", created_at=at(10, 28, 10, 1),
                  updated_at=at(10, 28, 11, 0)),
    ]
    documents = [{"id": 3, "filename": "carte-identite.jpg", "content_type": "image/jpeg",
                  "received_at": at(10, 27, 18, 30)}]
    connectors = [  # ordered by system, as collection.results returns them
        connector_row(id=4, system="drive", records=[]),
        connector_row(id=1, system="mailbox", records=[{"system": "mailbox", "id": "msg-2231", "kind": "message"}]),
        connector_row(id=2, system="stripe", records=[
            {"system": "stripe", "id": "cus_Q7fXk2", "kind": "customer"},
            {"system": "stripe", "id": "in_1QaB7", "kind": "invoice"},
            {"system": "stripe", "id": "in_1QcD9", "kind": "invoice"},
        ]),
        connector_row(id=3, system="systemeio", status="error", attempts=3,
                      error="délai dépassé (le service n'a pas répondu)"),
    ]
    history = [
        event_row(1, "opened", at(10, 26, 8, 15), {"rights": ["access", "erasure"]}),
        event_row(2, "draft_created", at(10, 26, 8, 16), {"kind": "acknowledgment"}),
        event_row(3, "draft_sent", at(10, 26, 9, 2), {"kind": "acknowledgment"}, actor="practitioner"),
        event_row(4, "identity_received", at(10, 27, 18, 30), {"documents": 1}),
        event_row(5, "collection_result", at(10, 28, 9, 40),
                  {"system": "stripe", "status": "ok", "records": 3, "error": None}),
        event_row(6, "collection_result", at(10, 28, 9, 41),
                  {"system": "systemeio", "status": "error", "records": 0, "error": "délai dépassé"}),
        event_row(7, "erasure_planned", at(10, 28, 10, 0), erasure_plan_payload()),
    ]
    for event in history:
        event["detail"] = queries.event_detail(event)
    plan, recipients = queries._plan(history)
    recognition: dict[str, Any] = {
        "confidence": 0.93,
        "evidence": ["quelles données vous détenez sur moi", "que vous les effaciez"],
    }
    message = {"id": 11, "subject": "Mes données", "recognition": recognition}
    pending = sum(1 for d in drafts if d["status"] in queries.TO_APPROVE)
    extension_limit = date(2026, 11, 26)
    view = queries.CaseView(
        case=case,
        urgency=urgency(case["due_date"], TODAY, paused=False, open_=True),
        todo=queries.waiting_for_her(case, pending, len(documents)),
        message=message, subject="Mes données", from_line="Marie Dupont <marie.dupont@example.org>",
        body=ShownBody(html=None, text="Bonjour,\nJe souhaite savoir quelles données vous détenez sur moi, "
                                       "puis que vous les effaciez.\n<b>Merci</b> & bonne journée,\nMarie"),
        attachments=[{"filename": "carte-identite.jpg", "content_type": "image/jpeg", "size": 48213}],
        recognition=recognition,
        drafts=drafts, documents=documents, connectors=connectors,
        plan=plan, plan_recipients=recipients, events=history,
        follow_ups=[{"id": 12, "subject": "Re: Mes données", "received_at": at(10, 27, 18, 30)}],
        chain_ok=True, can_extend=True, can_check_identity=True,
        all_rights=[(r.value, queries._label(r)) for r in Right],
    )
    return view, extension_limit


def review_case_view() -> tuple[queries.CaseView, date]:
    """A case flagged "à confirmer": HTML body with blocked images, nothing collected, broken chain."""
    case = case_row(id=9, ref="DSR-2026-0009", first_message_id=14, state="received", flagged_review=True,
                    rights=["objection"], requester_name=None, requester_email="k.martin@example.net",
                    received_at=at(11, 8, 16, 5), receipt_date=date(2026, 11, 8), due_date=date(2026, 12, 8),
                    extended=True, paused_days=3, paused_since=date(2026, 11, 9))
    history = [event_row(1, "opened", at(11, 8, 16, 6), {"rights": ["objection"]}),
               event_row(2, "rights_corrected", at(11, 9, 8, 0), {"before": ["access"], "after": ["objection"]},
                         actor="practitioner")]
    for event in history:
        event["detail"] = queries.event_detail(event)
    view = queries.CaseView(
        case=case,
        urgency=urgency(case["due_date"], TODAY, paused=True, open_=True),
        todo=queries.waiting_for_her(case, 0, 0),
        message={"id": 14, "subject": None, "recognition": {}}, subject="", from_line="",
        body=ShownBody(html='<p>Arrêtez de m\'envoyer <strong>vos offres</strong>.</p>', text="Arrêtez.",
                       blocked_images=2),
        attachments=[], recognition={}, drafts=[], documents=[], connectors=[], plan=None, plan_recipients=[],
        events=history, chain_ok=False, can_extend=False, can_check_identity=False,
        all_rights=[(r.value, queries._label(r)) for r in Right],
    )
    return view, date(2026, 12, 8)


def case_page(env: jinja2.Environment, build: Callable[[], tuple[queries.CaseView, date]]) -> str:
    view, limit = build()
    return page(env, f"/demandes/{view.case['ref']}", "case.html",
                {"v": view, "c": view.case, "extension_limit": limit})


def open_rows() -> list[dict[str, Any]]:
    """``queries.case_rows`` of three open cases (most urgent first)."""
    cases = [
        (case_row(id=5, ref="DSR-2026-0005", rights=["rectification"], due_date=date(2026, 11, 6),
                  received_at=at(10, 6, 7, 50), requester_name=None, problem="l'envoi de la réponse a échoué"), 0, 0),
        (case_row(identity_status="received", received_at=at(10, 26, 8, 14)), 2, 1),
        (case_row(id=10, ref="DSR-2026-0010", state="collecting", rights=["portability"],
                  requester_name=None, requester_email=None, received_at=at(11, 9, 10, 0),
                  due_date=date(2026, 12, 9)), 0, 0),
        (case_row(id=9, ref="DSR-2026-0009", flagged_review=True, state="received", rights=["objection"],
                  requester_name=None, requester_email="k.martin@example.net", received_at=at(11, 8, 16, 5),
                  due_date=date(2027, 1, 8), extended=True, paused_since=date(2026, 11, 9)), 0, 0),
    ]
    return [{**case, "urgency": urgency(case["due_date"], TODAY, paused=case["paused_since"] is not None),
             "todo": queries.waiting_for_her(case, drafts, documents)} for case, drafts, documents in cases]


def closed_rows() -> list[dict[str, Any]]:
    """``queries.case_rows(closed=True)``: ended cases, latest first."""
    cases = [
        case_row(id=4, ref="DSR-2026-0004", state="withdrawn", result="not_a_request", rights=["access"],
                 received_at=at(9, 30, 12, 0), closed_at=at(10, 1, 8, 0)),
        case_row(id=2, ref="DSR-2026-0002", state="closed", rights=["access", "erasure"],
                 received_at=at(9, 2, 9, 0), acknowledged_at=at(9, 2, 10, 0), answered_at=at(9, 20, 15, 30),
                 closed_at=at(9, 20, 15, 31)),
    ]
    return [{**case, "urgency": urgency(case["due_date"], TODAY, open_=False),
             "todo": queries.waiting_for_her(case, 0, 0)} for case in cases]


def register_rows() -> list[dict[str, Any]]:
    """``queries.register_rows`` with two cases, oldest first: one closed, one open and extended."""
    return [
        case_row(id=2, ref="DSR-2026-0002", state="closed", rights=["access", "erasure"],
                 received_at=at(9, 2, 21, 30), acknowledged_at=at(9, 2, 22, 10), answered_at=at(9, 20, 15, 30),
                 closed_at=at(9, 20, 15, 31), due_date=date(2026, 10, 2)),
        case_row(state="drafting", extended=True, due_date=date(2027, 1, 26), acknowledged_at=at(10, 26, 9, 2)),
    ]


def review_rows() -> list[dict[str, Any]]:
    """``queries.review_rows``: one with evidence, one with only an excerpt."""
    return [
        {**case_row(id=9, ref="DSR-2026-0009", flagged_review=True, state="received", rights=["objection"],
                    requester_name="Karine Martin", requester_email="k.martin@example.net",
                    received_at=at(11, 8, 16, 5)),
         "subject": "Stop", "from_addr": "k.martin@example.net",
         "evidence": ["arrêtez de m'envoyer vos offres", "je ne veux plus <rien> recevoir"], "excerpt": ""},
        {**case_row(id=10, ref="DSR-2026-0010", flagged_review=True, state="received", rights=[],
                    requester_name=None, requester_email="paul@example.com", received_at=at(11, 9, 10, 0)),
         "subject": "", "from_addr": "paul@example.com", "evidence": [],
         "excerpt": "Bonjour, pouvez-vous me dire ce que vous savez de moi ?"},
    ]


def draft_page(env: jinja2.Environment) -> str:
    """``views.drafts._page`` of an editable answer with an attachment."""
    case = case_row(state="awaiting_approval", identity_status="verified")
    draft = draft_row(id="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", kind="answer_access", dedup_key="answer_access",
                      subject="[DSR-2026-0007] Réponse à votre demande d'accès",
                      body="Bonjour Marie Dupont,\n\nVous trouverez ci-joint vos données <contact, 2 commandes>.\n\n"
                           "Cordialement,\nFloraison de Soi",
                      attachments=[{"filename": "DSR-2026-0007-donnees.zip", "content_type": "application/zip"}])
    return page(env, f"/brouillons/{draft['id']}", "draft.html", {
        "d": draft, "c": case, "subject": draft["subject"], "body": draft["body"], "preview": False, "error": None,
        "editable": draft["status"] in EDITABLE, "uncertain": is_uncertain(draft),
        "to": draft["to_addr"] or case["requester_email"] or "",
    })


def draft_preview_page(env: jinja2.Environment) -> str:
    """The preview after an approve with an empty subject (status 400 in the view)."""
    case = case_row(state="awaiting_approval")
    draft = draft_row(kind="answer_erasure", dedup_key="answer_erasure", status="edited", to_addr=None,
                      send_uncertain=True, subject="[DSR-2026-0007] Réponse")
    return page(env, f"/brouillons/{draft['id']}/valider", "draft.html", {
        "d": draft, "c": case, "subject": "", "body": "Bonjour,\n\nC'est fait.", "preview": True,
        "error": "L'objet et le texte ne peuvent pas être vides.",
        "editable": draft["status"] in EDITABLE, "uncertain": is_uncertain(draft),
        "to": draft["to_addr"] or case["requester_email"] or "",
    })


def draft_sent_page(env: jinja2.Environment) -> str:
    """A sent draft: read-only, no editor."""
    case = case_row(state="answered")
    draft = draft_row(status="sent", approved_at=at(10, 26, 9, 0), sent_at=at(10, 26, 9, 2))
    return page(env, f"/brouillons/{draft['id']}", "draft.html", {
        "d": draft, "c": case, "subject": draft["subject"], "body": draft["body"], "preview": False, "error": None,
        "editable": draft["status"] in EDITABLE, "uncertain": is_uncertain(draft),
        "to": draft["to_addr"] or case["requester_email"] or "",
    })


def draft_uncertain_page(env: jinja2.Environment) -> str:
    """An approved answer whose hand-over was interrupted: "Il est bien parti" / "Le renvoyer"."""
    case = case_row(state="awaiting_approval", identity_status="verified")
    draft = draft_row(kind="answer_access", dedup_key="answer_access", status="approved",
                      subject="[DSR-2026-0007] Réponse à votre demande d'accès", approved_at=at(11, 9, 14, 0),
                      outgoing_message_id="<20261109140001.1234@floraison.test>", send_attempts=0,
                      sending_since=at(11, 9, 14, 0), send_uncertain=True, updated_at=at(11, 9, 14, 12),
                      last_error="envoi interrompu : vérifiez dans vos messages envoyés avant de renvoyer")
    return page(env, f"/brouillons/{draft['id']}", "draft.html", {
        "d": draft, "c": case, "subject": draft["subject"], "body": draft["body"], "preview": False, "error": None,
        "editable": draft["status"] in EDITABLE, "uncertain": is_uncertain(draft),
        "to": draft["to_addr"] or case["requester_email"] or "",
    })


def login_context(error: str | None, *, configured: bool = True) -> dict[str, Any]:
    """``views.login._context``."""
    return {"error": error, "suivant": "/demandes/DSR-2026-0007", "configured": configured}


#: name of the golden file -> how to render it.
PAGES: dict[str, Callable[[jinja2.Environment], str]] = {
    "base": lambda env: page(env, "/demandes", "base.html", {},
                             flash={"kind": "ok", "text": "Droits corrigés."}),
    "case": lambda env: case_page(env, full_case_view),
    "case-review": lambda env: case_page(env, review_case_view),
    "cases": lambda env: page(env, "/demandes", "cases.html", {"rows": open_rows(), "closed": False},
                              flash={"kind": "ok", "text": "DSR-2026-0003 : classée, ce n'est pas une demande."}),
    "cases-closed": lambda env: page(env, "/demandes", "cases.html", {"rows": closed_rows(), "closed": True}),
    "cases-empty": lambda env: page(env, "/demandes", "cases.html", {"rows": [], "closed": False}),
    "draft": draft_page,
    "draft-preview": draft_preview_page,
    "draft-sent": draft_sent_page,
    "draft-uncertain": draft_uncertain_page,
    "error": lambda env: page(env, "/demandes/DSR-2026-9999", "error.html",
                              {"title": "Page introuvable", "detail": "Cette demande n'existe pas."}),
    # an unknown address: Starlette's own detail, as _error_page passes it on (in English)
    "error-unknown-path": lambda env: page(env, "/nulle-part", "error.html",
                                           {"title": "Page introuvable", "detail": "Cette adresse ne correspond à aucune page du bureau."}),
    "login": lambda env: page(env, "/connexion", "login.html", login_context(None), logged_in=False),
    "login-error": lambda env: page(env, "/connexion", "login.html", login_context("Mot de passe incorrect."),
                                    logged_in=False),
    "login-unconfigured": lambda env: page(env, "/connexion", "login.html",
                                           login_context(None, configured=False), logged_in=False),
    "register": lambda env: page(env, "/registre", "register.html", {"rows": register_rows(), "columns": COLUMNS}),
    "register-empty": lambda env: page(env, "/registre", "register.html", {"rows": [], "columns": COLUMNS}),
    "review": lambda env: page(env, "/a-confirmer", "review.html", {"rows": review_rows()},
                               flash={"kind": "erreur", "text": "cette demande est déjà close"}),
    "review-empty": lambda env: page(env, "/a-confirmer", "review.html", {"rows": []}),
}

TEMPLATE_OF = {name: name.split("-")[0] + ".html" for name in PAGES}


def test_every_template_has_a_golden_page() -> None:
    """Each template of templates/web/ is covered by at least one golden page."""
    shipped = {p.name for p in WEB_TEMPLATES.glob("*.html")}
    assert shipped == set(TEMPLATE_OF.values())


@pytest.mark.parametrize("name", list(PAGES))
def test_golden(name: str, env: jinja2.Environment) -> None:
    """Each page renders its fixed context exactly as its reviewed golden file."""
    html = PAGES[name](env)
    path = GOLDEN / f"{name}.html"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert html == path.read_text(encoding="utf-8")


class _Markup(HTMLParser):
    """Headings, form controls and labels of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[int] = []
        self.controls: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag in ("input", "textarea", "select") and values.get("type") != "hidden":
            self.controls.append(values)
        elif tag == "label" and values.get("for"):
            self.label_for.add(str(values["for"]))


@pytest.mark.parametrize("name", list(PAGES))
def test_markup(name: str, env: jinja2.Environment) -> None:
    """One h1, no skipped heading level, a label for every visible control, unique ids,
    the fixed CSRF token in every POST form, nothing left of the template syntax."""
    html = PAGES[name](env)
    markup = _Markup()
    markup.feed(html)
    if name != "base":
        assert markup.headings.count(1) == 1, markup.headings
        assert markup.headings[0] == 1
    for before, after in zip(markup.headings, markup.headings[1:], strict=False):
        assert after <= before + 1, f"heading level skipped in {name}: {markup.headings}"
    for control in markup.controls:
        assert control.get("id") in markup.label_for, f"control without a label in {name}: {control}"
    assert len(markup.ids) == len(set(markup.ids)), f"duplicate ids in {name}"
    forms = re.findall(r'<form method="post"[^>]*>(.*?)</form>', html, re.DOTALL)
    assert all(f'name="csrf_token" value="{CSRF}"' in form for form in forms)
    assert "{{" not in html and "{%" not in html


def test_requester_text_is_escaped(env: jinja2.Environment) -> None:
    """What the requester wrote is shown as text, never as markup (only the sanitised HTML body is ``safe``)."""
    html = PAGES["case"](env)
    assert "&lt;b&gt;Merci&lt;/b&gt; &amp; bonne journée" in html
    assert "<b>Merci</b>" not in html
    assert "je ne veux plus &lt;rien&gt; recevoir" in PAGES["review"](env)
    assert "vos données &lt;contact, 2 commandes&gt;." in PAGES["draft"](env)


# StrictUndefined -----------------------------------------------------------------------------


def test_environment_is_strict_and_autoescaped(env: jinja2.Environment) -> None:
    """The desk's environment fails on an unknown variable and escapes every .html template."""
    assert env.undefined is jinja2.StrictUndefined
    template = env.from_string("{{ text }}")
    assert template.render(text="<i>&</i>") == "&lt;i&gt;&amp;&lt;/i&gt;"
    assert env.get_template("error.html").render(
        title="<script>", detail="x", csrf_field="csrf_token", csrf_token=CSRF, flash=None, logged_in=False,
        path="/", counts={}, request=None).count("&lt;script&gt;") == 2


def _context_of(name: str, env: jinja2.Environment) -> tuple[str, dict[str, Any]]:
    """The full context one golden page is rendered with (common part included)."""
    captured: dict[str, Any] = {}
    original = env.get_template

    class Capturing:
        def __init__(self, template: jinja2.Template) -> None:
            self.template = template

        def render(self, values: dict[str, Any]) -> str:
            captured["name"] = self.template.name
            captured["values"] = dict(values)
            return self.template.render(values)

    def first_call(name: str, *args: Any, **kwargs: Any) -> Any:
        del env.get_template  # the page's template only; {% extends %} goes to the real method
        return Capturing(original(name, *args, **kwargs))

    env.get_template = first_call  # type: ignore[method-assign,assignment]
    try:
        PAGES[name](env)
    finally:
        env.__dict__.pop("get_template", None)
    return captured["name"], captured["values"]


@pytest.mark.parametrize("name", [n for n in PAGES if "-" not in n] + ["login-error"])
def test_missing_variable_raises(name: str) -> None:
    """Rendering a web template without any one of the variables its page reads raises (StrictUndefined)."""
    env = make_environment(TEMPLATES, TZ)
    template_name, values = _context_of(name, env)
    template = env.get_template(template_name)
    template.render(values)  # the full context renders
    # ``request`` is passed for convenience and read by no template; navigation is only drawn once logged in
    unread = {"request"} | (set() if values["logged_in"] else {"counts", "path"})
    for key in sorted(set(values) - unread):
        partial = {k: v for k, v in values.items() if k != key}
        with pytest.raises(jinja2.UndefinedError):
            template.render(partial)


@pytest.mark.parametrize("template_name", sorted(p.name for p in WEB_TEMPLATES.glob("*.html")))
def test_unknown_attribute_raises(template_name: str) -> None:
    """A template reading a variable nobody passes raises instead of printing nothing."""
    env = make_environment(TEMPLATES, TZ)
    with pytest.raises(jinja2.UndefinedError):
        env.get_template(template_name).render({})


def test_typo_in_a_template_is_loud() -> None:
    """An added template (or a misspelt variable) fails at render time, through the same environment."""
    loader_env = make_environment(TEMPLATES, TZ)
    loader_env.loader = jinja2.ChoiceLoader([
        jinja2.DictLoader({"typo.html": '{% extends "error.html" %}{% block content %}{{ detial }}{% endblock %}'}),
        loader_env.loader,  # type: ignore[list-item]
    ])
    context: dict[str, Any] = {"title": "T", "detail": "D", "csrf_field": "csrf_token", "csrf_token": CSRF, "flash": None,
               "logged_in": False, "path": "/", "counts": {}, "request": None}
    loader_env.get_template("error.html").render(context)
    with pytest.raises(jinja2.UndefinedError, match="detial"):
        loader_env.get_template("typo.html").render(context)
