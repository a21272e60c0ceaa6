#!/usr/bin/env python3
"""Validate the blind63 corpus: parse, defects, decode, labels vs records, counts, digest."""
import collections
import glob
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

SANDRA = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")


def main():
    ok = True
    files = sorted(glob.glob(os.path.join(HERE, generate.PREFIX + "-*.eml")))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    expected = {fn: {"key": r["key"], "rights": sorted(r["rights"])} for fn, r in generate.ordered()}
    if labels != expected:
        print("labels.json disagrees with records"); ok = False
    if sorted(os.path.basename(p) for p in files) != sorted(expected):
        print("file set disagrees with records"); ok = False

    n = req = neg = multi = 0
    langs = collections.Counter(); rights = collections.Counter()
    hdrs = collections.Counter(); shapes = collections.Counter()
    ctes = collections.Counter(); atts = collections.Counter()
    digest = hashlib.sha256()
    for path in files:
        fn = os.path.basename(path)
        data = open(path, "rb").read()
        digest.update(fn.encode() + b"\0" + data + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        n += 1
        for part in msg.walk():
            if part.defects:
                print("%s: defects %r" % (fn, part.defects)); ok = False
            ctype = part.get_content_type()
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    txt = part.get_content()
                    assert isinstance(txt, str)
                except Exception as e:  # noqa: BLE001
                    print("%s: cannot decode %s: %s" % (fn, ctype, e)); ok = False
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment() or ctype == "message/rfc822":
                atts[ctype] += 1
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                print("%s: missing %s" % (fn, h)); ok = False
        for h in ("Cc", "Reply-To", "In-Reply-To", "References", "X-Mailer", "User-Agent",
                  "List-Id", "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdrs[h] += 1
        if any(a in str(msg["From"]).lower() for a in SANDRA):
            hdrs["From: her own address"] += 1
        top = msg.get_content_type()
        if msg.is_multipart():
            sub = "+".join(sorted(set(p.get_content_type() for p in msg.iter_parts())))
            shapes["%s [%s]" % (top, sub)] += 1
        else:
            shapes[top] += 1
        lab = labels.get(fn, {})
        rs = lab.get("rights", [])
        langs[lab.get("key", "??")[:2]] += 1
        if rs:
            req += 1
            multi += len(rs) > 1
            for r in rs:
                rights[r] += 1
        else:
            neg += 1

    print("messages: %d  requests: %d  negatives: %d" % (n, req, neg))
    print("languages: %s" % dict(sorted(langs.items())))
    print("per-right: %s" % dict(sorted(rights.items())))
    print("multi-right share of requests: %d/%d = %.1f%%" % (multi, req, 100.0 * multi / max(req, 1)))
    print("headers: %s" % dict(sorted(hdrs.items())))
    print("MIME shapes:")
    for k, v in sorted(shapes.items()):
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings: %s" % dict(sorted(ctes.items())))
    print("attachment types: %s" % dict(sorted(atts.items())))
    for r in generate.common.RIGHTS:
        if rights[r] < 12:
            print("right %s below 12" % r); ok = False
    print("corpus sha256: %s" % digest.hexdigest())
    if not ok:
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
