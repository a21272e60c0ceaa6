#!/usr/bin/env python3
"""Validate the b77 corpus: parse, defects, decode text parts, labels vs records, counts, digest."""
import hashlib, json, os, sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b77"
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"}
HEADERS = ["Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "List-Id", "List-Unsubscribe",
           "Auto-Submitted", "X-Autoreply", "Precedence"]


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s(%s)" % (ct, ",".join(shape(p) for p in part.iter_parts()) if ct != "message/delivery-status" else "")
    return ct


def main():
    errors = []
    from generate import load_records
    recs = {r["key"]: r for r in load_records()}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if set(l["key"] for l in labels.values()) != set(recs):
        errors.append("labels keys differ from records")
    digest = hashlib.sha256()
    langs, rights_c, hdr_c, shapes, ctes, atts = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    nreq = nneg = nmulti = 0
    for fn in files:
        raw = open(os.path.join(HERE, fn), "rb").read()
        digest.update(fn.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels.get(fn, {})
        key = lab.get("key")
        rec = recs.get(key)
        if rec is None:
            errors.append("%s: unknown key %r" % (fn, key)); continue
        if sorted(set(rec["rights"])) != lab["rights"]:
            errors.append("%s: label mismatch" % fn)
        if not set(lab["rights"]) <= RIGHTS:
            errors.append("%s: bad right" % fn)
        if not (key.startswith("fr-") or key.startswith("en-")):
            errors.append("%s: bad key prefix" % fn)
        for hname in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[hname] is None:
                errors.append("%s: missing %s" % (fn, hname))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s in %s" % (fn, part.defects, part.get_content_type()))
            for hn in part.keys():
                try:
                    str(part[hn])
                except Exception as e:
                    errors.append("%s: header %s: %s" % (fn, hn, e))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:
                    errors.append("%s: cannot decode %s: %s" % (fn, part.get_content_type(), e))
                ctes[(part.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
            if part.get_filename():
                atts[part.get_content_type()] += 1
            elif part.get_content_type() == "message/rfc822":
                atts["message/rfc822"] += 1
        if msg.defects:
            errors.append("%s: top defects %s" % (fn, msg.defects))
        langs[key[:2]] += 1
        if lab["rights"]:
            nreq += 1
            nmulti += len(lab["rights"]) > 1
            rights_c.update(lab["rights"])
        else:
            nneg += 1
        for hname in HEADERS:
            if msg[hname] is not None:
                hdr_c[hname] += 1
        shapes[shape(msg)] += 1
    digest.update(json.dumps(labels, sort_keys=True, ensure_ascii=False).encode())
    n = len(files)
    print("messages: %d" % n)
    print("requests: %d   negatives: %d" % (nreq, nneg))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(langs.items())))
    print("per right: " + ", ".join("%s=%d" % (k, rights_c[k]) for k in sorted(RIGHTS)))
    print("multi-right requests: %d (%.0f%% of requests)" % (nmulti, 100.0 * nmulti / max(nreq, 1)))
    print("headers: " + ", ".join("%s=%d" % (k, hdr_c[k]) for k in HEADERS))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings: " + ", ".join("%s=%d" % kv for kv in sorted(ctes.items())))
    print("attachment types: " + ", ".join("%s=%d" % kv for kv in sorted(atts.items())))
    for r in RIGHTS:
        if rights_c[r] < 12:
            errors.append("right %s only %d times" % (r, rights_c[r]))
    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
