#!/usr/bin/env python3
"""Build the blind60 held-out corpus: b60-0001.eml ... and labels.json.

Standard library only. Deterministic: every varying value (date, Message-ID,
boundaries, encodings when not fixed by the record) is derived from sha256 of
the record key. File order is the sha256 order of the record keys.
"""
import datetime as dt
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
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PREFIX = "b60"
HER = ["contact@floraisondesoi.fr", "sandra.delomenie@orange.fr"]
HER_NAME = "Sandra Delomenie"
VOCAB = {"access", "rectification", "erasure", "restriction", "portability",
         "objection", "withdraw_consent", "post_mortem"}


def load_records():
    import rec_fr_req, rec_en_req, rec_fr_neg, rec_en_neg
    recs = []
    for mod in (rec_fr_req, rec_en_req, rec_fr_neg, rec_en_neg):
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise SystemExit("duplicate keys: %s" % dup)
    for r in recs:
        if not (r["key"].startswith("fr-") or r["key"].startswith("en-")):
            raise SystemExit("bad key " + r["key"])
        bad = set(r["rights"]) - VOCAB
        if bad:
            raise SystemExit("bad rights %s in %s" % (bad, r["key"]))
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode()).hexdigest())


# ---------------------------------------------------------------- helpers
def H(key, salt):
    return hashlib.sha256((salt + "|" + key).encode()).digest()


def hint(key, salt, n):
    return int.from_bytes(H(key, salt)[:8], "big") % n


def hexs(key, salt, n):
    s = ""
    i = 0
    while len(s) < n:
        s += hashlib.sha256(("%s|%s|%d" % (salt, key, i)).encode()).hexdigest()
        i += 1
    return s[:n]


def b62(key, salt, n):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    raw = H(key, salt) + H(key, salt + "2") + H(key, salt + "3")
    return "".join(al[b % 62] for b in raw[:n])


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris(local):
    """Attach the Europe/Paris offset (CET/CEST) to a naive local datetime."""
    start = dt.datetime.combine(last_sunday(local.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(local.year, 10), dt.time(3, 0))
    off = 2 if start <= local < end else 1
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


BASE = dt.datetime(2025, 1, 6, 0, 0)
SPAN_DAYS = 535  # until late June 2026


def msg_date(rec):
    if rec.get("date"):
        y, mo, d, h, mi = rec["date"]
        return paris(dt.datetime(y, mo, d, h, mi, hint(rec["key"], "sec", 60)))
    k = rec["key"]
    day = hint(k, "day", SPAN_DAYS)
    hour = 7 + hint(k, "hour", 16)
    if rec.get("night"):
        hour = hint(k, "hour", 5)
    minute = hint(k, "min", 60)
    sec = hint(k, "sec", 60)
    local = BASE + dt.timedelta(days=day, hours=hour, minutes=minute, seconds=sec)
    return paris(local)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def message_id(rec, addr, when):
    k = rec["key"]
    dom = addr.split("@")[-1].lower()
    ms = int(when.timestamp() * 1000) + hint(k, "ms", 1000)
    if dom == "gmail.com":
        return "<CA%s@mail.gmail.com>" % b62(k, "gm", 44)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm0%dnd1.rouen.francetelecom.fr>" % (
            1000000000 + hint(k, "o1", 899999999), 10000 + hint(k, "o2", 89999), ms, 1 + hint(k, "o3", 4))
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "msn.com") or rec.get("exchange"):
        srv = ["AM0PR07MB", "PAXPR10MB", "DB9PR02MB", "PR3PR09MB", "VI1PR04MB"][hint(k, "ex", 5)]
        num = 1000 + hint(k, "exn", 8999)
        return "<%s%d%s@%s%d.%s.prod.outlook.com>" % (
            srv, num, hexs(k, "exh", 32).upper(), srv, num, "eurprd0%d" % (1 + hint(k, "eu", 9)))
    if dom in ("icloud.com", "me.com", "mac.com"):
        h = hexs(k, "ap", 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
    if dom in ("yahoo.fr", "yahoo.com", "yahoo.co.uk"):
        return "<%d.%d.%d@mail.yahoo.com>" % (1000000000 + hint(k, "y1", 899999999), 1000000 + hint(k, "y2", 8999999), ms)
    if dom in ("free.fr", "sfr.fr", "laposte.net", "bbox.fr", "neuf.fr"):
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (
            hint(k, "z1", 999999999), hint(k, "z2", 99999999), ms, dom)
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        return "<%s=@%s>" % (b62(k, "pm", 60), "proton.me")
    if dom == "floraisondesoi.fr":
        return "<%s.%s@floraisondesoi.fr>" % (hexs(k, "fs", 16), hexs(k, "fs2", 8))
    return "<%s.%d@%s>" % (hexs(k, "def", 24), ms, dom)


def fmt_quote_date(style, when):
    if style in ("gmail",):
        return "%s %d %s %d à %02d:%02d" % (FR_DAYS[when.weekday()], when.day, FR_MONTHS[when.month - 1],
                                             when.year, when.hour, when.minute)
    if style == "apple":
        return "%d %s %d à %02d:%02d" % (when.day, FR_MONTHS_LONG[when.month - 1], when.year, when.hour, when.minute)
    if style == "outlook":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS_LONG[when.weekday()], when.day, FR_MONTHS_LONG[when.month - 1],
                                           when.year, when.hour, when.minute)
    if style in ("en", "en_outlook", "en_fwd"):
        h12 = when.hour % 12 or 12
        ap = "AM" if when.hour < 12 else "PM"
        return "%s, %s %d, %d at %d:%02d %s" % (EN_DAYS[when.weekday()], EN_MONTHS[when.month - 1], when.day,
                                                 when.year, h12, when.minute, ap)
    return format_datetime(when)


def build_quote(rec, when):
    q = rec["quote"]
    style = q["style"]
    who = q.get("who", "%s <%s>" % (HER_NAME, HER[0]))
    qwhen = when - dt.timedelta(days=hint(rec["key"], "qd", 40) + 1, minutes=hint(rec["key"], "qm", 600))
    text = q["text"].strip("\n")
    name, addr = parseaddr(who)
    qsubj = q.get("subject", rec["subject"].replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", ""))
    qto = q.get("to", rec["frm"])
    gt = lambda t: "\n".join(("> " + l) if l else ">" for l in t.split("\n"))
    if style == "gmail":
        return "Le %s, %s <%s> a écrit :\n%s" % (fmt_quote_date(style, qwhen), name, addr, gt(text))
    if style == "apple":
        return "> Le %s, %s <%s> a écrit :\n> \n%s" % (fmt_quote_date(style, qwhen), name, addr, gt(text))
    if style == "outlook":
        return ("________________________________\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (name, addr, fmt_quote_date(style, qwhen), qto, qsubj, text))
    if style == "en":
        return "On %s, %s <%s> wrote:\n%s" % (fmt_quote_date(style, qwhen), name, addr, gt(text))
    if style == "en_outlook":
        return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (name, addr, fmt_quote_date("en", qwhen).replace(" at ", " "), qto, qsubj, text))
    if style == "fwd":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (name, addr, fmt_quote_date("gmail", qwhen), qsubj, qto, text))
    if style == "en_fwd":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (name, addr, fmt_quote_date("en", qwhen), qsubj, qto, text))
    if style == "apple_fwd":
        return ("Début du message réexpédié :\n\n> De: %s <%s>\n> Objet: %s\n> Date: %s\n> À: %s\n> \n%s"
                % (name, addr, qsubj, fmt_quote_date("apple", qwhen), qto, gt(text)))
    raise ValueError(style)


def to_html(text):
    out = []
    blocks = text.split("\n\n")
    quote_buf = []

    def flush_quote():
        if quote_buf:
            inner = "<br>\n".join(html.escape(l[1:].lstrip() if l.startswith(">") else l) for l in quote_buf)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            quote_buf.clear()

    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines if l):
            quote_buf.extend(lines)
            continue
        flush_quote()
        out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    flush_quote()
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


# ------------------------------------------------------------ attachments
def make_pdf(text):
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    safe = safe.encode("latin-1", "replace").decode("latin-1")
    stream = "BT /F1 12 Tf 50 750 Td (%s) Tj ET" % safe
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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


def make_png(key, w=8, h=8):
    c = H(key, "png")[:3]

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(c) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(l)
                    for l in text.split("\n"))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + paras + '</w:body></w:document>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, files[name])
    return buf.getvalue()


def add_attachments(msg, rec):
    for a in rec.get("att", []):
        kind, fname = a[0], a[1]
        content = a[2] if len(a) > 2 else fname
        if kind == "pdf":
            msg.add_attachment(make_pdf(content), "application", "pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(rec["key"] + fname), "image", "png", filename=fname)
        elif kind == "jpg-as-png":
            msg.add_attachment(make_png(rec["key"] + fname, 16, 12), "image", "png", filename=fname)
        elif kind == "csv":
            msg.add_attachment(content, subtype="csv", charset="utf-8", filename=fname,
                               cte="quoted-printable" if not content.isascii() else "7bit")
        elif kind == "docx":
            msg.add_attachment(make_docx(content), "application",
                               "vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "ics":
            msg.add_attachment(content, subtype="calendar", charset="utf-8", filename=fname)
        elif kind == "txt":
            msg.add_attachment(content, subtype="plain", charset="utf-8", filename=fname)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- builder
def choose_cte(rec, text):
    c = rec.get("cte")
    if c is None:
        if text.isascii():
            c = ["7bit", "7bit", "qp"][hint(rec["key"], "cte", 3)]
        else:
            c = ["qp", "qp", "8bit", "b64", "8bit"][hint(rec["key"], "cte", 5)]
    if c == "7bit" and not text.isascii():
        c = "8bit"
    return {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[c]


def full_text(rec, when):
    body = rec["body"]
    if body and not body.endswith("\n"):
        body += "\n"
    if rec.get("quote"):
        q = build_quote(rec, when)
        body = (body + "\n" if body else "") + q + "\n"
    return body


def set_body(msg, rec, text):
    shape = rec.get("html", "plain")
    cte = choose_cte(rec, text)
    if shape == "plain":
        msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    elif shape == "only":
        h = rec.get("html_src") or to_html(text)
        msg.set_content(h, subtype="html", charset="utf-8", cte=cte if cte != "7bit" or h.isascii() else "quoted-printable")
    elif shape == "alt":
        msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
        h = rec.get("html_src") or to_html(text)
        msg.add_alternative(h, subtype="html", charset="utf-8",
                            cte="quoted-printable" if not h.isascii() or cte == "quoted-printable" else "7bit")
    else:
        raise ValueError(shape)


def bounce(rec, when, mid):
    b = rec["bounce"]
    msg = EmailMessage(policy=policy.SMTP)
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
    human = EmailMessage(policy=policy.SMTP)
    human.set_content(rec["body"], subtype="plain", charset="utf-8", cte=choose_cte(rec, rec["body"]))
    ds = EmailMessage(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    blk1 = EmailMessage(policy=policy.SMTP)
    blk1["Reporting-MTA"] = "dns; %s" % b["mta"]
    blk1["Arrival-Date"] = format_datetime(when - dt.timedelta(minutes=3))
    blk2 = EmailMessage(policy=policy.SMTP)
    blk2["Final-Recipient"] = "rfc822; %s" % b["rcpt"]
    blk2["Action"] = "failed"
    blk2["Status"] = b["status"]
    blk2["Remote-MTA"] = "dns; %s" % b["remote"]
    blk2["Diagnostic-Code"] = "smtp; %s" % b["diag"]
    ds.set_payload([blk1, blk2])
    hdrs = EmailMessage(policy=policy.SMTP)
    hdrs["Content-Type"] = "text/rfc822-headers"
    hdrs["Content-Description"] = "Undelivered Message Headers"
    oh = EmailMessage(policy=policy.SMTP.clone(linesep="\n"))
    oh["From"] = b["orig_from"]
    oh["To"] = b["rcpt"]
    oh["Subject"] = b["orig_subject"]
    oh["Date"] = format_datetime(when - dt.timedelta(minutes=4))
    oh["Message-ID"] = "<%s@floraisondesoi.fr>" % hexs(rec["key"], "orig", 20)
    hdrs.set_payload(oh.as_string())
    for p in (human, ds, hdrs):
        msg.attach(p)
    return msg


def forwarded(rec, when):
    f = rec["fwd"]
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = f["frm"]
    inner["To"] = f["to"]
    inner["Subject"] = f["subject"]
    inner["Date"] = format_datetime(when - dt.timedelta(days=1 + hint(rec["key"], "fwdd", 10), hours=3))
    inner["Message-ID"] = "<%s@%s>" % (hexs(rec["key"], "fwdid", 24), parseaddr(f["frm"])[1].split("@")[-1])
    inner.set_content(f["body"], subtype="plain", charset="utf-8",
                      cte="quoted-printable" if not f["body"].isascii() else "7bit")
    return inner


def build(rec):
    k = rec["key"]
    when = msg_date(rec)
    name, addr = parseaddr(rec["frm"])
    mid = message_id(rec, addr, when)
    text = full_text(rec, when)
    if rec.get("bounce"):
        msg = bounce(rec, when, mid)
    else:
        msg = EmailMessage(policy=policy.SMTP)
        set_body(msg, rec, text)
        if rec.get("fwd"):
            msg.add_attachment(forwarded(rec, when))
        add_attachments(msg, rec)
    # headers in a natural order: insert in front of the content headers
    hdrs = []
    hdrs.append(("Return-Path", "<%s>" % (rec.get("return_path", addr))))
    hdrs.append(("From", rec["frm"]))
    to = rec.get("to")
    if to is None:
        to = HER[hint(k, "to", 2)]
        to = formataddr((["Floraison de Soi", "Sandra Delomenie", ""][hint(k, "toname", 3)], to)) if hint(k, "tn", 2) else to
    hdrs.append(("To", to))
    if rec.get("cc"):
        hdrs.append(("Cc", rec["cc"]))
    if rec.get("reply_to"):
        hdrs.append(("Reply-To", rec["reply_to"]))
    hdrs.append(("Subject", rec["subject"]))
    hdrs.append(("Date", format_datetime(when)))
    hdrs.append(("Message-ID", mid))
    if rec.get("quote") and rec["quote"]["style"] not in ("fwd", "en_fwd", "apple_fwd") or rec.get("reply"):
        parent = "<%s@%s>" % (hexs(k, "parent", 20), rec.get("parent_dom", "floraisondesoi.fr"))
        hdrs.append(("In-Reply-To", parent))
        refs = parent
        if hint(k, "refs", 2):
            refs = "<%s@%s> %s" % (hexs(k, "gp", 18), parseaddr(rec["frm"])[1].split("@")[-1], parent)
        hdrs.append(("References", refs))
    xm = rec.get("mailer")
    if xm is None:
        dom = addr.split("@")[-1]
        body = rec.get("body", "")
        if "iPhone" in body:
            xm = ("X-Mailer", "iPhone Mail (21F90)")
        elif dom in ("icloud.com", "me.com"):
            xm = ("X-Mailer", "Apple Mail (2.3776.700.51)")
        elif dom in ("orange.fr", "wanadoo.fr") and hint(k, "om", 3) == 0:
            xm = ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71")
        elif dom in ("free.fr", "laposte.net") and hint(k, "tb", 2) == 0:
            xm = ("User-Agent", "Mozilla Thunderbird")
        elif rec.get("exchange") or (dom not in ("gmail.com", "hotmail.fr", "hotmail.com", "outlook.fr",
                                                 "yahoo.fr", "floraisondesoi.fr") and hint(k, "ol", 4) == 0
                                     and "@" in addr and not rec.get("auto")):
            xm = ("X-Mailer", "Microsoft Outlook 16.0")
    if xm:
        hdrs.append(xm)
    for h, v in rec.get("headers", []):
        hdrs.append((h, v))
    content = [(h, v) for h, v in msg.items()]
    for h in list(msg.keys()):
        del msg[h]
    for h, v in hdrs:
        msg[h] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for h, v in content:
        if h.lower() != "mime-version":
            msg[h] = v
    # deterministic boundaries
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (hexs(k, "bnd%d" % n, 16), n))
            n += 1
    return msg


def main():
    recs = load_records()
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(recs, 1):
        fname = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[fname] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
