#!/usr/bin/env python3
"""Deterministic generator for the b31 blind corpus ("short and terse").

Reads the records in records_requests.py and records_negatives.py and writes
b31-0001.eml ... b31-NNNN.eml plus labels.json next to this file.

Standard library only. Dates, Message-IDs, MIME boundaries and attachment
bytes are all derived from the sha256 of each record's key, so the output is
byte-identical on every run and under any PYTHONHASHSEED.
"""
import base64
import hashlib
import html
import io
import json
import os
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from records_requests import RECORDS as REQUESTS  # noqa: E402
from records_negatives import RECORDS as NEGATIVES  # noqa: E402

PREFIX = "b31"
SANDRA = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
CONTACT = ("Floraison de Soi", "contact@floraisondesoi.fr")
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

START = datetime(2025, 1, 6)
SPAN_DAYS = (datetime(2026, 5, 29) - START).days

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- helpers
def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def hnum(s, mod):
    return int(sha(s), 16) % mod


def paris_tz(local):
    """Europe/Paris offset for a naive local datetime (hours 6-23 only)."""
    y = local.year

    def last_sunday(month):
        d = datetime(y, month, 31)
        while d.weekday() != 6:
            d -= timedelta(days=1)
        return d.replace(hour=3)

    hours = 2 if last_sunday(3) <= local < last_sunday(10) else 1
    return timezone(timedelta(hours=hours))


def make_date(key, override=None):
    if override:
        local = datetime(*override)
    else:
        day = hnum(key + "|day", SPAN_DAYS)
        minute = 6 * 60 + 30 + hnum(key + "|min", 16 * 60 + 45)
        local = START + timedelta(days=day, minutes=minute)
        local = local.replace(second=hnum(key + "|sec", 60))
    return local.replace(tzinfo=paris_tz(local))


def quote_date(key, date):
    hours = 2 + hnum(key + "|qdelta", 70)
    local = date.replace(tzinfo=None) - timedelta(hours=hours, minutes=hnum(key + "|qmin", 59))
    if local.hour < 7:
        local = local.replace(hour=7 + hnum(key + "|qh", 12))
    return local.replace(tzinfo=paris_tz(local))


def client_of(addr):
    dom = addr.split("@", 1)[1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "apple"
    if dom.startswith(("hotmail.", "outlook.", "live.", "msn.")):
        return "outlook"
    if dom in ("orange.fr", "wanadoo.fr"):
        return "orange"
    return "other"


def make_msgid(seed, addr, client):
    x = sha(seed)
    dom = addr.split("@", 1)[1].lower()
    if client == "gmail":
        tok = base64.b64encode(bytes.fromhex(x)).decode().replace("/", "_").rstrip("=")
        return "<CA%s=%s@mail.gmail.com>" % (tok[:30], tok[30:42])
    if client == "outlook":
        srv = "PR3P%dMB%04d" % (190 + hnum(seed + "s", 9), hnum(seed + "n", 10000))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (
            srv, x[:8].upper(), srv, 1 + hnum(seed + "r", 8))
    if client == "apple":
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if client == "orange":
        return "<%d.%d.JavaMail.open-xchange@wwinf2m%02d.orange.fr>" % (
            10 ** 12 + hnum(seed + "c", 10 ** 12), hnum(seed + "b", 10 ** 5), 1 + hnum(seed + "d", 30))
    return "<%s.%s@%s>" % (x[:16], x[16:26], dom)


def boundary_for(key, i, client):
    x = sha(key + "|bnd|%d" % i)
    if client == "gmail":
        return "0000000000" + x[:18]
    if client == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(),
                                               x[16:20].upper(), x[20:32].upper())
    if client == "outlook":
        return "_%03d_%s_" % (i, x[:40].upper())
    return "----=_Part_%d_%d.%d" % (hnum(key + "p%d" % i, 900000) + 100000, i,
                                     10 ** 12 + hnum(key + "t%d" % i, 10 ** 12))


def addr(t):
    name, a = t
    if name:
        return Address(display_name=name, addr_spec=a)
    return Address(addr_spec=a)


def fmt_addr_text(t):
    return "%s <%s>" % (t[0], t[1]) if t[0] else t[1]


def qprefix(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(">" if line == "" else ("> " + line if not line.startswith(">") else ">" + line))
    return "\n".join(out)


def attribution(style, author, recip, subj, when):
    d = when
    hm = "%02d:%02d" % (d.hour, d.minute)
    if style == "gmail_fr":
        return "Le %s %d %s %d à %s, %s a écrit :" % (
            JOURS_ABR[d.weekday()], d.day, MOIS_ABR[d.month - 1], d.year, hm, fmt_addr_text(author))
    if style == "gmail_en":
        h12 = d.hour % 12 or 12
        return "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (
            DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3], d.day, d.year, h12, d.minute,
            "AM" if d.hour < 12 else "PM", fmt_addr_text(author))
    if style == "apple_fr":
        return "Le %d %s %d à %s, %s a écrit :" % (d.day, MOIS[d.month - 1], d.year, hm,
                                                  fmt_addr_text(author))
    if style == "apple_en":
        return "On %d %s %d, at %s, %s wrote:" % (d.day, MONTHS_EN[d.month - 1][:3], d.year, hm,
                                                 fmt_addr_text(author))
    if style == "outlook_fr":
        return ("De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" % (
            fmt_addr_text(author), JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, hm,
            fmt_addr_text(recip), subj))
    if style == "outlook_en":
        h12 = d.hour % 12 or 12
        return ("From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
            fmt_addr_text(author), DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year,
            h12, d.minute, "AM" if d.hour < 12 else "PM", fmt_addr_text(recip), subj))
    if style == "orange_fr":
        return ("Message du %02d/%02d/%02d %s\nDe : \"%s\" <%s>\nA : %s\nCopie à : \nObjet : %s" % (
            d.day, d.month, d.year % 100, hm, author[0], author[1], recip[1], subj))
    if style == "fwd_fr":
        return ("---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %s\n"
                "Subject: %s\nTo: %s" % (fmt_addr_text(author), JOURS_ABR[d.weekday()], d.day,
                                        MOIS_ABR[d.month - 1], d.year, hm, subj, fmt_addr_text(recip)))
    if style == "fwd_en":
        h12 = d.hour % 12 or 12
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %d:%02d %s\n"
                "Subject: %s\nTo: %s" % (fmt_addr_text(author), DAYS_EN[d.weekday()][:3],
                                        MONTHS_EN[d.month - 1][:3], d.day, d.year, h12, d.minute,
                                        "AM" if d.hour < 12 else "PM", subj, fmt_addr_text(recip)))
    if style == "bare":
        return ""
    raise ValueError(style)


def render_quote(rec, sender, date):
    """Return (plain_text, html_text) of the quoted history, or ('', '')."""
    q = rec.get("q")
    if not q:
        return "", ""
    style, qtext = q
    author = rec.get("qa", SANDRA)
    subj = rec.get("qs")
    if subj is None:
        subj = rec.get("subj") or ""
        for p in ("Re: ", "RE: ", "RE : ", "Re : ", "TR: ", "Fwd: ", "Fw: ", "TR : ", "re: "):
            if subj.startswith(p):
                subj = subj[len(p):]
    when = quote_date(rec["key"], date)
    att = attribution(style, author, sender, subj, when)
    esc = lambda s: html.escape(s).replace("\n", "<br>\n")
    if style in ("outlook_fr", "outlook_en"):
        plain = "\n________________________________\n%s\n\n%s" % (att, qtext.rstrip("\n"))
        htm = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%">'
               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
               'style="font-size:11pt" color="#000000">%s</font></div><div>%s</div>' % (
                   esc(att), esc(qtext.rstrip("\n"))))
    elif style in ("fwd_fr", "fwd_en"):
        plain = "\n%s\n\n%s" % (att, qtext.rstrip("\n"))
        htm = '<div class="gmail_quote">%s<br><br>%s</div>' % (esc(att), esc(qtext.rstrip("\n")))
    elif style in ("apple_fr", "apple_en", "orange_fr"):
        plain = "\n" + qprefix(att + "\n\n" + qtext)
        htm = '<blockquote type="cite">%s<br><br>%s</blockquote>' % (esc(att), esc(qtext.rstrip("\n")))
    elif style == "bare":
        plain = "\n" + qprefix(qtext)
        htm = '<blockquote type="cite">%s</blockquote>' % esc(qtext.rstrip("\n"))
    else:  # gmail
        plain = "\n%s\n\n%s" % (att, qprefix(qtext))
        htm = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
               'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                   esc(att), esc(qtext.rstrip("\n"))))
    return plain, htm


def html_doc(body_html, quote_html, client):
    if client == "gmail":
        return ('<div dir="ltr">%s</div><br>%s\n' % (body_html, quote_html))
    if client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                '</head><body dir="auto">%s<div dir="ltr"><br>%s</div></body></html>\n' % (
                    body_html, quote_html))
    if client == "outlook":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '</head>\n<body>\n<div style="font-family: Aptos, Arial, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n%s\n</body>\n</html>\n' % (
                    body_html, quote_html))
    return ('<html><head><meta charset="utf-8"></head><body><div>%s</div>%s</body></html>\n'
            % (body_html, quote_html))


def text_to_html(text):
    parts = []
    for line in text.rstrip("\n").split("\n"):
        parts.append("<div>%s</div>" % html.escape(line) if line.strip() else "<div><br></div>")
    return "\n".join(parts)


# ------------------------------------------------------------ attachments
def fake_jpeg(seed, size=2400):
    out = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65))
    out += b"\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    out += b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    x = seed.encode()
    while len(out) < size:
        x = hashlib.sha256(x).digest()
        out += x.replace(b"\xff", b"\xfe")
    out += b"\xff\xd9"
    return bytes(out)


def fake_pdf(title, lines):
    text = [title] + list(lines)
    stream_lines = ["BT /F1 12 Tf 72 770 Td 14 TL"]
    for t in text:
        t = t.encode("latin-1", "replace").decode("latin-1")
        t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream_lines.append("(%s) Tj T*" % t)
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def fake_docx(lines):
    buf = io.BytesIO()
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(l)
                      for l in lines)
            + "</w:body></w:document>"),
    }
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for spec in rec.get("att", []):
        fname, kind = spec[0], spec[1]
        extra = spec[2] if len(spec) > 2 else None
        seed = rec["key"] + "|" + fname
        if kind == "jpg":
            msg.add_attachment(fake_jpeg(seed), "image", "jpeg", filename=fname)
        elif kind == "png":
            data = b"\x89PNG\r\n\x1a\n" + fake_jpeg(seed, 1200)[20:]
            msg.add_attachment(data, "image", "png", filename=fname)
        elif kind == "pdf":
            lines = extra or [fname]
            msg.add_attachment(fake_pdf(lines[0], lines[1:]), "application", "pdf", filename=fname)
        elif kind == "docx":
            msg.add_attachment(fake_docx(extra or [fname]), "application",
                               "vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        elif kind == "csv":
            msg.add_attachment(extra, subtype="csv", charset="utf-8", filename=fname)
        elif kind == "ics":
            msg.add_attachment(extra, subtype="calendar", charset="utf-8", filename=fname,
                               params={"method": "REQUEST"})
        elif kind == "txt":
            msg.add_attachment(extra, subtype="plain", charset="utf-8", filename=fname)
        elif kind == "eml":
            sub = EmailMessage()
            sub["From"] = addr(extra["frm"])
            sub["To"] = addr(extra.get("to", SANDRA))
            sub["Subject"] = extra["subj"]
            sub["Date"] = format_datetime(quote_date(seed, make_date(rec["key"], rec.get("date"))))
            sub["Message-ID"] = make_msgid(seed, extra["frm"][1], client_of(extra["frm"][1]))
            sub.set_content(extra["body"])
            msg.add_attachment(sub, filename=fname)
        else:
            raise ValueError(kind)


# ------------------------------------------------------------- builders
def enc_hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def build_bounce(rec, date):
    b = rec["bounce"]
    key = rec["key"]
    bnd = "%s/%s" % (hnum(key + "bb", 10 ** 9), b["mta"])
    orig_id = "<%s@floraisondesoi.fr>" % sha(key + "orig")[:20]
    orig_date = format_datetime(quote_date(key, date))
    lines = [
        "From: %s" % b["from"],
        "To: %s" % b.get("to", "contact@floraisondesoi.fr"),
        "Subject: %s" % enc_hdr(b["subject"]),
        "Date: %s" % format_datetime(date),
        "Message-ID: %s" % make_msgid(key, "x@" + b["mta"], "other"),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd,
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--%s" % bnd,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        b["human"].rstrip("\n"),
        "",
        "--%s" % bnd,
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; %s" % b["mta"],
        "Arrival-Date: %s" % orig_date,
        "",
        "Final-Recipient: rfc822; %s" % b["rcpt"],
        "Action: failed",
        "Status: %s" % b["status"],
        "Diagnostic-Code: smtp; %s" % b["diag"],
        "",
        "--%s" % bnd,
        "Content-Type: text/rfc822-headers",
        "",
        "From: %s" % b.get("orig_from", "Floraison de Soi <contact@floraisondesoi.fr>"),
        "To: %s" % b["rcpt"],
        "Subject: %s" % enc_hdr(b["orig_subject"]),
        "Date: %s" % orig_date,
        "Message-ID: %s" % orig_id,
        "",
        "--%s--" % bnd,
        "",
    ]
    raw = "\n".join(lines).encode("utf-8")
    return BytesParser(policy=policy.default).parsebytes(raw)


def build(rec):
    key = rec["key"]
    date = make_date(key, rec.get("date"))
    if rec.get("shape") == "bounce":
        return build_bounce(rec, date)
    frm = rec["frm"]
    client = rec.get("cl") or client_of(frm[1])
    to = rec.get("to", SANDRA)
    tos = to if isinstance(to, list) else [to]
    msg = EmailMessage()
    msg["From"] = addr(frm)
    msg["To"] = [addr(t) for t in tos]
    if rec.get("cc"):
        msg["Cc"] = [addr(t) for t in rec["cc"]]
    if rec.get("reply_to"):
        msg["Reply-To"] = addr(rec["reply_to"])
    if rec.get("subj") is not None:
        msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(key, frm[1], client)
    if rec.get("q") and rec["q"][0] not in ("fwd_fr", "fwd_en"):
        qa = rec.get("qa", SANDRA)
        parent = make_msgid(key + "|parent", qa[1], client_of(qa[1]))
        msg["In-Reply-To"] = parent
        refs = [make_msgid(key + "|grand", frm[1], client)] if rec.get("deep") else []
        msg["References"] = " ".join(refs + [parent])
    for name, value in rec.get("hdr", []):
        msg[name] = value

    body = rec.get("body", "")
    qplain, qhtml = render_quote(rec, frm, date)
    plain = body.rstrip("\n") + "\n" + (qplain + "\n" if qplain else "")
    if not body.strip() and not qplain:
        plain = body if body else "\n"
    cs = rec.get("cs", "utf-8")
    shape = rec.get("shape", "plain")
    hbody = rec.get("html") or text_to_html(body)
    hdoc = html_doc(hbody, qhtml, client)
    if shape == "plain":
        msg.set_content(plain, charset=cs)
    elif shape == "8bit":
        msg.set_content(plain, charset=cs, cte="8bit")
    elif shape == "qp":
        msg.set_content(plain, charset=cs, cte="quoted-printable")
    elif shape == "b64":
        msg.set_content(plain, charset=cs, cte="base64")
    elif shape == "html":
        msg.set_content(hdoc, subtype="html", charset=cs,
                        cte=rec.get("cte", "quoted-printable"))
    elif shape == "alt":
        msg.set_content(plain, charset=cs, cte=rec.get("cte"))
        msg.add_alternative(hdoc, subtype="html", charset=cs, cte="quoted-printable")
    else:
        raise ValueError(shape)
    if rec.get("att"):
        add_attachments(msg, rec)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(boundary_for(key, i, client))
            i += 1
    return msg


def main():
    records = list(REQUESTS) + list(NEGATIVES)
    keys = [r["key"] for r in records]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for r in records:
        for right in r["rights"]:
            if right not in RIGHTS:
                raise SystemExit("bad right %r in %s" % (right, r["key"]))
        if r.get("lang") not in ("fr", "en"):
            raise SystemExit("bad lang in %s" % r["key"])
    records.sort(key=lambda r: sha(r["key"]))
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    labels = {}
    for n, rec in enumerate(records, 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        data = build(rec).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(records), HERE))


if __name__ == "__main__":
    main()
