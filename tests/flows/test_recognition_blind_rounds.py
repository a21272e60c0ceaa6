"""Recognition on the blind corpora of sessions 3 and 4 (tests/corpus/blind6 to blind28).

Each was written blind by an engineer who read neither the code nor the other corpora, and run
once before any change made from it (its README keeps that first-contact figure):

    corpus   first contact at          precision  recall  exact rights
    blind6   8671905 (session start)   0.898      0.844   0.644
    blind7   8671905                   0.861      0.929   0.819
    blind8   8671905                   0.865      0.928   0.768
    blind11  114bc0a (mid-session)     0.906      0.993   0.868
    blind12  114bc0a                   0.869      0.933   0.822
    blind15  0b6d63e                   0.930      0.971   0.781
    blind13  28a552b                   0.921      0.892   0.785
    blind14  28a552b                   0.838      0.985   0.890
    blind17  64d1f4c                   0.971      0.937   0.825
    blind16  a63d29d                   0.890      0.977   0.872
    blind18  ace0ab6                   0.849      0.992   0.856
    blind22  596a238                   0.921      0.985   0.725
    blind23  596a238                   0.957      0.978   0.875
    blind21  8e022b5                   0.851      0.938   0.844

The rules were then fixed on general causes seen there and both learned nets were retrained
with them, so they are development corpora now: the floors below hold what was reached, a little
under the figures measured at the end of the session.

blind9 and blind10 were written at the start of the session and kept outside the repository
until every change was in, then run once at c7849a4: precision 0.961 / 0.930, recall 0.976 /
0.985, exact rights 0.866 / 0.889 (pooled 0.945 / 0.981 / 0.878: the honest figure on unseen
mail, below the targets 0.95 / 0.99 / 0.90). The nets were then trained on them too (their
floors stay at the measured figures). blind19 and blind20, written late in the session and kept
outside likewise, were run once at the session's end (6fe0abf): precision 0.908 / 0.915, recall
0.992 / 0.977, exact 0.892 / 0.924 (pooled 0.912 / 0.985 / 0.908); in session 4 the rules were
fixed on them and the nets trained on them, and their floors rose with it.

Session 4 added blind24 to blind28, written from a brief alone (no code, no corpus read), each run
once at first contact:

    corpus   first contact at   precision  recall  exact rights
    blind24  5a40abf            0.895      1.000   0.882
    blind25  b7e17ae            0.920      0.992   0.921
    blind26  5a40abf            0.887      0.977   0.860
    blind27  5a40abf            0.878      0.984   0.871
    blind28  5a40abf            0.912      0.969   0.859
    blind31  49f1a95            1.000      0.976   0.881
    blind32  64faeca            0.915      0.902   0.803
    blind34  64faeca            0.852      0.971   0.853

blind29, blind30 and blind33, written in session 4 from the same brief and kept outside the
repository, were run once at 62c6361, after every change before it: precision 0.964 / 0.971 /
0.992, recall 0.992 / 1.000 / 0.977, exact 0.910 / 0.947 / 0.915 (pooled over 782 messages:
0.975 / 0.990, 390 of 394 requests / 0.924). Rules were fixed on them afterwards; the nets are
not trained on them yet (add them to CORPORA in scripts/train_recognition_model.py).

blind35 and blind36, written last and kept outside likewise, were run once at 8a3b2a2, the
session's final state: precision 0.934 / 0.977, recall 0.992 / 0.977, exact 0.945 / 0.883 (pooled
over 509 messages: 0.955 / 0.984, 252 of 256 requests / 0.914). Nothing was tuned on them; their
floors are the measured figures. In session 5 the nets were trained on these five.

Session 5's held-out rounds, written from the same brief and kept outside the repository until
run once (first contact; rules fixed on them afterwards):

    corpus   first contact at   precision  recall  exact rights
    blind37  850aac9            0.984      1.000   0.984
    blind39  ebe6e2a            0.985      0.992   0.946
    blind38  4343b19            0.977      0.992   0.945
    blind41  43d81fe            0.984      0.977   0.954
    blind42  7b181ea            0.984      0.992   0.961
    blind40  0bc6bc0            0.953      0.984   0.936   (the session's last state; nothing fixed from it)

Pooled over the first five (1,286 messages, 641 requests): precision 0.983, recall 0.991 (635 of
641), exact rights-set 0.958; over all six (1,536 messages, 766 requests): 0.978, 0.990 (758 of
766, 0.9896), 0.954.

Session 6's held-out rounds (same brief, restated in /work/briefs then; each README says what it
stresses), run once at first contact (her contact@ address not configured as hers):

    corpus   first contact at   precision  recall  exact rights
    blind46  fcdf1be            0.932      0.986   0.891   (emotional mail)
    blind43  401c29f            0.914      0.969   0.924   (threads, reminders)
    blind44  401c29f            0.962      0.962   0.917   (phone-written)
    blind45  401c29f            0.947      0.992   0.913   (professional context)

Pooled (1,040 messages, 528 requests): precision 0.938, recall 0.977 (516 of 528), exact 0.911.
Then, after fixes on those four:

    blind48  62cde49            0.954      0.977   0.891   (forms, letters, intermediaries)
    blind47  b4e96a9            0.992      0.976   0.944   (two months of a real inbox)
    blind51  9bac85a            0.947      0.976   0.898   (the policy's hardest lines)
    blind49  9bac85a            0.949      0.963   0.933   (casual, hinted requests)
    blind50  6cf743d            0.985      0.992   0.902   (46% English; the session's last state)

    blind52  dba43cc            0.976      0.976   0.880   (a season's mix; the session's last state)
    blind53  dba43cc            0.979      0.993   0.942   (online courses and workshops; same state)

All eleven (2,864 messages, 1,438 requests): precision 0.957, recall 0.978 (1,407 of 1,438), exact
0.913; the two run at the last state: 0.977 / 0.985 (259 of 263) / 0.912.

Session 7's held-out rounds (same brief, tests/corpus/BRIEF.md), each run once at first contact, in
the order they arrived, fixes committed between them:

    corpus   first contact at   precision  recall  exact rights
    blind56  231d9ca            0.949      1.000   0.954   (requests inside other topics; trigger-dense negatives)
    blind55  00a4552            0.984      0.977   0.915   (an ordinary year, natural phrasing)
    blind54  cfabdbb            0.907      0.977   0.892   (families, older people, heirs, relatives)
    blind57  ec6dcae            0.971      0.985   0.896   (45% English, international, corporate)
    blind59  ab2b5f9            0.978      0.985   0.895   (personalities, several rights, changes of mind)
    blind58  4794418            0.983      0.885   0.855   (how mail arrives: forms, platform relays)
    blind60  4794418            0.963      0.970   0.896   (rights hardest to tell apart)

All seven (1,826 messages, 922 requests): precision 0.961, recall 0.969 (893 of 922), exact 0.900;
without blind58, whose theme exposed a reading gap (a platform relaying a person's message was read
as the platform's), recall 0.982 (777 of 791). blind58's precision floor is 0.97, not its first
contact 0.98: the relay reading added afterwards reads one Google Forms feedback response whose
answers the learned net then flags (b58-0140), the price of reading relayed requests at all.

Then, at the session's last state (3771f90, both learned models retrained on all 61 corpora):

    blind61  3771f90            0.992      0.977   0.907   (a realistic mix)
    blind62  3771f90            1.000      0.963   0.925   (informal, phone-written, friends)

Both (511 messages, 263 requests): precision 0.996, recall 0.970 (255 of 263), exact 0.916.

Session 8's held-out rounds (same brief), each run once at first contact:

    corpus   first contact at   precision  recall  exact rights
    blind63  a129d82            0.979      1.000   0.950   (an ordinary month: a realistic mix)
    blind64  a129d82            0.946      0.938   0.854   (requests inside complicated sentences)
    blind65  a129d82            0.985      0.992   0.939   (short and informal)
    blind66  a129d82            0.967      0.937   0.858   (forms, platform relays, forwards)
    blind67  40072f1            0.962      0.940   0.857   (writing for or about someone else)
    blind68  40072f1            0.971      1.000   0.956   (55% English)

All six (1,538 messages, 797 requests): precision 0.969, recall 0.969 (772 of 797), exact 0.903.
The themed rounds that stress one reading (64, 66, 67) found whole classes (a filter that set a
whole sentence aside for one clause, relays the reading did not know, representatives); the
realistic mixes (63, 68) missed nothing. Then, at a77e628 (after the fixes on those six):

    blind69  a77e628            0.899      0.977   0.898   (long, winding sentences; negatives as winding)
    blind70  a77e628            0.965      0.867   0.789   (relays: forms, platforms, voicemail, forwards)
    blind71  a77e628            0.977      0.984   0.938   (an ordinary season: a realistic mix)
    blind72  a77e628            0.964      0.985   0.896   (rights hard to tell apart, 39% multi-right)

These four (994 messages, 520 requests): precision 0.950, recall 0.954 (496 of 520), exact 0.880;
without blind70 (the third round on relays, which found voicemail transcriptions, course-platform
questions and go-betweens passing a message on): 0.946 / 0.982 (385 of 392) / 0.910.

Then, at bca4b5d (the session's last state before them, both learned models retrained on blind61-72):

    blind73  bca4b5d            0.978      1.000   0.955   (a realistic year of her inbox)
    blind74  bca4b5d            0.984      0.947   0.872   (the many ways a message reaches her)
    blind75  bca4b5d            0.911      0.985   0.904   (people and their lives, stories without requests)

These three (785 messages, 400 requests): precision 0.956, recall 0.978 (391 of 400), exact 0.911.
Last, at dfb5604 (after the fixes on those three):

    blind77  dfb5604            0.908      0.955   0.918   (third parties and go-betweens)
    blind78  dfb5604            0.971      0.985   0.926   (how people really phrase it)

Both (518 messages, 270 requests): precision 0.939, recall 0.970 (262 of 270), exact 0.922.
And at the session's final state (7ffff90), nothing changed from it:

    blind76  7ffff90            0.970      0.992   0.947   (a realistic quarter of her inbox)

The six realistic mixes of session 8 (63, 65, 68, 71, 73, 76; 1,547 messages, 800 requests):
precision 0.977, recall 0.995 (796 of 800), exact 0.948.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.models import Right
from tests.flows.corpus_support import CORPUS_ROOT, corpus_report

#: corpus, its generator, floors (precision, recall, exact rights-set)
ROUNDS = [
    ("blind9", "generate.py", 0.96, 0.97, 0.86),
    ("blind10", "generate.py", 0.93, 0.98, 0.88),
    ("blind19", "generate.py", 0.97, 0.99, 0.91),
    ("blind20", "gen.py", 0.98, 0.99, 0.95),
    ("blind6", "b6_generate.py", 0.97, 0.99, 0.95),
    ("blind7", "generate.py", 0.95, 0.99, 0.96),
    ("blind8", "b8_generate.py", 0.95, 0.99, 0.91),
    ("blind11", "generate.py", 0.96, 0.99, 0.92),
    ("blind12", "generate.py", 0.97, 0.97, 0.93),
    ("blind13", "gen_b13.py", 0.95, 0.96, 0.86),
    ("blind14", "b14_generate.py", 0.92, 0.99, 0.89),
    ("blind15", "b15_generate.py", 0.95, 0.98, 0.86),
    ("blind16", "generate.py", 0.93, 0.99, 0.90),
    ("blind17", "gen_b17.py", 0.97, 0.99, 0.90),
    ("blind18", "generate.py", 0.94, 0.99, 0.86),
    ("blind21", "b21_generate.py", 0.92, 0.94, 0.87),
    ("blind22", "gen.py", 0.93, 0.98, 0.75),
    ("blind23", "gen.py", 0.98, 0.98, 0.89),
    ("blind24", "generate.py", 0.96, 0.99, 0.89),
    ("blind25", "gen.py", 0.96, 0.99, 0.93),
    ("blind26", "generate.py", 0.95, 0.97, 0.87),
    ("blind27", "generate.py", 0.95, 0.98, 0.89),
    ("blind28", "generate.py", 0.95, 0.97, 0.89),
    ("blind31", "generate.py", 0.98, 0.99, 0.92),
    ("blind32", "generate.py", 0.94, 0.96, 0.87),
    ("blind34", "generate.py", 0.91, 0.97, 0.86),
    ("blind29", "generate.py", 0.95, 0.99, 0.90),
    ("blind30", "generate.py", 0.96, 0.99, 0.94),
    ("blind33", "generate.py", 0.98, 0.98, 0.92),
    ("blind35", "generate.py", 0.93, 0.99, 0.94),
    ("blind36", "generate.py", 0.97, 0.97, 0.88),
    ("blind37", "generate.py", 0.98, 0.99, 0.98),
    ("blind39", "generate.py", 0.98, 0.99, 0.94),
    ("blind38", "generate.py", 0.97, 0.99, 0.94),
    ("blind41", "generate.py", 0.98, 0.97, 0.95),
    ("blind42", "generate.py", 0.98, 0.99, 0.96),
    ("blind40", "generate.py", 0.95, 0.98, 0.93),
    ("blind46", "generate.py", 0.93, 0.98, 0.89),
    ("blind43", "generate.py", 0.91, 0.96, 0.92),
    ("blind44", "generate.py", 0.96, 0.96, 0.91),
    ("blind45", "generate.py", 0.94, 0.99, 0.91),
    ("blind48", "generate.py", 0.95, 0.97, 0.89),
    ("blind47", "generate.py", 0.99, 0.97, 0.94),
    ("blind51", "generate.py", 0.94, 0.97, 0.89),
    ("blind49", "generate.py", 0.94, 0.96, 0.93),
    ("blind50", "generate.py", 0.98, 0.99, 0.90),
    ("blind52", "generate.py", 0.97, 0.97, 0.88),
    ("blind53", "generate.py", 0.97, 0.99, 0.94),
    ("blind56", "generate.py", 0.94, 1.00, 0.95),
    ("blind55", "generate.py", 0.98, 0.97, 0.91),
    ("blind54", "generate.py", 0.90, 0.97, 0.89),
    ("blind57", "generate.py", 0.97, 0.98, 0.89),
    ("blind59", "generate.py", 0.97, 0.98, 0.89),
    ("blind58", "generate.py", 0.97, 0.88, 0.85),
    ("blind60", "generate.py", 0.96, 0.97, 0.89),
    ("blind61", "generate.py", 0.99, 0.97, 0.90),
    ("blind62", "generate.py", 1.00, 0.96, 0.92),
    ("blind63", "generate.py", 0.97, 1.00, 0.95),
    ("blind64", "generate.py", 0.94, 0.93, 0.85),
    ("blind65", "generate.py", 0.98, 0.99, 0.93),
    ("blind66", "generate.py", 0.96, 0.93, 0.85),
    ("blind67", "generate.py", 0.96, 0.94, 0.85),
    ("blind68", "generate.py", 0.97, 1.00, 0.95),
    ("blind69", "generate.py", 0.89, 0.97, 0.89),
    ("blind70", "generate.py", 0.96, 0.86, 0.78),
    ("blind71", "generate.py", 0.97, 0.98, 0.93),
    ("blind72", "generate.py", 0.96, 0.98, 0.89),
    ("blind73", "generate.py", 0.97, 1.00, 0.95),
    ("blind74", "generate.py", 0.98, 0.94, 0.87),
    ("blind75", "generate.py", 0.91, 0.98, 0.90),
    ("blind77", "generate.py", 0.90, 0.95, 0.91),
    ("blind78", "generate.py", 0.97, 0.98, 0.92),
    ("blind76", "generate.py", 0.97, 0.99, 0.94),
]


@pytest.mark.parametrize(("corpus", "generator", "precision", "recall", "exact"), ROUNDS, ids=[r[0] for r in ROUNDS])
def test_round_keeps_its_floor(corpus: str, generator: str, precision: float, recall: float, exact: float) -> None:
    """Detection precision and recall and exact rights-set accuracy stay at or above the floor."""
    report, errors = corpus_report(CORPUS_ROOT / corpus)
    assert report.detection_recall >= recall, errors
    assert report.detection_precision >= precision, errors
    assert report.exact_set_accuracy >= exact, errors


@pytest.mark.parametrize(("corpus", "generator", "precision", "recall", "exact"), ROUNDS, ids=[r[0] for r in ROUNDS])
def test_round_shape(corpus: str, generator: str, precision: float, recall: float, exact: float) -> None:
    """At least 230 messages, at least 100 negatives, every right at least 12 times, one label per file."""
    folder = CORPUS_ROOT / corpus
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    assert len(labels) >= 230
    assert sum(1 for e in labels.values() if not e["rights"]) >= 100
    for right in Right:
        assert sum(1 for e in labels.values() if right.value in e["rights"]) >= 12, right
    assert {p.name for p in folder.glob("*.eml")} == set(labels)


@pytest.mark.parametrize(("corpus", "generator", "precision", "recall", "exact"), ROUNDS, ids=[r[0] for r in ROUNDS])
def test_round_files_match_their_generator(tmp_path: Path, corpus: str, generator: str, precision: float,
                                           recall: float, exact: float) -> None:
    """The generator, run on a copy of its sources, rebuilds every .eml and labels.json byte for byte."""
    folder = CORPUS_ROOT / corpus
    for source in folder.glob("*.py"):
        shutil.copy(source, tmp_path / source.name)
    for package in (p for p in folder.iterdir() if p.is_dir() and p.name != "__pycache__"):
        shutil.copytree(package, tmp_path / package.name, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, generator], cwd=tmp_path, check=True, capture_output=True, timeout=120)
    built = sorted(p.name for p in tmp_path.glob("*.eml"))
    assert built == sorted(p.name for p in folder.glob("*.eml"))
    for name in built + ["labels.json"]:
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name
