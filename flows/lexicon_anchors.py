"""Anchors of a lexicon pattern: literal strings one of which every match starts with.

Recognition tries some 260 rights patterns on every sentence, and most sentences match none: that
loop was a third of the time per message. :func:`anchors` reads off the parsed regex the strings a
match must start with: literal letters, small classes (``[ou]``), alternatives (``(mon|ma|mes)``)
and optional groups (``(je )?``) multiplied out while the set stays small, zero-width assertions
(``\\b``, lookarounds) skipped, and stopping at the first wide class, ``\\w*`` or once every
prefix is :data:`ENOUGH` letters long. A sentence that contains none of a pattern's anchors
cannot match it; a pattern with no anchors (one letter, or anything at its start) is always
tried. :class:`Prefilter` looks for each anchor once per sentence and names the patterns worth
trying. The result is the same set of matches: tested over every sentence of the corpora.

The regex parser is CPython's own (``re._parser``, the engine ``re.compile`` uses); were it ever
unavailable, every pattern would simply be tried.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

__all__ = ["Prefilter", "anchors"]

MIN_ANCHOR = 2  # a one-letter anchor filters nothing

try:
    _PARSER: Any = importlib.import_module("re._parser")
    _CONSTANTS: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: no prefilter
    _PARSER = _CONSTANTS = None


MAX_SET = 48  # alternatives are multiplied out only while the set of prefixes stays this small
MAX_CLASS = 8  # a character class of more letters than this ends the prefix
ENOUGH = 4  # once every prefix is this long, it is selective enough: stop extending


def _letters(items: list[Any]) -> list[str] | None:
    """The letters of a small class of literals (``[ou]``), or None (ranges, categories, negation)."""
    if len(items) > MAX_CLASS or any(op is not _CONSTANTS.LITERAL for op, _ in items):
        return None
    return [chr(value) for _, value in items]


def _product(heads: set[str], tails: set[str]) -> set[str] | None:
    if len(heads) * len(tails) > MAX_SET:
        return None
    return {head + tail for head in heads for tail in tails}


def _prefixes(items: list[Any]) -> tuple[set[str], bool]:
    """A set of strings one of which every match of ``items`` starts with, and whether each is the
    whole of such a match (so what follows ``items`` may extend it)."""
    found = {""}
    for op, value in items:
        if min(map(len, found)) >= ENOUGH:
            return found, False
        if op in (_CONSTANTS.AT, _CONSTANTS.ASSERT, _CONSTANTS.ASSERT_NOT):
            continue  # zero-width: "\b", "^", lookarounds consume nothing
        if op is _CONSTANTS.LITERAL:
            tails, whole = {chr(value)}, True
        elif op is _CONSTANTS.IN:
            letters = _letters(list(value))
            if letters is None:
                return found, False
            tails, whole = set(letters), True
        elif op is _CONSTANTS.SUBPATTERN:
            tails, whole = _prefixes(list(value[-1]))
        elif op is _CONSTANTS.BRANCH:
            tails, whole = set(), True
            for branch in value[1]:
                sub, sub_whole = _prefixes(list(branch))
                tails |= sub
                whole = whole and sub_whole
        elif op in (_CONSTANTS.MAX_REPEAT, _CONSTANTS.MIN_REPEAT) and value[0] >= 1:
            tails, _ = _prefixes(list(value[2]))  # at least once: what one repetition starts with
            whole = False
        elif op in (_CONSTANTS.MAX_REPEAT, _CONSTANTS.MIN_REPEAT) and value[1] == 1:
            tails, whole = _prefixes(list(value[2]))  # "(je )?": the group, or nothing
            tails.add("")
        else:
            return found, False  # optional repeat, any character, a category: the prefix ends here
        extended = _product(found, tails)
        if extended is None:
            return found, False
        found = extended
        if not whole:
            return found, False
    return found, True


def anchors(pattern: str) -> frozenset[str] | None:
    """The literal strings one of which any match of ``pattern`` starts with, or None."""
    if _PARSER is None:
        return None
    try:
        found, _ = _prefixes(list(_PARSER.parse(pattern)))
    except Exception:  # noqa: BLE001 - an unparsable pattern is simply always tried
        return None
    if not found or any(len(a) < MIN_ANCHOR for a in found):
        return None
    # "veux " occurs wherever "je veux " does: the longer one adds nothing
    return frozenset(a for a in found if not any(b != a and b in a for b in found))


class Prefilter:
    """Which patterns of a sequence can match a text, from their anchors: each anchor is looked for
    once, and only the patterns it starts (plus those without anchors) are tried, in their order."""

    def __init__(self, anchor_sets: Sequence[frozenset[str] | None]) -> None:
        self._always = frozenset(i for i, found in enumerate(anchor_sets) if found is None)
        index: dict[str, list[int]] = {}
        for i, found in enumerate(anchor_sets):
            for anchor in found or ():
                index.setdefault(anchor, []).append(i)
        self._index = tuple((anchor, tuple(ids)) for anchor, ids in sorted(index.items()))

    def within(self, text: str) -> Prefilter:
        """The same prefilter keeping only the anchors that occur in ``text``: built once on a whole
        message (its sentences joined), it checks each sentence for a handful of anchors instead of
        all of them, since an anchor absent from the message is absent from each of its sentences."""
        narrowed = Prefilter(())
        narrowed._always = self._always
        narrowed._index = tuple((anchor, ids) for anchor, ids in self._index if anchor in text)
        return narrowed

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns worth trying on ``text``, ascending."""
        hits = set(self._always)
        for anchor, ids in self._index:
            if anchor in text:
                hits.update(ids)
        return sorted(hits)
