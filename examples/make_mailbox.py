"""Writes examples/mailbox/*.eml: the sample mailbox the demo ingests (fictional people).

Run ``python examples/make_mailbox.py`` to regenerate. The messages carry the
Authentication-Results header her provider (mx.orange.fr) adds, as real mail would.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent / "mailbox"
TO = "sandra.delomenie@orange.fr"


def auth(domain: str, ok: bool = True) -> str:
    verdict = "pass" if ok else "fail"
    return (f"mx.orange.fr; dkim={verdict} header.d={domain}; spf={verdict} smtp.mailfrom={domain}; "
            f"dmarc={verdict} header.from={domain}")


MESSAGES = [
    ("01-camille-acces.eml", "Camille Martin <camille.martin@exemple.fr>", "Mes données personnelles",
     "Mon, 23 Nov 2026 09:14:00 +0100", True, None,
     "Bonjour Sandra,\n\nSuite à notre accompagnement, je souhaiterais recevoir une copie de toutes les "
     "données personnelles que vous conservez à mon sujet (article 15 du RGPD).\n\nMerci beaucoup,\n"
     "Camille Martin\n06 12 34 56 78\n"),
    ("02-jerome-effacement.eml", "Jérôme Dupré <jerome.dupre@exemple.com>", "Suppression de mon compte et de mes données",
     "Tue, 24 Nov 2026 18:02:00 +0100", True, None,
     "Bonjour,\n\nJe ne suis plus vos formations. Merci de supprimer toutes mes données personnelles "
     "de vos fichiers et de vos outils.\n\nCordialement,\nJérôme Dupré\n"),
    ("03-marc-newsletter.eml", "Marc Petit <marc.petit@exemple.fr>", "newsletter",
     "Wed, 25 Nov 2026 07:45:00 +0100", True, None,
     "bonjour je veux plus recevoir vos mails de newsletter, merci de me desinscrire\nMarc\n"),
    ("04-helene-english.eml", "Helene Lefevre-Roussel <helene.lefevre@exemple.net>", "Data access request",
     "Wed, 25 Nov 2026 11:30:00 +0100", True, None,
     "Hello,\n\nUnder Article 15 GDPR, please send me a copy of the personal data you hold about me, "
     "in a machine-readable format if possible.\n\nKind regards,\nHelene Lefevre-Roussel\n"),
    ("05-inconnu-acces.eml", "Dominique Faure <d.faure@exemple.org>", "Demande RGPD",
     "Wed, 25 Nov 2026 16:20:00 +0100", False, None,
     "Madame,\n\nJe vous prie de me communiquer l'ensemble des données me concernant que vous traitez.\n\n"
     "Dominique Faure\n"),
    ("06-question-atelier.eml", "Camille Martin <camille.martin@exemple.fr>", "Atelier de mars",
     "Thu, 26 Nov 2026 08:05:00 +0100", True, None,
     "Bonjour Sandra,\n\nReste-t-il une place pour l'atelier du 14 mars ? Sinon pouvez-vous supprimer "
     "mon inscription à la liste d'attente ?\n\nBelle journée,\nCamille\n"),
    ("07-absence.eml", "Marc Petit <marc.petit@exemple.fr>", "Réponse automatique : Absent du bureau",
     "Thu, 26 Nov 2026 08:30:00 +0100", True, {"Auto-Submitted": "auto-replied"},
     "Je suis absent jusqu'au 30 novembre et lirai votre message à mon retour.\n"),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for index, (name, sender, subject, date, ok, extra, body) in enumerate(MESSAGES, start=1):
        message = EmailMessage()
        domain = sender.rsplit("@", 1)[1].rstrip(">")
        message["Authentication-Results"] = auth(domain, ok) if ok else "mx.orange.fr; spf=none; dkim=none; dmarc=none"
        message["From"] = sender
        message["To"] = TO
        message["Subject"] = subject
        message["Date"] = date
        message["Message-ID"] = f"<demo-{index:02d}@{domain}>"
        for key, value in (extra or {}).items():
            message[key] = value
        message.set_content(body)
        (OUT / name).write_bytes(bytes(message))


if __name__ == "__main__":
    main()
