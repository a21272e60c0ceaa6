"""The learned model's veto over the rules (flows.recognition.VETO_REQUEST / VETO_REVIEW).

The veto's thresholds are logic over a probability: those tests pin the model's score to a value
(a stub of a pure function, for a unit test of the ladder). The last tests use the shipped model
on real text, with no stub.
"""

from __future__ import annotations

import pytest

from flows import recognition, recognition_model
from flows.models import Outcome
from flows.reading import read_message
from flows.recognition import VETO_REQUEST, VETO_REVIEW, recognise

OWN = frozenset({"sandra.delomenie@orange.fr"})


def _eml(text: str, subject: str = "Message") -> bytes:
    return (
        "From: Claire Martin <claire.martin@laposte.net>\r\nTo: sandra.delomenie@orange.fr\r\n"
        f"Subject: {subject}\r\nDate: Mon, 02 Mar 2026 10:00:00 +0100\r\nMessage-ID: <v1@laposte.net>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


STRONG_REQUEST = ("Bonjour Sandra, je n'ai plus besoin de vos services : merci de supprimer toutes mes données "
                  "personnelles. Claire")
POSSIBLE_REQUEST = ("Bonjour Sandra, je m'interroge sur mes données et le droit d'accès depuis notre dernière séance "
                    "de mars. Claire")


def _with_score(monkeypatch: pytest.MonkeyPatch, value: float) -> None:
    monkeypatch.setattr(recognition.recognition_model, "score", lambda text: value)


def test_thresholds_are_ordered() -> None:
    """A confident request needs a lower probability to be let go than a possible one."""
    assert 0 < VETO_REQUEST < VETO_REVIEW < recognition_model.THRESHOLD


@pytest.mark.parametrize(("probability", "expected"), [
    (VETO_REQUEST / 2, Outcome.NONE),
    (VETO_REQUEST, Outcome.REQUEST),
    (0.9, Outcome.REQUEST),
])
def test_confident_request_is_vetoed_only_below_its_threshold(
        monkeypatch: pytest.MonkeyPatch, probability: float, expected: Outcome) -> None:
    """Plain erasure wording stays a request unless the model finds the message very unlikely."""
    _with_score(monkeypatch, probability)
    rec = recognise(read_message(_eml(STRONG_REQUEST)), own_addresses=OWN)
    assert rec.outcome is expected


def test_veto_keeps_the_evidence_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    """A vetoed message is logged as none with the model's reason first, then the sentences the rules saw."""
    _with_score(monkeypatch, 0.001)
    rec = recognise(read_message(_eml(STRONG_REQUEST)), own_addresses=OWN)
    assert rec.outcome is Outcome.NONE and rec.rights == []
    assert rec.evidence[0].startswith("modèle appris : demande très improbable")
    assert any("supprimer toutes mes données" in e for e in rec.evidence[1:])
    assert rec.non_request_reason == rec.evidence[0]


@pytest.mark.parametrize(("probability", "expected"), [
    (VETO_REVIEW / 2, Outcome.NONE),
    (VETO_REVIEW, Outcome.REVIEW),
])
def test_possible_request_is_vetoed_below_its_threshold(
        monkeypatch: pytest.MonkeyPatch, probability: float, expected: Outcome) -> None:
    """A right named without a demand ("à confirmer") is let go below the review threshold."""
    _with_score(monkeypatch, probability)
    rec = recognise(read_message(_eml(POSSIBLE_REQUEST)), own_addresses=OWN)
    assert rec.outcome is expected, rec.evidence


def test_shipped_model_keeps_plain_requests() -> None:
    """With the shipped weights, ordinary requests in both languages are far above the veto."""
    for text in (STRONG_REQUEST, "Hello, please send me a copy of all the personal data you hold about me. Thanks, Claire"):
        assert recognition_model.score(recognition_model.message_text("Mes données", text)) > 10 * VETO_REVIEW
        assert recognise(read_message(_eml(text, "Mes données")), own_addresses=OWN).outcome is Outcome.REQUEST


def test_terse_message_is_never_vetoed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few words ("Article 17 RGPD.") give the model too little to judge: the rules' outcome stands."""
    _with_score(monkeypatch, 0.0)
    assert recognise(read_message(_eml("Article 17 RGPD.", "RGPD")), own_addresses=OWN).outcome is Outcome.REVIEW


def test_shipped_model_lets_go_a_phishing_notice() -> None:
    """A mailbox phishing notice (blind27) says that "vos données personnelles" will be deleted: the
    rules read erasure wording, the shipped model finds no request and says so."""
    text = ("Cher utilisateur, suite à la mise en conformité RGPD de nos serveurs, les comptes non vérifiés seront "
            "définitivement supprimés sous 24 heures, ainsi que l'ensemble de vos données personnelles (mails, "
            "contacts, pièces jointes). Cliquez ici pour vérifier votre compte. Le service technique")
    rec = recognise(read_message(_eml(text, "Vérification de votre boîte mail")), own_addresses=OWN)
    assert rec.outcome is Outcome.NONE, rec.evidence
    assert rec.evidence[0].startswith("modèle appris : demande très improbable")
