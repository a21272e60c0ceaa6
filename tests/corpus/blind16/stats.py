#!/usr/bin/env python3
"""Recompute the README counts from labels.json + records.py and parse-check every .eml."""
import collections, email, email.policy, glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE); os.chdir(HERE)
import records
labels = json.load(open("labels.json"))
bykey = {r["key"]: r for r in records.RECORDS}
req = [v for v in labels.values() if v["rights"]]
for f in sorted(glob.glob("b16-*.eml")):
    email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default).get_body(("plain", "html")).get_content()
print("messages", len(labels), "requests", len(req), "negatives", len(labels) - len(req))
print("languages", dict(collections.Counter(bykey[v["key"]]["lang"] for v in labels.values())))
print("lang x class", {f"{a}/{'req' if b else 'neg'}": c for (a, b), c in sorted(collections.Counter((bykey[v["key"]]["lang"], bool(v["rights"])) for v in labels.values()).items())})
print("rights", dict(sorted(collections.Counter(x for v in req for x in v["rights"]).items())))
print("multi-right", sum(1 for v in req if len(v["rights"]) > 1))
print("NEAR-LINE comments", len(re.findall(r"# NEAR-LINE:", open("records.py").read())))
