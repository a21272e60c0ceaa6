#!/usr/bin/env python3
"""Validate the blind59 corpus: parse, defects, decoding, labels vs records, counts, digest."""
import collections
import glob
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402
from common import RIGHTS, HER_CONTACT, HER_ORANGE  # noqa: E402

HEADERS = ["Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "User-Agent", "List-Id",
           "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence", "X-Auto-Response-Suppress"]


def leaves(msg):
    """Walk like Message.walk() but treat message/delivery-status as a leaf."""
    yield msg
    if msg.get_content_type() == "message/delivery-status":
        return
    if msg.is_multipart():
        for sub in msg.get_payload():
            yield from leaves(sub)


def shape(part):
    ct = part.get_content_type()
    if ct == "message/delivery-status":
        return ct
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    errors = []
    files = sorted(glob.glob(os.path.join(HERE, generate.PREFIX + "-*.eml")))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    recs = generate.ordered(generate.load_records())
    expected = {"%s-%04d.eml" % (generate.PREFIX, i): {"key": r["key"], "rights": sorted(r["rights"])}
                for i, r in enumerate(recs, 1)}
    if labels != expected:
        errors.append("labels.json does not agree with the records")
    if sorted(os.path.basename(p) for p in files) != sorted(expected):
        errors.append("eml files do not match labels")

    langs = collections.Counter()
    per_right = collections.Counter()
    hdr = collections.Counter()
    shapes = collections.Counter()
    top = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    years = collections.Counter()
    nreq = nneg = nmulti = 0
    digest = hashlib.sha256()
    for path in files:
        name = os.path.basename(path)
        raw = open(path, "rb").read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s in %s" % (name, part.defects, part.get_content_type()))
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
            years[d.year] += 1
            if d.year not in (2025, 2026) or d.utcoffset().total_seconds() not in (3600, 7200):
                errors.append("%s: bad date %s" % (name, msg["Date"]))
        except Exception as e:  # noqa: BLE001
            errors.append("%s: date %s" % (name, e))
        addrs = {a.lower() for _, a in getaddresses([str(msg.get("To", "")), str(msg.get("From", "")), str(msg.get("Cc", ""))])}
        if not addrs & {HER_CONTACT, HER_ORANGE}:
            errors.append("%s: none of From, To, Cc is hers" % name)
        for part in leaves(msg):
            if part.is_multipart() or part.get_content_type() == "message/delivery-status":
                continue
            ct = part.get_content_type()
            disp = part.get_content_disposition()
            if disp == "attachment":
                atts[ct] += 1
            if part.get_content_maintype() == "text":
                try:
                    content = part.get_content()
                    if not isinstance(content, str):
                        raise TypeError("not str")
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode %s: %s" % (name, ct, e))
                if disp != "attachment":
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        shapes[shape(msg)] += 1
        top[msg.get_content_type()] += 1
        for h in HEADERS:
            if msg[h] is not None:
                hdr[h] += 1
        lab = labels.get(name, {})
        key = lab.get("key", "")
        langs[key.split("-", 1)[0]] += 1
        rights = lab.get("rights", [])
        if any(r not in RIGHTS for r in rights):
            errors.append("%s: unknown right" % name)
        if rights:
            nreq += 1
            nmulti += len(rights) >= 2
        else:
            nneg += 1
        for r in rights:
            per_right[r] += 1
    with open(os.path.join(HERE, "labels.json"), "rb") as f:
        digest.update(b"labels.json\0" + f.read())

    n = len(files)
    print("messages: %d" % n)
    print("requests: %d  negatives: %d" % (nreq, nneg))
    print("languages: %s" % ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(langs.items())))
    print("per-right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
        if per_right[r] < 12:
            errors.append("right %s below 12" % r)
    print("multi-right requests: %d (%.1f%% of requests)" % (nmulti, 100.0 * nmulti / max(nreq, 1)))
    print("years: %s" % dict(sorted(years.items())))
    print("headers:")
    for h in HEADERS:
        print("  %-26s %d" % (h, hdr[h]))
    print("top-level content types:")
    for k, v in top.most_common():
        print("  %-28s %d" % (k, v))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings: %s" % dict(sorted(ctes.items())))
    print("attachment types:")
    for k, v in atts.most_common():
        print("  %-72s %d" % (k, v))
    print("digest sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
