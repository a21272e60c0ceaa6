#!/usr/bin/env python3
"""Parse every .eml, check defects, decode text parts, compare labels.json with records, print counts, digest, PASS."""
import os, sys, json, glob, hashlib, collections, email
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"}


def main():
    errs = []
    recs = generate.load_records()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(glob.glob(os.path.join(HERE, generate.PREFIX + "-*.eml")))
    if len(files) != len(recs) or len(labels) != len(recs):
        errs.append("count mismatch files=%d labels=%d records=%d" % (len(files), len(labels), len(recs)))
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (generate.PREFIX, i)
        exp = {"key": r["key"], "rights": sorted(r["rights"])}
        if labels.get(name) != exp:
            errs.append("label mismatch " + name)
        if not set(r["rights"]) <= RIGHTS:
            errs.append("bad right " + r["key"])
        if not r["key"].startswith(("fr-", "en-")):
            errs.append("bad key " + r["key"])
    hdr = collections.Counter(); shapes = collections.Counter(); ctes = collections.Counter(); atts = collections.Counter()
    digest = hashlib.sha256()
    for f in files:
        raw = open(f, "rb").read()
        digest.update(os.path.basename(f).encode() + b"\0" + raw)
        m = email.message_from_bytes(raw, policy=policy.default)
        for part in m.walk():
            if part.defects:
                errs.append("%s defects %s" % (os.path.basename(f), part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:
                    errs.append("%s decode %s" % (os.path.basename(f), e))
                if part.get_filename() is None:
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_filename():
                atts[part.get_content_type()] += 1
        if m.defects:
            errs.append("%s defects %s" % (os.path.basename(f), m.defects))
        for k in ("From", "To", "Date", "Message-ID", "Subject"):
            if m[k] is None:
                errs.append("%s missing %s" % (os.path.basename(f), k))
        for k in ("Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "List-Id", "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"):
            if m[k] is not None:
                hdr[k] += 1
        ct = m.get_content_type()
        if m.is_multipart():
            ct += "(" + ",".join(p.get_content_type() for p in m.iter_parts()) + ")"
        shapes[ct] += 1
    vals = list(labels.values())
    req = [v for v in vals if v["rights"]]
    langs = collections.Counter(v["key"][:2] for v in vals)
    per = collections.Counter(x for v in vals for x in v["rights"])
    multi = sum(1 for v in req if len(v["rights"]) > 1)
    print("messages:", len(vals))
    print("requests:", len(req), "negatives:", len(vals) - len(req))
    print("languages:", dict(sorted(langs.items())))
    print("per right:", dict(sorted(per.items())))
    print("multi-right share of requests: %d/%d = %.1f%%" % (multi, len(req), 100.0 * multi / max(1, len(req))))
    print("headers:", dict(sorted(hdr.items())))
    print("MIME shapes:")
    for k, v in sorted(shapes.items()):
        print("  %4d %s" % (v, k))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    print("digest sha256:", digest.hexdigest())
    for k in RIGHTS:
        if per[k] < 12:
            errs.append("right %s below 12" % k)
    if errs:
        for e in errs[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
