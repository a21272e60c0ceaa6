# -*- coding: utf-8 -*-
"""Automated / bulk negatives: platform notifications, vendor GDPR notices,
newsletters (List-Unsubscribe / List-Id), auto-replies, bounces, spam and
phishing.  French and English."""
from b34_helpers import SANDRA, SANDRA_CONTACT, SIG_SANDRA

LU = "List-Unsubscribe"
LUP = ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")

RECORDS = [

# ------------------------------------------------------------ Systeme.io
dict(
    key="sys-fr-systemeio-export-contacts-pret",
    rights=[], lang="fr",
    frm=("Systeme.io", "no-reply@systeme.io"),
    subject="Votre export de contacts est prêt",
    date="2025-06-20 11:42",
    headers=[("Auto-Submitted", "auto-generated"),
             ("X-Mailer", "systeme.io notifications")],
    body="""Bonjour Sandra,

L'export que vous avez demandé (Contacts - tous les tags - 1 214 contacts) est prêt.

Télécharger le fichier CSV : https://systeme.io/dashboard/exports/8841230

Pour des raisons de sécurité, ce lien expirera dans 7 jours et le fichier sera ensuite supprimé de nos serveurs.

Rappel : les données de vos contacts sont des données personnelles. Conservez ce fichier en lieu sûr et supprimez-le lorsque vous n'en avez plus besoin.

L'équipe Systeme.io
""",
    html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Bonjour Sandra,</p>
<p>L'export que vous avez demandé (<b>Contacts - tous les tags - 1&nbsp;214 contacts</b>) est prêt.</p>
<p><a href="https://systeme.io/dashboard/exports/8841230" style="background:#1d6ff2;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Télécharger le fichier CSV</a></p>
<p style="font-size:12px;color:#666">Pour des raisons de sécurité, ce lien expirera dans 7 jours et le fichier sera ensuite supprimé de nos serveurs.</p>
<p style="font-size:12px;color:#666">Rappel : les données de vos contacts sont des données personnelles. Conservez ce fichier en lieu sûr et supprimez-le lorsque vous n'en avez plus besoin.</p>
<p>L'équipe Systeme.io</p>
</body></html>
""",
),

dict(
    key="sys-fr-systemeio-nouvel-abonne",
    rights=[], lang="fr",
    frm=("Systeme.io", "no-reply@systeme.io"),
    subject="Nouveau contact : karine.l***@gmail.com s'est inscrit(e) à \"Lettre Floraison\"",
    date="2025-09-08 07:14",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Bonjour,

Un nouveau contact vient de s'inscrire via le formulaire "Lettre Floraison" (page : floraisondesoi.fr/lettre).

Email : karine.l***@gmail.com
Consentement marketing : oui (case cochée le 08/09/2025 à 07:13)
Tags ajoutés : newsletter, source-site

Voir le contact dans votre tableau de bord.

Vous recevez cette notification car les alertes "nouvel abonné" sont activées. Vous pouvez les désactiver dans Paramètres > Notifications.
""",
),

dict(
    key="sys-fr-systemeio-politique-confidentialite-maj",
    rights=[], lang="fr",
    frm=("Systeme.io", "news@systeme.io"),
    subject="Mise à jour de nos Conditions et de notre Politique de confidentialité",
    date="2025-11-03 10:00",
    headers=[(LU, "<https://systeme.io/unsubscribe?u=8841230&l=news>, <mailto:unsubscribe@systeme.io>"),
             LUP, ("List-Id", "Systeme.io News <news.systeme.io>"), ("Precedence", "bulk")],
    body="""Bonjour,

Nous mettons à jour nos Conditions générales d'utilisation et notre Politique de confidentialité à compter du 1er décembre 2025.

Principaux changements :
- précisions sur nos sous-traitants et sur les transferts hors UE (clauses contractuelles types) ;
- nouvel outil permettant à vos contacts d'exercer leurs droits d'accès et de suppression depuis le lien présent en bas de vos e-mails ;
- durée de conservation des logs de connexion ramenée à 6 mois.

En tant que responsable de traitement pour vos propres contacts, vous restez tenu(e) de répondre à leurs demandes. Notre Accord de traitement des données (DPA) mis à jour est disponible dans votre espace.

Aucune action n'est requise de votre part. La poursuite de l'utilisation du service vaut acceptation.

L'équipe Systeme.io

Se désinscrire des actualités produit
""",
),

# ------------------------------------------------------------ Stripe
dict(
    key="sys-fr-stripe-virement-en-route",
    rights=[], lang="fr",
    frm=("Stripe", "notifications@stripe.com"),
    subject="Votre virement de 1 240,00 € est en route",
    date="2025-04-15 06:02",
    headers=[("Auto-Submitted", "auto-generated"),
             ("X-Stripe-Notification", "payout.paid")],
    body="""Floraison de Soi

Un virement de 1 240,00 € vers votre compte bancaire se terminant par 4471 a été initié et devrait arriver d'ici le 17 avril 2025.

Détails : 9 paiements, 3 frais Stripe (41,28 €).

Consulter le virement : https://dashboard.stripe.com/payouts/po_1R8xYz

Vous recevez cet e-mail car vous êtes administrateur de Floraison de Soi. Gérez vos préférences de notification dans le Dashboard.

Stripe Payments Europe, Limited - 1 Grand Canal Street Lower, Dublin 2, Irlande
""",
    html="auto",
),

dict(
    key="sys-fr-stripe-accord-traitement-donnees",
    rights=[], lang="fr",
    frm=("Stripe", "no-reply@stripe.com"),
    subject="Modifications de l'Accord relatif au traitement des données de Stripe",
    date="2025-07-21 17:30",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    body="""Bonjour,

Nous vous informons que nous mettons à jour notre Accord relatif au traitement des données (DPA) et notre Politique de confidentialité, avec effet au 21 août 2025.

Ces modifications reflètent l'évolution de nos services et des exigences réglementaires, notamment le cadre de protection des données UE-États-Unis. Vous pouvez consulter les nouvelles versions sur stripe.com/fr/legal.

Si vous avez des clients qui vous demandent l'accès à leurs données de paiement ou leur suppression, notre guide explique comment les retrouver et ce que Stripe doit conserver au titre de ses obligations légales.

Aucune action n'est requise de votre part.

L'équipe Stripe
""",
),

# ------------------------------------------------------------ Google
dict(
    key="sys-fr-google-regles-confidentialite",
    rights=[], lang="fr",
    frm=("Google", "no-reply@accounts.google.com"),
    subject="Modifications apportées aux Règles de confidentialité de Google",
    date="2025-10-14 19:40",
    headers=[("Auto-Submitted", "auto-generated")],
    body=None,
    html="""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f8f9fa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124;padding:24px">
<tr><td><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" alt="Google" width="74"></td></tr>
<tr><td><h2 style="font-weight:400">Nous mettons à jour nos Règles de confidentialité</h2>
<p>Bonjour Sandra,</p>
<p>Nous modifions nos Règles de confidentialité à compter du 15 novembre 2025, afin de mieux expliquer quelles informations nous collectons, comment nous les utilisons et comment vous pouvez les <b>exporter</b> ou les <b>supprimer</b> depuis votre compte Google.</p>
<p>Vous pouvez à tout moment consulter et gérer vos données dans votre <a href="https://myaccount.google.com/data-and-privacy">compte Google</a>, et télécharger une copie de vos données avec Google Takeout.</p>
<p>Aucune action n'est requise de votre part.</p>
<p style="font-size:12px;color:#5f6368">Vous avez reçu cet e-mail obligatoire pour vous informer de modifications importantes apportées aux services Google ou à votre compte.<br>© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>
</td></tr></table></td></tr></table></body></html>
""",
),

dict(
    key="sys-fr-google-drive-partage-inscrits",
    rights=[], lang="fr",
    frm=("Nicolas Leroy (via Google Drive)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Nicolas Leroy", "nicolas@respirer-autrement.fr"),
    subject="Document partagé avec vous : \"Inscrits atelier commun 17 mai\"",
    date="2025-05-10 15:33",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Nicolas Leroy a partagé une feuille de calcul

Nicolas Leroy (nicolas@respirer-autrement.fr) vous a invité(e) à modifier la feuille de calcul suivante :

Inscrits atelier commun 17 mai
https://docs.google.com/spreadsheets/d/1h7Kx_Qe9uT0bW/edit?usp=sharing

"Voilà le fichier partagé, on y met chacun nos inscrits. On le supprime après l'atelier !"

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car Nicolas Leroy a partagé une feuille de calcul avec vous depuis Google Sheets.
""",
    html="auto",
),

# ------------------------------------------------------------ banks, URSSAF
dict(
    key="sys-fr-banque-e-releve-anti-fraude",
    rights=[], lang="fr",
    frm=("Crédit Agricole Centre Loire", "ne-pas-repondre@credit-agricole.fr"),
    subject="Votre e-relevé de compte est disponible",
    date="2025-03-03 05:45",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
             (LU, "<https://www.credit-agricole.fr/ca-centreloire/particulier/preferences.html>")],
    body="""Madame DUMOT-DELOMENIE,

Votre e-relevé du compte professionnel n° ****4471 arrêté au 28/02/2025 est disponible dans votre espace client, rubrique "e-Documents".

Sécurité : le Crédit Agricole ne vous demandera JAMAIS vos codes d'accès, vos coordonnées bancaires complètes ou la validation d'une opération par e-mail ou SMS. En cas de doute, ne cliquez sur aucun lien et contactez votre conseiller.

Vos données personnelles sont traitées conformément à notre politique de protection des données, consultable sur notre site.

Crédit Agricole Centre Loire
""",
    charset="iso-8859-1", cte="qp",
),

dict(
    key="sys-fr-banque-pro-paiement-recu",
    rights=[], lang="fr",
    frm=("Shine", "notifications@shine.fr"),
    subject="💸 Vous avez reçu 90,00 €",
    date="2025-10-02 12:18",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Bonne nouvelle Sandra !

Vous avez reçu un virement de 90,00 € de M. OLIVIER FREDERIC.
Libellé : "SEANCE 30/09 COACHING"

Solde disponible : consultez l'application.

L'équipe Shine
""",
),

dict(
    key="sys-fr-urssaf-declaration-ca",
    rights=[], lang="fr",
    frm=("Urssaf", "ne-pas-repondre@info.urssaf.fr"),
    subject="Auto-entrepreneur : déclarez votre chiffre d'affaires du 1er trimestre",
    date="2025-04-02 09:00",
    headers=[(LU, "<https://info.urssaf.fr/desinscription?id=7781203>"),
             ("List-Id", "Lettre Urssaf autoentrepreneur <ae.info.urssaf.fr>"), ("Precedence", "bulk")],
    body="""Bonjour,

Votre déclaration de chiffre d'affaires pour la période de janvier à mars 2025 est à effectuer avant le 30 avril 2025 sur autoentrepreneur.urssaf.fr.

Nouveau : vous pouvez désormais modifier une déclaration déjà validée jusqu'à la date limite.

Rappel : aucun agent de l'Urssaf ne vous demandera vos coordonnées bancaires par téléphone ou par e-mail.

Votre Urssaf

Pour ne plus recevoir cette lettre d'information, cliquez ici. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification auprès du délégué à la protection des données de l'Urssaf.
""",
    html="auto",
),

# --------------------------------------------------- newsletters (others)
dict(
    key="sys-fr-newsletter-autre-coach-menage",
    rights=[], lang="fr",
    frm=("Aurore de Lumière & Sens", "aurore@lumiere-et-sens.fr"),
    subject="5 façons de faire le ménage (dans votre vie ET dans vos mails)",
    date="2025-03-23 08:00",
    headers=[(LU, "<https://lumiere-et-sens.systeme.io/unsubscribe/7719>, <mailto:desinscription@lumiere-et-sens.fr>"),
             LUP, ("List-Id", "<lettre.lumiere-et-sens.fr>"), ("Precedence", "bulk")],
    body="""Bonjour belle âme,

Le printemps est la saison idéale pour faire de la place. Voici mes 5 rituels préférés :

1. Supprimer les applications qui vous volent votre attention.
2. Vous désinscrire des newsletters que vous ne lisez plus (oui, même la mienne si elle ne vous nourrit plus !).
3. Effacer les contacts qui vous pèsent.
4. Trier vos photos : gardez celles qui vous font sourire.
5. Retirer votre consentement aux "oui" que vous dites par habitude.

Mon atelier "Alléger sa vie" du 5 avril a encore 3 places.

Avec douceur,
Aurore

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Lumière & Sens. Se désinscrire | Gérer mes préférences
""",
    html="auto",
),

dict(
    key="sys-fr-lettre-cnil",
    rights=[], lang="fr",
    frm=("CNIL", "lettre-info@cnil.fr"),
    subject="La lettre de la CNIL - Droit d'accès : nos nouvelles fiches pratiques",
    date="2025-05-15 10:30",
    headers=[(LU, "<https://www.cnil.fr/fr/lettre-information/desinscription>"),
             ("List-Id", "La lettre d'information de la CNIL <lettre.cnil.fr>"), ("Precedence", "bulk")],
    body="""LA LETTRE DE LA CNIL - mai 2025

À LA UNE
Droit d'accès : comment y répondre quand on est une petite structure ?
Professionnels libéraux, associations, TPE : nos nouvelles fiches pratiques expliquent comment vérifier l'identité du demandeur, dans quel délai répondre et quelles informations fournir.

ACTUALITÉS
- Sanction : 40 000 euros d'amende pour un organisme de formation qui conservait les données de ses stagiaires sans limitation de durée.
- Cookies : rappel des règles sur le refus aussi simple que l'acceptation.
- Effacement : publication du bilan des plaintes 2024.

AGENDA
Webinaire "RGPD et indépendants" le 12 juin.

Vous recevez cette lettre car vous vous y êtes abonné(e) sur cnil.fr. Se désabonner.
Commission nationale de l'informatique et des libertés - 3 place de Fontenoy - 75007 Paris
""",
    html="auto",
),

dict(
    key="sys-fr-qualiopi-info-obligations-rgpd",
    rights=[], lang="fr",
    frm=("Certif'Formation - Info Qualiopi", "info@certif-formation.fr"),
    subject="Audit de surveillance : vos obligations RGPD d'organisme de formation",
    date="2026-02-09 08:30",
    headers=[(LU, "<https://certif-formation.fr/newsletter/unsub?e=sandra.delomenie%40orange.fr>"),
             ("List-Id", "<infos.certif-formation.fr>"), ("Precedence", "bulk")],
    body="""Bonjour,

Votre audit de surveillance Qualiopi approche ? Les auditeurs vérifient de plus en plus la gestion des données des stagiaires (indicateur 30 et suivants) :

- information des stagiaires sur le traitement de leurs données ;
- consentement pour les photos et témoignages ;
- durée de conservation des feuilles d'émargement et des évaluations ;
- procédure de réponse aux demandes d'accès, de rectification ou de suppression.

Téléchargez notre check-list gratuite et inscrivez-vous à notre classe virtuelle du 26 février.

L'équipe Certif'Formation
Se désinscrire
""",
),

# ------------------------------------------------------------ auto-replies
dict(
    key="sys-fr-autoreply-cliente-absente",
    rights=[], lang="fr",
    frm=("Hélène Marchetti", "helene.marchetti@orange.fr"),
    subject="Réponse automatique : Re: Questionnaire d'accueil",
    date="2025-10-30 09:12",
    irt="sandra-re-marchetti-questionnaire",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("Precedence", "auto_reply")],
    body="""Bonjour,

Je suis absente du 30 octobre au 9 novembre inclus, sans accès à mes mails.

Je prendrai connaissance de votre message à mon retour.

Hélène Marchetti
""",
),

dict(
    key="sys-fr-autoreply-cabinet-comptable",
    rights=[], lang="fr",
    frm=("Cabinet Roussel Expertise", "contact@roussel-expertise.fr"),
    subject="Accusé de réception - Cabinet Roussel Expertise",
    date="2026-01-30 18:21",
    irt="sandra-envoi-exports-roussel",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    body="""Bonjour,

Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par votre collaborateur comptable.

Période fiscale : nos délais de réponse peuvent être allongés jusqu'au 15 mai.

Pour toute demande relative à vos données personnelles, écrivez à dpo@roussel-expertise.fr.

Cabinet Roussel Expertise
Expertise comptable - Conseil
""",
    cte="qp",
),

# ------------------------------------------------------------ bounces
dict(
    key="sys-fr-bounce-confirmation-suppression",
    rights=[], lang="fr",
    kind="dsn",
    frm=("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
    subject="Undelivered Mail Returned to Sender / Message non remis",
    date="2025-12-10 10:03",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""Ceci est un message automatique du serveur smtp.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
This is an automatically generated message. Your message could not be delivered.

<yannick.legoff@protonmail.me>: adresse introuvable (host or domain name not found)
""",
    dsn=dict(mta="smtp.orange.fr", rcpt="yannick.legoff@protonmail.me", status="5.1.2",
             diag="550 5.1.2 Host or domain name not found. Name service error for name=protonmail.me",
             original=dict(subject="Re: Carte enregistrée - confirmation de suppression",
                           date="2025-12-10 10:02",
                           body="Bonjour Monsieur Le Goff,\n\nVos coordonnées de paiement ont bien été supprimées de mon compte Stripe.\n\nBien cordialement,\n" + SIG_SANDRA + "\n")),
),

dict(
    key="sys-en-bounce-gmail-headers-only",
    rights=[], lang="en",
    kind="dsn",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    subject="Delivery Status Notification (Failure)",
    date="2025-06-05 14:22",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""** Address not found **

Your message wasn't delivered to fiona.mcleod@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist.
""",
    dsn=dict(mta="mx.google.com", rcpt="fiona.mcleod@gmail.com", status="5.1.1",
             remote="gmail-smtp-in.l.google.com",
             diag="550-5.1.1 The email account that you tried to reach does not exist.",
             headers_only=True,
             original=dict(subject="Re: Removing my details", date="2025-06-05 14:21",
                           body="Dear Fiona, your details have been removed.")),
),

# ------------------------------------------------------------ spam & phishing
dict(
    key="sys-fr-spam-mise-en-conformite-rgpd",
    rights=[], lang="fr",
    frm=("Service Conformité RGPD", "alerte@conformite-rgpd-pme.com"),
    subject="URGENT - Votre site floraisondesoi.fr n'est pas conforme au RGPD",
    date="2025-09-17 06:12",
    headers=[(LU, "<mailto:stop@conformite-rgpd-pme.com>")],
    body="""Madame, Monsieur,

Suite à une analyse automatique, votre site floraisondesoi.fr présente 7 NON-CONFORMITÉS au Règlement Général sur la Protection des Données :

- absence de registre des traitements
- bandeau cookies non conforme
- absence de procédure d'effacement des données
- absence de DPO déclaré

Vous vous exposez à une amende pouvant atteindre 20 000 000 € ou 4 % de votre chiffre d'affaires.

Régularisez votre situation sous 72 h grâce à notre pack "Mise en conformité express" : 490 € HT seulement au lieu de 1 290 €.

Appelez-nous au 01 84 60 XX XX ou répondez simplement "OUI" à ce message.

Le Service Conformité
Pour ne plus recevoir nos offres, répondez STOP.
""",
),

dict(
    key="sys-fr-phishing-orange-boite-supprimee",
    rights=[], lang="fr",
    frm=("Orange Messagerie", "securite@orange-messagerie-verif.com"),
    subject="Votre boîte mail sera supprimée sous 24h",
    date="2025-08-25 03:47",
    body=None,
    html="""<html><body style="font-family:Arial">
<div style="background:#ff7900;color:#fff;padding:12px;font-size:20px"><b>orange</b></div>
<p>Cher(e) client(e),</p>
<p>Nous avons détecté une activité inhabituelle sur votre compte <b>sandra.delomenie@orange.fr</b>. Conformément au RGPD, vos données seront <b>définitivement supprimées</b> si vous ne confirmez pas votre identité sous 24 heures.</p>
<p style="text-align:center"><a href="http://orange-fr.verif-compte-securise.xyz/login" style="background:#ff7900;color:#fff;padding:10px 20px;text-decoration:none">Vérifier mes données</a></p>
<p>Merci de votre confiance,<br>Le service client Orange</p>
<p style="font-size:10px;color:#999">© Orange 2025 - Ne pas répondre à cet e-mail.</p>
</body></html>
""",
    html_cte="b64",
),

dict(
    key="sys-fr-phishing-systemeio-paiement",
    rights=[], lang="fr",
    frm=("systeme.io Facturation", "billing@systeme-io-support.net"),
    subject="Action requise : mettez à jour vos informations de paiement",
    date="2026-03-04 22:10",
    body="""Bonjour,

Le dernier prélèvement de votre abonnement Systeme.io (plan Startup) a échoué.

Pour éviter la suspension de votre compte et la suppression de vos contacts, formations et pages, veuillez mettre à jour vos informations de paiement dans les 48 heures :

https://systeme-io-support.net/billing/update?acc=floraisondesoi

Sans action de votre part, toutes vos données seront effacées définitivement.

L'équipe Facturation
""",
),

# ------------------------------------------------------------ CNIL to her
dict(
    # NEAR-LINE: the regulator informs her of a complaint and asks for her
    # explanations; not a data subject exercising a right -> negative.
    key="sys-fr-cnil-instruction-plainte",
    rights=[], lang="fr",
    frm=("CNIL - Service des plaintes", "plaintes-noreply@cnil.fr"),
    subject="Plainte n° 25012345 - Demande d'informations - Floraison de Soi",
    date="2025-06-23 14:00",
    body="""Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une plainte de M. Alain GUÉRIN relative à l'absence de réponse à une demande d'effacement de ses données adressée le 3 mars 2025.

Afin de permettre l'instruction de ce dossier, je vous remercie de bien vouloir m'indiquer, dans un délai d'un mois :
- les suites que vous avez données à cette demande ;
- les raisons pour lesquelles une réponse n'a pas été apportée dans le délai prévu à l'article 12 du RGPD ;
- les mesures prises pour traiter les demandes d'exercice des droits.

Vous trouverez ci-joint le courrier officiel.

Le service des plaintes
CNIL - 3 place de Fontenoy - TSA 80715 - 75334 Paris Cedex 07
""",
    attach=[dict(name="Courrier_CNIL_25012345.pdf", kind="pdf",
                 text="COMMISSION NATIONALE DE L'INFORMATIQUE ET DES LIBERTES\nDirection de la protection des droits et des sanctions\nPlainte n° 25012345\nObjet : demande d'informations")],
),

# ------------------------------------------------------------ vendors
dict(
    key="sys-fr-ovh-renouvellement-dpa",
    rights=[], lang="fr",
    frm=("OVHcloud", "support@ovh.com"),
    subject="Renouvellement de votre hébergement floraisondesoi.fr",
    date="2026-01-12 08:00",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Bonjour,

Votre offre d'hébergement Perso pour le domaine floraisondesoi.fr arrive à échéance le 12/02/2026. Le renouvellement automatique est activé sur votre moyen de paiement par défaut.

Pour rappel, les sauvegardes automatiques de votre site sont conservées 14 jours puis supprimées. Notre Contrat de traitement des données (annexe RGPD) est disponible dans votre espace client, rubrique "Contrats".

L'équipe OVHcloud
""",
),

dict(
    key="sys-fr-paypal-declaration-confidentialite",
    rights=[], lang="fr",
    frm=("PayPal", "service@paypal.fr"),
    subject="Avis de modification de la Déclaration de confidentialité de PayPal",
    date="2025-08-14 21:00",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Bonjour Sandra Dumot-Delomenie,

Nous apportons des modifications à notre Déclaration de confidentialité, qui entreront en vigueur le 15 septembre 2025. Elles concernent notamment le partage de certaines données avec les marchands et l'utilisation de vos informations pour personnaliser les offres.

Vous pouvez vous opposer à ce partage à tout moment dans les Paramètres de données et de confidentialité de votre compte.

Cordialement,
PayPal
""",
    html="auto",
),

# ------------------------------------------------------------ English
dict(
    key="sys-en-calendly-new-event-ics",
    rights=[], lang="en",
    frm=("Calendly", "notifications@calendly.com"),
    reply_to=("Priya Shah", "priya.shah@icloud.com"),
    subject="New Event: Priya Shah - 09:30 Tue, 3 Feb 2026 - Séance individuelle (60 min)",
    date="2026-01-27 21:04",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Hi Sandra,

A new event has been scheduled.

Event Type: Séance individuelle (60 min)
Invitee: Priya Shah
Invitee Email: priya.shah@icloud.com
Event Date/Time: 09:30 - Tuesday, 3 February 2026 (Central European Time)
Location: Zoom

Questions:
What would you like to work on? - Confidence at work, following up on last session

View event in Calendly

Sent from Calendly
""",
    attach=[dict(name="invite.ics", kind="ics",
                 text="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:b34-calendly-priya-20260203@calendly.com\nDTSTAMP:20260127T200400Z\nDTSTART:20260203T083000Z\nDTEND:20260203T093000Z\nSUMMARY:Séance individuelle (60 min) - Priya Shah\nLOCATION:Zoom\nEND:VEVENT\nEND:VCALENDAR\n")],
),

dict(
    key="sys-en-calendly-canceled",
    rights=[], lang="en",
    frm=("Calendly", "notifications@calendly.com"),
    subject="Canceled: Zoe Campbell - 10:00 Sat, 24 May 2025 - Online workshop",
    date="2025-05-21 08:07",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Hi Sandra,

The event below has been canceled.

Event Type: Online workshop - Saying no without guilt
Invitee: Zoe Campbell
Event Date/Time: 10:00 - Saturday, 24 May 2025 (Central European Time)
Cancellation reason: "School play moved, sorry!"

Sent from Calendly
""",
    html="auto",
),

dict(
    key="sys-en-zoom-cloud-recording-available",
    rights=[], lang="en",
    frm=("Zoom", "no-reply@zoom.us"),
    subject="Cloud Recording - Cercle de parole (EN) is now available",
    date="2025-04-24 19:58",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Cercle de parole (EN)
Date: Apr 24, 2025 06:00 PM Paris

Share recording with viewers: https://us06web.zoom.us/rec/share/b34xYq8...
Passcode: 4m#Tq9!e

Audio transcript and chat file are also available. Recordings are kept according to your account's retention settings.

Thank you for choosing Zoom.
""",
),

dict(
    key="sys-en-zoom-recordings-deleted-7-days",
    rights=[], lang="en",
    frm=("Zoom", "no-reply@zoom.us"),
    subject="Your cloud recordings will be deleted in 7 days",
    date="2025-09-01 02:10",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Hi Sandra,

Based on your account's retention policy, 6 cloud recordings older than 120 days will be permanently deleted on Sep 8, 2025.

If you want to keep them, download them before this date or change your retention settings.

- Webinaire émotions - replay (Apr 12, 2025)
- Cercle de parole (EN) (Apr 24, 2025)
- ...and 4 more

Manage recordings: https://zoom.us/recording

The Zoom Team
""",
    html="auto",
),

dict(
    key="sys-en-out-of-office",
    rights=[], lang="en",
    frm=("Emma Richardson", "emma.richardson@gmail.com"),
    subject="Out of office: Re: Passing my file to my new coach",
    date="2025-04-04 10:00",
    irt="sandra-re-richardson-file",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("Precedence", "auto_reply")],
    body="""Hi,

I'm away on annual leave until Monday 14 April with limited access to email. I'll get back to you when I return.

Emma
""",
),

dict(
    key="sys-en-spam-gdpr-audit",
    rights=[], lang="en",
    frm=("Daniel | GDPRshield", "daniel@gdprshield-audits.io"),
    subject="Quick question about floraisondesoi.fr's data deletion process",
    date="2025-10-20 15:45",
    headers=[(LU, "<https://gdprshield-audits.io/unsub?id=55812>")],
    body="""Hi there,

I was looking at floraisondesoi.fr and noticed you don't seem to have an automated process for handling data deletion and access requests (DSARs).

Under GDPR, fines for missing the one-month deadline can be significant. Our AI-powered platform handles it all: request intake, ID verification, data discovery across Google Drive, Stripe and your email tool, and auto-generated responses.

Would you be open to a 15-min call next week? Here's my calendar: https://cal.gdprshield-audits.io/daniel

Best,
Daniel
Growth @ GDPRshield

P.S. If you're not the right person, just reply "no" and I won't follow up.
""",
),

dict(
    key="sys-en-phishing-stripe-restricted",
    rights=[], lang="en",
    frm=("Stripe Support", "support@stripe-verification-center.com"),
    subject="Your Stripe account has been restricted - verify your identity",
    date="2025-12-27 04:33",
    body=None,
    html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<div style="max-width:560px;margin:auto">
<h1 style="color:#635bff;font-size:22px">stripe</h1>
<p>Dear merchant,</p>
<p>Due to new EU data protection requirements, we need to verify the identity of the account owner. Your payouts have been <b>temporarily paused</b>.</p>
<p>Please upload a copy of your ID and confirm your bank details within 48 hours to avoid permanent account closure and deletion of your customer data.</p>
<p><a href="https://stripe-verification-center.com/verify?acct=acct_1Floraison">Verify now</a></p>
<p>Stripe Compliance Team</p>
</div></body></html>
""",
),

dict(
    key="sys-en-newsletter-other-coach",
    rights=[], lang="en",
    frm=("Maya from The Calm Collective", "maya@thecalmcollective.co"),
    subject="The art of letting go (of data, clutter and old stories)",
    date="2025-11-09 07:00",
    headers=[(LU, "<https://thecalmcollective.co/unsubscribe?e=c2FuZHJh>, <mailto:unsubscribe@thecalmcollective.co>"),
             LUP, ("List-Id", "The Calm Collective <weekly.thecalmcollective.co>"), ("Precedence", "bulk")],
    body="""Hi friend,

This week I did something radical: I asked five companies to delete everything they had on me. Two replied within a day, one sent me a 60-page PDF "copy of my data" first (!), and two are still silent.

It got me thinking about what we hold onto - files, lists, old versions of ourselves - and why letting go feels so hard.

This week's practice: pick one "folder" in your life (literal or not) and empty it.

With calm,
Maya

You're receiving this because you subscribed at thecalmcollective.co.
Unsubscribe | Update your preferences
""",
    html="auto",
),

dict(
    key="sys-en-mailchimp-inactive-account-deletion",
    rights=[], lang="en",
    frm=("Mailchimp", "no-reply@mailchimp.com"),
    subject="Your inactive Mailchimp account will be closed",
    date="2025-07-30 16:20",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Hi Sandra,

We noticed your account "Floraison de Soi (EN)" hasn't been used in over 12 months. In line with our data retention policy, we'll close the account and delete its audience data on 30 August 2025.

If you'd like to keep your contacts, export your audience before that date (Audience > Export Audience).

If you've already moved to another platform, you don't need to do anything.

The Mailchimp Team
Intuit Mailchimp, 405 N Angier Ave NE, Atlanta, GA 30308 USA
""",
),

]
