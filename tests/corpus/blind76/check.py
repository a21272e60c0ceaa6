#!/usr/bin/env python3
"""Validate the b76 corpus: parse, defects, decoding, labels vs records, counts, digest."""
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

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
HEADERS = ("Cc", "Reply-To", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
           "Auto-Submitted", "X-Autoreply", "Precedence")


def main():
    errors = []
    recs = generate.load_records()
    expected = {fn: {"key": r["key"], "rights": sorted(r["rights"])} for fn, r in generate.ordered(recs)}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    if labels != expected:
        errors.append("labels.json disagrees with the records")
    files = sorted(fn for fn in os.listdir(HERE) if fn.startswith(generate.PREFIX + "-") and fn.endswith(".eml"))
    if files != sorted(expected):
        errors.append("eml files do not match the records (%d vs %d)" % (len(files), len(expected)))

    langs = collections.Counter()
    per_right = collections.Counter()
    hdr = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    multi = req = 0
    digest = hashlib.sha256()
    for fn in files:
        raw = open(os.path.join(HERE, fn), "rb").read()
        digest.update(fn.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (fn, part.defects))
            ctype = part.get_content_type()
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode %s: %s" % (fn, ctype, e))
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment() or (ctype.startswith("message/") and ctype != "message/delivery-status"):
                atts[ctype] += 1
        for name in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[name] is None:
                errors.append("%s: missing %s" % (fn, name))
        for name in HEADERS:
            if msg[name] is not None:
                hdr[name] += 1
        top = msg.get_content_type()
        inner = [p.get_content_type() for p in msg.iter_parts()] if msg.is_multipart() else []
        shapes[top + ("[" + ",".join(inner) + "]" if inner else "")] += 1
        lab = labels.get(fn, {"key": "?", "rights": []})
        langs[lab["key"][:2]] += 1
        for r in lab["rights"]:
            if r not in RIGHTS:
                errors.append("%s: bad right %s" % (fn, r))
            per_right[r] += 1
        if lab["rights"]:
            req += 1
            multi += len(lab["rights"]) > 1

    n = len(files)
    print("messages:", n)
    print("requests:", req, " negatives:", n - req)
    print("languages:", dict(sorted(langs.items())), " fr share: %.1f%%" % (100.0 * langs["fr"] / max(n, 1)))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
        if per_right[r] < 12:
            errors.append("right %s below 12" % r)
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(req, 1)))
    print("headers:", dict(sorted(hdr.items())))
    print("MIME shapes:")
    for s, c in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    print("corpus sha256:", digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
