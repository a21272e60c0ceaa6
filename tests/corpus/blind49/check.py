#!/usr/bin/env python3
"""Validate the b49 corpus: parse, decode, compare with the records, print counts + digest."""
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

HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
           "Auto-Submitted", "X-Autoreply", "Precedence"]


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart() and ct.startswith("multipart/"):
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    errors = []
    names = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    if sorted(labels) != names:
        errors.append("labels.json and .eml files differ")

    recs = generate.ordered(generate.load_records())
    expected = {"%s-%04d.eml" % (generate.PREFIX, i): r for i, r in enumerate(recs, 1)}
    if sorted(expected) != names:
        errors.append("records count (%d) != files (%d)" % (len(expected), len(names)))
    for name, rec in expected.items():
        lab = labels.get(name)
        if not lab or lab["key"] != rec["key"] or lab["rights"] != sorted(rec["rights"]):
            errors.append("label mismatch for %s (%s)" % (name, rec["key"]))
        elif os.path.exists(os.path.join(HERE, name)):
            rebuilt = generate.build(rec).as_bytes(policy=policy.SMTP)
            with open(os.path.join(HERE, name), "rb") as fh:
                if fh.read() != rebuilt:
                    errors.append("%s differs from a fresh build of its record" % name)

    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    langs = collections.Counter()
    rights = collections.Counter()
    n_req = n_neg = n_multi = 0
    digest = hashlib.sha256()
    for name in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (name, k, v.defects))
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        for h in HEADERS:
            if msg[h] is not None:
                hdr_counts[h] += 1
        shapes[shape(msg)] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                continue
            if part.get_content_type() in ("message/rfc822", "message/delivery-status"):
                continue
            disp = part.get_content_disposition()
            if disp == "attachment":
                att_types[part.get_content_type()] += 1
                if part.get_content_type() == "application/pdf" and not part.get_content().startswith(b"%PDF-"):
                    errors.append("%s: bad pdf" % name)
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode text part: %s" % (name, e))
                    continue
                if disp != "attachment":
                    ctes[(part.get_content_type(), part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
                if "\ufffd" in txt:
                    errors.append("%s: replacement char in text" % name)
        lab = labels.get(name, {"key": "", "rights": []})
        langs[lab["key"][:2]] += 1
        if lab["rights"]:
            n_req += 1
            rights.update(lab["rights"])
            if len(lab["rights"]) > 1:
                n_multi += 1
        else:
            n_neg += 1
    labels_raw = open(os.path.join(HERE, "labels.json"), "rb").read()
    digest.update(b"labels.json\0" + labels_raw)

    total = len(names)
    print("messages: %d" % total)
    print("requests: %d   negatives: %d" % (n_req, n_neg))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / total) for k, v in sorted(langs.items())))
    print("per-right counts:")
    for r in generate.RIGHTS:
        print("  %-17s %d" % (r, rights[r]))
        if rights[r] < 12:
            errors.append("right %s below 12" % r)
    print("multi-right requests: %d (%.1f%% of requests)" % (n_multi, 100.0 * n_multi / max(n_req, 1)))
    print("header counts:")
    for h in HEADERS:
        print("  %-17s %d" % (h, hdr_counts[h]))
    print("MIME shapes:")
    for s, n in shapes.most_common():
        print("  %4d  %s" % (n, s))
    print("text-part transfer encodings:")
    for (ct, c), n in sorted(ctes.items()):
        print("  %4d  %s %s" % (n, ct, c))
    print("attachment types:")
    for t, n in att_types.most_common():
        print("  %4d  %s" % (n, t))
    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
