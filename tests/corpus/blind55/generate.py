#!/usr/bin/env python3
"""Write b55-0001.eml ... and labels.json next to this file from the record files.

Deterministic: every pseudo-random choice comes from random.Random seeded with the sha256
of the record key; no wall clock; file order is the sha256 of the key.
Standard library only.
"""
import base64
import hashlib
import html
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

PREFIX = "b55"
RECORD_MODULES = ["rec_fr_req1", "rec_fr_req2", "rec_en_req",
                  "rec_fr_neg1", "rec_fr_neg2", "rec_en_neg"]

SANDRA_CONTACT = "contact@floraisondesoi.fr"
SANDRA_ORANGE = "sandra.delomenie@orange.fr"
SANDRA = "Sandra Delomenie <contact@floraisondesoi.fr>"


def load_records():
    import importlib
    recs = []
    for m in RECORD_MODULES:
        mod = importlib.import_module(m)
        recs.extend(mod.RECORDS)
    keys = [r["key"] for r in recs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return recs


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def rng_for(key, salt=""):
    h = hashlib.sha256((key + "|" + salt).encode("utf-8")).hexdigest()
    return random.Random(int(h[:16], 16))


# ---------------------------------------------------------------- dates (Paris, DST by EU rule)

def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(local):
    """Attach the Paris offset (+01:00 / +02:00) to a naive local datetime."""
    start = _last_sunday(local.year, 3).replace(hour=2)
    end = _last_sunday(local.year, 10).replace(hour=3)
    off = 2 if start <= local < end else 1
    return local.replace(tzinfo=timezone(timedelta(hours=off)))


def message_date(rec):
    if rec.get("date"):
        return paris(datetime.strptime(rec["date"], "%Y-%m-%d %H:%M").replace(
            second=rng_for(rec["key"], "sec").randrange(60)))
    r = rng_for(rec["key"], "date")
    base = datetime(2025, 1, 6)
    day = r.randrange(0, 540)  # 2025-01-06 .. ~2026-06-30
    hour = r.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22, 23])
    local = base + timedelta(days=day, hours=hour, minutes=r.randrange(60), seconds=r.randrange(60))
    return paris(local)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def fr_long(d):
    return "%s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)


MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def gmail_fr(d):
    return "%s %d %s %d à %02d:%02d" % (JOURS_ABR[d.weekday()], d.day, MOIS_ABR[d.month - 1], d.year, d.hour,
                                         d.minute)


def apple_fr(d):
    return "%d %s %d à %02d:%02d" % (d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)


def ampm(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def gmail_en(d):
    return "%s, %s %d, %d at %s" % (DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3], d.day, d.year, ampm(d))


def outlook_en(d):
    return "%s, %s %d, %d %s" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year, ampm(d))


# ---------------------------------------------------------------- addresses, ids, mailers

def split_addr(s):
    if "<" in s:
        name, addr = s.rsplit("<", 1)
        return name.strip().strip('"'), addr.strip(" >")
    return "", s.strip()


def domain_of(addr):
    return addr.rsplit("@", 1)[-1].lower()


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789ABCDEF"


def _s(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def make_msgid(addr, r, when):
    dom = domain_of(addr)
    ts = int(when.timestamp())
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s%s@mail.gmail.com>" % (_s(r, ALNUM + "+_-", 44), r.choice(["", "=w", "=A", "+g"]))
    if dom in ("orange.fr", "wanadoo.fr"):
        return "<%d.%d.%d%03d.JavaMail.open-xchange@opme11oxm%02dnd1.rouen.francetelecom.fr>" % (
            r.randrange(10 ** 8, 10 ** 9), r.randrange(1000, 99999), ts, r.randrange(1000), r.randrange(1, 30))
    if dom == "free.fr":
        return "<%d.%d.%d%03d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 8), ts, r.randrange(1000),
            r.randrange(10, 80), r.randrange(1, 20))
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.com", "msn.com",
               "hotmail.co.uk", "live.be"):
        box = "%s%02dMB%04d" % (r.choice(["AM6PR", "DB9PR", "PAXPR", "VI1PR", "PR3PR", "AS8PR", "DU0PR"]),
                                r.randrange(1, 10), r.randrange(1000, 9999))
        return "<%s%s@%s.eurprd%02d.prod.outlook.com>" % (box, _s(r, HEX, 28), box, r.randrange(1, 10))
    if dom.startswith("yahoo") or dom == "ymail.com":
        return "<%d.%d.%d%03d@mail.yahoo.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7),
                                                  ts, r.randrange(1000))
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = _s(r, HEX, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        return "<%s=@%s>" % (_s(r, ALNUM + "-_", 60), "proton.me")
    if dom in ("laposte.net",):
        return "<%d.%d.%d@laposte.net>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 4, 10 ** 5), ts)
    if dom in ("sfr.fr", "neuf.fr"):
        return "<%s.%d@webmail.sfr.fr>" % (_s(r, "abcdef0123456789", 24), ts)
    if dom in ("gmx.de", "gmx.fr", "gmx.net", "web.de"):
        return "<trinity-%s-%d@3c-app-gmx-bap%02d>" % (_s(r, "abcdef0123456789", 32), ts, r.randrange(1, 80))
    if dom == "floraisondesoi.fr":
        u = _s(r, HEX, 32)
        return "<%s-%s-%s-%s-%s@floraisondesoi.fr>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
    return "<%s.%d@%s>" % (_s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 20), ts, dom)


def default_mailer(addr, r):
    dom = domain_of(addr)
    if dom in ("icloud.com", "me.com", "mac.com"):
        return ("X-Mailer", r.choice(["iPhone Mail (21F90)", "iPhone Mail (22B83)", "Apple Mail (2.3776.700.51)",
                                      "iPad Mail (20H115)"]))
    if dom in ("orange.fr", "wanadoo.fr"):
        return ("X-Mailer", r.choice(["Open-Xchange Mailer v7.10.6-Rev61", "Open-Xchange Mailer v7.10.6-Rev70"]))
    if dom in ("free.fr",):
        return ("X-Mailer", "Zimbra 8.8.15_GA_4662 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4662)")
    if dom in ("gmail.com", "googlemail.com", "proton.me", "protonmail.com"):
        return None
    if dom.startswith("yahoo"):
        return ("X-Mailer", "WebService/1.1.23187 YMailNorrin")
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.com", "live.be"):
        return None
    roll = r.random()
    if roll < 0.35:
        return ("X-Mailer", r.choice(["Microsoft Outlook 16.0", "Microsoft Outlook 15.0"]))
    if roll < 0.55:
        return ("User-Agent", r.choice(["Mozilla Thunderbird", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                        "Gecko/20100101 Thunderbird/128.3.1"]))
    if roll < 0.7:
        return ("X-Mailer", "Apple Mail (2.3774.600.62)")
    return None


# ---------------------------------------------------------------- quoting

def build_quote(rec, when):
    q = rec["quote"]
    style = q["style"]
    who = q.get("who", SANDRA)
    to = q.get("to", rec.get("frm", ""))
    subj = q.get("subj") or strip_re(rec["subject"])
    qr = rng_for(rec["key"], "qd")
    qd = (when - timedelta(days=q.get("days", 2))).replace(hour=qr.randrange(8, 21), minute=qr.randrange(60),
                                                            second=qr.randrange(60))
    if qd >= when:
        qd = when - timedelta(hours=qr.randrange(1, 4), minutes=qr.randrange(60))
    qd = paris(qd.replace(tzinfo=None))
    text = q["text"].rstrip("\n")
    quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail-fr":
        head = "Le %s, %s a écrit :" % (gmail_fr(qd), angle(who))
        return head, text, "%s\n\n%s\n" % (head, quoted), "gmail"
    if style == "apple-fr":
        head = "Le %s, %s a écrit :" % (apple_fr(qd), angle(who))
        return head, text, "%s\n\n%s\n" % (head, quoted), "apple"
    if style == "gmail-en":
        head = "On %s %s wrote:" % (gmail_en(qd), angle(who))
        return head, text, "%s\n\n%s\n" % (head, quoted), "gmail"
    if style == "apple-en":
        head = "On %d %s %d, at %02d:%02d, %s wrote:" % (qd.day, MONTHS_EN[qd.month - 1], qd.year, qd.hour,
                                                          qd.minute, angle(who))
        return head, text, "%s\n\n%s\n" % (head, quoted), "apple"
    if style == "outlook-fr":
        head = "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (angle(who), fr_long(qd), angle(to), subj)
        return head, text, "________________________________\n%s\n\n%s\n" % (head, text), "outlook"
    if style == "outlook-en":
        head = "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (angle(who), outlook_en(qd), angle(to), subj)
        return head, text, "________________________________\n%s\n\n%s\n" % (head, text), "outlook"
    if style == "fwd-gmail-fr":
        head = "---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s" % (
            angle(who), gmail_fr(qd), subj, angle(to))
        return head, text, "%s\n\n\n%s\n" % (head, text), "fwd"
    if style == "fwd-gmail-en":
        head = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s" % (
            angle(who), gmail_en(qd), subj, angle(to))
        return head, text, "%s\n\n\n%s\n" % (head, text), "fwd"
    if style == "fwd-apple-fr":
        head = "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s" % (
            angle(who), subj, apple_fr(qd) + ":%02d UTC%+d" % (qd.second, int(qd.utcoffset().total_seconds() // 3600)),
            angle(to))
        return head, text, "%s\n\n%s\n" % (head, text), "fwd"
    if style == "fwd-outlook-fr":
        head = "-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (
            angle(who), fr_long(qd), angle(to), subj)
        return head, text, "%s\n\n%s\n" % (head, text), "fwd"
    raise ValueError("%s: unknown quote style %s" % (rec["key"], style))


def angle(s):
    n, a = split_addr(s)
    return "%s <%s>" % (n, a) if n else a


def strip_re(s):
    t = s
    while True:
        low = t.lower()
        for p in ("re: ", "re : ", "tr: ", "tr : ", "fwd: ", "fw: ", "réf : ", "aw: "):
            if low.startswith(p):
                t = t[len(p):]
                break
        else:
            return t


# ---------------------------------------------------------------- html rendering

def text_to_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [html.escape(l) for l in para.split("\n")]
        out.append("<div>%s</div>" % "<br>\n".join(lines))
    return "\n<div><br></div>\n".join(out)


def render_html(rec, body, qparts):
    inner = text_to_html(body)
    if qparts:
        head, qtext, _plain, kind = qparts
        hq = html.escape(head).replace("\n", "<br>\n")
        if kind == "gmail":
            inner += ('\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>' % (hq, text_to_html(qtext)))
        elif kind == "apple":
            inner += ('\n<div><br><blockquote type="cite"><div>%s</div><br>\n%s\n</blockquote></div>'
                      % (hq, text_to_html(qtext)))
        elif kind == "outlook":
            inner += ('\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" '
                      'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s'
                      '</font><div>&nbsp;</div></div>\n<div>%s</div>' % (hq, text_to_html(qtext)))
        else:
            inner += '\n<br><div>%s<br><br>\n%s\n</div>' % (hq, text_to_html(qtext))
    style = rec.get("html_style", "plain")
    if style == "notif":
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                '</head>\n<body style="background:#f4f4f7;margin:0;padding:0">\n<table role="presentation" width="100%%" '
                'cellpadding="0" cellspacing="0"><tr><td align="center">\n<table width="600" style="background:#ffffff;'
                'font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333"><tr><td style="padding:32px">\n'
                '%s\n</td></tr></table>\n</td></tr></table>\n</body></html>\n' % inner)
    if style == "newsletter":
        return ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>%s</title></head>\n'
                '<body style="margin:0;background:#fbf7f2">\n<center><table width="620" cellpadding="0" '
                'cellspacing="0" style="font-family:Georgia,serif;color:#4a3b33"><tr><td style="padding:28px 36px">\n'
                '%s\n</td></tr></table></center>\n</body></html>\n' % (html.escape(rec["subject"]), inner))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>' \
           '<body><div dir="ltr">\n%s\n</div></body></html>\n' % inner


# ---------------------------------------------------------------- attachments

def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 12 Tf", "14 TL", "56 780 Td"]
    for l in lines:
        ops.append("(%s) Tj T*" % esc(l))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(seed, w=24, h=16):
    r = random.Random(seed)
    base = [r.randrange(60, 230) for _ in range(3)]
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(max(0, min(255, base[(x + y) % 3] + r.randrange(-20, 20))) for x in range(w * 3))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(lines):
    buf = io.BytesIO()
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(l) for l in lines)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
         'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
         '/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats'
         '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats'
         '.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for kind, fname, lines in rec.get("attach", []):
        if isinstance(lines, str):
            lines = lines.split("\n")
        if kind == "pdf":
            msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(rec["key"] + fname), maintype="image", subtype="png", filename=fname)
        elif kind == "jpg":
            raise ValueError("jpg not supported")
        elif kind == "csv":
            msg.add_attachment("\r\n".join(lines) + "\r\n", subtype="csv", filename=fname, charset="utf-8")
        elif kind == "txt":
            msg.add_attachment("\n".join(lines) + "\n", filename=fname, charset="utf-8")
        elif kind == "docx":
            msg.add_attachment(make_docx(lines), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        else:
            raise ValueError("%s: unknown attachment kind %s" % (rec["key"], kind))


# ---------------------------------------------------------------- message assembly

# headers built by the library fold themselves; raw-set headers (In-Reply-To, References) stay as written
OUT_POLICY = policy.SMTP.clone(refold_source="none")

CTE = {None: None, "qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def set_text(part, text, subtype, cte):
    c = CTE[cte]
    if c == "7bit" and not text.isascii():
        c = "quoted-printable"
    if c:
        part.set_content(text, subtype=subtype, charset="utf-8", cte=c)
    else:
        part.set_content(text, subtype=subtype, charset="utf-8")


def recipient(rec):
    to = rec.get("to")
    if to == "contact" or to is None and rng_for(rec["key"], "to").random() < 0.68:
        return "Floraison de Soi <contact@floraisondesoi.fr>" if rng_for(rec["key"], "tn").random() < 0.4 \
            else SANDRA_CONTACT
    if to == "orange" or to is None:
        return "Sandra Delomenie <sandra.delomenie@orange.fr>" if rng_for(rec["key"], "tn").random() < 0.5 \
            else SANDRA_ORANGE
    return to


def build(rec):
    key = rec["key"]
    r = rng_for(key, "build")
    when = message_date(rec)
    frm = rec["frm"]
    _, from_addr = split_addr(frm)

    body = rec["body"]
    if body and not body.endswith("\n"):
        body += "\n"
    qparts = None
    plain = body
    if rec.get("quote"):
        qparts = build_quote(rec, when)
        plain = (body + "\n" if body else "") + qparts[2]

    shape = rec.get("shape")
    hmode = rec.get("html")
    cte = rec.get("cte")
    if "cte" not in rec:
        # no explicit choice: mostly the library's own pick, sometimes 8bit or base64 as some clients do
        roll = rng_for(key, "cte").random()
        cte = "8bit" if roll < 0.14 else "b64" if roll < 0.26 else None

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = recipient(rec)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = rec.get("msgid") or make_msgid(rec.get("msgid_addr", from_addr), r, when)
    if rec.get("quote") or rec.get("in_reply_to"):
        qwho = rec.get("quote", {}).get("who", SANDRA)
        parent = make_msgid(split_addr(qwho)[1], rng_for(key, "parent"), when - timedelta(days=2))
        # set raw: the library would otherwise turn long msg-ids into encoded-words when folding
        msg.set_raw("In-Reply-To", parent)
        if rng_for(key, "refs").random() < 0.5:
            grand = make_msgid(from_addr, rng_for(key, "grand"), when - timedelta(days=5))
            msg.set_raw("References", "%s\n %s" % (grand, parent))
        else:
            msg.set_raw("References", parent)
    msg["MIME-Version"] = "1.0"
    mailer = rec.get("mailer")
    if mailer is None:
        dm = default_mailer(from_addr, rng_for(key, "mailer"))
        if dm:
            msg[dm[0]] = dm[1]
    elif mailer:
        hname = "User-Agent" if mailer.startswith("Mozilla") else "X-Mailer"
        msg[hname] = mailer
    for h, v in rec.get("headers", {}).items():
        msg[h] = v

    if shape == "report":
        return build_report(msg, rec, plain, when)

    if hmode == "only":
        set_text(msg, render_html(rec, body, qparts), "html", cte)
    elif hmode == "alt":
        set_text(msg, plain, "plain", cte)
        hp = EmailMessage(policy=policy.SMTP)
        set_text(hp, render_html(rec, body, qparts), "html", cte if cte != "7bit" else "qp")
        msg.make_alternative()
        msg.attach(hp)
    else:
        set_text(msg, plain, "plain", cte)

    if shape == "rfc822":
        inner = rec["inner"]
        im = EmailMessage(policy=policy.SMTP)
        im["From"] = inner["frm"]
        im["To"] = inner["to"]
        im["Subject"] = inner["subject"]
        idate = when - timedelta(days=inner.get("days", 1), hours=3, minutes=17)
        im["Date"] = format_datetime(idate)
        im["Message-ID"] = make_msgid(split_addr(inner["frm"])[1], rng_for(key, "inner"), idate)
        im["MIME-Version"] = "1.0"
        set_text(im, inner["body"], "plain", inner.get("cte", "qp"))
        msg.add_attachment(im)
    add_attachments(msg, rec)
    return msg


def set_boundaries(msg, rec):
    """Deterministic MIME boundaries in the style of the sending client."""
    r = rng_for(rec["key"], "boundary")
    dom = domain_of(split_addr(rec["frm"])[1])
    mailer = str(msg.get("X-Mailer", ""))
    for part in msg.walk():
        if part.get_content_maintype() != "multipart":
            continue
        if dom in ("gmail.com", "googlemail.com"):
            b = "000000000000%s" % _s(r, "0123456789abcdef", 12)
        elif "Apple" in mailer or "iPhone" in mailer or "iPad" in mailer:
            u = _s(r, HEX, 32)
            b = "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
        elif "Outlook" in mailer or dom.startswith(("hotmail", "outlook", "live")):
            b = "_%03d_%s_" % (r.randrange(1000), _s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 40))
        elif "Thunderbird" in str(msg.get("User-Agent", "")):
            b = "------------%s" % _s(r, ALNUM, 24)
        else:
            b = "===============%019d==" % r.randrange(10 ** 18, 10 ** 19)
        part.set_boundary(b)


def build_report(msg, rec, text, when):
    rp = rec["report"]
    msg.set_content(text, charset="utf-8", cte=CTE[rec.get("cte")] or "quoted-printable")
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "delivery-status")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; %s" % rp["mta"]
    b1["Arrival-Date"] = format_datetime(when - timedelta(minutes=1))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; %s" % rp["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = rp["status"]
    b2["Diagnostic-Code"] = "smtp; %s" % rp["diag"]
    ds.set_payload([b1, b2])
    msg.attach(ds)
    hdr = EmailMessage(policy=policy.SMTP)
    od = when - timedelta(minutes=2)
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
        rp.get("orig_from", SANDRA), rp["rcpt"], rp["orig_subject"], format_datetime(od),
        make_msgid(SANDRA_CONTACT, rng_for(rec["key"], "orig"), od)))
    hdr.set_content(orig, subtype="rfc822-headers", charset="utf-8", cte="quoted-printable")
    hdr.replace_header("Content-Type", "text/rfc822-headers; charset=\"utf-8\"")
    msg.attach(hdr)
    return msg


def main():
    recs = ordered(load_records())
    labels = {}
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for i, rec in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        set_boundaries(msg, rec)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(msg.as_bytes(policy=OUT_POLICY))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d messages and labels.json in %s" % (len(recs), HERE))


if __name__ == "__main__":
    main()
