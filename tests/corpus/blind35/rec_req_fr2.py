# French requests, part 2: erasure, restriction.
from common import R, SANDRA, CONTACT

RECORDS = [
R("fr-era-polite", ["erasure"], "fr", "Françoise Meunier <francoise.meunier@orange.fr>",
  "Mes données",
"""Bonjour Madame Deloménie,

Je n'ai plus besoin de vos services et je ne pense pas reprendre de séances. Pourriez-vous supprimer mes données de vos fichiers ?

Je vous remercie,
Françoise Meunier
"""),
# NEAR-LINE: polite question that asks for the thing -> request.

R("fr-era-account-all", ["erasure"], "fr", "Damien Roux <damien.roux@gmail.com>",
  "Suppression compte",
"""Bonjour,

Merci de supprimer mon compte sur votre plateforme de formation ainsi que toutes mes données personnelles.

Damien Roux
"""),

R("fr-era-informal-rage", ["erasure"], "fr", "kevin b <kev.bernard62@gmail.com>", "stop",
"""effacez tout ce que vous avez sur moi svp. je veux plus rien avoir a faire avec ce truc de developpement perso, ma copine m avait inscrit sans me demander. nom, mail, tel, tout
""", shape="plain"),

R("ch-era-art17", ["erasure"], "fr-CH", "Nathalie Berset <n.berset@sunrise.ch>",
  "Demande d'effacement",
"""Madame,

Je vous prie de procéder à l'effacement de l'ensemble des données personnelles me concernant, conformément à l'article 17 RGPD (et à la LPD suisse), et de m'en confirmer l'exécution par écrit.

Ma dernière prestation auprès de vous date de 2022.

Meilleures salutations,
Nathalie Berset
Lausanne
""", att=[("jpg", "passeport_berset.jpg")]),

R("fr-era-health-only", ["erasure"], "fr", "Isabelle Chevalier <isa.chevalier@free.fr>",
  "Bilan initial",
"""Bonjour Sandra,

Notre accompagnement se passe très bien et je souhaite continuer. Par contre, je regrette d'avoir mis autant de détails médicaux dans le questionnaire de départ (endométriose, traitement, etc.). Pourriez-vous effacer ces informations de santé de mon dossier ? Le reste peut rester.

Merci de ta compréhension,
Isabelle
"""),
# NEAR-LINE: partial erasure (health data only), still erasure; continuing the service does not change it.

R("fr-era-parent-son", ["erasure"], "fr", "Philippe Arnaud <philippe.arnaud@sfr.fr>",
  "Données de mon fils Tom",
"""Madame,

Notre fils Tom (16 ans) a participé au stage « Ados : mieux gérer le stress » en février. Son père et moi souhaitons que toutes les informations le concernant (fiche d'inscription, questionnaire, photos) soient supprimées de vos fichiers.

Cordialement,
Philippe Arnaud
"""),
# NEAR-LINE: parent writing for a minor child -> request (erasure). Photos are deleted as part of all data,
# not a consent withdrawal for publication, so erasure only.

R("fr-era-wc-temoignage", ["erasure", "withdraw_consent"], "fr", "Stéphanie Barbier <steph.barbier@gmail.com>",
  "Témoignage et données",
"""Bonjour,

Je vous avais autorisée à publier mon témoignage (avec photo) sur votre site et sur la page de vente du programme. Je retire cette autorisation : merci de le retirer.

Et plus largement, je souhaite que l'ensemble de mes données soit effacé de vos fichiers.

Stéphanie Barbier
"""),

R("fr-era-obj-newsletter", ["erasure", "objection"], "fr", "Gérard Fournier <gerard.fournier@wanadoo.fr>",
  "Newsletter",
"""Bonjour,

Veuillez me désabonner de votre lettre d'information et supprimer toutes mes coordonnées de vos fichiers. Je ne suis plus intéressé.

G. Fournier
"""),

R("ca-era-detruire", ["erasure"], "fr-CA", "Marie-Ève Gagnon <me.gagnon@hotmail.com>",
  "Mon dossier de coaching",
"""Bonjour Sandra,

Je rentre au Québec pour de bon et je voudrais que tu détruises mon dossier de coaching au complet, papier pis numérique. J'ai pas besoin d'une copie, merci.

Bonne continuation là-bas!
Marie-Ève
"""),

R("be-era-retirer-fichiers", ["erasure"], "fr-BE", "Jean-Luc Mertens <jl.mertens@proximus.be>",
  "Retrait de mes coordonnées",
"""Madame,

Suite à la conférence de Namur à laquelle j'avais assisté, je souhaiterais que mes coordonnées soient retirées de l'ensemble de vos fichiers.

Je vous remercie de bien vouloir me le confirmer.

Bien à vous,
Jean-Luc Mertens
"""),

R("fr-era-whatsapp", ["erasure"], "fr", "Chloé Renaud <chloe.renaud@gmail.com>",
  "Groupe WhatsApp formation",
"""Bonjour Sandra,

J'ai quitté le groupe WhatsApp de la promo. Est-ce que vous pouvez aussi effacer mon numéro et mes messages de vos listes ? Je préfère ne plus rien laisser derrière moi.

Merci !
Chloé
"""),
# NEAR-LINE: leaving the group alone would be a negative; she asks to erase her number and messages -> erasure.

R("fr-era-above-newsletter", ["erasure"], "fr", "Pascale Girard <pascale.girard@yahoo.fr>",
  "RE: 🌸 La lettre de Floraison de Soi – Mai",
"""Bonjour, merci d'effacer toutes mes données de vos fichiers. Cordialement, P. Girard
""", quote=("outlook", "Floraison de Soi <contact@floraisondesoi.fr>", "mardi 6 mai 2025 08:00",
"""Bonjour à toutes et à tous,

Ce mois-ci, parlons de l'art de dire non... Les inscriptions au stage d'été sont ouvertes.

Pour vous désinscrire, cliquez ici.""", "🌸 La lettre de Floraison de Soi – Mai"), shape="alt"),
# NEAR-LINE: request above a quoted newsletter: only the new text counts -> erasure (not objection).

R("fr-era-conflit", ["erasure"], "fr", "Valérie Lemoine <valerie.lemoine@gmail.com>",
  "",
"""Sandra,

Après notre échange de vendredi, je pense que tu comprendras ma demande : je souhaite que tu effaces toutes mes données, y compris les notes de nos séances et les mails. Je ne veux pas qu'il reste de trace de cet accompagnement.

Merci de me confirmer quand ce sera fait.
Valérie
"""),

R("fr-era-rgpd-bref", ["erasure"], "fr", "A. Morin <a.morin.pro@gmail.com>",
  "Droit à l'effacement",
"""Madame,

Je souhaite exercer mon droit à l'effacement. Merci de supprimer toutes les données me concernant (Systeme.io, Stripe, Google Drive) et de me le confirmer.

Alexandre Morin
"""),

R("fr-era-stripe-client", ["erasure"], "fr", "Sylvie Robin <sylvie.robin@orange.fr>",
  "suppression de mes coordonnées bancaires",
"""Bonjour,

J'ai payé l'atelier par carte via votre lien. Je ne souhaite pas que vous conserviez mes informations de paiement ni mes coordonnées : pouvez-vous les effacer, s'il vous plaît ?

Merci,
Sylvie Robin
"""),

R("fr-rst-litige", ["restriction"], "fr", "Frédéric Masson <frederic.masson@gmail.com>",
  "Mes données – ne rien effacer",
"""Bonjour Sandra,

Je suis actuellement en litige avec mon ancien employeur, qui avait financé le bilan que nous avons fait ensemble. Mon avocat m'a conseillé de vous demander de NE PAS supprimer mon dossier, car il pourrait servir de preuve.

En revanche, je ne veux plus qu'il soit utilisé d'une quelconque manière (ni relances, ni statistiques) tant que la procédure est en cours.

Merci,
Frédéric Masson
"""),

R("fr-rst-contest-cr", ["restriction"], "fr", "Corinne Lucas <corinne.lucas@laposte.net>",
  "Compte rendu de séance",
"""Bonjour,

Je conteste plusieurs éléments du compte rendu de notre dernière séance, qui ne reflètent pas ce que j'ai dit. Le temps que nous en parlions et que vous vérifiiez vos notes, je vous demande de ne plus utiliser ce document ni de le transmettre à qui que ce soit (en particulier au service RH).

Corinne Lucas
"""),
# NEAR-LINE: contesting accuracy and pausing processing -> restriction only (no correction value given).

R("fr-rst-freeze", ["restriction"], "fr", "Aline Bonnet <aline.bonnet@gmail.com>",
  "Pause",
"""Bonjour Sandra,

Je traverse une période compliquée et je ne sais pas encore si je reprendrai le coaching. Je ne veux pas que mon dossier soit effacé, mais je voudrais qu'il soit « gelé » : plus d'utilisation, plus de relances, rien, jusqu'à ce que je revienne vers vous.

Merci pour votre compréhension,
Aline
"""),

R("fr-rst-art18", ["restriction"], "fr", "Bruno Leclerc <bruno.leclerc@outlook.com>",
  "Limitation du traitement – art. 18 RGPD",
"""Madame,

Je vous demande la limitation du traitement de mes données personnelles au titre de l'article 18 du RGPD. Concrètement, vous pouvez les conserver mais pas les utiliser, jusqu'à nouvel ordre de ma part.

Cordialement,
Bruno Leclerc
"""),

R("fr-rst-informal", ["restriction"], "fr", "Manon <manon.lgd@gmail.com>", "mon dossier",
"""hello sandra
est ce que tu peux mettre mon dossier en pause stp ? pas l effacer hein, j en aurai besoin si je reviens, mais juste plus rien en faire pour l instant (pas de mail, pas d analyse, rien)
merci :)
manon
""", shape="plain"),

R("be-rst-conservation", ["restriction"], "fr-BE", "Christine Peeters <christine.peeters@scarlet.be>",
  "Usage de mes données",
"""Madame,

Je vous prie de bien vouloir limiter l'usage de mes données à leur simple conservation. Je ne m'oppose pas à ce que vous les gardiez pour vos obligations comptables, mais je ne souhaite pas qu'elles servent à autre chose.

Je vous en remercie d'avance.
Christine Peeters
"""),

R("fr-rst-acc", ["access", "restriction"], "fr", "David Aubert <david.aubert@free.fr>",
  "Demande concernant mon dossier",
"""Bonjour,

Je souhaite que vous cessiez toute utilisation de mes données, sans les effacer pour le moment, et que vous m'en adressiez une copie complète afin que je vérifie ce qui y figure.

David Aubert
"""),

R("fr-rst-accuracy-test", ["restriction"], "fr", "Estelle Morel <estelle.morel@gmail.com>",
  "Résultats du test de personnalité",
"""Bonjour Sandra,

Les résultats du test de profil que tu as mis dans ma fiche ne me ressemblent pas du tout, je pense qu'il y a eu une inversion avec quelqu'un d'autre. En attendant que tu vérifies, est-ce que tu peux ne pas t'en servir pour la suite de l'accompagnement ni pour le bilan que tu envoies à mon manager ?

Merci !
Estelle
"""),
# NEAR-LINE: contests accuracy and asks to stop using the data meanwhile -> restriction only.

R("fr-rst-obj-combo", ["objection", "restriction"], "fr", "Jacques Blanchard <jacques.blanchard@orange.fr>",
  "Plusieurs choses",
"""Bonjour,

Je ne veux plus recevoir vos mails de promotion. Et pour les données de ma formation, gardez-les si vous y êtes obligée mais ne les utilisez plus pour rien d'autre.

J. Blanchard
"""),

R("ca-rst-pause", ["restriction"], "fr-CA", "Sylvain Bouchard <s.bouchard@videotron.ca>",
  "Suspendre l'utilisation",
"""Bonjour Madame,

J'aimerais que vous suspendiez l'utilisation de mes renseignements personnels le temps que je règle un différend avec l'employeur qui a payé la formation. Ne les détruisez pas, par exemple, j'pourrais en avoir besoin.

Merci bien,
Sylvain Bouchard
"""),
]
