#!/usr/bin/env python3
"""Validate the b51 corpus: parse, defects, decoding, labels vs records, counts, digest."""
import hashlib, json, os, sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "post_mortem"}
HDRS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
        "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"]


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.get_payload()))
    return ct


def main():
    errors = []
    recs = {r["key"]: r for r in generate.load_records()}
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if len(files) != len(recs):
        errors.append("file count %d != record count %d" % (len(files), len(recs)))
    order = sorted(recs, key=lambda k: hashlib.sha256(k.encode()).hexdigest())
    digest = hashlib.sha256()
    c_lang, c_right, c_hdr, c_shape, c_cte, c_att = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    n_req = n_neg = n_multi = 0
    for i, f in enumerate(files):
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels.get(f, {})
        key = lab.get("key")
        if key not in recs:
            errors.append("%s: unknown key %r" % (f, key)); continue
        if i < len(order) and order[i] != key:
            errors.append("%s: order mismatch" % f)
        rec = recs[key]
        if sorted(rec["rights"]) != lab["rights"]:
            errors.append("%s: label mismatch" % f)
        if not set(lab["rights"]) <= RIGHTS or len(set(lab["rights"])) != len(lab["rights"]):
            errors.append("%s: bad rights %r" % (f, lab["rights"]))
        if not (key.startswith("fr-") or key.startswith("en-")):
            errors.append("%s: bad key prefix" % f)
        for hname in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[hname] is None:
                errors.append("%s: missing %s" % (f, hname))
        def parts(p):
            yield p
            if p.is_multipart() and p.get_content_type() != "message/delivery-status":
                for sub in p.get_payload():
                    yield from parts(sub)
        for part in parts(msg):
            if part.defects:
                errors.append("%s: defects %r" % (f, part.defects))
            for hn, hv in part.items():
                if getattr(hv, "defects", None):
                    errors.append("%s: header %s defects %r" % (f, hn, hv.defects))
            ct = part.get_content_type()
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: cannot decode %s: %s" % (f, ct, e))
                c_cte[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
            elif part.is_attachment() or ct in ("message/rfc822", "message/delivery-status"):
                c_att[ct] += 1
                if not part.is_multipart() and ct != "message/delivery-status":
                    part.get_content()
        c_lang[key[:2]] += 1
        if lab["rights"]:
            n_req += 1
            if len(lab["rights"]) > 1:
                n_multi += 1
        else:
            n_neg += 1
        c_right.update(lab["rights"])
        for hn in HDRS:
            if msg[hn] is not None:
                c_hdr[hn] += 1
        c_shape[shape(msg)] += 1
    lab_digest = hashlib.sha256(open(os.path.join(HERE, "labels.json"), "rb").read()).hexdigest()
    digest.update(lab_digest.encode())
    print("messages: %d" % len(files))
    print("requests: %d  negatives: %d" % (n_req, n_neg))
    print("languages: %s" % dict(sorted(c_lang.items())))
    print("per-right: %s" % dict(sorted(c_right.items())))
    print("multi-right requests: %d (%.1f%% of requests)" % (n_multi, 100.0 * n_multi / max(n_req, 1)))
    print("headers: %s" % dict(sorted(c_hdr.items())))
    print("MIME shapes:")
    for s, n in sorted(c_shape.items(), key=lambda x: (-x[1], x[0])):
        print("  %4d  %s" % (n, s))
    print("text-part CTE: %s" % dict(sorted(c_cte.items())))
    print("attachments: %s" % dict(sorted(c_att.items())))
    for r in sorted(RIGHTS):
        if c_right[r] < 12:
            errors.append("right %s only %d times" % (r, c_right[r]))
    print("digest: %s" % digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
