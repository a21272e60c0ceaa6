#!/usr/bin/env python3
"""Validate the b42 corpus: parse every .eml with email.policy.default, look for
defects, make sure every text part decodes, and print the corpus counts.
Exit status 1 if anything fails. Standard library only."""
import collections
import glob
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b42"
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
SANDRA = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}
HEADERS = ["Reply-To", "In-Reply-To", "References", "Cc", "List-Id", "List-Unsubscribe",
           "Auto-Submitted", "X-Autoreply", "Precedence", "X-Mailer"]


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    return ct


def main():
    errors = []
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, PREFIX + "-*.eml")))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    expected = ["%s-%04d.eml" % (PREFIX, i) for i in range(1, len(files) + 1)]
    if files != expected:
        errors.append("file names are not a contiguous sequence")
    keys = [v["key"] for v in labels.values()]
    if len(set(keys)) != len(keys):
        errors.append("duplicate record keys")

    n_req = n_neg = multi = 0
    per_right = collections.Counter()
    langs = collections.Counter()
    langs_req = collections.Counter()
    shapes = collections.Counter()
    hdrs = collections.Counter()
    ctes = collections.Counter()
    atts = collections.Counter()
    empty_subject = 0
    digest = hashlib.sha256()

    for name in files:
        path = os.path.join(HERE, name)
        with open(path, "rb") as f:
            raw = f.read()
        digest.update(name.encode() + b"\0" + raw)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        lab = labels.get(name, {"key": "?", "rights": []})
        rights = lab["rights"]
        if rights != sorted(set(rights)) or any(r not in RIGHTS for r in rights):
            errors.append("%s: bad rights %r" % (name, rights))
        lang = lab["key"].split("-", 1)[0]
        if lang not in ("fr", "en"):
            errors.append("%s: key without fr-/en- prefix" % name)
        langs[lang] += 1
        if rights:
            n_req += 1
            langs_req[lang] += 1
            per_right.update(rights)
            if len(rights) > 1:
                multi += 1
        else:
            n_neg += 1
        for h in ("From", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"] and msg["From"].addresses else ""
        if frm in SANDRA and rights:
            errors.append("%s: Sandra's own mail labelled as request" % name)
        for k, v in msg.items():
            for d in getattr(v, "defects", ()):
                errors.append("%s: header %s defect %r" % (name, k, d))
        subj = msg["Subject"]
        if subj is None or not str(subj).strip():
            empty_subject += 1
        for h in HEADERS:
            if msg[h] is not None:
                hdrs[h] += 1
        shapes[shape(msg)] += 1
        for part in msg.walk():
            for d in part.defects:
                errors.append("%s: %s defect %r" % (name, part.get_content_type(), d))
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if part.get_content_disposition() == "attachment" or ct.startswith(("image/", "application/")):
                atts[ct] += 1
            if part.get_content_maintype() == "text":
                ctes["%s %s" % (ct, part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
                try:
                    text = part.get_content()
                    if not isinstance(text, str):
                        errors.append("%s: text part did not decode to str" % name)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: text part does not decode: %r" % (name, e))
            elif part.get_content_maintype() not in ("message",):
                part.get_content()

    total = len(files)
    print("messages      %d" % total)
    print("requests      %d" % n_req)
    print("negatives     %d" % n_neg)
    print("languages     %s" % dict(sorted(langs.items())))
    print("requests/lang %s" % dict(sorted(langs_req.items())))
    print("multi-right   %d (%.1f%% of requests)" % (multi, 100.0 * multi / max(n_req, 1)))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("empty subject %d" % empty_subject)
    print("headers:")
    for h in HEADERS:
        print("  %-17s %d" % (h, hdrs[h]))
    print("MIME shapes:")
    for s, c in shapes.most_common():
        print("  %4d  %s" % (c, s))
    print("text parts (type, transfer-encoding):")
    for s, c in sorted(ctes.items()):
        print("  %4d  %s" % (c, s))
    print("attachments / non-text leaves:")
    for s, c in atts.most_common():
        print("  %4d  %s" % (c, s))
    print("corpus sha256 %s" % digest.hexdigest())

    # corpus requirements from the brief
    if not 240 <= total <= 260:
        errors.append("message count %d outside 240-260" % total)
    for r in RIGHTS:
        if per_right[r] < 12:
            errors.append("right %s appears %d times (<12)" % (r, per_right[r]))
    if n_req and not 0.15 <= multi / n_req <= 0.25:
        errors.append("multi-right share %.2f outside 15-25%%" % (multi / n_req))
    if n_neg < 100:
        errors.append("only %d negatives" % n_neg)
    if total and not 0.65 <= langs["fr"] / total <= 0.75:
        errors.append("French share %.2f not about 70%%" % (langs["fr"] / total))

    if errors:
        print("\nFAIL (%d problems)" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nPASS")


if __name__ == "__main__":
    main()
