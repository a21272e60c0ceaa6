#!/usr/bin/env python3
"""Parse every b24-*.eml with email.policy.default and print corpus counts.

Exits non-zero if a file fails to parse, lacks a required header or a readable body,
or if labels.json and the .eml files disagree.
"""
import collections
import email
import json
import os
import sys
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b24"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
HER = ("sandra.delomenie@orange.fr", "contact@floraisondesoi.fr")


def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(n for n in os.listdir(HERE) if n.startswith(PREFIX + "-") and n.endswith(".eml"))
    errors = []
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")

    c = collections.Counter()
    per_right = collections.Counter()
    combos = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    feats = collections.Counter()
    lang = collections.Counter()
    lang_req = collections.Counter()
    years = collections.Counter()

    for name in files:
        with open(os.path.join(HERE, name), "rb") as f:
            raw = f.read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Date", "Message-ID"):
                if msg[h] is None:
                    errors.append("%s: missing %s" % (name, h))
            subj = msg["Subject"]
            if subj is None:
                errors.append("%s: missing Subject header" % name)
            dt = parsedate_to_datetime(str(msg["Date"]))
            years[dt.year] += 1
            off = dt.utcoffset().total_seconds() / 3600
            if off not in (1.0, 2.0) and "MAILER-DAEMON" not in str(msg["From"]).upper():
                feats["non-Paris offset"] += 1
            body = msg.get_body(preferencelist=("plain", "html"))
            if msg.get_content_type() == "multipart/report":
                body = msg.get_payload()[0]
            if body is None:
                errors.append("%s: no text body" % name)
            else:
                text = body.get_content()
                if not text.strip():
                    errors.append("%s: empty body" % name)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: %r" % (name, e))
            continue

        lab = labels.get(name, {})
        rights = lab.get("rights", [])
        for r in rights:
            if r not in RIGHTS:
                errors.append("%s: bad right %s" % (name, r))
        if rights != sorted(rights):
            errors.append("%s: rights not sorted" % name)
        lg = lab.get("key", "xx.")[:2]
        lang[lg] += 1
        c["requests" if rights else "negatives"] += 1
        if rights:
            lang_req[lg] += 1
            for r in rights:
                per_right[r] += 1
            if len(rights) > 1:
                c["multi-right"] += 1
                combos["+".join(rights)] += 1

        top = msg.get_content_type()
        shapes[top] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            ct = part.get_content_type()
            if ct.startswith("text/") and part.get_filename() is None:
                ctes["%s %s" % (ct, cte)] += 1
            if part.get_filename():
                ext = part.get_filename().rsplit(".", 1)[-1].lower()
                atts[ext] += 1
        if top == "text/html":
            feats["HTML-only"] += 1
        if any(p.get_filename() for p in msg.walk()):
            feats["with attachment(s)"] += 1
        if msg["In-Reply-To"]:
            feats["In-Reply-To/References"] += 1
        if msg["List-Unsubscribe"] or msg["List-Id"]:
            feats["List-Unsubscribe/List-Id"] += 1
        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            feats["Auto-Submitted/X-Autoreply"] += 1
        if msg["Reply-To"]:
            feats["Reply-To"] += 1
        if parseaddr(str(msg["From"]))[1].lower() in HER:
            feats["From Sandra's own addresses"] += 1
        if not str(subj or "").strip():
            feats["empty Subject"] += 1
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()):
            feats["message/rfc822 part"] += 1

    n = len(files)
    print("messages: %d" % n)
    print("requests: %d   negatives: %d" % (c["requests"], c["negatives"]))
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(lang.items())))
    print("requests by language: " + ", ".join("%s %d" % kv for kv in sorted(lang_req.items())))
    print("dates by year: " + ", ".join("%d %d" % kv for kv in sorted(years.items())))
    print("count per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("multi-right requests: %d (%.0f%% of requests)" % (c["multi-right"], 100.0 * c["multi-right"] / max(1, c["requests"])))
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %d" % (k, v))
    print("top-level MIME types:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %d" % (k, v))
    print("text body parts by transfer encoding:")
    for k, v in sorted(ctes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %d" % (k, v))
    print("attachments by extension:")
    for k, v in sorted(atts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %d" % (k, v))
    print("features:")
    for k, v in sorted(feats.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %d" % (k, v))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall %d files parsed OK" % n)


if __name__ == "__main__":
    main()
