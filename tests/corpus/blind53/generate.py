#!/usr/bin/env python3
"""Write <prefix>-NNNN.eml and labels.json from the record files. Deterministic."""
import hashlib, html, io, json, os, struct, sys, zipfile, zlib, datetime, unicodedata
from email.message import EmailMessage
from email import policy
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b53"
RECORD_MODULES = ["records_fr_req", "records_fr_neg", "records_en_req", "records_en_neg"]
SANDRA_C = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")


def load_records():
    recs = []
    for m in RECORD_MODULES:
        mod = __import__(m)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return recs


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def h(key, salt, n):
    return int(hashlib.sha256((salt + "|" + key).encode()).hexdigest(), 16) % n


FR_NAMES = [("Claire", "Marchand"), ("Nathalie", "Bourdin"), ("Sophie", "Lefèvre"), ("Isabelle", "Roux"),
            ("Émilie", "Garnier"), ("Aurélie", "Chevalier"), ("Valérie", "Perrin"), ("Céline", "Moreau"),
            ("Karine", "Fontaine"), ("Sandrine", "Gauthier"), ("Hélène", "Renaud"), ("Marion", "Dupuis"),
            ("Laetitia", "Brunet"), ("Julie", "Masson"), ("Stéphanie", "Lemoine"), ("Corinne", "Barbier"),
            ("Patricia", "Collin"), ("Delphine", "Aubert"), ("Agnès", "Picard"), ("Virginie", "Caron"),
            ("Florence", "Rolland"), ("Mélanie", "Guérin"), ("Anne", "Besnard"), ("Christelle", "Tessier"),
            ("Laurence", "Jacquet"), ("Géraldine", "Millet"), ("Magali", "Boyer"), ("Sylvie", "Charpentier"),
            ("Pascale", "Huet"), ("Élodie", "Pasquier"), ("Fabienne", "Maillard"), ("Camille", "Vidal"),
            ("Thomas", "Girard"), ("Julien", "Lambert"), ("Nicolas", "Faure"), ("Olivier", "Blanchard"),
            ("Franck", "Meunier"), ("Stéphane", "Dufour"), ("Jérôme", "Leclerc"), ("Mathieu", "Poirier"),
            ("Ludovic", "Carré"), ("Bruno", "Hamon"), ("Benoît", "Lebrun"), ("Yannick", "Royer"),
            ("Océane", "Laine"), ("Manon", "Colas"), ("Inès", "Benali"), ("Samira", "Haddad"),
            ("Fatou", "Diallo"), ("Nadia", "Cherif"), ("Chantal", "Vasseur"), ("Monique", "Guillot")]
EN_NAMES = [("Emma", "Clarke"), ("Olivia", "Bennett"), ("Hannah", "Murphy"), ("Sarah", "Whitfield"),
            ("Rachel", "Owens"), ("Laura", "Fitzgerald"), ("Megan", "Price"), ("Katie", "Holloway"),
            ("Jessica", "Tran"), ("Amy", "Sinclair"), ("Lucy", "Barrett"), ("Grace", "O'Neill"),
            ("Daniel", "Hughes"), ("Mark", "Ellison"), ("James", "Porter"), ("David", "Keane"),
            ("Priya", "Raman"), ("Anja", "Becker"), ("Marta", "Kowalska"), ("Giulia", "Rossi"),
            ("Sofia", "Lindqvist"), ("Ines", "Duarte"), ("Katarzyna", "Nowak"), ("Eva", "De Smet"),
            ("Chloe", "Martin"), ("Rebecca", "Stone"), ("Helen", "McAllister"), ("Tom", "Reilly")]
FR_DOM = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "outlook.fr", "yahoo.fr",
          "icloud.com", "sfr.fr", "wanadoo.fr", "gmail.com", "orange.fr", "gmail.com", "live.fr", "bbox.fr"]
EN_DOM = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "gmx.de", "proton.me",
          "btinternet.com", "gmail.com", "web.de", "telenet.be"]


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum() or c in ".-")


def default_sender(r):
    k = r["key"]
    names = FR_NAMES if k.startswith("fr-") else EN_NAMES
    doms = FR_DOM if k.startswith("fr-") else EN_DOM
    first, last = names[h(k, "name", len(names))]
    dom = doms[h(k, "dom", len(doms))]
    style = h(k, "addr", 5)
    lf, ll = fold(first), fold(last)
    local = [f"{lf}.{ll}", f"{lf[0]}{ll}", f"{lf}{ll}{h(k, 'n', 90) + 10}", f"{ll}.{lf}", f"{lf}_{ll}"][style]
    return first, last, f"{first} {last}", f"{local}@{dom}"


def paris_offset(dt_utc):
    y = dt_utc.year

    def last_sunday(month):
        d = datetime.datetime(y, month, 31 if month in (3, 10) else 30, 1, 0)
        while d.weekday() != 6:
            d -= datetime.timedelta(days=1)
        return d
    start, end = last_sunday(3), last_sunday(10)
    return 2 if start <= dt_utc.replace(tzinfo=None) < end else 1


def msg_date(r):
    k = r["key"]
    base = datetime.datetime(2025, 1, 3, 0, 0, tzinfo=datetime.timezone.utc)
    days = h(k, "day", 640)
    secs = 7 * 3600 + h(k, "sec", 14 * 3600)
    dt = base + datetime.timedelta(days=days, seconds=secs)
    off = paris_offset(dt)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return dt.astimezone(tz)


def message_id(r, addr):
    k = r["key"]
    x = hashlib.sha256(("mid|" + k).encode()).hexdigest()
    dom = addr.split("@")[-1].lower()
    if dom == "gmail.com":
        import base64
        tok = base64.b64encode(bytes.fromhex(x[:48])).decode().replace("/", "_").replace("=", "")
        return f"<CA{tok[:2]}+{tok[2:30]}@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"<{int(x[:7], 16)}.{int(x[7:11], 16)}.{1700000000000 + int(x[11:20], 16) % 99999999999}.JavaMail.open-xchange@opme11oxm0{int(x[20], 16) % 4 + 1}nd1.rouen.francetelecom.fr>"
    if dom in ("hotmail.fr", "outlook.fr", "live.fr", "outlook.com", "hotmail.com"):
        return f"<PAXP{int(x[:3], 16)}MB{x[3:7].upper()}{x[7:19].upper()}@PAXP{int(x[:3], 16)}MB{x[3:7].upper()}.EURP{int(x[19], 16) % 3 + 1}93.PROD.OUTLOOK.COM>"
    if dom == "icloud.com":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@icloud.com>"
    if dom in ("free.fr", "laposte.net"):
        return f"<{int(x[:10], 16)}.{int(x[10:16], 16)}.{x[16:28]}@zimbra{int(x[28], 16) % 9 + 1}-e1.priv.proxad.net>" if dom == "free.fr" else f"<{x[:20]}.{int(x[20:26], 16)}@laposte.net>"
    if dom == "yahoo.fr" or dom.startswith("yahoo"):
        return f"<{int(x[:12], 16)}.{int(x[12:18], 16)}@mail.yahoo.com>"
    return f"<{x[:16]}.{x[16:24]}@{dom}>"


def mailer(r, addr):
    dom = addr.split("@")[-1]
    v = h(r["key"], "xm", 6)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "Open-Xchange Mailer v7.10.6-Rev" + str(30 + v)
    if dom in ("hotmail.fr", "outlook.fr", "live.fr", "outlook.com", "hotmail.com") and v < 3:
        return "Microsoft Outlook 16.0"
    if dom == "icloud.com" and v < 4:
        return "Apple Mail (2.3774.%d)" % (300 + v)
    if v == 0:
        return "Mozilla Thunderbird 128.%d" % (v + 3)
    return None


# ---------- attachments ----------
def pdf_bytes(text):
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    safe = unicodedata.normalize("NFKD", safe).encode("ascii", "ignore").decode()
    stream = f"BT /F1 12 Tf 50 780 Td ({safe}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def png_bytes(seed):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    c = hashlib.sha256(seed.encode()).digest()[:3]
    raw = b"".join(b"\x00" + c * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    buf = io.BytesIO()
    dt = (2025, 1, 1, 0, 0, 0)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(text),
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return buf.getvalue()


ATT = {
    "pdf": ("application", "pdf", pdf_bytes),
    "png": ("image", "png", png_bytes),
    "jpg": ("image", "jpeg", None),
    "csv": ("text", "csv", None),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes),
    "ics": ("text", "calendar", None),
    "txt": ("text", "plain", None),
}


def add_attachments(msg, r):
    for kind, fname, text in r.get("att", []):
        if kind in ("csv", "ics", "txt"):
            msg.add_attachment(text, subtype=ATT[kind][1], filename=fname)
        else:
            mt, st, fn = ATT[kind]
            msg.add_attachment(fn(text), maintype=mt, subtype=st, filename=fname)


# ---------- quoting ----------
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS_FULL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS_FULL = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def quote_block(r, qdate, qname, qaddr, to_name, to_addr):
    style, text = r["quote"]
    lines = text.strip("\n").split("\n")
    d = qdate
    if style == "gmail_fr":
        head = f"Le {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M}, {qname} <{qaddr}> a écrit :"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "apple_fr":
        head = f"> Le {d.day} {FR_MONTHS_FULL[d.month - 1]} {d.year} à {d:%H:%M}, {qname} <{qaddr}> a écrit :\n> "
        return head + "\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "outlook_fr":
        head = (f"________________________________\nDe : {qname} <{qaddr}>\nEnvoyé : {FR_DAYS_FULL[d.weekday()]} "
                f"{d.day} {FR_MONTHS_FULL[d.month - 1]} {d.year} {d:%H:%M}\nÀ : {to_name} <{to_addr}>\nObjet : {r.get('qsubject', r['subject'].replace('RE: ', '').replace('Re: ', ''))}\n")
        return head + "\n" + "\n".join(lines)
    if style == "en":
        head = f"On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {qname} <{qaddr}> wrote:"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "fwd_fr":
        head = (f"---------- Message transféré ---------\nDe : {qname} <{qaddr}>\nDate : {FR_DAYS[d.weekday()]} "
                f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M}\nObjet : {r.get('qsubject', r['subject'].replace('Fwd: ', '').replace('TR: ', ''))}\nÀ : <{to_addr}>\n")
        return head + "\n" + "\n".join(lines)
    if style == "fwd_en":
        head = (f"---------- Forwarded message ---------\nFrom: {qname} <{qaddr}>\nDate: {d:%a}, {d:%b} {d.day}, {d.year} at {d:%I:%M %p}\n"
                f"Subject: {r.get('qsubject', r['subject'].replace('Fwd: ', ''))}\nTo: <{to_addr}>\n")
        return head + "\n" + "\n".join(lines)
    raise ValueError(style)


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        if para.startswith(">") or "\n>" in para:
            inner = "\n".join(l[1:].lstrip() if l.startswith(">") else l for l in para.split("\n"))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + html.escape(inner).replace("\n", "<br>") + "</blockquote>")
        else:
            out.append("<p>" + html.escape(para).replace("\n", "<br>\n") + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


CTES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def pick_cte(r, text, salt):
    c = r.get("cte")
    if c:
        if c == "7bit" and not text.isascii():
            return "quoted-printable"
        return CTES[c]
    if text.isascii() and h(r["key"], salt, 3) == 0:
        return "7bit"
    return ["quoted-printable", "base64", "8bit", "quoted-printable"][h(r["key"], salt + "c", 4)]


def fill(text, first, last, fullname):
    return text.replace("{prenom}", first).replace("{nom}", last).replace("{name}", fullname)


def build(r):
    k = r["key"]
    first, last, fullname, addr = default_sender(r)
    if "frm" in r:
        fullname, addr = r["frm"]
        parts = fullname.split()
        first = parts[0] if parts else fullname
        last = parts[-1] if parts else ""
    own = addr in (SANDRA_C[1], SANDRA_O[1])
    to = r.get("to") or (SANDRA_O[1] if h(k, "to", 10) < 3 else SANDRA_C[1])
    to_name = "" if own else ("Sandra Delomenie" if h(k, "toname", 3) else "Floraison de Soi")
    if own and not r.get("to"):
        to = default_sender(r)[3]
    date = msg_date(r)
    body = fill(r["body"], first, last, fullname)
    subject = fill(r["subject"], first, last, fullname)

    if r.get("quote"):
        qdate = date - datetime.timedelta(hours=3 + h(k, "qd", 200))
        qf = r.get("qfrom")
        if qf == "self":
            qf = (fullname, addr)
        qname, qaddr = qf or ((fullname, addr) if own else SANDRA_C)
        if qaddr == addr:
            qto_name, qto = (to_name or "Sandra Delomenie"), to
        else:
            qto_name, qto = fullname, addr
        qb = quote_block(r, qdate, qname, qaddr, qto_name, qto)
        qb = fill(qb, first, last, fullname)
        body = body.rstrip("\n") + "\n\n" + qb + "\n"

    msg = EmailMessage(policy=policy.SMTP)
    if r.get("form"):
        msg["From"] = formataddr(("Floraison de Soi via formulaire", "wordpress@floraisondesoi.fr"))
        msg["Reply-To"] = formataddr((fullname, addr))
        mid_addr = "wordpress@floraisondesoi.fr"
    else:
        msg["From"] = formataddr((fullname, addr))
        mid_addr = addr
    msg["To"] = formataddr((to_name, to)) if to_name else to
    if r.get("cc"):
        msg["Cc"] = ", ".join(r["cc"])
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(r, mid_addr)
    if r.get("quote") and r["quote"][0] not in ("fwd_fr", "fwd_en"):
        ref = "<" + hashlib.sha256(("ref|" + k).encode()).hexdigest()[:24] + "@floraisondesoi.fr>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if r.get("reply_to"):
        msg["Reply-To"] = r["reply_to"]
    xm = mailer(r, mid_addr) if not r.get("form") else None
    if xm and not r.get("no_mailer"):
        msg["X-Mailer"] = xm
    for hk, hv in r.get("headers", {}).items():
        msg[hk] = hv
    msg["MIME-Version"] = "1.0"

    kind = r.get("kind")
    if kind == "bounce":
        msg.set_content(body, cte=pick_cte(r, body, "cte"))
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        ds = EmailMessage(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        from email import message_from_string
        ds.set_payload([message_from_string(b.strip("\n") + "\n", _class=EmailMessage, policy=policy.SMTP)
                        for b in r["dsn"].split("\n\n") if b.strip()])
        msg.attach(ds)
        orig = EmailMessage(policy=policy.SMTP)
        orig["Content-Type"] = "text/rfc822-headers"
        from email.header import Header
        folded = "".join("%s: %s\n" % (l.split(":", 1)[0], Header(l.split(":", 1)[1].strip(), "utf-8").encode()
                                         if not l.isascii() else l.split(":", 1)[1].strip())
                         for l in r["orig_headers"].strip("\n").split("\n"))
        orig.set_payload(folded)
        msg.attach(orig)
        return msg, addr
    mode = r.get("html")
    if mode == "only":
        hb = to_html(body)
        msg.set_content(hb, subtype="html", cte=pick_cte(r, hb, "hcte"))
    else:
        msg.set_content(body, cte=pick_cte(r, body, "cte"))
        if mode == "alt":
            hb = to_html(body)
            msg.add_alternative(hb, subtype="html", cte=pick_cte(r, hb, "hcte"))
    if kind == "rfc822":
        inner_r = dict(r["inner"])
        inner_r.setdefault("key", k + "-inner")
        inner_r.setdefault("to", addr)
        inner, _ = build(inner_r)
        del inner["Date"]
        inner["Date"] = format_datetime(date - datetime.timedelta(days=2, hours=h(k, "inn", 20)))
        msg.add_attachment(inner)
    add_attachments(msg, r)
    return msg, addr


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            tok = hashlib.sha256(("bnd|%s|%d" % (key, n)).encode()).hexdigest()
            style = h(key, "bstyle", 3)
            b = ["----=_Part_%d_%d.%s" % (int(tok[:6], 16), int(tok[6:12], 16), tok[12:25]),
                 "000000000000%s" % tok[:16], "Apple-Mail=_%s-%s-%s" % (tok[:8].upper(), tok[8:12].upper(), tok[12:24].upper())][style]
            part.set_boundary(b)


def main():
    recs = ordered(load_records())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(recs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        msg, _ = build(r)
        set_boundaries(msg, r["key"])
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": r["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(recs)} messages to {HERE}")


if __name__ == "__main__":
    main()
