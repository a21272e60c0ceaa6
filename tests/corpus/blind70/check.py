#!/usr/bin/env python3
"""Validate the blind70 corpus and print its statistics and digest."""
import collections
import email
import hashlib
import json
import os
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (only to load the records)


def main():
    errors = []
    recs = {r["key"]: r for r in generate.load_records()}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(fn for fn in os.listdir(HERE) if fn.startswith(generate.PREFIX + "-") and fn.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if set(l["key"] for l in labels.values()) != set(recs):
        errors.append("labels keys differ from records")
    c = collections.Counter()
    rights = collections.Counter()
    hdrs = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    digest = hashlib.sha256()
    multi = 0
    for fn in files:
        raw = open(os.path.join(HERE, fn), "rb").read()
        digest.update(fn.encode() + b"\0" + raw + b"\0")
        msg = email.message_from_bytes(raw, policy=policy.default)
        lab = labels.get(fn, {})
        rec = recs.get(lab.get("key"))
        if rec is None:
            errors.append(fn + ": unknown key")
            continue
        if sorted(rec["rights"]) != lab["rights"]:
            errors.append(fn + ": rights mismatch")
        if msg["Subject"] is None or str(msg["Subject"]) != rec["subject"]:
            errors.append(fn + ": subject mismatch")
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (fn, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: cannot decode %s" % (fn, e))
                if part.get_filename() is None:
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_filename():
                atts[part.get_content_type()] += 1
            elif part.get_content_type() == "message/rfc822":
                atts["message/rfc822"] += 1
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
                  "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdrs[h] += 1
        shape = msg.get_content_type()
        if msg.is_multipart():
            shape += "[" + ",".join(p.get_content_type() for p in msg.iter_parts()) + "]"
        shapes[shape] += 1
        c["messages"] += 1
        c["lang_" + rec["key"][:2]] += 1
        if rec["rights"]:
            c["requests"] += 1
            if len(rec["rights"]) > 1:
                multi += 1
            for r in rec["rights"]:
                rights[r] += 1
        else:
            c["negatives"] += 1
    print("messages:", c["messages"], " requests:", c["requests"], " negatives:", c["negatives"])
    print("languages: fr=%d en=%d" % (c["lang_fr"], c["lang_en"]))
    print("per-right:", dict(sorted(rights.items())))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(1, c["requests"])))
    print("headers:", dict(sorted(hdrs.items())))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    low = [r for r in sorted({"access", "rectification", "erasure", "restriction", "portability", "objection",
                              "withdraw_consent", "post_mortem"}) if rights[r] < 12]
    if low:
        errors.append("rights under 12: %s" % low)
    print("corpus sha256:", digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
