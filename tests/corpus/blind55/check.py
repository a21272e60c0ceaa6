#!/usr/bin/env python3
"""Check the blind55 corpus: parse every .eml, look for defects, decode every text part,
verify labels.json against the record files, print counts and a sha256 digest; PASS or exit 1.
Standard library only.
"""
import collections
import glob
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from generate import RECORD_MODULES, PREFIX, load_records, ordered  # noqa: E402
from recbase import RIGHTS  # noqa: E402

HER = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}
COUNTED_HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
                   "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence", "X-Auto-Response-Suppress"]

errors = []


def err(msg):
    errors.append(msg)


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    recs = load_records()
    by_key = {r["key"]: r for r in recs}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(glob.glob(os.path.join(HERE, PREFIX + "-*.eml")))
    names = [os.path.basename(p) for p in files]

    # ---- labels vs records
    if sorted(labels) != names:
        err("labels.json entries do not match the .eml files")
    seen = set()
    expected_order = [r["key"] for r in ordered(recs)]
    for i, name in enumerate(names):
        lab = labels.get(name)
        if not lab:
            continue
        k = lab["key"]
        if k not in by_key:
            err("%s: key %s not in records" % (name, k))
            continue
        seen.add(k)
        if sorted(lab["rights"]) != sorted(by_key[k]["rights"]):
            err("%s: rights %s != record %s" % (name, lab["rights"], by_key[k]["rights"]))
        if i < len(expected_order) and expected_order[i] != k:
            err("%s: file order does not follow sha256(key)" % name)
        if not (k.startswith("fr-") or k.startswith("en-")):
            err("%s: key %s has no fr-/en- prefix" % (name, k))
        for r in lab["rights"]:
            if r not in RIGHTS:
                err("%s: unknown right %s" % (name, r))
        if "post_mortem" in lab["rights"] and len(lab["rights"]) > 1:
            err("%s: post_mortem must be alone" % name)
    missing = set(by_key) - seen
    if missing:
        err("records without a message: %s" % sorted(missing))

    # ---- parse messages
    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    top_types = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    n_text_parts = 0
    sent_by_her = 0
    blob = hashlib.sha256()
    for path, name in zip(files, names):
        raw = open(path, "rb").read()
        blob.update(name.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            for d in part.defects:
                err("%s: defect %r in %s" % (name, d, part.get_content_type()))
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                err("%s: missing %s" % (name, h))
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
            if d.year not in (2025, 2026) or d.utcoffset().total_seconds() not in (3600, 7200):
                err("%s: date out of range or not a Paris offset: %s" % (name, msg["Date"]))
        except Exception as e:  # noqa: BLE001
            err("%s: bad Date (%s)" % (name, e))
        frm = [a for _, a in getaddresses([str(msg["From"])])]
        to = [a.lower() for _, a in getaddresses([str(msg["To"])])]
        if frm and frm[0].lower() in HER:
            sent_by_her += 1
        elif not (set(to) & HER):
            err("%s: inbound mail not addressed to one of her addresses: %s" % (name, to))
        want = by_key.get(labels.get(name, {}).get("key"), {}).get("subject", "")
        if " ".join(str(msg["Subject"] or "").split()) != " ".join(want.split()):
            err("%s: Subject differs from the record" % name)
        for h in COUNTED_HEADERS:
            if msg[h] is not None:
                hdr_counts[h] += 1
        shapes[shape(msg)] += 1
        top_types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_disposition() == "attachment" or part.get_filename():
                att_types[part.get_content_type()] += 1
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    err("%s: cannot decode attachment %s (%s)" % (name, part.get_filename(), e))
                continue
            if part.get_content_maintype() == "text":
                n_text_parts += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                try:
                    txt = part.get_content()
                    if not isinstance(txt, str):
                        err("%s: text part did not decode to str" % name)
                except Exception as e:  # noqa: BLE001
                    err("%s: cannot decode text part (%s)" % (name, e))
    with open(os.path.join(HERE, "labels.json"), "rb") as f:
        blob.update(b"labels.json\0" + f.read())

    # ---- counts
    n = len(names)
    lab_list = [labels[x] for x in names if x in labels]
    req = [l for l in lab_list if l["rights"]]
    neg = [l for l in lab_list if not l["rights"]]
    hard = sum(1 for l in neg if by_key[l["key"]].get("hard"))
    langs = collections.Counter(l["key"][:2] for l in lab_list)
    req_langs = collections.Counter(l["key"][:2] for l in req)
    per_right = collections.Counter(r for l in req for r in l["rights"])
    multi = sum(1 for l in req if len(l["rights"]) >= 2)
    nearline = 0
    for m in RECORD_MODULES:
        with open(os.path.join(HERE, m + ".py"), encoding="utf-8") as f:
            nearline += f.read().count("# NEAR-LINE:")

    print("folder: %s" % HERE)
    print("messages: %d" % n)
    print("requests: %d   negatives: %d   (hard negatives: %d)" % (len(req), len(neg), hard))
    print("languages: " + "  ".join("%s=%d (%.1f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(langs.items())))
    print("requests by language: " + "  ".join("%s=%d" % kv for kv in sorted(req_langs.items())))
    print("per-right counts:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("multi-right requests: %d / %d = %.1f%%" % (multi, len(req), 100.0 * multi / max(1, len(req))))
    print("sent by her: %d" % sent_by_her)
    print("NEAR-LINE comments: %d" % nearline)
    print("header counts:")
    for h in COUNTED_HEADERS:
        print("  %-26s %d" % (h, hdr_counts[h]))
    print("top-level content types:")
    for k, v in sorted(top_types.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-28s %d" % (k, v))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d  %s" % (v, k))
    print("text parts: %d; transfer encodings: %s" % (
        n_text_parts, ", ".join("%s=%d" % kv for kv in sorted(ctes.items()))))
    print("attachment types: %s" % ", ".join("%s=%d" % kv for kv in sorted(att_types.items())))

    # ---- brief targets
    for r in RIGHTS:
        if per_right[r] < 12:
            err("right %s appears only %d times (< 12)" % (r, per_right[r]))
    if hard < 80:
        err("only %d hard negatives (< 80)" % hard)
    if not 230 <= n <= 270:
        err("message count %d is not about 250" % n)
    if not 0.42 <= len(req) / n <= 0.58:
        err("requests share %.2f is not about half" % (len(req) / n))
    if not 0.65 <= langs["fr"] / n <= 0.75:
        err("French share %.2f is not about 70%%" % (langs["fr"] / n))
    if not 0.15 <= multi / max(1, len(req)) <= 0.27:
        err("multi-right share %.2f is not about 20%%" % (multi / len(req)))

    print("digest (sha256 of the .eml files and labels.json): %s" % blob.hexdigest())
    if errors:
        for e in errors:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
