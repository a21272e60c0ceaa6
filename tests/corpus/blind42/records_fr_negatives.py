"""French-language negatives (not a data-subject request to Sandra)."""
from common import (R, CONTACT, ORANGE, SANDRA_CONTACT, SANDRA_ORANGE, NEWSLETTER_FR, SIG_SANDRA,
                    gmail_fr, apple_fr, outlook_fr, fwd_fr, apple_fwd_fr, quote, notif_html)

BULK = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}


def listhdr(list_id, unsub):
    return {"List-Id": list_id, "List-Unsubscribe": unsub,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


RECORDS = [
# ------------------------------------------------------------------ ordinary mail with trigger words
R("fr-supprimer-creneau-mardi", "",
  "Aurore Fleury <aurore.fleury@gmail.com>",
  "Suppression créneau",
  """
Coucou Sandra, tu peux supprimer mon créneau de mardi 18h ? J'ai un souci de garde pour les enfants. Je reprends jeudi 18h si c'est toujours libre 🙏
Aurore
"""),

R("fr-efface-pdf-exercice", "",
  "Manon Delattre <manon.delattre@hotmail.fr>",
  "oups",
  """
Bonjour Sandra, j'ai effacé par erreur le PDF de l'exercice des 3 cercles 🙈 vous pouvez me le renvoyer ? merci !!
"""),

R("fr-donnees-exercice-roue-de-vie", "",
  "Benjamin Caillaud <benjamin.caillaud@gmail.com>",
  "Exercice roue de vie",
  """
Bonjour Sandra,

Pour l'exercice de la roue de vie, je reporte mes données où exactement ? Dans le tableau du module 2 ou dans le cahier imprimé ? J'ai noté mes scores (santé 6, travail 4, relations 7...) mais je ne sais pas si je dois vous les envoyer avant la séance.

Merci,
Benjamin
"""),

R("fr-code-acces-salle", "",
  "Marie Tixier <marie.tixier@orange.fr>",
  "Accès salle samedi",
  """
Bonjour,
Quel est le code d'accès de la salle pour l'atelier de samedi ? La dernière fois la porte côté parking était fermée et on a attendu dehors 10 min.
Merci
Marie
"""),

R("fr-copie-facture-mutuelle", "",
  "Jocelyne Perrin <jocelyne.perrin@laposte.net>",
  "Copie facture",
  """
Bonjour Madame,

Pourriez-vous m'envoyer une copie de la facture de mars et de celle d'avril ? Ma mutuelle rembourse une partie des séances mais j'ai égaré les originaux.

Merci beaucoup,
Jocelyne Perrin
"""),

R("fr-export-agenda-outlook", "",
  "Arnaud Sicard <arnaud.sicard@outlook.fr>",
  "dates des séances",
  """
Bonjour, comment je fais pour exporter les dates des prochaines séances dans mon agenda Outlook ? Le lien Calendly m'envoie un fichier mais il ne s'ouvre pas sur mon PC du boulot.
Arnaud
"""),

R("fr-modifier-horaire-jeudi", "",
  "Inès Garcia <ines.garcia@gmail.com>",
  "Re: Confirmation de votre séance",
  """
Bonjour Sandra, est-ce qu'on peut modifier l'horaire de jeudi ? 17h30 au lieu de 16h si c'est possible pour vous.
Inès
""" + gmail_fr("Sandra Delomenie <contact@floraisondesoi.fr>", """
Bonjour Inès,

Je vous confirme notre séance jeudi à 16h, en visio. Le lien Zoom reste le même.

Sandra
""")),

R("fr-corriger-support-formation", "",
  "Olivia Renaud <olivia.renaud@cc-champagne-berrichonne.fr>",
  "support de formation",
  """
Bonjour Sandra,

En relisant le support de la formation "Manager avec bienveillance", j'ai repéré deux coquilles : page 12 "il faut mieux" au lieu de "il vaut mieux", et page 18 le schéma de la fenêtre de Johari est coupé. Vous pouvez corriger le document avant la session de nos agents le 20 ?

Bien cordialement,
Olivia Renaud
Service RH - Communauté de communes
"""),

R("fr-manager-soppose-formation", "",
  "Sarah Meunier <sarah.meunier@gmail.com>",
  "besoin d'un conseil",
  """
Bonjour Sandra,

Mon responsable s'oppose à ce que je parte en formation sur mon temps de travail alors que c'est dans mon plan de développement. Vous auriez des arguments ou une façon d'aborder la discussion ? Je pourrais en parler à notre prochaine séance aussi.

Sarah
"""),

R("fr-retirer-candidature-formation", "",
  "Paul-Henri Dubreuil <ph.dubreuil@gmail.com>",
  "Candidature formation de formateurs",
  """
Bonjour Madame Delomenie,

Je souhaite retirer ma candidature pour la formation de formateurs de l'automne : mon employeur ne peut finalement pas la financer cette année. Je retenterai en 2026.

Cordialement,
Paul-Henri Dubreuil
"""),

R("fr-atelier-consentement-ados", "",
  "Valérie Guyot <valerie.guyot@college-jules-ferry-issoudun.fr>",
  "Intervention consentement 4e",
  """
Bonjour Madame Delomenie,

Je suis infirmière scolaire au collège. Nous aimerions organiser avec vous une intervention sur le consentement et le respect de soi pour nos classes de 4e (2 classes, environ 50 élèves), au troisième trimestre.

Pourriez-vous me dire si vous proposez ce type d'atelier, et à quel tarif ?

Bien cordialement,
Valérie Guyot
"""),

R("fr-rgpd-theme-formation-opco", "",
  "Hervé Dumont <h.dumont@transports-dumont.fr>",
  "Programme formation managers - RGPD ?",
  """
Bonjour,

Nous envisageons votre formation "Manager avec bienveillance" pour 6 chefs d'équipe. Notre OPCO demande le programme détaillé. Une question : le module "entretiens individuels" aborde-t-il le RGPD (ce qu'on a le droit de noter sur un salarié, durée de conservation, etc.) ? C'est un sujet sur lequel nos managers sont perdus.

Cordialement,
Hervé Dumont
Transports Dumont - Issoudun
"""),

R("fr-coach-module-rgpd-coanimation", "",
  "Ophélie Garnier <ophelie.garnier@coaching-ouest.fr>",
  "Idée de co-animation 💡",
  """
Coucou Sandra !

Je repense à notre discussion au salon : et si on co-animait un module "RGPD et éthique pour les coachs et thérapeutes" ? Droit d'accès, durée de conservation des notes de séances, consentement pour les enregistrements... tout le monde se pose les questions et personne n'ose. Je peux préparer la partie juridique avec mon amie avocate.

Tu me dis ?
Ophélie
"""),

R("fr-donnees-sommeil-montre", "",
  "Stéphanie Barret <stephanie.barret@icloud.com>",
  "pour notre séance",
  """
Bonjour Sandra,

Comme promis je vous envoie les données de ma montre sur le sommeil de ces 3 dernières semaines (capture). On voit bien que les nuits du dimanche sont les pires, ça rejoint ce qu'on disait sur l'angoisse du lundi.

À jeudi,
Stéphanie

Envoyé de mon iPhone
""", attach=[("png", "sommeil_3semaines.png")], mailer="iPhone Mail (22D72)"),

R("fr-plus-acces-replay-module3", "",
  "Fabrice Lenoir <fabrice.lenoir@free.fr>",
  "Plus d'accès au module 3",
  """
Bonjour,

Je n'ai plus accès au replay du module 3 de la formation en ligne, ça me met "contenu verrouillé". Pourtant j'ai payé la totalité. Vous pouvez regarder ?

Fabrice
"""),

R("fr-mot-de-passe-oublie", "",
  "mireille.bonnet@orange.fr",
  "mot de passe",
  """
bonjour j'ai oublié mon mot de passe pour la formation et le lien de réinitialisation ne marche pas il me dit lien expiré. merci de m'aider
mireille bonnet
"""),

R("fr-acceder-mon-espace", "",
  "Coline Vasseur <coline.vasseur@gmail.com>",
  "accéder à mon espace",
  """
Bonjour, je ne trouve pas comment accéder à mon espace membre pour la formation "Les 5 clés de la confiance". J'ai reçu le mail de bienvenue mais pas d'identifiants. Merci !
""", html="alt"),

R("fr-fermez-mon-compte", "",
  "Didier Roche <didier.roche@sfr.fr>",
  "compte",
  """
Bonjour, merci de fermer mon compte sur votre site de formation. Je n'en ai plus l'utilité.
Didier Roche
"""),

R("fr-annuler-atelier-samedi", "",
  "Chantal Morel <chantal.morel@orange.fr>",
  "Annulation atelier samedi",
  """
Bonjour Sandra,

Je suis désolée, je dois annuler ma participation à l'atelier de samedi, ma mère est hospitalisée. Est-ce que je peux reporter sur la session de juin ?

Chantal
"""),

R("fr-resilier-abonnement-mensuel", "",
  "Gaëtan Roy <gaetan.roy@gmail.com>",
  "Résiliation",
  """
Bonjour,

Je souhaite résilier mon abonnement mensuel au programme "Floraison 365" à la fin de ce mois. Merci de ne plus me prélever à partir de juillet.

Gaëtan Roy
"""),

R("fr-fin-convention-entreprise", "",
  "Service Formation - Berry Métal <formation@berry-metal.fr>",
  "Fin de la convention de formation 2025",
  """
Madame,

Suite à la réorganisation de notre service, nous vous informons que nous mettons fin à la convention de formation signée en janvier, conformément à l'article 9 (préavis d'un mois). Les deux sessions déjà réalisées seront réglées normalement.

Nous vous remercions pour la qualité de vos interventions.

Catherine Blin
Responsable formation - Berry Métal
""", attach=[("pdf", "courrier_fin_convention.pdf", "Berry Metal - Service Formation\nResiliation de la convention de formation 2025")]),

R("fr-desinscrire-atelier-14", "",
  "Léa Fontaine <lea.fontaine@gmail.com>",
  "Désinscription",
  """
Bonjour, je voudrais me désinscrire de l'atelier du 14 (gestion du stress), j'ai un déplacement pro. Pouvez-vous me rembourser ou garder l'acompte pour le prochain ?
Léa
"""),

R("fr-supprimer-rdv-demain", "",
  "Jérôme <jerome.lecomte@gmail.com>",
  "",
  """
Sandra pouvez vous supprimer le rdv de demain, je suis malade. Je vous recontacte la semaine pro
""", reply=False),

R("fr-retire-beaucoup-seance", "",
  "Nathalie Poulain <nathalie.poulain@orange.fr>",
  "Merci !",
  """
Bonjour Sandra,

Juste un petit mot pour vous dire que j'ai retiré énormément de notre séance d'hier. J'ai enfin osé parler à ma sœur ce matin. Merci du fond du cœur ❤️

Nathalie
"""),

# NEAR-LINE: one-off delivery address for a single Zoom link, not a change of her data -> negative.
R("fr-lien-zoom-adresse-pro-cette-fois", "",
  "Audrey Mallet <audrey.mallet@gmail.com>",
  "lien zoom",
  """
Hello, pour la séance de demain tu peux m'envoyer le lien zoom sur mon adresse pro (audrey.mallet@groupe-cerel.fr) ? Je serai au bureau, juste pour cette fois. Merci !
"""),

R("fr-attestation-formation-cpf", "",
  "Kévin Martineau <kevin.martineau@gmail.com>",
  "attestation",
  """
Bonjour,

Pouvez-vous m'envoyer l'attestation de fin de formation ? J'en ai besoin pour mon dossier CPF.

Merci
Kévin Martineau
"""),

R("fr-replay-zoom-seance-groupe", "",
  "Magali Rey <magali.rey@hotmail.fr>",
  "replay ?",
  """
Bonjour Sandra, j'ai raté la séance de groupe de mercredi soir (réunion au travail qui a débordé 😩). Il y a un replay ? Merci !!
"""),

R("fr-comptable-export-stripe", "",
  "Cabinet Berrichon Expertise <dossiers@berrichon-expertise.fr>",
  "Bilan 2025 - pièces manquantes",
  """
Bonjour Madame Delomenie,

Pour finaliser votre bilan, il nous manque :
- l'export des données Stripe (paiements et virements) de janvier à décembre au format CSV ;
- le relevé Qonto de novembre ;
- les factures d'achat Systeme.io.

Vous pouvez les déposer sur votre espace client. Merci de nous les transmettre avant le 15.

Bien cordialement,
Aurélie Pradel
Collaboratrice comptable

Ce message est confidentiel. Conformément au RGPD, vos données sont traitées par le cabinet pour la tenue de votre dossier.
"""),

R("fr-webdesigner-bandeau-cookies", "",
  "Thomas - Atelier Pixel Berry <thomas@atelierpixelberry.fr>",
  "Site : mentions légales + bandeau cookies à valider",
  """
Salut Sandra,

J'ai mis en ligne sur la préprod la nouvelle page "Politique de confidentialité" et le bandeau cookies (refus aussi simple que l'acceptation, comme demande la CNIL). Il faudrait que tu valides les textes, notamment la partie "Vos droits" (accès, rectification, effacement...) et l'adresse de contact.

Lien préprod : https://preprod.floraisondesoi.fr/confidentialite

Thomas
"""),

R("fr-formation-portable-mobile", "",
  "Josette Aubert <josette.aubert@orange.fr>",
  "formation sur téléphone",
  """
Bonjour, est-ce que la formation en ligne marche sur un portable ? Je n'ai pas d'ordinateur, seulement mon téléphone et une tablette. Merci de me dire avant que je paie.
Josette Aubert
"""),

R("fr-limiter-participants-atelier", "",
  "Corinne Gauthier <corinne.gauthier@mairie-issoudun.fr>",
  "Salle des Minimes - atelier du 22",
  """
Bonjour Madame Delomenie,

Suite aux nouvelles consignes de sécurité, la salle des Minimes est désormais limitée à 12 personnes. Merci de limiter le nombre de participants à votre atelier du 22 en conséquence, et de nous faire parvenir votre attestation d'assurance responsabilité civile à jour.

Cordialement,
Corinne Gauthier
Service Vie associative - Mairie d'Issoudun
"""),

R("fr-opposition-carte-nouveau-rib", "",
  "Romain Lefort <romain.lefort@gmail.com>",
  "paiement du mois",
  """
Bonjour Sandra,

J'ai dû faire opposition sur ma carte (perdue dans le train...), donc le prélèvement de ce mois va sûrement échouer. Je peux vous faire un virement à la place ? Ou je mets ma nouvelle carte directement sur la page de paiement ?

Romain
"""),

# NEAR-LINE: refuses photos at enrolment (consent not given), nothing withdrawn -> negative.
R("fr-parent-inscription-atelier-enfant", "",
  "Hélène Berthier <helene.berthier@gmail.com>",
  "Inscription atelier enfants",
  """
Bonjour,

Je souhaite inscrire ma fille Zoé (8 ans) à l'atelier "Mes émotions, mes super-pouvoirs" des vacances de printemps. Vous trouverez ci-joint la fiche d'inscription et l'autorisation parentale signées. Je n'autorise pas les photos.

Merci,
Hélène Berthier
""", attach=[("pdf", "inscription_Zoe_Berthier.pdf", "Fiche d'inscription atelier enfants\nZoe Berthier - 8 ans\nAutorisation parentale signee - photos : NON")]),

R("fr-avocat-impaye-remboursement", "",
  "Me Olivier Castagne <o.castagne@castagne-avocats.fr>",
  "Mme Sylvie Roux / Floraison de Soi - demande de remboursement",
  """
Madame,

Je vous écris au nom et pour le compte de Madame Sylvie Roux, qui m'a mandaté à cette fin.

Ma cliente a réglé le 5 mars la somme de 480 euros pour un parcours de six séances, dont seules deux ont pu avoir lieu du fait de votre indisponibilité. Elle sollicite le remboursement des quatre séances non réalisées, soit 320 euros, sous quinzaine.

À défaut, je me verrai contraint de saisir la juridiction compétente.

Veuillez agréer, Madame, mes salutations distinguées.

Me Olivier Castagne
""", html="alt"),

R("fr-facture-retirer-seance-annulee", "",
  "Delphine Marty <delphine.marty@free.fr>",
  "Facture de mai",
  """
Bonjour Sandra,
Sur la facture de mai il y a 4 séances mais celle du 21 a été annulée (par vous, c'était le jour de votre formation). Vous pouvez la retirer et me refaire la facture ? Merci !
Delphine
"""),

R("fr-oppose-augmentation-tarifs", "",
  "Michel Grandjean <michel.grandjean@wanadoo.fr>",
  "Vos nouveaux tarifs",
  """
Madame,

Je m'oppose fermement à l'augmentation de vos tarifs en cours d'accompagnement : 15 % de plus à la 4e séance, ce n'est pas correct. Il était convenu d'un prix pour l'ensemble du parcours.

Je termine les séances prévues au tarif initial, ou j'arrête.

M. Grandjean
"""),

R("fr-rectifier-le-tir-seance", "",
  "Anthony Briand <anthony.briand@gmail.com>",
  "après la séance",
  """
Salut Sandra,

Je crois que j'ai été un peu sur la défensive hier, désolé. On rectifie le tir la semaine prochaine ? J'ai relu mes notes et je crois que le vrai sujet c'est la peur de décevoir mon père, pas le boulot.

Anthony
"""),

R("fr-devoirs-exercice-docx", "",
  "Cécile Lambert <cecile.lambert@orange.fr>",
  "mes réponses à l'exercice",
  """
Bonjour Sandra,

Voici mes réponses à l'exercice "mes valeurs en action" pour jeudi. J'ai eu du mal avec la partie 3, on pourra en reparler.

Cécile
""", attach=[("docx", "exercice_valeurs_Cecile.docx", "Mes valeurs en action\n1. Liberte\n2. Loyaute\n3. Creativite")]),

# ------------------------------------------------------------------ questions about how rights work
R("fr-question-suppression-perte-acces", "",
  "Amélie Girard <amelie.girard@gmail.com>",
  "question RGPD",
  """
Bonjour,

Petite question avant de faire quoi que ce soit : si je demande un jour la suppression de mes données, est-ce que je perds l'accès à la formation en ligne que j'ai payée ? Ou est-ce que vous gardez au moins mon compte ?

Merci pour votre réponse,
Amélie
"""),

# NEAR-LINE: asks how retrieving notes would work, says she asks for nothing now -> negative.
R("fr-question-duree-conservation-notes", "",
  "Florence Michaud <florence.michaud@laposte.net>",
  "conservation des notes",
  """
Bonjour Sandra,

Par curiosité, combien de temps conservez-vous les notes de séances après la fin d'un accompagnement ? Et si un jour on veut les récupérer, comment ça se passe en général, il faut faire une demande écrite ?

Je ne demande rien pour l'instant, c'est juste pour savoir 🙂

Florence
"""),

R("fr-question-hebergement-donnees-prospect", "",
  "Jean-Marc Texier <jm.texier@texier-associes.fr>",
  "Avant inscription - protection des données",
  """
Bonjour,

Avant d'inscrire deux de nos collaborateurs à votre parcours de coaching, notre DPO me demande de vérifier quelques points : où sont hébergées les données (plateforme de formation, stockage des documents) ? Qui y a accès ? Les notes de séances sont-elles partagées avec l'employeur ? Disposez-vous d'un registre des traitements ?

Merci de nous faire un retour écrit.

Jean-Marc Texier
Texier & Associés
"""),

R("fr-question-delai-reponse-sophrologue", "",
  "Mathilde Roger <mathilde.roger.sophro@gmail.com>",
  "question suite formation",
  """
Bonjour Sandra,

Dans le module "lancer son activité" vous avez parlé rapidement du RGPD. Pour ma future activité de sophrologue : si une cliente me demande une copie de ses données, j'ai combien de temps pour répondre ? Un mois c'est bien ça ? Et je dois lui donner aussi mes notes manuscrites ?

Merci pour cette formation, j'ai adoré !
Mathilde
"""),

R("fr-question-photos-retirer-plus-tard", "",
  "Justine Peyrot <justine.peyrot@gmail.com>",
  "photos atelier",
  """
Bonjour, une question avant samedi : est-ce que des photos seront prises pendant l'atelier ? Si je dis oui sur la fiche, est-ce que je pourrai retirer mon accord plus tard si je change d'avis ? Merci !
"""),

# ------------------------------------------------------------------ CNIL
R("fr-copie-plainte-cnil", "",
  "Raymond Chevalier <raymond.chevalier@orange.fr>",
  "Copie de ma plainte auprès de la CNIL",
  """
Madame,

Pour votre information, je vous adresse copie de la plainte que j'ai déposée ce jour auprès de la Commission nationale de l'informatique et des libertés.

R. Chevalier

----- Texte de la plainte -----
Objet : plainte contre Floraison de Soi (Issoudun)
Je reçois depuis plus d'un an des courriels commerciaux de cette entreprise malgré plusieurs demandes de désinscription restées sans effet. Je demande à la CNIL d'intervenir.
""", attach=[("pdf", "plainte_CNIL_Chevalier.pdf", "Plainte en ligne CNIL\nRaymond Chevalier\nOrganisme mis en cause : Floraison de Soi")]),

R("fr-transfert-accuse-reception-cnil", "",
  "Laurence Pons <laurence.pons@gmail.com>",
  "Fwd: Votre plainte n° 25-118742",
  """
Pour info.
""" + fwd_fr("CNIL <ne-pas-repondre@cnil.fr>", "laurence.pons@gmail.com", "Votre plainte n° 25-118742", """
Madame,

Nous accusons réception de votre plainte enregistrée sous le numéro 25-118742, concernant l'organisme Floraison de Soi.

Votre plainte va être examinée par nos services. Nous vous tiendrons informée des suites qui lui seront données.

Le service des plaintes
Commission nationale de l'informatique et des libertés
""")),

# ------------------------------------------------------------------ another living adult
R("fr-mari-pour-epouse-vivante", "",
  "Jacques Lemaire <jacques.lemaire@orange.fr>",
  "pour ma femme",
  """
Bonjour,

Ma femme, Sylvie Lemaire, voudrait que vous supprimiez ses données, elle n'ose pas vous écrire elle-même après votre dernier échange. Merci de faire le nécessaire.

Jacques Lemaire
"""),

# NEAR-LINE: daughter handling the papers of her living mother, no mandate claimed -> negative.
R("fr-fille-mere-ehpad-vivante", "",
  "Agnès Pottier <agnes.pottier@gmail.com>",
  "Ma mère, Mme Denise Pottier",
  """
Bonjour,

Ma mère (86 ans) est maintenant en EHPAD à Châteauroux. Elle avait suivi vos ateliers mémoire et bien-être il y a quelques années. Pouvez-vous me dire ce que vous avez comme informations sur elle ? Je m'occupe de ses papiers.

Agnès Pottier
"""),

R("fr-rh-evaluations-salaries", "",
  "Nadia Benali <n.benali@groupe-cerel.fr>",
  "Formation managers - évaluations individuelles",
  """
Bonjour Madame Delomenie,

Dans le cadre des entretiens annuels, pourriez-vous nous transmettre les évaluations individuelles et les bilans de nos six salariés ayant suivi la formation "Manager avec bienveillance" (liste ci-dessous) ?

- Julien Marchal
- Aurore Hamel
- Sébastien Girault
- Nadine Roussel
- Patrick Vial
- Élise Foucher

Cordialement,
Nadia Benali
Responsable RH - Groupe Cerel
""", html="only"),

# NEAR-LINE: an unsubscribe, but for a living colleague, not the sender -> negative.
R("fr-collegue-ne-veut-plus-mails", "",
  "Marion Collet <marion.collet@ville-vierzon.fr>",
  "ma collègue Sonia",
  """
Bonjour,

Ma collègue Sonia Dubois, qui a suivi votre formation avec moi, ne veut plus recevoir vos mails. Pouvez-vous la retirer de votre liste ? Elle est en congé jusqu'au 15 et m'a demandé de vous écrire.

Marion
"""),

# ------------------------------------------------------------------ thank-you above handled requests
R("fr-merci-au-dessus-suppression", "",
  "Annick Desroches <annick.desroches@orange.fr>",
  "RE: Mes données",
  """
Merci beaucoup pour votre réactivité, bonne continuation à vous.
A. Desroches
""" + outlook_fr("Sandra Delomenie <contact@floraisondesoi.fr>", "annick.desroches@orange.fr", "RE: Mes données", """
Bonjour Madame Desroches,

Je vous confirme que vos données ont été supprimées de mes fichiers (plateforme de formation, liste de diffusion, dossier client). Seules les factures sont conservées pendant la durée légale de 10 ans.

Bien cordialement,
Sandra Delomenie

-----Message d'origine-----
De : Annick Desroches <annick.desroches@orange.fr>
Objet : Mes données

Bonjour Madame,
Je n'ai plus besoin de vos services pour le moment. Pourriez-vous supprimer mes données ?
Je vous en remercie.
"""), cte="quoted-printable"),

R("fr-bien-recu-fichier-merci", "",
  "Stéphane Morin <stephane.morin@free.fr>",
  "Re: Export de mes données de formation",
  """
Bien reçu le fichier, c'est parfait, merci !
Stéphane
""" + gmail_fr("Sandra Delomenie <contact@floraisondesoi.fr>", """
Bonjour Stéphane,

Vous trouverez ci-joint l'export de vos données de formation au format CSV (progression, résultats des quiz, réponses aux exercices).

Bonne journée,
Sandra
""" + "\n" + gmail_fr("Stéphane Morin <stephane.morin@free.fr>", """
Bonjour,
Pourriez-vous m'exporter mes données de la formation en ligne dans un format CSV ou Excel ?
Merci,
Stéphane
""").strip("\n"))),

R("fr-merci-desabonnement-confirme", "",
  "Gisèle Maurin <gisele.maurin@orange.fr>",
  "Re: Re: La Lettre Floraison",
  """
Merci, c'est parfait. Bonne continuation.
""" + apple_fr("Sandra - Floraison de Soi <contact@floraisondesoi.fr>", """
Bonjour Madame Maurin,

C'est fait : vous êtes désinscrite de La Lettre Floraison et ne recevrez plus aucun envoi. Désolée pour le lien défectueux.

Sandra

> Désabonnez-moi s'il vous plaît, le lien en bas ne marche pas.
""")),

# ------------------------------------------------------------------ giving consent
R("fr-accord-temoignage-prenom", "",
  "Marine Lefebvre <marine.lefebvre@gmail.com>",
  "Re: Votre témoignage ?",
  """
Oui bien sûr, vous pouvez utiliser mon témoignage avec mon prénom et ma ville ! Par contre pas ma photo svp. Et merci encore 🌷
Marine
""" + gmail_fr("Sandra Delomenie <contact@floraisondesoi.fr>", """
Bonjour Marine,

Accepteriez-vous que je publie sur mon site les quelques lignes que vous m'avez écrites après l'atelier ? Avec seulement votre prénom si vous le souhaitez.

Sandra
""")),

R("fr-autorisation-droit-image-signee", "",
  "Isabelle Carré <isabelle.carre36@orange.fr>",
  "autorisation photo",
  """
Bonjour,
Ci-joint l'autorisation de droit à l'image signée pour l'atelier de samedi.
Isabelle
""", attach=[("pdf", "autorisation_droit_image_Carre.pdf", "Autorisation de droit a l'image\nJe soussignee Isabelle Carre autorise Floraison de Soi\na utiliser les photos de l'atelier du samedi.")]),

R("fr-accepte-enregistrement-supervision", "",
  "Guillaume Hervé <guillaume.herve@gmail.com>",
  "Re: Enregistrement pour supervision",
  """
Bonjour Sandra, pas de souci, j'accepte que la séance de mardi soit enregistrée pour votre supervision. 
Guillaume
"""),

# ------------------------------------------------------------------ auto-replies
R("fr-absence-bureau", "",
  "Catherine Blin <formation@berry-metal.fr>",
  "Réponse automatique : Planning des sessions",
  """
Bonjour,

Je suis absente du bureau jusqu'au lundi 25 août inclus, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter le standard au 02 54 21 00 00.

Cordialement,
Catherine Blin
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"}),

R("fr-absence-dpo-mention", "",
  "Service clients MutuelleCentre <ne-pas-repondre@mutuellecentre.fr>",
  "Accusé de réception automatique",
  """
Bonjour,

Nous avons bien reçu votre message et nous vous répondrons dans un délai de 5 jours ouvrés.

Pour toute demande relative à vos données personnelles (accès, rectification, suppression), merci d'écrire à notre délégué à la protection des données : dpo@mutuellecentre.fr.

Ceci est un message automatique, merci de ne pas y répondre.
""", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

# NEAR-LINE: vendor auto-acknowledgement of Sandra's own ticket about deleting a contact -> negative.
R("fr-systeme-ticket-support", "",
  "Support Systeme.io <support@systeme.io>",
  "[Ticket #482913] Nous avons bien reçu votre demande",
  """
Bonjour Sandra,

Nous avons bien reçu votre demande concernant la suppression d'un contact et l'export de sa fiche. Un membre de notre équipe vous répondra sous 24 à 48 h ouvrées.

Numéro de ticket : 482913

L'équipe Systeme.io
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, to=CONTACT),

# NEAR-LINE: an automatic reply announcing a new address; auto-replies are not requests.
R("fr-reponse-auto-changement-adresse", "",
  "Hélène Marchais <helene.marchais@wanadoo.fr>",
  "Réponse automatique : La Lettre Floraison",
  """
Bonjour,

Cette adresse ne sera bientôt plus consultée. Merci de noter ma nouvelle adresse : helene.marchais@gmail.com

Ceci est une réponse automatique.
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

# ------------------------------------------------------------------ bounces
R("fr-bounce-orange-utilisateur-inconnu", "",
  "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Undelivered Mail Returned to Sender",
  """
Ceci est le système de messagerie de Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<p.lemoine36@wanadoo.fr>: adresse inconnue (host mx.wanadoo.fr said: 550 5.1.1 Recipient address rejected: User unknown)
""", to=ORANGE, bounce=dict(mta="smtp.orange.fr", rcpt="p.lemoine36@wanadoo.fr", status="5.1.1",
                              diag="550 5.1.1 Recipient address rejected: User unknown",
                              orig_from=SANDRA_ORANGE, orig_subject="Votre séance de jeudi"),
  headers={"Auto-Submitted": "auto-replied"}),

R("fr-bounce-confirmation-suppression-rfc822", "",
  "Mail Delivery Subsystem <mailer-daemon@mail.floraisondesoi.fr>",
  "Non remis : Re: Suppression de mes données",
  """
Votre message n'a pas pu être remis au destinataire suivant :

    claude.bertin@laposte.net
    Raison : la boîte aux lettres n'existe plus.

Le message original est joint.
""", bounce=dict(mta="mail.floraisondesoi.fr", rcpt="claude.bertin@laposte.net", status="5.1.1",
                 diag="550 5.1.1 <claude.bertin@laposte.net>: mailbox unavailable",
                 orig_from=SANDRA_CONTACT, orig_subject="Re: Suppression de mes données",
                 orig_body="""Bonjour Monsieur Bertin,

Je vous confirme la suppression de l'ensemble de vos données (dossier, liste de diffusion, plateforme de formation) suite à votre demande.

Bien cordialement,
Sandra Delomenie

> Je vous demande d'effacer mes données personnelles de vos fichiers.
"""),
  headers={"Auto-Submitted": "auto-replied"}),

R("fr-bounce-boite-pleine", "",
  "MAILER-DAEMON@smtp.orange.fr",
  "Message non remis : boîte pleine",
  """
Le message suivant n'a pas pu être distribué.

Destinataire : francine.ollier@orange.fr
Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2).
""", to=ORANGE, bounce=dict(mta="smtp.orange.fr", rcpt="francine.ollier@orange.fr", status="5.2.2",
                              diag="552 5.2.2 Mailbox full", remote="mx.orange.fr",
                              orig_from=SANDRA_ORANGE, orig_subject="Votre demande d'accès à vos données"),
  headers={"Auto-Submitted": "auto-replied"}),

# ------------------------------------------------------------------ platform notifications
R("fr-stripe-virement-en-route", "",
  "Stripe <notifications@stripe.com>",
  "Un virement de 1 284,60 € est en route vers votre compte bancaire",
  """
Bonjour Floraison de Soi,

Un virement de 1 284,60 € est en route vers votre compte bancaire se terminant par 4417. Il devrait arriver d'ici le 14.

Consultez le détail de ce virement dans votre Dashboard : https://dashboard.stripe.com/payouts

Stripe, 10 boulevard Haussmann, 75009 Paris
Vous recevez cet e-mail car vous êtes administrateur du compte Stripe Floraison de Soi.
""", html_body=notif_html("Virement en route", ["Un virement de 1 284,60 € est en route vers votre compte bancaire se terminant par 4417.", "Il devrait arriver d'ici le 14."], "Stripe, 10 boulevard Haussmann, 75009 Paris"),
  html="alt", headers=BULK),

R("fr-systeme-nouvelle-vente", "",
  "Systeme.io <no-reply@systeme.io>",
  "🎉 Nouvelle vente : Les 5 clés de la confiance",
  """
Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Les 5 clés de la confiance (formation en ligne)
Client : Aurélie V.
Montant : 197,00 €

Voir la commande dans votre tableau de bord.
""", html_body=notif_html("Nouvelle vente !", ["Produit : Les 5 clés de la confiance", "Client : Aurélie V.", "Montant : 197,00 €"], "Systeme.io - Vous recevez cet email en tant qu'utilisateur de Systeme.io", logo=True, color="#1b9aaa"),
  html="only", logo=True, headers=BULK),

R("fr-systeme-contact-desabonne", "",
  "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné de votre liste",
  """
Bonjour,

Le contact j.leroux@gmail.com s'est désabonné de la liste "La Lettre Floraison" le 12 à 21:04.
Raison indiquée : "Je reçois trop d'emails".

Le contact a été automatiquement retiré de vos campagnes.

L'équipe Systeme.io
""", headers=BULK),

R("fr-google-stockage-presque-plein", "",
  "Google <no-reply@accounts.google.com>",
  "Votre espace de stockage Google est presque saturé",
  """
Votre espace de stockage est presque saturé

contact@floraisondesoi.fr

Vous avez utilisé 14,2 Go sur 15 Go. Lorsque votre espace de stockage sera saturé, vous ne pourrez plus importer de fichiers dans Google Drive ni envoyer ou recevoir d'e-mails.

Libérez de l'espace en supprimant des fichiers, ou passez à Google One.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", html_body=notif_html("Votre espace de stockage est presque saturé", ["Vous avez utilisé 14,2 Go sur 15 Go.", "Libérez de l'espace en supprimant des fichiers, ou passez à Google One."], "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA", color="#1a73e8"),
  html="alt", headers=BULK),

R("fr-calendly-nouvel-evenement", "",
  "Calendly <notifications@calendly.com>",
  "Nouvel événement : Justine Peyrot - 13:30 jeu. - Séance découverte (30 min)",
  """
Bonjour Sandra,

Un nouvel événement a été planifié.

Type d'événement : Séance découverte (30 min)
Invitée : Justine Peyrot
E-mail de l'invitée : justine.peyrot@gmail.com
Date/heure : 13:30 - jeudi (heure d'Europe centrale)
Lieu : Zoom

Questions :
Qu'attendez-vous de cette séance ? Reprendre confiance après un burn-out.

Voir l'événement dans Calendly
""", attach=[("ics", "invite.ics", "Seance decouverte - Justine Peyrot")], headers=BULK),

R("fr-zoom-enregistrement-disponible", "",
  "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """
Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion "Atelier en ligne - Gérer son stress" est maintenant disponible.

Partager l'enregistrement : https://us06web.zoom.us/rec/share/...

Rappel : les enregistrements cloud sont supprimés automatiquement après 30 jours, conformément à vos paramètres. Pensez à les télécharger si vous souhaitez les conserver.

Merci d'avoir choisi Zoom.
""", headers=BULK),

R("fr-qonto-releve-mensuel", "",
  "Qonto <noreply@qonto.com>",
  "Votre relevé de compte d'octobre est disponible",
  """
Bonjour Sandra,

Votre relevé de compte du mois d'octobre pour FLORAISON DE SOI est disponible dans votre espace Qonto.

Vous pouvez le télécharger depuis l'onglet Relevés.

L'équipe Qonto
Qonto - 18 rue de Navarin, 75009 Paris
""", html_body=notif_html("Votre relevé est disponible", ["Votre relevé de compte du mois d'octobre pour FLORAISON DE SOI est disponible dans votre espace Qonto."], "Qonto - 18 rue de Navarin, 75009 Paris", color="#000000"),
  html="alt", headers=listhdr("<notifications.qonto.com>", "<mailto:unsubscribe@qonto.com>")),

R("fr-urssaf-echeance", "",
  "Urssaf <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est disponible",
  """
Madame DELOMENIE Sandra,

Votre déclaration de chiffre d'affaires pour la période de septembre est à effectuer avant le 31/10 sur autoentrepreneur.urssaf.fr.

Nous vous rappelons qu'en l'absence de chiffre d'affaires, vous devez déclarer 0 €.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
L'Urssaf
""", to=ORANGE, headers={"Auto-Submitted": "auto-generated"}),

R("fr-paypal-paiement-recu", "",
  "service@paypal.fr",
  "Vous avez reçu un paiement de 60,00 EUR",
  """
Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 60,00 EUR de Pascal Dumas (pascal.dumas@gmail.com).

Note de l'expéditeur : "Bon cadeau séance découverte pour Sophie 🎁"

Numéro de transaction : 7KX20419GH8821934

PayPal Europe S.à r.l. et Cie, S.C.A.
""", html="alt", headers=BULK),

R("fr-brevo-rapport-campagne", "",
  "Brevo <notifications@brevo.com>",
  "Rapport de votre campagne « Lettre Floraison #42 »",
  """
Bonjour,

Voici le rapport de votre campagne « Lettre Floraison #42 » envoyée à 612 contacts :

Taux d'ouverture : 48,2 %
Taux de clics : 6,1 %
Désinscriptions : 3
Plaintes pour spam : 0
Hard bounces : 2

Les contacts désinscrits ont été automatiquement placés en liste noire.

L'équipe Brevo
""", headers=listhdr("<rapports.brevo.com>", "<https://app.brevo.com/settings/notifications>")),

R("fr-orange-facture-internet", "",
  "Orange <facture@orange.fr>",
  "Votre facture Orange est disponible",
  """
Bonjour,

Votre facture Internet du mois est disponible dans votre Espace Client.
Montant : 42,99 €
Date de prélèvement : le 8

Orange
""", to=ORANGE, html="only", headers=BULK),

R("fr-opco-accord-prise-en-charge", "",
  "OPCO EP - Gestion <ne-pas-repondre@opcoep.fr>",
  "Accord de prise en charge - dossier 2025-36-004821",
  """
Madame,

Nous avons le plaisir de vous informer que la demande de prise en charge n° 2025-36-004821 (entreprise : Transports Dumont, action : Manager avec bienveillance, 14 h) a été acceptée.

Les données relatives aux stagiaires (nom, présence) devront nous être transmises via votre espace prestataire à l'issue de la formation.

Service Gestion des dossiers
""", attach=[("pdf", "accord_prise_en_charge.pdf", "OPCO EP\nAccord de prise en charge 2025-36-004821")], headers={"Auto-Submitted": "auto-generated"}),

# ------------------------------------------------------------------ vendor GDPR / DPA notices
R("fr-systeme-maj-politique-confidentialite", "",
  "Systeme.io <news@systeme.io>",
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  """
Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA), applicables à compter du 1er du mois prochain.

Principaux changements :
- liste des sous-traitants ultérieurs mise à jour ;
- précisions sur l'exercice des droits d'accès, de rectification et d'effacement par vos contacts ;
- durée de conservation des contacts inactifs.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io, vous acceptez ces nouvelles conditions.

L'équipe Systeme.io
""", html_body=notif_html("Mise à jour de notre politique de confidentialité", ["Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA).", "Aucune action n'est requise de votre part."], "Systeme.io - Se désabonner", logo=True, color="#1b9aaa"),
  html="alt", logo=True, headers=listhdr("<news.systeme.io>", "<https://systeme.io/unsubscribe?u=fd81>")),

R("fr-google-workspace-avenant-traitement", "",
  "Google Workspace <workspace-noreply@google.com>",
  "[Action recommandée] Modifications de l'Avenant relatif au traitement des données dans le cloud",
  """
Bonjour Administrateur,

Nous vous informons de modifications apportées à l'Avenant relatif au traitement des données dans le cloud (CDPA) pour Google Workspace, qui entreront en vigueur dans 30 jours.

Vous pouvez consulter l'avenant dans la console d'administration, section Compte > Paramètres du compte > Juridique et conformité.

Cordialement,
L'équipe Google Workspace
""", headers={"Auto-Submitted": "auto-generated"}),

# ------------------------------------------------------------------ spam / phishing
R("fr-spam-conformite-rgpd-amende", "",
  "Service Conformité RGPD <info@conformite-rgpd-entreprises.fr>",
  "URGENT : votre entreprise n'est pas conforme au RGPD (amende jusqu'à 20 M€)",
  """
Madame, Monsieur,

Notre audit automatique a détecté que le site floraisondesoi.fr ne respecte pas les obligations du Règlement Général sur la Protection des Données.

Risque : amende jusqu'à 20 000 000 € ou 4 % du chiffre d'affaires.

Mettez-vous en conformité en 48 h grâce à notre pack RGPD TPE (registre, mentions, procédure de droit d'accès et d'effacement) : 349 € HT au lieu de 890 €.

Appelez-nous au 01 84 xx xx xx.

Pour ne plus recevoir nos messages, répondez STOP.
""", html="only", headers={"Precedence": "bulk"}),

R("fr-spam-registre-dernier-rappel", "",
  "Registre National RGPD <ne-pas-repondre@registre-rgpd-national.com>",
  "Dernier rappel : inscription obligatoire au registre des traitements",
  """
DERNIER RAPPEL AVANT SANCTION

Votre entreprise FLORAISON DE SOI (SIRET 8xx xxx xxx 000xx) n'a pas encore déposé son registre des traitements.

Régularisez votre situation en ligne avant le 30 du mois : formulaire de mise en conformité + frais de dossier 289 €.

Ce courrier n'émane pas d'une administration.
""", attach=[("pdf", "avis_regularisation.pdf", "AVIS DE REGULARISATION\nRegistre des traitements\nFrais de dossier : 289 EUR")]),

R("fr-phishing-orange-messagerie-supprimee", "",
  "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre messagerie sera supprimée dans 24h",
  """
Cher(e) client(e),

Suite à une mise à jour de nos serveurs, votre messagerie sandra.delomenie@orange.fr ainsi que toutes vos données seront définitivement supprimées dans 24h.

Pour conserver vos e-mails, confirmez votre identité ici : http://orange-messagerie-verif.com/connexion

Service client Orange
""", to=ORANGE, html="only"),

R("fr-phishing-stripe-compte-suspendu", "",
  "Stripe Support <support@stripe-verification-center.com>",
  "Action requise : votre compte a été suspendu",
  """
Bonjour,

Nous n'avons pas pu vérifier les informations de votre entreprise. Vos virements sont suspendus et vos données seront supprimées si vous ne mettez pas à jour votre profil sous 48 heures.

Mettre à jour mes informations : https://stripe-verification-center.com/verify

L'équipe Stripe
""", reply_to="verif-team@mailbox-support-center.ru"),

# ------------------------------------------------------------------ her own sent mail
R("fr-sandra-confirme-suppression", "",
  SANDRA_CONTACT,
  "Re: Suppression",
  """
Bonjour Madame Mercier,

Je vous confirme que votre témoignage et votre photo ont été retirés du site et de la page Instagram, et que l'ensemble de vos données a été supprimé de mes fichiers.

Je reste à votre disposition.

""" + SIG_SANDRA + "\n" + gmail_fr("Laura Mercier <laura.mercier@hotmail.fr>", """
Bonjour,
Je souhaite que vous retiriez mon témoignage (avec ma photo) de votre site et de vos réseaux, et plus largement que vous supprimiez toutes les données que vous avez sur moi.
Merci,
Laura Mercier
"""), to="Laura Mercier <laura.mercier@hotmail.fr>"),

R("fr-sandra-note-a-soi-meme", "",
  SANDRA_ORANGE,
  "à faire semaine pro",
  """
- répondre demande RGPD M. Pichon (avocate) -> envoyer export + supprimer après
- désinscrire Mme Maurin de la lettre (lien cassé !!)
- rappeler la mairie pour la salle des Minimes
- facture Berry Métal
- commander les cahiers d'exercices
""", to=CONTACT),

R("fr-sandra-envoi-comptable", "",
  SANDRA_CONTACT,
  "Tr: Bilan 2025 - pièces manquantes",
  """
Bonjour Aurélie,

Voici l'export Stripe 2025 en CSV. Le relevé Qonto suit dans un autre mail.

Bonne journée,
Sandra
""" + fwd_fr("Cabinet Berrichon Expertise <dossiers@berrichon-expertise.fr>", CONTACT, "Bilan 2025 - pièces manquantes", """
Pour finaliser votre bilan, il nous manque l'export des données Stripe (paiements et virements) au format CSV.
"""), to="Cabinet Berrichon Expertise <dossiers@berrichon-expertise.fr>",
  attach=[("csv", "stripe_paiements_2025.csv", "id,date,montant,devise,statut\npy_1,2025-01-08,60.00,eur,succeeded\npy_2,2025-01-15,197.00,eur,succeeded\npy_3,2025-02-02,480.00,eur,succeeded\n")]),

R("fr-sandra-test-newsletter", "",
  "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
  "[TEST] La Lettre Floraison - poser une limite sans culpabiliser",
  NEWSLETTER_FR + "\n", to=ORANGE, html="alt",
  headers={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>"}),

# ------------------------------------------------------------------ other businesses / newsletters received
R("fr-imprimerie-devis-flyers", "",
  "Imprimerie du Berry <devis@imprimerie-du-berry.fr>",
  "Votre devis n° D-2025-0391",
  """
Bonjour Madame Delomenie,

Veuillez trouver ci-joint notre devis pour 500 flyers A5 recto-verso, papier 350 g mat, ainsi que 2 kakémonos 80x200.

Délai : 5 jours ouvrés après validation du BAT.

Cordialement,
Fabien - Imprimerie du Berry
""", attach=[("pdf", "devis_D-2025-0391.pdf", "Imprimerie du Berry\nDevis D-2025-0391\n500 flyers A5 - 2 kakemonos")]),

R("fr-newsletter-federation-coachs", "",
  "Fédération des Coachs du Centre <lettre@coachs-centre.fr>",
  "La lettre de la Fédération - spécial RGPD et déontologie",
  """
Chères et chers collègues,

Ce mois-ci, notre lettre est consacrée au RGPD : comment répondre à une demande d'accès d'un client, que faire des notes de séances, comment recueillir le consentement pour un enregistrement.

Webinaire gratuit jeudi 18h30 avec Me Dufresne, avocate.

Pour vous désinscrire, cliquez ici.
""", html="alt", headers=listhdr("<lettre.coachs-centre.fr>", "<mailto:desinscription@coachs-centre.fr?subject=unsubscribe>")),

# ------------------------------------------------------------------ misc client mail
R("fr-sms-style-retard", "",
  "Océane <oceane.lemaitre@gmail.com>",
  "",
  """
dsl jsuis en retard 10 min jarrive
Envoyé de mon iPhone
""", reply=False, mailer="iPhone Mail (22D72)"),

R("fr-sujet-rgpd-trompeur-question-atelier", "",
  "Martial Besson <martial.besson@laposte.net>",
  "RGPD",
  """
Bonjour, j'ai vu passer un atelier "Communiquer sans s'épuiser" sur votre page Facebook. C'est quand et c'est combien ? Merci
"""),

R("fr-sujet-suppression-trompeur-atelier", "",
  "Nicole Faure <nicole.faure@wanadoo.fr>",
  "Suppression",
  """
Bonjour,

J'ai vu que l'atelier de mars était supprimé, il sera reprogrammé ? J'étais très intéressée.

Nicole Faure
"""),

R("fr-qc-courriel-inscription-cohorte", "",
  "Jean-François Pelletier <jf.pelletier@videotron.ca>",
  "Inscription prochaine cohorte",
  """
Bonjour Sandra,

Je voudrais m'inscrire à la prochaine cohorte en ligne. Est-ce que les séances en direct sont à une heure raisonnable pour le Québec (on a 6 heures de décalage)? Sinon, est-ce que je peux magasiner juste les modules en différé?

Merci, bonne journée!
Jean-François
"""),

R("fr-ch-facture-tva", "",
  "Sandrine Python <s.python@bluewin.ch>",
  "Facture séminaire",
  """
Bonjour Madame,

Pour la facture du séminaire de Lausanne, notre comptabilité aurait besoin de la mention de la TVA (ou de l'exonération) et de notre numéro IDE : CHE-112.445.901. Pourriez-vous nous renvoyer une facture complétée ?

Avec nos meilleures salutations,
Sandrine Python
"""),

R("fr-be-reporter-seance", "",
  "Laurence Dewilde <laurence.dewilde@live.be>",
  "séance de mercredi",
  """
Bonjour Sandra,

Je dois reporter notre séance de mercredi, j'ai un souper de famille qui a été avancé. Vous savez me proposer un autre moment dans la semaine ?

Merci bien,
Laurence
"""),

R("fr-transfert-apple-programme-collegue", "",
  "Virginie Laporte <virginie.laporte@icloud.com>",
  "Fwd: Programme atelier bien-être au travail",
  """
Sandra, je transfère à ma collègue Estelle qui est intéressée, tu peux l'ajouter en copie de tes réponses ? Merci !
""" + apple_fwd_fr("Sandra Delomenie <contact@floraisondesoi.fr>", "Virginie Laporte <virginie.laporte@icloud.com>",
                   "Programme atelier bien-être au travail", """
Bonjour Virginie,

Voici le programme de l'atelier "Bien-être au travail" : 3 demi-journées, en présentiel à Issoudun.

Sandra
"""), cc="estelle.mounier@gmail.com"),
R("fr-cliente-transfere-phishing-piece-jointe", "",
  "Monique Berger <monique.berger@orange.fr>",
  "c'est vous ?",
  """
Bonjour Sandra,

J'ai reçu le message ci-joint qui dit que mes données vont être supprimées si je ne clique pas. C'est vous qui l'avez envoyé ? Ça me paraît bizarre, je préfère vous demander avant.

Monique
""", attach=[("eml", "message_suspect.eml", dict(
      frm="Floraison de Soi - Service Clients <service@floraison-desoi-espace.com>",
      to="monique.berger@orange.fr",
      subject="Votre espace membre expire : vos données seront supprimées",
      body="Chère cliente,\n\nVotre espace membre expire aujourd'hui. Sans confirmation de votre carte bancaire, toutes vos données seront supprimées sous 24h.\n\nConfirmer : http://floraison-desoi-espace.com/login\n"))]),
R("fr-objet-seul-annulation-iphone", "",
  "Bérénice Vidal <berenice.vidal@icloud.com>",
  "Annulation de ma séance de demain, désolée !",
  "\nEnvoyé de mon iPhone\n", mailer="iPhone Mail (22D72)"),
]
