"""Record helpers for the blind58 corpus.

A record is a plain dict. Fields:
  key        str   'fr-...' or 'en-...' (language of the NEW text)
  rights     list  label (empty list = not a request to her)
  subject    str
  body       str   the new text (for platform/form mail: the whole notification text)
  frm        str   'Display Name <addr>'
  to         str   'contact' | 'orange' | full address string
  date       str   'YYYY-MM-DD HH:MM' Paris local time (optional; derived from key otherwise)
  quote      list  [(who, text), ...] newest first: quoted history below the new text
  qstyle     str   gmail_fr | apple_fr | outlook_fr | gmail_en | outlook_en | apple_en |
                   fwd_gmail_fr | fwd_apple_fr | fwd_outlook_fr | fwd_tb_fr | fwd_gmail_en
  qsubj      str   subject shown in quoted headers (optional)
  html       None | 'alt' | 'only'
  html_body  str   hand-written HTML (optional; otherwise built from the text)
  cte        '7bit' | '8bit' | 'quoted-printable' | 'base64' (optional)
  headers    dict  extra headers
  reply_to, cc     str
  reply      bool  add In-Reply-To / References
  attach     list  of tuples: ('pdf', name, text) ('png', name) ('csv', name, text)
                   ('docx', name, text) ('txt', name, text) ('ics', name, text) ('eml', record-dict)
  kind       None | 'report' (delivery-status bounce)
  sig        str   signature appended after the new text (before the quote)
"""

RECORDS = []

VOCAB = {"access", "rectification", "erasure", "restriction", "portability",
         "objection", "withdraw_consent", "post_mortem"}

SANDRA_C = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def R(key, rights, subject, body, **kw):
    rec = dict(key=key, rights=sorted(rights), subject=subject, body=body)
    rec.update(kw)
    RECORDS.append(rec)
    return rec


# ---------------------------------------------------------------- website forms

def _split(name):
    parts = name.split(" ", 1)
    return (parts[0], parts[1] if len(parts) > 1 else "")


def FORM(key, rights, tpl, name, email, message, sujet="", phone="", **kw):
    """A website contact-form notification: sent by the site, visitor in Reply-To."""
    kw.setdefault("to", "contact")
    if tpl == "cf7":
        subject = "Floraison de Soi \u00ab\u00a0%s\u00a0\u00bb" % (sujet or "Message depuis le site")
        body = ("De : %s <%s>\nObjet : %s\n\nCorps du message :\n%s\n\n-- \n"
                "Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi "
                "(https://floraisondesoi.fr)\n") % (name, email, sujet, message)
        frm = "Floraison de Soi <wordpress@floraisondesoi.fr>"
        kw.setdefault("headers", {})["X-Mailer"] = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"
    elif tpl == "wpforms":
        subject = "Nouvelle entrée : Formulaire de contact"
        body = ("Nom\n%s\n\nE-mail\n%s\n\nTéléphone\n%s\n\nVotre message\n%s\n\n---\n\n"
                "Envoyé depuis Floraison de Soi\n") % (name, email, phone or "(vide)", message)
        frm = "Floraison de Soi <noreply@floraisondesoi.fr>"
        kw.setdefault("html", "alt")
    elif tpl == "elementor":
        subject = "Nouveau message de \u00ab\u00a0Floraison de Soi\u00a0\u00bb"
        body = ("Prénom et nom: %s\nE-mail: %s\nTéléphone: %s\nMessage: %s\n\n---\n\n"
                "Date: %s\nURL de la page: https://floraisondesoi.fr/contact/\n"
                "Agent utilisateur: Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1\n"
                "IP distante: %s\nPropulsé par : Elementor\n") % (
                    name, email, phone or "", message, kw.get("date", "")[:10] or "—",
                    kw.pop("ip", "90.54.118.23"))
        frm = "Floraison de Soi <wordpress@floraisondesoi.fr>"
    elif tpl == "elementor_en":
        subject = "New message from \u201cFloraison de Soi\u201d"
        body = ("Name: %s\nEmail: %s\nMessage: %s\n\n---\n\nPage URL: https://floraisondesoi.fr/en/contact/\n"
                "User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/126.0 Safari/537.36\nRemote IP: %s\nPowered by: Elementor\n") % (
                    name, email, message, kw.pop("ip", "81.2.69.160"))
        frm = "Floraison de Soi <wordpress@floraisondesoi.fr>"
    elif tpl == "systeme":
        first, last = _split(name)
        subject = "Nouveau message via votre formulaire \u00ab\u00a0Me contacter\u00a0\u00bb"
        body = ("Bonjour Sandra,\n\nUn contact vient de remplir le formulaire \u00ab Me contacter \u00bb "
                "sur votre page https://floraisondesoi.systeme.io/contact\n\n"
                "Prénom : %s\nNom : %s\nAdresse e-mail : %s\nMessage : %s\n\n"
                "Retrouvez ce contact dans votre espace Systeme.io > CRM > Contacts.\n\n"
                "L'équipe Systeme.io\n") % (first, last, email, message)
        frm = "Systeme.io <no-reply@systeme.io>"
        kw.setdefault("html", "alt")
    elif tpl == "divi":
        subject = "Nouveau message de Floraison de Soi"
        body = ("Nom: %s\n\nEmail: %s\n\nMessage: %s\n") % (name, email, message)
        frm = "WordPress <wordpress@floraisondesoi.fr>"
    else:
        raise ValueError(tpl)
    kw.setdefault("reply_to", "%s <%s>" % (name, email))
    kw.setdefault("frm", frm)
    return R(key, rights, kw.pop("subject", subject), body, **kw)


# ---------------------------------------------------------------- platforms relaying a person

def CALENDLY(key, rights, name, email, when, note, event=None, lang="fr", cancelled=False, **kw):
    if event is None:
        event = "Séance découverte (30 min)" if lang == "fr" else "Discovery call (30 min)"
    short = event.split(" (")[0]
    if lang == "fr":
        if cancelled:
            subject = "Annulé : %s - %s" % (short, name)
            head = "Bonjour Sandra Delomenie,\n\nL'événement ci-dessous a été annulé.\n\n"
            qlabel = "Motif de l'annulation :"
        else:
            subject = "Nouvel événement : %s - %s" % (short, name)
            head = "Bonjour Sandra Delomenie,\n\nUn nouvel événement a été planifié.\n\n"
            qlabel = ("Questions de l'invité :\nY a-t-il quelque chose que vous souhaitez partager "
                      "avant notre rendez-vous ?")
        body = (head + "Type d'événement :\n%s\n\nInvité :\n%s\n\nAdresse e-mail de l'invité :\n%s\n\n"
                "Date/heure de l'événement :\n%s (heure d'Europe centrale)\n\nLieu :\n"
                "Cet événement est un appel Zoom. Les détails de connexion figurent dans l'invitation.\n\n"
                "%s\n%s\n\nAfficher l'événement dans Calendly\n\n"
                "Envoyé par Calendly\n") % (event, name, email, when, qlabel, note)
    else:
        if cancelled:
            subject = "Canceled: %s - %s" % (short, name)
            head = "Hi Sandra Delomenie,\n\nThe event below has been canceled.\n\n"
            qlabel = "Cancellation reason:"
        else:
            subject = "New Event: %s - %s" % (short, name)
            head = "Hi Sandra Delomenie,\n\nA new event has been scheduled.\n\n"
            qlabel = "Invitee questions:\nPlease share anything that will help prepare for our meeting."
        body = (head + "Event Type:\n%s\n\nInvitee:\n%s\n\nInvitee Email:\n%s\n\nEvent Date/Time:\n"
                "%s (Central European Time)\n\nLocation:\nThis is a Zoom web conference.\n\n%s\n%s\n\n"
                "View event in Calendly\n\nSent by Calendly\n") % (event, name, email, when, qlabel, note)
    kw.setdefault("frm", "Calendly <notifications@calendly.com>")
    kw.setdefault("reply_to", "%s <%s>" % (name, email))
    kw.setdefault("html", "alt")
    kw.setdefault("to", "contact")
    return R(key, rights, kw.pop("subject", subject), body, **kw)


def GFORM(key, rights, form_title, answers, lang="fr", **kw):
    """Google Forms response notification (email-notification add-on style, answers included)."""
    lines = []
    for q, a in answers:
        lines.append("%s\n%s\n" % (q, a))
    if lang == "fr":
        subject = "Nouvelle réponse au formulaire \u00ab\u00a0%s\u00a0\u00bb" % form_title
        body = ("Votre formulaire \u00ab %s \u00bb a reçu une nouvelle réponse.\n\n" % form_title
                + "\n".join(lines)
                + "\nAfficher toutes les réponses dans Google Forms\n\n"
                  "Google Forms : créez des formulaires et analysez les réponses.\n")
    else:
        subject = "New response to \u201c%s\u201d" % form_title
        body = ("Your form \u201c%s\u201d has a new response.\n\n" % form_title + "\n".join(lines)
                + "\nView all responses in Google Forms\n")
    kw.setdefault("frm", "Google Forms <forms-receipts-noreply@google.com>")
    kw.setdefault("to", "contact")
    return R(key, rights, kw.pop("subject", subject), body, **kw)


def FBMSG(key, rights, name, text, lang="fr", **kw):
    if lang == "fr":
        subject = "%s vous a envoyé un message" % name
        body = ("%s vous a envoyé un message sur la Page Floraison de Soi.\n\n%s :\n\u00ab %s \u00bb\n\n"
                "Répondre dans Meta Business Suite\n\n"
                "Ce message a été envoyé à contact@floraisondesoi.fr. Si vous ne souhaitez plus recevoir "
                "ces e-mails de la part de Meta, veuillez vous désabonner.\nMeta Platforms Ireland Ltd., "
                "Merrion Road, Dublin 4, D04 X2K5, Irlande\n") % (name, name.split()[0], text)
    else:
        subject = "%s sent you a message" % name
        body = ("%s sent a message to your Page Floraison de Soi.\n\n%s:\n\u201c%s\u201d\n\n"
                "Reply in Meta Business Suite\n\nThis message was sent to contact@floraisondesoi.fr. "
                "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland\n") % (
                    name, name.split()[0], text)
    kw.setdefault("frm", "Facebook <notification@facebookmail.com>")
    kw.setdefault("to", "contact")
    kw.setdefault("html", "alt")
    h = kw.setdefault("headers", {})
    h.setdefault("X-Facebook-Notify", "page_message; mailid=%s" % key.replace("-", "")[:18])
    h.setdefault("Precedence", "bulk")
    return R(key, rights, kw.pop("subject", subject), body, **kw)


def IGMSG(key, rights, handle, text, lang="fr", **kw):
    if lang == "fr":
        subject = "%s vous a envoyé un message" % handle
        body = ("Instagram\n\n%s vous a envoyé un message.\n\n%s : %s\n\nVoir le message\n\n"
                "Cet e-mail a été envoyé à floraisondesoi. Se désabonner.\n"
                "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\n") % (
                    handle, handle, text)
    else:
        subject = "%s sent you a message" % handle
        body = ("Instagram\n\n%s sent you a message.\n\n%s: %s\n\nView message\n\n"
                "This message was sent to floraisondesoi. Unsubscribe.\n"
                "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\n") % (
                    handle, handle, text)
    kw.setdefault("frm", "Instagram <no-reply@mail.instagram.com>")
    kw.setdefault("to", "contact")
    kw.setdefault("html", "alt")
    return R(key, rights, kw.pop("subject", subject), body, **kw)
