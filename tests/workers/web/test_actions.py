"""Her actions from the desk go through workers.workflow.practitioner and show in the case."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

from dramatiq.brokers.stub import StubBroker
from starlette.testclient import TestClient

from tests.workers.web.conftest import CONTACT, request_email, text_of
from tests.workers.web.test_pages import REVIEW_TEXT
from workers.intake import Incoming, record_batch
from workers.runtime import Runtime, utcnow
from workers.store.cases import events, get_case
from workers.store.drafts import get_draft, list_drafts
from workers.workflow import case_flow
from workers.workflow.recognition import recognise_one


def _case(rt: Runtime, ref: str) -> dict:  # type: ignore[type-arg]
    with rt.db.begin() as conn:
        case = get_case(conn, ref)
    assert case is not None
    return case


def _kinds(rt: Runtime, ref: str) -> list[str]:
    case_id = _case(rt, ref)["id"]
    with rt.db.begin() as conn:
        return [e["kind"] for e in events(conn, case_id)]


def _queued(broker: StubBroker, queue: str) -> list[str]:
    return [m.actor_name for m in _messages(broker, queue)]


def _messages(broker: StubBroker, queue: str) -> list:  # type: ignore[type-arg]
    import dramatiq

    q = broker.queues.get(queue)
    return [dramatiq.Message.decode(raw) for raw in list(q.queue)] if q is not None else []


def _draft(rt: Runtime, kind: str) -> dict:  # type: ignore[type-arg]
    with rt.db.begin() as conn:
        return next(d for d in list_drafts(conn) if d["kind"] == kind)


def _follow(client: TestClient, response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 303, response.text
    return text_of(client.get(response.headers["location"]))


def test_not_a_request_closes_the_case(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """"Ce n'est pas une demande" closes the case with the reason in its history."""
    ref = new_case()
    page = _follow(client, client.post(f"/demandes/{ref}/pas-une-demande", data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "classée, ce n'est pas une demande" in page
    assert _case(runtime, ref)["state"] == "closed"
    assert "ce n'était pas une demande" in page


def test_correct_rights(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """"Corriger les droits" records the new rights; an empty choice is refused in French."""
    ref = new_case()
    page = _follow(client, client.post(f"/demandes/{ref}/droits", data={
        "csrf_token": client.csrf, "droits": ["access", "erasure"]}))  # type: ignore[attr-defined]
    assert "Droits corrigés" in page
    assert _case(runtime, ref)["rights"] == ["access", "erasure"]
    assert "accès → accès, effacement" in page
    refused = _follow(client, client.post(f"/demandes/{ref}/droits", data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "cochez au moins un droit" in refused
    bad = _follow(client, client.post(f"/demandes/{ref}/droits", data={"csrf_token": client.csrf, "droits": "pirate"}))  # type: ignore[attr-defined]
    assert "droit inconnu" in bad
    assert _case(runtime, ref)["rights"] == ["access", "erasure"]


def test_confirm_from_review_page_opens_the_workflow(client: TestClient, runtime: Runtime, stub_broker: StubBroker,
                                                     new_case: Callable[..., str]) -> None:
    """Confirming a message "à confirmer" clears the flag and queues the case opening."""
    ref = new_case(request_email(REVIEW_TEXT))
    assert _case(runtime, ref)["flagged_review"]
    response = client.post(f"/demandes/{ref}/confirmer", data={"csrf_token": client.csrf, "retour": "/a-confirmer"})  # type: ignore[attr-defined]
    assert response.headers["location"] == "/a-confirmer"
    page = text_of(client.get("/a-confirmer"))
    assert "demande confirmée" in page and "Aucun message à confirmer" in page
    assert not _case(runtime, ref)["flagged_review"]
    assert "confirmed" in _kinds(runtime, ref)
    assert _queued(stub_broker, "cases") == ["open_case"]


def test_dismiss_from_review_page(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """"Ce n'est pas une demande" on the review page closes the case and stays on the page."""
    ref = new_case(request_email(REVIEW_TEXT))
    response = client.post(f"/demandes/{ref}/pas-une-demande", data={"csrf_token": client.csrf,  # type: ignore[attr-defined]
                                                                      "retour": "/a-confirmer"})
    assert response.headers["location"] == "/a-confirmer"
    assert _case(runtime, ref)["state"] == "closed"


def test_return_path_cannot_leave_the_desk(client: TestClient, new_case: Callable[..., str]) -> None:
    """A ``retour`` pointing to another site is ignored."""
    ref = new_case(request_email(REVIEW_TEXT))
    response = client.post(f"/demandes/{ref}/pas-une-demande", data={"csrf_token": client.csrf,  # type: ignore[attr-defined]
                                                                      "retour": "https://evil.example/"})
    assert response.headers["location"] == f"/demandes/{ref}"


def _reply_with_document(rt: Runtime, ref: str) -> None:
    message = EmailMessage()
    message["From"] = "Marie Dupont <marie.dupont@example.org>"
    message["To"] = CONTACT
    message["Subject"] = f"Re: [{ref}] Vérification de votre identité"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content("Voici ma pièce d'identité.")
    message.add_attachment(b"\x89PNG\r\n\x1a\nfake", maintype="image", subtype="png", filename="carte.png")
    ids = record_batch(rt.db, [Incoming(raw=message.as_bytes(), source="file")], utcnow()).pending
    step = recognise_one(rt, ids[0], utcnow())
    assert step is not None and step.step == "case_updated"
    case_flow.on_message_joined(rt, step.case_id, utcnow())


def test_identity_document_is_shown_then_deleted_when_checked(
    client: TestClient, runtime: Runtime, stub_broker: StubBroker, new_case: Callable[..., str]
) -> None:
    """She opens the document, clicks "Pièce vérifiée": it is deleted and collection is queued."""
    ref = new_case()
    _reply_with_document(runtime, ref)
    page = text_of(client.get(f"/demandes/{ref}"))
    assert "pièce d'identité à vérifier" in page and "carte.png" in page
    doc_url = f"/demandes/{ref}/pieces/"
    doc_id = page.split(doc_url, 1)[1].split('"', 1)[0]
    document = client.get(doc_url + doc_id)
    assert document.status_code == 200 and document.content.startswith(b"\x89PNG")
    assert "sandbox" in document.headers["content-security-policy"]
    done = _follow(client, client.post(f"/demandes/{ref}/identite-verifiee", data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "Identité vérifiée (1 pièce supprimée)" in done
    assert client.get(doc_url + doc_id).status_code == 404
    case = _case(runtime, ref)
    assert case["identity_status"] == "verified" and case["state"] == "collecting"
    assert _queued(stub_broker, "cases") == ["start_collection"]


def test_extend_drafts_the_notice(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """"Prolonger de deux mois" extends the due date and opens the notice draft."""
    ref = new_case()
    before = _case(runtime, ref)["due_date"]
    response = client.post(f"/demandes/{ref}/prolonger", data={"csrf_token": client.csrf,  # type: ignore[attr-defined]
                                                               "motifs": "le nombre de demandes reçues\n"})
    assert response.status_code == 303 and response.headers["location"].startswith("/brouillons/")
    page = text_of(client.get(response.headers["location"]))
    assert "Notification de prolongation" in page and "Délai prolongé de deux mois" in page
    case = _case(runtime, ref)
    assert case["extended"] and case["due_date"] > before
    assert "Prolonger de deux mois</summary>" not in text_of(client.get(f"/demandes/{ref}"))


def test_refused_action_shows_the_french_reason(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """An action the workflow refuses comes back as a French message, nothing changes."""
    ref = new_case()
    client.post(f"/demandes/{ref}/pas-une-demande", data={"csrf_token": client.csrf})  # type: ignore[attr-defined]
    page = _follow(client, client.post(f"/demandes/{ref}/prolonger", data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "seule une demande en cours peut être prolongée" in page
    assert 'class="flash erreur" role="alert"' in page
    assert not _case(runtime, ref)["extended"]


def test_preview_shows_changes_without_saving(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """"Aperçu" renders the edited text beside the editor and saves nothing."""
    new_case()
    draft = _draft(runtime, "acknowledgment")
    page = text_of(client.post(f"/brouillons/{draft['id']}/apercu", data={
        "csrf_token": client.csrf, "subject": "Objet corrigé", "body": "Texte corrigé\r\nligne 2"}))  # type: ignore[attr-defined]
    assert "rien n'est encore enregistré" in page
    assert "Objet corrigé" in page and "Texte corrigé\nligne 2" in page
    with runtime.db.begin() as conn:
        assert get_draft(conn, draft["id"])["body"] == draft["body"]


def test_approve_with_edits_saves_then_queues_sending(
    client: TestClient, runtime: Runtime, stub_broker: StubBroker, new_case: Callable[..., str]
) -> None:
    """"Valider et envoyer": the edited text is saved, the draft approved, its sending queued."""
    ref = new_case()
    draft = _draft(runtime, "acknowledgment")
    body = draft["body"].replace("\n", "\r\n") + "\r\nAvec toute mon attention."
    page = _follow(client, client.post(f"/brouillons/{draft['id']}/valider", data={
        "csrf_token": client.csrf, "subject": draft["subject"], "body": body}))  # type: ignore[attr-defined]
    assert "Message validé avec vos corrections" in page
    with runtime.db.begin() as conn:
        saved = get_draft(conn, draft["id"])
    assert saved["status"] == "approved"
    assert saved["body"].endswith("\nAvec toute mon attention.") and "\r" not in saved["body"]
    assert _kinds(runtime, ref)[-2:] == ["draft_edited", "draft_approved"]
    sends = _messages(stub_broker, "send")
    assert [(m.actor_name, m.args) for m in sends] == [("send_draft", (draft["id"],))]
    assert "validé, envoi en cours" in page


def test_approve_unchanged_does_not_record_an_edit(client: TestClient, runtime: Runtime,
                                                   new_case: Callable[..., str]) -> None:
    """Approving without touching the text (browser CRLF aside) records no edit."""
    ref = new_case()
    draft = _draft(runtime, "acknowledgment")
    client.post(f"/brouillons/{draft['id']}/valider", data={
        "csrf_token": client.csrf, "subject": draft["subject"], "body": draft["body"].replace("\n", "\r\n")})  # type: ignore[attr-defined]
    assert "draft_edited" not in _kinds(runtime, ref)
    assert _kinds(runtime, ref)[-1] == "draft_approved"


def test_approve_refuses_empty_text_and_header_injection(client: TestClient, runtime: Runtime,
                                                         new_case: Callable[..., str]) -> None:
    """An empty body is refused; a subject with a line break is flattened to one line."""
    new_case()
    draft = _draft(runtime, "acknowledgment")
    empty = client.post(f"/brouillons/{draft['id']}/valider", data={
        "csrf_token": client.csrf, "subject": draft["subject"], "body": "  "})  # type: ignore[attr-defined]
    assert empty.status_code == 400 and "ne peuvent pas être vides" in text_of(empty)
    client.post(f"/brouillons/{draft['id']}/valider", data={
        "csrf_token": client.csrf, "subject": "Objet\r\nBcc: victime@example.org", "body": "Bonjour"})  # type: ignore[attr-defined]
    with runtime.db.begin() as conn:
        saved = get_draft(conn, draft["id"])
    assert saved["subject"] == "Objet Bcc: victime@example.org"


def test_discard_draft(client: TestClient, runtime: Runtime, new_case: Callable[..., str]) -> None:
    """"Abandonner" marks the draft discarded; its page is then read-only."""
    new_case()
    draft = _draft(runtime, "identity_request")
    page = _follow(client, client.post(f"/brouillons/{draft['id']}/abandonner", data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "Brouillon abandonné" in page
    with runtime.db.begin() as conn:
        assert get_draft(conn, draft["id"])["status"] == "discarded"
    assert "Valider et envoyer" not in text_of(client.get(f"/brouillons/{draft['id']}"))
