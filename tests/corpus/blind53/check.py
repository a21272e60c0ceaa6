#!/usr/bin/env python3
"""Validate the corpus: parse, defects, decode, labels vs records, counts, digest. PASS or exit 1."""
import collections, hashlib, json, os, sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
from rec import RIGHTS  # noqa: E402

errors = []


def err(m):
    errors.append(m)


def main():
    recs = generate.ordered(generate.load_records())
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    if len(files) != len(recs) or len(labels) != len(recs):
        err(f"count mismatch: files={len(files)} labels={len(labels)} records={len(recs)}")
    for i, r in enumerate(recs, 1):
        name = f"{generate.PREFIX}-{i:04d}.eml"
        lab = labels.get(name)
        if not lab or lab["key"] != r["key"] or lab["rights"] != sorted(r["rights"]):
            err(f"label mismatch {name} {r['key']}")
        for x in r["rights"]:
            if x not in RIGHTS:
                err(f"bad right {x} in {r['key']}")

    langs = collections.Counter()
    per_right = collections.Counter()
    hdr = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    n_req = n_multi = 0
    digest = hashlib.sha256()
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels.get(f, {"key": "", "rights": []})
        langs[lab["key"][:2]] += 1
        if lab["rights"]:
            n_req += 1
            if len(lab["rights"]) > 1:
                n_multi += 1
        for x in lab["rights"]:
            per_right[x] += 1
        for k in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                err(f"{f}: missing {k}")
        for k in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
                  "Auto-Submitted", "X-Autoreply", "Precedence", "Organization"):
            if msg[k] is not None:
                hdr[k] += 1
        for k in set(msg.keys()):
            if len(msg.get_all(k)) > 1 and k.lower() not in ("received",):
                err(f"{f}: duplicate header {k}")
        shapes[msg.get_content_type()] += 1
        text_found = False
        for part in msg.walk():
            if part.defects:
                err(f"{f}: defects {part.defects}")
            ct = part.get_content_type()
            if part.is_multipart() or ct.startswith("message/"):
                continue
            disp = part.get_content_disposition()
            if disp == "attachment":
                atts[ct] += 1
                part.get_content()
                continue
            if ct.startswith("text/"):
                try:
                    c = part.get_content()
                except Exception as e:  # noqa: BLE001
                    err(f"{f}: cannot decode {ct}: {e}")
                    continue
                if ct in ("text/plain", "text/html"):
                    text_found = True
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        if not text_found:
            err(f"{f}: no text part")
        if msg.defects:
            err(f"{f}: top defects {msg.defects}")

    n = len(files)
    print(f"messages: {n}")
    print(f"requests: {n_req}  negatives: {n - n_req}")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("per-right: " + ", ".join(f"{k}={per_right[k]}" for k in RIGHTS))
    print(f"multi-right requests: {n_multi} ({100.0 * n_multi / max(n_req, 1):.1f}% of requests)")
    print("headers: " + ", ".join(f"{k}={v}" for k, v in sorted(hdr.items())))
    print("MIME shapes: " + ", ".join(f"{k}={v}" for k, v in sorted(shapes.items())))
    print("text-part CTE: " + ", ".join(f"{k}={v}" for k, v in sorted(ctes.items())))
    print("attachments: " + ", ".join(f"{k}={v}" for k, v in sorted(atts.items())))
    for x in RIGHTS:
        if per_right[x] < 12:
            err(f"right {x} only {per_right[x]} times")
    print(f"corpus sha256: {digest.hexdigest()}")
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
