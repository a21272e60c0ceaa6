# French messages that ARE requests to Sandra (rights non-empty).
from recbase import R, Q, SANDRA, SANDRA_O, NEWS, FORM

RECORDS = [

# ------------------------------------------------------------------ access
R("fr-acc-notes-seances-2023", "Marion Lacombe <marion.lacombe@gmail.com>",
  "Nos séances de 2023",
"""Bonjour Sandra,

J'espère que vous allez bien. J'ai fait un accompagnement avec vous entre février et juin 2023, au moment où je changeais de poste.

Je traverse à nouveau une période un peu similaire et je me suis dit que ça m'aiderait de relire ce que vous aviez noté pendant nos rendez-vous. Est-ce que vous auriez encore ces notes, et pourriez-vous m'en envoyer une copie ?

Merci d'avance, et belle journée à vous.
Marion""", ["access"]),

R("fr-acc-source-adresse", "Gilles Perrochon <g.perrochon@orange.fr>",
  "comment avez-vous eu mon adresse ?",
"""Madame,

Je reçois depuis quelques semaines des messages de "Floraison de Soi". Je ne me souviens pas du tout m'être inscrit ni avoir eu affaire à vous.
Pouvez-vous me dire d'où vous tenez mon adresse électronique et ce que vous avez d'autre me concernant ?

G. Perrochon""", ["access"]),
# NEAR-LINE: asks where the address came from and what else is held; no stop/unsubscribe asked -> access only.

R("fr-acc-partage-organisme", "Leïla Bensaïd <leila.bensaid@hotmail.fr>",
  "Question suite à un appel",
"""Bonjour,

Hier un organisme de formation m'a appelée en connaissant pas mal de choses sur mon parcours (ma reconversion, le bilan que j'ai fait chez vous l'an dernier). Ca m'a un peu surprise.

Je voudrais savoir à qui vous avez communiqué mes informations, s'il y en a eu. Je ne vous accuse de rien, j'ai juste besoin de comprendre.

Merci
Leïla Bensaïd""", ["access"]),

R("fr-acc-reponses-questionnaire", "Anne-Sophie Verdier <annesophie.verdier@laposte.net>",
  "Mes réponses au questionnaire de départ",
"""Bonjour Sandra,

Au tout début du parcours vous m'aviez fait remplir un long questionnaire (valeurs, besoins, ce qui me pèse...). Je n'en ai pas gardé de double et j'aimerais beaucoup relire ce que j'avais répondu à l'époque, pour mesurer le chemin.

Pourriez-vous me renvoyer mes réponses, même sous forme de scan ?

Merci beaucoup
Anne-Sophie""", ["access"]),
# NEAR-LINE: copy of her own questionnaire answers "même sous forme de scan" -> access, not portability (no reusable format).

R("fr-acc-art15-formel", "Bernard Quillet <bernard.quillet@wanadoo.fr>",
  "Demande de droit d'accès - article 15 RGPD",
"""Madame Dumot-Deloménie,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements et leur base légale ;
- les destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée.

Je joins une copie de ma carte d'identité, conformément à votre politique de confidentialité. Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Bernard Quillet
12 rue des Tanneurs
36100 Issoudun""", ["access"], cte="qp", att=[("pdf", "CNI_Quillet.pdf", "Carte nationale d'identite - QUILLET Bernard - n. 120336100847")]),

R("fr-acc-sms-style", "Kevin D <kev.dufresne36@gmail.com>",
  "info",
"""slt c kevin g fait l atelier gestion du stress en mars
vs avez koi sur moi exactement ?? jveux savoir ce ki est stoké
merci""", ["access"], cte="7bit"),

R("fr-acc-belge", "Françoise Wautier <f.wautier@skynet.be>",
  "Demande de copie de mon dossier",
"""Bonjour Madame,

J'ai participé en 2024 à votre stage résidentiel, à l'époque j'habitais encore à Châteauroux, je suis depuis rentrée à Namur.

Pourriez-vous m'envoyer une copie de tout ce que vous conservez à mon sujet ? Les fiches, les échanges, ce que j'ai rempli sur place... Cela me ferait bien plaisir de tout avoir, savez-vous.

Je vous remercie déjà et vous souhaite une bonne journée.

Françoise Wautier
Rue de Fer 71, 5000 Namur""", ["access"]),

R("fr-acc-formulaire-site", FORM,
  "[Floraison de Soi] Nouveau message de : Pascale Renaudin",
"""Nom : Pascale Renaudin
E-mail : pascale.renaudin@free.fr
Téléphone : 06 22 41 87 10
Objet : Autre

Message :
Bonjour, j'ai eu plusieurs séances avec vous en 2022. Je voudrais savoir quelles informations sur moi sont encore conservées dans vos dossiers (papier ou informatique), et en avoir une copie si possible. Bonne soirée.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  ["access"], reply_to="Pascale Renaudin <pascale.renaudin@free.fr>", to="contact@floraisondesoi.fr",
  mailer=("X-Mailer", "WPForms 1.9.2"), return_path="wordpress@floraisondesoi.fr"),

R("fr-acc-parent-ado", "Nathalie Fourcade <nathalie.fourcade@sfr.fr>",
  "Atelier ados - ma fille Jade",
"""Bonjour Sandra,

Ma fille Jade (15 ans) a participé à votre atelier "confiance en soi" pour les ados cet automne. Elle m'a dit que vous lui aviez fait remplir des fiches assez personnelles.

En tant que maman, je souhaiterais voir ce qui a été écrit et conservé à son sujet. Pouvez-vous me transmettre une copie de ces documents ?

Cordialement,
Nathalie Fourcade""", ["access"]),
# NEAR-LINE: parent writing for a minor child -> a request (access), not a third-party negative.

R("fr-acc-avocat-mandat", "Maître Hélène Castagné <h.castagne@castagne-avocat.fr>",
  "V/Réf : M. Thierry Rouault - communication de données personnelles",
"""Madame,

J'interviens en qualité de conseil de Monsieur Thierry ROUAULT, qui a suivi auprès de vous un accompagnement individuel entre septembre 2023 et mars 2024.

Dûment mandatée à cet effet (mandat joint), je vous saurais gré de me communiquer l'intégralité des données personnelles que vous détenez concernant mon client, y compris les comptes rendus de séance et les échanges écrits, sur le fondement de l'article 15 du RGPD.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Hélène Castagné
Avocate au Barreau de Châteauroux
2 place Gambetta - 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute diffusion non autorisée est interdite.""",
  ["access"], exchange=True, att=[("pdf", "Mandat_Rouault.pdf", "Mandat - Je soussigne Thierry Rouault donne mandat a Me Castagne")]),

R("fr-acc-quebec", "Josée Tremblay <josee.tremblay@videotron.ca>",
  "Accès à mon dossier",
"""Bonjour Sandra,

J'ai suivi ta formation en ligne l'hiver passé (j'étais la seule Québécoise du groupe, tu te souviens peut-être!). J'aimerais avoir accès à mon dossier au complet : mes infos d'inscription, mes évaluations pis les notes que tu as prises lors de nos appels individuels.

Est-ce que c'est faisable de me l'envoyer par courriel?

Merci ben gros!
Josée""", ["access"]),

R("fr-acc-endeuillee-soi", "Brigitte Lalande <brigitte.lalande@orange.fr>",
  "les notes de nos rendez-vous",
"""Bonjour Sandra,

Vous vous souvenez sûrement que j'étais venue vous voir après le décès de mon mari, en 2024. Les séances m'ont beaucoup portée.

Ma psychologue actuelle me propose de reprendre ce travail de deuil et je voudrais retrouver ce que nous avions écrit ensemble, mes notes à moi et ce que vous aviez consigné. Serait-il possible d'en avoir une copie ?

Avec toute ma gratitude,
Brigitte""", ["access"]),
# NEAR-LINE: a bereaved client writing about HER OWN data -> access, not post_mortem.

# ------------------------------------------------------------ rectification
R("fr-rect-orthographe-nom", "Aurélie Lefèvre <aurelie.lefevre@yahoo.fr>",
  "Orthographe de mon nom",
"""Bonjour,

Petite chose : sur mon attestation et dans les mails que je reçois, mon nom apparaît sous la forme "Lefebvre". Il s'écrit Lefèvre, sans b et avec un accent grave.

Pourriez-vous le corriger dans votre fichier pour que ce soit juste à l'avenir ?

Merci !
Aurélie Lefèvre""", ["rectification"]),

R("fr-rect-nouveau-portable", "Dominique Barrault <dom.barrault@free.fr>",
  "changement de numéro",
"""Bonjour Sandra,
j'ai changé d'opérateur et de numéro. L'ancien (06 71 23 58 90) ne répond plus du tout, donc si vous deviez me rappeler pour le rendez-vous c'est désormais le 07 68 14 22 05.
Merci de mettre à jour.
Dominique""", ["rectification"]),

R("fr-rect-retirer-ancienne-adresse", "Cécile Marchand <cecile.marchand@proton.me>",
  "Retirez mon ancienne adresse svp",
"""Bonjour,

Je n'utilise plus du tout mon adresse cecile.marchand78@hotmail.fr, qui a d'ailleurs été piratée l'an dernier. Merci de la retirer de vos fichiers et de n'utiliser que celle-ci (cecile.marchand@proton.me) désormais, y compris pour les convocations aux ateliers.

Bonne journée,
Cécile""", ["rectification"]),
# NEAR-LINE: "retirez... de vos fichiers" sounds like erasure, but it is an old address replaced by a new one given -> rectification only.

R("fr-rect-demenagement", "Pierre-Yves Guéguen <py.gueguen@gmail.com>",
  "Nouvelle adresse postale",
"""Bonjour Madame Delomenie,

Nous avons déménagé le mois dernier. Pour les prochaines factures, pourriez-vous noter ma nouvelle adresse :
8 allée des Châtaigniers
18100 Vierzon

(à la place du 3 rue Porte Neuve à Issoudun).

Merci et à bientôt pour la séance du 14.
Pierre-Yves Guéguen
Envoyé de mon iPhone""", ["rectification"]),

R("fr-rect-date-naissance", "Sylvie Aubertin <s.aubertin@laposte.net>",
  "erreur sur ma date de naissance",
"""Bonjour,

En relisant la fiche d'inscription que vous m'avez envoyée pour validation, je vois que ma date de naissance est notée 14/05/1987. C'est le 14/05/1978 (les chiffres ont été inversés, je me serais bien rajeunie de 9 ans !).

Merci de rectifier.
Sylvie Aubertin""", ["rectification"]),

R("fr-rect-compte-rendu-faux", "Virginie Castel <virginie.castel@outlook.fr>",
  "Compte rendu du bilan - une erreur importante",
"""Bonjour Sandra,

Merci pour le compte rendu du bilan, très complet. Il y a cependant une phrase qui n'est pas exacte et qui me gêne : il est écrit que j'ai quitté mon ancien poste "suite à un burn-out". Ce n'est pas le cas, j'ai été licenciée pour motif économique lors de la restructuration.

Comme ce document reste dans mon dossier chez vous, je tiens à ce que ce soit corrigé.

Merci de votre compréhension,
Virginie""", ["rectification"]),

R("fr-rect-nom-jeune-fille", "Émilie Roussel <emilie.roussel@gmail.com>",
  "Changement de nom",
"""Bonjour Sandra,

Suite à mon divorce, j'ai repris mon nom de naissance : Roussel (et non plus Dubreuil). Pouvez-vous mettre à jour mon nom dans votre fichier client et sur la plateforme de formation ? Mon adresse mail change aussi, c'est celle-ci.

Merci beaucoup,
Émilie Roussel (ex-Dubreuil)""", ["rectification"]),

R("fr-rect-suisse-natel", "Raphaël Oberson <r.oberson@bluewin.ch>",
  "Mise à jour de mes coordonnées",
"""Bonjour Madame,

Je vous prie de bien vouloir noter que mon numéro de natel a changé : +41 79 412 63 88 (l'ancien +41 76 ... n'est plus valable). Mon adresse reste la même, à Fribourg.

Avec mes meilleures salutations,
Raphaël Oberson""", ["rectification"]),

R("fr-rect-prenom-groupe", "Johnatan Pereira <johnatan.pereira93@gmail.com>",
  "mon prenom",
"""bonjour
sur la liste des participants et sur le groupe whatsapp de la formation c ecrit Jonathan, moi c Johnatan avec un h apres le o (oui je sais lol)
vous pouvez modifier ? merci""", ["rectification"], cte="7bit"),

R("fr-rect-completer-profession", "Hélène Moisan <helene.moisan@wanadoo.fr>",
  "Compléter mon dossier",
"""Bonjour Sandra,

Depuis notre dernière séance j'ai été embauchée comme assistante de direction à la mairie de Vatan. Comme dans ma fiche il est toujours indiqué "sans emploi", pourriez-vous la compléter avec ma situation actuelle ?

Bien à vous,
Hélène Moisan""", ["rectification"]),

# -------------------------------------------------------------- erasure
R("fr-era-formel-tout", "Christophe Jamet <christophe.jamet@orange.fr>",
  "Effacement de mes données personnelles",
"""Madame,

Ancien client (accompagnement terminé en 2023), je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant, quel que soit leur support, conformément à l'article 17 du RGPD.

Je vous remercie de me confirmer par écrit la suppression effective.

Christophe Jamet""", ["erasure"], cte="b64"),

R("fr-era-compte-et-tout", "Laura Benhamou <laura.benhamou@icloud.com>",
  "Suppression compte formation",
"""Bonjour,

J'ai terminé la formation en ligne et je n'y retournerai pas. Pouvez-vous supprimer mon compte sur la plateforme et tout ce qui va avec (mes infos, mes exercices, mes messages dans l'espace membres) ?

Merci,
Laura""", ["erasure"]),
# NEAR-LINE: closing the account together with the data ("tout ce qui va avec") -> erasure, unlike "close my account" alone.

R("fr-era-donnees-sante", "Isabelle Fromont <isabelle.fromont@gmail.com>",
  "Infos médicales",
"""Bonjour Sandra,

Lors de notre premier rendez-vous je vous avais parlé de mon traitement et de mon hospitalisation de 2021, et je l'avais aussi écrit dans le questionnaire. Avec le recul je ne suis pas à l'aise que ça reste quelque part.

Est-ce que vous pouvez faire disparaître tout ce qui concerne ma santé de votre dossier ? Le reste ne me dérange pas.

Merci de votre compréhension.
Isabelle""", ["erasure"]),
# NEAR-LINE: deletion of specific health data, not a withdrawal of a use consent -> erasure.

R("fr-era-oubli-informel", "Mélanie Giraud <melanie.giraud36@gmail.com>",
  "droit a l oubli",
"""Bonjour,
je voudrais que vous m'oubliez completement, effacez tout ce que vous avez sur moi, noms, mails, tel, tout. j'ai tourné la page.
Merci
Mélanie G.""", ["erasure"]),

R("fr-era-plus-de-raison", "Jean-Marc Pelletier <jm.pelletier@sfr.fr>",
  "Données conservées",
"""Bonjour,

Cela fait maintenant plus de quatre ans que je n'ai plus fait appel à vos services. Je ne vois pas de raison que mon dossier soit encore conservé chez vous, et je vous serais reconnaissant de le détruire ainsi que toutes mes coordonnées.

Cordialement,
J.-M. Pelletier""", ["erasure"]),

R("fr-era-une-ligne", "Odile Besnard <odile.besnard@orange.fr>",
  "demande",
"""Bonjour, pourriez-vous supprimer mes données ? Merci. Odile Besnard""", ["erasure"], cte="qp"),

R("fr-era-sujet-seul", "Thomas Vial <thomas.vial@hotmail.fr>",
  "Suppression de toutes mes données personnelles svp", "", ["erasure"]),

R("fr-era-parent-enfant", "Stéphane Morvan <stephane.morvan@gmail.com>",
  "Données de mon fils Noé",
"""Bonjour,

Mon fils Noé, 13 ans, a participé au stage "gérer ses émotions" pendant les vacances de Pâques. Il ne souhaite pas continuer et, avec sa mère, nous préférons que rien ne soit conservé à son sujet : fiches, dessins scannés, coordonnées.

Merci de tout effacer et de nous le confirmer.

Stéphane Morvan""", ["erasure"]),

R("fr-era-avocat", "Cabinet Lemaire & Associés <secretariat@lemaire-avocats.fr>",
  "Mme Karine Delorme - demande d'effacement",
"""Madame,

Nous vous écrivons en qualité de conseils de Madame Karine DELORME, en vertu du mandat ci-joint.

Notre cliente a mis fin à votre collaboration en janvier dernier. Nous vous demandons, en son nom, d'effacer sans délai l'ensemble des données la concernant, sauf celles que vous seriez légalement tenue de conserver, et de nous en justifier.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour le Cabinet,
Me François Lemaire""", ["erasure"], exchange=True,
  att=[("pdf", "mandat_Delorme.pdf", "Mandat de representation - Karine Delorme - Cabinet Lemaire")]),

R("fr-era-rayez-moi", "Roger Maupin <roger.maupin@wanadoo.fr>",
  "Rayez-moi",
"""Madame,

Je vous demande de me rayer de tous vos fichiers. Je ne veux plus figurer nulle part chez vous.

R. Maupin""", ["erasure"]),
# NEAR-LINE: "rayer de tous vos fichiers / ne plus figurer nulle part" is deletion of the data, not just leaving a mailing list -> erasure.

# ------------------------------------------------------------ restriction
R("fr-res-litige-facture", "Patricia Nguyen <patricia.nguyen@gmail.com>",
  "Dossier - en attendant qu'on règle le différend",
"""Bonjour Sandra,

Comme je vous l'ai dit au téléphone, je conteste la facture des trois dernières séances. En attendant que nous trouvions une solution, je vous demande de ne rien effacer de mon dossier (j'en aurai peut-être besoin), mais aussi de ne plus vous en servir pour quoi que ce soit, relances commerciales comprises.

Bien cordialement,
Patricia Nguyen""", ["restriction"]),
# NEAR-LINE: "ne rien effacer mais ne plus vous en servir" = don't use, don't delete -> restriction only (not objection).

R("fr-res-conteste-fiche", "Alain Thibault <alain.thibault@orange.fr>",
  "Fiche de suivi contestée",
"""Madame,

Ma fiche de suivi contient plusieurs éléments dont je conteste l'exactitude, notamment sur ma situation familiale. Tant que nous n'aurons pas vérifié ensemble ces points, je vous demande de suspendre toute utilisation de cette fiche.

Salutations,
A. Thibault""", ["restriction"]),
# NEAR-LINE: contests accuracy and asks to pause processing, without giving the corrected value -> restriction only.

R("fr-res-geler-prudhommes", "Sabrina Chevalier <sabrina.chevalier@hotmail.fr>",
  "Important : ne rien supprimer",
"""Bonjour,

Je suis en procédure aux prud'hommes contre mon ancien employeur et mon avocate pense que les échanges que nous avons eus pendant le bilan pourraient servir. Je vous demande donc de geler mon dossier : surtout ne rien supprimer, même si la durée de conservation arrive à son terme, et ne pas l'utiliser ni le transmettre à qui que ce soit sans mon accord.

Merci infiniment,
Sabrina""", ["restriction"]),

R("fr-res-mettre-de-cote", "Florence Didier <florence.didier@free.fr>",
  "Une pause",
"""Bonjour Sandra,

Je ne sais pas encore si je reprendrai l'accompagnement à la rentrée. En attendant, est-ce que vous pourriez mettre mon dossier de côté, sous clé en quelque sorte ? Je ne veux pas qu'il soit détruit, mais je préfère que personne ne s'en serve ni ne le consulte d'ici là.

Douce journée,
Florence""", ["restriction"]),

R("fr-res-assurance", "Hervé Blanchet <herve.blanchet@laposte.net>",
  "Mes notes - dossier assurance",
"""Bonjour Madame,

Mon assurance prévoyance peut me demander des justificatifs de mon suivi. Pourriez-vous conserver les notes de mes séances telles quelles, mais ne plus les utiliser pour autre chose (pas d'exemple anonymisé en formation, pas de statistiques) jusqu'à la fin du dossier ?

Merci,
Hervé Blanchet""", ["restriction"]),
# NEAR-LINE: keep but limit use to one purpose -> restriction (not objection to statistics).

R("fr-res-belge", "Marc Dewulf <marc.dewulf@telenet.be>",
  "Limitation de traitement",
"""Bonjour Madame,

Je vous ai signalé la semaine passée que certaines informations de mon inscription étaient inexactes. En attendant la vérification, je souhaite que vous limitiez le traitement de mes données, c'est-à-dire que vous les gardiez mais sans les utiliser.

Je vous remercie et vous souhaite une bonne fin de semaine.

Marc Dewulf
Gand""", ["restriction"]),

R("fr-res-formulaire", FORM,
  "[Floraison de Soi] Nouveau message de : Yasmine Khelifi",
"""Nom : Yasmine Khelifi
E-mail : yasmine.k@gmail.com
Objet : Protection des données

Message :
Bonjour Sandra, je ne souhaite pas que mon dossier soit effacé (je reviendrai peut-être) mais pour l'instant je ne veux plus qu'il soit utilisé du tout : ni relances, ni questionnaires, ni rien. Est-ce possible de le bloquer ? Merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  ["restriction"], reply_to="Yasmine Khelifi <yasmine.k@gmail.com>", to="contact@floraisondesoi.fr",
  html="alt", mailer=("X-Mailer", "WPForms 1.9.2"), return_path="wordpress@floraisondesoi.fr"),
# NEAR-LINE: "ne pas effacer, ne plus utiliser du tout, bloquer" -> restriction, although relances are mentioned.

R("fr-res-avant-effacer", "Corinne Lejeune <corinne.lejeune@gmail.com>",
  "Re: Confirmation de suppression",
"""Sandra, surtout attendez !! Je vous ai demandé la suppression trop vite. Ne supprimez rien pour l'instant, j'ai besoin de vérifier avec mon comptable s'il me faut les attestations. Par contre ne vous servez plus de mes coordonnées en attendant.

Corinne""", ["restriction"],
  quote=Q("gmail", """Bonjour Corinne,

Je procéderai à la suppression de vos données vendredi comme demandé.

Belle journée,
Sandra""", who=SANDRA)),
# NEAR-LINE: reverses an erasure into "keep but don't use" -> restriction.

# ------------------------------------------------------------ portability
R("fr-por-csv", "Damien Roux <damien.roux@gmail.com>",
  "Export de mes données",
"""Bonjour,

J'aimerais récupérer les données que j'ai saisies sur la plateforme (profil, suivi des objectifs, journal de bord) dans un fichier que je puisse réutiliser, idéalement un CSV ou un tableur.

Merci !
Damien""", ["portability"]),

R("fr-por-nouvelle-coach", "Agnès Poirier <agnes.poirier@orange.fr>",
  "Transfert de mon dossier",
"""Bonjour Sandra,

Comme je déménage à Tours, je vais poursuivre mon accompagnement avec une coach là-bas, Mme Claire Ferrand (claire.ferrand@coach-tours.fr). Pourriez-vous lui transmettre directement mon dossier numérique, pour qu'elle n'ait pas à tout reprendre de zéro ?

Merci pour tout ce chemin ensemble.
Agnès""", ["portability"]),

R("fr-por-art20", "Julien Carpentier <julien.carpentier@proton.me>",
  "Exercice du droit à la portabilité (art. 20 RGPD)",
"""Madame,

Sur le fondement de l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies dans le cadre de l'inscription et du suivi de la formation, dans un format structuré, couramment utilisé et lisible par machine.

Cordialement,
Julien Carpentier""", ["portability"]),

R("fr-por-progression", "Morgane Le Goff <morgane.legoff@gmail.com>",
  "Récupérer ma progression",
"""Bonjour Sandra,

Mon employeur finance une suite de parcours chez un autre organisme, qui me demande mes résultats aux tests et ma progression dans vos modules. Est-ce que vous pourriez m'exporter tout ça dans un format qu'ils puissent importer (Excel ou autre) ?

Merci beaucoup,
Morgane""", ["portability"]),

R("fr-por-tableur-informel", "Samuel Petitjean <sam.petitjean@free.fr>",
  "mes données en fichier",
"""bonjour sandra
je voudrais recup mes infos (inscription, présences, évals) en fichier excel ou equivalent, pour les remettre dans mon appli de suivi perso
merci d'avance""", ["portability"]),

R("fr-por-suisse", "Nadia Zbinden <nadia.zbinden@gmx.ch>",
  "Transmission de mes données à ma nouvelle thérapeute",
"""Bonjour Madame Delomenie,

Ma nouvelle thérapeute à Lausanne m'a dit qu'il était possible de vous demander de lui transférer directement, sous forme électronique, les données que je vous avais fournies (questionnaires remplis en ligne, journal). Son adresse sécurisée : cabinet@therapie-zbinden-lausanne.ch.

Je vous en remercie d'avance.

Nadia Zbinden""", ["portability"]),

# -------------------------------------------------------------- objection
R("fr-obj-dessus-newsletter", "Véronique Garnier <vero.garnier@orange.fr>",
  "Re: Votre newsletter de printemps",
"""Merci mais je ne souhaite plus recevoir ces lettres. Bonne continuation.""", ["objection"],
  quote=Q("gmail", """Floraison de Soi - Lettre de printemps

Chère abonnée,
Le printemps est là, et avec lui l'envie de renouveau ! Découvrez nos ateliers d'avril :
- Cercle de parole "Oser dire" (samedi 12)
- Atelier sophro-relaxation (mercredi 23)

Pour vous désinscrire, cliquez ici.""", who=NEWS)),
# NEAR-LINE: short refusal written above a quoted newsletter -> only the new text counts -> objection.

R("fr-obj-sms", "Lucien Arnaud <lucien.arnaud@gmail.com>",
  "SMS",
"""Bonjour,
Je reçois régulièrement vos SMS pour les ateliers. Merci de ne plus m'en envoyer, je ne suis plus intéressé.
L. Arnaud""", ["objection"]),

R("fr-obj-appels", "Monique Ferrier <monique.ferrier@wanadoo.fr>",
  "Appels téléphoniques",
"""Madame,

Vous m'avez appelée deux fois ce mois-ci pour me proposer votre nouvelle formation. Je ne souhaite plus être démarchée par téléphone, ni d'ailleurs par un autre moyen.

Merci d'en prendre note.
Monique Ferrier""", ["objection"]),

R("fr-obj-statistiques", "Fabien Colin <fabien.colin@outlook.fr>",
  "Questionnaire de satisfaction",
"""Bonjour,

J'ai bien rempli le questionnaire de fin de formation, mais je ne souhaite pas que mes réponses entrent dans vos statistiques ni dans vos bilans d'activité. Merci de les en exclure.

Fabien Colin""", ["objection"]),
# NEAR-LINE: refusing use for statistics of a client survey (legitimate-interest basis) -> objection, not withdraw_consent.

R("fr-obj-segments", "Claire Mouton <claire.mouton@gmail.com>",
  "Vos mails personnalisés",
"""Bonjour Sandra,

J'ai remarqué que depuis que j'ai ouvert vos mails sur la parentalité, je ne reçois plus que ça, avec des "on a pensé à vous". Je n'aime pas l'idée d'être classée et ciblée selon ce sur quoi je clique. Je vous demande d'arrêter ce genre de suivi pour moi.

Bonne journée,
Claire""", ["objection"]),
# NEAR-LINE: objects to profiling of her clicks without asking to stop mail altogether -> objection.

R("fr-obj-relances", "Eric Maillard <eric.maillard@gmail.com>",
  "Re: Votre place vous attend encore !",
"""Bonjour,
C'est la troisième relance. Je n'ai pas donné suite et je ne le ferai pas : merci de ne plus me relancer.""", ["objection"],
  quote=Q("gmail", """Bonjour Eric,

Il reste 2 places pour le stage "Reprendre confiance" des 18 et 19 octobre. Je serais ravie de vous y accueillir !

Sandra""", who=SANDRA)),

R("fr-obj-infolettre-quebec", "Mathieu Gagnon <mathieu.gagnon@sympatico.ca>",
  "Infolettre",
"""Bonjour,

Veuillez me retirer de votre infolettre s'il vous plaît. Je la reçois depuis le webinaire de janvier, mais ça ne me rejoint plus vraiment.

Bonne journée!
Mathieu Gagnon, Sherbrooke""", ["objection"]),

R("fr-obj-retire-consentement-newsletter", "Danielle Prévost <danielle.prevost@laposte.net>",
  "Retrait de consentement",
"""Madame,

Je retire le consentement que j'avais donné pour recevoir votre newsletter et vos offres par courriel.

Veuillez en prendre acte.
D. Prévost""", ["objection"]),
# NEAR-LINE: worded as a consent withdrawal, but it is unsubscribing from the newsletter/marketing -> objection only (policy).

R("fr-obj-audiences-facebook", "Lionel Dupuis <lionel.dupuis@gmail.com>",
  "Publicité Facebook",
"""Bonjour,

Une amie qui travaille dans le marketing m'a expliqué pourquoi je voyais vos publicités sur Facebook : les adresses des clients sont souvent importées pour faire du ciblage. Je m'oppose à ce que mon adresse soit utilisée de cette façon.

Merci,
Lionel""", ["objection"]),

R("fr-obj-veuve-elle-meme", "Jacqueline Rivière <jacqueline.riviere@orange.fr>",
  "plus de lettres s'il vous plaît",
"""Bonjour Sandra,

Depuis la mort de Bernard en novembre je n'ai plus la tête à tout ça. Je ne veux plus recevoir vos lettres d'information, cela me fait trop penser à l'époque où nous venions aux ateliers à deux.

Merci de votre compréhension.
Jacqueline""", ["objection"]),
# NEAR-LINE: bereaved widow writing about her own subscription, not about her husband's data -> objection, not post_mortem.

R("fr-obj-retirez-liste", "Paul Lebrun <paul.lebrun@free.fr>",
  "retirez-moi de la liste",
"""retirez moi de votre liste de diffusion merci""", ["objection"], cte="7bit"),
# NEAR-LINE: leaving the mailing list, no deletion of data asked -> objection, not erasure.

# --------------------------------------------------------- withdraw_consent
R("fr-wc-temoignage-site", "Sophie Blanchard <sophie.blanchard@gmail.com>",
  "Mon témoignage",
"""Bonjour Sandra,

Il y a deux ans je vous avais écrit un témoignage qui est sur la page d'accueil de votre site. Ma situation a beaucoup changé depuis et je préférerais qu'il n'y apparaisse plus.

Merci beaucoup et sans rancune aucune, votre accompagnement m'a beaucoup aidée !
Sophie""", ["withdraw_consent"]),

R("fr-wc-photo-groupe", "Nicolas Ferrand <nicolas.ferrand@hotmail.fr>",
  "photo du stage sur Facebook",
"""Bonjour,

Je suis sur la photo de groupe du stage de juin que vous avez publiée sur votre page Facebook (2e rang à gauche). J'avais dit oui sur le moment mais finalement je ne souhaite pas être visible, pour des raisons professionnelles. Pouvez-vous la retirer ou me flouter ?

Merci
Nicolas""", ["withdraw_consent"]),

R("fr-wc-replay-video", "Estelle Marin <estelle.marin@icloud.com>",
  "Replay du webinaire",
"""Bonjour Sandra,

J'ai vu que le replay du webinaire du 3 mars est en accès libre sur votre chaîne et qu'on m'y voit et m'entend pendant le tour de table. Je reviens sur mon accord pour l'enregistrement : pouvez-vous couper mon passage ou retirer la vidéo ?

Merci,
Estelle
Envoyé de mon iPhone""", ["withdraw_consent"]),

R("fr-wc-questionnaire-livre", "Gérard Hamon <gerard.hamon@orange.fr>",
  "Utilisation de mes réponses pour votre livre",
"""Chère Sandra,

En 2024 j'avais accepté que mes réponses au questionnaire sur la reconversion soient utilisées (anonymement) pour le livre que vous préparez. Après réflexion, je préfère revenir sur cet accord : merci de ne pas les utiliser.

Bien amicalement,
Gérard""", ["withdraw_consent"]),

R("fr-wc-donnees-sante", "Caroline Vasseur <caroline.vasseur@gmail.com>",
  "Consentement données de santé",
"""Bonjour,

Lors de la signature du contrat, j'avais coché la case autorisant la collecte de données de santé. Je retire ce consentement à compter d'aujourd'hui : pour la suite de l'accompagnement, je ne souhaite plus aborder ni que soient notées des informations médicales.

Cordialement,
Caroline Vasseur""", ["withdraw_consent"]),
# NEAR-LINE: withdraws the health-data consent for the future, does not ask to delete what exists -> withdraw_consent only.

R("fr-wc-prenom-temoignage", "Mireille Costa <mireille.costa@sfr.fr>",
  "Témoignage - anonymat",
"""Bonjour Sandra,

Mon témoignage peut rester sur votre site, mais je ne veux plus que mon prénom, mon âge et ma ville y figurent, ni ma photo. Pouvez-vous le rendre anonyme ?

Merci d'avance
Mireille""", ["withdraw_consent"]),
# NEAR-LINE: partial withdrawal of the publication consent (name, photo) -> withdraw_consent, not rectification.

R("fr-wc-audio-supervision", "Bastien Renard <bastien.renard@gmail.com>",
  "Enregistrement de la séance",
"""Bonjour Sandra,

Vous m'aviez demandé si vous pouviez enregistrer notre séance de mardi pour votre supervision et j'avais accepté. Finalement je ne suis plus d'accord. Pouvez-vous ne pas l'utiliser ?

Désolé pour le revirement.
Bastien""", ["withdraw_consent"]),

R("fr-wc-podcast", "Hélène Duval <helene.duval@gmail.com>",
  "Interview pour le podcast",
"""Bonjour Sandra,

Je te remercie encore pour l'interview enregistrée le mois dernier pour ton podcast. Après l'avoir réécoutée je me sens trop exposée, je retire mon accord pour la diffusion. J'espère que tu comprendras.

Bises,
Hélène""", ["withdraw_consent"]),

R("fr-wc-belge-affiche", "Chantal Vandamme <chantal.vandamme@skynet.be>",
  "Photo sur l'affiche du salon",
"""Bonjour Sandra,

Une amie m'a envoyé la photo de votre affiche pour le salon bien-être de septembre : c'est ma tête qui est dessus ! J'avais accepté la photo pour votre site, pas pour une affiche placardée partout. Je ne suis plus d'accord qu'on l'utilise, ni là ni ailleurs.

Bien à vous,
Chantal""", ["withdraw_consent"]),

# ------------------------------------------------------------ post_mortem
R("fr-pm-fille-acte-deces", "Aurore Lambert <aurore.lambert@gmail.com>",
  "Décès de ma mère, Mme Josiane Lambert",
"""Bonjour Madame,

Ma mère, Josiane Lambert, est décédée le 2 mars. En rangeant ses papiers j'ai vu qu'elle avait suivi des ateliers chez vous et qu'elle recevait vos courriers.

Je vous demande de clôturer son dossier et de supprimer ses données. Vous trouverez ci-joint l'acte de décès.

Cordialement,
Aurore Lambert""", ["post_mortem"],
  att=[("pdf", "acte_deces_Lambert.pdf", "Acte de deces - Josiane LAMBERT - decedee le 2 mars - Mairie d'Issoudun")]),

R("fr-pm-notaire", "Office notarial Brunet <accueil@office-brunet-notaires.fr>",
  "Succession de M. Daniel Chauvin - demande d'informations",
"""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Daniel CHAUVIN, décédé le 17 janvier dernier à Issoudun.

Afin de compléter le dossier, nous vous remercions de nous indiquer si le défunt était titulaire d'un contrat ou d'un abonnement auprès de votre entreprise, et de nous communiquer les informations et documents le concernant que vous détenez.

Vous trouverez ci-joint l'acte de notoriété.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Anne Brunet,
Julie Sarrazin, clerc de notaire""", ["post_mortem"], exchange=True,
  att=[("pdf", "acte_notoriete_Chauvin.pdf", "Acte de notoriete - Succession CHAUVIN Daniel - Office notarial Brunet")]),

R("fr-pm-directives-soi", "Marie-Thérèse Aubry <mt.aubry@orange.fr>",
  "Pour plus tard",
"""Chère Sandra,

J'ai 74 ans et je mets un peu d'ordre dans mes affaires. Je vous écris pour une chose délicate : le jour où je ne serai plus là, je souhaite que tout ce que je vous ai confié pendant nos séances soit détruit, et que rien ne soit communiqué à mes enfants, même s'ils le demandent.

Pouvez-vous noter cette volonté dans mon dossier ?

Avec mon affection,
Marie-Thérèse""", ["post_mortem"]),
# NEAR-LINE: her own instructions for after her death -> post_mortem (not erasure now, not restriction).

R("fr-pm-veuf-photo", "Alain Dubost <alain.dubost@wanadoo.fr>",
  "Photo de ma femme sur votre page",
"""Madame,

Mon épouse Sylvie nous a quittés en août. Elle apparaît encore sur une photo de votre atelier "Cercle de femmes" sur votre page Facebook, et chaque fois que je tombe dessus c'est un choc.

Je vous serais reconnaissant de la retirer.

Alain Dubost""", ["post_mortem"]),
# NEAR-LINE: looks like withdrawing photo consent, but a widower writes after the death -> post_mortem only.

R("fr-pm-fils-notes", "Romain Texier <romain.texier@gmail.com>",
  "Dossier de mon père",
"""Bonjour,

Mon père, Jacques Texier, est décédé le mois dernier. Nous savons qu'il avait entamé un accompagnement avec vous l'an passé, à une période difficile pour lui.

Avec ma sœur nous aimerions, si c'est possible, avoir accès à ce qu'il a pu vous confier ou écrire, pour essayer de comprendre. Quelles pièces dois-je vous fournir ?

Merci,
Romain Texier""", ["post_mortem"]),

R("fr-pm-soeur-newsletter", "Nathalie Peyrot <nathalie.peyrot@free.fr>",
  "Newsletters adressées à mon frère",
"""Bonjour,

Mon frère Olivier Peyrot est décédé il y a trois mois. Nous gérons sa boîte mail et nous recevons toujours vos lettres d'information. Merci de ne plus lui écrire.

Nathalie Peyrot""", ["post_mortem"]),
# NEAR-LINE: looks like an unsubscribe, but a relative writes after the death -> post_mortem only.

R("fr-pm-directives-temoignage", "Yvonne Castaing <yvonne.castaing@laposte.net>",
  "Mon témoignage, après moi",
"""Bonjour Sandra,

Je suis malade et je sais que le temps m'est compté. Je voulais vous dire que je souhaite que mon témoignage et ma photo restent sur votre site après mon départ : si cela peut aider d'autres femmes, j'en serai heureuse. Mon fils Cédric pourra décider pour le reste.

Je vous embrasse,
Yvonne""", ["post_mortem"]),
# NEAR-LINE: instructions for her own data after her death (keep the testimonial, designate her son) -> post_mortem.

R("fr-pm-fils-annulation", "Frédéric Morin <frederic.morin@outlook.fr>",
  "Inscription de ma mère au stage de mai",
"""Bonjour,

Ma mère, Paulette Morin, était inscrite à votre stage des 24 et 25 mai. Elle est malheureusement décédée la semaine dernière.

Pouvez-vous annuler son inscription et, plus généralement, faire le nécessaire pour son dossier ? Je joins l'acte de décès.

Merci,
Frédéric Morin""", ["post_mortem"],
  att=[("pdf", "acte_deces_Morin.pdf", "Extrait d'acte de deces - MORIN Paulette")]),
# NEAR-LINE: a cancellation would be a negative, but an heir writing after the death is post_mortem whatever he asks.

R("fr-pm-informel-papa", "Julie Haddad <julie.haddad@gmail.com>",
  "mon papa",
"""Bonjour Sandra

Je ne sais pas trop comment faire, mon papa (Michel Haddad) est parti le mois dernier. Il vous aimait beaucoup et il me parlait des ateliers du jeudi. Qu'est ce qu'on doit faire pour ses données chez vous, son compte, ses mails ? Je voudrais que tout soit fermé proprement.

Merci
Julie""", ["post_mortem"]),

R("fr-pm-designation-mandataire", "Guy Lemoine <guy.lemoine@orange.fr>",
  "Directives concernant mes données",
"""Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous fais part de mes directives particulières concernant mes données personnelles après mon décès :
- ma fille, Mme Claire Lemoine, est désignée pour les mettre en œuvre ;
- mes comptes rendus d'accompagnement devront lui être communiqués ;
- mes coordonnées devront ensuite être effacées.

Je vous remercie d'en accuser réception.

Guy Lemoine""", ["post_mortem"], cte="qp"),

# ---------------------------------------------------------------- multi-right
R("fr-multi-temoignage-et-tout", "Amandine Roche <amandine.roche@gmail.com>",
  "Témoignage + mes données",
"""Bonjour Sandra,

Je souhaite que vous retiriez mon témoignage (et la photo qui va avec) de votre site et de Systeme.io. Et tant qu'à faire, je préfère que vous supprimiez tout ce que vous avez sur moi, je ne pense pas revenir.

Merci d'avance,
Amandine""", ["erasure", "withdraw_consent"]),

R("fr-multi-photo-et-effacer", "Karim Belkacem <karim.belkacem@hotmail.fr>",
  "je ne veux plus rien avoir avec vous",
"""Madame,

Vu la façon dont s'est terminé le stage, je ne veux plus rien avoir avec vous. Enlevez les photos où j'apparais de votre Instagram, et effacez mes coordonnées et tout le reste de vos fichiers.

K. Belkacem""", ["erasure", "withdraw_consent"]),

R("fr-multi-video-supprimer-tout", "Laetitia Bourdon <laetitia.bourdon@orange.fr>",
  "Vidéo de témoignage",
"""Bonjour,

Il y a un an j'ai accepté de tourner une petite vidéo de témoignage pour votre formation en ligne. Je vous demande de ne plus la diffuser. Je souhaite par ailleurs l'effacement complet de mes données, compte de formation compris.

Cordialement,
Laetitia Bourdon""", ["erasure", "withdraw_consent"]),

R("fr-multi-voir-et-excel", "Thierry Lacroix <thierry.lacroix@gmail.com>",
  "mes données",
"""Bonjour,

Pourriez-vous me dire précisément quelles données vous avez sur moi, et me les envoyer sous forme de fichier Excel que je puisse garder et réutiliser ?

Merci,
Thierry Lacroix""", ["access", "portability"]),

R("fr-multi-savoir-transferer", "Sandrine Pommier <sandrine.pommier@laposte.net>",
  "Avant de changer de coach",
"""Bonjour Sandra,

Avant que je parte chez une consœur plus proche de chez moi, j'aimerais savoir ce qui figure exactement dans mon dossier, et ensuite que vous lui envoyiez la partie numérique (questionnaires, plan d'action) directement à elle : marie.lenoir@equilibre-coaching.fr.

Merci pour tout,
Sandrine""", ["access", "portability"]),

R("fr-multi-voir-corriger", "Olivier Marchal <olivier.marchal@sfr.fr>",
  "Vérifier et corriger ma fiche",
"""Bonjour,

Je voudrais voir ma fiche client telle que vous l'avez enregistrée : j'ai l'impression que mon adresse et ma date de naissance sont fausses (vous m'avez souhaité mon anniversaire en juillet, je suis né le 3 juin 1969). Merci de m'envoyer une copie et de corriger ma date de naissance.

Olivier Marchal""", ["access", "rectification"]),

R("fr-multi-voir-puis-effacer", "Élodie Fontaine <elodie.fontaine@gmail.com>",
  "Avant suppression",
"""Bonjour,

Avant que vous supprimiez définitivement mes données (ce que je vous demande), pourriez-vous m'en envoyer une copie ? J'aimerais garder mes notes de séance pour moi.

Merci,
Élodie""", ["access", "erasure"]),

R("fr-multi-newsletter-supprimer", "Henri Bouvier <henri.bouvier@wanadoo.fr>",
  "STOP",
"""Arrêtez de m'envoyer vos mails publicitaires et supprimez mes coordonnées de votre base.
H. Bouvier""", ["erasure", "objection"]),

R("fr-multi-sms-effacer", "Coralie Dumas <coralie.dumas@gmail.com>",
  "Re: Rappel : votre atelier de demain",
"""Bonjour, l'atelier c'est ok, je viendrai. Par contre après ça je ne veux plus recevoir de SMS ni de mails pour vos promotions, et je voudrais que mon numéro soit effacé de votre fichier une fois l'atelier passé.
Merci
Coralie""", ["erasure", "objection"],
  quote=Q("gmail", """Bonjour Coralie,

Petit rappel : l'atelier "Respirer pour s'apaiser" a lieu demain à 18h30, 46 rue d'Estienne d'Orves.

À demain !
Sandra""", who=SANDRA)),

R("fr-multi-copie-et-geler", "Fabienne Roy <fabienne.roy@outlook.fr>",
  "Mon dossier",
"""Madame,

Je vous demande une copie intégrale de mon dossier. Et d'ici à ce que je l'aie examiné avec mon conseil, merci de ne pas l'utiliser ni le modifier ou le supprimer.

F. Roy""", ["access", "restriction"]),

R("fr-multi-video-newsletter", "Lucas Bertin <lucas.bertin@gmail.com>",
  "Deux choses",
"""Bonjour Sandra,

Deux petites choses :
1) je ne veux plus apparaître dans la vidéo de présentation du stage ado-parents, je retire mon accord ;
2) je ne veux plus recevoir la newsletter.

Merci, et bonne continuation quand même !
Lucas""", ["objection", "withdraw_consent"]),

R("fr-multi-source-stop-sms", "Martine Chassagne <martine.chassagne@orange.fr>",
  "D'où vient mon numéro ?",
"""Bonjour,

Je reçois des SMS de votre part pour des ateliers alors que je ne vous ai jamais donné mon numéro, à ma connaissance. D'où le tenez-vous ? Et merci d'arrêter ces SMS.

Martine Chassagne""", ["access", "objection"]),

R("fr-multi-nouvelle-adresse-plus-de-pub", "Stéphanie Klein <steph.klein@gmail.com>",
  "Changement d'adresse mail",
"""Bonjour,

Ma nouvelle adresse est steph.klein@gmail.com (l'ancienne en @numericable.fr va fermer). Merci de la mettre à jour pour les factures et les convocations. Par contre, je ne veux plus recevoir d'offres promotionnelles, juste le nécessaire.

Stéphanie""", ["objection", "rectification"]),

R("fr-multi-transfert-puis-suppression", "Aline Guérin <aline.guerin@free.fr>",
  "Transfert puis suppression",
"""Bonjour Sandra,

Je commence un suivi avec une sophrologue à Bourges. Pourriez-vous lui envoyer mes données au format numérique (fiche, questionnaires), à l'adresse sophro.bourges@gmail.com, puis les supprimer de votre côté ?

Merci pour tout,
Aline""", ["erasure", "portability"]),

R("fr-multi-voir-corriger-stop", "Raymond Gillet <raymond.gillet@laposte.net>",
  "Plusieurs demandes",
"""Madame,

1. Je souhaite savoir quelles informations vous détenez sur moi.
2. Mon adresse postale est erronée : j'habite 14 rue de la Sous-Préfecture, et non 41.
3. Je ne souhaite plus être sollicité pour vos nouvelles formations.

Merci de me répondre par écrit.
R. Gillet""", ["access", "objection", "rectification"]),

R("fr-multi-copie-video-retrait", "Pauline Marty <pauline.marty@gmail.com>",
  "Ma vidéo témoignage",
"""Coucou Sandra,

Est-ce que tu pourrais m'envoyer le fichier de la vidéo témoignage qu'on a tournée ensemble (j'aimerais la garder en souvenir) ? Et ensuite je préfère que tu ne l'utilises plus sur le site, je ne suis plus trop à l'aise avec.

Merci beaucoup !
Pauline""", ["access", "withdraw_consent"]),
# NEAR-LINE: a copy of a specific record about herself (the video) -> access, plus withdrawal of its use.

R("fr-multi-relire-geler-conteste", "Agathe Simonin <agathe.simonin@orange.fr>",
  "Compte rendu contesté",
"""Bonjour Sandra,

Je voudrais relire le compte rendu de la séance collective du 5 février : une participante m'a dit qu'il y figurait des choses me concernant qui sont fausses. Envoyez-le-moi s'il vous plaît, et en attendant qu'on en parle, merci de ne pas le diffuser ni de vous en servir.

Agathe""", ["access", "restriction"]),

R("fr-multi-quebec-photo-oubli", "Marie-Ève Côté <marieeve.cote@hotmail.com>",
  "Photos pis mes infos",
"""Allô Sandra,

J'ai vu que t'avais mis des photos de la retraite d'automne sur ton site, pis je suis dessus. J'ai dit oui dans le temps mais là je retire mon autorisation, enlève-les s'il te plaît. Pis tant qu'à y être, efface toutes mes infos de ton système, je reviendrai pas en France avant longtemps.

Merci là!
Marie-Ève""", ["erasure", "withdraw_consent"]),

R("fr-multi-coordonnees-voir-maj", "Bruno Lemaître <bruno.lemaitre@orange.fr>",
  "Mes coordonnées chez vous",
"""Bonjour Madame,

Pourriez-vous me dire quelles coordonnées vous avez exactement pour moi ? Je crains que vous ayez encore mon adresse de Bourges, qui n'est plus la bonne depuis deux ans : j'habite maintenant 22 route de Reuilly, 36100 Issoudun. Merci de la remplacer.

Cordialement,
Bruno Lemaître
Envoyé de mon iPhone""", ["access", "rectification"]),

R("fr-multi-stats-supprimer-questionnaire", "Ghislaine Royer <ghislaine.royer@laposte.net>",
  "Questionnaire de fin de stage",
"""Bonjour,

Je ne veux pas que mes réponses au questionnaire de fin de stage servent à vos statistiques, et je préfère même que le questionnaire soit détruit : j'y ai écrit des choses trop personnelles, sur le coup.

Merci de votre discrétion,
Ghislaine Royer""", ["erasure", "objection"]),
# NEAR-LINE: statistics use -> objection; destroying the questionnaire -> erasure (no consent to withdraw, client survey).

R("fr-multi-export-puis-geler", "Delphine Aubin <delphine.aubin@gmail.com>",
  "Mon dossier pendant la transition",
"""Bonjour Sandra,

Pourriez-vous m'exporter mon dossier (fiches, plan d'action, questionnaires) dans un format que ma nouvelle coach pourra importer dans son logiciel ? Et de votre côté, gardez-le pour l'instant sans plus vous en servir ni le supprimer, au cas où je reviendrais vers vous.

Merci pour tout,
Delphine""", ["portability", "restriction"]),

]

EXTRA = {
    "fr-acc-avocat-mandat": dict(cc="Thierry Rouault <t.rouault@gmail.com>"),
    "fr-era-parent-enfant": dict(cc="Claire Morvan <claire.morvan@gmail.com>"),
    "fr-pm-fils-notes": dict(cc="Émilie Texier <emilie.texier@free.fr>"),
    "fr-wc-photo-groupe": dict(att=[("png", "capture_facebook.png")]),
    "fr-wc-belge-affiche": dict(att=[("jpg-as-png", "affiche_salon.png")], html="alt"),
    "fr-rect-completer-profession": dict(att=[("docx", "CV_Helene_Moisan_2025.docx", "Helene Moisan\nAssistante de direction - Mairie de Vatan")]),
    "fr-pm-fille-acte-deces": dict(html="alt"),
    "fr-acc-art15-formel": dict(mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")),
    "fr-multi-transfert-puis-suppression": dict(quote=Q("apple_fwd", """Bonjour Aline,

Pour que je puisse reprendre votre suivi dans de bonnes conditions, pourriez-vous demander à votre ancienne coach de me transmettre votre dossier ?

Mathilde Verne, sophrologue""", who="Mathilde Verne <sophro.bourges@gmail.com>", to="aline.guerin@free.fr",
        subject="Votre dossier")),
}
for _r in RECORDS:
    _r.update(EXTRA.get(_r["key"], {}))
