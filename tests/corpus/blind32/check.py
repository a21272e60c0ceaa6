#!/usr/bin/env python3
"""Parse every b32-*.eml with email.policy.default and print corpus counts."""
import json
import os
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (only to read the records' language field)

PREFIX = "b32"


def shape(msg):
    ct = msg.get_content_type()
    atts = [p for p in msg.iter_attachments()] if msg.is_multipart() else []
    if ct == "multipart/report":
        return "multipart/report (bounce)"
    if ct == "text/plain":
        return "text/plain (%s)" % (msg.get("Content-Transfer-Encoding", "7bit").lower())
    if ct == "text/html":
        return "text/html only"
    if ct == "multipart/alternative":
        return "multipart/alternative"
    if ct == "multipart/mixed":
        inner = msg.get_payload()[0].get_content_type()
        return "multipart/mixed (%s + %d attachment%s)" % (inner, len(atts), "" if len(atts) == 1 else "s")
    return ct


def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    lang_by_key = {r["key"]: r["lang"] for r in generate.all_records()}
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    assert sorted(labels) == files, "labels.json and .eml files differ"

    errors = []
    shapes = Counter()
    att_types = Counter()
    features = Counter()
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        try:
            for hname in ("From", "To", "Date", "Message-ID"):
                if msg[hname] is None:
                    raise ValueError("missing " + hname)
            _ = str(msg["From"]), msg["Date"].datetime
            body = msg.get_body(preferencelist=("plain", "html"))
            if body is None:
                raise ValueError("no text body")
            body.get_content()
            for part in msg.walk():
                if part.get_content_maintype() != "multipart" and part.get_content_type() != "message/delivery-status":
                    part.get_content()
            for a in (msg.iter_attachments() if msg.is_multipart() else []):
                att_types[a.get_content_type()] += 1
            if msg.defects:
                raise ValueError("defects: %r" % msg.defects)
        except Exception as exc:  # noqa: BLE001
            errors.append((f, exc))
            continue
        shapes[shape(msg)] += 1
        if msg["In-Reply-To"]:
            features["In-Reply-To"] += 1
        if msg["Reply-To"]:
            features["Reply-To"] += 1
        if msg["Cc"]:
            features["Cc"] += 1
        if msg["List-Unsubscribe"] or msg["List-Id"]:
            features["List-Unsubscribe/List-Id"] += 1
        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            features["Auto-Submitted/X-Autoreply"] += 1
        if msg["Subject"] is None or str(msg["Subject"]).strip() == "":
            features["no/empty Subject"] += 1
        frm = str(msg["From"]).lower()
        if "sandra.delomenie@orange.fr" in frm or "contact@floraisondesoi.fr" in frm:
            features["From her own addresses"] += 1
        cs = body.get_content_charset()
        if cs and cs != "utf-8":
            features["charset " + cs] += 1

    n = len(files)
    req = [v for v in labels.values() if v["rights"]]
    rights = Counter(r for v in labels.values() for r in v["rights"])
    langs = Counter(lang_by_key[v["key"]] for v in labels.values())
    fam = Counter("English" if l.startswith("en") else "French" for l in langs.elements())
    multi = Counter(len(v["rights"]) for v in req if len(v["rights"]) > 1)

    print("messages: %d" % n)
    print("parse errors: %d" % len(errors))
    for f, e in errors:
        print("  %s: %s" % (f, e))
    print("requests: %d   negatives: %d" % (len(req), n - len(req)))
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(fam.items())))
    print("  detail: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    print("per right:")
    for r in generate.RIGHTS:
        print("  %-17s %d" % (r, rights[r]))
    print("multi-right requests: %d (%.0f%% of requests; %s)" % (
        sum(multi.values()), 100.0 * sum(multi.values()) / max(1, len(req)),
        ", ".join("%d rights: %d" % kv for kv in sorted(multi.items()))))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-55s %d" % (k, v))
    print("attachment types:")
    for k, v in sorted(att_types.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-55s %d" % (k, v))
    print("header features:")
    for k, v in sorted(features.items()):
        print("  %-55s %d" % (k, v))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
