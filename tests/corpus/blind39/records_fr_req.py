"""French-language requests (rights non-empty)."""
from common import R, Q, SANDRA, SANDRA_ORANGE, NEWSLETTER_FR

RECORDS = [

# ------------------------------------------------------------------ access
R("fr-acc-formal-art15", "fr", ["access"],
  "Odile Marchais <odile.marchais@laposte.net>",
  "Demande d'accès à mes données personnelles (article 15 RGPD)",
  """Madame,

En application de l'article 15 du Règlement général sur la protection des données (RGPD),
je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous détenez ;
- les finalités des traitements ;
- les destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée.

J'ai suivi un accompagnement individuel avec vous entre mars et juin 2024 puis l'atelier
"Confiance en soi" de novembre. Vous trouverez ci-joint une copie de ma pièce d'identité.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre à cette demande.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Odile Marchais
12 rue Porte Neuve
36100 Issoudun""",
  att=[("pdf", "CNI_Marchais_recto_verso.pdf", "Copie CNI - Odile Marchais - document reserve a la demande RGPD")]),

R("fr-acc-poli-quelles-infos", "fr", ["access"],
  "Nathalie Gervais <nath.gervais36@orange.fr>",
  "petite question",
  """Bonjour Sandra,

J'espère que vous allez bien. Je repensais à notre accompagnement de l'an dernier
(qui m'a beaucoup aidée, je ne vous le dirai jamais assez).

Pourriez-vous m'indiquer quelles informations vous conservez sur moi depuis ? Je fais
un peu de tri dans ma vie numérique et j'aimerais savoir ce qui traîne où.

Merci d'avance et à bientôt peut-être pour un atelier,
Nathalie"""),

# NEAR-LINE: non-client asking where his number came from -> access (source of data)
R("fr-acc-source-numero", "fr", ["access"],
  "Gilles Perrotin <gperrotin@free.fr>",
  "Votre SMS de ce matin",
  """Bonjour,

J'ai reçu ce matin un SMS m'invitant à votre atelier "gestion du stress". Je ne vous
connais pas et je n'ai jamais été votre client.

D'où tenez-vous mon numéro de portable ? Je veux savoir qui vous l'a donné.

G. Perrotin"""),

R("fr-acc-partage-naturopathe", "fr", ["access"],
  "Hélène Vasseur <helene.vasseur@gmail.com>",
  "Transmission de mes coordonnées ?",
  """Bonjour Madame Delomenie,

La semaine dernière j'ai été appelée par une naturopathe de Châteauroux qui m'a dit
"venir de votre part". Je ne lui ai jamais donné mon numéro.

Avez-vous transmis mes coordonnées à d'autres personnes ou à des partenaires ? Si oui,
à qui exactement ? J'aimerais avoir la liste.

Cordialement,
Hélène Vasseur

Envoyé de mon iPhone"""),

R("fr-acc-sms-tout", "fr", ["access"],
  "Lou <lou.bzh22@gmail.com>",
  "coucou",
  """slt sandra cv ? c possible davoir tt ce ke ta sur moi ds ton fichier? genre mes notes de seance aussi, les questionnaires tt ca. merci bcp 🙏

Envoyé depuis mon Galaxy"""),

R("fr-acc-belge-notes", "fr", ["access"],
  "Anne-Sophie Delvaux <as.delvaux@skynet.be>",
  "Demande de copie de mon dossier",
  """Madame,

J'ai suivi votre formation à distance "Devenir praticienne en développement personnel"
en 2024 depuis Namur.

Je souhaiterais recevoir une copie de mes notes de séances de supervision ainsi que de
toutes les données me concernant que vous avez conservées (fiches d'inscription,
évaluations, échanges).

Je vous remercie d'avance et vous prie de croire, Madame, en l'assurance de ma
considération distinguée.

Bien à vous,
Anne-Sophie Delvaux
Rue de Fer 41
5000 Namur""",
  shape="qp"),

# NEAR-LINE: buried "récupérer tout ce que vous avez gardé" with no format/transfer -> access, not portability
R("fr-acc-long-enfoui", "fr", ["access"],
  "Martine Roux <martine.roux58@wanadoo.fr>",
  "Des nouvelles de Martine",
  """Bonjour Sandra,

Cela fait un moment que je voulais vous écrire. Depuis nos séances de l'automne 2023,
beaucoup de choses ont bougé : j'ai enfin quitté ce poste à la mairie qui m'épuisait,
je me suis inscrite à une formation de sophrologie (vous aviez vu juste, c'était en moi
depuis longtemps) et ma fille est revenue vivre près de chez nous. Mon mari dit que je
ne suis plus la même, dans le bon sens du terme !

Je relis parfois le carnet que vous m'aviez conseillé de tenir. D'ailleurs, j'aimerais
bien récupérer tout ce que vous avez gardé me concernant de votre côté : les comptes
rendus de séance, les questionnaires du début, le bilan final, tout ce que vous avez
dans vos dossiers. Ça m'aiderait à mesurer le chemin parcouru et à préparer mon mémoire.

Sinon, est-ce que vous organisez toujours les balades-coaching au bord de la Théols ?
J'en garde un souvenir merveilleux. Je passerai peut-être vous voir au printemps.

Je vous embrasse,
Martine"""),

R("fr-acc-reponse-newsletter", "fr", ["access"],
  "Pierre-Yves Lemaître <py.lemaitre@outlook.fr>",
  "Re: Le printemps de Floraison de Soi 🌸",
  """Bonjour,

Avant toute chose je voudrais savoir quelles données vous avez sur moi et qui y a accès.
Je ne me souviens pas de m'être inscrit.

PY Lemaître""",
  quote=Q("gmail_fr", "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
          "Le printemps de Floraison de Soi 🌸", NEWSLETTER_FR)),

R("fr-acc-avocat-mandat", "fr", ["access"],
  "Maître Caroline Aubry <c.aubry@aubry-avocat.fr>",
  "Droit d'accès - Mme Sylvie Ranger - N/Réf. 25/0184",
  """Madame,

Je suis le conseil de Madame Sylvie Ranger, qui a participé à vos séances de coaching
professionnel financées par son ancien employeur au cours de l'année 2024.

Agissant en vertu du mandat ci-joint, je vous saisis, pour le compte de ma cliente,
d'une demande d'accès au titre de l'article 15 du RGPD. Je vous remercie de m'adresser
une copie de l'intégralité des données personnelles de Mme Ranger détenues par vos
soins, quel qu'en soit le support (dossiers Google Drive, messagerie, comptes rendus
éventuellement transmis à l'employeur), ainsi que l'indication des destinataires.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Caroline Aubry
Avocate au Barreau de Bourges
8 rue Moyenne - 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
S'il ne vous est pas destiné, merci de le détruire et d'en avertir l'expéditeur.""",
  att=[("pdf", "Mandat_Ranger_signe.pdf", "Mandat - Mme Sylvie Ranger donne mandat a Me Caroline Aubry pour exercer ses droits RGPD")],
  shape="alt"),

R("fr-acc-parent-mineure", "fr", ["access"],
  "Stéphanie Bourdin <steph.bourdin@sfr.fr>",
  "Atelier ados - données de ma fille",
  """Bonjour Madame,

Ma fille Inès (14 ans) a participé à votre atelier "Confiance en soi pour les ados" en
juillet. En tant que maman, je souhaiterais savoir quelles informations vous avez
gardées sur elle : fiche d'inscription, réponses aux questionnaires, photos prises
pendant l'atelier...

Pouvez-vous me les envoyer ?

Merci,
Stéphanie Bourdin (maman d'Inès)"""),

R("fr-acc-html-outlook", "fr", ["access"],
  "Bernard Caillaud <bernard.caillaud@hotmail.fr>",
  "demande",
  """Madame,

Je vous demande la communication de l'ensemble des données personnelles me concernant
figurant dans vos fichiers, suite à la formation "Prise de parole" suivie en 2023.

Salutations.
B. Caillaud""",
  shape="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-family:"Calibri",sans-serif;}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Madame,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je vous demande la communication de l'ensemble des données personnelles me concernant figurant dans vos fichiers, suite à la formation «&nbsp;Prise de parole&nbsp;» suivie en 2023.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Salutations.<o:p></o:p></p>
<p class="MsoNormal">B. Caillaud<o:p></o:p></p>
</div></body></html>
""",
  hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-acc-quebec-zoom", "fr", ["access"],
  "Marie-Ève Tremblay <marieeve.tremblay@videotron.ca>",
  "Mon dossier",
  """Allo Sandra!

J'espère que tout va bien de l'autre bord! J'aimerais avoir une copie de mon dossier au
complet svp, incluant les enregistrements de nos rencontres Zoom si tu les as encore.
Je suis en train de faire mon bilan de l'année pis ça m'aiderait vraiment.

Merci beaucoup, bonne journée!
Marie-Ève"""),

R("fr-acc-relance-transfert", "fr", ["access"],
  "Francis Moreau <francis.moreau@laposte.net>",
  "TR: Demande de copie de mes données - 2e envoi",
  """Madame,

Je vous renvoie ci-dessous ma demande du mois dernier, restée sans réponse à ce jour.
Merci d'y donner suite rapidement.

F. Moreau""",
  fwd=Q("outlook_fr", "Francis Moreau <francis.moreau@laposte.net>",
        "Demande de copie de mes données",
        """Madame Delomenie,

Je souhaite obtenir une copie de toutes les données personnelles que vous détenez à mon
sujet (inscription aux ateliers, paiements, échanges de mails).

Cordialement,
Francis Moreau""", to="contact@floraisondesoi.fr")),

R("fr-acc-suisse-destinataires", "fr", ["access"],
  "Céline Rochat <celine.rochat@bluewin.ch>",
  "Question concernant mes données",
  """Bonjour Madame,

J'ai acheté votre cours en ligne "Apprivoiser ses émotions" l'an passé. Pourriez-vous
me dire quelles données me concernant sont enregistrées chez vous et à quels
prestataires elles ont été transmises (plateforme de cours, paiement, etc.) ?

Avec mes meilleures salutations,
Céline Rochat
Lausanne"""),

# ------------------------------------------------------------------ rectification
R("fr-rect-nouveau-portable", "fr", ["rectification"],
  "Josiane Lefèvre <josiane.lefevre@orange.fr>",
  "changement de numéro",
  """Bonjour Sandra

Mon numéro a changé, le nouveau c'est le 06 71 22 90 14. Pouvez-vous remplacer l'ancien
dans votre fichier, l'autre ne marche plus.

Merci beaucoup
Josiane"""),

R("fr-rect-nouvelle-adresse-mail", "fr", ["rectification"],
  "Marie Thibault <marie.thibault.36@gmail.com>",
  "Nouvelle adresse mail",
  """Bonjour,

Je n'utilise plus mon ancienne adresse marie.thibault@wanadoo.fr. Merci de la remplacer
par celle-ci (marie.thibault.36@gmail.com) pour tous vos envois et dans votre
fichier clients.

Bonne journée,
Marie Thibault"""),

R("fr-rect-nom-mariage", "fr", ["rectification"],
  "Claire Fontvieille <claire.fontvieille@gmail.com>",
  "Changement de nom",
  """Bonjour Sandra,

Petite mise à jour administrative : suite à mon mariage cet été, je m'appelle
désormais Claire Fontvieille (anciennement Claire Berthier). Pourriez-vous mettre à jour
ma fiche chez vous et sur la plateforme de formation ?

Merci et à jeudi !
Claire"""),

R("fr-rect-demenagement", "fr", ["rectification"],
  "Raymond Guérin <raymond.guerin@wanadoo.fr>",
  "DEMENAGEMENT",
  """Madame

J AI DEMENAGE. MA NOUVELLE ADRESSE EST :
14 RUE DES TANNEURS
36100 ISSOUDUN

MERCI DE CORRIGER DANS VOS PAPIERS ET VOTRE ORDINATEUR L ANCIENNE ADRESSE DE LA RUE
DE LA REPUBLIQUE N EST PLUS BONNE

RAYMOND GUERIN"""),

R("fr-rect-bilan-faux", "fr", ["rectification"],
  "Sabrina Koné <sabrina.kone@yahoo.fr>",
  "Erreurs dans mon bilan",
  """Bonjour Madame Delomenie,

En relisant le compte rendu de mon bilan de compétences que vous m'avez envoyé, j'ai vu
deux erreurs : ma date de naissance est le 17/03/1986 (et non le 17/08/1986) et je suis
aide-soignante, pas infirmière.

Pouvez-vous rectifier ces informations dans mon dossier s'il vous plaît ?

Cordialement,
Sabrina Koné"""),

R("fr-rect-sms-num", "fr", ["rectification"],
  "Léa M <lea.mrtn@icloud.com>",
  "",
  """coucou cest lea ! jai changer de num : 07 68 45 12 03. tu peux mettre a jour stp jvoudrais pas rater les rappels des ateliers 😅

Envoyé de mon iPhone"""),

R("fr-rect-suisse-orthographe", "fr", ["rectification"],
  "Urs Zürcher <urs.zuercher@bluewin.ch>",
  "Orthographe de mon nom",
  """Bonjour Madame,

Mon nom est systématiquement écrit "Zurcher" dans vos courriels et sur la plateforme
de cours. La bonne orthographe est Zürcher (avec tréma). Pourriez-vous rectifier cela
dans vos fichiers ?

Meilleures salutations,
Urs Zürcher""",
  shape="qp"),

R("fr-rect-adresse-facturation-reponse", "fr", ["rectification"],
  "Isabelle Vernier - Atelier Vernier <compta@ateliervernier.fr>",
  "RE: Facture FDS-2025-041",
  """Bonjour,

Bien reçu, merci. Par contre l'adresse que vous avez pour moi n'est plus la bonne :
j'ai déménagé au 3 allée des Cèdres, 18000 Bourges. Pouvez-vous modifier mes
coordonnées dans votre base pour la suite ?

Cordialement,
Isabelle Vernier
Gérante - Atelier Vernier
Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le supprimer.""",
  quote=Q("outlook_fr", SANDRA, "Facture FDS-2025-041",
          """Bonjour Madame Vernier,

Veuillez trouver ci-joint la facture correspondant à votre accompagnement de mai.

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", to="Mme Vernier <compta@ateliervernier.fr>")),

R("fr-rect-html-profession", "fr", ["rectification"],
  "Agnès Pellerin <agnes.pellerin@free.fr>",
  "Mise à jour de mes informations",
  """Bonjour Sandra,

Sur la plateforme de formation, mon profil indique encore "Lyon" et mon ancien numéro
(04 78 ...). J'habite maintenant à Vierzon et mon numéro est le 06 45 87 21 90.
Merci de corriger !

Agnès""",
  shape="alt_qp"),

R("fr-rect-mail-pro", "fr", ["rectification"],
  "Thomas Bérard <t.berard@mairie-vatan.fr>",
  "Changement d'adresse email",
  """Bonjour Madame,

Je quitte mes fonctions à la mairie de Vatan à la fin du mois. Merci de remplacer cette
adresse par mon adresse personnelle, thomas.berard@gmail.com, pour la suite de la
formation.

Cordialement,
Thomas Bérard
Secrétaire de mairie - Mairie de Vatan
Ce courriel et ses pièces jointes sont confidentiels."""),

# ------------------------------------------------------------------ erasure
R("fr-era-formel-art17", "fr", ["erasure"],
  "Dominique Arnaud <dominique.arnaud@laposte.net>",
  "Demande d'effacement - article 17 RGPD",
  """Madame,

Conformément à l'article 17 du RGPD, je vous demande de procéder à l'effacement de
l'ensemble des données à caractère personnel me concernant, dans tous vos fichiers et
outils (y compris chez vos sous-traitants), et de m'en confirmer la réalisation par écrit.

Je vous remercie par avance.

Dominique Arnaud"""),

R("fr-era-poli-plus-cliente", "fr", ["erasure"],
  "Véronique Pasquier <vero.pasquier@gmail.com>",
  "Mes données",
  """Bonjour Sandra,

Pourriez-vous supprimer mes données s'il vous plaît ? Je ne suis plus cliente depuis
longtemps et je préfère ne pas laisser traîner mes informations.

Merci beaucoup et bonne continuation,
Véronique"""),

R("fr-era-compte-plateforme", "fr", ["erasure"],
  "Kevin Robin <kevin.robin86@hotmail.com>",
  "suppression compte",
  """Bonjour,

Supprimez mon compte sur votre plateforme de formation et toutes les données qui vont
avec (nom, mail, progression, paiements si possible).

Kevin"""),

R("fr-era-sms-tout", "fr", ["erasure"],
  "Jess <jessdu36@gmail.com>",
  "Re:",
  """svp effacez tt ce ke vous avez sur moi merci"""),

R("fr-era-objet-seul", "fr", ["erasure"],
  "Yvette Chabot <yvette.chabot@orange.fr>",
  "suppression de mes données personnelles svp",
  """Envoyé de mon iPhone"""),

R("fr-era-notes-detruites", "fr", ["erasure"],
  "Laurence Dumas <laurence.dumas@proton.me>",
  "Mes notes de séances",
  """Bonjour Sandra,

Je vous écris un peu à contrecœur. Nous avons arrêté nos séances en février et j'ai
beaucoup réfléchi depuis. Je voudrais que mes notes de séances soient détruites, ainsi
que les enregistrements audio si vous en avez. Je n'ai plus envie que tout ça existe
quelque part.

Ce n'est pas contre vous, vraiment.
Laurence"""),

R("fr-era-belge-effacer", "fr", ["erasure"],
  "Jean-Marc Lambotte <jm.lambotte@skynet.be>",
  "Effacement de mes données",
  """Madame,

Je vous saurais gré de bien vouloir effacer l'ensemble des données me concernant de vos
fichiers, y compris sur votre plateforme de cours en ligne et chez Stripe dans la mesure
du possible. Je n'ai plus l'utilité de vos services.

Bien à vous,
Jean-Marc Lambotte
Liège"""),

R("fr-era-parent-ado", "fr", ["erasure"],
  "Fabrice Naudin <fabrice.naudin@gmail.com>",
  "Données de mon fils Noah",
  """Bonjour Madame,

Mon fils Noah (15 ans) a suivi votre atelier "Gérer le stress des examens" au printemps.
Avec sa mère, nous souhaitons que toutes les données le concernant (fiche d'inscription,
questionnaire, adresse mail, photos éventuelles) soient supprimées de vos fichiers.

Nous sommes ses deux représentants légaux.

Cordialement,
Fabrice Naudin"""),

R("fr-era-aucune-trace", "fr", ["erasure"],
  "Isabelle Ferrand <isa.ferrand@free.fr>",
  "Fin de notre collaboration",
  """Bonjour Sandra,

Comme je vous l'ai dit au téléphone, je préfère arrêter là notre travail ensemble.
J'aimerais aussi qu'il ne reste aucune trace de mon passage chez vous : ni fiche, ni
mails, ni notes, rien. Vous comprenez, j'espère, c'est une période compliquée pour moi
et j'ai besoin de tourner la page proprement.

Merci pour tout,
Isabelle"""),

R("fr-era-b64-formation", "fr", ["erasure"],
  "Aurélie Caron <aurelie.caron@sfr.fr>",
  "Formation 2023 - mes informations",
  """Bonjour Madame Delomenie,

J'ai suivi votre formation « Animer un atelier de développement personnel » en 2023.
Je souhaite que vous supprimiez toutes mes données personnelles : inscription,
attestation, évaluations, et mon adresse de vos listes.

Je vous joins ma pièce d'identité pour prouver que c'est bien moi.

Cordialement,
Aurélie Caron""",
  shape="b64",
  att=[("jpg", "IMG_20250312_094512.jpg", "photo piece identite Aurelie Caron")]),

R("fr-era-oubli", "fr", ["erasure"],
  "Romain Deschamps <romain.deschamps@gmail.com>",
  "droit à l'oubli",
  """Bonjour,

J'exerce mon droit à l'oubli : merci d'effacer mes données de tous vos fichiers.

Romain Deschamps"""),

R("fr-era-quebec-effacer", "fr", ["erasure"],
  "Geneviève Côté <genevieve.cote@hotmail.ca>",
  "Retrait de mes infos",
  """Bonjour Sandra,

Je ne ferai pas d'autre formation finalement, donc j'aimerais que tu effaces mes infos
de ton système au complet (compte, courriels, paiement, tout). Merci de me confirmer
quand c'est fait.

Bonne fin de semaine!
Geneviève"""),

# ------------------------------------------------------------------ restriction
# NEAR-LINE: contests accuracy + asks to pause use -> restriction only (not rectification)
R("fr-res-conteste-compte-rendu", "fr", ["restriction"],
  "Olivier Sauvage <olivier.sauvage@orange.fr>",
  "Compte rendu transmis à mon employeur",
  """Madame,

Je conteste les informations figurant dans le compte rendu de coaching qui a été
transmis à mon employeur. Plusieurs éléments ne correspondent pas à ce que j'ai dit en
séance.

En attendant que nous en parlions, je vous demande de ne plus utiliser ces informations
ni de les transmettre à qui que ce soit.

Olivier Sauvage"""),

R("fr-res-prudhommes", "fr", ["restriction"],
  "Nadia Benali <nadia.benali@gmail.com>",
  "Important - ne rien supprimer",
  """Bonjour Sandra,

Je suis en litige avec mon ancien employeur (le coaching que j'ai fait avec vous était
dans ce cadre). Mon avocate m'a conseillé de vous demander de ne surtout rien supprimer
me concernant pour l'instant, car j'en aurai peut-être besoin pour mon dossier aux
prud'hommes.

Par contre je vous demande de ne plus les utiliser ni les partager d'ici là.

Merci de votre compréhension,
Nadia"""),

R("fr-res-geler", "fr", ["restriction"],
  "Christine Lemoine <christine.lemoine@laposte.net>",
  "Mes données",
  """Bonjour,

Je vous demande de geler mes données le temps que je réfléchisse à la suite à donner.
Ne les supprimez pas, mais ne vous en servez plus, ni pour les mails ni pour autre chose.

Christine Lemoine"""),

R("fr-res-formel-art18", "fr", ["restriction"],
  "Patrick Vidal <patrick.vidal@wanadoo.fr>",
  "Demande de limitation du traitement - art. 18 RGPD",
  """Madame,

Par la présente, j'exerce mon droit à la limitation du traitement prévu à l'article 18
du RGPD. Je conteste en effet l'exactitude de certaines données figurant dans mon
dossier (notamment l'évaluation de fin de formation).

Pendant la durée de vérification, je vous demande de limiter le traitement de
l'ensemble de mes données à leur seule conservation.

Veuillez agréer, Madame, mes salutations distinguées.

Patrick Vidal""",
  att=[("pdf", "courrier_limitation_Vidal.pdf", "Patrick Vidal - demande de limitation du traitement art. 18 RGPD")]),

R("fr-res-sms-mutuelle", "fr", ["restriction"],
  "Sarah Lopes <sarah.lopes@gmail.com>",
  "mes infos",
  """bjr sandra, svp nutilisez plus mes infos pr linstant mais effacez pas jen ai besoin pr ma mutuelle (remboursement des seances). merci

Sarah"""),

R("fr-res-suspendre-belge", "fr", ["restriction"],
  "Marc Dubois <marc.dubois@telenet.be>",
  "Suspension",
  """Madame,

Suite à notre différend concernant la facturation, je vous prie de suspendre tout
traitement de mes données personnelles autre que leur conservation jusqu'à ce que
nous ayons trouvé une solution. Merci de ne pas les effacer non plus, elles pourraient
servir de preuve.

Bien à vous,
Marc Dubois"""),

# NEAR-LINE: "ne plus les exploiter (ni enquêtes ni relances)" + "ne les supprimez pas" while checking accuracy -> restriction only, not objection
R("fr-res-reponse-relance", "fr", ["restriction"],
  "Élodie Garnier <elodie.garnier@gmail.com>",
  "Re: Votre avis compte pour moi !",
  """Bonjour,

Je ne réponds pas à l'enquête. Par contre, je vous demande de mettre mes données de côté
et de ne plus les exploiter pour le moment (ni enquêtes ni relances), le temps que je
vérifie ce qui est exact dans ce que vous avez noté sur moi. Ne les supprimez pas.

Élodie""",
  quote=Q("gmail_fr", "Sandra - Floraison de Soi <contact@floraisondesoi.fr>", "Votre avis compte pour moi !",
          """Bonjour Élodie,

Vous avez participé à l'un de mes accompagnements : pourriez-vous prendre 3 minutes
pour répondre à ce petit questionnaire de satisfaction ?

Merci infiniment,
Sandra""")),

R("fr-res-ne-pas-utiliser-questionnaire", "fr", ["restriction"],
  "Yannick Prévost <yannick.prevost@free.fr>",
  "Résultats du test de personnalité",
  """Bonjour Madame Delomenie,

Les résultats de mon test de personnalité (profil "introverti anxieux") me semblent
inexacts, j'ai rempli le questionnaire à un moment très difficile. Je vous demande de
ne pas vous en servir pour la suite de l'accompagnement ni de les communiquer tant que
nous n'avons pas revu ce point ensemble.

Cordialement,
Yannick Prévost"""),

# ------------------------------------------------------------------ portability
R("fr-por-csv-nouvelle-coach", "fr", ["portability"],
  "Émilie Vasseur <emilie.vasseur@gmail.com>",
  "Export de mes données",
  """Bonjour Sandra,

Je vais poursuivre mon accompagnement avec une coach plus proche de chez moi (je
déménage à Tours). Pourriez-vous m'envoyer mes données (historique des séances,
réponses aux questionnaires, objectifs) dans un fichier exploitable, type CSV ou Excel,
que je pourrai lui transmettre ?

Merci pour tout ce chemin ensemble !
Émilie"""),

R("fr-por-transfert-direct", "fr", ["portability"],
  "Annick Poirier <annick.poirier@orange.fr>",
  "Transfert de mon dossier",
  """Bonjour Madame,

Merci de transférer directement mon dossier (fiches, questionnaires, bilans) à ma
nouvelle coach, Mme Hélène Riviere, à l'adresse helene.riviere.coaching@gmail.com.
Je lui ai dit que vous alliez le lui envoyer.

Bien cordialement,
Annick Poirier"""),

R("fr-por-formel-art20", "fr", ["portability"],
  "Julien Carpentier <julien.carpentier@proton.me>",
  "Exercice du droit à la portabilité (art. 20 RGPD)",
  """Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre les données
personnelles que je vous ai fournies (formulaires d'inscription, réponses aux
questionnaires en ligne, historique de progression dans les cours Systeme.io) dans un
format structuré, couramment utilisé et lisible par machine.

Cordialement,
Julien Carpentier"""),

R("fr-por-progression-cours", "fr", ["portability"],
  "Sophie Marchand <sophie.marchand@yahoo.fr>",
  "Mes cours en ligne",
  """Bonjour,

Je voudrais récupérer ma progression et mes réponses aux exercices de vos cours en ligne
dans un format que je pourrais importer ailleurs (sur Notion par exemple). Est-ce
possible de me faire un export ?

Merci !
Sophie"""),

R("fr-por-json-jeune", "fr", ["portability"],
  "Maxime <maxime.dev@gmail.com>",
  "export",
  """hello sandra, tu peux m'exporter mes données (inscription, réponses au quiz, historique) en json ou csv ? je me fais un petit dashboard perso de mon développement perso haha. thx !"""),

R("fr-por-reponse-sandra", "fr", ["portability"],
  "Brigitte Lamy <brigitte.lamy@wanadoo.fr>",
  "Re: Fin de notre accompagnement",
  """Bonjour Sandra,

Merci pour ce beau message. Comme j'ai trouvé une coach à Bordeaux pour la suite, est-ce
que vous pourriez lui envoyer directement mon dossier de suivi, dans un format qu'elle
puisse reprendre dans son logiciel ? Son adresse : contact@cabinet-lestelle.fr

Brigitte""",
  quote=Q("apple_fr", SANDRA, "Fin de notre accompagnement",
          """Chère Brigitte,

Nous voici arrivées au terme de nos dix séances. Je tenais à vous dire combien j'ai été
touchée par votre engagement.

Prenez soin de vous,
Sandra""")),

R("fr-por-suisse-tableur", "fr", ["portability"],
  "Nicole Favre <nicole.favre@sunrise.ch>",
  "Données de suivi",
  """Bonjour Madame,

Pourriez-vous m'envoyer mes données de suivi (dates de séances, objectifs, exercices
réalisés) sous forme de tableur afin que je puisse les reprendre dans mon propre outil ?

Meilleures salutations,
Nicole Favre"""),

# ------------------------------------------------------------------ objection
R("fr-obj-desinscrire", "fr", ["objection"],
  "Gérard Blanchard <gerard.blanchard@orange.fr>",
  "désinscription",
  """Désinscrivez-moi de votre newsletter merci"""),

R("fr-obj-stop-sms", "fr", ["objection"],
  "Manon <manon.ptt@gmail.com>",
  "stop",
  """stop sms svp, je recois 3 sms de promo par semaine pour vos ateliers c trop"""),

R("fr-obj-formel-art21", "fr", ["objection"],
  "Hervé Charpentier <herve.charpentier@laposte.net>",
  "Opposition à la prospection commerciale",
  """Madame,

Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins
de prospection commerciale, quel que soit le canal (courriel, SMS, téléphone).

Je vous remercie de prendre en compte cette opposition sans délai.

Hervé Charpentier"""),

R("fr-obj-reponse-newsletter", "fr", ["objection"],
  "Paulette Renaud <paulette.renaud@wanadoo.fr>",
  "RE: Le printemps de Floraison de Soi 🌸",
  """Je ne veux plus recevoir ça. Merci.""",
  quote=Q("outlook_fr", "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
          "Le printemps de Floraison de Soi 🌸", NEWSLETTER_FR, to="paulette.renaud@wanadoo.fr")),

R("fr-obj-offres", "fr", ["objection"],
  "Alain Chevalier <alain.chevalier@gmail.com>",
  "Vos offres",
  """Bonjour,

J'ai acheté une fois votre cours sur le sommeil. Depuis, je reçois des offres toutes
les semaines. Je m'oppose à ce que vous utilisiez mes coordonnées pour m'envoyer de la
publicité ou des promotions.

Alain Chevalier"""),

R("fr-obj-belge-liste", "fr", ["objection"],
  "Françoise Peeters <francoise.peeters@skynet.be>",
  "Liste de diffusion",
  """Bonjour,

Veuillez me retirer de votre liste de diffusion, je ne souhaite plus recevoir vos
courriels d'information.

Bien à vous,
F. Peeters"""),

# NEAR-LINE: "faire le nécessaire pour que ça s'arrête" about weekly mails -> objection (unsubscribe)
R("fr-obj-dame-agee-lien", "fr", ["objection"],
  "Mme Germaine Lucas <germaine.lucas@orange.fr>",
  "vos courriers",
  """Madame

Je recois vos courriels toutes les semaines depuis l atelier de mars et je ne sais pas
comment les arreter. Le lien en bas ne marche pas chez moi, mon petit fils a essayé
aussi. Pouvez vous faire le necessaire pour que ca s arrete.

Je vous remercie
Germaine Lucas"""),

R("fr-obj-reply-to-diff", "fr", ["objection"],
  "Jacques Morel <jacques.morel@free.fr>",
  "Plus de mails SVP",
  """Bonjour,

Merci de ne plus m'envoyer vos mails promotionnels ni la lettre d'information. Répondez
plutôt sur l'adresse de ma femme si besoin, je ne consulte plus celle-ci.

Jacques Morel""",
  reply_to="Famille Morel <famille.morel36@gmail.com>"),

R("fr-obj-quebec-infolettre", "fr", ["objection"],
  "Stéphane Gagnon <stephane.gagnon@videotron.ca>",
  "Infolettre",
  """Bonjour, pouvez-vous m'enlever de votre infolettre svp? Merci!

Stéphane"""),

R("fr-obj-prospection-tel", "fr", ["objection"],
  "Michel Perrin <m.perrin@sfr.fr>",
  "Appels",
  """Madame,

Votre assistante m'a appelé deux fois cette semaine pour me proposer une nouvelle
formation. Je ne souhaite plus être démarché, ni par téléphone ni par mail.

M. Perrin"""),

# ------------------------------------------------------------------ withdraw_consent
R("fr-wc-temoignage-site", "fr", ["withdraw_consent"],
  "Corinne Baudry <corinne.baudry@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,

Je souhaite retirer mon témoignage de votre site internet (celui de la page "Ils
m'ont fait confiance" avec mon prénom et ma ville). Ma situation pro a changé et je
préfère que ça n'apparaisse plus.

Merci de ta compréhension,
Corinne"""),

R("fr-wc-photo-facebook", "fr", ["withdraw_consent"],
  "Sylvie Maréchal <sylvie.marechal@orange.fr>",
  "Photo de l'atelier",
  """Bonjour Sandra,

Pouvez-vous enlever la photo de l'atelier de juin où j'apparais, sur votre page
Facebook et sur le site ? J'avais dit oui sur le moment mais finalement je regrette,
mon ex-mari est tombé dessus.

Merci beaucoup,
Sylvie""",
  quote=Q("apple_fr", SANDRA, "Les photos de l'atelier sont en ligne !", "Bonjour à toutes,\n\nLes photos de notre atelier de juin sont en ligne sur le site et la page Facebook. Merci encore pour ce beau moment !\n\nSandra")),

R("fr-wc-video-formation", "fr", ["withdraw_consent"],
  "Damien Roche <damien.roche@gmail.com>",
  "Vidéo de la formation",
  """Bonjour,

Je retire mon accord pour l'utilisation de l'enregistrement vidéo de la journée de
formation du 12 où je témoigne de mon parcours. Merci de ne plus le diffuser dans vos
contenus ni sur votre chaîne.

Damien Roche"""),

R("fr-wc-questionnaire-livre", "fr", ["withdraw_consent"],
  "Monique Fabre <monique.fabre@laposte.net>",
  "Questionnaire pour votre livre",
  """Madame Delomenie,

J'avais accepté que mes réponses au questionnaire sur la reconversion soient utilisées
(anonymement) pour votre futur livre. Après réflexion, je retire ce consentement : je
ne souhaite plus que mes réponses soient utilisées.

Bien cordialement,
Monique Fabre"""),

R("fr-wc-sms-insta", "fr", ["withdraw_consent"],
  "Inès <ines.lbd@gmail.com>",
  "ma video",
  """dsl sandra mais jveux plus que tu mettes ma vidéo sur insta, tu peux lenlever stp 🙏""",
  hdr={"X-Mailer": "iPhone Mail (22B83)"}),

R("fr-wc-quebec-temoignage", "fr", ["withdraw_consent"],
  "Josée Bouchard <josee.bouchard@gmail.com>",
  "Mon témoignage sur ton site",
  """Salut Sandra,

Finalement je préfère retirer mon témoignage de ta page (pis la photo avec). C'est pas
que j'ai pas aimé, au contraire, mais je suis plus à l'aise. Merci de comprendre!

Josée"""),

R("fr-wc-parent-photo-enfant", "fr", ["withdraw_consent"],
  "Karine Masson <karine.masson@free.fr>",
  "Photo de Léo",
  """Bonjour Madame,

Nous avions signé l'autorisation de droit à l'image pour notre fils Léo (12 ans) lors
de l'atelier parents-enfants. Nous retirons cette autorisation : merci de retirer les
photos où il apparaît de votre site et de vos réseaux.

Karine et David Masson""",
  att=[("pdf", "retrait_autorisation_image_Leo.pdf", "Retrait autorisation droit a l image - Leo Masson - signe par les parents")]),

R("fr-wc-audio-podcast", "fr", ["withdraw_consent"],
  "Henri Clément <henri.clement@wanadoo.fr>",
  "Enregistrement",
  """Bonjour Madame,

Lors de la conférence à la médiathèque vous m'aviez demandé si vous pouviez utiliser
l'enregistrement de mon intervention pour votre podcast. J'ai dit oui mais je reviens
sur ma décision. Merci de ne pas l'utiliser.

Henri Clément"""),

R("fr-wc-reply-temoignage", "fr", ["withdraw_consent"],
  "Laetitia Roussel <laetitia.roussel@gmail.com>",
  "Re: Merci pour votre témoignage !",
  """Coucou Sandra,

Je suis désolée de faire marche arrière mais je préfère finalement que tu n'utilises
pas mon témoignage, ni sur le site ni dans ta brochure. J'étais encore dans l'émotion
de la fin de l'atelier.

Bises,
Laetitia""",
  quote=Q("gmail_fr", SANDRA, "Merci pour votre témoignage !",
          """Chère Laetitia,

Mille mercis pour ce témoignage si touchant ! Comme convenu je le publierai avec votre
prénom sur la page Ateliers.

Belle journée,
Sandra""")),

# ------------------------------------------------------------------ post_mortem
R("fr-pm-fils-maman", "fr", ["post_mortem"],
  "Christophe Labbé <christophe.labbe@gmail.com>",
  "Décès de ma mère, Mme Jeannine Labbé",
  """Bonjour,

Je vous informe du décès de ma mère, Jeannine Labbé, le 3 du mois dernier. Elle avait
suivi plusieurs de vos ateliers et recevait votre lettre d'information.

Pourriez-vous supprimer son compte et arrêter les envois à son adresse
(jeannine.labbe@orange.fr) ? C'est assez douloureux de voir arriver ces mails.

Merci de votre compréhension,
Christophe Labbé"""),

R("fr-pm-notaire", "fr", ["post_mortem"],
  "Office notarial Maître Bertrand <office.bertrand@notaires.fr>",
  "Succession de M. René Giraud - Dossier 2025-0412",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur René Giraud, décédé à
Issoudun.

Dans le cadre de nos opérations, nous vous remercions de bien vouloir nous indiquer si
vous détenez des données ou des sommes au nom du défunt (abonnements en cours,
paiements, avoirs), et de procéder à la clôture de tout compte à son nom.

Vous trouverez ci-joint l'acte de décès.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Bertrand,
Virginie, clerc de notaire
Office notarial Bertrand - 5 place du Sablon - 36100 Issoudun""",
  att=[("pdf", "acte_deces_Giraud_Rene.pdf", "Extrait d acte de deces - Rene Giraud - Issoudun")]),

# NEAR-LINE: living client leaving instructions for her own data after death -> post_mortem only (not erasure)
R("fr-pm-instructions-propres", "fr", ["post_mortem"],
  "Jacqueline Martel <jacqueline.martel@orange.fr>",
  "Une demande un peu particulière",
  """Chère Sandra,

Comme vous le savez, ma maladie ne me laisse plus beaucoup de temps. Je voulais régler
une chose avec vous pendant que j'en ai la force : en cas de décès, je souhaite que mes
notes de séances et tous nos échanges soient détruits, et que ma fille Pauline
(pauline.martel@gmail.com) en soit prévenue. Je ne veux pas qu'elle les lise.

Merci pour ces mois d'accompagnement, ils ont compté plus que vous ne le croyez.

Jacqueline"""),

R("fr-pm-fille-enregistrements", "fr", ["post_mortem"],
  "Aurore Giraud <aurore.giraud@gmail.com>",
  "Papa",
  """Bonjour Madame Delomenie,

Mon père, Alain Giraud, est décédé en août. En rangeant ses affaires j'ai vu qu'il avait
fait un accompagnement avec vous l'an dernier. Serait-il possible d'avoir une copie des
enregistrements ou des notes de vos séances ? Ce serait important pour moi de
comprendre ce qu'il traversait.

Je peux vous envoyer l'acte de décès et le livret de famille si besoin.

Aurore"""),

R("fr-pm-veuve-mails", "fr", ["post_mortem"],
  "Simone Barbier <simone.barbier36@orange.fr>",
  "pour mon mari",
  """Madame,

Mon mari Roger Barbier est décédé en janvier. Il reçoit toujours vos courriels sur son
adresse roger.barbier@orange.fr. Pouvez vous arreter s'il vous plait.

Simone Barbier""",
  shape="8bit"),

R("fr-pm-soeur-sms", "fr", ["post_mortem"],
  "Cindy Laurent <cindy.laurent@hotmail.fr>",
  "ma soeur",
  """bonjour ma soeur Vanessa Laurent est décédée le mois dernier, pouvez vous supprimer son compte de formation svp. merci"""),

# NEAR-LINE: executor asks copy then deletion of a deceased person's data -> post_mortem only
R("fr-pm-executeur", "fr", ["post_mortem"],
  "Bernard Roy <bernard.roy@laposte.net>",
  "Succession de Mme Odette Roy",
  """Madame,

En ma qualité d'exécuteur testamentaire de ma tante, Madame Odette Roy, décédée le
14 février, je vous demande de bien vouloir me faire savoir quelles données vous
conservez à son nom et de me transmettre une copie de ses factures et de son dossier.
Je souhaite ensuite que tout soit effacé.

Vous trouverez en pièces jointes le testament (extrait) et le certificat de décès.

Bernard Roy""",
  att=[("pdf", "certificat_deces_O_Roy.pdf", "Certificat de deces - Odette Roy"),
       ("pdf", "extrait_testament.pdf", "Extrait testament - execution testamentaire confiee a Bernard Roy")]),

R("fr-pm-belge-maman", "fr", ["post_mortem"],
  "Sébastien Janssens <s.janssens@proximus.be>",
  "Décès de ma maman",
  """Bonjour Madame,

C'est avec tristesse que je vous fais savoir que ma maman, Jeanne Janssens, nous a
quittés. Elle suivait votre cours en ligne sur la méditation. Pourriez-vous clôturer son
inscription et faire le nécessaire pour ses données ?

Je vous remercie.
Sébastien Janssens"""),

R("fr-pm-directives-art85", "fr", ["post_mortem"],
  "François Dupuis <francois.dupuis@free.fr>",
  "Directives relatives à mes données après mon décès",
  """Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous fais part de mes
directives particulières relatives au sort de mes données personnelles après mon décès :
- mes comptes rendus de séances devront être supprimés ;
- mon épouse, Mme Anne Dupuis, est désignée pour exercer mes droits et pourra obtenir
  une copie de mes factures.

Je vous remercie d'en prendre note et de m'en accuser réception.

François Dupuis""",
  shape="qp"),

# NEAR-LINE: relative after a death asks removal of testimonial -> post_mortem only (not withdraw_consent)
R("fr-pm-fils-testament-temoignage", "fr", ["post_mortem"],
  "Lucas Meunier <lucas.meunier@gmail.com>",
  "Témoignage de mon père",
  """Bonjour,

Mon père Gilbert Meunier est décédé le mois dernier. Je suis tombé par hasard sur son
témoignage et sa photo sur votre site. La famille préfère qu'ils soient retirés.

Merci d'avance,
Lucas Meunier"""),

R("fr-pm-fwd-deces", "fr", ["post_mortem"],
  "Pascale Hubert <pascale.hubert@orange.fr>",
  "TR: Votre atelier de samedi",
  """Bonjour,

Je vous transfère ce message reçu sur la boîte de mon mari. Il est décédé il y a trois
semaines. Merci de le retirer de vos listes et de supprimer ce que vous avez sur lui.

Pascale Hubert""",
  fwd=Q("outlook_fr", "Sandra - Floraison de Soi <contact@floraisondesoi.fr>", "Votre atelier de samedi",
        """Bonjour Jean-Luc,

Petit rappel : l'atelier "Reprendre son souffle" a lieu samedi de 9h30 à 12h30.
N'oubliez pas votre tapis !

À samedi,
Sandra""", to="jeanluc.hubert@orange.fr")),

# ------------------------------------------------------------------ multi-right
R("fr-m-copie-puis-effacer", "fr", ["access", "erasure"],
  "Delphine Brunet <delphine.brunet@gmail.com>",
  "Mes données personnelles",
  """Bonjour Sandra,

Je voudrais d'abord recevoir une copie de tout ce que vous avez sur moi (notes, mails,
factures, questionnaires), puis que vous effaciez tout une fois que je l'aurai reçu.

Merci,
Delphine"""),

R("fr-m-effacer-temoignage", "fr", ["erasure", "withdraw_consent"],
  "Valérie Gauthier <valerie.gauthier@laposte.net>",
  "Suppression",
  """Bonjour,

Je souhaite que vous supprimiez toutes mes données et que vous retiriez mon témoignage
et ma photo de votre site.

Valérie Gauthier"""),

R("fr-m-effacer-newsletter", "fr", ["erasure", "objection"],
  "Thierry Collin <thierry.collin@free.fr>",
  "plus de mails",
  """Supprimez mes données et retirez-moi de la newsletter. Merci.

T. Collin""",
  quote=Q("gmail_fr", "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
          "Le printemps de Floraison de Soi 🌸", NEWSLETTER_FR)),

R("fr-m-voir-et-corriger", "fr", ["access", "rectification"],
  "Évelyne Mercier <evelyne.mercier@wanadoo.fr>",
  "Vérification de mes informations",
  """Bonjour Madame,

J'aimerais voir quelles informations vous avez sur moi. Je sais déjà que l'adresse est
fausse : j'habite maintenant 22 avenue de la Gare, 36000 Châteauroux. Merci de la
corriger.

Évelyne Mercier"""),

R("fr-m-copie-et-export", "fr", ["access", "portability"],
  "Camille Lefort <camille.lefort@outlook.fr>",
  "Changement de coach",
  """Bonjour Sandra,

Deux demandes : j'aimerais savoir quelles données vous détenez sur moi, et recevoir
un export CSV de mon suivi pour ma nouvelle coach, qui utilise un autre logiciel.

Merci beaucoup,
Camille"""),

R("fr-m-mail-et-newsletter", "fr", ["objection", "rectification"],
  "Roseline Meyer <roseline.meyer@gmail.com>",
  "Nouvelle adresse",
  """Bonjour,

Mon adresse a changé : c'est désormais roseline.meyer@gmail.com (au lieu de
r.meyer@club-internet.fr). Mettez-la à jour pour les factures, mais ne m'envoyez plus la
newsletter, merci.

Roseline"""),

R("fr-m-contester-et-voir", "fr", ["access", "restriction"],
  "Arnaud Fleury <arnaud.fleury@gmail.com>",
  "Compte rendu de bilan",
  """Madame,

Je conteste l'exactitude de certaines mentions de mon compte rendu de bilan. Je vous
demande d'en suspendre l'utilisation jusqu'à vérification, et de me communiquer
l'ensemble des données que vous détenez sur moi afin que je puisse vérifier.

Arnaud Fleury"""),

R("fr-m-newsletter-et-photo", "fr", ["objection", "withdraw_consent"],
  "Audrey Renard <audrey.renard@hotmail.fr>",
  "photo + mails",
  """Bonjour Sandra, je voudrais me désabonner de tes mails et aussi que tu enlèves la photo
de groupe de l'atelier où on me voit sur ton Instagram. Merci ❤️

Audrey"""),

R("fr-m-formel-triple", "fr", ["access", "erasure", "objection"],
  "Gérald Lacroix <gerald.lacroix@orange.fr>",
  "Exercice de mes droits RGPD",
  """Madame,

Je vous prie de bien vouloir :
1. me communiquer une copie de l'ensemble des données me concernant (art. 15) ;
2. cesser immédiatement toute prospection à mon égard (art. 21) ;
3. puis effacer l'ensemble de mes données (art. 17).

Je vous remercie de me confirmer la bonne exécution de ces demandes.

Gérald Lacroix""",
  att=[("pdf", "piece_identite_Lacroix.pdf", "Gerald Lacroix - copie piece d identite")]),

R("fr-m-export-puis-supprimer", "fr", ["erasure", "portability"],
  "Hugo Perret <hugo.perret@gmail.com>",
  "Fin d'abonnement",
  """Salut Sandra,

J'arrête le programme en ligne. Avant de supprimer mes données, tu pourrais m'envoyer mes
réponses aux exercices et mon journal de bord dans un format que je peux réimporter
(csv, json, peu importe) ? Ensuite tu peux tout effacer.

Merci pour tout
Hugo"""),

R("fr-m-qui-partage-effacer", "fr", ["access", "erasure"],
  "Laure Aubert <laure.aubert@free.fr>",
  "Qui a eu mes coordonnées ?",
  """Bonjour,

Depuis votre atelier, je reçois des mails de plusieurs thérapeutes que je ne connais
pas. Je voudrais savoir à qui vous avez communiqué mes coordonnées, et ensuite que vous
les supprimiez de vos fichiers.

Laure Aubert"""),

R("fr-m-sms-effacer-video", "fr", ["erasure", "withdraw_consent"],
  "Mél <melissa.b@gmail.com>",
  "jarrete",
  """coucou sandra jarrete tout, tu peux effacer tt mes infos et enlever ma vidéo témoignage de ton site stp. bisous

Envoyé de mon iPhone"""),

R("fr-m-avocat-acces-limitation", "fr", ["access", "restriction"],
  "Maître Julien Chauvin <jchauvin@chauvin-avocats.com>",
  "M. Kader Haddad - demande RGPD",
  """Madame,

Je représente M. Kader Haddad, selon mandat ci-joint.

Mon client conteste l'exactitude des éléments figurant dans le rapport de fin de
coaching remis à la société Berger Industries. Je vous demande en conséquence :
- de limiter le traitement de ces données à leur seule conservation, dans l'attente de
  l'issue du différend ;
- de me communiquer une copie de l'intégralité des données de M. Haddad et la liste des
  destinataires.

Veuillez agréer, Madame, mes salutations distinguées.

Julien Chauvin
Avocat au Barreau de Châteauroux""",
  att=[("pdf", "mandat_Haddad.pdf", "Mandat de representation - M. Kader Haddad - Me Julien Chauvin")],
  shape="alt_qp"),

R("fr-m-quebec-copie-effacer", "fr", ["access", "erasure"],
  "Patrice Lavoie <patrice.lavoie@videotron.ca>",
  "Mes données",
  """Bonjour,

Je voudrais recevoir une copie de mes données, pis après ça les faire effacer de vos
systèmes. Merci de me revenir là-dessus.

Patrice Lavoie"""),

R("fr-m-desinscription-effacer-b64", "fr", ["erasure", "objection"],
  "Danielle Picard <danielle.picard@yahoo.fr>",
  "Désabonnement définitif",
  """Madame,

Je ne veux plus recevoir vos lettres d'information et je demande que mon adresse et mes
informations soient effacées de vos fichiers. Je ne veux plus du tout être contactée.

Danielle Picard""",
  shape="b64"),

R("fr-m-reponse-confirmation-portabilite-acces", "fr", ["access", "portability"],
  "Jérôme Chevallier <jerome.chevallier@gmail.com>",
  "Re: Confirmation de votre inscription",
  """Bonjour,

Je profite de ce mail pour vous demander deux choses : la liste de ce que vous stockez
sur moi (y compris chez Systeme.io et Stripe), et un export de mes données dans un
format réutilisable pour les transférer sur une autre plateforme.

Cordialement,
Jérôme""",
  quote=Q("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "Confirmation de votre inscription",
          """Bonjour Jérôme,

Votre inscription au programme "30 jours pour s'aligner" est confirmée.
Vos accès vous parviendront dans un e-mail séparé.

À très vite,
Sandra""")),

R("fr-m-photo-et-tout-effacer", "fr", ["erasure", "withdraw_consent"],
  "Mireille Bonnet <mireille.bonnet@orange.fr>",
  "Je souhaite disparaître de votre site",
  """Madame,

Je vous demande de retirer ma photo et mon témoignage de votre site, et d'effacer
toutes les données me concernant.

Merci.
Mireille Bonnet""",
  shape="html"),

R("fr-m-rect-et-copie-suisse", "fr", ["access", "rectification"],
  "Lukas Meier <lukas.meier@gmx.ch>",
  "Daten / données",
  """Bonjour Madame,

Mon adresse a changé : Route de Berne 12, 1700 Fribourg. Merci de mettre à jour.
J'aimerais aussi recevoir une copie de toutes mes données enregistrées chez vous.

Merci beaucoup et meilleures salutations,
Lukas Meier"""),

R("fr-m-newsletter-et-info", "fr", ["access", "objection"],
  "Nicolas Fabre <nicolas.fabre@laposte.net>",
  "Inscription non sollicitée",
  """Bonjour,

Je reçois votre newsletter alors que je ne m'y suis jamais inscrit. Merci de m'en
retirer et de m'indiquer d'où vous tenez mon adresse.

Nicolas Fabre"""),
]
