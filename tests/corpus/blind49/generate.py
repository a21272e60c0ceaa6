#!/usr/bin/env python3
"""Build the b49 held-out corpus: b49-NNNN.eml + labels.json, next to this file.

Standard library only. Deterministic: every varying choice (date, Message-ID, mailer,
transfer encoding, boundary) is derived from sha256 of the record key.
"""
import hashlib
import html
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b49"
RECORD_MODULES = ["rec_fr_req", "rec_fr_neg", "rec_en_req", "rec_en_neg"]
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
SANDRA = ("Sandra Delomenie", CONTACT)


def load_records():
    recs = []
    for name in RECORD_MODULES:
        mod = __import__(name)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for r in recs:
        if not (r["key"].startswith("fr-") or r["key"].startswith("en-")):
            raise SystemExit("bad key " + r["key"])
        for x in r["rights"]:
            if x not in RIGHTS:
                raise SystemExit("bad right %s in %s" % (x, r["key"]))
    return recs


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


class H:
    """Deterministic pseudo-random stream from a key."""

    def __init__(self, key):
        self.key = key
        self.n = 0

    def bytes(self, k=32):
        self.n += 1
        return hashlib.sha256(("%s|%d" % (self.key, self.n)).encode()).digest()[:k]

    def int(self, lo, hi):
        v = int.from_bytes(self.bytes(8), "big")
        return lo + v % (hi - lo + 1)

    def hex(self, k):
        return self.bytes(32).hex()[:k]

    def pick(self, seq):
        return seq[self.int(0, len(seq) - 1)]

    def alnum(self, k):
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        out = ""
        while len(out) < k:
            for b in self.bytes(32):
                out += al[b % len(al)]
        return out[:k]


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = datetime(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(dt_naive_local):
    y = dt_naive_local.year
    start = last_sunday(y, 3).replace(hour=2)
    end = last_sunday(y, 10).replace(hour=3)
    off = 2 if start <= dt_naive_local < end else 1
    return dt_naive_local.replace(tzinfo=timezone(timedelta(hours=off)))


def make_date(h, rec):
    if rec.get("date"):
        y, m, d, hh, mm = rec["date"]
        return paris(datetime(y, m, d, hh, mm, h.int(0, 59)))
    base = datetime(2025, 1, 3, 0, 0)
    day = h.int(0, 530)
    if rec.get("auto"):
        hour = h.int(0, 23)
    else:
        hour = h.pick([7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return paris(base + timedelta(days=day, hours=hour, minutes=h.int(0, 59), seconds=h.int(0, 59)))


JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- ids
def domain_of(addr):
    return addr.rsplit("@", 1)[1].lower()


def message_id(h, addr, dt=None):
    d = domain_of(addr)
    ms = int(dt.timestamp() * 1000) if dt else h.int(1735000000000, 1780000000000)
    if d in ("gmail.com", "googlemail.com"):
        return "<CA%s%s@mail.gmail.com>" % (h.pick(["+", "J", "K", "F", "P"]), h.alnum(44) + "=" + h.alnum(10))
    if d in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02d%s.francetelecom.fr>" % (
            h.int(100000000, 999999999), h.int(10000, 99999), ms,
            h.int(1, 40), h.pick(["aqf", "aub", "nd"]))
    if d in ("hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.fr", "live.com", "msn.com"):
        pre = h.pick(["PAXPR0", "AM9PR0", "DB9PR0", "VI1PR0", "PR3P19"])
        srv = "%s%dMB%d" % (pre, h.int(1, 9), h.int(1000, 9999))
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, h.hex(32).upper(), srv, h.pick(["eurprd0%d" % h.int(1, 9), "EURP19%d" % h.int(1, 9)]))
    if d in ("icloud.com", "me.com", "mac.com"):
        x = h.hex(32).upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8], x[8:12], x[12:16], x[16:20], h.hex(12).upper())
    if d.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (h.int(100000000, 999999999), h.int(1000000, 9999999), ms)
    if d == "free.fr":
        return "<%s.%s@zimbra%d-e%d.priv.proxad.net>" % (h.int(100000000, 999999999), h.int(1000, 9999), h.int(20, 90), h.int(1, 4))
    if d in ("laposte.net",):
        return "<%s@laposte.net>" % h.hex(24)
    if d in ("sfr.fr", "neuf.fr"):
        return "<%s.%s@webmail.sfr.fr>" % (h.hex(16), h.int(1000, 9999))
    if d in ("proton.me", "protonmail.com", "pm.me"):
        return "<%s=@proton.me>" % h.alnum(60)
    if d in ("floraisondesoi.fr",):
        return "<%s@floraisondesoi.fr>" % h.hex(26)
    if d in ("gmx.fr", "gmx.de", "gmx.net", "web.de"):
        return "<trinity-%s-%s-%s@3c-app-gmx-bap%02d>" % (h.hex(8), h.hex(4), ms, h.int(1, 80))
    style = h.int(0, 2)
    if style == 0:
        return "<%s.%s@%s>" % (h.hex(12), h.int(1000, 99999), d)
    if style == 1:
        return "<0102019%s-%s-%s-000000@eu-west-1.amazonses.com>" % (h.hex(9), h.hex(8), h.hex(4))
    return "<%s@%s>" % (h.alnum(22), "mail." + d)


def mailer_for(h, addr):
    d = domain_of(addr)
    r = h.int(0, 9)
    if d in ("icloud.com", "me.com") and r < 6:
        return h.pick(["Apple Mail (2.3774.500.171.1.1)", "iPhone Mail (21E236)", "iPhone Mail (22B91)"])
    if d in ("orange.fr", "wanadoo.fr") and r < 5:
        return "Open-Xchange Mailer v7.10.6-Rev%d" % h.int(40, 70)
    if d == "free.fr" and r < 5:
        return "Zimbra 9.0.0_GA_4683 (ZimbraWebClient - FF%d (Win)/9.0.0_GA_4683)" % h.int(115, 130)
    if d not in ("gmail.com",) and r == 9:
        return h.pick(["Microsoft Outlook 16.0", "Thunderbird 128.5.2", "Microsoft Outlook 15.0",
                       "Mailbird 3.0.21.0", "Evolution 3.52.1"])
    return None


# ---------------------------------------------------------------- attachments
def pdf_bytes(text):
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    t = t.encode("latin-1", "replace").decode("latin-1")
    stream = "BT /F1 12 Tf 50 780 Td (%s) Tj ET" % t
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode())
    return out.getvalue()


def png_bytes(seed):
    h = hashlib.sha256(seed.encode()).digest()
    w, hh = 4, 4
    raw = b"".join(b"\x00" + bytes(h[(y * 12 + x) % 32] for x in range(w * 3)) for y in range(hh))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hh, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(line)
                    for line in text.split("\n"))
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
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, atts, key):
    for a in atts:
        kind, fname = a[0], a[1]
        content = a[2] if len(a) > 2 else fname
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(content), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(png_bytes(key + fname), maintype="image", subtype="png", filename=fname)
        elif kind == "csv":
            msg.add_attachment(content.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(content), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        elif kind == "ics":
            msg.add_attachment(content.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
        else:
            raise SystemExit("unknown attachment kind " + kind)


# ---------------------------------------------------------------- quoting
def fr_date_long(dt):
    return "%s %d %s %d à %02d:%02d" % (JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.year, dt.hour, dt.minute)


def quote_block(rec, qdt, frm_name, frm_addr):
    style = rec.get("quote_style", "gmail")
    qname, qaddr = rec.get("quote_from", SANDRA)
    qsubj = rec.get("quote_subject") or rec["subject"].split(":", 1)[-1].strip()
    text = rec["quote"].strip("\n")
    lines = text.split("\n")
    gt = "\n".join(("> " + l) if l else ">" for l in lines)
    if style == "gmail":
        return "Le %s, %s <%s> a écrit :\n%s" % (fr_date_long(qdt), qname, qaddr, gt)
    if style == "gmail_en":
        return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:\n%s" % (
            DAYS_EN[qdt.weekday()], qdt.day, MONTHS_EN[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, qname, qaddr, gt)
    if style == "apple":
        return "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> \n%s" % (
            qdt.day, MOIS_L[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, qname, qaddr, gt)
    if style == "apple_en":
        return "> On %d %s %d, at %02d:%02d, %s <%s> wrote:\n> \n%s" % (
            qdt.day, MONTHS_EN[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, qname, qaddr, gt)
    if style == "outlook":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s <%s>\nObjet : %s\n\n%s" % (
            qname, qaddr, JOURS_L[qdt.weekday()], qdt.day, MOIS_L[qdt.month - 1], qdt.year, qdt.hour, qdt.minute,
            frm_name, frm_addr, qsubj, text))
    if style == "outlook_en":
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s <%s>\nSubject: %s\n\n%s" % (
            qname, qaddr, DAYS_EN[qdt.weekday()], MONTHS_EN[qdt.month - 1], qdt.day, qdt.year,
            (qdt.hour % 12) or 12, qdt.minute, "AM" if qdt.hour < 12 else "PM", frm_name, frm_addr, qsubj, text))
    if style == "forward":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s" % (
            qname, qaddr, fr_date_long(qdt), qsubj, rec.get("quote_to", "<%s>" % frm_addr), text))
    if style == "forward_en":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: %s\n\n%s" % (
            qname, qaddr, DAYS_EN[qdt.weekday()], MONTHS_EN[qdt.month - 1], qdt.day, qdt.year,
            (qdt.hour % 12) or 12, qdt.minute, "AM" if qdt.hour < 12 else "PM", qsubj, rec.get("quote_to", "<%s>" % frm_addr), text))
    raise SystemExit("bad quote style " + style)


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        if para.startswith(">") or para.startswith("Le ") and " a écrit :" in para.split("\n")[0] or para.startswith("On ") and "wrote:" in para.split("\n")[0]:
            inner = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in para.split("\n"))
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote>"
                       % html.escape(inner).replace("\n", "<br>"))
        else:
            out.append("<p>%s</p>" % html.escape(para).replace("\n", "<br>\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % "\n".join(out))


# ---------------------------------------------------------------- build
def parse_addr(s):
    name, addr = s
    user, dom = addr.split("@")
    return Address(display_name=name, username=user, domain=dom)


def default_shape(h, rec, addr):
    """Webmail and phone clients usually send text+HTML; others plain text."""
    r = h.int(0, 9)
    d = domain_of(addr)
    if rec.get("kind") or rec.get("auto") or d == "floraisondesoi.fr" or not rec["body"].strip():
        return "none"
    if d in ("gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com", "yahoo.co.uk"):
        return "alt" if r < 6 else "none"
    if d in ("hotmail.com", "hotmail.fr", "hotmail.co.uk", "outlook.com", "outlook.fr", "live.fr"):
        return "alt" if r < 5 else ("only" if r == 5 else "none")
    if d in ("icloud.com", "me.com"):
        return "alt" if r < 4 else "none"
    return "alt" if r == 0 else ("only" if r == 1 else "none")


def build(rec):
    key = rec["key"]
    h = H(key)
    dt = make_date(h, rec)
    frm_name, frm_addr = rec["frm"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = parse_addr(rec["frm"])
    if rec.get("to"):
        msg["To"] = [parse_addr(x) for x in rec["to"]]
    else:
        msg["To"] = h.pick([CONTACT, CONTACT, CONTACT, ORANGE]) if h.int(0, 3) else \
            Address("Sandra Delomenie", *(h.pick([CONTACT, ORANGE]).split("@")))
    if rec.get("cc"):
        msg["Cc"] = [parse_addr(x) for x in rec["cc"]]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = rec.get("msgid") or message_id(h, frm_addr, dt)
    body = rec["body"].strip("\n")
    if rec.get("quote"):
        qdt = dt - timedelta(days=h.int(0, 20), hours=h.int(1, 20), minutes=h.int(0, 59))
        qb = quote_block(rec, qdt, frm_name, frm_addr)
        body = (body + "\n\n" + qb) if body else qb
        if not rec.get("quote_style", "gmail").startswith("forward"):
            parent = "<%s@floraisondesoi.fr>" % hashlib.sha256(("parent" + key).encode()).hexdigest()[:26]
            if rec.get("quote_from") and rec["quote_from"][1] not in (CONTACT, ORANGE):
                parent = message_id(H("parent" + key), rec["quote_from"][1])
            msg["In-Reply-To"] = parent
            refs = [parent]
            if h.int(0, 1):
                refs.insert(0, message_id(H("grand" + key), frm_addr))
            msg["References"] = " ".join(refs)
    if rec.get("sig"):
        body = body + "\n\n" + rec["sig"].strip("\n")
    body = body + "\n" if body else ""
    mailer = rec.get("mailer", "auto")
    if mailer == "auto":
        mailer = mailer_for(h, frm_addr)
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"

    cte = rec.get("cte")
    if cte is None:
        r = h.int(0, 9)
        cte = {0: "8bit", 1: "8bit", 2: "8bit", 3: "base64", 4: "quoted-printable"}.get(r)
    kw = {"cte": cte} if cte else {}
    shape = rec.get("html") or default_shape(h, rec, frm_addr)
    html_cte = rec.get("html_cte") or h.pick(["quoted-printable", "quoted-printable", "quoted-printable", "base64"])
    if rec.get("kind") == "bounce":
        build_bounce(msg, rec, h, dt, body)
    elif shape == "only":
        msg.set_content(rec.get("html_body") or to_html(body), subtype="html", cte=html_cte)
    elif shape == "alt":
        msg.set_content(body, **kw)
        msg.add_alternative(rec.get("html_body") or to_html(body), subtype="html", cte=html_cte)
    else:
        msg.set_content(body, **kw)
    if rec.get("kind") == "fwd822":
        inner = build_inner(rec["inner"], key)
        msg.add_attachment(inner)
    if rec.get("attachments"):
        add_attachments(msg, rec["attachments"], key)
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("b49=_%s_%d" % (hashlib.sha256(key.encode()).hexdigest()[:20], i))
    return msg


def build_inner(inner, key):
    h = H("inner" + key)
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = parse_addr(inner["frm"])
    m["To"] = parse_addr(inner.get("to_addr", ("Sandra Delomenie", CONTACT)))
    m["Subject"] = inner["subject"]
    y, mo, d, hh, mi = inner["date"]
    m["Date"] = format_datetime(paris(datetime(y, mo, d, hh, mi, 0)))
    m["Message-ID"] = message_id(h, inner["frm"][1], paris(datetime(y, mo, d, hh, mi, 0)))
    m.set_content(inner["body"].strip("\n") + "\n")
    return m


def build_bounce(msg, rec, h, dt, body):
    from email.message import Message
    b = rec["bounce"]
    msg.make_mixed()
    msg.set_param("report-type", "delivery-status")
    msg.set_type("multipart/report")
    t = EmailMessage(policy=policy.SMTP)
    t.set_content(body)
    ds = EmailMessage(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; " + b["mta"]
    per_msg["Arrival-Date"] = format_datetime(dt - timedelta(minutes=2))
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; " + b["rcpt"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = b["status"]
    per_rcpt["Diagnostic-Code"] = "smtp; " + b["diag"]
    ds.set_payload([per_msg, per_rcpt])
    orig = EmailMessage(policy=policy.SMTP)
    orig["From"] = b.get("orig_from", "Sandra Delomenie <%s>" % CONTACT)
    orig["To"] = b["rcpt"]
    orig["Subject"] = b["orig_subject"]
    orig["Date"] = format_datetime(dt - timedelta(minutes=3))
    orig["Message-ID"] = message_id(H("orig" + rec["key"]), CONTACT)
    hdr = EmailMessage(policy=policy.SMTP)
    hdr["Content-Type"] = "text/rfc822-headers"
    hdr.set_payload(orig.as_string().split("\r\n\r\n")[0].replace("\r\n", "\n") + "\n")
    msg.set_payload([t, ds, hdr])


def main():
    recs = ordered(load_records())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
