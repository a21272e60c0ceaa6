"""French requests exercising two or more rights."""
from recbase import M

RECORDS = [
    M("fr-voir-puis-effacer-hesitant", ["access", "erasure"],
      "Marion Lefranc <marion.lefranc@gmail.com>",
      "Mes données",
      """Bonjour Sandra,

J'y pense depuis un moment sans oser vous écrire. J'aimerais d'abord voir ce que vous avez gardé sur moi depuis 2022 (fiches, notes, questionnaires), parce que je ne m'en souviens plus très bien. Et ensuite, si ce n'est pas trop compliqué, que tout soit effacé.

Je sais que ça fait deux demandes en une, désolée !
Marion""",
      mailer="iphone"),

    M("fr-facture-adresse-fausse-et-dossier", ["access", "rectification"],
      "Sébastien Dumas <sebastien.dumas@laposte.net>",
      "Facture avec mauvaise adresse",
      """Bonjour,

La facture de l'accompagnement est arrivée chez mes anciens voisins : vous avez toujours mon adresse de Levroux. J'habite depuis un an 8 impasse des Vignes, 36100 Issoudun. Merci de corriger mon adresse dans votre fichier.

Et puisque visiblement mes informations ne sont pas à jour, j'aimerais savoir exactement ce que vous avez sur moi : pouvez-vous m'envoyer la liste des données que vous conservez ?

Cordialement,
Sébastien Dumas"""),

    M("fr-voir-et-recuperer-csv", ["access", "portability"],
      "Estelle Carré <estelle.carre@gmail.com>",
      "Demande concernant mes données",
      """Bonjour,

Deux choses, si possible :
1) savoir quelles données vous avez sur moi et à qui vous les avez transmises (plateforme, comptable, etc.) ;
2) récupérer mes réponses aux questionnaires et mon historique de séances dans un fichier CSV, que je puisse réutiliser.

Merci d'avance,
Estelle Carré""",
      html="alt"),

    M("fr-changement-coach-transfert-puis-suppression", ["erasure", "portability"],
      "Adeline Fournier <adeline.fournier@orange.fr>",
      "Fin de notre accompagnement",
      """Bonjour Sandra,

Comme je vous l'ai expliqué, je poursuis avec une praticienne plus proche de chez moi, à Vierzon. Pourriez-vous lui transmettre mon dossier sous forme de fichier qu'elle puisse importer (elle utilise le même logiciel que vous, me semble-t-il) ? Son adresse : contact@cabinet-helene-roux.fr.

Une fois que c'est fait, je préfère que vous supprimiez tout de votre côté.

Merci pour ces beaux mois,
Adeline""",
      mailer="orange"),

    M("fr-retirer-temoignage-et-tout-effacer", ["erasure", "withdraw_consent"],
      "Christelle Moreau <christelle.moreau@hotmail.fr>",
      "Demande de retrait",
      """Bonjour,

Je souhaite que vous retiriez mon témoignage vidéo de votre site et de votre chaîne YouTube, je ne donne plus mon accord. Et plus largement, je vous demande d'effacer toutes les données que vous avez sur moi.

Merci de me confirmer quand ce sera fait.
Christelle Moreau""",
      mailer="outlook"),

    M("fr-desabo-et-effacer-tout", ["erasure", "objection"],
      "Patrick Sergent <patrick.sergent@free.fr>",
      "stop",
      """Bonjour

Je ne veux plus recevoir vos newsletters ni vos invitations. Et pendant que vous y êtes, effacez toutes mes données de vos fichiers, je n'ai plus aucune relation avec votre entreprise.

P. Sergent"""),

    M("fr-stop-newsletter-quelles-donnees", ["access", "objection"],
      "Lydie Chartier <lydie.chartier@yahoo.fr>",
      "Newsletter",
      """Bonjour Sandra,

Pouvez-vous arrêter de m'envoyer la newsletter ? Je n'ai plus le temps de la lire.

Et par curiosité, qu'est-ce que vous avez comme informations sur moi à part mon adresse mail ? Je me suis inscrite à tellement de choses chez vous (ateliers, webinaires, formation) que je ne sais plus.

Bonne journée,
Lydie""",
      mailer="android"),

    M("fr-adresse-pro-et-nom", ["objection", "rectification"],
      "Xavier Pinault <x.pinault@pinault-conseil.fr>",
      "Mes coordonnées",
      """Bonjour,

Deux petites choses suite à la formation inter-entreprises :
- mon nom est écrit « Pineau » dans la liste des contacts, c'est Pinault, merci de corriger ;
- je ne souhaite pas recevoir vos offres commerciales sur mon adresse professionnelle. Pour le suivi pédagogique, vous pouvez continuer à m'écrire, évidemment.

Bien cordialement,
Xavier Pinault
Pinault Conseil - Bourges""",
      mailer="outlook", html="alt"),

    M("fr-photo-site-et-newsletter", ["objection", "withdraw_consent"],
      "Nathalie Vignaud <nathalie.vignaud@gmail.com>",
      "Quelques changements",
      """Coucou Sandra,

Ça va bien ? De mon côté grosse année de changements, je vais te raconter au prochain cercle.

D'ailleurs je fais un peu de ménage dans ma présence en ligne : est-ce que tu pourrais enlever la photo de moi sur la page « Ils témoignent » ? Je ne suis plus d'accord pour qu'elle y soit. Et désinscris-moi de la newsletter aussi stp, je reçois trop de mails, je préfère passer te voir.

Bisous,
Nath""",
      mailer="iphone"),

    M("fr-conteste-note-copie-et-pause", ["access", "restriction"],
      "Cyril Maupoint <cyril.maupoint@gmail.com>",
      "Note de séance contestée",
      """Bonjour Madame,

Mon ancienne compagne, avec qui vous avez fait une séance de médiation en ma présence, affirme que vos notes mentionnent des propos violents de ma part. Je conteste formellement avoir tenu de tels propos.

Je vous demande donc :
- une copie de toutes les notes me concernant, afin de vérifier ce qui y figure ;
- de ne pas les utiliser ni les communiquer à qui que ce soit tant que ce point n'est pas éclairci.

Cordialement,
Cyril Maupoint"""),
    # NEAR-LINE: contest + pause alone would be restriction only; the explicit request for a copy of the notes adds access.

    M("fr-desinscription-et-gel-dossier", ["objection", "restriction"],
      "Bérengère Poisson <berengere.poisson@laposte.net>",
      "Newsletter et dossier",
      """Bonjour,

Merci de me désinscrire de toutes vos listes d'envoi (newsletter, invitations, SMS).

Pour mon dossier d'accompagnement, je ne veux pas qu'il soit supprimé car j'aurai peut-être besoin de certains documents pour ma mutuelle, mais je souhaite qu'il ne soit plus utilisé pour rien d'autre que sa simple conservation.

Bérengère Poisson"""),

    M("fr-nom-corrige-et-fiche-sante-detruite", ["erasure", "rectification"],
      "Anaïs Laborde <anais.laborde@gmail.com>",
      "Deux corrections",
      """Bonjour Sandra,

J'ai remarqué sur l'attestation de l'atelier que mon nom est écrit « Labordes ». C'est Laborde, sans s. Pouvez-vous corriger ?

Et à l'occasion, j'aimerais que vous supprimiez le questionnaire de santé que j'avais rempli en 2023 : il n'a plus de raison d'être puisque je ne fais plus que les ateliers collectifs.

Merci !
Anaïs"""),

    M("fr-retrait-questionnaire-et-copie", ["access", "withdraw_consent"],
      "Jocelyne Marteau <jocelyne.marteau@orange.fr>",
      "Questionnaire de recherche",
      """Bonjour Madame Delomenie,

J'ai rempli l'an passé le questionnaire pour l'étude que vous menez avec l'université de Tours, et j'avais donné mon accord pour son utilisation. Je retire cet accord.

Avant que mes réponses ne soient écartées, pourriez-vous m'en envoyer une copie ? J'aimerais savoir ce que j'avais répondu à l'époque.

Avec mes remerciements,
Jocelyne Marteau""",
      mailer="orange"),

    M("fr-export-et-plus-de-relances", ["objection", "portability"],
      "Grégory Souchon <gregory.souchon@gmail.com>",
      "Fin d'abonnement programme en ligne",
      """Bonjour,

Mon abonnement au programme en ligne se termine ce mois-ci et je ne le renouvelle pas.

Avant la fermeture de mon accès, je souhaiterais récupérer mes données (journal de bord, exercices, suivi d'humeur) dans un format exploitable (CSV ou JSON). Et après ça, merci de ne plus me relancer avec des offres de réabonnement ou des promotions.

Grégory Souchon""",
      html="alt"),
    # NEAR-LINE: the subscription ending is not itself a request; export in reusable format = portability, stop promotions = objection.

    M("fr-gel-et-export-pour-avocat", ["portability", "restriction"],
      "Maryse Chéreau <maryse.chereau@free.fr>",
      "Mon dossier - urgent",
      """Bonjour,

Mon avocat me demande de vous écrire pour deux choses :
- que vous m'envoyiez mes données (fiches et échanges) dans un format électronique réutilisable, pour qu'il puisse les intégrer à son dossier ;
- que, pendant la procédure, vous ne supprimiez rien mais ne fassiez plus aucun usage de ces données.

Merci,
Maryse Chéreau""",
      mailer="thunderbird"),

    M("fr-relance-voir-effacer-stop", ["access", "erasure", "objection"],
      "Hugues Delorme <hugues.delorme@outlook.fr>",
      "TR: ma demande restée sans réponse",
      """Bonjour,

Je vous retransfère mon message d'il y a sept semaines, resté sans réponse. Pour être clair, je veux toujours : savoir ce que vous détenez sur moi, que vous l'effaciez ensuite, et ne plus recevoir le moindre mail commercial d'ici là (j'en ai reçu deux cette semaine).

H. Delorme""",
      quote={"style": "fwd", "who": "Hugues Delorme <hugues.delorme@outlook.fr>", "days": 48,
             "subj": "Demande RGPD",
             "fwd_to": "contact@floraisondesoi.fr",
             "text": """Bonjour, je souhaite connaître les données que vous avez sur moi puis leur suppression, et ne plus recevoir vos mails commerciaux. H. Delorme"""},
      mailer="outlook"),

    M("fr-video-temoignage-et-notes", ["access", "withdraw_consent"],
      "Pauline Girard <pauline.girard@gmail.com>",
      "Vidéo témoignage",
      """Bonjour Sandra,

Je voudrais que la vidéo de mon témoignage ne soit plus diffusée, ni sur le site ni sur les réseaux : je retire mon consentement. Rien de grave, je change de vie professionnelle et je préfère rester discrète.

J'aimerais aussi, pour moi, une copie de mes notes de séance et du bilan final.

Merci et à bientôt peut-être,
Pauline""",
      html="alt", mailer="applemail"),

    M("fr-avocat-mandat-acces-limitation", ["access", "restriction"],
      "Maître Paul-Henri Vasseur <ph.vasseur@vasseur-avocats.fr>",
      "Monsieur Didier Lemaire - droits RGPD",
      """Madame,

Je représente Monsieur Didier Lemaire, votre ancien client, dans le cadre d'un litige l'opposant à son employeur. Je vous prie de trouver ci-joint le mandat qu'il m'a confié.

Au nom de mon client, je vous demande :
1. la communication de l'ensemble des données le concernant, y compris les comptes rendus de séances (art. 15 RGPD) ;
2. la limitation du traitement de ces données jusqu'à l'issue de la procédure, à l'exclusion de leur conservation (art. 18 RGPD).

Je vous remercie de me répondre à l'adresse de mon cabinet.

Paul-Henri Vasseur
Avocat - 18 rue de la République, 18000 Bourges

Ce courriel est confidentiel. S'il vous est parvenu par erreur, veuillez le supprimer et en avertir l'expéditeur.""",
      att=[{"kind": "pdf", "name": "mandat_Lemaire.pdf",
            "text": "MANDAT DE REPRESENTATION\nDidier LEMAIRE mandate Maitre P.-H. VASSEUR\nObjet : exercice des droits RGPD aupres de Floraison de Soi"},
           {"kind": "pdf", "name": "CNI_Lemaire.pdf", "text": "Copie CNI - LEMAIRE Didier"}],
      mailer="outlook", cte="b64"),
]

# Dates pinned where the text refers to a season, a month or a day of the month.
DATES = {
    "fr-relance-voir-effacer-stop": "2026-04-14 08:52",
}
for _r in RECORDS:
    if _r["key"] in DATES:
        _r["date"] = DATES[_r["key"]]
