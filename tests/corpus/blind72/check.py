#!/usr/bin/env python3
"""Validate the blind72 corpus: parse, defects, decode, labels vs records, counts, digest."""
import collections
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (imports the records; does not write anything)

PREFIX = generate.PREFIX
HDRS = ["Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "User-Agent", "List-Id",
        "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.json"), "rb") as fh:
        labels_raw = fh.read()
    labels = json.loads(labels_raw)
    recs = generate.order()
    if len(files) != len(recs) or sorted(labels) != files:
        fail("file/label/record count mismatch")
    digest = hashlib.sha256()
    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    langs = collections.Counter()
    rights = collections.Counter()
    nreq = nmulti = 0
    for i, (name, rec) in enumerate(zip(files, recs), 1):
        if name != "%s-%04d.eml" % (PREFIX, i):
            fail("bad name " + name)
        lab = labels[name]
        if lab["key"] != rec["key"] or lab["rights"] != sorted(rec["rights"]):
            fail("label mismatch for " + name)
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                fail("%s missing %s" % (name, h))
        for h, v in msg.items():
            if getattr(v, "defects", None):
                fail("%s header %s defects %r" % (name, h, v.defects))
        if msg["Date"].datetime is None or msg["Date"].datetime.year not in (2025, 2026):
            fail(name + " bad date")
        for part in msg.walk():
            if part.defects:
                fail("%s defects %r" % (name, part.defects))
            ct = part.get_content_type()
            if part.get_content_maintype() == "text":
                text = part.get_content()
                if not isinstance(text, str):
                    fail(name + " undecodable text part")
                if part.get_filename() is None:
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_filename():
                atts[ct] += 1
            if part.get_content_maintype() == "message" and ct == "message/rfc822":
                atts[ct] += 1
        def sig(p):
            if p.is_multipart():
                return p.get_content_type() + "(" + ",".join(sig(x) for x in p.iter_parts()) + ")"
            return p.get_content_type()
        shapes[sig(msg).split("(")[0] if not msg.is_multipart() else
               msg.get_content_type() + "[" + ",".join(x.get_content_type() for x in msg.iter_parts()) + "]"] += 1
        for h in HDRS:
            if msg[h] is not None:
                hdr_counts[h] += 1
        langs[rec["key"][:2]] += 1
        if rec["rights"]:
            nreq += 1
            if len(rec["rights"]) > 1:
                nmulti += 1
            rights.update(rec["rights"])
    digest.update(b"labels.json\0" + labels_raw)
    n = len(files)
    print("messages:", n)
    print("requests:", nreq, " negatives:", n - nreq)
    print("languages:", dict(sorted(langs.items())))
    print("per-right:", dict(sorted(rights.items())))
    print("multi-right requests: %d (%.1f%% of requests)" % (nmulti, 100.0 * nmulti / max(nreq, 1)))
    print("headers:", dict(sorted(hdr_counts.items())))
    print("MIME shapes:")
    for k, v in sorted(shapes.items()):
        print("  %3d %s" % (v, k))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    bad = [r for r in generate.RIGHTS_LIST if rights[r] < 12] if hasattr(generate, "RIGHTS_LIST") else []
    from rec_common import RIGHTS
    bad = [r for r in RIGHTS if rights[r] < 12]
    if bad:
        fail("rights under 12: %s" % bad)
    print("corpus sha256:", digest.hexdigest())
    print("PASS")


if __name__ == "__main__":
    main()
