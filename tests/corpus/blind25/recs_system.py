"""Machine mail: notifications, newsletters, vendor notices, auto-replies, bounces, spam and phishing,
plus Sandra's own automated/test mail. All negatives."""
from mailkit import Q, SANDRA, CONTACT, SIG_SANDRA, esc, h, rfc_date, msgid_core
from common import nl_html, nl_text, NL_MAI

RECORDS = []


def R(**kw):
    kw.setdefault("rights", [])
    kw.setdefault("client", "system")
    RECORDS.append(kw)


def brand(name, color, title, paras, button=None, footer=(), logo_alt=None, preheader=""):
    rows = "".join('<tr><td style="padding:4px 40px 12px 40px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\','
                   'Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#32325d;">%s</td></tr>'
                   % esc(p) for p in paras)
    btn = ""
    if button:
        btn = ('<tr><td style="padding:12px 40px 24px 40px;"><table cellpadding="0" cellspacing="0" border="0"><tr>'
               '<td bgcolor="%s" style="border-radius:4px;"><a href="%s" style="display:inline-block;padding:10px 18px;'
               'font-family:Arial,sans-serif;font-size:15px;color:#ffffff;text-decoration:none;">%s</a></td></tr>'
               '</table></td></tr>' % (color, button[1], esc(button[0])))
    foot = "".join('<p style="margin:0 0 6px 0;">%s</p>' % esc(f) for f in footer)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"><title>%s</title></head>\n<body style="margin:0;padding:0;'
            'background:#f6f9fc;">\n<div style="display:none;max-height:0;overflow:hidden;">%s</div>\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f6f9fc"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="margin:24px 0;">\n'
            '<tr><td style="padding:28px 40px 8px 40px;font-family:Arial,sans-serif;font-size:20px;font-weight:bold;'
            'color:%s;">%s</td></tr>\n<tr><td style="padding:8px 40px 16px 40px;font-family:Arial,sans-serif;'
            'font-size:22px;color:#1a1a1a;">%s</td></tr>\n%s\n%s\n<tr><td style="padding:20px 40px 28px 40px;'
            'font-family:Arial,sans-serif;font-size:12px;line-height:18px;color:#8898aa;border-top:1px solid #e6ebf1;">'
            '%s</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n'
            % (esc(title), esc(preheader), color, esc(logo_alt or name), esc(title), rows, btn, foot))


def brand_text(title, paras, button=None, footer=()):
    out = [title, "", *[p + "\n" for p in paras]]
    if button:
        out += ["%s : %s" % button if "://" in button[1] else button[0], ""]
    out += ["—"] + list(footer)
    return "\n".join(out)


def S(key, lang, frm, subject, date, title, paras, color="#635bff", button=None, footer=(), headers=(), to=SANDRA,
      mime="alt", name=None, preheader="", msgid=None, attach=None, html_cte="quoted-printable", cte="quoted-printable"):
    R(key=key, lang=lang, frm=frm, to=to, subject=subject, date=date, mime=mime, cte=cte, html_cte=html_cte,
      plain=brand_text(title, paras, button, footer),
      html_doc=brand(name or frm.split("<")[0].strip().strip('"'), color, title, paras, button, footer,
                     preheader=preheader),
      headers=list(headers), msgid=msgid, attach=attach or [])


def LU(url, mailto=None, one_click=True, list_id=None, bulk=True):
    hs = []
    if mailto:
        hs.append(("List-Unsubscribe", "<mailto:%s>, <%s>" % (mailto, url)))
    else:
        hs.append(("List-Unsubscribe", "<%s>" % url))
    if one_click:
        hs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if list_id:
        hs.append(("List-Id", list_id))
    if bulk:
        hs.append(("Precedence", "bulk"))
    return hs


# ------------------------------------------------------------------ Stripe
S("sys-fr-stripe-paiement-recu", "fr", "Stripe <notifications@stripe.com>",
  "Paiement de 140,00 € reçu de Camille Besnard", "2025-02-04 10:12",
  "Vous avez reçu un paiement", [
      "Bonjour Floraison de Soi,",
      "Vous avez reçu un paiement de 140,00 € de camille.besnard.rh@gmail.com.",
      "Description : Accompagnement individuel – 2 séances",
      "Moyen de paiement : Mastercard •••• 5521",
      "Les fonds seront disponibles sur votre solde Stripe sous 7 jours."],
  button=("Afficher le paiement", "https://dashboard.stripe.com/payments/pi_3QmD8xLk2eZvKYlo0aF3b1Vn"),
  footer=["Vous recevez cet e-mail car vous avez activé les notifications de paiement pour votre compte Stripe.",
          "Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Irlande"],
  headers=[("X-Stripe-Notification", "charge.succeeded")] + LU("https://dashboard.stripe.com/settings/user#notifications", one_click=False, bulk=False))

S("sys-fr-stripe-virement", "fr", "Stripe <support@stripe.com>",
  "Votre virement de 1 284,60 € est en route", "2025-06-30 06:04",
  "Un virement est en route vers votre compte bancaire", [
      "Montant : 1 284,60 €",
      "Arrivée estimée : 2 juillet 2025",
      "Compte bancaire : CREDIT AGRICOLE CENTRE LOIRE •••• 4410",
      "Ce virement comprend 14 paiements et 1 remboursement."],
  button=("Afficher le virement", "https://dashboard.stripe.com/payouts/po_1RfQeLLk2eZvKYlo9sJwd0aB"),
  footer=["Stripe Payments Europe, Ltd."],
  headers=LU("https://dashboard.stripe.com/settings/user#notifications", one_click=False, bulk=False))

S("sys-en-stripe-privacy-update", "en", "Stripe <notifications@stripe.com>",
  "Updates to Stripe's Privacy Policy and Data Processing Agreement", "2025-11-03 17:30",
  "We're updating our Privacy Policy and DPA", [
      "Hello,",
      "We're writing to let you know that we are updating the Stripe Privacy Policy and the Data Processing Agreement "
      "(DPA) that forms part of the Stripe Services Agreement. These updates take effect on 1 January 2026.",
      "Key changes include clarifications regarding how we handle data subject requests (access, deletion and "
      "objection) that your customers send to Stripe directly, and updated information on international data "
      "transfers and sub-processors.",
      "You don't need to take any action. By continuing to use Stripe after 1 January 2026, you agree to the updated terms."],
  button=("Review the changes", "https://stripe.com/legal/dpa"),
  footer=["You're receiving this mandatory service email because you have a Stripe account.",
          "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080"],
  headers=[("Feedback-ID", "legal-update:stripe")])

# ------------------------------------------------------------------ Systeme.io
S("sys-fr-systemeio-nouveau-contact", "fr", "Systeme.io <no-reply@systeme.io>",
  "🎉 Nouveau contact : marie.lambert@laposte.net", "2025-03-06 22:41",
  "Un nouveau contact s'est inscrit", [
      "Bonjour Sandra,",
      "Un nouveau contact vient de s'inscrire via la page « Webinaire – Mes intentions, pas mes résolutions ».",
      "E-mail : marie.lambert@laposte.net",
      "Tags : webinaire-2025, lead-magnet-ebook",
      "Consentement RGPD : case cochée le 06/03/2025 à 22:41"],
  color="#1e88e5", button=("Voir le contact", "https://systeme.io/dashboard/contacts/84412907"),
  footer=["Vous pouvez modifier vos notifications dans Paramètres > Notifications.", "Systeme.io – 6 rue d'Armaillé, 75017 Paris"],
  headers=LU("https://systeme.io/dashboard/settings/notifications", one_click=False, bulk=False))

# NEAR-LINE: a platform notification that someone unsubscribed is machine mail reporting an objection already
# carried out by the tool; nobody is asking Sandra anything.
S("sys-fr-systemeio-desabonnement", "fr", "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné de votre liste", "2025-09-03 09:17",
  "Désabonnement", [
      "Bonjour Sandra,",
      "Le contact bernadette.collin@sfr.fr s'est désabonné de vos campagnes e-mail.",
      "Campagne : Rentrée : trois rituels pour garder le cap 🍂",
      "Raison indiquée : « Je reçois trop d'e-mails »",
      "Ce contact ne recevra plus vos newsletters. Ses données restent dans votre liste de contacts."],
  color="#1e88e5", button=("Voir le contact", "https://systeme.io/dashboard/contacts/77103551"),
  footer=["Systeme.io – 6 rue d'Armaillé, 75017 Paris"],
  headers=LU("https://systeme.io/dashboard/settings/notifications", one_click=False, bulk=False))

S("sys-fr-systemeio-dpa-update", "fr", "L'équipe Systeme.io <news@systeme.io>",
  "Important : mise à jour de nos CGU et de l'accord de traitement des données (DPA)", "2026-01-14 11:00",
  "Mise à jour de nos conditions", [
      "Bonjour,",
      "Nous mettons à jour nos conditions générales d'utilisation ainsi que notre accord de traitement des données "
      "(DPA), conformément au RGPD. Ces changements entreront en vigueur le 15 février 2026.",
      "Ce qui change : liste des sous-traitants ultérieurs mise à jour, nouvel outil d'export des contacts au format "
      "CSV pour faciliter les demandes de portabilité, et suppression automatique des comptes élèves inactifs depuis 24 mois.",
      "Aucune action n'est requise de votre part."],
  color="#1e88e5", button=("Lire le DPA", "https://systeme.io/fr/dpa"),
  footer=["Vous recevez cet e-mail en tant qu'utilisateur de Systeme.io.", "Se désabonner des annonces produit"],
  headers=LU("https://systeme.io/unsubscribe/announcements/91f0c2", mailto="unsubscribe@systeme.io",
             list_id="Systeme.io Announcements <announcements.systeme.io>"))

S("sys-fr-systemeio-nouvelle-vente", "fr", "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Retrouver son élan (97,00 €)", "2025-10-01 07:58",
  "Félicitations, vous avez une nouvelle vente !", [
      "Produit : Retrouver son élan – paiement en 3 fois",
      "Client : jonathan.gagnon@gmail.com",
      "Montant : 97,00 € (1/3)"],
  color="#1e88e5", footer=["Systeme.io"],
  headers=LU("https://systeme.io/dashboard/settings/notifications", one_click=False, bulk=False))

# ------------------------------------------------------------------ Calendly, Zoom, Google
S("sys-fr-calendly-annule", "fr", "Calendly <notifications@calendly.com>",
  "Annulé : Séance individuelle (1h) avec Ludovic Henry – jeu. 11 déc. 2025", "2025-12-10 06:51",
  "Un événement a été annulé", [
      "Bonjour Sandra Delomenie,",
      "L'événement ci-dessous a été annulé.",
      "Type d'événement : Séance individuelle (1h)",
      "Invité : Ludovic Henry (ludo.henry36@gmail.com)",
      "Date/heure de l'événement : 14:00 – jeudi 11 décembre 2025 (heure d'Europe centrale)",
      "Annulé par : Ludovic Henry",
      "Motif : souci de voiture"],
  color="#006bff", button=("Voir les événements", "https://calendly.com/app/scheduled_events/user/me"),
  footer=["Envoyé par Calendly", "Pour gérer vos notifications, consultez vos paramètres."],
  headers=LU("https://calendly.com/app/notifications", one_click=False, bulk=False))

S("sys-en-calendly-new-event", "en", "Calendly <notifications@calendly.com>",
  "New Event: Rebecca Clarke – 10:00am Tue, Jun 10, 2025 – Discovery call (30 min)", "2025-06-02 20:33",
  "A new event has been scheduled.", [
      "Hi Sandra Delomenie,",
      "Event Type: Discovery call (30 min)",
      "Invitee: Rebecca Clarke",
      "Invitee Email: rebecca.clarke@me.com",
      "Event Date/Time: 10:00am – Tuesday, June 10, 2025 (Central European Time)",
      "Questions: What would you like to work on? — Confidence at work after moving to France."],
  color="#006bff", button=("View event in Calendly", "https://calendly.com/app/scheduled_events/user/me"),
  footer=["Sent from Calendly", "Pro Tip! Take Calendly anywhere you go with the mobile app."],
  headers=LU("https://calendly.com/app/notifications", one_click=False, bulk=False),
  attach=[dict(kind="ics", name="invite.ics", method="REQUEST", text="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f2b6a1d0-5c3e-4e7a-9b21-calendly-0610
DTSTAMP:20250602T183300Z
DTSTART:20250610T080000Z
DTEND:20250610T083000Z
SUMMARY:Discovery call (30 min) – Rebecca Clarke
ORGANIZER;CN=Sandra Delomenie:mailto:sandra.delomenie@orange.fr
ATTENDEE;CN=Rebecca Clarke;RSVP=TRUE:mailto:rebecca.clarke@me.com
LOCATION:Zoom
END:VEVENT
END:VCALENDAR""")])

S("sys-en-zoom-recording", "en", "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Séance de groupe « Retrouver son élan » is now available", "2026-02-10 21:14",
  "Your cloud recording is now available", [
      "Hi Sandra Delomenie,",
      "Your cloud recording is now available.",
      "Topic: Séance de groupe « Retrouver son élan »",
      "Date: Feb 10, 2026 07:00 PM Paris",
      "Share recording with viewers: https://us06web.zoom.us/rec/share/xYz9AbC",
      "Recordings are automatically deleted after 30 days according to your account settings."],
  color="#0b5cff", button=("View recording", "https://us06web.zoom.us/recording"),
  footer=["Copyright ©2026 Zoom Communications, Inc. All rights reserved.",
          "Visit zoom.com — 55 Almaden Blvd, San Jose, CA 95113"],
  headers=[("Feedback-ID", "rec-ready:zoom")])

S("sys-fr-google-drive-stockage", "fr", "Google <no-reply@accounts.google.com>",
  "Votre espace de stockage Google est presque saturé", "2025-08-21 14:02",
  "Votre espace de stockage est utilisé à 92 %", [
      "sandra.floraison@gmail.com",
      "Vous utilisez 13,8 Go sur 15 Go. Lorsque votre espace de stockage sera plein, vous ne pourrez plus importer de "
      "fichiers dans Google Drive, ni envoyer et recevoir des e-mails sur Gmail.",
      "Vous pouvez libérer de l'espace en supprimant les fichiers dont vous n'avez plus besoin, ou passer à Google One."],
  color="#1a73e8", button=("Libérer de l'espace", "https://one.google.com/storage/management"),
  footer=["Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte Google.",
          "© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"])

S("sys-en-google-analytics-retention", "en", "Google Analytics <analytics-noreply@google.com>",
  "[Action advised] Review your data retention settings for floraisondesoi.fr", "2025-04-22 18:30",
  "Review your Google Analytics data retention settings", [
      "Hello Analytics administrator,",
      "To help you comply with the GDPR, we recommend reviewing the data retention period configured for your property "
      "floraisondesoi.fr – GA4 (ID 412883901). It is currently set to 14 months.",
      "You can also use the User deletion API to process erasure requests from your website visitors."],
  color="#e37400", button=("Review settings", "https://analytics.google.com/analytics/web/#/a1/admin/data-retention"),
  footer=["You received this mandatory service announcement to update you about important changes to Google Analytics.",
          "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"])

# ------------------------------------------------------------------ banks, admin
S("sys-fr-credit-agricole-releve", "fr", "Crédit Agricole Centre Loire <ne-pas-repondre@ca-centreloire.fr>",
  "Votre relevé de compte professionnel est disponible", "2025-05-03 05:12",
  "Votre e-relevé est disponible", [
      "Madame DELOMENIE,",
      "Votre relevé de compte professionnel n° •••• 4410 du mois d'avril 2025 est disponible dans votre espace client.",
      "Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail."],
  color="#007461", button=("Accéder à mon espace", "https://www.credit-agricole.fr/ca-centreloire/professionnel.html"),
  footer=["Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition aux données vous "
          "concernant, que vous pouvez exercer auprès du Délégué à la protection des données de la Caisse régionale.",
          "Ceci est un message automatique, merci de ne pas y répondre."],
  headers=[("X-Auto-Response-Suppress", "All")])

S("sys-fr-urssaf-declaration", "fr", "Urssaf <ne-pas-repondre@urssaf.fr>",
  "Rappel : déclaration de chiffre d'affaires du 2e trimestre", "2025-07-10 08:00",
  "Votre déclaration trimestrielle est attendue", [
      "Madame Sandra DUMOT-DELOMENIE,",
      "Nous vous rappelons que votre déclaration de chiffre d'affaires pour la période d'avril à juin 2025 doit être "
      "effectuée au plus tard le 31 juillet 2025 sur autoentrepreneur.urssaf.fr.",
      "Même en l'absence de chiffre d'affaires, la déclaration est obligatoire."],
  color="#003b80", button=("Je déclare", "https://www.autoentrepreneur.urssaf.fr"),
  footer=["Ce message vous est adressé automatiquement. Merci de ne pas y répondre.",
          "Pour en savoir plus sur la gestion de vos données personnelles : urssaf.fr/donnees-personnelles"])

S("sys-fr-orange-facture", "fr", "Orange <facture@orange.fr>",
  "Votre facture Orange de février est disponible", "2026-02-09 07:30",
  "Votre facture est disponible", [
      "Bonjour,",
      "Votre facture Orange d'un montant de 48,99 € pour votre offre Livebox et mobile est disponible dans votre Espace client.",
      "Elle sera prélevée le 19/02/2026."],
  color="#ff7900", button=("Voir ma facture", "https://espaceclientv3.orange.fr/?page=factures-accueil"),
  footer=["Cet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.",
          "Orange SA – 111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux"])

S("sys-fr-opco-prise-en-charge", "fr", "OPCO EP – Ne pas répondre <noreply@opcoep.fr>",
  "Dossier n° EP-2025-114872 : accord de prise en charge", "2025-11-28 16:45",
  "Accord de prise en charge", [
      "Bonjour,",
      "Nous vous informons que la demande de prise en charge n° EP-2025-114872 (entreprise : Berry Plasturgie – "
      "formation « Gestion du stress », organisme : Floraison de Soi) a été acceptée.",
      "Les pièces justificatives (feuilles d'émargement, certificat de réalisation) devront être déposées sur votre espace "
      "dans un délai de 3 mois après la fin de la formation."],
  color="#4b2991", button=("Accéder au dossier", "https://services.opcoep.fr"),
  footer=["Les données personnelles collectées sont traitées par l'OPCO EP conformément au RGPD."])

# ------------------------------------------------------------------ newsletters from others
S("sys-fr-newsletter-autre-coach", "fr", "Marion – Les Chemins du Lien <lettre@leschemins-dulien.fr>",
  "🍃 Lâcher prise : effacer l'ardoise sans tout supprimer", "2025-10-05 08:00",
  "Lâcher prise : effacer l'ardoise sans tout supprimer", [
      "Bonjour à toi,",
      "Ce mois-ci, je te propose un exercice de sophrologie pour « effacer l'ardoise » des tensions de la semaine, "
      "sans chercher à supprimer ce que tu ressens.",
      "Mes prochaines dates : stage « Respirer pour mieux vivre » le 18 octobre à Châteauroux.",
      "Tu peux à tout moment modifier tes préférences ou te désinscrire en bas de ce mail."],
  color="#5b8c5a", button=("Réserver le stage", "https://leschemins-dulien.fr/stage"),
  footer=["Tu reçois cette lettre car tu t'es inscrite sur leschemins-dulien.fr.",
          "Se désinscrire · Modifier mes préférences"],
  headers=LU("https://leschemins-dulien.fr/desinscription?u=5f2c", mailto="desinscription@leschemins-dulien.fr",
             list_id="Lettre Les Chemins du Lien <lettre.leschemins-dulien.fr>")
  + [("X-Mailer", "Systeme.io"), ("Feedback-ID", "campaign-2231:systemeio"),
     ("Reply-To", "Marion Leclerc <marion@leschemins-dulien.fr>")])

S("sys-fr-cnil-newsletter", "fr", "CNIL <newsletter@cnil.fr>",
  "La lettre d'information de la CNIL – Droit d'accès : les nouvelles fiches pratiques", "2025-05-27 10:00",
  "Lettre d'information – mai 2025", [
      "Droit d'accès : la CNIL publie de nouvelles fiches pratiques pour aider les professionnels à répondre aux demandes "
      "des personnes (délais, vérification de l'identité, copie des données).",
      "Petites entreprises : le guide RGPD des TPE et indépendants est mis à jour, avec des modèles de réponse aux "
      "demandes d'effacement et d'opposition.",
      "Sanctions : retour sur les dernières décisions concernant la prospection commerciale par courriel."],
  color="#1d1d6b", button=("Lire la lettre", "https://www.cnil.fr/fr/lettre-information"),
  footer=["Vous recevez cette lettre car vous y êtes abonné(e).",
          "Pour vous désabonner, cliquez ici. Pour exercer vos droits, consultez cnil.fr/fr/vos-droits."],
  headers=LU("https://www.cnil.fr/fr/newsletter/desinscription?e=c2FuZHJh", list_id="Lettre CNIL <lettre.cnil.fr>"))

S("sys-en-icf-newsletter", "en", "ICF Global <newsletter@coachingfederation.org>",
  "Coaching World: Ethics, consent and your clients' data", "2025-09-17 15:00",
  "This month in Coaching World", [
      "Ethics corner: what informed consent really means when you record coaching sessions.",
      "Practice management: five steps to handle a client's request to access or delete their records.",
      "Events: register for the ICF Converge regional webinar series."],
  color="#00a3a1", button=("Read more", "https://coachingfederation.org/blog"),
  footer=["You are receiving this email because you subscribed to ICF newsletters.",
          "Unsubscribe | Update preferences"],
  headers=LU("https://coachingfederation.org/unsubscribe?id=8821", list_id="ICF Newsletter <newsletter.coachingfederation.org>")
  + [("Reply-To", "ICF Member Services <support@coachingfederation.org>")])

S("sys-en-canva-newsletter", "en", "Canva <marketing@engage.canva.com>",
  "Sandra, 12 new templates for coaches and trainers ✨", "2026-03-04 16:20",
  "Fresh templates for your workshops", [
      "Hi Sandra,",
      "Workshop season is here. Discover our new presentation and worksheet templates for coaches, plus Instagram "
      "carousel designs to share your clients' testimonials.",
      "Copy, edit, export – all in a few clicks."],
  color="#8b3dff", button=("Explore templates", "https://www.canva.com/templates/"),
  footer=["You're receiving this email because you signed up for Canva.", "Unsubscribe · Privacy policy",
          "Canva Pty Ltd, 110 Kippax St, Surry Hills NSW 2010, Australia"],
  headers=LU("https://www.canva.com/unsubscribe?e=abc123", mailto="unsubscribe@engage.canva.com",
             list_id="<marketing.canva.com>"))

S("sys-fr-linkedin", "fr", "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, vous êtes apparue dans 14 recherches cette semaine", "2025-12-08 09:40",
  "Vous êtes apparue dans 14 recherches", [
      "Les recruteurs et les professionnels de la formation consultent votre profil.",
      "Principaux mots-clés : coach, formatrice gestion du stress, Issoudun."],
  color="#0a66c2", button=("Voir qui vous a cherchée", "https://www.linkedin.com/me/search-appearances/"),
  footer=["Cet e-mail était destiné à Sandra Delomenie (Coach & formatrice).",
          "Se désabonner · Aide", "© 2025 LinkedIn Ireland Unlimited Company"],
  headers=LU("https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=abc", list_id="<search_appearances.linkedin.com>"))

S("sys-fr-facebook-commentaire", "fr", "Facebook <notification@facebookmail.com>",
  "Nouveau commentaire sur la publication de Floraison de Soi", "2026-05-13 20:15",
  "Manon Leroy a commenté votre publication", [
      "« Merci pour ce moment ❤️ par contre je préfère ne pas être identifiée sur la photo 🙈 »",
      "Répondez ou gérez les commentaires depuis Meta Business Suite."],
  color="#1877f2", button=("Voir le commentaire", "https://www.facebook.com/floraisondesoi/posts/1029384756"),
  footer=["Ce message a été envoyé à sandra.delomenie@orange.fr.", "Pour ne plus recevoir ces e-mails, désabonnez-vous.",
          "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande"],
  headers=LU("https://www.facebook.com/o.php?k=AS2&u=100004", list_id="<notifications.facebookmail.com>"))

S("sys-en-paypal-payment", "en", "PayPal <service@paypal.fr>",
  "You've got money", "2025-07-21 13:45",
  "You received a payment of €70.00 EUR from Graham Fletcher", [
      "Hello Sandra Delomenie,",
      "Graham Fletcher sent you €70.00 EUR.",
      "Note from Graham Fletcher: \"Session 18 July – thanks!\"",
      "It may take a few moments for this transaction to appear in your account."],
  color="#003087", button=("View transaction", "https://www.paypal.com/activity"),
  footer=["PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg"])

S("sys-en-docusign-convention", "en", "Berry Plasturgie via DocuSign <dse_NA3@docusign.net>",
  "Please DocuSign: Convention de formation – Gestion du stress 2026", "2026-02-26 10:10",
  "Sylvie Marchand sent you a document to review and sign.", [
      "Please review and sign: Convention de formation – Gestion du stress 2026.pdf",
      "Sylvie Marchand, s.marchand@berry-plasturgie.fr: \"Bonjour Madame Delomenie, merci de signer la convention pour "
      "la session de mars. Cordialement.\""],
  color="#4c00ff", button=("REVIEW DOCUMENT", "https://na3.docusign.net/Signing/EmailStart.aspx?a=1f2e"),
  footer=["Do Not Share This Email: this email contains a secure link to DocuSign.",
          "About DocuSign: sign documents electronically in just minutes."])

# ------------------------------------------------------------------ Sandra's own automated / test mail
R(key="sys-fr-sandra-newsletter-test", lang="fr", frm=CONTACT, to=SANDRA,
  subject="[TEST] Cercle de juin & nouvelles du jardin 🌿", date="2026-05-06 22:10", mime="alt",
  plain=nl_text(NL_MAI["title"], NL_MAI["paras"], NL_MAI["cta"]),
  html_doc="<html><body>%s</body></html>" % nl_html(NL_MAI["title"], NL_MAI["paras"], NL_MAI["cta"]),
  headers=[("X-Mailer", "Systeme.io"), ("List-Unsubscribe", "<https://systeme.io/unsubscribe/test-0>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

# NEAR-LINE: Sandra's own note-to-self (From her address) mentioning a client's deletion request.
R(key="sys-fr-sandra-note-to-self", lang="fr", frm=SANDRA, to="Floraison de Soi <contact@floraisondesoi.fr>",
  client="iphone", mime="plain", subject="pense-bête",
  date="2025-09-02 12:40",
  body="""À faire avant vendredi :
- supprimer le dossier de M. Guérin (demande reçue ce matin) + le retirer de Systeme.io
- renvoyer attestation Mme Rochat
- facture Berry Plasturgie
- appeler Lucas pour la page témoignages

Envoyé de mon iPhone""")

# ------------------------------------------------------------------ auto-replies
R(key="sys-fr-autoreply-outlook-rh", lang="fr", client="outlook", mime="alt",
  frm="Sylvie Marchand <s.marchand@berry-plasturgie.fr>", date="2025-07-28 09:01",
  subject="Réponse automatique : Convention de formation – session de septembre",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.marchand@berry-plasturgie.fr")],
  body="""Bonjour,

Je suis absente du 28 juillet au 18 août inclus, sans accès à ma messagerie.
Pour toute urgence RH, merci de contacter Nadine Roux au 02 54 03 12 05 ou rh@berry-plasturgie.fr.

Votre message ne sera pas transféré.

Cordialement,
Sylvie Marchand""")

# NEAR-LINE: auto-reply that itself talks about deletion requests and personal data; it is machine-generated and
# exercises nothing.
R(key="sys-fr-autoreply-orange-client-suppression-words", lang="fr", client="orange", mime="plain",
  frm="Association Parents Solidaires 36 <parents.solidaires36@orange.fr>", date="2025-09-03 07:31",
  subject="Réponse automatique: Rentrée : trois rituels pour garder le cap 🍂",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
  body="""Bonjour,

Merci pour votre message. Les bénévoles de l'association sont en congé jusqu'au 15 septembre.

Pour toute demande concernant vos données personnelles (accès, modification, suppression de votre adhésion), merci d'écrire à bureau.parentssolidaires36@orange.fr en précisant votre nom.

Bien cordialement,
L'équipe Parents Solidaires 36""")

R(key="sys-fr-autoreply-mairie-accuse", lang="fr", client="system",
  frm="Mairie d'Issoudun – Courrier <ne-pas-repondre@mairie-issoudun.fr>", date="2026-01-29 08:00",
  subject="Accusé de réception de votre courriel",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")], mime="plain",
  body="""Madame, Monsieur,

Nous accusons réception de votre courriel adressé aux services de la Ville d'Issoudun. Il sera traité dans les meilleurs délais par le service concerné.

Les données personnelles que vous nous communiquez sont traitées par la Ville d'Issoudun pour répondre à votre demande. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du délégué à la protection des données : dpo@mairie-issoudun.fr.

Ce message est généré automatiquement, merci de ne pas y répondre.""")

R(key="sys-en-ooo-autoreply", lang="en", client="outlook",
  frm="Thomas Reid <thomas.reid@reid-consulting.co.uk>", date="2025-02-17 10:20",
  subject="Automatic reply: Your request – confirmation",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-Autoreply", "yes")],
  body="""Thank you for your email. I am out of the office until Monday 24 February with limited access to email.

For urgent matters please contact office@reid-consulting.co.uk.

Thomas Reid
Reid Consulting Ltd""")

R(key="sys-en-helpdesk-autoack", lang="en", client="system", mime="alt",
  frm="Nordic Pharma Support <support@nordicpharma.zendesk.com>", date="2026-02-19 09:00",
  subject="[Request received] Re: Supplier GDPR questionnaire – training services",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
  plain="""##- Please type your reply above this line -##

Your request (#48812) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Nordic Pharma Support.""",
  html_doc='<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
           '<p>Your request (#48812) has been received and is being reviewed by our support staff.</p>'
           '<p>To add additional comments, reply to this email.</p><p style="color:#999;font-size:11px">'
           'This email is a service from Nordic Pharma Support. Delivered by Zendesk</p></body></html>\n')

R(key="sys-en-autoreply-mobile-ooo-newsletter", lang="en", client="gmail", mime="alt",
  frm="Laura Mitchell <laura.mitchell.fr@gmail.com>", date="2025-07-14 08:00",
  subject="Out of office: Re: Atelier de juillet",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="""Hi! I'm travelling until 28 July with patchy signal. I'll reply when I'm back. If it's about the workshop, please just keep my place – no need to remove me from the list!

Laura""")

# ------------------------------------------------------------------ bounces (multipart/report)
def bounce(key, lang, date, mta, frm_daemon, subject, failed_rcpt, status, diag, human, orig_subject, orig_body,
           orig_date, orig_to, orig_from=SANDRA, headers_only=False):
    b = "%s/%s" % (h(key, n=10).upper(), mta)
    d = rfc_date(date, key)
    od = rfc_date(orig_date, key + "o")
    omid = "<%s>" % msgid_core({"frm": orig_from, "date": orig_date, "key": key + "orig"})
    mid = "<%s@%s>" % (h(key, "m", n=20), mta)
    from email.header import Header
    from email.utils import formataddr, parseaddr
    from email.policy import SMTP
    enc_subj = Header(orig_subject, "utf-8").encode() if any(ord(c) > 127 for c in orig_subject) else orig_subject
    enc_out = Header(subject, "utf-8").encode() if any(ord(c) > 127 for c in subject) else subject
    import quopri
    qp_body = quopri.encodestring(orig_body.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
            % (formataddr(parseaddr(orig_from), charset="utf-8"), formataddr(parseaddr(orig_to), charset="utf-8"),
               enc_subj, od, omid))
    if headers_only:
        third = "Content-Type: text/rfc822-headers\n\n" + orig
    else:
        third = "Content-Type: message/rfc822\n\n" + orig + "\n" + qp_body.replace("\r\n", "\n")
    raw = ("Return-Path: <>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
           "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"\n\n"
           "This is a MIME-encapsulated message.\n\n--%s\nContent-Type: text/plain; charset=\"utf-8\"\n"
           "Content-Transfer-Encoding: 8bit\n\n%s\n\n--%s\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822; %s\n"
           "Action: failed\nStatus: %s\nDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n\n--%s\n%s\n--%s--\n"
           % (frm_daemon, SANDRA if orig_from == SANDRA else orig_from, enc_out, d, mid, b, b, human, b, mta, od,
              failed_rcpt, failed_rcpt, status, diag, d, b, third, b))
    R(key=key, lang=lang, frm=frm_daemon, date=date, subject=subject, raw=raw)


bounce("sys-fr-bounce-orange-erasure-confirmation", "fr", "2025-09-02 18:31", "smtp-out.orange.fr",
       "Mail Delivery System <MAILER-DAEMON@orange.fr>", "Echec de remise du message / Undelivered Mail Returned to Sender",
       "jp.guerrin@orange.fr", "5.1.1", "550 5.1.1 <jp.guerrin@orange.fr>: Recipient address rejected: User unknown",
       """Ceci est un message automatique du serveur smtp-out.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<jp.guerrin@orange.fr> : adresse inconnue (550 5.1.1 User unknown)

Le message original est joint ci-dessous.""",
       "Re: Question", """Bonjour Monsieur Guérin,

Suite à votre demande du 2 septembre (« Pourriez-vous supprimer mes données de vos fichiers ? »), je vous confirme que vos données ont été supprimées de mes fichiers et de mon outil d'emailing.

Bien cordialement,
Sandra Delomenie""", "2025-09-02 18:30", "Jean-Paul Guérin <jp.guerrin@orange.fr>")

bounce("sys-en-bounce-gmail-dsn", "en", "2025-10-30 09:02", "mx.google.com",
       "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
       "d.whitfield@protonmail.com", "5.1.1",
       "550 5.1.1 The email account that you tried to reach does not exist.",
       """** Address not found **

Your message wasn't delivered to d.whitfield@protonmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
       "Copy of your file / Copie de votre dossier", """Dear Daniel,

As requested, please find attached a copy of the notes and documents I hold about you.

Warm regards,
Sandra""", "2025-10-30 09:00", "Daniel Whitfield <d.whitfield@protonmail.com>", orig_from="Floraison de Soi <contact@floraisondesoi.fr>")

bounce("sys-fr-bounce-exchange-newsletter", "fr", "2026-01-08 08:04", "PAXP193MB2211.EURP193.PROD.OUTLOOK.COM",
       "Microsoft Outlook <postmaster@ehpad-tilleuls.org>", "Non remis : Belle année 2026 ✨ et les ateliers du trimestre",
       "c.besnard@ehpad-tilleuls.org", "5.1.10",
       "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
       """Votre message n'a pas pu être remis à c.besnard@ehpad-tilleuls.org car l'adresse e-mail est introuvable ou n'existe plus.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PAXP193MB2211.EURP193.PROD.OUTLOOK.COM
c.besnard@ehpad-tilleuls.org
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'""",
       "Belle année 2026 ✨ et les ateliers du trimestre", "Chère lectrice, cher lecteur,\n\nJe vous souhaite une année douce...",
       "2026-01-08 08:00", "c.besnard@ehpad-tilleuls.org", orig_from="Floraison de Soi <contact@floraisondesoi.fr>",
       headers_only=True)

# ------------------------------------------------------------------ spam & phishing
S("sys-fr-phishing-orange-suspension", "fr", "Service Client Orange <securite-messagerie@orange-verif-compte.com>",
  "⚠ Dernier avis : votre messagerie sandra.delomenie@orange.fr sera supprimée", "2025-06-12 03:14",
  "Votre boîte mail sera désactivée sous 24h", [
      "Cher(e) client(e),",
      "Suite à la nouvelle réglementation RGPD, tous les comptes de messagerie doivent être vérifiés. Votre compte "
      "n'a pas encore été mis à jour : il sera supprimé avec toutes vos données sous 24 heures.",
      "Pour conserver l'accès à vos e-mails, confirmez vos informations et votre mot de passe dès maintenant."],
  color="#ff7900", button=("Vérifier mon compte", "http://orange-verif-compte.com/login.php?id=sandra.delomenie"),
  footer=["© Orange 2025 – Tous droits réservés"], name="Orange", to="sandra.delomenie@orange.fr",
  headers=[("Reply-To", "support-client@orange-verif-compte.com")])

S("sys-fr-spam-conformite-rgpd-amende", "fr", "Cellule Conformité RGPD <service@registre-rgpd-officiel.fr>",
  "Mise en conformité RGPD obligatoire – risque d'amende jusqu'à 20 000 €", "2025-04-15 10:47",
  "Votre entreprise n'est pas à jour de ses obligations RGPD", [
      "Madame la gérante,",
      "Sauf erreur de notre part, votre entreprise FLORAISON DE SOI (SIRET 8•• ••• •••) ne dispose pas de registre "
      "des traitements ni de procédure de gestion des demandes d'accès et de suppression.",
      "Depuis le 25 mai 2018, ces obligations s'imposent à TOUTES les entreprises. Les contrôles se multiplient.",
      "Régularisez votre situation avant le 30 avril en souscrivant au pack conformité (349 € HT)."],
  color="#b00020", button=("Régulariser ma situation", "https://registre-rgpd-officiel.fr/pack?ref=36100"),
  footer=["Organisme privé, non affilié à la CNIL.", "Pour ne plus recevoir nos communications, répondez STOP."],
  name="Registre RGPD", headers=LU("https://registre-rgpd-officiel.fr/stop?e=sandra", one_click=False))

S("sys-fr-spam-dpo-externalise", "fr", "Julien de DataPro Conseil <julien@datapro-conseil.fr>",
  "Sandra, qui gère vos demandes RGPD chez Floraison de Soi ?", "2025-10-21 14:05",
  "DPO externalisé pour indépendants", [
      "Bonjour Sandra,",
      "Je me permets de vous contacter car de nombreux coachs et formateurs reçoivent désormais des demandes d'accès, "
      "de rectification ou de suppression de données… et ne savent pas comment y répondre dans le délai d'un mois.",
      "Nous proposons un DPO externalisé à partir de 39 €/mois : registre, modèles de réponse, veille juridique.",
      "Auriez-vous 15 minutes cette semaine pour en discuter ?"],
  color="#0f766e", button=("Prendre rendez-vous", "https://calendly.com/datapro-conseil/15min"),
  footer=["DataPro Conseil – 12 rue Nationale, 37000 Tours",
          "Vous ne souhaitez plus recevoir nos e-mails ? Désinscrivez-vous ici."],
  headers=LU("https://datapro-conseil.fr/unsubscribe?u=8812", one_click=True))

S("sys-en-phishing-gdpr-certificate", "en", "EU GDPR Compliance Office <notice@eu-gdpr-registry.org>",
  "Action required: your GDPR compliance certificate expires in 48h", "2025-08-04 04:40",
  "GDPR Compliance Certificate – Renewal Notice", [
      "Dear Business Owner,",
      "Our records indicate that the GDPR compliance certificate for your domain floraisondesoi.fr expires in 48 hours. "
      "Non-compliant businesses may be reported to the national supervisory authority.",
      "Renew your certificate now to avoid penalties of up to 4% of annual turnover."],
  color="#003399", button=("Renew certificate", "http://eu-gdpr-registry.org/renew?d=floraisondesoi.fr"),
  footer=["EU GDPR Registry Services Ltd."], name="EU GDPR Registry")

# NEAR-LINE: phishing dressed up as a "GDPR data request" document share; no identifiable data subject asks
# anything; the link harvests credentials.
S("sys-en-phishing-fake-dsar-share", "en", "OneDrive Secure Share <no-reply@onedrive-fileshare-secure.com>",
  "Sandra Delomenie, you have received a secure document: GDPR_Data_Request_Form.pdf", "2026-03-25 02:20",
  "A document has been shared with you", [
      "A sender has shared a secure file with you via OneDrive:",
      "GDPR_Data_Request_Form.pdf (187 KB)",
      "This link will expire in 24 hours. Sign in with your email credentials to view the document."],
  color="#0078d4", button=("Open document", "https://onedrive-fileshare-secure.com/view?doc=GDPR_Data_Request_Form"),
  footer=["Microsoft respects your privacy.", "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"],
  name="OneDrive")

S("sys-en-spam-dsar-software", "en", "Hannah at PrivacyDesk <hannah@mail.privacydesk.io>",
  "Stop drowning in access & erasure requests 🛟", "2026-04-07 16:00",
  "Automate your data subject requests", [
      "Hi there,",
      "Small businesses now receive on average 3 data subject requests per month: access, rectification, erasure, "
      "objection… PrivacyDesk detects them in your inbox and drafts compliant replies automatically.",
      "Start your 14-day free trial – no credit card needed."],
  color="#2563eb", button=("Start free trial", "https://privacydesk.io/trial"),
  footer=["PrivacyDesk Inc., 2261 Market St, San Francisco, CA",
          "You're receiving this because you downloaded our GDPR checklist. Unsubscribe."],
  headers=LU("https://privacydesk.io/unsubscribe?id=77aa", mailto="unsubscribe@mail.privacydesk.io",
             list_id="PrivacyDesk News <news.privacydesk.io>"))

S("sys-en-meta-review", "en", "Meta for Business <business-noreply@business.facebook.com>",
  "Your Page Floraison de Soi received a new recommendation", "2025-06-20 12:00",
  "New recommendation for Floraison de Soi", [
      "Hannah Moreau recommends Floraison de Soi.",
      "\"Sandra helped me find my feet after moving to France. Warm, professional and very human.\"",
      "Reply to thank them or share the recommendation on your Page."],
  color="#1877f2", button=("See recommendation", "https://business.facebook.com/latest/reviews"),
  footer=["This message was sent to sandra.delomenie@orange.fr.", "Meta Platforms Ireland Ltd."],
  headers=LU("https://www.facebook.com/o.php?k=AS3&u=100004", list_id="<business.facebookmail.com>"))


# Some machine mail is sent as a single text/html part (no plain alternative).
HTML_ONLY = {"sys-fr-orange-facture", "sys-fr-phishing-orange-suspension", "sys-en-phishing-gdpr-certificate",
             "sys-en-meta-review", "sys-fr-linkedin"}
for _r in RECORDS:
    if _r["key"] in HTML_ONLY:
        _r["mime"] = "html"
