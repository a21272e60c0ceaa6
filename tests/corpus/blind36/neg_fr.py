# French-language negatives (b36): hard negatives, system mail, her own mail.
from common import R, SANDRA, CONTACT, gmail_fr, apple_fr, outlook_fr, fwd_fr

LU = lambda url, mail=None: ("<%s>" % url) + (", <mailto:%s>" % mail if mail else "")

RECORDS = [
# ---- ordinary coaching / business mail using request-like words ----
R("neg-fr-supprimer-seance", [], "fr", "Aline Girard <aline.girard@orange.fr>", "Séance de jeudi",
  """Bonjour Sandra,

Finalement je peux venir jeudi à 14h, tu peux supprimer le créneau de 17h que tu m'avais réservé en option. A jeudi !

Aline"""),
# NEAR-LINE: deleting a slot is scheduling, not erasure -> negative.

R("neg-fr-effacer-tableau", [], "fr", "Bruno Lemoine <bruno.lemoine@free.fr>", "Atelier de samedi - matériel",
  """Bonjour Sandra,

Pour l'atelier de samedi, la salle des fêtes a un tableau blanc mais pas de feutres effaçables. Je peux en apporter. Faut-il aussi des post-it ?

Bruno"""),

R("neg-fr-donnees-exercice", [], "fr", "Céline Mathieu <celine.mathieu@gmail.com>", "Exercice de la semaine",
  """Bonjour Sandra,

J'ai fait l'exercice du journal des émotions. J'ai noté toutes mes données sur 7 jours (heures de sommeil, humeur, énergie) dans le tableau. Je te l'envoie pour qu'on en parle mardi.

Céline""", att=[("journal_emotions_semaine3.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]),

R("neg-fr-acces-salle", [], "fr", "Mairie d'Issoudun - Service associations <associations@issoudun.fr>",
  "Accès à la salle Daniel Bernardet",
  """Madame,

Nous vous confirmons la mise à disposition de la salle Daniel Bernardet le samedi 14 mars de 9h à 18h. L'accès se fait par l'entrée latérale, code du boîtier à clés : 4172. Merci de restituer la clé à l'accueil le lundi.

Le service vie associative"""),

R("neg-fr-copie-facture", [], "fr", "Compta Mecaplast <comptabilite@mecaplast-indre.fr>", "Copie de facture F2025-041",
  """Bonjour,

Pourriez-vous nous renvoyer une copie de la facture F2025-041 (formation gestion du stress, mars 2025) ? Notre exemplaire a été égaré lors du changement de logiciel comptable.

Merci,
Service comptabilité
Mecaplast Indre"""),
# NEAR-LINE: a company asking for a copy of an invoice is business, not an access request by a data subject.

R("neg-fr-export-agenda", [], "fr", "Florence Huguet <florence.huguet@gmail.com>", "export de l'agenda",
  """Salut Sandra,

Pour le co-working, j'ai exporté notre agenda partagé en .ics, tu n'as qu'à l'importer dans ton Google Agenda. Les créneaux du mardi sont à toi, ceux du jeudi à moi.

Flo""", att=[("planning_coworking.ics", "text/calendar")]),

R("neg-fr-modifier-horaire", [], "fr", "Gaëtan Robert <gaetan.robert@orange.fr>", "modifier l'horaire ?",
  """Bonjour Sandra, serait-il possible de modifier l'horaire de notre rendez-vous de mardi ? 18h au lieu de 17h ce serait parfait pour moi. Merci ! Gaëtan"""),

R("neg-fr-corriger-texte", [], "fr", "Mireille Caron <mireille.caron@laposte.net>", "Relecture",
  """Bonjour Sandra,

J'ai corrigé les fautes dans ton livret d'atelier comme promis (en rouge dans le document). Il y en avait peu ! Je me suis permis de reformuler deux phrases de la page 4.

Bises,
Mireille""", att=[("livret_atelier_relu.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]),

R("neg-fr-opposer-croyances", [], "fr", "Anaïs Perret <anais.perret@gmail.com>", "Après notre séance",
  """Bonjour Sandra,

Je repense à ce que tu m'as dit : arrêter de m'opposer systématiquement à mes propres envies, et retirer ce "il faut" de mon vocabulaire. Ça m'a fait l'effet d'une claque (une bonne). J'ai déjà commencé à noter mes "il faut" dans un carnet.

Merci,
Anaïs"""),

R("neg-fr-consentement-atelier", [], "fr", "Laurent Deschamps <laurent.deschamps@gmail.com>", "Question pour l'atelier communication",
  """Bonjour Sandra,

Au programme de l'atelier de mai, tu parles de "consentement dans la relation de couple". C'est bien un atelier ouvert aux couples, ou je m'inscris seul ? Et faut-il préparer quelque chose ?

Laurent"""),

R("neg-fr-rgpd-formation-client", [], "fr", "Agnès Leroy <a.leroy@mutuelle-berry.fr>", "Demande de devis formation",
  """Madame,

Notre mutuelle souhaite former ses 12 conseillers à l'écoute active, avec un module sur la confidentialité et le RGPD dans la relation adhérent. Pourriez-vous nous faire parvenir un devis pour deux jours en intra, au premier semestre ?

Cordialement,
Agnès Leroy
Responsable formation - Mutuelle du Berry""", fmt="alt"),
# NEAR-LINE: RGPD is the topic of a training quote, not a request -> negative.

R("neg-fr-desinscrire-enfant-club", [], "fr", "Sandrine Ollivier <sandrine.ollivier@orange.fr>", "Désinscription du mercredi",
  """Bonjour Sandra,

Je voulais désinscrire Théo (14 ans) du groupe ados du mercredi : il a entraînement de foot le même jour à partir de janvier. Il pourra peut-être faire le stage des vacances à la place. Y a-t-il des places en février ?

Sandrine"""),
# NEAR-LINE: withdrawing a child from a recurring group is a booking change, not objection -> negative.

R("neg-fr-retirer-cheque", [], "fr", "Patrick Lenoir <patrick.lenoir@wanadoo.fr>", "",
  """Bonjour, je passerai retirer mon chèque de caution au cabinet vendredi matin vers 10h, si cela vous convient. Cordialement, Patrick Lenoir"""),

R("neg-fr-copie-cahier", [], "fr", "Juliette Garnier <juliette.garnier@gmail.com>", "copie du cahier d'exercices",
  """Coucou Sandra !

Tu pourrais me renvoyer une copie du cahier d'exercices de l'atelier ? J'ai renversé mon thé dessus. Merci !!

Juju""", cte="qp"),
# NEAR-LINE: a copy of course material, not of her personal data -> negative.

R("neg-fr-temoignage-envoi", [], "fr", "Hervé Poulain <herve.poulain@orange.fr>", "Mon témoignage",
  """Bonjour Sandra,

Comme promis, voici quelques lignes sur mon accompagnement. Tu peux les publier sur ton site avec mon prénom et ma ville, aucun souci :

"Après 15 ans dans la même entreprise, je tournais en rond. Les séances avec Sandra m'ont aidé à y voir clair et à oser le changement. Merci !"

Hervé, Châteauroux"""),
# NEAR-LINE: giving consent to a testimonial -> negative.

R("neg-fr-consentement-photos", [], "fr", "Mélissa Roche <melissa.roche@gmail.com>", "Re: Autorisation photos stage",
  """Bonjour Sandra,

Oui, j'accepte que les photos de groupe du stage soient publiées sur ta page Facebook, et aussi celles de ma fille Léna (13 ans), nous en avons parlé ensemble. Formulaire signé en pièce jointe.

Mélissa""" + gmail_fr("lun. 23 juin 2025 à 18:30", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Bonjour à toutes et tous,
Voici le formulaire d'autorisation de publication des photos du stage. Merci de me le retourner signé si vous êtes d'accord.
Sandra"""), att=[("autorisation_photos_signee.pdf", "application/pdf")], reply=True, date="2025-06-24 08:10"),

R("neg-fr-consentement-newsletter", [], "fr", "Régis Laurent <regis.laurent@free.fr>", "inscription newsletter",
  """Bonjour, j'ai rencontré Sandra au salon bien-être de Vierzon et je voudrais m'inscrire à la newsletter, le formulaire sur le site ne fonctionne pas. Merci ! Régis Laurent"""),

R("neg-fr-entreprise-inscription", [], "fr", "RH Berry Logistique <rh@berry-logistique.fr>", "Inscription de 4 salariés",
  """Bonjour Madame Delomenie,

Nous souhaitons inscrire 4 collaborateurs à votre formation "Prévenir l'épuisement professionnel" des 9 et 10 avril. Vous trouverez ci-joint la liste (noms, postes, adresses e-mail). Merci de nous adresser la convention de formation.

Bien cordialement,
Service RH - Berry Logistique""", att=[("liste_participants.csv", "text/csv")]),

R("neg-fr-recherche-partenariat", [], "fr", "Éric Vannier <eric.vannier@sophro-berry.fr>", "Idée de partenariat",
  """Bonjour Sandra,

Je suis sophrologue à Bourges. Nous avons plusieurs clients en commun et je me disais qu'on pourrait co-animer un atelier "stress et sommeil" au printemps. Partante pour en discuter autour d'un café ?

Éric Vannier"""),

# ---- cancellations ----
R("neg-fr-annul-atelier", [], "fr", "Catherine Blanc <catherine.blanc@orange.fr>", "Annulation atelier du 15",
  """Bonjour Sandra,

Je suis désolée mais je dois annuler ma participation à l'atelier du 15 mars, ma mère est hospitalisée. Est-ce que je peux reporter sur la session de mai ?

Catherine"""),

R("neg-fr-annul-abonnement", [], "fr", "Frédéric Noël <frederic.noel@gmail.com>", "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme "Un pas par jour" à compter du mois prochain. Merci de ne plus effectuer de prélèvement à partir de février.

Frédéric Noël"""),
# NEAR-LINE: cancelling a subscription/payment is a contract matter -> negative.

R("neg-fr-annul-rdv-informel", [], "fr", "Jess L <jess.lemaire@hotmail.fr>", "rdv",
  """coucou sandra, je vais devoir annuler le rdv de demain, ma fille est malade :( on peut voir la semaine pro ? bisous"""),

R("neg-fr-annul-contrat-entreprise", [], "fr", "Direction Atelier Graphik <direction@ateliergraphik.fr>", "Annulation de la session intra",
  """Madame,

Pour des raisons budgétaires, nous sommes contraints d'annuler la session de formation intra prévue en juin. Nous vous remercions de nous indiquer les éventuels frais d'annulation prévus au contrat.

Cordialement,
Nathalie Brun, gérante""", fmt="alt"),

R("neg-fr-annul-belge", [], "fr", "Benoît Maes <benoit.maes@skynet.be>", "Désistement",
  """Bonjour Madame,

Je me vois contraint de me désister du stage résidentiel de septembre. Pourriez-vous me dire si l'acompte de 150 euros peut être remboursé ou reporté ?

Bien à vous,
Benoît Maes"""),

R("neg-fr-annul-outlook", [], "fr", "Josette Renaud <josette.renaud@wanadoo.fr>", "RE: Rappel : votre rendez-vous du 12 novembre",
  """Bonjour,
Je ne pourrai pas venir, merci d'annuler ce rendez-vous. Je vous rappellerai.
J. Renaud""" + outlook_fr("Floraison de Soi <contact@floraisondesoi.fr>", "lundi 10 novembre 2025 08:00",
  "josette.renaud@wanadoo.fr", "Rappel : votre rendez-vous du 12 novembre",
  """Bonjour Josette,
Petit rappel : nous avons rendez-vous le mercredi 12 novembre à 10h, 46 rue d'Estienne d'Orves à Issoudun.
A bientôt,
Sandra"""), reply=True, date="2025-11-10 09:20"),

R("neg-fr-annul-quebec", [], "fr", "Geneviève Lavoie <genevieve.lavoie@videotron.ca>", "Annulation de mon inscription",
  """Bonjour Sandra,

Avec le décalage horaire, le webinaire de jeudi tombe en plein milieu de ma journée de travail. Je dois annuler mon inscription, désolée! Est-ce qu'il y aura une rediffusion?

Geneviève"""),

# ---- password / access to space ----
R("neg-fr-mdp-oublie", [], "fr", "Odile Faure <odile.faure@orange.fr>", "mot de passe",
  """Bonjour, j'ai oublié mon mot de passe pour la formation en ligne et le lien de réinitialisation n'arrive pas (j'ai regardé dans les spams). Pouvez-vous m'aider ? Odile Faure"""),

R("neg-fr-acceder-espace", [], "fr", "Kévin Marie <kevin.marie@gmail.com>", "Impossible d'accéder à mon espace",
  """Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace membre : message "accès refusé". J'ai pourtant payé le module 3. Pouvez-vous vérifier ?

Merci,
Kévin""", att=[("capture_erreur.png", "image/png")]),
# NEAR-LINE: "accéder à mon espace" is a login problem, not an access request.

R("neg-fr-acces-replay", [], "fr", "Danielle Picard <danielle.picard@laposte.net>", "accès au replay",
  """Bonjour Sandra,
Je n'ai pas reçu l'accès au replay du webinaire de mardi. Pouvez-vous me renvoyer le lien ?
Merci, Danielle"""),

R("neg-fr-identifiants-sans-accents", [], "fr", "mathis <mathis.rey@gmail.com>", "probleme connexion",
  """bonjour jarrive pas a me connecter a la plateforme ca dit identifiant incorrect alors que c est le bon mail. vous pouvez reinitialiser mon acces svp ? merci"""),

R("neg-fr-modifier-email-connexion", [], "fr", "Pascale Etienne <pascale.etienne@gmail.com>", "changer mon identifiant ?",
  """Bonjour,

Est-ce que je peux moi-même modifier l'adresse mail qui me sert d'identifiant sur la plateforme, ou faut-il passer par vous ? Je ne trouve pas le réglage.

Pascale"""),
# NEAR-LINE: asks how to change the login herself, gives no new value and asks nothing to be changed -> negative.

# ---- close account alone ----
R("neg-fr-fermer-compte", [], "fr", "Thierry Aubert <thierry.aubert@free.fr>", "fermeture compte",
  """Bonjour, pouvez-vous fermer mon compte sur la plateforme de formation ? J'ai terminé le programme. Merci, Thierry Aubert"""),
# NEAR-LINE: "close my account" alone with no data mentioned -> negative.

R("neg-fr-cloturer-espace", [], "fr", "Marion Leclerc <marion.leclerc@gmail.com>", "Clôturer mon espace",
  """Bonjour Sandra,
Tu peux clôturer mon espace sur Systeme.io ? Je n'en ai plus l'usage. Merci et bonne continuation !
Marion"""),

# ---- questions about how a right works ----
R("neg-fr-question-droit-effacement", [], "fr", "Valentin Morin <valentin.morin@gmail.com>", "Question RGPD",
  """Bonjour,

Petite question théorique : si un jour je demande la suppression de mes données, est-ce que vous êtes obligée de garder mes factures ? Et combien de temps ? Je ne demande rien pour l'instant, je suis juste curieux avant de m'inscrire.

Valentin"""),
# NEAR-LINE: question about how erasure works, explicitly no request -> negative.

R("neg-fr-ai-je-le-droit", [], "fr", "Nicole Besson <nicole.besson@orange.fr>", "ai-je le droit ?",
  """Bonjour Madame,

Ai-je le droit de demander à voir les notes que vous prenez pendant les séances ? Je me pose la question car mon ancien thérapeute refusait.

Cordialement,
Nicole Besson"""),
# NEAR-LINE: "ai-je le droit de ... ?" is a question about a right, not its exercise -> negative.

R("neg-fr-question-portabilite", [], "fr", "Fabien Colin <fabien.colin@gmail.com>", "portabilité, ça marche comment ?",
  """Bonjour Sandra,

J'envisage peut-être de changer de plateforme de formation un jour. Dans ce cas, comment fonctionne la portabilité chez toi : quel format, quel délai ? C'est juste pour savoir.

Fabien"""),

R("neg-fr-question-duree", [], "fr", "Hélène Rolland <helene.rolland@laposte.net>", "Conservation des données de santé",
  """Bonjour,

Avant de signer le contrat, je voudrais comprendre : combien de temps conservez-vous les données de santé, et qui y a accès ? La politique de confidentialité parle de 2 ans, c'est à partir de quand ?

Merci,
Hélène Rolland"""),

R("neg-fr-question-belge-opposition", [], "fr", "Jean-Pierre Wouters <jp.wouters@skynet.be>", "Droit d'opposition",
  """Bonjour,

Est-il possible de s'opposer à la newsletter tout en restant inscrit à la formation ? Je me renseigne, je ne suis pas encore client.

Jean-Pierre"""),

# ---- CNIL complaints / copies ----
R("neg-fr-copie-plainte-cnil", [], "fr", "Gilles Masson <gilles.masson@orange.fr>", "Copie de ma plainte à la CNIL",
  """Madame,

Faute de réponse de votre part, j'ai déposé ce jour une plainte auprès de la CNIL. Je vous en adresse copie pour information.

Gilles Masson""" + fwd_fr("Gilles Masson <gilles.masson@orange.fr>", "mar. 17 févr. 2026 à 11:02",
  "Plainte - Floraison de Soi", "plaintes@cnil.fr",
  """Madame, Monsieur,
Je souhaite déposer plainte contre l'entreprise Floraison de Soi (Sandra Delomenie, Issoudun), qui n'a pas répondu à ma demande de suppression de données envoyée le 5 décembre 2025.
Gilles Masson"""), att=[("plainte_cnil_accuse.pdf", "application/pdf")]),
# NEAR-LINE: copy of a CNIL complaint, new text asks nothing of her -> negative (policy).

R("neg-fr-cnil-accuse", [], "fr", "CNIL - Ne pas répondre <ne-pas-repondre@cnil.fr>", "Accusé de réception de votre plainte n° 26012345",
  """Madame, Monsieur,

La Commission nationale de l'informatique et des libertés accuse réception de votre plainte enregistrée sous le numéro 26012345. Elle sera instruite dans les meilleurs délais.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

CNIL - 3 place de Fontenoy - TSA 80715 - 75334 Paris Cedex 07""", hdr={"Auto-Submitted": "auto-generated"}),

R("neg-fr-menace-cnil", [], "fr", "Roland Petit <roland.petit@free.fr>", "plainte",
  """Madame, je vous informe que j'ai saisi la CNIL concernant vos pratiques commerciales. Vous serez contactée par leurs services. R. Petit"""),

# ---- other living adult ----
R("neg-fr-mari-dossier-femme", [], "fr", "Philippe Garnier <philippe.garnier@orange.fr>", "Dossier de ma femme",
  """Bonjour Madame,

Mon épouse, Sylvie Garnier, suit un accompagnement chez vous. Je souhaiterais obtenir une copie de ses notes de séances, je m'inquiète pour elle depuis quelques semaines.

Philippe Garnier"""),
# NEAR-LINE: spouse asking for another living adult's data -> negative.

R("neg-fr-mere-fils-majeur", [], "fr", "Michèle Roux <michele.roux@wanadoo.fr>", "Mon fils Adrien",
  """Bonjour,

Mon fils Adrien, 24 ans, a suivi votre formation. Il ne veut plus recevoir vos mails mais n'a pas le temps de vous écrire. Pouvez-vous supprimer ses informations ? Merci.

Michèle Roux"""),
# NEAR-LINE: parent writing for an ADULT child (not a minor, no mandate) -> negative.

R("neg-fr-manager-salarie", [], "fr", "Christophe Bailly <c.bailly@transports-bailly.fr>", "Évaluations de mes salariés",
  """Bonjour Madame Delomenie,

Pourriez-vous me transmettre les évaluations individuelles de mes trois salariés ayant suivi votre formation en janvier ? Je souhaite les intégrer à leurs entretiens annuels.

Christophe Bailly
Gérant, Transports Bailly""", fmt="alt"),

R("neg-fr-collegue-suppr", [], "fr", "Sabine Hoarau <sabine.hoarau@berry-logistique.fr>", "collègue",
  """Bonjour,

Ma collègue Nadège Simon a quitté l'entreprise. Pouvez-vous effacer ses coordonnées de la liste des participants de la formation d'avril ? Elle ne viendra pas.

Sabine Hoarau, assistante RH"""),
# NEAR-LINE: colleague/employee about another living adult -> negative.

R("neg-fr-soeur-acces", [], "fr", "Corinne Dufour <corinne.dufour@gmail.com>", "ma soeur",
  """Bonjour Sandra, ma soeur Valérie m'a dit qu'elle avait fait des séances avec toi. Est-ce que tu peux me dire ce qu'elle t'a raconté sur notre famille ? J'ai le droit de savoir je pense. Corinne"""),

# ---- thank-you above quoted handled request ----
R("neg-fr-merci-suppression", [], "fr", "Yves Charpentier <yves.charpentier@free.fr>", "Re: Une demande",
  """Merci beaucoup Sandra pour votre réactivité, c'est parfait.
Bonne continuation,
Yves""" + gmail_fr("ven. 17 oct. 2025 à 10:12", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Bonjour Yves,
Je vous confirme la suppression de l'ensemble de vos données de mes fichiers (Drive, Systeme.io et messagerie).
Belle journée,
Sandra

Le jeu. 16 oct. 2025 à 21:40, Yves Charpentier <yves.charpentier@free.fr> a écrit :
> Bonjour Sandra,
> Pourriez-vous supprimer mes données de vos fichiers, s'il vous plaît ?
> Yves"""), reply=True, date="2025-10-17 11:03"),
# NEAR-LINE: thank-you above a quoted, handled erasure request -> negative (only new text counts).

R("neg-fr-merci-copie-outlook", [], "fr", "Bernard Fougeras <bernard.fougeras@wanadoo.fr>", "RE: Demande d'accès",
  """Madame,
J'ai bien reçu l'export de mon dossier. Je vous remercie.
B. Fougeras""" + outlook_fr("Sandra Delomenie <sandra.delomenie@orange.fr>", "jeudi 13 novembre 2025 14:30",
  "Bernard Fougeras", "RE: Demande d'accès",
  """Monsieur,
Veuillez trouver ci-joint la copie de l'ensemble des données vous concernant.
Sandra Delomenie

De : Bernard Fougeras
Envoyé : lundi 10 novembre 2025 08:47
Objet : RE: Demande d'accès
Je souhaite obtenir communication de toutes les données me concernant que vous détenez."""),
  reply=True, date="2025-11-14 07:55"),

R("neg-fr-merci-desinscription", [], "fr", "Josiane Perrot <josiane.perrot@wanadoo.fr>", "Re: Re: Floraison de Soi - La lettre de novembre",
  """C'est noté, merci Sandra, et bonne continuation à vous.""" + apple_fr("7 nov. 2025 à 09:02", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Bonjour Josiane,
C'est fait, vous ne recevrez plus la lettre. Désolée pour le lien défectueux !
Sandra
> Merci de ne plus m'envoyer ces mails."""), reply=True, date="2025-11-07 10:15"),

R("neg-fr-merci-rectif-quebec", [], "fr", "Isabelle Tremblay <isabelle.tremblay@videotron.ca>", "Re: Demande d'accès à mes renseignements personnels",
  """Merci Sandra, j'ai bien reçu le tout. C'est très clair. Bonne journée!
Isabelle""" + gmail_fr("mer. 28 janv. 2026 à 15:20", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Bonjour Isabelle,
Vous trouverez ci-joint une copie de l'ensemble des renseignements que je détiens à votre sujet.
Cordialement,
Sandra"""), reply=True, date="2026-01-28 20:41"),

# ---- auto-replies ----
R("neg-fr-auto-absence", [], "fr", "Valérie Morel <valerie.morel@mecaplast-indre.fr>", "Réponse automatique : Programme de la formation",
  """Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus, avec un accès limité à ma messagerie. Pour toute demande urgente, merci de contacter rh@mecaplast-indre.fr.

Cordialement,
Valérie Morel""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}),

R("neg-fr-auto-conges-suppr", [], "fr", "Sophie Mallet <sophie.mallet@orange.fr>", "Absence",
  """Je suis en congés sans accès à mes mails jusqu'au 3 janvier. Votre message ne sera pas transféré et sera supprimé à mon retour s'il n'est plus d'actualité. Merci de me renvoyer votre demande après cette date.""",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
# NEAR-LINE: auto-reply that mentions deletion of the incoming mail -> negative.

R("neg-fr-auto-accuse-cabinet", [], "fr", "Cabinet Comptable Berrichon <accueil@ccberrichon.fr>", "Accusé de réception",
  """Bonjour,

Nous avons bien reçu votre message et vous répondrons sous 48 heures ouvrées. Pour l'envoi de vos pièces comptables, merci d'utiliser votre espace client sécurisé.

Le Cabinet Comptable Berrichon""", hdr={"Auto-Submitted": "auto-replied"}),

R("neg-fr-auto-maternite", [], "fr", "Léa Fontaine <lea.fontaine@ateliergraphik.fr>", "Absente : Devis formation",
  """Bonjour,
Je suis actuellement en congé maternité. Vos demandes concernant les formations sont traitées par Nathalie Brun (direction@ateliergraphik.fr).
Bien à vous""", hdr={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}, fmt="alt"),

R("neg-fr-auto-belge", [], "fr", "Marc Janssens <marc.janssens@proximus.be>", "Message d'absence",
  """Bonjour,
Je suis en déplacement à l'étranger jusqu'au 14/04 et je consulte mes courriels de manière irrégulière. Pour toute demande relative à vos données, vos accès ou vos factures, veuillez patienter jusqu'à mon retour.
Marc Janssens""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

# ---- bounces ----
R("neg-fr-bounce-orange", [], "fr", "Mail Delivery System <MAILER-DAEMON@orange.fr>", "Echec de remise du message",
  """Ceci est un message automatique du serveur de messagerie Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  christine.mercier@orange.fr
    Boîte aux lettres inexistante

Objet du message d'origine : Vos données - suivi de votre demande""",
  kind="report", dsn=dict(rcpt="christine.mercier@orange.fr", status="5.1.1", diag="smtp; 550 5.1.1 <christine.mercier@orange.fr>: Recipient address rejected: User unknown",
  osubj="Vos données - suivi de votre demande", ofrom=SANDRA, mta="smtp-out.orange.fr")),

R("neg-fr-bounce-quota", [], "fr", "MAILER-DAEMON@smtp.sfr.fr", "Message non délivré : Suppression de vos données",
  """Votre message n'a pas pu être délivré au destinataire suivant après plusieurs tentatives :

  gilles.arnaud36@sfr.fr : boîte pleine (quota dépassé)

Le message original est joint.""",
  kind="report", dsn=dict(rcpt="gilles.arnaud36@sfr.fr", status="5.2.2", diag="smtp; 552 5.2.2 Mailbox full",
  osubj="Suppression de vos données", ofrom=CONTACT, mta="smtp.sfr.fr")),
# NEAR-LINE: bounce whose original subject mentions deletion -> negative.

R("neg-fr-bounce-laposte", [], "fr", "Mail Delivery Subsystem <mailer-daemon@laposte.net>", "Non remis : Confirmation de rectification",
  """Le message suivant n'a pas pu être remis :

Destinataire : annick.poirier@laposte.net
Raison : adresse introuvable""",
  kind="report", dsn=dict(rcpt="annick.poirier@laposte.net", status="5.1.1", diag="smtp; 550 5.1.1 unknown user",
  osubj="Confirmation de rectification", ofrom=SANDRA, mta="mx.laposte.net")),

# ---- newsletters / notifications ----
R("neg-fr-systemeio-vente", [], "fr", "systeme.io <notifications@systeme.io>", "Nouvelle vente : Formation « Retrouver l'élan »",
  """Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Formation « Retrouver l'élan » – 197,00 €
Client : m***@gmail.com
Date : 03/02/2026 21:14

Consultez le détail dans votre tableau de bord > Ventes.

Pour gérer vos notifications, rendez-vous dans Paramètres > Notifications.""", fmt="html",
  hdr={"List-Unsubscribe": LU("https://systeme.io/dashboard/settings/notifications/unsubscribe?u=58213"),
       "List-Id": "Notifications systeme.io <notifications.systeme.io>", "Auto-Submitted": "auto-generated"}),

R("neg-fr-systemeio-desinscrit", [], "fr", "systeme.io <notifications@systeme.io>", "Un contact s'est désinscrit de votre liste",
  """Bonjour Sandra,

Le contact j.perrot***@wanadoo.fr s'est désinscrit de votre liste « Newsletter Floraison de Soi ».
Il ne recevra plus vos campagnes.

L'équipe systeme.io""", fmt="html",
  hdr={"List-Unsubscribe": LU("https://systeme.io/dashboard/settings/notifications/unsubscribe?u=58213"),
       "List-Id": "Notifications systeme.io <notifications.systeme.io>", "Auto-Submitted": "auto-generated"}),
# NEAR-LINE: platform notification that someone unsubscribed -> negative (not a person's request).

R("neg-fr-stripe-virement", [], "fr", "Stripe <notifications@stripe.com>", "Votre virement de 642,30 € est en route",
  """Bonjour,

Un virement de 642,30 € vers votre compte bancaire se terminant par 4417 a été initié. Il devrait arriver d'ici le 12 mars 2026.

Afficher le virement dans le Dashboard.

Stripe, Inc. - Vous recevez cet e-mail car vous êtes administrateur du compte Floraison de Soi.""", fmt="alt",
  hdr={"List-Unsubscribe": LU("https://dashboard.stripe.com/settings/user/notifications"), "List-Id": "<payouts.stripe.com>"}),

R("neg-fr-google-securite", [], "fr", "Google <no-reply@accounts.google.com>", "Alerte de sécurité",
  """Nouvelle connexion à votre compte Google

sandra.floraison@gmail.com
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.""", fmt="html",
  hdr={"Auto-Submitted": "auto-generated"}),

R("neg-fr-google-drive-partage", [], "fr", "Aurélie Ferrand (via Google Drive) <drive-shares-dm-noreply@google.com>", "Dossier partagé avec vous : « Mes écrits - accompagnement »",
  """Aurélie Ferrand vous a invité à modifier le dossier suivant :

Mes écrits - accompagnement

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car aurelie.ferrand@laposte.net a partagé un dossier avec vous dans Google Drive.""", fmt="alt",
  hdr={"Reply-To": "Aurélie Ferrand <aurelie.ferrand@laposte.net>"}),

R("neg-fr-calendly-annule", [], "fr", "Calendly <notifications@calendly.com>", "Annulé : Stéphanie Royer - Séance découverte 30 min",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance découverte 30 min
Invitée : Stéphanie Royer
Date : jeudi 19 février 2026, 18:00 (heure de Paris)
Motif : "Imprévu professionnel, je reprendrai un créneau."

Ajouter un nouveau créneau""", fmt="alt",
  hdr={"List-Unsubscribe": LU("https://calendly.com/app/notifications/unsubscribe"), "Auto-Submitted": "auto-generated"}),

R("neg-fr-zoom-enregistrement", [], "fr", "Zoom <no-reply@zoom.us>", "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Atelier Oser dire non - session 2 » est maintenant disponible.

Il sera automatiquement supprimé dans 30 jours conformément aux paramètres de votre compte. Vous pouvez le télécharger ou modifier ce délai.

Merci d'avoir choisi Zoom.""", fmt="html",
  hdr={"Auto-Submitted": "auto-generated", "List-Unsubscribe": LU("https://zoom.us/profile/setting?tab=notification")}),

R("neg-fr-banque", [], "fr", "Crédit Agricole Centre Ouest <info@ca-centreouest.fr>", "Votre relevé de compte professionnel est disponible",
  """Madame DELOMENIE,

Votre relevé de compte de février 2026 est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Pour ne plus recevoir nos informations commerciales, modifiez vos préférences dans votre espace client.""", fmt="alt",
  hdr={"List-Unsubscribe": LU("https://www.credit-agricole.fr/ca-centreouest/desabonnement", "desabo@ca-centreouest.fr"),
       "List-Id": "<releves.ca-centreouest.fr>"}),

R("neg-fr-urssaf", [], "fr", "URSSAF <ne-pas-repondre@urssaf.fr>", "Votre échéance de déclaration du chiffre d'affaires",
  """Madame,

Nous vous rappelons que votre déclaration de chiffre d'affaires du 1er trimestre 2026 doit être effectuée avant le 30 avril 2026 sur autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
L'Urssaf""", hdr={"Auto-Submitted": "auto-generated", "List-Id": "<informations.urssaf.fr>"}),

R("neg-fr-autre-coach-newsletter", [], "fr", "Anne-Sophie - L'Atelier des Possibles <bonjour@atelierdespossibles.fr>", "☀️ 3 clés pour effacer la culpabilité",
  """Bonjour Sandra,

Cette semaine, je te partage 3 clés pour effacer la culpabilité de dire non, et retirer de ton quotidien les "je dois" qui t'épuisent.

1. Repérer le déclencheur
2. Remplacer "je dois" par "je choisis"
3. Célébrer chaque petit non

Mon programme "Libre d'être soi" ouvre ses portes lundi !

Anne-Sophie

Tu reçois cet e-mail car tu t'es inscrite sur atelierdespossibles.fr. Se désinscrire""", fmt="html",
  hdr={"List-Unsubscribe": LU("https://atelierdespossibles.fr/unsubscribe?id=aB3xq9", "unsubscribe@atelierdespossibles.fr"),
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Id": "Newsletter L'Atelier des Possibles <news.atelierdespossibles.fr>"}),

R("neg-fr-cnil-lettre", [], "fr", "CNIL <lettre@info.cnil.fr>", "La lettre de la CNIL – Droit d'accès : les nouvelles fiches pratiques",
  """La lettre d'information de la CNIL

- Droit d'accès : la CNIL publie de nouvelles fiches pratiques pour les professionnels
- Cookies : bilan des contrôles 2025
- Sanctions : une société de prospection condamnée pour non-respect du droit d'opposition

Vous recevez cette lettre car vous vous êtes abonné(e) sur cnil.fr. Se désabonner""", fmt="html",
  hdr={"List-Unsubscribe": LU("https://www.cnil.fr/fr/newsletter/unsubscribe", "desabonnement@info.cnil.fr"),
       "List-Id": "Lettre CNIL <lettre.info.cnil.fr>"}),

R("neg-fr-fede-coachs", [], "fr", "Fédération Coaching Centre-Val de Loire <contact@fccvl.fr>", "Infos adhérents : supervision et RGPD",
  """Chères et chers adhérents,

Prochaine supervision collective le 4 avril à Orléans. Nous proposons aussi une matinée "Mettre son cabinet en conformité RGPD" : registre, durée de conservation, réponse aux demandes d'accès et d'effacement.

Inscriptions avant le 20 mars.

Le bureau de la FCCVL
Pour ne plus recevoir nos informations : répondre STOP.""", fmt="alt",
  hdr={"List-Id": "Adherents FCCVL <adherents.fccvl.fr>", "List-Unsubscribe": LU("mailto:contact@fccvl.fr?subject=STOP"), "Precedence": "list"}),

R("neg-fr-laposte-colis", [], "fr", "La Poste - Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis est arrivé",
  """Bonjour,

Votre colis 6A2345678901 (expéditeur : Imprimerie du Berry) sera livré demain entre 9h et 13h. Vous pouvez modifier la livraison depuis l'application.

La Poste""", hdr={"Auto-Submitted": "auto-generated"}),

R("neg-fr-ovh-facture", [], "fr", "OVHcloud <noreply@ovh.com>", "Votre facture OVHcloud FR58312456",
  """Bonjour Sandra,

Votre facture FR58312456 d'un montant de 7,19 € TTC (hébergement floraisondesoi.fr) est disponible dans votre espace client. Le paiement sera prélevé automatiquement.

L'équipe OVHcloud""", fmt="alt", hdr={"Auto-Submitted": "auto-generated"}),

# ---- her own sent mail ----
R("neg-fr-sandra-confirme-suppr", [], "fr", SANDRA, "Confirmation de suppression de vos données",
  """Bonjour Madame Morel,

Suite à votre demande, je vous confirme que l'ensemble des données vous concernant a été effacé de mes outils (Google Drive, Systeme.io, messagerie). Seules les factures sont conservées pour la durée légale de 10 ans.

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun""", to="Géraldine Morel <geraldine.morel@orange.fr>"),

R("neg-fr-sandra-newsletter", [], "fr", CONTACT, "Floraison de Soi - La lettre de mars",
  """Bonjour à toutes et à tous,

Le printemps arrive et avec lui l'envie de faire le tri : dans nos placards, et dans nos pensées. Ce mois-ci, je vous propose d'effacer trois "croyances limitantes" avec un exercice simple.

Prochain atelier : "Oser dire non", samedi 28 mars à Issoudun.

Belle floraison,
Sandra

Vous recevez cette lettre car vous êtes inscrit(e) à la newsletter Floraison de Soi. Se désinscrire""", fmt="html", to="Abonnés Floraison de Soi <newsletter@floraisondesoi.fr>",
  hdr={"List-Unsubscribe": LU("https://floraisondesoi.systeme.io/unsubscribe", "contact@floraisondesoi.fr"), "List-Id": "Floraison de Soi <newsletter.floraisondesoi.fr>"}),

R("neg-fr-sandra-fwd-comptable", [], "fr", SANDRA, "TR: Demande de suppression - que dois-je garder ?",
  """Bonjour Patrick,

Une ancienne cliente me demande d'effacer toutes ses données. Peux-tu me confirmer ce que je dois conserver côté comptabilité (factures, relevés Stripe) et pendant combien de temps ?

Merci,
Sandra""" + fwd_fr("Géraldine Morel <geraldine.morel@orange.fr>", "lun. 3 nov. 2025 à 09:14", "Suppression de mes données",
  "sandra.delomenie@orange.fr", """Madame,
Je vous demande d'effacer l'intégralité des données me concernant.
Géraldine Morel"""), to="Patrick Vallet <p.vallet@ccberrichon.fr>", date="2025-11-03 12:40"),
# NEAR-LINE: her own forward of a request to her accountant -> negative (From her address).

R("neg-fr-sandra-rappel", [], "fr", CONTACT, "Rappel : votre atelier samedi",
  """Bonjour Céline,

Petit rappel : l'atelier "Retrouver l'élan" a lieu ce samedi de 9h30 à 17h, salle Daniel Bernardet. Pensez à apporter un carnet et de quoi pique-niquer.

A samedi !
Sandra""", to="Céline Mathieu <celine.mathieu@gmail.com>"),

# ---- vendor GDPR notices ----
R("neg-fr-systemeio-cgu", [], "fr", "systeme.io <legal@systeme.io>", "Mise à jour de notre politique de confidentialité",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) à compter du 1er mars 2026. Les principales modifications concernent la liste de nos sous-traitants ultérieurs et les modalités d'exercice de vos droits (accès, rectification, effacement).

Aucune action n'est requise de votre part.

L'équipe systeme.io""", fmt="html", hdr={"List-Id": "<legal.systeme.io>", "List-Unsubscribe": LU("https://systeme.io/unsubscribe-legal")}),

R("neg-fr-orange-rgpd", [], "fr", "Orange <information@orange.fr>", "Vos données personnelles et vos droits",
  """Madame,

Dans le cadre de notre engagement de transparence, nous vous rappelons que vous pouvez à tout moment exercer vos droits d'accès, de rectification, d'effacement et d'opposition sur vos données personnelles depuis l'Espace Client, rubrique "Mes données personnelles".

Orange""", fmt="alt", hdr={"List-Unsubscribe": LU("https://r.orange.fr/desabo"), "List-Id": "<info.orange.fr>"}),

R("neg-fr-calendly-sous-traitants", [], "fr", "Calendly Legal <legal@calendly.com>", "Avis de modification de la liste des sous-traitants",
  """Bonjour,

Conformément à notre Accord de traitement des données, nous vous informons de l'ajout d'un nouveau sous-traitant ultérieur. Vous disposez de 30 jours pour vous opposer à ce changement via le formulaire dédié.

Calendly, LLC""", hdr={"Auto-Submitted": "auto-generated"}),
# NEAR-LINE: vendor notice mentioning a right to object to a sub-processor -> negative.

# ---- RGPD spam / phishing ----
R("neg-fr-spam-conformite", [], "fr", "Service Conformité RGPD <mise-en-conformite@rgpd-pro-express.com>", "URGENT : votre site n'est pas conforme au RGPD – amende jusqu'à 20 M€",
  """Madame DELOMENIE,

Notre audit automatique a détecté que floraisondesoi.fr ne respecte pas les obligations du RGPD (registre, bandeau cookies, DPO). Vous vous exposez à une amende.

Régularisez votre situation sous 72 h pour 390 € HT seulement : cliquez ici.

Service Conformité
Pour ne plus recevoir nos offres, répondez STOP.""", fmt="html"),

R("neg-fr-phishing-orange", [], "fr", "Orange Messagerie <securite@orange-messagerie-verif.com>", "Votre boîte sera supprimée sous 24h",
  """Cher(e) client(e),

Suite à une mise à jour RGPD, votre boîte mail sandra.delomenie@orange.fr sera supprimée sous 24h si vous ne confirmez pas vos données.

Confirmer mes données : http://orange-verif-compte.top/login

Service Client Orange""", fmt="html", hdr={"Reply-To": "support@orange-messagerie-verif.com"}),
# NEAR-LINE: phishing threatening deletion/asking to confirm data -> negative.

R("neg-fr-spam-registre", [], "fr", "Julien de DataConform <julien@dataconform.io>", "Sandra, 5 min pour votre registre RGPD ?",
  """Bonjour Sandra,

Les coachs gèrent des données de santé : savez-vous comment répondre à une demande d'accès ou d'effacement en moins de 30 jours ? DataConform automatise tout pour 19 €/mois.

Un créneau pour une démo cette semaine ?

Julien
Si vous ne souhaitez plus être contactée, dites-le-moi simplement.""", hdr={"List-Unsubscribe": LU("https://dataconform.io/u/8f2a")}),

R("neg-fr-phishing-stripe", [], "fr", "Stripe Support <support@stripe-verification-compte.net>", "Action requise : vérifiez vos données",
  """Votre compte Stripe a été restreint. Pour rétablir l'accès, veuillez mettre à jour vos données bancaires et votre pièce d'identité sous 48h :

https://stripe-verification-compte.net/verify

Stripe""", fmt="html"),

# ---- other plain business ----
R("neg-fr-client-remerciement", [], "fr", "Martine Dupuis <martine.dupuis@orange.fr>", "Merci !",
  """Bonjour Sandra,

Juste un petit mot pour vous dire que j'ai eu le poste ! Notre travail sur la préparation à l'entretien a fait toute la différence. Je vous recommande déjà autour de moi.

Avec gratitude,
Martine"""),

R("neg-fr-fournisseur-devis", [], "fr", "Imprimerie du Berry <devis@imprimerieduberry.fr>", "Votre devis cartes de visite",
  """Bonjour Madame,

Veuillez trouver ci-joint notre devis pour 500 cartes de visite et 200 flyers A5. Pour modifier le texte ou corriger une coordonnée, merci de nous retourner le BAT annoté.

Cordialement,
L'Imprimerie du Berry""", att=[("devis_D2026-0112.pdf", "application/pdf")]),

R("neg-fr-inscription-question", [], "fr", "Rose Lambert <rose.lambert@gmail.com>", "Infos sur l'accompagnement ado",
  """Bonjour,

Ma fille de 16 ans manque beaucoup de confiance en elle avant le bac. Proposez-vous des séances individuelles pour adolescents, et à quels tarifs ? Faut-il que je sois présente ?

Merci,
Rose Lambert"""),

R("neg-fr-qp-facture", [], "fr", "Quentin Morel <quentin.morel@gmail.com>", "Facture au nom de mon entreprise",
  """Bonjour Sandra,

Pour la prochaine séance, est-ce que la facture peut être établie au nom de ma société (QM Conseil) ? Mon expert-comptable me le demande pour la déduire.

Merci,
Quentin""", cte="qp"),

R("neg-fr-b64-avis", [], "fr", "Sylvie Renaud <sylvie.renaud@laposte.net>", "Mon ressenti après le stage",
  """Bonjour Sandra,

Je voulais vous dire à quel point le stage m'a apporté. J'ai retiré beaucoup de choses de ces deux jours, notamment sur ma façon de m'opposer aux autres sans agressivité. Je reviendrai sûrement pour le niveau 2.

Sylvie""", cte="b64"),

R("neg-fr-whatsapp-groupe", [], "fr", "Laure Benoît <laure.benoit@free.fr>", "Groupe WhatsApp",
  """Bonjour Sandra, est-ce que tu peux m'ajouter au groupe WhatsApp de la formation ? J'ai changé de téléphone et j'ai perdu l'historique. Mon numéro n'a pas changé. Merci ! Laure"""),
# NEAR-LINE: new phone device, number unchanged, asks to be added to a group -> negative.

R("neg-fr-question-rgpd-politique", [], "fr", "Nina Morvan <nina.morvan@gmail.com>", "Politique de confidentialité introuvable",
  """Bonjour,

Le lien vers votre politique de confidentialité en bas de la page d'inscription renvoie une erreur 404. Je voulais la lire avant de m'inscrire à la formation. Vous pourriez me l'envoyer ?

Nina"""),

R("neg-fr-suisse-inscription", [], "fr", "Mathilde Rochat <mathilde.rochat@bluewin.ch>", "Formation en ligne depuis la Suisse",
  """Bonjour,

Je vis à Neuchâtel : puis-je m'inscrire à votre formation en ligne et payer en francs suisses via Stripe ? Le prix est-il le même ?

Avec mes meilleures salutations,
Mathilde Rochat"""),

R("neg-fr-supervision-cas", [], "fr", "Christine Vallée <christine.vallee@coach-vallee.fr>", "Supervision - mon cas anonymisé",
  """Bonjour Sandra,

Pour notre supervision de jeudi, je t'envoie le cas que je veux travailler. J'ai anonymisé toutes les données de la cliente (prénom changé, ville retirée). Dis-moi si c'est suffisant.

Christine""", att=[("cas_supervision_anonymise.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]),

R("neg-fr-apple-report", [], "fr", "Isabelle Guerin <isabelle.guerin@icloud.com>", "Re: Séance de mardi",
  """Parfait pour 11h, merci Sandra !

Isabelle""" + apple_fr("2 mars 2026 à 19:12", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Bonjour Isabelle,
Je dois décaler notre séance de mardi : 11h vous conviendrait-il ?
Sandra"""), reply=True, date="2026-03-02 20:05"),

R("neg-fr-copie-decret-salarie-formation", [], "fr", "OPCO Atlas <noreply@opco-atlas.fr>", "Dossier de prise en charge n° 2026-DPC-48812",
  """Madame,

Le dossier de prise en charge de la formation de M. Thomas Dumas a été accepté. Merci de déposer la feuille d'émargement et le certificat de réalisation sur votre espace prestataire.

OPCO Atlas""", hdr={"Auto-Submitted": "auto-generated"}),
]
