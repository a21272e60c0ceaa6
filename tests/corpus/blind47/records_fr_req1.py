from common import m

NL = "Sandra - Floraison de Soi <contact@floraisondesoi.fr>"

RECORDS = [
# ------------------------------------------------------------------ objection (FR)
m("fr-obj-nl-reply-oneliner", "objection", "Martine Gaubert <martine.gaubert@orange.fr>",
  "Re: 🌸 Les cercles de printemps sont ouverts",
  """Bonjour,
Merci de me désinscrire de cette lettre, je n'ai plus le temps de la lire.
Martine""",
  quote="""Bonjour à toutes et à tous,

Le printemps arrive et avec lui nos cercles de parole du jeudi soir, à Issoudun et en ligne.
Trois thèmes cette saison : oser dire non, se réconcilier avec son corps, trouver sa place.

Inscriptions ouvertes jusqu'au 15 mars.

Belle semaine,
Sandra

Vous recevez cet email car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire""",
  qstyle="gmail", qfrom=NL, to="contact",
  date="2026-03-02 13:15", qdate="2026-03-02 09:30"),

m("fr-obj-stop-subject-only", "objection", "Jo <jocelyne.perrot36@laposte.net>",
  "STOP", "",
  quote="""Atelier « Estime de soi » samedi 28 mars - il reste 3 places !
Réservez votre place sur floraisondesoi.fr/ateliers""",
  qstyle="apple", qfrom=NL,
  # NEAR-LINE: subject-only STOP in reply to a promotional mail = unsubscribing -> objection
  date="2026-03-16 12:41", qdate="2026-03-14 19:19"),

m("fr-obj-art21-formal", "objection", "Philippe Vandamme <p.vandamme@wanadoo.fr>",
  "Opposition au traitement de mes données à des fins de prospection",
  """Madame,

Par la présente, et en application de l'article 21, paragraphe 2, du Règlement (UE) 2016/679, je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, y compris le profilage qui y serait lié.

J'ai rempli un formulaire lors du Forum des associations d'Issoudun en septembre dernier pour recevoir une brochure, et je reçois depuis des propositions régulières d'ateliers et de séances individuelles. Je vous remercie de bien vouloir y mettre fin et de me confirmer la prise en compte de cette opposition dans le délai d'un mois prévu à l'article 12.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Philippe Vandamme
12 rue des Minimes
36100 Issoudun""", cte="quoted-printable"),

m("fr-obj-belge-liste", "objection", "Nathalie Dewulf <nathalie.dewulf@skynet.be>",
  "Liste de diffusion",
  """Bonjour Madame Delomenie,

Je me permets de vous écrire car je reçois vos mails depuis que j'ai assisté à votre conférence en ligne sur la charge mentale (c'était chouette, hein, rien à redire). Mais franchement c'est un peu beaucoup pour moi, je croule déjà sous les mails au bureau.

Pourriez-vous me retirer de votre liste de diffusion, s'il vous plaît ? Il n'y a pas de lien de désinscription qui fonctionne chez moi, il m'affiche une page blanche.

Merci beaucoup et bonne continuation,
Nathalie
Namur"""),

m("fr-obj-sms-relances", "objection", "Karim Benali <karim.benali@gmail.com>",
  "SMS",
  """Bonjour,

je reçois depuis deux semaines des SMS de rappel pour vos ateliers du samedi alors que je n'ai rien demandé de ce genre. Je ne veux plus être contacté par SMS, ni pour les ateliers ni pour le reste. Vous pouvez garder mon mail pour les factures ça ne me gêne pas.

Karim""", html="alt",
  date="2026-02-27 18:55"),

m("fr-obj-stats", "objection", "Claire Moutet <claire.moutet@free.fr>",
  "Questionnaire de satisfaction",
  """Bonjour Sandra,

j'ai bien reçu le lien pour le questionnaire de satisfaction après la formation « Communication bienveillante ». Je n'ai pas envie que mes réponses et mes infos de participante servent à vos statistiques, même anonymisées, ni aux bilans que vous envoyez à l'organisme financeur. Je vous remercie de ne pas m'inclure dans ces exploitations et de ne plus me relancer à ce sujet.

La formation en elle-même m'a beaucoup apporté, ce n'est pas contre vous.

Bien à vous,
Claire Moutet""",
  # NEAR-LINE: objects to use of her data for statistics (not a consent withdrawal for a questionnaire she filled) -> objection
  ),

m("fr-obj-informal-noaccent", "objection", "lilou.b <lilou.b36@hotmail.fr>",
  "arretez les mails",
  """bonjour
arretez de menvoyer vos mails svp je me suis jamais inscrite a quoi que ce soit chez vous, ca fait 3 fois cette semaine
merci"""),

m("fr-obj-quebec", "objection", "Geneviève Tremblay <gen.tremblay@videotron.ca>",
  "Courriels promotionnels",
  """Bonjour Madame,

J'ai suivi votre webinaire gratuit sur l'affirmation de soi l'automne passé (on était en pleine nuit ici, mais ça valait la peine!). Depuis, je reçois vos courriels promotionnels à peu près à chaque semaine.

Je souhaiterais ne plus recevoir ces courriels-là. Ce n'est pas que ce n'est pas intéressant, mais je suis déjà pas mal occupée avec ma propre démarche.

Merci de votre compréhension et bonne fin de journée,
Geneviève Tremblay
Trois-Rivières (Québec)"""),

m("fr-obj-buried-long", "objection", "Sophie Laurençon <sophie.laurencon@gmail.com>",
  "Des nouvelles !",
  """Coucou Sandra,

Ça fait longtemps ! Je voulais te donner des nouvelles depuis la fin de mon accompagnement en novembre. J'ai finalement sauté le pas : j'ai quitté la boîte et je commence une formation d'éducatrice spécialisée à Bourges en septembre. Je suis encore un peu terrifiée mais surtout hyper contente. Les exercices d'ancrage que tu m'avais donnés, je les fais encore le matin dans la voiture (à l'arrêt hein).

Avec Julien ça va mieux aussi, on a repris le dialogue, on a même refait le petit tableau des besoins dont on avait parlé, il l'a trouvé un peu bizarre au début mais il s'est prêté au jeu.

Bref, tout ça pour te dire merci, vraiment.

Petite chose pratique par contre : je reçois toutes les annonces des ateliers et des stages, et là avec la reprise d'études je n'arrive plus à suivre, ça me culpabilise plus qu'autre chose. Tu peux me sortir de la liste d'envoi ? Si un jour j'ai besoin je sais où te trouver 😊

Je t'embrasse,
Sophie""", cte="base64"),

m("fr-obj-tracking", "objection", "Thomas Girault <thomas.girault@proton.me>",
  "Pixels de suivi dans vos e-mails",
  """Bonjour,

J'ai remarqué que vos lettres d'information contiennent des pixels de suivi (ouverture, clics) via Brevo. Je m'oppose à ce suivi individuel de mon comportement de lecture et au profilage qui en découle. Si vous ne pouvez pas désactiver ce suivi pour mon adresse, retirez-moi simplement de la liste.

Cordialement,
Thomas Girault"""),

m("fr-obj-suisse", "objection", "Béatrice Favre <beatrice.favre@bluewin.ch>",
  "Offres commerciales",
  """Madame,

Je vous prie de bien vouloir cesser dès à présent l'envoi de vos offres commerciales à mon adresse. Je vous remercie d'avance de votre diligence et vous souhaite une belle fin de semaine.

Meilleures salutations,
Béatrice Favre
Av. de Cour 14, 1007 Lausanne""", to="orange"),

m("fr-obj-contactform-sms", "objection", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Amandine Rocher",
  """Nom : Amandine Rocher
Email : amandine.rocher@yahoo.fr
Téléphone : 06 52 18 77 40
Objet : Désinscription

Message :
Bonjour je souhaite ne plus recevoir les SMS promotionnels sur mon portable (06 52 18 77 40). Pour les mails ça va. Merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "Amandine Rocher <amandine.rocher@yahoo.fr>", "X-Mailer": "WPForms"},
  to="contact", cte="8bit"),

m("fr-obj-euphemism", "objection", "Agnès Poirier <agnes.poirier@sfr.fr>",
  "Chemins qui se séparent",
  """Bonjour Sandra,

Je crois qu'il est temps que nos chemins se séparent, côté lettre d'information en tout cas :) J'ai beaucoup reçu de vos textes pendant deux ans, ils m'ont accompagnée dans une période difficile, et je me sens prête à voler de mes propres ailes.

Merci donc de ne plus m'écrire pour vos actualités, avec toute ma gratitude.

Agnès""", html="only"),

# ------------------------------------------------------------------ erasure (FR)
m("fr-era-polite-former", "erasure", "Hélène Marchais <helene.marchais@orange.fr>",
  "Mes données",
  """Bonjour Madame Delomenie,

Nous avions travaillé ensemble en 2022 pour un accompagnement de quelques séances. Tout est terminé depuis longtemps et je fais un peu de rangement numérique.

Pourriez-vous supprimer mes données de vos fichiers, s'il vous plaît ?

Je vous remercie et vous souhaite une bonne continuation.
Hélène Marchais""", to="orange",
  date="2026-02-26 16:20"),

m("fr-era-account-systemeio", "erasure", "Lucas Ferrand <lucas.ferrand@outlook.fr>",
  "Suppression compte formation en ligne",
  """Bonjour,

J'ai un compte sur votre espace de formation (Systeme.io) pour le module « Prendre la parole en public ». Je l'ai terminé et je n'en aurai plus besoin.

Merci de supprimer mon compte et toutes mes données associées (profil, progression, réponses aux quiz).

Bonne journée
Lucas Ferrand""", html="alt"),

m("fr-era-art17", "erasure", "Isabelle Chaput <isabelle.chaput@laposte.net>",
  "Demande d'effacement - article 17 RGPD",
  """Madame,

Conformément à l'article 17 du Règlement général sur la protection des données, je vous demande de procéder à l'effacement de l'ensemble des données à caractère personnel me concernant que vous détenez, quel que soit leur support (fichiers clients, notes de séances, échanges de courriels, comptes sur vos plateformes).

Je vous saurais gré de me confirmer par écrit l'effacement effectif, ou, si certaines données doivent être conservées au titre d'une obligation légale (comptabilité), de m'indiquer lesquelles et pour quelle durée.

Je joins une copie de ma pièce d'identité afin de faciliter la vérification.

Isabelle Chaput
née le 04/07/1979""",
  att=[("pdf", "CNI_Chaput_Isabelle.pdf", "REPUBLIQUE FRANCAISE - Carte nationale d'identite - CHAPUT Isabelle - nee le 04.07.1979")]),

m("fr-era-informal", "erasure", "Maxime <max.leroux92@gmail.com>",
  "effacement",
  """salut,
je veux que tu effaces tout ce que tu as sur moi, mail, tel, les fiches, tout. on a arrêté les séances et je préfère repartir à zéro.
max

Envoyé de mon iPhone"""),

m("fr-era-session-notes", "erasure", "Catherine Aubry <c.aubry@orange.fr>",
  "Notes de séances",
  """Bonjour Sandra,

Notre accompagnement s'est achevé le mois dernier et je vous en remercie encore. J'ai repensé à tout ce que j'avais confié pendant nos séances, notamment sur ma mère et sur ma santé, et je ne suis pas à l'aise à l'idée que ces notes existent encore quelque part.

Je voudrais que mes notes de séances et les fiches de suivi soient détruites. Vous pouvez bien sûr garder ce qui est nécessaire pour les factures.

Merci de me confirmer quand ce sera fait.
Catherine""", cte="8bit",
  date="2026-03-10 20:33"),

m("fr-era-lawyer-mandate", "erasure", "Maître Julie Renaudin <j.renaudin@renaudin-avocat.fr>",
  "Demande d'effacement pour le compte de M. Olivier Besson",
  """Madame,

J'interviens en qualité de conseil de Monsieur Olivier Besson, demeurant 7 allée des Tilleuls à Châteauroux, qui m'a donné mandat exprès pour exercer en son nom les droits qu'il tient du Règlement (UE) 2016/679.

Mon client a participé à la formation « Gestion du stress en entreprise » que vous avez animée au sein de la société qui l'employait en 2024. Il sollicite l'effacement de l'ensemble des données personnelles le concernant que vous conservez, en particulier les grilles d'auto-évaluation et les comptes rendus individuels.

Vous trouverez ci-joint le mandat signé ainsi qu'une copie de sa pièce d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Julie Renaudin
Avocate au Barreau de Châteauroux
14 place Gambetta - 36000 Châteauroux
Tél. 02 54 22 31 08

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leur destinataire. Toute utilisation ou diffusion non autorisée est interdite.""",
  att=[("pdf", "Mandat_Besson_signe.pdf", "MANDAT - Je soussigne Olivier Besson donne mandat a Maitre Julie Renaudin pour exercer mes droits RGPD"),
       ("pdf", "CNI_Besson.pdf", "Carte nationale d'identite - BESSON Olivier")],
  hdr={"X-Mailer": "Microsoft Outlook 16.0"}, to="orange"),

m("fr-era-parent-minor", "erasure", "Valérie Joubert <valerie.joubert@gmail.com>",
  "Données de ma fille Léa",
  """Bonjour Madame,

Ma fille Léa (15 ans) a suivi l'atelier « Confiance en soi ado » de l'an dernier, pour lequel j'avais rempli la fiche d'inscription et l'autorisation parentale.

En tant que mère et représentante légale, je vous demande de supprimer toutes les données qui concernent Léa : fiche d'inscription, questionnaire, éventuelles photos de groupe et son adresse mail qui reçoit vos actualités.

Merci par avance,
Valérie Joubert""", html="alt", cte="quoted-printable"),

m("fr-era-disappear", "erasure", "Odile Besnard <odile.besnard@free.fr>",
  "Une petite demande",
  """Bonsoir Sandra,

Je ne sais pas trop comment formuler ça... J'ai traversé une année compliquée et je ferme certaines portes, sans rancune aucune. J'aimerais disparaître de vos fichiers, que plus rien de moi ne traîne chez vous, ni mon nom ni mes coordonnées.

Merci pour tout ce que vous m'avez apporté.
Odile"""),

m("fr-era-subject-only", "erasure", "yannick.morel@laposte.net",
  "Suppression de mes données personnelles svp", "", cte="7bit",
  date="2026-04-01 22:14"),

m("fr-era-outlook-belge", "erasure", "Marc Lemaire <marc.lemaire@telenet.be>",
  "RE: Votre inscription au stage de juillet",
  """Bonjour,

Merci pour votre réponse. Finalement je ne viendrai pas au stage, la date ne me convient plus. Je préfère aussi que vous effaciez mes coordonnées et tout ce que je vous ai envoyé (le formulaire avec mes motivations notamment), je ne pense pas revenir vers vous.

Bien à vous,
Marc Lemaire""",
  quote="""Bonjour Monsieur Lemaire,

Je vous confirme la bonne réception de votre formulaire d'inscription pour le stage « Se reconnecter à soi » du 6 au 10 juillet. L'acompte de 150 € vous sera demandé d'ici fin mars.

Belle journée,
Sandra Delomenie
Floraison de Soi""",
  qstyle="outlook", hdr={"X-Mailer": "Microsoft Outlook 16.0"},
  # NEAR-LINE: cancels the booking (negative on its own) but also asks erasure of contact data and form -> erasure
  ),

m("fr-era-health-questionnaire", "erasure", "Sylvie Carré <sylvie.carre@gmail.com>",
  "Questionnaire santé",
  """Bonjour,

Au début de notre accompagnement j'ai rempli le questionnaire où on parle de sommeil, traitements, etc. On a arrêté au bout de trois séances et je n'aime pas savoir que ce document existe toujours. Merci de le supprimer définitivement, ainsi que la copie scannée si vous en avez fait une.

Sylvie Carré""",
  # NEAR-LINE: asks deletion of the health questionnaire itself, not withdrawal of a consent to its use -> erasure
  date="2026-04-02 21:40"),

# ------------------------------------------------------------------ access (FR)
m("fr-acc-art15-copy", "access", "Romain Lefebvre <romain.lefebvre@gmail.com>",
  "Demande d'accès à mes données personnelles (art. 15 RGPD)",
  """Madame,

En application de l'article 15 du RGPD, je vous prie de me communiquer une copie de l'ensemble des données personnelles me concernant que vous traitez, ainsi que les informations suivantes : finalités, catégories de données, destinataires, durée de conservation et source des données.

Je reste à votre disposition pour tout justificatif d'identité.

Bien cordialement,
Romain Lefebvre
06 11 42 87 95"""),

m("fr-acc-source", "access", "Patricia Noël <patricia.noel@orange.fr>",
  "Comment avez-vous eu mon adresse ?",
  """Bonjour,

J'ai reçu hier un mail de votre part pour un atelier sur le deuil périnatal. Je ne vous connais pas et je n'ai jamais donné mon adresse. Pouvez-vous me dire d'où vient mon adresse mail et quelles informations vous avez sur moi exactement ?

Patricia Noël""", to="orange"),

m("fr-acc-session-notes", "access", "Émilie Gros <emilie.gros@icloud.com>",
  "Mes notes de séance",
  """Bonjour Sandra,

Est-ce que ce serait possible d'avoir une copie des notes que tu as prises pendant nos séances de l'automne ? Je commence un travail avec une psychologue et j'aimerais pouvoir relire ce qu'on avait dégagé ensemble, surtout autour de mon rapport au travail.

Merci d'avance,
Émilie

Envoyé de mon iPhone""", cte="quoted-printable"),

m("fr-acc-questionnaire-answers", "access", "Didier Fontaine <didier.fontaine@sfr.fr>",
  "Réponses au questionnaire de positionnement",
  """Bonjour Madame Delomenie,

Lors de la formation management de février, nous avons tous rempli le questionnaire de positionnement (styles de communication). Vous nous aviez dit que nous pourrions récupérer nos résultats. Je n'ai jamais reçu les miens : pourriez-vous m'envoyer mes réponses et mon profil ?

Merci,
Didier Fontaine
Responsable d'équipe - Centre hospitalier de Vierzon"""),

m("fr-acc-shared-with", "access", "Laetitia Morin <laetitia.morin@hotmail.fr>",
  "Transmission de mes informations ?",
  """Bonjour,

Mon accompagnement était financé en partie par mon employeur. Est-ce que vous lui avez transmis des informations sur moi (compte rendu, présence, évaluations) ? Et à qui d'autre éventuellement ? J'aimerais savoir précisément ce qui a été communiqué et à qui.

Merci de votre retour,
Laetitia Morin"""),

m("fr-acc-informal-tu", "access", "Inès <ines.kaddour@gmail.com>",
  "petite question",
  """coucou sandra !! dis tu pourrais m envoyer ce que t as noté sur moi pendant les seances ? jaimerais bien relire tout ca maintenant que jai un peu de recul 🙏
bisous
ines""", cte="base64"),

m("fr-acc-rfc822-relance", "access", "Jean-Michel Roux <jm.roux@wanadoo.fr>",
  "TR: Demande de copie de mon dossier - 2e envoi",
  """Bonjour,

Je n'ai pas eu de réponse à ma demande ci-jointe du mois dernier. Je vous la renvoie : je souhaite toujours recevoir une copie de mon dossier (fiches de suivi, bilans et courriers vous concernant moi).

Cordialement,
J-M Roux""",
  kind="rfc822",
  inner=dict(frm="Jean-Michel Roux <jm.roux@wanadoo.fr>", to="contact@floraisondesoi.fr",
             subject="Demande de copie de mon dossier",
             body="""Bonjour Madame,

Je souhaiterais obtenir une copie de mon dossier de coaching : fiches de suivi, bilans intermédiaires et bilan final.

Merci,
Jean-Michel Roux""")),

m("fr-acc-contactform-what", "access", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Bernard Caillaud",
  """Nom : Bernard Caillaud
Email : b.caillaud@orange.fr
Téléphone :
Objet : Autre

Message :
Bonjour, quelles données personnelles détenez vous à mon sujet ? j'ai participé à une conférence à la médiathèque il y a 2 ans et je voudrais savoir ce qui a été gardé. Cordialement

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "b.caillaud@orange.fr", "X-Mailer": "WPForms"}, to="contact"),
]
