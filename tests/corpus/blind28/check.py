#!/usr/bin/env python3
"""Parse every b28-*.eml with email.policy.default and print corpus counts."""
import collections
import email
import glob
import json
import os
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (only to read the records; nothing is written)

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]


def shape_of(msg):
    ct = msg.get_content_type()
    tags = []
    if ct == "multipart/report":
        return "multipart/report (bounce)"
    if ct == "multipart/mixed":
        body = [p for p in msg.iter_parts() if not p.is_attachment()]
        inner = body[0].get_content_type() if body else "?"
        kinds = sorted({p.get_content_type() for p in msg.iter_attachments()})
        return "multipart/mixed [%s + %s]" % (inner, ", ".join(kinds))
    if ct == "multipart/alternative":
        return "multipart/alternative (text+html)"
    tags.append(ct)
    cte = str(msg.get("Content-Transfer-Encoding", "7bit")).lower()
    tags.append(cte)
    return " ".join(tags)


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    recs = {r["key"]: r for r in generate.all_records()}
    files = sorted(glob.glob(os.path.join(HERE, "b28-*.eml")))
    errors = []
    shapes = collections.Counter()
    langs = collections.Counter()
    variants = collections.Counter()
    rights = collections.Counter()
    nrights = collections.Counter()
    headers = collections.Counter()
    req = neg = 0
    attach_kinds = collections.Counter()
    for f in files:
        name = os.path.basename(f)
        with open(f, "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for part in msg.walk():
                if not part.is_multipart() and part.get_content_maintype() == "text":
                    part.get_content()
            for hname in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[hname] is None:
                    errors.append("%s: missing %s" % (name, hname))
            if msg.defects:
                errors.append("%s: defects %s" % (name, msg.defects))
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: %r" % (name, exc))
            continue
        if name not in labels:
            errors.append("%s: not in labels.json" % name)
            continue
        lab = labels[name]
        rec = recs.get(lab["key"])
        if rec is None:
            errors.append("%s: unknown key %s" % (name, lab["key"]))
            continue
        if sorted(set(rec["rights"])) != lab["rights"]:
            errors.append("%s: label mismatch" % name)
        shapes[shape_of(msg)] += 1
        langs[rec["lang"]] += 1
        variants["%s-%s" % (rec["lang"], rec.get("var", "std"))] += 1
        if lab["rights"]:
            req += 1
        else:
            neg += 1
        rights.update(lab["rights"])
        nrights[len(lab["rights"])] += 1
        for h in ("Reply-To", "In-Reply-To", "List-Unsubscribe", "List-Id", "Auto-Submitted",
                  "X-Autoreply", "Cc"):
            if msg[h] is not None:
                headers[h] += 1
        for att in msg.iter_attachments():
            attach_kinds[att.get_content_type()] += 1
        frm = str(msg["From"]).lower()
        if "sandra.delomenie@orange.fr" in frm or "contact@floraisondesoi.fr" in frm:
            headers["From her own address"] += 1
    if len(files) != len(labels):
        errors.append("file count %d != labels %d" % (len(files), len(labels)))

    print("messages: %d" % len(files))
    print("requests: %d   negatives: %d" % (req, neg))
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / len(files))
                                    for k, v in sorted(langs.items())))
    print("language variants: " + ", ".join("%s %d" % kv for kv in sorted(variants.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, rights[r]))
    print("rights per request: " + ", ".join("%d right(s): %d" % (k, v)
                                             for k, v in sorted(nrights.items()) if k))
    print("multi-right requests: %d (%.0f%% of requests)" % (
        sum(v for k, v in nrights.items() if k > 1), 100.0 * sum(v for k, v in nrights.items() if k > 1) / max(req, 1)))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %3d  %s" % (v, k))
    print("attachments by type:")
    for k, v in sorted(attach_kinds.items()):
        print("  %3d  %s" % (v, k))
    print("headers present:")
    for k, v in sorted(headers.items()):
        print("  %3d  %s" % (v, k))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all %d files parsed OK" % len(files))


if __name__ == "__main__":
    main()
