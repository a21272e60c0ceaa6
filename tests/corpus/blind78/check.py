#!/usr/bin/env python3
"""Validate the blind78 corpus: parse, defects, decode, labels vs records, counts, digest."""
import collections, hashlib, json, os, sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (only for the record list)

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]


def main():
    errors = []
    recs = {r["key"]: r for r in generate.load_records()}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith("b78-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if len(files) != len(recs):
        errors.append("file count %d != record count %d" % (len(files), len(recs)))
    seen = set()
    c = collections.Counter()
    rights_c = collections.Counter()
    hdr_c = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    digest = hashlib.sha256()
    for f in files:
        data = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + data + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        lab = labels.get(f, {})
        key = lab.get("key")
        r = recs.get(key)
        if r is None:
            errors.append("%s: unknown key %s" % (f, key)); continue
        seen.add(key)
        if sorted(lab["rights"]) != lab["rights"] or lab["rights"] != r["rights"]:
            errors.append("%s: labels disagree with record" % f)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (f, part.defects))
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: cannot decode %s" % (f, e))
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment():
                atts[part.get_content_type()] += 1
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
                  "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdr_c[h] += 1
        top = msg.get_content_type()
        if msg.is_multipart():
            top += "[" + ",".join(p.get_content_type() for p in msg.iter_parts()) + "]"
        shapes[top] += 1
        c["messages"] += 1
        c["lang-" + key[:2]] += 1
        if r["rights"]:
            c["requests"] += 1
            if len(r["rights"]) > 1:
                c["multi"] += 1
            for x in r["rights"]:
                rights_c[x] += 1
        else:
            c["negatives"] += 1
    if seen != set(recs):
        errors.append("records without a file: %s" % sorted(set(recs) - seen))
    print("messages: %d  requests: %d  negatives: %d" % (c["messages"], c["requests"], c["negatives"]))
    print("languages: fr %d  en %d  (en share %.0f%%)" % (c["lang-fr"], c["lang-en"], 100.0 * c["lang-en"] / max(1, c["messages"])))
    print("per-right:", ", ".join("%s %d" % (x, rights_c[x]) for x in RIGHTS))
    print("multi-right requests: %d (%.0f%% of requests)" % (c["multi"], 100.0 * c["multi"] / max(1, c["requests"])))
    print("headers:", ", ".join("%s %d" % kv for kv in sorted(hdr_c.items())))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d %s" % (v, k))
    print("text-part transfer encodings:", ", ".join("%s %d" % kv for kv in sorted(ctes.items())))
    print("attachment types:", ", ".join("%s %d" % kv for kv in sorted(atts.items())))
    digest.update(open(os.path.join(HERE, "labels.json"), "rb").read())
    print("corpus sha256:", digest.hexdigest())
    for x in RIGHTS:
        if rights_c[x] < 12:
            errors.append("right %s only %d times" % (x, rights_c[x]))
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
