"""Rendering helpers for the b25 corpus: mail-client quoting styles, HTML flavours,
deterministic IDs, attachments.  Standard library only."""
import base64
import datetime
import hashlib
import html as _html
import io
import zipfile
from email.utils import parseaddr, format_datetime

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"

SIG_SANDRA = """Sandra Delomenie
Coach & formatrice – Floraison de Soi
46 rue d'Estienne d'Orves – 36100 Issoudun
06 81 84 21 73 · www.floraisondesoi.fr"""

SIG_SANDRA_SHORT = """Sandra
Floraison de Soi – 06 81 84 21 73"""


def Q(frm, date, body, client=None, lang=None, to=None, subject=None, quote=None,
      fwd=False, bottom=False, cc=None, html=None):
    """A quoted (older) message inside a thread."""
    return dict(frm=frm, date=date, body=body, client=client, lang=lang, to=to,
                subject=subject, quote=quote, fwd=fwd, bottom=bottom, cc=cc, html=html)


# ---------------------------------------------------------------- hashing
def h(*parts, n=64):
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def hbytes(*parts, n=32):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("|".join(str(p) for p in parts) + "#%d" % i).encode()).digest()
        i += 1
    return out[:n]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def alnum(seed, n):
    b = hbytes(seed, n=n)
    return "".join(ALNUM[x % len(ALNUM)] for x in b)


def uuid_like(seed, upper=True):
    x = h(seed, n=32)
    s = "%s-%s-%s-%s-%s" % (x[:8], x[8:12], "4" + x[13:16], "a" + x[17:20], x[20:32])
    return s.upper() if upper else s


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1) if month < 12 else datetime.date(year, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_dt(s, seed="x"):
    """'2025-04-14 21:37' or '2025-04-14 21:37:05' -> aware datetime in Paris time."""
    if len(s) == 16:
        sec = int(h("sec", seed, s, n=4), 16) % 60
        s = s + ":%02d" % sec
    naive = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    start = datetime.datetime.combine(_last_sunday(naive.year, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(_last_sunday(naive.year, 10), datetime.time(3, 0))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def rfc_date(s, seed="x"):
    return format_datetime(paris_dt(s, seed))


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def ampm(dt):
    hr = dt.hour % 12 or 12
    return "%d:%02d %s" % (hr, dt.minute, "AM" if dt.hour < 12 else "PM")


def offset_h(dt):
    return int(dt.utcoffset().total_seconds() // 3600)


# ---------------------------------------------------------------- addresses
def name_of(addr):
    n, a = parseaddr(addr)
    return n or a


def mail_of(addr):
    return parseaddr(addr)[1]


def full(addr):
    n, a = parseaddr(addr)
    return "%s <%s>" % (n, a) if n else a


# ---------------------------------------------------------------- attribution lines
def attribution(client, lang, q, dt):
    frm = q["frm"]
    n, a = name_of(frm), mail_of(frm)
    wd, d, m, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = "%02d:%02d" % (dt.hour, dt.minute)
    fr = lang != "en"
    if client in ("gmail", "gmail_app"):
        if fr:
            return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (FR_DAYS_AB[wd], d, FR_MONTHS_AB[m], y, hm, n, a)
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (EN_DAYS[wd][:3], EN_MONTHS[m][:3], d, y, ampm(dt), n, a)
    if client in ("apple", "iphone", "ipad"):
        if fr:
            return "Le %d %s %d à %s, %s <%s> a écrit :" % (d, FR_MONTHS_AB[m], y, hm, n, a)
        return "On %d %s %d, at %s, %s <%s> wrote:" % (d, EN_MONTHS[m][:3], y, hm, n, a)
    if client == "thunderbird":
        if fr:
            return "Le %02d/%02d/%d à %s, %s a écrit :" % (d, m + 1, y, hm, n)
        return "On %02d/%02d/%d %s, %s wrote:" % (d, m + 1, y, hm, n)
    if client == "roundcube":
        if fr:
            return "Le %d-%02d-%02d %s, %s a écrit :" % (y, m + 1, d, hm, n)
        return "On %d-%02d-%02d %s, %s wrote:" % (y, m + 1, d, hm, n)
    if client == "yahoo":
        if fr:
            return "Le %s %d %s %d à %s:%02d UTC+%d, %s <%s> a écrit :" % (
                FR_DAYS[wd], d, FR_MONTHS[m], y, hm, dt.second, offset_h(dt), n, a)
        return "On %s, %s %d, %d at %s:%02d %s GMT+%d, %s <%s> wrote:" % (
            EN_DAYS[wd], EN_MONTHS[m], d, y, ampm(dt).split()[0], dt.second, ampm(dt).split()[1],
            offset_h(dt), n, a)
    if client == "proton":
        if fr:
            return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (FR_DAYS[wd], d, FR_MONTHS[m], y, hm, n, a)
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "On %s, %s %d%s, %d at %s, %s <%s> wrote:" % (EN_DAYS[wd], EN_MONTHS[m], d, suf, y, hm, n, a)
    # fallback
    if fr:
        return "Le %d %s %d à %s, %s <%s> a écrit :" % (d, FR_MONTHS[m], y, hm, n, a)
    return "On %d %s %d at %s, %s <%s> wrote:" % (d, EN_MONTHS[m], y, hm, n, a)


def header_block(client, lang, q, dt, subject, to, fwd):
    """Header-style quote blocks (Outlook, Samsung, Zimbra, Orange, Yahoo forward...)."""
    fr = lang != "en"
    n, a = name_of(q["frm"]), mail_of(q["frm"])
    wd, d, m, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = "%02d:%02d" % (dt.hour, dt.minute)
    cc = q.get("cc")
    lines = []
    if client in ("outlook", "outlook_web", "outlook_mobile"):
        if fr:
            lines = ["De : %s <%s>" % (n, a),
                     "Envoyé : %s %d %s %d %s" % (FR_DAYS[wd], d, FR_MONTHS[m], y, hm),
                     "À : %s" % to]
            if cc:
                lines.append("Cc : %s" % cc)
            lines.append("Objet : %s" % subject)
        else:
            lines = ["From: %s <%s>" % (n, a),
                     "Sent: %s, %s %d, %d %s" % (EN_DAYS[wd], EN_MONTHS[m], d, y, ampm(dt)),
                     "To: %s" % to]
            if cc:
                lines.append("Cc: %s" % cc)
            lines.append("Subject: %s" % subject)
        return "________________________________", lines
    if client == "outlook_old":
        if fr:
            lines = ["De : %s [mailto:%s]" % (n, a),
                     "Envoyé : %s %d %s %d %s" % (FR_DAYS[wd], d, FR_MONTHS[m], y, hm),
                     "À : %s" % to]
            if cc:
                lines.append("Cc : %s" % cc)
            lines.append("Objet : %s" % subject)
            return "-----Message d'origine-----", lines
        lines = ["From: %s [mailto:%s]" % (n, a),
                 "Sent: %s, %s %d, %d %s" % (EN_DAYS[wd], EN_MONTHS[m], d, y, ampm(dt)),
                 "To: %s" % to, "Subject: %s" % subject]
        return "-----Original Message-----", lines
    if client == "samsung":
        lines = ["De : %s <%s> " % (n, a) if fr else "From: %s <%s> " % (n, a),
                 ("Date : %02d/%02d/%d %s (GMT+%02d:00) " if fr else "Date: %02d/%02d/%d %s (GMT+%02d:00) ")
                 % (d, m + 1, y, hm, offset_h(dt)),
                 ("À : %s " if fr else "To: %s ") % to,
                 ("Objet : %s " if fr else "Subject: %s ") % subject]
        return ("-------- Message d'origine --------" if fr else "-------- Original message --------"), lines
    if client == "zimbra":
        lines = ['De: "%s" <%s>' % (n, a), "À: %s" % to,
                 "Envoyé: %s %d %s %d %s:%02d" % (FR_DAYS[wd].capitalize(), d, FR_MONTHS[m].capitalize(), y, hm,
                                                  dt.second),
                 "Objet: %s" % subject]
        return "----- Mail original -----", lines
    if client == "orange":
        lines = ["Message du %02d/%02d/%02d %s" % (d, m + 1, y % 100, hm),
                 'De : "%s" <%s>' % (n, a), "A : %s" % to, "Copie à : %s" % (cc or ""),
                 "Objet : %s" % subject]
        return ("-------- Message transféré --------" if fwd else None), lines
    if client == "yahoo":
        lines = ["De : %s <%s>" % (n, a), "À : %s" % to,
                 "Envoyé : %s %d %s %d à %s:%02d UTC+%d" % (FR_DAYS[wd], d, FR_MONTHS[m], y, hm, dt.second,
                                                             offset_h(dt)),
                 "Objet : %s" % subject] if fr else [
            "From: %s <%s>" % (n, a), "To: %s" % to,
            "Sent: %s, %s %d, %d at %s GMT+%d" % (EN_DAYS[wd], EN_MONTHS[m], d, y, ampm(dt), offset_h(dt)),
            "Subject: %s" % subject]
        return ("----- Message transféré -----" if fr else "----- Forwarded Message -----"), lines
    if client in ("gmail", "gmail_app"):
        if fr:
            lines = ["De : %s <%s>" % (n, a),
                     "Date: %s %d %s %d à %s" % (FR_DAYS_AB[wd], d, FR_MONTHS_AB[m], y, hm),
                     "Subject: %s" % subject, "To: %s" % to]
        else:
            lines = ["From: %s <%s>" % (n, a),
                     "Date: %s, %s %d, %d at %s" % (EN_DAYS[wd][:3], EN_MONTHS[m][:3], d, y, ampm(dt)),
                     "Subject: %s" % subject, "To: %s" % to]
        if cc:
            lines.append("Cc: %s" % cc)
        return "---------- Forwarded message ---------", lines
    if client in ("apple", "iphone", "ipad"):
        if fr:
            lines = ["De: %s <%s>" % (n, a), "Objet: %s" % subject,
                     "Date: %d %s %d à %s:%02d UTC+%d" % (d, FR_MONTHS[m], y, hm, dt.second, offset_h(dt)),
                     "À: %s" % to]
            return "Début du message réexpédié :", lines
        lines = ["From: %s <%s>" % (n, a), "Subject: %s" % subject,
                 "Date: %d %s %d at %s:%02d GMT+%d" % (d, EN_MONTHS[m], y, hm, dt.second, offset_h(dt)),
                 "To: %s" % to]
        return "Begin forwarded message:", lines
    if client == "thunderbird":
        if fr:
            lines = ["Sujet : %s" % subject, "Date : %s" % format_datetime(dt),
                     "De : %s <%s>" % (n, a), "Pour : %s" % to]
            return "-------- Message transféré --------", lines
        lines = ["Subject: %s" % subject, "Date: %s" % format_datetime(dt),
                 "From: %s <%s>" % (n, a), "To: %s" % to]
        return "-------- Forwarded Message --------", lines
    if client == "proton":
        lines = ["From: %s <%s>" % (n, a), "Date: On %s, %s %d, %d at %s" % (EN_DAYS[wd], EN_MONTHS[m], d, y, hm),
                 "Subject: %s" % subject, "To: %s" % to]
        return "------- Forwarded Message -------", lines
    # roundcube & fallback
    lines = ["De : %s <%s>" % (n, a), "Date : %s" % format_datetime(dt), "À : %s" % to,
             "Objet : %s" % subject]
    return "-------- Message original --------", lines


PREFIX_CLIENTS = ("gmail", "gmail_app", "thunderbird", "roundcube", "proton", "apple", "iphone", "ipad", "orange")


def strip_re(s):
    s = s or ""
    while True:
        low = s.lower()
        for p in ("re: ", "re : ", "tr: ", "tr : ", "fwd: ", "fw: ", "fwd : ", "réf : ", "aw: ", "wg: "):
            if low.startswith(p):
                s = s[len(p):]
                break
        else:
            return s


def prefix(text, p="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append(p + line)
    return "\n".join(out)


# ---------------------------------------------------------------- HTML fragments
def esc(s):
    return _html.escape(s, quote=False)


def _blocks(text):
    """Split text into ('text', lines) and ('quote', text) runs (for literal '>' quoting)."""
    runs = []
    for line in text.split("\n"):
        isq = line.startswith(">")
        if isq:
            content = line[1:]
            if content.startswith(" "):
                content = content[1:]
            if runs and runs[-1][0] == "quote":
                runs[-1][1].append(content)
            else:
                runs.append(("quote", [content]))
        else:
            if runs and runs[-1][0] == "text":
                runs[-1][1].append(line)
            else:
                runs.append(("text", [line]))
    return runs


def text_frag(client, text):
    out = []
    for kind, lines in _blocks(text):
        if kind == "quote":
            inner = text_frag(client, "\n".join(lines))
            if client in ("gmail", "gmail_app"):
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            else:
                out.append('<blockquote type="cite">%s</blockquote>' % inner)
            continue
        out.append(_lines_html(client, lines))
    return "\n".join(out)


def _lines_html(client, lines):
    if client in ("gmail", "gmail_app"):
        return "".join("<div>%s</div>" % esc(l) if l.strip() else "<div><br></div>" for l in lines)
    if client in ("outlook", "outlook_old"):
        return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l) if l.strip()
                         else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for l in lines)
    if client in ("outlook_web", "outlook_mobile"):
        st = ('font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
              'font-size: 12pt; color: rgb(0, 0, 0);')
        return "\n".join('<div class="elementToProof" style="%s">%s</div>' % (st, esc(l) if l.strip() else "<br>")
                         for l in lines)
    if client in ("iphone", "ipad", "samsung"):
        return "".join('<div dir="%s">%s</div>' % ("ltr" if client != "samsung" else "auto",
                                                    esc(l) if l.strip() else "<br>") for l in lines)
    if client == "apple":
        return "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in lines)
    if client == "yahoo":
        return "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else "<br>")
                       for l in lines)
    if client in ("thunderbird", "roundcube", "orange", "zimbra", "proton"):
        paras, cur = [], []
        for l in lines:
            if l.strip():
                cur.append(esc(l))
            elif cur:
                paras.append(cur)
                cur = []
        if cur:
            paras.append(cur)
        if client == "proton":
            return "".join('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>'
                           '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
                           % "<br>".join(p) for p in paras)
        return "\n".join("<p>%s</p>" % "<br>\n".join(p) for p in paras)
    return "<br>\n".join(esc(l) for l in lines)


def hdr_html(client, lang, first, lines):
    fr = lang != "en"
    if client in ("outlook", "outlook_old"):
        cells = []
        for l in lines:
            k, _, v = l.partition(" : ") if " : " in l else l.partition(": ")
            sep = "&nbsp;:" if " : " in l else ":"
            cells.append("<b>%s%s</b> %s" % (esc(k), sep, esc(v)))
        return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><b><span lang="%s">%s</span></b><span lang="%s"><o:p></o:p></span></p>'
                '<p class="MsoNormal">%s<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                % ("FR" if fr else "EN-US", "" if first and first.startswith("___") else esc(first or ""),
                   "FR" if fr else "EN-US", "<br>\n".join(cells)))
    if client in ("outlook_web", "outlook_mobile"):
        cells = []
        for l in lines:
            k, _, v = l.partition(" : ") if " : " in l else l.partition(": ")
            cells.append("<b>%s%s</b> %s" % (esc(k), " :" if " : " in l else ":", esc(v)))
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>' % "<br>\n".join(cells))
    if client in ("gmail", "gmail_app"):
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>%s<br></div><br><br>'
                % (esc(first), "<br>".join(esc(l) for l in lines)))
    body = "<br>\n".join(esc(l) for l in ([first] if first else []) + lines)
    return '<div class="moz-forward-container">%s<br><br></div>' % body if client == "thunderbird" else \
        "<div>%s</div><br>" % body


# ---------------------------------------------------------------- rendering a message tree
def default_client(addr):
    a = mail_of(addr).lower()
    if a in ("sandra.delomenie@orange.fr",):
        return "orange"
    if a.endswith("gmail.com"):
        return "gmail"
    if a.endswith(("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr")):
        return "outlook_web"
    if a.endswith(("icloud.com", "me.com")):
        return "iphone"
    if a.endswith(("yahoo.fr", "yahoo.com")):
        return "yahoo"
    if a.endswith(("orange.fr", "wanadoo.fr")):
        return "orange"
    if a.endswith(("free.fr", "laposte.net")):
        return "zimbra"
    return "thunderbird"


def render(node, parent_lang="fr", root_subject=None):
    """Return (plain_text, html_fragment) for a node (record or Q) including quoted history."""
    client = node.get("client") or default_client(node["frm"])
    lang = node.get("lang") or parent_lang
    body = node["body"].strip("\n")
    if node.get("html"):
        body_html = node["html"]
    else:
        body_html = text_frag(client, body)
    q = node.get("quote")
    if not q:
        return body, body_html
    qlang = q.get("lang") or lang
    node_subject = node.get("subject") or root_subject or ""
    subject = q.get("subject") or strip_re(node_subject)
    if not q.get("subject") and q.get("quote") and not q.get("fwd"):
        qc = q.get("client") or default_client(q["frm"])
        subject = ("RE: " if qc.startswith("outlook") else "Re: ") + subject
    qplain, qhtml = render(q, qlang, subject if not q.get("fwd") else subject)
    dt = paris_dt(q["date"], q["frm"])
    to = q.get("to") or full(node["frm"])
    fwd = node.get("fwd")
    if fwd or client in ("outlook", "outlook_old", "outlook_web", "outlook_mobile", "samsung", "zimbra", "yahoo") \
            or (client == "orange"):
        if not fwd and client == "yahoo":
            attr = attribution(client, lang, q, dt)
            block = attr + "\n\n\n" + qplain
            bhtml = ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                     'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                     '<div><br></div><div><div dir="ltr">%s</div></div></div></div>'
                     % (h(q["date"], q["frm"], n=10), esc(attr), qhtml))
        else:
            first, lines = header_block(client, lang, q, dt, subject, to, fwd)
            head = ([first] if first else []) + lines
            if client == "orange":
                block = (first + "\n" if first else "") + prefix("\n".join(lines) + "\n\n" + qplain)
                bhtml = ('%s<blockquote style="margin-left: 5px; padding-left: 5px; '
                         'border-left: 2px solid #ff7900;">%s<br><br>%s</blockquote>'
                         % ("<div>%s</div>" % esc(first) if first else "", "<br>".join(esc(l) for l in lines), qhtml))
            else:
                block = "\n".join(head) + "\n\n" + qplain
                if client in ("gmail", "gmail_app"):
                    bhtml = hdr_html(client, lang, first, lines) + qhtml + "</div>"
                else:
                    bhtml = hdr_html(client, lang, first, lines) + "\n" + qhtml
    else:
        attr = attribution(client, lang, q, dt)
        if client in ("apple", "iphone", "ipad"):
            block = prefix(attr + "\n\n" + qplain)
            bhtml = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                     '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (esc(attr), qhtml))
        else:
            block = attr + "\n" + prefix(qplain)
            if client in ("gmail", "gmail_app"):
                bhtml = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>'
                         '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                         'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), qhtml))
            elif client == "thunderbird":
                bhtml = ('<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite" cite="mid:%s">%s'
                         '</blockquote>' % (esc(attr), msgid_core(q), qhtml))
            elif client == "proton":
                bhtml = ('<div class="protonmail_quote">\n%s<br><blockquote class="protonmail_quote" type="cite">%s'
                         '</blockquote><br></div>' % (esc(attr), qhtml))
            else:
                bhtml = '<div>%s</div><blockquote type="cite">%s</blockquote>' % (esc(attr), qhtml)
    if node.get("bottom"):
        plain = block + "\n\n" + body
        htm = bhtml + "\n" + body_html
    else:
        sep = "\n\n" if client not in ("outlook", "outlook_old", "outlook_web", "outlook_mobile") else "\n\n"
        plain = body + sep + block
        htm = body_html + "\n" + bhtml
    return plain, htm


def wrap_doc(client, frag, lang="fr"):
    if client in ("gmail", "gmail_app"):
        return '<div dir="ltr">%s</div>\n' % frag
    if client in ("outlook", "outlook_old"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n'
                '\tmso-fareast-language:EN-US;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n'
                '\ttext-decoration:underline;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n'
                '\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
                '\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % ("FR" if lang != "en" else "EN-US", frag))
    if client in ("outlook_web", "outlook_mobile"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n' % frag)
    if client in ("iphone", "ipad"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">%s</body></html>\n' % frag)
    if client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s</body></html>\n' % frag)
    if client == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                '<body>%s</body></html>\n' % frag)
    if client == "thunderbird":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
                'charset=UTF-8">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n' % frag)
    if client == "yahoo":
        return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % (h(frag, n=8), frag))
    if client == "proton":
        return frag + "\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 13px;">%s</body></html>\n' % frag)


# ---------------------------------------------------------------- message ids, boundaries
def msgid_core(node):
    seed = (node.get("key") or "") + node["frm"] + node["date"]
    client = node.get("client") or default_client(node["frm"])
    dom = mail_of(node["frm"]).split("@")[-1]
    if client in ("gmail", "gmail_app"):
        return "CA%s@mail.gmail.com" % alnum(seed, 44)[:44].replace("z", "=") if dom == "gmail.com" \
            else "CA%s@mail.gmail.com" % alnum(seed, 42)
    if client in ("outlook", "outlook_old", "outlook_web", "outlook_mobile"):
        srv = ["PAXP193MB", "AM0PR02MB", "DB9PR07MB", "PR3P195MB", "AS8PR10MB"][int(h(seed, n=2), 16) % 5]
        num = str(int(h(seed, "n", n=6), 16) % 9000 + 1000)
        return "%s%s%s@%s%s.%s.PROD.OUTLOOK.COM" % (srv, num, h(seed, "o", n=32).upper(), srv, num,
                                                   "EURP193" if "193" in srv else "eurprd0%d" % (int(num) % 8 + 1))
    if client in ("apple", "iphone", "ipad"):
        return "%s@%s" % (uuid_like(seed), dom)
    if client == "yahoo":
        return "%d.%d.%d@mail.yahoo.com" % (int(h(seed, "a", n=8), 16) % 10 ** 10, int(h(seed, "b", n=6), 16) % 10 ** 7,
                                            1700000000000 + int(h(seed, "c", n=8), 16) % 10 ** 11)
    if client == "orange":
        return "%d.%d.%d.JavaMail.open-xchange@opme11oxm%02daub.bagnolet.francetelecom.fr" % (
            int(h(seed, "a", n=8), 16) % 10 ** 9, int(h(seed, "b", n=4), 16) % 10 ** 5,
            1700000000000 + int(h(seed, "c", n=8), 16) % 10 ** 11, int(h(seed, "d", n=2), 16) % 30)
    if client == "samsung":
        return "%s.%s@email.android.com" % (h(seed, n=8), h(seed, "s", n=12))
    if client == "zimbra":
        return "%d.%d.%d.JavaMail.zimbra@%s" % (int(h(seed, "a", n=6), 16) % 10 ** 7, int(h(seed, "b", n=6), 16) % 10 ** 7,
                                                1700000000000 + int(h(seed, "c", n=8), 16) % 10 ** 11, dom)
    if client == "proton":
        return "%s=@proton.me" % alnum(seed, 60)
    return "%s@%s" % (uuid_like(seed, upper=False), dom)


def boundary_for(client, seed, i):
    if client in ("gmail", "gmail_app"):
        return "0000000000%s" % h(seed, i, n=16)
    if client in ("outlook", "outlook_old", "outlook_web", "outlook_mobile"):
        return "_%03d_%sEURPRD%s_" % (i, h(seed, i, n=20).upper(), "")
    if client in ("apple", "iphone", "ipad"):
        return "Apple-Mail-%s" % uuid_like((seed, i))
    if client == "thunderbird":
        return "------------%s" % alnum((seed, i), 24)
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (int(h(seed, i, n=6), 16) % 10 ** 7, int(h(seed, i, "y", n=6), 16) % 10 ** 8,
                                        1700000000000 + int(h(seed, i, "z", n=8), 16) % 10 ** 11)
    return "----=_Part_%s_%s" % (h(seed, i, n=10), h(seed, i, "q", n=8))


# ---------------------------------------------------------------- attachments
PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def fake_jpeg(seed, size=2400):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return head + hbytes("jpg", seed, n=size) + b"\xff\xd9"


def fake_pdf(seed, lines):
    txt = "BT /F1 11 Tf 60 760 Td 14 TL\n" + "\n".join(
        "(%s) '" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + "\nET"
    data = txt.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, h(seed, n=32).encode(), h(seed, n=32).encode(), xref)
    return out


def fake_docx(seed, paragraphs):
    buf = io.BytesIO()
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
                               'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
                               'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                               'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
                               'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                       'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                       'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                       '</Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://'
                             'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>'
                             % "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % esc(p)
                                       for p in paragraphs),
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return buf.getvalue()
