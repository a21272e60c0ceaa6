"""Identity in the running product (art. 12(6)): verified without asking when a known client
writes authentically; otherwise proof is asked, the clock pauses, and a document received is
deleted from the database and the disk once checked."""

from __future__ import annotations

import base64
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from tests.workers.pipeline_support import example_connectors, make_runtime, request_message, running_worker, wait_for
from workers.intake import Incoming, ingest
from workers.runtime import Runtime, utcnow
from workers.store import cases as case_store
from workers.store.drafts import list_drafts
from workers.store.messages import message_bytes
from workers.store.schema import identity_documents
from workers.workflow import practitioner

MARKER = b"ID-CARD-SECRET-7f3a9c"
ACCESS = "Bonjour,\n\nJe vous demande une copie de toutes mes données personnelles (article 15 du RGPD).\n\nMerci,\nAlex Inconnu\n"


def feed(runtime: Runtime, raw: bytes) -> None:
    from workers.actors import recognise_messages

    ingest(runtime.db, [Incoming(raw=raw, source="file")], lambda ids: recognise_messages.send(ids), utcnow)


def case_in(runtime: Runtime, state: str):  # type: ignore[no-untyped-def]
    def check():  # type: ignore[no-untyped-def]
        with runtime.db.begin() as conn:
            rows = case_store.list_cases(conn)
        return rows[0] if rows and rows[0]["state"] == state else None

    return check


def reply_with_document(ref: str, sender: str, in_reply_to: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Alex Inconnu <{sender}>"
    message["To"] = "contact@floraison.test"
    message["Subject"] = f"Re: [{ref}] Vérification de votre identité"
    message["Message-ID"] = make_msgid(domain="exemple.test")
    message["In-Reply-To"] = in_reply_to
    message.set_content("Voici ma pièce d'identité, le reste est masqué.\n")
    pdf = b"%PDF-1.4\n% " + MARKER + b"\n%%EOF\n"
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="carte-identite.pdf")
    return message.as_bytes()


def test_unknown_sender_is_asked_for_proof_and_the_document_is_deleted_once_checked(tmp_path: Path, redis_url: str) -> None:
    """Proof asked, clock paused; the document arrives, is checked, and is gone from DB and disk."""
    runtime = make_runtime(tmp_path, redis_url, connectors=example_connectors())
    request = request_message("alex.inconnu@exemple.test", "Alex Inconnu", "Mes données", ACCESS)
    with running_worker(runtime):
        feed(runtime, request)
        case = wait_for(case_in(runtime, "awaiting_identity"), timeout=30)
        with runtime.db.begin() as conn:
            kinds = {d["kind"] for d in list_drafts(conn, case_id=case["id"])}
        assert {"acknowledgment", "identity_request"} <= kinds
        assert case["identity_status"] == "needs_proof"
        assert case["paused_since"] is not None

        first_id = request.split(b"Message-ID: ")[1].split(b"\n")[0].strip().decode()
        feed(runtime, reply_with_document(case["ref"], "alex.inconnu@exemple.test", first_id))
        case = wait_for(case_in(runtime, "received"), timeout=30)
        with runtime.db.begin() as conn:
            documents = conn.execute(identity_documents.select()).all()
            events = [e["kind"] for e in case_store.events(conn, case["id"])]
        assert len(documents) == 1 and MARKER in bytes(documents[0].data)
        assert "message_received" in events and "identity_received" in events
        assert case["identity_status"] == "received"

        deleted = practitioner.identity_checked(runtime, case["ref"], utcnow() + timedelta(days=2))
        assert deleted == 1
        case = wait_for(case_in(runtime, "awaiting_approval"), timeout=60)

    assert case["identity_note"].startswith("pièce d'identité vérifiée le ")
    assert case["paused_days"] == 0, "the proof arrived the day it was asked: no day of suspension"
    with runtime.db.begin() as conn:
        assert conn.execute(identity_documents.select()).all() == []
        stored = [message_bytes(conn, m) for m in (1, 2)]
    assert all(MARKER not in raw for raw in stored)
    assert b"supprim" in stored[1] or "supprimée".encode() in stored[1]
    for path in (tmp_path / "data").glob("dsr.sqlite3*"):
        assert MARKER not in path.read_bytes(), f"identity document still on disk in {path.name}"


def test_known_client_writing_authentically_is_verified_without_asking(tmp_path: Path, redis_url: str) -> None:
    """A client found in the connectors, with DMARC pass from her provider, is not asked for proof."""
    runtime = make_runtime(tmp_path, redis_url, connectors=example_connectors())
    with running_worker(runtime):
        feed(runtime, request_message("camille.martin@exemple.fr", "Camille Martin", "Données", ACCESS))
        case = wait_for(case_in(runtime, "awaiting_approval"), timeout=60)
    assert case["identity_status"] == "verified"
    with runtime.db.begin() as conn:
        assert "identity_request" not in {d["kind"] for d in list_drafts(conn, case_id=case["id"])}


def test_spoofed_known_address_is_not_verified(tmp_path: Path, redis_url: str) -> None:
    """A known client's address with a failed DMARC check, or a different Reply-To, is never verified."""
    runtime = make_runtime(tmp_path, redis_url, connectors=example_connectors())
    spoofed = request_message("camille.martin@exemple.fr", "Camille Martin", "Données", ACCESS, authenticated=False)
    spoofed = spoofed.replace(b"From:", b"Authentication-Results: mx.floraison.test; dmarc=fail header.from=exemple.fr\nFrom:", 1)
    other_reply = request_message("camille.martin@exemple.fr", "Camille Martin", "Mes données svp", ACCESS + "\n",
                                  reply_to="pirate@ailleurs.test")
    with running_worker(runtime):
        feed(runtime, spoofed)
        feed(runtime, other_reply)

        def two_waiting():  # type: ignore[no-untyped-def]
            with runtime.db.begin() as conn:
                rows = case_store.list_cases(conn)
            return rows if len(rows) == 2 and all(r["state"] == "awaiting_identity" for r in rows) else None

        rows = wait_for(two_waiting, timeout=30)
    notes = " ".join(r["identity_note"] for r in rows)
    assert "DMARC" in notes
    assert all(r["identity_status"] == "needs_proof" for r in rows)


def test_waiting_for_proof_suspends_the_deadline(tmp_path: Path, redis_url: str) -> None:
    """Days between the identity request and the proof are added to the due date (legal-rules.md)."""
    from datetime import date, datetime, timezone

    from workers.workflow.case_flow import on_message_joined

    runtime = make_runtime(tmp_path, redis_url, connectors=example_connectors())
    with running_worker(runtime):
        feed(runtime, request_message("alex.inconnu@exemple.test", "Alex Inconnu", "Mes données", ACCESS))
        case = wait_for(case_in(runtime, "awaiting_identity"), timeout=30)
    with runtime.db.begin() as conn:
        # Received Sunday 31 January 2027, proof asked on Monday 1 February...
        case_store.update_case(conn, case["id"], utcnow(), receipt_date=date(2027, 1, 31),
                               due_date=date(2027, 3, 1), paused_since=date(2027, 2, 1))
    # ... and received on 8 February: 7 days added to 28 February, then Sunday 7 March rolls to Monday.
    on_message_joined(runtime, case["id"], datetime(2027, 2, 8, 10, 0, tzinfo=timezone.utc))
    with runtime.db.begin() as conn:
        after = case_store.get_case(conn, case["id"])
    assert after["paused_days"] == 7
    assert after["due_date"] == date(2027, 3, 8)
    assert after["state"] == "received"
