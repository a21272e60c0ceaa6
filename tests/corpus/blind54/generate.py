#!/usr/bin/env python3
"""Write b54-NNNN.eml and labels.json next to this file from the records package.

Standard library only. Deterministic: every varying choice is derived from sha256 of the
record key; no wall clock, no unseeded randomness, no dependence on PYTHONHASHSEED.
"""
import base64
import hashlib
import html as htmlmod
import io
import json
import os
import struct
import sys
import textwrap
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import all_records  # noqa: E402

PREFIX = "b54"
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
HER = (CONTACT, ORANGE)


# ---------------------------------------------------------------- helpers
def h(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).digest()


def hn(key, salt, mod):
    return int.from_bytes(h(key, salt)[:8], "big") % mod


def hexs(key, salt, n):
    return hashlib.sha256((salt + "#" + key).encode()).hexdigest()[:n]


def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_offset(local):
    """UTC offset in hours for a naive Paris local time (DST: last Sun March -> last Sun Oct)."""
    start = last_sunday(local.year, 3).replace(hour=2)
    end = last_sunday(local.year, 10).replace(hour=3)
    return 2 if start <= local < end else 1


def fix_gap(local):
    start = last_sunday(local.year, 3)
    if local.date() == start.date() and local.hour == 2:
        local = local.replace(hour=3)
    return local


def record_local_date(rec):
    if rec.get("date"):
        return fix_gap(datetime.strptime(rec["date"], "%Y-%m-%d %H:%M").replace(
            second=hn(rec["key"], "sec", 60)))
    key = rec["key"]
    day = hn(key, "day", 535)
    base = datetime(2025, 1, 6)
    hours = [7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18,
             19, 20, 21, 21, 22, 23, 6, 0]
    hour = hours[hn(key, "hour", len(hours))]
    local = base + timedelta(days=day, hours=hour, minutes=hn(key, "min", 60),
                             seconds=hn(key, "sec", 60))
    return fix_gap(local)


def aware(local):
    return local.replace(tzinfo=timezone(timedelta(hours=paris_offset(local))))


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
    hr = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day,
                                         d.year, hr, d.minute, "AM" if d.hour < 12 else "PM")


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def build_quote(rec, local):
    q = rec["quote"]
    style = q["style"]
    days = q.get("days", 1 + hn(rec["key"], "qdays", 12))
    qd = (local - timedelta(days=days)).replace(hour=8 + hn(rec["key"], "qhour", 12),
                                                minute=hn(rec["key"], "qmin", 60))
    who = q["who"]
    subj = q.get("subject")
    if not subj:
        s = rec["subject"]
        low = s.lower()
        subj = s.split(":", 1)[1].strip() if low.startswith(("re:", "re :", "tr:", "tr :", "fw:", "fwd:", "aw:")) else s
    if q.get("to"):
        to = q["to"]
    elif rec["frm"][0]:
        to = "%s <%s>" % rec["frm"]
    else:
        to = rec["frm"][1]
    text = q["text"].strip("\n")
    if style == "gmail_fr":
        return "Le %s, %s a écrit :\n%s" % (fr_short(qd), who, quote_lines(text))
    if style == "apple_fr":
        return "> Le %d %s %d à %02d:%02d, %s a écrit :\n> \n%s" % (
            qd.day, FR_MONTHS[qd.month - 1], qd.year, qd.hour, qd.minute, who, quote_lines(text))
    if style == "outlook_fr":
        return ("________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (who, fr_long(qd), to, subj, text))
    if style == "en":
        return "On %s, %s wrote:\n%s" % (en_short(qd), who, quote_lines(text))
    if style == "apple_en":
        return "> On %d %s %d, at %02d:%02d, %s wrote:\n> \n%s" % (
            qd.day, EN_MONTHS[qd.month - 1][:3], qd.year, qd.hour, qd.minute, who, quote_lines(text))
    if style == "outlook_en":
        return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (who, en_outlook(qd), to, subj, text))
    if style == "fwd_fr":
        return ("---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (who, fr_short(qd), subj, q.get("to", to), text))
    if style == "fwd_apple":
        return ("Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %d %s %d à %02d:%02d:%02d UTC+%d\nÀ: %s\n\n%s"
                % (who, subj, qd.day, FR_MONTHS[qd.month - 1], qd.year, qd.hour, qd.minute,
                   qd.second, paris_offset(qd), q.get("to", to), text))
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (who, en_short(qd), subj, q.get("to", to), text))
    if style == "fwd_outlook_fr":
        return ("-------- Message transféré --------\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (who, fr_long(qd), q.get("to", to), subj, text))
    raise ValueError("unknown quote style " + style)


def wrap_text(text, width=76):
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width:
            out.append(ln)
            continue
        prefix = ""
        while ln.startswith(">"):
            prefix += ">"
            ln = ln[1:]
            if ln.startswith(" "):
                prefix += " "
                ln = ln[1:]
        out.extend(textwrap.wrap(ln, width=width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False,
                                 break_on_hyphens=False) or [prefix])
    return "\n".join(out)


def text_to_html(body, quote_text, style):
    def para(t):
        blocks = [b for b in t.split("\n\n")]
        return "\n".join("<div>%s</div><div><br></div>" % htmlmod.escape(b, quote=False).replace("\n", "<br>\n")
                         for b in blocks if b.strip() != "")
    parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
             '<body><div dir="ltr">', para(body.strip("\n")), "</div>"]
    if quote_text:
        qt = quote_text
        if style in ("gmail_fr", "en", "apple_fr", "apple_en"):
            first, _, rest = qt.partition("\n")
            rest = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in rest.split("\n"))
            parts.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                         % (htmlmod.escape(first.lstrip("> "), quote=False), para(rest)))
        else:
            parts.append('<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">%s</div>'
                         % para(qt))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- attachments
def make_pdf(lines):
    if isinstance(lines, str):
        lines = [lines]
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) Tj T*" % esc)
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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


def make_png(seed, w=24, hgt=16):
    d = hashlib.sha256(seed.encode()).digest()
    raw = b""
    for y in range(hgt):
        row = bytes([0])
        for x in range(w):
            row += bytes([(d[(x + y) % 32] + x * 5) % 256, (d[(x * 3 + y) % 32] + y * 7) % 256,
                          (d[(x + 2 * y) % 32]) % 256])
        raw += row

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(paragraphs):
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_ics(summary, key, local):
    start = local + timedelta(days=7 + hn(key, "ics", 20))
    s = start.strftime("%Y%m%dT%H%M00")
    e = (start + timedelta(hours=1)).strftime("%Y%m%dT%H%M00")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s@calendly.com\r\nDTSTART;TZID=Europe/Paris:%s\r\n"
            "DTEND;TZID=Europe/Paris:%s\r\nSUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (hexs(key, "ics", 24), s, e, summary))


def add_attachments(msg, rec, local):
    for att in rec.get("attach", []):
        kind, name, payload = att
        if kind == "pdf":
            msg.add_attachment(make_pdf(payload), maintype="application", subtype="pdf", filename=name)
        elif kind == "png":
            msg.add_attachment(make_png(payload), maintype="image", subtype="png", filename=name)
        elif kind == "csv":
            msg.add_attachment(payload, subtype="csv", filename=name)
        elif kind == "docx":
            msg.add_attachment(make_docx(payload), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=name)
        elif kind == "ics":
            msg.add_attachment(make_ics(payload, rec["key"], local), subtype="calendar",
                               filename=name, params={"method": "REQUEST"})
        else:
            raise ValueError("unknown attachment kind " + kind)


# ---------------------------------------------------------------- headers
def domain_of(addr):
    return addr.rsplit("@", 1)[1].lower()


def msgid_style(rec, addr):
    if rec.get("mid"):
        return rec["mid"]
    d = domain_of(addr)
    if d == "gmail.com" or d == "googlemail.com":
        return "gmail"
    if d in ("orange.fr", "wanadoo.fr"):
        return "orange"
    if d in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.co.uk", "msn.com"):
        return "outlook"
    if d in ("icloud.com", "me.com", "mac.com"):
        return "apple"
    if d.startswith("yahoo.") or d == "ymail.com":
        return "yahoo"
    if d == "free.fr":
        return "free"
    if d == "laposte.net":
        return "laposte"
    if d in ("sfr.fr", "neuf.fr"):
        return "sfr"
    return "plain"


def make_msgid(key, salt, style, addr, ts=None):
    d = domain_of(addr)
    if ts is None:
        ts = 1735000000000 + int(hexs(key, salt + "ts", 12), 16) % 40000000000
    x = hexs(key, salt, 64)
    b64 = base64.b64encode(hashlib.sha256((salt + key).encode()).digest()).decode().replace("/", "_")
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (b64[:30], "=" + b64[30:40] if hn(key, salt + "g", 2) else b64[30:41])
    if style == "orange":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            int(x[:7], 16), int(x[7:11], 16), ts, 20 + int(x[20:22], 16) % 20)
    if style == "outlook":
        box = "%s%02dMB%04d" % (["AM9PR", "PAXPR", "DB9PR", "PR3PR", "VI1PR"][int(x[0], 16) % 5],
                                int(x[1:3], 16) % 10, int(x[3:7], 16) % 10000)
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (box, x[7:39].upper(), box, int(x[39], 16) % 9 + 1)
    if style == "apple":
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], d)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:8], 16) % 900000000 + 100000000,
                                              int(x[8:16], 16) % 9000000 + 1000000,
                                              ts)
    if style == "free":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            int(x[:7], 16), int(x[7:12], 16), ts,
            int(x[22:24], 16) % 80 + 10, int(x[24], 16) % 3 + 1)
    if style == "laposte":
        return "<%s.%s@laposte.net>" % (x[:24], x[24:36])
    if style == "sfr":
        return "<%s@webmail.sfr.fr>" % x[:28]
    if style == "ses":
        return "<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
            x[:9], x[9:17], x[17:21], x[21:25], x[25:37])
    if style == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], d)
    return "<%s.%s@%s>" % (x[:20], x[20:30], d)


def ref_id(key, salt, style, addr):
    """A message id for In-Reply-To/References; kept foldable (policy.SMTP would otherwise
    turn an over-long id into an encoded word)."""
    mid = make_msgid(key, salt, style, addr)
    if len(mid) > 76:
        mid = make_msgid(key, salt, "tb" if style != "plain" else "plain", addr)
    return mid


def her_to(rec):
    t = rec.get("to")
    if t == "c" or t is None and hn(rec["key"], "to", 10) < 6:
        v = hn(rec["key"], "tod", 4)
        return [CONTACT, "Floraison de Soi <%s>" % CONTACT, "Sandra Delomenie <%s>" % CONTACT,
                "Floraison de Soi - Sandra <%s>" % CONTACT][v]
    if t == "o" or t is None:
        v = hn(rec["key"], "too", 3)
        return [ORANGE, "Sandra Delomenie <%s>" % ORANGE, "Sandra DUMOT-DELOMENIE <%s>" % ORANGE][v]
    return t


def fmt_addr(name, addr):
    user, dom = addr.rsplit("@", 1)
    return Address(display_name=name or "", username=user, domain=dom)


# ---------------------------------------------------------------- build
def body_parts(rec, local):
    body = rec["body"]
    qtext = build_quote(rec, local) if rec.get("quote") else ""
    full = body
    if qtext:
        full = body.rstrip("\n") + "\n\n" + qtext
    full = full.rstrip("\n") + "\n" if full.strip() else ""
    cte = rec.get("cte")
    if cte is None:
        choice = hn(rec["key"], "cte", 20)
        try:
            full.encode("ascii")
            ascii_ok = True
        except UnicodeEncodeError:
            ascii_ok = False
        if choice < 8:
            cte = "7bit" if ascii_ok else "8bit"
        elif choice < 17:
            cte = "quoted-printable"
        else:
            cte = "base64"
    if cte in ("7bit", "8bit"):
        full = wrap_text(full)
        if cte == "7bit":
            full.encode("ascii")
    return full, qtext, cte


def set_text(msg, rec, local):
    full, qtext, cte = body_parts(rec, local)
    mode = rec.get("html")
    if mode == "only":
        html = rec.get("html_body") or text_to_html(rec["body"], qtext, (rec.get("quote") or {}).get("style"))
        msg.set_content(html, subtype="html", cte="quoted-printable" if cte in ("7bit", "8bit") and len(max(html.split("\n"), key=len)) > 900 else cte)
    elif mode == "alt":
        msg.set_content(full, cte=cte)
        html = rec.get("html_body") or text_to_html(rec["body"], qtext, (rec.get("quote") or {}).get("style"))
        msg.add_alternative(html, subtype="html", cte="quoted-printable" if cte in ("7bit", "8bit") else cte)
    else:
        msg.set_content(full, cte=cte)


def base_headers(msg, rec, local, frm=None, to=None, subject=None, key=None, salt="mid"):
    key = key or rec["key"]
    name, addr = frm or rec["frm"]
    msg["From"] = fmt_addr(name, addr)
    msg["To"] = to or her_to(rec)
    if rec.get("cc") and salt == "mid":
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subject"] if subject is None else subject
    msg["Date"] = format_datetime(aware(local))
    ts = int(aware(local).timestamp()) * 1000 - 1000 * hn(key, "tsd", 40) + hn(key, "tsm", 1000)
    msg["Message-ID"] = make_msgid(key, salt, msgid_style(rec, addr) if salt == "mid" else "plain", addr, ts)


def build_inner(spec, key, local):
    inner = EmailMessage(policy=policy.SMTP)
    name, addr = spec["frm"]
    inner["From"] = fmt_addr(name, addr)
    inner["To"] = spec["to"]
    inner["Subject"] = spec["subject"]
    d = local - timedelta(days=spec.get("days", 0), minutes=spec.get("minutes", 7))
    inner["Date"] = format_datetime(aware(d))
    inner["Message-ID"] = make_msgid(key, "inner", spec.get("mid", "plain"), addr)
    for k, v in spec.get("headers", {}).items():
        inner[k] = v
    if spec.get("html"):
        inner.set_content(spec["body"], cte="quoted-printable")
        inner.add_alternative(spec["html"], subtype="html", cte="quoted-printable")
    else:
        inner.set_content(spec["body"], cte=spec.get("cte", "quoted-printable"))
    return inner, d


MACHINE = ("wordpress@", "no-reply", "noreply", "notifications", "mailer-daemon", "service@",
           "newsletter@", "legal@", "support@", "ne-pas-repondre", "messages-noreply", "notification@",
           "workspace-noreply", "privacy@", "security", "alerte@", "info@", "renewals@", "audit@",
           "remboursement@", "lettre-", "adherents@")
TB_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
         "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
         "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"]


def default_mailer(msg, rec):
    """Add a plausible X-Mailer / User-Agent when the record gives none (deterministic)."""
    hdrs = rec.get("headers", {})
    if "X-Mailer" in hdrs or "User-Agent" in hdrs or rec.get("kind") == "bounce":
        return
    addr = rec["frm"][1].lower()
    if addr.startswith(MACHINE):
        return
    d = domain_of(addr)
    roll = hn(rec["key"], "mailer", 100)
    if addr == CONTACT:
        if roll < 60:
            msg["User-Agent"] = TB_UA[roll % 3]
    elif d in ("orange.fr", "wanadoo.fr"):
        if roll < 55:
            msg["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev%d" % (55 + roll % 9)
    elif d == "free.fr":
        if roll < 60:
            msg["X-Mailer"] = "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF%d (Linux)/9.0.0_GA_4583)" % (115 + roll % 14)
    elif d in ("icloud.com", "me.com"):
        msg["X-Mailer"] = "Apple Mail (2.3826.200.121)" if roll < 60 else "iPhone Mail (22D72)"
    elif d == "laposte.net":
        if roll < 40:
            msg["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev%d" % (50 + roll % 9)
    elif d in ("gmail.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "yahoo.fr",
               "yahoo.co.uk", "sfr.fr", "hotmail.co.uk", "btinternet.com", "protonmail.com"):
        if roll < 12:
            msg["X-Mailer"] = "iPhone Mail (22D72)"
    else:
        if roll < 40:
            msg["User-Agent"] = TB_UA[roll % 3]
        elif roll < 70:
            msg["X-Mailer"] = "Microsoft Outlook 16.0"


def build(rec):
    local = record_local_date(rec)
    key = rec["key"]
    msg = EmailMessage(policy=policy.SMTP)
    kind = rec.get("kind")
    base_headers(msg, rec, local)
    is_reply = rec.get("reply") or (rec.get("quote") and not rec["quote"]["style"].startswith("fwd"))
    if is_reply:
        if rec["frm"][1] in HER:
            other = rec["to"].split("<")[-1].rstrip(">").strip()
            parent = ref_id(key, "parent", msgid_style({}, other), other)
            grand = ref_id(key, "grand", "plain", rec["frm"][1])
        else:
            her = ORANGE if hn(key, "parentdom", 2) else CONTACT
            parent = ref_id(key, "parent", "orange" if her == ORANGE else "plain", her)
            grand = ref_id(key, "grand", msgid_style(rec, rec["frm"][1]), rec["frm"][1])
        msg["In-Reply-To"] = parent
        msg["References"] = grand + " " + parent if hn(key, "refs", 3) else parent
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    default_mailer(msg, rec)

    if kind == "bounce":
        spec = rec["inner"]
        inner, _ = build_inner(spec, key, local)
        msg.set_content(wrap_text(rec["body"]).rstrip("\n") + "\n", cte="8bit" if not rec["body"].isascii() else "7bit")
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        ds = EmailMessage(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        ds["Content-Description"] = "Delivery report"
        b1 = Message(policy=policy.SMTP)
        b1["Reporting-MTA"] = "dns; " + spec.get("mta", "smtp.orange.fr")
        b1["Arrival-Date"] = format_datetime(aware(local - timedelta(minutes=2)))
        b2 = Message(policy=policy.SMTP)
        b2["Final-Recipient"] = "rfc822; " + spec["to"].split("<")[-1].rstrip(">")
        b2["Action"] = "failed"
        b2["Status"] = spec.get("status", "5.1.1")
        b2["Diagnostic-Code"] = "smtp; " + spec.get("diag", "550 5.1.1 user unknown")
        ds.set_payload([b1, b2])
        msg.attach(ds)
        if spec.get("headers_only"):
            hdr = EmailMessage(policy=policy.SMTP)
            raw_head = inner.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0]
            hdr.set_content(raw_head.decode("ascii").replace("\r\n", "\n") + "\n",
                            subtype="rfc822-headers", cte="7bit")
            del hdr["MIME-Version"]
            hdr["Content-Description"] = "Undelivered Message Headers"
            msg.attach(hdr)
        else:
            rp = EmailMessage(policy=policy.SMTP)
            rp.set_content(inner)
            rp["Content-Description"] = "Undelivered Message"
            del rp["MIME-Version"]
            msg.attach(rp)
        return msg

    set_text(msg, rec, local)
    if kind == "fwd822":
        inner, _ = build_inner(rec["inner"], key, local)
        msg.add_attachment(inner, filename=rec["inner"].get("filename"))
    add_attachments(msg, rec, local)
    return msg


def strip_inner_mime_version(msg):
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]


def fix_boundaries(msg, rec):
    """Deterministic, client-flavoured MIME boundaries (the stdlib default is random)."""
    style = msgid_style(rec, rec["frm"][1])
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() != "multipart":
            continue
        x = hexs(rec["key"], "bnd%d" % n, 32)
        if style == "gmail":
            b = "000000000000%s" % x[:16]
        elif style == "apple":
            u = x.upper()
            b = "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
        elif style == "outlook":
            b = "_%03d_%s_" % (n, x[:30].upper())
        elif style in ("orange", "free"):
            b = "----=_Part_%d_%d.%d" % (int(x[:6], 16), int(x[6:12], 16), 1735000000000 + int(x[12:22], 16) % 40000000000)
        else:
            b = "=_%s_%d" % (x[:24], n)
        part.set_boundary(b)
        n += 1


def order(records):
    return sorted(records, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def main():
    recs = order(all_records())
    keys = [r["key"] for r in recs]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        strip_inner_mime_version(msg)
        fix_boundaries(msg, rec)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
