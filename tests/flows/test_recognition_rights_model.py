"""The learned rights guess (flows.recognition_rights_model): fast scores, and the guess it gives."""

from __future__ import annotations

import math

import pytest

from flows.models import Right
from flows.recognition_model import features
from flows.recognition_rights_model import ALSO, guess, scores
from flows.recognition_rights_weights import BIASES, BUCKETS, KINDS, WEIGHTS

TEXTS = (
    "Merci de supprimer mes données, merci !",
    "slt effacé moi de vos fichié svp jveu plu y etre",
    "Objet : mes données\nBonjour, pouvez-vous m'envoyer une copie de mes données, puis les supprimer ?",
    "Please stop sending me your newsletter, and correct my surname: it is Martin, not Martine.",
    "",
)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_scores_equal_the_feature_dot_products(text: str) -> None:
    """Per-word cached vectors give each right the probability the feature dot product gives."""
    feats = features(text, BUCKETS, KINDS)
    got = scores(text)
    assert set(got) == set(Right)
    for name, weights in WEIGHTS.items():
        z = BIASES[name] + sum(value * weights.get(bucket, 0.0) for bucket, value in feats.items())
        assert got[Right(name)] == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-9)


def test_guess_is_the_top_right_plus_any_sure_enough() -> None:
    """The guess names the most probable right, and every other right at ALSO or above."""
    text = TEXTS[2]
    probabilities = scores(text)
    top = max(probabilities, key=lambda right: probabilities[right])
    assert guess(text) == {top} | {right for right, p in probabilities.items() if p >= ALSO}
    assert Right.ACCESS in guess(text)


def test_erasure_wording_scores_erasure_highest() -> None:
    """A plain erasure request is read as erasure first."""
    probabilities = scores(TEXTS[0])
    assert max(probabilities, key=lambda right: probabilities[right]) is Right.ERASURE
