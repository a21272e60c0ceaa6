# French requests (b22). Rights labels follow the project policy in the brief.
from common import M, gq, oq, aq, fwd, NEWS, SANDRA

S = "Sandra Delomenie <sandra.delomenie@orange.fr>"

# ---------- multi-right, "et ensuite" in one sentence ----------
M("fr-acc-era-ensuite", ["access", "erasure"], "fr", "Claire Fouquet <claire.fouquet@gmail.com>",
  "Mes données",
  """Bonjour Sandra,

J'ai terminé mon accompagnement l'an dernier et je souhaiterais que vous m'envoyiez une copie de toutes les données que vous avez sur moi (notes de séances, questionnaires, factures) et ensuite que vous effaciez l'ensemble une fois que je vous aurai confirmé la bonne réception.

Je joins ma carte d'identité comme indiqué dans votre politique.

Merci d'avance,
Claire Fouquet
""", attach=[("CNI_Claire_Fouquet.jpg", "image/jpeg")])

M("fr-rect-obj-ensuite", ["objection", "rectification"], "fr", "Hervé Lanoë <herve.lanoe@laposte.net>",
  "changement d'adresse mail + newsletter",
  """Bonjour,
merci de remplacer mon ancienne adresse herve.lanoe@wanadoo.fr par celle-ci (herve.lanoe@laposte.net) dans votre fichier clients et ensuite de ne plus m'envoyer la newsletter, ni à l'une ni à l'autre adresse.
Cordialement
H. Lanoë
""")

M("fr-port-era-ensuite", ["erasure", "portability"], "fr", "Nadia Berrada <nadia.berrada@free.fr>",
  "Export de mes documents puis suppression",
  """Bonjour Sandra,

Je change de coach (rien de personnel, je déménage à Lyon). Pourriez-vous m'exporter mes fiches de suivi et mes questionnaires dans un format que je peux réutiliser (Word ou CSV, pas des scans) pour les transmettre à ma nouvelle praticienne, et ensuite supprimer tout ce qui me concerne de votre Google Drive et de Systeme.io ?

Bien à vous,
Nadia
""", shape="qp")

M("fr-acc-rect-ensuite", ["access", "rectification"], "fr", "Joëlle Marchais <joelle.marchais@orange.fr>",
  "ma fiche",
  """Bonjour Madame Delomenie,

Je voudrais savoir exactement ce que vous avez gardé me concernant et ensuite corriger ce qui est faux : sur ma facture de février mon nom est écrit « Marchai » sans le s, et ma date de naissance est le 12/04/1968 et non le 21/04/1968.

Avec mes remerciements,
Joëlle Marchais
06 12 44 87 90
""")

M("fr-obj-era-ensuite", ["erasure", "objection"], "fr", "Thibault Renard <t.renard@outlook.fr>",
  "stop",
  """Bonjour, je ne veux plus recevoir vos mails promotionnels et ensuite je vous demande d'effacer mes coordonnées de vos fichiers, je n'ai jamais été client, j'avais juste téléchargé l'ebook. Merci. T. Renard""")

# ---------- numbered lists ----------
M("fr-list-acc-port-era", ["access", "erasure", "portability"], "fr", "Mathilde Garnier <mathilde.garnier@protonmail.com>",
  "Demande RGPD – Mathilde Garnier",
  """Bonjour,

Conformément au RGPD, je vous adresse les demandes suivantes :

1. la liste des données personnelles que vous détenez à mon sujet et les destinataires à qui elles ont été transmises ;
2. un export de mes réponses aux questionnaires et de mes fiches de suivi dans un format structuré et lisible par machine ;
3. l'effacement de ces données une fois l'export effectué.

Vous trouverez ci-joint la copie de mon passeport.

Mathilde Garnier
12 rue des Tanneurs, 18000 Bourges
""", attach=[("passeport_garnier.pdf", "application/pdf")])

M("fr-list-rect-rect-obj", ["objection", "rectification"], "fr", "Bernard Chauvin <bernard.chauvin@sfr.fr>",
  "Quelques corrections",
  """Bonjour Sandra,

Suite à notre dernier échange :
1) mon adresse a changé : 7 allée des Peupliers, 36100 Issoudun (au lieu du 14 rue Jean Jaurès) ;
2) mon numéro de téléphone est désormais le 06 70 21 33 48, l'ancien peut être supprimé ;
3) je ne souhaite plus recevoir de SMS pour les ateliers.

Merci et à bientôt,
Bernard
""")

M("fr-list-wc-obj", ["objection", "withdraw_consent"], "fr", "Sophie Tessier <sophie.tessier@gmail.com>",
  "Témoignage + lettre d'info",
  """Bonjour Sandra,

Deux petites choses :
- Je retire mon accord pour la publication de mon témoignage (celui avec ma photo sur la page « Ils m'ont fait confiance »). Merci de le retirer du site et de Systeme.io.
- Je souhaite aussi me désabonner de la newsletter.

Je n'ai aucun souci avec vous, j'ai juste changé de poste et je préfère être discrète.
Sophie
""", shape="alt")

M("fr-list-acc-restr", ["access", "restriction"], "fr", "Karim Haddad <karim.haddad@yahoo.fr>",
  "Contestation fiche de suivi",
  """Madame,

Je conteste l'exactitude de la fiche de suivi qui a été transmise à mon employeur dans le cadre du bilan financé par l'entreprise. Je vous demande :

1. de me communiquer une copie intégrale de cette fiche et de toutes les notes me concernant ;
2. de ne plus utiliser ni transmettre ces données tant que nous n'avons pas clarifié ce point (sans les supprimer, j'en aurai peut-être besoin).

Karim Haddad
""")

M("fr-list-3-acc-rect-era", ["access", "erasure", "rectification"], "fr", "Aurélie Pons <aurelie.pons@icloud.com>",
  "Demandes",
  """Bonjour,

Je vous écris pour trois choses :
1. Que savez-vous de moi ? Je voudrais la liste de mes données.
2. Mon prénom est Aurélie avec un accent, pas Aurelie, merci de corriger sur mon compte de formation.
3. Les notes de séance de 2022 (quand j'étais en arrêt maladie) : merci de les effacer, elles n'ont plus lieu d'être.

Belle journée,
Aurélie Pons

Envoyé de mon iPhone""")

M("fr-list-obj-obj-acc", ["access", "objection"], "fr", "Gérard Ollivier <gerard.ollivier@orange.fr>",
  "RGPD",
  """Bonjour,

a) Veuillez cesser d'utiliser mes données à des fins de prospection (mails, SMS, relances).
b) Veuillez m'indiquer d'où vous tenez mon adresse : je ne me souviens pas de m'être inscrit.

Cordialement,
G. Ollivier
""")

# ---------- separate paragraphs ----------
M("fr-para-wc-era", ["erasure", "withdraw_consent"], "fr", "Élise Moreau <elise.moreau@gmail.com>",
  "Retrait vidéo et suppression",
  """Bonjour Sandra,

Je vous avais donné mon accord pour utiliser la vidéo de l'atelier « Cercle de femmes » où j'interviens. Je retire ce consentement, merci de la retirer de la chaîne et du replay.

Par ailleurs, je souhaite que vous supprimiez toutes mes données : compte Systeme.io, fiches, échanges, tout.

Merci de me confirmer quand ce sera fait.

Élise Moreau
""")

M("fr-para-acc-obj", ["access", "objection"], "fr", "Lucas Vidal <lucas.vidal@gmail.com>",
  "Question sur mes données",
  """Bonjour,

Je voudrais obtenir une copie de toutes les informations que vous avez à mon sujet.

Je m'oppose aussi à l'utilisation de mes réponses aux questionnaires de satisfaction dans vos statistiques et vos bilans d'activité.

Bonne journée
Lucas Vidal""", shape="html")

M("fr-para-rect-restr", ["rectification", "restriction"], "fr", "Patricia Lemaire <patricia.lemaire@free.fr>",
  "Erreur dans mon dossier",
  """Bonjour Sandra,

En relisant le compte rendu de la séance du 4 mars que vous m'avez envoyé, j'ai vu qu'il est noté que je suis « en conflit avec ma hiérarchie ». Ce n'est pas exact, le conflit concernait une collègue. Merci de corriger.

En attendant la correction, je préfère que ce compte rendu ne soit pas joint au bilan final ni partagé avec qui que ce soit.

Patricia""")

M("fr-para-port-obj", ["objection", "portability"], "fr", "Damien Roux <damien.roux@laposte.net>",
  "Mes fichiers de formation",
  """Bonjour,

Je voudrais récupérer mes exercices et mes réponses du parcours en ligne sous forme de fichier (CSV ou JSON), pour les importer dans mon outil de prise de notes.

Autre chose : je ne veux plus être relancé par mail pour les nouvelles formations.

Merci,
Damien""")

M("fr-para-acc-port", ["access", "portability"], "fr", "Inès Carpentier <ines.carpentier@gmail.com>",
  "transfert de dossier",
  """Bonjour Sandra,

Je poursuis mon travail avec une psychologue, Mme Faure (cabinet à Châteauroux). Pourriez-vous lui transmettre directement mes fiches de suivi et mes questionnaires au format numérique ? Son adresse : cabinet.faure.psy@gmail.com.

Et, pour moi, j'aimerais savoir quelles données vous conservez encore sur moi, et pour combien de temps.

Merci pour tout,
Inès""")

M("fr-para-wc-rect", ["rectification", "withdraw_consent"], "fr", "Valérie Dumas <valerie.dumas@hotmail.fr>",
  "Photo atelier",
  """Bonjour,

J'ai vu que la photo de groupe du stage de juin est sur votre page Facebook. Je ne souhaite plus y apparaître, je retire mon autorisation de droit à l'image.

Et tant que j'y pense : mon nom de famille a changé depuis mon mariage, c'est Dumas (et plus Perrin). Pouvez-vous mettre à jour mon compte ?

Valérie""")

# ---------- subject carries one right, body another ----------
M("fr-subj-era-body-acc", ["access", "erasure"], "fr", "Yannick Briand <yannick.briand@gmail.com>",
  "Demande de suppression de mes données",
  """Bonjour,

Avant toute suppression, j'aimerais recevoir une copie de ce que vous avez me concernant, notamment les notes de nos 5 séances de 2024.

Merci,
Yannick Briand""")

M("fr-subj-desabo-body-rect", ["objection", "rectification"], "fr", "Monique Feraud <monique.feraud@orange.fr>",
  "Désinscription newsletter",
  """Bonjour Sandra,

Et pendant que vous y êtes, mon adresse postale n'est plus la bonne : j'habite maintenant 3 impasse du Moulin, 36260 Reuilly.

Bien amicalement,
Monique""")

M("fr-subj-acc-body-port", ["access", "portability"], "fr", "Arnaud Petit <arnaud.petit@proton.me>",
  "Droit d'accès (art. 15)",
  """Madame,

Au titre de ce droit je souhaite savoir quelles données vous traitez. Je souhaite en plus que les données que je vous ai fournies (formulaire d'inscription, réponses aux tests) me soient remises dans un format structuré, couramment utilisé et lisible par machine (art. 20).

A. Petit""")

M("fr-subj-opp-body-era", ["erasure", "objection"], "fr", "Chantal Bouvier <chantal.bouvier@wanadoo.fr>",
  "Opposition prospection",
  """Bonjour, je ne veux plus de vos mails. Et effacez aussi mon dossier s'il vous plaît, je ne compte pas revenir.
Chantal Bouvier""")

M("fr-subj-rect-body-wc", ["rectification", "withdraw_consent"], "fr", "Fabrice Colin <fabrice.colin@gmail.com>",
  "Correction de mon adresse e-mail",
  """Bonjour,

Ma nouvelle adresse est fabrice.colin@gmail.com (l'ancienne fabrice.colin@neuf.fr ne fonctionne plus).

Je profite de ce message pour vous dire que je retire mon consentement à ce que mes réponses au questionnaire de fin de parcours soient utilisées dans votre étude / vos présentations. Je préfère que ce soit retiré.

Fabrice""")

M("fr-subj-limit-body-acc", ["access", "restriction"], "fr", "Aline Rigaud <aline.rigaud@laposte.net>",
  "Gel de mon dossier svp",
  """Bonjour Sandra,

Je suis en litige avec mon ancien employeur qui a financé mon bilan. Je vous demande de ne rien supprimer mais de ne plus rien utiliser ni transmettre me concernant pour le moment. J'aurai aussi besoin d'une copie complète de mon dossier pour mon avocat.

Aline Rigaud""")

# ---------- P.S. adding a right ----------
M("fr-ps-acc-obj", ["access", "objection"], "fr", "Romain Gilles <romain.gilles@free.fr>",
  "Mes données personnelles",
  """Bonjour,

Pourriez-vous m'envoyer une copie des données personnelles que vous détenez à mon nom ? Je n'ai pas besoin de les faire supprimer, je veux juste savoir.

Merci,
Romain

PS : et retirez-moi de la newsletter, je ne la lis jamais.""")

M("fr-ps-rect-era", ["erasure", "rectification"], "fr", "Laurence Mallet <laurence.mallet@gmail.com>",
  "Mon nom sur l'attestation",
  """Bonjour Sandra,

Sur l'attestation de formation, mon nom est orthographié « Malet ». C'est Mallet avec deux L. Pourriez-vous la corriger et me la renvoyer ?

Merci beaucoup !
Laurence

P.S. Les photos de ma carte vitale que je vous avais envoyées par erreur en janvier, vous pouvez les effacer définitivement, elles n'avaient rien à faire là.""")

M("fr-ps-port-wc", ["portability", "withdraw_consent"], "fr", "Noémie Lacroix <noemie.lacroix@gmail.com>",
  "Export de mon parcours",
  """Bonjour,

Je souhaite récupérer l'ensemble de mes travaux du programme « Floraison » (journaux de bord, exercices) dans un format exploitable (.docx ou .csv), afin de les transférer sur ma nouvelle plateforme.

Bonne soirée,
Noémie

PS : je retire mon accord pour l'enregistrement audio de ma séance de groupe qui sert de support pour la formation. Merci de ne plus l'utiliser.""")

M("fr-ps-era-obj", ["erasure", "objection"], "fr", "Jacques Perret <jacques.perret@orange.fr>",
  "Suppression de mon compte et de mes données",
  """Madame Delomenie,

Je vous demande de supprimer mon compte sur votre plateforme ainsi que toutes les données s'y rattachant.

Salutations,
J. Perret

P.-S. : et plus de SMS promotionnels, merci.""")

M("fr-ps-restr-acc", ["access", "restriction"], "fr", "Sandrine Caron <sandrine.caron@icloud.com>",
  "Note erronée",
  """Bonjour Sandra,

Dans le compte rendu partagé sur le Drive, il est indiqué que j'ai interrompu l'accompagnement « pour raisons financières ». C'est inexact. Tant que ce point n'est pas vérifié, merci de suspendre toute utilisation de ce compte rendu.

Sandrine

PS : pourriez-vous aussi me dire avec qui ce document a été partagé ?""")

M("fr-ps-acc-era-wc", ["access", "erasure", "withdraw_consent"], "fr", "Anne-Sophie Blanc <as.blanc@gmail.com>",
  "Témoignage",
  """Bonjour,

Merci de retirer mon témoignage écrit de votre site et de la page de vente, je ne suis plus d'accord pour qu'il soit publié.

Anne-Sophie

PS : en fait, supprimez tout ce que vous avez sur moi. Mais avant, envoyez-moi une copie de mon dossier s'il vous plaît.""")

# ---------- replies adding a right to an earlier request quoted below ----------
M("fr-reply-add-era-to-acc", ["access", "erasure"], "fr", "Paul Gauthier <paul.gauthier@gmail.com>",
  "Re: Demande d'accès à mes données",
  """Bonjour Sandra,

Je reviens vers vous : en plus de la copie demandée ci-dessous, je souhaite finalement que tout soit supprimé une fois que je l'aurai reçue.

Paul""" + gq("Paul Gauthier <paul.gauthier@gmail.com>", "mar. 4 mars 2025 à 09:14",
  """Bonjour,
Pourriez-vous m'adresser une copie de l'ensemble des données me concernant ?
Merci,
Paul Gauthier"""), irt=True)

M("fr-reply-add-obj-to-rect", ["objection", "rectification"], "fr", "Corinne Vasseur <corinne.vasseur@orange.fr>",
  "RE: Changement de numéro",
  """Bonjour,

Petit complément à mon message d'hier : je souhaite aussi ne plus recevoir vos offres commerciales par SMS sur ce nouveau numéro.

Cordialement,
Corinne Vasseur""" + oq("Corinne Vasseur <corinne.vasseur@orange.fr>", "lundi 12 mai 2025 18:40", "sandra.delomenie@orange.fr",
  "Changement de numéro", """Bonjour Sandra,
Mon numéro a changé : c'est maintenant le 07 81 52 36 14 (l'ancien 06 33 20 15 87 n'est plus attribué).
Corinne"""), irt=True)

M("fr-reply-add-port-to-acc", ["access", "portability"], "fr", "Hugo Lefèvre <hugo.lefevre@gmail.com>",
  "Re: Ma demande",
  """Re-bonjour,

J'oubliais : en plus de la liste, j'aimerais recevoir mes réponses au questionnaire de positionnement en CSV pour les réutiliser ailleurs.

Hugo

""" + aq("Hugo Lefèvre <hugo.lefevre@gmail.com>", "18 sept. 2025 à 21:02",
  """Bonjour Sandra,
Quelles données avez-vous à mon sujet ? Je souhaiterais en avoir la liste.
Hugo"""), irt=True)

M("fr-reply-add-wc-to-obj", ["objection", "withdraw_consent"], "fr", "Martine Aubert <martine.aubert@sfr.fr>",
  "Re: Désinscription",
  """Et aussi : je ne veux plus que ma photo apparaisse sur votre page d'accueil. Je retire mon accord.

M. Aubert""" + gq("Martine Aubert <martine.aubert@sfr.fr>", "dim. 6 avr. 2025 à 16:20",
  "Bonjour, merci de me désinscrire de votre liste de diffusion. Martine Aubert"), irt=True)

M("fr-reply-add-restr-to-rect", ["rectification", "restriction"], "fr", "Olivier Besson <olivier.besson@gmail.com>",
  "Re: Erreur sur ma fiche",
  """Sandra,

Je n'ai pas de nouvelles depuis ma demande ci-dessous. En attendant que la fiche soit corrigée, je vous demande de ne pas l'utiliser pour le bilan de groupe que vous présentez au CE.

Olivier""" + gq("Olivier Besson <olivier.besson@gmail.com>", "ven. 14 nov. 2025 à 11:05",
  """Bonjour Sandra,
Sur ma fiche il est écrit que je suis cadre chez Saint-Gobain : je suis en fait technicien, et depuis mars chez Rexel. Merci de corriger.
Olivier Besson"""), irt=True)

M("fr-reply-add-acc-to-era", ["access", "erasure"], "fr", "Stéphanie Girard <stephanie.girard@yahoo.fr>",
  "Re: suppression",
  """Bonjour,
avant de supprimer, pouvez-vous me dire à qui vous avez transmis mes données (comptable, plateforme, autre) ?
Merci
Stéphanie""" + oq("Stéphanie Girard", "jeudi 9 janvier 2025 08:12", "Sandra Delomenie", "suppression",
  "Bonjour, je vous demande d'effacer mes données personnelles de vos fichiers. Stéphanie Girard"), irt=True)

# ---------- single-right FR, often mentioning other rights to exclude them ----------
M("fr-acc-only-not-era", ["access"], "fr", "Christine Lebrun <christine.lebrun@gmail.com>",
  "Copie de mon dossier",
  """Bonjour Sandra,

Je ne vous demande pas de supprimer quoi que ce soit, ni de modifier, je voudrais simplement une copie de mon dossier de coaching (notes, questionnaires) pour le relire tranquillement.

Merci !
Christine""")

M("fr-acc-where-from", ["access"], "fr", "Didier Masson <didier.masson@orange.fr>",
  "D'où vient mon adresse ?",
  """Bonjour,

Je reçois vos mails depuis quelques semaines. Je ne veux pas forcément me désinscrire, mais j'aimerais savoir comment vous avez obtenu mon adresse mail et quelles informations vous avez sur moi.

Didier Masson""")

M("fr-acc-shared-with", ["access"], "fr", "Émilie Noël <emilie.noel@free.fr>",
  "Partage de mes informations",
  """Bonjour Sandra,
Pouvez-vous me dire avec quels prestataires ou partenaires mes informations ont été partagées (comptable, Systeme.io, autres) ?
Belle journée
Émilie""")

M("fr-acc-lawyer", ["access"], "fr", "Maître Julien Faivre <cabinet@faivre-avocat.fr>",
  "Demande de communication de données – Mme Lucie Perrot",
  """Madame,

Je vous informe intervenir en qualité de conseil de Madame Lucie Perrot, qui m'a donné mandat (pouvoir joint) pour exercer en son nom son droit d'accès.

Je vous prie en conséquence de bien vouloir me communiquer l'intégralité des données personnelles la concernant, y compris les notes prises lors des séances.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Julien Faivre
Avocat au Barreau de Bourges
---
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  attach=[("pouvoir_Perrot_signe.pdf", "application/pdf"), ("CNI_Perrot.pdf", "application/pdf")])

M("fr-acc-html", ["access"], "fr", "Marion Leroy <marion.leroy@gmail.com>",
  "Demande",
  """<div>Bonjour,</div><div><br></div><div>Je souhaiterais exercer mon <b>droit d'accès</b> et obtenir la communication de l'ensemble des données me concernant.</div><div><br></div><div>Cordialement,<br>Marion Leroy</div>""",
  shape="html")

M("fr-rect-only-dob", ["rectification"], "fr", "Georges Baron <georges.baron@laposte.net>",
  "Date de naissance erronée",
  """Bonjour Madame,

Sur mon inscription à la formation, ma date de naissance est indiquée 03/07/1975. C'est le 07/03/1975. Pas besoin de supprimer quoi que ce soit, juste corriger.

G. Baron""")

M("fr-rect-old-mail", ["rectification"], "fr", "Agnès Perrin <agnes.perrin@gmail.com>",
  "Supprimer mon ancienne adresse",
  """Bonjour Sandra,

Pourriez-vous supprimer mon ancienne adresse agnes.perrin@club-internet.fr de vos contacts et la remplacer par agnes.perrin@gmail.com ? Je veux continuer à recevoir la lettre, hein !

Merci,
Agnès""")
# NEAR-LINE: "supprimer" an old address with the new one given -> rectification only (policy).

M("fr-rect-note", ["rectification"], "fr", "Benoît Guérin <benoit.guerin@orange.fr>",
  "Complément à ma fiche",
  """Bonjour,

Votre fiche de suivi indique que j'ai arrêté le sport. Ce n'est plus vrai, j'ai repris la course depuis septembre. Je vous demande de compléter la fiche en ce sens, c'est important pour la suite de l'accompagnement.

Benoît""")

M("fr-rect-phone-qp", ["rectification"], "fr", "Françoise Hubert <francoise.hubert@wanadoo.fr>",
  "nouveau téléphone",
  """Bonjour Sandra, mon portable a changé, notez le 06 45 12 78 09 à la place de l'ancien (06 98 76 54 32) qui n'est plus à moi. Bises, Françoise""", shape="qp")

M("fr-era-only", ["erasure"], "fr", "Vincent Lambert <vincent.lambert@gmail.com>",
  "Effacement",
  """Bonjour,

Je vous demande d'effacer l'intégralité de mes données personnelles. Je ne souhaite pas en recevoir de copie.

Vincent Lambert
Né le 02/11/1983""", attach=[("permis_conduire_lambert.jpg", "image/jpeg")])

M("fr-era-account-and-data", ["erasure"], "fr", "Léa Fontaine <lea.fontaine@hotmail.fr>",
  "Fermer mon compte",
  """Bonjour, pouvez-vous supprimer mon compte Systeme.io et toutes les données qui vont avec ? Merci, Léa""")

M("fr-era-polite-question", ["erasure"], "fr", "Rémi Joly <remi.joly@sfr.fr>",
  "question",
  """Bonjour Madame, pourriez-vous supprimer mes données ? J'ai fait un atelier chez vous il y a deux ans et je n'en ai plus l'utilité. Merci. Rémi Joly""")

M("fr-era-health", ["erasure"], "fr", "Gaëlle Roussel <gaelle.roussel@gmail.com>",
  "Mes données de santé",
  """Bonjour Sandra,

Lors de notre accompagnement je vous avais parlé de mes problèmes de thyroïde et de mon traitement, et vous l'aviez noté. L'accompagnement est terminé depuis plus d'un an : je souhaite que ces informations de santé soient effacées. Le reste (factures, etc.) vous pouvez le garder, je sais que c'est obligatoire.

Merci,
Gaëlle""", shape="b64")

M("fr-era-cancel-plus-data", ["erasure"], "fr", "Julie Marchand <julie.marchand@gmail.com>",
  "Annulation abonnement + données",
  """Bonjour,

J'annule mon abonnement au programme mensuel (c'est fait sur Systeme.io). Je souhaite aussi que vous effaciez toutes mes données, y compris mon historique de paiements dans la mesure du possible.

Julie""")
# NEAR-LINE: cancellation alone is negative, but explicit deletion of all data -> erasure.

M("fr-restr-only", ["restriction"], "fr", "Nathalie Roy <nathalie.roy@gmail.com>",
  "Ne rien effacer",
  """Bonjour Sandra,

Surtout ne supprimez pas mon dossier, j'en aurai besoin pour une procédure prud'homale. Mais je vous demande de ne plus l'utiliser d'aucune façon d'ici là (pas de statistiques, pas de partage).

Nathalie Roy""")

M("fr-restr-contest", ["restriction"], "fr", "Philippe Morel <philippe.morel@orange.fr>",
  "Contestation",
  """Madame,

Je conteste l'exactitude des informations portées dans le bilan de compétences me concernant (notamment la partie « motivation »). Je vous demande de geler le traitement de ces données le temps de vérifier.

Philippe Morel""")

M("fr-restr-freeze-outlook", ["restriction"], "fr", "Catherine Benard <c.benard@entreprise-benard.fr>",
  "Limitation du traitement",
  """Bonjour,

Je vous demande la limitation du traitement de mes données : conservez-les, mais ne les utilisez plus, je vous dirai ensuite ce que je souhaite en faire.

Catherine Bénard
Gérante – Bénard Paysage
Tél. 02 54 21 00 00
Ce message peut contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur.""")

M("fr-port-only", ["portability"], "fr", "Maxime Giraud <maxime.giraud@gmail.com>",
  "Transfert vers un autre organisme",
  """Bonjour,

Je m'inscris à une formation chez un autre organisme qui me demande mon historique. Pouvez-vous leur transférer directement mes données de formation (modules suivis, résultats des quiz) ? Contact : inscriptions@cap-formation-centre.fr.

Je ne demande ni suppression ni modification.

Maxime Giraud""")

M("fr-port-json", ["portability"], "fr", "Sarah Lopez <sarah.lopez@proton.me>",
  "Portabilité",
  """Bonjour Sandra,
J'aimerais exercer mon droit à la portabilité : merci de m'envoyer mes réponses de questionnaires et journaux dans un format lisible par machine (JSON ou CSV). Pas besoin d'un récapitulatif de ce que vous détenez, seulement le fichier.
Sarah""")

M("fr-obj-newsletter", ["objection"], "fr", "Denis Carré <denis.carre@free.fr>",
  "Désabonnement",
  """Bonjour, merci de me désabonner de la newsletter. Inutile d'effacer mon dossier client, je reviendrai peut-être. Denis""")

M("fr-obj-above-news", ["objection"], "fr", "Simone Leclerc <simone.leclerc@orange.fr>",
  "RE: Oser sa place - inscriptions ouvertes",
  """Bonjour Sandra, je ne souhaite plus recevoir ces messages. Merci.
Simone Leclerc""" + oq("Floraison de Soi <contact@floraisondesoi.fr>", "mardi 4 mars 2025 07:00", "simone.leclerc@orange.fr",
  "Oser sa place - inscriptions ouvertes", NEWS))

M("fr-obj-profiling", ["objection"], "fr", "Alexandre Fabre <alexandre.fabre@gmail.com>",
  "Utilisation de mes réponses",
  """Bonjour,

J'ai appris que les réponses aux questionnaires servent à établir des « profils » pour cibler les offres. Je m'oppose à ce que mes réponses soient utilisées de cette façon. Pour le reste, pas de changement.

Alexandre Fabre""")

M("fr-obj-contact", ["objection"], "fr", "Yvette Dupuis <yvette.dupuis@laposte.net>",
  "Ne plus me contacter",
  """Madame,

Pour des raisons personnelles (je traverse un deuil), je vous demande de ne plus me contacter, ni par téléphone ni par courrier, pour me proposer de nouveaux ateliers.

Yvette Dupuis""")

M("fr-obj-sms-html", ["objection"], "fr", "Kévin Mercier <kevin.mercier@gmail.com>",
  "SMS",
  """<p>Bonjour,</p><p>STOP SMS svp, je ne veux plus recevoir les rappels promotionnels par texto.</p><p>Kévin</p>""", shape="alt")

M("fr-wc-testimonial", ["withdraw_consent"], "fr", "Brigitte Lemoine <brigitte.lemoine@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,

Je retire mon consentement pour mon témoignage sur votre site. Je ne demande pas la suppression de mon dossier, on continue l'accompagnement bien sûr !

Brigitte""")

M("fr-wc-video", ["withdraw_consent"], "fr", "Céline Renaud <celine.renaud@orange.fr>",
  "Vidéo du webinaire",
  """Bonjour,
Je n'avais pas réalisé que ma caméra était allumée pendant le webinaire du 10 octobre. Je ne consens pas à ce que l'enregistrement où j'apparais soit diffusé en replay ; merci de me flouter ou de couper le passage.
Céline Renaud""")

M("fr-wc-questionnaire", ["withdraw_consent"], "fr", "Tristan Hamon <tristan.hamon@gmail.com>",
  "Questionnaire recherche",
  """Bonjour,

J'avais accepté que mes réponses au questionnaire soient utilisées pour votre mémoire de supervision. Je reviens sur cet accord.

Tristan""")

M("fr-wc-photos-b64", ["withdraw_consent"], "fr", "Laetitia Morin <laetitia.morin@yahoo.fr>",
  "Photos de l'atelier",
  """Bonjour Sandra,

Vous pouvez retirer les photos de moi prises lors de l'atelier nature de mai ? Je ne souhaite plus qu'elles soient publiées sur Instagram. Merci beaucoup.

Laetitia""", shape="b64")

M("fr-wc-audio", ["withdraw_consent"], "fr", "Jeanne Clément <jeanne.clement@free.fr>",
  "Enregistrement audio",
  """Bonjour,

J'avais autorisé l'enregistrement audio de notre séance pour votre supervision. Je retire cette autorisation.

Jeanne""")

M("fr-wc-testimonial-plus-all", ["erasure", "withdraw_consent"], "fr", "Pascal Robin <pascal.robin@orange.fr>",
  "Retrait",
  """Bonjour,

Retirez mon témoignage vidéo de votre chaîne YouTube et de votre site, et supprimez aussi toutes mes données. Je ne souhaite plus avoir de lien avec Floraison de Soi.

Pascal Robin""")

# ---------- post mortem ----------
M("fr-pm-daughter", ["post_mortem"], "fr", "Isabelle Rolland <isabelle.rolland@gmail.com>",
  "Décès de ma mère, Mme Odile Rolland",
  """Bonjour Madame,

Ma mère, Odile Rolland, qui avait suivi un accompagnement avec vous, est décédée le 2 février. Je souhaiterais que vous me communiquiez les éléments de son dossier puis que vous supprimiez son compte et ses données.

Je joins l'acte de décès et le livret de famille.

Isabelle Rolland""", attach=[("acte_deces_O_Rolland.pdf", "application/pdf"), ("livret_famille.pdf", "application/pdf")])

M("fr-pm-notary", ["post_mortem"], "fr", "Office notarial Dubreuil <succession@notaires-dubreuil.fr>",
  "Succession de M. Roger Thibault",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Roger Thibault, décédé le 18 août 2025.

Nous vous remercions de bien vouloir clôturer tout abonnement ou compte ouvert à son nom, de rectifier si besoin vos fichiers et de nous indiquer si des sommes restent dues.

Veuillez agréer, Madame, nos salutations distinguées.

Pour Maître Dubreuil, le clerc
Office notarial Dubreuil – 36000 Châteauroux""")

M("fr-pm-husband-newsletter", ["post_mortem"], "fr", "Marc Arnaud <marc.arnaud@orange.fr>",
  "Ma femme",
  """Bonjour,

Mon épouse, Danielle Arnaud, nous a quittés en décembre. Elle reçoit encore votre lettre d'information, c'est assez douloureux. Merci de la retirer de votre liste.

Marc Arnaud""")
# NEAR-LINE: an unsubscribe, but written by the widower after a death -> post_mortem only.

M("fr-pm-own-directives", ["post_mortem"], "fr", "Hélène Bourgeois <helene.bourgeois@gmail.com>",
  "Directives concernant mes données",
  """Bonjour Sandra,

Je fais le point sur mes affaires (rien de grave, rassurez-vous). Je souhaite vous laisser la directive suivante : en cas de décès, toutes mes notes de séances devront être détruites et ne devront être communiquées à personne, y compris à ma famille. Mon fils, Thomas Bourgeois, est la personne que je désigne pour vérifier l'exécution de cette directive.

Hélène Bourgeois""")

M("fr-pm-son-testimonial", ["post_mortem"], "fr", "Nicolas Faure <nicolas.faure@gmail.com>",
  "Témoignage de mon père",
  """Bonjour,

Mon père, Jean-Claude Faure, est décédé il y a un mois. Son témoignage et sa photo figurent toujours sur votre site. En tant qu'héritier, je vous demande de les retirer.

Nicolas Faure""")

M("fr-pm-sister-access", ["post_mortem"], "fr", "Véronique Lacombe <veronique.lacombe@sfr.fr>",
  "Dossier de ma soeur",
  """Bonjour,
Ma soeur Annie Lacombe est décédée le 5 mai 2025. Elle vous consultait. Sa famille aimerait savoir ce que contenait son dossier et en obtenir une copie.
Merci de votre compréhension,
Véronique Lacombe""")

M("fr-pm-own-export", ["post_mortem"], "fr", "Roland Picard <roland.picard@orange.fr>",
  "Après moi",
  """Bonjour,

A 78 ans on pense à ces choses-là. Je souhaite qu'après mon décès, mes écrits du programme (journal, lettres) soient remis à ma petite-fille Camille Picard et le reste effacé. Notez-le dans mon dossier svp.

Roland Picard""")

# ---------- parent for a minor ----------
M("fr-parent-minor-era", ["erasure"], "fr", "Sylvie Chevalier <sylvie.chevalier@gmail.com>",
  "Données de ma fille",
  """Bonjour,

Ma fille Emma (15 ans) a participé à l'atelier ados « Confiance en soi » cet été. Je souhaite, en tant que représentante légale, que ses données (fiche d'inscription, photo, réponses au questionnaire) soient effacées.

Sylvie Chevalier""")

M("fr-parent-minor-acc-wc", ["access", "withdraw_consent"], "fr", "Frédéric Bertin <frederic.bertin@orange.fr>",
  "Mon fils Léo",
  """Bonjour Madame Delomenie,

Je suis le père de Léo Bertin, 14 ans, inscrit au stage de Toussaint. J'aimerais savoir quelles informations vous avez recueillies sur lui. Et je retire l'autorisation de prise de photos que ma femme avait signée.

Frédéric Bertin""")

# ---------- more multi-right variety ----------
M("fr-3-obj-wc-era", ["erasure", "objection", "withdraw_consent"], "fr", "Delphine Charpentier <delphine.charpentier@gmail.com>",
  "Tout arrêter",
  """Sandra,

Je vous écris pour :
• me retirer de la newsletter ;
• retirer mon témoignage audio de la page de vente (je ne suis plus d'accord) ;
• supprimer mon dossier complet.

Je vous remercie pour tout ce qu'on a fait ensemble, mais je tourne la page.
Delphine""")

M("fr-acc-rect-obj-3para", ["access", "objection", "rectification"], "fr", "Jean-Marc Rivière <jm.riviere@free.fr>",
  "Plusieurs demandes",
  """Bonjour,

J'aimerais connaître les données que vous avez sur moi.

Mon adresse a changé : 22 avenue de la Gare, 18100 Vierzon.

Enfin, ne m'envoyez plus de publicité par courrier postal.

Jean-Marc Rivière""")

M("fr-port-acc-era", ["access", "erasure", "portability"], "fr", "Amandine Weber <amandine.weber@gmail.com>",
  "Récupérer et supprimer",
  """Bonjour Sandra, j'aimerais savoir ce que vous avez sur moi, récupérer mes données de formation au format CSV, puis que tout soit effacé. Merci ! Amandine""")

M("fr-restr-obj", ["objection", "restriction"], "fr", "Pierre-Yves Le Gall <py.legall@orange.fr>",
  "Contestation et opposition",
  """Bonjour,

Je conteste la mention « abandon » dans votre suivi, j'ai terminé le programme. Merci de ne pas utiliser cette donnée tant qu'elle n'est pas vérifiée.

Par ailleurs, ne m'envoyez plus d'offres de formation.

P-Y Le Gall""")

M("fr-rect-acc-whatsapp", ["access", "rectification"], "fr", "Laure Deschamps <laure.deschamps@gmail.com>",
  "Groupe WhatsApp",
  """Bonjour,

Dans le groupe WhatsApp du stage, c'est mon ancien numéro qui apparaît : mon nouveau est le 06 22 18 90 41. Pouvez-vous le remplacer ? Et j'aimerais savoir quelles autres données vous gardez de ce stage (messages, photos...).

Laure""")

M("fr-era-restr-partial", ["erasure", "restriction"], "fr", "Thierry Barbier <thierry.barbier@laposte.net>",
  "Mes notes de séances",
  """Bonjour,

Je souhaite que mes notes de séances soient effacées. En revanche, pour le bilan écrit final, ne le supprimez pas (j'en ai besoin pour un dossier de reconversion) mais ne l'utilisez plus et ne le transmettez à personne.

Thierry Barbier""")
# NEAR-LINE: erasure for notes + "don't use, don't delete" for the final report -> erasure + restriction.

M("fr-wc-port", ["portability", "withdraw_consent"], "fr", "Estelle Lucas <estelle.lucas@hotmail.fr>",
  "Retrait consentement + export",
  """Bonjour,

Je retire mon consentement pour l'utilisation de ma photo dans vos supports de communication. Et je souhaite récupérer mes journaux de bord du parcours en ligne dans un format réutilisable, pour les garder chez moi.

Estelle""")

M("fr-obj-acc-stats", ["access", "objection"], "fr", "Gilles Prévost <gilles.prevost@gmail.com>",
  "Statistiques",
  """Bonjour Madame,
Je m'oppose à l'utilisation de mes données dans vos statistiques d'activité, et je demande à savoir quelles données vous détenez me concernant.
Gilles Prévost""")

M("fr-rect-era-obj-3", ["erasure", "objection", "rectification"], "fr", "Marie-Claude Henry <mc.henry@orange.fr>",
  "Ménage dans mes infos",
  """Bonjour Sandra,
Mon adresse mail correcte est mc.henry@orange.fr (et pas mc.henri@). Vous pouvez effacer mes anciens questionnaires de 2021, et je ne veux plus recevoir les invitations aux webinaires.
Bonne journée
Marie-Claude""")

M("fr-acc-wc-ps", ["access", "withdraw_consent"], "fr", "Florence Adam <florence.adam@gmail.com>",
  "Mon témoignage sur Systeme.io",
  """Bonjour Sandra,

Je ne souhaite plus que mon témoignage apparaisse sur la page de la formation. Merci de le retirer.

Florence

PS : pouvez-vous aussi m'envoyer une copie de tout ce que vous avez sur moi ?""")

M("fr-reply-add-restr-to-acc", ["access", "restriction"], "fr", "Anthony Leroux <anthony.leroux@gmail.com>",
  "Re: Demande de copie",
  """Bonjour,
En complément : en attendant de recevoir la copie, ne transmettez plus rien de mon dossier à l'entreprise qui a financé la formation.
Anthony""" + gq("Anthony Leroux <anthony.leroux@gmail.com>", "lun. 2 juin 2025 à 14:33",
  "Bonjour Sandra, pourriez-vous m'envoyer une copie de mon dossier de formation ? Merci, Anthony Leroux"), irt=True)

M("fr-era-port-reply", ["erasure", "portability"], "fr", "Ludovic Dufour <ludovic.dufour@free.fr>",
  "Re: Export",
  """Finalement, une fois l'export CSV envoyé, vous pouvez tout effacer.
Ludovic""" + aq("Ludovic Dufour <ludovic.dufour@free.fr>", "3 févr. 2026 à 10:10",
  "Bonjour, merci de m'envoyer mes données de formation au format CSV pour que je les importe ailleurs. Ludovic"), irt=True)

M("fr-lawyer-era-obj", ["erasure", "objection"], "fr", "Maître Caroline Texier <c.texier@avocats-texier.fr>",
  "Mme Sabrina Maillard – Demande d'effacement et d'opposition",
  """Madame,

Agissant pour le compte de Madame Sabrina Maillard, en vertu du mandat ci-joint, je vous demande :
- de cesser tout envoi de sollicitations commerciales à ma cliente ;
- de procéder à l'effacement de l'ensemble des données la concernant.

Je vous remercie de m'en confirmer l'exécution dans le délai légal d'un mois.

Caroline Texier, avocate""", attach=[("mandat_Maillard.pdf", "application/pdf")])

M("fr-acc-dup-sms", ["access"], "fr", "Manon Guillot <manon.guillot@gmail.com>",
  "Question",
  """bonjour sandra
est ce que vous pourriez me dire quelles infos vous avez sur moi ? je ne veux pas me desinscrire ni rien, c'est juste par curiosité
manon""")

M("fr-rect-spouse-name", ["rectification"], "fr", "Josiane Garcia <josiane.garcia@orange.fr>",
  "Erreur d'orthographe",
  """Bonjour,
Sur tous vos mails je suis « Josianne Garcias ». Mon nom est Josiane GARCIA. Merci de corriger dans votre fichier.
Josiane""")

M("fr-obj-fb-group", ["objection"], "fr", "Christophe Leblanc <christophe.leblanc@gmail.com>",
  "Relances Messenger",
  """Bonjour,

Je m'oppose à être recontacté via Messenger pour vos offres. Je ne suis plus intéressé, merci de respecter cela.

Christophe""")

M("fr-era-subj-only-body", ["erasure"], "fr", "Jocelyne Bailly <jocelyne.bailly@sfr.fr>",
  "Droit à l'oubli",
  """Merci d'appliquer mon droit à l'oubli : effacez mon nom, mes coordonnées et mon historique. Pas besoin de copie ni d'export.
J. Bailly""")

M("fr-acc-port-fwd", ["access", "portability"], "fr", "Benjamin Marie <benjamin.marie@gmail.com>",
  "TR: Ma demande RGPD",
  """Bonjour Sandra,
Je vous transfère la demande que j'avais envoyée à votre ancienne adresse de contact, restée sans réponse.
Benjamin""" + fwd("Benjamin Marie <benjamin.marie@gmail.com>", "10 janv. 2026, 19:44", "contact@floraisondesoi.fr",
  "Ma demande RGPD", """Bonjour,
Je vous demande la communication des données me concernant et leur transmission dans un format structuré et lisible par machine (CSV).
Benjamin Marie"""))
