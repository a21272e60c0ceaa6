#!/usr/bin/env python3
"""Build the b50 held-out corpus: b50-0001.eml ... and labels.json.

Standard library only. Deterministic: every random choice comes from a
random.Random seeded with sha256(record key); no wall clock, no hash().
"""
import hashlib, html, importlib, io, json, os, random, struct, sys, zipfile, zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import HeaderParser
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b50"
RECORD_MODULES = ["records_fr_req", "records_en_req", "records_fr_neg", "records_en_neg"]
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
SANDRA_ADDRS = ["contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"]


def load_records():
    sys.path.insert(0, HERE)
    recs = []
    for m in RECORD_MODULES:
        recs.extend(importlib.import_module(m).RECORDS)
    return recs


def rng_for(key, salt=""):
    h = hashlib.sha256((salt + key).encode("utf-8")).hexdigest()
    return random.Random(int(h[:16], 16))


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


# ---------------------------------------------------------------- names
POOLS = {
    "fr": (["Camille", "Nathalie", "Isabelle", "Sophie", "Élodie", "Martine", "Sylvie", "Céline", "Aurélie",
            "Brigitte", "Laetitia", "Hélène", "Valérie", "Chantal", "Mélanie", "Julien", "Thierry", "Olivier",
            "Stéphane", "Pascal", "Mathieu", "Jérôme", "Bernard", "Agnès", "Corinne", "Maëlle", "Gaëlle",
            "Françoise", "Damien", "Noémie", "Virginie", "Patrice", "Odile", "Ghislaine", "Yannick"],
           ["Martin", "Bernard", "Petit", "Durand", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Bonnet",
            "Chevalier", "Perrin", "Morin", "Gauthier", "Rousseau", "Blanchard", "Guérin", "Renaud", "Aubert",
            "Lemaire", "Barbier", "Tissier", "Pasquier", "Ribault", "Chaumeau", "Dumoulin", "Bouquet", "Maréchal",
            "Pinault", "Vasseur", "Couturier", "Brossard"],
           ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "outlook.fr", "yahoo.fr", "sfr.fr",
            "wanadoo.fr", "icloud.com", "gmx.fr", "live.fr", "bbox.fr", "proton.me"]),
    "be": (["Chloé", "Amandine", "Geoffrey", "Marie-Noëlle", "Arnaud", "Delphine"],
           ["Dubois", "Lambert", "Peeters", "Jacobs", "Wauters", "Dethier"],
           ["skynet.be", "gmail.com", "telenet.be", "hotmail.be"]),
    "ch": (["Léa", "Fabienne", "Reto", "Joëlle", "Laurent"],
           ["Favre", "Rochat", "Meylan", "Bonvin", "Cuénod"],
           ["bluewin.ch", "gmail.com", "sunrise.ch"]),
    "qc": (["Geneviève", "Marc-André", "Josée", "Stéphanie", "Étienne"],
           ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier"],
           ["videotron.ca", "gmail.com", "hotmail.com"]),
    "uk": (["Emma", "Charlotte", "Oliver", "Harriet", "James", "Fiona", "Gemma", "Rachel", "Nigel", "Clare",
            "Philippa", "Tom", "Janet"],
           ["Thompson", "Whitfield", "Barker", "Hughes", "Pemberton", "Cartwright", "Ashworth", "Marsh", "Holloway",
            "Fletcher", "Dawson", "Pryce"],
           ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "icloud.com",
            "sky.com", "virginmedia.com"]),
    "us": (["Jennifer", "Megan", "Ashley", "Brian", "Kimberly", "Tyler", "Dana", "Heather", "Lauren"],
           ["Miller", "Johnson", "Kowalski", "Reyes", "Anderson", "Sullivan", "Brooks", "Novak"],
           ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"]),
    "ie": (["Siobhán", "Aoife", "Ciarán", "Niamh", "Declan", "Orla", "Róisín"],
           ["Murphy", "O'Brien", "Kelly", "Byrne", "Ní Bhriain", "Walsh", "Doyle"],
           ["eircom.net", "gmail.com", "outlook.ie", "icloud.com"]),
    "in": (["Priya", "Ananya", "Rahul", "Deepika", "Vikram", "Kavitha", "Sunil", "Meera", "Arjun"],
           ["Sharma", "Iyer", "Nair", "Patel", "Reddy", "Krishnan", "Banerjee", "Menon"],
           ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "ca": (["Kaitlyn", "Graham", "Morgan", "Shauna", "Derek", "Brooke"],
           ["MacDonald", "Campbell", "Fraser", "Leblanc", "Chan", "Wilson"],
           ["rogers.com", "gmail.com", "sympatico.ca", "shaw.ca", "outlook.com"]),
    "de": (["Katrin", "Jürgen", "Anke"], ["Schneider", "Vogel", "Hoffmann"], ["gmx.de", "web.de", "t-online.de"]),
    "es": (["Lucía", "Javier"], ["García", "Fernández"], ["gmail.com", "hotmail.es"]),
    "it": (["Giulia", "Marco"], ["Bianchi", "Ricci"], ["libero.it", "gmail.com"]),
    "nl": (["Femke", "Joost"], ["de Vries", "Jansen"], ["ziggo.nl", "gmail.com"]),
}

ASCII = str.maketrans("éèêëàâäîïôöûüùçÉÈÊÀÂÎÔÛÇœæáíóúñ'", "eeeeaaaiioouuucEEEAAIOUCoeaiounx")


def local_part(first, last, r):
    f = first.lower().translate(ASCII).replace("x", "x").replace(" ", "")
    l = last.lower().translate(ASCII).replace(" ", "").replace("x", "")
    f = "".join(c for c in f if c.isalnum() or c == "-")
    l = "".join(c for c in l if c.isalnum() or c == "-")
    style = r.randrange(6)
    if style == 0:
        return f"{f}.{l}"
    if style == 1:
        return f"{f[0]}{l}"
    if style == 2:
        return f"{f}.{l}{r.randrange(2, 99)}"
    if style == 3:
        return f"{l}.{f}"
    if style == 4:
        return f"{f}{l[:3]}{r.randrange(60, 99)}"
    return f"{f}_{l}"


def pick_person(rec, r):
    pool = rec.get("pool") or ("fr" if rec["key"].startswith("fr-") else r.choice(["uk", "us", "ie", "in", "ca", "uk"]))
    firsts, lasts, doms = POOLS[pool]
    first, last = r.choice(firsts), r.choice(lasts)
    if "sender" in rec:
        name, addr = rec["sender"]
        parts = name.split(" ", 1)
        first = rec.get("first", parts[0] if parts else "")
        last = rec.get("last", parts[1] if len(parts) > 1 else "")
        return name, addr, first, last
    addr = local_part(first, last, r) + "@" + r.choice(doms)
    name = f"{first} {last}"
    if rec.get("noname"):
        name = ""
    return name, addr, first, last


# ---------------------------------------------------------------- dates
def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(dt_utc):
    y = dt_utc.year
    start = last_sunday(y, 3).replace(hour=1, tzinfo=timezone.utc)
    end = last_sunday(y, 10).replace(hour=1, tzinfo=timezone.utc)
    off = 2 if start <= dt_utc < end else 1
    return dt_utc.astimezone(timezone(timedelta(hours=off)))


def msg_date(rec, r):
    if rec.get("date_exact"):
        local = datetime.fromisoformat(rec["date_exact"])
        for off in (1, 2):
            cand = paris((local - timedelta(hours=off)).replace(tzinfo=timezone.utc))
            if cand.replace(tzinfo=None) == local:
                return cand
        return paris((local - timedelta(hours=1)).replace(tzinfo=timezone.utc))
    base = datetime(2025, 1, 3, tzinfo=timezone.utc)
    days = r.randrange(0, 510)
    if rec.get("date_range"):
        a, b = (datetime.fromisoformat(x).replace(tzinfo=timezone.utc) for x in rec["date_range"])
        base, days = a, r.randrange(0, max(1, (b - a).days))
    hour = r.choice([6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22])
    dt = base + timedelta(days=days, hours=hour, minutes=r.randrange(60), seconds=r.randrange(60))
    return paris(dt)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]


# ---------------------------------------------------------------- message ids
def make_msgid(addr, dt, r):
    dom = addr.split("@")[-1].lower()
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    HX = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    al = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))
    ts = int(dt.timestamp())
    if dom in ("gmail.com",) or dom == "floraisondesoi.fr" and r.random() < 0.5:
        return f"<CA{r.choice(['+', 'F', 'J', 'M', 'P'])}{al(10)}{r.choice(['+','-','_','='])}{al(30)}@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"<{r.randrange(100000000, 999999999)}.{r.randrange(100000, 999999)}.{ts}{r.randrange(100,999)}.JavaMail.open-xchange@opme11oxm{r.randrange(10,99)}nd1>"
    if dom.startswith(("outlook", "hotmail", "live")) or dom.endswith(".onmicrosoft.com"):
        pre = r.choice(["AM0PR", "PAVPR", "DB9PR", "PR3PR", "AS8PR", "LO2P", "CWLP"])
        box = f"{pre}{r.randrange(1,10):02d}MB{r.randrange(1000,9999)}{r.choice(['EURP','EURD','GBRP'])}{r.randrange(10,99)}"
        return f"<{box}{HX(5)}{r.randrange(100,999)}{HX(6)}@{box}.eurprd{r.randrange(1,9):02d}.prod.outlook.com>"
    if dom in ("icloud.com", "me.com"):
        return f"<{HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}@icloud.com>"
    if dom.startswith("yahoo") or dom == "aol.com":
        return f"<{r.randrange(100000000, 2000000000)}.{r.randrange(100000, 9999999)}.{ts}{r.randrange(100,999)}@mail.yahoo.com>"
    if dom == "free.fr":
        return f"<{r.randrange(100000000, 999999999)}.{r.randrange(10000,99999)}.{ts}.JavaMail.root@zimbra{r.randrange(10,99)}-e{r.randrange(1,9)}.priv.proxad.net>"
    if dom in ("laposte.net",):
        return f"<{r.randrange(1000000, 9999999)}.{r.randrange(100,999)}.{ts}@ws{r.randrange(10,99)}.laposte.net>"
    if dom in ("gmx.fr", "gmx.de", "web.de"):
        return f"<trinity-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-{ts}{r.randrange(100,999)}@3c-app-gmx-bs{r.randrange(10,99)}>"
    if dom == "proton.me":
        return f"<{al(22)}={al(20)}=@proton.me>"
    if dom in ("floraisondesoi.fr",):
        return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@floraisondesoi.fr>"
    style = r.randrange(3)
    if style == 0:
        return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{dom}>"
    if style == 1:
        return f"<{ts}.{r.randrange(1000,99999)}@{dom}>"
    return f"<{al(20)}.{r.randrange(10000,99999)}@mail.{dom}>"


def mailer_for(addr, r):
    dom = addr.split("@")[-1].lower()
    if dom in ("orange.fr", "wanadoo.fr"):
        return ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev" + str(r.randrange(40, 70)))
    if dom in ("icloud.com",) or r.random() < 0.12:
        return ("X-Mailer", r.choice(["iPhone Mail (22B91)", "iPhone Mail (21H221)", "Apple Mail (2.3776.700.51)",
                                      "iPad Mail (22D63)"]))
    if dom.startswith(("outlook", "hotmail", "live")) and r.random() < 0.5:
        return ("X-Mailer", "Microsoft Outlook 16.0")
    if r.random() < 0.15:
        return ("User-Agent", r.choice(["Mozilla Thunderbird", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
                                        "Roundcube Webmail/1.6.9", "K-9 Mail for Android"]))
    return None


# ---------------------------------------------------------------- quoting
def fmt_q_date(style, dt):
    if style in ("gmail_fr",):
        return f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month-1]} {dt.year} à {dt:%H:%M}"
    if style in ("apple_fr",):
        return f"{dt.day} {FR_MONTHS[dt.month-1]} {dt.year} à {dt:%H:%M}"
    if style == "outlook_fr":
        return f"{FR_DAYS_LONG[dt.weekday()]} {dt.day} {FR_MONTHS_LONG[dt.month-1]} {dt.year} {dt:%H:%M}"
    if style == "gmail_en":
        return f"{EN_DAYS[dt.weekday()]}, {dt.day} {EN_MONTHS[dt.month-1]} {dt.year} at {dt:%H:%M}"
    if style == "apple_en":
        return f"{dt.day} {EN_MONTHS[dt.month-1]} {dt.year}, at {dt:%H:%M}"
    if style == "outlook_en":
        h = dt.hour % 12 or 12
        return f"{EN_DAYS_LONG[dt.weekday()]}, {EN_MONTHS_LONG[dt.month-1]} {dt.day}, {dt.year} {h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    if style == "fwd_fr":
        return f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month-1]} {dt.year} à {dt:%H:%M}"
    if style == "fwd_en":
        return f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month-1]} {dt.day}, {dt.year} at {dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    return dt.strftime("%d/%m/%Y %H:%M")


def build_quote(q, qdt, me_name, me_addr, subject):
    style = q["style"]
    who = q.get("who", "Sandra Delomenie <contact@floraisondesoi.fr>")
    text = q["text"].strip("\n")
    qsubj = q.get("subject", subject.replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", "").replace("Fw: ", ""))
    to_line = q.get("to", f"{me_name} <{me_addr}>" if me_name else me_addr)
    d = fmt_q_date(style, qdt)
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail_fr":
        return f"Le {d}, {who} a écrit :\n{gt}"
    if style == "gmail_en":
        return f"On {d}, {who} wrote:\n{gt}"
    if style == "apple_fr":
        return f"> Le {d}, {who} a écrit :\n>\n{gt}"
    if style == "apple_en":
        return f"> On {d}, {who} wrote:\n>\n{gt}"
    if style == "outlook_fr":
        return (f"________________________________\nDe : {who}\nEnvoyé : {d}\nÀ : {to_line}\nObjet : {qsubj}\n\n{text}")
    if style == "outlook_en":
        return (f"________________________________\nFrom: {who}\nSent: {d}\nTo: {to_line}\nSubject: {qsubj}\n\n{text}")
    if style == "fwd_fr":
        return (f"---------- Message transféré ---------\nDe : {who}\nDate: {d}\nSubject: {qsubj}\nTo: {to_line}\n\n{text}")
    if style == "fwd_en":
        return (f"---------- Forwarded message ---------\nFrom: {who}\nDate: {d}\nSubject: {qsubj}\nTo: {to_line}\n\n{text}")
    raise ValueError(style)


def to_html(body, quote_text=None, quote_style=None):
    def paras(t):
        out = []
        for block in t.split("\n\n"):
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "</p>")
        return "\n".join(out)
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
         '<body><div dir="ltr">', paras(body) if body else "", "</div>"]
    if quote_text:
        if quote_style and quote_style.startswith(("outlook", "fwd")):
            h.append('<div><hr>' + paras(quote_text) + "</div>")
        else:
            lines = quote_text.split("\n")
            head, rest = lines[0], [l[2:] if l.startswith("> ") else l.lstrip(">") for l in lines[1:]]
            h.append(f'<div class="gmail_quote"><div class="gmail_attr">{html.escape(head.lstrip("> "))}</div>'
                     f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                     + paras("\n".join(rest).strip("\n")) + "</blockquote></div>")
    h.append("</body></html>")
    return "\n".join(h) + "\n"


# ---------------------------------------------------------------- attachments
def make_pdf(line):
    safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    safe = safe.encode("latin-1", "replace").decode("latin-1")
    stream = f"BT /F1 12 Tf 50 780 Td ({safe}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def make_png(seed_text, w=24, h=16):
    r = rng_for(seed_text, "png")
    c1 = (r.randrange(256), r.randrange(256), r.randrange(256))
    c2 = (r.randrange(256), r.randrange(256), r.randrange(256))
    raw = b""
    for y in range(h):
        raw += b"\x00" + b"".join(bytes(c1 if (x // 4 + y // 4) % 2 else c2) for x in range(w))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(p)}</w:t></w:r></w:p>" for p in text.split("\n"))
        + "</w:body></w:document>",
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, atts, key):
    for a in atts:
        kind, fname = a[0], a[1]
        payload = a[2] if len(a) > 2 else fname
        if kind == "pdf":
            msg.add_attachment(make_pdf(payload), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(key + fname), maintype="image", subtype="png", filename=fname)
        elif kind == "csv":
            msg.add_attachment(payload.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "docx":
            msg.add_attachment(make_docx(payload), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "ics":
            msg.add_attachment(payload.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
        elif kind == "txt":
            msg.add_attachment(payload, subtype="plain", charset="utf-8", filename=fname)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- build
def choose_cte(rec, r, text):
    if rec.get("cte"):
        return rec["cte"]
    x = r.random()
    if x < 0.42:
        return "quoted-printable"
    if x < 0.68:
        return "base64"
    return "8bit" if any(ord(c) > 127 for c in text) else "7bit"


def set_text(part, text, subtype, cte):
    if cte == "7bit" and any(ord(c) > 127 for c in text):
        cte = "8bit"
    part.set_content(text, subtype=subtype, charset="utf-8", cte=cte)


def build(rec):
    key = rec["key"]
    r = rng_for(key)
    lang = key[:2]
    dt = rec.get("_dt") or msg_date(rec, r)
    if rec.get("from_self"):
        addr = rec.get("self_addr", r.choice(SANDRA_ADDRS))
        name = rec.get("self_name", "Sandra Delomenie" if r.random() < 0.6 else "Floraison de Soi")
        first, last = "Sandra", "Delomenie"
    else:
        name, addr, first, last = pick_person(rec, r)
    fill = lambda t: (t.replace("{first}", first).replace("{last}", last)
                      .replace("{name}", f"{first} {last}".strip()).replace("{addr}", addr))
    subject = fill(rec.get("subject", ""))
    body = fill(rec.get("body", ""))

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f'"{name}" <{addr}>' if name and any(c in name for c in ",.()'") else (f"{name} <{addr}>" if name else addr)
    to = rec.get("to") or r.choice(SANDRA_ADDRS)
    if rec.get("from_self") and not rec.get("to"):
        to = rec.get("to_self", "undisclosed-recipients:;")
    msg["To"] = to
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if subject or not rec.get("no_subject"):
        msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = rec.get("msgid") or make_msgid(addr, dt, r)
    if rec.get("reply_to"):
        msg["Reply-To"] = fill(rec["reply_to"])

    q = rec.get("quote")
    quote_text = None
    if q:
        qdt = paris((dt - timedelta(days=r.randrange(1, 40), minutes=r.randrange(1, 600))).astimezone(timezone.utc))
        if qdt.hour < 7:
            qdt = paris((qdt + timedelta(hours=9)).astimezone(timezone.utc))
        quote_text = fill(build_quote(q, qdt, f"{first} {last}".strip(), addr, subject))
        if q["style"] not in ("fwd_fr", "fwd_en") and not q.get("no_thread"):
            parent = q.get("msgid") or make_msgid(q.get("who_addr", "contact@floraisondesoi.fr"), qdt, r)
            msg["In-Reply-To"] = parent
            msg["References"] = parent
    mailer = None if rec.get("no_mailer") or rec.get("kind") in ("bounce",) else mailer_for(addr, r)
    if mailer and not rec.get("headers", {}).get("X-Mailer"):
        msg[mailer[0]] = mailer[1]
    for hk, hv in rec.get("headers", {}).items():
        msg[hk] = fill(hv)

    sep = "\n\n" if body else ""
    full = body + (sep + quote_text if quote_text else "")
    if full and not full.endswith("\n"):
        full += "\n"
    mode = rec.get("html", "none")
    cte = choose_cte(rec, r, full + rec.get("html_body", ""))
    kind = rec.get("kind", "normal")

    if kind == "bounce":
        msg["Auto-Submitted"] = "auto-replied"
        msg.set_content(full, subtype="plain", charset="utf-8", cte=rec.get("cte", "8bit"))
        msg.make_mixed()
        msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
        msg.set_param("boundary", "=_bounce_" + hashlib.sha256(key.encode()).hexdigest()[:20])
        ds = MIMEPart(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        ds["Content-Description"] = "Delivery report"
        blocks = [b for b in fill(rec["dsn"]).strip("\n").split("\n\n") if b.strip()]
        ds.set_payload([HeaderParser(policy=policy.SMTP).parsestr(b + "\n") for b in blocks])
        msg.attach(ds)
        hdr = MIMEPart(policy=policy.SMTP)
        hdr["Content-Type"] = "text/rfc822-headers"
        hdr["Content-Description"] = "Undelivered Message Headers"
        lines = []
        for line in fill(rec["orig_headers"]).split("\n"):
            if any(ord(ch) > 127 for ch in line) and ": " in line:
                hn, hv = line.split(": ", 1)
                line = hn + ": " + Header(hv, "utf-8").encode()
            lines.append(line)
        hdr.set_payload("\n".join(lines))
        msg.attach(hdr)
        return msg, dt

    if mode == "only":
        set_text(msg, rec.get("html_body") and fill(rec["html_body"]) or to_html(body, quote_text, q and q["style"]), "html", cte)
    elif mode == "alt":
        set_text(msg, full if full else "\n", "plain", cte)
        msg.add_alternative(fill(rec["html_body"]) if rec.get("html_body") else to_html(body, quote_text, q and q["style"]),
                            subtype="html", charset="utf-8", cte=cte if cte != "7bit" else "quoted-printable")
    else:
        if full or not rec.get("empty_no_part"):
            set_text(msg, full if full else "\n", "plain", cte)
    if rec.get("attach_msg"):
        inner_d = rec["attach_msg"]
        im = EmailMessage(policy=policy.SMTP)
        im["From"] = fill(inner_d["from"])
        im["To"] = fill(inner_d.get("to", to))
        im["Subject"] = fill(inner_d["subject"])
        idt = paris((dt - timedelta(days=r.randrange(1, 30), hours=r.randrange(1, 20))).astimezone(timezone.utc))
        im["Date"] = format_datetime(idt)
        im["Message-ID"] = make_msgid(inner_d["from"].split("<")[-1].rstrip(">"), idt, r)
        im.set_content(fill(inner_d["body"]), charset="utf-8", cte="quoted-printable")
        if msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        msg.attach(_rfc822_part(im))
    if rec.get("att"):
        add_attachments(msg, [tuple(fill(x) if isinstance(x, str) else x for x in a) for a in rec["att"]], key)
    return msg, dt


def _rfc822_part(inner):
    p = MIMEPart(policy=policy.SMTP)
    p.set_content(inner, disposition="inline")
    return p


def main():
    recs = load_records()
    keys = [x["key"] for x in recs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        sys.exit("duplicate keys: %s" % dup)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(ordered(recs), 1):
        fname = f"{PREFIX}-{i:04d}.eml"
        msg, _ = build(rec)
        n = 0
        for part in msg.walk():  # deterministic boundaries (the library default is random)
            if part.is_multipart() and not part.get_boundary("").startswith("=_bounce_"):
                n += 1
                part.set_param("boundary", "=_%s_%02d_%s" % (PREFIX, n, hashlib.sha256(
                    ("%s/%d" % (rec["key"], n)).encode()).hexdigest()[:24]))
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = {"key": rec["key"], "rights": sorted(rec.get("rights", []))}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(labels)} messages + labels.json to {HERE}")


if __name__ == "__main__":
    main()
