# -*- coding: utf-8 -*-
"""Theme requests, French: people writing for someone else (minors, tutelle, mandates, heirs, notaries)."""
from common import R

RECORDS = [
R("fr-parent-mineur-effacement-atelier-ado", "Données de ma fille Léna (atelier ados)",
"""Bonjour Madame Delomenie,

Ma fille Léna Perrin, 15 ans, a participé à votre atelier « Confiance en soi pour les ados » en février. Elle ne souhaite pas continuer et, en tant que mère et titulaire de l'autorité parentale, je vous demande d'effacer l'ensemble des données la concernant : fiche d'inscription, questionnaire de début d'atelier, photos éventuelles et échanges par mail.

Vous trouverez en pièce jointe la copie de ma pièce d'identité et un extrait d'acte de naissance de Léna.

Merci de me confirmer la suppression par retour de mail.

Cordialement,
Véronique Perrin""", ["erasure"], frm=("Véronique Perrin", "v.perrin36@orange.fr"),
attachments=[("pdf", "CNI_Perrin_Veronique.pdf", "Carte nationale d'identite - PERRIN Veronique - copie"),
             ("pdf", "extrait_naissance_Lena.pdf", "Extrait d'acte de naissance - PERRIN Lena - nee le 03/05/2010")]),

R("fr-parent-mineur-acces-notes-fils", "notes des séances de Tom",
"""Bonjour Sandra,

Tom (16 ans) a fait 5 séances avec vous cet automne pour son orientation. Son père et moi aimerions recevoir une copie des notes et des bilans que vous avez rédigés à son sujet, ainsi que les résultats du test d'intérêts qu'il a passé. Tom est d'accord, il est en copie.

Bonne journée
Anne-Laure Besson""", ["access"], cc="Tom Besson <tom.besson2009@gmail.com>"),

R("fr-parent-mineur-photo-facebook", "Photo de mon fils sur votre page",
"""Bonsoir,
je suis tombé sur la photo de groupe du stage de Pâques publiée sur votre page Facebook. Mon fils Noah (12 ans) est au premier rang. Nous avions signé l'autorisation mais finalement on préfère qu'il n'apparaisse pas en ligne. Merci de retirer la photo ou de le flouter, et de ne plus utiliser son image.
Cdt
Mickaël Dufresne
Envoyé de mon iPhone""", ["withdraw_consent"], frm=("Mickaël Dufresne", "mika.dufresne@icloud.com"), cte="8bit"),

R("fr-tutelle-udaf-acces", "Demande de communication de données – majeur protégé M. Gérard Lamy",
"""Madame,

En ma qualité de mandataire judiciaire à la protection des majeurs, désignée tutrice de M. Gérard Lamy par jugement du juge des contentieux de la protection du tribunal judiciaire de Châteauroux en date du 14 mars 2024, je vous prie de bien vouloir me communiquer, conformément à l'article 15 du RGPD, l'ensemble des données à caractère personnel que vous détenez concernant M. Lamy, ainsi que les destinataires auxquels elles ont pu être transmises.

Vous trouverez ci-joint une copie du jugement de tutelle.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Claire Fauvet
Mandataire judiciaire
UDAF de l'Indre – Service de protection des majeurs
Tél. 02 54 08 xx xx

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""", ["access"],
# NEAR-LINE: a court-appointed tutor is a legal representative, like a lawyer with a mandate -> request
frm=("Claire Fauvet - UDAF 36", "c.fauvet@udaf36.fr"), html="alt",
attachments=[("pdf", "jugement_tutelle_Lamy.pdf", "Tribunal judiciaire de Chateauroux - jugement d'ouverture de tutelle - M. Gerard LAMY")]),

R("fr-curatelle-changement-adresse", "changement d'adresse",
"""Bonjour Madame,

Je m'appelle Josiane Carré, je suis venue à deux ateliers sophro l'an dernier. J'ai déménagé, ma nouvelle adresse est : 12 allée des Tilleuls, 36100 Issoudun. L'ancienne (rue de la Gare à Vatan) n'est plus bonne, pouvez vous la changer dans votre fichier.

Ma curatrice Mme Robin est en copie parce que c'est elle qui s'occupe du courrier.

Merci
Josiane Carré""", ["rectification"], cc="Sylvie Robin <s.robin@atiaf-centre.fr>"),

R("fr-notaire-succession-effacement", "Succession de Madame Odile Marchais – données personnelles",
"""Maître Benoît Aubry
Notaire associé
Office notarial d'Issoudun

Madame,

Nous sommes chargés du règlement de la succession de Madame Odile MARCHAIS, décédée le 2 septembre 2025 à Bourges, qui était, d'après les papiers retrouvés, cliente de votre cabinet.

À la demande de ses héritiers, nous vous remercions de bien vouloir procéder à la clôture de son dossier et à la suppression de ses données personnelles, et de nous indiquer si des sommes restent dues de part ou d'autre.

Vous trouverez ci-joint l'acte de décès.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Aubry,
Lucie Gaudin, clerc de notaire""", ["post_mortem"], frm=("Office notarial Aubry", "office.aubry@notaires.fr"),
attachments=[("pdf", "acte_deces_MARCHAIS.pdf", "Acte de deces - MARCHAIS Odile - 02/09/2025 - Bourges")]),

R("fr-fille-defunte-newsletter", "Maman",
"""Bonjour Sandra,

C'est difficile d'écrire ce message. Ma mère, Monique Tessier, nous a quittés le mois dernier. Elle recevait toujours votre lettre du dimanche, et chaque fois que je relève son courrier ça me serre le cœur. Est-ce que vous pourriez l'enlever de la liste ?

Elle parlait souvent de vos ateliers de respiration, ça lui avait fait du bien.

Merci pour tout,
Hélène""", ["post_mortem"], frm=("Hélène Tessier-Roy", "helene.tessier.roy@free.fr")),

R("fr-veuf-enregistrements", "enregistrements des séances de ma femme",
"""Madame Delomenie,

Mon épouse Brigitte Huet est décédée le 11 janvier. Je sais qu'elle faisait des séances d'hypnose avec vous et qu'elle recevait les enregistrements audio. Je ne les retrouve pas sur son téléphone. Serait-il possible de me les transmettre ? Ce serait important pour moi et nos enfants d'entendre sa voix.

Je peux vous fournir le certificat de décès et le livret de famille.

Respectueusement,
Alain Huet""", ["post_mortem"], frm=("Alain Huet", "alain.huet@wanadoo.fr")),

R("fr-directives-post-mortem-suppression", "mes directives pour plus tard",
"""Bonjour Sandra,

Après notre dernière séance j'ai réfléchi à ce dont on a parlé. Je commence à mettre mes affaires en ordre, et je voudrais que ce soit noté quelque part chez vous : le jour où je ne serai plus là, je ne veux pas que quelqu'un de ma famille puisse lire mes fiches de suivi ni mes carnets d'écriture. Je souhaite qu'ils soient détruits, tout simplement.

Je vous l'écris pour que ce soit une trace écrite.

Françoise L.""", ["post_mortem"]),

R("fr-directives-post-mortem-soeur", "Directives – après mon décès",
"""Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous faire part de directives particulières concernant mes données : en cas de décès, je désigne ma sœur, Mme Agathe Vernier, pour recevoir communication de mon dossier d'accompagnement (comptes rendus, bilans, questionnaires). Toute autre donnée pourra être supprimée.

Mon état de santé actuel me pousse à régler ces questions maintenant.

Je joins ma pièce d'identité.

Bien à vous,
Marie-Christine Vernier""", ["post_mortem"],
attachments=[("pdf", "piece_identite_MC_Vernier.pdf", "Passeport - VERNIER Marie-Christine")]),

R("fr-be-executeur-testamentaire", "Décès de M. Jacques Delvaux - exécution testamentaire",
"""Bonjour Madame,

Je me permets de vous écrire en tant qu'exécuteur testamentaire de feu Monsieur Jacques Delvaux, décédé à Namur le 4 novembre dernier. Monsieur Delvaux avait suivi votre formation en ligne « Prendre soin de soi après 60 ans » et disposait d'un compte sur votre plateforme.

Pourriez-vous avoir l'amabilité de clôturer ce compte et de me faire savoir quelles données y sont encore liées ? Je dois faire le tour de ses abonnements, ça me prend un temps fou, vous savez.

Je vous remercie d'avance et vous souhaite une belle fin de semaine.

Philippe Delvaux
(son neveu)
Rue de Fer 18, 5000 Namur""", ["post_mortem"], frm=("Philippe Delvaux", "philippe.delvaux@skynet.be")),

R("fr-avocat-mandat-acces", "Demande d'accès – Mme Sabrina Kessler – notre réf. 25/118",
"""Madame,

Je vous informe intervenir dans les intérêts de Madame Sabrina KESSLER, qui m'a donné mandat exprès, dont copie jointe, pour exercer en son nom les droits qu'elle tient des articles 15 et suivants du RGPD.

À ce titre, je vous prie de bien vouloir me communiquer dans le délai d'un mois :
- une copie de l'intégralité des données personnelles de ma cliente que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels ces données ont été communiquées, notamment tout employeur ou organisme financeur ;
- la durée de conservation envisagée.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Maître Romain Esnault
Avocat au Barreau de Bourges
Cabinet Esnault & Mayer — 7 rue Moyenne, 18000 Bourges

AVERTISSEMENT : ce message électronique est couvert par le secret professionnel de l'avocat.""", ["access"],
frm=("Me Romain Esnault", "r.esnault@esnault-avocats.fr"), html="alt",
attachments=[("pdf", "mandat_Kessler_signe.pdf", "Mandat - Sabrina KESSLER donne pouvoir a Me Romain ESNAULT pour exercer ses droits RGPD")]),

R("fr-avocat-mandat-effacement-opposition", "Dossier Mme Ribeiro / Floraison de Soi",
"""Madame,

Agissant pour le compte de Mme Paula Ribeiro (pouvoir ci-joint), je vous demande :
1) de cesser immédiatement toute prospection commerciale à son égard, par courriel comme par SMS ;
2) de procéder à l'effacement de ses données personnelles, en application de l'article 17 du RGPD, sous réserve de celles que vous seriez légalement tenue de conserver à des fins comptables.

Je vous saurais gré de me confirmer l'exécution de ces demandes.

Recevez, Madame, mes salutations.

Me Inès Ferrand
Avocate – Barreau de Paris""", ["erasure", "objection"], frm=("Inès Ferrand", "iferrand@ferrand-avocat.fr"),
attachments=[("pdf", "pouvoir_Ribeiro.pdf", "Pouvoir - Paula RIBEIRO - au profit de Me Ines FERRAND")]),

R("fr-avocat-mandat-acces-rectif", "Mme Nadège Poulain - RGPD",
"""Madame Delomenie,

Je suis l'avocate de Mme Nadège Poulain, qui m'a mandatée par écrit (document joint).

Ma cliente a constaté que l'attestation de formation que vous lui avez délivrée mentionne un nom de naissance erroné (« Poulin » au lieu de « Poulain ») et une date de naissance inexacte (12/08/1984 au lieu du 21/08/1984). Elle vous demande la correction de ces données dans vos fichiers et la réédition de l'attestation.

Elle souhaite par ailleurs obtenir communication de l'ensemble des informations la concernant figurant dans votre dossier de formation.

Bien cordialement,
Me Aurélie Chastang""", ["access", "rectification"], frm=("Aurélie Chastang", "a.chastang@avocats-chastang.fr"),
attachments=[("docx", "mandat_Poulain.docx", "Mandat de representation\nJe soussignee Nadege Poulain donne mandat a Me Aurelie Chastang")]),

R("fr-parent-mineur-sms-rappels", "SMS",
"""bonjour c'est la maman de Jade qui vient le mercredi. elle reçoit vos sms de promo sur son portable alors qu'elle a 13 ans, je voudrais que ça s'arrete svp, plus de sms ni de mails pub sur son numero. merci""", ["objection"], cte="8bit"),

R("fr-parent-mineur-questionnaire-livre", "Questionnaire de Chloé – retrait",
"""Bonjour Sandra,

Lors de l'inscription de Chloé au cycle « Gérer son stress avant le bac », nous avions coché la case acceptant que ses réponses au questionnaire soient utilisées, anonymisées, pour votre livre et vos statistiques. Avec du recul, son père et moi retirons cet accord. Merci de ne pas utiliser ses réponses.

Pour le reste rien ne change, elle continue les séances avec plaisir !

Delphine Arnoux""", ["withdraw_consent"]),

R("fr-parent-mineur-transfert-psy", "Dossier de Maxime pour sa psychologue",
"""Bonjour,

Maxime, mon fils de 14 ans, va être suivi à partir de janvier par une psychologue à Châteauroux. Elle nous a demandé si vous pouviez lui transmettre son dossier (bilans, grilles d'évaluation) sous forme de fichiers qu'elle pourra reprendre dans son logiciel — un export en tableur ou PDF texte conviendrait.

Et pouvez-vous aussi me dire ce que vous avez exactement dans son dossier ? Je n'ai jamais bien su.

Merci beaucoup,
Sandrine Mallet""", ["access", "portability"]),

R("fr-stagiaire-employeur-resultats", "Résultats d'évaluation transmis à mon employeur ?",
"""Bonjour Madame Delomenie,

J'ai suivi la formation « Manager avec bienveillance » financée par mon employeur (Transports Berrichons). Je viens d'apprendre que les résultats de l'auto-évaluation de fin de module auraient été envoyés à la DRH. Je voudrais savoir exactement à qui ces résultats ont été communiqués, et je m'oppose à ce qu'ils soient transmis à l'avenir à mon employeur : pour moi, c'était un outil personnel.

Merci de votre réponse,
Karim Benali""", ["access", "objection"], frm=("Karim Benali", "karim.benali@gmail.com")),

R("fr-conjoint-notes-acces-lui", "Ce qui me concerne dans vos notes",
"""Madame,

Mon épouse est accompagnée par vous depuis plus d'un an. Elle m'a dit à plusieurs reprises que vous preniez des notes sur notre couple et sur moi, y compris sur des éléments de ma santé. Je ne demande pas à lire son dossier, qui lui appartient, mais je souhaite savoir quelles informations me concernant moi, personnellement, sont consignées chez vous, et en obtenir copie.

Cordialement,
Thierry Vasseur""", ["access"],
# NEAR-LINE: a spouse asking for data about himself held in his wife's file -> his own data, access; not a relative asking about another adult
frm=("Thierry Vasseur", "t.vasseur@sfr.fr")),

R("fr-ex-epouse-notes-effacement", "mention de mon nom dans le dossier d'un client",
"""Bonjour,

Je suis l'ex-femme de Stéphane G., qui vous consulte. Lors de l'audience devant le JAF, son avocat a produit une attestation faisant état de « notes de coaching » où il est question de moi, de mon état psychique et de mon travail. Je n'ai jamais consenti à ce que des informations sur moi soient conservées par vous. Je vous demande de supprimer toutes les informations me concernant.

Corinne Gallet""", ["erasure"],
# NEAR-LINE: data about the writer herself sitting in someone else's file -> erasure of her own data, not a request about another adult
frm=("Corinne Gallet", "corinne.gallet@laposte.net")),

R("fr-cliente-retirer-mari-notes", "une demande un peu particulière",
"""Coucou Sandra,

Depuis notre séparation je repense à tout ce que je t'ai raconté sur Fabrice pendant les séances. Est-ce que tu pourrais enlever de mes fiches tout ce qui parle de lui ? Je préfère que mon dossier ne garde que ce qui me concerne moi. Le reste tu peux garder évidemment.

Bises, à jeudi
Amandine""", ["erasure"],
# NEAR-LINE: partial deletion of passages in her own file -> erasure (not rectification: nothing is wrong, she wants it gone)
),

R("fr-mandat-protection-future-fille", "Ma mère, Mme Jeanne Pottier",
"""Bonjour Madame,

Je suis la fille de Jeanne Pottier, qui a suivi vos ateliers mémoire et bien-être en 2023 et 2024. Le mandat de protection future que maman avait signé à mon profit a pris effet le mois dernier (certificat médical et visa du greffe joints), sa maladie ne lui permettant plus de gérer ses affaires.

Elle continue de recevoir vos mails et vos appels pour de nouveaux ateliers, ce qui la perturbe beaucoup. Je vous demande donc, en tant que mandataire, de ne plus la contacter et de supprimer ses données de votre fichier.

Merci de votre compréhension,
Élisabeth Pottier-Morin""", ["erasure", "objection"],
# NEAR-LINE: mandat de protection future in force = legal representative (like a mandate), not merely a relative
attachments=[("pdf", "mandat_protection_future_vise.pdf", "Mandat de protection future - Jeanne POTTIER - mandataire Elisabeth POTTIER-MORIN - vise par le greffe")]),

R("fr-tante-tutrice-mineur-acces", "Inès Saïdi – demande de dossier",
"""Bonjour,

Je suis la tutrice légale de ma nièce Inès Saïdi (11 ans) depuis le décès de ses parents ; le jugement du conseil de famille est joint. Inès a vu une de vos collègues dans le cadre d'un atelier « émotions » à l'école l'an dernier, que vous organisiez. Pourriez-vous m'envoyer tout ce que vous avez sur elle (fiche, dessins scannés, observations) ? Cela m'aiderait pour le suivi qu'elle commence.

Merci
Nadia Saïdi""", ["access"],
attachments=[("pdf", "ordonnance_tutelle_mineure.pdf", "Tutelle de mineur - SAIDI Ines - tutrice Nadia SAIDI")]),

R("fr-heritier-factures-pere", "Factures de mon père",
"""Bonjour madame

Mon père Roger Collin est décédé en juin. Pour la déclaration de succession le notaire me demande le détail des sommes qu'il vous a versées en 2024 et 2025. Pouvez vous m'envoyer les factures à son nom ?

Merci d'avance
Pascal Collin""", ["post_mortem"],
# NEAR-LINE: copy of invoices sounds like a billing negative, but an heir writing after a death is post_mortem whatever they ask
),

R("fr-notaire-solde-defunt", "Succession HERVIEU – vérification de créances",
"""Madame,

Dans le cadre de la succession de M. Daniel HERVIEU, décédé le 17 mai 2025, nous vous serions obligés de nous faire connaître si le défunt était débiteur ou créancier à votre égard à la date du décès, et le cas échéant de nous adresser un relevé de compte.

Veuillez agréer, Madame, l'assurance de nos sentiments dévoués.

SCP Marot & Lefranc, notaires
2 place du 10 juin, 36100 Issoudun""", ["post_mortem"],
# NEAR-LINE: notary after a death -> post_mortem per policy, even though the question is about money owed
frm=("SCP Marot Lefranc", "accueil.marot-lefranc@notaires.fr"), to=1),

R("fr-mere-mineur-date-naissance", "Erreur date de naissance Lucas",
"""Bonjour,
Sur la convocation au stage d'été que j'ai reçue pour mon fils Lucas Bernier, sa date de naissance est indiquée 14/02/2013 alors qu'il est né le 14/02/2012. Vous pouvez corriger ? Ça compte pour le groupe d'âge je crois.
Merci
Émilie Bernier""", ["rectification"]),

R("fr-parent-mineur-gel-dossier", "Dossier de notre fils – ne rien supprimer",
"""Madame,

Dans le cadre d'une procédure en cours devant le juge des enfants concernant notre fils Evan (15 ans), notre avocat nous conseille de vous demander de conserver son dossier en l'état. Merci de ne pas le supprimer, mais de ne plus l'utiliser ni le communiquer à qui que ce soit jusqu'à nouvel ordre, y compris à son père avec qui nous sommes en conflit.

Je reste disponible pour en parler.

Aurore Lemaître""", ["restriction"]),

R("fr-directives-post-mortem-portabilite", "Pour le jour où",
"""Sandra,

Tu sais que mon traitement ne marche pas aussi bien qu'espéré. J'ai une demande qui va peut-être te paraître bizarre : quand je partirai, je voudrais que ma fille Zoé puisse récupérer mes textes d'écriture thérapeutique et mes enregistrements, dans un format qu'elle puisse ouvrir sans problème (fichiers audio, documents Word). Rien d'autre ne doit lui être transmis, surtout pas les notes de séance.

Je te fais confiance.
Valérie""", ["post_mortem"]),

R("fr-qc-mere-ado-suppression-compte", "Compte de ma fille sur votre plateforme",
"""Bonjour Madame Delomenie,

Ma fille Rosalie (16 ans) s'est inscrite à votre formation en ligne sur l'estime de soi sans m'en parler, avec ma carte de crédit en plus, là. On a réglé ça, elle continue pas. Je vous demanderais de fermer son compte pis d'effacer toutes ses infos, son courriel et ses réponses aux exercices.

Merci ben gros,
Geneviève Tremblay
Sherbrooke (Québec)""", ["erasure"], frm=("Geneviève Tremblay", "gen.tremblay@videotron.ca")),

R("fr-ch-notaire-genevois", "Succession de Mme Rose-Marie Favre",
"""Madame,

En qualité de notaire chargé de la liquidation de la succession de feue Mme Rose-Marie Favre, domiciliée de son vivant à Carouge, je vous informe de son décès survenu le 28 février 2026.

Les héritiers souhaitent que les photographies de la défunte publiées sur votre site dans la rubrique « témoignages » soient retirées.

Veuillez recevoir, Madame, mes salutations distinguées.

Me Laurent Jaquier, notaire
Genève""", ["post_mortem"],
# NEAR-LINE: withdrawing a testimonial photo, but written by a notary after a death -> post_mortem only
frm=("Etude Jaquier", "etude@jaquier-notaires.ch"),
attachments=[("pdf", "certificat_deces_Favre.pdf", "Certificat de deces - FAVRE Rose-Marie - 28.02.2026")]),

R("fr-fils-pere-decede-compte", "Re: votre mail du 3",
"""bonjour, mon père ne pourra pas répondre, il est décédé cet été. merci de supprimer son adresse et tout ce qui le concerne.
Julien Roux""", ["post_mortem"],
quote="""Bonjour Bernard,

Cela fait un moment que nous ne nous sommes pas vus ! Je relance les ateliers « Bien vieillir » à la rentrée. Souhaitez-vous que je vous réserve une place ?

Belle journée,
Sandra""", quote_style="gmail"),

R("fr-parent-mineur-acces-ce-que-vous-detenez", "Question sur les données de ma fille",
"""Bonjour,

Ma fille Manon, 14 ans, a fait un stage de théâtre-coaching chez vous. Pourriez-vous me dire quelles données vous avez sur elle, d'où elles viennent (je ne me souviens pas avoir donné sa date de naissance) et si elles ont été partagées avec l'école ?

Merci,
Olivier Renaud""", ["access"]),

R("fr-parent-mineur-retrait-video", "vidéo témoignage d'Ambre",
"""Bonjour Sandra,

Ambre avait accepté de faire une petite vidéo témoignage à la fin du stage (avec notre accord signé). Elle est maintenant au collège et se fait chambrer à cause de ça. On retire notre autorisation, pourriez-vous enlever la vidéo de YouTube et d'Instagram, et supprimer aussi toutes ses données chez vous tant qu'à faire ?

Merci de ta compréhension
Sabine""", ["erasure", "withdraw_consent"]),

R("fr-avocat-mandat-portabilite", "Transmission du dossier de formation – M. Hugo Lefort",
"""Madame,

Mandaté par M. Hugo Lefort (mandat joint), je vous demande de transmettre l'ensemble des données qu'il vous a fournies dans le cadre de son parcours de certification (dossier, évaluations, livrables) dans un format structuré et lisible par machine, directement à l'organisme « Parcours Pro Centre », qui poursuivra sa certification. Adresse de réception : dossiers@parcourspro-centre.fr.

Salutations distinguées,
Me Guillaume Tardy""", ["portability"], frm=("Guillaume Tardy", "g.tardy@tardy-avocat.fr"),
attachments=[("pdf", "mandat_Lefort.pdf", "Mandat - Hugo LEFORT - Me Guillaume TARDY")]),

R("fr-pere-mineur-opposition-stats", "Utilisation des données de mon fils pour vos statistiques",
"""Madame,

Je lis dans votre politique de confidentialité que les questionnaires peuvent servir à des enquêtes et à l'évolution de vos prestations. Je m'oppose à ce que les données de mon fils Arthur Chevalier (13 ans) servent à des statistiques, quelles qu'elles soient. Son suivi, oui ; le reste, non.

Cordialement,
Frédéric Chevalier""", ["objection"]),

R("fr-client-directives-generales", "Directives relatives à mes données après mon décès",
"""Madame Delomenie,

Par la présente, je vous communique mes directives relatives au sort de mes données personnelles après mon décès : je demande leur effacement complet, sans communication à quiconque, y compris à mes héritiers. Je n'ai aucun problème avec vous, je préfère juste que ce soit clair.

Veuillez agréer mes salutations,
Bernard Guillot
(signé électroniquement)""", ["post_mortem"], frm=("Bernard Guillot", "bernard.guillot@orange.fr")),

R("fr-tuteur-majeur-rectif-adresse", "M. Kevin Marchand – changement de coordonnées",
"""Bonjour,

Je suis le tuteur de M. Kevin Marchand (jugement joint), qui participe à votre atelier d'expression en ESAT. Depuis son entrée en foyer, ses coordonnées ont changé. Merci de remplacer l'ancienne adresse et le numéro 06 12 44 80 19 par :
Foyer Les Chaumes, 4 rue des Peupliers, 36100 Issoudun – 02 54 21 xx xx (accueil).

Cordialement,
Jean-Marc Dubreuil, tuteur familial""", ["rectification"],
attachments=[("pdf", "jugement_tutelle_Marchand.pdf", "Jugement de tutelle - MARCHAND Kevin - tuteur Jean-Marc DUBREUIL")]),

R("fr-veuve-temoignage", "Témoignage de mon mari",
"""Bonjour Madame,

Mon mari Gilles nous a quittés en mars. En cherchant son nom sur internet je suis tombée sur son témoignage sur votre site, avec sa photo. Je sais que ça partait d'une bonne intention mais c'est trop dur à voir. Pouvez-vous le retirer ?

Merci,
Martine Poirier""", ["post_mortem"]),

R("fr-parent-divorce-mineur-acces", "Dossier d'Enzo – demande du père",
"""Madame,

Je suis le père d'Enzo Aubert (12 ans), que son ancienne compagne a inscrit à vos séances de gestion des émotions. J'exerce conjointement l'autorité parentale (jugement du JAF joint). Je n'ai reçu aucune information. Je vous demande copie du dossier de mon fils et des comptes rendus transmis à sa mère.

Salutations,
Nicolas Aubert""", ["access"],
attachments=[("pdf", "jugement_JAF_Aubert.pdf", "Jugement JAF - autorite parentale conjointe - AUBERT Enzo")]),

R("fr-cliente-cc-avocat-acces", "Demande de copie de mon dossier",
"""Madame,

Je vous demande de m'adresser une copie complète de mon dossier de coaching (fiches, notes, questionnaires, échanges écrits). Mon avocat, Maître Perret, est en copie de ce message.

Cordialement,
Stéphanie Lacroix""", ["access"], cc="Me Perret <contact@perret-avocat.fr>"),

R("fr-notaire-ordre-heritier-acces", "Successions VIDAL – demande des héritiers",
"""Madame,

Je vous transmets, pour le compte de Mme et M. Vidal, enfants et seuls héritiers de Mme Paulette Vidal décédée le 6 octobre 2025, leur demande de communication des documents que la défunte vous avait confiés (carnets, lettres). Ils souhaitent les récupérer à titre de souvenir.

Je reste à votre disposition pour tout justificatif complémentaire.

Maître Sophie Caron, notaire""", ["post_mortem"], frm=("Me Sophie Caron", "sophie.caron@notaires.fr"), html="only"),

R("fr-sms-style-mere-mineur", "",
"""bjr c la mere de Lily (atelier du samedi) svp pouvez vs supprimer tt ce ke vs avez sur elle on arrete. merci""", ["erasure"],
# NEAR-LINE: subject empty, SMS style; parent of a minor asking deletion -> erasure
cte="7bit"),

R("fr-parent-mineur-rectif-nom", "orthographe du nom de famille",
"""Bonjour,

Sur l'attestation de participation de mon fils au stage « Oser parler en public », son nom est écrit « Lefebre ». C'est Lefèvre, avec un v et un accent. Pourriez-vous corriger dans vos fichiers et lui renvoyer l'attestation ?

Bien à vous,
Claire Lefèvre""", ["rectification"]),

R("fr-cousine-defunte-compte-systemeio", "Compte d'une personne décédée",
"""Bonjour,

Ma cousine Audrey Perrot est décédée brutalement en décembre. Je gère ses comptes en ligne avec l'accord de sa famille. Elle avait un compte sur votre espace formation. Pouvez-vous le fermer et effacer ses informations ? Je peux envoyer l'acte de décès si besoin.

Merci et bonne continuation,
Morgane""", ["post_mortem"]),

R("fr-parent-mineur-objection-appels", "Appels commerciaux",
"""Madame,

Vous avez appelé deux fois le portable de ma fille Éva (15 ans) pour lui proposer le stage d'été. C'est moi qui gère ses inscriptions. Je vous demande de ne plus l'appeler ni lui écrire pour de la prospection.

Jérôme Jacquet""", ["objection"]),

R("fr-avocat-mandat-limitation", "Mme Hélène Pelletier – demande de limitation",
"""Madame,

Je représente Mme Hélène Pelletier (pouvoir joint). Ma cliente conteste l'exactitude de certaines mentions du compte rendu de bilan que vous avez établi en juin et qui a été produit dans un litige prud'homal. Dans l'attente de la vérification, elle demande la limitation du traitement de ce compte rendu : il ne doit être ni utilisé ni communiqué à des tiers.

Veuillez agréer, Madame, mes salutations distinguées.

Me Christophe Brunet""", ["restriction"], frm=("Christophe Brunet", "cbrunet@brunet-avocats.com"),
attachments=[("pdf", "pouvoir_Pelletier.pdf", "Pouvoir - Helene PELLETIER")]),

R("fr-parent-mineur-export-agenda-donnees", "Export des données d'Adam",
"""Bonjour Sandra,

On déménage à Lyon et Adam va continuer avec une coach là-bas. Tu peux m'envoyer ses données (les fiches de séance, ses objectifs, les exercices faits) en fichier que je puisse lui transférer ? Un CSV ou un tableur c'est parfait.

Merci pour ces deux années !
Fanny""", ["portability"]),

R("fr-gendre-belle-mere-decedee", "Mme Suzanne Meunier",
"""Bonjour,

Je vous écris au nom de ma femme, fille de Mme Suzanne Meunier, décédée le 20 avril. Nous aimerions savoir quelles données vous conservez encore sur elle et qu'elles soient ensuite effacées. Ma femme n'a pas la force d'écrire elle-même.

Merci
Yves Brunet""", ["post_mortem"]),

R("fr-tutelle-acces-et-opposition", "Protection juridique de Mme Ghislaine Roy",
"""Madame,

Service mandataire de l'ATI 36 — mesure de tutelle de Mme Ghislaine Roy (jugement du 2 juin 2025).

Nous constatons que Mme Roy reçoit régulièrement des offres commerciales de votre part. Nous vous demandons :
- de cesser ces envois ;
- de nous communiquer la liste des données détenues sur elle.

Cordialement,
Service MJPM – ATI 36""", ["access", "objection"], frm=("ATI 36 - Service MJPM", "mjpm@ati36.fr"),
attachments=[("pdf", "jugement_Roy.pdf", "Jugement de tutelle - ROY Ghislaine - 02/06/2025")]),

R("fr-petit-fils-directive-grand-mere", "Directives de ma grand-mère",
"""Bonjour,

Ma grand-mère, Mme Lucienne Bonnet, est décédée le 2 janvier. Dans ses papiers, elle avait laissé une note manuscrite : « Les notes de Sandra Delomenie sont à détruire ». Je vous la transmets en pièce jointe pour que sa volonté soit respectée.

Cordialement,
Théo Bonnet""", ["post_mortem"],
attachments=[("png", "note_mamie.png", "")]),

R("fr-parents-jumeaux-effacement-partiel", "Les jumeaux – données",
"""Bonjour,

Pour nos jumeaux Louis et Paul (9 ans) inscrits aux ateliers philo : vous pouvez garder leurs noms pour les attestations, mais merci d'effacer les dessins et enregistrements audio réalisés pendant les ateliers ainsi que nos numéros de portable. Vous avez l'adresse mail, ça suffit.

Merci !
Carole et David Huet""", ["erasure"]),

R("fr-avocat-mandat-directives-client", "Directives post mortem de M. Hubert Tessier",
"""Madame,

Mon client, M. Hubert Tessier, me charge de vous notifier les directives particulières qu'il a rédigées concernant ses données personnelles après son décès (document joint, signé). Il désigne son fils comme personne chargée de leur exécution.

Je vous remercie d'en accuser réception.

Me Anne Lacour""", ["post_mortem"],
# NEAR-LINE: a lawyer transmits a living client's instructions for after his death -> post_mortem
frm=("Anne Lacour", "alacour@lacour-avocat.fr"),
attachments=[("pdf", "directives_Tessier.pdf", "Directives particulieres - Hubert TESSIER - article 85 loi 78-17")]),

R("fr-heritiere-restriction-voulue", "Dossier de mon frère",
"""Madame,

Mon frère Denis nous a quittés il y a trois semaines. Nous ne sommes pas encore d'accord entre héritiers sur ce qu'il faut faire de ses affaires. Pourriez-vous conserver son dossier tel quel, sans le détruire, en attendant qu'on vous écrive ensemble ?

Merci,
Nathalie Girard""", ["post_mortem"],
# NEAR-LINE: reads like restriction (keep, do not delete) but the writer is an heir after a death -> post_mortem
),

R("fr-adolescent-lui-meme-suppression", "Suppr mes données",
"""Bonjour Madame,
j'ai 17 ans et j'étais au stage révisions + gestion du stress en avril. Mes parents sont d'accord, je voudrais que vous supprimiez mon compte et mes données. Mon mail c'est celui-ci.
Merci
Yanis""", ["erasure"]),
]
