#!/usr/bin/env python3
"""Write b47-0001.eml ... and labels.json next to this file from records_*.py.

Deterministic: every varying choice (date, Message-ID, boundary, encoding
defaults, attachment bytes) is derived from sha256 of the record key.
"""
import datetime as dt
import glob
import hashlib
import html
import importlib.util
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
PREFIX = "b47"
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
SANDRA_NAME = "Sandra Delomenie"

sys.path.insert(0, HERE)


def load_records():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "records_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise SystemExit("duplicate keys: %s" % dup)
    return recs


def H(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).hexdigest()


def hint(key, salt, mod):
    return int(H(key, salt)[:12], 16) % mod


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


# ---------------------------------------------------------------- dates
def paris_tz(local):
    # 2026 DST: Sun 29 March 02:00 -> 03:00 ; 2025: 30 March / 26 October
    y = local.year
    starts = {2025: dt.datetime(2025, 3, 30, 2), 2026: dt.datetime(2026, 3, 29, 2)}
    ends = {2025: dt.datetime(2025, 10, 26, 3), 2026: dt.datetime(2026, 10, 25, 3)}
    if starts[y] <= local < ends[y]:
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def fix_gap(local):
    if local.year == 2026 and local.month == 3 and local.day == 29 and local.hour == 2:
        local += dt.timedelta(hours=1)
    if local.year == 2025 and local.month == 3 and local.day == 30 and local.hour == 2:
        local += dt.timedelta(hours=1)
    return local


WINDOW_START = dt.datetime(2026, 2, 23, 0, 0)
WINDOW_DAYS = 61


def msg_date(rec):
    if rec.get("date"):
        local = dt.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
    else:
        k = rec["key"]
        day = hint(k, "day", WINDOW_DAYS)
        hour = hint(k, "hour", 24)
        auto = rec.get("auto", False)
        if not auto and hour < 7:
            hour += 8 + hint(k, "h2", 6)
        local = WINDOW_START + dt.timedelta(days=day, hours=hour, minutes=hint(k, "min", 60),
                                            seconds=hint(k, "sec", 60))
    local = fix_gap(local)
    return local.replace(tzinfo=paris_tz(local))


def quote_date(rec, d):
    if rec.get("qdate"):
        local = fix_gap(dt.datetime.strptime(rec["qdate"], "%Y-%m-%d %H:%M"))
        return local.replace(tzinfo=paris_tz(local))
    back = dt.timedelta(hours=2 + hint(rec["key"], "qback", 24 * 18))
    local = d.replace(tzinfo=None) - back
    if local.hour < 7:
        local += dt.timedelta(hours=9)
    local = fix_gap(local)
    return local.replace(tzinfo=paris_tz(local), second=0)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- ids
def _b62(hexs, n):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    v = int(hexs, 16)
    out = []
    for _ in range(n):
        v, r = divmod(v, 62)
        out.append(alpha[r])
    return "".join(out)


def make_msgid(key, addr, salt="mid", d=None):
    mid = _make_msgid(key, addr, salt, d)
    while len(mid) > 64:
        local, dom = mid[1:-1].rsplit("@", 1)
        if len(local) > 12:
            local = local[:-1]
        else:
            dom = dom.split(".", 1)[-1]
        mid = "<%s@%s>" % (local, dom)
    return mid


def _make_msgid(key, addr, salt="mid", d=None):
    h = H(key, salt)
    dom = addr.rsplit("@", 1)[-1].lower()
    ms = int(d.timestamp() * 1000) if d else 1772000000000 + int(h[:8], 16) % 9000000000
    if dom == "gmail.com":
        return "<CA%s@mail.gmail.com>" % (("+" if h[0] in "01" else "") + _b62(h, 40))
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d.JavaMail.www@wwinf%dm%02d>" % (
            int(h[:7], 16) % 99999999, int(h[7:12], 16) % 99999, ms, int(h[12], 16) % 3 + 1, int(h[12:14], 16) % 30)
    if dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "outlook.com", "live.fr", "live.com", "msn.com"):
        box = "%s%02dMB%04d" % (["AM9PR", "PAXPR", "DB9PR", "VI1PR", "PR3PR"][int(h[0], 16) % 5],
                                int(h[1:3], 16) % 10, int(h[3:7], 16) % 9999)
        return "<%s%s@%s.eurprd%02d.prod.outlook.com>" % (box, h[8:14].upper(), box, int(h[24:26], 16) % 10)
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom in ("yahoo.fr", "yahoo.com", "ymail.com"):
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:6], 16), int(h[6:12], 16), ms)
    if dom == "free.fr":
        return "<%d.%d.%d.JavaMail.root@zimbra%d-e%d>" % (
            int(h[:7], 16) % 9999999, int(h[7:12], 16) % 99999, ms, int(h[12], 16) + 1, int(h[13], 16) % 4 + 1)
    if dom in ("laposte.net",):
        return "<%s.%s@laposte.net>" % (h[:16], h[16:24])
    if dom in ("sfr.fr", "neuf.fr"):
        return "<%s@webmail.sfr.fr>" % h[:24]
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        return "<%s=@proton.me>" % _b62(h, 43)
    if dom in ("gmx.fr", "gmx.de", "gmx.net", "gmx.ch", "web.de"):
        return "<trinity-%s-%s-%s-%s-%s@3c-app-gmx-bap%02d>" % (
            h[:8], h[8:12], h[12:16], h[16:20], h[20:32], int(h[32:34], 16) % 70)
    if dom.endswith("floraisondesoi.fr"):
        return "<%s.%s@floraisondesoi.fr>" % (h[:20], _b62(h[20:], 6))
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


# ---------------------------------------------------------------- attachments
def pdf_bytes(text):
    safe = text.encode("ascii", "replace").decode("ascii")
    safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 12 Tf 50 750 Td (%s) Tj ET" % safe).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offs:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def png_bytes(seed):
    h = hashlib.sha256(seed.encode()).digest()
    w = hgt = 16
    raw = b""
    for y in range(hgt):
        raw += b"\x00" + bytes(v for x in range(w) for v in (h[(x + y) % 32], h[(x * 3 + y) % 32], h[(y * 5 + x) % 32]))

    def chunk(t, data):
        c = t + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % html.escape(p)
                    for p in text.split("\n"))
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
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for att in rec.get("att", []):
        kind, fname = att[0], att[1]
        text = att[2] if len(att) > 2 else fname
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(png_bytes(rec["key"] + fname), maintype="image", subtype="png", filename=fname)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", filename=fname)
        elif kind == "ics":
            msg.add_attachment(text, subtype="calendar", filename=fname)
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", filename=fname)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- quoting
def fr_long(d):
    return "%s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)


def build_quote(rec, d):
    q = rec.get("quote")
    if not q:
        return ""
    style = rec.get("qstyle", "gmail")
    qd = quote_date(rec, d)
    qfrom = rec.get("qfrom") or ("Sandra Delomenie <%s>" % (CONTACT if to_addr(rec).endswith(CONTACT) or
                                                           to_addr(rec) == CONTACT else ORANGE))
    qname, qaddr = parseaddr(qfrom)
    me = rec["frm"]
    qsubj = rec.get("qsubj") or strip_re(rec["subject"])
    body = q.strip("\n")
    pref = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    if style == "gmail":
        head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            JOURS[qd.weekday()][:3] + ".", qd.day, MOIS[qd.month - 1], qd.year, qd.hour, qd.minute, qname, qaddr)
        return "\n\n" + head + "\n\n" + pref + "\n"
    if style == "gmail_en" or style == "en":
        hr = qd.hour % 12 or 12
        head = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            DAYS_EN[qd.weekday()], MON_EN[qd.month - 1], qd.day, qd.year, hr, qd.minute,
            "AM" if qd.hour < 12 else "PM", qname, qaddr)
        return "\n\n" + head + "\n\n" + pref + "\n"
    if style == "apple":
        head = "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            qd.day, MOIS[qd.month - 1], qd.year, qd.hour, qd.minute, qname, qaddr)
        return "\n\n" + head + "\n\n" + pref + "\n"
    if style == "outlook":
        head = ("________________________________\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (
            qname, qaddr, fr_long(qd), me, qsubj))
        return "\n\n" + head + "\n\n" + body + "\n"
    if style == "outlook_en":
        head = ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
            qname, qaddr, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][qd.weekday()],
            ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"][qd.month - 1], qd.day, qd.year,
            qd.hour % 12 or 12, qd.minute, "AM" if qd.hour < 12 else "PM", me, qsubj))
        return "\n\n" + head + "\n\n" + body + "\n"
    if style == "fwd":
        head = ("---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s %d %s %d à %02d:%02d\n"
                "Subject: %s\nTo: %s\n" % (qname, qaddr, JOURS[qd.weekday()][:3] + ".", qd.day,
                                           MOIS[qd.month - 1], qd.year, qd.hour, qd.minute, qsubj,
                                           rec.get("qto", "<%s>" % CONTACT)))
        return "\n\n" + head + "\n\n" + body + "\n"
    if style == "fwd_apple":
        head = ("Début du message réexpédié :\n\nDe: %s <%s>\nObjet: %s\nDate: %d %s %d à %02d:%02d:%02d UTC%+d\n"
                "À: %s\n" % (qname, qaddr, qsubj, qd.day, MOIS[qd.month - 1], qd.year, qd.hour, qd.minute, 0,
                             int(qd.utcoffset().total_seconds() // 3600), rec.get("qto", CONTACT)))
        return "\n\n" + head + "\n\n" + body + "\n"
    raise ValueError(style)


def strip_re(s):
    t = s
    while True:
        low = t.lower()
        for p in ("re: ", "re : ", "tr: ", "tr : ", "fwd: ", "fw: ", "réf : "):
            if low.startswith(p):
                t = t[len(p):]
                break
        else:
            return t


def to_addr(rec):
    t = rec.get("to")
    if t is None:
        t = "contact" if hint(rec["key"], "to", 10) < 6 else "orange"
    if t == "contact":
        v = hint(rec["key"], "tostyle", 3)
        return ["contact@floraisondesoi.fr", "Floraison de Soi <contact@floraisondesoi.fr>",
                "Sandra Delomenie <contact@floraisondesoi.fr>"][v]
    if t == "orange":
        v = hint(rec["key"], "tostyle", 3)
        return ["sandra.delomenie@orange.fr", "Sandra Delomenie <sandra.delomenie@orange.fr>",
                "Sandra DELOMENIE <sandra.delomenie@orange.fr>"][v]
    return t


def to_html(text, rec):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if p.startswith("> ") or p.startswith(">\n") or p == ">":
            inner = "<br>\n".join(html.escape(ln[2:] if ln.startswith("> ") else ln.lstrip(">")) for ln in p.split("\n"))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<div>%s</div>" % "<br>\n".join(html.escape(ln) for ln in p.split("\n")))
    style = rec.get("hstyle", "mail")
    if style == "notif":
        brand = rec.get("brand", "")
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
                '<body style="background:#f4f4f7;margin:0;padding:24px;font-family:Helvetica,Arial,sans-serif">\n'
                '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                '<table width="560" style="background:#ffffff;border-radius:6px;padding:24px">\n'
                '<tr><td style="font-size:20px;font-weight:bold;color:#222">%s</td></tr>\n'
                '<tr><td style="font-size:14px;line-height:1.5;color:#333">\n%s\n</td></tr>\n'
                '</table></td></tr></table>\n</body></html>\n' % (
                    html.escape(rec["subject"]), html.escape(brand), "\n".join(out)))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">\n%s\n</div></body></html>\n' % "\n".join(out))


# ---------------------------------------------------------------- build
CTES = [None, "8bit", "quoted-printable", "base64", "8bit", None, "quoted-printable", "8bit"]


def pick_cte(rec, text):
    c = rec.get("cte", "default")
    if c == "default":
        c = CTES[hint(rec["key"], "cte", len(CTES))]
    if c in ("7bit",) and not text.isascii():
        c = "8bit"
    if c in ("7bit", "8bit") and max((len(x) for x in text.split("\n")), default=0) > 900:
        c = "quoted-printable"
    return c


def set_text(msg, text, rec, subtype="plain"):
    c = pick_cte(rec, text)
    if c is None:
        msg.set_content(text, subtype=subtype)
    else:
        msg.set_content(text, subtype=subtype, cte=c)


def add_alt(msg, text, rec):
    c = pick_cte(dict(rec, key=rec["key"] + "#h"), text)
    if c is None:
        msg.add_alternative(text, subtype="html")
    else:
        msg.add_alternative(text, subtype="html", cte=c)


def boundary_for(rec, i, frm_addr):
    h = H(rec["key"], "b%d" % i)
    dom = frm_addr.rsplit("@", 1)[-1].lower()
    if dom == "gmail.com":
        return "0000000000" + h[:18]
    if dom in ("icloud.com", "me.com"):
        u = h[:32].upper()
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if dom.startswith("hotmail") or dom.startswith("outlook") or dom.startswith("live"):
        return "_%03d_%s_" % (i, h[:40].upper())
    if dom in ("orange.fr", "wanadoo.fr"):
        return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:14], 16), 1772000000000 + int(h[14:22], 16) % 9999999999)
    return "===============%s==" % str(int(h[:16], 16))[:19]


def set_boundaries(msg, rec, frm_addr):
    i = 0
    stack = [msg]
    while stack:
        p = stack.pop(0)
        if p.get_content_maintype() == "multipart":
            p.set_boundary(boundary_for(rec, i, frm_addr))
            i += 1
            stack.extend(p.get_payload())
        elif p.get_content_type() == "message/rfc822":
            stack.extend(p.get_payload())


def build(rec):
    d = msg_date(rec)
    frm = rec["frm"]
    _, frm_addr = parseaddr(frm)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to_addr(rec)
    hdr = dict(rec.get("hdr", {}))
    if "Cc" in hdr:
        msg["Cc"] = hdr.pop("Cc")
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(rec["key"], frm_addr, d=d)
    if rec.get("reply") or rec.get("quote") and rec.get("qstyle", "gmail") not in ("fwd", "fwd_apple"):
        qfrom = rec.get("qfrom")
        qaddr = parseaddr(qfrom)[1] if qfrom else (ORANGE if "orange" in msg["To"] else CONTACT)
        parent = make_msgid(rec["key"], qaddr, salt="parent", d=quote_date(rec, d))
        msg["In-Reply-To"] = parent
        if hint(rec["key"], "refs", 3) == 0:
            msg["References"] = make_msgid(rec["key"], CONTACT, salt="gp") + " " + parent
        else:
            msg["References"] = parent
    for k, v in hdr.items():
        msg[k] = v
    if "X-Mailer" not in hdr and "User-Agent" not in hdr and not rec.get("auto"):
        dom = frm_addr.rsplit("@", 1)[-1].lower()
        v = hint(rec["key"], "xm", 4)
        if dom in ("orange.fr", "wanadoo.fr") and v < 2:
            msg["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev62"
        elif "Envoyé de mon iPhone" in rec["body"] or "Sent from my iPhone" in rec["body"]:
            msg["X-Mailer"] = "iPhone Mail (22D72)"
        elif dom in ("free.fr",) and v < 2:
            msg["X-Mailer"] = "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4581)"
        elif dom in ("laposte.net", "sfr.fr") and v == 0:
            msg["User-Agent"] = "Mozilla Thunderbird"
    msg["MIME-Version"] = "1.0"

    text = rec["body"] + build_quote(rec, d) + rec.get("after", "")
    kind = rec.get("kind")
    hmode = rec.get("html")
    if kind == "bounce":
        b = rec["bounce"]
        set_text(msg, text, rec)
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        ds = EmailMessage(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        ds["Content-Description"] = "Delivery report"
        b1 = Message(policy=policy.SMTP)
        b1["Reporting-MTA"] = "dns; " + b["mta"]
        od = d - dt.timedelta(minutes=1 + hint(rec["key"], "bmin", 6), seconds=hint(rec["key"], "bsec", 60))
        b1["Arrival-Date"] = format_datetime(od)
        b2 = Message(policy=policy.SMTP)
        b2["Final-Recipient"] = "rfc822; " + b["rcpt"]
        b2["Original-Recipient"] = "rfc822; " + b["rcpt"]
        b2["Action"] = "failed"
        b2["Status"] = b["status"]
        b2["Diagnostic-Code"] = "smtp; " + b["diag"]
        ds.set_payload([b1, b2])
        msg.attach(ds)
        hp = EmailMessage(policy=policy.SMTP)
        hp.set_content("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
            b.get("orig_from", "Sandra Delomenie <%s>" % CONTACT), b["rcpt"], b["orig_subject"],
            format_datetime(od), make_msgid(rec["key"], CONTACT, salt="orig", d=od)),
            subtype="rfc822-headers")
        hp["Content-Description"] = "Undelivered Message Headers"
        msg.attach(hp)
    elif hmode == "only":
        body_html = rec.get("htmlbody") or to_html(text, rec)
        set_text(msg, body_html, rec, subtype="html")
    else:
        set_text(msg, text, rec)
        if hmode == "alt":
            add_alt(msg, rec.get("htmlbody") or to_html(text, rec), rec)
    if kind == "rfc822":
        inn = rec["inner"]
        im = EmailMessage(policy=policy.SMTP)
        im["From"] = inn["frm"]
        im["To"] = inn["to"]
        im["Subject"] = inn["subject"]
        idt = quote_date(rec, d)
        im["Date"] = format_datetime(idt)
        im["Message-ID"] = make_msgid(rec["key"], parseaddr(inn["frm"])[1], salt="inner", d=idt)
        im["MIME-Version"] = "1.0"
        im.set_content(inn["body"].strip("\n") + "\n")
        msg.add_attachment(im)
    add_attachments(msg, rec)
    set_boundaries(msg, rec, frm_addr)
    return msg


def main():
    recs = ordered(load_records())
    for old in glob.glob(os.path.join(HERE, PREFIX + "-*.eml")):
        os.remove(old)
    labels = {}
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
