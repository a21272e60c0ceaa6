"""French requests, part A: access and erasure (single right)."""
from ._base import R

RECORDS = [

# ------------------------------------------------------------------ access
R("fr-acc-art15-retraitee-cni", ["access"],
  ("Danielle Vergnaud", "danielle.vergnaud@orange.fr"),
  "Demande d'accès - article 15 du RGPD",
  """Madame,

Conformément à l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous traitez, accompagné des informations prévues par ce même article (finalités, destinataires, durée de conservation, origine des données).

J'ai participé à deux de vos ateliers « Retraite active » en 2024 ainsi qu'à trois séances individuelles.

Vous trouverez ci-jointe la copie de ma carte d'identité. Je vous remercie de me répondre à l'adresse postale ci-dessous, je consulte peu ma messagerie.

Danielle Vergnaud
institutrice en retraite
3 impasse des Aubépines
36100 Issoudun
""", date="2025-04-03 10:22", headers={"Reply-To": "Danielle Vergnaud <d.vergnaud@laposte.net>"}, to="o", cte="quoted-printable",
  attach=[("pdf", "carte_identite_Vergnaud.pdf",
           ["CARTE NATIONALE D'IDENTITE", "VERGNAUD Danielle Yvonne - nee le 04.05.1950 a Chateauroux"])]),

R("fr-acc-longue-lettre-tricot", ["access"],
  ("Huguette Péraud", "huguette.peraud@laposte.net"),
  "des nouvelles d'Huguette",
  """Bonjour Sandra,

Je vous écris enfin, cela fait longtemps que je me le promets. Vous vous souvenez peut-être de moi, la dame au gilet vert qui tricotait pendant le cercle de parole du lundi (je vous assure que cela m'aide à écouter !).

Depuis le printemps il s'en est passé des choses. Ma petite-fille Inès a eu son bac avec mention, nous avons fait une fête dans le jardin avec toute la famille, même mon frère de Montluçon qui ne se déplace plus guère. Le jardin, justement, m'a donné du fil à retordre cette année avec la sécheresse, les tomates n'ont rien donné mais les haricots, une merveille.

J'ai aussi repris la chorale, ce que vous m'aviez encouragée à faire l'an dernier quand je me sentais si seule après le départ de mon voisin. Nous chantons à l'église Saint-Cyr pour Noël, venez si le cœur vous en dit.

Autre chose : mon fils me dit qu'on a le droit de savoir ce que les gens gardent sur nous, alors j'aimerais bien savoir ce que vous avez sur moi dans vos fichiers, par curiosité, et que vous me l'envoyiez.

Je vous souhaite un bel automne, je repasserai sûrement au cercle quand mon genou ira mieux.

Huguette
""", to="c", date="2025-10-21 16:05", cte="8bit"),

R("fr-acc-mere-ado-notes", ["access"],
  ("Karine Thibault", "karine.thibault@hotmail.fr"),
  "Séances de Léa (16 ans)",
  """Bonjour Madame Delomenie,

Ma fille Léa, 16 ans, est venue vous voir cinq fois entre janvier et mars pour l'accompagnement « confiance en soi » que nous avions réglé avec son père.

En tant que parent, je souhaiterais obtenir une copie des fiches de suivi et des notes que vous avez établies à son sujet, ainsi que ses réponses au questionnaire du premier rendez-vous. Léa est au courant de ma démarche.

Je vous remercie par avance et vous souhaite une bonne journée.

Karine Thibault
""", to="c", html="alt", cte="quoted-printable"),

# NEAR-LINE: asks only where her address came from; the source of the data is access.
R("fr-acc-source-adresse", ["access"],
  ("Pascale Dubreuil", "pascale.dubreuil@free.fr"),
  "Comment avez-vous eu mon adresse ?",
  """Bonjour,

Je reçois depuis trois semaines vos messages sur les ateliers de Floraison de Soi. Je ne me souviens pas m'être inscrite nulle part et je n'habite même pas dans l'Indre.

Pouvez-vous me dire d'où vous tenez mon adresse mail et mon prénom ?

Cordialement,
P. Dubreuil
""", to="c", cte="8bit"),

R("fr-acc-partage-destinataires", ["access"],
  ("Thomas Rivière", "t.riviere@gmail.com"),
  "A qui avez-vous transmis mes infos ?",
  """Bonjour Sandra,

Depuis que j'ai payé la formation en ligne, je reçois des pubs pour des logiciels de compta et des formations au coaching qui n'ont rien à voir avec vous. Ça tombe peut-être du ciel mais ça me pose question.

Est-ce que vous pouvez me dire à quelles sociétés mes coordonnées ont été transmises (plateforme, paiement, comptable, autre) ?

Merci,
Thomas
""", to="c", html="alt"),

R("fr-acc-sms-questionnaire", ["access"],
  ("Mel", "melodie.ganne@gmail.com"),
  "questionnaire",
  """bjr c possible d avoir une copie de mes reponses au questionnaire du bilan ? jlai rempli en ligne en sept et jai pas gardé. merci bcp !!

Envoyé de mon iPhone
""", to="c", cte="8bit", headers={"X-Mailer": "iPhone Mail (22C152)"}, mid="gmail"),

# NEAR-LINE: written by the daughter but dictated word for word and signed by the data subject herself: her own request.
R("fr-acc-dictee-maman-dossier", ["access"],
  ("Valérie Moulin", "valerie.moulin@sfr.fr"),
  "message de Mme Simone Moulin",
  """Bonjour,

J'écris de la part de ma mère, Simone Moulin, qui a du mal avec l'ordinateur et ses yeux. Elle est à côté de moi et me dicte ce qui suit.

« Madame, j'ai fait vos séances de sophrologie pendant un an quand j'étais veuve depuis peu. Je voudrais recevoir une copie de mon dossier, tout ce que vous avez écrit sur moi, par la poste si possible. Simone Moulin, 14 rue de la Sous-Préfecture, Issoudun. »

Je vous remercie pour elle.
Valérie Moulin
""", to="o", cte="quoted-printable"),

R("fr-acc-suisse-dossier", ["access"],
  ("Jean-Daniel Pittet", "jd.pittet@bluewin.ch"),
  "Consultation de mon dossier",
  """Madame,

J'ai suivi votre formation en ligne « Se reconvertir après 50 ans » l'an passé depuis Yverdon-les-Bains.

Je vous saurais gré de me faire parvenir, dans les meilleurs délais, un relevé complet des données personnelles que vous détenez à mon sujet, y compris les éventuelles notes prises lors de nos deux entretiens par visioconférence.

En vous remerciant d'avance, je vous prie de recevoir, Madame, mes salutations les meilleures.

Jean-Daniel Pittet
Rue du Four 8
1400 Yverdon-les-Bains
Suisse
""", to="c", html="alt", cte="base64", mid="plain",
  headers={"User-Agent": "Mozilla Thunderbird"}),

R("fr-acc-avocat-mandat", ["access"],
  ("Maître Camille Rondeau", "c.rondeau@rondeau-avocat.fr"),
  "Mme Sylvie ARNOULT - demande de communication de données",
  """Madame,

J'interviens en qualité de conseil de Madame Sylvie ARNOULT, domiciliée 22 rue Danton à Châteauroux, qui m'a donné mandat à cet effet (mandat signé joint).

Au nom et pour le compte de ma cliente, et en application de l'article 15 du RGPD, je vous demande de me communiquer une copie de l'intégralité des données personnelles la concernant, en ce compris les comptes rendus de séances, questionnaires et échanges écrits, dans le délai d'un mois prévu par le texte.

Je vous prie de croire, Madame, en l'assurance de mes salutations distinguées.

Camille Rondeau
Avocate au Barreau de Châteauroux
15 rue de la République - 36000 Châteauroux

Ce courriel est couvert par le secret professionnel.
""", to="o", html="alt", cte="quoted-printable",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  attach=[("pdf", "Mandat_ARNOULT_signe.pdf",
           ["MANDAT", "Je soussignee Sylvie ARNOULT donne mandat a Maitre Camille Rondeau",
            "pour exercer en mon nom mes droits d'acces aupres de Floraison de Soi."])]),

R("fr-acc-formulaire-site", ["access"],
  ("Floraison de Soi - Formulaire de contact", "wordpress@floraisondesoi.fr"),
  "[Floraison de Soi] Nouveau message de Régine Aubry",
  """Nom : Régine Aubry
E-mail : regine.aubry54@gmail.com
Téléphone : 06 33 18 72 09
Sujet : Mes données

Message :
Bonjour, j'ai participé à un atelier il y a quelques années et je voudrais savoir quelles données vous avez encore sur moi. Vous pouvez me répondre par mail. Merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", to="c", cte="8bit",
  headers={"Reply-To": "Régine Aubry <regine.aubry54@gmail.com>", "X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.1"}),

R("fr-acc-ancien-stagiaire-fiche", ["access"],
  ("Karim Benali", "karim.benali@laposte.net"),
  "Résultats de mon test de positionnement",
  """Bonjour Madame,

J'ai suivi votre formation de formateur occasionnel en mars, financée par mon employeur. Au début vous nous aviez fait passer un test de positionnement et une grille d'auto-évaluation, et à la fin une évaluation des acquis.

Est-ce que je pourrais avoir une copie de mes résultats à ces trois tests ? Mon entreprise ne me les a jamais transmis.

Merci et bonne journée,
Karim Benali
""", to="c", date="2025-05-27 12:48", cte="quoted-printable"),

# ------------------------------------------------------------------ erasure
R("fr-era-oneliner", ["erasure"],
  ("Cédric Lamarque", "cedric.lamarque@gmail.com"),
  "suppression",
  """Supprimez mon compte et toutes mes données. Merci.
C. Lamarque
""", date="2025-03-08 21:47", to="c", cte="8bit"),

R("fr-era-objet-seul", ["erasure"],
  ("Ginette Roblin", "ginette.roblin@orange.fr"),
  "Suppression de mes données personnelles svp",
  "", to="o", cte="7bit"),

R("fr-era-vieux-monsieur-ordinateur", ["erasure"],
  ("ANDRE PICHON", "andre.pichon36@wanadoo.fr"),
  "MADAME DELOMENIE",
  """BONJOUR MADAME

JE VOUDRAI QUE VOUS M EFFACER DE VOS ORDINATEUR COMPLETEMENT , J AI PLUS L AGE POUR TOUT CA ET MON FILS DIT QUE C EST MIEUX .

SALUTATION
ANDRE PICHON
ISSOUDUN
""", date="2025-07-21 14:05", to="o", cte="7bit"),

R("fr-era-question-polie", ["erasure"],
  ("Isabelle Fournier", "isabelle.fournier@icloud.com"),
  "Petite demande",
  """Bonjour Sandra,

J'espère que vous allez bien. J'ai beaucoup apprécié nos échanges l'an dernier mais je tourne la page de cette période et j'aimerais faire un peu de ménage dans ma vie numérique.

Pourriez-vous supprimer les données que vous avez me concernant ?

Je vous souhaite une belle continuation,
Isabelle
""", to="c", html="alt", headers={"X-Mailer": "Apple Mail (2.3826.200.121)"}),

R("fr-era-mere-fils-atelier-ados", ["erasure"],
  ("Sandrine Collet", "sandrine.collet@yahoo.fr"),
  "Données de mon fils Mathis",
  """Bonjour,

Mon fils Mathis (14 ans) a participé à l'atelier « Gérer son stress avant le brevet » en mai. L'atelier est terminé et nous n'avons pas prévu de suite.

Je vous demande de supprimer toutes les informations que vous avez sur lui : fiche d'inscription, numéro de portable, réponses au questionnaire et photos s'il y en a.

Merci de me confirmer quand ce sera fait.

Sandrine Collet, sa maman
""", to="c", date="2025-06-30 21:10", cte="quoted-printable"),

R("fr-era-belge", ["erasure"],
  ("Marc Vandenberghe", "marc.vandenberghe@telenet.be"),
  "Effacement de mes données",
  """Bonjour Madame,

J'avais suivi votre webinaire sur la gestion du temps il y a deux ans, depuis Namur. Je ne m'en sers plus et je préfère que vous n'ayez plus rien sur moi.

Voudriez-vous bien effacer l'ensemble de mes données personnelles de vos fichiers et de votre plateforme ? Je vous en remercie.

Bien à vous,
Marc Vandenberghe
""", to="c", html="alt", cte="quoted-printable"),

# NEAR-LINE: written above a quoted newsletter, but asks to delete the whole file, not just to stop the mailing: erasure.
R("fr-era-au-dessus-newsletter", ["erasure"],
  ("Brigitte Auclair", "brigitte.auclair@sfr.fr"),
  "RE: La lettre de Floraison de Soi - Mars",
  """Bonjour,
Merci de supprimer définitivement ma fiche et tout ce que vous conservez à mon nom, je n'ai plus de lien avec votre activité.
B. Auclair
""", to="c", html="alt", cte="quoted-printable",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  quote=dict(style="outlook_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", days=2,
             text="""Le printemps arrive, et avec lui l'envie de se remettre en mouvement.

Ce mois-ci :
- Atelier « Marcher en conscience » le samedi 22 au bord de la Théols
- Nouveau cercle de femmes le jeudi soir
- Rediffusion du webinaire « Apprivoiser le changement »

À très vite,
Sandra

Pour ne plus recevoir cette lettre, cliquez ici.""")),

R("fr-era-formulaire-site", ["erasure"],
  ("Floraison de Soi - Formulaire de contact", "wordpress@floraisondesoi.fr"),
  "[Floraison de Soi] Nouveau message de Loïc Berthon",
  """Nom : Loïc Berthon
E-mail : loic.berthon@outlook.fr
Téléphone :
Sujet : Autre demande

Message :
bonjour, je souhaite que mes données soient effacées de chez vous (inscription webinaire janvier + compte plateforme). cordialement

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", to="c", cte="quoted-printable",
  headers={"Reply-To": "loic.berthon@outlook.fr", "X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.1"}),

R("fr-era-euphemisme-trace", ["erasure"],
  ("Élodie M.", "elodie.marchand.36@gmail.com"),
  "Tourner la page",
  """Bonsoir Sandra,

Vous m'avez accompagnée dans une période très sombre, et je vous en serai toujours reconnaissante. Aujourd'hui je vais mieux et j'ai besoin de tourner la page complètement.

Ce que je vous demande est un peu particulier : j'aimerais qu'il ne reste plus aucune trace de mon passage chez vous, ni mes écrits, ni mes coordonnées, ni les comptes rendus.

Merci pour tout,
Élodie
""", to="o", html="alt"),

R("fr-era-plus-mon-nom", ["erasure"],
  ("Corinne Delage", "corinne.delage@hotmail.fr"),
  "Mon dossier",
  """Madame,

Suite aux événements de cette année (séparation, déménagement, changement de travail), je ne souhaite plus que mon nom figure où que ce soit chez vous. Merci d'effacer tout mon dossier, y compris mes coordonnées et mes échanges avec vous.

Corinne Delage
""", to="c", cte="base64"),

R("fr-era-systemeio-compte-donnees", ["erasure"],
  ("Julien Perrin", "julien.perrin@gmail.com"),
  "Compte plateforme formation",
  """Bonjour,

Pouvez-vous supprimer mon compte sur votre plateforme de formation (Systeme.io) ainsi que toutes les données associées : progression, réponses aux exercices, historique de paiement dans la mesure où la loi le permet.

Bonne journée,
Julien Perrin
""", to="c", html="alt", cte="quoted-printable"),

# NEAR-LINE: typed by a neighbour, but dictated and signed by the client himself: his own erasure request.
R("fr-era-dictee-voisine", ["erasure"],
  ("Sylvie Gauthier", "sylvie.gauthier36@orange.fr"),
  "Pour M. Marcel Aubert, mon voisin",
  """Madame,

Monsieur Marcel Aubert, mon voisin de 88 ans, n'a pas internet et m'a demandé de vous écrire de chez moi. Il me dicte :

« Je ne viendrai plus aux ateliers de mémoire, mes jambes ne suivent plus. Je vous demande de détruire ma fiche et tous mes papiers chez vous. Marcel Aubert, 3 rue du Bât-le-Tan, Issoudun. »

Il signera une lettre si vous en avez besoin, il suffit de me le dire.

Sylvie Gauthier
""", to="o", cte="8bit"),

]
