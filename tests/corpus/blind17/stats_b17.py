#!/usr/bin/env python3
"""Compute corpus counts from labels.json + records (used to write/check README.md)."""
import json, os, sys, collections, glob
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from records_b17 import RECORDS
L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
lang = {r["k"]: r["lang"] for r in RECORDS}
assert len(L) == len(glob.glob(os.path.join(HERE, "b17-*.eml"))) == len(RECORDS)
req = [v for v in L.values() if v["rights"]]
neg = [v for v in L.values() if not v["rights"]]
print("messages", len(L)); print("requests", len(req)); print("negatives", len(neg))
lc = collections.Counter(lang[v["key"]] for v in L.values())
print("fr", lc["fr"]); print("en", lc["en"])
print("requests_fr", sum(lang[v["key"]] == "fr" for v in req)); print("requests_en", sum(lang[v["key"]] == "en" for v in req))
rc = collections.Counter(x for v in req for x in v["rights"])
for k in ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"]:
    print(k, rc[k])
print("multi_right", sum(len(v["rights"]) > 1 for v in req))
print("near_line_comments", open(os.path.join(HERE, "records_b17.py"), encoding="utf-8").read().count("# NEAR-LINE:"))
