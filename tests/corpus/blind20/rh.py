"""Helpers for writing records compactly (b20 corpus)."""

SANDRA_ADDR = "sandra.delomenie@orange.fr"
SANDRA_N = "Sandra Delomenie"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"
SIG_S = """Sandra Delomenie
Coach & formatrice – Floraison de Soi
46 rue d'Estienne d'Orves – 36100 Issoudun
06 81 84 21 73 – www.floraisondesoi.fr"""


def R(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    return d


def _q(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.strip("\n").split("\n"))


def gmail_fr(when, text, name=SANDRA_N, addr=SANDRA_ADDR):
    return "\n\nLe %s, %s <%s> a écrit :\n%s\n" % (when, name, addr, _q(text))


def gmail_en(when, text, name=SANDRA_N, addr=SANDRA_ADDR):
    return "\n\nOn %s, %s <%s> wrote:\n%s\n" % (when, name, addr, _q(text))


def apple_fr(when, text, name=SANDRA_N, addr=SANDRA_ADDR):
    return "\n\n> Le %s, %s <%s> a écrit :\n> \n%s\n" % (when, name, addr, _q(text))


def outlook_fr(when, subj, text, to="", name=SANDRA_N, addr=SANDRA_ADDR):
    return ("\n\n________________________________\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
            % (name, addr, when, to, subj, text.strip("\n")))


def outlook_en(when, subj, text, to="", name=SANDRA_N, addr=SANDRA_ADDR):
    return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (name, addr, when, to, subj, text.strip("\n")))


def fwd_fr(when, subj, text, name, addr, to=SANDRA_ADDR):
    return ("\n\n---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s\n"
            % (name, addr, when, subj, to, text.strip("\n")))


def fwd_en(when, subj, text, name, addr, to=SANDRA_ADDR):
    return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s\n"
            % (name, addr, when, subj, to, text.strip("\n")))


NL_FR = """Bonjour à toutes et à tous,

Ce mois-ci, je vous propose de parler de la confiance en soi au quotidien : trois petits
rituels du matin, le prochain atelier « Oser s'affirmer » du samedi, et une place qui se
libère dans le cercle de femmes de septembre.

Belle floraison à vous,
Sandra

Vous recevez cet email car vous êtes inscrit(e) à la newsletter Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

IPHONE_FR = "\n\nEnvoyé de mon iPhone"
ANDROID_FR = "\n\nEnvoyé depuis mon mobile Samsung Galaxy"
OUTLOOK_MOB = "\n\nObtenir Outlook pour Android"
