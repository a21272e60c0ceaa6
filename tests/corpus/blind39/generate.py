#!/usr/bin/env python3
"""Deterministic generator for the b39 corpus (standard library only).

Usage: python3 generate.py [OUTDIR]      (default: the folder holding this file)

Writes b39-0001.eml ... b39-NNNN.eml and labels.json. File order comes from the
sha256 of each record key; dates, Message-IDs, MIME boundaries and attachment
bytes are derived from hashes, so the output is byte-identical on every run
whatever PYTHONHASHSEED is.
"""
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import records_fr_req  # noqa: E402
import records_fr_neg  # noqa: E402
import records_en_req  # noqa: E402
import records_en_neg  # noqa: E402
from common import SANDRA  # noqa: E402

PREFIX = "b39"


def all_records():
    recs = (records_fr_req.RECORDS + records_fr_neg.RECORDS
            + records_en_req.RECORDS + records_en_neg.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return recs


def H(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def hint(key, salt, mod):
    return int(H(key, salt)[:12], 16) % mod


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_offset(utc):
    """EU rule: summer time from last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC."""
    y = utc.year
    start = dt.datetime.combine(last_sunday(y, 3), dt.time(1, 0))
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(1, 0))
    naive = utc.replace(tzinfo=None)
    return 2 if start <= naive < end else 1


def paris_time(utc):
    off = paris_offset(utc)
    tz = dt.timezone(dt.timedelta(hours=off))
    return utc.astimezone(tz)


def msg_date(key):
    base = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    day = hint(key, "day", 729)
    # sending hours skewed to daytime/evening (06:00 - 23:59 UTC-ish)
    minute_of_day = 6 * 60 + hint(key, "minute", 18 * 60)
    sec = hint(key, "sec", 60)
    utc = base + dt.timedelta(days=day, minutes=minute_of_day, seconds=sec)
    return paris_time(utc)


def quote_date(key, when):
    back = dt.timedelta(days=1 + hint(key, "qback", 12), minutes=hint(key, "qmin", 600))
    return paris_time((when - back).astimezone(dt.timezone.utc))


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def fr_gmail_date(d):
    return "%s %d %s %d à %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1],
                                        d.year, d.hour, d.minute)


def en_gmail_date(d):
    return "%s, %d %s %d at %02d:%02d" % (EN_DAYS[d.weekday()], d.day, EN_MONTHS[d.month - 1],
                                          d.year, d.hour, d.minute)


# ---------------------------------------------------------------- quoting
def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def quote_block(rec, q, when, forward=False):
    style = q["style"]
    d = quote_date(rec["key"] + ("fwd" if forward else ""), when)
    qfrm = q["frm"]
    qto = q.get("to") or rec["frm"]
    subj = q.get("subj", "")
    text = q["text"].strip("\n")
    name, addr = parseaddr(qfrm)
    disp = "%s <%s>" % (name, addr) if name else addr
    if forward:
        if style == "gmail_fr":
            return ("---------- Message transféré ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                    % (disp, fr_gmail_date(d), subj, qto, text))
        if style == "gmail_en":
            return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                    % (disp, en_gmail_date(d), subj, qto, text))
        if style == "apple_fr":
            return ("Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %d %s %d à %02d:%02d:%02d UTC%+d\nÀ: %s\n\n%s"
                    % (disp, subj, d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second,
                       int(d.utcoffset().total_seconds() // 3600), qto, text))
        if style == "outlook_fr":
            return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
                    % (disp, FR_DAYS_LONG[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year,
                       d.hour, d.minute, qto, subj, text))
        if style == "outlook_en":
            return ("-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s"
                    % (disp, EN_DAYS_LONG[d.weekday()], EN_MONTHS_LONG[d.month - 1], d.day, d.year,
                       (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM", qto, subj, text))
        raise ValueError(style)
    if style == "gmail_fr":
        return "Le %s, %s a écrit :\n%s" % (fr_gmail_date(d), disp, gt(text))
    if style == "gmail_en":
        return "On %s, %s wrote:\n%s" % (en_gmail_date(d), disp, gt(text))
    if style == "apple_fr":
        return "> Le %d %s %d à %02d:%02d, %s a écrit :\n> \n%s" % (
            d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, disp, gt(text))
    if style == "apple_en":
        return "> On %d %s %d, at %02d:%02d, %s wrote:\n> \n%s" % (
            d.day, EN_MONTHS[d.month - 1], d.year, d.hour, d.minute, disp, gt(text))
    if style == "outlook_fr":
        return ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
                % (disp, FR_DAYS_LONG[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour,
                   d.minute, qto, subj, text))
    if style == "outlook_en":
        return ("________________________________\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s"
                % (disp, EN_DAYS_LONG[d.weekday()], EN_MONTHS_LONG[d.month - 1], d.day, d.year,
                   (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM", qto, subj, text))
    raise ValueError(style)


def full_text(rec, when):
    body = rec["body"].strip("\n")
    if "fwd" in rec:
        block = quote_block(rec, rec["fwd"], when, forward=True)
        body = (body + "\n\n" + block) if body else block
    if "quote" in rec:
        block = quote_block(rec, rec["quote"], when)
        body = (body + "\n\n" + block) if body else block
    return body + "\n"


def text_to_html(text):
    """Plain text -> simple webmail-like HTML; runs of '>' lines become a blockquote."""
    blocks = []  # (kind, [lines])
    for line in text.rstrip("\n").split("\n"):
        kind = "q" if line.startswith(">") else "t"
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
    out = []
    for kind, lines in blocks:
        if kind == "q":
            inner = "<br>\n".join(htmlmod.escape(l[1:].lstrip(" "), quote=False) for l in lines)
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("\n".join("<div>%s</div>" % (htmlmod.escape(l, quote=False) or "<br>") for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr">\n%s\n</div></body></html>\n' % "\n".join(out))


# ---------------------------------------------------------------- attachments
def make_pdf(text, key):
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    safe = safe.encode("latin-1", "replace").decode("latin-1")
    stream = "BT /F1 11 Tf 50 780 Td (%s) Tj ET" % safe
    sbytes = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(sbytes) + sbytes + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    fid = H(key, "pdfid")[:32].encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, fid, fid, xref))
    return out.getvalue()


def make_png(key, text):
    h = bytes.fromhex(H(key, "png", text))
    w, hgt = 24 + h[0] % 40, 16 + h[1] % 30
    r, g, b = h[2], h[3], h[4]
    raw = b"".join(b"\x00" + bytes((r, (g + y * 3) % 256, b)) * w for y in range(hgt))

    def chunk(t, data):
        c = t + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)

    txt = b"Comment\x00" + text.encode("latin-1", "replace")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", txt) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_jpeg(key, text):
    """Tiny valid baseline greyscale JPEG: every 8x8 block is flat grey (DC diff 0, EOB)."""
    h = bytes.fromhex(H(key, "jpg", text))
    bw, bh = 1 + h[0] % 4, 1 + h[1] % 3
    w, hgt = bw * 8, bh * 8
    nblocks = bw * bh
    seg = lambda marker, data: marker + struct.pack(">H", len(data) + 2) + data  # noqa: E731
    app0 = seg(b"\xff\xe0", b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    com = seg(b"\xff\xfe", text.encode("latin-1", "replace")[:200])
    dqt = seg(b"\xff\xdb", b"\x00" + bytes([1 + h[2] % 8] * 64))
    sof = seg(b"\xff\xc0", b"\x08" + struct.pack(">HH", hgt, w) + b"\x01\x01\x11\x00")
    # one-code Huffman tables: DC category 0 -> '0', AC EOB -> '0'
    dht_dc = seg(b"\xff\xc4", b"\x00" + bytes([1] + [0] * 15) + b"\x00")
    dht_ac = seg(b"\xff\xc4", b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    sos = seg(b"\xff\xda", b"\x01\x01\x00\x00\x3f\x00")
    nbits = 2 * nblocks
    nbytes = (nbits + 7) // 8
    pad = nbytes * 8 - nbits
    val = (1 << pad) - 1  # data bits are all zero, pad with ones
    scan = val.to_bytes(nbytes, "big")
    return b"\xff\xd8" + app0 + com + dqt + sof + dht_dc + dht_ac + sos + scan + b"\xff\xd9"


def make_docx(key, text):
    buf = io.BytesIO()
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(l)
                   for l in text.split("\n"))
         + '</w:body></w:document>'),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def make_ics(key, text, when):
    start = when + dt.timedelta(days=3 + hint(key, "icsd", 20))
    s = start.astimezone(dt.timezone.utc)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Floraison de Soi//b39//FR", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:%s@b39" % H(key, "ics")[:20],
        "DTSTAMP:%s" % when.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART:%s" % s.replace(minute=0, second=0).strftime("%Y%m%dT%H%M%SZ"),
        "DTEND:%s" % (s.replace(minute=0, second=0) + dt.timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ"),
        "SUMMARY:%s" % text,
        "END:VEVENT", "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n")


def add_attachments(msg, rec, when):
    for i, (kind, fname, text) in enumerate(rec.get("att", [])):
        k = rec["key"] + "#%d" % i
        if kind == "pdf":
            msg.add_attachment(make_pdf(text, k), maintype="application", subtype="pdf", filename=fname)
        elif kind == "jpg":
            msg.add_attachment(make_jpeg(k, text), maintype="image", subtype="jpeg", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(k, text), maintype="image", subtype="png", filename=fname)
        elif kind == "docx":
            msg.add_attachment(make_docx(k, text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        elif kind == "csv":
            msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "ics":
            msg.add_attachment(make_ics(k, text, when), subtype="calendar", filename=fname,
                               params={"method": "REQUEST"})
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", filename=fname)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- headers
MAILERS = {
    "gmail.com": None,
    "orange.fr": "Open-Xchange Mailer v7.10.6-Rev45",
    "wanadoo.fr": "Open-Xchange Mailer v7.10.6-Rev45",
    "free.fr": "Zimbra 8.8.15_GA_4652 (ZimbraWebClient - FF128 (Win)/8.8.15_GA_4652)",
    "laposte.net": "Laposte.net Webmail",
    "sfr.fr": "SFR Mail",
    "yahoo.fr": "WebService/1.1.22125 YMailNorrin",
    "yahoo.com": "WebService/1.1.22125 YMailNorrin",
    "skynet.be": "Roundcube Webmail/1.6.5",
    "bluewin.ch": "Open-Xchange Mailer v7.10.6",
}
GENERIC_MAILERS = [None, "Microsoft Outlook 16.0", "iPhone Mail (21F90)", "Apple Mail (2.3774.600.62)",
                   "Mozilla Thunderbird 128.3.1", None, "Android Mail"]


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            h = H(key, "boundary", str(n))
            style = int(h[0], 16) % 3
            if style == 0:
                b = "0000000000" + h[1:19]
            elif style == 1:
                b = "Apple-Mail=_" + h[1:9].upper() + "-" + h[9:13].upper() + "-" + h[13:17].upper() + "-" + h[17:29].upper()
            else:
                b = "_000_" + h[1:25] + "_"
            part.set_boundary(b)
            n += 1


def default_shape(rec):
    """Records without an explicit shape get one from the hash of their key (webmail-like mix)."""
    if rec.get("no_mailer") or rec.get("hdr", {}).get("X-Mailer", "").startswith("Microsoft Exchange"):
        return "plain"
    h = hint(rec["key"], "shape", 20)
    if h < 7:
        return "alt"
    return {7: "alt_qp", 8: "b64", 9: "qp"}.get(h, "plain")


def build(rec):
    key = rec["key"]
    when = msg_date(key)
    text = full_text(rec, when)
    shape = rec.get("shape") or default_shape(rec)
    msg = EmailMessage()
    frm_name, frm_addr = parseaddr(rec["frm"])
    dom = frm_addr.split("@")[-1].lower()

    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<%s.%s@%s>" % (H(key, "mid")[:16].upper(), H(key, "mid2")[:10], dom)
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    if "quote" in rec:
        qdom = parseaddr(rec["quote"]["frm"])[1].split("@")[-1]
        irt = "<%s@%s>" % (H(key, "irt")[:24], qdom)
        msg["In-Reply-To"] = irt
        if hint(key, "refs", 2):
            msg["References"] = "<%s@%s> %s" % (H(key, "ref0")[:24], dom, irt)
        else:
            msg["References"] = irt
    for hk, hv in rec.get("hdr", {}).items():
        msg[hk] = hv
    if "X-Mailer" not in rec.get("hdr", {}) and "User-Agent" not in rec.get("hdr", {}) and not rec.get("no_mailer"):
        mailer = MAILERS.get(dom, GENERIC_MAILERS[hint(key, "mailer", len(GENERIC_MAILERS))])
        if mailer:
            msg["X-Mailer"] = mailer
    msg["MIME-Version"] = "1.0"

    if shape == "report":
        build_report(msg, rec, when)
        strip_sub_mime_version(msg)
        set_boundaries(msg, key)
        return msg

    html = rec.get("html") or text_to_html(text)
    if shape == "plain":
        msg.set_content(text)
    elif shape in ("qp", "b64", "8bit"):
        msg.set_content(text, cte={"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[shape])
    elif shape == "html":
        msg.set_content(html, subtype="html", cte="quoted-printable")
    elif shape in ("alt", "alt_qp", "alt_b64"):
        cte = {"alt": None, "alt_qp": "quoted-printable", "alt_b64": "base64"}[shape]
        if cte:
            msg.set_content(text, cte=cte)
            msg.add_alternative(html, subtype="html", cte=cte)
        else:
            msg.set_content(text)
            msg.add_alternative(html, subtype="html")
    else:
        raise ValueError(shape)
    add_attachments(msg, rec, when)
    if "rfc822" in rec:
        o = rec["rfc822"]
        inner = EmailMessage()
        inner["From"] = o["frm"]
        inner["To"] = o.get("to", SANDRA)
        inner["Subject"] = o["subj"]
        inner["Date"] = format_datetime(quote_date(key + "rfc", when))
        inner["Message-ID"] = "<%s@%s>" % (H(key, "inner")[:20], parseaddr(o["frm"])[1].split("@")[-1])
        inner["MIME-Version"] = "1.0"
        inner.set_content(o["text"].strip("\n") + "\n")
        msg.add_attachment(inner)
    strip_sub_mime_version(msg)
    set_boundaries(msg, key)
    return msg


def strip_sub_mime_version(part):
    """Sub-parts of a multipart carry no MIME-Version header (enclosed messages keep theirs)."""
    if part.get_content_maintype() != "multipart":
        return
    for child in part.get_payload():
        del child["MIME-Version"]
        strip_sub_mime_version(child)


def build_report(msg, rec, when):
    rp = rec["report"]
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    human = EmailMessage()
    human.set_content(rec["body"].strip("\n") + "\n")
    del human["MIME-Version"]
    msg.attach(human)

    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; %s" % rp["mta"]
    per_msg["Arrival-Date"] = format_datetime(when)
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; %s" % rp["orig_to"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = rp["status"]
    per_rcpt["Diagnostic-Code"] = "smtp; %s" % rp["diag"]
    ds = EmailMessage()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([per_msg, per_rcpt])
    msg.attach(ds)

    orig = EmailMessage()
    orig["From"] = rp.get("orig_from", SANDRA)
    orig["To"] = rp["orig_to"]
    orig["Subject"] = rp["orig_subj"]
    orig["Date"] = format_datetime(quote_date(rec["key"] + "orig", when))
    orig["Message-ID"] = "<%s@floraisondesoi.fr>" % H(rec["key"], "orig")[:20]
    orig["MIME-Version"] = "1.0"
    orig.set_content(rp["orig_text"].strip("\n") + "\n")
    wrap = EmailMessage()
    wrap.set_content(orig)
    del wrap["MIME-Version"]
    msg.attach(wrap)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    recs = sorted(all_records(), key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(recs), out))


if __name__ == "__main__":
    main()
