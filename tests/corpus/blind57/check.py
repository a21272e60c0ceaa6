#!/usr/bin/env python3
"""Check the blind57 corpus: parse every .eml with email.policy.default, look for defects,
decode every text part, verify labels.json against the record files, print counts and a
sha256 digest of the corpus. Prints PASS, or FAIL and exits 1."""
import sys
sys.dont_write_bytecode = True
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
import generate  # noqa: E402  (only its record loader and file ordering are used)

RIGHTS = generate.RIGHTS
HER = generate.HER_ADDRS
problems = []


def fail(msg):
    problems.append(msg)


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        inner = part.get_payload()
        if ct == "message/delivery-status":
            return ct
        return "%s[%s]" % (ct, ",".join(shape(p) for p in inner))
    return ct


def header_defects(part, where):
    for name, value in part.items():
        d = getattr(value, "defects", ())
        if d:
            fail("%s: header %s defects %r" % (where, name, d))


def main():
    recs = generate.load_records()
    expected = {fn: r for fn, r in generate.filenames(recs)}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)

    on_disk = sorted(x for x in os.listdir(HERE) if x.startswith(generate.PREFIX + "-") and x.endswith(".eml"))
    if on_disk != sorted(expected):
        fail("files on disk differ from the records (%d vs %d)" % (len(on_disk), len(expected)))
    if sorted(labels) != sorted(expected):
        fail("labels.json file names differ from the records")

    counts = collections.Counter()
    rights = collections.Counter()
    langs = collections.Counter()
    langs_req = collections.Counter()
    hdrs = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    negcats = collections.Counter()
    multi = 0
    near_line = 0
    for mod in generate.RECORD_MODULES:
        with open(os.path.join(HERE, mod + ".py"), encoding="utf-8") as f:
            near_line += len(re.findall(r"#\s*NEAR-LINE:", f.read()))

    digest = hashlib.sha256()
    for fn in sorted(expected):
        rec = expected[fn]
        lab = labels.get(fn)
        if lab != {"key": rec["key"], "rights": sorted(rec["rights"])}:
            fail("%s: labels.json disagrees with record %s" % (fn, rec["key"]))
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            data = f.read()
        digest.update(fn.encode() + b"\0" + data + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(data)

        for need in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
            if msg[need] is None:
                fail("%s: missing %s" % (fn, need))
        if msg["From"] is not None and msg["From"].addresses[0].addr_spec != rec["frm"][1]:
            fail("%s: From does not match record" % fn)
        if (msg["Subject"] or "") != rec["subject"]:
            fail("%s: Subject does not match record" % fn)
        dtv = msg["Date"].datetime if msg["Date"] is not None else None
        if dtv is None or dtv.year not in (2025, 2026):
            fail("%s: date outside 2025-2026" % fn)
        elif dtv.utcoffset() != generate.paris(dtv.replace(tzinfo=None)).utcoffset():
            fail("%s: date offset is not the Paris offset" % fn)
        tos = [a.addr_spec for a in msg["To"].addresses] if msg["To"] is not None else []
        frm_her = rec["frm"][1] in HER
        if not frm_her and not any(t in HER for t in tos):
            fail("%s: To is not one of her addresses" % fn)

        for part in msg.walk():
            if part.defects:
                fail("%s: part %s defects %r" % (fn, part.get_content_type(), part.defects))
            header_defects(part, fn)
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    fail("%s: cannot decode %s: %s" % (fn, part.get_content_type(), e))
                    continue
                if "\ufffd" in txt:
                    fail("%s: replacement character in %s" % (fn, part.get_content_type()))
                if part.get_filename() is None:
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_filename():
                atts[part.get_content_type()] += 1
                if part.get_content_maintype() != "text":
                    payload = part.get_content()
                    if not isinstance(payload, bytes) or not payload:
                        fail("%s: empty attachment %s" % (fn, part.get_filename()))
                    elif part.get_content_type() == "application/pdf" and not payload.startswith(b"%PDF-"):
                        fail("%s: bad pdf" % fn)
                    elif part.get_content_type() == "image/png" and not payload.startswith(b"\x89PNG"):
                        fail("%s: bad png" % fn)
            elif part.get_content_type() == "message/rfc822":
                atts["message/rfc822"] += 1
        body_parts = [p for p in msg.walk() if p.get_content_maintype() == "text" and not p.get_filename()]
        if not body_parts:
            fail("%s: no text body part" % fn)

        shapes[shape(msg)] += 1
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent",
                  "List-Id", "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdrs[h] += 1

        lang = rec["key"][:2]
        langs[lang] += 1
        counts["messages"] += 1
        if rec["rights"]:
            counts["requests"] += 1
            langs_req[lang] += 1
            if len(rec["rights"]) > 1:
                multi += 1
            for r in rec["rights"]:
                rights[r] += 1
        else:
            counts["negatives"] += 1
            negcats[rec.get("neg", "unspecified")] += 1
            if frm_her:
                counts["from_her"] += 1

    n = counts["messages"]
    req = counts["requests"]
    hard = counts["negatives"] - negcats.get("plain", 0)
    print("messages: %d  requests: %d  negatives: %d" % (n, req, counts["negatives"]))
    print("languages: %s  (en share %.1f%%)  requests by language: %s"
          % (dict(sorted(langs.items())), 100.0 * langs["en"] / max(n, 1), dict(sorted(langs_req.items()))))
    print("per right: " + ", ".join("%s=%d" % (r, rights[r]) for r in RIGHTS))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(req, 1)))
    print("negative categories: %s" % dict(sorted(negcats.items())))
    print("hard negatives (all but 'plain'): %d   negatives sent from her addresses: %d" % (hard, counts["from_her"]))
    print("NEAR-LINE comments: %d" % near_line)
    print("headers: %s" % dict(sorted(hdrs.items())))
    print("MIME shapes:")
    for s, c in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings: %s" % dict(sorted(ctes.items())))
    print("attachment types: %s" % dict(sorted(atts.items())))
    with open(os.path.join(HERE, "labels.json"), "rb") as f:
        digest.update(b"labels.json\0" + f.read())
    print("corpus sha256: %s" % digest.hexdigest())

    # brief targets
    if not 200 <= n <= 300:
        fail("message count %d not about 250" % n)
    if not 0.4 <= req / max(n, 1) <= 0.6:
        fail("requests share not about half")
    if not 0.38 <= langs["en"] / max(n, 1) <= 0.52:
        fail("English share not about 45%")
    for r in RIGHTS:
        if rights[r] < 12:
            fail("right %s only %d times" % (r, rights[r]))
    if not 0.15 <= multi / max(req, 1) <= 0.30:
        fail("multi-right share not about 20%")
    if hard < 80:
        fail("fewer than 80 hard negatives")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
