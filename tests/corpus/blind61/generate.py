#!/usr/bin/env python3
"""Write b61-NNNN.eml and labels.json from the record files. Standard library only, deterministic."""
import hashlib, html, io, json, os, struct, sys, zipfile, zlib
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import records_fr_req, records_fr_neg, records_en_req, records_en_neg

PREFIX = "b61"
SANDRA = [("Sandra Delomenie", "contact@floraisondesoi.fr"), ("Sandra Delomenie", "sandra.delomenie@orange.fr")]

def all_records():
    recs = records_fr_req.RECORDS + records_fr_neg.RECORDS + records_en_req.RECORDS + records_en_neg.RECORDS
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return recs

def h(key, salt, n):
    return int(hashlib.sha256((salt + "|" + key).encode()).hexdigest(), 16) % n

FR_FIRST = ["Claire", "Nathalie", "Julien", "Sophie", "Mathieu", "Isabelle", "Karine", "Laurent", "Aurélie",
            "Stéphane", "Camille", "Hélène", "Pascal", "Émilie", "Sébastien", "Virginie", "Océane", "Thierry",
            "Maëlle", "Régis", "Agnès", "Yannick", "Delphine", "Fabrice", "Solène", "Brigitte", "Jérôme",
            "Lucie", "Nadia", "Gaëlle", "Bernard", "Anaïs", "Morgane", "Patrice", "Chantal", "Inès"]
FR_LAST = ["Moreau", "Lefèvre", "Bonnet", "Chauvin", "Giraud", "Pelletier", "Rousseau", "Guérin", "Marchand",
           "Berthier", "Tessier", "Aubry", "Collin", "Renaud", "Perrot", "Lemaire", "Barbier", "Fontaine",
           "Mallet", "Charpentier", "Texier", "Boulanger", "Delaunay", "Carré", "Joubert", "Brunet", "Ménard"]
EN_FIRST = ["Emma", "James", "Olivia", "Daniel", "Priya", "Liam", "Hannah", "Marco", "Sarah", "Tom", "Aisha",
            "Lukas", "Rachel", "Pieter", "Grace", "Kenji", "Megan", "Oliver"]
EN_LAST = ["Walsh", "Turner", "Patel", "Hughes", "Rossi", "Bennett", "Khan", "Schmidt", "O'Brien", "Carter",
           "de Vries", "Nakamura", "Foster", "Lindqvist", "Murphy", "Evans"]
FR_DOM = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "wanadoo.fr", "yahoo.fr",
          "outlook.fr", "icloud.com", "proton.me", "bbox.fr"]
EN_DOM = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "btinternet.com", "proton.me"]

def slug(s):
    tr = str.maketrans("éèêëàâäîïôöûüùçÉ' ", "eeeeaaaiioouuucE--")
    return s.translate(tr).lower()

def sender(r):
    if "frm" in r:
        return r["frm"]
    k = r["key"]
    if k.startswith("fr-"):
        f, l, dom = FR_FIRST[h(k, "f", len(FR_FIRST))], FR_LAST[h(k, "l", len(FR_LAST))], FR_DOM[h(k, "d", len(FR_DOM))]
    else:
        f, l, dom = EN_FIRST[h(k, "f", len(EN_FIRST))], EN_LAST[h(k, "l", len(EN_LAST))], EN_DOM[h(k, "d", len(EN_DOM))]
    style = h(k, "s", 4)
    local = [f"{slug(f)}.{slug(l)}", f"{slug(f)[0]}{slug(l)}", f"{slug(f)}{slug(l)}{h(k, 'n', 90) + 10}", f"{slug(l)}.{slug(f)}"][style]
    local = local.replace("-", "")
    return (f"{f} {l}", f"{local}@{dom}")

def last_sunday(y, m):
    d = datetime.date(y, m, 31 if m in (3, 10) else 30)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)

def msg_date(k):
    base = datetime.datetime(2025, 1, 3, 7, 0)
    dt = base + datetime.timedelta(minutes=h(k, "date", 60 * 24 * 500))
    summer = last_sunday(dt.year, 3) <= dt.date() < last_sunday(dt.year, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return dt.replace(tzinfo=tz)

def message_id(k, addr):
    dom = addr.split("@")[1]
    x = hashlib.sha256(("mid|" + k).encode()).hexdigest()
    if dom == "gmail.com":
        return f"<CAE{x[:10]}+{x[10:30]}{x[30:40].upper()}@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"<{int(x[:8], 16) % 900000000 + 100000000}.{int(x[8:14], 16)}.{int(x[14:20], 16)}.JavaMail.open-xchange@opme11oxm0{x[20]}aqf.nor.orange.fr>"
    if dom.startswith(("outlook", "hotmail")):
        return f"<PR3P{x[:3].upper()}MB{x[3:7]}{x[7:27].upper()}@PR3P{x[27:30].upper()}MB{x[30:34]}.EURP{x[34:36]}.PROD.OUTLOOK.COM>"
    if dom == "icloud.com":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@icloud.com>"
    if dom.startswith("yahoo"):
        return f"<{int(x[:12], 16)}.{int(x[12:20], 16)}.{int(x[20:26], 16)}@mail.yahoo.com>"
    return f"<{x[:16]}.{x[16:24]}@{dom}>"

MAILERS = {"orange.fr": "Open-Xchange Mailer v7.10.6-Rev62", "outlook.fr": "Microsoft Outlook 16.0",
           "free.fr": "Zimbra 8.8.15_GA (ZimbraWebClient - FF128)", "laposte.net": "Webmail La Poste",
           "icloud.com": "Apple Mail (2.3774.500.171.1.1)", "sfr.fr": "SFR Webmail"}

def pdf_bytes(text):
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")
    stream = b"BT /F1 12 Tf 60 760 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO(); out.write(b"%PDF-1.4\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell()); out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()

def png_bytes():
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xe0\x90\xb0" * 8 for _ in range(8))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

def docx_bytes(text):
    buf = io.BytesIO()
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + html.escape(text) + '</w:t></w:r></w:p></w:body></w:document>',
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def add_att(msg, spec, k):
    typ, _, text = spec.partition(":")
    if typ == "pdf":
        name = text.split("|")[0] if "|" in text else "document.pdf"
        line = text.split("|")[-1]
        msg.add_attachment(pdf_bytes(line), maintype="application", subtype="pdf", filename=name)
    elif typ == "png":
        msg.add_attachment(png_bytes(), maintype="image", subtype="png", filename=text or "capture.png")
    elif typ == "csv":
        name, _, content = text.partition("|")
        msg.add_attachment(content.replace("\\n", "\r\n").encode("utf-8"), maintype="text", subtype="csv", filename=name)
    elif typ == "docx":
        name, _, content = text.partition("|")
        msg.add_attachment(docx_bytes(content), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif typ == "ics":
        ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nBEGIN:VEVENT\r\nUID:" + hashlib.sha256(k.encode()).hexdigest()[:20] + "\r\nDTSTART:20250915T080000Z\r\nSUMMARY:" + (text or "Rendez-vous") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")

def quote_block(r, date):
    q = r.get("q")
    if not q:
        return ""
    qs = r.get("qs", "gmail")
    who = r.get("qwho", "Sandra Delomenie <contact@floraisondesoi.fr>")
    qd = date - datetime.timedelta(days=2, hours=3)
    lines = q.strip("\n").split("\n")
    gt = "\n".join(("> " + l) if l else ">" for l in lines)
    mois = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    jours = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    if qs == "gmail":
        return f"\n\nLe {jours[qd.weekday()]} {qd.day} {mois[qd.month-1]} {qd.year} à {qd:%H:%M}, {who} a écrit :\n{gt}\n"
    if qs == "apple":
        return f"\n\n> Le {qd.day} {mois[qd.month-1]} {qd.year} à {qd:%H:%M}, {who} a écrit :\n> \n{gt}\n"
    if qs == "en":
        return f"\n\nOn {qd:%a, %d %b %Y} at {qd:%H:%M}, {who} wrote:\n{gt}\n"
    if qs == "outlook":
        name = who.split("<")[0].strip()
        addr = who.split("<")[-1].rstrip(">") if "<" in who else who
        return (f"\n\n________________________________\nDe : {name} <{addr}>\nEnvoyé : {qd:%d/%m/%Y %H:%M}\n"
                f"À : {r.get('qto', 'moi')}\nObjet : {r.get('qsubj', 'RE: ' + r['subject'])}\n\n" + q.strip("\n") + "\n")
    if qs == "outlook_en":
        name = who.split("<")[0].strip()
        return (f"\n\n-----Original Message-----\nFrom: {who}\nSent: {qd:%A, %B %d, %Y %I:%M %p}\n"
                f"To: {r.get('qto', 'me')}\nSubject: {r.get('qsubj', r['subject'])}\n\n" + q.strip("\n") + "\n")
    if qs == "fwd":
        return (f"\n\n---------- Forwarded message ---------\nDe : {who}\nDate: {qd:%d/%m/%Y %H:%M}\n"
                f"Subject: {r.get('qsubj', r['subject'])}\nTo: {r.get('qto', 'moi')}\n\n" + q.strip("\n") + "\n")
    raise ValueError(qs)

def to_html(text):
    paras = text.split("\n\n")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)
            + "</body></html>\n")

CTES = ["quoted-printable", "base64", "8bit", "quoted-printable", "8bit"]

def build(r):
    k = r["key"]
    name, addr = sender(r)
    date = msg_date(k)
    to = r.get("to") or SANDRA[h(k, "to", 2)][1]
    if addr in ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr") and not r.get("to"):
        to = "undisclosed-recipients:;"
    text = r["body"] + quote_block(r, date)
    if text and not text.endswith("\n"):
        text += "\n"
    cte = r.get("cte") or CTES[h(k, "cte", len(CTES))]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"{name} <{addr}>" if name else addr
    msg["To"] = to
    msg["Subject"] = r["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(k, addr)
    if r.get("reply") or (r.get("q") and r.get("qs") != "fwd"):
        ref = "<" + hashlib.sha256(("ref|" + k).encode()).hexdigest()[:24] + "@floraisondesoi.fr>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    dom = addr.split("@")[1]
    if dom in MAILERS and "X-Mailer" not in r.get("hdr", {}) and h(k, "xm", 3):
        msg["X-Mailer"] = MAILERS[dom]
    for hk, hv in r.get("hdr", {}).items():
        msg[hk] = hv
    msg["MIME-Version"] = "1.0"
    kind = r.get("kind")
    if kind == "report":
        msg.set_content(text, charset="utf-8", cte=cte if cte != "base64" else "quoted-printable")
        msg.make_mixed()
        msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
        msg.set_boundary("----=_bounce_" + hashlib.sha256(k.encode()).hexdigest()[:16])
        from email.message import Message
        ds = EmailMessage(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        m1 = Message(); m1["Reporting-MTA"] = "dns; smtp-out.orange.fr"
        m2 = Message(); m2["Final-Recipient"] = "rfc822; " + r.get("bounce_to", "inconnu@example.fr")
        m2["Action"] = "failed"; m2["Status"] = "5.1.1"; m2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
        ds.set_payload([m1, m2])
        msg.attach(ds)
        orig = EmailMessage(policy=policy.SMTP)
        orig["From"] = "Sandra Delomenie <sandra.delomenie@orange.fr>"
        orig["To"] = r.get("bounce_to", "inconnu@example.fr")
        orig["Subject"] = r.get("bounce_subj", "Votre demande")
        orig["Date"] = format_datetime(date - datetime.timedelta(minutes=3))
        orig.set_content(r.get("bounce_body", "Bonjour,\n\nSuite à votre message, voici les informations.\n\nSandra\n"), charset="utf-8")
        wrapped = EmailMessage(policy=policy.SMTP)
        wrapped.set_content(orig)
        msg.attach(wrapped)
        return msg
    if r.get("html") == "only":
        msg.set_content(to_html(text), subtype="html", charset="utf-8", cte=cte)
    else:
        msg.set_content(text, charset="utf-8", cte=cte)
        if r.get("html") == "alt":
            msg.add_alternative(to_html(text), subtype="html", charset="utf-8",
                                cte="quoted-printable" if cte != "base64" else "base64")
    for spec in r.get("att", []):
        add_att(msg, spec, k)
    if kind == "rfc822":
        inner = EmailMessage(policy=policy.SMTP)
        fi = r["fwd"]
        inner["From"] = fi["from"]; inner["To"] = fi.get("to", "contact@floraisondesoi.fr")
        inner["Subject"] = fi["subject"]; inner["Date"] = format_datetime(date - datetime.timedelta(days=5))
        inner["Message-ID"] = "<" + hashlib.sha256(("fw|" + k).encode()).hexdigest()[:20] + "@" + fi["from"].split("@")[-1].rstrip(">") + ">"
        inner.set_content(fi["body"].strip("\n") + "\n", charset="utf-8")
        msg.add_attachment(inner)
    return msg

def ordered():
    recs = all_records()
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())

def main():
    labels = {}
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for i, r in enumerate(ordered(), 1):
        fn = f"{PREFIX}-{i:04d}.eml"
        m = build(r)
        for j, part in enumerate(m.walk()):
            if part.get_content_maintype() == "multipart":
                part.set_boundary("=_b61_" + hashlib.sha256(f"{r['key']}|{j}".encode()).hexdigest()[:20])
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        labels[fn] = {"key": r["key"], "rights": r["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(labels)} messages")

if __name__ == "__main__":
    main()
