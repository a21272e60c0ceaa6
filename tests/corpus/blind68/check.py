#!/usr/bin/env python3
"""Validate the corpus: parse every .eml with email.policy.default, look for defects, decode
every text part, compare labels.json with the records, print counts and a digest; PASS or exit 1."""
import collections
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b68"
from generate import all_records  # noqa: E402
from common import RIGHTS  # noqa: E402


def shape(p):
    if p.is_multipart():
        return "%s[%s]" % (p.get_content_type(), ",".join(shape(s) for s in p.iter_parts()))
    return p.get_content_type()


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    recs = all_records()
    expected = {"%s-%04d.eml" % (PREFIX, i): {"key": r["key"], "rights": r["rights"]}
                for i, r in enumerate(recs, 1)}
    if labels != expected:
        errors.append("labels.json does not match the records")
    if set(files) != set(labels):
        errors.append("file list differs from labels.json")

    hdr = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    langs = collections.Counter()
    per_right = collections.Counter()
    nreq = nneg = multi = 0
    digest = hashlib.sha256()
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (f, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                    if not isinstance(txt, str):
                        errors.append("%s: text part not str" % f)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode text part: %s" % (f, e))
                if part.get_content_disposition() != "attachment":
                    ctes[(part.get_content_type(), part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
            if part.get_content_disposition() == "attachment":
                atts[part.get_content_type()] += 1
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id",
                  "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdr[h] += 1
        shapes[shape(msg)] += 1
        lab = labels.get(f, {"key": "", "rights": []})
        langs[lab["key"][:2]] += 1
        rs = lab["rights"]
        if any(r not in RIGHTS for r in rs) or rs != sorted(set(rs)):
            errors.append("%s: bad rights %r" % (f, rs))
        if rs:
            nreq += 1
            multi += len(rs) > 1
            per_right.update(rs)
        else:
            nneg += 1
    digest.update(b"labels.json\0" + open(os.path.join(HERE, "labels.json"), "rb").read())

    print("messages: %d" % len(files))
    print("requests: %d  negatives: %d" % (nreq, nneg))
    print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("per-right: " + ", ".join("%s=%d" % (r, per_right[r]) for r in RIGHTS))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(nreq, 1)))
    print("headers: " + ", ".join("%s=%d" % kv for kv in sorted(hdr.items())))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings:")
    for (t, c), v in sorted(ctes.items()):
        print("  %4d  %s %s" % (v, t, c))
    print("attachment types: " + ", ".join("%s=%d" % kv for kv in sorted(atts.items())))
    for r in RIGHTS:
        if per_right[r] < 12:
            errors.append("right %s appears only %d times" % (r, per_right[r]))
    print("corpus sha256: " + digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR: " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
