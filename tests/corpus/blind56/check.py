#!/usr/bin/env python3
"""Check the blind56 corpus: parse every .eml with email.policy.default, look for defects,
decode every text part, verify labels.json against the records, print counts and a sha256
digest of the corpus.  Prints PASS, or FAIL and exits 1."""
import collections
import datetime as _dt
import email
import hashlib
import json
import os
import re
import sys
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (record loading, ordering and the Paris offset rule)

RIGHTS = generate.RIGHTS
PREFIX = generate.PREFIX
HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
           "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence", "X-Auto-Response-Suppress"]
HER = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}
# machine boilerplate that legitimately repeats (web form footer)
BOILERPLATE = {"cet e-mail a été envoyé via le formulaire de contact de floraison de soi (https://floraisondesoi"}

errors = []


def err(msg):
    errors.append(msg)


def shape(part):
    ct = part.get_content_type()
    if ct == "message/delivery-status":
        return ct
    if part.is_multipart():
        return "%s(%s)" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    if ct == "message/rfc822":
        return "%s[%s]" % (ct, shape(part.get_content()))
    return ct


def parts(part):
    """All leaf parts, descending into message/rfc822 but not into delivery-status blocks."""
    yield part
    ct = part.get_content_type()
    if ct == "message/delivery-status":
        return
    if part.is_multipart():
        for p in part.iter_parts():
            yield from parts(p)
    elif ct == "message/rfc822":
        yield from parts(part.get_content())


def sentences(text):
    for s in re.split(r"(?<=[.!?:;])\s+|\n+", text):
        s = re.sub(r"\s+", " ", s).strip().lower()
        if len(s) >= 45:
            yield s


def main():
    records = generate.ordered(generate.load_records())
    keys = [r["key"] for r in records]
    if len(set(keys)) != len(keys):
        err("duplicate record keys")
    expected = {}
    for i, r in enumerate(records, 1):
        expected["%s-%04d.eml" % (PREFIX, i)] = r
        if not (r["key"].startswith("fr-") or r["key"].startswith("en-")):
            err("bad key prefix %s" % r["key"])
        if r["rights"] != sorted(set(r["rights"])) or any(x not in RIGHTS for x in r["rights"]):
            err("bad rights %s %r" % (r["key"], r["rights"]))
        if "post_mortem" in r["rights"] and len(r["rights"]) > 1:
            err("post_mortem must be alone: %s" % r["key"])
        if r.get("hard") and r["rights"]:
            err("hard flag on a request: %s" % r["key"])

    # --- labels.json
    with open(os.path.join(HERE, "labels.json"), "rb") as f:
        labels_bytes = f.read()
    labels = json.loads(labels_bytes)
    files = sorted(fn for fn in os.listdir(HERE) if fn.startswith(PREFIX + "-") and fn.endswith(".eml"))
    if files != sorted(expected):
        err("file set differs from records (%d files, %d records)" % (len(files), len(expected)))
    if sorted(labels) != sorted(expected):
        err("labels.json names differ from records")
    for name, r in expected.items():
        lab = labels.get(name)
        if lab != {"key": r["key"], "rights": sorted(r["rights"])}:
            err("label mismatch for %s" % name)

    # --- template reuse between records (new text only)
    seen = {}
    for r in records:
        for s in set(sentences(r["body"])):
            if any(s.startswith(b) for b in BOILERPLATE):
                continue
            if s in seen and seen[s] != r["key"]:
                err("sentence reused in %s and %s: %r" % (seen[s], r["key"], s[:70]))
            seen.setdefault(s, r["key"])

    # --- parse the messages
    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    top_types = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    from_her = 0
    digest = hashlib.sha256()
    for name in files:
        with open(os.path.join(HERE, name), "rb") as f:
            data = f.read()
        digest.update(name.encode() + b"\0" + data + b"\0")
        r = expected.get(name)
        msg = email.message_from_bytes(data, policy=policy.default)
        for p in parts(msg):
            if p.defects:
                err("%s: defects %r in %s" % (name, p.defects, p.get_content_type()))
            if p.get_content_maintype() == "text":
                try:
                    p.get_content()
                except Exception as e:  # noqa: BLE001
                    err("%s: cannot decode %s: %s" % (name, p.get_content_type(), e))
                if p.get_content_disposition() != "attachment":
                    ctes[p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if p.get_content_disposition() == "attachment":
                att_types[p.get_content_type()] += 1
            elif p.get_content_type() == "message/rfc822" and p is not msg:
                att_types["message/rfc822"] += 1
        for h in HEADERS:
            if msg[h] is not None:
                hdr_counts[h] += 1
        shapes[shape(msg)] += 1
        top_types[msg.get_content_type()] += 1
        if r is None:
            continue
        if str(msg["Subject"] or "") != r["subject"]:
            err("%s: subject differs from record" % name)
        faddr = parseaddr(str(msg["From"]))[1].lower()
        if faddr != parseaddr(r["frm"])[1].lower():
            err("%s: From differs from record" % name)
        if faddr in HER:
            from_her += 1
        taddr = parseaddr(str(msg["To"]))[1].lower()
        if faddr not in HER and taddr not in HER:
            err("%s: not addressed to her" % name)
        for h in ("Date", "Message-ID", "From", "To", "Subject", "MIME-Version"):
            if msg[h] is None:
                err("%s: missing %s" % (name, h))
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.year not in (2025, 2026):
            err("%s: date out of range" % name)
        local = d.replace(tzinfo=None)
        if d.utcoffset() != generate.paris_tz(local).utcoffset(None):
            err("%s: Paris offset wrong for %s" % (name, msg["Date"]))
    digest.update(b"labels.json\0" + labels_bytes)

    # --- counts
    n = len(records)
    req = [r for r in records if r["rights"]]
    neg = [r for r in records if not r["rights"]]
    hard = [r for r in neg if r.get("hard")]
    lang = collections.Counter(r["key"][:2] for r in records)
    per_right = collections.Counter(x for r in req for x in r["rights"])
    multi = [r for r in req if len(r["rights"]) > 1]
    near = 0
    for mod in generate.RECORD_MODULES:
        with open(os.path.join(HERE, mod + ".py"), encoding="utf-8") as f:
            near += f.read().count("# NEAR-LINE:")

    print("messages: %d" % n)
    print("requests: %d   negatives: %d (hard negatives: %d)   from her own addresses: %d" % (len(req), len(neg), len(hard), from_her))
    print("languages: " + ", ".join("%s=%d (%.1f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(lang.items())))
    print("per right: " + ", ".join("%s=%d" % (x, per_right[x]) for x in RIGHTS))
    print("multi-right requests: %d of %d (%.1f%%)" % (len(multi), len(req), 100.0 * len(multi) / max(1, len(req))))
    print("NEAR-LINE comments: %d" % near)
    print("header counts: " + ", ".join("%s=%d" % (h, hdr_counts[h]) for h in HEADERS))
    print("top-level types: " + ", ".join("%s=%d" % kv for kv in sorted(top_types.items())))
    print("MIME shapes:")
    for s, c in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings: " + ", ".join("%s=%d" % kv for kv in sorted(ctes.items())))
    print("attachment types: " + ", ".join("%s=%d" % kv for kv in sorted(att_types.items())))

    # --- brief targets
    if not 230 <= n <= 270:
        err("message count %d outside 230-270" % n)
    if not 0.45 <= len(req) / n <= 0.55:
        err("request share off")
    if not 0.65 <= lang["fr"] / n <= 0.75:
        err("French share off")
    for x in RIGHTS:
        if per_right[x] < 12:
            err("right %s only %d times" % (x, per_right[x]))
    if not 0.15 <= len(multi) / len(req) <= 0.25:
        err("multi-right share off")
    if len(hard) < 80:
        err("only %d hard negatives" % len(hard))

    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:60]:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
