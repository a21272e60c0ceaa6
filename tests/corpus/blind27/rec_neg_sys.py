"""Machine-sent negatives: notifications, vendor notices, newsletters, auto-replies,
bounces, RGPD spam and phishing (French and English)."""
from common import M, SANDRA, CONTACT

def LIST(list_id, unsub_url, unsub_mail=None, one_click=True):
    h = [("List-Id", list_id)]
    u = "<%s>" % unsub_url
    if unsub_mail:
        u += ", <mailto:%s>" % unsub_mail
    h.append(("List-Unsubscribe", u))
    if one_click:
        h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    h.append(("Precedence", "bulk"))
    return h

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply")]

CNIL_HTML = """\
<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La lettre de la CNIL</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" style="background:#ffffff">
<tr><td style="background:#1b1b3a;color:#ffffff;font-size:20px">La lettre d'information de la CNIL - n° 127</td></tr>
<tr><td>
<h2 style="color:#1b1b3a">Droit d'accès : la CNIL publie ses nouvelles fiches pratiques</h2>
<p>Le droit d'accès (article 15 du RGPD) permet à toute personne d'obtenir la confirmation que des données personnelles la concernant sont traitées, et d'en obtenir une copie. Les nouvelles fiches détaillent les délais de réponse, la vérification de l'identité et les cas de refus.</p>
<h2 style="color:#1b1b3a">Sanction : 40 000 euros d'amende pour un organisme de formation</h2>
<p>La formation restreinte a sanctionné un organisme qui ne respectait pas le droit à l'effacement et le droit d'opposition à la prospection de ses anciens stagiaires.</p>
<h2 style="color:#1b1b3a">TPE/PME : le guide du consentement mis à jour</h2>
<p>Recueillir un consentement libre, spécifique, éclairé et univoque : exemples de formulaires, cases à cocher et retrait du consentement.</p>
<p><a href="https://www.cnil.fr/fr/actualites">Toutes les actualités</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#666">Vous recevez cette lettre car vous êtes abonné(e) à la lettre d'information de la CNIL.
<a href="https://www.cnil.fr/fr/newsletter/desinscription">Se désinscrire</a><br>
CNIL - 3 place de Fontenoy - TSA 80715 - 75334 Paris Cedex 07</td></tr>
</table></td></tr></table>
</body></html>
"""

CNIL_TEXT = """\
La lettre d'information de la CNIL - n° 127

DROIT D'ACCÈS : LA CNIL PUBLIE SES NOUVELLES FICHES PRATIQUES
Le droit d'accès (article 15 du RGPD) permet à toute personne d'obtenir la confirmation que des données personnelles la concernant sont traitées, et d'en obtenir une copie. Les nouvelles fiches détaillent les délais de réponse, la vérification de l'identité et les cas de refus.

SANCTION : 40 000 EUROS D'AMENDE POUR UN ORGANISME DE FORMATION
La formation restreinte a sanctionné un organisme qui ne respectait pas le droit à l'effacement et le droit d'opposition à la prospection de ses anciens stagiaires.

TPE/PME : LE GUIDE DU CONSENTEMENT MIS À JOUR
Recueillir un consentement libre, spécifique, éclairé et univoque : exemples de formulaires, cases à cocher et retrait du consentement.

Toutes les actualités : https://www.cnil.fr/fr/actualites

Vous recevez cette lettre car vous êtes abonné(e) à la lettre d'information de la CNIL.
Se désinscrire : https://www.cnil.fr/fr/newsletter/desinscription
"""

ORIG_NL = """\
From: Floraison de Soi <contact@floraisondesoi.fr>
To: %s
Subject: %s
Date: %s
Message-ID: <nl.%s@floraisondesoi.fr>
"""

RECORDS = [

# ================================================================== FRENCH
M("sys-fr-systemeio-nouvelle-vente", "fr", [],
  ("Systeme.io", "notifications@systeme.io"), "2025-10-05 21:47",
  "🎉 Nouvelle vente : 30 jours pour soi",
  """\
Bonjour Sandra,

Vous avez réalisé une nouvelle vente !

Produit : 30 jours pour soi (parcours en ligne)
Montant : 97,00 EUR
Client : Noémie Lacroix (noemie.lacroix@gmail.com)
Moyen de paiement : Stripe

Voir la commande : https://systeme.io/dashboard/orders/8812045

L'équipe Systeme.io
""", to=CONTACT, shape="alt",
  headers=[("X-Mailer", "systeme.io notifier"), ("Precedence", "bulk")]),

M("sys-fr-systemeio-dpa-rgpd", "fr", [],
  ("Systeme.io", "no-reply@systeme.io"), "2025-05-22 10:00",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """\
Bonjour,

Conformément à l'article 28 du RGPD, nous mettons à jour notre accord de traitement des données (Data Processing Agreement) applicable à compter du 22 juin 2025.

Principaux changements :
- mise à jour de la liste de nos sous-traitants ultérieurs (hébergement, envoi d'e-mails) ;
- précisions sur l'assistance que nous vous apportons pour répondre aux demandes d'exercice de droits de vos contacts (accès, rectification, effacement, portabilité) ;
- nouvelles clauses contractuelles types pour les transferts hors UE.

Aucune action n'est requise de votre part. Si vous continuez à utiliser Systeme.io après le 22 juin 2025, vous acceptez le DPA mis à jour.

Consulter le DPA : https://systeme.io/fr/dpa

L'équipe Systeme.io
Systeme.io SAS - 52 rue de la Victoire, 75009 Paris
""", to=CONTACT, shape="alt",
  headers=LIST("<legal.systeme.io>", "https://systeme.io/unsubscribe/legal?u=sd8812")),

# NEAR-LINE: a platform notification that a contact unsubscribed; the contact's
# objection is already handled by the tool, and this mail is not from the person.
M("sys-fr-systemeio-contact-desabonne", "fr", [],
  ("Systeme.io", "notifications@systeme.io"), "2025-11-05 12:32",
  "Un contact s'est désabonné de votre liste",
  """\
Bonjour Sandra,

Le contact suivant s'est désabonné de votre liste « Lettre Floraison de Soi » :

Patricia Lenoir - patricia.lenoir@gmail.com
Date : 05/11/2025 12:31
Campagne : 🍂 Novembre chez Floraison de Soi

Vous pouvez désactiver ces notifications dans Paramètres > Notifications.

L'équipe Systeme.io
""", to=CONTACT, headers=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]),

M("sys-fr-google-alerte-securite", "fr", [],
  ("Google", "no-reply@accounts.google.com"), "2025-08-09 06:12",
  "Alerte de sécurité",
  """\
Nouvelle connexion sur Windows

sandra.delomenie@orange.fr

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://accounts.google.com/AccountChooser?Email=sandra.delomenie@orange.fr&continue=https://myaccount.google.com/alert/nt/1723176720000

Vous pouvez aussi voir l'activité liée à la sécurité à l'adresse https://myaccount.google.com/notifications

Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", shape="alt"),

M("sys-fr-google-regles-confidentialite", "fr", [],
  ("Google", "google-noreply@google.com"), "2026-01-16 15:00",
  "Mise à jour des Règles de confidentialité de Google",
  """\
Bonjour,

Nous mettons à jour nos Règles de confidentialité afin de les rendre plus claires sur la manière dont nous traitons vos données personnelles et sur les outils dont vous disposez pour exercer vos droits (accès, suppression, portabilité via Google Takeout, opposition à certains traitements).

Ces modifications prendront effet le 16 février 2026. Vous n'avez rien à faire.

Consulter les Règles de confidentialité : https://policies.google.com/privacy

Vous recevez cet e-mail obligatoire pour vous informer de modifications importantes apportées aux services Google.
Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irlande
""", shape="alt"),

M("sys-fr-google-drive-partage", "fr", [],
  ("Corinne Vallet (via Google Drive)", "drive-shares-dm-noreply@google.com"), "2026-02-19 09:02",
  "Document partagé avec vous : « Synthèse bilan - remarques Corinne »",
  """\
Corinne Vallet a partagé un document

Corinne Vallet (corinne.vallet@orange.fr) vous a invité à modifier le document suivant :

Synthèse bilan - remarques Corinne
https://docs.google.com/document/d/1aXk9P2vQeR7mT4uL0sBcD3fG6hJ8kN5oW/edit?usp=sharing

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car Corinne Vallet a partagé un document avec vous depuis Google Docs.
""", reply_to=("Corinne Vallet", "corinne.vallet@orange.fr"), shape="alt"),

M("sys-fr-banque-releve", "fr", [],
  ("Crédit Agricole Centre Loire", "ne-pas-repondre@ca-centreloire.fr"), "2025-07-03 05:30",
  "Votre relevé de compte est disponible",
  """\
Madame DELOMENIE,

Votre relevé de compte professionnel de juin 2025 est disponible dans votre espace Crédit Agricole en Ligne, rubrique « e-Documents ».

Nous vous rappelons que le Crédit Agricole ne vous demandera jamais vos codes d'accès par e-mail.

Crédit Agricole Centre Loire
Conformément à la réglementation relative à la protection des données, vous disposez d'un droit d'accès, de rectification et d'opposition que vous pouvez exercer auprès de votre agence.
""", to=SANDRA, shape="html",
  headers=[("Precedence", "bulk"), ("X-CA-Campaign", "releve-mensuel")]),

M("sys-fr-urssaf-declaration", "fr", [],
  ("Urssaf", "ne-pas-repondre@urssaf.fr"), "2025-10-01 08:00",
  "Votre déclaration de chiffre d'affaires du 3e trimestre",
  """\
Madame Sandra DUMOT-DELOMENIE,

Votre déclaration de chiffre d'affaires pour la période de juillet à septembre 2025 est à effectuer avant le 31 octobre 2025 sur autoentrepreneur.urssaf.fr.

En l'absence de chiffre d'affaires, vous devez déclarer « 0 ».

Pour toute question, utilisez votre messagerie sécurisée depuis votre espace.

Votre Urssaf
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", to=SANDRA, headers=[("Auto-Submitted", "auto-generated")]),

M("sys-fr-newsletter-coach-rgpd", "fr", [],
  ("Julie Marchand - Coach Business", "julie@coachbusiness-marchand.fr"), "2025-04-15 06:30",
  "RGPD pour les coachs : les 5 erreurs qui peuvent vous coûter cher",
  """\
Hello Sandra,

Cette semaine, on parle d'un sujet qui fait peur : le RGPD.

Erreur n°1 : publier un témoignage sans consentement écrit.
Erreur n°2 : garder les données de santé de vos clients « au cas où ».
Erreur n°3 : ignorer une demande d'accès ou d'effacement (vous avez 1 mois pour répondre !).
Erreur n°4 : ne pas proposer de lien de désinscription dans vos mails.
Erreur n°5 : ne pas avoir de politique de confidentialité... ou en avoir une copiée-collée.

Dans ma masterclass gratuite de jeudi, je vous donne mes modèles de réponse aux demandes de droits.

Je réserve ma place : https://coachbusiness-marchand.fr/masterclass-rgpd

À jeudi,
Julie

Vous recevez cet e-mail car vous avez téléchargé le guide « 10 clés pour lancer son activité ».
Se désinscrire : https://coachbusiness-marchand.fr/u?e=sd36
""", shape="alt",
  headers=LIST("<newsletter.coachbusiness-marchand.fr>",
               "https://coachbusiness-marchand.fr/u?e=sd36",
               "unsubscribe@coachbusiness-marchand.fr")),

M("sys-fr-cnil-newsletter", "fr", [],
  ("CNIL", "newsletter@cnil.fr"), "2025-06-26 11:00",
  "La lettre d'information de la CNIL - n° 127",
  CNIL_TEXT, shape="alt", html=CNIL_HTML,
  headers=LIST("La lettre de la CNIL <lettre.cnil.fr>", "https://www.cnil.fr/fr/newsletter/desinscription",
               "desinscription-lettre@cnil.fr", one_click=False)),

M("sys-fr-orange-facture", "fr", [],
  ("Orange", "facture@orange.fr"), "2025-09-12 04:15",
  "Votre facture Orange est disponible",
  """\
Bonjour Sandra DELOMENIE,

Votre facture Orange du 12/09/2025 d'un montant de 52,98 EUR est disponible dans votre Espace Client.

Elle sera prélevée le 26/09/2025 sur votre compte bancaire.

Consulter ma facture : https://espace-client.orange.fr/facture-paiement

Orange SA - 111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux
Pour en savoir plus sur l'utilisation de vos données personnelles et vos droits : https://www.orange.fr/donnees-personnelles
""", shape="html", headers=[("Precedence", "bulk")]),

M("sys-fr-autoreply-absence", "fr", [],
  ("Pauline Ferrand", "pauline@ferrand-sophrologie.fr"), "2025-08-05 14:20",
  "Réponse automatique : Re: Question entre collègues",
  """\
Bonjour,

Je suis absente du cabinet jusqu'au 25 août inclus, sans accès régulier à mes mails.

En cas d'urgence, vous pouvez contacter ma collègue Laure au 02 54 21 00 00.

Belle fin d'été,
Pauline Ferrand - Sophrologue
""", headers=AUTO, irt="mail-sandra-pauline-aout"),

M("sys-fr-autoreply-outlook", "fr", [],
  ("Nadia Benali", "rh@menuiseries-berry.fr"), "2025-11-17 09:01",
  "Réponse automatique : Évaluation de fin de formation - M. Kevin Rault",
  """\
Bonjour,

Je suis actuellement en congés et serai de retour le lundi 24 novembre. Votre message ne sera pas transféré.

Pour toute demande urgente concernant la paie, merci de contacter paie@menuiseries-berry.fr.

Cordialement,
Nadia Benali
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "rh@menuiseries-berry.fr"), ("X-Autoreply", "yes")],
  irt="sandra-reponse-rh-rault"),

M("sys-fr-autoreply-mutuelle-rgpd", "fr", [],
  ("Mutuelle Berry Santé", "contact@mutuelle-berrysante.fr"), "2025-03-06 16:45",
  "Accusé de réception de votre message",
  """\
Madame, Monsieur,

Nous accusons bonne réception de votre message, qui sera traité dans un délai de 5 jours ouvrés.

Pour toute demande relative à vos données personnelles (droit d'accès, de rectification, d'effacement, de limitation, d'opposition ou de portabilité), merci d'écrire à notre délégué à la protection des données : dpo@mutuelle-berrysante.fr, en joignant une copie de votre pièce d'identité. Vous pouvez également introduire une réclamation auprès de la CNIL.

Ceci est un message automatique, merci de ne pas y répondre.

Mutuelle Berry Santé
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  irt="sandra-mutuelle-devis"),

M("sys-fr-autoreply-quebec", "fr", [],
  ("Marie-Ève Tremblay", "me.tremblay@videotron.ca"), "2025-12-22 10:05",
  "Absence du bureau - Re: tes documents",
  """\
Bonjour!

Je suis présentement en vacances pour le temps des Fêtes et de retour le 6 janvier. Je vais répondre à ton courriel à mon retour.

Joyeuses Fêtes!
Marie-Ève
""", headers=AUTO, irt="sandra-docs-tremblay"),

M("sys-fr-bounce-orange", "fr", [],
  ("Mail Delivery System", "MAILER-DAEMON@orange.fr"), "2025-02-04 18:01",
  "Undelivered Mail Returned to Sender",
  """\
Ceci est un message automatique du serveur de messagerie Orange.

Votre message n'a pas pu être délivré à un ou plusieurs destinataires.

<kevin.d36@sfr.fr> : adresse inconnue / user unknown

Le message original est joint sous forme d'en-têtes.
""", dsn=dict(mta="smtp-out.orange.fr", rcpt="kevin.d36@sfr.fr", status="5.1.1",
              diag="550 5.1.1 <kevin.d36@sfr.fr>: Recipient address rejected: User unknown",
              orig_headers=ORIG_NL % ("kevin.d36@sfr.fr", "Il est encore temps de vous inscrire !",
                                      "Tue, 04 Feb 2025 18:00:00 +0100", "20250204.kd36"))),

M("sys-fr-spam-conformite-amende", "fr", [],
  ("Service Conformité RGPD", "alerte@conformite-rgpd-obligatoire.com"), "2025-03-24 07:03",
  "URGENT - Votre entreprise n'est pas en conformité RGPD (amende jusqu'à 20 000 000 €)",
  """\
Madame, Monsieur,

Suite à un contrôle automatisé, votre entreprise FLORAISON DE SOI figure sur la liste des structures NON CONFORMES au Règlement Général sur la Protection des Données (RGPD).

Vous vous exposez à une amende pouvant atteindre 20 000 000 € ou 4 % du chiffre d'affaires.

Pour régulariser votre situation sous 72 heures, vous devez obligatoirement :
- désigner un DPO certifié ;
- mettre à jour votre registre des traitements ;
- afficher la mention de conformité.

Régulariser maintenant (399 € HT) : http://conformite-rgpd-obligatoire.com/regularisation?id=36100-FDS

Service Conformité RGPD
Ceci n'est pas un message de la CNIL.
""", shape="html", headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "7.8")],
  reply_to=("Service Conformité", "dossiers@rgpd-regul-express.net")),

M("sys-fr-spam-audit-gratuit", "fr", [],
  ("Thomas de DataSérénité", "thomas@dataserenite-conseil.fr"), "2025-09-16 10:30",
  "Sandra, 15 min pour sécuriser Floraison de Soi ?",
  """\
Bonjour Sandra,

J'ai consulté le site floraisondesoi.fr : votre politique de confidentialité mentionne des données de santé et des transferts hors UE, mais je n'ai pas trouvé de bandeau de consentement aux cookies ni de procédure pour les demandes d'effacement.

Je propose aux coachs et thérapeutes un audit RGPD gratuit de 15 minutes, suivi d'un kit clé en main (registre, modèles de réponse aux demandes d'accès, clauses de consentement).

Un créneau jeudi ou vendredi ?

Thomas Lefort
DataSérénité Conseil

Si vous ne souhaitez plus recevoir nos messages, répondez STOP.
""", headers=[("List-Unsubscribe", "<mailto:stop@dataserenite-conseil.fr?subject=STOP>")]),

M("sys-fr-phishing-orange-suppression", "fr", [],
  ("Orange Messagerie", "securite-orange@messagerie-verif.info"), "2025-11-28 03:12",
  "Votre boîte mail sera supprimée sous 24h",
  """\
Cher(e) client(e) Orange,

Suite à la mise en conformité RGPD de nos serveurs, les comptes non vérifiés seront définitivement supprimés sous 24 heures, ainsi que l'ensemble de vos données personnelles (mails, contacts, pièces jointes).

Pour conserver votre adresse sandra.delomenie@orange.fr, veuillez confirmer vos identifiants :

→ CONFIRMER MON COMPTE : http://orange-fr.messagerie-verif.info/login

L'équipe Orange
""", shape="html", headers=[("X-Spam-Flag", "YES")]),

M("sys-fr-phishing-faux-cnil", "fr", [],
  ("CNIL - Service contrôle", "controle@cnil-gouv-regularisation.fr"), "2026-02-26 08:47",
  "Avis de contrôle CNIL n° 2026-0447 - régularisation requise",
  """\
Madame DELOMENIE,

Dans le cadre de sa campagne de contrôle des professionnels de l'accompagnement, la Commission Nationale de l'Informatique et des Libertés a relevé plusieurs manquements au RGPD concernant votre activité :
- absence de registre des traitements (art. 30) ;
- non-respect du droit d'opposition (art. 21) ;
- conservation excessive de données de santé (art. 5 et 9).

Vous disposez de 8 jours pour régler la contravention forfaitaire de 1 500 € ou contester via le formulaire ci-joint.

Régler ou contester : http://cnil-gouv-regularisation.fr/dossier/2026-0447

Le service contrôle
""", shape="html", headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "9.1")],
  attach=[("Avis_controle_2026-0447.pdf", "AVIS DE CONTROLE\nDossier 2026-0447\nMontant : 1500 EUR")]),

M("sys-fr-lettre-juridique-cci", "fr", [],
  ("CCI Indre - Lettre juridique", "lettre-juridique@indre.cci.fr"), "2025-12-05 09:00",
  "Lettre juridique n° 48 - Droit à l'effacement : ce que doivent savoir les TPE",
  """\
LETTRE JURIDIQUE DE LA CCI INDRE - n° 48

DOSSIER : Droit à l'effacement et droit d'opposition - ce que doivent savoir les TPE
Un client vous demande de « supprimer ses données » ? Le RGPD (article 17) vous impose d'y répondre dans un délai d'un mois. Mais attention : les obligations comptables (conservation des factures 10 ans) peuvent justifier de conserver certaines pièces. Quant au droit d'opposition (article 21), il est absolu en matière de prospection commerciale.

EN BREF
- Facturation électronique : le calendrier confirmé pour 2026-2027.
- Atelier « Réussir sa présence sur les réseaux sociaux » le 16 janvier à Châteauroux.

Se désinscrire : https://www.indre.cci.fr/lettre/desinscription
CCI Indre - 24 place Gambetta - 36000 Châteauroux
""", to=CONTACT, shape="alt",
  headers=LIST("<lettre-juridique.indre.cci.fr>", "https://www.indre.cci.fr/lettre/desinscription")),

# ================================================================== ENGLISH
M("sys-en-stripe-payout", "en", [],
  ("Stripe", "notifications@stripe.com"), "2025-06-09 03:05",
  "Your payout of €412.00 is on the way",
  """\
Floraison de Soi

Your payout of €412.00 EUR is on the way to your bank account ending in 4471. It should arrive by Wed, Jun 11.

Payout ID: po_1RXk2PFdS0aQ7LmN
Payments included: 5

View payout details: https://dashboard.stripe.com/payouts/po_1RXk2PFdS0aQ7LmN

You're receiving this email because you have payout notifications turned on.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", to=CONTACT, shape="alt",
  headers=LIST("<payouts.notifications.stripe.com>",
               "https://dashboard.stripe.com/settings/user/notifications")),

M("sys-en-stripe-privacy-update", "en", [],
  ("Stripe", "legal@stripe.com"), "2025-09-01 16:00",
  "Updates to the Stripe Privacy Policy and Data Processing Agreement",
  """\
Hello,

We're writing to let you know about updates to the Stripe Privacy Policy and to the Data Processing Agreement that forms part of your Stripe Services Agreement. These updates take effect on October 1, 2025.

What's changing:
- Clearer descriptions of how we process personal data of your customers as a processor, and of end users as an independent controller.
- Updated list of sub-processors.
- Updated Standard Contractual Clauses for international data transfers.
- More detail on how we help you respond to data subject requests (access, deletion, portability).

You don't need to take any action. By continuing to use Stripe after October 1, 2025, you agree to the updated terms.

Stripe Payments Europe, Limited
1 Grand Canal Street Lower, Grand Canal Dock, Dublin, D02 H210, Ireland
""", to=CONTACT, shape="alt",
  headers=[("List-Id", "<legal-updates.stripe.com>"), ("Precedence", "bulk")]),

M("sys-en-stripe-dispute", "en", [],
  ("Stripe", "notifications@stripe.com"), "2026-03-18 11:22",
  "Dispute opened: €97.00 from noemie.lacroix@gmail.com",
  """\
A cardholder has disputed a payment.

Amount: €97.00 EUR
Reason: Product not received
Customer: noemie.lacroix@gmail.com
Respond by: March 30, 2026

Submit evidence: https://dashboard.stripe.com/disputes/dp_1Qz8aLFdS0aQ7Lm

Stripe
""", to=CONTACT, shape="alt", headers=[("Auto-Submitted", "auto-generated")]),

M("sys-en-calendly-new-event", "en", [],
  ("Calendly", "notifications@calendly.com"), "2025-04-11 19:38",
  "New Event: Gemma Lloyd - 09:30 Tue, 15 Apr 2025 - Discovery call (30 min)",
  """\
Hi Sandra,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Gemma Lloyd
Invitee Email: gemma.lloyd@gmail.com
Event Date/Time: 09:30 - Tuesday, 15 April 2025 (Central European Time)
Location: Zoom (link to be sent)

Questions:
What would you like to work on? -> Confidence after redundancy

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly
""", to=CONTACT, shape="alt",
  headers=LIST("<notifications.calendly.com>", "https://calendly.com/app/settings/notifications",
               one_click=False)),

M("sys-en-calendly-subprocessors", "en", [],
  ("Calendly Legal", "legal-noreply@calendly.com"), "2025-11-12 17:00",
  "Notice: update to Calendly's sub-processor list",
  """\
Dear Calendly customer,

In accordance with our Data Processing Addendum and Article 28 of the GDPR, we are notifying you of changes to our list of sub-processors, effective 30 days from this notice.

New sub-processors:
- Twilio Ireland Ltd (SMS reminders) - Ireland/USA
- Snowflake Inc. (analytics) - USA

If you wish to object to a new sub-processor, you may do so within 30 days by emailing privacy@calendly.com.

The full list is available at https://calendly.com/legal/subprocessors

Calendly LLC
""", to=CONTACT,
  headers=[("List-Id", "<legal.calendly.com>"), ("Precedence", "bulk")]),

M("sys-en-zoom-cloud-recording", "en", [],
  ("Zoom", "no-reply@zoom.us"), "2025-11-20 21:35",
  "Cloud Recording - Dire non sans culpabiliser (webinaire) is now available",
  """\
Hi Sandra,

Your cloud recording is now available.

Topic: Dire non sans culpabiliser (webinaire)
Date: Nov 20, 2025 08:00 PM Paris

Share recording with viewers:
https://us06web.zoom.us/rec/share/Xk2p9QfA7vLm3TnY

Passcode: 7v#Qm2!p

Thank you for choosing Zoom.
The Zoom Team
""", to=CONTACT, shape="alt", headers=[("Auto-Submitted", "auto-generated")]),

M("sys-en-zoom-privacy-statement", "en", [],
  ("Zoom", "info@zoom.us"), "2026-01-29 18:00",
  "We're updating our Privacy Statement",
  """\
Hello,

We're updating the Zoom Privacy Statement, effective February 28, 2026. The updates clarify how we handle personal data in Zoom Workplace, including meeting recordings and AI Companion features, and describe the rights available to you - such as access, correction, deletion and objection - and how to exercise them.

We do not use your audio, video, chat or screen-sharing content to train our AI models.

Read the updated Privacy Statement: https://www.zoom.com/en/trust/privacy/privacy-statement/

Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113
You are receiving this service email because you have a Zoom account.
""", to=CONTACT, shape="alt",
  headers=[("List-Id", "<service.zoom.us>"), ("Precedence", "bulk")]),

M("sys-en-autoreply-ooo", "en", [],
  ("Fiona Grant", "fiona@grantcoaching.co.uk"), "2025-07-28 09:15",
  "Automatic reply: that GDPR thing we talked about",
  """\
Thanks for your email! I'm on retreat in the Highlands with very limited signal until 8 August. I'll reply when I'm back.

If it's about an existing booking, please contact hello@grantcoaching.co.uk.

Fiona
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
              ("X-Autorespond", "yes")], irt="sandra-to-fiona-july"),

M("sys-en-bounce-gmail", "en", [],
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "2025-10-09 07:02",
  "Delivery Status Notification (Failure)",
  """\
** Address not found **

Your message wasn't delivered to emma.clark@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""", to=CONTACT,
  dsn=dict(mta="mail-sor-f69.google.com", rcpt="emma.clark@gmail.com", status="5.1.1",
           diag="550-5.1.1 The email account that you tried to reach does not exist.",
           orig_headers=ORIG_NL % ("emma.clark@gmail.com", "The English circle is back",
                                   "Thu, 09 Oct 2025 07:00:00 +0200", "20251009.ec"))),

M("sys-en-bounce-postfix", "en", [],
  ("Mail Delivery System", "MAILER-DAEMON@mx1.ziggo.nl"), "2026-04-02 11:20",
  "Undelivered Mail Returned to Sender",
  """\
This is the mail system at host mx1.ziggo.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<f.devries@ziggo.nl>: host mx1.ziggo.nl[212.54.42.11] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
""", dsn=dict(mta="mx1.ziggo.nl", rcpt="f.devries@ziggo.nl", status="5.2.2",
              diag="552 5.2.2 Mailbox full",
              orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: f.devries@ziggo.nl\n"
                           "Subject: Your certificate\nDate: Thu, 02 Apr 2026 11:19:40 +0200\n")),

M("sys-en-bounce-outlook-ndr", "en", [],
  ("Microsoft Outlook", "postmaster@jensencoach.com"), "2025-12-23 14:48",
  "Undeliverable: Re: Handover to new coach",
  """\
Delivery has failed to these recipients or groups:

mia@jensencoach.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: AM0PR02MB5843.eurprd02.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", dsn=dict(mta="AM0PR02MB5843.eurprd02.prod.outlook.com", rcpt="mia@jensencoach.com", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound",
           orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: mia@jensencoach.com\n"
                        "Cc: Sophie Laurent-Hill <sophie.lhill@gmail.com>\n"
                        "Subject: Re: Handover to new coach\nDate: Tue, 23 Dec 2025 14:47:10 +0100\n")),

M("sys-en-phishing-stripe-verify", "en", [],
  ("Stripe Support", "support@stripe-accountverify.co"), "2025-08-20 02:40",
  "Action required: your Stripe payouts are paused",
  """\
Dear Merchant,

Due to new GDPR and KYC regulations, your payouts have been temporarily paused. To avoid permanent deletion of your account and all customer data, verify your identity within 48 hours.

Verify now: http://stripe-accountverify.co/secure/login

Stripe Compliance Team
""", to=CONTACT, shape="html", headers=[("X-Spam-Flag", "YES")]),

M("sys-en-dsr-tool-pitch", "en", [],
  ("Ryan from PrivacyPilot", "ryan@privacypilot.io"), "2026-02-03 15:30",
  "Handle GDPR erasure & access requests in 2 clicks",
  """\
Hi Sandra,

Small businesses get more data subject requests every year - "delete my data", "send me a copy of everything", "stop emailing me". Each one has a legal deadline of 30 days.

PrivacyPilot plugs into Gmail, Systeme.io and Stripe, finds every record about the requester, and generates a compliant response for access, erasure, rectification and portability requests automatically.

Coaches like you save 6 hours per request on average. Want a 15-minute demo?

Ryan Cole
Growth, PrivacyPilot

Not interested? Unsubscribe: https://privacypilot.io/u/sd-8f21
""", shape="alt", headers=LIST("<outreach.privacypilot.io>", "https://privacypilot.io/u/sd-8f21")),

M("sys-en-gdpr-certification-spam", "en", [],
  ("GDPR Certification Board", "certify@gdpr-cert-board.org"), "2025-05-07 04:20",
  "FINAL NOTICE: Mandatory GDPR certificate for coaches",
  """\
FINAL NOTICE

All coaches, therapists and trainers processing health data MUST hold a valid GDPR Practitioner Certificate by June 30 or face penalties under Article 83.

Get certified online in 1 hour - EUR 249 - instant PDF certificate.

CERTIFY NOW: http://gdpr-cert-board.org/coaches

Reply REMOVE to opt out.
""", shape="html", headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "8.4")]),

M("sys-en-icf-newsletter", "en", [],
  ("ICF France", "newsletter@coachfederation.fr"), "2025-10-14 08:00",
  "ICF Monthly: Confidentiality, client records and the Code of Ethics",
  """\
ICF MONTHLY - October 2025

FEATURE: Confidentiality and client records
How long should coaches keep session notes? What should you do when a client asks for a copy, or asks you to delete everything? Our ethics committee answers members' most common questions, with a reminder of GDPR obligations for coaches practising in the EU.

EVENTS
- Webinar: "Coaching and AI note-takers: consent first" - Oct 23
- Regional meet-up, Tours - Nov 6

Manage your preferences or unsubscribe: https://coachfederation.fr/preferences
ICF France - International Coaching Federation
""", to=CONTACT, shape="alt",
  headers=LIST("<monthly.coachfederation.fr>", "https://coachfederation.fr/preferences")),
]
