#!/usr/bin/env python3
"""Deterministic generator for the b30 corpus (standard library only).

Writes b30-0001.eml ... b30-NNNN.eml and labels.json next to this file.
File order: sha256 of each record's key.  Dates, Message-IDs and MIME
boundaries are derived from the records, so the output is byte-identical on
every run and under any PYTHONHASHSEED.
"""
import hashlib
import html
import io
import json
import os
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from records_all import RECORDS  # noqa: E402
from records_common import RIGHTS, SANDRA_ADDR  # noqa: E402

PREFIX = "b30"


# ---------------------------------------------------------------- helpers
def h(s, n=64):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(dt_str):
    """'YYYY-MM-DD HH:MM' (Paris wall clock) -> aware datetime with +01/+02."""
    dt = datetime.strptime(dt_str, "%Y-%m-%d %H:%M")
    start = _last_sunday(dt.year, 3).replace(hour=2)
    end = _last_sunday(dt.year, 10).replace(hour=3)
    off = 2 if start <= dt < end else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=off)))


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_S = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_S = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
               "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def ampm(dt):
    hr = dt.hour % 12 or 12
    return "%d:%02d %s" % (hr, dt.minute, "AM" if dt.hour < 12 else "PM")


def domain_of(addr):
    return parseaddr(addr)[1].split("@")[-1].lower()


def guess_client(addr):
    d = domain_of(addr)
    if d in ("gmail.com", "googlemail.com"):
        return "gmail"
    if d in ("outlook.fr", "outlook.com", "hotmail.fr", "hotmail.com", "live.fr", "live.be",
             "msn.com", "hotmail.co.uk", "live.ca"):
        return "outlook"
    if d in ("icloud.com", "me.com", "mac.com"):
        return "iphone"
    if d in ("orange.fr", "wanadoo.fr"):
        return "orange"
    if d in ("yahoo.fr", "yahoo.com", "yahoo.co.uk", "ymail.com"):
        return "yahoo"
    if d in ("protonmail.com", "proton.me", "pm.me"):
        return "proton"
    if d in ("free.fr", "laposte.net", "sfr.fr", "bluewin.ch", "skynet.be", "videotron.ca",
             "gmx.de", "gmx.fr", "web.de"):
        return "thunderbird"
    return "outlook"


def message_id(key, addr, client, salt=""):
    x = h(key + "|" + salt)
    d = domain_of(addr) or "localhost"
    if client == "gmail":
        import base64
        raw = base64.b64encode(bytes.fromhex(x[:48])).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % raw.rstrip("=")
    if client == "outlook":
        return "<%s@%sMB%s.EURP%s.PROD.OUTLOOK.COM>" % (
            x[:40].upper(), ["PR3P", "AM0P", "DB9P", "PAXP"][int(x[40], 16) % 4],
            int(x[41:44], 16) % 900 + 100, int(x[44:46], 16) % 300 + 190)
    if client in ("apple", "iphone"):
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], d)
    if client == "orange":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02daub>" % (
            int(x[:6], 16), int(x[6:10], 16), 1700000000000 + int(x[12:20], 16) % 99999999999,
            int(x[20:22], 16) % 40)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:8], 16), int(x[8:14], 16), int(x[14:24], 16))
    if client == "proton":
        return "<%s=@proton.me>" % x[:43]
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], d)
    return "<%s.%s@%s>" % (x[:24], x[24:34], d)


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "iphone": ("X-Mailer", "iPhone Mail (21E236)"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "orange": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58"),
    "yahoo": ("X-Mailer", "WebService/1.1.22189 YMailNorrin"),
}


def boundary_for(client, key, i):
    x = h(key + "|b|%d" % i)
    if client == "gmail":
        return "0000000000%s" % x[:18]
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(),
                                              x[16:20].upper(), x[20:32].upper())
    if client == "outlook":
        return "_%03d_%s_" % (i, x[:40].upper())
    return "----=_Part_%d_%d.%d" % (i, int(x[:8], 16), int(x[8:18], 16))


# ---------------------------------------------------------------- quoting
def quote_block(rec, q):
    lang = "en" if rec["lang"].startswith("en") else "fr"
    client = rec.get("client") or guess_client(rec["frm"])
    style = q.get("style") or {"gmail": "gmail", "outlook": "outlook", "iphone": "apple",
                               "apple": "apple", "thunderbird": "tb", "orange": "orange",
                               "yahoo": "yahoo", "proton": "gmail"}.get(client, "gmail")
    qdt = paris(q["date"])
    name, addr = parseaddr(q["frm"])
    who = "%s <%s>" % (name, addr) if name else addr
    text = q["text"].strip("\n")
    quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    to = q.get("to") or rec["frm"]
    subj = q.get("subj", "")
    if style == "fwd":
        if lang == "fr":
            head = ("---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\n"
                    "Subject: %s\nTo: %s\n" % (who, FR_DAYS_S[qdt.weekday()], qdt.day,
                                                FR_MONTHS_S[qdt.month - 1], qdt.year, qdt.hour,
                                                qdt.minute, subj, to))
        else:
            head = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\n"
                    "Subject: %s\nTo: %s\n" % (who, EN_DAYS[qdt.weekday()][:3],
                                                EN_MONTHS[qdt.month - 1][:3], qdt.day, qdt.year,
                                                ampm(qdt), subj, to))
        return head + "\n" + text + "\n"
    if style == "outlook":
        if lang == "fr":
            head = ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\n"
                    "À : %s\nObjet : %s\n" % (who, FR_DAYS[qdt.weekday()], qdt.day,
                                             FR_MONTHS[qdt.month - 1], qdt.year, qdt.hour,
                                             qdt.minute, to, subj))
        else:
            head = ("________________________________\nFrom: %s\nSent: %s, %s %d, %d %s\n"
                    "To: %s\nSubject: %s\n" % (who, EN_DAYS[qdt.weekday()], EN_MONTHS[qdt.month - 1],
                                               qdt.day, qdt.year, ampm(qdt), to, subj))
        return head + "\n" + text + "\n"
    if style == "apple":
        if lang == "fr":
            head = "> Le %d %s %d à %02d:%02d, %s a écrit :\n>\n" % (
                qdt.day, FR_MONTHS_S[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, who)
        else:
            head = "> On %d %s %d, at %02d:%02d, %s wrote:\n>\n" % (
                qdt.day, EN_MONTHS[qdt.month - 1][:3], qdt.year, qdt.hour, qdt.minute, who)
        return head + quoted + "\n"
    if style == "orange":
        if lang == "fr":
            head = "> Message du %02d/%02d/%02d %02d:%02d\n> De : \"%s\" <%s>\n> A : %s\n> Objet : %s\n>\n" % (
                qdt.day, qdt.month, qdt.year % 100, qdt.hour, qdt.minute, name or addr, addr,
                parseaddr(to)[1], subj)
            return head + quoted + "\n"
        style = "gmail"
    if style == "yahoo":
        if lang == "fr":
            head = "Le %s %d %s %d à %02d:%02d:%02d UTC%+d, %s a écrit :\n\n" % (
                FR_DAYS[qdt.weekday()], qdt.day, FR_MONTHS[qdt.month - 1], qdt.year, qdt.hour,
                qdt.minute, int(h(rec["key"])[:2], 16) % 60,
                int(qdt.utcoffset().total_seconds() // 3600), who)
        else:
            head = "On %s, %s %d, %d at %s, %s wrote:\n\n" % (
                EN_DAYS[qdt.weekday()], EN_MONTHS[qdt.month - 1], qdt.day, qdt.year, ampm(qdt), who)
        return head + quoted + "\n"
    if style == "tb":
        if lang == "fr":
            head = "Le %02d/%02d/%d à %02d:%02d, %s a écrit :\n" % (
                qdt.day, qdt.month, qdt.year, qdt.hour, qdt.minute, who)
        else:
            head = "On %02d/%02d/%d %02d:%02d, %s wrote:\n" % (
                qdt.day, qdt.month, qdt.year, qdt.hour, qdt.minute, who)
        return head + quoted + "\n"
    # gmail
    if lang == "fr":
        head = "Le %s %d %s %d à %02d:%02d, %s a écrit :\n" % (
            FR_DAYS_S[qdt.weekday()], qdt.day, FR_MONTHS_S[qdt.month - 1], qdt.year, qdt.hour,
            qdt.minute, who)
    else:
        head = "On %s, %s %d, %d at %s %s wrote:\n" % (
            EN_DAYS[qdt.weekday()][:3], EN_MONTHS[qdt.month - 1][:3], qdt.day, qdt.year,
            ampm(qdt), who)
    return head + "\n" + quoted + "\n"


def full_text(rec):
    body = rec["body"].strip("\n") + "\n"
    q = rec.get("quote")
    if q:
        body += "\n" + quote_block(rec, q)
    return body


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end with a space (quoted lines untouched)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_to_html(text):
    out, quote_buf = [], []

    def flush():
        if quote_buf:
            inner = "<br>\n".join(html.escape(l[1:].lstrip()) if l.startswith(">") else html.escape(l)
                                  for l in quote_buf)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % inner)
            quote_buf.clear()

    for para in text.split("\n\n"):
        lines = para.split("\n")
        for l in lines:
            if l.startswith(">"):
                quote_buf.append(l)
            else:
                flush()
                out.append("<div>%s</div>" % (html.escape(l) if l.strip() else "<br>"))
        flush()
        out.append("<div><br></div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div dir="ltr">\n' + "\n".join(out) + "\n</div></body></html>\n")


# ---------------------------------------------------------------- attachments
def fake_jpeg(seed, size=2400):
    data = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
                     b"\xff\xdb\x00C\x00")
    x = seed.encode()
    while len(data) < size:
        x = hashlib.sha256(x).digest()
        data += x
    return bytes(data[:size]) + b"\xff\xd9"


def fake_pdf(text):
    lines = [l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in text.split("\n")]
    stream = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "\n".join(
        "(%s) '" % l.encode("latin-1", "replace").decode("latin-1") for l in lines) + "\nET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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


def fake_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(l)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
         'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
         'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
         'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
         'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
         'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
         'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://'
         'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>'
         % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def add_attachment(msg, a, key):
    kind = a["kind"]
    name = a["name"]
    if kind == "jpg":
        msg.add_attachment(fake_jpeg(key + name), maintype="image", subtype="jpeg", filename=name)
    elif kind == "png":
        data = b"\x89PNG\r\n\x1a\n" + fake_jpeg(key + name, 1200)[20:]
        msg.add_attachment(data, maintype="image", subtype="png", filename=name)
    elif kind == "pdf":
        msg.add_attachment(fake_pdf(a.get("text", name)), maintype="application", subtype="pdf",
                           filename=name)
    elif kind == "docx":
        msg.add_attachment(fake_docx(a.get("text", name)), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=name)
    elif kind == "csv":
        msg.add_attachment(a["text"].encode("utf-8"), maintype="text", subtype="csv", filename=name)
    elif kind == "ics":
        p = a["text"].replace("\n", "\r\n").encode("utf-8")
        msg.add_attachment(p, maintype="text", subtype="calendar", filename=name,
                           params={"method": a.get("method", "REQUEST")})
    elif kind == "txt":
        msg.add_attachment(a["text"], subtype="plain", filename=name)
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------- builders
def simple_msg(frm, to, subj, date, body, key, client):
    m = EmailMessage()
    m["Date"] = format_datetime(paris(date))
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Message-ID"] = message_id(key, frm, client)
    m.set_content(body.strip("\n") + "\n")
    return m


def build_report(rec, msg):
    r = rec["report"]
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    msg.set_payload([])
    p1 = MIMEPart()
    p1.set_content(rec["body"].strip("\n") + "\n")
    msg.attach(p1)
    ds = MIMEPart()
    ds["Content-Type"] = "message/delivery-status"
    b1 = EmailMessage()
    b1["Reporting-MTA"] = "dns; %s" % r["mta"]
    b1["Arrival-Date"] = format_datetime(paris(r["orig"]["date"]) + timedelta(seconds=7))
    b2 = EmailMessage()
    b2["Final-Recipient"] = "rfc822; %s" % r["recipient"]
    b2["Action"] = "failed"
    b2["Status"] = r["status"]
    if r.get("remote"):
        b2["Remote-MTA"] = "dns; %s" % r["remote"]
    b2["Diagnostic-Code"] = "smtp; %s" % r["diag"]
    ds.set_payload([b1, b2])
    msg.attach(ds)
    o = r["orig"]
    orig = simple_msg(o["frm"], o["to"], o["subj"], o["date"], o["body"], rec["key"] + "|orig",
                      "orange")
    if r.get("headers_only"):
        p3 = MIMEPart()
        p3["Content-Type"] = "text/rfc822-headers"
        raw = orig.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0].decode("ascii")
        keep, skipping = [], False
        for l in raw.split("\r\n"):
            if l[:1] in (" ", "\t"):
                if not skipping:
                    keep.append(l)
                continue
            skipping = l.lower().startswith(("content-", "mime-version"))
            if not skipping:
                keep.append(l)
        hdr = "\n".join(keep) + "\n"
        p3.set_payload(hdr)
        msg.attach(p3)
    else:
        p3 = MIMEPart()
        p3.set_content(orig)
        msg.attach(p3)


def build(rec):
    key = rec["key"]
    client = rec.get("client") or guess_client(rec["frm"])
    msg = EmailMessage()
    if rec.get("received"):
        msg["Received"] = rec["received"]
    msg["Date"] = format_datetime(paris(rec["date"]))
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", "Sandra Delomenie <%s>" % SANDRA_ADDR)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("subj") is not None:
        msg["Subject"] = rec["subj"]
    msg["Message-ID"] = message_id(key, rec["frm"], client)
    q = rec.get("quote")
    if q and q.get("style") != "fwd" and not rec.get("no_irt"):
        qclient = guess_client(q["frm"])
        qid = message_id(key + "|quoted", q["frm"], qclient)
        msg["In-Reply-To"] = qid
        refs = [message_id(key + "|ref%d" % i, q["frm"], qclient) for i in range(rec.get("refs", 0))]
        msg["References"] = " ".join(refs + [qid])
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    for k, v in rec.get("hdrs", []):
        msg[k] = v
    if client in MAILERS and not rec.get("no_mailer"):
        msg[MAILERS[client][0]] = MAILERS[client][1]

    if rec.get("report"):
        build_report(rec, msg)
    else:
        text = full_text(rec)
        cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}.get(
            rec.get("cte"))
        mode = rec.get("html")
        hbody = rec.get("html_body")
        params = {}
        if cte is None and client == "thunderbird" and mode != "only":
            text, cte, params = flowed(text), "8bit", {"format": "flowed"}
        elif cte is None and client == "orange" and mode != "only":
            cte = "8bit"
        if mode == "only":
            msg.set_content(hbody or text_to_html(text), subtype="html", cte=cte)
        else:
            msg.set_content(text, cte=cte, params=params)
            if mode == "alt":
                msg.add_alternative(hbody or text_to_html(text), subtype="html")
        for a in rec.get("att", []):
            add_attachment(msg, a, key)
        if rec.get("fwd_msg"):
            f = rec["fwd_msg"]
            inner = simple_msg(f["frm"], f["to"], f["subj"], f["date"], f["body"], key + "|fwd",
                               guess_client(f["frm"]))
            msg.add_attachment(inner)
    inner = set(id(p.get_payload(0)) for p in msg.walk()
                if p.get_content_type() == "message/rfc822" and isinstance(p.get_payload(), list))
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(boundary_for(client, key, i))
        if i and "MIME-Version" in part and id(part) not in inner:
            del part["MIME-Version"]
        elif id(part) in inner and "MIME-Version" not in part:
            part["MIME-Version"] = "1.0"
    return msg


def validate(records):
    keys = set()
    for r in records:
        assert r["key"] not in keys, "duplicate key %s" % r["key"]
        keys.add(r["key"])
        for x in r["rights"]:
            assert x in RIGHTS, (r["key"], x)
        assert r["rights"] == sorted(set(r["rights"])), r["key"]
        if "post_mortem" in r["rights"]:
            assert r["rights"] == ["post_mortem"], r["key"]
        assert r["lang"] in ("fr", "fr-BE", "fr-CH", "fr-CA", "fr-informal", "en", "en-nonnative"), r["key"]
        paris(r["date"])


def main():
    validate(RECORDS)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    ordered = sorted(RECORDS, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    labels = {}
    for i, rec in enumerate(ordered, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": rec["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages + labels.json to %s" % (len(ordered), HERE))


if __name__ == "__main__":
    main()
