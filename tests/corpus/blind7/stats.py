#!/usr/bin/env python3
"""Validate the generated corpus and print counts (used for README)."""
import collections, email, email.policy, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import records_req_fr, records_req_en, records_neg_fr, records_neg_en
recs = {r["key"]: r for m in (records_req_fr, records_req_en, records_neg_fr, records_neg_en) for r in m.RECORDS}
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
n = req = multi = 0
lang = collections.Counter(); rights = collections.Counter(); combos = collections.Counter()
lang_req = collections.Counter()
for name, lab in sorted(labels.items()):
    m = email.message_from_bytes(open(os.path.join(HERE, name), "rb").read(), policy=email.policy.default)
    assert m["From"] and m["Date"] and m["Message-ID"] and m["Subject"] is not None, name
    for part in m.walk():
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()
    r = recs[lab["key"]]
    assert sorted(r["rights"]) == lab["rights"]
    n += 1; lang[r["lang"]] += 1
    if lab["rights"]:
        req += 1; lang_req[r["lang"]] += 1
        rights.update(lab["rights"])
        if len(lab["rights"]) > 1:
            multi += 1; combos["+".join(lab["rights"])] += 1
print(f"messages {n}; requests {req}; negatives {n-req}; multi-right {multi}")
print("languages", dict(lang), "requests by language", dict(lang_req))
print("rights", dict(sorted(rights.items())))
print("combos", dict(sorted(combos.items())))
