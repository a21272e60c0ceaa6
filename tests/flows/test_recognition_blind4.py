"""Recognition on the fifth, blind corpus (tests/corpus/blind4): the floor it must keep.

Written blind in round 5 (2026-11-26) from the spec and the labelling policy only. First
contact, with the rules and the learned net as they stood (commit dc9ac43): precision 0.937,
recall 0.868, exact rights 0.757. The rules were then fixed on general causes (see its README
and git log), so it is no longer held out: this test keeps the product targets as a floor and
checks that the committed .eml files match their generator.
"""

from __future__ import annotations

import importlib.util
import json

from flows.models import Right
from tests.flows.corpus_support import CORPUS_ROOT, corpus_report

BLIND4 = CORPUS_ROOT / "blind4"


def test_blind4_meets_the_targets() -> None:
    """Detection recall >= 0.99, precision >= 0.95 and exact rights-set >= 0.90 on blind4."""
    report, errors = corpus_report(BLIND4)
    assert report.detection_recall >= 0.99, errors
    assert report.detection_precision >= 0.95, errors
    assert report.exact_set_accuracy >= 0.90, errors


def test_blind4_shape() -> None:
    """At least 250 messages, 100 negatives, every right 12 times, and one label per file."""
    labels = json.loads((BLIND4 / "labels.json").read_text(encoding="utf-8"))
    assert len(labels) >= 250
    assert sum(1 for e in labels.values() if not e["rights"]) >= 100
    for right in Right:
        assert sum(1 for e in labels.values() if right.value in e["rights"]) >= 12, right
    assert {p.name for p in BLIND4.glob("*.eml")} == set(labels)


def test_blind4_files_match_their_generator() -> None:
    """Each .eml is byte-identical to what make_blind4.py builds from blind4_texts.py (no hand edits)."""
    spec = importlib.util.spec_from_file_location("blind4_make", BLIND4 / "make_blind4.py")
    assert spec is not None and spec.loader is not None, "make_blind4.py must be loadable"
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    labels = json.loads((BLIND4 / "labels.json").read_text(encoding="utf-8"))
    messages = make.ordered()
    assert len(messages) == len(labels)
    for index, msg in enumerate(messages, start=1):
        name = f"b4-{index:04d}.eml"
        assert labels[name]["rights"] == sorted(msg.rights), name
        assert (BLIND4 / name).read_bytes() == make.build(msg, index), name
