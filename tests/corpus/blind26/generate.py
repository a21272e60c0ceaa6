#!/usr/bin/env python3
"""Deterministic generator for the b26 blind corpus (DSR Desk evaluation).

Writes b26-0001.eml ... b26-NNNN.eml and labels.json next to this file.
Standard library only.  Output is byte-identical on every run and for any
PYTHONHASHSEED: dates, Message-IDs, MIME boundaries and attachment bytes are
all derived from the record key.
"""
import hashlib
import html as htmlmod
import io
import json
import os
import sys
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import records_requests_fr  # noqa: E402
import records_requests_en  # noqa: E402
import records_negatives_fr  # noqa: E402
import records_negatives_en  # noqa: E402

PREFIX = "b26"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def all_records():
    recs = []
    for mod in (records_requests_fr, records_requests_en,
                records_negatives_fr, records_negatives_en):
        recs.extend(mod.RECORDS)
    return recs


def h(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime(year, month, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = datetime(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def local_dt(s, tz="paris", key=""):
    """'2025-03-11 09:42' in the sender's zone -> aware datetime."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = int(h(key, "sec")[:4], 16) % 60 if key else 0
    naive = naive.replace(second=sec)
    y = naive.year
    eu_summer = _last_sunday(y, 3).replace(hour=2) <= naive < _last_sunday(y, 10).replace(hour=3)
    if tz == "paris":
        off = 2 if eu_summer else 1
    elif tz == "uk":
        off = 1 if eu_summer else 0
    elif tz == "utc":
        off = 0
    elif tz == "qc":
        na_summer = _nth_sunday(y, 3, 2).replace(hour=2) <= naive < _nth_sunday(y, 11, 1).replace(hour=2)
        off = -4 if na_summer else -5
    elif tz == "us_west":
        na_summer = _nth_sunday(y, 3, 2).replace(hour=2) <= naive < _nth_sunday(y, 11, 1).replace(hour=2)
        off = -7 if na_summer else -8
    else:
        raise ValueError(tz)
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


DAY_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAY_FR_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
MON_FR_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
             "sept.", "oct.", "nov.", "déc."]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _h12(d):
    hr = d.hour % 12 or 12
    return "%d:%02d %s" % (hr, d.minute, "AM" if d.hour < 12 else "PM")


def attribution(style, who, d, to="", subject=""):
    """Header line(s) introducing a quoted or forwarded message."""
    wd = d.weekday()
    if style == "gmail_fr":
        return "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (
            DAY_FR_AB[wd], d.day, MON_FR_AB[d.month - 1], d.year, d.hour, d.minute, who)
    if style == "gmail_en":
        return "On %s, %s %d, %d at %s %s wrote:" % (
            DAY_EN[wd][:3], MON_EN[d.month - 1][:3], d.day, d.year, _h12(d), who)
    if style == "apple_fr":
        return "Le %d %s %d à %02d:%02d, %s a écrit :" % (
            d.day, MON_FR_AB[d.month - 1], d.year, d.hour, d.minute, who)
    if style == "apple_en":
        return "On %d %s %d, at %02d:%02d, %s wrote:" % (
            d.day, MON_EN[d.month - 1][:3], d.year, d.hour, d.minute, who)
    if style == "outlook_fr":
        return ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s"
                % (who, DAY_FR[wd], d.day, MON_FR[d.month - 1], d.year, d.hour, d.minute, to, subject))
    if style == "outlook_en":
        return ("From: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s"
                % (who, DAY_EN[wd], MON_EN[d.month - 1], d.day, d.year, _h12(d), to, subject))
    if style == "fwd_gmail_fr":
        return ("---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s"
                % (who, DAY_FR_AB[wd], d.day, MON_FR_AB[d.month - 1], d.year, d.hour, d.minute, subject, to))
    if style == "fwd_gmail_en":
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s"
                % (who, DAY_EN[wd][:3], MON_EN[d.month - 1][:3], d.day, d.year, _h12(d), subject, to))
    if style == "fwd_tb_fr":
        return ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s %d %s %d %02d:%02d\nDe : \t%s\nPour : \t%s"
                % (subject, DAY_FR_AB[wd].rstrip(".").capitalize(), d.day, MON_FR_AB[d.month - 1], d.year,
                   d.hour, d.minute, who, to))
    if style == "fwd_outlook_fr":
        return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s"
                % (who, DAY_FR[wd], d.day, MON_FR[d.month - 1], d.year, d.hour, d.minute, to, subject))
    raise ValueError(style)


def clean(text):
    return textwrap.dedent(text).strip("\n")


def build_history(rec, from_hdr, subject):
    """Return (plain text of quoted/forwarded part, list of (attribution, text, quoted?))."""
    blocks = []
    for q in rec.get("history", []):
        style = q["style"]
        who = q.get("who", SANDRA)
        qd = local_dt(q["date"], q.get("tz", "paris"))
        to = q.get("to", from_hdr)
        subj = q.get("subject", subject.replace("RE: ", "").replace("Re: ", "").replace("TR: ", "").replace("Fwd: ", ""))
        att = attribution(style, who, qd, to, subj)
        text = clean(q["text"])
        quoted = style.startswith(("gmail", "apple"))
        blocks.append((style, att, text, quoted))
    return blocks


def render_plain(body, blocks):
    out = body.rstrip("\n")
    for style, att, text, quoted in blocks:
        if style.startswith("apple"):
            qt = "\n".join(("> " + l) if l else ">" for l in [att, ""] + text.split("\n"))
            out += "\n\n" + qt
        elif quoted:
            qt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
            out += "\n\n" + att + "\n" + qt
        elif style.startswith("fwd"):
            out += "\n\n" + att + "\n\n" + text
        else:  # outlook: unquoted history under a header block
            out += "\n\n" + att + "\n\n" + text
    return out + "\n"


def _html_par(text):
    paras = text.split("\n\n")
    res = []
    for p in paras:
        res.append("<div>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(res)


def render_html(body, blocks, override=None):
    if override is not None:
        inner = clean(override)
    else:
        inner = '<div dir="ltr">' + _html_par(body) + "</div>"
        for style, att, text, quoted in blocks:
            att_html = "<br>\n".join(htmlmod.escape(l) for l in att.split("\n"))
            if quoted:
                inner += ('\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                          '\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                          'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
                          % (att_html, _html_par(text)))
            else:
                inner += ('\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                          '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                          'style="font-size:11pt" color="#000000">%s</font></div>\n<div>%s</div>'
                          % (att_html, _html_par(text)))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "</head>\n<body>\n%s\n</body>\n</html>\n" % inner)


# ---------------------------------------------------------- attachments
MIME_BY_EXT = {
    "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"), "png": ("image", "png"),
    "pdf": ("application", "pdf"), "csv": ("text", "csv"), "txt": ("text", "plain"),
    "ics": ("text", "calendar"), "json": ("application", "json"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def _fake_jpeg(seed, n=900):
    stream = b""
    i = 0
    while len(stream) < n:
        stream += hashlib.sha256((seed + str(i)).encode()).digest()
        i += 1
    stream = stream[:n].replace(b"\xff", b"\xfe")
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65)) + stream + b"\xff\xd9")


def _fake_png(seed):
    import struct
    import zlib
    raw = b"".join(b"\x00" + hashlib.sha256((seed + str(r)).encode()).digest()[:24] for r in range(8))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _pdf(text):
    lines = clean(text).split("\n") if text else ["Document"]
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for l in lines:
        safe = l.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) Tj T*" % safe)
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(l)
                    for l in clean(text or "Document").split("\n"))
    return _zip([
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
         + paras + "</w:body></w:document>"),
    ])


def _xlsx(text):
    rows = clean(text or "A").split("\n")
    sheet = "".join('<row r="%d">%s</row>' % (i + 1, "".join(
        '<c t="inlineStr"><is><t>%s</t></is></c>' % htmlmod.escape(c) for c in r.split(";"))) for i, r in enumerate(rows))
    return _zip([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + sheet + "</sheetData></worksheet>"),
    ])


def attachment_bytes(att, seed):
    name = att["name"]
    ext = name.rsplit(".", 1)[-1].lower()
    text = att.get("text", "")
    if ext in ("jpg", "jpeg"):
        return _fake_jpeg(seed + name)
    if ext == "png":
        return _fake_png(seed + name)
    if ext == "pdf":
        return _pdf(text)
    if ext == "docx":
        return _docx(text)
    if ext == "xlsx":
        return _xlsx(text)
    data = clean(text).replace("\n", "\r\n") + "\r\n"
    return data.encode(att.get("charset", "utf-8"))


# ------------------------------------------------------------ message-ids
def message_id(key, addr, salt="msg"):
    x = h(key, salt)
    dom = addr.rsplit("@", 1)[-1].lower().strip(">") if "@" in addr else (addr.lower() or "localhost")
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (x[:30].upper(), x[30:40])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%s.%d.%s@wwinf%04d.orange.fr>" % (x[:12], int(x[12:16], 16), x[16:22], int(x[22:25], 16) % 9000)
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "live.com", "msn.com"):
        return "<%s@%s.eurprd0%d.prod.outlook.com>" % (
            "AM%dP%sMB%s" % (int(x[0], 16) % 9, x[1:4].upper(), x[4:20].upper()),
            "DB%sPR0%dMB%s" % (x[20:22].upper(), int(x[22], 16) % 9, x[23:27].upper()), int(x[27], 16) % 9)
    if dom in ("yahoo.fr", "yahoo.com", "yahoo.co.uk"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:8], 16), int(x[8:14], 16), int(x[14:22], 16))
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    return "<%s.%s@%s>" % (x[:16], x[16:24], dom)


# ---------------------------------------------------------------- builders
def build_dsn(rec, d, mid):
    """Raw multipart/report bounce, parsed back into an EmailMessage."""
    ds = rec["dsn"]
    b = "=_b26dsn_" + h(rec["key"], "b")[:22]
    orig_mid = message_id(rec["key"], rec["dsn"].get("orig_domain", "orange.fr"), "orig")
    orig = clean(ds["orig"])
    report_type = ds.get("type", "delivery-status")
    if report_type == "delivery-status":
        status = clean(ds["status"])
        part2 = "Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n") + "\r\n"
        part3_type = ds.get("part3", "message/rfc822")
    else:
        status = clean(ds["status"])
        part2 = "Content-Type: message/disposition-notification\r\n\r\n" + status.replace("\n", "\r\n") + "\r\n"
        part3_type = "text/rfc822-headers"
    human = clean(ds["human"])
    human_enc = "8bit" if any(ord(c) > 127 for c in human) else "7bit"
    hdrs = [
        ("From", rec["from"]),
        ("To", rec.get("to", SANDRA)),
        ("Subject", rec["subject"]),
        ("Date", format_datetime(d)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ]
    for k, v in rec.get("headers", []):
        hdrs.append((k, v))
    hdrs.append(("Content-Type", 'multipart/report; report-type=%s;\r\n boundary="%s"' % (report_type, b)))
    head = ""
    tmp = EmailMessage(policy=policy.SMTP)
    for k, v in hdrs:
        if k == "Content-Type":
            head += "%s: %s\r\n" % (k, v)
        else:
            tmp[k] = v
    head = tmp.as_string().split("\r\n\r\n")[0] + "\r\n" + head
    raw = (head + "\r\nThis is a MIME-encapsulated message.\r\n\r\n"
           "--" + b + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: " + human_enc + "\r\n\r\n"
           + human.replace("\n", "\r\n") + "\r\n\r\n"
           "--" + b + "\r\n" + part2 + "\r\n"
           "--" + b + "\r\nContent-Type: " + part3_type + "\r\n\r\n"
           + orig.replace("{ORIG_MID}", orig_mid).replace("\n", "\r\n") + "\r\n\r\n"
           "--" + b + "--\r\n")
    return BytesParser(policy=policy.SMTP).parsebytes(raw.encode("utf-8"))


def build_message(rec):
    key = rec["key"]
    d = local_dt(rec["date"], rec.get("tz", "paris"), key)
    from_hdr = rec["from"]
    from_addr = parseaddr(from_hdr)[1]
    mid = message_id(key, from_addr)
    if rec.get("dsn"):
        return build_dsn(rec, d, mid)

    subject = rec.get("subject")
    body = clean(rec.get("body", ""))
    blocks = build_history(rec, from_hdr, subject or "")
    plain = render_plain(body, blocks)

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = from_hdr
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    if subject is not None:
        msg["Subject"] = subject
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = mid
    has_reply = rec.get("reply", any(not b[0].startswith("fwd") for b in blocks) and bool(blocks))
    if has_reply:
        hist = rec.get("history") or [{}]
        pdom = rec.get("parent_domain") or parseaddr(hist[0].get("who", SANDRA))[1].rsplit("@", 1)[-1]
        parent = message_id(key, pdom, "parent")
        msg["In-Reply-To"] = parent
        refs = [message_id(key, pdom, "root")] if rec.get("thread_long") else []
        msg["References"] = " ".join(refs + [parent])
    for k, v in rec.get("headers", []):
        msg[k] = v

    shape = rec.get("shape", "plain")
    ascii_only = all(ord(c) < 128 for c in plain)
    if shape in ("plain",):
        cte = rec.get("cte")
        if cte is None:
            # deterministic mix of transfer encodings, as real clients produce
            pick = int(h(key, "cte")[:2], 16)
            if ascii_only:
                cte = "quoted-printable" if pick < 40 else "7bit"
            else:
                cte = "base64" if pick < 45 else ("quoted-printable" if pick < 130 else "8bit")
        kw = {} if not rec.get("flowed") else {"params": {"format": "flowed"}}
        msg.set_content(plain, charset="utf-8", cte=cte, **kw)
    elif shape == "html":
        msg.set_content(render_html(body, blocks, rec.get("html")), subtype="html", charset="utf-8",
                        cte=rec.get("cte", "quoted-printable"))
    elif shape == "alt":
        msg.set_content(plain, charset="utf-8", cte=rec.get("cte") or ("7bit" if ascii_only else "quoted-printable"))
        msg.add_alternative(render_html(body, blocks, rec.get("html")), subtype="html", charset="utf-8",
                            cte=rec.get("html_cte", "quoted-printable"))
    else:
        raise ValueError(shape)

    for i, att in enumerate(rec.get("attach", [])):
        data = attachment_bytes(att, key)
        ext = att["name"].rsplit(".", 1)[-1].lower()
        maintype, subtype = MIME_BY_EXT[ext]
        kw = {"filename": att["name"]}
        if att.get("inline"):
            kw["disposition"] = "inline"
        if ext == "ics":
            kw["params"] = {"method": "REQUEST", "charset": "utf-8"}
        elif maintype == "text":
            kw["params"] = {"charset": att.get("charset", "utf-8")}
        msg.add_attachment(data, maintype, subtype, cte=att.get("cte", "base64"), **kw)

    # sub-parts do not carry their own MIME-Version (as real MUAs do)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    # fixed boundaries
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("%s_%s_%02d" % ("----=_Part" if n % 2 else "=_b26", h(key, "bnd", str(n))[:24], n))
            n += 1
    return msg


def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP, mangle_from_=False).flatten(msg)
    return buf.getvalue()


def main():
    recs = all_records()
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for r in recs:
        if list(r["rights"]) != sorted(r["rights"]) or any(x not in RIGHTS for x in r["rights"]):
            raise SystemExit("bad rights on %s: %r" % (r["key"], r["rights"]))
    order = sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = serialize(build_message(r))
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": list(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(order), HERE))


if __name__ == "__main__":
    main()
