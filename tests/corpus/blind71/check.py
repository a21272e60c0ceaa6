#!/usr/bin/env python3
"""Parses every .eml with email.policy.default, checks defects, decodes text parts,
verifies labels.json against the records, prints counts and a corpus digest, then PASS or exit 1."""
import collections, glob, hashlib, json, os, sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"]
HDRS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
        "Auto-Submitted", "X-Autoreply", "Precedence"]

def main():
    errors = []
    recs = generate.load()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(glob.glob(os.path.join(HERE, generate.PREFIX + "-*.eml")))
    names = [os.path.basename(f) for f in files]
    if names != sorted(labels):
        errors.append("labels.json and .eml files differ")
    byname = {f"{generate.PREFIX}-{i:04d}.eml": r for i, r in enumerate(recs, 1)}
    for n in names:
        r = byname.get(n)
        if not r or labels[n]["key"] != r["key"] or labels[n]["rights"] != sorted(r["rights"]):
            errors.append(f"{n}: label mismatch with records")
    shapes = collections.Counter(); ctes = collections.Counter(); atts = collections.Counter()
    hdr = collections.Counter(); langs = collections.Counter(); per = collections.Counter()
    req = neg = multi = 0
    digest = hashlib.sha256()
    for f in files:
        n = os.path.basename(f); raw = open(f, "rb").read()
        digest.update(n.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{n}: defects {part.defects}")
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None: errors.append(f"{n}: missing {h}")
        try:
            msg["Date"].datetime
        except Exception as e:
            errors.append(f"{n}: bad Date {e}")
        for h in HDRS:
            if msg[h] is not None: hdr[h] += 1
        def shape(p):
            if p.is_multipart():
                return p.get_content_type() + "(" + ",".join(shape(s) for s in p.iter_parts()) + ")"
            return p.get_content_type()
        shapes[shape(msg) if msg.get_content_type() != "multipart/report" else "multipart/report"] += 1
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() in ("message/rfc822", "message/delivery-status"):
                continue
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                    assert isinstance(txt, str)
                except Exception as e:
                    errors.append(f"{n}: text part not decodable: {e}")
                if part.get_content_disposition() != "attachment":
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_content_disposition() == "attachment":
                atts[part.get_content_type()] += 1
                try: part.get_content()
                except Exception as e: errors.append(f"{n}: attachment not decodable: {e}")
        key = labels[n]["key"]; rights = labels[n]["rights"]
        langs[key[:2]] += 1
        if rights:
            req += 1
            if len(rights) > 1: multi += 1
            for x in rights: per[x] += 1
        else:
            neg += 1
    digest.update(json.dumps(labels, sort_keys=True, ensure_ascii=False).encode())
    total = len(files)
    print(f"messages: {total}")
    print(f"requests: {req}   negatives: {neg}")
    print("languages: " + ", ".join(f"{k}={v} ({100*v/total:.0f}%)" for k, v in sorted(langs.items())))
    print("per-right: " + ", ".join(f"{k}={per[k]}" for k in RIGHTS))
    print(f"multi-right requests: {multi} ({100*multi/max(req,1):.1f}% of requests)")
    print("headers: " + ", ".join(f"{k}={hdr[k]}" for k in HDRS))
    print("MIME shapes:"); [print(f"  {v:4d}  {k}") for k, v in shapes.most_common()]
    print("text-part transfer encodings: " + ", ".join(f"{k}={v}" for k, v in sorted(ctes.items())))
    print("attachment types: " + ", ".join(f"{k}={v}" for k, v in sorted(atts.items())))
    for x in RIGHTS:
        if per[x] < 12: errors.append(f"right {x} only {per[x]} times")
    print(f"corpus sha256: {digest.hexdigest()}")
    if errors:
        for e in errors[:50]: print("ERROR:", e)
        print("FAIL"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
