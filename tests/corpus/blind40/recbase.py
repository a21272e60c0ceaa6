"""Shared helpers and constants for the b40 record files (standard library only).

A record is a plain dict built with R(). Fields understood by generate.py:
  key        unique record key "<lang>.<variety>.<slug>" (lang: fr|en)
  rights     list of rights (empty = not a request to Sandra)
  from_      From header ("Name <addr>")
  subject    Subject (None = no header, "" = empty header)
  body       text/plain body
  to, cc, reply_to     optional headers (to defaults to the contact address)
  shape      plain | html | alt | report      (default plain)
  html       explicit HTML (otherwise derived from body)
  html_style gmail | outlook | simple | news  (default from hash)
  cte        7bit | 8bit | quoted-printable | base64 (default from hash)
  charset    default utf-8
  att        list of attachment tuples: (kind, filename, text) kind in
             pdf, jpg, png, csv, docx, ics, txt, eml
  headers    list of (name, value) extra headers
  reply      True -> In-Reply-To/References to a message from Sandra
  date       "YYYY-MM-DD" fixed day (time still derived from the hash)
  logo       True -> inline PNG logo in a multipart/related HTML part
  report     dict for multipart/report bounces
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"
ORANGE = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def R(key, rights, from_, subject, body="", **kw):
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("bad right %r in %s" % (r, key))
    lang = key.split(".")[0]
    if lang not in ("fr", "en"):
        raise ValueError("bad lang in key %s" % key)
    rec = {"key": key, "rights": sorted(set(rights)), "from_": from_,
           "subject": subject, "body": body}
    rec.update(kw)
    return rec


def quote(text, prefix=">"):
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(prefix + line)
        elif line:
            out.append(prefix + " " + line)
        else:
            out.append(prefix)
    return "\n".join(out)


def gmail_fr(when, who, text):
    return "\nLe %s, %s a écrit :\n%s\n" % (when, who, quote(text))


def gmail_en(when, who, text):
    return "\nOn %s, %s wrote:\n%s\n" % (when, who, quote(text))


def apple_fr(when, who, text):
    return "\n> Le %s, %s a écrit :\n> \n%s\n" % (when, who, quote(text))


def apple_en(when, who, text):
    return "\n> On %s, %s wrote:\n> \n%s\n" % (when, who, quote(text))


def outlook_fr(frm, sent, to, subj, text):
    return ("\n________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
            % (frm, sent, to, subj, text.strip("\n")))


def outlook_en(frm, sent, to, subj, text):
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, sent, to, subj, text.strip("\n")))


def fwd_fr(frm, date, subj, to, text):
    return ("\n---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n\n%s\n"
            % (frm, date, subj, to, text.strip("\n")))


def fwd_en(frm, date, subj, to, text):
    return ("\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n"
            % (frm, date, subj, to, text.strip("\n")))


def fwd_apple_fr(frm, subj, date, to, text):
    return ("\nDébut du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n\n%s\n"
            % (frm, subj, date, to, text.strip("\n")))


SIG_SANDRA = """Sandra Delomenie
Coach certifiée & formatrice
Floraison de Soi – 12 rue de la Limace, 36100 Issoudun
06 71 42 18 90 – www.floraisondesoi.fr"""

SIG_SANDRA_SHORT = "Belle journée,\nSandra – Floraison de Soi"

IPHONE_FR = "Envoyé de mon iPhone"
IPHONE_EN = "Sent from my iPhone"
ANDROID_FR = "Envoyé depuis mon appareil Galaxy"
OUTLOOK_MOBILE = "Obtenir Outlook pour Android"

DISC_FR = """Ce message et toutes les pièces jointes (ci-après le « message ») sont établis à
l'intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce
message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute
publication, totale ou partielle, est interdite, sauf autorisation expresse.
L'internet ne permettant pas d'assurer l'intégrité de ce message, l'émetteur décline
toute responsabilité au titre de ce message, dans l'hypothèse où il aurait été modifié."""

DISC_BE = """Disclaimer : Ce courriel et ses annexes peuvent contenir des informations confidentielles
et sont destinés exclusivement à leur(s) destinataire(s). Si vous n'êtes pas le
destinataire visé, veuillez en informer l'expéditeur et supprimer ce message.
Dit bericht en de bijlagen kunnen vertrouwelijke informatie bevatten. Indien u niet de
geadresseerde bent, gelieve de afzender te verwittigen en dit bericht te verwijderen.
Pensez à l'environnement avant d'imprimer ce courriel."""

DISC_CH = """AVIS DE CONFIDENTIALITÉ : Ce message est confidentiel et peut être couvert par le secret
professionnel. Il est destiné uniquement à la personne ou à l'entité à laquelle il est
adressé. Toute copie, diffusion ou utilisation non autorisée est strictement interdite.
Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le
détruire. Les communications par courrier électronique ne sont pas sécurisées."""

DISC_EN = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, please notify the sender
immediately and delete this e-mail from your system. Any unauthorised use, disclosure
or copying is strictly prohibited. We accept no liability for any damage caused by
any virus transmitted by this e-mail. Please consider the environment before printing."""

DISC_QC = """AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels
ou privilégiés. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le
supprimer sans en faire de copie. Merci."""
