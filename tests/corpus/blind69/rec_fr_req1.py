from records import R, S0, S1

RECORDS = [
R("fr-req-erase-apres-demenagement-lyon", ["erasure"], ("Hélène Marcadier", "helene.marcadier@orange.fr"),
  "Suite à mon accompagnement",
  """Bonjour Sandra,

Même si je garde un très bon souvenir des séances que nous avons faites ensemble au printemps dernier (et je vous en remercie encore, c'est grâce à vous que j'ai osé quitter mon poste à la mutuelle), maintenant que je suis installée à Lyon et que je n'ai plus vraiment de raison de revenir à Issoudun, je préférerais que vous supprimiez l'ensemble des données que vous avez gardées sur moi, fiches de suivi et questionnaires compris, si cela ne vous pose pas de problème particulier.

Bien à vous,
Hélène Marcadier
"""),

R("fr-req-access-mari-conseille", ["access"], ("Brigitte Laumonier", "b.laumonier@wanadoo.fr"),
  "demande",
  """Madame,

Mon mari, qui travaille dans l'informatique et qui est un peu soupçonneux de nature, m'a conseillé — après que je lui ai raconté que j'avais rempli chez vous un long questionnaire sur mon sommeil et mes habitudes alimentaires — de vous demander une copie de tout ce que vous avez conservé à mon sujet, et bien que je trouve cela un peu exagéré, je vous la demande tout de même, ne serait-ce que pour le rassurer.

Cordialement,
Brigitte Laumonier
"""),

R("fr-req-rectif-nom-jeune-fille", ["rectification"], ("Camille Fournier-Baudet", "camille.fb@gmail.com"),
  "Mon nom sur vos documents",
  """Bonjour,

Je me suis mariée en septembre (c'est d'ailleurs un peu pour ça que j'avais besoin de vous, entre les préparatifs et le travail j'étais à bout) et comme je reçois encore vos mails et vos factures au nom de Camille Baudet alors que mon employeur, qui prend en charge une partie de la formation, exige que tout soit au nom de Camille Fournier-Baudet, pourriez-vous modifier mon nom dans votre fichier et sur la prochaine facture ?

Merci d'avance et belle journée,
Camille
"""),

R("fr-req-objection-newsletter-soeur", ["objection"], ("Nadine Poupard", "nadine.poupard@laposte.net"),
  "newsletter",
  """Bonjour Sandra,

Ma sœur m'avait inscrite à votre lettre d'information l'an dernier en pensant bien faire, et même si certains de vos textes sur l'estime de soi m'ont touchée (celui sur les « petites victoires » surtout), je reçois déjà beaucoup trop de mails et j'aimerais ne plus la recevoir, merci de me retirer de la liste.

Nadine
"""),

R("fr-req-withdraw-temoignage-nouvel-emploi", ["withdraw_consent"], ("Julien Texier", "julien.texier@outlook.fr"),
  "Mon témoignage sur votre site",
  """Bonjour Madame Delomenie,

Je vous avais donné mon accord, avec plaisir à l'époque, pour publier mon témoignage et ma photo sur votre site, mais comme je viens d'être embauché dans une banque où la direction est assez stricte sur ce que ses salariés laissent en ligne — et que mon nouveau responsable m'a déjà fait une remarque, même s'il était plutôt bienveillant — je vous demande de bien vouloir retirer ce témoignage et la photo qui va avec, en espérant que vous comprendrez.

Avec mes remerciements,
Julien Texier
"""),

R("fr-req-post-mortem-fille-maman", ["post_mortem"], ("Sophie Garnaud", "sophie.garnaud@free.fr"),
  "Maman - Jacqueline Garnaud",
  """Bonjour Madame,

Je vous écris au sujet de ma mère, Jacqueline Garnaud, qui avait suivi plusieurs ateliers chez vous et qui nous a quittés le mois dernier après une longue maladie, et bien que je ne sache pas exactement ce que vous avez gardé d'elle (elle parlait souvent de vous et de vos cercles de parole, ça lui faisait du bien), je voudrais, en tant que sa fille et avec l'accord de mon frère, que vous supprimiez tout ce qui la concerne et que vous arrêtiez les envois à son adresse.

Je joins l'acte de décès.

Sophie Garnaud
""",
  attachments=[("pdf", "acte_deces_J_Garnaud.pdf", "Extrait d'acte de deces - Jacqueline Garnaud - Mairie d'Issoudun")]),

R("fr-req-restriction-note-fausse", ["restriction"], ("Patrick Lemaire", "patrick.lemaire@sfr.fr"),
  "Re: Compte rendu de notre séance",
  """Bonjour Sandra,

Bien que je comprenne que vous preniez des notes pour vous et que je ne remette pas du tout en cause votre travail, la phrase où il est écrit que j'aurais « des difficultés avec l'alcool » ne correspond pas à ce que j'ai dit (je parlais de mon père, pas de moi), alors tant que nous n'en avons pas reparlé de vive voix, je vous demande de ne plus utiliser ce compte rendu ni de le transmettre à qui que ce soit, sans pour autant le détruire.

Patrick
""",
  quote={"style": "gmail", "subject": "Compte rendu de notre séance",
         "text": "Bonjour Patrick,\n\nComme convenu, voici le compte rendu de notre séance de jeudi.\n\nBelle semaine,\nSandra"}),
# NEAR-LINE: contests accuracy + "ne plus utiliser... sans le détruire" -> restriction only, not rectification.

R("fr-req-portability-nouvelle-coach", ["portability"], ("Amandine Rio", "amandine.rio@gmail.com"),
  "Transfert de mon dossier",
  """Bonjour Sandra,

Comme je vous l'avais un peu annoncé lors de notre dernière séance (j'en suis encore désolée, vous n'y êtes pour rien, c'est juste la distance), je vais poursuivre mon accompagnement avec une coach de Bourges, et puisqu'elle travaille sur le même type d'outils que vous, j'aimerais que vous lui transmettiez directement mes questionnaires et mes bilans dans un format qu'elle pourra réimporter, son adresse étant cabinet.lisegarrel@gmail.com.

Merci infiniment pour tout,
Amandine
"""),

R("fr-req-erasure-withdraw-photos-atelier", ["erasure", "withdraw_consent"], ("Laure Beaujard", "laure.beaujard@icloud.com"),
  "Photos de l'atelier et le reste",
  """Bonjour,

Après avoir longtemps hésité — parce que l'atelier de novembre m'a fait du bien et que je ne veux surtout pas que vous le preniez mal — j'ai décidé de tourner la page : je retire mon accord pour les photos de groupe où j'apparais sur votre page Facebook et, tant qu'à faire, je souhaite que vous effaciez toutes mes données, fiche d'inscription comprise.

Laure

Envoyé de mon iPhone
"""),

R("fr-req-access-origine-fichier", ["access"], ("Gérard Vasseur", "gerard.vasseur@orange.fr"),
  "Comment avez-vous eu mon adresse ?",
  """Madame,

Ne vous ayant jamais rencontrée, n'ayant jamais mis les pieds rue d'Estienne d'Orves et n'ayant à ma connaissance rien signé, je m'étonne de recevoir vos invitations à des conférences, et je vous saurais gré de me dire d'où vous tenez mon adresse électronique et quelles autres informations vous possédez sur moi.

G. Vasseur
"""),

R("fr-req-objection-sms-rappels", ["objection"], ("Kévin Moreau", "kevmoreau36@gmail.com"),
  "sms",
  """bonjour, je sais que c'est pas bien mechant et que vous faites ca pour remplir vos ateliers mais comme je bosse de nuit a l'usine et que vos sms de promo arrivent a 9h quand je dors, j'aimerais ne plus recevoir vos sms publicitaires svp (les rappels de rdv ca va, c'est les promos le probleme)

kevin
"""),

R("fr-req-post-mortem-directives-propres", ["post_mortem"], ("Monique Barreau", "monique.barreau@wanadoo.fr"),
  "Mes volontés",
  """Chère Sandra,

À mon âge, et depuis que mon notaire m'a fait faire le tour de mes papiers après le décès de mon mari, je préfère tout prévoir, alors même si j'espère bien venir encore à vos cercles de parole quelques années, je souhaite que le jour où je disparaîtrai, vous effaciez mes carnets et mes fiches et que vous ne communiquiez rien à mes enfants, sauf à ma fille Agnès si elle vous le demande.

Avec toute mon amitié,
Monique Barreau
"""),

R("fr-req-rectif-adresse-sans-nouvelle", ["rectification"], ("Thierry Pelletier", "thierry.pelletier@laposte.net"),
  "Changement d'adresse",
  """Bonjour,

Mon employeur, la Scierie Pelletier & Fils (c'est mon oncle, pour tout vous dire), ayant déménagé ses bureaux et moi avec, et comme vous m'envoyez encore les convocations de la formation « Manager avec bienveillance » à l'ancienne adresse de la route de Vatan, je vous remercie de bien vouloir remplacer celle-ci par : 12 avenue de la Gare, 36100 Issoudun.

Thierry Pelletier
"""),

R("fr-req-withdraw-video-replay", ["withdraw_consent"], ("Aurélie Chaput", "aurelie.chaput@hotmail.fr"),
  "replay du webinaire",
  """Bonjour Sandra,

Je me suis revue dans le replay du webinaire sur la confiance en soi (celui de mars, où j'ai craqué en parlant de mon divorce, vous vous souvenez sûrement) et même si j'avais coché la case pour l'enregistrement, je ne me sens plus du tout à l'aise à l'idée que d'autres le regardent, donc je retire mon consentement et je vous demande de couper mon passage ou de retirer la vidéo.

Désolée pour le travail que ça vous donne,
Aurélie
"""),

R("fr-req-access-notes-seances-psy", ["access"], ("Vincent Lacroix", "vincent.lacroix@gmail.com"),
  "Notes de séances",
  """Bonjour Sandra,

Ma psychologue, que je vois désormais en parallèle (sur vos conseils d'ailleurs, et je vous en remercie), aimerait comprendre le chemin que j'ai fait avec vous l'an dernier, et même si je pourrais lui raconter moi-même, j'aimerais recevoir une copie des notes que vous avez prises pendant nos séances, pour moi d'abord, libre à moi ensuite de les lui montrer.

Merci,
Vincent
"""),

R("fr-req-erasure-compte-systemeio-donnees", ["erasure"], ("Chloé Dubreuil", "chloe.dubreuil@yahoo.fr"),
  "Suppression compte + données",
  """Bonjour,

J'ai essayé moi-même de supprimer mon compte sur la plateforme de formation (j'ai cherché partout dans les paramètres, en vain, même mon neveu qui s'y connaît n'a pas trouvé) alors je m'adresse à vous : merci de supprimer mon compte et toutes les données qui y sont rattachées, y compris mes exercices et mes messages sur le forum.

Chloé Dubreuil
"""),

R("fr-req-objection-statistiques", ["objection"], ("Arnaud Giraudet", "a.giraudet@proton.me"),
  "Utilisation de mes réponses",
  """Madame Delomenie,

Ayant appris par une autre participante — qui, elle, n'y voit aucun inconvénient, ce qui est son droit — que les réponses aux questionnaires de satisfaction étaient compilées pour vos statistiques et vos présentations commerciales, je m'oppose, pour ma part, à ce que les miennes servent à cela, tout en acceptant bien sûr que vous les lisiez pour améliorer l'atelier.

Arnaud Giraudet
"""),

R("fr-req-restriction-litige-facture", ["restriction"], ("Martine Coulon", "martine.coulon@orange.fr"),
  "Mon dossier en attendant",
  """Bonjour Madame,

Puisque nous sommes en désaccord sur la facture de février et sur ce qui est noté dans mon dossier à propos des séances soi-disant « non honorées » (j'avais prévenu par SMS, j'ai la capture), je souhaite qu'en attendant que ce soit éclairci, mes données ne soient utilisées pour rien d'autre que leur simple conservation, sans relance ni transmission à votre comptable.

Martine Coulon
""",
  attachments=[("png", "capture_sms.png", "")]),
# NEAR-LINE: disputes the record and asks to freeze use; nothing to delete -> restriction only.

R("fr-req-access-partage-tiers", ["access"], ("Damien Rouvière", "damien.rouviere@free.fr"),
  "Question sur mes données",
  """Bonjour,

Depuis que je me suis inscrit à votre conférence de Châteauroux, je reçois des publicités d'un organisme de formation dont je n'avais jamais entendu parler, et bien que ce ne soit peut-être qu'une coïncidence (ma femme pense que c'est Facebook), je voudrais savoir à qui vous avez transmis mes coordonnées, et lesquelles.

Damien Rouvière
"""),

R("fr-req-erasure-objection-prospection", ["erasure", "objection"], ("Florence Imbert", "florence.imbert@gmail.com"),
  "Stop",
  """Bonjour,

Je ne veux pas être désagréable, vous avez sûrement de bonnes intentions et j'ai même offert un de vos ateliers à ma belle-mère, mais après trois relances téléphoniques pour le stage d'été alors que j'avais dit non, je vous demande de ne plus me démarcher d'aucune manière et d'effacer mon numéro et mes coordonnées de vos fichiers.

Florence Imbert
"""),

R("fr-req-portability-access-csv", ["access", "portability"], ("Mathieu Perrot", "mathieu.perrot@outlook.com"),
  "Export de mes données",
  """Bonjour Sandra,

Je range un peu ma vie numérique (mon frère m'a convaincu de tout centraliser dans un tableur, il est très organisé, moi beaucoup moins) et j'aimerais savoir précisément ce que vous gardez sur moi, puis recevoir ces données dans un fichier CSV ou Excel que je pourrai importer, bilans de compétences compris.

Mathieu
"""),

R("fr-req-withdraw-questionnaire-recherche", ["withdraw_consent"], ("Isabelle Carré", "isabelle.carre@laposte.net"),
  "Questionnaire étude",
  """Bonjour Sandra,

Quand j'ai accepté que mes réponses au questionnaire sur l'épuisement professionnel soient utilisées pour l'article que vous préparez avec l'association, je n'avais pas réalisé qu'on pourrait me reconnaître à cause de mon métier (il n'y a que deux sages-femmes libérales dans mon secteur), alors je préfère revenir sur mon accord, même si ça me fait de la peine de ne pas contribuer.

Isabelle
"""),

R("fr-req-rectif-date-naissance", ["rectification"], ("Roselyne Thibault", "roselyne.thibault@wanadoo.fr"),
  "Erreur date de naissance",
  """Bonjour,

En relisant l'attestation de formation que vous m'avez envoyée pour mon employeur (qui la réclamait pour mon dossier de VAE, d'où ma vigilance), je vois que ma date de naissance est notée 03/07/1968 alors que c'est le 07/03/1968, donc si vous pouviez la corriger dans votre fichier et me renvoyer l'attestation, je vous en serais reconnaissante.

Roselyne Thibault
""",
  quote={"style": "outlook", "subject": "Votre attestation de formation",
         "text": "Bonjour Madame Thibault,\n\nVeuillez trouver ci-joint votre attestation de fin de formation.\n\nCordialement,\nSandra Delomenie\nFloraison de Soi"}),

R("fr-req-erasure-ado-parent", ["erasure"], ("Valérie Antoine", "valerie.antoine@gmail.com"),
  "Données de ma fille Lou",
  """Bonjour Madame,

Ma fille Lou, qui a 15 ans, avait participé à l'atelier « Gérer son stress avant le brevet » l'an dernier, et bien qu'elle en soit sortie ravie, son père et moi, qui sommes assez stricts là-dessus depuis une histoire de photos sur les réseaux dans son collège, souhaitons que vous supprimiez toutes les informations la concernant, fiche d'inscription et questionnaire compris.

Valérie Antoine
"""),

R("fr-req-objection-profilage-pub", ["objection"], ("Sébastien Mallet", "seb.mallet@gmail.com"),
  "Publicités ciblées",
  """Bonjour,

Je ne sais pas si c'est vous ou Facebook (probablement un peu des deux, on m'a expliqué le principe des audiences personnalisées à mon travail), mais depuis mon inscription à votre webinaire je vois vos pubs partout, et je m'oppose à ce que mon adresse e-mail soit utilisée pour me cibler sur les réseaux sociaux.

Sébastien Mallet
"""),

R("fr-req-post-mortem-notaire", ["post_mortem"], ("Maître Anne-Sophie Berthon", "etude.berthon@notaires.fr"),
  "Succession de M. Roger Dauphin - demande",
  """Madame,

En ma qualité de notaire chargée du règlement de la succession de Monsieur Roger DAUPHIN, décédé le 14 janvier 2026 à Issoudun, et à la demande de ses héritiers qui ont trouvé parmi ses papiers plusieurs factures de Floraison de Soi, je vous prie de bien vouloir me faire savoir quelles données vous détenez à son sujet et, le cas échéant, de clôturer tout abonnement ou envoi à son nom.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Maître Anne-Sophie Berthon
Notaire
Office notarial Berthon - 36000 Châteauroux
""",
  attachments=[("pdf", "attestation_notariale_Dauphin.pdf", "Attestation notariale - succession Roger Dauphin")],
  html="alt"),

R("fr-req-restriction-contestation-bilan", ["restriction"], ("Nathalie Brunet", "nathalie.brunet@orange.fr"),
  "Bilan transmis à mon employeur",
  """Madame,

Avant que vous n'envoyiez à la DRH de la clinique — qui a financé mon bilan, je le sais, et c'est bien normal qu'elle en ait une synthèse — le document final, j'aimerais que vous suspendiez son envoi et toute utilisation de mes résultats aux tests, car je conteste plusieurs conclusions qui ne me semblent pas exactes et que je voudrais rediscuter avec vous.

Nathalie Brunet
"""),

R("fr-req-access-rectif-fiche", ["access", "rectification"], ("Jean-Michel Ravel", "jm.ravel@sfr.fr"),
  "Ma fiche client",
  """Bonjour Madame Delomenie,

Comme ma compagne, qui a fait le même stage que moi, a reçu une facture où son prénom était écorché, je me suis demandé si ma fiche à moi était juste, alors je voudrais d'abord en recevoir une copie complète et, dès maintenant, corriger mon numéro de portable qui est le 06 72 18 44 09 et non plus le 06 72 18 44 90.

Jean-Michel Ravel
"""),
# NEAR-LINE: asks for a full copy (access) and corrects a wrong digit with the right value (rectification).

R("fr-req-erasure-apres-deuil-propre", ["erasure"], ("Corinne Lambert", "corinne.lambert@gmail.com"),
  "Tourner la page",
  """Bonjour Sandra,

Vous m'avez accompagnée au moment de la mort de mon frère et je vous en serai toujours reconnaissante, mais justement, maintenant que je vais mieux et que je veux vraiment tourner la page (ma thérapeute dit que c'est une bonne étape), je voudrais que toutes les notes et les écrits que je vous avais confiés à cette période soient détruits, et mes coordonnées avec.

Corinne
"""),
# NEAR-LINE: death of a brother mentioned, but she asks about her own data -> erasure, not post_mortem.

R("fr-req-objection-contact-telephone", ["objection"], ("Pascal Hérault", "pascal.herault@orange.fr"),
  "appels",
  """Madame,

Bien que j'aie effectivement suivi votre formation en 2023, et même si elle m'a été utile pour mon poste de chef d'équipe, je ne souhaite plus être contacté par téléphone pour vos nouvelles offres, ni par vous ni par votre assistante, qui m'a encore appelé mardi pendant une réunion.

Pascal Hérault
"""),

R("fr-req-withdraw-photo-newsletter-enfant", ["withdraw_consent"], ("Émilie Ferrand", "emilie.ferrand@laposte.net"),
  "photo de mon fils",
  """Bonjour,

Nous avions accepté, mon mari et moi, que la photo de Noé à l'atelier parents-enfants paraisse dans votre newsletter, mais depuis que l'école nous a sensibilisés aux images d'enfants en ligne (une réunion très bien faite, d'ailleurs), nous retirons cette autorisation et vous demandons de ne plus l'utiliser nulle part.

Émilie Ferrand
"""),

R("fr-req-portability-vers-drive", ["portability"], ("Lucie Vernet", "lucie.vernet@gmail.com"),
  "mes exercices",
  """Coucou Sandra !

Je sais que tu es débordée avec les stages d'été (et je t'avais dit que je le ferais moi-même, mais j'ai perdu mon ancien ordi avec tout dedans, quelle idiote) donc si tu pouvais m'envoyer toutes mes fiches d'exercices et mes réponses de la formation dans un format que je peux remettre dans mon Google Drive, genre Word ou PDF éditable, ce serait top.

Bisous,
Lucie
"""),
# NEAR-LINE: "format que je peux remettre dans mon Drive" = reusable format -> portability.

R("fr-req-erasure-mandat-avocat", ["erasure"], ("Maître Xavier Lenoir", "x.lenoir@lenoir-avocats.fr"),
  "Demande d'effacement - Mme Céline Bardin",
  """Madame,

Agissant en qualité de conseil de Madame Céline BARDIN, laquelle m'a donné mandat à cet effet (pouvoir joint), et sans préjudice des autres démarches qu'elle pourrait engager dans le cadre du différend qui l'oppose à son ancien employeur, lequel vous avait adressé cette salariée pour un accompagnement, je vous demande, sur le fondement de l'article 17 du RGPD, de procéder à l'effacement de l'ensemble des données personnelles la concernant.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Xavier Lenoir
Avocat au Barreau de Châteauroux
""",
  attachments=[("pdf", "mandat_C_Bardin.pdf", "Mandat - Celine Bardin donne pouvoir a Me Xavier Lenoir"),
               ("pdf", "CNI_C_Bardin.pdf", "Copie carte nationale d'identite - Celine Bardin")]),

R("fr-req-objection-unsub-quoted-newsletter", ["objection"], ("Yvette Guérin", "yvette.guerin@wanadoo.fr"),
  "RE: Les ateliers du printemps sont ouverts !",
  """Bonjour, même si vos ateliers ont l'air très bien et que ma voisine y va toutes les semaines, je ne veux plus recevoir ces courriels, merci de me désabonner.
Yvette Guérin
""",
  quote={"style": "outlook", "subject": "Les ateliers du printemps sont ouverts !",
         "text": "Chères toutes, chers tous,\n\nLe printemps arrive et avec lui les nouveaux ateliers « Oser être soi ».\nInscriptions sur le site.\n\nPour vous désinscrire, cliquez ici.\nSandra - Floraison de Soi"}),

R("fr-req-access-qui-a-vu", ["access"], ("Agnès Roulet", "agnes.roulet@gmail.com"),
  "Qui a eu accès à mon dossier ?",
  """Bonjour,

Ayant appris que vous travaillez désormais avec une assistante (ce dont je me réjouis pour vous, vous étiez toujours débordée) et que votre comptable reçoit aussi certaines informations, je voudrais savoir précisément qui a reçu des éléments de mon dossier, et lesquels, puisque j'y avais parlé de ma santé.

Agnès Roulet
"""),

R("fr-req-erasure-withdraw-temoignage-tout", ["erasure", "withdraw_consent"], ("Guillaume Petit", "guillaume.petit@hotmail.com"),
  "Retrait",
  """Bonjour Sandra,

Sans rancune aucune — vous avez fait votre travail et je l'ai fait moi-même en écrivant ce témoignage dont j'étais fier à l'époque — je voudrais maintenant le retirer de votre site, et plus généralement que vous supprimiez tout ce que vous avez sur moi, car je change complètement de vie et de région.

Guillaume
"""),

R("fr-req-rectif-email-remplacer", ["rectification"], ("Denise Moulin", "denise.moulin36@orange.fr"),
  "Nouvelle adresse mail",
  """Bonjour Sandra,

Mon petit-fils m'a créé une nouvelle adresse parce que l'ancienne (denise.moulin@club-internet.fr) ne marchait plus très bien, alors même si je ne suis pas encore très à l'aise avec l'ordinateur, je vous écris de celle-ci pour que vous la mettiez à la place de l'ancienne : denise.moulin36@orange.fr.

Merci beaucoup,
Denise Moulin
"""),

R("fr-req-restriction-ne-pas-effacer", ["restriction"], ("Olivier Brossard", "olivier.brossard@gmail.com"),
  "Ne rien effacer pour l'instant",
  """Bonjour,

J'ai vu que vos conditions prévoient la suppression des données après un certain temps d'inactivité, mais comme je suis en procédure prud'homale avec mon ancien employeur et que mon avocate pourrait avoir besoin des bilans faits avec vous, je vous demande de ne pas les effacer, tout en ne les utilisant plus pour autre chose.

Olivier Brossard
"""),

R("fr-req-objection-withdraw-quebec", ["objection", "withdraw_consent"], ("Marie-Ève Tremblay", "marieeve.tremblay@videotron.ca"),
  "Infolettre pis photo",
  """Bonjour Sandra,

Je suis revenue au Québec depuis l'automne pis même si j'ai adoré mon stage chez vous à Issoudun (ma tante m'en parle encore), je voudrais plus recevoir votre infolettre, et tant qu'à y être, je retire mon accord pour la photo de moi au bord de la Théols que vous aviez mise sur votre page.

Merci ben gros,
Marie-Ève
"""),

R("fr-req-access-sms-style", ["access"], ("Jordan L.", "jordan.lbrt@gmail.com"),
  "infos",
  """slt sandra dsl de te deranger, jsp si c normal mais g vu ke ta un dossier sur moi depuis le coaching de l'agence interim, tu peux m'envoyer ce ke ta dedans stp ? g rien contre toi c juste pour savoir
jordan
"""),

R("fr-req-erasure-belge", ["erasure"], ("Françoise Delvaux", "francoise.delvaux@skynet.be"),
  "Suppression de mes données",
  """Bonjour Madame,

Je vous avais contactée l'an passé via le formulaire de votre site au sujet d'un accompagnement à distance, qui finalement ne s'est pas fait puisque ma mutuelle ici en Belgique ne le remboursait pas (ce que je regrette, septante euros la séance c'était trop pour moi), et je souhaiterais dès lors que vous effaciez les données que je vous avais transmises à ce moment-là.

Bien à vous,
Françoise Delvaux
"""),

R("fr-req-portability-rh-entreprise", ["portability"], ("Claire Joubert", "claire.joubert@gmail.com"),
  "Résultats du bilan - format",
  """Bonjour Madame Delomenie,

Mon entreprise, qui avait payé le bilan, m'a fait savoir qu'elle ne le conserverait pas, ce qui me va très bien, mais comme je veux continuer seule le travail avec une plateforme d'orientation en ligne, je vous demande de m'envoyer mes résultats aux tests dans un format structuré (CSV ou JSON) que je puisse y importer moi-même.

Claire Joubert
"""),

R("fr-req-withdraw-enregistrement-audio", ["withdraw_consent"], ("Bernard Lefebvre", "bernard.lefebvre@orange.fr"),
  "Enregistrement",
  """Madame,

J'avais, certes, donné mon accord pour que vous enregistriez notre séance de sophrologie afin de me l'envoyer, et je l'écoute encore parfois le soir, mais ayant compris depuis que vous gardiez aussi une copie pour « illustrer » vos formations, je retire cet accord pour cette seconde utilisation.

Bernard Lefebvre
"""),

R("fr-req-post-mortem-fils-compte-facebook", ["post_mortem"], ("Alexandre Rigaud", "alex.rigaud@gmail.com"),
  "Mon père, Daniel Rigaud",
  """Bonjour,

Mon père Daniel Rigaud est décédé en décembre, et en triant ses mails (ce qui est assez dur, vous l'imaginez), j'ai vu qu'il faisait partie de votre groupe WhatsApp et qu'il recevait votre newsletter ; je voudrais que vous le retiriez de tout cela et que vous me disiez si vous gardez d'autres choses à son nom.

Alexandre Rigaud
"""),

R("fr-req-objection-unsub-html-only", ["objection"], ("Sarah Benali", "sarah.benali@hotmail.fr"),
  "Désinscription",
  """Bonjour,

Bien que j'aie lu avec plaisir vos lettres pendant un an, et même si le lien de désinscription en bas ne fonctionne pas chez moi (j'ai essayé trois fois, avec deux navigateurs), je souhaite être retirée de votre liste de diffusion.

Merci,
Sarah Benali
""",
  html="only"),

R("fr-req-rectif-note-erronee", ["rectification"], ("Hugo Marchand", "hugo.marchand@gmail.com"),
  "Petite correction dans mon dossier",
  """Bonjour Sandra,

En relisant la fiche de synthèse que tu m'as envoyée (merci, elle est très claire, ma compagne l'a lue aussi et elle trouve que ça me ressemble), j'ai vu qu'il est noté que je suis comptable alors que je suis contrôleur de gestion, et que j'ai deux enfants alors que j'en ai trois, donc est-ce que tu pourrais corriger ces deux points ?

Hugo
"""),
]
