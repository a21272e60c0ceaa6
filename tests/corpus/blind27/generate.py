#!/usr/bin/env python3
"""Deterministic generator for the b27 corpus.

Writes b27-0001.eml ... b27-NNNN.eml and labels.json next to this file.
Standard library only. Output is byte-identical on every run and under any
PYTHONHASHSEED: dates, Message-IDs, MIME boundaries and attachment bytes are
all derived from the record key.
"""
import datetime
import hashlib
import html
import io
import json
import os
import sys
import zipfile
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart, Message
import email.policy
import email.utils

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import ALL  # noqa: E402

PREFIX = "b27"
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"}


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1) if month < 12 \
        else datetime.date(year, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_dt(s):
    """'YYYY-MM-DD HH:MM' local Paris time -> aware datetime (+01:00/+02:00)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    start = datetime.datetime.combine(_last_sunday(d.year, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(_last_sunday(d.year, 10), datetime.time(3, 0))
    off = 2 if start <= d < end else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


# ---------------------------------------------------------------- ids
def msgid_for(seed, addr):
    h = sha(seed)
    dom = addr.split("@")[-1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (h[:10].upper(), h[10:34])
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr",
               "live.be", "msn.com", "hotmail.ca", "outlook.be"):
        return "<%s@%s.eurprd0%s.prod.outlook.com>" % (
            h[:32].upper(), "PA" + h[32:36].upper() + "MB", int(h[36], 16) % 9 + 1)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.JavaMail.open-xchange@opme11oxm0%d>" % (
            int(h[:7], 16), 1735000000000 + int(h[12:22], 16) % 50000000000,
            int(h[25], 16) % 4 + 1)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom in ("yahoo.fr", "yahoo.com", "yahoo.ca"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:7], 16), int(h[7:14], 16), int(h[14:22], 16))
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


# ---------------------------------------------------------------- html
def text_to_html_body(text):
    if text.lstrip("\n").startswith(">") or "\n>" in text:
        return text_to_html(text).split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
    paras = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    return "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n"))
                     for p in paras)


def _unquote(line):
    return line[2:] if line.startswith("> ") else line[1:]


def text_to_html(text):
    """Plain text -> simple HTML; runs of '>' lines become a blockquote."""
    lines = text.strip("\n").split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            j = i
            while j < len(lines) and lines[j].startswith(">"):
                j += 1
            inner = text_to_html_body("\n".join(_unquote(l) for l in lines[i:j]))
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                       'border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
            i = j
        else:
            j = i
            while j < len(lines) and not lines[j].startswith(">"):
                j += 1
            out.append(text_to_html_body("\n".join(lines[i:j])))
            i = j
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</body></html>\n"
            % "\n".join(out))


# ---------------------------------------------------------------- attachments
MIME_BY_EXT = {
    "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"), "png": ("image", "png"),
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "csv": ("text", "csv"), "ics": ("text", "calendar"), "txt": ("text", "plain"),
    "json": ("application", "json"), "xlsx": ("application",
                                              "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def _noise(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def _pdf(text):
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    lines = safe.encode("latin-1", "replace").split(b"\n")
    stream = b"BT /F1 11 Tf 50 780 Td 14 TL\n" + b"".join(
        b"(" + l + b") Tj T*\n" for l in lines) + b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _docx(text):
    buf = io.BytesIO()
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % html.escape(l)
                    for l in text.split("\n"))
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
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % paras),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def attachment_bytes(seed, filename, content):
    ext = filename.rsplit(".", 1)[-1].lower()
    if ext in ("jpg", "jpeg"):
        return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
                + _noise(seed + filename, 2400) + b"\xff\xd9")
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + _noise(seed + filename, 1800)
    if ext == "pdf":
        return _pdf(content or filename)
    if ext == "docx":
        return _docx(content or filename)
    if ext == "xlsx":
        return b"PK\x03\x04" + _noise(seed + filename, 1500)
    return (content or "").encode("utf-8")


# ---------------------------------------------------------------- build
def addr(t):
    name, a = t
    local, dom = a.split("@")
    return Address(display_name=name or "", username=local, domain=dom)


def default_cte(rec, body):
    if rec.get("cte"):
        return rec["cte"]
    if all(ord(c) < 128 for c in body):
        return "7bit"
    r = int(sha(rec["key"] + "/cte")[:4], 16) % 100
    if r < 58:
        return "8bit"
    if r < 84:
        return "quoted-printable"
    return "base64"


WEBMAIL = {"gmail.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr",
           "live.be", "yahoo.fr", "yahoo.com", "hotmail.ca", "hotmail.co.uk", "orange.fr",
           "free.fr", "laposte.net", "sfr.fr", "videotron.ca", "skynet.be", "gmx.ch", "gmx.de"}


def default_shape(rec):
    """Webmail senders often send multipart/alternative; decided from the key hash."""
    dom = rec["frm"][1].split("@")[-1].lower()
    if dom in WEBMAIL and int(sha(rec["key"] + "/shape")[:4], 16) % 100 < 40:
        return "alt"
    return "plain"


def set_headers(msg, rec, seed):
    msg["From"] = addr(rec["frm"])
    tos = rec["to"] if isinstance(rec["to"], list) else [rec["to"]]
    msg["To"] = [addr(t) for t in tos]
    if rec.get("cc"):
        ccs = rec["cc"] if isinstance(rec["cc"], list) else [rec["cc"]]
        msg["Cc"] = [addr(t) for t in ccs]
    if rec.get("reply_to"):
        msg["Reply-To"] = addr(rec["reply_to"])
    msg["Date"] = email.utils.format_datetime(paris_dt(rec["date"]))
    if rec.get("subject") is not None:
        msg["Subject"] = rec["subject"]
    msg["Message-ID"] = msgid_for(seed, rec["frm"][1])
    if rec.get("irt"):
        irt = msgid_for(rec["irt"], rec.get("irt_addr", SANDRA_ADDR))
        msg["In-Reply-To"] = irt
        refs = [msgid_for(*r) if isinstance(r, tuple) else
                msgid_for(r, rec.get("irt_addr", SANDRA_ADDR)) for r in rec.get("refs", [])]
        msg["References"] = " ".join(refs + [irt])
    for k, v in rec.get("headers", []):
        msg[k] = v


SANDRA_ADDR = "sandra.delomenie@orange.fr"


def build_dsn(rec, seed):
    msg = EmailMessage()
    set_headers(msg, rec, seed)
    d = rec["dsn"]
    t = MIMEPart()
    t.set_content(rec["body"], cte=default_cte(rec, rec["body"]))
    ds = MIMEPart()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; " + d["mta"]
    b1["Arrival-Date"] = email.utils.format_datetime(paris_dt(rec["date"]))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + d["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = d["status"]
    b2["Diagnostic-Code"] = "smtp; " + d["diag"]
    ds.set_payload([b1, b2])
    h = MIMEPart()
    h["Content-Type"] = "text/rfc822-headers"
    h.set_payload(d["orig_headers"].replace("\n", "\r\n"))
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    msg.set_payload([t, ds, h])
    return msg


def build_sub(rec, seed):
    """A nested message/rfc822 (forward as attachment)."""
    sub = EmailMessage()
    set_headers(sub, dict(rec, irt=None, headers=[]), seed + "/sub")
    sub.set_content(rec["body"], cte=default_cte(rec, rec["body"]))
    return sub


def build(rec):
    seed = rec["key"]
    if rec.get("dsn"):
        msg = build_dsn(rec, seed)
    else:
        msg = EmailMessage()
        set_headers(msg, rec, seed)
        shape = rec.get("shape") or default_shape(rec)
        body = rec["body"]
        if shape == "html":
            h = rec.get("html") or text_to_html(body)
            msg.set_content(h, subtype="html", cte=rec.get("cte") or default_cte(rec, h))
        else:
            msg.set_content(body, cte=default_cte(rec, body))
            if shape == "alt":
                h = rec.get("html") or text_to_html(body)
                msg.add_alternative(h, subtype="html",
                                    cte=rec.get("html_cte") or
                                    ("quoted-printable" if any(ord(c) > 127 for c in h) else "7bit"))
        for a in rec.get("attach", []):
            fname = a[0]
            content = a[1] if len(a) > 1 else None
            ext = fname.rsplit(".", 1)[-1].lower()
            mt, st = MIME_BY_EXT[ext]
            if mt == "text":
                msg.add_attachment(content, subtype=st, filename=fname,
                                   cte="quoted-printable" if any(ord(c) > 127 for c in content)
                                   else "7bit")
            else:
                msg.add_attachment(attachment_bytes(seed, fname, content), maintype=mt,
                                   subtype=st, filename=fname)
        if rec.get("attach_msg"):
            sub = build_sub(rec["attach_msg"], seed)
            msg.add_attachment(sub)
    # deterministic boundaries for every multipart in the tree
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (sha(seed)[:20], n))
            n += 1
        elif part.get_content_type() == "message/rfc822":
            for sp in part.get_payload():
                for spp in sp.walk():
                    if spp.is_multipart():
                        spp.set_boundary("----=_Sub_%s_%d" % (sha(seed)[:20], n))
                        n += 1
    return msg


def main():
    keys = [r["key"] for r in ALL]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for r in ALL:
        bad = set(r["rights"]) - RIGHTS
        if bad:
            raise SystemExit("bad rights in %s: %s" % (r["key"], bad))
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    ordered = sorted(ALL, key=lambda r: sha(r["key"]))
    labels = {}
    for i, rec in enumerate(ordered, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages + labels.json" % len(ordered))


if __name__ == "__main__":
    main()
