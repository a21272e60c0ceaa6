# French requests (part A): forms, booking notes, letters, representatives, registers.
from _common import R, form, booking, SANDRA_C, SANDRA_O

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
SIO = "Systeme.io <notifications@systeme.io>"

RECORDS = [

R("fr-form-wp-effacement-complet", ["erasure"],
  "[Floraison de Soi] Nouveau message de Corinne Vasseur",
  form("wpforms", [("Nom", "Corinne Vasseur"), ("E-mail", "corinne.vasseur36@gmail.com"),
                   ("Téléphone", "06 12 48 90 33"), ("Objet de votre demande", "Autre")],
       "Bonjour Madame Delomenie,\nJ'ai suivi trois séances avec vous en 2023. Je ne souhaite plus qu'aucune "
       "information me concernant reste chez vous : fiche, mails, questionnaires, tout. Merci de bien vouloir "
       "tout effacer et de me le confirmer par écrit.\nCorinne"),
  frm=WP, reply_to="Corinne Vasseur <corinne.vasseur36@gmail.com>", to=2, html="alt"),

R("fr-form-cf7-ce-que-vous-savez", ["access"],
  "Formulaire de contact : question sur mon dossier",
  form("cf7", [("De", "Hervé Lanoix <h.lanoix@free.fr>"), ("Objet", "question sur mon dossier")],
       "Bonsoir, je suis venu à l'atelier gestion du stress de novembre. Je voudrais savoir précisément "
       "quelles informations vous avez enregistrées sur moi et en recevoir une copie. Je précise que je n'ai "
       "aucun reproche à vous faire, c'est par principe."),
  frm="Floraison de Soi <wordpress@floraisondesoi.fr>", reply_to="h.lanoix@free.fr", to=2),

R("fr-form-systeme-stop-mails", ["objection"],
  "Nouveau message via « Me contacter »",
  form("systeme", [("Prénom", "Maëlle"), ("E-mail", "maelle.k@laposte.net")],
       "bonjour je reçois vos mails toutes les semaines et ça fait trop. je ne veux plus de votre lettre "
       "d'information ni des promos pour les stages. merci"),
  frm=SIO, reply_to="maelle.k@laposte.net", to=2),

R("fr-form-wp-demenagement", ["rectification"],
  "[Floraison de Soi] Nouveau message de Bernard Tixier",
  form("wpforms", [("Nom", "Bernard Tixier"), ("E-mail", "bernard.tixier@wanadoo.fr"),
                   ("Objet de votre demande", "Mise à jour de mes coordonnées")],
       "Nous avons quitté Châteauroux. Merci de remplacer l'adresse que vous avez (12 allée des Tilleuls) "
       "par : 4 impasse du Moulin, 36100 Saint-Georges-sur-Arnon. Pour la facture de la formation il faut "
       "aussi cette nouvelle adresse."),
  frm=WP, reply_to="Bernard Tixier <bernard.tixier@wanadoo.fr>", to=2),

R("fr-form-cf7-dossier-nouvelle-coach", ["portability"],
  "Formulaire de contact : transfert de mon suivi",
  form("cf7", [("De", "Amandine Roussel <amandine.roussel@outlook.fr>"), ("Objet", "transfert de mon suivi")],
       "Bonjour Sandra, je déménage à Nantes et je vais continuer avec une coach là-bas. Est-ce que vous "
       "pourriez lui transmettre directement mes fiches de suivi et mes bilans, dans un format qu'elle pourra "
       "réutiliser (tableur ou fichier texte) ? Son adresse : c.marechal.coaching@gmail.com. Merci pour tout !"),
  frm=WP, reply_to="amandine.roussel@outlook.fr", to=2, html="alt"),

# NEAR-LINE: a testimonial withdrawal phrased as "enlever" — withdrawing the testimonial consent only.
R("fr-form-wp-temoignage-enlever", ["withdraw_consent"],
  "[Floraison de Soi] Nouveau message de Solène P.",
  form("wpforms", [("Nom", "Solène Pradier"), ("E-mail", "solene.pradier@yahoo.fr"),
                   ("Objet de votre demande", "Témoignage")],
       "Coucou Sandra, j'avais accepté avec plaisir que mon témoignage soit sur la page « Ils m'ont fait "
       "confiance ». Ma situation pro a changé et je préfère que mon prénom et mon texte n'y figurent plus. "
       "Tu peux l'enlever ? Pas de souci pour le reste."),
  frm=WP, reply_to="Solène Pradier <solene.pradier@yahoo.fr>", to=2),

R("fr-form-systeme-photo-et-tout", ["erasure", "withdraw_consent"],
  "Nouveau message via « Me contacter »",
  form("systeme", [("Prénom", "Ghislaine"), ("Nom", "Morand"), ("E-mail", "ghislaine.morand@orange.fr")],
       "Madame, je vous demande de retirer la photo de moi prise pendant la journée bien-être de mai (elle est "
       "sur votre page Facebook et sur votre site) et, plus largement, d'effacer toutes mes données de vos "
       "fichiers. Je ne reviendrai pas. Cordialement, G. Morand"),
  frm=SIO, reply_to="ghislaine.morand@orange.fr", to=2),

# NEAR-LINE: correction slipped into a booking-tool note; still a correction of her own data.
R("fr-resalib-note-nom-mal-ecrit", ["rectification"],
  "Nouveau rendez-vous : Nathalie Bouquerel - jeudi 14h00",
  booking("resalib", [("Client", "Nathalie Bouquerel"), ("Prestation", "Séance individuelle (1h)"),
                      ("Date", "jeudi à 14h00"), ("Téléphone", "07 61 22 09 54")],
          "Petite chose : sur vos factures et vos mails mon nom est écrit Bouquerelle, c'est Bouquerel sans le "
          "-le final. Pouvez-vous corriger dans votre fichier ? Merci"),
  frm="Resalib <no-reply@resalib.fr>", reply_to="nathalie.bouquerel@gmail.com", to=1),

R("fr-gcal-note-pas-de-sms-promo", ["objection"],
  "Nouveau rendez-vous : Séance découverte 30 min avec Loïc Fournet",
  booking("gcal", [("Invité", "Loïc Fournet"), ("E-mail", "loic.fournet@sfr.fr"), ("Quand", "mardi 18:30")],
          "Les rappels de RDV par SMS c'est ok, par contre je ne veux pas recevoir vos SMS de promotion pour les "
          "stages, j'en ai reçu deux le mois dernier. Merci d'en tenir compte."),
  frm="Google Agenda <calendar-notification@google.com>", reply_to="loic.fournet@sfr.fr", to=2, html="alt"),

R("fr-lettre-corps-article15", ["access"],
  "Demande d'accès aux données personnelles – article 15 du RGPD",
  "Madame,\n\n"
  "En application de l'article 15 du Règlement (UE) 2016/679 du 27 avril 2016, je vous prie de bien vouloir "
  "me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les "
  "informations suivantes : finalités du traitement, catégories de données, destinataires, durée de "
  "conservation et source des données lorsqu'elles n'ont pas été collectées auprès de moi.\n\n"
  "Je joins à la présente la copie de ma carte nationale d'identité. Je vous rappelle que vous disposez d'un "
  "délai d'un mois à compter de la réception pour y répondre.\n\n"
  "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
  "Jean-Marc Pellerin\n9 rue des Capucins\n36000 Châteauroux",
  frm="Jean-Marc Pellerin <jm.pellerin@laposte.net>", to=1,
  attach=[("pdf", "CNI_Pellerin.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : PELLERIN\n"
           "Prenoms : Jean-Marc Andre\nNe le : 03.11.1968 a BOURGES (18)\nCopie - usage exclusif demande RGPD")]),

R("fr-lettre-pdf-recommande-effacement", ["erasure"],
  "Courrier : demande d'effacement",
  "Bonjour,\n\nVous trouverez ci-joint mon courrier, dont l'original vous est également adressé en "
  "recommandé avec accusé de réception, ainsi qu'une copie de ma pièce d'identité.\n\nBien à vous,\n"
  "Patricia Gaudry",
  frm="Patricia Gaudry <patricia.gaudry@orange.fr>", to=1, mailer="ox",
  attach=[("pdf", "Courrier_Floraison_de_Soi.pdf",
           "Patricia Gaudry - 27 avenue de la Gare - 36100 Issoudun\n\nMadame Sandra Delomenie\nFloraison de Soi\n"
           "46 rue d'Estienne d'Orves - 36100 Issoudun\n\nObjet : demande d'effacement (article 17 du RGPD)\n\n"
           "Madame,\nJ'ai participe en 2024 a votre cycle \"Confiance en soi\". Je vous demande par la presente\n"
           "d'effacer l'ensemble des donnees personnelles me concernant (coordonnees, fiches, questionnaires,\n"
           "echanges de mails) et de m'en confirmer l'execution dans le delai legal d'un mois.\n\n"
           "Patricia Gaudry"),
          ("pdf", "piece_identite.pdf", "CARTE NATIONALE D'IDENTITE - GAUDRY Patricia - nee le 22/06/1975\n"
           "Copie certifiee conforme - transmise a Floraison de Soi")]),

# NEAR-LINE: contests the accuracy of a note and asks to pause its use while checking -> restriction only.
R("fr-lettre-pdf-contestation-limitation", ["restriction"],
  "Contestation – courrier joint",
  "Madame Delomenie,\n\nSuite à notre conversation téléphonique de lundi, je vous adresse en pièce jointe ma "
  "demande écrite et signée.\n\nSalutations,\nOlivier Brandt",
  frm="Olivier Brandt <olivier.brandt@hotmail.fr>", to=0,
  attach=[("pdf", "demande_limitation_OBrandt.pdf",
           "Olivier Brandt\n3 chemin des Vignes, 18100 Vierzon\n\nObjet : contestation de l'exactitude de donnees "
           "- demande de limitation (art. 18 RGPD)\n\nMadame,\nLe compte rendu de bilan que vous avez transmis a "
           "mon employeur mentionne que j'aurais\n\"refuse toute mobilite\". Cette mention est inexacte.\n"
           "Dans l'attente de verification, je vous demande de ne plus utiliser ni transmettre ces donnees,\n"
           "sans pour autant les supprimer, car j'en aurai peut-etre besoin.\n\nFait a Vierzon, signe : O. Brandt")]),

R("fr-avocat-mandat-communication", ["access"],
  "V/Réf. : Mme Laetitia Combes – N/Réf. : 25/0412 – Demande de communication",
  "Madame,\n\n"
  "Je suis le conseil de Madame Laetitia Combes, qui m'a donné mandat exprès, dont vous trouverez copie "
  "jointe, pour exercer en son nom les droits que lui confère le Règlement général sur la protection des "
  "données.\n\n"
  "À ce titre, je vous saurais gré de me faire parvenir, dans le délai prévu à l'article 12.3 du RGPD, une "
  "copie de l'intégralité des données personnelles de ma cliente traitées par Floraison de Soi, y compris "
  "les notes de séance et comptes rendus de bilan, ainsi que la liste des destinataires auxquels elles "
  "auraient été communiquées.\n\n"
  "Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.\n\n"
  "Maître Arnaud Vernet\nAvocat au Barreau de Bourges\n14 rue Moyenne – 18000 Bourges\n"
  "Tél. 02 48 65 21 07\n\n"
  "Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. S'il ne vous "
  "est pas destiné, merci d'en avertir l'expéditeur et de le détruire.",
  frm="Maître Arnaud Vernet <a.vernet@vernet-avocats.fr>", to=1, mailer="outlook", html="alt",
  attach=[("pdf", "Mandat_Combes.pdf", "MANDAT\nJe soussignee Laetitia Combes donne mandat a Maitre Arnaud "
           "Vernet, avocat,\npour exercer en mon nom mes droits d'acces aupres de Floraison de Soi.\n"
           "Fait a Bourges. Signature : L. Combes")]),

R("fr-avocat-cessez-prospection-effacez", ["erasure", "objection"],
  "Mise en demeure – prospection non sollicitée – M. Didier Fauvel",
  "Madame,\n\nMon client, Monsieur Didier Fauvel, m'indique recevoir de votre part, depuis plusieurs mois, "
  "des courriels et SMS de prospection commerciale auxquels il n'a jamais consenti.\n\n"
  "Agissant en vertu du mandat joint, je vous demande :\n"
  "1. de cesser immédiatement toute prospection à son égard (article 21 RGPD) ;\n"
  "2. de procéder à l'effacement de l'ensemble de ses données (article 17 RGPD) ;\n"
  "3. de me confirmer par écrit l'exécution de ces mesures.\n\n"
  "À défaut, mon client se réserve la possibilité de saisir la CNIL.\n\n"
  "Veuillez agréer, Madame, mes salutations distinguées.\n\n"
  "Sophie Lemaire-Dorat\nAvocate – Cabinet LDA\nChâteauroux",
  frm="Sophie Lemaire-Dorat <s.lemaire@cabinet-lda.fr>", to=0, cc=["Didier Fauvel <didier.fauvel@gmail.com>"],
  attach=[("pdf", "pouvoir_Fauvel.pdf", "POUVOIR\nJe soussigne Didier Fauvel mandate Maitre Sophie Lemaire-Dorat "
           "pour toute demande\nrelative a mes donnees personnelles aupres de Floraison de Soi (S. Delomenie).")]),

R("fr-notaire-succession-dossier", ["post_mortem"],
  "Succession de Mme Colette RAMBAUD – dossier 2025/118",
  "Madame,\n\n"
  "Je suis chargé du règlement de la succession de Madame Colette Rambaud, décédée le 4 février dernier à "
  "Issoudun. Il ressort des relevés bancaires de la défunte qu'elle avait souscrit auprès de vous un "
  "accompagnement réglé par prélèvements mensuels.\n\n"
  "Je vous remercie de bien vouloir :\n- mettre fin à ces prélèvements ;\n"
  "- m'indiquer les éléments que vous conservez à son nom et me les communiquer pour les besoins de la "
  "succession ;\n- procéder ensuite à la clôture de son dossier.\n\n"
  "Un acte de décès est joint.\n\nBien cordialement,\n\n"
  "Me Étienne Saulnier\nNotaire\nOffice notarial Saulnier & Associés – Issoudun",
  frm="Office notarial Saulnier <etude.saulnier@notaires.fr>", to=1,
  attach=[("pdf", "acte_deces_Rambaud.pdf", "EXTRAIT D'ACTE DE DECES\nCommune d'Issoudun (Indre)\n"
           "RAMBAUD Colette Marie, decedee le 4 fevrier 2025\nDelivre pour servir et valoir ce que de droit")]),

R("fr-fille-maman-decedee", ["post_mortem"],
  "Maman",
  "Bonjour Sandra,\n\nJe suis la fille de Françoise Leclerc, que vous avez accompagnée pendant sa "
  "maladie. Elle nous a quittés il y a trois semaines. Elle parlait beaucoup de vous, merci pour ce que "
  "vous lui avez apporté.\n\nElle continue à recevoir votre newsletter et ça me fait un choc à chaque fois. "
  "Pouvez-vous s'il vous plaît supprimer son adresse et son compte chez vous ?\n\nAvec toute ma "
  "reconnaissance,\nIsabelle Leclerc-Mahé\n\nEnvoyé de mon iPhone",
  frm="Isabelle Mahé <isabelle.mahe@icloud.com>", to=0, mailer="iphone"),

R("fr-directives-apres-mon-deces", ["post_mortem"],
  "Mes directives pour l'après",
  "Chère Sandra,\n\nVous allez trouver ce mail étrange. Je mets de l'ordre dans mes affaires en vue de mon "
  "opération de mars, et mon notaire m'a conseillé de penser aussi à ce qui est « numérique ».\n\n"
  "Si je venais à décéder, je souhaite que mes carnets et fiches de séance soient détruits, sauf si mon fils "
  "Mathieu vous demande à les récupérer : dans ce cas il peut les avoir, et personne d'autre. Rien ne doit "
  "être transmis à mon ex-mari.\n\nMerci de garder ces instructions avec mon dossier.\n\nMarie-Odile Chênevert",
  frm="Marie-Odile Chenevert <mo.chenevert@wanadoo.fr>", to=1),

R("fr-parent-ado-effacement", ["erasure"],
  "Données de ma fille Inès (atelier ados)",
  "Bonjour Madame,\n\nMa fille Inès Marchal, 15 ans, a participé à l'atelier « Confiance et examens » de "
  "février. En tant que mère et représentante légale, je vous demande de supprimer les informations que vous "
  "avez sur elle (fiche d'inscription, questionnaire, numéro de portable). Elle n'y retournera pas et je "
  "préfère que rien ne traîne.\n\nCordialement,\nAurélie Marchal",
  frm="Aurélie Marchal <aurelie.marchal@bbox.fr>", to=0),

R("fr-pere-copie-dossier-fils", ["access"],
  "Dossier de mon fils Tom",
  "Bonjour,\n\nJe suis le père de Tom Guérin (16 ans), suivi chez vous entre septembre et décembre pour de "
  "l'orientation. Je souhaiterais obtenir une copie des éléments que vous détenez à son sujet (tests "
  "d'orientation, synthèse). Sa mère et moi exerçons conjointement l'autorité parentale, elle est en copie.\n\n"
  "Merci d'avance,\nFabrice Guérin",
  frm="Fabrice Guérin <fabrice.guerin@free.fr>", to=0, cc=["Elodie Guérin <elodie.guerin18@gmail.com>"]),

# NEAR-LINE: a court-appointed guardian association acts with a legal mandate for a living protected adult -> request.
R("fr-udaf-tutelle-acces-adresse", ["access", "rectification"],
  "Mesure de protection – M. Roger Baudet – demande d'informations",
  "Madame,\n\nL'UDAF de l'Indre exerce la mesure de curatelle renforcée de Monsieur Roger Baudet, en vertu "
  "d'un jugement du juge des contentieux de la protection de Châteauroux (copie jointe).\n\n"
  "Dans le cadre de cette mesure, nous vous demandons de nous transmettre une copie des données vous "
  "concernant M. Baudet que vous détenez. Par ailleurs, M. Baudet réside désormais en résidence autonomie : "
  "merci de remplacer son ancienne adresse par la suivante, Résidence Les Glycines, 8 rue Pierre Brossolette, "
  "36100 Issoudun.\n\nNous vous remercions de votre diligence.\n\n"
  "Karine Duplessis\nMandataire judiciaire à la protection des majeurs\nUDAF de l'Indre – Service MJPM",
  frm="Karine Duplessis - UDAF 36 <k.duplessis@udaf36.fr>", to=1,
  attach=[("pdf", "jugement_curatelle_Baudet.pdf", "TRIBUNAL JUDICIAIRE DE CHATEAUROUX\nJuge des contentieux "
           "de la protection\nCuratelle renforcee - M. Roger BAUDET - mandataire : UDAF de l'Indre\nExtrait")]),

# NEAR-LINE: a consumer association acting under a signed mandate, treated like a representative with a mandate.
R("fr-association-conso-mandat-effacement", ["erasure"],
  "Réclamation adhérent n° 36-2291 – Mme Josiane Perrot",
  "Madame,\n\nL'association locale UFC-Que Choisir de l'Indre a été saisie par son adhérente, Madame Josiane "
  "Perrot, qui nous a confié un mandat écrit (ci-joint) pour la représenter dans ses démarches.\n\n"
  "Madame Perrot souhaite que l'ensemble des données personnelles la concernant soient effacées de vos "
  "fichiers, son accompagnement étant terminé et intégralement réglé. Merci de nous adresser la confirmation "
  "de cet effacement, ainsi qu'à elle-même.\n\n"
  "Pour l'association,\nMichel Rouby, bénévole conseiller litiges",
  frm="UFC-Que Choisir Indre <contact@indre.ufcquechoisir.fr>", to=1, cc=["josiane.perrot@orange.fr"],
  attach=[("pdf", "mandat_adherent_Perrot.pdf", "MANDAT DE REPRESENTATION\nJe soussignee Josiane Perrot donne "
           "mandat a l'association UFC-Que Choisir de l'Indre\npour demander l'effacement de mes donnees a "
           "Floraison de Soi.\nSignature : J. Perrot")]),

R("fr-desinscription-une-ligne", ["objection"],
  "Re: 🌸 La lettre de printemps de Floraison de Soi",
  "Désinscrivez-moi svp.",
  frm="Gérard Mouly <gerard.mouly@orange.fr>", to=0,
  quote=dict(style="gmail_fr", who="Floraison de Soi <contact@floraisondesoi.fr>",
             text="Bonjour à toutes et à tous,\n\nLe printemps est là et avec lui les nouveaux ateliers : "
                  "« Oser dire non » le 12 avril, « Respiration et ancrage » le 26.\n\nBelle saison,\nSandra\n\n"
                  "Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi.")),

R("fr-objet-seul-suppression", ["erasure"],
  "Suppression de toutes mes données personnelles svp",
  "",
  frm="Lydie Charbonnier <lydie.charbonnier@gmail.com>", to=0),

R("fr-sms-style-vous-avez-quoi", ["access"],
  "info",
  "bjr c Kevin du stage de juin, vs avez koi comme infos sur moi exactement ?? jvoudrai voir svp. "
  "merci\n\nEnvoyé depuis mon mobile Orange",
  frm="kevin.b <kev.bernardeau@orange.fr>", to=1),

R("fr-belge-nouveau-gsm", ["rectification"],
  "Changement de numéro de GSM",
  "Bonjour Madame Delomenie,\n\nJe me permets de vous écrire car j'ai changé de GSM. L'ancien numéro "
  "(0475 22 61 09) n'est plus attribué. Pourriez-vous le remplacer par le nouveau : +32 488 70 93 15 ? "
  "C'est celui-là qu'il faudra utiliser pour la séance de septante-cinq minutes que nous avions évoquée.\n\n"
  "Je vous remercie et vous souhaite une bonne fin de journée.\n\nDanielle Verhoeven\nNamur",
  frm="Danielle Verhoeven <danielle.verhoeven@skynet.be>", to=0),

R("fr-suisse-export-tableur", ["portability"],
  "Requête – données de mon accompagnement",
  "Chère Madame,\n\nJe vous saurais gré de bien vouloir me faire parvenir les données que je vous ai fournies "
  "au cours de notre accompagnement (questionnaires en ligne, auto-évaluations, journal de bord) sous une "
  "forme structurée et lisible par ordinateur – un fichier CSV ou Excel ferait parfaitement l'affaire – afin "
  "que je puisse les reprendre dans mon propre outil de suivi.\n\nAvec mes remerciements anticipés et mes "
  "meilleures salutations,\n\nUrs Bachmann-Favre\nLausanne\nNatel +41 79 512 44 80",
  frm="Urs Bachmann <urs.bachmann@bluewin.ch>", to=0),

R("fr-quebec-infolettre", ["objection"],
  "Infolettre",
  "Allo Sandra!\n\nJ'ai bien aimé ton atelier en ligne cet hiver, mais là je reçois ton infolettre pis tes "
  "courriels de promotion pas mal souvent. Peux-tu m'enlever de ta liste d'envoi? Je vais garder ton site "
  "dans mes favoris, c'est correct.\n\nBonne journée là!\nJosée Tremblay\nSherbrooke",
  frm="Josée Tremblay <josee.tremblay@videotron.ca>", to=0),

R("fr-long-mail-fiches-detruire", ["erasure"],
  "Des nouvelles, un an après",
  "Bonjour Sandra,\n\nCela fait presque un an que nous avons terminé notre travail ensemble et je voulais vous "
  "donner des nouvelles. J'ai finalement quitté la banque en octobre, j'ai suivi la formation de "
  "céramiste dont je vous parlais et j'ai ouvert un petit atelier à Vatan avec une amie. Ce n'est pas "
  "toujours simple financièrement mais je dors enfin la nuit.\n\n"
  "Je repense souvent à l'exercice des « trois chaises » et je l'ai même fait faire à ma sœur, qui a "
  "beaucoup ri au début puis pleuré à la fin, comme moi.\n\n"
  "Mon mari vous passe le bonjour, il dit que vous lui avez rendu sa femme (c'est un peu exagéré !).\n\n"
  "Une dernière chose, qui n'a rien à voir : maintenant que cette page est tournée, je préfère que vous ne "
  "gardiez plus mes fiches de suivi ni mes questionnaires de l'époque. Vous pouvez les détruire, ainsi que "
  "mes coordonnées.\n\nAvec toute mon affection,\nClaire Dubreuil",
  frm="Claire Dubreuil <claire.dubreuil@gmail.com>", to=0, html="alt"),

R("fr-disparaitre-des-fichiers", ["erasure"],
  "une petite demande",
  "Bonjour,\n\nJe fais un grand ménage dans ma vie numérique et j'aimerais tout simplement disparaître de "
  "vos fichiers. Il ne devrait rien rester de moi chez vous, pouvez-vous vous en occuper ?\n\nMerci et "
  "belle continuation,\nAnne-Sophie",
  frm="Anne-Sophie Garnier <as.garnier@proton.me>", to=0),

R("fr-ne-rien-supprimer-ne-plus-utiliser", ["restriction"],
  "Mes données – en attente",
  "Bonjour Madame Delomenie,\n\nJe suis actuellement en désaccord avec mon OPCO au sujet du financement de "
  "ma formation de l'an dernier. Surtout ne supprimez rien me concernant, mon avocat pourrait avoir besoin "
  "des feuilles d'émargement et des échanges. En revanche je vous demande de ne plus utiliser mes "
  "données pour quoi que ce soit d'autre, le temps que ce litige soit réglé.\n\nMerci de votre compréhension,\n"
  "Thierry Aubailly",
  frm="Thierry Aubailly <thierry.aubailly@outlook.fr>", to=1, mailer="outlook"),

R("fr-geler-dossier", ["restriction"],
  "Geler mon dossier",
  "Sandra,\n\nje ne sais pas encore si je reprendrai les séances. En attendant, est-ce que tu peux geler mon "
  "dossier : tu le gardes tel quel, tu n'y touches pas, tu ne t'en sers pas pour m'envoyer quoi que ce soit. "
  "Je te redis en septembre.\n\nBises\nNadia",
  frm="Nadia Benali <nadia.benali@gmail.com>", to=0),

R("fr-opposition-statistiques-analytics", ["objection"],
  "Utilisation de mes données pour vos statistiques",
  "Bonjour,\n\nJ'ai lu votre politique de confidentialité. Je m'oppose à ce que mes données (réponses aux "
  "questionnaires de satisfaction, navigation sur votre site via Google Analytics) soient utilisées à des "
  "fins statistiques ou de mesure d'audience. Le reste de mon suivi peut continuer normalement.\n\n"
  "Cordialement,\nPascal Hémery",
  frm="Pascal Hemery <pascal.hemery@free.fr>", to=0),

R("fr-plus-appele-pour-offres", ["objection"],
  "Appels téléphoniques",
  "Madame,\n\nJ'ai été appelée deux fois cette semaine par votre assistante pour me proposer le nouveau "
  "programme. Je ne souhaite plus être démarchée par téléphone. Je vous remercie de noter mon refus.\n\n"
  "Mme Yvette Cordier",
  frm="Yvette Cordier <yvette.cordier@orange.fr>", to=1, mailer="ox"),

R("fr-retrait-accord-video", ["withdraw_consent"],
  "Vidéo de la formation « Prise de parole »",
  "Bonjour Sandra,\n\nLors de la formation j'avais signé l'autorisation pour que les séquences filmées "
  "soient utilisées dans ta vidéo de présentation. Après réflexion je retire mon accord : je ne souhaite "
  "pas apparaître dans cette vidéo. Désolée de changer d'avis, j'espère que ça ne complique pas trop le "
  "montage.\n\nÉmilie Rocher",
  frm="Emilie Rocher <emilie.rocher@yahoo.fr>", to=0),

R("fr-retrait-questionnaire-etude", ["withdraw_consent"],
  "Étude sur l'estime de soi",
  "Bonjour,\n\nVous m'aviez demandé l'autorisation d'utiliser, de façon anonymisée, mes réponses au "
  "questionnaire d'estime de soi pour l'article que vous préparez avec l'université de Tours. Je préfère "
  "finalement que mes réponses n'y soient pas intégrées. Je retire donc cette autorisation.\n\nBien "
  "cordialement,\nFrédérique Salmon",
  frm="Frederique Salmon <f.salmon@laposte.net>", to=0),

R("fr-retrait-consentement-sante", ["withdraw_consent"],
  "Consentement données de santé",
  "Madame,\n\nEn début d'accompagnement j'ai signé le formulaire de consentement à la collecte de mes données "
  "de santé (traitements, antécédents). Je vous informe que je retire ce consentement à compter de ce jour.\n\n"
  "Merci d'en prendre acte.\n\nLucien Tardieu",
  frm="Lucien Tardieu <lucien.tardieu@sfr.fr>", to=0),

# NEAR-LINE: asks where her number came from — the source of the data is part of access.
R("fr-ou-avez-vous-eu-mon-numero", ["access", "objection"],
  "D'où vient mon numéro ?",
  "Bonjour,\n\nJ'ai reçu hier un SMS pour votre stage de juillet. Je ne vous connais pas et je n'ai jamais "
  "donné mon numéro à votre structure. D'où tenez-vous mon numéro de portable et quelles autres "
  "informations avez-vous sur moi ? Et je ne veux plus recevoir ce genre de SMS.\n\nMerci de me répondre,\n"
  "Marion Lefebvre",
  frm="Marion Lefebvre <marion.lefebvre12@gmail.com>", to=0),

R("fr-avec-qui-partage-employeur", ["access"],
  "Question sur le bilan",
  "Bonjour Sandra,\n\nMon N+1 a fait allusion à des choses que je vous avais dites en séance. Je voudrais "
  "savoir à qui vous avez transmis des informations me concernant depuis le début de l'accompagnement "
  "financé par mon entreprise : RH, manager, OPCO ? Et lesquelles exactement.\n\nMerci,\nSébastien",
  frm="Sébastien Ozanne <sebastien.ozanne@gmail.com>", to=0),

R("fr-copie-notes-seances-et-date", ["access", "rectification"],
  "Notes de séance",
  "Bonjour Madame Delomenie,\n\nPourriez-vous m'envoyer une copie de vos notes de nos séances de l'automne "
  "dernier ? Je fais un travail avec une psychologue et ce serait utile.\n\nAu passage, j'ai vu sur la fiche "
  "d'inscription que ma date de naissance est notée 12/03/1981 au lieu du 21/03/1981, merci de la "
  "rectifier.\n\nBien cordialement,\nAgnès Pinault",
  frm="Agnès Pinault <agnes.pinault@orange.fr>", to=1, html="only"),

R("fr-copie-et-format-reutilisable", ["access", "portability"],
  "Copie de mes données",
  "Bonjour,\n\nJe souhaite recevoir une copie de toutes les données que vous conservez sur moi. Pour les "
  "questionnaires et le suivi que j'ai saisis sur votre espace en ligne, merci de me les fournir en plus "
  "dans un format réutilisable (CSV ou JSON), je voudrais les importer ailleurs.\n\nCordialement,\n"
  "Romain Vidal",
  frm="Romain Vidal <romain.vidal@protonmail.com>", to=0),

R("fr-date-naissance-fichier-stagiaires", ["rectification"],
  "Erreur dans mes informations",
  "Bonjour,\n\nSur la convocation et, je suppose, dans votre fichier stagiaires, ma date de naissance est "
  "indiquée au 07/09/1990. Elle est en réalité du 09/07/1990 (inversion jour/mois). Merci de corriger "
  "l'information dans vos fichiers.\n\nCordialement,\nJessica Moreau",
  frm="Jessica Moreau <jessica.moreau90@hotmail.fr>", to=0),

R("fr-note-fausse-arret-maladie", ["rectification"],
  "Correction d'une mention",
  "Bonjour Sandra,\n\nEn relisant le compte rendu que tu m'as envoyé, je vois noté que j'étais « en arrêt "
  "maladie depuis janvier ». Ce n'est pas le cas : j'étais en congé sans solde. Peux-tu corriger cette "
  "mention dans mon dossier pour que ce soit juste ?\n\nMerci !\nLaure",
  frm="Laure Castaing <laure.castaing@gmail.com>", to=0,
  quote=dict(style="gmail_fr", who="Sandra Delomenie <contact@floraisondesoi.fr>",
             text="Bonjour Laure,\n\nComme convenu, voici le compte rendu de notre séance de bilan.\n\n"
                  "Bonne lecture et à bientôt,\nSandra")),

R("fr-supprimer-compte-et-donnees", ["erasure"],
  "Suppression compte espace membre",
  "Bonjour, merci de supprimer mon compte sur votre espace membre ainsi que toutes les données qui y sont "
  "rattachées (profil, exercices, messages). Bonne journée. Hélène Faure",
  frm="Hélène Faure <helene.faure@wanadoo.fr>", to=0),

R("fr-desabonner-et-effacer-adresse", ["erasure", "objection"],
  "Re: Atelier du mois : apprivoiser ses émotions",
  "Bonjour,\n\nMerci de me désabonner de cette liste et d'effacer mon adresse de tous vos fichiers, je ne "
  "sais même plus comment j'y suis arrivé.\n\nCdt\nP. Nicolas",
  frm="Pierre Nicolas <pierre.nicolas@laposte.net>", to=0,
  quote=dict(style="apple_fr", who="Floraison de Soi <contact@floraisondesoi.fr>",
             text="Chère lectrice, cher lecteur,\n\nCe mois-ci, l'atelier collectif portera sur les émotions. "
                  "Places limitées à 8 personnes.\n\nPour vous désinscrire, cliquez ici.")),

# NEAR-LINE: removes the old address and gives the new one -> rectification only, not erasure.
R("fr-remplacer-ancienne-adresse-mail", ["rectification"],
  "Nouvelle adresse mail",
  "Bonjour,\n\nmerci de supprimer mon ancienne adresse christine.blot@neuf.fr qui ne fonctionne plus, et de "
  "la remplacer par celle-ci : christine.blot36@gmail.com. C'est sur celle-ci que je souhaite recevoir les "
  "convocations.\n\nChristine Blot",
  frm="Christine Blot <christine.blot36@gmail.com>", to=0),
]
