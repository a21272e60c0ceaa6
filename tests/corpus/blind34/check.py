#!/usr/bin/env python3
"""Parse every b34-*.eml with email.policy.default and print corpus counts.

Exits non-zero if a file fails to parse, has parser defects, or if
labels.json and the .eml files / records disagree.
"""
import collections
import json
import os
import sys
from email import policy
from email.parser import BytesParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402  (only for the record list; nothing is written)

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]


def lang_group(code):
    return "French" if code.startswith("fr") else "English"


def main():
    errors = []
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    recs = {r["key"]: r for r in generate.all_records()}
    files = sorted(n for n in os.listdir(HERE) if n.startswith("b34-") and n.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if len(files) != len(recs):
        errors.append("%d files but %d records" % (len(files), len(recs)))

    c_req = collections.Counter()
    c_right = collections.Counter()
    c_nrights = collections.Counter()
    c_lang = collections.Counter()
    c_variant = collections.Counter()
    c_lang_req = collections.Counter()
    c_top = collections.Counter()
    c_cte = collections.Counter()
    c_att = collections.Counter()
    c_hdr = collections.Counter()
    c_misc = collections.Counter()

    parser = BytesParser(policy=policy.default)
    for name in files:
        with open(os.path.join(HERE, name), "rb") as f:
            raw = f.read()
        try:
            msg = parser.parsebytes(raw)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse error %r" % (name, e))
            continue
        defects = list(msg.defects)
        for part in msg.walk():
            defects.extend(part.defects)
        if defects:
            errors.append("%s: defects %r" % (name, defects))
        for hname in ("From", "To", "Date", "Message-ID"):
            if msg[hname] is None:
                errors.append("%s: missing %s" % (name, hname))
        # touch every header and text body so decoding errors surface
        for k, v in msg.items():
            str(v)
        lab = labels[name]
        rec = recs.get(lab["key"])
        if rec is None:
            errors.append("%s: unknown key %s" % (name, lab["key"]))
            continue
        if sorted(rec["rights"]) != lab["rights"]:
            errors.append("%s: label mismatch" % name)
        rights = lab["rights"]
        isreq = bool(rights)
        c_req["requests" if isreq else "negatives"] += 1
        for r in rights:
            c_right[r] += 1
        if isreq:
            c_nrights[len(rights)] += 1
        lg = lang_group(rec["lang"])
        c_lang[lg] += 1
        c_variant[rec["lang"]] += 1
        c_lang_req[(lg, "request" if isreq else "negative")] += 1

        top = msg.get_content_type()
        c_top[top] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_attachment():
                c_cte["%s %s" % (part.get_content_type(), part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
                part.get_content()
            if part.is_attachment():
                fn = part.get_filename() or ""
                c_att[fn.rsplit(".", 1)[-1].lower() if "." in fn else part.get_content_type()] += 1
        if top == "text/html":
            c_misc["html-only"] += 1
        for h in ("List-Unsubscribe", "List-Id", "Auto-Submitted", "X-Autoreply",
                  "In-Reply-To", "Reply-To", "Cc"):
            if msg[h] is not None:
                c_hdr[h] += 1
        frm = str(msg["From"]).lower()
        if "sandra.delomenie@orange.fr" in frm or "contact@floraisondesoi.fr" in frm:
            c_misc["from Sandra's own addresses"] += 1
        subj = msg["Subject"]
        if subj is None or str(subj).strip() == "":
            c_misc["empty or missing Subject"] += 1
        body = msg.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
        if "a écrit :" in text or "wrote:" in text or "De :" in text or "-----Original Message-----" in text:
            c_misc["contains quoted history"] += 1
        if "Forwarded message" in text or "Message transféré" in text:
            c_misc["contains forwarded message"] += 1

    total = len(files)
    print("messages: %d" % total)
    print("requests: %d   negatives: %d" % (c_req["requests"], c_req["negatives"]))
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / total)
                                     for k, v in sorted(c_lang.items())))
    print("language variants: " + ", ".join("%s %d" % kv for kv in sorted(c_variant.items())))
    print("requests/negatives by language: " + ", ".join(
        "%s %s %d" % (k[0], k[1], v) for k, v in sorted(c_lang_req.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, c_right[r]))
    multi = sum(v for k, v in c_nrights.items() if k > 1)
    print("requests by number of rights: " + ", ".join("%d right(s): %d" % kv for kv in sorted(c_nrights.items())))
    print("multi-right requests: %d (%.0f%% of requests)" % (multi, 100.0 * multi / max(1, c_req["requests"])))
    print("top-level MIME types:")
    for k, v in sorted(c_top.items()):
        print("  %-32s %d" % (k, v))
    print("text parts (type, transfer encoding):")
    for k, v in sorted(c_cte.items()):
        print("  %-40s %d" % (k, v))
    print("attachments by kind: " + ", ".join("%s %d" % kv for kv in sorted(c_att.items())))
    print("headers: " + ", ".join("%s %d" % kv for kv in sorted(c_hdr.items())))
    print("other: " + ", ".join("%s %d" % kv for kv in sorted(c_misc.items())))
    lo = [r for r in RIGHTS if c_right[r] < 12]
    if lo:
        errors.append("rights under 12: %s" % lo)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all %d files parsed without defects; labels consistent." % total)


if __name__ == "__main__":
    main()
