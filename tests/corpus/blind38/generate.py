#!/usr/bin/env python3
"""Deterministic generator for the b38 corpus (standard library only).

Writes b38-0001.eml ... b38-NNNN.eml and labels.json next to this file
(or into --out DIR).  Every variable byte (file order, dates, Message-IDs,
MIME boundaries, attachment bytes, transfer-encoding choices) is derived
from sha256 of the record key, so output is byte-identical on every run
whatever PYTHONHASHSEED is.
"""
import datetime as _dt
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
from email.message import EmailMessage, MIMEPart, Message
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from recbase import RECORDS  # noqa: E402
import rec_fr_req  # noqa: E402,F401
import rec_en_req  # noqa: E402,F401
import rec_fr_neg  # noqa: E402,F401
import rec_en_neg  # noqa: E402,F401

PREFIX = "b38"
POL = policy.SMTP
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
TO_CHOICES = [
    "Floraison de Soi <contact@floraisondesoi.fr>",
    "contact@floraisondesoi.fr",
    "Floraison de Soi <contact@floraisondesoi.fr>",
    "Sandra Delomenie <sandra.delomenie@orange.fr>",
    "contact@floraisondesoi.fr",
    "sandra.delomenie@orange.fr",
    "Sandra Delomenie <contact@floraisondesoi.fr>",
    "Floraison de Soi <contact@floraisondesoi.fr>",
]


# ------------------------------------------------------------------ hashing
def H(key, label=""):
    return hashlib.sha256(("%s|%s" % (key, label)).encode("utf-8")).digest()


def HX(key, label=""):
    return H(key, label).hex()


def HI(key, label, n):
    return int.from_bytes(H(key, label)[:8], "big") % n


# ------------------------------------------------------------------ dates
def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def paris(utc):
    """Convert naive UTC datetime to aware Europe/Paris time (CET/CEST rule)."""
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0))
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0))
    off = 2 if start <= utc < end else 1
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return (utc + _dt.timedelta(hours=off)).replace(tzinfo=tz)


EPOCH = _dt.datetime(2025, 1, 1, 0, 0, 0)
SPAN = int((_dt.datetime(2026, 12, 31, 22, 0, 0) - EPOCH).total_seconds())


def msg_date(key):
    secs = HI(key, "date", SPAN)
    utc = EPOCH + _dt.timedelta(seconds=secs)
    # bias toward waking hours: fold night hours into daytime
    local = paris(utc)
    if local.hour < 7:
        utc += _dt.timedelta(hours=8)
    return paris(utc)


def earlier(d, key, label):
    mins = 60 * 6 + HI(key, label, 60 * 24 * 9)
    return paris((d.astimezone(_dt.timezone.utc).replace(tzinfo=None)
                  - _dt.timedelta(minutes=mins)))


JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ampm(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


# ------------------------------------------------------------------ quoting
def prefix_lines(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


def quote_block(style, who, to, subj, body, d):
    """Return (header_text, quoted_text, is_prefixed) for a reply quote."""
    if style == "gmail_fr":
        head = "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (
            JOURS_ABR[d.weekday()], d.day, MOIS_ABR[d.month - 1], d.year, d.hour, d.minute, who)
        return head + "\n", prefix_lines(body)
    if style == "gmail_en":
        head = "On %s, %s %d, %d at %s %s wrote:" % (
            DAYS_EN[d.weekday()][:3], MON_EN[d.month - 1][:3], d.day, d.year, ampm(d), who)
        return head + "\n", prefix_lines(body)
    if style == "apple_fr":
        head = "> Le %d %s %d à %02d:%02d, %s a écrit :\n>" % (
            d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, who)
        return head + "\n", prefix_lines(body)
    if style == "apple_en":
        head = "> On %d %s %d, at %02d:%02d, %s wrote:\n>" % (
            d.day, MON_EN[d.month - 1][:3], d.year, d.hour, d.minute, who)
        return head + "\n", prefix_lines(body)
    if style == "outlook_fr":
        head = ("________________________________\n"
                "De : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n" % (
                    who, JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year,
                    d.hour, d.minute, to, subj))
        return head + "\n", body.rstrip("\n") + "\n"
    if style == "outlook_en":
        head = ("________________________________\n"
                "From: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n" % (
                    who, DAYS_EN[d.weekday()], MON_EN[d.month - 1], d.day, d.year,
                    ampm(d), to, subj))
        return head + "\n", body.rstrip("\n") + "\n"
    raise ValueError(style)


def fwd_block(style, frm, to, subj, body, d):
    if style == "gmail_fr":
        head = ("---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\n"
                "Subject: %s\nTo: %s\n" % (frm, JOURS_ABR[d.weekday()], d.day, MOIS_ABR[d.month - 1],
                                           d.year, d.hour, d.minute, subj, to))
    elif style == "gmail_en":
        head = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\n"
                "Subject: %s\nTo: %s\n" % (frm, DAYS_EN[d.weekday()][:3], MON_EN[d.month - 1][:3],
                                           d.day, d.year, ampm(d), subj, to))
    elif style == "outlook_fr":
        head = ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\n"
                "À : %s\nObjet : %s\n" % (frm, JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year,
                                          d.hour, d.minute, to, subj))
    else:
        raise ValueError(style)
    return head + "\n", body.rstrip("\n") + "\n"


# ------------------------------------------------------------------ html
def text_to_html(text):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(l, quote=False) for l in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(paras)


def html_doc(inner, key):
    font = ["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Helvetica, Arial",
            "Verdana, sans-serif"][HI(key, "font", 4)]
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family: %s; font-size: 14px;">\n%s\n</body></html>\n' % (font, inner))


# ------------------------------------------------------------------ attachments
def make_pdf(text, key):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 50 780 Td (%s) Tj ET\n" % text).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = HX(key, "pdfid")[:32].upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid, fid, xref))
    return bytes(out)


def make_png(key):
    h = H(key, "png")
    w = ht = 4
    raw = b""
    for y in range(ht):
        row = b"\x00"  # filter type: none
        for x in range(w):
            i = (y * w + x) % 10
            row += bytes([h[i * 3 % 32], h[(i * 3 + 1) % 32], h[(i * 3 + 2) % 32]])
        raw += row

    def chunk(t, data):
        c = t + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, ht, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_jpeg(key):
    """A valid 8x8 grayscale baseline JPEG (flat grey) with a hash-derived comment."""
    def seg(marker, data):
        return bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    com = ("b38 " + HX(key, "jpg")[:48]).encode()
    dqt = b"\x00" + bytes([1] * 64)
    sof = b"\x08\x00\x08\x00\x08\x01\x01\x11\x00"
    dht_dc = b"\x00" + bytes([1] + [0] * 15) + b"\x00"
    dht_ac = b"\x10" + bytes([1] + [0] * 15) + b"\x00"
    sos = b"\x01\x01\x00\x00\x3f\x00"
    return (b"\xff\xd8" + seg(0xE0, app0) + seg(0xFE, com) + seg(0xDB, dqt) + seg(0xC0, sof)
            + seg(0xC4, dht_dc) + seg(0xC4, dht_ac) + seg(0xDA, sos) + b"\x3f" + b"\xff\xd9")


def make_docx(text, key):
    buf = io.BytesIO()
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p><w:p><w:r><w:t>ref %s</w:t></w:r></w:p>'
         '</w:body></w:document>' % (html.escape(text), HX(key, "docx")[:16])),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_ics(summary, key, d):
    start = (d + _dt.timedelta(days=2 + HI(key, "icsd", 10))).astimezone(_dt.timezone.utc)
    start = start.replace(minute=0, second=0)
    end = start + _dt.timedelta(minutes=30 if "30" in summary else 60)
    f = "%Y%m%dT%H%M%SZ"
    return ("BEGIN:VCALENDAR\r\nPRODID:-//b38//FR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s@floraisondesoi.fr\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (
                HX(key, "ics")[:20], d.astimezone(_dt.timezone.utc).strftime(f),
                start.strftime(f), end.strftime(f), summary))


def add_attachments(msg, rec, d):
    key = rec["key"]
    for i, (kind, fname, text) in enumerate(rec.get("att", [])):
        k = "%s#%d" % (key, i)
        if kind == "pdf":
            msg.add_attachment(make_pdf(text, k), "application", "pdf", filename=fname)
        elif kind == "jpg":
            msg.add_attachment(make_jpeg(k), "image", "jpeg", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(k), "image", "png", filename=fname)
        elif kind == "docx":
            msg.add_attachment(make_docx(text, k), "application",
                               "vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", filename=fname)
        elif kind == "ics":
            msg.add_attachment(make_ics(text, k, d), subtype="calendar", filename=fname,
                               params={"method": "REQUEST"})
        else:
            raise ValueError(kind)


# ------------------------------------------------------------------ build
def domain_of(addr):
    a = parseaddr(addr)[1]
    return a.split("@", 1)[1].lower() if "@" in a else "floraisondesoi.fr"


def pick_cte(rec, text, label):
    c = rec.get("cte")
    if c:
        return {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[c]
    try:
        text.encode("ascii")
        return None
    except UnicodeEncodeError:
        return ["8bit", "quoted-printable", "quoted-printable", "base64", "8bit"][
            HI(rec["key"], "cte" + label, 5)]


def compose(rec, d):
    """Return (plain_text, html_inner, rfc822_msg_or_None)."""
    key = rec["key"]
    text = rec["body"] or ""
    html_inner = text_to_html(text) if text else ""
    inner = None
    me_to = rec.get("to") or CONTACT
    if "quote" in rec:
        q = rec["quote"]
        qd = earlier(d, key, "quote")
        subj = q.get("subj") or (rec["subj"] or "").split(":", 1)[-1].strip()
        qto = rec["frm"] if q["who"].endswith("floraisondesoi.fr>") or "orange.fr>" in q["who"] \
            else me_to
        head, quoted = quote_block(q["style"], q["who"], qto, subj, q["body"], qd)
        text = text + "\n" + head + quoted
        qhtml = html.escape(head.strip(), quote=False).replace("\n", "<br>\n")
        html_inner += ('\n<div class="quote"><p>%s</p>\n<blockquote style="margin:0 0 0 .8ex;'
                       'border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></div>'
                       % (qhtml, text_to_html(q["body"])))
    if "fwd" in rec:
        f = rec["fwd"]
        fd = earlier(d, key, "fwd")
        if f["style"] == "rfc822":
            inner = EmailMessage(policy=POL)
            inner["From"] = f["frm"]
            inner["To"] = f["to"]
            inner["Subject"] = f["subj"]
            inner["Date"] = format_datetime(fd)
            inner["Message-ID"] = "<%s@%s>" % (HX(key, "fwdid")[:28], domain_of(f["frm"]))
            inner.set_content(f["body"].rstrip("\n") + "\n")
        else:
            head, fbody = fwd_block(f["style"], f["frm"], f["to"], f["subj"], f["body"], fd)
            text = text + "\n" + head + "\n" + fbody
            html_inner += "\n<div>%s</div>\n%s" % (
                html.escape(head.strip(), quote=False).replace("\n", "<br>\n"), text_to_html(f["body"]))
    return text, html_inner, inner


def build_report(rec, d, msg):
    key = rec["key"]
    b = rec["bounce"]
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    p1 = MIMEPart(policy=POL)
    p1.set_content(rec["body"], cte=pick_cte(rec, rec["body"], "p1"))
    p2 = MIMEPart(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    per_msg = Message(policy=POL)
    per_msg["Reporting-MTA"] = "dns; " + b["mta"]
    per_msg["Arrival-Date"] = format_datetime(earlier(d, key, "arrival"))
    per_rcpt = Message(policy=POL)
    per_rcpt["Final-Recipient"] = "rfc822; " + b["rcpt"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = b["status"]
    per_rcpt["Diagnostic-Code"] = b["diag"]
    p2.set_payload([per_msg, per_rcpt])
    p3 = MIMEPart(policy=POL)
    hdrs = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\n" % (
        b["orig_from"], b["rcpt"], b["orig_subj"], format_datetime(earlier(d, key, "orig")),
        HX(key, "origid")[:26], domain_of(b["orig_from"])))
    p3.set_content(hdrs, subtype="rfc822-headers", cte=pick_cte(rec, hdrs, "p3"))
    msg.set_payload([p1, p2, p3])


def build(rec):
    key = rec["key"]
    d = msg_date(key)
    msg = EmailMessage(policy=POL)
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to") or TO_CHOICES[HI(key, "to", len(TO_CHOICES))]
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("subj") is not None:
        msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%s@%s>" % (HX(key, "mid")[:20], HX(key, "mid2")[:8], domain_of(rec["frm"]))
    if rec.get("reply"):
        q = rec.get("quote", {})
        rdom = domain_of(q.get("who", "x@floraisondesoi.fr"))
        parent = "<%s@%s>" % (HX(key, "parent")[:24], rdom)
        msg["In-Reply-To"] = parent
        if HI(key, "refs", 3):
            msg["References"] = "<%s@%s> %s" % (HX(key, "root")[:24], rdom, parent)
        else:
            msg["References"] = parent
    if rec.get("replyto"):
        msg["Reply-To"] = rec["replyto"]
    for h, v in rec.get("hdr", {}).items():
        msg[h] = v

    shape = rec.get("shape", "plain")
    if shape == "report":
        build_report(rec, d, msg)
    else:
        text, html_inner, inner = compose(rec, d)
        if shape == "plain":
            msg.set_content(text, cte=pick_cte(rec, text, "plain"))
        elif shape == "alt":
            msg.set_content(text, cte=pick_cte(rec, text, "plain"))
            h = html_doc(html_inner, key)
            msg.add_alternative(h, subtype="html", cte=pick_cte(rec, h, "html"))
        elif shape == "html":
            h = html_doc(html_inner, key)
            msg.set_content(h, subtype="html", cte=pick_cte(rec, h, "html"))
        else:
            raise ValueError(shape)
        if inner is not None:
            msg.add_attachment(inner)
        add_attachments(msg, rec, d)

    keep = {id(msg)} | {id(p.get_payload(0)) for p in msg.walk()
                         if p.get_content_type() == "message/rfc822"}
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_b38_%s_%d" % (HX(key, "boundary%d" % i)[:22], i))
        if id(part) not in keep and "MIME-Version" in part:
            del part["MIME-Version"]
    return msg


def main(argv):
    out = HERE
    if len(argv) > 2 and argv[1] == "--out":
        out = argv[2]
    os.makedirs(out, exist_ok=True)
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    recs = sorted(RECORDS, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    for f in os.listdir(out):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    labels = {}
    for n, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        data = build(rec).as_bytes(policy=POL)
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(recs), out))


if __name__ == "__main__":
    main(sys.argv)
