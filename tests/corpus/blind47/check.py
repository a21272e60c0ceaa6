#!/usr/bin/env python3
"""Validate the b47 corpus: parse, defects, decoding, labels vs records, counts, digest."""
import collections
import glob
import hashlib
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
from common import RIGHTS  # noqa: E402

HDRS = ["Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "User-Agent", "List-Id",
        "List-Unsubscribe", "List-Unsubscribe-Post", "Auto-Submitted", "X-Autoreply",
        "X-Auto-Response-Suppress", "Precedence", "Return-Path", "X-Priority"]


def shape(p):
    ct = p.get_content_type()
    if p.is_multipart() and ct.startswith("multipart/"):
        return "%s(%s)" % (ct, ",".join(shape(s) for s in p.iter_parts()))
    if ct == "message/rfc822":
        return "message/rfc822[%s]" % shape(p.get_payload(0))
    return ct


def walk(p, out):
    out.append(p)
    ct = p.get_content_type()
    if ct == "message/delivery-status":
        return
    if ct == "message/rfc822":
        for s in p.get_payload():
            walk(s, out)
    elif p.is_multipart():
        for s in p.get_payload():
            walk(s, out)


def main():
    errors = []
    files = sorted(glob.glob(os.path.join(HERE, generate.PREFIX + "-*.eml")))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    recs = generate.ordered(generate.load_records())
    expected = {"%s-%04d.eml" % (generate.PREFIX, i): r for i, r in enumerate(recs, 1)}
    if set(expected) != set(labels):
        errors.append("labels.json file set differs from records")
    if set(os.path.basename(f) for f in files) != set(expected):
        errors.append(".eml file set differs from records")
    for name, rec in expected.items():
        lab = labels.get(name)
        if not lab or lab["key"] != rec["key"] or lab["rights"] != sorted(rec["rights"]):
            errors.append("label mismatch for %s" % name)
        for r in rec["rights"]:
            if r not in RIGHTS:
                errors.append("unknown right %s in %s" % (r, name))

    langs = collections.Counter()
    per_right = collections.Counter()
    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    requests = negatives = multi = 0
    neg_lang = collections.Counter()
    req_lang = collections.Counter()
    from_sandra = 0
    digest = hashlib.sha256()
    for path in files:
        name = os.path.basename(path)
        raw = open(path, "rb").read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        parts = []
        walk(msg, parts)
        for p in parts:
            if p.defects:
                errors.append("%s: defects %s" % (name, p.defects))
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        try:
            if msg["Date"].datetime.tzinfo is None:
                errors.append("%s: naive date" % name)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: bad date %s" % (name, e))
        for p in parts:
            ct = p.get_content_type()
            if p.get_content_maintype() == "text":
                try:
                    txt = p.get_content()
                    if not isinstance(txt, str):
                        errors.append("%s: non-str text" % name)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode %s: %s" % (name, ct, e))
                if p.get_filename() is None:
                    ctes[p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if p.get_filename() and p.get_content_type() != "message/rfc822":
                atts[ct] += 1
                try:
                    p.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode attachment %s" % (name, e))
            elif ct == "message/rfc822" and p is not msg:
                atts[ct] += 1
        for h in ("Message-ID", "In-Reply-To", "References"):
            hb = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
            mm = re.search(r"(?im)^%s:(.*(?:\r\n[ \t].*)*)" % h, hb)
            if mm and "=?" in mm.group(1):
                errors.append("%s: encoded-word in %s" % (name, h))
        for h in HDRS:
            if msg[h] is not None:
                hdr_counts[h] += 1
        shapes[shape(msg)] += 1
        fa = msg["From"].addresses[0].addr_spec.lower()
        if fa in (generate.CONTACT, generate.ORANGE):
            from_sandra += 1
        rec = expected.get(name)
        if rec is None:
            continue
        lang = rec["key"][:2]
        langs[lang] += 1
        if rec["rights"]:
            requests += 1
            req_lang[lang] += 1
            per_right.update(rec["rights"])
            if len(rec["rights"]) > 1:
                multi += 1
        else:
            negatives += 1
            neg_lang[lang] += 1
    digest.update(b"labels.json\0" + open(os.path.join(HERE, "labels.json"), "rb").read())

    n = len(files)
    print("messages:", n)
    print("requests:", requests, " negatives:", negatives)
    print("languages:", dict(sorted(langs.items())),
          " requests by lang:", dict(sorted(req_lang.items())),
          " negatives by lang:", dict(sorted(neg_lang.items())))
    print("per-right counts:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(requests, 1)))
    print("sent by Sandra (From her address):", from_sandra)
    print("header counts:")
    for h in HDRS:
        print("  %-26s %d" % (h, hdr_counts[h]))
    print("MIME shapes:")
    for s, c in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    for r in RIGHTS:
        if per_right[r] < 12:
            errors.append("right %s only %d times" % (r, per_right[r]))
    print("corpus sha256:", digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
