#!/usr/bin/env python3
"""Parse every .eml, cross-check labels.json against records, and print the counts used in README.md."""
import collections, email, email.policy, glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import b6_records_fr_req, b6_records_fr_neg, b6_records_en
R = {r["key"]: r for r in b6_records_fr_req.RECORDS + b6_records_fr_neg.RECORDS + b6_records_en.RECORDS}
L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
files = sorted(glob.glob(os.path.join(HERE, "b6-*.eml")))
assert len(files) == len(L) == len(R)
shapes = collections.Counter()
for f in files:
    m = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
    assert m.get_body(preferencelist=("plain", "html")) is not None, f
    assert not m.defects, (f, m.defects)
    lab = L[os.path.basename(f)]
    assert lab["rights"] == R[lab["key"]]["rights"]
    shapes[m.get_content_type()] += 1
    cte = m.get_body(preferencelist=("plain", "html")).get("Content-Transfer-Encoding", "7bit")
    shapes["body cte " + str(cte).lower()] += 1
recs = list(R.values())
req = [r for r in recs if r["rights"]]
print("messages", len(recs))
print("requests", len(req), "negatives", len(recs) - len(req))
print("languages", dict(collections.Counter(r["lang"] for r in recs)))
print("requests by language", dict(collections.Counter(r["lang"] for r in req)))
print("rights", dict(sorted(collections.Counter(x for r in req for x in r["rights"]).items())))
print("multi-right", sum(len(r["rights"]) > 1 for r in req))
print("combos", dict(collections.Counter("+".join(r["rights"]) for r in req if len(r["rights"]) > 1)))
print("with attachments", sum(bool(r.get("att")) for r in recs), "with quoted history", sum(bool(r.get("quote")) for r in recs),
      "forwarded", sum(bool(r.get("fwd")) for r in recs), "sent by Sandra", sum(("delomenie@" in r["frm"] or "contact@floraisondesoi" in r["frm"]) for r in recs))
print("shapes", dict(shapes))
lens = sorted(len(r["body"]) for r in recs)
print("body length chars min/median/max", lens[0], lens[len(lens)//2], lens[-1])
