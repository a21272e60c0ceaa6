#!/usr/bin/env python3
"""Parse every b35 .eml with email.policy.default and print corpus counts."""
import collections
import email
import json
import os
import sys
from email.policy import default

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402  (records only; nothing is written)

labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
langs = {r["key"]: r["lang"] for r in generate.load_records()}
files = sorted(f for f in os.listdir(HERE) if f.startswith("b35-") and f.endswith(".eml"))
assert files == sorted(labels), "labels.json and .eml files differ"

c = collections.Counter()
rights = collections.Counter()
lang = collections.Counter()
shapes = collections.Counter()
cte = collections.Counter()
att = collections.Counter()
hdr = collections.Counter()
errors = []
for f in files:
    with open(os.path.join(HERE, f), "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=default)
    if msg.defects:
        errors.append((f, msg.defects))
    for part in msg.walk():
        if part.defects:
            errors.append((f, part.defects))
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()  # must decode
        if part.get_content_disposition() == "attachment":
            att[part.get_content_type()] += 1
        if part.get("Content-Transfer-Encoding") and part.get_content_maintype() == "text":
            cte[part["Content-Transfer-Encoding"].lower()] += 1
    for h in ("From", "To", "Date", "Message-ID"):
        if msg[h] is None:
            errors.append((f, "missing " + h))
    msg["From"], msg["Date"]  # header parsing
    top = msg.get_content_type()
    kinds = sorted({p.get_content_type() for p in msg.walk() if not p.is_multipart()})
    if top == "multipart/report":
        shape = "multipart/report"
    elif top == "multipart/mixed":
        shape = "multipart/mixed (" + ("alternative" if any(p.get_content_type() == "multipart/alternative" for p in msg.walk()) else "text") + " + attachments)"
    else:
        shape = top
    shapes[shape] += 1
    for h in ("In-Reply-To", "List-Unsubscribe", "List-Id", "Auto-Submitted", "X-Autoreply", "Reply-To"):
        if msg[h] is not None:
            hdr[h] += 1
    if msg["Subject"] is None or not str(msg["Subject"]).strip():
        hdr["empty Subject"] += 1
    if "sandra.delomenie@orange.fr" in str(msg["From"]) or "floraisondesoi.fr" in str(msg["From"]):
        hdr["From her own address"] += 1
    lab = labels[f]["rights"]
    c["requests" if lab else "negatives"] += 1
    if len(lab) > 1:
        c["multi-right requests"] += 1
    for r in lab:
        rights[r] += 1
    lang[langs[labels[f]["key"]]] += 1

print("messages:", len(files))
for k in ("requests", "negatives", "multi-right requests"):
    print("%s: %d" % (k, c[k]))
print("languages:", dict(sorted(lang.items())), " French total:", sum(v for k, v in lang.items() if k.startswith("fr")))
print("per right:", dict(sorted(rights.items())))
print("MIME shapes:", dict(sorted(shapes.items())))
print("text part transfer encodings:", dict(sorted(cte.items())))
print("attachments:", dict(sorted(att.items())))
print("headers:", dict(sorted(hdr.items())))
if errors:
    print("PARSE PROBLEMS:", errors)
    sys.exit(1)
print("all files parsed without defects")
