#!/usr/bin/env python3
"""Deterministic generator for the b12 held-out corpus (standard library only).

Reads the records from records_*.py (next to this file), writes b12-NNNN.eml and
labels.json next to itself. Output is byte-identical on every run: dates, Message-IDs,
MIME boundaries and attachment bytes are all derived from the record keys with sha256.
"""
import base64
import datetime as dt
import email.message
import email.policy
import hashlib
import html
import json
import os
import sys
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b12"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA_PRO = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}

import records_req_fr, records_req_en, records_neg_fr, records_neg_en  # noqa: E402

RECORDS = (records_req_fr.RECORDS + records_req_en.RECORDS
           + records_neg_fr.RECORDS + records_neg_en.RECORDS)


def h(s, n=64):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def paris_tz(d):
    """+02:00 between the last Sunday of March and the last Sunday of October."""
    def last_sunday(year, month):
        x = dt.date(year, month, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    summer = last_sunday(d.year, 3) <= d.date() < last_sunday(d.year, 10)
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


def parse_date(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=paris_tz(d), second=int(h(s, 2), 16) % 60)


def auto_date(key):
    x = h("date:" + key)
    base = dt.datetime(2025, 1, 6, 0, 0)
    d = base + dt.timedelta(days=int(x[:8], 16) % 440,
                            hours=7 + int(x[8:10], 16) % 15,
                            minutes=int(x[10:12], 16) % 60,
                            seconds=int(x[12:14], 16) % 60)
    return d.replace(tzinfo=paris_tz(d))


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
             "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def ampm(d):
    hr = d.hour % 12 or 12
    return f"{hr}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def attribution(style, lang, who, to, when, subj):
    w = when
    if style == "gmail":
        if lang == "fr":
            return (f"Le {FR_DAYS[w.weekday()]} {w.day} {FR_MONTHS[w.month-1]} {w.year} à "
                    f"{w.hour:02d}:{w.minute:02d}, {who} a écrit :")
        return (f"On {EN_DAYS[w.weekday()]}, {EN_MONTHS[w.month-1]} {w.day}, {w.year} at "
                f"{ampm(w)} {who} wrote:")
    if style == "apple":
        if lang == "fr":
            return f"Le {w.day} {FR_MONTHS_LONG[w.month-1]} {w.year} à {w.hour:02d}:{w.minute:02d}, {who} a écrit :"
        return f"On {w.day} {EN_MONTHS[w.month-1]} {w.year}, at {w.hour:02d}:{w.minute:02d}, {who} wrote:"
    if style == "outlook":
        if lang == "fr":
            return ("________________________________\n"
                    f"De : {who}\nEnvoyé : {FR_DAYS_LONG[w.weekday()]} {w.day} "
                    f"{FR_MONTHS_LONG[w.month-1]} {w.year} {w.hour:02d}:{w.minute:02d}\n"
                    f"À : {to}\nObjet : {subj}")
        return ("________________________________\n"
                f"From: {who}\nSent: {EN_DAYS_LONG[w.weekday()]}, {EN_MONTHS_LONG[w.month-1]} "
                f"{w.day}, {w.year} {ampm(w)}\nTo: {to}\nSubject: {subj}")
    if style == "orange":
        return (f"> Message du {w.day:02d}/{w.month:02d}/{w.year % 100:02d} {w.hour:02d}:{w.minute:02d}\n"
                f"> De : {who}\n> A : {to}\n> Objet : {subj}\n>")
    if style == "fwd":
        if lang == "fr":
            return ("---------- Forwarded message ---------\n"
                    f"De : {who}\nDate: {FR_DAYS[w.weekday()]} {w.day} {FR_MONTHS[w.month-1]} "
                    f"{w.year} à {w.hour:02d}:{w.minute:02d}\nSubject: {subj}\nTo: {to}")
        return ("---------- Forwarded message ---------\n"
                f"From: {who}\nDate: {EN_DAYS[w.weekday()]}, {EN_MONTHS[w.month-1]} {w.day}, "
                f"{w.year} at {ampm(w)}\nSubject: {subj}\nTo: {to}")
    if style == "fwd_fr_outlook":
        return ("-----Message d'origine-----\n"
                f"De : {who}\nEnvoyé : {FR_DAYS_LONG[w.weekday()]} {w.day} "
                f"{FR_MONTHS_LONG[w.month-1]} {w.year} {w.hour:02d}:{w.minute:02d}\n"
                f"À : {to}\nObjet : {subj}")
    raise ValueError(style)


def quoted_text(rec, date, frm, to):
    q = rec["quote"]
    lang = rec["lang"]
    style = q.get("style", "gmail")
    who = q.get("who", SANDRA_PRO)
    qto = q.get("to", frm)
    qdate = parse_date(q["when"]) if "when" in q else date - dt.timedelta(
        days=1 + int(h("q" + rec["key"], 2), 16) % 9, hours=int(h("qh" + rec["key"], 2), 16) % 7)
    qsubj = q.get("subj", rec["subj"].split(":", 1)[-1].strip() if ":" in rec["subj"] else rec["subj"])
    head = attribution(style, lang, who, qto, qdate, qsubj)
    text = q["text"].strip("\n")
    if style in ("gmail", "apple"):
        body = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
        if style == "apple":
            return "> " + head + "\n>\n" + body
        return head + "\n\n" + body
    if style == "orange":
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return head + "\n\n" + text


def to_html(text, quote=None):
    parts = []
    for para in text.strip("\n").split("\n\n"):
        parts.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    out = "\n".join(parts)
    if quote:
        qh = "<br>\n".join(html.escape(l.lstrip("> ").rstrip() if l.startswith(">") else l)
                           for l in quote.split("\n"))
        out += ('\n<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;'
                'border-left:1px #ccc solid;padding-left:1ex">\n' + qh + "\n</blockquote></div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
            + out + "\n</div></body></html>\n")


MIME = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
        "png": ("image", "png"), "heic": ("image", "heic"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"),
        "csv": ("text", "csv"), "ics": ("text", "calendar"), "txt": ("text", "plain"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "zip": ("application", "zip")}


def fake_bytes(name, key):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256((key + "/" + name).encode()).digest()
    filler = b"".join(hashlib.sha256(seed + bytes([i])).digest() for i in range(24))
    if ext == "pdf":
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n"
                + base64.b64encode(filler) + b"\n%%EOF\n")
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + filler + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + filler
    return b"PK\x03\x04" + filler


def text_attachment(name, key):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "ics":
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Floraison de Soi//FR\r\n"
                "BEGIN:VEVENT\r\nUID:" + h(key, 20) + "@floraisondesoi.fr\r\n"
                "DTSTART:20250612T090000Z\r\nDTEND:20250612T170000Z\r\n"
                "SUMMARY:Atelier\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    if ext == "csv":
        return "date;libelle;montant\n2025-03-04;Séance individuelle;80,00\n2025-04-01;Séance individuelle;80,00\n"
    return "Document joint.\n"


def message_id(key, frm):
    x = h("mid:" + key)
    addr = frm.split("<")[-1].rstrip(">").strip()
    dom = addr.split("@")[-1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA" + base64.b32encode(bytes.fromhex(x[:40])).decode().rstrip("=") + "@mail.gmail.com>"
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr"):
        return "<PR3P" + x[:3].upper() + "MB" + x[3:17].upper() + "@PR3P" + x[3:6].upper() + ".eurprd09.prod.outlook.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<" + str(int(x[:8], 16)) + "." + str(int(x[8:13], 16)) + ".JavaMail.open-xchange@wwinf" + str(int(x[13:16], 16) % 9000 + 1000) + ">"
    if dom in ("icloud.com", "me.com"):
        return "<" + "-".join([x[:8], x[8:12], x[12:16], x[16:20], x[20:32]]).upper() + "@me.com>"
    return "<" + x[:24] + "." + x[24:32] + "@" + dom + ">"


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_b12_" + h(f"b:{key}:{n}", 28))
            n += 1


def build_simple(rec, text):
    """Single part message body according to rec['shape']."""
    m = EmailMessage()
    shape = rec.get("shape", "plain")
    quote = rec.get("_quote")
    full = text + ("\n\n" + quote if quote else "") + "\n"
    if shape == "plain":
        m.set_content(full)
    elif shape == "qp":
        m.set_content(full, cte="quoted-printable")
    elif shape == "b64":
        m.set_content(full, cte="base64")
    elif shape == "html":
        m.set_content(rec.get("html") or to_html(text, quote), subtype="html",
                      cte="quoted-printable")
    elif shape == "alt":
        m.set_content(full, cte="quoted-printable")
        m.add_alternative(rec.get("html") or to_html(text, quote), subtype="html",
                          cte="quoted-printable")
    else:
        raise ValueError(shape)
    return m


def build(rec, idx):
    key = rec["key"]
    date = parse_date(rec["date"]) if rec.get("date") else auto_date(key)
    frm = rec["frm"]
    to = rec.get("to", SANDRA)
    text = rec["body"].strip("\n")
    if rec.get("quote"):
        rec = dict(rec)
        rec["_quote"] = quoted_text(rec, date, frm, to)
    kind = rec.get("kind")
    if kind == "bounce":
        m = EmailMessage()
        m.set_content(text + "\n")
        ds = EmailMessage()
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for block in rec["dsn"].strip("\n").split("\n\n"):
            b = email.message.Message()
            for line in block.split("\n"):
                k, v = line.split(":", 1)
                b[k.strip()] = v.strip()
            blocks.append(b)
        ds.set_payload(blocks)
        orig = EmailMessage()
        o = rec["orig"]
        orig["From"] = o.get("from", SANDRA_PRO)
        orig["To"] = o["to"]
        orig["Subject"] = o["subj"]
        orig["Date"] = format_datetime(date - dt.timedelta(minutes=2))
        orig["Message-ID"] = message_id(key + "orig", o.get("from", SANDRA_PRO))
        orig.set_content(o["text"].strip("\n") + "\n")
        m.make_mixed()
        m.attach(ds)
        m.add_attachment(orig)
        m.set_type("multipart/report")
        m.set_param("report-type", "delivery-status")
        del m["Content-Disposition"]
    elif kind == "fwd_attached":
        m = build_simple(rec, text)
        inner = EmailMessage()
        f = rec["inner"]
        inner["From"] = f["from"]
        inner["To"] = f.get("to", to)
        inner["Subject"] = f["subj"]
        inner["Date"] = format_datetime(parse_date(f["when"]))
        inner["Message-ID"] = message_id(key + "inner", f["from"])
        inner.set_content(f["text"].strip("\n") + "\n")
        m.add_attachment(inner, filename=f.get("filename"))
    else:
        m = build_simple(rec, text)
    for name in rec.get("att", []):
        ext = name.rsplit(".", 1)[-1].lower()
        maintype, subtype = MIME[ext]
        if maintype == "text":
            m.add_attachment(text_attachment(name, key), subtype=subtype, filename=name)
        else:
            m.add_attachment(fake_bytes(name, key), maintype=maintype, subtype=subtype,
                             filename=name)
    # headers (inserted at the top in a natural order)
    hdrs = [("From", frm), ("To", to)]
    if rec.get("cc"):
        hdrs.append(("Cc", rec["cc"]))
    if rec.get("reply_to"):
        hdrs.append(("Reply-To", rec["reply_to"]))
    hdrs.append(("Subject", rec["subj"]))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", message_id(key, frm)))
    if rec.get("reply") or (rec.get("quote") and rec["quote"].get("style") not in ("fwd", "fwd_fr_outlook")):
        parent = message_id(key + "parent", rec["quote"].get("who", SANDRA_PRO) if rec.get("quote") else SANDRA_PRO)
        hdrs.append(("In-Reply-To", parent))
        refs = [message_id(key + "grand", SANDRA_PRO), parent] if int(h("r" + key, 2), 16) % 3 == 0 else [parent]
        hdrs.append(("References", " ".join(refs)))
    hdrs.append(("MIME-Version", "1.0"))
    for k, v in rec.get("extra", []):
        hdrs.append((k, v))
    existing = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs:
        if k == "MIME-Version":
            continue
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in existing:
        if k.lower() == "mime-version":
            continue
        m[k] = v
    set_boundaries(m, key)
    return m


def main():
    keys = set()
    for r in RECORDS:
        assert r["key"] not in keys, r["key"]
        keys.add(r["key"])
        assert r["lang"] in ("fr", "en"), r["key"]
        assert set(r["rights"]) <= ALLOWED, r["key"]
    order = sorted(RECORDS, key=lambda r: h("order:" + r["key"]))
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(order, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        msg = build(rec, i)
        data = msg.as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(set(rec["rights"]))}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
