# French negatives (not a request to her). P: = sketch of the sender.
from rh import *

L = []
A = L.append

# P: Valérie, 47, cliente, annule un rdv avec le mot "supprimer"
A(R("fr-neg-supprimer-rdv", "fr", [], "Valérie Chapuis <valerie.chapuis@orange.fr>",
    "rdv jeudi",
    """Bonjour Sandra, vous pouvez supprimer mon rdv de jeudi 15h ? Ma fille est malade. Je vous
rappelle pour en reprendre un. Merci ! Valérie""" + IPHONE_FR))

# NEAR-LINE: "me retirer de la liste des inscrits" of a workshop = cancelling a registration, not a mailing list -> negative.
# P: Jean, 63, se désinscrit d'un atelier
A(R("fr-neg-desinscrire-atelier", "fr", [], "Jean Delattre <jean.delattre@free.fr>",
    "Désinscription atelier du 14",
    """Bonjour,
Je ne pourrai pas venir à l'atelier du samedi 14. Merci de me retirer de la liste des inscrits et,
si possible, de me rembourser ou de reporter sur une prochaine date.
Cordialement, Jean Delattre"""))

# P: Coralie, 35, mot de passe
A(R("fr-neg-mdp", "fr", [], "Coralie Besson <coralie.besson@gmail.com>",
    "Accès à mon espace",
    """Bonjour, je n'arrive plus à accéder à mon espace de formation, le mot de passe ne marche pas et
je ne reçois pas le mail de réinitialisation. Pouvez-vous m'aider ? Merci, Coralie"""))

# P: Thank-you above a quoted access request
A(R("fr-neg-merci-copie", "fr", [], "Martine Bourdieu <martine.bourdieu36@orange.fr>",
    "Re: demande",
    """Merci beaucoup Madame, j'ai bien reçu le dossier. Ça m'a fait drôle de relire tout ça.
Bonne fin de semaine.
Martine""" + gmail_fr("mar. 18 mars 2025 à 10:44", """Bonjour Madame Bourdieu,

Comme suite à votre demande, vous trouverez ci-joint l'ensemble des données que je conserve vous
concernant.

""" + SIG_S) + """>
>> Est-ce que vous pourriez m'envoyer ce que vous avez gardé sur moi ? Les notes, les fiches, tout ce
>> qui me concerne.""", irt=True))

# P: question about how the right works
A(R("fr-neg-question-droit", "fr", [], "Laurence Prévost <laurence.prevost@gmail.com>",
    "Question avant de m'inscrire",
    """Bonjour,

Avant de m'engager dans l'accompagnement, j'ai une question : si un jour je souhaite que vous
effaciez mes notes de séances, comment ça se passe ? Est-ce que c'est possible, et combien de
temps ça prend ?

Merci,
Laurence"""))

# NEAR-LINE: asks how long notes are kept, in general, before signing -> information question, negative.
A(R("fr-neg-duree-conservation", "fr", [], "Patricia Noël <patricia.noel@sfr.fr>",
    "Conservation des notes",
    """Bonjour Sandra, une petite question : combien de temps conservez-vous les notes prises pendant
les séances, et qui peut y accéder ? Je suis un peu méfiante de nature 😊 Merci ! Patricia"""))

# P: relative asking about husband (living adult)
A(R("fr-neg-epouse-mari", "fr", [], "Monique Fabre <monique.fabre@orange.fr>",
    "Mon mari",
    """Bonjour Madame,

Mon mari, Alain Fabre, a fait plusieurs séances avec vous cet hiver. Il ne me parle plus de rien et
je m'inquiète. Pourriez-vous me dire ce qu'il vous a confié ou m'envoyer ses fiches ? Je pense que
ça m'aiderait à l'aider.

Monique Fabre"""))

# P: colleague coach wants participants' data
A(R("fr-neg-collegue-liste", "fr", [], "Élise Vautrin – Coach <elise@vautrin-coaching.fr>",
    "Atelier commun – liste des participants",
    """Coucou Sandra,

Pour l'atelier qu'on co-anime en mars, tu peux m'envoyer la liste des participantes avec leurs mails
et téléphones ? Je voudrais leur envoyer le questionnaire préparatoire. Et dis-moi si tu préfères
que je passe par toi pour le RGPD !

Bises,
Élise"""))

# P: CNIL complaint copy
A(R("fr-neg-cnil-copie", "fr", [], "Malik Haddad <malik.haddad@outlook.fr>",
    "Copie de ma plainte CNIL",
    """Madame,

Pour information, vous trouverez ci-dessous la copie de la plainte que je viens de déposer auprès de
la CNIL.

--- Plainte n° 25-0412-XXXX ---
Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun
Objet : absence de réponse à une demande d'effacement de données adressée à trois reprises.
Description : j'ai demandé l'effacement de mes données le 2 février, le 20 février et le 10 mars,
sans réponse.
---

M. Haddad""", att=["plainte_CNIL_accuse_reception.pdf"]))

# P: "Close my account" alone
A(R("fr-neg-fermer-compte", "fr", [], "Jordan Michel <jordan.michel@gmail.com>",
    "fermeture compte",
    """Bonjour, vous pouvez fermer mon compte sur la plateforme de formation ? J'ai terminé. Merci."""))

# P: abonnement cancel
A(R("fr-neg-resilier-abonnement", "fr", [], "Nadège Poirier <nadege.poirier@laposte.net>",
    "Résiliation abonnement mensuel",
    """Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à partir du mois prochain. Pouvez-vous
arrêter le prélèvement Stripe ? Merci pour ces mois très riches.

Nadège"""))

# P: asks for a copy of invoice
# NEAR-LINE: asking for a duplicate invoice for her accountant is an ordinary business request, not access to personal data.
A(R("fr-neg-copie-facture", "fr", [], "Sylvain Guillot <s.guillot@guillot-archi.fr>",
    "Copie facture",
    """Bonjour,
Mon comptable me demande une copie de la facture de mars (coaching dirigeant). Pouvez-vous me la
renvoyer ? Merci.
S. Guillot""", fmt="alt"))

# P: change rdv time ("modifier")
A(R("fr-neg-modifier-rdv", "fr", [], "Hélène Garnier <helene.garnier@ac-orleans-tours.fr>",
    "Modifier notre rendez-vous",
    """Bonjour Sandra,
Serait-il possible de modifier notre rendez-vous de mardi ? Je pourrais plutôt mercredi matin.
Merci !
Hélène"""))

# P: correct exercise
A(R("fr-neg-corriger-exercice", "fr", [], "Bastien Morel <bastien.morel@gmail.com>",
    "exercice module 3",
    """Bonjour, je vous ai déposé mon exercice du module 3 sur la plateforme, pourriez-vous le corriger
quand vous aurez un moment ? J'ai un doute sur la partie « besoins ». Merci, Bastien"""))

# P: re-subscribe
A(R("fr-neg-reinscrire-nl", "fr", [], "Claudine Arnaud <claudine.arnaud@orange.fr>",
    "newsletter",
    """Bonjour Sandra, je me suis désinscrite de la newsletter par erreur en voulant ouvrir le lien de
l'atelier ! Pouvez-vous me réinscrire ? Merci et bises, Claudine"""))

# P: Client gives her information for registration
A(R("fr-neg-mes-infos-inscription", "fr", [], "Annabelle Roy <annabelle.roy@gmail.com>",
    "Inscription stage d'été",
    """Bonjour,

Voici mes informations pour l'inscription au stage d'été :
Annabelle Roy, née le 03/09/1991, 12 rue Pasteur 36100 Issoudun, 06 33 xx xx 90.
Allergies : aucune. Je règle l'acompte par virement aujourd'hui.

À bientôt,
Annabelle"""))

# P: client talks about her own workplace data problems in coaching context
A(R("fr-neg-sujet-seance", "fr", [], "Corinne Vasseur <corinne.vasseur@free.fr>",
    "Pour notre prochaine séance",
    """Bonjour Sandra,

Pour jeudi, j'aimerais qu'on parle de ce qui se passe au boulot : mon chef a eu accès à mes mails
pendant mon arrêt et a effacé des dossiers. Je n'ose pas lui demander des comptes, ni aller voir
les RH pour exiger qu'il arrête. C'est exactement mon problème d'affirmation de soi !

À jeudi,
Corinne"""))

# P: discussion word "opposer"
A(R("fr-neg-opposer-philo", "fr", [], "Gilles Marchal <gilles.marchal@orange.fr>",
    "Re: Le lâcher-prise",
    """Bonjour Sandra,

Je m'oppose un peu à ce que tu as dit samedi sur le lâcher-prise : pour moi ce n'est pas renoncer à
contrôler, c'est accepter de ne pas tout comprendre. On en rediscute au prochain cercle ?

Gilles""", irt=True))

# P: Sandra's own sent mail confirming erasure
A(R("fr-neg-sandra-confirmation", "fr", [], SANDRA_N + " <" + SANDRA_ADDR + ">",
    "Re: Suppression",
    """Bonjour Élodie,

Je vous confirme avoir supprimé l'ensemble de vos données (notes de séances, questionnaires et
échanges de mails), à l'exception de la facture que je dois conserver 10 ans pour des raisons
comptables.

Je vous souhaite une très belle suite.

""" + SIG_S + gmail_fr("dim. 9 mars 2025 à 21:12", "Je souhaiterais que vous supprimiez l'ensemble des données me concernant.\nÉlodie",
    name="Elodie M.", addr="elodie.morel.pro@gmail.com"), to="Elodie M. <elodie.morel.pro@gmail.com>", irt=True, irt_dom="gmail.com"))

# P: Sandra writes to Systeme.io support
A(R("fr-neg-sandra-support-sio", "fr", [], SANDRA_N + " <" + SANDRA_ADDR + ">",
    "Suppression d'un contact et de ses données",
    """Bonjour,

Une de mes clientes m'a demandé l'effacement de ses données. Comment supprimer définitivement un
contact dans Systeme.io, y compris l'historique des emails et des achats ? Le bouton « supprimer »
suffit-il ?

Merci,
Sandra Delomenie – Floraison de Soi""", to="Support Systeme.io <support@systeme.io>"))

# P: Sandra newsletter copy to herself (BCC'd) with List-Unsubscribe
A(R("fr-neg-newsletter-propre", "fr", [], "Floraison de Soi <contact@floraisondesoi.fr>",
    "🌸 La lettre de Floraison – octobre",
    NL_FR, fmt="alt", headers=[("List-Unsubscribe", "<https://floraisondesoi.systeme.io/unsubscribe?c=8812>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]))

# P: Systeme.io notification: un contact s'est désinscrit
A(R("fr-neg-sio-desinscrit", "fr", [], "Systeme.io <no-reply@systeme.io>",
    "Un contact s'est désinscrit de votre liste",
    """Bonjour Sandra,

Le contact fanny.leclerc@icloud.com s'est désinscrit de votre liste « Newsletter Floraison ».

Ce contact ne recevra plus vos campagnes. Vous pouvez consulter vos contacts depuis votre tableau
de bord.

L'équipe Systeme.io""", fmt="html", headers=[("Auto-Submitted", "auto-generated")]))

# P: Systeme.io nouvelle vente
A(R("fr-neg-sio-vente", "fr", [], "Systeme.io <no-reply@systeme.io>",
    "Nouvelle vente : Formation « Oser s'affirmer »",
    """Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Oser s'affirmer – programme 6 semaines
Client : Romain D (romain.dlt@gmail.com)
Montant : 197,00 €

Accéder à vos ventes : https://systeme.io/dashboard/sales""", fmt="html", headers=[("Auto-Submitted", "auto-generated")]))

# P: Systeme.io GDPR policy update (vendor notice)
A(R("fr-neg-sio-politique", "fr", [], "Systeme.io <news@systeme.io>",
    "Mise à jour de nos conditions et de notre politique de confidentialité",
    """Bonjour,

Nous mettons à jour nos Conditions générales et notre Politique de confidentialité, qui entreront en
vigueur le 1er juillet 2025. Ces changements concernent notamment le traitement de vos données et
de celles de vos contacts, les sous-traitants ultérieurs et vos droits au titre du RGPD (accès,
rectification, effacement, portabilité).

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io, vous acceptez ces
nouvelles conditions.

L'équipe Systeme.io""", fmt="alt", headers=[("List-Unsubscribe", "<mailto:unsubscribe@systeme.io>")]))

# P: Stripe payout
A(R("fr-neg-stripe-virement", "fr", [], "Stripe <notifications@stripe.com>",
    "Votre virement de 842,50 € est en route",
    """Bonjour,

Un virement de 842,50 € a été initié vers votre compte bancaire se terminant par 4471. Il devrait
arriver d'ici 2 jours ouvrés.

Consulter le détail du virement dans le Dashboard.

Stripe""", fmt="alt"))

# P: Stripe dispute
A(R("fr-neg-stripe-litige", "fr", [], "Stripe <notifications@stripe.com>",
    "Action requise : un paiement a été contesté",
    """Un client a contesté un paiement de 60,00 € (séance individuelle). Motif : « non reconnu ».
Vous avez jusqu'au 14 mai 2025 pour soumettre des preuves. Les données du client et le reçu sont
disponibles dans votre Dashboard.""", fmt="html"))

# P: Google security alert
A(R("fr-neg-google-alerte", "fr", [], "Google <no-reply@accounts.google.com>",
    "Alerte de sécurité",
    """Nouvelle connexion sur Windows

sandra.floraison@gmail.com
Nous avons détecté une nouvelle connexion à votre compte Google. Si c'était vous, vous n'avez rien à
faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte
et aux services Google que vous utilisez.""", fmt="alt", to="sandra.floraison@gmail.com"))

# P: Google Drive storage
A(R("fr-neg-google-drive", "fr", [], "Google Drive <drive-noreply@google.com>",
    "Votre espace de stockage est presque plein",
    """Vous avez utilisé 94 % de votre espace de stockage Google. Lorsqu'il sera plein, vous ne
pourrez plus importer de fichiers dans Drive ni envoyer d'e-mails. Supprimez des fichiers ou
passez à Google One.""", fmt="html"))

# P: Drive share notification by a client (document shared)
A(R("fr-neg-drive-partage", "fr", [], "Camille Roux (via Google Drive) <drive-shares-dm-noreply@google.com>",
    "Document partagé avec vous : « Mes intentions 2025 »",
    """Camille Roux a partagé un document avec vous.

« Mes intentions 2025 »
Voilà mes intentions comme promis ! Tu peux commenter directement.

Ouvrir""", fmt="html", reply_to="Camille Roux <camille.roux.33@gmail.com>"))

# P: Zoom recording available
A(R("fr-neg-zoom-enregistrement", "fr", [], "Zoom <no-reply@zoom.us>",
    "L'enregistrement dans le cloud est disponible",
    """Bonjour Sandra,

L'enregistrement dans le cloud de votre réunion « Webinaire – Poser ses limites » est maintenant
disponible. Partagez ce lien avec les spectateurs. Cet enregistrement sera supprimé automatiquement
dans 30 jours.

L'équipe Zoom""", fmt="alt"))

# P: Calendly cancellation
A(R("fr-neg-calendly-annule", "fr", [], "Calendly <notifications@calendly.com>",
    "Annulé : Juliette Caron – Séance découverte 30 min",
    """Bonjour Sandra,

L'événement ci-dessous a été annulé.

Nom de l'invité : Juliette Caron
Email : juliette.caron@gmail.com
Type d'événement : Séance découverte 30 min
Motif d'annulation : « Je dois supprimer ce créneau, désolée, je reprends un rdv la semaine
prochaine »""", fmt="html"))

# P: Calendly new event
A(R("fr-neg-calendly-nouveau", "fr", [], "Calendly <notifications@calendly.com>",
    "Nouvel événement : Hugo Bertin – Séance individuelle",
    """Nouvel événement planifié.

Invité : Hugo Bertin
Date : mardi 16 septembre 2025, 18:00 (Europe/Paris)
Questions : « Quel est votre besoin ? » → Reprendre confiance après un licenciement.""", fmt="alt",
    att=["invite.ics"]))

# P: bank
A(R("fr-neg-banque", "fr", [], "Crédit Agricole Centre Loire <ne-pas-repondre@ca-centreloire.fr>",
    "Votre relevé de compte est disponible",
    """Madame DELOMENIE,

Votre relevé de compte professionnel du mois de juin est disponible dans votre espace client.
Pour protéger vos données, nous ne vous demanderons jamais vos codes par e-mail.

Crédit Agricole Centre Loire""", fmt="html"))

# P: Orange facture
A(R("fr-neg-orange", "fr", [], "Orange <facture@orange.fr>",
    "Votre facture Orange est disponible",
    """Bonjour,
Votre facture internet du mois de février d'un montant de 42,99 € est disponible dans votre Espace
Client. Conformément au RGPD, vous pouvez gérer vos préférences de communication depuis votre espace.""",
    fmt="alt"))

# P: auto-reply of a client
A(R("fr-neg-absence", "fr", [], "Jérôme Blanchard <jerome.blanchard@gmail.com>",
    "Réponse automatique : Votre séance de mardi",
    """Bonjour,

Je suis absent jusqu'au 25 août inclus, avec un accès limité à mes mails. Pour toute urgence,
contactez le 06 xx xx xx xx.

Jérôme""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]))

# P: auto-reply mentioning RGPD/data
A(R("fr-neg-absence-rgpd", "fr", [], "Service RH – Mairie d'Issoudun <rh@ville-issoudun.fr>",
    "Absence du service / Réponse automatique",
    """Bonjour,

Le service des ressources humaines est fermé du 28 juillet au 15 août. Votre message sera traité à
notre retour.

Pour toute demande relative à vos données personnelles (droit d'accès, de rectification ou
d'effacement), merci d'écrire à dpo@ville-issoudun.fr.

Cordialement""", headers=[("Auto-Submitted", "auto-replied")]))

# P: bounce (multipart/report)
A(R("fr-neg-bounce", "fr", [], "Mail Delivery System <MAILER-DAEMON@orange.fr>", "", "", raw="""From: Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>
To: sandra.delomenie@orange.fr
Subject: =?utf-8?q?Non_remis_=3A_Suite_=C3=A0_votre_demande_de_suppression?=
Date: {date}
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_b20_bounce_1"

--=_b20_bounce_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<malik.haddad@outlook.fr> : boîte aux lettres pleine (552 5.2.2)

--=_b20_bounce_1
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.orange.fr
Arrival-Date: {date}

Final-Recipient: rfc822; malik.haddad@outlook.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--=_b20_bounce_1
Content-Type: text/rfc822-headers

From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: Malik Haddad <malik.haddad@outlook.fr>
Subject: =?utf-8?q?Suite_=C3=A0_votre_demande_de_suppression?=

--=_b20_bounce_1--
"""))

# P: phishing RGPD compliance
A(R("fr-neg-phishing-rgpd", "fr", [], "Service Conformité RGPD <conformite@rgpd-controle-france.info>",
    "URGENT : Votre entreprise n'est pas en conformité RGPD – Amende jusqu'à 20 000 000 €",
    """Madame, Monsieur,

Suite à un contrôle automatisé, votre site floraisondesoi.fr présente 7 manquements au Règlement
Général sur la Protection des Données. Vous disposez de 72 heures pour régulariser votre situation
en complétant votre déclaration de conformité.

→ Régulariser ma situation : http://rgpd-controle-france.info/dossier?id=88213

Sans réponse de votre part, votre dossier sera transmis à la CNIL.

Service de mise en conformité""", fmt="html"))

# P: spam audit RGPD
A(R("fr-neg-spam-audit", "fr", [], "Kevin de DataConform <kevin@dataconform-pro.fr>",
    "Sandra, vos clients peuvent-ils supprimer leurs données facilement ?",
    """Bonjour Sandra,

Avec l'explosion des demandes d'accès et d'effacement, les indépendants sont de plus en plus exposés.
Notre audit RGPD express (149 € HT) vous permet d'être en règle en 48 h : registre, politique de
confidentialité, bannière cookies.

Un créneau de 15 min cette semaine ?

Kevin – DataConform
Pour ne plus recevoir nos emails, répondez STOP.""", headers=[("List-Unsubscribe", "<mailto:stop@dataconform-pro.fr>")]))

# P: client forwards a suspicious mail asking if legit
A(R("fr-neg-fwd-arnaque", "fr", [], "Bernadette Gomez <bernadette.gomez@orange.fr>",
    "TR: Vérification de vos données",
    """Bonjour Sandra,
J'ai reçu ça, c'est de vous ? Ils me demandent de confirmer mes données bancaires pour la formation.
Je n'ai rien cliqué.
Bernadette""" + outlook_fr("vendredi 14 novembre 2025 08:12", "Vérification de vos données",
    "Cher client,\nVos données de paiement Floraison de Soi doivent être mises à jour. Cliquez ici pour confirmer vos informations sous 24h.",
    to="bernadette.gomez@orange.fr", name="Floraison Paiement", addr="secure@floraison-paiement.co")))

# P: WhatsApp group: leaving the group herself
A(R("fr-neg-whatsapp-quitte", "fr", [], "Léonie Caillaud <leonie.caillaud@gmail.com>",
    "Groupe WhatsApp",
    """Coucou Sandra, j'ai quitté le groupe WhatsApp de la promo car j'ai trop de notifs, mais je
continue la formation hein ! Tu peux me transmettre les infos importantes par mail ? Merci 🌼"""))

# P: wrong attachment sent by mistake
# NEAR-LINE: "supprimez le fichier envoyé par erreur" concerns a mis-sent document, not an erasure of her data held by Sandra -> negative.
A(R("fr-neg-mauvais-fichier", "fr", [], "Pascale Ory <pascale.ory@wanadoo.fr>",
    "Re: votre questionnaire",
    """Oups, je me suis trompée de pièce jointe, c'était le devis du plombier 🙈 Vous pouvez
supprimer le fichier précédent, voici le bon questionnaire.
Pascale""", att=["questionnaire_initial_Ory.pdf"], irt=True))

# P: partner organization asks for attendee info
A(R("fr-neg-mediatheque", "fr", [], "Médiathèque Albert-Camus <mediatheque@ville-issoudun.fr>",
    "Conférence du 12 avril – bilan",
    """Bonjour Madame Delomenie,

Merci encore pour votre conférence. Pour notre bilan annuel, pourriez-vous nous transmettre le nombre
de participants et, si vous l'avez, une copie de la feuille d'émargement ? Nous n'avons pas besoin
des coordonnées, uniquement des noms.

Bien cordialement,
L'équipe de la médiathèque"""))

# P: trainee asks Sandra to review her own privacy policy
A(R("fr-neg-stagiaire-politique", "fr", [], "Mélissa Garcia <melissa.garcia.coach@gmail.com>",
    "Ma politique de confidentialité",
    """Bonjour Sandra,

Dans le cadre du module « Installer son activité », j'ai rédigé ma politique de confidentialité.
Pourrais-tu la relire ? Je ne sais pas trop comment formuler la partie sur le droit d'opposition et
le retrait du consentement.

Merci !
Mélissa""", att=["politique_confidentialite_MGarcia_v2.docx"]))

# P: client asks about the consent form for health data before signing
A(R("fr-neg-consentement-question", "fr", [], "Julien Moulin <julien.moulin@gmail.com>",
    "Formulaire de consentement",
    """Bonjour,

Dans le contrat il y a une case « consentement à la collecte de données de santé ». Est-ce
obligatoire pour faire le coaching ? Et si je coche, est-ce que je pourrai revenir dessus plus
tard ?

Merci, Julien"""))

# P: Sandra sends to accountant
A(R("fr-neg-sandra-comptable", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
    "Factures T2 + export Stripe",
    """Bonjour Philippe,

Comme chaque trimestre, voici l'export Stripe et les factures du T2. J'ai retiré les colonnes avec les
adresses des clients, elles ne te servent pas.

Bonne journée,
Sandra""", to="Cabinet Lefèvre Expertise <philippe@lefevre-expertise.fr>", att=["export_stripe_T2_2025.csv", "factures_T2.pdf"]))

# P: Client gives feedback via reply, talks about "mes données" in another sense
A(R("fr-neg-donnees-sommeil", "fr", [], "Stéphanie Brun <stephanie.brun@gmail.com>",
    "mes données de sommeil",
    """Bonjour Sandra,
Comme tu m'avais demandé, j'ai noté mes données de sommeil de la semaine (montre connectée) : en
moyenne 5h40, réveils vers 3h. Je te mets la capture. On en parle mardi ?
Stéph""", att=["Screenshot_20251003-071244.png"]))

# P: request about a workshop slot deletion (Calendly) from client
A(R("fr-neg-effacer-creneau", "fr", [], "Yasmine Belkacem <yasmine.belkacem@gmail.com>",
    "créneau en double",
    """Bonjour, je crois que je me suis inscrite deux fois sur Calendly pour le 23. Vous pouvez effacer
un des deux créneaux ? Merci ! Yasmine"""))

# P: Facebook notification
A(R("fr-neg-facebook", "fr", [], "Facebook <notification@facebookmail.com>",
    "Nouvelle demande d'adhésion au groupe « Les Floraisons – Promo 2025 »",
    """Mélanie Renard a demandé à rejoindre votre groupe. Répondez aux questions d'adhésion et approuvez
la demande.""", fmt="html"))

# P: Legal newsletter (Urssaf / CCI) on RGPD
A(R("fr-neg-cci-nl", "fr", [], "CCI Indre <newsletter@indre.cci.fr>",
    "Webinaire : RGPD, êtes-vous prêt pour les demandes d'effacement ?",
    """L'actu des entreprises de l'Indre

Webinaire gratuit jeudi 20 mars 11h : « RGPD pour les TPE : gérer les demandes d'accès, de
rectification et d'effacement de vos clients ». Inscription obligatoire.

Se désinscrire de cette lettre : https://indre.cci.fr/unsubscribe""", fmt="alt",
    headers=[("List-Unsubscribe", "<https://indre.cci.fr/unsubscribe?u=3381>"), ("Precedence", "bulk")]))

# P: Client Hugo asks about slides copy (course material)
A(R("fr-neg-copie-support", "fr", [], "Nathan Leroy <nathan.leroy@gmail.com>",
    "support de la formation",
    """Bonjour Sandra, est-ce que je pourrais avoir une copie du support de la journée de samedi (le
PDF avec les schémas) ? Je n'arrive pas à l'exporter depuis la plateforme. Merci ! Nathan"""))

# P: a sister asks to update sister's phone (living adult)
A(R("fr-neg-soeur-telephone", "fr", [], "Marion Texier <marion.texier@gmail.com>",
    "pour ma sœur Muriel",
    """Bonjour, ma sœur Muriel Texier est hospitalisée quelques semaines. Pouvez-vous me donner les
dates de ses prochaines séances et me dire ce qu'elle a payé ? Je gère ses papiers en ce moment.
Marion"""))

# P: Workshop rescheduling from Sandra to group (own sent)
A(R("fr-neg-sandra-report", "fr", [], "Floraison de Soi <contact@floraisondesoi.fr>",
    "Report de l'atelier du 8 février",
    """Bonjour à toutes,

En raison de la neige annoncée, l'atelier du samedi 8 février est reporté au samedi 15. Si la
nouvelle date ne vous convient pas, dites-le-moi et je vous rembourse ou je supprime votre
inscription, comme vous préférez.

Belle semaine,
Sandra""", to="Floraison de Soi <contact@floraisondesoi.fr>"))

# P: Chat transcript notification, Zoom
A(R("fr-neg-zoom-facture", "fr", [], "Zoom <billing@zoom.us>",
    "Votre facture Zoom",
    """Merci pour votre paiement. Facture n° INV-2025-118273, montant 15,99 €. Consultez vos
informations de facturation et modifiez vos moyens de paiement dans votre profil.""", fmt="html"))

# P: LinkedIn
A(R("fr-neg-linkedin", "fr", [], "LinkedIn <messages-noreply@linkedin.com>",
    "Camille Roux vous a envoyé un message",
    """Camille : « Coucou Sandra, je peux te recommander sur LinkedIn ? J'ai adoré l'accompagnement ! »
Répondre""", fmt="html"))

# P: Thank you, above a quoted unsubscribe confirmation from Sandra
A(R("fr-neg-merci-desinscription", "fr", [], "Gérard Bouvier <gerard.bouvier@wanadoo.fr>",
    "Re: Désinscription",
    """Merci Madame, c'est parfait.
G. Bouvier""" + apple_fr("4 févr. 2025 à 09:15", """Bonjour Monsieur Bouvier,
C'est fait, vous ne recevrez plus la lettre d'information.
Bien cordialement,
Sandra
> Merci de me désinscrire de votre lettre d'information."""), irt=True))

# P: Someone asks Sandra to correct a typo in an article she wrote (not personal data)
A(R("fr-neg-corriger-article", "fr", [], "Francis Leduc <francis.leduc@gmail.com>",
    "Coquille sur votre site",
    """Bonjour, petite remarque bienveillante : dans votre article « 5 clés pour oser dire non », il y a
une coquille dans le 3e paragraphe (« ils s'est »). Vous pouvez corriger si vous voulez ! Francis"""))

# P: Client asks whether she kept questionnaire because she lost it -> "envoyer copie de mon questionnaire"? that's access. Avoid. Instead: she sends a new photo to be used for testimonial (grant consent)
A(R("fr-neg-donne-accord", "fr", [], "Ophélie Renaud <ophelie.renaud@gmail.com>",
    "Témoignage 🌸",
    """Coucou Sandra !
Voilà mon petit témoignage comme promis, et une photo. Je te donne mon accord pour le publier sur ton
site et sur Insta, avec mon prénom seulement.
Des bisous,
Ophélie""", att=["IMG_4471.jpg"]))

# P: Client wants to get back into account (access to space)
A(R("fr-neg-acceder-replay", "fr", [], "Gisèle Pottier <gisele.pottier@orange.fr>",
    "pas accès au replay",
    """Bonjour Madame, je n'ai pas accès au replay du webinaire, le lien me dit « accès refusé ».
Pouvez-vous me donner l'accès ? Merci. Gisèle Pottier""" + IPHONE_FR))

# P: relative asks to cancel registration for adult son
A(R("fr-neg-mere-fils-adulte", "fr", [], "Dominique Lenoir <dominique.lenoir@laposte.net>",
    "Mon fils Adrien",
    """Bonjour,
Mon fils Adrien (27 ans) s'est inscrit à votre programme en ligne. Je trouve que ce n'est pas
sérieux et je voudrais que vous supprimiez son inscription et tout ce que vous avez sur lui.
Mme Lenoir"""))

# P: Client's company HR asks for attendance data of employee
A(R("fr-neg-rh-employeur", "fr", [], "RH – Transports Berry Express <rh@berry-express.fr>",
    "Formation de M. Pierre Lemaire",
    """Madame,

Dans le cadre du financement OPCO, pouvons-nous avoir une copie des feuilles d'émargement et de
l'évaluation de M. Pierre Lemaire ? Merci de nous indiquer également ses absences éventuelles.

Service RH""", fmt="alt"))

# P: Newsletter of another coach with List-Unsubscribe containing "désinscrire"
A(R("fr-neg-nl-autre", "fr", [], "Les Ateliers de Margaux <margaux@ateliers-margaux.fr>",
    "✨ Retraite de printemps : dernières places",
    """Bonjour Sandra,

Plus que 3 places pour la retraite de printemps en Sologne ! Yoga, écriture, marche consciente.

Vous pouvez modifier vos préférences ou vous désinscrire à tout moment.""", fmt="alt",
    headers=[("List-Unsubscribe", "<https://ateliers-margaux.fr/unsub?id=771>"), ("Precedence", "bulk")]))

# P: Qualiopi auditor asks about RGPD procedure (question about how, not a request)
A(R("fr-neg-qualiopi", "fr", [], "Audit Qualiopi – Certif Centre <audit@certif-centre.fr>",
    "Préparation audit de surveillance",
    """Madame Delomenie,

En vue de l'audit de surveillance du 3 juin, merci de préparer les éléments suivants : procédure de
traitement des réclamations, registre des traitements RGPD, modalités d'exercice des droits d'accès
et d'effacement par les stagiaires.

Cordialement,
L'auditrice""", fmt="alt"))

# P: Client sends CV corrected version
A(R("fr-neg-cv-corrige", "fr", [], "Hélène Garnier <helene.garnier@ac-orleans-tours.fr>",
    "CV corrigé",
    """Bonjour Sandra,
Voici mon CV modifié suite à nos échanges : j'ai corrigé les dates et retiré la ligne sur le BAFA.
Tu me diras si c'est mieux ?
Hélène""", att=["CV_Helene_Garnier_v3.pdf"]))

# P: A client says she'll delete the app herself
A(R("fr-neg-supprime-appli", "fr", [], "Inès Ferrand <ines.ferrand@gmail.com>",
    "appli méditation",
    """Coucou Sandra, j'ai supprimé l'appli de méditation que tu m'avais conseillée, trop de pubs ! Tu en
as une autre à me proposer ? Bisous"""))

# P: Sandra's reply asking ID before processing (own sent)
A(R("fr-neg-sandra-justificatif", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
    "Re: Demande d'accès (art. 15 RGPD)",
    """Bonjour Monsieur Marchetti,

J'ai bien reçu votre demande d'accès et je la traite. Je reviens vers vous avec l'ensemble des
éléments sous un mois.

Bien cordialement,
""" + SIG_S, to="Kévin Marchetti <k.marchetti.dev@gmail.com>", irt=True, irt_dom="gmail.com"))

# P: Webinar inscription confirmation (Systeme.io) with unsub link
A(R("fr-neg-sio-confirm", "fr", [], "Floraison de Soi <no-reply@systeme.io>",
    "Votre inscription au webinaire est confirmée",
    """Bonjour Sandra,

Votre inscription au webinaire « Poser ses limites sans culpabiliser » est confirmée (test
d'inscription).

Se désinscrire | Modifier mes informations""", fmt="html", headers=[("List-Unsubscribe", "<https://systeme.io/unsubscribe/abc>")]))

# P: Client asks to remove the tag "burn-out" from group introductions? -> a note in a group doc. hmm skip. Payment question.
A(R("fr-neg-paiement-plusieurs-fois", "fr", [], "Florian Marchand <florian.marchand@gmail.com>",
    "paiement en plusieurs fois",
    """Bonjour, est-il possible de payer la formation en 3 fois ? Et est-ce que mes coordonnées
bancaires restent enregistrées sur Stripe après ? Merci, Florian"""))

# NEAR-LINE: the mail only asks whether her data is safe after the Systeme.io incident news; no request to see or delete -> negative.
A(R("fr-neg-inquietude-fuite", "fr", [], "Josette Lebrun <josette.lebrun@orange.fr>",
    "fuite de données ?",
    """Bonjour Sandra,
J'ai lu dans le journal qu'une plateforme de formation en ligne avait eu une fuite de données. Est-ce
que c'est celle que vous utilisez ? Est-ce que nos informations sont en sécurité ?
Josette"""))

# P: Sandra forwards an erasure request to her assistant (own sent, fwd) 
A(R("fr-neg-sandra-fwd-assistante", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
    "Fwd: Suppression",
    """Coucou Aurore,
Peux-tu supprimer Julie Perrin de Systeme.io et du Drive stp ? Je m'occupe de lui répondre.
Merci !
Sandra""" + fwd_fr("ven. 21 mars 2025 à 14:02", "supprimer mon compte et mes données",
    "Merci de supprimer mon compte sur la plateforme de formation ainsi que toutes mes données personnelles.\nJulie Perrin",
    "Julie Perrin", "julieperrin@yahoo.fr"), to="Aurore Mallet <aurore.assistante@gmail.com>"))

# P: Client cancels coaching contract
A(R("fr-neg-fin-contrat", "fr", [], "Thierry Vallet <thierry.vallet@sfr.fr>",
    "arrêt accompagnement",
    """Bonjour Sandra,
Je préfère arrêter l'accompagnement après la 4e séance, pour des raisons financières. Merci de ne
pas me facturer les deux dernières comme convenu dans le contrat (résiliation avec préavis).
Thierry"""))

# P: Client wants to join newsletter / gives consent
A(R("fr-neg-inscription-nl", "fr", [], "Zoé Laurent <zoe.laurent@gmail.com>",
    "Newsletter",
    """Bonjour ! Je vous ai rencontrée au salon bien-être, vous pouvez m'ajouter à votre newsletter ?
J'accepte de recevoir vos mails 😊 Zoé"""))

# P: Doctolib-like / mutuelle asks certificate - no. Use URSSAF
A(R("fr-neg-urssaf", "fr", [], "Urssaf <ne-pas-repondre@urssaf.fr>",
    "Un nouveau message dans votre espace",
    """Madame DELOMENIE Sandra,
Un nouveau document est disponible dans votre espace personnel : attestation de vigilance.
Pour y accéder, connectez-vous à urssaf.fr.""", fmt="html"))

# P: Message from client about daughter's data at school (not Sandra's)
A(R("fr-neg-ecole-photo", "fr", [], "Karine Leblanc <karine.leblanc@sfr.fr>",
    "besoin d'un conseil",
    """Bonjour Sandra,
Petite question hors séance : l'école de Lucas a publié une photo de sa classe sur Facebook sans nous
demander. Je veux leur demander de la retirer mais je ne sais pas comment formuler sans être
agressive. Tu aurais une piste ?
Karine"""))

# P: Someone from the Facebook group asks Sandra to delete a post from another member (about another adult)
A(R("fr-neg-post-groupe", "fr", [], "Véronique Blanc <veronique.blanc@gmail.com>",
    "Message dans le groupe",
    """Bonjour Sandra,
Dans le groupe Facebook de la promo, Nadine a publié un message où elle parle de la maladie de son
mari avec son nom. Je trouve ça gênant pour lui. Tu pourrais lui en parler ?
Véronique"""))

# P: Client sends accounting info update of her own company (no personal data right) - changes Sandra's supplier record? Negative: asks to modify quote.
A(R("fr-neg-modifier-devis", "fr", [], "Delphine Aubry <d.aubry@atelier-aubry.fr>",
    "Modification du devis",
    """Bonjour,
Pourriez-vous modifier le devis pour l'atelier d'équipe : 8 participants au lieu de 10, et ajouter
la mention « prise en charge OPCO » ? Merci.
Delphine Aubry""", fmt="alt"))

# P: Reminder from Sandra to client (own sent)
A(R("fr-neg-sandra-rappel", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
    "Rappel : séance demain 10h",
    """Bonjour Nadia,
Petit rappel pour notre séance de demain 10h en visio. Le lien reste le même.
À demain,
Sandra""", to="nadia b <nadiab.1984@hotmail.fr>"))

# P: Canva / tool notifications
A(R("fr-neg-canva", "fr", [], "Canva <no-reply@canva.com>",
    "Votre design a été partagé",
    """Aurore Mallet a partagé le design « Flyer atelier confiance » avec vous. Vous pouvez modifier ce
design.""", fmt="html"))

# P: Helloasso/ cercle payment receipt
A(R("fr-neg-paypal", "fr", [], "PayPal <service@paypal.fr>",
    "Vous avez reçu un paiement",
    """Bonjour Sandra Delomenie,
Vous avez reçu un paiement de 35,00 EUR de Claudine Arnaud.
Note : « cercle de femmes de mai »
Consultez les détails de la transaction dans votre compte.""", fmt="alt"))

# NEAR-LINE: asks her to delete a message she posted in the WhatsApp group herself because it had a typo — operational help, not a data-subject right exercised about data Sandra holds.
A(R("fr-neg-whatsapp-message", "fr", [], "Gaëlle Simon <gaelle.simon@orange.fr>",
    "oups",
    """Sandra, tu es admin du groupe WhatsApp : je ne sais pas comment supprimer mon message de ce matin
pour tout le monde (j'ai envoyé la liste de courses 😂). Tu peux le faire ? Merci"""))

# P: cliente request to send certificate copy for CPF -> business doc
A(R("fr-neg-attestation", "fr", [], "Kelly Marchal <kelly.marchal@gmail.com>",
    "attestation de fin de formation",
    """Bonjour, pourriez-vous m'envoyer mon attestation de fin de formation ? Mon conseiller France
Travail me la demande. Merci beaucoup ! Kelly"""))

# P: base64 HTML spam "votre site", other vendor
A(R("fr-neg-spam-seo", "fr", [], "Julie – Agence Web Boost <julie@webboost-agence.com>",
    "Floraison de Soi : votre site perd des clients",
    """Bonjour,

J'ai analysé floraisondesoi.fr : bannière cookies non conforme, formulaire sans case de
consentement, pas de page mentions légales visible. Nous pouvons corriger ces points en une
semaine.

Répondez « OUI » pour recevoir le devis.""", fmt="html", cte="base64"))

# P: forward of a client's quoted erasure request by Sandra to herself as note
A(R("fr-neg-sandra-note-perso", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
    "à faire",
    """Note pour moi : vérifier la durée de conservation des questionnaires (3 ans) et supprimer ceux de
2021. Penser aussi à mettre à jour le registre.""", to="Sandra Delomenie <sandra.delomenie@orange.fr>"))

# P: Client thanks for correction above quoted rectification
A(R("fr-neg-merci-correction", "fr", [], "Lüsie Carpentier <lusie.carpentier@gmail.com>",
    "Re: mon prénom 🙃",
    """Merciii c'est parfait, et l'attestation est nickel ! 🥰""" + gmail_fr("jeu. 9 oct. 2025 à 14:20",
    """Coucou Lüsie, c'est corrigé partout, désolée ! Je te renvoie l'attestation.
Sandra

> Mon prénom s'écrit Lüsie (avec le tréma). Tu peux corriger dans ton fichier stp ?"""), irt=True))
