#!/usr/bin/env python3
"""Deterministic generator for the b42 corpus.

Writes b42-0001.eml ... b42-NNNN.eml and labels.json next to this file.
Everything that could vary (file order, dates, Message-IDs, MIME boundaries,
content-transfer-encodings, attachment bytes) is derived from sha256 of the
record key, so output is byte-identical on every run whatever PYTHONHASHSEED.
Standard library only.
"""
import base64
import glob
import hashlib
import html as htmlmod
import io
import json
import os
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, Message
from email.headerregistry import Address
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import records_fr_requests  # noqa: E402
import records_fr_negatives  # noqa: E402
import records_en  # noqa: E402

PREFIX = "b42"
POL = policy.SMTP


def H(*parts):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def hint(key, salt, n):
    return int(H(key, salt), 16) % n


def hbytes(key, salt, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s\x1f%s\x1f%d" % (key, salt, i)).encode()).digest()
        i += 1
    return out[:n]


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(naive):
    start = last_sunday(naive.year, 3).replace(hour=2)
    end = last_sunday(naive.year, 10).replace(hour=3)
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def msg_date(key):
    day = hint(key, "day", 730)
    hour = 7 + hint(key, "hour", 16)
    naive = datetime(2025, 1, 1) + timedelta(days=day, hours=hour,
                                             minutes=hint(key, "min", 60), seconds=hint(key, "sec", 60))
    if naive.year > 2026:
        naive = naive.replace(year=2026)
    return paris(naive)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]


def ampm(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def fmt_quote_date(style, d):
    if style == "gmail_fr":
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if style == "gmail_en":
        return "%s, %s %d, %d at %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, ampm(d))
    if style == "apple_fr":
        return "%d %s %d à %02d:%02d" % (d.day, FR_MONTHS_LONG[d.month - 1], d.year, d.hour, d.minute)
    if style == "apple_en":
        return "%d %s %d, at %02d:%02d" % (d.day, EN_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if style == "outlook_fr":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS_LONG[d.weekday()], d.day, FR_MONTHS_LONG[d.month - 1], d.year, d.hour, d.minute)
    if style == "outlook_en":
        return "%s, %s %d, %d %s" % (EN_DAYS_LONG[d.weekday()], EN_MONTHS_LONG[d.month - 1], d.day, d.year, ampm(d))
    if style == "plain_fr":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    raise ValueError(style)


def fill_dates(key, text, date):
    counter = [0]

    def sub(m):
        counter[0] += 1
        i = counter[0]
        back = timedelta(hours=sum(3 + hint(key, "q%d" % j, 140) for j in range(1, i + 1)),
                         minutes=hint(key, "qm%d" % i, 60))
        d = (date - back).replace(tzinfo=None)
        if not 7 <= d.hour <= 21:  # people write during the day
            d = d.replace(hour=8 + hint(key, "qh%d" % i, 13))
            if d >= date.replace(tzinfo=None):
                d -= timedelta(days=1)
        return fmt_quote_date(m.group(1), d)

    return re.sub(r"\[\[(\w+)\]\]", sub, text)


# ---------------------------------------------------------------- ids
def domain_of(addr):
    a = parseaddr(addr)[1]
    return a.split("@", 1)[1].lower() if "@" in a else "localhost"


def message_id(key, frm, salt="mid"):
    dom = domain_of(frm)
    h = H(key, salt)
    b = hbytes(key, salt, 30)
    if dom in ("gmail.com", "googlemail.com"):
        s = base64.b64encode(b).decode().rstrip("=")
        return "<CA%s@mail.gmail.com>" % s[:36]
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "live.com", "msn.com",
               "live.be", "hotmail.be"):
        box = "PAXP%dMB%04d" % (190 + hint(key, "box", 10), hint(key, "boxn", 10000))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (box, h[:24].upper(), box, 190 + hint(key, "box", 10))
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02daub.bagnolet.francetelecom.fr>" % (
            int(h[:7], 16), int(h[7:11], 16), 1700000000000 + int(h[11:20], 16) % 99999999999, hint(key, "ox", 40))
    if dom in ("yahoo.fr", "yahoo.com", "yahoo.co.uk"):
        return "<%d.%d@mail.yahoo.com>" % (int(h[:9], 16), int(h[9:17], 16))
    if dom in ("free.fr", "laposte.net", "sfr.fr", "gmx.de", "gmx.fr", "proton.me", "protonmail.com", "web.de",
               "bluewin.ch", "skynet.be", "videotron.ca", "telenet.be"):
        return "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    return "<%s.%s@%s>" % (h[:20], h[20:28], dom)


def boundary(key, idx):
    h = H(key, "boundary", idx)
    style = hint(key, "bstyle", 4)
    if style == 0:
        return "000000000000" + h[:16]
    if style == 1:
        u = h[:32].upper()
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if style == 2:
        return "_%03d_%s_" % (idx, h[:28].upper())
    return "===============%s==" % str(int(h[:16], 16))[:19]


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    lines = text.split("\n")
    stream = "BT /F1 12 Tf 50 780 Td 14 TL\n" + "".join("(%s) '\n" % l for l in lines) + "ET\n"
    stream_b = stream.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream_b) + stream_b + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def make_png(key, salt, w=16, h=12):
    seed = hbytes(key, salt, 9)
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            raw += bytes(((seed[0] + x * seed[3]) % 256, (seed[1] + y * seed[4]) % 256, (seed[2] + x * y) % 256))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_jpg(key, salt):
    # JFIF-shaped bytes (header, comment, hash-derived scan data, EOI); not a decodable picture.
    body = hbytes(key, salt, 600 + hint(key, salt + "n", 1500)).replace(b"\xff", b"\xfe")
    com = b"scan " + H(key, salt)[:12].encode()
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + b"\xff\xfe" + struct.pack(">H", len(com) + 2) + com + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
            + body + b"\xff\xd9")


def make_docx(text):
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(l)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + paras + '</w:body></w:document>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_ics(key, summary, date):
    start = (date + timedelta(days=3 + hint(key, "ics", 20))).replace(hour=10, minute=0, second=0)
    s = start.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    e = (start + timedelta(hours=2)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    stamp = date.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Floraison de Soi//Agenda//FR\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s@floraisondesoi.fr\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nLOCATION:Maison des Associations\\, Issoudun\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (H(key, "uid")[:24], stamp, s, e, summary))


def add_attachments(msg, rec, date):
    key = rec["key"]
    for i, att in enumerate(rec.get("attach", [])):
        kind, name = att[0], att[1]
        extra = att[2] if len(att) > 2 else ""
        salt = "att%d" % i
        if kind == "pdf":
            msg.add_attachment(make_pdf(extra or name), maintype="application", subtype="pdf", filename=name)
        elif kind == "png":
            msg.add_attachment(make_png(key, salt), maintype="image", subtype="png", filename=name)
        elif kind == "jpg":
            msg.add_attachment(make_jpg(key, salt), maintype="image", subtype="jpeg", filename=name)
        elif kind == "csv":
            msg.add_attachment(extra, subtype="csv", filename=name)
        elif kind == "txt":
            msg.add_attachment(extra, subtype="plain", filename=name)
        elif kind == "docx":
            msg.add_attachment(make_docx(extra or name), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
        elif kind == "ics":
            msg.add_attachment(make_ics(key, extra or name, date), subtype="calendar", filename=name,
                               params={"method": "REQUEST"})
        elif kind == "eml":
            inner = EmailMessage(policy=POL)
            inner["From"] = addrs(extra["frm"])
            inner["To"] = addrs(extra.get("to", "contact@floraisondesoi.fr"))
            inner["Subject"] = extra["subject"]
            inner["Date"] = format_datetime(date - timedelta(days=1 + hint(key, "inner", 20)))
            inner["Message-ID"] = message_id(key, extra["frm"], "inner")
            inner.set_content(extra["body"])
            msg.add_attachment(inner)
            # name is unused for message/rfc822
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- bodies
def text_to_html(text):
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            inner = []
            while i < len(lines) and lines[i].startswith(">"):
                l = lines[i][1:]
                inner.append(l[1:] if l.startswith(" ") else l)
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + text_to_html("\n".join(inner)) + "</blockquote>")
        else:
            l = lines[i]
            out.append("<div>%s</div>" % (htmlmod.escape(l) if l.strip() else "<br>"))
            i += 1
    return "\n".join(out)


def wrap_html(rec, inner):
    style = hint(rec["key"], "hstyle", 3)
    if style == 0:
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body><div dir="ltr">\n' + inner + '\n</div></body></html>\n')
    if style == 1:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif}'
                '</style></head><body lang="FR" style="word-wrap:break-word"><div class="WordSection1">\n'
                + inner + '\n</div></body></html>\n')
    return ('<html><head><meta charset="UTF-8"></head><body style="overflow-wrap: break-word;">\n'
            + inner + '\n</body></html>\n')


def choose_cte(rec, salt, text):
    if "cte" in rec:
        return rec["cte"]
    n = hint(rec["key"], salt, 10)
    if n <= 3:
        return None
    if n <= 6:
        return "quoted-printable"
    if n <= 8:
        return "base64"
    if max((len(l.encode()) for l in text.split("\n")), default=0) < 900:
        return "8bit"
    return None


def set_text(part, rec, text, subtype, salt):
    cte = choose_cte(rec, salt, text)
    if cte is None:
        part.set_content(text, subtype=subtype)
    else:
        part.set_content(text, subtype=subtype, cte=cte)


def build_bounce(rec, msg, date):
    b = rec["bounce"]
    key = rec["key"]
    msg["Content-Type"] = 'multipart/report; report-type=delivery-status'
    human = EmailMessage(policy=POL)
    human.set_content(fill_dates(key, rec["body"], date))
    dsn = Message()
    dsn["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; " + b["mta"]
    b1["Arrival-Date"] = format_datetime(date - timedelta(seconds=5 + hint(key, "arr", 50)))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + b["rcpt"]
    b2["Original-Recipient"] = "rfc822;" + b["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = b["status"]
    b2["Remote-MTA"] = "dns; " + b.get("remote", b["rcpt"].split("@")[1])
    b2["Diagnostic-Code"] = "smtp; " + b["diag"]
    dsn.attach(b1)
    dsn.attach(b2)
    third = EmailMessage(policy=POL)
    orig_date = format_datetime(date - timedelta(seconds=10 + hint(key, "orig", 100)))
    if "orig_body" in b:
        inner = EmailMessage(policy=POL)
        inner["From"] = addrs(b["orig_from"])
        inner["To"] = b["rcpt"]
        inner["Subject"] = b["orig_subject"]
        inner["Date"] = orig_date
        inner["Message-ID"] = message_id(key, b["orig_from"], "orig")
        inner.set_content(fill_dates(key, b["orig_body"], date))
        third.set_content(inner)
    else:
        hdrs = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
            b["orig_from"], b["rcpt"], b["orig_subject"], orig_date, message_id(key, b["orig_from"], "orig")))
        third.set_content(hdrs, subtype="rfc822-headers", cte="7bit" if hdrs.isascii() else "8bit")
    for p in (human, dsn, third):
        if "MIME-Version" in p:
            del p["MIME-Version"]
        msg.attach(p)


def addrs(value):
    """Address objects so display names are quoted/encoded correctly (e.g. "Systeme.io")."""
    out = []
    for name, spec in getaddresses([value]):
        local, _, dom = spec.partition("@")
        out.append(Address(display_name=name, username=local, domain=dom))
    return out


def build(rec):
    key = rec["key"]
    date = msg_date(key)
    msg = EmailMessage(policy=POL)
    msg["From"] = addrs(rec["frm"])
    msg["To"] = addrs(rec.get("to", "contact@floraisondesoi.fr"))
    if rec.get("cc"):
        msg["Cc"] = addrs(rec["cc"])
    if rec["subject"] is not None:
        msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(key, rec["frm"])
    subj = rec["subject"] or ""
    reply = rec.get("reply")
    if reply is None:
        reply = bool(re.match(r"(?i)^\s*(re|r[ée]f|aw|sv)\s*:", subj)) and hint(key, "reply", 5) != 0
    if reply:
        parent = "<%s.%s@floraisondesoi.fr>" % (H(key, "parent")[:16], H(key, "parent")[16:24])
        grand = "<%s@mail.gmail.com>" % H(key, "grand")[:28]
        msg["In-Reply-To"] = parent
        msg["References"] = (grand + " " + parent) if hint(key, "refs", 2) else parent
    if rec.get("reply_to"):
        msg["Reply-To"] = addrs(rec["reply_to"])
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    if rec.get("mailer"):
        msg["X-Mailer"] = rec["mailer"]
    msg["MIME-Version"] = "1.0"

    if "bounce" in rec:
        build_bounce(rec, msg, date)
    else:
        text = fill_dates(key, rec["body"], date)
        mode = rec.get("html")
        if mode is None and not rec.get("attach") and hint(key, "alt", 4) == 0:
            mode = "alt"
        html_body = rec.get("html_body")
        if html_body is not None:
            html_body = fill_dates(key, html_body, date)
        elif mode in ("alt", "only"):
            html_body = wrap_html(rec, text_to_html(text))
        cid = "logo.%s@floraisondesoi.systeme.io" % H(key, "cid")[:12]
        if html_body is not None:
            html_body = html_body.replace("{{CID}}", cid)
        if mode == "only":
            set_text(msg, rec, html_body, "html", "cte_h")
            if rec.get("logo"):
                msg.add_related(make_png(key, "logo", 24, 8), "image", "png", cid="<%s>" % cid)
        elif mode == "alt":
            set_text(msg, rec, text, "plain", "cte_t")
            alt = EmailMessage(policy=POL)
            set_text(alt, rec, html_body, "html", "cte_h")
            msg.make_alternative()
            del alt["MIME-Version"]
            msg.attach(alt)
            if rec.get("logo"):
                msg.get_payload()[1].add_related(make_png(key, "logo", 24, 8), "image", "png", cid="<%s>" % cid)
        else:
            set_text(msg, rec, text, "plain", "cte_t")
        if rec.get("attach"):
            add_attachments(msg, rec, date)

    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(boundary(key, i))
            for child in part.get_payload():
                if "MIME-Version" in child:
                    del child["MIME-Version"]
    return msg


def all_records():
    recs = records_fr_requests.RECORDS + records_fr_negatives.RECORDS + records_en.RECORDS
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, dup
    return recs


def main():
    recs = sorted(all_records(), key=lambda r: H(r["key"], "order"))
    for old in glob.glob(os.path.join(HERE, PREFIX + "-*.eml")):
        os.remove(old)
    labels = {}
    for n, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        data = build(rec).as_bytes(policy=POL)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
