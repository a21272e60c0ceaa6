#!/usr/bin/env python3
"""Write b67-NNNN.eml and labels.json from the record files. Deterministic, stdlib only."""
import datetime
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
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b67"
MODULES = ["records_a", "records_b", "records_c", "records_d"]
HER = [("Sandra Delomenie", "contact@floraisondesoi.fr"),
       ("Sandra Delomenie", "sandra.delomenie@orange.fr")]


def load_records():
    recs = []
    for m in MODULES:
        mod = __import__(m)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def H(key, salt=""):
    return int(hashlib.sha256((key + "|" + salt).encode()).hexdigest(), 16)


FIRST = ["Camille", "Julien", "Nathalie", "Sébastien", "Aurélie", "Thierry", "Sophie", "Laurent",
         "Maëlle", "Patrick", "Élodie", "Franck", "Karine", "Olivier", "Mélanie", "Hervé",
         "Céline", "Bruno", "Virginie", "Damien", "Isabelle", "Yannick", "Agnès", "Rémi"]
LAST = ["Moreau", "Lefèvre", "Girard", "Bonnet", "Chauvin", "Perrot", "Marchand", "Roux",
        "Fontaine", "Guillot", "Barbier", "Renaud", "Caron", "Meunier", "Lacroix", "Dumas",
        "Brunet", "Tessier", "Jacquet", "Poirier", "Collin", "Aubert", "Huet", "Pelletier"]
EFIRST = ["Emma", "James", "Olivia", "Daniel", "Hannah", "Marco", "Sarah", "Lukas", "Grace", "Tom"]
ELAST = ["Walsh", "Turner", "Becker", "Hughes", "Rossi", "Kowalski", "Murphy", "Jensen", "Clarke", "Novak"]
DOMAINS = ["gmail.com", "orange.fr", "hotmail.fr", "yahoo.fr", "free.fr", "laposte.net", "outlook.fr",
           "sfr.fr", "wanadoo.fr", "icloud.com", "gmx.fr", "protonmail.com"]


def ascii_fold(s):
    tr = str.maketrans("àâäéèêëîïôöùûüçÉÈÀÂÎÔÛÇœæ", "aaaeeeeiioouuucEEAAIOUCoa")
    return s.translate(tr)


def default_sender(key):
    h = H(key, "from")
    if key.startswith("en-"):
        f, l = EFIRST[h % len(EFIRST)], ELAST[(h // 10) % len(ELAST)]
    else:
        f, l = FIRST[h % len(FIRST)], LAST[(h // 24) % len(LAST)]
    dom = DOMAINS[(h // 1000) % len(DOMAINS)]
    style = (h // 7) % 4
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{(h % 90) + 10}", f"{l}.{f}"][style]
    return (f"{f} {l}", ascii_fold(local).lower().replace(" ", ""), dom)


def last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(dt):
    start, end = last_sunday(dt.year, 3), last_sunday(dt.year, 10)
    off = 2 if start <= dt.date() < end else 1
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def msg_date(key, shift_days=0):
    h = H(key, "date")
    base = datetime.datetime(2025, 1, 2, 7, 0)
    dt = base + datetime.timedelta(days=h % 540, minutes=(h // 540) % (14 * 60)) - datetime.timedelta(
        days=shift_days, hours=shift_days * 3 % 7)
    dt = dt.replace(second=(h // 99) % 60)
    return paris(dt)


def message_id(key, dom):
    h = hashlib.sha256(("mid|" + key).encode()).hexdigest()
    if dom == "gmail.com":
        return "<CA%s+%s@mail.gmail.com>" % (h[:10].upper(), h[10:34])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02d.ndmsg.orange.fr>" % (
            int(h[:6], 16), int(h[6:12], 16), int(h[12:20], 16), int(h[20:22], 16) % 30)
    if dom in ("hotmail.fr", "outlook.fr", "outlook.com", "hotmail.com"):
        return "<%sPR3P195MB%s@PR3P195MB%s.EURP195.PROD.OUTLOOK.COM>" % (h[:4].upper(), h[4:12].upper(), h[12:18].upper())
    if dom in ("icloud.com", "me.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:8], 16), int(h[8:14], 16), int(h[14:24], 16))
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


MONTHS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAYS_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MONTHS_FR_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"]
DAYS_FR_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def quote_block(rec, who, qd):
    style = rec.get("quote_style", "gmail")
    q = rec["quote"].strip("\n")
    name, addr = who
    if style == "gmail":
        head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            DAYS_FR[qd.weekday()], qd.day, MONTHS_FR[qd.month - 1], qd.year, qd.hour, qd.minute, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
    if style == "apple":
        head = "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> " % (
            qd.day, MONTHS_FR_LONG[qd.month - 1], qd.year, qd.hour, qd.minute, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
    if style == "outlook":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s" % (
            name, addr, DAYS_FR_LONG[qd.weekday()], qd.day, MONTHS_FR_LONG[qd.month - 1], qd.year, qd.hour,
            qd.minute, rec.get("_to_str", ""), rec.get("quote_subject", rec["subject"].replace("RE: ", "").replace("Re: ", "")), q))
    if style == "en":
        head = "On %s, %s <%s> wrote:" % (qd.strftime("%a, %d %b %Y at %H:%M"), name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
    if style == "fwd":
        return ("---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s\n\n%s" % (
            name, addr, DAYS_FR[qd.weekday()], qd.day, MONTHS_FR[qd.month - 1], qd.year, qd.hour, qd.minute,
            rec.get("quote_subject", rec["subject"]), rec.get("quote_to", rec.get("_to_str", "")), q))
    if style == "fwd_en":
        return ("-------- Original Message --------\nFrom: %s <%s>\nSent: %s\nSubject: %s\n\n%s" % (
            name, addr, qd.strftime("%A, %B %d, %Y %I:%M %p"), rec.get("quote_subject", rec["subject"]), q))
    raise ValueError(style)


def to_html(text):
    out, inq = [], False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>".join(html.escape(l.lstrip(">").lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>".join(html.escape(l) for l in lines))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


def make_pdf(line):
    line = ascii_fold(line).encode("latin-1", "replace").decode("latin-1")
    esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 780 Td (%s) Tj ET" % esc
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
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
    w, h = 4, 4
    raw = b"".join(b"\x00" + bytes(((seed * (x + 3) * (y + 5)) % 256 for x in range(w * 3))) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % "".join(
            "<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % html.escape(p) for p in text.split("\n")),
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return buf.getvalue()


def attach(msg, att, key, i):
    kind, fname, content = att
    if kind == "pdf":
        msg.add_attachment(make_pdf(content), maintype="application", subtype="pdf", filename=fname)
    elif kind == "png":
        msg.add_attachment(make_png(H(key, str(i)) % 251 + 3), maintype="image", subtype="png", filename=fname)
    elif kind == "jpg":
        # tiny JFIF header stub is not a valid image; use PNG bytes under png type instead
        msg.add_attachment(make_png(H(key, str(i)) % 251 + 5), maintype="image", subtype="png", filename=fname)
    elif kind == "csv":
        msg.add_attachment(content.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
    elif kind == "docx":
        msg.add_attachment(make_docx(content), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    elif kind == "ics":
        msg.add_attachment(content.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
    else:
        raise ValueError(kind)


def pick_cte(rec, text):
    cte = rec.get("cte")
    if not cte:
        cte = ["quoted-printable", "quoted-printable", "8bit", "base64"][H(rec["key"], "cte") % 4]
    if cte in ("8bit", "7bit"):
        if any(len(l.encode("utf-8")) > 900 for l in text.split("\n")):
            cte = "quoted-printable"
        elif all(ord(c) < 128 for c in text):
            cte = "7bit"
        else:
            cte = "8bit"
    return cte


def build(rec):
    key = rec["key"]
    en = key.startswith("en-")
    if "frm" in rec:
        fname, faddr = rec["frm"]
    else:
        n, loc, dom = default_sender(key)
        fname, faddr = n, "%s@%s" % (loc, dom)
    dom = faddr.split("@")[1]
    her = HER[H(key, "to") % 2] if "to" not in rec else (HER[rec["to"]] if isinstance(rec["to"], int) else rec["to"])
    to_str = "%s <%s>" % her if her[0] else her[1]
    rec["_to_str"] = to_str
    date = msg_date(key)
    body = rec["body"]
    if rec.get("quote"):
        qfrom = rec.get("quote_from", her if rec.get("quote_style") not in ("fwd", "fwd_en") else (fname, faddr))
        qd = msg_date(key, shift_days=1 + H(key, "q") % 20)
        body = body.rstrip("\n") + "\n\n" + quote_block(rec, qfrom, qd) + "\n"
    if body and not body.endswith("\n"):
        body += "\n"

    kind = rec.get("kind", "plain")
    msg = EmailMessage(policy=policy.SMTP)
    if kind == "bounce":
        p1 = MIMEPart(policy=policy.SMTP)
        p1.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
        p2 = MIMEPart(policy=policy.SMTP)
        p2["Content-Type"] = "message/delivery-status"
        p2["Content-Transfer-Encoding"] = "7bit"
        from email.parser import Parser
        blocks = [Parser(_class=MIMEPart, policy=policy.SMTP).parsestr(b.strip("\n") + "\n", headersonly=True) for b in rec["dsn"].strip().split("\n\n")]
        p2.set_payload(blocks)
        p3 = MIMEPart(policy=policy.SMTP)
        p3["Content-Type"] = "text/rfc822-headers"
        p3["Content-Transfer-Encoding"] = "7bit"
        p3.set_payload(rec["orig_headers"])
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        msg["MIME-Version"] = "1.0"
        msg.set_payload([p1, p2, p3])
    else:
        mode = rec.get("html", "none")
        if mode == "only":
            h = rec.get("html_body") or to_html(body)
            msg.set_content(h, subtype="html", cte=pick_cte(rec, h))
        else:
            msg.set_content(body, cte=pick_cte(rec, body)) if body else msg.set_content("", cte="7bit")
            if mode == "alt":
                h = rec.get("html_body") or to_html(body)
                msg.add_alternative(h, subtype="html", cte="quoted-printable")
        for i, att in enumerate(rec.get("attachments", [])):
            attach(msg, att, key, i)
        if rec.get("forward_msg"):
            fm = rec["forward_msg"]
            inner = EmailMessage(policy=policy.SMTP)
            inner["From"] = fm["from"]
            inner["To"] = fm.get("to", to_str)
            inner["Subject"] = fm["subject"]
            inner["Date"] = format_datetime(msg_date(key, shift_days=3))
            inner["Message-ID"] = message_id(key + "|inner", fm["from"].split("@")[-1].rstrip(">"))
            inner.set_content(fm["body"], cte="quoted-printable")
            msg.add_attachment(inner)
    # headers first in conventional order
    msg["From"] = "%s <%s>" % (fname, faddr) if fname else faddr
    msg["To"] = rec.get("to_override", to_str)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(key, dom)
    if rec.get("quote") and rec.get("quote_style") not in ("fwd", "fwd_en") and not rec.get("no_thread"):
        ref = message_id(key + "|parent", "floraisondesoi.fr" if "floraison" in her[1] else "orange.fr")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    # reorder: move standard headers to the top
    items = msg.items()
    order = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References"]
    top = [(k, v) for o in order for (k, v) in items if k == o]
    rest = [(k, v) for (k, v) in items if k not in order]
    for k in set(k for k, _ in items):
        del msg[k]
    for k, v in top + rest:
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_%s_%s" % (PREFIX, hashlib.sha256(("%s|b%d" % (key, n)).encode()).hexdigest()[:24]))
            n += 1
    return msg


def main():
    recs = load_records()
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
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    main()
