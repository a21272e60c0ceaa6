"""Machine-made and bulk negatives (French and English): auto-replies, bounces,
notifications and newsletters, vendor GDPR notices, RGPD spam and phishing, and mail sent
from her own addresses."""
from records_common import R, SANDRA, SANDRA_FULL, CONTACT, SANDRA_SIG

TO_CONTACT = "contact@floraisondesoi.fr"


def LU(list_id, url, mailto=None):
    v = "<%s>" % url if not mailto else "<mailto:%s>, <%s>" % (mailto, url)
    return [("List-Id", list_id), ("List-Unsubscribe", v),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>%(title)s</title></head>
<body style="margin:0;background:#f4f1ec;font-family:Georgia,serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" style="background:#ffffff">
<tr><td><h1 style="color:#6b4e71">%(title)s</h1>
%(paras)s
</td></tr>
<tr><td style="font-size:11px;color:#888">%(footer)s</td></tr>
</table></td></tr></table>
<img src="%(pixel)s" width="1" height="1" alt="">
</body></html>
"""


def nl_html(title, paras, footer, pixel):
    return NEWSLETTER_HTML % dict(title=title, paras="\n".join("<p>%s</p>" % p for p in paras),
                                  footer=footer, pixel=pixel)


RECORDS = [

# ============================================================ auto-replies
R("sys-fr-autoreply-outlook-hr", [], "fr",
  "Aurélie Besson <rh@berry-logistique.fr>",
  "Réponse automatique : Convention de formation n°2025-12",
  "2025-08-04 09:12",
  """Bonjour,

Je suis absente du bureau du 1er au 22 août inclus, sans accès à ma messagerie.

Pour toute urgence concernant la paie ou les formations, merci de contacter Mme Nadège Faucher (n.faucher@berry-logistique.fr). Vos données ne seront pas transférées ; votre message sera traité à mon retour.

Cordialement,
Aurélie Besson""",
  client="outlook", no_mailer=True,
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "rh@berry-logistique.fr")]),

R("sys-fr-xautoreply-orange", [], "fr",
  "Mutuelle du Berry - Service adhérents <adherents@mutuelleduberry-exemple.fr>",
  "Accusé de réception automatique",
  "2025-05-12 14:03",
  """Madame, Monsieur,

Nous accusons réception de votre message et vous en remercions. Il sera traité dans un délai de 5 jours ouvrés.

Pour toute demande relative à vos données personnelles (accès, rectification, suppression), merci d'écrire à notre délégué à la protection des données : dpo@mutuelleduberry-exemple.fr.

Ceci est un message automatique, merci de ne pas y répondre.

Le service adhérents""",
  client="system",
  hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),

# NEAR-LINE: an auto-reply quoting her own confirmation of an erasure; nothing is asked.
R("sys-fr-gmail-vacation-quote", [], "fr",
  "Manon Petit <manon.petit@icloud.com>",
  "Re: Droit à l'oubli",
  "2025-10-28 11:00",
  """Bonjour,

Je suis en voyage jusqu'au 15 novembre avec un accès limité à mes mails. Je vous répondrai à mon retour.

Manon""",
  quote=dict(frm=SANDRA, date="2025-10-28 10:58", subj="Re: Droit à l'oubli",
             text="""Bonjour Manon,

Je vous confirme que l'ensemble de vos données (nom, adresses, réponses aux questionnaires) a été supprimé de mes fichiers et de la plateforme.

Bien à vous,
Sandra"""), client="iphone", no_mailer=True,
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

# NEAR-LINE: a vendor's automatic ticket acknowledgement of HER request to the vendor.
R("sys-fr-systemeio-ticket-ack", [], "fr",
  "Support Systeme.io <support@systeme.io>",
  "[Ticket #482913] Demande de suppression de données d'un contact",
  "2025-10-29 08:47",
  """Bonjour Sandra,

Nous avons bien reçu votre demande concernant la suppression des données d'un contact de votre compte. Un membre de notre équipe vous répondra sous 48 h ouvrées.

Rappel : vous pouvez supprimer vous-même un contact depuis Contacts > sélectionner > Supprimer. Les données sont alors effacées définitivement sous 30 jours.

L'équipe Systeme.io

Ceci est un message automatique.""",
  client="system",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "482913")]),

R("sys-en-ooo", [], "en",
  "Tom Gallagher <tom.gallagher@outlook.com>",
  "Automatic reply: Your session notes",
  "2025-10-27 16:40",
  """Thanks for your email. I'm out of the office until Monday 3 November with limited access to email. For anything urgent please call my mobile.

Tom""",
  client="outlook", no_mailer=True,
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

R("sys-en-zoom-support-ack", [], "en",
  "Zoom Support <no-reply@zoom.us>",
  "We've received your request (Case #19483327)",
  "2025-09-18 04:12",
  """Hello Sandra,

Thank you for contacting Zoom Support. This is an automated confirmation that we have received your request regarding cloud recording deletion and data retention settings.

Case number: 19483327
Priority: Normal

A support engineer will follow up by email. To add information, simply reply to this message.

Zoom Support""",
  client="system",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")]),

# ============================================================ bounces
R("sys-fr-bounce-orange-full", [], "fr",
  "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Undelivered Mail Returned to Sender",
  "2025-12-02 10:31",
  """Ceci est un message automatique du serveur de messagerie Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<sabine.lacombe@free.fr> : l'adresse de destination n'existe pas ou n'est plus active.
Réponse du serveur distant : 550 5.1.1 <sabine.lacombe@free.fr>: Recipient address rejected: User unknown""",
  client="system",
  report=dict(mta="smtp-out.orange.fr", recipient="sabine.lacombe@free.fr", status="5.1.1",
              remote="mx1.free.fr",
              diag="550 5.1.1 <sabine.lacombe@free.fr>: Recipient address rejected: User unknown",
              orig=dict(frm=SANDRA, to="sabine.lacombe@free.fr", subj="Re: Sabine Lacombe",
                        date="2025-12-02 10:30",
                        body="""Bonjour Monsieur Lacombe,

Toutes mes condoléances. J'ai bien retiré votre sœur de ma liste de diffusion et j'ai supprimé ses données, comme vous me l'avez demandé.

Bien à vous,
Sandra Dumot-Deloménie"""))),

R("sys-fr-bounce-headers-only", [], "fr",
  "MAILER-DAEMON@smtp.orange.fr",
  "Echec de distribution du message / Delivery failure",
  "2025-04-03 15:22",
  """Votre message n'a pas pu être distribué après plusieurs tentatives pendant 72 heures.

Destinataire : c.lebreton@cabinet-lebreton-exemple.fr
Raison : boîte aux lettres pleine (552 5.2.2 Mailbox full)

Les en-têtes du message d'origine sont joints.""",
  client="system",
  report=dict(mta="smtp.orange.fr", recipient="c.lebreton@cabinet-lebreton-exemple.fr",
              status="5.2.2", remote="mx.cabinet-lebreton-exemple.fr",
              diag="552 5.2.2 Mailbox full", headers_only=True,
              orig=dict(frm=SANDRA, to="c.lebreton@cabinet-lebreton-exemple.fr",
                        subj="Export de vos données - demande du 2 mars",
                        date="2025-03-31 15:20",
                        body="Bonjour, veuillez trouver ci-joint l'export demandé."))),

R("sys-en-bounce-gmail", [], "en",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  "2025-08-27 12:05",
  """** Address not found **

Your message wasn't delivered to rachel.whitmore.old@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  client="system",
  report=dict(mta="mail-sor-f41.google.com", recipient="rachel.whitmore.old@gmail.com",
              status="5.1.1", remote="gmail-smtp-in.l.google.com",
              diag="550-5.1.1 The email account that you tried to reach does not exist.",
              orig=dict(frm=SANDRA, to="rachel.whitmore.old@gmail.com",
                        subj="Your request - photo and data deleted",
                        date="2025-08-27 12:04",
                        body="""Hello Rachel,

As requested, the photo has been removed from the website and Facebook, and all your data has been deleted.

Best wishes,
Sandra"""))),

# ============================================================ notifications & newsletters (FR)
R("sys-fr-systemeio-new-contact", [], "fr",
  "Systeme.io <notifications@systeme.io>",
  "Nouveau contact : elise.morvan@gmail.com",
  "2025-03-07 06:14",
  """Bonjour Sandra,

Un nouveau contact vient de s'inscrire via votre page "Ebook gratuit - 7 clés pour poser ses limites".

E-mail : elise.morvan@gmail.com
Prénom : Élise
Tags : ebook-limites, newsletter
Consentement RGPD : case cochée le 07/03/2025 à 06:13

Voir le contact dans votre tableau de bord.

L'équipe Systeme.io""",
  client="system", html="alt",
  hdrs=LU("<notifications.systeme.io>", "https://systeme.io/dashboard/settings/notifications")),

# NEAR-LINE: a platform notification that a contact unsubscribed; the unsubscription is
# already done and is not addressed to her as a request -> negative.
R("sys-fr-systemeio-unsubscribed", [], "fr",
  "Systeme.io <notifications@systeme.io>",
  "Un contact s'est désabonné de votre liste",
  "2025-10-06 07:46",
  """Bonjour Sandra,

Le contact raphael.simon@gmail.com s'est désabonné de vos e-mails marketing le 06/10/2025 à 07:46.

Il ne recevra plus vos newsletters ni vos campagnes. Ses données restent dans votre liste de contacts ; vous pouvez le supprimer depuis l'onglet Contacts si vous le souhaitez.

L'équipe Systeme.io""",
  client="system", html="only",
  hdrs=LU("<notifications.systeme.io>", "https://systeme.io/dashboard/settings/notifications")),

R("sys-fr-systemeio-new-sale", [], "fr",
  "Systeme.io <notifications@systeme.io>",
  "🎉 Nouvelle vente : Apprivoiser ses émotions (197,00 €)",
  "2025-11-16 21:33",
  """Félicitations Sandra !

Vous avez réalisé une nouvelle vente.

Produit : Apprivoiser ses émotions - formation en ligne
Montant : 197,00 € TTC
Client : Justine Caillaud (justine.caillaud@gmail.com)
Moyen de paiement : Stripe

L'accès à la formation a été envoyé automatiquement au client.

L'équipe Systeme.io""",
  client="system", html="alt",
  hdrs=LU("<notifications.systeme.io>", "https://systeme.io/dashboard/settings/notifications")),

R("sys-fr-stripe-payout", [], "fr",
  "Stripe <notifications@stripe.com>",
  "Un virement de 1 240,50 € est en route vers votre compte bancaire",
  "2025-06-03 02:10",
  """Floraison de Soi

Un virement de 1 240,50 € EUR est en route vers votre compte bancaire se terminant par 0417. Il devrait arriver le 5 juin 2025.

Consultez les détails de ce virement dans le Dashboard.

Vous recevez cet e-mail car vous êtes administrateur du compte Stripe Floraison de Soi. Gérer vos préférences de notification.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
  client="system", html="alt",
  hdrs=[("List-Unsubscribe", "<https://dashboard.stripe.com/settings/communication-preferences>"),
        ("X-Stripe-Notification", "payout.paid")]),

R("sys-fr-google-drive-share", [], "fr",
  "Cécile Pommier (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Dossier partagé avec vous : \"Floraison de Soi - Clôture 2025\"",
  "2026-01-19 10:45",
  """Cécile Pommier a partagé un dossier avec vous

Cécile Pommier (c.pommier@auditberry.fr) vous a invitée à modifier le dossier suivant :

Floraison de Soi - Clôture 2025

"Bonjour Sandra, déposez ici les exports et relevés demandés. Merci !"

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car c.pommier@auditberry.fr a partagé un dossier avec vous depuis Google Drive.""",
  client="system", html="alt", reply_to="Cécile Pommier <c.pommier@auditberry.fr>"),

R("sys-fr-calendly-canceled", [], "fr",
  "Calendly <notifications@calendly.com>",
  "Annulé : Philippe Renault - Séance de coaching (60 min)",
  "2025-10-29 07:16",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance de coaching (60 min)
Invité : Philippe Renault (philippe.renault@orange.fr)
Date : jeudi 30 octobre 2025, 14:00 - 15:00 (heure de Paris)
Motif de l'annulation : "Malade, je vous recontacte."

Ce créneau est de nouveau disponible sur votre page de réservation.

Envoyé par Calendly""",
  client="system", html="alt",
  hdrs=LU("<notifications.calendly.com>", "https://calendly.com/app/settings/notifications"),
  att=[dict(name="invite.ics", kind="ics", method="CANCEL",
            text="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:c7a1e0b2-4f3d-4a9e-9c1b-renault-20251030@calendly.com
DTSTAMP:20251029T061600Z
DTSTART:20251030T130000Z
DTEND:20251030T140000Z
SUMMARY:Philippe Renault et Sandra Delomenie
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR""")]),

R("sys-fr-zoom-recording", [], "fr",
  "Zoom <no-reply@zoom.us>",
  "L'enregistrement sur le cloud est maintenant disponible",
  "2025-11-12 21:48",
  """Bonjour Sandra Delomenie,

Votre enregistrement sur le cloud est maintenant disponible.

Sujet : Webinaire "Sortir du pilote automatique"
Date : 12 nov. 2025 19:30 Paris

Pour afficher ou partager cet enregistrement, cliquez sur le lien ci-dessous. Les enregistrements sont supprimés automatiquement au bout de 30 jours, sauf modification de vos paramètres.

https://zoom.us/rec/share/xGk3...

Merci d'avoir choisi Zoom.""",
  client="system", html="only",
  hdrs=LU("<recordings.zoom.us>", "https://zoom.us/profile/setting?tab=notifications")),

R("sys-fr-banque-releve", [], "fr",
  "Crédit Agricole Centre Loire <noreply@ca-centreloire-exemple.fr>",
  "Votre relevé de compte professionnel est disponible",
  "2025-07-02 05:30",
  """Madame DUMOT-DELOMENIE,

Votre relevé de compte professionnel du mois de juin 2025 est disponible dans votre espace client, rubrique e-Documents.

Pour votre sécurité, nous ne vous demanderons jamais vos identifiants ou codes par e-mail.

Votre conseiller, Crédit Agricole Centre Loire

Conformément au RGPD, vous pouvez exercer vos droits auprès de notre délégué à la protection des données. Pour ne plus recevoir ces notifications, modifiez vos préférences dans votre espace client.""",
  client="system", html="only",
  hdrs=LU("<e-documents.ca-centreloire-exemple.fr>", "https://www.ca-centreloire-exemple.fr/preferences")),

R("sys-fr-urssaf", [], "fr",
  "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Rappel : déclaration de chiffre d'affaires du 3e trimestre",
  "2025-10-20 08:00",
  """Madame Sandra DUMOT-DELOMENIE,

Votre déclaration de chiffre d'affaires pour le 3e trimestre 2025 est à effectuer avant le 31 octobre 2025 sur autoentrepreneur.urssaf.fr.

Attention : en l'absence de déclaration, une pénalité pourra être appliquée.

Ceci est un message automatique, merci de ne pas y répondre.

L'Urssaf""",
  client="system", html="alt",
  hdrs=[("List-Id", "<rappels.urssaf.fr>"),
        ("List-Unsubscribe", "<https://www.autoentrepreneur.urssaf.fr/preferences>")]),

R("sys-fr-other-coach-newsletter", [], "fr",
  "Isabelle Morand - Chemins de Vie <newsletter@cheminsdevie-coaching.fr>",
  "Et si vous retiriez enfin ce masque ? 🎭",
  "2025-09-07 06:30",
  """Bonjour Sandra,

Combien de fois avez-vous dit "oui" alors que tout en vous criait "non" ? Cette semaine, je vous propose d'effacer une vieille habitude : se justifier.

Mon nouveau programme "Oser être soi" démarre le 1er octobre. Inscriptions ouvertes, -20 % jusqu'à dimanche.

Belle semaine,
Isabelle

Vous recevez cet e-mail car vous vous êtes inscrite sur cheminsdevie-coaching.fr. Se désinscrire | Modifier mes données""",
  client="system", html="alt",
  html_body=nl_html("Et si vous retiriez enfin ce masque ?",
                    ["Bonjour Sandra,",
                     "Combien de fois avez-vous dit \"oui\" alors que tout en vous criait \"non\" ? "
                     "Cette semaine, je vous propose d'effacer une vieille habitude : se justifier.",
                     "Mon nouveau programme <b>Oser être soi</b> démarre le 1er octobre. "
                     "<a href=\"https://cheminsdevie-coaching.fr/oser\">Inscriptions ouvertes</a>, "
                     "-20 % jusqu'à dimanche.",
                     "Belle semaine,<br>Isabelle"],
                    "Vous recevez cet e-mail car vous vous êtes inscrite sur cheminsdevie-coaching.fr. "
                    "<a href=\"https://cheminsdevie-coaching.fr/unsub\">Se désinscrire</a> | "
                    "<a href=\"https://cheminsdevie-coaching.fr/prefs\">Modifier mes données</a>",
                    "https://t.cheminsdevie-coaching.fr/o/8d2f.gif"),
  hdrs=LU("<newsletter.cheminsdevie-coaching.fr>", "https://cheminsdevie-coaching.fr/unsub?u=8d2f",
          mailto="unsubscribe@cheminsdevie-coaching.fr")),

R("sys-fr-cnil-newsletter", [], "fr",
  "CNIL <newsletter@cnil.fr>",
  "La lettre de la CNIL - Droits des personnes : les bonnes pratiques",
  "2025-05-22 10:00",
  """La lettre de la CNIL - mai 2025

À la une : répondre aux demandes de droit d'accès
Droit d'accès, d'effacement, d'opposition : la CNIL publie une fiche pratique à destination des TPE et des indépendants pour répondre aux demandes dans le délai d'un mois.

Sanctions : retour sur les manquements au consentement pour la prospection par SMS.

Outils : le modèle de registre simplifié mis à jour.

Vous recevez cette lettre car vous y êtes abonné(e). Se désabonner : https://www.cnil.fr/fr/lettre-information/desabonnement""",
  client="system", html="alt",
  hdrs=LU("<lettre.cnil.fr>", "https://www.cnil.fr/fr/lettre-information/desabonnement")),

R("sys-fr-linkedin", [], "fr",
  "LinkedIn <notifications-noreply@linkedin.com>",
  "Sandra, vous êtes apparue dans 14 recherches cette semaine",
  "2025-02-24 09:15",
  """Sandra, vous êtes apparue dans 14 recherches cette semaine.

Les recruteurs et responsables formation de Centre-Val de Loire consultent votre profil. Mettez à jour votre section "Compétences" pour apparaître dans plus de résultats.

Voir toutes les recherches

Ce message a été envoyé à sandra.delomenie@orange.fr. Se désabonner. LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
  client="system", html="only",
  hdrs=LU("<search-appearances.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe")),

R("sys-fr-orange-facture", [], "fr",
  "Orange <facture@orange.fr>",
  "Votre facture Orange est disponible",
  "2025-08-11 07:02",
  """Bonjour,

Votre facture Orange Pro du mois d'août 2025 est disponible dans votre Espace Client.

Montant : 47,98 € TTC
Prélèvement prévu le 25/08/2025

Accédez à votre facture dans votre Espace Client Orange.

Ceci est un e-mail automatique, merci de ne pas y répondre.""",
  client="system", html="only",
  hdrs=[("List-Unsubscribe", "<https://espaceclient.orange.fr/preferences>")]),

R("sys-fr-systemeio-product-news", [], "fr",
  "Aurélien de Systeme.io <news@systeme.io>",
  "Nouveau : exportez vos contacts en CSV et gérez les demandes RGPD en 1 clic",
  "2025-04-16 16:00",
  """Bonjour Sandra,

Trois nouveautés ce mois-ci :

1. Export de contacts en CSV : sélectionnez une liste et téléchargez toutes les données (tags, achats, consentements).
2. Suppression RGPD en un clic : effacez un contact et tout son historique depuis sa fiche.
3. Double opt-in amélioré pour recueillir le consentement de vos abonnés.

À très vite,
Aurélien, CEO de Systeme.io

Vous recevez cet e-mail parce que vous avez un compte Systeme.io. Se désabonner""",
  client="system", html="alt",
  hdrs=LU("<news.systeme.io>", "https://systeme.io/unsubscribe/news")),

# ============================================================ vendor GDPR notices
R("sys-fr-vendor-systemeio-privacy", [], "fr",
  "Systeme.io <legal@systeme.io>",
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  "2025-12-01 11:00",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA), applicables à compter du 1er janvier 2026.

Principaux changements :
- liste des sous-traitants ultérieurs mise à jour ;
- précisions sur les transferts hors Union européenne (clauses contractuelles types) ;
- durée de conservation des journaux de connexion ramenée à 6 mois.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io après cette date, vous acceptez ces nouvelles conditions.

L'équipe Systeme.io""",
  client="system", html="alt",
  hdrs=[("List-Id", "<legal.systeme.io>")]),

R("sys-fr-vendor-ovh", [], "fr",
  "OVHcloud <noreply@ovhcloud.com>",
  "Évolution de nos Conditions Générales de Service et de l'Annexe Protection des Données",
  "2025-03-03 10:30",
  """Bonjour Madame DUMOT-DELOMENIE,

Nous vous informons de l'évolution de nos Conditions Générales de Service ainsi que de l'Annexe relative au traitement des données à caractère personnel (DPA), qui entreront en vigueur le 3 avril 2025.

Vous pouvez consulter les nouvelles versions depuis votre espace client, rubrique "Mes contrats".

Si vous n'acceptez pas ces modifications, vous pouvez résilier vos services sans frais avant leur entrée en vigueur.

L'équipe OVHcloud""",
  client="system", html="only",
  hdrs=[("List-Id", "<contrats.ovhcloud.com>")]),

# ============================================================ spam & phishing (FR)
R("sys-fr-spam-conformite-rgpd", [], "fr",
  "Service Conformité RGPD <conformite@rgpd-mise-en-regle.info>",
  "URGENT : votre entreprise n'est pas en conformité RGPD",
  "2025-02-20 06:47",
  """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI ne dispose pas d'un registre des traitements conforme à l'article 30 du RGPD.

Les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires. Pour éviter tout contrôle, nous vous proposons une mise en conformité complète pour 390 € HT.

Répondez "OUI" à ce message ou appelez le 09 70 xx xx xx avant vendredi.

Service Conformité RGPD
Pour ne plus recevoir nos communications, répondez STOP.""",
  client="system", reply_to="contact@rgpd-mise-en-regle.info"),

R("sys-fr-phishing-cnil-controle", [], "fr",
  "CNIL - Contrôle <controle@cnil-gouv-notification.com>",
  "Avis de contrôle - Dossier n°CNIL-2025-88412",
  "2025-07-21 03:12",
  """AVIS DE CONTRÔLE

Votre organisme a été sélectionné pour un contrôle de conformité au Règlement Général sur la Protection des Données.

Vous devez compléter le questionnaire de conformité et régler les frais de dossier (149 €) sous 72 heures, faute de quoi une procédure de sanction sera engagée.

Accéder au questionnaire : http://cnil-gouv-notification.com/controle/88412

Commission Nationale Informatique et Libertés""",
  client="system", html="only"),

R("sys-fr-phishing-orange-messagerie", [], "fr",
  "Orange Messagerie <securite@orange-assistance-compte.net>",
  "Votre messagerie sera supprimée sous 24h",
  "2025-09-29 02:55",
  """Cher(e) client(e),

Suite à une mise à jour de nos serveurs, votre boîte sandra.delomenie@orange.fr et toutes ses données seront supprimées sous 24h si vous ne confirmez pas vos informations.

Cliquez ici pour confirmer vos données : http://orange-assistance-compte.net/verif

L'équipe Orange""",
  client="system", html="only"),

R("sys-fr-spam-cookies-threat", [], "fr",
  "Maître Alexandre Vigier (Cabinet Data&Droit) <a.vigier@data-droit-avocats.biz>",
  "Collecte de données sans consentement sur floraisondesoi.fr",
  "2026-02-04 08:05",
  """Madame,

Notre outil d'audit automatique a détecté que votre site floraisondesoi.fr dépose des cookies Google Analytics sans consentement préalable de l'internaute.

Nous vous proposons une régularisation amiable et un audit complet pour 690 € HT. À défaut de retour sous 8 jours, nos clients pourront saisir l'autorité compétente.

Cordialement,
Cabinet Data&Droit""",
  client="system", html="alt"),

# ============================================================ her own sent mail (FR)
R("own-fr-confirm-erasure", [], "fr",
  SANDRA,
  "Re: Demande d'effacement - article 17 RGPD",
  "2025-01-28 18:20",
  """Bonjour Monsieur Tessier,

Suite à votre demande du 22 janvier, je vous confirme que l'ensemble de vos données personnelles a été effacé de mes fichiers (messagerie, Google Drive et Systeme.io).

Seules les pièces comptables éventuelles sont conservées pour la durée légale ; dans votre cas, il n'y en avait aucune.

Bien à vous,
""" + SANDRA_SIG,
  to="Jean-Marc Tessier <jm.tessier@free.fr>",
  quote=dict(frm="Jean-Marc Tessier <jm.tessier@free.fr>", date="2025-01-22 10:44",
             subj="Demande d'effacement - article 17 RGPD", to=SANDRA,
             text="""Madame,

Par la présente, je vous demande l'effacement de l'ensemble des données à caractère personnel me concernant, conformément à l'article 17 du Règlement général sur la protection des données."""),
  client="orange"),

R("own-fr-to-accountant-csv", [], "fr",
  SANDRA,
  "Export Stripe 2025 + relevés",
  "2026-01-23 17:05",
  """Bonjour Cécile,

Ci-joint l'export des ventes Stripe 2025 au format CSV. J'ai déposé les relevés Qonto dans le dossier partagé.

Pour les factures Systeme.io, je les télécharge ce week-end.

Merci et bonne soirée,
Sandra""",
  to="Cécile Pommier <c.pommier@auditberry.fr>", client="orange",
  att=[dict(name="stripe_ventes_2025.csv", kind="csv",
            text="""id,date,montant,devise,description,statut
py_3QaB1x,2025-01-07,60.00,eur,Séance coaching,succeeded
py_3QcD2y,2025-01-15,197.00,eur,Formation Apprivoiser ses émotions,succeeded
py_3QeF3z,2025-02-02,45.00,eur,Atelier Poser ses limites,succeeded
py_3QgH4w,2025-02-19,480.00,eur,Accompagnement 8 séances,succeeded
""")]),

R("own-fr-newsletter-test", [], "fr",
  CONTACT,
  "[TEST] 🌿 La lettre de Floraison de Soi - novembre",
  "2025-11-02 20:40",
  """Bonjour Sandra,

Ce mois-ci, on parle de gratitude et de ces petits riens qui font du bien.

Au programme des ateliers :
- 15 novembre : "L'art de la gratitude"
- 29 novembre : cercle de parole "Traverser l'hiver"

Prenez soin de vous,
Sandra

Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe/test""",
  to=SANDRA, client="system", html="alt",
  hdrs=LU("<newsletter.floraisondesoi.fr>", "https://floraisondesoi.systeme.io/unsubscribe/test")),

R("own-fr-reply-access-with-export", [], "fr",
  SANDRA_FULL,
  "Re: Demande d'accès à mes données personnelles",
  "2025-02-26 11:15",
  """Bonjour Madame Aubrac,

Suite à votre demande du 11 février, vous trouverez ci-joint la copie de l'ensemble des données vous concernant : fiche client, comptes-rendus de séances, questionnaires et factures.

Ces données sont hébergées sur mon Google Drive et dans ma messagerie ; aucune n'a été transmise à des tiers en dehors de mon expert-comptable pour les factures.

Je reste à votre disposition.

Bien cordialement,
""" + SANDRA_SIG,
  to="Christine Aubrac <christine.aubrac@gmail.com>", client="orange",
  att=[dict(name="Donnees_C_Aubrac_2025-02.pdf", kind="pdf",
            text="Floraison de Soi - Donnees personnelles\nCliente : Christine Aubrac\nFiche client, seances 2023-2024")]),

R("own-fr-note-to-self", [], "fr",
  SANDRA,
  "à faire RGPD",
  "2025-03-11 22:48",
  """- répondre à M. Lamarque (demande d'accès du 3/02 !!) avant la fin du mois
- supprimer les contacts inactifs depuis +3 ans dans Systeme.io
- vérifier que le témoignage de Corinne est bien retiré du site
- demander à Julien de corriger le bandeau cookies
- copie registre des traitements pour le classeur""",
  to=SANDRA, client="orange"),

# ============================================================ English notifications
R("sys-en-stripe-receipt-dispute", [], "en",
  "Stripe <notifications@stripe.com>",
  "A payment of €197.00 has been disputed",
  "2025-12-09 13:20",
  """Floraison de Soi

A customer has disputed a payment of €197.00 EUR (py_3RzX8k...). The disputed amount and a €20.00 dispute fee have been withdrawn from your balance.

Reason: product not received
Respond by: December 23, 2025

Submit evidence in the Dashboard.

You're receiving this email because you're an administrator of the Floraison de Soi Stripe account.""",
  client="system", html="alt",
  hdrs=[("List-Unsubscribe", "<https://dashboard.stripe.com/settings/communication-preferences>"),
        ("X-Stripe-Notification", "charge.dispute.created")]),

R("sys-en-calendly-new-event", [], "en",
  "Calendly <notifications@calendly.com>",
  "New Event: Rachel Whitmore - Discovery call (30 min)",
  "2025-05-02 15:31",
  """Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Rachel Whitmore
Invitee Email: rachel.whitmore@gmail.com
Event Date/Time: 10:00am - Wednesday, 7 May 2025 (Central European Time)
Location: Zoom

Questions:
What would you like to work on? Confidence after a career break.

View event in Calendly""",
  client="system", html="alt",
  hdrs=LU("<notifications.calendly.com>", "https://calendly.com/app/settings/notifications"),
  att=[dict(name="invite.ics", kind="ics",
            text="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5e2d1b7a-whitmore-20250507@calendly.com
DTSTAMP:20250502T133100Z
DTSTART:20250507T080000Z
DTEND:20250507T083000Z
SUMMARY:Rachel Whitmore and Sandra Delomenie
LOCATION:Zoom
ORGANIZER;CN=Sandra Delomenie:mailto:sandra.delomenie@orange.fr
ATTENDEE;CN=Rachel Whitmore;RSVP=TRUE:mailto:rachel.whitmore@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")]),

R("sys-en-google-security", [], "en",
  "Google <no-reply@accounts.google.com>",
  "Security alert",
  "2025-06-14 23:02",
  """A new sign-in on Windows

floraisondesoi.drive@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity

You can also see security activity at https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  to="floraisondesoi.drive@gmail.com", client="system", html="alt"),

R("sys-en-coach-newsletter", [], "en",
  "Laura Finch | The Courage Circle <laura@thecouragecircle.co>",
  "Delete the word \"should\" this week",
  "2025-10-19 14:00",
  """Hi friend,

This week's challenge: delete the word "should" from your vocabulary for seven days. Notice every time you reach for it.

Inside the Courage Circle membership this month: a workshop on boundaries and consent in friendships, plus a new journaling export feature so you can download all your entries.

With love,
Laura

You're receiving this because you signed up at thecouragecircle.co. Unsubscribe or update your data preferences.""",
  client="system", html="alt",
  hdrs=LU("<weekly.thecouragecircle.co>", "https://thecouragecircle.co/unsubscribe?id=77aa")),

R("sys-en-zoom-invite", [], "en",
  "Helen Foster <helen.foster@btinternet.com>",
  "Invitation: catch-up call @ Tue 3 Mar 2026 17:00 - 17:30 (CET)",
  "2026-02-24 12:00",
  """Helen Foster has invited you to a meeting.

Catch-up call
Tuesday 3 March 2026, 17:00 - 17:30 (Central European Time - Paris)

Join Zoom Meeting
https://us06web.zoom.us/j/84512345678

Just a quick call to see where things are - no need to open my file for it!

Invitation from Google Calendar""",
  client="system", html="alt",
  att=[dict(name="invite.ics", kind="ics",
            text="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:3k9fj2l1m0catchup@google.com
DTSTAMP:20260224T110000Z
DTSTART:20260303T160000Z
DTEND:20260303T163000Z
SUMMARY:Catch-up call
ORGANIZER;CN=Helen Foster:mailto:helen.foster@btinternet.com
ATTENDEE;CN=Sandra Delomenie;RSVP=TRUE:mailto:sandra.delomenie@orange.fr
LOCATION:https://us06web.zoom.us/j/84512345678
END:VEVENT
END:VCALENDAR""")]),

R("sys-en-canva-share", [], "en",
  "Canva <no-reply@canva.com>",
  "Julien shared \"Workshop flyer - spring 2026\" with you",
  "2026-01-30 09:40",
  """Julien (WebBerry) shared a design with you

Workshop flyer - spring 2026
"Here's the new flyer, I removed the old photos as discussed. Feel free to edit!"

Open in Canva

You're receiving this email because someone shared a Canva design with you. Manage email preferences.""",
  client="system", html="only",
  hdrs=LU("<shares.canva.com>", "https://www.canva.com/settings/communication-preferences")),

# ============================================================ vendor GDPR notices (EN)
R("sys-en-vendor-stripe-dpa", [], "en",
  "Stripe <legal-notices@stripe.com>",
  "Updates to the Stripe Data Processing Agreement",
  "2025-09-02 17:00",
  """Hello,

We're writing to let you know that we're updating the Stripe Data Processing Agreement (DPA) and our Privacy Policy, effective October 2, 2025.

These updates clarify how Stripe processes personal data as a processor on your behalf, update our list of sub-processors, and reflect changes to international data transfer mechanisms.

No action is required. By continuing to use Stripe after October 2, 2025, you agree to the updated terms.

Stripe Payments Europe, Limited, 1 Grand Canal Street Lower, Dublin 2, Ireland""",
  client="system", html="alt",
  hdrs=[("List-Id", "<legal-notices.stripe.com>")]),

R("sys-en-vendor-google-workspace", [], "en",
  "Google Workspace <workspace-noreply@google.com>",
  "[Action advised] Review the updated Cloud Data Processing Addendum",
  "2025-11-18 18:30",
  """Hello Administrator,

We're updating the Cloud Data Processing Addendum (CDPA) that applies to your Google Workspace account floraisondesoi.fr. The updated terms take effect on December 18, 2025.

You can review and accept the terms in the Admin console under Account > Account settings > Legal and compliance.

Your data-subject request tools, including export and deletion, are unchanged.

The Google Workspace Team""",
  to="contact@floraisondesoi.fr", client="system", html="alt"),

# ============================================================ spam & phishing (EN)
R("sys-en-spam-gdpr-audit", [], "en",
  "GDPR Compliance Team <audit@gdpr-certify-now.com>",
  "Final notice: your website is not GDPR compliant",
  "2025-04-07 04:18",
  """Dear Business Owner,

Our automated scan of floraisondesoi.fr found 7 GDPR violations, including missing cookie consent and no data deletion process.

Fines can reach EUR 20,000,000. Get certified today for only EUR 299 and receive your official GDPR compliance badge.

Claim your certificate: http://gdpr-certify-now.com/claim?d=floraisondesoi.fr

To opt out of future messages, reply REMOVE.""",
  client="system", html="only"),

R("sys-en-phishing-mailbox", [], "en",
  "Mail Administrator <admin@orange-mailbox-upgrade.com>",
  "Mailbox storage full - verify your account to avoid data loss",
  "2025-12-14 01:07",
  """Dear sandra.delomenie,

Your mailbox has exceeded its storage limit. Incoming messages are on hold and your stored data will be deleted within 48 hours.

Verify your account now to restore access: http://orange-mailbox-upgrade.com/verify

Mail Administrator""",
  client="system", html="only"),

# ============================================================ her own sent mail (EN)
R("own-en-export-sent", [], "en",
  SANDRA,
  "Re: Subject access + data export",
  "2025-10-06 10:02",
  """Dear Mr Okafor,

Further to your request of 15 September, please find attached:
- a copy of all personal data I hold about you (PDF);
- the data you provided, in CSV format, ready to be imported elsewhere.

The data is stored in my mailbox, Google Drive and on Systeme.io; payment data is held by Stripe.

Kind regards,
Sandra Dumot-Deloménie
Floraison de Soi""",
  to="Daniel Okafor <daniel.okafor@outlook.com>", client="orange",
  quote=dict(frm="Daniel Okafor <daniel.okafor@outlook.com>", date="2025-09-15 08:40",
             subj="Subject access + data export", to=SANDRA,
             text="""Under Articles 15 and 20 of the GDPR I would like (a) confirmation of what personal data you hold about me, with a copy, and (b) the data I provided to you in a machine-readable format."""),
  att=[dict(name="Okafor_personal_data.pdf", kind="pdf", text="Floraison de Soi\nPersonal data - Daniel Okafor"),
       dict(name="Okafor_data_export.csv", kind="csv",
            text="field,value\nfirst_name,Daniel\nlast_name,Okafor\nemail,daniel.okafor@outlook.com\ncourse,Finding your balance\nenrolled,2025-02-03\n")]),
]
