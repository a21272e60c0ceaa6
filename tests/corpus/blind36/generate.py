#!/usr/bin/env python3
"""Deterministic generator for the b36 corpus (standard library only).

Writes b36-0001.eml ... and labels.json next to this file. Order, dates, Message-IDs
and MIME boundaries are all derived from sha256 of each record's key, so output is
byte-identical on every run and under any PYTHONHASHSEED.
"""
import hashlib, html, io, json, os, sys, zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.header import Header
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import req_fr, req_en, neg_fr, neg_en  # noqa: E402
from common import SANDRA, CONTACT  # noqa: E402

PREFIX = "b36"
ALL = req_fr.RECORDS + req_en.RECORDS + neg_fr.RECORDS + neg_en.RECORDS


def h(key, salt=""):
    return hashlib.sha256((salt + key).encode("utf-8")).hexdigest()


def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def paris(dt_naive):
    """Attach the Europe/Paris offset (CET/CEST) to a naive local datetime."""
    y = dt_naive.year
    start = last_sunday(y, 3).replace(hour=2)
    end = last_sunday(y, 10).replace(hour=3)
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=timezone(timedelta(hours=off)))


def msg_date(rec):
    k = int(h(rec["key"], "date"), 16)
    if rec.get("date"):
        base = datetime.strptime(rec["date"], "%Y-%m-%d %H:%M").replace(second=k % 60)
    else:
        base = datetime(2025, 1, 6) + timedelta(days=k % 530, hours=7 + (k >> 12) % 15,
                                                 minutes=(k >> 20) % 60, seconds=(k >> 28) % 60)
    return paris(base)


def domain_of(addr):
    a = parseaddr(addr)[1]
    return a.split("@")[-1].lower() if "@" in a else "localhost"


def make_msgid(key, frm, salt="mid"):
    d = domain_of(frm)
    x = h(key, salt)
    if d in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (x[:20].upper(), x[20:32])
    if d in ("outlook.com", "hotmail.com", "hotmail.fr", "outlook.fr", "hotmail.co.uk"):
        return "<AM%sPR%s.%s@AM%s.eurprd04.prod.outlook.com>" % (x[:1], x[1:5].upper(), x[5:25], x[25:29])
    if d in ("icloud.com", "me.com"):
        return "<%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:24].upper(), d)
    return "<%s.%s@%s>" % (x[:16], x[16:24], d)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def pseudo_bytes(key, n):
    out, i = b"", 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (key, i)).encode()).digest()
        i += 1
    return out[:n]


def attachment(rec, fn, ctype):
    seed = rec["key"] + "/" + fn
    main, sub = ctype.split("/")
    if ctype == "image/jpeg":
        return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
                + pseudo_bytes(seed, 1800) + b"\xff\xd9"), main, sub
    if ctype == "image/png":
        return b"\x89PNG\r\n\x1a\n" + pseudo_bytes(seed, 1500), main, sub
    if ctype == "application/pdf":
        title = fn.rsplit(".", 1)[0].replace("_", " ")
        body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
                "4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 760 Td (%s) Tj ET\nendstream endobj\n"
                "trailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
        return body.encode("latin-1", "replace") + b"%" + pseudo_bytes(seed, 400), main, sub
    if sub.endswith("wordprocessingml.document"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in (
                ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
                ("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(fn))):
                zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
        return buf.getvalue(), main, sub
    if ctype == "text/csv":
        if "participants" in fn:
            text = "nom;prenom;poste;email\nDurand;Alice;Cariste;alice.durand@berry-logistique.fr\nMorin;Kevin;Chef d'equipe;kevin.morin@berry-logistique.fr\nPetit;Sarah;Preparatrice;sarah.petit@berry-logistique.fr\nLeroy;Yanis;Magasinier;yanis.leroy@berry-logistique.fr\n"
        elif "mood" in fn:
            text = "date,sleep_hours,mood_1_10,energy_1_10\n2026-02-02,6.5,5,4\n2026-02-03,5,3,3\n2026-02-04,7,6,6\n2026-02-05,7.5,7,6\n"
        else:
            text = "field,value\nname,Chloe Dubois-Smith\nmodule_1,completed\nmodule_2,completed\nquiz_1_score,8/10\nassignment_1,submitted 2025-11-03\n"
        return text, None, "csv"
    if ctype == "text/calendar":
        uid = h(seed)[:24]
        text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//b36//corpus//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                "UID:%s@floraisondesoi.fr\r\nDTSTAMP:20260210T090000Z\r\nDTSTART:20260224T090000Z\r\n"
                "DTEND:20260224T093000Z\r\nSUMMARY:Rendez-vous\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % uid)
        return text, None, "calendar"
    raise ValueError(ctype)


def set_boundaries(msg, key):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (h(key, "bnd")[:18], i))
            i += 1


CTE = {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def build_report(rec, when):
    d = rec["dsn"]
    top = EmailMessage(policy=SMTP)
    p1 = EmailMessage(policy=SMTP)
    p1.set_content(rec["body"] + "\n", cte="8bit")
    p2 = EmailMessage(policy=SMTP)
    p2["Content-Type"] = "message/delivery-status"
    b1 = EmailMessage(policy=SMTP)
    b1["Reporting-MTA"] = "dns; " + d["mta"]
    b1["Arrival-Date"] = format_datetime(when - timedelta(minutes=2))
    b2 = EmailMessage(policy=SMTP)
    b2["Final-Recipient"] = "rfc822; " + d["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = d["status"]
    b2["Diagnostic-Code"] = d["diag"]
    p2.set_payload([b1, b2])
    p3 = EmailMessage(policy=SMTP)
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
        d["ofrom"], d["rcpt"], Header(d["osubj"], "utf-8").encode() if not d["osubj"].isascii() else d["osubj"], format_datetime(when - timedelta(minutes=3)),
        make_msgid(rec["key"], d["ofrom"], "orig")))
    p3.set_content(orig, subtype="rfc822-headers", cte="8bit")
    top["MIME-Version"] = "1.0"
    top["Content-Type"] = "multipart/report; report-type=delivery-status"
    top.set_payload([p1, p2, p3])
    return top


def build(rec):
    key = rec["key"]
    when = msg_date(rec)
    if rec.get("kind") == "report":
        msg = build_report(rec, when)
        hdrs = {"Auto-Submitted": "auto-replied"}
    else:
        msg = EmailMessage(policy=SMTP)
        hdrs = {}
        k = int(h(key, "cte"), 16)
        cte = CTE[rec.get("cte") or ("qp" if k % 7 == 0 else "8bit")]
        body = rec["body"].rstrip("\n") + "\n"
        fmt = rec.get("fmt", "plain")
        if fmt == "plain":
            msg.set_content(body, cte=cte)
        elif fmt == "html":
            msg.set_content(rec.get("html") or to_html(body), subtype="html",
                            cte=cte if cte != "8bit" else "quoted-printable")
        elif fmt == "alt":
            msg.set_content(body, cte=cte)
            msg.add_alternative(rec.get("html") or to_html(body), subtype="html", cte="quoted-printable")
        else:
            raise ValueError(fmt)
        for fn, ctype in rec.get("att", []):
            data, main, sub = attachment(rec, fn, ctype)
            if main is None:
                msg.add_attachment(data, subtype=sub, filename=fn)
            else:
                msg.add_attachment(data, maintype=main, subtype=sub, filename=fn)
    frm = rec["frm"]
    to = rec.get("to")
    if not to:
        to = CONTACT if int(h(key, "to"), 16) % 6 == 0 and frm not in (SANDRA, CONTACT) else SANDRA
    head = [("From", frm), ("To", to), ("Subject", rec["subj"]), ("Date", format_datetime(when)),
            ("Message-ID", make_msgid(key, frm))]
    if rec.get("reply"):
        parent = make_msgid(key, to, "parent")
        grand = make_msgid(key, frm, "grand")
        head += [("In-Reply-To", parent), ("References", grand + " " + parent)]
    for name, value in list(hdrs.items()) + list(rec.get("hdr", {}).items()):
        head.append((name, value))
    existing = [(n, v) for n, v in msg.items()]
    for n in list(msg.keys()):
        del msg[n]
    for n, v in head:
        msg[n] = v
    for n, v in existing:
        msg[n] = v
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    set_boundaries(msg, key)
    return msg.as_bytes(policy=SMTP)


def main():
    keys = [r["key"] for r in ALL]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    for name in os.listdir(HERE):
        if name.startswith(PREFIX + "-") and name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    ordered = sorted(ALL, key=lambda r: h(r["key"]))
    labels = {}
    for i, rec in enumerate(ordered, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(build(rec))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages + labels.json" % len(ordered))


if __name__ == "__main__":
    main()
