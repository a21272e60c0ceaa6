"""Small text helpers used by the record files (quoting styles, signatures).

Everything here is plain string manipulation so that the records stay readable
and the generator stays deterministic.
"""

SANDRA = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
SANDRA_CONTACT = ("Floraison de Soi", "contact@floraisondesoi.fr")

SIG_SANDRA = (
    "Sandra Delomenie\n"
    "Coach & formatrice - Floraison de Soi\n"
    "46 rue d'Estienne d'Orves - 36100 Issoudun\n"
    "06 81 84 21 73 - www.floraisondesoi.fr"
)

SIG_SANDRA_SHORT = "Sandra\nFloraison de Soi"


def _quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append(prefix + line)
    return "\n".join(out)


def gmail_fr(when, name, addr, text):
    """Gmail, French UI: 'Le lun. 3 mars 2025 a 10:12, X <y> a ecrit :'"""
    return "Le %s, %s <%s> a écrit :\n\n%s\n" % (when, name, addr, _quote(text))


def gmail_en(when, name, addr, text):
    return "On %s, %s <%s> wrote:\n\n%s\n" % (when, name, addr, _quote(text))


def apple_fr(when, name, addr, text):
    """Apple Mail, French: '> Le 3 mars 2025 a 10:12, X <y> a ecrit :'"""
    head = "> Le %s, %s <%s> a écrit :\n> \n" % (when, name, addr)
    return head + _quote(text) + "\n"


def apple_en(when, name, addr, text):
    head = "> On %s, %s <%s> wrote:\n> \n" % (when, name, addr)
    return head + _quote(text) + "\n"


def outlook_fr(name, addr, when, to, subject, text):
    return (
        "________________________________\n"
        "De : %s <%s>\n"
        "Envoyé : %s\n"
        "À : %s\n"
        "Objet : %s\n\n%s\n" % (name, addr, when, to, subject, text)
    )


def outlook_en(name, addr, when, to, subject, text):
    return (
        "-----Original Message-----\n"
        "From: %s <%s>\n"
        "Sent: %s\n"
        "To: %s\n"
        "Subject: %s\n\n%s\n" % (name, addr, when, to, subject, text)
    )


def fwd_gmail_fr(name, addr, when, subject, to, text):
    return (
        "---------- Forwarded message ---------\n"
        "De : %s <%s>\n"
        "Date: %s\n"
        "Subject: %s\n"
        "To: %s\n\n%s\n" % (name, addr, when, subject, to, text)
    )


def fwd_outlook_fr(name, addr, when, to, subject, text):
    return (
        "\n-------- Message transféré --------\n"
        "De : %s <%s>\n"
        "Envoyé : %s\n"
        "À : %s\n"
        "Objet : %s\n\n%s\n" % (name, addr, when, to, subject, text)
    )


def fwd_en(name, addr, when, subject, to, text):
    return (
        "---------- Forwarded message ---------\n"
        "From: %s <%s>\n"
        "Date: %s\n"
        "Subject: %s\n"
        "To: %s\n\n%s\n" % (name, addr, when, subject, to, text)
    )


NEWSLETTER_EXTRACT = (
    "Bonjour à toutes et à tous,\n\n"
    "Le printemps arrive et avec lui l'envie de faire de la place. Ce mois-ci je vous\n"
    "propose trois petits rituels pour alléger votre quotidien, et je vous annonce\n"
    "les dates du prochain atelier \"Oser dire non\" (samedi 12 avril, Issoudun).\n\n"
    "Belle journée à vous,\nSandra\n\n"
    "--\nVous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi.\n"
    "Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"
)

NEWSLETTER_EXTRACT_AUTUMN = (
    "Chère abonnée, cher abonné,\n\n"
    "La rentrée est là : nouveau cycle de cercles de parole le jeudi soir, et\n"
    "ouverture des inscriptions pour la formation en ligne \"Apprivoiser ses émotions\".\n"
    "Tarif doux jusqu'au 30 septembre.\n\n"
    "Sandra - Floraison de Soi\n"
    "Pour ne plus recevoir ces messages, cliquez ici."
)
