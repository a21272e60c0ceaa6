# French-language requests (b36). Labels follow the project's labelling policy.
from common import R, SANDRA, CONTACT, gmail_fr, apple_fr, outlook_fr, fwd_fr

NEWS_Q = """Floraison de Soi - La lettre de novembre
Ce mois-ci : apprivoiser la fatigue de fin d'année, 3 exercices de respiration,
et les dates du prochain atelier "Oser dire non" à Issoudun.
Pour ne plus recevoir cette lettre, cliquez ici."""

RECORDS = [
# ---------------- access ----------------
R("acc-fr-copie-dossier", ["access"], "fr", "Martine Rougier <martine.rougier@laposte.net>",
  "Demande de copie de mon dossier",
  """Bonjour Sandra,

J'ai suivi un accompagnement avec vous entre février et juin 2024. Je souhaiterais recevoir une copie de l'ensemble des informations que vous conservez à mon sujet : fiches de suivi, notes de séances, questionnaires, factures.

Je joins ma carte d'identité comme le prévoit votre politique de confidentialité.

Merci d'avance et belle journée,
Martine Rougier
12 allée des Tilleuls, 36100 Issoudun""", att=[("CNI_Rougier.jpg", "image/jpeg")]),

R("acc-fr-quelles-infos-be", ["access"], "fr", "Gaëlle Vandenbroucke <gaelle.vdb@skynet.be>",
  "petite question sur mes infos",
  """Bonjour Madame,

J'ai participé à votre webinaire en ligne au printemps passé depuis Namur. Depuis, je reçois vos messages, ce qui ne me dérange pas, mais je voudrais savoir quelles données vous avez exactement sur moi et d'où vous les tenez, car je ne me souviens pas vous avoir donné mon numéro de GSM.

Pourriez-vous me renseigner ? Merci bien.

Gaëlle Vandenbroucke"""),

R("acc-fr-partage-tiers", ["access"], "fr", "Thierry Masson <t.masson36@gmail.com>",
  "Transmission de mes données à des tiers ?",
  """Bonjour,

Suite à ma formation "Manager avec bienveillance" payée par mon employeur, j'aimerais savoir à qui mes informations personnelles ont été communiquées (mon entreprise, votre comptable, des plateformes ?). En particulier, est-ce que les résultats de mon test de personnalité ont été transmis à mon DRH ?

Je vous remercie de me donner la liste des destinataires.

Cordialement,
Thierry Masson""", cte="qp"),

R("acc-fr-informel-notes", ["access"], "fr", "lea.b <lea.bernardin94@hotmail.fr>", "",
  """coucou sandra

est ce que tu pourrais m envoyer tout ce que tu as noté sur moi pendant nos seances ? les notes, les fiches, tout ca. j aimerais relire un peu mon parcours, et je sais que j ai le droit de les avoir

merci bcp !!
lea

Envoyé de mon iPhone"""),

R("acc-fr-quebec", ["access"], "fr", "Isabelle Tremblay <isabelle.tremblay@videotron.ca>",
  "Demande d'accès à mes renseignements personnels",
  """Bonjour Madame Delomenie,

J'ai suivi votre formation en ligne sur Systeme.io à partir de Montréal l'an passé. En vertu du RGPD, je vous demande de me fournir une copie de tous les renseignements personnels que vous détenez à mon sujet, y compris mes réponses aux questionnaires et les informations de paiement conservées.

Je vous remercie de votre diligence.

Isabelle Tremblay
Montréal (Québec)"""),

R("acc-fr-outlook-relance", ["access"], "fr", "Bernard Fougeras <bernard.fougeras@wanadoo.fr>",
  "RE: Demande d'accès",
  """Madame,

Je me permets de vous relancer : je n'ai pas eu de réponse à ma demande du mois dernier. Je vous rappelle que je souhaite obtenir communication de toutes les données me concernant que vous détenez, dans le délai d'un mois prévu par le règlement.

Salutations distinguées,
B. Fougeras""" + outlook_fr("Bernard Fougeras <bernard.fougeras@wanadoo.fr>", "lundi 6 octobre 2025 18:02",
  "sandra.delomenie@orange.fr", "Demande d'accès",
  """Madame,

En application de l'article 15 du RGPD, je vous prie de m'adresser une copie de l'ensemble des données personnelles me concernant.

B. Fougeras"""), reply=True, date="2025-11-10 08:47"),

R("acc-fr-suisse-formulaire", ["access"], "fr", "Nicolas Perrenoud <n.perrenoud@bluewin.ch>",
  "Données détenues",
  """Bonjour,

Je vous écris depuis Lausanne. Je souhaite savoir quelles informations me concernant figurent dans vos fichiers (Systeme.io, Stripe, Drive), et obtenir une copie de celles-ci. Vous trouverez en pièce jointe ma demande signée et une copie de mon passeport.

Avec mes meilleures salutations,
Nicolas Perrenoud""", att=[("demande_acces_signee.pdf", "application/pdf"), ("passeport_perrenoud.pdf", "application/pdf")]),

R("acc-fr-html-origine", ["access"], "fr", "Sophie Lallemand <sophie.lallemand@free.fr>",
  "Comment avez-vous eu mon adresse ?",
  """Bonjour,

Je reçois depuis deux semaines votre newsletter alors que je ne me suis jamais inscrite. Avant toute chose, je voudrais savoir d'où provient mon adresse e-mail et quelles autres informations vous avez sur moi.

Merci de me répondre rapidement.

Sophie Lallemand""", fmt="html"),

R("acc-fr-negation-pas-suppr", ["access"], "fr", "Paul-Henri Dufresne <ph.dufresne@orange.fr>",
  "Copie de mes données (pas de suppression)",
  """Bonjour Sandra,

Pour être clair dès le départ : je ne vous demande pas de supprimer quoi que ce soit, je compte bien reprendre un accompagnement en janvier. J'aimerais simplement recevoir une copie des données que vous avez sur moi, pour mes archives personnelles.

Merci et à bientôt,
Paul-Henri"""),
# NEAR-LINE: explicit negation of erasure; only the copy is asked -> access only.

R("acc-fr-b64-sante", ["access"], "fr", "Chantal Besnard <chantal.besnard@sfr.fr>",
  "Mes données de santé",
  """Bonjour Madame Delomenie,

Lors de notre premier rendez-vous, j'ai rempli un questionnaire où j'ai mentionné mes problèmes de thyroïde et mon traitement. Je souhaiterais savoir si ces informations sont toujours conservées, où elles sont stockées, et en recevoir une copie.

Bien à vous,
Chantal Besnard""", cte="b64"),

R("acc-fr-entreprise-salarie", ["access"], "fr", "Julien Carrière <julien.carriere@mecaplast-indre.fr>",
  "Demande personnelle - formation Mecaplast",
  """Bonjour Madame,

J'ai participé à la formation "Gestion du stress" que vous avez animée pour Mecaplast en mars. A titre personnel (et non pour l'entreprise), je souhaite connaître les données me concernant que vous avez conservées, notamment mes évaluations de fin de stage, et savoir si elles ont été transmises à mon employeur.

Je vous remercie,
Julien Carrière
Technicien méthodes

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  hdr={"Reply-To": "Julien Carrière <julien.carriere36@gmail.com>"}),

# ---------------- rectification ----------------
R("rect-fr-nouvelle-adresse", ["rectification"], "fr", "Annick Poirier <annick.poirier@orange.fr>",
  "Changement d'adresse",
  """Bonjour Sandra,

Je viens de déménager. Merci de remplacer mon ancienne adresse (5 rue Danton, Châteauroux) par la nouvelle :
27 chemin des Grands Champs
36130 Déols

Pour les factures aussi, s'il vous plaît.

Amitiés,
Annick"""),
# NEAR-LINE: old address replaced with the new one given -> rectification only.

R("rect-fr-nom-mariage", ["rectification"], "fr", "Camille Joubert-Lefort <camille.joubert@gmail.com>",
  "Mon nom a changé",
  """Bonjour,

Je me suis mariée cet été et j'utilise désormais le nom Joubert-Lefort. Pourriez-vous corriger mon nom sur mon compte de formation et sur les prochaines attestations ? Mon adresse mail reste la même.

Merci beaucoup,
Camille Joubert-Lefort (anciennement Joubert)"""),

R("rect-fr-tel-informel", ["rectification"], "fr", "Kevin D <kev.durand36@gmail.com>", "nouveau num",
  """salut

jai changé de numero, l ancien 06 12 45 78 90 marche plus, le nouveau c est 07 68 22 14 03. tu peux mettre a jour stp pour les rappels de rdv

merci
kevin"""),

R("rect-fr-email-remplacer", ["rectification"], "fr", "Hélène Marchal <helene.marchal@protonmail.com>",
  "Mise à jour de mon adresse e-mail",
  """Bonjour,

Mon ancienne adresse helene.marchal@aliceadsl.fr va être fermée à la fin du mois. Merci d'utiliser désormais helene.marchal@protonmail.com pour tous vos envois (newsletter comprise) et de supprimer l'ancienne de vos fichiers.

Bien cordialement,
Hélène Marchal"""),
# NEAR-LINE: "supprimer l'ancienne" adresse with the new value given -> rectification only, not erasure.

R("rect-fr-erreur-date-naissance", ["rectification"], "fr", "Marc Lebreton <marc.lebreton@laposte.net>",
  "Erreur sur ma fiche",
  """Bonjour Madame Delomenie,

En relisant l'attestation de formation que vous m'avez envoyée, je constate que ma date de naissance est erronée (12/08/1976 au lieu du 21/08/1976) et que mon prénom est orthographié "Mark". Pouvez-vous rectifier ces informations dans votre dossier et me renvoyer une attestation corrigée ?

Merci,
Marc Lebreton""", att=[("attestation_formation_Lebreton.pdf", "application/pdf")]),

R("rect-fr-belge-gsm", ["rectification"], "fr", "Françoise Dewulf <f.dewulf@telenet.be>",
  "Coordonnées",
  """Bonjour Madame,

Petite mise à jour : mon numéro de GSM est désormais le +32 478 55 19 02 (l'ancien est à effacer). Et mon adresse n'est plus à Mons mais rue de la Station 14, 7060 Soignies.

Je vous remercie et vous souhaite une bonne semaine.
Françoise Dewulf"""),
# NEAR-LINE: "l'ancien est à effacer" concerns an old phone replaced by a new one -> rectification only.

R("rect-fr-notes-inexactes", ["rectification"], "fr", "Nadia Benali <nadia.benali@yahoo.fr>",
  "Compte rendu de séance",
  """Bonjour Sandra,

Dans le compte rendu de notre séance du 3 avril que vous m'avez partagé sur le Drive, il est écrit que j'ai quitté mon poste à cause d'un burn-out. Ce n'est pas exact : j'ai démissionné pour suivre mon conjoint à Bourges. Je tiens à ce que ce soit corrigé dans mon dossier.

Merci de ta compréhension,
Nadia""", cte="qp"),

R("rect-fr-societe-facturation", ["rectification"], "fr", "Élodie Garnier <elodie.garnier@gmail.com>",
  "Correction de mes coordonnées de facturation",
  """Bonjour,

Je suis passée en micro-entreprise. Pour ma fiche client, merci de remplacer l'adresse de facturation par : Élodie Garnier EI, 3 place du Marché, 18100 Vierzon, SIRET 912 345 678 00017.

Bonne journée,
Élodie"""),

R("rect-fr-apple-reponse", ["rectification"], "fr", "Denis Aubry <denis.aubry@icloud.com>",
  "Re: Confirmation de votre inscription",
  """Bonjour,

Merci pour la confirmation. Par contre il y a une erreur : mon nom est AUBRY et non AUBERT, et mon adresse mail s'écrit denis.aubry@icloud.com (sans le 2). Pouvez-vous corriger dans votre fichier ?

Denis""" + apple_fr("14 janv. 2026 à 11:05", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Bonjour Denis Aubert,

Votre inscription à l'atelier "Retrouver l'élan" du 7 février est confirmée.
A très bientôt,
Sandra"""), reply=True, date="2026-01-14 13:30"),

R("rect-fr-pronom", ["rectification"], "fr", "Sam Rivière <sam.riviere@riseup.net>",
  "Prénom d'usage",
  """Bonjour Sandra,

J'utilise désormais le prénom Sam au quotidien. Est-ce que tu peux remplacer "Samantha" par "Sam" dans ta base Systeme.io et dans mes documents de suivi ? Ça me ferait vraiment du bien de ne plus voir l'ancien prénom dans les mails.

Merci pour tout,
Sam"""),

# ---------------- erasure ----------------
R("era-fr-tout-supprimer", ["erasure"], "fr", "Géraldine Morel <geraldine.morel@orange.fr>",
  "Suppression de mes données",
  """Madame,

Notre collaboration est terminée depuis plus d'un an. Je vous demande d'effacer l'intégralité des données me concernant (fiches, notes, enregistrements, coordonnées) de l'ensemble de vos outils, et de m'en confirmer la suppression par écrit.

Cordialement,
Géraldine Morel""", att=[("piece_identite.pdf", "application/pdf")]),

R("era-fr-poli-conditionnel", ["erasure"], "fr", "Yves Charpentier <yves.charpentier@free.fr>",
  "Une demande",
  """Bonjour Sandra,

J'ai beaucoup apprécié notre travail ensemble, mais je tourne la page. Pourriez-vous supprimer mes données de vos fichiers, s'il vous plaît ? Je n'ai pas besoin de garder quoi que ce soit.

Bien à vous,
Yves"""),

R("era-fr-compte-et-donnees", ["erasure"], "fr", "Manon Petitjean <manon.pj@gmail.com>",
  "supprimer compte",
  """Bonjour,

Je voudrais que vous supprimiez mon compte sur la plateforme de formation ET toutes les données qui vont avec (progression, exercices rendus, infos de paiement si vous en avez).

Merci
Manon Petitjean"""),
# NEAR-LINE: account deletion together with "toutes les données" -> erasure (not the "close account alone" negative).

R("era-fr-sans-accents", ["erasure"], "fr", "jacky moreau <jacky.moreau@neuf.fr>", "effacer mes infos",
  """bonjour

je veux que vous effaciez tout ce que vous avez sur moi, nom telephone adresse les notes des seances tout. je ne veux plus de trace chez vous

merci de confirmer
J. Moreau"""),

R("era-fr-quebec-courriel", ["erasure"], "fr", "Mélanie Gagnon <melanie.gagnon@sympatico.ca>",
  "Retrait de mes renseignements",
  """Allô Sandra,

J'ai fini ma formation en ligne et je ne compte pas en refaire. J'aimerais que tu détruises tous mes renseignements personnels : mon courriel, mes réponses aux exercices et mes coordonnées. Merci de me confirmer par courriel quand ce sera fait.

Bonne fin de journée!
Mélanie"""),

R("era-fr-ado-parent", ["erasure"], "fr", "Corinne Lefèvre <corinne.lefevre@orange.fr>",
  "Données de ma fille Inès",
  """Bonjour Madame Delomenie,

Ma fille Inès (15 ans) a suivi avec vous le stage "Confiance en soi ados" en juillet. Nous ne souhaitons pas que ses informations soient conservées : en tant que mère et représentante légale, je vous demande de supprimer toutes les données la concernant (fiche d'inscription, questionnaires, photos de groupe).

Je joins le livret de famille et ma carte d'identité.

Merci,
Corinne Lefèvre""", att=[("livret_famille.pdf", "application/pdf"), ("CNI_C_Lefevre.jpg", "image/jpeg")]),
# NEAR-LINE: parent writing for a minor -> counts as a request (erasure of all her data, photos included,
# stated as erasure; no consent wording) -> erasure only.

R("era-fr-outlook-entreprise", ["erasure"], "fr", "Patricia Royer <p.royer@cabinet-royer-avocats.fr>",
  "Effacement",
  """Madame,

Je vous serais reconnaissante de bien vouloir procéder à l'effacement de toutes mes données personnelles, conformément à l'article 17 du RGPD, les finalités pour lesquelles elles avaient été collectées n'existant plus.

Je vous remercie de m'en accuser réception.

Patricia Royer
Avocate au barreau de Châteauroux
--
Ce courriel est strictement confidentiel. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.""", fmt="alt"),

R("era-fr-drive", ["erasure"], "fr", "Aurélie Ferrand <aurelie.ferrand@laposte.net>",
  "Documents sur le Drive",
  """Bonjour Sandra,

Je t'avais envoyé pendant l'accompagnement mon bilan de compétences, mon CV et des extraits de mon journal. Maintenant que c'est terminé, je préfère que tout soit supprimé : le dossier partagé sur le Drive, les mails, et ta fiche sur moi. Tu peux me dire quand c'est fait ?

Merci encore pour ces mois,
Aurélie"""),

R("era-fr-suisse-bref", ["erasure"], "fr", "Reto Chappuis <reto.chappuis@gmx.ch>", "RGPD – effacement",
  """Bonjour,

Merci d'effacer sans délai mes données personnelles de vos systèmes.

Meilleures salutations
Reto Chappuis
Fribourg"""),

# ---------------- restriction ----------------
R("res-fr-ne-pas-utiliser", ["restriction"], "fr", "Véronique Lemaire <v.lemaire@orange.fr>",
  "Mes données - en attente",
  """Bonjour Sandra,

Je suis en litige avec mon ancien employeur qui a financé la formation, et mon avocat m'a conseillé de conserver toutes les preuves. Donc surtout ne supprimez rien de mon dossier, mais je vous demande de ne plus l'utiliser ni le transmettre à qui que ce soit tant que l'affaire n'est pas réglée.

Merci de votre compréhension,
Véronique Lemaire"""),
# NEAR-LINE: "don't use, don't delete" -> restriction only.

R("res-fr-contestation-exactitude", ["restriction"], "fr", "Olivier Baudin <olivier.baudin@gmail.com>",
  "Contestation",
  """Bonjour,

L'évaluation finale que vous avez rédigée à mon sujet pour la formation de managers contient des appréciations que je conteste. En attendant que nous en discutions, je vous demande de geler ce document : ne l'envoyez pas à mon entreprise et ne l'utilisez pas.

Olivier Baudin"""),
# NEAR-LINE: contests accuracy and asks to pause use -> restriction only (no correction value given).

R("res-fr-informel-gel", ["restriction"], "fr", "Sonia <sonia.kaddour@hotmail.com>", "mon dossier",
  """Bonjour Sandra

j ai besoin d un peu de temps pour reflechir si je continue ou pas. en attendant je prefere que tu mettes mon dossier de cote, que tu t en serves pas (pas de relances, pas d exercices auto, rien) mais ne l efface pas, je reviendrai peut etre

bisous
Sonia"""),

R("res-fr-limitation-article18", ["restriction"], "fr", "François-Xavier Moulin <fx.moulin@orange.fr>",
  "Demande de limitation du traitement",
  """Madame,

Je vous demande la limitation du traitement de mes données au sens de l'article 18 du RGPD, le temps de vérifier l'exactitude des informations de santé consignées dans ma fiche de suivi. Pendant cette période, je vous remercie de vous contenter de les conserver.

Veuillez agréer mes salutations distinguées.
F.-X. Moulin""", cte="qp"),

R("res-fr-belge-conserver", ["restriction"], "fr", "Anne-Catherine Peeters <ac.peeters@proximus.be>",
  "Enregistrements de l'atelier",
  """Bonjour Sandra,

J'ai appris que le replay de l'atelier du 12 mars existait encore. Je ne vous demande pas de le détruire, une participante en a besoin pour une réclamation, mais je voudrais qu'il ne soit plus diffusé ni utilisé tant que la question n'est pas tranchée.

Merci d'avance,
Anne-Catherine"""),
# NEAR-LINE: keep but stop using/diffusing the recording -> restriction, not withdraw_consent (no consent withdrawn).

R("res-fr-stripe-litige", ["restriction"], "fr", "Hugo Renaud <hugo.renaud@free.fr>",
  "Données de paiement",
  """Bonjour,

Je conteste le prélèvement de novembre (je pense avoir été débité deux fois). Le temps que ça se règle, merci de bloquer l'usage de mes données bancaires : pas de nouveau prélèvement, pas de transfert, mais gardez tout pour la vérification.

Hugo Renaud"""),

R("res-fr-apple-suite", ["restriction"], "fr", "Brigitte Chauvin <brigitte.chauvin@me.com>",
  "Re: Votre dossier",
  """Sandra,

Merci de votre réponse rapide. Finalement je ne souhaite pas l'effacement : je préfère que vous gardiez mes notes, mais sous clé, sans vous en servir, jusqu'à ce que je décide si je reprends l'an prochain.

Brigitte""" + apple_fr("3 déc. 2025 à 17:40", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Bonjour Brigitte,

J'ai bien reçu votre message. Souhaitez-vous que je supprime votre dossier, ou préférez-vous autre chose ?
Belle soirée,
Sandra"""), reply=True, date="2025-12-04 09:15"),

R("res-fr-pause-automatismes", ["restriction"], "fr", "Lucie Marchand <lucie.marchand@orange.fr>",
  "Pause",
  """Bonjour,

Je traverse une période compliquée et je souhaite que vous suspendiez tout traitement de mes informations : plus de relances automatiques Systeme.io, plus d'analyse de mes questionnaires. Ne supprimez rien pour l'instant, je vous recontacterai.

Lucie Marchand"""),

# ---------------- portability ----------------
R("por-fr-export-csv", ["portability"], "fr", "Stéphane Vidal <stephane.vidal@gmail.com>",
  "Export de mes données",
  """Bonjour Sandra,

Je change de coach (rien de personnel, je déménage à Nantes). Pourriez-vous m'envoyer mes données – fiches de suivi, objectifs, résultats des tests – dans un format réutilisable, type CSV ou Excel, pour que je puisse les reprendre avec ma nouvelle accompagnatrice ?

Merci pour tout,
Stéphane"""),

R("por-fr-transfert-direct", ["portability"], "fr", "Agnès Roux <agnes.roux@laposte.net>",
  "Transfert de mon dossier",
  """Bonjour,

Je poursuis mon accompagnement avec Mme Claire Besson (cabinet Chrysalide, claire.besson@chrysalide-coaching.fr). Je vous demande de lui transmettre directement mes données, dans un format structuré et lisible par machine, conformément à mon droit à la portabilité.

Agnès Roux"""),

R("por-fr-json-tech", ["portability"], "fr", "Romain Leclerc <romain@leclerc.dev>",
  "Portabilité",
  """Salut Sandra,

Petite demande de geek : est-ce que tu peux m'exporter mes données de la formation (progression, quiz, réponses) en JSON ou CSV ? Je veux les importer dans mon outil de suivi perso (Notion). Pas besoin de PDF, vraiment un format machine.

Merci !
Romain"""),

R("por-fr-formation-autre-plateforme", ["portability"], "fr", "Claudine Pasquier <claudine.pasquier@orange.fr>",
  "Récupérer mes travaux",
  """Bonjour Madame,

Je quitte la formation en ligne pour rejoindre un cursus certifiant sur une autre plateforme. Est-il possible de récupérer l'ensemble de mes travaux rendus et de mes résultats dans un fichier que je pourrai importer ailleurs ?

Je vous remercie,
Claudine Pasquier"""),

R("por-fr-suisse-format", ["portability"], "fr", "Laurence Favre <laurence.favre@sunrise.ch>",
  "Demande de portabilité des données",
  """Bonjour,

Je vous prie de me fournir les données que je vous ai transmises (formulaire d'inscription, questionnaires de bilan, historique des séances) dans un format structuré, couramment utilisé et lisible par machine.

Avec mes remerciements,
Laurence Favre
Genève"""),

R("por-fr-entreprise-rh-soi", ["portability"], "fr", "Mathieu Hoarau <mathieu.hoarau@outlook.fr>",
  "Mes résultats de test",
  """Bonjour Sandra,

Pour mon nouveau poste, la RH voudrait intégrer mes résultats du test de préférences que j'ai passé avec vous dans leur outil. Peux-tu m'envoyer mes résultats dans un fichier exploitable (Excel ou CSV), que je leur transmettrai moi-même ?

Merci beaucoup,
Mathieu"""),

R("por-fr-systemeio", ["portability"], "fr", "Estelle Roussel <estelle.roussel@yahoo.fr>",
  "Export Systeme.io",
  """Bonjour,

J'ai créé mon propre espace de formation et je voudrais reprendre mes notes personnelles et mes exercices rendus dans votre formation Systeme.io. Pouvez-vous me les exporter dans un format réutilisable ? Je n'ai pas besoin du reste.

Belle journée
Estelle""", fmt="alt"),

# ---------------- objection ----------------
R("obj-fr-newsletter-stop", ["objection"], "fr", "Pierre Fontaine <pierre.fontaine@orange.fr>",
  "Désinscription",
  """Bonjour,

Merci de me retirer de votre liste de diffusion, je ne souhaite plus recevoir la newsletter.

P. Fontaine"""),

R("obj-fr-au-dessus-newsletter", ["objection"], "fr", "Josiane Perrot <josiane.perrot@wanadoo.fr>",
  "Re: Floraison de Soi - La lettre de novembre",
  """Le lien pour se désinscrire ne marche pas chez moi. Merci de ne plus m'envoyer ces mails.
Josiane Perrot""" + gmail_fr("jeu. 6 nov. 2025 à 07:00", "Floraison de Soi <contact@floraisondesoi.fr>", NEWS_Q),
  reply=True, date="2025-11-06 19:12"),
# NEAR-LINE: request written above a quoted newsletter -> request (objection).

R("obj-fr-sms", ["objection"], "fr", "Gilles Arnaud <gilles.arnaud36@sfr.fr>", "SMS",
  """Bonjour, je reçois des SMS promotionnels pour vos ateliers sur mon portable. Je ne veux plus en recevoir, merci d'arrêter. Gilles Arnaud"""),

R("obj-fr-prospection", ["objection"], "fr", "Monique Lacroix <monique.lacroix@free.fr>",
  "Opposition à la prospection",
  """Madame,

Je m'oppose à l'utilisation de mes coordonnées à des fins de prospection commerciale, quel que soit le canal (e-mail, téléphone, courrier). Vous pouvez conserver ce qui est nécessaire à la facturation de ma formation.

Monique Lacroix"""),

R("obj-fr-informel-stop-mails", ["objection"], "fr", "Ludo <ludovic.perrin@gmail.com>", "stop",
  """bonjour
arretez de m envoyer vos pubs svp, je me suis inscrit au webinaire gratuit c est tout, je veux pas etre dans votre mailing
merci"""),

R("obj-fr-belge-publicite", ["objection"], "fr", "Marie-Paule Dupont <mp.dupont@skynet.be>",
  "vos courriels",
  """Bonjour,

Je souhaiterais ne plus figurer dans votre fichier d'envoi pour les offres et les promotions. Les informations pratiques sur la formation que j'ai achetée, par contre, je veux bien continuer à les recevoir.

Bien à vous,
Marie-Paule Dupont"""),

R("obj-fr-analytics", ["objection"], "fr", "Arnaud Giraud <arnaud.giraud@protonmail.com>",
  "Suivi de mes ouvertures d'e-mails",
  """Bonjour,

Je constate que vos e-mails contiennent des pixels de suivi et que mes clics sont analysés. Je m'oppose à ce profilage et à ce suivi de mon comportement. Merci d'y mettre fin en ce qui me concerne.

Arnaud Giraud"""),

R("obj-fr-quebec-liste", ["objection"], "fr", "Josée Bouchard <josee.bouchard@hotmail.ca>",
  "Retirez-moi de votre liste",
  """Bonjour,

SVP retirez mon courriel de votre liste d'envoi. Je ne veux plus recevoir d'infolettres ni d'offres.

Merci,
Josée"""),

R("obj-fr-html-telephone", ["objection"], "fr", "Raymond Collin <raymond.collin@orange.fr>",
  "Appels",
  """Bonjour,

J'ai été appelé deux fois cette semaine pour me proposer votre nouveau stage. Je ne souhaite plus être démarché par téléphone. Merci d'en prendre note.

Raymond Collin""", fmt="html"),

R("obj-fr-fidelisation", ["objection"], "fr", "Sylvie Maréchal <sylvie.marechal@laposte.net>",
  "Relances",
  """Bonjour Sandra,

Je suis une ancienne cliente (2023). Je reçois encore des mails de "nouvelles de Floraison", des codes promo, des invitations... Je m'oppose à ce que mes coordonnées servent encore à ça. Merci de me sortir de ces envois.

Sylvie"""),

# ---------------- withdraw_consent ----------------
R("wc-fr-temoignage", ["withdraw_consent"], "fr", "Nathalie Benoît <nathalie.benoit@gmail.com>",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

Il y a deux ans, je vous avais donné mon accord pour publier mon témoignage avec ma photo sur votre site. Ma situation professionnelle a changé et je retire ce consentement : merci de le retirer du site et de votre page Facebook.

Merci de votre compréhension,
Nathalie Benoît"""),

R("wc-fr-video", ["withdraw_consent"], "fr", "Cédric Lambert <cedric.lambert@orange.fr>",
  "Vidéo de l'atelier",
  """Bonjour,

J'avais accepté d'apparaître dans la vidéo promotionnelle tournée pendant l'atelier de juin. Je reviens sur mon accord : je ne souhaite plus que cette vidéo où l'on me voit soit utilisée.

Cordialement,
Cédric Lambert"""),

R("wc-fr-questionnaire-sante", ["withdraw_consent"], "fr", "Isabelle Robin <isabelle.robin@sfr.fr>",
  "Consentement données de santé",
  """Bonjour Madame Delomenie,

Lors de la signature du contrat, j'ai coché la case autorisant la collecte de mes données de santé. Je souhaite retirer ce consentement à compter d'aujourd'hui : merci de ne plus utiliser ces informations dans le cadre de mon accompagnement.

Bien cordialement,
Isabelle Robin"""),

R("wc-fr-photo-groupe-fb", ["withdraw_consent"], "fr", "Karine Fabre <karine.fabre@orange.fr>",
  "photo",
  """Bonjour Sandra,
je suis sur la photo de groupe du stage de Pâques que tu as publiée sur Insta et Facebook. Finalement je ne suis plus d'accord pour qu'elle soit diffusée, tu peux la retirer stp ?
Merci,
Karine"""),

R("wc-fr-audio-podcast", ["withdraw_consent"], "fr", "Bertrand Hamon <bertrand.hamon@free.fr>",
  "Enregistrement pour le podcast",
  """Bonjour Sandra,

Je t'avais autorisée à utiliser l'enregistrement audio de notre échange pour ton podcast. Après réflexion, je retire cette autorisation. Merci de ne pas le diffuser.

Bertrand""", cte="qp"),

R("wc-fr-cookies-analytics", ["withdraw_consent"], "fr", "Lina Haddad <lina.haddad@gmail.com>",
  "Cookies",
  """Bonjour,

J'ai accepté les cookies de mesure d'audience sur votre site un peu vite. Je retire mon consentement au suivi Google Analytics et je n'arrive pas à retrouver le bandeau pour le modifier. Pouvez-vous faire le nécessaire ?

Lina Haddad"""),

R("wc-fr-sondage-etude", ["withdraw_consent"], "fr", "Fabrice Vasseur <fabrice.vasseur@orange.fr>",
  "Participation à votre étude",
  """Bonjour,

J'avais accepté que mes réponses au questionnaire de satisfaction soient utilisées (anonymisées) dans votre étude sur la reconversion. Je ne le souhaite plus, je retire mon accord.

Fabrice Vasseur"""),

R("wc-fr-belge-temoignage-prenom", ["withdraw_consent"], "fr", "Delphine Lambrechts <delphine.lambrechts@scarlet.be>",
  "Mon avis sur Systeme.io",
  """Bonjour Sandra,

Mon avis (avec mon prénom et ma ville) apparaît sur la page de vente de ta formation. J'avais dit oui à l'époque, mais je préfère maintenant qu'il n'y soit plus. Merci d'avance de l'enlever.

Delphine"""),

# ---------------- post_mortem ----------------
R("pm-fr-fille-deces-mere", ["post_mortem"], "fr", "Émilie Renard <emilie.renard@gmail.com>",
  "Décès de ma mère, Mme Jocelyne Renard",
  """Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Jocelyne Renard, survenu le 2 septembre. Elle suivait un accompagnement avec vous. Je vous demande de supprimer son dossier et de ne plus lui envoyer de courriels, qui nous arrivent toujours sur sa boîte.

Vous trouverez ci-joint l'acte de décès.

Émilie Renard""", att=[("acte_deces_J_Renard.pdf", "application/pdf")]),
# NEAR-LINE: heir asks erasure + stop mails after a death -> post_mortem only.

R("pm-fr-notaire", ["post_mortem"], "fr", "Étude de Maître Lavergne <office.lavergne@notaires.fr>",
  "Succession de M. André Gauthier - Réf. 2025/1187",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur André GAUTHIER, décédé le 18 juillet 2025 à Issoudun.

Dans ce cadre, nous vous remercions de bien vouloir nous communiquer les informations que vous détenez concernant le défunt, notamment toute facture impayée ou somme versée d'avance pour des prestations non réalisées.

Veuillez agréer, Madame, nos salutations distinguées.

Pour Maître Hélène LAVERGNE, notaire
Clerc chargée du dossier : Mme Séverine Moreau
Étude Lavergne - 8 place du 10 juin 1944 - 36100 Issoudun""", att=[("acte_de_deces_Gauthier.pdf", "application/pdf")], fmt="alt"),

R("pm-fr-directives-soi", ["post_mortem"], "fr", "Jeanne Lefranc <jeanne.lefranc@orange.fr>",
  "Mes directives pour après",
  """Bonjour Sandra,

J'ai 78 ans et je mets mes affaires en ordre. Je souhaite vous laisser une directive : après mon décès, je voudrais que toutes mes notes de séances soient détruites, et que rien ne soit communiqué à mes enfants. Ma nièce Sophie Bellanger (sophie.bellanger@gmail.com) est chargée de vous prévenir le moment venu.

Avec toute mon affection,
Jeanne Lefranc"""),
# NEAR-LINE: someone leaving instructions for her own data after her death -> post_mortem only.

R("pm-fr-veuf-acces", ["post_mortem"], "fr", "Alain Mercier <alain.mercier36@orange.fr>",
  "Ma femme Christine",
  """Madame,

Ma femme Christine Mercier est décédée le mois dernier. Je sais qu'elle vous voyait régulièrement et qu'elle a beaucoup écrit pendant ces séances. J'aimerais, si c'est possible, obtenir une copie de ce qu'elle a laissé chez vous. Ce serait important pour moi et nos enfants.

Je peux vous fournir le certificat de décès et le livret de famille.

Alain Mercier"""),
# NEAR-LINE: relative asks access to a deceased spouse's data -> post_mortem only.

R("pm-fr-fils-informel", ["post_mortem"], "fr", "Yannick Bourdon <yannick.bourdon@free.fr>", "mon pere",
  """bonjour

mon pere Gerard Bourdon est decede il y a 3 semaines. il recoit encore vos mails et sms sur son tel que j ai recupere. pouvez vous le retirer de tout svp

merci
yannick"""),

R("pm-fr-belge-soeur", ["post_mortem"], "fr", "Véronique Claes <veronique.claes@skynet.be>",
  "Décès de ma soeur",
  """Bonjour Madame,

Je vous écris pour vous annoncer le décès de ma sœur, Catherine Claes, qui avait suivi votre formation en ligne. Son compte Systeme.io est toujours actif et son témoignage figure encore sur votre site avec sa photo. La famille souhaite que ce témoignage soit retiré.

En vous remerciant,
Véronique Claes""", att=[("avis_de_deces.jpg", "image/jpeg")]),
# NEAR-LINE: testimonial withdrawal asked by a relative after a death -> post_mortem only, not withdraw_consent.

R("pm-fr-outlook-fwd-notaire", ["post_mortem"], "fr", "Sébastien Gauthier <sebastien.gauthier@gmail.com>",
  "TR: Succession Gauthier",
  """Bonjour Madame Delomenie,

Je vous transfère le courrier du notaire au sujet de mon père. En complément, nous souhaitons que son compte sur votre plateforme soit fermé et ses données effacées une fois les démarches terminées.

Sébastien Gauthier""" + fwd_fr("Étude de Maître Lavergne <office.lavergne@notaires.fr>", "ven. 5 sept. 2025 à 10:14",
  "Succession de M. André Gauthier", "Sébastien Gauthier <sebastien.gauthier@gmail.com>",
  """Monsieur,

Nous vous confirmons avoir informé les prestataires de votre père. Nous restons à votre disposition.
L'étude"""), date="2025-09-08 21:03"),

R("pm-fr-mandataire-directive", ["post_mortem"], "fr", "Hervé Colas <herve.colas@wanadoo.fr>",
  "Directives de Mme Odile Marin",
  """Madame,

Mme Odile Marin, votre ancienne cliente, est décédée le 11 février 2026. Elle m'a désigné dans ses directives anticipées pour l'exécution de ses volontés numériques. Conformément à celles-ci, je vous demande de lui communiquer… pardon, de me communiquer les documents qu'elle vous avait confiés, puis de supprimer le reste.

Vous trouverez ci-joint l'acte de décès et ses directives.

Hervé Colas""", att=[("directives_O_Marin.pdf", "application/pdf"), ("acte_deces_Marin.pdf", "application/pdf")]),

R("pm-fr-quebec-nouvelles", ["post_mortem"], "fr", "Sylvain Côté <sylvain.cote@videotron.ca>",
  "Infolettre à une personne décédée",
  """Bonjour,

Ma conjointe, Nathalie Côté, est décédée en décembre. Elle continue de recevoir votre infolettre et des offres de formation. Pourriez-vous s'il vous plaît fermer son dossier et cesser les envois?

Merci,
Sylvain Côté"""),
# NEAR-LINE: unsubscribe asked by a partner after a death -> post_mortem only, not objection.

# ---------------- multi-right (French) ----------------
R("multi-fr-acc-era", ["access", "erasure"], "fr", "Christelle Guérin <christelle.guerin@orange.fr>",
  "Copie puis suppression",
  """Bonjour Sandra,

Avant que vous ne supprimiez mes données (ce que je vous demande), j'aimerais en recevoir une copie complète : fiches de séance, questionnaires et échanges. Une fois la copie reçue, vous pourrez tout effacer.

Merci beaucoup,
Christelle"""),

R("multi-fr-obj-era", ["erasure", "objection"], "fr", "Henri Boucher <henri.boucher@free.fr>",
  "Désabonnement et suppression",
  """Madame,

Je ne souhaite plus recevoir votre lettre d'information. Et au-delà, je vous demande d'effacer toutes les données que vous avez sur moi.

Henri Boucher"""),

R("multi-fr-era-wc-temoignage", ["erasure", "withdraw_consent"], "fr", "Sabrina Lopes <sabrina.lopes@gmail.com>",
  "Témoignage + mes données",
  """Bonjour,

Je retire mon autorisation de publication pour mon témoignage vidéo, merci de le retirer de YouTube et du site. Et tant qu'à faire, je voudrais que vous supprimiez l'ensemble de mes données personnelles.

Sabrina Lopes"""),
# NEAR-LINE: testimonial consent withdrawn + erasure of all data -> erasure + withdraw_consent.

R("multi-fr-acc-rect", ["access", "rectification"], "fr", "Gérard Poulain <gerard.poulain@laposte.net>",
  "Vérification de mes informations",
  """Bonjour Madame,

Pourriez-vous m'envoyer la liste des informations que vous avez sur moi ? Je pense que mon adresse est encore l'ancienne : la bonne est 9 impasse des Acacias, 36000 Châteauroux. Merci de la corriger au passage.

G. Poulain"""),

R("multi-fr-acc-por", ["access", "portability"], "fr", "Laetitia Barbier <laetitia.barbier@gmail.com>",
  "Mes données",
  """Bonjour Sandra,

J'aimerais savoir ce que tu conserves exactement sur moi, et avoir un export de mes résultats de tests et de mes objectifs dans un format que je peux réutiliser (CSV) avec ma nouvelle coach.

Merci !
Laetitia"""),
# NEAR-LINE: machine-readable export plus "savoir ce que tu conserves" -> portability + access.

R("multi-fr-res-acc", ["access", "restriction"], "fr", "Dominique Fleury <dominique.fleury@orange.fr>",
  "Données contestées",
  """Madame,

Je conteste l'exactitude de certaines mentions de mon dossier. Je vous demande dans un premier temps de m'en adresser une copie intégrale, et de cesser toute utilisation de ces données jusqu'à ce que nous ayons vérifié ensemble.

Dominique Fleury""", cte="b64"),

R("multi-fr-obj-wc", ["objection", "withdraw_consent"], "fr", "Margaux Pichon <margaux.pichon@hotmail.fr>",
  "newsletter et photo",
  """Coucou Sandra,

Deux choses : tu peux me désinscrire de la newsletter, et aussi enlever la photo de moi du cercle de femmes que tu avais mise sur ton Insta ? Je ne suis plus à l'aise avec ça.

Merci ma belle,
Margaux"""),

R("multi-fr-acc-era-obj", ["access", "erasure", "objection"], "fr", "Jean-Luc Pelletier <jl.pelletier@orange.fr>",
  "Exercice de mes droits RGPD",
  """Madame,

Par la présente, j'exerce les droits suivants :
1) accès : communication de l'ensemble des données me concernant et de leur source ;
2) opposition : cessation immédiate de tout envoi commercial ;
3) effacement : suppression de mes données une fois le point 1 satisfait.

Je joins une copie de ma pièce d'identité.

Jean-Luc Pelletier""", att=[("CNI_Pelletier.pdf", "application/pdf")]),

R("multi-fr-rect-obj", ["objection", "rectification"], "fr", "Valérie Huet <valerie.huet@free.fr>",
  "Changement d'email + pub",
  """Bonjour,

Ma nouvelle adresse est valerie.huet@free.fr (remplace valerie.huet@club-internet.fr). Utilisez-la pour la formation uniquement : je ne veux plus recevoir vos offres promotionnelles.

Valérie Huet"""),

R("multi-fr-por-era", ["erasure", "portability"], "fr", "Rémi Boyer <remi.boyer@gmail.com>",
  "Récupération puis effacement",
  """Bonjour,

Je souhaite récupérer mes données (inscription, devoirs rendus, progression) dans un format exploitable par machine, puis que vous les effaciez définitivement de Systeme.io et de votre Drive.

Merci d'avance,
Rémi Boyer"""),

R("multi-fr-acc-wc", ["access", "withdraw_consent"], "fr", "Coralie Mallet <coralie.mallet@orange.fr>",
  "Enregistrements de mes séances",
  """Bonjour Sandra,

Je ne donne plus mon accord pour l'enregistrement de nos séances en visio. Pouvez-vous aussi me dire combien d'enregistrements de moi existent et où ils sont stockés ?

Coralie"""),

R("multi-fr-res-rect", ["rectification", "restriction"], "fr", "Thomas Dumas <thomas.dumas@laposte.net>",
  "Erreur dans mon évaluation",
  """Bonjour,

Mon évaluation de formation indique que je n'ai suivi que 2 jours sur 3, c'est faux : j'étais présent les 3 jours (feuille d'émargement signée). Merci de corriger en "3 jours / présent" et, d'ici là, de ne transmettre ce document à personne, y compris à mon OPCO.

Thomas Dumas"""),
# NEAR-LINE: correction with the right value + freeze meanwhile -> rectification + restriction.

R("multi-fr-era-obj-ado", ["erasure", "objection"], "fr", "Philippe Navarro <philippe.navarro@orange.fr>",
  "Mon fils Lucas",
  """Bonjour,

Je suis le père de Lucas Navarro, 16 ans, inscrit l'an dernier à votre atelier ados. Il reçoit encore vos mails promotionnels : merci de l'en désinscrire immédiatement, et de supprimer ses données puisqu'il ne suit plus rien chez vous.

Philippe Navarro"""),

R("multi-fr-avocat-acc-era", ["access", "erasure"], "fr", "Maître Claire Dubois <c.dubois@dubois-avocat.fr>",
  "Mme Sandrine Petit - demande au titre du RGPD",
  """Madame,

J'interviens en qualité de conseil de Mme Sandrine PETIT, dont vous trouverez le mandat ci-joint.

Ma cliente sollicite, d'une part, la communication de l'intégralité des données la concernant que vous traitez, d'autre part, leur effacement à l'issue de cette communication.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Claire DUBOIS
Avocate""", att=[("mandat_Petit.pdf", "application/pdf")], fmt="alt",
  hdr={"Reply-To": "Secrétariat Me Dubois <secretariat@dubois-avocat.fr>"}),

R("multi-fr-informel-3droits", ["access", "objection", "withdraw_consent"], "fr", "Jess <jessica.marty@gmail.com>",
  "plein de trucs",
  """hello
alors 1 je veux plus la newsletter, 2 je retire mon accord pour le temoignage que j avais ecrit, 3 tu peux me dire ce que t as encore sur moi ?
merci
jess"""),
]
