#!/usr/bin/env python3
"""Deterministic generator for the b34 blind corpus.

Reads the records from the b34_*.py record files next to this script and
writes b34-0001.eml ... b34-NNNN.eml plus labels.json next to itself.

Only the Python standard library is used.  All dates, Message-IDs, MIME
boundaries and binary attachment bytes are derived from the record keys, so
the output is byte-identical on every run and for any PYTHONHASHSEED.
"""
import base64
import hashlib
import io
import json
import os
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b34_req_fr  # noqa: E402
import b34_req_en  # noqa: E402
import b34_neg_fr  # noqa: E402
import b34_neg_en  # noqa: E402
import b34_neg_sys  # noqa: E402

PREFIX = "b34"
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"}
SANDRA_TO = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
CONTACT_TO = ("Floraison de Soi", "contact@floraisondesoi.fr")


def all_records():
    recs = []
    for mod in (b34_req_fr, b34_req_en, b34_neg_fr, b34_neg_en, b34_neg_sys):
        recs.extend(mod.RECORDS)
    return recs


def h(s, n=64):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_datetime(s):
    """'YYYY-MM-DD HH:MM' local Paris time -> aware datetime (+01:00/+02:00)."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    start = _last_sunday(dt.year, 3).replace(hour=2)
    end = _last_sunday(dt.year, 10).replace(hour=3)
    off = 2 if start <= dt < end else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=off)))


# ---------------------------------------------------------------- ids
def message_id(seed, addr):
    dom = addr.split("@")[-1].lower()
    x = h("mid:" + seed)
    if dom in ("gmail.com", "googlemail.com"):
        b = base64.b64encode(bytes.fromhex(x[:48])).decode("ascii")
        b = b.replace("/", "_").replace("+", "-").rstrip("=")
        return "<CA%s@mail.gmail.com>" % b
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%s.%s@wwinf%d.orange.fr>" % (
            int(x[:6], 16) % 900000 + 100000, x[6:14], x[14:22], 1000 + int(x[22:26], 16) % 9000)
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com",
               "live.fr", "live.com", "msn.com", "hotmail.be", "outlook.be"):
        tag = "PA%sP%dMB%d" % (x[0].upper(), int(x[1], 16) % 4 + 1, int(x[2:5], 16))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (
            tag, x[5:25].upper(), tag, 190 + int(x[25], 16) % 4)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom in ("yahoo.fr", "yahoo.com", "ymail.com"):
        return "<%d.%d.%d@mail.yahoo.com>" % (
            int(x[:9], 16) % 10**9, int(x[9:17], 16) % 10**7, int(x[17:27], 16))
    if dom in ("free.fr", "laposte.net", "sfr.fr", "bbox.fr", "gmx.fr", "gmx.de",
               "gmx.ch", "bluewin.ch", "skynet.be", "videotron.ca", "proton.me",
               "protonmail.com"):
        return "<%s.%s@%s>" % (x[:12], x[12:20], dom)
    return "<%s.%s@%s>" % (x[:20], x[20:28], dom)


def ref_id(seed, dom="orange.fr"):
    return message_id("ref:" + seed, "x@" + dom)


# ---------------------------------------------------------------- attachments
def fake_jpeg(seed, size=2600):
    out = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00")
    out += b"\xff\xfe\x00\x14scan b34 " + h(seed, 8).encode() + b"\x00"
    blk = h("jpg:" + seed).encode()
    i = 0
    while len(out) < size:
        blk = hashlib.sha256(blk + str(i).encode()).digest()
        out += blk
        i += 1
    out += b"\xff\xd9"
    return bytes(out)


def _pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def fake_pdf(text):
    lines = text.split("\n")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        t = ln.encode("latin-1", "replace").decode("latin-1")
        ops.append("(%s) Tj T*" % _pdf_escape(t))
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
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fake_docx(text):
    paras = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_escape(p)
        for p in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachment(msg, att, seed):
    kind = att["kind"]
    name = att["name"]
    if kind == "jpg":
        msg.add_attachment(fake_jpeg(seed + name), maintype="image", subtype="jpeg", filename=name)
    elif kind == "png":
        data = b"\x89PNG\r\n\x1a\n" + fake_jpeg(seed + name, 1800)[20:]
        msg.add_attachment(data, maintype="image", subtype="png", filename=name)
    elif kind == "pdf":
        msg.add_attachment(fake_pdf(att.get("text", name)), maintype="application",
                           subtype="pdf", filename=name)
    elif kind == "docx":
        msg.add_attachment(fake_docx(att.get("text", name)), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=name)
    elif kind == "csv":
        msg.add_attachment(att["text"], subtype="csv", charset="utf-8", filename=name)
    elif kind == "txt":
        msg.add_attachment(att["text"], subtype="plain", filename=name)
    elif kind == "ics":
        msg.add_attachment(att["text"].replace("\n", "\r\n").encode("utf-8"), maintype="text",
                           subtype="calendar", filename=name, params={"method": "REQUEST"})
    elif kind == "eml":
        inner = build_message(att["message"], nested=True)
        msg.add_attachment(inner, filename=name)
    else:
        raise ValueError("unknown attachment kind %r" % kind)


# ---------------------------------------------------------------- text
def auto_html(text):
    out = ['<div dir="ltr">']
    for para in text.split("\n\n"):
        lines = [_xml_escape(x) for x in para.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                       'border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                       % "<br>".join(l[4:].lstrip() for l in lines))
        else:
            out.append("<div>%s</div><div><br></div>" % "<br>".join(lines))
    out.append("</div>")
    return "\n".join(out) + "\n"


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def _cte_for(text, wanted):
    if wanted:
        return CTE[wanted]
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "8bit"


def addr(t):
    if isinstance(t, str):
        t = {"sandra": SANDRA_TO, "contact": CONTACT_TO}.get(t, ("", t))
    return formataddr(t) if t[0] else t[1]


# ---------------------------------------------------------------- message
def build_message(r, nested=False):
    if r.get("kind") == "dsn":
        return build_dsn(r)
    msg = EmailMessage()
    seed = r["key"]
    frm = r["frm"]
    for k, v in r.get("pre_headers", []):
        msg[k] = v
    msg["From"] = addr(frm)
    tos = r.get("to", ["sandra"])
    if isinstance(tos, (str, tuple)):
        tos = [tos]
    msg["To"] = ", ".join(addr(t) for t in tos)
    if r.get("cc"):
        msg["Cc"] = ", ".join(addr(t) for t in r["cc"])
    if r.get("reply_to"):
        msg["Reply-To"] = addr(r["reply_to"])
    if r.get("subject") is not None:
        msg["Subject"] = r["subject"]
    msg["Date"] = format_datetime(paris_datetime(r["date"]))
    msg["Message-ID"] = r.get("message_id") or message_id(seed, frm[1] if isinstance(frm, tuple) else frm)
    if r.get("irt"):
        dom = r.get("irt_dom", "orange.fr")
        irt = ref_id(r["irt"], dom)
        refs = [ref_id(s, dom) for s in r.get("refs", [])] + [irt]
        msg["In-Reply-To"] = irt
        msg["References"] = " ".join(refs)
    for k, v in r.get("headers", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"

    body = r.get("body")
    html = r.get("html")
    charset = r.get("charset", "utf-8")
    if html == "auto":
        html = auto_html(body)
    if body is not None:
        msg.set_content(body, subtype="plain", charset=charset,
                        cte=_cte_for(body, r.get("cte")))
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte=CTE[r.get("html_cte", "qp")])
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset,
                        cte=CTE[r.get("html_cte", r.get("cte") or "qp")])
    for att in r.get("attach", []):
        add_attachment(msg, att, seed)
    strip_part_mime_version(msg)
    fix_boundaries(msg, seed)
    return msg


def strip_part_mime_version(m):
    """EmailMessage adds MIME-Version to every sub-part; real clients do not."""
    if m.get_content_maintype() == "multipart":
        for p in m.get_payload():
            if "MIME-Version" in p:
                del p["MIME-Version"]
            strip_part_mime_version(p)


def fix_boundaries(msg, seed):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (h("bnd:%s:%d" % (seed, i), 20), i))
            i += 1


def build_dsn(r):
    d = r["dsn"]
    seed = r["key"]
    msg = EmailMessage()
    msg["From"] = addr(r["frm"])
    msg["To"] = addr(r.get("to", "sandra"))
    msg["Subject"] = r["subject"]
    msg["Date"] = format_datetime(paris_datetime(r["date"]))
    msg["Message-ID"] = message_id(seed, r["frm"][1])
    for k, v in r.get("headers", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(r["body"], subtype="plain", charset="utf-8",
                    cte=_cte_for(r["body"], r.get("cte")))
    msg.make_mixed()
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; " + d["mta"]
    b1["Arrival-Date"] = format_datetime(paris_datetime(r["date"]) - timedelta(minutes=1))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + d["rcpt"]
    b2["Action"] = d.get("action", "failed")
    b2["Status"] = d["status"]
    if d.get("remote"):
        b2["Remote-MTA"] = "dns; " + d["remote"]
    b2["Diagnostic-Code"] = "smtp; " + d["diag"]
    ds.set_payload([b1, b2])
    msg.attach(ds)
    orig = d["original"]
    o = EmailMessage()
    o["From"] = addr(orig.get("frm", SANDRA_TO))
    o["To"] = addr(("", d["rcpt"]))
    o["Subject"] = orig["subject"]
    o["Date"] = format_datetime(paris_datetime(orig["date"]))
    o["Message-ID"] = message_id(seed + ":orig", "sandra.delomenie@orange.fr")
    o["MIME-Version"] = "1.0"
    if d.get("headers_only"):
        hdr = "".join("%s: %s\n" % (k, v) for k, v in o.items())
        part = Message()
        part["Content-Type"] = "text/rfc822-headers"
        part.set_payload(hdr)
        msg.attach(part)
    else:
        o.set_content(orig["body"], subtype="plain", charset="utf-8",
                      cte=_cte_for(orig["body"], None))
        part = EmailMessage()
        part.set_content(o)
        part.replace_header("Content-Type", "message/rfc822")
        msg.attach(part)
    msg.replace_header("Content-Type", "multipart/report; report-type=delivery-status")
    strip_part_mime_version(msg)
    fix_boundaries(msg, seed)
    return msg


def main():
    recs = all_records()
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for r in recs:
        bad = set(r["rights"]) - RIGHTS
        if bad:
            raise SystemExit("bad rights in %s: %s" % (r["key"], bad))
    order = sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    for name in os.listdir(HERE):
        if name.startswith(PREFIX + "-") and name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    labels = {}
    for i, r in enumerate(order, 1):
        fname = "%s-%04d.eml" % (PREFIX, i)
        msg = build_message(r)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels[fname] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(order), HERE))


if __name__ == "__main__":
    main()
