from rec import m

AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

# ---------------- platform notifications ----------------
m("fr-neg-stripe-paiement", "Paiement de 180,00 € reçu de Céline Dorat",
"""Floraison de Soi

Vous avez reçu un paiement de 180,00 €.

Client : Céline Dorat (celine.dorat@gmail.com)
Description : Accompagnement individuel – forfait 3 séances
Moyen de paiement : Visa •••• 4471
Date : voir le Dashboard

Voir le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Stripe, 10 Boulevard Haussmann, 75009 Paris""", [], frm="Stripe <notifications@stripe.com>", html="alt", hdr=AUTO, cte="base64")

m("fr-neg-systemeio-inscription", "Nouvelle inscription : Atelier « Dire non sans culpabiliser »",
"""Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre tunnel « Atelier Dire non ».

Email : p.gaillard@orange.fr
Prénom : Patricia
Tag ajouté : atelier-juin

Accéder à mon espace systeme.io : https://systeme.io/dashboard

L'équipe Systeme.io""", [], frm="Systeme.io <no-reply@systeme.io>", html="only", hdr=AUTO)

m("fr-neg-systemeio-desabo", "Un contact s'est désabonné de votre liste",
"""Bonjour,

Le contact m.leroux@gmail.com s'est désabonné de vos campagnes e-mail (liste : Newsletter Floraison).

Raison indiquée : « Je reçois trop d'e-mails »

Vous pouvez consulter la liste de vos contacts désabonnés dans Contacts > Filtres.

Systeme.io""", [], frm="Systeme.io <no-reply@systeme.io>", hdr=AUTO)
# NEAR-LINE: an unsubscribe happened, but this is a platform notification, not a person writing to her -> negative

m("fr-neg-calendly-nouveau", "Nouvel événement : Loïc Garnier – Séance découverte 30 min",
"""Bonjour Sandra,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte 30 min
Invité : Loïc Garnier
E-mail de l'invité : loic.garnier@gmail.com
Date/heure : 10:00 - jeudi 5 juin 2025 (heure d'Europe centrale)
Emplacement : Zoom

Questions :
Qu'attendez-vous de cette séance ? → Faire le point sur ma reconversion

Voir l'événement dans Calendly""", [], frm="Calendly <notifications@calendly.com>", html="alt", hdr=AUTO)

m("fr-neg-calendly-annul", "Annulé : Séance de suivi avec Hélène Ribot",
"""Bonjour Sandra,

L'événement ci-dessous a été annulé.

Séance de suivi (1 h)
Invitée : Hélène Ribot
Motif de l'annulation : « Enfant malade, je reprends un créneau la semaine prochaine »

Calendly""", [], frm="Calendly <notifications@calendly.com>", hdr=AUTO)

m("fr-neg-zoom-enreg", "L'enregistrement cloud est désormais disponible",
"""Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion est maintenant disponible.

Sujet : Cercle de parole en ligne – mars
Date : 18 mars 2025 19:00 Paris

Partagez cet enregistrement avec les participants en copiant le lien ci-dessous.
Les enregistrements sont supprimés automatiquement après 30 jours.

Merci d'avoir choisi Zoom.""", [], frm="Zoom <no-reply@zoom.us>", html="only", hdr=AUTO, cte="base64")

m("fr-neg-qonto-releve", "Votre relevé de compte de mai est disponible",
"""Bonjour Sandra,

Votre relevé de compte du mois de mai 2025 est disponible dans votre espace Qonto. Vous pouvez aussi exporter vos transactions au format CSV pour votre comptable.

À bientôt,
L'équipe Qonto""", [], frm="Qonto <noreply@qonto.com>", html="alt", hdr=AUTO)

m("fr-neg-urssaf", "Votre échéance de cotisations",
"""Madame DELOMENIE SANDRA,

Nous vous informons que votre déclaration de chiffre d'affaires du trimestre est à effectuer avant le 31/07/2025 sur autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Votre Urssaf""", [], frm="Urssaf <ne-pas-repondre@urssaf.fr>", to=1, hdr=AUTO)

m("fr-neg-paypal", "Vous avez reçu un paiement",
"""Bonjour Sandra Delomenie,

Emmanuelle Vidal vous a envoyé 45,00 EUR.
Note : « atelier du 14 juin merci ! »

Détails de la transaction disponibles dans votre compte PayPal.

PayPal""", [], frm="service@paypal.fr", html="only", hdr=AUTO)

m("fr-neg-brevo-rapport", "Rapport de campagne : Newsletter Avril",
"""Bonjour,

Votre campagne « Newsletter Avril » a été envoyée à 412 contacts.
Taux d'ouverture : 48,2 %
Taux de clics : 6,1 %
Désinscriptions : 3
Hard bounces : 2

Consultez le rapport complet dans votre compte Brevo.""", [], frm="Brevo <no-reply@brevo.com>", html="alt", hdr=AUTO)

m("fr-neg-ovh-renouv", "Renouvellement de votre nom de domaine floraisondesoi.fr",
"""Bonjour,

Votre nom de domaine floraisondesoi.fr expire le 12/09/2025. Le renouvellement automatique est activé : le moyen de paiement enregistré sera débité 7 jours avant l'échéance.

Cordialement,
Le support OVHcloud""", [], frm="OVHcloud <support@ovh.com>", hdr=AUTO)

m("fr-neg-google-securite", "Alerte de sécurité",
"""Nouvelle connexion sur Windows

contact@floraisondesoi.fr
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.""",
  [], frm="Google <no-reply@accounts.google.com>", html="alt", hdr={"Auto-Submitted": "auto-generated"})

m("fr-neg-google-agenda", "Invitation: Point formation Menuiseries du Berry @ mar. 10 juin 2025 14:00 - 15:00",
"""Karima Benali vous a invitée à un événement.

Point formation Menuiseries du Berry
Quand : mar. 10 juin 2025 14:00 – 15:00 (heure d'été d'Europe centrale - Paris)
Participants : Karima Benali, Sandra Delomenie

Répondre : Oui - Peut-être - Non""", [], frm="Karima Benali <k.benali@menuiseries-berry.fr>",
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20250610T120000Z\r\nDTEND:20250610T130000Z\r\nSUMMARY:Point formation Menuiseries du Berry\r\nUID:b71formation@google.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")])

m("fr-neg-facebook", "Nouveau message sur votre Page Floraison de Soi",
"""Floraison de Soi a reçu un nouveau message.

Virginie Aumont : « Bonjour, est-ce qu'il reste de la place pour l'atelier de samedi ? »

Répondre sur Messenger""", [], frm="Facebook <notification@facebookmail.com>", html="only", hdr=AUTO)

m("fr-neg-wordpress", "[Floraison de Soi] Nouveau message du formulaire de contact",
"""Nom : Régine Auclair
E-mail : regine.auclair@gmail.com
Téléphone : 06 45 90 12 77
Message : Bonjour, je voudrais des renseignements sur vos tarifs pour un accompagnement individuel en visio. Je suis disponible plutôt le soir. Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  [], frm="Floraison de Soi <wordpress@floraisondesoi.fr>", hdr={"Reply-To": "Régine Auclair <regine.auclair@gmail.com>"})

m("fr-neg-form-rdv", "[Floraison de Soi] Nouveau message du formulaire de contact",
"""Nom : Bastien Rolland
E-mail : bastien.rolland@outlook.fr
Message : bonjour, ma conjointe m'a offert une séance pour mon anniversaire (bon cadeau n°2025-114). comment je fais pour réserver ? merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi""",
  [], frm="Floraison de Soi <wordpress@floraisondesoi.fr>", hdr={"Reply-To": "Bastien Rolland <bastien.rolland@outlook.fr>"})

m("fr-neg-form-question-droit", "[Floraison de Soi] Nouveau message du formulaire de contact",
"""Nom : Josiane Vilain
E-mail : josiane.vilain@orange.fr
Message : Bonjour, avant de m'inscrire je voudrais savoir combien de temps vous gardez les notes prises pendant les séances, et si je pourrai demander qu'elles soient détruites à la fin ? Merci de votre réponse.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi""",
  [], frm="Floraison de Soi <wordpress@floraisondesoi.fr>", hdr={"Reply-To": "Josiane Vilain <josiane.vilain@orange.fr>"})
# NEAR-LINE: asks how long notes are kept and whether she "could" ask deletion later -> question about a right, negative

m("fr-neg-orange-facture", "Votre facture Orange est disponible",
"""Bonjour,

Votre facture Orange Pro du mois est disponible dans votre Espace Client.
Montant : 54,99 € TTC
Prélèvement prévu le 08/10/2025.

Orange""", [], frm="Orange <facture@orange-business.com>", to=1, html="only", hdr=AUTO)

m("fr-neg-linkedin", "Vous apparaissez dans 12 recherches cette semaine",
"""Sandra, votre profil a été vu par des personnes de chez Région Centre-Val de Loire et Pôle emploi.

Voir qui a consulté votre profil

LinkedIn Ireland Unlimited Company""", [], frm="LinkedIn <notifications-noreply@linkedin.com>", html="only", hdr=AUTO)

# ---------------- auto replies & bounces ----------------
m("fr-neg-absence", "Réponse automatique : Re: Devis formation équipe",
"""Bonjour,

Je suis absente du 4 au 18 août inclus, sans accès à ma messagerie. Pour toute urgence, merci de contacter le standard au 02 54 21 00 00.

Karima Benali""", [], frm="Karima Benali <k.benali@menuiseries-berry.fr>",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})

m("fr-neg-absence-rgpd", "Réponse automatique",
"""Bonjour,

Merci pour votre message. Le cabinet est fermé jusqu'au 2 janvier ; il sera traité à notre retour.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données, que vous pouvez exercer à dpo@cabinet-ardouin.fr.

Cabinet Ardouin – Expertise comptable""", [], frm="Cabinet Ardouin <accueil@cabinet-ardouin.fr>",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
# NEAR-LINE: auto-reply that lists every GDPR right -> negative

m("fr-neg-absence-mairie", "Absence",
"""Je suis en congés jusqu'au lundi 3 mars. Votre message concernant la réservation de la salle des fêtes sera traité à mon retour.
Service Vie associative – Mairie d'Issoudun""", [], frm="Vie associative <vie.associative@issoudun.fr>",
  hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

m("fr-neg-bounce-orange", "Undelivered Mail Returned to Sender",
"""Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

<marie.deschamps@wanadoo.fr> : boîte aux lettres inexistante""", [], kind="report",
  frm="Mail Delivery System <MAILER-DAEMON@smtp-out.orange.fr>", to=1, rcpt="marie.deschamps@wanadoo.fr",
  diag="550 5.1.1 <marie.deschamps@wanadoo.fr>: Recipient address rejected: User unknown",
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: marie.deschamps@wanadoo.fr\nSubject: Votre confirmation d'effacement\nDate: Mon, 12 May 2025 10:02:11 +0200\n",
  hdr={"Auto-Submitted": "auto-replied"})
# NEAR-LINE: bounce of her own erasure-confirmation mail -> negative

m("fr-neg-bounce-gmail", "Delivery Status Notification (Failure)",
"""Adresse introuvable

Votre message n'a pas été distribué à jerome.ballet@gmial.com, car le domaine gmial.com est introuvable. Vérifiez qu'il n'y a pas de fautes de frappe ni d'espaces inutiles, puis réessayez.""",
  [], kind="report", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", rcpt="jerome.ballet@gmial.com",
  mta="mx.google.com", diag="DNS Error: Domain name not found", cte="quoted-printable",
  orig_headers="From: Sandra Delomenie <contact@floraisondesoi.fr>\nTo: jerome.ballet@gmial.com\nSubject: Votre inscription au stage de juillet\n",
  hdr={"Auto-Submitted": "auto-replied"})

# ---------------- her own sent mail ----------------
m("fr-neg-sent-confirm-effacement", "Confirmation de la suppression de vos données",
"""Bonjour Madame Boutet,

Suite à votre demande du 3 avril, je vous confirme que l'ensemble des données vous concernant (fiche client, échanges, notes de séance) a été supprimé de mes fichiers et de la plateforme Systeme.io. Seules les factures sont conservées, comme la loi m'y oblige.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun""", [],
  frm="Sandra Delomenie <contact@floraisondesoi.fr>", to_addr="Karine Boutet <karine.boutet@sfr.fr>", reply=True)

m("fr-neg-sent-export", "Vos données – export",
"""Bonjour Cécile,

Comme convenu, vous trouverez ci-joint l'export de votre dossier au format CSV (fiche, objectifs et historique des séances). N'hésitez pas à me dire si quelque chose manque.

Belle continuation dans votre parcours,
Sandra""", [], frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to_addr="Cécile Arnoux <cecile.arnoux@gmail.com>", reply=True,
  att=[("csv", "export_Arnoux.csv", "champ;valeur\r\nnom;Arnoux\r\nprénom;Cécile\r\nséances;6\r\nobjectif;reprise de confiance au travail\r\n")])

m("fr-neg-sent-newsletter", "🌿 Les ateliers de l'automne – Floraison de Soi",
"""Bonjour à toutes et à tous,

L'automne est là, et avec lui l'envie de se recentrer. Voici les prochains rendez-vous :

- Samedi 11 octobre : atelier « Poser ses limites » (Issoudun, 9h30-12h30)
- Jeudi 23 octobre : cercle de parole en ligne
- Week-end du 15-16 novembre : stage « Renaître à soi »

Au plaisir de vous retrouver,
Sandra

Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire : https://floraisondesoi.fr/desinscription""",
  [], frm="Sandra - Floraison de Soi <contact@floraisondesoi.fr>", to_addr="contact@floraisondesoi.fr", html="alt",
  hdr={"List-Id": "Lettre Floraison de Soi <newsletter.floraisondesoi.fr>",
       "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:contact@floraisondesoi.fr?subject=desinscription>",
       "Precedence": "bulk"})

m("fr-neg-sent-rdv", "Re: séance de jeudi",
"""Bonjour Jérôme,

Pas de souci, je déplace notre séance au jeudi 19 à 18h. Je supprime le créneau du 12 de mon agenda.

À jeudi,
Sandra""", [], frm="Sandra Delomenie <contact@floraisondesoi.fr>", to_addr="Jérôme Ballet <jerome.ballet@gmail.com>", reply=True,
  quote="""Bonjour Sandra, est-ce qu'on peut décaler jeudi ? j'ai un déplacement pro. Jérôme""", qstyle="gmail", qwho="Jérôme Ballet <jerome.ballet@gmail.com>")

# ---------------- vendor notices, spam, phishing ----------------
m("fr-neg-systemeio-dpa", "Mise à jour de nos Conditions et de notre accord de traitement des données",
"""Chère utilisatrice, cher utilisateur,

Nous mettons à jour nos Conditions générales d'utilisation ainsi que notre Accord de traitement des données (DPA), conformément à l'article 28 du RGPD. Ces modifications entreront en vigueur le 1er septembre 2025. Aucune action n'est requise de votre part.

L'équipe Systeme.io""", [], frm="Systeme.io <news@systeme.io>", html="alt",
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe>", "Precedence": "bulk"})

m("fr-neg-spam-conformite", "URGENT : votre site floraisondesoi.fr n'est pas conforme RGPD",
"""Madame, Monsieur,

Notre audit automatique révèle que votre site floraisondesoi.fr présente 7 non-conformités au RGPD (bandeau cookies, registre des traitements, mentions légales). Les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires.

Mettez-vous en conformité dès aujourd'hui grâce à notre pack « RGPD Sérénité » à 49 €/mois.

Cellule Conformité Numérique
Pour ne plus recevoir nos offres, répondez STOP.""", [], frm="Conformité Pro <info@conformite-rgpd-express.fr>", html="only")

m("fr-neg-phishing-orange", "Votre boîte mail est presque pleine",
"""Cher(e) client(e) Orange,

Votre espace de stockage Mail Orange est saturé à 98 %. Vos nouveaux messages seront supprimés automatiquement sous 24 h.

Cliquez ici pour confirmer votre identifiant et obtenir 50 Go gratuits : http://orange-messagerie-securite.info/login

Service Client Orange""", [], frm="Service Orange <service-client@orange-securite-mail.com>", to=1, html="only")

m("fr-neg-phishing-colis", "Votre colis est en attente de retrait",
"""Bonjour,
Votre colis n° 6A24189032154 n'a pas pu être livré. Des frais de réexpédition de 1,99 € sont nécessaires pour retirer votre colis.
Payer maintenant : http://laposte-suivi-colis.help/
La Poste""", [], frm="La Poste <suivi@colis-infos-laposte.com>", html="only")

m("fr-neg-spam-rgpd-formation", "Formation RGPD éligible CPF – dernières places",
"""Bonjour,

Devenez DPO certifié en 5 jours ! Notre formation « Délégué à la protection des données » est 100 % finançable par votre CPF.

Prochaine session : 15 septembre. Inscrivez-vous ici.

Pour vous désinscrire, cliquez ici.""", [], frm="Academy DPO <newsletter@academy-dpo.fr>", html="alt",
  hdr={"List-Unsubscribe": "<mailto:unsubscribe@academy-dpo.fr>", "Precedence": "bulk"})
