#!/usr/bin/env python3
"""Parse every b36 .eml with email.policy.default and print corpus counts."""
import email, json, os, sys
from collections import Counter
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import req_fr, req_en, neg_fr, neg_en  # noqa: E402

LANG = {r["key"]: r["lang"] for m in (req_fr, req_en, neg_fr, neg_en) for r in m.RECORDS}
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(HERE) if f.startswith("b36-") and f.endswith(".eml"))
    assert files == sorted(labels), "labels.json and .eml files differ"
    shapes, ctes, feats, langs, per_right = Counter(), Counter(), Counter(), Counter(), Counter()
    req = neg = multi = 0
    lang_split = Counter()
    errors = []
    for fn in files:
        with open(os.path.join(HERE, fn), "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        if msg.defects:
            errors.append((fn, msg.defects))
        for part in msg.walk():
            if part.defects:
                errors.append((fn, part.defects))
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()  # must decode
            cte = part.get("Content-Transfer-Encoding")
            if cte and not part.is_multipart():
                ctes[cte.lower()] += 1
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append((fn, "missing " + h))
        ct = msg.get_content_type()
        if ct == "multipart/mixed":
            inner = msg.get_payload(0).get_content_type()
            shapes["multipart/mixed (body %s) + attachments" % inner] += 1
        else:
            shapes[ct] += 1
        for part in msg.iter_attachments() if msg.is_multipart() and ct != "multipart/report" else []:
            feats["attachment " + part.get_content_type()] += 1
        for h in ("In-Reply-To", "List-Unsubscribe", "List-Id", "Auto-Submitted", "X-Autoreply", "Reply-To"):
            if msg[h] is not None:
                feats["header " + h] += 1
        if not msg["Subject"]:
            feats["empty subject"] += 1
        if "sandra.delomenie@orange.fr" in str(msg["From"]) or "contact@floraisondesoi.fr" in str(msg["From"]):
            feats["from her own address"] += 1
        lab = labels[fn]
        lang = LANG[lab["key"]]
        langs[lang] += 1
        if lab["rights"]:
            req += 1
            lang_split[("request", lang)] += 1
            if len(lab["rights"]) > 1:
                multi += 1
            per_right.update(lab["rights"])
        else:
            neg += 1
            lang_split[("negative", lang)] += 1
    print("messages:", len(files))
    print("requests:", req, " negatives:", neg, " multi-right requests:", multi)
    print("languages:", dict(sorted(langs.items())), " by class:", {"%s/%s" % k: v for k, v in sorted(lang_split.items())})
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("MIME shapes (top level):")
    for k, v in sorted(shapes.items()):
        print("  %-55s %d" % (k, v))
    print("leaf Content-Transfer-Encoding:", dict(sorted(ctes.items())))
    print("features:")
    for k, v in sorted(feats.items()):
        print("  %-45s %d" % (k, v))
    if errors:
        print("PARSE PROBLEMS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("all files parse cleanly")


if __name__ == "__main__":
    main()
