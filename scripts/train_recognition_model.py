"""Train the learned recall net (dev-only; needs scikit-learn) and measure it honestly.

Data: the four labelled corpora (tests/corpus/{recognition,heldout,blind2,blind3}: subject + new
text of each message via flows.reading.read_message, label = has rights) and the hard phrasings
(tests/corpus/recognition/hard_phrasings.py: "request"/"req" positive, "none" negative).
Features: flows.recognition_model.features (hashed char n-grams, shared with inference).
Model: LogisticRegression (L2); weights exported to flows/recognition_model_weights.py.

Usage:
  .venv/bin/python scripts/train_recognition_model.py loco          # leave-one-corpus-out tables
  .venv/bin/python scripts/train_recognition_model.py first-contact # old rules + model, per blind round
  .venv/bin/python scripts/train_recognition_model.py export        # train on everything, write weights

Phrasing provenance: rows are tagged by the section they sit in (their comment headers): the
sections written with/after the held-out, blind2 and round-4 (blind3) corpora are left out of
the training set of that corpus's fold; the earliest sections are tagged "recognition".
"""

from __future__ import annotations

import ast
import os
import json
import subprocess
import sys
import tarfile
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.lexicon_rights import WEAK  # noqa: E402
from flows.reading import read_message  # noqa: E402
from flows.recognition import analyse_text, recognise  # noqa: E402
from flows.recognition_model import features, message_text  # noqa: E402

CORPORA = ("recognition", "heldout", "blind2", "blind3")
OWN = frozenset({"sandra.delomenie@orange.fr"})
NO_RULE_REASON = "aucune demande d'exercice de droits reconnue"
BUCKETS = 2 ** 18
C = float(os.environ.get("DSR_MODEL_C", "10"))
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
MAX_WEIGHTS_BYTES = 1_900_000
# first section line of each provenance in hard_phrasings.py (see its "# ---" headers)
PHRASING_SECTIONS = (("recognition", 0), ("heldout", 177), ("blind2", 227), ("blind3", 272))
# commits where each blind corpus arrived, before any rule was fixed on it
FIRST_CONTACT = {"heldout": "ab04078", "blind2": "48a4acd", "blind3": "9cf123a"}


@dataclass
class Example:
    source: str
    name: str
    text: str
    label: bool
    rights: frozenset[str]
    raw: bytes = b""


def body_of(msg: object) -> str:
    """The text recognise reads (new text, falling back as it does)."""
    text: str = msg.new_text  # type: ignore[attr-defined]
    if not text.strip() and not msg.forwarded_text.strip():  # type: ignore[attr-defined]
        text = msg.quoted_text if not msg.body_text.strip() else msg.body_text  # type: ignore[attr-defined]
    return text


def load_corpus(name: str) -> list[Example]:
    folder = ROOT / "tests" / "corpus" / name
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    out = []
    for file, entry in sorted(labels.items()):
        raw = (folder / file).read_bytes()
        msg = read_message(raw)
        out.append(Example(name, file, message_text(msg.subject, body_of(msg)), bool(entry["rights"]),
                           frozenset(entry["rights"]), raw))
    return out


def load_phrasings() -> list[Example]:
    path = ROOT / "tests" / "corpus" / "recognition" / "hard_phrasings.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rows: list[Example] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "ROWS":
            assert isinstance(node.value, ast.List)
            for elt in node.value.elts:
                assert isinstance(elt, ast.Tuple)
                text = ast.literal_eval(elt.elts[0])
                group = ast.literal_eval(elt.elts[1])
                source = [s for s, line in PHRASING_SECTIONS if elt.lineno >= line][-1]
                rows.append(Example("phr:" + source, str(elt.lineno), text, group != "none", frozenset()))
    return rows


def matrix(texts: list[str]) -> csr_matrix:
    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    for text in texts:
        feats = features(text, BUCKETS)
        cols.extend(feats.keys())
        data.extend(feats.values())
        ptr.append(len(cols))
    return csr_matrix((np.array(data), np.array(cols), np.array(ptr)), shape=(len(texts), BUCKETS))


def fit(train: list[Example]) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(matrix([e.text for e in train]), np.array([e.label for e in train]))
    return model


def proba(model: LogisticRegression, examples: list[Example]) -> np.ndarray:
    return model.predict_proba(matrix([e.text for e in examples]))[:, 1]


def pr(pred: list[bool], gold: list[bool]) -> tuple[float, float, int, int]:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    pos = sum(gold)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / pos if pos else 1.0), tp, fp


@dataclass
class RuleView:
    detected: bool
    eligible: bool  # rules said none and no hard-negative filter explains it
    rights: frozenset[str]
    guess: frozenset[str]  # the rules' best guess when the model fires


def rules_now(examples: list[Example]) -> list[RuleView]:
    out = []
    for e in examples:
        msg = read_message(e.raw)
        rec = recognise(msg, own_addresses=OWN)
        detected = rec.outcome.value != "none"
        guess = frozenset(r.value for r, s in analyse_text(body_of(msg), msg.subject).strength.items() if s >= WEAK)
        out.append(RuleView(detected, not detected and rec.non_request_reason == NO_RULE_REASON,
                            frozenset(r.value for r in rec.rights), guess))
    return out


def combined(views: list[RuleView], scores: np.ndarray, examples: list[Example], t: float) -> tuple[float, float, float, int, int]:
    tp = fp = exact = added = 0
    pos = sum(e.label for e in examples)
    for v, s, e in zip(views, scores, examples):
        detected, rights = v.detected, v.rights
        if v.eligible and s >= t:
            detected, rights = True, v.guess
            added += 1
        if detected and e.label:
            tp += 1
            exact += rights == e.rights
        elif detected:
            fp += 1
    return (tp / (tp + fp) if tp + fp else 1.0), tp / pos, exact / pos, added, fp


def loco() -> None:
    corpora = {name: load_corpus(name) for name in CORPORA}
    phrasings = load_phrasings()
    print(f"examples: " + ", ".join(f"{k} {len(v)}" for k, v in corpora.items()) + f", phrasings {len(phrasings)}")
    for held in CORPORA:
        train = [e for k, v in corpora.items() if k != held for e in v]
        train += [e for e in phrasings if e.source != "phr:" + held]
        test = corpora[held]
        model = fit(train)
        scores = proba(model, test)
        gold = [e.label for e in test]
        print(f"\n== fold: test {held} ({len(test)}, {sum(gold)} requests); train {len(train)} "
              f"(phrasings not from {held}: {sum(1 for e in train if e.source.startswith('phr'))})")
        print("model alone:   " + "  ".join(
            "t={:.2f} P {:.3f} R {:.3f}".format(t, *pr([s >= t for s in scores], gold)[:2]) for t in THRESHOLDS))
        views = rules_now(test)
        rp, rr, rtp, rfp = pr([v.detected for v in views], gold)
        rex = sum(v.detected and e.label and v.rights == e.rights for v, e in zip(views, test)) / sum(gold)
        print(f"rules now:     P {rp:.3f} R {rr:.3f} exact {rex:.3f}; eligible for the net: "
              f"{sum(v.eligible for v in views)} (of which requests: {sum(v.eligible and e.label for v, e in zip(views, test))})")
        for t in THRESHOLDS:
            p, r, ex, added, fp = combined(views, scores, test, t)
            print(f"rules+model t={t:.2f}: P {p:.3f} R {r:.3f} exact {ex:.3f} (model added {added}, false alarms total {fp})")


_RUNNER = r"""
import json, sys
from pathlib import Path
from flows.reading import read_message
from flows.recognition import analyse_text, recognise
from flows.lexicon_rights import WEAK
out = {}
for path in sorted(Path(sys.argv[1]).glob("*.eml")):
    rec = recognise(read_message(path.read_bytes()), own_addresses=frozenset({"sandra.delomenie@orange.fr"}))
    msg = read_message(path.read_bytes())
    guess = [r.value for r, s in analyse_text(msg.new_text, msg.subject).strength.items() if s >= WEAK]
    out[path.name] = [rec.outcome.value, rec.non_request_reason, [r.value for r in rec.rights], guess]
print(json.dumps(out))
"""


def old_rules(commit: str, corpus: str) -> dict[str, list[object]]:
    """Run the rules as they were at ``commit`` (a copy of flows/ in a temp dir) on a corpus."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "flows"], check=True,
                             capture_output=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        Path(tmp, "run.py").write_text(_RUNNER, encoding="utf-8")
        done = subprocess.run([sys.executable, "run.py", str(ROOT / "tests" / "corpus" / corpus)], cwd=tmp,
                              check=True, capture_output=True, text=True, env={"PYTHONPATH": tmp})
        result: dict[str, list[object]] = json.loads(done.stdout)
        return result


def first_contact() -> None:
    """The rules as first seen by each blind corpus, plus a model trained only on what existed then."""
    corpora = {name: load_corpus(name) for name in CORPORA}
    phrasings = load_phrasings()
    order = list(CORPORA)
    for held, commit in FIRST_CONTACT.items():
        earlier = order[:order.index(held)]
        train = [e for k in earlier for e in corpora[k]] + [e for e in phrasings if e.source[4:] in earlier]
        test = corpora[held]
        scores = proba(fit(train), test)
        old = old_rules(commit, held)
        views = []
        for e in test:
            outcome, reason, rights, guess = old[e.name]  # the guess of the rules of then, too
            views.append(RuleView(outcome != "none", outcome == "none" and reason == NO_RULE_REASON,
                                  frozenset(str(r) for r in rights), frozenset(str(r) for r in guess)))  # type: ignore[union-attr]
        gold = [e.label for e in test]
        rp, rr, _, rfp = pr([v.detected for v in views], gold)
        rex = sum(v.detected and e.label and v.rights == e.rights for v, e in zip(views, test)) / sum(gold)
        print(f"\n== first contact: {held} with the rules at {commit}; model trained on {earlier} + their phrasings "
              f"({len(train)} examples)")
        print(f"rules then:    P {rp:.3f} R {rr:.3f} exact {rex:.3f} (false alarms {rfp}); eligible {sum(v.eligible for v in views)}")
        for t in THRESHOLDS:
            p, r, ex, added, fp = combined(views, scores, test, t)
            print(f"rules+model t={t:.2f}: P {p:.3f} R {r:.3f} exact {ex:.3f} (model added {added}, "
                  f"of which false {fp - rfp}; false alarms total {fp})")


def export(threshold: float) -> None:
    corpora = {name: load_corpus(name) for name in CORPORA}
    phrasings = load_phrasings()
    train = [e for v in corpora.values() for e in v] + phrasings
    model = fit(train)
    coef = model.coef_[0]
    bias = float(model.intercept_[0])
    order = np.argsort(-np.abs(coef))
    kept: list[tuple[int, float]] = []
    size = 0
    for index in order:
        w = float(coef[index])
        if w == 0.0:
            break
        entry = f"{int(index)}:{w:.4g},"
        if size + len(entry) > MAX_WEIGHTS_BYTES:
            break
        kept.append((int(index), w))
        size += len(entry)
    floor = min(abs(w) for _, w in kept)
    kept.sort()
    lines = ["".join(f"{i}:{w:.4g}," for i, w in kept[j:j + 12]) for j in range(0, len(kept), 12)]
    header = (
        '"""Weights of the learned recall net (flows.recognition_model). GENERATED: do not edit.\n\n'
        "Generated by scripts/train_recognition_model.py export: scikit-learn LogisticRegression\n"
        f"(L2, C={C}) over flows.recognition_model.features ({BUCKETS} hashed buckets of char 2-5-grams),\n"
        f"trained on {len(train)} examples: tests/corpus/recognition, heldout, blind2, blind3 (subject + new\n"
        f"text, label = has rights) and tests/corpus/recognition/hard_phrasings.py ROWS. Kept the\n"
        f"{len(kept)} largest weights (|w| >= {floor:.3g}) of {int(np.count_nonzero(coef))} non-zero.\n"
        f"Threshold used by flows.recognition: {threshold}.\n"
        '"""\n\n'
    )
    text = (header + f"BUCKETS: int = {BUCKETS}\nBIAS: float = {bias!r}\nTHRESHOLD: float = {threshold}\n"
            "WEIGHTS: dict[int, float] = {\n" + "\n".join(lines) + "\n}\n")
    (ROOT / "flows" / "recognition_model_weights.py").write_text(text, encoding="utf-8")
    print(f"wrote {len(kept)} weights ({len(text)} bytes), bias {bias:.3f}")
    # parity: the pure scorer with the rounded, exported weights against scikit-learn
    weights = {i: float(f"{w:.4g}") for i, w in kept}
    sk = proba(model, train)
    gap = max(abs(float(p) - 1 / (1 + np.exp(-(bias + sum(v * weights.get(k, 0.0) for k, v in features(e.text, BUCKETS).items())))))
              for p, e in zip(sk, train))
    print(f"max |pure - sklearn| probability on the training set: {gap:.2e}")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "loco"
    if command == "loco":
        loco()
    elif command == "first-contact":
        first_contact()
    elif command == "export":
        export(float(sys.argv[2]) if len(sys.argv) > 2 else 0.5)
    else:
        raise SystemExit(__doc__)
