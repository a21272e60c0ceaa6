# -*- coding: utf-8 -*-
"""French-language requests (data-subject rights addressed to Sandra)."""
from recbase import M

RECORDS = [

# ------------------------------------------------------------------ access
M("fr.baraton-lettre-article15", ["access"],
  '"Baraton Claudine" <claudine.baraton@wanadoo.fr>',
  "Demande de communication de mes données personnelles",
  """\
Madame,

Ayant participé à deux ateliers « Confiance en soi » en 2023 puis à un accompagnement individuel au printemps 2024, je souhaiterais, en application de l'article 15 du Règlement général sur la protection des données, obtenir communication de l'ensemble des données à caractère personnel me concernant que vous conservez, quel qu'en soit le support (fichiers informatiques, fiches papier, notes de séances, messages).

Je vous remercie de bien vouloir me préciser également les finalités pour lesquelles ces données sont utilisées et la durée pendant laquelle vous comptez les garder.

Vous trouverez ci-joint la copie de ma carte d'identité, conformément à ce qu'indique votre politique de confidentialité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Claudine Baraton
12, allée des Tilleuls
36000 Châteauroux
""",
  date="2025-02-11 14:03", charset="windows-1252", att=[("CNI_Baraton_Claudine.pdf", "pdf",
  "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : BARATON\nPrenom(s) : Claudine Marie\nNe(e) le : 03.09.1953 a LE BLANC (36)\n[copie recto-verso - usage exclusif : demande RGPD Floraison de Soi]")],
  xm="Microsoft Outlook 16.0", cte="qp"),

M("fr.kevin-stage-mars-infos", ["access"],
  "Kevin Marchais <kev.marchais36@gmail.com>",
  "ptite question",
  """\
salut sandra

c kevin du stage gestion du stress de mars (celui qui etait tjrs en retard lol)
je voulais savoir ce que t'as comme infos sur moi dans tes fichiers, genre les notes que tu prenais pendant les exercices, le questionnaire du debut et tout ca. tu peux m'envoyer ce que t'as ?

merci bcp et bonne journee
kevin

Envoyé de mon iPhone
""",
  date="2025-04-22 21:47"),

M("fr.namur-gsm-source", ["access"],
  "Geneviève Lambotte <genevieve.lambotte@skynet.be>",
  "Atelier de Namur – question sur mes coordonnées",
  """\
Bonjour Madame Delomenie,

J'ai participé à votre atelier en ligne de novembre depuis Namur. Depuis quelques semaines, je reçois des SMS sur mon GSM concernant vos prochaines sessions.

Or je n'ai, à ma connaissance, jamais communiqué ce numéro lors de l'inscription : j'avais seulement donné mon adresse mail. Pourriez-vous me dire d'où vous tenez mon numéro de GSM, et quelles autres informations à mon sujet figurent dans votre fichier ?

Je vous remercie d'avance pour votre retour et vous souhaite une bonne fin de semaine.

Geneviève Lambotte
Namur
""",
  date="2025-01-24 10:18"),

M("fr.demarchage-naturopathe-partage", ["access"],
  "Hélène Trouvé <helene.trouve@laposte.net>",
  "Transmission de mes coordonnées ?",
  """\
Bonjour Sandra,

Je me permets de vous écrire car j'ai reçu la semaine dernière un appel d'une naturopathe de Vierzon qui m'a dit « avoir eu mon contact par l'atelier de Floraison de Soi ». Je ne la connais pas et je ne lui ai jamais donné mon numéro.

Je voudrais savoir à qui vous avez transmis mes informations, et lesquelles exactement (téléphone, adresse, autre ?). Je ne vous accuse de rien, il s'agit peut-être d'une autre participante, mais j'ai besoin de comprendre.

Bien cordialement,
Hélène Trouvé
""",
  date="2025-06-03 18:32"),

M("fr.qc-dossier-complet-zoom", ["access"],
  "Marie-Ève Gagnon <me.gagnon@videotron.ca>",
  "Copie de mon dossier",
  """\
Bonjour Sandra,

J'espère que tu vas bien de l'autre bord! J'ai bien aimé nos rencontres Zoom cet hiver, ça m'a vraiment aidée à passer à travers mon retour au travail.

J'aimerais recevoir une copie de mon dossier au complet, incluant les notes que tu as prises durant nos rencontres et le bilan que tu m'avais fait remplir au début. Je voudrais le relire tranquillement pendant mes vacances.

Merci ben gros, pis au plaisir!

Marie-Ève
Sherbrooke (Québec)
""",
  date="2025-07-08 15:26"),

# NEAR-LINE: the word "supprimer" appears only negated; she asks for a copy of her
# questionnaires and follow-up sheets -> access only.
M("fr.copie-questionnaires-pas-suppression", ["access"],
  "Anne-Sophie Vernet <as.vernet@free.fr>",
  "Mes questionnaires",
  """\
Bonjour Sandra,

Pour éviter tout malentendu : je ne vous demande pas de supprimer quoi que ce soit, je compte bien revenir vers vous à la rentrée !

Je souhaiterais simplement recevoir une copie des questionnaires que j'ai remplis depuis le début de l'accompagnement, ainsi que des fiches de suivi que vous avez rédigées après chaque séance. Ma psychologue m'a suggéré de les relire avec elle.

Un envoi par mail en PDF me convient très bien.

Merci et belle journée,
Anne-Sophie
""",
  date="2025-06-26 09:41"),

# NEAR-LINE: the new text above the quoted newsletter asks what information she holds
# -> access; the quoted newsletter (with its unsubscribe footer) does not count.
M("fr.reponse-newsletter-liste-infos", ["access"],
  "Patrice Lhomme <patrice.lhomme@orange.fr>",
  "RE: 🌱 La Lettre de Floraison – Avril : oser dire non",
  """\
Bonjour,

Au passage, pourriez-vous m'envoyer la liste des informations que vous avez sur moi dans votre fichier ? Je ne me souviens même plus m'être inscrit.

Merci.
P. Lhomme

> Message du 14/04/25 07:00
> De : "Sandra - Floraison de Soi" <contact@floraisondesoi.fr>
> A : patrice.lhomme@orange.fr
> Objet : 🌱 La Lettre de Floraison – Avril : oser dire non
>
> Bonjour Patrice,
>
> Ce mois-ci, je vous propose de travailler sur une compétence qui fait
> peur à beaucoup d'entre nous : oser dire non, sans culpabiliser.
>
> 👉 Le prochain atelier « S'affirmer avec bienveillance » a lieu le
> samedi 17 mai à Issoudun. Il reste 3 places.
>
> Belle floraison,
> Sandra
>
> Vous recevez cet email car vous êtes inscrit(e) à La Lettre de Floraison.
> Se désinscrire | Modifier mes préférences
""",
  date="2025-04-14 12:09", irt="orange"),

# NEAR-LINE: a parent writing for a minor child (15) is a request -> access.
M("fr.mere-lea-stage-ados", ["access"],
  "Nathalie Rigaud <nathalie.rigaud@sfr.fr>",
  "Stage ados – données de ma fille Léa",
  """\
Bonjour Madame,

Ma fille Léa Rigaud, 15 ans, a participé en février à votre stage « Estime de soi » pour adolescents. Elle m'a dit avoir rempli un questionnaire assez personnel le premier jour.

En tant que mère et représentante légale, je souhaiterais obtenir une copie des données que vous détenez sur elle : fiche d'inscription, questionnaire, éventuelles notes ou observations.

Je vous joins le livret de famille pour justifier de mon lien.

Cordialement,
Nathalie Rigaud
06 .. .. .. ..
""",
  date="2025-03-19 20:14", att=[("livret_famille_p1-p2.jpg", "jpg")]),

# NEAR-LINE: a lawyer acting under a signed mandate for a client is a request -> access.
M("fr.avocat-mandat-communication", ["access"],
  '"Maître Olivier Castaing" <o.castaing@castaing-avocat.fr>',
  "V/Réf : Mme DESFORGES Karine – demande de communication de données",
  """\
Madame,

Je vous informe intervenir en qualité de conseil de Madame Karine DESFORGES, qui a suivi auprès de vous un accompagnement individuel entre septembre 2024 et janvier 2025, dans le cadre d'un bilan financé par son employeur.

Agissant en vertu du mandat ci-joint, je vous prie de bien vouloir me communiquer, dans le délai d'un mois prévu par l'article 12 du RGPD, l'intégralité des données personnelles concernant ma cliente que vous détenez, ainsi que la liste des destinataires auxquels ces données ont été communiquées, en particulier toute transmission éventuelle à son employeur.

Je vous remercie de me faire parvenir ces éléments à l'adresse électronique figurant en signature.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Olivier Castaing
Avocat au Barreau de Bourges
14 rue Moyenne – 18000 Bourges
Tél. 02 48 .. .. ..

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. S'il vous a été adressé par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
  date="2025-03-06 11:52", att=[("Mandat_Desforges_signe.pdf", "pdf",
  "MANDAT\nJe soussignee Karine DESFORGES donne mandat a Maitre Olivier CASTAING, avocat,\npour exercer en mon nom mes droits au titre du RGPD aupres de Floraison de Soi\n(Sandra Delomenie), notamment mon droit d'acces.\nFait a Bourges, le 3 mars 2025\nSignature : K. Desforges"),
  ("CNI_Desforges.jpg", "jpg")], xm="Microsoft Outlook 16.0", cte="qp"),

M("fr.ch-lausanne-fichiers", ["access"],
  "Fabienne Rochat <fabienne.rochat@bluewin.ch>",
  "Données me concernant",
  """\
Chère Madame,

J'ai suivi en 2024 votre parcours en ligne « Éclore » depuis Lausanne et j'en garde un très bon souvenir.

Je me permets toutefois de vous demander quelles données personnelles figurent dans vos fichiers à mon nom, sur quelle plateforme elles se trouvent, et pendant combien de temps vous comptez les conserver. Une réponse par courriel me suffit.

Avec mes remerciements anticipés et mes meilleures salutations,

Fabienne Rochat
Av. de Cour 58
1007 Lausanne
Natel : 079 ... .. ..
""",
  date="2025-09-17 08:05", charset="iso-8859-1"),

M("fr.salariee-evaluation-formation", ["access"],
  '"PELLETIER Sonia" <sonia.pelletier@berry-logistique.fr>',
  "Demande RGPD – formation gestion du stress",
  """\
Bonjour Madame Delomenie,

J'ai suivi la formation « Gérer son stress au travail » que vous avez animée pour Berry Logistique les 12 et 13 mai derniers.

À titre personnel (et non pour le compte de mon employeur), je souhaite obtenir une copie de toutes les données me concernant que vous avez conservées à l'issue de cette formation : évaluation à chaud, auto-diagnostic du premier jour, et tout commentaire me concernant que vous auriez transmis à notre service RH.

Merci de me répondre sur mon adresse personnelle : sonia.pelletier.36@gmail.com

Cordialement,
Sonia Pelletier
Préparatrice de commandes – Berry Logistique

--
Berry Logistique SAS – ZI de la Limoise – 36100 Issoudun
Ce courriel et ses éventuelles pièces jointes sont confidentiels. P Pensez à l'environnement avant d'imprimer.
""",
  date="2025-06-30 12:38", fmt="html", to="contact@floraisondesoi.fr",
  hdr=[("Reply-To", "Sonia Pelletier <sonia.pelletier.36@gmail.com>")]),

M("fr.retraite-tours-ce-que-vous-savez", ["access"],
  "Jean-Claude Mérigot <jc.merigot@orange.fr>",
  "Ce que vous savez sur moi",
  """\
Madame,

Ma fille m'a offert l'an dernier quelques séances avec vous pour « préparer ma retraite ». Je n'ai pas l'habitude de l'informatique mais on m'a expliqué que j'avais le droit de savoir ce qui est enregistré sur moi.

Pourriez-vous donc m'envoyer par la poste (je préfère le papier) tout ce que vous avez noté ou enregistré à mon sujet ? Mon adresse : 3 impasse du Moulin, 37300 Joué-lès-Tours.

Merci beaucoup, et bonne continuation.
Jean-Claude Mérigot
""",
  date="2025-11-04 16:20"),

# ------------------------------------------------------------------ rectification
M("fr.nouvelle-adresse-mail-gaelle", ["rectification"],
  "Gaëlle Fournier <gaelle.fournier.pro@gmail.com>",
  "Changement d'adresse mail",
  """\
Bonjour Sandra,

Petit message pratique : je n'utilise plus mon adresse gaelle.fournier@hotmail.fr (je vais la fermer d'ici la fin du mois).

Pourriez-vous la remplacer par celle-ci, gaelle.fournier.pro@gmail.com, dans votre fichier et sur la plateforme de formation ? Sinon je vais rater vos messages pour le parcours.

Merci beaucoup !
Gaëlle
""",
  date="2025-01-15 13:22"),

M("fr.demenagement-vierzon-factures", ["rectification"],
  "Romain Texier <romain.texier@laposte.net>",
  "Nouvelle adresse postale",
  """\
Bonjour,

Je vous informe de mon déménagement. Mon ancienne adresse (7 rue de la Croix-Blanche, 36100 Issoudun) n'est plus valable.

Nouvelle adresse :
Romain Texier
22 avenue de la République
18100 Vierzon

Merci de mettre à jour votre fichier client afin que mes prochaines factures portent la bonne adresse.

Cordialement,
R. Texier
""",
  date="2025-08-28 19:03"),

M("fr.nom-marital-perrin", ["rectification"],
  "Aurélie Perrin <aurelie.perrin86@gmail.com>",
  "Changement de nom",
  """\
Bonjour Sandra !

Grande nouvelle de mon côté : je me suis mariée en juin 🥰 Du coup je ne m'appelle plus Aurélie Gaudin mais Aurélie Perrin.

Est-ce que tu peux corriger mon nom dans ton fichier et sur mon compte de la formation en ligne ? Et si possible, sur l'attestation que tu dois m'envoyer pour le module 3, mettre aussi Perrin.

Merci et à bientôt pour la suite,
Aurélie
""",
  date="2025-07-21 11:44"),

M("fr.nouveau-numero-sms", ["rectification"],
  "Dylan Rocher <dylanrocher@outlook.fr>",
  "",
  """\
bjr madame

mon numero a changer c le 07 68 41 .. .. maintenant et plus le 06 12 ... 
pouvez vous modifier svp pour les rappels de rdv par sms

merci
dylan

Envoyé depuis mon smartphone Samsung Galaxy.
""",
  date="2025-10-09 07:51", cte="b64"),

M("fr.profession-erronee-aide-soignante", ["rectification"],
  "Mireille Bonnin <mireille.bonnin@yahoo.fr>",
  "Erreur dans ma fiche",
  """\
Bonjour Sandra,

En relisant le compte rendu que vous m'avez envoyé après notre première séance, j'ai vu que vous aviez noté que je suis infirmière. En fait je suis aide-soignante (en EHPAD, de nuit), ce n'est pas du tout le même métier ni les mêmes contraintes 😊

Pouvez-vous corriger cette information dans ma fiche ? Ça a son importance pour la suite du travail sur ma reconversion.

Bonne soirée,
Mireille
""",
  date="2025-02-27 22:10"),

M("fr.be-date-naissance-attestation", ["rectification"],
  "Olivier Dethier <olivier.dethier@telenet.be>",
  "Erreur date de naissance",
  """\
Bonjour,

Je viens de recevoir mon attestation de participation à la formation « Communication bienveillante ». Merci pour celle-ci.

Malheureusement, ma date de naissance y est erronée : il est indiqué 21/04/1987 alors que je suis né le 12/04/1987. Je suppose que l'erreur se trouve aussi dans votre fichier d'inscription.

Pourriez-vous rectifier cette date et me renvoyer une attestation corrigée, s'il vous plaît ? Mon employeur à Liège en a besoin pour mon dossier de formation continue.

Je vous en remercie d'avance.

Olivier Dethier
""",
  date="2025-05-13 09:30"),

M("fr.orthographe-deschamps", ["rectification"],
  "Loïc Deschamps <loic.deschamps@free.fr>",
  "Deschamps avec un S",
  """\
Bonjour,

Depuis mon inscription, toutes vos communications sont adressées à « Loïc Deschamp ». Mon nom prend un S final : DESCHAMPS.

Je me doute que c'est une faute de frappe à l'inscription, mais j'aimerais qu'elle soit corrigée partout (plateforme, factures, fichier), ne serait-ce que pour ma facture de formation que je dois transmettre.

Merci,
Loïc Deschamps
""",
  date="2025-12-02 14:17"),

M("fr.qc-courriel-change", ["rectification"],
  "Sylvain Bérubé <sylvain.berube@cgocable.ca>",
  "Changement de courriel",
  """\
Bonjour Madame Delomenie,

Je déménage à Trois-Rivières et je change de fournisseur Internet. Mon ancien courriel sylvain.berube@videotron.ca va être désactivé la semaine prochaine.

Veuillez s'il vous plaît utiliser dorénavant : sylvain.berube@cgocable.ca pour toutes vos communications (et pour mon accès au cours).

Merci et bonne journée!
Sylvain
""",
  date="2025-09-30 13:05"),

# NEAR-LINE: "supprimez mon ancien numéro" with the new number given = replacing an old
# value -> rectification only, not erasure (labelling policy).
M("fr.supprimer-ancien-numero-garder-nouveau", ["rectification"],
  "Françoise Aubert <f.aubert@wanadoo.fr>",
  "Mon téléphone",
  """\
Bonjour Madame,

Pourriez-vous supprimer de vos fichiers mon ancien numéro de portable (06 71 .. .. ..), que je n'ai plus depuis le vol de mon téléphone, et ne garder que le nouveau : 07 81 22 .. ..

Je crains que quelqu'un d'autre reçoive vos messages à ma place.

Merci beaucoup,
Françoise Aubert
""",
  date="2025-04-02 10:58", charset="iso-8859-1"),

# NEAR-LINE: parent updating the record of a minor child -> rectification.
M("fr.pere-lycee-change", ["rectification"],
  "Stéphane Moreau <stephane.moreau18@gmail.com>",
  "Fiche de Mathis – mise à jour",
  """\
Bonjour Madame Delomenie,

Mathis (16 ans) suit votre accompagnement « orientation » depuis septembre. Je vous écris car sa fiche comporte deux informations qui ne sont plus à jour :

- il n'est plus au lycée Balzac mais au lycée Jean-Giraudoux à Châteauroux depuis la Toussaint ;
- le numéro à appeler en cas d'urgence est désormais le mien (07 45 .. .. ..) et non plus celui de sa mère.

Pourriez-vous corriger sa fiche en conséquence ?

Bien à vous,
Stéphane Moreau
""",
  date="2025-11-18 18:47"),

M("fr.ch-pully-adresse", ["rectification"],
  "Christophe Magnin <christophe.magnin@gmx.ch>",
  "Adresse",
  """\
Bonjour Sandra,

Petite mise à jour administrative : j'habite désormais Chemin des Vignes 4, 1009 Pully (et non plus à Genève). Pourriez-vous mettre à jour mon adresse dans votre fichier, notamment pour l'envoi du livre-cahier du programme ?

Merci d'avance et à bientôt en visio.
Christophe
""",
  date="2026-01-12 08:26"),

M("fr.prenom-usage-sacha", ["rectification"],
  "Sacha Lemaire <sacha.lemaire@proton.me>",
  "Prénom",
  """\
Bonjour Sandra,

J'ai été inscrit·e à votre formation en ligne sous mon prénom de naissance, « Sabrina ». J'utilise désormais le prénom Sacha, y compris dans ma vie pro, et mon changement de prénom a été enregistré à l'état civil en mars.

Est-ce que vous pourriez remplacer Sabrina par Sacha dans votre fichier et sur mon compte, et dans les mails automatiques ? Je peux envoyer le justificatif si besoin.

Merci pour votre compréhension,
Sacha
""",
  date="2026-04-07 17:33"),

# ------------------------------------------------------------------ erasure
M("fr.effacement-article17-formel", ["erasure"],
  "Bernard Chauvet <bernard.chauvet@orange.fr>",
  "Demande d'effacement de données personnelles",
  """\
Madame,

Par la présente, et conformément à l'article 17 du Règlement (UE) 2016/679, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant, y compris auprès de vos sous-traitants (plateforme de formation, outil d'emailing, stockage en ligne).

Je vous remercie de bien vouloir me confirmer par écrit la suppression effective de ces données dans le délai d'un mois.

Vous trouverez en pièce jointe la copie de ma pièce d'identité.

Bernard Chauvet
8 rue des Minimes
36100 Issoudun
""",
  date="2025-03-28 09:14", att=[("piece_identite_chauvet.pdf", "pdf",
  "CARTE NATIONALE D'IDENTITE - copie\nCHAUVET Bernard - ne le 11/11/1961\nCopie destinee exclusivement a Floraison de Soi - demande d'effacement")]),

M("fr.fin-accompagnement-efface-tout", ["erasure"],
  "Coralie Nguyen <coralie.nguyen@icloud.com>",
  "Fin de notre chemin ensemble 🌸",
  """\
Coucou Sandra,

Voilà, je crois que ma dernière séance marque vraiment la fin d'un cycle. Merci pour tout, sincèrement.

Du coup, j'ai réfléchi et je préfère que tu effaces tout ce que tu as sur moi : tes notes, mes mails, les fiches d'exercices, le questionnaire du début. J'ai besoin de tourner la page proprement et savoir que tout ça n'existe plus quelque part me ferait du bien.

Je ne t'en veux pas du tout hein, c'est vraiment pour moi 🙂

Je t'embrasse,
Coralie

Envoyé de mon iPhone
""",
  date="2025-05-30 20:52"),

M("fr.supprimer-compte-et-donnees", ["erasure"],
  "Thierry Vasseur <thierry.vasseur59@gmail.com>",
  "Suppression compte",
  """\
Bonjour,

Merci de supprimer mon compte sur votre plateforme de formation ainsi que toutes mes données personnelles.

Cordialement
T. Vasseur
""",
  date="2025-10-21 22:03"),

M("fr.jamais-donne-accord-effacez", ["erasure"],
  "M. Gérard Pichon <gerard.pichon@sfr.fr>",
  "Vos fichiers",
  """\
Madame,

Je constate que mon adresse figure dans vos fichiers alors que je n'ai jamais été votre client : c'est mon épouse qui a participé à l'un de vos ateliers et qui a dû donner ma messagerie par erreur.

Je vous demande d'effacer immédiatement mes coordonnées et toute information me concernant de vos fichiers.

G. Pichon
""",
  date="2025-08-05 08:40"),

M("fr.suppression-notes-sante-poli", ["erasure"],
  "Élodie Masson <elodie.masson@hotmail.fr>",
  "Séances de l'an dernier",
  """\
Bonjour Sandra,

J'espère que vous allez bien. Je repense parfois à nos séances de l'an dernier, qui m'ont beaucoup apporté pendant une période difficile.

Serait-il possible de supprimer les notes de nos séances ainsi que le questionnaire de santé que j'avais rempli au début (celui où je parlais de mon traitement et de mon arrêt de travail) ? Je n'ai pas l'intention de reprendre un accompagnement et je préférerais que ces informations n'existent plus.

Merci beaucoup pour votre compréhension,
Élodie
""",
  date="2025-01-29 19:27"),

M("fr.be-effacer-mes-donnees-typos", ["erasure"],
  "Kimberly Dubois <kimberly.dubois@hotmail.be>",
  "effacer",
  """\
Bonjour madame,

j'ai fait l'atelier du mois de mai en ligne (depuis Charleroi) mais ça ne m'a pas convenu, rien de personnel. je voudrais que vous effaciez toutes mes donnés de votre systeme, mon nom mon adresse mail et ce que j'ai rempli au début.

Merci à vous et bonne continuation, à tantôt peut-être.
Kimberly
""",
  date="2025-06-11 13:13", cte="b64"),

M("fr.mere-noah-suppression-donnees", ["erasure"],
  "Carole Benoît <carole.benoit@laposte.net>",
  "Noah Benoît – stage de juillet",
  """\
Bonjour Madame Delomenie,

Notre fils Noah (16 ans) a suivi votre stage d'été pour adolescents. Avec son accord, mon mari et moi souhaitons que toutes les données le concernant soient supprimées de vos fichiers : fiche d'inscription, questionnaire, coordonnées, et les échanges du groupe WhatsApp du stage si vous en avez gardé une trace.

Le stage s'est bien passé, c'est simplement une question de principe chez nous.

Merci de nous confirmer la suppression.

Carole et Frédéric Benoît
""",
  date="2025-09-02 12:20"),

M("fr.qc-effacer-dossier", ["erasure"],
  "Jessica Tremblay <jess.tremblay@hotmail.com>",
  "Mon dossier",
  """\
Allo Sandra,

Je ne reprendrai pas les séances, ma situation a changé (nouvelle job, plus de temps pantoute). Pourriez-vous effacer mon dossier svp? Je préfère que mes renseignements personnels ne traînent nulle part.

Merci pour tout, c'était vraiment le fun de travailler avec toi.
Jess
""",
  date="2025-10-27 23:48", cte="b64"),

# NEAR-LINE: cancelling the appointment alone would be a negative, but she also asks
# to erase her contact details and file -> erasure; the quoted reminder does not count.
M("fr.annule-rdv-et-efface", ["erasure"],
  "Valérie Guérin <valerie.guerin@orange.fr>",
  "RE: Rappel : votre séance du jeudi 13 novembre à 18h00",
  """\
Bonsoir,

Je ne viendrai pas jeudi, ni les fois suivantes. Merci d'effacer mes coordonnées et mon dossier de vos fichiers.

V. Guérin

> Message du 11/11/25 09:00
> De : "Floraison de Soi" <contact@floraisondesoi.fr>
> A : valerie.guerin@orange.fr
> Objet : Rappel : votre séance du jeudi 13 novembre à 18h00
>
> Bonjour Valérie,
> Je vous rappelle notre rendez-vous du jeudi 13 novembre à 18h00,
> 46 rue d'Estienne d'Orves à Issoudun.
> En cas d'empêchement, merci de me prévenir 48 h à l'avance.
> Sandra
""",
  date="2025-11-11 21:36", irt="orange"),

M("fr.relance-suppression-sans-reponse", ["erasure"],
  "Isabelle Carré-Lenoir <isabelle.carrelenoir@gmail.com>",
  "2e demande – suppression de mes données",
  """\
Madame,

Je vous ai écrit le 3 février pour vous demander de supprimer toutes les données me concernant. Je n'ai reçu aucune réponse, et je continue à recevoir des messages de votre plateforme.

Je renouvelle donc ma demande d'effacement complet et vous rappelle que vous disposez d'un mois pour y répondre.

Isabelle Carré-Lenoir

---------- Message transféré ---------
De : Isabelle Carré-Lenoir <isabelle.carrelenoir@gmail.com>
Date : lun. 3 févr. 2025 à 08:55
Objet : Suppression de mes données
À : <sandra.delomenie@orange.fr>

Bonjour, je souhaite que vous supprimiez toutes mes données personnelles (compte, emails, historique d'achat hors obligations comptables). Merci. I. Carré-Lenoir
""",
  date="2025-03-10 08:31"),

M("fr.fiche-papier-et-drive", ["erasure"],
  "Annick Poulain <annick.poulain@free.fr>",
  "Ma fiche",
  """\
Bonjour Sandra,

Lors de notre premier rendez-vous, vous aviez rempli une fiche papier avec mes antécédents et vous m'aviez dit que vous scanniez tout sur votre Drive.

Je vous demande de bien vouloir détruire la fiche papier et effacer le scan ainsi que tout ce qui me concerne sur votre ordinateur. Je ne donnerai pas suite à l'accompagnement.

Merci de votre compréhension.
Annick Poulain
""",
  date="2026-02-16 10:02"),

# NEAR-LINE: the request arrives as a Systeme.io contact-form notification; the person
# who filled the form (Reply-To) is exercising her right -> erasure.
M("fr.formulaire-contact-systemeio-suppression", ["erasure"],
  '"Systeme.io" <no-reply@systeme.io>',
  "Nouveau message depuis votre formulaire de contact",
  """\
Bonjour Sandra,

Vous avez reçu un nouveau message depuis la page « Contact » de votre site.

Nom : Laëtitia Roux
Email : laetitia.roux.71@gmail.com
Téléphone : 
Message :
Bonjour, j'ai téléchargé votre ebook il y a 2 ans et depuis je suis dans vos contacts. Merci de supprimer toutes mes données de votre base, je ne suis plus intéressée. Bonne journée.

Répondre directement à ce message contactera l'expéditeur.

—
Systeme.io · 16 rue de la Comète · 75011 Paris
""",
  date="2025-12-09 06:44", to="contact@floraisondesoi.fr", fmt="alt",
  hdr=[("Reply-To", "Laëtitia Roux <laetitia.roux.71@gmail.com>"), ("X-Mailer", "systeme.io mailer")]),

# ------------------------------------------------------------------ restriction
M("fr.conteste-compte-rendu-employeur", ["restriction"],
  "Nadège Fontaine <nadege.fontaine@laposte.net>",
  "Compte rendu transmis à la RH – contestation",
  """\
Madame Delomenie,

Dans le cadre du bilan professionnel financé par mon entreprise, vous avez rédigé une synthèse dont j'ai découvert une copie dans mon dossier RH. Plusieurs éléments y sont inexacts : je n'ai jamais déclaré vouloir quitter mon poste, et la mention d'un « épuisement » ne correspond pas à ce que j'ai exprimé.

Je conteste donc l'exactitude de cette synthèse. Dans l'attente que nous en parlions, je vous demande de ne plus utiliser ni transmettre ces informations à qui que ce soit.

Je vous remercie de me confirmer la bonne prise en compte de ma demande.

Nadège Fontaine
""",
  date="2025-04-16 17:55"),

M("fr.litige-prudhommes-ne-pas-supprimer", ["restriction"],
  "Yannick Leroux <yannick.leroux@gmail.com>",
  "Mes données – important",
  """\
Bonjour Sandra,

Je suis actuellement en litige avec mon ancien employeur devant les prud'hommes. Les séances de coaching qu'il m'avait financées pourraient être évoquées.

Je vous demande donc de ne surtout pas supprimer mes données ni vos notes : mon avocate pourrait en avoir besoin. En revanche, d'ici la fin de la procédure, merci de ne plus les utiliser pour quoi que ce soit ni de les communiquer à quiconque sans mon accord.

Merci de ta compréhension, je te tiens au courant.
Yannick
""",
  date="2025-05-22 07:47"),

# NEAR-LINE: "geler" (freezing) = restriction; no deletion asked.
M("fr.geler-dossier-reflexion", ["restriction"],
  "Martine Gillet <martine.gillet@orange.fr>",
  "Pause",
  """\
Bonjour Sandra,

Je traverse une période compliquée et j'ai besoin de mettre l'accompagnement entre parenthèses. Je ne sais pas encore si je reviendrai.

En attendant, merci de geler mon dossier : ne le supprimez pas, mais ne vous en servez pas non plus, pas de relances, pas d'utilisation de mes réponses pour vos ateliers, rien. Je vous ferai signe quand j'y verrai plus clair.

Merci pour votre patience,
Martine
""",
  date="2025-09-24 21:19"),

M("fr.attestation-heures-contestees", ["restriction"],
  "Julien Barbier <julien.barbier@mutuelle-centre.fr>",
  "Attestation de présence – erreur",
  """\
Bonjour,

L'attestation de présence que vous avez transmise pour la formation « Prise de parole » indique 7 heures de présence au lieu de 14. J'étais pourtant présent les deux jours (j'ai signé les feuilles d'émargement matin et après-midi).

Je conteste ces informations. En attendant que vous ayez vérifié les feuilles, je vous demande de suspendre toute utilisation de ces données, notamment toute nouvelle transmission à mon employeur ou à l'OPCO.

Cordialement,
Julien Barbier
Chargé de clientèle
""",
  date="2025-10-14 10:33", xm="Microsoft Outlook 16.0", cte="qp"),

M("fr.be-limiter-traitement", ["restriction"],
  "Dominique Verhaegen <d.verhaegen@proximus.be>",
  "Limitation du traitement",
  """\
Madame,

Je vous prie de limiter le traitement de mes données personnelles : vous pouvez les conserver, mais je ne souhaite plus qu'elles soient utilisées de quelque manière que ce soit jusqu'à nouvel ordre.

Je reste bien entendu joignable pour toute question.

Salutations distinguées,
Dominique Verhaegen
Uccle
""",
  date="2025-12-15 15:12"),

# NEAR-LINE: "je m'oppose à la suppression" is not an objection: he wants the data kept
# (needed for a legal claim) but no longer used -> restriction.
M("fr.mdph-gardez-mais-n-utilisez-plus", ["restriction"],
  "Pascal Renaud <pascal.renaud36@orange.fr>",
  "Suppression automatique de mon compte ?",
  """\
Bonjour,

J'ai reçu un message de votre plateforme disant que mon compte inactif serait supprimé dans 30 jours.

Je m'oppose à la suppression de mes données : j'ai besoin de mes bilans et questionnaires pour mon dossier MDPH, qui est en cours. Gardez-les, s'il vous plaît, mais ne vous en servez plus pour autre chose (plus de mails, plus de sondages) jusqu'à ce que mon dossier soit clos.

Merci,
Pascal Renaud
""",
  date="2026-03-03 11:06"),

M("fr.ch-questionnaire-conteste", ["restriction"],
  "Léa Bonvin <lea.bonvin@sunrise.ch>",
  "Résultats du test – contestation",
  """\
Bonjour Madame,

Les résultats du « test de profil » que vous avez conservés à mon nom ne me semblent pas corrects : je pense qu'il y a eu une erreur de saisie (mes réponses de la page 2 ont visiblement été inversées).

Tant que nous n'avons pas pu vérifier cela ensemble, je vous prie de mettre ces résultats de côté et de ne pas vous en servir, ni pour la suite de l'accompagnement ni ailleurs.

Avec mes meilleures salutations,
Léa Bonvin
Fribourg
""",
  date="2025-11-26 14:47"),

M("fr.stp-touche-pas-avocat", ["restriction"],
  "Mehdi Saïdi <mehdi.saidi@gmail.com>",
  "mes donnees",
  """\
salut sandra

stp touche a rien concernant mes donnees pour l'instant : tu les effaces pas mais tu les utilises pas non plus, tant que j'ai pas eu la reponse de mon avocat (histoire avec mon ex boite, je t'expliquerai)

merci de me confirmer
mehdi
""",
  date="2026-01-20 23:14"),

M("fr.qc-restreindre-renseignements", ["restriction"],
  "Luc Gauthier <luc.gauthier@bell.net>",
  "Restriction d'utilisation de mes renseignements",
  """\
Bonjour Madame Delomenie,

Je vous demanderais de restreindre l'utilisation de mes renseignements personnels pour le moment. Je conteste certaines informations inscrites dans le bilan de fin de parcours (ma situation familiale y est mal décrite) et je préfère qu'on règle ça avant que quoi que ce soit soit utilisé.

Ne les détruisez pas, simplement ne les utilisez plus en attendant.

Merci de votre collaboration,
Luc Gauthier
Laval (Québec)
""",
  date="2025-08-19 16:29"),

# ------------------------------------------------------------------ portability
M("fr.transfert-nouvelle-coach-bourges", ["portability"],
  "Sabine Lefort <sabine.lefort@orange.fr>",
  "Transfert de mon dossier",
  """\
Bonjour Sandra,

Comme je vous l'ai dit, je déménage à Bourges et vais poursuivre mon accompagnement avec une coach sur place, Mme Hélène Duris.

Pourriez-vous lui transmettre directement mes fiches de suivi et les résultats de mes questionnaires, à l'adresse helene.duris.coaching@gmail.com ? Cela nous évitera de tout recommencer à zéro.

Merci infiniment pour ces deux années,
Sabine
""",
  date="2025-08-12 11:11"),

M("fr.export-format-reutilisable", ["portability"],
  "Thomas Girard <thomas.girard@protonmail.com>",
  "Export de mes données",
  """\
Bonjour,

Pourriez-vous m'exporter mes données (profil, progression dans le parcours, réponses aux exercices) dans un format réutilisable, type CSV ou Excel ?

Je tiens un journal de bord et j'aimerais y intégrer tout ça.

Merci d'avance,
Thomas
""",
  date="2025-03-14 08:52"),

M("fr.portabilite-art20-lisible-machine", ["portability"],
  "Caroline Husson <caroline.husson@yahoo.fr>",
  "Exercice du droit à la portabilité",
  """\
Madame,

En application de l'article 20 du RGPD, je souhaite recevoir les données personnelles que je vous ai fournies dans le cadre du parcours « Éclore » (formulaires, résultats des tests, exercices déposés sur la plateforme) dans un format structuré, couramment utilisé et lisible par machine.

Je vous remercie par avance.

Caroline Husson
""",
  date="2025-12-01 09:03"),

M("fr.be-appli-journal-excel", ["portability"],
  "Marc Janssens <marc.janssens@telenet.be>",
  "Récupérer mes données",
  """\
Bonjour Madame Delomenie,

Je voudrais récupérer mes données de suivi (mes humeurs notées chaque semaine, les objectifs, les bilans) dans un format exploitable, un fichier Excel par exemple, pour pouvoir les importer dans l'application de journal que j'utilise maintenant.

Est-ce faisable ? D'avance merci, et bonne journée.

Marc
GSM : 0475 .. .. ..
""",
  date="2025-07-01 14:40"),

M("fr.csv-json-notion", ["portability"],
  "Inès Belkacem <ines.belkacem@gmail.com>",
  "export ?",
  """\
hello sandra !!

tu peux m envoyer mes donnees du parcours (reponses aux exos, mes objectifs, ma progression) en fichier csv ou json stp ? je veux tout mettre dans notion pour continuer a suivre mes objectifs de mon cote

merciii 🙏
ines
""",
  date="2026-02-03 00:12"),

# NEAR-LINE: transfer of his file to another provider (a psychiatrist) -> portability,
# even if sent by post; no request to see what is held, so no access.
M("fr.transfert-therapeute-dr", ["portability"],
  "Gilles Perrot <gilles.perrot@wanadoo.fr>",
  "Transmission à mon thérapeute",
  """\
Madame,

Je commence un suivi avec le Dr Anne Keller, psychiatre à Orléans. Elle m'a demandé si les éléments de mon accompagnement chez vous pouvaient lui être transmis.

Je vous autorise et vous demande donc de lui transférer mes fiches et les questionnaires que j'ai remplis, soit par messagerie sécurisée (anne.keller@medecin.mssante.fr), soit par courrier au 5 rue Jeanne-d'Arc, 45000 Orléans.

Avec mes remerciements,
Gilles Perrot
""",
  date="2025-10-06 16:58"),

M("fr.ch-fichier-lisible-machine", ["portability"],
  "Nicolas Favre <nicolas.favre@hispeed.ch>",
  "Mes données dans un fichier",
  """\
Bonjour Madame,

J'aimerais recevoir les données que j'ai saisies dans votre espace de formation en ligne sous forme d'un fichier lisible par machine (CSV, JSON ou XML, peu importe), afin de pouvoir les réutiliser ailleurs.

Merci beaucoup et bonne journée,
Nicolas Favre
Neuchâtel
""",
  date="2026-05-05 12:24"),

# ------------------------------------------------------------------ objection
M("fr.desinscrire-newsletter-simple", ["objection"],
  "Josiane Leclerc <josiane.leclerc@orange.fr>",
  "désinscription",
  """\
Bonjour,
désinscrivez-moi de votre newsletter s'il vous plaît.
Merci.
J. Leclerc
""",
  date="2025-02-04 09:15"),

M("fr.plus-de-mails-promotionnels", ["objection"],
  "Antoine Maréchal <antoine.marechal@free.fr>",
  "Vos mails",
  """\
Bonjour Sandra,

J'ai beaucoup apprécié votre atelier de l'an dernier, mais je reçois maintenant vos mails promotionnels presque chaque semaine (offres, nouvelles formations, codes promo…).

Je ne veux plus les recevoir. Merci de faire le nécessaire.

Bonne continuation,
Antoine
""",
  date="2025-06-18 18:05"),

M("fr.stop-sms-ateliers", ["objection"],
  "Brigitte Fabre <brigitte.fabre36@orange.fr>",
  "SMS",
  """\
Bonjour,

Merci de ne plus m'envoyer de SMS pour annoncer vos ateliers et vos stages. Je les reçois parfois à 21h et ça me dérange.

Si j'ai besoin de quelque chose, je regarde votre site.

Cordialement,
Brigitte Fabre
""",
  date="2025-03-25 21:22"),

# NEAR-LINE: short new text above a quoted newsletter; "retirez-moi de la liste"
# refers to the mailing list -> objection.
M("fr.retirez-moi-liste-au-dessus-lettre", ["objection"],
  "Hervé Moulin <herve.moulin@sfr.fr>",
  "Re: 🌿 La Lettre de Floraison – Septembre : la rentrée en douceur",
  """\
Retirez-moi de la liste. Merci.

Le 8 sept. 2025 à 07:00, Sandra - Floraison de Soi <contact@floraisondesoi.fr> a écrit :

> Bonjour Hervé,
>
> La rentrée est là, avec son lot de listes, d'agendas et de bonnes
> résolutions. Et si, cette année, on commençait par ralentir ?
>
> Au programme ce mois-ci :
> – 3 questions pour faire le point sur vos priorités
> – Le retour du cercle de parole du jeudi soir
> – Les dates des ateliers d'automne
>
> Belle rentrée à vous,
> Sandra
>
> Se désinscrire de La Lettre de Floraison
""",
  date="2025-09-08 07:48", irt="generic"),

M("fr.opposition-prospection-article21", ["objection"],
  "Claire Lenoir <claire.lenoir@orange.fr>",
  "Opposition à la prospection",
  """\
Madame,

Je vous informe que je m'oppose, en application de l'article 21 du RGPD et de l'article L.34-5 du code des postes et des communications électroniques, à tout traitement de mes données à des fins de prospection commerciale, quel que soit le canal (courriel, SMS, téléphone, courrier).

Merci de prendre les mesures nécessaires.

Claire Lenoir
""",
  date="2025-01-07 17:02"),

M("fr.be-liste-diffusion", ["objection"],
  "Nadia El Amrani <nadia.elamrani@skynet.be>",
  "Liste de diffusion",
  """\
Bonjour,

Je ne souhaite plus figurer dans votre liste de diffusion. J'ai essayé de cliquer sur le lien en bas de vos messages mais ça affiche une erreur.

Merci de me retirer vous-même, s'il vous plaît.

Bien à vous,
Nadia
""",
  date="2025-10-23 13:59"),

M("fr.qc-desabonnez-courriels", ["objection"],
  "Chantal Lévesque <chantal.levesque@sympatico.ca>",
  "Désabonnement",
  """\
Bonjour,

Désabonnez-moi de vos courriels svp, j'en reçois vraiment trop ces temps-ci. Avec le décalage horaire, ils arrivent en plein milieu de la nuit et réveillent mon cellulaire 😅

Merci et bonne fin de semaine!
Chantal
""",
  date="2025-11-29 05:37"),

M("fr.opposition-sondages-satisfaction", ["objection"],
  "Frédérique Collin <frederique.collin@gmail.com>",
  "Questionnaires de satisfaction",
  """\
Bonjour,

C'est le quatrième questionnaire de satisfaction que je reçois depuis la fin de ma formation en mars. J'ai répondu au premier, cela me paraît suffisant.

Je m'oppose à ce que mes coordonnées continuent d'être utilisées pour vos enquêtes et sondages. Merci de ne plus me solliciter.

Frédérique Collin
""",
  date="2025-07-16 12:31"),

M("fr.arretez-appels-telephone", ["objection"],
  "Roger Lemoine <roger.lemoine@wanadoo.fr>",
  "Appels téléphoniques",
  """\
Madame,

J'ai été appelé à deux reprises ce mois-ci sur mon fixe pour me proposer vos nouvelles formations. Je suis retraité et cela ne m'intéresse pas.

Je vous demande de cesser ces appels et de ne plus utiliser mon numéro pour ce genre de démarche.

R. Lemoine
""",
  date="2026-03-19 10:44", charset="iso-8859-1"),

M("fr.saturee-plus-de-mails", ["objection"],
  "Sophie Marin <sophie.marin@gmail.com>",
  "Re: [Dernier jour] -30 % sur le parcours Éclore 🌸",
  """\
plus de mails merci, je suis saturée en ce moment 🙏

Le jeu. 27 nov. 2025 à 08:00, Sandra - Floraison de Soi <contact@floraisondesoi.fr> a écrit :
> C'est le dernier jour pour profiter de -30 % sur le parcours Éclore !
> 8 semaines pour retrouver confiance et clarté, à votre rythme.
> 👉 J'en profite
>
> Vous ne souhaitez plus recevoir ces emails ? Se désinscrire
""",
  date="2025-11-27 08:12", irt="generic"),

# ------------------------------------------------------------------ withdraw_consent
M("fr.retrait-temoignage-site", ["withdraw_consent"],
  "Agnès Tessier <agnes.tessier@orange.fr>",
  "Mon témoignage sur votre site",
  """\
Bonjour Sandra,

Il y a deux ans, j'avais accepté que vous publiiez mon témoignage (avec mon prénom et ma photo) sur la page « Ils m'ont fait confiance » de votre site.

Ma situation professionnelle a changé et je préfère désormais que ce témoignage n'apparaisse plus. Je retire donc mon consentement à sa publication.

Merci de le retirer du site et, si c'est le cas, de votre page de vente sur la plateforme.

Bien amicalement,
Agnès
""",
  date="2025-05-06 19:10"),

M("fr.photo-facebook-atelier", ["withdraw_consent"],
  "Laurence Picard <laurence.picard@hotmail.fr>",
  "Photo de l'atelier sur Facebook",
  """\
Bonsoir Sandra,

Je viens de voir la photo de groupe de l'atelier du 14 que vous avez publiée sur Facebook. J'avais dit oui sur le moment, mais finalement je ne suis plus d'accord pour y apparaître (des personnes de mon travail vous suivent…).

Pourriez-vous l'enlever ou au moins me flouter ? Merci beaucoup, et désolée pour le changement d'avis.

Laurence
""",
  date="2025-06-15 22:27"),

M("fr.video-temoignage-plus-utilisee", ["withdraw_consent"],
  "Cédric Vallet <cedric.vallet@gmail.com>",
  "Vidéo témoignage",
  """\
Bonjour Sandra,

Je ne souhaite plus que la vidéo témoignage que nous avions tournée à la fin de la formation soit utilisée, que ce soit sur YouTube, sur Instagram ou dans vos publicités.

Merci de la retirer partout où elle est diffusée.

Cédric
""",
  date="2025-09-10 13:48"),

# NEAR-LINE: withdrawing the contract-time consent to health-data collection; the
# processing is consent-based (privacy policy s.5) -> withdraw_consent, not erasure
# (she keeps the coaching going and asks for nothing to be deleted).
M("fr.retrait-consentement-donnees-sante", ["withdraw_consent"],
  "Évelyne Marchand <evelyne.marchand@laposte.net>",
  "Retrait de consentement – données de santé",
  """\
Madame,

Lors de la signature du contrat d'accompagnement, j'avais consenti au recueil de mes données de santé (questionnaire médical, traitements en cours).

Je vous informe que je retire ce consentement à compter de ce jour. Je souhaite poursuivre l'accompagnement, mais sans que ces données de santé soient collectées ni utilisées dorénavant.

Cordialement,
Évelyne Marchand
""",
  date="2025-02-19 08:37"),

M("fr.be-enregistrement-replay", ["withdraw_consent"],
  "Aline Dupont <aline.dupont@skynet.be>",
  "Replay de l'atelier du jeudi",
  """\
Bonjour Sandra,

Lors de l'atelier en ligne de jeudi, j'ai accepté d'être enregistrée pour le replay, mais en revoyant la vidéo je me rends compte que je parle de choses très personnelles (ma séparation, mes enfants).

Je retire mon accord pour l'enregistrement : pourriez-vous couper mon passage ou retirer le replay ? Je ne veux pas que cette partie reste visible, même pour les autres participantes.

Merci de ta compréhension, à bientôt,
Aline
""",
  date="2025-03-08 10:20"),

# NEAR-LINE: parents withdrawing the image-rights authorisation they signed for their
# minor daughter -> withdraw_consent (a parent acting for a minor is a request).
M("fr.parents-ines-droit-image", ["withdraw_consent"],
  "Famille Chevalier <famille.chevalier@free.fr>",
  "Autorisation droit à l'image – Inès Chevalier",
  """\
Bonjour Madame,

Lors de l'inscription d'Inès (14 ans) au stage ados de février, nous avions signé l'autorisation de droit à l'image.

Après en avoir discuté en famille, nous retirons cette autorisation : merci de ne plus publier de photos ou vidéos sur lesquelles Inès apparaît, et de retirer celles déjà en ligne (notamment sur Instagram).

Bien cordialement,
Céline et Arnaud Chevalier
""",
  date="2025-03-02 15:05"),

M("fr.questionnaire-etude-reviens-accord", ["withdraw_consent"],
  "Pauline Ménard <pauline.menard@univ-tours.fr>",
  "Utilisation de mes réponses au questionnaire",
  """\
Bonjour Sandra,

J'avais accepté que mes réponses au questionnaire « Confiance et travail » soient utilisées de manière anonymisée pour l'étude que vous préparez pour votre certification.

Après réflexion, je reviens sur cet accord : je préfère que mes réponses ne soient pas utilisées dans l'étude. Cela ne change rien au reste, j'ai adoré la formation !

Merci de ta compréhension,
Pauline
""",
  date="2025-12-12 11:56"),

M("fr.qc-temoignage-page-vente", ["withdraw_consent"],
  "Nathalie Côté <nathalie.cote@videotron.ca>",
  "Mon témoignage",
  """\
Bonjour Sandra,

Je viens de voir que mon témoignage est encore sur la page de vente du parcours Éclore, avec ma photo. Je l'avais écrit avec plaisir dans le temps, mais je ne suis plus confortable avec ça.

J'aimerais que tu le retires, s'il te plaît. Je ne consens plus à ce qu'il soit affiché.

Merci beaucoup,
Nathalie
""",
  date="2026-01-28 18:03"),

# ------------------------------------------------------------------ post_mortem
M("fr.fille-mere-decedee-certificat", ["post_mortem"],
  "Stéphanie Royer <stephanie.royer@gmail.com>",
  "Décès de ma mère, Mme Josette Royer",
  """\
Bonjour Madame,

J'ai la tristesse de vous informer du décès de ma mère, Josette Royer, survenu le 2 avril dernier. Elle avait participé à plusieurs de vos ateliers et elle en parlait souvent avec beaucoup de chaleur.

Elle continue à recevoir vos messages et je souhaiterais que son compte soit clôturé et que ses données soient supprimées. Vous trouverez ci-joint l'acte de décès.

Je vous remercie de votre compréhension.

Stéphanie Royer
""",
  date="2025-04-23 13:31", att=[("acte_deces_Royer_Josette.pdf", "pdf",
  "EXTRAIT D'ACTE DE DECES\nMairie de Chateauroux (Indre)\nLe deux avril deux mille vingt-cinq est decedee Josette ROYER\nnee le 17 juin 1948 a Ardentes (Indre)")]),

# NEAR-LINE: notary after a death asks for information, closure and end of payments
# -> post_mortem only, whatever is asked.
M("fr.notaire-succession-donnees", ["post_mortem"],
  '"Office notarial Delaunay & Associés" <office.delaunay@notaires.fr>',
  "Succession de M. Henri VIGNAUD – demande de renseignements",
  """\
Madame,

Nous sommes chargés du règlement de la succession de Monsieur Henri VIGNAUD, décédé le 14 janvier 2026 à Issoudun.

Il ressort des documents en notre possession que le défunt était inscrit à une formation en ligne dispensée par votre entreprise, réglée par abonnement mensuel.

Nous vous remercions de bien vouloir nous communiquer les informations que vous détenez le concernant (abonnement en cours, sommes éventuellement dues ou à rembourser), de mettre fin à tout prélèvement et de procéder à la clôture de son compte.

Vous trouverez ci-joint une copie de l'acte de décès ainsi que l'attestation de notre mandat.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour l'Office,
Sylvie Marquet, clerc de notaire
Office notarial Delaunay & Associés – 5 place du 10 Juin – 36100 Issoudun
""",
  date="2026-02-09 10:15", att=[("acte_deces_VIGNAUD.pdf", "pdf",
  "ACTE DE DECES\nHenri VIGNAUD, decede le 14 janvier 2026 a Issoudun (Indre)"),
  ("attestation_notaire_VIGNAUD.pdf", "pdf", "ATTESTATION\nL'office notarial Delaunay & Associes est charge de la succession de M. Henri VIGNAUD.")],
  xm="Microsoft Outlook 16.0", cte="qp"),

# NEAR-LINE: a widow asks to stop e-mails and delete her late husband's account ->
# post_mortem only (not objection, not erasure).
M("fr.veuve-mari-formation-en-ligne", ["post_mortem"],
  "Monique Tessier <monique.tessier@orange.fr>",
  "Mon mari",
  """\
Bonjour,

Mon mari, Alain Tessier, nous a quittés en janvier. Il suivait votre formation en ligne sur la gestion du stress, qu'il avait commencée avant sa maladie.

Il reçoit toujours vos mails sur sa boîte, que je consulte. Pouvez-vous arrêter ces envois et supprimer son compte, s'il vous plaît ? C'est difficile de les voir arriver.

Merci.
Monique Tessier
""",
  date="2025-03-03 14:44"),

# NEAR-LINE: someone leaving instructions for her own data after her death -> post_mortem.
M("fr.directives-apres-deces-fille", ["post_mortem"],
  "Danielle Ferrand <danielle.ferrand@laposte.net>",
  "Mes directives pour après",
  """\
Chère Sandra,

Vous savez que ma santé ne s'arrange pas. J'ai lu dans votre politique de confidentialité que l'on peut laisser des directives sur ce que deviennent ses données après son décès, alors je préfère le faire tant que j'ai la tête claire.

Voici ce que je souhaite : à mon décès, effacez toutes mes données, sauf les textes que j'ai écrits pendant l'atelier d'écriture et le parcours « Éclore ». Ceux-là, je voudrais qu'ils soient transmis à ma fille, Camille Ferrand (camille.ferrand@gmail.com). Elle seule pourra en décider.

Merci de tout cœur pour votre présence ces dernières années.

Danielle
""",
  date="2025-10-01 16:12"),

# NEAR-LINE: an heir asking for a copy of his late father's writings -> post_mortem only
# (not access).
M("fr.be-fils-pere-notes-coaching", ["post_mortem"],
  "Bruno Lejeune <bruno.lejeune@scarlet.be>",
  "Mon père, Jacques Lejeune",
  """\
Madame,

Mon père, Jacques Lejeune, est décédé le mois dernier à Liège. En rangeant ses papiers, nous avons découvert qu'il avait suivi un accompagnement avec vous par visioconférence, l'année de sa retraite.

En tant que fils et héritier, je souhaiterais, si c'est possible, obtenir une copie de ce qu'il vous avait confié par écrit (exercices, questionnaires), qui nous aiderait peut-être à mieux comprendre cette période de sa vie.

Je peux vous faire parvenir l'acte de décès et un acte de notoriété.

Bien à vous,
Bruno Lejeune
""",
  date="2025-11-05 20:20"),

# NEAR-LINE: "mettre à jour votre fichier" after a death is not rectification: a relative
# writing after a death -> post_mortem only.
M("fr.frere-decede-newsletter", ["post_mortem"],
  "Arnaud Bertin <arnaud.bertin@gmail.com>",
  "Laurent Bertin",
  """\
Bonjour,

Mon frère Laurent Bertin est décédé en décembre. Il reçoit toujours votre newsletter à son adresse laurent.bertin@orange.fr, que nous avons gardée ouverte quelque temps pour les démarches.

Merci de mettre à jour votre fichier en conséquence.

Arnaud Bertin
""",
  date="2026-01-08 09:09"),

M("fr.ch-executeur-testamentaire", ["post_mortem"],
  "Me Pierre-Alain Rossier <pa.rossier@etude-rossier.ch>",
  "Succession de feue Mme Simone Aebischer",
  """\
Madame,

En ma qualité d'exécuteur testamentaire de feue Madame Simone Aebischer, décédée à Vevey le 19 août 2025, je vous prie de bien vouloir procéder à l'effacement de l'ensemble des données la concernant, conformément aux volontés exprimées par la défunte, hormis ce que la loi vous oblige à conserver.

Je vous saurais gré de m'en adresser confirmation écrite.

Veuillez agréer, Madame, mes salutations distinguées.

Pierre-Alain Rossier
Notaire
Rue du Simplon 12 – 1800 Vevey
""",
  date="2025-09-15 11:40", att=[("certificat_deces_Aebischer.pdf", "pdf",
  "CERTIFICAT DE DECES\nAebischer Simone, decedee le 19.08.2025 a Vevey (VD)")]),

# NEAR-LINE: liquidator of the estate asks to close the account and to know what is
# held -> post_mortem only.
M("fr.qc-conjointe-decedee-liquidateur", ["post_mortem"],
  "Réjean Pelletier <rejean.pelletier@videotron.ca>",
  "Décès de ma conjointe",
  """\
Bonjour Madame,

Ma conjointe, Francine Ouellet, est décédée le 3 novembre. Je suis le liquidateur de la succession.

Francine suivait votre parcours en ligne et avait un abonnement mensuel par carte de crédit. Je vous demanderais de fermer son compte, d'arrêter les prélèvements et de me dire quels renseignements vous avez à son sujet, pour que je puisse régler ses affaires.

Merci de votre compréhension dans ces moments difficiles.

Réjean Pelletier
Québec
""",
  date="2025-11-20 19:12"),

M("fr.soeur-textes-atelier-typos", ["post_mortem"],
  "Morgane Lebrun <morgane.lebrun@hotmail.fr>",
  "ma soeur",
  """\
bonjour sandra

ma soeur Aurelie Lebrun est decedee le mois dernier (accident). elle etait inscrite a ton atelier d'ecriture du mardi soir, elle nous en parlait souvent

est ce que ce serait possible de recuperer les textes qu'elle avait ecrits pendant l'atelier ? pour nous ce serait tres precieux. je peux t'envoyer les papiers qu'il faut

merci
morgane
""",
  date="2025-07-29 23:03"),

M("fr.directives-malade-fils", ["post_mortem"],
  "Raymond Gauthier <raymond.gauthier@orange.fr>",
  "Directives",
  """\
Madame Delomenie,

Je suis atteint d'une maladie dont je ne guérirai pas. J'ai suivi vos séances l'an passé et je vous en remercie.

Je souhaite que, après ma mort, toutes les données que vous avez sur moi soient détruites, sans exception. Je désigne mon fils, Olivier Gauthier, pour veiller à l'exécution de cette directive ; il vous contactera le moment venu.

Respectueusement,
Raymond Gauthier
""",
  date="2026-04-14 15:30"),

# ------------------------------------------------------------------ multi-right
M("fr.copie-puis-suppression", ["access", "erasure"],
  "Delphine Arnaud <delphine.arnaud@gmail.com>",
  "Mes données",
  """\
Bonjour Sandra,

J'ai terminé mon accompagnement et je vous remercie pour ces mois de travail.

Avant de supprimer mes données, pourriez-vous m'en envoyer une copie complète (fiches, notes, questionnaires) ? Une fois que je l'aurai reçue, je souhaite que tout soit effacé de vos fichiers et de vos outils.

Merci d'avance,
Delphine
""",
  date="2025-08-07 10:27"),

M("fr.be-savoir-puis-effacer", ["access", "erasure"],
  "Jean-Luc Peeters <jl.peeters@skynet.be>",
  "RGPD",
  """\
Bonjour Madame,

Je souhaite d'abord savoir exactement quelles données vous avez à mon sujet, puis que vous effaciez le tout.

Je vous remercie d'avance pour votre diligence.

Jean-Luc Peeters
Bruxelles
""",
  date="2026-03-24 09:49"),

M("fr.casual-envoie-puis-vire-tout", ["access", "erasure"],
  "Océane Perret <oceane.perret@gmail.com>",
  "Re: Ton accès au replay de l'atelier",
  """\
coucou !

en fait j'aimerais bien que tu m'envoies tout ce que t'as sur moi (mes réponses au questionnaire, tes notes…) et après tu peux tout virer de ton côté, je préfère 🙂

bisous et merci pour le replay
océane

Le mar. 10 juin 2025 à 14:02, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :
> Coucou Océane,
> Voici le lien du replay de samedi, il reste en ligne 15 jours.
> Belle journée,
> Sandra
""",
  date="2025-06-10 18:30", irt="orange"),

M("fr.savoir-et-csv-transfert", ["access", "portability"],
  "Benoît Lacroix <benoit.lacroix@outlook.fr>",
  "Demande de données",
  """\
Bonjour,

Je souhaiterais savoir quelles données personnelles vous détenez me concernant, et les recevoir dans un fichier CSV afin de pouvoir les transférer à l'organisme qui va reprendre mon accompagnement.

Cordialement,
Benoît Lacroix
""",
  date="2025-04-09 15:51"),

M("fr.ch-inventaire-et-export", ["access", "portability"],
  "Valérie Crausaz <valerie.crausaz@bluewin.ch>",
  "Inventaire et export de mes données",
  """\
Bonjour Madame,

Pourriez-vous m'indiquer l'inventaire des données me concernant (et auprès de quels prestataires elles sont hébergées) ?

Je souhaiterais par ailleurs recevoir les données que je vous ai fournies dans un format structuré et lisible par machine, pour les réutiliser chez un autre prestataire.

Avec mes remerciements et meilleures salutations,
Valérie Crausaz
Yverdon-les-Bains
""",
  date="2025-05-27 08:58"),

M("fr.retirer-temoignage-et-tout-supprimer", ["erasure", "withdraw_consent"],
  "Hugo Fernandes <hugo.fernandes@sfr.fr>",
  "Témoignage + données",
  """\
Bonjour Sandra,

Je souhaite que vous retiriez mon témoignage (texte + photo) de votre site et de vos réseaux, et que vous supprimiez également toutes les données que vous avez sur moi.

Merci de me confirmer quand c'est fait.

Hugo
""",
  date="2025-10-16 12:12"),

M("fr.qc-photo-et-effacer-tout", ["erasure", "withdraw_consent"],
  "Karine Bouchard <karine.bouchard@gmail.com>",
  "Photo + mon dossier",
  """\
Bonjour Sandra,

Je ne consens plus à ce que ma photo prise lors du cercle de femmes en ligne soit utilisée dans tes publications Instagram. Peux-tu l'enlever?

Et tant qu'à y être, j'aimerais que tu effaces tout mon dossier et mes renseignements personnels. Je passe à autre chose 🙂

Merci!
Karine
Gatineau
""",
  date="2026-02-24 14:45"),

M("fr.desinscription-et-effacement", ["erasure", "objection"],
  "Corinne Daniel <corinne.daniel@orange.fr>",
  "Désinscription + suppression",
  """\
Bonjour,

Merci de me désinscrire de votre newsletter et d'effacer toutes mes données de vos fichiers.

Cordialement,
Corinne Daniel
""",
  date="2025-04-30 07:06"),

M("fr.typos-stop-mails-efface-moi", ["erasure", "objection"],
  "Jordan Lefèvre <jordan.lefevre62@gmail.com>",
  "stop",
  """\
bonjour

je recoit vos mails tous les jours ou presque, je veux plus les recevoir
et effacer moi de votre base de donnée completement svp

jordan
""",
  date="2025-12-22 19:58"),

M("fr.infos-et-corriger-adresse", ["access", "rectification"],
  "Marie-Thérèse Allard <mt.allard@wanadoo.fr>",
  "Vérification de mes informations",
  """\
Bonjour Madame,

Pourriez-vous me dire quelles informations vous avez à mon sujet ? Je pense que certaines ne sont plus à jour.

En particulier, mon adresse est fausse : je n'habite plus rue Pierre-Brossolette mais au 15 rue des Capucins, 36100 Issoudun. Merci de la corriger.

Bien cordialement,
Marie-Thérèse Allard
""",
  date="2025-02-21 11:34"),

# NEAR-LINE: a copy of her file (registration sheet + final report) counts as access;
# the employer name is corrected with the new value given -> access + rectification.
M("fr.copie-dossier-et-corriger-employeur", ["access", "rectification"],
  "Karim Haddad <karim.haddad@gmail.com>",
  "Dossier + correction",
  """\
Bonjour Sandra,

Deux choses :
1) pouvez-vous m'envoyer une copie de mon dossier (fiche d'inscription et bilan de fin de parcours) ?
2) dans ce bilan il est écrit que je travaille chez Fonderies du Centre, alors que j'ai changé d'entreprise en 2024 : je suis chez Thermi-Berry. Pouvez-vous corriger ?

Merci !
Karim
""",
  date="2025-09-09 13:20"),

M("fr.nouvel-email-mais-plus-de-newsletter", ["objection", "rectification"],
  "Émilie Garnier <emilie.garnier@icloud.com>",
  "Nouvelle adresse",
  """\
Bonjour Sandra,

Mon ancienne adresse emilie.garnier@laposte.net va disparaître. La nouvelle est emilie.garnier@icloud.com : merci de la mettre à la place pour mon compte de formation et les rappels de rendez-vous.

Par contre, ne m'inscrivez pas à la newsletter avec cette nouvelle adresse, je ne souhaite plus la recevoir.

Merci !
Émilie
""",
  date="2025-03-17 17:43", xm="Apple Mail (2.3826.400.131.1.6)"),

M("fr.conteste-notes-copie-et-ne-plus-utiliser", ["access", "restriction"],
  "Vincent Lemaire <vincent.lemaire@free.fr>",
  "Notes de séances",
  """\
Bonjour Sandra,

Suite à notre échange téléphonique un peu tendu, je confirme par écrit que je conteste l'exactitude de certaines de vos notes de séances, notamment en ce qui concerne ma consommation d'alcool, que vous avez mal comprise.

Je vous demande :
- de ne plus utiliser ces notes tant que nous n'avons pas clarifié les choses ;
- de m'en transmettre une copie intégrale pour que je puisse indiquer précisément ce qui est faux.

Merci.
Vincent
""",
  date="2026-05-12 08:18"),

M("fr.desabonner-et-retirer-temoignage", ["objection", "withdraw_consent"],
  "Lucie Bréhier <lucie.brehier@gmail.com>",
  "Newsletter et témoignage",
  """\
Bonjour Sandra,

Je vais faire une longue pause côté développement perso, alors :
– désabonnez-moi de la newsletter, s'il vous plaît ;
– et retirez mon témoignage de la page d'accueil du site, je ne souhaite plus qu'il soit publié.

Merci pour tout ce que vous m'avez apporté !
Lucie
""",
  date="2025-08-25 21:01"),

M("fr.csv-nouvelle-coach-savoir-et-supprimer", ["access", "erasure", "portability"],
  "Florence Millet <florence.millet@orange.fr>",
  "Changement de coach – mes données",
  """\
Bonjour Sandra,

Je vais continuer mon travail avec une coach spécialisée en reconversion, près de chez moi à Blois.

Pourriez-vous :
1. me dire quelles données vous détenez sur moi et sur quels outils (Drive, plateforme…) ;
2. m'envoyer mes bilans et questionnaires dans un format réutilisable (CSV ou tableur), que je lui transmettrai ;
3. une fois cela fait, supprimer l'ensemble de mes données de votre côté ?

Merci beaucoup pour votre accompagnement,
Florence
""",
  date="2025-10-28 10:39"),

M("fr.envoyer-coach-puis-supprimer", ["erasure", "portability"],
  "Gwenaëlle Le Goff <gwen.legoff@orange.fr>",
  "Transfert puis suppression",
  """\
Bonjour Sandra,

Comme convenu, je poursuis avec Nolwenn Kerbrat, coach à Quimper. Merci de lui envoyer directement mes données (questionnaires + fiches de suivi) au format CSV ou tableur à nolwenn.kerbrat.coach@gmail.com, puis de les supprimer de ton côté.

Kenavo et merci pour tout !
Gwen
""",
  date="2025-12-04 09:25"),

M("fr.origine-adresse-et-plus-de-pub", ["access", "objection"],
  "Daniel Hoarau <daniel.hoarau@orange.fr>",
  "Votre publicité",
  """\
Bonjour,

Je reçois depuis peu vos emails pour vos formations « Floraison de Soi ». Je n'ai aucun souvenir de m'être inscrit.

D'où tenez-vous mon adresse ? Et dorénavant, ne m'envoyez plus aucune publicité.

Daniel Hoarau
Saint-Denis, La Réunion
""",
  date="2026-06-02 06:15"),

]
