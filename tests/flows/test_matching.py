"""Tests of flows.matching: folding, email/phone normalisation, whole-token name matching."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.matching import (
    Matcher,
    find_phones,
    fold,
    fold_bytes,
    full_name,
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
        ("N`Diaye", "n'diaye"),  # the backtick is an apostrophe, in ASCII text too
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


# --- byte prefilter: fold_bytes and ByteNeedles -------------------------------------------


def _latin1_or_q(folded: str) -> bytes:
    """What fold_bytes promises: the folded text, Latin-1 characters as bytes, others as "?"."""
    return bytes(ord(c) if ord(c) < 256 else ord("?") for c in folded)


def test_fold_bytes_agrees_with_fold_on_every_code_point() -> None:
    """Over all of Unicode, fold_bytes is fold written one byte per character (no exception)."""
    points = [cp for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
    for start in range(0, len(points), 50_000):
        text = "\n".join(chr(cp) for cp in points[start:start + 50_000])
        assert fold_bytes(text.encode()) == _latin1_or_q(fold(text))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=100).map(lambda t: t.encode()))
def test_fold_bytes_of_any_bytes(data: bytes) -> None:
    """Invalid UTF-8 included: same as fold of the text decoded with errors replaced."""
    assert fold_bytes(data) == _latin1_or_q(fold(data.decode("utf-8", errors="replace")))


_NAME_FORMS = ["Camille Martin", "MARTIN Camille", "Martin,  Camille", "CAMILLE\u00a0MARTIN", "Ca\u0301mille Martin",
               "ÇAMILLE MÅRTIN", "camille\u2003martin", "Martin-Dubois Camille", "Camille Martin-Dubois",
               "Camille Martinez", "Marie-Camille Martin", "Camille\u2013Martin"]
_NOISE = ["", " ", "x", "-", "é", "ł", "œ", "\u2019", "€", "\n", ",", "_", "Σ", "\u0301", "1", "?"]
_OTHER = ["camille.martin@exemple.fr", "CAMILLE.MARTIN@EXEMPLE.FR", "camille.martin@exemple.fr.com",
          "+33 (0)6 12 34 56 78", "06.12.34.56.78", "0612345678", "06 12 34 56 7(0)8", "6 12 34 56 78"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_FORMS + _NOISE + _OTHER), max_size=6))
def test_text_needles_never_lose_a_match(parts: list[str]) -> None:
    """Whatever match_text finds, the byte patterns hit first (so skipping a miss is safe)."""
    text = "".join(parts)
    needles = CAMILLE.text_needles()
    if CAMILLE.match_text(text):
        assert needles.search(needles.haystack(text.encode())), text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_NAME_FORMS + _OTHER + _NOISE), st.sampled_from(_NAME_FORMS + _OTHER + _NOISE),
       st.sampled_from([",", ";", "\t"]))
def test_field_needles_never_lose_a_match(first: str, second: str, delimiter: str) -> None:
    """A record (any columns, any delimiter) accepted by match_fields is hit by field_needles."""
    line = delimiter.join([first, second, "x"])
    needles = CAMILLE.field_needles()
    if CAMILLE.match_fields(emails=[first, second], names=[first, second, full_name(first, second)],
                            phones=[first, second]):
        assert needles.search(needles.haystack(line.encode())), line


def test_needles_skip_the_similar_name() -> None:
    """The byte patterns already reject Camille Martin-Dubois / Martinez: no exact work for them."""
    needles = CAMILLE.text_needles()
    for text in ("Camille Martin-Dubois", "Camille Martinez", "Marie-Camille Martin-Dubois", "Martin Camille-Anne"):
        assert not needles.search(needles.haystack(text.encode())), text
    assert CAMILLE.text_needles().search(CAMILLE.text_needles().haystack("HÉLÈNE et MARTIN Camille".encode()))


def test_field_needles_only_for_present_columns() -> None:
    """Without a name or phone column, only the email (lower-cased, no fold needed) is sought."""
    needles = CAMILLE.field_needles(names=False, phones=False, literals=["cus_00001"])
    assert not needles.folded and not needles.patterns and len(needles.plain) == 2
    assert needles.search(needles.haystack(b"py_1,CAMILLE.MARTIN@exemple.fr"))
    assert needles.search(needles.haystack(b"py_2,,CUS_00001"))
    assert not needles.search(needles.haystack(b"py_3,Camille Martin,06 12 34 56 78"))
