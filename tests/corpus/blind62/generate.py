#!/usr/bin/env python3
"""Write b62-NNNN.eml and labels.json from the record files. Deterministic, stdlib only."""
import hashlib, json, os, struct, zlib, zipfile, io, datetime, html
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy, utils

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b62"
SANDRA = [("Sandra Delomenie", "contact@floraisondesoi.fr"), ("Sandra Delomenie", "sandra.delomenie@orange.fr")]


def load_records():
    import records_fr_req, records_fr_neg, records_en
    recs = records_fr_req.RECORDS + records_fr_neg.RECORDS + records_en.RECORDS
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


def h(key, salt, n):
    return int(hashlib.sha256((salt + ":" + key).encode()).hexdigest(), 16) % n


FIRST_FR = ["Camille", "Nathalie", "Sophie", "Julien", "Aurelie", "Karine", "Mathieu", "Elodie", "Sylvie", "Laurent",
            "Virginie", "Celine", "Thomas", "Isabelle", "Manon", "Stephanie", "Fred", "Audrey", "Pascale", "Nico"]
LAST_FR = ["Moreau", "Girard", "Petitjean", "Renaud", "Chauvet", "Baudin", "Lemaire", "Fournier", "Aubert", "Roux",
           "Marchand", "Perrin", "Guillot", "Barbier", "Tessier", "Carre", "Morin", "Brunet"]
FIRST_EN = ["Emma", "Oliver", "Sarah", "James", "Hannah", "Liam", "Chloe", "Daniel", "Megan", "Tom", "Priya", "Lukas"]
LAST_EN = ["Walker", "Bennett", "Hughes", "Murphy", "Clarke", "Patel", "Schmidt", "Kowalski", "Evans", "O'Neill"]
DOMS = ["gmail.com", "orange.fr", "hotmail.fr", "free.fr", "icloud.com", "outlook.fr", "laposte.net", "wanadoo.fr", "yahoo.fr", "sfr.fr"]
DOMS_EN = ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "hotmail.com", "proton.me"]


def sender(r):
    if r.get("frm"):
        return r["frm"]
    k = r["key"]
    en = k.startswith("en-")
    f = (FIRST_EN if en else FIRST_FR)[h(k, "f", len(FIRST_EN if en else FIRST_FR))]
    l = (LAST_EN if en else LAST_FR)[h(k, "l", len(LAST_EN if en else LAST_FR))]
    d = (DOMS_EN if en else DOMS)[h(k, "d", len(DOMS_EN if en else DOMS))]
    local = [f.lower() + "." + l.lower(), f.lower()[0] + l.lower(), f.lower() + l.lower()[:3] + str(h(k, "n", 90) + 10)][h(k, "s", 3)]
    return (f + " " + l, local.replace("'", ""))[0], local.replace("'", "") + "@" + d


def last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def paris_dt(k, salt="date"):
    start = datetime.datetime(2025, 1, 2, 0, 0)
    dt = start + datetime.timedelta(minutes=h(k, salt, 540 * 24 * 60))
    dst = last_sunday(dt.year, 3) <= dt.date() < last_sunday(dt.year, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if dst else 1))
    return dt.replace(tzinfo=tz)


def msgid(k, addr, salt="mid"):
    hx = hashlib.sha256((salt + k).encode()).hexdigest()
    dom = addr.split("@")[1]
    if dom == "gmail.com":
        return "<CA+%s%s@mail.gmail.com>" % (hx[:20].upper(), hx[20:34])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm0%dnd1>" % (int(hx[:7], 16), int(hx[7:10], 16), int(hx[10:23], 16), int(hx[23], 16) % 4 + 1)
    if dom.startswith(("hotmail", "outlook")):
        return "<PR3P%s%s@PR3P%s.eurprd0%d.prod.outlook.com>" % (hx[:3].upper(), hx[3:40].upper(), hx[40:44].upper(), int(hx[44], 16) % 9 + 1)
    if dom == "icloud.com":
        return "<%s-%s-%s-%s-%s@icloud.com>" % (hx[:8].upper(), hx[8:12].upper(), hx[12:16].upper(), hx[16:20].upper(), hx[20:32].upper())
    if dom == "free.fr":
        return "<%s.%s@zimbra-e%d.free.fr>" % (hx[:16], hx[16:24], int(hx[24], 16) % 9)
    return "<%s.%s@%s>" % (hx[:24], hx[24:32], dom)


MAILERS = [None, None, "iPhone Mail (22B91)", "Apple Mail (2.3774.600.62)", "Microsoft Outlook 16.0", None,
           "Open-Xchange Mailer v7.10.6-Rev62", "Mozilla Thunderbird 128.3.1", None, "Samsung Mail"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def quote_block(r, q, me):
    who = q.get("who", SANDRA[h(r["key"], "qw", 2)])
    d = paris_dt(r["key"]) - datetime.timedelta(hours=3 + h(r["key"], "qd", 200))
    text = q["text"].strip("\n")
    qt = "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
    st = q["style"]
    if st == "gmail":
        return "\n\nLe %s %d %s %d à %02d:%02d, %s <%s> a écrit :\n%s\n" % (JOURS[d.weekday()][:3] + ".", d.day, MOIS[d.month - 1][:4].rstrip("."), d.year, d.hour, d.minute, who[0], who[1], qt)
    if st == "apple":
        return "\n\n> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> \n%s\n" % (d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, who[0], who[1], qt)
    if st == "outlook":
        return "\n\n________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s <%s>\nObjet : %s\n\n%s\n" % (who[0], who[1], JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, me[0], me[1], q.get("subject", r["subject"].replace("RE: ", "")), text)
    if st == "en":
        return "\n\nOn %s, %s <%s> wrote:\n%s\n" % (d.strftime("%a, %d %b %Y at %H:%M"), who[0], who[1], qt)
    if st == "fwd":
        return "\n\n---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n" % (who[0], who[1], d.strftime("%a, %d %b %Y %H:%M"), q.get("subject", r["subject"]), q.get("to", me[1]), text)
    raise ValueError(st)


def pdf(line):
    line = line.replace("(", "").replace(")", "")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = "BT /F1 12 Tf 60 780 Td (%s) Tj ET" % line
    objs[3] = "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def png():
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xe8\xb4\xc8" * 4 for _ in range(4))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def docx(text):
    buf = io.BytesIO()
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(text),
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            z.writestr(zipfile.ZipInfo(n, (2025, 1, 1, 0, 0, 0)), c)
    return buf.getvalue()


def add_att(m, a):
    kind, name = a[0], a[1]
    txt = a[2] if len(a) > 2 else name
    if kind == "pdf":
        m.add_attachment(pdf(txt), maintype="application", subtype="pdf", filename=name)
    elif kind == "png":
        m.add_attachment(png(), maintype="image", subtype="png", filename=name)
    elif kind == "csv":
        m.add_attachment(txt.encode("utf-8"), maintype="text", subtype="csv", filename=name)
    elif kind == "docx":
        m.add_attachment(docx(txt), maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "ics":
        m.add_attachment(txt.encode("utf-8"), maintype="text", subtype="calendar", filename=name)
    else:
        raise ValueError(kind)


def to_html(body):
    paras = body.split("\n\n")
    return "<html><body>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in paras) + "</body></html>"


def cte_for(r, text):
    c = r.get("cte")
    if c:
        return {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[c]
    if all(ord(ch) < 128 for ch in text):
        return "7bit"
    return ["quoted-printable", "8bit", "base64", "quoted-printable", "8bit"][h(r["key"], "cte", 5)]


def build(r):
    k = r["key"]
    fname, faddr = sender(r)
    me = SANDRA[r["to"]] if "to" in r else SANDRA[h(k, "to", 2)]
    if r.get("from_sandra"):
        fname, faddr = me
        me = r.get("rcpt", ("Client", "client@example.fr"))
    body = r["body"]
    real = (fname, faddr)
    if r.get("form"):
        body = "Nom : %s\nE-mail : %s\nMessage :\n%s\n\n--\nCe message a été envoyé via le formulaire de contact de floraisondesoi.fr" % (fname, faddr, body)
        fname, faddr = "Floraison de Soi (site)", "wordpress@floraisondesoi.fr"
    if r.get("quote"):
        body = body + quote_block(r, r["quote"], (fname, faddr) if not r.get("from_sandra") else me)
    if r.get("kind") == "bounce":
        m = MIMEMultipart("report", report_type="delivery-status", policy=policy.SMTP)
        m.attach(MIMEText(body, "plain", "utf-8", policy=policy.SMTP))
        ds = MIMEBase("message", "delivery-status", policy=policy.SMTP)
        b1, b2 = Message(), Message()
        b1["Reporting-MTA"] = "dns; " + faddr.split("@")[1]
        b2["Final-Recipient"] = "rfc822; " + r["bounce_rcpt"]
        b2["Action"] = "failed"
        b2["Status"] = "5.1.1"
        b2["Diagnostic-Code"] = "smtp; 550 5.1.1 user unknown"
        ds.set_payload([b1, b2])
        m.attach(ds)
        hd = MIMEText("From: %s <%s>\nTo: %s\nSubject: %s\n" % (me[0], me[1], r["bounce_rcpt"], r.get("orig_subject", "Nouvelles")), "rfc822-headers", "utf-8", policy=policy.SMTP)
        m.attach(hd)
        fname2, faddr2 = fname, faddr
        m["From"] = utils.formataddr((fname2, faddr2))
        m["To"] = utils.formataddr(me)
    else:
        m = EmailMessage(policy=policy.SMTP)
        m["From"] = utils.formataddr((fname, faddr))
        m["To"] = utils.formataddr(me)
        hm = r.get("html")
        if hm == "only":
            m.set_content(to_html(body), subtype="html", cte=cte_for(r, body))
        else:
            m.set_content(body, cte=cte_for(r, body))
            if hm == "alt":
                m.add_alternative(to_html(body), subtype="html", cte=cte_for(r, body))
        if r.get("fwd_msg"):
            fm = r["fwd_msg"]
            inner = EmailMessage(policy=policy.SMTP)
            inner["From"] = fm["from"]
            inner["To"] = fm.get("to", utils.formataddr(me))
            inner["Subject"] = fm["subject"]
            inner["Date"] = utils.format_datetime(paris_dt(k, "inner"))
            inner["Message-ID"] = msgid(k, "x@" + fm["from"].split("@")[1].rstrip(">"), "inner")
            inner.set_content(fm["body"])
            m.add_attachment(inner)
        for a in r.get("att", []):
            add_att(m, a)
    subj = r["subject"]
    if r.get("quote") and r["quote"]["style"] != "fwd" and not subj.lower().startswith(("re", "tr", "fw")) and not r.get("noreply_prefix"):
        subj = ("Re: " if h(k, "re", 3) else "RE: ") + subj
    m["Subject"] = subj
    m["Date"] = utils.format_datetime(paris_dt(k))
    m["Message-ID"] = msgid(k, faddr)
    if r.get("quote"):
        ref = msgid(k, SANDRA[h(k, "qw", 2)][1], "ref")
        m["In-Reply-To"] = ref
        m["References"] = ref
    if r.get("cc"):
        m["Cc"] = r["cc"]
    if r.get("form"):
        m["Reply-To"] = utils.formataddr(real)
    auto = r.get("kind") == "bounce" or r.get("form") or any(x in r.get("headers", {}) for x in ("Auto-Submitted", "List-Unsubscribe"))
    xm = r.get("mailer", None if auto else MAILERS[h(k, "xm", len(MAILERS))])
    if "iPhone" in r["body"]:
        xm = "iPhone Mail (22B91)"
    elif "Samsung" in r["body"]:
        xm = "Samsung Mail"
    if xm:
        m["X-Mailer"] = xm
    for hk, hv in r.get("headers", {}).items():
        m[hk] = hv
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


def fix_boundaries(m, key):
    """Every multipart boundary derived from the record key (the email library draws them at random)."""
    for n, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("=_b62_%s_%d" % (hashlib.sha256((key + str(n)).encode()).hexdigest()[:20], n))


def main():
    recs = load_records()
    labels = {}
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        m = build(r)
        fix_boundaries(m, r["key"])
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(recs))


if __name__ == "__main__":
    import sys
    sys.path.insert(0, HERE)
    main()
