#!/usr/bin/env python3
"""Validate the blind73 corpus: parse, defects, decoding, labels vs records, counts, digest."""
import hashlib
import json
import os
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (records loader only; does not write)
from rec import RIGHTS  # noqa: E402

PREFIX = "b73"


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    recs = generate.load_records()
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    if len(files) != len(recs) or sorted(labels) != files:
        fail("file count / labels mismatch: %d files, %d labels, %d records" % (len(files), len(labels), len(recs)))
    errors = []
    hdr_counts, shapes, ctes, atts = Counter(), Counter(), Counter(), Counter()
    digest = hashlib.sha256()
    for i, (name, rec) in enumerate(zip(files, recs), 1):
        if name != "%s-%04d.eml" % (PREFIX, i):
            errors.append("bad name %s" % name)
        lab = labels[name]
        if lab["key"] != rec["key"] or lab["rights"] != sorted(rec["rights"]):
            errors.append("%s: label disagrees with record %s" % (name, rec["key"]))
        if any(r not in RIGHTS for r in lab["rights"]):
            errors.append("%s: unknown right" % name)
        raw = open(os.path.join(HERE, name), "rb").read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        for h in msg.keys():
            hdr_counts[h] += 1
        shape = msg.get_content_type()
        if msg.is_multipart():
            shape += "[" + ",".join(p.get_content_type() for p in msg.iter_parts()) + "]"
        shapes[shape] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            disp = part.get_content_disposition()
            if part.get_content_maintype() == "text" and disp != "attachment":
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode %s: %s" % (name, ct, e))
                    continue
                if not isinstance(txt, str):
                    errors.append("%s: text part not str" % name)
            elif disp == "attachment":
                atts[ct] += 1
                data = part.get_content()
                if ct == "application/pdf" and not bytes(data).startswith(b"%PDF-"):
                    errors.append("%s: bad pdf" % name)
                if ct == "image/png" and not bytes(data).startswith(b"\x89PNG"):
                    errors.append("%s: bad png" % name)
        if rec["key"].startswith(("fr-", "en-")) is False:
            errors.append("%s: bad key" % name)
    if errors:
        for e in errors[:50]:
            print(e)
        fail("%d errors" % len(errors))

    n = len(recs)
    req = [r for r in recs if r["rights"]]
    per = Counter(x for r in req for x in r["rights"])
    langs = Counter(r["key"][:2] for r in recs)
    multi = sum(1 for r in req if len(r["rights"]) > 1)
    print("messages:", n)
    print("requests:", len(req), " negatives:", n - len(req))
    print("languages:", dict(sorted(langs.items())), " fr share: %.1f%%" % (100.0 * langs["fr"] / n))
    print("per-right:", dict(sorted(per.items())))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / len(req)))
    print("headers:", dict(sorted(hdr_counts.items())))
    print("MIME shapes:")
    for k, v in sorted(shapes.items()):
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    problems = []
    for r in RIGHTS:
        if per[r] < 12:
            problems.append("right %s only %d" % (r, per[r]))
    if problems:
        fail("; ".join(problems))
    print("corpus sha256:", digest.hexdigest())
    print("PASS")


if __name__ == "__main__":
    main()
