#!/usr/bin/env python3
"""Check the blind58 corpus: parse, defects, decoding, labels vs records, counts, digest.

Prints PASS or exits 1. Standard library only.
"""
import collections
import email
import hashlib
import json
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (same loader and ordering as the generator)

VOCAB = ["access", "rectification", "erasure", "restriction", "portability", "objection",
         "withdraw_consent", "post_mortem"]
HER = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")
COUNT_HEADERS = ["Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "User-Agent", "List-Id",
                 "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence", "Sender"]

errors = []


def fail(msg):
    errors.append(msg)


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    records = generate.load_records()
    expected = {name: {"key": r["key"], "rights": sorted(r["rights"])} for name, r in generate.order(records)}
    rec_by_key = {r["key"]: r for r in records}

    # ---- records
    keys = [r["key"] for r in records]
    if len(keys) != len(set(keys)):
        fail("duplicate record keys: %s" % [k for k, c in collections.Counter(keys).items() if c > 1])
    for r in records:
        if not (r["key"].startswith("fr-") or r["key"].startswith("en-")):
            fail("bad key prefix %s" % r["key"])
        for x in r["rights"]:
            if x not in VOCAB:
                fail("unknown right %r in %s" % (x, r["key"]))
        if "post_mortem" in r["rights"] and len(r["rights"]) > 1:
            fail("post_mortem must be alone: %s" % r["key"])
        if len(set(r["rights"])) != len(r["rights"]):
            fail("repeated right in %s" % r["key"])

    # ---- labels.json
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    if labels != expected:
        fail("labels.json does not agree with the records (re-run generate.py)")
    files = sorted(n for n in os.listdir(HERE) if n.startswith(generate.PREFIX + "-") and n.endswith(".eml"))
    if files != sorted(expected):
        fail("file set differs from records: %d files vs %d records" % (len(files), len(expected)))

    # ---- messages
    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    to_counts = collections.Counter()
    years = collections.Counter()
    digest = hashlib.sha256()
    for name in files:
        raw = open(os.path.join(HERE, name), "rb").read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                fail("%s: defects %s in %s" % (name, part.defects, part.get_content_type()))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                fail("%s: missing %s" % (name, h))
        for h in COUNT_HEADERS:
            if msg[h] is not None:
                hdr_counts[h] += 1
        rec = rec_by_key[expected[name]["key"]] if name in expected else None
        tos = (msg.get("To", "") + " " + msg.get("Cc", "")).lower()
        if not any(a in tos for a in HER):
            fail("%s: neither of her addresses in To/Cc" % name)
        for a in HER:
            if a in msg.get("To", "").lower():
                to_counts[a] += 1
        d = msg["Date"].datetime
        years[d.year] += 1
        if d.year not in (2025, 2026):
            fail("%s: date out of range" % name)
        off = d.utcoffset().total_seconds() / 3600
        naive = d.replace(tzinfo=None)
        if generate.paris(naive).utcoffset().total_seconds() / 3600 != off:
            fail("%s: Paris offset wrong for %s" % (name, d))
        shapes[shape(msg)] += 1
        n_text = 0
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                atts["message/rfc822"] += 1
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            disp = part.get_content_disposition()
            if ct == "message/delivery-status":
                continue
            if disp == "attachment":
                atts[ct] += 1
                if ct.startswith("text/"):
                    part.get_content()
                else:
                    payload = part.get_content()
                    if not payload:
                        fail("%s: empty attachment %s" % (name, ct))
                    if ct == "application/pdf" and not payload.startswith(b"%PDF-"):
                        fail("%s: bad pdf" % name)
                    if ct == "image/png" and not payload.startswith(b"\x89PNG"):
                        fail("%s: bad png" % name)
                    if ct.endswith("wordprocessingml.document") and not payload.startswith(b"PK"):
                        fail("%s: bad docx" % name)
                continue
            if ct.startswith("text/"):
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    fail("%s: cannot decode %s: %s" % (name, ct, e))
                ctes[(ct, part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
                n_text += 1
        if n_text == 0:
            fail("%s: no text part" % name)
        if rec is not None and " ".join(msg["Subject"].split()) != " ".join(rec["subject"].split()):
            fail("%s: subject mismatch" % name)

    # ---- repeated sentences across records (new text only, long sentences)
    seen = collections.defaultdict(set)
    for r in records:
        for s in re.split(r"(?<=[.!?])\s+|\n", r["body"]):
            s = s.strip()
            if len(s) >= 45:
                seen[s].add(r["key"])
    template_markers = ("Cet e-mail a été envoyé", "Agent utilisateur", "User Agent", "Retrouvez ce contact",
                        "Un contact vient de remplir", "Ce message a été envoyé à", "This message was sent to",
                        "Meta Platforms", "Cette événement", "Cet événement est un appel", "Les détails de connexion",
                        "Y a-t-il quelque chose", "Please share anything", "Affichez", "Afficher toutes",
                        "Google Forms", "URL de la page", "Page URL", "Si vous ne souhaitez plus recevoir", "Cet e-mail a été envoyé à floraisondesoi", "Powered by", "Propulsé par")
    dup = [(s, sorted(k)) for s, k in seen.items() if len(k) > 1 and not any(m in s for m in template_markers)]
    for s, k in dup:
        fail("sentence reused across records %s: %r" % (k, s[:80]))

    # ---- counts
    n = len(records)
    req = [r for r in records if r["rights"]]
    neg = [r for r in records if not r["rights"]]
    langs = collections.Counter(r["key"][:2] for r in records)
    per_right = collections.Counter(x for r in records for x in r["rights"])
    multi = [r for r in req if len(r["rights"]) > 1]
    print("messages: %d" % n)
    print("requests: %d  negatives: %d" % (len(req), len(neg)))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(langs.items())))
    print("requests by language: " + ", ".join("%s=%d" % (k, v) for k, v in
                                                sorted(collections.Counter(r["key"][:2] for r in req).items())))
    print("per right:")
    for x in VOCAB:
        print("  %-17s %d" % (x, per_right[x]))
        if per_right[x] < 12:
            fail("right %s appears only %d times" % (x, per_right[x]))
    print("multi-right requests: %d / %d (%.1f%%)" % (len(multi), len(req), 100.0 * len(multi) / max(1, len(req))))
    print("combinations: " + ", ".join("%s=%d" % ("+".join(k), v) for k, v in
                                        sorted(collections.Counter(tuple(r["rights"]) for r in multi).items())))
    print("To: " + ", ".join("%s=%d" % kv for kv in sorted(to_counts.items())))
    print("years: " + ", ".join("%d=%d" % kv for kv in sorted(years.items())))
    print("headers present:")
    for h in COUNT_HEADERS:
        print("  %-17s %d" % (h, hdr_counts[h]))
    print("MIME shapes:")
    for s, c in shapes.most_common():
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings:")
    for (ct, cte), c in sorted(ctes.items()):
        print("  %4d  %s %s" % (c, ct, cte))
    print("attachment types:")
    for ct, c in atts.most_common():
        print("  %4d  %s" % (c, ct))
    digest.update(json.dumps(labels, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    print("corpus sha256: %s" % digest.hexdigest())
    if not (0.4 <= len(req) / n <= 0.6):
        fail("request share out of range")
    if errors:
        for e in errors:
            print("ERROR: " + e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
