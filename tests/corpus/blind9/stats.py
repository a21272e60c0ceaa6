#!/usr/bin/env python3
"""Compute the README counts from labels.json and the records (language, shape, attachments)."""
import collections, email, email.policy, glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
import sys; sys.path.insert(0, HERE)
import records_requests, records_negatives
recs = {r["key"]: r for r in records_requests.RECORDS + records_negatives.RECORDS}
lab = json.load(open(os.path.join(HERE, "labels.json")))
req = [v for v in lab.values() if v["rights"]]
neg = [v for v in lab.values() if not v["rights"]]
lang = collections.Counter(recs[v["key"]]["lang"] for v in lab.values())
lang_req = collections.Counter(recs[v["key"]]["lang"] for v in req)
lang_neg = collections.Counter(recs[v["key"]]["lang"] for v in neg)
rights = collections.Counter(r for v in req for r in v["rights"])
multi = [v for v in req if len(v["rights"]) > 1]
combos = collections.Counter("+".join(v["rights"]) for v in multi)
ctypes = collections.Counter(); att = 0; parsed = 0
for f in sorted(glob.glob(os.path.join(HERE, "b9-*.eml"))):
    m = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
    parsed += 1
    ctypes[m.get_content_type()] += 1
    att += sum(1 for p in m.walk() if p.get_filename())
cat = collections.Counter(v["key"].split("-")[0] for v in neg)
print(f"messages: {len(lab)} (parsed {parsed})")
print(f"requests: {len(req)}  negatives: {len(neg)}")
print(f"languages: fr {lang['fr']} ({lang['fr']*100/len(lab):.0f}%), en {lang['en']} ({lang['en']*100/len(lab):.0f}%)")
print(f"  requests fr {lang_req['fr']} / en {lang_req['en']}; negatives fr {lang_neg['fr']} / en {lang_neg['en']}")
print("rights (messages carrying each right):")
for k in ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"]:
    print(f"  {k}: {rights[k]}")
print(f"multi-right requests: {len(multi)} ({len(multi)*100/len(req):.0f}% of requests)")
for k, n in sorted(combos.items()):
    print(f"  {k}: {n}")
print("negative key families:", dict(sorted(cat.items())))
print("top-level MIME types:", dict(sorted(ctypes.items())))
print("attachments (parts with a file name):", att)
