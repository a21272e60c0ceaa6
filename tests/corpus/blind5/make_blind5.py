"""Build the held-out blind corpus #5 (b5-0001.eml ... + labels.json) from blind5_texts.py.

Run: python3 make_blind5.py   (stdlib only; writes next to this script)

Deterministic: message order, sender identities, dates, Message-IDs, MIME boundaries and
attachment bytes are all derived from each record's key, so the output is byte-identical on
every run.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email import message_from_string
from email.message import EmailMessage, MIMEPart
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN_ADDR = "sandra.delomenie@orange.fr"
OWN = f"Sandra Delomenie <{OWN_ADDR}>"


def _load_texts():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("blind5_texts", HERE / "blind5_texts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("blind5_texts", module)
    spec.loader.exec_module(module)
    return module


_texts = _load_texts()
MESSAGES = _texts.MESSAGES
Msg = _texts.Msg

# ---------------------------------------------------------------------------
# deterministic helpers
# ---------------------------------------------------------------------------


def _h(*parts: object) -> int:
    data = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9-]", "", text.lower())


FIRST = {
    ("fr", "f"): ["Élodie", "Nathalie", "Sylvie", "Aurélie", "Céline", "Laurence", "Sandrine", "Virginie",
                  "Stéphanie", "Delphine", "Amélie", "Pauline", "Justine", "Manon", "Océane", "Christelle",
                  "Valérie", "Corinne", "Anaïs", "Mathilde", "Brigitte", "Magali", "Fanny", "Gaëlle"],
    ("fr", "m"): ["Olivier", "Stéphane", "Julien", "Nicolas", "Sébastien", "Frédéric", "Laurent", "Thierry",
                  "Guillaume", "Jérôme", "Mathieu", "Kévin", "Hervé", "Damien"],
    ("be", "f"): ["Anne-Sophie", "Véronique", "Ariane", "Florence", "Sabine", "Nele"],
    ("be", "m"): ["Benoît", "Grégory", "Cédric", "Pieter"],
    ("ch", "f"): ["Corinne", "Nadia", "Myriam", "Séverine"],
    ("ch", "m"): ["Reto", "Yves", "Pascal", "Cédric"],
    ("qc", "f"): ["Geneviève", "Mélanie", "Marie-Ève", "Josée", "Nancy", "Karine"],
    ("qc", "m"): ["Jean-François", "Sylvain", "Éric", "Martin"],
    ("en", "f"): ["Sarah", "Emma", "Rachel", "Hannah", "Siobhan", "Laura", "Megan", "Chloe", "Rebecca",
                  "Priya", "Ingrid", "Giulia", "Marta", "Anna", "Fiona"],
    ("en", "m"): ["David", "Michael", "Tom", "Ben", "Daniel", "Liam", "Mark", "Stefan", "Paolo", "Tomasz"],
}
LAST = {
    "fr": ["Renaud", "Perrin", "Chevalier", "Gauthier", "Lemaire", "Barbier", "Colin", "Aubry", "Marchand",
           "Lemoine", "Picard", "Masson", "Huet", "Carpentier", "Giraud", "Brun", "Noël", "Meyer", "Dumas",
           "Fleury", "Hamon", "Tessier", "Jacquet", "Baron", "Boyer", "Collet", "Leclerc", "Prévost",
           "Joly", "Guillot"],
    "be": ["Lambert", "Peeters", "Janssens", "Maes", "Claes", "Wouters", "Lejeune", "Delvaux", "Renard"],
    "ch": ["Favre", "Rochat", "Pittet", "Bonvin", "Cuendet", "Jaquier", "Chappuis"],
    "qc": ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lavoie", "Bélanger", "Ouellet", "Gingras"],
    "en": ["Walker", "Hughes", "Clarke", "O'Brien", "Patel", "Wright", "Murphy", "Evans", "Bennett", "Reid",
           "Rossi", "Kowalski", "Novak", "Jensen", "Fischer"],
}
DOMAINS = {
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr", "outlook.fr",
           "sfr.fr", "icloud.com", "wanadoo.fr", "bbox.fr"],
    "be": ["skynet.be", "telenet.be", "proximus.be", "gmail.com"],
    "ch": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
    "qc": ["videotron.ca", "hotmail.ca", "gmail.com", "sympatico.ca"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.com"],
}


def _identity(msg: Msg) -> tuple[str, str, str]:
    """(first, last, address) for a generated client sender."""
    h = _h("id", msg.key)
    firsts = FIRST[(msg.region, msg.gender)]
    first = firsts[h % len(firsts)]
    lasts = LAST[msg.region]
    last = lasts[(h >> 8) % len(lasts)]
    f, l = _ascii(first), _ascii(last)
    fmt = (h >> 16) % 6
    num = 60 + (h >> 24) % 40
    local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}.{l}{num}", f"{l}.{f}", f"{f}_{l}{(h >> 28) % 90 + 10}"][fmt]
    domains = DOMAINS[msg.region]
    return first, last, f"{local}@{domains[(h >> 32) % len(domains)]}"


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def _paris(naive: datetime) -> datetime:
    summer = datetime(2025, 3, 30, 2) <= naive < datetime(2025, 10, 26, 3)
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def _msg_date(position: int, total: int, key: str) -> datetime:
    h = _h("date", key)
    day = datetime(2025, 1, 3) + timedelta(days=position * 355 // total)
    return _paris(day.replace(hour=7 + h % 15, minute=(h >> 8) % 60, second=(h >> 16) % 60))


def _fr_gmail(d: datetime) -> str:
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}"


def _en_gmail(d: datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} at {d:%H:%M}"


def _short(d: datetime, lang: str) -> str:
    return f"{d.day} {MOIS_LONG[d.month - 1]} {d.year}" if lang == "fr" else f"{d.day} {MONTHS_LONG[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------
# quoting
# ---------------------------------------------------------------------------


def _strip_prefix(subject: str) -> str:
    return re.sub(r"^\s*((re|tr|fwd?|réf)\s*:\s*)+", "", subject, flags=re.I)


def _quote_block(msg: Msg, quoted: str, qfrom: str, qto: str, qsubj: str, qd: datetime) -> str:
    lines = quoted.strip("\n").split("\n")
    fr = msg.lang == "fr"
    style = msg.quote_style
    if style == "gmail":
        head = (f"Le {_fr_gmail(qd)}, {qfrom} a écrit :" if fr else f"On {_en_gmail(qd)}, {qfrom} wrote:")
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in lines)
    if style == "apple":
        head = (f"> Le {_short(qd, 'fr')} à {qd:%H:%M}, {qfrom} a écrit :" if fr
                else f"> On {_short(qd, 'en')}, at {qd:%H:%M}, {qfrom} wrote:")
        return head + "\n> \n" + "\n".join("> " + ln if ln else "> " for ln in lines)
    if style == "outlook":
        if fr:
            head = (f"________________________________\nDe : {qfrom}\n"
                    f"Envoyé : {JOURS_LONG[qd.weekday()]} {qd.day} {MOIS_LONG[qd.month - 1]} {qd.year} {qd:%H:%M}\n"
                    f"À : {qto}\nObjet : {qsubj}")
        else:
            hour12 = qd.hour % 12 or 12
            head = (f"________________________________\nFrom: {qfrom}\n"
                    f"Sent: {DAYS_LONG[qd.weekday()]}, {MONTHS_LONG[qd.month - 1]} {qd.day}, {qd.year} "
                    f"{hour12}:{qd:%M} {'AM' if qd.hour < 12 else 'PM'}\nTo: {qto}\nSubject: {qsubj}")
        return head + "\n\n" + "\n".join(lines)
    if style == "fwd":
        if fr:
            head = (f"---------- Forwarded message ---------\nDe : {qfrom}\nDate: {_fr_gmail(qd)}\n"
                    f"Subject: {qsubj}\nTo: {qto}")
        else:
            head = (f"---------- Forwarded message ---------\nFrom: {qfrom}\nDate: {_en_gmail(qd)}\n"
                    f"Subject: {qsubj}\nTo: {qto}")
        return head + "\n\n" + "\n".join(lines)
    if style == "apple_fwd":
        head = (f"Début du message réexpédié :\n\nDe: {qfrom}\nObjet: {qsubj}\n"
                f"Date: {_short(qd, 'fr')} à {qd:%H:%M:%S} UTC+{int(qd.utcoffset().total_seconds()) // 3600}\nÀ: {qto}")
        return head + "\n\n" + "\n".join(lines)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _text_to_html(text: str) -> str:
    paras = []
    for p in text.strip().split("\n\n"):
        esc = html.escape(p, quote=False)
        esc = _URL.sub(r'<a href="\1">\1</a>', esc)
        paras.append(f"<p>{esc.replace(chr(10), '<br>')}</p>")
    return "".join(paras)


def _html_doc(inner: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f"{inner}</div></body></html>\n")


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------

_TYPES = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "png": ("image", "png"),
          "csv": ("text", "csv"), "zip": ("application", "zip")}


def _attachment_bytes(name: str) -> bytes:
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256(name.encode("utf-8")).digest()
    if ext == "pdf":
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + seed.hex().encode()
                + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    if ext == "jpg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + seed[:17] + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    if ext == "csv":
        return "date;libellé;valeur\n2025-01-06;exemple;1\n".encode("utf-8")
    return b"PK\x05\x06" + b"\x00" * 18


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------

INTERNAL_HEADERS = {"x-bounce-recipient", "x-orig-subject"}


def _subst(text: str, tokens: dict[str, str]) -> str:
    for k, v in tokens.items():
        text = text.replace(k, v)
    return text


def _addr(header: str) -> str:
    m = re.search(r"<([^>]+)>", header)
    return (m.group(1) if m else header.split()[0]).strip()


def _bounce(em: EmailMessage, msg: Msg, body: str, d: datetime, mid: str) -> None:
    hdr = dict(msg.headers)
    rcpt = hdr["X-Bounce-Recipient"]
    osubj = hdr["X-Orig-Subject"]
    status = re.search(r"\b([45]\d\d)[ -]?\(?([45]\.\d\.\d+)", body)
    smtp, code = (status.group(1), status.group(2)) if status else ("550", "5.0.0")
    mta = _addr(msg.frm).split("@")[-1]
    em.set_content(body.strip("\n") + "\n", charset="utf-8", cte="quoted-printable")
    em.make_mixed()
    ds = MIMEPart(policy=SMTP)
    ds["Content-Type"] = "message/delivery-status"
    blocks = [f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(d - timedelta(minutes=3))}\n",
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\n"
              f"Status: {code}\nDiagnostic-Code: smtp; {smtp} {code} delivery failed\n"]
    ds.set_payload([message_from_string(b, policy=SMTP) for b in blocks])
    em.attach(ds)
    rh = MIMEPart(policy=SMTP)
    orig = (f"From: {OWN}\nTo: {rcpt}\nSubject: {osubj}\n"
            f"Date: {format_datetime(d - timedelta(minutes=4))}\nMessage-ID: <orig-{mid}>\n")
    rh.set_content(orig, subtype="rfc822-headers", charset="utf-8", cte="quoted-printable")
    del rh["MIME-Version"]
    em.attach(rh)
    em.set_type("multipart/report")
    em.set_param("report-type", "delivery-status")


def build(msg: Msg, position: int, total: int) -> bytes:
    d = _msg_date(position, total, msg.key)
    h = _h("msg", msg.key)
    qd = (d - timedelta(days=1 + h % 5)).replace(hour=8 + (h >> 8) % 11, minute=(h >> 16) % 60)
    q2 = qd - timedelta(days=2 + (h >> 24) % 3)

    q2_long = _fr_gmail(q2).split(" à ")[0] if msg.lang == "fr" else _en_gmail(q2).split(" at ")[0]
    tokens: dict[str, str] = {"%Q2S%": _short(q2, msg.lang), "%Q2%": q2_long}
    # identity tokens always refer to the (generated) client; for vendor notifications with an
    # explicit From they name the client the notification is about.
    first, last, address = _identity(msg)
    sender = msg.frm or f"{first} {last} <{address}>"
    tokens.update({"%P%": first, "%N%": last, "%F%": f"{first} {last}",
                   "%p%": _ascii(first), "%n%": _ascii(last), "%ADDR%": address})
    subject = _subst(msg.subject, tokens)
    body = _subst(msg.body, tokens)
    quoted = _subst(msg.quoted, tokens)
    attachments = [_subst(a, tokens) for a in msg.attachments]
    for text in (subject, body, quoted, *attachments):
        assert "%" not in re.sub(r"\d+ ?%|%PDF", "", text), (msg.key, text[:80])

    em = EmailMessage(policy=SMTP)
    em["From"] = sender
    if msg.to:
        em["To"] = msg.to
    else:
        em["To"] = [OWN, OWN_ADDR, f"Floraison de Soi <{OWN_ADDR}>", OWN][(h >> 32) % 4]
    em["Subject"] = subject
    em["Date"] = format_datetime(d)
    domain = _addr(sender).split("@")[-1]
    mid = f"{h:016x}.{position + 1:03d}@{domain}"
    em["Message-ID"] = f"<{mid}>"
    if msg.quoted and msg.quote_style not in ("fwd", "apple_fwd"):
        prev = f"<{_h('prev', msg.key):016x}@{_addr(msg.quoted_from or OWN).split('@')[-1]}>"
        em["In-Reply-To"] = prev
        em["References"] = prev
    if msg.quote_style == "apple" and msg.quoted:
        em["X-Mailer"] = "iPhone Mail (22E252)"
    elif msg.quote_style == "outlook" and msg.quoted:
        em["X-Mailer"] = "Microsoft Outlook 16.0"
    for name, value in msg.headers:
        if name.lower() not in INTERNAL_HEADERS:
            em[name] = value

    if msg.kind == "bounce":
        _bounce(em, msg, body, d, mid)
    else:
        qfrom = _subst(msg.quoted_from, tokens) or OWN
        if msg.quote_style in ("fwd", "apple_fwd"):
            # forwarding a mail they received, or re-sending their own earlier mail to Sandra
            qto = OWN if _addr(qfrom) == _addr(sender) else sender
        elif _addr(qfrom) == OWN_ADDR and _addr(sender) != OWN_ADDR:
            qto = sender  # client replying to Sandra
        else:
            qto = OWN  # Sandra replying to a client's mail
        qsubj = msg.quoted_subject or _strip_prefix(subject)
        if msg.html:
            if body.lstrip().startswith("<"):
                doc = body.strip("\n") + "\n"
            else:
                doc = _html_doc(_text_to_html(body))
            if msg.quoted:
                head = html.escape(_quote_block(msg, "x", qfrom, qto, qsubj, qd).split("\n")[0].lstrip("> "))
                block = (f'<div class="gmail_quote"><div>{head}</div><blockquote style="margin:0 0 0 .8ex;'
                         f'border-left:1px #ccc solid;padding-left:1ex">{_text_to_html(quoted)}</blockquote></div>')
                doc = doc.replace("</body>", block + "</body>")
            em.set_content(doc, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            text = body.strip("\n")
            if msg.quoted:
                text = (text + "\n\n" if text else "") + _quote_block(msg, quoted, qfrom, qto, qsubj, qd)
            text = text + "\n"
            em.set_content(text, charset="utf-8", cte="quoted-printable")
            if msg.alt:
                em.add_alternative(_html_doc(_text_to_html(text)), subtype="html", charset="utf-8",
                                   cte="quoted-printable")
        for name in attachments:
            maintype, subtype = _TYPES[name.rsplit(".", 1)[-1].lower()]
            em.add_attachment(_attachment_bytes(name), maintype=maintype, subtype=subtype, filename=name)

    n = 0
    for part in em.walk():
        if part is not em and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"=_b5_{h % 10**8:08d}_{n}")
    return em.as_bytes()


def main() -> None:
    keys = [m.key for m in MESSAGES]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = sorted(MESSAGES, key=lambda m: hashlib.sha256(("b5-order:" + m.key).encode()).hexdigest())
    labels: dict[str, dict[str, object]] = {}
    for old in HERE.glob("b5-*.eml"):
        old.unlink()
    for position, msg in enumerate(order):
        name = f"b5-{position + 1:04d}.eml"
        (HERE / name).write_bytes(build(msg, position, len(order)))
        labels[name] = {"key": msg.key, "rights": sorted(msg.rights)}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(labels), "messages;", sum(1 for v in labels.values() if not v["rights"]), "negatives")


if __name__ == "__main__":
    main()
