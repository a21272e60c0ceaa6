"""Leave-one-corpus-out of the whole recogniser (dev-only; needs scikit-learn).

For each blind corpus, both learned parts (the recall net of flows.recognition_model and the
rights guess of flows.recognition_rights_model) are retrained without it and swapped in, in
memory, and today's flows.recognition runs on it. The rules were fixed on every corpus listed, so
this is optimistic for them; it is honest for the nets, and it is how the net's threshold, its
veto and the rights guess were chosen in session 3. The first-contact figures in each corpus's
README are the honest ones for the rules.

Usage:
  .venv/bin/python scripts/loco_recognition.py [VARIANT ...]   # default: today's exported values
  VARIANT: "0.45" (the net's threshold) or "t=0.45,vq=0.02,vr=0.05" (threshold, veto of a
  request, veto of a review); each fold's models are trained once and every variant run on it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_recognition_model as base
import train_rights_model as rights_training

from flows import recognition, recognition_model, recognition_rights_model
from flows.reading import read_message
from flows.recognition import recognise


def swap_in_models_without(held: str, corpora: dict[str, list[base.Example]], phrasings: list[base.Example],
                           rights_phrasings: list[base.Example]) -> None:
    """Both nets, trained on every corpus but ``held``, replace the exported weights in memory."""
    setting = base.setting_from_env()
    train = [e for k, v in corpora.items() if k != held for e in v] + [e for e in phrasings if e.source != "phr:" + held]
    model = base.fit(train, setting)
    coef = model.coef_[0]
    recognition_model.WEIGHTS = {int(i): float(coef[i]) for i in np.flatnonzero(coef)}  # type: ignore[misc]
    recognition_model.BIAS = float(model.intercept_[0])  # type: ignore[misc]
    recognition_model._word_weight.cache_clear()
    recognition_model._pair_weight.cache_clear()
    fitted = rights_training.fit([e for k, v in corpora.items() if k != held for e in v] + rights_phrasings)
    recognition_rights_model.WEIGHTS = {  # type: ignore[misc]
        r: {int(i): float(w[i]) for i in np.flatnonzero(w)} for r, (_, w) in fitted.items()}
    recognition_rights_model.BIASES = {r: b for r, (b, _) in fitted.items()}  # type: ignore[misc]
    recognition_rights_model._NAMES = tuple(recognition_rights_model.WEIGHTS)  # type: ignore[misc]
    recognition_rights_model._TABLES = tuple(recognition_rights_model.WEIGHTS.values())  # type: ignore[misc]
    recognition_rights_model._word_vector.cache_clear()
    recognition_rights_model._pair_vector.cache_clear()


def variants(args: list[str]) -> list[dict[str, float]]:
    """Each argument a variant: "0.5" (the net's threshold) or "t=0.5,vq=0.02,vr=0.05" (threshold,
    veto of a request, veto of a review); none: today's exported values."""
    today = {"t": recognition_model.THRESHOLD, "vq": recognition.VETO_REQUEST, "vr": recognition.VETO_REVIEW}
    out = []
    for arg in args or [""]:
        variant = dict(today)
        for part in filter(None, arg.split(",")):
            key, _, value = part.rpartition("=")
            variant[key or "t"] = float(value)
        out.append(variant)
    return out


def main() -> None:
    chosen = variants(sys.argv[1:])
    corpora, phrasings = base.load_all()
    rights_phrasings = rights_training.phrasings_with_rights()
    totals = [np.zeros(4, dtype=int) for _ in chosen]  # true positives, false alarms, requests, exact sets
    folds = [f for f in os.environ.get("DSR_LOCO_FOLDS", "").split(",") if f] or list(base.BLIND)
    for held in folds:
        swap_in_models_without(held, corpora, phrasings, rights_phrasings)
        for variant, total in zip(chosen, totals, strict=True):
            recognition_model.THRESHOLD = variant["t"]  # type: ignore[misc]
            recognition.VETO_REQUEST = variant["vq"]  # type: ignore[misc]
            recognition.VETO_REVIEW = variant["vr"]  # type: ignore[misc]
            tally = np.zeros(4, dtype=int)
            for e in corpora[held]:
                rec = recognise(read_message(e.raw), own_addresses=base.OWN)
                detected = rec.outcome.value != "none"
                exact = detected and e.label and frozenset(r.value for r in rec.rights) == e.rights
                tally += (detected and e.label, detected and not e.label, e.label, exact)
            total += tally
            print(f"{held:10s} {label(variant)} {line(tally)}", flush=True)
    for variant, total in zip(chosen, totals, strict=True):
        print(f"{'pooled':10s} {label(variant)} {line(total)}")


def label(variant: dict[str, float]) -> str:
    return f"t={variant['t']:.2f} vq={variant['vq']:.3f} vr={variant['vr']:.3f}"


def line(t: np.ndarray) -> str:
    tp, fp, pos, exact = (int(x) for x in t)
    return (f"P {tp / max(tp + fp, 1):.3f} R {tp / max(pos, 1):.3f} exact {exact / max(pos, 1):.3f} "
            f"(missed {pos - tp} of {pos}, false alarms {fp})")


if __name__ == "__main__":
    main()
