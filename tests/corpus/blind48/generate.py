#!/usr/bin/env python3
"""Writes b48-0001.eml ... and labels.json next to this file from the records/ files.

Deterministic: every varying value is derived from sha256 of the record key.
"""
import base64
import datetime as dt
import hashlib
import html
import importlib
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy, utils
from email.header import Header
from email.message import EmailMessage, Message

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b48"
sys.path.insert(0, os.path.join(HERE, "records"))
from _common import SANDRA_C, SANDRA_O  # noqa: E402

RECORD_MODULES = ["req_fr_a", "req_fr_b", "req_en", "neg_fr_a", "neg_fr_b", "neg_en"]


def load_records():
    recs = []
    for m in RECORD_MODULES:
        recs.extend(importlib.import_module(m).RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return recs


def H(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).digest()


def hint(key, salt, n):
    return int.from_bytes(H(key, salt)[:8], "big") % n


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_tz(naive):
    start = dt.datetime.combine(last_sunday(naive.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(naive.year, 10), dt.time(3, 0))
    off = 2 if start <= naive < end else 1
    return dt.timezone(dt.timedelta(hours=off))


def msg_date(rec):
    if rec.get("date"):
        naive = dt.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
    else:
        base = dt.datetime(2025, 1, 6, 0, 0)
        days = hint(rec["key"], "day", 520)  # Jan 2025 .. early Jun 2026
        minutes = 7 * 60 + hint(rec["key"], "min", 15 * 60)
        if hint(rec["key"], "night", 9) == 0:
            minutes = hint(rec["key"], "min2", 24 * 60)
        naive = base + dt.timedelta(days=days, minutes=minutes, seconds=hint(rec["key"], "sec", 60))
    return naive.replace(tzinfo=paris_tz(naive))


# ---------------------------------------------------------------- message-ids
def message_id(rec, addr, when):
    k = rec["key"]
    h = H(k, "mid")
    dom = addr.split("@")[-1].lower()
    ts = int(when.timestamp())
    b32 = base64.b32encode(h).decode().rstrip("=")
    b64 = base64.urlsafe_b64encode(h).decode().rstrip("=").replace("-", "+").replace("_", "=")
    hx = h.hex()
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s@mail.gmail.com>" % b64[:40]
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d%03d.JavaMail.open-xchange@opme11oxm0%daqf.ha.ow.prod>" % (
            int(hx[:6], 16), int(hx[6:10], 16) % 90000, ts, int(hx[10:13], 16) % 1000, 1 + h[20] % 4)
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "msn.com"):
        srv = "PAXP%03dMB%04d" % (h[3] % 200, int(hx[20:24], 16) % 10000)
        return "<%s%s@%s.EURP%03d.PROD.OUTLOOK.COM>" % (srv, b32[:20], srv, h[5] % 200)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = hx.upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom in ("yahoo.fr", "yahoo.com"):
        return "<%d.%d.%d%03d@mail.yahoo.com>" % (int(hx[:8], 16) % 10 ** 9, int(hx[8:14], 16) % 10 ** 6,
                                                   ts, h[9] % 1000)
    if dom == "free.fr":
        return "<%s.%s@zimbra%d-e%d.priv.proxad.net>" % (hx[:10], hx[10:16], 30 + h[2] % 40, 1 + h[4] % 12)
    if dom == "laposte.net":
        return "<%s.%s@laposte.net>" % (hx[:14], ts)
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        return "<%s=@proton.me>" % base64.b64encode(h[:24]).decode().rstrip("=")
    if dom == "floraisondesoi.fr" and addr.startswith("wordpress"):
        return "<%s@www.floraisondesoi.fr>" % hx[:32]
    if "outlook" in rec.get("mailer", "").lower():
        return "<%s$%s@%s>" % (hx[:12].upper(), hx[12:20].upper(), dom)
    return "<%s.%s@%s>" % (hx[:16], hx[16:24], dom if "." in dom else "mail.example.net")


MAILERS = {
    "apple": "Apple Mail (2.3826.500.181.1.5)",
    "iphone": "iPhone Mail (22D82)",
    "outlook": "Microsoft Outlook 16.0",
    "ox": "Open-Xchange Mailer v7.10.6-Rev62",
    "tb": None,
}

# ---------------------------------------------------------------- attachments


def pdf_bytes(text):
    lines = text.split("\n")
    parts = ["BT /F1 11 Tf 50 790 Td 14 TL"]
    for ln in lines:
        s = ln.encode("latin-1", "replace").decode("latin-1")
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append("(%s) Tj T*" % s)
    parts.append("ET")
    stream = "\n".join(parts).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def png_bytes(seed):
    h = hashlib.sha256(seed.encode()).digest()
    w, hgt = 24, 16
    raw = b""
    for y in range(hgt):
        row = []
        for x in range(w):
            row += [h[(x + y) % 32], h[(x * 3 + y) % 32], h[(x + 2 * y) % 32]]
        raw += b"\x00" + bytes(row)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p)
                    for p in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
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
    for a in rec.get("attach", []):
        kind, name = a[0], a[1]
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(a[2]), maintype="application", subtype="pdf", filename=name)
        elif kind == "png":
            msg.add_attachment(png_bytes(rec["key"] + name), maintype="image", subtype="png", filename=name)
        elif kind == "jpg-inline":
            msg.add_attachment(png_bytes(rec["key"] + name), maintype="image", subtype="png",
                               filename=name, disposition="inline")
        elif kind == "csv":
            msg.add_attachment(a[2].encode("utf-8"), maintype="text", subtype="csv", filename=name)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(a[2]), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=name)
        elif kind == "ics":
            msg.add_attachment(a[2].replace("\n", "\r\n").encode("utf-8"), maintype="text",
                               subtype="calendar", filename=name, params={"method": "REQUEST"})
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- quoted history
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quote_block(rec, when):
    q = rec["quote"]
    qd = when - dt.timedelta(days=1 + hint(rec["key"], "qd", 20), hours=hint(rec["key"], "qh", 9))
    who = q["who"]
    txt = q["text"].rstrip("\n")
    st = q["style"]
    pref = "\n".join(("> " + ln) if ln else ">" for ln in txt.split("\n"))
    if st == "gmail_fr":
        head = "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (
            FR_DAYS[qd.weekday()], qd.day, FR_MONTHS[qd.month - 1], qd.year, qd.hour, qd.minute, who)
        return "\n\n" + head + "\n\n" + pref + "\n"
    if st == "gmail_en":
        head = "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (
            EN_DAYS[qd.weekday()], EN_MONTHS[qd.month - 1], qd.day, qd.year, (qd.hour % 12) or 12, qd.minute,
            "AM" if qd.hour < 12 else "PM", who)
        return "\n\n" + head + "\n\n" + pref + "\n"
    if st == "apple_fr":
        head = "> Le %d %s %d à %02d:%02d, %s a écrit :" % (
            qd.day, FR_MONTHS[qd.month - 1], qd.year, qd.hour, qd.minute, who)
        return "\n\n" + head + "\n> \n" + pref + "\n"
    if st == "outlook_fr":
        head = ("De : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (
            who, FR_DAYS_LONG[qd.weekday()], qd.day, FR_MONTHS_LONG[qd.month - 1], qd.year, qd.hour,
            qd.minute, q.get("to", "Sandra Delomenie <%s>" % SANDRA_C), q.get("subject", rec["subject"])))
        return "\n\n________________________________\n" + head + "\n\n" + txt + "\n"
    if st == "outlook_en":
        head = ("From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
            who, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][qd.weekday()],
            ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"][qd.month - 1], qd.day, qd.year, (qd.hour % 12) or 12,
            qd.minute, "AM" if qd.hour < 12 else "PM", q.get("to", "Sandra Delomenie <%s>" % SANDRA_C),
            q.get("subject", rec["subject"])))
        return "\n\n-----Original Message-----\n" + head + "\n\n" + txt + "\n"
    if st == "fwd_fr":
        head = ("---------- Message transféré ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\n"
                "Subject: %s\nTo: %s" % (
                    who, FR_DAYS[qd.weekday()], qd.day, FR_MONTHS[qd.month - 1], qd.year, qd.hour, qd.minute,
                    q.get("subject", rec["subject"]), q.get("to", "<%s>" % SANDRA_C)))
        return "\n\n" + head + "\n\n\n" + txt + "\n"
    if st == "fwd_en":
        head = ("Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %d %s %d at %02d:%02d\nTo: %s" % (
            who, q.get("subject", rec["subject"]), qd.day, ["January", "February", "March", "April", "May",
                                                             "June", "July", "August", "September", "October",
                                                             "November", "December"][qd.month - 1],
            qd.year, qd.hour, qd.minute, q.get("to", SANDRA_C)))
        return "\n\n" + head + "\n\n" + txt + "\n"
    raise ValueError(st)


# ---------------------------------------------------------------- build
def to_html(text):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">") or p.startswith("> "):
            inner = "<br>\n".join(html.escape(ln.lstrip("> ").rstrip()) for ln in p.split("\n"))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       "%s</blockquote>" % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(ln) for ln in p.split("\n")))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % "\n".join(out))


def cte_for(rec, text):
    c = rec.get("cte")
    if c == "qp":
        return "quoted-printable"
    if c == "b64":
        return "base64"
    if c == "8bit":
        return "8bit"
    try:
        text.encode("ascii")
        if max((len(x) for x in text.split("\n")), default=0) < 990:
            return "7bit"
    except UnicodeEncodeError:
        pass
    return ["quoted-printable", "8bit", "base64", "quoted-printable"][hint(rec["key"], "cte", 4)]


def set_body(msg, rec, text):
    mode = rec.get("html")
    cte = cte_for(rec, text)
    if mode == "only":
        msg.set_content(rec.get("html_src") or to_html(text), subtype="html", cte=cte)
    elif mode == "alt":
        msg.set_content(text, cte=cte)
        msg.add_alternative(rec.get("html_src") or to_html(text), subtype="html",
                            cte="quoted-printable" if cte != "base64" else "base64")
    else:
        msg.set_content(text, cte=cte)


def build_report(msg, rec, text):
    msg.set_content(text, cte="7bit" if text.isascii() else "quoted-printable")
    msg.make_mixed()
    ds = EmailMessage()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    for k, v in rec["dsn"]["per_msg"]:
        b1[k] = v
    b2 = Message()
    for k, v in rec["dsn"]["per_rcpt"]:
        b2[k] = v
    ds.set_payload([b1, b2])
    msg.attach(ds)
    hdrs = EmailMessage()
    hdrs["Content-Type"] = "text/rfc822-headers"
    hdrs["Content-Description"] = "Undelivered Message Headers"
    lines = []
    for ln in rec["dsn"]["orig_headers"].split("\n"):
        k, v = ln.split(": ", 1)
        if not v.isascii():
            v = Header(v, "utf-8").encode()
        lines.append("%s: %s" % (k, v))
    hdrs.set_payload("\r\n".join(lines) + "\r\n")
    msg.attach(hdrs)
    msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
    msg.set_boundary("==%s" % H(rec["key"], "bnd").hex()[:24])


def build_fwd(msg, rec, text, when):
    inner_rec = rec["inner"]
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = fmt_addrs(inner_rec["frm"])
    inner["To"] = fmt_addrs(inner_rec.get("to", SANDRA_C))
    inner["Subject"] = inner_rec["subject"]
    idate = when - dt.timedelta(days=2 + hint(rec["key"], "idate", 30))
    inner["Date"] = utils.format_datetime(idate)
    inner["Message-ID"] = message_id({"key": rec["key"] + "#inner"}, inner_rec["frm"].split("<")[-1].rstrip(">"),
                                     idate)
    inner.set_content(inner_rec["body"], cte="quoted-printable" if not inner_rec["body"].isascii() else "7bit")
    msg.set_content(text, cte=cte_for(rec, text))
    msg.add_attachment(inner, filename=inner_rec.get("filename", "message.eml"))


def fmt_addrs(s):
    """Quote display names properly ("Name <addr>" strings, comma-separated allowed)."""
    out = []
    for name, addr in utils.getaddresses([s]):
        out.append(utils.formataddr((name, addr)) if name else addr)
    return ", ".join(out)


def addr_of(s):
    return s.split("<")[-1].rstrip(">").strip()


def build(rec):
    when = msg_date(rec)
    frm = rec["frm"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = fmt_addrs(frm)
    to = rec.get("to", 0)
    msg["To"] = fmt_addrs({0: "Sandra Delomenie <%s>" % SANDRA_C, 1: "Sandra Delomenie <%s>" % SANDRA_O,
                           2: SANDRA_C, 3: SANDRA_O}.get(to, to))
    if rec.get("cc"):
        msg["Cc"] = fmt_addrs(", ".join(rec["cc"]))
    if rec.get("reply_to"):
        msg["Reply-To"] = fmt_addrs(rec["reply_to"])
    msg["Subject"] = rec["subject"]
    msg["Date"] = utils.format_datetime(when)
    msg["Message-ID"] = message_id(rec, addr_of(frm), when)
    if rec.get("quote") and rec["quote"]["style"] not in ("fwd_fr", "fwd_en") or rec.get("reply"):
        ref = "<%s@%s>" % (H(rec["key"], "ref").hex()[:20], ["mail.gmail.com", "orange.fr", "floraisondesoi.fr",
                                                               "outlook.com"][hint(rec["key"], "refd", 4)])
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    mailer = rec.get("mailer")
    if mailer:
        msg["X-Mailer"] = MAILERS.get(mailer, mailer)
    msg["MIME-Version"] = "1.0"
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    text = rec["body"]
    if rec.get("sig"):
        text = text.rstrip("\n") + "\n" + rec["sig"]
    if rec.get("quote"):
        text = text.rstrip("\n") + "\n" + quote_block(rec, when)
    if text and not text.endswith("\n"):
        text += "\n"
    kind = rec.get("kind")
    if kind == "report":
        build_report(msg, rec, text)
    elif kind == "fwd822":
        build_fwd(msg, rec, text, when)
    else:
        set_body(msg, rec, text)
        add_attachments(msg, rec)
    # deterministic boundaries
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and "From" not in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart" and not (part.get_boundary() or "").startswith("=="):
            part.set_boundary("----=_Part_%s_%d" % (H(rec["key"], "b%d" % n).hex()[:16], n))
            n += 1
    return msg


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def main():
    recs = load_records()
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(ordered(recs), 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
