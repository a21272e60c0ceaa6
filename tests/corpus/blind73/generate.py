#!/usr/bin/env python3
"""Write b73-NNNN.eml and labels.json from the record files (standard library only)."""
import datetime as dt
import hashlib
import html
import importlib
import json
import os
import struct
import sys
import zipfile
import zlib
import io
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from email import message_from_bytes

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b73"
RECORD_MODULES = ["records_fr_req", "records_fr_neg", "records_en"]
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
SANDRA = "Sandra Delomenie"


def load_records():
    recs = []
    for name in RECORD_MODULES:
        mod = importlib.import_module(name)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, dup
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def h(key, salt=""):
    return hashlib.sha256((key + "|" + salt).encode()).hexdigest()


def hint(key, salt, n):
    return int(h(key, salt)[:12], 16) % n


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris(naive):
    start = dt.datetime.combine(last_sunday(naive.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(naive.year, 10), dt.time(3, 0))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def msg_date(rec):
    if rec.get("date"):
        naive = dt.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
    else:
        base = dt.datetime(2025, 1, 2, 7, 0)
        days = hint(rec["key"], "day", 540)
        mins = hint(rec["key"], "min", 14 * 60)
        naive = base + dt.timedelta(days=days, minutes=mins)
    naive = naive.replace(second=hint(rec["key"], "sec", 60))
    return paris(naive)


JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


# ---------------------------------------------------------------- message ids
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b62(seed, n):
    out, x = [], int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    for _ in range(n):
        x, r = divmod(x, 62)
        out.append(B62[r])
    return "".join(out)


def message_id(addr, seed):
    dom = addr.rsplit("@", 1)[-1].lower().strip(">")
    hx = hashlib.sha256(seed.encode()).hexdigest()
    num = int(hx[:15], 16)
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (b62(seed, 30), b62(seed + "b", 14))
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm0%dnd1>" % (
            num % 10**9, num % 97 + 100, 1700000000000 + num % 10**11, num % 4 + 1)
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "live.co.uk", "msn.com"):
        tag = hx[15:31].upper()
        srv = "AM%dPR0%dMB%04d" % (num % 9 + 1, num % 7 + 1, num % 10000)
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (srv, tag, srv, num % 5 + 1)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = hx[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (num % 10**9, num % 10**6, 1700000000000 + num % 10**11)
    if dom in ("protonmail.com", "proton.me", "pm.me"):
        return "<%s=@proton.me>" % b62(seed, 40)
    if dom in ("free.fr", "laposte.net", "sfr.fr", "neuf.fr", "bbox.fr", "gmx.fr", "gmx.de", "aol.com", "skynet.be", "bluewin.ch", "videotron.ca"):
        return "<%s.%s@%s>" % (hx[:20], hx[20:28], dom)
    return "<%s.%s@%s>" % (hx[:16], hx[16:32], dom if "." in dom else "mail.example")


# ---------------------------------------------------------------- quoting
def fr_dt_gmail(d):
    return "%s %d %s %d à %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)


def quote_block(rec, when):
    q = rec["quote"].strip("\n")
    style = rec.get("qstyle", "gmail")
    qfrom = rec.get("qfrom", "%s <%s>" % (SANDRA, CONTACT))
    qname = qfrom.split("<")[0].strip() or qfrom
    qaddr = qfrom.split("<")[-1].strip(">") if "<" in qfrom else qfrom
    to_addr = rec["frm"]
    gt = lambda s: "\n".join(("> " + l) if l else ">" for l in s.split("\n"))
    subj = rec.get("qsubject", rec["subject"].split(":", 1)[-1].strip())
    if style == "gmail":
        return "\n\nLe %s, %s <%s> a écrit :\n%s\n" % (fr_dt_gmail(when), qname, qaddr, gt(q))
    if style == "apple":
        return "\n\n> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> \n%s\n" % (
            when.day, MOIS[when.month - 1], when.year, when.hour, when.minute, qname, qaddr, gt(q))
    if style == "outlook":
        return ("\n\n________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\n"
                "À : %s\nObjet : %s\n\n%s\n") % (
            qname, qaddr, JOURS_L[when.weekday()], when.day, MOIS[when.month - 1], when.year,
            when.hour, when.minute, to_addr, subj, q)
    if style == "en":
        return "\n\nOn %s, %d %s %d at %02d:%02d, %s <%s> wrote:\n%s\n" % (
            DAYS_EN[when.weekday()], when.day, MONTHS_EN[when.month - 1], when.year,
            when.hour, when.minute, qname, qaddr, gt(q))
    if style == "en_outlook":
        hr = when.hour % 12 or 12
        return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\n"
                "To: %s\nSubject: %s\n\n%s\n") % (
            qname, qaddr, DAYS_EN_L[when.weekday()], MONTHS_EN_L[when.month - 1], when.day, when.year,
            hr, when.minute, "AM" if when.hour < 12 else "PM", to_addr, subj, q)
    if style == "fwd":
        return ("\n\n---------- Message transféré ---------\nDe : %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n") % (
            qname, qaddr, fr_dt_gmail(when).replace(" à ", " à "), subj, to_addr, q)
    if style == "en_fwd":
        return ("\n\nBegin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %d %s %d at %02d:%02d\nTo: %s\n\n%s\n") % (
            qname, qaddr, subj, when.day, MONTHS_EN_L[when.month - 1], when.year, when.hour, when.minute, to_addr, q)
    raise ValueError(style)


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    text = text.encode("latin-1", "replace").decode("latin-1")
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 780 Td (%s) Tj ET" % esc
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def make_png(seed):
    w, hgt = 4, 4
    c = hashlib.sha256(seed.encode()).digest()
    raw = b"".join(b"\x00" + bytes(c[(y * 3) % 24:(y * 3) % 24 + 3]) * w for y in range(hgt))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(l)
                    for l in text.split("\n"))
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
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def add_attachment(msg, att, seed):
    kind, fname, text = att
    if kind == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
    elif kind == "png":
        msg.add_attachment(make_png(seed + fname), maintype="image", subtype="png", filename=fname)
    elif kind == "jpg_as_png":
        msg.add_attachment(make_png(seed + fname), maintype="image", subtype="png", filename=fname)
    elif kind == "csv":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
    elif kind == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    elif kind == "ics":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
    elif kind == "txt":
        msg.add_attachment(text, filename=fname)
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------- body
def to_html(text):
    out, quote = [], False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % "\n".join(out))


def pick_cte(rec, text, salt):
    if rec.get("cte"):
        return rec["cte"]
    try:
        text.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    longest = max((len(l.encode("utf-8")) for l in text.split("\n")), default=0)
    if ascii_ok and longest <= 76:
        return "7bit"
    opts = ["quoted-printable", "quoted-printable", "base64", "8bit"]
    c = opts[hint(rec["key"], salt, 4)]
    if c == "8bit" and longest > 900:
        c = "quoted-printable"
    if ascii_ok and c == "8bit":
        c = "7bit" if longest <= 900 else "quoted-printable"
    return c


def set_text(msg, rec, text, subtype="plain", salt="plain"):
    cte = pick_cte(rec, text, salt)
    msg.set_content(text, subtype=subtype, charset="utf-8", cte=cte)


def full_text(rec, when):
    body = rec["body"]
    if rec.get("quote"):
        qwhen = when - dt.timedelta(days=1 + hint(rec["key"], "qd", 9), hours=hint(rec["key"], "qh", 7))
        body = body.rstrip("\n") + quote_block(rec, qwhen)
    if not body.endswith("\n"):
        body += "\n"
    return body


def build_simple(rec, when):
    msg = EmailMessage(policy=policy.SMTP)
    text = full_text(rec, when)
    mode = rec.get("html")
    if rec["body"] == "" and not rec.get("quote"):
        text = "\n"
    if mode == "only":
        set_text(msg, rec, to_html(text), "html", "html")
    else:
        set_text(msg, rec, text)
        if mode == "alt":
            hmsg = to_html(text)
            msg.add_alternative(hmsg, subtype="html", charset="utf-8", cte=pick_cte(rec, hmsg, "html"))
    for a in rec.get("att", []):
        add_attachment(msg, a, rec["key"])
    if rec.get("kind") == "rfc822":
        inner = build_inner(rec)
        msg.add_attachment(inner)
    return msg


def build_inner(rec):
    i = rec["inner"]
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = i["frm"]
    inner["To"] = i.get("to", CONTACT)
    inner["Subject"] = i["subject"]
    d = paris(dt.datetime.strptime(i["date"], "%Y-%m-%d %H:%M"))
    inner["Date"] = format_datetime(d)
    inner["Message-ID"] = message_id(i["frm"].split("<")[-1], rec["key"] + "inner")
    inner.set_content(i["body"], charset="utf-8", cte="quoted-printable")
    return inner


def build_bounce(rec, when, to_addr):
    b = rec["bounce"]
    bnd = "=_b73r_" + h(rec["key"], "bnd0")[:24]
    orig_date = format_datetime(when - dt.timedelta(minutes=3))
    raw = (
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"\n\n'
        "This is a MIME-encapsulated message\n\n--%s\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n--%s\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; %s\nArrival-Date: %s\n\n"
        "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp; %s\n\n--%s\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n\n--%s--\n"
    ) % (bnd, bnd, rec["body"].rstrip("\n"), bnd, b["mta"], orig_date, b["rcpt"], b["status"], b["diag"], bnd,
         b.get("ofrom", "Sandra Delomenie <%s>" % to_addr), b["rcpt"], b["osubject"], orig_date,
         message_id(to_addr, rec["key"] + "orig"), bnd)
    return message_from_bytes(raw.encode("utf-8"), policy=policy.SMTP)


def build(rec):
    when = msg_date(rec)
    to = rec.get("to")
    if to is None:
        to = "contact" if hint(rec["key"], "to", 10) < 7 else "orange"
    to_addr = {"contact": CONTACT, "orange": ORANGE}.get(to, to)
    if rec.get("kind") == "bounce":
        msg = build_bounce(rec, when, to_addr)
    else:
        msg = build_simple(rec, when)
    frm_addr = rec["frm"].split("<")[-1].strip(">")
    hdrs = [("From", rec["frm"]),
            ("To", rec.get("to_display", to_addr if "@" in to_addr else to_addr))]
    if rec.get("cc"):
        hdrs.append(("Cc", rec["cc"]))
    if rec.get("reply_to"):
        hdrs.append(("Reply-To", rec["reply_to"]))
    hdrs.append(("Subject", rec["subject"]))
    hdrs.append(("Date", format_datetime(when)))
    hdrs.append(("Message-ID", message_id(frm_addr, rec["key"])))
    if rec.get("reply") or (rec.get("quote") and rec.get("qstyle", "gmail") not in ("fwd", "en_fwd")):
        parent = message_id(rec.get("qfrom", CONTACT).split("<")[-1].strip(">"), rec["key"] + "parent")
        grand = message_id(frm_addr, rec["key"] + "grand")
        hdrs.append(("In-Reply-To", parent))
        hdrs.append(("References", "%s %s" % (grand, parent)))
    for k, v in rec.get("headers", {}).items():
        hdrs.append((k, v))
    # put routing headers first, MIME headers after
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    if "MIME-Version" not in [k for k, _ in existing]:
        msg["MIME-Version"] = "1.0"
    for k, v in existing:
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_b73_%s_%d" % (h(rec["key"], "bnd%d" % n)[:20], n))
            n += 1
    return msg


def main():
    recs = load_records()
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
