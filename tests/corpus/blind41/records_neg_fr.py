# -*- coding: utf-8 -*-
"""French-language negatives (not a data-subject request to Sandra)."""
from _rec import R, SANDRA

NL = {"Precedence": "bulk"}

RECORDS = [

# ------------------------------------------------------------------ trigger words, ordinary business
R("fr-neg-supprimer-creneau", "fr", [],
  "Agathe Poirier <agathe.poirier@gmail.com>",
  "Séance de jeudi",
  """\
Bonjour Sandra,

Pouvez-vous supprimer mon créneau de jeudi 14h ? J'ai un rendez-vous médical qui
tombe en même temps. Je reprendrai un créneau la semaine suivante via Calendly.

Merci et désolée pour le contretemps,
Agathe
"""),

R("fr-neg-effacer-tableau-schema", "fr", [],
  "Damien Huguet <damien.huguet@orange.fr>",
  "Schéma de l'atelier",
  """\
Bonjour,

Samedi vous avez effacé le tableau avant que j'aie pu prendre en photo le schéma des
« quatre accords » avec les flèches. Auriez-vous une copie du schéma, ou pourriez-vous
le mettre dans le dossier partagé ?

Merci !
Damien
"""),

R("fr-neg-donnees-exercice-roue", "fr", [],
  "Hélène Jacquet <helene.jacquet@free.fr>",
  "Roue de la vie - question",
  """\
Bonjour Sandra,

Je reprends l'exercice de la roue de la vie. Je ne comprends pas bien comment
utiliser les données de l'exercice : je dois faire la moyenne des huit domaines ou
regarder seulement les écarts ? J'ai mis 3 en « finances » et 8 en « amis », ça me
paraît énorme comme écart.

Merci pour votre éclairage,
Hélène
"""),

R("fr-neg-acces-salle-code", "fr", [],
  "Maud Thibault <maud.thibault@gmail.com>",
  "Accès à la salle samedi",
  """\
Bonjour,

Comment accède-t-on à la salle pour l'atelier de samedi ? Il y a un code au portail
ou il faut sonner ? Et y a-t-il un parking à proximité ?

Merci,
Maud
"""),

R("fr-neg-copie-facture-mutuelle", "fr", [],
  "Gilles Perret <gilles.perret@sfr.fr>",
  "Copie de facture",
  """\
Bonjour Madame Delomenie,

Pourriez-vous m'envoyer une copie de la facture du mois de mars ? Mon comité
d'entreprise rembourse une partie des séances et je ne retrouve plus l'original.

Bien cordialement,
Gilles Perret
"""),

R("fr-neg-export-agenda-ics", "fr", [],
  "Clara Benoît <clara.benoit@outlook.fr>",
  "Dates des ateliers dans mon agenda",
  """\
Bonjour,

Est-il possible d'exporter l'agenda des ateliers du trimestre pour que je l'importe
dans mon Google Agenda ? Un fichier .ics ou un lien d'abonnement serait parfait.

Merci beaucoup,
Clara
"""),

R("fr-neg-modifier-horaire", "fr", [],
  "Romain Lecomte <romain.lecomte@gmail.com>",
  "Re: Séance mardi",
  """\
Bonjour Sandra,

Peut-on modifier l'horaire de notre séance de mardi ? 18h au lieu de 17h, si c'est
possible pour vous. Sinon je m'arrangerai.

Romain

Le ven. 7 mars 2025 à 10:03, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
> Bonjour Romain, je vous confirme notre séance mardi 11 mars à 17h en visio.
> Le lien Zoom reste le même. Belle fin de semaine, Sandra
""",
  reply=True),

R("fr-neg-corriger-cv", "fr", [],
  "Inès Garnier <ines.garnier@gmail.com>",
  "Mon CV pour la séance",
  """\
Bonjour Sandra,

Comme convenu je vous envoie mon CV. Pourriez-vous le corriger / l'annoter avant
notre séance de vendredi ? Surtout la partie « compétences », je ne sais pas comment
valoriser mes années de bénévolat.

Merci !
Inès
""",
  att=[("docx", "CV_Ines_Garnier_2025.docx", "Ines GARNIER\nChargee de projet evenementiel\nCompetences : organisation, coordination de benevoles, budget")]),

R("fr-neg-associe-s-oppose", "fr", [],
  "Frédéric Moulin <frederic.moulin@moulin-menuiserie.fr>",
  "Pour notre prochaine séance",
  """\
Bonjour Sandra,

Un sujet pour jeudi : mon associé s'oppose à ce que je prenne trois semaines de congés
cet été, alors que je n'en ai pas pris depuis 2019. J'aimerais qu'on travaille sur la
manière d'aborder la discussion sans que ça tourne au conflit.

À jeudi,
Frédéric
"""),

R("fr-neg-retirer-inscription-atelier", "fr", [],
  "Sandrine Collet <sandrine.collet@laposte.net>",
  "Atelier du 5 avril",
  """\
Bonjour,

Je souhaite retirer mon inscription à l'atelier du 5 avril, je ne serai finalement pas
disponible. Est-ce que l'acompte peut être reporté sur l'atelier de mai ?

Sandrine Collet
"""),

R("fr-neg-atelier-consentement-ados", "fr", [],
  "Valérie Henry <valerie.henry@ac-orleans-tours.fr>",
  "Atelier « Consentement et limites » - public collégien",
  """\
Madame,

Infirmière scolaire au collège Les Capucins, j'ai vu passer le programme de votre
atelier « Consentement et limites ». Serait-il adaptable à des élèves de 4e, sur deux
heures, dans le cadre de l'éducation à la vie affective ? Pourriez-vous m'indiquer vos
conditions et tarifs ?

Bien cordialement,
Valérie Henry
Infirmière scolaire
"""),

R("fr-neg-module-rgpd-formation", "fr", [],
  "Yann Le Bihan <yann.lebihan@gmail.com>",
  "Formation « Lancer son activité »",
  """\
Bonjour,

Dans votre formation « Lancer son activité d'indépendant », y a-t-il un module sur le
RGPD et les mentions obligatoires du site ? Je me lance comme naturopathe et je suis
un peu perdu sur ces questions. Si oui, je m'inscris à la session de septembre.

Yann
"""),

R("fr-neg-annulation-atelier-maladie", "fr", [],
  "Christiane Morel <christiane.morel@wanadoo.fr>",
  "Annulation",
  """\
Bonjour Sandra,

Je dois malheureusement annuler ma participation à l'atelier de dimanche : grippe
carabinée. Je suis désolée. Tenez-moi au courant des prochaines dates.

Christiane
"""),

R("fr-neg-resiliation-abonnement-cercle", "fr", [],
  "Ludovic Chevalier <ludovic.chevalier@gmail.com>",
  "Résiliation abonnement Cercle Floraison",
  """\
Bonjour,

Je souhaite résilier mon abonnement mensuel au Cercle Floraison à compter du mois
prochain. Merci de stopper le prélèvement Stripe.

Cordialement,
Ludovic Chevalier
"""),

# NEAR-LINE: withdrawal from a contract (droit de rétractation) is a cancellation, not a GDPR right.
R("fr-neg-retractation-contrat-coaching", "fr", [],
  "Mélanie Fabre <melanie.fabre@gmail.com>",
  "Rétractation - contrat d'accompagnement",
  """\
Madame,

Conformément aux articles L.221-18 et suivants du Code de la consommation, je vous
notifie ma rétractation du contrat d'accompagnement de 10 séances signé en ligne le
4 novembre. Je vous remercie de procéder au remboursement de l'acompte de 300 €
dans le délai légal de 14 jours.

Mélanie Fabre
"""),

R("fr-neg-mdp-oublie", "fr", [],
  "Joëlle Besnard <joelle.besnard@orange.fr>",
  "mot de passe",
  """\
Bonjour, j'ai oublié mon mot de passe pour la plateforme des cours et le lien
« mot de passe oublié » ne m'envoie rien. Pouvez-vous m'aider ? Merci. Joëlle
"""),

R("fr-neg-acces-espace-membre", "fr", [],
  "Thierry Bouvier <thierry.bouvier@free.fr>",
  "Impossible d'accéder à mon espace",
  """\
Bonjour,

Je n'arrive pas à accéder à mon espace membre depuis hier : la page tourne dans le
vide après la connexion. J'ai essayé sur Chrome et Firefox. Pouvez-vous regarder ?

Thierry
""",
  att=[("png", "capture_erreur_connexion.png")]),

# NEAR-LINE: "fermer mon compte" with no data mentioned -> negative.
R("fr-neg-fermer-compte-seul", "fr", [],
  "Aline Guillot <aline.guillot@gmail.com>",
  "Compte plateforme",
  """\
Bonjour,
Pouvez-vous fermer mon compte sur la plateforme de cours ? J'ai terminé le
programme. Merci pour tout !
Aline
"""),

# NEAR-LINE: a question about how erasure works, nothing requested -> negative.
R("fr-neg-question-effacement-attestations", "fr", [],
  "Serge Picard <serge.picard@laposte.net>",
  "Question RGPD",
  """\
Bonjour,

Une question de principe : si un jour je vous demandais de supprimer mes données,
est-ce que je perdrais l'accès à mes attestations de formation ? Et combien de temps
auriez-vous pour le faire ? Je ne vous le demande pas, je veux juste savoir comment
ça marche avant de m'inscrire à la suite.

Serge Picard
"""),

# NEAR-LINE: asks how long notes are kept, in general -> question, negative.
R("fr-neg-question-duree-conservation", "fr", [],
  "Armelle Dupont <armelle.dupont@gmail.com>",
  "Confidentialité des séances",
  """\
Bonjour Sandra,

Avant de commencer l'accompagnement, j'aimerais savoir combien de temps vous gardez
les notes de séance en général, et si elles sont stockées sur votre ordinateur ou
dans un cloud. C'est important pour moi vu mon métier (je suis gendarme).

Merci,
Armelle
"""),

R("fr-neg-copie-plainte-cnil", "fr", [],
  "Fabrice Legrand <fabrice.legrand@gmail.com>",
  "Copie de ma plainte à la CNIL",
  """\
Madame,

Pour votre information, je vous transmets ci-dessous la copie de la plainte que je
viens de déposer sur le site de la CNIL.

--- Copie de la plainte ---
Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun
Objet : envoi de courriels de prospection après désinscription
Description : je continue à recevoir des courriels commerciaux plusieurs semaines
après m'être désinscrit.
Numéro de plainte : 25-0912-4471
---

Fabrice Legrand
"""),

R("fr-neg-mari-demande-seances-epouse", "fr", [],
  "Patrick Charrier <patrick.charrier@orange.fr>",
  "Ma femme",
  """\
Bonjour Madame,

Ma femme, Nathalie Charrier, vient vous voir depuis quelques mois. Elle est très
distante en ce moment et je m'inquiète. Pourriez-vous me dire de quoi elle vous parle
en séance et me transmettre ce que vous avez noté dans son dossier ? C'est moi qui
paie les séances.

Patrick Charrier
"""),

R("fr-neg-rh-evaluation-salariee", "fr", [],
  "Service RH - Berry Logistique <rh@berry-logistique.fr>",
  "Formation management - résultats de Mme Caillaud",
  """\
Madame,

Notre collaboratrice Mme Justine Caillaud a suivi votre formation « Manager sans
s'épuiser » en mai, financée par notre plan de développement des compétences.

Pour son entretien annuel, pourriez-vous nous transmettre ses résultats aux
évaluations, vos observations sur sa participation et ses réponses au questionnaire
d'auto-positionnement ?

Cordialement,

Sophie Ramel
Responsable RH - Berry Logistique
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention
exclusive de ses destinataires.
"""),

R("fr-neg-merci-au-dessus-suppression", "fr", [],
  "Hélène Moreau-Lacaze <helene.moreaulacaze@orange.fr>",
  "Re: Tourner la page",
  """\
Merci beaucoup Sandra pour votre réactivité et votre bienveillance, jusqu'au bout.
Belle continuation à vous !
Hélène

Le lun. 14 avr. 2025 à 11:20, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
> Bonjour Hélène,
>
> Je vous confirme que vos données ont été supprimées de mes fichiers, de la
> plateforme de cours et de l'outil de newsletter. Seules vos factures sont
> conservées, comme la loi m'y oblige.
>
> Je vous souhaite le meilleur,
> Sandra
>
> Le sam. 12 avr. 2025 à 19:02, Hélène Moreau-Lacaze a écrit :
>> Bonjour Sandra,
>> Serait-il possible que vous effaciez les informations que vous avez sur moi ?
>> Je préfère qu'il n'en reste rien.
>> Hélène
""",
  reply=True),

R("fr-neg-merci-desinscription-faite", "fr", [],
  "Dominique Bernier <dominique.bernier@wanadoo.fr>",
  "RE: Newsletter",
  """\
Parfait, merci.
D. Bernier

-----Message d'origine-----
De : Sandra Delomenie [mailto:contact@floraisondesoi.fr]
Envoyé : mercredi 2 juillet 2025 17:45
À : dominique.bernier@wanadoo.fr
Objet : RE: Newsletter

Bonjour, c'est fait : vous ne recevrez plus la newsletter. Bien cordialement, Sandra

-----Message d'origine-----
De : Dominique Bernier
Objet : Newsletter

Bonjour,
Merci de me désinscrire de votre newsletter.
""",
  reply=True, ua="Microsoft Outlook 16.0"),

R("fr-neg-consentement-temoignage-oui", "fr", [],
  "Lucie Barré <lucie.barre@gmail.com>",
  "Re: Votre témoignage ?",
  """\
Bonjour Sandra,

Avec plaisir ! J'accepte que vous publiiez mon témoignage sur votre site, avec mon
prénom et l'initiale de mon nom. Pour la photo je préfère pas, mais le texte oui.

Voici le texte, corrigez les fautes si besoin :
« Je suis arrivée chez Sandra épuisée et sans direction. Six mois plus tard, j'ai
changé de métier et je me sens enfin à ma place. »

Lucie
""",
  reply=True),

R("fr-neg-consentement-photo-ok", "fr", [],
  "Mathilde Roussel <mathilde.roussel@gmail.com>",
  "Re: Photo de groupe",
  """\
oui oui pas de souci pour la photo de groupe sur Insta, vous pouvez me taguer
@mathilde.rsl 😊

Envoyé de mon iPhone

> Le 14 juin 2025 à 18:05, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
>
> Bonjour Mathilde,
>
> Merci encore pour votre énergie à l'atelier de ce matin ! Seriez-vous d'accord
> pour que je publie la photo de groupe sur Instagram ?
>
> Sandra
""",
  reply=True, date="2025-06-14 18:40",
  ua="iPhone Mail (22D72)"),

R("fr-neg-autorisation-parentale-signee", "fr", [],
  "Sébastien Marchand <seb.marchand@gmail.com>",
  "Autorisation parentale atelier ados",
  """\
Bonjour,

Ci-joint l'autorisation parentale signée pour Emma, ainsi que l'autorisation de droit
à l'image (nous sommes d'accord pour les photos de groupe, pas de gros plan).

Bonne journée,
Sébastien Marchand
""",
  att=[("pdf", "autorisation_parentale_Emma_Marchand.pdf", "AUTORISATION PARENTALE\nJe soussigne Sebastien MARCHAND autorise ma fille Emma\na participer a l'atelier Confiance en soi ados.\nDroit a l'image : OUI (photos de groupe)")]),

R("fr-neg-inscription-newsletter", "fr", [],
  "Brigitte Lemoine <brigitte.lemoine@orange.fr>",
  "Votre lettre",
  """\
Bonjour,

J'ai assisté à votre conférence à la médiathèque d'Issoudun et j'aimerais recevoir
votre lettre mensuelle. Vous pouvez m'inscrire avec cette adresse.

Brigitte Lemoine
"""),

# ------------------------------------------------------------------ auto-replies and bounces
R("fr-neg-auto-absence-bureau", "fr", [],
  "Christine Laborde <c.laborde@cabinet-laborde-expertise.fr>",
  "Réponse automatique : Facture formation février",
  """\
Bonjour,

Je suis absente du cabinet jusqu'au lundi 25 août inclus, sans accès à mes mails.
Pour toute urgence, merci de contacter le secrétariat au 02 48 00 00 00.

Cordialement,
Christine Laborde
""",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
       "X-Autoreply": "yes"}),

R("fr-neg-auto-conges-orange", "fr", [],
  "Michèle Arnoux <michele.arnoux@orange.fr>",
  "Absence",
  """\
Bonjour,
Je suis en congés et je lirai votre message à mon retour le 2 janvier.
Bonnes fêtes !
Michèle
""",
  hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply",
       "X-Autoreply": "yes"}),

R("fr-neg-bounce-orange", "fr", [],
  "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Undelivered Mail Returned to Sender",
  """\
Ceci est un message automatique du serveur smtp.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<martine.aubrun@sfr.fr>: adresse inconnue (550 5.1.1 user unknown)
""",
  to="sandra.delomenie@orange.fr", shape="bounce",
  hdr={"Auto-Submitted": "auto-replied"},
  bounce=dict(mta="smtp.orange.fr", rcpt="martine.aubrun@sfr.fr",
              diag="550 5.1.1 <martine.aubrun@sfr.fr>: Recipient address rejected: User unknown",
              orig_from="Sandra Delomenie <sandra.delomenie@orange.fr>",
              orig_subj="Rappel : séance de jeudi",
              orig_body="Bonjour Martine,\nPetit rappel pour notre séance de jeudi 10h.\nSandra\n")),

R("fr-neg-bounce-boite-pleine", "fr", [],
  "MAILER-DAEMON@mail.floraisondesoi.fr",
  "Échec de remise du message",
  """\
Votre message à <g.rabier@laposte.net> n'a pas pu être remis : la boîte du
destinataire est pleine. Nouvel essai impossible.
""",
  shape="bounce",
  hdr={"Auto-Submitted": "auto-replied"},
  bounce=dict(mta="mail.floraisondesoi.fr", rcpt="g.rabier@laposte.net", status="5.2.2",
              diag="552 5.2.2 Mailbox full",
              orig_subj="Votre accès à la formation « Oser sa voix »",
              orig_body="Bonjour Gisèle,\nVoici vos identifiants pour la formation.\nSandra\n")),

# ------------------------------------------------------------------ platform notifications
R("fr-neg-notif-systemeio-vente", "fr", [],
  "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Formation « Oser sa voix » - 197,00 €",
  """\
Bonjour Sandra,

Vous avez réalisé une nouvelle vente !

Produit : Formation « Oser sa voix »
Montant : 197,00 €
Client : c***@gmail.com

Consultez le détail dans votre tableau de bord Systeme.io.

L'équipe Systeme.io
""",
  shape="alt",
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe/notifications>",
       "Precedence": "bulk", "Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-stripe-virement", "fr", [],
  "Stripe <notifications@stripe.com>",
  "Votre virement de 842,60 € est en route",
  """\
Un virement de 842,60 € a été initié vers votre compte bancaire se terminant par 4417.
Il devrait arriver d'ici le 18 novembre.

Voir le virement dans le Dashboard : https://dashboard.stripe.com/payouts

Vous recevez cet e-mail car vous êtes inscrit(e) aux notifications de virement pour
Floraison de Soi. Gérez vos préférences de notification dans le Dashboard.

Stripe, 510 Townsend Street, San Francisco, CA 94103
""",
  shape="html",
  hdr={"List-Unsubscribe": "<https://dashboard.stripe.com/settings/user>",
       "Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-qonto-releve", "fr", [],
  "Qonto <no-reply@qonto.com>",
  "Votre relevé de compte d'octobre est disponible",
  """\
Bonjour Sandra,

Votre relevé de compte du mois d'octobre est disponible dans votre application Qonto,
rubrique Documents.

À bientôt,
L'équipe Qonto
""",
  shape="alt",
  hdr={"Auto-Submitted": "auto-generated", "List-Id": "<notifications.qonto.com>"}),

R("fr-neg-notif-urssaf-echeance", "fr", [],
  "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est disponible",
  """\
Madame DELOMENIE,

Votre déclaration de chiffre d'affaires mensuelle est à effectuer avant le 31/07.
Connectez-vous à votre espace autoentrepreneur.urssaf.fr pour déclarer et payer.

Ceci est un message automatique, merci de ne pas y répondre.
L'Urssaf
""",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-brevo-rapport", "fr", [],
  "Brevo <contact@notifications.brevo.com>",
  "Rapport de votre campagne « Lettre de juin »",
  """\
Bonjour,

Votre campagne « Lettre de juin » a été envoyée à 412 contacts.

Taux d'ouverture : 48,3 %
Taux de clic : 6,1 %
Désinscriptions : 3

Voir le rapport complet sur votre compte Brevo.
""",
  shape="alt",
  hdr={"List-Unsubscribe": "<mailto:unsubscribe@notifications.brevo.com>",
       "List-Id": "Brevo notifications <notifications.brevo.com>", "Precedence": "bulk"}),

R("fr-neg-notif-google-agenda-invitation", "fr", [],
  "Google Agenda <calendar-notification@google.com>",
  "Invitation : Supervision coaching - mar. 14 oct. 2025 10:00 - 11:30 (CEST)",
  """\
Vous avez été invitée à l'événement suivant.

Supervision coaching
Quand : mardi 14 octobre 2025 10:00 - 11:30 (heure d'été d'Europe centrale)
Participez avec Google Meet : meet.google.com/xyz-abcd-efg
Organisateur : isabelle.marchal.supervision@gmail.com

Invitation de Google Agenda
""",
  reply_to="isabelle.marchal.supervision@gmail.com",
  hdr={"Auto-Submitted": "auto-generated"},
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20251014T080000Z\nDTEND:20251014T093000Z\nSUMMARY:Supervision coaching\nORGANIZER:mailto:isabelle.marchal.supervision@gmail.com\nATTENDEE:mailto:contact@floraisondesoi.fr\nEND:VEVENT\nEND:VCALENDAR\n")]),

R("fr-neg-notif-calendly-nouveau-rdv", "fr", [],
  "Calendly <notifications@calendly.com>",
  "Nouvel événement : Thomas Girard - Séance découverte 30 min",
  """\
Bonjour Sandra,

Un nouvel événement a été planifié.

Type d'événement : Séance découverte 30 min
Invité : Thomas Girard
Date : jeudi 6 novembre 2025, 18:00 (Europe/Paris)
Réponse : « Je voudrais parler de reconversion »

Voir l'événement dans Calendly.
""",
  shape="alt",
  hdr={"Auto-Submitted": "auto-generated",
       "List-Unsubscribe": "<https://calendly.com/app/settings/notifications>"}),

R("fr-neg-notif-paypal-paiement", "fr", [],
  "service@paypal.fr",
  "Vous avez reçu un paiement",
  """\
Bonjour Floraison de Soi,

Vous avez reçu un paiement de 45,00 EUR de Marie Lenoir.

Note : « Atelier respiration 15 mars »

Numéro de transaction : 8RT45021AB993311K

PayPal
""",
  shape="html",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-impots-messagerie", "fr", [],
  "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
  "Vous avez reçu un nouveau message dans votre espace professionnel",
  """\
Madame,

Un nouveau document est disponible dans la messagerie sécurisée de votre espace
professionnel sur impots.gouv.fr.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.

La Direction générale des Finances publiques
""",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-zoom-enregistrement", "fr", [],
  "Zoom <no-reply@zoom.us>",
  "L'enregistrement dans le cloud est maintenant disponible",
  """\
Bonjour Sandra Delomenie,

L'enregistrement dans le cloud de votre réunion « Formation Prise de parole - J2 »
est maintenant disponible.

Partagez cet enregistrement avec les participants ou supprimez-le depuis votre
compte Zoom, rubrique Enregistrements.

L'équipe Zoom
""",
  shape="alt",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-drive-partage", "fr", [],
  "Émilie Carré (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : « Bilan de mi-parcours - Émilie »",
  """\
Émilie Carré a partagé un document avec vous.

Bilan de mi-parcours - Émilie
« Voici mon bilan, on en parle jeudi ? »

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car emilie.carre@gmail.com a partagé un document avec vous.
""",
  shape="html",
  reply_to="Émilie Carré <emilie.carre@gmail.com>",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-systemeio-reset-mdp", "fr", [],
  "Systeme.io <no-reply@systeme.io>",
  "Réinitialisation de votre mot de passe",
  """\
Bonjour,

Une demande de réinitialisation du mot de passe a été effectuée pour votre compte.
Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe. Ce lien expire
dans 24 heures.

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-cnil-lettre-information", "fr", [],
  "CNIL <newsletter@cnil.fr>",
  "La lettre de la CNIL - Professionnels : vos obligations en matière de prospection",
  """\
La lettre de la CNIL

- Prospection commerciale : rappel des règles applicables aux TPE
- Fiche pratique : répondre à une demande de droit d'accès
- Sanctions : bilan de la procédure simplifiée

Vous recevez cette lettre car vous êtes abonné(e) à la lettre d'information de la
CNIL. Se désabonner.
""",
  shape="alt",
  hdr={"List-Id": "Lettre d'information CNIL <lettre.cnil.fr>",
       "List-Unsubscribe": "<https://www.cnil.fr/fr/desabonnement>", "Precedence": "bulk"}),

R("fr-neg-notif-ovh-renouvellement", "fr", [],
  "OVHcloud <support@ovh.com>",
  "Renouvellement de votre domaine floraisondesoi.fr",
  """\
Bonjour,

Votre nom de domaine floraisondesoi.fr expire le 12/02/2026. Le renouvellement
automatique est activé : votre moyen de paiement sera débité de 9,59 € TTC.

L'équipe OVHcloud
""",
  hdr={"Auto-Submitted": "auto-generated"}),

# ------------------------------------------------------------------ her own sent mail
R("fr-neg-envoye-confirmation-suppression", "fr", [],
  SANDRA,
  "Re: Suppression",
  """\
Bonjour Madame Delorme,

Je vous confirme la suppression de vos données de mes fichiers, de la plateforme de
cours et de la liste de la newsletter. Seules les factures sont conservées pendant
la durée légale (10 ans).

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coaching & Formation
""",
  to="Patricia Delorme <patricia.delorme@free.fr>", reply=True),

R("fr-neg-envoye-newsletter-copie", "fr", [],
  "Floraison de Soi <contact@floraisondesoi.fr>",
  "🌸 La lettre de Floraison - Octobre",
  """\
Bonjour,

L'automne est là, et avec lui l'envie de ralentir. Ce mois-ci :

- Atelier « Prendre soin de son énergie » le samedi 18 octobre à Issoudun
- Nouvelle session de la formation « Oser sa voix » en novembre
- Un exercice : trois respirations avant d'ouvrir vos mails

Prenez soin de vous,
Sandra

Vous recevez cette lettre car vous vous êtes inscrit(e) sur floraisondesoi.fr.
Se désinscrire : https://floraisondesoi.fr/desinscription
""",
  to="Floraison de Soi <contact@floraisondesoi.fr>", shape="alt",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>",
       "Precedence": "bulk"}),

R("fr-neg-envoye-demande-soustraitant", "fr", [],
  "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Suppression des données d'une cliente",
  """\
Bonjour,

Une de mes clientes m'a demandé l'effacement de ses données. Pouvez-vous me confirmer
que la suppression d'un contact dans mon compte Systeme.io supprime aussi ses données
de vos sauvegardes, et dans quel délai ?

Merci,
Sandra Delomenie
Compte : contact@floraisondesoi.fr
""",
  to="Support Systeme.io <support@systeme.io>"),

R("fr-neg-envoye-relance-facture", "fr", [],
  SANDRA,
  "Relance : facture F-2025-041",
  """\
Bonjour Monsieur Lambert,

Sauf erreur de ma part, la facture F-2025-041 du 3 mars (formation « Manager sans
s'épuiser », 450 €) n'a pas encore été réglée. Pourriez-vous me dire où en est le
paiement ?

Bien cordialement,
Sandra Delomenie
""",
  to="Hervé Lambert <h.lambert@lambert-transports.fr>",
  att=[("pdf", "Facture_F-2025-041.pdf", "FLORAISON DE SOI - Sandra Delomenie\nFacture F-2025-041\nFormation Manager sans s'epuiser - 450,00 EUR")]),

# ------------------------------------------------------------------ vendor notices, spam, phishing
R("fr-neg-vendor-dpa-systemeio", "fr", [],
  "Systeme.io <legal@systeme.io>",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """\
Bonjour,

Nous mettons à jour notre accord de traitement des données (Data Processing
Agreement) afin d'intégrer les nouvelles clauses contractuelles types et la liste
actualisée de nos sous-traitants ultérieurs. Ces modifications entreront en vigueur
le 1er mars 2026.

Aucune action n'est requise de votre part. Vous pouvez consulter le DPA dans votre
compte, rubrique Paramètres > RGPD.

L'équipe juridique Systeme.io
""",
  shape="alt",
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe>", "Precedence": "bulk"}),

R("fr-neg-vendor-google-workspace-cgu", "fr", [],
  "Google Workspace <workspace-noreply@google.com>",
  "[Avis important] Mise à jour de l'Avenant relatif au traitement des données dans le cloud",
  """\
Administrateur Google Workspace,

Nous vous informons de modifications apportées à l'Avenant relatif au traitement des
données dans le cloud, qui s'applique à votre organisation floraisondesoi.fr. Ces
modifications reflètent l'évolution de la réglementation européenne en matière de
protection des données.

Pour consulter les conditions mises à jour, accédez à la console d'administration.

Cordialement,
L'équipe Google Workspace
""",
  shape="html",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-spam-conformite-rgpd-amende", "fr", [],
  "Service Conformité <conformite@rgpd-mise-en-regle.info>",
  "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
  """\
Madame, Monsieur,

Notre audit automatique a détecté que votre site floraisondesoi.fr ne respecte pas
les obligations du RGPD (registre des traitements absent, bannière cookies non
conforme). Vous vous exposez à une amende pouvant atteindre 20 000 000 € ou 4 % de
votre chiffre d'affaires.

Régularisez votre situation sous 72h en souscrivant à notre pack conformité
(349 € HT) : https://rgpd-mise-en-regle.info/pack

Service Conformité RGPD
Pour ne plus recevoir nos messages, répondez STOP.
""",
  shape="html"),

R("fr-neg-phishing-orange-suspension", "fr", [],
  "Orange Service Client <securite@orange-service-clients.com>",
  "Votre boîte mail sera suspendue sous 24h",
  """\
Cher(e) client(e),

Suite à une mise à jour de nos conditions d'utilisation et du RGPD, votre compte
messagerie sandra.delomenie@orange.fr doit être vérifié. Sans action de votre part
sous 24h, votre boîte sera suspendue et vos données supprimées.

Vérifiez votre compte : http://orange-verif-compte.com/login

Service Client Orange
""",
  to="sandra.delomenie@orange.fr", shape="html"),

R("fr-neg-phishing-ameli-remboursement", "fr", [],
  "Assurance Maladie <remboursement@ameli-info-securite.fr>",
  "Remboursement en attente : 148,20 €",
  """\
Bonjour,

Après un dernier calcul de vos droits, vous pouvez recevoir un remboursement de
148,20 €. Pour le recevoir, merci de mettre à jour vos coordonnées bancaires sur
votre espace sécurisé.

Accéder à mon espace : http://ameli-remboursement-maj.net

L'Assurance Maladie
""",
  shape="html"),

R("fr-neg-phishing-stripe-compte-bloque", "fr", [],
  "Stripe Support <support@stripe-verification-compte.com>",
  "Action requise : votre compte Stripe est limité",
  """\
Bonjour,

Nous avons limité les virements de votre compte Floraison de Soi en raison d'une
vérification d'identité incomplète. Merci de téléverser une pièce d'identité et
votre RIB sous 48 heures pour éviter la fermeture définitive.

Vérifier maintenant : https://stripe-verification-compte.com/verify

Stripe
""",
  shape="html"),

# ------------------------------------------------------------------ formal correspondents, partners
R("fr-neg-avocat-litige-remboursement", "fr", [],
  "Maître Olivier Delacroix <o.delacroix@delacroix-avocat.fr>",
  "Mme Karine BLOT / Floraison de Soi - demande de remboursement",
  """\
Madame,

Je suis le conseil de Madame Karine BLOT, qui a souscrit le 12 janvier 2025 un
programme d'accompagnement de six mois pour un montant de 1 200 €.

Ma cliente soutient que les prestations prévues au contrat (notamment deux ateliers
collectifs) n'ont pas été exécutées. Je vous demande en conséquence de bien vouloir
procéder au remboursement de la somme de 400 € sous quinzaine, à défaut de quoi ma
cliente se réserve le droit de saisir la juridiction compétente.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Olivier Delacroix
Avocat au Barreau de Bourges
Correspondance confidentielle entre avocats si transmise à votre conseil.
"""),

R("fr-neg-notaire-bail-professionnel", "fr", [],
  "Étude de Maître Lebrun <etude.lebrun.issoudun@notaires.fr>",
  "Bail professionnel - local 14 rue de la Poterne",
  """\
Madame,

Suite à notre entretien téléphonique, je vous adresse le projet de bail professionnel
pour le local situé 14 rue de la Poterne à Issoudun. Je vous remercie de me retourner
vos éventuelles observations avant le 15 du mois, la signature étant prévue le 22.

Merci de nous faire parvenir également une copie de votre pièce d'identité et votre
extrait d'immatriculation.

Veuillez agréer, Madame, mes salutations distinguées.

Pour Maître Lebrun,
Nadège Fleury, clerc
""",
  att=[("pdf", "Projet_bail_professionnel.pdf", "PROJET DE BAIL PROFESSIONNEL\nBailleur : SCI La Poterne\nPreneur : Sandra DELOMENIE (Floraison de Soi)")]),

R("fr-neg-comptable-export-stripe", "fr", [],
  "Cabinet Fiduciaire du Berry <dossiers@fiduciaire-berry.fr>",
  "Bilan 2025 - pièces manquantes",
  """\
Bonjour Sandra,

Pour la clôture 2025, il me manque encore :
- l'export CSV des transactions Stripe de l'année (Dashboard > Paiements > Exporter) ;
- le relevé Qonto de décembre ;
- la copie de la facture de votre nouvel ordinateur.

Pouvez-vous me déposer tout ça sur l'espace partagé avant la fin du mois ?

Bien cordialement,
Marc Dubreuil
Expert-comptable
"""),

R("fr-neg-comptable-corriger-ecriture", "fr", [],
  "Marc Dubreuil <m.dubreuil@fiduciaire-berry.fr>",
  "RE: Bilan 2025 - pièces manquantes",
  """\
Sandra,

Merci pour les pièces. Il faudra par contre corriger l'écriture du 14/06 : la
dépense « formation supervision » a été saisie deux fois dans votre outil de
facturation. Je l'ai supprimée de mon côté, pensez à faire de même pour que vos
données concordent.

Marc

De : Sandra Delomenie <contact@floraisondesoi.fr>
Envoyé : jeudi 22 janvier 2026 16:04
À : Marc Dubreuil <m.dubreuil@fiduciaire-berry.fr>
Objet : RE: Bilan 2025 - pièces manquantes

Bonjour Marc, tout est déposé sur l'espace partagé. Sandra
""",
  reply=True, ua="Microsoft Outlook 16.0"),

R("fr-neg-dpo-partenaire-notice-fournisseur", "fr", [],
  "DPO - Groupe Formavenir <dpo@formavenir-groupe.fr>",
  "Information sur le traitement de vos données en tant que formatrice partenaire",
  """\
Madame,

En tant que formatrice intervenant pour le Groupe Formavenir, vous êtes référencée
dans notre base fournisseurs. Conformément aux articles 13 et 14 du RGPD, nous vous
informons que vos données (identité, coordonnées professionnelles, SIRET, CV,
évaluations des stagiaires) sont traitées aux fins de gestion de la relation
contractuelle et de la qualité (Qualiopi), pour une durée de 5 ans après la dernière
intervention.

Vous pouvez exercer vos droits auprès de notre délégué à la protection des données :
dpo@formavenir-groupe.fr.

Le Délégué à la protection des données
Groupe Formavenir - 45 avenue de Paris - 45000 Orléans
""",
  shape="alt"),

R("fr-neg-dpo-client-questionnaire-soustraitant", "fr", [],
  "Juliette Mercier - DPO <j.mercier@mutuelle-centre-val.fr>",
  "Questionnaire sous-traitant RGPD - formation management 2026",
  """\
Madame,

Dans le cadre de la formation « Manager sans s'épuiser » que vous animerez pour nos
équipes en 2026, vous serez amenée à traiter des données de nos collaborateurs en
qualité de sous-traitant au sens de l'article 28 du RGPD.

Je vous remercie de bien vouloir compléter le questionnaire d'évaluation ci-joint
(mesures de sécurité, localisation des données, sous-traitants ultérieurs) et de nous
retourner l'accord de sous-traitance signé.

Bien cordialement,
Juliette Mercier
Déléguée à la protection des données
Mutuelle Centre Val de Loire
""",
  shape="alt",
  att=[("docx", "Questionnaire_sous-traitant_RGPD.docx", "QUESTIONNAIRE SOUS-TRAITANT\n1. Localisation des donnees :\n2. Mesures de securite :\n3. Sous-traitants ulterieurs :"),
       ("pdf", "Accord_sous-traitance_art28.pdf", "ACCORD DE SOUS-TRAITANCE (article 28 RGPD)\nResponsable de traitement : Mutuelle Centre Val de Loire\nSous-traitant : Floraison de Soi")]),

R("fr-neg-mairie-reservation-salle", "fr", [],
  "Mairie d'Issoudun - Service Vie associative <vie.associative@issoudun.fr>",
  "Réservation salle des Augustins - 2e trimestre",
  """\
Madame,

Nous accusons réception de votre demande de réservation de la salle des Augustins
pour les samedis 12 avril, 10 mai et 14 juin 2025.

Les créneaux du 12 avril et du 14 juin sont confirmés. Le 10 mai, la salle est déjà
réservée ; nous pouvons vous proposer la salle Jean Moulin à la même date.

Merci de nous retourner l'attestation d'assurance à jour.

Le service Vie associative
Mairie d'Issoudun
"""),

R("fr-neg-france-travail-attestation", "fr", [],
  "France Travail - Agence Issoudun <ape.36012@francetravail.fr>",
  "Attestation d'assiduité - M. Kévin Lebon",
  """\
Madame,

Dans le cadre de l'aide individuelle à la formation accordée à M. Kévin LEBON pour
la formation « Reprendre confiance » du 3 au 28 mars, nous vous remercions de nous
transmettre l'attestation d'assiduité signée afin de déclencher le paiement.

Cordialement,
Votre conseillère France Travail
"""),

R("fr-neg-opco-feuilles-emargement", "fr", [],
  "OPCO EP - Gestion des dossiers <dossiers@opcoep.fr>",
  "Dossier n° 2025-118734 - pièces justificatives",
  """\
Madame,

Pour le dossier de prise en charge n° 2025-118734 (entreprise : Boulangerie Martin,
formation « Prise de parole en public »), merci de déposer sur notre plateforme les
feuilles d'émargement signées et le certificat de réalisation.

Sans réception sous 30 jours, le dossier sera clôturé.

Le service Gestion
""",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-partenaire-retirer-module", "fr", [],
  "Agnès Périer <agnes.perier@coaching-perier.fr>",
  "Notre formation commune de juin",
  """\
Coucou Sandra,

J'ai relu le programme de notre formation à deux voix. Je propose de retirer le
module 3 (« cartographie des valeurs ») qui fait doublon avec le 2, et de supprimer
la pause de l'après-midi pour finir à 16h30. Tu en penses quoi ?

Aussi, pour les données des questionnaires d'entrée, on les centralise dans ton Drive
ou le mien ?

Bises,
Agnès
"""),

R("fr-neg-collegue-supervision", "fr", [],
  "Isabelle Marchal <isabelle.marchal.supervision@gmail.com>",
  "Supervision du 14 - préparation",
  """\
Bonjour Sandra,

Pour notre supervision du 14, pense à anonymiser les situations que tu apportes :
pas de prénom, pas de métier trop identifiable. Tu peux m'envoyer en amont deux
situations maximum.

À bientôt,
Isabelle
"""),

R("fr-neg-ami-article-rgpd-coachs", "fr", [],
  "Karine Tessier <karine.tessier.coach@gmail.com>",
  "Fwd: RGPD : ce que les coachs doivent savoir",
  """\
Salut Sandra,

Je suis tombée sur cet article (en pièce jointe), ça peut t'intéresser pour ton site.
On en parle au prochain café des indépendantes ?

Karine
""",
  att=[("eml", "RGPD ce que les coachs doivent savoir.eml",
        dict(frm="La Gazette des Indépendants <lettre@gazette-independants.fr>",
             to="karine.tessier.coach@gmail.com",
             subj="RGPD : ce que les coachs doivent savoir",
             date="2025-11-17 08:30",
             body="Droit d'accès, droit à l'effacement, droit d'opposition : vos clients peuvent\n"
                  "vous demander à tout moment ce que vous savez d'eux. Voici comment vous\n"
                  "organiser pour répondre en moins d'un mois...\n\n"
                  "Se désinscrire de la Gazette : https://gazette-independants.fr/stop\n"))]),

R("fr-neg-parent-question-photos", "fr", [],
  "Aurore Lefort <aurore.lefort@gmail.com>",
  "Stage ados vacances de février",
  """\
Bonjour,

Je souhaite inscrire mon fils Noah (14 ans) au stage de février. Est-ce que des
photos sont prises pendant les ateliers, et si oui, à quoi servent-elles ? Mon fils
est assez réticent à ça.

Merci,
Aurore Lefort
"""),

R("fr-neg-temoignage-spontane", "fr", [],
  "Gisèle Rabier <gisele.rabier@gmail.com>",
  "Merci !",
  """\
Chère Sandra,

Je voulais simplement vous dire merci. La formation m'a redonné confiance. Hier, j'ai
pris la parole devant tout le conseil municipal sans trembler !

Vous pouvez utiliser ce message comme témoignage si vous le souhaitez, avec mon
prénom.

Gisèle
"""),

R("fr-neg-remboursement-atelier-annule", "fr", [],
  "Jonathan Petit <jonathan.petit@gmail.com>",
  "Remboursement atelier annulé",
  """\
Bonjour,

L'atelier du 22 a été annulé de votre côté (faute de participants d'après le mail).
Pouvez-vous me rembourser sur ma carte ? J'avais payé 45 € via Stripe.

Merci,
Jonathan
"""),

# NEAR-LINE: correcting the company name on an invoice (document, not her personal data) -> negative.
R("fr-neg-refaire-facture-societe", "fr", [],
  "Cabinet Ostéo Bel Air <contact@osteo-belair.fr>",
  "Facture au nom de la société",
  """\
Bonjour,

Pourriez-vous refaire la facture de la formation au nom de la société (SELARL Ostéo
Bel Air, 4 avenue Bel Air, 36000 Châteauroux, SIRET 812 000 000 00017) au lieu de
mon nom personnel ? C'est pour la comptabilité.

Merci,
Julie Armand
"""),

# NEAR-LINE: leaving a workshop waiting list is a booking matter, not an unsubscribe.
R("fr-neg-liste-attente-atelier", "fr", [],
  "Anne-Sophie Giraud <annesophie.giraud@gmail.com>",
  "Liste d'attente atelier de juin",
  """\
Bonjour,

Vous pouvez me retirer de la liste d'attente pour l'atelier du 14 juin, j'ai trouvé
une place pour la session de septembre. Merci !

Anne-Sophie
"""),

R("fr-neg-videos-ne-se-lisent-pas", "fr", [],
  "Roland Vigier <roland.vigier@orange.fr>",
  "Les vidéos ne marchent pas",
  """\
Bonjour,

Où sont hébergées les vidéos du module 4 ? Je n'arrive pas à les lire, j'ai juste
un écran noir avec un rond qui tourne. Les autres modules fonctionnent.

Roland Vigier
"""),

R("fr-neg-sms-style-retard", "fr", [],
  "Kelly <kelly.dasilva@gmail.com>",
  "",
  """\
dsl je serai en retard de 10 min, bouchons sur la rocade 🙈
""",
  ua="iPhone Mail (22D72)"),

R("fr-neg-belgique-report-seance", "fr-BE", [],
  "Thierry Lambotte <thierry.lambotte@proximus.be>",
  "Séance de lundi",
  """\
Bonjour Madame,

Est-ce qu'on pourrait déplacer la séance de lundi à mercredi même heure ? J'ai une
réunion qui s'est ajoutée à l'improviste. Je vous remercie, à tantôt !

Thierry
"""),

R("fr-neg-suisse-paiement-chf", "fr-CH", [],
  "Jean-Daniel Rochat <jd.rochat@bluewin.ch>",
  "Paiement de la formation",
  """\
Madame,

Est-il possible de régler la formation en francs suisses, ou uniquement en euros ?
Mon établissement bancaire prélève des frais conséquents sur les virements en euros.

Avec mes meilleures salutations,
J.-D. Rochat
"""),

R("fr-neg-quebec-fuseau-horaire", "fr-QC", [],
  "Marie-Ève Tremblay <me.tremblay@videotron.ca>",
  "Heure du webinaire",
  """\
Allô Sandra!

Le webinaire de jeudi est à 19h heure de Paris, c'est bien ça? Donc 13h chez nous à
Montréal? Je veux pas le manquer, je vais le mettre dans mon agenda.

Merci!
Marie-Ève
"""),

# NEAR-LINE: a standard end-of-training certificate, not a copy of her personal data -> negative.
R("fr-neg-attestation-fin-formation", "fr", [],
  "Samuel Fleury <samuel.fleury@gmail.com>",
  "Attestation de fin de formation",
  """\
Bonjour Madame Delomenie,

Pourriez-vous m'envoyer l'attestation de fin de formation pour la session « Prise de
parole » d'octobre ? Mon employeur me la demande pour mon dossier.

Merci d'avance,
Samuel Fleury
"""),

R("fr-neg-question-sante-seances", "fr", [],
  "Élise Maréchal <elise.marechal@gmail.com>",
  "avant de commencer",
  """\
Bonjour Sandra,

Je suis un traitement pour une dépression légère. Est-ce que je dois vous en parler
pendant les séances ? J'ai un peu peur que ce soit noté quelque part et que ça me
suive. Comment ça se passe, concrètement ?

Élise
"""),

R("fr-neg-plainte-qualite-atelier", "fr", [],
  "Bernard Gautier <bernard.gautier@orange.fr>",
  "Atelier de samedi - déçu",
  """\
Madame,

Je me permets de vous faire part de ma déception concernant l'atelier de samedi :
salle trop petite, chaises inconfortables, et nous avons fini avec 40 minutes de
retard. Pour 60 €, j'attendais mieux. Je souhaitais vous le dire franchement.

Bernard Gautier
"""),

R("fr-neg-merci-export-recu", "fr", [],
  "Anthony Michaud <anthony.michaud@gmail.com>",
  "Re: Récupérer mes fiches de suivi",
  """\
Super, bien reçu le fichier, ma nouvelle coach a pu l'importer sans problème. Merci
encore pour tout Sandra !

Anthony

Le mer. 21 mai 2025 à 15:12, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
> Bonjour Anthony,
> Vous trouverez en pièce jointe vos fiches de suivi et objectifs au format CSV.
> Bonne route à Nantes !
> Sandra
>
> Le lun. 19 mai 2025, Anthony Michaud a écrit :
>> Pourriez-vous m'envoyer mes fiches de suivi et mes objectifs dans un format que je
>> peux réimporter (un tableur, du CSV) ?
""",
  reply=True),

# Request addressed to another controller, forwarded for coaching purposes -> negative.
R("fr-neg-fwd-demande-ancien-employeur", "fr", [],
  "Sylvie Bertrand <sylvie.bertrand@orange.fr>",
  "TR: Votre demande d'accès à vos données",
  """\
Bonjour Sandra,

Pour info, voilà la réponse de mon ancien employeur à ma demande d'accès à mon
dossier RH. On pourra en parler jeudi, ça m'a un peu retournée.

Sylvie

-------- Message transféré --------
De : Service RH - Société Transval <rh@transval.fr>
Date : 4 nov. 2025 10:14
Objet : Votre demande d'accès à vos données
À : sylvie.bertrand@orange.fr

Madame,
Suite à votre demande d'accès du 6 octobre, vous trouverez ci-joint la copie de votre
dossier individuel. Les entretiens annuels de 2019 à 2023 y figurent.
Le service RH
"""),

R("fr-neg-prospect-tarifs-reconversion", "fr", [],
  "Nathan Rolland <nathan.rolland@gmail.com>",
  "Tarifs accompagnement",
  """\
Bonjour,

J'envisage une reconversion (je suis comptable depuis 12 ans, j'aimerais travailler
dans l'environnement). Quels sont vos tarifs pour un accompagnement, et combien de
séances faut-il compter en moyenne ? Les séances sont-elles possibles en visio ?

Merci,
Nathan Rolland
""",
  shape="alt"),

R("fr-neg-belgique-dpo-asbl-partenariat", "fr-BE", [],
  "Florence Mertens - DPO <dpo@asbl-horizons.be>",
  "Convention de partenariat - clause protection des données",
  """\
Madame,

Dans le cadre de la convention de partenariat pour les ateliers « Horizons »
organisés à Charleroi, je vous transmets la clause relative à la protection des
données que notre conseil d'administration souhaite y ajouter (responsabilité
conjointe, article 26 du RGPD). Pourriez-vous me faire part de vos remarques ?

Bien à vous,
Florence Mertens
Déléguée à la protection des données - ASBL Horizons
""",
  att=[("docx", "Clause_protection_donnees_art26.docx", "CLAUSE - RESPONSABILITE CONJOINTE (art. 26 RGPD)\nLes parties determinent conjointement les finalites et moyens...")]),

R("fr-neg-quebec-facture-tps", "fr-QC", [],
  "Louis-Philippe Roy <lp.roy@groupeconseilroy.ca>",
  "Facture pour mon entreprise",
  """\
Bonjour Madame Delomenie,

Pour le coaching de groupe de mes gestionnaires, j'aurais besoin d'une facture au nom
de Groupe Conseil Roy inc. Est-ce qu'il faut indiquer un numéro de TPS/TVQ de votre
bord, ou c'est correct comme ça vu que vous êtes en France?

Merci,
Louis-Philippe Roy
Président, Groupe Conseil Roy inc.
"""),

R("fr-neg-ch-inscription-formation", "fr-CH", [],
  "Nicole Berset <nicole.berset@sunrise.ch>",
  "Inscription session de septembre",
  """\
Madame,

Je souhaiterais m'inscrire à la session de septembre de votre formation « Oser sa
voix ». Pourriez-vous me confirmer qu'il reste des places et m'envoyer le bulletin
d'inscription ?

Meilleures salutations,
Nicole Berset
"""),

R("fr-neg-html-only-invitation-salon", "fr", [],
  "Salon Bien-Être Berry <organisation@salon-bienetre-berry.fr>",
  "Exposez au Salon Bien-Être du Berry 2026 !",
  """\
Chers thérapeutes et coachs,

La 8e édition du Salon Bien-Être du Berry aura lieu les 14 et 15 mars 2026 à
Châteauroux. Stand de 6 m² à partir de 180 €. Inscriptions avant le 31 décembre.

Pour ne plus recevoir nos informations, cliquez ici.
""",
  shape="html",
  hdr={"List-Unsubscribe": "<mailto:desinscription@salon-bienetre-berry.fr>",
       "Precedence": "bulk"}),

R("fr-neg-stagiaire-donnees-anonymes-memoire", "fr", [],
  "Camille Aubry <camille.aubry@etu.univ-tours.fr>",
  "Mémoire de master - entretien",
  """\
Madame,

Étudiante en master de psychologie du travail, je réalise un mémoire sur le coaching
de reconversion. Accepteriez-vous un entretien d'une heure ? Les données recueillies
seront anonymisées et vous pourrez retirer votre participation à tout moment.

Avec mes remerciements,
Camille Aubry
"""),

R("fr-neg-laposte-suivi-colis", "fr", [],
  "La Poste - Colissimo <noreply@notif-colissimo-laposte.info>",
  "Votre colis est disponible en bureau de poste",
  """\
Bonjour,

Votre colis n° 6A12345678901 est disponible au bureau de poste d'Issoudun. Vous
pouvez le retirer muni d'une pièce d'identité jusqu'au 28/11.

Suivre mon colis.
""",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-systemeio-nouvel-abonne", "fr", [],
  "Systeme.io <no-reply@systeme.io>",
  "Nouveau contact inscrit : formulaire « Guide gratuit 7 jours »",
  """\
Bonjour Sandra,

Un nouveau contact s'est inscrit via le formulaire « Guide gratuit 7 jours ».

E-mail : m***.l***@orange.fr
Tag ajouté : lead-guide-7j
Consentement newsletter : oui (case cochée)

L'équipe Systeme.io
""",
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe/notifications>",
       "Auto-Submitted": "auto-generated"}),

]

# Pinned dates (Paris wall clock) where the text or quoted history names a date.
_DATES = {
    'fr-neg-modifier-horaire': '2025-03-07 12:30',
    'fr-neg-merci-au-dessus-suppression': '2025-04-14 13:02',
    'fr-neg-merci-desinscription-faite': '2025-07-03 09:10',
    'fr-neg-notif-calendly-nouveau-rdv': '2025-11-02 20:14',
    'fr-neg-comptable-corriger-ecriture': '2026-01-23 10:45',
    'fr-neg-comptable-export-stripe': '2026-01-15 09:30',
    'fr-neg-ami-article-rgpd-coachs': '2025-11-17 12:02',
    'fr-neg-merci-export-recu': '2025-05-22 09:15',
    'fr-neg-fwd-demande-ancien-employeur': '2025-11-04 18:40',
    'fr-neg-notif-google-agenda-invitation': '2025-10-06 15:00',
    'fr-neg-envoye-confirmation-suppression': '2025-08-20 17:05',
    'fr-neg-auto-absence-bureau': '2025-08-08 14:00',
    'fr-neg-auto-conges-orange': '2025-12-23 11:00',
    'fr-neg-notif-urssaf-echeance': '2025-07-01 06:00',
    'fr-neg-notif-ovh-renouvellement': '2026-01-12 05:30',
    'fr-neg-mairie-reservation-salle': '2025-02-20 10:30',
    'fr-neg-notif-stripe-virement': '2025-11-15 07:00',
    'fr-neg-vendor-dpa-systemeio': '2026-01-28 16:00',
    'fr-neg-copie-plainte-cnil': '2025-09-12 22:41',
    'fr-neg-retractation-contrat-coaching': '2025-11-10 08:52',
    'fr-neg-avocat-litige-remboursement': '2025-07-08 15:20',
    'fr-neg-france-travail-attestation': '2025-04-02 10:05',
    'fr-neg-envoye-relance-facture': '2025-04-20 18:30',
    'fr-neg-dpo-client-questionnaire-soustraitant': '2025-11-05 11:40',
    'fr-neg-envoye-newsletter-copie': '2025-10-01 07:00',
    'fr-neg-notif-qonto-releve': '2025-11-02 06:30',
    'fr-neg-liste-attente-atelier': '2025-05-20 13:15',
    'fr-neg-retirer-inscription-atelier': '2025-03-28 19:45',
    'fr-neg-html-only-invitation-salon': '2025-10-20 10:00',
    'fr-neg-bounce-orange': '2026-02-10 22:04',
}

for _r in RECORDS:
    if _r["key"] in _DATES:
        _r["date"] = _DATES[_r["key"]]
