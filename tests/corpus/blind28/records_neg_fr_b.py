# -*- coding: utf-8 -*-
"""blind28 - French negatives, part B (platforms, auto-replies, bounces, her own mail, spam)."""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


def LU(url, mailto=None, lid=None, extra=None):
    hd = {"List-Unsubscribe": ("<mailto:%s>, <%s>" % (mailto, url)) if mailto else "<%s>" % url,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
    if lid:
        hd["List-Id"] = lid
    if extra:
        hd.update(extra)
    return hd


R(key="fr-neg-systemeio-new-signup", rights=[], lang="fr",
  frm="Systeme.io <no-reply@systeme.io>", to="contact", date="2025-03-02 14:07",
  subject="Nouvelle inscription : Oser s'affirmer en douceur",
  headers={"Auto-Submitted": "auto-generated", "X-Mailer": "systeme.io notifications"},
  body="""Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre formation.

Formation : Oser s'affirmer en douceur
Contact : Lucie Marchal (lucie.marchal@gmail.com)
Date : 02/03/2025 14:06
Offre : Paiement unique - 197,00 EUR

Accéder à la fiche du contact : https://systeme.io/dashboard/contacts

L'équipe Systeme.io

Vous recevez cet e-mail car les notifications de vente sont activées. Modifier mes préférences de notification : https://systeme.io/dashboard/settings/notifications""")

# NEAR-LINE: a platform notification that a contact unsubscribed is information, not a
# request addressed to Sandra by the data subject -> negative.
R(key="fr-neg-systemeio-contact-unsubscribed", rights=[], lang="fr",
  frm="Systeme.io <no-reply@systeme.io>", to="contact", date="2025-07-11 03:12",
  subject="Un contact s'est désabonné de votre liste",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Bonjour,

Le contact suivant s'est désabonné de vos campagnes e-mail :

E-mail : p.girardin@orange.fr
Campagne : Newsletter Floraison - juillet 2025
Motif indiqué : "Je reçois trop d'e-mails"

Ce contact ne recevra plus vos newsletters. Ses données restent disponibles dans votre liste de contacts.

L'équipe Systeme.io""", shape="qp")

R(key="fr-neg-stripe-payout", rights=[], lang="fr",
  frm="Stripe <notifications@stripe.com>", to="contact", date="2025-04-15 06:02",
  subject="Votre virement de 1 284,60 € est en route",
  headers=LU("https://dashboard.stripe.com/settings/communication-preferences"),
  body="""Bonjour Floraison de Soi,

Un virement de 1 284,60 € a été initié vers votre compte bancaire se terminant par 4417. Il devrait arriver d'ici le 17 avril 2025.

Montant brut : 1 326,00 €
Frais Stripe : -41,40 €

Consulter le virement : https://dashboard.stripe.com/payouts

Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Dublin 2, Irlande

Vous recevez cet e-mail parce que vous avez un compte Stripe. Gérer les préférences d'e-mail.""",
  shape="alt")

R(key="fr-neg-stripe-privacy-update", rights=[], lang="fr",
  frm="Stripe <privacy-noreply@stripe.com>", to="contact", date="2025-09-24 17:30",
  subject="Mise à jour de la Politique de confidentialité de Stripe",
  headers=LU("https://stripe.com/fr/email-preferences", lid="Stripe legal updates <legal.stripe.com>"),
  body="""Bonjour,

Nous vous écrivons pour vous informer de modifications apportées à notre Politique de confidentialité, qui entreront en vigueur le 24 octobre 2025.

Principales modifications :
- des précisions sur la manière dont nous traitons les données personnelles des clients de nos utilisateurs en tant que responsable de traitement pour la prévention de la fraude ;
- des informations mises à jour sur les droits des personnes concernées (accès, rectification, effacement, opposition, portabilité) et la manière de les exercer auprès de Stripe ;
- une liste actualisée de nos sous-traitants ultérieurs.

Aucune action n'est requise de votre part. En continuant à utiliser nos services après cette date, vous acceptez la politique mise à jour.

Consulter la politique : https://stripe.com/fr/privacy

L'équipe Stripe""", shape="html")

R(key="fr-neg-google-storage-almost-full", rights=[], lang="fr",
  frm="Google <no-reply@accounts.google.com>", to="Sandra Delomenie <floraisondesoi@gmail.com>",
  date="2025-10-02 11:45",
  subject="Votre espace de stockage Google est presque saturé",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Votre espace de stockage est plein à 92 %

Bonjour Sandra,

Vous utilisez 13,8 Go sur les 15 Go inclus dans votre compte. Lorsque l'espace sera saturé, vous ne pourrez plus importer de fichiers dans Google Drive, ni envoyer ou recevoir d'e-mails dans Gmail.

Libérez de l'espace : supprimez les fichiers volumineux dont vous n'avez plus besoin, videz la corbeille, ou passez à Google One pour obtenir plus d'espace.

Gérer l'espace de stockage : https://one.google.com/storage

Cet e-mail vous a été envoyé pour vous informer de modifications importantes concernant votre compte Google.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", shape="html")

R(key="fr-neg-calendly-new-booking", rights=[], lang="fr",
  frm="Calendly <notifications@calendly.com>", date="2025-05-28 21:16",
  subject="Nouvel événement : Séance découverte (30 min) - Amandine Royer",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Bonjour Sandra Delomenie,

Un nouvel événement a été planifié.

Type d'événement : Séance découverte (30 min)
Invité : Amandine Royer
E-mail de l'invité : amandine.royer@gmail.com
Date/heure de l'événement : 10:00 - mardi 3 juin 2025 (heure d'Europe centrale)
Lieu : Appel téléphonique

Questions :
Qu'attendez-vous de cette séance ?
Je traverse une période de doute professionnel et j'aimerais savoir si le coaching peut m'aider.

Voir l'événement dans Calendly : https://calendly.com/app/scheduled_events

Envoyé par Calendly""",
  attach=[("invite.ics", "ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b28-calendly-0603-royer@calendly.com
DTSTAMP:20250528T191600Z
DTSTART:20250603T080000Z
DTEND:20250603T083000Z
SUMMARY:Séance découverte (30 min) - Amandine Royer
ORGANIZER;CN=Sandra Delomenie:mailto:sandra.delomenie@orange.fr
ATTENDEE;CN=Amandine Royer:mailto:amandine.royer@gmail.com
END:VEVENT
END:VCALENDAR""")], shape="alt")

R(key="fr-neg-calendly-cancelled", rights=[], lang="fr",
  frm="Calendly <notifications@calendly.com>", date="2025-11-06 07:58",
  subject="Annulé : Séance de coaching (1h) - Bruno Lefort",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance de coaching (1h)
Invité : Bruno Lefort
Date/heure de l'événement : 18:00 - jeudi 6 novembre 2025
Annulé par : Bruno Lefort
Motif : "Malade, désolé. Je reprends un créneau la semaine prochaine."

Le créneau est de nouveau disponible dans votre agenda.

Envoyé par Calendly""", shape="qp")

R(key="fr-neg-zoom-recording-deleted-soon", rights=[], lang="fr",
  frm="Zoom <no-reply@zoom.us>", date="2025-12-15 09:00",
  subject="Vos enregistrements cloud seront supprimés dans 7 jours",
  headers=LU("https://zoom.us/unsubscribe", extra={"Auto-Submitted": "auto-generated"}),
  body="""Bonjour Sandra,

Les enregistrements cloud suivants seront définitivement supprimés le 22 décembre 2025 conformément à vos paramètres de conservation :

- Webinaire "Dire non sans culpabiliser" (18/11/2025) - 1 h 34 min
- Cercle du lundi (24/11/2025) - 58 min

Pour les conserver, téléchargez-les ou modifiez vos paramètres de conservation avant cette date.

Gérer les enregistrements : https://zoom.us/recording

Merci d'avoir choisi Zoom.""", shape="html")

R(key="fr-neg-bank-statement", rights=[], lang="fr",
  frm="Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>", date="2025-08-04 05:30",
  subject="Votre relevé de compte professionnel est disponible",
  headers=LU("https://www.credit-agricole.fr/ca-centreloire/desinscription", lid="<releves.ca-centreloire.fr>"),
  body="""Madame DELOMENIE,

Votre relevé de compte professionnel du mois de juillet 2025 est disponible dans votre espace Crédit Agricole en ligne, rubrique "e-Documents".

Pour des raisons de sécurité, nous ne vous demanderons jamais vos identifiants ou vos codes par e-mail.

Votre Conseiller Professionnel
Crédit Agricole Centre Loire

Protection des données : pour en savoir plus sur la gestion de vos données personnelles et vos droits, consultez la notice "Protection des données" sur notre site.""",
  shape="alt")

R(key="fr-neg-urssaf-declaration", rights=[], lang="fr",
  frm="URSSAF - autoentrepreneur <ne-pas-repondre@urssaf.fr>", date="2025-10-20 08:00",
  subject="Rappel : déclaration de chiffre d'affaires du 3e trimestre 2025",
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
  body="""Madame DELOMENIE Sandra,

Nous vous rappelons que votre déclaration de chiffre d'affaires pour la période de juillet à septembre 2025 doit être effectuée avant le 31 octobre 2025, même en l'absence de chiffre d'affaires.

Déclarez en ligne sur autoentrepreneur.urssaf.fr, rubrique "Déclarer et payer".

Cordialement,
Votre Urssaf

Ce message est envoyé automatiquement, merci de ne pas y répondre.""", shape="qp")

R(key="fr-neg-cnil-newsletter", rights=[], lang="fr",
  frm="CNIL <newsletter@cnil.fr>", date="2025-06-26 10:00",
  subject="La lettre de la CNIL - Juin 2025 : droits des personnes, ce qui change",
  headers=LU("https://www.cnil.fr/fr/desabonnement-newsletter", mailto="desinscription@cnil.fr",
             lid="La lettre de la CNIL <lettre.cnil.fr>"),
  body="""La lettre de la CNIL - Juin 2025

À LA UNE
Droit d'accès : la CNIL publie une nouvelle fiche pratique pour les TPE et les indépendants. Comment répondre dans le délai d'un mois ? Faut-il demander une pièce d'identité ? Que faire face à une demande abusive ?

PROFESSIONNELS
- Effacement, rectification, opposition : les 10 erreurs les plus fréquentes relevées dans les plaintes en 2024.
- Prospection par SMS : rappel des règles sur le consentement préalable.
- Le "Guide RGPD du développeur" mis à jour.

SANCTIONS
Une amende de 40 000 euros prononcée à l'encontre d'une société de formation pour défaut de réponse aux demandes d'exercice des droits.

Vous recevez cette lettre car vous y êtes abonné(e). Se désabonner : https://www.cnil.fr/fr/desabonnement-newsletter
Commission Nationale de l'Informatique et des Libertés - 3 place de Fontenoy, 75007 Paris""", shape="html")

R(key="fr-neg-other-coach-newsletter", rights=[], lang="fr",
  frm="Émilie Garnier Coaching <bonjour@emiliegarnier-coaching.fr>", date="2025-09-08 06:30",
  subject="5 façons de poser vos limites (sans vous justifier)",
  headers=LU("https://emiliegarnier-coaching.fr/desabonnement?u=8817", lid="Lettre d'Émilie <lettre.emiliegarnier-coaching.fr>"),
  body="""Bonjour à toi,

Combien de fois cette semaine as-tu dit oui alors que tout ton corps criait non ?

Aujourd'hui, je te partage 5 façons de poser tes limites sans te justifier :
1. Remplacer "je suis désolée" par "merci de ta compréhension".
2. Prendre 24 heures avant de répondre à une demande.
3. Supprimer le "mais" de tes refus.
4. Te donner le droit de changer d'avis (oui, même après avoir accepté).
5. Accepter que l'autre soit déçu.

Et si tu veux aller plus loin, mon programme "Limites douces" ouvre ses portes lundi !

Belle semaine,
Émilie

Tu reçois cet e-mail parce que tu t'es inscrite sur emiliegarnier-coaching.fr. Tu peux te désinscrire à tout moment.""",
  shape="alt")

R(key="fr-neg-autoreply-client-absent", rights=[], lang="fr",
  frm="Sylvie Carrel <sylvie.carrel@ac-orleans-tours.fr>", date="2025-07-15 09:31",
  subject="Réponse automatique : Re: Votre demande d'accès à vos données",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
  body="""Bonjour,

Je suis absente jusqu'au 25 août inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.

Pour toute question urgente concernant le collège, merci de contacter le secrétariat au 02 54 21 xx xx.

Bonnes vacances,
Sylvie Carrel""", shape="qp")

R(key="fr-neg-autoreply-company", rights=[], lang="fr",
  frm="Accueil Groupe Berthaud <accueil@groupe-berthaud.fr>", date="2025-12-23 15:02",
  subject="Accusé de réception automatique",
  headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
  body="""Madame, Monsieur,

Nous accusons bonne réception de votre message. Nos bureaux sont fermés du 24 décembre au 2 janvier inclus. Votre demande sera traitée dès notre retour.

Conformément au RGPD, les informations contenues dans votre message sont traitées par le Groupe Berthaud pour répondre à votre demande. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à dpo@groupe-berthaud.fr.

Groupe Berthaud""")

R(key="fr-neg-bounce-newsletter-old-address", rights=[], lang="fr",
  frm="Mail Delivery System <MAILER-DAEMON@orange.fr>", date="2025-02-04 07:02",
  subject="Undelivered Mail Returned to Sender",
  headers={"Auto-Submitted": "auto-replied"}, shape="report",
  dsn=dict(rcpt="b.ollivier@club-internet.fr", status="5.1.1", mta="smtp-out.orange.fr",
           remote="mx.club-internet.fr",
           diag="550 5.1.1 <b.ollivier@club-internet.fr>: Recipient address rejected: User unknown",
           human="""Ceci est un message automatique du serveur smtp-out.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<b.ollivier@club-internet.fr>: adresse inconnue
    (réponse du serveur distant : 550 5.1.1 User unknown)
""",
           orig_from="Floraison de Soi <contact@floraisondesoi.fr>", orig_subject="Février : la lettre douce",
           orig_date="2025-02-04 07:00",
           orig_body="Bonjour Bernard,\n\nFévrier, le mois le plus court... et si on en profitait pour ralentir ?\n\nSe désinscrire : https://floraisondesoi.systeme.io/unsubscribe\n"))

# NEAR-LINE: the bounced original is Sandra's own confirmation of a deletion request; the
# bounce itself asks nothing -> negative.
R(key="fr-neg-bounce-her-deletion-confirmation", rights=[], lang="fr",
  frm="MAILER-DAEMON@orange.fr", date="2025-09-29 14:40",
  subject="Echec de remise du message / Delivery failure",
  headers={"Auto-Submitted": "auto-replied"}, shape="report",
  dsn=dict(rcpt="d.chevalier@neuf.fr", status="5.2.1", mta="smtp-out.orange.fr", remote="mx.sfr.fr",
           diag="550 5.2.1 Mailbox disabled for this recipient",
           human="""Votre message n'a pas pu être délivré.

Destinataire : d.chevalier@neuf.fr
Raison : la boîte aux lettres du destinataire est désactivée.
""",
           orig_subject="Re: 2ème demande - effacement de mes données", orig_date="2025-09-29 14:38",
           orig_body="Bonjour Monsieur Chevalier,\n\nJe vous confirme que l'ensemble de vos données a été effacé ce jour, et que vous ne recevrez plus aucun message de ma part.\n\nJe vous prie de m'excuser pour ce délai.\n\nSandra Delomenie\n"))

R(key="fr-neg-bounce-headers-only-quota", rights=[], lang="fr",
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", date="2026-01-09 18:22",
  subject="Delivery Status Notification (Failure)",
  headers={"Auto-Submitted": "auto-replied"}, shape="report",
  dsn=dict(rcpt="fanny.roche@gmail.com", status="4.2.2", mta="mail-sor-f41.google.com",
           remote="gmail-smtp-in.l.google.com",
           diag="452 4.2.2 The recipient's inbox is out of storage space.",
           human="""Message non remis

Votre message n'a pas été remis à fanny.roche@gmail.com car la boîte de réception du destinataire est saturée. Le destinataire doit libérer de l'espace.
""",
           orig_subject="Votre facture 2026-003", orig_date="2026-01-09 18:20"))

R(key="fr-neg-sandra-sent-deletion-confirmation", rights=[], lang="fr",
  frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Laetitia Ferrand <laetitia.ferrand@hotmail.fr>",
  date="2025-07-24 10:05",
  subject="Re: Copie de mes données avant suppression",
  body="""Bonjour Laetitia,

Comme convenu, suite à votre accord après réception de la copie de votre dossier, j'ai procédé à la suppression de l'ensemble de vos données : fiche client, notes, questionnaires, compte sur la plateforme de formation et adresse dans la liste de diffusion. Seules les factures sont conservées pendant la durée légale.

Je vous souhaite une très belle installation au Portugal. Ce fut un honneur de vous accompagner.

Sandra Delomenie
Floraison de Soi - Coaching & Formation
46 rue d'Estienne d'Orves - 36100 Issoudun
06 81 84 21 73""",
  quote=dict(style="gmail", frm="Laetitia Ferrand <laetitia.ferrand@hotmail.fr>", date="2025-07-23 20:41",
             text="""Bonsoir Sandra, j'ai bien reçu la copie, merci ! Vous pouvez tout supprimer maintenant.
Laetitia"""), shape="qp")

R(key="fr-neg-sandra-asks-systemeio-support", rights=[], lang="fr",
  frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Support Systeme.io <support@systeme.io>",
  date="2025-07-09 08:50",
  subject="Supprimer définitivement un contact et ses données de formation",
  body="""Bonjour,

Une cliente m'a demandé la suppression de toutes ses données. J'ai bien supprimé le contact dans la liste, mais je vois encore sa progression dans les statistiques de la formation "Oser s'affirmer en douceur" et ses commentaires sous les leçons.

Comment supprimer définitivement l'ensemble de ses données, y compris l'historique de formation et les commentaires ? Y a-t-il un délai de purge de votre côté, et les sauvegardes sont-elles concernées ?

Merci de votre aide,
Sandra Delomenie
Floraison de Soi
Compte : contact@floraisondesoi.fr""", shape="8bit")

R(key="fr-neg-sandra-sends-data-copy", rights=[], lang="fr",
  frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Françoise Lebrun <f.lebrun@numericable.fr>",
  date="2025-03-25 17:20",
  subject="Re: Ma demande (pas de suppression !)",
  body="""Bonjour Françoise,

Comme demandé, vous trouverez ci-joint la copie des données que je conserve à votre sujet : votre fiche d'inscription aux ateliers, les informations que vous m'avez données sur votre genou, et l'historique de vos paiements. Rien n'a été supprimé, rassurez-vous !

Merci encore pour le gâteau aux noix, il a fait l'unanimité.

À jeudi,
Sandra""",
  attach=[("Copie_donnees_F_Lebrun.pdf", "pdf",
           "Floraison de Soi\nCopie des donnees personnelles - Francoise Lebrun\nFiche d'inscription, sante, paiements")],
  shape="8bit")

R(key="fr-neg-sandra-newsletter-copy-to-self", rights=[], lang="fr",
  frm="Sandra - Floraison de Soi <contact@floraisondesoi.fr>", to="contact", date="2025-11-15 07:00",
  subject="🍂 Novembre : la lettre douce",
  headers=LU("https://floraisondesoi.systeme.io/unsubscribe/8c1d", lid="Floraison de Soi <newsletter.floraisondesoi.fr>"),
  body="""Bonjour,

Novembre est le mois où la nature lâche prise. Les arbres ne retiennent pas leurs feuilles : ils savent que c'est ce qui leur permettra de refleurir.

Et vous, que pourriez-vous laisser tomber ce mois-ci ? Une habitude, une exigence, un "il faut" ?

Au programme :
- Atelier "Lâcher prise" le samedi 22 novembre à Issoudun (il reste 3 places)
- Le cercle du lundi reprend en visio
- Un nouvel exercice audio offert : "Ce que je dépose"

Prenez soin de vous,
Sandra

Vous recevez cette lettre car vous êtes inscrit(e) à la newsletter Floraison de Soi. Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""",
  shape="alt")

R(key="fr-neg-phishing-orange-mailbox-deleted", rights=[], lang="fr",
  frm="Orange Messagerie <securite-compte@orange-assistance-fr.com>", date="2025-05-05 03:44",
  subject="Action requise : votre messagerie sera supprimée sous 24h",
  reply_to="noreply@orange-assistance-fr.com",
  body="""Cher(e) client(e),

Suite à une mise à jour de nos conditions RGPD, votre compte de messagerie sandra.delomenie@orange.fr doit être vérifié. Sans vérification sous 24 heures, votre boîte et toutes vos données seront définitivement supprimées.

Cliquez ici pour confirmer vos informations : http://orange-verif-compte.info/login

Nous vous remercions de votre confiance.
Service Client Orange""",
  html="""<html><body style="font-family:Arial"><div style="background:#ff7900;color:#fff;padding:12px;font-size:20px">orange</div>
<p>Cher(e) client(e),</p>
<p>Suite &agrave; une mise &agrave; jour de nos conditions RGPD, votre compte de messagerie <b>sandra.delomenie@orange.fr</b> doit &ecirc;tre v&eacute;rifi&eacute;. Sans v&eacute;rification sous 24 heures, votre bo&icirc;te et toutes vos donn&eacute;es seront <b>d&eacute;finitivement supprim&eacute;es</b>.</p>
<p><a href="http://orange-verif-compte.info/login" style="background:#ff7900;color:#fff;padding:8px 16px;text-decoration:none">Confirmer mes informations</a></p>
<p>Service Client Orange</p></body></html>""", shape="html")

R(key="fr-neg-rgpd-compliance-spam", rights=[], lang="fr",
  frm="Service Conformité RGPD <info@conformite-rgpd-express.fr>", date="2025-03-13 10:20",
  subject="URGENT - Votre site floraisondesoi.fr n'est pas conforme au RGPD",
  headers=LU("https://conformite-rgpd-express.fr/stop"),
  body="""Madame, Monsieur,

Après analyse automatique de votre site floraisondesoi.fr, nous avons relevé 7 non-conformités au Règlement Général sur la Protection des Données :
- absence de registre des traitements ;
- bandeau cookies non conforme ;
- absence de procédure de gestion des demandes d'accès, de rectification et d'effacement...

Les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires. Les contrôles de la CNIL se multiplient auprès des indépendants.

Notre offre "Mise en conformité express" : 490 € HT au lieu de 990 €, jusqu'à vendredi seulement. Un expert vous rappelle sous 24h.

Service Conformité RGPD
Pour ne plus recevoir nos messages, cliquez ici.""", shape="alt")

R(key="fr-neg-phishing-stripe-identity", rights=[], lang="fr",
  frm="Stripe Support <support@stripe-verification-compte.com>", date="2026-02-02 02:15",
  subject="Votre compte Stripe est suspendu - vérification d'identité requise",
  body="""Bonjour,

Nous avons détecté une activité inhabituelle sur votre compte Stripe. Vos virements sont suspendus jusqu'à la vérification de votre identité.

Veuillez téléverser une copie de votre pièce d'identité et confirmer vos coordonnées bancaires via le lien sécurisé ci-dessous dans les 48 heures, faute de quoi votre compte et vos données seront supprimés :

https://stripe-verification-compte.com/verify

Équipe Sécurité Stripe""", shape="html")

R(key="fr-neg-systemeio-dpa-update", rights=[], lang="fr",
  frm="Systeme.io <news@systeme.io>", to="contact", date="2025-05-22 16:00",
  subject="Mise à jour de notre accord de traitement des données (DPA)",
  headers=LU("https://systeme.io/unsubscribe", lid="Systeme.io news <news.systeme.io>"),
  body="""Bonjour,

Dans le cadre de notre engagement pour la protection des données, nous mettons à jour notre accord de traitement des données (DPA) et notre liste de sous-traitants ultérieurs, avec effet au 22 juin 2025.

Ce qui change pour vous :
- ajout d'un nouveau prestataire d'hébergement des vidéos situé dans l'Union européenne ;
- nouveaux outils dans votre tableau de bord pour répondre aux demandes de vos contacts : export des données d'un contact au format CSV et suppression définitive en un clic.

Aucune action n'est nécessaire. Le DPA mis à jour est disponible dans vos paramètres.

L'équipe Systeme.io""", shape="alt")

R(key="fr-neg-ovh-terms", rights=[], lang="fr",
  frm="OVHcloud <noreply@ovh.com>", date="2026-01-26 12:00",
  subject="Évolution de nos Conditions générales et de l'Annexe Protection des Données",
  headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
  body="""Bonjour Sandra Delomenie,

Nous vous informons que nos Conditions générales de service ainsi que l'Annexe relative au traitement des données à caractère personnel évoluent à compter du 1er mars 2026.

Ces modifications portent notamment sur la localisation des sauvegardes et sur la procédure de notification en cas de violation de données.

Votre identifiant client : ds48211-ovh
Consulter les documents : https://www.ovhcloud.com/fr/terms-and-conditions/

Si vous n'acceptez pas ces modifications, vous pouvez résilier vos services depuis votre espace client.

L'équipe OVHcloud""", shape="qp")

R(key="fr-neg-google-security-alert", rights=[], lang="fr",
  frm="Google <no-reply@accounts.google.com>", to="Sandra Delomenie <floraisondesoi@gmail.com>",
  date="2026-03-04 22:17",
  subject="Alerte de sécurité",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Nouvelle connexion sur Mac

floraisondesoi@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. S'il s'agit bien de vous, vous n'avez rien à faire. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.

Consulter l'activité : https://myaccount.google.com/notifications

Vous recevez cet e-mail pour vous informer de modifications importantes concernant votre compte et les services Google que vous utilisez.""",
  shape="html")

R(key="fr-neg-facebook-comment-notification", rights=[], lang="fr",
  frm="Facebook <notification@facebookmail.com>", date="2025-06-10 19:40",
  subject="Nadia Benhamou a commenté la publication de Floraison de Soi",
  headers=LU("https://www.facebook.com/o.php?k=AS2&u=100001", lid="<notification.facebookmail.com>"),
  body="""Nadia Benhamou a commenté votre publication : "Quel bel atelier ! Par contre je ne suis pas fan de ma tête sur la photo 😅"

Répondre, masquer ou supprimer le commentaire : https://www.facebook.com/floraisondesoi/posts/

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne souhaitez plus recevoir ces e-mails de Meta, désabonnez-vous.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland""", shape="alt")

R(key="fr-neg-accountant-missing-invoices", rights=[], lang="fr",
  frm="Cabinet Pradel Expertise <m.pradel@pradel-expertise.fr>", date="2026-02-18 14:30",
  subject="Clôture 2025 - pièces manquantes",
  body="""Bonjour Madame Delomenie,

Dans le cadre de la clôture de l'exercice 2025, il nous manque les éléments suivants :
- les factures de juillet 2025 (n° 2025-061 à 2025-068) ;
- le relevé Stripe de novembre ;
- la copie du contrat de formation avec la Fonderie du Berry.

Pouvez-vous les déposer dans le dossier partagé habituel avant le 28 février ?

Par ailleurs, nous vous rappelons que les pièces comptables doivent être conservées 10 ans ; merci de ne pas les supprimer de votre Drive même si les clients vous demandent l'effacement de leurs données.

Bien cordialement,
Mathieu Pradel
Expert-comptable""")

R(key="fr-neg-systemeio-export-ready", rights=[], lang="fr",
  frm="Systeme.io <no-reply@systeme.io>", to="contact", date="2025-12-29 11:06",
  subject="Votre export de contacts est prêt",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Bonjour,

L'export de vos contacts (1 214 contacts, format CSV) que vous avez demandé le 29/12/2025 est prêt.

Télécharger le fichier : https://systeme.io/dashboard/exports/

Ce lien expirera dans 7 jours. Pour des raisons de sécurité, le fichier sera ensuite supprimé de nos serveurs.

L'équipe Systeme.io""", shape="qp")

R(key="fr-neg-opco-dossier", rights=[], lang="fr",
  frm="OPCO Atlas - Service Formation <ne-pas-repondre@opco-atlas.fr>", date="2025-07-02 09:30",
  subject="Dossier 2025-CT-118742 : demande de pièces complémentaires",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Madame,

Dans le cadre du dossier de prise en charge n° 2025-CT-118742 (entreprise : Fonderie du Berry, formation : Gestion des conflits), les pièces suivantes sont manquantes :

- feuilles d'émargement signées par demi-journée ;
- attestations de fin de formation nominatives ;
- facture au nom de l'OPCO.

Merci de les déposer sur votre espace prestataire dans un délai de 15 jours.

OPCO Atlas""", shape="qp")

R(key="fr-neg-client-company-privacy-notice", rights=[], lang="fr",
  frm="Groupe Berthaud - Achats <achats@groupe-berthaud.fr>", date="2025-04-01 11:00",
  subject="Information fournisseurs : protection des données personnelles",
  headers={"Precedence": "bulk"},
  body="""Madame, Monsieur,

Dans le cadre de notre relation commerciale, le Groupe Berthaud collecte et traite les données de ses fournisseurs et prestataires (nom, coordonnées professionnelles, coordonnées bancaires) pour la gestion des commandes et des paiements.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition, que vous pouvez exercer auprès de notre délégué à la protection des données : dpo@groupe-berthaud.fr.

Nous vous remercions de mettre à jour votre fiche fournisseur sur notre portail avant le 30 avril.

Le service Achats
Groupe Berthaud""", shape="alt")

R(key="fr-neg-canva-inactive-deletion", rights=[], lang="fr",
  frm="Canva <no-reply@canva.com>", date="2025-08-21 15:40",
  subject="Votre équipe Canva sera supprimée dans 30 jours",
  headers=LU("https://www.canva.com/settings/notifications"),
  body="""Bonjour Sandra,

Votre équipe "Floraison de Soi - visuels" n'a pas été utilisée depuis 12 mois. Elle sera supprimée, ainsi que les designs qu'elle contient, le 20 septembre 2025.

Pour la conserver, connectez-vous simplement à Canva avant cette date.

L'équipe Canva""", shape="html")

R(key="fr-neg-google-analytics-retention-notice", rights=[], lang="fr",
  frm="Google Analytics <analytics-noreply@google.com>", date="2025-11-26 20:00",
  subject="[Action recommandée] Paramètres de conservation des données de votre propriété",
  headers=LU("https://analytics.google.com/analytics/web/#/preferences", extra={"Auto-Submitted": "auto-generated"}),
  body="""Propriété : floraisondesoi.fr (GA4)

La durée de conservation des données de niveau événement de votre propriété est actuellement définie sur 2 mois. Vous pouvez la porter à 14 mois dans les paramètres de conservation des données.

Rappel : vous êtes responsable de l'obtention du consentement des utilisateurs de votre site, conformément à la réglementation applicable.

Gérer les paramètres : https://analytics.google.com/

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""", shape="alt")

R(key="fr-neg-helloasso-payment", rights=[], lang="fr",
  frm="HelloAsso <notifications@helloasso.com>", date="2025-09-12 13:22",
  subject="Nouveau paiement reçu - Conférence \"Le burn-out, et après ?\"",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Bonjour,

Un nouveau paiement a été effectué pour votre billetterie "Conférence : Le burn-out, et après ?" (Vierzon, 26/09/2025).

Payeur : Christian Dumas
Montant : 12,00 € (1 place)
Contribution volontaire à HelloAsso : 1,50 €

Consulter les participants : https://admin.helloasso.com/

L'équipe HelloAsso""", shape="qp")

R(key="fr-neg-systemeio-contact-form-question", rights=[], lang="fr",
  frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to="contact",
  reply_to="Lydie Marchais <lydie.marchais@gmail.com>", date="2025-08-07 22:10",
  subject="[Floraison de Soi] Nouveau message depuis le formulaire de contact",
  body="""De : Lydie Marchais <lydie.marchais@gmail.com>
Téléphone : 06 58 41 22 09
Sujet : Atelier

Corps du message :
Bonsoir, je voudrais savoir si l'atelier "Confiance en soi" de septembre est accessible à une personne en fauteuil roulant (accès, toilettes). Et est-ce que je peux modifier mon inscription pour venir avec mon aidante ? Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""", shape="qp")

R(key="fr-neg-linkedin-notification", rights=[], lang="fr",
  frm="LinkedIn <notifications-noreply@linkedin.com>", date="2026-04-16 08:45",
  subject="Sandra, vous apparaissez dans 12 recherches cette semaine",
  headers=LU("https://www.linkedin.com/comm/psettings/email-unsubscribe", lid="<notifications.linkedin.com>"),
  body="""Vous apparaissez dans 12 recherches cette semaine

Les recruteurs et les professionnels du secteur "Formation professionnelle" ont consulté votre profil.

Voir qui a consulté votre profil : https://www.linkedin.com/me/profile-views/

Vous recevez des e-mails de notification LinkedIn. Se désabonner.
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""", shape="html")

R(key="fr-neg-mutuelle-newsletter-droits", rights=[], lang="fr",
  frm="Ma Mutuelle Pro <infos@mamutuellepro.fr>", date="2025-03-31 07:15",
  subject="Vos droits santé 2025 : ce qui change",
  headers=LU("https://www.mamutuellepro.fr/desinscription", lid="Lettre adhérents <adherents.mamutuellepro.fr>"),
  body="""Chère adhérente,

Nouvelle année, nouveaux droits ! Découvrez les évolutions de vos garanties 2025 : forfait médecines douces augmenté, téléconsultation illimitée...

Vos données personnelles : vous pouvez à tout moment accéder à vos informations, les rectifier ou vous opposer à leur utilisation à des fins commerciales depuis votre espace adhérent.

Ma Mutuelle Pro""", shape="alt")

R(key="fr-neg-sandra-reply-how-rights-work", rights=[], lang="fr",
  frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Pauline Jacquet <pauline.jacquet@gmail.com>",
  date="2025-05-15 09:02",
  subject="Re: Question RGPD (juste par curiosité)",
  body="""Bonjour Pauline,

Bonne question ! Pour faire court : en cas de demande d'effacement, je supprime tout ce qui n'est pas obligatoire. Les factures restent 10 ans (obligation comptable), les notes de séance sont effacées. Et oui, je demande un justificatif d'identité, mais une simple photo suffit et je la supprime dès la demande traitée.

À jeudi,
Sandra""",
  quote=dict(style="gmail", frm="Pauline Jacquet <pauline.jacquet@gmail.com>", date="2025-05-14 12:50",
             text="""Bonjour Sandra,

Petite question qui me trotte dans la tête : si un jour un client vous demande d'effacer ses données, est-ce que vous avez le droit de garder les factures ?

Pauline"""), shape="8bit")

R(key="fr-neg-autoreply-orange-vacation-sandra", rights=[], lang="fr",
  frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Martin Giraud <martin.giraud@gmail.com>",
  date="2025-08-12 10:14",
  subject="Absence : Re: Demande de suppression de mes données",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""Bonjour,

Je suis en congés jusqu'au 24 août. Je traiterai votre message dès mon retour.

Pour toute demande concernant vos données personnelles, sachez que le délai de réponse d'un mois court à compter de la réception de votre message.

Belle journée,
Sandra Delomenie - Floraison de Soi""", shape="qp")

R(key="fr-neg-laposte-colis", rights=[], lang="fr",
  frm="La Poste - Colissimo <noreply@notif-colissimo-laposte.info>", date="2026-05-04 11:11",
  subject="Votre colis 6A21458963210 est en cours de livraison",
  headers=LU("https://www.laposte.fr/preferences-communication"),
  body="""Bonjour,

Votre colis n° 6A21458963210 expédié par "Papeterie du Berry" sera livré aujourd'hui entre 13h et 17h.

Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois

Si vous êtes absent(e), vous pouvez modifier la livraison.

La Poste""", shape="html")

R(key="fr-neg-qualiopi-audit-reminder", rights=[], lang="fr",
  frm="Certif'Formation - Audits Qualiopi <planning@certif-formation.fr>", date="2026-03-23 14:00",
  subject="Rappel : audit de surveillance Qualiopi le 14 avril",
  body="""Madame Delomenie,

Nous vous rappelons que l'audit de surveillance de votre certification Qualiopi aura lieu le 14 avril 2026 à 9h00, à distance.

Merci de préparer notamment :
- les preuves de recueil des besoins des bénéficiaires ;
- les questionnaires de satisfaction à chaud et à froid ;
- votre procédure de traitement des réclamations ;
- la preuve de l'information des stagiaires sur leurs droits (RGPD, règlement intérieur).

Cordialement,
Julie Fortin
Chargée de planification""", shape="qp")

# NEAR-LINE: HR asks to delete an outdated list of its employees: other living adults' data,
# sent by the employer, not the data subjects -> negative.
R(key="fr-neg-company-participants-csv", rights=[], lang="fr",
  frm="Laure Duval <laure.duval@cc-champagne-berrichonne.fr>", date="2026-01-20 10:48",
  subject="Liste des participants - formation Prévention du stress (session 2)",
  cc="Nathalie Brisson <nathalie.brisson@cc-champagne-berrichonne.fr>",
  body="""Bonjour Madame Delomenie,

Vous trouverez ci-joint la liste des 10 agents inscrits à la deuxième session de la formation "Prévention du stress" (5 et 6 février), au format CSV comme demandé, avec leurs services et adresses professionnelles.

Deux agents ont demandé à être retirés de la session de février pour raisons de service ; ils sont reportés en mai et ne figurent donc pas dans le fichier. Merci de supprimer de votre côté l'ancienne version de la liste envoyée en décembre, qui n'est plus à jour.

La salle du conseil sera disponible dès 8h30, avec vidéoprojecteur.

Cordialement,

Laure Duval
Service Ressources Humaines
Communauté de communes Champagne Berrichonne""",
  attach=[("participants_session2_fevrier.csv", "csv",
           "nom;prenom;service;email\nAuger;Pascale;Urbanisme;p.auger@cc-champagne-berrichonne.fr\n"
           "Bellamy;Hugo;Voirie;h.bellamy@cc-champagne-berrichonne.fr\n"
           "Charpin;Nadia;Accueil;n.charpin@cc-champagne-berrichonne.fr\n"
           "Deslandes;Marc;Finances;m.deslandes@cc-champagne-berrichonne.fr\n"
           "Fleury;Anne;Petite enfance;a.fleury@cc-champagne-berrichonne.fr\n"
           "Gauthier;Rémi;Voirie;r.gauthier@cc-champagne-berrichonne.fr\n"
           "Huet;Sonia;RH;s.huet@cc-champagne-berrichonne.fr\n"
           "Labbé;Denis;Déchets;d.labbe@cc-champagne-berrichonne.fr\n"
           "Moulin;Cécile;Tourisme;c.moulin@cc-champagne-berrichonne.fr\n"
           "Perrier;Yann;Informatique;y.perrier@cc-champagne-berrichonne.fr\n")],
  shape="qp")
