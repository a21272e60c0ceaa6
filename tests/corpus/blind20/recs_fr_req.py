# French requests. Each record is preceded by a one-line sketch of the sender (P:).
from rh import *

L = []
A = L.append

# P: Martine, 67, retraitée, iPad, ancienne cliente de 2022, un peu inquiète après un reportage télé
A(R("fr-acc-martine", "fr", ["access"], "Martine Bourdieu <martine.bourdieu36@orange.fr>",
    "demande",
    """Bonjour Madame Delomenie,

J'ai vu un reportage hier soir sur les données personnelles et ça m'a un peu inquiétée. J'ai fait
un accompagnement avec vous en 2022 (les séances du jeudi, après le décès de mon mari).
Est-ce que vous pourriez m'envoyer ce que vous avez gardé sur moi ? Les notes, les fiches, tout ce
qui me concerne. Je voudrais juste savoir.

Je vous remercie par avance et vous souhaite une bonne journée.
Martine Bourdieu
Issoudun""" + IPHONE_FR))

# P: Kévin, 29, dev, Gmail, sec et précis, connait l'article 15
A(R("fr-acc-kevin-art15", "fr", ["access"], "Kévin Marchetti <k.marchetti.dev@gmail.com>",
    "Demande d'accès (art. 15 RGPD)",
    """Bonjour,

En application de l'article 15 du RGPD, je vous demande la communication de l'ensemble des données
personnelles me concernant que vous traitez, ainsi que :
- les finalités des traitements ;
- les destinataires (notamment Systeme.io, Stripe, Google) ;
- la durée de conservation ;
- la source des données si elles n'ont pas été collectées auprès de moi.

J'étais inscrit à la formation en ligne « Leadership bienveillant » (mars 2024).
Pièce d'identité jointe.

Cordialement,
Kévin Marchetti""", att=["CNI_Marchetti_recto_verso.pdf"]))

# P: Nadia, 41, infirmière de nuit, smartphone, écrit en minuscules sans ponctuation
A(R("fr-acc-nadia-mobile", "fr", ["access"], "nadia b <nadiab.1984@hotmail.fr>",
    "mes notes de coaching",
    """bonjour sandra
est ce que je peux avoir une copie des notes que vous avez prises pendant mes seances l'an dernier
j'aimerais les relire pour voir le chemin parcouru et je m'en souviens plus trop
merci beaucoup
nadia""" + ANDROID_FR))

# NEAR-LINE: asks who her email was given to -> "who it was shared with" = access, not a question about how rights work.
# P: Sophie, 38, cheffe de projet, agacée de recevoir des pubs d'un organisme de formation inconnu
A(R("fr-acc-sophie-partage", "fr", ["access"], "Sophie Lanvin <sophie.lanvin@free.fr>",
    "A qui avez-vous transmis mon adresse ?",
    """Bonjour,

Depuis que je me suis inscrite à votre webinaire de janvier, je reçois des mails d'un organisme
de formation dont je n'ai jamais entendu parler. Je ne vous accuse de rien, mais je voudrais
savoir à qui vous avez communiqué mes coordonnées, et lesquelles.

Merci de me répondre précisément.
Sophie Lanvin"""))

# P: Jean-Paul, 58, chef d'entreprise, Outlook, style formel, signature longue
A(R("fr-acc-jeanpaul-outlook", "fr", ["access"], "Jean-Paul Terrasse <jp.terrasse@terrasse-btp.fr>",
    "Données me concernant",
    """Madame,

Dans le cadre d'un audit interne de nos prestataires, je souhaiterais obtenir la liste des données
personnelles me concernant que vous détenez suite au coaching de dirigeant réalisé en 2023, ainsi
que leur provenance.

Je vous remercie de bien vouloir me les adresser à l'adresse ci-dessous.

Bien à vous,

Jean-Paul Terrasse
Gérant – Terrasse BTP SARL
12 ZA des Champs Forts – 18100 Vierzon
Tél. 02 48 75 xx xx

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir
l'expéditeur.""", fmt="alt"))

# P: Camille, 33, maman, répond dans le fil d'un mail de Sandra, Gmail
A(R("fr-acc-camille-reply", "fr", ["access"], "Camille Roux <camille.roux.33@gmail.com>",
    "Re: Votre bilan de fin d'accompagnement",
    """Merci Sandra pour ce bilan, il me touche beaucoup.

Du coup je me permets : est-ce que je pourrais recevoir aussi les questionnaires que j'avais remplis
au début et tout ce que vous avez dans mon dossier ? J'aimerais tout garder ensemble.

Belle journée,
Camille""" + gmail_fr("mar. 11 févr. 2025 à 18:02", """Bonjour Camille,

Voici comme promis le bilan de nos six séances. Je vous souhaite une très belle suite.

""" + SIG_S), irt=True))

# P: Hélène, 49, enseignante, veut savoir ce qui est stocké dans Google Drive et Systeme.io
A(R("fr-acc-helene-drive", "fr", ["access"], "Hélène Garnier <helene.garnier@ac-orleans-tours.fr>",
    "Question sur mes documents",
    """Bonjour Sandra,

Lors de la formation, je vous avais envoyé mon CV, ma lettre de motivation et un bilan de compétences.
Pourriez-vous me dire quelles informations sur moi sont conservées (dans votre Google Drive, sur
Systeme.io ou ailleurs) et m'en transmettre une copie ?

Merci d'avance,
Hélène Garnier"""))

# P: Thierry, 45, rédige comme un SMS, très court
A(R("fr-acc-thierry-court", "fr", ["access"], "Thierry <thierry.vallet@sfr.fr>",
    "RGPD",
    """Bjr, je souhaite recevoir toutes mes données personnelles svp. Thierry Vallet (atelier mai 2024)"""))

# P: Laure, 36, HTML-only depuis un webmail, demande d'accès + rectification de date de naissance
A(R("fr-acc-rect-laure", "fr", ["access", "rectification"], "Laure Fontenelle <laure.fontenelle@laposte.net>",
    "Mon dossier + une erreur",
    """Bonjour,

Pourriez-vous m'envoyer une copie de mon dossier client ? En regardant ma facture je me suis rendu
compte que ma date de naissance est fausse : vous avez noté 14/07/1989 alors que je suis née le
17/04/1989. Merci de corriger.

Cordialement,
Laure Fontenelle""", fmt="html"))

# P: Patrick, 61, lettre scannée en PDF, mail minimal
A(R("fr-acc-patrick-courrier", "fr", ["access"], "Patrick Mercier <patrick.mercier61@wanadoo.fr>",
    "Courrier",
    """Bonjour,
Veuillez trouver ci-joint mon courrier concernant mes données personnelles (demande de
communication) ainsi que la copie de ma carte d'identité.
Salutations.
P. Mercier""", att=["courrier_demande_donnees_Mercier.pdf", "scan_CNI.jpg"]))

# P: Aurélie, 27, étudiante en reconversion, veut savoir pourquoi elle est dans le fichier
A(R("fr-acc-aurelie-source", "fr", ["access"], "Aurélie Pons <aurelie.pons@etu.univ-tours.fr>",
    "D'où vient mon adresse ?",
    """Bonjour,

Je reçois votre newsletter alors que je ne me souviens pas m'y être inscrite. Pouvez-vous me dire
comment vous avez obtenu mon adresse mail et ce que vous avez d'autre sur moi ?

Merci,
Aurélie"""))

# P: Yannick, 52, base64 from a weird mail client
A(R("fr-acc-yannick-b64", "fr", ["access"], "Yannick Le Goff <ylegoff@bbox.fr>",
    "Demande d'information sur mes données",
    """Madame Delomenie,

Je vous prie de bien vouloir me communiquer l'intégralité des informations personnelles que vous
conservez à mon sujet, y compris les enregistrements éventuels des séances en visio.

Avec mes remerciements,
Yannick Le Goff""", cte="base64"))

# ---------------- ERASURE ----------------
# P: Élodie, 34, a arrêté le coaching, veut tourner la page, iPhone
A(R("fr-era-elodie", "fr", ["erasure"], "Elodie M. <elodie.morel.pro@gmail.com>",
    "Suppression",
    """Bonjour Sandra,

J'ai décidé de tourner la page sur cette période difficile. Je vous remercie pour tout, mais je
souhaiterais que vous supprimiez l'ensemble des données me concernant : notes de séances,
questionnaires, échanges de mails.

Merci de me confirmer quand ce sera fait.
Élodie""" + IPHONE_FR))

# P: Bernard, 70, très poli, question qui est en fait une demande
A(R("fr-era-bernard-poli", "fr", ["erasure"], "Bernard Chaumette <b.chaumette@orange.fr>",
    "Effacement de mes coordonnées",
    """Chère Madame,

Pourriez-vous avoir l'amabilité d'effacer mes données de vos fichiers ? J'ai participé à une
conférence en 2023 mais je ne pense pas renouveler l'expérience.

Avec mes salutations distinguées,
Bernard Chaumette"""))

# P: Julie, 30, compte Systeme.io + toutes données
A(R("fr-era-julie-compte", "fr", ["erasure"], "Julie Perrin <julieperrin@yahoo.fr>",
    "supprimer mon compte et mes données",
    """Bonjour,

Merci de supprimer mon compte sur la plateforme de formation ainsi que toutes mes données personnelles.
Je n'utilise plus la formation.

Julie Perrin"""))

# P: Malik, 39, énervé, majuscules
A(R("fr-era-malik-colere", "fr", ["erasure"], "Malik Haddad <malik.haddad@outlook.fr>",
    "EFFACEZ MES DONNEES",
    """Bonjour,

C'est la troisième fois que je vous écris. JE VEUX QUE VOUS EFFACIEZ TOUTES MES DONNÉES. Je n'ai
jamais eu de réponse. Si je n'ai rien dans un mois je saisis la CNIL.

M. Haddad""", fmt="alt"))

# P: Agnès, 55, données de santé, écrit longuement, réponse au-dessus d'un mail Outlook
A(R("fr-era-agnes-sante", "fr", ["erasure"], "Agnès Rivière <agnes.riviere@gmx.fr>",
    "RE: Confirmation de votre rendez-vous",
    """Bonjour Sandra,

Finalement je ne viendrai pas jeudi, et je préfère ne pas continuer. Je vous avais parlé de ma
maladie et de mon traitement lors du premier entretien, et j'avais rempli le questionnaire santé.
Je souhaite que ces informations soient détruites, ainsi que tout le reste de mon dossier.
Je ne vous en veux pas du tout, c'est juste que je ne veux pas que ça traîne quelque part.

Bien à vous,
Agnès""" + outlook_fr("lundi 7 avril 2025 09:14", "Confirmation de votre rendez-vous",
    """Bonjour Agnès,
Je vous confirme notre rendez-vous du jeudi 10 avril à 14h au cabinet.
À jeudi,
Sandra""", to="Agnès Rivière"), irt=True))

# NEAR-LINE: "delete my account and everything that goes with it" - data is mentioned ("tout ce qui va avec, mes infos") -> erasure, not a bare account closure.
# P: Romain, 24, formation en ligne, écrit vite
A(R("fr-era-romain-tout", "fr", ["erasure"], "Romain D <romain.dlt@gmail.com>",
    "compte formation",
    """Salut, vous pouvez supprimer mon compte et tout ce qui va avec (mes infos, mes réponses aux
exos etc) ? merci bonne journée"""))

# P: Sylvie, 62, fille d'une amie l'a aidée ; HTML-only, taille police grande
A(R("fr-era-sylvie-html", "fr", ["erasure"], "Sylvie Aubert <sylvie.aubert@neuf.fr>",
    "Demande de suppression",
    """Bonjour,

Je vous demande de bien vouloir supprimer toutes les informations me concernant, y compris mes
coordonnées bancaires.

Merci.
Sylvie Aubert
06 12 xx xx 40""", fmt="html"))

# P: Mathilde, 31, parent for minor daughter (atelier ado)
A(R("fr-era-mathilde-mineure", "fr", ["erasure"], "Mathilde Guérin <mathilde.guerin@gmail.com>",
    "Données de ma fille Inès",
    """Bonjour Madame,

Ma fille Inès (15 ans) a participé à votre atelier « Confiance ado » en juillet. Je suis sa mère et
représentante légale. Je vous demande de supprimer toutes les données la concernant (fiche
d'inscription, questionnaire, photos de groupe éventuelles).

Je joins mon livret de famille et ma pièce d'identité.

Cordialement,
Mathilde Guérin""", att=["livret_famille_p2.pdf", "CNI_Guerin.jpg"]))

# P: Avocat mandaté
A(R("fr-era-avocat", "fr", ["erasure"], "Maître Olivier Besnard <o.besnard@besnard-avocat.fr>",
    "V/Réf : Mme Clara Dumas – Demande d'effacement",
    """Madame,

J'interviens en qualité de conseil de Madame Clara Dumas, qui m'a donné mandat à cet effet (copie
jointe).

Ma cliente vous demande, sur le fondement de l'article 17 du RGPD, de procéder à l'effacement de
l'ensemble des données personnelles la concernant et de m'en confirmer l'exécution dans le délai
d'un mois.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Olivier Besnard
Avocat au Barreau de Bourges""", att=["mandat_Dumas_signe.pdf"], fmt="alt"))

# P: Fanny, 28, erasure + objection newsletter (multi)
A(R("fr-era-obj-fanny", "fr", ["erasure", "objection"], "Fanny Leclerc <fanny.leclerc@icloud.com>",
    "stop",
    """Bonjour,
Je ne veux plus recevoir vos mails de promo, et je voudrais que vous effaciez mes données par la même occasion.
Merci
Fanny""" + "\n\nEnvoyé de mon iPad"))

# P: Christophe, 44, erasure + withdraw testimonial
A(R("fr-era-wc-christophe", "fr", ["erasure", "withdraw_consent"], "Christophe Barre <c.barre@barre-conseil.fr>",
    "Mon témoignage et mes données",
    """Bonjour Sandra,

Je change de secteur et je souhaite faire le ménage dans ma présence en ligne. Merci de retirer mon
témoignage vidéo de votre site et de votre page Systeme.io, et de supprimer toutes les données que
vous avez sur moi.

Merci pour tout,
Christophe"""))

# P: Inès, 35, réponse Gmail au-dessus d'une newsletter (request above quoted newsletter)
A(R("fr-era-ines-nl", "fr", ["erasure"], "Inès Ferrand <ines.ferrand@gmail.com>",
    "Re: 🌸 La lettre de Floraison – septembre",
    """Bonjour, je souhaite que vous supprimiez définitivement toutes mes données, pas seulement la newsletter. Merci.""" +
    gmail_fr("jeu. 4 sept. 2025 à 07:30", NL_FR, name="Floraison de Soi", addr="contact@floraisondesoi.fr"),
    irt=True, irt_dom="floraisondesoi.fr"))

# P: Georges, 73, quoted-printable, accents, lettre classique
A(R("fr-era-georges-qp", "fr", ["erasure"], "Georges Lamothe <georges.lamothe@orange.fr>",
    "Retrait de mes données personnelles",
    """Madame,

Ayant assisté à votre conférence « Bien vieillir, rester acteur de sa vie » à la médiathèque, j'ai
laissé mes coordonnées sur la feuille de présence. Je vous serais reconnaissant de bien vouloir les
retirer de vos fichiers et de les détruire.

Veuillez agréer, Madame, mes salutations respectueuses.
Georges Lamothe""", cte="quoted-printable"))

# P: Vanessa, 42, Stripe + everything
A(R("fr-era-vanessa-stripe", "fr", ["erasure"], "Vanessa Noël <vanessa.noel@lilo.org>",
    "Droit à l'effacement",
    """Bonjour,

J'exerce mon droit à l'effacement. Cela concerne mes données client, mes factures dans la mesure où
la loi le permet, et mes informations de paiement enregistrées chez Stripe si vous y avez accès.

Vanessa Noël"""))

# ---------------- RECTIFICATION ----------------
# P: Anne-Sophie, 37, s'est mariée, nom à changer
A(R("fr-rect-annesophie-nom", "fr", ["rectification"], "Anne-Sophie Delorme <as.delorme@gmail.com>",
    "Changement de nom",
    """Bonjour Sandra,

Petite info administrative : je me suis mariée cet été ! Pourriez-vous modifier mon nom dans vos
fichiers ? Je m'appelle désormais Anne-Sophie Delorme (anciennement Anne-Sophie Petit).
Les prochaines factures devront être à ce nom.

Merci et à bientôt pour la séance,
Anne-Sophie"""))

# P: Franck, 50, nouvelle adresse postale
A(R("fr-rect-franck-adresse", "fr", ["rectification"], "Franck Giraud <franck.giraud@laposte.net>",
    "Nouvelle adresse",
    """Bonjour,
J'ai déménagé. Mon ancienne adresse (3 rue des Lilas, Châteauroux) n'est plus valable, merci de la
remplacer par : 18 allée des Tilleuls, 36000 Châteauroux.
Cordialement
F. Giraud"""))

# P: Lucie, 26, orthographe du prénom, agacée gentiment
A(R("fr-rect-lucie-orth", "fr", ["rectification"], "Lüsie Carpentier <lusie.carpentier@gmail.com>",
    "mon prénom 🙃",
    """Coucou Sandra !
Ça fait trois mails que je reçois avec « Lucie » 😅 Mon prénom s'écrit Lüsie (avec le tréma). Tu
peux corriger dans ton fichier stp ? Et sur mon attestation de formation aussi si possible.
Bisous
Lüsie"""))

# P: Marc, 46, nouveau numéro, remplace l'ancien
A(R("fr-rect-marc-tel", "fr", ["rectification"], "Marc Dufresne <marc.dufresne@orange.fr>",
    "changement de numéro",
    """Bonjour, mon numéro a changé : merci de remplacer le 06 22 41 xx 18 par le 07 81 90 xx 03 et de
supprimer l'ancien. Bonne journée. Marc Dufresne"""))

# NEAR-LINE: contests a wrong statement in her coaching notes and asks for it to be corrected -> rectification (no pause of processing asked).
# P: Corinne, 48, a lu sa fiche de suivi et n'est pas d'accord
A(R("fr-rect-corinne-note", "fr", ["rectification"], "Corinne Vasseur <corinne.vasseur@free.fr>",
    "Re: Votre fiche de suivi",
    """Bonjour Sandra,

Merci pour la fiche. Une chose me gêne : il est écrit que j'ai « des difficultés relationnelles
avec ma hiérarchie ». Ce n'est pas ce que j'ai dit, j'ai parlé d'UN conflit ponctuel avec un
collègue. Pouvez-vous corriger cette phrase s'il vous plaît ?

Merci,
Corinne""" + apple_fr("2 juin 2025 à 16:40", "Bonjour Corinne,\nVous trouverez ci-joint la fiche de suivi de nos trois premières séances.\nSandra"),
    irt=True))

# P: Stéphane, 39, email change (old address replaced) — written from the new address
A(R("fr-rect-stephane-mail", "fr", ["rectification"], "Stéphane Ribeiro <stephane.ribeiro@proton.me>",
    "Changement d'adresse mail",
    """Bonjour,

J'abandonne mon adresse stephane.ribeiro@sfr.fr. Pourriez-vous la remplacer par celle-ci
(stephane.ribeiro@proton.me) pour l'accès à la formation et les factures ?

Merci,
Stéphane Ribeiro"""))

# P: Delphine, 43, entreprise, facture au mauvais nom/SIRET
A(R("fr-rect-delphine-factu", "fr", ["rectification"], "Delphine Aubry <d.aubry@atelier-aubry.fr>",
    "Erreur dans mes coordonnées",
    """Bonjour,

Mes coordonnées dans votre fichier client sont incomplètes : il manque mon adresse professionnelle
(Atelier Aubry, 5 place du Marché, 36100 Issoudun) et mon nom est mal orthographié (Aubry et non
Aubri). Merci de compléter et corriger.

Delphine Aubry""", fmt="alt"))

# P: Rectification + access (multi)
A(R("fr-rect-acc-gaelle", "fr", ["access", "rectification"], "Gaëlle Simon <gaelle.simon@orange.fr>",
    "Vérification de mes données",
    """Bonjour Madame Delomenie,

Je voudrais vérifier les informations que vous avez sur moi : pourriez-vous me les transmettre ?
Je pense notamment que mon ancienne adresse à Vatan est toujours enregistrée alors que j'habite
désormais 7 chemin des Vignes, 36150 Vatan Sud. Merci de la mettre à jour.

Cordialement,
Gaëlle Simon"""))

# ---------------- RESTRICTION ----------------
# NEAR-LINE: "ne les utilisez plus mais ne les supprimez pas" = restriction only.
# P: Isabelle, 53, en litige avec son employeur qui a financé le coaching
A(R("fr-res-isabelle-litige", "fr", ["restriction"], "Isabelle Marchand <isabelle.marchand@gmail.com>",
    "Mon dossier – important",
    """Bonjour Sandra,

Je suis actuellement en litige avec mon ancien employeur, qui avait financé mon coaching. Mon avocat
me conseille de vous demander de ne plus utiliser mes données ni de les transmettre à qui que ce
soit, mais SURTOUT de ne pas les supprimer, car elles pourraient servir de preuve.

Merci de geler mon dossier en l'état.
Isabelle Marchand"""))

# P: Pierre, 40, conteste l'exactitude et demande la suspension
A(R("fr-res-pierre-conteste", "fr", ["restriction"], "Pierre Lemaire <pierre.lemaire@sfr.fr>",
    "Contestation",
    """Bonjour,

Je conteste l'exactitude de l'évaluation finale de la formation qui figure dans mon dossier
(note de participation). En attendant qu'on en discute, je vous demande de suspendre tout
usage de ces informations, notamment l'envoi à l'OPCO.

Pierre Lemaire"""))

# P: Nathalie, 47, ne veut pas que Sandra efface avant qu'elle récupère
A(R("fr-res-nathalie-gel", "fr", ["restriction"], "Nathalie Dupuis <nathalie.dupuis@yahoo.fr>",
    "Ne rien effacer svp",
    """Bonjour,

J'ai reçu votre mail disant que les comptes inactifs seraient supprimés. Je vous demande de ne pas
effacer mes données pour l'instant, j'en ai besoin pour une démarche auprès de la MDPH. Par contre
je ne veux pas qu'elles soient utilisées pour autre chose en attendant.

Nathalie Dupuis""" + ANDROID_FR))

# P: Benoît, 35, restriction de traitement formelle (art. 18)
A(R("fr-res-benoit-art18", "fr", ["restriction"], "Benoît Caron <benoit.caron@mailo.com>",
    "Limitation du traitement – art. 18",
    """Madame,

Je vous demande la limitation du traitement de mes données personnelles au titre de l'article 18
du RGPD, le temps que soit examinée ma contestation relative à l'exactitude des informations
figurant dans mon questionnaire d'entrée.

Benoît Caron"""))

# P: Chantal, 60, mise en pause du témoignage? No: freeze of data while thinking
A(R("fr-res-chantal-pause", "fr", ["restriction"], "Chantal Morin <chantal.morin@orange.fr>",
    "En attendant",
    """Bonjour Sandra,

Je réfléchis encore à ce que je veux faire de mon dossier. En attendant ma décision, pouvez-vous
mettre mes données « en pause » ? Ne plus vous en servir, ne pas m'inclure dans vos statistiques,
mais les garder telles quelles.

Merci de votre compréhension,
Chantal"""))

# P: Rectification+restriction (contests and wants pause until corrected)
A(R("fr-res-rect-olivia", "fr", ["rectification", "restriction"], "Olivia Henry <olivia.henry@gmail.com>",
    "Erreur sur mon attestation",
    """Bonjour,

Mon attestation de formation indique 14 heures au lieu de 21 heures, et mon nom de naissance est
erroné (Henri au lieu de Henry). Merci de corriger ces deux points. En attendant la correction,
merci de ne pas transmettre mon dossier à France Travail.

Olivia Henry"""))

# ---------------- PORTABILITY ----------------
# P: Jérôme, 37, passe chez une autre coach, veut ses données dans un format réutilisable
A(R("fr-port-jerome", "fr", ["portability"], "Jérôme Blanchard <jerome.blanchard@gmail.com>",
    "Transfert de mon dossier",
    """Bonjour Sandra,

Je déménage à Lyon et je vais poursuivre avec une coach sur place. Serait-il possible de transmettre
directement mon dossier (questionnaires, fiches de suivi) à Mme Claire Vidal
(claire.vidal.coaching@gmail.com) ? Elle m'a dit qu'un format PDF ou Word lui conviendrait.

Merci pour ces deux années,
Jérôme"""))

# P: Amandine, 32, veut un export CSV de sa progression sur Systeme.io
A(R("fr-port-amandine-csv", "fr", ["portability"], "Amandine Roussel <amandine.roussel@outlook.com>",
    "Export de mes données de formation",
    """Bonjour,

Je souhaiterais récupérer mes données de formation (progression, réponses aux quiz, notes) dans un
format exploitable type CSV ou tableur, pour les importer dans mon propre outil de suivi.

Merci,
Amandine Roussel"""))

# P: Hugo, 28, portabilité formelle (art. 20)
A(R("fr-port-hugo-art20", "fr", ["portability"], "Hugo Bertin <hugo.bertin@protonmail.com>",
    "Portabilité art. 20",
    """Bonjour,
Conformément à l'article 20 du RGPD, je demande à recevoir les données que je vous ai fournies dans
un format structuré, couramment utilisé et lisible par machine (JSON ou CSV).
Cordialement,
Hugo Bertin"""))

# NEAR-LINE: wants to see what is held AND get it transferred -> access + portability.
# P: Valérie, 45, veut voir et transférer
A(R("fr-port-acc-valerie", "fr", ["access", "portability"], "Valérie Masson <valerie.masson@laposte.net>",
    "Mes données",
    """Bonjour,

J'aimerais d'abord savoir quelles données vous avez sur moi, et ensuite que vous les envoyiez
dans un format réutilisable à ma nouvelle praticienne (Mme Leroy, cabinet Équilibre, Tours).

Merci d'avance,
Valérie Masson"""))

# P: Samuel, 34, portability + erasure after transfer
A(R("fr-port-era-samuel", "fr", ["erasure", "portability"], "Samuel Nguyen <samuel.nguyen@gmail.com>",
    "Récupération puis suppression",
    """Bonjour Sandra,

Je voudrais récupérer toutes mes données dans un format numérique que je puisse réutiliser (fichier
Excel ou CSV pour les questionnaires, PDF pour le reste), puis que vous les supprimiez de vos
outils une fois l'envoi fait.

Merci et bonne continuation,
Samuel"""))

# P: Claire, 50, plus floue mais demande bien transfert
A(R("fr-port-claire-transfert", "fr", ["portability"], "Claire Jourdain <claire.jourdain@orange.fr>",
    "transfert vers ma nouvelle formation",
    """Bonjour,
L'organisme où je poursuis ma formation de praticienne me demande mes acquis. Pouvez-vous leur
transférer mes données de parcours (modules suivis, évaluations) sous forme de fichier ? Leur
adresse : admissions@institut-horizon.fr
Merci
Claire Jourdain"""))

# ---------------- OBJECTION ----------------
# P: Gérard, 66, ne veut plus de la newsletter
A(R("fr-obj-gerard-nl", "fr", ["objection"], "Gérard Bouvier <gerard.bouvier@wanadoo.fr>",
    "Désinscription",
    """Bonjour,
Merci de me désinscrire de votre lettre d'information.
G. Bouvier"""))

# P: Émilie, 30, SMS marketing
A(R("fr-obj-emilie-sms", "fr", ["objection"], "Émilie Fabre <emilie.fabre@gmail.com>",
    "SMS",
    """Bonjour, je reçois vos SMS pour les ateliers, merci de ne plus m'en envoyer. Bonne journée, Émilie"""))

# P: Arnaud, 43, s'oppose à l'utilisation de ses données pour des stats
A(R("fr-obj-arnaud-stats", "fr", ["objection"], "Arnaud Petitjean <arnaud.petitjean@gmail.com>",
    "Opposition",
    """Bonjour,

J'ai vu dans votre politique de confidentialité que vous utilisez les questionnaires pour des
statistiques et l'amélioration de vos prestations. Je m'oppose à ce que mes réponses soient
utilisées à ces fins. Pour le reste, pas de souci.

Arnaud Petitjean"""))

# P: Sabrina, 38, reply above newsletter, unsubscribe
A(R("fr-obj-sabrina-reply", "fr", ["objection"], "Sabrina K <sabrina.k@laposte.net>",
    "Re: 🌸 La lettre de Floraison – mars",
    """Désinscrivez-moi svp, le lien ne marche pas.""" + gmail_fr("mer. 5 mars 2025 à 07:30", NL_FR,
    name="Floraison de Soi", addr="contact@floraisondesoi.fr"), irt=True, irt_dom="floraisondesoi.fr"))

# P: Damien, 41, ne veut plus être relancé par téléphone
A(R("fr-obj-damien-appels", "fr", ["objection"], "Damien Colas <damien.colas@free.fr>",
    "Appels",
    """Bonjour Madame,

J'ai été appelé deux fois cette semaine pour me proposer votre nouveau programme. Je n'ai pas
donné suite après la séance découverte et je ne souhaite plus être contacté, ni par téléphone ni
par mail.

Cordialement,
Damien Colas"""))

# P: Lise, 56, quoted-printable HTML alt, objection marketing + access (multi)
A(R("fr-obj-acc-lise", "fr", ["access", "objection"], "Lise Caradec <lise.caradec@orange.fr>",
    "Vos mails commerciaux",
    """Bonjour,

Je ne souhaite plus recevoir d'offres commerciales de votre part. Par ailleurs, je voudrais savoir
quelles informations vous conservez sur moi et d'où vous les tenez, car je n'ai jamais été cliente.

Lise Caradec""", fmt="alt", cte="quoted-printable"))

# P: Manon, 22, court, emoji
A(R("fr-obj-manon", "fr", ["objection"], "Manon <manon.lbt@gmail.com>",
    "plus de mails svp",
    """Hello, je veux plus recevoir la newsletter, merci de me retirer de la liste 🙏"""))

# P: Hervé, 59, s'oppose au profilage publicitaire (Meta)
A(R("fr-obj-herve-pub", "fr", ["objection"], "Hervé Lacombe <herve.lacombe@sfr.fr>",
    "Publicités Facebook",
    """Bonjour,

Je vois passer vos publicités sur Facebook depuis que j'ai acheté votre e-book. Je suppose que
vous avez importé mon adresse dans un outil publicitaire. Je m'oppose à l'utilisation de mes
données à des fins de ciblage publicitaire.

Hervé Lacombe"""))

# P: Caroline, 44, objection "situation particulière"
A(R("fr-obj-caroline-situation", "fr", ["objection"], "Caroline Duval <caroline.duval@gmail.com>",
    "Courriers à mon domicile",
    """Bonjour Sandra,

Pour des raisons personnelles (je suis en pleine séparation et mon conjoint ouvre le courrier),
je vous demande de ne plus m'envoyer de courrier papier ni de cartes à mon domicile. Les mails
restent OK.

Merci de votre discrétion,
Caroline"""))

# P: Jacques, 71, objection + erasure in letter style
A(R("fr-obj-era-jacques", "fr", ["erasure", "objection"], "Jacques Renaud <jacques.renaud@orange.fr>",
    "Plus de publicité",
    """Madame,

Je reçois régulièrement vos messages publicitaires. Je vous prie de cesser ces envois et
d'effacer mes coordonnées de vos listes.

J. Renaud""", cte="quoted-printable"))

# ---------------- WITHDRAW CONSENT ----------------
# P: Laetitia, 36, ne veut plus de sa photo sur Instagram
A(R("fr-wc-laetitia-photo", "fr", ["withdraw_consent"], "Laetitia Bonnet <laetitia.bonnet@gmail.com>",
    "Photo de l'atelier",
    """Coucou Sandra,

J'ai vu la photo de groupe de l'atelier de samedi sur Instagram. Je suis désolée mais je préfère ne
pas y apparaître (mon ex me cherche...). Je retire mon accord pour cette photo, tu peux l'enlever
ou me flouter ?

Merci ❤️
Laetitia""" + IPHONE_FR))

# P: Daniel, 57, retire son témoignage écrit
A(R("fr-wc-daniel-temoignage", "fr", ["withdraw_consent"], "Daniel Fournier <daniel.fournier@outlook.fr>",
    "Retrait de mon témoignage",
    """Bonjour Madame Delomenie,

Je vous avais autorisée à publier mon témoignage sur votre site en 2023. Je retire aujourd'hui cette
autorisation et vous demande de le retirer de votre site et de vos réseaux.

Cordialement,
Daniel Fournier"""))

# P: Aline, 40, enregistrement vidéo du webinaire
A(R("fr-wc-aline-replay", "fr", ["withdraw_consent"], "Aline Moreau <aline.moreau@yahoo.fr>",
    "Replay du webinaire",
    """Bonjour,

J'ai pris la parole caméra allumée pendant le webinaire du 12 et j'apparais dans le replay. Je ne
suis plus d'accord pour que cet enregistrement soit diffusé avec mon image et ma voix. Merci de
couper ce passage ou de retirer la vidéo.

Aline Moreau"""))

# NEAR-LINE: revokes consent to health-data processing (questionnaire santé) -> withdraw_consent; she does not ask erasure of all data.
# P: Mireille, 52, retire le consentement pour données de santé
A(R("fr-wc-mireille-sante", "fr", ["withdraw_consent"], "Mireille Chevalier <mireille.chevalier@free.fr>",
    "Questionnaire santé",
    """Bonjour Sandra,

À la réflexion, je retire le consentement que j'avais donné pour l'utilisation de mon questionnaire
de santé. Je préfère qu'on continue les séances sans que ces éléments soient pris en compte ou
conservés.

Mireille"""))

# P: Océane, 25, témoignage Systeme.io et Insta
A(R("fr-wc-oceane", "fr", ["withdraw_consent"], "Océane Martin <oceane.martin25@gmail.com>",
    "Mon avis sur ta page",
    """Hello Sandra ! J'avais laissé un avis avec ma photo sur ta page de vente, est-ce que tu peux
l'enlever ? Je ne suis plus à l'aise avec ça (nouveau boulot). Merci beaucoup 😘"""))

# P: Withdraw consent + objection (multi): testimonial + newsletter
A(R("fr-wc-obj-sandrine", "fr", ["objection", "withdraw_consent"], "Sandrine Lopez <sandrine.lopez@orange.fr>",
    "Témoignage + newsletter",
    """Bonjour,

Deux choses : je souhaite que mon témoignage audio soit retiré de votre site, et je ne veux plus
recevoir votre newsletter.

Merci,
Sandrine Lopez"""))

# P: Withdraw consent for cookies/analytics
A(R("fr-wc-yves-cookies", "fr", ["withdraw_consent"], "Yves Baudin <yves.baudin@gmail.com>",
    "Cookies",
    """Bonjour,
J'avais accepté les cookies sur votre site un peu vite. Je retire mon consentement au suivi Google
Analytics et je vous demande de ne plus traiter mes données de navigation.
Yves Baudin"""))

# P: Withdraw + restriction? -> photo withdraw + don't delete the rest (keep as restriction?) Keep single.
# P: Perrine, 33, retrait d'autorisation de citation dans un livre/article
A(R("fr-wc-perrine-article", "fr", ["withdraw_consent"], "Perrine Lefort <perrine.lefort@hotmail.fr>",
    "Article de blog",
    """Bonjour Sandra,

Je t'avais donné mon accord pour que tu racontes mon parcours (anonymisé) dans ton article de blog
sur la reconversion. Finalement, même anonymisé, des gens m'ont reconnue. Je retire mon accord,
peux-tu dépublier ou réécrire ce passage ?

Perrine"""))

# P: Erasure + withdraw consent, Outlook, long
A(R("fr-era-wc-brigitte", "fr", ["erasure", "withdraw_consent"], "Brigitte Lambert <brigitte.lambert@cegetel.net>",
    "RE: Merci pour votre témoignage !",
    """Bonjour Sandra,

Après réflexion je ne souhaite plus que mon témoignage et ma photo apparaissent sur votre site.
Et plus généralement, je voudrais que vous supprimiez tout ce que vous avez sur moi.
Je vous remercie de votre compréhension.

Brigitte Lambert""" + outlook_fr("mardi 3 juin 2025 11:02", "Merci pour votre témoignage !",
    "Bonjour Brigitte,\nMerci infiniment pour ces mots, je les publie dès demain sur le site.\nSandra",
    to="Brigitte Lambert"), irt=True))

# ---------------- POST MORTEM ----------------
# P: Fille d'une cliente décédée
A(R("fr-pm-fille-maman", "fr", ["post_mortem"], "Sarah Bellamy <sarah.bellamy@gmail.com>",
    "Décès de ma maman, Françoise Bellamy",
    """Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Françoise Bellamy, le 2 mars dernier. Elle
avait suivi vos ateliers pendant plusieurs années et en parlait beaucoup.

En rangeant ses affaires, nous avons vu qu'elle recevait toujours votre lettre. Pourriez-vous
supprimer son adresse et, si c'est possible, nous transmettre les écrits qu'elle avait faits
pendant les ateliers ? Cela compterait beaucoup pour nous.

Je joins l'acte de décès.

Bien cordialement,
Sarah Bellamy""", att=["acte_deces_F_Bellamy.pdf"]))

# P: Notaire
A(R("fr-pm-notaire", "fr", ["post_mortem"], "Office notarial Duclos <accueil@duclos-notaires.fr>",
    "Succession M. Alain Rigaud – Dossier 2025/0412",
    """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Alain Rigaud, décédé le 18 janvier
2025. Dans ce cadre, nous vous remercions de nous indiquer si vous détenez des données ou des
documents concernant le défunt, et de clôturer tout compte ouvert à son nom.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Duclos,
Sylvie Perrault, clerc de notaire""", fmt="alt", att=["attestation_notariee_Rigaud.pdf"]))

# P: Cliente vivante qui laisse des directives post mortem
A(R("fr-pm-directives-odile", "fr", ["post_mortem"], "Odile Mercier <odile.mercier@orange.fr>",
    "Mes directives",
    """Bonjour Sandra,

Comme vous le savez, ma santé n'est pas bonne. Je voudrais que vous sachiez qu'à mon décès, je
souhaite que toutes mes notes de séances soient détruites, sauf la lettre que j'ai écrite pour
mes petits-enfants pendant l'atelier, que vous pourrez remettre à mon fils Thomas.

Merci pour tout ce que vous m'avez apporté.
Odile"""))

# P: Veuf, écrit maladroitement
A(R("fr-pm-veuf", "fr", ["post_mortem"], "Roger Pichon <roger.pichon36@orange.fr>",
    "ma femme",
    """Bonjour madame
ma femme Josiane Pichon est décédée en decembre. elle avait un compte chez vous pour des cours sur
internet. je voudrais que vous fermiez son compte et que vous arretiez les prelevements et les mails.
merci
Roger Pichon"""))

# NEAR-LINE: son asks for access to his late father's file -> post_mortem only.
# P: Fils demande l'accès
A(R("fr-pm-fils-acces", "fr", ["post_mortem"], "Thomas Girard <thomas.girard@gmail.com>",
    "Dossier de mon père",
    """Bonjour,

Mon père, Michel Girard, est décédé le mois dernier. Il vous voyait pour un accompagnement après sa
retraite. Nous essayons de comprendre son état d'esprit des derniers mois. En tant qu'héritier,
puis-je avoir accès aux notes de ses séances ?

Thomas Girard""", att=["acte_de_deces_Michel_Girard.pdf", "CNI_Thomas_Girard.jpg"]))

# P: Sœur, témoignage d'une défunte
A(R("fr-pm-soeur-temoignage", "fr", ["post_mortem"], "Nicole Faure <nicole.faure@laposte.net>",
    "Témoignage de ma sœur",
    """Bonjour,

Ma sœur Annie Faure nous a quittés cet été. Son témoignage et sa photo sont toujours sur votre site.
La famille souhaiterait qu'ils soient retirés, c'est trop douloureux de tomber dessus.

Merci de votre compréhension.
Nicole Faure"""))

# P: Client writes post-mortem instructions for testimonial to stay
A(R("fr-pm-directives-paul", "fr", ["post_mortem"], "Paul Vernet <paul.vernet@free.fr>",
    "Après moi",
    """Bonjour Sandra,

Je suis en train de mettre mes affaires en ordre (rien d'urgent, rassurez-vous). Je désigne ma fille
Hélène Vernet pour décider de ce que deviennent mes données chez vous après mon décès. D'ici là,
rien ne change.

Paul"""))

# ---------------- MORE ACCESS/ERASURE/OTHERS, varied formats ----------------
# P: Forwarded own earlier unanswered request
A(R("fr-acc-relance-fwd", "fr", ["access"], "Muriel Texier <muriel.texier@gmail.com>",
    "Fwd: Demande de copie de mes données",
    """Bonjour,

Je vous relance : je n'ai pas eu de réponse à ma demande ci-dessous du mois dernier.

Muriel""" + fwd_fr("lun. 6 oct. 2025 à 10:21", "Demande de copie de mes données",
    "Bonjour Sandra,\nPourriez-vous m'envoyer une copie de toutes les données que vous avez à mon nom ?\nMerci\nMuriel Texier",
    "Muriel Texier", "muriel.texier@gmail.com")))

# P: Erasure via contact@ address, WhatsApp group
A(R("fr-era-whatsapp", "fr", ["erasure"], "Léa Gauthier <lea.gauthier@gmail.com>",
    "Groupe WhatsApp + données",
    """Bonjour,
La formation est finie depuis un an. Je voudrais être retirée du groupe WhatsApp et que mon numéro
et mes messages soient effacés de vos fichiers, ainsi que le reste de mes données.
Léa""", to=CONTACT))

# P: Objection + restriction? (multi) no - objection + erasure done. Do restriction+objection
# NEAR-LINE: stop marketing (objection) + keep the coaching file but don't use it while a complaint is examined (restriction).
A(R("fr-res-obj-eric", "fr", ["objection", "restriction"], "Éric Poulain <eric.poulain@orange.fr>",
    "Réclamation",
    """Bonjour,

Suite à ma réclamation sur la facturation, je vous demande de ne plus m'envoyer de mails
promotionnels. Et tant que le litige n'est pas réglé, merci de ne pas utiliser mon dossier mais de
ne pas le supprimer non plus.

É. Poulain"""))

# P: access by a parent for minor
A(R("fr-acc-parent-mineur", "fr", ["access"], "Karine Leblanc <karine.leblanc@sfr.fr>",
    "Mon fils Lucas – stage ado",
    """Bonjour,

Mon fils Lucas Leblanc (14 ans) a participé à votre stage pendant les vacances de Pâques. En tant
que parent, j'aimerais savoir quelles informations vous avez recueillies sur lui (questionnaire,
photos, notes) et en avoir une copie.

Cordialement,
Karine Leblanc"""))

# P: Short erasure in HTML with Outlook signature image
A(R("fr-era-short-html", "fr", ["erasure"], "Cédric Hamon <cedric.hamon@hamon-immo.fr>",
    "Suppression de mes informations",
    """Bonjour,

Merci d'effacer mes informations personnelles de vos bases.

Cédric Hamon
Hamon Immobilier
« Pensez à l'environnement avant d'imprimer ce mail »""", fmt="html"))

# P: portability of Drive documents
A(R("fr-port-drive", "fr", ["portability"], "Ludivine Perret <ludivine.perret@gmail.com>",
    "Mes documents Google Drive",
    """Bonjour Sandra,

Tu avais créé un dossier partagé Google Drive pour mes exercices. Avant que tu fermes l'accès,
pourrais-tu m'exporter l'ensemble de mes fichiers (dans un format que je peux rouvrir chez moi,
type .docx / .xlsx) ou les transférer sur mon propre Drive ludivine.perret@gmail.com ?

Merci !
Ludivine"""))

# P: objection to being contacted after workshop by partner
A(R("fr-obj-partenaires", "fr", ["objection"], "Bruno Weber <bruno.weber@gmx.fr>",
    "Partenaires",
    """Bonjour,
Je refuse que mes coordonnées soient utilisées pour de la prospection, que ce soit par vous ou par
vos partenaires. Merci d'en prendre note.
Bruno Weber"""))

# P: Withdraw consent for Facebook group membership use? -> photo in flyer
A(R("fr-wc-flyer", "fr", ["withdraw_consent"], "Audrey Collet <audrey.collet@laposte.net>",
    "Flyer salon bien-être",
    """Bonjour Sandra,

Je me suis reconnue sur le flyer du salon bien-être de novembre (la photo de l'atelier respiration).
J'avais signé l'autorisation mais je la retire : merci de ne plus utiliser cette photo pour les
prochaines impressions ni en ligne.

Audrey"""))

# P: Rectification for minor via parent
A(R("fr-rect-parent", "fr", ["rectification"], "Séverine Klein <severine.klein@orange.fr>",
    "Erreur fiche d'inscription de ma fille",
    """Bonjour,

Sur la fiche d'inscription de ma fille Zoé Klein au stage, la date de naissance indiquée est fausse
(2012 au lieu de 2011) et le numéro à contacter en cas d'urgence n'est plus le bon : c'est
désormais le 06 45 xx xx 12. Merci de corriger.

Séverine Klein"""))

# P: erasure of Zoom chat logs / replays
A(R("fr-era-chat", "fr", ["erasure"], "Thibault Roche <thibault.roche@gmail.com>",
    "Messages dans le chat",
    """Bonjour,

Lors de la conférence en ligne, j'ai écrit dans le chat des choses assez personnelles sous mon vrai
nom. Je vous demande d'effacer ces messages de vos archives et du replay, ainsi que mes données
d'inscription.

Thibault Roche"""))

# P: access via contact@, asks what is on Systeme.io and Stripe specifically, short
A(R("fr-acc-stripe-sio", "fr", ["access"], "Aude Vial <aude.vial@wanadoo.fr>",
    "Quelles données ?",
    """Bonjour, pouvez-vous m'indiquer quelles données personnelles me concernant sont enregistrées
chez vous et chez vos prestataires (Systeme.io, Stripe) ? Merci. Aude Vial""", to=CONTACT))

# P: three rights: access + erasure + objection, angry long
A(R("fr-multi-sebastien", "fr", ["access", "erasure", "objection"], "Sébastien Morvan <seb.morvan@free.fr>",
    "Mes données - 3 demandes",
    """Madame,

1) Je veux savoir quelles données vous avez sur moi et à qui vous les avez transmises.
2) Je m'oppose à toute prospection commerciale me concernant, à compter de ce jour.
3) Une fois que vous m'aurez répondu sur le point 1, effacez tout.

Je vous rappelle que vous avez un mois pour répondre.

Sébastien Morvan"""))

# P: Withdraw consent: questionnaire use for research/testimonial anonymised stats
A(R("fr-wc-enquete", "fr", ["withdraw_consent"], "Françoise Tessier <f.tessier@orange.fr>",
    "Enquête de satisfaction",
    """Bonjour,

J'avais accepté que mes réponses au questionnaire soient utilisées dans votre mémoire de
certification. Je préfère finalement retirer mon accord. Merci de ne pas les y inclure.

Françoise Tessier"""))

# P: rectification with typo and attachment of justificatif
A(R("fr-rect-justif", "fr", ["rectification"], "Rachid Benali <rachid.benali@gmail.com>",
    "corriger mon nom sur la facture",
    """Bonjour madame, sur vos facture mon nom est écrit BENNALI avec deux N, c'est BENALI. Je vous met
ma carte vitale en piece jointe pour que vous voyez. Merci de corriger car ma mutuelle refuse le
remboursement. Rachid""", att=["IMG_20250612_094512.jpg"]))

# P: Erasure request written in the third person by an assistant for her boss -> mandate? NEAR
# NEAR-LINE: an assistant writes on behalf of her boss with his explicit instruction and signature -> treated as a mandated request (erasure).
A(R("fr-era-assistante", "fr", ["erasure"], "Assistante de direction – Groupe Mainvielle <assistante.direction@mainvielle.fr>",
    "Demande de M. Mainvielle",
    """Madame,

À la demande de M. Frédéric Mainvielle, qui me charge de vous écrire et signe la lettre jointe,
je vous prie de bien vouloir supprimer l'ensemble de ses données personnelles (coaching 2022).

Cordialement,
Pauline Texier
Assistante de direction""", att=["Lettre_signee_F_Mainvielle.pdf"]))

# P: portability + access, English words mixed, young founder
A(R("fr-port-startup", "fr", ["portability"], "Maxime Royer <maxime@royer.studio>",
    "Export data",
    """Hello Sandra,

Petite demande : je migre tout mon suivi perso sur Notion. Tu pourrais m'envoyer un export de mes
données (fiches de séance, objectifs, ressentis) en CSV ou JSON ? Le format brut me va très bien.

Merci !
Maxime"""))

# P: post mortem: daughter requests deletion of Systeme.io account and Stripe card
A(R("fr-pm-compte-stripe", "fr", ["post_mortem"], "Émilie Carré <emilie.carre@gmail.com>",
    "Abonnement de mon père décédé",
    """Bonjour,

Mon père Gérard Carré est décédé le 4 août. Il avait un abonnement mensuel à votre programme en
ligne, payé par carte. Pouvez-vous mettre fin au prélèvement et supprimer toutes ses données ?

Merci,
Émilie Carré (sa fille)"""))

# P: objection to profiling via quizzes
A(R("fr-obj-quiz", "fr", ["objection"], "Loïc Perrot <loic.perrot@gmail.com>",
    "Segmentation",
    """Bonjour,

Je comprends que vos mails s'adaptent selon mes réponses au quiz « Quel est votre profil de
leadership ? ». Je ne souhaite pas être profilé ainsi : merci d'arrêter ce traitement me concernant.

Loïc"""))

# P: restriction: contesting a note while she is client
A(R("fr-res-therese", "fr", ["restriction"], "Thérèse Maillard <therese.maillard@orange.fr>",
    "Mes informations de santé",
    """Bonjour Sandra,

Il y a une erreur dans ce que vous avez noté sur mes antécédents (je n'ai jamais fait de dépression,
c'était un burn-out). Tant qu'on n'en a pas parlé ensemble, je vous demande de ne pas utiliser
cette information ni de la partager avec qui que ce soit.

Thérèse""", cte="quoted-printable"))

# P: withdraw consent for photos + restriction? keep photo + access
A(R("fr-wc-acc-photos", "fr", ["access", "withdraw_consent"], "Mélanie Renard <melanie.renard@icloud.com>",
    "Photos du stage",
    """Bonjour,

Pouvez-vous me dire quelles photos et vidéos de moi vous avez conservées du stage de juin et où
elles sont publiées ? Je retire mon autorisation de diffusion pour toutes.

Mélanie Renard""" + "\n\nEnvoyé de mon iPhone"))

# P: erasure of a specific thing: old questionnaire (partial erasure)
A(R("fr-era-questionnaire", "fr", ["erasure"], "Justine Lemoine <justine.lemoine@gmail.com>",
    "questionnaire de 2021",
    """Bonjour Sandra, je continue les séances avec plaisir, mais est-ce que tu pourrais effacer le
questionnaire de début que j'avais rempli en 2021 ? Il contient des choses qui ne sont plus vraies
et très personnelles, je préfère qu'il n'existe plus. Merci, Justine"""))

# P: Access, mobile Outlook
A(R("fr-acc-outlookmob", "fr", ["access"], "Benjamin Roy <benjamin.roy@outlook.fr>",
    "Données",
    """Bonjour, pourriez-vous m'envoyer par mail l'ensemble des informations que vous détenez à mon sujet ? Cdlt, Benjamin Roy""" + OUTLOOK_MOB))

# P: post-mortem: partner (PACS) asks about recordings
A(R("fr-pm-compagne", "fr", ["post_mortem"], "Anaïs Dubreuil <anais.dubreuil@gmail.com>",
    "Enregistrements de Julien",
    """Bonjour Sandra,

Je suis la compagne de Julien Marty, décédé en mai. Il avait enregistré des séances audio avec vous
pendant sa maladie. Est-ce qu'elles existent encore ? Sa mère et moi voudrions décider ensemble de
ce qu'on en fait, en attendant merci de ne rien supprimer.

Anaïs"""))

# P: erasure + rectification? No: rectification+objection (change email, stop newsletter)
A(R("fr-rect-obj-ginette", "fr", ["objection", "rectification"], "Ginette Robin <ginette.robin@laposte.net>",
    "changement",
    """Bonjour,
Mon adresse n'est plus ginette.robin@club-internet.fr mais celle-ci. Merci de mettre à jour pour
les factures. Par contre pas la peine de m'envoyer la newsletter, je ne la lis pas.
Ginette Robin"""))

# P: withdraw_consent + erasure, Apple Mail reply
A(R("fr-wc-era-video", "fr", ["erasure", "withdraw_consent"], "Charlotte Picard <charlotte.picard@me.com>",
    "Re: Interview vidéo",
    """Sandra, je suis désolée mais je retire mon accord pour l'interview vidéo, je ne veux pas qu'elle
soit diffusée. Et je voudrais aussi que mes données soient supprimées de ton fichier, je ne reviendrai pas.

Charlotte""" + apple_fr("12 nov. 2025 à 09:03", "Bonjour Charlotte,\nL'interview est montée ! Je la publie la semaine prochaine, tu veux la voir avant ?\nSandra"),
    irt=True))

# P: portability to another platform (Systeme.io course progress) - English-ish mixed person
A(R("fr-port-sio", "fr", ["portability"], "Nora Haddad <nora.haddad@gmail.com>",
    "Transfert vers Podia",
    """Bonjour,
Je passe mes formations sur Podia. Pourriez-vous transférer mes données d'élève (progression,
certificats, coordonnées) à mon compte Podia ou me les fournir dans un fichier compatible ?
Merci, Nora"""))

# P: objection from prospect who downloaded ebook
A(R("fr-obj-ebook", "fr", ["objection"], "Valentin Chauvin <valentin.chauvin@gmail.com>",
    "Relances ebook",
    """Bonjour, j'ai téléchargé votre ebook gratuit et depuis je reçois un mail par jour. Je ne veux
plus de ces relances commerciales. Valentin"""))

# P: access + portability + erasure (3 rights)
A(R("fr-multi-agathe", "fr", ["access", "erasure", "portability"], "Agathe Leroux <agathe.leroux@mailfence.com>",
    "Demande RGPD",
    """Bonjour,

Je souhaite :
- connaître les données que vous détenez sur moi ;
- les recevoir dans un format structuré et lisible par machine ;
- puis qu'elles soient effacées.

Justificatif d'identité en pièce jointe.
Agathe Leroux""", att=["passeport_Leroux.pdf"]))

# P: restriction only - don't delete, student needing attestation
A(R("fr-res-attestation", "fr", ["restriction"], "Kelly Marchal <kelly.marchal@gmail.com>",
    "Ne supprimez pas mon compte",
    """Bonjour,
J'ai vu que mon compte de formation allait être supprimé pour inactivité. Merci de ne pas le
supprimer ni l'effacer tant que ma prise en charge CPF n'est pas finalisée, mais vous pouvez arrêter
de l'utiliser pour les relances. Je n'ai besoin que de garder la trace.
Kelly""" ))
