#!/usr/bin/env python3
"""Write b66-NNNN.eml and labels.json from the record files (stdlib only, deterministic)."""
import hashlib, html, json, os, struct, zlib, zipfile, io, datetime, sys
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import CONTACT, ORANGE

PREFIX = "b66"
RECORD_MODULES = ["records_a", "records_b", "records_c", "records_d", "records_e"]


def load_records():
    recs = []
    for m in RECORD_MODULES:
        mod = __import__(m)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return recs


def hn(key, salt, mod):
    return int(hashlib.sha256((salt + ":" + key).encode()).hexdigest(), 16) % mod


# ---------- dates (Europe/Paris offsets, DST by EU rule) ----------
def last_sunday(y, m):
    d = datetime.date(y, m, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(dt_naive):
    y = dt_naive.year
    start = datetime.datetime.combine(last_sunday(y, 3), datetime.time(2))
    end = datetime.datetime.combine(last_sunday(y, 10), datetime.time(3))
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def rec_date(r):
    if "date" in r:
        y, mo, d, hh, mi = r["date"]
        return paris(datetime.datetime(y, mo, d, hh, mi, hn(r["key"], "s", 60)))
    base = datetime.datetime(2025, 1, 3)
    days = hn(r["key"], "day", 540)
    hour = [7, 8, 9, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20, 21, 22, 23, 6, 15][hn(r["key"], "hr", 18)]
    return paris(base + datetime.timedelta(days=days, hours=hour, minutes=hn(r["key"], "mi", 60), seconds=hn(r["key"], "s", 60)))


JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------- message ids ----------
def msgid(key, addr, salt="m"):
    dom = addr.split("@")[1].lower()
    x = hashlib.sha256((salt + key).encode()).hexdigest()
    if dom in ("gmail.com", "googlemail.com"):
        return f"<CA{x[:3].upper()}+{x[3:30]}_{x[30:40].upper()}@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"<{int(x[:8],16)}.{int(x[8:12],16)}.{int(x[12:20],16)}.JavaMail.open-xchange@opme11oxm0{x[20]}ngx.rouen.francetelecom.fr>".replace("ngx", "nd1")
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "msn.com"):
        return f"<PA{x[:1].upper()}P{x[1:4].upper()}MB{x[4:8]}{x[8:28].upper()}@PAXP{x[28:31].upper()}MB{x[31:35]}.EURP{x[35:38]}.PROD.OUTLOOK.COM>"
    if dom.startswith("yahoo"):
        return f"<{int(x[:10],16)}.{int(x[10:18],16)}.{int(x[18:22],16)}@mail.yahoo.com>"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{dom}>"
    if dom in ("free.fr", "laposte.net", "sfr.fr"):
        return f"<{x[:22]}.{int(x[22:30],16)}@{dom}>"
    if dom in ("facebookmail.com", "mail.instagram.com", "linkedin.com", "whatsapp.com", "malt.com", "resalib.fr", "typeform.com", "google.com"):
        return f"<{x[:16]}.{int(x[16:24],16)}@{dom}>"
    return f"<{x[:12]}.{x[12:24]}@{dom}>"


# ---------- quoting ----------
def quote_block(r, dt):
    style = r["qstyle"]
    text = r["quote"]
    qd = dt - datetime.timedelta(days=1 + hn(r["key"], "qd", 40), hours=hn(r["key"], "qh", 9))
    qfrom = r.get("qfrom", "Sandra Delomenie <contact@floraisondesoi.fr>")
    qto = r.get("qto", "contact@floraisondesoi.fr")
    qsubj = r.get("qsubject", r["subject"].split(":", 1)[-1].strip())
    lines = text.split("\n")
    pre = lambda ls: "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in ls)
    hm = f"{qd.hour:02d}:{qd.minute:02d}"
    fr_d = f"{JOURS[qd.weekday()]} {qd.day} {MOIS[qd.month-1]} {qd.year}"
    if style == "gmail":
        return f"Le {fr_d} à {hm}, {qfrom} a écrit :\n" + pre(lines)
    if style == "apple":
        return f"> Le {qd.day} {MOIS_L[qd.month-1]} {qd.year} à {hm}, {qfrom} a écrit :\n>\n" + pre(lines)
    if style == "outlook":
        return ("________________________________\n" f"De : {qfrom}\n"
                f"Envoyé : {JOURS_L[qd.weekday()]} {qd.day} {MOIS_L[qd.month-1]} {qd.year} {hm}\n"
                f"À : {qto}\nObjet : {qsubj}\n\n" + text)
    if style == "en":
        return f"On {DAYS_EN[qd.weekday()]}, {qd.day} {MON_EN[qd.month-1]} {qd.year} at {hm}, {qfrom} wrote:\n" + pre(lines)
    if style == "en_outlook":
        return ("-----Original Message-----\n" f"From: {qfrom}\n"
                f"Sent: {DAYS_EN[qd.weekday()]}, {qd.day} {MON_EN[qd.month-1]} {qd.year} {hm}\n"
                f"To: {qto}\nSubject: {qsubj}\n\n" + text)
    if style == "fwd_gmail":
        return ("---------- Forwarded message ---------\n" f"De : {qfrom}\n"
                f"Date: {fr_d} à {hm}\nSubject: {qsubj}\nTo: {qto}\n\n" + text)
    if style == "fwd_outlook":
        return ("-----Message d'origine-----\n" f"De : {qfrom}\n"
                f"Envoyé : {JOURS_L[qd.weekday()]} {qd.day} {MOIS_L[qd.month-1]} {qd.year} {hm}\n"
                f"À : {qto}\nObjet : {qsubj}\n\n" + text)
    if style == "fwd_apple":
        return ("Début du message réexpédié :\n\n" f"De: {qfrom}\nObjet: {qsubj}\n"
                f"Date: {qd.day} {MOIS_L[qd.month-1]} {qd.year} à {hm}:{qd.second:02d} UTC+{int(qd.utcoffset().total_seconds()//3600)}\n"
                f"À: {qto}\n\n" + text)
    raise ValueError(style)


def to_html(text):
    out = []
    quoting = False
    for para in text.split("\n\n"):
        p = html.escape(para).replace("\n", "<br>\n")
        out.append(f"<p>{p}</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>")


# ---------- attachments ----------
def pdf_bytes(lines):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for l in lines:
        ops.append(f"({esc(l.encode('latin-1', 'replace').decode('latin-1'))}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def png_bytes(seed):
    w, hgt = 8, 8
    c = hashlib.sha256(seed.encode()).digest()
    raw = b"".join(b"\x00" + bytes(c[(y * 3) % 30:(y * 3) % 30 + 3]) * w for y in range(hgt))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(l)}</w:t></w:r></w:p>" for l in text.split("\n"))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + paras + '</w:body></w:document>',
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return bio.getvalue()


def add_attachment(msg, a, key):
    kind, name = a[0], a[1]
    if kind == "pdf":
        msg.add_attachment(pdf_bytes(a[2]), maintype="application", subtype="pdf", filename=name)
    elif kind == "png":
        msg.add_attachment(png_bytes(key + name), maintype="image", subtype="png", filename=name)
    elif kind == "jpg":
        # tiny JFIF header + payload; declared as image/jpeg
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + hashlib.sha256(name.encode()).digest() + b"\xff\xd9"
        msg.add_attachment(data, maintype="image", subtype="jpeg", filename=name)
    elif kind == "csv":
        msg.add_attachment(a[2].encode("utf-8"), maintype="text", subtype="csv", filename=name)
    elif kind == "docx":
        msg.add_attachment(docx_bytes(a[2]), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "ics":
        msg.add_attachment(a[2].encode("utf-8"), maintype="text", subtype="calendar", filename=name)
    else:
        raise ValueError(kind)


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def build(r):
    key = r["key"]
    dt = rec_date(r)
    name, addr = r["frm"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"{name} <{addr}>" if name else addr
    to = r.get("to") or ([CONTACT, ORANGE][hn(key, "to", 4) == 0])
    msg["To"] = to
    if r.get("cc"):
        msg["Cc"] = r["cc"]
    if r.get("reply_to"):
        msg["Reply-To"] = r["reply_to"]
    msg["Subject"] = r["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(key, addr)
    text = r["body"]
    if r.get("quote") is not None:
        qb = quote_block(r, dt)
        if r.get("qpos") == "above":
            text = qb + "\n\n" + text
        else:
            text = text + "\n\n" + qb
        if r["qstyle"] in ("gmail", "apple", "outlook", "en", "en_outlook") and not r.get("noreply_hdr"):
            qaddr = r.get("qfrom", "x <contact@floraisondesoi.fr>").split("<")[-1].rstrip(">")
            pid = msgid(key, qaddr, "parent")
            msg["In-Reply-To"] = pid
            refs = [msgid(key, CONTACT, "root")] if r.get("deep") else []
            msg["References"] = " ".join(refs + [pid])
    for k, v in r.get("headers", {}).items():
        msg[k] = v
    if r.get("bounce"):
        return build_bounce(r, msg, text)
    cte = CTE.get(r.get("cte", ""))
    if not cte and not r.get("html"):
        cte = ["quoted-printable", "quoted-printable", "8bit", "8bit", "base64", "quoted-printable", "8bit", "quoted-printable"][hn(key, "cte", 8)]
        if not any(ord(c) > 127 for c in text):
            cte = None
    if "X-Mailer" not in r.get("headers", {}) and "User-Agent" not in r.get("headers", {}):
        dom = addr.split("@")[1]
        xm = {"orange.fr": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"), "wanadoo.fr": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
              "free.fr": ("User-Agent", "Zimbra 9.0.0_GA (ZimbraWebClient - FF128)"), "laposte.net": ("User-Agent", "Mozilla Thunderbird 115.12.2"),
              "yahoo.fr": ("X-Mailer", "WebService/1.1.22645 YMailNorrin"), "icloud.com": ("X-Mailer", "iPhone Mail (21F90)"),
              "me.com": ("X-Mailer", "Apple Mail (2.3774.600.62)")}.get(dom)
        if xm:
            msg[xm[0]] = xm[1]
    mode = r.get("html")
    if mode == "only":
        msg.set_content(to_html(text), subtype="html", charset="utf-8", cte=cte or "quoted-printable")
    else:
        if cte:
            msg.set_content(text, charset="utf-8", cte=cte)
        else:
            msg.set_content(text, charset="utf-8")
        if mode == "alt":
            msg.add_alternative(to_html(text), subtype="html", charset="utf-8")
    for a in r.get("att", []):
        add_attachment(msg, a, key)
    if r.get("rfc822"):
        inner = r["rfc822"]
        im = EmailMessage(policy=policy.SMTP)
        im["From"] = inner["frm"]
        im["To"] = inner.get("to", CONTACT)
        im["Subject"] = inner["subject"]
        im["Date"] = format_datetime(dt - datetime.timedelta(days=3, hours=2))
        im["Message-ID"] = msgid(key, inner["frm"].split("<")[-1].rstrip(">"), "inner")
        im.set_content(inner["body"], charset="utf-8")
        msg.add_attachment(im)
    return msg


def build_bounce(r, msg, text):
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.mime.message import MIMEMessage
    from email.message import Message
    b = r["bounce"]
    outer = MIMEMultipart("report", report_type="delivery-status", policy=policy.SMTP)
    for k, v in msg.items():
        outer[k] = v
    outer.attach(MIMEText(text, "plain", "utf-8", policy=policy.SMTP))
    ds = Message(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message(policy=policy.SMTP)
    b1["Reporting-MTA"] = f"dns; {b['mta']}"
    b2 = Message(policy=policy.SMTP)
    b2["Final-Recipient"] = f"rfc822; {b['rcpt']}"
    b2["Action"] = "failed"
    b2["Status"] = b["status"]
    b2["Diagnostic-Code"] = f"smtp; {b['diag']}"
    ds.set_payload([b1, b2])
    outer.attach(ds)
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "Sandra Delomenie <contact@floraisondesoi.fr>"
    inner["To"] = b["rcpt"]
    inner["Subject"] = b["osubject"]
    inner.set_content(b.get("obody", "(corps du message d'origine)"), charset="utf-8")
    outer.attach(MIMEMessage(inner, policy=policy.SMTP))
    return outer


def order(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def main():
    recs = order(load_records())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(recs, 1):
        fn = f"{PREFIX}-{i:04d}.eml"
        msg = build(r)
        for j, part in enumerate(msg.walk()):
            if part.get_content_maintype() == "multipart":
                part.set_boundary("----=_Part_%s_%d" % (hashlib.sha256(r["key"].encode()).hexdigest()[:20], j))
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[fn] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(recs)} messages")


if __name__ == "__main__":
    main()
