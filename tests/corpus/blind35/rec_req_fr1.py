# French requests, part 1: access, rectification, portability.
from common import R, SANDRA, CONTACT

RECORDS = [
R("fr-acc-vasseur", ["access"], "fr", "Claire Vasseur <claire.vasseur@gmail.com>",
  "Mes informations",
"""Bonjour Sandra,

J'espère que vous allez bien. Nous avions fait un accompagnement ensemble entre mars et juin de l'an dernier (six séances autour de ma reconversion).

En rangeant mes papiers, je me suis demandé ce qui restait de tout ça de votre côté. Pourriez-vous me transmettre une copie de ce que vous conservez à mon nom : fiches de suivi, questionnaires remplis au début, notes éventuelles ?

Merci beaucoup et belle journée,
Claire Vasseur
"""),

R("fr-acc-jess-informal", ["access"], "fr", "jess.m <jessicamorel85@hotmail.fr>", "question",
"""salut sandra

dis moi tu pourrais m envoyer tout ce que t as sur moi dans tes fichiers ? jsuis curieuse de voir ce que t as garde depuis l atelier de septembre
pas de stress c est pas urgent

bisous
jess
""", shape="plain"),

R("be-acc-dethier-source", ["access"], "fr-BE", "Olivier Dethier <o.dethier@skynet.be>",
  "Origine de mes coordonnées",
"""Madame,

Je reçois depuis quelques semaines votre lettre d'information « Floraison de Soi ». Je ne me souviens pas m'y être inscrit et je n'ai jamais participé à l'une de vos formations.

Je vous saurais gré de m'indiquer quelles données me concernant figurent dans vos fichiers et, surtout, d'où vous les tenez.

Je vous remercie d'avance et vous prie d'agréer, Madame, mes salutations distinguées.

Olivier Dethier
Rue Saint-Gilles 112
4000 Liège
""", shape="qp"),

R("fr-acc-shared-who", ["access"], "fr", "Nadia Belkacem <nadia.belkacem@laposte.net>",
  "Qui a eu mes coordonnées ?",
"""Bonjour,

J'ai été appelée hier par une sophrologue qui dit « travailler avec vous » et qui connaissait mon prénom et le fait que j'avais suivi le stage gestion du stress d'avril.

Je voudrais savoir à qui vous avez communiqué mes informations, et lesquelles exactement. Ce n'est pas une accusation, j'ai juste besoin de comprendre.

Nadia Belkacem
"""),

R("ch-acc-formal-art15", ["access"], "fr-CH", "Marc-Antoine Rochat <ma.rochat@bluewin.ch>",
  "Demande d'accès – art. 15 RGPD",
"""Madame Dumot-Deloménie,

Par la présente, j'exerce mon droit d'accès au sens de l'article 15 du RGPD. Je vous prie de me faire parvenir :
- la liste des données personnelles me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels elles ont été communiquées ;
- la durée de conservation envisagée.

Vous trouverez ci-joint une copie de ma carte d'identité, conformément à votre politique de confidentialité.

Avec mes meilleures salutations,
Marc-Antoine Rochat
Chemin des Vignes 4, 1009 Pully
""", att=[("jpg", "CI_Rochat_recto.jpg")]),

R("ca-acc-dossier", ["access"], "fr-CA", "Geneviève Tremblay <gen.tremblay@videotron.ca>",
  "Mon dossier",
"""Allo Sandra!

J'ai fait ton parcours en ligne l'automne passé pis j'aimerais avoir une copie de mon dossier au complet, incluant les réponses à mes questionnaires. C'est-tu possible de m'envoyer ça par courriel?

Merci gros!
Geneviève
"""),
# NEAR-LINE: "accès à mon dossier" here means receiving a copy of the file she holds, not logging into
# an online space, so it is access.

R("fr-acc-parent-minor", ["access"], "fr", "Sophie Marchetti <sophie.marchetti@free.fr>",
  "Séances de Léa",
"""Bonjour Madame Deloménie,

Ma fille Léa, 15 ans, a suivi avec vous cinq séances de coaching scolaire cet hiver. En tant que mère et titulaire de l'autorité parentale, je souhaiterais obtenir une copie des éléments que vous détenez la concernant (fiche d'inscription, comptes rendus, tests de personnalité).

Je joins le livret de famille.

Bien cordialement,
Sophie Marchetti
""", att=[("pdf", "livret_famille_p2.pdf")]),
# NEAR-LINE: parent writing for a minor child -> request (access), per policy.

R("fr-acc-negation", ["access"], "fr", "Thomas Lefebvre <t.lefebvre@outlook.fr>",
  "Copie de mes données (pas de suppression)",
"""Bonjour Sandra,

Pour être clair tout de suite : je ne demande pas la suppression de quoi que ce soit, je compte bien refaire un stage avec vous l'an prochain. Je voudrais seulement une copie de ce que vous avez sur moi, pour mes archives.

Merci !
Thomas
"""),
# NEAR-LINE: explicit negation of erasure; only access is exercised.

R("fr-acc-avocat-mandat", ["access"], "fr", "Maître Isabelle Gaudin <cabinet@gaudin-avocat.fr>",
  "Mme Perrine COLAS – demande de communication de données",
"""Madame,

J'interviens en qualité de conseil de Madame Perrine COLAS, qui a suivi un accompagnement individuel auprès de vous entre janvier et mai 2024.

Agissant en vertu du mandat ci-joint, je vous prie de bien vouloir me communiquer l'intégralité des données à caractère personnel concernant ma cliente que vous détenez, quel qu'en soit le support (notes de séance, questionnaires, échanges écrits, factures).

Je vous remercie de votre diligence.

Isabelle GAUDIN
Avocat au Barreau de Châteauroux
12 place Gambetta – 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.
""", att=[("pdf", "Mandat_COLAS_signe.pdf")], shape="alt",
  reply_to="Secrétariat Me Gaudin <secretariat@gaudin-avocat.fr>"),
# NEAR-LINE: lawyer with a mandate acting for the data subject -> request.

R("fr-acc-rect-deloffre", ["access", "rectification"], "fr", "Romain Deloffre <romain.deloffre@gmail.com>",
  "Facture + mes infos",
"""Bonjour,

Deux choses :
1) Mon nom est mal écrit sur la facture de la formation : c'est DELOFFRE avec deux F, pas « Delofre ». Pouvez-vous corriger dans votre fichier (et sur la facture si possible) ?
2) Tant qu'on y est, j'aimerais voir l'ensemble des informations que vous avez sur moi, histoire de vérifier qu'il n'y a pas d'autres erreurs.

Merci,
Romain Deloffre
"""),

R("fr-acc-era-then", ["access", "erasure"], "fr", "Aurélie Fontaine <aurelie.fontaine@yahoo.fr>",
  "Fin de notre collaboration",
"""Bonjour Sandra,

Comme je vous l'ai dit au téléphone, je préfère arrêter là. Avant de tourner la page, je voudrais recevoir une copie de tout ce que vous conservez sur moi (notes, tests, mails). Une fois que je l'aurai reçue, merci de tout effacer de vos dossiers, Drive compris.

Je vous souhaite une bonne continuation,
Aurélie
"""),

R("fr-acc-port-csv", ["access", "portability"], "fr", "Hugo Perrin <hugo.perrin@protonmail.com>",
  "données au format CSV",
"""Bonjour,

Je souhaite savoir quelles données vous détenez à mon sujet et les recevoir dans un format que je puisse réutiliser (CSV ou tableur), afin de les importer dans l'outil de suivi de ma nouvelle coach.

Cordialement,
Hugo Perrin
"""),
# NEAR-LINE: asks both to know what is held (access) and for a reusable format (portability).

R("fr-rect-email-proton", ["rectification"], "fr", "Mathilde Bertin <m.bertin@proton.me>",
  "Changement d'adresse mail",
"""Bonjour Sandra,

Mon ancienne adresse mathilde.bertin@sfr.fr va être fermée à la fin du mois (je résilie ma box). Pourriez-vous la remplacer par celle-ci, m.bertin@proton.me, dans vos fichiers et sur Systeme.io ?

Merci et à bientôt pour le cercle de femmes,
Mathilde
"""),

R("fr-rect-phone", ["rectification"], "fr", "Karim Haddad <karim.haddad@orange.fr>", "nouveau numero",
"""Bonjour

j ai change de numero de portable, le nouveau c est le 07 62 18 45 90. l ancien (06 45...) ne marche plus, vous pouvez le supprimer de ma fiche

merci
Karim
"""),
# NEAR-LINE: "supprimer" the old number with the new one given = rectification only.

R("fr-rect-address", ["rectification"], "fr", "Élodie Garnier <elodie.garnier@gmail.com>",
  "Déménagement – nouvelle adresse postale",
"""Bonjour Madame,

Je vous informe de mon déménagement. Merci de bien vouloir noter ma nouvelle adresse pour l'envoi des attestations et factures :

Élodie Garnier
7 allée des Tilleuls
18000 Bourges

L'adresse d'Issoudun n'est plus valable.

Bien à vous,
Élodie Garnier
"""),

R("fr-rect-birthdate", ["rectification"], "fr", "Patricia Moreau <patricia.moreau36@orange.fr>",
  "Erreur sur mon attestation de formation",
"""Bonjour,

J'ai bien reçu l'attestation de fin de formation, merci. Il y a cependant une erreur sur ma date de naissance : vous avez noté le 21/03/1978, alors que je suis née le 12/03/1978. Mon employeur en a besoin pour le dossier OPCO, pourriez-vous rectifier ?

Cordialement,
Patricia Moreau
"""),

R("fr-rect-maiden-name", ["rectification"], "fr", "Hélène Marchal <helene.marchal@laposte.net>",
  "Changement de nom",
"""Bonjour Sandra,

Suite à mon divorce, j'ai repris mon nom de naissance. Je m'appelle désormais Hélène MARCHAL (et non plus Hélène Roussel). Pouvez-vous mettre à jour mon nom dans votre fichier clients et sur la plateforme de formation ?

Merci beaucoup,
Hélène
"""),

R("fr-rect-prenom-typo", ["rectification"], "fr", "Maëlys Dubreuil <maelys.dbr@gmail.com>", "",
"""coucou
sur mon compte de la formation en ligne mon prenom est ecrit Maelis, c est Maëlys (avec le trema). tu peux corriger stp ? ca apparait sur le certificat
merci !!
""", shape="b64"),

R("fr-rect-fiche-sante", ["rectification"], "fr", "Béatrice Leroux <b.leroux@sfr.fr>",
  "Correction fiche de suivi",
"""Bonjour Sandra,

En relisant le bilan que vous m'avez envoyé, j'ai vu qu'il est noté que je suis « sous traitement antidépresseur ». Ce n'est plus le cas depuis deux ans, je l'avais précisé à la première séance. Merci de corriger cette mention dans ma fiche : aucun traitement en cours.

Bien cordialement,
Béatrice Leroux
"""),

R("fr-rect-obj-newmail", ["objection", "rectification"], "fr", "Vincent Caron <vincent.caron@free.fr>",
  "Adresse + newsletter",
"""Bonjour,

Deux petites demandes :
- merci de remplacer mon adresse vincent.caron@wanadoo.fr par vincent.caron@free.fr pour tout ce qui concerne la formation en cours ;
- en revanche je ne souhaite plus recevoir la newsletter, ni à l'ancienne ni à la nouvelle adresse.

Bonne journée,
Vincent Caron
"""),

R("be-rect-gsm", ["rectification"], "fr-BE", "Anne-Sophie Lambert <as.lambert@telenet.be>",
  "Nouveau numéro de GSM",
"""Bonjour Sandra,

Petite mise à jour : mon numéro de GSM a changé, c'est désormais le +32 478 22 19 04. Pourriez-vous l'encoder à la place de l'ancien dans votre fichier, que je reçoive bien les rappels pour le stage de juillet ?

Merci et à tantôt,
Anne-Sophie
"""),

R("fr-rect-company-address", ["rectification"], "fr", "Julie Besson <julie.besson@gmail.com>",
  "Re: Inscription atelier confiance en soi",
"""Bonjour,

Petite correction par rapport à mon inscription : j'ai fait une faute de frappe dans mon adresse mail sur le formulaire, j'ai écrit julie.beson@gmail.com au lieu de julie.besson@gmail.com. C'est pour ça que je ne recevais rien ! Pouvez-vous corriger ?

Merci
Julie
""", quote=("gmail", "Floraison de Soi <contact@floraisondesoi.fr>", "lun. 3 mars 2025 à 10:12",
"""Bonjour,
Votre inscription à l'atelier « Confiance en soi » du 22 mars est confirmée.
Vous recevrez les informations pratiques une semaine avant.
Sandra"""), to="contact@floraisondesoi.fr"),

R("fr-port-transfer-coach", ["portability"], "fr", "Laurence Petit <laurence.petit@gmail.com>",
  "Transfert de mon dossier",
"""Bonjour Sandra,

Je déménage à Nantes et je vais poursuivre mon accompagnement avec une coach sur place, Mme Anne Royer (anne.royer.coaching@gmail.com).

Pourriez-vous lui transmettre directement mon dossier (bilans, tests, fiches d'objectifs), de préférence sous forme de fichiers qu'elle pourra réutiliser ? Je vous donne mon accord pour cet envoi.

Encore merci pour ces deux années,
Laurence
"""),

R("fr-port-excel-tests", ["portability"], "fr", "Benoît Laurent <benoit.laurent@wanadoo.fr>",
  "Export de mes résultats",
"""Bonjour,

Serait-il possible d'obtenir mes résultats aux tests (MBTI, ennéagramme, roue de la vie) dans un fichier exploitable, Excel ou CSV, plutôt qu'en PDF ? Je voudrais pouvoir les réutiliser dans mon propre tableau de bord.

Merci,
Benoît Laurent
"""),

R("fr-port-art20", ["portability"], "fr", "Caroline Dumas <caroline.dumas@icloud.com>",
  "Exercice du droit à la portabilité",
"""Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre, dans un format structuré, couramment utilisé et lisible par machine, les données personnelles que je vous ai fournies dans le cadre de mon inscription au programme « Oser s'affirmer » (formulaires, réponses aux modules, devoirs déposés).

Veuillez trouver ci-joint la copie de ma pièce d'identité.

Caroline Dumas
""", att=[("pdf", "piece_identite_CDumas.pdf")]),

R("fr-port-exercices-cours", ["portability"], "fr", "Mélanie Roy <melanie.roy@gmail.com>",
  "Mes exercices du parcours",
"""Bonjour Sandra,

La plateforme ferme mon accès au parcours en ligne le mois prochain. Est-ce que tu pourrais m'exporter tous mes exercices et journaux de bord déposés pendant le parcours, dans un format que je pourrai ouvrir et réutiliser ailleurs (Word, CSV, ce que tu veux) ?

Merci beaucoup !
Mélanie
"""),

R("ch-port-transfer", ["portability"], "fr-CH", "Lucie Favre <lucie.favre@gmx.ch>",
  "Transmission de mes données à mon nouveau thérapeute",
"""Bonjour Madame,

Je poursuis désormais mon travail avec un psychologue à Genève. Je vous prie de bien vouloir lui faire parvenir, sous format électronique réutilisable, les données que je vous ai confiées (questionnaires initiaux et fiches d'objectifs). Ses coordonnées : Dr Pierre Nicollier, cabinet@nicollier-psy.ch.

Je vous remercie par avance et vous adresse mes salutations les meilleures.

Lucie Favre
""", shape="qp"),

R("fr-port-era-transfer-delete", ["erasure", "portability"], "fr", "Sébastien Girard <seb.girard@gmail.com>",
  "Récupération puis effacement",
"""Bonjour,

Je souhaite récupérer mes données (formulaires, réponses aux questionnaires, historique des séances) dans un fichier réutilisable, CSV ou JSON, pour les transférer à un autre praticien.

Une fois l'export fait, je vous demande d'effacer l'ensemble de mes données de vos systèmes.

Sébastien Girard
"""),

R("fr-port-acc-systemeio", ["access", "portability"], "fr", "Amandine Colin <amandine.colin@gmail.com>",
  "Mes données sur Systeme.io",
"""Bonjour Sandra,

J'aimerais savoir exactement ce que vous avez comme infos sur moi (Systeme.io, Stripe, Drive…) et, en plus, recevoir mes données de formation dans un format exportable pour les garder dans mon propre outil.

Merci d'avance
Amandine
"""),
]
