"""Shared helpers for the b27 record files (standard library only).

Records are plain dicts built with M(). Quoting helpers render reply
history the way common mail clients do (Gmail FR/EN, Outlook FR/EN,
Apple Mail, forwarded blocks).
"""
import datetime

SANDRA = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
CONTACT = ("Floraison de Soi", "contact@floraisondesoi.fr")

SIG_SANDRA = """Sandra Delomenie
Floraison de Soi - coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun
06 81 84 21 73"""

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
           "sept.", "oct.", "nov.", "déc."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def _dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def M(key, lang, rights, frm, date, subject, body, **kw):
    """One message record. rights: list of rights exercised ([] = negative)."""
    rec = dict(key=key, lang=lang, rights=sorted(rights), frm=frm, date=date,
               subject=subject, body=body)
    rec.setdefault("to", SANDRA)
    rec.update(kw)
    return rec


def _quote(text):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if line == "" else "> " + line)
    return "\n".join(out)


def q_gmail_fr(when, name, addr, text):
    d = _dt(when)
    head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
        JOURS_AB[d.weekday()], d.day, MOIS_AB[d.month - 1], d.year,
        d.hour, d.minute, name, addr)
    return head + "\n" + _quote(text) + "\n"


def q_gmail_en(when, name, addr, text):
    d = _dt(when)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    head = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day, d.year,
        h12, d.minute, ampm, name, addr)
    return head + "\n" + _quote(text) + "\n"


def q_apple_fr(when, name, addr, text):
    d = _dt(when)
    head = "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n>" % (
        d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, name, addr)
    return head + "\n" + _quote(text) + "\n"


def q_apple_en(when, name, addr, text):
    d = _dt(when)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    head = "> On %d %s %d, at %d:%02d %s, %s <%s> wrote:\n>" % (
        d.day, MONTHS[d.month - 1][:3], d.year, h12, d.minute, ampm, name, addr)
    return head + "\n" + _quote(text) + "\n"


def q_outlook_fr(when, name, addr, to, subject, text):
    d = _dt(when)
    head = ("________________________________\n"
            "De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n" % (
                name, addr, JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year,
                d.hour, d.minute, to, subject))
    return head + "\n" + text.strip("\n") + "\n"


def q_outlook_en(when, name, addr, to, subject, text):
    d = _dt(when)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    head = ("________________________________\n"
            "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n" % (
                name, addr, DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year,
                h12, d.minute, ampm, to, subject))
    return head + "\n" + text.strip("\n") + "\n"


def fwd_gmail_fr(when, name, addr, to, subject, text):
    d = _dt(when)
    head = ("---------- Forwarded message ---------\n"
            "De : %s <%s>\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s\n" % (
                name, addr, JOURS_AB[d.weekday()], d.day, MOIS_AB[d.month - 1], d.year,
                d.hour, d.minute, subject, to))
    return head + "\n" + text.strip("\n") + "\n"


def fwd_gmail_en(when, name, addr, to, subject, text):
    d = _dt(when)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    head = ("---------- Forwarded message ---------\n"
            "From: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: %s\n" % (
                name, addr, DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day, d.year,
                h12, d.minute, ampm, subject, to))
    return head + "\n" + text.strip("\n") + "\n"


def fwd_outlook_fr(when, name, addr, to, subject, text):
    d = _dt(when)
    head = ("-----Message d'origine-----\n"
            "De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n" % (
                name, addr, JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year,
                d.hour, d.minute, to, subject))
    return head + "\n" + text.strip("\n") + "\n"
