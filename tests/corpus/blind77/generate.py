#!/usr/bin/env python3
"""Write b77-NNNN.eml and labels.json from the record files (stdlib only, deterministic)."""
import hashlib, html, json, os, sys, zlib, struct, io, zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b77"
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
SANDRA_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def load_records():
    import records_fr_req, records_fr_neg, records_en
    recs = records_fr_req.RECORDS + records_fr_neg.RECORDS + records_en.RECORDS
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return recs


def h(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode()).hexdigest()


def hn(key, salt, n):
    return int(h(key, salt)[:12], 16) % n


def paris_offset(dt_utc):
    y = dt_utc.year
    def last_sunday(month):
        d = datetime(y, month, 31, 1, 0, tzinfo=timezone.utc)
        while d.weekday() != 6:
            d -= timedelta(days=1)
        return d
    return 2 if last_sunday(3) <= dt_utc < last_sunday(10) else 1


def msg_date(key, shift_days=0):
    start = datetime(2025, 1, 6, 6, 0, tzinfo=timezone.utc)
    mins = hn(key, "date", 600 * 24 * 60)
    d = start + timedelta(minutes=mins) - timedelta(days=shift_days)
    # keep mostly daytime
    if d.hour < 6:
        d += timedelta(hours=7)
    off = paris_offset(d)
    return d.astimezone(timezone(timedelta(hours=off)))


def domain_of(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1].lower()


def message_id(key, frm, salt="mid"):
    d = domain_of(frm)
    x = h(key, salt)
    if d in ("gmail.com", "googlemail.com"):
        return "<CA%s%s@mail.gmail.com>" % (x[:6].upper(), x[6:44])
    if d in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d@wwinf%d.orange.fr>" % (int(x[:6], 16), int(x[6:12], 16), int(x[12:18], 16), 2200 + int(x[18:20], 16))
    if d in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "msn.com"):
        s = x[:30].upper()
        return "<%sPR3P%s@PR3P%s.eurprd02.prod.outlook.com>" % ("AM" if int(x[0], 16) % 2 else "DB", s[:12], s[12:20])
    if d in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:28].upper())
    if d in ("free.fr", "laposte.net", "sfr.fr", "yahoo.fr", "yahoo.com", "proton.me", "gmx.fr"):
        return "<%s.%s@%s>" % (x[:16], x[16:24], "smtp." + d)
    return "<%s.%s@%s>" % (x[:20], x[20:28], d)


MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quote_block(rec, d):
    q = rec.get("q")
    if not q:
        return ""
    style = rec.get("qs", "gmail")
    qf = rec.get("qf", SANDRA_C)
    qd = d - timedelta(days=1 + hn(rec["key"], "qd", 20), minutes=hn(rec["key"], "qm", 500))
    qsub = rec.get("qsub", rec["subject"].replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", ""))
    lines = q.strip("\n").split("\n")
    to_q = rec.get("qto", CONTACT)
    if style == "gmail":
        head = "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (JOURS[qd.weekday()], qd.day, MOIS[qd.month - 1], qd.year, qd.hour, qd.minute, qf)
        return "\n\n" + head + "\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "apple":
        head = "Le %d %s %d à %02d:%02d, %s a écrit :" % (qd.day, MOIS_L[qd.month - 1], qd.year, qd.hour, qd.minute, qf)
        return "\n\n" + head + "\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "outlook":
        head = "________________________________\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (
            qf, ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][qd.weekday()], qd.day, MOIS_L[qd.month - 1], qd.year, qd.hour, qd.minute, to_q, qsub)
        return "\n\n" + head + "\n\n" + "\n".join(lines) + "\n"
    if style == "en":
        hr = qd.hour % 12 or 12
        head = "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (EN_D[qd.weekday()], EN_M[qd.month - 1], qd.day, qd.year, hr, qd.minute, "AM" if qd.hour < 12 else "PM", qf)
        return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "fwd_fr":
        head = "---------- Message transféré ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s" % (
            qf, JOURS[qd.weekday()], qd.day, MOIS[qd.month - 1], qd.year, qd.hour, qd.minute, qsub, to_q)
        return "\n\n" + head + "\n\n" + "\n".join(lines) + "\n"
    if style == "fwd_en":
        hr = qd.hour % 12 or 12
        head = "---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: %s" % (
            qf, EN_D[qd.weekday()], EN_M[qd.month - 1], qd.day, qd.year, hr, qd.minute, "AM" if qd.hour < 12 else "PM", qsub, to_q)
        return "\n\n" + head + "\n\n" + "\n".join(lines) + "\n"
    if style == "outlook_en":
        head = "-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %d:%02d\nTo: %s\nSubject: %s" % (
            qf, EN_D[qd.weekday()], EN_M[qd.month - 1], qd.day, qd.year, qd.hour, qd.minute, to_q, qsub)
        return "\n\n" + head + "\n\n" + "\n".join(lines) + "\n"
    raise ValueError(style)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">") or p.startswith("> "):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in p.split("\n"))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in p.split("\n")))
    return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % "\n".join(out)


# ---------- attachments (minimal but real files) ----------
def pdf_bytes(text):
    t = text.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 12 Tf 50 750 Td (" + t + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
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
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def docx_bytes(text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def w(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        w("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        w("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        w("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(text))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fname, text in rec.get("att", []):
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(png_bytes(h(rec["key"], fname)), maintype="image", subtype="png", filename=fname)
        elif kind == "jpg":
            msg.add_attachment(png_bytes(h(rec["key"], fname)), maintype="image", subtype="png", filename=fname.rsplit(".", 1)[0] + ".png")
        elif kind == "csv":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(text), maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "ics":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
        else:
            raise ValueError(kind)


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def default_cte(rec, text):
    if rec.get("cte"):
        return CTE[rec["cte"]]
    if all(ord(c) < 128 for c in text):
        return "7bit"
    return ["quoted-printable", "8bit", "base64", "quoted-printable"][hn(rec["key"], "cte", 4)]


def build(rec):
    key = rec["key"]
    d = msg_date(key)
    frm = rec["frm"]
    body = rec["body"].strip("\n") + "\n" if rec["body"].strip() else ""
    body = body + quote_block(rec, d) if rec.get("q") else body
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    to = rec.get("to")
    if to is None:
        to = CONTACT if hn(key, "to", 3) else ORANGE
    elif to == "c":
        to = CONTACT
    elif to == "o":
        to = ORANGE
    msg["To"] = to
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = message_id(key, frm)
    if rec.get("q") and rec.get("qs", "gmail") not in ("fwd_fr", "fwd_en") or rec.get("reply"):
        qf = rec.get("qf", SANDRA_C)
        ref = message_id(key, qf, "ref")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    for k, v in rec.get("hdr", {}).items():
        msg[k] = v
    kind = rec.get("kind")
    if kind == "bounce":
        return build_bounce(rec, msg, body)
    mode = rec.get("html")
    cte = default_cte(rec, body)
    if mode == "only":
        msg.set_content(to_html(body), subtype="html", cte=cte if cte != "7bit" else "quoted-printable")
    else:
        if body == "" and not rec.get("att"):
            msg.set_content("", cte="7bit")
        else:
            msg.set_content(body, cte=cte)
        if mode == "alt":
            msg.add_alternative(to_html(body), subtype="html", cte="quoted-printable")
    if rec.get("att"):
        add_attachments(msg, rec)
    if kind == "fwd822":
        inner = EmailMessage(policy=policy.SMTP)
        inner["From"] = rec["inner_from"]
        inner["To"] = rec.get("inner_to", to)
        inner["Subject"] = rec["inner_subject"]
        inner["Date"] = format_datetime(msg_date(key, 3))
        inner["Message-ID"] = message_id(key, rec["inner_from"], "inner")
        inner.set_content(rec["inner_body"].strip("\n") + "\n", cte="quoted-printable")
        msg.add_attachment(inner)
    return msg


def build_bounce(rec, msg, body):
    orig_to = rec["bounce_to"]
    msg.make_mixed()
    msg.set_param("report-type", "delivery-status")
    msg.set_type("multipart/report")
    t = EmailMessage(policy=policy.SMTP)
    t.set_content(body, cte="7bit" if all(ord(c) < 128 for c in body) else "quoted-printable")
    del t["MIME-Version"]
    msg.attach(t)
    ds = EmailMessage(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    b1 = EmailMessage(policy=policy.SMTP)
    b1["Reporting-MTA"] = "dns; %s" % domain_of(rec["frm"])
    b2 = EmailMessage(policy=policy.SMTP)
    b2["Final-Recipient"] = "rfc822; %s" % orig_to
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown" % orig_to
    ds.set_payload([b1, b2])
    msg.attach(ds)
    rh = EmailMessage(policy=policy.SMTP)
    rh["Content-Type"] = "text/rfc822-headers"
    rh.set_payload("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (SANDRA_C, orig_to, Header(rec["bounce_subject"], "utf-8").encode(), format_datetime(msg_date(rec["key"], 1)), message_id(rec["key"], CONTACT, "bounced")))
    msg.attach(rh)
    return msg


def fix_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_%s_%s_%d" % (PREFIX, h(key, "bnd%d" % n)[:20], n))
            n += 1


def main():
    recs = load_records()
    order = sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        fix_boundaries(msg, rec["key"])
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(set(rec["rights"]))}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
