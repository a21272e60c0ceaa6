"""French negatives, part 2: everyday coaching/business mail, plain-word false friends,
cancellations, log-in problems, "close my account" alone."""
from common import (M, SANDRA, CONTACT, SIG_SANDRA, q_gmail_fr, q_outlook_fr,
                    q_apple_fr, fwd_gmail_fr, fwd_outlook_fr)

ICS_SEANCE = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251120T170000Z
DTEND:20251120T180000Z
DTSTAMP:20251114T091500Z
ORGANIZER;CN=Julien Caron:mailto:julien.caron@gmail.com
UID:5k2v1o8d7hq3b0r6t9a4c1e2f3@google.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sandra Delomenie:mailto:sandra.delomenie@orange.fr
SUMMARY:Séance coaching Julien / Sandra (visio)
LOCATION:https://meet.google.com/xqe-hbtc-kzw
END:VEVENT
END:VCALENDAR
"""

RECORDS = [

# ------------------------------------------------------------------ plain-word false friends
M("fr-neg-effacer-rdv-jeudi", "fr", [],
  ("Lucie Marchais", "lucie.marchais@gmail.com"), "2025-01-28 07:50",
  "jeudi",
  """\
Coucou Sandra,

Tu peux effacer le rdv de jeudi ? Ma fille a de la fièvre, je ne vais pas pouvoir la laisser. On cale autre chose la semaine prochaine ?

Désolée !
Lucie
"""),

M("fr-neg-oubliez-ma-question", "fr", [],
  ("Martine Garnier", "martine.garnier53@orange.fr"), "2025-03-11 09:26",
  "Re: horaires",
  """\
Oubliez ma question d'hier, j'ai trouvé les horaires sur votre site.

Bonne journée,
M. Garnier
""", irt="horaires-garnier", irt_addr="martine.garnier53@orange.fr"),

M("fr-neg-arretez-tout-cdi", "fr", [],
  ("Kévin Boulanger", "kevin.boulanger@gmail.com"), "2025-06-06 12:01",
  "ON ARRÊTE TOUT !!!",
  """\
Sandra !!!

On peut arrêter l'accompagnement, j'ai signé mon CDI ce matin !!! Chef de projet, comme on l'avait visé en mars.

Je n'en reviens pas. Merci, merci, merci. On fait quand même une dernière séance pour clôturer ? Je crois que j'en ai besoin.

Kévin
"""),

# NEAR-LINE: "ce mail ne m'était pas destiné" is a misaddressed-mail notice, not a
# request to correct or delete her own data -> negative.
M("fr-neg-pas-le-bon-destinataire", "fr", [],
  ("Marie Dupont", "marie.dupont.75@gmail.com"), "2025-09-26 19:19",
  "Re: Votre séance de demain",
  """\
Bonsoir,

Je pense que ce mail ne m'était pas destiné : je n'ai pas de séance demain et je ne connais pas Issoudun. Il doit y avoir une autre Marie Dupont parmi vos clientes !

Bonne soirée,
Marie
""", irt="rappel-dupont"),

M("fr-neg-touchez-plus-au-planning", "fr", [],
  ("Hélène Martel", "helene.martel@centre-social-issoudun.fr"), "2025-02-18 15:30",
  "Planning des ateliers du printemps",
  """\
Bonjour Sandra,

Ne touchez plus au planning, il est parfait comme ça ! J'ai bloqué la grande salle tous les jeudis de 14h à 16h du 6 mars au 26 juin.

Le code d'accès du bâtiment reste le même (4512B), et n'oubliez pas d'effacer le tableau blanc en partant, l'atelier couture arrive juste après.

Bien à vous,
Hélène Martel
Centre social de la Croix-Blanche
"""),

M("fr-neg-envoyer-programme-collegue", "fr", [],
  ("Fanny Rigaud", "fanny.rigaud@gmail.com"), "2025-04-10 11:55",
  "programme",
  """\
Bonjour Sandra,

Pouvez-vous envoyer le programme de la formation « Animer un groupe de parole » à ma collègue Estelle (estelle.b@ehpad-lesvignes.fr) ? Elle voudrait s'inscrire à la session d'automne avec moi.

Merci !
Fanny
"""),

M("fr-neg-supprime-lien-zoom", "fr", [],
  ("Denise Carlier", "denise.carlier@wanadoo.fr"), "2025-11-20 18:52",
  "lien",
  """\
Bonsoir,

J'ai supprimé par erreur le mail avec le lien Zoom pour le webinaire de ce soir. Pouvez-vous me le renvoyer ? Je suis un peu fâchée avec l'informatique.

Merci beaucoup,
Denise Carlier
"""),

M("fr-neg-donnees-test-bizarres", "fr", [],
  ("Thibault Renaud", "thibault.renaud@outlook.fr"), "2025-05-22 21:40",
  "résultats du test",
  """\
Bonsoir Sandra,

J'ai regardé les résultats du test de préférences avec ma compagne. Elle trouve que « introverti » ne me ressemble pas du tout, moi je trouve que si ! On en parle jeudi ? Ça me fait réfléchir sur la façon dont je me montre au travail par rapport à la maison.

À jeudi,
Thibault
"""),

M("fr-neg-conjoint-soppose-stage", "fr", [],
  ("Laure Dumas", "laure.dumas@gmail.com"), "2025-08-25 14:03",
  "Stage de septembre",
  """\
Bonjour Sandra,

Je voulais vous en parler avant la séance : mon conjoint s'oppose à ce que je parte trois jours pour le stage de septembre. Il dit que c'est « de l'argent jeté par les fenêtres ». Je n'ose pas lui tenir tête.

Je voudrais qu'on travaille là-dessus mardi, plutôt que sur le CV.

Laure
"""),

M("fr-neg-atelier-consentement-ados", "fr", [],
  ("Collège Les Capucins - Vie scolaire", "vie-scolaire@clg-capucins-issoudun.fr"), "2025-12-08 10:00",
  "Atelier « consentement et estime de soi »",
  """\
Bonjour Madame Delomenie,

L'infirmière scolaire nous a transmis votre proposition d'atelier « Consentement et estime de soi » pour les classes de 4e.

Quel âge minimum recommandez-vous ? Et faut-il une autorisation parentale particulière pour les élèves ? Nous envisagerions deux séances en février, sur le temps de vie de classe.

Bien cordialement,
Mme Rolland, CPE
"""),

# ------------------------------------------------------------------ cancellations
M("fr-neg-annule-atelier-rembourser", "fr", [],
  ("Brigitte Noël", "brigitte.noel@orange.fr"), "2025-03-14 08:44",
  "Annulation atelier du 22 mars",
  """\
Bonjour Sandra,

Je dois malheureusement annuler ma participation à l'atelier « Semer ses intentions » du 22 mars, ma mère est hospitalisée et je dois être auprès d'elle.

Est-il possible d'être remboursée ou de reporter sur une autre date ?

Merci de votre compréhension,
Brigitte Noël
"""),

M("fr-neg-resilier-parcours-mensuel", "fr", [],
  ("Aurélia Fabre", "aurelia.fabre@free.fr"), "2025-09-02 20:15",
  "Résiliation abonnement",
  """\
Bonjour,

Je souhaite résilier mon abonnement mensuel au « Cercle en ligne » à partir d'octobre. Merci de stopper les prélèvements Stripe.

Cordialement,
Aurélia Fabre
"""),

M("fr-neg-quebec-canceller-appel", "fr", [],
  ("Mathieu Fortin", "mathieu.fortin@videotron.ca"), "2025-10-20 13:13",
  "mardi",
  """\
Salut Sandra,

Faut que je cancelle notre appel de mardi, j'ai une réunion qui s'est ajoutée au bureau pis je peux pas la tasser. On peut-tu se reprendre jeudi, même heure?

Merci, désolé pour le niaisage!
Mathieu
"""),

# NEAR-LINE: "désinscrire" from a workshop (not a mailing list) = cancellation -> negative.
M("fr-neg-desinscrire-fille-atelier", "fr", [],
  ("Sonia Marques", "sonia.marques@laposte.net"), "2025-05-16 07:35",
  "Atelier ados samedi",
  """\
Bonjour Madame,

Je dois désinscrire ma fille Inès de l'atelier ados de samedi, elle a une angine. Est-ce qu'elle pourra rattraper la séance le mois prochain ?

Merci,
Sonia Marques
"""),

M("fr-neg-belge-annuler-seance", "fr", [],
  ("Pascale Dubois", "pascale.dubois@skynet.be"), "2026-02-16 16:02",
  "Séance de mercredi",
  """\
Bonjour Sandra,

Je dois annuler la séance de mercredi, je suis à l'hôpital avec mon papa. Je vous rappelle la semaine prochaine pour fixer une autre date.

Je vous remercie, s'il vous plaît, de ne pas me compter la séance.

Pascale
"""),

M("fr-neg-retrait-formation-budget", "fr", [],
  ("Sophie Girard - Pharmacie du Centre", "pharmacie.centre.issoudun@orange.fr"), "2026-04-13 09:30",
  "Retrait de l'inscription - formation juin",
  """\
Bonjour,

Suite à une réorganisation, nous devons retirer l'inscription de nos deux préparatrices à la formation « Accueil et gestion des émotions » de juin. Pouvez-vous nous confirmer l'annulation sans frais, la convention n'étant pas encore signée ?

Cordialement,
Sophie Girard, pharmacienne titulaire
"""),

# ------------------------------------------------------------------ log-in / access to space
M("fr-neg-mot-de-passe-oublie", "fr", [],
  ("Jacqueline Hamel", "jacqueline.hamel@orange.fr"), "2025-01-09 10:20",
  "Je n'arrive plus à accéder à mon espace",
  """\
Bonjour,

Je n'arrive plus à accéder à mon espace de formation. J'ai cliqué sur « mot de passe oublié » trois fois, mais je ne reçois aucun mail (j'ai regardé dans les spams).

Pouvez-vous m'aider ? Je suis bloquée au module 2.

Jacqueline Hamel
"""),

M("fr-neg-pas-recu-acces", "fr", [],
  ("Noémie", "noemie.lacroix@gmail.com"), "2025-10-05 22:05",
  "pas reçu mes accès",
  """\
bonsoir,

j ai payé le parcours 30 jours pour soi hier soir (paiement ok sur stripe) mais je n ai pas reçu mes accès... vous pouvez regarder ?

merci
noémie
"""),

M("fr-neg-acces-replay", "fr", [],
  ("Corinne Leclerc", "corinne.leclerc@hotmail.fr"), "2025-11-22 09:48",
  "Accès au replay",
  """\
Bonjour Sandra,

Je n'ai pas pu assister au webinaire en direct. Comment accéder au replay ? Le lien dans mon espace affiche « contenu verrouillé ».

Merci et bon week-end,
Corinne
"""),

# ------------------------------------------------------------------ close my account alone
# NEAR-LINE: "fermez mon compte" with no mention of data -> negative per policy.
M("fr-neg-fermer-compte-seul", "fr", [],
  ("Yannick Bertrand", "yannick.bertrand@sfr.fr"), "2025-07-17 17:17",
  "Compte",
  """\
Bonjour,

Pouvez-vous fermer mon compte sur la plateforme de formation ? J'ai terminé le parcours et je n'en ai plus l'usage.

Merci,
Yannick
"""),

# NEAR-LINE: closing a member account, nothing said about the data -> negative.
M("fr-neg-belge-cloturer-compte", "fr", [],
  ("Joëlle Vanhove", "joelle.vanhove@live.be"), "2026-01-30 11:40",
  "Clôture de mon compte membre",
  """\
Bonjour Madame,

Je vous saurais gré de clôturer mon compte membre sur votre site. L'abonnement est déjà arrêté.

Bien à vous,
Joëlle Vanhove
"""),

# ------------------------------------------------------------------ copies, corrections, exports (business)
# NEAR-LINE: a duplicate invoice is a billing request, not a copy of all her data.
M("fr-neg-copie-facture-ce", "fr", [],
  ("Nathalie Chauvin", "nathalie.chauvin@gmail.com"), "2025-12-12 13:08",
  "Copie de facture",
  """\
Bonjour Sandra,

Pourriez-vous m'envoyer une copie de la facture de novembre (les 4 séances) ? Mon comité d'entreprise rembourse une partie et je ne la retrouve plus.

Merci beaucoup,
Nathalie
"""),

M("fr-neg-corriger-exercice", "fr", [],
  ("Yohan Petit", "yohan.petit@gmail.com"), "2025-10-15 19:59",
  "Exercice semaine 3",
  """\
Bonsoir Sandra,

Voici mon exercice de la semaine 3 (la roue de vie + la lettre à moi-même dans 5 ans). Pourriez-vous le corriger, ou plutôt me faire un retour, avant la séance collective ?

Pour la lettre, j'ai eu du mal à ne pas être trop sévère avec moi-même...

Yohan
""", attach=[("Exercice_S3_Yohan_Petit.docx", "Roue de vie\nTravail: 4/10\nSante: 6/10\nLettre a moi-meme dans 5 ans\nCher Yohan,")]),

M("fr-neg-modifier-heure-seance", "fr", [],
  ("Anaïs Leroy", "anais.leroy@icloud.com"), "2025-08-06 08:15",
  "Séance du 12",
  """\
Bonjour Sandra,

Est-il possible de modifier l'heure de notre séance du 12 ? Plutôt 18h que 17h si ça vous va, je finis plus tard ce jour-là.

Merci !
Anaïs

Envoyé de mon iPhone
"""),

M("fr-neg-suisse-decaler-seance", "fr", [],
  ("Christophe Bonvin", "c.bonvin@netplus.ch"), "2025-06-11 07:20",
  "Décalage de la séance",
  """\
Bonjour Madame,

Je souhaiterais décaler notre séance de jeudi au vendredi, même heure, si cela vous convient. Je serai de retour de Sion seulement jeudi soir.

Avec mes meilleures salutations,
Christophe Bonvin
"""),

M("fr-neg-invitation-ics", "fr", [],
  ("Julien Caron", "julien.caron@gmail.com"), "2025-11-14 10:15",
  "Invitation: Séance coaching Julien / Sandra (visio) @ jeu. 20 nov. 2025 18:00 - 19:00",
  """\
Julien Caron vous a invité à un évènement.

Séance coaching Julien / Sandra (visio)
Quand : jeudi 20 novembre 2025, 18:00 - 19:00 (heure normale d'Europe centrale - Paris)
Participer avec Google Meet : https://meet.google.com/xqe-hbtc-kzw

Invitation de Google Agenda
""", attach=[("invite.ics", ICS_SEANCE)]),

M("fr-neg-retirer-livret", "fr", [],
  ("Paul Chevalier", "paul.chevalier@laposte.net"), "2025-04-02 12:30",
  "Livret",
  """\
Bonjour,

Je passerai retirer le livret de la formation au cabinet vendredi vers 17h, si ça vous va. Comme ça vous n'avez pas à l'envoyer par la poste.

Paul Chevalier
"""),

M("fr-neg-maj-carte-stripe", "fr", [],
  ("Annabelle Roche", "annabelle.roche@gmail.com"), "2026-03-04 20:40",
  "Prélèvement",
  """\
Bonsoir,

J'ai reçu un mail de Stripe disant que le prélèvement de mars a échoué. Ma carte a expiré, j'ai mis à jour les informations de paiement via le lien. Vous pouvez relancer le paiement ?

Désolée pour ce contretemps,
Annabelle
"""),

# ------------------------------------------------------------------ ordinary mail
M("fr-neg-inscription-salaries", "fr", [],
  ("Laurent Pichard - Transports Pichard", "l.pichard@transports-pichard.fr"), "2025-09-19 14:35",
  "Inscription formation gestion du stress",
  """\
Madame,

Nous souhaitons inscrire quatre de nos salariés (conducteurs et exploitation) à votre formation « Gestion du stress au travail » de novembre.

Pouvez-vous nous adresser un devis et une convention de formation ? Les noms vous seront communiqués à la signature.

Cordialement,
Laurent Pichard
Gérant
"""),

M("fr-neg-prospect-tarifs", "fr", [],
  ("Camille Hébert", "camille.hebert@outlook.fr"), "2025-02-06 12:50",
  "Demande d'informations",
  """\
Bonjour,

Je traverse une période de questionnement professionnel (15 ans dans la banque, envie d'autre chose). Une amie m'a parlé de vous.

Pouvez-vous m'indiquer vos tarifs pour un accompagnement individuel, et comment se passe la première séance ?

Merci,
Camille Hébert
"""),

M("fr-neg-victoire-dire-non", "fr", [],
  ("Sandrine Pottier", "sandrine.pottier@gmail.com"), "2025-03-21 18:02",
  "j'ai osé !!",
  """\
Sandra,

J'AI OSÉ ! J'ai dit non à ma cheffe pour le dossier du vendredi soir. Poliment, calmement, avec la phrase qu'on avait préparée. Elle a juste dit « d'accord ».

Je tremblais en sortant de son bureau mais je suis tellement fière.

À mardi,
Sandrine
""", shape="alt"),

M("fr-neg-gilet-oublie", "fr", [],
  ("Karima Benali", "karima.benali@gmail.com"), "2025-05-18 10:30",
  "gilet",
  """\
Bonjour Sandra,

Ma fille Yasmine a oublié son gilet gris à l'atelier d'hier. Je peux passer le récupérer lundi ?

Merci,
Karima
"""),

M("fr-neg-avis-satisfaction", "fr", [],
  ("Éric Lemoine", "eric.lemoine@orange.fr"), "2025-12-19 17:10",
  "Re: Votre avis sur la formation",
  """\
Bonjour,

Le lien vers le questionnaire ne marchait pas sur mon ordinateur du travail, donc je réponds ici :
- Contenu : 5/5, très concret.
- Animation : 5/5.
- Organisation : 4/5, la salle était un peu froide le matin.
- Ce que je retiens : la technique du « DESC » pour les conflits.

Merci pour ces deux jours !
Éric Lemoine
""", irt="satisf-lemoine"),

M("fr-neg-fwd-article-coach", "fr", [],
  ("Sylvie Masson", "sylvie.masson@free.fr"), "2025-08-14 09:05",
  "Fwd: Retrouver le sommeil après un burn-out",
  """\
Sandra, je pense que ça peut t'intéresser pour ton atelier de la rentrée, c'est la lettre de ma sophrologue.

Bises
Sylvie

""" + fwd_gmail_fr("2025-08-13 07:30", "Claire - Sophrologie Vallée du Cher", "lettre@sophro-valleeducher.fr",
                   "sylvie.masson@free.fr", "Retrouver le sommeil après un burn-out", """\
Bonjour Sylvie,

Ce mois-ci, parlons sommeil. Après un épuisement professionnel, le sommeil est souvent le dernier à revenir...

3 exercices à faire le soir :
1. La respiration carrée
2. Le scan corporel
3. Le carnet de gratitude

Belle fin d'été,
Claire

Se désinscrire de cette lettre : https://sophro-valleeducher.fr/desinscription""")),
]
