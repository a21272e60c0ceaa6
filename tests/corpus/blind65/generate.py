#!/usr/bin/env python3
"""Write b65-NNNN.eml and labels.json from the record files. Deterministic, stdlib only."""
import base64, datetime, hashlib, html, io, json, os, struct, sys, zipfile, zlib
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b65"
import rec_fr_req, rec_en_req, rec_fr_neg, rec_en_neg  # noqa: E402
from recbase import SANDRA_C, SANDRA_O  # noqa: E402

TO = {"contact": SANDRA_C, "orange": SANDRA_O}


def all_records():
    recs = rec_fr_req.RECORDS + rec_en_req.RECORDS + rec_fr_neg.RECORDS + rec_en_neg.RECORDS
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def H(key, salt):
    return int(hashlib.sha256((salt + "|" + key).encode()).hexdigest(), 16)


def pick(key, salt, seq):
    return seq[H(key, salt) % len(seq)]


FR_FIRST = ["Camille", "Nadia", "Julien", "Sophie", "Mathieu", "Léa", "Karim", "Aurélie", "Thierry",
            "Manon", "Yannick", "Chloé", "Bernard", "Inès", "Laurent", "Océane", "Patrice", "Élodie",
            "Romain", "Sylvie", "Mehdi", "Pauline", "Gaëlle", "Fabrice", "Justine", "Hervé", "Lucie",
            "Samir", "Anaïs", "Didier", "Coralie", "Benoît", "Maëlys", "Christelle", "Kevin", "Agnès"]
FR_LAST = ["Moreau", "Lefebvre", "Garnier", "Rousseau", "Benali", "Chevalier", "Perrin", "Aubert",
           "Marchand", "Roux", "Lemoine", "Fontaine", "Gauthier", "Dupuis", "Brunet", "Colin",
           "Renard", "Picard", "Hamon", "Baron", "Bouvier", "Masson", "Texier", "Guillot", "Jolivet",
           "Nicolas", "Besson", "Carré", "Ferrand", "Tessier", "Labbé", "Poulain"]
EN_FIRST = ["Emma", "James", "Olivia", "Daniel", "Priya", "Tom", "Hannah", "Marco", "Aisha", "Lukas",
            "Grace", "Sven", "Chloe", "Ravi", "Megan", "Tobias", "Zoe", "Ahmed", "Fiona", "Piotr"]
EN_LAST = ["Walker", "Harris", "Kowalski", "Brennan", "Schmidt", "Patel", "O'Neill", "Lindqvist",
           "Rossi", "Murphy", "Evans", "Novak", "Fischer", "Reid", "Khan", "Dubois", "Hughes"]
FR_DOM = ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr", "laposte.net", "sfr.fr",
          "outlook.fr", "icloud.com", "wanadoo.fr", "gmail.com", "orange.fr", "bbox.fr"]
EN_DOM = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "gmx.de",
          "protonmail.com", "gmail.com"]


PERSONAL_DOMAINS = set(FR_DOM + EN_DOM) | {"skynet.be", "telenet.be", "proximus.be", "bluewin.ch", "sunrise.ch",
    "videotron.ca", "hotmail.ca", "sympatico.ca", "wp.pl", "libero.it", "telia.se", "floraisondesoi.fr"}


def ascii_local(s):
    tr = str.maketrans("éèêëàâäîïôöûüçÉÈ' ", "eeeeaaaiioouucEE-.")
    return s.translate(tr).lower()


def sender(r):
    if "frm" in r:
        return r["frm"]
    k = r["key"]
    if k.startswith("fr-"):
        f, l, d = pick(k, "f", FR_FIRST), pick(k, "l", FR_LAST), pick(k, "d", FR_DOM)
    else:
        f, l, d = pick(k, "f", EN_FIRST), pick(k, "l", EN_LAST), pick(k, "d", EN_DOM)
    style = H(k, "ls") % 4
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{H(k, 'n') % 90 + 10}", f"{l}.{f}"][style]
    return (f"{f} {l}", ascii_local(local).replace("-.", ".").strip(".") + "@" + d)


def paris_date(k):
    base = datetime.datetime(2025, 1, 3)
    day = H(k, "day") % 540
    minute = 7 * 60 + H(k, "min") % (16 * 60)
    local = base + datetime.timedelta(days=day, minutes=minute, seconds=H(k, "s") % 60)

    def last_sunday(y, m):
        d = datetime.datetime(y, m, 31)
        while d.weekday() != 6:
            d -= datetime.timedelta(days=1)
        return d
    y = local.year
    dst = last_sunday(y, 3) + datetime.timedelta(hours=3) <= local < last_sunday(y, 10) + datetime.timedelta(hours=3)
    return local.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if dst else 1)))


def msgid(k, addr, salt="mid"):
    dom = addr.split("@")[1].lower()
    h = hashlib.sha256((salt + k).encode()).hexdigest()
    b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("=", "")
    n = H(k, salt + "n")
    if dom == "gmail.com":
        return f"<CA+{b[:14]}{b[20:40]}{b[15:19]}@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"<{n % 10**9}.{n % 10**6}.{1730000000000 + n % 10**11}.JavaMail.open-xchange@opme11oxm0{n % 9 + 1}nd1>"
    if dom.startswith(("hotmail", "outlook", "live")):
        return f"<{h[:40].upper()[:4]}PR0{n % 9 + 1}MB{n % 9000 + 1000}{h[4:16].upper()}@{h[16:20].upper()}PR0{n % 9 + 1}MB{n % 9000 + 1000}.eurprd0{n % 8 + 1}.prod.outlook.com>"
    if dom in ("icloud.com", "me.com"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@icloud.com>"
    if dom.startswith("yahoo"):
        return f"<{n % 10**9}.{n % 10**7}.{n % 10**13}@mail.yahoo.com>"
    if dom == "floraisondesoi.fr":
        return f"<{h[:24]}@floraisondesoi.fr>"
    return f"<{h[:20]}.{n % 10**6}@{dom}>"


FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quote_block(r, d):
    q = r["q"]
    style = q.get("style", "gmail")
    name, addr = q.get("name", SANDRA_O[0]), q.get("addr", SANDRA_O[1] if r.get("to") == "orange" else SANDRA_C[1])
    qd = d - datetime.timedelta(days=H(r["key"], "qd") % 20 + 1, minutes=H(r["key"], "qm") % 600)
    text = q["text"].strip("\n")
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    subj = q.get("subj", r["subject"].replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", ""))
    fr_date = f"{FR_DAYS[qd.weekday()]} {qd.day} {FR_MONTHS[qd.month - 1]} {qd.year} à {qd:%H:%M}"
    if style == "gmail":
        return f"\n\nLe {fr_date}, {name} <{addr}> a écrit :\n{gt}\n"
    if style == "apple":
        return f"\n\n> Le {qd.day} {FR_MONTHS[qd.month - 1].rstrip('.')} {qd.year} à {qd:%H:%M}, {name} <{addr}> a écrit :\n> \n{gt}\n"
    if style == "outlook":
        return (f"\n\n________________________________\nDe : {name} <{addr}>\nEnvoyé : {fr_date.replace(' à', '')}\n"
                f"À : {q.get('to', 'moi')}\nObjet : {subj}\n\n{text}\n")
    if style == "en":
        return f"\n\nOn {EN_MONTHS[qd.month - 1]} {qd.day}, {qd.year}, at {qd:%H:%M}, {name} <{addr}> wrote:\n{gt}\n"
    if style == "fwd":
        return (f"\n\n---------- Forwarded message ---------\nDe : {name} <{addr}>\nDate: {fr_date}\n"
                f"Subject: {subj}\nTo: {q.get('to', '')}\n\n{text}\n")
    raise ValueError(style)


def to_html(text):
    out, quote = [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(html.escape(line[1:].lstrip()))
            continue
        if quote:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">" + "<br>".join(quote) + "</blockquote>")
            quote = []
        out.append(html.escape(line) + "<br>" if line else "<br>")
    if quote:
        out.append("<blockquote>" + "<br>".join(quote) + "</blockquote>")
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div dir=\"ltr\">\n" + "\n".join(out) + "\n</div></body></html>\n"


def pdf_bytes(line):
    t = line.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 12 Tf 40 780 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def png_bytes(seed):
    w = h = 8
    c = hashlib.sha256(seed.encode()).digest()[:3]
    raw = b"".join(b"\x00" + c * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + html.escape(text) + '</w:t></w:r></w:p></w:body></w:document>',
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return bio.getvalue()


def add_att(m, kind, fname, text):
    if kind == "pdf":
        m.add_attachment(pdf_bytes(text), "application", "pdf", filename=fname)
    elif kind == "png":
        m.add_attachment(png_bytes(fname + text), "image", "png", filename=fname)
    elif kind == "jpg":
        m.add_attachment(png_bytes(fname + text), "image", "png", filename=fname.rsplit(".", 1)[0] + ".png")
    elif kind == "csv":
        m.add_attachment(text.encode("utf-8"), "text", "csv", filename=fname)
    elif kind == "docx":
        m.add_attachment(docx_bytes(text), "application",
                         "vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    elif kind == "ics":
        m.add_attachment(text.encode("utf-8"), "text", "calendar", filename=fname)
    else:
        raise ValueError(kind)


def cte_for(r, text):
    if "cte" in r:
        return r["cte"]
    if all(ord(c) < 128 for c in text):
        return "7bit"
    return ["quoted-printable", "base64", "8bit", "quoted-printable"][H(r["key"], "cte") % 4]


def build(r):
    k = r["key"]
    d = paris_date(k)
    fname, faddr = sender(r)
    to = r.get("to", "contact" if H(k, "to") % 3 else "orange")
    to_pair = TO.get(to, (None, to)) if isinstance(to, str) else to
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = formataddr((fname, faddr)) if fname else faddr
    m["To"] = formataddr(to_pair) if to_pair[0] else to_pair[1]
    if r.get("cc"):
        m["Cc"] = r["cc"]
    m["Subject"] = r["subject"]
    m["Date"] = format_datetime(d)
    m["Message-ID"] = msgid(k, faddr)
    if r.get("q") or r.get("reply"):
        qaddr = r.get("q", {}).get("addr", SANDRA_O[1] if to == "orange" else SANDRA_C[1])
        parent = msgid(k, qaddr, "parent")
        root = msgid(k, qaddr, "root")
        m["In-Reply-To"] = parent
        m["References"] = root + " " + parent if H(k, "refs") % 2 else parent
    for hk, hv in r.get("hdr", {}).items():
        m[hk] = hv
    personal = faddr.split("@")[1] in PERSONAL_DOMAINS and "hdr" not in r and "shape" not in r
    if personal:
        mailer = {0: None, 1: None, 2: "iPhone Mail (22D72)", 3: "Microsoft Outlook 16.0",
                  4: None, 5: "Mozilla Thunderbird"}[H(k, "xm") % 6]
        if "iPhone" in r["body"] or "iPhone" in r.get("sig", ""):
            mailer = "iPhone Mail (22E240)"
        if mailer == "Mozilla Thunderbird":
            m["User-Agent"] = "Mozilla Thunderbird 128.3.1"
        elif mailer:
            m["X-Mailer"] = mailer
    m["MIME-Version"] = "1.0"
    text = r["body"]
    if r.get("q"):
        text = text.rstrip("\n") + quote_block(r, d)
    if text and not text.endswith("\n"):
        text += "\n"
    shape = r.get("shape")
    if shape == "bounce":
        build_bounce(m, r, text, d)
        return m
    h = r.get("html")
    cte = cte_for(r, text)
    if h == "only":
        m.set_content(r.get("html_src") or to_html(text), subtype="html", cte=cte if cte != "7bit" or all(ord(c) < 128 for c in (r.get("html_src") or to_html(text))) else "quoted-printable")
    else:
        m.set_content(text, cte=cte)
        if h == "alt":
            hs = r.get("html_src") or to_html(text)
            m.add_alternative(hs, subtype="html", cte="quoted-printable" if cte in ("7bit", "8bit") else cte)
    if shape == "fwd822":
        inner = EmailMessage(policy=policy.SMTP)
        i = r["inner"]
        inner["From"] = i["frm"]
        inner["To"] = i.get("to", SANDRA_C[1])
        inner["Subject"] = i["subject"]
        inner["Date"] = format_datetime(d - datetime.timedelta(days=3, hours=2))
        inner["Message-ID"] = msgid(k, i["frm"].split("<")[-1].strip(">"), "inner")
        inner.set_content(i["body"] + "\n", cte="quoted-printable")
        m.add_attachment(inner)
    for kind, fn, t in r.get("att", []):
        add_att(m, kind, fn, t)
    return m


def build_bounce(m, r, text, d):
    k = r["key"]
    m.set_content(text, cte="7bit" if all(ord(c) < 128 for c in text) else "quoted-printable")
    m.make_mixed()
    rcpt = r["rcpt"]
    ds = EmailMessage(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = EmailMessage(policy=policy.SMTP)
    b1["Reporting-MTA"] = "dns; " + r.get("mta", "smtp-out.orange.fr")
    b1["Arrival-Date"] = format_datetime(d)
    b2 = EmailMessage(policy=policy.SMTP)
    b2["Final-Recipient"] = "rfc822; " + rcpt
    b2["Action"] = "failed"
    b2["Status"] = r.get("status", "5.1.1")
    b2["Diagnostic-Code"] = "smtp; " + r.get("diag", "550 5.1.1 User unknown")
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = EmailMessage(policy=policy.SMTP)
    orig["From"] = formataddr(SANDRA_C) if r.get("to") != "orange" else formataddr(SANDRA_O)
    orig["To"] = rcpt
    orig["Subject"] = r["orig_subject"]
    orig["Date"] = format_datetime(d - datetime.timedelta(minutes=2))
    orig["Message-ID"] = msgid(k, "x@floraisondesoi.fr", "orig")
    orig.set_content(r["orig_body"] + "\n", cte="quoted-printable")
    wrap = EmailMessage(policy=policy.SMTP)
    wrap.set_content(orig)
    wrap["Content-Description"] = "Undelivered Message"
    m.attach(wrap)
    m.set_type("multipart/report")
    m.set_param("report-type", "delivery-status")


def fix_boundaries(m, k):
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("=_b65_" + hashlib.sha256(f"{k}|{n}".encode()).hexdigest()[:24] + f"_{n}")


def main():
    recs = all_records()
    labels = {}
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for i, r in enumerate(recs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            msg = build(r)
            fix_boundaries(msg, r["key"])
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": r["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(recs)} messages")


if __name__ == "__main__":
    main()
