"""Shared by the labelled-corpus tests: recognise every message of a corpus under tests/corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.evaluation import EvalReport, evaluate
from flows.models import Right
from flows.reading import read_message
from flows.recognition import Recognition, recognise

CORPUS_ROOT = Path(__file__).resolve().parents[1] / "corpus"
OWN = frozenset({"sandra.delomenie@orange.fr"})


def labels_of(folder: Path) -> dict[str, Any]:
    labels: dict[str, Any] = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return labels


def corpus_items(folder: Path) -> list[tuple[str, Recognition, set[Right]]]:
    """(file name, recognition, expected rights) for every labelled message, in name order."""
    return [
        (name, recognise(read_message((folder / name).read_bytes()), own_addresses=OWN),
         {Right(r) for r in entry["rights"]})
        for name, entry in sorted(labels_of(folder).items())
    ]


def corpus_report(folder: Path) -> tuple[EvalReport, list[str]]:
    """The evaluation of a corpus, and its errors as lines to show when a floor is missed."""
    report = evaluate(corpus_items(folder))
    return report, [f"{e.name} {e.kind}: {e.expected} -> {e.predicted} {e.evidence[:2]}" for e in report.errors]
