#!/usr/bin/env python3
"""Write b57-0001.eml ... and labels.json next to this file from the record files.

Standard library only, deterministic: every varying value (date, Message-ID, boundary,
default recipient) is derived from sha256 of the record key.
"""
import sys
sys.dont_write_bytecode = True
import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import re
import struct
import sys
import textwrap
import unicodedata
import zipfile
import zlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

PREFIX = "b57"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
HER = {
    "c": ("Sandra Delomenie", "contact@floraisondesoi.fr"),
    "o": ("Sandra Delomenie", "sandra.delomenie@orange.fr"),
}
HER_ADDRS = {a for _, a in HER.values()}
RECORD_MODULES = ("records_en_requests", "records_fr_requests",
                  "records_en_negatives", "records_fr_negatives")


# ----------------------------------------------------------------------------- records

def load_records():
    import importlib
    recs = []
    for name in RECORD_MODULES:
        mod = importlib.import_module(name)
        recs.extend(mod.RECORDS)
    seen = set()
    for r in recs:
        k = r["key"]
        if k in seen:
            raise SystemExit("duplicate key %s" % k)
        seen.add(k)
        if not (k.startswith("fr-") or k.startswith("en-")):
            raise SystemExit("bad key prefix %s" % k)
        for x in r["rights"]:
            if x not in RIGHTS:
                raise SystemExit("%s: unknown right %s" % (k, x))
        if "post_mortem" in r["rights"] and len(r["rights"]) > 1:
            raise SystemExit("%s: post_mortem must stand alone" % k)
    return recs


def sha(key, salt=""):
    return hashlib.sha256((key + "|" + salt).encode("utf-8")).digest()


def hnum(key, salt=""):
    return int.from_bytes(sha(key, salt), "big")


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def filenames(recs):
    return [("%s-%04d.eml" % (PREFIX, i + 1), r) for i, r in enumerate(ordered(recs))]


# ----------------------------------------------------------------------------- dates

def _last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris(naive):
    """Attach the Europe/Paris offset (CET/CEST) to a naive local datetime."""
    y = naive.year
    start = dt.datetime.combine(_last_sunday(y, 3), dt.time(3, 0))
    end = dt.datetime.combine(_last_sunday(y, 10), dt.time(2, 0))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def msg_date(rec):
    if rec.get("date"):
        return paris(dt.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M"))
    n = hnum(rec["key"], "date")
    day = dt.date(2025, 1, 3) + dt.timedelta(days=n % 630)
    hours = (7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 6)
    h = hours[(n >> 12) % len(hours)]
    m = (n >> 20) % 60
    s = (n >> 28) % 60
    return paris(dt.datetime(day.year, day.month, day.day, h, m, s))


def earlier(d, key, salt, hours=None):
    if hours is None:
        hours = 3 + hnum(key, salt) % 200
    naive = d.replace(tzinfo=None) - dt.timedelta(hours=hours, minutes=hnum(key, salt + "m") % 53)
    return paris(naive)


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def fr_short(d):
    return "%s. %d %s %d à %02d:%02d" % (FR_DAYS[d.weekday()][:3], d.day, FR_MONTHS[d.month - 1],
                                         d.year, d.hour, d.minute)


def fr_long(d):
    return "%s %d %s %d %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1],
                                      d.year, d.hour, d.minute)


def en_short(d):
    return "%s, %d %s %d at %02d:%02d" % (EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3],
                                          d.year, d.hour, d.minute)


def en_outlook(d):
    h12 = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year,
                                         h12, d.minute, "AM" if d.hour < 12 else "PM")


# ----------------------------------------------------------------------------- ids

def _uuid(b):
    x = b[:16].hex().upper()
    return "%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32])


def make_msgid(key, salt, addr, when, style=None):
    b = sha(key, "mid" + salt)
    dom = addr.split("@")[-1].lower()
    ms = int(when.timestamp() * 1000)
    n = int.from_bytes(b[:8], "big")
    if style is None:
        if dom in ("gmail.com", "googlemail.com"):
            style = "gmail"
        elif dom.endswith("outlook.com") or dom.startswith("hotmail") or dom.startswith("live.") \
                or dom.startswith("outlook.") or dom == "msn.com":
            style = "outlook"
        elif dom in ("orange.fr", "wanadoo.fr"):
            style = "orange"
        elif dom.startswith("yahoo") or dom.startswith("ymail"):
            style = "yahoo"
        elif dom in ("icloud.com", "me.com", "mac.com"):
            style = "apple"
        elif dom == "free.fr":
            style = "free"
        elif dom in ("proton.me", "protonmail.com", "pm.me"):
            style = "proton"
        elif dom in ("gmx.de", "gmx.net", "web.de", "gmx.fr", "gmx.ch"):
            style = "gmx"
        elif dom in ("btinternet.com", "sky.com", "eircom.net", "comcast.net", "skynet.be",
                     "bluewin.ch", "sfr.fr", "videotron.ca", "telefonica.net", "t-online.de"):
            style = "outlookdesk"
        else:
            style = "generic"
    if style == "gmail":
        core = base64.b64encode(b[:33]).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % core.rstrip("=")[:42]
    if style == "outlook":
        srv = "%s%02dMB%04d" % (("AM9P", "DB9PR", "PAXP", "AS8PR", "VI1PR", "DU0PR")[b[0] % 6],
                                b[1] % 90 + 1, n % 10000)
        reg = ("eurprd", "EURP", "eurprd0")[b[2] % 3]
        return "<%s%s@%s.%s%02d.prod.outlook.com>" % (srv, b[3:22].hex().upper(), srv, reg, b[4] % 9 + 1)
    if style == "orange":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02daub.bagnolet.francetelecom.fr>" % (
            n % 2000000000, n % 90000 + 10000, ms, b[5] % 40 + 1)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 2000000000, (n >> 20) % 9000000 + 1000000, ms)
    if style == "apple":
        return "<%s@%s>" % (_uuid(b), dom)
    if style == "free":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            n % 1000000000, (n >> 30) % 100000000, ms, b[6] % 80 + 1, b[7] % 14 + 1)
    if style == "proton":
        core = base64.urlsafe_b64encode(b[:30]).decode()
        return "<%s=@proton.me>" % core
    if style == "gmx":
        u = _uuid(b).lower()
        return "<trinity-%s-%d@3c-app-gmx-bap%02d>" % (u, ms, b[8] % 60 + 1)
    if style == "outlookdesk":
        return "<%s$%s$%s@%s>" % (("0000" + b[:4].hex())[-12:], b[4:8].hex(), b[8:12].hex(), dom)
    if style == "ses":
        return "<0102%s-%s-000000@eu-west-1.amazonses.com>" % (b[:8].hex(), _uuid(b[8:]).lower())
    if style == "sendgrid":
        return "<%s@geopod-ismtpd-%d>" % (base64.urlsafe_b64encode(b[:16]).decode().rstrip("="), b[9] % 40)
    if style == "mailchimp":
        return "<%s.%s@mail%d.atl%d.mcdlv.net>" % (b[:10].hex(), b[10:14].hex(), b[11] % 200, b[12] % 300)
    if style == "brevo":
        return "<%s@smtp-relay.sendinblue.com>" % _uuid(b).lower()
    return "<%s.%d@%s>" % (b[:12].hex(), ms, dom)


def boundary(key, i, style):
    b = sha(key, "bnd%d" % i)
    if style == "gmail":
        return "000000000000" + b[:8].hex()
    if style == "apple":
        return "Apple-Mail=_" + _uuid(b)
    if style == "outlook":
        return "_%03d_%s_" % (i, b[:18].hex().upper())
    return "----=_Part_%d_%d.%d" % (int.from_bytes(b[:3], "big"), i, int.from_bytes(b[3:9], "big"))


def mailer_style(addr):
    dom = addr.split("@")[-1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "apple"
    if "outlook" in dom or dom.startswith("hotmail") or dom.startswith("live."):
        return "outlook"
    return "other"


MAILERS = {
    "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
    "applemail": ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "mac_outlook": ("User-Agent", "Microsoft-MacOutlook/16.93.25011212"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
    "orange": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
    "yahoo": ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
    "android": ("X-Mailer", "Samsung Mail"),
}


# ----------------------------------------------------------------------------- text

def wrap_text(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def fmt_addr(t):
    return "%s <%s>" % t if t[0] else t[1]


def quote_block(rec, d, wrap=False):
    q = rec["quote"]
    style = q["style"]
    who = q.get("who") or HER["c"]
    qd = earlier(d, rec["key"], "quote", q.get("hours"))
    txt = q["text"].strip("\n")
    if wrap:
        txt = wrap_text(txt, 70)
    subj = q.get("subject") or re.sub(r"^((re|tr|fw|fwd|aw|rif)\s*:\s*)+", "", rec["subject"], flags=re.I)
    hers = who[1] in HER_ADDRS or who[1].endswith("@floraisondesoi.fr")
    rcpt = q.get("to") or (rec["frm"] if hers else to_list(rec)[0])
    prefixed = "\n".join((">" + (" " + l if l else "")) for l in txt.split("\n"))
    if style == "gmail_fr":
        return "\n\nLe %s, %s a écrit :\n%s" % (fr_short(qd), fmt_addr(who), prefixed)
    if style == "apple_fr":
        return "\n\n> Le %d %s %d à %02d:%02d, %s a écrit :\n> \n%s" % (
            qd.day, FR_MONTHS[qd.month - 1], qd.year, qd.hour, qd.minute, fmt_addr(who), prefixed)
    if style == "gmail_en":
        return "\n\nOn %s, %s wrote:\n%s" % (en_short(qd), fmt_addr(who), prefixed)
    if style == "apple_en":
        return "\n\n> On %d %s %d, at %02d:%02d, %s wrote:\n> \n%s" % (
            qd.day, EN_MONTHS[qd.month - 1][:3], qd.year, qd.hour, qd.minute, fmt_addr(who), prefixed)
    if style == "outlook_fr":
        return ("\n\n________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (fmt_addr(who), fr_long(qd), fmt_addr(rcpt), subj, txt))
    if style == "outlook_en":
        return ("\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (fmt_addr(who), en_outlook(qd), fmt_addr(rcpt), subj, txt))
    if style == "outlook_fwd_fr":
        return ("\n\n-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (fmt_addr(who), fr_long(qd), fmt_addr(rcpt), subj, txt))
    if style == "fwd_fr":
        return ("\n\n---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (fmt_addr(who), fr_short(qd), subj, fmt_addr(rcpt), txt))
    if style == "fwd_en":
        return ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (fmt_addr(who), en_short(qd), subj, fmt_addr(rcpt), txt))
    raise SystemExit("%s: unknown quote style %s" % (rec["key"], style))


def to_html(text):
    """Plain text to simple client-style HTML; '>' lines become blockquotes."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:14px">']
    lines = text.split("\n")
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(x) for x in para) + "</p>")
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                block.append(lines[i][1:].lstrip(" ") if lines[i] != ">" else "")
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(htmlmod.escape(x) for x in block) + "</blockquote>")
            continue
        if ln.strip() == "":
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------- attachments

def ascii_only(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def make_pdf(text):
    lines = ascii_only(text).split("\n")
    ops = ["BT", "/F1 11 Tf", "60 780 Td", "15 TL"]
    for ln in lines:
        ln = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) Tj T*" % ln)
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(buf.tell())
        buf.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = buf.tell()
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        buf.write(b"%010d 00000 n \n" % off)
    buf.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return buf.getvalue()


def make_png(seed, w=24, h=16):
    b = hashlib.sha256(seed.encode("utf-8")).digest()
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            k = (x // 4 + y // 4) % 8
            raw.extend((b[k * 3] , b[k * 3 + 1], b[k * 3 + 2]))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def make_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p)
                    for p in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fn, text in rec.get("attach", []):
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fn)
        elif kind == "png":
            msg.add_attachment(make_png(text), maintype="image", subtype="png", filename=fn)
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fn)
        elif kind == "csv":
            msg.add_attachment(text.replace("\n", "\r\n"), subtype="csv", filename=fn)
        elif kind == "ics":
            msg.add_attachment(text.replace("\n", "\r\n"), subtype="calendar", filename=fn)
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", filename=fn)
        else:
            raise SystemExit("%s: unknown attachment kind %s" % (rec["key"], kind))


# ----------------------------------------------------------------------------- build

def to_list(rec):
    t = rec.get("to")
    if t is None:
        t = "c" if hnum(rec["key"], "to") % 5 < 3 else "o"
    if isinstance(t, str):
        return [HER[t]]
    if isinstance(t, tuple):
        return [t]
    return list(t)


def addr(t):
    return Address(display_name=t[0], addr_spec=t[1])


def build(rec):
    key = rec["key"]
    d = msg_date(rec)
    frm = rec["frm"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = addr(frm)
    msg["To"] = [addr(t) for t in to_list(rec)]
    if rec.get("cc"):
        msg["Cc"] = [addr(t) for t in rec["cc"]]
    if rec.get("reply_to"):
        msg["Reply-To"] = addr(rec["reply_to"])
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(key, "", frm[1], d, rec.get("mid"))
    q = rec.get("quote")
    if (q and not q["style"].startswith("fwd") and q["style"] != "outlook_fwd_fr") or rec.get("reply"):
        who = (q or {}).get("who") or HER["c"]
        qd = earlier(d, key, "quote", (q or {}).get("hours"))
        parent = make_msgid(key, "parent", who[1], qd)
        grand = make_msgid(key, "grand", frm[1], earlier(qd, key, "grand"))
        msg["In-Reply-To"] = parent
        msg["References"] = (grand + " " + parent) if hnum(key, "refs") % 2 else parent
    m = rec.get("mailer")
    if m:
        name, val = MAILERS.get(m, ("X-Mailer", m))
        msg[name] = val
    for hk, hv in (rec.get("headers") or {}).items():
        msg[hk] = hv

    body = rec["body"]
    cte = rec.get("cte")
    wrap = rec.get("wrap")
    if wrap is None and cte is None:
        # clients that hard-wrap their plain text (Thunderbird, webmails, some phones)
        wrap = m in ("thunderbird", "orange", "android") or hnum(key, "wrap") % 5 == 0
    if cte is None and not wrap and hnum(key, "b64") % 9 == 0:
        cte = "base64"
    if wrap:
        body = wrap_text(body)
    if q:
        body = body + quote_block(rec, d, wrap)
    if body and not body.endswith("\n"):
        body += "\n"
    kind = rec.get("kind")
    hmode = rec.get("html")
    # bulk senders base64 their HTML; personal clients let the library pick (mostly QP)
    html_cte = "base64" if rec.get("mid") in ("ses", "sendgrid", "brevo", "mailchimp") else None

    if kind == "bounce":
        build_bounce(msg, rec, body, d)
    elif hmode == "only":
        msg.set_content(rec.get("html_body") or to_html(body), subtype="html",
                        cte=cte or html_cte)
    else:
        msg.set_content(body, cte=cte)
        if hmode == "alt":
            msg.add_alternative(rec.get("html_body") or to_html(body), subtype="html", cte=html_cte)
        elif hmode:
            raise SystemExit("%s: bad html mode" % key)
    if kind == "fwd822":
        msg.add_attachment(build_inner(rec, d))
    add_attachments(msg, rec)

    style = mailer_style(frm[1])
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(boundary(key, i, style))
    return msg


def build_inner(rec, d):
    inn = rec["inner"]
    idate = earlier(d, rec["key"], "inner")
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = addr(inn["frm"])
    m["To"] = addr(inn.get("to") or rec["frm"])
    m["Subject"] = inn["subject"]
    m["Date"] = format_datetime(idate)
    m["Message-ID"] = make_msgid(rec["key"], "inner", inn["frm"][1], idate, inn.get("mid"))
    for hk, hv in (inn.get("headers") or {}).items():
        m[hk] = hv
    m.set_content(inn["body"].strip("\n") + "\n", cte=inn.get("cte"))
    if inn.get("html"):
        m.add_alternative(to_html(inn["body"]), subtype="html")
        for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
            part.set_boundary(boundary(rec["key"], 100 + i, "other"))
    return m


def build_bounce(msg, rec, body, d):
    b = rec["bounce"]
    msg.set_content(body, cte=rec.get("cte"))
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "delivery-status")
    ds = MIMEPart(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    per_msg = MIMEPart(policy=policy.SMTP)
    per_msg["Reporting-MTA"] = "dns; %s" % b["mta"]
    od = paris(d.replace(tzinfo=None) - dt.timedelta(minutes=1 + hnum(rec["key"], "orig") % 40,
                                                      seconds=hnum(rec["key"], "origs") % 60))
    per_msg["Arrival-Date"] = format_datetime(paris(od.replace(tzinfo=None) + dt.timedelta(seconds=2)))
    per_rcpt = MIMEPart(policy=policy.SMTP)
    per_rcpt["Final-Recipient"] = "rfc822; %s" % b["rcpt"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = b["status"]
    per_rcpt["Remote-MTA"] = "dns; %s" % b.get("remote", "mx.example.net")
    per_rcpt["Diagnostic-Code"] = "smtp; %s" % b["diag"]
    ds.set_payload([per_msg, per_rcpt])
    msg.attach(ds)
    oh = MIMEPart(policy=policy.SMTP)
    orig_from = b.get("orig_from", HER["c"])
    headers = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID:\n %s\n" % (
        fmt_addr(orig_from), b["rcpt"], b["orig_subject"], format_datetime(od),
        make_msgid(rec["key"], "orig", orig_from[1], od)))
    oh.set_content(ascii_only(headers), subtype="rfc822-headers", cte="7bit")
    oh["Content-Description"] = "Undelivered Message Headers"
    msg.attach(oh)


def main():
    recs = load_records()
    labels = {}
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for fn, rec in filenames(recs):
        msg = build(rec)
        data = msg.as_bytes(policy=policy.SMTP)
        back = BytesParser(policy=policy.default).parsebytes(data)
        if str(back["Subject"]) != rec["subject"]:
            raise SystemExit("%s: Subject does not survive folding: %r" % (rec["key"], str(back["Subject"])))
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        labels[fn] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
