#!/usr/bin/env python3
"""Deterministic generator for the b24 corpus.

Writes b24-0001.eml ... b24-NNNN.eml and labels.json next to this file.
Standard library only.  Output is byte-identical on every run and under any
PYTHONHASHSEED: every date, Message-ID, boundary and attachment byte is
derived from the sha256 of the record key.
"""
import datetime
import hashlib
import html
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import records_req_fr  # noqa: E402
import records_req_en  # noqa: E402
import records_neg_fr  # noqa: E402
import records_neg_en  # noqa: E402
import records_system  # noqa: E402

PREFIX = "b24"
SANDRA = "sandra.delomenie@orange.fr"
POL = policy.SMTP.clone(refold_source="none")


def all_records():
    recs = []
    for mod in (records_req_fr, records_req_en, records_neg_fr, records_neg_en,
                records_system):
        recs.extend(mod.RECORDS)
    seen = set()
    for r in recs:
        if r["key"] in seen:
            raise SystemExit("duplicate key: " + r["key"])
        seen.add(r["key"])
    return recs


def H(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def hbytes(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1) if month < 12 \
        else datetime.date(year, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_tz(local):
    start = last_sunday(local.year, 3)
    end = last_sunday(local.year, 10)
    d = local.date()
    summer = (d > start or (d == start and local.hour >= 3)) and \
             (d < end or (d == end and local.hour < 3))
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


def make_date(rec):
    if rec.get("date"):
        local = datetime.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
        sec = int(H("sec", rec["key"])[:4], 16) % 60
        local = local.replace(second=sec)
    else:
        h = H("date", rec["key"])
        first = datetime.datetime(2025, 1, 3)
        span = (datetime.datetime(2026, 6, 20) - first).days
        local = first + datetime.timedelta(
            days=int(h[:8], 16) % span,
            hours=7 + int(h[8:10], 16) % 15,
            minutes=int(h[10:12], 16) % 60,
            seconds=int(h[12:14], 16) % 60)
    return local.replace(tzinfo=paris_tz(local))


# ---------------------------------------------------------------- ids and boundaries
def style_for(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail"
    if dom.startswith(("hotmail.", "outlook.", "live.", "msn.")):
        return "outlook"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "apple"
    if dom in ("orange.fr", "wanadoo.fr"):
        return "orange"
    return "generic"


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(hexstr, n):
    v = int(hexstr, 16)
    out = ""
    while len(out) < n:
        v, r = divmod(v, 62)
        out += B62[r]
    return out


def uuid_from(h):
    return ("%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])).upper()


def make_msgid(style, seed, domain):
    h = H("mid", seed)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % b62(h, 46)
    if style == "outlook":
        srv = "PR%dP%dMB%04d" % (int(h[0], 16) % 3 + 1, int(h[1], 16) + 190, int(h[2:6], 16) % 10000)
        return "<%s%s@%s.EURP%d%d.PROD.OUTLOOK.COM>" % (srv, h[6:38].upper(), srv,
                                                    int(h[40], 16) % 3 + 1, 90 + int(h[41], 16) % 5)
    if style == "apple":
        return "<%s@%s>" % (uuid_from(h), domain)
    if style == "outlookdesk":
        return "<%s$%s$%s$@%s>" % (h[:12], h[12:20], h[20:28], domain)
    if style == "orange":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            int(h[:7], 16), int(h[7:11], 16) % 9000 + 100,
            1735000000000 + int(h[11:21], 16) % 50000000000, int(h[21:23], 16) % 30 + 1)
    return "<%s.%s@%s>" % (h[:20], h[20:28], domain)


def make_boundary(style, seed, i):
    h = H("bnd", seed, str(i))
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "apple":
        return "Apple-Mail=_" + uuid_from(h)
    if style == "outlook":
        return "_%03d_%s_" % (i, h[:40].upper())
    if style == "outlookdesk":
        return "----=_NextPart_%03d_%04X_%s.%s" % (i, int(h[:4], 16) % 4096, h[4:12].upper(), h[12:20].upper())
    if style == "orange":
        return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:14], 16), 1735000000000 + int(h[14:24], 16) % 50000000000)
    return "===============%019d==" % (int(h[:16], 16) % 10 ** 19)


# ---------------------------------------------------------------- bodies
def text_to_html(text):
    out = []
    quote = []
    para = []

    def flush_para():
        if para:
            out.append("<div>" + "<br>".join(html.escape(l, quote=False) for l in para) + "</div>")
            del para[:]

    def flush_quote():
        if quote:
            inner = "<br>".join(html.escape(l[1:].lstrip(" "), quote=False) if l.startswith(">") else html.escape(l, quote=False)
                                for l in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            del quote[:]

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
        elif line.strip() == "":
            flush_para()
            flush_quote()
            out.append("<div><br></div>")
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


CTE = {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64", "7bit": "7bit"}


def set_text(part, text, subtype, rec, default_cte):
    cte = CTE[rec.get("cte", default_cte)] if subtype == "plain" else CTE[rec.get("html_cte", "qp")]
    charset = rec.get("charset", "utf-8") if subtype == "plain" else "utf-8"
    try:
        text.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if cte == "8bit" and ascii_ok:
        cte = "7bit"
    if cte == "7bit" and not ascii_ok:
        cte = "8bit"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)


# ---------------------------------------------------------------- attachments
def fake_jpg(seed, size):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return head + hbytes(seed, size) + b"\xff\xd9"


def png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def real_png(seed, w=48, h=32):
    noise = hbytes(seed, w * h)
    raw = b"".join(b"\x00" + bytes((x // 2 + 64) for x in noise[y * w:(y + 1) * w]) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, seed):
    y = 780
    ops = ["BT /F1 11 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 56 %d Tm (%s) Tj" % (y, pdf_escape(ln)))
        y -= 16
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = H("pdfid", seed)[:32].upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid, fid, xref))
    return out


def make_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p)
                    for p in text.split("\n"))
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
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachment(msg, att, key):
    fname, kind = att[0], att[1]
    text = att[2] if len(att) > 2 else None
    seed = key + "/" + fname
    if kind == "jpg":
        size = 1800 + int(H("sz", seed)[:4], 16) % 4000
        msg.add_attachment(fake_jpg(seed, size), maintype="image", subtype="jpeg", filename=fname)
    elif kind == "png":
        msg.add_attachment(real_png(seed), maintype="image", subtype="png", filename=fname)
    elif kind == "pdf":
        lines = (text or fname).split("\n")
        msg.add_attachment(make_pdf(lines, seed), maintype="application", subtype="pdf", filename=fname)
    elif kind == "docx":
        msg.add_attachment(make_docx(text or fname), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=fname)
    elif kind == "csv":
        msg.add_attachment(text.replace("\n", "\r\n"), subtype="csv", charset="utf-8",
                           cte="quoted-printable", filename=fname)
    elif kind == "ics":
        msg.add_attachment(text.replace("\n", "\r\n"), subtype="calendar", charset="utf-8",
                           cte="quoted-printable", filename=fname, params={"method": "REQUEST"})
    elif kind == "htm":
        msg.add_attachment(text, subtype="html", charset="utf-8", cte="base64", filename=fname)
    elif kind == "txt":
        msg.add_attachment(text, subtype="plain", charset="utf-8", cte="quoted-printable", filename=fname)
    else:
        raise ValueError("unknown attachment kind " + kind)


def build_inner(d, key, tag):
    inner = MIMEPart(policy=POL)
    inner["From"] = d["frm"]
    inner["To"] = d["to"]
    inner["Subject"] = d["subject"]
    local = datetime.datetime.strptime(d["date"], "%Y-%m-%d %H:%M")
    inner["Date"] = format_datetime(local.replace(tzinfo=paris_tz(local)))
    addr = parseaddr(d["frm"])[1]
    inner["Message-ID"] = make_msgid(style_for(addr), key + tag, addr.rsplit("@", 1)[-1])
    inner["MIME-Version"] = "1.0"
    inner.set_content(d["body"], charset="utf-8", cte="quoted-printable")
    return inner


# ---------------------------------------------------------------- message
def default_fmt(rec, style, h):
    """What the sender's mail client would typically produce."""
    xm = rec.get("xm", "")
    roll = int(h[1:3], 16)
    if "Outlook" in xm or "Apple Mail" in xm:
        return "alt"
    if style == "gmail":
        return "alt" if roll < 200 else "plain"
    if style == "outlook":
        return "alt" if roll < 170 else "plain"
    if style == "apple":
        return "alt" if roll < 128 else "plain"
    return "plain"


def build(rec):
    key = rec["key"]
    h = H("msg", key)
    addr = parseaddr(rec["frm"])[1]
    domain = addr.rsplit("@", 1)[-1]
    style = rec.get("mid") or ("outlookdesk" if "Outlook 16" in rec.get("xm", "")
                                else "apple" if "Apple Mail" in rec.get("xm", "") else style_for(addr))

    msg = EmailMessage(policy=POL)
    for name, value in rec.get("pre_hdr", []):
        msg[name] = value
    msg["From"] = rec["frm"]
    if "to" in rec:
        msg["To"] = rec["to"]
    else:
        msg["To"] = "Sandra Delomenie <%s>" % SANDRA if int(h[0], 16) < 7 else SANDRA
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(make_date(rec))
    msg["Message-ID"] = make_msgid(style, key, domain)
    if rec.get("irt"):
        pstyle = rec["irt"] if isinstance(rec["irt"], str) else "orange"
        parent = make_msgid(pstyle, "parent/" + key, "orange.fr")
        # set_raw + refold_source="none": message ids are written verbatim, never
        # RFC 2047-encoded by the unstructured-header folder.
        msg.set_raw("In-Reply-To", parent)
        if rec.get("refs_extra"):
            grand = make_msgid(style, "grandparent/" + key, domain)
            msg.set_raw("References", grand + "\n " + parent)
        else:
            msg.set_raw("References", parent)
    for name, value in list(rec.get("hdr", [])) + list(rec.get("hdr_extra", [])):
        msg[name] = value
    if rec.get("xm"):
        xm = rec["xm"]
        if xm.startswith("UA:"):
            msg["User-Agent"] = xm[3:]
        else:
            msg["X-Mailer"] = xm

    if rec.get("bounce"):
        build_bounce(msg, rec)
    else:
        fmt = rec.get("fmt") or default_fmt(rec, style, h)
        if fmt == "plain":
            set_text(msg, rec["body"], "plain", rec, "8bit")
        elif fmt == "html":
            set_text(msg, rec.get("html") or text_to_html(rec["body"]), "html", rec, "qp")
        elif fmt == "alt":
            set_text(msg, rec["body"], "plain", rec, "qp")
            alt = MIMEPart(policy=POL)
            set_text(alt, rec.get("html") or text_to_html(rec["body"]), "html", rec, "qp")
            msg.make_alternative()
            msg.attach(alt)
        else:
            raise ValueError(fmt)
        for att in rec.get("att", []):
            add_attachment(msg, att, key)
        if rec.get("fwd"):
            if not msg.is_multipart():
                msg.make_mixed()
            elif msg.get_content_subtype() != "mixed":
                msg.make_mixed()
            part = MIMEPart(policy=POL)
            part.set_content(build_inner(rec["fwd"], key, "/fwd"))
            msg.attach(part)

    strip_part_mime_version(msg)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(make_boundary(style, key, i))
            i += 1
    return msg


def strip_part_mime_version(container):
    """Body parts of a multipart do not carry MIME-Version in real mail."""
    if container.get_content_maintype() != "multipart":
        return
    for child in container.get_payload():
        if child.get_content_maintype() != "message":
            del child["MIME-Version"]
        strip_part_mime_version(child)


def build_bounce(msg, rec):
    b = rec["bounce"]
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    human = MIMEPart(policy=POL)
    human.set_content(b["text"], charset="utf-8", cte="8bit")
    human["Content-Description"] = b.get("desc", "Notification")
    status = MIMEPart(policy=POL)
    status["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in (b["per_message"], b["per_recipient"]):
        blk = MIMEPart(policy=POL)
        for name, value in fields:
            blk[name] = value
        blocks.append(blk)
    status.set_payload(blocks)
    msg.attach(human)
    msg.attach(status)
    orig = MIMEPart(policy=POL)
    inner = build_inner(b["orig"], rec["key"], "/orig")
    if b.get("headers_only"):
        raw = inner.as_bytes(policy=POL).split(b"\r\n\r\n", 1)[0].decode("ascii")
        hdr_text = "\n".join(l for l in raw.split("\r\n")
                             if not l.startswith(("MIME-Version", "Content-"))) + "\n"
        orig.set_content(hdr_text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    else:
        orig.set_content(inner)
    msg.attach(orig)


def main():
    recs = all_records()
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    for name in os.listdir(HERE):
        if name.startswith(PREFIX + "-") and name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    labels = {}
    for n, rec in enumerate(recs, 1):
        fname = "%s-%04d.eml" % (PREFIX, n)
        data = build(rec).as_bytes(policy=POL)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels[fname] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
