# French requests, part 1: access, rectification, erasure (mostly single-right).
from recbase import R

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
PHPMAILER = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"

RECORDS = [

R("fr-notes-accompagnement-2023",
  "Mes notes de séances",
  """Bonjour Sandra,

J'espère que vous allez bien. J'ai fait un accompagnement avec vous entre février et juin 2023 (on se voyait le mardi soir, au cabinet rue d'Estienne d'Orves).

Je suis en train de faire le point sur ces dernières années et j'aimerais beaucoup relire ce que vous aviez noté pendant nos séances. Est-ce que ce serait possible de m'en envoyer une copie ? Même des notes brutes, ça m'irait très bien.

Merci d'avance, et belle journée à vous,
Maud Perrichon""",
  ["access"],
  frm="Maud Perrichon <maud.perrichon@gmail.com>", html="alt"),

R("fr-newsletter-dou-vient-mon-adresse",
  "d'où vient mon adresse ?",
  """Bonjour,

Je reçois depuis quelques semaines votre lettre « Floraison de Soi » alors que je ne me souviens absolument pas m'y être inscrite. Je n'ai jamais fait de coaching ni d'atelier chez vous.

Pouvez-vous me dire comment vous avez eu mon adresse mail et ce que vous avez d'autre me concernant ? Je préfère savoir.

Cordialement
C. Vasseur""",
  ["access"],
  frm="Corinne Vasseur <corinne.vasseur@laposte.net>", to="contact"),

R("fr-lettre-formelle-art15-cni",
  "Demande d'accès à mes données personnelles – article 15 du RGPD",
  """Madame,

Conformément à l'article 15 du Règlement (UE) 2016/679 du 27 avril 2016 (RGPD), je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous détenez ;
- les finalités des traitements et leur base légale ;
- les destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée ;
- la source des données, si elles n'ont pas été collectées auprès de moi.

Vous trouverez ci-joint la copie de ma carte nationale d'identité. Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Gérard Lemonnier
12 allée des Tilleuls
36000 Châteauroux""",
  ["access"],
  frm="Gérard Lemonnier <g.lemonnier36@orange.fr>", to="orange", cte="qp",
  attach=[("pdf", "CNI_Lemonnier.pdf",
           ["REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE",
            "Nom : LEMONNIER   Prenoms : Gerard, Paul",
            "Ne le : 03.11.1958 a CHATEAUROUX (36)",
            "Copie - document transmis pour demande RGPD uniquement"])]),

R("fr-stagiaire-reponses-questionnaire",
  "Questionnaire de la formation prise de parole",
  """Bonjour Sandra,

Lors de la formation « Oser prendre la parole » en novembre, on avait rempli le grand questionnaire sur nos freins et nos points forts au début du premier jour. Je ne l'ai pas pris en photo et je le regrette un peu…

Vous serait-il possible de me transmettre mes réponses ? Je voudrais les reprendre avec ma manager pour mon entretien annuel.

Merci beaucoup !
Lucie Terrasson
Chargée de clientèle – Crédit Agricole Centre Ouest""",
  ["access"],
  frm="Lucie Terrasson <lucie.terrasson@ca-centreouest.fr>", mailer="Microsoft Outlook 16.0",
  headers={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""}),

R("fr-belge-donnees-encodees",
  "Informations me concernant",
  """Bonjour Madame Delomenie,

J'ai participé à votre atelier en ligne sur la gestion du stress en septembre (je suis à Namur, j'étais la seule Belge du groupe je pense !).

Pourriez-vous m'indiquer quelles informations vous avez encodées à mon sujet lors de l'inscription et pendant l'atelier ? On m'a demandé pas mal de choses dans le formulaire et j'aimerais savoir ce qui a été gardé.

Je vous remercie d'avance et vous souhaite une bonne fin de semaine.

Bien à vous,
Françoise Delvaux""",
  ["access"],
  frm="Françoise Delvaux <francoise.delvaux@skynet.be>", cte="8bit", date="2025-10-03 17:20"),

R("fr-a-qui-transmis-spam-apres-atelier",
  "question suite à l'atelier du 14",
  """Bonjour,

Depuis que je me suis inscrit à votre atelier « Sommeil et récupération » je reçois des appels et des mails d'un cabinet de naturopathie et d'une école de sophrologie que je ne connais pas. Peut-être que ça n'a rien à voir, mais c'est quand même étrange que ça commence pile à ce moment-là.

Est-ce que vous pouvez me dire si vous avez transmis mes coordonnées à quelqu'un, et à qui ?

Merci de votre retour.
Thierry Bouchaud""",
  ["access"],
  frm="Thierry Bouchaud <thierry.bouchaud@free.fr>"),

R("fr-sms-style-tout-ce-que-vous-avez",
  "",
  """bjr vs pouvez menvoyer tt ce ke vs avez sur moi svp, jai fait 2 seances lan dernier
merci
Kevin

Envoyé de mon iPhone""",
  ["access"],
  frm="Kevin L <kev.lbrt36@icloud.com>", cte="8bit"),

R("fr-quebec-copie-dossier",
  "Demande de copie de mon dossier",
  """Bonjour Sandra,

J'ai suivi votre accompagnement à distance l'automne passé, depuis Sherbrooke. Je suis présentement en train de changer d'emploi et ma conseillère en orientation aimerait voir le travail qu'on a fait ensemble.

Est-ce que je pourrais avoir une copie de mon dossier, avec les renseignements personnels que vous avez conservés à mon sujet? Les fiches de suivi et le bilan surtout.

Merci ben gros, c'est vraiment apprécié!

Geneviève Tremblay""",
  ["access"],
  frm="Geneviève Tremblay <gen.tremblay@videotron.ca>", html="alt", cte="qp"),

R("fr-avocat-mandat-acces",
  "Me Aubertin – Mme Sabine Roux – demande de communication",
  """Madame,

Je suis le conseil de Madame Sabine Roux, domiciliée 7 rue des Remparts à Issoudun, qui a bénéficié de vos prestations d'accompagnement entre mars 2024 et janvier 2025.

Agissant en vertu du mandat ci-joint, je vous saurais gré de bien vouloir me communiquer l'intégralité des données personnelles concernant ma cliente que vous détenez, y compris les comptes rendus de séances et les échanges écrits, conformément à l'article 15 du RGPD.

Je vous remercie de m'adresser ces éléments à l'adresse ci-dessous dans le délai légal.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Maître Hélène Aubertin
Avocate au Barreau de Bourges
18 rue Moyenne – 18000 Bourges
Tél. 02 48 24 ** **

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.""",
  ["access"],
  frm="Maître Hélène Aubertin <h.aubertin@aubertin-avocat.fr>", to="orange", html="alt", cte="b64",
  cc="Sabine Roux <sabine.roux36@gmail.com>",
  mailer="Microsoft Outlook 16.0",
  attach=[("pdf", "Mandat_Roux_Aubertin.pdf",
           ["MANDAT DE REPRESENTATION",
            "Je soussignee Sabine Roux donne mandat a Me Helene Aubertin",
            "pour obtenir communication de mes donnees personnelles aupres de Floraison de Soi.",
            "Fait a Issoudun, signature : S. Roux"])]),

R("fr-mere-notes-fille-mineure",
  "Séances de Léa (orientation)",
  """Bonjour Madame,

Ma fille Léa, 15 ans, a fait avec vous les trois séances d'aide à l'orientation au printemps. Elle hésite encore beaucoup pour la seconde et son professeur principal nous conseille de repartir de ce qui a été travaillé.

Pourriez-vous nous envoyer les notes et le compte rendu que vous avez sur elle ? Je suis sa mère et j'exerce l'autorité parentale avec son père, qui est d'accord (je le mets en copie).

Merci beaucoup,
Nathalie Chevrier""",
  ["access"],
  # NEAR-LINE: parent writing for a minor child -> request (policy), not a third-party negative.
  frm="Nathalie Chevrier <nath.chevrier@sfr.fr>", cc="Olivier Chevrier <o.chevrier@gmail.com>", date="2025-06-10 19:40"),

R("fr-bilan-tests-perdus",
  "Re: Bilan de fin d'accompagnement",
  """Coucou Sandra,

Je reviens vers toi bien longtemps après… J'ai changé d'ordi et j'ai perdu tous les documents de notre accompagnement, y compris le bilan final et les résultats des tests (le truc des drivers et l'ennéagramme).

Tu pourrais me les renvoyer ? Ça me servirait vraiment en ce moment.

Bises,
Aurélie""",
  ["access"],
  frm="Aurélie Granger <aurelie.granger@hotmail.fr>",
  quote=dict(style="outlook-fr", days=380, text="""Bonjour Aurélie,

Voici comme promis le bilan de notre accompagnement ainsi que tes résultats aux tests.
Ce fut un vrai plaisir de cheminer avec toi.

Belle continuation,
Sandra
Floraison de Soi – Coaching & Formation""")),

R("fr-formulaire-contact-notes",
  "Nouveau message depuis le site : Demande",
  """Nom : Perrine Auclair
E-mail : perrine.auclair@gmail.com
Téléphone : 06 12 48 90 33
Sujet : Demande

Message :
Bonjour, j'ai été suivie en 2022 pour un burn-out (6 séances). Je voudrais récupérer ce que vous avez gardé de mon suivi, les fiches ou les notes, pour le montrer à mon médecin. Est-ce que c'est possible ? Merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  ["access"],
  frm=WP, reply_to="Perrine Auclair <perrine.auclair@gmail.com>", to="contact", mailer=PHPMAILER,
  msgid_addr="wordpress@floraisondesoi.fr"),

# ---------------------------------------------------------------- rectification

R("fr-nom-mal-orthographie-factures",
  "Orthographe de mon nom",
  """Bonjour,

Petite chose : mon nom s'écrit Guillemot, avec deux L. Sur les deux dernières factures et sur les mails de rappel c'est écrit « Guilemot ». Pouvez-vous corriger dans votre fichier ? Ça m'arrive souvent, mais pour la mutuelle il faut que ce soit exact.

Merci !
Sophie Guillemot""",
  ["rectification"],
  # NEAR-LINE: mentions invoices, but asks to fix her name in the file -> rectification, not a document fix.
  frm="Sophie Guillemot <sophie.guillemot@wanadoo.fr>"),

R("fr-demenagement-nouvelle-adresse",
  "changement d'adresse",
  """Bonsoir Sandra,

Nous avons déménagé le mois dernier. Pouvez-vous remplacer mon ancienne adresse (4 impasse des Lilas à Vatan) par la nouvelle :

Martine Rabier
23 rue de la Croix-Blanche
36100 Issoudun

Comme ça je serai même plus près du cabinet :)

Merci, à bientôt,
Martine""",
  ["rectification"],
  frm="Martine Rabier <martine.rabier36@orange.fr>", cte="8bit"),

R("fr-nouveau-numero-portable",
  "Nouveau numéro",
  """Bonjour,
le 06 45 78 12 09 ne marche plus, j'ai changé d'opérateur et de numéro. Mon nouveau : 07 68 21 35 90. Vous pouvez effacer l'ancien de vos contacts, il est attribué à quelqu'un d'autre maintenant.
Merci
Yannick Morin""",
  ["rectification"],
  # NEAR-LINE: "effacer l'ancien" with new value given -> rectification only (policy).
  frm="Yannick Morin <yannick.morin@bbox.fr>", mailer=""),

R("fr-nom-epouse",
  "Changement de nom",
  """Bonjour Sandra,

Je me suis mariée cet été (merci encore pour vos conseils de préparation, ça m'a aidée à gérer le stress du jour J !). Je porte désormais le nom de mon mari : Camille Fontaine (anciennement Camille Besnard).

Pourriez-vous mettre à jour mon nom dans votre fichier client et sur mon compte de la formation en ligne ? Mon adresse mail ne change pas.

Très belle journée,
Camille""",
  ["rectification"],
  frm="Camille Fontaine <camille.besnard86@gmail.com>", html="alt"),

R("fr-date-naissance-cpf",
  "Erreur date de naissance - inscription formation",
  """Bonjour,

En relisant la convocation à la formation « Manager avec bienveillance », je vois que ma date de naissance est indiquée au 14/07/1981. C'est le 17/04/1981 (j'ai dû inverser en remplissant, désolé).

Comme le dossier passe par Mon Compte Formation, je préfère que ce soit juste partout. Merci de rectifier.

Cordialement,
Arnaud Pichereau
Responsable d'équipe logistique""",
  ["rectification"],
  frm="Arnaud Pichereau <arnaud.pichereau@outlook.fr>"),

R("fr-compte-rendu-erreurs",
  "Re: Compte rendu séance 3",
  """Bonjour Sandra,

Merci pour le compte rendu. Juste deux erreurs que je voudrais que vous corrigiez dans mon dossier pour que ce soit juste : je n'ai pas trois enfants mais deux (Jules et Manon), et je ne suis pas infirmière mais aide-soignante en EHPAD. Ce n'est pas grave mais autant que ce soit exact si on s'appuie dessus pour la suite.

À jeudi,
Delphine""",
  ["rectification"],
  frm="Delphine Carré <delphine.carre@yahoo.fr>",
  quote=dict(style="gmail-fr", days=3, text="""Bonjour Delphine,

Vous trouverez ci-dessous le compte rendu de notre troisième séance.

Contexte : infirmière, mère de trois enfants, sentiment d'épuisement lié aux horaires...
Objectif travaillé : poser des limites avec la hiérarchie.
Pour la prochaine fois : noter chaque soir une situation où vous avez dit non.

Belle semaine,
Sandra""")),

R("fr-suisse-natel",
  "Mise à jour de mes coordonnées",
  """Bonjour Madame,

Je vous prie de bien vouloir adapter mes coordonnées dans vos dossiers. Mon numéro de natel a changé : le nouveau est le +41 79 562 18 44 (l'ancien en +41 76 n'est plus valable).

Je reste volontiers inscrit à vos conférences en ligne.

Avec mes meilleures salutations,
Jean-Daniel Rochat
Lausanne""",
  ["rectification"],
  frm="Jean-Daniel Rochat <jd.rochat@bluewin.ch>", cte="qp"),

# ---------------------------------------------------------------- erasure

R("fr-poli-supprimer-apres-atelier",
  "Atelier du samedi",
  """Bonjour,

Merci pour l'atelier de samedi, c'était agréable. Je ne pense pas donner suite pour le moment. Pourriez-vous supprimer mes données de vos fichiers ?

Bonne continuation,
Élodie M.""",
  ["erasure"],
  frm="Elodie Marchais <elodie.marchais@gmail.com>"),

R("fr-colere-effacez-tout",
  "EFFACEZ MES DONNÉES",
  """Ça fait 3 fois que je reçois un mail « on ne s'est pas vus depuis longtemps » alors que j'ai arrêté les séances il y a deux ans et que je l'avais dit clairement.

Effacez tout ce que vous avez sur moi. Tout. Et je veux une confirmation écrite.

P. Garnier""",
  ["erasure"],
  frm="Pascal Garnier <pgarnier@numericable.fr>"),

R("fr-lettre-art17-effacement",
  "Demande d'effacement – art. 17 RGPD",
  """Madame Dumot-Deloménie,

Par la présente, j'exerce mon droit à l'effacement prévu à l'article 17 du Règlement général sur la protection des données.

Je vous demande de procéder à la suppression de l'ensemble des données personnelles me concernant figurant dans vos fichiers (fichier clients, outil d'emailing, plateforme de formation, sauvegardes) et de m'en confirmer la réalisation.

Je joins à ma demande une copie de ma pièce d'identité conformément à votre politique de confidentialité.

Veuillez recevoir, Madame, mes salutations distinguées.

Jacqueline Bertin-Roussel""",
  ["erasure"],
  frm="Jacqueline Bertin-Roussel <jbertinroussel@laposte.net>", to="orange", html="alt",
  attach=[("pdf", "piece_identite_JBR.pdf",
           ["CARTE NATIONALE D'IDENTITE (copie)",
            "BERTIN-ROUSSEL Jacqueline Marie",
            "Nee le 22.06.1964 - Valable jusqu'au 08.2031"])]),

R("fr-divorce-effacer-mes-donnees",
  "Demande personnelle",
  """Bonjour Sandra,

Je ne sais pas trop comment formuler ça. Vous m'avez suivie en 2024, et mon ex-mari a aussi fait quelques séances avec vous à la même période. Nous sommes maintenant divorcés et la séparation a été très conflictuelle.

Je ne veux plus qu'il reste quoi que ce soit de moi chez vous : mes coordonnées, les notes de mes séances, les mails. S'il vous plaît, supprimez tout ce qui me concerne. Je ne vous demande rien le concernant lui, évidemment.

Merci pour votre compréhension,
Claire""",
  ["erasure"],
  frm="Claire Dubreuil <claire.dubreuil@proton.me>", cte="qp"),

R("fr-objet-seul-suppression",
  "Suppression de mes données personnelles svp",
  "",
  ["erasure"],
  frm="Romain Leclerc <romain.leclerc@gmail.com>"),

R("fr-euphemisme-disparaitre-fichiers",
  "Petit mot",
  """Bonjour Sandra,

Je tourne une page en ce moment et je fais un peu de tri dans ma vie numérique. Sans rancune aucune, j'aimerais disparaître de vos fichiers. Que plus rien ne reste de moi chez vous, si c'est possible.

Merci pour tout ce que vous m'avez apporté.
Hélène""",
  ["erasure"],
  frm="Hélène Jacquet <helene.jacquet@me.com>", html="alt"),

R("fr-informel-virez-tout",
  "mes infos",
  """salut
jveux plus que vous gardiez mes infos, jai arrete le coaching y a longtemps. vous pouvez tout virer svp, mail tel adresse tout
merci
jordan""",
  ["erasure"],
  frm="jordan <jordan.petitjean36@gmail.com>", to="orange"),

R("fr-belge-supprimer-coordonnees",
  "Suppression",
  """Bonjour,

Je me suis inscrite à un de vos webinaires il y a un moment mais je n'y ai finalement jamais assisté. Je vous saurais gré de bien vouloir supprimer mes coordonnées de vos fichiers, ainsi que mon inscription.

D'avance merci.

Bien à vous,
Anne-Catherine Lambotte
Liège""",
  ["erasure"],
  frm="Anne-Catherine Lambotte <ac.lambotte@live.be>"),

R("fr-stagiaire-entreprise-payee-effacement",
  "Formation de mai – mes données",
  """Bonjour Madame Delomenie,

J'ai suivi en mai la formation « Communication non violente au travail » financée par mon employeur, la société Thermibat. J'ai depuis quitté l'entreprise.

Je comprends que vous deviez garder la facture et la convention avec Thermibat, mais pour tout ce qui me concerne personnellement (mes coordonnées perso, mes évaluations, mon adresse mail privée), je souhaite que ce soit effacé.

Merci et bonne journée,
Rachid Benali""",
  ["erasure"],
  frm="Rachid Benali <rachid.benali@gmail.com>", html="alt", cte="qp", date="2025-09-15 12:30"),

R("fr-long-mail-nouvelles-et-suppression",
  "Des nouvelles !",
  """Bonjour Sandra !

Cela fait longtemps, j'espère que vous allez bien et que Floraison de Soi continue de fleurir :) Je voulais vous donner des nouvelles car vous avez beaucoup compté à un moment difficile.

Alors voilà : après notre travail sur la reconversion, j'ai finalement passé le concours et je suis devenue professeure des écoles ! J'ai eu ma première classe en septembre, des CE1, c'est intense mais je ne regrette rien. On a aussi déménagé près de Tours avec mon compagnon et on attend un bébé pour mars.

Du coup je ne reviendrai sans doute pas en séance avant longtemps, et comme je fais un grand ménage dans tout ce qui traîne à mon nom un peu partout, je préfère que vous supprimiez mon dossier et mes coordonnées. Ce n'est pas du tout un reproche, c'est juste une question d'hygiène numérique, mon compagnon est informaticien et il m'a un peu contaminée…

Encore merci pour tout. Je pense souvent à l'exercice de la lettre à soi-même, je l'ai toujours dans mon tiroir.

Avec toute ma gratitude,
Justine Lemaire""",
  ["erasure"],
  frm="Justine Lemaire <justine.lemaire@ac-orleans-tours.fr>", html="alt", date="2025-11-16 16:05"),

]
