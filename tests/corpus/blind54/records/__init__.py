"""Collects every record module of the blind54 corpus."""
import importlib

MODULES = ("fr_postmortem", "fr_requests_a", "fr_requests_b", "fr_requests_c",
           "en_requests", "fr_negatives_a", "fr_negatives_b", "fr_negatives_c",
           "en_negatives")


def all_records():
    out = []
    for name in MODULES:
        mod = importlib.import_module("records." + name)
        out.extend(mod.RECORDS)
    return out
