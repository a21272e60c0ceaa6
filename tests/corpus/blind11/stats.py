import json, os, sys, email, email.policy, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from generate import load
labels = json.load(open(os.path.join(HERE, "labels.json")))
recs = {r["key"]: r for r in load()}
for f in sorted(labels):
    m = email.message_from_bytes(open(os.path.join(HERE, f), "rb").read(), policy=email.policy.default)
    assert m["From"] and m["Date"] and m["Message-ID"], f
    for p in m.walk():
        if not p.is_multipart() and p.get_content_maintype() == "text":
            p.get_content()
n = len(labels); req = [v for v in labels.values() if v["rights"]]
lang = collections.Counter(recs[v["key"]]["lang"] for v in labels.values())
lang_req = collections.Counter(recs[v["key"]]["lang"] for v in req)
rc = collections.Counter(r for v in req for r in v["rights"])
multi = sum(1 for v in req if len(v["rights"]) > 1)
print("messages", n, "requests", len(req), "negatives", n - len(req))
print("languages", dict(lang), "requests by lang", dict(lang_req))
print("rights", dict(sorted(rc.items())))
print("multi-right", multi, f"({multi/len(req):.0%} of requests)")
shapes = collections.Counter()
for v in labels.values():
    r = recs[v["key"]]
    shapes[r.get("kind") or r.get("shape", "plain")] += 1
    if r.get("att"): shapes["with attachment"] += 1
    if r.get("quote"): shapes["reply with quote"] += 1
    if r.get("fwd"): shapes["forward"] += 1
    if r.get("cte"): shapes["cte " + r["cte"]] += 1
print("shapes", dict(shapes))
