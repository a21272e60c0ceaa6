"""Train the learned rights guess (dev-only; needs scikit-learn) and measure it honestly.

flows.recognition_rights_model names the rights of a case "à confirmer" (a net caught the message,
or the rules gave it no right). One logistic regression per right over the recall net's features
(flows.recognition_model.features), trained on the *requests* of the labelled corpora (subject +
new text, label = that right is in the set) and on the hard phrasings that carry rights.

Usage:
  .venv/bin/python scripts/train_rights_model.py loco     # exact rights-set, with and without it
  .venv/bin/python scripts/train_rights_model.py export   # train on everything, write the weights

loco: for each blind corpus, a model trained on every other corpus, applied where flows.recognition
applies it, to the decisions of today's rules and of the rules of the day the corpus first arrived
(first contact: where the weak guesses are). It prints the exact rights-set accuracy (over the
labelled requests) both ways. The settings (KINDS, C, KEEP, ALSO) came from that table.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_recognition_model as base

from flows.reading import read_message
from flows.recognition import recognise

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "post_mortem")
KINDS = ("char", "word*12", "bigram*12")
C = 30.0
KEEP = 5000  # largest weights kept per right (pruning cost nothing in loco)
ALSO = 0.5  # a right besides the most probable one is guessed at this probability
NET_CONFIDENCE = 0.3  # flows.recognition's confidence for a case the nets caught
SHORT = {"A": "access", "RE": "rectification", "E": "erasure", "RS": "restriction", "P": "portability",
         "O": "objection", "W": "withdraw_consent", "PM": "post_mortem"}


def phrasings_with_rights() -> list[base.Example]:
    """The hard phrasings that are requests, with their rights (the set literal uses short names)."""
    path = ROOT / "tests" / "corpus" / "recognition" / "hard_phrasings.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rows = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "ROWS":
            assert isinstance(node.value, ast.List)
            for elt in node.value.elts:
                assert isinstance(elt, ast.Tuple)
                group = ast.literal_eval(elt.elts[1])
                rights = eval(compile(ast.Expression(elt.elts[2]), str(path), "eval"), dict(SHORT))
                if group != "none" and rights:
                    rows.append(base.Example("phrasings", str(elt.lineno), ast.literal_eval(elt.elts[0]), True,
                                             frozenset(rights)))
    return rows


def fit(train: list[base.Example]) -> dict[str, tuple[float, np.ndarray]]:
    """Per right: (bias, pruned weights over the buckets)."""
    requests = [e for e in train if e.rights]
    x = base.matrix([e.text for e in requests], KINDS)
    out = {}
    for right in RIGHTS:
        y = np.array([right in e.rights for e in requests])
        model = LogisticRegression(C=C, max_iter=5000)
        model.fit(x, y)
        w = model.coef_[0].copy()
        if np.count_nonzero(w) > KEEP:
            w[np.abs(w) < np.sort(np.abs(w))[-KEEP]] = 0.0
        out[right] = (float(model.intercept_[0]), w)
    return out


def guess(models: dict[str, tuple[float, np.ndarray]], text: str) -> frozenset[str]:
    feats = base.cached_features(text, KINDS)
    p = {r: 1 / (1 + np.exp(-(b + sum(w[k] * v for k, v in feats.items())))) for r, (b, w) in models.items()}
    top = max(p, key=lambda r: p[r])
    return frozenset({top} | {r for r, v in p.items() if v >= ALSO})


def applied(outcome: str, rights: frozenset[str], confidence: float, model_guess: frozenset[str]) -> frozenset[str]:
    """What flows.recognition does: a net's case or a case with no right takes the model's guess."""
    if outcome != "none" and (confidence <= NET_CONFIDENCE or not rights):
        return model_guess
    return rights


def loco() -> None:
    corpora, _ = base.load_all()
    phrasings = phrasings_with_rights()
    then = base.first_contact_views(corpora)
    pooled = np.zeros(4, dtype=int)
    for held in base.BLIND:
        models = fit([e for name, v in corpora.items() if name != held for e in v] + phrasings)
        now_plain = now_model = then_plain = then_model = 0
        requests = [(i, e) for i, e in enumerate(corpora[held]) if e.rights]
        for i, e in requests:
            g = guess(models, e.text)
            rec = recognise(read_message(e.raw), own_addresses=base.OWN)
            rights = frozenset(r.value for r in rec.rights)
            now_plain += rec.outcome.value != "none" and rights == e.rights
            now_model += applied(rec.outcome.value, rights, rec.confidence, g) == e.rights
            view = then.get(held, [None] * len(corpora[held]))[i]
            if view is not None:
                # the old runner gives no confidence: a net's case is one the old rules left without a right
                then_plain += view.detected and view.rights == e.rights
                then_model += view.detected and (view.rights or g) == e.rights
        n = len(requests)
        pooled += (now_plain, now_model, then_plain, then_model)
        print(f"{held:10s} {n:4d} requests | now {now_plain / n:.3f} -> {now_model / n:.3f}"
              f" | first contact {then_plain / n:.3f} -> {then_model / n:.3f}")
    total = sum(len([e for e in corpora[h] if e.rights]) for h in base.BLIND)
    print(f"{'pooled':10s} {total:4d} requests | now {pooled[0] / total:.3f} -> {pooled[1] / total:.3f}"
          f" | first contact {pooled[2] / total:.3f} -> {pooled[3] / total:.3f}")


def export() -> None:
    corpora, _ = base.load_all()
    train = [e for v in corpora.values() for e in v] + phrasings_with_rights()
    models = fit(train)
    blocks = []
    for right, (_, w) in models.items():
        kept = [(int(i), float(w[i])) for i in np.flatnonzero(w)]
        lines = ["".join(f"{i}:{v:.4g}," for i, v in kept[j:j + 12]) for j in range(0, len(kept), 12)]
        blocks.append(f'    "{right}": {{\n' + "\n".join(lines) + "\n    },")
    requests = sum(1 for e in train if e.rights)
    header = (
        '"""Weights of the learned rights guess (flows.recognition_rights_model). GENERATED: do not edit.\n\n'
        "Generated by scripts/train_rights_model.py export: one scikit-learn LogisticRegression per right\n"
        f"(L2, C={C:g}) over flows.recognition_model.features ({base.BUCKETS} buckets, kinds {', '.join(KINDS)}),\n"
        f"trained on the {requests} requests of {', '.join(corpora)} and the hard phrasings;\n"
        f"the {KEEP} largest weights of each right kept.\n"
        '"""\n\n'
    )
    text = (header + f"BUCKETS: int = {base.BUCKETS}\nKINDS: tuple[str, ...] = ({', '.join(json.dumps(k) for k in KINDS)})\n"
            f"ALSO: float = {ALSO}\n"
            "BIASES: dict[str, float] = {" + ", ".join(f'"{r}": {b!r}' for r, (b, _) in models.items()) + "}\n"
            "WEIGHTS: dict[str, dict[int, float]] = {\n" + "\n".join(blocks) + "\n}\n")
    (ROOT / "flows" / "recognition_rights_weights.py").write_text(text, encoding="utf-8")
    print(f"wrote {sum(np.count_nonzero(w) for _, w in models.values())} weights ({len(text)} bytes) for {requests} requests")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "loco"
    if command == "loco":
        loco()
    elif command == "export":
        export()
    else:
        raise SystemExit(__doc__)
