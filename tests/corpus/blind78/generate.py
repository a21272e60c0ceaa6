#!/usr/bin/env python3
"""Write b78-NNNN.eml and labels.json from the record files. Deterministic."""
import hashlib, json, os, struct, zlib, zipfile, io, datetime, html as htmlmod, sys
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b78"
MODULES = ["records_req_fr", "records_req_en", "records_neg_fr", "records_neg_en"]


def load_records():
    recs = []
    for m in MODULES:
        mod = __import__(m)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return recs


def H(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode()).hexdigest()


def N(key, salt, n):
    return int(H(key, salt)[:12], 16) % n


# ---------------------------------------------------------------- dates
def last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(dt_naive):
    y = dt_naive.year
    start = datetime.datetime.combine(last_sunday(y, 3), datetime.time(2))
    end = datetime.datetime.combine(last_sunday(y, 10), datetime.time(3))
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def date_for(key, salt="date"):
    base = datetime.datetime(2025, 1, 2, 0, 0)
    days = N(key, salt + "d", 540)
    minute = 7 * 60 + N(key, salt + "m", 15 * 60)
    return paris(base + datetime.timedelta(days=days, minutes=minute))


# ---------------------------------------------------------------- ids
def msgid(key, addr, salt="mid"):
    h = H(key, salt)
    dom = addr.split("@")[-1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:34])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%s.%s.%s@wwinf%s.orange.fr>" % (h[:6], h[6:14], h[14:20], h[20:24])
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "live.com"):
        return "<PA%sMB%s%s@PAXP193MB%s.EURP193.PROD.OUTLOOK.COM>" % (h[:4].upper(), h[4:8].upper(), h[8:30].upper(), h[30:34])
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:28].upper())
    if dom.startswith("yahoo"):
        return "<%s.%s@mail.yahoo.com>" % (int(h[:10], 16), int(h[10:18], 16))
    if dom in ("free.fr", "laposte.net", "sfr.fr", "proton.me", "protonmail.com"):
        return "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    return "<%s.%s@%s>" % (h[:24], h[24:32], dom)


POOL_FR = [("Claire Moreau", "claire.moreau36@gmail.com"), ("Nathalie Bourdin", "nbourdin@orange.fr"),
           ("Julien Peyrac", "julien.peyrac@free.fr"), ("Sophie L.", "sophie.lheritier@laposte.net"),
           ("Marc Aubrun", "marc.aubrun@hotmail.fr"), ("Isabelle Chaumet", "isa.chaumet@sfr.fr"),
           ("Aurélie Dufresne", "aurelie.dufresne@yahoo.fr"), ("Patrick Menard", "p.menard@wanadoo.fr"),
           ("Élodie Sarrazin", "elodie.sarrazin@icloud.com"), ("Karine Tessier", "karine.tessier@outlook.fr")]
POOL_EN = [("Emma Clarke", "emma.clarke@gmail.com"), ("Tom Hendricks", "t.hendricks@outlook.com"),
           ("Priya Nair", "priya.nair@yahoo.co.uk"), ("Lukas Weber", "lukas.weber@gmx.de"),
           ("Sarah O'Neill", "sarahoneill@icloud.com")]

MAILERS = ["Apple Mail (2.3774.600.62)", "Microsoft Outlook 16.0", "iPhone Mail (21E236)",
           "Mozilla Thunderbird", "Open-Xchange Mailer v7.10.6", None, None, None, None]

FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quote_block(r, qdate, frm_q, to_q):
    style = r["qstyle"] or ("gmail" if r["key"].startswith("fr-") else "en")
    name, addr = frm_q
    lines = r["quote"].rstrip("\n").split("\n")
    qt = "\n".join(("> " + l) if l else ">" for l in lines)
    d = qdate
    if style == "gmail":
        hdr = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, name, addr)
        return hdr + "\n" + qt
    if style == "apple":
        hdr = "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> " % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, name, addr)
        return hdr + "\n" + qt
    if style == "outlook":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
                % (name, addr, FR_DAYS[d.weekday()].rstrip("."), d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute,
                   to_q, r["subject"].split(": ", 1)[-1], r["quote"].rstrip("\n")))
    if style == "outlook_en":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %02d:%02d\nTo: %s\nSubject: %s\n\n%s"
                % (name, addr, EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, d.hour, d.minute,
                   to_q, r["subject"].split(": ", 1)[-1], r["quote"].rstrip("\n")))
    if style == "fwd":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate: %s %d %s %d à %02d:%02d\nObjet : %s\nÀ : %s\n\n%s"
                % (name, addr, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute,
                   r["subject"].split(": ", 1)[-1], to_q, r["quote"].rstrip("\n")))
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d\nSubject: %s\nTo: %s\n\n%s"
                % (name, addr, EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, d.hour, d.minute,
                   r["subject"].split(": ", 1)[-1], to_q, r["quote"].rstrip("\n")))
    # en
    h12 = d.hour % 12 or 12
    hdr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, h12, d.minute, "AM" if d.hour < 12 else "PM", name, addr)
    return hdr + "\n" + qt


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    text = text.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 11 Tf 50 780 Td (" + text + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_png(seed):
    w, h = 4, 4
    c = bytes.fromhex(seed[:6])
    raw = b"".join(b"\x00" + c * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % htmlmod.escape(text),
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_att(msg, key, a):
    kind, fname, text = a
    if kind == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
    elif kind == "png":
        msg.add_attachment(make_png(H(key, fname)), maintype="image", subtype="png", filename=fname)
    elif kind == "jpg":
        msg.add_attachment(make_png(H(key, fname)), maintype="image", subtype="png", filename=fname.rsplit(".", 1)[0] + ".png")
    elif kind == "csv":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
    elif kind == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    elif kind == "ics":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
    else:
        raise ValueError(kind)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


def build(r):
    key = r["key"]
    en = key.startswith("en-")
    pool = POOL_EN if en else POOL_FR
    frm = r["frm"] or pool[N(key, "pool", len(pool))]
    to_addr = r["to"] or [("Sandra Delomenie", "contact@floraisondesoi.fr"), ("Sandra Delomenie", "sandra.delomenie@orange.fr"),
                          ("", "contact@floraisondesoi.fr")][N(key, "to", 3)]
    if isinstance(to_addr, str):
        to_addr = ("", to_addr)
    dt = date_for(key)
    body = r["body"]
    hdr = dict(r["hdr"])
    if r["quote"]:
        qfrom = r["qfrom"] or (to_addr if to_addr[0] else ("Sandra Delomenie", to_addr[1]))
        qdt = dt - datetime.timedelta(days=1 + N(key, "qd", 20), minutes=N(key, "qm", 600))
        qtxt = quote_block(r, qdt, qfrom, frm[1])
        sep = "\n\n" if r["qstyle"] not in ("apple",) else "\n\n"
        body = body.rstrip("\n") + sep + qtxt + "\n"
        if r["qstyle"] not in ("fwd", "fwd_en"):
            parent = msgid(key, qfrom[1], "parent")
            hdr.setdefault("In-Reply-To", parent)
            hdr.setdefault("References", msgid(key, qfrom[1], "grand") + " " + parent)
    if not body.endswith("\n"):
        body += "\n"

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = "%s <%s>" % (frm[0], frm[1]) if frm[0] else frm[1]
    msg["To"] = "%s <%s>" % to_addr if to_addr[0] else to_addr[1]
    for k in ("Cc", "Reply-To"):
        if k in hdr:
            msg[k] = hdr.pop(k)
    msg["Subject"] = r["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = hdr.pop("Message-ID", None) or msgid(key, frm[1])
    for k in ("In-Reply-To", "References"):
        if k in hdr:
            msg[k] = hdr.pop(k)
    if "X-Mailer" not in hdr and not r["kind"]:
        xm = MAILERS[N(key, "xm", len(MAILERS))]
        if xm:
            hdr["X-Mailer"] = xm
    for k, v in hdr.items():
        if v is not None:
            msg[k] = v
    msg["MIME-Version"] = "1.0"

    cte = r["cte"]
    if cte is None:
        if all(ord(c) < 128 for c in body):
            cte = ["7bit", "7bit", "quoted-printable"][N(key, "cte", 3)]
        else:
            cte = ["quoted-printable", "8bit", "base64", "quoted-printable"][N(key, "cte", 4)]

    if cte == "7bit" and not all(ord(c) < 128 for c in body):
        cte = "8bit"
    kind = r["kind"]
    html = r["html"]
    if kind == "bounce":
        msg.set_content(body, cte=cte)
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        ds = EmailMessage(policy=policy.SMTP)
        m1 = EmailMessage(policy=policy.SMTP)
        m1["Reporting-MTA"] = "dns; smtp-out.orange.fr"
        m1["Arrival-Date"] = format_datetime(dt)
        m2 = EmailMessage(policy=policy.SMTP)
        m2["Final-Recipient"] = "rfc822; " + r["fwd"]["rcpt"]
        m2["Action"] = "failed"
        m2["Status"] = r["fwd"].get("status", "5.1.1")
        m2["Diagnostic-Code"] = "smtp; " + r["fwd"].get("diag", "550 5.1.1 User unknown")
        ds.set_payload([m1, m2])
        ds["Content-Type"] = "message/delivery-status"
        msg.attach(ds)
        orig = EmailMessage(policy=policy.SMTP)
        orig["From"] = "Sandra Delomenie <%s>" % to_addr[1]
        orig["To"] = r["fwd"]["rcpt"]
        orig["Subject"] = r["fwd"]["subject"]
        orig["Date"] = format_datetime(dt - datetime.timedelta(minutes=2))
        orig["Message-ID"] = msgid(key, to_addr[1], "orig")
        orig.set_content(r["fwd"]["body"], cte="quoted-printable")
        wrap = EmailMessage(policy=policy.SMTP)
        wrap.set_content(orig)
        msg.attach(wrap)
    elif kind == "rfc822":
        msg.set_content(body, cte=cte)
        f = r["fwd"]
        orig = EmailMessage(policy=policy.SMTP)
        orig["From"] = f["from"]
        orig["To"] = f.get("to", "contact@floraisondesoi.fr")
        orig["Subject"] = f["subject"]
        orig["Date"] = format_datetime(date_for(key, "origdate"))
        orig["Message-ID"] = msgid(key, f["from"].split("<")[-1].rstrip(">"), "orig")
        orig.set_content(f["body"], cte="quoted-printable")
        msg.add_attachment(orig)
    elif html == "only":
        msg.set_content(to_html(body), subtype="html", cte=cte)
    elif html == "alt":
        msg.set_content(body, cte=cte)
        msg.add_alternative(to_html(body), subtype="html", cte="quoted-printable")
    else:
        msg.set_content(body, cte=cte)
    for a in r["att"]:
        add_att(msg, key, a)
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("=_b78_%s_%d" % (H(key, "bnd")[:20], i))
    return msg


def main():
    recs = load_records()
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(r)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": r["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
