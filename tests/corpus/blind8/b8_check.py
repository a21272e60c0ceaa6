#!/usr/bin/env python3
"""Validate the b8 corpus: every .eml parses; print counts for the README."""
import collections, email, email.policy, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b8_generate as g
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
bykey = {r["key"]: r for r in g.RECORDS}
shapes = collections.Counter()
for name in sorted(labels):
    m = email.message_from_bytes(open(os.path.join(HERE, name), "rb").read(), policy=email.policy.default)
    assert m["From"] and m["Date"] and m["Message-ID"], name
    assert m.get_body(preferencelist=("plain", "html")) is not None or m.get_content_type() == "multipart/report", name
    shapes[m.get_content_type()] += 1
    for part in m.walk():
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()
req = [v for v in labels.values() if v["rights"]]
print("messages", len(labels), "requests", len(req), "negatives", len(labels) - len(req))
print("languages", dict(collections.Counter(bykey[v["key"]]["lang"] for v in labels.values())))
print("lang x req", dict(collections.Counter((bykey[v["key"]]["lang"], bool(v["rights"])) for v in labels.values())))
rc = collections.Counter(r for v in req for r in v["rights"])
print("rights", dict(sorted(rc.items())))
print("multi-right", sum(1 for v in req if len(v["rights"]) > 1))
print("top-level shapes", dict(shapes))
print("with attachments", sum(1 for r in g.RECORDS if r.get("att") or r.get("kind") == "fwd_eml"))
print("near-line comments", sum(open(os.path.join(HERE, f), encoding="utf-8").read().count("# NEAR-LINE:") for f in ("b8_records_fr_req.py", "b8_records_fr_neg.py", "b8_records_en.py")))
