# -*- coding: utf-8 -*-
"""French requests, part 1 (b51)."""
from _rec import R

RECORDS = [
R("fr-req-acces-formel-art15", ["access"], "Mathilde Rouvière <mathilde.rouviere@orange.fr>",
  "Demande d'accès — article 15 RGPD",
"""Madame,

Ayant suivi un accompagnement individuel avec vous entre février et juin 2024, je vous prie de bien vouloir me communiquer, conformément à l'article 15 du Règlement (UE) 2016/679, l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les finalités des traitements, les destinataires éventuels et la durée de conservation envisagée.

Je vous remercie de me répondre dans le délai d'un mois prévu par le texte.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Mathilde Rouvière
12 allée des Tilleuls
36000 Châteauroux""", to="orange"),

# NEAR-LINE: polite conditional question that actually asks for the thing -> request
R("fr-req-pourriez-vous-supprimer-conditionnel", ["erasure"], "Jeanne Pilorget <jeanne.pilorget@gmail.com>",
  "petite question",
"""Bonjour Sandra,

Je ne sais pas trop comment formuler ça... Est-ce que ce serait possible, quand vous aurez un moment, d'effacer tout ce que vous avez gardé sur moi ? Fiches, mails, questionnaire du début. Je tourne la page de cette période et j'aimerais que rien ne traîne.

Merci pour tout ce que vous m'avez apporté,
Jeanne"""),

# NEAR-LINE: "j'aimerais savoir ce que vous avez" is a request to know what is held, not a how-it-works question
R("fr-req-savoir-ce-que-vous-avez", ["access"], "Régis Tallandier <regis.tallandier@free.fr>",
  "mes infos chez vous ?",
"""Bonjour,
Je me suis inscrit à votre atelier gestion du stress à Issoudun il y a deux ans. J'aimerais savoir ce que vous avez conservé sur moi exactement, et d'où vous tenez mon numéro de portable, que je ne me souviens pas vous avoir donné.
Cordialement
R. Tallandier"""),

R("fr-req-desabo-newsletter-court", ["objection"], "Nadège B. <nadege.b36@laposte.net>",
  "désinscription",
"""Merci de me retirer de votre liste de diffusion, je ne lis plus les lettres.
Nadège"""),

# NEAR-LINE: replacing old phone number with the new one given -> rectification only
R("fr-req-nouveau-numero", ["rectification"], "Olivier Marchais <olivier.marchais@hotmail.fr>",
  "Changement de numéro",
"""Bonjour Madame Delomenie,

Mon ancien numéro (06 12 48 77 30) n'est plus attribué. Pouvez-vous le supprimer de votre fichier et noter à la place le 07 68 21 54 09 ?

Bien à vous,
Olivier Marchais""", html="alt"),

R("fr-req-orthographe-nom", ["rectification"], "Sévrine Kerouanton <s.kerouanton@gmail.com>",
  "Attestation de formation - erreur sur mon nom",
"""Bonjour,

Sur l'attestation reçue hier et dans le mail de confirmation, mon prénom est écrit « Séverine » alors que c'est Sévrine (sans e entre le v et le r), et le nom a perdu son second « n » : Kerouanton, pas Kerouaton. Pourriez-vous corriger dans votre fichier pour que les prochains documents soient justes ?

Merci d'avance,
Sévrine Kerouanton""", attach=[("attestation_formation.pdf", "Attestation de formation - Severine Kerouaton - Communication bienveillante")]),

# NEAR-LINE: "don't delete, just stop using" -> restriction only
R("fr-req-ne-pas-effacer-geler", ["restriction"], "Claire-Anne Dufresnoy <ca.dufresnoy@orange.fr>",
  "Mes notes de séance",
"""Bonjour Sandra,

Je suis actuellement en litige avec mon ancien employeur et mon avocate pourrait avoir besoin de prouver que j'ai suivi un accompagnement pour épuisement professionnel chez vous. Surtout ne supprimez rien ! En revanche je vous demande de ne plus utiliser ces notes pour quoi que ce soit (pas même d'exemple anonymisé en formation) tant que la procédure est en cours. Gardez-les simplement de côté.

Merci de votre compréhension,
Claire-Anne""", to="orange"),

# NEAR-LINE: contesting accuracy + asking to pause processing -> restriction only
R("fr-req-conteste-exactitude-suspendre", ["restriction"], "Benoît Lacombe <benoit.lacombe@yahoo.fr>",
  "Bilan intermédiaire contesté",
"""Madame,

Le bilan intermédiaire transmis à mon entreprise mentionne que j'aurais « refusé plusieurs exercices », ce que je conteste formellement. En attendant que nous clarifiions ce point, je vous demande de geler ce document : ne le transmettez plus à personne et ne vous en servez pas pour la suite du parcours.

Cordialement,
Benoît Lacombe"""),

R("fr-req-opposition-prospection-sms", ["objection"], "Gaëlle Fournet <gaelle.fournet@sfr.fr>",
  "STOP SMS",
"""Bonjour, je reçois régulièrement vos SMS pour les stages du week-end. Je ne souhaite plus en recevoir, merci de faire le nécessaire.
G. Fournet"""),

# NEAR-LINE: "delete my account and all my data" -> erasure (not a bare account closure)
R("fr-req-compte-et-toutes-donnees", ["erasure"], "Thibault Ancelin <thibault.ancelin@gmail.com>",
  "Suppression compte espace formation",
"""Bonjour,

Je souhaite que mon compte sur votre espace de formation en ligne soit supprimé, et avec lui toutes les données me concernant (profil, progression, réponses aux quiz, messages sur le forum). Je n'ai plus l'intention de suivre de formation.

Pouvez-vous me confirmer quand c'est fait ?
Thibault Ancelin"""),

# NEAR-LINE: copy of specific records about oneself (session notes) -> access
R("fr-req-copie-notes-seances", ["access"], "Aurélie Vandamme <aurelie.vandamme@icloud.com>",
  "Copie de mes comptes rendus",
"""Bonjour Sandra,

Je reprends un travail avec une psychologue et elle m'a suggéré de récupérer ce que nous avions écrit ensemble. Serait-il possible de m'envoyer une copie de vos notes de nos séances de 2023, ainsi que mes réponses au questionnaire de départ ?

Belle journée à vous,
Aurélie

Envoyé de mon iPhone""", quote={"style": "apple", "who": "Sandra Delomenie <contact@floraisondesoi.fr>", "text": """Bonjour Aurélie,

Je vous souhaite une belle fin d'année et vous remercie encore pour la confiance accordée.

Sandra"""}),

# NEAR-LINE: lawyer with a mandate -> request
R("fr-req-avocat-mandat-acces-effacement", ["access", "erasure"], "Maître Hélène Corbières <h.corbieres@corbieres-avocats.fr>",
  "V/Réf. : M. Damien Quesnoy — exercice des droits RGPD",
"""Madame,

J'interviens en qualité de conseil de Monsieur Damien Quesnoy, qui m'a donné mandat exprès, dont vous trouverez copie ci-jointe, pour exercer en son nom les droits que lui confèrent les articles 15 et 17 du RGPD.

Mon client sollicite en premier lieu la communication de l'intégralité des données le concernant détenues par votre structure, puis, une fois cette communication effectuée, l'effacement de ces mêmes données, sous réserve de vos obligations légales de conservation comptable.

Je vous remercie de m'adresser votre réponse à l'adresse du cabinet.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Hélène Corbières
Avocate au Barreau de Bourges
Cabinet Corbières — 7 rue Moyenne, 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Toute utilisation non autorisée est interdite.""",
  attach=[("mandat_Quesnoy_signe.pdf", "Mandat de representation - M. Damien Quesnoy donne pouvoir a Me Helene Corbieres")],
  cc="Damien Quesnoy <d.quesnoy@gmail.com>", to="orange"),

# NEAR-LINE: parent of a minor -> request
R("fr-req-parent-mineur-effacement", ["erasure"], "Karine Delaunay <karine.delaunay71@gmail.com>",
  "Données de ma fille Lou (14 ans)",
"""Bonjour,

Ma fille Lou Delaunay, 14 ans, a participé à l'atelier « confiance en soi pour ados » en avril. Je suis sa mère et titulaire de l'autorité parentale. Nous avons décidé avec elle qu'elle ne poursuivrait pas, et je vous demande d'effacer toutes les informations la concernant (fiche d'inscription, questionnaire, coordonnées).

Merci,
Karine Delaunay"""),

# NEAR-LINE: buried in a long chatty mail; objection to use for statistics
R("fr-req-longue-stat-opposition", ["objection"], "Monique Ferrand <monique.ferrand@wanadoo.fr>",
  "Des nouvelles de Vatan",
"""Chère Sandra,

Cela fait longtemps que je voulais vous écrire. Le jardin a beaucoup souffert de la grêle de juin mais les dahlias sont repartis, vous auriez vu ça ! Mon petit-fils a eu son bac avec mention, nous sommes très fiers. Je continue les exercices de respiration le matin, même si j'avoue sauter un jour sur deux.

J'ai vu sur votre site que vous publiez des chiffres sur « l'évolution des participants » à partir des questionnaires. C'est très bien mais je préfère que mes réponses à moi ne servent pas à ces statistiques, même anonymes. Je suis un peu vieux jeu là-dessus.

Pour le reste, je pense venir à la journée portes ouvertes de septembre si ma hanche veut bien.

Je vous embrasse,
Monique"""),

# NEAR-LINE: SMS style, no accents, typos
R("fr-req-sms-style-effacer", ["erasure"], "kevin.b <kevbrt36@gmail.com>",
  "donnees",
"""slt
jvoudrai que vs effacier tt ce ke vs avez sur moi svp (nom tel mail etc) jai fait latelier en mars mais c pas pour moi
merci
kev"""),

# NEAR-LINE: subject-only mail with empty body that asks for the thing
R("fr-req-objet-seul-desinscription", ["objection"], "Pascale Hurtaud <p.hurtaud@free.fr>",
  "Merci de ne plus m'envoyer la lettre d'information", "", empty_body=True),

R("fr-req-belge-acces", ["access"], "Françoise Vanderlinden <f.vanderlinden@skynet.be>",
  "Demande de consultation de mon dossier",
"""Bonjour Madame,

J'ai suivi votre formation à distance l'an passé, depuis Namur. Je voudrais savoir quelles données vous avez encodées à mon sujet et, le cas échéant, à qui vous les avez transmises (l'organisme qui a financé ma formation, peut-être ?). Pourriez-vous m'en faire parvenir un relevé ?

D'avance, je vous remercie. Bonne fin de journée,
Françoise Vanderlinden"""),

R("fr-req-suisse-rectif-adresse", ["rectification"], "Luc Perrenoud <luc.perrenoud@bluewin.ch>",
  "Nouvelle adresse",
"""Bonjour Madame,

Je vous écris pour vous communiquer ma nouvelle adresse, l'ancienne (chemin des Pâquerettes 4, 1004 Lausanne) n'étant plus valable depuis le 1er septembre : avenue de Morges 61, 1004 Lausanne. Merci de mettre à jour vos fiches, notamment pour la facturation du prochain module.

Avec mes meilleures salutations,
Luc Perrenoud"""),

R("fr-req-quebec-desabo-et-effacer", ["erasure", "objection"], "Geneviève Tremblay <genevieve.tremblay@videotron.ca>",
  "Désabonnement et retrait de mes renseignements",
"""Bonjour Sandra,

Je me suis abonnée à votre infolettre lors du webinaire de l'automne, mais je reçois bien trop de courriels ces temps-ci. SVP me désabonner, et tant qu'à y être, effacer mes renseignements personnels de vos dossiers au complet.

Merci bien et bonne continuation!
Geneviève"""),

# NEAR-LINE: euphemistic wording ("faire disparaître ma trace") -> erasure
R("fr-req-euphemisme-trace", ["erasure"], "Hugo Lemarquand <hugo.lemarquand@proton.me>",
  "Une demande un peu particulière",
"""Bonjour,

Je traverse une période où j'ai besoin de faire le ménage dans ma vie numérique. Je vous serais reconnaissant de faire disparaître toute trace de mon passage chez vous : mon nom dans vos fichiers, nos échanges de mails, les comptes rendus. Je n'en veux à personne, c'est une démarche personnelle.

Hugo L."""),

# NEAR-LINE: "where did you get my data" -> access
R("fr-req-origine-donnees-prospection", ["access", "objection"], "Patrick Chauvat <patrick.chauvat@orange.fr>",
  "Qui vous a donné mon adresse ?",
"""Bonjour,

Je reçois depuis trois semaines vos mails sur les formations en management bienveillant. Je ne vous connais pas et je ne me suis jamais inscrit. Je vous demande de m'indiquer d'où vient mon adresse électronique et ce que vous avez d'autre sur moi. Et cessez de m'écrire pour me vendre des formations.

P. Chauvat""", to="orange"),

R("fr-req-rectif-date-naissance", ["rectification"], "Éloïse Marsac <eloise.marsac@laposte.net>",
  "Erreur dans ma fiche",
"""Bonjour Sandra,
Petite correction : sur la fiche d'inscription que vous m'avez renvoyée pour signature, ma date de naissance est le 14/07/1989 et non le 17/04/1989. Vous pouvez corriger de votre côté ? Je vous renvoie la fiche signée dès que c'est fait.
Merci !
Éloïse"""),

# NEAR-LINE: completing data (adding missing element) -> rectification
R("fr-req-completer-note", ["rectification"], "Joël Aubertin <joel.aubertin@gmail.com>",
  "Compléter ma fiche de suivi",
"""Bonjour,

Lors de notre dernier entretien vous avez noté que je n'avais « pas d'antécédent de burn-out ». En réalité j'en ai fait un en 2019, je ne l'avais pas précisé. Je préfère que ma fiche de suivi soit complétée avec cette information, c'est important pour la suite.

Joël Aubertin"""),

R("fr-req-opposition-profilage", ["objection"], "Amandine Roques <amandine.roques@outlook.fr>",
  "Segmentation de vos envois",
"""Bonjour,

J'ai lu dans votre politique de confidentialité que vous classez les abonnés selon leurs clics pour adapter les propositions. Je m'oppose à ce profilage me concernant. Vous pouvez continuer à m'envoyer la lettre mensuelle, mais sans ce suivi de mes clics.

Bien cordialement,
Amandine Roques"""),

# NEAR-LINE: request above a quoted newsletter -> request counts
R("fr-req-reponse-newsletter-stop", ["objection"], "Corinne Pasquet <corinne.pasquet@orange.fr>",
  "RE: Les rendez-vous de mars chez Floraison de Soi",
"""Bonjour, je ne souhaite plus recevoir ces mails. Merci.""",
  quote={"style": "outlook", "who": "Floraison de Soi <contact@floraisondesoi.fr>", "text": """Bonjour à toutes et à tous,

Le printemps arrive et avec lui trois nouveaux ateliers :
- Samedi 15 : Écouter ses émotions
- Jeudi 20 : Sophro-relaxation en groupe
- Samedi 29 : Atelier parents-enfants

Pour vous inscrire, répondez simplement à ce mail.

Sandra
Pour ne plus recevoir nos lettres, cliquez ici."""}),

# NEAR-LINE: request above a quoted automatic reminder -> request
R("fr-req-rappel-rdv-efface-tout", ["erasure"], "Denis Royer <denis.royer@gmail.com>",
  "Re: Rappel : votre séance du jeudi 14h",
"""Je ne viendrai pas jeudi ni les suivants. Supprimez mes coordonnées et tout ce qui me concerne de votre système, s'il vous plaît.""",
  quote={"style": "gmail", "who": "Floraison de Soi <no-reply@floraisondesoi.fr>", "text": """Bonjour Denis,

Ceci est un rappel automatique : vous avez rendez-vous jeudi à 14h00 au 46 rue d'Estienne d'Orves, Issoudun.

En cas d'empêchement, merci de prévenir 48 h à l'avance."""}),

# NEAR-LINE: closing account WITH data mentioned -> erasure
R("fr-req-fermer-compte-avec-donnees", ["erasure"], "Sylvie Gaudry <sylvie.gaudry@yahoo.fr>",
  "fermeture compte",
"""Bonjour,
Je veux fermer mon compte client et que mes informations personnelles (adresse, téléphone, historique) soient effacées de vos bases. Pas seulement désactivé, vraiment supprimé.
Sylvie Gaudry"""),

R("fr-req-html-acces-destinataires", ["access"], "Irène Castagnet <irene.castagnet@free.fr>",
  "Transmission de mes données à l'OPCO ?",
"""Madame Delomenie,

Ma formation a été prise en charge par un OPCO. J'aimerais connaître la liste précise des informations me concernant que vous leur avez transmises, et si d'autres organismes en ont reçu (plateforme de visio, logiciel de facturation...).

Je vous remercie par avance.
Irène Castagnet""", html="html"),

# NEAR-LINE: threat of CNIL but a real request in the new text -> request (not a complaint copy)
R("fr-req-menace-cnil-effacement", ["erasure"], "Marc-Antoine Vigier <ma.vigier@gmail.com>",
  "Troisième relance - suppression de mes données",
"""Madame,

Je vous ai demandé le 3 et le 17 du mois dernier de supprimer mes données. Sans réponse. Je vous demande une dernière fois de les effacer toutes, faute de quoi je saisirai la CNIL la semaine prochaine.

M.-A. Vigier"""),

R("fr-req-opposition-appels", ["objection"], "Bernadette Loiseau <bernadette.loiseau@orange.fr>",
  "Appels téléphoniques",
"""Bonjour,

Votre assistante m'a appelée deux fois pour me proposer le stage d'été. Je ne veux plus être démarchée par téléphone, merci de le noter.

Mme Loiseau""", to="orange"),

R("fr-req-acces-questionnaire-reponses", ["access"], "Yasmina Belkacem <yasmina.belkacem@gmail.com>",
  "Mes réponses au test",
"""Coucou Sandra,
Tu te souviens du test des profils de communication qu'on avait fait en séance collective ? J'aurais bien voulu récupérer mes réponses et mon résultat détaillé, je ne les ai jamais eus. Tu peux me les envoyer ?
Bises
Yasmina"""),

# NEAR-LINE: access + rectification in one mail
R("fr-req-acces-puis-rectif", ["access", "rectification"], "Gérard Poupinel <gerard.poupinel@wanadoo.fr>",
  "Vérification de mon dossier",
"""Bonjour Madame,

Mon épouse a reçu un courrier de votre part adressé à « Gérald Poupinet ». Je voudrais voir ce que contient exactement mon dossier chez vous, et que vous corrigiez mon nom : Gérard Poupinel.

Salutations,
G. Poupinel"""),

R("fr-req-restriction-pendant-reclamation", ["restriction"], "Anne-Sophie Ribeiro <as.ribeiro@hotmail.fr>",
  "En attendant votre réponse",
"""Bonjour,

J'ai contesté par courrier les mentions portées sur ma fiche de suivi (je n'ai jamais dit que je souhaitais quitter mon poste). Tant que nous n'avons pas réglé ce désaccord, je vous demande de limiter l'usage de cette fiche : qu'elle soit conservée mais pas utilisée ni communiquée.

Merci,
Anne-Sophie Ribeiro"""),

# NEAR-LINE: informal, no accents; polite question asking for the thing -> request
R("fr-req-sans-accents-copie", ["access"], "lea.m <lea.maupas@laposte.net>",
  "petite demande",
"""bonjour sandra
est ce que tu pourrais m envoyer une copie de tout ce que tu as sur moi ? fiche, notes, factures, mails. c est pour mon dossier perso
merci beaucoup
lea"""),

R("fr-req-formel-effacement-art17", ["erasure"], "Christophe Damiens <christophe.damiens@free.fr>",
  "Exercice du droit à l'effacement (art. 17 RGPD)",
"""Madame,

En application de l'article 17 du Règlement général sur la protection des données, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant, les finalités pour lesquelles elles avaient été collectées (accompagnement terminé en 2022) n'ayant plus lieu d'être.

Je vous saurais gré de me confirmer par écrit l'effacement effectif.

Christophe Damiens
8 impasse du Moulin, 36100 Issoudun""", cte="base64"),

# NEAR-LINE: "je ne veux plus que vous me contactiez" (objection to being contacted) -> objection
R("fr-req-plus-contacter-relances", ["objection"], "Lucie Perrault <lucie.perrault@gmail.com>",
  "Re: Et si on reprenait ?",
"""Bonjour Sandra,
C'est gentil de penser à moi, mais je préfère ne plus être relancée par mail ou par téléphone pour de nouvelles séances. Merci de ne plus me contacter à ce sujet.
Lucie""", quote={"style": "gmail", "text": """Bonjour Lucie,

Cela fait quelques mois que nous ne nous sommes pas vues. J'ai de nouveaux créneaux le mardi soir si l'envie vous prend de reprendre le travail entamé.

Au plaisir,
Sandra"""}),

R("fr-req-formulaire-site-acces", ["access"], "Formulaire site Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Quentin Mazure",
"""Nom : Quentin Mazure
Email : quentin.mazure@gmail.com
Téléphone : 06 41 22 87 16
Sujet : Données personnelles

Message :
Bonjour, je voudrais obtenir la liste des données que vous conservez me concernant suite à ma participation au salon bien-être de Châteauroux (j'avais laissé mes coordonnées sur votre stand). Merci.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  reply_to="Quentin Mazure <quentin.mazure@gmail.com>", headers={"X-Mailer": "WPForms"}),

R("fr-req-formulaire-site-effacer", ["erasure"], "Formulaire site Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Fabienne Roux",
"""Nom : Fabienne Roux
Email : fab.roux@orange.fr
Sujet : Autre

Message :
merci d'effacer mon inscription au webinaire et toutes mes coordonnées, je me suis trompée de personne, je cherchais une autre Sandra.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  reply_to="fab.roux@orange.fr", headers={"X-Mailer": "WPForms"}),

# NEAR-LINE: unsub + ask what data she holds -> objection + access
R("fr-req-desinscrire-et-quoi", ["access", "objection"], "Dominique Ferrier <dominique.ferrier@sfr.fr>",
  "newsletter",
"""Bonjour,
Désinscrivez-moi s'il vous plaît de la newsletter. Au passage, j'aimerais savoir quelles informations vous avez sur moi à part mon adresse mail.
Dominique Ferrier"""),

R("fr-req-rh-salarie-mandat", ["access"], "Service RH — Transports Berthier <rh@transports-berthier.fr>",
  "Demande pour le compte de M. Alain Joubert",
"""Madame,

M. Alain Joubert, salarié de notre société qui a suivi votre formation « Prévenir les conflits » en mars, nous a demandé de vous transmettre sa demande, accompagnée de l'autorisation écrite qu'il a signée (pièce jointe). Il souhaite recevoir une copie des évaluations et des grilles d'auto-positionnement le concernant. Merci de les lui adresser directement à son adresse personnelle : alain.joubert36@gmail.com.

Cordialement,
Nathalie Perrin
Responsable RH — Transports Berthier""",
  attach=[("autorisation_A_Joubert.pdf", "Je soussigne Alain Joubert autorise le service RH a transmettre ma demande a Floraison de Soi")]),

# NEAR-LINE: rectification of e-mail with the new value given
R("fr-req-nouvelle-adresse-mail", ["rectification"], "Marion Chevallier <marion.chevallier@icloud.com>",
  "Mise à jour adresse mail",
"""Bonjour Sandra,

J'ai quitté Orange, mon adresse marion.chevallier@orange.fr va être fermée fin du mois. Pourrez-vous la remplacer par celle-ci (marion.chevallier@icloud.com) pour les convocations et les factures ?

Merci et à bientôt,
Marion"""),

R("fr-req-restriction-usage-photo-interne", ["restriction"], "Romain Pichereau <romain.pichereau@gmail.com>",
  "Pause sur mes infos",
"""Bonjour,

Je vais déménager à l'étranger pour un an et je ne sais pas encore si je reviendrai au coaching. Je ne vous demande pas d'effacer mon dossier, mais de le mettre en sommeil : aucune utilisation, aucune relance, aucun envoi pendant cette période. Je vous recontacterai à mon retour.

Romain"""),

R("fr-req-acces-iphone-court", ["access"], "Élodie Caradec <elodie.caradec@icloud.com>",
  "Dossier",
"""Bonjour, pouvez-vous m'envoyer tout ce que vous avez me concernant ? Merci

Envoyé de mon iPhone"""),
]
