#!/usr/bin/env python3
"""Check the b45 corpus: parse every .eml, look for defects, decode every text part,
compare labels.json with the records, print counts and a sha256 digest, then PASS or exit 1.
Standard library only."""
import hashlib
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from records import ALL_RECORDS  # noqa: E402
from records._common import SIG as HER_SIGNATURE  # noqa: E402

PREFIX = "b45"
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
HER = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}
TRACKED_HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent",
                   "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Auto-Submitted",
                   "X-Autoreply", "Precedence", "X-Auto-Response-Suppress", "Return-Path"]

errors = []


def fail(msg):
    errors.append(msg)


def last_sunday(year, month):
    d = datetime(year, month, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def expected_offset(local):
    start = last_sunday(local.year, 3).replace(hour=2)
    end = last_sunday(local.year, 10).replace(hour=3)
    return 2 if start <= local < end else 1


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        subs = part.get_payload()
        if ct == "message/delivery-status":
            return ct
        return "%s(%s)" % (ct, ",".join(shape(s) for s in subs))
    return ct


def all_parts(msg):
    """Every part, descending into message/rfc822 as well."""
    out = [msg]
    if msg.get_content_type() == "message/delivery-status":
        return out
    if msg.is_multipart():
        for sub in msg.get_payload():
            out.extend(all_parts(sub))
    return out


def sentences(text):
    for chunk in re.split(r"(?<=[.!?])\s+|\n+", text):
        s = re.sub(r"\s+", " ", chunk).strip().lower()
        if len(s) >= 40:
            yield s


def main():
    # ---------------------------------------------------------- records
    keys = Counter(r["key"] for r in ALL_RECORDS)
    for k, n in keys.items():
        if n > 1:
            fail("duplicate key %s" % k)
    for r in ALL_RECORDS:
        if not re.match(r"^(fr|en)-[a-z0-9-]+$", r["key"]):
            fail("bad key %r" % r["key"])
        for f in ("subject", "body", "sender", "rights"):
            if f not in r:
                fail("%s: missing %s" % (r["key"], f))
        if len(set(r["rights"])) != len(r["rights"]) or not set(r["rights"]) <= set(RIGHTS):
            fail("%s: bad rights %r" % (r["key"], r["rights"]))
    seen = {}
    for r in ALL_RECORDS:
        for s in set(sentences(r["body"].replace(HER_SIGNATURE, ""))):
            if s in seen and seen[s] != r["key"]:
                fail("sentence reused in %s and %s: %r" % (seen[s], r["key"], s[:70]))
            seen.setdefault(s, r["key"])

    ordered = sorted(ALL_RECORDS, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    expected = {"%s-%04d.eml" % (PREFIX, i + 1): r for i, r in enumerate(ordered)}

    # ---------------------------------------------------------- labels.json
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    want = {n: {"key": r["key"], "rights": sorted(r["rights"])} for n, r in expected.items()}
    if labels != want:
        for n in sorted(set(labels) | set(want)):
            if labels.get(n) != want.get(n):
                fail("labels.json disagrees with records at %s: %r vs %r" % (n, labels.get(n), want.get(n)))
    files = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    if files != sorted(expected):
        fail("eml files on disk differ from records (%d on disk, %d expected)" % (len(files), len(expected)))

    # ---------------------------------------------------------- messages
    header_counts = Counter()
    shapes = Counter()
    top_types = Counter()
    ctes = Counter()
    att_types = Counter()
    langs = Counter()
    right_counts = Counter()
    n_req = n_neg = n_multi = 0
    from_her = 0
    digest = hashlib.sha256()
    for name in files:
        path = os.path.join(HERE, name)
        with open(path, "rb") as f:
            raw = f.read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        rec = expected.get(name)
        if rec is None:
            continue
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
            if msg[h] is None:
                fail("%s: missing header %s" % (name, h))
        for h in set(msg.keys()):
            for v in msg.get_all(h):
                if getattr(v, "defects", None):
                    fail("%s: header %s defects %r" % (name, h, v.defects))
            if h in TRACKED_HEADERS:
                header_counts[h] += 1
        if str(msg["Subject"]) != rec["subject"]:
            fail("%s: subject differs from record" % name)
        dt = msg["Date"].datetime
        if dt is None or dt.tzinfo is None or dt.year not in (2025, 2026):
            fail("%s: date out of range %r" % (name, msg["Date"]))
        else:
            off = dt.utcoffset().total_seconds() / 3600
            if off != expected_offset(dt.replace(tzinfo=None)):
                fail("%s: offset %+g is not Paris time for %s" % (name, off, dt))
        addrs = [a.addr_spec.lower() for a in msg["From"].addresses]
        if any(a in HER for a in addrs):
            from_her += 1
        else:
            tos = [a.addr_spec.lower() for a in msg["To"].addresses]
            if not HER & set(tos):
                fail("%s: To is not one of her addresses" % name)
        if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", str(msg["Message-ID"]).strip()):
            fail("%s: odd Message-ID %s" % (name, msg["Message-ID"]))
        shapes[shape(msg)] += 1
        top_types[msg.get_content_type()] += 1
        text_seen = 0
        for part in all_parts(msg):
            if part.defects:
                fail("%s: defects %r" % (name, part.defects))
            ct = part.get_content_type()
            if part.is_multipart() or ct == "message/delivery-status":
                continue
            disp = part.get_content_disposition()
            if disp == "attachment":
                att_types[ct] += 1
            if part.get_content_maintype() == "text":
                try:
                    content = part.get_content()
                except Exception as e:  # noqa: BLE001
                    fail("%s: cannot decode %s: %s" % (name, ct, e))
                    continue
                if "\ufffd" in content:
                    fail("%s: replacement character in %s" % (name, ct))
                ctes[(ct, (part["Content-Transfer-Encoding"] or "7bit").lower())] += 1
                text_seen += 1
            else:
                data = part.get_content()
                if ct == "application/pdf" and not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                    fail("%s: bad pdf" % name)
                if ct == "image/png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
                    fail("%s: bad png" % name)
                if ct.endswith("wordprocessingml.document"):
                    try:
                        zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                    except Exception as e:  # noqa: BLE001
                        fail("%s: bad docx: %s" % (name, e))
                if ct == "application/json":
                    try:
                        json.loads(data.decode("utf-8"))
                    except Exception as e:  # noqa: BLE001
                        fail("%s: bad json: %s" % (name, e))
        if text_seen == 0:
            fail("%s: no text part" % name)
        langs[rec["key"][:2]] += 1
        if rec["rights"]:
            n_req += 1
            if len(rec["rights"]) > 1:
                n_multi += 1
            for x in rec["rights"]:
                right_counts[x] += 1
        else:
            n_neg += 1
    with open(os.path.join(HERE, "labels.json"), "rb") as f:
        digest.update(b"labels.json\0" + f.read())

    for x in RIGHTS:
        if right_counts[x] < 12:
            fail("right %s appears only %d times" % (x, right_counts[x]))

    # ---------------------------------------------------------- report
    total = len(files)
    print("messages: %d" % total)
    print("requests: %d   negatives: %d" % (n_req, n_neg))
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / max(total, 1)) for k, v in sorted(langs.items())))
    print("per-right counts:")
    for x in RIGHTS:
        print("  %-17s %d" % (x, right_counts[x]))
    print("multi-right requests: %d of %d (%.1f%%)" % (n_multi, n_req, 100.0 * n_multi / max(n_req, 1)))
    print("sent from her own addresses: %d" % from_her)
    print("header counts (messages carrying it):")
    for h in TRACKED_HEADERS:
        print("  %-24s %d" % (h, header_counts[h]))
    print("top-level content types:")
    for k, v in top_types.most_common():
        print("  %-36s %d" % (k, v))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings:")
    for (ct, cte), v in sorted(ctes.items()):
        print("  %-22s %-18s %d" % (ct, cte, v))
    print("attachment types:")
    for k, v in sorted(att_types.items()):
        print("  %-72s %d" % (k, v))
    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:200]:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
