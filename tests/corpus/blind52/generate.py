#!/usr/bin/env python3
"""Write b52-NNNN.eml and labels.json from the record files. Deterministic."""
import hashlib, html, io, json, os, random, struct, zipfile, zlib, datetime, email
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b52"
import sys; sys.path.insert(0, HERE)
from common import RECORDS
import rec_fr_req, rec_fr_neg, rec_en, rec_misc  # noqa: F401  (register records)

CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
SANDRA = "Sandra Delomenie"

def H(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode()).digest()

def hint(key, salt, n):
    return int.from_bytes(H(key, salt)[:8], "big") % n

def last_sunday(y, m):
    d = datetime.date(y, m, 31 if m in (3, 10) else 30)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d

def paris(dt_utc):
    y = dt_utc.year
    start = datetime.datetime(y, 3, last_sunday(y, 3).day, 1, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(y, 10, last_sunday(y, 10).day, 1, tzinfo=datetime.timezone.utc)
    off = 2 if start <= dt_utc < end else 1
    return dt_utc.astimezone(datetime.timezone(datetime.timedelta(hours=off)))

BASE = datetime.datetime(2025, 1, 6, 7, 0, tzinfo=datetime.timezone.utc)

def msg_date(key):
    days = hint(key, "day", 530)
    mins = 6 * 60 + hint(key, "min", 15 * 60)
    return paris(BASE + datetime.timedelta(days=days, minutes=mins))

FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def hexs(key, salt, n):
    return hashlib.sha256((salt + key).encode()).hexdigest()[:n]

def message_id(key, addr, dt):
    dom = addr.rsplit("@", 1)[-1].lower()
    h = hexs(key, "mid", 40)
    ts = int(dt.timestamp())
    if dom == "gmail.com":
        return "<CA%s+%s@mail.gmail.com>" % (h[:10].upper(), h[10:34])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02d.nom.fr.intraorange>" % (
            int(h[:7], 16), int(h[7:11], 16), ts * 1000 + int(h[11:14], 16) % 1000, int(h[14:16], 16) % 30)
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "msn.com"):
        return "<PA%sMB%s@PAXP%s.EURP%d.PROD.OUTLOOK.COM>" % (h[:4].upper(), h[4:8].upper(), h[8:14].upper(), 190 + int(h[14:16], 16) % 5)
    if dom in ("icloud.com", "me.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if dom in ("yahoo.fr", "yahoo.com"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:9], 16), int(h[9:16], 16), ts)
    if dom == "free.fr":
        return "<%d.%s.JavaMail.zimbra@free.fr>" % (int(h[:8], 16), h[8:16])
    if dom in ("laposte.net", "sfr.fr"):
        return "<%s.%s@%s>" % (h[:16], ts, dom)
    if dom == "floraisondesoi.fr":
        return "<%s@floraisondesoi.fr>" % h[:24]
    return "<%s.%d@%s>" % (h[:20], ts, dom)

def fr_date_gmail(dt):
    return "%s %d %s %d à %02d:%02d" % (FR_DAYS[dt.weekday()], dt.day, FR_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute)

def quote_block(rec, dt):
    q = rec["quote"]
    style, text = q[0], q[1]
    who = q[2] if len(q) > 2 and q[2] else "%s <%s>" % (SANDRA, CONTACT)
    qsubj = q[3] if len(q) > 3 else rec["subject"].split(":", 1)[-1].strip()
    qdt = dt - datetime.timedelta(days=1 + hint(rec["key"], "qd", 20), minutes=hint(rec["key"], "qm", 600))
    qdt = paris(qdt.astimezone(datetime.timezone.utc))
    lines = text.strip("\n").split("\n")
    gt = "\n".join(("> " + l) if l else ">" for l in lines)
    name, addr = parseaddr(who)
    if style == "gmail":
        return "\n\nLe %s, %s a écrit :\n%s\n" % (fr_date_gmail(qdt), who, gt)
    if style == "apple":
        return "\n\n> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> \n%s\n" % (
            qdt.day, FR_MONTHS_LONG[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, name, addr, gt)
    if style == "outlook":
        me = parseaddr(rec["frm"])
        return ("\n\n________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s\n" % (
            name, addr, FR_DAYS_LONG[qdt.weekday()], qdt.day, FR_MONTHS_LONG[qdt.month - 1], qdt.year,
            qdt.hour, qdt.minute, me[0] or me[1], qsubj, text.strip("\n")))
    if style == "outlook_en":
        me = parseaddr(rec["frm"])
        return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s\n" % (
            name, addr, ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"][qdt.weekday()],
            ["January","February","March","April","May","June","July","August","September","October","November","December"][qdt.month-1],
            qdt.day, qdt.year, (qdt.hour - 1) % 12 + 1, qdt.minute, "AM" if qdt.hour < 12 else "PM", me[0] or me[1], qsubj, text.strip("\n")))
    if style == "en":
        return "\n\nOn %s, %d %s %d at %02d:%02d, %s wrote:\n%s\n" % (
            EN_DAYS[qdt.weekday()], qdt.day, EN_MONTHS[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, who, gt)
    if style == "fwd":
        return ("\n\n---------- Message transféré ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s\n" % (
            who, fr_date_gmail(qdt).replace(" à ", " à "), qsubj, CONTACT, text.strip("\n")))
    if style == "fwd_en":
        return ("\n\nBegin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %d %s %d at %02d:%02d:00 CET\nTo: %s\n\n%s\n" % (
            who, qsubj, qdt.day, EN_MONTHS[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, CONTACT, text.strip("\n")))
    raise ValueError(style)

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">"):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % "<br>\n".join(html.escape(l.lstrip("> ")) for l in p.split("\n")))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in p.split("\n")))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")

# ---- attachments -------------------------------------------------------
def pdf_bytes(line):
    line = line.encode("latin-1", "replace").decode("latin-1")
    esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 12 Tf 50 780 Td (%s) Tj ET" % esc
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out

def png_bytes(seed):
    w, h = 8, 8
    r, g, b = seed[0], seed[1], seed[2]
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))
    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def docx_bytes(text):
    buf = io.BytesIO()
    ts = (2025, 1, 1, 0, 0, 0)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % html.escape(l) for l in text.split("\n")) + "</w:body></w:document>",
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, ts)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return buf.getvalue()

def add_attachments(msg, rec):
    for kind, fname, text in rec.get("att", []):
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(png_bytes(H(rec["key"], fname)), maintype="image", subtype="png", filename=fname)
        elif kind == "jpg_as_png":
            msg.add_attachment(png_bytes(H(rec["key"], fname)), maintype="image", subtype="png", filename=fname)
        elif kind == "csv":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "ics":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
        else:
            raise ValueError(kind)

def pick_to(rec):
    t = rec.get("to")
    if t == "o":
        return formataddr((SANDRA, ORANGE)) if hint(rec["key"], "tn", 2) else ORANGE
    if t in (None, "c"):
        if t is None and hint(rec["key"], "to", 5) == 0:
            return ORANGE
        return formataddr(("Floraison de Soi", CONTACT)) if hint(rec["key"], "tn", 3) == 0 else CONTACT
    return t

MAILERS = {
    "icloud.com": ("X-Mailer", "iPhone Mail (22D82)"),
    "me.com": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "orange.fr": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
    "wanadoo.fr": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev59"),
    "hotmail.fr": ("X-MS-Exchange-Organization-SCL", None),
    "free.fr": ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Linux)/9.0.0_ZEXTRAS_20240927)"),
    "laposte.net": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
}

def build(rec):
    key = rec["key"]
    dt = msg_date(key)
    if rec.get("kind") == "bounce":
        return build_bounce(rec, dt)
    msg = EmailMessage(policy=policy.SMTP)
    frm = rec["frm"]
    addr = parseaddr(frm)[1]
    msg["From"] = frm
    msg["To"] = pick_to(rec)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("replyto"):
        msg["Reply-To"] = rec["replyto"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = message_id(key, addr, dt)
    body = rec["body"]
    if rec.get("quote"):
        body = body.rstrip("\n") + quote_block(rec, dt)
        if rec["quote"][0] not in ("fwd", "fwd_en"):
            parent = "<%s@floraisondesoi.fr>" % hexs(key, "parent", 24)
            msg["In-Reply-To"] = parent
            msg["References"] = "<%s@floraisondesoi.fr> %s" % (hexs(key, "root", 20), parent) if hint(key, "ref", 2) else parent
    if not body.endswith("\n"):
        body += "\n"
    dom = addr.rsplit("@", 1)[-1].lower()
    hdr = dict(rec.get("hdr", {}))
    if dom in MAILERS and MAILERS[dom][1] and "X-Mailer" not in hdr and "User-Agent" not in hdr and not rec.get("nomailer"):
        msg[MAILERS[dom][0]] = MAILERS[dom][1]
    for k, v in hdr.items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}.get(rec.get("cte"))
    if cte is None and not body.isascii():
        cte = {0: "8bit", 1: "8bit", 2: "8bit", 3: "base64"}.get(hint(key, "cte", 8))
    mode = rec.get("html")
    if mode == "only":
        msg.set_content(rec.get("htmlbody") or to_html(body), subtype="html", cte=cte)
    else:
        msg.set_content(body, cte=cte)
        if mode == "alt":
            msg.add_alternative(rec.get("htmlbody") or to_html(body), subtype="html",
                                cte="quoted-printable" if cte != "base64" else "base64")
    if rec.get("kind") == "rfc822":
        inner_rec = dict(rec["inner"])
        inner = EmailMessage(policy=policy.SMTP)
        idt = paris((dt - datetime.timedelta(days=2, hours=3)).astimezone(datetime.timezone.utc))
        inner["From"] = inner_rec["frm"]
        inner["To"] = inner_rec.get("to", CONTACT)
        inner["Subject"] = inner_rec["subject"]
        inner["Date"] = format_datetime(idt)
        inner["Message-ID"] = message_id(key + "inner", parseaddr(inner_rec["frm"])[1], idt)
        inner.set_content(inner_rec["body"])
        msg.add_attachment(inner)
    add_attachments(msg, rec)
    return msg

def build_bounce(rec, dt):
    key = rec["key"]
    b = rec["bounce"]  # dict: mta, rcpt, status, diag, orig_subject, orig_from
    boundary = "=_bounce_%s" % hexs(key, "bd", 16)
    mid = "<%s@%s>" % (hexs(key, "bm", 18), b["mta"])
    odt = paris((dt - datetime.timedelta(minutes=3)).astimezone(datetime.timezone.utc))
    text = rec["body"].rstrip("\n")
    raw = (
        "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nAuto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n boundary=\"%s\"\r\n\r\n"
        "This is a MIME-encapsulated message.\r\n\r\n--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n\r\n"
        "--%s\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\n"
        "Final-Recipient: rfc822; %s\r\nAction: failed\r\nStatus: %s\r\nDiagnostic-Code: smtp; %s\r\n\r\n"
        "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s@floraisondesoi.fr>\r\n\r\n--%s--\r\n"
    ) % (rec["frm"], b.get("to", CONTACT), rec["subject"], format_datetime(dt), mid, boundary,
         boundary, text.replace("\n", "\r\n"), boundary, b["mta"], format_datetime(odt),
         b["rcpt"], b["status"], b["diag"], boundary, b.get("orig_from", "Sandra Delomenie <%s>" % CONTACT),
         b["rcpt"], b["orig_subject"], format_datetime(odt), hexs(key, "om", 22), boundary)
    return email.message_from_bytes(raw.encode("utf-8"), _class=EmailMessage, policy=policy.SMTP)

def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = sorted(RECORDS, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        # MIME boundaries come from the random module: seed it per record so that reruns are byte-identical
        random.seed(hashlib.sha256(rec["key"].encode()).hexdigest())
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(build(rec).as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(order))

if __name__ == "__main__":
    main()
