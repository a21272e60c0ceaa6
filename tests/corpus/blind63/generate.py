#!/usr/bin/env python3
"""Write b63-NNNN.eml and labels.json next to this file from the record modules.

Deterministic: every varying choice comes from sha256 of the record key.
"""
import hashlib
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b63"

import common  # noqa: E402
import rec_fr_req, rec_en_req, rec_fr_neg, rec_en_neg, rec_auto  # noqa: E402,E401

MODULES = [rec_fr_req, rec_en_req, rec_fr_neg, rec_en_neg, rec_auto]


def all_records():
    recs = []
    for m in MODULES:
        recs.extend(m.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, dup
    return recs


def ordered():
    recs = all_records()
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())
    return [("%s-%04d.eml" % (PREFIX, i + 1), r) for i, r in enumerate(recs)]


def rng_for(key, salt=""):
    h = hashlib.sha256((key + "|" + salt).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = datetime(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(dt_naive):
    start = last_sunday(dt_naive.year, 3).replace(hour=2)
    end = last_sunday(dt_naive.year, 10).replace(hour=3)
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=timezone(timedelta(hours=off)))


def msg_date(rec):
    r = rng_for(rec["key"], "date")
    if rec.get("date"):
        y, mo, d, h, mi = rec["date"]
        base = datetime(y, mo, d, h, mi, r.randrange(60))
    else:
        base = datetime(2026, 3, 2, 0, 0) + timedelta(days=r.randrange(33))
        hour = r.choice([7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
        base = base.replace(hour=hour, minute=r.randrange(60), second=r.randrange(60))
    return paris(base)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_AB = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ---------------------------------------------------------------- message ids
def message_id(addr, r):
    dom = addr.rsplit("@", 1)[-1].lower()
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    up = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))
    if dom in ("gmail.com", "googlemail.com"):
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(44))
        return "<CA%s@mail.gmail.com>" % s
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            r.randrange(10**8, 10**9), r.randrange(10**5), r.randrange(10**12, 10**13), r.randrange(1, 30))
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "msn.com", "live.be"):
        box = "%s%02dMB%04d" % (r.choice(["AM0PR", "DB9PR", "PAXPR", "VI1PR", "PR3PR"]), r.randrange(1, 10), r.randrange(10000))
        return "<%s%s@%s.eurprd%02d.prod.outlook.com>" % (box, up(4), box, r.randrange(1, 10))
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (up(8), up(4), up(4), up(4), up(12))
    if dom in ("yahoo.fr", "yahoo.com", "yahoo.ca"):
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randrange(10**8, 10**9), r.randrange(10**6, 10**7), r.randrange(10**12, 10**13))
    if dom in ("free.fr", "laposte.net", "sfr.fr", "bbox.fr"):
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randrange(10**8, 10**9), r.randrange(10**5), r.randrange(10**12, 10**13), dom)
    return "<%s.%s@%s>" % (hx(16), hx(8), dom)


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    text = text.encode("latin-1", "replace").decode("latin-1")
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 40 780 Td (%s) Tj ET" % esc).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(seed):
    r = random.Random(seed)
    w = h = 8
    raw = b"".join(b"\x00" + bytes(r.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
        line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) for line in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + paras + '</w:body></w:document>'),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fname, text in rec.get("att", []):
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(rec["key"] + fname), maintype="image", subtype="png", filename=fname)
        elif kind == "jpg":
            # tiny placeholder JPEG header + bytes (declared image/jpeg)
            data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + hashlib.sha256(fname.encode()).digest() + b"\xff\xd9"
            msg.add_attachment(data, maintype="image", subtype="jpeg", filename=fname)
        elif kind == "csv":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "ics":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- quoting
def quote_block(rec, qdate, lang):
    q = rec["quote"]
    style = q.get("style", "gmail")
    qfrom = q.get("frm", common.SANDRA_C)
    name, addr = parseaddr(qfrom)
    text = q["text"].strip("\n")
    qsubj = q.get("subj", rec["subject"].replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", ""))
    qto = q.get("to", rec["frm"])
    hm = "%02d:%02d" % (qdate.hour, qdate.minute)
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail":
        if lang == "fr":
            head = "Le %s %d %s %d à %s, %s <%s> a écrit :" % (
                JOURS_AB[qdate.weekday()], qdate.day, MOIS[qdate.month - 1], qdate.year, hm, name or addr, addr)
        else:
            head = "On %s, %d %s %d at %s, %s <%s> wrote:" % (
                DAYS_AB[qdate.weekday()], qdate.day, MONTHS[qdate.month - 1][:3], qdate.year, hm, name or addr, addr)
        return "\n\n" + head + "\n\n" + gt + "\n"
    if style == "apple":
        if lang == "fr":
            head = "> Le %d %s %d à %s, %s <%s> a écrit :" % (
                qdate.day, MOIS[qdate.month - 1], qdate.year, hm, name or addr, addr)
        else:
            head = "> On %d %s %d, at %s, %s <%s> wrote:" % (
                qdate.day, MONTHS[qdate.month - 1][:3], qdate.year, hm, name or addr, addr)
        return "\n\n" + head + "\n> \n" + gt + "\n"
    if style == "outlook":
        if lang == "fr":
            head = "De : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" % (
                name or addr, addr, JOURS[qdate.weekday()], qdate.day, MOIS[qdate.month - 1], qdate.year, hm, qto, qsubj)
        else:
            h12 = qdate.hour % 12 or 12
            head = "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
                name or addr, addr, DAYS[qdate.weekday()], MONTHS[qdate.month - 1], qdate.day, qdate.year,
                h12, qdate.minute, "AM" if qdate.hour < 12 else "PM", qto, qsubj)
        return "\n\n________________________________\n" + head + "\n\n" + text + "\n"
    if style == "fwd":
        if lang == "fr":
            head = ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %d %s %d à %s\nObjet : %s\nÀ : %s"
                    % (name or addr, addr, JOURS_AB[qdate.weekday()], qdate.day, MOIS[qdate.month - 1], qdate.year, hm, qsubj, qto))
        else:
            head = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s"
                    % (name or addr, addr, DAYS_AB[qdate.weekday()], MONTHS[qdate.month - 1][:3], qdate.day, qdate.year, hm, qsubj, qto))
        return "\n\n" + head + "\n\n" + text + "\n"
    raise ValueError(style)


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    inner = "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % inner)


# ---------------------------------------------------------------- build
def build_bounce(rec, date, mid):
    b = rec["bounce"]
    r = rng_for(rec["key"], "bounce")
    bnd = "=_bounce_%s" % "".join(r.choice("0123456789abcdef") for _ in range(20))
    rcpt = b["rcpt"]
    text = rec["body"]
    orig_headers = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
        b.get("orig_from", common.SANDRA_C), rcpt, b["orig_subject"],
        format_datetime(date - timedelta(minutes=3)), message_id("floraisondesoi.fr", r)))
    raw = (
        "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"\n\n"
        "This is a MIME-encapsulated message.\n\n--%s\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n%s\n\n--%s\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
        "Status: %s\nDiagnostic-Code: smtp; %s\n\n--%s\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n"
    ) % (rec["frm"], rec.get("to", common.C), rec["subject"], format_datetime(date), mid, bnd,
         bnd, text, bnd, b["mta"], format_datetime(date - timedelta(minutes=3)), rcpt, b["status"],
         b["diag"], bnd, orig_headers, bnd)
    return BytesParser(policy=policy.SMTP).parsebytes(raw.encode("utf-8"))


def build(rec):
    key = rec["key"]
    lang = key[:2]
    r = rng_for(key, "hdr")
    date = msg_date(rec)
    name, addr = parseaddr(rec["frm"])
    mid = message_id(addr, r)
    if rec.get("kind") == "bounce":
        return build_bounce(rec, date, mid)

    body = rec["body"]
    if rec.get("quote"):
        qdate = date - timedelta(days=r.randrange(1, 40), hours=r.randrange(0, 9), minutes=r.randrange(60))
        qdate = paris(qdate.replace(tzinfo=None))
        body = body.rstrip("\n") + "\n" + quote_block(rec, qdate, lang)
    if not body.endswith("\n"):
        body += "\n"

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = rec["frm"]
    to = rec.get("to") or (common.C if r.random() < 0.62 else common.O)
    msg["To"] = to
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid
    q = rec.get("quote")
    if q and q.get("style") != "fwd" or rec.get("in_reply"):
        ref = message_id(parseaddr((q or {}).get("frm", common.SANDRA_C))[1], rng_for(key, "ref"))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    mailer = rec.get("mailer")
    if not mailer and not rec.get("hdr"):
        dom = addr.rsplit("@", 1)[-1].lower()
        x = rng_for(key, "mailer").random()
        if dom in ("icloud.com", "me.com") and x < 0.7:
            mailer = "Apple Mail (2.3826.400.131.1.6)"
        elif dom in ("orange.fr", "wanadoo.fr") and x < 0.5:
            mailer = "Open-Xchange Mailer v7.10.6-Rev62"
        elif dom in ("free.fr", "laposte.net") and x < 0.4:
            mailer = "UA:Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF123)"
        elif x < 0.08:
            mailer = "UA:Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"
    if mailer:
        if mailer.startswith("UA:"):
            msg["User-Agent"] = mailer[3:]
        else:
            msg["X-Mailer"] = mailer
    msg["MIME-Version"] = "1.0"
    for k, v in rec.get("hdr", {}).items():
        msg[k] = v

    cte = rec.get("cte")
    if not cte:
        x = rng_for(key, "cte").random()
        cte = "8bit" if x < 0.28 else ("b64" if x < 0.38 else None)
    kw = {"cte": {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[cte]} if cte else {}
    html = rec.get("html")
    if html == "only":
        msg.set_content(rec.get("html_body") or html_of(body), subtype="html", **kw)
    elif html == "alt":
        msg.set_content(body, **kw)
        msg.add_alternative(rec.get("html_body") or html_of(body), subtype="html", **kw)
    else:
        if body.strip() == "":
            msg.set_content("\n", **kw)
        else:
            msg.set_content(body, **kw)

    if rec.get("kind") == "fwd822":
        inn = rec["inner"]
        im = EmailMessage(policy=policy.SMTP)
        im["From"] = inn["frm"]
        im["To"] = inn.get("to", common.C)
        im["Subject"] = inn["subject"]
        im["Date"] = format_datetime(paris((date - timedelta(days=3)).replace(tzinfo=None)))
        im["Message-ID"] = message_id(parseaddr(inn["frm"])[1], rng_for(key, "inner"))
        im.set_content(inn["body"])
        if msg.get_content_maintype() != "multipart":
            msg.make_mixed()
        msg.add_attachment(im)
    if rec.get("att"):
        add_attachments(msg, rec)
    # deterministic MIME boundaries (the stdlib would pick random ones)
    h = hashlib.sha256(key.encode()).hexdigest()[:20]
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary("===============b63%s%02d==" % (h, i))
    return msg


def main():
    labels = {}
    for fname, rec in ordered():
        msg = build(rec)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels[fname] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
