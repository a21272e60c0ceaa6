#!/usr/bin/env python3
"""Validate the blind67 corpus: parse, decode, compare labels with records, print counts and digest."""
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

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "post_mortem"}


def main():
    fail = []
    recs = generate.load_records()
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    if len(files) != len(recs) or sorted(labels) != files:
        fail.append("file/label/record count mismatch: %d files, %d labels, %d records" % (len(files), len(labels), len(recs)))
    expected = {"%s-%04d.eml" % (generate.PREFIX, i): r for i, r in enumerate(recs, 1)}
    c = collections.Counter()
    per_right = collections.Counter()
    langs = collections.Counter()
    headers = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    multi = req = 0
    digest = hashlib.sha256()
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        rec = expected.get(f)
        lab = labels.get(f)
        if rec is None or lab is None or lab["key"] != rec["key"] or lab["rights"] != sorted(rec["rights"]):
            fail.append("%s: label disagrees with record" % f)
            continue
        if not set(lab["rights"]) <= RIGHTS:
            fail.append("%s: unknown right" % f)
        if "post_mortem" in lab["rights"] and len(lab["rights"]) > 1:
            fail.append("%s: post_mortem must be alone" % f)
        for part in msg.walk():
            if part.defects:
                fail.append("%s: defects %r" % (f, part.defects))
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    fail.append("%s: cannot decode: %s" % (f, e))
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment():
                atts[part.get_content_type()] += 1
        if msg.defects:
            fail.append("%s: defects %r" % (f, msg.defects))
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
                  "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                headers[h] += 1
        shape = msg.get_content_type()
        if msg.is_multipart():
            shape += "[" + ",".join(p.get_content_type() for p in msg.iter_parts()) + "]"
        shapes[shape] += 1
        langs[rec["key"][:2]] += 1
        if not rec["key"].startswith(("fr-", "en-")):
            fail.append("%s: bad key prefix" % f)
        if lab["rights"]:
            req += 1
            if len(lab["rights"]) > 1:
                multi += 1
            for r in lab["rights"]:
                per_right[r] += 1
        c["messages"] += 1
    neg = c["messages"] - req
    print("messages: %d" % c["messages"])
    print("requests: %d  negatives: %d" % (req, neg))
    print("languages: %s" % dict(sorted(langs.items())))
    print("per-right: %s" % dict(sorted(per_right.items())))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(req, 1)))
    print("headers: %s" % dict(sorted(headers.items())))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings: %s" % dict(sorted(ctes.items())))
    print("attachment types: %s" % dict(sorted(atts.items())))
    lab_raw = open(os.path.join(HERE, "labels.json"), "rb").read()
    digest.update(b"labels.json\0" + lab_raw)
    print("corpus sha256: %s" % digest.hexdigest())
    for r in sorted(RIGHTS):
        if per_right[r] < 12:
            fail.append("right %s only %d times" % (r, per_right[r]))
    if fail:
        for x in fail[:50]:
            print("FAIL:", x)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
