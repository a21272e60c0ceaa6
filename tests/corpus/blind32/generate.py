#!/usr/bin/env python3
"""Deterministic generator for the b32 corpus.

Writes b32-0001.eml ... b32-NNNN.eml and labels.json next to this file.
Standard library only. Output is byte-identical on every run and for any
PYTHONHASHSEED: dates, Message-IDs, MIME boundaries and attachment bytes are
all derived from each record's key.
"""
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import sys
import zipfile
from email.message import EmailMessage, Message
from email import policy
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import SANDRA  # noqa: E402
import rec_pm, rec_parents, rec_reps, rec_own, rec_neg_people, rec_neg_mail, rec_neg_system  # noqa: E402

PREFIX = "b32"
MODULES = [rec_pm, rec_parents, rec_reps, rec_own, rec_neg_people, rec_neg_mail, rec_neg_system]
RIGHTS = ["access", "erasure", "objection", "portability", "post_mortem",
          "rectification", "restriction", "withdraw_consent"]


def all_records():
    recs = []
    for m in MODULES:
        recs.extend(m.RECORDS)
    return recs


def h(s, n=64):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_dt(s):
    naive = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    start = datetime.datetime.combine(_last_sunday(naive.year, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(_last_sunday(naive.year, 10), datetime.time(3, 0))
    off = 2 if start <= naive < end else 1
    sec = int(h("sec" + s, 4), 16) % 60
    naive = naive.replace(second=sec)
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


# ---------------------------------------------------------------- ids
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(seed, n):
    digest = hashlib.sha256(seed.encode("utf-8")).digest() * 4
    return "".join(B62[b % 62] for b in digest[:n])


def make_msgid(seed, addr):
    dom = addr.rsplit("@", 1)[-1].strip(">").lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA" + b62(seed, 10) + "+" + b62(seed + "x", 28) + "@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<" + str(int(h(seed, 8), 16)) + "." + h(seed + "o", 12) + "@wwinf" + str(int(h(seed, 2), 16) % 9 + 1) + "f25.orange.fr>"
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "live.be", "msn.com"):
        return "<" + b62(seed, 40).upper() + "@PR3P191MB1" + str(int(h(seed, 3), 16) % 900 + 100) + ".EURP191.PROD.OUTLOOK.COM>"
    if dom in ("icloud.com", "me.com"):
        return "<" + h(seed, 8).upper() + "-" + h(seed, 12)[8:12].upper() + "-4" + h(seed, 15)[12:15].upper() + "-A" + h(seed, 18)[15:18].upper() + "-" + h(seed + "i", 12).upper() + "@icloud.com>"
    if dom in ("yahoo.fr", "yahoo.com", "yahoo.co.uk", "yahoo.ca"):
        return "<" + str(int(h(seed, 10), 16)) + "." + str(int(h(seed + "y", 6), 16)) + "@mail.yahoo.com>"
    return "<" + h(seed, 16) + "." + h(seed + "m", 8) + "@" + dom + ">"


def addr_of(field):
    return parseaddr(field)[1] or field.strip()


# ---------------------------------------------------------------- attachments
def fake_pdf(name, text):
    content = "BT /F1 11 Tf 56 780 Td (" + (text or name).replace("(", "[").replace(")", "]") + ") Tj ET"
    content = content.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n")
    for off in offsets:
        out.write(("%010d 00000 n \n" % off).encode())
    out.write(b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out.getvalue()


def fake_bytes(seed, n):
    buf = b""
    i = 0
    while len(buf) < n:
        buf += hashlib.sha256((seed + str(i)).encode()).digest()
        i += 1
    return buf[:n]


def fake_jpg(name):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            b"\xff\xdb\x00C\x00" + fake_bytes("q" + name, 64) +
            b"\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
            b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" +
            fake_bytes("d" + name, 900).replace(b"\xff", b"\xfe") + b"\xff\xd9")


def fake_png(name):
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + fake_bytes("p" + name, 500)


def fake_docx(name, text):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        def add(path, data):
            zi = zipfile.ZipInfo(path, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>')
        add("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
        paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">" + htmlmod.escape(p) + "</w:t></w:r></w:p>"
                        for p in (text or name).split("\n"))
        add("word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + paras + '</w:body></w:document>')
    return out.getvalue()


def add_attachment(msg, att, key):
    name, kind = att[0], att[1]
    text = att[2] if len(att) > 2 else None
    if kind == "pdf":
        msg.add_attachment(fake_pdf(name, text), maintype="application", subtype="pdf", filename=name)
    elif kind == "jpg":
        msg.add_attachment(fake_jpg(key + name), maintype="image", subtype="jpeg", filename=name)
    elif kind == "png":
        msg.add_attachment(fake_png(key + name), maintype="image", subtype="png", filename=name)
    elif kind == "docx":
        msg.add_attachment(fake_docx(name, text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "csv":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=name)
    elif kind == "ics":
        msg.add_attachment(text.replace("\n", "\r\n").encode("utf-8"), maintype="text", subtype="calendar", filename=name,
                           params={"method": "REQUEST"})
    elif kind == "txt":
        msg.add_attachment(text, subtype="plain", filename=name)
    elif kind == "eml":
        inner = EmailMessage()
        for k, v in text["headers"]:
            inner[k] = v
        inner.set_content(text["body"])
        msg.add_attachment(inner)
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------- bodies
def auto_html(body):
    parts = []
    for para in body.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip(">").lstrip()) for l in lines)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + inner + "</blockquote>")
        else:
            parts.append("<div>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">\n' + "\n<div><br></div>\n".join(parts) + "\n</div></body></html>\n")


def build(rec):
    key = rec["key"]
    msg = EmailMessage()
    frm = rec["frm"]
    msg["From"] = frm
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("subject") is not None:
        msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(paris_dt(rec["date"]))
    msg["Message-ID"] = rec.get("msgid") or make_msgid(key, addr_of(frm))
    if rec.get("in_reply_to"):
        parent = make_msgid(rec["in_reply_to"], rec.get("parent_addr", "sandra.delomenie@orange.fr"))
        msg["In-Reply-To"] = parent
        refs = [make_msgid(r, rec.get("parent_addr", "sandra.delomenie@orange.fr")) for r in rec.get("refs", [])]
        msg["References"] = " ".join(refs + [parent])
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    for k, v in rec.get("headers", []):
        msg[k] = v

    fmt = rec.get("fmt", "plain")
    charset = rec.get("charset", "utf-8")
    cte = rec.get("cte")
    body = rec["body"].strip("\n") + "\n"
    kwargs = {}
    if not cte and fmt != "report":
        # Like real clients: ASCII text goes 7bit; non-ASCII text goes 8bit for most senders and
        # quoted-printable for some (chosen from the key, so it is deterministic).
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit" if int(h("cte" + key, 4), 16) % 3 else "quoted-printable"
        if charset != "utf-8" and cte == "8bit":
            cte = "quoted-printable"
    if cte:
        kwargs["cte"] = cte
    if charset != "utf-8":
        kwargs["charset"] = charset

    if fmt == "report":
        r = rec["report"]
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        human = EmailMessage()
        human.set_content(body)
        del human["MIME-Version"]
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        b1 = Message()
        b1["Reporting-MTA"] = "dns; " + r["mta"]
        b1["Arrival-Date"] = str(msg["Date"])
        b2 = Message()
        b2["Final-Recipient"] = "rfc822; " + r["rcpt"]
        b2["Action"] = "failed"
        b2["Status"] = r["status"]
        b2["Diagnostic-Code"] = "smtp; " + r["diag"]
        ds.set_payload([b1, b2])
        hdrs = EmailMessage()
        hdrs.set_content(r["orig"].strip("\n") + "\n", subtype="rfc822-headers")
        del hdrs["MIME-Version"]
        msg.set_payload([human, ds, hdrs])
        msg["MIME-Version"] = "1.0"
    else:
        if fmt == "html":
            msg.set_content(rec.get("html") or auto_html(body), subtype="html", **kwargs)
        else:
            msg.set_content(body, **kwargs)
            if fmt == "alt":
                msg.add_alternative(rec.get("html") or auto_html(body), subtype="html")
        for att in rec.get("attach", []):
            add_attachment(msg, att, key)

    inner = [p.get_payload(0) for p in msg.walk() if p.get_content_type() == "message/rfc822"]
    for part in msg.walk():
        if part is not msg and not any(part is i for i in inner) and part["MIME-Version"]:
            del part["MIME-Version"]
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_" + str(int(h(key + str(n), 10), 16)) + "_" + h(key + "b" + str(n), 12))
            n += 1
    return msg


def main():
    recs = all_records()
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for r in recs:
        bad = [x for x in r["rights"] if x not in RIGHTS]
        if bad:
            raise SystemExit("bad right %s in %s" % (bad, r["key"]))
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(r).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
