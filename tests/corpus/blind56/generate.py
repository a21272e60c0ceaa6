#!/usr/bin/env python3
"""Write b56-NNNN.eml and labels.json next to this file from the record files.

Standard library only, deterministic: every varying value (date, Message-ID,
boundaries, default recipient, transfer encoding) is derived from sha256 of the
record key.  File order is the sha256 of the record key.
"""
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b56"
RECORD_MODULES = ["rec_fr_req1", "rec_fr_req2", "rec_fr_multi", "rec_en_req",
                  "rec_fr_neg1", "rec_fr_neg2", "rec_en_neg"]
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]
SANDRA = "Sandra Delomenie"
ADDR = {"contact": "contact@floraisondesoi.fr", "orange": "sandra.delomenie@orange.fr"}


def load_records():
    import importlib
    recs = []
    for name in RECORD_MODULES:
        mod = importlib.import_module(name)
        recs.extend(mod.RECORDS)
    return recs


def h(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).hexdigest()


def hint(key, salt, mod):
    return int(h(key, salt)[:12], 16) % mod


def ordered(records):
    return sorted(records, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = _dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def paris_tz(local):
    """Europe/Paris offset for a naive local datetime (CET/CEST rules)."""
    start = _dt.datetime.combine(_last_sunday(local.year, 3), _dt.time(2, 0))
    end = _dt.datetime.combine(_last_sunday(local.year, 10), _dt.time(3, 0))
    hours = 2 if start <= local < end else 1
    return _dt.timezone(_dt.timedelta(hours=hours))


HOURS = [7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 17, 18, 18, 19, 20, 21, 21, 22, 23]


def msg_date(rec):
    if rec.get("date"):
        local = _dt.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
        local = local.replace(second=hint(rec["key"], "sec", 60))
    else:
        base = _dt.datetime(2025, 1, 6)
        day = hint(rec["key"], "day", 660)
        hour = HOURS[hint(rec["key"], "hour", len(HOURS))]
        local = base + _dt.timedelta(days=day, hours=hour,
                                     minutes=hint(rec["key"], "min", 60),
                                     seconds=hint(rec["key"], "sec", 60))
    return local.replace(tzinfo=paris_tz(local))


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def ampm(d):
    hh = d.hour % 12 or 12
    return "%d:%02d %s" % (hh, d.minute, "AM" if d.hour < 12 else "PM")


# ---------------------------------------------------------------- quoting
def quote_block(rec, qdate, sender_name, sender_addr, to_addr):
    q = rec["quote"]
    style = q.get("style", "gmail")
    who = q.get("who") or "%s <%s>" % (SANDRA, to_addr)
    wname, waddr = parseaddr(who)
    subj = q.get("subj") or strip_re(rec["subject"])
    text = q["text"].strip("\n")
    d = qdate
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    me = "%s <%s>" % (sender_name, sender_addr) if sender_name else sender_addr
    if waddr.lower() == sender_addr.lower():  # quoting one's own earlier message: it went to her
        me = "%s <%s>" % (SANDRA, to_addr)
    if style == "gmail":
        head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            FR_DAYS_AB[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, wname, waddr)
        return head + "\n" + gt, head, text
    if style == "apple":
        head = "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, wname, waddr)
        return "> " + head + "\n> \n" + gt, head, text
    if style == "en":
        head = "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
            EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year, d.hour, d.minute, wname, waddr)
        return head + "\n" + gt, head, text
    if style == "en_us":
        head = "On %s, %s %d, %d at %s %s <%s> wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, ampm(d), wname, waddr)
        return head + "\n" + gt, head, text
    if style == "outlook":
        head = ("De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (
            wname, waddr, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, me, subj))
        return "________________________________\n" + head + "\n\n" + text, head, text
    if style == "outlook_en":
        head = ("From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            wname, waddr, EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, ampm(d), me, subj))
        return "________________________________\n" + head + "\n\n" + text, head, text
    if style == "fwd":
        head = ("---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s" % (
            wname, waddr, FR_DAYS_AB[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, subj,
            q.get("fwd_to", me)))
        return head + "\n\n" + text, head, text
    if style == "fwd_tb":
        head = ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s %d %s %d %02d:%02d\nDe : \t%s <%s>\nPour : \t%s" % (
            subj, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, wname, waddr,
            q.get("fwd_to", me)))
        return head + "\n\n" + text, head, text
    if style == "fwd_en":
        head = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s" % (
            wname, waddr, EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, ampm(d), subj,
            q.get("fwd_to", me)))
        return head + "\n\n" + text, head, text
    raise ValueError("unknown quote style %r" % style)


def strip_re(s):
    t = s
    for p in ("RE: ", "Re: ", "TR: ", "Fwd: ", "Fw: ", "FW: ", "Réf : ", "re: ", "Re : ", "RE : ", "TR : "):
        if t.startswith(p):
            t = t[len(p):]
    return t


# ---------------------------------------------------------------- html
def para_html(text):
    out = []
    for para in text.split("\n\n"):
        if not para.strip():
            continue
        out.append("<div>" + "<br>\n".join(_html.escape(l) for l in para.split("\n")) + "</div>\n<div><br></div>")
    return "\n".join(out)


def build_html(rec, text_new, qparts):
    flavor = hint(rec["key"], "flavor", 3)
    body = para_html(text_new)
    quote_html = ""
    if qparts:
        head, qtext = qparts
        inner = para_html(qtext)
        if rec["quote"].get("style", "").startswith("outlook"):
            quote_html = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                          '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                          "%s</font></div>\n<div>%s</div>" % ("<br>\n".join(_html.escape(l) for l in head.split("\n")), inner))
        else:
            quote_html = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                          "%s</blockquote></div>" % (_html.escape(head).replace("\n", "<br>"), inner))
    if flavor == 0:
        return '<div dir="ltr">%s</div><br>%s\n' % (body, quote_html)
    if flavor == 1:
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                "%s%s</body></html>\n" % (body, quote_html))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            "%s\n</div>\n%s\n</body>\n</html>\n" % (body, quote_html))


# ---------------------------------------------------------------- attachments
def make_pdf(text):
    lines = text.split("\n")
    ops = ["BT", "/F1 12 Tf", "14 TL", "50 780 Td"]
    for l in lines:
        esc = l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) Tj T*" % esc)
    ops.append("ET")
    content = "\n".join(ops).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return out


def make_png(seed, w=24, h=16):
    r, g, b = bytes.fromhex(seed[:6])
    raw = b"".join(b"\x00" + bytes([r, (g + y * 7) % 256, b]) * w for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(l)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         "</Types>"),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         "</Relationships>"),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + paras + "</w:body></w:document>"),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for a in rec.get("att", []):
        kind, name, text = a["kind"], a["name"], a.get("text", "")
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), "application", "pdf", filename=name)
        elif kind == "png":
            msg.add_attachment(make_png(h(rec["key"], name)), "image", "png", filename=name)
        elif kind == "docx":
            msg.add_attachment(make_docx(text), "application",
                               "vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", filename=name, cte=a.get("cte", "quoted-printable"))
        elif kind == "ics":
            msg.add_attachment(text.replace("\n", "\r\n"), subtype="calendar", filename=name, cte="quoted-printable")
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", filename=name, cte=a.get("cte", "base64"))
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- ids and headers
def msgid(key, salt, addr):
    x = h(key, salt)
    dom = addr.rsplit("@", 1)[-1].lower()
    n1, n2, ms = int(x[:8], 16) % 900000000 + 100000000, int(x[8:12], 16), 1735689600000 + int(x[12:22], 16) % 60000000000
    if dom in ("gmail.com", "googlemail.com"):
        import base64
        tok = base64.b64encode(bytes.fromhex(x[:60])).decode().replace("/", "_")[:44]
        return "<CA%s@mail.gmail.com>" % tok
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1>" % (n1, n2, ms, int(x[22:24], 16) % 40)
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "msn.com"):
        srv = "PR3P195MB%04X" % (int(x[22:26], 16))
        return "<%s%s@%s.EURP195.PROD.OUTLOOK.COM>" % (srv, x[26:42].upper(), srv)
    if dom.startswith("yahoo"):
        return "<%d.%d.%d@mail.yahoo.com>" % (n1, n2 * 37, ms)
    if dom == "free.fr":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (n1, n2, ms, int(x[22:24], 16) % 70, 1 + int(x[24], 16) % 3)
    if dom in ("laposte.net",):
        return "<%d.%d.%d.JavaMail.zimbra@laposte.net>" % (n1, n2, ms)
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if dom in ("protonmail.com", "proton.me", "pm.me"):
        import base64
        tok = base64.urlsafe_b64encode(bytes.fromhex(x[:48])).decode()
        return "<%s=@proton.me>" % tok[:43]
    if dom in ("gmx.fr", "gmx.de", "gmx.net", "web.de"):
        return "<trinity-%s-%s-%s-%s-%s-%d@3c-app-gmx-bap%02d>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], ms, int(x[32:34], 16) % 60)
    if dom in ("sfr.fr", "neuf.fr"):
        return "<%s.%d@webmail.sfr.fr>" % (x[:20], ms)
    if dom in ("skynet.be", "bluewin.ch", "videotron.ca"):
        return "<%s$%s@%s>" % (x[:16], x[16:24], dom)
    return "<%s.%s@%s>" % (x[:24], ms, dom)


MAILERS = {
    "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
    "ipad": ("X-Mailer", "iPad Mail (21H216)"),
    "applemail": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook15": ("X-Mailer", "Microsoft Outlook 15.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "orange": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev74"),
    "android": ("X-Mailer", "Android Mail 6.2"),
    "samsung": ("X-Mailer", "Samsung Mobile"),
    "ionos": ("X-Mailer", "Mail Client (Webmail IONOS)"),
}


def to_value(rec):
    t = rec.get("to")
    if t in (None, "contact", "orange"):
        which = t or ("contact" if hint(rec["key"], "to", 5) < 3 else "orange")
        return "%s <%s>" % (SANDRA if hint(rec["key"], "toname", 3) else "Floraison de Soi", ADDR[which]), ADDR[which]
    return t, parseaddr(t)[1]


# ---------------------------------------------------------------- building
def text_cte(rec, text):
    c = rec.get("cte")
    if c:
        return {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[c]
    try:
        text.encode("ascii")
        return None
    except UnicodeEncodeError:
        pass
    return ["quoted-printable", "quoted-printable", "8bit", "base64", "quoted-printable"][hint(rec["key"], "cte", 5)]


def set_bodies(msg, rec, date, from_name, from_addr, to_addr):
    text_new = rec["body"]
    full = text_new
    qparts = None
    if rec.get("quote"):
        q = rec["quote"]
        days = q.get("days", 1 + hint(rec["key"], "qdays", 20))
        qdate = date - _dt.timedelta(days=days, hours=hint(rec["key"], "qh", 9), minutes=hint(rec["key"], "qm", 50))
        qdate = qdate.replace(tzinfo=None)
        block, head, qtext = quote_block(rec, qdate, from_name, from_addr, to_addr)
        full = (text_new.rstrip("\n") + "\n\n" + block) if text_new.strip() else block
        qparts = (head, qtext)
    if full and not full.endswith("\n"):
        full += "\n"
    mode = rec.get("html")
    cte = text_cte(rec, full)
    if mode == "only":
        html = rec.get("html_body") or build_html(rec, text_new, qparts)
        msg.set_content(html, subtype="html", cte=text_cte(rec, html) or "quoted-printable")
    elif mode == "alt":
        msg.set_content(full, cte=cte)
        html = rec.get("html_body") or build_html(rec, text_new, qparts)
        msg.add_alternative(html, subtype="html", cte=text_cte(rec, html) or "quoted-printable")
    else:
        msg.set_content(full, cte=cte)


def build_inner(rec, spec, outer_date):
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = spec["frm"]
    inner["To"] = spec["to"]
    d = outer_date - _dt.timedelta(days=spec.get("days", 2), hours=3)
    inner["Date"] = format_datetime(d)
    inner["Subject"] = spec["subject"]
    inner["Message-ID"] = msgid(rec["key"], "inner", parseaddr(spec["frm"])[1])
    inner.set_content(spec["body"], cte=spec.get("cte"))
    return inner


def build_bounce(rec, msg, date, to_addr):
    spec = rec["inner"]
    human = rec["body"]
    p1 = MIMEPart(policy=policy.SMTP)
    p1.set_content(human, cte=text_cte(rec, human))
    p2 = MIMEPart(policy=policy.SMTP)
    p2["Content-Type"] = "message/delivery-status"
    p2["Content-Transfer-Encoding"] = "7bit"
    arr = format_datetime(date - _dt.timedelta(seconds=40))
    from email.message import Message
    b1 = Message(policy=policy.SMTP)
    b1["Reporting-MTA"] = "dns; " + spec["mta"]
    b1["Arrival-Date"] = arr
    b2 = Message(policy=policy.SMTP)
    b2["Final-Recipient"] = "rfc822; " + spec["rcpt"]
    b2["Action"] = spec.get("action", "failed")
    b2["Status"] = spec["status"]
    b2["Remote-MTA"] = "dns; " + spec["remote"]
    b2["Diagnostic-Code"] = "smtp; " + spec["diag"]
    p2.set_payload([b1, b2])
    orig = build_inner(rec, spec, date)
    p3 = MIMEPart(policy=policy.SMTP)
    if spec.get("headers_only"):
        p3["Content-Type"] = "text/rfc822-headers"
        p3["Content-Transfer-Encoding"] = "8bit"
        hdrs = orig.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n")[0].decode("ascii")
        p3.set_payload(hdrs.replace("\r\n", "\n") + "\n")
    else:
        p3.set_content(orig)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    msg.set_payload([p1, p2, p3])


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            b = h(key, "boundary%d" % n)
            style = hint(key, "bstyle", 4)
            if style == 0:
                bd = "000000000000" + b[:16]
            elif style == 1:
                bd = "Apple-Mail=_" + "-".join([b[:8], b[8:12], b[12:16], b[16:20], b[20:32]]).upper()
            elif style == 2:
                bd = "_%03d_PR3P195MB%s_" % (n, b[:12].upper())
            else:
                bd = "----=_Part_%d_%d.%d" % (int(b[:6], 16), int(b[6:12], 16), 1735689600000 + int(b[12:20], 16) % 60000000000)
            part.set_boundary(bd)


def build(rec):
    key = rec["key"]
    date = msg_date(rec)
    from_name, from_addr = parseaddr(rec["frm"])
    to_val, to_addr = to_value(rec)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = rec["frm"]
    msg["To"] = to_val
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid(key, "mid", from_addr)
    q = rec.get("quote")
    if rec.get("reply") or (q and not q.get("style", "gmail").startswith("fwd")):
        parent_addr = parseaddr(q["who"])[1] if (q and q.get("who")) else to_addr
        pid = msgid(key, "parent", parent_addr)
        msg["In-Reply-To"] = pid
        refs = [msgid(key, "grand", from_addr), pid] if hint(key, "refs", 3) == 0 else [pid]
        msg["References"] = " ".join(refs)
    if rec.get("mailer"):
        name, val = MAILERS[rec["mailer"]]
        msg[name] = val
    for k, v in rec.get("headers", []):
        msg[k] = v
    kind = rec.get("kind", "normal")
    if kind == "bounce":
        build_bounce(rec, msg, date, to_addr)
    else:
        set_bodies(msg, rec, date, from_name, from_addr, to_addr)
        if kind == "rfc822":
            msg.add_attachment(build_inner(rec, rec["inner"], date))
        add_attachments(msg, rec)
    set_boundaries(msg, key)
    return msg


def main():
    records = ordered(load_records())
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    labels = {}
    for i, rec in enumerate(records, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(records), HERE))


if __name__ == "__main__":
    main()
