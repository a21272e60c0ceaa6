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

from flows.models import Right
from flows.recognition_model import features
from flows.recognition_rights_weights import ALSO, BIASES, BUCKETS, KINDS, WEIGHTS

__all__ = ["ALSO", "guess", "scores"]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def scores(text: str) -> dict[Right, float]:
    """Probability, per right, that ``text`` (subject + new text) exercises it, given that it
    exercises at least one."""
    feats = features(text, BUCKETS, KINDS)
    out: dict[Right, float] = {}
    for name, weights in WEIGHTS.items():
        get = weights.get
        out[Right(name)] = _sigmoid(BIASES[name] + sum(get(bucket, 0.0) * value for bucket, value in feats.items()))
    return out


def guess(text: str) -> set[Right]:
    """The rights to open a case "à confirmer" with: the most probable, and any at ``ALSO`` or above."""
    probabilities = scores(text)
    top = max(probabilities, key=lambda right: probabilities[right])
    return {top} | {right for right, p in probabilities.items() if p >= ALSO}
