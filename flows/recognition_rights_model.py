"""A small learned guess of *which* rights a detected message exercises.

The rules name the rights of a confident request. When a message is only a possible request (a
safety net or the learned recall net caught it, or the rules left it without any right), their
rights guess is weak: often empty, sometimes a word picked from the wrong clause. This model gives
the guess instead: one logistic regression per right (one-vs-rest, multi-label) over the same
hashed features as the recall net (:func:`flows.recognition_model.features`), trained offline by
``scripts/train_rights_model.py`` on the requests of the project's corpora and committed as
literals in :mod:`flows.recognition_rights_weights`. Pure: no disk, no network.

:func:`scores` gives each right's probability; :func:`guess` the rights a case "à confirmer" is
opened with: the most probable right, plus every other right at :data:`ALSO` or above.
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import pairwise

from flows.models import Right
from flows.recognition_model import multiplicity, norm_and_words, pair_bucket, word_buckets
from flows.recognition_rights_weights import ALSO, BIASES, BUCKETS, KINDS, WEIGHTS

__all__ = ["ALSO", "guess", "scores"]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


_NAMES = tuple(WEIGHTS)
_TABLES = tuple(WEIGHTS[name] for name in _NAMES)
_PAIRS = multiplicity(KINDS, "bigram")


@lru_cache(maxsize=32768)
def _word_vector(word: str) -> tuple[float, ...]:
    """What one word adds to each right's score (before normalisation), in ``_NAMES`` order."""
    buckets = word_buckets(word, BUCKETS, KINDS)
    return tuple(sum(table.get(bucket, 0.0) for bucket in buckets) for table in _TABLES)


@lru_cache(maxsize=65536)
def _pair_vector(first: str, second: str) -> tuple[float, ...]:
    bucket = pair_bucket(first, second, BUCKETS)
    return tuple(table.get(bucket, 0.0) * _PAIRS for table in _TABLES)


def scores(text: str) -> dict[Right, float]:
    """Probability, per right, that ``text`` (subject + new text) exercises it, given that it
    exercises at least one.

    Same values as ``BIASES[r] + sum(WEIGHTS[r][b] * v for b, v in features(text).items())``
    through the logistic, summed per word and per word pair (cached vectors over the eight
    rights), since no feature crosses more than two words.
    """
    norm, words = norm_and_words(text, BUCKETS, KINDS)
    if not norm:
        return {Right(name): _sigmoid(BIASES[name]) for name in _NAMES}
    vectors = [_word_vector(word) for word in words]
    if _PAIRS:
        vectors.extend(_pair_vector(first, second) for first, second in pairwise(words))
    totals = [sum(column) for column in zip(*vectors, strict=True)]
    return {Right(name): _sigmoid(BIASES[name] + total / norm) for name, total in zip(_NAMES, totals, strict=True)}


def guess(text: str, exclude: frozenset[Right] = frozenset()) -> set[Right]:
    """The rights to open a case "à confirmer" with: the most probable, and any at ``ALSO`` or above;
    ``exclude`` names rights the caller rules out (post mortem when a parent writes for a living child)."""
    probabilities = {right: p for right, p in scores(text).items() if right not in exclude}
    top = max(probabilities, key=lambda right: probabilities[right])
    return {top} | {right for right, p in probabilities.items() if p >= ALSO}
