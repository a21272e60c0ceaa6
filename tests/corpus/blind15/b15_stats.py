#!/usr/bin/env python3
"""Compute the corpus counts (used to write/check README.md)."""
import collections, email, email.policy, glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import b15_records as R
lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
lang = {r["key"]: r["lang"] for r in R.RECORDS}
for f in sorted(glob.glob(os.path.join(HERE, "b15-*.eml"))):
    m = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
    assert not m.defects and m.get_body(("plain", "html")) is not None, f
req = [v for v in lab.values() if v["rights"]]
multi = [v for v in req if len(v["rights"]) > 1]
out = {
    "messages": len(lab), "requests": len(req), "negatives": len(lab) - len(req),
    "lang_all": dict(sorted(collections.Counter(lang[v["key"]] for v in lab.values()).items())),
    "lang_requests": dict(sorted(collections.Counter(lang[v["key"]] for v in req).items())),
    "lang_negatives": dict(sorted(collections.Counter(lang[v["key"]] for v in lab.values() if not v["rights"]).items())),
    "rights": dict(sorted(collections.Counter(x for v in req for x in v["rights"]).items())),
    "single_right": len(req) - len(multi), "multi_right": len(multi),
    "three_rights": sum(len(v["rights"]) == 3 for v in multi),
    "combos": dict(sorted(collections.Counter("+".join(v["rights"]) for v in multi).items(), key=lambda x: (-x[1], x[0]))),
}
print(json.dumps(out, indent=1, ensure_ascii=False))
