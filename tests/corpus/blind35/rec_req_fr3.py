# French requests, part 3: objection, withdraw_consent, post_mortem, mixed.
from common import R, SANDRA, CONTACT

RECORDS = [
R("fr-obj-desinscription", ["objection"], "fr", "Monique Lemaire <monique.lemaire@orange.fr>",
  "désinscription",
"""Bonjour,
Désinscrivez-moi de votre newsletter s'il vous plaît, je n'arrive pas à le faire avec le lien en bas du mail.
Merci
M. Lemaire
"""),

R("fr-obj-promo", ["objection"], "fr", "Alain Picard <alain.picard@gmail.com>",
  "Vos mails",
"""Bonjour,

Je ne souhaite plus recevoir vos mails promotionnels (offres de formation, codes promo, black friday...). J'ai suivi un atelier il y a trois ans, ça suffit.

Alain Picard
"""),

R("fr-obj-sms", ["objection"], "fr", "Nicole Guerin <nicole.guerin@sfr.fr>",
  "SMS",
"""Bonjour Sandra,

Je reçois régulièrement des SMS pour vos prochains ateliers. Pouvez-vous arrêter de m'envoyer ces SMS ? Je préfère ne plus être sollicitée de cette façon.

Nicole
"""),

R("fr-obj-prospection", ["objection"], "fr", "Luc Dupuis <luc.dupuis@laposte.net>",
  "Opposition à la prospection",
"""Madame,

Je m'oppose à l'utilisation de mes données personnelles à des fins de prospection commerciale, quel que soit le canal (courriel, téléphone, SMS, courrier).

Luc Dupuis
"""),

R("fr-obj-liste-diffusion", ["objection"], "fr", "Agnès Royer <agnes.royer@gmail.com>",
  "Liste de diffusion",
"""Bonsoir,
Merci de me retirer de votre liste de diffusion. Bonne soirée.
Agnès
"""),

R("fr-obj-above-newsletter", ["objection"], "fr", "Yves Colin <yves.colin@wanadoo.fr>",
  "Re: [Floraison de Soi] Votre rendez-vous avec vous-même",
"""je ne veux plus recevoir ça merci
""", quote=("gmail", "Sandra – Floraison de Soi <contact@floraisondesoi.fr>", "jeu. 16 oct. 2025 à 07:30",
"""Bonjour Yves,

Et si cet automne était le moment de prendre rendez-vous... avec vous-même ?
Découvrez le nouveau parcours « Racines & Ailes ».

Se désinscrire | Gérer mes préférences""")),
# NEAR-LINE: terse unsubscribe above a quoted newsletter -> objection.

R("fr-obj-company-offres", ["objection"], "fr", "Céline Vidal <c.vidal@groupe-berry-logistique.fr>",
  "Vos offres de formation",
"""Bonjour Madame,

Nous avions fait appel à vous en 2023 pour une formation à la gestion du stress de nos chefs d'équipe. Depuis, je reçois chaque mois vos offres commerciales sur mon adresse professionnelle.

Je vous remercie de ne plus m'envoyer ces sollicitations.

Céline Vidal
Responsable RH – Berry Logistique
Tél. 02 54 21 XX XX
""", shape="alt", cc="rh@groupe-berry-logistique.fr"),

R("be-obj-plus-de-mails", ["objection"], "fr-BE", "Martine Dubois <martine.dubois@skynet.be>",
  "Plus de mails svp",
"""Bonjour,

Je ne souhaite plus figurer dans votre liste d'envoi pour la lettre mensuelle. Merci de faire le nécessaire.

Bien à vous,
Martine
"""),

R("fr-obj-informal", ["objection"], "fr", "lolo <laurent.pichon@free.fr>", "newsletter",
"""stop les mails svp je me desabonne
""", shape="plain"),

R("ch-obj-marketing", ["objection"], "fr-CH", "Denis Cuendet <denis.cuendet@bluewin.ch>",
  "Communications commerciales",
"""Madame,

Je vous prie de cesser de m'adresser vos communications commerciales. Je reste volontiers client pour la supervision, mais je ne souhaite recevoir aucune publicité.

Meilleures salutations
D. Cuendet
"""),

R("fr-obj-profil-relances", ["objection"], "fr", "Camille Roche <camille.roche@gmail.com>",
  "Relances",
"""Bonjour,

Depuis que j'ai téléchargé votre ebook gratuit, je reçois une relance tous les trois jours. Je m'oppose à ce que mon adresse soit utilisée pour ces séquences marketing.

Camille
"""),

R("fr-obj-ca-courriel", ["objection"], "fr-CA", "Josée Lavoie <josee.lavoie@sympatico.ca>",
  "Désabonnement",
"""Bonjour,

Pourriez-vous m'enlever de votre liste d'envoi? Je ne veux plus recevoir vos infolettres.

Merci,
Josée
"""),

R("fr-wc-temoignage-site", ["withdraw_consent"], "fr", "Audrey Michaud <audrey.michaud@gmail.com>",
  "Mon témoignage",
"""Bonjour Sandra,

Il y a deux ans je t'avais donné mon accord pour publier mon témoignage sur ton site. Ma situation professionnelle a changé et je préfère qu'il n'apparaisse plus : je retire mon accord.

Merci de le retirer quand tu auras un moment,
Audrey
"""),

R("fr-wc-photo-facebook", ["withdraw_consent"], "fr", "Sandrine Marty <sandrine.marty@orange.fr>",
  "Photo atelier Facebook",
"""Bonjour,

Sur la page Facebook de Floraison de Soi, il y a la photo de groupe de l'atelier du 14 juin où j'apparais au premier rang. Je ne souhaite plus y figurer, merci de la retirer ou de me flouter.

Sandrine Marty
"""),

R("fr-wc-replay", ["withdraw_consent"], "fr", "Thierry Noël <thierry.noel@gmail.com>",
  "Enregistrement du webinaire",
"""Bonjour,

Lors du webinaire de mardi, j'ai pris la parole et partagé des choses assez personnelles. J'avais accepté l'enregistrement sur le moment, mais je retire cet accord : je ne souhaite pas que ce passage figure dans le replay.

Merci de votre compréhension,
Thierry
"""),

R("fr-wc-questionnaire-etude", ["withdraw_consent"], "fr", "Laetitia Gauthier <laetitia.gauthier@free.fr>",
  "Questionnaire pour votre mémoire",
"""Bonjour Sandra,

J'avais accepté que mes réponses au questionnaire soient utilisées (anonymisées) pour votre étude sur l'épuisement des mères. Finalement je retire mon consentement, je ne souhaite plus que mes réponses y soient intégrées.

Belle journée,
Laetitia
"""),

R("fr-wc-sante", ["withdraw_consent"], "fr", "Nathalie Perrot <nathalie.perrot@laposte.net>",
  "Consentement données de santé",
"""Bonjour Madame,

Lors de la signature du contrat, j'avais coché la case autorisant la collecte de mes données de santé. Je retire ce consentement à compter d'aujourd'hui.

Cordialement,
Nathalie Perrot
"""),
# NEAR-LINE: withdrawing the health-data consent named in the contract -> withdraw_consent (nothing else asked).

R("fr-wc-video-vente", ["withdraw_consent"], "fr", "Rémi Charpentier <remi.charpentier@gmail.com>",
  "Vidéo sur la page de vente",
"""Salut Sandra,

Ma vidéo témoignage tourne toujours sur la page de vente du programme (Systeme.io). Je préférerais qu'elle n'y soit plus, je retire mon autorisation. Rien de grave, c'est juste que je change de boulot et je préfère rester discret.

Merci !
Rémi
"""),

R("ca-wc-temoignage", ["withdraw_consent"], "fr-CA", "Karine Côté <karine.cote@gmail.com>",
  "Mon témoignage sur ton site",
"""Allo Sandra,

Peux-tu enlever mon témoignage de ton site web svp? J'ai changé d'idée, je suis plus à l'aise que mon nom pis ma face soient là.

Merci beaucoup!
Karine
"""),

R("fr-wc-obj-combo", ["objection", "withdraw_consent"], "fr", "Emmanuelle Riviere <emmanuelle.riviere@gmail.com>",
  "Témoignage + newsletter",
"""Bonjour,

Merci de retirer mon témoignage écrit de votre page d'accueil (je retire mon consentement) et de me désinscrire de la newsletter.

Bonne journée
Emmanuelle Rivière
"""),

R("fr-wc-parent-photo", ["withdraw_consent"], "fr", "Karine Huet <karine.huet@gmail.com>",
  "Photo de ma fille sur Instagram",
"""Bonjour,

J'avais signé l'autorisation de droit à l'image pour ma fille Inès (14 ans) lors du stage ado. Après réflexion, je retire cette autorisation : merci de supprimer la publication Instagram où elle apparaît.

Karine Huet
"""),
# NEAR-LINE: parent for a minor; withdrawing a photo consent -> withdraw_consent only.

R("be-wc-audio", ["withdraw_consent"], "fr-BE", "Véronique Janssens <vero.janssens@hotmail.be>",
  "Enregistrement audio",
"""Bonjour Sandra,

Vous m'aviez demandé si vous pouviez utiliser l'enregistrement audio de notre séance de démonstration pour votre formation de praticiens. J'avais dit oui, mais je préfère finalement retirer mon accord.

Merci et bonne journée,
Véronique
"""),

R("fr-pm-mere-suppr", ["post_mortem"], "fr", "Caroline Bertrand <caroline.bertrand@gmail.com>",
  "Décès de ma mère, Josiane Bertrand",
"""Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Josiane Bertrand, survenue le 2 février dernier. Elle m'avait parlé de vos séances, qui lui avaient fait beaucoup de bien.

En tant que fille et héritière, je vous demande de bien vouloir supprimer son dossier et de ne plus lui adresser de courriers. Vous trouverez ci-joint l'acte de décès.

Avec mes remerciements,
Caroline Bertrand
""", att=[("pdf", "acte_deces_Bertrand.pdf")]),
# NEAR-LINE: heir after a death -> post_mortem only, even though erasure is what she asks.

R("fr-pm-notaire", ["post_mortem"], "fr", "Office notarial Lemoine & Associés <succession@notaires-lemoine.fr>",
  "Succession de M. Gilles Perrault – Réf. 2025/0412",
"""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Gilles PERRAULT, décédé le 18 août 2025 à Châteauroux.

Les héritiers souhaitent obtenir communication des données et documents que vous détenez au nom du défunt (factures, contrats de formation, correspondances), afin de compléter le dossier.

Vous trouverez ci-joint l'acte de décès ainsi que l'acte de notoriété.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Lemoine,
Agnès Fabre, clerc
""", att=[("pdf", "acte_deces_Perrault.pdf"), ("pdf", "acte_notoriete.pdf")], shape="alt",
  reply_to="Agnès Fabre <a.fabre@notaires-lemoine.fr>"),

R("fr-pm-veuf-newsletter", ["post_mortem"], "fr", "Jean Vincent <jean.vincent36@orange.fr>",
  "Mon épouse",
"""Bonjour,

Mon épouse Mireille est décédée en décembre. Elle reçoit toujours vos lettres d'information et des invitations à vos ateliers, ce qui est difficile pour moi. Merci de la retirer de vos listes.

Jean Vincent
"""),
# NEAR-LINE: relative after a death asks to stop newsletter -> post_mortem only (not objection).

R("fr-pm-directives-own", ["post_mortem"], "fr", "Agathe Simon <agathe.simon@gmail.com>",
  "Directives pour après",
"""Bonjour Sandra,

Ça va vous paraître un peu étrange, mais je mets de l'ordre dans mes affaires suite à mon diagnostic. Je souhaite qu'après mon décès, toutes les notes de nos séances soient détruites et que rien ne soit communiqué à ma famille, même s'ils le demandent.

Merci pour tout ce que vous m'avez apporté.
Agathe
"""),
# NEAR-LINE: someone leaving instructions for their own data after death -> post_mortem.

R("be-pm-fils", ["post_mortem"], "fr-BE", "Pierre Wauters <pierre.wauters@telenet.be>",
  "Décès de mon père",
"""Madame,

Mon père, Roger Wauters, a suivi votre formation en ligne « Apprivoiser le changement » l'année passée. Il est décédé le mois dernier.

Pourriez-vous clôturer son compte sur la plateforme et me faire savoir quelles données vous gardez encore à son nom ?

Bien à vous,
Pierre Wauters
""", att=[("jpg", "extrait_acte_deces.jpg")]),

R("fr-pm-frere-attestations", ["post_mortem"], "fr", "Ludovic Hamon <ludovic.hamon@gmail.com>",
  "Attestations de formation de mon frère",
"""Bonjour,

Mon frère Xavier Hamon nous a quittés en septembre. Il avait suivi votre formation de coach en 2024. Pour les démarches, pourriez-vous me transmettre ses attestations et les documents qu'il vous avait remis ?

Je vous remercie,
Ludovic Hamon
"""),

R("fr-pm-designation-soeur", ["post_mortem"], "fr", "Roselyne Faure <roselyne.faure@wanadoo.fr>",
  "Mes directives",
"""Madame Deloménie,

Conformément à ce qu'indique votre politique de confidentialité (article 13), je souhaite définir des directives pour le sort de mes données après ma mort : je désigne ma sœur, Mme Danièle Faure, pour en demander la communication, puis l'effacement.

Veuillez trouver ces directives signées en pièce jointe.

Roselyne Faure
""", att=[("pdf", "directives_post_mortem_signees.pdf")]),

R("fr-pm-fille-acces-sms", ["post_mortem"], "fr", "Léa Boyer <lea.boyer@gmail.com>", "Maman",
"""bonjour sandra

maman (Françoise Boyer) est partie il y a 3 semaines. elle vous voyait tous les mois depuis 2 ans. je voudrais savoir si vous pouvez me donner ses fiches ou ce qu elle vous écrivait, ça compterait beaucoup pour moi

merci
léa
""", shape="b64"),

R("ch-pm-executeur", ["post_mortem"], "fr-CH", "Étude Me Bonvin <etude@bonvin-notaire.ch>",
  "Feu Monsieur André Zufferey",
"""Madame,

En ma qualité d'exécuteur testamentaire de feu Monsieur André Zufferey, décédé le 3 novembre 2025, je vous prie de procéder à l'effacement des données le concernant et de m'en donner confirmation.

Certificat de décès en annexe.

Me Laurent Bonvin, notaire, Sion
""", att=[("pdf", "certificat_deces_Zufferey.pdf")]),
]
