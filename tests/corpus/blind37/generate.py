#!/usr/bin/env python3
"""Deterministic generator for the b37 corpus (standard library only).

Writes b37-0001.eml ... b37-NNNN.eml and labels.json next to this file.
Order, dates, Message-IDs, MIME boundaries and attachment bytes are all
derived from sha256 of the record key, so the output is byte-identical
on every run whatever PYTHONHASHSEED is.
"""
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PREFIX = "b37"
RECORD_MODULES = ["rec_fr_requests", "rec_fr_negatives", "rec_en_requests",
                  "rec_en_negatives"]
POL = policy.SMTP


def load_records():
    recs = []
    for name in RECORD_MODULES:
        mod = __import__(name)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, "duplicate keys: %s" % sorted(dup)
    return recs


def H(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(naive):
    y = naive.year
    start = datetime.datetime.combine(_last_sunday(y, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(_last_sunday(y, 10), datetime.time(3, 0))
    off = 2 if start <= naive < end else 1
    if start <= naive < start + datetime.timedelta(hours=1):
        naive += datetime.timedelta(hours=1)  # skip the non-existent hour
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


HOURS = [7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 17,
         18, 19, 20, 21, 21, 22, 22, 23, 0, 6]


def make_date(rec):
    if rec.get("date"):
        naive = datetime.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
        naive = naive.replace(second=int(H("sec", rec["key"])[:4], 16) % 60)
        return paris(naive)
    h = H("date", rec["key"])
    day = int(h[0:8], 16) % 730
    hour = HOURS[int(h[8:12], 16) % len(HOURS)]
    minute = int(h[12:16], 16) % 60
    sec = int(h[16:20], 16) % 60
    naive = datetime.datetime(2025, 1, 1) + datetime.timedelta(days=day)
    naive = naive.replace(hour=hour, minute=minute, second=sec)
    return paris(naive)


# ---------------------------------------------------------------- ids
def sender_domain(frm):
    addr = parseaddr(frm)[1]
    return addr.split("@")[-1].lower() if "@" in addr else "localhost"


def make_msgid(rec, salt="mid"):
    h = H(salt, rec["key"])
    dom = sender_domain(rec["frm"])
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (h[:20].upper(), h[20:34])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%s.%s@wwinf%s>" % (h[:12], h[12:20], "1f" + h[20:22])
    if dom in ("icloud.com", "me.com"):
        return "<%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    if dom.startswith("hotmail") or dom.startswith("outlook") or dom.startswith("live"):
        return "<PR3P%s@%s.eurprd0%d.prod.outlook.com>" % (
            h[:16].upper(), h[16:22].upper(), int(h[22], 16) % 9 + 1)
    return "<%s.%s@%s>" % (h[:16], h[16:26], dom)


def reply_ids(rec):
    h = H("irt", rec["key"])
    first = "<%s.%s@floraisondesoi.fr>" % (h[:14], h[14:22])
    second = "<%s@%s>" % (h[22:40], sender_domain(rec["frm"]))
    return first, "%s %s" % (second, first)


# ---------------------------------------------------------------- attachments
def pdf_bytes(text, seed):
    safe = "".join(c if 32 <= ord(c) < 127 else "?" for c in text)
    safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    lines = [safe[i:i + 80] for i in range(0, len(safe), 80)] or [""]
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % ln)
    ops.append("(Ref. %s) Tj" % seed[:16])
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, seed[:32].encode(), seed[32:64].encode(), xref))
    return out.getvalue()


def png_bytes(seed):
    r, g, b = (int(seed[i:i + 2], 16) for i in (0, 2, 4))
    w = h = 16
    raw = b"".join(b"\x00" + bytes((r, g, b)) * w for _ in range(h))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + seed[:24].encode())
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def jpg_bytes(seed):
    """8x8 grey baseline JPEG, hand-built; the COM segment carries the hash."""
    com = ("IMG_" + seed[:20]).encode()
    dht_dc = b"\x00" + bytes([1, 1] + [0] * 14) + b"\x00\x01"
    dht_ac = b"\x10" + bytes([1, 1] + [0] * 14) + b"\x00\x01"
    seg = lambda m, d: b"\xff" + m + struct.pack(">H", len(d) + 2) + d
    return (b"\xff\xd8"
            + seg(b"\xe0", b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
            + seg(b"\xfe", com)
            + seg(b"\xdb", b"\x00" + b"\x01" * 64)
            + seg(b"\xc0", b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
            + seg(b"\xc4", dht_dc) + seg(b"\xc4", dht_ac)
            + seg(b"\xda", b"\x01\x01\x00\x00\x3f\x00")
            + b"\x3f" + b"\xff\xd9")


def docx_bytes(text, seed):
    esc = htmlmod.escape(text)
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % p
                    for p in esc.split("\n"))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>'
         % (paras, seed[:12])),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def ics_text(text, seed, dt):
    start = dt + datetime.timedelta(days=int(seed[:2], 16) % 20 + 3)
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Floraison de Soi//b37//FR\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s@floraisondesoi.fr\r\n"
            "DTSTAMP:%s\r\nDTSTART;TZID=Europe/Paris:%s\r\nDURATION:PT1H30M\r\n"
            "SUMMARY:%s\r\nLOCATION:Issoudun\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (seed[:24], dt.strftime("%Y%m%dT%H%M%SZ"),
               start.strftime("%Y%m%dT100000"), text or "Rendez-vous"))


def add_attachments(msg, rec, dt):
    for i, spec in enumerate(rec.get("att", [])):
        kind, fname = spec[0], spec[1]
        text = spec[2] if len(spec) > 2 else ""
        seed = H("att", rec["key"], str(i))
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(text or fname, seed), maintype="application",
                               subtype="pdf", filename=fname)
        elif kind == "jpg":
            msg.add_attachment(jpg_bytes(seed), maintype="image", subtype="jpeg",
                               filename=fname)
        elif kind == "png":
            msg.add_attachment(png_bytes(seed), maintype="image", subtype="png",
                               filename=fname)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(text or fname, seed), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", charset="utf-8", filename=fname)
        elif kind == "ics":
            msg.add_attachment(ics_text(text, seed, dt), subtype="calendar",
                               charset="utf-8", filename=fname, params={"method": "REQUEST"})
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", charset="utf-8", filename=fname)
        else:
            raise ValueError("unknown attachment kind %r in %s" % (kind, rec["key"]))


# ---------------------------------------------------------------- bodies
def to_html(text):
    out, quote = [], False
    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        if quote and not q:
            out.append("</blockquote>")
        quote = q
        content = line.lstrip("> ") if q else line
        out.append((htmlmod.escape(content) or "&nbsp;") + "<br>")
    if quote:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div dir="ltr">\n' + "\n".join(out) + "\n</div></body></html>\n")


def pick_cte(rec, text):
    """Explicit record value wins; otherwise a hash-derived mix like real clients."""
    if rec.get("cte"):
        return rec["cte"]
    r = int(H("cte", rec["key"])[:4], 16) % 10
    if r < 2:
        return "base64"
    if r < 4 and not text.isascii():
        return "8bit"
    return None


def set_text(part, text, subtype, cte):
    kw = {"subtype": subtype, "charset": "utf-8"}
    if cte:
        kw["cte"] = cte
    part.set_content(text, **kw)


def build_report(msg, rec, dt):
    d = rec["dsn"]
    msg["Content-Type"] = 'multipart/report; report-type=delivery-status'
    human = EmailMessage(policy=POL)
    set_text(human, rec["body"], "plain", rec.get("cte"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; " + d.get("mta", "smtp-out.orange.fr")
    per_msg["Arrival-Date"] = format_datetime(dt - datetime.timedelta(minutes=3))
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; " + d["orig_to"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = d["status"]
    per_rcpt["Diagnostic-Code"] = "smtp; " + d["diag"]
    ds.set_payload([per_msg, per_rcpt])
    orig = EmailMessage(policy=POL)
    orig["From"] = d.get("orig_from", "Sandra Delomenie <contact@floraisondesoi.fr>")
    orig["To"] = d["orig_to"]
    orig["Subject"] = d["orig_subj"]
    orig["Date"] = format_datetime(dt - datetime.timedelta(minutes=4))
    oh = H("orig", rec["key"])
    orig["Message-ID"] = "<%s.%s@%s>" % (oh[:16], oh[16:26], sender_domain(orig["From"]))
    orig.set_content(d.get("orig_body", "Bonjour,\n\n(...)\n\nSandra\n"))
    wrap = EmailMessage(policy=POL)
    wrap.set_content(orig)
    msg.attach(human)
    msg.attach(ds)
    msg.attach(wrap)


def build(rec):
    dt = make_date(rec)
    msg = EmailMessage(policy=POL)
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", "contact@floraisondesoi.fr")
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    if rec["subj"] is not None:
        msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = make_msgid(rec)
    if rec.get("reply"):
        irt, refs = reply_ids(rec)
        msg["In-Reply-To"] = irt
        msg["References"] = refs
    for k, v in rec.get("hdr", {}).items():
        msg[k] = v
    shape = rec.get("shape", "plain")
    if shape == "report":
        msg["MIME-Version"] = "1.0"
        build_report(msg, rec, dt)
    elif shape == "html":
        html = rec.get("html") or to_html(rec["body"])
        set_text(msg, html, "html", pick_cte(rec, html))
    elif shape == "alt":
        set_text(msg, rec["body"], "plain", pick_cte(rec, rec["body"]))
        msg.add_alternative(rec.get("html") or to_html(rec["body"]), subtype="html",
                            charset="utf-8")
    else:
        set_text(msg, rec["body"], "plain", pick_cte(rec, rec["body"]))
    if rec.get("att"):
        add_attachments(msg, rec, dt)
    # subparts do not carry MIME-Version in real mail
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    # deterministic boundaries
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%d_%s" % (n, H("bnd", rec["key"], str(n))[:24]))
            n += 1
    return msg


def main():
    recs = load_records()
    for name in os.listdir(HERE):
        if name.startswith(PREFIX + "-") and name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    recs.sort(key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    labels = {}
    for i, rec in enumerate(recs, 1):
        fname = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(msg.as_bytes(policy=POL))
        labels[fname] = {"key": rec["key"], "rights": list(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
