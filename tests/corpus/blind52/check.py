#!/usr/bin/env python3
"""Validate the b52 corpus: parse, defects, decoding, labels vs records, counts, digest."""
import hashlib, json, os, sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b52"
sys.path.insert(0, HERE)
from common import RECORDS
import rec_fr_req, rec_fr_neg, rec_en, rec_misc  # noqa: F401

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"}

def main():
    ok = True
    def fail(m):
        nonlocal ok
        ok = False
        print("FAIL:", m)
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    recs = {r["key"]: r for r in RECORDS}
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        fail("labels.json and .eml files differ")
    order = sorted(recs, key=lambda k: hashlib.sha256(k.encode()).hexdigest())
    for i, k in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        if labels.get(name, {}).get("key") != k:
            fail("order mismatch at %s" % name)
    if set(v["key"] for v in labels.values()) != set(recs):
        fail("label keys differ from record keys")
    hdrs, shapes, ctes, atts, langs, rights = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    nreq = nmulti = 0
    digest = hashlib.sha256()
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels[f]
        rec = recs.get(lab["key"])
        if rec is None or sorted(rec["rights"]) != lab["rights"]:
            fail("%s: label disagrees with record" % f)
        if not set(lab["rights"]) <= RIGHTS:
            fail("%s: unknown right" % f)
        for part in msg.walk():
            if part.defects:
                fail("%s: defects %r" % (f, part.defects))
            for hn in part.keys():
                _ = part[hn]
        if msg.defects:
            fail("%s: defects %r" % (f, msg.defects))
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                fail("%s: missing %s" % (f, h))
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
                  "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdrs[h] += 1
        def shape(p):
            if p.is_multipart():
                return "%s(%s)" % (p.get_content_type(), ",".join(shape(s) for s in p.iter_parts()))
            return p.get_content_type()
        shapes[shape(msg)] += 1
        for part in msg.walk():
            ct = part.get_content_type()
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    fail("%s: cannot decode text part: %s" % (f, e))
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment() or ct == "message/rfc822":
                atts[ct] += 1
                if ct != "message/rfc822" and not part.get_content():
                    fail("%s: empty attachment" % f)
        langs[lab["key"][:2]] += 1
        if lab["rights"]:
            nreq += 1
            nmulti += len(lab["rights"]) > 1
            rights.update(lab["rights"])
    n = len(files)
    print("messages:", n)
    print("requests:", nreq, " negatives:", n - nreq)
    print("languages:", dict(sorted(langs.items())))
    print("per-right:", dict(sorted(rights.items())))
    print("multi-right share of requests: %d/%d = %.1f%%" % (nmulti, nreq, 100.0 * nmulti / max(nreq, 1)))
    print("headers:", dict(sorted(hdrs.items())))
    print("MIME shapes:")
    for s, c in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    for r in RIGHTS:
        if rights[r] < 12:
            fail("right %s below 12" % r)
    print("corpus sha256:", digest.hexdigest())
    print("PASS" if ok else "FAIL")
    if not ok:
        sys.exit(1)

if __name__ == "__main__":
    main()
