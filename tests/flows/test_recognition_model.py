"""The learned recall net (flows.recognition_model) and its wiring in recognition."""

from __future__ import annotations

import pytest

from flows import recognition_model
from flows.models import Outcome
from flows.reading import read_message
from flows.recognition import Recognition, recognise
from flows.recognition_model import features, fold, score, top_sentence
from flows.recognition_model_weights import BUCKETS, KINDS, THRESHOLD, WEIGHTS

OWN = frozenset({"sandra.delomenie@orange.fr"})
TYPO_REQUEST = "slt effacé moi de vos fichié svp jveu plu y etre"


def _eml(text: str, subject: str = "Message", extra: str = "") -> bytes:
    return (
        f"From: Claire Martin <claire.martin@laposte.net>\r\nTo: sandra.delomenie@orange.fr\r\n"
        f"Subject: {subject}\r\nDate: Mon, 02 Mar 2026 10:00:00 +0100\r\nMessage-ID: <m1@laposte.net>\r\n"
        f"{extra}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n"
    ).encode()


def _recognise(text: str, extra: str = "") -> Recognition:
    return recognise(read_message(_eml(text, extra=extra)), own_addresses=OWN)


def test_fold_and_features_are_deterministic() -> None:
    assert fold("Supprimez MES données’ svp !") == "supprimez mes donnees' svp"
    first = features("Je veux l'effacement de mes données.")
    assert first == features("Je veux l'effacement de mes données.")
    assert first == features("JE VEUX L’EFFACEMENT DE MES DONNEES")
    assert all(0 <= bucket < BUCKETS for bucket in first)
    assert sum(v * v for v in first.values()) == pytest.approx(1.0)
    assert features("") == {} and features("!!! ...") == {}


def test_feature_kinds_words_pairs_and_multiplicity() -> None:
    text = "Je veux supprimer mes données"
    words = features(text, kinds=("word",))
    pairs = features(text, kinds=("bigram",))
    assert len(words) == 5 and len(pairs) == 4
    assert features(text, kinds=("word*3",)) == pytest.approx(words)  # alone, a multiplicity only rescales
    chars = features(text, kinds=("char",))
    mixed = features(text, kinds=("char", "word*8", "bigram*8"))
    assert set(mixed) == set(chars) | set(words) | set(pairs)
    heavy = features(text, kinds=("char", "word*16", "bigram*16"))
    bucket = next(iter(words))
    assert heavy[bucket] > mixed[bucket] > features(text, kinds=("char", "word", "bigram"))[bucket]
    assert features("supprimer", kinds=("bigram",)) == {}  # a single word has no pair
    assert all(kind.partition("*")[0] in {"char", "word", "bigram"} for kind in KINDS)


def test_weights_load_and_scores_are_probabilities() -> None:
    """The exported weights load, the threshold is a probability, and scores stay in [0, 1] on odd input."""
    assert len(WEIGHTS) > 1000 and 0.0 < THRESHOLD < 1.0
    for text in ("", "Merci pour la séance", TYPO_REQUEST, "x" * 10000, "Σ 漢字 🙂"):
        assert 0.0 <= score(text) <= 1.0
    assert score("Merci de supprimer toutes mes données personnelles") > score("Merci pour la séance de mardi")


def test_typo_request_missed_by_the_rules_is_caught_as_review(monkeypatch: pytest.MonkeyPatch) -> None:
    rec = _recognise(TYPO_REQUEST)
    assert rec.outcome is Outcome.REVIEW
    assert rec.evidence[0].startswith("modèle appris") and TYPO_REQUEST in rec.evidence[0]
    sentence, value = top_sentence(TYPO_REQUEST)
    assert sentence == TYPO_REQUEST and value >= THRESHOLD
    monkeypatch.setattr(recognition_model, "THRESHOLD", 1.01)  # the rules alone miss it
    assert _recognise(TYPO_REQUEST).outcome is Outcome.NONE


def test_hard_negatives_stay_none() -> None:
    auto = _recognise(TYPO_REQUEST, extra="Auto-Submitted: auto-replied\r\n")
    assert auto.outcome is Outcome.NONE and auto.non_request_reason
    ordinary = _recognise("Bonjour Sandra, je vous confirme le rendez-vous de jeudi à 14h. Bonne journée")
    assert ordinary.outcome is Outcome.NONE


def test_fast_score_equals_the_feature_dot_product() -> None:
    import math

    from flows.recognition_model_weights import BIAS

    for text in ("Merci de supprimer mes données, merci !", TYPO_REQUEST, "Bonjour Sandra, à jeudi",
                 "Objet : mes données\nBonjour, je veux que vous supprimiez mes données mes données svp"):
        z = BIAS + sum(v * WEIGHTS.get(b, 0.0) for b, v in features(text).items())
        assert score(text) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-9)
