"""Shared helpers for the b32 record files (standard library only)."""

SANDRA = "Sandra Deloménie <sandra.delomenie@orange.fr>"
SANDRA_BARE = "sandra.delomenie@orange.fr"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"
CONTACT_BARE = "contact@floraisondesoi.fr"

SIG_SANDRA = (
    "Sandra Deloménie\n"
    "Coach & formatrice – Floraison de Soi\n"
    "46 rue d'Estienne d'Orves – 36100 Issoudun\n"
    "06 81 84 21 73"
)


def M(key, rights, lang, frm, date, subject, body, **kw):
    """One message record. `rights` is the label (list of right names)."""
    rec = dict(key=key, rights=sorted(rights), lang=lang, frm=frm, date=date,
               subject=subject, body=body)
    rec.update(kw)
    return rec


def q(text):
    """Quote text with '> ' like most mail clients."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if line == "" else "> " + line)
    return "\n".join(out)


def gmail_fr(when, who, text):
    return "Le " + when + ", " + who + " a écrit :\n" + q(text)


def gmail_en(when, who, text):
    return "On " + when + ", " + who + " wrote:\n" + q(text)


def apple_fr(when, who, text):
    return "> Le " + when + ", " + who + " a écrit :\n>\n" + q(text)


def outlook_fr(frm, sent, to, subject, text):
    return ("________________________________\n"
            "De : " + frm + "\n"
            "Envoyé : " + sent + "\n"
            "À : " + to + "\n"
            "Objet : " + subject + "\n\n" + text.strip("\n"))


def outlook_en(frm, sent, to, subject, text):
    return ("________________________________\n"
            "From: " + frm + "\n"
            "Sent: " + sent + "\n"
            "To: " + to + "\n"
            "Subject: " + subject + "\n\n" + text.strip("\n"))


def fwd_fr(frm, date, subject, to, text):
    return ("---------- Message transféré ---------\n"
            "De : " + frm + "\n"
            "Date : " + date + "\n"
            "Objet : " + subject + "\n"
            "À : " + to + "\n\n" + text.strip("\n"))


def fwd_en(frm, date, subject, to, text):
    return ("---------- Forwarded message ---------\n"
            "From: " + frm + "\n"
            "Date: " + date + "\n"
            "Subject: " + subject + "\n"
            "To: " + to + "\n\n" + text.strip("\n"))
