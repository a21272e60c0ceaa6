#!/usr/bin/env python3
"""Deterministic generator for the b35 corpus (standard library only).

Writes b35-0001.eml ... and labels.json next to this file. File order, dates, Message-IDs and MIME
boundaries all derive from sha256 of each record key, so output is byte-identical on every run.
"""
import datetime
import hashlib
import html
import json
import re
import os
import sys
import zipfile
import io
from email.message import EmailMessage, Message
from email.policy import SMTP, default
from email.utils import parseaddr
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b35"
MODULES = ["rec_req_fr1", "rec_req_fr2", "rec_req_fr3", "rec_req_en", "rec_req_mix",
           "rec_neg_fr1", "rec_neg_fr2", "rec_neg_en", "rec_neg_extra"]
SANDRA_ADDR = "Sandra Delomenie <sandra.delomenie@orange.fr>"

# Fixed local (Paris) dates for replies and threads, so they come after the message they quote.
DATES = {
    "fr-rect-company-address": "2025-03-05 19:41", "fr-era-above-newsletter": "2025-05-06 09:37",
    "fr-obj-above-newsletter": "2025-10-16 12:04", "en-obj-above-quoted": "2026-02-02 21:15",
    "n-fr-donne-accord-temoignage": "2025-04-10 08:52", "n-fr-merci-suppression": "2025-03-14 13:26",
    "n-fr-bien-recu-copie": "2025-06-06 08:11", "n-fr-merci-desinscription": "2026-01-02 10:03",
    "be-n-merci-rectif": "2025-06-26 18:44", "n-fr-sent-cc-contact": "2025-02-10 12:15",
    "n-fr-fwd-client-info": "2025-10-07 08:30", "n-en-thanks-deleted": "2025-09-09 17:22",
    "n-en-thanks-export": "2025-11-21 13:05", "n-en-fwd-article": "2025-10-12 10:48",
    "n-fr-sent-copie-donnees": "2025-06-05 16:40", "n-fr-annul-atelier": "2025-02-10 09:47",
    "n-fr-sent-confirm-suppr": "2026-02-17 13:49", "n-fr-bounce-suppression": "2026-02-17 13:52",
    "fr-rect-email-proton": "2026-01-20 10:15", "fr-acc-rect-deloffre": "2025-07-08 11:20",
    "n-fr-question-droit-suppr": "2025-10-06 19:12",
}


def load_records():
    recs = []
    for m in MODULES:
        recs.extend(__import__(m).RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return recs


def h(key, salt=""):
    return hashlib.sha256((salt + key).encode("utf-8")).hexdigest()


def paris_offset(d):
    """+0200 between the last Sunday of March and the last Sunday of October, else +0100."""
    def last_sunday(year, month):
        day = datetime.date(year, month, 31)
        return day - datetime.timedelta(days=(day.weekday() + 1) % 7)
    start, end = last_sunday(d.year, 3), last_sunday(d.year, 10)
    return 2 if start <= d.date() < end else 1


def make_date(rec):
    fixed = rec.get("date") or DATES.get(rec["key"])
    if fixed:
        x = int(h(rec["key"], "sec"), 16)
        dt = datetime.datetime.strptime(fixed, "%Y-%m-%d %H:%M") + datetime.timedelta(seconds=x % 60)
    else:
        x = int(h(rec["key"], "date"), 16)
        base = datetime.datetime(2025, 1, 6, 0, 0, 0)
        dt = base + datetime.timedelta(days=x % 440, hours=7 + (x >> 12) % 15,
                                       minutes=(x >> 20) % 60, seconds=(x >> 28) % 60)
    off = paris_offset(dt)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return dt.replace(tzinfo=tz)


def fmt_date(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset().seconds // 3600
    return "%s, %02d %s %d %02d:%02d:%02d +%02d00" % (days[dt.weekday()], dt.day, months[dt.month - 1],
                                                        dt.year, dt.hour, dt.minute, dt.second, off)


def domain_of(addr):
    a = parseaddr(addr)[1]
    return a.split("@", 1)[1].lower() if "@" in a else "localhost"


def quote_block(rec):
    q = rec.get("quote")
    if not q:
        return ""
    style, who, when, text = q[0], q[1], q[2], q[3]
    qsubj = q[4] if len(q) > 4 else (rec.get("subj") or "")
    to = rec.get("to") or SANDRA_ADDR
    lines = text.split("\n")
    if style == "gmail":
        return "\nLe %s, %s a écrit :\n" % (when, who) + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "en":
        return "\nOn %s, %s wrote:\n" % (when, who) + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "apple":
        return "\n> Le %s, %s a écrit :\n> \n" % (when, who) + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "outlook":
        return ("\n________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
                % (who, when, to, qsubj, text))
    if style == "fwd":
        return ("\n---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n"
                % (who, when, qsubj, to, text))
    raise ValueError(style)


def to_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % "\n".join(out))


def att_bytes(kind, name, key):
    seed = hashlib.sha256((key + name).encode()).digest()
    if kind == "jpg":
        body = (seed * 40)[:1200]
        return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + body + b"\xff\xd9",
                "image", "jpeg")
    if kind == "png":
        return b"\x89PNG\r\n\x1a\n" + (seed * 20)[:600], "image", "png"
    if kind == "pdf":
        txt = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
               "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n"
               % name)
        return txt.encode("latin-1", "replace"), "application", "pdf"
    if kind == "csv":
        txt = ("champ;valeur\nnom;(voir fiche)\nsource;formulaire Systeme.io\ndate_collecte;2024-03-02\n"
               "newsletter;oui\nfactures;3\n")
        return txt.encode("utf-8"), "text", "csv"
    if kind == "ics":
        uid = seed.hex()[:20]
        txt = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Floraison de Soi//b35//FR\r\nMETHOD:REQUEST\r\n"
               "BEGIN:VEVENT\r\nUID:%s@floraisondesoi.fr\r\nDTSTAMP:20251101T090000Z\r\n"
               "DTSTART:20251118T170000Z\r\nDTEND:20251118T180000Z\r\nSUMMARY:Séance\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % uid)
        return txt.encode("utf-8"), "text", "calendar"
    if kind == "docx":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
            for fn, data in [("[Content_Types].xml", '<?xml version="1.0"?><Types/>'),
                             ("word/document.xml", '<?xml version="1.0"?><w:document><!-- %s --></w:document>' % name)]:
                zi = zipfile.ZipInfo(fn, date_time=(2025, 1, 1, 0, 0, 0))
                z.writestr(zi, data)
        return (buf.getvalue(), "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document")
    raise ValueError(kind)


def pick_shape(rec):
    if rec.get("shape"):
        return rec["shape"]
    x = int(h(rec["key"], "shape"), 16) % 20
    return "plain" if x < 11 else "qp" if x < 14 else "b64" if x < 16 else "alt"


def enc_hdr(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def build_bounce(rec, dt, mid):
    msg = EmailMessage()
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to") or SANDRA_ADDR
    msg["Date"] = fmt_date(dt)
    msg["Message-ID"] = mid
    msg["Subject"] = rec["subj"]
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg.add_header("Content-Type", "multipart/report", report_type="delivery-status")
    p1 = EmailMessage()
    p1.set_content(rec["body"], cte="8bit" if not rec["body"].isascii() else "7bit")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    m1 = Message()
    m1["Reporting-MTA"] = "dns; " + domain_of(rec["frm"])
    m1["Arrival-Date"] = fmt_date(dt)
    m2 = Message()
    m2["Final-Recipient"] = "rfc822; " + rec["orig_to"]
    m2["Action"] = "failed"
    st = re.search(r"\b(5\.\d\.\d)\b", rec["diag"])
    m2["Status"] = st.group(1) if st else "5.0.0"
    m2["Diagnostic-Code"] = rec["diag"]
    ds.set_payload([m1, m2])
    p3 = Message()
    p3["Content-Type"] = "text/rfc822-headers"
    odt = dt - datetime.timedelta(minutes=3)
    p3.set_payload("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@orange.fr>\n"
                   % (SANDRA_ADDR, rec["orig_to"], enc_hdr(rec["orig_subj"]), fmt_date(odt), h(rec["key"], "orig")[:24]))
    msg.attach(p1)
    msg.attach(ds)
    msg.attach(p3)
    return msg


def build(rec):
    dt = make_date(rec)
    hx = h(rec["key"])
    mid = "<%s.%s@%s>" % (hx[:16], hx[16:26], domain_of(rec["frm"]))
    if rec.get("kind") == "bounce":
        msg = build_bounce(rec, dt, mid)
    else:
        text = rec["body"] + quote_block(rec)
        shape = pick_shape(rec)
        msg = EmailMessage()
        msg["From"] = rec["frm"]
        msg["To"] = rec.get("to") or SANDRA_ADDR
        if rec.get("cc"):
            msg["Cc"] = rec["cc"]
        if rec.get("reply_to"):
            msg["Reply-To"] = rec["reply_to"]
        msg["Date"] = fmt_date(dt)
        msg["Message-ID"] = mid
        if rec["subj"] is not None:
            msg["Subject"] = rec["subj"]
        if rec.get("quote") and rec["quote"][0] != "fwd":
            parent = "<%s@%s>" % (h(rec["key"], "parent")[:28], domain_of(rec["quote"][1]))
            msg["In-Reply-To"] = parent
            msg["References"] = parent
        for name, val in rec.get("hdr", []):
            msg[name] = val
        msg["MIME-Version"] = "1.0"
        cte8 = "7bit" if text.isascii() else "8bit"
        if shape == "plain":
            msg.set_content(text, cte=cte8)
        elif shape == "qp":
            msg.set_content(text, cte="quoted-printable")
        elif shape == "b64":
            msg.set_content(text, cte="base64")
        elif shape == "html":
            msg.set_content(rec.get("html") or to_html(text), subtype="html", cte="quoted-printable")
        elif shape == "alt":
            msg.set_content(text, cte="quoted-printable" if not text.isascii() else "7bit")
            msg.add_alternative(rec.get("html") or to_html(text), subtype="html", cte="quoted-printable")
        else:
            raise ValueError(shape)
        for kind, name in rec.get("att", []):
            data, maintype, subtype = att_bytes(kind, name, rec["key"])
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_%s_%s_%d" % (PREFIX, hx[:20], n))
            n += 1
    return msg


def main():
    recs = load_records()
    recs.sort(key=lambda r: h(r["key"]))
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
