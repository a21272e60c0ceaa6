#!/usr/bin/env python3
"""Parse every b30-*.eml with email.policy.default and print corpus counts.

Exit status is non-zero if a file fails to parse, has parser defects, lacks a
required header, or disagrees with labels.json / the records."""
import collections
import email
import re
import json
import os
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_all import RECORDS  # noqa: E402
from records_common import RIGHTS, SANDRA_ADDR, CONTACT_ADDR  # noqa: E402

PREFIX = "b30"

QUOTE_STYLES = [
    ("forwarded inline (---------- Forwarded message)", r"^-+ Forwarded message -+$"),
    ("Outlook FR (De : / Envoyé :)", r"^De : .*\nEnvoyé : "),
    ("Outlook EN (From: / Sent:)", r"^From: .*\nSent: "),
    ("Orange webmail (> Message du)", r"^> Message du "),
    ("Apple Mail FR (> Le ... a écrit :)", r"^> Le .* a écrit :"),
    ("Apple Mail EN (> On ..., at ... wrote:)", r"^> On .*, at .* wrote:"),
    ("Yahoo FR (Le ... UTC+n, ... a écrit :)", r"^Le .* UTC[+-]\d, .*a écrit :"),
    ("Thunderbird FR (Le jj/mm/aaaa à ...)", r"^Le \d\d/\d\d/\d{4} à "),
    ("Gmail FR (Le ... à ..., ... a écrit :)", r"^Le \w+\. \d+ .* a écrit :"),
    ("Gmail/Yahoo EN (On ... wrote:)", r"^On .* wrote:"),
]


def main():
    errors = []
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    by_key = {r["key"]: r for r in RECORDS}
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels.json and .eml files differ")
    if len(by_key) != len(files):
        errors.append("records (%d) != files (%d)" % (len(by_key), len(files)))

    c = collections.Counter()
    langs = collections.Counter()
    rights = collections.Counter()
    combos = collections.Counter()
    shapes = collections.Counter()
    top_types = collections.Counter()
    ctes = collections.Counter()
    att_types = collections.Counter()
    feats = collections.Counter()
    lang_req = collections.Counter()
    quotes = collections.Counter()

    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse error %r" % (f, e))
            continue
        lab = labels.get(f, {})
        rec = by_key.get(lab.get("key"))
        if rec is None:
            errors.append("%s: unknown key %r" % (f, lab.get("key")))
            continue
        if lab["rights"] != sorted(lab["rights"]) or lab["rights"] != rec["rights"]:
            errors.append("%s: rights mismatch" % f)
        for r in lab["rights"]:
            if r not in RIGHTS:
                errors.append("%s: bad right %s" % (f, r))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (f, part.defects))
        if msg.defects:
            errors.append("%s: defects %r" % (f, msg.defects))
        for hname in ("From", "To", "Date", "Message-ID"):
            if msg[hname] is None:
                errors.append("%s: missing %s" % (f, hname))
        try:
            d = msg["Date"].datetime
            if d.year not in (2025, 2026) or d.utcoffset().total_seconds() not in (3600, 7200):
                errors.append("%s: odd date %s" % (f, msg["Date"]))
        except Exception as e:
            errors.append("%s: bad date %r" % (f, e))
        # touch every text part so decoding problems surface
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:
                    errors.append("%s: cannot decode %s: %r" % (f, part.get_content_type(), e))

        c["messages"] += 1
        is_req = bool(lab["rights"])
        c["requests" if is_req else "negatives"] += 1
        langs[rec["lang"]] += 1
        lang_req[("en" if rec["lang"].startswith("en") else "fr", is_req)] += 1
        for r in lab["rights"]:
            rights[r] += 1
        if len(lab["rights"]) > 1:
            c["multi-right requests"] += 1
            combos["+".join(lab["rights"])] += 1

        ct = msg.get_content_type()
        top_types[ct] += 1
        types = [p.get_content_type() for p in msg.walk()]
        if ct == "text/plain":
            shapes["text/plain only"] += 1
        elif ct == "text/html":
            shapes["HTML only"] += 1
        elif ct == "multipart/alternative":
            shapes["multipart/alternative (no attachment)"] += 1
        elif ct == "multipart/report":
            shapes["multipart/report (bounce)"] += 1
        elif ct == "multipart/mixed":
            if "multipart/alternative" in types:
                shapes["multipart/mixed with alternative + attachment(s)"] += 1
            else:
                shapes["multipart/mixed, plain text + attachment(s)"] += 1
        for p in msg.walk():
            if p.get_content_maintype() == "text" and not p.is_attachment():
                ctes[(p["Content-Transfer-Encoding"] or "7bit").lower()] += 1
            if p.is_attachment() or p.get_content_type() == "message/rfc822":
                att_types[p.get_content_type()] += 1
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""
        if frm in (SANDRA_ADDR, CONTACT_ADDR):
            feats["From her own addresses"] += 1
        if msg["In-Reply-To"]:
            feats["In-Reply-To/References (replies)"] += 1
        if msg["Reply-To"]:
            feats["Reply-To"] += 1
        if msg["Cc"]:
            feats["Cc"] += 1
        if msg["Auto-Submitted"] or msg["X-Autoreply"]:
            feats["Auto-Submitted / X-Autoreply"] += 1
        if msg["List-Id"] or msg["List-Unsubscribe"]:
            feats["List-Id / List-Unsubscribe"] += 1
        if msg["Subject"] is None:
            feats["no Subject header"] += 1
        elif str(msg["Subject"]).strip() == "":
            feats["empty Subject"] += 1
        body = ""
        for p in msg.walk():
            if p.get_content_type() == "text/plain" and not p.is_attachment():
                body = p.get_content().replace("\r\n", "\n")
                break
        hits = []
        for label, rx in QUOTE_STYLES:
            mt = re.search(rx, body, re.M)
            if mt:
                hits.append((mt.start(), label))
        if hits:
            quotes[min(hits)[1]] += 1
        if any(t == "text/calendar" for t in types):
            feats["ICS invitation"] += 1

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-52s %4d" % (k, v))

    print("messages:", c["messages"])
    print("requests:", c["requests"], " negatives:", c["negatives"])
    print("multi-right requests:", c["multi-right requests"])
    fr = sum(v for k, v in langs.items() if k.startswith("fr"))
    en = sum(v for k, v in langs.items() if k.startswith("en"))
    print("languages: French %d (%.0f%%), English %d (%.0f%%)" % (
        fr, 100.0 * fr / max(1, c["messages"]), en, 100.0 * en / max(1, c["messages"])))
    show("language variants:", langs)
    show("requests/negatives by language (lang, is_request):", lang_req)
    show("count per right:", rights)
    show("multi-right combinations:", combos)
    show("MIME shapes:", shapes)
    show("top-level content types:", top_types)
    show("text part transfer encodings:", ctes)
    show("attachment types:", att_types)
    show("other features:", feats)
    show("quoted / forwarded history in the text part:", quotes)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all %d files parse with email.policy.default, no defects" % c["messages"])


if __name__ == "__main__":
    main()
