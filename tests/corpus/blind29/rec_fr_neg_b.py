# -*- coding: utf-8 -*-
"""French negatives, part B: machines and mailing lists (auto-replies, bounces, platform
notifications, newsletters, vendor notices, spam/phishing) and Sandra's own sent mail.
Field meanings: see rec_fr_req_a.py."""


def lu(list_id, unsub_url, mailto=None):
    """List headers the way bulk senders set them."""
    v = "<%s>" % unsub_url if not mailto else "<mailto:%s>, <%s>" % (mailto, unsub_url)
    return {"List-Id": list_id, "List-Unsubscribe": v,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


R = [

# ------------------------------------------------------------ auto-replies

# P: Automate d'absence d'une cliente, Hélène, enseignante en vacances scolaires. Réponse à un
# rappel de séance envoyé par Sandra. Répondeur Orange.
dict(key="fr-neg-auto-absence-enseignante", rights=[], lang="fr",
     frm="Hélène Bourdon <helene.bourdon@orange.fr>", mailer="orange", shape="plain",
     date="2025-02-17 09:00", subj="Absence : Rappel - votre séance du 20 février",
     hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     irt="<rappel-20250217.3391@floraisondesoi.fr>",
     body="""
Bonjour,

Je suis absente jusqu'au 3 mars inclus (vacances scolaires) et je consulte rarement mes messages. Je vous répondrai à mon retour.

Hélène Bourdon
"""),

# P: Répondeur Outlook d'une RH d'entreprise cliente, avec mention du DPO (mots RGPD).
dict(key="fr-neg-auto-rh-dpo", rights=[], lang="fr",
     frm="Delphine Marchal <d.marchal@transports-berrichons.fr>", mailer="outlook",
     date="2025-08-04 08:03", subj="Réponse automatique : Attestations de formation CNV",
     hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
          "X-MS-Exchange-Inbox-Rules-Loop": "d.marchal@transports-berrichons.fr"},
     body="""
Bonjour,

Je suis en congés du 4 au 22 août. Pour toute urgence, merci de contacter l'accueil au 02 54 21 00 40.

Pour toute demande relative à vos données personnelles (droit d'accès, de rectification, d'effacement), écrivez à notre délégué à la protection des données : dpo@transports-berrichons.fr.

Cordialement,
Delphine Marchal
"""),

# P: Accusé de réception automatique d'un OPCO (système de tickets), déclenché par un envoi
# de Sandra.
dict(key="fr-neg-auto-opco-ticket", rights=[], lang="fr",
     frm="OPCO EP - Service Entreprises <ne-pas-repondre@opcoep.fr>", mailer="system",
     date="2025-06-24 14:31", subj="[Ticket #4471902] Nous avons bien reçu votre demande",
     hdr={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes", "Precedence": "auto_reply"},
     body="""
Bonjour,

Nous accusons réception de votre message concernant le dossier de prise en charge n° EP-2025-118204.

Votre demande sera traitée dans un délai de 10 jours ouvrés. Merci de ne pas répondre à ce message automatique.

Conformément au RGPD, vos données sont traitées par l'OPCO EP pour la gestion de votre demande. Pour exercer vos droits : dpo@opcoep.fr.

L'équipe Service Entreprises
"""),

# ------------------------------------------------------------ bounce

# P: Rejet Orange d'un message envoyé par Sandra à une ancienne adresse de cliente
# (sujet "Confirmation de suppression de vos données"). multipart/report.
dict(key="fr-neg-bounce-orange-suppression", rights=[], lang="fr",
     frm="Mail Delivery System <MAILER-DAEMON@orange.fr>", mailer="system",
     date="2025-01-14 18:13", subj="Échec de la remise du message",
     hdr={"Auto-Submitted": "auto-replied"},
     report=dict(mta="smtp-out.orange.fr", rcpt="fanny.leclerc@ancien-employeur.fr",
                 status="5.1.1",
                 diag="550 5.1.1 <fanny.leclerc@ancien-employeur.fr>: Recipient address rejected: User unknown in virtual mailbox table",
                 orig_headers="""
From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: fanny.leclerc@ancien-employeur.fr
Subject: =?utf-8?q?Confirmation_de_suppression_de_vos_donn=C3=A9es?=
Date: Tue, 14 Jan 2025 18:12:40 +0100
Message-ID: <1873644.22817.1736874760@opme11oxm17a.ifr.orange.fr>
"""),
     body="""
Ce message a été créé automatiquement par le système de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  fanny.leclerc@ancien-employeur.fr
    Adresse inconnue (550 5.1.1 User unknown)

Les en-têtes du message d'origine sont joints.
"""),

# ------------------------------------------------------------ Systeme.io notifications

# P: Notification Systeme.io d'une nouvelle vente.
dict(key="fr-neg-systemeio-nouvelle-vente", rights=[], lang="fr",
     frm="Systeme.io <notifications@systeme.io>", mailer="system",
     date="2025-03-09 21:14", subj="🎉 Nouvelle vente : Programme Estime de soi (97,00 €)",
     hdr={"X-Mailer": "systeme.io notifier", "Auto-Submitted": "auto-generated"},
     body="""
Bonjour Sandra,

Vous avez une nouvelle vente !

Produit : Programme Estime de soi - accès 12 mois
Montant : 97,00 € TTC
Client : Caroline Weber (caroline.weber67@gmail.com)
Moyen de paiement : Stripe

Voir la commande dans votre tableau de bord : https://systeme.io/dashboard/sales

L'équipe Systeme.io
"""),

# P: Notification Systeme.io : un contact s'est désabonné. Contient "désabonné", "données".
dict(key="fr-neg-systemeio-contact-desabonne", rights=[], lang="fr",
     frm="Systeme.io <notifications@systeme.io>", mailer="system",
     date="2025-09-16 08:05", subj="Un contact s'est désabonné de votre newsletter",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Bonjour Sandra,

Le contact ginette.morel@yahoo.fr s'est désabonné de la liste "Newsletter Floraison de Soi".

Ses données restent visibles dans l'onglet Contacts avec le tag "désinscrit". Vous pouvez supprimer ce contact manuellement à tout moment.

Gérer mes contacts : https://systeme.io/dashboard/contacts

L'équipe Systeme.io
"""),

# P: Newsletter produit de Systeme.io (liste marketing), annonce d'une fonction d'export.
dict(key="fr-neg-systemeio-nouveautes-export", rights=[], lang="fr",
     frm="Aurélien de Systeme.io <news@systeme.io>", mailer="system", shape="html",
     date="2025-10-07 16:00", subj="Nouveau : exportez vos contacts en 1 clic (et plus encore)",
     hdr=lu("Systeme.io News <news.systeme.io>", "https://systeme.io/unsubscribe?u=8a1f2c",
            "unsubscribe@news.systeme.io"),
     html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nouveautés Systeme.io</title></head>
<body style="margin:0;background:#f4f6fb;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;padding:24px">
<tr><td><h1 style="color:#1a73e8">Les nouveautés d'octobre</h1>
<p>Bonjour Sandra,</p>
<p><b>Export des contacts :</b> exportez désormais vos contacts et leurs tags au format CSV en un clic, depuis l'onglet Contacts.</p>
<p><b>Suppression groupée :</b> supprimez plusieurs contacts à la fois pour répondre plus vite aux demandes RGPD.</p>
<p><b>Accès membres :</b> vos élèves peuvent maintenant modifier eux-mêmes leur adresse e-mail depuis leur espace.</p>
<p><a href="https://systeme.io/blog/nouveautes-octobre">Lire l'article complet</a></p>
<p>À bientôt,<br>Aurélien, CEO de Systeme.io</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez un compte Systeme.io.
<a href="https://systeme.io/unsubscribe?u=8a1f2c">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://t.systeme.io/o/8a1f2c.gif" width="1" height="1" alt="">
</body></html>
""",
     body=""),

# ------------------------------------------------------------ Stripe

# P: Stripe, virement en route (français).
dict(key="fr-neg-stripe-virement", cte="b64", rights=[], lang="fr",
     frm="Stripe <notifications@stripe.com>", mailer="system",
     date="2025-05-02 04:11", subj="Votre virement de 1 240,00 € est en route",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Floraison de Soi

Votre virement de 1 240,00 € devrait arriver sur votre compte bancaire (se terminant par 4417) le 5 mai 2025.

Consultez le détail des transactions incluses dans ce virement depuis votre Dashboard.

Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Irlande
"""),

# P: Stripe, un client conteste un paiement (litige) - "contester", "données".
dict(key="fr-neg-stripe-litige", rights=[], lang="fr",
     frm="Stripe <notifications@stripe.com>", mailer="system",
     date="2026-02-06 11:47", subj="Un paiement de 180,00 € fait l'objet d'un litige",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Floraison de Soi

Un client a contesté un paiement de 180,00 € auprès de sa banque (motif : "produit non reçu").

Client : daniela.ferrari@gmail.com
Date du paiement : 8 janvier 2026

Vous avez jusqu'au 20 février 2026 pour fournir des justificatifs. Les données relatives au paiement sont disponibles dans votre Dashboard.

Répondre au litige : https://dashboard.stripe.com/disputes

Stripe Payments Europe, Ltd.
"""),

# ------------------------------------------------------------ Google / Calendly / Zoom

# P: Google Drive, partage de dossier par la comptable.
dict(key="fr-neg-gdrive-partage", rights=[], lang="fr",
     frm="Christelle Auger (via Google Drive) <drive-shares-dm-noreply@google.com>", mailer="system",
     date="2025-04-10 09:22", subj="Dossier partagé avec vous : \"Floraison de Soi - Compta 2025\"",
     reply_to="Christelle Auger <c.auger@auger-compta.fr>",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Christelle Auger a partagé un dossier avec vous

Floraison de Soi - Compta 2025

"Voici le dossier pour déposer les exports Stripe et les relevés. Merci !"

Ouvrir : https://drive.google.com/drive/folders/1xQ7pLm

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car Christelle Auger a partagé un dossier avec vous depuis Google Drive.
"""),

# P: Calendly, annulation d'une séance par un client.
dict(key="fr-neg-calendly-annule", rights=[], lang="fr",
     frm="Calendly <notifications@calendly.com>", mailer="system",
     date="2025-10-22 07:33", subj="Annulé : Séance de coaching (60 min) avec Valentin Rivet",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance de coaching (60 min)
Invité : Valentin Rivet (valentin.rivet@hotmail.fr)
Date : jeudi 23 octobre 2025, 10:00 - 11:00 (heure de Paris)
Motif : malade

Voir les événements planifiés : https://calendly.com/app/scheduled_events
"""),

# P: Calendly, nouvel événement avec fichier ICS.
dict(key="fr-neg-calendly-nouveau-ics", rights=[], lang="fr",
     frm="Calendly <notifications@calendly.com>", mailer="system",
     date="2026-01-12 20:47", subj="Nouvel événement : Séance découverte (30 min) avec Hugo Marin",
     hdr={"Auto-Submitted": "auto-generated"},
     att=[("invite.ics", "text/calendar", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b29-evt-7f3e1c@calendly.com
DTSTAMP:20260112T194700Z
DTSTART:20260115T170000Z
DTEND:20260115T173000Z
SUMMARY:Séance découverte (30 min) - Hugo Marin
LOCATION:Zoom
ORGANIZER;CN=Sandra Delomenie:mailto:sandra.delomenie@orange.fr
ATTENDEE;CN=Hugo Marin:mailto:hugo.marin@gmail.com
END:VEVENT
END:VCALENDAR
""")],
     body="""
Bonjour Sandra Delomenie,

Un nouvel événement a été planifié.

Type d'événement : Séance découverte (30 min)
Invité : Hugo Marin (hugo.marin@gmail.com)
Date : jeudi 15 janvier 2026, 18:00 - 18:30 (heure de Paris)
Réponses : "Je voudrais travailler sur ma reconversion."
"""),

# P: Zoom, enregistrement cloud disponible - "enregistrement supprimé automatiquement".
dict(key="fr-neg-zoom-enregistrement", rights=[], lang="fr",
     frm="Zoom <no-reply@zoom.us>", mailer="system",
     date="2025-03-10 21:38", subj="L'enregistrement cloud est maintenant disponible",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Bonjour Sandra,

L'enregistrement cloud de votre réunion "Webinaire - Poser ses limites" est disponible.

Durée : 01:27:44
Partager l'enregistrement : https://zoom.us/rec/share/Hq7-b29

Les enregistrements de plus de 30 jours seront supprimés automatiquement selon les paramètres de votre compte. Vous pouvez modifier ce délai ou télécharger une copie à tout moment.

Merci d'avoir choisi Zoom.
"""),

# ------------------------------------------------------------ banks, URSSAF, admin

# P: Crédit Agricole, notice "mettez à jour vos données personnelles" (KYC), vraie banque.
dict(key="fr-neg-banque-maj-donnees", rights=[], lang="fr",
     frm="Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>", mailer="system",
     date="2025-06-11 10:00", subj="Mettez à jour vos informations personnelles",
     hdr=lu("Informations clients <infos.ca-centreloire.fr>", "https://www.ca-centreloire.fr/desabonnement"),
     body="""
Madame Sandra DUMOT-DELOMENIE,

Dans le cadre de nos obligations réglementaires, nous vous invitons à vérifier et mettre à jour vos informations personnelles et professionnelles (adresse, activité, revenus) depuis votre espace client, rubrique "Mon profil".

Cette démarche ne prend que quelques minutes. Nous ne vous demanderons jamais vos codes par e-mail.

Votre conseiller, Crédit Agricole Centre Loire
"""),

# P: Qonto, facture mensuelle.
dict(key="fr-neg-qonto-facture", rights=[], lang="fr",
     frm="Qonto <noreply@qonto.com>", mailer="system",
     date="2025-12-01 06:02", subj="Votre facture Qonto de novembre 2025",
     hdr={"Auto-Submitted": "auto-generated"},
     att=[("Qonto_facture_2025-11.pdf", "application/pdf")],
     body="""
Bonjour Sandra,

Votre facture d'abonnement Qonto (plan Basic) pour novembre 2025 est disponible en pièce jointe.

Montant : 11,00 € HT

L'équipe Qonto
"""),

# P: URSSAF, rappel d'échéance de déclaration micro-entrepreneur.
dict(key="fr-neg-urssaf-echeance", cte="b64", rights=[], lang="fr",
     frm="Urssaf <ne-pas-repondre@urssaf.fr>", mailer="system",
     date="2025-07-15 08:30", subj="Rappel : votre déclaration de chiffre d'affaires",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Madame,

Votre déclaration de chiffre d'affaires du 2e trimestre 2025 est à effectuer avant le 31 juillet 2025 sur autoentrepreneur.urssaf.fr.

Pour modifier vos coordonnées ou votre périodicité de déclaration, connectez-vous à votre espace personnel.

Votre Urssaf
Ceci est un message automatique, merci de ne pas y répondre.
"""),

# P: URSSAF, nouveau message dans l'espace.
dict(key="fr-neg-urssaf-message-espace", rights=[], lang="fr",
     frm="Urssaf <ne-pas-repondre@urssaf.fr>", mailer="system",
     date="2026-01-20 13:12", subj="Un nouveau document est disponible dans votre espace",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Madame,

Un nouveau document est disponible dans votre espace en ligne : "Attestation de vigilance".

Pour le consulter, connectez-vous sur urssaf.fr, rubrique Messagerie.

Votre Urssaf
"""),

# P: impots.gouv, nouveau document espace professionnel.
dict(key="fr-neg-impots-espace-pro", cte="b64", rights=[], lang="fr",
     frm="DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>", mailer="system",
     date="2025-11-04 07:45", subj="Un nouveau document est disponible dans votre espace professionnel",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Bonjour,

Un nouveau document "Avis de CFE 2025" est disponible dans votre espace professionnel sur impots.gouv.fr.

Ce message est envoyé automatiquement. Vous ne pouvez pas y répondre.

La Direction générale des Finances publiques
"""),

# ------------------------------------------------------------ newsletters (CNIL, other coaches)

# P: Lettre d'information de la CNIL.
dict(key="fr-neg-cnil-newsletter", rights=[], lang="fr",
     frm="CNIL <lettre-info@cnil.fr>", mailer="system",
     date="2025-05-28 11:00", subj="La lettre de la CNIL - mai 2025 : droit d'accès, les bonnes pratiques",
     hdr=lu("Lettre d'information CNIL <lettre-info.cnil.fr>", "https://www.cnil.fr/fr/desabonnement-lettre",
            "desinscription@cnil.fr"),
     body="""
LA LETTRE DE LA CNIL - MAI 2025

À la une : Droit d'accès - comment répondre à une demande dans le délai d'un mois ?
La CNIL publie une fiche pratique pour les TPE et indépendants : vérifier l'identité, fournir une copie des données, indiquer les destinataires.

Aussi dans ce numéro :
- Effacement et obligations comptables : ce qu'il faut conserver
- Prospection par e-mail : rappel des règles de consentement
- Sanction : 40 000 € d'amende pour un organisme de formation

Se désinscrire : https://www.cnil.fr/fr/desabonnement-lettre
"""),

# P: Newsletter d'une autre coach (Clémence), thème "effacer ses croyances limitantes".
dict(key="fr-neg-coach-clemence-newsletter", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="fr",
     frm="Clémence - Les Ateliers de Clémence <bonjour@ateliers-clemence.fr>", mailer="system",
     date="2025-09-07 07:30", subj="☀️ Effacer ses croyances limitantes en 3 étapes",
     hdr=lu("Les Ateliers de Clemence <news.ateliers-clemence.fr>", "https://ateliers-clemence.systeme.io/unsubscribe/3f9a"),
     body="""
Bonjour Sandra,

Cette semaine, je vous propose un exercice puissant pour effacer une croyance limitante : l'identifier, la questionner, puis la remplacer par une phrase qui vous soutient.

👉 Mon nouveau programme "Reprogrammer ses pensées" ouvre ses portes lundi. Tarif early bird jusqu'à dimanche.

Belle semaine,
Clémence

Vous recevez cet email car vous vous êtes inscrite sur ateliers-clemence.fr. Se désinscrire | Modifier mes préférences
"""),

# P: Newsletter d'un coach belge (formation de coachs), avec "données" et "consentement".
dict(key="fr-neg-coach-belge-newsletter", rights=[], lang="fr-BE",
     frm="Institut Coaching Wallonie <info@coaching-wallonie.be>", mailer="system", shape="html",
     date="2026-02-02 10:00", subj="Supervision : le consentement éclairé du coaché",
     hdr=lu("ICW Infos <infos.coaching-wallonie.be>", "https://coaching-wallonie.be/desinscription?id=77"),
     body="""
Chère consœur, cher confrère,

Notre prochaine journée de supervision portera sur le consentement éclairé du coaché et la tenue des données de séance : que noter, combien de temps garder, comment répondre à une demande d'accès.

Date : jeudi 12 mars 2026, de 9h30 à 16h30, à Namur.
Participation : cent cinquante euros (repas compris).

Au plaisir de vous y retrouver,
L'équipe de l'Institut Coaching Wallonie

Se désinscrire de nos envois
"""),

# P: Infolettre d'une coach québécoise.
dict(key="fr-neg-coach-qc-infolettre", rights=[], lang="fr-CA",
     frm="Josée Gauthier Coaching <josee@joseegauthier.ca>", mailer="system",
     date="2025-11-26 13:00", subj="Ton infolettre de novembre : lâcher prise avant les Fêtes",
     hdr=lu("Infolettre Josee Gauthier <infolettre.joseegauthier.ca>", "https://joseegauthier.ca/desabonnement"),
     body="""
Allo toi,

Novembre, c'est le mois où on court partout avant les Fêtes. Cette semaine, je te propose trois petits rituels pour lâcher prise (sans culpabiliser!).

Nouveau : mon balado "Respire, t'es correcte" est en ligne.

Au plaisir,
Josée

Pour te désabonner de cette infolettre, clique ici.
"""),

# P: Notification LinkedIn en français.
dict(key="fr-neg-linkedin-notif", rights=[], lang="fr",
     frm="LinkedIn <notifications-noreply@linkedin.com>", mailer="system",
     date="2025-08-21 18:02", subj="Sandra, vous êtes apparue dans 14 recherches cette semaine",
     hdr=lu("LinkedIn notifications <notifications.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe"),
     body="""
Sandra, vous êtes apparue dans 14 recherches cette semaine.

Titres des personnes qui vous ont recherchée : Responsable RH, Chargée de formation, Coach.

Voir qui vous a recherchée : https://www.linkedin.com/me/search-appearances

Vous recevez des e-mails de notification LinkedIn. Se désabonner
"""),

# P: OVH, renouvellement du nom de domaine.
dict(key="fr-neg-ovh-domaine", rights=[], lang="fr",
     frm="OVHcloud <noreply@ovh.net>", mailer="system",
     date="2026-03-01 05:12", subj="Votre domaine floraisondesoi.fr expire dans 30 jours",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Bonjour,

Le nom de domaine floraisondesoi.fr arrive à expiration le 31/03/2026.

Le renouvellement automatique est activé : le montant de 9,59 € TTC sera prélevé sur votre moyen de paiement par défaut.

Pour modifier les coordonnées du titulaire (données Whois), rendez-vous dans votre espace client.

L'équipe OVHcloud
"""),

# P: Auditrice Qualiopi, rappel des pièces à fournir (registre RGPD, procédure droits).
dict(key="fr-neg-qualiopi-audit", rights=[], lang="fr",
     frm="Nadia Ferrand - Certif'Formation <n.ferrand@certif-formation.fr>", mailer="outlook",
     date="2025-10-20 15:05", subj="Audit de surveillance Qualiopi - liste des pièces",
     body="""
Bonjour Madame Delomenie,

Je vous confirme l'audit de surveillance Qualiopi le 18 novembre à 9h, à distance.

Merci de préparer notamment :
- les questionnaires de satisfaction des stagiaires 2025 ;
- votre registre des traitements RGPD et la procédure de gestion des demandes d'accès, de rectification et d'effacement ;
- les attestations de fin de formation.

Vous pouvez déposer les pièces sur la plateforme ou me les envoyer en copie par mail.

Cordialement,
Nadia Ferrand
Auditrice - Certif'Formation
"""),

# P: Google Analytics, rapport mensuel (consentement cookies).
dict(key="fr-neg-google-analytics-rapport", rights=[], lang="fr",
     frm="Google Analytics <analytics-noreply@google.com>", mailer="system",
     date="2025-12-03 02:19", subj="Votre rapport mensuel Google Analytics pour floraisondesoi.fr",
     hdr=lu("Google Analytics <analytics.google.com>", "https://analytics.google.com/analytics/web/unsubscribe"),
     body="""
Rapport mensuel - novembre 2025
Propriété : floraisondesoi.fr

Utilisateurs : 1 284 (+12 %)
Nouveaux utilisateurs : 1 031
Sessions avec consentement : 61 %

Conseil : les données sont modélisées pour les visiteurs qui refusent les cookies (mode consentement).

Gérer vos préférences d'e-mail
"""),

# ------------------------------------------------------------ vendor GDPR notices

# P: Systeme.io, mise à jour des CGU et du DPA.
dict(key="fr-neg-systemeio-dpa", rights=[], lang="fr",
     frm="Systeme.io <legal@systeme.io>", mailer="system",
     date="2025-04-25 14:00", subj="Mise à jour de nos conditions d'utilisation et de notre accord de traitement des données (DPA)",
     hdr=lu("Systeme.io Legal <legal.systeme.io>", "https://systeme.io/unsubscribe?u=8a1f2c"),
     body="""
Bonjour,

Nous mettons à jour nos Conditions générales d'utilisation et notre Accord de traitement des données (DPA), qui entreront en vigueur le 25 mai 2025.

Principales évolutions :
- liste des sous-traitants ultérieurs mise à jour ;
- précisions sur la suppression des données à la fermeture d'un compte ;
- nouvelles clauses contractuelles types pour les transferts hors UE.

Aucune action n'est requise de votre part. Si vous continuez à utiliser Systeme.io après cette date, vous acceptez les nouvelles conditions.

L'équipe Systeme.io
"""),

# P: Orange, évolution de la politique de protection des données personnelles.
dict(key="fr-neg-orange-politique", rights=[], lang="fr",
     frm="Orange <information@orange.fr>", mailer="system",
     date="2025-08-28 10:30", subj="Évolution de notre politique de protection des données personnelles",
     hdr=lu("Orange Information <information.orange.fr>", "https://www.orange.fr/desabonnement"),
     body="""
Madame,

Nous faisons évoluer notre Politique de protection des données personnelles à compter du 1er octobre 2025, afin de mieux vous informer sur l'utilisation de vos données et sur vos droits (accès, rectification, effacement, opposition, portabilité).

Vous pouvez consulter la nouvelle version sur orange.fr/donnees-personnelles et gérer vos consentements depuis votre espace client.

Orange
"""),

# ------------------------------------------------------------ RGPD spam / phishing

# P: Spam "mise en conformité RGPD obligatoire", société douteuse, menace d'amende.
dict(key="fr-neg-spam-conformite-rgpd", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="fr",
     frm="Service Conformité RGPD <conformite@registre-rgpd-france.com>", mailer="system",
     date="2025-03-25 09:13", subj="URGENT : mise en conformité RGPD obligatoire - dossier n°36-4471",
     reply_to="contact@registre-rgpd-france.com",
     body="""
Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI n'a pas encore procédé à sa mise en conformité avec le Règlement Général sur la Protection des Données (RGPD).

Nous vous rappelons que les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires. Pour éviter tout contrôle, complétez votre déclaration avant le 31/03 en réglant les frais de dossier de 349 € HT.

Accéder au formulaire de mise en conformité : http://registre-rgpd-france.com/dossier?id=36-4471

Service Conformité RGPD
Ce courrier n'émane pas d'une administration.
"""),

# P: Spam "audit RGPD gratuit de votre site", agence marketing.
dict(key="fr-neg-spam-audit-site", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="fr",
     frm="Kévin | WebAudit Pro <kevin@webauditpro-agency.com>", mailer="gmail",
     date="2025-10-14 11:48", subj="floraisondesoi.fr : 7 failles RGPD détectées",
     body="""
Bonjour Sandra,

J'ai analysé votre site floraisondesoi.fr et j'ai détecté 7 points de non-conformité RGPD (cookies déposés avant consentement, formulaire sans case de consentement, absence de registre...).

Je vous propose un audit complet offert de 20 minutes cette semaine. Mardi 10h ou jeudi 15h ?

Kévin
WebAudit Pro

Si vous ne souhaitez plus recevoir de message de ma part, répondez STOP.
"""),

# P: Phishing Orange : "votre messagerie sera suspendue, confirmez vos données".
dict(key="fr-neg-phishing-orange", rights=[], lang="fr",
     frm="Orange Messagerie <securite@orange-messagerie-verif.com>", mailer="system", shape="html",
     date="2025-07-09 03:41", subj="Votre boîte mail sera suspendue sous 24h",
     html="""<html><body style="font-family:Arial">
<div style="background:#ff7900;color:#fff;padding:10px;font-size:20px">orange</div>
<p>Cher(e) client(e),</p>
<p>Suite à une mise à jour de sécurité (RGPD), votre messagerie <b>sandra.delomenie@orange.fr</b> sera suspendue sous 24 heures si vous ne confirmez pas vos données d'accès.</p>
<p><a href="http://orange-messagerie-verif.com/login.php?u=sandra.delomenie" style="background:#ff7900;color:#fff;padding:8px 16px;text-decoration:none">Confirmer mes données</a></p>
<p>Cordialement,<br>Le service client Orange</p>
</body></html>
""",
     body=""),

# P: Phishing imitant Systeme.io : paiement refusé, mettre à jour sa carte.
dict(key="fr-neg-phishing-systemeio", rights=[], lang="fr",
     frm="Systeme.io Facturation <billing@systeme-io-support.net>", mailer="system",
     date="2026-02-14 02:07", subj="Action requise : votre abonnement va être supprimé",
     body="""
Bonjour,

Le paiement de votre abonnement Systeme.io a été refusé. Sans mise à jour de vos coordonnées bancaires sous 48h, votre compte et toutes vos données (contacts, formations, pages) seront supprimés définitivement.

Mettre à jour mes informations : http://systeme-io-support.net/billing/update

Support Systeme.io
"""),

# ------------------------------------------------------------ Sandra's own mail

# P: Sandra elle-même, depuis son téléphone, confirme à un client la suppression (copie dans
# sa boîte via Cc à elle-même). From her address: negative.
# NEAR-LINE: her own sent mail (From her address) confirming an erasure - negative.
dict(key="fr-neg-sandra-confirme-suppression", rights=[], lang="fr",
     frm="Sandra Delomenie <sandra.delomenie@orange.fr>", mailer="apple",
     to="Romain Chevallier <romain.chevallier@hotmail.fr>",
     cc="Sandra Delomenie <sandra.delomenie@orange.fr>",
     date="2025-04-16 18:20", subj="Re: Suppression compte + données",
     body="""
Bonjour Romain,

Je vous confirme que votre compte Systeme.io a été supprimé, ainsi que vos données personnelles (fiche contact, réponses aux modules). Seules vos factures sont conservées, comme la loi l'exige (10 ans).

Belle continuation à vous,
Sandra

Sandra Delomenie - Floraison de Soi
Coach & formatrice - 06 81 84 21 73
"""),

# P: Sandra se transfère un pense-bête depuis contact@ vers sa boîte orange.
dict(key="fr-neg-sandra-pense-bete", rights=[], lang="fr",
     frm="Floraison de Soi <contact@floraisondesoi.fr>", mailer="gmail",
     date="2025-02-12 07:05", subj="À FAIRE : demande d'accès Mme Castagnet avant le 11/03",
     body="""
Pense-bête :
- demande d'accès de Mireille Castagnet reçue le 11/02 -> envoyer copie du dossier (Drive + Systeme.io + factures) avant le 11/03
- vérifier l'identité (adresse postale connue, OK)
- noter dans le registre des demandes

S.
"""),

# P: Envoi test de la newsletter de Sandra (Systeme.io) qui arrive dans sa propre boîte.
dict(key="fr-neg-sandra-test-newsletter", rights=[], lang="fr",
     frm="Floraison de Soi <contact@floraisondesoi.fr>", mailer="system",
     date="2025-05-30 16:44", subj="[TEST] 🌿 Juin : cultiver la gratitude",
     hdr={"X-Mailer": "systeme.io", "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>"},
     body="""
Bonjour {prénom},

Juin arrive et avec lui l'envie de ralentir. Je vous propose ce mois-ci un petit carnet de gratitude à télécharger, et deux ateliers :

- "Cultiver la gratitude", samedi 14 juin à Issoudun
- un live gratuit le 19 juin à 20h

Vous pouvez à tout moment vous désinscrire ou modifier vos préférences en bas de ce mail.

Avec douceur,
Sandra - Floraison de Soi
46 rue d'Estienne d'Orves, 36100 Issoudun
"""),

# P: Sandra écrit à sa comptable avec l'export Stripe CSV (envoi en copie à elle-même).
dict(key="fr-neg-sandra-envoie-export", rights=[], lang="fr",
     frm="Sandra Delomenie <sandra.delomenie@orange.fr>", mailer="orange",
     to="Christelle Auger <c.auger@auger-compta.fr>", cc="sandra.delomenie@orange.fr",
     date="2025-04-11 12:15", subj="Re: Export Stripe T1 + relevés",
     att=[("stripe_export_2025T1.csv", "text/csv",
           "id,created,amount,currency,description\n"
           "py_b29_001,2025-01-07,120.00,eur,Seance coaching\n"
           "py_b29_002,2025-02-11,97.00,eur,Programme Estime de soi\n"
           "py_b29_003,2025-03-22,65.00,eur,Atelier stress\n")],
     body="""
Bonjour Christelle,

Voici l'export des transactions Stripe du premier trimestre (CSV). Les relevés sont dans le dossier Drive partagé.

Bonne journée,
Sandra
"""),

]
