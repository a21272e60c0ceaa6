#!/usr/bin/env python3
"""Write b74-NNNN.eml and labels.json from the record files. Deterministic, stdlib only."""
import base64, datetime, hashlib, html, io, json, os, struct, sys, unicodedata, zipfile, zlib
from email import policy
from email.message import EmailMessage, Message
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rec import CONTACT, ORANGE  # noqa: E402
import records_forms, records_relays, records_threads, records_platforms  # noqa: E402

PREFIX = "b74"
ALL = (records_forms.RECORDS + records_relays.RECORDS + records_threads.RECORDS
       + records_platforms.RECORDS)


def H(key, salt=""):
    return hashlib.sha256((key + "|" + salt).encode("utf-8")).hexdigest()


def N(key, salt, mod):
    return int(H(key, salt), 16) % mod


def ordered():
    keys = [r["key"] for r in ALL]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return sorted(ALL, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(naive):
    ds = datetime.datetime.combine(_last_sunday(naive.year, 3), datetime.time(2))
    de = datetime.datetime.combine(_last_sunday(naive.year, 10), datetime.time(3))
    off = 2 if ds <= naive < de else 1
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def msg_date(key):
    start = datetime.datetime(2025, 1, 6)
    day = N(key, "day", 535)
    sec = (7 * 3600) + N(key, "sec", 15 * 3600)
    return paris(start + datetime.timedelta(days=day, seconds=sec))


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- ids
def message_id(key, addr, salt="mid"):
    dom = addr.split("@")[-1].lower()
    h = H(key, salt)
    b = base64.urlsafe_b64encode(bytes.fromhex(h)).decode().rstrip("=").replace("-", "+").replace("_", "x")
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s%s@mail.gmail.com>" % ("+" if int(h[0], 16) % 2 else "P", b[:42])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm0%dnd1.rouen.francetelecom.fr>" % (
            int(h[:5], 16), int(h[5:11], 16), 1700000000000 + int(h[11:20], 16) % 90000000000,
            int(h[20], 16) % 9 + 1)
    if dom in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "live.com", "msn.com"):
        box = "PAXP193MB%04d" % (int(h[:4], 16) % 10000)
        return "<%s%s@%s.EURP193.PROD.OUTLOOK.COM>" % (box, h[4:20].upper(), box)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:6], 16), int(h[6:14], 16), 1730000000000 + int(h[14:22], 16) % 60000000000)
    if dom == "free.fr":
        return "<%s.%d.JavaMail.root@zimbra%d-e2.priv.proxad.net>" % (h[:10], int(h[10:16], 16), int(h[16], 16) % 80)
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


DEFAULT_MAILERS = {
    "orange.fr": "Open-Xchange Mailer v7.10.6-Rev59",
    "wanadoo.fr": "Open-Xchange Mailer v7.10.6-Rev59",
    "hotmail.fr": None, "outlook.fr": None,
    "laposte.net": "Zimbra 8.8.15_GA",
    "free.fr": "Zimbra 8.8.15_GA_4581 (zclient/8.8.15_GA_4581)",
    "sfr.fr": "SFR Mail",
    "icloud.com": "iPhone Mail (21E236)",
    "me.com": "Apple Mail (2.3774.600.62)",
}


# ---------------------------------------------------------------- attachments
def _ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def make_pdf(text):
    lines = [_ascii(t) for t in text.split("\n")]
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        ln = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) '" % ln)
    ops.append("ET")
    stream = ("\n".join(ops)).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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


def make_png(seed, w=24, h=16):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    hs = hashlib.sha256(seed.encode()).digest()
    raw = b"".join(b"\x00" + bytes(((x * 7 + y * 13 + hs[(x + y) % 32]) % 256) for x in range(w)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    bio = io.BytesIO()
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % html.escape(t)
                    for t in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + paras + '</w:body></w:document>'),
    ]
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


def make_wav(seed, n=1600):
    hs = hashlib.sha256(seed.encode()).digest()
    data = bytes(128 + ((hs[i % 32] + i) % 9) - 4 for i in range(n))
    return (b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
            + b"data" + struct.pack("<I", n) + data)


def add_att(msg, kind, fname, text, key):
    if kind == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
    elif kind == "png":
        msg.add_attachment(make_png(key + fname), maintype="image", subtype="png", filename=fname)
    elif kind == "jpg":  # tiny PNG data declared as png; keep honest type
        msg.add_attachment(make_png(key + fname, 32, 20), maintype="image", subtype="png", filename=fname)
    elif kind == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    elif kind == "wav":
        msg.add_attachment(make_wav(key + fname), maintype="audio", subtype="wav", filename=fname)
    elif kind == "csv":
        msg.add_attachment(text, subtype="csv", filename=fname)
    elif kind == "ics":
        msg.add_attachment(text, subtype="calendar", filename=fname)
    elif kind == "txt":
        msg.add_attachment(text, subtype="plain", filename=fname)
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------- bodies
def fr_long(d):
    return "%s %d %s %d à %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)


def quote_block(r, d):
    q = r["quote"]
    style = q.get("style", "gmail")
    name, addr = q.get("who", ("Sandra Delomenie", ORANGE))
    qd = d - datetime.timedelta(days=q.get("days", 1 + N(r["key"], "qd", 12)), minutes=N(r["key"], "qm", 600))
    txt = q["text"].strip("\n")
    subj = q.get("subject", r["subject"].replace("RE: ", "").replace("Re: ", "").replace("TR: ", "").replace("Fwd: ", ""))
    to = q.get("to", formataddr(("Floraison de Soi", CONTACT)))
    qt = "\n".join(("> " + l) if l else ">" for l in txt.split("\n"))
    if style == "gmail":
        return "\n\nLe %s, %s <%s> a écrit :\n%s\n" % (fr_long(qd), name, addr, qt)
    if style == "apple":
        return "\n\n> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> \n%s\n" % (
            qd.day, FR_MONTHS_LONG[qd.month - 1], qd.year, qd.hour, qd.minute, name, addr, qt)
    if style == "en":
        return "\n\nOn %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:\n%s\n" % (
            EN_DAYS[qd.weekday()], EN_MONTHS[qd.month - 1], qd.day, qd.year, (qd.hour - 1) % 12 + 1, qd.minute,
            "AM" if qd.hour < 12 else "PM", name, addr, qt)
    if style == "outlook":
        return ("\n\n________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s\n"
                % (name, addr, ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][qd.weekday()],
                   qd.day, FR_MONTHS_LONG[qd.month - 1], qd.year, qd.hour, qd.minute, to, subj, txt))
    if style == "outlook_en":
        return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s\n"
                % (name, addr, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][qd.weekday()],
                   ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"][qd.month - 1], qd.day, qd.year, (qd.hour - 1) % 12 + 1, qd.minute,
                   "AM" if qd.hour < 12 else "PM", to, subj, txt))
    if style == "fwd":
        return ("\n\n---------- Message transféré ---------\nDe : %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n"
                % (name, addr, fr_long(qd), subj, to, txt))
    if style == "fwd_en":
        return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: %s\n\n%s\n"
                % (name, addr, EN_DAYS[qd.weekday()], EN_MONTHS[qd.month - 1], qd.day, qd.year, (qd.hour - 1) % 12 + 1,
                   qd.minute, "AM" if qd.hour < 12 else "PM", subj, to, txt))
    if style == "apple_fwd":
        return ("\n\nDébut du message réexpédié :\n\n> De: %s <%s>\n> Objet: %s\n> Date: %d %s %d à %02d:%02d:00 UTC+%d\n> À: %s\n> \n%s\n"
                % (name, addr, subj, qd.day, FR_MONTHS_LONG[qd.month - 1], qd.year, qd.hour, qd.minute,
                   int(qd.utcoffset().total_seconds() // 3600), to, qt))
    raise ValueError(style)


def to_html(text):
    out, para, inq = [], [], False

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()
    for line in text.split("\n"):
        q = line.startswith(">")
        if q != inq:
            flush()
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">" if q else "</blockquote>")
            inq = q
        line = line[1:].lstrip() if q else line
        if not line.strip():
            flush()
        else:
            para.append(line)
    flush()
    if inq:
        out.append("</blockquote>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(out) + "\n</body></html>\n")


CTES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def pick_cte(r, text, salt):
    c = r.get("cte")
    if c:
        return CTES[c]
    if text.isascii():
        return None if N(r["key"], salt, 5) else "quoted-printable"
    return ["quoted-printable", "base64", "8bit", "quoted-printable", "8bit"][N(r["key"], salt, 5)]


def addr_hdr(v):
    return formataddr(v) if isinstance(v, tuple) else v


def build_inner(spec, key, d):
    m = EmailMessage()
    m["From"] = addr_hdr(spec["frm"])
    m["To"] = addr_hdr(spec.get("to", ("Floraison de Soi", CONTACT)))
    m["Subject"] = spec["subject"]
    m["Date"] = format_datetime(d - datetime.timedelta(hours=spec.get("hours", 20)))
    m["Message-ID"] = message_id(key, spec["frm"][1], "inner")
    body = spec["body"]
    m.set_content(body, cte=None if body.isascii() else "quoted-printable")
    return m


def build(r, idx):
    key = r["key"]
    d = msg_date(key)
    frm = r.get("frm", ("Client", "client@example.fr"))
    to = r.get("to")
    if to is None:
        to = CONTACT if N(key, "to", 3) else ORANGE
    elif to == "contact":
        to = CONTACT
    elif to == "orange":
        to = ORANGE
    body = r["body"]
    if "quote" in r:
        body = body.rstrip("\n") + quote_block(r, d)
    if body and not body.endswith("\n"):
        body += "\n"

    m = EmailMessage()
    m["From"] = addr_hdr(frm)
    m["To"] = addr_hdr(to) if not isinstance(to, str) or "<" in to else (
        formataddr(("Sandra Delomenie", to)) if to == ORANGE and N(key, "ton", 2) else
        formataddr(("Floraison de Soi", to)) if to == CONTACT and N(key, "ton", 2) else to)
    if r.get("cc"):
        m["Cc"] = r["cc"]
    m["Subject"] = r["subject"]
    m["Date"] = format_datetime(d)
    m["Message-ID"] = message_id(key, frm[1])
    if r.get("reply") or ("quote" in r and r["quote"].get("style") in ("gmail", "apple", "en", "outlook", "outlook_en")):
        qname, qaddr = r.get("quote", {}).get("who", ("", ORANGE))
        parent = message_id(key, qaddr, "parent")
        m["In-Reply-To"] = parent
        if N(key, "refs", 3):
            m["References"] = message_id(key, qaddr, "grand") + " " + parent
        else:
            m["References"] = parent
    if r.get("reply_to"):
        m["Reply-To"] = addr_hdr(r["reply_to"])
    mailer = r.get("mailer", DEFAULT_MAILERS.get(frm[1].split("@")[-1].lower()))
    if mailer and "X-Mailer" not in r.get("headers", {}):
        m["X-Mailer"] = mailer
    for k, v in r.get("headers", {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"

    mode = r.get("html")
    if mode == "only":
        m.set_content(r.get("html_body") or to_html(body), subtype="html", cte=pick_cte(r, body, "h"))
    else:
        m.set_content(body, cte=pick_cte(r, body, "p"))
        if mode == "alt":
            m.add_alternative(r.get("html_body") or to_html(body), subtype="html", cte=pick_cte(r, body, "h"))

    kind = r.get("kind")
    if kind == "rfc822":
        m.add_attachment(build_inner(r["inner"], key, d))
    for kind_a, fname, text in r.get("atts", []):
        add_att(m, kind_a, fname, text, key)
    if kind == "bounce":
        inner = build_inner(r["inner"], key, d)
        if m.get_content_maintype() != "multipart":
            m.make_mixed()
        ds = EmailMessage()
        ds["Content-Type"] = "message/delivery-status"
        b1 = Message()
        b1["Reporting-MTA"] = "dns; " + r["inner"].get("mta", "smtp.orange.fr")
        b1["Arrival-Date"] = format_datetime(d)
        b2 = Message()
        b2["Final-Recipient"] = "rfc822; " + r["inner"]["rcpt"]
        b2["Action"] = "failed"
        b2["Status"] = r["inner"].get("status", "5.1.1")
        b2["Diagnostic-Code"] = "smtp; " + r["inner"].get("diag", "550 5.1.1 User unknown")
        ds.set_payload([b1, b2])
        m.attach(ds)
        op = EmailMessage()
        op.set_content(inner)
        m.attach(op)
        m.set_type("multipart/report")
        m.set_param("report-type", "delivery-status")
    # deterministic boundaries derived from the record key
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_%s_%s_%d" % (PREFIX, H(key, "bnd%d" % i)[:24], i))
            i += 1
    return m


def main():
    recs = ordered()
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        m = build(r, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
