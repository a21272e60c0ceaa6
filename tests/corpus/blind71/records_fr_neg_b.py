from rec import m

# ---------------- everyday business mail with trigger words ----------------
m("fr-neg-creneau", "supprimer mon créneau de mardi",
"""Bonjour Sandra, tu peux supprimer mon créneau de mardi 17h ? Je te redis pour la semaine d'après. Merci ! Fanny""", [], frm="Fanny Roux <fanny.roux@gmail.com>")

m("fr-neg-tableau", "Salle du Centre Albert-Camus",
"""Bonjour Madame Delomenie,

Petit rappel après votre atelier de samedi : merci de bien effacer le tableau blanc et de remettre les chaises en cercle contre le mur. Le code d'accès à la salle change le 1er du mois, je vous enverrai le nouveau.

Cordialement,
Gérard Moulin
Régisseur – Centre Albert-Camus""", [], frm="Gérard Moulin <regie.camus@issoudun.fr>")

m("fr-neg-facture-copie", "copie de facture",
"""Bonjour, pourriez-vous me renvoyer une copie de la facture de ma séance du 4 mars ? Ma mutuelle la demande pour le remboursement. Merci, Christiane Pelletier""",
  [], frm="Christiane Pelletier <christiane.pelletier@orange.fr>", to=1)

m("fr-neg-export-agenda", "export de l'agenda des ateliers",
"""Coucou Sandra,
Est-ce que tu pourrais m'exporter l'agenda des ateliers du trimestre (un .ics ou même un tableau) ? Je voudrais l'afficher à la boutique pour les clientes.
Bises, Agathe – L'Herbier d'Issoudun""", [], frm="Agathe Simonin <lherbier.issoudun@gmail.com>")

m("fr-neg-corriger-support", "support de formation à corriger",
"""Bonjour Sandra,

J'ai relu le support de la formation « Communication bienveillante » : quelques coquilles page 12 et 18, et le schéma des 4 étapes est inversé. Je te mets mes corrections en pièce jointe, à intégrer avant la session du 20.

Bonne soirée,
Isabelle (co-animatrice)""", [], frm="Isabelle Renaud <isabelle.renaud.formation@gmail.com>",
  att=[("docx", "corrections_support_CNV.docx", "Corrections support CNV\np.12 : coquille\np.18 : schema inverse")])

m("fr-neg-sopposer", "retour sur l'atelier",
"""Bonjour Sandra,

Merci pour l'atelier de samedi. L'exercice où il fallait s'opposer à quelqu'un du groupe en jeu de rôle m'a vraiment secouée, dans le bon sens. Pour la première fois j'ai osé dire non à ma mère au téléphone dimanche !

Merci encore,
Sandrine""", [], frm="Sandrine Vallée <sandrine.vallee@gmail.com>")

m("fr-neg-colis", "Colis pour toi",
"""Hello Sandra, le colis des cartes de l'atelier est arrivé chez moi par erreur, tu peux venir le retirer quand tu veux, je suis là tous les matins. Bisous, Mireille""",
  [], frm="Mireille Aubert <mireille.aubert36@orange.fr>", to=1)

m("fr-neg-consentement-theme", "Atelier sur le consentement",
"""Bonjour,

Je suis CPE dans un lycée de Châteauroux. Nous aimerions organiser au printemps un atelier sur le consentement et le respect des limites dans les relations, pour des élèves de seconde. Est-ce un thème que vous pourriez animer ? Avec quel budget ?

Cordialement,
Mme Laure Besson
Lycée Jean-Giraudoux""", [], frm="Laure Besson <laure.besson@ac-orleans-tours.fr>", mailer="Zimbra 9.0")

m("fr-neg-rgpd-formation-entreprise", "Demande de devis – sensibilisation",
"""Bonjour Madame,

Notre association d'aide à domicile souhaite former ses 12 salariées à la relation avec les familles. Serait-il possible d'intégrer un court module sur le secret professionnel et le RGPD (ce qu'on a le droit de noter sur les bénéficiaires) ? Merci de nous adresser un devis.

Bien cordialement,
Denise Fauvet, directrice
ADMR Issoudun Nord""", [], frm="Denise Fauvet <direction@admr-issoudun.fr>")

m("fr-neg-mes-infos-inscription", "Inscription stage de juillet",
"""Bonjour,

Je vous envoie mes informations pour l'inscription au stage de juillet : Lucie Caron, 32 ans, 8 rue Danton 36000 Châteauroux, 06 88 14 20 51. Régime végétarien pour les repas. Je fais le virement demain.

Merci !
Lucie""", [], frm="Lucie Caron <lucie.caron@gmail.com>")

m("fr-neg-acces-salle", "Accès à la salle",
"""Bonjour Sandra, pour samedi, est-ce qu'il y a un accès PMR à la salle ? Ma mère est en fauteuil et voudrait m'accompagner. Merci, Pauline""",
  [], frm="Pauline Guillot <pauline.guillot@laposte.net>")

m("fr-neg-comptable", "Pièces pour le bilan",
"""Bonjour Madame Delomenie,

Pour la clôture, pouvez-vous nous transmettre l'export de vos ventes Stripe et PayPal sur l'exercice, ainsi que les justificatifs des frais de déplacement ? Un fichier Excel suffit.

Cordialement,
Julien Ardouin
Cabinet Ardouin – Expertise comptable""", [], frm="Julien Ardouin <j.ardouin@cabinet-ardouin.fr>", mailer="Microsoft Outlook 16.0")

m("fr-neg-partenaire", "Salon bien-être de Vierzon",
"""Bonjour Sandra,

Nous préparons le salon bien-être du 12 avril. Pouvez-vous nous renvoyer le bulletin de participation avec vos informations (nom commercial, SIRET, assurance) avant vendredi ? Il reste un stand près de l'entrée.

Bien à vous,
Corinne – Association Vierzon Bien-Être""", [], frm="Vierzon Bien-Être <salon.vierzonbienetre@gmail.com>")

m("fr-neg-rapport-opco", "Dossier de prise en charge",
"""Madame,

Afin de procéder au paiement de la formation « Gestion du stress » (dossier n° 2025-04412), merci de déposer sur votre espace les feuilles d'émargement signées et le certificat de réalisation.

Le service Gestion – OPCO EP""", [], frm="OPCO EP <ne-pas-repondre@opcoep.fr>", hdr={"Auto-Submitted": "auto-generated"})

# ---------------- cancellations, logins, close account ----------------
m("fr-neg-annul-atelier", "annulation",
"""Bonjour Sandra,
Je suis désolée mais je dois annuler ma participation à l'atelier du 14. Mon fils a une compétition ce jour-là. Est-ce que je peux reporter sur celui de novembre ?
Bonne journée,
Murielle""", [], frm="Murielle Gaultier <murielle.gaultier@gmail.com>")

m("fr-neg-annul-abo", "Résiliation abonnement cercle mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement au cercle mensuel en ligne à compter du mois prochain. Merci d'arrêter les prélèvements.

Cordialement,
Anne-Sophie Perrot""", [], frm="Anne-Sophie Perrot <as.perrot@outlook.fr>")

m("fr-neg-annul-quebec", "Annuler ma place",
"""Bonjour Sandra, finalement je ne pourrai pas être du stage d'été, mon vol a été annulé. Est-ce que je peux avoir un remboursement ou un crédit? Merci pis désolée!
Audrey Pelletier""", [], frm="Audrey Pelletier <audrey.pelletier@videotron.ca>")

m("fr-neg-mdp", "mot de passe",
"""bonjour j'arrive plus a me connecter a la formation en ligne, j'ai oublié mon mot de passe et le lien de réinitialisation n'arrive pas. pouvez vous m'aider
Martine""", [], frm="Martine Lebeau <martine.lebeau36@orange.fr>", to=1)

m("fr-neg-acces-espace", "Accès à mon espace",
"""Bonjour,

Je n'arrive pas à accéder à mon espace membre depuis la mise à jour : on me dit « compte introuvable ». Pouvez-vous vérifier ? J'ai payé la formation en janvier.

Merci,
Thierry Bourdon""", [], frm="Thierry Bourdon <thierry.bourdon@free.fr>")

m("fr-neg-fermer-compte", "fermer mon compte",
"""Bonjour, pouvez-vous fermer mon compte sur la plateforme ? Je n'en ai plus l'utilité. Merci. Élise""", [], frm="Élise Drouet <elise.drouet@gmail.com>")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy

m("fr-neg-belge-desinscription-atelier", "Désinscription atelier",
"""Bonjour Madame,

Je me permets de vous demander de bien vouloir me désinscrire de l'atelier de samedi prochain ; une obligation familiale m'empêche d'y assister. Je vous remercie de votre compréhension.

Bien à vous,
Philippe Dewulf""", [], frm="Philippe Dewulf <philippe.dewulf@skynet.be>")
# NEAR-LINE: "désinscrire" but from a workshop booking, not a mailing list -> cancellation, negative

# ---------------- questions about rights ----------------
m("fr-neg-question-droit", "question",
"""Bonjour Sandra,

Question un peu bête : si un jour j'arrête l'accompagnement, est-ce que j'aurai le droit de demander que vous supprimiez mes notes ? Ou est-ce que vous êtes obligée de les garder ?

Merci,
Clémence""", [], frm="Clémence Aubin <clemence.aubin@gmail.com>")

m("fr-neg-question-duree", "Durée de conservation",
"""Bonjour, combien de temps conservez-vous les enregistrements des cercles en ligne ? Je me pose la question avant de m'inscrire. Cordialement, Odile Marty""",
  [], frm="Odile Marty <odile.marty@laposte.net>")

m("fr-neg-question-suisse", "Protection des données",
"""Bonjour Madame,

Résidant en Suisse, je me demandais si le RGPD s'applique à moi pour vos formations en ligne, ou plutôt la loi suisse (nLPD) ? Ce n'est pas une demande, simple curiosité de juriste.

Meilleures salutations,
Raphaël Crettenand""", [], frm="Raphaël Crettenand <r.crettenand@bluewin.ch>")

# ---------------- CNIL ----------------
m("fr-neg-cnil-copie", "Copie de ma plainte auprès de la CNIL",
"""Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée ce jour auprès de la CNIL, faute de réponse à mes courriers.

« Je dépose plainte contre Floraison de Soi (Sandra Delomenie, Issoudun) qui n'a pas répondu dans le délai d'un mois à ma demande d'accès du 2 mars. »

Salutations,
Bertrand Lacombe""", [], frm="Bertrand Lacombe <b.lacombe@laposte.net>", to=1)
# NEAR-LINE: copy of a CNIL complaint -> negative even though it refers to an access request

m("fr-neg-cnil-accuse", "Accusé de réception de votre plainte n° 25-018442",
"""Madame, Monsieur,

La CNIL accuse réception de votre plainte et vous informe qu'elle sera instruite dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.""", [], frm="CNIL <ne-pas-repondre@cnil.fr>",
  to_addr="Bertrand Lacombe <b.lacombe@laposte.net>", cc="sandra.delomenie@orange.fr", hdr={"Auto-Submitted": "auto-generated"})

# ---------------- other living adults' data ----------------
m("fr-neg-mari-epouse", "ma femme",
"""Bonjour,
ma femme vient vous voir depuis septembre. J'aimerais savoir ce qu'elle vous raconte sur notre couple, vous pouvez m'envoyer vos notes ? Je paye les séances quand même.
Didier""", [], frm="Didier Ferrand <didier.ferrand36@gmail.com>")

m("fr-neg-manager", "Présence de mes collaborateurs",
"""Bonjour Sandra,

Pourriez-vous m'indiquer ce que Mme Lopez et M. Hamel ont dit pendant la formation sur la gestion des conflits ? J'ai besoin de comprendre leurs tensions. Et accessoirement leurs résultats au test de personnalité.

Cordialement,
Franck Aubel, responsable de site""", [], frm="Franck Aubel <f.aubel@logistique-centre.fr>")

m("fr-neg-soeur-adresse", "adresse de ma soeur",
"""Bonjour, ma soeur Karine a fait un stage chez vous. On est fâchées et elle a déménagé, est-ce que vous pourriez me donner sa nouvelle adresse ? C'est important. Merci""", [], frm="Sabrina Boutet <sabrina.boutet@hotmail.fr>")

# ---------------- thank-you above handled requests, consent given ----------------
m("fr-neg-merci-suppression", "Re: Confirmation de la suppression de vos données",
"""Merci beaucoup Sandra pour votre rapidité et votre gentillesse. Bonne continuation !
Karine""", [], frm="Karine Boutet <karine.boutet@sfr.fr>", reply=True,
  quote="""Bonjour Madame Boutet,
Je vous confirme que l'ensemble des données vous concernant a été supprimé.
Bien cordialement,
Sandra Delomenie""", qstyle="apple", qwho="Sandra Delomenie <contact@floraisondesoi.fr>")

m("fr-neg-merci-export", "RE: Vos données – export",
"""Bien reçu, merci ! Tout y est.
Cécile""", [], frm="Cécile Arnoux <cecile.arnoux@gmail.com>", reply=True,
  quote="""Bonjour Cécile,
Vous trouverez ci-joint l'export de votre dossier au format CSV.
---
Le mar. 3 juin, Cécile Arnoux a écrit :
Pourriez-vous m'envoyer mes données dans un fichier exploitable, type CSV ?""", qstyle="outlook", qwho="Sandra Delomenie <sandra.delomenie@orange.fr>")
# NEAR-LINE: portability request only in quoted history; new text is thanks -> negative

m("fr-neg-consent-temoignage", "Re: votre témoignage ?",
"""Avec plaisir Sandra ! Oui tu peux publier mon témoignage avec mon prénom et la photo du stage. Je suis trop fière 😊
Marion""", [], frm="Marion Petit <marion.petit@gmail.com>", reply=True,
  quote="""Bonjour Marion, accepterais-tu que je publie ton petit mot sur mon site, avec ton prénom ?""", qstyle="gmail",
  qwho="Sandra Delomenie <contact@floraisondesoi.fr>")

m("fr-neg-merci-desabo-ok", "Re: désinscription",
"""C'est noté, merci. Bonne continuation à vous.""", [], frm="Anne Bertin <anne.bertin@free.fr>", reply=True,
  quote="""Bonjour Madame Bertin, c'est fait, vous ne recevrez plus la newsletter. Belle journée, Sandra""", qstyle="gmail",
  qwho="Sandra Delomenie <contact@floraisondesoi.fr>")

# ---------------- everyday client mail ----------------
m("fr-neg-client-retour", "merci pour hier",
"""Sandra,

Je sors de la séance d'hier toute légère. J'ai repensé à l'image de la rivière, je crois que c'est exactement ça. À dans 15 jours.

Véronique""", [], frm="Véronique Lenoir <veronique.lenoir@gmail.com>", mailer="iPhone Mail (22B83)")

m("fr-neg-client-tarif", "tarifs",
"""Bonjour, c'est combien une séance individuelle en présentiel et est-ce qu'il y a des facilités de paiement ? Merci. Nicolas""", [], frm="Nicolas Briand <nico.briand@gmail.com>")

m("fr-neg-client-retard", "retard",
"""Bonjour Sandra je suis coincée derrière un tracteur sur la D918 😅 j'aurai 10 min de retard désolée !!
Envoyé de mon iPhone""", [], frm="Coralie Massé <coralie.masse@icloud.com>")

m("fr-neg-client-bon-cadeau", "Bon cadeau",
"""Bonjour Madame,

Je voudrais offrir une séance à ma fille pour ses 30 ans. Est-ce que vous faites des bons cadeaux ? Si oui, pouvez-vous me l'envoyer par courrier à mon adresse : 3 rue du Puits, 18100 Vierzon.

Merci,
Colette Brunet""", [], frm="Colette Brunet <colette.brunet@wanadoo.fr>", to=1)

m("fr-neg-berry-invit", "fête des voisins",
"""Bonjour Sandra,
on fait la fête des voisins rue d'Estienne d'Orves le vendredi 30 mai, à partir de 19h. Apporte un plat si tu veux, on s'occupe des boissons !
Bernard et Maryse (au 48)""", [], frm="Bernard Mornet <bernard.mornet@orange.fr>", to=1)

m("fr-neg-presse", "Article La Nouvelle République",
"""Bonjour Madame Delomenie,

Je suis correspondant local pour La Nouvelle République. Je prépare un papier sur les nouveaux métiers de l'accompagnement dans l'Indre. Accepteriez-vous un entretien d'une demi-heure la semaine prochaine ?

Cordialement,
Yves Tardieu""", [], frm="Yves Tardieu <y.tardieu@lanouvellerepublique.fr>")

m("fr-neg-fwd-rfc822", "TR: Proposition de partenariat",
"""Sandra, je te transfère ce mail reçu sur l'adresse de l'asso, ça peut t'intéresser pour les ateliers du printemps.
Hélène""", [], frm="Hélène Girard <helene.girard.asso@gmail.com>", kind="rfc822",
  inner={"frm": "Domaine de la Chaume <contact@domainedelachaume.fr>", "to": "asso.lienssolidaires@gmail.com",
         "subject": "Proposition de partenariat", "date": "2025-02-11 09:14",
         "body": "Bonjour,\n\nNotre gîte de groupe accueille des stages de bien-être. Nous proposons un tarif préférentiel aux intervenantes de la région.\n\nBien cordialement,\nLe Domaine de la Chaume"})

m("fr-neg-fwd-client", "TR: Demande d'informations",
"""Bonjour Sandra,
Je vous fais suivre la demande d'une collègue qui cherche une coach pour sa reconversion. Elle m'a autorisée à vous transmettre ses coordonnées.
Belle journée,
Annie""", [], frm="Annie Lucas <annie.lucas@orange.fr>", to=1,
  quote="""Annie, tu peux donner mon mail à ta coach ? Je voudrais un premier rendez-vous. Merci ! Fatima Diallo – fatima.diallo@gmail.com""",
  qstyle="fwd", qwho="Fatima Diallo <fatima.diallo@gmail.com>")

m("fr-neg-sms-style-rdv", "rdv",
"""slt sandra c bon pr jeudi 14h ? jte confirme par sms si jpeu pas. bisous""", [], frm="Jade Moreau <jade.moreau05@gmail.com>")

m("fr-neg-efface-ardoise", "le petit mot de samedi",
"""Bonjour Sandra,

Je voulais juste dire que la phrase que tu as écrite sur l'ardoise à la fin (« on n'efface pas son histoire, on la réécrit ») m'a accompagnée toute la semaine. Je l'ai recopiée sur mon frigo.

Merci pour tout,
Gisèle""", [], frm="Gisèle Perrin <gisele.perrin@laposte.net>")

m("fr-neg-droit-image-question", "Photos de l'atelier ?",
"""Bonjour, est-ce que vous prenez des photos pendant l'atelier ados ? Si oui, est-ce qu'on nous demande une autorisation avant ? Je me renseigne avant d'inscrire mon fils. Merci, Mme Royer""",
  [], frm="Sylvie Royer <sylvie.royer@gmail.com>")
