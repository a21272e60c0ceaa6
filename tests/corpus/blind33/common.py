"""Shared helpers for the b33 records: record constructor and quoting styles.

Only the Python standard library is used. Nothing here is random: every value
is written out literally in the record files.
"""

SANDRA = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
CONTACT = ("Floraison de Soi", "contact@floraisondesoi.fr")
TO_SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
TO_SANDRA_BARE = "sandra.delomenie@orange.fr"
TO_CONTACT = "contact@floraisondesoi.fr"
TO_CONTACT_NAMED = "Floraison de Soi <contact@floraisondesoi.fr>"

SIG_SANDRA = """Sandra Delomenie
Coach & formatrice - Floraison de Soi
46 rue d'Estienne d'Orves, 36100 Issoudun
06 81 84 21 73"""


def rec(key, rights, lang, date, frm, subject, body, **kw):
    """Build one record. frm is (display name, address)."""
    r = {
        "key": key,
        "rights": sorted(rights),
        "lang": lang,
        "date": date,
        "frm": frm,
        "subject": subject,
        "body": body,
    }
    r.update(kw)
    return r


def _prefix(text, mark="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append(mark + line)
    return "\n".join(out)


def gmail_fr(when, name, addr, text):
    """Gmail in French: 'Le lun. 3 mars 2025 à 10:12, X <x@y> a écrit :'."""
    return "Le %s, %s <%s> a écrit :\n\n%s" % (when, name, addr, _prefix(text))


def gmail_en(when, name, addr, text):
    return "On %s, %s <%s> wrote:\n\n%s" % (when, name, addr, _prefix(text))


def apple_fr(when, name, addr, text):
    return "> Le %s, %s <%s> a écrit :\n> \n%s" % (when, name, addr, _prefix(text))


def apple_en(when, name, addr, text):
    return "> On %s, %s <%s> wrote:\n> \n%s" % (when, name, addr, _prefix(text))


def outlook_fr(name, addr, sent, to, subject, text):
    return ("________________________________\n"
            "De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
            % (name, addr, sent, to, subject, text.strip("\n")))


def outlook_en(name, addr, sent, to, subject, text):
    return ("-----Original Message-----\n"
            "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (name, addr, sent, to, subject, text.strip("\n")))


def fwd_gmail_fr(name, addr, date, subject, to, text):
    return ("---------- Forwarded message ---------\n"
            "De : %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (name, addr, date, subject, to, text.strip("\n")))


def fwd_apple_fr(name, addr, date, subject, to, text):
    return ("Début du message réexpédié :\n\n"
            "De: %s <%s>\nObjet: %s\nDate: %s\nÀ: %s\n\n%s"
            % (name, addr, subject, date, to, text.strip("\n")))


def fwd_outlook_fr(name, addr, sent, to, subject, text):
    return ("-----Message d'origine-----\n"
            "De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
            % (name, addr, sent, to, subject, text.strip("\n")))


# Sandra's newsletter excerpts, quoted under replies.
NL_AVRIL = """🌿 La Lettre de Floraison de Soi - avril

Bonjour,

Le printemps revient et avec lui l'envie de faire de la place. Ce mois-ci je vous
propose un petit exercice : trois choses que vous avez envie de laisser derrière vous.

Atelier « Oser dire non » : samedi 17 mai, 9h30-12h30, Issoudun (35 EUR).
Places limitées à 10 personnes.

Belle floraison à vous,
Sandra

Vous recevez cet email car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

NL_SEPT = """La Lettre de Floraison de Soi - rentrée

Bonjour,

La rentrée, c'est aussi pour les adultes ! Reprendre un rythme, poser ses intentions,
revoir ses priorités... Le programme « Cap Sérénité » (6 séances) reprend le 22 septembre.

Nouveau : un atelier parents-ados « Mieux se parler » le mercredi 8 octobre.

À très vite,
Sandra

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

NL_DEC = """Floraison de Soi - la lettre de décembre

Bonjour,

Décembre est souvent un mois chargé. Et si vous vous offriez une heure rien qu'à vous ?
Les cartes cadeaux « Séance découverte » sont disponibles jusqu'au 20 décembre.

Douces fêtes,
Sandra

Pour ne plus recevoir cette lettre : https://floraisondesoi.systeme.io/unsubscribe"""
