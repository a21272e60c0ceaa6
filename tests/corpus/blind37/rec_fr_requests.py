# French-language requests (rights exercised).  Standard library only.
from _rec import R, SANDRA, ORANGE, CONTACT

RECORDS = []

# ----------------------------------------------------------------- access
RECORDS += [
R("fr-acces-formel-art15-chateauroux", "fr", ["access"],
  "Mme Françoise Aubrun <francoise.aubrun@wanadoo.fr>",
  "Demande de droit d'accès - article 15 RGPD",
  """
Madame,

Par la présente, et conformément à l'article 15 du Règlement (UE) 2016/679 (RGPD), je vous
demande de bien vouloir me communiquer une copie de l'ensemble des données à caractère
personnel me concernant que vous détenez, quel qu'en soit le support (fichiers clients,
plateforme de formation, messagerie, outils de paiement).

J'ai participé à deux ateliers « Gestion du stress » à Issoudun en 2023 puis suivi votre
formation en ligne « Oser s'affirmer ».

Vous trouverez ci-joint la copie de ma pièce d'identité. Je vous rappelle que vous disposez
d'un délai d'un mois à compter de la réception de ce courrier pour y répondre.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Françoise Aubrun
12 rue Grande
36000 Châteauroux
""", att=[("pdf", "CNI_Aubrun_recto_verso.pdf",
          "Copie carte nationale d'identite - AUBRUN Francoise - document transmis pour demande RGPD")]),

R("fr-acces-casual-quest-ce-que-vous-avez", "fr", ["access"],
  "Jessica Pinault <jess.pinault36@gmail.com>", "petite question",
  """
Bonjour Sandra,

J'ai fait un de vos ateliers il y a 2 ans je crois (celui sur la confiance en soi, au centre
social de Vatan). Par curiosité, qu'est-ce que vous avez gardé comme infos sur moi exactement ?
Je veux bien que vous m'envoyiez ce que vous avez.

Merci et bonne journée !
Jessica
"""),

R("fr-acces-origine-adresse", "fr", ["access"],
  "Thierry Vallet <thierry.vallet@laposte.net>", "Comment avez-vous eu mon adresse ?",
  """
Bonjour,

Je reçois depuis trois semaines votre lettre d'information « Floraison de Soi ». Je ne me
souviens pas m'être inscrit. Pouvez-vous me dire d'où vous tenez mon adresse électronique
et quelles autres informations vous avez sur moi ?

Cordialement,
T. Vallet
"""),

R("fr-acces-partage-tiers-pub", "fr", ["access"],
  "Nathalie Rousseau <nath.rousseau@free.fr>", "Transmission de mes coordonnées ?",
  """
Bonjour Madame Delomenie,

Depuis l'atelier de novembre, je reçois des appels d'un cabinet de sophrologie de Bourges qui
connaît mon prénom et sait que j'ai suivi un accompagnement chez vous. Je souhaiterais savoir
à qui vous avez communiqué mes coordonnées, et à quelle date.

Merci de votre réponse.
Nathalie Rousseau
"""),

# NEAR-LINE: the copy request is one sentence buried in a long personal update -> access.
R("fr-acces-buried-long-ancienne-stagiaire", "fr", ["access"],
  "Mélanie Brault <melanie.brault@orange.fr>", "Des nouvelles de Blois",
  """
Bonsoir Sandra,

Cela fait longtemps ! Je voulais vous donner des nouvelles depuis la fin de la formation
« Trouver sa voie » au printemps dernier. Vous vous souvenez peut-être que j'hésitais à
quitter la pharmacie : c'est fait, j'ai démissionné en septembre et je suis maintenant en
reconversion dans l'accompagnement des personnes âgées, à Blois. Ce n'est pas toujours simple
financièrement mais je me sens enfin à ma place.

J'ai repensé plusieurs fois à l'exercice des « trois portes », je l'ai même refait avec ma
soeur à Noël. Elle a adoré, je pense qu'elle vous contactera pour la prochaine session.

Au passage, pour mon dossier de VAE, pourriez-vous m'envoyer une copie de tout ce que vous
avez conservé à mon sujet ? Les bilans, les notes de séances, les questionnaires du début,
tout ce que vous avez, même brut.

Sinon, est-ce que vous refaites l'atelier d'écriture à Issoudun cet été ? J'aimerais
beaucoup revenir, et peut-être avec une amie.

Je vous embrasse,
Mélanie
"""),

R("fr-acces-belge-html", "fr", ["access"],
  "Véronique Dewandre <v.dewandre@skynet.be>", "Données personnelles",
  """
Bonjour Madame,

J'ai suivi votre formation en ligne depuis Namur l'an passé. Pourriez-vous me transmettre
l'ensemble des données me concernant que vous conservez, s'il vous plaît ? Je souhaiterais
savoir ce qui est enregistré dans votre système pour mon compte.

Je vous remercie d'avance et vous souhaite une bonne journée.

Véronique Dewandre
Namur (Belgique)
""", shape="html"),

R("fr-acces-subject-only-iphone", "fr", ["access"],
  "Kevin Doucet <kev.doucet@icloud.com>",
  "Demande copie de mes données personnelles svp",
  """
Envoyé de mon iPhone
"""),

# NEAR-LINE: session notes are personal data; asking to have a copy -> access.
R("fr-acces-notes-seances", "fr", ["access"],
  "Pauline Girault <pauline.girault@gmail.com>", "Notes de nos séances",
  """
Bonjour Sandra,

Je repense souvent à nos séances de l'an dernier. Vous preniez des notes pendant que je
parlais : est-ce que je pourrais en avoir une copie ? J'aimerais relire ce que j'avais dit à
l'époque pour voir le chemin parcouru.

Merci beaucoup,
Pauline
"""),

R("fr-acces-reply-outlook-newsletter", "fr", ["access"],
  "Gérard Meunier <gerard.meunier@outlook.fr>", "RE: 🌸 La lettre de Floraison de Soi - mars",
  """
Bonjour,

Suite à cette lettre, je souhaite savoir quelles données vous détenez me concernant et depuis
quand. Merci de me les communiquer.

G. Meunier

________________________________
De : Sandra - Floraison de Soi <contact@floraisondesoi.fr>
Envoyé : mardi 11 mars 2025 07:30
À : gerard.meunier@outlook.fr
Objet : 🌸 La lettre de Floraison de Soi - mars

Bonjour Gérard,

Le printemps arrive et avec lui le nouvel atelier « Se réaligner » à Issoudun, le samedi
5 avril de 9h30 à 12h30. Il reste 4 places.

Belle semaine,
Sandra

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
""", date="2025-03-13 18:42", reply=True, shape="alt"),
]

# ----------------------------------------------------------------- rectification
RECORDS += [
R("fr-rect-demenagement-tours", "fr", ["rectification"],
  "Caroline Pasquier <caroline.pasquier@sfr.fr>", "Changement d'adresse",
  """
Bonjour Sandra,

Je viens de déménager de Bourges à Tours. Pouvez-vous mettre à jour mon adresse dans votre
fichier (pour les factures et les attestations) ?

Nouvelle adresse : 27 rue Colbert, 37000 Tours
(l'ancienne, 8 avenue de la Libération à Bourges, n'est plus valable)

Merci !
Caroline
"""),

R("fr-rect-nom-mariage-attestation", "fr", ["rectification"],
  "Amandine Roy-Chevalier <amandine.roychevalier@gmail.com>", "Changement de nom",
  """
Bonjour,

Je me suis mariée cet été et je porte désormais le nom Roy-Chevalier (au lieu de Chevalier).
Merci de modifier mon nom dans mon dossier de stagiaire et sur mon espace de formation, pour
que les prochaines attestations soient au bon nom. Je joins une copie du livret de famille.

Bien cordialement,
Amandine Roy-Chevalier
""", att=[("jpg", "livret_famille_page2.jpg")]),

R("fr-rect-telephone-remplacer", "fr", ["rectification"],
  "Bernard Lagrange <b.lagrange@orange.fr>", "mon numéro",
  """
Bonjour,
mon ancien numéro 06 71 22 48 90 n'est plus attribué, merci de le remplacer par le
07 68 15 03 77 dans vos fichiers.
Bernard Lagrange
"""),

R("fr-rect-email-remplacer-newsletter", "fr", ["rectification"],
  "Isabelle Fournier <isabelle.fournier.36@gmail.com>", "Nouvelle adresse mail",
  """
Bonjour Sandra,

Je change d'adresse mail : merci de remplacer isa.fournier@wanadoo.fr par celle-ci
(isabelle.fournier.36@gmail.com) pour la newsletter et pour mon compte de formation.
L'ancienne sera fermée à la fin du mois.

Belle journée,
Isabelle
"""),

R("fr-rect-date-naissance-espace", "fr", ["rectification"],
  "Jean-Claude Perrot <jc.perrot@bbox.fr>", "Erreur date de naissance",
  """
Bonjour Madame,

Dans mon espace de formation, ma date de naissance est indiquée 14/02/1975 alors que je suis
né le 14/02/1957. Je ne trouve pas comment la modifier moi-même, pouvez-vous corriger ?

Merci, J.-C. Perrot
"""),

R("fr-rect-quebec-orthographe", "fr", ["rectification"],
  "Marie-Ève Gagnon-Thériault <megagnon@videotron.ca>", "Mon nom mal orthographié",
  """
Bonjour Sandra,

Petite affaire : mon nom est mal écrit dans vos envois courriel et sur mon certificat de
formation en ligne. C'est « Gagnon-Thériault » et non « Gagnon Theriaut ». Pourriez-vous
corriger ça dans votre système s'il vous plaît?

Merci bien et bonne fin de semaine!
Marie-Ève
(Sherbrooke, Québec)
"""),

# NEAR-LINE: fixing her own billing address on her client file = rectification, although it
# looks like invoice admin.
R("fr-rect-adresse-facturation-microentreprise", "fr", ["rectification"],
  "Laëtitia Rabier <contact@laetitia-rabier-sophro.fr>", "Fiche client - adresse",
  """
Bonjour Sandra,

Depuis janvier ma micro-entreprise est domiciliée au 3 place du Marché, 36100 Issoudun
(et plus chez moi à Reuilly). Peux-tu corriger l'adresse sur ma fiche client chez toi ?

Merci et à bientôt,
Laëtitia Rabier
Sophrologue
"""),

R("fr-rect-prenom-usage", "fr", ["rectification"],
  "Noah Lemaire <noah.lemaire@proton.me>", "Mise à jour de mon prénom",
  """
Bonjour,

Je m'appelle désormais Noah (et non plus Noémie). Pourriez-vous mettre à jour mon prénom
dans vos fichiers et sur votre plateforme de cours en ligne ? Mon adresse mail reste la même.

Merci d'avance,
Noah Lemaire
"""),

R("fr-rect-suisse-adresse-qp", "fr", ["rectification"],
  "Corinne Python <corinne.python@bluewin.ch>", "Rectification de mes coordonnées",
  """
Bonjour Madame Delomenie,

Veuillez s'il vous plaît rectifier mon adresse postale : j'ai déménagé de Lausanne à Vevey.

Nouvelle adresse : Rue du Simplon 14, 1800 Vevey, Suisse
Nouveau numéro de natel : +41 79 512 33 08 (l'ancien ne fonctionne plus)

Avec mes meilleures salutations,
Corinne Python
""", cte="quoted-printable"),
]

# ----------------------------------------------------------------- erasure
RECORDS += [
R("fr-eff-art17-formel-pj", "fr", ["erasure"],
  "Dominique Charpentier <dominique.charpentier@orange.fr>",
  "Demande d'effacement de données personnelles (art. 17 RGPD)",
  """
Madame,

En application de l'article 17 du RGPD, je vous demande l'effacement de l'intégralité des
données personnelles me concernant que vous détenez : fiche client, historique de
rendez-vous, notes de coaching, données de paiement conservées chez Stripe, compte sur
Systeme.io et échanges de courriels.

Je vous remercie de me confirmer par écrit la réalisation de cet effacement dans le délai
légal d'un mois.

Veuillez trouver ci-joint une copie de ma pièce d'identité.

Dominique Charpentier
Le Blanc (36)
""", att=[("pdf", "piece_identite.pdf", "Permis de conduire - CHARPENTIER Dominique - copie")]),

R("fr-eff-casual-bises", "fr", ["erasure"],
  "Sophie <sophie.m.berthier@gmail.com>", "",
  """
coucou Sandra,

tu peux effacer tout ce que tu as sur moi ? (fiche, mails, tout ça). rien de grave hein, je
fais juste du tri dans ma vie numérique :)

merci bcp, bises
Sophie
"""),

R("fr-eff-compte-et-donnees", "fr", ["erasure"],
  "Christian Moulin <christian.moulin@yahoo.fr>", "Suppression compte",
  """
Bonjour,

Merci de supprimer mon compte sur votre plateforme de cours ainsi que toutes mes données.

Christian Moulin
"""),

R("fr-eff-poli-question", "fr", ["erasure"],
  "Hélène Tessier <helene.tessier@hotmail.fr>", "Mes données",
  """
Bonjour Madame,

Je n'ai plus besoin de vos services depuis que j'ai changé de région. Pourriez-vous supprimer
mes données personnelles de vos fichiers ?

Avec mes remerciements,
Hélène Tessier
"""),

# NEAR-LINE: roundabout wording ("soient détruites") in a long emotional mail -> erasure.
R("fr-eff-buried-notes-detruites", "fr", ["erasure"],
  "Agnès Bodin <agnes.bodin@laposte.net>", "Un an après",
  """
Bonjour Sandra,

Je vous écris un peu tard, pardon. L'année a été difficile : le décès de mon père en février,
puis la vente de la maison de Levroux, puis mon fils qui est parti faire ses études à Lyon.
Je n'ai pas eu la force de reprendre les séances et je crois que ce n'est plus le moment.

Je garde un très bon souvenir de notre travail ensemble, sincèrement. Mais en relisant mon
carnet, je me suis rendu compte que je vous avais confié des choses très intimes sur mon
couple. Je préférerais que les notes que vous avez prises lors de nos séances soient
détruites, ainsi que les questionnaires que j'avais remplis au début. Je me sentirais plus
légère en sachant qu'il n'en reste rien.

Je vous souhaite une très belle continuation, et peut-être à un de ces jours au marché.

Agnès
"""),

R("fr-eff-parent-mineur-ados", "fr", ["erasure"],
  "Stéphane Guillot <stephane.guillot@free.fr>", "Données de mon fils - atelier ados",
  """
Bonjour,

Mon fils Enzo Guillot (15 ans) a participé à l'atelier « Confiance en soi ados » en octobre.
En tant que son représentant légal, je vous demande de supprimer toutes les données le
concernant : fiche d'inscription, autorisation parentale, photos éventuelles et son adresse
mail qui a été ajoutée à votre liste.

Cordialement,
Stéphane Guillot
"""),

R("fr-eff-avocat-mandat", "fr", ["erasure"],
  "Maître Claire Devaux <cdevaux@devaux-avocat.fr>",
  "Mme Sandrine Hamel - demande d'effacement - V/Réf. SH/2025",
  """
Madame,

J'interviens en qualité de conseil de Madame Sandrine Hamel, demeurant à Vierzon, qui m'a
donné mandat exprès à cet effet (mandat joint).

Ma cliente a suivi auprès de vous un accompagnement individuel entre 2022 et 2024. Elle
entend exercer le droit à l'effacement prévu à l'article 17 du RGPD pour l'ensemble des
données la concernant, y compris les comptes rendus de séances.

Je vous remercie de bien vouloir me confirmer l'exécution de cette demande dans les délais
légaux, la correspondance devant m'être adressée.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Claire Devaux
Avocate au Barreau de Bourges
5 rue Jacques Coeur - 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
S'il vous est parvenu par erreur, merci d'en avertir l'expéditeur et de le détruire.
""", att=[("docx", "Mandat_Hamel_signe.docx",
           "MANDAT\nJe soussignee Sandrine Hamel donne mandat a Maitre Claire Devaux pour exercer en mon nom mes droits RGPD aupres de Floraison de Soi (Sandra Delomenie).\nFait a Vierzon.")]),

R("fr-eff-sms-style", "fr", ["erasure"],
  "Dylan Marchand <dylan.marchand18@gmail.com>", "coordonnees",
  """
slt svp effacez mes coordonnees de vos fichiers jai fait l atelier une fois c tout. mrc
"""),

R("fr-eff-subject-only-vide", "fr", ["erasure"],
  "Roselyne Barbier <roselyne.barbier@wanadoo.fr>",
  "Suppression de mes données personnelles - RGPD", ""),

R("fr-eff-reply-above-rappel", "fr", ["erasure"],
  "Cédric Lenoir <cedric.lenoir@gmail.com>", "Re: Rappel : votre séance de jeudi 10h",
  """
Bonjour,

Je ne viendrai plus aux séances. Merci de supprimer l'intégralité de mes informations de votre
base, je ne souhaite pas qu'elles soient conservées.

Cédric

Le lun. 2 juin 2025 à 08:00, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
> Bonjour Cédric,
>
> Je vous rappelle notre séance de jeudi 5 juin à 10h au cabinet (14 rue de la Gare,
> Issoudun).
>
> En cas d'empêchement, merci de me prévenir 48h à l'avance.
>
> Sandra Delomenie
> Floraison de Soi
""", date="2025-06-03 21:17", reply=True),
]

# ----------------------------------------------------------------- restriction
RECORDS += [
R("fr-lim-conteste-exactitude-arret", "fr", ["restriction"],
  "Valérie Cordier <valerie.cordier@orange.fr>", "Informations inexactes",
  """
Bonjour Madame Delomenie,

J'ai constaté dans le compte rendu de bilan transmis à mon employeur qu'il est écrit que
j'étais « en arrêt maladie prolongé » au début de l'accompagnement. C'est faux. En attendant
que nous vérifiions ensemble ce point, je vous demande de ne plus utiliser ni transmettre ces
informations.

Valérie Cordier
"""),

R("fr-lim-ne-pas-supprimer-prudhommes", "fr", ["restriction"],
  "Franck Delaunay <franck.delaunay@sfr.fr>", "Conservation de mon dossier",
  """
Madame,

Je suis en litige avec mon ancien employeur devant le conseil de prud'hommes de Châteauroux.
Mon dossier d'accompagnement chez vous pourrait m'être utile. Je vous demande donc de NE PAS
supprimer mes données, mais de cesser toute utilisation de celles-ci en attendant la fin de
la procédure.

Bien à vous,
Franck Delaunay
"""),

R("fr-lim-geler-dossier", "fr", ["restriction"],
  "Murielle Jacquet <murielle.jacquet@gmail.com>", "mon dossier",
  """
Bonjour Sandra,

Je ne sais pas encore si je reprendrai le coaching. En attendant, je voudrais que mon dossier
soit gelé : ne faites rien avec, ne l'effacez pas non plus. Je reviendrai vers vous.

Murielle
"""),

R("fr-lim-art18-formel", "fr", ["restriction"],
  "Olivier Marchal <o.marchal@cabinet-marchal.fr>",
  "Demande de limitation du traitement - article 18 RGPD",
  """
Madame,

Conformément à l'article 18 du RGPD, je sollicite la limitation du traitement de mes données
personnelles. Je conteste en effet l'exactitude de certaines informations figurant dans mon
dossier de formation (résultats d'évaluation du module 2).

Pendant la durée de vérification, ces données ne devront faire l'objet d'aucun traitement
autre que leur conservation.

Veuillez agréer, Madame, mes salutations distinguées.

Olivier Marchal
"""),

R("fr-lim-stagiaire-appreciations", "fr", ["restriction"],
  "Aurélie Moreau <aurelie.moreau@mairie-deols.fr>", "Appréciations formation",
  """
Bonjour,

Les appréciations de fin de formation qui me concernent ne correspondent pas à ce que nous
avions dit lors de l'entretien final. Tant que nous n'en avons pas reparlé, je vous demande de
les mettre de côté : ne les transmettez pas au service RH et ne les utilisez pas.

Cordialement,
Aurélie Moreau
Agent administratif - Mairie de Déols
"""),

R("fr-lim-belge-suspens", "fr", ["restriction"],
  "Jean-Marc Lambotte <jm.lambotte@proximus.be>", "Mes données en suspens",
  """
Bonjour,

Pourriez-vous mettre mes données en suspens, sans les effacer ? Je ne souhaite pas qu'elles
soient utilisées pour le moment, le temps que je règle quelques soucis personnels.

Merci bien,
Jean-Marc
"""),

R("fr-lim-bilan-bloquer", "fr", ["restriction"],
  "Sylvain Pichon <sylvain.pichon@laposte.net>", "Bilan de compétences",
  """
Bonjour,

Je conteste plusieurs éléments de la synthèse écrite de mon bilan de compétences. Merci d'en
bloquer l'utilisation jusqu'à ce que nous en ayons discuté. Je ne demande pas la suppression.

S. Pichon
"""),

# NEAR-LINE: "pas de mails" is part of "don't use for now, keep it" -> restriction only,
# not objection.
R("fr-lim-divorce-garde-infos", "fr", ["restriction"],
  "Émilie <emilie.ferrand@icloud.com>", "stp",
  """
Sandra, stp garde mes infos mais ne t'en sers plus pour l'instant (pas de mails, pas de
partage, rien). Je suis en plein divorce et je ne veux pas que quoi que ce soit circule. Je te
redis quand c'est fini.

Émilie

Envoyé de mon iPhone
"""),
]

# ----------------------------------------------------------------- portability
RECORDS += [
R("fr-port-transfert-nouvelle-coach", "fr", ["portability"],
  "Annabelle Caillaud <annabelle.caillaud@gmail.com>", "Transfert de mon dossier",
  """
Bonjour Sandra,

Comme je vous l'avais dit, je déménage à Orléans et je vais continuer mon accompagnement avec
Mme Karine Soulas (karine.soulas@coaching-loire.fr). Pourriez-vous lui transmettre directement
mon dossier, mes bilans et les exercices que j'ai remplis, dans un format qu'elle puisse
exploiter facilement ?

Merci pour tout,
Annabelle
""", cc="karine.soulas@coaching-loire.fr"),

R("fr-port-csv-progression", "fr", ["portability"],
  "Romain Texier <romain.texier@outlook.fr>", "Export de mes données de cours",
  """
Bonjour,

Pouvez-vous m'exporter mes données de progression du cours en ligne (modules terminés, notes
aux quiz, réponses aux exercices) au format CSV ou Excel ? Je veux les conserver dans mon
propre tableur.

Merci,
Romain Texier
"""),

R("fr-port-art20-formel", "fr", ["portability"],
  "Monique Besnard <monique.besnard@orange.fr>", "Exercice du droit à la portabilité",
  """
Madame,

En application de l'article 20 du Règlement général sur la protection des données, je vous
prie de bien vouloir me transmettre les données personnelles que je vous ai fournies, dans un
format structuré, couramment utilisé et lisible par machine.

Je vous remercie par avance.

Monique Besnard
18200 Saint-Amand-Montrond
""", cte="base64"),

R("fr-port-json-systeme", "fr", ["portability"],
  "Maxime Royer <maxime@royer.dev>", "export json ?",
  """
Salut Sandra,

Question geek : tu peux m'envoyer un export JSON (ou CSV, je ne suis pas difficile) de mes
données sur ta plateforme Systeme.io ? Progression, quiz, commentaires. Je me fais un petit
tableau de bord perso de toutes mes formations.

Merci !
Max
"""),

R("fr-port-reimporter-exercices", "fr", ["portability"],
  "Christelle Vasseur <christelle.vasseur@yahoo.fr>", "Récupérer mes réponses",
  """
Bonjour,

Mon abonnement se termine et je vais poursuivre sur une autre plateforme. Je voudrais
récupérer mes réponses aux exercices et mon journal de bord dans un fichier que je peux
réimporter ailleurs (pas des captures d'écran, un vrai fichier).

Cordialement,
Christelle Vasseur
""", att=[("csv", "ce_que_je_voudrais.csv",
           "module;exercice;format souhaite\n1;journal de bord;CSV\n2;plan d'action;CSV\n")]),

R("fr-port-suisse-therapeute", "fr", ["portability"],
  "Laurent Favre <laurent.favre@gmx.ch>", "Transmission historique",
  """
Bonjour Madame,

Je vous serais reconnaissant de bien vouloir transférer l'historique de mes séances vers le
cabinet de ma nouvelle thérapeute à Genève (cabinet.mercier@hin.ch), dans un format lisible
par machine si possible.

Meilleures salutations,
Laurent Favre
"""),

R("fr-port-sms-excel", "fr", ["portability"],
  "Cindy <cindy.lebrun45@gmail.com>", "",
  """
bonjour est ce que je peux recuperer mes donnees en fichier excel pour les mettre sur mon
autre appli de suivi ? merci
"""),
]

# ----------------------------------------------------------------- objection
RECORDS += [
R("fr-opp-desabo-newsletter", "fr", ["objection"],
  "Josiane Brunet <josiane.brunet@wanadoo.fr>", "Désabonnement",
  """
Bonjour,
Désabonnez-moi de la newsletter svp, le lien en bas ne marche pas chez moi.
Merci
Josiane Brunet
"""),

R("fr-opp-stop-sms-promo", "fr", ["objection"],
  "Patrick Renaud <patrick.renaud@sfr.fr>", "SMS",
  """
Bonjour,

Merci d'arrêter de m'envoyer des SMS pour vos ateliers et promotions. J'en ai reçu trois cette
semaine.

P. Renaud
"""),

R("fr-opp-art21-prospection", "fr", ["objection"],
  "Gilles Cartier <gilles.cartier@notaires.fr>", "Opposition - article 21 RGPD",
  """
Madame,

Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données personnelles à
des fins de prospection commerciale, par quelque canal que ce soit.

Salutations,
Gilles Cartier
"""),

R("fr-opp-stop-above-newsletter", "fr", ["objection"],
  "M. Lucas <m.lucas37@orange.fr>", "RE: Dernières places atelier « Lâcher prise »",
  """
STOP

-----Message d'origine-----
De : Floraison de Soi <contact@floraisondesoi.fr>
Envoyé : jeudi 16 octobre 2025 09:02
À : m.lucas37@orange.fr
Objet : Dernières places atelier « Lâcher prise »

Bonjour,
Il reste 3 places pour l'atelier « Lâcher prise » du samedi 25 octobre à Issoudun.
Réservez ici : https://floraisondesoi.systeme.io/lacher-prise
Sandra
""", date="2025-10-16 12:40", reply=True),

R("fr-opp-html-mails-commerciaux", "fr", ["objection"],
  "Brigitte Lefort <brigitte.lefort@free.fr>", "Vos envois",
  """
Bonjour,

Je ne souhaite plus recevoir vos mails commerciaux. Merci de me retirer de vos listes d'envoi.

Cordialement,
Brigitte Lefort
""", shape="html"),

R("fr-opp-statistiques", "fr", ["objection"],
  "Hugo Bellanger <hugo.bellanger@gmail.com>", "Utilisation de mes données",
  """
Bonjour,

J'ai vu dans vos conditions que vous utilisez les données des stagiaires pour des statistiques
et des « études de satisfaction » partagées avec vos partenaires. Je m'oppose à ce traitement
pour ce qui me concerne.

Hugo Bellanger
"""),

# NEAR-LINE: never says "désabonner" but asks to stop receiving her mails -> objection.
R("fr-opp-roundabout-pollue", "fr", ["objection"],
  "Ginette Moreau <ginette.moreau36@orange.fr>", "trop de mails",
  """
Bonjour Madame,

Vos mails me polluent la boîte, il y en a tous les deux jours. J'aimerais ne plus en avoir,
ça serait gentil.

Ginette
"""),

R("fr-opp-cesser-relances", "fr", ["objection"],
  "Arnaud Gilbert <arnaud.gilbert@bbox.fr>", "Relances",
  """
Bonjour,

J'ai suivi votre formation en 2024 et j'en suis satisfait, mais merci de cesser de me relancer
pour vos nouvelles formations et vos offres. Je vous recontacterai si besoin.

Arnaud Gilbert
"""),

R("fr-opp-partenaires", "fr", ["objection"],
  "Sandrine Collin <sandrine.collin@laposte.net>", "Partenaires",
  """
Bonjour,

Je refuse que mes coordonnées soient transmises à vos partenaires ou utilisées pour leurs
offres. Merci d'en prendre note.

Sandrine Collin
"""),

R("fr-opp-belge-pub-texto", "fr", ["objection"],
  "Didier Wauters <didier.wauters@skynet.be>", "Plus de pub svp",
  """
Bonjour,
Plus de pub s'il vous plaît, ni par mail ni par texto (GSM 0475 12 34 56). Merci, une fois.
Didier
"""),
]

# ----------------------------------------------------------------- withdraw_consent
RECORDS += [
R("fr-retrait-temoignage-site", "fr", ["withdraw_consent"],
  "Corinne Mallet <corinne.mallet@gmail.com>", "Mon témoignage",
  """
Bonjour Sandra,

J'avais accepté que mon témoignage figure sur votre site (page « Ils et elles en parlent »).
Je préférerais finalement qu'il soit retiré. Rien contre vous, c'est juste que mon nouvel
employeur tombe dessus en cherchant mon nom.

Merci,
Corinne
"""),

R("fr-retrait-photo-groupe", "fr", ["withdraw_consent"],
  "Delphine Masson <delphine.masson@hotmail.fr>", "Photo de groupe atelier mai",
  """
Bonjour,

J'avais donné mon accord pour la publication de la photo de groupe de l'atelier de mai sur
votre page Facebook. Je retire cet accord : merci de l'enlever ou de me flouter.

Delphine Masson
""", att=[("png", "capture_facebook.png")]),

R("fr-retrait-video-seance", "fr", ["withdraw_consent"],
  "Yannick Lefebvre <yannick.lefebvre@orange.fr>", "Vidéo de la séance",
  """
Bonjour,

Lors de la séance filmée de mars, j'avais signé l'autorisation pour que l'extrait serve dans
votre formation en ligne. Après réflexion, je ne veux plus qu'il soit utilisé.

Cordialement,
Yannick Lefebvre
"""),

R("fr-retrait-questionnaire-etude", "fr", ["withdraw_consent"],
  "Lucie Hervé <lucie.herve@etu.univ-tours.fr>", "Questionnaire - retrait de consentement",
  """
Bonjour Madame Delomenie,

J'ai rempli en janvier votre questionnaire sur le burn-out, en acceptant que mes réponses
soient utilisées de façon anonymisée pour votre publication. Je retire mon consentement à
cette utilisation.

Bien cordialement,
Lucie Hervé
"""),

R("fr-retrait-parent-photo-fille", "fr", ["withdraw_consent"],
  "Marina Duval <marina.duval@free.fr>", "Photo de ma fille sur Instagram",
  """
Bonjour,

Ma fille Lola (13 ans) apparaît sur la photo de l'atelier ados publiée sur votre compte
Instagram. J'avais signé l'autorisation, mais je la retire : merci de supprimer cette
publication ou de retirer Lola de l'image.

Marina Duval, maman de Lola
"""),

R("fr-retrait-podcast-audio", "fr", ["withdraw_consent"],
  "Rémi Aubert <remi.aubert@gmail.com>", "Enregistrement podcast",
  """
Bonjour Sandra,

Je ne souhaite plus que l'enregistrement audio de notre entretien soit diffusé dans votre
podcast « Floraisons ». Je sais que j'avais dit oui, mais je ne suis plus à l'aise avec ça.

Rémi
"""),

R("fr-retrait-avis-insta-casual", "fr", ["withdraw_consent"],
  "Manon <manon.fleury@icloud.com>", "mon avis",
  """
coucou ! tu peux enlever mon avis de ta page insta stp ? merci 🙏
"""),

R("fr-retrait-sms-photo", "fr", ["withdraw_consent"],
  "Jordan Baudry <jordan.baudry@sfr.fr>", "photo",
  """
bonjour j retire mon accord pour la photo de moi sur votre site merci
"""),
]

# ----------------------------------------------------------------- post_mortem
RECORDS += [
R("fr-pm-fille-acte-deces", "fr", ["post_mortem"],
  "Sabine Perrin <sabine.perrin@orange.fr>", "Décès de ma mère, Mme Odette Perrin",
  """
Madame,

J'ai la tristesse de vous informer du décès de ma mère, Odette Perrin, survenu le 3 février
à Châteauroux. Elle avait suivi plusieurs de vos ateliers et était abonnée à votre lettre.

Je vous serais reconnaissante de clôturer tout ce qui la concerne et de supprimer ses données.
Vous trouverez ci-joint une copie de l'acte de décès.

Sabine Perrin
""", att=[("pdf", "acte_deces_Perrin.pdf",
          "Extrait d'acte de deces - PERRIN Odette - Mairie de Chateauroux")]),

R("fr-pm-notaire-succession", "fr", ["post_mortem"],
  "Office notarial Berthon & Associés <office.berthon@notaires.fr>",
  "Succession de M. René Gauthier - demande d'informations",
  """
Madame,

Nous sommes chargés du règlement de la succession de Monsieur René Gauthier, décédé le
18 août dernier à Issoudun.

Nous vous remercions de bien vouloir nous indiquer si le défunt était titulaire auprès de
vous d'un contrat ou d'un abonnement en cours, et de nous communiquer les informations que
vous détenez le concernant (prestations, paiements, sommes éventuellement dues).

Vous trouverez ci-joint l'acte de notoriété.

Pour l'Office, Maître Berthon
""", att=[("pdf", "acte_notoriete_Gauthier.pdf",
          "Acte de notoriete - Succession GAUTHIER Rene - Office notarial Berthon")]),

# NEAR-LINE: an heir asks for a copy of the deceased's notes; policy says post_mortem only.
R("fr-pm-fils-notes-mere", "fr", ["post_mortem"],
  "Thomas Renard <thomas.renard@gmail.com>", "Les séances de ma mère",
  """
Bonjour Madame Delomenie,

Ma mère, Jacqueline Renard, nous a quittés en décembre. Elle parlait souvent de vos séances,
qui lui avaient fait beaucoup de bien après la mort de mon père. Serait-il possible d'avoir
une copie des notes ou des écrits qu'elle avait faits avec vous ? Ce serait précieux pour
mes soeurs et moi.

Thomas Renard
"""),

R("fr-pm-epoux-newsletter", "fr", ["post_mortem"],
  "Henri Blanchard <henri.blanchard@wanadoo.fr>", "newsletter de mon épouse",
  """
Bonjour,

Mon épouse Monique est décédée au printemps. Elle reçoit toujours vos lettres et cela me fait
de la peine à chaque fois. Merci de ne plus rien lui envoyer.

Henri Blanchard
"""),

R("fr-pm-directives-propres-effacement", "fr", ["post_mortem"],
  "Martine Guérin <martine.guerin@orange.fr>", "Directives pour mes données",
  """
Bonjour Sandra,

Suite à ma maladie, je mets mes papiers en ordre. Je souhaite vous laisser une consigne : en
cas de décès, je veux que toutes mes données chez vous (notes, écrits d'atelier, photos) soient
effacées. Ma soeur, Annie Guérin (annie.guerin@laposte.net), est la personne que je désigne
pour s'en assurer.

Merci pour tout ce que vous m'avez apporté.
Martine
"""),

R("fr-pm-directives-transmettre-fille", "fr", ["post_mortem"],
  "Jacques Morin <jacques.morin@free.fr>", "Mes écrits, après moi",
  """
Madame,

J'ai 81 ans et j'ai beaucoup écrit pendant vos ateliers d'écriture. Si je venais à disparaître,
je souhaite que ces textes soient transmis à ma fille Catherine Morin, et à personne d'autre.
Je vous laisse ses coordonnées : 06 32 48 77 10.

Avec mes amitiés,
Jacques Morin
"""),

R("fr-pm-executeur-testamentaire", "fr", ["post_mortem"],
  "Pierre-Yves Lamotte <py.lamotte@lamotte-conseil.fr>",
  "Exécution testamentaire - Mme Solange Vidal",
  """
Madame,

Désigné exécuteur testamentaire de Mme Solange Vidal, décédée le 2 mai, je vous demande de
mettre fin à son abonnement à votre programme en ligne et de procéder à la suppression de son
compte et de ses données personnelles, conformément à ses volontés.

Je tiens à votre disposition le testament et l'acte de décès.

Pierre-Yves Lamotte
"""),

R("fr-pm-soeur-temoignage-frere", "fr", ["post_mortem"],
  "Céline Daumas <celine.daumas@gmail.com>", "Témoignage de mon frère",
  """
Bonjour,

Mon frère Julien Daumas est décédé le mois dernier. Son témoignage et sa photo sont toujours
sur votre site. Notre famille souhaite qu'ils soient retirés.

Céline Daumas
"""),

R("fr-pm-forward-faire-part", "fr", ["post_mortem"],
  "Bruno Rivière <bruno.riviere@orange.fr>", "TR: Avis de décès - Gisèle Rivière",
  """
Bonjour,

Je vous transfère l'avis de décès de ma mère. Elle avait un abonnement à vos cours en ligne :
merci de tout arrêter et de ne plus la contacter. Que faites-vous de ses informations ?

Bruno Rivière

-------- Message transféré --------
Sujet : Avis de décès - Gisèle Rivière
Date : Mon, 17 Nov 2025 10:14:02 +0100
De : Pompes Funèbres de l'Indre <contact@pf-indre.fr>
Pour : bruno.riviere@orange.fr

Nous avons la tristesse de vous faire part du décès de Madame Gisèle Rivière, survenu le
14 novembre 2025 à La Châtre, dans sa 76e année. Les obsèques auront lieu le jeudi 20 novembre
à 14h30 en l'église Saint-Germain.
""", date="2025-11-19 09:55"),

R("fr-pm-belge-neveu", "fr", ["post_mortem"],
  "Grégory Janssens <greg.janssens@telenet.be>", "Mon oncle, M. Albert Janssens",
  """
Bonjour Madame,

Mon oncle Albert Janssens, qui avait suivi votre formation en ligne, est décédé à Liège en
septembre. En tant que légataire, je vous prie de supprimer son compte et de me dire quelles
données vous aviez sur lui.

Bien à vous,
Grégory Janssens
"""),

R("fr-pm-pere-stripe-carte", "fr", ["post_mortem"],
  "Audrey Lacroix <audrey.lacroix@yahoo.fr>", "Abonnement de mon père",
  """
Bonjour,

Mon père, Michel Lacroix, est décédé il y a trois semaines. Son abonnement mensuel à votre
programme continue d'être prélevé sur sa carte. Pouvez-vous le résilier et supprimer sa carte
bancaire de votre système de paiement ?

Merci d'avance,
Audrey Lacroix
"""),
]

# ----------------------------------------------------------------- multi-right
RECORDS += [
R("fr-multi-desabo-et-supprimer", "fr", ["erasure", "objection"],
  "Laurence Bigot <laurence.bigot@orange.fr>", "Désinscription",
  """
Bonjour,

Désabonnez-moi de votre newsletter et supprimez toutes mes données de vos fichiers, s'il vous
plaît.

Laurence Bigot
"""),

R("fr-multi-sms-stop-effacer-adresse", "fr", ["erasure", "objection"],
  "Anthony <anthony.roger41@gmail.com>", "stop",
  """
stop les mails et effacez mon adresse de vos fichiers svp jai jamais demander a recevoir ca
"""),

R("fr-multi-copie-avant-suppression", "fr", ["access", "erasure"],
  "Nadège Poirier <nadege.poirier@laposte.net>", "Mes données avant suppression",
  """
Bonjour Sandra,

J'arrête l'accompagnement. Avant que vous supprimiez tout, pourriez-vous m'envoyer une copie de
ce que vous avez sur moi (fiches, notes, échanges) ? Ensuite, je vous demande d'effacer
l'ensemble de ces données.

Merci pour ces mois de travail,
Nadège
"""),

R("fr-multi-art15-17-formel", "fr", ["access", "erasure"],
  "M. Alain Bouchet <alain.bouchet@free.fr>", "RGPD : articles 15 et 17",
  """
Madame,

Je vous prie :
1) de me communiquer, au titre de l'article 15 du RGPD, l'ensemble des données me concernant
   ainsi que leur source et les destinataires auxquels elles ont été communiquées ;
2) puis de procéder, au titre de l'article 17, à leur effacement complet.

Je joins une copie de ma carte d'identité.

Alain Bouchet
Romorantin-Lanthenay
""", att=[("jpg", "CNI_Bouchet.jpg")], cte="quoted-printable"),

R("fr-multi-savoir-et-recuperer", "fr", ["access", "portability"],
  "Florence Maillard <florence.maillard@gmail.com>", "Mes données",
  """
Bonjour,

Je voudrais savoir quelles données vous conservez sur moi, et les récupérer dans un format
réutilisable (CSV, Excel...) pour les garder de mon côté.

Merci,
Florence Maillard
"""),

R("fr-multi-art15-20-formel", "fr", ["access", "portability"],
  "Éric Joly <eric.joly@orange.fr>", "Demande RGPD - accès et portabilité",
  """
Madame,

Au titre des articles 15 et 20 du RGPD, je vous demande :
- de m'indiquer quelles données personnelles vous traitez me concernant, leurs finalités et
  leur durée de conservation ;
- de me transmettre les données que je vous ai fournies dans un format structuré et lisible
  par machine.

Cordialement,
Éric Joly
"""),

R("fr-multi-temoignage-et-tout-effacer", "fr", ["erasure", "withdraw_consent"],
  "Karine Millet <karine.millet@hotmail.fr>", "Retrait témoignage + données",
  """
Bonjour,

Merci de retirer mon témoignage de votre site et de vos réseaux, et d'effacer toutes les
données que vous avez sur moi.

Karine Millet
"""),

R("fr-multi-photo-et-suppression-totale", "fr", ["erasure", "withdraw_consent"],
  "Sébastien Hubert <sebastien.hubert@sfr.fr>", "Photo + mes infos",
  """
Bonjour Madame,

Je retire l'autorisation de diffusion de la photo prise lors de la formation de juin (celle
de la plaquette). Et tant qu'à faire, je souhaite que vous supprimiez l'intégralité de mes
données personnelles.

Cordialement,
Sébastien Hubert
"""),

R("fr-multi-acces-et-nouvelle-adresse", "fr", ["access", "rectification"],
  "Odile Chauvin <odile.chauvin@wanadoo.fr>", "Mise à jour et demande",
  """
Bonjour,

Deux choses :
- ma nouvelle adresse est 5 impasse des Tilleuls, 36130 Déols (merci de remplacer l'ancienne,
  à Montierchaume) ;
- pourriez-vous m'envoyer la liste des informations que vous avez sur moi ?

Bonne journée,
Odile Chauvin
"""),

R("fr-multi-nouvel-email-plus-newsletter", "fr", ["objection", "rectification"],
  "Fabienne Leclerc <fabienne.leclerc@outlook.fr>", "changement",
  """
Bonjour Sandra,

Ma nouvelle adresse mail est fabienne.leclerc@outlook.fr (remplacez l'ancienne
fab.leclerc@aol.com pour les factures). Et au passage, plus de newsletter pour moi, merci !

Fabienne
"""),

R("fr-multi-corriger-nom-stop-sms", "fr", ["objection", "rectification"],
  "Pascal Lefèvre <pascal.lefevre@bbox.fr>", "Nom + SMS",
  """
Bonjour,

Mon nom s'écrit Lefèvre, pas Lefebvre : merci de corriger votre fichier. Et arrêtez les SMS
publicitaires s'il vous plaît.

P. Lefèvre
"""),

R("fr-multi-garder-sans-utiliser-prospection", "fr", ["objection", "restriction"],
  "Monique Lemoine <monique.lemoine@laposte.net>", "Mes données",
  """
Bonjour,

Ne supprimez rien pour l'instant, j'aurai peut-être besoin de mes attestations, mais ne vous
servez plus de mes données en attendant. Et retirez-moi de toute prospection, je ne veux plus
de messages publicitaires.

Monique Lemoine
"""),

R("fr-multi-conteste-voir-suspendre", "fr", ["access", "restriction"],
  "Jérôme Cousin <jerome.cousin@gmail.com>", "Contestation",
  """
Bonjour,

Un ami qui a eu accès à votre compte rendu collectif m'a dit qu'il contenait des informations
fausses à mon sujet. Je veux voir exactement ce que vous détenez sur moi, et en attendant que
ce soit éclairci, suspendez toute utilisation de mes données.

Jérôme Cousin
"""),

R("fr-multi-transfert-puis-effacement", "fr", ["erasure", "portability"],
  "Élodie Carré <elodie.carre@yahoo.fr>", "Transfert puis suppression",
  """
Bonjour Sandra,

Pouvez-vous transférer mes données (bilans, exercices, historique) à ma nouvelle coach, dans un
format qu'elle pourra importer ? Son adresse : contact@ateliers-renaissance.fr. Une fois
que c'est fait, merci d'effacer tout ce qui me concerne chez vous.

Élodie
"""),

R("fr-multi-export-csv-puis-fermeture", "fr", ["erasure", "portability"],
  "Vincent Mercier <vincent.mercier@free.fr>", "Export + suppression",
  """
Bonjour,

Je souhaite un export CSV de mes réponses aux exercices du programme, puis la suppression de
mon compte et de toutes mes données.

Vincent Mercier
""", shape="alt"),

R("fr-multi-newsletter-et-temoignage", "fr", ["objection", "withdraw_consent"],
  "Catherine Dumas <catherine.dumas@orange.fr>", "Newsletter et témoignage",
  """
Bonjour Sandra,

Je ne souhaite plus recevoir la newsletter. Et pourriez-vous aussi retirer mon témoignage de la
page d'accueil ? Je préfère être plus discrète désormais.

Merci,
Catherine
"""),

R("fr-multi-acces-effacement-opposition-long", "fr", ["access", "erasure", "objection"],
  "Nicolas Fabre <nicolas.fabre@protonmail.com>", "Exercice de mes droits RGPD",
  """
Madame Delomenie,

Je fais suite à mon inscription à votre webinaire gratuit de janvier, après lequel j'ai reçu
une quinzaine de courriels commerciaux.

1. Je m'oppose à toute utilisation de mes données à des fins de prospection (art. 21).
2. Je souhaite obtenir la liste des données que vous détenez me concernant, leur origine et
   les sous-traitants qui y ont accès (art. 15).
3. Je demande ensuite leur effacement complet (art. 17).

Merci de me répondre dans le délai d'un mois.

Nicolas Fabre
"""),
]
