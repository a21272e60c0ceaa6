#!/usr/bin/env python3
"""Write b76-NNNN.eml and labels.json from the record files. Deterministic."""
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import sys
import zipfile
import zlib
import struct
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b76"
HER = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")


def load_records():
    from records_fr_req import RECORDS as a
    from records_fr_neg import RECORDS as b
    from records_en import RECORDS as c
    recs = a + b + c
    keys = [r["key"] for r in recs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    return recs


def h(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).hexdigest()


def ordered(recs):
    recs = sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    return [("%s-%04d.eml" % (PREFIX, i + 1), r) for i, r in enumerate(recs)]


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def paris(dt_naive):
    """Attach Europe/Paris offset (CET/CEST) to a naive local datetime."""
    y = dt_naive.year
    start = datetime.datetime.combine(last_sunday(y, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(last_sunday(y, 10), datetime.time(3, 0))
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def msg_date(key):
    # the quarter: 1 Feb 2026 - 30 Apr 2026 (crosses the DST change of 29 March)
    x = int(h(key, "date"), 16)
    day = x % 89
    minute = (x >> 16) % (15 * 60)  # 07:00 - 21:59
    base = datetime.datetime(2026, 2, 1, 7, 0) + datetime.timedelta(days=day, minutes=minute, seconds=(x >> 32) % 60)
    return paris(base)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def render_quote(style, who, addr, subj, text, qdate, to_addr):
    lines = text.split("\n")
    gt = "\n".join(("> " + l) if l else ">" for l in lines)
    d = qdate
    if style == "gmail":
        head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, who, addr)
        return head + "\n" + gt
    if style == "apple":
        head = "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n>" % (
            d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, who, addr)
        return head + "\n" + gt
    if style == "outlook":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s" % (
            who, addr, FR_DAYS_LONG[d.weekday()], d.day, FR_MONTHS_LONG[d.month - 1], d.year, d.hour, d.minute,
            to_addr, subj, text))
    if style == "en":
        hr = d.hour % 12 or 12
        head = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, hr, d.minute,
            "AM" if d.hour < 12 else "PM", who, addr)
        return head + "\n" + gt
    if style == "enoutlook":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s" % (
            who, addr, EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute,
            "AM" if d.hour < 12 else "PM", to_addr, subj, text))
    if style == "fwd":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %d %s %d à %02d:%02d\nObjet : %s\nÀ : %s\n\n%s" % (
            who, addr, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, subj, to_addr, text))
    if style == "fwden":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: <%s>\n\n%s" % (
            who, addr, EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute,
            "AM" if d.hour < 12 else "PM", subj, to_addr, text))
    raise ValueError(style)


# ---------------------------------------------------------------- ids
def message_id(key, addr, dt):
    x = h(key, "mid")
    dom = addr.split("@")[-1].lower()
    ts = int(dt.timestamp())
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA+%s%s@mail.gmail.com>" % (x[:20].upper(), x[20:34])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm0%d.ha.mail.orange.fr>" % (
            int(x[:6], 16), int(x[6:12], 16), ts * 1000 + int(x[12:15], 16) % 1000, int(x[15], 16) % 9 + 1)
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "hotmail.co.uk", "live.fr", "hotmail.ca"):
        return "<PAXP193MB%s%s@PAXP193MB%s.EURP193.PROD.OUTLOOK.COM>" % (
            x[:4].upper(), x[4:20].upper(), x[20:24].upper())
    if dom.startswith("yahoo") or dom in ("aol.com", "aol.co.uk"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:8], 16), int(x[8:14], 16), ts * 1000)
    if dom in ("icloud.com", "me.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if dom in ("free.fr", "laposte.net", "sfr.fr"):
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.%s>" % (
            int(x[:6], 16), int(x[6:12], 16), ts, int(x[12], 16) % 60 + 1, int(x[13], 16) % 3 + 1, dom)
    if dom in ("floraisondesoi.fr",):
        return "<%s.%s@floraisondesoi.fr>" % (x[:16], x[16:24])
    return "<%s.%d@%s>" % (x[:24], ts, dom)


def boundary(key, i):
    return "=_b76_%s_%d" % (h(key, "bnd")[:24], i)


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 12 Tf 50 750 Td (%s) Tj ET" % t
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out.encode("latin-1")))
        out += "%d 0 obj\n%s\nendobj\n" % (i + 1, o)
    xref = len(out.encode("latin-1"))
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


def make_png(seed):
    r, g, b = bytes.fromhex(seed[:6])

    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes([r, g, b]) * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % htmlmod.escape(text))
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_ics(key, dt):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//b76//EN\r\nBEGIN:VEVENT\r\nUID:%s@b76\r\n"
            "DTSTAMP:%s\r\nDTSTART:20260413T073000Z\r\nDTEND:20260413T090000Z\r\nSUMMARY:Intervision\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n" % (h(key, "ics")[:16], dt.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")))


def add_attachment(msg, key, kind, name, text, dt):
    if kind == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=name)
    elif kind == "png":
        msg.add_attachment(make_png(h(key, name)), maintype="image", subtype="png", filename=name)
    elif kind == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "csv":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=name)
    elif kind == "ics":
        msg.add_attachment(make_ics(key, dt).encode("utf-8"), maintype="text", subtype="calendar", filename=name)
    elif kind == "txt":
        msg.add_attachment(text, filename=name)
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------- body
def to_html(text):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % "\n".join(out))


CTES = ("quoted-printable", "base64", "8bit", "quoted-printable", "8bit")


def pick_cte(key, text, override):
    if override:
        return override
    c = CTES[int(h(key, "cte")[:4], 16) % len(CTES)]
    if c == "8bit" and any(len(l.encode("utf-8")) > 900 for l in text.split("\n")):
        c = "quoted-printable"
    return c


def build(rec):
    key = rec["key"]
    dt = msg_date(key)
    fname, faddr = rec["frm"]
    to = rec.get("to") or HER[int(h(key, "to")[:2], 16) % 4 == 0]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = ("%s <%s>" % (fname, faddr)) if fname else faddr
    if faddr in HER and to in HER and to != faddr:
        pass
    msg["To"] = to
    if rec.get("cc"):
        msg["Cc"] = ", ".join(rec["cc"])
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = message_id(key, faddr, dt)
    if rec.get("reply") or (rec.get("quote") and rec["quote"][0] not in ("fwd", "fwden")):
        ref = "<%s@%s>" % (h(key, "ref")[:20], rec["quote"][2].split("@")[1] if rec.get("quote") else "mail.gmail.com")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    extra = dict(rec.get("headers", {}))
    if "X-Mailer" not in extra and "Auto-Submitted" not in extra and "Precedence" not in extra:
        dom = faddr.split("@")[-1].lower()
        if dom in ("orange.fr", "wanadoo.fr"):
            extra["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev%d" % (40 + int(h(key, "xm")[:2], 16) % 30)
        elif dom in ("free.fr", "laposte.net", "sfr.fr"):
            extra["X-Mailer"] = "Zimbra 8.8.15_GA_4%d (ZimbraWebClient - FF1%d (Win))" % (
                int(h(key, "xm")[:2], 16) % 90 + 100, int(h(key, "xm")[2:4], 16) % 30 + 10)
        elif dom == "icloud.com":
            extra["X-Mailer"] = "Apple Mail (2.3826.%d)" % (int(h(key, "xm")[:2], 16) % 600)
        elif dom in ("btinternet.com", "sky.com", "virginmedia.com", "talktalk.net") or rec.get("html") == "alt" and faddr not in HER:
            extra["X-Mailer"] = "Microsoft Outlook 16.0"
    for k, v in extra.items():
        msg[k] = v

    body = rec["body"]
    if rec.get("quote"):
        style, who, addr, qsubj, qtext = rec["quote"]
        qdate = dt - datetime.timedelta(days=1 + int(h(key, "qd")[:4], 16) % 20, minutes=int(h(key, "qm")[:4], 16) % 600)
        qdate = paris(qdate.replace(tzinfo=None))
        rq = render_quote(style, who, addr, qsubj, qtext, qdate, faddr if addr in HER else to)
        body = (body + "\n\n" + rq) if body else rq
    if body and not body.endswith("\n"):
        body += "\n"

    cte = pick_cte(key, body, rec.get("cte"))
    mode = rec.get("html")
    if mode == "only":
        msg.set_content(to_html(body), subtype="html", cte=cte)
    else:
        msg.set_content(body, cte=cte)
        if mode == "alt":
            msg.add_alternative(to_html(body), subtype="html", cte="quoted-printable")

    shape = rec.get("shape")
    if shape in ("report", "rfc822"):
        ofrom, oto, osubj, otext = rec["orig"]
        orig = EmailMessage(policy=policy.SMTP)
        orig["From"] = ofrom
        orig["To"] = oto
        orig["Subject"] = osubj
        od = paris((dt - datetime.timedelta(hours=2 + int(h(key, "od")[:3], 16) % 200)).replace(tzinfo=None))
        orig["Date"] = format_datetime(od)
        orig["Message-ID"] = message_id(key + "#orig", ofrom.split("<")[-1].strip(">"), od)
        orig["MIME-Version"] = "1.0"
        orig.set_content(otext + "\n", cte="quoted-printable")
        if shape == "rfc822":
            msg.add_attachment(orig)
        else:
            msg.make_mixed()
            msg.replace_header("Content-Type", "multipart/report; report-type=delivery-status")
            ds = EmailMessage(policy=policy.SMTP)
            ds["Content-Type"] = "message/delivery-status"
            ds["Content-Transfer-Encoding"] = "7bit"
            mta = faddr.split("@")[1].lower()
            b1 = EmailMessage(policy=policy.SMTP)
            b1["Reporting-MTA"] = "dns; %s" % mta
            b1["Arrival-Date"] = format_datetime(dt)
            b2 = EmailMessage(policy=policy.SMTP)
            b2["Final-Recipient"] = "rfc822; %s" % oto
            b2["Action"] = "failed"
            b2["Status"] = "5.1.1"
            b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown" % oto
            ds.set_payload([b1, b2])
            msg.attach(ds)
            op = EmailMessage(policy=policy.SMTP)
            op.set_content(orig)
            msg.attach(op)

    for kind, name, text in rec.get("attach", []):
        add_attachment(msg, key, kind, name, text, dt)

    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(boundary(key, i))
    return msg


def main():
    recs = load_records()
    labels = {}
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    for fn, rec in ordered(recs):
        msg = build(rec)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        labels[fn] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
