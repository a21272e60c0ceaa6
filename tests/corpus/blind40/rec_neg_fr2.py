"""French negatives, part 2: thank-yous above handled requests, giving consent, auto-replies,
bounces, platform notifications, Sandra's own mail, vendor notices, phishing and spam."""
from recbase import *

NEWS_HDRS = lambda lid, unsub: [("List-Id", lid), ("List-Unsubscribe", unsub),
                                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                                 ("Precedence", "bulk")]

RECORDS = [

# ------------------------------------------------------------------ thank-you above a handled request
# NEAR-LINE: thank-you above a quoted, already handled deletion request -> negative.
R("fr.fr.neg-merci-suppression-faite", [],
  "Yannick Ribeiro <yannick.ribeiro@outlook.fr>",
  "RE: suppression",
  """Merci beaucoup, bien reçu. Bonne continuation à vous.
Y. Ribeiro
""" + outlook_fr("Sandra Delomenie <contact@floraisondesoi.fr>", "jeudi 22 mai 2025 11:40",
                 "Yannick Ribeiro", "RE: suppression",
                 """Bonjour Monsieur Ribeiro,

C'est fait : votre compte sur la plateforme et l'ensemble de vos données ont été supprimés
(seules les factures sont conservées, comme la loi l'impose, pendant 10 ans).

Bien cordialement,
""" + SIG_SANDRA + """

________________________________
De : Yannick Ribeiro
Envoyé : mercredi 21 mai 2025 19:02
À : contact@floraisondesoi.fr
Objet : suppression

Bonjour,
Merci de supprimer mon compte et toutes mes données.
Yannick Ribeiro"""),
  date="2025-05-22", reply=True),

R("fr.be.neg-merci-adresse-mise-a-jour", [],
  "Olivier Lambotte <olivier.lambotte@proximus.be>",
  "Re: Nouvelle adresse pour les factures",
  """Parfait, merci pour la rapidité ! Bonne journée.
Olivier
""" + gmail_fr("mer. 8 oct. 2025 à 09:12", "Sandra Delomenie <contact@floraisondesoi.fr>",
  """Bonjour Olivier,

C'est noté, votre nouvelle adresse à Namur est enregistrée pour les prochaines factures.

Belle journée,
Sandra
""" + "\n" + quote("""Le mar. 7 oct. 2025 à 20:31, Olivier Lambotte <olivier.lambotte@proximus.be> a écrit :
Bonjour Madame,
Nous avons déménagé le mois passé. Pourriez-vous dorénavant indiquer l'adresse suivante sur
mes factures et dans vos fichiers : Rue des Brasseurs 27, boîte 3, 5000 Namur.""")),
  date="2025-10-08", reply=True),

R("fr.fr.neg-bien-note-desinscription", [],
  "Jacques Henry <jacques.henry36@orange.fr>",
  "Re: newsletter",
  """Bien noté, merci.
""" + "\n" + apple_fr("3 juil. 2025 à 14:05", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Bonjour Monsieur Henry,
Vous êtes bien désinscrit de la newsletter, vous ne la recevrez plus.
Bonne journée,
Sandra

> Le 2 juil. 2025 à 21:48, Jacques Henry <jacques.henry36@orange.fr> a écrit :
> Désinscrivez-moi de la newsletter svp."""),
  date="2025-07-03", reply=True),

R("fr.fr.neg-merci-fichier-recu", [],
  "Fabien Texier <fabien.texier@free.fr>",
  "Re: Export de mes réponses du cours en ligne",
  """Super, j'ai bien reçu le fichier CSV, l'import dans Notion a marché du premier coup.
Merci Sandra, et bravo pour la réactivité !

Fabien
""" + gmail_fr("lun. 17 nov. 2025 à 16:20", "Sandra Delomenie <contact@floraisondesoi.fr>",
  """Bonjour Fabien,

Voici en pièce jointe l'export de vos réponses et de votre progression au format CSV.
N'hésitez pas si quelque chose manque.

Sandra"""),
  date="2025-11-18", reply=True, shape="alt", html_style="gmail"),

R("fr.ch.neg-merci-temoignage-retire", [],
  "Béatrice Rey <beatrice.rey@hispeed.ch>",
  "RE: Témoignage",
  """Merci Madame, c'est parfait. Meilleures salutations, B. Rey
""" + outlook_fr("Sandra Delomenie <contact@floraisondesoi.fr>", "lundi 2 février 2026 10:15",
                 "Béatrice Rey", "Témoignage",
                 """Bonjour Madame Rey,

Votre témoignage a été retiré du site et de la fiche Google ce matin.

Bien à vous,
Sandra Delomenie"""),
  date="2026-02-02", reply=True),

# ------------------------------------------------------------------ giving consent
# NEAR-LINE: giving consent, not withdrawing it -> negative.
R("fr.fr.neg-accord-temoignage-photo", [],
  "Patricia Lemaître <patricia.lemaitre@gmail.com>",
  "Re: Votre témoignage ?",
  """Bonjour Sandra,

Oui bien sûr, avec plaisir ! Vous pouvez utiliser mon témoignage et la photo prise à
l'atelier sur votre site, avec mon prénom et l'initiale de mon nom.

Patricia
""" + gmail_fr("ven. 20 juin 2025 à 11:02", "Sandra Delomenie <contact@floraisondesoi.fr>",
  """Bonjour Patricia,
Votre retour après l'atelier m'a beaucoup touchée. Accepteriez-vous que je le publie sur
mon site, avec la photo de groupe ?
Sandra"""),
  date="2025-06-21", reply=True),

R("fr.fr.neg-autorisation-parentale-signee", [],
  "Fabrice Noël <fabrice.noel@orange.fr>",
  "Autorisation parentale – Zoé Noël",
  """Bonjour,

Veuillez trouver ci-joint l'autorisation parentale signée pour la participation de Zoé à
l'atelier ados, ainsi que l'autorisation de droit à l'image (cochée « oui »).

Cordialement,
Fabrice Noël
""",
  att=[("pdf", "autorisation_Zoe_Noel.pdf", "AUTORISATION PARENTALE ET DROIT A L'IMAGE\nJe soussigné Fabrice Noël autorise ma fille Zoé à participer à l'atelier\net autorise l'utilisation de son image : OUI\nSignature")]),

R("fr.fr.neg-accepte-enregistrement", [],
  "Sylvain Prévost <sylvain.prevost@gmail.com>",
  "Re: Enregistrement de la séance de groupe",
  """Pas de souci pour moi, j'accepte que la séance soit enregistrée.
Sylvain
""" + gmail_fr("mar. 10 mars 2026 à 09:30", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Bonjour à tous,
Pour permettre aux absents de suivre, je propose d'enregistrer la séance de groupe de
jeudi. Merci de me dire si vous êtes d'accord.
Sandra"""),
  date="2026-03-10", reply=True),

R("fr.ch.neg-accord-questionnaire-anonyme", [],
  "Florence Pittet <florence.pittet@bluewin.ch>",
  "Questionnaire – mon accord",
  """Bonjour Sandra,

Je vous donne volontiers mon accord pour que mes réponses au questionnaire sur l'estime de
soi soient utilisées de manière anonyme dans votre livre. Je me réjouis de le lire !

Belle journée,
Florence
"""),

# NEAR-LINE: asks to be subscribed -> negative.
R("fr.fr.neg-inscrivez-moi-newsletter", [],
  "Corinne Laurent <corinne.laurent@yahoo.fr>",
  "newsletter",
  """Bonjour,

Une amie m'a transféré votre dernière lettre sur la charge mentale, je l'ai trouvée
super. Je veux bien la recevoir aussi, pouvez-vous m'inscrire ?

Merci !
Corinne
"""),

# ------------------------------------------------------------------ auto-replies
R("fr.fr.neg-autoreply-absence", [],
  "Claire Bourgeois <claire.bourgeois@groupe-agrial-exemple.fr>",
  "Réponse automatique : Votre séance de jeudi",
  """Bonjour,

Je suis absente du bureau jusqu'au lundi 25 août inclus, sans accès à ma messagerie.
Pour toute urgence, merci de contacter le standard qualité au 02 54 08 33 00.

Cordialement,
Claire Bourgeois
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")],
  reply=True),

R("fr.be.neg-autoreply-commune", [],
  "Service Population – Commune d'Uccle <population@uccle-exemple.be>",
  "Accusé de réception",
  """Madame, Monsieur,

Nous accusons bonne réception de votre courriel. Celui-ci sera traité endéans les 10 jours
ouvrables. Merci de ne pas répondre à ce message.

Service Population
""" + DISC_BE + "\n",
  headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
  reply=True, charset="windows-1252"),

R("fr.ch.neg-autoreply-vacances", [],
  "Marc-Antoine Rochat <marc-antoine.rochat@bluewin.ch>",
  "Absent: Re: Votre attestation corrigée",
  """Bonjour,

Je suis en vacances jusqu'au 18 août et ne consulterai pas mes courriels. Votre message ne
sera pas transféré. En cas d'urgence : natel 079 412 58 63.

Meilleures salutations
Marc-Antoine Rochat
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], reply=True),

R("fr.fr.neg-autoreply-sandra-formation", [],
  "Sandra Delomenie – Floraison de Soi <contact@floraisondesoi.fr>",
  "Réponse automatique : Demande de suppression de mes données",
  """Bonjour,

Merci pour votre message. Je suis actuellement en formation et je vous répondrai dès mon
retour, le lundi 9 juin. Pour une demande liée à vos données personnelles, elle sera
traitée dans le délai légal.

Belle journée,
Sandra – Floraison de Soi
""",
  to="Léa Garnier <lea.garnier@laposte.net>",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], reply=True),

R("fr.fr.neg-autoreply-helpdesk-ticket", [],
  "Support Mairie de Vatan <support@mairie-vatan-exemple.fr>",
  "[Ticket #48213] Votre demande a bien été enregistrée",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro #48213. Un agent vous répondra dans
les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "bulk")]),

# ------------------------------------------------------------------ bounces
R("fr.fr.neg-bounce-orange-newsletter", [],
  "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<sylvie.arnaud@wanadoo.fr>: host mx.wanadoo.fr said: 550 5.1.1 Adresse
    d'au moins un destinataire invalide. Invalid recipient. (in reply to
    RCPT TO command)
""",
  to=SANDRA_O, shape="report",
  headers=[("Auto-Submitted", "auto-replied")],
  report=dict(mta="smtp.orange.fr", rcpt="sylvie.arnaud@wanadoo.fr", status="5.1.1",
              diag="550 5.1.1 Adresse d'au moins un destinataire invalide",
              orig_subject="🌸 La lettre de Floraison de Soi – Octobre", orig_from=SANDRA_O,
              remote="mx.wanadoo.fr")),

R("fr.fr.neg-bounce-reponse-demande-rgpd", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Adresse introuvable

Votre message n'a pas pu être envoyé à dperrault@numericable.fr, car l'adresse est
introuvable ou ne peut pas recevoir de messages.

La réponse du serveur distant était :
550 5.1.1 <dperrault@numericable.fr>: Recipient address rejected: User unknown
""",
  to=SANDRA, shape="report",
  headers=[("Auto-Submitted", "auto-replied")],
  report=dict(mta="mail-sor-f41.google.com", rcpt="dperrault@numericable.fr", status="5.1.1",
              diag="550 5.1.1 <dperrault@numericable.fr>: Recipient address rejected: User unknown",
              orig_subject="Re: Exercice du droit à l'effacement – article 17 RGPD", orig_from=SANDRA,
              remote="mx1.numericable.fr")),

R("fr.fr.neg-bounce-boite-pleine", [],
  "MAILER-DAEMON <MAILER-DAEMON@mx1.floraisondesoi.fr>",
  "Message non délivré : Rappel – votre séance de demain",
  """Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis au destinataire suivant :
  josette.renaud@wanadoo.fr
Raison : boîte aux lettres du destinataire pleine (552 5.2.2 Mailbox full).
""",
  to=SANDRA, shape="report",
  report=dict(mta="mx1.floraisondesoi.fr", rcpt="josette.renaud@wanadoo.fr", status="5.2.2",
              diag="552 5.2.2 Mailbox full", orig_subject="Rappel – votre séance de demain",
              orig_from=SANDRA, remote="mx.wanadoo.fr")),

# ------------------------------------------------------------------ platform notifications
R("fr.fr.neg-notif-stripe-paiement", [],
  "Stripe <notifications@stripe.com>",
  "Paiement de 90,00 € reçu de Julien Marechal",
  """Vous avez reçu un paiement.

Montant : 90,00 €
Client : Julien Marechal (julien.marechal@gmail.com)
Description : Séance de coaching individuelle – 60 min
Mode de paiement : Visa •••• 4242

Afficher le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Vous recevez cet e-mail car vous avez activé les notifications de paiement pour
Floraison de Soi. Gérer vos préférences d'e-mail.
""",
  shape="alt", html_style="news",
  headers=[("List-Unsubscribe", "<https://dashboard.stripe.com/settings/user?unsubscribe=payments>"),
           ("Auto-Submitted", "auto-generated")]),

R("fr.fr.neg-notif-systemeio-inscription", [],
  "Systeme.io <no-reply@systeme.io>",
  "Nouvelle inscription à votre formation « Retrouver son élan »",
  """Bonjour Sandra,

Un nouvel élève vient de s'inscrire à votre formation « Retrouver son élan ».

Nom : Renée Vautrin
E-mail : renee.vautrin@gmail.com
Offre : Paiement en 3 fois

Voir le contact : https://systeme.io/dashboard/contacts

L'équipe Systeme.io
""",
  shape="html", html_style="news",
  headers=[("Auto-Submitted", "auto-generated")]),

R("fr.fr.neg-notif-systemeio-desabonnement", [],
  "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact mathilde.rousseau@gmail.com s'est désabonné de votre liste « Newsletter
mensuelle » via le lien de désinscription de la campagne « La lettre – Septembre ».

Aucune action n'est requise de votre part.

L'équipe Systeme.io
""",
  shape="alt", html_style="news",
  headers=[("Auto-Submitted", "auto-generated")]),

# NEAR-LINE: Google Drive 'demande d'accès' to a file -> platform notification, negative.
R("fr.fr.neg-notif-drive-demande-acces", [],
  "Corinne Laurent (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Demande d'accès au fichier : « Fiches clients 2025 »",
  """Corinne Laurent (corinne.laurent@yahoo.fr) demande l'accès à l'élément suivant :

Fiches clients 2025

« Bonjour Sandra, je crois que j'ai cliqué sur un mauvais lien dans ton mail, désolée ! »

Ouvrir les paramètres de partage

Vous recevez cet e-mail, car vous êtes propriétaire de ce fichier.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
  to=SANDRA, shape="alt", html_style="news", reply_to="corinne.laurent@yahoo.fr"),

R("fr.fr.neg-notif-calendly-annulation", [],
  "Calendly <notifications@calendly.com>",
  "Annulé : Julien Marechal – Séance coaching 60 min",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Nom de l'événement : Séance coaching 60 min
Invité : Julien Marechal
Date : mardi 18 novembre 2025, 17:00 – 18:00 (heure d'Europe centrale)
Motif de l'annulation : « Réunion qui déborde, je reprends un créneau »

Voir les événements planifiés
""",
  shape="alt", html_style="news",
  headers=[("Auto-Submitted", "auto-generated")]),

R("fr.fr.neg-notif-zoom-enregistrement", [],
  "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion est maintenant disponible.

Sujet : Atelier en ligne – Poser ses limites
Date : 12 févr. 2026 18:30 Paris

Partagez cet enregistrement avec les spectateurs :
https://us06web.zoom.us/rec/share/exemple

Merci d'avoir choisi Zoom.
""",
  shape="html", html_style="news"),

R("fr.fr.neg-notif-qonto-releve", [],
  "Qonto <no-reply@qonto.com>",
  "Votre relevé de compte de mars est disponible",
  """Bonjour Sandra,

Votre relevé de compte du mois de mars 2026 est disponible dans votre application Qonto,
rubrique Documents.

À bientôt,
L'équipe Qonto

Qonto – 18 rue de Navarin, 75009 Paris. Établissement de paiement agréé.
""",
  shape="alt", html_style="news",
  headers=[("List-Unsubscribe", "<mailto:unsubscribe@qonto.com>")]),

R("fr.fr.neg-notif-urssaf-declaration", [],
  "Urssaf <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est à effectuer",
  """Madame DELOMENIE,

Votre déclaration de chiffre d'affaires du 1er trimestre 2026 est à effectuer avant le
30 avril 2026 sur autoentrepreneur.urssaf.fr.

Cordialement,
Votre Urssaf

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
""",
  to=SANDRA_O, shape="html", html_style="simple", cte="base64"),

R("fr.fr.neg-notif-paypal-paiement", [],
  "service@paypal.fr <service@paypal.fr>",
  "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 45,00 EUR de Odile Rivière (odile.riviere@laposte.net).

Note de l'acheteur : « Atelier du 12 avril (report) »

Numéro de transaction : 7XK40512AB8834021

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
  to=SANDRA_O, shape="alt", html_style="news"),

R("fr.fr.neg-notif-brevo-campagne", [],
  "Brevo <no-reply@brevo.com>",
  "Rapport de votre campagne « La lettre – Avril »",
  """Bonjour Sandra,

Votre campagne « La lettre – Avril » a été envoyée à 412 contacts.

Taux d'ouverture : 48,3 %
Taux de clics : 6,1 %
Désinscriptions : 3
Hard bounces : 2

Voir le rapport détaillé.

Brevo – 106 boulevard Haussmann, 75008 Paris
""",
  shape="alt", html_style="news",
  headers=NEWS_HDRS("<reports.brevo.com>", "<https://app.brevo.com/unsubscribe?u=exemple>")),

R("fr.fr.neg-notif-google-securite", [],
  "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Mac

Nous avons détecté une nouvelle connexion à votre compte Google
contact@floraisondesoi.fr sur un appareil Mac. Si c'était vous, vous n'avez rien à faire.
Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité
""",
  to=SANDRA, shape="alt", html_style="news"),

R("fr.fr.neg-notif-impots-document", [],
  "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
  "Un nouveau document est disponible dans votre espace professionnel",
  """Madame,

Un nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr :
avis de CFE 2025.

Pour le consulter, connectez-vous à votre espace professionnel.

La Direction générale des Finances publiques
""",
  to=SANDRA_O),

R("fr.fr.neg-notif-qualiopi-audit", [],
  "Certif'Formation <audit@certif-formation-exemple.fr>",
  "Rappel : audit de surveillance Qualiopi – pièces à déposer",
  """Bonjour Madame Delomenie,

Votre audit de surveillance Qualiopi aura lieu le 14 octobre 2025 (à distance). Merci de
déposer sur la plateforme, au plus tard 10 jours avant :
- les questionnaires de satisfaction des stagiaires (indicateur 30) ;
- la procédure de traitement des réclamations ;
- la preuve de votre veille réglementaire (dont RGPD).

Cordialement,
Le service Audits
""",
  shape="alt", html_style="outlook"),

# ------------------------------------------------------------------ Sandra's own mail
R("fr.fr.neg-envoye-sandra-compte-rendu", [],
  SANDRA,
  "Compte rendu de notre séance du 4 mars",
  """Bonjour Isabelle,

Comme promis, voici le compte rendu de notre séance. Tu peux supprimer la version
précédente que je t'avais envoyée par erreur (celle avec les notes en rouge).

Pour la prochaine fois : reprendre la liste des 3 priorités et observer quand tu dis oui
alors que tu penses non.

Belle semaine,
""" + SIG_SANDRA + "\n",
  to="Isabelle Nguyen <isabelle.nguyen@gmail.com>",
  att=[("pdf", "CR_seance_2026-03-04_INguyen.pdf", "Compte rendu de séance - 4 mars 2026\nObjectif : clarifier les priorités\nFloraison de Soi")]),

R("fr.fr.neg-envoye-sandra-confirme-effacement", [],
  SANDRA,
  "Re: Question",
  """Bonjour Léa,

Je vous confirme que vos données personnelles ont bien été supprimées de mon fichier et de
la plateforme de cours. Seules les factures sont conservées (obligation comptable).

Belle continuation,
""" + SIG_SANDRA + "\n" + gmail_fr("lun. 2 juin 2025 à 10:14", "Léa Garnier <lea.garnier@laposte.net>",
  """Bonjour,
Serait-il possible de supprimer mes données personnelles de votre fichier ?
Merci d'avance,
Léa Garnier"""),
  to="Léa Garnier <lea.garnier@laposte.net>", date="2025-06-10", reply=True),

R("fr.fr.neg-envoye-sandra-programme-rgpd", [],
  SANDRA,
  "Programme – Formation « Lancer son activité de coach » (module 5 : RGPD)",
  """Bonjour à toutes et à tous,

Voici le programme de la session de jeudi (module 5) :
- 9h00 : tour de table
- 9h30 : le RGPD pour les coachs – droits des clients (accès, rectification, effacement,
  opposition, portabilité), registre, durées de conservation
- 11h00 : atelier pratique – rédiger sa politique de confidentialité
- 12h30 : fin

Pensez à apporter votre ordinateur.

À jeudi,
""" + SIG_SANDRA + "\n",
  to="Floraison de Soi <contact@floraisondesoi.fr>",
  headers=[("Bcc", "promo-coachs-2026@floraisondesoi.fr")],
  shape="alt", html_style="gmail"),

# NEAR-LINE: Sandra forwarding a client's request to herself (From her own address) -> negative.
R("fr.fr.neg-sandra-auto-transfert-orange", [],
  SANDRA_O,
  "à traiter lundi",
  """à traiter lundi + répondre à Mme Dethier (suppression) avant le 20

""" + fwd_fr("Marie-Claire Dethier <mc.dethier@telenet.be>", "mer. 5 nov. 2025 à 21:14", "Ateliers",
             "Sandra Delomenie <sandra.delomenie@orange.fr>",
             """Bonjour Sandra,
Avec mon nouvel horaire je ne sais plus venir aux ateliers en visio du jeudi. Comme je ne
compte pas reprendre, je souhaiterais que vous supprimiez toutes les informations me
concernant de vos fichiers.
Marie-Claire"""),
  to=CONTACT, date="2025-11-06"),

# ------------------------------------------------------------------ vendor GDPR / DPA notices
R("fr.fr.neg-dpa-systemeio", [],
  "Systeme.io <legal@systeme.io>",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour notre accord de traitement des données (Data Processing Agreement) et
notre liste de sous-traitants ultérieurs, conformément à l'article 28 du RGPD. Ces
modifications entreront en vigueur le 1er mars 2026.

Aucune action n'est requise de votre part. Si vous vous opposez à l'ajout d'un nouveau
sous-traitant, vous pouvez nous le faire savoir dans un délai de 30 jours.

Consulter le DPA : https://systeme.io/fr/dpa

L'équipe juridique Systeme.io
""",
  shape="alt", html_style="news",
  headers=NEWS_HDRS("<legal.systeme.io>", "<https://systeme.io/unsubscribe>")),

R("fr.fr.neg-dpa-stripe", [],
  "Stripe <no-reply@stripe.com>",
  "Mises à jour de l'Accord de traitement des données de Stripe",
  """Bonjour,

Nous vous informons de mises à jour apportées à notre Accord de traitement des données
(DPA), qui prendront effet le 15 janvier 2026. Ces modifications reflètent l'évolution de
la réglementation en matière de protection des données.

Aucune action n'est requise. Votre utilisation continue des services Stripe après cette
date vaudra acceptation.

L'équipe Stripe
""",
  shape="html", html_style="news",
  headers=[("List-Unsubscribe", "<https://stripe.com/unsubscribe>")]),

R("fr.fr.neg-orange-evolution-conditions", [],
  "Orange <information@orange-clients-exemple.fr>",
  "Évolution de vos conditions et de notre politique de protection des données",
  """Madame Delomenie,

Nous faisons évoluer les conditions générales de votre offre Livebox ainsi que notre
politique de protection des données personnelles. Vous pouvez à tout moment exercer vos
droits d'accès, de rectification, d'effacement et d'opposition depuis votre Espace Client.

Orange
""",
  to=SANDRA_O, shape="alt", html_style="news",
  headers=NEWS_HDRS("<info.orange-clients-exemple.fr>", "<mailto:desabonnement@orange-clients-exemple.fr>")),

# ------------------------------------------------------------------ phishing & compliance spam
R("fr.fr.neg-spam-mise-en-conformite", [],
  "Service Conformité RGPD <conformite@registre-rgpd-france-exemple.com>",
  "DERNIER RAPPEL : mise en conformité RGPD obligatoire – Floraison de Soi",
  """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI n'a pas encore procédé à sa
mise en conformité RGPD. Nous vous rappelons que les sanctions peuvent atteindre 20 000 000 €
ou 4 % du chiffre d'affaires.

Pour régulariser votre situation, veuillez retourner le formulaire ci-joint accompagné de
votre règlement de 349 € HT sous 8 jours.

Service Conformité
""",
  att=[("pdf", "formulaire_regularisation.pdf", "FORMULAIRE DE MISE EN CONFORMITE RGPD\nMontant à régler : 349 EUR HT\nA retourner sous 8 jours")]),

R("fr.fr.neg-phishing-orange-boite", [],
  "Orange Messagerie <securite@0range-messagerie-exemple.com>",
  "Votre boîte mail sera supprimée dans 24h",
  """Cher(e) client(e),

Votre boîte de messagerie sandra.delomenie@orange.fr a atteint sa capacité maximale et sera
supprimée dans 24 heures avec l'ensemble de vos données.

Pour conserver vos messages, veuillez confirmer votre identité en cliquant ci-dessous :
http://orange-verif-compte-exemple.com/login

Service Messagerie Orange
""",
  to=SANDRA_O, shape="html", html_style="simple"),

R("fr.fr.neg-spam-registre-cnil-faux", [],
  "Direction Protection des Données <dpo-service@cnil-info-exemple.org>",
  "Avis de contrôle – registre des traitements",
  """Madame,

Dans le cadre de la campagne de contrôle 2026, vous êtes tenue de transmettre votre registre
des traitements et de désigner un DPO externe avant le 31 du mois. Notre service agréé peut
s'en charger pour vous (offre à 99 € / mois).

Répondez OUI pour être rappelée.
""",
  reply_to="commercial@dpo-express-exemple.com"),

# ------------------------------------------------------------------ chatty, no request
R("fr.fr.neg-bavard-donnees-sans-demande", [],
  "Martine Gaillard <martine.gaillard@orange.fr>",
  "Des nouvelles de la rentrée",
  """Bonjour Sandra,

Juste un petit mot pour te donner des nouvelles. La rentrée s'est bien passée, j'ai repris
mon poste à mi-temps thérapeutique et l'équipe a été adorable. Mon fils m'a installé une
application pour suivre mon sommeil : je regarde les données tous les matins, c'est devenu
une obsession, tu vas rire ! J'essaie d'appliquer ce que tu disais, « observer sans juger ».

Je repense souvent à notre dernière séance, et à la métaphore du jardin qu'on laisse
reposer l'hiver. Je crois que je suis en train de comprendre.

Pas de question, pas de demande, juste un merci.

Je t'embrasse,
Martine
"""),

R("fr.qc.neg-bavard-magasiner-formation", [],
  "Nancy Pelletier <nancy.pelletier@hotmail.com>",
  "Allô de Montréal!",
  """Bonjour Sandra!

Je magasine des formations en ligne pour l'automne et je suis tombée sur la tienne. Mon
amie Josée l'a suivie l'an passé et elle en parle encore! Est-ce qu'il y a une session
prévue en soirée (heure du Québec)? Et est-ce que c'est possible de payer en deux fois?

Merci beaucoup et bonne fin de semaine!
Nancy
"""),
]
