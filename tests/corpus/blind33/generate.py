#!/usr/bin/env python3
"""Deterministic generator for the b33 corpus.

Writes b33-0001.eml ... b33-NNNN.eml and labels.json next to this file.
Only the standard library is used; every date, Message-ID, boundary and
attachment byte is derived from the record itself, so the output is
byte-identical on every run and for any PYTHONHASHSEED.
"""
import datetime
import hashlib
import html
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, getaddresses, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PREFIX = "b33"
MODULES = ["rec_req_fr_a", "rec_req_fr_b", "rec_req_fr_multi", "rec_req_en",
           "rec_neg_fr", "rec_neg_en", "rec_system"]
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]


def load_records():
    import importlib
    out = []
    for name in MODULES:
        out.extend(importlib.import_module(name).RECORDS)
    return out


def H(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ dates
def _last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def paris(datestr, key, extra_seconds=0):
    """'YYYY-MM-DD HH:MM' local Paris time -> aware datetime (seconds from the key)."""
    naive = datetime.datetime.strptime(datestr, "%Y-%m-%d %H:%M")
    naive += datetime.timedelta(seconds=int(H("sec", key)[:4], 16) % 60 + extra_seconds)
    start = datetime.datetime.combine(_last_sunday(naive.year, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(_last_sunday(naive.year, 10), datetime.time(3, 0))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


# ------------------------------------------------------------------ ids
def _domain(addr):
    return addr.rsplit("@", 1)[-1].lower()


def make_msgid(seed, addr, dt=None):
    h = H("mid", seed)
    dom = _domain(addr)
    ms = int(dt.timestamp() * 1000) + int(h[50:53], 16) if dt else 1735000000000 + int(h[13:22], 16) % 60000000000
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s%s@mail.gmail.com>" % (h[:8].upper(), h[8:40])
    if dom in ("outlook.com", "outlook.fr", "hotmail.fr", "hotmail.com", "hotmail.be",
               "hotmail.co.uk", "live.fr", "outlook.ie"):
        return "<%s@%sPR0%dMB%s.eurprd0%d.prod.outlook.com>" % (
            h[:40].upper(), "AM" if int(h[40], 16) % 2 else "PA", int(h[41], 16) % 9 + 1,
            str(int(h[42:46], 16) % 9000 + 1000), int(h[46], 16) % 8 + 1)
    if dom in ("icloud.com", "me.com"):
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm0%daub.ntm.orange.fr>" % (
            int(h[:7], 16), int(h[7:13], 16), ms,
            int(h[22], 16) % 4 + 1)
    if dom.startswith("yahoo"):
        return "<%d.%d@mail.yahoo.com>" % (int(h[:9], 16), int(h[9:17], 16))
    return "<%s.%s@%s>" % (h[:24], h[24:36], dom)


def thunderbird_msgid(seed, dom):
    h = H("tb", seed)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)


def irt_msgid(seed):
    """Message-ID of the message being answered: Sandra's Thunderbird or her Systeme.io mailings."""
    if seed.startswith(("nl-", "reconsent", "systemeio")):
        return "<%s@floraisondesoi.systeme.io>" % H("irt", seed)[:24]
    return thunderbird_msgid("irt:" + seed, "orange.fr")


# ------------------------------------------------------------------ bodies
URL = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(s):
    s = html.escape(s, quote=False)
    return URL.sub(r'<a href="\1">\1</a>', s)


def text_to_html(text, gmail=False):
    """Plain text -> simple HTML: paragraphs, line breaks, '>' quotes as blockquotes."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(re.sub(r"^> ?", "", lines[i]))
                i += 1
            cls = ' class="gmail_quote"' if gmail else ""
            out.append('<blockquote%s style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % (cls, text_to_html("\n".join(q))))
            continue
        if lines[i].strip() == "":
            i += 1
            continue
        para = []
        while i < len(lines) and lines[i].strip() != "" and not lines[i].startswith(">"):
            para.append(_inline(lines[i]))
            i += 1
        out.append("<div>%s</div><div><br></div>" % "<br>".join(para))
    inner = "\n".join(out)
    if gmail:
        return '<div dir="ltr">%s</div>' % inner
    return inner


def html_document(text, brand, is_bulk):
    body = text_to_html(text)
    if not is_bulk:
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "</head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n"
                "</body></html>" % body)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"><title>%s</title></head>\n"
            "<body style=\"margin:0;background:#f4f4f4\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" style=\"background:#ffffff;"
            "font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#333\">\n"
            "<tr><td style=\"padding:20px 30px;border-bottom:3px solid #6a8f6b;font-size:20px;"
            "font-weight:bold\">%s</td></tr>\n"
            "<tr><td style=\"padding:20px 30px\">\n%s\n</td></tr>\n"
            "</table>\n<img src=\"https://t.mail-tracking.example/open/%s.gif\" width=\"1\" "
            "height=\"1\" alt=\"\">\n</td></tr></table>\n</body></html>"
            % (html.escape(brand), html.escape(brand), body, H("pix", brand)[:16]))


# ------------------------------------------------------------------ attachments
def _ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def fake_jpeg(seed):
    data = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00")
    data += b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65))
    block = hashlib.sha256(seed.encode()).digest()
    body = bytearray()
    while len(body) < 3000:
        block = hashlib.sha256(block).digest()
        body += block
    data += b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + bytes(body).replace(b"\xff", b"\xfe")
    data += b"\xff\xd9"
    return bytes(data)


def fake_pdf(text):
    lines = [_ascii(x).replace("\\", "").replace("(", "[").replace(")", "]")
             for x in (text or "Document").split("\n")]
    stream = "BT /F1 12 Tf 72 770 Td 14 TL " + " ".join("(%s) '" % x for x in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (n, o)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, xref)).encode())
    return out.getvalue()


def fake_docx(text):
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>"
                    % html.escape(x) for x in (text or "").split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % paras),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, r):
    for name, ctype, content in r.get("attach", []):
        maintype, subtype = ctype.split("/", 1)
        if maintype == "text":
            params = {"method": "REQUEST"} if subtype == "calendar" else {}
            msg.add_attachment(content, subtype=subtype, filename=name, params=params)
        else:
            if subtype == "jpeg":
                data = fake_jpeg(r["key"] + name)
            elif subtype == "pdf":
                data = fake_pdf(content)
            else:
                data = fake_docx(content)
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)


# ------------------------------------------------------------------ message
THUNDERBIRD = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"
OWN = ("sandra.delomenie@orange.fr", "contact@floraisondesoi.fr")


def pick_cte(r, text):
    if r.get("cte"):
        return r["cte"]
    if all(ord(c) < 128 for c in text):
        return "7bit"
    return ["8bit", "quoted-printable", "8bit", "base64"][int(H("cte", r["key"])[:2], 16) % 4]


RELAYS = {
    "gmail.com": "mail-wr1-f%d.google.com", "googlemail.com": "mail-sor-f%d.google.com",
    "google.com": "mail-pj1-f%d.google.com",
    "outlook.com": "mail-am%d.outbound.protection.outlook.com",
    "outlook.fr": "mail-am%d.outbound.protection.outlook.com",
    "hotmail.fr": "mail-db%d.outbound.protection.outlook.com",
    "hotmail.com": "mail-db%d.outbound.protection.outlook.com",
    "orange.fr": "smtp%02d.smtpout.orange.fr", "wanadoo.fr": "smtp%02d.smtpout.orange.fr",
    "icloud.com": "mr85p00im-zteg%02d.me.com", "me.com": "mr85p00im-zteg%02d.me.com",
    "free.fr": "smtp%d-g21.free.fr", "laposte.net": "smtp%02d.laposte.net",
    "sfr.fr": "smtp%02d.sfr.fr", "stripe.com": "mail-%d.stripe.com",
}


def relay_host(addr, r):
    dom = _domain(addr)
    n = int(H("relay", r["key"])[:4], 16) % 60 + 1
    pat = RELAYS.get(dom)
    if pat:
        return pat % n
    if r.get("kind") == "bounce":
        return r["bounce"]["mta"]
    return "mail.%s" % dom


def common_headers(msg, r, dt):
    name, addr = r["frm"]
    own = addr.lower() in OWN
    if not own:
        ip = H("ip", r["key"])
        msg["Return-Path"] = "<>" if r.get("kind") == "bounce" else "<%s>" % addr
        rcpt = getaddresses([r.get("to", "sandra.delomenie@orange.fr")])[0][1]
        host = relay_host(addr, r)
        msg["Received"] = ("from %s (%s [%d.%d.%d.%d]) by opmta1m%02d.mx.orange.fr with ESMTPS "
                           "id %s for <%s>; %s" % (
                               host, host,
                               int(ip[0:2], 16) % 200 + 20, int(ip[2:4], 16), int(ip[4:6], 16),
                               int(ip[6:8], 16) % 250 + 1, int(ip[8:10], 16) % 30 + 1,
                               ip[10:24].upper(), rcpt,
                               format_datetime(dt + datetime.timedelta(seconds=2))))
    msg["Date"] = format_datetime(dt)
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = r.get("to", "sandra.delomenie@orange.fr")
    if r.get("cc"):
        msg["Cc"] = r["cc"]
    if r.get("reply_to"):
        msg["Reply-To"] = r["reply_to"]
    if r["subject"] is not None:
        msg["Subject"] = r["subject"]
    if r.get("kind") == "bounce":
        msg["Message-ID"] = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), H("mid", r["key"])[:12].upper(),
                                            r["bounce"]["mta"])
    else:
        if addr.lower() in OWN and (r.get("mailer") or "").startswith("Mozilla"):
            msg["Message-ID"] = thunderbird_msgid(r["key"], _domain(addr))
        else:
            msg["Message-ID"] = r.get("msgid") or make_msgid(r["key"], addr, dt)
    if r.get("irt"):
        mid = irt_msgid(r["irt"])
        msg["In-Reply-To"] = mid
        msg["References"] = mid
    for k, v in r.get("headers", []):
        msg[k] = v
    mailer = r.get("mailer")
    if mailer:
        if mailer.startswith("Mozilla"):
            msg["User-Agent"] = THUNDERBIRD
        else:
            msg["X-Mailer"] = mailer


def build_bounce(r, dt):
    b = r["bounce"]
    msg = EmailMessage()
    common_headers(msg, r, dt)
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    p1 = MIMEPart()
    p1.set_content(r["body"], cte=pick_cte(r, r["body"]))
    p1["Content-Description"] = "Notification"
    p2 = MIMEPart()
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    odt = paris(b["orig_date"], r["key"] + "orig")
    blk1 = Message()
    blk1["Reporting-MTA"] = "dns; " + b["mta"]
    blk1["Arrival-Date"] = format_datetime(odt)
    blk2 = Message()
    blk2["Final-Recipient"] = "rfc822; " + b["rcpt"]
    blk2["Original-Recipient"] = "rfc822;" + b["rcpt"]
    blk2["Action"] = "failed"
    blk2["Status"] = b["status"]
    blk2["Diagnostic-Code"] = b["diag"]
    p2.set_payload([blk1, blk2])
    orig = EmailMessage()
    orig["Date"] = format_datetime(odt)
    orig["From"] = b["orig_from"]
    orig["To"] = b["rcpt"]
    orig["Subject"] = b["orig_subject"]
    orig["Message-ID"] = make_msgid(r["key"] + "orig", getaddresses([b["orig_from"]])[0][1])
    p3 = MIMEPart()
    if b.get("headers_only"):
        p3.set_content(str(orig), subtype="rfc822-headers")
    else:
        orig.set_content(b["orig_body"], cte="quoted-printable")
        p3.set_content(orig)
    p3["Content-Description"] = "Undelivered Message"
    for p in (p1, p2, p3):
        msg.attach(p)
    return msg


def build(r):
    dt = paris(r["date"], r["key"])
    if r.get("kind") == "bounce":
        msg = build_bounce(r, dt)
    else:
        msg = EmailMessage()
        common_headers(msg, r, dt)
        text = r["body"].strip("\n") + "\n"
        fmt = r.get("fmt", "plain")
        is_bulk = any(k in ("List-Id", "List-Unsubscribe") for k, _ in r.get("headers", [])) \
            or fmt == "html"
        gmail = _domain(r["frm"][1]) == "gmail.com"
        if fmt == "plain":
            msg.set_content(text, cte=pick_cte(r, text))
        elif fmt == "html":
            doc = r.get("html") or html_document(text, r["frm"][0] or r["frm"][1], True)
            msg.set_content(doc, subtype="html", cte=r.get("cte") or "quoted-printable")
        else:  # alt
            msg.set_content(text, cte=pick_cte(r, text))
            doc = r.get("html") or (text_to_html(text, gmail=True) if gmail
                                    else html_document(text, r["frm"][0], is_bulk
                                                       and bool(r.get("headers"))))
            msg.add_alternative(doc, subtype="html", cte="quoted-printable")
        add_attachments(msg, r)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and "Message-ID" not in part:
            del part["MIME-Version"]
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            msg_h = H("bnd", r["key"], str(n))
            part.set_boundary("%s_%s_%d" % ("=_b33", msg_h[:20], n) if n % 2
                              else "000000000000%s" % msg_h[:16])
    return msg


def main():
    records = load_records()
    keys = [r["key"] for r in records]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for r in records:
        for x in r["rights"]:
            if x not in RIGHTS:
                raise SystemExit("bad right %r in %s" % (x, r["key"]))
    records.sort(key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(records, 1):
        fname = "%s-%04d.eml" % (PREFIX, i)
        data = build(r).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(records), HERE))


if __name__ == "__main__":
    main()
