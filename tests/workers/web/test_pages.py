"""The desk's pages read the real store: Demandes, case, draft, à confirmer, registre."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from starlette.testclient import TestClient

from tests.workers.web.conftest import request_email, text_of
from workers.runtime import Runtime, utcnow
from workers.store.cases import get_case
from workers.store.drafts import list_drafts
from workers.workflow import practitioner

REVIEW_TEXT = "Bonjour, que faites-vous de mes données personnelles ? Merci, Julie"


def _cards(html: str) -> list[str]:
    return re.findall(r'<li class="demande (\w+)">\s*<h2><a href="/demandes/(DSR-\d{4}-\d{4})"', html)


def test_demandes_lists_open_cases_by_urgency(client: TestClient, new_case: Callable[..., str]) -> None:
    """The overdue case comes first, in the "retard" colour with words; the recent one after."""
    recent = new_case(request_email(when=utcnow() - timedelta(days=1)))
    late = new_case(request_email(sender="Paul Martin <paul@example.net>", when=utcnow() - timedelta(days=50)))
    page = text_of(client.get("/demandes"))
    assert _cards(page) == [("retard", late), ("large", recent)]
    assert "en retard de" in page
    assert "accès" in page
    assert "en attente de justificatif d'identité" in page
    assert "2 brouillons à valider" in page


def test_demandes_empty_and_closed_filter(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """Closed cases are not in the default list but behind the "terminées" filter."""
    assert "Aucune demande en cours" in text_of(client.get("/demandes"))
    ref = new_case()
    practitioner.not_a_request(runtime, ref, utcnow())
    assert ref not in text_of(client.get("/demandes"))
    closed = text_of(client.get("/demandes?vue=closes"))
    assert ref in closed and "pas une demande" in closed


def test_case_page_shows_everything_about_the_case(client: TestClient, new_case: Callable[..., str]) -> None:
    """Email, recognition evidence, identity, deadline, drafts and timeline, in French."""
    ref = new_case()
    page = text_of(client.get(f"/demandes/{ref}"))
    for expected in ("Le message reçu", "copie de toutes les données personnelles", "Pourquoi c'est une demande",
                     "confiance", "Ce n'est pas une demande", "Corriger les droits", "Identité",
                     "justificatif demandé, en attente", "Pièce vérifiée", "Délai", "Prolonger de deux mois",
                     "Historique", "Demande reçue et ouverte", "Accusé de réception", "à valider"):
        assert expected in page, expected
    assert "Plan d'effacement" not in page  # only once answers are drafted


def test_case_page_shows_the_connectors_and_the_erasure_plan(client: TestClient, runtime: Runtime,
                                                             new_case: Callable[..., str]) -> None:
    """After identity and collection, each system's result and the erasure plan are shown."""
    from workers.workflow import answers, collection

    ref = new_case(request_email("Je vous demande d'effacer toutes mes données personnelles (article 17 RGPD)."))
    practitioner.identity_checked(runtime, ref, utcnow())
    with runtime.db.begin() as conn:
        case_id = get_case(conn, ref)["id"]  # type: ignore[index]
    for system in collection.start(runtime, case_id, utcnow()):
        collection.run_one(runtime, case_id, system, utcnow())
    collection.finish_if_complete(runtime, case_id, utcnow())
    answers.draft_answers(runtime, case_id, utcnow())
    page = text_of(client.get(f"/demandes/{ref}"))
    assert "Ce que vos outils contiennent" in page
    assert "mailbox" in page and "terminé" in page
    assert "Plan d'effacement" in page
    assert "Réponse : effacement" in page
    assert "Identité vérifiée" in page


def test_unknown_case_and_draft_are_french_404(client: TestClient) -> None:
    """A wrong reference or draft id gives a French "introuvable" page."""
    for path in ("/demandes/DSR-2026-9999", "/demandes/pas-une-ref", "/brouillons/123",
                 "/brouillons/00000000-0000-0000-0000-000000000000"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Page introuvable" in response.text


def test_draft_page_shows_text_beside_the_editor(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """The draft's subject and body are shown and prefilled in the labelled editor."""
    ref = new_case()
    with runtime.db.begin() as conn:
        draft = next(d for d in list_drafts(conn) if d["kind"] == "acknowledgment")
    page = text_of(client.get(f"/brouillons/{draft['id']}"))
    assert f"[{ref}] Accusé de réception" in page
    assert '<label for="subject">Objet</label>' in page and '<label for="body">Texte</label>' in page
    assert "Valider et envoyer" in page and "Aperçu" in page and "Abandonner" in page


def test_review_page_lists_messages_to_confirm(client: TestClient, runtime: Runtime,
                                               new_case: Callable[..., str]) -> None:
    """A message recognised as possible appears with its evidence and both buttons."""
    from workers.store import cases as case_store
    from workers.store.messages import get_message

    ref = new_case(request_email(REVIEW_TEXT))
    with runtime.db.begin() as conn:
        case = case_store.get_case(conn, ref)
        evidence = get_message(conn, case["first_message_id"])["recognition"]["evidence"]
    page = text_of(client.get("/a-confirmer"))
    assert ref in page
    assert evidence and evidence[0].split(" : ")[-1][:40] in page
    assert "C'est une demande : confirmer" in page and "Ce n'est pas une demande" in page
    assert '<span class="badge alerte">1</span>' in page
    demandes = text_of(client.get("/demandes"))
    assert "à confirmer : est-ce bien une demande ?" in demandes


def test_register_page_and_csv(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """The register lists every case with dates, rights, deadline, extension and outcome; CSV for a spreadsheet."""
    first = new_case(request_email(when=utcnow() - timedelta(days=3)))
    second = new_case(request_email(REVIEW_TEXT, when=utcnow() - timedelta(days=1)))
    practitioner.not_a_request(runtime, second, utcnow())
    page = text_of(client.get("/registre"))
    assert page.index(first) < page.index(second)
    assert "Accusé de réception le" in page and "Prolongée" in page and "pas une demande" in page
    export = client.get("/registre.csv")
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("text/csv")
    assert "attachment" in export.headers["content-disposition"]
    text = export.content.decode("utf-8")
    assert text.startswith("\ufeffRéférence;Reçue le;")
    lines = text.strip("\ufeff").strip().split("\r\n")
    assert len(lines) == 3
    assert lines[1].startswith(first + ";") and lines[1].split(";")[7] == "non"
    assert lines[2].split(";")[-1] == "pas une demande"
    assert "marie" not in text.lower()  # the register holds no personal data


def test_csv_cells_cannot_be_formulas() -> None:
    """A cell starting like a spreadsheet formula is neutralised."""
    from workers.web.views.register import _safe_cell

    assert _safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _safe_cell("@x") == "'@x"
    assert _safe_cell("DSR-2026-0001") == "DSR-2026-0001"


def test_navigation_is_accessible(client: TestClient) -> None:
    """Skip link, lang, viewport, labelled navigation and the current page marked."""
    page = text_of(client.get("/registre"))
    assert '<html lang="fr">' in page
    assert 'class="skip" href="#contenu"' in page and 'id="contenu"' in page
    assert 'name="viewport"' in page
    assert '<nav aria-label="Menu principal">' in page
    assert '<a href="/registre" aria-current="page">' in page
