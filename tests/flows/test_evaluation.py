"""Tests of flows.evaluation: detection, per-right and exact-set metrics, report text."""

from __future__ import annotations

from flows.evaluation import evaluate, format_report
from flows.models import Outcome, Right
from flows.recognition import Recognition
from flows.requester import Requester


def _rec(outcome: Outcome, *rights: Right) -> Recognition:
    return Recognition(outcome=outcome, rights=list(rights), confidence=0.5, evidence=["phrase"],
                       requester=Requester(email="a@b.fr"))


ITEMS = [
    ("tp-exact", _rec(Outcome.REQUEST, Right.ERASURE), {Right.ERASURE}),
    ("tp-review", _rec(Outcome.REVIEW, Right.ACCESS), {Right.ACCESS}),
    ("tp-wrong", _rec(Outcome.REQUEST, Right.ACCESS), {Right.ACCESS, Right.ERASURE}),
    ("missed", _rec(Outcome.NONE), {Right.OBJECTION}),
    ("false-alarm", _rec(Outcome.REVIEW, Right.ERASURE), set()),
    ("tn", _rec(Outcome.NONE), set()),
]


def test_detection_and_exact_set() -> None:
    """Review counts as detected; exact-set is measured on labelled positives."""
    report = evaluate(ITEMS)
    assert (report.total, report.positives, report.negatives) == (6, 4, 2)
    assert report.detection_recall == 3 / 4
    assert report.detection_precision == 3 / 4
    assert report.exact_set_accuracy == 2 / 4
    assert report.review_count == 2


def test_per_right_scores() -> None:
    """Per-right precision and recall count rights over all messages."""
    scores = {s.right: s for s in evaluate(ITEMS).per_right}
    erasure = scores[Right.ERASURE]
    assert (erasure.support, erasure.predicted, erasure.true_positives) == (2, 2, 1)
    assert scores[Right.ACCESS].precision == 1.0 and scores[Right.ACCESS].recall == 1.0
    assert scores[Right.OBJECTION].recall == 0.0
    assert scores[Right.POST_MORTEM].precision == 1.0  # nothing predicted, nothing expected


def test_errors_listed_with_kind_and_evidence() -> None:
    """Each disagreement is listed once with its kind and evidence."""
    errors = {e.name: e for e in evaluate(ITEMS).errors}
    assert {n: e.kind for n, e in errors.items()} == {
        "tp-wrong": "wrong_rights", "missed": "missed", "false-alarm": "false_alarm"}
    assert errors["tp-wrong"].evidence == ["phrase"]


def test_format_report_in_french() -> None:
    """The report shows figures and errors in French."""
    text = format_report(evaluate(ITEMS))
    assert "Détection : précision 0.750, rappel 0.750" in text
    assert "missed [manquée] attendu : objection" in text
    assert "false-alarm [fausse alerte]" in text


def test_empty_evaluation() -> None:
    """No items gives neutral ratios rather than a division error."""
    report = evaluate([])
    assert report.total == 0 and report.detection_recall == 1.0
