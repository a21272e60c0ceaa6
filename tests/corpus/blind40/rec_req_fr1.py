"""French requests, part 1: access, rectification, erasure, restriction (+ some multi-right)."""
from recbase import *

RECORDS = [

# ------------------------------------------------------------------ access
R("fr.fr.acces-art15-cni", ["access"],
  "Martine Guillou-Rabet <martine.guillou36@orange.fr>",
  "Demande de communication de mes données personnelles",
  """Madame,

Ayant suivi en 2023 la formation « Oser sa reconversion » organisée par Floraison de Soi,
puis plusieurs séances individuelles de coaching, je vous prie de bien vouloir me
communiquer, conformément à l'article 15 du Règlement (UE) 2016/679, l'ensemble des
données à caractère personnel me concernant que vous détenez, ainsi que les finalités
des traitements, les destinataires et la durée de conservation envisagée.

Vous trouverez ci-joint une copie de ma carte d'identité afin de justifier de mon identité.

Je vous remercie de me répondre dans le délai d'un mois prévu par le texte.

Veuillez agréer, Madame, mes salutations distinguées.

Martine Guillou-Rabet
4 impasse des Tilleuls
36100 Issoudun
""",
  att=[("pdf", "CNI_Guillou_Rabet.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : GUILLOU-RABET  Prénom : Martine\nCopie certifiée conforme - usage : demande RGPD Floraison de Soi")]),

# NEAR-LINE: request buried in a chatty catch-up; asks what is kept and where the newsletter address came from -> access.
R("fr.be.acces-bavarde-kot", ["access"],
  "Nathalie Verhaegen <nathalie.verhaegen@skynet.be>",
  "des nouvelles de Namur :-)",
  """Coucou Sandra,

Ça fait une éternité ! J'espère que tu vas bien et que les ateliers de printemps ont eu du
succès, j'ai vu passer les photos sur Facebook, le jardin avait l'air magnifique.

Ici c'est un peu la course : Juliette a trouvé un kot à Louvain-la-Neuve pour la rentrée,
donc on a passé tous nos week-ends chez IKEA, et moi j'ai enfin osé demander mon 4/5e au
boulot (merci encore pour les séances de l'an passé, je pense souvent à l'exercice de la
boussole !). Bref, la vie avance.

Au fait, une question un peu bête : je suis en train de faire le point sur tout ce qui
circule à mon sujet un peu partout, et je me rends compte que je ne sais pas du tout ce que
tu as encore dans tes fichiers sur moi. Est-ce que tu pourrais me dire ce que tu conserves
(fiches de séance, mails, paiements, etc.) et d'où vient l'adresse que tu utilises pour la
newsletter ? Je crois que ce n'est pas celle que je t'avais donnée au départ.

Sinon je passerai peut-être par Issoudun en août, on pourrait aller boire un verre si tu es
dans le coin ?

Grosses bises à tantôt,
Nathalie

--
Nathalie Verhaegen
GSM +32 475 61 22 90
"""),

# NEAR-LINE: written from a work address about her own data; recipients + what is held -> access.
R("fr.ch.acces-destinataires-assurance", ["access"],
  "Corinne Python <corinne.python@helvetia-assur.ch>",
  "Question concernant mes données",
  """Bonjour Madame Delomenie,

Je vous écris depuis mon adresse professionnelle, faute de mieux, veuillez m'en excuser.

J'ai participé l'automne dernier à votre formation en ligne et j'ai payé par carte. Je
souhaiterais savoir à quels tiers mes données ont été transmises (prestataire de paiement,
plateforme de cours, éventuels sous-traitants hors UE) et ce que vous détenez précisément
à mon sujet. Une liste suffira, avec une copie si c'est possible.

D'avance je vous remercie et vous souhaite une belle fin de journée.

Meilleures salutations

Corinne Python
Gestionnaire sinistres – Direction régionale Romandie
Helvetia Assurances | Rue du Marché 2 | 1204 Genève
T +41 58 280 12 34 | corinne.python@helvetia-assur.ch

""" + DISC_CH + "\n",
  shape="alt", html_style="outlook", logo=True),

R("fr.sms.acces-tout-ce-que-t-as", ["access"],
  "kev.lmbrt <kev.lmbrt@gmail.com>",
  "",
  """bjr sandra c kevin (le coaching pr le permis lol)
tu peux m envoyer tt ce que t as sur moi stp, genre les fiches des seances et tout
merci bcp
""" + "\n" + ANDROID_FR + "\n"),

R("fr.qc.acces-renseignements-loi25", ["access"],
  "Geneviève Tremblay <genevieve.tremblay@videotron.ca>",
  "Demande d'accès – renseignements personnels",
  """Bonjour Madame Delomenie,

J'ai suivi votre cours en ligne « Retrouver son élan » l'hiver dernier, depuis Sherbrooke.

Je souhaiterais obtenir une copie de l'ensemble des renseignements personnels que vous
détenez à mon sujet, incluant les informations de paiement et les réponses aux
questionnaires du module 2. Je comprends que vous êtes en France et donc assujettie au
RGPD plutôt qu'à la Loi 25, mais j'imagine que le principe est le même.

Je vous remercie à l'avance et vous souhaite une bonne fin de semaine.

Geneviève Tremblay
Sherbrooke (Québec)
"""),

R("fr.fr.acces-reponse-newsletter", ["access"],
  "Hélène Castagné <helene.castagne@free.fr>",
  "Re: 🌸 La lettre de Floraison de Soi – Mai : l'art de dire non",
  """Bonjour Sandra,

Avant de continuer à recevoir vos lettres (que j'aime bien, rassurez-vous), j'aimerais
savoir quelles informations vous avez exactement sur moi, et si elles sont partagées avec
d'autres sociétés.

Merci,
Hélène
""" + gmail_fr("mar. 13 mai 2025 à 07:30", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Bonjour Hélène,

Ce mois-ci, parlons de cette petite phrase si difficile : « non ».
Dire non, ce n'est pas fermer une porte, c'est ouvrir un espace pour soi...

👉 Le prochain atelier « Poser ses limites » aura lieu le 7 juin à Issoudun.

Pour ne plus recevoir cette lettre, cliquez ici.
Floraison de Soi – Issoudun"""),
  date="2025-05-16", reply=True),

R("fr.fr.acces-notes-seances-html", ["access"],
  "BOURGEOIS Claire <claire.bourgeois@groupe-agrial-exemple.fr>",
  "Notes de nos séances",
  """Bonjour Sandra,

J'espère que vous allez bien.

Dans le cadre d'un bilan que je fais avec mon médecin du travail, pourriez-vous me
transmettre une copie des notes prises lors de nos séances de coaching (de janvier à
avril) ainsi que mes réponses au questionnaire de départ ? Tout ce que vous avez à mon nom
me conviendra.

Merci beaucoup et belle journée,

Claire Bourgeois
Responsable Qualité Site – Usine de Châteauroux
Tél. : 02 54 08 33 17 | Port. : 06 12 77 40 58

""" + DISC_FR + "\n",
  shape="html", html_style="outlook"),

R("fr.fr.acces-objet-seul", ["access"],
  "Pascale Lemoine <pascale.lemoine@icloud.com>",
  "Demande d'accès à mes données personnelles (art. 15 RGPD)",
  IPHONE_FR + "\n"),

# NEAR-LINE: only asks how her phone number was obtained (+ what else is held) -> access (source of data).
R("fr.fr.acces-origine-numero", ["access"],
  "Thierry Marchal <t.marchal@laposte.net>",
  "appel reçu hier",
  """Bonjour,

Hier une dame m'a appelé sur mon portable de la part de « Floraison de Soi » pour me
proposer un atelier sur la gestion du stress. Je n'ai aucun souvenir de vous avoir donné
mon numéro. Pouvez-vous m'indiquer comment vous l'avez obtenu, et ce que vous avez d'autre
me concernant ?

Cordialement,
T. Marchal
"""),

R("fr.fr.acces-avocat-mandat", ["access"],
  "Maître Anne-Sophie Derrien <as.derrien@derrien-avocat.fr>",
  "V/Réf. : Mme Sabrina OUALI – demande d'accès (art. 15 RGPD)",
  """Madame,

J'interviens en qualité de conseil de Madame Sabrina OUALI, qui a bénéficié d'un
accompagnement de coaching au sein de votre structure entre septembre 2024 et février 2025.

Agissant en vertu du mandat ci-joint, je vous remercie de bien vouloir me communiquer
l'intégralité des données personnelles concernant ma cliente détenues par vos soins, sous
quelque forme que ce soit (comptes rendus de séance, échanges de courriels, documents
partagés, données de paiement), ainsi que l'identité des destinataires auxquels ces
données ont pu être communiquées.

Je vous remercie de me faire parvenir ces éléments dans le délai légal d'un mois.

Je vous prie de croire, Madame, à l'assurance de mes salutations distinguées.

Anne-Sophie DERRIEN
Avocate au Barreau de Bourges
7 place Gordaine – 18000 Bourges
Tél. 02 48 65 90 12

Ce courriel est confidentiel et couvert par le secret professionnel de l'avocat.
""",
  att=[("pdf", "Mandat_OUALI_signe.pdf", "MANDAT DE REPRESENTATION\nJe soussignée Sabrina OUALI donne mandat à Maître Anne-Sophie DERRIEN\npour exercer en mon nom mes droits au titre du RGPD auprès de Floraison de Soi.\nFait à Bourges, signature")]),

# ------------------------------------------------------------------ rectification
R("fr.fr.rectif-nouvel-email", ["rectification"],
  "Sylvie Arnaud <sylvie.arnaud@gmail.com>",
  "changement d'adresse mail",
  """Bonjour Sandra,

Petite info pratique : je n'utilise plus mon adresse sylvie.arnaud@wanadoo.fr (je résilie
mon abonnement Orange à la fin du mois). Pourriez-vous la remplacer par celle-ci,
sylvie.arnaud@gmail.com, pour les convocations et la lettre d'info ?

Merci et à très vite pour la séance de jeudi,
Sylvie
"""),

R("fr.be.rectif-demenagement-namur", ["rectification"],
  "Olivier Lambotte <olivier.lambotte@proximus.be>",
  "Nouvelle adresse pour les factures",
  """Bonjour Madame,

Nous avons déménagé le mois passé. Pourriez-vous dorénavant indiquer l'adresse suivante sur
mes factures et dans vos fichiers :

Olivier Lambotte
Rue des Brasseurs 27, boîte 3
5000 Namur
Belgique

L'ancienne adresse à Jambes n'est plus valable.

Je vous remercie déjà et vous souhaite une bonne journée.

Olivier Lambotte
""",
  charset="iso-8859-1", cte="quoted-printable"),

R("fr.fr.rectif-nom-epouse", ["rectification"],
  "Aurélie Ferrand <aurelie.ferrand@hotmail.fr>",
  "Nom de famille",
  """Bonjour,

Suite à mon divorce, j'ai repris mon nom de naissance, FERRAND (et non plus MOULIN).
Pourriez-vous corriger mon nom dans vos fichiers et sur l'attestation de la formation
« Communication bienveillante » ? Je dois la transmettre à Pôle emploi, enfin France
Travail.

Merci beaucoup,
Aurélie Ferrand
"""),

R("fr.sms.rectif-nouveau-num", ["rectification"],
  "Jess <jessica.b36@gmail.com>",
  "nouveau num",
  """coucou sandra cest jess, jai change de num : 07 68 22 41 09
lancien (06 33..) nest plus a moi, tu peux mettre a jour stp pour les sms de rappel
bisous
"""),

R("fr.ch.rectif-date-naissance", ["rectification"],
  "Marc-Antoine Rochat <marc-antoine.rochat@bluewin.ch>",
  "Erreur sur mon attestation",
  """Bonjour Madame,

Je me réjouis d'avoir reçu mon attestation de formation, merci. Il y a toutefois une
erreur : ma date de naissance est le 17.08.1979 et non le 17.03.1979. Comme l'attestation
sera jointe à mon dossier auprès de l'office cantonal, pourriez-vous corriger cette donnée
chez vous et m'envoyer une attestation rectifiée ?

Avec mes meilleures salutations,
Marc-Antoine Rochat
Chemin des Vignes 8
1009 Pully
Natel 079 412 58 63
"""),

R("fr.fr.rectif-prenom-systemeio", ["rectification"],
  "Christelle Pasquier <christelle.pasquier@yahoo.fr>",
  "Christelle avec un H !",
  """Bonjour Sandra,

Depuis mon inscription au cours en ligne, tous les mails arrivent avec « Bonjour Cristelle ».
C'est un détail mais ça m'agace un peu 😅 Pouvez-vous corriger l'orthographe de mon prénom
dans votre fichier ? C'est Christelle, avec un H.

Merci !
Christelle
"""),

R("fr.fr.rectif-reponse-outlook", ["rectification"],
  "Franck Aubineau <franck.aubineau@mairie-vatan-exemple.fr>",
  "RE: Confirmation de votre inscription – Atelier « Gérer son temps »",
  """Bonjour,

Merci pour la confirmation. Petite correction : mon adresse professionnelle a changé, il
s'agit désormais de franck.aubineau@mairie-vatan-exemple.fr (et plus f.aubineau@cc-vatan.fr,
qui sera fermée). Merci de mettre votre fichier à jour.

Cordialement,

Franck AUBINEAU
Secrétaire général
Mairie de Vatan
""" + outlook_fr("Floraison de Soi <contact@floraisondesoi.fr>", "mardi 9 septembre 2025 10:02",
                 "f.aubineau@cc-vatan.fr", "Confirmation de votre inscription – Atelier « Gérer son temps »",
                 """Bonjour Franck,

Votre inscription à l'atelier « Gérer son temps » du samedi 27 septembre (9h30-12h30)
est bien confirmée. Le lieu : salle des Augustins, Issoudun.

""" + SIG_SANDRA),
  date="2025-09-10", reply=True, shape="alt", html_style="outlook"),

# NEAR-LINE: corrects an inaccurate fact and asks to fix it (no pause asked) -> rectification, not restriction.
R("fr.fr.rectif-compte-rendu-bilan", ["rectification"],
  "Isabelle Nguyen <isabelle.nguyen@gmail.com>",
  "petite erreur dans le compte rendu",
  """Bonjour Sandra,

J'ai bien relu le compte rendu de bilan, merci, il m'aide beaucoup. Une inexactitude
cependant : il est écrit que je suis toujours salariée chez Soprema, or j'ai quitté
l'entreprise en mars et je suis à mon compte depuis avril. Pourriez-vous corriger ce point
dans le document et dans mon dossier chez vous ?

Bonne soirée,
Isabelle
"""),

# NEAR-LINE: parent for a minor replacing the old phone number with the new one -> rectification only.
R("fr.fr.rectif-parent-mineur", ["rectification"],
  "Laurent Chevalier <laurent.chevalier@sfr.fr>",
  "Atelier ados - numéro à contacter",
  """Bonjour Madame Delomenie,

Je suis le papa de Noé (14 ans), inscrit à l'atelier « Confiance en soi ados » du mercredi.
Le numéro à joindre en cas de besoin n'est plus le 06 81 45 02 76 mais le 06 22 19 87 30.
Pouvez-vous remplacer l'ancien numéro dans sa fiche ?

Merci d'avance,
Laurent Chevalier
"""),

# ------------------------------------------------------------------ erasure
R("fr.fr.efface-compte-et-donnees", ["erasure"],
  "Yannick Ribeiro <yannick.ribeiro@outlook.fr>",
  "suppression",
  """Bonjour,

Merci de supprimer mon compte et toutes mes données.

Yannick Ribeiro
"""),

R("fr.fr.efface-art17-formel", ["erasure"],
  "Dominique Perrault <dperrault@numericable.fr>",
  "Exercice du droit à l'effacement – article 17 RGPD",
  """Madame,

Par la présente, j'exerce mon droit à l'effacement prévu à l'article 17 du RGPD et vous
demande de procéder à la suppression de l'ensemble des données à caractère personnel me
concernant, y compris auprès de vos sous-traitants (plateforme de formation, prestataire
de paiement), sous réserve de vos obligations légales de conservation comptable.

Je vous remercie de me confirmer par écrit l'effacement effectif.

Dominique Perrault
""",
  att=[("jpg", "IMG_20250603_181122.jpg")]),

R("fr.fr.efface-enfoui-tri-numerique", ["erasure"],
  "Valérie Roussel <valerie.roussel@free.fr>",
  "un petit bonjour",
  """Bonjour Sandra,

Je pense à toi parce que j'ai retrouvé le carnet rose qu'on avait utilisé pendant le
parcours de l'an dernier. Que de chemin depuis ! J'ai changé de poste, je fais du yoga le
mardi, et j'ai même repris le piano (mal, mais avec plaisir).

En ce moment je fais un grand tri dans ma vie numérique (vieux comptes, photos, etc.) et du
coup je me disais : est-ce que tu pourrais effacer mes fiches de suivi et tout ce qui me
concerne chez toi ? Rien de grave, c'est juste que je n'ai plus envie que ces moments un
peu difficiles traînent quelque part, même en lieu sûr. J'espère que tu comprendras.

Je garde un super souvenir de notre travail ensemble et je te recommande dès que je peux.
Ma collègue Fanny va peut-être t'appeler d'ailleurs.

Belle fin de semaine,
Valérie
"""),

R("fr.be.efface-ne-sais-plus-venir", ["erasure"],
  "Marie-Claire Dethier <mc.dethier@telenet.be>",
  "Ateliers",
  """Bonjour Sandra,

Avec mon nouvel horaire je ne sais plus venir aux ateliers en visio du jeudi, c'est bien
dommage. Comme je ne compte pas reprendre, je souhaiterais que vous supprimiez toutes les
informations me concernant de vos fichiers.

Merci pour tout et au plaisir,
Marie-Claire
"""),

R("fr.ch.efface-nlpd-disclaimer", ["erasure"],
  "Stéphane Favre <stephane.favre@bcge-exemple.ch>",
  "Demande d'effacement de données",
  """Madame,

Je vous prie de bien vouloir effacer l'ensemble de mes données personnelles de vos
systèmes (RGPD art. 17, respectivement nLPD pour la partie suisse). J'ai suivi votre
formation en ligne en 2024 et n'ai plus l'intention d'utiliser vos services.

Je vous remercie de me confirmer l'exécution de ma demande.

Meilleures salutations

Stéphane Favre
Conseiller clientèle Private Banking
Banque Cantonale – Quai de l'Île 17 – 1204 Genève
Tél. +41 22 809 31 00

""" + DISC_CH + "\n\nP Pensez à l'environnement avant d'imprimer ce message.\n",
  shape="alt", html_style="outlook", logo=True),

# NEAR-LINE: polite conditional question that asks for the deletion -> request.
R("fr.fr.efface-question-polie", ["erasure"],
  "Léa Garnier <lea.garnier@laposte.net>",
  "Question",
  """Bonjour,

Serait-il possible de supprimer mes données personnelles de votre fichier ? Je n'utilise
plus mon espace sur la plateforme depuis longtemps.

Merci d'avance,
Léa Garnier
"""),

R("fr.fr.efface-parent-fille-mineure", ["erasure"],
  "Sophie Lacroix <sophie.lacroix79@gmail.com>",
  "Données de ma fille Léna",
  """Madame,

Ma fille Léna Lacroix, 15 ans, a participé en février à l'atelier « Confiance en soi
ados ». Elle a rempli à cette occasion un questionnaire et vous avez son adresse mail et
son numéro de portable.

En tant que responsable légale, je vous demande d'effacer toutes les données la concernant.
Je joins une copie du livret de famille.

Cordialement,
Sophie Lacroix
""",
  att=[("pdf", "livret_famille_p3.pdf", "LIVRET DE FAMILLE - extrait page 3\nEnfant : Léna LACROIX née le 02/11/2009\nMère : Sophie LACROIX")]),

R("fr.qc.efface-detruire-dossier", ["erasure"],
  "Jean-François Gagnon <jfgagnon@sympatico.ca>",
  "Destruction de mon dossier",
  """Bonjour,

J'ai fait affaire avec vous pour trois séances de coaching en visioconférence l'an passé.
Je vous demande de détruire mon dossier au complet (notes, courriels, formulaires). Je
n'en ai plus besoin et je préfère que ça ne traîne pas.

Merci et bonne journée,
Jean-François Gagnon
"""),

# NEAR-LINE: 'effacez-moi de vos fichiers' above a course reminder: deletion from her files, not just unsubscribing -> erasure only.
R("fr.fr.efface-reponse-rappel-cours", ["erasure"],
  "Monique Besson <monique.besson@wanadoo.fr>",
  "Re: Votre module 4 vous attend !",
  """Je ne veux plus rien avoir à faire avec tout ça, effacez-moi de vos fichiers s'il vous
plaît. Merci.
Monique Besson
""" + gmail_fr("lun. 6 oct. 2025 à 08:00", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Bonjour Monique,

Vous n'avez pas encore ouvert le module 4 « Ancrer le changement ».
Il vous attend dans votre espace membre : https://floraisondesoi.systeme.io/espace

À très vite,
Sandra"""),
  date="2025-10-07", reply=True),

R("fr.fr.efface-plus-aucune-trace", ["erasure"],
  "Romain Delacour <romain.delacour@protonmail.com>",
  "Fin de parcours",
  """Bonjour Sandra,

Le parcours est terminé et je vous en remercie. Pour des raisons personnelles,
je souhaiterais qu'il ne reste plus aucune trace de mon passage chez vous : questionnaires,
fiches, échanges, tout. Je comprends que les factures doivent être conservées.

Bien à vous,
Romain
"""),

# ------------------------------------------------------------------ restriction
R("fr.fr.limit-litige-ne-rien-supprimer", ["restriction"],
  "Karine Morel <karine.morel@gmail.com>",
  "Mes données – à ne pas supprimer",
  """Bonjour,

Je suis actuellement en litige avec mon ancien employeur, qui avait financé une partie de
mon coaching. Je vous demande de ne rien supprimer me concernant, car j'aurai peut-être
besoin de ces éléments, mais de ne plus les utiliser ni les communiquer à qui que ce soit
tant que la procédure est en cours.

Merci de votre compréhension,
Karine Morel
"""),

# NEAR-LINE: contests accuracy and asks not to use/transmit meanwhile -> restriction only (no rectification).
R("fr.fr.limit-contestation-bilan", ["restriction"],
  "Patrick Lemaire <patrick.lemaire@sncf-exemple.fr>",
  "Bilan transmis à ma hiérarchie",
  """Madame,

J'ai appris que la synthèse de mon accompagnement devait être envoyée à ma DRH dans le
cadre du financement. Certaines informations qui y figurent sont inexactes (notamment sur
mes motivations de départ). Tant que nous n'avons pas revu ce document ensemble, je vous
demande de ne pas l'utiliser et de ne le transmettre à personne.

Cordialement,

Patrick Lemaire
Chef d'équipe maintenance – Technicentre Centre-Val de Loire

""" + DISC_FR + "\n",
  shape="alt", html_style="outlook"),

R("fr.fr.limit-avocat-conservation", ["restriction"],
  "Cabinet Morvan & Associés <secretariat@morvan-avocats.fr>",
  "Mme Élodie BRUNET – demande de limitation du traitement (art. 18 RGPD)",
  """Madame,

Nous intervenons pour le compte de Madame Élodie BRUNET, dont vous trouverez le pouvoir
ci-joint.

Un contentieux prud'homal étant en cours, les données que vous détenez concernant notre
cliente (comptes rendus, échanges écrits, factures) sont susceptibles de constituer des
éléments de preuve. Nous vous demandons en conséquence, sur le fondement de l'article 18.1
c) du RGPD, de les conserver en l'état et d'en suspendre tout autre traitement jusqu'à
nouvel ordre de notre part.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour le Cabinet,
Me Yann Morvan
""",
  reply_to="Me Yann Morvan <y.morvan@morvan-avocats.fr>",
  att=[("pdf", "Pouvoir_BRUNET.pdf", "POUVOIR\nJe soussignée Élodie BRUNET autorise le Cabinet Morvan & Associés\nà agir en mon nom auprès de Floraison de Soi (Sandra Delomenie).")]),

# NEAR-LINE: 'mis au frigo', no more reminders, nothing deleted -> restriction only (not objection).
R("fr.be.limit-dossier-en-pause", ["restriction"],
  "Françoise Wauters <francoise.wauters@hotmail.be>",
  "Mon dossier",
  """Bonjour Sandra,

Je traverse une période compliquée et je ne sais pas encore si je reprendrai le coaching.
Je ne voudrais pas que tu effaces quoi que ce soit, mais je préférerais que mon dossier soit
« mis au frigo » : plus de relances, plus d'utilisation de mes infos, rien, le temps que je
voie clair. Je te recontacterai moi-même.

Merci de ta compréhension, une fois de plus.
Françoise
"""),

R("fr.ch.limit-art18-formel", ["restriction"],
  "Nicolas Berset <nicolas.berset@netplus.ch>",
  "Limitation du traitement de mes données",
  """Madame,

Je conteste l'exactitude de certaines informations vous concernant… pardon, me concernant,
que vous avez enregistrées lors de mon inscription (statut professionnel et employeur).
Conformément à l'art. 18 RGPD, je vous demande de limiter le traitement de ces données
pendant la durée de la vérification.

Je vous remercie et vous adresse mes meilleures salutations.

Nicolas Berset
Rte de Fribourg 41
1680 Romont
"""),

R("fr.sms.limit-garde-mais-sers-toi-plus", ["restriction"],
  "Manon <manon.dlr@gmail.com>",
  "Re: rappel",
  """stp garde mes infos mais t en sers plus pour l instant, je te redirai
merci
""" + "\n" + IPHONE_FR + "\n" + apple_fr("2 févr. 2026 à 18:04", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Bonjour Manon,
Petit rappel : votre séance est prévue demain à 18h en visio.
Sandra"""),
  date="2026-02-02", reply=True),

R("fr.fr.limit-contestation-attestation", ["restriction"],
  "Emmanuel Dufresne <emmanuel.dufresne@gmail.com>",
  "Attestation de présence",
  """Bonjour,

L'attestation de présence que vous avez émise indique 14 heures alors que j'ai suivi 21
heures de formation. Je conteste ce chiffre. En attendant que nous réglions ce point,
merci de ne pas utiliser ni transmettre ces données à l'OPCO ni à qui que ce soit.

Cordialement,
Emmanuel Dufresne
"""),

# NEAR-LINE: 'ne supprimez pas ... qu'ils ne servent plus à rien d'autre' = don't use, don't delete -> restriction only.
R("fr.fr.limit-cpf-garder", ["restriction"],
  "Nadia Haddad <nadia.haddad@orange.fr>",
  "Mes documents de formation",
  """Bonjour Sandra,

J'ai vu dans votre dernière lettre que vous faisiez du ménage dans vos fichiers. Surtout ne
supprimez pas mes documents, j'en aurai besoin pour mon dossier CPF et mon VAE. Par contre
je préfère qu'ils ne servent plus à rien d'autre en attendant, ni relances, ni statistiques.

Merci beaucoup,
Nadia
"""),

# ------------------------------------------------------------------ multi-right
R("fr.fr.multi-copie-puis-suppression", ["access", "erasure"],
  "Bertrand Colin <bertrand.colin@gmail.com>",
  "Mes données",
  """Bonjour Madame Delomenie,

Je souhaite récupérer une copie de l'ensemble de mes données (fiches de séance, échanges,
questionnaires), puis que vous les supprimiez définitivement de vos fichiers.

Merci de me tenir informé.
Bertrand Colin
"""),

R("fr.ch.multi-voir-puis-effacer", ["access", "erasure"],
  "Anne-Laure Chappuis <al.chappuis@gmx.ch>",
  "Mon dossier coaching",
  """Bonjour Sandra,

J'espère que vous allez bien. Je me réjouis de vous dire que j'ai trouvé un nouveau poste à
Lausanne, en partie grâce à notre travail !

J'aimerais savoir ce que vous conservez encore à mon sujet et, après en avoir pris
connaissance, que tout soit supprimé. Je tourne la page, comme on dit.

Avec mes meilleures salutations et encore merci,
Anne-Laure
"""),

R("fr.fr.multi-art15-17-outlook", ["access", "erasure"],
  "DUMAS Joël <joel.dumas@agglo-chateauroux-exemple.fr>",
  "RGPD – accès puis effacement",
  """Madame,

En application des articles 15 et 17 du RGPD, je vous demande :
- de me communiquer copie de l'ensemble des données me concernant ;
- puis de procéder à leur effacement.

Avec mes remerciements,

Joël DUMAS
Direction des Systèmes d'Information
Châteauroux Métropole
Tél. : 02 54 08 44 10

Afin de contribuer au respect de l'environnement, merci de n'imprimer ce courriel qu'en cas de nécessité.
""" + DISC_FR + "\n",
  shape="alt", html_style="outlook", logo=True),

R("fr.fr.multi-acces-et-correction", ["access", "rectification"],
  "Gilles Bonnet <gilles.bonnet@club-internet.fr>",
  "Informations me concernant",
  """Bonjour,

Pouvez-vous m'envoyer la liste des informations que vous détenez sur moi ? J'ai
l'impression que mon adresse postale est encore l'ancienne (12 rue Danton, Vierzon) : la
bonne est 3 allée des Peupliers, 18100 Vierzon. Merci de la corriger au passage.

Gilles Bonnet
"""),

R("fr.fr.multi-desinscrire-et-supprimer", ["erasure", "objection"],
  "Corinne Fabre <corinne.fabre@sfr.fr>",
  "STOP",
  """Bonjour,
Merci de me désinscrire de la newsletter et de supprimer toutes mes données.
C. Fabre
"""),

R("fr.be.multi-plus-de-pub-effacer", ["erasure", "objection"],
  "Jean-Luc Maes <jeanluc.maes@scarlet.be>",
  "Publicités",
  """Madame,

Je reçois régulièrement vos courriels publicitaires pour des formations. Je n'ai jamais
demandé à les recevoir, ou alors il y a très longtemps. Je vous saurais gré de ne plus
m'envoyer de publicité et d'effacer mes coordonnées de vos listings.

Salutations,
J.-L. Maes
Liège
"""),

R("fr.fr.multi-desabo-sms-efface-html", ["erasure", "objection"],
  "Ophélie Renard <ophelie.renard@gmail.com>",
  "Arrêt des SMS + suppression",
  """Bonjour Sandra,

Je reçois encore vos SMS de promo pour les ateliers alors que je n'y vais plus depuis deux
ans. Je ne veux plus en recevoir et je voudrais que vous supprimiez mes coordonnées et ma
fiche.

Merci,
Ophélie
""",
  shape="html", html_style="gmail"),
]
