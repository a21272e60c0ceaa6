#!/usr/bin/env python3
"""Validate the b13 corpus: every .eml parses, and print the counts used in README.md."""
import email, email.policy, glob, json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_b13 import RECORDS
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
files = sorted(glob.glob(os.path.join(HERE, "b13-*.eml")))
assert len(files) == len(labels) == len(RECORDS)
ctypes = Counter()
for f in files:
    m = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
    assert m.get_body(preferencelist=("plain", "html")) is not None, f
    ctypes[m.get_content_type()] += 1
bykey = {r["key"]: r for r in RECORDS}
req = [v for v in labels.values() if v["rights"]]
neg = [v for v in labels.values() if not v["rights"]]
lang = Counter(bykey[v["key"]]["lang"] for v in labels.values())
lang_req = Counter(bykey[v["key"]]["lang"] for v in req)
rights = Counter(r for v in req for r in v["rights"])
multi = sum(1 for v in req if len(v["rights"]) > 1)
auto = sum(1 for v in neg if v["key"].startswith(("ng_auto", "ng_spam", "ng_own")))
print("messages", len(labels), "requests", len(req), "negatives", len(neg), "(automatic/own/spam", auto, ")")
print("languages", dict(lang), "requests by language", dict(lang_req))
print("rights", dict(sorted(rights.items())))
print("multi-right requests", multi, f"({multi/len(req):.0%})")
print("top-level content types", dict(ctypes))
print("near-line records", open(os.path.join(HERE, "records_b13.py"), encoding="utf-8").read().count("# NEAR-LINE:"))
