"""Tests of flows.matching: folding, email/phone normalisation, whole-token name matching."""

from __future__ import annotations

import pytest

from flows.matching import (
    Matcher,
    find_phones,
    fold,
    name_tokens,
    normalize_email,
    normalize_phone,
    quick_fold,
)
from flows.models import Identity, MatchField


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("06 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("06-12-34-56-78", "+33612345678"),
        ("0612345678", "+33612345678"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("+33 06 12 34 56 78", "+33612345678"),
        ("05.49.00.11.22", "+33549001122"),
        ("+32 470 12 34 56", "+32470123456"),
        ("12 34", None),
        ("pas un numéro", None),
    ],
)
def test_normalize_phone(raw: str, expected: str | None) -> None:
    """French formats (+33, 0033, 0X XX.., (0)) all reduce to one E.164 form."""
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hélène LEFÈVRE", "helene lefevre"),
        ("Œuvre Æsir straße", "oeuvre aesir strasse"),
        ("Jean\u2013Luc N\u2019Diaye", "jean-luc n'diaye"),
        ("E\u0301loi\u0308se", "eloise"),  # decomposed accents
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    """fold() lower-cases, strips accents/ligatures and unifies dashes and apostrophes."""
    assert fold(raw) == expected


def test_name_tokens_keep_hyphenated_parts_whole() -> None:
    """A hyphenated surname stays one token, spaces around the hyphen included."""
    assert name_tokens("Camille Martin - Dubois") == ["camille", "martin-dubois"]
    assert name_tokens("N'DIAYE, Éloïse") == ["n'diaye", "eloise"]


def test_normalize_email() -> None:
    """Addresses are trimmed, unwrapped and lower-cased."""
    assert normalize_email("  <Camille.Martin@Exemple.FR> ") == "camille.martin@exemple.fr"
    assert normalize_email("mailto:a@b.fr") == "a@b.fr"


CAMILLE = Matcher.for_identity(Identity(email="camille.martin@exemple.fr", name="Camille Martin",
                                        phone="06 12 34 56 78"))

TEXT_CASES = [
    ("Séance avec Camille Martin ce matin", [MatchField.NAME]),
    ("MARTIN Camille, questionnaire", [MatchField.NAME]),
    ("Martin,  Camille", [MatchField.NAME]),
    ("camille MARTIN", [MatchField.NAME]),
    ("Participante : Camille Martin-Dubois", []),
    ("Camille Martinez", []),
    ("Camille est venue ; M. Martin aussi", []),
    ("écrire à Camille.Martin@exemple.fr.", [MatchField.EMAIL]),
    ("xcamille.martin@exemple.fr", []),
    ("camille.martin@exemple.fr.com", []),
    ("tél. +33 (0)6 12 34 56 78", [MatchField.PHONE]),
    ("tél. 06.12.34.56.79", []),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_CASES)
def test_match_text(text: str, expected: list[MatchField]) -> None:
    """Name needs both tokens, adjacent, whole; email whole; phone after normalisation."""
    assert CAMILLE.match_text(text) == expected


def test_match_text_accent_insensitive_both_ways() -> None:
    """A name typed without accents finds the accented one, and the reverse."""
    plain = Matcher.for_identity(Identity(email="h@x.fr", name="Helene Lefevre-Roussel"))
    accented = Matcher.for_identity(Identity(email="h@x.fr", name="Hélène Lefèvre-Roussel"))
    assert plain.match_text("HÉLÈNE LEFÈVRE-ROUSSEL") == [MatchField.NAME]
    assert accented.match_text("lefevre-roussel helene") == [MatchField.NAME]
    assert plain.match_text("Hélène Lefèvre") == []


def test_single_token_name_never_matches() -> None:
    """A one-word name is too weak: no name pattern, no needle for it."""
    matcher = Matcher.for_identity(Identity(email="c@x.fr", name="Camille"))
    assert not matcher.has_name
    assert matcher.match_text("Camille") == []
    assert matcher.needles() == ["c@x.fr"]


def test_match_fields_structured() -> None:
    """Structured values: exact email, whole-token full name, normalised phone."""
    assert CAMILLE.match_fields(emails=["Camille.Martin@exemple.fr"], names=["Camille Martin-Dubois"],
                                phones=["+33612345678"]) == [MatchField.EMAIL, MatchField.PHONE]
    assert CAMILLE.match_fields(emails=["camille.md@exemple.org"], names=["Camille Martin-Dubois"]) == []
    assert CAMILLE.match_fields(names=["Martin Camille"]) == [MatchField.NAME]


def test_find_phones() -> None:
    """Every phone in a text is found and normalised."""
    assert find_phones("06 12 34 56 78 ou +33 7 98 76 54 32, ref 2024") == {"+33612345678", "+33798765432"}


def test_needles_are_folded_substrings_of_any_match() -> None:
    """Every matching text contains at least one needle (the prefilter never loses a hit)."""
    needles = CAMILLE.needles()
    for text, expected in TEXT_CASES:
        if expected:
            assert any(n in fold(text) for n in needles), text


@pytest.mark.parametrize("text", ["Hélène LEFÈVRE-ROUSSEL", "N\u2019DIAYE Éloïse", "Lœtitia\u00a0Straße", "a\u2013b"])
def test_quick_fold_keeps_every_folded_token(text: str) -> None:
    """The lossy prefilter fold keeps every token the exact fold produces."""
    quick = quick_fold(text)
    assert all(token in quick for token in fold(text).split())
