from rec import m

# ---------------- access ----------------
m("fr-acc-notes-seances", "mes notes de séances",
"""Bonjour Sandra,

J'ai terminé mon accompagnement chez vous en mars. Avec le recul j'aimerais relire ce que vous aviez noté pendant nos rendez-vous, est-ce que vous pourriez m'envoyer une copie de vos notes me concernant ? Même scannées ça me va.

Merci beaucoup, et belle journée à vous,
Claire Audebert""", ["access"], frm="Claire Audebert <claire.audebert@gmail.com>")

m("fr-acc-berry-quesse", "Ce que vous avez sur moi",
"""Bonjour Madame,

Je suis venue à votre atelier de la Saint-Jean à Issoudun l'an passé, avec ma belle-sœur. Depuis je reçois des choses de votre part et je voudrais bien savoir ce que vous avez comme renseignements sur moi dans vos fichiers, et d'où vous les tenez, parce que je ne me souviens pas d'avoir donné mon adresse.

Je vous remercie.
Mme Josette Pinault
Sainte-Lizaigne""", ["access"], frm="josette pinault <josette.pinault36@orange.fr>", to=1, mailer="Open-Xchange Mailer v7.10.6-Rev62")

m("fr-acc-formel-art15", "Demande d'accès – article 15 RGPD",
"""Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels elles ont été communiquées ;
- leur durée de conservation ;
- leur source, lorsqu'elles n'ont pas été collectées auprès de moi.

Vous trouverez ci-joint une copie de ma pièce d'identité. Je vous rappelle que vous disposez d'un délai d'un mois pour me répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Bertrand Lacombe
12 allée des Tilleuls
18000 Bourges""", ["access"], frm="Bertrand Lacombe <b.lacombe@laposte.net>", to=1,
  att=[("pdf", "CNI_Lacombe.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE - LACOMBE Bertrand - copie")])

m("fr-acc-questionnaire", "questionnaire du début",
"""coucou Sandra !
tu te souviens du gros questionnaire qu'on avait rempli au premier rdv (valeurs, besoins etc) ? j'ai perdu ma version papier... tu pourrais me renvoyer mes réponses ? ça m'aiderait pour le travail que je fais avec ma psy en ce moment
bises
Lou""", ["access"], frm="Lou Marchetti <lou.mrchtti@gmail.com>")

m("fr-acc-partage", "Question sur mes informations",
"""Bonjour,

Une personne d'une autre structure de coaching m'a appelée la semaine dernière en connaissant visiblement mon parcours. Je ne l'accuse de rien, mais j'aimerais savoir précisément à qui vous avez pu transmettre mes coordonnées ou des informations me concernant depuis que je suis votre cliente.

Cordialement,
Nathalie Vergnaud""", ["access"], frm="Nathalie Vergnaud <nvergnaud@free.fr>")

m("fr-acc-belge", "Dossier",
"""Bonjour Madame Delomenie,

Je me permets de vous écrire depuis Namur. J'ai suivi votre formation en ligne en 2024 (parcours « Oser sa place »). Serait-il possible de recevoir l'ensemble des données que vous conservez à mon sujet ? Je fais un peu d'ordre dans ma vie numérique, vous l'aurez compris, et je m'adresse à tous les organismes chez qui je suis passée.

Je vous en remercie d'avance, et vous souhaite une bonne fin de semaine.

Bien à vous,
Marie-Bénédicte Collignon""", ["access"], frm="Marie-Bénédicte Collignon <mb.collignon@skynet.be>", html="alt", cte="base64")

m("fr-acc-sms", "info",
"""bjr c koi les infos ke vous avez sur moi svp ? jvoudrai les voir
merci
kevin""", ["access"], frm="kev36 <kevin.ribault36@hotmail.fr>",
  hdr={"X-Mailer": "Microsoft Outlook for Android"})

m("fr-acc-fiche-suivi", "Ma fiche de suivi",
"""Bonsoir Sandra,

Je repense souvent à nos séances de l'automne. Vous aviez une fiche de suivi avec mes objectifs et les exercices que vous m'aviez donnés. Est-ce que vous accepteriez de m'en faire une copie ? Je voudrais la garder pour moi.

Merci d'avance,
Amélie

Envoyé de mon iPhone""", ["access"], frm="Amélie Roncin <amelie.roncin@icloud.com>", mailer="iPhone Mail (21F90)")

m("fr-acc-quebec", "Renseignements me concernant",
"""Bonjour Sandra,

J'ai participé à vos webinaires en direct de Montréal l'hiver dernier (avec le décalage, c'était tôt en pas pour rire!). Je voudrais savoir quelles informations vous détenez sur moi et si elles sont hébergées en France ou ailleurs. Pouvez-vous m'envoyer ça?

Merci bien, bonne journée là-bas!
Geneviève Tremblay""", ["access"], frm="Geneviève Tremblay <gen.tremblay@videotron.ca>")

m("fr-acc-enfoui", "des nouvelles + une demande",
"""Bonjour Sandra,

Ça fait longtemps ! Je voulais d'abord vous dire que j'ai finalement changé de poste en janvier, je suis maintenant responsable du pôle accueil à la médiathèque de Châteauroux. Tout ce qu'on avait travaillé sur la prise de parole m'a servi lors de l'entretien, vraiment.

Les enfants vont bien, le petit dernier est entré au CP, la grande fait du théâtre (ça ne vient pas de moi !).

Autre chose, un peu plus administratif : pour un dossier de bilan que je monte, j'aurais besoin de tout ce que vous avez gardé sur moi de nos séances de 2023 — comptes rendus, tests, bilans. Vous pourriez me l'envoyer par mail ?

Au plaisir de vous recroiser au marché,
Sophie L.""", ["access"], frm="Sophie Lhermitte <sophie.lhermitte@orange.fr>", to=1)

m("fr-acc-outlook-relance", "RE: demande d'informations",
"""Bonjour,

Je reviens vers vous car je n'ai pas eu de réponse à mon message ci-dessous. Je souhaite toujours savoir quelles données vous avez sur moi.

Cordialement
Patrick Mercier""", ["access"], frm="Patrick Mercier <patrick.mercier@outlook.fr>", reply=True,
  quote="""Bonjour Madame,
Suite à notre échange téléphonique, pouvez-vous m'indiquer quelles informations vous conservez me concernant depuis le stage de 2022 ?
Merci
Patrick Mercier""", qstyle="outlook", qwho="Patrick Mercier <patrick.mercier@outlook.fr>")

# ---------------- rectification ----------------
m("fr-rect-nom", "orthographe de mon nom",
"""Bonjour,

Petit détail mais qui me tient à coeur : sur l'attestation de formation et dans vos mails, mon nom est écrit « Lefevre ». C'est Lefèbvre, avec un accent et un b. Pouvez-vous corriger dans votre fichier ?

Merci !
Hélène Lefèbvre""", ["rectification"], frm="Hélène Lefèbvre <helene.lefebvre@gmail.com>")

m("fr-rect-adresse", "Nouvelle adresse",
"""Bonjour Sandra,
j'ai déménagé ! Mon ancienne adresse (4 rue des Minimes à Issoudun) n'est plus valable, la nouvelle c'est 17 chemin de la Croix Blanche, 36120 Ardentes. Vous pouvez remplacer dans vos fiches ? Merci
Mathilde""", ["rectification"], frm="Mathilde Ponsard <mathilde.ponsard@laposte.net>")

m("fr-rect-tel-suisse", "Changement de numéro",
"""Bonjour Madame,

Je vous informe que mon numéro de portable a changé. L'ancien (06 12 48 90 33) est résilié ; vous pouvez désormais me joindre au +41 79 512 44 08, puisque je me suis installé à Lausanne. Je vous saurais gré de mettre à jour vos données.

Avec mes meilleures salutations,
Jean-Daniel Favre""", ["rectification"], frm="Jean-Daniel Favre <jd.favre@bluewin.ch>")

m("fr-rect-note-erronee", "erreur dans le compte rendu",
"""Bonjour Sandra,

En relisant le compte rendu que vous m'avez envoyé après la séance 4, j'ai vu qu'il est écrit que j'ai « quitté mon emploi suite à un burn-out ». Ce n'est pas exact : c'est une rupture conventionnelle, à ma demande, pour reprendre des études. Je préférerais vraiment que ce soit rectifié dans votre dossier, ça n'a pas la même signification.

Merci de votre compréhension,
Olivier Thénot""", ["rectification"], frm="Olivier Thénot <olivier.thenot@yahoo.fr>")

m("fr-rect-date-naissance", "date de naissance",
"""Bonjour, sur mon inscription au stage il y a une erreur dans ma date de naissance, c'est le 14/02/1987 et pas le 14/02/1978 (je ne suis pas si vieille !!). Merci de rectifier :)
Aurore""", ["rectification"], frm="Aurore Giraudet <aurore.giraudet@gmail.com>")

m("fr-rect-mail-remplace", "Mise à jour de mon adresse électronique",
"""Madame,

Merci de bien vouloir noter que l'adresse jp.morlat@wanadoo.fr ne sera plus relevée à compter du mois prochain. Je vous prie de la remplacer par celle-ci, depuis laquelle je vous écris.

Cordialement,
Jean-Pierre Morlat""", ["rectification"], frm="Jean-Pierre Morlat <jeanpierre.morlat@gmail.com>")

m("fr-rect-nom-mariage", "Changement de nom",
"""Bonjour Sandra,

Je me suis mariée cet été (eh oui !) et j'ai pris le nom de mon mari. Pourriez-vous mettre à jour mon nom dans votre fichier clients : Julie Besnard devient Julie Carré. Le mail reste le même.

Merci et à bientôt pour l'atelier d'octobre,
Julie""", ["rectification"], frm="Julie Carré <julie.besnard86@gmail.com>")

m("fr-rect-sans-accent", "correction",
"""bonjour
dans votre fichier mon prenom est marque Gaetan mais c Gaëtan avec le trema, et mon entreprise c plus Menuiserie Rabier c Rabier & Fils depuis 2024
merci de changer
Gaetan Rabier""", ["rectification"], frm="Gaetan Rabier <rabier.fils@orange.fr>", to=1)

m("fr-rect-completer", "compléter mon profil",
"""Bonjour,

Lors de mon inscription à la formation, je n'avais pas renseigné ma situation professionnelle. Je suis désormais auto-entrepreneuse (sophrologue). Pouvez-vous compléter ma fiche avec cette information et mon SIRET 912 345 678 00019, pour que les factures soient à jour ?

Bien cordialement,
Corinne Méry""", ["rectification"], frm="Corinne Méry <contact@corinnemery-sophro.fr>")
# NEAR-LINE: completing one's own professional data for invoices = completing data about oneself -> rectification

m("fr-rect-belgique-adresse", "Adresse postale",
"""Bonjour Madame,

Pourriez-vous s'il vous plaît corriger mon adresse ? Vous avez encore « Rue de Fer 22, 5000 Namur » alors que j'habite à présent Chaussée de Louvain 118, 5310 Éghezée. J'ai reçu votre carte de vœux chez mes anciens voisins, qui me l'ont gentiment déposée.

Je vous remercie et vous souhaite une belle journée.
Françoise Delvaux""", ["rectification"], frm="Françoise Delvaux <francoise.delvaux@live.be>")

m("fr-rect-genre", "Prénom d'usage",
"""Bonjour Sandra,

Depuis nos dernières séances j'utilise le prénom Noé au quotidien. Est-ce que vous pourriez le mettre à la place de mon ancien prénom dans vos dossiers et sur mon compte de la plateforme ? Ça compte beaucoup pour moi.

Merci pour votre bienveillance,
Noé""", ["rectification"], frm="Noé Gilbert <noe.gilbert@proton.me>")

# ---------------- erasure ----------------
m("fr-era-simple", "suppression",
"""Bonjour,
Je souhaiterais que vous effaciez toutes les informations que vous avez sur moi. Je n'ai plus besoin de vos services.
Merci
Karine Boutet""", ["erasure"], frm="Karine Boutet <karine.boutet@sfr.fr>")

m("fr-era-compte-donnees", "Supprimer mon compte et mes données",
"""Bonjour,

Pouvez-vous supprimer mon compte sur votre espace de formation ainsi que toutes les données qui y sont liées (profil, progression, messages) ? Je ne compte pas reprendre.

Merci,
Damien Roux""", ["erasure"], frm="Damien Roux <damien.roux@gmail.com>")

m("fr-era-oubli", "Droit à l'oubli",
"""Madame,

Je souhaite exercer mon droit à l'effacement (article 17 du RGPD). Je vous demande de supprimer l'intégralité des données me concernant, y compris les notes prises lors des séances et les questionnaires, et de m'en confirmer l'exécution par écrit.

Salutations,
Émilie Dufresne""", ["erasure"], frm="Émilie Dufresne <emilie.dufresne@hotmail.fr>", html="only")

m("fr-era-poli-euph", "Tourner la page",
"""Bonjour Sandra,

Je voulais vous remercier pour tout ce que vous m'avez apporté l'an dernier. Je suis dans une démarche de tourner la page sur cette période difficile, et j'aimerais que plus rien de moi ne reste dans vos dossiers — mes écrits, vos notes, mes coordonnées, tout. Est-ce que c'est possible de tout faire disparaître ?

Avec toute ma gratitude,
Inès""", ["erasure"], frm="Inès Barreau <ines.barreau@gmail.com>")
# NEAR-LINE: euphemistic ("faire disparaître") but clearly asks to delete everything -> erasure

m("fr-era-sante", "Mes données de santé",
"""Bonjour,

Lors de l'accompagnement je vous avais parlé de ma maladie (sclérose en plaques) et vous l'aviez noté dans ma fiche. L'accompagnement est fini depuis longtemps. Je voudrais que ces informations médicales soient effacées de vos dossiers.

Merci de me confirmer.
Valérie Chaput""", ["erasure"], frm="Valérie Chaput <valerie.chaput@orange.fr>", to=1)

m("fr-era-quebec", "Effacer mes affaires",
"""Allô Sandra,

Je suis pu dans le programme depuis un bout pis je voudrais que tu effaces toutes mes infos de tes listes et de ta plateforme. Rien de personnel, j'fais juste le ménage.

Merci ben gros,
Maxime Gagnon""", ["erasure"], frm="Maxime Gagnon <max.gagnon@videotron.ca>")

m("fr-era-typos", "effacer",
"""bonjour madame
je veu que vous effasiez tous sur moi de votre ordinateur, je ne veu plus etre dans vos fichier
merci d avance
mr Lucien Bodin""", ["erasure"], frm="lucien bodin <lucien.bodin@wanadoo.fr>", to=1)

m("fr-era-whatsapp", "groupe WhatsApp et le reste",
"""Salut Sandra,

Le stage est fini depuis 6 mois. Tu peux me retirer du groupe WhatsApp des participantes ? Et tant que tu y es, supprime aussi mes coordonnées et tout ce que tu as sur moi, je ne me réinscrirai pas.

Merci, bonne continuation
Élodie""", ["erasure"], frm="Élodie Mazeau <elodie.mazeau@gmail.com>")

m("fr-era-suisse", "Demande de suppression",
"""Bonjour Madame Delomenie,

Ayant mis un terme à notre collaboration, je vous prie de bien vouloir supprimer l'ensemble des données me concernant, y compris les enregistrements de nos séances en visioconférence s'ils existent encore. Je vous remercie de m'en donner confirmation.

Meilleures salutations,
Christophe Rochat
Genève""", ["erasure"], frm="Christophe Rochat <c.rochat@bluewin.ch>")

m("fr-era-avocat", "Mme Salomé Ferrand – demande d'effacement",
"""Madame,

Je vous écris en qualité de conseil de Madame Salomé Ferrand, qui m'a donné mandat (copie jointe) pour exercer en son nom les droits qu'elle tient du RGPD.

Ma cliente vous demande l'effacement de l'ensemble des données personnelles la concernant que vous détenez, sur le fondement de l'article 17 du Règlement, et la confirmation de cet effacement dans le délai légal.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Maître Antoine Gervais
Avocat au Barreau de Châteauroux
3 place Gambetta, 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.""",
  ["erasure"], frm="Me Antoine Gervais <a.gervais@gervais-avocat.fr>", to=1,
  att=[("pdf", "Mandat_Ferrand.pdf", "MANDAT - Je soussignee Salome Ferrand donne mandat a Me Antoine Gervais pour exercer mes droits RGPD")],
  mailer="Microsoft Outlook 16.0")

m("fr-era-mere-mineur", "Données de ma fille",
"""Bonjour,

Ma fille Léna (15 ans) a participé à l'atelier ados « Confiance en soi » de février. Elle ne souhaite pas continuer et, en tant que mère, je vous demande de supprimer toutes les informations la concernant : fiche d'inscription, photos éventuelles, réponses au questionnaire.

Merci de me confirmer que c'est fait.
Cordialement,
Stéphanie Aubry""", ["erasure"], frm="Stéphanie Aubry <steph.aubry@gmail.com>")
