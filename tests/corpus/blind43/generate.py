#!/usr/bin/env python3
"""Write <prefix>-0001.eml ... and labels.json next to this file from the record files.

Standard library only, deterministic: every variable choice (date, Message-ID, encoding,
MIME boundary, ...) is derived from sha256 of the record key.
"""
import base64
import binascii
import datetime as dt
import hashlib
import html
import importlib
import io
import json
import os
import struct
import sys
import textwrap
import unicodedata
import zipfile
import zlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from rec_common import SC, SO, FS  # noqa: E402

PREFIX = "b43"
RECORD_MODULES = [
    "records_fr_req_a",
    "records_fr_req_b",
    "records_fr_neg_a",
    "records_fr_neg_b",
    "records_en_req",
    "records_en_neg",
]
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]

SANDRA_ALIASES = {"SC": SC, "SO": SO, "FS": FS}
# policy.SMTP, except that raw (set_raw) header values are written as given
GEN_POLICY = policy.SMTP.clone(refold_source="none")
PLATFORM_DOMAINS = ("stripe.com", "calendly.com", "zoom.us", "canva.com", "brevo.com", "qonto.com",
                    "linkedin.com", "sosh.fr", "urssaf.fr", "opcoep.fr", "ovh.net")


# --------------------------------------------------------------------------- helpers
def H(*parts):
    """Deterministic integer from the given strings."""
    s = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest(), "big")


def hexd(seed, n):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def load_records():
    recs = []
    for name in RECORD_MODULES:
        mod = importlib.import_module(name)
        for r in mod.RECORDS:
            r = dict(r)
            r["_module"] = name
            recs.append(r)
    return recs


def ordered(recs):
    return sorted(recs, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())


def who(x):
    if isinstance(x, str) and x in SANDRA_ALIASES:
        return SANDRA_ALIASES[x]
    return x


def addr_str(p):
    p = who(p)
    if isinstance(p, str):
        return p
    name, a = p
    return f"{name} <{a}>" if name else a


def make_addr(p):
    p = who(p)
    if isinstance(p, str):
        return p
    name, a = p
    user, dom = a.split("@")
    return Address(display_name=name or "", username=user, domain=dom)


# --------------------------------------------------------------------------- time
def last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_tz_for_utc(u):
    """u: naive UTC datetime -> tzinfo for Europe/Paris at that instant."""
    y = u.year
    start = dt.datetime.combine(last_sunday(y, 3), dt.time(1, 0))
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(1, 0))
    off = 2 if start <= u < end else 1
    return dt.timezone(dt.timedelta(hours=off))


def paris_from_local(naive):
    """naive Paris wall-clock datetime -> aware datetime (times in the DST gap never occur here)."""
    for off in (2, 1):
        u = naive - dt.timedelta(hours=off)
        tz = paris_tz_for_utc(u)
        if tz.utcoffset(None) == dt.timedelta(hours=off):
            return naive.replace(tzinfo=tz)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))


def paris_shift(aware, days):
    u = (aware.astimezone(dt.timezone.utc) - dt.timedelta(days=days)).replace(tzinfo=None)
    return u.replace(tzinfo=dt.timezone.utc).astimezone(paris_tz_for_utc(u))


def record_date(r):
    key = r["key"]
    if r.get("date"):
        d, t = r["date"].split(" ")
        y, m, dd = (int(x) for x in d.split("-"))
        hh, mi = (int(x) for x in t.split(":"))
        sec = H(key, "sec") % 60
        return paris_from_local(dt.datetime(y, m, dd, hh, mi, sec))
    base = dt.date(2025, 1, 6)
    span = (dt.date(2026, 6, 26) - base).days
    day = base + dt.timedelta(days=H(key, "day") % span)
    if day.weekday() >= 5 and H(key, "weekend") % 3:
        day += dt.timedelta(days=7 - day.weekday())  # most mail is written on weekdays
    hour = [7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22][H(key, "h") % 22]
    naive = dt.datetime(day.year, day.month, day.day, hour, H(key, "m") % 60, H(key, "s") % 60)
    return paris_from_local(naive)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------- message ids
def message_id(addr, seed, when):
    dom = addr.split("@")[1].lower()
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    b64 = base64.b64encode(h + hashlib.sha256(h).digest()[:12]).decode().replace("/", "_")
    hx = h.hex()
    ms = int(when.timestamp() * 1000) + H(seed, "ms") % 997
    if dom in ("gmail.com", "googlemail.com"):
        return f"<CA{b64[:2]}{b64[2:46]}{'=' if h[0] % 2 else ''}@mail.gmail.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        n = 1000 + h[3] % 60
        return (f"<{H(seed, 'a') % 10**9}.{H(seed, 'b') % 10**5}.{ms}.JavaMail.open-xchange"
                f"@opme11oxm{n % 40:02d}ssd.sys.meshcore.net>")
    if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "msn.com",
               "live.be", "hotmail.be", "outlook.be"):
        srv = ["PAXP193MB", "AM9P195MB", "DB9PR02MB", "PR3P193MB", "AS8P189MB"][h[1] % 5]
        num = 1000 + h[2] * 13 % 9000
        return f"<{srv}{num}{hx[:22].upper()}@{srv}{num}.EURP19{h[4] % 5}.PROD.OUTLOOK.COM>"
    if dom in ("icloud.com", "me.com", "mac.com"):
        u = hx[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if dom.startswith("yahoo."):
        return f"<{H(seed, 'y') % 10**9}.{H(seed, 'z') % 10**7}.{ms}@mail.yahoo.com>"
    if dom == "free.fr":
        return (f"<{H(seed, 'f') % 10**9}.{H(seed, 'g') % 10**9}.{ms}.JavaMail.root"
                f"@zimbra{20 + h[5] % 60}-e{h[6] % 12}.priv.proxad.net>")
    if dom in ("laposte.net",):
        return f"<{hx[:14]}.{ms}@laposte.net>"
    if dom in ("sfr.fr", "neuf.fr"):
        return f"<{ms}.{hx[:10]}@webmail.sfr.fr>"
    if dom in ("proton.me", "protonmail.com", "pm.me"):
        return f"<{b64[:43]}=@proton.me>"
    if dom in ("bluewin.ch", "gmx.ch", "gmx.fr", "gmx.de", "web.de", "skynet.be", "videotron.ca"):
        return f"<trinity-{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}-{ms}@3c-app-{dom.split('.')[0]}-bs{h[7] % 60:02d}>"
    if "floraisondesoi.fr" in dom:
        return f"<{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}@floraisondesoi.fr>"
    stamp = when.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
    user = addr.split("@")[0].lower()
    if user == "mailer-daemon":
        return f"<{stamp}.{hx[:12].upper()}.{h[9] % 100:02d}@{dom}>"
    if dom.endswith("google.com"):
        return f"<{b64[:22]}@google.com>"
    if dom.endswith("paypal.com") or dom.endswith("paypal.fr"):
        return f"<{hx[:8]}.{hx[8:12]}{H(seed, 'pp') % 10**6}@paypal.com>"
    if dom in PLATFORM_DOMAINS or dom.endswith("systeme.io"):
        return f"<0100{hx[:12]}-{hx[12:20]}-{hx[20:24]}-{hx[24:28]}-{hx[28:40]}-000000@email.amazonses.com>"
    if h[8] % 2 == 0:
        return f"<{stamp}.{hx[:16].upper()}@{dom}>"
    return f"<{hx[:24]}@{dom}>"


def default_html(addr, seed):
    """Most webmail and phone clients send multipart/alternative; a share of people send plain text."""
    dom = addr.split("@")[1].lower()
    h = H(seed, "html") % 10
    if dom in ("gmail.com", "googlemail.com"):
        cut = 8
    elif dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "msn.com", "hotmail.co.uk"):
        cut = 7
    elif dom.startswith("yahoo."):
        cut = 6
    elif dom in ("icloud.com", "me.com", "mac.com"):
        cut = 4
    elif dom in ("orange.fr", "wanadoo.fr"):
        cut = 3
    else:
        cut = 2
    return "alt" if h < cut else None


def default_mailer(addr, seed):
    dom = addr.split("@")[1].lower()
    h = H(seed, "mailer")
    if dom in ("icloud.com", "me.com", "mac.com"):
        return ["iPhone Mail (21F90)", "Apple Mail (2.3774.600.62)", "iPhone Mail (22B83)", None][h % 4]
    if dom in ("orange.fr", "wanadoo.fr"):
        return ["Open-Xchange Mailer v7.10.6-Rev61", None][h % 2]
    if dom in ("hotmail.fr", "outlook.fr", "hotmail.com", "live.fr", "outlook.com"):
        return [None, None, "Microsoft Outlook 16.0"][h % 3]
    if dom == "free.fr":
        return "Zimbra 8.8.15_GA_4652 (zclient/8.8.15_GA_4652)" if h % 2 else None
    if dom.startswith("yahoo."):
        return "WebService/1.1.23187 YMailNorrin"
    return None


# --------------------------------------------------------------------------- quoting
def strip_prefixes(s):
    pre = ("re:", "re :", "tr:", "tr :", "fwd:", "fw:", "fw :", "réf:", "aw:", "rép:", "rép :", "rif:")
    changed = True
    while changed:
        changed = False
        low = s.lower().lstrip()
        for p in pre:
            if low.startswith(p):
                s = s.lstrip()[len(p):].lstrip()
                changed = True
                break
    return s


def attribution(style, e, d):
    name, a = who(e["frm"]) if not isinstance(who(e["frm"]), str) else ("", who(e["frm"]))
    full = f"{name} <{a}>" if name else f"<{a}>"
    if style == "gmail_fr":
        return f"Le {JOURS_AB[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}, {full} a écrit :"
    if style == "apple_fr":
        return f"Le {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}, {full} a écrit :"
    if style == "thunderbird_fr":
        return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {name or a} a écrit :"
    if style == "yahoo_fr":
        off = int(d.utcoffset().total_seconds() // 3600)
        return (f"Le {JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M:%S} UTC+{off}, "
                f"{full} a écrit :")
    if style == "gmail_en":
        return f"On {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {ampm(d)} {full} wrote:"
    if style == "apple_en":
        return f"On {d.day} {MONTHS[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {full} wrote:"
    raise ValueError(style)


def block_header(style, e, d, to_default):
    name, a = who(e["frm"]) if not isinstance(who(e["frm"]), str) else ("", who(e["frm"]))
    to = addr_str(e.get("to") or to_default)
    subj = e["subject"]
    if style == "outlook_fr":
        return ("________________________________\n"
                f"De : {name} <{a}>\n"
                f"Envoyé : {JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}\n"
                f"À : {to}\nObjet : {subj}\n")
    if style == "outlook_en":
        return ("________________________________\n"
                f"From: {name} <{a}>\n"
                f"Sent: {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)}\n"
                f"To: {to}\nSubject: {subj}\n")
    if style == "fwd_fr":
        return ("---------- Forwarded message ---------\n"
                f"De : {name} <{a}>\n"
                f"Date: {JOURS_AB[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}\n"
                f"Subject: {subj}\nTo: {to}\n")
    if style == "fwd_apple_fr":
        off = int(d.utcoffset().total_seconds() // 3600)
        return ("Début du message réexpédié :\n\n"
                f"De: {name} <{a}>\n"
                f"Objet: {subj}\n"
                f"Date: {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M:%S} UTC+{off}\n"
                f"À: {to}\n")
    if style == "fwd_outlook_fr":
        return ("-----Message d'origine-----\n"
                f"De : {name} <{a}>\n"
                f"Envoyé : {JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}\n"
                f"À : {to}\nObjet : {subj}\n")
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\n"
                f"From: {name} <{a}>\n"
                f"Date: {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {ampm(d)}\n"
                f"Subject: {subj}\nTo: {to}\n")
    if style == "orange_fr":
        return (f"Message du {d:%d/%m/%y} {d:%H:%M}\n"
                f"De : \"{name}\" <{a}>\n"
                f"A : {to}\nCopie à : \nObjet : {subj}\n")
    raise ValueError(style)


PREFIX_STYLES = {"gmail_fr", "apple_fr", "thunderbird_fr", "yahoo_fr", "gmail_en", "apple_en", "orange_fr"}
FWD_STYLES = {"fwd_fr", "fwd_apple_fr", "fwd_outlook_fr", "fwd_en"}


def prefix_lines(text):
    out = []
    for ln in text.split("\n"):
        out.append(">" + ((" " + ln) if ln and not ln.startswith(">") else ln))
    return "\n".join(out)


def thread_entries(r, when, to_resolved):
    """Resolve thread entries: dates, subjects, message ids."""
    res = []
    base_subj = strip_prefixes(r["subject"]) or r["subject"]
    me = who(r["frm"])
    prev = 0.0
    for i, e in enumerate(r.get("thread", [])):
        e = dict(e)
        ago = e.get("ago", 1 + i)
        # a little jitter so that quoted mails are not all written at the same minute of the day
        amp = min(0.15 * ago, 0.3)
        ago = ago + amp * ((H(r["key"], i, "jit") % 2001) - 1000) / 1000.0
        ago = max(ago, prev + 0.003)
        prev = ago
        d = paris_shift(when, ago)
        if ago >= 1 and not e.get("exact"):
            # earlier mails of a thread are written in daytime, on the day given by `ago`
            naive = dt.datetime(d.year, d.month, d.day, 8 + H(r["key"], i, "qh") % 14,
                                H(r["key"], i, "qm") % 60, H(r["key"], i, "qs") % 60)
            cand = paris_from_local(naive)
            newer = res[-1]["_date"] if res else when
            if cand < newer - dt.timedelta(minutes=20):
                d = cand
        newer = res[-1]["_date"] if res else when
        if d >= newer - dt.timedelta(minutes=5):
            d = paris_shift(newer, (1 + H(r["key"], i, "fix") % 5) / 24.0)
        assert d < newer
        e["_date"] = d
        e.setdefault("subject", base_subj)
        f = who(e["frm"])
        e["_mid"] = message_id(f[1], r["key"] + f"#q{i}", e["_date"])
        # default recipient: whoever is not the sender
        if "to" not in e:
            if f in (SC, SO, FS):
                e["to"] = me if me not in (SC, SO, FS) else to_resolved
            else:
                e["to"] = SC if r.get("to", "contact") != "orange" else SO
        res.append(e)
    return res


def render_chain_text(entries, style, r):
    if not entries:
        return ""
    e = entries[0]
    st = e.get("style", style)
    inner = e["body"].rstrip("\n")
    rest = render_chain_text(entries[1:], style, r)
    if rest:
        inner = inner + "\n\n" + rest
    d = e["_date"]
    if st in PREFIX_STYLES - {"orange_fr"}:
        att = attribution(st, e, d)
        if st.startswith("apple"):
            return prefix_lines(att + "\n\n" + inner)
        return att + "\n\n" + prefix_lines(inner)
    if st == "orange_fr":
        return prefix_lines(block_header(st, e, d, e["to"]) + "\n" + inner)
    hdr = block_header(st, e, d, e["to"])
    return hdr + "\n" + inner


def esc_html_text(t):
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


def render_chain_html(entries, style):
    if not entries:
        return ""
    e = entries[0]
    st = e.get("style", style)
    d = e["_date"]
    inner = esc_html_text(e["body"])
    rest = render_chain_html(entries[1:], style)
    if rest:
        inner += "\n<br>\n" + rest
    if st in PREFIX_STYLES - {"orange_fr"}:
        att = html.escape(attribution(st, e, d))
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + att + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + inner + "\n</blockquote></div>")
    hdr = block_header(st, e, d, e["to"]).strip("\n").split("\n")
    hdr = [h for h in hdr if not h.startswith("_____")]
    hdr_html = "<br>\n".join(
        ("<b>" + html.escape(h.split(":", 1)[0]) + ":</b>" + html.escape(h.split(":", 1)[1]))
        if ":" in h and not h.startswith("-----") else html.escape(h) for h in hdr)
    return ('<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            'color="#000000">' + hdr_html + '</font><div>&nbsp;</div></div>\n<div>' + inner + "</div>")


def wrap_plain(text, width=76):
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width or ln.startswith(">"):
            out.append(ln)
        else:
            out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


# --------------------------------------------------------------------------- attachments
def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def make_pdf(text):
    lines = [ascii_fold(x) for x in text.split("\n")]
    ops = ["BT", "/F1 12 Tf", "72 760 Td", "14 TL"]
    for ln in lines:
        ln = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({ln}) Tj T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_png(seed, w=32, h=20):
    c = hashlib.sha256(seed.encode()).digest()
    raw = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            k = (x // 4 + y // 4) % 2
            row += bytes([c[k * 3] | 0x40, c[k * 3 + 1] | 0x40, c[k * 3 + 2] | 0x40])
        raw += row

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(text):
    buf = io.BytesIO()
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p)}</w:t></w:r></w:p>' for p in text.split("\n"))
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
         f'<w:body>{paras}</w:body></w:document>'),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def add_attachments(msg, r):
    for i, (kind, fname, text) in enumerate(r.get("attach", [])):
        seed = r["key"] + f"#att{i}"
        if kind == "pdf":
            msg.add_attachment(make_pdf(text), maintype="application", subtype="pdf", filename=fname)
        elif kind == "png":
            msg.add_attachment(make_png(seed), maintype="image", subtype="png", filename=fname)
        elif kind == "docx":
            msg.add_attachment(make_docx(text), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=fname)
        elif kind == "csv":
            msg.add_attachment(text, subtype="csv", charset="utf-8", filename=fname,
                               cte="base64" if H(seed) % 2 else "quoted-printable")
        elif kind == "ics":
            msg.add_attachment(text.replace("\n", "\r\n"), subtype="calendar", charset="utf-8",
                               filename=fname, cte="7bit" if text.isascii() else "quoted-printable")
        elif kind == "json":
            msg.add_attachment(text.encode("utf-8"), maintype="application", subtype="json", filename=fname)
        elif kind == "txt":
            msg.add_attachment(text, subtype="plain", charset="utf-8", filename=fname,
                               cte="quoted-printable")
        else:
            raise ValueError(kind)


# --------------------------------------------------------------------------- building
def pick_cte(r, text, which):
    c = r.get("cte")
    if c is None:
        if text.isascii():
            c = ["7bit", "qp", "7bit", "b64"][H(r["key"], which) % 4]
        else:
            c = ["qp", "8bit", "qp", "b64", "8bit"][H(r["key"], which) % 5]
    if c == "7bit" and not text.isascii():
        c = "8bit"
    return {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[c]


def compose_text(r, entries):
    body = r["body"].rstrip("\n") + "\n"
    if entries and r.get("quote", True):
        chain = render_chain_text(entries, r.get("qstyle", "gmail_fr"), r)
        body = body + "\n" + chain + "\n"
        if r.get("sig_after"):
            body += "\n" + r["sig_after"].rstrip("\n") + "\n"
    return body


def compose_html(r, entries):
    new = esc_html_text(r["body"])
    parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
             '<body><div dir="ltr">' + new + "</div>"]
    if entries and r.get("quote", True):
        parts.append("<br>" + render_chain_html(entries, r.get("qstyle", "gmail_fr")))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def set_text(part, text, subtype, cte):
    if cte in ("7bit", "8bit") and subtype == "plain":
        text = wrap_plain(text)
    part.set_content(text, subtype=subtype, charset="utf-8", cte=cte)


def build_inner(r, when):
    inn = r["inner"]
    m = EmailMessage(policy=policy.SMTP)
    f = who(inn["frm"])
    d = paris_shift(when, inn.get("ago", 2))
    m["From"] = make_addr(f)
    m["To"] = addr_str(inn.get("to") or r.get("frm"))
    m["Subject"] = inn["subject"]
    m["Date"] = format_datetime(d)
    m["Message-ID"] = message_id(f[1], r["key"] + "#inner", d)
    for k, v in inn.get("headers", {}).items():
        m[k] = v
    if inn.get("html"):
        m.set_content(inn["body"], subtype="plain", charset="utf-8", cte="quoted-printable")
        m.add_alternative("<html><body>" + esc_html_text(inn["body"]) + "</body></html>\n",
                          subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        m.set_content(inn["body"], subtype="plain", charset="utf-8", cte="quoted-printable")
    return m


def build_bounce(r, when, msg):
    b = r["bounce"]
    o = b["orig"]
    od = paris_shift(when, o.get("ago", 0.001))
    orig = EmailMessage(policy=policy.SMTP)
    of = who(o["frm"])
    orig["From"] = make_addr(of)
    orig["To"] = addr_str(o["to"])
    orig["Subject"] = o["subject"]
    orig["Date"] = format_datetime(od)
    orig["Message-ID"] = message_id(of[1], r["key"] + "#orig", od)
    orig.set_content(o["body"], subtype="plain", charset="utf-8", cte="quoted-printable")

    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    human = EmailMessage(policy=policy.SMTP)
    human.set_content(r["body"], subtype="plain", charset="utf-8", cte=pick_cte(r, r["body"], "body"))
    ds = EmailMessage(policy=policy.SMTP)
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message(policy=policy.SMTP)
    b1["Reporting-MTA"] = "dns; " + b["mta"]
    b1["Arrival-Date"] = format_datetime(od)
    b2 = Message(policy=policy.SMTP)
    b2["Final-Recipient"] = "rfc822; " + b["recipient"]
    b2["Action"] = "failed"
    b2["Status"] = b["status"]
    b2["Remote-MTA"] = "dns; " + b.get("remote", b["recipient"].split("@")[1])
    b2["Diagnostic-Code"] = "smtp; " + b["diag"]
    ds.set_payload([b1, b2])
    op = EmailMessage(policy=policy.SMTP)
    if b.get("headers_only"):
        hdrs = "".join(f"{k}: {v}\n" for k, v in orig.items() if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"))
        op.set_content(hdrs, subtype="rfc822-headers", charset="utf-8", cte="7bit" if hdrs.isascii() else "quoted-printable")
    else:
        op.set_content(orig, cte="7bit")
    for p in (human, ds, op):
        msg.attach(p)


def build(r):
    key = r["key"]
    when = record_date(r)
    frm = who(r["frm"])
    to = r.get("to")
    if to is None:
        to = "contact" if H(key, "to") % 3 else "orange"
    if to == "contact":
        to = [SC if H(key, "tn") % 2 else FS][0]
    elif to == "orange":
        to = SO
    entries = thread_entries(r, when, to[0] if isinstance(to, list) else to)

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = make_addr(frm)
    if isinstance(to, list):
        msg["To"] = [make_addr(t) for t in to]
    else:
        msg["To"] = make_addr(to)
    extra = dict(r.get("headers", {}))
    if "Cc" in extra:
        msg["Cc"] = extra.pop("Cc")
    msg["Subject"] = r["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = extra.pop("Message-ID", None) or message_id(frm[1], key, when)
    if entries and r.get("reply", r.get("qstyle", "gmail_fr") not in FWD_STYLES):
        # message ids are stored unmodified (folded between ids only), as MUAs do
        msg.set_raw("In-Reply-To", entries[0]["_mid"])
        if r.get("refs", True):
            msg.set_raw("References", "\n ".join(e["_mid"] for e in reversed(entries)))
    mailer = extra.pop("X-Mailer", "default")
    if mailer == "default":
        mailer = default_mailer(frm[1], key)
    for k, v in extra.items():
        msg[k] = v
    if mailer:
        msg["X-Mailer"] = mailer

    kind = r.get("kind")
    if kind == "bounce":
        build_bounce(r, when, msg)
    else:
        text = compose_text(r, entries)
        mode = r["html"] if "html" in r else default_html(frm[1], key)
        if mode == "only":
            set_text(msg, compose_html(r, entries), "html", pick_cte(r, text, "html"))
        else:
            set_text(msg, text, "plain", pick_cte(r, text, "body"))
            if mode == "alt":
                h = compose_html(r, entries)
                msg.add_alternative(h, subtype="html", charset="utf-8", cte=pick_cte(r, h, "html"))
        if kind == "rfc822":
            inner = build_inner(r, when)
            msg.add_attachment(inner, cte="7bit")
            fname = r["inner"].get("filename")
            att = msg.get_payload()[-1]
            if fname:
                att.replace_header("Content-Disposition", f'attachment; filename="{fname}"') \
                    if att.get("Content-Disposition") else att.add_header(
                        "Content-Disposition", "attachment", filename=fname)
        if r.get("attach"):
            add_attachments(msg, r)

    # realism + determinism: no MIME-Version on sub-parts, fixed boundaries
    n = 0
    for part in msg.walk():
        if part is not msg and part.get("MIME-Version") and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{hexd(key + str(n), 10)}_{H(key, n) % 10**9}")
    return msg.as_bytes(policy=GEN_POLICY)


def main():
    recs = ordered(load_records())
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    labels = {}
    for i, r in enumerate(recs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        data = build(r)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(recs)} messages and labels.json to {HERE}")


if __name__ == "__main__":
    main()
