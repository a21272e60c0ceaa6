#!/usr/bin/env python3
"""Deterministic generator for the b41 corpus (standard library only).

Writes b41-0001.eml ... b41-NNNN.eml and labels.json next to this file.
Everything variable (order, dates, Message-IDs, MIME boundaries, attachment
bytes, transfer encodings) is derived from sha256 of the record key, so the
output is byte-identical on every run whatever PYTHONHASHSEED is.
"""
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, MIMEPart, Message
from email.headerregistry import Address
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import records_req_fr  # noqa: E402
import records_req_en  # noqa: E402
import records_neg_fr  # noqa: E402
import records_neg_en  # noqa: E402
from _rec import SANDRA, SANDRA_ORANGE  # noqa: E402

PREFIX = "b41"
POL = policy.SMTP


def all_records():
    recs = (records_req_fr.RECORDS + records_req_en.RECORDS +
            records_neg_fr.RECORDS + records_neg_en.RECORDS)
    seen = set()
    for r in recs:
        if r["key"] in seen:
            raise SystemExit("duplicate key " + r["key"])
        seen.add(r["key"])
    return recs


def H(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def hnum(*parts):
    return int(H(*parts), 16)


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_offset(utc_dt):
    """+1h in winter, +2h between the last Sundays of March and October (01:00 UTC)."""
    y = utc_dt.year
    start = datetime.datetime.combine(_last_sunday(y, 3), datetime.time(1, 0))
    end = datetime.datetime.combine(_last_sunday(y, 10), datetime.time(1, 0))
    naive = utc_dt.replace(tzinfo=None)
    return 2 if start <= naive < end else 1


def local_date(text):
    """'YYYY-MM-DD HH:MM' Paris wall-clock time -> aware datetime."""
    naive = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")
    off = paris_offset(naive - datetime.timedelta(hours=1))
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def record_date(rec):
    if rec.get("date"):
        base = local_date(rec["date"])
        return base + datetime.timedelta(seconds=hnum(rec["key"], "sec") % 60)
    return make_date(rec["key"])


def make_date(key, salt="date"):
    n = hnum(key, salt)
    day = n % 730                      # 2025-01-01 .. 2026-12-31
    hour = 6 + (n >> 12) % 17          # 06h .. 22h UTC
    minute = (n >> 20) % 60
    second = (n >> 28) % 60
    utc = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc) + \
        datetime.timedelta(days=day, hours=hour, minutes=minute, seconds=second)
    off = paris_offset(utc)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return utc.astimezone(tz)


# ---------------------------------------------------------------- ids
def addrs(value):
    """Address objects, so display names with specials (periods...) get quoted."""
    out = []
    for name, spec in getaddresses([value]):
        out.append(Address(display_name=name, addr_spec=spec))
    return out


ADDR_HEADERS = ("From", "To", "Cc", "Reply-To")


def set_addr(m, header, value):
    m[header] = addrs(value)


def domain_of(addr):
    a = parseaddr(addr)[1]
    return a.split("@", 1)[1].lower() if "@" in a else "localhost"


def msgid(key, frm, salt="mid"):
    dom = domain_of(frm)
    hx = H(key, salt)
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (hx[:20].upper(), hx[20:34])
    if dom in ("hotmail.fr", "hotmail.com", "outlook.com", "outlook.fr", "live.fr", "live.co.uk"):
        return "<%s.%s@%s.eurprd0%d.prod.outlook.com>" % (
            hx[:16].upper(), hx[16:20].upper(), "AM" + hx[20:24].upper(), hnum(key, salt) % 9 + 1)
    if dom in ("icloud.com", "me.com"):
        return "<%s-%s-%s@icloud.com>" % (hx[:8].upper(), hx[8:12].upper(), hx[12:24].upper())
    return "<%s.%s@%s>" % (hx[:14], hx[14:22], dom)


# ---------------------------------------------------------------- attachments
def make_pdf(lines):
    def esc(s):
        s = s.encode("cp1252", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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


def make_png(key, fn):
    seed = hashlib.sha256((key + fn).encode()).digest()
    w = h = 16
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            b = seed[(x + y) % 32]
            raw += bytes((b, seed[(x * 3 + y) % 32], seed[(x + y * 5) % 32]))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_jpeg(key, fn, size=900):
    body = b""
    i = 0
    while len(body) < size:
        body += hashlib.sha256(("%s|%s|%d" % (key, fn, i)).encode()).digest()
        i += 1
    body = body[:size].replace(b"\xff", b"\xfe")
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xfe\x00\x13scan-" + hashlib.sha256(key.encode()).hexdigest()[:12].encode() +
            b"\x00" + body + b"\xff\xd9")


def make_docx(text):
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
         "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(p)
                 for p in text.split("\n")) +
         "</w:body></w:document>"),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    key = rec["key"]
    for att in rec.get("att", ()):
        kind, fn = att[0], att[1]
        text = att[2] if len(att) > 2 else ""
        if kind == "pdf":
            lines = text.split("\n") if text else [fn]
            msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf", filename=fn)
        elif kind == "jpg":
            msg.add_attachment(make_jpeg(key, fn), maintype="image", subtype="jpeg", filename=fn)
        elif kind == "png":
            msg.add_attachment(make_png(key, fn), maintype="image", subtype="png", filename=fn)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", filename=fn)
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", filename=fn)
        elif kind == "ics":
            msg.add_attachment(text.replace("\n", "\r\n"), subtype="calendar", filename=fn,
                               params={"method": "REQUEST"})
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fn)
        elif kind == "eml":
            inner = build_simple(key + "|inner|" + fn, text)
            msg.add_attachment(inner, filename=fn)
        else:
            raise ValueError("unknown attachment kind " + kind)


# ---------------------------------------------------------------- bodies
def text_to_html(text):
    out = []
    paras = text.split("\n\n")
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith(">") for ln in lines if ln.strip()) and p.strip():
            inner = "<br>\n".join(htmlmod.escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(ln) for ln in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Arial,sans-serif;font-size:14px">\n' +
            "\n".join(out) + "\n</body></html>\n")


CTES = (None, None, "8bit", "quoted-printable", "quoted-printable", "base64")


def pick_cte(rec, salt):
    """Record may force a transfer encoding (cte / cte_html); else hash-derived."""
    forced = rec.get("cte" if salt == "text" else "cte_html")
    if forced:
        return None if forced == "auto" else forced
    return CTES[hnum(rec["key"], "cte", salt) % len(CTES)]


def set_text(part, text, subtype, cte):
    """cte None = let the email package choose (7bit/8bit/qp/base64)."""
    if cte == "8bit" and text.isascii():
        cte = None
    if cte:
        part.set_content(text, subtype=subtype, charset="utf-8", cte=cte)
    else:
        part.set_content(text, subtype=subtype)


def build_simple(key, spec, dt=None):
    """Nested message for message/rfc822 attachments; spec is a dict."""
    m = EmailMessage(policy=POL)
    set_addr(m, "From", spec["frm"])
    set_addr(m, "To", spec.get("to", SANDRA))
    m["Subject"] = spec.get("subj", "")
    if dt is None:
        dt = local_date(spec["date"]) if spec.get("date") else make_date(key)
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = msgid(key, spec["frm"])
    m.set_content(spec.get("body", ""))
    return m


UAS = (None, None, None, "Apple Mail (2.3774.500.171.1.1)", "Microsoft Outlook 16.0",
       "Mozilla Thunderbird", "iPhone Mail (22D72)", None, "Microsoft Outlook 15.0",
       "Roundcube Webmail/1.6.9")


UAS_BY_DOMAIN = {
    "gmail.com": (None, None, None, "iPhone Mail (22D72)"),
    "icloud.com": ("Apple Mail (2.3774.500.171.1.1)", "iPhone Mail (21G93)"),
    "outlook.com": (None, "Microsoft Outlook 16.0"),
    "outlook.fr": (None, "Microsoft Outlook 16.0"),
    "hotmail.fr": (None, "Microsoft Outlook 16.0"),
    "hotmail.com": (None,),
    "hotmail.co.uk": (None, "Microsoft Outlook 16.0"),
    "protonmail.com": (None,),
    "orange.fr": (None, "Open-Xchange Mailer v7.10.6-Rev62", "Microsoft Outlook 16.0",
                  "Mozilla Thunderbird"),
    "wanadoo.fr": (None, "Open-Xchange Mailer v7.10.6-Rev62"),
}


def is_automated(rec):
    hdr = rec.get("hdr", {})
    return rec.get("shape") == "bounce" or any(
        k in hdr for k in ("List-Id", "List-Unsubscribe", "Auto-Submitted", "X-Autoreply"))


def build(rec):
    key = rec["key"]
    msg = EmailMessage(policy=POL)
    set_addr(msg, "From", rec["frm"])
    to = rec.get("to")
    if to is None:
        to = SANDRA_ORANGE if hnum(key, "to") % 4 == 0 else SANDRA
    elif to == "orange":
        to = SANDRA_ORANGE
    set_addr(msg, "To", to)
    if rec.get("cc"):
        set_addr(msg, "Cc", rec["cc"])
    if rec.get("reply_to"):
        set_addr(msg, "Reply-To", rec["reply_to"])
    msg["Subject"] = rec["subj"]
    dt = record_date(rec)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(key, rec["frm"])
    reply = rec.get("reply")
    if reply:
        parent = reply if isinstance(reply, str) else msgid(key, SANDRA, "parent")
        root = msgid(key, rec["frm"], "root")
        msg["In-Reply-To"] = parent
        msg["References"] = root + " " + parent if hnum(key, "refs") % 2 else parent
    ua = rec.get("ua")
    if ua is None and not is_automated(rec):
        dom = domain_of(rec["frm"])
        pool = UAS_BY_DOMAIN.get(dom, UAS)
        ua = pool[hnum(key, "ua") % len(pool)]
    if ua:
        msg["X-Mailer" if "Outlook" in ua or "Apple" in ua else "User-Agent"] = ua
    for k, v in rec.get("hdr", {}).items():
        msg[k] = v

    shape = rec.get("shape", "plain")
    body = rec["body"]
    if shape == "bounce":
        build_bounce(msg, rec)
    elif shape == "plain":
        set_text(msg, body, "plain", pick_cte(rec, "text"))
    elif shape == "alt":
        set_text(msg, body, "plain", pick_cte(rec, "text"))
        hpart = rec.get("html") or text_to_html(body)
        msg.add_alternative(hpart, subtype="html",
                            cte=pick_cte(rec, "html") or "quoted-printable")
    elif shape == "html":
        hpart = rec.get("html") or text_to_html(body)
        set_text(msg, hpart, "html", pick_cte(rec, "html") or "quoted-printable")
    else:
        raise ValueError(shape)
    if rec.get("att"):
        add_attachments(msg, rec)
    # the email package stamps MIME-Version on every sub-part; real clients don't
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            for child in part.get_payload():
                del child["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_%s_%s" % (PREFIX, H(key, "boundary", str(i))[:30]))
            i += 1
    return msg


def build_bounce(msg, rec):
    b = rec["bounce"]
    key = rec["key"]
    dt = record_date(rec)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    human = MIMEPart(policy=POL)
    human.set_content(rec["body"])
    ds = MIMEPart(policy=POL)
    ds["Content-Type"] = "message/delivery-status"
    m1 = Message(policy=POL)
    m1["Reporting-MTA"] = "dns; " + b["mta"]
    m1["Arrival-Date"] = format_datetime(dt - datetime.timedelta(seconds=40))
    m2 = Message(policy=POL)
    m2["Final-Recipient"] = "rfc822; " + b["rcpt"]
    m2["Action"] = "failed"
    m2["Status"] = b.get("status", "5.1.1")
    m2["Diagnostic-Code"] = "smtp; " + b["diag"]
    ds.set_payload([m1, m2])
    orig = build_simple(key + "|orig", dict(frm=b.get("orig_from", SANDRA), to=b["rcpt"],
                                            subj=b["orig_subj"], body=b["orig_body"]),
                        dt=dt - datetime.timedelta(seconds=47 + hnum(key, "lag") % 120))
    op = MIMEPart(policy=POL)
    op.set_content(orig)
    msg.attach(human)
    msg.attach(ds)
    msg.attach(op)


def main():
    recs = all_records()
    recs.sort(key=lambda r: H(r["key"]))
    labels = {}
    for n, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        data = build(rec).as_bytes(policy=POL)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
