# -*- coding: utf-8 -*-
"""French-language requests (France, Belgium, Switzerland, Québec)."""
from _rec import R

RECORDS = [

# ------------------------------------------------------------------ access
R("fr-req-acc-art15-lettre-formelle", "fr", ["access"],
  "Véronique Sarrazin <v.sarrazin@orange.fr>",
  "Demande d'accès à mes données personnelles - article 15 RGPD",
  """\
Madame,

Ayant suivi en 2024 votre formation « Reprendre confiance après un burn-out », je
vous prie de bien vouloir, en application de l'article 15 du Règlement (UE) 2016/679
(RGPD), me communiquer :

- la copie de l'ensemble des données à caractère personnel me concernant que vous
  détenez, quel qu'en soit le support (fichiers, plateforme de cours, messagerie) ;
- les finalités des traitements et la durée de conservation envisagée.

Vous trouverez ci-joint la copie de ma pièce d'identité. Je vous rappelle que vous
disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Véronique Sarrazin
12 rue des Tanneurs
36100 Issoudun
""",
  att=[("pdf", "CNI_Sarrazin.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : SARRAZIN\nPrenom : Veronique\n(copie - usage exclusif demande RGPD)")]),

R("fr-req-acc-casual-ce-que-vous-gardez", "fr", ["access"],
  "Léa Fournial <lea.fournial@gmail.com>",
  "petite question",
  """\
Coucou Sandra,

J'espère que tu vas bien et que l'atelier de printemps s'est bien passé !

Je me demandais ce que tu gardes comme infos sur moi depuis le coaching de l'an
dernier ? J'aimerais bien voir ce qu'il y a dans mon dossier, par curiosité et
parce que je refais le point sur ma reconversion.

Tu peux me l'envoyer quand tu as un moment, rien d'urgent.

Bises,
Léa
"""),

# NEAR-LINE: asks only where her number came from -> access (source of the data).
R("fr-req-acc-source-numero", "fr", ["access"],
  "Michel Ouvrard <michel.ouvrard@free.fr>",
  "SMS reçu pour votre atelier",
  """\
Bonjour,

J'ai reçu hier soir un SMS m'invitant à votre atelier « Gérer son stress au travail ».
Je ne vous connais pas et je n'ai jamais donné mon numéro à votre entreprise.

Pouvez-vous me dire d'où vous tenez mes coordonnées, et qui vous les a transmises ?

Cordialement,
M. Ouvrard
"""),

R("fr-req-acc-partage-tiers", "fr", ["access"],
  "Nadia Belkacem <nadia.belkacem@laposte.net>",
  "Mes coordonnées ont-elles été transmises ?",
  """\
Bonjour Madame Delomenie,

Depuis que j'ai participé à votre formation en visio en février, je reçois des
publicités d'un organisme de bilan de compétences que je ne connais pas. Je ne vous
accuse de rien, mais je voudrais savoir si vous avez communiqué mes coordonnées à
des partenaires ou à d'autres organismes, et si oui lesquels.

Merci d'avance pour votre réponse.

Nadia Belkacem
"""),

R("fr-req-acc-avocat-mandat", "fr", ["access"],
  "Maître Hélène Vasseur <h.vasseur@vasseur-avocat.fr>",
  "V/Réf. : néant - N/Réf. : 25/0412 - Mme GIRAUDON c/ Floraison de Soi",
  """\
Madame,

J'interviens en qualité de conseil de Madame Coralie GIRAUDON, demeurant 4 allée des
Peupliers à Châteauroux (36000), qui a suivi votre programme d'accompagnement entre
septembre 2024 et janvier 2025. Vous trouverez en pièce jointe le mandat qu'elle m'a
confié.

Au nom et pour le compte de ma cliente, et sur le fondement de l'article 15 du RGPD,
je vous demande de me communiquer l'intégralité des données personnelles la concernant
que vous traitez, en ce compris les notes de séances, les échanges écrits, les
questionnaires remplis et les données de paiement, ainsi que l'identité des
destinataires auxquels ces données auraient été communiquées.

Je vous remercie de bien vouloir adresser ces éléments à mon cabinet dans le délai
légal d'un mois.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Hélène VASSEUR
Avocate au Barreau de Châteauroux
8 place Gambetta - 36000 Châteauroux
Tél. 02 54 00 00 00

Ce message et ses pièces jointes sont confidentiels et couverts par le secret
professionnel. S'il ne vous est pas destiné, merci d'en avertir l'expéditeur et de
le détruire.
""",
  att=[("pdf", "Mandat_GIRAUDON_signe.pdf", "MANDAT\nJe soussignee Coralie GIRAUDON donne mandat a Maitre Helene VASSEUR\npour exercer en mon nom mes droits au titre du RGPD aupres de Floraison de Soi.\nFait a Chateauroux.")]),

R("fr-req-acc-parent-mineure", "fr", ["access"],
  "Stéphane Mornet <s.mornet36@gmail.com>",
  "Atelier ados - dossier de ma fille",
  """\
Bonjour Madame,

Ma fille Jade (15 ans) a participé à vos trois ateliers « Confiance en soi ados » cet
automne. En tant que père et représentant légal, je souhaiterais savoir quelles
informations vous conservez sur elle (fiche d'inscription, questionnaires,
éventuelles notes) et en recevoir une copie.

Bien cordialement,
Stéphane Mornet
"""),

R("fr-req-acc-belgique-copie", "fr-BE", ["access"],
  "Anne-Françoise Delvaux <af.delvaux@skynet.be>",
  "Demande de copie",
  """\
Bonjour Madame,

J'ai suivi votre cours en ligne « Oser sa voix » l'année passée depuis Namur.
Pourriez-vous me faire parvenir une copie des données me concernant que vous
conservez ? Je vous en remercie d'avance.

Bien à vous,

Anne-Françoise Delvaux
Rue de Fer 71
5000 Namur
"""),

R("fr-req-acc-sms-style", "fr", ["access"],
  "kev.lbn <kevin.lebon36@hotmail.fr>",
  "question",
  """\
slt c koi les infos ke vs avez sur moi? g fait votre formation en mars avec pole emploi.
jveu voir ce ki a dans mon dossier merci
""",
  ua="iPhone Mail (22D72)"),

R("fr-req-acc-buried-long-nouvelles", "fr", ["access"],
  "Céline Vautrin <celine.vautrin@wanadoo.fr>",
  "Des nouvelles de Bourges",
  """\
Chère Sandra,

Cela fait longtemps ! Je voulais vous donner des nouvelles : depuis nos séances de
l'an dernier, j'ai finalement quitté la banque et j'ai ouvert mon atelier de
céramique à Bourges. Les débuts sont difficiles mais je dors enfin la nuit, et je
repense souvent à l'exercice des « trois cercles » que vous m'aviez fait faire.

Ma fille rentre au lycée en septembre, mon mari a repris le vélo, bref la vie suit
son cours. J'ai aussi recommandé votre travail à deux amies, vous aurez peut-être de
leurs nouvelles.

Au passage, pourriez-vous m'envoyer l'ensemble de ce que vous avez conservé à mon
sujet (notes de séances comprises) ? Je suis en train de monter un dossier pour une
formation et j'aimerais relire tout ça.

Si vous passez par Bourges, ma porte est ouverte, je vous offrirai un bol !

Avec toute mon amitié,
Céline
"""),

R("fr-req-acc-html-outlook-web", "fr", ["access"],
  "Gérard Pinault <gerard.pinault@outlook.fr>",
  "Informations détenues",
  """\
Bonjour,

Je souhaite connaître la liste des données personnelles que vous détenez à mon nom
(coordonnées, historique d'achats, inscriptions) ainsi que leur origine.

Merci de me répondre par retour de mail.

Gérard Pinault
""",
  shape="html",
  html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>
<body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Bonjour,</p><p><br></p>
<p>Je souhaite connaître la liste des données personnelles que vous détenez à mon nom (coordonnées, historique d'achats, inscriptions) ainsi que leur origine.</p>
<p><br></p><p>Merci de me répondre par retour de mail.</p><p><br></p>
<p>Gérard Pinault</p></div>
<div id="appendonsend"></div></body></html>
"""),

R("fr-req-acc-quebec-loi25", "fr-QC", ["access"],
  "Marie-Ève Tremblay <me.tremblay@videotron.ca>",
  "Demande d'accès - renseignements personnels",
  """\
Bonjour Sandra,

J'ai suivi votre formation en ligne « Leadership bienveillant » depuis Montréal cet
hiver. C'était vraiment le fun, merci encore!

En vertu de la Loi 25 pis du RGPD (vu que vous êtes en France), j'aimerais avoir
accès aux renseignements personnels que vous détenez sur moi. Pouvez-vous m'envoyer
une copie de mon dossier?

Merci ben gros,
Marie-Ève
"""),

# NEAR-LINE: phrased as a question, but asks who the notes were shared with -> access.
R("fr-req-acc-qui-a-acces-superviseur", "fr", ["access"],
  "Pauline Rigaud <pauline.rigaud@gmail.com>",
  "Re: Compte-rendu séance 4",
  """\
Bonjour Sandra,

Merci pour le compte-rendu. Une question qui me trotte dans la tête depuis la
séance : vous m'avez parlé de votre supervision. Est-ce que vous partagez mes notes
de séance avec votre superviseure ou d'autres personnes ? Si oui, pouvez-vous me dire
avec qui exactement, et ce qui a été transmis ?

Belle journée,
Pauline

Le mar. 3 juin 2025 à 18:42, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
> Bonjour Pauline,
>
> Voici le compte-rendu de notre 4e séance ainsi que l'exercice à faire pour la
> prochaine fois (journal des réussites, 5 minutes par jour).
>
> Belle semaine,
> Sandra
> Floraison de Soi - Coaching & Formation
""",
  reply=True),

R("fr-req-acc-drive-copie", "fr", ["access"],
  "Julien Caradec <julien.caradec@protonmail.com>",
  "Vos fichiers Google Drive",
  """\
Bonjour,

J'ai vu dans votre politique de confidentialité que vous stockez les dossiers clients
sur Google Drive. Pouvez-vous me dire quelles données me concernant y figurent et
m'en adresser une copie ? Idem pour ce qui serait dans Systeme.io.

Merci,
Julien Caradec
""",
  shape="alt"),

R("fr-req-acc-outlook-quoted-reservation", "fr", ["access"],
  "Christine Laborde <c.laborde@cabinet-laborde-expertise.fr>",
  "RE: Confirmation de votre inscription - Formation Prise de parole",
  """\
Bonjour Madame Delomenie,

Suite à ma formation, pouvez-vous me transmettre une copie de toutes les informations
me concernant dont vous disposez (dossier d'inscription, évaluations, échanges) ?
J'en ai besoin pour mes archives personnelles.

Cordialement,

Christine Laborde
Expert-comptable associée
Cabinet Laborde Expertise - 15 bd de la République - 18000 Bourges

De : Sandra Delomenie <contact@floraisondesoi.fr>
Envoyé : lundi 13 janvier 2025 09:14
À : Christine Laborde <c.laborde@cabinet-laborde-expertise.fr>
Objet : Confirmation de votre inscription - Formation Prise de parole

Bonjour Madame Laborde,

Je vous confirme votre inscription à la formation « Prise de parole en public »
des 6 et 7 février 2025, de 9h à 17h, à la salle des Augustins à Issoudun.

Bien à vous,
Sandra Delomenie
""",
  reply=True, ua="Microsoft Outlook 16.0"),

# ------------------------------------------------------------------ rectification
R("fr-req-rect-nouveau-tel", "fr", ["rectification"],
  "Martine Aubrun <martine.aubrun@sfr.fr>",
  "Changement de numéro",
  """\
Bonjour Sandra,

J'ai changé de numéro de portable. Merci de remplacer l'ancien (06 12 44 80 17) par le
nouveau : 07 81 26 53 09.

Bonne journée,
Martine
"""),

R("fr-req-rect-demenagement-adresse", "fr", ["rectification"],
  "Olivier Gendron <olivier.gendron@gmail.com>",
  "Nouvelle adresse",
  """\
Bonjour,

Nous avons déménagé. Pouvez-vous mettre à jour mon adresse dans votre fichier client
pour les prochaines factures ?

Nouvelle adresse : 27 chemin des Vignes, 18100 Vierzon
(ancienne : 3 rue Pierre Brossolette, 36100 Issoudun)

Merci,
Olivier Gendron
"""),

# NEAR-LINE: "supprimer l'ancienne" adresse mail with the new value given -> rectification only.
R("fr-req-rect-email-pro-remplace", "fr", ["rectification"],
  "Sophie Marchais <sophie.marchais@marchais-conseil.fr>",
  "Changement d'adresse mail",
  """\
Bonjour Sandra,

Merci d'utiliser désormais mon adresse professionnelle sophie.marchais@marchais-conseil.fr
pour tout envoi (newsletter comprise), et de supprimer l'ancienne
(sophie.m.1979@gmail.com) de vos fichiers, je ne la consulte plus.

Merci !
Sophie
"""),

R("fr-req-rect-nom-mariage-art16", "fr", ["rectification"],
  "Aurélie Bontemps <aurelie.bontemps@orange.fr>",
  "Rectification de mon nom",
  """\
Madame,

Suite à mon mariage, je porte désormais le nom de Bontemps (et non plus Chauvet).
Conformément à l'article 16 du RGPD, je vous remercie de rectifier mon nom dans
l'ensemble de vos fichiers, y compris sur mon compte de la plateforme de cours en
ligne et sur les futures factures.

Je vous joins la copie de mon livret de famille.

Cordialement,
Aurélie Bontemps (née Chauvet)
""",
  att=[("jpg", "livret_famille_p2.jpg")]),

R("fr-req-rect-notes-inexactes", "fr", ["rectification"],
  "François Le Goff <flegoff@yahoo.fr>",
  "Erreur dans le compte-rendu",
  """\
Bonjour Madame Delomenie,

Dans le compte-rendu de séance que vous m'avez envoyé le 12, il est écrit que je suis
en arrêt maladie depuis mars. C'est inexact : j'ai été en congé sans solde, pas en
arrêt. Comme ce document figure dans mon dossier et que mon employeur finance
l'accompagnement, je tiens à ce que ce soit corrigé dans votre dossier.

Merci de me confirmer la correction.

François Le Goff
"""),

R("fr-req-rect-suisse-adresse", "fr-CH", ["rectification"],
  "Jean-Daniel Rochat <jd.rochat@bluewin.ch>",
  "Modification adresse postale",
  """\
Madame,

Je vous prie de bien vouloir modifier mon adresse postale dans vos registres. Elle est
désormais la suivante :

Jean-Daniel Rochat
Chemin de Bellevue 14
1005 Lausanne
Suisse

Avec mes remerciements et mes meilleures salutations,
J.-D. Rochat
"""),

R("fr-req-rect-date-naissance-typo", "fr", ["rectification"],
  "Jessica Morin <jess.morin88@gmail.com>",
  "erreur sur mon profil",
  """\
bonjour vous avez mis ma date de naissance fausse sur mon profil de la formation
c le 14/07/1988 pas 1986 lol. merci de corrigé
jess
""",
  ua="iPhone Mail (22D72)"),

# NEAR-LINE: request written above a quoted newsletter -> labelled on the new text:
# the old address is replaced by a new one (rectification), not an unsubscribe.
R("fr-req-rect-reply-above-newsletter", "fr", ["rectification"],
  "Bernadette Charpentier <b.charpentier@laposte.net>",
  "Re: 🌸 La lettre de Floraison - Mai",
  """\
Bonjour,

Je reçois toujours votre lettre sur mon ancienne adresse, qui va bientôt fermer.
Pouvez-vous la remplacer par bernadette.charpentier36@gmail.com ? J'aime beaucoup vos
lettres et je ne voudrais pas les perdre.

Bernadette

-----Message d'origine-----
De : Floraison de Soi <contact@floraisondesoi.fr>
Envoyé : jeudi 15 mai 2025 07:00
À : b.charpentier@laposte.net
Objet : 🌸 La lettre de Floraison - Mai

Bonjour Bernadette,

Ce mois-ci : les ateliers d'été sont ouverts, un exercice de respiration à faire en
3 minutes, et le témoignage de Lucie sur sa reconversion.

Pour vous désinscrire, cliquez ici.
""",
  reply=True),

R("fr-req-rect-belgique-gsm", "fr-BE", ["rectification"],
  "Thierry Lambotte <thierry.lambotte@proximus.be>",
  "Nouveau GSM",
  """\
Bonjour Madame,

Petite mise à jour : mon numéro de GSM a changé, c'est maintenant le +32 478 55 61 02.
L'ancien (+32 495 12 03 44) n'est plus actif, vous pouvez l'enlever.

Merci et à bientôt pour le module 2,
Thierry
"""),

# ------------------------------------------------------------------ erasure
R("fr-req-eras-une-ligne", "fr", ["erasure"],
  "Patricia Delorme <patricia.delorme@free.fr>",
  "Suppression",
  """\
Merci de supprimer toutes mes données.
P. Delorme
"""),

R("fr-req-eras-art17-formel", "fr", ["erasure"],
  "Arnaud Ferrand <arnaud.ferrand@gmail.com>",
  "Exercice du droit à l'effacement (art. 17 RGPD)",
  """\
Madame,

Par la présente, j'exerce mon droit à l'effacement prévu à l'article 17 du Règlement
général sur la protection des données. Je vous demande de procéder à la suppression de
l'ensemble des données à caractère personnel me concernant, dans vos propres fichiers
comme chez vos sous-traitants (plateforme de cours, outil d'emailing, stockage en
ligne), et de m'en confirmer l'exécution par écrit.

Les données de facturation que vous seriez légalement tenue de conserver peuvent
naturellement l'être pour la durée strictement nécessaire.

Arnaud Ferrand
"""),

R("fr-req-eras-compte-et-donnees", "fr", ["erasure"],
  "Laetitia Guérin <laeti.guerin@hotmail.fr>",
  "Mon compte",
  """\
Bonjour,
Supprimez mon compte et toutes mes données svp, je n'utilise plus la plateforme.
Merci
Laetitia
"""),

R("fr-req-eras-subject-only-iphone", "fr", ["erasure"],
  "Yannick Brossard <y.brossard@icloud.com>",
  "Demande d'effacement de mes données personnelles",
  "\n\nEnvoyé de mon iPhone\n",
  ua="iPhone Mail (21G93)"),

R("fr-req-eras-conditionnel-poli", "fr", ["erasure"],
  "Hélène Moreau-Lacaze <helene.moreaulacaze@orange.fr>",
  "Tourner la page",
  """\
Bonjour Sandra,

Nos séances m'ont beaucoup apporté, et c'est justement parce que je me sens prête à
tourner la page que je vous écris. Serait-il possible que vous effaciez les
informations que vous avez sur moi ? Je préfère qu'il n'en reste rien.

Avec toute ma gratitude,
Hélène
"""),

R("fr-req-eras-belgique-droit-oubli", "fr-BE", ["erasure"],
  "Nathalie Dewez <nathalie.dewez@telenet.be>",
  "Droit à l'oubli",
  """\
Madame,

Je souhaite faire valoir mon droit à l'oubli. Auriez-vous l'amabilité d'effacer mon
nom, mon adresse et tout ce qui me concerne de vos fichiers ?

Je vous remercie et vous souhaite une bonne fin de semaine.

N. Dewez
Liège
""",
  shape="html"),

R("fr-req-eras-aucune-trace", "fr", ["erasure"],
  "Manon Lecuyer <manon.lecuyer@gmail.com>",
  "fin de l'accompagnement",
  """\
Bonjour Sandra,

Je ne souhaite plus qu'il reste aucune trace de mon passage chez vous : ni dans vos
fichiers, ni dans vos dossiers Drive, ni dans la plateforme des cours. Vous comprenez
sûrement pourquoi après ce qu'on s'est dit en dernière séance.

Merci de faire le nécessaire.
Manon
"""),

R("fr-req-eras-parent-fils-mineur", "fr", ["erasure"],
  "Karine Dufresne <karine.dufresne@sfr.fr>",
  "Données de mon fils Lucas",
  """\
Bonjour Madame,

Mon fils Lucas Dufresne, 14 ans, a participé à l'atelier « Gérer ses émotions »
pendant les vacances de la Toussaint. Il ne souhaite pas continuer et, en tant que
mère, je vous demande de supprimer sa fiche d'inscription, ses questionnaires et ses
coordonnées.

Cordialement,
Karine Dufresne
"""),

R("fr-req-eras-notes-seances-detruire", "fr", ["erasure"],
  "Bruno Texier <bruno.texier@orange.fr>",
  "Notes de nos séances",
  """\
Bonjour Sandra,

Maintenant que l'accompagnement est terminé, je voudrais que vous détruisiez les
notes prises pendant nos séances ainsi que les enregistrements de mes bilans
écrits. Je n'ai pas envie que ces choses très personnelles traînent quelque part.

Merci de me dire quand c'est fait.
Bruno
"""),

R("fr-req-eras-avocat-mandat-docx", "fr", ["erasure"],
  "Cabinet Roux & Associés <secretariat@roux-avocats-bourges.fr>",
  "Demande d'effacement - Monsieur Damien COLLET",
  """\
Madame,

Nous intervenons pour le compte de Monsieur Damien COLLET, ainsi qu'en atteste le
mandat joint.

Sur le fondement de l'article 17.1 a) et b) du RGPD, notre client vous demande
l'effacement de l'ensemble des données le concernant, les finalités pour lesquelles
elles ont été collectées n'étant plus d'actualité. Nous vous remercions de nous
confirmer l'effacement effectif dans le délai d'un mois.

Veuillez agréer, Madame, nos salutations distinguées.

Pour Maître Anne ROUX,
Julie, assistante juridique

Cabinet Roux & Associés - Avocats - 22 rue Moyenne - 18000 Bourges
AVERTISSEMENT : ce courriel est strictement confidentiel.
""",
  shape="html",
  att=[("docx", "Mandat_COLLET.docx", "MANDAT DE REPRESENTATION\nJe soussigne Damien COLLET donne mandat au Cabinet Roux & Associes\npour exercer mes droits RGPD aupres de Floraison de Soi (Sandra Delomenie).")],
  reply_to="Maître Anne Roux <a.roux@roux-avocats-bourges.fr>"),

R("fr-req-eras-sans-accents-fautes", "fr", ["erasure"],
  "jp.mallet <jpmallet@free.fr>",
  "donnee",
  """\
bonjour je veu que vous efaciez mes donnee de votre fichier, je ne suis plus
interesser. merci de faire le necessaire
jp mallet
"""),

R("fr-req-eras-relance-forward", "fr", ["erasure"],
  "Christelle Pasquier <christelle.pasquier@gmail.com>",
  "Fwd: Suppression de mes données",
  """\
Bonjour,

Je vous relance : je n'ai toujours pas de réponse à mon mail ci-dessous, envoyé il y
a plus de cinq semaines. Merci de procéder à la suppression demandée.

Christelle Pasquier

---------- Forwarded message ---------
De : Christelle Pasquier <christelle.pasquier@gmail.com>
Date: lun. 3 mars 2025 à 21:07
Subject: Suppression de mes données
To: <contact@floraisondesoi.fr>

Bonjour,
Je ne suis plus cliente. Pouvez-vous supprimer mon compte et toutes les informations
me concernant ?
Merci,
Christelle
"""),

R("fr-req-eras-stripe-et-ailleurs", "fr", ["erasure"],
  "Éric Chambon <eric.chambon@laposte.net>",
  "Effacement coordonnées",
  """\
Bonjour,

J'ai payé votre formation par carte via Stripe. Je souhaite que toutes mes données,
y compris celles chez Stripe et dans votre outil d'envoi de mails, soient effacées.
Je n'ai plus rien à régler, tout est soldé.

Éric Chambon
"""),

R("fr-req-eras-quebec", "fr-QC", ["erasure"],
  "Jean-François Gagnon <jf.gagnon@sympatico.ca>",
  "Retrait de mes infos",
  """\
Allô,

J'ai suivi le cours « Gérer son temps » l'an passé, mais finalement ça fait pas pour
moi. Pourriez-vous effacer mes renseignements personnels de vos systèmes? Mon courriel,
mon nom, mon historique d'achat, toute.

Merci pis bonne journée,
J-F
"""),

# ------------------------------------------------------------------ restriction
R("fr-req-restr-ne-pas-utiliser-litige", "fr", ["restriction"],
  "Sylvie Bertrand <sylvie.bertrand@orange.fr>",
  "Mon dossier - important",
  """\
Bonjour Sandra,

J'ai un litige en cours avec mon ancien employeur, qui avait financé mon bilan chez
vous. Mon avocat me conseille de ne rien faire disparaître, donc surtout ne supprimez
rien pour l'instant, mais je vous demande de ne plus utiliser mes données pour quoi
que ce soit (ni relance, ni statistique, ni échange avec l'employeur) jusqu'à nouvel
ordre.

Merci de votre compréhension,
Sylvie
"""),

R("fr-req-restr-contestation-art18", "fr", ["restriction"],
  "Damien Vidal <damien.vidal@gmail.com>",
  "Demande de limitation du traitement (article 18 RGPD)",
  """\
Madame,

Je conteste l'exactitude de plusieurs informations figurant dans le rapport de fin de
formation me concernant (notamment mon niveau d'assiduité, qui est erroné). En
application de l'article 18.1 a) du RGPD, je vous demande de limiter le traitement de
ces données le temps que vous en vérifiiez l'exactitude : elles ne doivent ni être
utilisées ni transmises à quiconque pendant cette période.

Damien Vidal
"""),

R("fr-req-restr-mettre-de-cote", "fr", ["restriction"],
  "Amandine Roche <amandine.roche@icloud.com>",
  "Re: Questionnaire de mi-parcours",
  """\
Coucou Sandra,

Est-ce que tu pourrais mettre mon dossier de côté ? Pas l'effacer, hein, juste ne plus
t'en servir (pas de mails, pas de suivi) le temps que je réfléchisse à la suite. Je
reviendrai peut-être à la rentrée.

Bisous
Amandine

> Le 2 juil. 2025 à 09:12, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
>
> Coucou Amandine,
>
> Comment vas-tu depuis notre dernière séance ? Je t'envoie le questionnaire de
> mi-parcours, à remplir quand tu veux.
>
> Belle journée,
> Sandra
""",
  reply=True, date="2025-07-04 21:37", ua="Apple Mail (2.3774.500.171.1.1)"),

R("fr-req-restr-quebec-geler", "fr-QC", ["restriction"],
  "Geneviève Bouchard <gen.bouchard@videotron.ca>",
  "Mes renseignements",
  """\
Bonjour,

Je vous demande de geler l'utilisation de mes renseignements personnels. Je ne veux
pas qu'ils soient effacés (j'en aurai besoin pour un crédit d'impôt formation), mais
je ne veux plus qu'ils servent à quoi que ce soit d'ici là.

Merci de confirmer,
Geneviève Bouchard
"""),

R("fr-req-restr-avocat-conservation", "fr", ["restriction"],
  "Maître Pierre-Yves Lenoir <py.lenoir@lenoir-avocat.fr>",
  "M. Bastien HUET - conservation et gel des données",
  """\
Madame,

Je suis le conseil de M. Bastien HUET (mandat ci-joint). Mon client envisage d'engager
une action contentieuse dans laquelle les échanges intervenus avec vous pourraient
constituer des éléments de preuve.

En conséquence, et sur le fondement de l'article 18.1 c) du RGPD, je vous demande de
conserver l'intégralité des données le concernant, de n'en effacer aucune, et de ne
plus les traiter à aucune autre fin que leur conservation jusqu'à l'issue de la
procédure.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pierre-Yves LENOIR
Avocat au Barreau de Paris
""",
  att=[("pdf", "mandat_HUET.pdf", "MANDAT\nM. Bastien HUET mandate Me Pierre-Yves LENOIR\naux fins d'exercer ses droits (RGPD art. 18).")]),

R("fr-req-restr-parent-ne-plus-utiliser", "fr", ["restriction"],
  "Valérie Perrot <valerie.perrot@free.fr>",
  "Dossier de Chloé",
  """\
Bonjour,

Ma fille Chloé Perrot (13 ans) a participé à vos ateliers l'an dernier. Le collège
nous demandera peut-être son bilan, donc je ne souhaite pas que vous supprimiez son
dossier, mais merci de ne plus l'utiliser d'aucune façon ni de la recontacter.

Valérie Perrot
"""),

# ------------------------------------------------------------------ portability
R("fr-req-port-changement-coach-csv", "fr", ["portability"],
  "Anthony Michaud <anthony.michaud@gmail.com>",
  "Récupérer mes fiches de suivi",
  """\
Bonjour Sandra,

Je déménage à Nantes et je vais continuer avec une coach sur place. Pourriez-vous
m'envoyer mes fiches de suivi et mes objectifs dans un format que je peux réimporter
(un tableur, du CSV, ce qui vous arrange) plutôt qu'en PDF scanné ?

Merci pour tout,
Anthony
"""),

R("fr-req-port-art20-formel", "fr", ["portability"],
  "Isabelle Fontaine <isabelle.fontaine@orange.fr>",
  "Droit à la portabilité",
  """\
Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre les données
personnelles que je vous ai fournies (formulaires d'inscription, réponses aux
questionnaires, progression dans les modules du cours en ligne) dans un format
structuré, couramment utilisé et lisible par machine.

Je vous remercie par avance.

Isabelle Fontaine
"""),

# NEAR-LINE: direct transfer of the file to another coach -> portability.
R("fr-req-port-transfert-nouvelle-coach", "fr", ["portability"],
  "Émilie Carré <emilie.carre@gmail.com>",
  "Transmission de mon dossier",
  """\
Bonjour Sandra,

Comme je vous l'ai dit, je poursuis mon accompagnement avec Mme Agnès Périer
(agnes.perier@coaching-perier.fr). Pouvez-vous lui transmettre directement mon
dossier (questionnaires, bilans, objectifs) sous forme de fichiers exploitables ?
Je vous donne bien sûr mon accord pour cela.

Merci beaucoup,
Émilie
""",
  shape="alt",
  cc="Agnès Périer <agnes.perier@coaching-perier.fr>"),

R("fr-req-port-export-progression-cours", "fr", ["portability"],
  "Lucas Prévost <lucas.prevost@outlook.fr>",
  "export progression cours",
  """\
Bonjour,

Est-ce possible d'exporter ma progression du cours en ligne et mes réponses aux quiz
dans un fichier (Excel ou CSV) ? Je voudrais les réutiliser dans un autre outil.

Merci
Lucas
"""),

R("fr-req-port-organisme-cpf", "fr", ["portability"],
  "Rachid Haddad <rachid.haddad@gmail.com>",
  "Transfert dossier formation vers nouvel organisme",
  """\
Madame Delomenie,

Je poursuis mon parcours de reconversion avec l'organisme Cap Avenir Formation, qui
reprend le suivi dans le cadre de mon CPF. Pourriez-vous transférer mon dossier de
formation (évaluations, auto-diagnostics, feuilles d'objectifs) à leur référente,
Mme Claire Joly (c.joly@capavenir-formation.fr), dans un format numérique
réutilisable ?

Bien cordialement,
Rachid Haddad
"""),

# ------------------------------------------------------------------ objection
R("fr-req-obj-newsletter-simple", "fr", ["objection"],
  "Dominique Bernier <dominique.bernier@wanadoo.fr>",
  "Newsletter",
  """\
Bonjour,
Merci de me désinscrire de votre newsletter.
Cordialement,
D. Bernier
"""),

R("fr-req-obj-stop-sms", "fr", ["objection"],
  "Cindy Baron <cindy.baron@gmail.com>",
  "sms",
  """\
bonjour arretez de m'envoyer des sms pour vos ateliers svp j'en recois 2 par semaine
""",
  ua="iPhone Mail (22D72)"),

R("fr-req-obj-reply-above-newsletter", "fr", ["objection"],
  "Robert Giraud <robert.giraud@orange.fr>",
  "RE: Dernières places pour l'atelier « Lâcher prise » !",
  """\
Désabonnez-moi.

________________________________
De : Floraison de Soi <contact@floraisondesoi.fr>
Envoyé : mardi 9 septembre 2025 08:00
À : robert.giraud@orange.fr
Objet : Dernières places pour l'atelier « Lâcher prise » !

Bonjour Robert,

Il ne reste que 3 places pour l'atelier du samedi 20 septembre à Issoudun.
Réservez vite !

Sandra - Floraison de Soi
Vous recevez ce mail car vous êtes inscrit à la lettre de Floraison de Soi.
""",
  reply=True, ua="Microsoft Outlook 16.0"),

R("fr-req-obj-art21-prospection", "fr", ["objection"],
  "Bertrand Lacombe <b.lacombe@lacombe-immobilier.fr>",
  "Opposition à la prospection commerciale",
  """\
Madame,

Conformément à l'article 21.2 du RGPD et à l'article L.34-5 du Code des postes et des
communications électroniques, je m'oppose au traitement de mes données à des fins de
prospection commerciale, quel que soit le canal (courriel, SMS, courrier).

Je vous remercie d'en prendre bonne note.

Bertrand Lacombe
Lacombe Immobilier
"""),

R("fr-req-obj-lien-desinscription-marche-pas", "fr", ["objection"],
  "Annie Pelletier <annie.pelletier@free.fr>",
  "ça suffit",
  """\
Bonjour,

Je ne veux plus recevoir vos mails promotionnels. Ça fait trois fois que je clique sur
le lien de désinscription en bas de vos mails et je reçois encore tout. Merci de
m'enlever de votre liste une bonne fois pour toutes.

Annie Pelletier
"""),

R("fr-req-obj-statistiques-interet-legitime", "fr", ["objection"],
  "Grégoire Masson <gregoire.masson@gmail.com>",
  "Utilisation de mes réponses",
  """\
Bonjour,

J'ai compris en lisant votre politique de confidentialité que vous utilisez les
réponses aux questionnaires de satisfaction et l'historique des participants pour
vos statistiques, sur la base de votre « intérêt légitime ». Je m'oppose à ce
traitement en ce qui me concerne, pour des raisons qui me sont personnelles.

Merci d'en tenir compte,
Grégoire Masson
"""),

R("fr-req-obj-belgique-liste", "fr-BE", ["objection"],
  "Marc Vandenberghe <marc.vdb@skynet.be>",
  "Désinscription",
  """\
Bonjour,

Pourriez-vous me retirer de votre liste d'envoi ? Je reçois vos courriels depuis un
salon à Mons mais ça ne m'intéresse plus.

Bien à vous,
Marc
"""),

R("fr-req-obj-suisse-mailing", "fr-CH", ["objection"],
  "Claudine Favre <claudine.favre@bluewin.ch>",
  "Vos envois",
  """\
Madame,

Je vous saurais gré de ne plus m'adresser vos courriels d'information et vos offres.
Je vous remercie de faire le nécessaire.

Avec mes salutations,
Claudine Favre, Genève
"""),

R("fr-req-obj-sujet-vide", "fr", ["objection"],
  "Lucie Renard <lucie.renard@hotmail.fr>",
  "",
  """\
retirez-moi de votre liste de diffusion merci
"""),

R("fr-req-obj-tracking-systemeio", "fr", ["objection"],
  "Vincent Leroy <vincent.leroy@posteo.net>",
  "Pistage dans vos emails",
  """\
Bonjour,

Vos mails contiennent des pixels de suivi (ouverture, clics) et vous segmentez
visiblement vos abonnés selon leur comportement. Je refuse ce profilage : merci de ne
plus analyser mes ouvertures et mes clics. Je reste par contre inscrit aux cours que
j'ai payés.

Vincent Leroy
"""),

# ------------------------------------------------------------------ withdraw consent
R("fr-req-wc-temoignage-site", "fr", ["withdraw_consent"],
  "Corinne Lamy <corinne.lamy@gmail.com>",
  "Mon témoignage",
  """\
Bonjour Sandra,

L'an dernier j'avais accepté que vous publiiez mon témoignage (avec mon prénom et ma
photo) sur la page « Ils m'ont fait confiance ». Ma situation professionnelle a
changé et je préfère qu'il n'apparaisse plus. Pouvez-vous le retirer ?

Merci beaucoup, et sans rancune bien sûr !
Corinne
"""),

R("fr-req-wc-photo-groupe-instagram", "fr", ["withdraw_consent"],
  "Samia Bouzid <samia.bouzid@gmail.com>",
  "Photo Instagram atelier du 14",
  """\
Bonjour,

J'ai vu la photo de groupe de l'atelier du 14 sur votre Instagram et sur votre site.
J'avais dit oui sur le moment mais finalement je ne veux plus apparaître dessus.
Merci de la retirer ou de me flouter.

Samia
""",
  att=[("png", "capture_insta.png")]),

R("fr-req-wc-replay-video-zoom", "fr", ["withdraw_consent"],
  "Thomas Lemaire <thomas.lemaire@gmail.com>",
  "Replay de la formation du 3 avril",
  """\
Bonjour Madame Delomenie,

Lors de la session Zoom du 3 avril, j'ai pris la parole longuement sur ma situation
personnelle, et j'avais coché la case autorisant l'enregistrement. Je retire mon
accord pour la diffusion de ce replay aux autres participants et sur votre
plateforme. Merci de couper mes interventions ou de retirer la vidéo.

Cordialement,
Thomas Lemaire
"""),

R("fr-req-wc-questionnaire-livre", "fr", ["withdraw_consent"],
  "Mireille Castan <mireille.castan@orange.fr>",
  "Utilisation de mes réponses pour votre livre",
  """\
Chère Sandra,

J'avais accepté que mes réponses au questionnaire « Mon rapport au travail » soient
utilisées, anonymisées, pour le livre que vous préparez. Après réflexion je retire ce
consentement : je préfère que mes réponses ne servent qu'à notre accompagnement.

Bien amicalement,
Mireille
"""),

R("fr-req-wc-parent-photo-ado", "fr", ["withdraw_consent"],
  "Frédéric Roy <frederic.roy36@gmail.com>",
  "Autorisation photo - Inès Roy",
  """\
Bonjour,

Nous avions signé l'autorisation de droit à l'image pour notre fille Inès (12 ans)
lors de l'atelier ados de juillet. Nous revenons sur cette autorisation : merci de
retirer les photos où elle apparaît de votre site et de vos réseaux, et de ne plus en
publier.

Frédéric et Aurélie Roy
""",
  att=[("pdf", "retrait_autorisation_image.pdf", "RETRAIT D'AUTORISATION DE DROIT A L'IMAGE\nEnfant : Ines ROY\nSigne par les deux parents")]),

R("fr-req-wc-enregistrement-audio-seances", "fr", ["withdraw_consent"],
  "Baptiste Noël <baptiste.noel@free.fr>",
  "Enregistrement de nos séances",
  """\
Bonjour Sandra,

Au début de l'accompagnement je vous avais autorisée à enregistrer nos séances en
audio pour votre supervision. Je ne donne plus mon accord pour cela, à partir de
maintenant et pour les enregistrements déjà faits.

Merci,
Baptiste
"""),

R("fr-req-wc-quebec-video-temoignage", "fr-QC", ["withdraw_consent"],
  "Stéphanie Lavoie <steph.lavoie@hotmail.com>",
  "Vidéo témoignage",
  """\
Bonjour Sandra,

La petite vidéo témoignage que j'ai enregistrée à la fin du cours, je ne suis plus à
l'aise qu'elle soit sur votre page de vente. Je retire mon consentement, pouvez-vous
l'enlever s'il vous plaît?

Merci beaucoup,
Stéphanie
"""),

# ------------------------------------------------------------------ post mortem
R("fr-req-pm-fils-mere-decedee", "fr", ["post_mortem"],
  "Alain Bardin <alain.bardin@orange.fr>",
  "Décès de Mme Jacqueline Bardin",
  """\
Madame,

J'ai le regret de vous informer du décès de ma mère, Madame Jacqueline Bardin,
survenu le 2 février dernier. Elle suivait vos ateliers de sophrologie-coaching
depuis deux ans.

Je vous demande de clôturer son compte, de supprimer ses données et de cesser l'envoi
de vos newsletters à son adresse. Vous trouverez ci-joint l'acte de décès.

Cordialement,
Alain Bardin
""",
  att=[("pdf", "acte_deces_Bardin.pdf", "EXTRAIT D'ACTE DE DECES\nJacqueline BARDIN nee MARTY\nDecedee a Issoudun (Indre)")]),

R("fr-req-pm-notaire-succession", "fr", ["post_mortem"],
  "Office notarial Darnault <office.darnault@notaires.fr>",
  "Succession M. Roger FAUCHER - N/Réf. 2025-0388/CB",
  """\
Madame,

Nous sommes chargés du règlement de la succession de Monsieur Roger FAUCHER, né le
11 mai 1951, décédé à Châteauroux le 19 août 2025.

Nous vous remercions de bien vouloir nous indiquer si le défunt était titulaire d'un
abonnement ou d'un contrat en cours auprès de vous, de procéder à sa résiliation, et
de nous communiquer toute information utile le concernant pour les besoins du
règlement de la succession.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Jean-Luc DARNAULT,
Catherine Bouvet, clerc de notaire
Office notarial Darnault - 3 place du Marché - 36100 Issoudun
""",
  shape="alt",
  att=[("pdf", "attestation_notaire_FAUCHER.pdf", "ATTESTATION\nMaitre Jean-Luc DARNAULT, notaire a Issoudun, certifie etre charge\nde la succession de Monsieur Roger FAUCHER.")]),

R("fr-req-pm-veuve-notes", "fr", ["post_mortem"],
  "Monique Lefranc <monique.lefranc@laposte.net>",
  "Mon mari, Daniel",
  """\
Madame Delomenie,

Mon mari Daniel vous a consultée plusieurs fois l'an dernier, avant sa maladie. Il
est parti en décembre. Il parlait beaucoup de vos séances et je crois qu'il y a dit
des choses qu'il n'a jamais su me dire.

Serait-il possible d'obtenir une copie de ses notes de séance, ou de ce qu'il vous
avait écrit ? Je comprendrais si ce n'est pas possible, mais cela compterait beaucoup
pour moi et pour nos enfants.

Avec mes remerciements,
Monique Lefranc
"""),

R("fr-req-pm-directives-propres", "fr", ["post_mortem"],
  "Josiane Carpentier <josiane.carpentier@orange.fr>",
  "Mes directives pour après",
  """\
Bonjour Sandra,

Vous savez que ma santé n'est pas bonne. Je mets mes papiers en ordre, et je voulais
vous laisser mes directives, comme le permet la loi Informatique et Libertés
(article 85) : en cas de décès, je souhaite que toutes mes données chez vous soient
supprimées, sauf mes textes de l'atelier d'écriture, que vous pourrez remettre à ma
sœur, Mme Odile Carpentier, 9 rue Vieille, 36100 Issoudun.

Merci pour tout ce que vous m'avez apporté.
Josiane
"""),

# NEAR-LINE: relative after a death also asks to stop a subscription -> post_mortem only.
R("fr-req-pm-fille-pere-abonnement", "fr", ["post_mortem"],
  "Audrey Vernet <audrey.vernet@gmail.com>",
  "Abonnement de mon père",
  """\
Bonjour,

Mon père, Jacques Vernet, est décédé il y a trois semaines. Son abonnement mensuel à
votre programme en ligne continue d'être prélevé et il reçoit toujours vos mails. Je
gère ses affaires : merci d'arrêter tout ça et de fermer son compte. Je peux vous
envoyer un acte de décès si besoin.

Audrey Vernet
"""),

R("fr-req-pm-executeur-testamentaire", "fr", ["post_mortem"],
  "Henri Dumoulin <henri.dumoulin@wanadoo.fr>",
  "Exécution testamentaire - Mme Simone Arnaud",
  """\
Madame,

Désigné exécuteur testamentaire de Madame Simone Arnaud, décédée le 7 octobre 2025,
je vous informe que la défunte a exprimé la volonté que ses écrits et enregistrements
réalisés lors de vos ateliers ne soient ni conservés ni diffusés.

Je vous remercie de procéder à leur destruction ainsi qu'à celle de ses coordonnées,
et de m'en informer par retour.

Henri Dumoulin
"""),

R("fr-req-pm-notaire-belgique", "fr-BE", ["post_mortem"],
  "Étude du notaire Lambert <etude.lambert@notaire.be>",
  "Succession de feu Monsieur Paul Gilson",
  """\
Madame,

Nous avons l'honneur de vous informer que nous sommes en charge de la succession de
feu Monsieur Paul GILSON, domicilié de son vivant à Tournai, décédé le 21 mars 2026.

Les héritiers nous chargent de vous demander de mettre fin à tout envoi à son adresse
électronique et de supprimer le compte ouvert à son nom sur votre plateforme de cours.
Nous vous saurions gré de nous confirmer la bonne exécution de ces démarches.

Veuillez agréer, Madame, nos salutations distinguées.

Pour le notaire Françoise Lambert,
Kevin Dubois, collaborateur
"""),

R("fr-req-pm-directives-suisse", "fr-CH", ["post_mortem"],
  "Raymond Perrin <raymond.perrin@gmx.ch>",
  "Instructions en cas de décès",
  """\
Madame,

Je participe à votre cercle de parole en ligne depuis Neuchâtel. À mon âge, on prend
ses dispositions : si je venais à disparaître, je désigne mon fils, Laurent Perrin
(laurent.perrin@gmx.ch), pour décider du sort de mes données chez vous. Il pourra
vous demander de tout effacer ou de lui remettre mes écrits.

Je vous remercie d'en prendre note dans mon dossier.

Avec mes meilleures salutations,
Raymond Perrin
"""),

# NEAR-LINE: brother of a deceased client withdraws her testimonial -> post_mortem only.
R("fr-req-pm-frere-temoignage", "fr", ["post_mortem"],
  "Cédric Aubert <cedric.aubert@gmail.com>",
  "Témoignage de ma sœur Émilie Aubert",
  """\
Bonjour,

Ma sœur Émilie Aubert nous a quittés en juin. Son témoignage, avec sa photo, est
toujours en ligne sur votre site. C'est très dur pour nos parents de tomber dessus.
Pourriez-vous le retirer ?

Merci de votre compréhension,
Cédric Aubert
"""),

R("fr-req-pm-sms-style", "fr", ["post_mortem"],
  "nathalie.grosjean <nath.grosjean@sfr.fr>",
  "ma mere",
  """\
bjr ma mere Colette Grosjean est decedee en janvier elle recoit tjr vos mails et
promos, merci d'arreter et d'effacer son compte. cordialement nathalie sa fille
""",
  ua="iPhone Mail (22D72)"),

R("fr-req-pm-notaire-copie-donnees", "fr", ["post_mortem"],
  "Maître Sabine Hervé <sabine.herve@notaires.fr>",
  "Succession LEBRUN - demande de communication",
  """\
Madame,

Dans le cadre du règlement de la succession de Madame Lucienne LEBRUN, décédée le
4 janvier 2026, ses héritiers souhaitent obtenir communication des données et
documents la concernant que vous conservez (notamment factures, contrats
d'accompagnement et correspondances), afin de clore ses dossiers.

Je vous remercie de bien vouloir me les adresser à l'étude.

Veuillez croire, Madame, à l'assurance de mes sentiments les meilleurs.

Sabine HERVÉ
Notaire à Vierzon
""",
  att=[("pdf", "acte_de_notoriete_LEBRUN_extrait.pdf", "ACTE DE NOTORIETE (extrait)\nSuccession de Madame Lucienne LEBRUN\nHeritiers : M. Alain LEBRUN, Mme Sylvie LEBRUN-ROUX")]),

# ------------------------------------------------------------------ multi-right
R("fr-req-multi-acc-rect-nom", "fr", ["access", "rectification"],
  "Marion Lefèvre <marion.lefevre@gmail.com>",
  "Mon nom + mes infos",
  """\
Bonjour,

Deux choses : pouvez-vous m'envoyer ce que vous avez sur moi dans vos fichiers ? Et
corriger mon nom de famille, c'est Lefèvre avec un accent et un v, pas « Lefebvre »
comme sur mes deux dernières factures et sur mon compte du cours.

Merci !
Marion Lefèvre
"""),

R("fr-req-multi-eras-obj-newsletter", "fr", ["erasure", "objection"],
  "Georges Mathieu <georges.mathieu@orange.fr>",
  "Désinscription et suppression",
  """\
Bonjour,

Désinscrivez-moi de la newsletter et effacez mes coordonnées de vos fichiers, s'il
vous plaît. Je n'ai plus l'usage de vos services.

Georges Mathieu
"""),

R("fr-req-multi-eras-wc-temoignage", "fr", ["erasure", "withdraw_consent"],
  "Elodie Blanchard <elodie.blanchard@free.fr>",
  "Retrait de mon témoignage et de mes données",
  """\
Bonjour Sandra,

Je souhaite que vous retiriez mon témoignage de votre site et de votre page Facebook,
et que vous supprimiez ensuite tout ce que vous avez sur moi (fiche, mails, notes).

Merci de me confirmer quand c'est fait.
Elodie Blanchard
"""),

R("fr-req-multi-acc-eras-copie-avant", "fr", ["access", "erasure"],
  "Pascal Rivière <pascal.riviere@laposte.net>",
  "Avant suppression",
  """\
Bonjour,

J'aimerais récupérer une copie de toutes les données que vous avez à mon sujet, puis,
une fois que je l'aurai reçue, que vous supprimiez l'ensemble.

Merci d'avance,
Pascal Rivière
"""),

R("fr-req-multi-acc-restr-bilan-conteste", "fr", ["access", "restriction"],
  "Nicolas Barbier <nicolas.barbier@gmail.com>",
  "Bilan de compétences - contestation",
  """\
Madame,

Je conteste plusieurs éléments de la synthèse de mon bilan, qui ne correspondent pas à
ce que j'ai dit en entretien. Je vous demande :
1) de m'envoyer la copie intégrale de mon dossier (notes, tests, synthèse) ;
2) de suspendre toute utilisation de cette synthèse, et notamment de ne pas la
   transmettre à mon employeur, tant que nous n'avons pas éclairci ce point.

Nicolas Barbier
""",
  shape="html"),

R("fr-req-multi-acc-port-json", "fr", ["access", "portability"],
  "Quentin Dupuis <quentin.dupuis@protonmail.com>",
  "Mes données, format exploitable",
  """\
Bonjour,

Je voudrais savoir ce que vous avez exactement sur moi (quelles catégories de
données, dans quels outils), et récupérer le tout en JSON ou CSV pour pouvoir le
réutiliser de mon côté.

Merci,
Quentin
"""),

R("fr-req-multi-port-eras", "fr", ["erasure", "portability"],
  "Sabrina Colin <sabrina.colin@hotmail.fr>",
  "Fin de mon abonnement au programme",
  """\
Bonjour,

J'arrête le programme en ligne à la fin du mois. Avant, merci de m'envoyer mes
données (journal, réponses aux exercices, progression) dans un format exploitable,
type CSV, puis de tout supprimer de votre côté.

Sabrina
"""),

R("fr-req-multi-obj-rect-nom-facture", "fr", ["objection", "rectification"],
  "Gaëlle Kerouac <gaelle.kerouac@gmail.com>",
  "deux petites choses",
  """\
Bonjour Sandra,

1. Je ne veux plus recevoir la newsletter, merci de me retirer.
2. Mon prénom est mal écrit sur mes factures et sur mon compte : c'est Gaëlle avec un
   tréma, pas Gaelle ni Gaële.

Merci et belle journée,
Gaëlle
"""),

R("fr-req-multi-eras-wc-photo-tout", "fr", ["erasure", "withdraw_consent"],
  "Laurent Besson <laurent.besson@sfr.fr>",
  "Photo + données",
  """\
Bonjour,

Je retire mon accord pour l'utilisation de ma photo prise lors de la formation
(plaquette et site). Et tant qu'on y est, je vous demande de supprimer l'ensemble de
mes données personnelles.

L. Besson
"""),

R("fr-req-multi-acc-obj-eras-triple", "fr", ["access", "erasure", "objection"],
  "Catherine Maillard <catherine.maillard@orange.fr>",
  "Mes données",
  """\
Bonjour,

Je souhaiterais savoir quelles informations vous détenez sur moi. Ensuite je voudrais
que vous arrêtiez de m'envoyer vos mails commerciaux et que vous effaciez tout ce qui
me concerne.

Catherine Maillard
"""),

# NEAR-LINE: new address given (rectification) + contested bilan to be paused (restriction).
R("fr-req-multi-rect-restr", "fr", ["rectification", "restriction"],
  "Jérôme Carlier <jerome.carlier@gmail.com>",
  "Erreurs dans mon dossier",
  """\
Bonjour,

Mon adresse dans votre fichier est fausse : c'est 8 impasse des Lilas, 36130 Déols
(pas Diors). Par ailleurs, la fiche de synthèse contient des informations sur ma
santé qui sont erronées ; le temps qu'on en parle, merci de ne pas l'utiliser ni la
transmettre.

Jérôme Carlier
"""),

R("fr-req-multi-wc-obj-photo-newsletter", "fr", ["objection", "withdraw_consent"],
  "Yasmine Harbi <yasmine.harbi@gmail.com>",
  "Photo et mails",
  """\
Bonjour Sandra,

Je retire mon accord pour la photo de moi dans votre dernière newsletter, et
d'ailleurs je ne veux plus recevoir la newsletter non plus.

Merci,
Yasmine
"""),

R("fr-req-multi-restr-obj-be", "fr-BE", ["objection", "restriction"],
  "Pierre Wauters <pierre.wauters@skynet.be>",
  "Mes données chez vous",
  """\
Madame,

Je vous saurais gré de ne plus m'envoyer de publicités par courriel. Par ailleurs, je
conteste l'exactitude du niveau indiqué dans mon évaluation de fin de module : dans
l'attente d'une vérification, merci de ne plus en faire usage.

Bien à vous,
Pierre Wauters
"""),

R("fr-req-multi-port-acc-ch", "fr-CH", ["access", "portability"],
  "Nicole Berset <nicole.berset@sunrise.ch>",
  "Demande de données",
  """\
Madame,

Je vous prie de m'indiquer quelles données me concernant vous traitez et, pour celles
que je vous ai fournies, de me les remettre dans un format électronique réutilisable
(tableur). Je souhaite les transférer à mon nouvel organisme de formation à Fribourg.

Meilleures salutations,
Nicole Berset
"""),

R("fr-req-multi-eras-obj-sms-style", "fr", ["erasure", "objection"],
  "Kelly <kelly.dasilva@gmail.com>",
  "stop",
  """\
stop les mails et sms svp et supprimer mon numero et mon mail de votre fichier merci
""",
  ua="iPhone Mail (22D72)"),

R("fr-req-multi-acc-eras-quebec", "fr-QC", ["access", "erasure"],
  "Patrick Côté <patrick.cote@bell.net>",
  "Mes renseignements personnels",
  """\
Bonjour Madame Delomenie,

Je voudrais d'abord savoir quels renseignements vous avez sur moi, puis qu'ils
soient détruits. Je n'ai plus l'intention de suivre vos formations.

Cordialement,
Patrick Côté
Sherbrooke (Québec)
"""),

]

# Pinned dates (Paris wall clock) where the text or quoted history names a date.
_DATES = {
    'fr-req-acc-qui-a-acces-superviseur': '2025-06-04 09:20',
    'fr-req-acc-outlook-quoted-reservation': '2025-02-18 14:10',
    'fr-req-rect-reply-above-newsletter': '2025-05-15 10:27',
    'fr-req-eras-relance-forward': '2025-04-09 20:50',
    'fr-req-obj-reply-above-newsletter': '2025-09-09 08:12',
    'fr-req-eras-conditionnel-poli': '2025-04-12 19:02',
    'fr-req-eras-une-ligne': '2025-08-18 08:40',
    'fr-req-obj-newsletter-simple': '2025-07-01 22:10',
    'fr-req-port-changement-coach-csv': '2025-05-19 11:00',
    'fr-req-pm-notaire-succession': '2025-10-02 10:15',
    'fr-req-pm-executeur-testamentaire': '2025-11-20 16:00',
    'fr-req-pm-notaire-belgique': '2026-05-06 11:10',
    'fr-req-pm-notaire-copie-donnees': '2026-02-17 09:45',
    'fr-req-pm-fils-mere-decedee': '2025-03-10 18:20',
    'fr-req-wc-replay-video-zoom': '2025-04-15 21:05',
    'fr-req-acc-avocat-mandat': '2025-03-25 11:00',
    'fr-req-acc-sms-style': '2025-06-10 23:14',
    'fr-req-pm-frere-temoignage': '2025-08-30 10:02',
    'fr-req-pm-veuve-notes': '2026-02-03 15:30',
    'fr-req-pm-sms-style': '2026-03-02 12:48',
}

for _r in RECORDS:
    if _r["key"] in _DATES:
        _r["date"] = _DATES[_r["key"]]
