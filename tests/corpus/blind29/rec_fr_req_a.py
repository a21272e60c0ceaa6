# -*- coding: utf-8 -*-
"""French requests, part A: access, rectification, erasure (single right).

Record fields (shared by every rec_*.py module):
  key     unique id (also drives file order, Message-ID, boundaries)
  rights  list of rights exercised (empty = negative)
  lang    fr | fr-BE | fr-CH | fr-CA | fr-informal | en | en-nonnative
  frm/to/cc/subj/date ('YYYY-MM-DD HH:MM', Paris local time)
  mailer  gmail | outlook | apple | orange | yahoo | thunderbird | system
  shape   plain | alt | html   (default depends on mailer)
  cte     8bit | qp | b64 | 7bit (default depends on mailer)
  att     list of (filename, content-type[, content])
  irt/refs/reply_to/hdr  extra header material
  fwd     an embedded message/rfc822 (dict with frm/to/subj/date/body)
Each record is preceded by a `# P:` sketch of the sender.
"""

R = [

# P: Mireille, 58, ancienne cliente en accompagnement individuel (reconversion) en 2024.
# Retraitée de l'Éducation nationale, méthodique, écrit depuis son PC sous Thunderbird,
# phrases complètes, signe avec nom et adresse. Calme, un peu solennelle.
dict(key="fr-acc-mireille-copie-dossier", rights=["access"], lang="fr",
     frm="Mireille Castagnet <mireille.castagnet@wanadoo.fr>", mailer="thunderbird",
     date="2025-02-11 10:24", subj="Demande de copie de mon dossier",
     body="""
Madame Delomenie,

Nous avons terminé mon accompagnement en décembre 2024 et je garde un très bon souvenir de nos séances.

Avant de tourner la page, je souhaiterais recevoir une copie de l'ensemble des informations que vous détenez à mon sujet : fiches de suivi, notes de séance, questionnaires que j'ai remplis, ainsi que les éléments de facturation. Je sais que votre politique de confidentialité le prévoit, c'est pourquoi je me permets de vous le demander simplement.

Un envoi par courriel me convient tout à fait.

Avec mes remerciements,

Mireille Castagnet
12 allée des Tilleuls
36000 Châteauroux
"""),

# P: Kevin, 34, technicien, n'a jamais rien acheté, reçoit depuis trois semaines la newsletter
# de Floraison de Soi. Agacé mais poli, écrit depuis son Android (Gmail), phrases courtes.
# NEAR-LINE: asks where his address came from and what is held; he does not ask to stop
# the newsletter (he says he will decide later), so access only.
dict(key="fr-acc-kevin-origine-adresse", rights=["access"], lang="fr",
     frm="Kevin Maréchal <kev.marechal86@gmail.com>", mailer="gmail",
     date="2025-03-18 21:47", subj="D'où vient mon adresse ?",
     body="""
Bonsoir,

Je reçois vos mails depuis quelques semaines alors que je ne me souviens pas m'être inscrit nulle part chez vous.

Pouvez-vous me dire comment vous avez obtenu mon adresse mail, et quelles autres infos vous avez sur moi ? Pour le désabonnement je verrai après, je veux d'abord comprendre.

Merci
Kevin

Envoyé de mon smartphone Android
"""),

# P: Luc, 47, Liégeois, cadre dans une mutuelle, a suivi l'atelier "Gestion du stress" en
# visio. Habitué aux procédures, précis, Outlook professionnel, belgicismes discrets.
dict(key="fr-acc-luc-liege-transmissions", rights=["access"], lang="fr-BE",
     frm="Luc Demeulenaere <l.demeulenaere@skynet.be>", mailer="outlook",
     date="2025-05-06 08:52", subj="Mes données - atelier stress avril",
     body="""
Bonjour Madame,

J'ai participé à votre atelier en ligne sur la gestion du stress au mois d'avril (via Zoom). En remplissant le questionnaire d'inscription, j'ai donné pas mal d'informations personnelles, y compris sur ma santé.

Je voudrais savoir quelles données vous conservez me concernant et à qui elles ont été communiquées (Systeme.io, Zoom, d'autres prestataires ?). Je vous remercie de m'en faire parvenir le détail.

Je vous souhaite une bonne journée,

Luc Demeulenaere
Rue Saint-Gilles 88
4000 Liège
GSM +32 475 21 98 40
"""),

# P: Véronique, 51, Genève, juriste d'entreprise, a fait un bilan de coaching en visio en 2025.
# Style très formel, cite l'article 15, joint sa carte d'identité en PDF. Envoie depuis son
# Mac (Apple Mail), signature soignée.
dict(key="fr-acc-veronique-geneve-art15", rights=["access"], lang="fr-CH",
     frm="Véronique Aebischer <v.aebischer@bluewin.ch>", mailer="apple", shape="alt",
     date="2025-09-22 17:05", subj="Exercice du droit d'accès (art. 15 RGPD)",
     att=[("Aebischer_CI_recto_verso.pdf", "application/pdf")],
     body="""
Madame,

Conformément à l'article 15 du Règlement général sur la protection des données, je vous prie de bien vouloir me communiquer :

- l'ensemble des données personnelles me concernant que vous traitez ;
- les finalités de ces traitements et leur durée de conservation ;
- les destinataires auxquels ces données ont été communiquées.

Vous trouverez ci-joint une copie de ma carte d'identité, comme l'exige votre politique de confidentialité.

Je vous remercie de me faire parvenir ces éléments dans le délai d'un mois prévu par le règlement.

Avec mes salutations distinguées,

Véronique Aebischer
Chemin des Crêts-de-Champel 14
1206 Genève
"""),

# P: Jordan, 23, étudiant, a acheté la formation en ligne "Confiance en soi" pendant les soldes.
# Écrit vite sur son téléphone, pas d'accents, abréviations. Curieux plus que fâché.
dict(key="fr-acc-jordan-infos-sur-moi", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["access"], lang="fr-informal",
     frm="jordan.b <jordanbellanger@hotmail.fr>", mailer="outlook", shape="plain", cte="8bit",
     date="2025-07-02 00:13", subj="question",
     body="""
slt

jai achete votre formation confiance en soi en juin. je voudrais savoir ce que vous avez comme infos sur moi exactement (genre ce que jai rempli au debut + les trucs de paiement). vous pouvez m envoyer ca ?

merci
jordan
"""),

# P: Geneviève, 44, Québécoise installée à Montréal, a suivi un accompagnement à distance
# pendant une année sabbatique en France. Tutoiement impossible mais ton chaleureux, expressions
# québécoises, écrit depuis son iPad.
dict(key="fr-acc-genevieve-qc-dossier", rights=["access"], lang="fr-CA",
     frm="Geneviève Tremblay <gen.tremblay@videotron.ca>", mailer="apple",
     date="2025-11-04 15:31", subj="Copie de mon dossier de coaching",
     body="""
Bonjour Sandra,

J'espère que tout va bien de ton côté de l'océan! Ici, l'automne est déjà frette.

Je reprends une démarche avec une psychologue à Montréal et j'aimerais bien obtenir une copie de mon dossier chez vous : les notes de nos rencontres, les exercices et le bilan final. Ça m'aiderait à lui expliquer le chemin que j'ai fait.

Est-ce que tu peux me les envoyer par courriel? Un PDF ferait la job.

Merci infiniment,
Geneviève

Envoyé de mon iPad
"""),

# P: Thomas, 39, salarié d'une PME qui l'a envoyé en formation "Management bienveillant".
# Méfiant depuis un entretien annuel où son manager a cité un test de personnalité. Gmail perso.
# NEAR-LINE: he asks whom his own test results were shared with (his employer) - that is the
# "who it was shared with" part of access, about his own data; label access.
dict(key="fr-acc-thomas-resultats-employeur", rights=["access"], lang="fr",
     frm="Thomas Girardin <thomas.girardin.perso@gmail.com>", mailer="gmail",
     date="2025-06-12 19:20", subj="Test de personnalité - formation de mars",
     body="""
Bonjour Madame Delomenie,

J'ai suivi votre formation "Management bienveillant" en mars, envoyée par mon entreprise (Menuiseries Pradel). Pendant la formation nous avons passé un test de personnalité.

Lors de mon entretien annuel, mon responsable a fait allusion à "mon profil". Je voudrais donc savoir si mes résultats individuels lui ont été transmis, ou à quelqu'un d'autre dans l'entreprise, et obtenir la liste des personnes ou organismes à qui mes données ont été communiquées.

Je vous écris volontairement depuis mon adresse personnelle.

Cordialement,
Thomas Girardin
"""),

# P: Nathalie, 46, mère de Lilou (15 ans) qui a suivi six séances de coaching scolaire.
# Inquiète de ce que sa fille a pu confier, mais respectueuse. Écrit depuis Orange webmail.
dict(key="fr-acc-nathalie-fille-mineure", rights=["access"], lang="fr",
     frm="Nathalie Roux <nathalie.roux36@orange.fr>", mailer="orange",
     date="2025-04-23 13:02", subj="Données de ma fille Lilou",
     body="""
Bonjour Sandra,

Je suis la maman de Lilou Roux, 15 ans, que vous avez suivie cet hiver pour son orientation et sa confiance en elle.

En tant que responsable légale, je souhaiterais recevoir une copie des données que vous avez conservées sur Lilou (fiche d'inscription, questionnaires, comptes rendus de séances). Je ne doute pas de votre sérieux, c'est surtout pour que nous puissions en parler ensemble à la maison.

Je peux vous transmettre le livret de famille si nécessaire.

Bien cordialement,
Nathalie Roux
06 12 45 87 33
"""),

# P: Chloé, 31, infirmière de nuit, ancienne stagiaire d'un atelier sophro-coaching. Elle
# aime ce que fait Sandra et tient à le dire. Écrit depuis Gmail sur son téléphone.
# NEAR-LINE: explicit negation "je ne demande pas la suppression" - access only.
dict(key="fr-acc-chloe-pas-suppression", rights=["access"], lang="fr",
     frm="Chloé Vasseur <chloe.vasseur.ide@gmail.com>", mailer="gmail",
     date="2025-10-08 07:58", subj="Mes questionnaires",
     body="""
Bonjour Sandra,

Rassurez-vous, je ne demande pas la suppression de quoi que ce soit et je reste abonnée avec plaisir ! J'aimerais seulement avoir une copie de mes réponses aux questionnaires que j'avais remplis avant et après l'atelier de septembre, et de ce que vous avez noté à mon sujet.

Je sors d'une semaine de nuits, pardon si c'est un peu décousu.

Belle journée,
Chloé
"""),

# P: Maître Hélène Rigaud, avocate à Bourges, mandatée par un ancien client en litige avec
# son employeur. Papier à en-tête, mandat en PDF, Outlook du cabinet, disclaimer long.
dict(key="fr-acc-avocate-mandat-client", cte="b64", rights=["access"], lang="fr",
     frm="Maître Hélène Rigaud <h.rigaud@rigaud-avocats.fr>", mailer="outlook",
     date="2025-12-03 11:40", subj="V/Réf. M. Fabien Oudin - demande de communication de données",
     att=[("Mandat_Oudin_signe.pdf", "application/pdf"), ("CNI_Oudin.pdf", "application/pdf")],
     body="""
Madame,

J'interviens en qualité de conseil de Monsieur Fabien Oudin, qui a suivi auprès de vous un accompagnement individuel entre janvier et juin 2025, ainsi qu'en atteste le mandat ci-joint.

Agissant en son nom et pour son compte, je vous prie de bien vouloir me communiquer, sur le fondement de l'article 15 du RGPD, l'intégralité des données personnelles de mon client que vous détenez, ainsi que l'indication des destinataires auxquels elles ont pu être transmises.

Vous trouverez également en pièce jointe la copie de la pièce d'identité de Monsieur Oudin.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Rigaud
Avocat au Barreau de Bourges
8 rue Moyenne - 18000 Bourges
Tél. 02 48 70 14 62

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. S'il vous a été adressé par erreur, merci d'en informer l'expéditeur et de le détruire.
"""),

# P: Yannick, 55, ancien client, écrit à l'ancienne depuis Free, très court, poli.
# NEAR-LINE: "pourriez-vous m'envoyer les notes prises pendant nos séances" - a copy of his own
# data phrased as a polite question: access.
dict(key="fr-acc-yannick-notes-seances", rights=["access"], lang="fr",
     frm="Yannick Le Goff <yannick.legoff@free.fr>", mailer="thunderbird",
     date="2026-01-14 18:36", subj="Notes de séances",
     body="""
Bonjour Madame,

Pourriez-vous m'envoyer les notes que vous avez prises pendant nos séances de l'an dernier ? Je n'en ai aucune trace de mon côté.

Bien à vous,
Y. Le Goff
"""),

# P: Sabrina, 38, commerçante, a payé un atelier par Stripe. Elle a lu un article sur les
# fuites de données bancaires et s'inquiète. Écrit de son iPhone, ton direct.
dict(key="fr-acc-sabrina-stripe-donnees", rights=["access"], lang="fr",
     frm="Sabrina Haddad <sabrina.haddad@icloud.com>", mailer="apple",
     date="2025-08-27 12:14", subj="Mes infos bancaires ?",
     body="""
Bonjour,

J'ai payé l'atelier du 14 juin par carte sur votre site. Je voudrais savoir précisément quelles informations vous gardez me concernant, notamment côté paiement : est-ce que vous avez mon numéro de carte, mon IBAN, autre chose ? Et est-ce que c'est stocké chez vous ou chez Stripe ?

Merci de me répondre par écrit.

Sabrina Haddad

Envoyé de mon iPhone
"""),

# P: Pascal, 62, ancien DRH, a fait un accompagnement de transition vers la retraite.
# Écrit en HTML depuis Outlook avec logo de signature, joint un scan JPG de son permis.
dict(key="fr-acc-pascal-html-permis", rights=["access"], lang="fr",
     frm="Pascal Vernier <pascal.vernier@outlook.fr>", mailer="outlook", shape="html",
     date="2026-02-09 09:15", subj="Demande d'accès à mes données personnelles",
     att=[("permis_conduire_Vernier.jpg", "image/jpeg")],
     body="""
Bonjour Madame Delomenie,

Suite à notre accompagnement "Cap retraite" de l'automne dernier, je souhaite exercer mon droit d'accès et recevoir l'ensemble des données personnelles que vous conservez à mon nom, quel que soit leur support (Google Drive, Systeme.io, messagerie).

Je joins un scan de mon permis de conduire en guise de justificatif d'identité.

En vous remerciant par avance,

Pascal Vernier
06 70 33 18 92
"""),

# ------------------------------------------------------------------ rectification

# P: Amandine, 29, vient de quitter son employeur et perdra sa boîte pro fin du mois.
# Inscrite à la formation en ligne. Gmail, efficace, donne ancienne et nouvelle adresse.
dict(key="fr-rect-amandine-nouvelle-adresse", rights=["rectification"], lang="fr",
     frm="Amandine Perrot <amandine.perrot.92@gmail.com>", mailer="gmail",
     date="2025-01-20 12:41", subj="Changement d'adresse mail",
     body="""
Bonjour,

Je suis inscrite à votre programme en ligne "Oser sa voie" avec l'adresse amandine.perrot@groupe-ateliers-nord.fr. Je quitte cette entreprise fin janvier et cette boîte sera désactivée.

Pouvez-vous remplacer cette adresse par celle-ci : amandine.perrot.92@gmail.com, partout où vous l'avez (plateforme, factures, newsletter) ?

Merci beaucoup !
Amandine
"""),

# P: Élodie, 33, s'est mariée cet été, a besoin de son attestation de formation à son nom
# d'épouse pour son dossier Pôle emploi/France Travail. Enthousiaste, écrit sur Yahoo.
dict(key="fr-rect-elodie-nom-epouse", rights=["rectification"], lang="fr",
     frm="Élodie Marchetti <elodie.fontaine81@yahoo.fr>", mailer="yahoo",
     date="2025-09-03 14:22", subj="Mon nom a changé",
     body="""
Bonjour Sandra,

Petite nouvelle : je me suis mariée en août ! Je m'appelle désormais Élodie Marchetti (anciennement Élodie Fontaine).

Pourriez-vous mettre à jour mon nom dans votre fichier et sur mon attestation de formation ? France Travail me demande des documents à mon nom actuel.

Merci et à bientôt,
Élodie Marchetti
"""),

# P: Bernard, 67, a suivi un atelier mémoire et sérénité. Remarque une erreur de date de
# naissance sur son attestation. Écrit lentement, majuscules de politesse, Orange.
dict(key="fr-rect-bernard-date-naissance", rights=["rectification"], lang="fr",
     frm="Bernard Thibault <bernard.thibault3@orange.fr>", mailer="orange", shape="plain",
     date="2025-03-07 16:48", subj="Erreur sur mon attestation",
     body="""
Bonjour Madame,

J'ai bien reçu mon attestation de participation à l'atelier, et je vous en remercie.

Il y a cependant une erreur sur ma date de naissance : il est écrit 14/03/1958 alors que je suis né le 14/08/1958. Je vous serais reconnaissant de bien vouloir corriger cette date dans vos fichiers et de me renvoyer une attestation rectifiée.

Avec mes remerciements,
Bernard Thibault
"""),

# P: Sophie, 41, a changé d'opérateur et de numéro. Elle reçoit les rappels SMS de RDV.
# Gmail, message bref, gentille.
# NEAR-LINE: "supprimez l'ancien numéro" but the new one is given - rectification only.
dict(key="fr-rect-sophie-numero", rights=["rectification"], lang="fr",
     frm="Sophie Lacombe <sophie.lacombe@gmail.com>", mailer="gmail",
     date="2025-06-30 09:03", subj="Nouveau numéro",
     body="""
Bonjour Sandra,

J'ai changé de numéro de portable : le nouveau est le 07 68 21 40 55. Vous pouvez supprimer l'ancien (06 33 91 02 17), il ne sera plus attribué à mon nom d'ici quelques jours.

C'est surtout pour les rappels SMS avant nos séances.

À jeudi,
Sophie
"""),

# P: Marc, 53, Namur, a déménagé pour se rapprocher de ses parents. Client d'un programme
# à distance qui reçoit un classeur papier. Proximus webmail, belgicismes ("septante").
dict(key="fr-rect-marc-namur-demenagement", rights=["rectification"], lang="fr-BE",
     frm="Marc Lambotte <marc.lambotte@proximus.be>", mailer="thunderbird",
     date="2025-10-15 20:10", subj="Nouvelle adresse postale",
     body="""
Bonsoir Madame Delomenie,

Je vous signale mon changement d'adresse, histoire que le prochain envoi du classeur arrive au bon endroit :

Ancienne adresse : Rue de Fer 12, 5000 Namur
Nouvelle adresse : Chaussée de Marche septante-deux (n° 72), 5101 Erpent

Je vous remercie de bien vouloir mettre mon dossier à jour.

Bien à vous,
Marc Lambotte
"""),

# P: Aurélie, 36, coachée en 2025 (burn-out). En relisant le bilan envoyé par Sandra, elle a
# vu une mention erronée d'un traitement médical. Blessée, écrit le soir sur son PC, Gmail.
dict(key="fr-rect-aurelie-traitement-errone", rights=["rectification"], lang="fr",
     frm="Aurélie Bastide <aurelie.bastide@gmail.com>", mailer="gmail",
     date="2025-11-19 22:31", subj="Correction dans mon bilan",
     body="""
Bonsoir Sandra,

J'ai relu tranquillement le bilan que vous m'avez envoyé la semaine dernière. Il est très juste dans l'ensemble, merci.

Il y a juste une phrase qui me gêne : il est écrit que je suis "sous antidépresseurs depuis 2023". Ce n'est pas le cas, j'avais parlé d'un traitement pour le sommeil, pendant deux mois seulement, arrêté en 2023. Je préfère que ce soit corrigé dans votre dossier et dans le bilan, ces informations sont importantes pour moi.

Pouvez-vous rectifier et me renvoyer la version corrigée ?

Merci,
Aurélie
"""),

# P: Dylan, 26, livreur, inscrit à l'atelier "Parler en public". Écrit depuis son téléphone,
# pas d'accents, fautes. Donne le nouveau numéro, veut qu'on enlève l'ancien.
dict(key="fr-rect-dylan-num-sans-accents", rights=["rectification"], lang="fr-informal",
     frm="Dylan <dylan.morin.26@gmail.com>", mailer="gmail", shape="plain", cte="8bit",
     date="2025-05-21 18:57", subj="nouveau num",
     body="""
bonjour c dylan morin pour l atelier parler en public

c mon nouveau num 07 81 22 63 09 , l ancien vous pouvez l enlever jlai plus (perdu mon tel)

merci bcp a samedi
"""),

# P: Zoé, 28, Lausanne, graphiste, agacée qu'on écrive son prénom sans accent depuis le début.
# Écrit sur son Mac, ton léger mais ferme.
dict(key="fr-rect-zoe-lausanne-accent", rights=["rectification"], lang="fr-CH",
     frm="Zoé Chappuis <zoe.chappuis@gmx.ch>", mailer="apple",
     date="2025-08-05 10:17", subj="Zoé avec un accent :)",
     body="""
Bonjour Sandra,

Un détail, mais qui me tient à cœur : dans tous vos mails et sur la plateforme de formation, je suis "Zoe Chapuis". Mon nom correct est Zoé Chappuis (accent sur le e, deux p).

Pouvez-vous corriger mon prénom et mon nom dans votre fichier et sur Systeme.io ? Mon attestation devra aussi porter la bonne orthographe.

Merci beaucoup et belle journée depuis Lausanne,
Zoé
"""),

# P: Maxime, 32, Québécois établi à Lyon, vient d'ouvrir une nouvelle adresse courriel
# parce que son ancienne Hotmail est pleine de pourriels. Expressions québécoises.
dict(key="fr-rect-maxime-qc-courriel", rights=["rectification"], lang="fr-CA",
     frm="Maxime Gagnon <maxime.gagnon@protonmail.com>", mailer="thunderbird",
     date="2026-03-02 08:44", subj="Changement de courriel pour mon compte",
     body="""
Allo Sandra,

Petite mise à jour : je laisse tomber mon vieux courriel maxgagnon_qc@hotmail.com, il est devenu un vrai nid à pourriels.

Pourrais-tu remplacer cette adresse par maxime.gagnon@protonmail.com dans mon dossier et pour mon accès à la formation en ligne? Je veux continuer à recevoir les rappels de séance.

Merci, t'es bin fine!
Maxime
"""),

# P: Alex, 30, personne trans, a changé de prénom à l'état civil (anciennement Alexandra,
# maintenant Alexis). Inscrit à une formation certifiante. Écrit avec soin, un peu tendu.
dict(key="fr-rect-alexis-prenom", rights=["rectification"], lang="fr",
     frm="Alexis Fournier <alexis.fournier@laposte.net>", mailer="thunderbird",
     date="2025-07-16 11:09", subj="Mise à jour de mon prénom",
     att=[("jugement_changement_prenom.pdf", "application/pdf")],
     body="""
Bonjour Madame Delomenie,

J'ai suivi votre formation "Prendre sa place" au printemps sous le prénom Alexandra. Mon changement de prénom a été acté par l'état civil en juin : je m'appelle désormais Alexis Fournier.

Je vous remercie de bien vouloir mettre à jour mon prénom dans l'ensemble de vos fichiers (inscription, plateforme, attestation, factures si possible) et de ne plus utiliser l'ancien. Je joins la décision à titre de justificatif.

Merci pour votre compréhension,
Alexis Fournier
"""),

# P: Karine, 45, mère de Hugo (13 ans) inscrit au stage "Confiance ado" des vacances.
# Elle remarque que la fiche d'inscription indique 2010 au lieu de 2012. Gmail mobile.
dict(key="fr-rect-karine-annee-fils", rights=["rectification"], lang="fr",
     frm="Karine Delmas <karine.delmas@gmail.com>", mailer="gmail",
     date="2026-04-01 07:29", subj="Fiche inscription Hugo - erreur",
     body="""
Bonjour,

Sur le récapitulatif d'inscription de mon fils Hugo Delmas pour le stage ados d'avril, sa date de naissance est indiquée 02/05/2010. C'est une erreur (de ma part sûrement !), il est né le 02/05/2012, il a 13 ans.

Merci de corriger sa fiche, c'est important pour le groupe d'âge.

Karine Delmas
"""),

# P: Jacqueline, 72, cliente d'un cercle de parole pour seniors, a déménagé en résidence
# autonomie. Petite-fille l'aide à écrire depuis son compte Orange à elle.
dict(key="fr-rect-jacqueline-residence", rights=["rectification"], lang="fr",
     frm="Jacqueline Aubry <jacqueline.aubry@orange.fr>", mailer="orange",
     date="2025-12-10 15:12", subj="changement d'adresse",
     body="""
Bonjour Sandra,

C'est Jacqueline du cercle du mardi. Ma petite-fille m'aide à vous écrire.

J'ai quitté la maison de la rue des Minimes. Ma nouvelle adresse est :
Résidence Les Capucins, appartement 14
3 rue des Capucins
36100 Issoudun

Mon téléphone fixe ne change pas. Merci de noter cela pour les courriers.

Jacqueline Aubry
"""),

# ------------------------------------------------------------------ erasure

# P: Fanny, 35, a testé une séance découverte il y a un an sans suite. Elle fait un grand
# ménage numérique et écrit à tout le monde. Gmail, court, direct.
dict(key="fr-era-fanny-menage-numerique", rights=["erasure"], lang="fr",
     frm="Fanny Leclerc <fanny.leclerc.pro@gmail.com>", mailer="gmail",
     date="2025-01-08 20:05", subj="Suppression de mes données personnelles",
     body="""
Bonjour,

Je fais du tri dans mes comptes et mes inscriptions. J'avais fait une séance découverte chez vous en janvier 2024, sans suite.

Merci de supprimer l'ensemble des données personnelles me concernant et de me confirmer la suppression.

Bonne soirée,
Fanny Leclerc
"""),

# P: Romain, 40, a abandonné la formation en ligne "Leadership". Ne veut plus de compte.
# Écrit depuis Outlook perso, phrases nettes.
dict(key="fr-era-romain-compte-et-donnees", rights=["erasure"], lang="fr",
     frm="Romain Chevallier <romain.chevallier@hotmail.fr>", mailer="outlook",
     date="2025-04-14 13:30", subj="Suppression compte + données",
     body="""
Bonjour,

Je souhaite que mon compte sur votre plateforme de formation (Systeme.io) soit supprimé ainsi que toutes les données que vous avez à mon sujet.

Je n'ai plus l'intention de suivre le programme "Leadership conscient".

Cordialement,
Romain Chevallier
"""),

# P: Isabelle, 49, ancienne cliente (divorce difficile), veut effacer toute trace.
# Courrier formel, article 17, pièce d'identité JPG, Apple Mail depuis son Mac.
dict(key="fr-era-isabelle-art17-cni", cte="b64", rights=["erasure"], lang="fr",
     frm="Isabelle Moreau-Sanchez <isabelle.moreau.s@icloud.com>", mailer="apple",
     date="2025-06-02 09:48", subj="Demande d'effacement - article 17 RGPD",
     att=[("CNI_Moreau.jpg", "image/jpeg")],
     body="""
Madame,

J'ai été suivie en accompagnement individuel d'octobre 2023 à mars 2024.

En application de l'article 17 du RGPD, je vous demande d'effacer l'ensemble des données personnelles me concernant : fiches, notes, questionnaires, échanges de courriels et enregistrements éventuels, sur tous vos supports.

Si certaines données doivent être conservées pour des raisons comptables, je vous remercie de me l'indiquer précisément.

Ci-joint ma pièce d'identité.

Isabelle Moreau-Sanchez
"""),

# P: Mickaël, 37, chauffeur routier, message tapé sur la route à l'arrêt. Pas d'accents,
# une seule phrase qui court.
dict(key="fr-era-mickael-effacer-tout", rights=["erasure"], lang="fr-informal",
     frm="mika37 <mika.routier37@sfr.fr>", mailer="plain", shape="plain",
     date="2025-09-12 06:18", subj="effacement",
     body="""
bonjour je veux que vous effacer tout ce que vous avez sur moi (nom tel adresse mail et le reste) j ai fait l atelier en 2023 et j ai plus besoin merci de confirmer
Mickael Jolivet
"""),

# P: Anne-Sophie, 43, Bruxelles, enseignante, a fait un atelier en ligne. Politesse belge,
# forme interrogative.
# NEAR-LINE: polite question "pourriez-vous effacer" - it asks for the thing: erasure.
dict(key="fr-era-annesophie-bxl-question", rights=["erasure"], lang="fr-BE",
     frm="Anne-Sophie Peeters <as.peeters@telenet.be>", mailer="gmail",
     date="2025-11-25 17:44", subj="Une petite demande",
     body="""
Bonjour Madame Delomenie,

J'ai participé à votre atelier en ligne "Écouter ses émotions" l'an passé et je l'ai beaucoup apprécié.

Toutefois, pourriez-vous effacer mes données de vos fichiers ? Je préfère limiter au maximum ma présence dans les bases de données, c'est une résolution que j'ai prise.

Je vous remercie d'avance et vous souhaite une bonne continuation.

Anne-Sophie Peeters
Uccle
"""),

# P: Laurence, 50, a rempli un long questionnaire santé avant un stage. Le stage est passé,
# elle ne veut pas que ces infos traînent. Prudente, Orange webmail.
# NEAR-LINE: deletion of the health questionnaire only (partial erasure); she does not speak of
# consent, so erasure rather than withdraw_consent.
dict(key="fr-era-laurence-questionnaire-sante", rights=["erasure"], lang="fr",
     frm="Laurence Gaillard <laurence.gaillard@orange.fr>", mailer="orange",
     date="2025-07-28 11:11", subj="Questionnaire santé du stage de juillet",
     body="""
Bonjour Sandra,

Merci encore pour ce stage de juillet, j'en suis revenue apaisée.

Avant le stage, j'avais rempli le questionnaire de santé (avec mes antécédents et mon traitement thyroïde). Maintenant que le stage est terminé, je vous demande de bien vouloir supprimer ce questionnaire et toutes les informations de santé me concernant. Le reste (mes coordonnées, la facture) peut rester.

Bien amicalement,
Laurence
"""),

# P: Olivier, 48, père de Jade (16 ans). Jade a arrêté le coaching et ne veut plus qu'il en
# reste trace. Le père écrit avec l'accord de sa fille, Gmail depuis PC.
dict(key="fr-era-olivier-fille-jade", rights=["erasure"], lang="fr",
     frm="Olivier Besson <olivier.besson@gmail.com>", mailer="gmail",
     date="2025-05-30 21:15", subj="Jade Besson - suppression du dossier",
     body="""
Bonsoir Madame Delomenie,

Ma fille Jade (16 ans) a décidé d'arrêter les séances de coaching, vous le savez. Elle m'a demandé, et je suis d'accord, que son dossier soit entièrement supprimé : fiche, notes, exercices, messages.

En tant que père et représentant légal, je vous demande donc l'effacement de toutes les données la concernant. Jade est en copie.

Merci pour ce que vous lui avez apporté malgré tout.

Olivier Besson
""", cc="Jade Besson <jade.besson2009@gmail.com>"),

# P: Christophe, 57, Fribourg, ingénieur retraité, méfiant envers le cloud américain.
# Écrit en style suisse (huitante), Thunderbird, demande confirmation écrite.
dict(key="fr-era-christophe-fribourg", rights=["erasure"], lang="fr-CH",
     frm="Christophe Rossier <c.rossier@bluewin.ch>", mailer="thunderbird",
     date="2026-01-27 14:02", subj="Effacement de mes données (Google Drive, Stripe)",
     body="""
Madame,

J'ai suivi votre conférence en ligne et acheté le livret d'exercices en 2025 (montant : huitante francs environ, payé par carte).

Je vous prie d'effacer toutes mes données personnelles, y compris celles stockées chez vos prestataires (Google Drive, Systeme.io), et de me confirmer par écrit que c'est fait. Pour ce qui est chez Stripe, j'entends bien que vous ayez des obligations comptables.

Avec mes salutations,
Christophe Rossier
Fribourg
"""),

# P: Marie-Ève, 39, Sherbrooke, a suivi un atelier web en direct depuis le Québec.
# Tournures québécoises, demande d'effacer son dossier.
# NEAR-LINE: "pas besoin de m'envoyer quoi que ce soit avant" - negated copy, so no access:
# erasure only.
dict(key="fr-era-marieeve-qc-dossier", rights=["erasure"], lang="fr-CA",
     frm="Marie-Ève Bouchard <me.bouchard@hotmail.ca>", mailer="outlook",
     date="2025-08-19 16:40", subj="Effacer mon dossier",
     body="""
Bonjour Madame Delomenie,

J'ai participé à votre atelier virtuel au printemps. Ça m'a fait du bien, mais là je fais le ménage dans mes affaires.

Je vous demanderais d'effacer mon dossier au complet : mon inscription, mes coordonnées, mes réponses au questionnaire. Pas besoin de m'envoyer quoi que ce soit avant, juste me confirmer quand c'est fait.

Merci beaucoup, bonne fin de journée!

Marie-Ève Bouchard
Sherbrooke (Québec)
"""),

# P: Maître Julien Ferrand, avocat à Châteauroux, mandaté par une ancienne cliente en
# conflit avec Sandra à propos d'un remboursement. Ton sec, courrier en PDF aussi.
dict(key="fr-era-avocat-mandat-effacement", rights=["erasure"], lang="fr",
     frm="Julien Ferrand <jferrand@ferrand-avocat.fr>", mailer="outlook",
     date="2026-02-18 10:05", subj="Mme Caroline Bénard - effacement de données",
     att=[("Courrier_Ferrand_Benard.pdf", "application/pdf"), ("Pouvoir_Benard.pdf", "application/pdf")],
     body="""
Madame,

Je suis le conseil de Madame Caroline Bénard, votre ancienne cliente, qui m'a donné pouvoir (pièce jointe) pour la représenter dans ses échanges avec vous.

Ma cliente vous demande, par mon intermédiaire, l'effacement de l'ensemble de ses données personnelles, à l'exception de celles dont la conservation est imposée par une obligation légale, qu'il vous appartiendra de lister.

Vous voudrez bien m'adresser la confirmation de cet effacement dans le délai légal.

Veuillez agréer, Madame, mes salutations distinguées.

Julien Ferrand
Avocat
12 place Gambetta - 36000 Châteauroux
"""),

# P: Samia, 27, a intégré le groupe WhatsApp d'une formation il y a deux ans, elle y est
# encore et reçoit des messages. Elle veut surtout que son numéro disparaisse. Gmail.
# NEAR-LINE: leaving a group is not a right, but she asks that her number be deleted from
# Sandra's files too - erasure.
dict(key="fr-era-samia-whatsapp-numero", rights=["erasure"], lang="fr",
     frm="Samia Benali <samia.benali94@gmail.com>", mailer="gmail",
     date="2025-10-02 23:02", subj="groupe WhatsApp + mon numéro",
     body="""
Bonsoir Sandra,

Je fais toujours partie du groupe WhatsApp de la promo "Rebond" de 2023 et je reçois encore des messages. Pouvez-vous me retirer du groupe ? Et surtout, je voudrais que mon numéro de téléphone soit supprimé de vos fichiers et de vos contacts, je n'ai plus de raison d'y être.

Merci à vous,
Samia
"""),

# P: Hélène, 60, ancienne cliente d'un accompagnement post-divorce. Ne veut pas que les notes
# sur son ex-mari et sa séparation restent quelque part. Écrit posément, Orange.
dict(key="fr-era-helene-notes-divorce", rights=["erasure"], lang="fr",
     frm="Hélène Marty <helene.marty@orange.fr>", mailer="orange", shape="plain",
     date="2025-03-26 10:50", subj="Mes notes de séance",
     body="""
Bonjour Sandra,

J'ai repensé à nos séances de l'an dernier, pendant mon divorce. Je vous ai confié beaucoup de choses sur cette période, sur mon ex-mari, sur mes enfants.

Je vous demande de détruire les notes de séance et les comptes rendus qui concernent cette période. J'ai besoin de savoir que ça n'existe plus nulle part.

Merci de votre compréhension,
Hélène Marty
"""),

# P: Gilles, 44, artisan, a envoyé son RIB pour un paiement par virement en plusieurs fois.
# Se méfie. Écrit depuis la boîte de son entreprise, ton bourru.
# NEAR-LINE: "je refuse que vous conserviez mon RIB, supprimez-le" - the operative ask is
# deletion of a specific datum: erasure (not objection).
dict(key="fr-era-gilles-rib", rights=["erasure"], lang="fr",
     frm="Gilles Perrin <contact@perrin-menuiserie36.fr>", mailer="outlook", shape="plain",
     date="2025-12-22 07:35", subj="RIB",
     body="""
Bonjour,

Je vous avais envoyé mon RIB en septembre pour le paiement en trois fois de l'accompagnement. Tout est payé maintenant.

Je refuse que vous gardiez mes coordonnées bancaires. Supprimez le RIB de vos dossiers et de votre boîte mail s'il vous plaît.

Gilles Perrin
Menuiserie Perrin
"""),

# P: Patricia, 52, reçoit la newsletter, furieuse d'avoir été ajoutée après un salon bien-être.
# Répond directement à la newsletter depuis son iPhone, au-dessus du texte cité.
# NEAR-LINE: "supprimez-moi de vos fichiers, entièrement, toutes mes données" goes beyond an
# unsubscribe; she wants her data gone: erasure (request above a quoted newsletter).
dict(key="fr-era-patricia-reponse-newsletter", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["erasure"], lang="fr",
     frm="Patricia Lemoine <patlemoine@icloud.com>", mailer="apple",
     date="2025-04-04 08:06", subj="Re: 🌸 Avril : la saison pour semer de nouvelles intentions",
     irt="<nl-2025-04.7741@floraisondesoi.fr>",
     body="""
Supprimez-moi de vos fichiers. Entièrement, avec toutes mes données. Je ne vous ai donné mon adresse que pour le tirage au sort du salon de Vierzon, pas pour ça.

Patricia Lemoine

Envoyé de mon iPhone

> Le 4 avr. 2025 à 07:00, Floraison de Soi <contact@floraisondesoi.fr> a écrit :
>
> Bonjour Patricia,
>
> Avril arrive avec ses bourgeons... C'est le moment idéal pour poser de nouvelles intentions.
> Cette semaine, je vous propose un petit exercice de 5 minutes pour clarifier ce qui compte vraiment.
>
> Au programme ce mois-ci :
> - l'atelier "Semer ses intentions" le 26 avril à Issoudun
> - un live gratuit le 15 avril à 20h
>
> À très vite,
> Sandra - Floraison de Soi
>
> Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
"""),

# P: Damien, 33, développeur, lucide sur le jargon. Reçoit la newsletter et sait que
# désabonnement ne suffit pas.
# NEAR-LINE: "je ne veux pas juste me désabonner, effacez tout" - erasure only; the
# negated unsubscribe is subsumed, not a separate objection.
dict(key="fr-era-damien-pas-juste-desabo", rights=["erasure"], lang="fr",
     frm="Damien Texier <damien@texier.dev>", mailer="thunderbird",
     date="2026-03-11 12:27", subj="Pas juste un désabonnement",
     body="""
Bonjour,

Je ne veux pas simplement me désabonner de la newsletter via le lien en bas de page : je sais que ça laisse mon contact dans Systeme.io avec un tag "désabonné".

Je vous demande d'effacer complètement ma fiche contact et toutes les données associées (historique d'achats compris, hors obligations comptables).

Merci,
Damien Texier
"""),

# P: Claire, 30, a fait un coaching de préparation à un entretien il y a 3 ans, tombe sur un
# mail de relance. Message écrit depuis Yahoo mobile, court.
dict(key="fr-era-claire-trois-ans", rights=["erasure"], lang="fr",
     frm="Claire Dumas <claire_dumas@yahoo.fr>", mailer="yahoo",
     date="2025-02-26 19:33", subj="",
     body="""
Bonjour,
Nous avons travaillé ensemble en 2022 pour un entretien d'embauche. Merci de bien vouloir effacer mes données de vos fichiers, je n'ai plus besoin d'accompagnement.
Bonne soirée
Claire Dumas

Envoyé de Yahoo Mail pour Android
"""),

]
