#!/usr/bin/env python3
"""Validate the blind65 corpus: parse, defects, decode, labels vs records, counts, digest."""
import collections, email, hashlib, json, os, sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def main():
    errors = []
    recs = generate.all_records()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    expected = {f"{generate.PREFIX}-{i:04d}.eml": {"key": r["key"], "rights": r["rights"]} for i, r in enumerate(recs, 1)}
    if labels != expected:
        errors.append("labels.json disagrees with records")
    if set(files) != set(expected):
        errors.append("file set disagrees with records")
    c = collections.Counter()
    rights_c, hdr_c, shape_c, cte_c, att_c = (collections.Counter() for _ in range(5))
    digest = hashlib.sha256()
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{f}: defects {part.defects}")
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append(f"{f}: missing {h}")
        for h in ("Cc", "Reply-To", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
                  "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"):
            if msg[h] is not None:
                hdr_c[h] += 1
        shape = msg.get_content_type()
        if msg.is_multipart():
            shape += "[" + ",".join(p.get_content_type() for p in msg.iter_parts()) + "]"
        shape_c[shape] += 1
        ntext = 0
        for part in msg.walk():
            ct = part.get_content_type()
            if part.get_content_maintype() == "text" and not part.is_attachment():
                try:
                    part.get_content()
                    ntext += 1
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{f}: cannot decode {ct}: {e}")
                cte_c[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment():
                att_c[ct] += 1
        if ntext == 0:
            errors.append(f"{f}: no text part")
        lab = labels.get(f, {})
        rs = lab.get("rights", [])
        if any(r not in RIGHTS for r in rs) or rs != sorted(set(rs)):
            errors.append(f"{f}: bad rights {rs}")
        c["messages"] += 1
        c["requests" if rs else "negatives"] += 1
        c["lang_" + lab.get("key", "xx")[:2]] += 1
        if len(rs) > 1:
            c["multi_right"] += 1
        for r in rs:
            rights_c[r] += 1
    digest.update(json.dumps(labels, sort_keys=True).encode())
    print("messages:", c["messages"], " requests:", c["requests"], " negatives:", c["negatives"])
    print("languages: fr", c["lang_fr"], " en", c["lang_en"])
    print("per right:", ", ".join(f"{r}={rights_c[r]}" for r in RIGHTS))
    print(f"multi-right requests: {c['multi_right']} ({100 * c['multi_right'] / max(1, c['requests']):.1f}% of requests)")
    print("headers:", ", ".join(f"{k}={v}" for k, v in sorted(hdr_c.items())))
    print("MIME shapes:")
    for k, v in sorted(shape_c.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {v:4d}  {k}")
    print("text-part transfer encodings:", ", ".join(f"{k}={v}" for k, v in sorted(cte_c.items())))
    print("attachment types:", ", ".join(f"{k}={v}" for k, v in sorted(att_c.items())))
    if any(rights_c[r] < 12 for r in RIGHTS):
        errors.append("some right has fewer than 12 examples")
    print("corpus sha256:", digest.hexdigest())
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
