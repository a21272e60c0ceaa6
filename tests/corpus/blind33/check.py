#!/usr/bin/env python3
"""Parse every b33 .eml with email.policy.default and print corpus counts.

Reads labels.json for the labels and the record files (for the language of each key).
Exits non-zero if a message fails to parse, has a defect, or disagrees with its record.
"""
import collections
import email
import glob
import json
import os
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from generate import load_records, RIGHTS  # noqa: E402


def shape(msg):
    ct = msg.get_content_type()
    if ct == "multipart/mixed":
        inner = [p.get_content_type() for p in msg.iter_parts()]
        body = inner[0] if inner else "?"
        return "multipart/mixed (%s + attachments)" % body
    return ct


def main():
    records = {r["key"]: r for r in load_records()}
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(glob.glob(os.path.join(HERE, "b33-*.eml")))
    problems = []
    if len(files) != len(labels):
        problems.append("file count %d != labels %d" % (len(files), len(labels)))
    shapes = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    features = collections.Counter()
    langs = collections.Counter()
    langs_detail = collections.Counter()
    per_right = collections.Counter()
    by_size = collections.Counter()
    months = collections.Counter()
    req = neg = 0
    for path in files:
        name = os.path.basename(path)
        with open(path, "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # pragma: no cover
            problems.append("%s: parse error %s" % (name, e))
            continue
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (name, h))
        if msg.defects:
            problems.append("%s: defects %r" % (name, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %r" % (name, part.defects))
            ct = part.get_content_type()
            if part.get_content_maintype() == "multipart":
                continue
            if ct in ("message/delivery-status", "message/rfc822"):
                continue
            try:
                part.get_content()
            except Exception as e:
                problems.append("%s: cannot decode %s: %s" % (name, ct, e))
            if part.get_content_disposition() == "attachment":
                att_types[ct] += 1
            elif part.get_content_maintype() == "text":
                ctes[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None:
            problems.append("%s: no body" % name)
        shapes[shape(msg)] += 1
        lab = labels.get(name)
        if lab is None:
            problems.append("%s: no label" % name)
            continue
        rec = records.get(lab["key"])
        if rec is None or sorted(rec["rights"]) != lab["rights"]:
            problems.append("%s: label/record mismatch" % name)
            continue
        months[msg["Date"].datetime.strftime("%Y-%m")] += 1
        langs[rec["lang"][:2]] += 1
        langs_detail[rec["lang"]] += 1
        if lab["rights"]:
            req += 1
            by_size[len(lab["rights"])] += 1
            for x in lab["rights"]:
                per_right[x] += 1
        else:
            neg += 1
        if msg["List-Id"] or msg["List-Unsubscribe"]:
            features["List-Id/List-Unsubscribe"] += 1
        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            features["Auto-Submitted/X-Autoreply"] += 1
        if msg["In-Reply-To"]:
            features["In-Reply-To/References"] += 1
        if msg["Reply-To"]:
            features["Reply-To"] += 1
        if msg["Cc"]:
            features["Cc"] += 1
        if msg["Subject"] is None or str(msg["Subject"]).strip() == "":
            features["empty/missing Subject"] += 1
        addr = msg["From"].addresses[0].addr_spec.lower()
        if addr in ("sandra.delomenie@orange.fr", "contact@floraisondesoi.fr"):
            features["from Sandra's own addresses"] += 1
        text = body.get_content() if body is not None else ""
        if " a écrit :" in text:
            features["quoted: French 'a écrit :'"] += 1
        if " wrote:" in text:
            features["quoted: English 'wrote:'"] += 1
        if "Envoyé :" in text or "\nSent: " in text:
            features["quoted: Outlook header block"] += 1
        if "Forwarded message" in text or "message réexpédié" in text or "Message d'origine" in text:
            features["forwarded message"] += 1
    total = req + neg
    print("messages: %d" % total)
    print("requests: %d   negatives: %d" % (req, neg))
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / total)
                                    for k, v in sorted(langs.items())))
    print("language variants: " + ", ".join("%s %d" % kv for kv in sorted(langs_detail.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("multi-right requests: %d (2 rights: %d, 3 rights: %d) = %.0f%% of requests"
          % (by_size[2] + by_size[3], by_size[2], by_size[3],
             100.0 * (by_size[2] + by_size[3]) / max(req, 1)))
    print("MIME shapes (top level):")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-55s %d" % (k, v))
    print("text part transfer encodings: " + ", ".join("%s %d" % kv for kv in sorted(ctes.items())))
    print("attachments: " + ", ".join("%s %d" % kv for kv in sorted(att_types.items())))
    print("features:")
    for k, v in sorted(features.items()):
        print("  %-40s %d" % (k, v))
    print("messages per month: " + ", ".join("%s %d" % kv for kv in sorted(months.items())))
    low = [r for r in RIGHTS if per_right[r] < 12]
    if low:
        problems.append("rights under 12: %s" % low)
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall %d files parsed without defects" % total)


if __name__ == "__main__":
    main()
