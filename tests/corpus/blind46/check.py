#!/usr/bin/env python3
"""Validate the b46 corpus: parse, defects, decoding, labels vs records, counts, digest.

Prints PASS at the end, or the problems found and exits 1. Standard library only.
"""
import collections
import datetime as dt
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from corpus_records import all_records  # noqa: E402
from recordlib import RIGHTS, SANDRA_ADDRS  # noqa: E402

PREFIX = "b46"
problems = []


def problem(msg):
    problems.append(msg)


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def expected_offset(local):
    start = dt.datetime.combine(last_sunday(local.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(local.year, 10), dt.time(3, 0))
    return 2 if start <= local < end else 1


def shape(part):
    ct = part.get_content_type()
    if ct == "message/delivery-status":
        return ct
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.get_payload()))
    return ct


def walk_parts(msg):
    """Every part, descending into message/rfc822 payloads too."""
    yield msg
    if msg.is_multipart() and msg.get_content_type() != "message/delivery-status":
        for p in msg.get_payload():
            yield from walk_parts(p)


def main():
    records = all_records()
    by_key = {}
    for r in records:
        if r["key"] in by_key:
            problem("duplicate key %s" % r["key"])
        by_key[r["key"]] = r
        if not (r["key"].startswith("fr-") or r["key"].startswith("en-")):
            problem("bad key prefix %s" % r["key"])
        for x in r["rights"]:
            if x not in RIGHTS:
                problem("unknown right %r in %s" % (x, r["key"]))
        if "post_mortem" in r["rights"] and len(r["rights"]) > 1:
            problem("post_mortem must be alone: %s" % r["key"])
        if r["rights"] != sorted(set(r["rights"])):
            problem("rights not sorted/unique in %s" % r["key"])

    ordered = sorted(records, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    expected = {"%s-%04d.eml" % (PREFIX, i): r for i, r in enumerate(ordered, 1)}

    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    emls = sorted(n for n in os.listdir(HERE) if n.startswith(PREFIX + "-") and n.endswith(".eml"))
    if set(emls) != set(expected):
        problem("eml files on disk do not match the records (%d files, %d records)" % (len(emls), len(expected)))
    if set(labels) != set(expected):
        problem("labels.json file names do not match the records")
    for name, rec in expected.items():
        lab = labels.get(name)
        if lab is None:
            continue
        if lab.get("key") != rec["key"] or lab.get("rights") != sorted(rec["rights"]):
            problem("labels.json disagrees with records for %s (%s)" % (name, rec["key"]))

    header_counts = collections.Counter()
    shapes = collections.Counter()
    text_cte = collections.Counter()
    attach_types = collections.Counter()
    from_sandra = 0
    years = collections.Counter()
    digest = hashlib.sha256()

    for name in emls:
        path = os.path.join(HERE, name)
        with open(path, "rb") as f:
            data = f.read()
        digest.update(name.encode() + b"\n" + data)
        for i, line in enumerate(data.split(b"\r\n")):
            if len(line) > 998:
                problem("%s: line %d longer than 998 octets" % (name, i + 1))
        if b"\n" in data.replace(b"\r\n", b""):
            problem("%s: bare LF line ending" % name)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        rec = expected.get(name)

        for part in walk_parts(msg):
            if part.defects:
                problem("%s: defects %r in %s" % (name, part.defects, part.get_content_type()))
            for hname in part.keys():
                for hv in part.get_all(hname):
                    if getattr(hv, "defects", None):
                        problem("%s: header %s defects %r" % (name, hname, hv.defects))
            ctype = part.get_content_type()
            if part.get_content_maintype() == "text":
                try:
                    content = part.get_content()
                except Exception as e:  # noqa: BLE001
                    problem("%s: cannot decode %s: %s" % (name, ctype, e))
                    content = None
                if content is not None and not isinstance(content, str):
                    problem("%s: %s did not decode to text" % (name, ctype))
                text_cte[part.get("Content-Transfer-Encoding", "7bit (implicit)").lower()] += 1
            elif ctype == "message/delivery-status":
                for block in part.get_payload():
                    if block.defects:
                        problem("%s: delivery-status block defects %r" % (name, block.defects))
                    if not block.keys():
                        problem("%s: empty delivery-status block" % name)
            elif not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    problem("%s: cannot decode %s: %s" % (name, ctype, e))
            disp = part.get_content_disposition()
            if disp == "attachment" or (disp == "inline" and part.get_filename()):
                attach_types[ctype] += 1
            elif ctype == "message/rfc822" and part is not msg:
                attach_types[ctype + " (inline)"] += 1

        for hname in set(k.lower() for k in msg.keys()):
            header_counts[hname] += 1
        shapes[shape(msg)] += 1

        for req in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[req] is None:
                problem("%s: missing %s" % (name, req))
        if rec is not None and str(msg["Subject"]) != rec["subject"]:
            problem("%s: subject differs from record %s" % (name, rec["key"]))
        frm = [a for _, a in getaddresses([str(msg["From"])])]
        to = [a.lower() for _, a in getaddresses([str(msg["To"])])]
        if frm and frm[0].lower() in SANDRA_ADDRS:
            from_sandra += 1
            if rec and rec["rights"]:
                problem("%s: mail from Sandra labelled as a request" % name)
        elif not any(a in SANDRA_ADDRS for a in to):
            problem("%s: To is not one of her addresses" % name)
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
            years[d.year] += 1
            if d.year not in (2025, 2026):
                problem("%s: date outside 2025-2026" % name)
            off = d.utcoffset().total_seconds() / 3600
            if off != expected_offset(d.replace(tzinfo=None)):
                problem("%s: Paris offset %+g wrong for %s" % (name, off, d))
        except Exception as e:  # noqa: BLE001
            problem("%s: bad Date: %s" % (name, e))
        mid = str(msg["Message-ID"]).strip()
        if not (mid.startswith("<") and mid.endswith(">") and "@" in mid):
            problem("%s: malformed Message-ID" % name)

    with open(os.path.join(HERE, "labels.json"), "rb") as f:
        digest.update(b"labels.json\n" + f.read())

    # ------------------------------------------------------------------ counts
    n = len(records)
    reqs = [r for r in records if r["rights"]]
    negs = [r for r in records if not r["rights"]]
    langs = collections.Counter(r["key"][:2] for r in records)
    per_right = collections.Counter(x for r in reqs for x in r["rights"])
    multi = [r for r in reqs if len(r["rights"]) > 1]
    near = 0
    for mod in ("records_fr_requests", "records_fr_requests2", "records_fr_negatives", "records_en", "records_auto"):
        with open(os.path.join(HERE, mod + ".py"), encoding="utf-8") as f:
            near += sum(1 for l in f if l.lstrip().startswith("# NEAR-LINE:"))

    print("messages: %d" % n)
    print("requests: %d   negatives: %d" % (len(reqs), len(negs)))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(langs.items())))
    print("requests by language: " + ", ".join(
        "%s=%d" % (k, v) for k, v in sorted(collections.Counter(r["key"][:2] for r in reqs).items())))
    print("per-right counts:")
    for right in RIGHTS:
        print("  %-17s %d" % (right, per_right[right]))
    print("multi-right requests: %d/%d (%.1f%%)" % (len(multi), len(reqs), 100.0 * len(multi) / max(1, len(reqs))))
    print("messages from her own addresses: %d" % from_sandra)
    print("NEAR-LINE comments: %d" % near)
    print("date years: " + ", ".join("%d=%d" % kv for kv in sorted(years.items())))
    print("header counts (messages carrying the header):")
    for hname in ("reply-to", "cc", "bcc", "in-reply-to", "references", "x-mailer", "user-agent", "list-id",
                  "list-unsubscribe", "list-unsubscribe-post", "auto-submitted", "x-autoreply", "precedence",
                  "x-ticket-id"):
        print("  %-22s %d" % (hname, header_counts[hname]))
    print("MIME shapes:")
    for s, c in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings:")
    for s, c in sorted(text_cte.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d  %s" % (c, s))
    print("attachment types:")
    for s, c in sorted(attach_types.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d  %s" % (c, s))

    for right in RIGHTS:
        if per_right[right] < 12:
            problem("right %s appears only %d times (< 12)" % (right, per_right[right]))

    print("corpus sha256: %s" % digest.hexdigest())
    if problems:
        for p in problems:
            print("PROBLEM: " + p)
        print("FAIL (%d problems)" % len(problems))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
