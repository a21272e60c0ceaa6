import email, email.policy, json, os, hashlib, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from records_b23 import RECORDS
labels = json.load(open(os.path.join(HERE, "labels.json")))
byk = {r["key"]: r for r in RECORDS}
for f in sorted(labels):
    m = email.message_from_bytes(open(os.path.join(HERE, f), "rb").read(), policy=email.policy.default)
    assert m["Subject"] is not None and m["From"] is not None, f
    for p in m.walk():
        if p.get_content_maintype() == "text":
            p.get_content()
n = len(labels); req = [v for v in labels.values() if v["rights"]]
langs = collections.Counter(byk[v["key"]]["lang"] for v in labels.values())
lreq = collections.Counter(byk[v["key"]]["lang"] for v in req)
rc = collections.Counter(r for v in req for r in v["rights"])
print("messages", n, "requests", len(req), "negatives", n - len(req))
print("languages", dict(langs), "requests by lang", dict(lreq))
print("rights", dict(sorted(rc.items())))
print("multi-right", sum(1 for v in req if len(v["rights"]) > 1))
print("near-line comments", open(os.path.join(HERE, "records_b23.py"), encoding="utf-8").read().count("# NEAR-LINE:"))
print("sha", hashlib.sha256(b"".join(open(os.path.join(HERE, f), "rb").read() for f in sorted(labels))).hexdigest()[:16])
