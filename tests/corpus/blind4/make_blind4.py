"""Build tests/corpus/blind4/*.eml and labels.json from blind4_texts.py (deterministic).

Run: python3 tests/corpus/blind4/make_blind4.py
Stdlib only. Every header that would normally vary (Date, Message-ID, MIME boundaries) is
derived from the message index and key, so the output is byte-identical on every run.
Messages are written in a fixed pseudo-random order (sorted by a hash of their key) so that
requests and negatives are interleaved.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import re
import sys
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN = "sandra.delomenie@orange.fr"
OWN_NAME = "Sandra Delomenie"
PREFIX = "b4"


def _load_texts():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("blind4_texts", HERE / "blind4_texts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("blind4_texts", module)
    spec.loader.exec_module(module)
    return module


_texts = _load_texts()
MESSAGES = _texts.MESSAGES
Msg = _texts.Msg
RIGHTS = _texts.RIGHTS

FR_F = ["Claire", "Julie", "Nadia", "Hélène", "Sophie", "Camille", "Inès", "Léa", "Chloé", "Emma",
        "Manon", "Sarah", "Amandine", "Karine", "Nathalie", "Isabelle", "Aurélie", "Élodie",
        "Yasmine", "Mélanie", "Sandrine", "Valérie", "Véronique", "Christelle", "Laetitia", "Maëlle",
        "Océane", "Brigitte", "Martine", "Fabienne", "Delphine", "Agnès", "Coralie", "Justine",
        "Pauline", "Anaïs", "Séverine", "Myriam", "Gwenaëlle", "Françoise"]
FR_M = ["Marc", "Paul", "Lucas", "Thomas", "Nicolas", "Julien", "Stéphane", "Olivier", "Christophe",
        "Frédéric", "Mehdi", "Hugo", "Antoine", "Laurent", "Pascal", "Jérôme", "Didier", "Romain"]
EN_F = ["Emily", "Olivia", "Hannah", "Charlotte", "Rachel", "Megan", "Priya", "Anna", "Katarzyna",
        "Ingrid", "Lucy", "Grace", "Aisha", "Zeynep"]
EN_M = ["James", "Mark", "Tom", "David", "Pieter", "Mehmet", "Stefan", "Raj", "Oliver", "Daniel",
        "Luca", "Tomasz"]
LAST_FR = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy",
           "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Mercier", "Blanc",
           "Guérin", "Faure", "Rousseau", "Perrin", "Chevalier", "Gauthier", "Renaud", "Picard",
           "Aubert", "Brunet", "Lemoine", "Royer", "Delaunay", "Tessier", "Marchand", "Barbier"]
LAST_EN = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes", "Kowalski",
           "Novak", "Jansen", "Yilmaz", "Patel", "Müller", "O'Brien", "Rossi", "Andersson"]
DOMAINS = {
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
           "outlook.fr", "sfr.fr", "icloud.com", "wanadoo.fr", "live.fr", "bbox.fr"],
    "be": ["skynet.be", "proximus.be", "gmail.com", "telenet.be"],
    "ch": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"],
    "qc": ["videotron.ca", "hotmail.ca", "gmail.com", "sympatico.ca"],
    "uk": ["btinternet.com", "gmail.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "en": ["gmail.com", "outlook.com", "yahoo.com", "gmx.de", "proton.me", "hotmail.com"],
}
DAYS_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
DAYS_FR_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _h(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16)


def _ascii(text: str) -> str:
    out = text.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ê", "e"), ("ï", "i"), ("î", "i"), ("ç", "c"),
                 ("ö", "o"), ("ü", "u"), ("à", "a"), ("'", ""), (" ", "")):
        out = out.replace(a, b)
    return out


def _person(msg: Msg) -> tuple[str, str, str]:
    """(first, last, address) for the generated sender of msg."""
    h = _h(msg.key)
    english = msg.lang == "en" and msg.region in ("", "en", "uk")
    firsts = (EN_M if msg.g == "m" else EN_F) if english else (FR_M if msg.g == "m" else FR_F)
    lasts = LAST_EN if english else LAST_FR
    first = msg.first or firsts[h % len(firsts)]
    last = msg.last or lasts[(h // 97) % len(lasts)]
    region = msg.region or ("en" if msg.lang == "en" else "fr")
    domains = DOMAINS[region]
    domain = domains[(h // 7) % len(domains)]
    f, l = _ascii(first), _ascii(last)
    style = (h // 13) % 6
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{h % 90 + 10}", f"{f}{l}", f"{l}.{f}",
             f"{f}.{l}{(h // 5) % 40 + 60}"][style]
    return first, last, f"{local}@{domain}"


def _fill(text: str, first: str, last: str, addr: str) -> str:
    return (text.replace("%FIRST%", first).replace("%LAST%", last)
            .replace("%NAME%", f"{first} {last}").replace("%ADDR%", addr))


def _when(index: int) -> tuple[int, int, int, int]:
    """(day of October 2025 for this message, weekday index of it, hour, minute)."""
    day = index % 30 + 1
    weekday = (day + 1) % 7  # 1 Oct 2025 is a Wednesday (index 2)
    return day, weekday, 7 + (index * 5) % 15, (index * 17) % 60


def _quote_head(msg: Msg, index: int, sender: str, first: str, last: str, addr: str) -> str:
    """Attribution line/block for the quoted history of msg (sent a few days earlier)."""
    day, _weekday, hour, minute = _when(index)
    qday = max(1, day - 1 - index % 4)
    qwd = (qday + 1) % 7
    qh, qm = (hour + 3) % 24, (minute + 23) % 60
    who = _fill(msg.qfrom, first, last, addr) if msg.qfrom else f"{OWN_NAME} <{OWN}>"
    to = _fill(msg.qto, first, last, addr) if msg.qto else sender
    qsubj = msg.qsubject or re.sub(r"^(re|tr|fwd|fw)\s?:\s*", "", msg.subject, flags=re.IGNORECASE)
    en = msg.lang == "en"
    style = msg.qstyle
    if style == "gmail":
        if en:
            return f"On {DAYS_EN[qwd]}, {qday} Oct 2025 at {qh:02d}:{qm:02d}, {who} wrote:"
        return f"Le {DAYS_FR[qwd]} {qday} oct. 2025 à {qh:02d}:{qm:02d}, {who} a écrit :"
    if style == "apple":
        if en:
            return f"On {qday} Oct 2025, at {qh:02d}:{qm:02d}, {who} wrote:"
        return f"Le {qday} oct. 2025 à {qh:02d}:{qm:02d}, {who} a écrit :"
    if style == "outlook":
        if en:
            return ("________________________________\n"
                    f"From: {who}\nSent: {DAYS_EN_LONG[qwd]}, October {qday}, 2025 {qh:02d}:{qm:02d}\n"
                    f"To: {to}\nSubject: {qsubj}")
        return ("________________________________\n"
                f"De : {who}\nEnvoyé : {DAYS_FR_LONG[qwd]} {qday} octobre 2025 {qh:02d}:{qm:02d}\n"
                f"À : {to}\nObjet : {qsubj}")
    if style == "original":
        if en:
            return (f"-----Original Message-----\nFrom: {who}\n"
                    f"Sent: {DAYS_EN_LONG[qwd]}, {qday} October 2025 {qh:02d}:{qm:02d}\nTo: {to}\nSubject: {qsubj}")
        return (f"-----Message d'origine-----\nDe : {who}\n"
                f"Envoyé : {DAYS_FR_LONG[qwd]} {qday} octobre 2025 {qh:02d}:{qm:02d}\nÀ : {to}\nObjet : {qsubj}")
    if style == "fwd":
        if en:
            return (f"---------- Forwarded message ---------\nFrom: {who}\n"
                    f"Date: {DAYS_EN[qwd]}, {qday} Oct 2025 at {qh:02d}:{qm:02d}\nSubject: {qsubj}\nTo: {to}")
        return (f"---------- Forwarded message ---------\nDe : {who}\n"
                f"Date: {DAYS_FR[qwd]} {qday} oct. 2025 à {qh:02d}:{qm:02d}\nSubject: {qsubj}\nTo: {to}")
    if style == "fwd_fr":
        return (f"-------- Message transféré --------\nSujet : \t{qsubj}\n"
                f"Date : \t{DAYS_FR[qwd]} {qday} oct. 2025 {qh:02d}:{qm:02d}\nDe : \t{who}\nPour : \t{to}")
    raise ValueError(style)


def _quoted_plain(msg: Msg, index: int, sender: str, first: str, last: str, addr: str) -> str:
    head = _quote_head(msg, index, sender, first, last, addr)
    lines = _fill(msg.quoted, first, last, addr).strip("\n").split("\n")
    if msg.qstyle in ("gmail",):
        return "\n\n" + head + "\n\n" + "\n".join("> " + ln if ln else ">" for ln in lines)
    if msg.qstyle == "apple":
        return "\n\n> " + head + "\n> \n" + "\n".join("> " + ln if ln else "> " for ln in lines)
    return "\n\n" + head + "\n\n" + "\n".join(lines)


def _paras(text: str) -> str:
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))


def _html(msg: Msg, index: int, sender: str, first: str, last: str, addr: str) -> str:
    body = _fill(msg.body, first, last, addr)
    quoted = ""
    if msg.quoted:
        head = html.escape(_quote_head(msg, index, sender, first, last, addr)).replace("\n", "<br>")
        q = _paras(_fill(msg.quoted, first, last, addr))
        if msg.qstyle in ("gmail", "apple"):
            quoted = (f'<div class="gmail_quote"><div class="gmail_attr">{head}</div>'
                      f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                      f'padding-left:1ex">{q}</blockquote></div>')
        else:
            quoted = f'<div id="divRplyFwdMsg" style="border-top:1px solid #e1e1e1"><p>{head}</p></div>{q}'
    style = ["font-family:Arial,sans-serif", "font-family:Calibri,sans-serif;font-size:11pt",
             "font-family:Helvetica"][_h(msg.key) % 3]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div dir="ltr" style="{style}">{_paras(body) if body.strip() else "<br>"}</div>'
            f"{quoted}</body></html>\n")


def _plain(msg: Msg, index: int, sender: str, first: str, last: str, addr: str) -> str:
    body = _fill(msg.body, first, last, addr).strip("\n")
    if msg.quoted:
        body = body + _quoted_plain(msg, index, sender, first, last, addr)
    return body + "\n"


def _bounce(em: EmailMessage, msg: Msg, index: int, first: str, last: str, addr: str) -> None:
    day, weekday, hour, minute = _when(index)
    em.set_content(_fill(msg.body, first, last, addr).strip("\n") + "\n", charset="utf-8")
    em.make_mixed()
    em.set_type("multipart/report")
    em.set_param("report-type", "delivery-status")
    failed = msg.qto or "destinataire@example.fr"
    mta = msg.frm.split("@")[-1].rstrip(">") if msg.frm else "mx.example.net"
    per_msg = EmailMessage(policy=SMTP)
    per_msg["Reporting-MTA"] = f"dns; {mta}"
    per_msg["Arrival-Date"] = f"{DAYS_EN[weekday]}, {day} Oct 2025 {hour:02d}:{minute:02d}:00 +0200"
    per_rcpt = EmailMessage(policy=SMTP)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = msg.status or "5.1.1"
    per_rcpt["Diagnostic-Code"] = msg.diag or f"smtp; 550 5.1.1 <{failed}>: Recipient address rejected: User unknown"
    ds = EmailMessage(policy=SMTP)
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    ds.set_payload([per_msg, per_rcpt])
    em.attach(ds)
    hdrs = EmailMessage(policy=SMTP)
    hdrs["Content-Type"] = "text/rfc822-headers"
    hdrs["Content-Description"] = "Undelivered Message Headers"
    hdrs.set_payload(
        f"From: {OWN_NAME} <{OWN}>\r\nTo: {failed}\r\nSubject: {Header(msg.qsubject, 'utf-8').encode()}\r\n"
        f"Date: {DAYS_EN[weekday]}, {day} Oct 2025 {hour:02d}:{max(0, minute - 1):02d}:12 +0200\r\n"
        f"Message-ID: <{_h(msg.key) % 10**9:09d}.sd@orange.fr>\r\n")
    em.attach(hdrs)


def build(msg: Msg, index: int) -> bytes:
    em = EmailMessage(policy=SMTP)
    first, last, addr = _person(msg)
    sender = _fill(msg.frm, first, last, addr) if msg.frm else f"{first} {last} <{addr}>"
    sender_addr = sender.rsplit("<", 1)[1].rstrip(">") if "<" in sender else sender
    if msg.frm and "%" not in msg.frm:
        addr = sender_addr  # a fixed sender: placeholders refer to it
    em["From"] = sender
    em["To"] = msg.to or f"{OWN_NAME} <{OWN}>"
    subject = _fill(msg.subject, first, last, addr)
    if msg.quoted and msg.qsubject:
        subject = msg.qsubject  # a reply or forward keeps the subject of the mail it answers
    if msg.quoted and subject and not subject.lower().startswith(("re:", "re :", "tr:", "tr :", "fwd:", "fw:", "réf")):
        fwd = msg.qstyle.startswith("fwd")
        subject = ("Fwd: " if msg.lang == "en" else "TR: ") + subject if fwd else ("RE: " if msg.qstyle in ("outlook", "original") else "Re: ") + subject
    em["Subject"] = subject
    day, weekday, hour, minute = _when(index)
    em["Date"] = f"{DAYS_EN[weekday]}, {day:02d} Oct 2025 {hour:02d}:{minute:02d}:{(index * 7) % 60:02d} +0200"
    domain = sender_addr.split("@")[-1]
    em["Message-ID"] = f"<{_h(msg.key) % 10**12:012d}.{index:04d}@{domain}>"
    if msg.quoted and not msg.qstyle.startswith("fwd"):
        em["In-Reply-To"] = f"<{_h(msg.key + 'prev') % 10**10:010d}@orange.fr>"
    for key, value in msg.headers:
        em[key] = value
    if msg.kind == "bounce":
        _bounce(em, msg, index, first, last, addr)
    elif msg.html:
        em.set_content(_html(msg, index, sender, first, last, addr), subtype="html", charset="utf-8",
                       cte="quoted-printable")
    else:
        em.set_content(_plain(msg, index, sender, first, last, addr), charset="utf-8", cte="quoted-printable")
        if msg.alt:
            em.add_alternative(_html(msg, index, sender, first, last, addr), subtype="html", charset="utf-8",
                               cte="quoted-printable")
    for filename, mimetype, content in msg.attach:
        maintype, subtype = mimetype.split("/")
        em.add_attachment(content.encode("utf-8"), maintype=maintype, subtype=subtype, filename=filename)
    n = 0
    for part in em.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"=_{PREFIX}_{index:04d}_{n}_{_h(msg.key) % 10**8:08d}")
    return em.as_bytes()


def ordered() -> list[Msg]:
    return sorted(MESSAGES, key=lambda m: hashlib.sha256(("blind4/" + m.key).encode("utf-8")).hexdigest())


def main() -> None:
    labels: dict[str, dict[str, object]] = {}
    keys: set[str] = set()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    for index, msg in enumerate(ordered(), start=1):
        assert msg.key not in keys, msg.key
        keys.add(msg.key)
        assert all(r in RIGHTS for r in msg.rights), msg.key
        name = f"{PREFIX}-{index:04d}.eml"
        (HERE / name).write_bytes(build(msg, index))
        labels[name] = {"key": msg.key, "rights": sorted(msg.rights)}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {r: sum(1 for v in labels.values() if r in v["rights"]) for r in RIGHTS}
    negatives = sum(1 for v in labels.values() if not v["rights"])
    multi = sum(1 for v in labels.values() if len(v["rights"]) > 1)
    langs = {lang: sum(1 for m in MESSAGES if m.lang == lang) for lang in ("fr", "en")}
    print(len(labels), "messages;", len(labels) - negatives, "requests;", negatives, "negatives;",
          multi, "multi-right;", "langs", langs)
    print("per right:", counts)
    print("ambiguous (noted):", sum(1 for m in MESSAGES if m.note))


if __name__ == "__main__":
    main()
