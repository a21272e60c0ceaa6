#!/usr/bin/env python3
"""Validate the b74 corpus: parse, defects, decoding, labels vs records, counts, digest. Prints PASS or exits 1."""
import collections, hashlib, json, os, sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
from rec import RIGHTS, CONTACT, ORANGE  # noqa: E402

PREFIX = generate.PREFIX
errors = []


def shape(p):
    if p.is_multipart():
        return "%s[%s]" % (p.get_content_type(), ",".join(shape(s) for s in p.iter_parts()))
    return p.get_content_type()


def main():
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    recs = generate.ordered()
    expected = {"%s-%04d.eml" % (PREFIX, i): r for i, r in enumerate(recs, 1)}
    if set(files) != set(expected) or set(labels) != set(expected):
        errors.append("file set / labels.json / records disagree")

    n_req = 0
    lang = collections.Counter()
    rights = collections.Counter()
    multi = 0
    hdrs = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    digest = hashlib.sha256()
    watch = ["Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "List-Id", "List-Unsubscribe",
             "Auto-Submitted", "X-Autoreply", "Precedence"]
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        r = expected.get(f)
        lab = labels.get(f)
        if r is None or lab is None:
            continue
        if lab["key"] != r["key"] or lab["rights"] != sorted(set(r["rights"])):
            errors.append("%s: label mismatch" % f)
        if lab["rights"] != sorted(lab["rights"]) or any(x not in RIGHTS for x in lab["rights"]):
            errors.append("%s: bad rights" % f)
        if "post_mortem" in lab["rights"] and len(lab["rights"]) > 1:
            errors.append("%s: post_mortem must be alone" % f)
        for k in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                errors.append("%s: missing %s" % (f, k))
        for k, v in msg.items():
            if getattr(v, "defects", None):
                errors.append("%s: header %s defects %s" % (f, k, v.defects))
        fromaddr = msg["From"].addresses[0].addr_spec.lower()
        own = fromaddr in (CONTACT, ORANGE)
        to_all = [a.addr_spec.lower() for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        if not own and not any(a in (CONTACT, ORANGE) for a in to_all):
            errors.append("%s: not addressed to her" % f)
        if own and lab["rights"]:
            errors.append("%s: her own mail labelled as a request" % f)
        d = msg["Date"].datetime
        if not (2025 <= d.year <= 2026) or d.utcoffset().total_seconds() not in (3600, 7200):
            errors.append("%s: bad date %s" % (f, msg["Date"]))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (f, part.defects))
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            if part.get_content_disposition() == "attachment":
                atts[part.get_content_type()] += 1
                part.get_content()
                continue
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot decode: %s" % (f, e))
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        shapes[shape(msg)] += 1
        lang[lab["key"][:2]] += 1
        if lab["rights"]:
            n_req += 1
            if len(lab["rights"]) > 1:
                multi += 1
        for x in lab["rights"]:
            rights[x] += 1
        for h in watch:
            if msg[h] is not None:
                hdrs[h] += 1
    digest.update(open(os.path.join(HERE, "labels.json"), "rb").read())

    n = len(files)
    for x in RIGHTS:
        if rights[x] < 12:
            errors.append("right %s only %d times" % (x, rights[x]))
    print("messages: %d" % n)
    print("requests: %d   negatives: %d" % (n_req, n - n_req))
    print("languages: %s" % ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(lang.items())))
    print("per right: %s" % ", ".join("%s=%d" % (x, rights[x]) for x in RIGHTS))
    print("multi-right requests: %d (%.0f%% of requests)" % (multi, 100.0 * multi / max(n_req, 1)))
    print("headers: %s" % ", ".join("%s=%d" % (h, hdrs[h]) for h in watch))
    print("MIME shapes:")
    for s, c in shapes.most_common():
        print("  %4d  %s" % (c, s))
    print("text-part transfer encodings: %s" % ", ".join("%s=%d" % kv for kv in sorted(ctes.items())))
    print("attachment types: %s" % ", ".join("%s=%d" % kv for kv in sorted(atts.items())))
    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
