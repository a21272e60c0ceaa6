#!/usr/bin/env python3
"""Write b75-NNNN.eml and labels.json next to this file. Deterministic: every varying
choice (date, Message-ID, boundary, To, mailer) is derived from sha256 of the record key."""
import hashlib, html, io, json, os, struct, sys, zipfile, zlib
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.message import EmailMessage
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b75"
HER = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")
HER_NAME = "Sandra Delomenie"


def load_records():
    import rec_fr_req, rec_en_req, rec_fr_neg, rec_en_neg
    recs = rec_fr_req.RECORDS + rec_en_req.RECORDS + rec_fr_neg.RECORDS + rec_en_neg.RECORDS
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, dup
    return recs


def H(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode()).digest()


def hint(key, salt, n):
    return int.from_bytes(H(key, salt)[:8], "big") % n


def hexs(key, salt, n):
    return hashlib.sha256((salt + "#" + key).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- dates (Europe/Paris)
def last_sunday(year, month):
    d = datetime(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(dt_utc):
    y = dt_utc.year
    start = last_sunday(y, 3).replace(hour=1, tzinfo=timezone.utc)
    end = last_sunday(y, 10).replace(hour=1, tzinfo=timezone.utc)
    off = 2 if start <= dt_utc < end else 1
    return dt_utc.astimezone(timezone(timedelta(hours=off)))


def date_for(key):
    base = datetime(2025, 1, 3, 6, 0, tzinfo=timezone.utc)
    minutes = hint(key, "date", 540 * 24 * 60)
    dt = base + timedelta(minutes=minutes)
    # people mostly write between 7h and 23h local
    if dt.hour < 6:
        dt += timedelta(hours=7)
    return paris(dt.replace(second=hint(key, "sec", 60)))


JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- ids and mailers
def msgid(key, addr, salt="mid"):
    dom = addr.rsplit("@", 1)[-1].lower()
    h = hexs(key, salt, 40)
    n = int(h[:12], 16)
    if dom == "gmail.com":
        import base64
        b = base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % b
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            n % 900000000 + 100000000, n % 90000 + 10000, 1735000000000 + n % 50000000000, n % 30)
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "msn.com"):
        box = ["PAXP193", "DB9PR02", "AM0PR10", "PR3PR02", "VI1PR07"][n % 5]
        return "<%sMB%04d%s@%sMB%04d.EURP%d.prod.outlook.com>" % (
            box, n % 9999, h[:20].upper(), box, (n >> 8) % 9999, 190 + n % 5)
    if dom in ("yahoo.fr", "yahoo.com"):
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 999999999, (n >> 20) % 9999999, n % 99999)
    if dom == "free.fr":
        return "<%s.%s@zimbra%d.free.fr>" % (h[:8], h[8:16], 60 + n % 9)
    if dom in ("icloud.com", "me.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                                 h[16:20].upper(), h[20:32].upper())
    if dom in ("laposte.net", "sfr.fr", "gmx.fr", "gmx.de", "proton.me", "protonmail.com"):
        return "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    return "<%s.%s@%s>" % (h[:20], n % 100000, dom)


MAILERS = {
    "apple": "Apple Mail (2.3774.600.62)",
    "iphone": "iPhone Mail (21F90)",
    "outlook": "Microsoft Outlook 16.0",
    "thunderbird": None,
    "orange": "Open-Xchange Mailer v7.10.6-Rev62",
}


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    text = text.encode("latin-1", "replace").decode("latin-1")
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 12 Tf 50 780 Td (%s) Tj ET" % esc).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
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
    w, h = 24, 16
    r, g, b = seed[0], seed[1], seed[2]
    raw = b"".join(b"\x00" + bytes((r, (g + y * 8) % 256, b)) * w for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % html.escape(l)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fname, text in rec.get("attachments", []):
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(H(rec["key"], fname)), maintype="image", subtype="png",
                               filename=fname)
        elif kind == "jpg_as_png":
            msg.add_attachment(make_png(H(rec["key"], fname)), maintype="image", subtype="png",
                               filename=fname, disposition="inline")
        elif kind == "csv":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- quoting
def quote_block(rec, dt):
    style, who, text = rec["quote"]
    if who is None:
        who = "%s <%s>" % (HER_NAME, rec.get("to") or to_for(rec))
    q = dt - timedelta(days=1 + hint(rec["key"], "qd", 20), minutes=hint(rec["key"], "qm", 600))
    q = paris(q.astimezone(timezone.utc))
    hm = "%02d:%02d" % (q.hour, q.minute)
    lines = text.strip("\n").split("\n")
    quoted = "\n".join(("> " + l) if l else ">" for l in lines)
    name, _, addr = who.partition(" <")
    addr = addr.rstrip(">")
    subj = rec.get("quote_subject") or rec["subject"].split(": ", 1)[-1]
    if style == "gmail_fr":
        return "\n\nLe %s %d %s %d à %s, %s a écrit :\n%s\n" % (
            JOURS[q.weekday()], q.day, MOIS[q.month - 1], q.year, hm, who, quoted)
    if style == "gmail_en":
        return "\n\nOn %s, %s %d, %d at %s, %s wrote:\n%s\n" % (
            DAYS_EN[q.weekday()], MON_EN[q.month - 1], q.day, q.year,
            q.strftime("%I:%M %p").lstrip("0"), who, quoted)
    if style == "apple_fr":
        return "\n\n> Le %d %s %d à %s, %s a écrit :\n> \n%s\n" % (
            q.day, MOIS_L[q.month - 1], q.year, hm, who, quoted)
    if style == "apple_en":
        return "\n\n> On %d %s %d, at %s, %s wrote:\n> \n%s\n" % (
            q.day, MON_EN[q.month - 1], q.year, hm, who, quoted)
    if style == "outlook_fr":
        return ("\n\n________________________________\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n"
                "Objet : %s\n\n%s\n" % (who, JOURS_L[q.weekday()], q.day, MOIS_L[q.month - 1], q.year,
                                        hm, rec["frm"], subj, text.strip("\n")))
    if style == "outlook_en":
        return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\n"
                "Subject: %s\n\n%s\n" % (who, DAYS_EN[q.weekday()], MON_EN[q.month - 1], q.day,
                                         q.year, hm, rec["frm"], subj, text.strip("\n")))
    if style == "fwd_fr":
        return ("\n\n---------- Message transféré ---------\nDe : %s\nDate: %s %d %s %d à %s\n"
                "Subject: %s\nTo: %s\n\n%s\n" % (who, JOURS[q.weekday()], q.day, MOIS[q.month - 1],
                                                 q.year, hm, subj, addr, text.strip("\n")))
    if style == "fwd_en":
        return ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\n"
                "Subject: %s\nTo: <%s>\n\n%s\n" % (who, DAYS_EN[q.weekday()], MON_EN[q.month - 1],
                                                   q.day, q.year, hm, subj, addr, text.strip("\n")))
    raise ValueError(style)


def to_for(rec):
    if rec.get("to"):
        return rec["to"]
    return HER[hint(rec["key"], "to", 2)]


def to_html(text):
    out = []
    quoted = False
    for para in text.split("\n\n"):
        if para.lstrip().startswith(">"):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in para.split("\n"))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in para.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n%s\n'
            '</div></body></html>\n' % "\n".join(out))


def cte_of(rec, text, default_salt="cte"):
    c = rec.get("cte")
    if c:
        return {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[c]
    try:
        text.encode("ascii")
        if max((len(l) for l in text.split("\n")), default=0) < 900:
            return "7bit"
    except UnicodeEncodeError:
        pass
    return ["quoted-printable", "base64", "8bit", "quoted-printable"][hint(rec["key"], default_salt, 4)]


def boundary(key, n=0):
    return "b75_%s_%d" % (hexs(key, "boundary%d" % n, 24), n)


def fix_boundaries(msg, key):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(boundary(key, i))
            i += 1


# ---------------------------------------------------------------- build
def build(rec):
    key = rec["key"]
    dt = rec.get("_dt") or date_for(key)
    body = rec["body"]
    if rec.get("quote"):
        body = body.rstrip("\n") + quote_block(rec, dt)
    if not body.endswith("\n"):
        body += "\n"
    kind = rec.get("kind")
    msg = EmailMessage(policy=policy.SMTP)

    if kind == "bounce":
        msg.set_content(body, cte=cte_of(rec, body))
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        ds = EmailMessage(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        ds["Content-Description"] = "Delivery report"
        import email as _email
        for block in rec["dsn"].strip("\n").split("\n\n"):
            ds.attach(_email.message_from_string(block + "\n", _class=EmailMessage, policy=policy.SMTP))
        msg.attach(ds)
        hdr = EmailMessage(policy=policy.SMTP)
        hdr["Content-Type"] = "text/rfc822-headers"
        hdr["Content-Description"] = "Undelivered Message Headers"
        from email.header import Header
        lines = []
        for l in rec["orig_headers"].strip("\n").split("\n"):
            k, _, v = l.partition(": ")
            if not v.isascii():
                v = Header(v, "utf-8").encode()
            lines.append("%s: %s" % (k, v))
        hdr.set_payload("\n".join(lines) + "\n")
        msg.attach(hdr)
    elif rec.get("html") == "only":
        h = to_html(body)
        msg.set_content(h, subtype="html", cte=cte_of(rec, h))
    elif rec.get("html") == "alt":
        msg.set_content(body, cte=cte_of(rec, body))
        h = rec.get("html_body") or to_html(body)
        msg.add_alternative(h, subtype="html", cte=cte_of(rec, h, "cte_html"))
    else:
        msg.set_content(body, cte=cte_of(rec, body))

    if kind == "fwd822":
        inner_rec = dict(rec["inner"])
        inner_rec.setdefault("key", key + "/inner")
        inner_rec["_dt"] = dt - timedelta(days=2 + hint(key, "innerd", 30))
        inner_rec["_dt"] = paris(inner_rec["_dt"].astimezone(timezone.utc))
        inner_rec.setdefault("cte", "qp")
        inner = build(inner_rec)
        msg.add_attachment(inner)
    if rec.get("attachments"):
        add_attachments(msg, rec)

    frm = rec["frm"]
    name, _, addr = frm.partition(" <")
    addr = addr.rstrip(">") if addr else name
    msg["From"] = frm
    msg["To"] = to_for(rec)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = utils.format_datetime(dt)
    msg["Message-ID"] = msgid(key, addr)
    if rec.get("quote") and rec["quote"][0] not in ("fwd_fr", "fwd_en") or rec.get("reply"):
        who = rec["quote"][1] if rec.get("quote") and rec["quote"][1] else "x@" + to_for(rec).split("@")[1]
        qaddr = who.partition(" <")[2].rstrip(">") or who
        parent = msgid(key, qaddr, "parent")
        msg["In-Reply-To"] = parent
        msg["References"] = ("%s %s" % (msgid(key, qaddr, "grand"), parent)
                             if hint(key, "refs", 3) == 0 else parent)
    mailer = rec.get("mailer")
    if mailer == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif mailer:
        msg["X-Mailer"] = MAILERS.get(mailer, mailer)
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    # move the MIME headers after the envelope headers, as most clients write them
    for h in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition"):
        vals = msg.get_all(h)
        if vals:
            raws = [v for (k, v) in msg._headers if k.lower() == h.lower()]
            del msg[h]
            for v in raws:
                msg._headers.append((h, v))
    fix_boundaries(msg, key)
    return msg


def order(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def main():
    recs = order(load_records())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(buf.getvalue())
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
