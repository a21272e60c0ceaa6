# French requests exercising exactly one right.
from recbase import M, with_dates

FORM_FOOTER_CF7 = "--\nCet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)"

RECORDS = [

    # ------------------------------------------------------------ erasure
    M("fr-era-sms-tout-effacer", ["erasure"], "",
      "slt Sandra, tu peux effacer tt ce que tu as sur moi stp ? fiche, notes, mails, tout. "
      "j'en ai plus besoin et je prefere. merci bcp 🙏\n",
      frm="Lola Meunier <lolameunier36@gmail.com>", html="alt", date="2025-11-04 23:12"),

    M("fr-era-subject-only", ["erasure"],
      "Merci de supprimer toutes mes données personnelles de vos fichiers", "",
      frm="Gérald Pottier <g.pottier@orange.fr>", mailer="ox", to="orange"),

    # voice dictation: "Delomenie" heard as "de l'aumônier", punctuation spoken aloud
    M("fr-era-dictee", ["erasure"], "Suppression dossier",
      "Bonjour madame de l'aumônier je souhaiterais que vous supprimiez toute les données me concernant "
      "suite à mon accompagnement de l'année dernière point je n'ai plus besoin que vous gardiez mon dossier "
      "ni mes coordonnées point merci d'avance cordialement Martine Rabier\n\n"
      "Envoyé depuis mon smartphone Samsung Galaxy.\n",
      frm="Martine Rabier <martine.rabier@wanadoo.fr>", mailer="samsung"),

    # NEAR-LINE: removes her phone number WITHOUT giving a new value -> partial erasure, not rectification
    M("fr-era-numero-sans-remplacement", ["erasure"], "Mon numéro de portable",
      "Bonjour,\n\nPouvez-vous retirer mon numéro de portable de votre fichier clients ? Je ne souhaite plus "
      "qu'il figure nulle part chez vous, le mail suffit largement pour me joindre.\n\nMerci,\nC. Aubert\n",
      frm="Christophe Aubert <chris.aubert@sfr.fr>"),

    M("fr-era-belge", ["erasure"], "Effacement de mes données",
      "Bonjour Madame Delomenie,\n\n"
      "Nous nous étions vues l'an passé lors de votre stage à Issoudun (j'étais la Bruxelloise du groupe, celle qui "
      "avait fait nonante kilomètres de détour à cause des travaux !).\n\n"
      "Je vous écris pour une petite démarche : je souhaiterais que vous effaciez l'ensemble des données me "
      "concernant, y compris la fiche d'inscription et le compte-rendu de l'entretien individuel. Pourriez-vous "
      "me confirmer la chose endéans le mois ?\n\n"
      "Je vous en remercie d'avance et vous souhaite une belle continuation.\n\n"
      "Bien à vous,\nAnne-Sophie Vandenberghe\nGSM : +32 478 21 56 09\n",
      frm="Anne-Sophie Vandenberghe <as.vandenberghe@skynet.be>", to="orange", cte="quoted-printable"),

    M("fr-era-formel-art17", ["erasure"],
      "Demande d'effacement de données personnelles – article 17 RGPD",
      "Madame,\n\n"
      "Client de Floraison de Soi entre janvier et juin 2023 (accompagnement individuel, six séances), je vous "
      "demande, sur le fondement de l'article 17 du Règlement (UE) 2016/679, de procéder à l'effacement de "
      "l'ensemble des données à caractère personnel me concernant que vous détenez, sous quelque forme que ce soit "
      "(fichiers numériques, notes manuscrites, plateforme Systeme.io, sauvegardes Google Drive).\n\n"
      "Conformément à l'article 12.3 du règlement, je vous remercie de m'informer des mesures prises dans un délai "
      "d'un mois à compter de la réception de la présente. Si certaines données devaient être conservées au titre "
      "d'une obligation légale (factures notamment), je vous saurais gré de me le préciser.\n\n"
      "Vous trouverez ci-joint une copie de ma pièce d'identité.\n\n"
      "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
      "Bertrand Lacombe\n14 allée des Charmes\n18000 Bourges\n",
      frm="Bertrand Lacombe <bertrand.lacombe@outlook.fr>", mailer="outlook", html="alt",
      attach=[dict(kind="pdf", name="CNI_Lacombe.pdf",
                   text="REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : LACOMBE\nPrénoms : Bertrand Michel\n"
                        "Né le : 17.04.1976 à Vierzon (18)\nCopie transmise uniquement pour demande RGPD - Floraison de Soi")]),

    # NEAR-LINE: euphemistic ("aucune trace de mon passage") but clearly asks for deletion
    M("fr-era-euphemisme", ["erasure"], "Tourner la page",
      "Bonjour Sandra,\n\nC'est un peu délicat à formuler. Cette période de ma vie est derrière moi et j'aimerais "
      "vraiment tourner la page. Je préférerais qu'il ne reste plus aucune trace de mon passage chez vous : ni fiche, "
      "ni notes, ni mails archivés. Je sais que vous comprendrez.\n\nMerci pour tout ce que vous avez fait.\nMaëlle\n\n"
      "Envoyé de mon iPhone\n",
      frm="Maëlle Corbin <maelle.corbin@icloud.com>", mailer="iphone"),

    # NEAR-LINE: destroying filled questionnaires and notes = erasure (not withdrawal of a questionnaire-use consent)
    M("fr-era-enfoui", ["erasure"], "Des nouvelles (enfin !)",
      "Bonjour Sandra,\n\n"
      "Ça fait une éternité que je voulais vous écrire. Je voulais vous dire que j'ai finalement accepté le poste à "
      "la médiathèque de Vierzon, celui dont on avait tant parlé pendant le bilan. Je commence le 1er septembre, "
      "j'ai un peu le trac mais surtout très envie.\n\n"
      "Ma fille a eu son bac (mention assez bien, elle était déçue, moi ravie), et on part une semaine en "
      "Bretagne avant la rentrée. Je me surprends à ne plus culpabiliser de prendre du temps pour moi, ce qui, "
      "vous vous en doutez, est une petite révolution.\n\n"
      "Au passage, maintenant que le bilan est terminé et que je n'en ai plus l'usage, je préfère que vous "
      "détruisiez mes questionnaires remplis et vos notes me concernant ; je n'aime pas l'idée que ça traîne "
      "quelque part, même chez vous.\n\n"
      "Je repasserai peut-être vous voir pour un atelier cet automne, celui sur l'écriture me fait de l'œil.\n\n"
      "Je vous embrasse,\nSophie\n",
      frm="Sophie Garnier-Leclerc <sophie.garnierleclerc@gmail.com>", html="alt"),

    M("fr-era-quebec", ["erasure"], "Mon dossier",
      "Allo Sandra!\n\nJ'espère que t'as passé un bel été. Moi je suis revenue au Québec pour de bon, fait que je "
      "fais le ménage dans mes affaires. J'aimerais ça que t'effaces mon dossier au complet, mes notes pis toute "
      "le reste. J'en aurai pu besoin de l'autre bord de l'océan!\n\n"
      "Merci ben gros pour tout, t'as été une super bonne coach.\nGen xx\n",
      frm="Geneviève Tremblay <gen.tremblay@videotron.ca>"),

    M("fr-era-franglais", ["erasure"], "Petite demande",
      "Hello Sandra !! Est-ce que tu pourrais delete mon profil et toutes mes infos de ta base stp ? Je fais un "
      "gros digital detox et je clean tout 😅 Thanks a lot et bonne continuation !!\n\n"
      "Obtenez Outlook pour Android\n",
      frm="Inès Belkacem <ines.belk@hotmail.fr>", html="alt"),

    # account + "toutes les données qui vont avec" -> erasure (not a bare account closure)
    M("fr-era-formulaire-compte", ["erasure"], "[Floraison de Soi] Suppression compte",
      "De : Justine Marchal <justine.marchal@laposte.net>\nObjet : Suppression compte\n\nCorps du message :\n"
      "bonjour, je voudrais que mon compte sur la plateforme de formation soit supprimé avec toutes les données "
      "qui vont avec (profil, progression, adresse). merci\n\n" + FORM_FOOTER_CF7 + "\n",
      frm="Floraison de Soi <wordpress@floraisondesoi.fr>",
      reply_to="Justine Marchal <justine.marchal@laposte.net>", to="contact", mid="wordpress"),

    M("fr-era-parent-mineur", ["erasure"], "Lou Lopes – atelier ados",
      "Bonjour Madame,\n\nJe suis la maman de Lou Lopes, 15 ans, qui a participé à l'atelier « Confiance en soi ados » "
      "en février. Lou ne souhaite pas poursuivre et nous préférons que sa fiche d'inscription ainsi que ses réponses "
      "au questionnaire de début d'atelier soient supprimées.\n\nEn tant que représentante légale, je vous fais cette "
      "demande pour elle. Pouvez-vous me confirmer quand ce sera fait ?\n\nCordialement,\nKarine Lopes\n",
      frm="Karine Lopes <karine.lopes.36@gmail.com>", html="alt",
      cc="Nuno Lopes <nuno.lopes@gmail.com>"),

    # reminder with the original request forwarded as an attachment (message/rfc822)
    M("fr-era-relance-rfc822", ["erasure"], "Relance : ma demande de suppression",
      "Bonjour,\n\nJe vous renvoie en pièce jointe mon message du 3 mars, resté sans réponse. Je maintiens ma "
      "demande : merci d'effacer les données que vous avez sur moi et de me le confirmer par retour de mail.\n\n"
      "Cordialement,\nFabrice Noël\n\nEnvoyé de mon iPad\n",
      frm="Fabrice Noël <fabrice.noel@me.com>", mailer="ipad", date="2025-04-09 19:41",
      rfc822=dict(frm="Fabrice Noël <fabrice.noel@me.com>", to="contact@floraisondesoi.fr",
                  subject="Suppression de mes données", date="2025-03-03 08:17",
                  body="Bonjour Madame,\n\nJ'ai participé à votre conférence de novembre à la salle des fêtes. "
                       "Je ne souhaite pas que vous conserviez mes coordonnées ni le questionnaire rempli ce soir-là : "
                       "pouvez-vous tout supprimer ?\n\nBien cordialement,\nFabrice Noël\n")),

    # ------------------------------------------------------------ access
    M("fr-acc-sms", ["access"], "infos",
      "Bjr, vs pouvez m'envoyer ce que vs avez comme infos sur moi ? Merci\nKevin R.\n",
      frm="Kevin Rousseau <kevin.rousseau86@gmail.com>", html="alt"),

    # NEAR-LINE: angry question, but it asks where the address came from -> access (source)
    M("fr-acc-source", ["access"], "Votre mail d'hier ???",
      "Bonjour,\nJe reçois votre lettre d'information alors que je ne vous connais pas et que je n'ai jamais été "
      "client. Comment avez-vous eu mon adresse mail ? Je veux savoir d'où vous la tenez.\nP. Delorme\n",
      frm="Patrick Delorme <p.delorme@free.fr>"),

    M("fr-acc-notes-seances", ["access"], "Une petite demande",
      "Bonjour Sandra,\n\nJ'ai commencé un travail avec une psychologue et elle m'a suggéré de relire ce qu'on avait "
      "travaillé ensemble l'an dernier. Serait-il possible d'avoir une copie des notes que vous avez prises pendant "
      "mes séances ? Même manuscrites, une photo me conviendrait.\n\nMerci beaucoup, j'espère que vous allez bien.\n"
      "Émilie\n",
      frm="Émilie Charpentier <emilie.charpentier@yahoo.fr>", mailer="yahoo"),

    M("fr-acc-formel-art15", ["access"], "Droit d'accès – Art. 15 RGPD",
      "Madame Delomenie,\n\nEn application de l'article 15 du RGPD, je vous prie de bien vouloir me communiquer :\n"
      "- la confirmation que des données me concernant sont ou ne sont pas traitées ;\n"
      "- une copie de l'ensemble de ces données ;\n"
      "- les finalités du traitement et les catégories de données concernées ;\n"
      "- les destinataires auxquels elles ont été communiquées ;\n"
      "- la durée de conservation envisagée ;\n"
      "- la source des données si elles n'ont pas été collectées auprès de moi.\n\n"
      "Pour mémoire, j'ai participé à la formation « Mieux communiquer en équipe » financée par mon employeur en "
      "octobre 2024.\n\nDans l'attente de votre réponse dans le délai légal d'un mois, je vous prie d'agréer mes "
      "salutations distinguées.\n\nFrédéric Moulin\n",
      frm="Frédéric Moulin <frederic.moulin@live.fr>", mailer="outlook", html="only"),

    # NEAR-LINE: phrased as a question, but asks who received her data -> access (recipients)
    M("fr-acc-partage", ["access"], "Question suite à l'atelier",
      "Bonsoir Sandra,\nDepuis votre atelier de mars je reçois des pubs de deux naturopathes et d'un magnétiseur du "
      "coin, par mail et par courrier. Avez-vous transmis mes coordonnées à quelqu'un ? J'aimerais savoir à qui "
      "exactement.\nBonne soirée,\nNadia\n",
      frm="Nadia Ferreira <nadia.ferreira@bbox.fr>"),

    M("fr-acc-suisse-questionnaire", ["access"], "Questionnaire d'entrée et bilan intermédiaire",
      "Bonjour Madame,\n\nAyant suivi votre formation à distance de septembre, je vous saurais gré de me faire "
      "parvenir mes réponses au questionnaire d'entrée ainsi que le bilan intermédiaire que vous aviez rédigé à mon "
      "sujet. Je souhaite les relire avant de me réinscrire au module 2.\n\nEn vous remerciant d'avance de votre "
      "retour, je vous adresse mes meilleures salutations.\n\nCorinne Favre\nLausanne\nNatel 079 412 88 30\n",
      frm="Corinne Favre <corinne.favre@bluewin.ch>"),

    M("fr-acc-subject-only", ["access"], "Quelles infos avez vous sur moi ?",
      "\n\nEnvoyé de mon iPhone\n",
      frm="Jordan Petit <jordan.petit@laposte.net>", mailer="iphone2"),

    M("fr-acc-dictee", ["access"], "Nadine stage rentrée",
      "bonjour Sandra c'est Nadine du stage de la rentrée je voudrais savoir ce que vous avez gardé comme "
      "informations sur moi depuis le stage est-ce que vous pouvez me l'envoyer par mail merci beaucoup bonne "
      "journée\n\nEnvoyé depuis l'application Mail Orange\n",
      frm="Nadine Roux <nadine.roux18@orange.fr>", to="orange"),

    # lawyer with an express mandate -> request
    M("fr-acc-avocat", ["access"],
      "Mme Valérie SIMONNET – demande de communication de données personnelles",
      "Madame,\n\nJ'interviens en qualité de conseil de Madame Valérie SIMONNET, qui a bénéficié de vos prestations "
      "d'accompagnement entre mars 2023 et février 2024, et dont vous trouverez le mandat exprès ci-joint.\n\n"
      "Au nom et pour le compte de ma cliente, et sur le fondement de l'article 15 du RGPD, je vous remercie de bien "
      "vouloir m'adresser copie de l'intégralité des données personnelles la concernant, y compris les notes de "
      "séances, fiches de suivi et échanges écrits, ainsi que la liste des destinataires auxquels ces données "
      "auraient pu être communiquées.\n\nJe vous prie de croire, Madame, à l'assurance de mes sentiments distingués.\n\n"
      "Claire Delaunay\nAvocate au Barreau de Châteauroux\n12 place Gambetta – 36000 Châteauroux\n\n"
      "Ce message et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel. "
      "S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.\n",
      frm="Claire Delaunay <c.delaunay@delaunay-avocats.fr>", mailer="outlook", html="alt",
      cc="Valérie Simonnet <valerie.simonnet@gmail.com>",
      attach=[dict(kind="pdf", name="Mandat_SIMONNET_Delaunay.pdf",
                   text="MANDAT\nJe soussignée Valérie SIMONNET, née le 22/09/1981, donne mandat à Maître Claire DELAUNAY,\n"
                        "avocate, pour exercer en mon nom mes droits au titre du RGPD auprès de Floraison de Soi\n"
                        "(Sandra Delomenie, Issoudun). Fait à Châteauroux. Signé : V. Simonnet")],
      reply_to="Cabinet Delaunay – secrétariat <secretariat@delaunay-avocats.fr>"),

    # ------------------------------------------------------------ rectification
    # replacing an old phone number with the new value -> rectification only
    M("fr-rect-nouveau-num-sms", ["rectification"], "nouveau numéro",
      "Coucou Sandra, nouveau num : 07 62 18 44 90. L'ancien en 06 c'est fini, je l'ai résilié 👍\n",
      frm="Manon Girault <manon.girault@gmail.com>", html="alt"),

    M("fr-rect-accent-nom", ["rectification"], "Orthographe de mon nom",
      "Bonjour,\nPetite précision : sur l'attestation de formation et visiblement dans votre fichier, mon nom est "
      "écrit Lefevre sans accent. C'est Lefèvre, avec un accent grave. Pourriez-vous corriger dans vos fichiers "
      "pour la suite ?\nMerci d'avance,\nHélène Lefèvre\n",
      frm="Hélène Lefèvre <helene.lefevre@orange.fr>", mailer="ox", to="orange"),

    M("fr-rect-mariage", ["rectification"], "Changement de nom",
      "Bonjour Sandra,\n\nGrande nouvelle de mon côté, je me suis mariée en juin 💍 ! Du coup je porte maintenant le "
      "nom de mon mari : pouvez-vous me noter Camille Auberger au lieu de Camille Roux sur mon dossier et pour les "
      "prochaines factures ?\n\nBelle journée à vous,\nCamille\n",
      frm="Camille Auberger <camille.auberger@gmail.com>", html="alt"),

    M("fr-rect-adresse-formulaire", ["rectification"], "Nouvelle entrée : Formulaire de contact",
      "Nom\nDidier Laurent\n\nE-mail\ndidier.laurent36@free.fr\n\nTéléphone\n06 33 71 20 58\n\nMessage\n"
      "Changement d'adresse postale, merci de mettre à jour : j'habite maintenant 12 impasse des Tilleuls "
      "36000 Châteauroux (avant : 3 rue Porte Neuve à Issoudun).\n",
      frm="WPForms <noreply@floraisondesoi.fr>", reply_to="Didier Laurent <didier.laurent36@free.fr>",
      to="contact", mid="wordpress", html="only"),

    M("fr-rect-note-fausse", ["rectification"], "Compte rendu de séance",
      "Bonjour Madame Delomenie,\n\nEn relisant le compte rendu de séance que vous m'avez envoyé, je vois qu'il est "
      "écrit que je suis sous antidépresseurs. C'est une erreur : je n'en ai jamais pris, c'est ma sœur dont je vous "
      "avais parlé. Merci de corriger ce point dans votre fiche me concernant, c'est important pour moi que ce soit "
      "juste.\n\nCordialement,\nAurélie Vasseur\n",
      frm="Aurélie Vasseur <aurelie.vasseur@hotmail.fr>"),

    M("fr-rect-date-naissance-sms", ["rectification"], "erreur",
      "Salut Sandra ma date de naissance est fausse sur mon dossier c'est le 03/11/1987 pas 1978 😂 je suis pas si "
      "vieux ! merci de corriger\n\nEnvoyé de mon iPhone\n",
      frm="Ludo Perrin <ludoperrin@icloud.com>", mailer="iphone"),

    M("fr-rect-email-sans-accents", ["rectification"], "changement adresse mail",
      "Bonjour,\nchangement d'adresse mail : merci d'utiliser desormais j.morvan@laposte.net a la place de "
      "jmorvan56@hotmail.fr qui va etre ferme a la fin du mois.\nBonne journee\nJeremy\n",
      frm="Jeremy Morvan <j.morvan@laposte.net>"),

    M("fr-rect-completer", ["rectification"], "Oubli sur ma fiche",
      "Bonjour Sandra,\nEn remplissant la fiche d'inscription pour le stage j'ai oublié deux choses : mon premier "
      "prénom officiel (Marie, c'est celui qui figure sur mes papiers et il faut qu'il soit sur la convention) et le "
      "fait que je suis allergique aux fruits à coque, pour le repas partagé. Pouvez-vous compléter ma fiche ?\n"
      "Merci !\nSylvie\n",
      frm="Sylvie Bonnin <sylvie.bonnin@neuf.fr>"),

    # ------------------------------------------------------------ objection
    # NEAR-LINE: a bare "STOP" typed above a quoted newsletter: only the new text counts -> unsubscribe -> objection
    M("fr-obj-stop-reply-newsletter", ["objection"], "RE: 🌸 La lettre de Floraison – avril : oser dire non",
      "STOP\n",
      frm="Thierry Gaudin <thierry.gaudin@orange.fr>", mailer="ox",
      quote=dict(style="orange_fr", frm="floraison", ago=20,
                 text="Bonjour à toutes et à tous,\n\nCe mois-ci, je vous propose de réfléchir à un petit mot qui fait "
                      "peur : « non ». Dire non, ce n'est pas rejeter l'autre, c'est se respecter soi-même.\n\n"
                      "📅 Prochain atelier : samedi 12 avril « Poser ses limites » (Issoudun, 9h30-12h30)\n\n"
                      "Pour ne plus recevoir cette lettre : https://floraisondesoi.fr/desinscription\n")),

    M("fr-obj-desabo-subject", ["objection"], "désabonnement", "",
      frm="Fabienne Lemaire <fab.lemaire@sfr.fr>"),

    # voice dictation: "newsletter" -> "nouvelle lettre", "désinscrire" -> "des inscrire"
    M("fr-obj-dictee", ["objection"], "Nouvelle lettre",
      "Bonjour je ne souhaite plus recevoir la nouvelle lettre merci de me des inscrire de votre liste de diffusion "
      "bonne journée Joëlle Barbier\n",
      frm="Joëlle Barbier <joelle.barbier@gmail.com>", html="alt"),

    M("fr-obj-sms-marketing", ["objection"], "Vos SMS",
      "Bonjour, merci d'arrêter de m'envoyer des SMS pour annoncer vos ateliers, je reçois ça à 8h le dimanche "
      "matin... Je ne suis pas intéressée. Cordialement, S. Mercier\n",
      frm="Stéphanie Mercier <steph.mercier@orange.fr>", mailer="ox"),

    M("fr-obj-profilage", ["objection"], "Opposition – ciblage publicitaire",
      "Bonjour,\nJ'ai remarqué que vous utilisez le pixel Meta et Google Analytics sur votre site et que vos "
      "publicités me suivent depuis mon inscription au webinaire. Je m'oppose à l'utilisation de mes données à des "
      "fins de ciblage publicitaire, de profilage et de statistiques.\nMerci de prendre en compte cette opposition.\n"
      "A. Girard\n",
      frm="Antoine Girard <antoine.girard@protonmail.com>"),

    M("fr-obj-demarchage-tel", ["objection"], "Démarchage",
      "Madame,\nVous m'avez appelée à deux reprises cette semaine pour me proposer votre nouvelle formation. J'ai "
      "assisté à une conférence il y a trois ans, cela ne vous autorise pas à me démarcher. Je ne souhaite plus être "
      "sollicitée, ni par téléphone ni par courriel.\nMartine Chevalier\n",
      frm="Martine Chevalier <martine.chevalier45@laposte.net>", to="orange"),

    M("fr-obj-emoji", ["objection"], "😅",
      "Coucou Sandra 🌸 je t'adore mais je croule sous les mails en ce moment 😅 tu peux me retirer de ta "
      "newsletter ? On se voit à l'atelier quand même hein 😘\n",
      frm="Clémence Roy <clem.roy@gmail.com>", html="alt"),

    M("fr-obj-belge", ["objection"], "Vos communications",
      "Bonjour,\nJe vous saurais gré de ne plus m'envoyer vos communications commerciales, que ce soit par courriel "
      "ou sur mon GSM. J'ai bien assez de sollicitations comme ça.\nBien à vous,\nMarc Dewulf\n",
      frm="Marc Dewulf <marc.dewulf@telenet.be>"),

    # request typed above a quoted mailing (Outlook style): only the new text counts
    M("fr-obj-outlook-reply-mailing", ["objection"], "RE: Nouvelles dates de formation 2026 – Floraison de Soi",
      "Bonjour,\n\nJe ne souhaite plus recevoir ce type de messages, merci de me retirer de la liste.\n\n"
      "Cordialement,\nGuillaume Faure\nExpert-comptable – Cabinet Faure & Associés\n\n"
      "Ce courriel et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur "
      "destinataire.\n",
      frm="Guillaume Faure <guillaume.faure@cabinet-faure.fr>", mailer="outlook", html="alt",
      quote=dict(style="outlook_fr", frm="floraison", ago=30,
                 text="Bonjour,\n\nLes dates 2026 de la formation « Accompagner le changement » sont en ligne : "
                      "sessions de février, mai et octobre, en présentiel à Issoudun ou à distance.\n\n"
                      "Prise en charge possible par votre OPCO.\n\nSandra Delomenie – Floraison de Soi\n")),

    # NEAR-LINE: HR manager writing about HER OWN professional address (her data) -> objection, not a company matter
    M("fr-obj-rh-prospection", ["objection"], "Vos propositions de formation",
      "Bonjour Madame,\n\nEn tant que responsable RH du groupe je reçois régulièrement vos propositions de formation "
      "à mon adresse professionnelle. Nous ne donnerons pas suite, nos plans de développement des compétences passent "
      "par notre OPCO. Merci de retirer mon adresse de vos envois de prospection.\n\nCordialement,\n\nIsabelle Morel\n"
      "Responsable Ressources Humaines\nGroupe Berrichon Transports\n",
      frm="Isabelle Morel <i.morel@groupe-berrichon-transports.fr>", mailer="outlook"),

    # ------------------------------------------------------------ withdraw_consent
    M("fr-wc-temoignage-sms", ["withdraw_consent"], "Urgent svp",
      "Sandra stp enlève mon témoignage de ton site 🙈 ma nouvelle cheffe est tombée dessus... merci merci\n",
      frm="Laetitia Brun <laeti.brun@gmail.com>", html="alt"),

    M("fr-wc-photos-reseaux", ["withdraw_consent"], "Photos de l'atelier de mai",
      "Bonjour Sandra,\nJe ne souhaite plus apparaître sur les photos de l'atelier de mai publiées sur Facebook et "
      "Instagram. Pouvez-vous les retirer ou me flouter ? Je vous avais donné mon accord à l'époque mais ma situation "
      "a changé.\nMerci de votre compréhension,\nVirginie\n",
      frm="Virginie Colas <virginie.colas@yahoo.fr>", mailer="yahoo"),

    M("fr-wc-video-replay", ["withdraw_consent"], "Vidéo du stage de juin",
      "Bonjour,\nJe reviens sur l'autorisation que j'avais signée pour la vidéo du stage de juin. Dans le replay on "
      "me voit craquer pendant l'exercice des lettres, et je ne suis pas à l'aise avec l'idée que d'autres "
      "participants puissent le revoir. Je retire mon accord pour cette vidéo.\nSébastien\n",
      frm="Sébastien Marty <seb.marty@free.fr>"),

    M("fr-wc-sante", ["withdraw_consent"], "Consentement données de santé",
      "Bonjour,\nAu début de l'accompagnement j'avais coché la case autorisant le recueil de mes données de santé "
      "(traitements, antécédents). Je retire ce consentement à compter d'aujourd'hui.\nCordialement,\nNathalie Guérin\n",
      frm="Nathalie Guérin <nathalie.guerin@gmx.fr>"),

    M("fr-wc-enregistrement", ["withdraw_consent"], "Enregistrement du 12",
      "Bonjour Sandra,\nPour l'enregistrement audio de notre séance du 12, que vous m'aviez demandé pour votre "
      "supervision : après réflexion je préfère que vous ne l'utilisiez pas. Je retire mon autorisation, désolé du "
      "revirement.\nRomain\n",
      frm="Romain Dufour <romain.dufour@outlook.fr>", mailer="outlook", html="alt"),

    # voice dictation: "page d'accueil" heard as "page d'écueil"
    M("fr-wc-dictee-temoignage", ["withdraw_consent"], "Témoignage",
      "bonjour Sandra je voudrais que tu retires mon témoignage de la page d'écueil de ton site internet je l'avais "
      "donné avec plaisir mais maintenant je préfère rester discrète voilà merci beaucoup et à bientôt\n\n"
      "Envoyé de mon iPhone\n",
      frm="Pascale Rivière <pascale.riviere@wanadoo.fr>", mailer="iphone2"),

    M("fr-wc-questionnaire-etude", ["withdraw_consent"], "Étude sur l'épuisement des aidants",
      "Bonjour Madame Delomenie,\nLors de la formation j'avais accepté que mes réponses au questionnaire soient "
      "utilisées, de façon anonyme, pour l'étude que vous menez sur l'épuisement des aidants. Après réflexion, je "
      "reviens sur cet accord : je préfère qu'elles ne servent pas à l'étude.\nBien cordialement,\nDelphine Marchand\n",
      frm="Delphine Marchand <delph.marchand@gmail.com>", html="alt"),

    # ------------------------------------------------------------ restriction
    # "don't delete, don't use" -> restriction only
    M("fr-res-litige", ["restriction"], "Mon dossier – important",
      "Bonjour Sandra,\nJe suis en litige avec mon ancien employeur (prud'hommes) et il est possible que mon avocat "
      "ait besoin des comptes rendus de notre accompagnement. Surtout ne supprimez rien ! Mais en attendant je "
      "préfère que ces données ne soient plus utilisées ni transmises à personne.\nMerci,\nOlivier Lambert\n",
      frm="Olivier Lambert <olivier.lambert@sfr.fr>"),

    # NEAR-LINE: contests accuracy and asks to pause -> restriction only (no corrected values given)
    M("fr-res-contestation", ["restriction"], "Ma fiche",
      "Madame,\nLes informations qui figurent sur ma fiche sont inexactes sur plusieurs points (situation "
      "professionnelle, nombre d'enfants, date de début d'accompagnement). Je les conteste. Tant que nous n'avons pas "
      "fait le point ensemble, je vous demande de ne plus les utiliser.\nBrigitte Caron\n",
      frm="Brigitte Caron <brigitte.caron@orange.fr>", mailer="ox", to="orange"),

    M("fr-res-sms", ["restriction"], "mon dossier",
      "bonjour, svp gardez mon dossier mais vous en servez plus en attendant que je revienne vers vous, pas envie "
      "qu'il parte a la poubelle non plus. merci yann\n",
      frm="Yann Le Goff <yann.legoff29@gmail.com>", html="alt"),

    M("fr-res-formel-art18", ["restriction"], "Demande de limitation du traitement (article 18 du RGPD)",
      "Madame,\n\nPar la présente, j'exerce mon droit à la limitation du traitement prévu à l'article 18 du "
      "Règlement général sur la protection des données.\n\nJe conteste en effet l'exactitude de la synthèse de bilan "
      "établie à l'issue de mon accompagnement. Pendant la durée nécessaire à la vérification, je vous demande de "
      "marquer ces données comme limitées : elles ne doivent être ni modifiées, ni effacées, ni communiquées à "
      "quiconque.\n\nVeuillez agréer, Madame, mes salutations distinguées.\n\nHervé Masson\n",
      frm="Hervé Masson <herve.masson@orange.fr>", mailer="ox", html="only", to="orange"),

    # lawyer with mandate, litigation hold -> restriction
    M("fr-res-avocat", ["restriction"], "M. Julien ARNAUD – conservation des données",
      "Madame,\n\nJe vous informe que je représente Monsieur Julien ARNAUD (mandat joint), qui a suivi un "
      "accompagnement auprès de vous en 2024.\n\nUne procédure étant susceptible d'être engagée dans laquelle les "
      "éléments de ce suivi pourraient être utiles, mon client vous demande expressément de conserver l'intégralité "
      "des données le concernant, sans les effacer ni les modifier, et d'en suspendre toute autre utilisation jusqu'à "
      "nouvel ordre, conformément à l'article 18.1 c) du RGPD.\n\nJe vous remercie de m'en accuser réception.\n\n"
      "Veuillez agréer, Madame, l'expression de mes salutations distinguées.\n\nPaul Lemoine\nAvocat\n",
      frm="Paul Lemoine <p.lemoine@lemoine-avocat.fr>", mailer="outlook_mac",
      attach=[dict(kind="pdf", name="mandat-arnaud.pdf",
                   text="MANDAT DE REPRESENTATION\nJulien ARNAUD, demeurant à Déols (36130), mandate Maître Paul LEMOINE\n"
                        "pour toute démarche relative à ses données personnelles détenues par Floraison de Soi.\nSigné le 02/06/2025")],
      cc="Julien Arnaud <julien.arnaud36@gmail.com>"),

    M("fr-res-quebec", ["restriction"], "Pause",
      "Bonjour Sandra!\nPourrais-tu mettre mon dossier sur pause? Pas l'effacer là, juste que personne y touche pis "
      "que tu t'en serves pas le temps que je règle mes affaires de mon bord. Je te redonne des nouvelles cet "
      "automne.\nMerci beaucoup, bonne fin de semaine!\nMarie-Ève\n",
      frm="Marie-Ève Gagnon <marieeve.gagnon@sympatico.ca>"),

    # parent for a minor -> request
    M("fr-res-parent-mineur", ["restriction"], "Dossier de Nolan",
      "Bonjour Madame,\nJe suis le père de Nolan Tessier (16 ans), que vous avez suivi cet hiver. Nous allons "
      "entamer une prise en charge au CMP et il est possible que le psychiatre souhaite connaître le travail déjà "
      "fait. Merci de ne pas détruire le dossier de Nolan, mais de ne plus vous en servir d'ici là.\nCordialement,\n"
      "Franck Tessier\n",
      frm="Franck Tessier <franck.tessier@bbox.fr>"),

    # NEAR-LINE: restriction buried in a rescheduling mail
    M("fr-res-enfoui", ["restriction"], "Report + synthèse",
      "Bonjour Sandra,\nJe dois malheureusement décaler notre rendez-vous du 14 : ma mère est hospitalisée à Tours et "
      "je fais les allers-retours toute la semaine. Est-ce que le 21 au matin vous irait ? Sinon le 24 en fin "
      "d'après-midi.\nConcernant la synthèse dont nous avons parlé la dernière fois, comme je ne suis pas d'accord "
      "avec plusieurs passages, je préfère qu'elle soit mise de côté pour l'instant : ne la transmettez à personne, ne "
      "la modifiez pas, et ne la détruisez pas non plus, on en rediscutera à tête reposée.\nPour le règlement de la "
      "séance 5, je vous fais le virement ce week-end.\nBien à vous,\nChristine\n",
      frm="Christine Perrot <christine.perrot@cegetel.net>"),

    # ------------------------------------------------------------ portability
    M("fr-port-csv", ["portability"], "Export de mes données ?",
      "Bonjour Sandra,\nEst-ce que vous pourriez m'exporter mes données (fiche client, dates des séances, objectifs "
      "fixés) dans un fichier Excel ou CSV ? Je tiens un journal de bord dans une appli et j'aimerais tout "
      "centraliser.\nMerci !\nBenoît\n",
      frm="Benoît Carré <benoit.carre@gmail.com>", html="alt"),

    # transfer to another provider -> portability
    M("fr-port-nouvelle-coach", ["portability"], "Transfert de mon dossier",
      "Bonjour Sandra,\nComme je déménage à Bourges, je vais poursuivre l'accompagnement avec une coach là-bas, "
      "Mme Hélène Verdier. Pourriez-vous lui transmettre directement mon dossier sous format numérique (fiche, "
      "questionnaires, plan d'action) ? Son adresse : contact@helene-verdier-coaching.fr\nUn grand merci pour ces "
      "mois passés ensemble.\nAudrey\n",
      frm="Audrey Fontaine <audrey.fontaine@hotmail.fr>"),

    M("fr-port-sms-sans-objet", ["portability"], None,
      "tu peux m envoyer mes data en format reutilisable stp ? genre json ou excel. c pour un autre coach. merci 🙏\n",
      frm="Mehdi Aït-Ali <mehdi.aitali@gmail.com>", html="alt"),

    M("fr-port-formel-docx", ["portability"], "Demande au titre de l'article 20 du RGPD",
      "Madame,\n\nVeuillez trouver ci-joint ma demande au titre du droit à la portabilité.\n\nCordialement,\n"
      "Agnès Duval\n",
      frm="Agnès Duval <agnes.duval@orange.fr>", mailer="ox", to="orange",
      attach=[dict(kind="docx", name="Demande portabilité A. Duval.docx",
                   text="Agnès Duval\n5 rue de la Poterie, 36100 Issoudun\n\nObjet : droit à la portabilité (article 20 du RGPD)\n\n"
                        "Madame,\nJe vous demande de me transmettre les données personnelles que je vous ai fournies dans le cadre "
                        "de mon accompagnement, dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON), "
                        "afin de pouvoir les confier à un autre prestataire.\n\nAgnès Duval")]),

    M("fr-port-franglais-notion", ["portability"], "Export ?",
      "Hello Sandra ! J'aurais besoin d'un export de mes data (fiche, objectifs, comptes rendus) en format "
      "machine-readable, genre CSV, pour les importer dans Notion 🙂 Possible ?\nMerci merci !\nChloé\n\n"
      "Envoyé de mon iPhone\n",
      frm="Chloé Besnard <chloe.besnard@icloud.com>", mailer="iphone"),

    # ------------------------------------------------------------ post_mortem
    M("fr-pm-fille", ["post_mortem"], "Maman – Josette Pinaud",
      "Bonjour Madame,\nJe suis la fille de Josette Pinaud, qui venait vous voir pour des séances depuis l'an dernier. "
      "Maman est décédée le 2 février, à l'hôpital de Châteauroux. Elle parlait souvent de vous et de vos échanges, "
      "ça lui faisait du bien.\nJe ne sais pas trop ce qu'il faut faire dans ce cas pour son dossier. Je voudrais au "
      "moins qu'elle ne reçoive plus vos mails, ça me fait un choc à chaque fois que j'ouvre sa boîte.\n"
      "Merci pour elle,\nCatherine Pinaud\n",
      frm="Catherine Pinaud <catherine.pinaud@orange.fr>", mailer="ox", date="2025-02-19 21:37"),

    M("fr-pm-notaire", ["post_mortem"], "Succession de Monsieur Roger FOUCHER – Réf. 2025/0418/JB",
      "Madame,\n\nNous sommes chargés du règlement de la succession de Monsieur Roger FOUCHER, en son vivant domicilié "
      "7 rue du Moulin, 36100 Issoudun, décédé le 14 mars 2025, dont vous trouverez l'acte de décès ci-joint.\n\n"
      "Les héritiers nous ont indiqué que le défunt avait recours à vos services. Nous vous remercions de bien vouloir "
      "nous faire savoir si vous détenez des sommes ou documents au nom du défunt, et de procéder à la clôture de tout "
      "compte ou abonnement ouvert à son nom.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations "
      "distinguées.\n\nPour Maître Jacques Besson,\nAurélie Tixier, clerc de notaire\nOffice notarial Besson & Giraud\n"
      "2 boulevard Stalingrad – 36100 Issoudun\n",
      frm="Office notarial Besson & Giraud <office.besson-giraud@notaires.fr>", mailer="outlook", html="alt",
      date="2025-04-17 10:05",
      attach=[dict(kind="pdf", name="Acte_de_deces_FOUCHER_Roger.pdf",
                   text="EXTRAIT D'ACTE DE DECES\nLe quatorze mars deux mille vingt-cinq est décédé à Issoudun (Indre)\n"
                        "Roger Marcel FOUCHER, né le 9 juillet 1941 à Ségry (Indre).\nDélivré par la mairie d'Issoudun.")],
      cc="Mme Sylvie Foucher <sylvie.foucher@orange.fr>"),

    # NEAR-LINE: "parti" = died; an heir writing after a death -> post_mortem only even though he asks for deletion
    M("fr-pm-sms-fils", ["post_mortem"], "Gérard Monteil",
      "Bonjour c'est le fils de Gérard Monteil. Papa est parti la semaine dernière. Merci de plus lui envoyer de "
      "mails, vous pouvez tout effacer. Bonne journée\n",
      frm="Kevin Monteil <kev.monteil@gmail.com>", html="alt"),

    # own instructions for after death -> post_mortem
    M("fr-pm-directives-maladie", ["post_mortem"], "Mes volontés",
      "Chère Sandra,\nVous savez que ma santé n'est pas bonne. Je profite d'un moment de calme pour mettre de l'ordre "
      "dans mes affaires, et je voulais vous laisser mes volontés pour ce qui vous concerne : après mon décès, je "
      "souhaite que mes carnets de séance et mes notes soient détruits, et que mon témoignage soit retiré de votre "
      "site. Ma nièce, Sophie Hervé (sophie.herve@gmail.com), est au courant et pourra vous confirmer les choses le "
      "moment venu.\nJe vous embrasse,\nJacqueline\n",
      frm="Jacqueline Hervé <jacqueline.herve@wanadoo.fr>", to="orange"),

    M("fr-pm-veuf-acces", ["post_mortem"], "Monique Collin",
      "Madame,\nMon épouse, Monique Collin, est décédée le 8 mars dernier. Elle vous a consultée pendant presque deux "
      "ans et elle vous faisait beaucoup confiance. Je voudrais, si c'est possible, avoir une copie de ce qu'elle "
      "vous a confié par écrit, ou de vos notes. Je cherche à comprendre certaines choses.\nAvec mes remerciements,\n"
      "Bernard Collin\n",
      frm="Bernard Collin <bernard.collin36@orange.fr>", mailer="ox"),

    # voice dictation without punctuation
    M("fr-pm-dictee-soeur", ["post_mortem"], "Lucienne Baudry",
      "bonjour madame je vous écris pour ma sœur Lucienne Baudry qui nous a quittés le quatre du mois dernier elle "
      "était inscrite à votre lettre et à vos ateliers du mardi je voulais que vous le sachiez et que vous fassiez le "
      "nécessaire pour son inscription et ses papiers merci à vous Odette\n",
      frm="Odette Lemoine <odette.lemoine@orange.fr>", to="orange"),

    M("fr-pm-belge-neveu", ["post_mortem"], "Madame Simone Peeters",
      "Madame,\nJe me permets de vous écrire au nom de la famille de ma tante, Madame Simone Peeters, décédée le mois "
      "passé à Namur. En rangeant ses affaires nous avons trouvé vos courriers et les documents de son stage. "
      "Pourriez-vous nous dire quelles données vous conservez à son nom et nous indiquer la marche à suivre pour que "
      "tout soit clôturé ?\nJe vous remercie d'avance et vous prie d'agréer mes salutations distinguées.\n"
      "Julien Peeters\n",
      frm="Julien Peeters <julien.peeters@skynet.be>"),

    # NEAR-LINE: parents of a deceased participant ask to KEEP her photo -> still post_mortem only, whatever they ask
    M("fr-pm-photo-hommage", ["post_mortem"], "Anaïs",
      "Bonjour Sandra,\nVous avez peut-être appris le décès de notre fille Anaïs en novembre. Elle avait adoré votre "
      "stage et sa photo figure sur votre page des témoignages. Nous aimerions qu'elle y reste, c'est un beau souvenir "
      "d'elle heureuse. Pourriez-vous simplement ajouter un petit mot, ou à défaut la laisser telle quelle ?\n"
      "Avec notre affection,\nPierre et Françoise Durieux\n",
      frm="Famille Durieux <famille.durieux@free.fr>"),

    M("fr-pm-epouse-compte", ["post_mortem"], "Alain Besson",
      "Bonjour,\nMon mari, Alain Besson, est décédé le 21 août. Il avait un compte sur votre plateforme de formation "
      "et était abonné à votre newsletter. Merci de tout clôturer à son nom.\nAnnie Besson\n",
      frm="Annie Besson <annie.besson@laposte.net>"),

    # NEAR-LINE: a living client leaving instructions for her own data after her death -> post_mortem
    M("fr-pm-directives-sms", ["post_mortem"], "demande un peu bizarre 😅",
      "Coucou Sandra, petite demande un peu bizarre : le jour où je mourrai (le plus tard possible hein 😅) je veux "
      "que tu effaces tout ce que tu as sur moi. Mon frère Julien est au courant. Voilà c'est dit, bises\n",
      frm="Sabrina Collet <sabrina.collet@gmail.com>", html="alt"),

    # ------------------------------------------------------------ more phone-written requests
    # typo'd SMS style ("Arrêter" for "arrêtez", "menvoyer") -> marketing opt-out -> objection
    M("fr-obj-sms-stop-pub", ["objection"], "Stop",
      "Arrêter de menvoyer vos pubs svp merci\n",
      frm="Yvette Baron <yvette.baron@orange.fr>", mailer="iphone2", to="orange"),

    # NEAR-LINE: opts out of SMS appointment reminders = objecting to being contacted by SMS -> objection
    M("fr-obj-rappels-sms", ["objection"], "rappels",
      "plus besoin des rappels par sms pour les rdv svp, je les note moi meme 👍\n",
      frm="Kévin Baudin <kevin.baudin@sfr.fr>"),

    M("fr-wc-photo-emoji", ["withdraw_consent"], "insta",
      "Coucou ! tu peux enlever la photo de moi sur insta stp 🙏 celle avec le bandeau 😂 je l'aime plus trop... "
      "merci ma belle\n",
      frm="Océane Lucas <oceane.lucas@gmail.com>", html="alt"),

    # voice dictation: street name mangled, replacement value given -> rectification
    M("fr-rect-dictee-adresse", ["rectification"], "Changement d'adresse",
      "bonjour Sandra c'est Paulette j'ai déménagé ma nouvelle adresse c'est 9 rue de la grande mouillère à Issoudun "
      "au lieu de la route de Vatan merci de changer sur vos papiers et bonne journée\n\nEnvoyé de mon iPhone\n",
      frm="Paulette Guillot <paulette.guillot@orange.fr>", mailer="iphone"),

    # NEAR-LINE: contests what is written and asks not to touch it either way -> restriction only
    M("fr-res-sms-conteste", ["restriction"], "mon dossier svp",
      "svp touchez a rien dans mon dossier, ni effacer ni rien, mais vous en servez plus. je conteste ce qui est "
      "ecrit sur la seance de mars. on en parle qd vous pouvez\n",
      frm="Steeve Aubry <steeve.aubry@laposte.net>"),

    M("fr-pm-sms-niece", ["post_mortem"], "Marie-Claire Dubreuil",
      "bonjour, Marie-Claire Dubreuil est décédée samedi. c'était ma tante. elle recevait vos mails et elle avait "
      "fait vos ateliers, pouvez-vous faire le nécessaire. merci\nAurore\n\nEnvoyé de mon Galaxy\n",
      frm="Aurore Dubreuil <aurore.dubreuil@gmail.com>", html="alt"),
]

# send dates pinned because the text mentions calendar dates
with_dates(RECORDS, {
    "fr-obj-stop-reply-newsletter": "2025-03-26 08:58",
    "fr-res-avocat": "2025-06-03 17:10",
    "fr-pm-epouse-compte": "2025-09-08 10:20",
    "fr-pm-veuf-acces": "2025-05-06 15:40",
    "fr-era-enfoui": "2025-07-20 21:40",
    "fr-wc-photos-reseaux": "2025-09-14 12:05",
    "fr-acc-suisse-questionnaire": "2025-11-20 17:25",
})
