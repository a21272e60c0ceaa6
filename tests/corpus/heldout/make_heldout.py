"""Generate the held-out recognition corpus (tests/corpus/heldout): .eml files and labels.json.

Run from the repository root: ``.venv/bin/python tests/corpus/heldout/make_heldout.py``.
Deterministic. Texts and labels are in texts.py; this script only wraps them in MIME
(plain, quoted-printable, base64, latin-1, HTML-only, multipart/alternative), with realistic
headers, quoted replies (Gmail, Outlook, Apple Mail, English, bottom-posted) and forwards.
Evaluate with the practitioner's address as own address:
``DSR_CONTACT_ADDRESS=sandra.delomenie@orange.fr .venv/bin/dsr eval tests/corpus/heldout``.
"""

from __future__ import annotations

import json
import random
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts import MESSAGES, OWN, M  # noqa: E402

RNG = random.Random(4242)
FR_SENDERS = [
    ("Aurore Lebrun", "aurore.lebrun@gmail.com"), ("Yves Dufresne", "y.dufresne@orange.fr"),
    ("Samia Kaci", "samia.kaci@hotmail.fr"), ("Gwen Le Goff", "gwen.legoff@free.fr"),
    ("Benoît Carré", "benoit.carre@laposte.net"), ("Morgane Tessier", "morgane.t@yahoo.fr"),
    ("Quentin Vidal", "quentin.vidal@sfr.fr"), ("Louise Barbier", "louise.barbier@icloud.com"),
    ("Fatou Ndiaye", "fatou.ndiaye@outlook.fr"), ("Régis Hamon", "regis.hamon@wanadoo.fr"),
]
EN_SENDERS = [
    ("Mateusz Nowak", "mateusz.nowak@wp.pl"), ("Oliver Grant", "oliver.grant@gmail.com"),
    ("Giulia Romano", "giulia.romano@libero.it"), ("Priyanka Rao", "priyanka.rao@outlook.com"),
    ("Lukas Brenner", "lukas.brenner@gmx.de"), ("Yuki Tanaka", "yuki.tanaka@gmail.com"),
    ("Hannah Moss", "hannah.moss@btinternet.com"), ("Jorge Silva", "jorge.silva@sapo.pt"),
]
START = datetime(2025, 3, 3, 8, 0, tzinfo=timezone(timedelta(hours=1)))
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def _addr(person: tuple[str, str]) -> str:
    return formataddr(person)


def _quoted(m: M, when: datetime) -> str:
    assert m.quote is not None
    name, email = m.quote_from
    lines = m.quote.splitlines()
    fr_date = f"{FR_DAYS[when.weekday()]} {when.day} {FR_MONTHS[when.month - 1]} {when.year} à {when:%H:%M}"
    if m.quote_style == "outlook":
        return ("________________________________\n"
                f"De : {name} <{email}>\nEnvoyé : {when:%d/%m/%Y %H:%M}\n"
                f"À : {OWN[1]}\nObjet : {m.subject.removeprefix('RE: ').removeprefix('Re: ')}\n\n"
                + m.quote)
    if m.quote_style == "apple":
        return (f"> Le {when.day} {FR_MONTHS[when.month - 1]} {when.year} à {when:%H:%M}, {name} <{email}> a écrit :\n>\n"
                + "\n".join("> " + line if line else ">" for line in lines))
    if m.quote_style == "en":
        return (f"On {when:%a, %d %b %Y at %H:%M}, {name} <{email}> wrote:\n\n"
                + "\n".join("> " + line if line else ">" for line in lines))
    return (f"Le {fr_date}, {name} <{email}> a écrit :\n\n"
            + "\n".join("> " + line if line else ">" for line in lines))


def _forwarded(m: M, sender: tuple[str, str], when: datetime, i: int) -> str:
    assert m.forward is not None
    name, email = m.forward_from or sender
    style = i % 3
    if style == 0:
        return ("---------- Forwarded message ---------\n"
                f"De : {name} <{email}>\nDate: {format_datetime(when)}\nSubject: {m.forward_subject}\n"
                f"To: <{OWN[1]}>\n\n" + m.forward)
    if style == 1:
        return ("-------- Message transféré --------\n"
                f"Sujet : {m.forward_subject}\nDate : {when:%d/%m/%Y %H:%M}\nDe : {name} <{email}>\n"
                f"Pour : {OWN[1]}\n\n" + m.forward)
    return ("Début du message réexpédié :\n\n"
            f"De: {name} <{email}>\nObjet: {m.forward_subject}\nDate: {when:%d %B %Y à %H:%M}\n"
            f"À: {OWN[1]}\n\n" + m.forward)


def _strip_html(html: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</div>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _to_html(text: str) -> str:
    return "".join(f"<div>{escape(line) or '<br>'}</div>" for line in text.splitlines())


def _text(text: str, subtype: str, cte: str) -> Message:
    part = EmailMessage()
    part.set_content(text, subtype=subtype, charset="utf-8", cte=cte)
    del part["MIME-Version"]
    return part


def build(m: M, i: int) -> bytes:
    when = START + timedelta(hours=7 * i + RNG.randint(0, 6), minutes=RNG.randint(0, 59))
    own = m.sender == OWN
    if m.sender is not None:
        sender = m.sender
    else:
        pool = EN_SENDERS if m.lang == "en" else FR_SENDERS
        sender = pool[RNG.randrange(len(pool))]
    recipient = ("Paul Girard", "paul.girard@gmail.com") if own else OWN
    body = m.body
    is_html = body.lstrip().startswith("<")
    extra = ""
    if m.quote is not None:
        quoted = _quoted(m, when - timedelta(days=2))
        if m.quote_style == "bottom":
            body = quoted + "\n\n" + body
        else:
            extra = quoted
    if m.forward is not None:
        extra = _forwarded(m, sender, when - timedelta(days=30), i)
    if is_html:
        html = body + (("<br><div>" + _to_html(extra) + "</div>") if extra else "")
        plain = _strip_html(body) + ("\n\n" + extra if extra else "")
    else:
        plain = body + ("\n\n" + extra if extra else "")
        html = _to_html(plain)
    msg: Message
    if m.mime == "html":
        msg = _text(html, "html", "quoted-printable")
    elif m.mime == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(_text(plain, "plain", "8bit"))
        msg.attach(_text(html, "html", "quoted-printable"))
    elif m.mime == "latin1":
        msg = MIMEText(plain, "plain", "iso-8859-1")
    elif m.mime == "qp":
        msg = _text(plain, "plain", "quoted-printable")
    elif m.mime == "b64":
        msg = _text(plain, "plain", "base64")
    else:
        msg = _text(plain, "plain", "8bit")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    msg["From"] = _addr(sender)
    msg["To"] = _addr(recipient)
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<heldout-{i:04d}.{zlib.crc32(m.key.encode()) % 10**8:08d}@{sender[1].split('@')[1]}>"
    if m.subject.lower().startswith(("re:", "re :")) or m.quote is not None:
        msg["In-Reply-To"] = f"<sent-{i:04d}@orange.fr>"
        msg["References"] = f"<sent-{i:04d}@orange.fr>"
    for key, value in m.headers.items():
        msg[key] = value
    return msg.as_bytes()


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    labels: dict[str, dict[str, list[str]]] = {}
    order = list(range(len(MESSAGES)))
    RNG.shuffle(order)
    for n, idx in enumerate(order, start=1):
        m = MESSAGES[idx]
        name = f"ho-{n:04d}.eml"
        (HERE / name).write_bytes(build(m, n))
        labels[name] = {"rights": sorted(m.rights), "key": m.key, "category": m.category}  # type: ignore[dict-item]
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(labels)} messages written to {HERE}")


if __name__ == "__main__":
    main()
