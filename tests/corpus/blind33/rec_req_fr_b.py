"""French requests, part B: portability, objection, withdraw_consent, post_mortem."""
from common import (rec, TO_SANDRA, TO_SANDRA_BARE, TO_CONTACT, TO_CONTACT_NAMED,
                    SANDRA, SIG_SANDRA, gmail_fr, apple_fr, outlook_fr,
                    fwd_gmail_fr, fwd_apple_fr, NL_AVRIL, NL_SEPT, NL_DEC)

RECORDS = [

# ---------------------------------------------------------------- portability
rec("port-fr-csv-autre-coach", ["portability"], "fr", "2025-01-16 10:12",
    ("Caroline Joubert", "caroline.joubert@gmail.com"),
    "Export de mes données",
"""Bonjour Sandra,

Je déménage à Bordeaux en février et je vais poursuivre mon accompagnement avec une coach sur place. Pour ne pas repartir de zéro, pourriez-vous m'envoyer mes données (fiches de séance, objectifs, questionnaires) dans un format réutilisable, type fichier CSV ou tableur, que je pourrai lui transmettre ?

Merci infiniment pour ces mois passés ensemble.
Caroline""",
    to=TO_SANDRA, fmt="alt"),

rec("port-fr-transfert-nouvelle-coach", ["portability"], "fr", "2025-03-18 15:36",
    ("Isabelle Morvan", "isabelle.morvan@orange.fr"),
    "Transmission de mon dossier à ma nouvelle coach",
"""Bonjour Madame Delomenie,

Je poursuis désormais mon accompagnement avec Mme Anne Kerboriou, coach à Rennes (anne.kerboriou@coaching-kerboriou.bzh), qui exerce sur la même méthode que vous.

Je vous demande de lui transmettre directement mes données : questionnaire initial, fiches de suivi et résultats des tests, sous une forme qu'elle puisse importer dans son propre outil. Je lui ai déjà donné mon accord de mon côté.

Bien cordialement,
Isabelle Morvan""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("port-fr-format-reutilisable-tests", ["portability"], "fr", "2025-06-06 12:54",
    ("Fabienne Colin", "fabienne.colin@laposte.net"),
    "Résultats des tests",
"""Bonjour,

Je souhaiterais récupérer les résultats de mes tests (ennéagramme et inventaire des valeurs) passés sur votre plateforme en ligne, dans un format structuré et réutilisable - un fichier que je puisse ouvrir dans Excel ou importer ailleurs, pas une capture d'écran.

Merci,
Fabienne Colin""",
    to=TO_CONTACT),

rec("port-fr-ch-fichier-exploitable", ["portability"], "fr-CH", "2025-08-21 08:17",
    ("Jean-Daniel Python", "jd.python@sunrise.ch"),
    "Portabilité de mes données",
"""Madame,

J'ai suivi votre programme « Leadership serein » en ligne entre septembre 2024 et mars 2025.

Je fais valoir mon droit à la portabilité : merci de me transmettre les données que je vous ai fournies (profil, réponses aux exercices, carnet de progression) dans un fichier exploitable par une machine, idéalement CSV ou JSON.

Je vous remercie d'avance et vous souhaite une bonne fin de semaine.

Jean-Daniel Python
Neuchâtel""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("port-fr-inf-notion", ["portability"], "fr-inf", "2025-10-09 21:30",
    ("Manon", "manon.leblanc.pro@gmail.com"),
    "",
"""hello Sandra !

je suis en train de tout centraliser dans Notion (oui je sais, encore un outil ^^). est ce que tu pourrais m'exporter mes donnees de la formation en ligne, genre mes reponses aux exercices + mon carnet de bord, dans un fichier que je peux importer direct (csv ou autre) ? les copier-coller a la main ce serait l'enfer

merci merci
Manon""",
    to=TO_SANDRA, fmt="alt"),

rec("port-fr-systemeio-vers-autre", ["portability"], "fr", "2025-12-16 14:03",
    ("Thierry Vasseur", "thierry.vasseur@wanadoo.fr"),
    "Récupération de mes données de formation",
"""Bonjour Madame,

L'organisme de formation qui m'accompagne désormais pour ma reconversion me demande de lui fournir l'historique de mes parcours antérieurs.

Je vous demande donc de me transmettre, dans un format numérique standard (CSV, XLS ou équivalent), les données de mon compte sur votre espace de formation : modules suivis, dates, résultats des quiz, travaux déposés. Vous pouvez aussi les envoyer directement à l'organisme (Afpa Châteauroux, à l'attention de M. Renaud) si c'est plus simple.

Merci par avance,
Thierry Vasseur""",
    to=TO_SANDRA, cte="quoted-printable"),

# ---------------------------------------------------------------- objection
# NEAR-LINE: request written above a quoted newsletter -> the new text counts (objection).
rec("obj-fr-desinscrire-nl-avril", ["objection"], "fr", "2025-04-03 07:12",
    ("Christiane Moulin", "christiane.moulin@orange.fr"),
    "RE: 🌿 La Lettre de Floraison de Soi - avril",
"""Bonjour,
Merci de me désinscrire de votre lettre, je n'arrive pas à le faire avec le lien en bas.
C. Moulin

""" + outlook_fr("Floraison de Soi", "contact@floraisondesoi.fr", "mercredi 2 avril 2025 18:30",
                 "christiane.moulin@orange.fr", "🌿 La Lettre de Floraison de Soi - avril", NL_AVRIL),
    to=TO_CONTACT, cte="quoted-printable", mailer="Microsoft Outlook 16.0",
    irt="nl-2025-04"),

rec("obj-fr-inf-stop-mails", ["objection"], "fr-inf", "2025-05-09 12:31",
    ("Romain", "romain.girard86@gmail.com"),
    "Stop",
"""stop les mails pub svp, 3 en une semaine c'est trop. merci""",
    to=TO_CONTACT, fmt="alt"),

rec("obj-fr-sms-promo", ["objection"], "fr", "2025-06-20 18:47",
    ("Mireille Gauthier", "mireille.gauthier@orange.fr"),
    "SMS",
"""Bonjour Sandra,

Je reçois maintenant vos offres par SMS en plus des mails. Autant les mails ça va, autant les SMS promotionnels je n'en veux pas : merci de ne plus m'en envoyer.

Bonne soirée,
Mireille""",
    to=TO_SANDRA),

rec("obj-fr-formel-prospection", ["objection"], "fr", "2025-07-24 09:05",
    ("Alain Brémond", "alain.bremond@free.fr"),
    "Opposition - prospection commerciale",
"""Madame,

Je m'oppose, en application de l'article 21 du RGPD, au traitement de mes données personnelles à des fins de prospection commerciale, quel que soit le canal (courrier électronique, SMS, téléphone, courrier postal).

Je vous prie d'en prendre acte.

Alain Brémond""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("obj-fr-be-offres", ["objection"], "fr-BE", "2025-09-03 13:40",
    ("Nadine Peeters", "nadine.peeters@hotmail.be"),
    "Vos offres",
"""Bonjour,

Pourriez-vous faire en sorte que je ne reçoive plus vos offres et vos invitations aux ateliers ? Issoudun, c'est un peu loin de Mons pour moi, savez-vous.

Merci bien et bonne continuation,
Nadine""",
    to=TO_CONTACT, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("obj-fr-ciblage-commercial", ["objection"], "fr", "2025-10-17 20:22",
    ("Benoît Lacombe", "benoit.lacombe@ik.me"),
    "Offres ciblées",
"""Bonjour,

Depuis mon achat de la formation en ligne, je reçois des offres « personnalisées » manifestement construites à partir de mes achats et de mes clics dans vos mails. Je m'oppose à l'utilisation de mes données pour ce ciblage commercial et, plus largement, pour toute prospection.

Cordialement,
B. Lacombe""",
    to=TO_SANDRA),

rec("obj-fr-ca-liste-envoi", ["objection"], "fr-CA", "2025-11-07 08:58",
    ("Sylvie Côté", "sylvie.cote@videotron.ca"),
    "SVP me retirer",
"""Bonjour,

Pourrais-tu me retirer de ta liste d'envoi? Je reçois beaucoup trop de courriels ces temps-ci et ça ne me tente plus vraiment.

Bonne journée!
Sylvie""",
    to=TO_CONTACT),

# NEAR-LINE: stopping satisfaction surveys (legitimate-interest processing) is an objection, not a cancellation.
rec("obj-fr-questionnaires-satisfaction", ["objection"], "fr", "2025-12-12 10:34",
    ("Hervé Poulain", "herve.poulain@gmail.com"),
    "Questionnaires de satisfaction",
"""Bonjour Madame Delomenie,

C'est la troisième relance que je reçois pour le questionnaire de satisfaction de la formation d'octobre. Je ne souhaite pas y répondre et je m'oppose à ce que mes coordonnées soient utilisées pour ce genre d'enquêtes à l'avenir.

Cordialement,
Hervé Poulain""",
    to=TO_SANDRA, fmt="alt"),

rec("obj-fr-invitations-ateliers", ["objection"], "fr", "2026-01-08 17:11",
    ("Colette Barbier", "colette.barbier@orange.fr"),
    "Vos invitations",
"""Bonjour Sandra,

Je vous souhaite une belle année 2026 !

Je préfère ne plus recevoir vos invitations et propositions d'ateliers par mail. Ce n'est pas contre vous, je fais simplement le tri dans tout ce que je reçois. Si un jour j'ai besoin, je saurai où vous trouver.

Amitiés,
Colette""",
    to=TO_SANDRA, cte="quoted-printable"),

# ---------------------------------------------------------------- withdraw consent
rec("wc-fr-temoignage-site", ["withdraw_consent"], "fr", "2025-02-03 14:26",
    ("Valérie Hamon", "valerie.hamon@gmail.com"),
    "Mon témoignage sur votre site",
"""Bonjour Sandra,

En 2023 je vous avais autorisée à publier mon témoignage sur votre site (« Grâce à Sandra, j'ai retrouvé confiance... » avec mon prénom et ma photo). Ma situation professionnelle a changé et je ne souhaite plus qu'il apparaisse.

Je retire donc mon accord : pouvez-vous l'enlever du site et de votre page Systeme.io ?

Merci beaucoup, et sans rancune aucune !
Valérie""",
    to=TO_SANDRA, fmt="alt"),

rec("wc-fr-photo-facebook", ["withdraw_consent"], "fr", "2025-03-31 19:03",
    ("Sandrine Lefort", "sandrine.lefort@orange.fr"),
    "Photo de l'atelier sur Facebook",
"""Bonsoir,

J'ai vu que la photo de groupe de l'atelier du 22 mars a été publiée sur votre page Facebook. J'avais accepté sur le moment, mais à la réflexion je préfère ne pas y figurer (ma famille ne sait pas que je fais ce travail sur moi).

Je retire mon autorisation pour cette photo. Pouvez-vous la retirer ou me flouter ?

Merci,
Sandrine""",
    to=TO_SANDRA),

rec("wc-fr-replay-webinaire", ["withdraw_consent"], "fr", "2025-05-21 11:45",
    ("Laetitia Guérin", "laetitia.guerin@gmail.com"),
    "Replay du webinaire",
"""Bonjour Sandra,

Lors du webinaire « Charge mentale » du 15 mai, j'ai accepté d'être enregistrée avec ma caméra allumée pendant l'exercice en direct. En revoyant le replay, je me rends compte que je parle de choses très personnelles.

Je retire mon consentement à l'utilisation de cet enregistrement : merci de couper mon passage ou de retirer le replay de l'espace membres.

Belle journée,
Laetitia""",
    to=TO_CONTACT_NAMED, fmt="alt"),

rec("wc-fr-questionnaire-etude", ["withdraw_consent"], "fr", "2025-07-15 16:20",
    ("Jean-Marc Leclerc", "jm.leclerc@laposte.net"),
    "Utilisation de mes réponses",
"""Madame,

Lors de ma participation à la formation de janvier, j'avais coché la case autorisant l'utilisation anonymisée de mes réponses au questionnaire pour votre étude sur le stress au travail.

Je reviens sur cette décision et retire mon consentement : je ne souhaite pas que mes réponses soient utilisées dans cette étude, ni dans aucune publication.

Salutations,
Jean-Marc Leclerc""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("wc-fr-donnees-sante", ["withdraw_consent"], "fr", "2025-09-24 10:10",
    ("Corinne Maillard", "corinne.maillard@sfr.fr"),
    "Séance de jeudi",
"""Bonjour Sandra,

Au moment de signer le contrat d'accompagnement, j'ai donné mon accord pour que vous recueilliez des informations sur ma santé (ma fibromyalgie, mes traitements). Après réflexion, je retire ce consentement : je préfère qu'on travaille sans que ces éléments soient notés.

On continue les séances comme prévu bien sûr.

Corinne""",
    to=TO_SANDRA, fmt="alt"),

rec("wc-fr-inf-temoignage", ["withdraw_consent"], "fr-inf", "2025-10-28 22:19",
    ("Steph", "steph.lamy@outlook.fr"),
    "temoignage",
"""coucou,
enlevez mon temoignage svp (celui sur la page des formations en ligne, avec mon prenom et ma ville), jai changé d'avis je veux plus qu'il soit en ligne.
merci bcp
Stéphanie L.""",
    to=TO_SANDRA, mailer="Outlook for iOS"),

rec("wc-fr-parent-photo-ado", ["withdraw_consent"], "fr", "2025-11-21 08:33",
    ("Claire Dubreuil", "claire.dubreuil@gmail.com"),
    "Photo de ma fille",
"""Bonjour Madame,

J'avais signé l'autorisation de droit à l'image pour ma fille Inès (14 ans) lors du stage ados de la Toussaint. Inès ne veut pas que les photos soient publiées et nous respectons son choix.

Je retire donc cette autorisation pour toutes les photos et vidéos où elle apparaît.

Bien à vous,
Claire Dubreuil""",
    to=TO_SANDRA, fmt="alt"),

rec("wc-fr-be-temoignage-audio", ["withdraw_consent"], "fr-BE", "2026-01-27 13:55",
    ("Jacques Wauters", "jacques.wauters@scarlet.be"),
    "Mon témoignage audio",
"""Bonjour Madame,

Vous aviez enregistré un petit témoignage audio de ma part à la fin de la formation de Bruxelles, pour votre page et votre podcast. Je vous écris pour retirer mon accord quant à la diffusion de cet enregistrement.

Je vous remercie de bien vouloir en tenir compte et vous souhaite une bonne journée.

Jacques Wauters""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

# ---------------------------------------------------------------- post mortem
rec("pm-fr-fille-mere-decedee", ["post_mortem"], "fr", "2025-02-20 10:41",
    ("Émilie Renaud", "emilie.renaud@gmail.com"),
    "Décès de ma mère, Mme Jacqueline Renaud",
"""Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Jacqueline Renaud, le 2 février dernier. Elle suivait vos ateliers depuis deux ans et vous appréciait beaucoup.

En tant que fille et héritière, je vous demande de clôturer son compte sur votre plateforme et de supprimer ses données. Vous trouverez ci-joint l'acte de décès.

Merci pour ce que vous lui avez apporté.
Émilie Renaud""",
    to=TO_SANDRA, fmt="alt",
    attach=[("acte_deces_J_Renaud.pdf", "application/pdf", "Acte de décès - Jacqueline RENAUD - 2 février 2025")]),

rec("pm-fr-notaire-succession", ["post_mortem"], "fr", "2025-04-15 14:58",
    ("Office notarial Maître Lavergne", "office.lavergne@notaires.fr"),
    "Succession de M. Roger Bardet - demande de renseignements",
"""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Roger BARDET, décédé le 19 mars 2025 à Issoudun.

Dans le cadre de nos opérations, nous vous remercions de bien vouloir nous faire connaître si le défunt était titulaire d'un abonnement ou d'un contrat en cours auprès de vous, et de nous adresser copie des factures émises à son nom depuis le 1er janvier 2024.

Vous trouverez ci-joint copie de l'acte de décès.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Hélène Lavergne,
Sophie Dardel, clerc de notaire
Office notarial - 2 place du Marché - 36100 Issoudun""",
    to=TO_SANDRA, cte="quoted-printable", mailer="Microsoft Outlook 16.0",
    attach=[("ACTE_DECES_BARDET.pdf", "application/pdf", "Extrait d'acte de décès - Roger BARDET")]),

rec("pm-fr-directives-effacement", ["post_mortem"], "fr", "2025-05-30 17:07",
    ("Ginette Mallet", "ginette.mallet@orange.fr"),
    "Mes directives",
"""Bonjour Sandra,

J'ai 74 ans et je mets mes affaires en ordre, sans drame, rassurez-vous.

Je vous écris pour vous laisser une consigne : le jour où je ne serai plus là, je souhaite que toutes les données que vous avez sur moi (nos échanges, mes carnets, les enregistrements de nos séances de sophrologie) soient effacées, et que rien ne soit transmis à mes enfants.

Merci de garder ce message dans mon dossier.
Ginette Mallet""",
    to=TO_SANDRA),

rec("pm-fr-veuf-photos", ["post_mortem"], "fr", "2025-07-10 20:36",
    ("Daniel Courtois", "daniel.courtois@wanadoo.fr"),
    "Ma femme, Brigitte",
"""Bonjour Madame Delomenie,

Ma femme Brigitte Courtois nous a quittés au mois de juin. Elle parlait souvent de vos ateliers, ça lui faisait beaucoup de bien.

Je crois que des photos ont été prises lors du stage de printemps, et qu'elle avait écrit des textes pendant l'atelier d'écriture. Serait-il possible de me les transmettre ? Ce serait un souvenir précieux pour nos enfants et moi.

Avec mes remerciements,
Daniel Courtois""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("pm-fr-be-soeur", ["post_mortem"], "fr-BE", "2025-08-29 09:21",
    ("Martine Claes", "martine.claes@gmail.com"),
    "Ma sœur Anne Claes",
"""Bonjour Madame,

Je vous écris au nom de la famille de ma sœur, Anne Claes, décédée le 3 août dernier. Elle était inscrite à votre programme en ligne et recevait votre lettre d'information.

Nous souhaitons que son compte soit fermé et que l'on ne reçoive plus de courriels à son nom, c'est difficile pour ses enfants qui relèvent sa boîte. Je vous joins l'avis de décès.

Je vous remercie de votre compréhension.

Martine Claes""",
    to=TO_CONTACT, fmt="alt",
    attach=[("avis_deces_Anne_Claes.jpg", "image/jpeg", None)]),

rec("pm-fr-heritier-acces-mails", ["post_mortem"], "fr", "2025-10-06 15:15",
    ("Luc Marchand", "luc.marchand@gmail.com"),
    "Mon père Henri Marchand",
"""Madame,

Mon père, Henri Marchand, est décédé le 12 septembre. En rangeant ses papiers, j'ai compris qu'il avait suivi un accompagnement avec vous l'an dernier, dont il ne nous avait jamais parlé.

En tant qu'héritier, je souhaiterais avoir accès aux échanges que vous avez eus avec lui et aux documents de son dossier. Je pense que cela m'aiderait à comprendre ses derniers mois.

Je peux vous fournir l'acte de décès et l'attestation du notaire.

Luc Marchand""",
    to=TO_SANDRA, fmt="alt"),

rec("pm-fr-ca-pere-compte", ["post_mortem"], "fr-CA", "2025-11-12 13:02",
    ("Stéphane Lavoie", "stephane.lavoie@bell.net"),
    "Décès de mon père",
"""Bonjour,

Mon père, Réjean Lavoie, est décédé le mois passé. Il suivait ta formation en ligne sur la retraite active. Je m'occupe de fermer ses comptes un par un : est-ce que tu peux fermer le sien et effacer ses informations?

Merci de ta compréhension,
Stéphane Lavoie""",
    to=TO_SANDRA),

# NEAR-LINE: a relative after a death asks to stop the mails -> post_mortem only (not objection).
rec("pm-fr-inf-arretez-mails", ["post_mortem"], "fr-inf", "2025-12-01 19:49",
    ("Kelly Fontaine", "kelly.fontaine@laposte.net"),
    "Fwd: La Lettre de Floraison de Soi - rentrée",
"""bonjour
ma mere Patricia Fontaine est decedee en mars et vous continuez a lui envoyer vos mails, c'est moi qui relève sa boite. merci d'arreter et d'enlever son nom de vos listes

""" + fwd_gmail_fr("Floraison de Soi", "contact@floraisondesoi.fr", "lun. 15 sept. 2025 à 18:00",
                   "La Lettre de Floraison de Soi - rentrée", "patricia.fontaine@laposte.net", NL_SEPT),
    to=TO_CONTACT),

# NEAR-LINE: a widower withdrawing his late wife's testimonial -> post_mortem only, whatever is asked.
rec("pm-fr-mari-temoignage", ["post_mortem"], "fr", "2025-12-22 11:26",
    ("Philippe Arnaud", "philippe.arnaud@orange.fr"),
    "Témoignage de mon épouse",
"""Madame,

Mon épouse, Nicole Arnaud, est décédée le 30 novembre. Son témoignage et sa photo figurent toujours sur la page d'accueil de votre site.

Je vous demande de les retirer ; la famille ne souhaite pas qu'ils restent en ligne.

Philippe Arnaud""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("pm-fr-directives-personne-designee", ["post_mortem"], "fr", "2026-01-15 10:02",
    ("Marie-Thérèse Guillon", "mt.guillon@free.fr"),
    "Directives particulières",
"""Bonjour Sandra,

Suite à notre échange de la dernière séance, je vous confirme par écrit mes directives concernant mes données après mon décès :

- je désigne ma nièce, Mme Aline Guillon (aline.guillon@gmail.com), pour les exercer ;
- elle pourra recevoir une copie de mes écrits de l'atelier d'écriture ;
- tout le reste (notes de séances, questionnaires) devra être détruit.

Je signe ce message et je vous ferai parvenir la version papier signée par courrier.

Marie-Thérèse Guillon""",
    to=TO_SANDRA, fmt="alt",
    attach=[("directives_MT_Guillon.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "Directives relatives à mes données après mon décès - Marie-Thérèse Guillon")]),
]
