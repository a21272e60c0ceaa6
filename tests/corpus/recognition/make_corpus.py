"""Generate the labelled recognition corpus: .eml files and labels.json.

Run from the repository root: ``.venv/bin/python tests/corpus/recognition/make_corpus.py``.
Deterministic (seeded). The core texts are hand-written (texts_positive.py,
texts_negative.py); this script wraps them in varied greetings, context, signatures, replies
and forwards, and MIME shapes (plain, quoted-printable, base64, latin-1, multipart/alternative,
HTML-only, attachments including PDFs, one encrypted and one broken), with realistic headers.
All people, addresses and numbers are invented.
"""

from __future__ import annotations

import io
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts_negative import NEGATIVE  # noqa: E402
from texts_positive import POSITIVE  # noqa: E402

OWN = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
RNG = random.Random(20260301)

FR_PEOPLE = [
    ("Claire Martin", "claire.martin@laposte.net"), ("Julien Petit", "jl.petit@free.fr"),
    ("Nadia Benali", "nadia.benali@gmail.com"), ("Sophie Lambert", "sophie.lambert@orange.fr"),
    ("Marc Berthier", "marc.berthier@sfr.fr"), ("Isabelle Roux", "isa.roux@hotmail.fr"),
    ("Thomas Garnier", "t.garnier@outlook.fr"), ("Léa Fontaine", "lea.fontaine@yahoo.fr"),
    ("Hélène Perrin", "helene.perrin@wanadoo.fr"), ("Karim Haddad", "karim.haddad@gmail.com"),
    ("Élodie Caron", "elodie.caron@icloud.com"), ("Patrick Morel", "pmorel59@free.fr"),
    ("Camille Dubois", "camille.db@protonmail.com"), ("Aurélie Faure", "aurelie.faure@gmail.com"),
]
EN_PEOPLE = [
    ("Sarah Collins", "sarah.collins@gmail.com"), ("James O'Neill", "jamesoneill@outlook.com"),
    ("Priya Shah", "priya.shah@yahoo.co.uk"), ("Tom Baker", "tom.baker@btinternet.com"),
    ("Emma Walsh", "emma.walsh@icloud.com"), ("Daniel Kim", "dkim@fastmail.com"),
    ("Laura Fischer", "laura.fischer@gmx.net"), ("Ben Carter", "bcarter@proton.me"),
]
FR_GREET = ["Bonjour,", "Bonjour Sandra,", "Madame,", "Bonsoir,", "Hello Sandra,", "", "Chère Sandra,", "Madame Delomenie,"]
EN_GREET = ["Hi,", "Hello Sandra,", "Dear Ms Delomenie,", "", "Hi Sandra,", "Good morning,", "Dear Sandra,"]
FR_CONTEXT = [
    "", "", "J'espère que vous allez bien.", "J'ai participé à l'un de vos ateliers l'an dernier.",
    "Je vous écris au sujet de notre accompagnement de l'automne dernier.", "",
    "Je me permets de vous écrire directement.", "Nous nous sommes croisées au salon de Tours.",
]
EN_CONTEXT = [
    "", "", "I hope you are well.", "I attended one of your workshops in Lyon last year.", "",
    "I was one of your coaching clients in 2024.", "Apologies for writing in English.",
]
FR_CLOSE = [
    "Cordialement,\n{name}", "Merci d'avance,\n{name}", "Bien à vous\n{name}\n{street}\n{city}\n{phone}",
    "Belle journée,\n{first}", "--\n{name}\n{phone}", "Bien cordialement\n\n{name}\nClient n° {cid}",
    "{first}\n\nEnvoyé de mon iPhone", "Merci\n{first}", "Salutations,\n{name}",
]
EN_CLOSE = [
    "Best regards,\n{name}", "Thanks,\n{first}", "Kind regards\n{name}\n{phone}", "Cheers,\n{first}",
    "{first}\n\nSent from my iPhone", "Yours sincerely,\n{name}\n{street}\n{city}", "Many thanks\n{name}",
]
STREETS = ["12 rue des Lilas", "4 chemin des Fins", "27 avenue Jean Jaurès", "3 impasse du Moulin", "8 place Bellecour"]
CITIES = ["37000 Tours", "74000 Annecy", "69002 Lyon", "44000 Nantes", "75011 Paris"]
EN_STREETS = ["18 Kingsway", "42 Mill Lane", "7 Park Road"]
EN_CITIES = ["Bristol BS1 4QT", "Leeds LS2 9JT", "London N1 7AA"]
QUOTED_FR = [
    "Bonjour,\nJe vous rappelle l'atelier de samedi à 10h. Pensez à apporter un carnet.\nSandra",
    "Bonjour,\nVoici le lien pour notre séance en visio de jeudi. Si vous souhaitez vous désinscrire de la newsletter, dites-le moi.\nBelle journée,\nSandra",
    "Merci pour votre message, je reviens vers vous rapidement.\nSandra Delomenie\nFloraison de Soi",
]
QUOTED_EN = [
    "Hi,\nJust a reminder that our session is on Thursday at 6pm. Feel free to delete the old link.\nSandra",
    "Thanks for your message, I'll get back to you shortly.\nSandra",
]
QUOTED_REQUEST_FR = [
    "Bonjour,\nJe vous demande de supprimer toutes mes données personnelles.\nMerci",
    "Bonjour Sandra,\nJe vous confirme la suppression de vos données, sauf les factures.\nSandra",
    "Bonjour,\nMerci de m'envoyer une copie de mes données.\nCordialement",
]
QUOTED_REQUEST_EN = [
    "Hello,\nPlease delete all the personal data you hold about me.\nThanks",
    "Hi,\nI confirm that your data has been erased, except invoices which I must keep.\nSandra",
]


def _people(lang: str) -> tuple[str, str]:
    return RNG.choice(FR_PEOPLE if lang == "fr" else EN_PEOPLE)


def _phone(lang: str) -> str:
    if lang == "fr":
        return RNG.choice(["06", "07", "+33 6"]) + " " + " ".join(f"{RNG.randint(0, 99):02d}" for _ in range(4))
    return "+44 7700 9" + f"{RNG.randint(0, 99999):05d}"


def compose(lang: str, core: str, name: str) -> str:
    """Greeting, context, the core text, a closing and a signature."""
    greet = RNG.choice(FR_GREET if lang == "fr" else EN_GREET)
    context = RNG.choice(FR_CONTEXT if lang == "fr" else EN_CONTEXT)
    close = RNG.choice(FR_CLOSE if lang == "fr" else EN_CLOSE)
    first = name.split()[0]
    street = RNG.choice(STREETS if lang == "fr" else EN_STREETS)
    city = RNG.choice(CITIES if lang == "fr" else EN_CITIES)
    sig = close.format(name=name, first=first, phone=_phone(lang), street=street, city=city,
                       cid=RNG.randint(1000, 9999))
    parts = [p for p in (greet, context, core) if p]
    if RNG.random() < 0.25 and len(core) > 60:  # wrap long lines like old mail clients
        words, lines, line = core.split(), [], ""
        for w in words:
            if len(line) + len(w) > 70:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        parts[-1] = "\n".join(lines)
    return "\n\n".join(parts) + "\n\n" + sig + "\n"


def quote_block(lang: str, text: str, when: datetime, outlook: bool) -> str:
    if outlook:
        if lang == "fr":
            head = (f"De : {OWN[0]} <{OWN[1]}>\nEnvoyé : {when:%d/%m/%Y %H:%M}\nÀ : client\n"
                    "Objet : message\n\n")
        else:
            head = f"From: {OWN[0]} <{OWN[1]}>\nSent: {when:%d %B %Y %H:%M}\nTo: client\nSubject: message\n\n"
        return "________________________________\n" + head + text
    if lang == "fr":
        attribution = f"Le {when:%d/%m/%Y} à {when:%H:%M}, {OWN[0]} <{OWN[1]}> a écrit :"
    else:
        attribution = f"On {when:%a, %d %b %Y} at {when:%H:%M}, {OWN[0]} <{OWN[1]}> wrote:"
    return attribution + "\n" + "\n".join("> " + ln for ln in text.split("\n"))


def html_of(text: str) -> str:
    paragraphs = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return f"<html><head><style>p{{margin:0}}</style></head><body><div dir=\"ltr\">{paragraphs}</div></body></html>"


def make_pdf(text: str, encrypted: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    data = bytes(pdf.output())
    if encrypted:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt("secret-pw", algorithm="AES-128")
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def text_part(body: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    part = MIMEText("", "plain")
    part.set_payload(body, cs)
    return part


def build(lang: str, subject: str, body: str, sender: tuple[str, str], shape: str, when: datetime,
          index: int, extra: dict[str, str] | None = None) -> Message:
    if shape == "latin1":
        try:
            body.encode("iso-8859-1")
        except UnicodeEncodeError:
            shape = "qp"
    charset = "iso-8859-1" if shape == "latin1" else "utf-8"
    cte = {"qp": "qp", "b64": "b64", "latin1": "qp"}.get(shape, "8bit")
    if shape == "alternative":
        msg: Message = MIMEMultipart("alternative")
        msg.attach(text_part(body, "utf-8", "qp"))
        msg.attach(MIMEText(html_of(body), "html", "utf-8"))
    elif shape == "html":
        msg = MIMEText(html_of(body), "html", "utf-8")
    elif shape in ("pdf", "pdf_encrypted", "pdf_broken", "image"):
        msg = MIMEMultipart("mixed")
        msg.attach(text_part(body, "utf-8", "qp"))
        if shape == "image":
            img = MIMEImage(b"\xff\xd8\xff\xe0" + bytes(RNG.randrange(256) for _ in range(600)), "jpeg")
            img.add_header("Content-Disposition", "attachment", filename="carte_identite_recto.jpg")
            msg.attach(img)
        else:
            letter = "Courrier - demande relative a mes donnees personnelles.\n" + sender[0]
            data = make_pdf(letter, encrypted=shape == "pdf_encrypted")
            if shape == "pdf_broken":
                data = data[: len(data) // 3]
            app = MIMEApplication(data, "pdf")
            app.add_header("Content-Disposition", "attachment", filename="courrier.pdf")
            msg.attach(app)
    else:
        msg = text_part(body, charset, cte)
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(OWN) if sender[1] != OWN[1] else "claire.martin@laposte.net"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<corpus-{index:04d}.{RNG.randint(10**5, 10**6)}@{sender[1].split('@')[1]}>"
    msg["MIME-Version"] = "1.0"
    msg["Authentication-Results"] = f"mx.orange.fr; dkim=pass header.d={sender[1].split('@')[1]}; spf=pass"
    if RNG.random() < 0.3:
        msg["X-Mailer"] = RNG.choice(["Apple Mail (2.3774)", "Microsoft Outlook 16.0", "Thunderbird 115.6"])
    for key, value in (extra or {}).items():
        msg[key] = value
    return msg


SHAPES = ["plain", "plain", "qp", "b64", "latin1", "alternative", "alternative", "html", "plain", "qp"]


def positive_message(i: int, lang: str, subject: str, core: str) -> Message:
    sender = _people(lang)
    when = datetime(2026, 1, 5, 9, tzinfo=timezone(timedelta(hours=1))) + timedelta(hours=37 * i)
    body = compose(lang, core, sender[0])
    shape = RNG.choice(SHAPES)
    roll = RNG.random()
    extra: dict[str, str] = {}
    if roll < 0.2:
        quoted = RNG.choice(QUOTED_FR if lang == "fr" else QUOTED_EN)
        body += "\n" + quote_block(lang, quoted, when - timedelta(days=3), outlook=RNG.random() < 0.4) + "\n"
        subject = ("Re: " if lang == "en" or RNG.random() < 0.5 else "RE: ") + subject
        extra["In-Reply-To"] = f"<sent-{i:04d}@orange.fr>"
        extra["References"] = f"<sent-{i:04d}@orange.fr>"
    elif roll < 0.27:
        shape = RNG.choice(["pdf", "image", "pdf_encrypted", "pdf_broken"])
    elif roll < 0.32:
        extra["Reply-To"] = sender[1].replace("@", ".pro@")
    if i % 37 == 5:
        subject = f"{subject} [DSR-2026-{i:04d}]"
    return build(lang, subject, body, sender, shape, when, i, extra)


def negative_message(i: int, lang: str, kind: str, subject: str, core: str) -> Message:
    when = datetime(2026, 1, 6, 14, tzinfo=timezone(timedelta(hours=1))) + timedelta(hours=41 * i)
    sender = _people(lang)
    extra: dict[str, str] = {}
    shape = RNG.choice(SHAPES)
    body = compose(lang, core, sender[0])
    if kind == "autoreply":
        extra["Auto-Submitted"] = "auto-replied"
        if RNG.random() < 0.5:
            extra["X-Autoreply"] = "yes"
        body = core + "\n"
    elif kind == "autoreply_subject":
        extra["Precedence"] = RNG.choice(["bulk", "auto_reply", "junk"])
        body = core + "\n"
    elif kind == "bounce":
        sender = ("Mail Delivery System", RNG.choice(["MAILER-DAEMON@smtp.orange.fr", "postmaster@outlook.com"]))
        body = core + "\n\n------ Original message ------\nSubject: Suppression de vos données\n"
        msg = MIMEMultipart("report", report_type="delivery-status")
        msg.attach(MIMEText(body, "plain", "utf-8"))
        status = Message()
        status.set_type("message/delivery-status")
        block1, block2 = Message(), Message()
        block1["Reporting-MTA"] = "dns; smtp.orange.fr"
        block2["Final-Recipient"] = "rfc822; x@y.fr"
        block2["Action"] = "failed"
        block2["Status"] = "5.1.1"
        status.set_payload([block1, block2])
        msg.attach(status)
        msg["From"] = formataddr(sender)
        msg["To"] = formataddr(OWN)
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<bounce-{i:04d}@smtp.orange.fr>"
        return msg
    elif kind == "newsletter":
        sender = (RNG.choice(["Psychologies", "Happinez", "Coaching Mag", "Le Mag Bien-Être"]),
                  RNG.choice(["news@psychologies.com", "lettre@coachingmag.fr", "info@mag-bienetre.fr"]))
        extra["List-Unsubscribe"] = f"<https://lists.example.org/unsub/{i}>"
        extra["List-Id"] = "<newsletter.example.org>"
        body = core + "\n"
        shape = "alternative"
    elif kind == "stripe":
        sender = ("Stripe", RNG.choice(["notifications@stripe.com", "support@stripe.com"]))
        body = core + "\n"
    elif kind == "systeme":
        sender = ("Systeme.io", RNG.choice(["no-reply@systeme.io", "notifications@systeme.io"]))
        body = core + "\n"
    elif kind == "google":
        sender = ("Google", RNG.choice(["no-reply@accounts.google.com", "drive-shares-dm-noreply@google.com"]))
        body = core + "\n"
    elif kind == "noreply_calendly":
        sender = ("Calendly", "notifications@calendly.com")
        body = core + "\n"
    elif kind == "own":
        sender = OWN
        body = compose("fr" if lang == "fr" else "en", core, OWN[0])
    elif kind == "quoted":
        quoted = RNG.choice(QUOTED_REQUEST_FR if lang == "fr" else QUOTED_REQUEST_EN)
        body += "\n" + quote_block(lang, quoted, when - timedelta(days=2), outlook=RNG.random() < 0.4) + "\n"
        extra["In-Reply-To"] = f"<sent-n{i:04d}@orange.fr>"
    elif kind == "forward_info":
        banner = "---------- Forwarded message ---------" if lang == "en" else "-------- Message transféré --------"
        body += f"\n{banner}\nDe : La Lettre Pro <lettre@pro-coach.fr>\nObjet : RGPD\n\nComment répondre à une demande de suppression de données ? Les coachs doivent répondre sous un mois.\n"
    return build(lang, subject, body, sender, shape, when, 1000 + i, extra)


def main() -> None:
    out_dir = HERE
    for old in out_dir.glob("*.eml"):
        old.unlink()
    items: list[tuple[Message, list[str]]] = []
    for i, (lang, rights, subject, core) in enumerate(POSITIVE):
        items.append((positive_message(i, lang, subject, core), sorted(rights)))
    for i, (lang, kind, subject, core) in enumerate(NEGATIVE):
        items.append((negative_message(i, lang, kind, subject, core), []))
    RNG.shuffle(items)
    labels: dict[str, dict[str, list[str]]] = {}
    for n, (msg, rights) in enumerate(items, start=1):
        name = f"msg-{n:04d}.eml"
        (out_dir / name).write_bytes(msg.as_bytes())
        labels[name] = {"rights": rights}
    (out_dir / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(items)} messages written to {out_dir}")


if __name__ == "__main__":
    main()
