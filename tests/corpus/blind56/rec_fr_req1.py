"""French requests, single right: access, rectification, erasure, restriction."""
from recbase import M

RECORDS = [
    # ------------------------------------------------------------------ access
    M("fr-facture-mutuelle-et-notes", ["access"],
      "Corinne Vallat <corinne.vallat@orange.fr>",
      "Facture pour la mutuelle",
      """Bonjour Sandra,

Ma mutuelle (Harmonie) accepte finalement de prendre en charge une partie des séances de coaching, à condition d'avoir une facture nominative avec le détail des dates. Est-ce que vous pourriez m'en refaire une qui regroupe les cinq séances de septembre à décembre ? Le montant total était de 325 € si je ne me trompe pas.

Et pendant que j'y pense : j'aimerais beaucoup relire ce que vous aviez noté pendant nos séances, surtout celle sur mon changement de poste. Serait-il possible de recevoir une copie de vos notes me concernant ? Pas d'urgence, la facture passe avant.

Merci beaucoup et belle fin de semaine,
Corinne Vallat
06 42 17 88 30""",
      mailer="orange", to="orange"),

    M("fr-relance-demande-acces-dossier", ["access"],
      "Mathieu Perrichon <mperrichon@gmail.com>",
      "Re: Demande de copie de mon dossier",
      """Bonjour,

Toujours pas de nouvelles de ma demande ci-dessous, envoyée il y a maintenant cinq semaines. Je vous rappelle que le délai est d'un mois. Je souhaite toujours recevoir la copie de l'ensemble des informations que vous détenez à mon sujet (fiche client, comptes rendus, échanges).

Cordialement,
M. Perrichon""",
      quote={"style": "gmail", "who": "Mathieu Perrichon <mperrichon@gmail.com>", "days": 36,
             "text": """Bonjour Madame Delomenie,

J'ai suivi un accompagnement avec vous en 2023. Pourriez-vous m'adresser une copie de toutes les données personnelles me concernant que vous conservez ?

Merci d'avance,
Mathieu Perrichon"""}),

    M("fr-juste-questionnaire-depart", ["access"],
      "Laure Giraudet <laure.giraudet@free.fr>",
      "petite demande",
      """Bonsoir Sandra,

Je range mes papiers de l'année et je me rends compte que je n'ai jamais gardé le questionnaire que j'avais rempli avant notre première séance (celui avec les échelles de 1 à 10 sur le sommeil, le travail, etc.).

Je n'ai pas besoin de tout le dossier, juste mes réponses à ce questionnaire-là. Vous pourriez me les renvoyer ? Un scan ou une photo suffit largement.

Bonne soirée,
Laure"""),

    M("fr-report-rdv-et-infos-gardees", ["access"],
      "Nadège Poumeyrol <nadege.poumeyrol@laposte.net>",
      "Déplacer le rendez-vous du 14",
      """Bonjour Madame,

Je dois malheureusement déplacer notre rendez-vous du 14 : mon fils a un examen médical le même matin à Châteauroux. Auriez-vous une possibilité la semaine suivante, idéalement un mardi ou un jeudi après 16 h ?

Autre chose, qui n'a rien à voir : si ce n'est pas trop compliqué, pourriez-vous me dire quelles informations vous gardez sur moi depuis le début ? Je me pose la question depuis que j'ai rempli votre fiche d'accueil, il y avait pas mal de questions personnelles.

Merci et à bientôt,
Nadège Poumeyrol"""),

    M("fr-formulaire-origine-adresse", ["access"],
      "Floraison de Soi - formulaire <wordpress@floraisondesoi.fr>",
      "[Floraison de Soi] Nouveau message de Régis Authier",
      """Nom : Régis Authier
E-mail : regis.authier@sfr.fr
Téléphone : non renseigné
Sujet : Question

Message :
Bonjour, je reçois depuis quelques mois votre lettre d'information alors que je ne crois pas m'être jamais inscrit nulle part chez vous. Avant de faire quoi que ce soit, j'aimerais savoir d'où vous tenez mon adresse mail et ce que vous avez d'autre sur moi. Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
      to="contact",
      headers=[("Reply-To", "Régis Authier <regis.authier@sfr.fr>"), ("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")]),
    # NEAR-LINE: he receives the newsletter but does not ask to stop it; asking where the address came from and what else is held is access only.

    M("fr-belge-a-qui-transmis", ["access"],
      "Anne-Sophie Verlinden <as.verlinden@skynet.be>",
      "Vos partenaires ?",
      """Bonjour Madame Delomenie,

J'ai participé à votre stage de printemps l'an passé, depuis la Belgique (j'étais logée chez ma cousine à Vatan). Depuis une dizaine de jours, une société de formation de Tours m'appelle sur mon GSM en me disant qu'elle a eu mes coordonnées « par un partenaire du réseau ».

Je ne vous accuse de rien, mais pourriez-vous me dire à qui vous avez communiqué mes coordonnées, s'il vous plaît ? Je voudrais comprendre par où c'est passé.

Je vous remercie déjà et vous souhaite une bonne journée.
Anne-Sophie Verlinden
Namur"""),

    M("fr-retour-atelier-et-fiche-suivi", ["access"],
      "Bénédicte Charbonnier <benedicte.charbonnier@gmail.com>",
      "Merci pour samedi !",
      """Chère Sandra,

Je voulais vous dire à quel point l'atelier « Estime de soi » de samedi m'a fait du bien. Le moment où chacune a écrit la lettre à la petite fille qu'elle était, je ne m'y attendais pas du tout, j'ai pleuré comme une madeleine mais je suis repartie légère. Et la salle de la rue d'Estienne d'Orves est vraiment chaleureuse, avec le thé et les plaids.

Deux petites remarques pour les prochaines fois, si vous le permettez : la pause de l'après-midi était un peu courte, et il faisait un peu froid près de la fenêtre.

Par ailleurs, lors de notre séance individuelle de novembre vous aviez rempli une fiche de suivi à mon sujet. J'aimerais bien en avoir une copie, pour voir le chemin parcouru depuis.

Avec toute ma gratitude,
Bénédicte""",
      html="alt"),

    M("fr-sms-style-tout-sur-moi", ["access"],
      "Kevin L. <kev.lhomme36@hotmail.fr>",
      "mes infos",
      """bjr sandra c kevin (le coaching reconversion en 2024)
c possible d avoir tout ce que vs avez sur moi? les notes, les tests, les mails etc
j en ai besoin pr mon dossier france travail
merci bcp""",
      mailer="android"),

    M("fr-formel-article15-piece-identite", ["access"],
      "Philippe Lagarde <philippe.lagarde@wanadoo.fr>",
      "Exercice du droit d'accès - article 15 du RGPD",
      """Madame,

En application de l'article 15 du Règlement (UE) 2016/679 et des articles 49 et suivants de la loi n° 78-17 du 6 janvier 1978 modifiée, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements et leur base légale ;
- les destinataires auxquels ces données ont été communiquées ;
- leur durée de conservation.

Vous trouverez ci-joint la copie de ma carte nationale d'identité, conformément à votre politique de confidentialité.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Philippe Lagarde
12 allée des Tilleuls
36100 Issoudun""",
      att=[{"kind": "pdf", "name": "CNI_Lagarde_Philippe.pdf",
            "text": "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : LAGARDE  Prenom : Philippe\nCopie certifiee conforme - usage : demande RGPD Floraison de Soi"}],
      mailer="outlook", cte="qp"),

    M("fr-hesitant-trace-ecrite", ["access"],
      "Solène Marchadier <solene.marchadier@icloud.com>",
      "Une question un peu délicate",
      """Bonjour Sandra,

Je ne sais pas trop si ça se fait de demander ça, alors dites-moi si ce n'est pas possible.

On a arrêté l'accompagnement en juin et depuis j'ai un peu de mal à me souvenir de certaines choses qu'on avait mises au clair ensemble, notamment sur ma relation avec mon père. Je pense que je préférerais avoir une trace écrite de tout ça. Est-ce que vous accepteriez de m'envoyer les notes que vous aviez prises sur moi pendant les séances ?

Je comprendrais tout à fait si ce sont des notes de travail très personnelles à vous.

Merci de m'avoir lue,
Solène

Envoyé de mon iPhone""",
      mailer="iphone", html="alt"),
    # NEAR-LINE: very hesitant ("je ne sais pas si ça se fait"), but it does ask for a copy of her own session notes -> access.

    M("fr-quebec-copie-dossier", ["access"],
      "Marie-Ève Tremblay <me.tremblay@videotron.ca>",
      "Copie de mon dossier",
      """Bonjour Sandra!

J'espère que l'hiver n'est pas trop dur chez vous, ici on est dans la slush jusqu'aux chevilles.

Je vous écris parce que je commence un suivi avec une psychologue à Sherbrooke et j'aimerais ça lui montrer où j'en étais rendue quand on travaillait ensemble par Zoom. Serait-ce possible de m'envoyer une copie de mon dossier? Les notes, le bilan du début, ce genre d'affaires-là.

Merci ben gros, c'est vraiment apprécié!
Marie-Ève"""),

    M("fr-hausse-prix-et-resultat-test", ["access"],
      "Jean-Pierre Moulinier <jp.moulinier@yahoo.fr>",
      "Vos nouveaux tarifs",
      """Madame,

Je découvre sur votre site que la séance individuelle passe de 65 à 80 euros. Je trouve l'augmentation raide, pour ne pas dire plus, surtout pour des clients fidèles comme moi qui viennent depuis trois ans. Un geste pour les anciens aurait été apprécié. Je vais réfléchir avant de reprendre un cycle.

Au passage, je voudrais récupérer le résultat de mon test de personnalité fait en 2023, je ne le retrouve plus et il doit bien être dans votre dossier à mon nom.

Salutations,
J.-P. Moulinier""",
      html="only"),
    # NEAR-LINE: "récupérer" but no format or transfer asked -> access (copy of a specific record), not portability.

    M("fr-parent-mineur-notes-fils", ["access"],
      "Stéphanie Auclair <stephanie.auclair@gmail.com>",
      "Séances de Théo",
      """Bonjour Madame Delomenie,

Je suis la maman de Théo Auclair, 15 ans, que vous avez reçu pour quatre séances autour de la confiance en soi et de l'orientation. Son père et moi sommes ravis de l'évolution.

Le conseiller d'orientation du lycée nous a demandé s'il existait un écrit sur ce travail. En tant que représentante légale de Théo, je vous demande donc une copie des informations que vous avez consignées à son sujet (fiche, bilan, tests éventuels). Théo est d'accord, il est en copie.

Bien cordialement,
Stéphanie Auclair""",
      cc="Théo Auclair <theo.auclair36@gmail.com>"),

    # ------------------------------------------------------------------ rectification
    M("fr-facture-nom-mal-ecrit", ["rectification"],
      "Aurélie Guérineau <aurelie.guerineau@orange.fr>",
      "Facture n° 2025-041",
      """Bonjour,

J'ai bien reçu la facture de la formation, merci. Le règlement part par virement cette semaine.

Petite chose : mon nom est écrit « Guerinot » sur la facture, et je vois que c'est la même orthographe sur les mails que je reçois de votre plateforme (« Bonjour Aurélie Guerinot »). C'est Guérineau, avec un accent et -eau à la fin. Pourriez-vous corriger dans votre fichier, pour que ce soit juste partout ?

Merci !
Aurélie Guérineau""",
      mailer="orange"),
    # NEAR-LINE: starts like a document correction, but asks to fix her name in the client file -> rectification.

    M("fr-demenagement-nouvelle-adresse", ["rectification"],
      "Famille Rabier <rabier.famille@free.fr>",
      "Nouvelle adresse",
      """Bonjour Sandra,

Merci encore pour le cercle de lundi, c'était parfait comme toujours.

Je vous signale que nous avons déménagé début mars : nous ne sommes plus au 9 rue des Minimes mais au 27 chemin de la Croix-Blanche, 36100 Saint-Aoustrille. Le téléphone ne change pas. Pouvez-vous mettre à jour ma fiche pour les prochaines factures ?

À lundi prochain,
Christine Rabier"""),

    M("fr-ancien-numero-ne-marche-plus", ["rectification"],
      "Yannick Pelletier <yannick.pelletier@sfr.fr>",
      "changement de numéro",
      """Bonjour,
mon ancien numéro (06 71 22 90 14) n'est plus attribué, j'ai changé d'opérateur et de numéro. Le nouveau : 07 68 03 45 52. Merci de remplacer l'ancien pour les rappels de rendez-vous par SMS.
Yannick""",
      cte="8bit"),

    M("fr-date-naissance-attestation", ["rectification"],
      "Ophélie Sarrazin <ophelie.sarrazin@outlook.fr>",
      "Erreur date de naissance",
      """Bonjour Madame Delomenie,

En préparant mon dossier de validation des acquis, je constate que l'attestation de fin de formation « Gérer son stress au travail » indique comme date de naissance le 03/07/1988. Je suis née le 07/03/1988 (jour et mois inversés).

L'erreur vient sans doute de ma fiche d'inscription. Pourriez-vous rectifier ma date de naissance dans vos informations et me renvoyer une attestation corrigée ?

En vous remerciant,
Ophélie Sarrazin""",
      mailer="outlook"),

    M("fr-compte-rendu-arret-maladie-faux", ["rectification"],
      "Hélène Duplaix <helene.duplaix@gmail.com>",
      "Compte rendu de la séance 3",
      """Bonjour Sandra,

J'ai relu le compte rendu que vous m'avez envoyé après la séance 3, merci, il est très clair.

Une erreur quand même, et elle me gêne parce que ce document peut être transmis à mon employeur dans le cadre du financement : il est écrit que je suis « en arrêt maladie depuis février ». Ce n'est pas le cas, je suis en disponibilité pour convenances personnelles. Merci de corriger cette mention dans vos notes et dans le document.

Bonne journée,
Hélène""",
      quote={"style": "gmail", "days": 6,
             "text": """Bonjour Hélène,

Voici comme convenu le compte rendu de notre troisième séance. N'hésitez pas à me dire si quelque chose ne vous semble pas juste.

Belle semaine,
Sandra"""}),

    M("fr-suisse-nom-apres-mariage", ["rectification"],
      "Léa Bonvin-Rochat <lea.bonvin@bluewin.ch>",
      "Changement de nom",
      """Bonjour Madame,

Je me suis mariée cet été et je porte désormais le nom de Bonvin-Rochat (auparavant Léa Rochat). Pourriez-vous svp adapter mon nom de famille dans votre fichier, pour la formation en ligne et les factures ? Mon adresse mail reste la même, mon natel aussi.

Avec mes meilleures salutations de Sion,
Léa Bonvin-Rochat"""),

    M("fr-relance-remplacer-adresse-mail", ["rectification"],
      "Gaëlle Thévenin <gaelle.thevenin@protonmail.com>",
      "Re: Changement d'adresse e-mail",
      """Bonjour,

Je me permets de relancer : il y a trois semaines, je vous ai demandé de remplacer mon ancienne adresse (gaelle.thevenin@hotmail.fr) par celle-ci, et je reçois toujours les liens des replays et les rappels sur l'ancienne, que je consulte de moins en moins.

Merci de faire le changement quand vous aurez un moment.
Gaëlle""",
      quote={"style": "apple", "who": "Gaëlle Thévenin <gaelle.thevenin@protonmail.com>", "days": 22,
             "text": """Bonjour Sandra,
Pouvez-vous utiliser désormais cette adresse (gaelle.thevenin@protonmail.com) à la place de gaelle.thevenin@hotmail.fr ?
Merci, Gaëlle"""}),

    M("fr-completer-fiche-malentendante", ["rectification"],
      "Claudine Berthon <claudine.berthon@orange.fr>",
      "Inscription atelier du 22 - complément",
      """Bonjour Sandra,

Je suis inscrite à l'atelier du 22 et je m'aperçois que j'ai oublié de remplir la case « besoins particuliers » sur le formulaire : je suis malentendante (appareillée des deux côtés). Merci de compléter ma fiche en ce sens, pour que vous puissiez me placer près de vous et éviter la musique de fond pendant les exercices.

Merci de votre attention,
Claudine Berthon""",
      mailer="orange"),
    # NEAR-LINE: completing her own registration file with a missing fact -> rectification (completing data), not a mere practical note.

    M("fr-changement-prenom-etat-civil", ["rectification"],
      "Noah Ferrand <noah.ferrand@gmail.com>",
      "Mise à jour de mon prénom",
      """Bonjour Sandra,

Suite à mon changement de prénom à l'état civil (acté par la mairie en septembre), je m'appelle désormais Noah, et non plus Noémie. Je serais reconnaissant que ce soit mis à jour dans mon dossier, sur mon compte de la formation en ligne et dans votre liste d'envoi.

Merci pour votre bienveillance, elle compte beaucoup.
Noah Ferrand""",
      html="alt"),

    # ------------------------------------------------------------------ erasure
    M("fr-merci-fin-accompagnement-effacer", ["erasure"],
      "Valérie Combaud <valerie.combaud@gmail.com>",
      "Un grand merci",
      """Chère Sandra,

Voilà, c'est la fin de nos dix séances et je voulais vous dire merci, sincèrement. Je suis arrivée chez vous épuisée, persuadée que je n'étais bonne à rien au travail, et je repars avec un nouveau poste et l'envie de me lever le matin. Je n'oublierai pas l'exercice des trois chaises.

Une dernière chose. Maintenant que c'est terminé, je pense que je préférerais que vous effaciez mon dossier, avec tout ce que j'ai raconté sur mon ancienne cheffe. Ce n'est pas un manque de confiance, c'est plutôt pour tourner la page.

Je vous souhaite le meilleur,
Valérie""",
      html="alt", mailer="applemail"),

    M("fr-relance-suppression-compte-systemeio", ["erasure"],
      "Damien Rougeron <damien.rougeron@laposte.net>",
      "Suppression compte - relance",
      """Bonjour,

Toujours pas de nouvelles de ma demande du mois dernier. Je vous avais demandé de supprimer mon compte sur votre plateforme de formation ainsi que toutes mes données, or je peux encore m'y connecter ce matin et mon profil (nom, téléphone, adresse) est toujours là.

Merci de faire le nécessaire et de me le confirmer.

Damien Rougeron"""),

    M("fr-supprimer-compte-et-donnees-court", ["erasure"],
      "Sylvie Néron <sylvie.neron@yahoo.fr>",
      "Demande",
      """Bonjour, pouvez-vous supprimer mon compte et toutes les données qui vont avec ? Je n'utilise plus la formation. Merci. Sylvie Néron""",
      cte="qp"),

    M("fr-juste-la-fiche-sante", ["erasure"],
      "Françoise Lamoureux <francoise.lamoureux@orange.fr>",
      "Ma fiche du début",
      """Bonjour Sandra,

J'espère que vous allez bien. Je continue les ateliers avec plaisir, rien ne change de ce côté.

En revanche, au tout début vous m'aviez fait remplir une fiche avec mes antécédents de santé (la dépression de 2019, les traitements, etc.). Avec le recul, je ne suis plus à l'aise qu'elle traîne quelque part. Est-ce que vous pourriez détruire juste cette fiche-là ? Le reste, coordonnées, inscriptions, vous pouvez évidemment le garder.

Merci de votre compréhension,
Françoise""",
      mailer="orange", to="orange"),

    M("fr-annulation-atelier-et-effacer-coordonnees", ["erasure"],
      "Pascale Tixier <pascale.tixier@hotmail.fr>",
      "Annulation atelier du 8 + coordonnées",
      """Bonjour,

Je ne pourrai finalement pas venir à l'atelier « Oser dire non » du 8, j'ai repris un travail le samedi. Je sais que l'acompte n'est pas remboursable, ce n'est pas un souci.

Comme je ne pense pas pouvoir revenir avant longtemps, effacez mes coordonnées de vos fichiers s'il vous plaît, tout ce que vous avez à mon nom.

Bonne continuation,
Pascale Tixier""",
      mailer="outlook"),
    # NEAR-LINE: the cancellation alone would be a negative; the explicit "effacez mes coordonnées ... tout ce que vous avez à mon nom" makes it erasure.

    M("fr-formel-article17-effacement", ["erasure"],
      "Gérard Fougères <gerard.fougeres@free.fr>",
      "Demande d'effacement (art. 17 RGPD)",
      """Madame,

Client de votre entreprise entre 2021 et 2023, je vous demande, sur le fondement de l'article 17 du RGPD, l'effacement de l'ensemble des données personnelles me concernant, dans vos fichiers comme chez vos sous-traitants (Systeme.io, Google Drive).

Je vous saurais gré de me confirmer par écrit l'exécution de cette demande dans le délai légal d'un mois, en précisant le cas échéant les données que vous seriez tenue de conserver au titre de vos obligations comptables.

Pièce jointe : copie de ma pièce d'identité.

Gérard Fougères
Reuilly""",
      att=[{"kind": "pdf", "name": "piece_identite_GFougeres.pdf",
            "text": "Copie passeport - FOUGERES Gerard\nTransmise uniquement pour la demande d'effacement RGPD"}],
      mailer="thunderbird", cte="b64"),

    M("fr-informel-tout-virer", ["erasure"],
      "Jess <jess.morinn@gmail.com>",
      "coucou",
      """slt sandra
jveux plus que mes infos soient chez toi, les trucs que jai rempli au debut et tout. tu peux tout virer stp? c pas contre toi hein, jsuis juste en mode grand menage
bisous jess""",
      mailer="iphone"),

    M("fr-groupe-whatsapp-numero-messages", ["erasure"],
      "Amandine Chaumette <amandine.chaumette@gmail.com>",
      "Groupe de la formation",
      """Bonjour Sandra,

La formation est terminée depuis l'été et le groupe WhatsApp des participantes est archivé, si j'ai bien compris. J'aimerais que mon numéro et les messages que j'y ai postés (surtout les audios du module 4, assez intimes) soient supprimés de vos archives et de l'export que vous gardez.

Merci d'avance, et encore bravo pour cette formation.
Amandine""",
      html="only"),

    M("fr-avocat-mandat-effacement", ["erasure"],
      "Maître Clémence Aubrun <c.aubrun@aubrun-avocat.fr>",
      "Mme Karine Sellier - demande d'effacement de données",
      """Madame,

J'interviens en qualité de conseil de Madame Karine Sellier, qui m'a donné mandat, ci-joint, pour exercer en son nom ses droits au titre du RGPD.

Ma cliente vous demande l'effacement sans délai de l'ensemble des données à caractère personnel la concernant, y compris les notes prises au cours des séances d'accompagnement de 2024 et les échanges écrits.

Je vous remercie de bien vouloir m'adresser, à l'issue, une attestation de suppression.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Clémence Aubrun
Avocate au Barreau de Châteauroux
5 place Gambetta - 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.""",
      att=[{"kind": "pdf", "name": "Mandat_Sellier_RGPD.pdf",
            "text": "MANDAT\nJe soussignee Karine SELLIER donne mandat a Maitre Clemence AUBRUN\npour exercer mes droits RGPD aupres de Floraison de Soi.\nFait a Chateauroux - signature"}],
      mailer="outlook", html="alt",
      cc="Karine Sellier <karine.sellier@gmail.com>"),

    M("fr-si-pas-complique-fichier-clients", ["erasure"],
      "Monique Deschamps <monique.deschamps@wanadoo.fr>",
      "bonjour",
      """Bonjour Madame Delomenie

Je suis venue à deux ateliers il y a bien longtemps, je ne sais pas si vous vous souvenez de moi, la dame avec le chien.
Si ce n'est pas trop compliqué, j'aimerais que mon nom et mes renseignements disparaissent de vos fichiers clients. Je fais du rangement dans mes affaires et dans ma vie en général.
Merci bien et bonne continuation à vous

Monique Deschamps""",
      to="orange"),

    # ------------------------------------------------------------------ restriction
    M("fr-conteste-bilan-pas-transmettre", ["restriction"],
      "Céline Mauduit <celine.mauduit@gmail.com>",
      "Bilan de fin d'accompagnement",
      """Bonjour Sandra,

J'ai lu le bilan de fin d'accompagnement et je ne me reconnais pas dans plusieurs passages, notamment celui qui dit que j'aurais « des difficultés relationnelles avec l'équipe ». Ce n'est pas ce que j'ai dit, ou alors j'ai été mal comprise.

En attendant qu'on puisse en parler, je vous demande de ne pas utiliser ce bilan et surtout de ne pas le transmettre à mon entreprise, qui a financé l'accompagnement. Je ne vous demande pas de le supprimer, on verra ensemble ce qu'il faut en garder.

Pouvons-nous nous appeler la semaine prochaine ?
Céline"""),

    M("fr-ne-rien-supprimer-prudhommes", ["restriction"],
      "Thierry Gendron <t.gendron@orange.fr>",
      "IMPORTANT - mon dossier",
      """Bonjour Madame,

Je suis en litige avec mon ancien employeur devant les prud'hommes et mon avocat m'explique que les échanges que nous avons eus pendant le coaching (en particulier les mails de mars sur ma charge de travail) pourraient être utiles.

Je vous demande donc de NE RIEN SUPPRIMER de ce qui me concerne, même si vos délais de conservation arrivent à échéance, mais de ne plus vous en servir pour quoi que ce soit d'ici la fin de la procédure.

Merci de me confirmer que c'est possible.
Thierry Gendron""",
      mailer="orange"),

    M("fr-dossier-en-sommeil-pause", ["restriction"],
      "Isabelle Roquet <isabelle.roquet@laposte.net>",
      "Pause",
      """Bonjour Sandra,

Comme je vous l'ai dit au téléphone, j'arrête l'accompagnement pour quelques mois, le temps que les choses se tassent avec ma mère.

Je voudrais que mon dossier soit mis en sommeil : surtout pas effacé, parce que j'espère bien reprendre, mais que personne n'y touche et qu'il ne serve à rien d'autre entre-temps (pas de relances, pas d'exemples anonymisés en formation, rien).

Je vous recontacte à la rentrée.
Isabelle""",
      html="alt"),
    # NEAR-LINE: "pas de relances" could read as objection, but the ask is a freeze of the whole file -> restriction only.

    M("fr-heures-formation-contestees", ["restriction"],
      "Murielle Baranger <murielle.baranger@gmail.com>",
      "Feuille de présence formation de mai",
      """Bonjour Madame Delomenie,

L'OPCO de mon employeur me signale que, d'après vos relevés, je n'aurais assisté qu'à deux journées sur trois de la formation de mai. J'étais pourtant présente les trois jours, j'ai même pris des photos le dernier après-midi.

Je conteste donc ce relevé. Tant que ce n'est pas vérifié, merci de suspendre l'utilisation de mes données de présence et de ne rien renvoyer à l'OPCO à mon sujet.

Cordialement,
Murielle Baranger""",
      mailer="samsung"),
    # NEAR-LINE: contesting accuracy + pausing processing is restriction only (not rectification).

    M("fr-relance-limitation", ["restriction"],
      "Hervé Lacaze <herve.lacaze@outlook.fr>",
      "RE: Limitation du traitement de mes données",
      """Bonjour,

Sans réponse de votre part à mon courriel ci-dessous, je réitère ma demande de limitation. Je souhaite simplement une confirmation que mes données sont conservées en l'état et ne sont plus utilisées tant que notre désaccord sur la facture de novembre n'est pas réglé.

Cordialement,
Hervé Lacaze""",
      quote={"style": "outlook", "who": "Hervé Lacaze <herve.lacaze@outlook.fr>", "days": 19,
             "text": """Madame,

Je conteste l'exactitude de la facture n° 2024-118 et des informations de prestation qui y figurent. Dans l'attente de la résolution de ce différend, je vous demande de limiter le traitement de mes données (article 18 du RGPD) : conservation uniquement, sans autre usage.

Hervé Lacaze"""},
      mailer="outlook"),

    M("fr-garder-mais-plus-utiliser-decision", ["restriction"],
      "Karima Benali <karima.benali@gmail.com>",
      "Mon dossier",
      """Bonjour Sandra,

J'ai besoin d'un peu de temps pour réfléchir à ce que je veux faire de mon dossier : peut-être que je vous demanderai de tout effacer, peut-être pas. En attendant ma décision, pouvez-vous le garder tel quel mais ne plus vous en servir du tout ?

Merci,
Karima""",
      mailer="iphone"),

    M("fr-limitation-art18-formel", ["restriction"],
      "Bernard Chauvet <bernard.chauvet@free.fr>",
      "Demande de limitation du traitement",
      """Madame,

Conformément à l'article 18.1 b) du RGPD, je m'oppose à l'effacement des données me concernant, dont j'ai besoin pour la constatation de mes droits dans un différend avec un organisme de financement, et je vous demande d'en limiter l'utilisation à leur seule conservation.

Je vous remercie de m'informer avant toute levée de cette limitation.

Bernard Chauvet
14 rue Danton, 36100 Issoudun""",
      cte="qp"),
    # NEAR-LINE: the wording "je m'oppose à l'effacement" is the art. 18.1 b) case ("don't delete, don't use") -> restriction only, not objection.

    M("fr-hesitant-avocat-ne-plus-servir", ["restriction"],
      "Sabine Morand <sabine.morand@yahoo.fr>",
      "je ne sais pas comment le dire",
      """Bonsoir Sandra,

Je ne sais pas trop comment le formuler, pardon si c'est maladroit. Je suis en train de divorcer et mon avocate m'a conseillé d'être prudente avec tout ce qui est écrit sur moi en ce moment.

Est-ce que ce serait possible que mes notes et mes mails restent là où ils sont, sans les effacer, mais que vous ne vous en serviez plus, le temps que je voie avec elle ? Je ne veux surtout pas qu'ils disparaissent, ni qu'ils circulent.

Merci pour votre patience,
Sabine""",
      html="alt"),
]

# Dates pinned where the text refers to a season, a month or a day of the month.
DATES = {
    "fr-facture-mutuelle-et-notes": "2026-01-13 18:42",
    "fr-quebec-copie-dossier": "2026-01-19 21:05",
    "fr-hesitant-trace-ecrite": "2025-09-16 22:31",
    "fr-retour-atelier-et-fiche-suivi": "2026-01-26 10:14",
    "fr-suisse-nom-apres-mariage": "2025-10-02 08:47",
    "fr-changement-prenom-etat-civil": "2025-11-04 19:20",
    "fr-heures-formation-contestees": "2025-06-24 13:05",
    "fr-relance-limitation": "2026-01-07 09:40",
    "fr-dossier-en-sommeil-pause": "2026-04-21 17:55",
}
for _r in RECORDS:
    if _r["key"] in DATES:
        _r["date"] = DATES[_r["key"]]
