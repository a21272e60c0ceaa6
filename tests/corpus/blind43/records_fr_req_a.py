# French requests, part A: access, erasure, rectification, portability (single right).
from rec_common import SC, SO, FS, SIG_SANDRA, SIG_SANDRA_SHORT

RECORDS = [

# ----------------------------------------------------------------------------- ACCESS
dict(
    key="fr-relance-copie-notes-seances-sans-reponse",
    date="2025-08-14 14:50",
    frm=("Nathalie Gaudry", "nathalie.gaudry@orange.fr"),
    to="orange",
    subject="Re: Demande de copie de mes notes de séance",
    rights=["access"],
    body="""Bonjour Madame Delomenie,

Je me permets de revenir vers vous car je n'ai pas eu de retour à mon message du mois dernier (ci-dessous).
Je souhaite toujours recevoir une copie des notes que vous avez prises pendant nos séances de l'automne 2024, ainsi que les fiches de suivi me concernant.
Un envoi par mail me convient très bien.

Merci d'avance,
Nathalie Gaudry""",
    qstyle="orange_fr",
    thread=[
        dict(frm=("Nathalie Gaudry", "nathalie.gaudry@orange.fr"), ago=33, subject="Demande de copie de mes notes de séance",
             body="""Bonjour,

J'ai suivi un accompagnement avec vous entre septembre et décembre 2024 (6 séances).
Pourriez-vous m'adresser une copie de vos notes de séance et des documents de suivi qui me concernent ? J'en ai besoin pour faire le point avec ma psychologue.

Cordialement,
Nathalie Gaudry"""),
    ],
),

dict(
    key="fr-acces-origine-numero-sms",
    date="2025-03-18 08:50",
    frm=("Loïc Marchadier", "loic.marchadier@free.fr"),
    subject="Comment avez-vous eu mon numéro ?",
    rights=["access"],
    body="""Bonjour,

J'ai reçu hier un SMS au nom de Floraison de Soi pour un stage "Renaître au printemps". Je ne vous connais pas et je n'ai jamais laissé mon numéro à un coach.

Je voudrais savoir d'où vous tenez mon 06, et quelles autres informations sur moi figurent dans vos fichiers.

Loïc Marchadier""",
    # NEAR-LINE: sounds like a complaint, but it asks where the data came from and what is held -> access.
),

dict(
    key="fr-acces-reponses-questionnaire-positionnement",
    frm=("Émilie Roux-Barbet", "emilie.rouxbarbet@gmail.com"),
    subject="Re: Formation « Oser la posture de manager » - suite et bilan",
    rights=["access"],
    body="""Bonjour Sandra,

Merci encore pour ces deux jours, j'en suis sortie regonflée.

Petite demande : serait-il possible d'avoir une copie de mes réponses au questionnaire de positionnement qu'on a rempli le premier matin, et de celui de fin de formation ? J'aimerais comparer les deux à tête reposée, je n'ai pas pensé à faire de capture.

Bonne fin de semaine,
Émilie""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=2.1, subject="Formation « Oser la posture de manager » - suite et bilan",
             body="""Bonjour à toutes et à tous,

Merci pour votre énergie pendant ces deux journées à Châteauroux. Vous trouverez le support de formation sur votre espace Systeme.io, rubrique "Ressources".

N'oubliez pas de remplir le questionnaire de satisfaction à froid dans trois semaines, il vous arrivera par mail.

""" + SIG_SANDRA_SHORT),
    ],
),

dict(
    key="fr-acces-formel-article-15-piece-identite",
    frm=("Bertrand Lecoq", "b.lecoq36@wanadoo.fr"),
    to="orange",
    subject="Exercice du droit d'accès - article 15 du RGPD",
    rights=["access"],
    body="""Madame,

En application de l'article 15 du Règlement (UE) 2016/679 et des articles 48 et suivants de la loi n° 78-17 du 6 janvier 1978 modifiée, je vous prie de bien vouloir me communiquer :

- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée ;
- la source des données, si elles n'ont pas été collectées auprès de moi.

Vous trouverez ci-joint la copie de ma carte d'identité. Je vous rappelle que vous disposez d'un délai d'un mois pour répondre à la présente demande.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Bertrand Lecoq
12 impasse des Tanneurs
36100 Issoudun""",
    attach=[("pdf", "CNI_Lecoq_Bertrand.pdf",
             "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : LECOQ\nPrenom : Bertrand\nNe le 04.11.1969 a BOURGES (18)\nCopie certifiee conforme - usage exclusif demande RGPD Floraison de Soi")],
    cte="qp",
),

dict(
    key="fr-acces-belge-a-tantot",
    date="2025-06-12 13:00",
    frm=("Sophie Vandenbroucke", "sophie.vdb@skynet.be"),
    subject="petite question sur mon dossier",
    rights=["access"],
    body="""Bonjour Sandra,

J'espère que vous allez bien depuis le stage de Pâques !

Est-ce que vous sauriez m'envoyer une copie de tout ce que vous avez comme données sur moi ? Je fais un peu d'ordre dans mes papiers (et dans ma vie numérique, une fois), et je voudrais savoir ce qui traîne où.

Merci bien et à tantôt peut-être pour le stage d'automne,
Sophie
Namur""",
),

dict(
    key="fr-acces-avec-qui-partage-pub-autre-coach",
    frm=("Agnès Villeret", "agnes.villeret@laposte.net"),
    subject="Mes coordonnées ont-elles été transmises ?",
    rights=["access"],
    body="""Bonjour Madame,

Depuis mon atelier chez vous en janvier, je reçois des publicités d'une "école de sophrologie" de Vierzon dont je n'avais jamais entendu parler, à l'adresse que je n'ai donnée qu'à vous.

Je souhaiterais donc connaître la liste des personnes ou sociétés à qui mes données ont été communiquées depuis mon inscription.

Merci de votre réponse.
A. Villeret""",
),

dict(
    key="fr-acces-sms-style-sans-accents",
    date="2025-05-16 12:40",
    frm=("kev.bdr", "kevin.bodard36@gmail.com"),
    subject="info",
    rights=["access"],
    body="""bjr sandra c kevin (latelier gestion du stress en mars)
c possible d avoir ce ke vous avez sur moi dans vos fichiers ? genre les fiches et tout
merci
envoyé de mon tel""",
    cte="7bit",
),

dict(
    key="fr-acces-escalade-troisieme-message-delai-legal",
    date="2025-06-18 14:30",
    frm=("Patricia Mornet", "patricia.mornet@outlook.fr"),
    subject="RE: RE: Demande d'accès à mes données - TROISIÈME RELANCE",
    rights=["access"],
    body="""Madame Delomenie,

Voici maintenant plus de deux mois que je vous ai demandé la communication de l'ensemble des données me concernant (questionnaires, notes, échanges, facturation). Mes deux messages précédents sont restés sans réponse.

Le délai d'un mois prévu par l'article 12 du RGPD est dépassé. Je vous demande de me transmettre ces éléments sous quinze jours ; à défaut, je n'aurai d'autre choix que de saisir la CNIL.

Patricia Mornet""",
    qstyle="outlook_fr",
    thread=[
        dict(frm=("Patricia Mornet", "patricia.mornet@outlook.fr"), ago=31, subject="RE: Demande d'accès à mes données",
             body="""Bonjour,

Je n'ai pas eu de réponse à mon mail du 3. Pouvez-vous me confirmer que ma demande est bien prise en compte ?

Patricia Mornet"""),
        dict(frm=("Patricia Mornet", "patricia.mornet@outlook.fr"), ago=64, subject="Demande d'accès à mes données",
             body="""Bonjour Madame,

Je souhaite obtenir une copie de toutes les données personnelles me concernant que vous conservez suite à mon accompagnement de 2023 : questionnaires, notes de séance, échanges de mails et factures.

Cordialement,
Patricia Mornet"""),
    ],
    # NEAR-LINE: mentions seizing the CNIL, but it is a threat attached to a restated access request, not a complaint.
),

dict(
    key="fr-acces-bilan-competences-synthese-form",
    frm=("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"),
    to="contact",
    subject="[Floraison de Soi] Nouveau message de : Hélène Prat",
    rights=["access"],
    html="only",
    headers={"Reply-To": "Hélène Prat <helene.prat@yahoo.fr>", "X-Mailer": "WPMailSMTP/Mailer/mail 4.1.1"},
    body="""Nom : Hélène Prat
E-mail : helene.prat@yahoo.fr
Téléphone : 06 12 48 77 30
Sujet : Autre demande

Message :
Bonjour, j'ai fait un accompagnement de reconversion avec vous en 2022 (on avait fait le test de personnalité et le tableau des valeurs). Je n'ai plus rien de tout ça, mon ordinateur a lâché. Est-ce que vous pourriez me renvoyer les résultats de mes tests et les comptes rendus que vous aviez rédigés à mon sujet ? Merci beaucoup.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""",
),

# ----------------------------------------------------------------------------- ERASURE
dict(
    key="fr-effacement-deuxieme-relance-iphone",
    date="2025-10-14 08:10",
    frm=("Maëlle Chantôme", "maelle.chantome@icloud.com"),
    subject="Re: Suppression de mes données",
    rights=["erasure"],
    body="""Bonjour,

Toujours rien… Je vous redemande de bien vouloir supprimer toutes les informations me concernant (fiche client, mails, questionnaire). Merci de me confirmer quand c'est fait.

Maëlle

Envoyé de mon iPhone""",
    qstyle="apple_fr",
    thread=[
        dict(frm=("Maëlle Chantôme", "maelle.chantome@icloud.com"), ago=12, subject="Re: Suppression de mes données",
             body="Bonjour, avez-vous pu traiter ma demande ? Bonne journée"),
        dict(frm=("Maëlle Chantôme", "maelle.chantome@icloud.com"), ago=26, subject="Suppression de mes données",
             body="""Bonjour Sandra,

Je ne poursuivrai pas l'accompagnement et je préfère que vous effaciez mes données : fiche, réponses au questionnaire d'accueil, échanges.

Merci, bonne continuation.
Maëlle Chantôme"""),
    ],
),

dict(
    key="fr-effacement-compte-espace-formation-et-donnees",
    frm=("Jordan Piquet", "jordan.piquet@gmail.com"),
    subject="Supprimer mon compte + mes données",
    rights=["erasure"],
    body="""Bonjour,

J'ai terminé la formation en ligne "Communiquer sans violence au travail" il y a plus d'un an. Pouvez-vous supprimer mon compte sur l'espace membre et toutes les données qui vont avec (progression, exercices déposés, coordonnées) ?

Merci,
Jordan Piquet""",
),

dict(
    key="fr-effacement-quebecois-merci-ben-gros",
    frm=("Geneviève Tremblay", "gen.tremblay@videotron.ca"),
    subject="Retrait de mes informations",
    rights=["erasure"],
    body="""Bonjour Sandra,

J'ai participé à votre webinaire sur l'estime de soi l'hiver passé, quand j'étais en France pour le travail. Je suis revenue au Québec pour de bon, fait que j'aimerais ça que vous effaciez toutes mes informations de votre système (courriel, cellulaire, mes réponses au sondage, toute).

Merci ben gros pis bonne continuation avec vos ateliers!

Geneviève Tremblay
Sherbrooke, QC""",
),

dict(
    key="fr-effacement-euphemisme-toute-trace",
    frm=("Anne-Laure Besnard", "al.besnard@laposte.net"),
    subject="Tourner la page",
    rights=["erasure"],
    body="""Chère Sandra,

Notre travail ensemble m'a beaucoup aidée à un moment difficile et je vous en remercie sincèrement. Aujourd'hui, j'ai besoin de tourner la page sur cette période, y compris sur ce qui en reste par écrit.

J'aimerais donc qu'il ne subsiste aucune trace de mon passage chez vous : mes fiches, vos notes, nos échanges, tout. Je sais que c'est un peu radical, mais c'est important pour moi.

Avec toute ma gratitude,
Anne-Laure""",
    # NEAR-LINE: euphemistic ("aucune trace de mon passage") but clearly asks for deletion of everything -> erasure.
),

dict(
    key="fr-effacement-formulaire-contact-systemeio",
    frm=("Systeme.io", "noreply@systeme.io"),
    to="contact",
    subject="Nouveau message depuis votre page « Contact »",
    rights=["erasure"],
    html="only",
    headers={"Reply-To": "Cédric Aumont <cedric.aumont@hotmail.fr>"},
    body="""Vous avez reçu un nouveau message depuis le formulaire de votre page « Contact ».

Prénom : Cédric
Nom : Aumont
Email : cedric.aumont@hotmail.fr

Message :
Bonjour, suite à ma participation au salon bien-être d'Issoudun j'ai été inscrit chez vous. Je vous demande d'effacer mes coordonnées et tout ce que vous avez sur moi. Cordialement.

—
Systeme.io - Ce message vous a été envoyé automatiquement.""",
),

dict(
    key="fr-effacement-reponse-newsletter-plus-dans-fichiers",
    date="2025-09-09 08:20",
    frm=("Josiane Bourdier", "josiane.bourdier@orange.fr"),
    subject="RE: 🌸 La lettre de Floraison de Soi - Septembre : la rentrée en douceur",
    rights=["erasure"],
    body="""Bonjour,

Je vous remercie de supprimer l'intégralité de mes données personnelles, je ne souhaite plus figurer dans aucun de vos fichiers.

J. Bourdier""",
    qstyle="outlook_fr",
    thread=[
        dict(frm=FS, ago=0.8, to=("Josiane Bourdier", "josiane.bourdier@orange.fr"),
             subject="🌸 La lettre de Floraison de Soi - Septembre : la rentrée en douceur",
             body="""Bonjour Josiane,

La rentrée est là, et avec elle l'envie de tout remettre en ordre… Et si, cette année, on commençait par s'accorder un peu de douceur ?

Au programme ce mois-ci :
- Atelier « Retrouver son rythme » le samedi 20 septembre, 9h30-12h, Issoudun
- Cercle de parole mensuel : reprise le 2 octobre
- Un exercice de respiration à faire en 3 minutes, entre deux rendez-vous

À très vite,
Sandra

Vous recevez cet email car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""),
    ],
    # NEAR-LINE: written above a newsletter, but asks deletion of all data, not only unsubscribing -> erasure.
),

dict(
    key="fr-effacement-suisse-je-vous-saurais-gre",
    frm=("Christophe Jaquier", "c.jaquier@bluewin.ch"),
    subject="Effacement de mes données personnelles",
    rights=["erasure"],
    body="""Madame,

J'ai participé en 2023 à votre formation à distance « Prendre la parole sans trac » (session de septante heures... pardon, de sept heures, le lapsus est parlant).

N'ayant plus l'intention de recourir à vos services, je vous saurais gré de bien vouloir effacer l'ensemble des données personnelles me concernant, et de m'en donner confirmation par retour de courriel.

Avec mes meilleures salutations,

Christophe Jaquier
Rue du Simplon 14
1006 Lausanne""",
),

dict(
    key="fr-effacement-avocat-mandat-cliente",
    frm=("Maître Laure Fessard", "l.fessard@fessard-avocat.fr"),
    to="orange",
    subject="Demande d'effacement - Mme Karine Delarue - N/Réf. 25-0412",
    rights=["erasure"],
    headers={"Cc": "Karine Delarue <k.delarue@gmail.com>"},
    body="""Madame,

J'interviens en qualité de conseil de Madame Karine DELARUE, qui a bénéficié de séances de coaching au sein de votre cabinet entre février et juin 2024.

Agissant en vertu du mandat ci-joint, je vous demande, au nom de ma cliente et sur le fondement de l'article 17 du RGPD, de procéder à l'effacement de l'ensemble des données à caractère personnel la concernant, y compris les notes de séance et les éventuelles données de santé recueillies.

Je vous remercie de bien vouloir me confirmer l'exécution de cet effacement dans le délai légal d'un mois.

Je vous prie de croire, Madame, en l'assurance de mes salutations distinguées.

Laure FESSARD
Avocat au Barreau de Bourges
8 rue Moyenne - 18000 Bourges
Tél. 02 48 65 12 30

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.""",
    attach=[("pdf", "Mandat_Delarue_signe.pdf",
             "MANDAT\nJe soussignee Karine DELARUE donne mandat a Maitre Laure FESSARD, avocat,\npour exercer en mon nom mes droits sur mes donnees personnelles aupres de Floraison de Soi.\nFait a Bourges, signature")],
    cte="qp",
),

dict(
    key="fr-effacement-parent-fils-atelier-ados",
    date="2025-03-11 21:05",
    frm=("Virginie Tardieu", "virginie.tardieu@sfr.fr"),
    subject="Données de mon fils Théo (atelier confiance en soi ados)",
    rights=["erasure"],
    body="""Bonjour Madame Delomenie,

Mon fils Théo, 15 ans, a participé à votre atelier "Confiance en soi pour les ados" pendant les vacances de février. C'est moi qui l'avais inscrit.

En tant que maman, je souhaite que vous supprimiez les données le concernant : fiche d'inscription, son questionnaire et les coordonnées qu'il a pu vous donner en plus des miennes.

Merci beaucoup et bonne journée,
Virginie Tardieu""",
),

dict(
    key="fr-effacement-sujet-seul-corps-vide",
    frm=("", "m.perrochon@gmail.com"),
    subject="Suppression de mes données personnelles svp",
    rights=["erasure"],
    body="",
    cte="7bit",
),

dict(
    key="fr-effacement-enfoui-long-mail-demenagement",
    date="2025-09-28 21:00",
    frm=("Catherine Aubailly", "cath.aubailly@gmail.com"),
    subject="Des nouvelles de Bretagne",
    rights=["erasure"],
    body="""Bonjour Sandra,

Cela fait longtemps ! Je voulais vous donner des nouvelles depuis mon départ d'Issoudun. Nous sommes installés près de Lannion depuis mars, la maison est enfin à peu près rangée et j'ai repris un poste à mi-temps à la médiathèque. Ce n'était pas gagné l'an dernier, vous vous souvenez dans quel état j'étais en arrivant à la première séance…

Je repense souvent à l'exercice des « petits pas » et je l'applique encore, même avec mes enfants. Mon fils aîné a d'ailleurs trouvé un apprentissage, ce qui soulage tout le monde.

Bref, je vais bien. Puisque j'ai définitivement changé de vie, je préfère que vous ne gardiez plus rien de mes fiches et de nos échanges, vous pouvez tout effacer de votre côté. Je garde les bons souvenirs, c'est l'essentiel.

Si un jour vous passez par les Côtes-d'Armor, faites-moi signe !

Je vous embrasse,
Catherine""",
    # NEAR-LINE: request buried in a friendly news letter; "tout effacer" of her files and exchanges -> erasure.
),

dict(
    key="fr-effacement-renvoi-mauvaise-adresse-transfert",
    frm=("Rémi Cassagne", "remi.cassagne@gmail.com"),
    to="contact",
    subject="Fwd: Suppression données",
    rights=["erasure"],
    body="""Bonjour,

Je vous renvoie ma demande de suppression de mes données, que j'avais adressée par erreur à l'ancienne adresse de l'association où vous interveniez. Merci d'effacer tout ce qui me concerne chez Floraison de Soi.

Rémi Cassagne""",
    qstyle="fwd_fr",
    thread=[
        dict(frm=("Rémi Cassagne", "remi.cassagne@gmail.com"), ago=9, to=("", "accueil@maisondesassos-issoudun.fr"),
             subject="Suppression données",
             body="""Bonjour,

Je souhaite que mes données soient supprimées de vos fichiers et de ceux de Mme Delomenie (atelier gestion des émotions de novembre).

Rémi Cassagne"""),
    ],
    # NEAR-LINE: forwarded chain; the new text itself restates the erasure request, so it is a request.
),

# ----------------------------------------------------------------------------- RECTIFICATION
dict(
    key="fr-rectif-demenagement-nouvelle-adresse",
    frm=("Mireille Dutheil", "mireille.dutheil@orange.fr"),
    to="orange",
    subject="Changement d'adresse",
    rights=["rectification"],
    body="""Bonjour Sandra,

Je vous informe que nous avons déménagé. Merci de noter ma nouvelle adresse à la place de l'ancienne (rue de la Bérauderie) :

Mireille Dutheil
7 allée des Acacias
36130 Déols

Le téléphone ne change pas.

Bien à vous,
Mireille""",
),

dict(
    key="fr-rectif-orthographe-nom-accent-attestation",
    date="2025-06-23 09:00",
    frm=("Yannick Kerhervé", "yannick.kerherve@gmail.com"),
    subject="Orthographe de mon nom",
    rights=["rectification"],
    body="""Bonjour,

Petite correction : mon nom s'écrit Kerhervé, avec un accent sur le dernier e, et non "Kerherve" ou "Kerverhé" comme sur l'attestation de formation et dans le mail de convocation. Pouvez-vous rectifier dans votre fichier pour que ce soit juste sur les prochains documents ?

Merci et bonne journée,
Yannick Kerhervé""",
),

dict(
    key="fr-rectif-date-naissance-fiche-inscription",
    frm=("Lucie Pommereau", "lucie.pommereau@hotmail.fr"),
    subject="Erreur sur ma fiche",
    rights=["rectification"],
    body="""Bonsoir,

En relisant le récapitulatif de mon inscription au parcours "Révéler ses talents", je vois que ma date de naissance est notée 17/06/1991 alors que je suis née le 17/09/1991. Sans doute une erreur de frappe de ma part dans le formulaire.

Pouvez-vous la corriger ? Merci !

Lucie""",
),

dict(
    key="fr-rectif-compte-rendu-arret-maladie-faux",
    frm=("Stéphane Ribault", "s.ribault@gmail.com"),
    subject="Re: Compte rendu de notre séance du 14",
    rights=["rectification"],
    body="""Bonjour Sandra,

Merci pour le compte rendu. Une chose me gêne : il est écrit que je suis "en arrêt maladie depuis janvier". Ce n'est pas exact, j'ai été en arrêt deux semaines en janvier mais j'ai repris depuis, à temps plein.

Je préférerais que ce soit corrigé dans votre compte rendu et dans votre dossier, puisque ce document peut servir pour le bilan avec mon employeur.

Merci,
Stéphane""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=3,
             subject="Compte rendu de notre séance du 14",
             body="""Bonjour Stéphane,

Comme convenu, voici le compte rendu de notre troisième séance.

Situation : en arrêt maladie depuis janvier, questionnement sur le retour au poste et sur le rôle de chef d'équipe.
Objectifs travaillés : clarifier ce qui est négociable / non négociable, préparer l'entretien avec la DRH.
Pour la prochaine fois : lister trois situations où vous vous êtes senti à votre place.

""" + SIG_SANDRA_SHORT),
    ],
),

dict(
    key="fr-rectif-remplacer-ancienne-adresse-mail",
    frm=("Danièle Coutant", "daniele.coutant@gmail.com"),
    subject="Nouvelle adresse mail",
    rights=["rectification"],
    body="""Bonjour Sandra,

Je ferme ma vieille boîte wanadoo (daniele.coutant@wanadoo.fr). Pourriez-vous la remplacer par celle-ci, daniele.coutant@gmail.com, pour mes factures et les infos des cercles de femmes ?

Merci et à jeudi,
Danièle""",
),

dict(
    key="fr-rectif-telephone-dans-reponse-confirmation-rdv",
    date="2025-06-03 19:20",
    frm=("Alain Desforges", "alain.desforges@orange.fr"),
    subject="RE: Confirmation de votre rendez-vous du mardi 10 juin",
    rights=["rectification"],
    body="""Bonjour,

C'est noté pour mardi 10h, merci.

Au passage, mon numéro de portable a changé : c'est désormais le 07 68 21 45 09. L'ancien (06 32 ...) n'est plus attribué, vous pouvez le retirer de ma fiche.

A. Desforges""",
    qstyle="outlook_fr",
    thread=[
        dict(frm="SO", ago=1.2, subject="Confirmation de votre rendez-vous du mardi 10 juin",
             body="""Bonjour Monsieur Desforges,

Je vous confirme notre rendez-vous le mardi 10 juin à 10h00, au cabinet, 46 rue d'Estienne d'Orves à Issoudun.

En cas d'empêchement, merci de me prévenir 48h à l'avance.

""" + SIG_SANDRA),
    ],
    # NEAR-LINE: reply about an appointment, but the new text replaces an old phone number with the new one -> rectification.
),

dict(
    key="fr-rectif-nom-de-naissance-apres-divorce",
    frm=("Sylvie Brunet", "sylvie.brunet36@gmail.com"),
    subject="Changement de nom",
    rights=["rectification"],
    body="""Bonjour Sandra,

Mon divorce est prononcé et j'ai repris mon nom de jeune fille. Dans vos fichiers je suis encore enregistrée comme Sylvie MASSON ; pourriez-vous mettre Sylvie BRUNET à la place, partout où c'est possible (fiche, factures à venir, liste des participantes du cercle) ?

Ça peut paraître un détail mais pour moi c'est important.

Merci,
Sylvie""",
),

dict(
    key="fr-rectif-completer-dossier-nouveau-diplome",
    frm=("Karim Benhaddou", "karim.benhaddou@outlook.fr"),
    subject="Mise à jour de mon dossier",
    rights=["rectification"],
    body="""Bonjour Madame Delomenie,

Lors de notre bilan de l'an passé, mon dossier indiquait que j'étais "en cours de VAE". J'ai obtenu mon diplôme d'éducateur spécialisé en mai.

Pour que mon dossier soit à jour avant notre séance de suivi, pouvez-vous le compléter avec cette information ? Je peux vous envoyer une copie du diplôme si nécessaire.

Bien cordialement,
Karim Benhaddou""",
),

dict(
    key="fr-rectif-relance-nom-toujours-faux",
    frm=("Ophélie Marchand-Girault", "ophelie.mg@yahoo.fr"),
    subject="Re: Erreur de nom",
    rights=["rectification"],
    body="""Bonjour Sandra,

Je me permets de relancer : j'ai reçu ce matin le rappel pour l'atelier et je suis toujours "Ophélie Marchand" tout court. Mon nom complet c'est Marchand-Girault, avec le trait d'union. Pouvez-vous le corriger dans votre fichier ?

Merci beaucoup !
Ophélie""",
    qstyle="yahoo_fr",
    thread=[
        dict(frm=("Ophélie Marchand-Girault", "ophelie.mg@yahoo.fr"), ago=18, subject="Erreur de nom",
             body="Bonjour, sur vos mails mon nom est tronqué, c'est Marchand-Girault. Merci !"),
    ],
),

# ----------------------------------------------------------------------------- PORTABILITY
dict(
    key="fr-portabilite-transmettre-dossier-nouvelle-coach",
    frm=("Hélène Vasseur", "helene.vasseur@free.fr"),
    subject="Transfert de mon dossier",
    rights=["portability"],
    body="""Bonjour Sandra,

Comme je vous l'ai dit au téléphone, je déménage à Tours et je vais poursuivre mon accompagnement avec une coach là-bas, Mme Claire Jolivet (claire.jolivet@coaching-tours.fr).

Pourriez-vous lui transmettre directement mes données (questionnaires, fiches de suivi, objectifs) dans un format qu'elle pourra réutiliser, plutôt qu'en scans ? Elle travaille sur tableur.

Merci pour tout,
Hélène""",
),

dict(
    key="fr-portabilite-csv-fiches-questionnaires",
    date="2025-04-01 22:05",
    frm=("Thomas Leblanc", "thomas.leblanc@proton.me"),
    subject="Récupération de mes données dans un format réutilisable",
    rights=["portability"],
    body="""Bonjour,

Je souhaite récupérer les données que je vous ai fournies (réponses aux questionnaires, objectifs saisis sur la plateforme, journal des séances) dans un format structuré et lisible par machine, de type CSV ou JSON, conformément à l'article 20 du RGPD.

Merci d'avance,
Thomas Leblanc""",
    cte="qp",
),

dict(
    key="fr-portabilite-progression-formation-lms-employeur",
    frm=("Aurore Fontanel", "aurore.fontanel@gmail.com"),
    subject="Export de mon parcours de formation",
    rights=["portability"],
    body="""Bonjour Sandra,

Mon nouvel employeur utilise une plateforme de formation interne (Moodle) et la RH me demande si je peux y importer l'historique de ma formation "Manager bienveillant" suivie chez vous : modules validés, scores des quiz, heures réalisées.

Est-ce que vous pourriez m'extraire ces données de Systeme.io dans un fichier exploitable (export CSV par exemple) pour que je le leur transmette ?

Merci !
Aurore""",
),

dict(
    key="fr-portabilite-precision-format-dans-fil",
    frm=("Fabrice Noury", "fabrice.noury@gmail.com"),
    subject="Re: Votre demande concernant vos données",
    rights=["portability"],
    body="""Bonjour Sandra,

Un fichier CSV, c'est parfait : je veux pouvoir importer mes objectifs et mes bilans hebdo dans mon appli de suivi (Notion). Pas besoin de PDF, je l'ai déjà.

Merci à vous !
Fabrice""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=1,
             body="""Bonjour Fabrice,

J'ai bien reçu votre demande de récupérer vos données de suivi. Pour que je vous les prépare correctement : sous quel format souhaitez-vous les recevoir ?

""" + SIG_SANDRA_SHORT),
        dict(frm=("Fabrice Noury", "fabrice.noury@gmail.com"), ago=2.5,
             body="""Bonjour, est-ce que je peux récupérer toutes mes données de suivi pour les garder de mon côté ? Fabrice"""),
    ],
    # NEAR-LINE: reply inside the thread; the new text itself asks for a CSV to import elsewhere -> portability.
),

dict(
    key="fr-portabilite-article20-lettre-recommandee-scan",
    date="2025-12-09 10:00",
    frm=("Gérard Pinault", "gerard.pinault@orange.fr"),
    to="orange",
    subject="Droit à la portabilité",
    rights=["portability"],
    body="""Madame,

Je fais suite à mon courrier recommandé du 2 courant, dont je vous joins le scan.

Conformément à l'article 20 du RGPD, je vous demande de me transmettre les données que je vous ai fournies dans le cadre de mon accompagnement, dans un format structuré, couramment utilisé et lisible par machine, afin de les transmettre à un autre praticien.

Salutations distinguées.

Gérard Pinault""",
    attach=[("pdf", "courrier_portabilite_scan.pdf",
             "Gerard Pinault - 3 rue des Minimes - 36100 Issoudun\nObjet : droit a la portabilite (art. 20 RGPD)\nLettre recommandee avec accuse de reception")],
),

dict(
    key="fr-portabilite-journal-de-bord-notion",
    frm=("Inès Ferrand", "ines.ferrand@icloud.com"),
    subject="journal de bord en ligne",
    rights=["portability"],
    body="""Coucou Sandra !

J'ai rempli le journal de bord du programme "30 jours pour soi" directement sur ta plateforme et je ne veux pas perdre tout ça. Tu peux m'en faire un export (CSV, tableur, peu importe tant que je peux le réimporter ailleurs) ? Je voudrais tout basculer dans mon appli de notes.

Merci mille fois 💛
Inès

Envoyé de mon iPhone""",
),

]
