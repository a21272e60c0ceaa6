"""An uncertain sending, settled from the draft page: « Il est bien parti » or « Le renvoyer »."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import dramatiq
from dramatiq.brokers.stub import StubBroker
from starlette.testclient import TestClient

from tests.workers.web.conftest import interrupt_sending, text_of
from workers.runtime import Runtime
from workers.store.cases import events, get_case
from workers.store.drafts import get_draft, list_drafts

SENT_PATH = "/brouillons/{}/bien-parti"
RESEND_PATH = "/brouillons/{}/renvoyer"


def _draft(rt: Runtime, kind: str) -> dict[str, Any]:
    with rt.db.begin() as conn:
        return next(d for d in list_drafts(conn) if d["kind"] == kind)


def _reload(rt: Runtime, draft_id: str) -> dict[str, Any]:
    with rt.db.begin() as conn:
        return get_draft(conn, draft_id)


def _sends(broker: StubBroker) -> list[tuple[str, tuple[Any, ...]]]:
    queue = broker.queues.get("send")
    messages = [dramatiq.Message.decode(raw) for raw in list(queue.queue)] if queue is not None else []
    return [(m.actor_name, tuple(m.args)) for m in messages]


def _kinds(rt: Runtime, ref: str) -> list[str]:
    with rt.db.begin() as conn:
        case = get_case(conn, ref)
        assert case is not None
        return [e["kind"] for e in events(conn, case["id"])]


def _follow(client: TestClient, response: Any) -> str:
    assert response.status_code == 303, response.text
    return text_of(client.get(response.headers["location"]))


def _uncertain_ack(runtime: Runtime, new_case: Callable[..., str]) -> tuple[str, dict[str, Any]]:
    ref = new_case()
    draft = _draft(runtime, "acknowledgment")
    interrupt_sending(runtime, draft["id"])
    return ref, _reload(runtime, draft["id"])


def test_choices_appear_only_for_an_uncertain_draft(client: TestClient, runtime: Runtime,
                                                    new_case: Callable[..., str]) -> None:
    """The two forms (with the CSRF token) show on an uncertain draft, and on no other draft page."""
    new_case()
    ack, identity = _draft(runtime, "acknowledgment"), _draft(runtime, "identity_request")
    for draft_id in (ack["id"], identity["id"]):  # proposed
        page = text_of(client.get(f"/brouillons/{draft_id}"))
        assert "Il est bien parti" not in page and "Le renvoyer" not in page
    interrupt_sending(runtime, ack["id"])
    page = text_of(client.get(f"/brouillons/{ack['id']}"))
    assert "Est-il parti ?" in page and "rien ne repart sans votre accord" in page
    for path in (SENT_PATH.format(ack["id"]), RESEND_PATH.format(ack["id"])):
        form = page.split(f'<form method="post" action="{path}">', 1)[1].split("</form>", 1)[0]
        assert f'name="csrf_token" value="{client.csrf}"' in form  # type: ignore[attr-defined]
    assert ">Il est bien parti</button>" in page and ">Le renvoyer</button>" in page
    assert "Valider et envoyer" not in page  # approved: no editor
    assert "<script" not in page.lower()
    # Approved but not uncertain (sending normally), then sent: no choice to make.
    client.post(f"/brouillons/{identity['id']}/valider", data={
        "csrf_token": client.csrf, "subject": identity["subject"], "body": identity["body"]})  # type: ignore[attr-defined]
    assert _reload(runtime, identity["id"])["status"] == "approved"
    assert "Le renvoyer" not in text_of(client.get(f"/brouillons/{identity['id']}"))
    client.post(SENT_PATH.format(ack["id"]), data={"csrf_token": client.csrf})  # type: ignore[attr-defined]
    assert "Le renvoyer" not in text_of(client.get(f"/brouillons/{ack['id']}"))


def test_it_went_out_marks_the_draft_sent_without_sending(client: TestClient, runtime: Runtime,
                                                          stub_broker: StubBroker,
                                                          new_case: Callable[..., str]) -> None:
    """« Il est bien parti »: the draft is sent as of the interrupted attempt, the case acknowledged,
    the choice recorded in its history, and nothing is queued for sending."""
    ref, draft = _uncertain_ack(runtime, new_case)
    page = _follow(client, client.post(SENT_PATH.format(draft["id"]), data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "Message marqué comme envoyé : rien n'a été renvoyé." in page
    assert 'class="flash ok" role="status"' in page
    saved = _reload(runtime, draft["id"])
    assert saved["status"] == "sent" and not saved["send_uncertain"] and saved["sending_since"] is None
    assert saved["sent_at"] == draft["sending_since"]
    with runtime.db.begin() as conn:
        case = get_case(conn, ref)
    assert case is not None and case["acknowledged_at"] == draft["sending_since"]
    assert _kinds(runtime, ref)[-2:] == ["draft_sent", "sent_confirmed"]
    assert _sends(stub_broker) == []


def test_resend_queues_exactly_one_sending(client: TestClient, runtime: Runtime, stub_broker: StubBroker,
                                           new_case: Callable[..., str]) -> None:
    """« Le renvoyer »: the uncertainty is lifted, one send_draft is queued; a second click queues nothing."""
    ref, draft = _uncertain_ack(runtime, new_case)
    page = _follow(client, client.post(RESEND_PATH.format(draft["id"]), data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "Nouvel envoi demandé : le message repart dans un instant." in page
    saved = _reload(runtime, draft["id"])
    assert saved["status"] == "approved" and not saved["send_uncertain"]
    assert saved["sending_since"] is None and saved["last_error"] is None
    assert saved["outgoing_message_id"] == draft["outgoing_message_id"]  # the same Message-ID goes out
    assert _kinds(runtime, ref)[-1] == "resend_allowed"
    assert _sends(stub_broker) == [("send_draft", (draft["id"],))]
    again = _follow(client, client.post(RESEND_PATH.format(draft["id"]), data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "seul un brouillon dont l'envoi est incertain peut être renvoyé" in again
    assert _sends(stub_broker) == [("send_draft", (draft["id"],))]


def test_both_refused_when_the_sending_is_not_uncertain(client: TestClient, runtime: Runtime,
                                                        stub_broker: StubBroker,
                                                        new_case: Callable[..., str]) -> None:
    """On a proposed, an approved (sending normally) or a sent draft, both choices are refused in
    French, go back to the case, and change nothing."""
    ref = new_case()
    ack, identity = _draft(runtime, "acknowledgment"), _draft(runtime, "identity_request")
    client.post(f"/brouillons/{identity['id']}/valider", data={
        "csrf_token": client.csrf, "subject": identity["subject"], "body": identity["body"]})  # type: ignore[attr-defined]
    queued = _sends(stub_broker)
    assert queued == [("send_draft", (identity["id"],))]
    for draft_id in (ack["id"], identity["id"]):
        before = _reload(runtime, draft_id)
        for path, reason in ((SENT_PATH, "seul un brouillon dont l'envoi est incertain peut être marqué envoyé"),
                             (RESEND_PATH, "seul un brouillon dont l'envoi est incertain peut être renvoyé")):
            response = client.post(path.format(draft_id), data={"csrf_token": client.csrf})  # type: ignore[attr-defined]
            assert response.headers["location"] == f"/demandes/{ref}"
            page = _follow(client, response)
            assert reason in page and 'class="flash erreur" role="alert"' in page
        assert _reload(runtime, draft_id) == before
    assert _sends(stub_broker) == queued
    # Once settled as sent, it cannot be "resent" either.
    interrupt_sending(runtime, ack["id"])
    client.post(SENT_PATH.format(ack["id"]), data={"csrf_token": client.csrf})  # type: ignore[attr-defined]
    page = _follow(client, client.post(RESEND_PATH.format(ack["id"]), data={"csrf_token": client.csrf}))  # type: ignore[attr-defined]
    assert "seul un brouillon dont l'envoi est incertain peut être renvoyé" in page
    assert _reload(runtime, ack["id"])["status"] == "sent"
    assert _sends(stub_broker) == queued


def test_unknown_draft_is_a_french_404(client: TestClient) -> None:
    """Both actions on a draft that does not exist answer 404 in French."""
    missing = "00000000-0000-4000-8000-000000000000"
    for path in (SENT_PATH, RESEND_PATH):
        response = client.post(path.format(missing), data={"csrf_token": client.csrf})  # type: ignore[attr-defined]
        assert response.status_code == 404 and "Ce brouillon n'existe pas." in text_of(response)


def test_without_csrf_token_or_login_nothing_happens(client: TestClient, runtime: Runtime, stub_broker: StubBroker,
                                                     new_case: Callable[..., str]) -> None:
    """On an uncertain draft, a POST without the token (or with a wrong one) gets 403, an anonymous
    one 401: the draft stays uncertain and nothing is queued."""
    _, draft = _uncertain_ack(runtime, new_case)
    anonymous = TestClient(client.app, base_url="http://127.0.0.1:8765", follow_redirects=False)
    anonymous.get("/connexion")  # a session with a token, but not logged in
    for path in (SENT_PATH.format(draft["id"]), RESEND_PATH.format(draft["id"])):
        assert client.post(path).status_code == 403
        assert client.post(path, data={"csrf_token": "faux" * 10}).status_code == 403
        assert anonymous.post(path, data={"csrf_token": "x"}).status_code == 401
    assert _reload(runtime, draft["id"]) == draft
    assert _sends(stub_broker) == []
