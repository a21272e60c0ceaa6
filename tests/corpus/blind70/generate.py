#!/usr/bin/env python3
"""Write b70-NNNN.eml and labels.json from the record files (deterministic)."""
import datetime as dt
import hashlib
import importlib.util
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b70"
RECORD_FILES = ["records_a.py", "records_b.py", "records_c.py", "records_d.py", "records_e.py", "records_f.py"]
OWN = ["contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"]


def load_records():
    recs = []
    sys.path.insert(0, HERE)
    for fn in RECORD_FILES:
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(HERE, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return recs


def H(key, salt=""):
    return hashlib.sha256((key + "|" + salt).encode()).hexdigest()


def hint(key, salt, n):
    return int(H(key, salt)[:12], 16) % n


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def paris(naive):
    start = dt.datetime.combine(last_sunday(naive.year, 3), dt.time(2))
    end = dt.datetime.combine(last_sunday(naive.year, 10), dt.time(3))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def msg_date(key):
    base = dt.datetime(2025, 1, 2, 0, 0)
    day = hint(key, "day", 540)
    sec = 7 * 3600 + hint(key, "sec", 15 * 3600)
    return paris(base + dt.timedelta(days=day, seconds=sec))


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def addr_of(s):
    return s.split("<")[-1].rstrip(">").strip() if "<" in s else s.strip()


def msgid(key, frm, salt="mid"):
    h = H(key, salt)
    dom = addr_of(frm).split("@")[-1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s%s@mail.gmail.com>" % (h[:2].upper() + "+", h[2:40])
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "msn.com"):
        return "<PAXP%s%s.%s@PAXP%s.eurprd%02d.prod.outlook.com>" % (
            h[:3].upper(), h[3:5].upper(), h[5:21].upper(), h[21:24].upper(), int(h[24:26], 16) % 9 + 1)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02d.nor.orange.fr>" % (
            int(h[:6], 16), int(h[6:12], 16), 1730000000000 + int(h[12:20], 16) % 10**10, int(h[20:22], 16) % 40)
    if dom in ("yahoo.fr", "yahoo.com"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:7], 16), int(h[7:14], 16), 1700000000000 + int(h[14:22], 16))
    if dom in ("icloud.com", "me.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if dom in ("free.fr", "laposte.net", "sfr.fr", "bbox.fr"):
        return "<%s.%s@%s>" % (h[:10], h[10:18], "zimbra." + dom if dom != "bbox.fr" else "mx.bbox.fr")
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


def quoted_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.splitlines())


def fr_date(d):
    return "%s %d %s %d à %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)


def en_date(d):
    h12 = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, h12, d.minute,
                                           "AM" if d.hour < 12 else "PM")


def render_quote(rec, date, to_addr):
    q = rec["q"]
    style = q.get("style", "gmail_fr")
    who = q.get("who", "Sandra Delomenie <%s>" % to_addr)
    qd = date - dt.timedelta(days=1 + hint(rec["key"], "qd", 20), minutes=hint(rec["key"], "qm", 180))
    text = q["text"].strip("\n")
    subj = q.get("subject", rec["subject"].split(":", 1)[-1].strip())
    name = who.split("<")[0].strip().strip('"') or addr_of(who)
    if style == "gmail_fr":
        return "Le %s %d %s %d à %02d:%02d, %s a écrit :\n%s" % (
            JOURS[qd.weekday()][:3] + ".", qd.day, MOIS_ABR[qd.month - 1], qd.year, qd.hour, qd.minute, who, quoted_lines(text))
    if style == "gmail_en":
        return "On %s %s wrote:\n%s" % (en_date(qd), who, quoted_lines(text))
    if style == "apple_fr":
        return "> Le %d %s %d à %02d:%02d, %s a écrit :\n> \n%s" % (qd.day, MOIS[qd.month - 1], qd.year, qd.hour, qd.minute, who, quoted_lines(text))
    if style == "apple_en":
        return "> On %d %s %d, at %02d:%02d, %s wrote:\n> \n%s" % (qd.day, MONTHS[qd.month - 1], qd.year, qd.hour, qd.minute, who, quoted_lines(text))
    if style == "outlook_fr":
        return "________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % (
            who, fr_date(qd), q.get("to", to_addr), subj, text)
    if style == "outlook_en":
        return "________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
            who, en_date(qd).replace(" at ", " "), q.get("to", to_addr), subj, text)
    if style == "fwd_gmail":
        return "---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s" % (
            who, fr_date(qd), subj, q.get("to", to_addr), text)
    if style == "fwd_gmail_en":
        return "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s" % (
            who, en_date(qd), subj, q.get("to", to_addr), text)
    if style == "fwd_outlook":
        return "-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % (
            who, fr_date(qd), q.get("to", to_addr), subj, text)
    if style == "fwd_apple":
        return "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n\n%s" % (
            who, subj, fr_date(qd), q.get("to", to_addr), text)
    raise ValueError(style)


def compose_text(rec, date, to_addr):
    body = rec["body"]
    if "q" not in rec:
        return body
    qt = render_quote(rec, date, to_addr)
    if rec["q"].get("pos") == "above":
        return qt + "\n\n" + body
    return body.rstrip("\n") + "\n\n" + qt + "\n"


def html_of(text):
    import html as h
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if lines and all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(h.escape(l.lstrip("> ")) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(h.escape(l) for l in lines))
    return '<html><head><meta charset="utf-8"></head><body><div dir="ltr">\n%s\n</div></body></html>\n' % "\n".join(out)


# ---- attachments -------------------------------------------------------------

def make_pdf(text):
    import re
    lines = text.split("\n")
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 50 780 Td 14 TL"]
    for l in lines:
        ops.append("(%s) '" % esc(l.encode("latin-1", "replace").decode("latin-1")))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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


def make_png(seed):
    w = h = 8
    c = bytes.fromhex(H(seed, "png")[:6])
    raw = b"".join(b"\x00" + c * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def make_docx(text):
    import html as h
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % h.escape(l) for l in text.split("\n"))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fn, text in rec.get("att", []):
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fn)
        elif kind == "png":
            msg.add_attachment(make_png(rec["key"] + fn), maintype="image", subtype="png", filename=fn)
        elif kind == "jpg":
            msg.add_attachment(make_png(rec["key"] + fn), maintype="image", subtype="png", filename=fn)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", filename=fn)
        elif kind == "txt":
            msg.add_attachment(text, filename=fn)
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
        elif kind == "ics":
            msg.add_attachment(text, subtype="calendar", filename=fn)
        else:
            raise ValueError(kind)


def set_body(part, rec, text):
    cte = rec.get("cte")
    if cte is None and not rec.get("cte_default"):
        cte = {0: "base64", 1: "8bit", 2: "8bit"}.get(hint(rec["key"], "cte", 7))
    kw = {"cte": cte} if cte else {}
    html = rec.get("html")
    if html == "only":
        part.set_content(rec.get("html_src") or html_of(text), subtype="html", **kw)
    else:
        part.set_content(text, **kw)
        if html == "alt":
            part.add_alternative(rec.get("html_src") or html_of(text), subtype="html", **kw)


def build(rec):
    key = rec["key"]
    date = msg_date(key)
    frm = rec.get("frm") or "Inconnu <inconnu@example.fr>"
    to = rec.get("to", hint(key, "to", 2))
    to_addr = OWN[to] if isinstance(to, int) else to
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to_addr if isinstance(to, int) else to
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    subj = rec["subject"]
    msg["Subject"] = subj
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = rec.get("mid") or msgid(key, frm)
    if rec.get("reply"):
        parent = msgid(key, rec.get("parent_from", OWN[0] if not isinstance(to, int) else to_addr), "parent")
        grand = msgid(key, frm, "grand")
        msg["In-Reply-To"] = parent
        msg["References"] = grand + " " + parent
    msg["MIME-Version"] = "1.0"
    if rec.get("mailer"):
        msg["X-Mailer"] = rec["mailer"]
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    shape = rec.get("shape")
    text = compose_text(rec, date, to_addr if isinstance(to_addr, str) else OWN[0])
    if shape == "bounce":
        build_bounce(msg, rec, text, date)
    else:
        set_body(msg, rec, text)
        if shape == "rfc822":
            inner = rec["inner"]
            im = EmailMessage()
            im["From"] = inner["frm"]
            im["To"] = inner.get("to", OWN[0])
            im["Subject"] = inner["subject"]
            im["Date"] = format_datetime(date - dt.timedelta(days=2, hours=3))
            im["Message-ID"] = msgid(key, inner["frm"], "inner")
            im["MIME-Version"] = "1.0"
            im.set_content(inner["body"])
            msg.add_attachment(im)
        add_attachments(msg, rec)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("----=_Part_%s_%d" % (H(key, "b%d" % n)[:20], n))
    return msg


def build_bounce(msg, rec, text, date):
    key = rec["key"]
    inner = rec["inner"]
    msg.make_mixed() if False else None
    msg.set_content(text)
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
    ds = Message(policy=policy.SMTP)
    blk1 = Message(policy=policy.SMTP)
    blk1["Reporting-MTA"] = "dns; " + inner.get("mta", "smtp.orange.fr")
    blk1["Arrival-Date"] = format_datetime(date - dt.timedelta(minutes=2))
    blk2 = Message(policy=policy.SMTP)
    blk2["Final-Recipient"] = "rfc822; " + inner["rcpt"]
    blk2["Action"] = "failed"
    blk2["Status"] = inner.get("status", "5.1.1")
    blk2["Diagnostic-Code"] = "smtp; " + inner.get("diag", "550 5.1.1 User unknown")
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([blk1, blk2])
    from email.message import MIMEPart
    hdrs = MIMEPart()
    hdrs.set_content("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
        inner["frm"], inner["rcpt"], inner["subject"], format_datetime(date - dt.timedelta(minutes=3)),
        msgid(key, inner["frm"], "orig")), subtype="rfc822-headers")
    msg.attach(ds)
    msg.attach(hdrs)


def main():
    recs = load_records()
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(buf.getvalue())
        labels[name] = {"key": rec["key"], "rights": rec["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
