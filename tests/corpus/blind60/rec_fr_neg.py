# French messages that are NOT requests to Sandra (rights empty); most are hard negatives.
from recbase import R, Q, SANDRA, SANDRA_O, NEWS, FORM

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]
BULK = [("Precedence", "bulk")]

RECORDS = [

# ------------------------------------------------ trigger words, everyday sense
R("fr-neg-supprimer-creneau", "Lydie Caron <lydie.caron@gmail.com>",
  "Créneau de jeudi",
"""Bonjour Sandra,

Est-ce que vous pouvez supprimer mon créneau de jeudi 14h ? Ma fille est malade et je ne pourrai pas me libérer. Je reprends un rendez-vous en ligne pour la semaine suivante.

Merci, bonne journée
Lydie""", []),
# NEAR-LINE: "supprimer" applies to a booking slot, no data -> negative (cancellation).

R("fr-neg-effacer-tableau", "Benoît Savary <benoit.savary@cc-issoudun.fr>",
  "Schéma du tableau - formation de mardi",
"""Bonjour Madame Delomenie,

Lors de la formation de mardi vous avez effacé le tableau avant que j'aie pu prendre en photo le schéma sur les quatre étapes de la communication non violente. Auriez-vous la possibilité de nous le renvoyer ?

Merci par avance,
Benoît Savary
Service RH - Communauté de communes""", [], exchange=True),

R("fr-neg-acces-salle", "Coralie Baudin <coralie.baudin@gmail.com>",
  "accès à la salle samedi",
"""Bonjour !
Pour l'atelier de samedi, comment on accède à la salle ? Il y a un code à la porte de la rue d'Estienne d'Orves ou on sonne ? Et est-ce qu'on peut se garer devant ?
Merci
Coralie""", []),

R("fr-neg-copie-facture", "Josiane Marceau <josiane.marceau@orange.fr>",
  "copie de facture pour la mutuelle",
"""Bonjour Sandra,
Ma mutuelle me demande une copie de la facture de mes séances de mars pour le remboursement (forfait bien-être). Je ne la retrouve plus, pourriez-vous me la renvoyer ?
Merci beaucoup
Josiane""", []),
# NEAR-LINE: a copy of an invoice is an ordinary business document request, not access to personal data.

R("fr-neg-export-agenda", "Thibaut Lenoir <thibaut.lenoir@gmail.com>",
  "Lien d'export de l'agenda",
"""Bonjour,
Le lien "exporter vers mon agenda" dans le mail de confirmation ne fonctionne pas sur Outlook (il ouvre une page blanche). Pouvez-vous m'envoyer les dates du cycle en fichier .ics ou juste par mail ?
Thibaut""", []),

R("fr-neg-corriger-document", "Agnès Royer <agnes.royer@free.fr>",
  "Module 3 - document corrigé",
"""Bonjour Sandra,

Comme convenu, j'ai corrigé le document du module 3 (les fautes que vous aviez relevées et la mise en page du tableau). Vous le trouverez en pièce jointe.

À jeudi,
Agnès""", [], att=[("docx", "Module3_exercices_corrige.docx", "Module 3 - Exercices\nVersion corrigee par Agnes Royer")]),

R("fr-neg-manager-soppose", "Quentin Fabre <quentin.fabre@gmail.com>",
  "Formation de juin",
"""Bonjour,

Mauvaise nouvelle : mon manager s'oppose à ce que je suive la formation sur mon temps de travail. Est-ce qu'il existe une session le samedi ou en soirée ? Sinon je verrai avec le CPF.

Cordialement,
Quentin Fabre""", []),

R("fr-neg-retirer-colis", "Valérie Bonnet <valerie.bonnet@laposte.net>",
  "Livres reçus",
"""Bonjour Sandra, j'ai retiré le colis au relais ce matin, les deux livres sont arrivés en parfait état. Merci pour la dédicace, ça m'a touchée !
Valérie""", []),

R("fr-neg-atelier-consentement", "Sandrine Aubert <sandrine.aubert@ac-orleans-tours.fr>",
  "Atelier \"consentement et limites\" pour nos 4e",
"""Bonjour Madame,

Je suis infirmière scolaire au collège Les Capucins. Nous aimerions proposer à nos élèves de 4e votre atelier sur le consentement et les limites dans les relations. Pourriez-vous m'indiquer le déroulé, la durée et vos tarifs pour une intervention en classe ?

Bien cordialement,
Sandrine Aubert""", []),

R("fr-neg-rgpd-theme-formation", "Laurent Mercier <l.mercier@menuiserie-mercier.fr>",
  "Formation managers - ajouter le RGPD ?",
"""Bonjour Madame Delomenie,

Suite à notre échange, est-ce que votre formation "Manager avec bienveillance" pourrait inclure une demi-heure sur le RGPD et la confidentialité des entretiens annuels ? Nos chefs d'équipe manquent de repères là-dessus.

Je reste disponible pour en parler.
Laurent Mercier
Menuiserie Mercier - Déols""", [], exchange=True),

R("fr-neg-mes-infos-inscription", "Inès Charpentier <ines.charpentier@gmail.com>",
  "Mes informations pour l'inscription",
"""Bonjour,

Voici mes informations pour l'inscription au stage d'octobre :
Nom : Charpentier
Prénom : Inès
Adresse : 5 impasse des Vignes, 36100 Issoudun
Téléphone : 06 58 32 11 74
Allergies : aucune

Je vous envoie l'acompte par virement ce soir.
Inès""", []),

R("fr-neg-effacer-mail-zoom", "Renée Gauthier <renee.gauthier@wanadoo.fr>",
  "lien zoom effacé",
"""Bonsoir Sandra,
J'ai effacé par erreur le mail avec le lien Zoom pour la conférence de demain soir. Pouvez-vous me le renvoyer ? Je suis nulle avec l'ordinateur !
Renée""", []),

R("fr-neg-opposition-carte", "Mathilde Gros <mathilde.gros@hotmail.fr>",
  "Prélèvement du mois",
"""Bonjour Sandra,

Je vous préviens : on m'a volé mon sac et j'ai fait opposition sur ma carte bancaire. Le prélèvement de la mensualité du 5 risque d'être rejeté. Je vous fais un virement dès que j'ai ma nouvelle carte.

Désolée pour le contretemps,
Mathilde""", []),

R("fr-neg-petite-rectification", "Gisèle Perrin <gisele.perrin@orange.fr>",
  "petite rectification",
"""Petite rectification à mon message d'hier : je serai là samedi et pas dimanche, je m'étais trompée de jour. À samedi donc !
Gisèle""", []),
# NEAR-LINE: "rectification" of her own previous message about a date, no personal data in Sandra's records -> negative.

R("fr-neg-droit-image-question", "Carole Besson <carole.besson@gmail.com>",
  "photos pendant le stage",
"""Bonjour Sandra, petite question : est-ce que j'ai le droit de prendre des photos pendant le stage pour mon carnet de bord ? Je ne veux pas gêner les autres participantes. Merci ! Carole""", []),

R("fr-neg-portabilite-numero", "Francis Roger <francis.roger@sfr.fr>",
  "Mon numéro",
"""Bonjour,

Je vous informe que j'ai changé d'opérateur, mais grâce à la portabilité je garde le même numéro, donc rien ne change de votre côté. Par contre pendant deux ou trois jours je risque de ne pas être joignable, envoyez plutôt un mail pour la confirmation de jeudi.

Francis""", []),
# NEAR-LINE: "portabilité" of a phone number, no data request; number unchanged -> negative.

R("fr-neg-salon-retrait-stand", "Salon Bien-Être Berry <organisation@salonbienetre-berry.fr>",
  "Salon du 14 septembre - retrait d'un exposant",
"""Bonjour Madame Delomenie,

Un exposant ayant retiré sa candidature, un emplacement s'est libéré à côté de votre stand (n° 22). Souhaitez-vous en profiter pour agrandir votre espace ? Le supplément est de 40 €.

Merci de nous répondre avant vendredi.

L'équipe d'organisation""", [], html="alt"),

R("fr-neg-attestation-presence", "Yannick Bodin <yannick.bodin@gmail.com>",
  "Attestation de présence",
"""Bonjour,

Mon employeur me demande une attestation de présence pour la formation des 3 et 4 avril (pour Pôle emploi / France Travail). Pouvez-vous m'en faire une ?

Merci d'avance,
Yannick Bodin""", []),
# NEAR-LINE: asks for a new attendance certificate (an administrative document), not a copy of the data held about him -> negative.

R("fr-neg-comptable-export", "Cabinet Audit Berry <mission@auditberry-expertise.fr>",
  "Clôture 2025 - export des ventes",
"""Bonjour Madame Delomenie,

Pour la clôture de l'exercice, merci de nous transmettre l'export des ventes Systeme.io et Stripe de janvier à décembre (format CSV si possible), ainsi que les relevés Qonto de décembre.

Bien cordialement,
Cabinet Audit Berry - Pôle TPE""", [], exchange=True),

# ---------------------------------------------------- cancellations / login
R("fr-neg-annule-atelier", "Brigitte Mallet <brigitte.mallet@gmail.com>",
  "Annulation atelier du 15",
"""Bonjour Sandra,

Je suis désolée mais je dois annuler ma participation à l'atelier du 15, j'ai un souci familial. Pouvez-vous garder mon acompte pour le suivant ?

Bien à vous,
Brigitte""", []),

R("fr-neg-resilier-abonnement", "Serge Navarro <serge.navarro@orange.fr>",
  "Résiliation abonnement cercle mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement au cercle mensuel à partir du mois prochain. Merci de ne plus effectuer de prélèvement après celui de février.

Cordialement,
Serge Navarro""", []),
# NEAR-LINE: ending a subscription contract, no data mentioned -> negative (not objection).

R("fr-neg-mot-de-passe", "Nadège Fournier <nadege.fournier@free.fr>",
  "impossible de me connecter",
"""Bonjour, je n'arrive plus à me connecter à la plateforme de formation, il me dit mot de passe incorrect et le mail de réinitialisation n'arrive jamais (j'ai regardé les spams). Vous pouvez m'aider ? Merci Nadège""", []),

R("fr-neg-acceder-espace", "Hugo Bertrand <hugo.bertrand@gmail.com>",
  "Accéder à mon espace",
"""Bonjour Sandra,
Je viens de payer le module "Oser s'affirmer" mais je ne trouve pas comment accéder à mon espace pour voir les vidéos. Il y a un lien quelque part ?
Merci !
Hugo""", []),

R("fr-neg-fermer-compte", "Patrick Millet <patrick.millet@laposte.net>",
  "Fermeture de compte",
"""Bonjour,

Pouvez-vous fermer mon compte sur votre plateforme ? Je n'y vais plus.

Merci,
P. Millet""", []),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).

R("fr-neg-desinscription-stage", "Ludivine Picard <ludivine.picard@yahoo.fr>",
  "désinscription stage juillet",
"""Bonjour, je dois me désinscrire du stage de juillet (mutation professionnelle imprévue). Est-ce que le remboursement est possible ou seulement un avoir ? Merci Ludivine""", []),
# NEAR-LINE: "désinscription" from a workshop, not from a mailing list -> cancellation, negative.

R("fr-neg-report-deuil", "Mélissa Vidal <melissa.vidal@gmail.com>",
  "Séance de lundi",
"""Bonjour Sandra,

Mon père est décédé dimanche, je ne serai pas en état de venir lundi. Pouvons-nous reporter la séance de deux semaines ? Je vous recontacte.

Mélissa""", []),
# NEAR-LINE: mentions a death but she reschedules her own session; nothing about the deceased's data -> negative.

R("fr-neg-lien-expire", "Albert Rivet <albert.rivet@orange.fr>",
  "Re: Votre accès à la formation",
"""Bonjour, le lien a expiré quand j'ai cliqué dessus. Pouvez-vous m'en renvoyer un ? Merci. Albert Rivet""", [],
  quote=Q("outlook", """Bonjour Albert,

Voici votre lien d'accès personnel à la formation "Gérer son stress au travail" (valable 48 h) : https://floraisondesoi.systeme.io/acces

Belle formation !
Sandra""", who=SANDRA_O)),

# --------------------------------------------------- questions about rights
R("fr-neg-ai-je-le-droit", "Emmanuelle Robin <emmanuelle.robin@gmail.com>",
  "Question sur mes notes",
"""Bonjour Sandra,

Une question en passant : ai-je le droit de demander que mes notes de séance soient supprimées alors que l'accompagnement est toujours en cours ? Ce n'est pas une demande, je me renseigne juste, une amie m'en a parlé.

Merci !
Emmanuelle""", []),
# NEAR-LINE: question about how the erasure right works, explicitly not asking -> negative.

R("fr-neg-duree-conservation", "Denis Marchetti <denis.marchetti@wanadoo.fr>",
  "Durée de conservation",
"""Bonjour,

Combien de temps conservez-vous les questionnaires que l'on remplit au début de l'accompagnement ? Je n'ai pas trouvé l'information clairement dans la politique de confidentialité.

Cordialement,
Denis Marchetti""", []),

R("fr-neg-pourrai-je-recuperer", "Karine Leclerc <karine.leclerc@gmail.com>",
  "avant de m'inscrire",
"""Bonjour,

Avant de m'inscrire à la formation en ligne : si un jour j'arrête, est-ce que je pourrai récupérer mes exercices et mon journal pour les garder ? Ou est-ce que tout disparaît ?

Merci pour votre réponse
Karine""", []),
# NEAR-LINE: asks whether portability will be possible in future, not asking for it now -> negative.

R("fr-neg-visio-enregistree", "Maryse Lucas <maryse.lucas@orange.fr>",
  "Visio",
"""Bonjour, les séances en visio sont-elles enregistrées ? Je préfère savoir avant de commencer. Bonne journée, Maryse""", []),

R("fr-neg-question-apres-deces", "Colette Barbier <colette.barbier@laposte.net>",
  "Une question un peu particulière",
"""Bonjour Sandra,

Question un peu particulière : qu'est-ce que deviennent les notes de vos clients quand ils décèdent ? Est-ce que la famille peut les demander ? Je me pose la question pour moi, sans urgence, je ne suis pas malade !

Bien amicalement,
Colette""", []),
# NEAR-LINE: asks how post-mortem handling works but gives no instructions of her own -> question, negative.

R("fr-neg-question-temoignage-retrait", "Manon Perret <manon.perret@gmail.com>",
  "Témoignage",
"""Bonjour Sandra, je veux bien vous écrire un témoignage mais est-ce que je pourrai le retirer plus tard si je change d'avis ? Merci, Manon""", []),

R("fr-neg-qui-a-acces", "Gaëlle Henry <gaelle.henry@hotmail.fr>",
  "Confidentialité des séances",
"""Bonjour,

Avant de commencer l'accompagnement, j'aimerais savoir qui a accès aux notes de séance de manière générale : vous seule, ou aussi une assistante, un superviseur ? Où sont-elles stockées ?

Merci de votre transparence,
Gaëlle Henry""", []),
# NEAR-LINE: a general how-do-you-work question before any data exists about her, not "who was my data shared with" -> negative.

# --------------------------------------------------------------------- CNIL
R("fr-neg-copie-plainte-cnil", "Georges Lefort <georges.lefort@orange.fr>",
  "Copie de ma plainte à la CNIL",
"""Madame,

Pour votre information, vous trouverez ci-joint la copie de la plainte que j'ai déposée ce jour auprès de la Commission nationale de l'informatique et des libertés concernant la réception répétée de vos courriels.

G. Lefort""", [], att=[("pdf", "plainte_CNIL_Lefort.pdf", "CNIL - Plainte en ligne n. 25-118734 - Georges Lefort")]),

R("fr-neg-cnil-accuse-fwd", "Sophie Carré <sophie.carre@gmail.com>",
  "TR: Votre plainte a bien été enregistrée",
"""Je vous transmets l'accusé de réception de la CNIL. Je laisse désormais la CNIL gérer ce dossier.""", [],
  quote=Q("fwd", """Madame,

Nous accusons réception de votre plainte enregistrée sous la référence 25-094211. Elle sera instruite par nos services dans les meilleurs délais.

Le service des plaintes
Commission nationale de l'informatique et des libertés""", who="CNIL <ne-pas-repondre@cnil.fr>", subject="Votre plainte a bien été enregistrée", to="sophie.carre@gmail.com")),

# ---------------------------------------------------------- third parties
R("fr-neg-soeur-inscrite", "Annick Roussel <annick.roussel@wanadoo.fr>",
  "Ma sœur",
"""Bonjour,

Ma sœur Danièle Roussel a suivi vos ateliers l'an dernier. Pourriez-vous me dire si elle est toujours inscrite chez vous et quelles informations vous avez sur elle ? Elle est un peu perdue en ce moment et je l'aide dans ses papiers.

Merci,
Annick""", []),
# NEAR-LINE: asks about another living adult's data -> negative.

R("fr-neg-mari-supprimer", "Catherine Dufour <catherine.dufour@orange.fr>",
  "Données de mon mari",
"""Bonjour,

Mon mari, Philippe Dufour, ne souhaite plus recevoir vos mails et voudrait que vous supprimiez ses coordonnées. Il n'est pas très à l'aise avec l'informatique, c'est moi qui vous écris.

Cordialement,
Catherine Dufour""", []),
# NEAR-LINE: a spouse writing about a living adult, no mandate -> negative by policy.

R("fr-neg-collegue-retirer", "Mickaël Henry <m.henry@transports-henry.fr>",
  "Mme Jeanne Lopez",
"""Bonjour,

Ma collègue Jeanne Lopez, qui a suivi votre formation avec nous, m'a demandé de vous dire qu'elle ne voulait plus recevoir vos mails. Pouvez-vous la retirer de votre liste ?

Merci,
Mickaël Henry""", [], exchange=True),
# NEAR-LINE: colleague asking for another living adult -> negative.

R("fr-neg-rh-evaluations", "Service RH - Coopérative Agricole du Berry <rh@coop-berry.fr>",
  "Évaluations de nos salariés",
"""Bonjour Madame,

Dans le cadre des entretiens annuels, pourriez-vous nous transmettre les évaluations et grilles d'auto-positionnement remplies par nos six salariés lors de la formation "Prise de parole" de novembre ?

Cordialement,
Corinne Vallet
Responsable RH""", [], exchange=True),
# NEAR-LINE: HR asks for employees' personal records (third parties) -> negative.

R("fr-neg-mere-vivante", "Sylvain Morel <sylvain.morel@gmail.com>",
  "Ma mère, Mme Odette Morel",
"""Bonjour,

Ma mère, Odette Morel, 86 ans, a eu quelques séances avec vous. Elle commence à perdre la mémoire et nous aimerions, mon frère et moi, savoir ce qu'elle vous a raconté. Pourriez-vous nous envoyer une copie de ses notes ?

Merci,
Sylvain Morel""", []),
# NEAR-LINE: mother is alive (no death, no mandate) -> relative asking about a living adult, negative, not post_mortem.

R("fr-neg-entreprise-emargement", "Formation & Compétences <inscriptions@fc-centre.fr>",
  "Feuilles d'émargement - session du 12 mars",
"""Bonjour Sandra,

En tant qu'organisme financeur, nous avons besoin des feuilles d'émargement signées de la session du 12 mars pour clôturer le dossier OPCO. Pourriez-vous nous les faire parvenir en PDF ?

Merci et à bientôt,
Lucie - Service administratif""", []),
# NEAR-LINE: the company that paid asks for attendance sheets (contractual documents about participants) -> negative.

R("fr-neg-ex-conjoint", "Frédérique Martel <frederique.martel@gmail.com>",
  "question",
"""Bonjour, je voudrais savoir si mon ex-mari Laurent Martel est venu vous voir en séance cette année, et ce qu'il a dit sur moi. C'est pour le dossier de garde. Merci de votre aide. F. Martel""", []),

R("fr-neg-fils-majeur", "Dominique Charrier <dominique.charrier@orange.fr>",
  "Mon fils Maxime",
"""Bonjour Madame,

Mon fils Maxime, 22 ans, a fait un bilan avec vous l'an dernier. Je voudrais que vous supprimiez toutes ses données, il ne veut plus entendre parler de ce bilan.

Merci
D. Charrier""", []),
# NEAR-LINE: parent for an ADULT son with no mandate -> another living adult, negative (unlike a minor).

# ---------------------------------------------- thank-you above handled requests
R("fr-neg-merci-suppression", "Odile Besnard <odile.besnard@orange.fr>",
  "Re: Votre demande de suppression",
"""Merci beaucoup Sandra pour votre réactivité, et bonne continuation !
Odile""", [],
  quote=Q("gmail", """Bonjour Madame Besnard,

Conformément à votre demande, j'ai supprimé l'ensemble de vos données personnelles de mes fichiers et de la plateforme Systeme.io.

Bien cordialement,
Sandra Delomenie""", who=SANDRA)),

R("fr-neg-merci-export", "Damien Roux <damien.roux@gmail.com>",
  "Re: Export de vos données",
"""Bien reçu le fichier, tout s'ouvre correctement. Merci !""", [],
  quote=Q("apple", """Bonjour Damien,

Vous trouverez ci-joint l'export de vos données au format CSV, comme demandé.

Belle journée,
Sandra""", who=SANDRA)),

R("fr-neg-merci-correction", "Aurélie Lefèvre <aurelie.lefevre@yahoo.fr>",
  "RE: Orthographe de mon nom",
"""Parfait, c'est bien corrigé sur la nouvelle attestation. Merci !
Aurélie""", [],
  quote=Q("outlook", """Bonjour,

Pourriez-vous corriger mon nom dans votre fichier ? Il s'écrit Lefèvre, avec un accent grave et sans b.

Merci !
Aurélie Lefèvre""", who="Aurélie Lefèvre <aurelie.lefevre@yahoo.fr>", to="contact@floraisondesoi.fr")),
# NEAR-LINE: thank-you above her own quoted rectification request -> only new text counts, negative.

R("fr-neg-merci-desinscrit", "Lucien Arnaud <lucien.arnaud@gmail.com>",
  "Re: SMS",
"""C'est noté, merci d'avoir fait le nécessaire aussi vite.
L. Arnaud""", [],
  quote=Q("gmail", """Bonjour Monsieur Arnaud,

C'est fait : votre numéro a été retiré de la liste d'envoi des SMS.

Cordialement,
Sandra""", who=SANDRA_O)),

R("fr-neg-merci-dessus-ma-demande", "Roger Maupin <roger.maupin@wanadoo.fr>",
  "Re: Rayez-moi",
"""Bien reçu votre confirmation. Merci.
R. Maupin""", [],
  quote=Q("apple", """Madame,

Je vous demande de me rayer de tous vos fichiers. Je ne veux plus figurer nulle part chez vous.

R. Maupin""", who="Roger Maupin <roger.maupin@wanadoo.fr>")),
# NEAR-LINE: quoted text is his own erasure request; the new text only acknowledges -> negative.

# --------------------------------------------------------------- consent given
R("fr-neg-ok-temoignage", "Nadia Benali <nadia.benali@gmail.com>",
  "Re: Un petit témoignage ?",
"""Avec plaisir Sandra ! Oui, vous pouvez publier mon témoignage sur votre site et sur Facebook, avec mon prénom et l'initiale de mon nom. Voici le texte :

"J'ai découvert avec Sandra une manière plus douce de me parler à moi-même. Six mois après, je me sens enfin à ma place."

Nadia B.""", [],
  quote=Q("gmail", """Bonjour Nadia,

Maintenant que notre accompagnement se termine, accepteriez-vous d'écrire quelques lignes de témoignage pour mon site ?

Sandra""", who=SANDRA)),
# NEAR-LINE: giving consent to a testimonial (the opposite of withdrawing it) -> negative.

R("fr-neg-accepte-photo", "Juliette Marchal <juliette.marchal@gmail.com>",
  "autorisation photo",
"""Bonjour Sandra, pas de souci pour les photos du stage, je suis d'accord pour apparaître sur votre site et votre page Insta. Bonne soirée ! Juliette""", []),

R("fr-neg-inscription-newsletter", "Arlette Simon <arlette.simon@orange.fr>",
  "Newsletter",
"""Bonjour,

J'ai assisté à votre conférence à la médiathèque hier soir, c'était passionnant. Pourriez-vous m'inscrire à votre lettre d'information ? Je n'ai pas trouvé le formulaire sur le site.

Merci,
Arlette Simon""", []),

R("fr-neg-consentement-sante-signe", "Rémi Joly <remi.joly@gmail.com>",
  "Contrat et formulaire signés",
"""Bonjour Sandra,

Vous trouverez ci-joint le contrat d'accompagnement et le formulaire de consentement pour les données de santé, tous les deux signés.

À mardi pour la première séance,
Rémi""", [], att=[("pdf", "contrat_signe_Joly.pdf", "Contrat d'accompagnement - signe - Remi Joly"),
                   ("pdf", "consentement_sante_Joly.pdf", "Consentement collecte donnees de sante - J'accepte - Remi Joly")]),

R("fr-neg-ok-enregistrement", "Élise Vincent <elise.vincent@outlook.fr>",
  "Re: Enregistrement pour la supervision",
"""Oui, vous pouvez enregistrer la séance de jeudi pour votre supervision, ça ne me dérange pas du tout.
Élise""", [],
  quote=Q("outlook", """Bonjour Élise,

Accepteriez-vous que j'enregistre notre prochaine séance (audio uniquement) pour ma supervision ? L'enregistrement sera détruit ensuite.

Sandra""", who=SANDRA, to="Élise Vincent")),

# --------------------------------------------------------------- auto-replies
R("fr-neg-absence", "Marine Leroy <marine.leroy@mairie-issoudun.fr>",
  "Réponse automatique : Salle des fêtes - convention",
"""Bonjour,

Je suis absente du 4 au 15 août inclus. Pour toute demande urgente concernant la location des salles municipales, merci de contacter le service Vie associative au 02 54 03 03 03.

Cordialement,
Marine Leroy""", [], headers=AUTO + [("X-Auto-Response-Suppress", "All")], exchange=True),

R("fr-neg-autoreply-rgpd", "Mutuelle Santé Centre <ne-pas-repondre@mutuelle-sante-centre.fr>",
  "Accusé de réception de votre message",
"""Bonjour,

Nous accusons bonne réception de votre message, qui sera traité dans un délai de 5 jours ouvrés.

Conformément au Règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données. Pour les exercer, écrivez à dpo@mutuelle-sante-centre.fr.

Ceci est un message automatique, merci de ne pas y répondre.""", [], headers=AUTO, html="alt", auto=True),
# NEAR-LINE: an automatic reply that lists GDPR rights is not a request -> negative.

R("fr-neg-autoreply-conge", "Stéphanie Perrot <stephanie.perrot@gmail.com>",
  "Absence",
"""Bonjour, je suis en congé maternité jusqu'au 2 mars. Je lirai vos messages à mon retour. Stéphanie""", [],
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], auto=True),

R("fr-neg-bounce-orange", "Mail Delivery System <MAILER-DAEMON@smtp.floraisondesoi.fr>",
  "Undelivered Mail Returned to Sender",
"""Ceci est le système de messagerie de smtp.floraisondesoi.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<lucette.garnier@wanadoo.fr>: host smtp-in.orange.fr[80.12.24.83] said: 550 5.1.1
    <lucette.garnier@wanadoo.fr> Adresse d'au moins un destinataire invalide.""", [],
  to="contact@floraisondesoi.fr", return_path="", headers=[("Auto-Submitted", "auto-replied")], auto=True,
  bounce=dict(mta="smtp.floraisondesoi.fr", rcpt="lucette.garnier@wanadoo.fr", status="5.1.1",
              remote="smtp-in.orange.fr", diag="550 5.1.1 Adresse d'au moins un destinataire invalide",
              orig_from="Floraison de Soi <contact@floraisondesoi.fr>",
              orig_subject="Lettre d'automne : ralentir pour mieux repartir")),

R("fr-neg-bounce-boite-pleine", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
"""Votre message n'a pas pu être distribué à jp.cordier@gmail.com car la boîte de réception du destinataire est pleine et ne peut plus accepter de messages.

Réessayez plus tard, ou contactez directement le destinataire.""", [],
  to="sandra.delomenie@orange.fr", return_path="", headers=[("Auto-Submitted", "auto-replied")], auto=True,
  bounce=dict(mta="mx.google.com", rcpt="jp.cordier@gmail.com", status="4.2.2",
              remote="gmail-smtp-in.l.google.com", diag="452-4.2.2 The recipient's inbox is out of storage space",
              orig_from="Sandra Delomenie <sandra.delomenie@orange.fr>",
              orig_subject="Confirmation de suppression de vos données")),
# NEAR-LINE: bounce of her own erasure confirmation; the words are about deletion but it is automatic mail -> negative.

# ------------------------------------------------------ platform notifications
R("fr-neg-stripe-paiement", "Stripe <notifications@stripe.com>",
  "Paiement de 180,00 € reçu de Laure Girard",
"""Vous avez reçu un paiement de 180,00 €.

Client : laure.girard@gmail.com
Description : Stage "Reprendre confiance" - acompte
Moyen de paiement : Visa •••• 4242
Date : voir le tableau de bord

Consulter le paiement dans votre Dashboard : https://dashboard.stripe.com/payments

Stripe, 10 Boulevard Haussmann, 75009 Paris""", [], html="alt", headers=BULK, auto=True),

R("fr-neg-systemeio-vente", "Systeme.io <no-reply@systeme.io>",
  "🎉 Nouvelle vente : Formation \"Oser s'affirmer\"",
"""Bonne nouvelle !

Un nouveau client vient d'acheter votre produit "Oser s'affirmer - formation en ligne".

Contact : marc.lefranc@gmail.com
Montant : 97,00 €
Tunnel : Page de vente printemps

Accédez à votre tableau de bord pour voir les détails.

L'équipe Systeme.io""", [], html="only", headers=BULK, auto=True),

R("fr-neg-systemeio-suppression-compte", "Systeme.io <no-reply@systeme.io>",
  "Un contact a été supprimé de votre liste",
"""Bonjour Sandra,

Le contact christophe.jamet@orange.fr a été supprimé de votre compte ainsi que ses tags et son historique d'achats.

Cette action est définitive.

L'équipe Systeme.io""", [], html="alt", headers=BULK, auto=True),
# NEAR-LINE: platform notice about a deletion already made, no person asking -> negative.

R("fr-neg-google-securite", "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
"""Nouvelle connexion sur Windows

Nous avons détecté une nouvelle connexion à votre compte Google floraisondesoi@gmail.com. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", [], html="alt", auto=True),

R("fr-neg-calendly-rdv", "Calendly <notifications@calendly.com>",
  "Nouvel événement : Hélène Pichon - Séance découverte (30 min)",
"""Bonjour Sandra,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte (30 min)
Invité : Hélène Pichon
E-mail de l'invité : helene.pichon@gmail.com
Date/heure : 09:30 - mardi 14 octobre 2025 (heure de Paris)
Lieu : Google Meet

Réponses :
Qu'attendez-vous de cette séance ? Faire le point sur ma reconversion.

Voir l'événement dans Calendly""", [], html="alt", headers=BULK, auto=True,
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nBEGIN:VEVENT\r\nUID:b60-calendly-pichon@calendly.com\r\nDTSTAMP:20251010T080000Z\r\nDTSTART:20251014T073000Z\r\nDTEND:20251014T080000Z\r\nSUMMARY:Seance decouverte - Helene Pichon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),

R("fr-neg-qonto", "Qonto <notifications@qonto.com>",
  "Virement reçu : 240,00 €",
"""Bonjour Sandra,

Vous avez reçu un virement de 240,00 € de M. ou Mme ARNOUX JEAN-LUC.
Référence : ACCOMPAGNEMENT 3 SEANCES

Consultez le détail dans votre application Qonto.

Qonto - Olinda SAS, 18 rue de Navarin, 75009 Paris""", [], html="only", headers=BULK, auto=True),

R("fr-neg-urssaf", "urssaf.fr <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est disponible",
"""Madame DUMOT-DELOMENIE Sandra,

Votre déclaration trimestrielle de chiffre d'affaires est à effectuer avant le 31 octobre sur votre espace personnel autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Votre Urssaf""", [], auto=True),

R("fr-neg-paypal", "PayPal <service@paypal.fr>",
  "Vous avez reçu un paiement",
"""Bonjour Sandra Dumot-Deloménie,

Martine Carlier vous a envoyé 35,00 EUR.
Note : "Atelier du 8 - merci !"

Détails de la transaction : ID 5KX18290MB7723517

Aide | Contact | Sécurité
PayPal (Europe) S.à r.l. et Cie, S.C.A.""", [], html="alt", auto=True),

R("fr-neg-brevo-rapport", "Brevo <no-reply@brevo.com>",
  "Rapport de votre campagne « Lettre de janvier »",
"""Votre campagne « Lettre de janvier » a été envoyée à 612 contacts.

Taux d'ouverture : 48,2 %
Taux de clic : 6,1 %
Désinscriptions : 3
Hard bounces : 2

Voir le rapport complet dans votre compte Brevo.""", [], html="only", headers=BULK, auto=True),
# NEAR-LINE: platform stats mention unsubscriptions; no person asks anything -> negative.

R("fr-neg-facebook-groupe", "Facebook <notification@facebookmail.com>",
  "Valérie B. a publié dans Floraison de Soi - Cercle des participantes",
"""Valérie B. a publié dans Floraison de Soi - Cercle des participantes :

« Merci pour ce week-end, j'en ressors toute légère ! Quelqu'un a les photos du cercle du samedi soir ? »

Voir la publication

Ce message a été envoyé à contact@floraisondesoi.fr. Se désabonner""", [], html="alt", headers=BULK, auto=True,
  to="contact@floraisondesoi.fr"),

R("fr-neg-systemeio-politique", "Systeme.io <news@systeme.io>",
  "Mise à jour de notre politique de confidentialité",
"""Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) à compter du 1er mars. Ces changements précisent les sous-traitants ultérieurs et les garanties pour les transferts hors UE.

Aucune action de votre part n'est requise. En continuant à utiliser Systeme.io, vous acceptez ces conditions.

L'équipe Systeme.io""", [], html="alt", headers=BULK + [("List-Unsubscribe", "<https://systeme.io/unsubscribe>")], auto=True),

R("fr-neg-brevo-dpa", "Brevo - Conformité <legal@brevo.com>",
  "Votre accord de traitement des données (DPA) a été mis à jour",
"""Madame, Monsieur,

En tant que sous-traitant au sens de l'article 28 du RGPD, Brevo vous informe de la mise à jour de son Data Processing Agreement. La nouvelle version est disponible dans votre espace, rubrique Paramètres > Sécurité et conformité.

Brevo SAS - 106 boulevard Haussmann, 75008 Paris""", [], html="only", auto=True),

R("fr-neg-spam-conformite", "Cabinet Conformité Express <contact@conformite-rgpd-express.com>",
  "⚠️ Votre site floraisondesoi.fr n'est pas conforme au RGPD",
"""Madame, Monsieur,

Notre audit automatique révèle que votre site floraisondesoi.fr présente 7 non-conformités RGPD (bandeau cookies, registre, mentions légales). Les sanctions peuvent atteindre 20 millions d'euros.

Mise en conformité complète en 48 h : 149 € HT seulement.
Répondez OUI pour recevoir votre rapport.

Pour ne plus recevoir nos messages, répondez STOP.""", [], html="alt", headers=BULK),

R("fr-neg-phishing-orange", "Service Client Orange <securite@orange-messagerie-verif.com>",
  "Votre messagerie sera suspendue",
"""Cher(e) client(e),

Votre boîte de messagerie a atteint sa capacité maximale. Afin d'éviter la suppression de vos messages, veuillez vérifier votre compte sous 24h :

https://orange-messagerie-verif.com/login

Service Client Orange""", [], html="only", to="sandra.delomenie@orange.fr"),

R("fr-neg-phishing-cnil", "CNIL - Contrôles <controle@cnil-gouv-fr.info>",
  "Notification de contrôle - dossier n°2025-3618",
"""Madame,

Suite à une plainte d'un de vos clients concernant l'exercice de son droit d'accès, un contrôle de votre activité a été ouvert. Vous devez télécharger et compléter le formulaire de réponse sous 72 heures :

http://cnil-gouv-fr.info/dossier/2025-3618

Commission Nationale de l'Informatique et des Libertés""", [], html="alt"),
# NEAR-LINE: phishing imitating the CNIL and mentioning a right of access -> negative.

# ------------------------------------------------------------ her own mail
R("fr-neg-sandra-confirme-suppression", SANDRA,
  "Confirmation de suppression de vos données",
"""Bonjour Monsieur Jamet,

Suite à votre demande du 3 juin, je vous confirme avoir supprimé l'ensemble de vos données personnelles (fiche client, notes, échanges) de mes fichiers papier et informatiques, ainsi que de la plateforme Systeme.io. Seules les factures sont conservées, conformément à mes obligations comptables.

Bien cordialement,

Sandra Dumot-Deloménie
Floraison de Soi - Coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun""", [], to="Christophe Jamet <christophe.jamet@orange.fr>"),

R("fr-neg-sandra-envoie-export", SANDRA,
  "Export de vos données",
"""Bonjour Damien,

Comme demandé, vous trouverez en pièce jointe l'export de vos données de la plateforme au format CSV.

Belle journée,
Sandra""", [], to="Damien Roux <damien.roux@gmail.com>",
  att=[("csv", "export_damien_roux.csv", "champ;valeur\nnom;Roux\nprénom;Damien\nemail;damien.roux@gmail.com\nobjectif_1;Prendre la parole en réunion\n")]),

R("fr-neg-sandra-newsletter", NEWS,
  "Lettre d'automne : ralentir pour mieux repartir 🍂",
"""Bonjour à toutes et à tous,

L'automne s'installe à Issoudun et avec lui l'envie de ralentir. Ce mois-ci, je vous propose :

- un cercle de parole « Lâcher prise » le samedi 18 octobre ;
- une conférence à la médiathèque le jeudi 23 ;
- la rentrée de la formation en ligne « Oser s'affirmer ».

Prenez soin de vous,
Sandra

Vous recevez cette lettre car vous êtes inscrit(e) à la newsletter de Floraison de Soi.
Se désinscrire : https://floraisondesoi.fr/desinscription""", [], html="alt", to="abonnes@floraisondesoi.fr",
  headers=[("List-Id", "Lettre Floraison de Soi <lettre.floraisondesoi.fr>"),
           ("List-Unsubscribe", "<https://floraisondesoi.fr/desinscription>, <mailto:desinscription@floraisondesoi.fr>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),

R("fr-neg-sandra-rectif-faite", SANDRA_O,
  "Re: Changement de nom",
"""Bonjour Émilie,

C'est fait : votre nom est désormais Roussel dans mon fichier et sur la plateforme, et j'utiliserai cette adresse.

Belle journée à vous,
Sandra""", [], to="Émilie Roussel <emilie.roussel@gmail.com>",
  quote=Q("gmail", """Bonjour Sandra,

Suite à mon divorce, j'ai repris mon nom de naissance : Roussel. Pouvez-vous mettre à jour mon nom ?

Émilie Roussel (ex-Dubreuil)""", who="Émilie Roussel <emilie.roussel@gmail.com>")),
# NEAR-LINE: her own reply quotes a rectification request; the new text is hers -> negative.

R("fr-neg-sandra-demande-identite", SANDRA,
  "Votre demande d'accès - justificatif",
"""Bonjour Monsieur Perrochon,

J'ai bien reçu votre demande concernant vos données. Afin de m'assurer que je réponds bien à la personne concernée, pourriez-vous me faire parvenir une copie d'une pièce d'identité en cours de validité ?

Je vous répondrai dans le délai d'un mois prévu par le RGPD.

Cordialement,
Sandra Dumot-Deloménie""", [], to="Gilles Perrochon <g.perrochon@orange.fr>", reply=True),

R("fr-neg-sandra-condoleances", SANDRA,
  "Re: Décès de ma mère, Mme Josiane Lambert",
"""Chère Madame Lambert,

Je vous présente mes sincères condoléances. J'ai bien reçu votre message et l'acte de décès ; le dossier de votre maman est clôturé et ses données ont été supprimées. Elle ne recevra plus aucun courrier.

Avec toute ma sympathie,
Sandra""", [], to="Aurore Lambert <aurore.lambert@gmail.com>", reply=True, cte="b64"),
# NEAR-LINE: her own reply to an heir; mentions a death and deletion but it is sent mail -> negative.

# ---------------------------------------------------------- forwarded / misc
R("fr-neg-fwd-suspect", "Jeannine Colas <jeannine.colas@orange.fr>",
  "TR: est-ce que c'est vous ?",
"""Bonjour Sandra,

J'ai reçu ce message soi-disant de votre part qui me demande de "mettre à jour mes informations bancaires" pour l'atelier. Ça ne vous ressemble pas, je préfère vérifier. Je vous le transfère en pièce jointe.

Jeannine""", [],
  fwd=dict(frm="Floraison de Soi <facturation@floraison-desoi-paiement.com>", to="jeannine.colas@orange.fr",
           subject="Action requise : mise à jour de vos informations",
           body="Bonjour,\n\nVotre paiement pour l'atelier a échoué. Merci de mettre à jour vos informations bancaires ici : http://floraison-desoi-paiement.com/maj\n\nL'équipe")),

R("fr-neg-fwd-demande-systemeio", "Nathalie Berger <nathalie.berger@gmail.com>",
  "TR: Demande de suppression de compte",
"""Sandra, pour info, j'ai demandé directement à Systeme.io la suppression de mon compte élève, vu que c'est leur plateforme. Je vous mets en copie pour que vous soyez au courant. Rien à faire de votre côté, je crois.
Bises, Nathalie""", [],
  quote=Q("fwd", """Bonjour,

Je souhaite la suppression de mon compte élève ainsi que de toutes les données associées sur votre plateforme.

Nathalie Berger""", who="Nathalie Berger <nathalie.berger@gmail.com>", to="support@systeme.io",
          subject="Demande de suppression de compte")),
# NEAR-LINE: a copy of a request addressed to another company, and she says nothing is needed from Sandra -> negative.

R("fr-neg-coach-consoeur", "Valentine Garcia <valentine.garcia@coach-bourges.fr>",
  "Question entre collègues : demandes RGPD",
"""Coucou Sandra,

Je t'écris en tant que consœur : une cliente vient de me demander une copie de tout son dossier et je ne sais pas trop quoi lui envoyer (mes notes manuscrites ? les mails ?). Tu as déjà eu ce cas ? Comment tu t'y prends ?

Merci d'avance, on se voit à la supervision,
Valentine""", []),
# NEAR-LINE: a fellow coach asks how to handle her own client's access request -> negative.

R("fr-neg-webmaster-cookies", "Kévin Thomas - KT Web <kevin@ktweb.fr>",
  "Bandeau cookies du site",
"""Bonjour Sandra,

J'ai mis à jour le bandeau de consentement cookies sur floraisondesoi.fr : Google Analytics ne se déclenche plus qu'après acceptation, et le bouton "Tout refuser" est au même niveau que "Tout accepter". Tu peux vérifier quand tu veux.

Kévin""", []),

R("fr-neg-etudiante-memoire", "Lou Schneider <lou.schneider@etu.univ-tours.fr>",
  "Mémoire sur le RGPD dans les métiers de l'accompagnement",
"""Bonjour Madame,

Je suis étudiante en master de droit du numérique et je rédige un mémoire sur la manière dont les coachs et thérapeutes indépendants gèrent le RGPD (droit d'accès, effacement, données de santé). Accepteriez-vous un entretien de 30 minutes ?

Respectueusement,
Lou Schneider""", []),

R("fr-neg-notaire-local", "Office notarial Brunet <accueil@office-brunet-notaires.fr>",
  "Bail professionnel - 46 rue d'Estienne d'Orves",
"""Madame,

Suite à la vente de l'immeuble sis 46 rue d'Estienne d'Orves, nous vous informons que votre bail professionnel est transféré au nouveau propriétaire, la SCI du Guerriau. Vos conditions restent inchangées.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Julie Sarrazin, clerc de notaire""", [], exchange=True),
# NEAR-LINE: a notary, but not after a death and not about personal data -> negative.

R("fr-neg-donner-infos-sante", "Paulette Girardin <paulette.girardin@orange.fr>",
  "pour notre séance",
"""Bonjour Sandra

comme vous me l'aviez demandé je vous mets ici la liste de mes traitements actuels : Levothyrox 75, Lexomil au besoin. Mon médecin est d'accord pour la sophro.

a mardi
Paulette""", []),

R("fr-neg-quebec-webinaire", "Geneviève Bouchard <genevieve.bouchard@videotron.ca>",
  "Webinaire - décalage horaire",
"""Allô Sandra!

Le webinaire de jeudi est à 19h heure de Paris, c'est ben 13h chez nous? Je veux pas le manquer, je me suis mis une alarme sur mon cell.

Merci!
Geneviève""", []),

R("fr-neg-long-mail-nouvelles", "Héloïse Marchand <heloise.marchand@gmail.com>",
  "Des nouvelles !",
"""Chère Sandra,

Il y a longtemps que je voulais vous écrire. Cela fait maintenant un an que notre accompagnement s'est terminé et je voulais vous dire où j'en suis.

J'ai finalement quitté la banque en juin. Les premiers mois ont été vertigineux, je me suis souvent rappelé l'exercice du "pas de côté". Je me suis inscrite à une formation d'ébéniste à Bourges, et je viens de décrocher un stage chez un artisan à Vierzon.

Je repense souvent à ce que vous m'aviez dit : "vous avez le droit de ne pas tout savoir avant de commencer". J'ai effacé de mon vocabulaire le mot "trop tard", ça aussi c'est grâce à vous.

Je passerai peut-être vous voir à l'atelier de Noël.

Avec toute ma reconnaissance,
Héloïse""", [], html="alt"),
# NEAR-LINE: long personal mail with "droit" and "effacé" used figuratively -> negative.

R("fr-neg-partenaire-salon-emails", "Isabelle Garnier <isabelle.garnier@yoga-issoudun.fr>",
  "Fichier des participantes du salon",
"""Coucou Sandra,

Pour le salon on avait dit qu'on partagerait les contacts des visiteuses qui ont laissé leur mail sur nos stands. Tu penses qu'on peut le faire sans leur accord ? J'ai un doute avec le RGPD...

Bises, Isabelle""", []),

R("fr-neg-cercle-objection-theme", "Thérèse Lopez <therese.lopez@gmail.com>",
  "Atelier sur les objections",
"""Bonjour Sandra,

J'ai adoré l'atelier "dire non sans culpabiliser". Est-ce que vous prévoyez une suite sur la manière de répondre aux objections de son entourage quand on change de vie ? Je serais partante !

Thérèse""", []),

R("fr-neg-formulaire-tarifs", FORM,
  "[Floraison de Soi] Nouveau message de : Arnaud Petit",
"""Nom : Arnaud Petit
E-mail : arnaud.petit@gmail.com
Téléphone : 06 77 20 14 58
Objet : Tarifs

Message :
Bonjour, quels sont vos tarifs pour un accompagnement individuel (reconversion) et est-ce que c'est finançable par le CPF ? Merci d'avance

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  [], reply_to="Arnaud Petit <arnaud.petit@gmail.com>", to="contact@floraisondesoi.fr",
  mailer=("X-Mailer", "WPForms 1.9.2"), return_path="wordpress@floraisondesoi.fr"),

R("fr-neg-formulaire-ami", FORM,
  "[Floraison de Soi] Nouveau message de : Chantal Rigaud",
"""Nom : Chantal Rigaud
E-mail : chantal.rigaud@wanadoo.fr
Objet : Protection des données

Message :
Bonjour, ma voisine Mme Odette Pinson, qui a 80 ans, ne veut plus recevoir vos publicités papier. Elle n'a pas internet donc je vous écris pour elle, elle est tout à fait d'accord. Merci de faire le nécessaire.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  [], reply_to="Chantal Rigaud <chantal.rigaud@wanadoo.fr>", to="contact@floraisondesoi.fr", html="only",
  mailer=("X-Mailer", "WPForms 1.9.2"), return_path="wordpress@floraisondesoi.fr"),
# NEAR-LINE: a neighbour writes for another living adult without a mandate (only "elle est d'accord") -> negative by policy.

]

EXTRA = {
    "fr-neg-rh-evaluations": dict(cc="direction@coop-berry.fr"),
    "fr-neg-entreprise-emargement": dict(cc="Pauline Girard <p.girard@fc-centre.fr>"),
    "fr-neg-mot-de-passe": dict(att=[("png", "capture_ecran.png")]),
    "fr-neg-acces-salle": dict(cc="Martine Baudin <martine.baudin@gmail.com>"),
    "fr-neg-calendly-rdv": dict(reply_to="Hélène Pichon <helene.pichon@gmail.com>"),
    "fr-neg-systemeio-vente": dict(reply_to="support@systeme.io"),
    "fr-neg-copie-plainte-cnil": dict(html="alt"),
    "fr-neg-sandra-envoie-export": dict(html="alt"),
    "fr-neg-fwd-demande-systemeio": dict(mailer=("X-Mailer", "iPhone Mail (22B83)")),
}
for _r in RECORDS:
    _r.update(EXTRA.get(_r["key"], {}))
