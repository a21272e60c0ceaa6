#!/usr/bin/env python3
"""Validate the b10 corpus: every .eml parses, labels match records, print counts for README."""
import email, email.policy, json, os, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from records import RECORDS
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
byk = {r["key"]: r for r in RECORDS}
assert len(labels) == len(RECORDS)
shapes = collections.Counter()
for name, lab in sorted(labels.items()):
    m = email.message_from_bytes(open(os.path.join(HERE, name), "rb").read(), policy=email.policy.default)
    assert m["From"] and m["Date"] and m["Message-ID"] and m["Subject"] is not None, name
    assert sorted(byk[lab["key"]]["rights"]) == lab["rights"]
    body = m.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip(), name
    shapes[m.get_content_type()] += 1
req = [r for r in RECORDS if r["rights"]]
neg = [r for r in RECORDS if not r["rights"]]
rc = collections.Counter(x for r in RECORDS for x in r["rights"])
print("messages:", len(RECORDS)); print("requests:", len(req), "negatives:", len(neg))
print("languages:", dict(collections.Counter(r["lang"] for r in RECORDS)))
print("requests by lang:", dict(collections.Counter(r["lang"] for r in req)), "negatives by lang:", dict(collections.Counter(r["lang"] for r in neg)))
print("multi-right requests:", sum(len(r["rights"]) > 1 for r in RECORDS))
for k in sorted(rc): print("  %-17s %d" % (k, rc[k]))
print("top-level MIME types:", dict(shapes))
print("with attachments:", sum(bool(r.get("attach")) for r in RECORDS), "replies/forwards with quoted history:", sum(bool(r.get("quote")) for r in RECORDS))
print("NEAR-LINE comments:", open(os.path.join(HERE, "records.py"), encoding="utf-8").read().count("# NEAR-LINE:"))
print("ALL OK")
