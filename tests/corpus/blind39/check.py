#!/usr/bin/env python3
"""Check the b39 corpus: parse every .eml with email.policy.default, look for defects,
decode every text part, cross-check labels.json, print counts, and verify that
generate.py is byte-identical under different PYTHONHASHSEED values.

Usage: python3 check.py            (exit status 1 on any problem)
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
sys.path.insert(0, HERE)
import generate  # noqa: E402
from common import RIGHTS  # noqa: E402

PREFIX = "b39"
OWN = {"contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"}
problems = []


def problem(msg):
    problems.append(msg)


def shape(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s[%s]" % (ct, ",".join(shape(p) for p in part.iter_parts()))
    if ct == "message/rfc822":
        return "message/rfc822"
    return ct


def walk_defects(msg, name):
    for part in msg.walk():
        if part.defects:
            problem("%s: defects %r in %s" % (name, part.defects, part.get_content_type()))


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, PREFIX + "-*.eml")))
    recs = {r["key"]: r for r in generate.all_records()}

    if set(files) != set(labels):
        problem("labels.json and .eml files differ: %s" % sorted(set(files) ^ set(labels)))
    expected = ["%s-%04d.eml" % (PREFIX, i) for i in range(1, len(files) + 1)]
    if files != expected:
        problem("file numbering is not contiguous")

    c_lang = collections.Counter()
    c_lang_req = collections.Counter()
    c_right = collections.Counter()
    c_nright = collections.Counter()
    c_top = collections.Counter()
    c_shape = collections.Counter()
    c_cte = collections.Counter()
    c_att = collections.Counter()
    c_hdr = collections.Counter()
    c_year = collections.Counter()
    c_offset = collections.Counter()
    n_req = n_neg = n_own = 0

    for name in files:
        raw = open(os.path.join(HERE, name), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            c_hdr["(8bit bytes in file)"] += 1
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        walk_defects(msg, name)
        lab = labels.get(name, {})
        key = lab.get("key")
        rec = recs.get(key)
        if rec is None:
            problem("%s: unknown key %r" % (name, key))
            continue
        rights = lab.get("rights", [])
        if rights != sorted(rights) or any(r not in RIGHTS for r in rights) or len(set(rights)) != len(rights):
            problem("%s: bad rights %r" % (name, rights))
        if rights != sorted(rec["rights"]):
            problem("%s: labels.json rights differ from record" % name)
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if h not in msg:
                problem("%s: missing %s" % (name, h))
        # headers parse
        try:
            frm = msg["From"].addresses[0].addr_spec.lower()
            _ = msg["Date"].datetime
        except Exception as e:  # noqa: BLE001
            problem("%s: header parse error %s" % (name, e))
            frm = ""
        if frm in OWN:
            n_own += 1
            if rights:
                problem("%s: her own mail labelled as request" % name)
        c_year[msg["Date"].datetime.year] += 1
        c_offset[msg["Date"].datetime.strftime("%z")] += 1
        # text parts decode
        texts = 0
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() == "message/rfc822":
                continue
            ct = part.get_content_type()
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            c_cte[cte] += 1
            if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
                try:
                    t = part.get_content()
                    if not isinstance(t, str):
                        raise TypeError("not str")
                    texts += 1
                except Exception as e:  # noqa: BLE001
                    problem("%s: text part %s does not decode: %s" % (name, ct, e))
            if part.get_content_disposition() == "attachment" or part.get_filename():
                c_att[ct] += 1
                try:
                    data = part.get_content()
                    if ct == "application/pdf" and not data.startswith(b"%PDF-"):
                        problem("%s: bad pdf" % name)
                    if ct == "image/jpeg" and not (data.startswith(b"\xff\xd8") and data.endswith(b"\xff\xd9")):
                        problem("%s: bad jpeg" % name)
                    if ct == "image/png" and not data.startswith(b"\x89PNG"):
                        problem("%s: bad png" % name)
                except Exception as e:  # noqa: BLE001
                    problem("%s: attachment %s does not decode: %s" % (name, ct, e))
        if texts == 0:
            problem("%s: no readable text part" % name)

        c_top[msg.get_content_type()] += 1
        c_shape[shape(msg)] += 1
        for h in ("In-Reply-To", "References", "Reply-To", "Cc", "List-Id", "List-Unsubscribe",
                  "Auto-Submitted", "X-Autoreply", "Precedence", "X-Mailer"):
            if h in msg:
                c_hdr[h] += 1
        if not str(msg.get("Subject", "")).strip():
            c_hdr["(empty Subject)"] += 1

        c_lang[rec["lang"]] += 1
        if rights:
            n_req += 1
            c_lang_req[rec["lang"]] += 1
            c_nright[len(rights)] += 1
            for r in rights:
                c_right[r] += 1
        else:
            n_neg += 1

    total = len(files)
    multi = sum(v for k, v in c_nright.items() if k >= 2)
    print("messages:   %d" % total)
    print("requests:   %d" % n_req)
    print("negatives:  %d  (of which her own sent mail: %d)" % (n_neg, n_own))
    print("languages:  %s" % ", ".join("%s %d (%.1f%%)" % (k, v, 100.0 * v / total) for k, v in sorted(c_lang.items())))
    print("requests by language: %s" % dict(sorted(c_lang_req.items())))
    print("per right:")
    for r in RIGHTS:
        print("  %-17s %d" % (r, c_right[r]))
        if c_right[r] < 12:
            problem("right %s appears only %d times" % (r, c_right[r]))
    print("multi-right requests: %d (%.1f%% of requests); rights per request: %s"
          % (multi, 100.0 * multi / max(n_req, 1), dict(sorted(c_nright.items()))))
    print("top-level content types: %s" % dict(c_top.most_common()))
    print("MIME shapes:")
    for k, v in c_shape.most_common():
        print("  %3d  %s" % (v, k))
    print("leaf Content-Transfer-Encoding: %s" % dict(c_cte.most_common()))
    print("attachments by type: %s" % dict(c_att.most_common()))
    print("headers: %s" % dict(c_hdr.most_common()))
    print("years: %s   UTC offsets: %s" % (dict(sorted(c_year.items())), dict(sorted(c_offset.items()))))

    if not 240 <= total <= 260:
        problem("message count %d outside 240-260" % total)
    if n_neg < 100:
        problem("fewer than 100 negatives")

    # determinism: regenerate twice with different hash seeds and compare with files on disk
    digest_here = {n: hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest()
                   for n in files + ["labels.json"]}
    for seed in ("0", "4242"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), td], check=True,
                           env=env, stdout=subprocess.DEVNULL)
            for n, d in digest_here.items():
                p = os.path.join(td, n)
                if not os.path.exists(p) or hashlib.sha256(open(p, "rb").read()).hexdigest() != d:
                    problem("regeneration with PYTHONHASHSEED=%s differs at %s" % (seed, n))
                    break
    print("determinism: regenerated with PYTHONHASHSEED=0 and 4242 -> %s"
          % ("identical" if not any("regeneration" in p for p in problems) else "DIFFERENT"))

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems[:50]:
            print("  " + p)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
