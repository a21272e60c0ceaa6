# -*- coding: utf-8 -*-
"""French negatives, part 1 (b51): lookalikes, rights questions, third parties, consent given."""
from _rec import R

RECORDS = [
# NEAR-LINE: thank-you above a quoted (handled) erasure request -> negative
R("fr-neg-merci-apres-effacement", [], "Odile Prévost <odile.prevost@gmail.com>",
  "Re: Confirmation de suppression de vos données",
"""Merci beaucoup Sandra pour votre réactivité, c'est parfait.
Odile""", quote={"style": "gmail", "text": """Bonjour Madame Prévost,

Je vous confirme que l'ensemble de vos données personnelles a été effacé de mes fichiers ce jour, à l'exception de la facture que je dois conserver dix ans.

Bien cordialement,
Sandra Delomenie

Le lun. 3 mars, Odile Prévost a écrit :
> Bonjour, merci de supprimer toutes mes données. Odile Prévost"""}),

# NEAR-LINE: question about how a right works -> negative
R("fr-neg-ai-je-le-droit", [], "Cécile Arnoux <cecile.arnoux@orange.fr>",
  "Question RGPD",
"""Bonjour,

Petite question avant de m'inscrire au cycle d'automne : ai-je le droit de demander la suppression de mes notes de séance à la fin de l'accompagnement, ou êtes-vous obligée de les garder ?

Merci,
Cécile Arnoux"""),

R("fr-neg-combien-de-temps", [], "Gilles Paradis <gilles.paradis@free.fr>",
  "Durée de conservation",
"""Bonjour Madame,
Combien de temps conservez-vous les questionnaires remplis par les stagiaires après la formation ? C'est pour information, je n'ai pas de demande particulière.
G. Paradis"""),

# NEAR-LINE: hypothetical, not asking now -> negative
R("fr-neg-si-un-jour-hypothese", [], "Morgane Lefort <morgane.lefort@gmail.com>",
  "avant de commencer",
"""Bonjour Sandra,

J'ai hâte de commencer le parcours. Juste pour être tranquille : si un jour je décidais d'arrêter, est-ce que mes fiches seraient détruites automatiquement, ou faudrait-il que je vous le demande ?

Merci et à lundi,
Morgane"""),

# NEAR-LINE: explicit negation ("je ne vous demande pas de supprimer") -> negative
R("fr-neg-negation-pas-supprimer", [], "Raymonde Tixier <raymonde.tixier@wanadoo.fr>",
  "Après le dernier atelier",
"""Bonjour Sandra,

Je lis partout qu'il faut demander l'effacement de ses données, ma fille m'en parle sans arrêt. Rassurez-vous, je ne vous demande rien de tel ! Gardez tout, je reviendrai sûrement au printemps. Je voulais surtout vous remercier pour la douceur de vos séances.

Raymonde"""),

R("fr-neg-annuler-seance", [], "Bruno Cazenave <bruno.cazenave@gmail.com>",
  "Annulation séance jeudi",
"""Bonjour Sandra, je dois annuler notre séance de jeudi 17h (réunion imprévue). Pouvez-vous supprimer ce créneau et m'en proposer un la semaine suivante ? Merci ! Bruno"""),

# NEAR-LINE: "désinscrire" from a workshop = cancellation, not newsletter -> negative
R("fr-neg-desinscrire-atelier", [], "Laetitia Gomez <laetitia.gomez@hotmail.fr>",
  "Désinscription atelier du samedi 8",
"""Bonjour,
Je vais devoir me désinscrire de l'atelier « Lâcher prise » du samedi 8, ma fille est malade. Est-ce que l'acompte peut être reporté sur la session d'avril ?
Merci, Laetitia"""),

R("fr-neg-resilier-abonnement", [], "Xavier Lhomme <xavier.lhomme@orange.fr>",
  "Résiliation abonnement mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement mensuel au programme « 30 jours pour soi » à la fin de la période en cours. Merci de ne plus prélever à partir du mois prochain.

Xavier Lhomme"""),

# NEAR-LINE: "fermer mon compte" alone, no data mentioned -> negative
R("fr-neg-fermer-compte-seul", [], "Audrey Blanchet <audrey.blanchet@gmail.com>",
  "Fermer mon compte",
"""Bonjour, pouvez-vous fermer mon compte sur la plateforme ? Je n'utilise plus les modules. Merci.
Audrey"""),

R("fr-neg-mot-de-passe-oublie", [], "Henri Mallet <henri.mallet@laposte.net>",
  "mot de passe",
"""Bonjour, j'ai oublié mon mot de passe pour l'espace stagiaire et le lien de réinitialisation ne m'arrive pas. Pouvez-vous m'aider ?
Henri Mallet"""),

# NEAR-LINE: "accéder à mon espace" is a login issue -> negative
R("fr-neg-acceder-espace", [], "Noémie Rault <noemie.rault@icloud.com>",
  "impossible d'accéder à mon espace",
"""Bonjour Sandra,
Depuis hier je n'arrive plus à accéder à mon espace pour voir les vidéos du module 3, ça tourne dans le vide. C'est chez moi ou chez vous ?
Noémie

Envoyé de mon iPhone"""),

# NEAR-LINE: spouse asking about another living adult's data -> negative
R("fr-neg-mari-pour-epouse", [], "Philippe Dorval <philippe.dorval@orange.fr>",
  "Dossier de ma femme",
"""Bonjour,

Mon épouse Nathalie a fait plusieurs séances chez vous l'an dernier. Elle ne va pas bien en ce moment et j'aimerais savoir ce qu'elle vous a confié, pour mieux l'aider. Pouvez-vous m'envoyer une copie de son dossier ?

Philippe Dorval"""),

# NEAR-LINE: relative asking erasure for adult son (living) without mandate -> negative
R("fr-neg-mere-pour-fils-majeur", [], "Évelyne Charpentier <evelyne.charpentier@sfr.fr>",
  "Mon fils Julien",
"""Madame,

Mon fils Julien (27 ans) a participé à votre formation en juin. Il m'a dit qu'il ne voulait plus entendre parler de vous. Je vous demande donc d'effacer ses coordonnées, il ne sait pas que je vous écris.

Évelyne Charpentier"""),

R("fr-neg-collegue-evaluation", [], "Stéphanie Grosjean <s.grosjean@mutuelle-berry.fr>",
  "Évaluation de ma collègue",
"""Bonjour,

Ma collègue Amélie Fontaine a suivi la même formation que moi. Elle est absente jusqu'à fin mars et j'aurais besoin de son évaluation de fin de stage pour boucler le dossier de notre service. Pourriez-vous me l'envoyer ?

Stéphanie Grosjean
Mutuelle du Berry"""),

# NEAR-LINE: copy of a CNIL complaint -> negative
R("fr-neg-copie-plainte-cnil", [], "Gaston Ribot <gaston.ribot@gmail.com>",
  "Copie de ma plainte auprès de la CNIL",
"""Madame,

Pour votre information, vous trouverez ci-joint copie de la plainte que j'ai déposée ce jour sur le site de la CNIL concernant l'envoi de votre lettre d'information sans mon consentement.

G. Ribot""", attach=[("plainte_CNIL_recapitulatif.pdf", "CNIL - Recapitulatif de votre plainte - Reference 25-018734")]),

# NEAR-LINE: complaint with a threat, but nothing asked -> negative
R("fr-neg-plainte-menace-sans-demande", [], "Annick Sauvage <annick.sauvage@orange.fr>",
  "Inadmissible",
"""Madame,

Votre dernier mail a été envoyé avec toutes les adresses des participantes en copie visible. La mienne comprise. C'est inadmissible pour quelqu'un qui prétend respecter la vie privée. Je vais signaler cette fuite à la CNIL, vous en répondrez devant eux.

Annick Sauvage""", to="orange"),

# NEAR-LINE: threat about refund, no data request -> negative
R("fr-neg-menace-remboursement", [], "Lionel Chabert <lionel.chabert@gmail.com>",
  "Remboursement stage annulé",
"""Bonjour,

Le stage du 22 a été annulé de votre fait et j'attends toujours mon remboursement de 180 €. Si je n'ai rien reçu sous huit jours, je saisis la DGCCRF et la CNIL puisque vous gardez en plus mes coordonnées bancaires.

L. Chabert"""),

# NEAR-LINE: giving consent (not withdrawing) -> negative
R("fr-neg-donne-consentement-temoignage", [], "Rose Delcourt <rose.delcourt@gmail.com>",
  "Re: Votre témoignage ?",
"""Avec plaisir ! Oui, je vous autorise à publier mon témoignage avec mon prénom et l'initiale de mon nom sur le site. Vous pouvez aussi mettre la photo du jardin.
Rose""", quote={"style": "gmail", "text": """Bonjour Rose,

Accepteriez-vous que je publie quelques lignes de votre retour sur mon site ? Bien entendu, uniquement avec votre accord écrit.

Sandra"""}),

R("fr-neg-accord-enregistrement", [], "Didier Fauvel <didier.fauvel@free.fr>",
  "Accord enregistrement",
"""Bonjour Sandra,
Pas de souci pour enregistrer les séances pour ta supervision, je te donne mon accord.
Didier"""),

# NEAR-LINE: re-subscribing (consent given) -> negative
R("fr-neg-reinscription-newsletter", [], "Manon Ricard <manon.ricard@laposte.net>",
  "Finalement...",
"""Bonjour Sandra,
Je m'étais désinscrite de la lettre en début d'année mais vos textes me manquent ! Pouvez-vous me réinscrire ? Même adresse.
Manon"""),

R("fr-neg-consentement-sujet-formation", [], "Agnès Vidal <agnes.vidal@ehpad-lesglycines.fr>",
  "Formation sur le consentement des résidents",
"""Bonjour Madame Delomenie,

Je suis cadre de santé dans un EHPAD à Vierzon. Nous cherchons une formation pour nos aides-soignantes sur le recueil du consentement des résidents et la communication bienveillante. Proposez-vous ce type de module en intra ? Pour 12 personnes environ.

Agnès Vidal
Cadre de santé — EHPAD Les Glycines"""),

R("fr-neg-rgpd-sujet-formation", [], "Sébastien Morel <s.morel@cabinet-morel-expertise.fr>",
  "Devis formation RGPD pour notre équipe",
"""Bonjour,

Nous sommes un cabinet d'expertise comptable de 8 personnes. Une cliente nous a recommandé vos formations. Proposez-vous une sensibilisation au RGPD (droits des personnes, durées de conservation, bonnes pratiques) ? Pourriez-vous nous faire un devis ?

Sébastien Morel""", html="alt"),

R("fr-neg-copie-facture", [], "Alice Bouvier <alice.bouvier@gmail.com>",
  "Copie de facture",
"""Bonjour,
Pourriez-vous me renvoyer une copie de la facture de novembre ? Ma mutuelle la demande pour le remboursement partiel.
Merci, Alice Bouvier"""),

R("fr-neg-export-agenda", [], "Julien Mercier <julien.mercier@gmail.com>",
  "Export agenda",
"""Salut Sandra,
Comme promis pour ton site : pour exporter ton agenda Calendly vers Google Agenda, il faut aller dans Intégrations > Calendriers et connecter ton compte. Ensuite tu peux supprimer l'ancien export .ics.
Julien (ton webmaster préféré)"""),

R("fr-neg-corriger-cv", [], "Kelly Lambert <kelly.lambert@outlook.fr>",
  "Mon CV à corriger",
"""Bonjour Sandra,
Comme convenu lors de notre séance, je vous envoie mon CV. Pourriez-vous le corriger et me dire ce qui ne va pas dans la partie expériences ?
Merci !!
Kelly""", attach=[("CV_Kelly_Lambert.docx", "Kelly Lambert\nAssistante administrative\nExperiences : ...")]),

R("fr-neg-effacer-tableau-salle", [], "Salle des Fêtes Issoudun — Réservations <reservations@ville-issoudun.fr>",
  "Salle Colbert - consignes",
"""Bonjour Madame,

Pour votre location de la salle Colbert samedi, merci d'effacer le tableau blanc et de remettre les tables en place en partant. Le code d'accès à la salle est 4721, il sera désactivé dimanche à 12 h.

Le service des réservations"""),

R("fr-neg-retirer-colis", [], "La Poste <noreply@notif-laposte.fr>",
  "Votre colis vous attend",
"""Bonjour,

Votre colis n° 6A21458903215 n'a pas pu être distribué. Vous pouvez le retirer à partir de demain 14h au bureau de poste d'Issoudun Principal, muni d'une pièce d'identité.

La Poste""", headers={"Auto-Submitted": "auto-generated"}, html="alt"),

R("fr-neg-s-opposer-chef", [], "Florent Dubreuil <florent.dubreuil@gmail.com>",
  "Pour la séance de mardi",
"""Bonjour Sandra,

Pour préparer mardi : j'ai encore eu du mal en réunion. Dès que je m'oppose à mon responsable, je perds mes moyens et je finis par me taire. J'aimerais qu'on travaille là-dessus en priorité.

Florent"""),

# NEAR-LINE: "mes informations" for a registration -> negative
R("fr-neg-mes-informations-inscription", [], "Véronique Pottier <veronique.pottier@orange.fr>",
  "Inscription stage de juin",
"""Bonjour,

Voici mes informations pour l'inscription au stage de juin :
Véronique Pottier, née le 03/09/1971
12 rue des Minimes, 36100 Issoudun
06 33 71 28 40

Je vous envoie le chèque d'acompte par courrier.
Cordialement"""),

R("fr-neg-attestation-presence", [], "Léon Brunet <leon.brunet@gmail.com>",
  "Attestation",
"""Bonjour, mon employeur me demande une attestation de présence pour la formation des 4 et 5. Pouvez-vous me la transmettre ? Merci. Léon Brunet"""),

# NEAR-LINE: asking about sharing practice before enrolling (general, not their data) -> negative
R("fr-neg-question-transmission-employeur", [], "Sarah Jourdain <sarah.jourdain@gmail.com>",
  "Confidentialité du coaching",
"""Bonjour,

Mon entreprise me propose un coaching avec vous. Avant d'accepter, je voudrais savoir : est-ce que vous transmettez les comptes rendus de séance à l'employeur, ou reste-t-il uniquement un bilan global ?

Merci d'avance,
Sarah Jourdain"""),

R("fr-neg-question-portabilite", [], "Mickaël Perrin <mickael.perrin@free.fr>",
  "Question",
"""Bonjour, est-ce qu'on peut demander la portabilité de ses données quand on change de coach ? Je me renseigne, je n'ai pas encore décidé. Mickaël"""),

R("fr-neg-quels-droits", [], "Ophélie Gauthier <ophelie.gauthier@gmail.com>",
  "Droits sur mes données ?",
"""Bonjour,
Dans votre fiche d'inscription il est écrit que je dispose de « droits sur mes données ». Lesquels exactement, et comment les exercer si besoin ? Je préfère comprendre avant de signer.
Merci
Ophélie"""),

# NEAR-LINE: hypothetical portability, "au cas où" -> negative
R("fr-neg-au-cas-ou-recuperer", [], "Thierry Baudin <thierry.baudin@orange.fr>",
  "Programme en ligne",
"""Bonjour,

Le programme me plaît beaucoup. Au cas où je quitterais la plateforme l'an prochain, est-ce que je pourrais récupérer mes exercices dans un fichier ? Ce n'est pas pour maintenant.

Thierry"""),

# NEAR-LINE: HR of a company that paid asking about its employees -> negative (other adults' data)
R("fr-neg-rh-presences-salaries", [], "Corinne Aubert — RH Fonderie du Berry <c.aubert@fonderie-berry.fr>",
  "Feuilles d'émargement formation management",
"""Bonjour Madame Delomenie,

Pour notre dossier OPCO, pourriez-vous nous transmettre les feuilles d'émargement signées et les évaluations à chaud des 6 salariés qui ont suivi la formation des 12 et 13 mai ?

Cordialement,
Corinne Aubert
Ressources humaines — Fonderie du Berry""", cc="Comptabilité <compta@fonderie-berry.fr>"),

R("fr-neg-rh-corriger-raison-sociale", [], "Service Formation — Groupe Ardent <formation@groupe-ardent.fr>",
  "Correction convention de formation",
"""Bonjour,

La convention de formation porte la raison sociale « Ardent SAS » alors que nous sommes « Groupe Ardent SA ». Pourriez-vous corriger le document et nous le renvoyer pour signature ?

Merci,
Service Formation""", attach=[("convention_formation_Ardent.pdf", "Convention de formation professionnelle - Ardent SAS")]),

R("fr-neg-supprimer-rdv-mardi", [], "Yvette Guichard <yvette.guichard@orange.fr>",
  "RDV",
"""Bonjour, vous pouvez supprimer mon rendez-vous de mardi 10h, je suis au regret mais ma voiture est au garage. Je rappelle pour en reprendre un. Y. Guichard"""),

R("fr-neg-quebec-annuler-programme", [], "Sophie Bergeron <sophie.bergeron@videotron.ca>",
  "Annulation programme en ligne",
"""Bonjour,

Je voudrais annuler mon inscription au programme en ligne qui commence le 3. Je n'aurai pas le temps ce trimestre-ci. Est-ce que je peux être remboursée?

Merci,
Sophie Bergeron"""),

R("fr-neg-belge-facture-effacee", [], "Jean-Pol Lambotte <jp.lambotte@skynet.be>",
  "Facture",
"""Bonjour Madame,
J'ai effacé par mégarde votre mail avec la facture de la formation. Pourriez-vous me la renvoyer ? D'avance merci.
Jean-Pol Lambotte"""),

R("fr-neg-suisse-coordonnees-inscription", [], "Nadia Bühler <nadia.buehler@bluewin.ch>",
  "Inscription retraite de septembre",
"""Bonjour Madame,

Je souhaiterais m'inscrire à la retraite de septembre. Mes coordonnées : Nadia Bühler, route de Berne 12, 1700 Fribourg, +41 79 412 33 08. Faut-il verser un acompte ?

Avec mes meilleures salutations,
Nadia Bühler"""),

R("fr-neg-acces-dossier-partage", [], "Clément Besson <clement.besson@gmail.com>",
  "Accès au drive de la formation",
"""Bonjour,
Je n'ai pas reçu l'accès au dossier partagé avec les supports de la formation (les PDF et la vidéo du jour 2). Pouvez-vous m'ajouter ? Mon adresse gmail est celle-ci.
Merci, Clément"""),

R("fr-neg-mecontent-atelier", [], "Roland Pelissier <roland.pelissier@wanadoo.fr>",
  "Déçu",
"""Bonjour,

Je suis sorti déçu de l'atelier de samedi. Trop de monde, pas assez de pratique, et la salle était froide. Je tenais à vous le dire franchement, j'espère que les prochains seront mieux organisés.

Roland Pelissier"""),

R("fr-neg-etudiante-enquete-rgpd", [], "Inès Larbi <ines.larbi@etu.univ-tours.fr>",
  "Enquête mémoire — RGPD chez les indépendants",
"""Bonjour Madame,

Étudiante en master de droit du numérique, je réalise une enquête sur la manière dont les professionnels indépendants de l'accompagnement appliquent le RGPD (gestion des demandes d'accès, d'effacement, etc.). Accepteriez-vous de répondre à un questionnaire de 10 minutes ?

Inès Larbi"""),
]
