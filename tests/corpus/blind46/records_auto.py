# Automatic mail, platform notifications, vendor notices, spam/phishing, bounces and
# Sandra's own sent mail. All negatives.
from recordlib import M, SANDRA, SANDRA_O

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}
BULK = {"Precedence": "bulk"}


def html_wrap(title, inner, footer):
    return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n"
            "<body style=\"margin:0;padding:0;background:#f4f4f7;font-family:Arial,Helvetica,sans-serif;\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"24\" cellspacing=\"0\" style=\"background:#ffffff;\">\n"
            "<tr><td>\n%s\n</td></tr>\n<tr><td style=\"font-size:11px;color:#888888;\">%s</td></tr>\n"
            "</table>\n</td></tr></table>\n</body>\n</html>\n" % (title, inner, footer))


RECORDS = [

# ----------------------------------------------------------------- auto-replies

M("fr-auto-absence-conges",
  "Réponse automatique : Inscription atelier de mai",
  """Bonjour,

Je suis absente du cabinet jusqu'au lundi 25 août inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.

Pour toute urgence, vous pouvez contacter le secrétariat au 02 54 03 11 20.

Cordialement,
Dr Anne-Marie Tissier
Médecin du travail - SIST 36""",
  [], ("Anne-Marie Tissier", "am.tissier@sist36.fr"), to="contact", date="2025-08-11 09:02",
  headers=dict(AUTO), mailer="outlook"),

M("fr-auto-reponse-rgpd-droits",
  "Accusé de réception - votre message à Berry Habitat",
  """Madame, Monsieur,

Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par le service concerné.

Ceci est un message automatique, merci de ne pas y répondre.

Protection des données : conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur les données vous concernant. Vous pouvez exercer ces droits auprès de notre délégué à la protection des données : dpo@berryhabitat.fr. Vous pouvez également introduire une réclamation auprès de la CNIL.

Berry Habitat - Office public de l'habitat""",
  [], ("Berry Habitat - Ne pas répondre", "noreply@berryhabitat.fr"), to="orange",
  headers=dict(AUTO), mailer="none"),
# NEAR-LINE: auto-reply listing every GDPR right; automatic mail, not a request to her -> negative.

M("fr-auto-accuse-cabinet-comptable",
  "[Ticket #48213] Votre demande a bien été enregistrée",
  """Bonjour Sandra Delomenie,

Votre demande « Bilan 2025 - pièces manquantes » a bien été enregistrée sous le numéro #48213. Un collaborateur du cabinet vous répondra sous 48 heures ouvrées.

Vous pouvez suivre l'avancement de votre demande depuis votre espace client.

L'équipe Cabinet Comptable Berrichon""",
  [], ("Cabinet Comptable Berrichon", "support@cabinet-berrichon.fr"), to="contact",
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk", "X-Ticket-ID": "48213"}, mailer="none"),

# ----------------------------------------------------------------- bounces

M("fr-auto-bounce-newsletter",
  "Undelivered Mail Returned to Sender",
  """Ceci est le système de messagerie de smtp.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il est joint à ce message.

<monique.leguen@wanadoo.fr> : la boîte aux lettres du destinataire est introuvable ou désactivée.""",
  [], ("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"), to="orange",
  special="bounce",
  bounce=dict(orig_to="monique.leguen@wanadoo.fr", orig_from=SANDRA_O,
              orig_subject="Floraison de Soi - La lettre d'avril", status="5.1.1",
              diag="550 5.1.1 <monique.leguen@wanadoo.fr>: Recipient address rejected: User unknown",
              mta="smtp.orange.fr", remote="mwinf5d02.me-wanadoo.net")),

M("fr-auto-bounce-confirmation-effacement",
  "Non remis : Confirmation de la suppression de vos données",
  """Votre message n'a pas pu être distribué à ces destinataires :

l.besson-perso@free.fr
Le serveur de messagerie du destinataire a rejeté le message : la boîte aux lettres est pleine (quota dépassé).

Objet : Confirmation de la suppression de vos données""",
  [], ("Postmaster", "postmaster@floraisondesoi.fr"), to="contact",
  special="bounce",
  bounce=dict(orig_to="l.besson-perso@free.fr", orig_from=SANDRA,
              orig_subject="Confirmation de la suppression de vos données", status="5.2.2",
              diag="552 5.2.2 Mailbox full - quota exceeded", mta="mx1.mail.ovh.net", remote="mx1.free.fr"),
  date="2026-04-22 11:02"),
# NEAR-LINE: bounce of her own erasure confirmation; automatic, not a request -> negative.

M("en-auto-bounce-gmail",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to jamescole.uk@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:
DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN""",
  [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to="contact",
  special="bounce",
  bounce=dict(orig_to="jamescole.uk@gmial.com", orig_from=SANDRA,
              orig_subject="Re: Please update my email address", status="5.1.2",
              diag="DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN",
              mta="mail-sor-f41.google.com", remote="gmial.com"),
  date="2025-05-22 10:31"),

# ----------------------------------------------------------------- platform notifications

M("fr-plateforme-stripe-paiement",
  "Paiement de 240,00 € reçu de Aurélie Fontaine",
  """Vous avez reçu un paiement de 240,00 € EUR.

Client : aurelie.fontaine@gmail.com
Description : Forfait 4 séances - Floraison de Soi
Moyen de paiement : Visa •••• 4242
Date : voir le tableau de bord

Afficher le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Vous recevez cet e-mail car vous avez activé les notifications de paiement pour Floraison de Soi.""",
  [], ("Stripe", "notifications@stripe.com"), to="contact", html="alt", mailer="none",
  headers={"List-Unsubscribe": "<https://dashboard.stripe.com/settings/user>"}),

M("fr-plateforme-systemeio-desabonnement",
  "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact suivant s'est désabonné de votre liste « Newsletter Floraison de Soi » :

E-mail : p.girard.berry@orange.fr
Date : aujourd'hui
Source : lien de désinscription dans l'e-mail « La lettre de mars »

Aucune action de votre part n'est nécessaire : ce contact ne recevra plus vos campagnes.

L'équipe systeme.io""",
  [], ("systeme.io", "no-reply@systeme.io"), to="contact", mailer="none",
  headers={"Auto-Submitted": "auto-generated"}),
# NEAR-LINE: notification that someone unsubscribed (already done by the platform); not a request from the subscriber -> negative.

M("fr-plateforme-systemeio-vente",
  "Nouvelle vente : Confiance en soi en 30 jours",
  "",
  [], ("systeme.io", "no-reply@systeme.io"), to="contact", mailer="none", html="only",
  html_body=html_wrap("Nouvelle vente", """<h2 style="color:#2d3748;">Félicitations, vous avez une nouvelle vente !</h2>
<p>Produit : <strong>Confiance en soi en 30 jours</strong></p>
<p>Montant : 97,00 €</p>
<p>Client : m.dupuis.36@gmail.com</p>
<p><a href="https://systeme.io/dashboard/sales" style="background:#3b82f6;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Voir la vente</a></p>""",
  "systeme.io - 9 rue des Colonnes, 75002 Paris. Vous recevez cet e-mail car vous possédez un compte systeme.io.")),

M("fr-plateforme-google-securite",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

contact.floraisondesoi@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google depuis un appareil Windows. Si c'était vous, vous n'avez rien à faire. Si ce n'était pas vous, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  [], ("Google", "no-reply@accounts.google.com"), to="contact", html="alt", mailer="none"),

M("fr-plateforme-calendly-annulation",
  "Annulé : Séance découverte (30 min) avec Inès Bertin",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance découverte (30 min)
Invitée : Inès Bertin
E-mail de l'invitée : ines.bertin@gmail.com
Motif de l'annulation : « Imprévu professionnel, je reprendrai un créneau la semaine prochaine. »

Le créneau est de nouveau disponible sur votre page de réservation.

Calendly""",
  [], ("Calendly", "notifications@calendly.com"), to="contact", mailer="none",
  attachments=[dict(kind="ics", name="invite.ics",
                    text="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:calendly-7f3a9c2e@calendly.com\r\nDTSTART:20251014T080000Z\r\nDTEND:20251014T083000Z\r\nSUMMARY:Séance découverte (30 min) - Inès Bertin\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")],
  date="2025-10-11 16:05"),

M("fr-plateforme-zoom-enregistrement",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion est maintenant disponible.

Sujet : Webinaire « Sortir du pilote automatique »
Durée : 1 h 12 min

Partagez cet enregistrement avec les spectateurs :
https://us06web.zoom.us/rec/share/••••••••

Les enregistrements cloud sont conservés 30 jours selon les paramètres de votre compte.

Merci d'avoir choisi Zoom.""",
  [], ("Zoom", "no-reply@zoom.us"), to="contact", html="alt", mailer="none"),

M("fr-plateforme-qonto-transaction",
  "Virement reçu : 85,00 €",
  """Bonjour Sandra,

Vous avez reçu un virement de 85,00 € sur votre compte Floraison de Soi.

Émetteur : M. OU MME BERNARD LAURENCE
Libellé : CERCLE FEMMES MARS

Consultez le détail dans votre application Qonto.

L'équipe Qonto""",
  [], ("Qonto", "notifications@qonto.com"), to="orange", mailer="none",
  date="2026-02-19 08:08"),

M("fr-plateforme-urssaf-echeance",
  "Votre déclaration de chiffre d'affaires est disponible",
  """Madame DELOMENIE SANDRA,

Votre déclaration de chiffre d'affaires du 2e trimestre 2025 est à effectuer avant le 31/07/2025 sur autoentrepreneur.urssaf.fr.

Nous vous rappelons que la déclaration est obligatoire même en l'absence de chiffre d'affaires.

Ceci est un message automatique. Merci de ne pas y répondre.

Votre Urssaf""",
  [], ("Urssaf", "ne-pas-repondre@urssaf.fr"), to="orange", date="2025-07-08 06:14", mailer="none",
  headers={"Auto-Submitted": "auto-generated"}),

M("fr-plateforme-paypal-litige",
  "Un litige a été ouvert pour la transaction 7XR12345AB678901C",
  """Bonjour Sandra Delomenie,

Votre client a ouvert un litige concernant une transaction.

Montant de la transaction : 150,00 EUR
Acheteur : Gérald Hamon
Motif : Objet non conforme à la description
Message de l'acheteur : « Stage réduit de 5 à 3 jours sans prévenir, je demande le remboursement partiel. »

Vous avez 10 jours pour répondre à ce litige depuis le Centre de résolution.

Cordialement,
PayPal""",
  [], ("PayPal", "service@paypal.fr"), to="contact", html="alt", mailer="none",
  date="2025-06-13 21:28"),

M("fr-plateforme-impots",
  "Un nouveau document est disponible dans votre espace professionnel",
  """Bonjour,

Un nouveau document est disponible dans la messagerie sécurisée de votre espace professionnel sur impots.gouv.fr : avis de cotisation foncière des entreprises 2025.

Pour le consulter, connectez-vous à votre espace professionnel.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.

La Direction générale des Finances publiques""",
  [], ("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), to="orange", mailer="none",
  headers={"Auto-Submitted": "auto-generated"},
  date="2025-11-14 05:47"),

M("fr-plateforme-facebook-commentaire",
  "Marie Dupont a commenté votre publication",
  """Marie Dupont a commenté votre publication : « Merci pour ce bel atelier, j'ai adoré le moment de méditation final ! »

Voir le commentaire : https://www.facebook.com/floraisondesoi

Ce message a été envoyé à contact@floraisondesoi.fr. Pour ne plus recevoir ce type d'e-mails de Facebook, désabonnez-vous.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irlande""",
  [], ("Facebook", "notification@facebookmail.com"), to="contact", mailer="none",
  headers={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS1&e=contact%40floraisondesoi.fr>"}),

M("en-plateforme-stripe-dispute",
  "Action required: a payment was disputed",
  """A customer has disputed a payment of €320.00 made to Floraison de Soi.

Reason: product not received
Customer: daniel.rees@outlook.com
Respond by: within 7 days

Submitting evidence such as your cancellation policy and communications with the customer improves your chances of winning the dispute.

Respond in the Dashboard: https://dashboard.stripe.com/disputes

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
  [], ("Stripe", "notifications@stripe.com"), to="contact", html="alt", mailer="none",
  date="2025-09-04 03:12"),

M("en-plateforme-calendly-new",
  "New Event: Hannah Fischer - 10:00am Wed, 12 Nov 2025 - Discovery call (30 min)",
  """Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Hannah Fischer
Invitee Email: hannah.fischer@gmx.net
Event Date/Time: 10:00am - Wednesday, 12 November 2025 (Central European Time)
Location: Zoom (details in the invite)

Questions:
What would you like to work on? "Moving country and starting over after a break-up."

View event in Calendly""",
  [], ("Calendly", "notifications@calendly.com"), to="contact", mailer="none",
  attachments=[dict(kind="ics", name="invite.ics",
                    text="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:calendly-a81b2c4d@calendly.com\r\nDTSTART:20251112T090000Z\r\nDTEND:20251112T093000Z\r\nSUMMARY:Discovery call (30 min) - Hannah Fischer\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")],
  date="2025-11-05 19:41"),

M("en-plateforme-paypal-receipt",
  "You've got money",
  """Hello Floraison de Soi,

You received a payment of €45.00 EUR from Patricia Walsh (patricia.walsh@gmail.com).

Note from Patricia: "Finding your voice workshop - 12 April"

Transaction ID: 4HT772819K5521937

PayPal""",
  [], ("service@paypal.com", "service@paypal.com"), to="contact", mailer="none", html="only",
  html_body=html_wrap("You've got money", """<p style="font-size:18px;">You've got <strong>€45.00 EUR</strong> from Patricia Walsh</p>
<p>Note: "Finding your voice workshop - 12 April"</p>
<p>Transaction ID: 4HT772819K5521937</p>""",
  "PayPal Europe S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg."),
  date="2025-04-02 12:58"),

M("en-plateforme-zoom-recording",
  "Cloud Recording - Finding your voice is now available",
  """Hi Sandra,

Your cloud recording is now available.

Topic: Finding your voice (English workshop)
Date: Apr 12, 2025 05:00 PM Paris

Share recording with viewers: https://us06web.zoom.us/rec/share/…
Passcode: shown in your Zoom web portal

Recordings are automatically deleted after 30 days per your account settings.

Thank you for choosing Zoom.
—The Zoom Team""",
  [], ("Zoom", "no-reply@zoom.us"), to="contact", date="2025-04-12 19:31", mailer="none"),

# ----------------------------------------------------------------- vendor privacy notices

M("fr-fournisseur-brevo-dpa",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous vous informons que notre accord de traitement des données (Data Processing Agreement) a été mis à jour pour refléter l'évolution de nos sous-traitants ultérieurs et les nouvelles clauses contractuelles types.

Ces modifications entreront en vigueur le 1er mars 2026. En continuant à utiliser Brevo après cette date, vous acceptez le DPA mis à jour.

Consulter le DPA : https://www.brevo.com/fr/legal/termsofuse/#dpa

Si vous avez des questions, notre équipe Protection des données est joignable à dpo@brevo.com.

L'équipe Brevo""",
  [], ("Brevo", "legal@brevo.com"), to="contact", html="alt", mailer="none", headers=dict(BULK),
  date="2026-01-28 16:00"),

M("fr-fournisseur-ovh-confidentialite",
  "Évolution de notre politique de confidentialité",
  """Chère cliente, cher client,

OVHcloud fait évoluer sa Politique de confidentialité à compter du 15 mai 2025, afin de préciser les durées de conservation de certaines données techniques et les modalités d'exercice de vos droits (accès, rectification, effacement, portabilité, opposition).

Aucune action n'est requise de votre part.

Nous vous remercions de votre confiance.
L'équipe OVHcloud""",
  [], ("OVHcloud", "noreply@ovh.com"), to="orange", mailer="none", headers=dict(BULK),
  date="2025-04-10 10:30"),
# NEAR-LINE: vendor notice listing GDPR rights; informational, not a request -> negative.

M("fr-fournisseur-google-analytics-conservation",
  "[Action recommandée] Paramètres de conservation des données Google Analytics",
  """Bonjour,

La durée de conservation des données de votre propriété Google Analytics « floraisondesoi.fr » est actuellement fixée à 2 mois. Vous pouvez la modifier à tout moment dans Administration > Collecte et conservation des données.

Pour en savoir plus sur les règles applicables dans l'Espace économique européen, consultez le Centre d'aide.

Cordialement,
L'équipe Google Analytics""",
  [], ("Google Analytics", "analytics-noreply@google.com"), to="contact", mailer="none", html="alt"),

M("en-vendor-mailchimp-dpa",
  "Updates to our Data Processing Addendum",
  """Hello,

We're writing to let you know about updates to the Intuit Mailchimp Data Processing Addendum ("DPA"). The updated DPA reflects changes to our list of sub-processors and incorporates the EU-U.S. Data Privacy Framework.

The updated terms take effect on 30 June 2025. No action is required on your part.

If you have questions, contact privacy@mailchimp.com.

Intuit Mailchimp, 405 N Angier Ave. NE, Atlanta, GA 30308 USA""",
  [], ("Intuit Mailchimp", "legal@mailchimp.com"), to="orange", mailer="none", headers=dict(BULK),
  date="2025-05-28 18:03"),

M("en-vendor-google-workspace-privacy",
  "Important update to the Google Workspace Terms and Cloud Data Processing Addendum",
  """Dear Google Workspace Administrator,

We're writing to let you know that we are updating the Cloud Data Processing Addendum, which describes Google's obligations as a data processor when processing customer personal data.

These changes take effect on 1 September 2025. You don't need to take any action; your continued use of the services constitutes acceptance.

Domain: floraisondesoi.fr

Google LLC
1600 Amphitheatre Parkway, Mountain View, CA 94043""",
  [], ("Google Workspace", "workspace-noreply@google.com"), to="contact", mailer="none", html="alt",
  date="2025-07-30 02:14"),

# ----------------------------------------------------------------- spam / phishing

M("fr-spam-conformite-rgpd",
  "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
  """Madame, Monsieur,

Suite à un audit automatisé, votre site floraisondesoi.fr présente 7 non-conformités au Règlement Général sur la Protection des Données (bandeau cookies, registre des traitements, mentions légales).

Les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires mondial.

Notre offre « Pack Conformité TPE » à 490 € HT vous met à l'abri en 48 h. Répondez « OUI » à ce message pour être rappelé(e) par un expert.

Service Conformité Entreprises
Pour ne plus recevoir nos messages, répondez STOP.""",
  [], ("Service Conformité RGPD", "contact@mise-en-conformite-pro.fr"), to="contact", mailer="php",
  headers=dict(BULK)),
# NEAR-LINE: RGPD vocabulary in compliance spam -> negative.

M("fr-phishing-orange-boite",
  "Votre boîte mail sera supprimée sous 24h",
  """Cher(e) client(e) Orange,

Votre espace de stockage Orange Mail est saturé (99 %). Sans action de votre part, votre boîte mail et toutes vos données seront supprimées définitivement sous 24 heures.

Cliquez ici pour vérifier votre compte et conserver vos messages :
http://orange-messagerie-securite.help/verification

Merci de votre confiance,
Le service client Orange""",
  [], ("Orange Messagerie", "service.client@orange-securite-info.com"), to="orange", mailer="none",
  html="only"),

M("fr-phishing-systemeio-compte",
  "Action requise : votre compte systeme.io sera désactivé",
  """Bonjour,

Nous n'avons pas pu prélever votre abonnement. Pour éviter la suppression de votre compte et de l'ensemble de vos données (contacts, formations, tunnels), mettez à jour vos informations de paiement avant ce soir minuit :

https://systeme-io-billing.com/update

Cordialement,
Équipe systeme.io""",
  [], ("systeme.io Billing", "billing@systeme-io-billing.com"), to="contact", mailer="none"),

M("fr-qonto-mise-a-jour-infos",
  "Mettez à jour vos informations",
  """Bonjour Sandra,

Dans le cadre de nos obligations réglementaires (lutte contre le blanchiment), nous devons vérifier périodiquement les informations de votre entreprise.

Merci de mettre à jour vos informations et de téléverser une pièce d'identité en cours de validité depuis l'application Qonto avant le 30 novembre.

L'équipe Qonto""",
  [], ("Qonto", "noreply@qonto.com"), to="orange", mailer="none", html="alt",
  date="2025-11-05 09:12"),
# NEAR-LINE: "mettez à jour vos informations" + ID document, but it is her bank's KYC notice -> negative.

M("en-spam-gdpr-audit",
  "Is your coaching business GDPR compliant? Free audit inside",
  """Hi there,

Did you know 87% of small coaching businesses are not GDPR compliant? Fines can reach €20 million.

Book a FREE 15-minute GDPR audit with our certified consultants and get a personalised action plan for your data subject access requests, consent forms and cookie banner.

Book now: https://gdpr-shield-consulting.com/audit

Best,
Kyle
GDPR Shield Consulting

If you no longer wish to receive these emails, reply UNSUBSCRIBE.""",
  [], ("Kyle from GDPR Shield", "kyle@gdpr-shield-consulting.com"), to="contact", mailer="none",
  headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@gdpr-shield-consulting.com>"}),

M("en-phishing-docusign",
  "Sandra, please review and sign: Data Processing Agreement",
  """DocuSign

You have received a document to review and sign.

From: Legal Department
Document: Data_Processing_Agreement_2025.pdf

REVIEW DOCUMENT: http://docusign-secure-review.net/sign?id=88213

Do not share this email. This message was sent to you by Legal Department who is using the DocuSign Electronic Signature Service.""",
  [], ("DocuSign via Legal Dept", "dse@docusign-notifications.net"), to="contact", mailer="none", html="only"),

# ----------------------------------------------------------------- her own sent mail

M("fr-envoi-confirmation-effacement",
  "Confirmation de la suppression de vos données",
  """Bonjour Madame Jacquet,

Suite à votre courrier du 3 mars, je vous confirme que l'ensemble des données personnelles vous concernant a été supprimé ce jour de mes fichiers, de mon espace de stockage et de la plateforme systeme.io.

Seules sont conservées vos factures, que je suis tenue de garder dix ans au titre de mes obligations comptables.

Je reste à votre disposition pour toute question.

Bien cordialement,
Sandra Deloménie
Floraison de Soi
46 rue d'Estienne d'Orves - 36100 Issoudun
06 81 84 21 73""",
  [], SANDRA, to=("Roland Jacquet", "roland.jacquet@wanadoo.fr"), mailer="thunderbird",
  cc=[("Sandra Deloménie", "sandra.delomenie@orange.fr")],
  date="2026-03-20 09:30"),
# NEAR-LINE: her own sent mail confirming an erasure -> negative.

M("fr-envoi-export-donnees",
  "Vos données - export",
  """Bonjour Maxime,

Comme demandé, tu trouveras en pièce jointe l'historique de tes auto-évaluations hebdomadaires au format CSV (séparateur point-virgule, encodage UTF-8). Chaque ligne correspond à une semaine.

N'hésite pas si quelque chose ne s'importe pas correctement dans ton appli.

Belle journée,
Sandra""",
  [], SANDRA, to=("Maxime Royer", "maxime.royer@proton.me"), mailer="thunderbird",
  attachments=[dict(kind="csv", name="export_auto_evaluations_royer.csv",
                    text="semaine;date;energie;humeur;sommeil;commentaire\n1;2025-09-01;6;7;5;reprise difficile\n2;2025-09-08;7;7;6;\n3;2025-09-15;5;4;4;semaine chargee au travail\n4;2025-09-22;7;8;7;bonne semaine\n")],
  date="2026-03-27 16:40"),

M("fr-envoi-newsletter",
  "Floraison de Soi - Novembre : accueillir la saison sombre",
  """Bonjour à toutes et à tous,

Les jours raccourcissent, et avec eux l'envie de se replier. Et si, cette année, on accueillait novembre plutôt que de le subir ?

Ce mois-ci :
- Une méditation guidée de 10 minutes pour les soirs de fatigue
- L'atelier « Traverser le deuil », samedi 22 novembre à Issoudun (il reste 3 places)
- Le retour du cercle de parole du mardi

Prenez soin de vous, et à très vite,
Sandra

--
Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
Floraison de Soi - 46 rue d'Estienne d'Orves - 36100 Issoudun""",
  [], ("Sandra - Floraison de Soi", "contact@floraisondesoi.fr"), to=("Floraison de Soi", "contact@floraisondesoi.fr"),
  html="alt", mailer="none",
  headers={"List-Id": "Newsletter Floraison de Soi <newsletter.floraisondesoi.systeme.io>",
           "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>, <mailto:unsubscribe@systeme.io?subject=unsubscribe>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
           "Precedence": "bulk"},
  reply_to=("Sandra - Floraison de Soi", "contact@floraisondesoi.fr"),
  date="2025-11-03 07:00"),

M("fr-envoi-reponse-demande-acces",
  "Re: Exercice du droit d'accès - article 15 du RGPD",
  """Bonjour Monsieur Pommereau,

J'accuse bonne réception de votre demande d'accès, ainsi que de la copie de votre pièce d'identité.

Je vous transmettrai l'ensemble des éléments demandés dans le délai d'un mois. Pouvez-vous simplement me confirmer l'adresse postale à laquelle vous préférez recevoir les documents papier (notes manuscrites), ou si un envoi numérisé vous convient ?

Bien cordialement,
Sandra Deloménie""",
  [], SANDRA_O, to=("Gérard Pommereau", "gerard.pommereau@orange.fr"), mailer="orange",
  quote=dict(style="outlook_fr", frm=("Gérard Pommereau", "gerard.pommereau@orange.fr"),
             text="""Madame,

En application de l'article 15 du règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer une copie de l'ensemble des données me concernant, ainsi que les destinataires et la source de ces données.

Gérard Pommereau"""),
  date="2025-01-27 10:05"),
# NEAR-LINE: her own reply, with an access request quoted below -> negative (sent by her).

M("en-sent-export-english",
  "Your data - export and summary",
  """Dear Thomas,

As requested, please find attached your course records from "Facilitation Essentials" in CSV format: module completion dates and quiz scores. The columns are described in the first row.

I hope the import into your new employer's system goes smoothly.

Best wishes,
Sandra Delomenie
Floraison de Soi - Coaching & Training""",
  [], SANDRA, to=("Thomas Berg", "thomas.berg@gmail.com"), mailer="thunderbird",
  attachments=[dict(kind="csv", name="berg_facilitation_essentials.csv",
                    text="module,title,completed_on,quiz_score\nM1,Foundations of facilitation,2025-02-03,8/10\nM2,Designing a session,2025-02-10,9/10\nM3,Handling group dynamics,2025-02-24,7/10\nM4,Closing and evaluation,2025-03-03,10/10\n")],
  date="2025-10-02 14:12"),

M("fr-envoi-rappel-atelier",
  "Rappel : atelier « Émotions en couleurs » samedi",
  """Bonjour à toutes,

Petit rappel pour l'atelier de samedi 15 mars, de 14h à 17h, au 46 rue d'Estienne d'Orves.

Pensez à apporter une tenue confortable et, si vous le souhaitez, un carnet. Le matériel de peinture est fourni.

L'accès à la salle se fait par la cour, sonnette « Floraison ».

À samedi,
Sandra""",
  [], SANDRA, to=("Floraison de Soi", "contact@floraisondesoi.fr"), date="2025-03-12 18:40", mailer="thunderbird",
  headers={"Bcc": "participantes-atelier-mars@floraisondesoi.fr"}),

M("en-auto-out-of-office",
  "Automatic reply: Your enquiry about the Resilient Leadership training",
  """Thank you for your email. I'm currently on annual leave and will return on Monday 4 August. I will have limited access to email during this time.

For urgent HR matters, please contact hr@lindenanalytics.co.uk.

Kind regards,
Caroline Reid
HR Business Partner, Linden Analytics Ltd""",
  [], ("Caroline Reid", "caroline.reid@lindenanalytics.co.uk"), to="contact", date="2025-07-22 10:15",
  headers=dict(AUTO), mailer="outlook"),

M("en-auto-reply-gdpr-rights",
  "We've received your message",
  """Thank you for contacting Wellbeing Retreats UK. This is an automated response to confirm we've received your email. A member of our team will reply within 2 working days.

Your privacy: we process the personal data in your email to respond to your enquiry. You have the right to access, rectify or erase your data, to restrict or object to processing, and to data portability. To exercise these rights, email privacy@wellbeingretreats.co.uk. You also have the right to complain to the ICO.

Wellbeing Retreats UK Ltd, registered in England and Wales no. 10928374""",
  [], ("Wellbeing Retreats UK", "hello@wellbeingretreats.co.uk"), to="contact",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}, mailer="none"),
# NEAR-LINE: auto-reply that lists GDPR rights -> negative.

]
