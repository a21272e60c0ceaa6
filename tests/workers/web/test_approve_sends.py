"""Approving from the desk sends the edited text, through Redis, a real worker and SMTP; an
uncertain sending settled from the desk goes out once (« Le renvoyer ») or not at all (« Il est bien parti »)."""

from __future__ import annotations

from pathlib import Path

import redis
from starlette.testclient import TestClient

from tests.harness.smtp_sink import SmtpSink
from tests.workers.web.conftest import csrf_of, interrupt_sending, log_in, make_case, text_of
from tests.workers.web.e2e_support import booted, desk_settings, wait_for, worker
from workers.store.cases import get_case
from workers.store.drafts import get_draft, list_drafts
from workers.web.app import create_app
from workers.web.labels import fr_date


def test_approved_acknowledgment_reaches_the_person_with_her_edits(
    tmp_path: Path, redis_url: str, clean_smtp_sink: SmtpSink
) -> None:
    """Edit + "Valider et envoyer" -> the worker sends exactly the edited text, once."""
    settings = desk_settings(tmp_path, redis_url, sink=clean_smtp_sink)
    with booted(settings) as runtime:
        ref = make_case(runtime)
        with runtime.db.begin() as conn:
            draft = next(d for d in list_drafts(conn) if d["kind"] == "acknowledgment")
        client = TestClient(create_app(runtime), base_url="http://127.0.0.1:8765", follow_redirects=False)
        log_in(client)
        page = client.get(f"/brouillons/{draft['id']}").text
        edited = draft["body"] + "\nJe reviens vers vous très vite. Sandra"
        response = client.post(f"/brouillons/{draft['id']}/valider", data={
            "csrf_token": csrf_of(page), "subject": draft["subject"] + " (corrigé)", "body": edited})
        assert response.status_code == 303
        with worker(runtime):
            received = clean_smtp_sink.wait_for(1, timeout=30)
            wait_for(lambda: _status(runtime, draft["id"]) == "sent")
        assert len(received) == 1
        message = received[0].message
        assert message["To"] == "marie.dupont@example.org"
        assert message["Subject"] == f"[{ref}] Accusé de réception de votre demande (corrigé)"
        assert "Je reviens vers vous très vite. Sandra" in message.get_content()
        with runtime.db.begin() as conn:
            case = get_case(conn, ref)
        assert case is not None and case["acknowledged_at"] is not None
        register = text_of(client.get("/registre"))
        row = register.split(f">{ref}</a>", 1)[1].split("</tr>", 1)[0]
        assert f"<td>{fr_date(case['acknowledged_at'])}</td>" in row
        assert "envoyé" in text_of(client.get(f"/demandes/{ref}"))
    assert len(clean_smtp_sink.messages) == 1


def test_uncertain_sending_settled_from_the_desk(tmp_path: Path, redis_url: str, clean_smtp_sink: SmtpSink) -> None:
    """Two interrupted sendings: « Le renvoyer » puts one send_draft in Redis and the worker sends it once,
    with its reserved Message-ID; « Il est bien parti » queues nothing and sends nothing."""
    settings = desk_settings(tmp_path, redis_url, sink=clean_smtp_sink)
    with booted(settings) as runtime:
        make_case(runtime)
        with runtime.db.begin() as conn:
            drafts = {d["kind"]: d for d in list_drafts(conn)}
        resent, gone = drafts["acknowledgment"], drafts["identity_request"]
        for draft in (resent, gone):
            interrupt_sending(runtime, draft["id"])
        client = TestClient(create_app(runtime), base_url="http://127.0.0.1:8765", follow_redirects=False)
        log_in(client)
        token = csrf_of(client.get(f"/brouillons/{resent['id']}").text)
        assert client.post(f"/brouillons/{resent['id']}/renvoyer", data={"csrf_token": token}).status_code == 303
        assert client.post(f"/brouillons/{gone['id']}/bien-parti", data={"csrf_token": token}).status_code == 303
        queued = list(redis.Redis.from_url(redis_url).hgetall("dramatiq:send.msgs").values())
        assert len(queued) == 1 and resent["id"].encode() in queued[0] and gone["id"].encode() not in queued[0]
        assert _status(runtime, gone["id"]) == "sent"
        with worker(runtime):
            received = clean_smtp_sink.wait_for(1, timeout=30)
            wait_for(lambda: _status(runtime, resent["id"]) == "sent")
        with runtime.db.begin() as conn:
            message_id = get_draft(conn, resent["id"])["outgoing_message_id"]
        assert message_id and received[0].message["Message-ID"] == message_id
        assert "Accusé de réception" in received[0].message["Subject"]
    assert len(clean_smtp_sink.messages) == 1


def _status(runtime, draft_id: str) -> str:  # type: ignore[no-untyped-def]
    with runtime.db.begin() as conn:
        return str(get_draft(conn, draft_id)["status"])
