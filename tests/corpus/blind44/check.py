#!/usr/bin/env python3
"""Validate the blind44 corpus: parse every .eml, check defects, decode every text part,
verify labels.json against the records, print counts and a corpus digest; PASS or exit 1."""
import collections
import hashlib
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402
from recbase import RIGHTS  # noqa: E402

HEADERS_COUNTED = ["Cc", "Reply-To", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
                   "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence", "Thread-Index"]

errors = []


def fail(msg):
    errors.append(msg)


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s(%s)" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    recs = generate.all_records()
    by_key = {r["key"]: r for r in recs}
    if len(by_key) != len(recs):
        fail("duplicate record keys")

    # ---------------------------------------------------------------- record-level checks
    for r in recs:
        k = r["key"]
        if not (k.startswith("fr-") or k.startswith("en-")):
            fail("%s: key must start with fr- or en-" % k)
        if r["rights"] != sorted(set(r["rights"])):
            fail("%s: rights not sorted/unique" % k)
        for x in r["rights"]:
            if x not in RIGHTS:
                fail("%s: unknown right %s" % (k, x))
        if "post_mortem" in r["rights"] and len(r["rights"]) > 1:
            fail("%s: post_mortem must be alone" % k)

    # ---------------------------------------------------------------- labels.json vs records
    with open(os.path.join(HERE, "labels.json"), "rb") as f:
        labels_raw = f.read()
    labels = json.loads(labels_raw.decode("utf-8"))
    expected = {}
    for i, r in enumerate(generate.order(recs), 1):
        expected[generate.filename(i)] = {"key": r["key"], "rights": sorted(r["rights"])}
    if labels != expected:
        missing = set(expected) ^ set(labels)
        diff = [fn for fn in expected if fn in labels and labels[fn] != expected[fn]]
        fail("labels.json disagrees with records (files differing: %d, key/right mismatches: %s)"
             % (len(missing), diff[:5]))

    emls = sorted(fn for fn in os.listdir(HERE) if fn.startswith(generate.PREFIX + "-") and fn.endswith(".eml"))
    if emls != sorted(expected):
        fail("eml files on disk do not match labels (%d on disk, %d expected)" % (len(emls), len(expected)))

    # ---------------------------------------------------------------- determinism: rebuild in memory
    rebuilt = {fn: data for fn, _, data in generate.build_all()}

    # ---------------------------------------------------------------- parse every message
    parser = BytesParser(policy=policy.default)
    header_counts = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    attach_types = collections.Counter()
    long_lines = 0
    subject_only = 0
    no_subject = 0
    digest = hashlib.sha256()
    for fn in emls:
        path = os.path.join(HERE, fn)
        with open(path, "rb") as f:
            data = f.read()
        if rebuilt.get(fn) != data:
            fail("%s: bytes differ from a fresh in-memory rebuild (non-deterministic or stale)" % fn)
        digest.update(fn.encode("ascii") + b"\0" + hashlib.sha256(data).digest())
        msg = parser.parsebytes(data)
        rec = by_key.get(labels.get(fn, {}).get("key"))
        for part in msg.walk():
            if part.defects:
                fail("%s: defects %r" % (fn, part.defects))
            for name, value in part.items():
                if getattr(value, "defects", None):
                    fail("%s: header %s defects %r" % (fn, name, value.defects))
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                fail("%s: missing %s" % (fn, h))
        for h in HEADERS_COUNTED:
            if msg[h] is not None:
                header_counts[h] += 1
        if msg["Subject"] is None:
            no_subject += 1
        d = msg["Date"].datetime
        if not (d.year in (2025, 2026)):
            fail("%s: date out of range %s" % (fn, d))
        off = d.utcoffset().total_seconds() / 3600
        if off not in (1, 2):
            fail("%s: non-Paris offset %s" % (fn, off))
        shapes[shape(msg)] += 1
        text_chars = 0
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                attach_types["message/rfc822 (%s)" % ("bounce" if msg.get_content_type() == "multipart/report" else "forward")] += 1
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            disp = part.get_content_disposition()
            if disp == "attachment" or part.get_filename():
                attach_types[ct] += 1
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    fail("%s: cannot decode %s: %s" % (fn, ct, e))
                    continue
                if not isinstance(txt, str):
                    fail("%s: text part did not decode to str" % fn)
                text_chars += len(txt)
                cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                if part.get("Content-Type") is not None or part.get_payload() != "":
                    ctes["%s %s" % (ct, cte)] += 1
                if cte in ("7bit", "8bit"):
                    raw = part.get_payload(decode=False)
                    if any(len(l.encode("utf-8", "surrogateescape")) > 998 for l in raw.split("\n")):
                        long_lines += 1
            elif ct in ("application/pdf",):
                payload = part.get_content()
                if not payload.startswith(b"%PDF-") or b"%%EOF" not in payload:
                    fail("%s: bad PDF" % fn)
            elif ct == "image/png":
                if not part.get_content().startswith(b"\x89PNG\r\n\x1a\n"):
                    fail("%s: bad PNG" % fn)
            elif ct.endswith("wordprocessingml.document"):
                if not part.get_content().startswith(b"PK"):
                    fail("%s: bad DOCX" % fn)
        if rec is not None:
            if rec.get("subject") not in (None, "") and msg["Subject"] != rec["subject"]:
                fail("%s: subject mismatch" % fn)
            if rec["body"].strip() == "" or re.fullmatch(r"\s*(Envoyé de mon iPhone|Sent from my iPhone)\s*", rec["body"]):
                subject_only += 1
    if long_lines:
        fail("%d text parts with lines > 998 octets in 7bit/8bit" % long_lines)

    # ---------------------------------------------------------------- template reuse across writers
    seen = {}
    dup = []
    for r in recs:
        body = r["body"]
        for sent in re.split(r"(?<=[.!?])\s+|\n", body):
            s = sent.strip()
            if len(s) < 40:
                continue
            norm = re.sub(r"\s+", " ", s.lower())
            if norm in seen and seen[norm] != r["key"]:
                dup.append((seen[norm], r["key"], s[:60]))
            seen.setdefault(norm, r["key"])
    if dup:
        fail("sentences reused across messages: %r" % dup[:5])

    # ---------------------------------------------------------------- corpus composition
    digest.update(b"labels.json\0" + hashlib.sha256(labels_raw).digest())
    n = len(recs)
    req = [r for r in recs if r["rights"]]
    neg = [r for r in recs if not r["rights"]]
    langs = collections.Counter(r["key"][:2] for r in recs)
    per_right = collections.Counter(x for r in recs for x in r["rights"])
    multi = [r for r in req if len(r["rights"]) >= 2]
    req_lang = collections.Counter(r["key"][:2] for r in req)
    neg_lang = collections.Counter(r["key"][:2] for r in neg)
    combos = collections.Counter("+".join(r["rights"]) for r in multi)

    for right in RIGHTS:
        if per_right[right] < 12:
            fail("right %s appears only %d times (< 12)" % (right, per_right[right]))
    if len(neg) < 80:
        fail("fewer than 80 negatives")

    print("messages:            %d" % n)
    print("requests:            %d  (fr %d, en %d)" % (len(req), req_lang["fr"], req_lang["en"]))
    print("negatives:           %d  (fr %d, en %d)" % (len(neg), neg_lang["fr"], neg_lang["en"]))
    print("languages:           fr %d (%.1f%%), en %d (%.1f%%)" % (langs["fr"], 100.0 * langs["fr"] / n,
                                                                   langs["en"], 100.0 * langs["en"] / n))
    print("per-right counts:")
    for right in RIGHTS:
        print("  %-17s %d" % (right, per_right[right]))
    print("multi-right share:   %d/%d = %.1f%% of requests" % (len(multi), len(req), 100.0 * len(multi) / len(req)))
    for c, v in sorted(combos.items()):
        print("  %-40s %d" % (c, v))
    print("subject-only/empty-body: %d   no Subject header: %d" % (subject_only, no_subject))
    print("header counts:")
    for h in HEADERS_COUNTED:
        print("  %-17s %d" % (h, header_counts[h]))
    print("MIME shapes:")
    for s, v in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (v, s))
    print("text-part transfer encodings:")
    for s, v in sorted(ctes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (v, s))
    print("attachment types:")
    for s, v in sorted(attach_types.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (v, s))
    print("corpus sha256:       %s" % digest.hexdigest())
    if errors:
        for e in errors[:40]:
            print("ERROR:", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
