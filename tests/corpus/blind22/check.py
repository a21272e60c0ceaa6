#!/usr/bin/env python3
"""Parse every .eml and compute corpus counts (used for README)."""
import email, email.policy, json, os, glob, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import common, records_req_fr, records_req_en, records_neg  # noqa
lang = {r["key"]: r["lang"] for r in common.RECORDS}
labels = json.load(open(os.path.join(HERE, "labels.json")))
for p in sorted(glob.glob(os.path.join(HERE, "b22-*.eml"))):
    m = email.message_from_bytes(open(p, "rb").read(), policy=email.policy.default)
    assert m["Subject"] is not None and m["From"] and m["Date"].datetime.year in (2025, 2026), p
    for part in m.walk():
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()
req = [v for v in labels.values() if v["rights"]]
print("messages", len(labels), "requests", len(req), "negatives", len(labels) - len(req))
print("languages", dict(collections.Counter(lang[v["key"]] for v in labels.values())))
print("requests by language", dict(collections.Counter(lang[v["key"]] for v in req)))
print("rights", dict(sorted(collections.Counter(r for v in req for r in v["rights"]).items())))
print("multi-right", sum(len(v["rights"]) > 1 for v in req), "three-right", sum(len(v["rights"]) == 3 for v in req))
print("single-right", sum(len(v["rights"]) == 1 for v in req))
