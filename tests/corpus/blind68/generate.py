#!/usr/bin/env python3
"""Write b68-NNNN.eml and labels.json from the record files. Deterministic:
every varying value (date, ids, boundaries, encodings) is derived from sha256 of the key."""
import datetime
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
from email.message import EmailMessage, Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b68"

import records_en_req, records_en_neg, records_fr_req, records_fr_neg  # noqa: E402
from common import HER, HER2  # noqa: E402

MODULES = (records_en_req, records_en_neg, records_fr_req, records_fr_neg)


def all_records():
    recs = []
    for m in MODULES:
        recs.extend(m.RECORDS)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())
    return recs


def H(key, salt=""):
    return hashlib.sha256((key + "|" + salt).encode()).digest()


def hint(key, salt, n):
    return int.from_bytes(H(key, salt)[:8], "big") % n


def hhex(key, salt, n):
    return hashlib.sha256((key + "|" + salt).encode()).hexdigest()[:n]


# ---------- dates (Europe/Paris, DST computed by rule) ----------
def last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(dt_utc):
    y = dt_utc.year
    start = datetime.datetime.combine(last_sunday(y, 3), datetime.time(1), datetime.timezone.utc)
    end = datetime.datetime.combine(last_sunday(y, 10), datetime.time(1), datetime.timezone.utc)
    off = 2 if start <= dt_utc < end else 1
    return dt_utc.astimezone(datetime.timezone(datetime.timedelta(hours=off)))


BASE = datetime.datetime(2025, 1, 3, tzinfo=datetime.timezone.utc)


def msg_date(key, salt="d", back_days=0):
    days = hint(key, salt + "day", 530)
    secs = 6 * 3600 + hint(key, salt + "sec", 16 * 3600)
    dt = BASE + datetime.timedelta(days=days, seconds=secs) - datetime.timedelta(
        days=back_days, seconds=hint(key, salt + "b", 20000) if back_days else 0)
    return paris(dt)


# ---------- message ids in provider styles ----------
def msgid(key, addr, salt="m"):
    dom = addr.split("@")[-1].lower()
    h = hhex(key, salt, 40)
    n = int(h[:12], 16)
    if dom in ("gmail.com", "googlemail.com"):
        import base64
        tok = base64.b64encode(H(key, salt)[:33]).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % tok[:44]
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02d.nor.ff.ovh>" % (
            n % 900000 + 100000, n % 7000, 1740000000000 + n % 60000000000, n % 30)
    if dom in ("outlook.com", "hotmail.com", "hotmail.fr", "live.com", "live.fr", "msn.com",
               "outlook.fr") or dom.endswith(".onmicrosoft.com") or dom in ("abbeyfield-hr.co.uk",):
        p = "AM%dPR%02dMB%04d" % (n % 9, n % 99, n % 9999)
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (p, h[:20].upper(), p, n % 9)
    if dom.startswith("yahoo") or dom in ("aol.com", "ymail.com"):
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 99999999, n % 3000000, 1740000000000 + n % 9999999)
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                                 h[16:20].upper(), h[20:32].upper())
    if dom == "free.fr":
        return "<%s.%s@zimbra%d.free.fr>" % (h[:10], h[10:16], n % 80)
    if dom in ("floraisondesoi.fr",):
        return "<%s@floraisondesoi.fr>" % h[:24]
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


MAILERS = ["", "", "", "", "Apple Mail (2.3826.500.181.1.5)", "Microsoft Outlook 16.0",
           "", "Mozilla Thunderbird", "iPhone Mail (22E252)", "", "Orange Messagerie", ""]


def fmt_addr(x):
    from email.headerregistry import Address
    if isinstance(x, str):
        return x
    name, addr = x
    u, d = addr.split("@")
    return str(Address(display_name=name, username=u, domain=d))


# ---------- quoted history ----------
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc."]
FR_MONTHS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"]


def build_quote(rec, qdate):
    style = rec.get("qstyle", "gmail_fr")
    qf = rec.get("qfrom", HER)
    qname, qaddr = qf
    text = rec["quote"]
    subj = rec["subject"]
    for p in ("Re: ", "RE: ", "TR: ", "Fwd: ", "Fw: ", "FW: ", "Réf : "):
        if subj.startswith(p):
            subj = subj[len(p):]
    sname, saddr = rec["sender"]
    quoted = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    d = qdate
    hm = d.strftime("%H:%M")
    if style == "gmail_fr":
        head = "Le %s %d %s %d à %s, %s <%s> a écrit :" % (
            FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, hm, qname, qaddr)
        return head + "\n\n" + quoted + "\n"
    if style == "gmail_en":
        head = "On %s, %d %s %d at %s, %s <%s> wrote:" % (
            d.strftime("%a"), d.day, d.strftime("%b"), d.year, hm, qname, qaddr)
        return head + "\n\n" + quoted + "\n"
    if style == "apple_fr":
        return "> Le %d %s %d à %s, %s <%s> a écrit :\n>\n%s\n" % (
            d.day, FR_MONTHS_L[d.month - 1], d.year, hm, qname, qaddr, quoted)
    if style == "apple_en":
        return "> On %d %s %d, at %s, %s <%s> wrote:\n>\n%s\n" % (
            d.day, d.strftime("%b"), d.year, hm, qname, qaddr, quoted)
    if style == "outlook_fr":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %s\n"
                "À : %s <%s>\nObjet : %s\n\n%s") % (
            qname, qaddr, FR_DAYS_L[d.weekday()], d.day, FR_MONTHS_L[d.month - 1], d.year, hm,
            sname, saddr, subj, text)
    if style == "outlook_en":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\n"
                "To: %s <%s>\nSubject: %s\n\n%s") % (
            qname, qaddr, d.strftime("%A"), d.strftime("%B"), d.day, d.year,
            d.strftime("%I:%M %p").lstrip("0"), sname, saddr, subj, text)
    if style == "fwd_fr":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %d %s %d à %s\n"
                "Objet : %s\nÀ : %s\n\n%s") % (
            qname, qaddr, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, hm, subj,
            rec.get("qto", saddr), text)
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\n"
                "Subject: %s\nTo: <%s>\n\n%s") % (
            qname, qaddr, d.strftime("%a"), d.strftime("%b"), d.day, d.year,
            d.strftime("%I:%M %p").lstrip("0"), subj, rec.get("qto", saddr), text)
    raise ValueError(style)


# ---------- attachments ----------
def pdf_bytes(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 12 Tf 50 780 Td (%s) Tj ET" % text).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
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


def png_bytes(seed):
    w, h = 8, 8
    r, g, b = seed[0], seed[1], seed[2]
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    buf = io.BytesIO()
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % htmlmod.escape(text)),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fname, text in rec.get("att", []):
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(png_bytes(H(rec["key"], fname)), maintype="image", subtype="png",
                               filename=fname)
        elif kind == "jpg_as_png":
            msg.add_attachment(png_bytes(H(rec["key"], fname)), maintype="image", subtype="png",
                               filename=fname)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", charset="utf-8", filename=fname)
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", charset="utf-8", filename=fname)
        elif kind == "ics":
            msg.add_attachment(text, subtype="calendar", charset="utf-8", filename=fname)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        else:
            raise ValueError(kind)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">"):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in p.split("\n"))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n'
            % "\n".join(out))


CTES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}


def pick_cte(rec, text, salt="cte"):
    if "cte" in rec:
        return CTES[rec["cte"]]
    if all(ord(c) < 128 for c in text) and max((len(l) for l in text.split("\n")), default=0) < 900:
        return "7bit" if hint(rec["key"], salt, 3) else "quoted-printable"
    return ["quoted-printable", "base64", "8bit", "quoted-printable"][hint(rec["key"], salt, 4)]


def set_text(msg, rec, text, subtype="plain", salt="cte"):
    cte = pick_cte(rec, text, salt)
    if cte:
        msg.set_content(text, subtype=subtype, charset="utf-8", cte=cte)
    else:
        msg.set_content(text, subtype=subtype)


def build(rec):
    key = rec["key"]
    msg = EmailMessage(policy=policy.SMTP)
    sender = rec["sender"]
    date = msg_date(key)
    to = rec.get("to")
    if to is None:
        to = HER if hint(key, "to", 3) else HER2
    msg["From"] = fmt_addr(sender)
    msg["To"] = fmt_addr(to) if not isinstance(to, list) else ", ".join(fmt_addr(t) for t in to)
    if rec.get("cc"):
        cc = rec["cc"]
        msg["Cc"] = ", ".join(fmt_addr(c) for c in (cc if isinstance(cc, list) else [cc]))
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid(key, sender[1])
    body = rec["body"]
    if rec.get("quote"):
        qdate = msg_date(key, back_days=1 + hint(key, "qb", 12))
        qfrom = rec.get("qfrom", HER)
        if not rec.get("qstyle", "gmail_fr").startswith("fwd"):
            qid = msgid(key, qfrom[1], "q")
            msg["In-Reply-To"] = qid
            refs = rec.get("refs_extra", 0)
            chain = [msgid(key, qfrom[1], "r%d" % i) for i in range(refs)] + [qid]
            msg["References"] = " ".join(chain)
        sep = "\n" if body else ""
        body = body + sep + build_quote(rec, qdate)
    mailer = rec.get("mailer")
    if mailer is None:
        mailer = MAILERS[hint(key, "mailer", len(MAILERS))]
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"

    kind = rec.get("kind")
    html = rec.get("html")
    if kind == "bounce":
        b = rec["bounce"]
        set_text(msg, rec, body)
        msg.make_mixed()
        ds = Message(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        blk1 = Message(policy=policy.SMTP)
        blk1["Reporting-MTA"] = "dns; " + b["mta"]
        blk1["Arrival-Date"] = format_datetime(msg_date(key, back_days=0))
        blk2 = Message(policy=policy.SMTP)
        blk2["Final-Recipient"] = "rfc822; " + b["rcpt"]
        blk2["Action"] = "failed"
        blk2["Status"] = b["status"]
        blk2["Diagnostic-Code"] = "smtp; " + b["diag"]
        ds.set_payload([blk1, blk2])
        msg.attach(ds)
        orig = EmailMessage(policy=policy.SMTP)
        orig["From"] = fmt_addr(b.get("orig_from", HER))
        orig["To"] = b["rcpt"]
        orig["Subject"] = b["orig_subject"]
        orig["Date"] = format_datetime(msg_date(key, back_days=0))
        orig["Message-ID"] = msgid(key, b.get("orig_from", HER)[1], "orig")
        orig.set_content(b["orig_body"])
        hdrs = EmailMessage(policy=policy.SMTP)
        hdrs.set_content(orig.as_string().split("\n\n")[0] + "\n", subtype="rfc822-headers")
        del hdrs["MIME-Version"]
        msg.attach(hdrs)
        msg.replace_header("Content-Type", "multipart/report; report-type=delivery-status")
    else:
        if html == "only":
            set_text(msg, rec, to_html(body), subtype="html")
        else:
            set_text(msg, rec, body)
            if html == "alt":
                msg.add_alternative(to_html(body), subtype="html",
                                    cte=pick_cte(rec, to_html(body), "htmlcte") or "quoted-printable")
        if kind == "rfc822":
            inn = rec["inner"]
            im = EmailMessage(policy=policy.SMTP)
            im["From"] = fmt_addr(inn["from"])
            im["To"] = fmt_addr(inn.get("to", HER))
            im["Subject"] = inn["subject"]
            im["Date"] = format_datetime(msg_date(key, back_days=3 + hint(key, "ib", 20)))
            im["Message-ID"] = msgid(key, inn["from"][1], "inner")
            im.set_content(inn["body"], charset="utf-8", cte="quoted-printable")
            msg.add_attachment(im)
        add_attachments(msg, rec)

    # deterministic boundaries derived from the key
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_b68_%s_%d" % (hhex(key, "bnd%d" % n, 20), n))
            n += 1
    return msg


def main():
    recs = all_records()
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": rec["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
