"""Tests of flows.requester: who is asking, from the message."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from flows.reading import read_message
from flows.requester import extract_requester


def _msg(body: str, attachments: list[tuple[str, str, bytes]] | None = None, reply_to: str | None = None) -> bytes:
    em = EmailMessage()
    em["From"] = "Claire M <Claire.Martin@laposte.net>"
    em["To"] = "sandra.delomenie@orange.fr"
    em["Subject"] = "demande"
    if reply_to:
        em["Reply-To"] = reply_to
    em.set_content(body)
    for name, ctype, data in attachments or []:
        maintype, subtype = ctype.split("/")
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return em.as_bytes()


def test_sender_signature_address_phone_ids() -> None:
    """Email, display name, signature name, postal address, phone and client numbers are found."""
    body = (
        "Bonjour,\n\nMerci de supprimer mes données (commande n° 4521, facture FA-2025-118).\n\n"
        "Cordialement,\nClaire Martin\n12 rue des Lilas\n37000 Tours\n06 12 34 56 78\n"
    )
    req = extract_requester(read_message(_msg(body)))
    assert req.email == "claire.martin@laposte.net"
    assert req.display_name == "Claire M"
    assert req.claimed_name == "Claire Martin"
    assert req.postal_address == ["12 rue des Lilas", "37000 Tours"]
    assert req.phone == "06 12 34 56 78"
    assert "4521" in req.client_ids and "FA-2025-118" in req.client_ids
    assert req.has_signature


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Je soussignée Marie Dupont, demande l'effacement de mes données.", "Marie Dupont"),
        ("My name is John Smith and I want a copy of my data.", "John Smith"),
        ("Je m'appelle Léa Fontaine.", "Léa Fontaine"),
    ],
)
def test_claimed_name_phrases(body: str, name: str) -> None:
    """Names claimed in the text are extracted."""
    assert extract_requester(read_message(_msg(body))).claimed_name == name


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tel : +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("call me on +44 7700 900123", "+44 7700 900123"),
        ("portable 07.81.22.45.10", "07.81.22.45.10"),
        ("pas de numéro ici, commande 2026", None),
    ],
)
def test_phone_formats(text: str, phone: str | None) -> None:
    """French and international phone formats are recognised."""
    assert extract_requester(read_message(_msg(text))).phone == phone


def test_identity_document_and_reply_to() -> None:
    """An ID-like attachment is flagged, images listed, Reply-To difference kept."""
    raw = _msg("Ci-joint ma carte d'identité.", [("scan_cni.jpg", "image/jpeg", b"\xff\xd8\xff" + b"0" * 50)],
               reply_to="autre@gmail.com")
    req = extract_requester(read_message(raw))
    assert req.id_document_attached
    assert req.image_attachments == ["scan_cni.jpg"]
    assert req.reply_to == "autre@gmail.com" and req.reply_to_differs


def test_no_identity_document_without_attachment() -> None:
    """Mentioning an ID card without attaching anything is not an attached document."""
    req = extract_requester(read_message(_msg("Je peux vous envoyer ma carte d'identité si besoin.")))
    assert not req.id_document_attached


def test_broken_pdf_note_is_reported() -> None:
    """A broken PDF attachment becomes a pdf note."""
    req = extract_requester(read_message(_msg("voir PJ", [("lettre.pdf", "application/pdf", b"%PDF-1.4 broken")])))
    assert req.pdf_notes and "lettre.pdf" in req.pdf_notes[0]
