"""French requests carrying two or three rights."""
from common import (rec, TO_SANDRA, TO_SANDRA_BARE, TO_CONTACT, TO_CONTACT_NAMED,
                    SANDRA, SIG_SANDRA, gmail_fr, apple_fr, outlook_fr,
                    fwd_gmail_fr, fwd_apple_fr, NL_AVRIL, NL_SEPT, NL_DEC)

RECORDS = [

rec("multi-fr-copie-puis-suppression", ["access", "erasure"], "fr", "2025-01-27 09:33",
    ("Sylvain Mercier", "sylvain.mercier@gmail.com"),
    "Mes données - copie puis suppression",
"""Bonjour Madame Delomenie,

Je souhaite clore définitivement notre relation. Avant cela, je voudrais recevoir une copie complète des données que vous avez sur moi (y compris les comptes rendus de séance). Une fois que je l'aurai reçue, merci de tout effacer de vos fichiers et de la plateforme.

Cordialement,
Sylvain Mercier""",
    to=TO_SANDRA, fmt="alt"),

rec("multi-fr-quoi-et-csv", ["access", "portability"], "fr", "2025-02-27 13:15",
    ("Audrey Lemoine", "audrey.lemoine@outlook.fr"),
    "Données formation en ligne",
"""Bonjour,

Deux demandes concernant mon compte sur votre espace de formation :
1) pouvez-vous me dire quelles données vous détenez sur moi et avec quels prestataires elles sont partagées (Systeme.io, Stripe, autres ?) ;
2) pouvez-vous m'envoyer mes réponses aux exercices et ma progression sous forme de fichier CSV, pour que je puisse les reprendre dans mon propre outil ?

Merci d'avance,
Audrey Lemoine""",
    to=TO_CONTACT, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("multi-fr-tout-effacer-temoignage", ["erasure", "withdraw_consent"], "fr", "2025-04-08 21:05",
    ("Nathalie Baudry", "nathalie.baudry@free.fr"),
    "Retrait de mon témoignage et de mes données",
"""Bonsoir Sandra,

J'ai pris une décision un peu radicale, je tourne la page sur beaucoup de choses en ce moment.

Je retire l'autorisation que je vous avais donnée pour mon témoignage vidéo (celui de la page « Ils m'ont fait confiance »), et je vous demande par la même occasion d'effacer toutes les données que vous avez sur moi.

Je vous remercie sincèrement pour tout ce que vous m'avez apporté.
Nathalie""",
    to=TO_SANDRA),

rec("multi-fr-desinscription-et-suppression", ["erasure", "objection"], "fr", "2025-05-16 08:22",
    ("Gilles Perret", "gilles.perret@orange.fr"),
    "Désinscription",
"""Bonjour,

Merci de me désinscrire de votre newsletter et de supprimer mes données personnelles de votre base de contacts.

G. Perret""",
    to=TO_CONTACT, cte="quoted-printable"),

# NEAR-LINE: new address given (rectification) plus "no more newsletter" (objection).
rec("multi-fr-nouvel-email-sans-nl", ["objection", "rectification"], "fr", "2025-06-13 12:48",
    ("Véronique Fabre", "veronique.fabre@gmail.com"),
    "Changement d'adresse + newsletter",
"""Bonjour Sandra,

J'ai changé d'adresse mail : l'ancienne (vero.fabre@club-internet.fr) est à remplacer par veronique.fabre@gmail.com pour les infos pratiques de la formation.

Par contre, sur la nouvelle adresse je ne veux pas recevoir la newsletter ni les offres promotionnelles, juste les messages liés à ma formation.

Merci !
Véronique""",
    to=TO_SANDRA, fmt="alt"),

rec("multi-fr-voir-et-corriger-adresse", ["access", "rectification"], "fr", "2025-07-29 10:37",
    ("Jean-Pierre Roussel", "jp.roussel@wanadoo.fr"),
    "Mes informations",
"""Madame,

J'ai reçu votre dernier courrier à mon ancienne adresse de Bourges, alors que j'habite depuis un an au 9 rue des Capucins, 36000 Châteauroux.

Pouvez-vous corriger mon adresse, et m'envoyer un récapitulatif de toutes les informations que vous conservez à mon nom, que je puisse vérifier qu'il n'y a pas d'autres erreurs ?

Salutations,
Jean-Pierre Roussel""",
    to=TO_SANDRA, cte="quoted-printable"),

# NEAR-LINE: contests accuracy + asks to pause (restriction) and asks for a copy (access).
rec("multi-fr-conteste-et-copie", ["access", "restriction"], "fr", "2025-09-11 16:04",
    ("Mélanie Barre", "melanie.barre@gmail.com"),
    "Fiche de positionnement",
"""Bonjour Madame,

Ma responsable m'a montré un extrait de ma fiche de positionnement de la formation de septembre, où figurent des informations qui me semblent inexactes (sur mon niveau et mes « freins personnels »).

Je vous demande :
- de m'envoyer une copie complète de ma fiche et de toutes les données me concernant ;
- en attendant qu'on vérifie ensemble, de ne plus utiliser ni transmettre cette fiche.

Merci,
Mélanie Barre""",
    to=TO_SANDRA, fmt="alt"),

rec("multi-fr-stop-nl-et-photo", ["objection", "withdraw_consent"], "fr", "2025-10-03 18:26",
    ("Hugo Lambert", "hugo.lambert@gmail.com"),
    "Newsletter et photo",
"""Bonjour Sandra,

Deux petites choses :
- je ne veux plus recevoir la newsletter ;
- et je retire mon accord pour la photo de moi prise au séminaire d'entreprise de juin, qui est sur votre page LinkedIn.

Merci et bonne continuation !
Hugo""",
    to=TO_SANDRA, fmt="alt"),

rec("multi-fr-export-puis-effacer", ["erasure", "portability"], "fr", "2025-11-05 09:49",
    ("Aline Poirier", "aline.poirier@laposte.net"),
    "Fin d'abonnement - mes données",
"""Bonjour,

Mon abonnement au programme mensuel s'est terminé fin octobre. Je souhaite récupérer mes données (journal de progression, réponses aux exercices) dans un format réutilisable (CSV ou tableur), puis que vous supprimiez l'ensemble de mes données une fois l'export envoyé.

Merci de votre aide,
Aline Poirier""",
    to=TO_CONTACT, cte="quoted-printable"),

rec("multi-fr-trois-droits", ["access", "erasure", "rectification"], "fr", "2025-11-25 14:31",
    ("Catherine Lebrun", "catherine.lebrun@orange.fr"),
    "Mon dossier - plusieurs demandes",
"""Madame Delomenie,

Je souhaite faire le point sur mon dossier. Trois demandes :

1. Ma date de naissance est erronée dans votre fichier (vous avez noté le 14/07/1968, c'est le 17/04/1968). Merci de la corriger.
2. Le questionnaire de santé rempli en 2023 n'a plus lieu d'être : merci de le supprimer.
3. Pour le reste, merci de m'envoyer une copie de ce que vous conservez.

Je vous joins ma pièce d'identité.

Catherine Lebrun""",
    to=TO_SANDRA, fmt="alt",
    attach=[("passeport_Lebrun.pdf", "application/pdf", "Passeport - Catherine LEBRUN - page d'identité")]),

rec("multi-fr-tout-stop", ["erasure", "objection", "withdraw_consent"], "fr", "2025-12-18 07:58",
    ("Jérôme Collet", "jerome.collet@sfr.fr"),
    "Fin de toute relation",
"""Madame,

Je retire mon consentement à la publication de mon témoignage sur votre site et vos réseaux, je m'oppose à tout envoi de newsletter ou de publicité, et je demande l'effacement de toutes mes données.

Merci de me confirmer l'ensemble.

Jérôme Collet""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("multi-fr-be-ou-trouve-et-stop", ["access", "objection"], "fr-BE", "2025-08-07 11:12",
    ("Christophe Dumont", "christophe.dumont@skynet.be"),
    "Vos mails publicitaires",
"""Bonjour,

Je reçois vos mails publicitaires sans jamais m'être inscrit. Je voudrais savoir où vous avez obtenu mon adresse et, en même temps, que vous cessiez de m'envoyer quoi que ce soit à but commercial.

Merci d'avance,
Christophe Dumont
Charleroi""",
    to=TO_CONTACT),

rec("multi-fr-nouveau-tel-et-effacer-ancien-dossier", ["erasure", "rectification"], "fr", "2025-03-06 17:40",
    ("Annick Delorme", "annick.delorme@gmail.com"),
    "Mise à jour et suppression",
"""Bonjour Sandra,

Je reprends les séances avec toi en avril, super contente !

Avant de recommencer : mon numéro a changé, remplace le 06 71 22 04 18 par le 06 32 55 90 11. Et je voudrais que tu supprimes les notes de mon premier accompagnement en 2021, je préfère repartir d'une page blanche.

À très vite,
Annick""",
    to=TO_SANDRA, fmt="alt"),

rec("multi-fr-ch-renseignements-fichier", ["access", "portability"], "fr-CH", "2025-10-20 08:45",
    ("Sébastien Monnier", "s.monnier@bluewin.ch"),
    "Renseignements sur mes données",
"""Madame,

Je vous prie de m'indiquer quelles données personnelles me concernant vous traitez et à quels tiers elles ont été communiquées. Je souhaite par ailleurs recevoir les données que je vous ai transmises sous un format structuré et lisible par machine, afin de pouvoir les transférer à un autre prestataire.

Avec mes salutations distinguées,

Sébastien Monnier
Fribourg""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("multi-fr-inf-degagez-moi", ["erasure", "objection"], "fr-inf", "2025-04-25 00:14",
    ("Nico", "nico.vallet@free.fr"),
    "desinscription",
"""bonjour

desinscrivez moi de tout vos trucs (newsletter, sms, etc) et effacez mes coordonnees svp, j'ai jamais rien acheté chez vous en plus

merci
nicolas vallet""",
    to=TO_CONTACT),

# NEAR-LINE: parent of a minor (17) -> request; asks a copy and deletion.
rec("multi-fr-parent-mineur-copie-effacement", ["access", "erasure"], "fr", "2025-07-01 19:28",
    ("Sabine Texier", "sabine.texier@orange.fr"),
    "Mon fils Tom Texier (17 ans)",
"""Bonjour Madame Delomenie,

Tom, notre fils de 17 ans, a suivi trois séances de coaching d'orientation avec vous. Il a décidé d'arrêter.

Avec son accord, je vous demande en tant que représentante légale de nous transmettre une copie de son dossier (bilans, tests, notes), puis d'effacer l'ensemble des données le concernant.

Cordialement,
Sabine Texier""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("multi-fr-ca-copie-et-effacer", ["access", "erasure"], "fr-CA", "2025-09-19 15:24",
    ("Marie-Ève Pelletier", "marieeve.pelletier@gmail.com"),
    "Mes renseignements personnels",
"""Bonjour Sandra,

Je retourne vivre au Québec en octobre et je ne ferai plus affaire avec toi, malheureusement. J'aimerais recevoir une copie de tous mes renseignements (fiches, courriels, enregistrements) avant de partir, puis que tu effaces tout ce qui me concerne.

Merci pour tout, c'était vraiment le fun de travailler avec toi!
Marie-Ève""",
    to=TO_SANDRA, fmt="alt"),
]
