#!/usr/bin/env python3
"""Check the corpus: parse every .eml with email.policy.default, look for defects, decode every
text part, verify labels.json against the record files, print counts and a sha256 digest.
Prints PASS, or FAIL and exits 1."""
import collections
import email
import hashlib
import json
import os
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402  (only for load_records/ordered/PREFIX/RIGHTS; nothing is regenerated)

HEADERS = ["Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "List-Id", "List-Unsubscribe",
           "Auto-Submitted", "X-Autoreply", "Precedence"]
SANDRA = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return ct + "[" + ",".join(shape(p) for p in part.iter_parts()) + "]" \
            if ct.startswith("multipart/") else ct
    return ct


def main():
    errors = []
    recs = generate.ordered(generate.load_records())
    expected = {f"{generate.PREFIX}-{i:04d}.eml": {"key": r["key"], "rights": sorted(r["rights"])}
                for i, r in enumerate(recs, 1)}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    if labels != expected:
        errors.append("labels.json does not agree with the record files")
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    if files != sorted(expected):
        errors.append("set of .eml files does not match the records")

    for r in recs:
        if not (r["key"].startswith("fr-") or r["key"].startswith("en-")):
            errors.append(f"bad key {r['key']}")
        for x in r["rights"]:
            if x not in generate.RIGHTS:
                errors.append(f"{r['key']}: unknown right {x}")
        if len(set(r["rights"])) != len(r["rights"]):
            errors.append(f"{r['key']}: duplicate right")
        if "post_mortem" in r["rights"] and len(r["rights"]) > 1:
            errors.append(f"{r['key']}: post_mortem must stand alone")

    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    from_sandra = 0
    digest = hashlib.sha256()
    for name in files:
        data = open(os.path.join(HERE, name), "rb").read()
        digest.update(name.encode() + b"\0" + data + b"\0")
        if any(len(ln) > 998 for ln in data.split(b"\r\n")):
            errors.append(f"{name}: line longer than 998 octets")
        if b"\n" in data.replace(b"\r\n", b""):
            errors.append(f"{name}: bare LF line ending")
        msg = email.message_from_bytes(data, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{name}: missing {h}")
        for h in HEADERS:
            if msg[h] is not None:
                hdr_counts[h] += 1
        try:
            if msg["From"].addresses[0].addr_spec.lower() in SANDRA:
                from_sandra += 1
            msg["Date"].datetime
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: header parse error {e!r}")
        shapes[shape(msg)] += 1
        skip = set()
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects in {part.get_content_type()}: {part.defects}")
            for k in part.keys():
                try:
                    part[k]
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{name}: header {k} {e!r}")
                hv = part[k]
                if getattr(hv, "defects", None):
                    errors.append(f"{name}: header {k} defects {hv.defects}")
            if part.get_content_type() == "message/delivery-status":
                skip.update(id(b) for b in part.get_payload())  # per-recipient header blocks, not text
            if part.is_multipart() or id(part) in skip:
                continue
            if part.get_content_disposition() == "attachment":
                att_types[part.get_content_type()] += 1
            if part.get_content_maintype() == "text":
                try:
                    text = part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{name}: cannot decode {part.get_content_type()}: {e!r}")
                    continue
                if part.get_content_disposition() != "attachment":
                    ctes[part.get("Content-Transfer-Encoding", "7bit (implicit)").lower()] += 1
                    if "\ufffd" in text:
                        errors.append(f"{name}: replacement character in text part")
            else:
                part.get_content()
    with open(os.path.join(HERE, "labels.json"), "rb") as fh:
        digest.update(b"labels.json\0" + fh.read())

    n = len(recs)
    req = [r for r in recs if r["rights"]]
    neg = n - len(req)
    langs = collections.Counter(r["key"][:2] for r in recs)
    per_right = collections.Counter(x for r in recs for x in r["rights"])
    multi = sum(1 for r in req if len(r["rights"]) > 1)
    lang_req = collections.Counter(r["key"][:2] for r in req)

    print(f"messages: {n}")
    print(f"requests: {len(req)}  negatives: {neg}")
    print("languages: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(langs.items()))
          + "  | requests by language: " + ", ".join(f"{k} {v}" for k, v in sorted(lang_req.items())))
    print("per-right: " + ", ".join(f"{k} {per_right[k]}" for k in generate.RIGHTS))
    print(f"multi-right requests: {multi}/{len(req)} ({100 * multi / max(1, len(req)):.1f}%)")
    print(f"from Sandra's own addresses: {from_sandra}")
    print("headers: " + ", ".join(f"{h} {hdr_counts[h]}" for h in HEADERS))
    print("MIME shapes:")
    for s, c in shapes.most_common():
        print(f"  {c:4d}  {s}")
    print("text-part transfer encodings: " + ", ".join(f"{k} {v}" for k, v in ctes.most_common()))
    print("attachment types: " + ", ".join(f"{k} {v}" for k, v in att_types.most_common()))

    for x in generate.RIGHTS:
        if per_right[x] < 12:
            errors.append(f"right {x} appears only {per_right[x]} times (< 12)")
    print(f"corpus sha256: {digest.hexdigest()}")
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
