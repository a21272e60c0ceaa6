#!/usr/bin/env python3
"""Deterministic generator for the blind28 corpus ("several things at once").

Reads the records from the records_*.py modules next to this file and writes
b28-0001.eml ... b28-NNNN.eml plus labels.json next to itself.  Only the Python
standard library is used.  Output is byte-identical on every run and under any
PYTHONHASHSEED: dates, Message-IDs, MIME boundaries and attachment bytes are all
derived from the record key with sha256.
"""
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import sys
import textwrap
import zipfile
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import records_req_fr_a  # noqa: E402
import records_req_fr_b  # noqa: E402
import records_req_en  # noqa: E402
import records_neg_fr_a  # noqa: E402
import records_neg_fr_b  # noqa: E402
import records_neg_en  # noqa: E402

MODULES = [records_req_fr_a, records_req_fr_b, records_req_en,
           records_neg_fr_a, records_neg_fr_b, records_neg_en]

PREFIX = "b28"
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"}
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"
ALIASES = {None: SANDRA, "sandra": SANDRA, "contact": CONTACT}

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def all_records():
    recs = []
    for mod in MODULES:
        recs.extend(mod.RECORDS)
    return recs


def h(seed):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def paris(dt_str):
    """'2025-03-14 09:12' -> aware datetime with the Paris offset of that day."""
    dt = datetime.datetime.strptime(dt_str, "%Y-%m-%d %H:%M")

    def last_sunday(month):
        d = datetime.date(dt.year, month, 31)
        while d.weekday() != 6:
            d -= datetime.timedelta(days=1)
        return d

    start = datetime.datetime.combine(last_sunday(3), datetime.time(2, 0))
    end = datetime.datetime.combine(last_sunday(10), datetime.time(3, 0))
    off = 2 if start <= dt < end else 1
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def make_msgid(seed, addr_header):
    x = h(seed)
    addr = parseaddr(addr_header)[1].lower()
    dom = addr.rsplit("@", 1)[-1] if "@" in addr else "localhost"
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (x[:12].upper(), x[12:40])
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr",
               "live.be", "msn.com", "hotmail.be", "live.ca", "hotmail.ch"):
        return "<%sPR%sMB%s@%sPR%s.eurprd0%d.prod.outlook.com>" % (
            x[:4].upper(), x[4:6], x[6:10].upper(), x[10:14].upper(), x[14:16],
            int(x[16], 16) % 9 + 1)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d@opme11oxm%02d.orange.fr>" % (
            int(x[:7], 16) % 9000000 + 1000000, int(x[7:11], 16), 1735000000000 + int(x[11:19], 16) % 100000000000,
            int(x[19:21], 16) % 30 + 1)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom in ("yahoo.fr", "yahoo.com"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:7], 16), int(x[7:14], 16), int(x[14:24], 16))
    return "<%s.%s@%s>" % (x[:16], x[16:24], dom)


def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def fmt_quote_date(dt, style):
    d = paris(dt)
    wd = d.weekday()
    if style in ("gmail", "fwd_gmail"):
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS_ABBR[wd], d.day, FR_MONTHS[d.month - 1],
                                             d.year, d.hour, d.minute)
    if style in ("outlook", "fwd_outlook"):
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[wd], d.day, FR_MONTHS[d.month - 1], d.year,
                                          d.hour, d.minute)
    if style == "apple":
        return "%d %s %d à %02d:%02d" % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    hr = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    if style in ("en", "fwd_en"):
        return "%s, %s %d, %d at %d:%02d %s" % (EN_DAYS[wd][:3], EN_MONTHS[d.month - 1][:3],
                                                d.day, d.year, hr, d.minute, ampm)
    if style == "outlook_en":
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[wd], EN_MONTHS[d.month - 1], d.day,
                                             d.year, hr, d.minute, ampm)
    if style == "apple_en":
        return "%s %d, %d, at %02d:%02d" % (EN_MONTHS[d.month - 1][:3], d.day, d.year, d.hour,
                                            d.minute)
    if style == "fwd_tb":
        return format_datetime(d)
    raise ValueError(style)


def prefix(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def quote_block(q, rec_to):
    style = q["style"]
    frm = q.get("frm", SANDRA)
    to = q.get("to", rec_to)
    subj = q.get("subject", "")
    date = fmt_quote_date(q["date"], style)
    text = q["text"].strip("\n")
    name, addr = parseaddr(frm)
    if style == "gmail":
        return "Le %s, %s <%s> a écrit :\n%s" % (date, name or addr, addr, prefix(text))
    if style == "apple":
        return "> Le %s, %s <%s> a écrit :\n> \n%s" % (date, name or addr, addr, prefix(text))
    if style == "en":
        return "On %s %s <%s> wrote:\n%s" % (date, name or addr, addr, prefix(text))
    if style == "apple_en":
        return "> On %s, %s <%s> wrote:\n> \n%s" % (date, name or addr, addr, prefix(text))
    if style == "outlook":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\n"
                "Objet : %s\n\n%s" % (name, addr, date, to, subj, text))
    if style == "outlook_en":
        return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\n"
                "Subject: %s\n\n%s" % (name, addr, date, to, subj, text))
    if style == "fwd_gmail":
        return ("---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s\n"
                "Subject: %s\nTo: %s\n\n\n%s" % (name, addr, fmt_quote_date(q["date"], "gmail"),
                                                subj, to, text))
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\n"
                "Subject: %s\nTo: %s\n\n\n%s" % (name, addr, date, subj, to, text))
    if style == "fwd_outlook":
        return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (name, addr, date, to, subj, text))
    if style == "fwd_tb":
        return ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s <%s>\n"
                "Pour : \t%s\n\n\n%s" % (subj, date, name, addr, to, text))
    raise ValueError(style)


def text_to_html(text):
    """Plain text -> simple mail-client HTML; '>' quoted runs become a blockquote."""
    esc = lambda l: htmlmod.escape(l, quote=False)  # noqa: E731
    groups = []
    for line in text.split("\n"):
        quoted = line.startswith(">")
        if groups and groups[-1][0] == quoted:
            groups[-1][1].append(line)
        else:
            groups.append((quoted, [line]))
    blocks = []
    for quoted, lines in groups:
        if quoted:
            inner = "<br>\n".join(esc(l[1:].lstrip()) if l[1:2] != ">" else esc(l[1:]) for l in lines)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          'padding-left:1ex">%s</blockquote>' % inner)
            continue
        for para in "\n".join(lines).split("\n\n"):
            para = para.strip("\n")
            if para:
                blocks.append("<div>%s</div>" % "<br>\n".join(esc(l) for l in para.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body>\n%s\n</body></html>\n' % "\n<div><br></div>\n".join(blocks))


def stream(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def pdf_bytes(seed, text):
    lines = [l.replace("(", "[").replace(")", "]") for l in (text or "Document").split("\n")]
    content = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "\n".join(
        "(%s) '" % l.encode("latin-1", "replace").decode("latin-1") for l in lines) + "\nET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, h(seed)[:32], h(seed)[32:], xref)).encode()
    return out


def docx_bytes(text):
    buf = io.BytesIO()
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(l)
                    for l in (text or "").split("\n"))
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
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def attachment_part_args(key, att):
    fname, kind = att[0], att[1]
    text = att[2] if len(att) > 2 else None
    seed = key + "/" + fname
    if kind == "jpg":
        data = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
                + stream(seed, 2400) + b"\xff\xd9")
        return data, "image", "jpeg"
    if kind == "png":
        data = b"\x89PNG\r\n\x1a\n" + stream(seed, 1800)
        return data, "image", "png"
    if kind == "pdf":
        return pdf_bytes(seed, text), "application", "pdf"
    if kind == "docx":
        return docx_bytes(text), "application", \
            "vnd.openxmlformats-officedocument.wordprocessingml.document"
    if kind == "csv":
        return text.encode("utf-8"), "text", "csv"
    if kind == "ics":
        return text.replace("\n", "\r\n").encode("utf-8"), "text", "calendar"
    if kind == "txt":
        return text.encode("utf-8"), "text", "plain"
    raise ValueError(kind)


def set_text(part, text, shape, subtype="plain"):
    ascii_only = all(ord(c) < 128 for c in text)
    if shape == "b64":
        part.set_content(text, subtype=subtype, charset="utf-8", cte="base64")
    elif shape == "8bit":
        text = wrap_text(text) if subtype == "plain" else text
        if ascii_only:
            part.set_content(text, subtype=subtype, charset="us-ascii", cte="7bit")
        else:
            part.set_content(text, subtype=subtype, charset="utf-8", cte="8bit")
    elif shape == "latin1":
        part.set_content(text, subtype=subtype, charset="iso-8859-1", cte="quoted-printable")
    else:  # qp
        part.set_content(text, subtype=subtype, charset="utf-8", cte="quoted-printable")


def default_shape(rec):
    if rec.get("shape"):
        return rec["shape"]
    choices = ["qp", "qp", "qp", "8bit", "8bit", "alt", "alt", "b64", "html", "alt"]
    return choices[int(h("shape/" + rec["key"])[:8], 16) % len(choices)]


def build_report(rec, msg):
    d = rec["dsn"]
    msg["Content-Type"] = "multipart/report"
    msg.set_param("report-type", "delivery-status")
    human = MIMEPart(policy=policy.SMTP)
    set_text(human, d["human"], "qp" if any(ord(c) > 127 for c in d["human"]) else "8bit")
    status = MIMEPart(policy=policy.SMTP)
    status["Content-Type"] = "message/delivery-status"
    m1 = Message()
    m1["Reporting-MTA"] = "dns; " + d["mta"]
    m1["Arrival-Date"] = format_datetime(paris(rec["date"]))
    m2 = Message()
    m2["Final-Recipient"] = "rfc822; " + d["rcpt"]
    m2["Action"] = "failed"
    m2["Status"] = d["status"]
    m2["Remote-MTA"] = "dns; " + d.get("remote", d["rcpt"].split("@")[1])
    m2["Diagnostic-Code"] = "smtp; " + d["diag"]
    status.set_payload([m1, m2])
    orig = EmailMessage(policy=policy.SMTP)
    orig["From"] = d.get("orig_from", SANDRA)
    orig["To"] = d["rcpt"]
    orig["Subject"] = d["orig_subject"]
    orig["Date"] = format_datetime(paris(d["orig_date"]))
    orig["Message-ID"] = make_msgid(rec["key"] + "/orig", d.get("orig_from", SANDRA))
    returned = MIMEPart(policy=policy.SMTP)
    if d.get("orig_body"):
        set_text(orig, d["orig_body"], "qp")
        returned.set_content(orig)
    else:
        returned["Content-Type"] = "text/rfc822-headers"
        returned.set_payload(str(orig).replace("\n", "\r\n"))
    msg.attach(human)
    msg.attach(status)
    msg.attach(returned)


def build(rec):
    key = rec["key"]
    msg = EmailMessage(policy=policy.SMTP)
    to = ALIASES.get(rec.get("to"), rec.get("to"))
    msg["From"] = rec["frm"]
    msg["To"] = to
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec.get("subject", "")
    msg["Date"] = format_datetime(paris(rec["date"]))
    msg["Message-ID"] = make_msgid(key, rec["frm"])
    q = rec.get("quote")
    if q and not q["style"].startswith("fwd") and not rec.get("no_thread"):
        parent = make_msgid(key + "/parent", q.get("frm", SANDRA))
        msg["In-Reply-To"] = parent
        refs = [make_msgid(key + "/root", rec["frm"])] if rec.get("deep_thread") else []
        msg["References"] = " ".join(refs + [parent])
    for hk, hv in rec.get("headers", {}).items():
        msg[hk] = hv

    shape = default_shape(rec)
    if shape == "report":
        build_report(rec, msg)
    else:
        body = rec["body"].strip("\n") + "\n"
        if q:
            sep = "\n" if q["style"].startswith("apple") else "\n\n"
            body = body + sep + quote_block(q, to) + "\n"
        if rec.get("sig"):
            body = body.replace("{SIG}", rec["sig"])
        if shape == "html":
            set_text(msg, rec.get("html") or text_to_html(body), "qp", subtype="html")
        elif shape == "alt":
            set_text(msg, body, "qp")
            msg.add_alternative(rec.get("html") or text_to_html(body), subtype="html",
                                charset="utf-8", cte="quoted-printable")
        else:
            set_text(msg, body, shape)
        for att in rec.get("attach", []):
            data, maintype, subtype = attachment_part_args(key, att)
            if maintype == "text":
                msg.add_attachment(data.decode("utf-8"), subtype=subtype, charset="utf-8",
                                   filename=att[0],
                                   cte="base64" if subtype != "calendar" else "quoted-printable")
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att[0])
        if rec.get("attach_eml"):
            inner_rec = dict(rec["attach_eml"])
            inner_rec.setdefault("key", key + "/inner")
            inner = build(inner_rec)
            msg.add_attachment(inner)
    # fixed boundaries for every multipart
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_b28_%s_%d" % (h("bnd/" + key)[:20], i))
    return msg


def main():
    recs = all_records()
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for r in recs:
        bad = set(r["rights"]) - RIGHTS
        if bad:
            raise SystemExit("%s: bad rights %s" % (r["key"], bad))
        if r.get("lang") not in ("fr", "en"):
            raise SystemExit("%s: bad lang" % r["key"])
    recs.sort(key=lambda r: h(r["key"]))
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(r).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(set(r["rights"]))}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
