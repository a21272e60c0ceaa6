"""Build tests/corpus/blind3/*.eml and labels.json from blind3_texts.py (deterministic).

Run: .venv/bin/python tests/corpus/blind3/make_blind3.py
Each message is a single-part text/plain or text/html mail with fixed Date and Message-ID, so
the output is byte-identical on every run (tests/flows/test_recognition_blind3.py checks it).
"""

from __future__ import annotations

import html
import importlib.util
import json
import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN = "sandra.delomenie@orange.fr"


def _load_texts():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("blind3_texts", HERE / "blind3_texts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("blind3_texts", module)
    spec.loader.exec_module(module)
    return module


_texts = _load_texts()
MESSAGES = _texts.MESSAGES
Msg = _texts.Msg

FIRST = ["Claire", "Julie", "Nadia", "Hélène", "Sophie", "Camille", "Inès", "Marc", "Paul", "Léa",
         "Chloé", "Emma", "Lucas", "Manon", "Sarah", "Thomas", "Amandine", "Karine", "Nathalie",
         "Isabelle", "Mark", "Emily", "James", "Olivia", "Fatima", "Aurélie", "Élodie", "Yasmine"]
LAST = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre",
        "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Smith",
        "Jones", "Taylor", "Brown", "Mercier", "Blanc", "Guerin", "Faure", "Rousseau"]
DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
           "outlook.com", "sfr.fr", "icloud.com", "wanadoo.fr"]


def _sender(index: int) -> tuple[str, str]:
    first = FIRST[(index * 7) % len(FIRST)]
    last = LAST[(index * 11) % len(LAST)]
    local = (first + "." + last).lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("è", "e")):
        local = local.replace(a, b)
    return f"{first} {last}", f"{local}{index % 7 or ''}@{DOMAINS[index % len(DOMAINS)]}"


def _quote_plain(msg: Msg, index: int) -> str:
    lines = msg.quoted.strip("\n").split("\n")
    if msg.lang == "en":
        head = f"On Mon, {index % 27 + 1} Sep 2025 at 09:{index % 60:02d}, Sandra Delomenie <{OWN}> wrote:"
    else:
        head = f"Le lun. {index % 27 + 1} sept. 2025 à 09:{index % 60:02d}, Sandra Delomenie <{OWN}> a écrit :"
    if msg.quote_style == "outlook":
        head = ("-----Message d'origine-----\nDe : Sandra Delomenie <" + OWN + ">\n"
                f"Envoyé : lundi {index % 27 + 1} septembre 2025 09:{index % 60:02d}\nObjet : {msg.subject}")
        return "\n\n" + head + "\n\n" + "\n".join(lines)
    return "\n\n" + head + "\n" + "\n".join("> " + line if line else ">" for line in lines)


def _html(msg: Msg, index: int) -> str:
    paras = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in msg.body.strip().split("\n\n"))
    quoted = ""
    if msg.quoted:
        q = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in msg.quoted.strip().split("\n\n"))
        head = (f"On Mon, {index % 27 + 1} Sep 2025, Sandra Delomenie &lt;{OWN}&gt; wrote:" if msg.lang == "en"
                else f"Le lun. {index % 27 + 1} sept. 2025, Sandra Delomenie &lt;{OWN}&gt; a écrit :")
        quoted = f'<div class="gmail_quote">{head}<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{q}</blockquote></div>'
    return ('<html><head><meta charset="utf-8"></head><body><div dir="ltr" style="font-family:Arial">'
            f"{paras}</div>{quoted}</body></html>\n")


def build(msg: Msg, index: int) -> bytes:
    em = EmailMessage(policy=SMTP)
    if msg.frm:
        em["From"] = msg.frm
    else:
        name, addr = _sender(index)
        em["From"] = f"{name} <{addr}>"
    em["To"] = msg.to or f"Sandra Delomenie <{OWN}>"
    subject = msg.subject
    if msg.quoted and not subject.lower().startswith(("re:", "tr:", "fwd:", "réf")):
        subject = "Re: " + subject
    em["Subject"] = subject
    em["Date"] = f"Tue, {index % 28 + 1:02d} Oct 2025 {8 + index % 12:02d}:{index % 60:02d}:00 +0200"
    em["Message-ID"] = f"<b3-{index:04d}@blind3.example>"
    if msg.quoted:
        em["In-Reply-To"] = f"<prev-{index:04d}@orange.fr>"
    for key, value in msg.headers:
        em[key] = value
    if msg.html:
        em.set_content(_html(msg, index), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        body = msg.body.strip("\n") + "\n"
        if msg.quoted:
            body = msg.body.strip("\n") + _quote_plain(msg, index) + "\n"
        em.set_content(body, charset="utf-8", cte="quoted-printable")
    return em.as_bytes()


def main() -> None:
    labels: dict[str, dict[str, object]] = {}
    keys = set()
    for index, msg in enumerate(MESSAGES, start=1):
        assert msg.key not in keys, msg.key
        keys.add(msg.key)
        name = f"b3-{index:04d}.eml"
        (HERE / name).write_bytes(build(msg, index))
        labels[name] = {"key": msg.key, "rights": list(msg.rights)}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(labels), "messages;", sum(1 for v in labels.values() if not v["rights"]), "negatives")


if __name__ == "__main__":
    main()
