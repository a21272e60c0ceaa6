#!/usr/bin/env python3
"""Check the blind60 corpus: parse every .eml, look for defects, decode every text
part, compare labels.json with the records, print counts and a digest; PASS or exit 1."""
import collections
import datetime as dt
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

PREFIX = generate.PREFIX
HER = set(generate.HER)
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
           "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence", "X-Auto-Response-Suppress"]

errors = []


def err(m):
    errors.append(m)


def walk(part):
    """Like Message.walk(), but treats message/delivery-status as a leaf."""
    yield part
    if part.get_content_type() == "message/delivery-status":
        return
    if part.is_multipart():
        for p in part.iter_parts():
            yield from walk(p)


def shape(part):
    if part.get_content_type() == "message/delivery-status":
        return "message/delivery-status"
    if part.is_multipart():
        return "%s(%s)" % (part.get_content_type(), ",".join(shape(p) for p in part.iter_parts()))
    if part.get_content_type() == "message/rfc822":
        return "message/rfc822[%s]" % shape(part.get_content())
    return part.get_content_type()


def expected_offset(d):
    naive = d.replace(tzinfo=None)
    return generate.paris(naive).utcoffset()


def main():
    recs = generate.load_records()
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    want = ["%s-%04d.eml" % (PREFIX, i) for i in range(1, len(recs) + 1)]
    if files != want:
        err("file list does not match records (%d files, %d records)" % (len(files), len(recs)))
    if sorted(labels) != want:
        err("labels.json entries do not match files")
    for fname, rec in zip(want, recs):
        lab = labels.get(fname)
        if lab != {"key": rec["key"], "rights": sorted(rec["rights"])}:
            err("%s: label %r disagrees with record %s" % (fname, lab, rec["key"]))

    c = collections.Counter()
    lang = collections.Counter()
    per_right = collections.Counter()
    hdr = collections.Counter()
    top = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    mids = set()
    multi = 0
    digest = hashlib.sha256()
    for fname in want:
        if not os.path.exists(os.path.join(HERE, fname)):
            continue
        raw = open(os.path.join(HERE, fname), "rb").read()
        digest.update(fname.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels[fname]
        key, rights = lab["key"], lab["rights"]
        c["messages"] += 1
        lang[key[:2]] += 1
        if rights:
            c["requests"] += 1
            if len(rights) > 1:
                multi += 1
        else:
            c["negatives"] += 1
        for r in rights:
            per_right[r] += 1
        for part in msg.walk():
            for d in part.defects:
                err("%s: defect %s" % (fname, type(d).__name__))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err("%s: missing %s" % (fname, h))
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
            if not (dt.datetime(2025, 1, 1, tzinfo=d.tzinfo) <= d < dt.datetime(2027, 1, 1, tzinfo=d.tzinfo)):
                err("%s: date out of range" % fname)
            if d.utcoffset() != expected_offset(d):
                err("%s: wrong Paris offset %s" % (fname, d.utcoffset()))
        except Exception as e:  # noqa: BLE001
            err("%s: bad Date (%s)" % (fname, e))
        mid = str(msg["Message-ID"])
        if mid in mids:
            err("%s: duplicate Message-ID" % fname)
        mids.add(mid)
        frm = parseaddr(str(msg["From"]))[1].lower()
        tos = [a.addr_spec.lower() for a in msg["To"].addresses]
        if frm not in HER and not (set(tos) & HER):
            err("%s: To is not one of her addresses" % fname)
        if frm in HER and rights:
            err("%s: her own mail labelled as a request" % fname)
        for h in HEADERS:
            if msg[h] is not None:
                hdr[h] += 1
        top[msg.get_content_type()] += 1
        shapes[shape(msg)] += 1
        for part in walk(msg):
            ct = part.get_content_type()
            if part.is_multipart():
                continue
            if part.get_content_disposition() == "attachment":
                atts[ct] += 1
            if part.get_content_maintype() == "text":
                ctes[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    err("%s: cannot decode %s (%s)" % (fname, ct, e))
                    continue
                if not isinstance(txt, str):
                    err("%s: %s did not decode to text" % (fname, ct))
                if "\ufffd" in txt:
                    err("%s: replacement character in %s" % (fname, ct))
            elif ct in ("application/pdf",):
                data = part.get_content()
                if not data.startswith(b"%PDF-") or b"%%EOF" not in data:
                    err("%s: bad PDF" % fname)
            elif ct == "image/png":
                if not part.get_content().startswith(b"\x89PNG"):
                    err("%s: bad PNG" % fname)
        if not (msg.get_body(("plain", "html")) or msg.get_content_type() == "multipart/report"):
            err("%s: no text body" % fname)

    n = c["messages"]
    print("messages: %d  requests: %d  negatives: %d" % (n, c["requests"], c["negatives"]))
    print("languages: " + "  ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(lang.items())))
    print("per right: " + "  ".join("%s=%d" % (r, per_right[r]) for r in RIGHTS))
    share = 100.0 * multi / max(1, c["requests"])
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, share))
    print("headers: " + "  ".join("%s=%d" % (h, hdr[h]) for h in HEADERS))
    print("top-level MIME types:")
    for k, v in sorted(top.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (v, k))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings: " + "  ".join("%s=%d" % kv for kv in sorted(ctes.items())))
    print("attachment types: " + "  ".join("%s=%d" % kv for kv in sorted(atts.items())))

    # brief targets
    for r in RIGHTS:
        if per_right[r] < 12:
            err("right %s used %d times (< 12)" % (r, per_right[r]))
    if not (0.4 <= c["requests"] / max(1, n) <= 0.6):
        err("requests share off target")
    if not (0.65 <= lang["fr"] / max(1, n) <= 0.75):
        err("French share off target")
    if not (15.0 <= share <= 25.0):
        err("multi-right share off target")
    if not (220 <= n <= 280):
        err("message count off target")

    with open(os.path.join(HERE, "labels.json"), "rb") as fh:
        digest.update(b"labels.json\0" + fh.read())
    print("digest (sha256 of files + labels.json): %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
