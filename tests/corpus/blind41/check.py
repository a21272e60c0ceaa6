#!/usr/bin/env python3
"""Sanity checks for the b41 corpus (standard library only).

Parses every .eml with email.policy.default, checks for parser/header defects,
checks that every text part decodes, cross-checks labels.json with the record
files and prints counts. Exit status 1 on any failure.
"""
import collections
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from _rec import RIGHTS  # noqa: E402
import records_req_fr, records_req_en, records_neg_fr, records_neg_en  # noqa: E402,E401

PREFIX = "b41"
OWN = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    errors = []
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    recs = {r["key"]: r for m in (records_req_fr, records_req_en, records_neg_fr, records_neg_en)
            for r in m.RECORDS}
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if len(recs) != len(files):
        errors.append("record count %d != file count %d" % (len(recs), len(files)))
    expected = ["%s-%04d.eml" % (PREFIX, i) for i in range(1, len(files) + 1)]
    if files != expected:
        errors.append("file numbering is not contiguous")

    c_lang, c_lang_fine, c_right, c_shape, c_hdr, c_att, c_cte = (collections.Counter() for _ in range(7))
    n_req = n_neg = n_multi = 0
    req_lang = collections.Counter()
    for f in files:
        lab = labels[f]
        rec = recs.get(lab["key"])
        if rec is None:
            errors.append("%s: unknown key %s" % (f, lab["key"]))
            continue
        rights = lab["rights"]
        if rights != sorted(set(rights)) or any(r not in RIGHTS for r in rights):
            errors.append("%s: bad rights %r" % (f, rights))
        if rights != rec["rights"]:
            errors.append("%s: labels.json rights differ from record" % f)
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (f, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (f, k, v.defects))
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                    if not isinstance(txt, str):
                        raise TypeError("not str")
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: text part %s does not decode: %s" % (f, part.get_content_type(), e))
            cte = part.get("Content-Transfer-Encoding")
            if cte and not part.is_multipart():
                c_cte[str(cte).lower()] += 1
            if part.get_content_disposition() == "attachment":
                c_att[part.get_content_type()] += 1
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        lang = rec["lang"]
        c_lang[lang.split("-")[0]] += 1
        c_lang_fine[lang] += 1
        if rights:
            n_req += 1
            req_lang[lang.split("-")[0]] += 1
            if len(rights) > 1:
                n_multi += 1
            for r in rights:
                c_right[r] += 1
        else:
            n_neg += 1
        c_shape[shape(msg)] += 1
        for h in ("Reply-To", "In-Reply-To", "References", "Cc", "Auto-Submitted", "X-Autoreply",
                  "Precedence", "List-Unsubscribe", "List-Id", "X-Mailer", "User-Agent"):
            if msg[h] is not None:
                c_hdr[h] += 1
        if not str(msg["Subject"] or "").strip():
            c_hdr["(empty Subject)"] += 1
        if parseaddr(str(msg["From"]))[1].lower() in OWN:
            c_hdr["(From one of her addresses)"] += 1
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip() or \
                body.get_content().strip() in ("Envoyé de mon iPhone",):
            c_hdr["(empty or signature-only body)"] += 1

    total = len(files)
    print("messages:      %d" % total)
    print("requests:      %d" % n_req)
    print("negatives:     %d" % n_neg)
    print("multi-right:   %d (%.1f%% of requests)" % (n_multi, 100.0 * n_multi / max(n_req, 1)))
    print("languages:     " + ", ".join("%s=%d (%.1f%%)" % (k, v, 100.0 * v / total)
                                        for k, v in sorted(c_lang.items())))
    print("  detail:      " + ", ".join("%s=%d" % kv for kv in sorted(c_lang_fine.items())))
    print("  requests:    " + ", ".join("%s=%d" % kv for kv in sorted(req_lang.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, c_right[r]))
    print("MIME shapes:")
    for k, v in c_shape.most_common():
        print("  %3d  %s" % (v, k))
    print("attachments:")
    for k, v in c_att.most_common():
        print("  %3d  %s" % (v, k))
    print("transfer encodings (leaf parts):")
    for k, v in c_cte.most_common():
        print("  %3d  %s" % (v, k))
    print("headers / features:")
    for k, v in sorted(c_hdr.items()):
        print("  %3d  %s" % (v, k))

    if not 240 <= total <= 260:
        errors.append("message count %d outside 240-260" % total)
    for r in RIGHTS:
        if c_right[r] < 12:
            errors.append("right %s only %d times" % (r, c_right[r]))
    if n_neg < 100:
        errors.append("only %d negatives" % n_neg)
    if not 0.15 <= n_multi / max(n_req, 1) <= 0.25:
        errors.append("multi-right share out of 15-25%%: %d/%d" % (n_multi, n_req))
    if not 0.65 <= c_lang["fr"] / total <= 0.75:
        errors.append("French share out of range")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
