# Extra multi-right requests (French and English).
from common import R, SANDRA, CONTACT

RECORDS = [
R("fr-mix-acc-rect-obj", ["access", "objection", "rectification"], "fr", "Odile Brunet <odile.brunet@orange.fr>",
  "Plusieurs demandes RGPD",
"""Bonjour Sandra,

Je profite de ce message pour regrouper trois demandes :
- je voudrais savoir ce que tu as exactement comme informations sur moi ;
- mon numéro de téléphone a changé : 06 71 40 23 88 (l'ancien est à supprimer) ;
- et je ne veux plus recevoir les mails de promo, seulement ce qui concerne ma formation.

Merci beaucoup,
Odile
"""),

R("fr-mix-wc-rst", ["restriction", "withdraw_consent"], "fr", "Gaëlle Morvan <gaelle.morvan@gmail.com>",
  "Vidéo + dossier",
"""Bonjour,

Je retire mon accord pour la diffusion de la vidéo de mon témoignage. Par ailleurs, j'ai un différend avec l'organisme qui a financé ma formation : merci de conserver mon dossier sans l'effacer, mais de ne plus l'utiliser jusqu'à ce que ce soit réglé.

Gaëlle Morvan
"""),

R("be-mix-port-obj", ["objection", "portability"], "fr-BE", "Thibault Lejeune <thibault.lejeune@skynet.be>",
  "Export de mes données et désinscription",
"""Bonjour Madame,

Pourriez-vous m'envoyer mes données de formation (exercices, évaluations) dans un fichier réutilisable type tableur ? Et me désinscrire de vos envois publicitaires par la même occasion.

Merci et bonne journée,
Thibault Lejeune
"""),

R("fr-mix-era-obj-sms", ["erasure", "objection"], "fr", "Sabrina Klein <sabrina.klein@free.fr>",
  "sms et mails",
"""Bonjour
je recois encore vos sms et vos mails alors que j ai arrete la formation. arretez les sms et la newsletter et supprimez mes donnees svp
Sabrina
""", shape="plain"),

R("en-mix-acc-rect", ["access", "rectification"], "en", "Priya Shah <priya.shah@gmail.com>",
  "Checking my records",
"""Hi Sandra,

Could you send me a copy of what you have on file for me? I also noticed my invoices show my old company name - it's now "Shah Consulting Ltd", not "PS Advisory". Please correct that.

Thanks,
Priya
"""),

R("fr-mix-pm-multi", ["post_mortem"], "fr", "Henri Masson <henri.masson@laposte.net>",
  "Données de ma défunte épouse",
"""Madame,

Mon épouse, Colette Masson, est décédée le 12 janvier. Je souhaiterais obtenir une copie de son dossier, puis que vous l'effaciez, et qu'elle soit désinscrite de votre lettre d'information.

Je joins le certificat de décès.

Henri Masson
""", att=[("pdf", "certificat_deces_CMasson.pdf")]),
# NEAR-LINE: relative after a death asks access + erasure + unsubscribe -> post_mortem only.

R("fr-mix-acc-wc", ["access", "withdraw_consent"], "fr", "Noémie Leblanc <noemie.leblanc@gmail.com>",
  "Mes réponses au questionnaire",
"""Bonjour Sandra,

Je ne veux plus que mes réponses au questionnaire soient utilisées pour votre recherche, je retire mon consentement. Pourriez-vous aussi me dire quelles données vous conservez sur moi à part ça ?

Merci,
Noémie
"""),
]
