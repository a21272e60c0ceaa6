"""Tests of flows.threading: case references in subjects and thread keys."""

from __future__ import annotations

import pytest

from flows.reading import ParsedMessage
from flows.threading import case_ref_from_subject, format_case_ref, thread_keys


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: [DSR-2026-0007] Votre demande", "DSR-2026-0007"),
        ("TR: DSR-2026-0007", "DSR-2026-0007"),
        ("dsr-2026-12 suite", "DSR-2026-0012"),
        ("Réponse [DSR 2027 0100]", "DSR-2027-0100"),
        ("Ma demande RGPD", None),
        ("", None),
        ("Commande 2026-0007", None),
    ],
)
def test_case_ref_from_subject(subject: str, expected: str | None) -> None:
    """Case references are found in their usual forms and normalised."""
    assert case_ref_from_subject(subject) == expected


def test_format_case_ref() -> None:
    """The canonical reference pads the number to four digits."""
    assert format_case_ref(2026, 7) == "DSR-2026-0007"


def test_thread_keys_order_and_dedup() -> None:
    """In-Reply-To first, then References newest first, without duplicates."""
    msg = ParsedMessage(in_reply_to="<c@x>", references=["<a@x>", "<b@x>", "<c@x>"])
    assert thread_keys(msg) == ["<c@x>", "<b@x>", "<a@x>"]
    assert thread_keys(ParsedMessage()) == []
