# -*- coding: utf-8 -*-
"""French-language negatives written by people (not systems).

Theme: people talking about data, GDPR, deletion, exports, consent, files and
lists in their own work or life, without asking Sandra to exercise a right
over their own data.
"""
from b34_helpers import (SANDRA, SANDRA_CONTACT, SIG_SANDRA, SIG_SANDRA_SHORT,
                         NEWSLETTER_EXTRACT, gmail_fr, apple_fr, outlook_fr,
                         fwd_gmail_fr, fwd_outlook_fr)

RECORDS = [

# ------------------------------------------------------------ students
dict(
    key="fr-neg-etudiante-memoire-rgpd-coaching",
    rights=[], lang="fr",
    frm=("Inès Kaddour", "ines.kaddour@etu.univ-tours.fr"),
    subject="Demande d'entretien - mémoire de Master sur le RGPD dans l'accompagnement",
    date="2025-02-17 14:22",
    body="""Bonjour Madame Delomenie,

Je suis étudiante en Master 2 Psychologie du travail à l'Université de Tours. Mon mémoire porte sur la manière dont les coachs et thérapeutes indépendants gèrent les données de leurs clients : données de santé, consentement, durée de conservation, demandes d'accès ou de suppression...

J'ai trouvé votre politique de confidentialité très complète en parcourant votre site, et je me permets de vous solliciter pour un entretien d'environ 45 minutes (visio ou téléphone), à votre convenance en mars.

Les entretiens sont anonymisés et je vous enverrai le formulaire de consentement avant l'échange.

Avec mes remerciements,
Inès Kaddour
Master 2 PTO - Université de Tours
""",
    html="auto",
),

dict(
    key="fr-neg-bts-questionnaire-independants",
    rights=[], lang="fr-informal",
    frm=("Lucas Meunier", "lucas.meunier.bts@gmail.com"),
    subject="petit questionnaire pour mon BTS (5 min)",
    date="2025-11-05 17:40",
    body="""Bonjour madame,

je suis en BTS Gestion de la PME au lycée Balzac d'Issoudun et on doit faire une enquete sur les petites entreprises du coin et comment elles gerent les fichiers clients (RGPD, sauvegardes, ou sont stockees les donnees etc).

Est ce que vous accepteriez de repondre a mon questionnaire ? ca prend 5 minutes : https://forms.gle/q7Hk2bmS9RgK3d8x6

Les reponses sont anonymes, il y a une case consentement au debut.

Merci beaucoup !!
Lucas
""",
),

dict(
    # NEAR-LINE: a trainee sends her homework: a MOCK access request written
    # as an exercise ("Exercice 3"). It is quoted material, not her asking
    # for her own data -> negative.
    key="fr-neg-stagiaire-exercice-modele-demande-acces",
    rights=[], lang="fr",
    frm=("Amandine Royer", "amandine.royer@gmail.com"),
    subject="Module 5 - exercice 3 (droits des clients)",
    date="2025-05-13 21:15",
    body="""Bonsoir Sandra,

Voici mon exercice 3 du module "Cadre et éthique de l'accompagnant". On devait rédiger d'un côté une demande de client fictive, et de l'autre la réponse du professionnel. J'ai choisi le droit d'accès.

--- Demande fictive (cliente "Mme X") ---
"Madame, je vous demande de me communiquer l'ensemble des données me concernant que vous conservez, notamment vos notes de séance, ainsi que la liste des personnes à qui elles ont été transmises."

--- Ma réponse de praticienne ---
"Madame X, j'accuse réception de votre demande du ... Je vous adresserai sous un mois une copie de votre dossier. Je vous précise que mes notes ne sont transmises à aucun tiers..."

Je ne suis pas sûre pour le délai (un mois ou trente jours ?). Vos retours sont les bienvenus !

Amandine
""",
    attach=[dict(name="Royer_module5_exercice3.docx", kind="docx",
                 text="Module 5 - Exercice 3\nDemande fictive de Mme X (droit d'accès)\nRéponse de la praticienne\nQuestions : délai de réponse ?")],
),

dict(
    # NEAR-LINE: role-play debrief where the trainee PLAYED a client asking
    # for deletion; she is not asking anything for herself -> negative.
    key="fr-neg-stagiaire-jeu-de-role-suppression",
    rights=[], lang="fr",
    frm=("Benoît Lacombe", "benoit.lacombe@orange.fr"),
    subject="Synthèse du jeu de rôle de samedi",
    date="2025-10-13 08:50",
    body="""Bonjour Sandra,

Comme demandé, ma synthèse du jeu de rôle de samedi après-midi.

J'ai joué le client mécontent qui exige qu'on supprime toutes ses données "immédiatement" et qui menace de saisir la CNIL. Claire jouait la coach. Ce que j'en retiens :
- rester calme et reformuler la demande ;
- vérifier l'identité sans être soupçonneux ;
- expliquer ce qu'on doit garder (factures) et ce qu'on peut effacer ;
- confirmer par écrit.

Honnêtement c'était plus dur à jouer qu'à observer ! Merci pour cette journée.

Benoît
""",
),

dict(
    key="fr-neg-stagiaire-combien-de-temps-garder-fiches",
    rights=[], lang="fr",
    frm=("Coralie Duval", "coralie.duval.sophro@gmail.com"),
    subject="Question suite au module \"Lancer son activité\"",
    date="2026-01-21 12:05",
    body="""Bonjour Sandra,

Je m'installe en avril comme sophrologue et je suis en train de créer mes fiches clients. Vous nous aviez parlé des durées de conservation pendant la formation mais je n'ai pas tout noté.

Pour mes futurs clients : je garde les fiches d'anamnèse combien de temps ? Et les factures 10 ans c'est bien ça ? Et est-ce que je dois faire signer un consentement pour les données de santé dès la première séance ?

Merci d'avance, je sais que ce n'est pas votre rôle de juriste ;-)
Coralie
""",
),

# ------------------------------------------------------------ other coaches
dict(
    key="fr-neg-collegue-cliente-veut-suppression-systemeio",
    rights=[], lang="fr",
    frm=("Valérie Thomas", "valerie@valeriethomas-coaching.fr"),
    subject="Petite question RGPD entre collègues",
    date="2025-03-06 13:30",
    body="""Coucou Sandra,

J'espère que tu vas bien ! Je te sollicite parce que tu es toujours au point sur ces sujets.

Une ancienne cliente vient de me demander de supprimer toutes ses données. Je veux bien, mais je fais comment concrètement ? Sur Systeme.io, si je supprime le contact, ça supprime aussi ses achats ? Et les factures, je dois les garder, non ? Et mes notes papier, je les passe à la broyeuse ?

Tu as peut-être un modèle de réponse à me passer ?

Merci ma belle, on se voit au réseau jeudi,
Valérie
""",
),

dict(
    key="fr-neg-coach-atelier-commun-liste-contacts",
    rights=[], lang="fr",
    frm=("Nicolas Leroy", "nicolas@respirer-autrement.fr"),
    subject="Atelier commun du 17 mai - inscriptions",
    date="2025-04-08 10:12",
    body="""Salut Sandra,

Pour notre atelier commun "Stress et respiration" du 17 mai : j'allais t'envoyer l'export de ma liste de contacts pour que tu les ajoutes à ton Systeme.io, puis je me suis dit que niveau RGPD ce n'était pas terrible, ils ne t'ont pas donné leur consentement à toi.

Proposition : on fait une page d'inscription commune, chacun l'envoie à sa propre liste, et les inscrits acceptent explicitement qu'on partage leurs coordonnées entre nous deux. Ça te va ?

Nico
""",
),

dict(
    key="fr-neg-coach-partenaire-liste-inscrits-csv",
    rights=[], lang="fr",
    frm=("Nicolas Leroy", "nicolas@respirer-autrement.fr"),
    subject="Liste des inscrits - atelier 17/05",
    date="2025-05-14 18:03",
    body="""Re-salut,

Voici la liste des inscrits via ma page (11 personnes), tous ont coché la case de partage des coordonnées. Attention Mme Perrin a demandé à ne pas être dans le groupe WhatsApp, je l'ai signalé dans la colonne remarques.

Tu me fais suivre les tiens ? Et on supprime ces listes après l'atelier, comme convenu.

Nico
""",
    attach=[dict(name="inscrits_atelier_17mai_Nico.csv", kind="csv",
                 text="nom;prenom;email;telephone;partage_ok;remarques\nPerrin;Agnès;agnes.perrin@free.fr;0611223344;oui;pas de groupe WhatsApp\nLemaitre;Jules;jules.lemaitre@gmail.com;0622334455;oui;\nBoyer;Céline;celine.boyer@orange.fr;0633445566;oui;végétarienne\n")],
),

dict(
    key="fr-neg-coach-panique-demande-acces-modele",
    rights=[], lang="fr-informal",
    frm=("Jo Ferreira", "jo.ferreira.coach@gmail.com"),
    subject="au secours RGPD",
    date="2025-09-25 22:58",
    body="""Sandra je panique un peu

un ancien client avec qui ca s'est mal fini m'envoie un recommandé pour "exercer son droit d'acces" et il veut tout, mes notes, les mails, les sms... j'ai jamais eu ca. t'as deja eu le cas ? t'aurais un modele de reponse ?? je dois lui donner mes notes perso aussi ?

desolée de te deranger si tard
Jo
""",
    html="auto",
),

dict(
    key="fr-neg-superviseuse-anonymiser-cas",
    rights=[], lang="fr",
    frm=("Martine Laval", "martine.laval.supervision@orange.fr"),
    subject="Supervision de jeudi",
    date="2025-06-10 09:00",
    body="""Bonjour Sandra,

Je confirme notre séance de supervision jeudi 14h.

Comme d'habitude, pense à anonymiser les situations que tu apportes (initiales ou prénoms modifiés, pas de lieu de travail identifiable). Et si tu apportes des écrits de clients, uniquement avec leur accord.

À jeudi,
Martine
""",
),

# ------------------------------------------------------------ accountant
dict(
    key="fr-neg-comptable-export-stripe-10-ans",
    rights=[], lang="fr",
    frm=("Cabinet Roussel Expertise", "f.roussel@roussel-expertise.fr"),
    subject="Clôture 2025 - pièces à nous transmettre",
    date="2026-01-09 11:30",
    body="""Bonjour Madame Delomenie,

Pour préparer la clôture de l'exercice 2025, merci de nous transmettre :

- l'export CSV des paiements Stripe du 01/01 au 31/12/2025 (rubrique Rapports > Rapprochement) ;
- l'export des ventes Systeme.io sur la même période ;
- vos relevés bancaires de décembre.

Petit rappel au passage : les factures et pièces comptables doivent être conservées 10 ans. Même si un client vous demande de "tout supprimer", ne supprimez pas les factures.

Bien cordialement,
Florence Roussel
Expert-comptable

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.
""",
    cte="qp",
),

dict(
    key="fr-neg-comptable-ecritures-corrigees-doublons",
    rights=[], lang="fr",
    frm=("Florence Roussel", "f.roussel@roussel-expertise.fr"),
    subject="RE: Clôture 2025 - pièces à nous transmettre",
    date="2026-02-03 16:12",
    irt="roussel-cloture-2025", irt_dom="roussel-expertise.fr",
    body="""Bonjour Sandra,

Merci pour les exports. J'ai corrigé deux écritures (TVA appliquée par erreur sur deux formations, vous êtes en franchise) et supprimé les doublons du fichier Stripe : les virements de mars apparaissaient deux fois.

Je vous envoie une copie du bilan provisoire la semaine prochaine.

Florence

""" + outlook_fr("Sandra Delomenie", "sandra.delomenie@orange.fr", "vendredi 30 janvier 2026 18:20",
                 "Florence Roussel", "RE: Clôture 2025 - pièces à nous transmettre",
                 "Bonjour Florence,\n\nVoici les exports demandés. Pour Stripe j'ai pris le rapport\n\"Paiements\", j'espère que c'est le bon.\n\nBelle soirée,\nSandra"),
    attach=[dict(name="corrections_ecritures_2025.pdf", kind="pdf",
                 text="Corrections d'écritures 2025\n- 03/2025 : doublon virement Stripe supprimé\n- TVA : franchise en base art. 293 B du CGI")],
),

dict(
    key="fr-neg-comptable-avenant-sous-traitance-rgpd",
    rights=[], lang="fr",
    frm=("Cabinet Roussel Expertise", "contact@roussel-expertise.fr"),
    subject="Mise à jour de notre lettre de mission - avenant RGPD",
    date="2025-09-01 08:30",
    body="""Madame,

Dans le cadre de la mise en conformité de notre cabinet au RGPD, nous mettons à jour nos lettres de mission. Vous trouverez en pièce jointe un avenant précisant les conditions dans lesquelles nous traitons, en qualité de sous-traitant, les données personnelles de vos clients figurant dans vos pièces comptables.

Merci de nous le retourner signé avant le 30 septembre.

Le cabinet reste à votre disposition pour toute question.

Cabinet Roussel Expertise
""",
    attach=[dict(name="Avenant_RGPD_lettre_mission.pdf", kind="pdf",
                 text="AVENANT A LA LETTRE DE MISSION\nClauses relatives à la protection des données (art. 28 RGPD)\nLe cabinet agit en qualité de sous-traitant...")],
),

# ------------------------------------------------------------ webmaster
dict(
    key="fr-neg-webmaster-bandeau-cookies",
    rights=[], lang="fr",
    frm=("Thibault Marchal", "thibault@tm-webdesign.fr"),
    subject="Site : bandeau cookies + formulaires",
    date="2025-02-28 17:45",
    body="""Hello Sandra,

J'ai fait les modifs dont on avait parlé :

- nouveau bandeau cookies (Complianz) : Google Analytics ne se déclenche plus qu'après consentement, et il y a un bouton "Tout refuser" aussi visible que "Tout accepter" ;
- suppression des deux anciens formulaires de contact (ceux de 2021) et de leurs entrées dans la base, qui traînaient depuis la refonte ;
- le formulaire actuel a une case à cocher pour la newsletter, décochée par défaut.

Tu peux jeter un œil à la page "Politique de confidentialité" ? Il faudrait y mentionner Complianz et corriger le lien vers la CNIL qui est cassé.

Thibault
""",
),

dict(
    key="fr-neg-webmaster-migration-doublons",
    rights=[], lang="fr",
    frm=("Thibault Marchal", "thibault@tm-webdesign.fr"),
    subject="Migration des contacts - doublons",
    date="2025-06-20 11:05",
    body="""Sandra,

J'ai exporté la base de contacts de l'ancien site pour la migration vers Systeme.io : 1 214 lignes, dont environ 180 doublons (même adresse mail avec deux orthographes de nom).

Deux questions :
1. Je fusionne les doublons ou je te laisse faire le tri ?
2. Les contacts sans aucune activité depuis 2021, je les importe quand même ? Vu ta politique (3 ans), je serais d'avis de ne pas les reprendre.

Je ne supprime rien tant que tu ne m'as pas répondu.

Th.
""",
    attach=[dict(name="doublons_a_verifier.csv", kind="csv",
                 text="email;nom_1;nom_2;derniere_activite\nm.dupuis@orange.fr;Dupuis;Dupuy;2023-04-02\nclaire.b@free.fr;Bernard;Bernart;2022-11-17\n")],
),

dict(
    # Webmaster discussing adding portability / consent withdrawal to the
    # policy page: vocabulary of rights, no request.
    key="fr-neg-webmaster-page-confidentialite-portabilite",
    rights=[], lang="fr",
    frm=("Thibault Marchal", "thibault@tm-webdesign.fr"),
    subject="Re: page confidentialité",
    date="2025-03-04 09:25",
    irt="sandra-page-confidentialite", refs=["thibault-cookies-0228"],
    body="""Oui c'est fait, j'ai ajouté le paragraphe sur le droit à la portabilité et le droit de retirer son consentement, et remis l'adresse sandra.delomenie@orange.fr comme contact pour les demandes.

J'ai aussi mis la date de mise à jour en bas de page. Dis-moi si tu veux que j'ajoute un formulaire dédié aux demandes RGPD, certaines personnes préfèrent.

""" + gmail_fr("mar. 4 mars 2025 à 08:02", "Sandra Delomenie", "sandra.delomenie@orange.fr",
               "Merci Thibault ! Tu peux aussi ajouter la portabilité et le retrait du\nconsentement ? La juriste du réseau m'a dit qu'il manquait ces deux droits.\n\nSandra"),
),

# ------------------------------------------------------------ friends
dict(
    key="fr-neg-amie-supprime-facebook-google-takeout",
    rights=[], lang="fr-informal",
    frm=("Caro", "caroline.delmas@gmail.com"),
    subject="j'ai fait le grand saut",
    date="2025-01-26 20:37",
    body="""Ma Sandrinette,

devine quoi : j'ai ENFIN supprimé mon compte Facebook !!! 12 ans de photos de soirées, adieu.

Et avant ça j'ai demandé à Google de m'envoyer toutes mes données (le truc Takeout), j'ai reçu 4 Go d'archives, ils savent où j'étais le 3 juin 2016 à 14h. Flippant. Tu devrais le faire aussi, c'est très instructif.

On se fait un resto avant ton stage ? Dispo le 8 ou le 9.

Bisous
Caro
""",
    cte="b64",
),

dict(
    key="fr-neg-amie-fils-photos-instagram",
    rights=[], lang="fr",
    frm=("Isabelle Garnier", "isa.garnier@free.fr"),
    subject="soirée nettoyage numérique",
    date="2025-04-19 10:15",
    body="""Coucou Sandra,

Je repensais à ta conférence sur la "sobriété numérique". Hier soir Mathis (17 ans) m'a demandé de l'aider à effacer ses vieilles photos d'Instagram et à faire retirer une vidéo de lui qu'un copain avait postée sur TikTok. On y a passé la soirée ! Il a fallu remplir un formulaire chez TikTok, et ils ont répondu en 48 h.

Ça m'a fait penser que tu pourrais faire un atelier parents-ados là-dessus, non ?

Gros bisous, à dimanche
Isa
""",
),

dict(
    key="fr-neg-soeur-caf-donnees-quelquun-dautre",
    rights=[], lang="fr-informal",
    frm=("Nathalie Delomenie", "nath.delomenie@gmail.com"),
    subject="c'est dingue",
    date="2025-07-11 19:02",
    body="""Coucou soeurette

tu vas rire (ou pas) : j'ai recu un courrier de la CAF avec les infos d'une autre personne dedans, son nom, son adresse, son numero d'alloc, tout. j'ai appelé, ils m'ont dit de le detruire et de pas m'inquieter. Bonjour le RGPD...

et toi ca va ? maman dit que t'as plein de stages cet ete

bisous
Nath
""",
    cte="b64",
),

# ----------------------------------------- clients telling about other firms
dict(
    key="fr-neg-cliente-mutuelle-suppression-galere",
    rights=[], lang="fr",
    frm=("Catherine Meyer", "catherine.meyer@orange.fr"),
    subject="Jeudi",
    date="2025-03-18 18:45",
    body="""Bonjour Sandra,

Je confirme pour jeudi 17h.

Petite anecdote pour la séance : j'ai enfin osé demander à mon ancienne mutuelle de supprimer mes données, comme on en avait parlé (je n'arrivais pas à couper les ponts). Quelle galère : ils m'ont demandé trois fois ma carte d'identité et m'ont renvoyée vers un "DPO" injoignable. Mais c'est fait, et je suis fière de moi !

On en reparle jeudi,
Catherine
""",
),

dict(
    key="fr-neg-cliente-dossier-personnel-ancien-employeur",
    rights=[], lang="fr",
    frm=("Sonia Benali", "sonia.benali@gmail.com"),
    subject="Ça a marché !!",
    date="2025-06-05 12:30",
    body="""Sandra,

Il fallait que je vous le dise : après notre travail sur l'affirmation de soi, j'ai écrit à mon ancien employeur pour demander la copie de mon dossier du personnel et de mes entretiens annuels. Avant, je n'aurais jamais osé.

Ils ont mis un mois mais j'ai tout reçu, et j'ai enfin pu voir noir sur blanc ce qui avait été écrit sur moi. Ça m'a libérée d'un poids.

Merci, merci !
Sonia
""",
),

dict(
    key="fr-neg-client-opposition-operateur-limites",
    rights=[], lang="fr",
    frm=("Jérôme Petit", "jerome.petit@sfr.fr"),
    subject="Devoir de la semaine",
    date="2025-10-07 21:10",
    body="""Bonsoir Sandra,

Voici mon "devoir" de la semaine : poser une limite concrète.

J'en ai choisi une petite : j'en avais marre des appels commerciaux de mon opérateur, alors j'ai rempli leur formulaire d'opposition au démarchage et je me suis inscrit sur Bloctel. C'est bête mais j'ai eu l'impression de reprendre la main.

La prochaine, c'est ma belle-mère. Plus compliqué...

À mardi,
Jérôme
""",
),

dict(
    key="fr-neg-cliente-export-doctolib-json",
    rights=[], lang="fr",
    frm=("Brigitte Lemaire", "brigitte.lemaire@laposte.net"),
    subject="Drôle de fichier",
    date="2025-12-08 10:40",
    body="""Bonjour Sandra,

Vous êtes douée avec l'informatique, alors je me permets. Mon ancien kiné m'a envoyé "l'export de mes données" en fichier .json suite à ma demande, et je n'arrive pas à l'ouvrir, ça affiche des accolades partout.

Sauriez-vous avec quoi on ouvre ce genre de fichier ? Ce n'est pas urgent du tout, on peut en parler à la fin de la séance de vendredi.

Brigitte
""",
),

# ------------------------------------------------ coaching talk with keywords
dict(
    key="fr-neg-cliente-liste-croyances-effacee",
    rights=[], lang="fr",
    frm=("Laure Vincent", "laure.vincent@gmail.com"),
    subject="Exercice de la semaine",
    date="2025-02-20 22:30",
    body="""Bonsoir Sandra,

Retour sur l'exercice : j'ai écrit ma liste de croyances limitantes comme vous me l'aviez proposé ("je ne suis pas légitime", "je dois tout contrôler", etc.). Puis j'ai tout effacé et je l'ai réécrite en version aidante. Ça m'a pris trois soirs.

Je vous envoie la nouvelle version en pièce jointe, l'ancienne je l'ai supprimée exprès, je ne voulais plus la voir !

À bientôt,
Laure
""",
    attach=[dict(name="mes_croyances_v2.docx", kind="docx",
                 text="Mes croyances aidantes\n- J'ai le droit d'apprendre\n- Je peux déléguer\n- Ma parole compte")],
),

dict(
    key="fr-neg-cliente-modifier-reponse-exercice-4",
    rights=[], lang="fr",
    frm=("Pauline Girard", "pauline.girard@hotmail.fr"),
    subject="Exercice 4 - je voudrais modifier ma réponse",
    date="2025-05-26 07:40",
    body="""Bonjour Sandra,

Dans la formation en ligne, j'ai validé trop vite ma réponse à l'exercice 4 (la roue des besoins). Je voudrais la modifier mais le bouton est grisé.

Est-ce que vous pouvez me débloquer l'exercice pour que je puisse corriger ? J'avais inversé "sécurité" et "reconnaissance".

Merci !
Pauline
""",
),

dict(
    # NEAR-LINE: she says she unsubscribed from OTHER newsletters and
    # explicitly keeps this one -> negative.
    key="fr-neg-cliente-detox-digitale-sauf-la-votre",
    rights=[], lang="fr",
    frm=("Agnès Fontaine", "agnes.fontaine@orange.fr"),
    subject="Re: Faire de la place ce printemps",
    date="2025-03-22 11:00",
    irt="nl-printemps-2025",
    body="""Bonjour Sandra,

Votre lettre tombe à pic ! J'ai suivi votre conseil et ce week-end je me suis désinscrite d'une quarantaine de newsletters, j'ai effacé plus de 3 000 mails et vidé mes contacts des gens que je ne vois plus.

Sauf la vôtre, que je garde précieusement :-)

Agnès

""" + apple_fr("20 mars 2025 à 07:30", "Sandra - Floraison de Soi", "contact@floraisondesoi.fr",
               NEWSLETTER_EXTRACT),
    headers=[("X-Mailer", "Apple Mail (2.3776.700.51)")],
),

dict(
    key="fr-neg-client-retire-consentement-famille-metaphore",
    rights=[], lang="fr",
    frm=("Philippe Moulin", "philippe.moulin@gmail.com"),
    subject="Ce que j'ai compris",
    date="2025-11-14 19:55",
    body="""Sandra,

Je voulais mettre par écrit ce que j'ai compris en séance : pendant vingt ans j'ai donné mon "consentement tacite" à tout ce que ma famille décidait pour moi. Hier, pour la première fois, je l'ai retiré : j'ai dit à mon frère que je ne reprendrais pas l'entreprise.

Je n'ai rien effacé de notre histoire, mais j'ai arrêté d'accepter par défaut.

Merci pour ce chemin,
Philippe
""",
),

# ------------------------------------------------------------ cancellations
dict(
    # NEAR-LINE: "supprimer mon inscription" = cancelling a workshop booking,
    # not erasure of her data -> negative.
    key="fr-neg-annulation-atelier-supprimer-inscription",
    rights=[], lang="fr",
    frm=("Emmanuelle Garcia", "emmanuelle.garcia@orange.fr"),
    subject="Atelier du 14 juin",
    date="2025-06-09 08:12",
    body="""Bonjour Sandra,

Je suis désolée, je ne pourrai pas venir à l'atelier du 14 juin (mariage de ma nièce avancé...). Pouvez-vous supprimer mon inscription et me dire si l'acompte peut être reporté sur l'atelier de septembre ?

Merci et bonne journée,
Emmanuelle
""",
),

dict(
    key="fr-neg-resiliation-abonnement-cercle",
    rights=[], lang="fr",
    frm=("Dominique Robin", "dominique.robin@wanadoo.fr"),
    subject="Résiliation abonnement cercle mensuel",
    date="2025-09-29 10:00",
    body="""Bonjour,

Je souhaite résilier mon abonnement au cercle de parole mensuel à compter d'octobre. Merci d'arrêter les prélèvements.

J'ai beaucoup apprécié ces deux années.

Dominique Robin
""",
),

dict(
    key="fr-neg-effacer-creneau-mardi",
    rights=[], lang="fr-informal",
    frm=("Mathilde", "mathilde.rousseau@gmail.com"),
    subject="mardi",
    date="2025-04-13 21:45",
    body="""coucou sandra, tu peux effacer mon creneau de mardi 18h ? j'ai un rdv chez le dentiste que j'avais zappé. je reprends le suivant via calendly

merci !! 
mathilde
""",
),

dict(
    key="fr-neg-be-desinscription-stage-juillet",
    rights=[], lang="fr-BE",
    frm=("Luc Maes", "luc.maes@skynet.be"),
    subject="Désinscription stage de juillet",
    date="2025-05-28 14:20",
    body="""Bonjour Madame,

Je dois malheureusement me désinscrire du stage résidentiel de juillet : ma femme doit être opérée la même semaine.

Sauriez-vous me dire si le montant versé peut être remboursé ou reporté ? Je reste bien sûr intéressé pour l'an prochain.

Bien à vous,
Luc Maes
""",
),

# ------------------------------------------------------- password / access
dict(
    key="fr-neg-mot-de-passe-espace-formation",
    rights=[], lang="fr",
    frm=("Évelyne Brun", "evelyne.brun@orange.fr"),
    subject="Impossible d'accéder à mon espace",
    date="2025-02-09 15:30",
    body="""Bonjour,

Je n'arrive plus à accéder à mon espace de formation. Le mot de passe ne fonctionne plus et quand je clique sur "mot de passe oublié" je ne reçois rien (j'ai regardé dans les indésirables).

Pouvez-vous m'aider ? Je suis bloquée au module 3.

Évelyne Brun
""",
),

dict(
    key="fr-neg-qc-pas-capable-acceder-videos",
    rights=[], lang="fr-CA",
    frm=("Mélissa Bergeron", "melissa.bergeron@hotmail.com"),
    subject="Accès aux vidéos",
    date="2025-10-17 06:15",
    body="""Bonjour,

Je ne suis pas capable d'accéder aux vidéos du module 2, ça tourne dans le beurre sans fin. J'ai essayé sur mon cell et sur l'ordi. Est-ce que c'est de mon bord ou du vôtre?

Merci!
Mélissa
""",
),

dict(
    key="fr-neg-informal-lien-connexion-expire",
    rights=[], lang="fr-informal",
    frm=("Yanis", "yanis.b2002@gmail.com"),
    subject="acces",
    date="2026-03-29 00:20",
    body="""bonsoir le lien pour me connecter a mon espace il dit expiré, vous pouvez m en renvoyer un ? merci
""",
),

# ------------------------------------------------------ close account alone
dict(
    # NEAR-LINE: "fermez mon compte" with no mention of data -> negative
    # per the policy ("close my account" alone).
    key="fr-neg-fermez-mon-compte",
    rights=[], lang="fr",
    frm=("Gaëlle Hervé", "gaelle.herve@gmail.com"),
    subject="Compte",
    date="2025-08-01 09:09",
    body="""Bonjour,

Vous pouvez fermer mon compte sur la plateforme de formation, j'ai terminé et je n'y retournerai pas.

Bonne journée,
Gaëlle Hervé
""",
),

dict(
    # NEAR-LINE: "clôturer mon compte" alone, no data mentioned -> negative.
    key="fr-neg-be-cloturer-compte",
    rights=[], lang="fr-BE",
    frm=("Sébastien Claes", "sebastien.claes@gmail.com"),
    subject="Clôture",
    date="2026-02-23 13:40",
    body="""Bonjour,

Vous pouvez clôturer mon compte sur votre plateforme, je n'en ai plus l'usage. Merci pour la formation, c'était chouette.

À la revoyure,
Sébastien
""",
),

# ----------------------------------------------- questions about rights
dict(
    # NEAR-LINE: "ai-je le droit de demander ... ?" and explicitly unsure
    # whether she wants it -> question about how a right works, negative.
    key="fr-neg-question-droit-copie-notes",
    rights=[], lang="fr",
    frm=("Stéphanie Marin", "stephanie.marin@gmail.com"),
    subject="Une question un peu bête",
    date="2025-05-06 20:20",
    body="""Bonsoir Sandra,

Une question qui me trotte dans la tête depuis notre dernière séance : est-ce qu'un client a le droit de demander une copie des notes que vous prenez pendant les séances ? Ou est-ce que ce sont vos notes à vous ?

Je ne sais pas du tout si j'aurais envie de les lire, c'est plutôt par curiosité.

Bonne soirée,
Stéphanie
""",
),

dict(
    # NEAR-LINE: general question on retention duration, no request.
    key="fr-neg-question-combien-de-temps-gardez",
    rights=[], lang="fr",
    frm=("Armelle Duval", "armelle.duval@laposte.net"),
    subject="Avant de m'engager",
    date="2025-08-27 11:45",
    body="""Bonjour Madame,

Avant de m'engager dans l'accompagnement, j'aimerais savoir combien de temps vous conservez les informations (notamment de santé) après la fin du suivi, et où elles sont stockées. J'ai eu une mauvaise expérience avec un autre praticien.

Merci pour votre réponse,
Armelle Duval
""",
),

dict(
    # NEAR-LINE: asks HOW to do it "si un jour" - future, hypothetical.
    key="fr-neg-question-si-un-jour-tout-effacer",
    rights=[], lang="fr-informal",
    frm=("Chloé", "chloe.martin.31@gmail.com"),
    subject="question rgpd",
    date="2025-12-22 16:05",
    body="""Re bonjour

petite question par curiosité : si un jour je veux que tout soit effacé chez vous (genre quand j'aurai fini le parcours), je dois faire comment ? juste vous envoyer un mail ou il faut un papier officiel avec ma carte d'identité ?

c'est pas pour maintenant hein ;)
Chloé
""",
),

dict(
    # NEAR-LINE: "a-t-il le droit ... ?" - question about the rules, not a
    # request about his own data.
    key="fr-neg-ch-employeur-a-t-il-le-droit",
    rights=[], lang="fr-CH",
    frm=("Yves Perret", "yves.perret@bluewin.ch"),
    subject="Question sur l'évaluation",
    date="2025-11-26 08:30",
    body="""Bonjour Madame,

Mon employeur m'inscrit à votre formation de janvier. Une question de principe : a-t-il le droit de recevoir mon évaluation individuelle de fin de formation, ou seulement l'attestation de présence ? Je préfère savoir à quoi m'attendre.

Avec mes meilleures salutations,
Yves Perret
""",
),

# ------------------------------------------------------------ CNIL
dict(
    key="fr-neg-copie-plainte-cnil-transferee",
    rights=[], lang="fr",
    frm=("Alain Guérin", "alain.guerin@outlook.fr"),
    subject="TR: Votre plainte n° 25012345 a bien été enregistrée",
    date="2025-05-02 09:15",
    body="""Pour votre information.

A. Guérin

""" + fwd_outlook_fr("CNIL - Ne pas répondre", "ne-pas-repondre@cnil.fr", "mercredi 30 avril 2025 17:02",
                     "alain.guerin@outlook.fr", "Votre plainte n° 25012345 a bien été enregistrée",
                     "Madame, Monsieur,\n\nNous accusons réception de votre plainte déposée le 30/04/2025 à l'encontre\nde : Floraison de Soi (Sandra Dumot-Deloménie).\n\nObjet : absence de réponse à une demande d'effacement.\n\nVotre plainte sera examinée dans les meilleurs délais.\n\nLa Commission nationale de l'informatique et des libertés"),
),

dict(
    # NEAR-LINE: informs her that a complaint was lodged with the CNIL; no new
    # request in this message -> negative.
    key="fr-neg-jai-saisi-la-cnil",
    rights=[], lang="fr",
    frm=("Muriel Caillaud", "muriel.caillaud@free.fr"),
    subject="Information",
    date="2026-03-16 17:30",
    body="""Madame,

Je vous informe que j'ai déposé ce jour une réclamation auprès de la CNIL concernant la publication, sans mon accord, d'un extrait de mon témoignage dans votre dernière publicité Facebook.

Je laisse désormais la CNIL traiter ce dossier.

Muriel Caillaud
""",
),

# --------------------------------------------- another living adult's data
dict(
    key="fr-neg-epouse-dossier-mari",
    rights=[], lang="fr",
    frm=("Françoise Leblanc", "francoise.leblanc@orange.fr"),
    subject="Mon mari",
    date="2025-04-23 14:10",
    body="""Madame,

Mon mari, Bernard Leblanc, est suivi par vous depuis janvier. Depuis, il a beaucoup changé et parle de séparation.

Je voudrais savoir ce qu'il vous a dit à mon sujet, et obtenir une copie de son dossier. Je pense avoir le droit de savoir ce qui se dit sur moi.

Françoise Leblanc
""",
),

dict(
    # NEAR-LINE: a mother asks to remove her 24-year-old daughter from the
    # newsletter: another living adult's data -> negative.
    key="fr-neg-mere-fille-adulte-newsletter",
    rights=[], lang="fr",
    frm=("Monique Charpentier", "monique.charpentier@wanadoo.fr"),
    subject="Ma fille Julie",
    date="2025-10-09 10:25",
    body="""Bonjour,

Ma fille Julie Charpentier (24 ans) reçoit votre lettre d'information, c'est moi qui l'avais inscrite à l'époque pour qu'elle vienne avec moi à un atelier. Elle n'ose pas vous le dire mais ça l'agace.

Pouvez-vous la retirer de votre liste ? Son adresse : julie.charpentier97@gmail.com

Merci,
Monique Charpentier
""",
),

dict(
    key="fr-neg-rh-evaluations-salaries",
    rights=[], lang="fr",
    frm=("Service RH - Transports Merlin", "rh@transports-merlin.fr"),
    subject="Formation gestion du stress - évaluations individuelles",
    date="2025-11-20 09:45",
    body="""Bonjour Madame Delomenie,

Suite à la session de formation "Gestion du stress au travail" des 14 et 15 octobre, pourriez-vous nous transmettre les évaluations individuelles de nos collaborateurs, en particulier celles de M. Karim Belhadj et de Mme Sonia Lopez, ainsi que vos observations sur leur participation ?

Ces éléments seront versés à leur dossier pour les entretiens annuels.

Cordialement,
Amélie Pichon
Responsable RH - Transports Merlin
""",
    reply_to=("Amélie Pichon", "a.pichon@transports-merlin.fr"),
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour Madame Delomenie,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Suite à la session de formation « Gestion du stress au travail » des 14 et 15 octobre, pourriez-vous nous transmettre les évaluations individuelles de nos collaborateurs, en particulier celles de M. Karim Belhadj et de Mme Sonia Lopez, ainsi que vos observations sur leur participation ?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ces éléments seront versés à leur dossier pour les entretiens annuels.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordialement,<o:p></o:p></p>
<p class="MsoNormal"><b>Amélie Pichon</b><br>Responsable RH - Transports Merlin<o:p></o:p></p>
</div></body></html>
""",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtZ3k2Lq8pR7vXoQyGm1s0bC4F2Aw==")],
),

dict(
    # NEAR-LINE: the employer asks to fix an employee's misspelled name: an
    # adult's data, asked for by her employer, not by her -> negative.
    key="fr-neg-rh-nom-salariee-mal-orthographie",
    rights=[], lang="fr",
    frm=("Service Formation - Clinique du Parc", "formation@clinique-du-parc.fr"),
    subject="Convocation formation 3 février - erreur de nom",
    date="2026-01-29 14:00",
    body="""Bonjour,

Notre salariée Mme Nadège Laurençon nous signale que son nom est orthographié "Laurenson" sur la convocation et sur la liste d'émargement que vous nous avez envoyées. Merci de corriger pour l'attestation finale, qui doit correspondre au dossier OPCO.

Bien cordialement,
Service Formation
Clinique du Parc
""",
),

dict(
    # NEAR-LINE: husband writes that his (living, adult) wife no longer wants
    # the mails -> another adult's data, negative.
    key="fr-neg-mari-femme-ne-veut-plus-mails",
    rights=[], lang="fr-informal",
    frm=("Didier Fournier", "didier.fournier@orange.fr"),
    subject="ma femme",
    date="2025-07-19 09:50",
    body="""bonjour

ma femme Sylvie ne veut plus recevoir vos mails mais elle ose pas vous le dire, elle a peur de vous vexer. vous pouvez l'enlever ? c'est sylvie.fournier@orange.fr

didier
""",
),

dict(
    # NEAR-LINE: a son asks to erase his living mother's data; she is an
    # adult and nothing says he acts under a legal mandate -> negative.
    key="fr-neg-fils-mere-ehpad-effacer",
    rights=[], lang="fr",
    frm=("Olivier Masson", "olivier.masson@gmail.com"),
    subject="Ma mère, Mme Renée Masson",
    date="2026-04-27 18:30",
    body="""Bonjour Madame,

Ma mère, Renée Masson, est entrée en EHPAD le mois dernier. Elle avait participé à vos ateliers mémoire et reçoit encore vos courriers à son ancienne adresse.

Je m'occupe de ses papiers : pouvez-vous effacer ses coordonnées de vos fichiers ? Elle ne pourra plus participer.

Cordialement,
Olivier Masson
""",
),

# ------------------------------- thank-you above a quoted, handled request
dict(
    key="fr-neg-merci-parfait-suppression-faite",
    rights=[], lang="fr",
    frm=("Émilie Garnier", "emilie.garnier@icloud.com"),
    subject="Re: Tourner la page",
    date="2025-05-12 08:30",
    irt="sandra-re-tourner-la-page", refs=["emilie-tourner-la-page"],
    body="""Merci beaucoup Sandra, c'est parfait. Je vous souhaite une belle continuation.

Émilie

""" + apple_fr("9 mai 2025 à 18:04", "Sandra Delomenie", "sandra.delomenie@orange.fr",
               "Bonjour Émilie,\n\nC'est fait : votre dossier, mes notes, nos échanges et vos coordonnées\nont été supprimés, y compris sur Systeme.io et Google Drive. Seule la\nfacture est conservée, comme la loi m'y oblige.\n\nPrenez soin de vous,\nSandra\n\n"
               "> Le 5 mai 2025 à 22:10, Émilie Garnier <emilie.garnier@icloud.com> a écrit :\n>\n> Je préférerais qu'il ne reste chez vous aucune trace de tout ça : mes\n> fiches, vos notes de séance, nos échanges de mails, mes coordonnées.\n> Est-ce que vous pouvez tout jeter ?"),
    headers=[("X-Mailer", "iPhone Mail (22E240)")],
),

dict(
    key="fr-neg-bien-recu-copie-merci-outlook",
    rights=[], lang="fr",
    frm=("Gilles Renard", "gilles.renard@orange.fr"),
    subject="RE: Mes coordonnées + une copie",
    date="2025-03-20 17:05",
    irt="sandra-re-gilles-copie", refs=["gilles-copie"],
    body="""Bonjour Madame Delomenie,

Bien reçu la copie de mon dossier et la confirmation du changement d'adresse. Tout est en ordre, je vous remercie pour votre rapidité.

Cordialement,
Gilles Renard

""" + outlook_fr("Sandra Delomenie", "sandra.delomenie@orange.fr", "mardi 18 mars 2025 11:20",
                 "Gilles Renard", "RE: Mes coordonnées + une copie",
                 "Bonjour Monsieur Renard,\n\nVous trouverez ci-joint la copie des informations vous concernant.\nVotre nouvelle adresse (14 allée des Acacias) est enregistrée.\n\nBien cordialement,\n" + SIG_SANDRA
                 + "\n\n" + outlook_fr("Gilles Renard", "gilles.renard@orange.fr", "mercredi 5 mars 2025 10:40",
                                       "sandra.delomenie@orange.fr", "Mes coordonnées + une copie",
                                       "1) Pouvez-vous m'envoyer ce que vous avez sur moi ?\n2) Mon adresse a changé : 14 allée des Acacias, 36100 Issoudun.")),
    cte="qp",
),

dict(
    key="fr-neg-be-merci-correction-en-ordre",
    rights=[], lang="fr-BE",
    frm=("Olivier Dethier", "olivier.dethier@gmail.com"),
    subject="Re: Nouvelle adresse",
    date="2025-08-28 09:40",
    irt="sandra-re-dethier-adresse", irt_dom="orange.fr",
    body="""Merci Sandra, tout est en ordre, la facture est arrivée à la bonne adresse. À tantôt !

Olivier

""" + gmail_fr("mer. 27 août 2025 à 10:02", "Sandra Delomenie", "sandra.delomenie@orange.fr",
               "Bonjour Olivier,\n\nC'est noté, votre nouvelle adresse à Namur est enregistrée et l'ancienne\nsupprimée. Je vous renvoie la facture du module 2.\n\nBelle journée,\nSandra"),
    html="auto",
),

dict(
    key="fr-neg-qc-merci-desabonnement-fait",
    rights=[], lang="fr-CA",
    frm=("Sylvain Côté", "sylvain.cote@sympatico.ca"),
    subject="RE: Infolettre",
    date="2025-08-06 08:02",
    irt="sandra-re-cote-infolettre",
    body="""Parfait, merci pour la rapidité! Bonne continuation.

Sylvain

""" + outlook_fr("Sandra Delomenie", "sandra.delomenie@orange.fr", "5 août 2025 10:31",
                 "Sylvain Côté", "RE: Infolettre",
                 "Bonjour Sylvain,\n\nC'est fait, vous ne recevrez plus l'infolettre.\n\nBelle journée,\nSandra\n\n"
                 "De : Sylvain Côté\nPourriez-vous me désabonner de l'infolettre svp?"),
),

# ----------------------------------------------------------- giving consent
dict(
    key="fr-neg-accord-temoignage-prenom",
    rights=[], lang="fr",
    frm=("Nadège Colin", "nadege.colin@gmail.com"),
    subject="Re: Votre témoignage ?",
    date="2025-07-08 13:20",
    irt="sandra-demande-temoignage-colin",
    body="""Bonjour Sandra,

Oui, avec plaisir ! Vous pouvez utiliser mon témoignage sur votre site et sur Instagram, avec mon prénom seulement (pas de nom, pas de photo). J'ai corrigé deux petites fautes dans le texte ci-dessous.

"Après dix séances, j'ai retrouvé l'envie de me lever le matin. Sandra écoute sans juger et pose les bonnes questions." - Nadège, 42 ans

Belle journée,
Nadège
""",
),

dict(
    key="fr-neg-parent-autorisation-photo-ado",
    rights=[], lang="fr",
    frm=("Sabine Moreau", "sabine.moreau@laposte.net"),
    subject="Autorisation droit à l'image - Enzo",
    date="2025-09-16 19:00",
    body="""Bonjour Madame Delomenie,

Vous trouverez ci-joint l'autorisation de droit à l'image signée pour mon fils Enzo (13 ans) pour l'atelier ados. Nous sommes d'accord pour les photos de groupe sur votre site, mais pas de gros plan ni de nom.

Cordialement,
Sabine Moreau
""",
    attach=[dict(name="autorisation_image_Enzo_Moreau.pdf", kind="pdf",
                 text="AUTORISATION DE DROIT A L'IMAGE\nEnfant : Enzo MOREAU\nJ'autorise Floraison de Soi à utiliser les photos de groupe...\nSignature du représentant légal : S. Moreau")],
),

dict(
    key="fr-neg-accord-enregistrement-seance",
    rights=[], lang="fr-informal",
    frm=("Marine", "marine.lopez@gmail.com"),
    subject="Re: enregistrement",
    date="2026-02-02 12:40",
    irt="sandra-enregistrement-marine",
    body="""oui oui pas de souci pour que tu enregistres la seance de jeudi, ca me permettra de la reecouter. par contre tu me l'envoies a moi seulement hein, pas dans le groupe

merci !
""",
),

# ------------------------------------------------------- ordinary business
dict(
    key="fr-neg-entreprise-devis-liste-participants",
    rights=[], lang="fr",
    frm=("Céline Aubert", "c.aubert@menuiseries-berrichonnes.fr"),
    subject="Formation prévention des RPS - 8 salariés",
    date="2025-02-25 10:30",
    body="""Bonjour Madame,

Suite à notre échange téléphonique, je vous confirme notre souhait d'inscrire 8 salariés à la formation "Prévenir les risques psychosociaux" de mai.

Pourriez-vous nous adresser le devis et la convention ? Notre service juridique demande qu'une clause relative à la protection des données des stagiaires y figure (données transmises, durée de conservation, suppression en fin de formation).

Je vous enverrai la liste des participants dès réception de la convention signée.

Bien cordialement,
Céline Aubert
Assistante RH - Menuiseries Berrichonnes
""",
),

dict(
    key="fr-neg-opco-dossier-incomplet-corriger",
    rights=[], lang="fr",
    frm=("OPCO EP - Gestion des dossiers", "gestion.formation@opcoep.fr"),
    subject="Dossier n° 2025-36-04471 - pièces à corriger",
    date="2025-04-10 15:10",
    body="""Madame,

Le dossier de prise en charge n° 2025-36-04471 (formation "Gestion des émotions", entreprise Menuiseries Berrichonnes) est incomplet.

Merci de corriger les éléments suivants et de les déposer sur votre espace organisme :
- la convention doit mentionner le numéro SIRET de l'établissement bénéficiaire ;
- le programme doit indiquer les modalités d'évaluation ;
- la feuille d'émargement doit être signée par demi-journée.

Sans retour sous 15 jours, le dossier sera classé sans suite.

Le service gestion
OPCO EP
""",
),

dict(
    # NEAR-LINE: a copy of ONE invoice for her health insurer is ordinary
    # billing, not a copy of all her data -> negative.
    key="fr-neg-copie-facture-mutuelle",
    rights=[], lang="fr",
    frm=("Annick Lebrun", "annick.lebrun@orange.fr"),
    subject="Facture de mars",
    date="2025-04-04 10:05",
    body="""Bonjour Sandra,

Pourriez-vous m'envoyer une copie de la facture de mes séances de mars ? Ma mutuelle rembourse une partie des séances d'accompagnement et j'ai égaré l'originale.

Merci !
Annick
""",
),

dict(
    key="fr-neg-modifier-rdv-jeudi",
    rights=[], lang="fr",
    frm=("Thomas Renaud", "thomas.renaud@outlook.fr"),
    subject="Modification rdv",
    date="2025-06-16 07:50",
    body="""Bonjour Sandra,

Serait-il possible de modifier mon rendez-vous de jeudi 19 ? Je préférerais 18h au lieu de 17h si vous avez la place, sinon vendredi matin.

Merci,
Thomas
""",
),

dict(
    key="fr-neg-ajouter-mari-atelier-couple",
    rights=[], lang="fr",
    frm=("Hélène Roussel", "helene.roussel@gmail.com"),
    subject="Atelier couple du 11 octobre",
    date="2025-09-19 20:10",
    body="""Bonsoir Sandra,

Mon mari s'est finalement décidé pour l'atelier couple ! Pouvez-vous l'ajouter à la liste des inscrits ? Il s'appelle Marc Roussel, même adresse que moi, et son portable c'est le 06 71 30 44 12.

Je fais le virement demain.

Hélène
""",
),

dict(
    key="fr-neg-questionnaire-satisfaction-reponses",
    rights=[], lang="fr",
    frm=("Joëlle Masson", "joelle.masson@sfr.fr"),
    subject="Questionnaire de satisfaction - stage de mai",
    date="2025-06-03 21:00",
    body="""Bonjour Sandra,

Le lien du questionnaire ne fonctionnait pas chez moi, alors voici mes réponses par mail :

1. Satisfaction globale : 5/5
2. Ce qui m'a le plus aidée : les temps de marche en silence
3. À améliorer : un peu plus de pauses l'après-midi
4. Je recommanderais : oui
5. J'accepte que mes réponses soient utilisées de manière anonyme : oui

Merci encore pour ces trois jours magnifiques.
Joëlle
""",
),

dict(
    # NEAR-LINE: wants an extension of course access to export her own notes
    # herself; asks for access to the space, not for her data -> negative.
    key="fr-neg-prolonger-acces-exporter-notes",
    rights=[], lang="fr",
    frm=("Clémence Rey", "clemence.rey@gmail.com"),
    subject="Fin d'accès à la formation",
    date="2025-10-31 18:15",
    body="""Bonjour Sandra,

Mon accès à la formation se termine ce soir et j'ai complètement oublié d'exporter mes notes de cours (celles qu'on peut télécharger en PDF en bas de chaque module).

Serait-il possible de prolonger mon accès d'une semaine pour que je le fasse moi-même ?

Merci beaucoup,
Clémence
""",
),

dict(
    # NEAR-LINE: she refused cookies on the site and asks a technical
    # question; no request about consent she gave to Sandra -> negative.
    key="fr-neg-cookies-refuses-videos",
    rights=[], lang="fr",
    frm=("Véronique Lamy", "veronique.lamy@orange.fr"),
    subject="Vidéos du site",
    date="2025-03-14 14:45",
    body="""Bonjour,

Sur votre site, j'ai cliqué sur "Tout refuser" dans le bandeau des cookies, et depuis les vidéos de présentation des ateliers ne se lancent plus (il y a un message "contenu bloqué").

C'est normal ? Je dois accepter les cookies pour voir les vidéos ?

Véronique Lamy
""",
),

dict(
    key="fr-neg-qc-collegue-loi25-rgpd",
    rights=[], lang="fr-CA",
    frm=("Annie Morin", "annie@annie-morin-coach.ca"),
    subject="Loi 25 vs RGPD - ton avis?",
    date="2025-09-10 16:30",
    body="""Allô Sandra!

Ça fait longtemps! Petite question de collègue : je vais avoir des clientes françaises en ligne l'an prochain et je suis en train de revoir mes formulaires. Ici, avec la Loi 25, j'ai dû nommer une « responsable de la protection des renseignements personnels » (moi-même, haha) et publier ma politique.

Est-ce que pour le RGPD je dois faire quelque chose de plus pour des clientes en France? Consentement séparé pour les notes? Registre?

Pas pressé, réponds quand tu peux. Bisous de Montréal!
Annie
""",
    cte="b64",
),

dict(
    key="fr-neg-ami-formation-rgpd-ennui",
    rights=[], lang="fr-informal",
    frm=("Fred", "fred.albertini@gmail.com"),
    subject="sauve moi",
    date="2025-11-19 15:02",
    body="""Sandra

ma boite nous a collé 3 jours de formation RGPD "obligatoire" suite à la fuite de données de l'an dernier. 3 jours !! le formateur lit ses slides, on en est à la difference entre "responsable de traitement" et "sous-traitant" depuis ce matin

toi qui formes des gens, dis moi que t'es pas comme ça lol

ce soir apéro ? j'en ai besoin
Fred
""",
),

dict(
    # NEAR-LINE: asks for a new attestation of session dates for her insurer;
    # ordinary paperwork, not a copy of the data held -> negative. The GDPR
    # wording is in the forwarded insurer mail.
    key="fr-neg-cliente-assureur-demande-attestation-fwd",
    rights=[], lang="fr",
    frm=("Sophie Dubois", "sophie.dubois@gmail.com"),
    subject="Fwd: Votre dossier d'arrêt de travail - pièces complémentaires",
    date="2025-07-24 10:30",
    body="""Bonjour Sandra,

Je vous transfère le mail de mon assurance prévoyance. Ils me demandent une attestation indiquant les dates de mes séances avec vous (pas le contenu, juste les dates). Pourriez-vous m'en faire une ?

Merci beaucoup,
Sophie

""" + fwd_gmail_fr("Prévoyance Horizon - Service Indemnisation", "indemnisation@prevoyance-horizon.fr",
                   "mar. 22 juil. 2025 à 16:40", "Votre dossier d'arrêt de travail - pièces complémentaires",
                   "sophie.dubois@gmail.com",
                   "Madame,\n\nAfin de poursuivre l'étude de votre dossier, merci de nous transmettre tout\njustificatif des accompagnements suivis pendant votre arrêt.\n\nConformément au RGPD, vos données sont traitées pour la seule gestion de\nvotre contrat. Vous pouvez exercer vos droits auprès de notre DPO.\n\nLe service Indemnisation"),
),

# ------------------------------------------------------ her own sent mail
dict(
    key="fr-neg-sandra-envoi-confirmation-suppression",
    rights=[], lang="fr",
    frm=SANDRA,
    to=[("Patrick Lemoine", "patrick.lemoine@gmail.com")],
    subject="Re: Suppression",
    date="2025-07-18 10:20",
    irt="lemoine-suppression", irt_dom="gmail.com",
    body="""Bonjour Monsieur Lemoine,

Je vous confirme que votre compte sur la plateforme de formation a été supprimé, ainsi que votre profil, votre historique et vos coordonnées.

Les factures sont conservées dix ans, comme la loi m'y oblige, et ne sont utilisées qu'à des fins comptables.

Bien cordialement,

""" + SIG_SANDRA + "\n\n" + gmail_fr("mar. 15 juil. 2025 à 06:52", "Patrick Lemoine", "patrick.lemoine@gmail.com",
                                       "Merci de supprimer mon compte sur votre plateforme de formation ainsi que\ntout ce qui va avec."),
),

dict(
    key="fr-neg-sandra-au-webmaster-formulaire-rgpd",
    rights=[], lang="fr",
    frm=SANDRA,
    to=[("Thibault Marchal", "thibault@tm-webdesign.fr")],
    subject="formulaire demandes RGPD",
    date="2025-03-05 22:40",
    body="""Coucou Thibault,

Oui pour le formulaire dédié aux demandes (accès, suppression, etc.) ! Par contre, que les réponses arrivent bien sur mon adresse orange et pas sur contact@, je ne consulte pas toujours cette boîte.

Et est-ce qu'on peut faire en sorte que le formulaire ne stocke rien dans WordPress ? Juste un envoi par mail. Moins j'ai de copies qui traînent, mieux je me porte.

Merci pour tout,
Sandra
""",
),

dict(
    key="fr-neg-sandra-rappel-atelier-participants",
    rights=[], lang="fr",
    frm=SANDRA_CONTACT,
    to=[("Floraison de Soi", "contact@floraisondesoi.fr")],
    subject="Rappel - Atelier \"Oser dire non\" samedi 12 avril",
    date="2025-04-09 18:00",
    body="""Bonjour à toutes et à tous,

Petit rappel pour l'atelier de samedi 12 avril, de 9h30 à 17h, salle des Minimes à Issoudun (parking gratuit derrière la mairie).

À prévoir : un carnet, de quoi écrire, une tenue confortable et votre pique-nique.

Une photo de groupe sera proposée en fin de journée : elle ne sera prise et publiée qu'avec l'accord écrit de chacun. Vous pourrez bien sûr refuser.

À samedi !
Sandra
""",
),

# ------------------------------------------------------------ added cases
dict(
    key="fr-neg-webmaster-fwd-eml-spam-formulaire",
    rights=[], lang="fr",
    frm=("Thibault Marchal", "thibault@tm-webdesign.fr"),
    subject="Tr: [Floraison de Soi] Nouveau message via le formulaire RGPD",
    date="2025-04-16 08:45",
    body="""Salut Sandra,

Je te fais suivre en pièce jointe ce qui est arrivé cette nuit par le nouveau formulaire "demandes RGPD" du site : c'est un robot qui vend des backlinks, pas une vraie demande. J'ai ajouté un captcha et supprimé l'entrée.

Si tu en reçois d'autres du même genre, tu peux les ignorer.

Thibault
""",
    attach=[dict(name="formulaire_rgpd_2025-04-16.eml", kind="eml",
                 message=dict(key="fr-neg-webmaster-fwd-eml-spam-formulaire:inner", rights=[],
                              frm=("WordPress", "wordpress@floraisondesoi.fr"),
                              to=[("Thibault Marchal", "thibault@tm-webdesign.fr")],
                              subject="[Floraison de Soi] Nouveau message via le formulaire RGPD",
                              date="2025-04-16 03:12",
                              body="Nom : SEO Expert\nEmail : seo.rank.boost@mail-fast.top\nType de demande : Autre\nMessage : Hello, we can boost your website to Google top 1 with 500 high DA backlinks. Special price 99$.\n"))],
),

]
