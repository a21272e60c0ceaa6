"""French requests, part A: access, rectification, erasure, restriction."""
from common import (rec, TO_SANDRA, TO_SANDRA_BARE, TO_CONTACT, TO_CONTACT_NAMED,
                    SANDRA, SIG_SANDRA, gmail_fr, apple_fr, outlook_fr,
                    fwd_gmail_fr, fwd_apple_fr, NL_AVRIL, NL_SEPT, NL_DEC)

RECORDS = [

# ---------------------------------------------------------------- access
rec("acc-fr-art15-nadege-perrot", ["access"], "fr", "2025-01-09 08:47",
    ("Nadège Perrot", "nadege.perrot@orange.fr"),
    "Demande d'accès à mes données personnelles",
"""Madame,

J'ai suivi avec vous un accompagnement individuel entre mars et juin 2024 (six séances au cabinet de la rue d'Estienne d'Orves).

En application de l'article 15 du RGPD, je vous demande de bien vouloir me communiquer une copie de l'ensemble des données personnelles que vous détenez me concernant, y compris les notes prises pendant les séances, les questionnaires que j'ai remplis et les échanges de mails conservés.

Vous trouverez ci-joint une copie de ma carte d'identité.

Je vous remercie par avance et vous prie d'agréer, Madame, mes salutations distinguées.

Nadège Perrot
12 allée des Tilleuls
36000 Châteauroux""",
    to=TO_SANDRA, cte="quoted-printable",
    attach=[("CNI_Perrot_Nadege.pdf", "application/pdf", "Carte nationale d'identité - Nadège PERROT - copie")]),

rec("acc-fr-inf-kevin-quoi-sur-moi", ["access"], "fr-inf", "2025-02-16 23:12",
    ("kevin b", "kev.bourdin36@gmail.com"),
    "question",
"""bonsoir

je recois votre newsletter depuis un moment, je sais meme plus comment je me suis inscrit lol. Vous pouvez me dire ce que vous avez comme infos sur moi exactement ? nom, tel, adresse, achats...?

merci
kevin""",
    to=TO_CONTACT, fmt="alt"),

rec("acc-fr-be-source-adresse", ["access"], "fr-BE", "2025-03-04 14:05",
    ("Geneviève Lambotte", "g.lambotte@skynet.be"),
    "D'où vient mon adresse ?",
"""Bonjour Madame,

Je reçois depuis quelques semaines vos courriels concernant vos ateliers à Issoudun. Je n'ai pourtant, à ma connaissance, jamais pris contact avec vous et j'habite à Namur.

Pourriez-vous m'indiquer d'où vous tenez mon adresse électronique et mon nom ? Je voudrais comprendre par quel biais ils se sont retrouvés dans votre fichier.

Je vous remercie d'avance et vous souhaite une bonne après-midi.

Geneviève Lambotte""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("acc-fr-a-qui-transmis", ["access"], "fr", "2025-03-21 19:40",
    ("Martine Chaboud", "martine.chaboud@laposte.net"),
    "Transmission de mes coordonnées ?",
"""Bonjour Sandra,

Depuis l'atelier de février sur la gestion du stress, je reçois des publicités d'une sophrologue de Vierzon et d'un organisme de formation que je ne connais pas. Je n'ai donné mes coordonnées qu'à vous, lors de l'inscription.

Pouvez-vous me dire à qui vous avez transmis mes informations (nom, mail, téléphone) ? J'aimerais savoir précisément quelles personnes ou quelles sociétés les ont reçues.

Merci de votre retour,
Martine Chaboud""",
    to=TO_SANDRA, fmt="alt"),

rec("acc-fr-ca-copie-dossier", ["access"], "fr-CA", "2025-04-11 16:22",
    ("Josée Tremblay", "josee.tremblay@videotron.ca"),
    "Copie de mon dossier",
"""Bonjour Sandra,

J'ai fait mon coaching avec toi en visio l'automne passé, quand j'étais encore à Montréal. Je suis présentement en train de faire un peu le ménage dans mes affaires et j'aimerais obtenir une copie de mon dossier au complet : les notes de nos rencontres, le bilan que tu m'avais préparé et les infos que t'as sur moi dans tes fichiers.

Est-ce que tu peux me l'envoyer par courriel? Pas pressé, mais d'ici quelques semaines ce serait super.

Merci beaucoup et bonne fin de semaine!
Josée""",
    to=TO_SANDRA_BARE),

# NEAR-LINE: the word "suppression" appears but is explicitly negated; only a copy is asked -> access only.
rec("acc-fr-negation-pas-suppression", ["access"], "fr", "2025-05-06 10:31",
    ("Hélène Marchais", "helene.marchais@free.fr"),
    "Mes fiches de suivi",
"""Bonjour Madame Delomenie,

Pour éviter tout malentendu : je ne vous demande pas la suppression de mon dossier, je souhaite au contraire que vous le gardiez au cas où je reprendrais l'accompagnement l'an prochain.

Je voudrais seulement recevoir une copie de mes fiches de suivi et des données que vous conservez à mon sujet, pour les relire tranquillement chez moi.

Bien cordialement,
Hélène Marchais""",
    to=TO_SANDRA, cte="quoted-printable"),

# NEAR-LINE: a parent asking for the file of a 15-year-old (minor) child -> a request (access).
rec("acc-fr-parent-mineure-lea", ["access"], "fr", "2025-05-27 21:03",
    ("Stéphanie Rondeau", "steph.rondeau@hotmail.fr"),
    "Dossier de ma fille Léa",
"""Bonjour,

Ma fille Léa Rondeau, 15 ans, a suivi avec vous quatre séances de coaching scolaire cet hiver (orientation et gestion du stress des examens).

En tant que mère et représentante légale, je souhaite avoir accès aux informations que vous détenez sur elle : fiches de séance, résultats du test d'orientation, et tout ce qui figure dans son dossier. Son père est d'accord avec cette démarche.

Je joins le livret de famille pour justifier de mon lien avec elle.

Merci d'avance,
Stéphanie Rondeau
06 12 48 77 30""",
    to=TO_SANDRA, fmt="alt",
    attach=[("livret_famille_p1-2.jpg", "image/jpeg", None)]),

rec("acc-fr-ch-questionnaires", ["access"], "fr-CH", "2025-06-18 07:55",
    ("Laurent Favre", "laurent.favre@bluewin.ch"),
    "Demande de renseignements - questionnaires",
"""Madame,

Lors de la formation « Manager avec bienveillance » suivie à Lausanne en avril (organisée avec votre intervention), nous avons rempli plusieurs questionnaires de personnalité et un test de styles de communication.

Je vous serais reconnaissant de me faire parvenir une copie des données me concernant issues de ces questionnaires, ainsi que les éventuels commentaires que vous y avez ajoutés. Je fais cette demande à titre personnel et non pour le compte de mon employeur.

Avec mes remerciements anticipés et mes meilleures salutations,

Laurent Favre
Natel 079 431 22 18""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("acc-fr-avocat-mandat", ["access"], "fr", "2025-07-03 11:18",
    ("Maître Claire Vidalenc", "c.vidalenc@vidalenc-avocat.fr"),
    "Votre ancienne cliente Mme Isabelle Garnier - demande de communication",
"""Madame,

J'interviens en qualité de conseil de Madame Isabelle GARNIER, qui a bénéficié de vos services d'accompagnement en 2023 et 2024.

Agissant en vertu du mandat qu'elle m'a confié, dont copie est jointe, je vous prie de bien vouloir me communiquer, dans le délai d'un mois prévu par l'article 12 du Règlement (UE) 2016/679, l'intégralité des données à caractère personnel que vous détenez concernant ma cliente, quel qu'en soit le support (notes, fiches, courriels, enregistrements, factures).

Je vous remercie de bien vouloir adresser ces éléments à mon cabinet.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Claire Vidalenc
Avocat au Barreau de Bourges
8 rue Moyenne - 18000 Bourges
Tél. 02 48 24 61 90

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Toute utilisation non conforme à sa destination est interdite.""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0",
    cc="Isabelle Garnier <isabelle.garnier@gmail.com>",
    attach=[("Mandat_Garnier_signe.pdf", "application/pdf", "MANDAT - Je soussignée Isabelle Garnier donne mandat à Maître Claire Vidalenc ...")]),

rec("acc-fr-pourriez-vous-liste", ["access"], "fr", "2025-09-15 13:47",
    ("Agnès Dufresne", "agnes.dufresne@wanadoo.fr"),
    "Petite demande",
"""Bonjour Sandra,

J'espère que vous allez bien depuis le stage d'été !

Pourriez-vous m'envoyer la liste des informations que vous détenez sur moi ? Je fais le point sur toutes les structures à qui j'ai donné des informations ces dernières années et je m'aperçois que je ne sais plus trop ce que j'ai transmis à qui.

Merci et à bientôt peut-être pour le cercle de novembre,
Agnès""",
    to=TO_SANDRA),

rec("acc-fr-consulter-notes", ["access"], "fr", "2025-11-04 09:26",
    ("Pierre-Yves Lhomme", "py.lhomme@gmail.com"),
    "Notes de séances",
"""Bonjour Sandra,

Pendant nos séances je vous voyais prendre pas mal de notes. Avec un peu de recul, je serais curieux de les lire : est-ce que vous pouvez m'en transmettre une copie, ainsi que tout ce que vous avez gardé sur moi dans votre dossier (questionnaire d'entrée, bilan final) ?

Je suis prêt à vous envoyer une pièce d'identité si nécessaire.

Bonne journée,
Pierre-Yves""",
    to=TO_SANDRA, fmt="alt"),

# ---------------------------------------------------------------- rectification
rec("rect-fr-nouvelle-adresse-mail", ["rectification"], "fr", "2025-01-22 18:14",
    ("Céline Aubard", "celine.aubard@gmail.com"),
    "Changement d'adresse mail",
"""Bonjour Sandra,

Je quitte SFR : mon adresse celine.aubard@sfr.fr ne fonctionnera plus à partir de la fin du mois. Pouvez-vous la remplacer par celle-ci, celine.aubard@gmail.com, dans votre fichier et sur la plateforme de formation ?

Merci beaucoup,
Céline""",
    to=TO_SANDRA, fmt="alt"),

rec("rect-fr-demenagement-facture", ["rectification"], "fr", "2025-02-11 12:02",
    ("Bernard Chauvet", "bernard.chauvet@orange.fr"),
    "Nouvelle adresse",
"""Bonjour Madame,

Nous avons déménagé début février. Merci de bien vouloir mettre à jour mon adresse postale pour les prochaines factures et correspondances :

Ancienne adresse : 3 impasse des Vignes, 36100 Issoudun
Nouvelle adresse : 27 avenue de la Gare, 18100 Vierzon

Le numéro de téléphone ne change pas.

Cordialement,
Bernard Chauvet""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("rect-fr-nom-usage-divorce", ["rectification"], "fr", "2025-04-02 20:48",
    ("Aurélie Meunier", "aurelie.meunier79@gmail.com"),
    "Mon nom",
"""Bonsoir Sandra,

Mon divorce a été prononcé le mois dernier et j'ai repris mon nom de jeune fille. Je m'appelle donc à nouveau Aurélie MEUNIER et non plus Aurélie Castaing.

Est-ce que vous pourriez modifier mon nom dans votre fichier clients, sur mon compte de formation et sur les factures à venir ? Je tiens vraiment à ne plus voir l'ancien nom apparaître.

Merci pour tout, nos séances m'ont beaucoup aidée à traverser tout ça.
Aurélie""",
    to=TO_SANDRA),

# NEAR-LINE: fixing a misspelt surname on a training certificate is correcting personal data -> rectification.
rec("rect-fr-attestation-orthographe", ["rectification"], "fr", "2025-06-10 09:11",
    ("Thibault Lecoeur", "t.lecoeur@transports-berrichons.fr"),
    "Erreur sur attestation de formation",
"""Bonjour Madame Delomenie,

J'ai bien reçu mon attestation pour la formation « Communication non violente en équipe » des 2 et 3 juin, merci.

Mon nom y est orthographié « Lecoeur » avec une faute : c'est LECŒUR, avec le e dans l'o, comme sur ma carte d'identité. Mon prénom est aussi écrit « Thibaut » au lieu de « Thibault ». Pourriez-vous corriger mes nom et prénom dans vos fichiers et me renvoyer l'attestation ? L'OPCO est assez pointilleux là-dessus.

Merci d'avance,
Thibault Lecœur
Responsable d'exploitation - Transports Berrichons""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("rect-fr-inf-nouveau-num", ["rectification"], "fr-inf", "2025-07-19 15:33",
    ("Jess", "jessica.morin.36@gmail.com"),
    "nouveau num",
"""coucou sandra
jai changé de tel, le 06 45 12 90 03 c plus moi donc plus la peine d'envoyer les rappels de rdv dessus. le nouveau c 07 68 21 44 57
bisous et a mardi
jess""",
    to=TO_SANDRA_BARE),

rec("rect-fr-be-gsm", ["rectification"], "fr-BE", "2025-08-26 10:06",
    ("Marc Dewulf", "marc.dewulf@proximus.be"),
    "Changement de GSM",
"""Bonjour Madame Delomenie,

Suite à un changement d'opérateur, mon numéro de GSM +32 475 61 28 90 n'est plus valable. Pourriez-vous l'enlever de votre fichier et noter à la place le +32 486 30 17 42 ?

Je vous en remercie et vous souhaite une bonne journée.

Marc Dewulf
Liège""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("rect-fr-situation-pro", ["rectification"], "fr", "2025-10-01 08:39",
    ("Sophie Garreau", "sophie.garreau@gmail.com"),
    "Mise à jour de ma fiche",
"""Bonjour Sandra,

Petite mise à jour pour ma fiche de formation : depuis septembre je ne suis plus assistante de direction chez Berry Logistique, je suis passée responsable RH chez Fromagerie Vallée du Cher. Comme c'est indiqué dans mon profil stagiaire et que ça sert pour le module 4, autant que ce soit juste.

Merci de corriger !
Sophie""",
    to=TO_SANDRA, fmt="alt"),

rec("rect-fr-sante-traitement", ["rectification"], "fr", "2025-11-18 17:52",
    ("Anne-Laure Pichon", "annelaure.pichon@orange.fr"),
    "Correction questionnaire santé",
"""Bonjour Sandra,

Dans le questionnaire de début d'accompagnement, j'avais indiqué que je prenais un traitement contre l'anxiété. Ce n'est plus le cas depuis octobre : mon médecin l'a arrêté et je suis désormais suivie uniquement par une psychologue.

Je préférerais que les informations de mon dossier soient exactes ; pouvez-vous les corriger dans ce sens ?

Merci,
Anne-Laure""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("rect-fr-ca-courriel", ["rectification"], "fr-CA", "2026-01-13 14:27",
    ("Marc-André Gagnon", "ma.gagnon@outlook.com"),
    "Changement de courriel",
"""Allô Sandra,

Mon ancien courriel chez Sympatico (magagnon@sympatico.ca) va fermer à la fin du mois. Peux-tu le remplacer par ma.gagnon@outlook.com dans ta liste de participants de la formation en ligne? C'est celui que j'utilise maintenant pour tout.

Merci ben gros!
Marc-André""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

# ---------------------------------------------------------------- erasure
rec("era-fr-art17-cni", ["erasure"], "fr", "2025-01-29 11:40",
    ("Gérard Bouchet", "gerard.bouchet@sfr.fr"),
    "Demande d'effacement - article 17 RGPD",
"""Madame,

Je vous demande, conformément à l'article 17 du Règlement général sur la protection des données, l'effacement de toutes les données personnelles me concernant que vous détenez, sur quelque support que ce soit (fichiers, plateforme de formation, messagerie, documents partagés).

Je vous saurais gré de me confirmer par écrit la réalisation de cet effacement dans le délai légal d'un mois.

Ci-joint la copie de ma carte d'identité, recto et verso.

Gérard Bouchet
5 rue Pierre Brossolette
36100 Issoudun""",
    to=TO_SANDRA, cte="quoted-printable",
    attach=[("scan_CNI_recto.jpg", "image/jpeg", None), ("scan_CNI_verso.jpg", "image/jpeg", None)]),

rec("era-fr-inf-supprimez-tout", ["erasure"], "fr-inf", "2025-02-24 22:41",
    ("Lolo", "laurine.petit@laposte.net"),
    "suppression",
"""bonsoir,
svp supprimez tout ce que vous avez sur moi (laurine petit, inscrite a latelier de novembre). jai plus envie d'etre dans aucun fichier
merci""",
    to=TO_CONTACT),

rec("era-fr-pourriez-vous", ["erasure"], "fr", "2025-03-13 09:58",
    ("Françoise Leroux", "francoise.leroux@orange.fr"),
    "Mes données",
"""Bonjour Madame,

J'ai participé à votre conférence sur l'estime de soi à la médiathèque l'an dernier et je m'étais inscrite à ce moment-là.

Pourriez-vous supprimer mes données ? Je n'ai pas l'intention de participer à d'autres événements.

Avec mes remerciements,
Françoise Leroux""",
    to=TO_SANDRA),

rec("era-fr-notes-fin-accompagnement", ["erasure"], "fr", "2025-04-22 18:30",
    ("Cécile Jarry", "cecile.jarry@gmail.com"),
    "Fin de l'accompagnement",
"""Bonsoir Sandra,

Voilà, notre dernière séance a eu lieu la semaine dernière et je voulais encore te remercier, j'ai fait un sacré chemin.

J'ai une demande un peu particulière : maintenant que c'est terminé, je voudrais que tu effaces les notes de nos séances et le questionnaire de santé que j'avais rempli au début (avec tout ce que j'y avais raconté sur mes crises d'angoisse). Ça me rassurerait de savoir que ça n'existe plus quelque part. Pour la facture, bien sûr, garde ce que tu dois garder pour ta compta.

Merci de me dire quand c'est fait.
Cécile""",
    to=TO_SANDRA, fmt="alt"),

rec("era-fr-ch-effacement", ["erasure"], "fr-CH", "2025-05-14 16:09",
    ("Nathalie Rochat", "nathalie.rochat@gmx.ch"),
    "Effacement de mes données",
"""Madame,

Je me permets de vous écrire au sujet de mon inscription au programme en ligne « Retrouver son élan » en 2024.

Je vous prie de procéder à l'effacement de l'ensemble de mes données personnelles (compte sur la plateforme, coordonnées, réponses aux exercices). Je n'ai plus l'usage de ce programme.

Je vous remercie d'avance de votre confirmation et vous adresse mes meilleures salutations.

Nathalie Rochat
Yverdon-les-Bains""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

# NEAR-LINE: a parent writing for a minor child (16) -> request (erasure).
rec("era-fr-parent-fils-mineur", ["erasure"], "fr", "2025-06-02 20:15",
    ("Olivier Brunet", "olivier.brunet36@free.fr"),
    "Données de mon fils Mathis",
"""Bonjour Madame Delomenie,

Mon fils Mathis (16 ans) a participé à l'atelier « Confiance en soi ados » au printemps. Il ne souhaite pas poursuivre et, après en avoir parlé ensemble, nous préférerions que toutes les informations le concernant soient supprimées : fiche d'inscription, réponses au questionnaire, ainsi que son numéro de portable.

En tant que père, je vous fais donc cette demande en son nom.

Merci d'avance,
Olivier Brunet""",
    to=TO_SANDRA, fmt="alt"),

# NEAR-LINE: the new text is a request; the quoted part is only a Systeme.io reminder.
rec("era-fr-au-dessus-rappel", ["erasure"], "fr", "2025-07-08 07:44",
    ("Josiane Ferrand", "josiane.ferrand@orange.fr"),
    "RE: Votre formation vous attend !",
"""Bonjour,

Je ne suis plus intéressée par cette formation et je ne la reprendrai pas. Merci d'effacer mes coordonnées et mon compte de vos fichiers, une bonne fois pour toutes.

J. Ferrand

""" + outlook_fr("Floraison de Soi", "contact@floraisondesoi.fr", "lundi 7 juillet 2025 18:00",
                 "josiane.ferrand@orange.fr", "Votre formation vous attend !",
"""Bonjour Josiane,

Vous n'avez pas ouvert le module 2 de « Retrouver son élan » depuis 45 jours.
Reprenez là où vous vous étiez arrêtée : https://floraisondesoi.systeme.io/dashboard

À bientôt,
Sandra"""),
    to=TO_CONTACT, cte="quoted-printable", mailer="Microsoft Outlook 16.0",
    irt="systemeio-relance-josiane"),

rec("era-fr-droit-oubli", ["erasure"], "fr", "2025-08-05 13:20",
    ("Raphaël Dumas", "raphael.dumas@protonmail.com"),
    "Droit à l'oubli",
"""Bonjour,

J'exerce par la présente mon droit à l'oubli. Je souhaite que mon nom, mon adresse mail et tout historique de mes échanges avec vous disparaissent de vos systèmes (Systeme.io compris) et de vos sauvegardes dès que possible.

Raphaël Dumas""",
    to=TO_SANDRA_BARE),

rec("era-fr-be-effacer", ["erasure"], "fr-BE", "2025-09-09 11:51",
    ("Françoise Vandenberghe", "f.vandenberghe@telenet.be"),
    "Effacement",
"""Bonjour Madame,

Je vous prie de bien vouloir effacer toutes les données que vous avez à mon nom suite à ma participation à la journée de formation à Bruxelles le 14 mars dernier. Je vous saurais gré de me le confirmer endéans le mois.

Je vous remercie et vous souhaite une bonne journée.

Françoise Vandenberghe""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("era-fr-avocat-mandat", ["erasure"], "fr", "2025-10-14 15:02",
    ("Cabinet Rivière & Associés", "contact@riviere-avocats.fr"),
    "M. Fabrice Noël - demande d'effacement",
"""Madame,

Nous intervenons pour le compte de Monsieur Fabrice NOËL, selon mandat joint.

Notre client nous demande de vous notifier sa demande d'effacement de l'ensemble des données à caractère personnel le concernant que vous traitez, en application de l'article 17 du RGPD, à l'exception de celles que vous seriez légalement tenue de conserver (pièces comptables), dont vous voudrez bien nous préciser la nature.

Nous vous remercions de nous confirmer l'exécution de cette demande.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour le Cabinet,
Julien Rivière, avocat associé
14 boulevard Heurteloup - 37000 Tours""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0",
    attach=[("Mandat_Noel_F.pdf", "application/pdf", "Mandat de représentation - M. Fabrice Noël")]),

# NEAR-LINE: deleting bank details (RIB) she holds is erasure of personal data, not a payment question.
rec("era-fr-rib", ["erasure"], "fr", "2025-11-26 12:16",
    ("Yannick Thomas", "yannick.thomas@orange.fr"),
    "Mon RIB",
"""Bonjour Sandra,

Je vous avais envoyé mon RIB l'an dernier pour le prélèvement des séances. Tout est réglé maintenant et je ne reviendrai pas avant longtemps.

Pourriez-vous supprimer mon RIB et mes coordonnées bancaires de vos dossiers (mail, Drive, et partout où ils pourraient traîner) ? Je préfère que ça ne reste pas stocké.

Merci,
Yannick""",
    to=TO_SANDRA),

# NEAR-LINE: a forwarded earlier request; the new text re-asks for deletion -> erasure.
rec("era-fr-relance-transfert", ["erasure"], "fr", "2025-12-09 10:08",
    ("Monique Aubry", "monique.aubry@gmail.com"),
    "Fwd: Suppression de mes données",
"""Bonjour Madame,

Je vous renvoie ci-dessous ma demande du 28 octobre, restée sans réponse. Je souhaite toujours que toutes mes données soient supprimées. Merci de me confirmer que c'est fait.

Monique Aubry

""" + fwd_gmail_fr("Monique Aubry", "monique.aubry@gmail.com", "mar. 28 oct. 2025 à 09:12",
                   "Suppression de mes données", "sandra.delomenie@orange.fr",
"""Bonjour,
Je ne souhaite plus recevoir d'informations et je vous demande de supprimer mes données personnelles.
Cordialement,
Monique Aubry"""),
    to=TO_SANDRA, fmt="alt"),

# ---------------------------------------------------------------- restriction
# NEAR-LINE: contests the accuracy of notes and asks to stop using them meanwhile -> restriction only.
rec("restr-fr-conteste-notes", ["restriction"], "fr", "2025-02-05 17:26",
    ("Vincent Pelletier", "vincent.pelletier@gmail.com"),
    "Compte rendu de bilan - désaccord",
"""Bonjour Madame Delomenie,

J'ai relu le compte rendu de bilan que vous m'avez remis le 28 janvier. Plusieurs éléments ne correspondent pas à ce que j'ai dit, en particulier le passage sur mes « difficultés relationnelles avec la hiérarchie », que je conteste fermement.

Tant que nous n'en avons pas reparlé, je vous demande de ne plus utiliser ce document ni les informations qu'il contient, et de ne le transmettre à personne, y compris à mon employeur qui a financé le bilan.

Je vous propose d'en discuter lors d'un rendez-vous.

Vincent Pelletier""",
    to=TO_SANDRA, fmt="alt"),

rec("restr-fr-litige-ne-pas-supprimer", ["restriction"], "fr", "2025-03-27 14:44",
    ("Delphine Roux", "delphine.roux@orange.fr"),
    "Conservation de mon dossier",
"""Bonjour Sandra,

Je suis actuellement en litige avec mon ancien employeur (procédure prud'homale) et mon avocate m'a indiqué que les échanges et attestations liés à la formation que j'ai suivie chez vous en 2024 pourraient servir.

Je vous demande donc de ne surtout pas supprimer mes données, même si les délais de conservation arrivent à échéance. En revanche, merci de ne plus les utiliser pour quoi que ce soit d'autre (relances, statistiques, etc.) d'ici la fin de la procédure.

Je vous tiendrai informée.
Delphine Roux""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("restr-fr-geler-dossier", ["restriction"], "fr", "2025-05-19 08:05",
    ("Patrick Ménard", "patrick.menard@sfr.fr"),
    "Gel de mon dossier",
"""Bonjour,

Je réfléchis encore à ce que je veux faire de mes données, et je ne souhaite pas prendre de décision hâtive.

En attendant, pouvez-vous geler mon dossier ? Ne rien supprimer, mais ne rien en faire non plus : pas de mails, pas d'utilisation pour vos statistiques, rien. Je reviendrai vers vous d'ici deux mois.

Patrick Ménard""",
    to=TO_SANDRA_BARE),

# NEAR-LINE: contesting accuracy of an evaluation and asking that it not be used meanwhile -> restriction only.
rec("restr-fr-evaluation-contestee", ["restriction"], "fr", "2025-06-25 19:19",
    ("Karima Benali", "karima.benali@gmail.com"),
    "Évaluation de fin de formation",
"""Bonjour Madame,

Dans ma fiche d'évaluation de la formation « Animer un atelier collectif », il est indiqué que je n'ai pas validé la mise en situation. Or j'ai bien animé ma séquence le deuxième jour, en présence de deux autres stagiaires qui peuvent en témoigner.

Je conteste donc l'exactitude de cette évaluation. Merci de suspendre son utilisation (envoi à l'OPCO, à mon employeur, attestation) le temps que nous vérifiions ensemble.

Cordialement,
Karima Benali""",
    to=TO_SANDRA, fmt="alt"),

rec("restr-fr-inf-touchez-a-rien", ["restriction"], "fr-inf", "2025-08-12 23:58",
    ("Dylan Perrin", "dylanperrin@hotmail.fr"),
    "mes infos",
"""Salut

Je vous explique vite fait, j'ai un souci perso en ce moment et je sais pas encore si je veux tout supprimer ou pas. Donc pour l'instant vous touchez a rien mais vous utilisez plus rien de mes infos, ni mail ni sms ni rien, jusqu'a ce que je revienne vers vous.

Dylan""",
    to=TO_SANDRA, mailer="Outlook for Android"),

rec("restr-fr-ca-limiter", ["restriction"], "fr-CA", "2025-09-30 12:37",
    ("Geneviève Bouchard", "gen.bouchard@hotmail.com"),
    "Limiter le traitement de mes renseignements",
"""Bonjour,

Je te demande de limiter le traitement de mes renseignements personnels à partir d'aujourd'hui : tu peux les conserver, mais je ne veux pas qu'ils soient utilisés d'aucune façon tant que je n'ai pas vérifié certaines choses de mon côté. J'ai un doute sur l'exactitude de l'adresse et de la date de naissance inscrites à mon dossier.

Merci de me confirmer que c'est en place.
Geneviève""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("restr-fr-drive-garder", ["restriction"], "fr", "2025-10-22 16:48",
    ("Élodie Carré", "elodie.carre@yahoo.fr"),
    "Documents sur le Drive",
"""Bonjour Sandra,

Les documents que je vous ai confiés sur le Drive partagé (mon journal de bord et les lettres que nous avions travaillées) : gardez-les, je les récupérerai peut-être un jour, mais je vous demande de ne plus les ouvrir ni les utiliser, même de manière anonyme pour vos formations.

Merci pour votre compréhension,
Élodie""",
    to=TO_SANDRA),

rec("restr-fr-be-art18-sante", ["restriction"], "fr-BE", "2025-12-03 09:14",
    ("Dominique Lejeune", "dominique.lejeune@skynet.be"),
    "Limitation du traitement (art. 18 RGPD)",
"""Madame,

Je vous demande la limitation du traitement des données de santé me concernant (questionnaire d'entrée et notes relatives à mon burn-out), conformément à l'article 18 du RGPD, le temps que je consulte mon médecin sur la suite à donner.

Ces données ne doivent donc plus être utilisées ni communiquées, mais pas effacées pour le moment.

Je vous remercie de m'en accuser réception.

Dominique Lejeune
Ottignies""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("restr-fr-employeur-evaluation", ["restriction"], "fr", "2026-01-20 11:29",
    ("Maxime Royer", "maxime.royer@gmail.com"),
    "Mon bilan 360",
"""Bonjour Madame Delomenie,

Suite au bilan 360 réalisé en décembre dans le cadre de la formation managers, j'ai appris que mon employeur souhaitait récupérer les résultats individuels. Je vous demande de bloquer mes résultats : ne les transmettez pas et ne les utilisez plus, mais ne les effacez pas, j'en aurai peut-être besoin.

Je compte en parler avec les RH cette semaine.

Maxime Royer""",
    to=TO_SANDRA, fmt="alt"),
]
