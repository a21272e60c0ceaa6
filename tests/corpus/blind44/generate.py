#!/usr/bin/env python3
"""Write <prefix>-0001.eml ... and labels.json next to this file from the record files.

Standard library only. Deterministic: every pseudo-random choice is derived from
sha256(record key + salt); no wall clock, no PYTHONHASHSEED dependence.
"""
import hashlib
import html as htmlmod
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rec_fr_requests  # noqa: E402
import rec_fr_multi  # noqa: E402
import rec_en_requests  # noqa: E402
import rec_fr_negatives  # noqa: E402
import rec_fr_auto  # noqa: E402
import rec_en_negatives  # noqa: E402

PREFIX = "b44"
RECORD_MODULES = (rec_fr_requests, rec_fr_multi, rec_en_requests,
                  rec_fr_negatives, rec_fr_auto, rec_en_negatives)

SANDRA_NAME = "Sandra Delomenie"
SANDRA = {"contact": "contact@floraisondesoi.fr", "orange": "sandra.delomenie@orange.fr"}

MAILERS = {
    "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
    "iphone2": ("X-Mailer", "iPhone Mail (21H221)"),
    "ipad": ("X-Mailer", "iPad Mail (22E240)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_mac": ("X-Mailer", "Microsoft Outlook for Mac 16.89"),
    "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird 128.5.2"),
    "samsung": ("X-Mailer", "Samsung Mobile Email"),
    "yahoo": ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
}


def all_records():
    recs = []
    for mod in RECORD_MODULES:
        recs.extend(mod.RECORDS)
    return recs


# ---------------------------------------------------------------- determinism
def H(key, salt=""):
    return int.from_bytes(hashlib.sha256(("%s|%s" % (key, salt)).encode("utf-8")).digest()[:8], "big")


def rstr(key, salt, n, alphabet):
    out = []
    i = 0
    while len(out) < n:
        d = hashlib.sha256(("%s|%s|%d" % (key, salt, i)).encode("utf-8")).digest()
        for b in d:
            if len(out) < n:
                out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out)


DIG = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
GM = B62 + "_-+="


def uuid(key, salt, upper=False):
    h = rstr(key, salt, 32, HEXU if upper else HEXL)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime(year, month, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(local):
    """Attach the Europe/Paris offset (CET/CEST) to a naive local datetime."""
    start = _last_sunday(local.year, 3).replace(hour=3)
    end = _last_sunday(local.year, 10).replace(hour=3)
    off = 2 if start <= local < end else 1
    return local.replace(tzinfo=timezone(timedelta(hours=off)))


HOURS = [7, 8, 8, 9, 9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 18, 19, 20, 21, 21, 22, 22, 23, 23, 0, 6]


def rec_date(rec):
    key = rec["key"]
    sec = H(key, "sec") % 60
    if rec.get("date"):
        local = datetime.strptime(rec["date"], "%Y-%m-%d %H:%M").replace(second=sec)
    else:
        day = datetime(2025, 1, 3) + timedelta(days=H(key, "day") % 530)
        local = day.replace(hour=HOURS[H(key, "hour") % len(HOURS)], minute=H(key, "min") % 60, second=sec)
    if local.hour == 2 and local.month in (3, 10):
        local = local.replace(hour=4)
    return paris(local)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def utc_label(d):
    return "UTC+%d" % (d.utcoffset().seconds // 3600)


# ---------------------------------------------------------------- addresses
def resolve(addr_spec, default_to=None):
    if addr_spec == "sandra_contact":
        return "%s <%s>" % (SANDRA_NAME, SANDRA["contact"])
    if addr_spec == "sandra_orange":
        return "%s <%s>" % (SANDRA_NAME, SANDRA["orange"])
    if addr_spec == "floraison":
        return "Floraison de Soi <%s>" % SANDRA["contact"]
    return addr_spec


def addr_of(spec):
    return parseaddr(spec)[1]


def name_of(spec):
    n, a = parseaddr(spec)
    return n or a


def addr_obj(spec):
    """'Name <a@b>' -> headerregistry.Address (display names with dots etc. get quoted)."""
    from email.headerregistry import Address
    n, a = parseaddr(spec)
    return Address(display_name=n, addr_spec=a)


def to_header(rec):
    t = rec.get("to")
    if t in (None, "contact", "orange"):
        if t is None:
            t = "orange" if H(rec["key"], "to") % 10 < 3 else "contact"
        return "%s <%s>" % ("Sandra Delomenie" if t == "orange" else "Floraison de Soi", SANDRA[t]) \
            if H(rec["key"], "toname") % 3 else SANDRA[t]
    return resolve(t)


# ---------------------------------------------------------------- message ids
def mid_style(addr):
    dom = addr.split("@")[-1].lower()
    table = {
        "gmail.com": "gmail", "googlemail.com": "gmail",
        "orange.fr": "ox", "wanadoo.fr": "ox", "laposte.net": "ox",
        "free.fr": "free", "aliceadsl.fr": "free",
        "hotmail.fr": "outlook", "hotmail.com": "outlook", "outlook.fr": "outlook",
        "outlook.com": "outlook", "live.fr": "outlook", "hotmail.co.uk": "outlook",
        "live.be": "outlook", "hotmail.be": "outlook", "msn.com": "outlook",
        "icloud.com": "apple", "me.com": "apple", "mac.com": "apple",
        "yahoo.fr": "yahoo", "yahoo.com": "yahoo", "yahoo.co.uk": "yahoo", "ymail.com": "yahoo",
        "gmx.fr": "gmx", "gmx.de": "gmx", "gmx.net": "gmx", "web.de": "webde",
        "protonmail.com": "proton", "proton.me": "proton", "pm.me": "proton",
        "sfr.fr": "sfr", "neuf.fr": "sfr", "bbox.fr": "bbox",
        "skynet.be": "generic", "telenet.be": "generic", "bluewin.ch": "bluewin",
        "videotron.ca": "generic", "sympatico.ca": "generic", "btinternet.com": "yahoo",
        "floraisondesoi.fr": "thunderbird",
    }
    return table.get(dom, "generic")


def mailer_mid(rec):
    m = rec.get("mailer") or ""
    if m.startswith("outlook"):
        return "outlook"
    if m in ("iphone", "iphone2", "ipad", "apple"):
        return "apple"
    if m in ("thunderbird", "ox", "yahoo"):
        return m if m != "thunderbird" else "thunderbird"
    return None


def make_mid(key, addr, when, style=None):
    style = style or mid_style(addr)
    dom = addr.split("@")[-1].lower()
    ms = int(when.timestamp() * 1000) + H(key, "ms") % 1000
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % rstr(key, "gm", 46, GM)
    if style == "apple":
        return "<%s@%s>" % (uuid(key, "ap", True), dom)
    if style == "outlook":
        srv = ["AM9PR02MB", "PR3P191MB", "DB9PR10MB", "PAXPR08MB", "AS8P189MB", "GV1PR04MB"][H(key, "srv") % 6]
        num = rstr(key, "on", 4, DIG)
        reg = ["eurprd02", "EURP191", "eurprd10", "eurprd08", "EURP189", "eurprd04"][H(key, "srv") % 6]
        return "<%s%s%s@%s%s.%s.prod.outlook.com>" % (srv, num, rstr(key, "oh", 30, HEXU), srv, num, reg)
    if style == "ox":
        host = "opme11oxm%02dnd1" % (H(key, "oxh") % 40) if dom != "laposte.net" else "ox-p%02d" % (H(key, "oxh") % 20)
        tail = ".rouen.francetelecom.fr" if dom != "laposte.net" else ".laposte.net"
        return "<%s.%s.%d.JavaMail.open-xchange@%s%s>" % (rstr(key, "o1", 9, DIG), rstr(key, "o2", 6, DIG), ms, host, tail)
    if style == "free":
        return "<%s.%s.%d.JavaMail.root@zimbra%02d-e%d.priv.proxad.net>" % (
            rstr(key, "f1", 8, DIG), rstr(key, "f2", 7, DIG), ms, H(key, "zh") % 90, 1 + H(key, "ze") % 3)
    if style == "yahoo":
        return "<%s.%s.%d@mail.yahoo.com>" % (rstr(key, "y1", 10, DIG), rstr(key, "y2", 7, DIG), ms)
    if style in ("gmx", "webde"):
        host = "3c-app-gmx-bap%02d" % (H(key, "gx") % 80) if style == "gmx" else "3c-app-webde-bs%02d" % (H(key, "gx") % 60)
        return "<trinity-%s-%d@%s>" % (uuid(key, "tr"), ms, host)
    if style == "proton":
        return "<%s=@%s>" % (rstr(key, "pr", 86, B62 + "_-"), "proton.me" if dom == "proton.me" else "protonmail.com")
    if style == "sfr":
        return "<%s.%s.%d.JavaMail.www@wsfrf%04d>" % (rstr(key, "s1", 8, DIG), rstr(key, "s2", 6, DIG), ms, H(key, "sh") % 2000)
    if style == "bbox":
        return "<%s@webmail.bbox.fr>" % rstr(key, "bb", 24, HEXL)
    if style == "bluewin":
        return "<%s.%s@bluewin.ch>" % (rstr(key, "bw", 13, DIG), rstr(key, "bw2", 6, HEXL))
    if style == "thunderbird":
        return "<%s@%s>" % (uuid(key, "tb"), dom)
    if style == "ses":
        return "<0102%s-%s-000000@eu-west-1.amazonses.com>" % (rstr(key, "se", 12, HEXL), uuid(key, "se2"))
    if style == "sendgrid":
        return "<%s@geopod-ismtpd-%d>" % (rstr(key, "sg", 22, B62 + "-_"), H(key, "sgn") % 40)
    if style == "google":
        return "<%s@google.com>" % rstr(key, "go", 22, B62 + "-_")
    if style == "brevo":
        return "<%s@smtp-relay.mailin.fr>" % uuid(key, "br")
    if style == "wordpress":
        return "<%s@%s>" % (rstr(key, "wp", 32, HEXL), dom)
    if style == "mta":
        return "<%s.%s@%s>" % (rstr(key, "mt", 14, DIG), rstr(key, "mt2", 6, HEXU), dom)
    return "<%s.%s@%s>" % (rstr(key, "g1", 16, HEXL), rstr(key, "g2", 8, HEXL), dom)


# ---------------------------------------------------------------- quoting
def quote_header(style, q, d):
    frm = q["frm"]
    n, a = parseaddr(frm)
    wd = d.weekday()
    hm = d.strftime("%H:%M")
    if style == "gmail_fr":
        return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (JOURS_AB[wd], d.day, MOIS_AB[d.month - 1], d.year, hm, n or a, a)
    if style == "gmail_en":
        return "On %s, %d %s %d at %s, %s <%s> wrote:" % (DAYS_EN[wd][:3], d.day, MONTHS_EN[d.month - 1][:3], d.year, hm, n or a, a)
    if style == "apple_fr":
        return "Le %d %s %d à %s, %s <%s> a écrit :" % (d.day, MOIS_AB[d.month - 1], d.year, hm, n or a, a)
    if style == "apple_en":
        return "On %d %s %d, at %s, %s <%s> wrote:" % (d.day, MONTHS_EN[d.month - 1][:3], d.year, hm, n or a, a)
    if style == "yahoo_fr":
        return "Le %s %d %s %d à %s %s, %s <%s> a écrit :" % (
            JOURS[wd], d.day, MOIS[d.month - 1], d.year, d.strftime("%H:%M:%S"), utc_label(d), n or a, a)
    raise ValueError(style)


def assemble(rec, d_main):
    """Return (plain_text, quote_info or None)."""
    body = rec["body"]
    q = rec.get("quote")
    if not q:
        return body, None
    q = dict(q)
    q.setdefault("frm", "sandra_contact")
    q["frm"] = resolve(q["frm"])
    q["to"] = resolve(q.get("to") or rec.get("frm", ""))
    subj = rec.get("subject") or ""
    base = subj
    for p in ("RE: ", "Re: ", "TR: ", "Fwd: ", "Fw: ", "RE : ", "Re : ", "TR : ", "FW: ", "Réf : "):
        if base.startswith(p):
            base = base[len(p):]
    q.setdefault("subject", base)
    ago = q.get("ago", 3 + H(rec["key"], "ago") % 300)
    qd = paris(d_main.replace(tzinfo=None) - timedelta(hours=ago, minutes=H(rec["key"], "agom") % 60))
    while qd.hour < 7:
        qd = paris(qd.replace(tzinfo=None) - timedelta(hours=3))
    q["date_obj"] = qd
    style = q["style"]
    text = q["text"].rstrip("\n")
    lines = text.split("\n")
    sep = "\n\n" if body.strip() else ""
    if style in ("gmail_fr", "gmail_en", "yahoo_fr"):
        hdr = quote_header(style, q, qd)
        quoted = "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in lines)
        out = body.rstrip("\n") + sep + hdr + "\n\n" + quoted + "\n"
    elif style in ("apple_fr", "apple_en"):
        hdr = quote_header(style, q, qd)
        quoted = "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in lines)
        out = body.rstrip("\n") + sep + "> " + hdr + "\n> \n" + quoted + "\n"
    elif style == "outlook_fr":
        hdr = ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s"
               % (q["frm"], JOURS[qd.weekday()], qd.day, MOIS[qd.month - 1], qd.year, qd.strftime("%H:%M"), q["to"], q["subject"]))
        out = body.rstrip("\n") + sep + hdr + "\n\n" + text + "\n"
    elif style == "outlook_en":
        h12 = qd.strftime("%I:%M %p").lstrip("0")
        hdr = ("________________________________\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s"
               % (q["frm"], DAYS_EN[qd.weekday()], MONTHS_EN[qd.month - 1], qd.day, qd.year, h12, q["to"], q["subject"]))
        out = body.rstrip("\n") + sep + hdr + "\n\n" + text + "\n"
    elif style == "orange_fr":
        hdr = ("> Message du %s\n> De : \"%s\" <%s>\n> A : %s\n> Copie à : \n> Objet : %s\n> "
               % (qd.strftime("%d/%m/%y %H:%M"), name_of(q["frm"]), addr_of(q["frm"]), addr_of(q["to"]), q["subject"]))
        quoted = "\n".join(("> " + l) if l else ">" for l in lines)
        out = body.rstrip("\n") + sep + "\n" + hdr + "\n" + quoted + "\n"
    elif style == "fwd_gmail_fr":
        hdr = ("---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %s\nSubject: %s\nTo: %s"
               % (q["frm"], JOURS_AB[qd.weekday()], qd.day, MOIS_AB[qd.month - 1], qd.year, qd.strftime("%H:%M"), q["subject"], q["to"]))
        out = body.rstrip("\n") + sep + hdr + "\n\n\n" + text + "\n"
    elif style == "fwd_gmail_en":
        hdr = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %d %s %d at %s\nSubject: %s\nTo: %s"
               % (q["frm"], DAYS_EN[qd.weekday()][:3], qd.day, MONTHS_EN[qd.month - 1][:3], qd.year, qd.strftime("%H:%M"), q["subject"], q["to"]))
        out = body.rstrip("\n") + sep + hdr + "\n\n\n" + text + "\n"
    elif style == "fwd_apple_fr":
        hdr = ("Début du message réexpédié :\n\n> De: %s\n> Objet: %s\n> Date: %d %s %d à %s %s\n> À: %s\n> "
               % (q["frm"], q["subject"], qd.day, MOIS[qd.month - 1], qd.year, qd.strftime("%H:%M:%S"), utc_label(qd), q["to"]))
        quoted = "\n".join(("> " + l) if l else ">" for l in lines)
        out = body.rstrip("\n") + sep + hdr + "\n" + quoted + "\n"
    else:
        raise ValueError("unknown quote style %s" % style)
    q["header_text"] = out[len(body.rstrip("\n")) + len(sep):]
    return out, q


# ---------------------------------------------------------------- html
def _lines_html(text):
    parts = []
    for para in text.split("\n\n"):
        if not para.strip():
            continue
        parts.append("<div>%s</div>" % "<br>".join(htmlmod.escape(l, quote=False) for l in para.split("\n")))
    return "\n<div><br></div>\n".join(parts)


def render_html(rec, plain, q):
    style = q["style"] if q else None
    body = rec["body"].rstrip("\n")
    flavour = "outlook" if (rec.get("mailer") in ("outlook", "outlook_mac") or (style or "").startswith("outlook")) else "gmail"
    if flavour == "outlook":
        inner = "\n".join("<p style=\"margin:0\">%s</p>" % (htmlmod.escape(l, quote=False) or "&nbsp;") for l in body.split("\n"))
        if q:
            rest = q["header_text"]
            inner += ("\n<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
                      "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                      + "<br>".join(htmlmod.escape(l, quote=False) for l in rest.split("\n")[1:]) + "</font></div>")
        return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
                "<body dir=\"ltr\">\n<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n"
                + inner + "\n</div>\n</body></html>\n")
    out = "<div dir=\"ltr\">" + _lines_html(body) + "</div>"
    if q:
        hdr_lines = q["header_text"].split("\n")
        if style in ("gmail_fr", "gmail_en", "yahoo_fr"):
            attr = htmlmod.escape(hdr_lines[0], quote=False)
            text = q["text"].rstrip("\n")
            out += ("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
                    "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
                    % (attr, _lines_html(text)))
        else:
            out += "<br><blockquote type=\"cite\">%s</blockquote>" % _lines_html(q["header_text"])
    return out + "\n"


# ---------------------------------------------------------------- attachments
def pdf_bytes(text):
    lines = [l for l in text.split("\n")]
    ops = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for l in lines:
        s = l.encode("cp1252", "replace")
        s = s.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append("(" + s.decode("latin-1") + ") Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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


def png_bytes(key, w=48, h=32):
    r, g, b = H(key, "r") % 200 + 40, H(key, "g") % 200 + 40, H(key, "b") % 200 + 40
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            shade = 30 if (y // 6) % 2 == 0 and 4 < x < w - 4 else 0
            raw += bytes(((r + shade) % 256, (g + shade) % 256, (b + shade) % 256))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def docx_bytes(text):
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(l, quote=False)
                    for l in text.split("\n"))
    files = [
        ("[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "</Types>"),
        ("_rels/.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
         "</Relationships>"),
        ("word/document.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
         + paras + "</w:body></w:document>"),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, rec):
    for i, a in enumerate(rec.get("attach", [])):
        kind = a["kind"]
        name = a["name"]
        if kind == "pdf":
            msg.add_attachment(pdf_bytes(a["text"]), maintype="application", subtype="pdf", filename=name)
        elif kind == "png":
            msg.add_attachment(png_bytes(rec["key"] + str(i)), maintype="image", subtype="png", filename=name)
        elif kind == "docx":
            msg.add_attachment(docx_bytes(a["text"]), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
        elif kind == "csv":
            msg.add_attachment(a["text"], subtype="csv", filename=name, cte=a.get("cte", "quoted-printable"))
        elif kind == "txt":
            msg.add_attachment(a["text"], subtype="plain", filename=name, cte=a.get("cte", "8bit"))
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- builders
def pick_cte(rec, text):
    if rec.get("cte"):
        cte = rec["cte"]
    else:
        try:
            text.encode("ascii")
            ascii_only = True
        except UnicodeEncodeError:
            ascii_only = False
        v = H(rec["key"], "cte") % 20
        if ascii_only and v < 8:
            cte = "7bit"
        elif v < 11:
            cte = "quoted-printable"
        elif v < 17:
            cte = "8bit"
        else:
            cte = "base64"
    if cte == "7bit":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
    if cte in ("7bit", "8bit") and any(len(l.encode("utf-8")) > 990 for l in text.split("\n")):
        cte = "quoted-printable"
    return cte


def common_headers(msg, rec, d):
    key = rec["key"]
    frm = resolve(rec["frm"])
    msg["From"] = addr_obj(frm)
    msg["To"] = addr_obj(to_header(rec))
    if rec.get("cc"):
        cc = rec["cc"] if isinstance(rec["cc"], (list, tuple)) else [rec["cc"]]
        msg["Cc"] = tuple(addr_obj(c) for c in cc)
    if rec.get("reply_to"):
        msg["Reply-To"] = addr_obj(rec["reply_to"])
    if rec.get("subject") is not None:
        msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_mid(key, addr_of(frm), d, rec.get("mid") or mailer_mid(rec))
    q = rec.get("quote")
    if q and not q["style"].startswith("fwd") and not rec.get("no_thread"):
        qfrm = resolve(q.get("frm", "sandra_contact"))
        parent = make_mid(key + "#parent", addr_of(qfrm), d - timedelta(days=1), q.get("mid"))
        refs = [parent]
        if q.get("grandparent"):
            refs.insert(0, make_mid(key + "#gp", addr_of(resolve(rec["frm"])), d - timedelta(days=3)))
        msg["In-Reply-To"] = parent
        msg["References"] = " ".join(refs)
    if rec.get("mailer"):
        m = rec["mailer"]
        name, val = MAILERS.get(m, ("X-Mailer", m))
        msg[name] = val
    if rec.get("mailer") in ("outlook", "outlook_mac"):
        msg["Thread-Topic"] = (rec.get("subject") or "").replace("RE: ", "").replace("TR: ", "")
        msg["Thread-Index"] = "A" + rstr(key, "ti", 31, B62 + "+/") + "=="
        msg["Content-Language"] = "en-GB" if key.startswith("en-") else "fr-FR"
    for hk in sorted(rec.get("headers", {})):
        msg[hk] = rec["headers"][hk]


def build_rfc822(rec, d):
    f = rec["rfc822"]
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = addr_obj(f["frm"])
    inner["To"] = addr_obj(f["to"])
    inner["Subject"] = f["subject"]
    idate = paris(datetime.strptime(f["date"], "%Y-%m-%d %H:%M")) if f.get("date") else d - timedelta(days=2)
    inner["Date"] = format_datetime(idate)
    inner["Message-ID"] = make_mid(rec["key"] + "#fwd", addr_of(f["frm"]), idate, f.get("mid"))
    inner.set_content(f["body"], cte=f.get("cte", "quoted-printable"))
    return inner


def build_bounce(rec, d):
    b = rec["bounce"]
    msg = EmailMessage(policy=policy.SMTP)
    common_headers(msg, rec, d)
    msg["MIME-Version"] = "1.0"
    boundary = "%s/%s" % (rstr(rec["key"], "bd", 12, HEXU), b["mta"])
    msg["Content-Type"] = 'multipart/report; report-type=delivery-status; boundary="%s"' % boundary
    human = MIMEPart(policy=policy.SMTP)
    human.set_content(rec["body"], cte=pick_cte(rec, rec["body"]))
    human.replace_header("Content-Type", 'text/plain; charset="utf-8"')
    human["Content-Description"] = "Notification"
    ds = MIMEPart(policy=policy.SMTP)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    m1 = MIMEPart(policy=policy.SMTP)
    m1["Reporting-MTA"] = "dns; %s" % b["mta"]
    m1["Arrival-Date"] = format_datetime(d - timedelta(seconds=7))
    blocks.append(m1)
    for rcpt in b["rcpts"]:
        m2 = MIMEPart(policy=policy.SMTP)
        m2["Final-Recipient"] = "rfc822; %s" % rcpt
        m2["Action"] = "failed"
        m2["Status"] = b["status"]
        m2["Remote-MTA"] = "dns; %s" % b["remote"]
        m2["Diagnostic-Code"] = "smtp; %s" % b["diag"]
        m2["Last-Attempt-Date"] = format_datetime(d - timedelta(seconds=5))
        blocks.append(m2)
    ds.set_payload(blocks)
    orig = EmailMessage(policy=policy.SMTP)
    orig["From"] = addr_obj(resolve(b.get("orig_from", "sandra_contact")))
    orig["To"] = addr_obj(b["rcpts"][0])
    orig["Subject"] = b["orig_subject"]
    od = d - timedelta(minutes=2)
    orig["Date"] = format_datetime(od)
    orig["Message-ID"] = make_mid(rec["key"] + "#orig", addr_of(resolve(b.get("orig_from", "sandra_contact"))), od)
    orig.set_content(b["orig_body"], cte="quoted-printable")
    op = MIMEPart(policy=policy.SMTP)
    if b.get("headers_only"):
        op["Content-Type"] = "text/rfc822-headers"
        op["Content-Description"] = "Undelivered Message Headers"
        hdr_text = "".join("%s: %s\n" % (k, v) for k, v in orig.items() if k.lower() not in (
            "mime-version", "content-type", "content-transfer-encoding"))
        op.set_content(hdr_text, subtype="rfc822-headers", cte="quoted-printable")
        op["Content-Description"] = "Undelivered Message Headers"
    else:
        op.set_content(orig)
        op["Content-Description"] = "Undelivered Message"
    msg.set_payload([human, ds, op])
    return msg


def build(rec):
    d = rec_date(rec)
    if rec.get("kind") == "bounce":
        msg = build_bounce(rec, d)
        fix_boundaries(msg, rec)
        return msg
    msg = EmailMessage(policy=policy.SMTP)
    common_headers(msg, rec, d)
    plain, q = assemble(rec, d)
    mode = rec.get("html")
    if mode == "only":
        h = rec.get("html_body") or render_html(rec, plain, q)
        msg.set_content(h, subtype="html", cte=pick_cte(rec, h))
    elif mode == "alt":
        msg.set_content(plain, cte=pick_cte(rec, plain))
        h = rec.get("html_body") or render_html(rec, plain, q)
        msg.add_alternative(h, subtype="html", cte=rec.get("html_cte") or pick_cte(dict(rec, key=rec["key"] + "#h"), h))
    else:
        msg.set_content(plain, cte=pick_cte(rec, plain))
    if rec.get("rfc822"):
        msg.add_attachment(build_rfc822(rec, d))
    add_attachments(msg, rec)
    fix_boundaries(msg, rec)
    return msg


def make_boundary(key, idx, style):
    if style == "gmail":
        return "000000000000%s" % rstr(key, "bd%d" % idx, 12, HEXL)
    if style == "apple":
        return "Apple-Mail=_%s" % uuid(key, "bd%d" % idx, True)
    if style == "outlook":
        return "_%03d_%s_" % (idx, rstr(key, "bd%d" % idx, 40, HEXU))
    if style in ("ox", "free", "sfr"):
        return "----=_Part_%s_%s.%s" % (rstr(key, "bda%d" % idx, 6, DIG), rstr(key, "bdb%d" % idx, 9, DIG),
                                       rstr(key, "bdc%d" % idx, 13, DIG))
    if style in ("ses", "sendgrid", "brevo", "google"):
        return "%s" % rstr(key, "bd%d" % idx, 32, HEXL)
    return "===============%s==" % rstr(key, "bd%d" % idx, 19, DIG)


def fix_boundaries(msg, rec):
    style = rec.get("mid") or mailer_mid(rec) or mid_style(addr_of(resolve(rec["frm"])))
    for idx, part in enumerate(msg.walk()):
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            if rec.get("kind") == "bounce" and idx == 0:
                continue
            part.set_boundary(make_boundary(rec["key"], idx, style))


def order(records):
    return sorted(records, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def filename(i):
    return "%s-%04d.eml" % (PREFIX, i)


def build_all():
    recs = order(all_records())
    keys = [r["key"] for r in recs]
    if len(keys) != len(set(keys)):
        dup = sorted(k for k in set(keys) if keys.count(k) > 1)
        raise SystemExit("duplicate keys: %s" % dup)
    out = []
    for i, r in enumerate(recs, 1):
        msg = build(r)
        data = msg.as_bytes(policy=policy.SMTP)
        out.append((filename(i), r, data))
    return out


def labels_of(built):
    return {fn: {"key": r["key"], "rights": sorted(r["rights"])} for fn, r, _ in built}


def labels_bytes(labels):
    return (json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def main():
    built = build_all()
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    for fn, r, data in built:
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.json"), "wb") as f:
        f.write(labels_bytes(labels_of(built)))
    print("wrote %d messages and labels.json to %s" % (len(built), HERE))


if __name__ == "__main__":
    main()
