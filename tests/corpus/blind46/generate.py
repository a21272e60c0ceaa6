#!/usr/bin/env python3
"""Write b46-NNNN.eml and labels.json next to this file from the record files.

Deterministic: every variable choice is derived from sha256 of the record key.
Standard library only.
"""
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.header import Header
from email.utils import format_datetime, formataddr
import io

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from corpus_records import all_records  # noqa: E402
from recordlib import SANDRA, SANDRA_O, SANDRA_ADDRS  # noqa: E402

PREFIX = "b46"


# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------

def h(key, salt=""):
    return hashlib.sha256((key + "|" + salt).encode("utf-8")).hexdigest()


def hint(key, salt, n):
    return int(h(key, salt)[:12], 16) % n


def ordered(records):
    return sorted(records, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_tz(local):
    start = dt.datetime.combine(last_sunday(local.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(local.year, 10), dt.time(3, 0))
    if start <= local < end:
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def record_date(rec):
    if rec.get("date"):
        local = dt.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
        local = local.replace(second=hint(rec["key"], "sec", 60))
    else:
        key = rec["key"]
        day = hint(key, "day", 535)
        base = dt.datetime(2025, 1, 6) + dt.timedelta(days=day)
        hours = [7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22, 23]
        hour = hours[hint(key, "hour", len(hours))]
        local = base.replace(hour=hour, minute=hint(key, "min", 60), second=hint(key, "sec", 60))
    return local.replace(tzinfo=paris_tz(local))


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


# --------------------------------------------------------------------------
# Message-ID styles
# --------------------------------------------------------------------------

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b62(seed, n):
    out = []
    x = int(hashlib.sha256(seed.encode()).hexdigest() * 2, 16)
    for _ in range(n):
        x, r = divmod(x, 62)
        out.append(B64[r])
    return "".join(out)


def msgid_for(addr, seed, when):
    domain = addr.split("@")[-1].lower()
    hx = h(seed, "mid")
    ts = int(when.timestamp())
    if domain in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (b62(seed + "g1", 10), b62(seed + "g2", 38))
    if domain in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d%03d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            int(hx[:8], 16) % 900000000 + 100000000, int(hx[8:12], 16) % 90000 + 10000,
            ts, int(hx[12:15], 16) % 1000, int(hx[15:17], 16) % 40)
    if domain in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "msn.com",
                  "live.be", "hotmail.be", "outlook.be"):
        box = "%s%02dMB%04d" % (["PR3P", "AM0P", "PAXP", "DB9P", "VI1P", "AS8P"][int(hx[0], 16) % 6] + "R",
                                int(hx[1:3], 16) % 20 + 1, int(hx[3:7], 16) % 10000)
        return "<%s%s@%s.EURPRD%02d.PROD.OUTLOOK.COM>" % (
            box, hx[7:23].upper(), box, int(hx[23:25], 16) % 10 + 1)
    if domain in ("icloud.com", "me.com", "mac.com"):
        u = hx[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    if domain.startswith("yahoo"):
        return "<%d.%d.%d%03d@mail.yahoo.com>" % (
            int(hx[:8], 16) % 2000000000, int(hx[8:14], 16) % 9000000, ts, int(hx[14:17], 16) % 1000)
    if domain in ("free.fr",):
        return "<%s.%s@zimbra%d-e%d.priv.proxad.net>" % (
            int(hx[:8], 16), int(hx[8:14], 16), int(hx[14], 16) % 70 + 1, int(hx[15], 16) % 3 + 1)
    if domain in ("laposte.net",):
        return "<%d.%d.%d.JavaMail.zimbra@laposte.net>" % (
            int(hx[:8], 16) % 2000000000, int(hx[8:12], 16), ts)
    if domain in ("sfr.fr", "neuf.fr"):
        return "<%s.%s@webmail.sfr.fr>" % (hx[:20], ts)
    if domain in ("proton.me", "protonmail.com", "pm.me"):
        return "<%s=@proton.me>" % b62(seed + "p", 50)
    if domain in ("gmx.fr", "gmx.net", "gmx.ch", "gmx.de", "web.de"):
        return "<trinity-%s-%s-%s-%s-%s-%d@3c-app-gmx-bap%02d>" % (
            hx[:8], hx[8:12], hx[12:16], hx[16:20], hx[20:32], ts * 1000 + int(hx[32:35], 16) % 1000,
            int(hx[35:37], 16) % 80)
    if domain in ("bluewin.ch", "videotron.ca"):
        return "<%s.%s@%s>" % (hx[:12].upper(), hx[12:18], domain)
    if domain in ("floraisondesoi.fr",):
        return "<%s@floraisondesoi.fr>" % ("%s.%s" % (hx[:16], ts))
    if "stripe" in domain:
        return "<%s@%s>" % (b62(seed, 24), "mail.stripe.com")
    if "systeme.io" in domain:
        return "<%s@mailer.systeme.io>" % hx[:32]
    if "google" in domain:
        return "<%s-%s@google.com>" % (b62(seed + "a", 22), b62(seed + "b", 10))
    return "<%s.%s@%s>" % (hx[:18], hx[18:26], domain)


# --------------------------------------------------------------------------
# quoting
# --------------------------------------------------------------------------

def fmt_addr(pair):
    return formataddr(pair)


def strip_prefix(subject):
    s = subject
    changed = True
    while changed:
        changed = False
        for p in ("Re:", "RE:", "RE :", "Re :", "TR:", "TR :", "Fwd:", "Fw:", "FW:", "Réf:", "AW:", "Tr :"):
            if s.startswith(p):
                s = s[len(p):].lstrip()
                changed = True
    return s


def quote_block(rec, when, to_pair):
    q = rec["quote"]
    style = q["style"]
    qfrm = q["frm"]
    days = q.get("days", 1 + hint(rec["key"], "qdays", 9))
    qwhen = when - dt.timedelta(days=days, minutes=hint(rec["key"], "qmin", 600))
    qwhen = qwhen.replace(tzinfo=None)
    qwhen = qwhen.replace(tzinfo=paris_tz(qwhen))
    qsubj = q.get("subject") or strip_prefix(rec["subject"])
    # the quoted message was addressed to the current sender if she wrote it, else to her
    if qfrm[1] in SANDRA_ADDRS:
        qto = rec["frm"]
    else:
        qto = to_pair
    text = q["text"].strip("\n")
    name_addr = "%s <%s>" % (qfrm[0], qfrm[1]) if qfrm[0] else qfrm[1]
    wd = qwhen.weekday()
    hm = qwhen.strftime("%H:%M")
    if style == "gmail_fr":
        head = "Le %s %d %s %d à %s, %s a écrit :" % (FR_DAYS[wd], qwhen.day, FR_MONTHS[qwhen.month - 1],
                                                     qwhen.year, hm, name_addr)
        return "\n\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")), qwhen, qsubj
    if style == "gmail_en":
        h12 = qwhen.strftime("%I:%M").lstrip("0") + (" AM" if qwhen.hour < 12 else " PM")
        head = "On %s, %d %s %d at %s, %s wrote:" % (EN_DAYS[wd], qwhen.day, EN_MONTHS[qwhen.month - 1][:3],
                                                   qwhen.year, h12, name_addr)
        return "\n\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")), qwhen, qsubj
    if style == "apple_fr":
        head = "Le %d %s %d à %s, %s a écrit :" % (qwhen.day, FR_MONTHS[qwhen.month - 1], qwhen.year, hm, name_addr)
        return "\n\n> " + head + "\n> \n" + "\n".join(("> " + l) if l else "> " for l in text.split("\n")), qwhen, qsubj
    if style == "apple_en":
        head = "On %d %s %d, at %s, %s wrote:" % (qwhen.day, EN_MONTHS[qwhen.month - 1][:3], qwhen.year, hm, name_addr)
        return "\n\n> " + head + "\n> \n" + "\n".join(("> " + l) if l else "> " for l in text.split("\n")), qwhen, qsubj
    if style == "outlook_fr":
        head = ("\n\n________________________________\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n\n"
                % (fmt_addr(qfrm), FR_DAYS_LONG[wd], qwhen.day, FR_MONTHS[qwhen.month - 1], qwhen.year, hm,
                   fmt_addr(qto), qsubj))
        return head + text, qwhen, qsubj
    if style == "outlook_en":
        h12 = qwhen.strftime("%I:%M").lstrip("0") + (" AM" if qwhen.hour < 12 else " PM")
        head = ("\n\n-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n"
                % (fmt_addr(qfrm), EN_DAYS_LONG[wd], EN_MONTHS[qwhen.month - 1], qwhen.day, qwhen.year, h12,
                   fmt_addr(qto), qsubj))
        return head + text, qwhen, qsubj
    if style == "fwd_fr":
        head = ("\n\n---------- Message transféré ---------\nDe : %s\nDate: %s %d %s %d à %s\nSubject: %s\nTo: %s\n\n"
                % (fmt_addr(qfrm), FR_DAYS[wd], qwhen.day, FR_MONTHS[qwhen.month - 1], qwhen.year, hm, qsubj,
                   fmt_addr(qto)))
        return head + text, qwhen, qsubj
    if style == "fwd_en":
        h12 = qwhen.strftime("%I:%M").lstrip("0") + (" AM" if qwhen.hour < 12 else " PM")
        head = ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s, %d %s %d at %s\nSubject: %s\nTo: %s\n\n"
                % (fmt_addr(qfrm), EN_DAYS[wd], qwhen.day, EN_MONTHS[qwhen.month - 1][:3], qwhen.year, h12,
                   qsubj, fmt_addr(qto)))
        return head + text, qwhen, qsubj
    raise ValueError("unknown quote style %r in %s" % (style, rec["key"]))


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

def text_to_html(new_text, quote_text=None, style=None):
    def paras(t):
        out = []
        for block in t.strip("\n").split("\n\n"):
            lines = [htmlmod.escape(l) for l in block.split("\n")]
            out.append("<div>%s</div>" % "<br>\n".join(lines))
        return "\n<div><br></div>\n".join(out)

    body = paras(new_text) if new_text.strip() else "<div><br></div>"
    if quote_text:
        qt = quote_text.strip("\n")
        if style and (style.startswith("gmail") or style.startswith("apple")):
            lines = qt.split("\n")
            head = lines[0].lstrip("> ").strip()
            rest = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in lines[1:]).strip("\n")
            body += ('\n<br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (htmlmod.escape(head), paras(rest)))
        else:
            body += '\n<br>\n<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">%s</div>' % paras(qt)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div dir="ltr">\n%s\n</div>\n</body>\n</html>\n' % body)


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

def make_pdf(text):
    lines = text.split("\n")
    def esc(s):
        b = s.encode("latin-1", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    content = b"BT\n/F1 11 Tf\n14 TL\n60 780 Td\n"
    for l in lines:
        content += b"(" + esc(l) + b") Tj T*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def make_png(seed, w=48, h_=32):
    hx = hashlib.sha256(seed.encode()).digest()
    bg = hx[0:3]
    fg = hx[3:6]
    raw = b""
    for y in range(h_):
        row = b"\x00"
        for x in range(w):
            on = (4 <= y < 8 and 4 <= x < w - 4) or (12 <= y < 14 and 4 <= x < (w * 2) // 3) or \
                 (18 <= y < 20 and 4 <= x < w // 2)
            row += fg if on else bg
        raw += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(l)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
         '</w:body></w:document>' % paras),
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
    for i, a in enumerate(rec.get("attachments", [])):
        kind = a["kind"]
        name = a["name"]
        text = a.get("text", "")
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=name)
        elif kind == "png":
            msg.add_attachment(make_png(rec["key"] + str(i)), maintype="image", subtype="png", filename=name)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", charset="utf-8", filename=name,
                               cte="base64" if hint(rec["key"], "csvcte%d" % i, 2) else "quoted-printable")
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=name)
        elif kind == "ics":
            msg.add_attachment(text, subtype="calendar", charset="utf-8", filename=name, cte="quoted-printable")
            msg.get_payload()[-1].set_param("method", "REQUEST")
        else:
            raise ValueError(kind)


# --------------------------------------------------------------------------
# building one message
# --------------------------------------------------------------------------

MAILERS = {
    "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
    "iphone2": ("X-Mailer", "iPhone Mail (21G93)"),
    "applemail": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_ios": ("X-Mailer", "Outlook for iOS and Android"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "orange": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev64"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "yahoo": ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
    "zimbra": ("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4581)"),
    "sogo": ("User-Agent", "SOGoMail 5.10.0"),
    "php": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
}


def default_mailer(rec):
    dom = rec["frm"][1].split("@")[-1]
    r = hint(rec["key"], "mailer", 10)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "orange" if r < 6 else ("iphone" if r < 8 else None)
    if dom.startswith("yahoo"):
        return "yahoo"
    if dom in ("icloud.com", "me.com"):
        return "iphone" if r < 6 else "applemail"
    if dom == "free.fr":
        return "zimbra" if r < 5 else "thunderbird"
    if dom in ("gmail.com",):
        return "iphone2" if r < 2 else None
    if dom in ("hotmail.fr", "outlook.fr", "hotmail.com", "outlook.com", "live.fr"):
        return "outlook_ios" if r < 2 else None
    return None


def default_html(rec):
    """Webmail and phone clients usually send text + HTML; decided from the key hash."""
    dom = rec["frm"][1].split("@")[-1]
    if rec["frm"][1] in SANDRA_ADDRS or rec.get("special"):
        return None
    r = hint(rec["key"], "html", 100)
    if dom in ("gmail.com",):
        return "alt" if r < 65 else None
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "hotmail.es"):
        return "alt" if r < 55 else (None if r < 92 else "only")
    if dom in ("icloud.com", "me.com", "yahoo.fr", "yahoo.com", "yahoo.co.uk"):
        return "alt" if r < 45 else None
    if dom.endswith(".fr") and not dom.startswith(("orange", "wanadoo", "free", "laposte", "sfr")):
        return "alt" if r < 40 else None
    return "alt" if r < 12 else None


def resolve_to(rec):
    to = rec.get("to")
    if isinstance(to, tuple):
        return to
    if to is None:
        to = "contact" if hint(rec["key"], "to", 100) < 64 else "orange"
    variant = hint(rec["key"], "todisp", 3)
    if to == "contact":
        names = ["Floraison de Soi", "Sandra Delomenie", ""]
        return (names[variant], "contact@floraisondesoi.fr")
    names = ["Sandra Deloménie", "Sandra DELOMENIE", ""]
    return (names[variant], "sandra.delomenie@orange.fr")


def choose_cte(rec, text):
    c = rec.get("cte")
    if c:
        if c == "7bit" and any(ord(ch) > 127 for ch in text):
            c = "8bit"
        return {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[c]
    if all(ord(ch) < 128 for ch in text) and max((len(l) for l in text.split("\n")), default=0) < 900:
        return "7bit" if hint(rec["key"], "cte", 4) else "quoted-printable"
    r = hint(rec["key"], "cte", 10)
    if r < 5:
        return "quoted-printable"
    if r < 8:
        return "8bit"
    return "base64"


def build_basic_headers(msg, rec, when, to_pair, mid):
    msg["From"] = fmt_addr(rec["frm"])
    msg["To"] = fmt_addr(to_pair)
    if rec.get("cc"):
        msg["Cc"] = ", ".join(fmt_addr(c) for c in rec["cc"])
    if rec.get("reply_to"):
        msg["Reply-To"] = fmt_addr(rec["reply_to"])
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid


def strip_part_mime_version(msg):
    """Sub-parts made by add_attachment() carry a MIME-Version header; real clients omit it."""
    if msg.get_content_maintype() != "multipart":
        return
    for part in msg.get_payload():
        if "MIME-Version" in part:
            del part["MIME-Version"]
        strip_part_mime_version(part)


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("=_%s_%d_%s" % (h(key, "bnd%d" % n)[:20], n, h(key, "bb%d" % n)[:8]))


def text_content(part, text, subtype, cte):
    part.set_content(text, subtype=subtype, charset="utf-8", cte=cte)


def build_message(rec):
    key = rec["key"]
    when = record_date(rec)
    to_pair = resolve_to(rec)
    mid = msgid_for(rec["frm"][1], key, when)

    if rec.get("special") == "bounce":
        return build_bounce(rec, when, to_pair, mid)

    new_text = rec["body"]
    quote_txt = None
    qwhen = None
    if rec.get("quote"):
        quote_txt, qwhen, _ = quote_block(rec, when, to_pair)
    full_text = new_text + (quote_txt or "")
    if full_text and not full_text.endswith("\n"):
        full_text += "\n"
    cte = choose_cte(rec, full_text)

    msg = EmailMessage()
    build_basic_headers(msg, rec, when, to_pair, mid)

    style = rec.get("quote", {}).get("style") if rec.get("quote") else None
    if style and not style.startswith("fwd"):
        qmid = msgid_for(rec["quote"]["frm"][1], key + "#q", qwhen)
        refs = [qmid]
        if hint(key, "refs", 3) == 0 and rec["quote"]["frm"][0] != "Floraison de Soi":
            refs.insert(0, msgid_for(rec["frm"][1], key + "#q0", qwhen - dt.timedelta(days=3)))
        msg["In-Reply-To"] = qmid
        msg["References"] = " ".join(refs)

    mailer = rec.get("mailer", "default")
    if mailer == "default":
        mailer = default_mailer(rec)
    if mailer and mailer != "none":
        hn, hv = MAILERS[mailer]
        msg[hn] = hv
    for hn, hv in rec.get("headers", {}).items():
        msg[hn] = hv

    htmlmode = rec["html"] if "html" in rec else default_html(rec)
    html_src = rec.get("html_body") or text_to_html(new_text, quote_txt, style)
    html_cte = "quoted-printable" if cte in ("7bit", "8bit") and hint(key, "hcte", 3) else (
        "base64" if cte == "base64" else "quoted-printable")

    if htmlmode == "only":
        text_content(msg, html_src, "html", html_cte)
    elif htmlmode == "alt":
        text_content(msg, full_text, "plain", cte)
        msg.add_alternative(html_src, subtype="html", charset="utf-8", cte=html_cte)
    else:
        text_content(msg, full_text, "plain", cte)

    if rec.get("special") == "rfc822":
        inner = build_inner(rec, when)
        msg.add_attachment(inner, disposition=rec["inner"].get("disposition", "attachment"))
    add_attachments(msg, rec)
    strip_part_mime_version(msg)
    set_boundaries(msg, key)
    return msg


def build_inner(rec, when):
    inn = rec["inner"]
    iwhen = when - dt.timedelta(days=inn.get("days", 2), hours=hint(rec["key"], "ih", 12))
    iwhen = iwhen.replace(tzinfo=None)
    iwhen = iwhen.replace(tzinfo=paris_tz(iwhen))
    m = EmailMessage()
    m["From"] = fmt_addr(inn["frm"])
    m["To"] = fmt_addr(inn["to"])
    if inn.get("cc"):
        m["Cc"] = ", ".join(fmt_addr(c) for c in inn["cc"])
    m["Subject"] = inn["subject"]
    m["Date"] = format_datetime(iwhen)
    m["Message-ID"] = msgid_for(inn["frm"][1], rec["key"] + "#inner", iwhen)
    body = inn["body"]
    if not body.endswith("\n"):
        body += "\n"
    m.set_content(body, charset="utf-8", cte="8bit" if any(ord(c) > 127 for c in body) else "7bit")
    return m


def enc_header(value):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8").encode()


def build_bounce(rec, when, to_pair, mid):
    key = rec["key"]
    b = rec["bounce"]
    msg = EmailMessage()
    build_basic_headers(msg, rec, when, to_pair, mid)
    msg["Auto-Submitted"] = "auto-replied"
    for hn, hv in rec.get("headers", {}).items():
        msg[hn] = hv
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/report; report-type="delivery-status"'
    human = EmailMessage()
    text = rec["body"] if rec["body"].endswith("\n") else rec["body"] + "\n"
    human.set_content(text, charset="utf-8", cte=choose_cte(rec, text))
    del human["MIME-Version"]
    human["Content-Description"] = "Notification"

    owhen = when - dt.timedelta(minutes=2 + hint(key, "bmin", 40))
    omid = msgid_for(b.get("orig_from", SANDRA)[1], key + "#orig", owhen)

    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; %s" % b["mta"]
    per_msg["Arrival-Date"] = format_datetime(owhen)
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; %s" % b["orig_to"]
    per_rcpt["Original-Recipient"] = "rfc822;%s" % b["orig_to"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = b["status"]
    per_rcpt["Remote-MTA"] = "dns; %s" % b.get("remote", b["orig_to"].split("@")[1])
    per_rcpt["Diagnostic-Code"] = "smtp; %s" % b["diag"]
    ds.set_payload([per_msg, per_rcpt])

    hdrs = EmailMessage()
    hdrs_txt = ("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n" % (
                    fmt_addr(b.get("orig_from", SANDRA)), b["orig_to"], enc_header(b["orig_subject"]),
                    format_datetime(owhen), omid))
    hdrs.set_content(hdrs_txt.replace("\r\n", "\n"), subtype="rfc822-headers", charset="utf-8",
                     cte="7bit")
    del hdrs["MIME-Version"]
    hdrs["Content-Description"] = "Undelivered Message Headers"
    msg.set_payload([human, ds, hdrs])
    set_boundaries(msg, key)
    return msg


def render(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
    return buf.getvalue()


def main():
    records = all_records()
    keys = [r["key"] for r in records]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for name in os.listdir(HERE):
        if name.startswith(PREFIX + "-") and name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    labels = {}
    for i, rec in enumerate(ordered(records), 1):
        fname = "%s-%04d.eml" % (PREFIX, i)
        data = render(build_message(rec))
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels[fname] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
