#!/usr/bin/env python3
"""Validate the b66 corpus: parse every .eml, check defects, decode text parts, compare labels, print counts and digest."""
import collections, hashlib, json, os, sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"}


def main():
    ok = True
    def fail(m):
        nonlocal ok
        ok = False
        print("FAIL:", m)

    recs = generate.order(generate.load_records())
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    if len(files) != len(recs) or len(labels) != len(recs):
        fail(f"count mismatch files={len(files)} labels={len(labels)} records={len(recs)}")
    hdr = collections.Counter(); shapes = collections.Counter(); ctes = collections.Counter(); atts = collections.Counter()
    per_right = collections.Counter(); langs = collections.Counter()
    req = neg = multi = 0
    digest = hashlib.sha256()
    for i, r in enumerate(recs, 1):
        fn = f"{generate.PREFIX}-{i:04d}.eml"
        lab = labels.get(fn)
        if lab != {"key": r["key"], "rights": sorted(r["rights"])}:
            fail(f"{fn}: label mismatch")
        if not set(r["rights"]) <= RIGHTS:
            fail(f"{fn}: unknown right")
        if not (r["key"].startswith("fr-") or r["key"].startswith("en-")):
            fail(f"{fn}: bad key prefix")
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            fail(f"{fn}: missing"); continue
        raw = open(path, "rb").read()
        digest.update(fn.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                fail(f"{fn}: defects {part.defects}")
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    part.get_content()
                except Exception as e:
                    fail(f"{fn}: cannot decode text part: {e}")
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment():
                atts[part.get_content_type()] += 1
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                fail(f"{fn}: missing {h}")
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id", "List-Unsubscribe",
                  "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdr[h] += 1
        ct = msg.get_content_type()
        if msg.is_multipart():
            ct += "(" + ",".join(p.get_content_type() for p in msg.iter_parts()) + ")"
        shapes[ct] += 1
        langs[r["key"][:2]] += 1
        if r["rights"]:
            req += 1
            per_right.update(r["rights"])
            if len(r["rights"]) > 1:
                multi += 1
        else:
            neg += 1
    n = len(recs)
    print(f"messages: {n}")
    print(f"requests: {req}  negatives: {neg}")
    print("languages: " + ", ".join(f"{k}={v} ({v*100//n}%)" for k, v in sorted(langs.items())))
    print("per-right: " + ", ".join(f"{k}={per_right[k]}" for k in sorted(RIGHTS)))
    print(f"multi-right share of requests: {multi}/{req} = {multi*100/max(req,1):.1f}%")
    print("headers: " + ", ".join(f"{k}={v}" for k, v in sorted(hdr.items())))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print(f"  {v:4d}  {k}")
    print("text-part transfer encodings: " + ", ".join(f"{k}={v}" for k, v in sorted(ctes.items())))
    print("attachment types: " + ", ".join(f"{k}={v}" for k, v in sorted(atts.items())))
    for k in RIGHTS:
        if per_right[k] < 12:
            fail(f"right {k} only {per_right[k]} times")
    print(f"corpus sha256: {digest.hexdigest()}")
    if ok:
        print("PASS")
    else:
        print("FAIL"); sys.exit(1)


if __name__ == "__main__":
    main()
