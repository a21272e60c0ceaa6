#!/usr/bin/env python3
"""Write b51-NNNN.eml and labels.json from the record files (stdlib only, deterministic)."""
import hashlib, html, io, json, os, struct, sys, zipfile, zlib
from datetime import datetime, timedelta, timezone, date
from email.message import EmailMessage
from email import policy, message_from_bytes
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b51"
RECORD_MODULES = ["rec_fr_req1", "rec_fr_req2", "rec_en_req",
                  "rec_fr_neg1", "rec_fr_neg2", "rec_en_neg"]
CONTACT = "Sandra Delomenie <contact@floraisondesoi.fr>"
ORANGE = "Sandra Delomenie <sandra.delomenie@orange.fr>"
TO_MAP = {"contact": "Floraison de Soi <contact@floraisondesoi.fr>",
          "orange": "sandra.delomenie@orange.fr",
          "contact_bare": "contact@floraisondesoi.fr",
          "orange_named": "Sandra Delomenie <sandra.delomenie@orange.fr>"}


def load_records():
    recs = []
    for name in RECORD_MODULES:
        mod = __import__(name)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return recs


SPECIALS = set('.,()[]:;@\\"')


def addr_fmt(value):
    """Quote display names that contain specials so headers stay defect-free."""
    out = []
    for item in [v.strip() for v in value.split(";;")]:
        if "<" in item and not item.startswith("<"):
            name, rest = item.split("<", 1)
            name = name.strip()
            if any(ch in SPECIALS for ch in name) and not name.startswith('"'):
                name = '"%s"' % name.replace('"', '')
            out.append("%s <%s" % (name, rest))
        else:
            out.append(item)
    return ", ".join(out)


def h(key, salt=""):
    return hashlib.sha256((salt + key).encode("utf-8")).hexdigest()


def hnum(key, salt, mod):
    return int(h(key, salt), 16) % mod


def last_sunday(year, month):
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_dt(key, back_days=0, salt="date", hsalt=None):
    start = date(2025, 1, 3)
    day = start + timedelta(days=hnum(key, salt, 690) - back_days)
    hs = hsalt or salt
    hour = 7 + hnum(key, hs + "h", 16)
    minute = hnum(key, hs + "m", 60)
    sec = hnum(key, hs + "s", 60)
    ds, de = last_sunday(day.year, 3), last_sunday(day.year, 10)
    summer = ds <= day < de
    tz = timezone(timedelta(hours=2 if summer else 1))
    return datetime(day.year, day.month, day.day, hour, minute, sec, tzinfo=tz)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
             "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_FULL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                  "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
             "Nov", "Dec"]


def msgid(key, addr, salt="mid"):
    dom = addr.rsplit("@", 1)[-1].lower()
    x = h(key, salt)
    n = int(x[:15], 16)
    if dom in ("gmail.com", "googlemail.com"):
        import base64
        tok = base64.b64encode(bytes.fromhex(x[:48])).decode().rstrip("=")
        return "<CA%s@mail.gmail.com>" % tok.replace("/", "_")[:46]
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            n % 1999999 + 100000, n % 997 + 1, 1735689600000 + n % 60000000000, n % 40)
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "msn.com"):
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (
            ("PAXPR%02dMB" % (n % 99)), x[:24].upper(), ("AM%dPR0%dMB%d" % (n % 9, n % 7, n % 9999)), n % 9)
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(),
                                                 x[16:20].upper(), x[20:32].upper())
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 999999999, n % 99999 + 1000, n % 9999)
    if dom in ("free.fr", "laposte.net", "sfr.fr"):
        return "<%s.%s@zimbra%d.%s>" % (x[:10], x[10:18], n % 30, dom)
    if dom in ("floraisondesoi.fr",):
        return "<%s@floraisondesoi.fr>" % x[:32]
    return "<%s.%s@%s>" % (x[:16], x[16:24], dom)


MAILERS = {
    "orange.fr": "Open-Xchange Mailer v7.10.6-Rev62",
    "wanadoo.fr": "Open-Xchange Mailer v7.10.6-Rev62",
    "hotmail.fr": "Microsoft Outlook 16.0",
    "outlook.fr": "Microsoft Outlook 16.0",
    "icloud.com": "Apple Mail (2.3826.500.181.1.5)",
    "free.fr": "Zimbra 8.8.15_GA_4484 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4481)",
    "laposte.net": "Zimbra 9.0.0 (ZimbraWebClient)",
    "yahoo.fr": "WebService/1.1.22645 YMailNorrin",
}


def fmt_when(dt, lang, style):
    if style in ("gmail",):
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS[dt.weekday()], dt.day, FR_MONTHS[dt.month - 1],
                                           dt.year, dt.hour, dt.minute)
    if style == "apple":
        return "%d %s %d à %02d:%02d" % (dt.day, FR_MONTHS_FULL[dt.month - 1], dt.year, dt.hour, dt.minute)
    if style in ("outlook", "fwd"):
        return "%s %d %s %d %02d:%02d" % (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                            "dimanche"][dt.weekday()], dt.day, FR_MONTHS_FULL[dt.month - 1],
                                           dt.year, dt.hour, dt.minute)
    # English styles
    return "%s, %d %s %d at %02d:%02d" % (EN_DAYS[dt.weekday()], dt.day, EN_MONTHS[dt.month - 1],
                                          dt.year, dt.hour, dt.minute)


def render_quote(rec, dt):
    q = rec.get("quote")
    if not q:
        return ""
    style = q.get("style", "gmail")
    who = q.get("who", CONTACT)
    qdt = paris_dt(rec["key"], back_days=1 + hnum(rec["key"], "qb", 9), hsalt="quote")
    when = q.get("when") or fmt_when(qdt, rec["key"][:2], style)
    s = rec["subject"]
    if q.get("subj"):
        subj = q["subj"]
    elif s.lower().startswith(("re:", "re :", "tr:", "tr :", "fw:", "fwd:", "fw :")):
        subj = s.split(":", 1)[1].strip()
    else:
        subj = s
    to = q.get("to", rec["from"])
    text = q["text"].strip("\n")
    quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail":
        return "\n\nLe %s, %s a écrit :\n%s\n" % (when, who, quoted)
    if style == "apple":
        return "\n\n> Le %s, %s a écrit :\n> \n%s\n" % (when, who, quoted)
    if style == "en":
        return "\n\nOn %s, %s wrote:\n%s\n" % (when, who, quoted)
    if style == "outlook":
        return ("\n\n________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
                % (who, when, to, subj, text))
    if style == "outlook_en":
        return ("\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                % (who, when, to, subj, text))
    if style == "fwd":
        return ("\n\n---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n\n%s\n"
                % (who, when, subj, to, text))
    if style == "fwd_en":
        return ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n"
                % (who, when, subj, to, text))
    raise ValueError(style)


def to_html(text, quote_text=""):
    def paras(t):
        out = []
        for block in t.strip("\n").split("\n\n"):
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in block.split("\n")))
        return "\n".join(out)
    body = paras(text) if text.strip() else "<br>"
    if quote_text.strip():
        ql = [l[2:] if l.startswith("> ") else (l[1:] if l.startswith(">") else l)
              for l in quote_text.strip("\n").split("\n")]
        head, rest = ql[0], "\n".join(ql[1:])
        body += ('\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
                 '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s'
                 "</blockquote></div>" % (html.escape(head), paras(rest)))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</div></body></html>\n'
            % body)


# ---------- attachments ----------
def make_pdf(text):
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    t = t.encode("latin-1", "replace").decode("latin-1")
    stream = "BT /F1 12 Tf 50 760 Td (%s) Tj ET" % t
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode())
    return out.getvalue()


def make_png(seed):
    w, hgt = 8, 8
    x = hashlib.sha256(seed.encode()).digest()
    raw = b"".join(b"\x00" + bytes([x[(r * 3 + c) % 32] for c in range(w * 3)]) for r in range(hgt))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % html.escape(l) for l in text.split("\n"))
        + "</w:body></w:document>",
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachment(msg, fname, text):
    ext = fname.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
    elif ext == "png":
        msg.add_attachment(make_png(fname + text), maintype="image", subtype="png", filename=fname)
    elif ext in ("jpg", "jpeg"):
        raise ValueError("no jpg support")
    elif ext == "csv":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
    elif ext == "ics":
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar", filename=fname)
    elif ext == "docx":
        msg.add_attachment(make_docx(text), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=fname)
    elif ext == "txt":
        msg.add_attachment(text, subtype="plain", filename=fname)
    else:
        raise ValueError(fname)


def choose_cte(rec, text):
    if rec.get("cte"):
        return rec["cte"]
    try:
        text.encode("ascii")
        ascii_ = True
    except UnicodeEncodeError:
        ascii_ = False
    r = hnum(rec["key"], "cte", 10)
    if ascii_ and max((len(l) for l in text.split("\n")), default=0) <= 76 and r < 6:
        return "7bit"
    return ["quoted-printable", "quoted-printable", "quoted-printable", "quoted-printable", "8bit", "8bit",
            "8bit", "base64", "base64", "quoted-printable"][r]


def build_bounce(rec, dt):
    mid = msgid(rec["key"], "mailer-daemon@" + rec.get("mta", "smtp-out.mail.ovh.net"))
    orig = rec["orig"]
    boundary = "=_bounce_%s" % h(rec["key"], "b")[:20]
    human = rec["body"].strip("\n") + "\n"
    status = rec.get("status", "5.1.1")
    rcpt = rec["rcpt"]
    odt = dt - timedelta(minutes=1 + hnum(rec["key"], "om", 9), seconds=hnum(rec["key"], "os", 50))
    omid = msgid(rec["key"], "x@floraisondesoi.fr", salt="orig")
    raw = (
        "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nAuto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n boundary=\"%s\"\r\n\r\n"
        "This is a MIME-encapsulated message.\r\n\r\n--%s\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; %s\r\nAction: failed\r\n"
        "Status: %s\r\nDiagnostic-Code: smtp; %s\r\n\r\n--%s\r\nContent-Type: message/rfc822\r\n\r\n"
        "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n--%s--\r\n"
    ) % (rec["from"], TO_MAP.get(rec.get("to", "contact"), rec.get("to")), rec["subject"],
         format_datetime(dt), mid, boundary, boundary, human.replace("\n", "\r\n"), boundary,
         rec.get("mta", "smtp-out.mail.ovh.net"), format_datetime(odt), rcpt, status,
         rec.get("diag", "550 5.1.1 <%s>: Recipient address rejected: User unknown" % rcpt), boundary,
         orig.get("from", CONTACT), rcpt, orig["subject"], format_datetime(odt), omid,
         orig["body"].strip("\n").replace("\n", "\r\n"), boundary)
    return message_from_bytes(raw.encode("utf-8"), _class=EmailMessage, policy=policy.SMTP)


def build(rec):
    key = rec["key"]
    dt = paris_dt(key)
    if rec.get("shape") == "bounce":
        return build_bounce(rec, dt)
    msg = EmailMessage(policy=policy.SMTP)
    frm = rec["from"]
    addr = parseaddr(frm)[1]
    msg["From"] = addr_fmt(frm)
    msg["To"] = addr_fmt(TO_MAP.get(rec.get("to", "contact"), rec.get("to", "contact")))
    if rec.get("cc"):
        msg["Cc"] = addr_fmt(rec["cc"])
    if rec.get("reply_to"):
        msg["Reply-To"] = addr_fmt(rec["reply_to"])
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(key, addr)
    q = rec.get("quote")
    if q and q.get("style", "gmail") not in ("fwd", "fwd_en") and not rec.get("no_thread"):
        ref_addr = parseaddr(q.get("who", CONTACT))[1] or "contact@floraisondesoi.fr"
        parent = msgid(key, ref_addr, salt="parent")
        msg["In-Reply-To"] = parent
        if hnum(key, "refs", 3) == 0:
            msg["References"] = "%s %s" % (msgid(key, "contact@floraisondesoi.fr", salt="gp"), parent)
        else:
            msg["References"] = parent
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    dom = addr.rsplit("@", 1)[-1].lower()
    if "X-Mailer" not in msg and "User-Agent" not in msg and dom in MAILERS and hnum(key, "xm", 3) != 0:
        msg["X-Mailer"] = MAILERS[dom]
    msg["MIME-Version"] = "1.0"

    body = rec["body"].strip("\n")
    qtext = render_quote(rec, dt)
    text = (body + qtext).strip("\n") + "\n" if (body or qtext) else "\n"
    if rec.get("empty_body"):
        text = "\n"
    mode = rec.get("html", "plain")
    cte = choose_cte(rec, text)
    if mode == "plain":
        msg.set_content(text, cte=cte)
    elif mode == "html":
        msg.set_content(rec.get("html_body") or to_html(body, qtext), subtype="html", cte=cte)
    elif mode == "alt":
        msg.set_content(text, cte=cte)
        msg.add_alternative(rec.get("html_body") or to_html(body, qtext), subtype="html",
                            cte="quoted-printable" if cte in ("7bit", "8bit") else cte)
    else:
        raise ValueError(mode)
    for fname, atext in rec.get("attach", []):
        add_attachment(msg, fname, atext)
    inner = rec.get("inner")
    if inner:
        im = EmailMessage(policy=policy.SMTP)
        im["From"] = addr_fmt(inner["from"])
        im["To"] = inner.get("to", "contact@floraisondesoi.fr")
        im["Subject"] = inner["subject"]
        idt = paris_dt(key, back_days=2, salt="inner")
        im["Date"] = format_datetime(idt)
        im["Message-ID"] = msgid(key, parseaddr(inner["from"])[1], salt="inner")
        im.set_content(inner["body"].strip("\n") + "\n")
        msg.add_attachment(im)
    return msg


def main():
    recs = load_records()
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    labels = {}
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        for n, part in enumerate(msg.walk()):
            if part.is_multipart() and part.get_content_maintype() == "multipart":
                part.set_boundary("==_b51_%s_%d" % (h(rec["key"], "bnd%d" % n)[:24], n))
        data = bytes(msg)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
