#!/usr/bin/env python3
"""Parse every b31-*.eml with email.policy.default and print corpus counts."""
import collections
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_requests import RECORDS as REQUESTS  # noqa: E402
from records_negatives import RECORDS as NEGATIVES  # noqa: E402

PREFIX = "b31"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def shape_of(msg):
    ct = msg.get_content_type()
    if ct == "multipart/report":
        return "multipart/report (bounce)"
    if ct == "multipart/mixed":
        inner = [p.get_content_type() for p in msg.iter_parts()]
        body = inner[0] if inner else "?"
        return "multipart/mixed (%s + attachments)" % body
    if ct == "multipart/alternative":
        return "multipart/alternative (text + html)"
    return ct


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    records = {r["key"]: r for r in list(REQUESTS) + list(NEGATIVES)}
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    errors = []
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    per_right = collections.Counter()
    langs = collections.Counter()
    variants = collections.Counter()
    shapes = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    feats = collections.Counter()
    n_req = n_neg = n_multi = 0
    combos = collections.Counter()
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
        except Exception as exc:  # pragma: no cover
            errors.append("%s: parse error %s" % (f, exc))
            continue
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (f, part.defects))
        for h in ("From", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        for h in ("Message-ID", "In-Reply-To", "References"):
            if msg[h] is not None and "=?" in str(msg[h]):
                errors.append("%s: encoded %s" % (f, h))
        if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
            errors.append("%s: line endings are not CRLF" % f)
        # make sure every text part decodes
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:
                    errors.append("%s: undecodable text part %s" % (f, exc))
        lab = labels[f]
        rec = records.get(lab["key"])
        if rec is None:
            errors.append("%s: key %s not in records" % (f, lab["key"]))
            continue
        if sorted(rec["rights"]) != lab["rights"]:
            errors.append("%s: rights mismatch" % f)
        rights = lab["rights"]
        if rights:
            n_req += 1
            if len(rights) > 1:
                n_multi += 1
                combos["+".join(rights)] += 1
        else:
            n_neg += 1
        for r in rights:
            per_right[r] += 1
        langs[rec["lang"]] += 1
        variants["%s-%s" % (rec["lang"], rec.get("var", "?"))] += 1
        shapes[shape_of(msg)] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_disposition() == "attachment":
                att_types[part.get_content_type()] += 1
            elif part.get_content_maintype() == "text":
                ctes["%s %s" % (part.get_content_type(), part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
        if msg["In-Reply-To"]:
            feats["reply (In-Reply-To)"] += 1
        if msg["List-Unsubscribe"] or msg["List-Id"]:
            feats["List-Unsubscribe / List-Id"] += 1
        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            feats["Auto-Submitted / X-Autoreply"] += 1
        if msg["Reply-To"]:
            feats["Reply-To"] += 1
        if msg["Cc"]:
            feats["Cc"] += 1
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""
        if frm in ("sandra.delomenie@orange.fr", "contact@floraisondesoi.fr"):
            feats["from her own addresses"] += 1
        subj = msg["Subject"]
        if subj is None or not str(subj).strip():
            feats["empty or missing Subject"] += 1
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None and msg.get_content_type() != "multipart/report":
            text = body.get_content()
            new = []
            for line in text.splitlines():
                if line.startswith(">") or re.match(r"^(Le .* a écrit|On .* wrote:|_{10,}|-{5,} ?Forwarded|De : |From: )", line):
                    break
                new.append(line)
            words = len(" ".join(new).split())
            if words <= 12:
                feats["new text <= 12 words"] += 1
            if not "".join(new).strip() or re.fullmatch(r"\s*(Envoyé|Sent) .*\s*", "\n".join(new), re.S):
                feats["empty body or phone footer only"] += 1
            if re.search(r"\n(Envoyé de mon|Envoyé depuis|Sent from my|Get Outlook|Obtenir Outlook|Sent from Proton)", text):
                feats["phone/app footer"] += 1
            if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", text):
                feats["emoji in body"] += 1
    near = 0
    for fn in ("records_requests.py", "records_negatives.py"):
        near += sum(1 for line in open(os.path.join(HERE, fn), encoding="utf-8") if "# NEAR-LINE:" in line)

    total = len(files)
    print("messages: %d" % total)
    print("requests: %d   negatives: %d" % (n_req, n_neg))
    print("multi-right requests: %d (%.0f%% of requests)" % (n_multi, 100.0 * n_multi / max(n_req, 1)))
    for k, v in sorted(combos.items()):
        print("    %-40s %d" % (k, v))
    print("per right:")
    for r in RIGHTS:
        print("    %-18s %d" % (r, per_right[r]))
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / total) for k, v in sorted(langs.items())))
    print("language variants:")
    for k, v in sorted(variants.items()):
        print("    %-16s %d" % (k, v))
    print("MIME shapes (top level):")
    for k, v in sorted(shapes.items(), key=lambda kv: -kv[1]):
        print("    %-52s %d" % (k, v))
    print("text parts by transfer encoding:")
    for k, v in sorted(ctes.items()):
        print("    %-40s %d" % (k, v))
    print("attachments:")
    for k, v in sorted(att_types.items()):
        print("    %-40s %d" % (k, v))
    print("features:")
    for k, v in sorted(feats.items()):
        print("    %-40s %d" % (k, v))
    print("NEAR-LINE comments: %d" % near)
    low = [r for r in RIGHTS if per_right[r] < 12]
    if low:
        errors.append("rights under 12: %s" % low)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall %d files parse cleanly with email.policy.default" % total)


if __name__ == "__main__":
    main()
