#!/usr/bin/env python3
"""Sanity checks and counts for the b40 corpus (standard library only).

- every .eml parses with email.policy.default without defects
- every text/* part decodes (get_content)
- labels.json and the .eml files match one to one
- regenerates into two temp folders with different PYTHONHASHSEED and compares bytes
Prints counts: messages, requests, negatives, languages, varieties, per right,
multi-right, MIME shapes, attachments, headers.
"""
import collections
import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b40"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
OWN = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")


def shape_of(msg):
    if not msg.is_multipart():
        return msg.get_content_type()
    return msg.get_content_type() + "[" + ",".join(shape_of(p) for p in msg.iter_parts()) + "]"


def main():
    errors = []
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, PREFIX + "-*.eml")))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    expected = ["%s-%04d.eml" % (PREFIX, i) for i in range(1, len(files) + 1)]
    if files != expected:
        errors.append("file numbering not contiguous")

    c = collections.Counter()
    per_right = collections.Counter()
    lang = collections.Counter()
    variety = collections.Counter()
    lang_req = collections.Counter()
    shapes = collections.Counter()
    top = collections.Counter()
    atts = collections.Counter()
    hdrs = collections.Counter()
    ctes = collections.Counter()
    combos = collections.Counter()
    keys = set()
    for name in files:
        lab = labels[name]
        key, rights = lab["key"], lab["rights"]
        if key in keys:
            errors.append("duplicate key " + key)
        keys.add(key)
        if rights != sorted(set(rights)) or any(r not in RIGHTS for r in rights):
            errors.append("%s: bad rights %r" % (name, rights))
        with open(os.path.join(HERE, name), "rb") as f:
            raw = f.read()
        if b"\r\n" not in raw or b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: line endings are not CRLF" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r in %s" % (name, part.defects, part.get_content_type()))
            if part.get_content_maintype() == "text":
                try:
                    t = part.get_content()
                    if not isinstance(t, str):
                        errors.append("%s: text part not str" % name)
                except Exception as e:  # noqa
                    errors.append("%s: cannot decode %s: %s" % (name, part.get_content_type(), e))
            cte = part.get("Content-Transfer-Encoding")
            if cte and not part.is_multipart():
                ctes[str(cte).lower()] += 1
            if part.get_content_disposition() == "attachment" or (
                    part.get_content_disposition() == "inline" and part.get_filename()):
                atts[part.get_content_type()] += 1
        for h in ("From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        for h in ("Reply-To", "Cc", "In-Reply-To", "References", "Auto-Submitted", "X-Autoreply",
                  "Precedence", "List-Unsubscribe", "List-Id", "X-Mailer"):
            if msg[h] is not None:
                hdrs[h] += 1
        if msg["Subject"] is None:
            hdrs["(no Subject header)"] += 1
        elif str(msg["Subject"]).strip() == "":
            hdrs["(empty Subject)"] += 1
        frm = str(msg["From"]).lower()
        if any(o in frm for o in OWN):
            hdrs["(From one of Sandra's addresses)"] += 1
        l = key.split(".")[0]
        lang[l] += 1
        variety[key.split(".")[0] + "." + key.split(".")[1]] += 1
        c["messages"] += 1
        if rights:
            c["requests"] += 1
            lang_req[l] += 1
            if len(rights) > 1:
                c["multi-right requests"] += 1
                combos["+".join(rights)] += 1
            for r in rights:
                per_right[r] += 1
        else:
            c["negatives"] += 1
        shapes[shape_of(msg)] += 1
        top[msg.get_content_type()] += 1

    # determinism: regenerate twice with different hash seeds and compare
    want = {n: hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest() for n in files}
    want["labels.json"] = hashlib.sha256(open(os.path.join(HERE, "labels.json"), "rb").read()).hexdigest()
    for seed in ("0", "12345"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1")
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", td],
                           check=True, env=env, stdout=subprocess.DEVNULL)
            got = {os.path.basename(p): hashlib.sha256(open(p, "rb").read()).hexdigest()
                   for p in glob.glob(os.path.join(td, "*")) if not p.endswith(".py")}
            if got != want:
                diff = sorted(k for k in set(got) | set(want) if got.get(k) != want.get(k))
                errors.append("regeneration with PYTHONHASHSEED=%s differs: %s" % (seed, diff[:5]))

    n = c["messages"]
    print("messages: %d" % n)
    print("requests: %d   negatives: %d" % (c["requests"], c["negatives"]))
    print("multi-right requests: %d (%.1f%% of requests)" % (
        c["multi-right requests"], 100.0 * c["multi-right requests"] / max(1, c["requests"])))
    print("languages: " + ", ".join("%s %d (%.0f%%, %d requests)" % (k, v, 100.0 * v / n, lang_req[k])
                                    for k, v in sorted(lang.items())))
    print("varieties: " + ", ".join("%s %d" % kv for kv in sorted(variety.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, per_right[r]))
    print("right combinations:")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %d" % (k, v))
    print("top-level content types:")
    for k, v in sorted(top.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-30s %d" % (k, v))
    print("MIME shapes:")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-90s %d" % (k, v))
    print("attachments: " + ", ".join("%s %d" % kv for kv in sorted(atts.items())))
    print("transfer encodings: " + ", ".join("%s %d" % kv for kv in sorted(ctes.items())))
    print("headers:")
    for k, v in sorted(hdrs.items()):
        print("  %-34s %d" % (k, v))
    # brief targets
    if not 240 <= n <= 260:
        errors.append("message count %d outside 240-260" % n)
    for r in RIGHTS:
        if per_right[r] < 12:
            errors.append("right %s only %d times" % (r, per_right[r]))
    share = c["multi-right requests"] / max(1, c["requests"])
    if not 0.15 <= share <= 0.25:
        errors.append("multi-right share %.2f outside 15-25%%" % share)
    if c["negatives"] < 100:
        errors.append("fewer than 100 negatives")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
