#!/usr/bin/env python3
"""Sanity checks and counts for the b37 corpus (standard library only)."""
import collections
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (only used to read the record files)

from _rec import RIGHTS  # noqa: E402
OWN = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}
HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "Auto-Submitted", "X-Autoreply",
           "Precedence", "List-Unsubscribe", "List-Id", "X-Mailer", "Return-Path"]


def shape(msg):
    def sig(p):
        ct = p.get_content_type()
        if p.get_content_maintype() == "multipart":
            return "%s(%s)" % (ct.split("/")[1], ",".join(sig(c) for c in p.iter_parts()))
        return ct.split("/")[1] if ct.startswith("text/") else ct
    return sig(msg)


def main():
    errors = []
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    recs = {r["key"]: r for r in generate.load_records()}
    emls = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    if sorted(labels) != emls:
        errors.append("labels.json and .eml files differ")
    if {v["key"] for v in labels.values()} != set(recs):
        errors.append("labels keys differ from record keys")

    c_lang = collections.Counter()
    c_right = collections.Counter()
    c_shape = collections.Counter()
    c_top = collections.Counter()
    c_hdr = collections.Counter()
    c_cte = collections.Counter()
    c_att = collections.Counter()
    lang_req = collections.Counter()
    requests = negatives = multi = 0
    for name in emls:
        lab = labels[name]
        rec = recs.get(lab["key"])
        rights = lab["rights"]
        if rights != sorted(set(rights)) or any(r not in RIGHTS for r in rights):
            errors.append("%s: bad rights %r" % (name, rights))
        if rec and rec["rights"] != rights:
            errors.append("%s: label differs from record" % name)
        with open(os.path.join(HERE, name), "rb") as f:
            raw = f.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            for d in part.defects:
                errors.append("%s: defect %s in %s" % (name, type(d).__name__,
                                                       part.get_content_type()))
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                except Exception as e:  # pragma: no cover
                    errors.append("%s: text part does not decode: %s" % (name, e))
                    continue
                if "\ufffd" in txt:
                    errors.append("%s: replacement char in text part" % name)
            if part.get_content_maintype() != "multipart":
                c_cte[part.get("Content-Transfer-Encoding", "7bit(implicit)").lower()] += 1
            if part.get_content_disposition() == "attachment":
                c_att[part.get_content_type()] += 1
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        subj = msg["Subject"]
        if subj is None:
            c_hdr["(no Subject header)"] += 1
        elif not str(subj).strip():
            c_hdr["(empty Subject)"] += 1
        for h in HEADERS:
            if msg[h] is not None:
                c_hdr[h] += 1
        sender = parseaddr(str(msg["From"]))[1].lower()
        if sender in OWN:
            c_hdr["(From Sandra)"] += 1
            if rights:
                errors.append("%s: mail from Sandra labelled as request" % name)
        c_shape[shape(msg)] += 1
        c_top[msg.get_content_type()] += 1
        lang = rec["lang"] if rec else "?"
        c_lang[lang] += 1
        if rights:
            requests += 1
            lang_req[lang] += 1
            if len(rights) > 1:
                multi += 1
            for r in rights:
                c_right[r] += 1
            if "post_mortem" in rights and len(rights) > 1:
                errors.append("%s: post_mortem must be alone" % name)
        else:
            negatives += 1

    n = len(emls)
    print("messages:      %d" % n)
    print("requests:      %d" % requests)
    print("negatives:     %d" % negatives)
    print("multi-right:   %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(requests, 1)))
    print("languages:     %s" % ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n)
                                          for k, v in sorted(c_lang.items())))
    print("requests/lang: %s" % ", ".join("%s=%d" % kv for kv in sorted(lang_req.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, c_right[r]))
    print("top-level content types:")
    for k, v in c_top.most_common():
        print("  %-32s %d" % (k, v))
    print("MIME shapes:")
    for k, v in c_shape.most_common():
        print("  %-60s %d" % (k, v))
    print("transfer encodings (leaf parts):")
    for k, v in c_cte.most_common():
        print("  %-20s %d" % (k, v))
    print("attachments:")
    for k, v in c_att.most_common():
        print("  %-70s %d" % (k, v))
    print("headers:")
    for k, v in sorted(c_hdr.items()):
        print("  %-22s %d" % (k, v))

    if not 240 <= n <= 260:
        errors.append("message count %d outside 240-260" % n)
    for r in RIGHTS:
        if c_right[r] < 12:
            errors.append("right %s only %d times" % (r, c_right[r]))
    if negatives < 100:
        errors.append("only %d negatives" % negatives)
    share = multi / max(requests, 1)
    if not 0.15 <= share <= 0.25:
        errors.append("multi-right share %.2f outside 15-25%%" % share)
    fr = c_lang["fr"] / max(n, 1)
    if not 0.64 <= fr <= 0.76:
        errors.append("French share %.2f not about 70%%" % fr)
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
