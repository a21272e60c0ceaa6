"""Anchors of a lexicon pattern: literal strings one of which must occur for it to match.

Recognition tries some 250 rights patterns on every sentence, and most sentences match none: that
loop was a third of the time per message. A pattern that starts (after ``\\b``) with a literal word,
or with a group of alternative literal words, cannot match a sentence that contains none of them,
so :func:`anchors` reads those words off the parsed regex and the caller skips the search when
none is a substring of the sentence. A pattern whose start is anything else (a class, an optional
group, a lookaround) has no anchors and is always tried. The result is the same set of matches:
tested over every sentence of the corpora.

The regex parser is CPython's own (``re._parser``, the engine ``re.compile`` uses); were it ever
unavailable, every pattern would simply be tried.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["anchors", "present"]

MIN_ANCHOR = 2  # a one-letter anchor filters nothing

try:
    _PARSER: Any = importlib.import_module("re._parser")
    _CONSTANTS: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: no prefilter
    _PARSER = _CONSTANTS = None


def _literal_run(items: list[Any]) -> str:
    out: list[str] = []
    for op, value in items:
        if op is _CONSTANTS.AT and not out:
            continue  # a leading \b
        if op is not _CONSTANTS.LITERAL:
            break
        out.append(chr(value))
    return "".join(out)


def _anchors(items: list[Any]) -> set[str] | None:
    while items and items[0][0] is _CONSTANTS.AT:
        items = items[1:]
    if not items:
        return None
    op, value = items[0]
    if op is _CONSTANTS.LITERAL:
        run = _literal_run(items)
        return {run} if len(run) >= MIN_ANCHOR else None
    if op is _CONSTANTS.SUBPATTERN:
        return _anchors(list(value[-1]))
    if op is _CONSTANTS.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            sub = _anchors(list(branch))
            if sub is None:
                return None
            found |= sub
        return found
    return None


def anchors(pattern: str) -> frozenset[str] | None:
    """The literal strings one of which any match of ``pattern`` starts with, or None."""
    if _PARSER is None:
        return None
    try:
        found = _anchors(list(_PARSER.parse(pattern)))
    except Exception:  # noqa: BLE001 - an unparsable pattern is simply always tried
        return None
    if not found or any(len(a) < MIN_ANCHOR for a in found):
        return None
    return frozenset(found)


def present(text: str, candidates: frozenset[str]) -> frozenset[str]:
    """The candidate anchors that occur in ``text`` (one pass per sentence, shared by all patterns)."""
    return frozenset(a for a in candidates if a in text)
