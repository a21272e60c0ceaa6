#!/usr/bin/env python3
"""Parse every b27-*.eml with email.policy.default and print corpus counts."""
import collections
import email
import email.policy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import ALL  # noqa: E402

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]


def shape(msg):
    ct = msg.get_content_type()
    if ct == "multipart/report":
        return "multipart/report (bounce)"
    if ct == "multipart/mixed":
        inner = [p.get_content_type() for p in msg.iter_parts()]
        body = "multipart/alternative" if "multipart/alternative" in inner else inner[0]
        return "multipart/mixed (%s + attachments)" % body
    return ct


LEGAL = re.compile(r"rgpd|gdpr|article \d|art\. ?\d|donn[ée]es (personnelles|à caractère)|personal data|"
                   r"droit (d'|à l'|de )|right to|effacement|erasure|portabilit|consentement|consent|"
                   r"cnil|\bico\b|dpa\b|subject access|limitation du traitement|opposition", re.I)


def new_text(body):
    """Approximate the newly written text: drop quoted lines and history blocks."""
    for cut in ("________________________________", "---------- Forwarded", "-----Message d'origine"):
        body = body.split(cut)[0]
    return "\n".join(l for l in body.split("\n") if not l.startswith(">"))


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    by_key = {r["key"]: r for r in ALL}
    files = sorted(f for f in os.listdir(HERE) if f.startswith("b27-") and f.endswith(".eml"))
    assert files == sorted(labels), "labels.json and .eml files differ"
    problems = 0
    langs = collections.Counter()
    per_right = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    n_req = n_neg = n_multi = 0
    sizes = collections.Counter()
    feats = collections.Counter()
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels[f]
        rec = by_key[lab["key"]]
        if lab["rights"] != sorted(rec["rights"]) or any(r not in RIGHTS for r in lab["rights"]):
            print("LABEL MISMATCH", f); problems += 1
        for h in ("Message-ID", "In-Reply-To", "References", "List-Unsubscribe", "List-Id"):
            if "=?" in str(msg.get(h, "")):
                print("ENCODED ID HEADER", h, f); problems += 1
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                print("MISSING", h, f); problems += 1
        if msg.defects:
            print("DEFECTS", f, msg.defects); problems += 1
        for part in msg.walk():
            if part.defects:
                print("PART DEFECTS", f, part.get_content_type(), part.defects); problems += 1
            if not part.is_multipart() and part.get_content_maintype() == "text" \
                    and not part.get_filename():
                part.get_content()  # must decode
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_filename():
                att_types[part.get_content_type()] += 1
            if part.get_content_type() == "message/rfc822":
                att_types["message/rfc822"] += 1
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None and msg.get_content_type() != "multipart/report":
            print("NO BODY", f); problems += 1
        langs[rec["lang"]] += 1
        shapes[shape(msg)] += 1
        rights = lab["rights"]
        if rights:
            n_req += 1
            if len(rights) > 1:
                n_multi += 1
                sizes[len(rights)] += 1
        else:
            n_neg += 1
        for r in rights:
            per_right[r] += 1
        if msg["In-Reply-To"]:
            feats["In-Reply-To"] += 1
        if msg["Reply-To"]:
            feats["Reply-To"] += 1
        if msg["Cc"]:
            feats["Cc"] += 1
        if msg["List-Unsubscribe"] or msg["List-Id"]:
            feats["List-Unsubscribe/List-Id"] += 1
        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            feats["Auto-Submitted/X-Autoreply"] += 1
        if not (msg["Subject"] or "").strip():
            feats["empty Subject"] += 1
        if msg["From"].addresses[0].addr_spec in ("sandra.delomenie@orange.fr",
                                                  "contact@floraisondesoi.fr"):
            feats["From Sandra's own addresses"] += 1
    print("messages:", len(files))
    print("requests:", n_req, " negatives:", n_neg)
    print("languages:", dict(sorted(langs.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("multi-right requests:", n_multi, dict(sorted(sizes.items())))
    print("MIME shapes:")
    for k, v in shapes.most_common():
        print("  %-55s %d" % (k, v))
    print("text part transfer encodings:", dict(ctes.most_common()))
    print("attachments:", dict(att_types.most_common()))
    print("header features:", dict(sorted(feats.items())))
    req_plain = sum(1 for r in ALL if r["rights"] and not LEGAL.search(new_text(r["body"])))
    neg_legal = sum(1 for r in ALL if not r["rights"] and LEGAL.search(new_text(r["body"])))
    print("theme (approx., regex on new text): requests with no legal vocabulary: %d/%d;"
          " negatives with legal vocabulary: %d/%d" % (req_plain, n_req, neg_legal, n_neg))
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
