#!/usr/bin/env python3
"""Write b59-0001.eml ... and labels.json next to this file, from records_*.py.

Deterministic: every varying choice is derived from sha256 of the record key.
"""
import datetime
import glob
import hashlib
import importlib
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, parseaddr

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from common import HER_CONTACT, HER_ORANGE, HER_NAME  # noqa: E402

PREFIX = "b59"
HER_ADDRS = (HER_CONTACT, HER_ORANGE)


# ----------------------------------------------------------------- records
def load_records():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "records_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mod = importlib.import_module(name)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise SystemExit("duplicate keys: %s" % dup)
    return recs


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def H(key, salt):
    return int(hashlib.sha256(("%s|%s" % (salt, key)).encode()).hexdigest(), 16)


def hexs(key, salt, n):
    return hashlib.sha256(("%s|%s" % (salt, key)).encode()).hexdigest()[:n]


# ----------------------------------------------------------------- dates
def last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_tz(d):
    summer = last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


def msg_date(rec):
    key = rec["key"]
    if rec.get("date"):
        naive = datetime.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
    else:
        start = datetime.date(2025, 1, 3)
        span = (datetime.date(2026, 6, 26) - start).days
        d = start + datetime.timedelta(days=H(key, "day") % span)
        hour = [7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 20, 21, 22, 23, 6][H(key, "hour") % 20]
        naive = datetime.datetime(d.year, d.month, d.day, hour, H(key, "min") % 60)
    naive = naive.replace(second=H(key, "sec") % 60)
    return naive.replace(tzinfo=paris_tz(naive.date()))


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
             "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                  "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


# ----------------------------------------------------------------- ids
def domain_of(addr):
    return addr.rsplit("@", 1)[-1].lower() if "@" in addr else "localhost"


def message_id(key, addr, salt="mid"):
    dom = domain_of(addr)
    n = H(key, salt)
    hx = hexs(key, salt, 40)
    ts = 1735689600000 + n % 48000000000
    if dom == "gmail.com":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        s = "".join(alphabet[(n >> (6 * i)) % 64] for i in range(48))
        return "<CA%s+%s@mail.gmail.com>" % (s[:10], s[10:48])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02daub.%s>" % (
            n % 900000000 + 100000000, n % 99991, ts, n % 40, "rouen.francetelecom.fr")
    if dom in ("outlook.fr", "outlook.com", "hotmail.fr", "hotmail.com", "live.fr", "msn.com"):
        box = "%s%dPR%02dMB%04d" % (["AM", "DB", "PA", "VI", "PAXP"][n % 5], 6 + n % 4, n % 10, n % 9000 + 1000)
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (box, hx[:24].upper(), box, 1 + n % 9)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = hx.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 1999999999, n % 7777777, ts)
    if dom == "free.fr":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            n % 999999999, n % 99999, ts, 60 + n % 30, 1 + n % 4)
    if dom == "laposte.net":
        return "<%s.%d@laposte.net>" % (hx[:20], n % 99999)
    if dom == "sfr.fr":
        return "<%s.%d@webmail.sfr.fr>" % (hx[:16], ts)
    if dom in ("gmx.fr", "gmx.de", "gmx.net", "web.de"):
        return "<trinity-%s-%s-%s@3c-app-gmx-bap%02d>" % (hx[:8], hx[8:12], hx[12:24], n % 70)
    if dom in ("proton.me", "protonmail.com"):
        return "<%s=@proton.me>" % hx[:40]
    if dom == "floraisondesoi.fr":
        return "<%s.%s@floraisondesoi.fr>" % (hx[:12], hx[12:20])
    return "<%s.%s@%s>" % (hx[:16], hx[16:24], dom)


def default_mailer(key, addr):
    dom = domain_of(addr)
    n = H(key, "mailer")
    if dom in ("orange.fr", "wanadoo.fr") and n % 3:
        return ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % (40 + n % 30))
    if dom in ("icloud.com", "me.com") and n % 2:
        return ("X-Mailer", "iPhone Mail (%s)" % ["21E236", "22B91", "21G93", "22D72"][n % 4])
    if dom == "free.fr" and n % 2:
        return ("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Win)/8.8.15_GA_4581)")
    if dom == "laposte.net" and n % 2:
        return ("X-Mailer", "Laposte.net webmail")
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com") and n % 4 == 0:
        return ("X-Mailer", "Microsoft Outlook 16.0")
    if dom in ("sfr.fr", "gmx.fr", "wanadoo.fr", "bbox.fr") and n % 3 == 0:
        return ("User-Agent", "Mozilla Thunderbird 128.%d.0" % (n % 8))
    return None


# ----------------------------------------------------------------- quoting
def split_addr(s):
    name, addr = parseaddr(s)
    return name or addr, addr


def build_quote(rec, when):
    q = rec["quote"]
    style = q["style"]
    who = q.get("who", "%s <%s>" % (HER_NAME, HER_CONTACT))
    name, addr = split_addr(who)
    me = rec.get("frm", "")
    me_name, me_addr = split_addr(me) if me else ("", "")
    text = q["text"].strip("\n")
    qsub = q.get("subject", rec["subject"].replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", ""))
    wd = when.weekday()
    hm = "%02d:%02d" % (when.hour, when.minute)
    if style == "gmail_fr":
        head = "Le %s %d %s %d à %s, %s <%s> a écrit :" % (
            FR_DAYS[wd], when.day, FR_MONTHS[when.month - 1], when.year, hm, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail_en":
        h12 = when.hour % 12 or 12
        ampm = "AM" if when.hour < 12 else "PM"
        head = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            EN_DAYS[wd], EN_MONTHS[when.month - 1], when.day, when.year, h12, when.minute, ampm, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "apple_fr":
        head = "> Le %d %s %d à %s, %s <%s> a écrit :\n> " % (
            when.day, FR_MONTHS[when.month - 1], when.year, hm, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "apple_en":
        head = "> On %d %s %d, at %s, %s <%s> wrote:\n> " % (
            when.day, EN_MONTHS[when.month - 1], when.year, hm, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "outlook_fr":
        head = ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n"
                % (name, addr, FR_DAYS_LONG[wd], when.day, FR_MONTHS_LONG[when.month - 1], when.year, hm,
                   me_addr or HER_CONTACT, qsub))
        return head + "\n" + text
    if style == "outlook_en":
        h12 = when.hour % 12 or 12
        ampm = "AM" if when.hour < 12 else "PM"
        head = ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n"
                % (name, addr, EN_DAYS_LONG[wd], EN_MONTHS_LONG[when.month - 1], when.day, when.year,
                   h12, when.minute, ampm, me_addr or HER_CONTACT, qsub))
        return head + "\n" + text
    if style == "fwd_fr":
        head = ("---------- Message transféré ---------\nDe : %s <%s>\nDate: %s %d %s %d à %s\nSubject: %s\nTo: %s\n"
                % (name, addr, FR_DAYS[wd], when.day, FR_MONTHS[when.month - 1], when.year, hm, qsub,
                   q.get("to", me_addr or HER_CONTACT)))
        return head + "\n" + text
    if style == "fwd_en":
        head = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n"
                % (name, addr, EN_DAYS[wd], EN_MONTHS[when.month - 1], when.day, when.year, hm, qsub,
                   q.get("to", me_addr or HER_CONTACT)))
        return head + "\n" + text
    raise ValueError("unknown quote style %s" % style)


def full_text(rec, when):
    body = rec["body"]
    if rec.get("quote"):
        qwhen = when - datetime.timedelta(hours=5 + H(rec["key"], "qdelta") % 200)
        qb = build_quote(rec, qwhen)
        body = (body.rstrip("\n") + "\n\n" + qb + "\n") if body.strip() else qb + "\n"
    return body


# ----------------------------------------------------------------- html
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, key):
    flavour = H(key, "html") % 3
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append("<div>%s</div>" % "<br>".join(esc(l) for l in para))
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>".join(esc(l[1:].lstrip(" ")) if l.startswith(">") else esc(l) for l in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
            continue
        flush_quote()
        if not line.strip():
            flush_para()
            out.append("<div><br></div>")
        else:
            para.append(line)
    flush_para()
    flush_quote()
    inner = "\n".join(out)
    if flavour == 0:
        return '<div dir="ltr">\n%s\n</div>\n' % inner
    if flavour == 1:
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % inner)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family: Helvetica, sans-serif;">\n%s\n</div></body></html>\n' % inner)


# ----------------------------------------------------------------- attachments
def make_pdf(text):
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    safe = safe.encode("latin-1", "replace").decode("latin-1")
    stream = ("BT /F1 12 Tf 60 760 Td (%s) Tj ET" % safe).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
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
    w, h = 4, 4
    shade = seed % 200 + 30
    raw = b"".join(b"\x00" + bytes([shade, (shade * 3) % 256, (shade * 7) % 256]) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(l) for l in text.split("\n"))
        + '</w:body></w:document>',
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachment(msg, att, key, idx):
    kind, name, text = att["kind"], att["name"], att.get("text", "")
    if kind == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=name)
    elif kind == "png":
        msg.add_attachment(make_png(H(key, "png%d" % idx)), maintype="image", subtype="png", filename=name)
    elif kind == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "csv":
        msg.add_attachment(text.replace("\n", "\r\n").encode("utf-8"), maintype="text", subtype="csv",
                           filename=name)
    elif kind == "ics":
        msg.add_attachment(text.replace("\n", "\r\n").encode("utf-8"), maintype="text", subtype="calendar",
                           filename=name)
    elif kind == "txt":
        msg.add_attachment(text, subtype="plain", filename=name,
                           cte="quoted-printable" if not text.isascii() else "7bit")
    elif kind == "json":
        msg.add_attachment(text.encode("utf-8"), maintype="application", subtype="json", filename=name)
    else:
        raise ValueError("unknown attachment kind %s" % kind)


# ----------------------------------------------------------------- build
CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def pick_cte(rec, text):
    c = rec.get("cte")
    if c:
        return CTE[c]
    n = H(rec["key"], "cte") % 20
    if text.isascii() and n < 6:
        return "7bit"
    if n < 9:
        return "quoted-printable"
    if n < 14:
        return "8bit"
    if n < 17:
        return "quoted-printable"
    return "base64"


def safe_8bit(text):
    return max((len(l.encode("utf-8")) for l in text.split("\n")), default=0) < 990


def set_text(part, text, subtype, cte):
    if cte in ("8bit", "7bit") and not safe_8bit(text):
        cte = "quoted-printable"
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    part.set_content(text, subtype=subtype, charset="utf-8", cte=cte)


def her_to(rec):
    if rec.get("to"):
        return rec["to"]
    n = H(rec["key"], "to") % 10
    if n < 4:
        return HER_CONTACT
    if n < 6:
        return "Floraison de Soi <%s>" % HER_CONTACT
    if n < 8:
        return HER_ORANGE
    return "Sandra Delomenie <%s>" % HER_ORANGE


def default_from(rec):
    return "%s <%s>" % (HER_NAME, HER_CONTACT)


def build_inner(rec, when):
    inner = rec["inner"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = inner["frm"]
    m["To"] = inner.get("to", HER_CONTACT)
    m["Subject"] = inner["subject"]
    iwhen = when - datetime.timedelta(minutes=3 + H(rec["key"], "inner") % 3000)
    m["Date"] = format_datetime(iwhen)
    m["Message-ID"] = message_id(rec["key"], parseaddr(inner["frm"])[1], "inner")
    m["MIME-Version"] = "1.0"
    set_text(m, inner["body"], "plain", "quoted-printable" if not inner["body"].isascii() else "7bit")
    return m


def build(rec):
    key = rec["key"]
    when = msg_date(rec)
    frm = rec.get("frm") or default_from(rec)
    faddr = parseaddr(frm)[1]
    text = full_text(rec, when)
    shape = rec.get("shape")

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = her_to(rec)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(key, faddr)
    if rec.get("quote") or rec.get("in_reply"):
        qwho = (rec.get("quote") or {}).get("who", "%s <%s>" % (HER_NAME, HER_CONTACT))
        if not (rec.get("quote") or {}).get("style", "").startswith("fwd"):
            ref = message_id(key, parseaddr(qwho)[1], "ref")
            msg["In-Reply-To"] = ref
            msg["References"] = ref
    extra = list(rec.get("headers", []))
    names = {h[0].lower() for h in extra}
    if "x-mailer" not in names and "user-agent" not in names and shape != "bounce":
        dm = default_mailer(key, faddr)
        if dm:
            extra.append(dm)
    for name, value in extra:
        if name.lower() == "message-id":
            msg.replace_header("Message-ID", value)
        else:
            msg[name] = value
    msg["MIME-Version"] = "1.0"

    cte = pick_cte(rec, text)
    if shape == "bounce":
        p1 = EmailMessage(policy=policy.SMTP)
        set_text(p1, text, "plain", "7bit" if text.isascii() else "quoted-printable")
        p2 = EmailMessage(policy=policy.SMTP)
        inner = rec["inner"]
        rcpt = parseaddr(inner.get("to", "x@example.org"))[1]
        b1 = Message(policy=policy.SMTP)
        b1["Reporting-MTA"] = "dns; %s" % domain_of(faddr)
        b1["Arrival-Date"] = format_datetime(when - datetime.timedelta(seconds=40))
        b2 = Message(policy=policy.SMTP)
        b2["Final-Recipient"] = "rfc822; %s" % rcpt
        b2["Action"] = "failed"
        b2["Status"] = inner.get("status", "5.1.1")
        b2["Diagnostic-Code"] = "smtp; %s" % inner.get("diag", "550 5.1.1 User unknown")
        p2["Content-Type"] = "message/delivery-status"
        p2.set_payload([b1, b2])
        p3 = EmailMessage(policy=policy.SMTP)
        p3.set_content(build_inner(rec, when))
        del p3["MIME-Version"]
        for p in (p1,):
            if "MIME-Version" in p:
                del p["MIME-Version"]
        msg.add_header("Content-Type", "multipart/report", report_type="delivery-status")
        msg.set_payload([p1, p2, p3])
    else:
        if rec.get("html") == "only":
            set_text(msg, to_html(text, key), "html", cte)
        else:
            set_text(msg, text, "plain", cte)
            if rec.get("html") == "alt":
                hcte = "quoted-printable" if cte in ("8bit", "7bit") and H(key, "hc") % 2 else cte
                if hcte == "7bit":
                    hcte = "quoted-printable"
                msg.add_alternative(to_html(text, key), subtype="html", charset="utf-8", cte=hcte)
        for i, att in enumerate(rec.get("attachments", [])):
            add_attachment(msg, att, key, i)
        if shape == "fwd822":
            msg.add_attachment(build_inner(rec, when))
    # deterministic boundaries
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (hexs(key, "bnd%d" % i, 16), i))
    return msg


def main():
    recs = ordered(load_records())
    for old in glob.glob(os.path.join(HERE, PREFIX + "-*.eml")):
        os.remove(old)
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
