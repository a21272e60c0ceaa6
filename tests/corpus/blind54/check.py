#!/usr/bin/env python3
"""Validate the blind54 corpus: parse, defects, decoding, labels vs records, counts, digest.

Prints the counts and a sha256 digest of the corpus, then PASS, or exits 1.
Standard library only.
"""
import collections
import email
import hashlib
import html as htmlmod
import json
import os
import re
import sys
from datetime import datetime, timedelta
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import all_records  # noqa: E402
from records._base import RIGHTS  # noqa: E402

PREFIX = "b54"
HER = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")
COUNTED_HEADERS = ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent",
                   "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Auto-Submitted",
                   "X-Autoreply", "Precedence")

errors = []


def err(msg):
    errors.append(msg)


def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_offset_for_utc(utc):
    start = last_sunday(utc.year, 3).replace(hour=1)
    end = last_sunday(utc.year, 10).replace(hour=1)
    return 2 if start <= utc < end else 1


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    recs = all_records()
    by_key = {r["key"]: r for r in recs}
    if len(by_key) != len(recs):
        err("duplicate record keys")
    ordered = sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    expected = {"%s-%04d.eml" % (PREFIX, i): r for i, r in enumerate(ordered, 1)}

    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if set(files) != set(expected) or set(labels) != set(expected):
        err("file set / labels.json / records disagree (%d files, %d labels, %d records)"
            % (len(files), len(labels), len(expected)))

    for name, rec in expected.items():
        lab = labels.get(name)
        if lab is None:
            continue
        if lab.get("key") != rec["key"] or lab.get("rights") != sorted(rec["rights"]):
            err("%s: labels.json disagrees with record %s" % (name, rec["key"]))
        if lab.get("rights") != sorted(set(lab.get("rights", []))):
            err("%s: rights not sorted/unique" % name)
        for r in lab.get("rights", []):
            if r not in RIGHTS:
                err("%s: unknown right %s" % (name, r))
        if not (rec["key"].startswith("fr-") or rec["key"].startswith("en-")):
            err("%s: bad key prefix" % rec["key"])
        if "post_mortem" in rec["rights"] and len(rec["rights"]) > 1:
            err("%s: post_mortem must be alone" % rec["key"])

    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    top_types = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    digest = hashlib.sha256()

    for name in files:
        path = os.path.join(HERE, name)
        with open(path, "rb") as fh:
            raw = fh.read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = email.message_from_bytes(raw, policy=policy.default)
        rec = expected.get(name)
        for part in msg.walk():
            if part.defects:
                err("%s: defects %s in %s" % (name, part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err("%s: header %s defects %s" % (name, k, v.defects))
        for k in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                err("%s: missing %s" % (name, k))
        for k in COUNTED_HEADERS:
            if msg[k] is not None:
                hdr_counts[k] += 1
        for k in ("Message-ID", "In-Reply-To", "References"):
            for v in msg.get_all(k) or []:
                if "=?" in str(v) or any(not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", t) for t in str(v).split()):
                    err("%s: malformed %s %r" % (name, k, str(v)[:90]))
        head = re.sub(rb"\r?\n[ \t]+", b" ", re.split(rb"\r?\n\r?\n", raw, 1)[0])
        for line in head.splitlines():
            if line.lower().startswith((b"message-id:", b"in-reply-to:", b"references:")) and b"=?" in line:
                err("%s: encoded word in id header %r" % (name, line[:60]))
        mid = str(msg["Message-ID"] or "").strip()
        if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", mid):
            err("%s: odd Message-ID %r" % (name, mid))
        # date: 2025-2026, Paris offset with DST
        try:
            d = msg["Date"].datetime
            utc = (d - d.utcoffset()).replace(tzinfo=None)
            off = d.utcoffset().total_seconds() / 3600
            if not (2025 <= d.year <= 2026):
                err("%s: date out of range %s" % (name, d))
            if off != paris_offset_for_utc(utc):
                err("%s: offset %s is not Paris time for %s" % (name, off, d))
        except Exception as exc:  # noqa: BLE001
            err("%s: bad Date (%s)" % (name, exc))
        addrs = []
        for k in ("From", "To", "Cc"):
            if msg[k] is not None:
                addrs += [a.addr_spec.lower() for a in msg[k].addresses]
        if not any(a in HER for a in addrs):
            err("%s: none of her addresses in From/To/Cc" % name)

        top_types[msg.get_content_type()] += 1
        shapes[shape(msg)] += 1
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            disp = part.get_content_disposition()
            if disp == "attachment":
                att_types[ct] += 1
            if ct == "message/rfc822" and disp != "attachment":
                att_types[ct + " (inline)"] += 1
            if part.get_content_maintype() == "text":
                ctes[(ct, part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
                try:
                    content = part.get_content()
                except Exception as exc:  # noqa: BLE001
                    err("%s: cannot decode %s (%s)" % (name, ct, exc))
                    continue
                if not isinstance(content, str):
                    err("%s: text part did not decode to str" % name)
                    continue
                texts.append(strip_html(content) if ct == "text/html" else content)
            elif ct == "application/pdf":
                data = part.get_content()
                if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                    err("%s: broken PDF" % name)
            elif ct == "image/png":
                if not part.get_content().startswith(b"\x89PNG\r\n\x1a\n"):
                    err("%s: broken PNG" % name)
            elif ct.endswith("wordprocessingml.document"):
                if not part.get_content().startswith(b"PK"):
                    err("%s: broken DOCX" % name)
        if rec is None:
            continue
        # the new text must be readable in the decoded message
        body = rec["body"]
        if rec.get("kind") != "bounce" and not rec.get("html_body") and body.strip():
            probe = norm(body)[:60]
            if probe not in norm(" ".join(texts)):
                err("%s: new text not found in decoded parts" % name)
        if msg["Subject"] != rec["subject"]:
            err("%s: subject mismatch" % name)

    # --------------------------------------------------------------- counts
    n = len(expected)
    req = [r for r in recs if r["rights"]]
    neg = [r for r in recs if not r["rights"]]
    hard = [r for r in neg if r.get("hard")]
    lang = collections.Counter(r["key"][:2] for r in recs)
    per = collections.Counter(x for r in recs for x in r["rights"])
    multi = [r for r in req if len(r["rights"]) > 1]
    near = 0
    for fn in os.listdir(os.path.join(HERE, "records")):
        if fn.endswith(".py"):
            with open(os.path.join(HERE, "records", fn), encoding="utf-8") as fh:
                near += fh.read().count("# NEAR-LINE:")

    # --------------------------------------------------------------- corpus rules
    for r in RIGHTS:
        if per[r] < 12:
            err("right %s only %d times" % (r, per[r]))
    if not 230 <= n <= 270:
        err("message count %d not about 250" % n)
    if not 0.45 <= len(req) / n <= 0.55:
        err("requests share %.2f not about half" % (len(req) / n))
    if not 0.65 <= lang["fr"] / n <= 0.75:
        err("French share %.2f not about 70%%" % (lang["fr"] / n))
    if not 0.15 <= len(multi) / len(req) <= 0.25:
        err("multi-right share %.2f not about 20%%" % (len(multi) / len(req)))
    if len(hard) < 80:
        err("only %d hard negatives" % len(hard))

    # no template sentence reused across messages (new text only)
    seen = collections.defaultdict(set)
    machine = ("wordpress@", "no-reply", "noreply", "notifications@", "mailer-daemon")
    for r in recs:
        if r["frm"][1].lower().startswith(machine):
            continue  # machine-generated footers legitimately repeat
        for s in re.split(r"(?<=[.!?])\s+|\n+", r["body"]):
            s = norm(s)
            if len(s) >= 40:
                seen[s].add(r["key"])
    for s, keys in seen.items():
        if len(keys) > 1:
            err("sentence reused in %s: %r" % (sorted(keys), s[:80]))

    with open(os.path.join(HERE, "labels.json"), "rb") as fh:
        digest.update(b"labels.json\0" + fh.read())

    print("messages: %d" % n)
    print("requests: %d   negatives: %d   (hard negatives: %d)" % (len(req), len(neg), len(hard)))
    print("languages: " + ", ".join("%s=%d (%.1f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(lang.items())))
    print("per-right counts:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per[r]))
    print("multi-right requests: %d of %d (%.1f%%)" % (len(multi), len(req), 100.0 * len(multi) / len(req)))
    print("NEAR-LINE comments: %d" % near)
    print("header counts:")
    for k in COUNTED_HEADERS:
        print("  %-22s %d" % (k, hdr_counts[k]))
    print("top-level content types:")
    for k, v in top_types.most_common():
        print("  %-28s %d" % (k, v))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print("  %4d  %s" % (v, k))
    print("text-part transfer encodings:")
    for (ct, cte), v in sorted(ctes.items()):
        print("  %-12s %-18s %d" % (ct, cte, v))
    print("attachment types:")
    for k, v in att_types.most_common():
        print("  %-70s %d" % (k, v))
    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
