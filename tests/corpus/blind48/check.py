#!/usr/bin/env python3
"""Checks the generated corpus: parses every .eml, looks for defects, decodes text parts,
verifies labels.json against the records, prints counts and a corpus digest, then PASS (or exit 1)."""
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

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "post_mortem"]
HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
           "Auto-Submitted", "X-Autoreply", "Precedence"]


def shape(part):
    if part.is_multipart():
        return "%s(%s)" % (part.get_content_type(), ",".join(shape(p) for p in part.iter_parts()))
    return part.get_content_type()


def main():
    errors = []
    recs = generate.load_records()
    by_key = {r["key"]: r for r in recs}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if len(files) != len(recs):
        errors.append("%d files for %d records" % (len(files), len(recs)))
    expected = {"%s-%04d.eml" % (generate.PREFIX, i): r["key"] for i, r in enumerate(generate.ordered(recs), 1)}

    n_req = n_neg = multi = 0
    langs = collections.Counter()
    per_right = collections.Counter()
    hdr = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    digest = hashlib.sha256()

    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels.get(f, {})
        key = lab.get("key")
        if expected.get(f) != key:
            errors.append("%s: key %r not in expected order" % (f, key))
        rec = by_key.get(key)
        if rec is None:
            errors.append("%s: unknown key %r" % (f, key))
            continue
        rights = lab.get("rights", [])
        if rights != sorted(rec["rights"]) or rights != sorted(set(rights)):
            errors.append("%s: rights mismatch %r vs %r" % (f, rights, rec["rights"]))
        for r in rights:
            if r not in RIGHTS:
                errors.append("%s: unknown right %r" % (f, r))
        if "post_mortem" in rights and len(rights) > 1:
            errors.append("%s: post_mortem must stand alone" % f)
        for name in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[name] is None:
                errors.append("%s: missing %s" % (f, name))
        for name in HEADERS:
            if msg[name] is not None:
                hdr[name] += 1
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (f, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (f, k, v.defects))
            ct = part.get_content_type()
            fn = part.get_filename()
            if part.get_content_maintype() == "text" and not fn and part.get_content_disposition() != "attachment":
                try:
                    txt = part.get_content()
                    if not isinstance(txt, str):
                        raise TypeError("not text")
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode %s: %s" % (f, ct, e))
                if ct in ("text/plain", "text/html"):
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if fn or ct == "message/rfc822":
                atts[ct] += 1
                if fn and not ct.startswith("message/"):
                    part.get_content()
        shapes[shape(msg)] += 1
        langs[key[:2]] += 1
        if rights:
            n_req += 1
            if len(rights) > 1:
                multi += 1
            for r in rights:
                per_right[r] += 1
        else:
            n_neg += 1

    for r in RIGHTS:
        if per_right[r] < 12:
            errors.append("right %s only %d times" % (r, per_right[r]))
    total = len(files)
    print("messages: %d" % total)
    print("requests: %d  negatives: %d" % (n_req, n_neg))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / total) for k, v in sorted(langs.items())))
    print("per right: " + ", ".join("%s=%d" % (r, per_right[r]) for r in RIGHTS))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(n_req, 1)))
    print("headers: " + ", ".join("%s=%d" % (h, hdr[h]) for h in HEADERS))
    print("MIME shapes:")
    for s, c in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %3d  %s" % (c, s))
    print("text-part transfer encodings: " + ", ".join("%s=%d" % kv for kv in sorted(ctes.items())))
    print("attachment types: " + ", ".join("%s=%d" % kv for kv in sorted(atts.items())))
    digest.update(b"labels.json\0" + open(os.path.join(HERE, "labels.json"), "rb").read())
    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
