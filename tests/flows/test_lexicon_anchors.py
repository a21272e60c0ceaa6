"""Anchors of the lexicon patterns (flows.lexicon_anchors): a prefilter that must never hide a match."""

from __future__ import annotations

import pytest

from flows.lexicon_anchors import Prefilter, anchors
from flows.lexicon_context import sentences
from flows.lexicon_rights import PATTERNS, PREFILTER
from flows.reading import read_message
from tests.flows.corpus_support import CORPUS_ROOT


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bcopie de mes donnees", {"copi"}),  # four letters are selective enough
        (r"\b(supprim|effac)\w* mes donnees", {"effa", "supp"}),
        (r"\b(ce|tout ce) que vous avez", {"ce", "tout"}),
        (r"\bdelete my data|\bremove me from", {"dele", "remo"}),
        (r"\b(mon|ma) (tel|num)", {"mon tel", "mon num", "ma tel", "ma num"}),  # "m" factored out, then multiplied
        (r"s[ou]p+r+[iy]m+", {"sop", "sup"}),  # a small class multiplies out; "p+" is at least one p
        (r"e-?mail", {"emai", "e-mai"}),  # an optional character: both spellings
        (r"(je )?veux supprimer", {"veux"}),  # "je veux" contains "veux": the shorter is enough
        (r"(?<!ne )\bgardez", {"gard"}),  # lookarounds consume nothing
        (r"\b(a|ab)c", {"ac", "abc"}),
        (r"[a-z]+ donnees", None),  # starts with a wide class
        (r"(ne )?\w+ plus", None),  # "\\w+" could start with anything
        (r"\b(a|b)\w", None),  # one letter, then anything: a one-letter anchor filters nothing
        (r"(unclosed", None),  # unparsable: always tried
    ],
)
def test_anchors_table(pattern: str, expected: set[str] | None) -> None:
    """Literal starts become anchors; anything else gives None, so the pattern is always tried."""
    assert anchors(pattern) == expected


def test_most_patterns_have_anchors() -> None:
    """The prefilter is worth having: nearly every rights pattern has anchors."""
    assert sum(p.anchors is not None for p in PATTERNS) >= len(PATTERNS) * 9 // 10


def test_prefilter_candidates_in_order() -> None:
    """Candidates are the patterns whose anchor occurs, plus those without anchors, in order."""
    prefilter = Prefilter([frozenset({"abc"}), None, frozenset({"xy", "zz"}), frozenset({"abc"})])
    assert prefilter.candidates("-- abc --") == [0, 1, 3]
    assert prefilter.candidates("zz") == [1, 2]
    assert prefilter.candidates("nothing") == [1]


def test_prefilter_hides_no_match_on_the_corpus() -> None:
    """On every sentence of the labelled corpus, the patterns that match are exactly those the
    prefilter lets through and that match."""
    checked = 0
    for path in sorted(CORPUS_ROOT.rglob("*.eml")):
        msg = read_message(path.read_bytes())
        for sentence in sentences(f"{msg.subject}\n{msg.new_text}"):
            norm = sentence.norm
            every = [p for p in PATTERNS if p.regex.search(norm)]
            gated = [p for p in map(PATTERNS.__getitem__, PREFILTER.candidates(norm)) if p.regex.search(norm)]
            assert gated == every, norm
            checked += bool(every)
    assert checked > 100  # many sentences do match something
