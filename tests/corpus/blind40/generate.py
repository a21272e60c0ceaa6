#!/usr/bin/env python3
"""Deterministic generator for the b40 corpus (standard library only).

Usage:  python3 generate.py [--out DIR]
Writes b40-0001.eml ... b40-NNNN.eml and labels.json (default: next to this file).
Everything variable (order, dates, Message-IDs, boundaries, attachment bytes,
transfer encodings) is derived from sha256 of the record key, so the output is
byte-identical on every run, whatever PYTHONHASHSEED is.
"""
import base64
import datetime
import glob
import hashlib
import html
import importlib
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy, utils
from email.header import Header
from email.message import EmailMessage, MIMEPart, Message

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b40"
RECORD_MODULES = ["rec_req_fr1", "rec_req_fr2", "rec_req_en",
                  "rec_neg_fr1", "rec_neg_fr2", "rec_neg_en"]


def H(key, salt=""):
    return hashlib.sha256((salt + "\x00" + key).encode("utf-8")).hexdigest()


def N(key, salt=""):
    return int(H(key, salt), 16)


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_offset(d):
    start = _last_sunday(d.year, 3)
    end = _last_sunday(d.year, 10)
    return 2 if start <= d < end else 1


def make_date(rec):
    n = N(rec["key"], "date")
    if rec.get("date"):
        y, m, dd = (int(x) for x in rec["date"].split("-"))
        day = datetime.date(y, m, dd)
    else:
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=n % 730)
    if (n >> 40) % 11 == 0:
        hour = (n >> 20) % 24
    else:
        hour = 7 + (n >> 20) % 16
    minute = (n >> 28) % 60
    second = (n >> 34) % 60
    off = paris_offset(day)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    dt = datetime.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
    return dt


# ---------------------------------------------------------------- ids
def addr_domain(addr):
    a = utils.parseaddr(addr)[1]
    return a.split("@")[-1].lower() if "@" in a else "localhost"


def make_msgid(key, from_, salt="mid"):
    h = H(key, salt)
    dom = addr_domain(from_)
    if dom in ("gmail.com", "googlemail.com"):
        raw = base64.b64encode(bytes.fromhex(h)[:30]).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % raw
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "live.be", "msn.com"):
        return "<%s@%s.eurprd0%d.prod.outlook.com>" % (
            h[:40].upper(), "AM9P19" + h[40:44].upper(), int(h[44], 16) % 9 + 1)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02das.nor.wanadoo.fr>" % (
            int(h[:6], 16), int(h[6:12], 16), int(h[12:22], 16), int(h[22:24], 16) % 40)
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (
            h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if dom in ("yahoo.fr", "yahoo.com", "yahoo.co.uk"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:7], 16), int(h[7:14], 16), int(h[14:24], 16))
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


# ---------------------------------------------------------------- attachments
def make_pdf(text, seed):
    lines = [l for l in text.split("\n")]
    esc = []
    for l in lines:
        b = l.encode("cp1252", "replace")
        b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        esc.append(b)
    content = b"BT\n/F1 11 Tf\n14 TL\n56 780 Td\n"
    for b in esc:
        content += b"(" + b + b") Tj T*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Producer (" + [b"Microsoft Print to PDF", b"Quartz PDFContext", b"GPL Ghostscript 9.55",
                             b"Adobe Scan"][int(seed[0], 16) % 4] + b") /CreationDate (D:"
        + (b"2025%02d%02d%02d%02d00" % (int(seed[1:3], 16) % 12 + 1, int(seed[3:5], 16) % 28 + 1,
                                        int(seed[5:7], 16) % 24, int(seed[7:9], 16) % 60)) + b") >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    fid = seed[:32].upper().encode()
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R /Info 6 0 R /ID [<"
            + fid + b"> <" + fid + b">] >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out


def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def make_png(seed, w=24, h=24):
    b = bytes.fromhex(seed)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            i = (x * 7 + y * 3) % 29
            raw += bytes(((b[i] + x * 5) & 255, (b[i + 1] + y * 5) & 255, b[i + 2]))
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b""))


def make_jpeg(seed):
    """A valid 8x8 mid-grey baseline JPEG with a hash-derived comment."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00")
    out += seg(0xFE, ("scan-" + seed[:48]).encode())
    out += seg(0xDB, b"\x00" + bytes([1] * 64))
    out += seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    out += b"\x3f"
    out += b"\xff\xd9"
    return out


def make_docx(text, seed):
    buf = io.BytesIO()
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
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1 + int(seed[0], 16) % 12, 1 + int(seed[1], 16), 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for i, att in enumerate(rec.get("att", [])):
        kind, fname = att[0], att[1]
        text = att[2] if len(att) > 2 else ""
        seed = H(rec["key"], "att%d" % i)
        if kind == "pdf":
            msg.add_attachment(make_pdf(text or fname, seed), "application", "pdf", filename=fname)
        elif kind == "jpg":
            msg.add_attachment(make_jpeg(seed), "image", "jpeg", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(seed), "image", "png", filename=fname)
        elif kind == "csv":
            msg.add_attachment(text.encode("utf-8"), "text", "csv", filename=fname)
        elif kind == "txt":
            msg.add_attachment(text, filename=fname, disposition="attachment")
        elif kind == "ics":
            ics = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
            msg.add_attachment(ics, "text", "calendar", filename=fname, params={"method": "REQUEST"})
        elif kind == "docx":
            msg.add_attachment(make_docx(text, seed), "application",
                               "vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "eml":
            inner = EmailMessage()
            spec = att[2]
            inner["From"] = spec["from"]
            inner["To"] = spec.get("to", "contact@floraisondesoi.fr")
            inner["Subject"] = spec["subject"]
            inner["Date"] = utils.format_datetime(make_date({"key": rec["key"] + "/inner", "date": spec.get("date")}))
            inner["Message-ID"] = make_msgid(rec["key"], spec["from"], "inner")
            inner.set_content(spec["body"])
            msg.add_attachment(inner, filename=fname)
        else:
            raise ValueError("unknown attachment kind %s" % kind)


# ---------------------------------------------------------------- html
def text_to_html(text, style):
    lines = text.split("\n")
    out = []
    in_q = False
    for line in lines:
        if line.startswith(">"):
            if not in_q:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                in_q = True
            out.append(html.escape(line.lstrip(">").lstrip()) + "<br>")
            continue
        if in_q:
            out.append("</blockquote>")
            in_q = False
        if style == "outlook":
            out.append('<p class="MsoNormal">%s</p>' % (html.escape(line) if line else "&nbsp;"))
        else:
            out.append((html.escape(line) if line else "") + "<br>")
    if in_q:
        out.append("</blockquote>")
    inner = "\n".join(out)
    if style == "gmail":
        return '<div dir="ltr">\n' + inner + "\n</div>\n"
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    if style == "news":
        return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\n'
                '<title></title></head>\n<body style="margin:0;background:#f4f4f7">\n'
                '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">\n'
                '<tr><td style="padding:24px">\n' + inner + "\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n")
    return "<html><body>\n" + inner + "\n</body></html>\n"


# ---------------------------------------------------------------- building
CTES = ["quoted-printable", "quoted-printable", "8bit", "quoted-printable", "base64", "8bit"]


def pick_cte(rec, text, salt):
    if rec.get("cte"):
        return rec["cte"]
    try:
        text.encode("ascii")
        if max((len(l) for l in text.split("\n")), default=0) <= 76:
            return "7bit"
        return "quoted-printable"
    except UnicodeEncodeError:
        return CTES[N(rec["key"], salt) % len(CTES)]


def set_text(part, rec, text, subtype, salt):
    charset = rec.get("charset", "utf-8")
    cte = pick_cte(rec, text, salt)
    if cte == "7bit":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)


def _enc_addr(a):
    name, addr = utils.parseaddr(a)
    if name.isascii():
        return a
    return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def build_report(rec, msg):
    rp = rec["report"]
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    human = MIMEPart()
    human.set_content(rec["body"], charset="us-ascii" if rec["body"].isascii() else "utf-8",
                      cte="7bit" if rec["body"].isascii() else "quoted-printable")
    human["Content-Description"] = "Notification"
    ds = MIMEPart()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; " + rp["mta"]
    b1["Arrival-Date"] = utils.format_datetime(make_date(rec))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + rp["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = rp["status"]
    b2["Remote-MTA"] = "dns; " + rp.get("remote", addr_domain(rp["rcpt"]))
    b2["Diagnostic-Code"] = "smtp; " + rp["diag"]
    ds.set_payload([b1, b2])
    orig = MIMEPart()
    orig["Content-Type"] = "text/rfc822-headers"
    orig["Content-Description"] = "Undelivered Message Headers"
    od = make_date(rec) - datetime.timedelta(seconds=3 + N(rec["key"], "orig") % 400)
    hdrs = ("Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n" % (
                utils.parseaddr(rp["orig_from"])[1], _enc_addr(rp["orig_from"]), rp["rcpt"],
                Header(rp["orig_subject"], "utf-8").encode() if not rp["orig_subject"].isascii() else rp["orig_subject"],
                utils.format_datetime(od), make_msgid(rec["key"], rp["orig_from"], "orig")))
    orig.set_payload(hdrs)
    msg.attach(human)
    msg.attach(ds)
    msg.attach(orig)


def make_logo_png(key):
    return make_png(H(key, "logo"), 32, 12)


def build(rec):
    key = rec["key"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = rec["from_"]
    msg["To"] = rec.get("to", "Floraison de Soi <contact@floraisondesoi.fr>")
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    if rec["subject"] is not None:
        msg["Subject"] = rec["subject"]
    msg["Date"] = utils.format_datetime(make_date(rec))
    msg["Message-ID"] = make_msgid(key, rec["from_"])
    if rec.get("reply"):
        parent = "<%s.%s@floraisondesoi.fr>" % (H(key, "parent")[:12], H(key, "parent")[12:20])
        msg["In-Reply-To"] = parent
        if N(key, "refs") % 3 == 0:
            grand = make_msgid(key, rec["from_"], "grand")
            msg["References"] = grand + " " + parent
        else:
            msg["References"] = parent
    for name, value in rec.get("headers", []):
        msg[name] = value
    if "X-Mailer" not in msg and "Auto-Submitted" not in msg:
        body = rec["body"]
        if "Envoyé de mon iPhone" in body or "Sent from my iPhone" in body:
            msg["X-Mailer"] = "iPhone Mail (22D72)"
        elif rec.get("html_style") == "outlook" and rec.get("shape") in ("alt", "html"):
            msg["X-Mailer"] = "Microsoft Outlook 16.0"
        elif rec["from_"].endswith("orange.fr>") or rec["from_"].endswith("wanadoo.fr>"):
            msg["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev74"
    shape = rec.get("shape", "plain")
    style = rec.get("html_style") or ["gmail", "outlook", "simple", "gmail"][N(key, "style") % 4]
    if shape == "report":
        msg["MIME-Version"] = "1.0"
        build_report(rec, msg)
    elif shape == "plain":
        set_text(msg, rec, rec["body"], "plain", "cte1")
    elif shape == "html":
        set_text(msg, rec, rec.get("html") or text_to_html(rec["body"], style), "html", "cte2")
    elif shape == "alt":
        set_text(msg, rec, rec["body"], "plain", "cte1")
        h = rec.get("html") or text_to_html(rec["body"], style)
        msg.add_alternative(h, subtype="html", charset=rec.get("charset", "utf-8"),
                            cte=rec.get("cte") if rec.get("cte") and rec["cte"] != "7bit" else "quoted-printable")
        if rec.get("logo"):
            hp = msg.get_payload()[1]
            hp.add_related(make_logo_png(key), "image", "png", cid="<logo_%s@sig>" % H(key, "cid")[:10],
                           filename="image001.png")
    else:
        raise ValueError("unknown shape %s" % shape)
    if rec.get("att"):
        add_attachments(msg, rec)
    # sub-parts created by add_* carry their own MIME-Version: drop it
    def strip(container):
        if container.get_content_maintype() != "multipart":
            return
        for sub in container.iter_parts():
            del sub["MIME-Version"]
            strip(sub)
    strip(msg)
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (H(key, "bnd%d" % i)[:20], i))
            i += 1
    return msg


def load_records():
    sys.path.insert(0, HERE)
    recs = []
    for name in RECORD_MODULES:
        mod = importlib.import_module(name)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return recs


def main():
    out = HERE
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    recs = load_records()
    recs.sort(key=lambda r: H(r["key"], "order"))
    for old in glob.glob(os.path.join(out, PREFIX + "-*.eml")):
        os.remove(old)
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=policy.SMTP)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(recs), out))


if __name__ == "__main__":
    main()
