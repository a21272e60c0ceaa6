from common import m, SANDRA_C, SANDRA_O

AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}
BULK = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}

RECORDS = [
# ------------------------------------------------------------------ auto-replies
m("fr-neg-autoreply-vacances", "", "Sylvie Carré <sylvie.carre@gmail.com>",
  "Réponse automatique : Re: Questionnaire santé",
  """Bonjour,

Je suis absente du 6 au 20 avril inclus, sans accès à mes mails. Je vous répondrai à mon retour.

Sylvie Carré""", hdr=AR, auto=True,
  date="2026-04-07 08:02", qdate="2026-04-07 08:01"),

m("fr-neg-autoreply-rgpd-rights", "", "Service Clients Mutuelle Berry Prévoyance <ne-pas-repondre@berryprevoyance.fr>",
  "Accusé de réception de votre message",
  """Madame, Monsieur,

Nous avons bien reçu votre message et nous vous en remercions. Il sera traité par nos conseillers dans un délai de 5 jours ouvrés.

Pour toute demande urgente, contactez-nous au 02 48 00 00 00 du lundi au vendredi de 9h à 17h.

Protection des données : conformément au Règlement (UE) 2016/679 et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données, ainsi que du droit de définir des directives relatives à leur sort après votre décès. Vous pouvez exercer ces droits auprès de notre DPO : dpo@berryprevoyance.fr. Vous pouvez également introduire une réclamation auprès de la CNIL.

Ceci est un message automatique, merci de ne pas y répondre.""",
  hdr=dict(AR, **{"X-Auto-Response-Suppress": "All"}), html="alt", hstyle="notif", brand="Berry Prévoyance", auto=True,
  # NEAR-LINE: auto-reply listing every GDPR right -> negative
  ),

m("fr-neg-autoreply-mairie", "", "Mairie d'Issoudun - Vie associative <vie.associative@mairie-issoudun.fr>",
  "Absence : Réservation salle des Minimes - mai",
  """Bonjour,

Je suis actuellement en congés et serai de retour le lundi 13 avril. Pour toute demande de réservation de salle, merci de contacter l'accueil au 02 54 03 59 59.

Cordialement,
Hervé Dumas""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                      "X-Mailer": "Microsoft Outlook 16.0"}, auto=True),

m("fr-neg-autoreply-ticket", "", "Support Systeme.io <support@systeme.io>",
  "[Ticket #884213] Nous avons bien reçu votre demande",
  """Bonjour Sandra,

Merci de nous avoir contactés. Votre demande « Export des contacts de mon tunnel » a bien été enregistrée sous le numéro #884213. Un membre de notre équipe vous répondra sous 24 à 48 heures ouvrées.

Vous pouvez répondre à cet e-mail pour ajouter des informations à votre demande.

L'équipe Systeme.io""", hdr=AR, html="alt", hstyle="notif", brand="systeme.io", auto=True, to="contact"),

m("en-neg-autoreply-ooo", "", "Tom Becker <tom.becker@gmx.de>",
  "Out of office: Re: Who did you share my data with?",
  """Thank you for your message. I am out of the office until 14 April with limited access to email. For urgent matters please contact my colleague Anja Vogel (anja.vogel@becker-logistik.de).

Best regards,
Tom Becker""", hdr=AR, auto=True,
  date="2026-04-03 10:06", qdate="2026-04-03 10:05"),

m("en-neg-autoreply-gdpr-footer", "", "Wellbeing Retreats Ltd <info@wellbeingretreats.co.uk>",
  "Automatic reply: Partnership proposal",
  """Thanks for getting in touch with Wellbeing Retreats! We aim to reply within two working days.

Privacy: we process your personal data to respond to your enquiry. You have the right to access, rectify, erase, restrict or port your data and to object to processing. To exercise these rights, email privacy@wellbeingretreats.co.uk.""",
  hdr=AR, auto=True, html="alt"),

# ------------------------------------------------------------------ bounces
m("fr-neg-bounce-orange", "", "MAILER-DAEMON@orange.fr",
  "Undelivered Mail Returned to Sender",
  """Ceci est le système de messagerie à l'adresse smtp-out.orange.fr.

Je suis désolé de vous informer que votre message n'a pas pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

<chantal.riviere36@wanadoo.fr>: host smtp-in.orange.fr[193.252.22.65] said: 550 5.1.1 Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416""",
  kind="bounce", to=SANDRA_O, auto=True, cte=None,
  bounce=dict(rcpt="chantal.riviere36@wanadoo.fr", status="5.1.1", mta="smtp-out.orange.fr",
              diag="550 5.1.1 Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416",
              orig_subject="Rappel : cercle du jeudi 19 mars",
              orig_from=SANDRA_O),
  date="2026-04-02 06:12", qdate="2026-04-02 06:12"),

m("en-neg-bounce-gmail", "", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to emma.collins.old@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  kind="bounce", to="contact", auto=True,
  bounce=dict(rcpt="emma.collins.old@gmail.com", status="5.1.1", mta="mail-sor-f41.google.com",
              diag="550-5.1.1 The email account that you tried to reach does not exist.",
              orig_subject="Spring circles are open")),

m("fr-neg-bounce-mailbox-full", "", "Mail Delivery System <MAILER-DAEMON@mx1.ovh.net>",
  "Mail delivery failed: returning message to sender",
  """Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente.

  jeannine.foucher@wanadoo.fr
    Boîte aux lettres pleine / mailbox full (552 5.2.2)""",
  kind="bounce", to="contact", auto=True,
  bounce=dict(rcpt="jeannine.foucher@wanadoo.fr", status="5.2.2", mta="mx1.ovh.net",
              diag="552 5.2.2 Mailbox full", orig_subject="Votre nouveau mot de passe - formation en ligne")),

# ------------------------------------------------------------------ platform notifications
m("fr-neg-stripe-paiement", "", "Stripe <notifications@stripe.com>",
  "Paiement de 240,00 € reçu de Claire Moutet",
  """Vous avez reçu un paiement de 240,00 € EUR.

Client : Claire Moutet (claire.moutet@free.fr)
Description : Formation Communication bienveillante - solde
Moyen de paiement : Visa •••• 4821
Date : 9 mars 2026

Voir le paiement dans le Dashboard : https://dashboard.stripe.com/payments/pi_3Qx7Lm2eZvKYlo2C1aB4cD5e""",
  hdr=BULK, html="alt", hstyle="notif", brand="stripe", auto=True, to="contact"),

m("en-neg-stripe-payout", "", "Stripe <support@stripe.com>",
  "Your payout of €1,184.50 is on the way",
  """A payout of €1,184.50 EUR to your bank account FR76 •••• 0412 is expected to arrive on 27 March 2026.

This payout includes 9 payments and 1 refund.

View payout: https://dashboard.stripe.com/payouts/po_1Qz2aB3cD4eF5gH6""",
  hdr=BULK, html="alt", hstyle="notif", brand="stripe", auto=True, to="contact"),

m("fr-neg-systemeio-vente", "", "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Gérer son stress au quotidien",
  """Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Gérer son stress au quotidien (formation en ligne)
Client : thibault.renaud@outlook.fr
Montant : 97,00 €

Le client a reçu son accès à l'espace membre.""",
  hdr=BULK, html="only", hstyle="notif", brand="systeme.io", auto=True, to="contact"),

m("fr-neg-systemeio-desabonnement", "", "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné de vos e-mails",
  """Bonjour Sandra,

Le contact lilou.b36@hotmail.fr s'est désabonné de vos campagnes e-mail via le lien de désinscription.

Il ne recevra plus vos newsletters ni vos séquences automatiques. Vous pouvez consulter la liste de vos contacts désabonnés dans le menu Contacts.""",
  hdr=BULK, html="alt", hstyle="notif", brand="systeme.io", auto=True, to="contact",
  # NEAR-LINE: platform notification that someone unsubscribed (already processed) -> negative
  ),

m("en-neg-google-security", "", "Google <no-reply@accounts.google.com>",
  "Security alert",
  """New sign-in to your account

contact@floraisondesoi.fr
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  hdr={"Auto-Submitted": "auto-generated"}, html="alt", hstyle="notif", brand="Google", auto=True, to="contact"),

m("fr-neg-calendly-nouveau", "", "Calendly <notifications@calendly.com>",
  "Nouvel évènement : Romane Chevalier - Séance individuelle 1h",
  """Bonjour Sandra Delomenie,

Un nouvel évènement a été programmé.

Type d'évènement : Séance individuelle 1h
Invitée : Romane Chevalier
E-mail de l'invitée : romane.chevalier@gmail.com
Date/Heure : 18:00 - mardi 14 avril 2026 (heure d'Europe centrale)
Lieu : 46 rue d'Estienne d'Orves, Issoudun

Voir l'évènement dans Calendly""",
  hdr=BULK, html="alt", hstyle="notif", brand="Calendly", auto=True,
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nBEGIN:VEVENT\r\nUID:b47-cal-romane@calendly.com\r\nDTSTAMP:20260410T120000Z\r\nDTSTART:20260414T160000Z\r\nDTEND:20260414T170000Z\r\nSUMMARY:Romane Chevalier - Seance individuelle 1h\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),

m("en-neg-calendly-canceled", "", "Calendly <notifications@calendly.com>",
  "Canceled: Discovery call with Priya Raman",
  """Hi Sandra Delomenie,

The event below has been canceled.

Event type: Discovery call (30 min)
Invitee: Priya Raman
Invitee email: priya.raman@yahoo.com
Event date/time: 09:00 - Thursday, 2 April 2026 (Central European Time)
Cancellation reason: \"Sorry, time zone mix-up, I'll rebook.\"""",
  hdr=BULK, html="alt", hstyle="notif", brand="Calendly", auto=True),

m("en-neg-zoom-recording", "", "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Webinaire : Charge mentale is now available",
  """Hi Sandra,

Your cloud recording is now available.

Topic: Webinaire : Charge mentale
Date: Mar 17, 2026 07:00 PM Paris

Share recording with viewers: https://us06web.zoom.us/rec/share/b47xYz
Recordings will be deleted automatically after 30 days.""",
  hdr=BULK, html="alt", hstyle="notif", brand="zoom", auto=True, to="contact",
  # NEAR-LINE: "deleted automatically" in a platform notice
  ),

m("fr-neg-qonto-virement", "", "Qonto <noreply@qonto.com>",
  "Virement reçu : 450,00 €",
  """Bonjour Sandra,

Vous avez reçu un virement de 450,00 € sur votre compte Floraison de Soi.

Émetteur : TRANSPORTS BERRICHONS
Libellé : FACT F2026-021 FORMATION CONFLITS ACOMPTE

Pensez à ajouter le justificatif dans l'application.""",
  hdr=BULK, html="alt", hstyle="notif", brand="Qonto", auto=True, to="orange"),

m("fr-neg-urssaf-echeance", "", "URSSAF <ne_pas_repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires - échéance du 30 avril",
  """Madame DELOMENIE,

Votre déclaration de chiffre d'affaires du mois de mars est disponible sur votre espace autoentrepreneur.urssaf.fr. Vous avez jusqu'au 30 avril 2026 pour la compléter et régler vos cotisations.

Cordialement,
Votre Urssaf""",
  hdr={"Auto-Submitted": "auto-generated"}, html="only", hstyle="notif", brand="Urssaf", auto=True, to="orange"),

m("en-neg-paypal-payment", "", "service@paypal.fr",
  "You've got money",
  """Hello Floraison de Soi,

You received a payment of €60.00 EUR from Marco Bianchi (marco.bianchi@libero.it).

Note from Marco: \"Workshop in English 28/03 - thank you!\"

Transaction ID: 7XK21934LM558301B""",
  hdr=BULK, html="alt", hstyle="notif", brand="PayPal", auto=True, to="contact"),

m("fr-neg-brevo-rapport", "", "Brevo <contact@service.brevo.com>",
  "Rapport de campagne : Lettre de mars",
  """Votre campagne « Lettre de mars » a été envoyée à 412 contacts.

Taux d'ouverture : 48,3 %
Taux de clic : 9,7 %
Désinscriptions : 3
Hard bounces : 2

Consulter le rapport complet dans votre compte Brevo.""",
  hdr=BULK, html="alt", hstyle="notif", brand="Brevo", auto=True, to="contact"),

m("fr-neg-google-avis", "", "Google Business Profile <businessprofile-noreply@google.com>",
  "Nouvel avis sur Floraison de Soi",
  """Floraison de Soi a reçu un nouvel avis

★★★★★ Marie-Ève G.
« Sandra a une écoute incroyable. Je recommande le webinaire sur l'affirmation de soi ! »

Répondre à l'avis""",
  hdr=BULK, html="only", hstyle="notif", brand="Google", auto=True, to="contact"),

m("en-neg-linkedin", "", "LinkedIn <messages-noreply@linkedin.com>",
  "Laurence Petit sent you a message",
  """Laurence Petit
Chargée de formation à la CCI de l'Indre

\"Bonjour Sandra, j'ai bien reçu votre programme, je reviens vers vous...\"

View message: https://www.linkedin.com/messaging/

This email was intended for Sandra Delomenie (Coach & formatrice). Unsubscribe from messaging notifications.""",
  hdr=dict(BULK, **{"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub&a=b47>"}),
  html="alt", hstyle="notif", brand="LinkedIn", auto=True, to="contact"),

m("fr-neg-impots", "", "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>",
  "Un nouveau document est disponible dans votre espace professionnel",
  """Madame,

Un nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr : avis de cotisation foncière des entreprises 2025.

Ceci est un message automatique.
La Direction générale des Finances publiques""",
  hdr={"Auto-Submitted": "auto-generated"}, html="alt", hstyle="notif", brand="impots.gouv.fr", auto=True, to="orange"),

m("fr-neg-wordpress-maj", "", "WordPress <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Certaines extensions ont été mises à jour automatiquement",
  """Bonjour ! Des extensions ont été mises à jour automatiquement sur votre site https://floraisondesoi.fr :

- Complianz RGPD/CCPA Cookie Consent (de la version 7.1.4 à 7.1.5)
- WPForms Lite (de la version 1.9.3 à 1.9.4)

Si vous rencontrez un problème, contactez votre hébergeur.""",
  hdr={"Auto-Submitted": "auto-generated"}, auto=True, to="contact", cte=None),

m("fr-neg-canva", "", "Canva <marketing@engage.canva.com>",
  "Vos designs pour le printemps 🌼",
  """Bonjour Sandra,

Le printemps, c'est le moment idéal pour rafraîchir vos flyers et vos publications. Découvrez nos nouveaux modèles pour coachs et thérapeutes.

Vous recevez cet e-mail car vous êtes inscrite aux actualités Canva. Se désinscrire.""",
  hdr={"List-Id": "<marketing.engage.canva.com>", "List-Unsubscribe": "<https://www.canva.com/unsubscribe?u=b47>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  html="only", hstyle="notif", brand="Canva", auto=True, to="contact"),

m("en-neg-facebook-page", "", "Facebook <notification@facebookmail.com>",
  "Your Page Floraison de Soi has 3 new comments",
  """Floraison de Soi

Christelle V. commented on your post: \"Quelle belle journée !\"
Valérie H. and 1 other commented on your photo.

See all notifications""",
  hdr=BULK, html="alt", hstyle="notif", brand="facebook", auto=True, to="contact"),

# ------------------------------------------------------------------ vendor privacy / DPA notices
m("fr-neg-systemeio-politique", "", "Systeme.io <info@systeme.io>",
  "Mise à jour de notre politique de confidentialité",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA), applicables à compter du 1er mai 2026. Ces changements concernent la liste de nos sous-traitants ultérieurs et les durées de conservation des journaux techniques.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io après cette date, vous acceptez les nouvelles conditions.

L'équipe Systeme.io""",
  hdr={"List-Unsubscribe": "<mailto:unsubscribe@systeme.io>", "Precedence": "bulk"},
  html="alt", hstyle="notif", brand="systeme.io", auto=True, to="contact"),

m("en-neg-calendly-dpa", "", "Calendly Legal <legal@calendly.com>",
  "Updates to Calendly's Data Processing Addendum",
  """Hello,

We're writing to let you know that we've updated our Data Processing Addendum (DPA) and our list of subprocessors. The updated DPA incorporates the latest EU Standard Contractual Clauses and the EU-U.S. Data Privacy Framework.

The changes take effect on April 30, 2026. You can review the DPA at calendly.com/dpa. No action is required.

The Calendly Team""", hdr=BULK, html="alt", hstyle="notif", brand="Calendly", auto=True),

m("en-neg-zoom-terms", "", "Zoom <no-reply@zoom.us>",
  "Important updates to our Terms of Service and Privacy Statement",
  """Dear Zoom customer,

We are updating our Terms of Service and Privacy Statement effective April 15, 2026. These updates clarify how we handle customer content and your rights regarding access and deletion of data.

Learn more at zoom.com/trust.""",
  hdr=BULK, html="only", hstyle="notif", brand="zoom", auto=True, to="contact"),

m("en-neg-google-workspace-dpa", "", "The Google Workspace Team <workspace-noreply@google.com>",
  "[Action advised] Review the Cloud Data Processing Addendum",
  """Dear Google Workspace Administrator,

We're writing to let you know about updates to the Cloud Data Processing Addendum (CDPA) for your organization floraisondesoi.fr. You can review and accept the updated terms in the Admin console under Account > Legal and compliance.

Your Google Workspace Team""", hdr=BULK, html="alt", hstyle="notif", brand="Google Workspace", auto=True, to="contact"),

m("fr-neg-brevo-soustraitants", "", "Brevo - Conformité <privacy@brevo.com>",
  "Information : mise à jour de la liste de nos sous-traitants",
  """Bonjour,

Conformément à l'article 28 du RGPD et à notre accord de traitement des données, nous vous informons de l'ajout d'un nouveau sous-traitant ultérieur (hébergement de sauvegardes, localisé dans l'Union européenne). Vous disposez de 30 jours pour formuler une objection motivée.

Cordialement,
L'équipe Conformité Brevo""", hdr=BULK, html="alt", hstyle="notif", brand="Brevo", auto=True, to="contact",
  # NEAR-LINE: a processor telling her she may object to a sub-processor -> negative (not a data subject)
  ),

# ------------------------------------------------------------------ compliance spam
m("fr-neg-spam-rgpd-amende", "", "Service Conformité RGPD <info@conformite-rgpd-pme.fr>",
  "URGENT : votre entreprise n'est pas conforme au RGPD",
  """Madame, Monsieur,

Depuis le 25 mai 2018, toutes les entreprises doivent tenir un registre des traitements et désigner un référent. Les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires.

Notre analyse indique que votre site floraisondesoi.fr présente des non-conformités. Régularisez votre situation dès aujourd'hui pour 149 € HT seulement.

Cliquez ici pour votre mise en conformité : https://conformite-rgpd-pme.fr/dossier/36100

Pour ne plus recevoir nos communications, répondez STOP.""",
  hdr={"List-Unsubscribe": "<mailto:stop@conformite-rgpd-pme.fr>", "Precedence": "bulk"}, html="only", auto=True),

m("fr-neg-spam-registre", "", "Pôle Mise en Conformité <relance@registre-obligatoire.info>",
  "Relance : formalité RGPD obligatoire - dossier n° 36-4471",
  """DERNIÈRE RELANCE AVANT TRANSMISSION

Votre déclaration de conformité n'a pas été reçue. Les entreprises individuelles sont également concernées. Retournez le formulaire ci-joint accompagné de votre règlement de 289 € sous 8 jours.""",
  hdr={"Precedence": "bulk"}, auto=True,
  att=[("pdf", "formulaire_conformite_36-4471.pdf", "FORMULAIRE DE MISE EN CONFORMITE - dossier 36-4471 - reglement 289 EUR")]),

m("fr-neg-spam-cookies", "", "Julien de WebAudit <julien@webaudit-express.fr>",
  "Votre bandeau cookies est-il conforme ?",
  """Bonjour Sandra,

J'ai fait un rapide audit de floraisondesoi.fr : votre bandeau cookies dépose des traceurs Google Analytics avant le consentement. La CNIL a sanctionné plusieurs sites pour ça.

Je vous propose un audit complet + correction pour 390 €. Un petit appel de 15 min cette semaine ?

Julien
WebAudit Express""", html="alt",
  # NEAR-LINE: "consentement" in cold sales pitch
  ),

m("en-neg-spam-gdpr-audit", "", "GDPR Compliance Team <team@gdpr-shield-pro.com>",
  "Your website may be violating GDPR - free scan results",
  """Hi there,

Our automated scan of floraisondesoi.fr found 7 potential GDPR violations, including missing data subject request forms and no DPA with your processors.

Fines can reach €20 million. Book a free call to fix it today.

Reply \"remove\" to opt out.""", hdr={"Precedence": "bulk"}, html="alt", auto=True),

m("en-neg-spam-dsar-tool", "", "Nina from PrivacyDesk <nina@privacydesk-mail.io>",
  "Automate your data subject requests",
  """Hi Sandra,

Small businesses get more DSARs (access, erasure, portability requests) every year. PrivacyDesk answers them for you in one click - starting at $29/month.

Want a 14-day free trial?

Nina""", html="only", auto=True),

# ------------------------------------------------------------------ phishing
m("fr-neg-phish-orange", "", "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera désactivée",
  """Cher(e) client(e),

Votre boîte de messagerie sandra.delomenie@orange.fr a atteint 98 % de son espace de stockage. Afin d'éviter la suppression de vos messages, veuillez confirmer vos identifiants sous 24 heures :

https://orange-messagerie-verif.com/login

Orange - Service Messagerie""", html="only", to="orange", auto=True),

m("fr-neg-phish-ameli", "", "Assurance Maladie <remboursement@ameli-infos-remb.fr>",
  "Remboursement en attente : 187,42 €",
  """Bonjour,

Après vérification de votre dossier, vous êtes éligible à un remboursement de 187,42 €. Pour le recevoir, mettez à jour vos informations bancaires avant le 31 mars :

https://ameli-infos-remb.fr/espace

L'Assurance Maladie""", html="only", auto=True),

m("fr-neg-phish-systemeio", "", "Systeme.io Sécurité <no-reply@systeme-io-secure.net>",
  "Action requise : vérifiez votre compte pour éviter la suppression",
  """Bonjour,

Nous avons détecté une activité inhabituelle sur votre compte. Votre compte et toutes vos données seront supprimés dans 48 heures si vous ne confirmez pas votre identité.

Confirmer mon compte : https://systeme-io-secure.net/verify

L'équipe Sécurité""", html="alt", auto=True, to="contact"),

m("en-neg-phish-paypal", "", "PayPal <service@paypal-resolution-center.com>",
  "Your account has been limited",
  """Dear Customer,

We noticed unusual activity in your PayPal account. To restore full access, please confirm your information within 24 hours.

Log in to resolve: http://paypal-resolution-center.com/secure

PayPal Security Team""", html="only", auto=True),

m("en-neg-phish-m365", "", "Microsoft 365 Admin <admin@m365-passwordcenter.com>",
  "Password expiry notice for contact@floraisondesoi.fr",
  """Your password for contact@floraisondesoi.fr expires today.

Keep current password: https://m365-passwordcenter.com/keep?u=contact

Microsoft 365""", html="alt", auto=True, to="contact"),

# ------------------------------------------------------------------ her own sent mail
m("fr-neg-sent-confirm-erasure", "", SANDRA_O,
  "Re: Suppression de mes données personnelles svp",
  """Bonjour Monsieur Morel,

Je vous confirme que vos données ont été supprimées de mes fichiers clients et de la liste d'envoi. Seules les factures sont conservées pendant la durée légale (10 ans).

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coach et formatrice
46 rue d'Estienne d'Orves, 36100 Issoudun
06 81 84 21 73""",
  to="yannick.morel@laposte.net", quote="""(sans contenu)""", qstyle="gmail",
  qfrom="yannick.morel@laposte.net <yannick.morel@laposte.net>", qsubj="Suppression de mes données personnelles svp",
  date="2026-04-03 10:05", qdate="2026-04-01 22:14"),

m("fr-neg-sent-export", "", SANDRA_C,
  "Re: Récupérer mes résultats",
  """Bonjour Camille,

Voici en pièce jointe tes résultats de questionnaires et tes fiches d'objectifs au format CSV, comme demandé.

Belle installation à Nantes !
Sandra""",
  to="Camille Durand <camille.durand@gmail.com>",
  quote="""Est-ce que tu pourrais m'envoyer mes résultats de questionnaires et mes fiches d'objectifs dans un format réutilisable (CSV ou Excel par exemple) ?""",
  qstyle="apple", qfrom="Camille Durand <camille.durand@gmail.com>",
  att=[("csv", "Camille_Durand_export.csv",
        "date;type;intitule;score\r\n2025-10-02;questionnaire;Estime de soi (Rosenberg);27\r\n2025-12-11;questionnaire;Estime de soi (Rosenberg);33\r\n2026-01-15;objectif;Poser mes limites au travail;en cours\r\n")],
  date="2026-03-05 18:40", qdate="2026-03-03 10:12"),

m("fr-neg-sent-newsletter", "", "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
  "🌸 Les cercles de printemps sont ouverts",
  """Bonjour à toutes et à tous,

Le printemps arrive et avec lui nos cercles de parole du jeudi soir, à Issoudun et en ligne. Trois thèmes cette saison : oser dire non, se réconcilier avec son corps, trouver sa place.

Inscriptions ouvertes jusqu'au 15 mars.

Belle semaine,
Sandra

Vous recevez cet email car vous êtes inscrit(e) à la lettre de Floraison de Soi. Pour vous désinscrire ou modifier vos préférences, cliquez ici. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données : écrivez à contact@floraisondesoi.fr.""",
  to="contact@floraisondesoi.fr",
  hdr={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>",
       "List-Unsubscribe": "<https://r.sib.floraisondesoi.fr/unsub?c=b47mars>, <mailto:unsubscribe@floraisondesoi.fr>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk", "X-Mailer": "Sendinblue"},
  html="alt", auto=True, date="2026-03-02 09:30"),

m("fr-neg-sent-reponse-client", "", SANDRA_C,
  "Re: Accès à la salle ?",
  """Bonjour Madame Marchand,

Oui, l'accès se fait par la cour à l'arrière, où il y a une rampe et une place de stationnement. Je viendrai vous accueillir.

À samedi,
Sandra""", to="Yvette Marchand <yvette.marchand@orange.fr>",
  quote="""Pour l'atelier de samedi, est-ce que l'accès à la salle se fait par la rue d'Estienne d'Orves ou par la cour derrière ?""",
  qstyle="gmail", qfrom="Yvette Marchand <yvette.marchand@orange.fr>",
  date="2026-03-25 18:22", qdate="2026-03-25 14:10"),

m("fr-neg-sent-relance-facture", "", SANDRA_O,
  "Facture F2026-018 - copie",
  """Bonjour,

Vous trouverez ci-joint la copie de la facture F2026-018 demandée, avec votre numéro de bon de commande BC-44821.

Bien cordialement,
Sandra Delomenie""", to="comptabilite@berrysante.fr",
  att=[("pdf", "F2026-018_copie.pdf", "FACTURE F2026-018 - Floraison de Soi - Formation Prevention des RPS - 1 800,00 EUR")],
  date="2026-04-08 14:37", qdate="2026-04-08 09:15"),

m("en-neg-sent-confirm", "", SANDRA_C,
  "Re: Please remove my testimonial",
  """Hi Rachel,

Done - the testimonial has been removed from the English page and from the sales page. Thank you for letting me know, and all the best.

Sandra""", to="Rachel Adams <rachel.adams@gmail.com>",
  quote="""I gave you permission to use my testimonial on the English page of your website. I'd like to withdraw that permission now, could you take it down?""",
  qstyle="gmail_en", qfrom="Rachel Adams <rachel.adams@gmail.com>",
  date="2026-03-19 09:12", qdate="2026-03-18 13:26"),
]
