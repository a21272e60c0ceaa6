#!/usr/bin/env python3
"""Write b45-0001.eml ... and labels.json next to this file from the records package.

Standard library only. Deterministic: every varying choice (date, Message-ID, boundary,
transfer encoding when not fixed by the record) comes from a random.Random seeded with the
sha256 of the record key. File order is the order of sha256(key) hex digests.
"""
import hashlib
import html
import io
import json
import os
import random
import struct
import sys
import unicodedata
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from records import ALL_RECORDS  # noqa: E402

PREFIX = "b45"
CONTACT = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")
ORANGE = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
HER_ADDRS = (CONTACT[1], ORANGE[1])
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


# ----------------------------------------------------------------- ordering

def key_digest(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def ordered_records():
    recs = sorted(ALL_RECORDS, key=lambda r: key_digest(r["key"]))
    return [("%s-%04d.eml" % (PREFIX, i + 1), r) for i, r in enumerate(recs)]


def rng_for(key, salt=""):
    return random.Random(int(hashlib.sha256((salt + "|" + key).encode("utf-8")).hexdigest(), 16))


# ----------------------------------------------------------------- dates (Europe/Paris)

def _last_sunday(year, month):
    d = datetime(year, month, 31) if month in (3, 10) else None
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_offset(local):
    """UTC offset in hours for a naive Paris local time (times 02:00-03:00 never used)."""
    start = _last_sunday(local.year, 3).replace(hour=2)
    end = _last_sunday(local.year, 10).replace(hour=3)
    return 2 if start <= local < end else 1


def paris(local):
    return local.replace(tzinfo=timezone(timedelta(hours=paris_offset(local))))


BASE_DAY = datetime(2025, 1, 2)
SPAN_DAYS = 545  # up to the end of June 2026


def message_date(rec):
    if rec.get("date"):
        local = datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
        local = local.replace(second=rng_for(rec["key"], "sec").randrange(60))
        return paris(local)
    r = rng_for(rec["key"], "date")
    day = BASE_DAY + timedelta(days=r.randrange(SPAN_DAYS))
    if rec.get("auto"):
        hour = r.choice([0, 1, 4, 5, 6, 7, 9, 11, 13, 15, 17, 19, 21, 23])
    else:
        hour = r.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    local = day.replace(hour=hour, minute=r.randrange(60), second=r.randrange(60))
    return paris(local)


def earlier(dt, rec, salt, lo=1, hi=15):
    r = rng_for(rec["key"], salt)
    days = rec.get("quote", {}).get("days") if salt == "quote" else None
    if days is None:
        days = r.randint(lo, hi)
    naive = dt.replace(tzinfo=None) - timedelta(days=days)
    naive = naive.replace(hour=r.choice([8, 9, 10, 11, 14, 15, 16, 17, 18, 20]), minute=r.randrange(60))
    if naive >= dt.replace(tzinfo=None) - timedelta(minutes=20):
        naive = dt.replace(tzinfo=None) - timedelta(hours=r.randint(1, 4), minutes=r.randrange(60))
        if naive.hour == 2:
            naive -= timedelta(hours=1)
    return paris(naive)


# ----------------------------------------------------------------- Message-ID styles

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
HEX = "0123456789abcdef"


def _s(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mid_style_for(addr, rec_style, r):
    if rec_style:
        return rec_style
    dom = addr.split("@")[-1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail"
    if dom in ("orange.fr", "wanadoo.fr"):
        return "orange"
    if dom.startswith(("hotmail.", "outlook.", "live.", "msn.")):
        return "outlook"
    if dom.startswith("yahoo.") or dom == "ymail.com":
        return "yahoo"
    if dom == "free.fr":
        return "free"
    if dom == "laposte.net":
        return "laposte"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "apple"
    if dom in ("sfr.fr", "neuf.fr"):
        return "sfr"
    if dom == "floraisondesoi.fr":
        return "roundcube"
    return r.choice(["outlook365", "outlook365", "uuid", "gmail", "thunderbird"])


def make_mid(style, addr, r, when):
    dom = addr.split("@")[-1].lower()
    ms = int(when.timestamp() * 1000) + r.randrange(1000)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (r.choice(["+", "K", "J", "O", "E", "P", "F"]), _s(r, B64, r.randint(30, 42)) + "=" + _s(r, B64, 2))
    if style == "orange":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02daub.ntt.ftech.fr>" % (
            r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 4, 10 ** 6), ms, r.randint(1, 30))
    if style in ("outlook", "outlook365"):
        pod = r.choice(["AM9P195MB", "PAXP195MB", "DB9PR02MB", "PR3P192MB", "AS8PR07MB", "VI1PR06MB", "PA4PR10MB"])
        host = pod + str(r.randrange(1000, 9999))
        region = "EURP195" if "P19" in pod else "eurprd0%d" % r.randint(1, 9)
        return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (host, _s(r, "0123456789ABCDEF", 28), host, region.upper()) if style == "outlook" else \
            "<%s%s@%s.%s.prod.outlook.com>" % (host, _s(r, "0123456789ABCDEF", 28), host, region)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 6, 10 ** 7), ms)
    if style == "free":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 8, 10 ** 9), ms, r.randint(10, 90), r.randint(1, 12))
    if style == "laposte":
        return "<%d.%d.%d.JavaMail.zimbra@laposte.net>" % (r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 4, 10 ** 6), ms)
    if style == "sfr":
        return "<%s.%s@webmail-%02d.sfr.fr>" % (_s(r, HEX, 16), _s(r, HEX, 8), r.randint(1, 40))
    if style == "apple":
        u = _s(r, "0123456789ABCDEF", 32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if style == "roundcube":
        return "<%s@%s>" % (_s(r, HEX, 32), dom)
    if style == "thunderbird":
        u = _s(r, HEX, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if style == "ses":
        return "<0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
            _s(r, HEX, 12), _s(r, HEX, 8), _s(r, HEX, 4), _s(r, HEX, 4), _s(r, HEX, 12))
    if style == "sendgrid":
        return "<%s@geopod-ismtpd-%d>" % (_s(r, B64[:62], 22), r.randint(1, 60))
    if style == "brevo":
        return "<%s.%d@smtp-relay.mailin.fr>" % (when.strftime("%Y%m%d%H%M%S"), r.randrange(10 ** 10, 10 ** 11))
    if style == "mailjet":
        return "<%s.%d@mailjet.com>" % (_s(r, HEX, 24), r.randrange(10 ** 6, 10 ** 7))
    if style == "mta":
        return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), _s(r, HEX, 10).upper(), dom)
    u = _s(r, HEX, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


MUA = {
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "iphone2": ("X-Mailer", "iPhone Mail (21G93)"),
    "ipad": ("X-Mailer", "iPad Mail (22C152)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook15": ("X-Mailer", "Microsoft Outlook 15.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "orange_webmail": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev63"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "android": ("X-Mailer", "Android Mail"),
    "samsung": ("X-Mailer", "Samsung Mobile"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)"),
    "sogo": ("User-Agent", "SOGoMail 5.10.0"),
}


# ----------------------------------------------------------------- quoted history

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _who(t):
    return formataddr(t) if t[0] else t[1]


def _who_plain(t):
    return "%s <%s>" % t if t[0] else t[1]


def _ampm(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def _gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def quote_block(q, qdate, me, subject):
    """Return (plain_text_block, html_block) of the quoted history."""
    style = q["style"]
    who = q["sender"]
    qsubj = q.get("subject") or subject
    to = q.get("to") or me
    lines = q["text"].strip("\n").split("\n")
    d = qdate
    hm = "%02d:%02d" % (d.hour, d.minute)
    if style == "gmail_fr":
        head = "Le %s %d %s %d à %s, %s a écrit :" % (FR_DAYS_AB[d.weekday()], d.day, FR_MONTHS_AB[d.month - 1], d.year, hm, _who_plain(who))
        return head + "\n\n" + _gt(lines), ("gmail", head)
    if style == "apple_fr":
        head = "Le %d %s %d à %s, %s a écrit :" % (d.day, FR_MONTHS_AB[d.month - 1], d.year, hm, _who_plain(who))
        return _gt([head, ""] + lines), ("apple", head)
    if style == "thunderbird_fr":
        head = "Le %02d/%02d/%d à %s, %s a écrit :" % (d.day, d.month, d.year, hm, who[0] or who[1])
        return head + "\n" + _gt(lines), ("plain", head)
    if style == "outlook_fr":
        head = "De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" % (
            _who_plain(who), FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, hm, _who_plain(to), qsubj)
        return "________________________________\n" + head + "\n\n" + "\n".join(lines), ("outlook", head)
    if style == "outlook_fr_old":
        head = "-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" % (
            _who_plain(who), FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, hm, _who_plain(to), qsubj)
        return head + "\n\n" + "\n".join(lines), ("outlook", head)
    if style == "gmail_en":
        head = "On %s, %s %d, %d at %s %s wrote:" % (EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, _ampm(d), _who_plain(who))
        return head + "\n\n" + _gt(lines), ("gmail", head)
    if style == "gmail_uk":
        head = "On %s, %d %s %d at %s, %s wrote:" % (EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year, hm, _who_plain(who))
        return head + "\n\n" + _gt(lines), ("gmail", head)
    if style == "apple_en":
        head = "On %d %s %d, at %s, %s wrote:" % (d.day, EN_MONTHS[d.month - 1][:3], d.year, hm, _who_plain(who))
        return _gt([head, ""] + lines), ("apple", head)
    if style == "outlook_en":
        head = "From: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            _who_plain(who), EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, _ampm(d), _who_plain(to), qsubj)
        return "________________________________\n" + head + "\n\n" + "\n".join(lines), ("outlook", head)
    if style == "fwd_fr":
        head = "---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %s\nSubject: %s\nTo: %s" % (
            _who_plain(who), FR_DAYS_AB[d.weekday()], d.day, FR_MONTHS_AB[d.month - 1], d.year, hm, qsubj, _who_plain(to))
        return head + "\n\n\n" + "\n".join(lines), ("fwd", head)
    if style == "fwd_tb_fr":
        head = "-------- Message transféré --------\nSujet : \t%s\nDate : \t%s, %d %s %d %s\nDe : \t%s\nPour : \t%s" % (
            qsubj, EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year, d.strftime("%H:%M:%S %z"), _who_plain(who), _who_plain(to))
        return head + "\n\n\n" + "\n".join(lines), ("fwd", head)
    if style == "fwd_apple_fr":
        head = "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %d %s %d à %s:%02d:%02d UTC%+d\nÀ: %s" % (
            _who_plain(who), qsubj, d.day, FR_MONTHS[d.month - 1], d.year, hm, d.minute, d.second, int(d.utcoffset().total_seconds() // 3600), _who_plain(to))
        return head + "\n\n" + "\n".join(lines), ("fwd", head)
    if style == "fwd_en":
        head = "---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s" % (
            _who_plain(who), EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, _ampm(d), qsubj, _who_plain(to))
        return head + "\n\n\n" + "\n".join(lines), ("fwd", head)
    if style == "fwd_outlook_fr":
        head = "De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" % (
            _who_plain(who), FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, hm, _who_plain(to), qsubj)
        return "\n\n" + head + "\n\n" + "\n".join(lines), ("outlook", head)
    raise ValueError("unknown quote style %r" % style)


# ----------------------------------------------------------------- HTML rendering

def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def html_document(body_text, quote_html, flavour):
    inner = text_to_html(body_text) if body_text.strip() else "<p><br></p>"
    if flavour == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="FR" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + inner.replace("<p>", '<p class="MsoNormal">') + "\n" + quote_html + "\n</div>\n</body>\n</html>\n")
    if flavour == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                + inner.replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "\n" + quote_html + "\n</body></html>\n")
    return ('<div dir="ltr">\n' + inner.replace("<p>", "<div>").replace("</p>", "</div><div><br></div>")
            + "\n</div>\n" + quote_html + "\n")


def quote_html_block(kind, head, text):
    body = text_to_html(text)
    h = html.escape(head).replace("\n", "<br>\n")
    if kind == "gmail":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>' % (h, body))
    if kind == "apple":
        return '<div><br><blockquote type="cite"><div>%s</div><br>\n%s\n</blockquote></div>' % (h, body)
    if kind == "outlook":
        return ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font></div>\n<div>%s</div>' % (h, body))
    return '<div class="moz-forward-container">%s<br>\n%s\n</div>' % (h, body)


# ----------------------------------------------------------------- attachments

def _ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def make_pdf(text):
    lines = [_ascii(l) for l in text.split("\n")]
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 770 Td"]
    for l in lines:
        ops.append("(%s) Tj T*" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(seed, w=48, h=32):
    r = random.Random(seed)
    base = (r.randrange(120, 240), r.randrange(120, 240), r.randrange(120, 240))
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            band = 40 if (y // 4 + x // 6) % 3 == 0 else 0
            raw += bytes((max(0, base[0] - band), max(0, base[1] - band), max(0, base[2] - band)))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def make_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(l, quote=False)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + paras + '</w:body></w:document>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, atts, key):
    for i, a in enumerate(atts):
        t = a["type"]
        fn = a["filename"]
        if t == "pdf":
            msg.add_attachment(make_pdf(a["text"]), maintype="application", subtype="pdf", filename=fn)
        elif t == "png":
            msg.add_attachment(make_png(key + str(i)), maintype="image", subtype="png", filename=fn)
        elif t == "docx":
            msg.add_attachment(make_docx(a["text"]), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
        elif t == "csv":
            msg.add_attachment(a["text"], subtype="csv", filename=fn, charset="utf-8",
                               cte=a.get("cte", "quoted-printable"))
        elif t == "json":
            msg.add_attachment(a["text"].encode("utf-8"), maintype="application", subtype="json", filename=fn)
        elif t == "ics":
            msg.add_attachment(a["text"], subtype="calendar", filename=fn, charset="utf-8", cte="quoted-printable",
                               params={"method": "REQUEST"})
        elif t == "txt":
            msg.add_attachment(a["text"], subtype="plain", filename=fn, charset="utf-8", cte="quoted-printable")
        else:
            raise ValueError("unknown attachment type %r" % t)


# ----------------------------------------------------------------- building

def pick_cte(rec, text, r, salt):
    if rec.get("cte"):
        cte = rec["cte"]
    else:
        ascii_only = all(ord(c) < 128 for c in text)
        cte = r.choice(["7bit", "quoted-printable"] if ascii_only else ["quoted-printable", "quoted-printable", "base64", "8bit"])
    if cte == "7bit" and not all(ord(c) < 128 for c in text):
        cte = "8bit"
    if cte in ("7bit", "8bit") and max((len(l) for l in text.split("\n")), default=0) > 900:
        cte = "quoted-printable"
    return cte


def resolve_to(rec, r):
    to = rec.get("to")
    if to is None:
        to = r.choice(["contact", "contact", "orange"])
    if to == "contact":
        return CONTACT
    if to == "orange":
        return ORANGE
    return to


HTML_DEFAULT = {"gmail": 0.6, "outlook": 0.7, "outlook365": 0.7, "apple": 0.4, "orange": 0.3,
                "yahoo": 0.5, "roundcube": 0.2, "thunderbird": 0.15}


def html_mode(rec, mstyle):
    """Explicit html in the record wins ("plain" forces text/plain); otherwise the sender's
    software decides, as real clients do (Gmail and Outlook send multipart/alternative)."""
    if "html" in rec:
        return None if rec["html"] in (None, "plain") else rec["html"]
    if rec["key"].startswith(("fr-", "en-")) and not rec["body"].strip():
        return None
    p = HTML_DEFAULT.get(mstyle, 0.25)
    if rec.get("mua") in ("outlook", "outlook15"):
        p = 0.8
    return "alt" if rng_for(rec["key"], "htmlmode").random() < p else None


def fill_body(rec, msg, text, html_doc, r):
    mode = rec.get("_html_mode")
    if mode == "only":
        msg.set_content(html_doc, subtype="html", charset="utf-8", cte=pick_cte(rec, html_doc, r, "h"))
    elif mode == "alt":
        msg.set_content(text, charset="utf-8", cte=pick_cte(rec, text, r, "t"))
        msg.add_alternative(html_doc, subtype="html", charset="utf-8", cte=pick_cte(rec, html_doc, r, "h"))
    else:
        msg.set_content(text, charset="utf-8", cte=pick_cte(rec, text, r, "t"))


def build_inner(spec, when, key):
    m = EmailMessage(policy=policy.SMTP)
    r = rng_for(key, "inner")
    m["From"] = _who(spec["sender"])
    m["To"] = _who(spec.get("to", CONTACT))
    m["Subject"] = spec["subject"]
    m["Date"] = format_datetime(when)
    m["Message-ID"] = make_mid(mid_style_for(spec["sender"][1], spec.get("mid"), r), spec["sender"][1], r, when)
    m["MIME-Version"] = "1.0"
    m.set_content(spec["body"], charset="utf-8", cte=spec.get("cte", "quoted-printable"))
    return m


def strip_inner_mime_version(part, is_root=True):
    """Only a message root carries MIME-Version (as real MUAs do)."""
    if not is_root and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        for sub in part.get_payload():
            strip_inner_mime_version(sub, True)
    elif part.get_content_maintype() == "multipart":
        for sub in part.get_payload():
            strip_inner_mime_version(sub, False)


def set_boundaries(msg, key, style):
    r = rng_for(key, "boundary")
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            if style == "gmail":
                b = "0000000000" + _s(r, HEX, 18)
            elif style == "apple":
                u = _s(r, "0123456789ABCDEF", 32)
                b = "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
            elif style in ("outlook", "outlook365"):
                b = "_%03d_%s_" % (n, _s(r, "0123456789ABCDEF", 40))
            elif style == "orange":
                b = "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 12, 2 * 10 ** 12))
            else:
                b = "=_" + _s(r, HEX, 32)
            part.set_boundary(b)
            n += 1


def build(rec):
    key = rec["key"]
    r = rng_for(key, "main")
    when = message_date(rec)
    sender = rec["sender"]
    to = resolve_to(rec, r)
    me = to if to in (CONTACT, ORANGE) else sender
    mstyle = mid_style_for(sender[1], rec.get("mid"), r)

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = _who(sender)
    if isinstance(to, list):
        msg["To"] = ", ".join(_who(t) for t in to)
    else:
        msg["To"] = _who(to)
    if rec.get("cc"):
        msg["Cc"] = ", ".join(_who(t) for t in rec["cc"])
    if rec.get("reply_to"):
        msg["Reply-To"] = _who(rec["reply_to"])
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_mid(mstyle, sender[1], r, when)

    q = rec.get("quote")
    is_reply = rec.get("reply", bool(q) and not q["style"].startswith("fwd"))
    if is_reply:
        qs = q["sender"] if q else (rec.get("reply_sender") or CONTACT)
        qwhen = earlier(when, rec, "quote")
        parent = make_mid(mid_style_for(qs[1], None, rng_for(key, "parentstyle")), qs[1], rng_for(key, "parent"), qwhen)
        refs = [parent]
        if rec.get("thread_depth", 0):
            for i in range(rec["thread_depth"]):
                gp = make_mid(mid_style_for(sender[1], None, rng_for(key, "gpstyle")), sender[1], rng_for(key, "gp%d" % i), qwhen)
                refs.insert(0, gp)
        msg["In-Reply-To"] = parent
        msg["References"] = " ".join(refs)
    mua = rec.get("mua")
    if mua:
        h, v = MUA[mua]
        msg[h] = v
    for h, v in rec.get("headers", []):
        msg[h] = v
    msg["MIME-Version"] = "1.0"

    rec = dict(rec, _html_mode=html_mode(rec, mstyle))
    body = rec["body"]
    text = body
    if mua in ("outlook", "outlook15"):
        mstyle_flav = "outlook"
    elif mua in ("iphone", "iphone2", "ipad", "apple"):
        mstyle_flav = "apple"
    else:
        mstyle_flav = mstyle
    flavour = rec.get("html_flavour") or {"gmail": "gmail", "apple": "apple", "outlook": "outlook",
                                           "outlook365": "outlook"}.get(mstyle_flav, "gmail")
    qhtml = ""
    if q:
        qwhen = earlier(when, rec, "quote")
        qto = sender if q["sender"][1] in HER_ADDRS else (me if isinstance(me, tuple) else CONTACT)
        qtext, (qkind, qhead) = quote_block(q, qwhen, qto, rec["subject"].split(":", 1)[-1].strip())
        text = (body.rstrip("\n") + "\n\n" + qtext + "\n") if body.strip() else qtext + "\n"
        qhtml = quote_html_block(qkind, qhead, q["text"])
    elif text and not text.endswith("\n"):
        text += "\n"
    html_doc = rec.get("html_body") or html_document(body, qhtml, flavour)

    kind = rec.get("kind", "normal")
    if kind == "bounce":
        b = rec["bounce"]
        orig_when = paris((when.replace(tzinfo=None) - timedelta(minutes=3)))
        notice = EmailMessage(policy=policy.SMTP)
        notice.set_content(text, charset="utf-8", cte=pick_cte(rec, text, r, "t"))
        status = EmailMessage(policy=policy.SMTP)
        per_msg = EmailMessage(policy=policy.SMTP)
        per_msg["Reporting-MTA"] = "dns; " + b["mta"]
        per_msg["Arrival-Date"] = format_datetime(orig_when)
        per_rcpt = EmailMessage(policy=policy.SMTP)
        per_rcpt["Final-Recipient"] = "rfc822; " + b["recipient"]
        per_rcpt["Action"] = "failed"
        per_rcpt["Status"] = b["status"]
        if b.get("remote_mta"):
            per_rcpt["Remote-MTA"] = "dns; " + b["remote_mta"]
        per_rcpt["Diagnostic-Code"] = b["diagnostic"]
        status.set_payload([per_msg, per_rcpt])
        status["Content-Type"] = "message/delivery-status"
        status["Content-Description"] = "Delivery report"
        orig = build_inner(b["original"], orig_when, key)
        ret = EmailMessage(policy=policy.SMTP)
        if b.get("headers_only"):
            hdrs = orig.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0].decode("ascii")
            ret.set_content(hdrs.replace("\r\n", "\n") + "\n", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
            ret["Content-Description"] = "Undelivered Message Headers"
        else:
            ret.set_content(orig)
            ret["Content-Description"] = "Undelivered Message"
        del msg["MIME-Version"]
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        msg.set_payload([notice, status, ret])
    elif kind == "rfc822":
        fill_body(rec, msg, text, html_doc, r)
        inner_when = earlier(when, rec, "inner", 1, 6)
        inner = build_inner(rec["inner"], inner_when, key)
        msg.add_attachment(inner)
        add_attachments(msg, rec.get("attachments", []), key)
    else:
        fill_body(rec, msg, text, html_doc, r)
        add_attachments(msg, rec.get("attachments", []), key)

    strip_inner_mime_version(msg)
    set_boundaries(msg, key, {"apple": "apple", "gmail": "gmail", "outlook": "outlook", "outlook365": "outlook",
                              "orange": "orange"}.get(mstyle, "other"))
    return msg


def main():
    out = HERE
    for name in os.listdir(out):
        if name.startswith(PREFIX + "-") and name.endswith(".eml"):
            os.remove(os.path.join(out, name))
    labels = {}
    for fname, rec in ordered_records():
        msg = build(rec)
        with open(os.path.join(out, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        labels[fname] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), out))


if __name__ == "__main__":
    main()
