"""Shared helpers for the b42 record files (standard library only)."""

SANDRA_CONTACT = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_ORANGE = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def R(key, rights, frm, subject, body, **kw):
    """One record. rights: space separated string ("" for a negative)."""
    rs = sorted(set(rights.split())) if isinstance(rights, str) else sorted(set(rights))
    for r in rs:
        assert r in RIGHTS, (key, r)
    if body.startswith("\n"):
        body = body[1:]
    rec = dict(key=key, rights=rs, frm=frm, subject=subject, body=body)
    rec.update(kw)
    return rec


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line:
            out.append(prefix + line)
        else:
            out.append(">")
    return "\n".join(out)


# Date placeholders [[style]] are replaced by generate.py with a date earlier
# than the message date (each further placeholder goes further back).
def gmail_fr(who, text):
    return "\n\nLe [[gmail_fr]], " + who + " a écrit :\n" + quote(text) + "\n"


def gmail_en(who, text):
    return "\n\nOn [[gmail_en]] " + who + " wrote:\n" + quote(text) + "\n"


def apple_fr(who, text):
    return "\n\n> Le [[apple_fr]], " + who + " a écrit :\n> \n" + quote(text) + "\n"


def apple_en(who, text):
    return "\n\n> On [[apple_en]], " + who + " wrote:\n> \n" + quote(text) + "\n"


def outlook_fr(frm, to, subject, text):
    return ("\n\n________________________________\nDe : " + frm + "\nEnvoyé : [[outlook_fr]]\nÀ : "
            + to + "\nObjet : " + subject + "\n\n" + text.strip("\n") + "\n")


def outlook_en(frm, to, subject, text):
    return ("\n\n________________________________\nFrom: " + frm + "\nSent: [[outlook_en]]\nTo: "
            + to + "\nSubject: " + subject + "\n\n" + text.strip("\n") + "\n")


def fwd_fr(frm, to, subject, text):
    return ("\n\n---------- Forwarded message ---------\nDe : " + frm + "\nDate: [[gmail_fr]]\nSubject: "
            + subject + "\nTo: " + to + "\n\n" + text.strip("\n") + "\n")


def fwd_en(frm, to, subject, text):
    return ("\n\n---------- Forwarded message ---------\nFrom: " + frm + "\nDate: [[gmail_en]]\nSubject: "
            + subject + "\nTo: " + to + "\n\n" + text.strip("\n") + "\n")


def apple_fwd_fr(frm, to, subject, text):
    return ("\n\nDébut du message réexpédié :\n\nDe: " + frm + "\nObjet: " + subject
            + "\nDate: [[apple_fr]]\nÀ: " + to + "\n\n" + text.strip("\n") + "\n")


NEWSLETTER_FR = """Bonjour,

Cette semaine dans La Lettre Floraison : comment poser une limite sans culpabiliser ?
On croit souvent qu'une limite est un mur. C'est plutôt une porte avec une poignée de notre côté.

Au programme :
- l'exercice des 3 cercles (5 minutes, à faire ce soir)
- les prochains ateliers à Issoudun : "Oser s'affirmer" samedi 10h, Maison des Associations
- la nouvelle session de la formation en ligne "Les 5 clés de la confiance"

Belle semaine à vous,
Sandra
Floraison de Soi - coaching & formation - Issoudun

Vous recevez cet email car vous êtes inscrit(e) à La Lettre Floraison. Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

NEWSLETTER_EN = """Hello,

This month in the Floraison newsletter (English edition): three small habits for a calmer morning.
Plus: the next online cohort of "5 Keys to Confidence" opens on Monday.

Warmly,
Sandra Delomenie
Floraison de Soi - coaching & training

You receive this email because you subscribed at floraisondesoi.fr. Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe"""

SIG_SANDRA = """Sandra Delomenie
Coach & formatrice - Floraison de Soi
Issoudun (36) - 06 72 18 44 09
www.floraisondesoi.fr"""


def notif_html(title, paras, footer, logo=False, color="#635bff"):
    """Table-based HTML used by platform notifications and newsletters."""
    import html as _h
    img = ('<tr><td style="padding:16px 24px"><img src="cid:{{CID}}" width="96" height="32" alt="logo"></td></tr>'
           if logo else "")
    body = "".join('<p style="margin:0 0 12px 0;font-size:15px;line-height:22px;color:#333">%s</p>' % _h.escape(p)
                   for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head>\n<body style="margin:0;background:#f4f4f7">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n%s\n'
            '<tr><td style="padding:8px 24px;border-top:4px solid %s"><h1 style="font-size:20px;color:#111">%s</h1></td></tr>\n'
            '<tr><td style="padding:0 24px 16px">%s</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#888">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (
        _h.escape(title), img, color, _h.escape(title), body, _h.escape(footer))
