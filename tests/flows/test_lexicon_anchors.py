"""Anchors of the lexicon patterns (flows.lexicon_anchors): a prefilter that must never hide a match."""

from __future__ import annotations

import pytest

from flows.lexicon_anchors import anchors, present
from flows.lexicon_context import sentences
from flows.lexicon_rights import ALL_ANCHORS, PATTERNS
from flows.reading import read_message
from tests.flows.corpus_support import CORPUS_ROOT


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bcopie de mes donnees", {"copie de mes donnees"}),
        (r"\b(supprim|effac)\w* mes donnees", {"effac", "supprim"}),
        (r"\b(ce|tout ce) que vous avez", {"ce", "tout ce"}),
        (r"\bdelete my data|\bremove me from", {"delete my data", "remove me from"}),
        (r"[a-z]+ donnees", None),  # starts with a class
        (r"(?<!ne )\bgardez", None),  # starts with a lookbehind
        (r"(je )?veux supprimer", None),  # starts with an optional group
        (r"\b(a|ab)c", None),  # a one-letter anchor filters nothing
        (r"(unclosed", None),  # unparsable: always tried
    ],
)
def test_anchors_table(pattern: str, expected: set[str] | None) -> None:
    """Literal starts become anchors; anything else gives None, so the pattern is always tried."""
    assert anchors(pattern) == expected


def test_most_patterns_have_anchors() -> None:
    """The prefilter is worth having: most of the rights patterns start with literal words."""
    assert sum(p.anchors is not None for p in PATTERNS) >= len(PATTERNS) // 2


def test_prefilter_hides_no_match_on_the_corpus() -> None:
    """On every sentence of the labelled corpus, the patterns that match are exactly those the
    prefilter lets through and that match."""
    checked = 0
    for path in sorted((CORPUS_ROOT / "recognition").glob("*.eml")):
        msg = read_message(path.read_bytes())
        for sentence in sentences(f"{msg.subject}\n{msg.new_text}"):
            norm = sentence.norm
            every = [p for p in PATTERNS if p.regex.search(norm)]
            here = present(norm, ALL_ANCHORS)
            gated = [p for p in PATTERNS
                     if (p.anchors is None or not p.anchors.isdisjoint(here)) and p.regex.search(norm)]
            assert gated == every, norm
            checked += bool(every)
    assert checked > 100  # many sentences do match something
