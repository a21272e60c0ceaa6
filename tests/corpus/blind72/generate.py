#!/usr/bin/env python3
"""Write b72-NNNN.eml and labels.json next to this file from the record modules.

Deterministic: every varying choice (date, Message-ID, boundaries, mailer) is derived
from sha256 of the record key. Standard library only.
"""
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b72"

import rec_common  # noqa: E402
import rec_fr_requests  # noqa: E402,F401
import rec_fr_multi  # noqa: E402,F401
import rec_en_requests  # noqa: E402,F401
import rec_fr_negatives  # noqa: E402,F401
import rec_en_negatives  # noqa: E402,F401
import rec_variants  # noqa: E402,F401

RECORDS = rec_common.RECORDS


def H(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).hexdigest()


def N(key, salt, mod):
    return int(H(key, salt)[:12], 16) % mod


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris(naive):
    """naive local Paris datetime -> aware datetime with the right offset."""
    start = dt.datetime.combine(last_sunday(naive.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(naive.year, 10), dt.time(3, 0))
    off = 2 if start <= naive < end else 1
    if start <= naive < start + dt.timedelta(hours=1):
        naive += dt.timedelta(hours=1)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def msg_date(rec):
    key = rec["key"]
    if rec.get("date"):
        y, m, d, hh, mm = rec["date"]
        return paris(dt.datetime(y, m, d, hh, mm, N(key, "s", 60)))
    day = N(key, "day", 540)
    hour = [7, 8, 9, 9, 10, 11, 12, 13, 14, 14, 16, 17, 18, 19, 20, 21, 22, 23, 6, 10][N(key, "h", 20)]
    base = dt.datetime(2025, 1, 3) + dt.timedelta(days=day, hours=hour, minutes=N(key, "m", 60),
                                                   seconds=N(key, "s", 60))
    return paris(base)


JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- ids
def domain_of(addr):
    return parseaddr(addr)[1].rsplit("@", 1)[-1].lower()


def make_msgid(key, addr, salt="id"):
    h = H(key, salt)
    d = domain_of(addr)
    n = int(h[:15], 16)
    if d in ("gmail.com", "googlemail.com"):
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        s = "".join(alpha[int(h[i:i + 2], 16) % len(alpha)] for i in range(0, 64, 2))
        return "<CA%s%s@mail.gmail.com>" % (s[:30], h[40:48].upper())
    if d in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            n % 2000000000, n % 99991, 1735000000000 + n % 50000000000, n % 40)
    if d in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "msn.com"):
        return "<PAXP193MB%s%s@PAXP193MB%s.EURP193.PROD.OUTLOOK.COM>" % (
            h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    if d in ("icloud.com", "me.com", "mac.com"):
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], d)
    if d.startswith("yahoo."):
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 900000000 + 100000000, n % 9000000, 1735000000000 + n % 40000000000)
    if d == "free.fr":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            n % 900000000, n % 99999, 1735000000000 + n % 40000000000, n % 80, n % 3 + 1)
    if d in ("laposte.net", "sfr.fr", "neuf.fr", "gmx.fr", "gmx.com"):
        return "<%s.%s@%s>" % (h[:16], h[16:22], d)
    if d in ("floraisondesoi.fr",):
        return "<%s-%s@floraisondesoi.fr>" % (h[:8], h[8:20])
    return "<%s.%s@%s>" % (h[:20], h[20:28], d or "localhost")


def mailer(key, addr):
    d = domain_of(addr)
    k = N(key, "mailer", 10)
    if d in ("icloud.com", "me.com", "mac.com"):
        return ("X-Mailer", ["iPhone Mail (22D72)", "Apple Mail (2.3826.400.131.1.6)", "iPhone Mail (21H16)"][k % 3])
    if d in ("orange.fr", "wanadoo.fr") and k < 6:
        return ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev73")
    if d in ("hotmail.fr", "outlook.fr", "hotmail.com", "outlook.com", "live.fr") and k < 4:
        return ("X-Mailer", "Microsoft Outlook 16.0")
    if d in ("free.fr", "laposte.net", "gmx.fr", "proton.me") and k < 5:
        return ("User-Agent", "Mozilla Thunderbird 128.%d.0" % (k + 2))
    if d not in ("gmail.com",) and k == 9:
        return ("X-Mailer", "Microsoft Outlook 16.0")
    return None


# ---------------------------------------------------------------- quoting
def attribution(rec, qdate):
    qs = rec.get("qs", "gmail")
    qf = rec.get("qf", rec_common.HER)
    name, addr = parseaddr(qf)
    if qs == "gmail":
        return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            JOURS[qdate.weekday()], qdate.day, MOIS[qdate.month - 1], qdate.year, qdate.hour, qdate.minute,
            name or addr, addr), ">"
    if qs == "apple":
        return "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n>" % (
            qdate.day, MOIS_L[qdate.month - 1], qdate.year, qdate.hour, qdate.minute, name or addr, addr), ">"
    if qs == "en":
        return "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (
            DAYS_EN[qdate.weekday()], MON_EN[qdate.month - 1], qdate.day, qdate.year,
            (qdate.hour % 12) or 12, qdate.minute, "AM" if qdate.hour < 12 else "PM", name or addr, addr), ">"
    sub = rec.get("qsub") or rec["subject"].split(":", 1)[-1].strip()
    if qs == "outlook":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n" % (
            name or addr, addr, ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][qdate.weekday()],
            qdate.day, MOIS_L[qdate.month - 1], qdate.year, qdate.hour, qdate.minute,
            rec.get("frm", "moi"), sub)), ""
    if qs == "en_outlook":
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n" % (
            name or addr, addr, DAYS_EN[qdate.weekday()], MON_EN[qdate.month - 1], qdate.day, qdate.year,
            (qdate.hour % 12) or 12, qdate.minute, "AM" if qdate.hour < 12 else "PM", rec.get("frm", "me"), sub)), ""
    if qs == "fwd":
        return ("---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: <%s>\n" % (
            name or addr, addr, JOURS[qdate.weekday()], qdate.day, MOIS[qdate.month - 1], qdate.year,
            qdate.hour, qdate.minute, sub, rec_common.HER_C)), ""
    raise ValueError(qs)


def full_text(rec, date):
    body = rec["body"]
    if not rec.get("q"):
        return body
    qdate = date - dt.timedelta(days=N(rec["key"], "qd", 12) + 1, minutes=N(rec["key"], "qm", 500))
    head, prefix = attribution(rec, qdate)
    qlines = rec["q"].strip("\n").split("\n")
    if prefix:
        quoted = "\n".join((prefix + " " + l) if l else prefix for l in qlines)
    else:
        quoted = "\n".join(qlines)
    return body.rstrip("\n") + "\n\n" + head + "\n" + quoted + "\n"


def to_html(text):
    out, in_q = [], False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        esc = "<br>\n".join(htmlmod.escape(l) for l in lines)
        if lines and lines[0].startswith(">"):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % esc)
        else:
            out.append("<p>%s</p>" % esc)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    t = t.encode("latin-1", "replace")
    stream = b"BT /F1 12 Tf 50 780 Td (" + t + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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
    w, h = 16, 16
    r, g, b = int(seed[:2], 16), int(seed[2:4], 16), int(seed[4:6], 16)
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(l)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fname, text in rec.get("att", []):
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(H(rec["key"], fname)), maintype="image", subtype="png", filename=fname)
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "csv":
            msg.add_attachment(text.replace("\n", "\r\n").encode("utf-8"), maintype="text", subtype="csv",
                               filename=fname)
        elif kind == "ics":
            msg.add_attachment(text.replace("\n", "\r\n"), subtype="calendar", filename=fname)
        elif kind == "txt":
            msg.add_attachment(text, filename=fname)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- build
def build(rec):
    key = rec["key"]
    date = msg_date(rec)
    frm = rec.get("frm", "Anonyme <anonyme@example.net>")
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    to = rec.get("to")
    if to is None:
        to = [rec_common.HER_C, rec_common.HER_O, "Floraison de Soi <contact@floraisondesoi.fr>",
              "Sandra Delomenie <sandra.delomenie@orange.fr>", rec_common.HER_C][N(key, "to", 5)]
    msg["To"] = to
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(date)
    hdrs = dict(rec.get("headers", {}))
    msg["Message-ID"] = hdrs.pop("Message-ID", None) or make_msgid(key, frm)
    if rec.get("q") and rec.get("qs", "gmail") != "fwd" and "In-Reply-To" not in hdrs:
        qf = rec.get("qf", rec_common.HER)
        parent = make_msgid(key, qf, "parent")
        msg["In-Reply-To"] = parent
        if N(key, "refs", 3):
            msg["References"] = make_msgid(key, frm, "grand") + " " + parent
        else:
            msg["References"] = parent
    for k, v in hdrs.items():
        msg[k] = v
    mh = mailer(key, frm) if not rec.get("no_mailer") and "X-Mailer" not in hdrs and "User-Agent" not in hdrs else None
    if mh:
        msg[mh[0]] = mh[1]
    msg["MIME-Version"] = "1.0"

    shape = rec.get("shape")
    if shape == "bounce":
        build_bounce(msg, rec, date)
    else:
        text = full_text(rec, date)
        cte = rec.get("cte")
        mode = rec.get("html")
        if mode == "only":
            msg.set_content(to_html(text), subtype="html", cte=cte or "quoted-printable")
        else:
            msg.set_content(text, cte=cte) if cte else msg.set_content(text)
            if mode == "alt":
                msg.add_alternative(to_html(text), subtype="html")
        if shape == "fwd822":
            inner_d = rec["inner"]
            inner = EmailMessage(policy=policy.SMTP)
            inner["From"] = inner_d["frm"]
            inner["To"] = inner_d.get("to", rec_common.HER_C)
            inner["Subject"] = inner_d["subject"]
            inner["Date"] = format_datetime(date - dt.timedelta(days=2, hours=N(key, "ih", 20)))
            inner["Message-ID"] = make_msgid(key, inner_d["frm"], "inner")
            inner["MIME-Version"] = "1.0"
            inner.set_content(inner_d["body"].strip("\n") + "\n")
            msg.add_attachment(inner)
        add_attachments(msg, rec)
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_%s_%s_%d" % (PREFIX, H(key, "b%d" % i)[:20], i))
            i += 1
    return msg


def build_bounce(msg, rec, date):
    b = rec["bounce"]
    msg.set_content(b["text"].strip("\n") + "\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
    ds = MIMEPart(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    blk1 = Message(policy=policy.SMTP)
    blk1["Reporting-MTA"] = "dns; " + b.get("mta", "smtp-out.orange.fr")
    blk1["Arrival-Date"] = format_datetime(date - dt.timedelta(minutes=1))
    blk2 = Message(policy=policy.SMTP)
    blk2["Final-Recipient"] = "rfc822; " + b["rcpt"]
    blk2["Action"] = "failed"
    blk2["Status"] = b.get("status", "5.1.1")
    blk2["Diagnostic-Code"] = "smtp; " + b.get("diag", "550 5.1.1 User unknown")
    ds.set_payload([blk1, blk2])
    msg.attach(ds)
    hp = MIMEPart(policy=policy.SMTP)
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
        b.get("orig_from", rec_common.HER), b["rcpt"], b["orig_subject"],
        format_datetime(date - dt.timedelta(minutes=2)), make_msgid(rec["key"], b.get("orig_from", rec_common.HER), "orig")))
    hp.set_content(orig, subtype="rfc822-headers")
    msg.attach(hp)


def order():
    return sorted(RECORDS, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(order(), 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": rec["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
