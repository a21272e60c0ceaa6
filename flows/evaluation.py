"""Evaluation of recognition against labels: detection and per-right metrics, errors.

Detection: ``request`` and ``review`` count as detected; a label with no rights is a negative.
Per right: precision and recall of the predicted rights over all messages. Exact-set accuracy:
on labelled positives, the share whose predicted rights equal the labelled set.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from flows.models import RIGHT_ORDER, Outcome, Right
from flows.recognition import Recognition


class RightScore(BaseModel):
    """Precision and recall for one right."""

    right: Right
    support: int
    predicted: int
    true_positives: int
    precision: float
    recall: float


class EvalError(BaseModel):
    """One message where recognition and label disagree."""

    name: str
    kind: str = Field(description="missed, false_alarm or wrong_rights")
    expected: list[Right]
    predicted: list[Right]
    outcome: Outcome
    evidence: list[str]


class EvalReport(BaseModel):
    """All the figures of one evaluation run."""

    total: int
    positives: int
    negatives: int
    detected_true: int
    detected_false: int
    detection_precision: float
    detection_recall: float
    exact_set_accuracy: float
    review_count: int
    per_right: list[RightScore]
    errors: list[EvalError]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def evaluate(items: list[tuple[str, Recognition, set[Right]]]) -> EvalReport:
    """Compare each recognition with its labelled rights (empty set = not a request)."""
    positives = sum(1 for _, _, labelled in items if labelled)
    tp = fp = exact = reviews = 0
    errors: list[EvalError] = []
    counts = {r: [0, 0, 0] for r in RIGHT_ORDER}  # support, predicted, true positives
    for name, rec, labelled in items:
        detected = rec.outcome is not Outcome.NONE
        predicted = set(rec.rights) if detected else set()
        reviews += rec.outcome is Outcome.REVIEW
        for right in RIGHT_ORDER:
            counts[right][0] += right in labelled
            counts[right][1] += right in predicted
            counts[right][2] += right in labelled and right in predicted
        kind = ""
        if labelled and detected:
            tp += 1
            if predicted == labelled:
                exact += 1
            else:
                kind = "wrong_rights"
        elif labelled:
            kind = "missed"
        elif detected:
            fp += 1
            kind = "false_alarm"
        if kind:
            errors.append(EvalError(
                name=name, kind=kind,
                expected=[r for r in RIGHT_ORDER if r in labelled],
                predicted=[r for r in RIGHT_ORDER if r in predicted],
                outcome=rec.outcome, evidence=rec.evidence,
            ))
    per_right = [
        RightScore(right=r, support=s, predicted=p, true_positives=t,
                   precision=_ratio(t, p), recall=_ratio(t, s))
        for r, (s, p, t) in counts.items()
    ]
    return EvalReport(
        total=len(items), positives=positives, negatives=len(items) - positives,
        detected_true=tp, detected_false=fp,
        detection_precision=_ratio(tp, tp + fp), detection_recall=_ratio(tp, positives),
        exact_set_accuracy=_ratio(exact, positives), review_count=reviews,
        per_right=per_right, errors=errors,
    )


_KIND_FR = {"missed": "manquée", "false_alarm": "fausse alerte", "wrong_rights": "droits inexacts"}


def format_report(report: EvalReport) -> str:
    """A plain-text report in French (the practitioner's language)."""
    lines = [
        f"Messages : {report.total} (demandes étiquetées : {report.positives}, autres : {report.negatives})",
        f"Détection : précision {report.detection_precision:.3f}, rappel {report.detection_recall:.3f}"
        f" ({report.review_count} « à confirmer »)",
        f"Ensemble exact des droits : {report.exact_set_accuracy:.3f}",
        "",
        f"{'droit':<18} {'support':>7} {'prédits':>7} {'précision':>9} {'rappel':>7}",
    ]
    for score in report.per_right:
        lines.append(f"{score.right.value:<18} {score.support:>7} {score.predicted:>7} "
                     f"{score.precision:>9.3f} {score.recall:>7.3f}")
    if report.errors:
        lines += ["", f"Erreurs ({len(report.errors)}) :"]
        for err in report.errors:
            exp = ", ".join(r.value for r in err.expected) or "aucun"
            got = ", ".join(r.value for r in err.predicted) or "aucun"
            lines.append(f"- {err.name} [{_KIND_FR[err.kind]}] attendu : {exp} ; obtenu : {got} ({err.outcome.value})")
            lines.extend(f"    · {e}" for e in err.evidence[:4])
    return "\n".join(lines)
