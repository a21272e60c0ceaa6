#!/usr/bin/env python3
"""Writes b71-NNNN.eml and labels.json from the records_*.py files. Deterministic."""
import hashlib, html, importlib, io, json, os, random, struct, sys, zipfile, zlib, glob
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b71"
sys.path.insert(0, HERE)
import rec

def load():
    for f in sorted(glob.glob(os.path.join(HERE, "records_*.py"))):
        importlib.import_module(os.path.basename(f)[:-3])
    keys = [r["key"] for r in rec.RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return sorted(rec.RECORDS, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())

def rng_for(key, salt=""):
    return random.Random(int(hashlib.sha256((salt + key).encode()).hexdigest()[:16], 16))

HER = ["Sandra Delomenie <contact@floraisondesoi.fr>", "Sandra Delomenie <sandra.delomenie@orange.fr>"]

def last_sunday(y, mo):
    d = datetime(y, mo + 1, 1) - timedelta(days=1) if mo < 12 else datetime(y, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d

def paris(dt_naive):
    y = dt_naive.year
    start = last_sunday(y, 3).replace(hour=2)
    end = last_sunday(y, 10).replace(hour=3)
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=timezone(timedelta(hours=off)))

def msg_date(r):
    g = rng_for(r["key"], "date")
    base = datetime(2025, 1, 2, 0, 0)
    day = g.randrange(0, 540)
    hour = g.choice([7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 6])
    dt = base + timedelta(days=day, hours=hour, minutes=g.randrange(60), seconds=g.randrange(60))
    if r.get("date"):
        dt = datetime.strptime(r["date"], "%Y-%m-%d %H:%M")
    return paris(dt)

def addr_of(s):
    return s.split("<")[-1].rstrip(">").strip() if "<" in s else s.strip()

def msgid(key, frm, salt="mid"):
    h = hashlib.sha256((salt + key).encode()).hexdigest()
    dom = addr_of(frm).split("@")[-1].lower()
    g = rng_for(key, salt)
    if dom in ("gmail.com", "googlemail.com"):
        import base64
        tok = base64.b64encode(bytes.fromhex(h[:42])).decode().replace("/", "_")
        return f"<CA{tok}@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"<{int(h[:10],16)}.{int(h[10:14],16)}.{1735000000000 + int(h[14:22],16) % 50000000000}.JavaMail.open-xchange@opme11oxm{g.randrange(10,40)}nd1.rouen.francetelecom.fr>"
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "live.be", "msn.com"):
        return f"<{['PAXP','AM9P','DB9P','VI1P'][g.randrange(4)]}{h[:4].upper()}MB{g.randrange(1000,9999)}{h[4:24].upper()}@{['PAXP','AM9P','DB9P'][g.randrange(3)]}193MB{g.randrange(1000,9999)}.EURP{g.randrange(100,300)}.prod.outlook.com>"
    if dom.startswith("yahoo"):
        return f"<{int(h[:9],16)}.{int(h[9:16],16)}.{1735000000000 + int(h[16:24],16) % 50000000000}@mail.yahoo.com>"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@icloud.com>"
    if dom in ("free.fr", "laposte.net", "sfr.fr", "bluewin.ch", "videotron.ca", "skynet.be", "proton.me"):
        return f"<{h[:24]}@{dom}>"
    return f"<{h[:12]}.{h[12:20]}@{'mail.' + dom if g.random() < .5 else dom}>"

# ---------- attachments (deterministic) ----------
def make_pdf(text):
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")
    stream = b"BT /F1 11 Tf 60 760 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO(); out.write(b"%PDF-1.4\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell()); out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs: out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()

def make_png(seed):
    w = h = 16; g = rng_for(seed, "png")
    raw = b"".join(b"\x00" + bytes(g.randrange(256) for _ in range(w * 3)) for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

def make_docx(text):
    bio = io.BytesIO()
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + "".join(f"<w:p><w:r><w:t>{html.escape(l)}</w:t></w:r></w:p>" for l in text.split("\n")) + "</w:body></w:document>",
    }
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return bio.getvalue()

def add_att(msg, kind, name, text, key):
    if kind == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=name)
    elif kind == "png":
        msg.add_attachment(make_png(key + name), maintype="image", subtype="png", filename=name)
    elif kind == "jpg":
        msg.add_attachment(make_png(key + name), maintype="image", subtype="png", filename=name)
    elif kind == "csv":
        msg.add_attachment(text, subtype="csv", filename=name, cte="quoted-printable" if not text.isascii() else "7bit")
    elif kind == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "ics":
        msg.add_attachment(text, subtype="calendar", filename=name)
    elif kind == "txt":
        msg.add_attachment(text, subtype="plain", filename=name)
    else:
        raise ValueError(kind)

# ---------- quoting ----------
JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

def quote_block(r, qdate, frm, to):
    q = r["quote"].strip("\n"); style = r.get("qstyle", "gmail"); who = r.get("qwho", to)
    name = who.split("<")[0].strip() or who
    a = addr_of(who)
    qs = r.get("qsubject", r["subject"].replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", ""))
    if style == "gmail":
        head = f"Le {JOURS[qdate.weekday()]} {qdate.day} {MOIS[qdate.month-1]} {qdate.year} à {qdate:%H:%M}, {name} <{a}> a écrit :"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
    if style == "apple":
        head = f"> Le {qdate.day} {MOIS_L[qdate.month-1]} {qdate.year} à {qdate:%H:%M}, {name} <{a}> a écrit :\n> "
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
    if style == "outlook":
        return ("________________________________\n" f"De : {name} <{a}>\n"
                f"Envoyé : {JOURS_L[qdate.weekday()]} {qdate.day} {MOIS_L[qdate.month-1]} {qdate.year} {qdate:%H:%M}\n"
                f"À : {addr_of(frm)}\nObjet : {qs}\n\n" + q)
    if style == "en":
        head = f"On {qdate:%a}, {qdate.day} {qdate:%b} {qdate.year} at {qdate:%H:%M}, {name} <{a}> wrote:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
    if style == "fwd":
        return ("---------- Message transféré ---------\n" f"De : {name} <{a}>\n"
                f"Date: {JOURS[qdate.weekday()]} {qdate.day} {MOIS[qdate.month-1]} {qdate.year} à {qdate:%H:%M}\n"
                f"Subject: {qs}\nTo: <{addr_of(to)}>\n\n" + q)
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\n" f"From: {name} <{a}>\n"
                f"Date: {qdate:%a}, {qdate:%b} {qdate.day}, {qdate.year} at {qdate:%H:%M}\n"
                f"Subject: {qs}\nTo: <{addr_of(to)}>\n\n" + q)
    raise ValueError(style)

def to_html(text):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">") or p.startswith("Le ") and "a écrit" in p.split("\n")[0]:
            pass
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")

def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_b71_" + hashlib.sha256(f"{key}/{n}".encode()).hexdigest()[:28])

def delivery_status_part(rcpt, reporting, diag):
    ds = EmailMessage()
    ds["Content-Type"] = "message/delivery-status"
    b1 = EmailMessage(); b1["Reporting-MTA"] = f"dns; {reporting}"
    b2 = EmailMessage(); b2["Final-Recipient"] = f"rfc822; {rcpt}"; b2["Action"] = "failed"
    b2["Status"] = "5.1.1"; b2["Diagnostic-Code"] = f"smtp; {diag}"
    ds.set_payload([b1, b2])
    return ds

def build(r):
    key = r["key"]; g = rng_for(key, "hdr")
    to_ix = r.get("to", g.randrange(2) if g.random() < .4 else 0)
    her = HER[to_ix]
    frm = r.get("frm") or "Anonyme <anon@example.org>"
    to = r.get("to_addr", her)
    date = msg_date(r)
    body = r["body"]
    if r.get("quote"):
        qdate = date - timedelta(days=g.randrange(1, 20), hours=g.randrange(0, 9), minutes=g.randrange(60))
        qd = qdate.replace(tzinfo=None)
        body = body.rstrip("\n") + "\n\n" + quote_block(r, qd, frm, r.get("qwho", her)) + "\n"
    kind = r.get("kind")
    msg = EmailMessage(policy=policy.SMTP)
    if kind == "report":
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        p1 = EmailMessage(); p1.set_content(body, cte=r.get("cte", "8bit") if not body.isascii() else "7bit")
        orig = EmailMessage(); orig["Content-Type"] = "text/rfc822-headers"
        orig.set_payload(r["orig_headers"].replace("\n", "\r\n") if False else r["orig_headers"])
        msg.attach(p1); msg.attach(delivery_status_part(r["rcpt"], r.get("mta", "smtp-out.orange.fr"), r["diag"])); msg.attach(orig)
    else:
        mode = r.get("html")
        cte = r.get("cte")
        if not body.strip():
            msg.set_content(body if body else "\n", cte=cte or "7bit")
        elif mode == "only":
            msg.set_content(r.get("html_body") or to_html(body), subtype="html", cte=cte or "quoted-printable")
        else:
            kw = {"cte": cte} if cte else {}
            if cte is None and not body.isascii():
                kw["cte"] = "8bit" if g.random() < .35 else "quoted-printable"
            msg.set_content(body, **kw)
            if mode == "alt":
                msg.add_alternative(r.get("html_body") or to_html(body), subtype="html",
                                    cte="base64" if (cte == "base64") else "quoted-printable")
        if kind == "rfc822":
            inn = r["inner"]; im = EmailMessage()
            im["From"] = inn["frm"]; im["To"] = inn.get("to", her); im["Subject"] = inn["subject"]
            im["Date"] = format_datetime(paris(datetime.strptime(inn["date"], "%Y-%m-%d %H:%M")))
            im["Message-ID"] = msgid(key, inn["frm"], "inner")
            im.set_content(inn["body"], cte="quoted-printable" if not inn["body"].isascii() else "7bit")
            msg.add_attachment(im)
        for a in r.get("att", []):
            add_att(msg, a[0], a[1], a[2] if len(a) > 2 else "", key)
    # headers, in a realistic order
    msg["From"] = frm
    msg["To"] = to
    if r.get("cc"): msg["Cc"] = r["cc"]
    subj = r["subject"]
    msg["Subject"] = subj
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = r.get("mid") or msgid(key, frm)
    if r.get("reply"):
        prev = msgid(key, her, "prev")
        msg["In-Reply-To"] = prev
        msg["References"] = (msgid(key, frm, "prev0") + " " + prev) if g.random() < .5 else prev
    if r.get("mailer"): msg["X-Mailer"] = r["mailer"]
    for k, v in (r.get("hdr") or {}).items():
        msg[k] = v
    # move Content-* headers after the others, as mail clients do
    ct = [(k, v) for k, v in msg.items() if k.lower().startswith("content-")]
    for k, _ in ct: del msg[k]
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    for k, v in ct: msg[k] = v
    set_boundaries(msg, key)
    return msg

def main():
    recs = load()
    for f in glob.glob(os.path.join(HERE, PREFIX + "-*.eml")):
        os.remove(f)
    labels = {}
    for i, r in enumerate(recs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        msg = build(r)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": r["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True); fh.write("\n")
    print(f"wrote {len(recs)} messages to {HERE}")

if __name__ == "__main__":
    main()
