# Extra hard negatives (French and English).
from common import R, SANDRA, CONTACT

RECORDS = [
R("n-fr-consent-sante-signe", [], "fr", "Morgane Lefort <morgane.lefort@gmail.com>", "Formulaire de consentement",
"""Bonjour Sandra,

Voici le formulaire de consentement à la collecte des données de santé, signé et scanné, ainsi que le contrat d'accompagnement. J'ai coché toutes les cases.

Hâte de commencer lundi !
Morgane
""", att=[("pdf", "consentement_sante_signe.pdf"), ("pdf", "contrat_accompagnement_MLefort.pdf")]),
# NEAR-LINE: giving (not withdrawing) consent -> negative.

R("n-fr-question-anonymat", [], "fr", "Julien Prevost <julien.prevost@free.fr>", "roue de la vie",
"""Bonjour,

Pour l'exercice de la roue de la vie qu'on doit déposer sur la plateforme : est-ce que les autres participants du groupe peuvent voir nos réponses, ou c'est seulement vous ? Je préfère savoir avant d'écrire des choses perso.

Merci,
Julien
"""),

R("n-fr-parrainage", [], "fr", "Danielle Roger <danielle.roger@orange.fr>", "Une amie intéressée",
"""Bonjour Sandra,

Mon amie Julie Caillaud voudrait faire un bilan avec vous. Je vous donne son numéro avec son accord : 06 12 48 77 30. Elle préfère être appelée en fin de journée.

Bises et à bientôt au cercle,
Danielle
"""),

R("n-fr-desinscrire-atelier", [], "fr", "Ghislaine Marchand <ghislaine.marchand@laposte.net>", "desinscription atelier samedi",
"""Bonjour,
pouvez vous me désinscrire de l atelier de samedi, j ai un empechement (mon petit fils est malade). je m inscrirai au prochain.
Cordialement
Ghislaine Marchand
""", shape="plain"),
# NEAR-LINE: "désinscrire" from a workshop is cancelling a booking, not unsubscribing from mailing -> negative.

R("n-fr-opposer-frais", [], "fr", "Xavier Joly <x.joly@menuiserie-joly.fr>", "Frais d'annulation",
"""Madame,

Je m'oppose aux frais d'annulation de 50 % que vous nous facturez pour la formation de M. Petitjean : nous vous avions prévenue plus de 15 jours à l'avance, comme le prévoient vos CGV. Merci de nous adresser une facture rectifiée.

Cordialement,
Xavier Joly
Gérant
"""),
# NEAR-LINE: "m'oppose" and "rectifiée" concern a billing dispute, not personal data.

R("n-en-unregister-workshop", [], "en", "Lucía Fernández <lucia.fernandez@gmail.com>", "unregister saturday",
"""Hello Sandra, please unregister me from the Saturday online workshop, I have to work that day. Maybe next month! Lucía
"""),

R("n-fr-copie-attestation", [], "fr", "Stéphane Besnard <stephane.besnard@gmail.com>", "Attestation perdue",
"""Bonjour,

J'ai égaré l'attestation de la formation « Animer un groupe de parole » suivie en 2023. Pourriez-vous m'en renvoyer une copie ? Pôle emploi me la demande.

Merci d'avance,
Stéphane Besnard
"""),
# NEAR-LINE: duplicate of one administrative certificate (a service), not a request for the data held -> negative.
]
