#!/usr/bin/env python3
"""Parse every b75-*.eml with email.policy.default, check defects, decode every text part,
verify labels.json against the records, print counts and a corpus digest. PASS or exit 1."""
import collections, email, glob, hashlib, json, os, sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (records + ordering only; nothing is written)

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def main():
    errors = []
    files = sorted(glob.glob(os.path.join(HERE, generate.PREFIX + "-*.eml")))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    recs = generate.order(generate.load_records())
    expected = {"%s-%04d.eml" % (generate.PREFIX, i): r for i, r in enumerate(recs, 1)}

    names = [os.path.basename(f) for f in files]
    if sorted(names) != sorted(labels) or sorted(labels) != sorted(expected):
        errors.append("file list / labels.json / records disagree")
    for name, rec in expected.items():
        lab = labels.get(name)
        if not lab or lab["key"] != rec["key"] or lab["rights"] != sorted(rec["rights"]):
            errors.append("label mismatch for %s" % name)
        for r in rec["rights"]:
            if r not in RIGHTS:
                errors.append("bad right %s in %s" % (r, rec["key"]))

    hdr_counts = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    digest = hashlib.sha256()
    for f in files:
        name = os.path.basename(f)
        raw = open(f, "rb").read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        try:
            msg["Date"].datetime
            str(msg["From"]); str(msg["To"]); str(msg["Subject"])
        except Exception as e:  # noqa
            errors.append("%s: header parse %s" % (name, e))
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent",
                  "List-Id", "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdr_counts[h] += 1
        top = msg.get_content_type()
        sub = [p.get_content_type() for p in msg.iter_parts()] if msg.is_multipart() else []
        shapes[top if not sub else "%s[%s]" % (top, ",".join(sub))] += 1
        ntext = 0
        for part in msg.walk():
            if part.get_content_maintype() == "multipart" or part.get_content_type().startswith("message/"):
                continue
            if part.get_content_disposition() == "attachment" or part.get_filename():
                atts[part.get_content_type()] += 1
                data = part.get_payload(decode=True)
                if not data:
                    errors.append("%s: empty attachment" % name)
                continue
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: cannot decode text part: %s" % (name, e))
                    continue
                ntext += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                if "\ufffd" in txt:
                    errors.append("%s: replacement char in text" % name)
        if ntext == 0:
            errors.append("%s: no text part" % name)

    n = len(files)
    req = sum(1 for v in labels.values() if v["rights"])
    langs = collections.Counter(v["key"][:2] for v in labels.values())
    per = collections.Counter(r for v in labels.values() for r in v["rights"])
    multi = sum(1 for v in labels.values() if len(v["rights"]) > 1)
    print("messages: %d" % n)
    print("requests: %d   negatives: %d" % (req, n - req))
    print("languages: " + ", ".join("%s=%d (%.0f%%)" % (k, c, 100.0 * c / n) for k, c in sorted(langs.items())))
    print("per right: " + ", ".join("%s=%d" % (r, per[r]) for r in RIGHTS))
    print("multi-right requests: %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(req, 1)))
    print("headers: " + ", ".join("%s=%d" % kv for kv in sorted(hdr_counts.items())))
    print("MIME shapes:")
    for k, c in shapes.most_common():
        print("  %4d  %s" % (c, k))
    print("text-part transfer encodings: " + ", ".join("%s=%d" % kv for kv in sorted(ctes.items())))
    print("attachments: " + ", ".join("%s=%d" % kv for kv in sorted(atts.items())))
    for r in RIGHTS:
        if per[r] < 12:
            errors.append("right %s has only %d" % (r, per[r]))
    print("corpus sha256: %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
