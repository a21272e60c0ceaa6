#!/usr/bin/env python3
"""Validate the b50 corpus: parse, defects, decode, labels vs records, counts, digest."""
import collections, hashlib, json, os, sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (only its record loader and ordering are used)

HEADERS = ["Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "User-Agent", "List-Id",
           "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence"]


def main():
    errors = []
    recs = generate.load_records()
    bykey = {r["key"]: r for r in recs}
    if len(bykey) != len(recs):
        errors.append("duplicate record keys")
    for r in recs:
        if not r["key"].startswith(("fr-", "en-")):
            errors.append(f"bad key {r['key']}")
        for x in r.get("rights", []):
            if x not in generate.RIGHTS:
                errors.append(f"{r['key']}: unknown right {x}")
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    expected = {f"{generate.PREFIX}-{i:04d}.eml": r["key"] for i, r in enumerate(generate.ordered(recs), 1)}
    files = sorted(f for f in os.listdir(HERE) if f.startswith(generate.PREFIX + "-") and f.endswith(".eml"))
    if files != sorted(expected) or sorted(labels) != sorted(expected):
        errors.append("file set / labels.json / records disagree")

    c = collections.Counter()
    rights_c = collections.Counter()
    hdr_c = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    digest = hashlib.sha256()
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + raw + b"\0")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels.get(f, {})
        key = expected.get(f)
        rec = bykey.get(key)
        if rec is None or lab.get("key") != key or lab.get("rights") != sorted(rec.get("rights", [])):
            errors.append(f"{f}: label mismatch")
            continue
        for part in msg.walk():
            if part.defects:
                errors.append(f"{f}: defects {part.defects}")
        if msg.defects:
            errors.append(f"{f}: defects {msg.defects}")
        for h in ("From", "To", "Date", "Message-ID"):
            if not msg[h]:
                errors.append(f"{f}: missing {h}")
        for h in HEADERS:
            if msg[h] is not None:
                hdr_c[h] += 1
        # shape
        def shape(p):
            if p.is_multipart():
                return p.get_content_type() + "(" + ",".join(shape(s) for s in p.iter_parts()) + ")"
            return p.get_content_type()
        shapes[shape(msg) if not msg.is_multipart() or msg.get_content_type() != "multipart/mixed"
               else "multipart/mixed(" + ",".join(
                   ("attachment" if s.get_content_disposition() == "attachment" else shape(s)) for s in msg.iter_parts()) + ")"] += 1
        ntext = 0
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if part.get_content_disposition() == "attachment":
                atts[ct] += 1
                part.get_content()
                continue
            if ct.startswith("text/") and ct not in ("text/rfc822-headers",):
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{f}: cannot decode {ct}: {e}")
                    continue
                if not isinstance(txt, str):
                    errors.append(f"{f}: non-str text")
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                ntext += 1
        if ntext == 0 and msg.get_content_type() != "multipart/report":
            errors.append(f"{f}: no text part")
        rights = lab["rights"]
        lang = key[:2]
        c["messages"] += 1
        c["lang_" + lang] += 1
        if rights:
            c["requests"] += 1
            c["requests_" + lang] += 1
            if len(rights) > 1:
                c["multi"] += 1
            for x in rights:
                rights_c[x] += 1
        else:
            c["negatives"] += 1
            c["negatives_" + lang] += 1
    digest.update(open(os.path.join(HERE, "labels.json"), "rb").read())

    n = c["messages"]
    print(f"messages: {n}")
    print(f"requests: {c['requests']}  negatives: {c['negatives']}")
    print(f"languages: fr={c['lang_fr']} ({100*c['lang_fr']/max(n,1):.1f}%)  en={c['lang_en']} ({100*c['lang_en']/max(n,1):.1f}%)")
    print(f"  requests fr={c['requests_fr']} en={c['requests_en']}; negatives fr={c['negatives_fr']} en={c['negatives_en']}")
    print("per-right counts:")
    for x in generate.RIGHTS:
        print(f"  {x:17s} {rights_c[x]}")
    print(f"multi-right requests: {c['multi']} ({100*c['multi']/max(c['requests'],1):.1f}% of requests)")
    print("header counts:")
    for h in HEADERS:
        print(f"  {h:17s} {hdr_c[h]}")
    print("MIME shapes:")
    for s, k in sorted(shapes.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:4d}  {s}")
    print("text-part transfer encodings:")
    for s, k in sorted(ctes.items()):
        print(f"  {s:17s} {k}")
    print("attachment types:")
    for s, k in sorted(atts.items()):
        print(f"  {s:17s} {k}")
    for x in generate.RIGHTS:
        if rights_c[x] < 12:
            errors.append(f"right {x} has only {rights_c[x]} examples")
    print(f"corpus sha256: {digest.hexdigest()}")
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
