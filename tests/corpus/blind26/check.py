#!/usr/bin/env python3
"""Parse every b26-*.eml with email.policy.default and print corpus counts.

Exits non-zero if a file fails to parse, has parser defects, lacks a label,
or if a label uses an unknown right / unsorted list.
"""
import collections
import email
import glob
import json
import os
import sys
from email import policy
from email.utils import parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b26"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
HER = {"sandra.delomenie@orange.fr", "contact@floraisondesoi.fr"}


def load_meta():
    import records_requests_fr, records_requests_en, records_negatives_fr, records_negatives_en
    meta = {}
    for mod in (records_requests_fr, records_requests_en, records_negatives_fr, records_negatives_en):
        for r in mod.RECORDS:
            meta[r["key"]] = r
    return meta


def shape_of(msg):
    ct = msg.get_content_type()
    if ct == "multipart/report":
        return "multipart/report (%s)" % msg.get_param("report-type")
    if ct == "multipart/mixed":
        inner = msg.get_payload()[0].get_content_type()
        return "multipart/mixed (%s + attachment)" % inner
    if ct == "multipart/alternative":
        return "multipart/alternative"
    cte = (msg.get("Content-Transfer-Encoding") or "7bit").lower()
    return "%s %s" % (ct, cte)


def main():
    files = sorted(glob.glob(os.path.join(HERE, PREFIX + "-*.eml")))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    meta = load_meta()
    errors = []
    if set(os.path.basename(f) for f in files) != set(labels):
        errors.append("file set and labels.json differ")

    c = collections.Counter()
    per_right = collections.Counter()
    langs = collections.Counter()
    varieties = collections.Counter()
    shapes = collections.Counter()
    nrights = collections.Counter()
    features = collections.Counter()
    attach_types = collections.Counter()
    msgids = set()

    for f in files:
        name = os.path.basename(f)
        with open(f, "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse error %r" % (name, e))
            continue
        defects = list(msg.defects)
        for part in msg.walk():
            defects.extend(part.defects)
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:
                    errors.append("%s: cannot decode part %s: %r" % (name, part.get_content_type(), e))
        if defects:
            errors.append("%s: defects %r" % (name, defects))
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        mid = msg["Message-ID"]
        if mid in msgids:
            errors.append("%s: duplicate Message-ID" % name)
        msgids.add(mid)

        lab = labels.get(name)
        if lab is None:
            errors.append("%s: no label" % name)
            continue
        rights = lab["rights"]
        if rights != sorted(rights) or any(r not in RIGHTS for r in rights):
            errors.append("%s: bad rights %r" % (name, rights))
        rec = meta.get(lab["key"])
        if rec is None:
            errors.append("%s: key %s not in records" % (name, lab["key"]))
            continue
        c["messages"] += 1
        c["requests" if rights else "negatives"] += 1
        for r in rights:
            per_right[r] += 1
        nrights[len(rights)] += 1
        langs[rec["lang"]] += 1
        varieties[rec.get("var", rec["lang"])] += 1
        shapes[shape_of(msg)] += 1

        if msg["In-Reply-To"]:
            features["reply (In-Reply-To)"] += 1
        if msg["Reply-To"]:
            features["Reply-To header"] += 1
        if msg["Auto-Submitted"]:
            features["Auto-Submitted header"] += 1
        if msg["X-Autoreply"]:
            features["X-Autoreply header"] += 1
        if msg["List-Id"] or msg["List-Unsubscribe"]:
            features["List-Id / List-Unsubscribe"] += 1
        if parseaddr(str(msg["From"]))[1].lower() in HER:
            features["From her own address"] += 1
        if not msg["Subject"]:
            features["empty or missing Subject"] += 1
        if rec.get("history"):
            styles = {h["style"].split("_")[0] for h in rec["history"]}
            for s in styles:
                features["history: %s" % s] += 1
        for part in msg.walk():
            if part.get_content_disposition() == "attachment":
                attach_types[part.get_content_type()] += 1
            cte = (part.get("Content-Transfer-Encoding") or "").lower()
            if not part.is_multipart() and part.get_content_maintype() == "text" and cte:
                features["text part cte=%s" % cte] += 1

    print("messages: %d" % c["messages"])
    print("requests: %d   negatives: %d" % (c["requests"], c["negatives"]))
    print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("varieties: " + ", ".join("%s=%d" % kv for kv in sorted(varieties.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("rights per message: " + ", ".join("%d=%d" % kv for kv in sorted(nrights.items())))
    print("multi-right requests: %d" % sum(v for k, v in nrights.items() if k > 1))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-55s %d" % (k, v))
    print("attachments by type:")
    for k, v in sorted(attach_types.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-55s %d" % (k, v))
    print("features:")
    for k, v in sorted(features.items()):
        print("  %-55s %d" % (k, v))
    low = [r for r in RIGHTS if per_right[r] < 12]
    if low:
        errors.append("rights below 12: %r" % low)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all %d files parse without defects" % c["messages"])


if __name__ == "__main__":
    main()
