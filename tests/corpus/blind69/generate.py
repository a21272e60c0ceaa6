#!/usr/bin/env python3
"""Writes b69-0001.eml ... and labels.json from the record files (standard library only, deterministic)."""
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
from email.message import EmailMessage
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import all_records  # noqa: E402

PREFIX = "b69"
SANDRA = "Sandra Delomenie"
ADDRS = ["contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"]
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"}


def h(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).hexdigest()


def hn(key, salt, mod):
    return int(h(key, salt)[:12], 16) % mod


def last_sunday(year, month):
    d = datetime.date(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(utc):
    start = datetime.datetime.combine(last_sunday(utc.year, 3), datetime.time(1), datetime.timezone.utc)
    end = datetime.datetime.combine(last_sunday(utc.year, 10), datetime.time(1), datetime.timezone.utc)
    off = 2 if start <= utc < end else 1
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=off)))


def msg_date(key, shift_days=0):
    base = datetime.datetime(2025, 1, 3, 6, 0, tzinfo=datetime.timezone.utc)
    minutes = hn(key, "date", 530 * 24 * 60)
    # keep most mail in waking hours
    utc = base + datetime.timedelta(minutes=minutes) - datetime.timedelta(days=shift_days)
    if utc.hour < 6:
        utc += datetime.timedelta(hours=7)
    return paris(utc)


def message_id(key, addr, salt="mid"):
    dom = addr.split("@")[-1].lower()
    x = h(key, salt)
    n = int(x[:15], 16)
    if dom in ("gmail.com", "googlemail.com"):
        import base64
        b = base64.b64encode(bytes.fromhex(x[:42])).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % b
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@wwinf%s>" % (n % 2000000000, n % 99991, 1735000000000 + n % 99999999, x[20:24])
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "msn.com"):
        t = x[:16].upper()
        return "<PR3P195MB%s%s@PR3P195MB%s.EURP195.PROD.OUTLOOK.COM>" % (n % 10000, t, n % 10000)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 1999999999, n % 9999999, n % 999999999)
    if dom == "free.fr":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (n % 99999999, n % 7777, n % 1739999999999, n % 90, n % 20)
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        import base64
        b = base64.urlsafe_b64encode(bytes.fromhex(x[:48])).decode()
        return "<%s=@proton.me>" % b
    return "<%s.%s@%s>" % (x[:20], x[20:28], dom)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"]


def quote_block(q, d, me):
    who = q.get("who", (SANDRA, ADDRS[0]))
    who_s = "%s <%s>" % who
    text = q["text"].rstrip("\n")
    style = q["style"]
    qlines = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail":
        att = "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, who_s)
        return att + "\n\n" + qlines
    if style == "apple":
        att = "> Le %d %s %d à %02d:%02d, %s a écrit :\n> \n" % (d.day, FR_MONTHS_LONG[d.month - 1], d.year, d.hour, d.minute, who_s)
        return att + qlines
    if style == "en":
        att = "On %s, %s wrote:" % (d.strftime("%a, %b %d, %Y at %H:%M"), who_s)
        return att + "\n\n" + qlines
    if style == "outlook":
        return ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
                % (who_s, ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][d.weekday()],
                   d.day, FR_MONTHS_LONG[d.month - 1], d.year, d.hour, d.minute, me, q.get("subject", ""), text))
    if style == "fwd":
        return ("---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s\n\n%s"
                % (who_s, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute,
                   q.get("subject", ""), me, text))
    raise ValueError(style)


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


def pdf_bytes(line):
    safe = line.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 12 Tf 60 760 Td (%s) Tj ET" % safe).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def png_bytes(seed):
    w, hgt = 8, 8
    c = bytes.fromhex(seed[:6])
    raw = b"".join(b"\x00" + c * w for _ in range(hgt))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    buf = io.BytesIO()
    dt = (2025, 1, 1, 0, 0, 0)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(text),
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def add_attachment(msg, att, key):
    kind, fname, text = att
    if kind == "pdf":
        msg.add_attachment(pdf_bytes(text), maintype="application", subtype="pdf", filename=fname)
    elif kind == "png":
        msg.add_attachment(png_bytes(h(key, fname)), maintype="image", subtype="png", filename=fname)
    elif kind == "jpg":
        msg.add_attachment(png_bytes(h(key, fname)), maintype="image", subtype="png", filename=fname.rsplit(".", 1)[0] + ".png")
    elif kind == "csv":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
    elif kind == "docx":
        msg.add_attachment(docx_bytes(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    elif kind == "txt":
        msg.add_attachment(text, subtype="plain", filename=fname)
    else:
        raise ValueError(kind)


def set_text(part, text, cte, subtype="plain"):
    if cte == "8bit" and max(len(l.encode("utf-8")) for l in text.split("\n")) > 990:
        cte = "quoted-printable"
    if cte:
        part.set_content(text, subtype=subtype, cte=cte)
    else:
        part.set_content(text, subtype=subtype)


def build(r):
    key = r["key"]
    frm = r["frm"]
    d = msg_date(key)
    to = r.get("to") or (SANDRA, ADDRS[hn(key, "to", 2)])
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr(frm)
    msg["To"] = formataddr(to)
    for k in ("cc",):
        if r.get(k):
            msg["Cc"] = ", ".join(formataddr(x) for x in r[k])
    msg["Subject"] = r["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = message_id(key, frm[1])
    body = r["body"]
    q = r.get("quote")
    if q:
        qd = msg_date(key, shift_days=1 + hn(key, "qd", 20))
        body = body.rstrip("\n") + "\n\n" + quote_block(q, qd, formataddr(to)) + "\n"
        if q["style"] != "fwd" and not r.get("no_thread"):
            parent = message_id(key, q.get("who", (SANDRA, ADDRS[0]))[1], "parent")
            msg["In-Reply-To"] = parent
            msg["References"] = parent
    mailer = r.get("mailer")
    if mailer is None and q:
        mailer = {"apple": "Apple Mail (2.3826.300.87.4.3)", "outlook": "Microsoft Outlook 16.0"}.get(q["style"])
    if mailer is None and body.rstrip().endswith(("Envoyé de mon iPhone", "Sent from my iPhone")):
        mailer = "iPhone Mail (22D72)"
    if mailer:
        msg["X-Mailer"] = mailer
    for hk, hv in r.get("headers", []):
        msg[hk] = hv
    kind = r.get("kind", "plain")
    cte = r.get("cte")
    if kind == "bounce":
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        p1 = EmailMessage(policy=policy.SMTP)
        set_text(p1, body, cte)
        from email.parser import BytesParser
        p2 = BytesParser(policy=policy.SMTP).parsebytes(
            ("Content-Type: message/delivery-status\r\n\r\n" + r["dsn"]).encode("ascii"))
        p3 = EmailMessage(policy=policy.SMTP)
        inner = build(r["inner"])
        p3.set_content(inner)
        for p in (p1, p2, p3):
            msg.attach(p)
    else:
        mode = r.get("html")
        if mode == "only":
            set_text(msg, to_html(body), cte, "html")
        else:
            set_text(msg, body, cte)
            if mode == "alt":
                msg.add_alternative(to_html(body), subtype="html")
        for att in r.get("attachments", []):
            add_attachment(msg, att, key)
        if r.get("inner"):
            inner = build(r["inner"])
            if not msg.is_multipart():
                msg.make_mixed()
            msg.add_attachment(inner)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_b69_%s_%d" % (h(key, "boundary")[:20], i))
            i += 1
    return msg


def ordered():
    recs = all_records()
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in recs:
        assert r["key"][:3] in ("fr-", "en-"), r["key"]
        assert set(r["rights"]) <= RIGHTS, r["key"]
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, r in enumerate(ordered(), 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        data = build(r).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
