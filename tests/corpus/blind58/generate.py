#!/usr/bin/env python3
"""Write b58-NNNN.eml and labels.json from the record files next to this script.

Deterministic: every pseudo-random choice comes from random.Random(seed) with the seed taken from
sha256 of the record key; file order is sha256 of the record key. Standard library only.
"""
import datetime as dt
import hashlib
import html as htmlmod
import importlib
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b58"
RECORD_MODULES = ["rec_fr_req", "rec_fr_neg", "rec_en_req", "rec_en_neg"]
ADDR = {"contact": "Floraison de Soi <contact@floraisondesoi.fr>",
        "orange": "Sandra Delomenie <sandra.delomenie@orange.fr>"}


def load_records():
    sys.path.insert(0, HERE)
    import recbase
    recbase.RECORDS.clear()
    for m in RECORD_MODULES:
        if m in sys.modules:
            importlib.reload(sys.modules[m])
        else:
            importlib.import_module(m)
    return list(recbase.RECORDS)


def order(records):
    recs = sorted(records, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())
    return [("%s-%04d.eml" % (PREFIX, i + 1), r) for i, r in enumerate(recs)]


def rng_for(key, salt=""):
    return random.Random(int(hashlib.sha256((salt + key).encode()).hexdigest()[:16], 16))


# ---------------------------------------------------------------- dates (Europe/Paris)

def _last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris(naive):
    start = dt.datetime.combine(_last_sunday(naive.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(_last_sunday(naive.year, 10), dt.time(3, 0))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def msg_date(rec):
    if rec.get("date"):
        return dt.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
    r = rng_for(rec["key"], "date")
    base = dt.datetime(2025, 1, 3)
    day = r.randrange(0, 540)
    return base + dt.timedelta(days=day, hours=r.randrange(7, 23), minutes=r.randrange(60),
                               seconds=r.randrange(60))


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_S = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
FR_MONTHS_S = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def fmt_q(d, style):
    if style in ("gmail_fr", "fwd_gmail_fr"):
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS_S[d.weekday()], d.day, FR_MONTHS_S[d.month - 1], d.year, d.hour, d.minute)
    if style in ("apple_fr", "fwd_apple_fr"):
        return "%d %s %d à %02d:%02d" % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if style in ("outlook_fr", "fwd_outlook_fr"):
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    if style == "fwd_tb_fr":
        return "%02d/%02d/%d %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if style in ("gmail_en", "fwd_gmail_en"):
        return "%s, %s %d, %d at %d:%02d %s" % (EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, h12, d.minute, ampm)
    if style == "apple_en":
        return "%d %s %d, at %02d:%02d" % (d.day, EN_MONTHS[d.month - 1][:3], d.year, d.hour, d.minute)
    if style == "outlook_en":
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, h12, d.minute, ampm)
    raise ValueError(style)


# ---------------------------------------------------------------- quoted history

def _gt(text):
    return "\n".join(">" if not l else "> " + l for l in text.split("\n"))


def _nm(who):
    return who.split(" <")[0] if " <" in who else who


def render_quote(rec, when):
    quotes = rec.get("quote")
    if not quotes:
        return ""
    style = rec.get("qstyle", "gmail_fr")
    r = rng_for(rec["key"], "quote")
    qsubj = rec.get("qsubj") or rec["subject"]
    to = rec.get("to", "contact")
    dates = []
    d = when
    for qi, _ in enumerate(quotes):
        prev = d
        d = d - dt.timedelta(days=r.randrange(0, 6) + (rec.get("qdays", 0) if qi == 0 else 0))
        d = d.replace(hour=r.randrange(8, 21), minute=r.randrange(60), second=0)
        if d >= prev:
            d = prev - dt.timedelta(hours=r.randrange(2, 30))
        dates.append(d)
    me = rec.get("frm", "")
    her = ADDR.get(to, to)

    def is_her(who):
        return "floraisondesoi" in who or "delomenie" in who.lower()

    def one(i):
        who, text = quotes[i]
        if is_her(who):
            to_addr = rec.get("quote_to", "") if is_her(me) else me
        else:
            to_addr = her if is_her(her) else "Floraison de Soi <contact@floraisondesoi.fr>"
        if rec.get("quote_to") is not None:
            to_addr = rec["quote_to"]
        qs = qsubj if (i == len(quotes) - 1 or style.startswith("fwd")) else ("RE: " if "outlook" in style else "Re: ") + qsubj
        rest = ("\n\n" + one(i + 1)) if i + 1 < len(quotes) else ""
        ds = fmt_q(dates[i], style)
        if style == "gmail_fr":
            return "Le %s, %s a écrit :\n%s" % (ds, who, _gt(text + rest))
        if style == "apple_fr":
            return "Le %s, %s a écrit :\n\n%s" % (ds, who, _gt(text + rest))
        if style == "gmail_en":
            return "On %s %s wrote:\n%s" % (ds, who, _gt(text + rest))
        if style == "apple_en":
            return "On %s, %s wrote:\n\n%s" % (ds, who, _gt(text + rest))
        if style == "outlook_fr":
            return ("________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s%s"
                    % (who, ds, to_addr, qs, text, rest))
        if style == "outlook_en":
            return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s%s"
                    % (who, ds, to_addr, qs, text, rest))
        if style == "fwd_gmail_fr":
            return ("---------- Message transféré ---------\nDe : %s\nDate : %s\nSubject: %s\nTo: %s\n\n\n%s%s"
                    % (who, ds, qs, to_addr, text, rest))
        if style == "fwd_gmail_en":
            return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s%s"
                    % (who, ds, qs, to_addr, text, rest))
        if style == "fwd_apple_fr":
            return ("Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s:%02d UTC+%d\nÀ: %s\n\n%s%s"
                    % (who, qs, ds, r.randrange(60), 2 if paris(dates[i]).utcoffset().seconds == 7200 else 1,
                       to_addr, text, rest))
        if style == "fwd_outlook_fr":
            return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s%s"
                    % (who, ds, to_addr, qs, text, rest))
        if style == "fwd_tb_fr":
            return ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n\n\n%s%s"
                    % (qs, ds, who, to_addr, text, rest))
        raise ValueError(style)

    return one(0)


def full_text(rec, when):
    t = rec["body"]
    if rec.get("sig"):
        t = t.rstrip("\n") + "\n\n" + rec["sig"]
    q = render_quote(rec, when)
    if q:
        t = t.rstrip("\n") + "\n\n" + q
    if not t.endswith("\n"):
        t += "\n"
    return t


def text_to_html(text):
    out = []
    depth = 0
    for line in text.split("\n"):
        d = 0
        s = line
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] == " " else s[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((htmlmod.escape(s) if s else "") + "<br>")
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">\n' + "\n".join(out) + "\n</div></body></html>\n")


# ---------------------------------------------------------------- headers by provider

def provider(addr):
    dom = addr.rsplit("@", 1)[-1].rstrip(">").lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail", dom
    if dom in ("orange.fr", "wanadoo.fr"):
        return "orange", dom
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.be", "msn.com"):
        return "outlook", dom
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "apple", dom
    if dom.startswith("yahoo") or dom == "ymail.com":
        return "yahoo", dom
    if dom in ("free.fr",):
        return "free", dom
    if dom in ("laposte.net",):
        return "laposte", dom
    if dom in ("sfr.fr", "neuf.fr"):
        return "sfr", dom
    if dom in ("bluewin.ch", "skynet.be", "videotron.ca", "gmx.de", "gmx.fr", "proton.me", "protonmail.com"):
        return "misc", dom
    return "corp", dom


def _hex(r, n, up=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s


def _b62(r, n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(r.choice(a) for _ in range(n))


def message_id(rec, addr, when):
    r = rng_for(rec["key"], "mid")
    prov, dom = provider(addr)
    ts = int(paris(when).timestamp())
    if prov == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (r.choice(["+", "L", "F", "J"]), _b62(r, 34) + "_" + _b62(r, 5))
    if prov == "orange":
        return "<%d.%d.%d%03d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5), ts, r.randrange(1000), r.randrange(1, 30))
    if prov == "outlook":
        srv = r.choice(["AM9P192MB", "PAXPR02MB", "DB9PR07MB", "PR3P195MB", "VI1PR04MB"]) + str(r.randrange(1000, 9999))
        return "<%s%s@%s.EURP%s.PROD.OUTLOOK.COM>" % (srv, _hex(r, 28, True), srv, srv[2:5])
    if prov == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(r, 8, True), _hex(r, 4, True), _hex(r, 4, True), _hex(r, 4, True), _hex(r, 12, True), dom)
    if prov == "yahoo":
        return "<%d.%d.%d%03d@mail.yahoo.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7), ts, r.randrange(1000))
    if prov == "free":
        return "<%d.%d.%d%03d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 7, 10 ** 8), ts, r.randrange(1000), r.randrange(10, 90), r.randrange(1, 20))
    if prov == "laposte":
        return "<%d.%d.%d%03d.JavaMail.zimbra@laposte.net>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7), ts, r.randrange(1000))
    if dom.endswith("systeme.io"):
        return "<%s@systeme.io>" % _hex(r, 32)
    if dom.endswith("calendly.com"):
        return "<%s.%s@calendly.com>" % (_hex(r, 24), ts)
    if dom.endswith("facebookmail.com"):
        return "<%s@facebookmail.com>" % ("".join(r.choice("0123456789") for _ in range(16)) + "-" + _hex(r, 10))
    if dom.endswith("floraisondesoi.fr"):
        return "<%s@floraisondesoi.fr>" % _b62(r, 40)
    if dom.endswith("google.com"):
        return "<%s-%s@google.com>" % (_b62(r, 22), ts)
    return "<%s.%d@%s>" % (_hex(r, 20), ts, dom)


DEFAULT_MAILER = {
    "gmail": None,
    "orange": ["Open-Xchange Mailer v7.10.6-Rev68", "Orange Mail Android 3.12"],
    "outlook": ["Microsoft Outlook 16.0", "Outlook for iOS"],
    "apple": ["iPhone Mail (21F90)", "Apple Mail (2.3776.700.51)", "iPad Mail (22A3354)"],
    "yahoo": ["WebService/1.1.22645 YMailNorrin"],
    "free": ["Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Win)/8.8.15_GA_4581)"],
    "laposte": ["Zimbra 9.0.0_ZEXTRAS_20240927 (zclient/9.0.0_ZEXTRAS_20240927)"],
    "sfr": ["SFR Mail 2.0"],
    "misc": None,
    "corp": None,
}


def _addr_of(s):
    return s.split("<")[-1].rstrip(">").strip() if "<" in s else s.strip()


# ---------------------------------------------------------------- attachments

def make_pdf(text):
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    esc = esc.encode("latin-1", "replace").decode("latin-1")
    stream = "BT /F1 11 Tf 56 780 Td (%s) Tj ET" % esc
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1"))
    x = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode())
    return out.getvalue()


def make_png(seed):
    r = rng_for(seed, "png")
    w, h = 4, 3
    raw = b"".join(b"\x00" + bytes(r.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p)
                    for p in text.split("\n"))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + paras + '</w:body></w:document>'),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec, when):
    for a in rec.get("attach", []):
        kind = a[0]
        if kind == "pdf":
            msg.add_attachment(make_pdf(a[2]), maintype="application", subtype="pdf", filename=a[1])
        elif kind == "png":
            msg.add_attachment(make_png(rec["key"] + a[1]), maintype="image", subtype="png", filename=a[1])
        elif kind == "jpg_as_png":
            msg.add_attachment(make_png(rec["key"] + a[1]), maintype="image", subtype="png", filename=a[1])
        elif kind == "csv":
            msg.add_attachment(a[2].encode("utf-8"), maintype="text", subtype="csv", filename=a[1])
        elif kind == "txt":
            msg.add_attachment(a[2], subtype="plain", filename=a[1], charset="utf-8")
        elif kind == "ics":
            msg.add_attachment(a[2].encode("utf-8"), maintype="text", subtype="calendar", filename=a[1])
        elif kind == "docx":
            msg.add_attachment(make_docx(a[2]), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=a[1])
        elif kind == "eml":
            inner_rec = dict(a[1])
            inner_rec.setdefault("key", rec["key"] + "-inner")
            inner_when = when - dt.timedelta(days=3, hours=5)
            if not inner_rec.get("date"):
                inner_rec["date"] = inner_when.strftime("%Y-%m-%d %H:%M")
            inner = build(inner_rec)
            msg.add_attachment(inner)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- build

def choose_cte(rec, text):
    if rec.get("cte"):
        c = rec["cte"]
        if c == "7bit" and not text.isascii():
            c = "quoted-printable"
        return c
    r = rng_for(rec["key"], "cte")
    prov, _ = provider(_addr_of(rec.get("frm", "x@x")))
    if text.isascii():
        return r.choice(["7bit", "7bit", "quoted-printable"])
    if prov == "gmail":
        return r.choice(["quoted-printable", "base64", "quoted-printable"])
    if prov in ("apple", "outlook"):
        return "quoted-printable"
    return r.choice(["8bit", "quoted-printable", "base64", "8bit"])


def build(rec):
    when = msg_date(rec)
    msg = EmailMessage(policy=policy.SMTP)
    frm = rec.get("frm") or "Inconnu <inconnu@example.org>"
    addr = _addr_of(frm)
    to = rec.get("to", "contact")
    msg["From"] = frm
    msg["To"] = ADDR.get(to, to)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(paris(when))
    msg["Message-ID"] = message_id(rec, addr, when)
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    if rec.get("reply") or (rec.get("quote") and not rec.get("qstyle", "gmail_fr").startswith("fwd")):
        r = rng_for(rec["key"], "irt")
        prev = ["<CA%s@mail.gmail.com>" % _b62(r, 40),
                "<%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
                    r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5), r.randrange(1, 30))]
        n = min(len(rec.get("quote") or [1]), 2)
        msg["In-Reply-To"] = prev[0]
        msg["References"] = " ".join(reversed(prev[:n])) if n > 1 else prev[0]
    prov, _ = provider(addr)
    hdrs = dict(rec.get("headers", {}))
    local = addr.split("@")[0].lower()
    robot = any(t in local for t in ("noreply", "no-reply", "mailer-daemon", "notification", "ne-pas-repondre",
                                     "postmaster", "forms-receipts", "service", "news", "info"))
    if "X-Mailer" not in hdrs and "User-Agent" not in hdrs and DEFAULT_MAILER.get(prov) and not robot \
            and rec.get("kind") != "report":
        r = rng_for(rec["key"], "xm")
        sig = rec.get("sig", "")
        if "iPhone" in sig and prov == "apple":
            hdrs["X-Mailer"] = "iPhone Mail (21F90)"
        elif "iPad" in sig and prov == "apple":
            hdrs["X-Mailer"] = "iPad Mail (22A3354)"
        elif r.random() < 0.75:
            choices = [c for c in DEFAULT_MAILER[prov] if not ("iP" in c and sig)] or DEFAULT_MAILER[prov]
            hdrs["X-Mailer"] = r.choice(choices)
    for k, v in hdrs.items():
        if v is None:
            continue
        msg[k] = v
    msg["MIME-Version"] = "1.0"

    if rec.get("kind") == "report":
        msg.set_content(full_text(rec, when), charset="utf-8", cte=choose_cte(rec, rec["body"]))
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        ds = Message(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for blk in rec["dsn"]:
            m = Message(policy=policy.SMTP)
            for k, v in blk:
                m[k] = v
            blocks.append(m)
        ds.set_payload(blocks)
        msg.attach(ds)
        hdr = EmailMessage(policy=policy.SMTP)
        hdr.set_content(rec["orig_headers"], subtype="rfc822-headers", charset="us-ascii", cte="7bit")
        msg.attach(hdr)
        return msg

    text = full_text(rec, when)
    mode = rec.get("html")
    cte = choose_cte(rec, text)
    if mode == "only":
        h = rec.get("html_body") or text_to_html(text)
        msg.set_content(h, subtype="html", charset="utf-8", cte=cte if cte != "7bit" or h.isascii() else "quoted-printable")
    elif mode == "alt":
        msg.set_content(text, charset="utf-8", cte=cte)
        h = rec.get("html_body") or text_to_html(text)
        hc = "quoted-printable" if cte in ("7bit", "8bit") else cte
        msg.add_alternative(h, subtype="html", charset="utf-8", cte=hc)
    else:
        msg.set_content(text, charset="utf-8", cte=cte)
    if rec.get("attach"):
        add_attachments(msg, rec, when)
    return msg


def fix_boundaries(msg, key):
    """Deterministic MIME boundaries (the email package would pick random ones)."""
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            h = hashlib.sha256(("%s/%d" % (key, n)).encode()).hexdigest()[:24]
            part.set_boundary("----=_Part_%d_%s" % (n, h))


def main():
    records = load_records()
    labels = {}
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for name, rec in order(records):
        msg = build(rec)
        fix_boundaries(msg, rec["key"])
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
