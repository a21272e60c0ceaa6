from common import m

RECORDS = [
# ------------------------------------------------------------------ multi-right requests (FR)
m("fr-multi-era-wc-all", "erasure withdraw_consent", "Virginie Lopes <virginie.lopes@gmail.com>",
  "Retrait de mon témoignage et suppression de mes données",
  """Bonjour Sandra,

Je souhaite que tu retires mon témoignage vidéo de ta page d'accueil (celui tourné après le stage de juillet) et, plus largement, que tu supprimes toutes les données que tu as sur moi. J'ai besoin de tourner la page.

Merci de me confirmer quand c'est fait.
Virginie""", html="alt"),

m("fr-multi-era-wc-photos", "erasure withdraw_consent", "Jean-Baptiste Morin <jb.morin@orange.fr>",
  "Photos et fichier",
  """Bonjour Madame,

Vous m'aviez demandé l'autorisation d'utiliser les photos prises pendant la journée de team building de l'entreprise Laroche. Je retire cette autorisation. Par ailleurs, je ne travaille plus chez Laroche et je souhaite que l'ensemble de mes données (coordonnées, évaluations) soient effacées de vos fichiers.

Cordialement,
Jean-Baptiste Morin""", to="orange"),

m("fr-multi-era-wc-outlook", "erasure withdraw_consent", "Sabrina Keller <s.keller@keller-immo.fr>",
  "RE: Votre témoignage - relecture",
  """Bonjour Sandra,

Finalement je ne souhaite pas que ce témoignage soit publié, ni aujourd'hui ni plus tard : je retire mon accord. Et tant qu'à faire, merci d'effacer mon dossier, l'accompagnement est terminé et je préfère ne rien laisser derrière moi.

Bonne soirée,
Sabrina Keller
Keller Immobilier - 06 70 44 18 26""",
  quote="""Bonjour Sabrina,

Comme convenu, voici la version de votre témoignage que je propose de publier sur le site. N'hésitez pas à modifier ce qui ne vous convient pas.

« J'ai découvert que je pouvais poser des limites sans culpabiliser... »

Belle journée,
Sandra""", qstyle="outlook", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

m("fr-multi-acc-port-1", "access portability", "Claire-Marie Bonnet <cm.bonnet@laposte.net>",
  "Mes données : copie et export",
  """Bonjour,

Je voudrais savoir quelles données vous détenez sur moi, et recevoir celles que je vous ai fournies dans un format exportable (tableur) pour pouvoir les réutiliser avec mon nouveau thérapeute.

Merci d'avance,
Claire-Marie Bonnet"""),

m("fr-multi-acc-port-2", "access portability", "Hugo Marchand <hugo.marchand@icloud.com>",
  "Demande RGPD",
  """Bonjour Madame Delomenie,

Deux demandes au titre du RGPD :
1) accès : la liste de toutes les informations me concernant que vous conservez, y compris leur origine ;
2) portabilité : l'export, au format CSV ou JSON, des données que j'ai saisies sur votre plateforme de formation.

Merci,
Hugo Marchand

Envoyé de mon iPhone""", cte="quoted-printable"),

m("fr-multi-acc-port-3", "access portability", "Estelle Rousseau <estelle.rousseau@hotmail.fr>",
  "Mes fichiers",
  """Coucou Sandra,

Je fais le point sur mes données un peu partout en ce moment (oui, crise de la quarantaine numérique 😅). Tu pourrais me dire ce que tu gardes sur moi ? Et m'envoyer mes questionnaires et mon plan d'action dans un format que je peux ouvrir et retravailler, type Excel ?

Bises,
Estelle""", html="only"),

m("fr-multi-acc-rect-1", "access rectification", "Philippe Baudin <philippe.baudin@free.fr>",
  "Vérification de mon dossier",
  """Bonjour,

Je souhaite recevoir une copie des informations que vous avez sur moi. Je crois en effet que mon adresse postale n'est plus la bonne : j'habite désormais 5 rue Danton, 36000 Châteauroux. Merci de la corriger au passage.

Philippe Baudin"""),

m("fr-multi-acc-rect-2", "access rectification", "Samia Belkacem <samia.belkacem@gmail.com>",
  "Ma fiche participante",
  """Bonjour Madame,

Pouvez-vous m'envoyer la fiche participante qui me concerne (formation « Accueil du public », session de janvier) ? Une collègue m'a dit que les prénoms avaient été inversés sur certaines fiches, je voudrais vérifier. Et dans tous les cas mon prénom s'écrit Samia et non Sania comme sur la feuille d'émargement, merci de le corriger.

Samia Belkacem""", cte="8bit"),

m("fr-multi-acc-era-1", "access erasure", "Dominique Roche <dominique.roche@orange.fr>",
  "Avant suppression",
  """Bonjour,

Avant de tourner définitivement la page de notre accompagnement, je souhaite recevoir une copie de mes fiches de suivi. Une fois que je les aurai reçues, je vous demande de supprimer tout ce qui me concerne.

Dominique Roche""", to="orange"),

m("fr-multi-acc-era-2", "access erasure", "Morgane Le Goff <morgane.legoff@gmail.com>",
  "données",
  """Bonjour !
deux choses : vous avez quoi exactement comme infos sur moi ? et ensuite j'aimerais que vous effaciez tout, je quitte la région et je n'ai plus besoin de rien.
Merci
Morgane""", cte="base64"),

m("fr-multi-era-obj-1", "erasure objection", "Renée Blanchard <renee.blanchard@wanadoo.fr>",
  "Désinscription et effacement",
  """Madame,

Merci de me désinscrire de votre lettre d'information et d'effacer mes coordonnées de tous vos fichiers.

Renée Blanchard""", to="orange",
  quote="""Floraison de Soi - Lettre de mars
Ce mois-ci : l'atelier « Oser dire non », le retour des marches conscientes et un texte sur la gratitude.""",
  qstyle="apple", qfrom="Sandra - Floraison de Soi <contact@floraisondesoi.fr>"),

m("fr-multi-era-obj-2", "erasure objection", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Julien Parmentier",
  """Nom : Julien Parmentier
Email : julien.parmentier@gmail.com
Téléphone : 06 33 71 20 58
Objet : Données personnelles

Message :
Je ne veux plus recevoir vos mails ni vos sms. Supprimez mon numéro et mon adresse de votre base svp.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "Julien Parmentier <julien.parmentier@gmail.com>", "X-Mailer": "WPForms"}, to="contact",
  # NEAR-LINE: deleting the phone number without giving a new one is erasure, not rectification
  ),

m("fr-multi-rect-obj", "objection rectification", "Michel Garnier <michel.garnier@sfr.fr>",
  "Changement d'adresse et courriers",
  """Bonjour Madame,

J'ai déménagé : ma nouvelle adresse est 9 allée des Acacias, 18000 Bourges (l'ancienne, rue Basse à Issoudun, n'est plus valable). Par ailleurs, je ne souhaite plus recevoir vos offres d'ateliers par courrier ni par mail, seulement les factures.

Merci,
Michel Garnier""", hdr={"User-Agent": "Mozilla Thunderbird"}),

m("fr-multi-res-obj", "objection restriction", "Éric Fournier <eric.fournier@outlook.fr>",
  "Réclamation en cours",
  """Madame,

En attendant la réponse à ma réclamation du 4 mars, je vous demande de geler mon dossier : aucune suppression, aucune utilisation. Je vous demande aussi, indépendamment de l'issue, de cesser définitivement de m'envoyer vos propositions commerciales.

Éric Fournier"""),

m("fr-multi-acc-obj", "access objection", "Carole Mathieu <carole.mathieu@yahoo.fr>",
  "Vos relances",
  """Bonjour,

Je reçois régulièrement des relances téléphoniques de votre part pour les stages d'été. Je m'oppose à ce démarchage. J'aimerais aussi savoir quelles informations sur moi vous avez enregistrées et où vous les avez obtenues, car je ne me souviens pas vous avoir donné mon numéro.

Carole Mathieu"""),

m("fr-multi-port-era", "erasure portability", "Lucie Garnier <lucie.garnier@gmail.com>",
  "Fin de l'accompagnement",
  """Bonjour Sandra,

Merci pour ces six mois. Pour clore proprement : peux-tu m'envoyer mes données (questionnaires, objectifs, journal de bord) dans un fichier réutilisable, puis supprimer mon compte sur la plateforme et tout ce qui me concerne de ton côté ?

Bien à toi,
Lucie""", html="alt"),

m("fr-multi-acc-era-obj", "access erasure objection", "Gilles Perrin <gilles.perrin@laposte.net>",
  "Demande au titre des articles 15, 17 et 21 du RGPD",
  """Madame,

1. Je m'oppose à tout envoi de prospection à mon adresse (article 21).
2. Je vous demande communication de l'ensemble des données me concernant et de leur source (article 15).
3. Après cette communication, je demande l'effacement de ces données (article 17).

Je vous remercie de me répondre dans le délai légal d'un mois.

Gilles Perrin
Reuilly (36)""", cte="quoted-printable"),
]
