#!/usr/bin/env python3
"""Deterministic generator for the b9 held-out corpus (DSR Desk evaluation).

Reads the message records from records_requests.py and records_negatives.py (same folder),
writes b9-NNNN.eml and labels.json next to this script. Standard library only; output is
byte-identical across runs (dates, Message-IDs and MIME boundaries derive from sha256 of keys).
"""
import datetime
import hashlib
import html
import json
import os
import re
import sys
from email import policy
from email.message import EmailMessage, MIMEPart, Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import records_requests  # noqa: E402
import records_negatives  # noqa: E402

PREFIX = "b9"
SANDRA = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
SANDRA_PRO = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}

JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def hint(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1) if month < 12 else datetime.date(year, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(dt_naive):
    """Attach the Europe/Paris offset (CET/CEST) to a naive local datetime."""
    y = dt_naive.year
    start = datetime.datetime.combine(last_sunday(y, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(last_sunday(y, 10), datetime.time(3, 0))
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def record_date(rec):
    if rec.get("date"):
        return paris(datetime.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M"))
    n = hint("date:" + rec["key"])
    day = n % 530  # 2025-01-06 .. mid 2026
    minute = (n // 530) % (15 * 60)
    base = datetime.datetime(2025, 1, 6, 7, 0) + datetime.timedelta(days=day, minutes=minute)
    return paris(base)


def addr(pair):
    name, a = pair
    if not name:
        return a
    return f"{name} <{a}>"


def fr_date(dt, long=False):
    if long:
        return f"{JOURS_L[dt.weekday()]} {dt.day} {MOIS_L[dt.month - 1]} {dt.year} {dt:%H:%M}"
    return f"{JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month - 1]} {dt.year} à {dt:%H:%M}"


def en_date(dt):
    hr = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{DAYS_EN[dt.weekday()]}, {MON_EN[dt.month - 1]} {dt.day}, {dt.year} at {hr}:{dt:%M} {ampm}"


def quote_block(rec, dt):
    """Render quoted history below the new text."""
    q = rec["quote"]
    style = q["style"]
    who = q.get("who", SANDRA)
    to = q.get("to", rec["frm"])
    qdt = dt - datetime.timedelta(days=1 + hint("q" + rec["key"]) % 9, minutes=hint("m" + rec["key"]) % 300)
    text = q["text"].strip("\n")
    subj = q.get("subject") or re.sub(r"^((re|tr|fw|fwd|aw)\s*:\s*)+", "", rec["subj"], flags=re.I)
    quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail_fr":
        return f"\n\nLe {fr_date(qdt)}, {who[0]} <{who[1]}> a écrit :\n{quoted}\n"
    if style == "gmail_en":
        return f"\n\nOn {en_date(qdt)} {who[0]} <{who[1]}> wrote:\n{quoted}\n"
    if style == "apple_fr":
        return f"\n\n> Le {qdt.day} {MOIS_L[qdt.month - 1]} {qdt.year} à {qdt:%H:%M}, {who[0]} <{who[1]}> a écrit :\n>\n{quoted}\n"
    if style == "apple_en":
        return f"\n\n> On {qdt.day} {MON_EN[qdt.month - 1]} {qdt.year}, at {qdt:%H:%M}, {who[0]} <{who[1]}> wrote:\n>\n{quoted}\n"
    if style == "outlook_fr":
        return (f"\n\n________________________________\nDe : {who[0]} <{who[1]}>\n"
                f"Envoyé : {fr_date(qdt, True)}\nÀ : {addr(to)}\nObjet : {subj}\n\n{text}\n")
    if style == "outlook_en":
        hr = qdt.hour % 12 or 12
        return (f"\n\n-----Original Message-----\nFrom: {who[0]} <{who[1]}>\n"
                f"Sent: {DAYS_EN_L[qdt.weekday()]}, {MON_EN_L[qdt.month - 1]} {qdt.day}, {qdt.year} {hr}:{qdt:%M} {'AM' if qdt.hour < 12 else 'PM'}\n"
                f"To: {addr(to)}\nSubject: {subj}\n\n{text}\n")
    raise ValueError(style)


def fwd_block(rec, dt):
    f = rec["fwd"]
    fdt = dt - datetime.timedelta(days=2 + hint("f" + rec["key"]) % 20, minutes=hint("fm" + rec["key"]) % 500)
    who = f["who"]
    to = f.get("to", SANDRA)
    if f.get("lang", rec["lang"]) == "fr":
        head = (f"\n\n---------- Message transféré ---------\nDe : {who[0]} <{who[1]}>\n"
                f"Date : {fr_date(fdt)}\nObjet : {f['subject']}\nÀ : {addr(to)}\n\n")
    else:
        head = (f"\n\n---------- Forwarded message ---------\nFrom: {who[0]} <{who[1]}>\n"
                f"Date: {en_date(fdt)}\nSubject: {f['subject']}\nTo: {addr(to)}\n\n")
    return head + f["text"].strip("\n") + "\n"


def to_html(text):
    out = []
    in_q = False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            body = "<br>\n".join(html.escape(l.lstrip(">").lstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{body}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


def fake_bytes(fname, key):
    ext = fname.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256((key + fname).encode()).digest()
    if ext == "pdf":
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% " + seed.hex().encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed * 8 + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + seed * 8
    if ext in ("txt", "csv", "ics"):
        return ("fichier joint " + fname + "\n" + seed.hex() + "\n").encode()
    return b"PK\x03\x04" + seed * 6


def ctype_for(fname):
    ext = fname.rsplit(".", 1)[-1].lower()
    return {
        "pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
        "png": ("image", "png"), "txt": ("text", "plain"), "csv": ("text", "csv"),
        "ics": ("text", "calendar"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    }.get(ext, ("application", "octet-stream"))


def msgid(rec, domain=None):
    a = rec["frm"][1]
    dom = domain or a.split("@", 1)[1]
    if dom in ("gmail.com", "googlemail.com"):
        return f"<CAF{h('mid' + rec['key'], 28).upper()}@mail.gmail.com>"
    return f"<{h('mid' + rec['key'], 12)}.{h('mid2' + rec['key'], 8)}@{dom}>"


def build(rec):
    dt = record_date(rec)
    body = rec.get("body", "").strip("\n") + "\n"
    if rec.get("fwd"):
        body = body.rstrip("\n") + fwd_block(rec, dt)
    if rec.get("quote"):
        body = body.rstrip("\n") + quote_block(rec, dt)

    if rec.get("kind") == "bounce":
        msg = EmailMessage()
    else:
        msg = EmailMessage()
    msg["From"] = addr(rec["frm"])
    msg["To"] = rec.get("to", addr(SANDRA))
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(rec)
    if rec.get("quote") or rec.get("reply"):
        pdom = rec.get("parent_domain") or (rec["quote"].get("who", SANDRA)[1].split("@", 1)[1] if rec.get("quote") else "orange.fr")
        parent = f"<{h('parent' + rec['key'], 20)}@{pdom}>"
        msg["In-Reply-To"] = parent
        msg["References"] = (f"<{h('root' + rec['key'], 20)}@{pdom}> " + parent) if rec.get("deep") else parent
    for k, v in rec.get("headers", {}).items():
        msg[k] = v

    shape = rec.get("shape", "plain")
    if rec.get("kind") == "bounce":
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        p1 = MIMEPart()
        p1.set_content(body)
        p2 = MIMEPart()
        p2["Content-Type"] = "message/delivery-status"
        b1 = Message()
        b1["Reporting-MTA"] = "dns; " + rec["frm"][1].split("@")[1]
        b1["Arrival-Date"] = format_datetime(dt)
        b2 = Message()
        b2["Final-Recipient"] = "rfc822; " + rec["bounce_rcpt"]
        b2["Action"] = "failed"
        b2["Status"] = rec.get("bounce_status", "5.1.1")
        b2["Diagnostic-Code"] = rec.get("bounce_diag", "smtp; 550 5.1.1 user unknown")
        p2.attach(b1)
        p2.attach(b2)
        inner = EmailMessage()
        inner["From"] = addr(SANDRA)
        inner["To"] = rec["bounce_rcpt"]
        inner["Subject"] = rec["orig_subj"]
        inner["Date"] = format_datetime(dt - datetime.timedelta(minutes=2))
        inner["Message-ID"] = f"<{h('orig' + rec['key'], 20)}@orange.fr>"
        inner.set_content(rec["orig_body"].strip("\n") + "\n")
        p3 = MIMEPart()
        p3.set_content(inner)
        msg.attach(p1)
        msg.attach(p2)
        msg.attach(p3)
    else:
        if shape == "plain":
            msg.set_content(body)
        elif shape == "qp":
            msg.set_content(body, cte="quoted-printable")
        elif shape == "b64":
            msg.set_content(body, cte="base64")
        elif shape == "html":
            msg.set_content(rec.get("html") or to_html(body), subtype="html",
                            cte=rec.get("html_cte", "quoted-printable"))
        elif shape in ("alt", "alt_b64"):
            msg.set_content(body, cte="base64" if shape == "alt_b64" else "quoted-printable")
            msg.add_alternative(rec.get("html") or to_html(body), subtype="html",
                                cte="base64" if shape == "alt_b64" else "quoted-printable")
        else:
            raise ValueError(shape)
        for fname in rec.get("att", []):
            mt, st = ctype_for(fname)
            data = fake_bytes(fname, rec["key"])
            if mt == "text":
                msg.add_attachment(data.decode(), subtype=st, filename=fname)
            else:
                msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        if rec.get("rfc822"):
            r = rec["rfc822"]
            inner = EmailMessage()
            inner["From"] = addr(r["who"])
            inner["To"] = r.get("to", addr(SANDRA))
            inner["Subject"] = r["subject"]
            inner["Date"] = format_datetime(dt - datetime.timedelta(days=3))
            inner["Message-ID"] = f"<{h('inner' + rec['key'], 20)}@{r['who'][1].split('@')[1]}>"
            inner.set_content(r["text"].strip("\n") + "\n")
            msg.add_attachment(inner)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_b9_{h('b' + rec['key'], 12)}_{i}")
            i += 1
    return msg


def main():
    recs = list(records_requests.RECORDS) + list(records_negatives.RECORDS)
    keys = set()
    for r in recs:
        assert r["key"] not in keys, r["key"]
        keys.add(r["key"])
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    recs.sort(key=lambda r: hashlib.sha256(("b9-order:" + r["key"]).encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, r in enumerate(recs, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        data = build(r).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(recs)} messages")


if __name__ == "__main__":
    main()
