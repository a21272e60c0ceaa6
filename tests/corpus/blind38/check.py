#!/usr/bin/env python3
"""Sanity checks and counts for the b38 corpus (standard library only).

Parses every .eml with email.policy.default, checks for defects, checks that
every text part decodes, checks labels.json against the record files, checks
that generate.py output is byte-identical under different PYTHONHASHSEED
values, and prints counts.
"""
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b38"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
SANDRA_ADDRS = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    if ct == "message/rfc822":
        return "%s[%s]" % (ct, shape(part.get_content()))
    return ct


def main():
    errors = []
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    from recbase import RECORDS
    import rec_fr_req, rec_en_req, rec_fr_neg, rec_en_neg  # noqa: F401
    recs = {r["key"]: r for r in RECORDS}
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if len(recs) != len(files):
        errors.append("record count %d != file count %d" % (len(recs), len(files)))

    c_lang = collections.Counter()
    c_right = collections.Counter()
    c_right_lang = collections.Counter()
    c_nrights = collections.Counter()
    c_shape = collections.Counter()
    c_top = collections.Counter()
    c_hdr = collections.Counter()
    c_cte = collections.Counter()
    c_att = collections.Counter()
    c_misc = collections.Counter()
    parser = BytesParser(policy=policy.default)

    for f in files:
        lab = labels[f]
        rec = recs.get(lab["key"])
        if rec is None:
            errors.append("%s: unknown key %s" % (f, lab["key"]))
            continue
        if sorted(rec["rights"]) != lab["rights"]:
            errors.append("%s: labels.json rights differ from record" % f)
        for r in lab["rights"]:
            if r not in RIGHTS:
                errors.append("%s: bad right %s" % (f, r))
        raw = open(os.path.join(HERE, f), "rb").read()
        msg = parser.parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r in %s" % (f, part.defects, part.get_content_type()))
            ct = part.get_content_type()
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                    assert isinstance(txt, str)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: text part %s does not decode: %s" % (f, ct, e))
            cte = part.get("Content-Transfer-Encoding")
            if cte and not part.is_multipart():
                c_cte[cte.lower()] += 1
            if part.get_content_disposition() == "attachment":
                c_att[ct] += 1
        for h in ("Subject", "From", "To", "Date", "Message-ID"):
            if h != "Subject" and msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        # per-message counts
        c_lang[rec["lang"]] += 1
        n = len(lab["rights"])
        c_nrights[n] += 1
        for r in lab["rights"]:
            c_right[r] += 1
            c_right_lang[(r, rec["lang"])] += 1
        c_shape[shape(msg)] += 1
        c_top[msg.get_content_type()] += 1
        for h in ("In-Reply-To", "References", "Reply-To", "Cc", "List-Unsubscribe", "List-Id",
                  "Auto-Submitted", "X-Autoreply", "Precedence", "X-Auto-Response-Suppress"):
            if msg[h] is not None:
                c_hdr[h] += 1
        subj = msg["Subject"]
        if subj is None or not str(subj).strip():
            c_hdr["(empty subject)"] += 1
        frm = str(msg["From"]).lower()
        if any(a in frm for a in SANDRA_ADDRS):
            c_misc["from Sandra (own sent mail)"] += 1
        if msg.get_content_type() == "multipart/report":
            c_misc["delivery-status bounces"] += 1
        if "quote" in rec:
            c_misc["replies above quoted history"] += 1
        if "fwd" in rec:
            c_misc["forwards"] += 1
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            b = body.get_content().strip()
            if len(b) < 40:
                c_misc["near-empty body (<40 chars)"] += 1

    # determinism: regenerate twice with different hash seeds and compare
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        for t, seed in ((t1, "0"), (t2, "12345")):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", t],
                           check=True, env=env, stdout=subprocess.DEVNULL)
        for f in files + ["labels.json"]:
            a = open(os.path.join(t1, f), "rb").read()
            b = open(os.path.join(t2, f), "rb").read()
            c = open(os.path.join(HERE, f), "rb").read()
            if not (a == b == c):
                errors.append("%s: not byte-identical across runs" % f)
        digest = hashlib.sha256(b"".join(open(os.path.join(HERE, f), "rb").read()
                                         for f in files)).hexdigest()

    total = len(files)
    req = total - c_nrights[0]
    multi = sum(v for k, v in c_nrights.items() if k >= 2)
    print("messages: %d" % total)
    print("requests: %d   negatives: %d" % (req, c_nrights[0]))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / total)
                                     for k, v in sorted(c_lang.items())))
    print("per right (fr/en):")
    for r in RIGHTS:
        print("  %-17s %3d  (%d/%d)" % (r, c_right[r], c_right_lang[(r, "fr")], c_right_lang[(r, "en")]))
    print("multi-right requests: %d (%.1f%% of requests)  by count: %s" % (
        multi, 100.0 * multi / max(req, 1),
        ", ".join("%d rights=%d" % (k, v) for k, v in sorted(c_nrights.items()) if k >= 1)))
    print("top-level content types:")
    for k, v in c_top.most_common():
        print("  %-28s %3d" % (k, v))
    print("MIME shapes:")
    for k, v in c_shape.most_common():
        print("  %3d  %s" % (v, k))
    print("transfer encodings (leaf parts): " + ", ".join("%s=%d" % kv for kv in c_cte.most_common()))
    print("attachments: " + ", ".join("%s=%d" % kv for kv in c_att.most_common()))
    print("headers: " + ", ".join("%s=%d" % kv for kv in c_hdr.most_common()))
    for k, v in c_misc.most_common():
        print("%s: %d" % (k, v))
    print("determinism: byte-identical across PYTHONHASHSEED=0/12345 and on-disk copy"
          if not any("byte-identical" in e for e in errors) else "determinism: FAILED")
    print("sha256 of all .eml bytes: %s" % digest)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
