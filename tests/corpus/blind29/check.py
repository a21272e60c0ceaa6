#!/usr/bin/env python3
"""Parse every b29-*.eml with email.policy.default and print corpus counts.

Exits non-zero if any message fails to parse or disagrees with labels.json.
Language counts come from the record modules (lang field of each record).
"""
import collections
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
PREFIX = "b29"
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
SANDRA_ADDRS = {"sandra.delomenie@orange.fr", "contact@floraisondesoi.fr"}


def main():
    errors = []
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fp:
        labels = json.load(fp)
    try:
        from corpus import ALL
        lang_of = {r["key"]: r["lang"] for r in ALL}
    except Exception as exc:  # pragma: no cover
        print("warning: cannot import records (%s); languages unknown" % exc)
        lang_of = {}

    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")

    n_req = n_neg = n_multi = 0
    per_right = collections.Counter()
    combos = collections.Counter()
    langs = collections.Counter()
    langs_top = collections.Counter()
    lang_req = collections.Counter()
    top_ct = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    features = collections.Counter()
    years = collections.Counter()

    parser = BytesParser(policy=policy.default)
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fp:
            raw = fp.read()
        try:
            msg = parser.parsebytes(raw)
        except Exception as exc:
            errors.append("%s: parse error %s" % (f, exc))
            continue
        if msg.defects:
            errors.append("%s: defects %r" % (f, msg.defects))
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
            years[d.year] += 1
            if d.utcoffset().total_seconds() not in (3600, 7200):
                errors.append("%s: non-Paris offset" % f)
        except Exception as exc:
            errors.append("%s: bad date %s" % (f, exc))
        # decode every leaf part
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() in (
                    "message/rfc822", "message/delivery-status"):
                continue
            try:
                part.get_content()
            except Exception as exc:
                errors.append("%s: cannot decode %s: %s" % (f, part.get_content_type(), exc))
            if part.get_content_maintype() == "text" and not part.is_attachment():
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.is_attachment():
                att_types[part.get_content_type()] += 1
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None and msg.get_content_type() != "multipart/report":
            errors.append("%s: no text body" % f)

        ct = msg.get_content_type()
        top_ct[ct] += 1
        if ct == "text/plain":
            shapes["text/plain only"] += 1
        elif ct == "text/html":
            shapes["HTML only"] += 1
        elif ct == "multipart/alternative":
            shapes["multipart/alternative"] += 1
        elif ct == "multipart/report":
            shapes["multipart/report (bounce)"] += 1
        elif ct == "multipart/mixed":
            inner = [p.get_content_type() for p in msg.iter_parts()]
            if "multipart/alternative" in inner:
                shapes["mixed: alternative + attachments"] += 1
            elif "message/rfc822" in inner:
                shapes["mixed: text + message/rfc822 forward"] += 1
            else:
                shapes["mixed: text + attachments"] += 1
        else:
            shapes[ct] += 1

        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            features["Auto-Submitted / X-Autoreply"] += 1
        if msg["List-Id"] or msg["List-Unsubscribe"]:
            features["List-Id / List-Unsubscribe"] += 1
        if msg["In-Reply-To"]:
            features["In-Reply-To"] += 1
        if msg["Reply-To"]:
            features["Reply-To"] += 1
        if msg["Cc"]:
            features["Cc"] += 1
        subj = msg["Subject"]
        if subj is None or str(subj).strip() == "":
            features["empty/missing Subject"] += 1
        frm = {a.lower() for _, a in getaddresses([str(msg["From"])])}
        if frm & SANDRA_ADDRS:
            features["From Sandra's own addresses"] += 1
        if any(p.is_attachment() for p in msg.walk()):
            features["has attachment(s)"] += 1
        text = body.get_content() if body is not None else ""
        if "> " in text or "\n>" in text or "De : " in text or "From: " in text:
            features["quoted or forwarded history"] += 1

        lab = labels.get(f)
        if lab is None:
            continue
        rights = lab["rights"]
        if rights != sorted(rights) or not set(rights) <= set(RIGHTS):
            errors.append("%s: bad rights %r" % (f, rights))
        lang = lang_of.get(lab["key"], "?")
        langs[lang] += 1
        top = "French" if lang.startswith("fr") else ("English" if lang.startswith("en") else "?")
        langs_top[top] += 1
        if rights:
            n_req += 1
            lang_req[top] += 1
            combos["+".join(rights)] += 1
            if len(rights) > 1:
                n_multi += 1
            for r in rights:
                per_right[r] += 1
        else:
            n_neg += 1

    print("messages:           %d" % len(files))
    print("requests/negatives: %d / %d" % (n_req, n_neg))
    print("multi-right:        %d (%.0f%% of requests)" % (n_multi, 100.0 * n_multi / max(n_req, 1)))
    print("\nlanguages:")
    for k, v in langs_top.most_common():
        print("  %-22s %3d (%.0f%%), requests %d" % (k, v, 100.0 * v / len(files), lang_req[k]))
    for k, v in sorted(langs.items()):
        print("    %-20s %3d" % (k, v))
    print("\nper right:")
    for r in RIGHTS:
        print("  %-18s %3d" % (r, per_right[r]))
    print("\nright combinations:")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %3d" % (k, v))
    print("\nMIME shapes (top level):")
    for k, v in shapes.most_common():
        print("  %-40s %3d" % (k, v))
    print("\nbody Content-Transfer-Encoding (text parts):")
    for k, v in ctes.most_common():
        print("  %-18s %3d" % (k, v))
    print("\nattachment types:")
    for k, v in att_types.most_common():
        print("  %-70s %3d" % (k, v))
    print("\nheader / structure features:")
    for k, v in features.most_common():
        print("  %-36s %3d" % (k, v))
    print("\nyears: " + ", ".join("%d: %d" % kv for kv in sorted(years.items())))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall %d messages parsed OK" % len(files))


if __name__ == "__main__":
    main()
