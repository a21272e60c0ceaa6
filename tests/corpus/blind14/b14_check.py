#!/usr/bin/env python3
"""Validate the b14 corpus and print the statistics used in README.md."""
import collections, email, email.policy, glob, hashlib, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json")))
langs = json.load(open(os.path.join(HERE, "b14_langs.json")))
files = sorted(glob.glob(os.path.join(HERE, "b14-*.eml")))
assert len(files) == len(labels)
shapes = collections.Counter()
for f in files:
    msg = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
    assert msg["From"] and msg["Date"] and msg["Message-ID"] and msg["Subject"], f
    body = msg.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip(), f
    shapes[msg.get_content_type()] += 1
    for p in msg.walk():
        if p.get_filename():
            shapes["attachments"] += 1
        cte = p.get("Content-Transfer-Encoding")
        if cte and not p.get_filename():
            shapes["cte:" + cte] += 1
req = {k: v for k, v in labels.items() if v["rights"]}
neg = {k: v for k, v in labels.items() if not v["rights"]}
rc = collections.Counter(r for v in req.values() for r in v["rights"])
lang = collections.Counter(langs[v["key"]] for v in labels.values())
lang_req = collections.Counter(langs[v["key"]] for v in req.values())
multi = sum(1 for v in req.values() if len(v["rights"]) > 1)
print("messages", len(labels), "requests", len(req), "negatives", len(neg))
print("languages", dict(lang), "requests by language", dict(lang_req))
print("rights", dict(sorted(rc.items())))
print("multi-right requests", multi, "(%.0f%% of requests)" % (100 * multi / len(req)))
print("shapes", dict(sorted(shapes.items())))
