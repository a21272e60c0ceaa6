#!/usr/bin/env python3
"""Parse every b25-*.eml with email.policy.default, cross-check labels.json, print counts."""
import glob
import json
import os
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
          "post_mortem"]


def main():
    import gen  # only for per-record metadata (language, client) – not needed to parse
    meta = {r["key"]: r for r in gen.ALL_RECORDS}
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(glob.glob(os.path.join(HERE, "b25-*.eml")))
    names = [os.path.basename(f) for f in files]
    assert sorted(labels) == names, "labels.json and .eml files differ"
    errors = []
    shapes, ctes, feats, langs, rights, clients = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    req = neg = multi = 0
    for f in files:
        name = os.path.basename(f)
        with open(f, "rb") as fh:
            raw = fh.read()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for k in ("From", "Date", "Message-ID"):
                if msg[k] is None:
                    errors.append("%s: missing %s" % (name, k))
                str(msg[k])
            str(msg["Subject"] or "")
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                if part.defects:
                    errors.append("%s: defects %r" % (name, part.defects))
            body = msg.get_body(preferencelist=("plain", "html"))
            if body is None:
                errors.append("%s: no text body" % name)
        except Exception as e:  # noqa
            errors.append("%s: %s" % (name, e))
            continue
        lab = labels[name]
        rec = meta[lab["key"]]
        assert lab["rights"] == sorted(lab["rights"]) and set(lab["rights"]) <= set(RIGHTS)
        assert lab["rights"] == list(rec["rights"])
        langs[rec["lang"]] += 1
        clients[rec.get("client") or "default"] += 1
        if lab["rights"]:
            req += 1
            for r in lab["rights"]:
                rights[r] += 1
            if len(lab["rights"]) > 1:
                multi += 1
        else:
            neg += 1
        ct = msg.get_content_type()
        types = [p.get_content_type() for p in msg.walk()]
        if ct == "text/plain":
            shape = "text/plain only"
        elif ct == "text/html":
            shape = "text/html only"
        elif ct == "multipart/alternative":
            shape = "multipart/alternative"
        elif ct == "multipart/mixed":
            shape = "multipart/mixed (attachments)"
        elif ct == "multipart/report":
            shape = "multipart/report (bounce)"
        else:
            shape = ct
        shapes[shape] += 1
        if "multipart/related" in types:
            feats["inline image (multipart/related)"] += 1
        if "message/rfc822" in types[1:]:
            feats["attached message/rfc822"] += 1
        for p in msg.walk():
            if p.get_content_disposition() == "attachment":
                feats["attachment " + p.get_content_type()] += 1
        if msg["In-Reply-To"]:
            feats["In-Reply-To header"] += 1
        if msg["List-Unsubscribe"]:
            feats["List-Unsubscribe header"] += 1
        if msg["List-Id"]:
            feats["List-Id header"] += 1
        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            feats["Auto-Submitted / X-Autoreply"] += 1
        if msg["Cc"]:
            feats["Cc header"] += 1
        if msg["Reply-To"]:
            feats["Reply-To header"] += 1
        frm = str(msg["From"]).lower()
        if "sandra.delomenie@orange.fr" in frm or "contact@floraisondesoi.fr" in frm:
            feats["From Sandra's own addresses"] += 1
        text = body.get_content() if body is not None else ""
        if "Envoyé de mon iPhone" in text or "Sent from my iPhone" in text:
            feats["'Envoyé de mon iPhone' / 'Sent from my iPhone'"] += 1
        if any(s in text for s in ("Forwarded message", "Message transféré", "message réexpédié", "Begin forwarded",
                                   "TR:", "Forwarded Message")) or (msg["Subject"] or "").lower().startswith(("fwd", "tr:")):
            feats["forwarded content"] += 1
    print("messages:", len(files))
    print("requests / negatives: %d / %d" % (req, neg))
    print("languages:", dict(sorted(langs.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, rights[r]))
    print("multi-right requests:", multi)
    print("MIME shapes (top level):")
    for k, v in shapes.most_common():
        print("  %-34s %d" % (k, v))
    print("text part transfer encodings:", dict(ctes.most_common()))
    print("features:")
    for k, v in sorted(feats.items()):
        print("  %-48s %d" % (k, v))
    print("client styles:", dict(clients.most_common()))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all %d files parse with email.policy.default: OK" % len(files))


if __name__ == "__main__":
    main()
