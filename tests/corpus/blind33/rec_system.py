"""Negatives sent by systems or by Sandra herself: notifications and newsletters with list
headers, vendor GDPR notices, auto-replies, delivery reports, her own sent mail,
GDPR-compliance spam and phishing."""
from common import (rec, TO_SANDRA, TO_SANDRA_BARE, TO_CONTACT, TO_CONTACT_NAMED,
                    SANDRA, CONTACT, SIG_SANDRA, gmail_fr, outlook_fr, fwd_gmail_fr,
                    NL_AVRIL, NL_SEPT, NL_DEC)


def lst(list_id, unsub, post=True, bulk=True):
    h = [("List-Id", list_id), ("List-Unsubscribe", unsub)]
    if post:
        h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if bulk:
        h.append(("Precedence", "bulk"))
    return h


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]

RECORDS = [

# ---------------------------------------------------------------- Stripe
rec("sys-en-stripe-payout", [], "en", "2025-01-10 06:12",
    ("Stripe", "notifications@stripe.com"),
    "Your payout of €1,284.00 is on the way",
"""Floraison de Soi

A payout of €1,284.00 has been initiated to your bank account ending in 4417. It should arrive by 13 January 2025.

View payout details: https://dashboard.stripe.com/payouts/po_1QfX8sE9kLw2

You're receiving this email because you're an owner of the Floraison de Soi Stripe account. Update your notification preferences: https://dashboard.stripe.com/settings/user

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=[("X-Stripe-Notification", "payout.paid")]),

rec("sys-en-stripe-payment", [], "en", "2025-09-23 14:41",
    ("Stripe", "notifications@stripe.com"),
    "Payment of €420.00 from Corinne Maillard",
"""You received a payment

Amount: €420.00
Customer: Corinne Maillard (corinne.maillard@sfr.fr)
Description: Accompagnement Cap Sérénité - 6 séances
Payment method: Visa •••• 2291

View payment: https://dashboard.stripe.com/payments/pi_3Qa9LmE9kLw2

To change which emails you receive, adjust your notification settings: https://dashboard.stripe.com/settings/user""",
    to=TO_SANDRA_BARE, fmt="html"),

# NEAR-LINE: vendor's own privacy notice (it mentions rights and data) -> negative.
rec("sys-en-stripe-privacy-update", [], "en", "2025-03-20 17:05",
    ("Stripe", "notifications@stripe.com"),
    "Updates to the Stripe Privacy Policy",
"""Hello,

We're writing to let you know that we're updating the Stripe Privacy Policy, effective 20 April 2025. The updates clarify how we process personal data when providing our services to you and your customers, how individuals can exercise their rights of access, deletion and objection, and our international data transfer mechanisms.

No action is required on your part. By continuing to use Stripe after the effective date, you acknowledge the updated policy.

Read the updated Privacy Policy: https://stripe.com/privacy

Stripe Payments Europe, Limited, 1 Grand Canal Street Lower, Dublin 2, Ireland""",
    to=TO_SANDRA_BARE, fmt="alt",
    headers=lst("<product-updates.stripe.com>", "<https://stripe.com/unsubscribe?t=a83f>", post=True)),

rec("sys-en-stripe-dispute", [], "en", "2025-06-09 03:27",
    ("Stripe", "notifications@stripe.com"),
    "A payment has been disputed",
"""A customer has disputed a €35.00 payment.

Customer: jocelyne.marty@orange.fr
Reason: product_not_received
Respond by: 25 June 2025

You can submit evidence, such as the customer's communication with you, from the Dashboard: https://dashboard.stripe.com/disputes/dp_1Ra8c

Stripe""",
    to=TO_SANDRA_BARE, fmt="html"),

# ---------------------------------------------------------------- Systeme.io
rec("sys-fr-systemeio-nouvel-abonne", [], "fr", "2025-02-09 10:33",
    ("Systeme.io", "no-reply@systeme.io"),
    "Nouveau contact : lucie.besnard@gmail.com",
"""Bonjour Sandra,

Un nouveau contact vient de s'inscrire sur votre page « Lettre Floraison de Soi ».

Email : lucie.besnard@gmail.com
Tag : newsletter
Source : formulaire page d'accueil

Voir le contact : https://systeme.io/dashboard/contacts

L'équipe Systeme.io""",
    to=TO_SANDRA_BARE, fmt="html"),

# NEAR-LINE: a platform notification that someone unsubscribed is not a request addressed to her.
rec("sys-fr-systemeio-desabonnement", [], "fr", "2025-04-03 07:15",
    ("Systeme.io", "no-reply@systeme.io"),
    "Un contact s'est désabonné de votre liste",
"""Bonjour Sandra,

Le contact christiane.moulin@orange.fr s'est désabonné de la campagne « La Lettre de Floraison de Soi ».

Raison indiquée : « Je reçois trop d'emails »

Vous pouvez consulter vos statistiques de désabonnement dans l'onglet Emails > Statistiques.

L'équipe Systeme.io""",
    to=TO_SANDRA_BARE, fmt="html"),

rec("sys-fr-systemeio-cgu-rgpd", [], "fr", "2025-05-02 11:00",
    ("Systeme.io", "news@systeme.io"),
    "Mise à jour de nos conditions générales et de notre politique de confidentialité",
"""Bonjour,

Nous mettons à jour nos Conditions Générales d'Utilisation et notre Politique de confidentialité à compter du 1er juin 2025. Principaux changements :

- précisions sur notre rôle de sous-traitant au sens du RGPD pour les données de vos contacts ;
- nouvelle liste de nos sous-traitants ultérieurs (hébergement en Union européenne) ;
- procédure simplifiée pour répondre aux demandes d'accès et de suppression de vos contacts (export et suppression depuis la fiche contact).

Aucune action n'est requise de votre part.

L'équipe Systeme.io""",
    to=TO_SANDRA_BARE, fmt="alt",
    headers=lst("<newsletter.systeme.io>", "<https://systeme.io/unsubscribe/7f3a>, <mailto:unsubscribe@systeme.io?subject=unsubscribe>")),

# NEAR-LINE: "your export is ready" mentions export and contact data, but is a tool notification.
rec("sys-fr-systemeio-export-pret", [], "fr", "2025-10-13 18:47",
    ("Systeme.io", "no-reply@systeme.io"),
    "Votre export de contacts est prêt",
"""Bonjour Sandra,

L'export de contacts que vous avez demandé (1 contact, filtre : manon.leblanc.pro@gmail.com) est prêt.

Télécharger le fichier CSV : https://systeme.io/exports/download/81c7e2
Ce lien expire dans 7 jours.

L'équipe Systeme.io""",
    to=TO_SANDRA_BARE, fmt="html"),

rec("sys-fr-systemeio-vente", [], "fr", "2025-11-28 21:09",
    ("Systeme.io", "no-reply@systeme.io"),
    "Nouvelle vente : Carte cadeau Séance découverte",
"""Félicitations ! Vous avez réalisé une nouvelle vente.

Offre : Carte cadeau « Séance découverte » - 60,00 EUR
Client : Bernadette Royer
Moyen de paiement : Stripe

L'équipe Systeme.io""",
    to=TO_SANDRA_BARE, fmt="html"),

# ---------------------------------------------------------------- Google
rec("sys-fr-google-alerte-securite", [], "fr", "2025-02-22 08:58",
    ("Google", "no-reply@accounts.google.com"),
    "Alerte de sécurité",
"""Nouvelle connexion sur Windows

floraisondesoi@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, aucune action n'est requise. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.

Consulter l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail afin d'être informé des modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    to=TO_SANDRA_BARE, fmt="alt"),

rec("sys-fr-google-drive-partage", [], "fr", "2025-05-20 15:28",
    ("Élodie Carré (via Google Drive)", "drive-shares-dm-noreply@google.com"),
    "Dossier partagé avec vous : « Journal - séances 2025 »",
"""Élodie Carré a partagé un dossier avec vous

« Journal - séances 2025 »

Voici mes écrits pour la séance de la semaine prochaine, tu peux commenter directement.

Ouvrir : https://drive.google.com/drive/folders/1aB2cD3eF4gH5

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car elodie.carre@yahoo.fr a partagé un dossier avec vous depuis Google Drive.""",
    to=TO_SANDRA_BARE, fmt="alt",
    reply_to="Élodie Carré <elodie.carre@yahoo.fr>"),

rec("sys-en-google-storage", [], "en", "2025-08-04 19:02",
    ("Google One", "googleone-noreply@google.com"),
    "Your Google storage is 90% full",
"""Your account storage is almost full

You've used 13.6 GB of your 15 GB. When you run out, you won't be able to upload new files to Drive, back up photos, or send and receive emails in Gmail.

Free up space or get more storage: https://one.google.com/storage

This email was sent to floraisondesoi@gmail.com because you have a Google Account.""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=lst("<storage-notifications.google.com>", "<https://one.google.com/settings/unsubscribe>", post=False)),

rec("sys-fr-google-regles-confidentialite", [], "fr", "2025-11-17 12:00",
    ("Google", "no-reply@google.com"),
    "Mise à jour des Règles de confidentialité de Google",
"""Nous mettons à jour nos Règles de confidentialité

Nous apportons des modifications à nos Règles de confidentialité pour expliquer plus clairement comment nous utilisons vos données et comment vous pouvez les contrôler, les exporter ou les supprimer depuis votre compte Google.

Ces modifications prendront effet le 15 décembre 2025. Aucune action n'est requise de votre part.

Consulter les Règles de confidentialité : https://policies.google.com/privacy

© 2025 Google Ireland Ltd, Gordon House, Barrow Street, Dublin 4, Irlande""",
    to=TO_SANDRA_BARE, fmt="alt"),

# ---------------------------------------------------------------- Calendly / Zoom
rec("sys-en-calendly-new-event", [], "en", "2025-03-28 13:51",
    ("Calendly", "notifications@calendly.com"),
    "New Event: Alex Whitmore - 13:00 Fri, 4 Apr 2025 - Séance découverte (30 min)",
"""Hi Sandra,

A new event has been scheduled.

Event Type: Séance découverte (30 min)
Invitee: Alex Whitmore
Invitee Email: alex.whitmore@protonmail.com
Event Date/Time: 13:00 - Friday, 4 April 2025 (Central European Time)
Location: Zoom

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly""",
    to=TO_SANDRA_BARE, fmt="html",
    attach=[("invite.ics", "text/calendar",
"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250404T110000Z
DTEND:20250404T113000Z
DTSTAMP:20250328T125100Z
UID:cal-evt-7c1f9a2e@calendly.com
SUMMARY:Séance découverte - Alex Whitmore
END:VEVENT
END:VCALENDAR
""")]),

rec("sys-en-calendly-canceled", [], "en", "2025-06-16 08:09",
    ("Calendly", "notifications@calendly.com"),
    "Canceled: Arnaud Blanchet - 11:00 Tue, 17 Jun 2025 - Séance de coaching (1h)",
"""Hi Sandra,

The event below has been canceled.

Event Type: Séance de coaching (1h)
Invitee: Arnaud Blanchet
Invitee Email: arnaud.blanchet@gmail.com
Event Date/Time: 11:00 - Tuesday, 17 June 2025 (Central European Time)
Canceled by: Arnaud Blanchet
Reason: "Double réservation, désolé"

Sent from Calendly""",
    to=TO_SANDRA_BARE, fmt="html"),

rec("sys-en-zoom-recording", [], "en", "2025-05-15 21:34",
    ("Zoom", "no-reply@zoom.us"),
    "Cloud Recording - Webinaire Charge mentale is now available",
"""Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Webinaire Charge mentale
Date: May 15, 2025 07:00 PM Paris

Click here to view the recording (for host only): https://zoom.us/recording/management

Share recording with viewers: https://us06web.zoom.us/rec/share/Xw3-kd92

Thank you for choosing Zoom.
-The Zoom Team""",
    to=TO_SANDRA_BARE, fmt="html"),

rec("sys-en-zoom-dpa", [], "en", "2025-07-14 16:30",
    ("Zoom", "no-reply@zoom.us"),
    "Important: Updates to Zoom's Data Processing Addendum",
"""Dear Zoom customer,

We are updating our Global Data Processing Addendum (DPA) to reflect the EU-U.S. Data Privacy Framework and updated Standard Contractual Clauses. The DPA governs how Zoom processes personal data on your behalf, including recordings, chat messages and participant information, and describes how we assist you in responding to data subject requests.

The updated DPA will apply automatically from August 15, 2025.

Review the DPA: https://zoom.us/docs/en-us/privacy-and-legal.html

Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113""",
    to=TO_SANDRA_BARE, fmt="alt",
    headers=lst("<legal-notices.zoom.us>", "<https://zoom.us/unsubscribe?id=5521>")),

# ---------------------------------------------------------------- banks, administration, utilities
rec("sys-fr-banque-releve", [], "fr", "2025-04-04 05:30",
    ("Crédit Agricole Centre Loire", "ne-pas-repondre@ca-centreloire.fr"),
    "Votre relevé de compte est disponible",
"""Madame DELOMENIE SANDRA,

Votre relevé de compte professionnel du mois de mars 2025 est disponible dans votre espace client.

Pour le consulter, connectez-vous à votre espace sur www.credit-agricole.fr/ca-centreloire, rubrique « e-Documents ».

Ceci est un message automatique, merci de ne pas y répondre.
Crédit Agricole Centre Loire - Société coopérative à capital variable""",
    to=TO_SANDRA_BARE, fmt="html"),

rec("sys-fr-urssaf-declaration", [], "fr", "2025-07-01 09:00",
    ("URSSAF", "ne-pas-repondre@urssaf.fr"),
    "Votre déclaration de chiffre d'affaires du 2e trimestre 2025",
"""Madame Sandra DELOMENIE,

Votre déclaration de chiffre d'affaires pour la période d'avril à juin 2025 est à effectuer avant le 31 juillet 2025.

Connectez-vous sur autoentrepreneur.urssaf.fr pour déclarer et payer vos cotisations.

Votre Urssaf

Cet e-mail est envoyé automatiquement. Merci de ne pas y répondre.""",
    to=TO_SANDRA_BARE, fmt="alt"),

rec("sys-fr-impots-cfe", [], "fr", "2025-11-05 10:45",
    ("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
    "Votre avis de CFE est disponible",
"""Madame,

Votre avis de cotisation foncière des entreprises 2025 est disponible dans votre espace professionnel sur impots.gouv.fr.

Date limite de paiement : 15 décembre 2025.

La Direction générale des Finances publiques""",
    to=TO_SANDRA_BARE, fmt="alt"),

rec("sys-fr-orange-facture", [], "fr", "2025-08-09 07:04",
    ("Orange", "facture@orange.fr"),
    "Votre facture Orange est disponible",
"""Bonjour,

Votre facture Livebox Pro de juillet 2025 d'un montant de 47,99 € est disponible dans votre Espace Client.

Elle sera prélevée le 22 août 2025.

Orange, SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=lst("<factures.orange.fr>", "<https://espace-client.orange.fr/preferences>", post=False)),

rec("sys-fr-ovh-domaine", [], "fr", "2025-12-19 06:40",
    ("OVHcloud", "support@ovh.com"),
    "Renouvellement de votre nom de domaine floraisondesoi.fr",
"""Bonjour,

Votre nom de domaine floraisondesoi.fr expire le 18 janvier 2026. Le renouvellement automatique est activé : le moyen de paiement enregistré sera débité de 9,99 € HT le 11 janvier 2026.

Rappel : conformément au RGPD, vos données de titulaire ne sont pas publiées dans l'annuaire Whois.

L'équipe OVHcloud""",
    to=TO_SANDRA_BARE, fmt="alt"),

rec("sys-fr-laposte-colis", [], "fr", "2025-10-23 13:11",
    ("Colissimo", "noreply@notif-colissimo-laposte.info"),
    "Votre colis 6A2403351872 sera livré demain",
"""Bonjour,

Votre colis 6A2403351872 expédié par CARTES EN FLEURS sera livré demain entre 9h et 13h à l'adresse : 46 rue d'Estienne d'Orves, 36100 Issoudun.

Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois

La Poste - Colissimo""",
    to=TO_SANDRA_BARE, fmt="html"),

# ---------------------------------------------------------------- other newsletters
rec("sys-fr-cnil-lettre", [], "fr", "2025-06-26 10:00",
    ("CNIL", "newsletter@cnil.fr"),
    "La lettre de la CNIL - juin 2025",
"""La lettre d'information de la CNIL

À la une
- Professionnels de l'accompagnement : comment répondre à une demande d'accès ou d'effacement ? La CNIL publie une fiche pratique.
- Sanctions : bilan des procédures simplifiées du premier semestre.
- Cookies : rappel des règles sur le retrait du consentement.

Agenda
- Webinaire « RGPD et TPE » le 10 juillet.

Vous recevez cette lettre car vous y êtes abonné(e). Se désabonner : https://www.cnil.fr/fr/lettre-information/desinscription
CNIL - 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07""",
    to=TO_SANDRA_BARE, fmt="alt",
    headers=lst("<lettre.cnil.fr>", "<https://www.cnil.fr/fr/lettre-information/desinscription>, <mailto:desinscription@cnil.fr>")),

rec("sys-fr-autre-coach-newsletter", [], "fr", "2025-01-12 07:00",
    ("Isabelle Fournier - Coaching Sens & Élan", "isabelle@sens-et-elan.fr"),
    "✨ Et si 2025 était l'année où vous osiez ?",
"""Bonjour Sandra,

Janvier, le mois des bonnes résolutions... et des abandons en février ! Cette année, je vous propose autre chose : au lieu de vous fixer dix objectifs, choisissez un seul mot.

Mon atelier en ligne « Un mot pour l'année » a lieu le 25 janvier. 20 places.

Je m'inscris : https://sens-et-elan.fr/atelier-mot

À très vite,
Isabelle

Vous recevez ce mail car vous vous êtes inscrite sur sens-et-elan.fr. Se désinscrire : https://sens-et-elan.fr/desinscription""",
    to=TO_SANDRA_BARE, fmt="html", reply_to="Isabelle Fournier <isabelle@sens-et-elan.fr>",
    headers=lst("<sens-et-elan.list-manage.com>", "<https://sens-et-elan.us21.list-manage.com/unsubscribe?u=9a&id=3f>")),

rec("sys-fr-institut-coaching-mag", [], "fr", "2025-09-04 08:15",
    ("Le Mag de l'Institut Coaching Centre", "mag@institut-coaching-centre.fr"),
    "Le Mag #42 - Supervision, éthique et secret professionnel",
"""Le Mag #42 - septembre 2025

Dans ce numéro :
- Secret professionnel et notes de séances : que peut-on conserver, et combien de temps ?
- Supervision : pourquoi tout coach devrait y aller (même après 10 ans de pratique).
- Témoignage : « J'ai arrêté de tout noter, et mes séances ont changé ».

Formation continue : « Le coach face aux demandes RGPD de ses clients » - 2 jours, Tours, 20-21 novembre.

Pour modifier vos préférences ou vous désabonner : https://institut-coaching-centre.fr/preferences""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=lst("<mag.institut-coaching-centre.fr>", "<https://institut-coaching-centre.fr/preferences?u=sd>")),

rec("sys-en-icf-newsletter", [], "en", "2025-10-02 15:00",
    ("ICF Global", "communications@coachingfederation.org"),
    "ICF Coaching World: Ethics in the age of AI notetakers",
"""Coaching World - October 2025

- AI notetakers in coaching sessions: consent, storage and client trust
- Updated ICF Code of Ethics guidance on confidentiality
- Register for ICF Converge 2026

Manage your email preferences or unsubscribe: https://coachingfederation.org/email-preferences
International Coaching Federation, 2365 Harrodsburg Rd, Lexington, KY 40504""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=lst("<news.coachingfederation.org>", "<https://coachingfederation.org/email-preferences?e=sd>")),

rec("sys-en-canva-newsletter", [], "en", "2025-03-05 17:20",
    ("Canva", "marketing@engage.canva.com"),
    "New: edit your videos with Magic Studio",
"""Design something amazing this week

Our new video tools make it easier to cut, caption and resize your clips for every platform. Try Magic Studio in your next design.

Start designing: https://www.canva.com/create

You're receiving this email because you signed up for Canva. Unsubscribe: https://www.canva.com/email-preferences""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=lst("<engage.canva.com>", "<https://www.canva.com/email-preferences?u=41>")),

rec("sys-fr-linkedin", [], "fr", "2025-07-23 12:26",
    ("LinkedIn", "notifications-noreply@linkedin.com"),
    "Hugo Lambert a commenté votre publication",
"""Hugo Lambert a commenté votre publication :

« Super journée, merci Sandra ! Par contre ma photo... on en reparle 😅 »

Voir le commentaire : https://www.linkedin.com/feed/update/urn:li:activity:73518

Cet e-mail était destiné à Sandra Delomenie (Coach & formatrice - Floraison de Soi)
Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=lst("<notifications.linkedin.com>", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=x>")),

rec("sys-fr-facebook-groupe", [], "fr", "2025-10-26 20:40",
    ("Facebook", "notification@facebookmail.com"),
    "Nouvelle publication dans Floraison de Soi - Cercle des participantes",
"""Agnès Dufresne a publié dans Floraison de Soi - Cercle des participantes :

« Quelqu'un aurait-il gardé une copie de l'exercice des valeurs ? J'ai supprimé le fichier par erreur... »

Voir la publication : https://www.facebook.com/groups/floraisondesoi.cercle

Ce message a été envoyé à sandra.delomenie@orange.fr. Se désabonner : https://www.facebook.com/o.php?k=AS2""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=lst("<groups.facebookmail.com>", "<https://www.facebook.com/o.php?k=AS2&u=100>", post=True)),

rec("sys-fr-qualiopi-audit", [], "fr", "2025-08-18 09:30",
    ("Certif'Formation - Service audit", "audit@certif-formation.fr"),
    "Audit de surveillance Qualiopi - planification",
"""Madame Delomenie,

Votre audit de surveillance Qualiopi doit être réalisé avant le 15 novembre 2025. Merci de nous communiquer vos disponibilités en octobre.

Pour rappel, l'auditeur vérifiera notamment l'indicateur 1 (information du public), l'indicateur 30 (recueil des appréciations) et vos procédures de traitement des réclamations.

Cordialement,
Service audit - Certif'Formation""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

# ---------------------------------------------------------------- auto-replies
rec("auto-fr-client-vacances", [], "fr", "2025-07-30 18:00",
    ("Agnès Dufresne", "agnes.dufresne@wanadoo.fr"),
    "Réponse automatique : La Lettre de Floraison de Soi - été",
"""Bonjour,

Je suis absente jusqu'au 20 août et ne consulterai pas mes messages. Je vous répondrai dès mon retour.

Bel été,
Agnès Dufresne""",
    to=TO_CONTACT, headers=AUTO, irt="nl-2025-07"),

# NEAR-LINE: an auto-reply whose subject echoes Sandra's reply about a deletion -> negative.
rec("auto-fr-ooo-objet-suppression", [], "fr", "2025-08-06 09:12",
    ("Raphaël Dumas", "raphael.dumas@protonmail.com"),
    "Absence : Re: Droit à l'oubli",
"""Merci pour votre message. Je suis en déplacement jusqu'au 18 août avec un accès limité à mes e-mails.

Pour toute urgence : 06 24 88 13 50.

Raphaël Dumas""",
    to=TO_SANDRA_BARE, headers=AUTO, irt="sandra-dumas-oubli"),

rec("auto-fr-entreprise-conges", [], "fr", "2025-12-23 10:05",
    ("Nadia Farès", "compta@berry-logistique.fr"),
    "Réponse automatique : Facture F2025-118",
"""Bonjour,

Le service comptabilité est fermé du 22 décembre au 2 janvier inclus. Votre message sera traité à notre retour.

Pour toute demande urgente concernant un règlement, merci de contacter le standard au 02 54 27 40 00.

Cordialement,
Service comptabilité - Berry Logistique""",
    to=TO_SANDRA_BARE, headers=AUTO, mailer="Microsoft Exchange Server", irt="sandra-facture-f2025-118"),

rec("auto-fr-be-absent", [], "fr-BE", "2025-04-18 14:20",
    ("Véronique Dubois", "veronique.dubois@formations-dubois.be"),
    "Absente - Out of office",
"""Bonjour,

Je suis en congé jusqu'au mardi 29 avril inclus. Je prendrai connaissance de votre message à mon retour.

Bien à vous,
Véronique Dubois
Formations Dubois - Bruxelles""",
    to=TO_SANDRA_BARE, headers=AUTO),

rec("auto-fr-systemeio-ticket", [], "fr", "2025-07-02 11:01",
    ("Support Systeme.io", "support@systeme.io"),
    "[Ticket #482913] Nous avons bien reçu votre demande",
"""Bonjour,

Nous avons bien reçu votre demande concernant : « Cliente qui ne peut plus accéder à son espace ».

Un membre de notre équipe support vous répondra sous 24 à 48 heures ouvrées. Vous pouvez suivre votre ticket ici : https://help.systeme.io/tickets/482913

Merci de ne pas répondre à ce message.

L'équipe Support Systeme.io""",
    to=TO_SANDRA_BARE, fmt="html",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")]),

rec("auto-en-ooo", [], "en", "2025-08-12 09:00",
    ("Rebecca Hollis", "rebecca.hollis@btinternet.com"),
    "Automatic reply: La Lettre de Floraison de Soi - août",
"""Thank you for your email. I'm on holiday until 26 August with limited access to email. I'll reply when I'm back.

Rebecca""",
    to=TO_CONTACT, headers=AUTO, mailer="Microsoft Outlook 16.0", irt="nl-2025-08"),

rec("auto-en-gmail-vacation", [], "en", "2025-12-24 16:10",
    ("Fiona MacLeod", "fiona.macleod@gmail.com"),
    "Re: Your testimonial and your data",
"""Hi! I'm offline for the holidays until 5 January and won't be checking email. Merry Christmas!

Fiona""",
    to=TO_SANDRA_BARE, headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    irt="sandra-macleod-data"),

# ---------------------------------------------------------------- delivery reports
rec("bounce-fr-orange-newsletter", [], "fr", "2025-04-02 18:31",
    ("Mail Delivery System", "MAILER-DAEMON@orange.fr"),
    "Échec de la remise du message",
"""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : patricia.ledoux@laposte.net
Raison : l'adresse n'existe pas (550 5.1.1 User unknown).

Ceci est un message automatique, merci de ne pas y répondre.""",
    to=TO_CONTACT, kind="bounce",
    bounce={"mta": "smtp-out.orange.fr", "rcpt": "patricia.ledoux@laposte.net", "status": "5.1.1",
            "diag": "smtp; 550 5.1.1 <patricia.ledoux@laposte.net>: Recipient address rejected: User unknown",
            "orig_from": "Floraison de Soi <contact@floraisondesoi.fr>",
            "orig_subject": "🌿 La Lettre de Floraison de Soi - avril", "orig_date": "2025-04-02 18:30",
            "orig_body": NL_AVRIL}),

# NEAR-LINE: a bounce of Sandra's own reply confirming a deletion; the report is not a request.
rec("bounce-en-gmail-confirmation", [], "en", "2025-05-16 10:44",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "Delivery Status Notification (Failure)",
"""Address not found

Your message wasn't delivered to gilles.perret@orange.fr because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 Adresse d au moins un destinataire invalide.""",
    to=TO_SANDRA_BARE, kind="bounce",
    bounce={"mta": "mx.google.com", "rcpt": "gilles.perret@orange.fr", "status": "5.1.1",
            "diag": "smtp; 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416",
            "orig_from": "Sandra Delomenie <sandra.delomenie@orange.fr>",
            "orig_subject": "Re: Désinscription", "orig_date": "2025-05-16 10:43",
            "orig_body": """Bonjour Monsieur Perret,

Je vous confirme votre désinscription de la lettre et la suppression de vos données de ma base de contacts.

Bien cordialement,
""" + SIG_SANDRA}),

rec("bounce-en-mailbox-full", [], "en", "2025-09-15 18:04",
    ("Mail Delivery System", "MAILER-DAEMON@smtp-out.orange.fr"),
    "Undelivered Mail Returned to Sender",
"""This is the mail system at host smtp-out.orange.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<k.nowak@wp.pl>: host mx.wp.pl[212.77.101.1] said: 552 5.2.2 Mailbox full""",
    to=TO_CONTACT, kind="bounce",
    bounce={"mta": "smtp-out.orange.fr", "rcpt": "k.nowak@wp.pl", "status": "5.2.2",
            "diag": "smtp; 552 5.2.2 Mailbox full",
            "orig_from": "Floraison de Soi <contact@floraisondesoi.fr>",
            "orig_subject": "La Lettre de Floraison de Soi - rentrée", "orig_date": "2025-09-15 18:00",
            "orig_body": NL_SEPT, "headers_only": True}),

rec("bounce-fr-exchange-ndr", [], "fr", "2026-01-09 11:18",
    ("Microsoft Outlook", "postmaster@ehpad-les-tilleuls.fr"),
    "Non remis : Convention de formation 2026",
"""Impossible de remettre le message à ces destinataires ou groupes :

s.michaud@ehpad-les-tilleuls.fr
L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et renvoyez le message.""",
    to=TO_SANDRA_BARE, kind="bounce",
    bounce={"mta": "AM9PR04MB8456.eurprd04.prod.outlook.com", "rcpt": "s.michaud@ehpad-les-tilleuls.fr",
            "status": "5.1.10",
            "diag": "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            "orig_from": "Sandra Delomenie <sandra.delomenie@orange.fr>",
            "orig_subject": "Convention de formation 2026", "orig_date": "2026-01-09 11:17",
            "orig_body": """Bonjour Madame Michaud,

Vous trouverez ci-joint la convention pour la session de mars 2026.

""" + SIG_SANDRA}),

# ---------------------------------------------------------------- Sandra's own mail
rec("own-fr-confirmation-suppression", [], "fr", "2025-03-14 09:40",
    SANDRA, "Re: Mes données",
"""Bonjour Madame Leroux,

Suite à votre demande du 13 mars, je vous confirme que vos données ont été supprimées de mon fichier de contacts et de la plateforme d'inscription.

Je vous souhaite une belle continuation.

""" + SIG_SANDRA + """

""" + gmail_fr("jeu. 13 mars 2025 à 09:58", "Françoise Leroux", "francoise.leroux@orange.fr",
"""Bonjour Madame,
Pourriez-vous supprimer mes données ? Je n'ai pas l'intention de participer à d'autres événements.
Avec mes remerciements,
Françoise Leroux"""),
    to="Françoise Leroux <francoise.leroux@orange.fr>", mailer="Mozilla Thunderbird",
    irt="leroux-donnees"),

rec("own-fr-demande-piece-identite", [], "fr", "2025-07-04 14:12",
    SANDRA, "Re: Votre ancienne cliente Mme Isabelle Garnier - demande de communication",
"""Maître,

J'accuse réception de votre courriel du 3 juillet et du mandat joint. Je rassemble les éléments demandés et vous les adresserai dans le délai d'un mois.

Pourriez-vous me confirmer l'adresse postale à laquelle vous souhaitez recevoir le dossier papier (notes manuscrites) ?

Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées.

""" + SIG_SANDRA,
    to="Maître Claire Vidalenc <c.vidalenc@vidalenc-avocat.fr>", mailer="Mozilla Thunderbird",
    irt="vidalenc-garnier"),

rec("own-fr-envoi-export", [], "fr", "2025-10-13 19:02",
    SANDRA, "Re: export",
"""Coucou Manon,

Voici ton export en CSV (réponses aux exercices + carnet de bord). Dis-moi si l'import fonctionne.

Sandra""",
    to="Manon <manon.leblanc.pro@gmail.com>", fmt="alt", mailer="Mozilla Thunderbird",
    irt="manon-export",
    attach=[("export_Manon_Leblanc.csv", "text/csv",
"""date;module;exercice;reponse
2025-06-02;Module 1;Mes valeurs;Liberté, loyauté, créativité
2025-06-09;Module 2;Roue de la vie;Travail 4/10, Santé 6/10, Relations 8/10
2025-06-23;Module 3;Lettre à moi-même;(voir texte)
""")]),

rec("own-fr-facture-entreprise", [], "fr", "2025-11-17 16:30",
    SANDRA, "Facture F2025-118 - Formation « Gérer son stress au travail »",
"""Bonjour Madame Hébert,

Veuillez trouver ci-joint la facture F2025-118 correspondant à la formation des 13 et 14 novembre, ainsi que les attestations de fin de formation de M. Caillaud et Mme Roger.

Règlement à 30 jours par virement (RIB en bas de facture).

Bien cordialement,
""" + SIG_SANDRA,
    to="Carole Hébert <c.hebert@berry-logistique.fr>", cc="compta@berry-logistique.fr",
    mailer="Mozilla Thunderbird",
    attach=[("F2025-118_Berry_Logistique.pdf", "application/pdf", "FACTURE F2025-118 - Floraison de Soi - 1 440,00 EUR")]),

rec("own-fr-newsletter-test", [], "fr", "2025-12-10 17:52",
    CONTACT, "[TEST] Floraison de Soi - la lettre de décembre",
NL_DEC,
    to=TO_SANDRA_BARE, fmt="html", reply_to="contact@floraisondesoi.fr",
    headers=[("X-Mailer", "Systeme.io")]),

# NEAR-LINE: Sandra forwarding a client's erasure request from her contact@ address to her
# main box. The new text is hers (her own sent mail) -> negative.
rec("own-fr-transfert-demande", [], "fr", "2025-05-16 08:30",
    CONTACT, "TR: Désinscription",
"""À traiter ce soir + vérifier Stripe.

""" + fwd_gmail_fr("Gilles Perret", "gilles.perret@orange.fr", "ven. 16 mai 2025 à 08:22",
                   "Désinscription", "contact@floraisondesoi.fr",
"""Bonjour,

Merci de me désinscrire de votre newsletter et de supprimer mes données personnelles de votre base de contacts.

G. Perret"""),
    to=TO_SANDRA_BARE),

rec("own-fr-reponse-collegue", [], "fr", "2025-03-26 08:05",
    SANDRA, "Re: RGPD, tu fais comment ?",
"""Coucou Agathe,

Je te réponds vite avant ma première séance. Mes notes sont sur papier, rangées sous clé, et je scanne uniquement les bilans sur un Drive. Pour la santé, je fais signer un consentement spécifique dans le contrat. Je t'envoie mon modèle ce soir (je dois d'abord enlever mes infos perso).

Et pour les demandes d'accès ou de suppression, j'ai un petit tableau de suivi, je te montrerai.

Bises,
Sandra""",
    to="Agathe Morel <agathe.morel.coach@gmail.com>", fmt="alt", mailer="Mozilla Thunderbird",
    irt="agathe-rgpd"),

rec("own-fr-note-a-soi", [], "fr", "2025-09-01 07:14",
    SANDRA, "à faire rentrée",
"""- relancer EHPAD convention
- purger les contacts newsletter inactifs > 3 ans (RGPD)
- refaire page témoignages (retirer Valérie H.)
- commander cartes cadeaux
- mettre à jour registre des traitements""",
    to=TO_SANDRA_BARE, mailer="Orange Mail"),

# ---------------------------------------------------------------- GDPR spam, prospecting, phishing
rec("spam-fr-conformite-rgpd-amende", [], "fr", "2025-02-17 08:02",
    ("Service Conformité RGPD", "info@conformite-rgpd-express.fr"),
    "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
"""Madame, Monsieur,

Notre audit automatique a détecté 7 non-conformités RGPD sur votre site floraisondesoi.fr (bandeau cookies, registre des traitements, mentions légales).

Les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires.

Mettez-vous en conformité en 48h avec notre pack « RGPD Sérénité » à 349 € HT au lieu de 890 €.

J'en profite : https://conformite-rgpd-express.fr/pack

Pour ne plus recevoir nos communications, répondez STOP.""",
    to=TO_CONTACT, fmt="html",
    headers=lst("<prospects.conformite-rgpd-express.fr>", "<mailto:stop@conformite-rgpd-express.fr>", post=False)),

rec("spam-fr-formation-dpo", [], "fr", "2025-06-05 10:17",
    ("Julie - Académie Data Protection", "julie@academie-dataprotection.fr"),
    "Sandra, êtes-vous prête pour un contrôle CNIL ?",
"""Bonjour Sandra,

Les coachs et formateurs indépendants traitent des données sensibles (santé, vie personnelle) et sont de plus en plus contrôlés. Savez-vous répondre à une demande d'accès, de rectification ou d'effacement dans les délais ?

Notre formation « RGPD pour les indépendants » (7h, éligible CPF) vous donne tous les modèles : registre, clauses, réponses types.

Prochaine session : 3 juillet. Je vous réserve une place ?

Julie Marchal
Académie Data Protection""",
    to=TO_CONTACT, fmt="alt", reply_to="Julie Marchal <j.marchal@academie-dataprotection.fr>"),

rec("spam-en-gdpr-audit", [], "en", "2025-09-10 04:51",
    ("Daniel | PrivacyShield Pro", "daniel@privacyshieldpro.io"),
    "Quick question about floraisondesoi.fr cookies",
"""Hi there,

I noticed floraisondesoi.fr loads Google Analytics before consent is given. Under GDPR that could expose you to fines and data subject complaints.

We help small businesses become fully compliant in under a week. Would you be open to a free 15-minute audit call?

Best,
Daniel
PrivacyShield Pro

If you'd rather not hear from me, just reply "no thanks".""",
    to=TO_CONTACT, fmt="alt"),

rec("spam-fr-seo", [], "fr", "2025-04-30 06:33",
    ("Kevin - Agence Visibilité+", "kevin@visibilite-plus.agency"),
    "Plus de clients pour Floraison de Soi ?",
"""Bonjour,

J'ai vu votre site Floraison de Soi, très joli ! Par contre vous n'apparaissez pas en première page sur « coach Issoudun ».

Nous pouvons changer ça en 30 jours. Audit SEO offert.

Kevin
Agence Visibilité+""",
    to=TO_CONTACT, fmt="html"),

rec("spam-en-gdpr-leads", [], "en", "2026-01-14 03:18",
    ("Marketing Data Solutions", "sales@b2b-leads-europe.com"),
    "GDPR-compliant email lists for coaches - 40% off",
"""Hello,

Reach 25,000 verified HR decision-makers in France with our 100% GDPR-compliant (opt-in) database. Fully exportable in CSV.

Reply to this email to receive a free sample of 100 contacts.

To be removed from our list, reply REMOVE.""",
    to=TO_CONTACT, fmt="html"),

rec("phish-fr-orange-boite-pleine", [], "fr", "2025-03-08 02:44",
    ("Orange Messagerie", "service-client@orange-messagerie-securite.com"),
    "Votre boîte mail est pleine - action requise",
"""Cher(e) client(e) Orange,

Votre boîte de réception a atteint 99 % de sa capacité. Les nouveaux messages seront supprimés automatiquement sous 24 heures.

Pour conserver vos messages, veuillez vérifier votre compte :
https://orange-messagerie-securite.com/verif/sandra.delomenie

Orange Service Client""",
    to=TO_SANDRA_BARE, fmt="html"),

rec("phish-fr-faux-cnil", [], "fr", "2025-10-31 23:10",
    ("CNIL - Service des contrôles", "controle@cnil-notification.fr"),
    "Mise en demeure n° 2025-4418 - Floraison de Soi",
"""Madame,

Suite à une plainte d'un de vos clients pour non-respect de son droit d'accès et d'effacement, la Commission a ouvert une procédure à votre encontre.

Vous disposez de 72 heures pour régler l'amende administrative de 1 500 € afin d'éviter une procédure contentieuse.

Consulter le dossier et payer : http://cnil-notification.fr/dossier/2025-4418

Commission Nationale de l'Informatique et des Libertés""",
    to=TO_SANDRA_BARE, fmt="html",
    attach=[("Mise_en_demeure_2025-4418.pdf", "application/pdf", "Document - cliquez sur le lien dans le message")]),

rec("phish-en-stripe-suspended", [], "en", "2025-08-23 01:55",
    ("Stripe Support", "support@stripe-account-review.com"),
    "Action required: your Stripe account has been suspended",
"""Dear Customer,

We were unable to verify your business information. Your payouts have been suspended.

To restore access, please confirm your identity and banking details within 24 hours:
https://stripe-account-review.com/verify

Failure to do so will result in permanent closure of your account and deletion of your data.

Stripe Trust & Safety""",
    to=TO_SANDRA_BARE, fmt="html"),

rec("phish-en-docusign", [], "en", "2025-12-04 05:20",
    ("DocuSign via Drive", "dse@docusign-secure-mail.net"),
    "Sandra Delomenie: please review and sign \"GDPR_Data_Request_Form.pdf\"",
"""You have received a document to review and sign.

GDPR_Data_Request_Form.pdf

REVIEW DOCUMENT: https://docusign-secure-mail.net/sign?id=88fa

Do not share this email. This link will expire in 48 hours.""",
    to=TO_SANDRA_BARE, fmt="html"),
]
