#!/usr/bin/env python3
"""Parse every b64-*.eml, check defects and decoding, verify labels.json against the records,
print counts and a corpus digest. Prints PASS or exits 1."""
import collections
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

PREFIX = generate.PREFIX
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
           "Auto-Submitted", "X-Autoreply", "Precedence"]


def main():
    errors = []
    names = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    recs = generate.all_records()
    expected = {"%s-%04d.eml" % (PREFIX, i): r for i, r in enumerate(recs, 1)}
    if set(names) != set(labels) or set(names) != set(expected):
        errors.append("file set / labels / records mismatch")
    hdr = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    rights = collections.Counter()
    langs = collections.Counter()
    req = neg = multi = 0
    digest = hashlib.sha256()
    for n in names:
        raw = open(os.path.join(HERE, n), "rb").read()
        digest.update(n.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (n, part.defects))
        for k in ("From", "To", "Date", "Subject", "Message-ID"):
            if msg[k] is None:
                errors.append("%s: missing %s" % (n, k))
        for k in HEADERS:
            if msg[k] is not None:
                hdr[k] += 1
        shapes[msg.get_content_type() if not msg.is_multipart() else
               msg.get_content_type() + "(" + ",".join(p.get_content_type() for p in msg.iter_parts()) + ")"] += 1
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart() or ct in ("message/rfc822", "message/delivery-status"):
                continue
            disp = part.get_content_disposition()
            if ct.startswith("text/") and disp != "attachment":
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode %s: %s" % (n, ct, e))
                    continue
                if not isinstance(txt, str):
                    errors.append("%s: non-text payload" % n)
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            elif disp == "attachment":
                atts[ct] += 1
                data = part.get_content()
                if ct == "application/pdf" and not bytes(data).startswith(b"%PDF-"):
                    errors.append("%s: bad pdf" % n)
                if ct == "image/png" and not bytes(data).startswith(b"\x89PNG"):
                    errors.append("%s: bad png" % n)
        lab = labels.get(n)
        r = expected.get(n)
        if lab is None or r is None:
            continue
        if lab["key"] != r["key"] or lab["rights"] != sorted(r["rights"]):
            errors.append("%s: label mismatch" % n)
        if lab["rights"] != sorted(set(lab["rights"])) or any(x not in RIGHTS for x in lab["rights"]):
            errors.append("%s: bad rights %r" % (n, lab["rights"]))
        langs[lab["key"][:2]] += 1
        if lab["rights"]:
            req += 1
            multi += len(lab["rights"]) > 1
            rights.update(lab["rights"])
        else:
            neg += 1
    lab_bytes = open(os.path.join(HERE, "labels.json"), "rb").read()
    digest.update(b"labels.json\0" + lab_bytes)
    total = len(names)
    print("messages: %d  requests: %d  negatives: %d" % (total, req, neg))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / max(total, 1)) for k, v in sorted(langs.items())))
    print("per-right: " + ", ".join("%s=%d" % (k, rights[k]) for k in RIGHTS))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(req, 1)))
    print("headers: " + ", ".join("%s=%d" % (k, hdr[k]) for k in HEADERS))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings: " + ", ".join("%s=%d" % kv for kv in sorted(ctes.items())))
    print("attachment types: " + ", ".join("%s=%d" % kv for kv in sorted(atts.items())))
    for k in RIGHTS:
        if rights[k] < 12:
            errors.append("right %s only %d times" % (k, rights[k]))
    print("corpus sha256: " + digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR: " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
