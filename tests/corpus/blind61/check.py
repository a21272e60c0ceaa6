#!/usr/bin/env python3
"""Validate the b61 corpus: parse, defects, decoding, labels vs records, counts, digest. Prints PASS or exits 1."""
import hashlib, json, os, sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"}
SANDRA = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}

def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)

def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    recs = generate.ordered()
    expected = {f"{generate.PREFIX}-{i:04d}.eml": r for i, r in enumerate(recs, 1)}
    emls = sorted(n for n in os.listdir(HERE) if n.startswith(generate.PREFIX + "-") and n.endswith(".eml"))
    if set(emls) != set(expected) or set(labels) != set(expected):
        fail("file set / labels.json / records disagree")
    headers, shapes, ctes, atts, langs, per_right = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    digest = hashlib.sha256()
    nreq = nmulti = 0
    for name in emls:
        r = expected[name]
        lab = labels[name]
        if lab["key"] != r["key"] or lab["rights"] != sorted(r["rights"]):
            fail(f"{name}: label mismatch")
        if not set(lab["rights"]) <= RIGHTS:
            fail(f"{name}: unknown right")
        if "post_mortem" in lab["rights"] and len(lab["rights"]) > 1:
            fail(f"{name}: post_mortem must be alone")
        raw = open(os.path.join(HERE, name), "rb").read()
        digest.update(name.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                fail(f"{name}: defects {part.defects}")
        for hname in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[hname] is None:
                fail(f"{name}: missing {hname}")
        for hname in ("Reply-To", "In-Reply-To", "References", "Cc", "X-Mailer", "List-Id", "List-Unsubscribe",
                      "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[hname] is not None:
                headers[hname] += 1
        to = msg["To"].addresses[0].addr_spec if msg["To"].addresses else ""
        frm = msg["From"].addresses[0].addr_spec
        if frm not in SANDRA and to not in SANDRA:
            fail(f"{name}: To is not one of her addresses")
        if frm in SANDRA and lab["rights"]:
            fail(f"{name}: her own mail labelled as a request")
        d = msg["Date"].datetime
        if d.year not in (2025, 2026) or d.utcoffset().total_seconds() not in (3600, 7200):
            fail(f"{name}: bad date {msg['Date']}")
        shape = msg.get_content_type()
        if msg.is_multipart():
            shape += "[" + ",".join(p.get_content_type() for p in msg.iter_parts()) + "]"
        shapes[shape] += 1
        texts = 0
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() in ("message/rfc822", "message/delivery-status"):
                continue
            if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
                try:
                    txt = part.get_content()
                except Exception as e:
                    fail(f"{name}: cannot decode text part: {e}")
                texts += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            elif part.get_content_disposition() == "attachment":
                payload = part.get_payload(decode=True)
                if not payload:
                    fail(f"{name}: empty attachment")
                atts[part.get_content_type()] += 1
        if texts == 0:
            fail(f"{name}: no text part")
        langs[r["key"][:2]] += 1
        if lab["rights"]:
            nreq += 1
            nmulti += len(lab["rights"]) > 1
            for x in lab["rights"]:
                per_right[x] += 1
    n = len(emls)
    print(f"messages: {n}")
    print(f"requests: {nreq}  negatives: {n - nreq}")
    print(f"languages: " + ", ".join(f"{k} {v} ({100*v/n:.0f}%)" for k, v in sorted(langs.items())))
    print("per-right: " + ", ".join(f"{k} {per_right[k]}" for k in sorted(RIGHTS)))
    print(f"multi-right: {nmulti}/{nreq} ({100*nmulti/max(nreq,1):.1f}%)")
    print("headers: " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print(f"  {v:4d}  {k}")
    print("text-part transfer encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(ctes.items())))
    print("attachment types: " + ", ".join(f"{k} {v}" for k, v in sorted(atts.items())))
    ok = (200 <= n <= 300 and abs(nreq - n / 2) <= n * 0.1 and all(per_right[x] >= 12 for x in RIGHTS)
          and 0.6 <= langs["fr"] / n <= 0.8 and 0.15 <= nmulti / nreq <= 0.3 and n - nreq >= 80)
    print(f"digest: {digest.hexdigest()}")
    if not ok:
        fail("corpus proportions out of range")
    print("PASS")

if __name__ == "__main__":
    main()
