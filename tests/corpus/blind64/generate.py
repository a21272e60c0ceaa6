#!/usr/bin/env python3
"""Write b64-NNNN.eml and labels.json from the records_*.py files. Deterministic."""
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
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b64"
HER = ["contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"]
HER_NAME = "Sandra Delomenie - Floraison de Soi"

import records_fr_req, records_en_req, records_fr_neg, records_en_neg  # noqa: E402


def all_records():
    recs = (records_fr_req.RECORDS + records_en_req.RECORDS
            + records_fr_neg.RECORDS + records_en_neg.RECORDS)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def h(key, salt, n):
    return int(hashlib.sha256((salt + ":" + key).encode()).hexdigest(), 16) % n


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_date(key, salt="date"):
    start = dt.datetime(2025, 1, 3, 7, 0)
    minutes = h(key, salt, 540 * 24 * 60)
    naive = start + dt.timedelta(minutes=minutes)
    if naive.hour < 7:
        naive += dt.timedelta(hours=8)
    y = naive.year
    summer = last_sunday(y, 3) <= naive.date() < last_sunday(y, 10)
    tz = dt.timezone(dt.timedelta(hours=2 if summer else 1))
    return naive.replace(tzinfo=tz)


FIRST = ["Camille", "Nathalie", "Sophie", "Isabelle", "Céline", "Aurélie", "Valérie", "Martine",
         "Sylvie", "Élodie", "Laurence", "Hélène", "Julien", "Thierry", "Patrick", "Olivier",
         "Marion", "Agnès", "Florence", "Chantal", "Delphine", "Karine", "Audrey", "Pascale"]
LAST = ["Morel", "Girard", "Lefèvre", "Bonnet", "Chevalier", "Rousseau", "Blanchard", "Gauthier",
        "Perrin", "Renaud", "Marchand", "Fabre", "Brunet", "Dumas", "Roche", "Picard", "Aubert",
        "Lacroix", "Caron", "Masson", "Texier", "Guillot", "Boyer", "Charpentier"]
DOMS = ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "outlook.fr", "yahoo.fr", "laposte.net",
        "sfr.fr", "icloud.com", "wanadoo.fr"]


def ascii_fold(s):
    tr = str.maketrans("éèêëàâäîïôöùûüçÉÈ", "eeeeaaaiioouuucEE")
    return s.translate(tr).lower().replace(" ", "")


def default_from(key):
    f = FIRST[h(key, "f", len(FIRST))]
    l = LAST[h(key, "l", len(LAST))]
    d = DOMS[h(key, "d", len(DOMS))]
    sep = [".", "", "_", "."][h(key, "s", 4)]
    addr = ascii_fold(f) + sep + ascii_fold(l) + ("" if h(key, "n", 3) else str(h(key, "nn", 90) + 10)) + "@" + d
    return "%s %s <%s>" % (f, l, addr)


def msgid(key, addr, salt="mid"):
    dom = addr.rsplit("@", 1)[-1].rstrip(">").lower()
    x = hashlib.sha256((salt + key).encode()).hexdigest()
    if dom == "gmail.com":
        return "<CA%s+%s@mail.gmail.com>" % (x[:10].upper(), x[10:40])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%s.%s.%s@wwinf%s>" % (int(x[:8], 16), x[8:12], int(x[12:16], 16), "1f%02d" % (int(x[16:18], 16) % 40))
    if dom in ("hotmail.fr", "outlook.fr", "outlook.com", "hotmail.com", "live.fr"):
        return "<%sPR0%sMB%s%s@%sPR0%sMB%s.eurprd0%s.prod.outlook.com>" % (
            x[:4].upper(), x[4], x[5:9], x[9:30].upper(), x[30:34].upper(), x[34], x[35:39], int(x[39], 16) % 9 + 1)
    if dom == "icloud.com" or dom == "me.com":
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:6], 16), int(x[6:12], 16), int(x[12:20], 16))
    if dom in ("free.fr", "laposte.net", "sfr.fr"):
        return "<%s.%s@zimbra%s.%s>" % (x[:12], x[12:20], int(x[20], 16), dom)
    return "<%s.%s@%s>" % (x[:20], int(x[20:28], 16), dom)


# ---------- quoted history ----------
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_FULL = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_FULL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quote_block(q, when):
    who = q.get("who", "Sandra Delomenie <contact@floraisondesoi.fr>")
    text = q["text"].strip("\n")
    st = q.get("style", "gmail")
    quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if st == "gmail":
        head = "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (
            FR_DAYS[when.weekday()], when.day, FR_MONTHS[when.month - 1], when.year, when.hour, when.minute, who)
        return head + "\n" + quoted
    if st == "apple":
        name = who.split("<")[0].strip()
        head = "> Le %d %s %d à %02d:%02d, %s a écrit :\n> " % (
            when.day, FR_MONTHS_FULL[when.month - 1], when.year, when.hour, when.minute, who.replace("<", "<").strip())
        del name
        return head + "\n" + quoted
    if st == "outlook":
        name = who.split("<")[0].strip()
        addr = who.split("<")[-1].rstrip(">")
        head = ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n"
                % (name, addr, FR_DAYS_FULL[when.weekday()], when.day, FR_MONTHS_FULL[when.month - 1], when.year,
                   when.hour, when.minute, q.get("to", "contact@floraisondesoi.fr"), q.get("subject", "")))
        return head + "\n" + text
    if st == "en":
        head = "On %s, %d %s %d at %02d:%02d, %s wrote:" % (
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][when.weekday()], when.day, EN_MONTHS[when.month - 1],
            when.year, when.hour, when.minute, who)
        return head + "\n" + quoted
    if st == "fwd":
        name = who.split("<")[0].strip()
        addr = who.split("<")[-1].rstrip(">")
        head = ("---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s\n"
                % (name, addr, FR_DAYS[when.weekday()], when.day, FR_MONTHS[when.month - 1], when.year, when.hour,
                   when.minute, q.get("subject", ""), q.get("to", "<contact@floraisondesoi.fr>")))
        return head + "\n" + text
    raise ValueError(st)


def full_text(r, date):
    body = r["body"].strip("\n")
    if r.get("quote"):
        when = date - dt.timedelta(days=1 + h(r["key"], "qd", 20), minutes=h(r["key"], "qm", 600))
        body = body + "\n\n" + quote_block(r["quote"], when)
    return body + "\n"


def to_html(text):
    out, bq = [], False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        isq = all(l.startswith(">") for l in lines if l)
        if isq:
            inner = "<br>\n".join(htmlmod.escape(l[1:].lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in lines))
    del bq
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</div></body></html>\n'
            % "\n".join(out))


# ---------- attachments ----------
def make_pdf(text):
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    t = t.encode("latin-1", "replace").decode("latin-1")
    stream = "BT /F1 12 Tf 50 750 Td (%s) Tj ET" % t
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
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


def make_png(seed):
    w = hh = 8
    c = hashlib.sha256(seed.encode()).digest()[:3]
    raw = b"".join(b"\x00" + bytes(c) * w for _ in range(hh))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hh, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    fixed = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, data):
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        add("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(l) for l in text.split("\n"))
        add("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)
    return buf.getvalue()


def attach(msg, kind, fname, text, key):
    if kind == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
    elif kind == "png":
        msg.add_attachment(make_png(key + fname), maintype="image", subtype="png", filename=fname)
    elif kind == "csv":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname, cte="base64")
    elif kind == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    else:
        raise ValueError(kind)


CTES = ["8bit", "quoted-printable", "quoted-printable", "base64", "8bit", "quoted-printable"]


def set_text(msg, r, text, date):
    cte = r.get("cte") or CTES[h(r["key"], "cte", len(CTES))]
    mode = r.get("html", "plain")
    if mode == "plain":
        msg.set_content(text, cte=cte)
    elif mode == "only":
        msg.set_content(to_html(text), subtype="html", cte=cte)
    elif mode == "alt":
        msg.set_content(text, cte=cte)
        msg.add_alternative(to_html(text), subtype="html", cte="quoted-printable")
    else:
        raise ValueError(mode)


def bounce(r, date):
    frm_addr = r.get("frm", "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>")
    orig_to = r.get("orig_to", "inconnu@example.fr")
    x = hashlib.sha256(r["key"].encode()).hexdigest()
    boundary = "=_bounce_" + x[:16]
    raw = (
        "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@smtp.orange.fr>\nAuto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"%s\"\n\n"
        "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n"
        "--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; smtp.orange.fr\n\n"
        "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected\n\n"
        "--%s\nContent-Type: text/rfc822-headers\n\nFrom: Sandra Delomenie <%s>\nTo: %s\nSubject: %s\nDate: %s\n\n"
        "--%s--\n"
    ) % (frm_addr, r.get("to", HER[1]), r["subject"], format_datetime(date), x[:24], boundary,
         boundary, r["body"].strip(), boundary, orig_to, orig_to, boundary, r.get("to", HER[1]), orig_to,
         r.get("orig_subject", "Votre demande"), format_datetime(date - dt.timedelta(minutes=2)), boundary)
    return BytesParser(policy=policy.SMTP).parsebytes(raw.encode("utf-8"))


def build(r):
    key = r["key"]
    date = paris_date(key)
    if r.get("kind") == "bounce":
        return bounce(r, date)
    frm = r.get("frm") or default_from(key)
    to = r.get("to") or HER[h(key, "to", 2)]
    if "<" not in to and to in HER:
        to = to
    msg = EmailMessage(policy=policy.SMTP)
    subj = r["subject"]
    if r.get("reply") and not subj.lower().startswith(("re:", "re :", "tr:", "fwd:", "aw:")):
        subj = ("RE: " if h(key, "re", 2) else "Re: ") + subj
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subj
    msg["Date"] = format_datetime(date)
    addr = frm.split("<")[-1].rstrip(">")
    msg["Message-ID"] = msgid(key, addr)
    if r.get("reply") or r.get("quote", {}).get("style") in ("gmail", "apple", "outlook", "en"):
        parent = msgid(key, "floraisondesoi.fr" if "orange" not in to else "orange.fr", "parent")
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in r.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    text = full_text(r, date)
    if r.get("kind") == "rfc822":
        inner_d = r["inner"]
        inner = EmailMessage(policy=policy.SMTP)
        inner["From"] = inner_d["frm"]
        inner["To"] = inner_d.get("to", HER[0])
        inner["Subject"] = inner_d["subject"]
        inner["Date"] = format_datetime(date - dt.timedelta(days=2, hours=3))
        inner["Message-ID"] = msgid(key, inner_d["frm"].split("<")[-1].rstrip(">"), "inner")
        inner.set_content(inner_d["body"].strip() + "\n", cte="quoted-printable")
        set_text(msg, r, text, date)
        msg.add_attachment(inner)
    else:
        set_text(msg, r, text, date)
    for kind, fname, atext in r.get("att", []):
        attach(msg, kind, fname, atext, key)
    return msg


def main():
    recs = all_records()
    labels = {}
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(r)
        for j, part in enumerate(msg.walk()):
            if part.is_multipart():
                part.set_boundary("=_b64_%s_%d" % (hashlib.sha256(r["key"].encode()).hexdigest()[:20], j))
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
