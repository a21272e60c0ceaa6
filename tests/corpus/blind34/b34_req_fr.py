# -*- coding: utf-8 -*-
"""French-language requests (France, Belgium, Switzerland, Quebec, informal).

Theme: people asking for one of their rights in roundabout, everyday words
(plus a few formal ones so the mix stays realistic).
"""
from b34_helpers import (SANDRA, SIG_SANDRA, SIG_SANDRA_SHORT, NEWSLETTER_EXTRACT,
                         NEWSLETTER_EXTRACT_AUTUMN, gmail_fr, apple_fr, outlook_fr)

RECORDS = [

# ------------------------------------------------------------------ access
dict(
    key="fr-req-notes-relire-2023",
    rights=["access"], lang="fr",
    frm=("Mélanie Cordier", "melanie.cordier84@gmail.com"),
    subject="nos séances de 2023",
    date="2025-02-11 21:47",
    body="""Bonsoir Sandra,

J'espère que vous allez bien. Je repense souvent à notre accompagnement d'il y a deux ans, surtout en ce moment où je traverse à nouveau une période de doute au travail.

Je me souviens que vous preniez des notes pendant nos séances, et que j'avais rempli plusieurs fiches (la roue de vie, le questionnaire sur mes valeurs...). Est-ce que ce serait possible que vous me les renvoyiez ? J'aimerais relire tout ça tranquillement, voir d'où je suis partie.

Je n'ai rien gardé de mon côté, j'ai changé d'ordinateur entre-temps.

Merci d'avance et belle soirée,
Mélanie Cordier
""",
    html="auto",
),

dict(
    key="fr-req-quavez-vous-sur-moi-pub",
    rights=["access"], lang="fr",
    frm=("Gérard Vasseur", "gerard.vasseur@orange.fr"),
    subject="Votre publicité",
    date="2025-04-03 08:15",
    body="""Madame,

Je reçois depuis quelques semaines des messages de "Floraison de Soi" me proposant des ateliers. Je ne me souviens pas vous avoir jamais contactée.

J'aimerais donc savoir ce que vous avez exactement comme renseignements sur moi, et comment vous les avez obtenus. Est-ce un fichier acheté ? Une inscription faite par quelqu'un d'autre ?

Dans l'attente de votre réponse.

G. Vasseur
""",
    headers=[("X-Mailer", "Orange Messagerie 12.4")],
),

dict(
    key="fr-req-be-tri-dans-ma-vie",
    rights=["access"], lang="fr-BE",
    frm=("Nathalie Vandeputte", "nathalie.vandeputte@skynet.be"),
    subject="Petite demande",
    date="2025-05-19 10:32",
    body="""Bonjour Madame Delomenie,

J'ai suivi votre formation en ligne "Apprivoiser ses émotions" l'an passé depuis Liège, et j'en garde un très bon souvenir.

Je fais en ce moment un grand tri dans ma vie (et dans mes papiers !) et je voudrais rassembler tout ce qui me concerne. Sauriez-vous m'envoyer ce que vous avez encore à mon nom chez vous ? Les questionnaires que j'avais remplis, les échanges, ma fiche d'inscription... tout ce qui existe en fait.

Je vous en remercie d'avance.

Bien à vous,
Nathalie Vandeputte
""",
),

dict(
    # NEAR-LINE: a parent asking for what was recorded about her 15-year-old
    # son. A parent acting for a minor child is a request -> access.
    key="fr-req-parent-theo-atelier",
    rights=["access"], lang="fr",
    frm=("Claire Mongin", "claire.mongin@laposte.net"),
    subject="Atelier confiance en soi - mon fils Théo",
    date="2025-06-02 13:05",
    body="""Bonjour Madame Delomenie,

Mon fils Théo Mongin (15 ans) a participé à votre atelier "Confiance en soi pour les ados" en mars dernier, au centre social.

Il m'a dit que vous lui aviez fait remplir un questionnaire au début et qu'il y avait eu un bilan écrit à la fin. Comme il est mineur, je souhaiterais en avoir connaissance : pourriez-vous me transmettre ce qui a été noté ou conservé à son sujet ?

Je joins une copie de ma carte d'identité et du livret de famille si besoin.

Cordialement,
Claire Mongin
06 12 48 77 30
""",
    attach=[dict(name="CNI_Claire_Mongin.jpg", kind="jpg"),
            dict(name="livret_famille_p3.pdf", kind="pdf",
                 text="LIVRET DE FAMILLE\nEnfant : Théo MONGIN\nNé le 14/09/2009 à Châteauroux\nPère : ... Mère : Claire MONGIN")],
),

dict(
    # NEAR-LINE: asks what the employer passed on and what Sandra sent back
    # to the employer = who the data was shared with -> access.
    key="fr-req-employeur-ce-qui-circule",
    rights=["access"], lang="fr",
    frm=("Karim Belhadj", "k.belhadj@outlook.fr"),
    subject="Formation gestion du stress - question",
    date="2025-11-18 18:22",
    body="""Bonjour Madame,

J'ai participé à la formation "Gestion du stress au travail" en octobre, inscrit par mon entreprise (Transports Merlin).

Depuis, mon responsable a fait une allusion à "ce qui était ressorti de la formation" et ça m'a un peu mis mal à l'aise. Je voudrais savoir ce que mon employeur vous avait transmis sur moi au moment de l'inscription, et ce que vous lui avez renvoyé après (évaluation, feuille de présence, commentaires ?).

Merci de me répondre sur mon adresse personnelle (karim.belhadj.perso@gmail.com) plutôt que sur celle-ci, que mon employeur peut consulter.

Karim Belhadj
""",
    reply_to=("Karim Belhadj", "karim.belhadj.perso@gmail.com"),
),

dict(
    key="fr-req-informal-questionnaire-debut",
    rights=["access"], lang="fr-informal",
    frm=("lolo", "laurine.p.1997@gmail.com"),
    subject="questionnaire",
    date="2025-03-09 23:58",
    body="""bjr sandra

je voudrais juste voir ce que vous avez garder de moi dans vos dossiers, surtout le questionnaire du debut quand j'etais pas bien du tout. je sais meme plus ce que j'ai mis dedans

vous pouvez me l'envoyer par mail ?

merci
laurine
""",
    cte="b64",
),

dict(
    key="fr-req-qc-copie-bilan-courriels",
    rights=["access"], lang="fr-CA",
    frm=("Geneviève Tremblay", "gen.tremblay@videotron.ca"),
    subject="Demande - mon dossier",
    date="2025-07-07 15:40",
    body="""Bonjour Sandra,

J'ai fait le parcours en ligne avec vous l'hiver passé, pendant mon congé de maternité (on se parlait par Zoom, avec le décalage c'était souvent tôt le matin pour moi!).

Je me demandais si vous pouviez m'envoyer une copie de tout ce que vous conservez à mon sujet : le bilan de départ, les notes de nos rencontres et les courriels qu'on s'est échangés. J'aimerais me faire un petit cartable avec tout ça.

Merci beaucoup, au plaisir!

Geneviève
""",
),

dict(
    key="fr-req-ch-formel-piece-identite",
    rights=["access"], lang="fr-CH",
    frm=("Pierre-Alain Rochat", "pa.rochat@bluewin.ch"),
    subject="Demande de renseignements sur mes données personnelles",
    date="2025-09-24 07:55",
    body="""Madame,

Ayant participé à votre stage résidentiel de juin 2024, je vous prie de bien vouloir me faire parvenir l'ensemble des informations personnelles que vous détenez à mon sujet, sous quelque forme que ce soit (fichiers, notes manuscrites, courriels, données de paiement).

Vous trouverez en annexe une copie de ma pièce d'identité, conformément à ce qu'indique votre politique de confidentialité.

Je vous remercie de votre diligence et vous adresse mes salutations distinguées.

Pierre-Alain Rochat
Chemin des Vignes 12
1095 Lutry
Natel : 079 412 58 03
""",
    attach=[dict(name="ID_Rochat_recto_verso.jpg", kind="jpg")],
),

dict(
    key="fr-req-qui-a-eu-mes-coordonnees",
    rights=["access"], lang="fr",
    frm=("Sophie Lagarde", "sophie.lagarde@free.fr"),
    subject="Appels d'une autre formatrice ??",
    date="2025-10-06 12:10",
    body="""Bonjour Sandra,

Je suis un peu surprise : depuis la fin de votre atelier de septembre, une dame qui se présente comme "formatrice en hypnose" m'a appelée deux fois sur mon portable en disant qu'elle vous connaissait et qu'elle avait eu mon numéro "par le réseau".

Je ne lui ai jamais donné mon numéro. Est-ce que vous pouvez me dire à qui mes coordonnées ont été communiquées ? Je voudrais comprendre comment c'est arrivé.

Merci de votre retour,
Sophie
""",
),

dict(
    key="fr-req-above-newsletter-quelles-infos",
    rights=["access"], lang="fr",
    frm=("Bernadette Roux", "bernadette.roux36@gmail.com"),
    subject="Re: Faire de la place ce printemps",
    date="2025-03-21 09:03",
    irt="nl-printemps-2025",
    body="""Bonjour Sandra,

Avant que j'oublie : vous pouvez me dire quelles infos vous gardez sur moi dans votre liste ? Je suis en train de faire le point sur tous les organismes qui ont mes coordonnées, et je ne sais plus trop ce que je vous avais donné à l'époque (adresse, date de naissance ?).

Merci et bravo pour la lettre, toujours agréable à lire.
Bernadette

""" + gmail_fr("jeu. 20 mars 2025 à 07:30", "Sandra - Floraison de Soi",
               "contact@floraisondesoi.fr", NEWSLETTER_EXTRACT),
),

dict(
    key="fr-req-lettre-article15-pdf",
    rights=["access"], lang="fr",
    frm=("Thierry Manceau", "thierry.manceau@laposte.net"),
    subject="Courrier - demande au titre de l'article 15",
    date="2026-01-13 16:45",
    body="""Madame,

Veuillez trouver ci-joint mon courrier signé ainsi qu'une copie de ma carte d'identité.

Je vous en souhaite bonne réception.

T. Manceau
""",
    attach=[dict(name="demande_Manceau_signee.pdf", kind="pdf",
                 text="Thierry MANCEAU\n8 impasse des Tilleuls\n18100 Vierzon\n\nà Floraison de Soi - Mme Sandra Dumot-Deloménie\n46 rue d'Estienne d'Orves, 36100 Issoudun\n\nVierzon, le 12 janvier 2026\n\nObjet : droit d'accès (article 15 du RGPD)\n\nMadame,\nJe vous demande de me communiquer une copie de l'ensemble des données\nme concernant que vous traitez, ainsi que leur source et leurs destinataires.\n\nSignature : T. Manceau"),
            dict(name="cni_manceau.pdf", kind="pdf", text="CARTE NATIONALE D'IDENTITE\nMANCEAU Thierry")],
),

dict(
    # NEAR-LINE: asks for the recording of her own session "si vous l'avez".
    # Getting a copy of what is held, no format/transfer -> access.
    key="fr-req-enregistrement-visio-fevrier",
    rights=["access"], lang="fr",
    frm=("Aurélie Chassagne", "aurelie.chassagne@hotmail.fr"),
    subject="Enregistrement séance du 6 février ?",
    date="2025-02-24 19:31",
    body="""Coucou Sandra,

Je crois me souvenir que tu avais lancé l'enregistrement Zoom au début de notre séance du 6 février (celle sur la lettre à mon père), pour que je puisse la réécouter. Je ne l'ai jamais reçue...

Si tu l'as toujours quelque part, est-ce que tu pourrais me l'envoyer ? Ça me ferait du bien de la réentendre.

Bises,
Aurélie

Envoyé de mon iPhone
""",
),

# ------------------------------------------------------------ rectification
dict(
    key="fr-req-nom-marital-berthaud",
    rights=["rectification"], lang="fr",
    frm=("Caroline Berthaud", "caroline.berthaud@gmail.com"),
    subject="Changement de nom",
    date="2025-09-08 11:20",
    body="""Bonjour Sandra,

Petite nouvelle : je me suis mariée cet été ! Du coup je ne m'appelle plus Caroline Lefort mais Caroline Berthaud, et j'utilise désormais cette adresse mail.

Est-ce que vous pouvez mettre à jour mon nom dans votre fichier, pour les prochaines factures du cercle du jeudi et pour l'espace en ligne ?

Merci beaucoup et à jeudi,
Caroline (ex-Lefort)
""",
),

dict(
    # NEAR-LINE: "l'ancien vous pouvez l'oublier" sounds like deletion, but
    # replacing an old number with the new one given is rectification only.
    key="fr-req-nouveau-numero-oublier-ancien",
    rights=["rectification"], lang="fr",
    frm=("Jean-Marc Fougère", "jm.fougere@wanadoo.fr"),
    subject="nouveau portable",
    date="2025-04-28 17:02",
    body="""Bonjour,

J'ai changé de numéro de portable. Le nouveau c'est le 06 47 22 18 90. L'ancien (06 08 ...) vous pouvez l'oublier, il ne marche plus depuis vendredi.

C'est pour les rappels de rendez-vous par SMS.

Jean-Marc Fougère
""",
),

dict(
    key="fr-req-attestation-trema-date-naissance",
    rights=["rectification"], lang="fr",
    frm=("Anaïs Ferrandon", "anais.ferrandon@orange.fr"),
    subject="Erreurs sur mon attestation de formation",
    date="2025-12-03 10:48",
    body="""Bonjour Madame Delomenie,

Je vous remercie pour l'attestation de fin de formation reçue hier. Malheureusement il y a deux erreurs qui posent problème pour mon dossier auprès de France Travail :

- mon prénom est écrit "Anais" sans tréma, c'est Anaïs ;
- ma date de naissance est indiquée au 21/07/1989 alors que je suis née le 12/07/1989.

Je suppose que ces erreurs sont aussi dans votre fichier d'inscrits, pourriez-vous corriger les deux ? Je joins l'attestation pour que vous voyiez.

Merci d'avance,
Anaïs Ferrandon
""",
    attach=[dict(name="attestation_Ferrandon.pdf", kind="pdf",
                 text="ATTESTATION DE FIN DE FORMATION\nFloraison de Soi\nNom : FERRANDON Anais\nNée le 21/07/1989\nFormation : Gestion des émotions (21 h)")],
),

dict(
    key="fr-req-be-demenagement-namur",
    rights=["rectification"], lang="fr-BE",
    frm=("Olivier Dethier", "olivier.dethier@gmail.com"),
    subject="Nouvelle adresse",
    date="2025-08-26 14:14",
    body="""Bonjour,

Nous avons déménagé ce mois-ci. Pourriez-vous noter ma nouvelle adresse pour l'envoi du livret et de la facture du module 2 ?

Olivier Dethier
Rue de Fer 27, boîte 3
5000 Namur
Belgique

L'ancienne adresse à Jambes n'est plus valable.

D'avance merci, et à tantôt pour la séance en ligne.
Olivier
""",
),

dict(
    key="fr-req-fin-adresse-wanadoo",
    rights=["rectification"], lang="fr",
    frm=("Monique Auclair", "monique.auclair@wanadoo.fr"),
    subject="Changement d'adresse mail",
    date="2025-01-20 10:06",
    body="""Bonjour Sandra,

Mon petit-fils m'a installé une nouvelle adresse et je vais fermer celle-ci qui est trop pleine de publicités.

À partir de maintenant merci de m'écrire à : monique.auclair36@gmail.com

Pour les rendez-vous et pour votre lettre. Je vous remercie.

Monique Auclair
""",
    cte="qp",
    charset="iso-8859-1",
),

dict(
    # NEAR-LINE: disputes a statement in the attendance report and asks for
    # it to be corrected (no request to pause use) -> rectification.
    key="fr-req-compte-rendu-depart-anticipe",
    rights=["rectification"], lang="fr",
    frm=("Damien Roussel", "damien.roussel@gmail.com"),
    subject="Feuille d'émargement 14/11 - erreur",
    date="2025-11-21 08:37",
    body="""Bonjour Madame Delomenie,

Mon responsable RH m'a transmis le bilan de la formation du 14 novembre. Il est indiqué à côté de mon nom "départ anticipé 15h30". C'est faux : je suis parti à 17h comme tout le monde, c'est mon collègue Damien L. qui est parti plus tôt (on a le même prénom, d'où la confusion je pense).

Merci de corriger ça dans votre document et de renvoyer la version juste à Mme Pichon aux RH, parce que ça a une incidence sur mon compteur d'heures.

Bonne journée,
Damien Roussel
""",
),

dict(
    key="fr-req-informal-marchal-pas-marechal",
    rights=["rectification"], lang="fr-informal",
    frm=("Jess M", "jessica.marchal@yahoo.fr"),
    subject="mon nom lol",
    date="2025-06-30 22:41",
    body="""coucou c moi Jess de l'atelier du samedi

petit detail mais mon nom de famille c'est MARCHAL pas MARECHAL, vous l'avez mal ecrit partout (les mails, le certificat, le groupe). ca me fait rire mais bon si vous pouvez changer ce serait top

bisous
""",
),

dict(
    key="fr-req-qc-courriel-nom-infolettre",
    rights=["rectification"], lang="fr-CA",
    frm=("Marie-Ève Gagnon", "marieeve.gagnon@outlook.com"),
    subject="Mise à jour de mes coordonnées",
    date="2025-10-14 20:19",
    body="""Bonjour,

Je suis abonnée à votre infolettre sous mon ancienne adresse de travail (megagnon@cspi.qc.ca) que je vais perdre à la fin du mois, je change d'emploi.

Pourriez-vous la remplacer par celle-ci (marieeve.gagnon@outlook.com)? Et tant qu'à y être, mon nom apparaît comme « Marie Gagnon » dans les courriels, c'est Marie-Ève avec le trait d'union.

Merci, bonne soirée!
Marie-Ève
""",
),

dict(
    key="fr-req-profession-fiche-aide-soignante",
    rights=["rectification"], lang="fr",
    frm=("Valérie Dubreuil", "valerie.dubreuil@sfr.fr"),
    subject="Ma fiche d'inscription",
    date="2026-02-05 13:26",
    body="""Bonjour Madame,

En relisant le récapitulatif d'inscription que vous m'avez envoyé pour la formation de mars, je vois qu'il est écrit "infirmière" dans la case profession. Je suis aide-soignante, pas infirmière.

Ça a son importance parce que c'est mon OPCO qui finance et ils vérifient la cohérence. Merci de bien vouloir rectifier.

Valérie Dubreuil
Aide-soignante - EHPAD Les Glycines
""",
),

# ------------------------------------------------------------------ erasure
dict(
    key="fr-req-tourner-la-page-aucune-trace",
    rights=["erasure"], lang="fr",
    frm=("Émilie Garnier", "emilie.garnier@icloud.com"),
    subject="Tourner la page",
    date="2025-05-05 22:10",
    body="""Bonsoir Sandra,

Je voulais d'abord vous remercier pour l'accompagnement de l'an dernier, il m'a aidée à un moment où j'en avais vraiment besoin.

Aujourd'hui j'ai envie de tourner complètement la page de cette période. Je préférerais qu'il ne reste chez vous aucune trace de tout ça : mes fiches, vos notes de séance, nos échanges de mails, mes coordonnées. Est-ce que vous pouvez tout jeter, de votre côté comme sur vos outils en ligne ?

Je n'attends rien en retour, juste une confirmation quand ce sera fait.

Avec ma gratitude,
Émilie
""",
    headers=[("X-Mailer", "iPhone Mail (22D72)")],
),

dict(
    key="fr-req-supprimez-compte-tout-ce-qui-va",
    rights=["erasure"], lang="fr",
    frm=("Patrick Lemoine", "patrick.lemoine@gmail.com"),
    subject="Suppression",
    date="2025-07-15 06:52",
    body="""Bonjour,

Merci de supprimer mon compte sur votre plateforme de formation ainsi que tout ce qui va avec (profil, historique, coordonnées, factures si vous n'êtes pas obligée de les garder).

Cordialement,
P. Lemoine
""",
),

dict(
    key="fr-req-ch-effacer-ensemble-fichiers",
    rights=["erasure"], lang="fr-CH",
    frm=("Corinne Favre", "corinne.favre@gmx.ch"),
    subject="Effacement de mes données",
    date="2025-03-17 09:44",
    body="""Bonjour Madame,

Par la présente, je souhaite que vous effaciez l'ensemble de mes informations personnelles de vos fichiers et de ceux de vos prestataires (plateforme de cours, messagerie, stockage en ligne).

Je vous remercie de me confirmer l'effacement par retour de courriel.

Avec mes meilleures salutations,

Corinne Favre
Genève
""",
),

dict(
    key="fr-req-informal-plus-exister-fichiers",
    rights=["erasure"], lang="fr-informal",
    frm=("Kevin D.", "kev.dlz@hotmail.fr"),
    subject="",
    date="2025-08-09 01:14",
    body="""slt

je veux plus exister dans vos fichiers, ni sur le site de formation ni nul part. ma copine m'avait inscrit a votre truc sur le stress mais j'ai jamais accroché.

vous pouvez tout virer svp

kevin
""",
),

dict(
    # NEAR-LINE: health answers from the intake questionnaire, asks to
    # destroy them (not phrased as taking back consent) -> erasure.
    key="fr-req-sante-questionnaire-detruire",
    rights=["erasure"], lang="fr",
    frm=("Hélène Marchetti", "helene.marchetti@orange.fr"),
    subject="Questionnaire d'accueil",
    date="2025-10-29 14:55",
    body="""Bonjour Sandra,

Lors de notre premier rendez-vous, j'avais rempli le questionnaire d'accueil avec pas mal de détails sur ma santé (ma thyroïde, le traitement, la dépression d'après l'accouchement).

Avec le recul je n'ai pas envie que ces informations traînent quelque part. Pouvez-vous détruire ce questionnaire, la version papier comme le scan s'il y en a un ? Pour le reste (rendez-vous, factures) pas de souci, on continue comme avant.

Merci de votre compréhension,
Hélène
""",
),

dict(
    key="fr-req-parent-fille-mineure-fiches",
    rights=["erasure"], lang="fr",
    frm=("Stéphane Brunet", "stephane.brunet@bbox.fr"),
    subject="Inès Brunet - séances",
    date="2025-06-16 20:03",
    body="""Madame,

Ma fille Inès (16 ans) a eu quatre séances avec vous au printemps, à la demande de sa mère. Nous avons décidé d'arrêter.

Je ne souhaite pas que des fiches concernant ma fille restent chez vous : merci de détruire l'ensemble des documents et notes la concernant, ainsi que ses coordonnées. Sa mère est d'accord, elle est en copie.

Stéphane Brunet
""",
    cc=[("Laure Brunet", "laure.brunet@gmail.com")],
),

dict(
    key="fr-req-avocat-mandat-effacement",
    rights=["erasure"], lang="fr",
    frm=("Maître Hugo Perrin", "h.perrin@perrin-avocat.fr"),
    subject="Mme Sandrine Aubert - demande d'effacement - V/Réf : néant - N/Réf : 25-0412",
    date="2025-09-30 11:28",
    body="""Madame,

J'interviens en qualité de conseil de Madame Sandrine Aubert, demeurant à Bourges, qui a été votre cliente dans le cadre d'un accompagnement individuel entre 2022 et 2024.

Conformément au mandat ci-joint, ma cliente vous demande de procéder à l'effacement de l'ensemble des données personnelles la concernant, y compris les notes de séances et les données de santé, sous réserve des seules pièces comptables que vous êtes légalement tenue de conserver.

Je vous remercie de bien vouloir me confirmer l'exécution de cette demande dans le délai d'un mois.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Hugo Perrin
Avocat au Barreau de Bourges
12 rue Moyenne - 18000 Bourges
Tél. 02 48 65 90 12

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.
""",
    attach=[dict(name="Mandat_Aubert_Perrin.pdf", kind="pdf",
                 text="MANDAT\nJe soussignée Sandrine AUBERT donne mandat à Maître Hugo PERRIN\npour exercer en mon nom mes droits sur mes données personnelles\nauprès de Floraison de Soi (Sandra Dumot-Deloménie).\nFait à Bourges le 22/09/2025"),
            dict(name="CNI_Aubert.pdf", kind="pdf", text="CNI - AUBERT Sandrine")],
    cte="qp",
    reply_to=("Cabinet Perrin - secrétariat", "secretariat@perrin-avocat.fr"),
    cc=[("Sandrine Aubert", "sandrine.aubert18@gmail.com")],
),

dict(
    key="fr-req-be-vider-mon-dossier",
    rights=["erasure"], lang="fr-BE",
    frm=("Françoise Lambotte", "f.lambotte@skynet.be"),
    subject="Mon dossier",
    date="2026-03-02 09:12",
    body="""Bonjour Sandra,

Voilà, j'ai décidé de ne pas poursuivre l'accompagnement, pour des raisons financières surtout.

Je vous saurais gré de vider complètement mon dossier chez vous : fiches, notes, mails, numéro de GSM, tout. Je préfère repartir de zéro si un jour je reviens.

Bien à vous et encore merci pour votre écoute,
Françoise
""",
),

dict(
    key="fr-req-relance-demande-3-mars",
    rights=["erasure"], lang="fr",
    frm=("Alain Guérin", "alain.guerin@outlook.fr"),
    subject="TR: suppression de mes informations",
    date="2025-04-07 10:01",
    body="""Madame,

Je n'ai toujours aucune nouvelle de mon message ci-dessous, envoyé il y a plus d'un mois. Je vous rappelle ma demande : effacez mes données de vos fichiers et confirmez-le moi.

Sans retour de votre part sous quinze jours, je m'adresserai à la CNIL.

A. Guérin

""" + outlook_fr("Alain Guérin", "alain.guerin@outlook.fr", "lundi 3 mars 2025 18:40",
                 "sandra.delomenie@orange.fr", "suppression de mes informations",
                 "Bonjour,\n\nJe ne participerai plus à vos ateliers. Je souhaite que mes informations\n(nom, adresse, téléphone, mail) soient supprimées de vos fichiers.\n\nMerci.\nAlain Guérin"),
),

dict(
    key="fr-req-qc-sortez-moi-au-complet",
    rights=["erasure"], lang="fr-CA",
    frm=("Jonathan Bouchard", "jo.bouchard@videotron.ca"),
    subject="Retrait de mes infos",
    date="2025-12-09 17:33",
    body="""Allô,

J'avais acheté votre formation en ligne l'an passé mais honnêtement je l'ai jamais vraiment commencée.

J'aimerais que vous me sortiez de vos affaires au complet : mon nom, mon courriel, mon compte sur la plateforme, toute. Pas besoin de remboursement, c'est correct.

Merci!
Jonathan
""",
),

dict(
    # NEAR-LINE: removing a phone number WITHOUT giving a new one is not the
    # rectification case; she wants it gone from the group and contacts -> erasure.
    key="fr-req-whatsapp-retirer-numero",
    rights=["erasure"], lang="fr",
    frm=("Nadia Ferhat", "nadia.ferhat@gmail.com"),
    subject="Groupe WhatsApp du stage",
    date="2025-07-28 12:47",
    body="""Bonjour Sandra,

Le stage est fini depuis un moment et le groupe WhatsApp continue de tourner (photos de vacances, chaînes...). Je me suis retirée du groupe mais mon numéro apparaît encore dans la liste que vous aviez partagée en PDF.

Pourriez-vous enlever mon numéro de cette liste et le supprimer de vos contacts ? Je préfère qu'on m'écrive par mail si besoin.

Merci,
Nadia
""",
),

dict(
    key="fr-req-coordonnees-paiement-effacer",
    rights=["erasure"], lang="fr",
    frm=("Yannick Le Goff", "yannick.legoff@proton.me"),
    subject="Carte enregistrée",
    date="2026-01-27 19:18",
    body="""Bonjour,

J'ai payé le cycle de 5 séances en plusieurs fois et je vois que ma carte bancaire est restée enregistrée pour les prélèvements alors que tout est réglé.

Je ne veux pas que mes coordonnées de paiement restent stockées : pouvez-vous les effacer de votre compte Stripe (et de tout autre endroit où vous les auriez notées) ?

Merci d'avance,
Yannick Le Goff
""",
),

# -------------------------------------------------------------- restriction
dict(
    # NEAR-LINE: contests what is written AND asks her to stop using it
    # meanwhile -> restriction only (not rectification).
    key="fr-req-conteste-fiche-suivi",
    rights=["restriction"], lang="fr",
    frm=("Sylvie Perrot", "sylvie.perrot@orange.fr"),
    subject="Ma fiche de suivi",
    date="2025-03-26 18:30",
    body="""Bonsoir Sandra,

J'ai relu la fiche de suivi que vous m'avez transmise après la séance 4. Il y est écrit que j'ai "évoqué des idées noires". Je n'ai jamais dit ça, j'ai parlé de fatigue et de lassitude, ce n'est pas la même chose.

Je voudrais qu'on en reparle de vive voix. En attendant, merci de ne plus vous servir de cette fiche, de ne la transmettre à personne (ni à la superviseuse dont vous m'aviez parlé) et de ne rien en faire tant qu'on n'a pas éclairci ça.

Sylvie
""",
),

dict(
    key="fr-req-litige-employeur-ne-rien-supprimer",
    rights=["restriction"], lang="fr",
    frm=("Laurent Bazin", "laurent.bazin@gmail.com"),
    subject="Important - conservation de documents",
    date="2025-05-12 08:05",
    body="""Bonjour Madame Delomenie,

J'ai suivi votre formation "Prévenir l'épuisement professionnel" en 2024 via mon ancien employeur. Je suis aujourd'hui en litige avec lui devant les prud'hommes.

Je vous demande surtout de ne rien supprimer : l'attestation, les feuilles d'émargement et mon questionnaire de fin de formation pourraient m'être utiles. En revanche, je vous demande de ne plus les utiliser pour quoi que ce soit d'autre et de ne les communiquer à personne sans mon accord, en particulier pas à mon ancien employeur.

Je vous remercie.
Laurent Bazin
""",
),

dict(
    key="fr-req-gel-dossier-pause",
    rights=["restriction"], lang="fr",
    frm=("Isabelle Caron", "isabelle.caron@laposte.net"),
    subject="Pause",
    date="2025-11-03 12:30",
    body="""Bonjour Sandra,

Comme je vous l'ai dit au téléphone, je mets l'accompagnement en pause, je ne sais pas pour combien de temps (mon père est hospitalisé).

Je ne veux pas que vous effaciez mon dossier, j'espère bien reprendre. Mais d'ici là je préférerais qu'il soit "gelé" : qu'on n'y touche plus, pas de relances automatiques, pas d'utilisation pour vos statistiques ou vos supervisions.

Merci de votre compréhension,
Isabelle
""",
),

dict(
    key="fr-req-be-tant-que-pas-tranche",
    rights=["restriction"], lang="fr-BE",
    frm=("Marc Wuyts", "marc.wuyts@telenet.be"),
    subject="Mes données - en attente",
    date="2025-10-20 21:05",
    body="""Bonsoir,

Je n'ai pas encore décidé si je vous demanderai de tout effacer ou pas, j'hésite.

En attendant, gardez mes données mais n'en faites plus rien, s'il vous plaît : pas d'envois, pas de partage, pas d'utilisation. Je reviendrai vers vous endéans le mois pour trancher.

Marc Wuyts
""",
),

dict(
    key="fr-req-informal-touchez-plus-mutuelle",
    rights=["restriction"], lang="fr-informal",
    frm=("Sandrine", "sandrine.b.78@gmail.com"),
    subject="mon dossier",
    date="2025-08-18 13:13",
    body="""Bonjour

svp vous touchez plus a mon dossier pour l'instant, vous l'utilisez pour rien du tout. mais vous effacez pas non plus hein!! j'en aurais besoin pour la mutuelle et peut etre pour l'assurance, je dois encore voir avec eux

merci
Sandrine Bertin
""",
),

dict(
    # NEAR-LINE: disputes the accuracy of address/status on an invoice and
    # asks that it not be sent on until checked -> restriction only.
    key="fr-req-facture-contestee-ne-pas-transmettre",
    rights=["restriction"], lang="fr",
    frm=("Frédéric Olivier", "frederic.olivier@sfr.fr"),
    subject="Facture F-2025-088 / CSE",
    date="2025-06-24 15:42",
    body="""Madame,

Mon CSE me dit que vous allez leur envoyer la facture de mon stage pour le remboursement partiel. Les informations qui y figurent (mon adresse et la mention "salarié en arrêt") ne sont pas exactes selon moi.

Tant que nous n'avons pas vérifié ces informations ensemble, je vous demande de ne pas les transmettre au CSE ni de les utiliser ailleurs.

Cordialement,
Frédéric Olivier
""",
),

dict(
    key="fr-req-ch-limitation-traitement",
    rights=["restriction"], lang="fr-CH",
    frm=("Anne-Laure Bovet", "annelaure.bovet@bluewin.ch"),
    subject="Limitation du traitement",
    date="2026-04-14 10:20",
    body="""Madame,

Je m'oppose à l'effacement de mes données, dont j'ai besoin dans le cadre d'une procédure d'assurance en cours, mais je demande la limitation de leur traitement : elles doivent être uniquement conservées, sans autre utilisation, jusqu'à nouvel avis de ma part.

Veuillez agréer, Madame, mes salutations les meilleures.

Anne-Laure Bovet
Fribourg
""",
    cte="qp",
),

# -------------------------------------------------------------- portability
dict(
    key="fr-req-nouvelle-coach-riviere",
    rights=["portability"], lang="fr",
    frm=("Céline Moreau", "celine.moreau@gmail.com"),
    subject="Passage de relais",
    date="2025-09-15 09:20",
    body="""Bonjour Sandra,

Comme je vous l'ai expliqué, je déménage à Toulouse et je vais continuer avec une coach sur place, Mme Agnès Rivière (agnes.riviere.coaching@gmail.com).

Pour ne pas tout recommencer, pourriez-vous lui envoyer directement mes bilans et le questionnaire de départ, dans un format qu'elle puisse reprendre et compléter de son côté (pas un scan, un fichier qu'on peut modifier) ?

Merci infiniment pour ces mois ensemble.
Céline
""",
    html="auto",
),

dict(
    # NEAR-LINE: wants her own course progress in "un fichier type Excel" to
    # keep; reusable spreadsheet format -> portability (not access).
    key="fr-req-progression-excel",
    rights=["portability"], lang="fr",
    frm=("Martine Joly", "martine.joly@orange.fr"),
    subject="Mes résultats de la formation en ligne",
    date="2025-04-22 11:11",
    body="""Bonjour,

Mon accès à la formation "Apprivoiser ses émotions" se termine bientôt. Est-ce que je peux récupérer mes résultats de quiz, mes réponses aux exercices et ma progression dans un fichier type Excel ? Je voudrais les garder et les retravailler de mon côté.

Merci,
Martine Joly
""",
),

dict(
    key="fr-req-csv-import-outil-perso",
    rights=["portability"], lang="fr",
    frm=("Romain Texier", "romain.texier@gmail.com"),
    subject="Export de mes infos",
    date="2025-12-15 22:05",
    body="""Bonsoir Sandra,

Je me suis mis à tenir un journal de bord numérique (Notion) et j'aimerais y rapatrier ce que je vous ai fourni pendant l'accompagnement : mes réponses aux questionnaires, mes objectifs, les exercices.

Est-ce que vous pourriez me faire un export en CSV ou JSON, pour que je puisse l'importer directement ? Un PDF ne me servirait pas à grand-chose.

Merci !
Romain
""",
),

dict(
    # NEAR-LINE: transfer to a new therapist "en format numérique" = data
    # transmitted to another provider -> portability.
    key="fr-req-qc-transfert-therapeute",
    rights=["portability"], lang="fr-CA",
    frm=("Stéphanie Lavoie", "steph.lavoie@hotmail.com"),
    subject="Transfert de mon dossier",
    date="2026-02-19 19:48",
    body="""Bonjour Sandra,

Je commence un suivi avec une psychothérapeute ici à Québec (Dre Julie Caron). Elle m'a demandé si je pouvais lui faire suivre ce que j'ai fait avec vous.

Est-ce que vous pourriez transférer mon dossier (mes questionnaires et mes bilans) directement à son courriel, en format numérique qu'elle peut intégrer à son logiciel? Son adresse : jcaron.psy@cliniqueboreale.ca

Merci mille fois,
Stéphanie
""",
),

dict(
    key="fr-req-ch-format-structure",
    rights=["portability"], lang="fr-CH",
    frm=("Daniel Jaquet", "daniel.jaquet@sunrise.ch"),
    subject="Portabilité",
    date="2025-06-06 08:40",
    body="""Bonjour,

Je vous prie de me transmettre les données personnelles que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine, afin que je puisse les transmettre à un autre prestataire.

Meilleures salutations,
Daniel Jaquet
""",
),

dict(
    key="fr-req-exercices-format-modifiable",
    rights=["portability"], lang="fr",
    frm=("Agathe Simonin", "agathe.simonin@free.fr"),
    subject="Mes exercices sur la plateforme",
    date="2026-03-18 17:25",
    body="""Bonjour Sandra,

J'ai rempli énormément d'exercices sur la plateforme pendant la formation (le journal des émotions, les 30 jours de gratitude...). Je viens de m'apercevoir que je ne peux pas les télécharger moi-même.

Est-ce que vous pourriez me les sortir dans un format que je peux ouvrir et modifier sur mon ordinateur ? Pas des captures d'écran, je voudrais pouvoir les réutiliser dans un carnet.

Merci beaucoup,
Agathe
""",
),

# ---------------------------------------------------------------- objection
dict(
    key="fr-req-arretez-de-menvoyer",
    rights=["objection"], lang="fr",
    frm=("Christian Barbier", "christian.barbier@orange.fr"),
    subject="Vos mails",
    date="2025-02-03 07:12",
    body="""Bonjour,

Arrêtez de m'envoyer vos mails s'il vous plaît. J'ai fait un atelier il y a trois ans, ça ne m'engage pas à recevoir vos promotions toute ma vie.

C. Barbier
""",
),

dict(
    key="fr-req-above-newsletter-retirez-moi",
    rights=["objection"], lang="fr",
    frm=("Élodie Renaud", "elodie.renaud@gmail.com"),
    subject="Re: La rentrée chez Floraison de Soi",
    date="2025-09-04 12:58",
    irt="nl-rentree-2025", irt_dom="floraisondesoi.fr",
    body="""Merci mais ça ne m'intéresse plus du tout, retirez-moi de la liste svp.

Élodie

""" + gmail_fr("mer. 3 sept. 2025 à 08:00", "Sandra - Floraison de Soi",
               "contact@floraisondesoi.fr", NEWSLETTER_EXTRACT_AUTUMN),
    html="auto",
),

dict(
    key="fr-req-sms-promos-non",
    rights=["objection"], lang="fr",
    frm=("Josiane Mallet", "josiane.mallet@laposte.net"),
    subject="SMS",
    date="2025-05-27 16:20",
    body="""Bonjour Madame,

Je reçois maintenant des SMS pour vos promotions et vos nouveaux ateliers. Je ne souhaite pas en recevoir, je n'ai pas donné mon numéro pour ça. Vous pouvez continuer à m'appeler pour mes rendez-vous, c'est tout.

Josiane Mallet
""",
),

dict(
    key="fr-req-opposition-prospection",
    rights=["objection"], lang="fr",
    frm=("Bruno Chevallier", "b.chevallier@cabinet-chevallier.fr"),
    subject="Opposition",
    date="2025-10-01 10:35",
    body="""Madame,

Je m'oppose à l'utilisation de mes données personnelles à des fins de prospection commerciale, quel que soit le canal (courriel, téléphone, courrier).

Salutations.

Bruno Chevallier
""",
),

dict(
    key="fr-req-be-lien-desinscription-casse",
    rights=["objection"], lang="fr-BE",
    frm=("Christine Peeters", "christine.peeters@hotmail.be"),
    subject="désinscription impossible",
    date="2025-11-24 08:08",
    body="""Bonjour,

Cela fait trois fois que je clique sur "se désinscrire" en bas de votre lettre, et chaque fois j'arrive sur une page d'erreur. Et la lettre continue d'arriver.

Sauriez-vous me retirer vous-même de la liste ? Merci.

Christine Peeters
""",
),

dict(
    key="fr-req-qc-desabonner-infolettre",
    rights=["objection"], lang="fr-CA",
    frm=("Sylvain Côté", "sylvain.cote@sympatico.ca"),
    subject="Infolettre",
    date="2025-08-05 07:27",
    body="""Bonjour,

Pourriez-vous me désabonner de l'infolettre svp? Je l'avais reçue après le webinaire gratuit mais ce n'est plus pour moi.

Merci, bonne journée
Sylvain
""",
),

dict(
    # NEAR-LINE: she opts out of RECEIVING survey mailings (a mailing list),
    # not out of a consent to use her questionnaire answers -> objection.
    key="fr-req-enquetes-satisfaction-non",
    rights=["objection"], lang="fr",
    frm=("Odile Paris", "odile.paris@orange.fr"),
    subject="Encore un questionnaire !",
    date="2026-01-08 14:00",
    body="""Bonjour Sandra,

Je viens de recevoir le troisième questionnaire de satisfaction depuis la fin du stage. J'ai répondu au premier, ça suffit.

Je ne veux plus que mon adresse soit utilisée pour vos enquêtes et sondages, merci de m'enlever de ces envois.

Bonne année quand même !
Odile
""",
),

dict(
    key="fr-req-informal-stop-promo",
    rights=["objection"], lang="fr-informal",
    frm=("Manon", "manon.lefebvre.95@gmail.com"),
    subject="Re: -30% sur la formation jusqu'a dimanche !",
    date="2025-11-28 23:40",
    irt="promo-bf-2025", irt_dom="floraisondesoi.fr",
    body="""stop les mails svp jen recois tous les jours en ce moment

""" + gmail_fr("ven. 28 nov. 2025 à 18:00", "Floraison de Soi", "contact@floraisondesoi.fr",
               "Dernière ligne droite ! -30 % sur la formation \"Apprivoiser ses émotions\"\njusqu'à dimanche minuit avec le code DOUCEUR30.\n\nSandra"),
),

dict(
    key="fr-req-plus-dappels-stages",
    rights=["objection"], lang="fr",
    frm=("Robert Lacroix", "robert.lacroix@free.fr"),
    subject="Appels téléphoniques",
    date="2025-06-11 18:50",
    body="""Madame,

Votre assistante m'a encore appelé hier soir pour me proposer le stage d'été. C'est la deuxième fois.

Je ne souhaite plus être démarché par téléphone pour vos stages ou vos formations. Merci d'en prendre note.

Robert Lacroix
""",
),

dict(
    key="fr-req-trop-de-mails-html",
    rights=["objection"], lang="fr",
    frm=("Lucie Bernard", "lucie.bernard@yahoo.fr"),
    subject="Trop de mails",
    date="2025-03-31 20:15",
    body=None,
    html="""<html><body><div style="font-family: Helvetica, Arial, sans-serif; font-size: 14px;">
<div>Bonjour Sandra,</div><div><br></div>
<div>Je vous aime bien mais là je reçois trois mails par semaine entre la lettre, les annonces d'ateliers et les "derniers jours pour s'inscrire". C'est trop pour moi.</div><div><br></div>
<div>Je préfère ne plus rien recevoir de ce genre, merci de me sortir de vos envois.</div><div><br></div>
<div>Lucie</div>
</div></body></html>
""",
),

# --------------------------------------------------------- withdraw consent
dict(
    key="fr-req-temoignage-site-retirer",
    rights=["withdraw_consent"], lang="fr",
    frm=("Corinne Lebas", "corinne.lebas@gmail.com"),
    subject="Mon témoignage sur votre site",
    date="2025-04-14 09:58",
    body="""Bonjour Sandra,

En 2024 je vous avais donné mon accord pour publier mon témoignage sur votre site, avec mon prénom et ma ville. Ma situation a changé (nouveau poste, et mes collègues sont tombés dessus...).

Je ne suis plus à l'aise avec ça et j'aimerais que vous le retiriez du site et de la page Systeme.io. Ce n'est pas contre vous, bien au contraire !

Merci,
Corinne
""",
),

dict(
    key="fr-req-photo-groupe-facebook",
    rights=["withdraw_consent"], lang="fr",
    frm=("Maëlle Guillot", "maelle.guillot@orange.fr"),
    subject="Photo du stage sur Facebook",
    date="2025-07-03 10:25",
    body="""Bonjour,

J'ai vu la photo de groupe du stage de juin sur votre page Facebook. On me reconnaît très bien au premier rang.

J'avais signé l'autorisation le premier jour un peu vite, mais finalement je préférerais ne pas y être. Est-ce possible de la retirer, ou de la recadrer / flouter mon visage ?

Merci,
Maëlle
""",
),

dict(
    key="fr-req-replay-webinaire-divorce",
    rights=["withdraw_consent"], lang="fr",
    frm=("Pascale Noël", "pascale.noel@hotmail.fr"),
    subject="Replay du webinaire du 12",
    date="2025-05-20 07:45",
    body="""Sandra,

Pendant le webinaire du 12 j'ai pris la parole, caméra allumée, et j'ai parlé de mon divorce en cours. Sur le moment j'ai accepté qu'on soit enregistrés.

Je viens de voir que le replay est accessible à tous les inscrits de la formation. Je ne veux plus qu'il soit en ligne avec mon passage dedans. Pouvez-vous l'enlever ou couper ma partie ?

Merci de faire vite, mon ex-mari connaît des gens inscrits.
Pascale
""",
),

dict(
    key="fr-req-questionnaire-statistiques-reviens",
    rights=["withdraw_consent"], lang="fr",
    frm=("Denis Fabre", "denis.fabre@gmail.com"),
    subject="Mes réponses au questionnaire",
    date="2025-10-10 16:16",
    body="""Bonjour,

J'avais coché la case acceptant que mes réponses au questionnaire de fin de formation soient utilisées (anonymement) pour vos statistiques et votre mémoire de certification.

Je reviens sur cet accord : merci de ne plus utiliser mes réponses pour ça.

Denis Fabre
""",
),

dict(
    # NEAR-LINE: health data is collected on consent; she takes that consent
    # back ("je ne suis plus d'accord") without asking to erase everything
    # -> withdraw_consent, not erasure.
    key="fr-req-sante-plus-daccord",
    rights=["withdraw_consent"], lang="fr",
    frm=("Claudine Petit", "claudine.petit@sfr.fr"),
    subject="données de santé",
    date="2026-02-25 11:34",
    body="""Bonjour Sandra,

Au début de l'accompagnement j'avais signé le papier où j'acceptais que vous notiez des informations sur ma santé. Après réflexion je ne suis plus d'accord avec ça. On peut continuer les séances, mais sans que vous teniez compte ni notiez quoi que ce soit sur ma santé.

Merci de votre compréhension.
Claudine
""",
),

dict(
    key="fr-req-be-video-temoignage-youtube",
    rights=["withdraw_consent"], lang="fr-BE",
    frm=("Véronique Dubois", "veronique.dubois@proximus.be"),
    subject="Vidéo témoignage",
    date="2025-12-01 13:50",
    body="""Bonjour Sandra,

La petite vidéo où je raconte mon parcours avec vous tourne toujours sur YouTube et sur votre page de vente. Au moment du tournage j'étais ravie, mais aujourd'hui je n'ai plus envie qu'elle soit visible.

Pourriez-vous la retirer, s'il vous plaît ? Je vous remercie pour votre compréhension.

Véronique
""",
),

dict(
    key="fr-req-qc-ma-face-sur-la-page",
    rights=["withdraw_consent"], lang="fr-CA",
    frm=("Karine Pelletier", "karine.pelletier@gmail.com"),
    subject="Photo",
    date="2026-04-02 21:30",
    body="""Salut Sandra!

Petite affaire : ma face est encore sur ta page d'accueil avec ma citation (« Je me suis retrouvée »). C'était super correct dans le temps, mais là j'aimerais mieux qu'elle soit enlevée, je change de domaine de travail et je veux garder ça plus privé.

Merci beaucoup, bonne fin de soirée!
Karine
""",
    cte="b64",
),

dict(
    # NEAR-LINE: a parent takes back the image-rights consent given for a
    # 14-year-old. Parent acting for a minor = request -> withdraw_consent.
    key="fr-req-parent-photo-ado-instagram",
    rights=["withdraw_consent"], lang="fr",
    frm=("Nicolas Faure", "nicolas.faure@gmail.com"),
    subject="Photo de ma fille sur Instagram",
    date="2025-05-30 12:02",
    body="""Bonjour Madame,

Ma fille Lola (14 ans) apparaît sur une photo de l'atelier ados publiée sur votre compte Instagram. Ma femme avait signé l'autorisation de droit à l'image en début d'année.

Nous revenons sur cette autorisation : merci de retirer cette photo et de ne plus publier d'image de Lola.

Cordialement,
Nicolas Faure
""",
),

# ------------------------------------------------------------- post mortem
dict(
    key="fr-req-pm-mere-formation-en-ligne",
    rights=["post_mortem"], lang="fr",
    frm=("Stéphanie Perrot", "stephanie.perrot@gmail.com"),
    subject="Décès de ma mère, Josiane Perrot",
    date="2025-02-04 15:20",
    body="""Madame,

J'ai le regret de vous informer du décès de ma mère, Mme Josiane Perrot, le 12 janvier dernier.

Elle suivait votre formation en ligne et continue de recevoir vos mails, ce qui est assez douloureux quand j'ouvre sa boîte. Je voudrais que son compte soit fermé et qu'elle ne reçoive plus rien.

Je joins l'acte de décès.

Merci de votre compréhension,
Stéphanie Perrot
""",
    attach=[dict(name="acte_deces_Perrot.pdf", kind="pdf",
                 text="EXTRAIT D'ACTE DE DECES\nJosiane PERROT née MARTIN\ndécédée le 12 janvier 2025 à Issoudun (Indre)")],
),

dict(
    key="fr-req-pm-notaire-succession",
    rights=["post_mortem"], lang="fr",
    frm=("Étude de Maître Lucas", "office.lucas@notaires.fr"),
    subject="Succession de M. René Dufour - Réf. 2025/1187 - SL",
    date="2025-06-19 10:14",
    body="""Madame,

Nous sommes chargés du règlement de la succession de Monsieur René DUFOUR, décédé le 2 mai 2025 à Châteauroux.

Les héritiers nous indiquent que le défunt avait souscrit auprès de vous un accompagnement dont certaines échéances pourraient encore être prélevées. Nous vous prions de bien vouloir nous communiquer l'état de ce contrat, les sommes éventuellement dues ou versées, et de faire cesser tout prélèvement.

Nous vous saurions gré de nous adresser également les documents au nom du défunt que vous conservez.

Vous trouverez ci-joint copie de l'acte de décès.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Antoine Lucas,
Sophie Lemaire, clerc
Office notarial - 3 place Voltaire - 36000 Châteauroux
""",
    attach=[dict(name="ADC_Dufour.pdf", kind="pdf",
                 text="ACTE DE DECES\nRené DUFOUR\n2 mai 2025 - Châteauroux")],
    reply_to=("Sophie Lemaire", "sophie.lemaire.36012@notaires.fr"),
),

dict(
    key="fr-req-pm-epoux-ecrits-ateliers",
    rights=["post_mortem"], lang="fr",
    frm=("Michel Bonnet", "michel.bonnet36@orange.fr"),
    subject="Anne",
    date="2025-09-12 19:05",
    body="""Madame Delomenie,

Je suis le mari d'Anne Bonnet, qui a participé à plusieurs de vos cercles d'écriture. Anne nous a quittés en août, après une longue maladie.

Elle nous avait parlé des textes qu'elle écrivait pendant vos ateliers, et des enregistrements audio de lecture que vous faisiez. Nos enfants et moi aimerions beaucoup les récupérer, si vous les avez conservés.

Je vous remercie de tout ce que vous lui avez apporté.

Michel Bonnet
""",
),

dict(
    key="fr-req-pm-directives-pour-apres",
    rights=["post_mortem"], lang="fr",
    frm=("Jacqueline Morel", "jacqueline.morel@wanadoo.fr"),
    subject="Mes volontés",
    date="2025-10-23 16:30",
    body="""Chère Sandra,

Vous savez que ma maladie évolue. Je mets mes affaires en ordre et je voulais vous écrire aussi.

Le jour où je ne serai plus là, je souhaite que tout ce que vous avez sur moi (mes carnets, nos échanges, les enregistrements des séances) soit détruit, et que rien ne soit transmis à ma famille, même si on vous le demande. C'était mon espace à moi.

Merci pour tout, vraiment.
Jacqueline
""",
),

dict(
    key="fr-req-pm-informal-pere-newsletter",
    rights=["post_mortem"], lang="fr-informal",
    frm=("Thomas Girard", "thomas.girard.pro@gmail.com"),
    subject="mon pere",
    date="2025-08-21 22:16",
    body="""bonsoir

mon pere Jean-Claude Girard est parti le mois dernier. je gere ses mails et il recoit encore vos newsletters et les rappels pour la formation. on voudrait que ca s'arrete, et que vous enleviez son nom de chez vous

merci
thomas
""",
),

dict(
    key="fr-req-pm-be-soeur-defunte",
    rights=["post_mortem"], lang="fr-BE",
    frm=("Anne Janssens", "anne.janssens@skynet.be"),
    subject="Ma soeur Martine Janssens",
    date="2026-01-06 11:40",
    body="""Madame,

Ma sœur Martine Janssens est décédée le 20 décembre. Elle avait suivi votre programme en ligne et je crois qu'elle avait aussi des séances individuelles avec vous par vidéo.

En tant que sa sœur et exécutrice de ses dernières volontés, je vous demande de me faire savoir quelles données vous conservez à son nom, et de clôturer son compte. Je tiens l'acte de décès à votre disposition.

Bien à vous,
Anne Janssens
""",
),

dict(
    key="fr-req-pm-designation-soeur",
    rights=["post_mortem"], lang="fr",
    frm=("Dominique Lefèvre", "dominique.lefevre@gmail.com"),
    subject="Une précaution",
    date="2026-03-10 09:45",
    body="""Bonjour Sandra,

Je fais le tour de mes "comptes" suite à une conversation avec mon notaire sur les directives numériques.

Je souhaite que ma sœur, Hélène Lefèvre (helene.lefevre@gmail.com), soit la personne à qui vous vous adresserez pour mes données si je viens à décéder. Elle saura quoi en faire : elle pourra demander à les récupérer ou à les effacer.

Rien de grave, c'est une précaution !
Dominique
""",
    html="auto",
),

dict(
    key="fr-req-pm-qc-chum-decede",
    rights=["post_mortem"], lang="fr-CA",
    frm=("Julie Gauthier", "julie.gauthier@videotron.ca"),
    subject="Mon conjoint, Patrick Lévesque",
    date="2025-11-11 14:25",
    body="""Bonjour Sandra,

Je vous écris parce que mon chum, Patrick Lévesque, est décédé subitement le mois passé. Il suivait votre formation en ligne sur le stress (il en parlait souvent).

Je n'ai pas ses mots de passe. Pourriez-vous fermer son compte et supprimer ses informations? Je peux vous envoyer le certificat de décès si nécessaire.

Merci de votre compréhension,
Julie
""",
    cte="b64",
),

dict(
    # NEAR-LINE: a son asks to remove his late mother's testimonial photo.
    # Any relative writing after a death is post_mortem only, even though the
    # content would otherwise be a consent withdrawal.
    key="fr-req-pm-fils-photo-temoignage-mere",
    rights=["post_mortem"], lang="fr",
    frm=("Vincent Aubry", "vincent.aubry@outlook.fr"),
    subject="Témoignage de ma mère sur votre site",
    date="2025-04-09 08:50",
    body="""Bonjour,

Ma mère, Colette Aubry, est décédée en février. Je suis tombé par hasard sur votre site où figurent sa photo et son témoignage.

Ça nous a fait un choc. Je vous demande de retirer sa photo et son témoignage, au nom de la famille.

Vincent Aubry
""",
),

# ---------------------------------------------------------- multiple rights
dict(
    key="fr-req-m-copie-et-corriger-adresse",
    rights=["access", "rectification"], lang="fr",
    frm=("Gilles Renard", "gilles.renard@orange.fr"),
    subject="Mes coordonnées + une copie",
    date="2025-03-05 10:40",
    body="""Bonjour Madame Delomenie,

Deux choses :

1) Pouvez-vous m'envoyer ce que vous avez sur moi ? Je voudrais vérifier ce qui est enregistré depuis mon inscription au stage de 2023.

2) Mon adresse a changé : j'habite maintenant 14 allée des Acacias, 36100 Issoudun (et non plus rue de la République). Merci de la corriger.

Bien cordialement,
Gilles Renard
""",
),

dict(
    key="fr-req-m-temoignage-et-tout-effacer",
    rights=["erasure", "withdraw_consent"], lang="fr",
    frm=("Laetitia Rolland", "laetitia.rolland@gmail.com"),
    subject="Fin de notre collaboration",
    date="2025-08-13 17:55",
    body="""Bonjour Sandra,

Je préfère être claire : je souhaite que vous retiriez mon témoignage de votre site et de vos réseaux, et qu'ensuite vous effaciez tout ce que vous avez sur moi.

Je ne souhaite pas en discuter, merci simplement de me confirmer quand c'est fait.

Laetitia Rolland
""",
),

dict(
    key="fr-req-m-plus-de-mails-et-effacez",
    rights=["erasure", "objection"], lang="fr",
    frm=("Hervé Poulain", "herve.poulain@free.fr"),
    subject="Désabonnement et suppression",
    date="2025-05-08 09:30",
    body="""Bonjour,

Je ne veux plus recevoir vos lettres ni vos offres. Et au-delà de ça, j'aimerais que vous me supprimiez complètement de votre base, je n'ai plus rien à faire avec vos formations.

Merci.
H. Poulain
""",
    html="auto",
),

dict(
    key="fr-req-m-voir-et-recuperer-fichiers",
    rights=["access", "portability"], lang="fr",
    frm=("Audrey Fleury", "audrey.fleury@gmail.com"),
    subject="Mon dossier",
    date="2025-12-18 20:45",
    body="""Bonsoir Sandra,

J'aimerais savoir ce que vous avez gardé de moi exactement (fiches, notes, échanges). Et pour les documents que j'ai moi-même remplis sur la plateforme, est-ce que je pourrais les récupérer dans un format exploitable, genre tableur, pour les réimporter ailleurs ?

Merci et très belles fêtes,
Audrey
""",
),

dict(
    key="fr-req-m-copie-puis-tout-supprimer",
    rights=["access", "erasure"], lang="fr",
    frm=("Florence Marty", "florence.marty@orange.fr"),
    subject="Avant de partir",
    date="2025-07-01 11:12",
    body="""Bonjour,

Avant que vous ne supprimiez tout, j'aimerais recevoir une copie de mon dossier (notes de séances, bilans, questionnaires). Une fois que je l'aurai reçue, merci de tout effacer de votre côté.

Bonne journée,
Florence Marty
""",
),

dict(
    key="fr-req-m-nouvelle-adresse-et-plus-de-lettre",
    rights=["objection", "rectification"], lang="fr",
    frm=("Julien Marchand", "julien.marchand@proton.me"),
    subject="changement d'adresse mail",
    date="2025-09-22 08:22",
    body="""Bonjour Sandra,

Je n'utilise plus mon adresse gmail. Pour nos échanges et les factures, merci de noter celle-ci : julien.marchand@proton.me

Au passage, vous pouvez me retirer de la newsletter, je la lis rarement et je suis de toute façon en contact avec vous pour les séances.

Julien
""",
),

dict(
    key="fr-req-m-transferer-puis-effacer",
    rights=["erasure", "portability"], lang="fr",
    frm=("Sabrina Collin", "sabrina.collin@hotmail.fr"),
    subject="Changement d'accompagnante",
    date="2026-01-19 13:37",
    body="""Bonjour Sandra,

Je vais poursuivre avec une sophrologue près de chez moi. Pouvez-vous lui transmettre mes bilans et mes questionnaires sous forme de fichiers qu'elle pourra réutiliser (son adresse : cabinet.sophro.nadal@gmail.com) ?

Une fois que c'est fait, je préfère que vous effaciez mon dossier chez vous.

Merci pour tout,
Sabrina
""",
),

dict(
    key="fr-req-m-dou-vient-adresse-et-stop",
    rights=["access", "objection"], lang="fr",
    frm=("Arnaud Dumas", "arnaud.dumas@gmail.com"),
    subject="Je ne vous connais pas",
    date="2025-04-25 12:45",
    body="""Bonjour,

Je reçois votre lettre d'information depuis mars. Je ne me suis jamais inscrit.

D'où vient mon adresse, et qu'avez-vous d'autre sur moi ? Par ailleurs je ne veux plus rien recevoir.

Arnaud Dumas
""",
),

dict(
    key="fr-req-m-ne-touchez-plus-envoyez-copie",
    rights=["access", "restriction"], lang="fr",
    frm=("Marion Lemaire", "marion.lemaire@laposte.net"),
    subject="Mon dossier de suivi",
    date="2025-10-15 10:10",
    body="""Bonjour Sandra,

J'ai un doute sur ce qui a été consigné dans mon dossier après la séance difficile du 2 octobre.

Je voudrais en recevoir une copie complète pour le relire. Et d'ici là, merci de ne plus l'utiliser ni le partager (même de façon anonyme en supervision), sans rien effacer pour autant.

Marion
""",
),

dict(
    key="fr-req-m-photo-et-desinscription",
    rights=["objection", "withdraw_consent"], lang="fr",
    frm=("Sandra Vidal", "sandra.vidal@gmail.com"),
    subject="Deux petites choses",
    date="2025-06-27 18:18",
    body="""Bonjour Sandra (de Sandra ;-) ),

Deux petites choses :
- pourriez-vous enlever la photo de moi prise pendant le cercle de mai et publiée sur Instagram ? Je change d'avis, je ne veux pas que mon image soit utilisée ;
- et me désinscrire de la newsletter, je reçois trop de mails en ce moment.

Merci et bel été,
Sandra V.
""",
),

dict(
    key="fr-req-m-copie-corriger-effacer-sante",
    rights=["access", "erasure", "rectification"], lang="fr",
    frm=("Richard Colas", "richard.colas@wanadoo.fr"),
    subject="Plusieurs demandes",
    date="2025-11-06 09:02",
    body="""Madame,

Je vous adresse trois demandes :

- recevoir une copie de toutes les informations que vous détenez à mon sujet ;
- corriger ma date de naissance, qui est le 3 avril 1961 et non le 4 mars 1961 comme indiqué sur mes factures ;
- supprimer les notes concernant mon infarctus et mon traitement, que je n'aurais jamais dû mentionner.

Je joins une copie de ma carte d'identité.

Richard Colas
""",
    attach=[dict(name="scan_cni_colas.jpg", kind="jpg")],
    cte="qp",
),

dict(
    key="fr-req-m-temoignage-effacer-desabonner",
    rights=["erasure", "objection", "withdraw_consent"], lang="fr",
    frm=("Nathalie Roger", "nathalie.roger@sfr.fr"),
    subject="Tout arrêter",
    date="2026-02-10 21:21",
    body="""Bonsoir,

Je souhaite tout arrêter avec Floraison de Soi :
- retirez mon témoignage vidéo de votre page de vente,
- désabonnez-moi de toutes vos listes,
- et effacez toutes les données que vous avez sur moi.

Merci de me confirmer chaque point.
Nathalie Roger
""",
),

dict(
    key="fr-req-m-copie-et-retirer-enregistrement",
    rights=["access", "withdraw_consent"], lang="fr",
    frm=("Hélène Vasseur", "helene.vasseur@icloud.com"),
    subject="Enregistrement audio du cercle",
    date="2025-04-30 14:44",
    body="""Bonjour Sandra,

J'avais accepté que le cercle de parole du 10 avril soit enregistré pour les absentes. J'ai finalement trop parlé de ma fille et je ne veux plus que cet enregistrement serve.

Et tant qu'on y est, j'aimerais recevoir ce que vous avez comme informations sur moi depuis le début, par curiosité.

Merci,
Hélène
""",
),

dict(
    key="fr-req-m-be-savoir-puis-effacer",
    rights=["access", "erasure"], lang="fr-BE",
    frm=("Jean-Pierre Dumont", "jp.dumont@scarlet.be"),
    subject="Vos fichiers",
    date="2025-09-02 10:58",
    body="""Bonjour Madame,

Je voudrais savoir quelles informations vous détenez sur moi, et d'où elles vous viennent (je n'ai participé qu'à un webinaire gratuit, si je me souviens bien).

Une fois que j'aurai votre réponse, je vous demanderai de tout effacer : considérez que c'est déjà demandé.

Bien à vous,
Jean-Pierre Dumont
Tournai
""",
),

dict(
    key="fr-req-m-qc-envoyer-a-coach-puis-effacer",
    rights=["erasure", "portability"], lang="fr-CA",
    frm=("Catherine Roy", "catherine.roy@gmail.com"),
    subject="Mon dossier",
    date="2026-05-04 20:02",
    body="""Bonjour Sandra,

Je commence avec une coach d'ici, à Sherbrooke. Pourriez-vous lui transférer mes documents (bilan, plan d'action, questionnaires) dans un format qu'elle peut utiliser? Son courriel : melanie@coachingestrie.ca

Ensuite, j'aimerais que vous effaciez tout ça de votre bord.

Merci encore, ç'a été précieux!
Catherine
""",
),

dict(
    key="fr-req-m-garder-sans-utiliser-et-plus-de-pub",
    rights=["objection", "restriction"], lang="fr",
    frm=("Patricia Hamon", "patricia.hamon@orange.fr"),
    subject="Dossier et publicités",
    date="2025-12-11 15:03",
    body="""Bonjour Sandra,

Ne supprimez pas mon dossier, mon médecin du travail pourrait en avoir besoin. Mais ne l'utilisez plus pour rien d'autre pour l'instant.

Et je ne veux plus recevoir vos offres commerciales par mail.

Merci,
Patricia Hamon
""",
),

# ------------------------------------------------------------ added cases
dict(
    # NEAR-LINE: contests the accuracy of her end-of-training evaluation and
    # asks that it not be used/sent until discussed -> restriction only.
    key="fr-req-restr-evaluation-contestee-france-travail",
    rights=["restriction"], lang="fr",
    frm=("Leïla Haddad", "leila.haddad@gmail.com"),
    subject="Mon évaluation de fin de formation",
    date="2026-04-22 12:35",
    body="""Bonjour Madame Delomenie,

J'ai vu que mon évaluation de fin de formation indique "objectifs partiellement atteints" et "assiduité irrégulière". Je ne suis pas d'accord : j'ai manqué une demi-journée, justifiée par un certificat médical que je vous avais transmis.

Ma conseillère France Travail doit recevoir ce document la semaine prochaine. Je vous demande de ne pas le lui envoyer et de ne pas l'utiliser tant que nous n'en avons pas reparlé.

Je suis joignable au 07 81 55 20 43.

Leïla Haddad

Envoyé depuis mon appareil Galaxy
""",
    cte="b64",
),

dict(
    # NEAR-LINE: new email given (rectification) + phone number to delete with
    # no replacement (erasure) -> both rights.
    key="fr-req-m-nouvel-email-et-supprimer-numero",
    rights=["erasure", "rectification"], lang="fr",
    frm=("Juliette Bonnaud", "juliette.bonnaud@protonmail.com"),
    subject="Mes coordonnées",
    date="2025-12-29 10:50",
    body="""Bonjour Sandra,

Deux mises à jour pour la nouvelle année :

- mon adresse mail est désormais juliette.bonnaud@protonmail.com (l'adresse hotmail n'est plus relevée) ;
- et je préfère que vous n'ayez plus mon numéro de téléphone du tout : merci de le supprimer de votre fichier et de Systeme.io. On communiquera par mail.

Belles fêtes,
Juliette
""",
),

dict(
    # NEAR-LINE: the new text only says "je maintiens ma demande" and the
    # original erasure request is attached as a forwarded .eml -> erasure.
    key="fr-req-relance-eml-joint-effacement",
    rights=["erasure"], lang="fr",
    frm=("Bernard Chauvin", "bernard.chauvin@orange.fr"),
    to="contact",
    subject="Relance - voir message joint",
    date="2025-03-24 09:30",
    body="""Bonjour,

Je vous renvoie en pièce jointe mon message du 10 février, resté sans réponse, que j'avais adressé à votre adresse orange. Je maintiens ma demande.

B. Chauvin
""",
    attach=[dict(name="Demande du 10 fevrier.eml", kind="eml",
                 message=dict(key="fr-req-relance-eml-joint-effacement:inner", rights=[],
                              frm=("Bernard Chauvin", "bernard.chauvin@orange.fr"),
                              subject="Mes données", date="2025-02-10 18:12",
                              body="Madame,\n\nN'ayant plus l'intention de participer à vos ateliers, je vous demande\nd'effacer toutes les informations me concernant de vos fichiers.\n\nBernard Chauvin\n"))],
),

]
