"""Shared helpers for the b36 records (standard library only)."""

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"


def R(key, rights, lang, frm, subj, body, **kw):
    """One message record. kw: to, fmt (plain|html|alt), cte (8bit|qp|b64),
    att [(filename, ctype)], hdr {name: value}, reply (bool), date 'YYYY-MM-DD HH:MM',
    kind ('report' for a DSN bounce), html (explicit html body)."""
    rec = dict(key=key, rights=sorted(rights), lang=lang, frm=frm, subj=subj, body=body)
    rec.update(kw)
    return rec


def _q(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.strip("\n").split("\n"))


def gmail_fr(when, who, text):
    return "\n\nLe %s, %s a écrit :\n%s\n" % (when, who, _q(text))


def gmail_en(when, who, text):
    return "\n\nOn %s, %s wrote:\n%s\n" % (when, who, _q(text))


def apple_fr(when, who, text):
    return "\n\n" + _q("Le %s, %s a écrit :\n\n%s" % (when, who, text)) + "\n"


def apple_en(when, who, text):
    return "\n\n" + _q("On %s, %s wrote:\n\n%s" % (when, who, text)) + "\n"


def outlook_fr(who, when, to, subj, text):
    return ("\n\n________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
            % (who, when, to, subj, text.strip("\n")))


def outlook_en(who, when, to, subj, text):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (who, when, to, subj, text.strip("\n")))


def fwd_fr(who, when, subj, to, text):
    return ("\n\n---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n\n%s\n"
            % (who, when, subj, to, text.strip("\n")))


def fwd_en(who, when, subj, to, text):
    return ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n"
            % (who, when, subj, to, text.strip("\n")))
