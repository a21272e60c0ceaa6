from common import m

RECORDS = [
# ------------------------------------------------------------------ questions about how a right works (FR)
m("fr-neg-q-droit-suppression", "", "Agathe Leroy <agathe.leroy@gmail.com>",
  "Question RGPD",
  """Bonjour,

Petite question avant de m'inscrire : si un jour j'arrête l'accompagnement, ai-je le droit de demander la suppression de mes notes de séance ? Ou est-ce que vous êtes obligée de les garder ?

Merci,
Agathe""",
  # NEAR-LINE: asks whether the right exists, does not ask to delete -> negative
  ),

m("fr-neg-q-duree-conservation", "", "Bertrand Michaud <bertrand.michaud@orange.fr>",
  "Durée de conservation",
  """Bonjour Madame,

Combien de temps conservez-vous les dossiers de vos clients après la fin d'un accompagnement ? Votre politique de confidentialité parle de trois ans pour la prospection mais je n'ai pas trouvé pour les notes.

Cordialement,
B. Michaud""", to="orange"),

m("fr-neg-q-portabilite-comment", "", "Inès Guerin <ines.guerin@laposte.net>",
  "Comment ça marche ?",
  """Bonjour Sandra, je lis votre politique de confidentialité (oui je suis de celles qui lisent 😄). Le droit à la portabilité, concrètement, ça donnerait quoi chez vous, un fichier Excel ? C'est juste par curiosité, je n'en ai pas besoin. Bonne journée ! Inès""",
  cte="8bit"),

m("fr-neg-q-heritiers", "", "Jacqueline Mallet <jacqueline.mallet@wanadoo.fr>",
  "Une question délicate",
  """Bonjour Sandra,

Une question qui me trotte dans la tête depuis notre dernière séance : si je décède, est-ce que mes enfants pourront lire ce que je vous ai confié ? Je ne vous demande rien pour l'instant, j'aimerais juste comprendre comment ça se passe.

Jacqueline""", to="orange",
  # NEAR-LINE: a question about how post-mortem access works, no instruction given -> negative
  ),

m("fr-neg-q-sous-traitants", "", "Arnaud Besson <arnaud.besson@gmail.com>",
  "Hébergement des données",
  """Bonjour,

Par curiosité professionnelle (je suis DPO dans une collectivité) : vos données clients sont hébergées où ? Systeme.io est en France je crois, mais Google Analytics et Calendly sont américains. Vous avez des clauses contractuelles types ?

Bonne journée,
Arnaud"""),

# ------------------------------------------------------------------ CNIL complaints / copies (FR)
m("fr-neg-cnil-copie", "", "Gérald Fontaine <gerald.fontaine@free.fr>",
  "Copie de ma plainte à la CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous copie de la plainte que j'ai déposée ce jour auprès de la CNIL.

---
Plainte n° 26-04187
Objet : absence de réponse à une demande d'opposition
Je reçois des courriels commerciaux de l'entreprise Floraison de Soi malgré ma demande du 12 janvier...
---

G. Fontaine""",
  # NEAR-LINE: copy of a CNIL complaint -> negative per policy, even though the complaint concerns an objection
  ),

m("fr-neg-cnil-accuse", "", "Roselyne Dupuis <roselyne.dupuis@orange.fr>",
  "TR: Votre plainte n° 26-03552 - accusé de réception",
  """Pour votre information.
R. Dupuis""",
  quote="""Madame,

Nous accusons réception de votre plainte enregistrée sous le numéro 26-03552, concernant l'organisme FLORAISON DE SOI (absence de réponse à une demande d'accès).

Votre plainte va faire l'objet d'une instruction par nos services. Nous vous informerons des suites qui y seront données.

Ce message est généré automatiquement, merci de ne pas y répondre.

Commission nationale de l'informatique et des libertés
3 place de Fontenoy - TSA 80715 - 75334 PARIS CEDEX 07""",
  qstyle="fwd", qfrom="CNIL - Ne pas répondre <ne-pas-repondre@cnil.fr>", qto="roselyne.dupuis@orange.fr",
  html="alt", to="orange",
  # NEAR-LINE: copy of a CNIL complaint acknowledgement, mentions an access request but asks nothing -> negative
  ),

m("fr-neg-cnil-menace", "", "Roland Petitjean <roland.petitjean@sfr.fr>",
  "J'ai saisi la CNIL",
  """Madame,

Je vous informe que j'ai saisi la CNIL au sujet de vos SMS publicitaires. Je laisse désormais l'autorité de contrôle traiter ce dossier et je n'attends plus rien de votre part.

R. Petitjean"""),

# ------------------------------------------------------------------ about another living adult's data (FR)
m("fr-neg-mari-notes-epouse", "", "Patrick Leblanc <patrick.leblanc@orange.fr>",
  "Concernant ma femme",
  """Bonjour,

Ma femme, Florence Leblanc, vous consulte depuis l'automne. Je m'inquiète beaucoup pour elle. Pourriez-vous m'envoyer une copie de vos notes ou au moins me dire de quoi elle vous parle ? Je suis son mari, je pense avoir le droit de savoir.

Patrick Leblanc""", to="orange",
  # NEAR-LINE: husband asking for another living adult's data -> negative
  ),

m("fr-neg-manager-evaluations", "", "Caroline Petit - Manager <c.petit@groupe-aubry.fr>",
  "Évaluations individuelles de mon équipe",
  """Bonjour Sandra,

Pour les entretiens annuels, j'aurais besoin des évaluations individuelles de mes collaborateurs suite à la formation de février (notamment celles de M. Durand et Mme Lemoine). Pouvez-vous me les transmettre ?

Merci,
Caroline Petit
Responsable service client - Groupe Aubry""",
  hdr={"X-Mailer": "Microsoft Outlook 16.0"},
  # NEAR-LINE: a manager (company paid for the training) asks for other adults' data -> negative
  ),

m("fr-neg-mere-fille-majeure", "", "Danielle Rocher <danielle.rocher@gmail.com>",
  "Ma fille Manon",
  """Bonjour Madame,

Ma fille Manon (23 ans) a arrêté ses séances avec vous et ne veut plus que vous gardiez ses coordonnées. Elle n'ose pas vous le dire. Pouvez-vous supprimer son dossier ?

Merci,
Danielle Rocher""",
  # NEAR-LINE: mother writing for an ADULT daughter, no mandate -> negative
  ),

# ------------------------------------------------------------------ thank-you above handled requests (FR)
m("fr-neg-merci-suppression", "", "Hélène Marchais <helene.marchais@orange.fr>",
  "Re: Mes données",
  """Merci beaucoup Madame Delomenie pour votre réponse rapide. Bonne continuation à vous.
Hélène""",
  quote="""Bonjour Madame Marchais,

Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers, à l'exception des factures que je dois conserver dix ans pour des raisons comptables.

Bien cordialement,
Sandra Delomenie

> Pourriez-vous supprimer mes données de vos fichiers, s'il vous plaît ?""",
  qstyle="gmail", qfrom="Sandra Delomenie <sandra.delomenie@orange.fr>", to="orange",
  date="2026-03-02 11:47", qdate="2026-03-01 17:05"),

m("fr-neg-merci-export", "", "Camille Durand <camille.durand@gmail.com>",
  "Re: Récupérer mes résultats",
  """Super, bien reçu, le fichier s'ouvre nickel. Merci Sandra !! 🌷""",
  quote="""Bonjour Camille,

Voici en pièce jointe tes résultats de questionnaires et tes fiches d'objectifs au format CSV, comme demandé.

Belle installation à Nantes !
Sandra

Le 3 mars 2026 à 10:12, Camille Durand <camille.durand@gmail.com> a écrit :
> Est-ce que tu pourrais m'envoyer mes résultats de questionnaires et mes fiches d'objectifs dans un format réutilisable (CSV ou Excel par exemple) ?""",
  qstyle="apple", cte="8bit",
  date="2026-03-05 21:03", qdate="2026-03-05 18:40"),

m("fr-neg-merci-desinscription", "", "Karim Benali <karim.benali@gmail.com>",
  "Re: SMS",
  """Parfait merci, plus rien reçu depuis. Bonne continuation""",
  quote="""Bonjour Karim,

C'est fait : votre numéro a été retiré de la liste des rappels SMS. Vous ne recevrez plus que les factures par mail.

Bien à vous,
Sandra""", qstyle="gmail", html="alt",
  date="2026-03-16 12:02", qdate="2026-02-28 10:30"),

m("fr-neg-merci-rectif-outlook", "", "Gérard Lhomme <gerard.lhomme@wanadoo.fr>",
  "RE: Déménagement",
  """Bien reçu, merci Madame.
G. Lhomme""",
  quote="""Bonjour Monsieur Lhomme,

Votre nouvelle adresse à Vierzon a bien été enregistrée et l'ancienne supprimée.

Cordialement,
Sandra Delomenie

-----Message d'origine-----
Merci de corriger dans vos registres.""",
  qstyle="outlook", qfrom="Sandra Delomenie <sandra.delomenie@orange.fr>", to="orange",
  hdr={"X-Mailer": "Microsoft Outlook 16.0"},
  date="2026-03-06 15:22", qdate="2026-03-05 11:10"),

m("fr-neg-merci-mais-question", "", "Catherine Aubry <c.aubry@orange.fr>",
  "Re: Notes de séances",
  """Merci Sandra, ça me soulage vraiment. Juste par curiosité, les factures, vous les gardez combien de temps exactement ?

Catherine""",
  quote="""Bonjour Catherine,

Vos notes de séances et fiches de suivi ont été détruites ce jour (version papier broyée, fichiers supprimés). Seules les factures sont conservées, comme la loi l'impose.

Prenez soin de vous,
Sandra""", qstyle="apple", qfrom="Sandra Delomenie <sandra.delomenie@orange.fr>",
  # NEAR-LINE: thanks + a question about retention period -> negative
  date="2026-03-13 17:48", qdate="2026-03-12 14:00"),

# ------------------------------------------------------------------ giving consent (FR)
m("fr-neg-accord-temoignage", "", "Noémie Fabre <noemie.fabre@gmail.com>",
  "Re: Ton témoignage ?",
  """Oui bien sûr, avec plaisir ! Tu peux publier mon témoignage avec mon prénom et la ville, mais pas ma photo s'il te plaît.
Noémie""",
  quote="""Coucou Noémie, accepterais-tu que je publie sur le site le petit texte que tu m'as écrit après le stage ? Sandra""",
  qstyle="gmail"),

m("fr-neg-autorisation-photo", "", "Jean-Luc Rivet <jeanluc.rivet@laposte.net>",
  "Autorisation photo signée",
  """Bonjour Sandra,

Ci-joint l'autorisation de droit à l'image signée pour les photos de la journée de cohésion. Pas de souci pour Facebook et le site.

Jean-Luc""",
  att=[("pdf", "autorisation_image_JLRivet.pdf", "Autorisation de droit a l'image - Jean-Luc Rivet - signee le 2 mars 2026")]),

m("fr-neg-consentement-sante", "", "Amélie Charpentier <amelie.charpentier@yahoo.fr>",
  "Contrat signé",
  """Bonjour,

Voici le contrat d'accompagnement signé. J'ai bien coché la case de consentement pour les données de santé, comme on en avait parlé, ça me semble important que vous sachiez pour mon traitement.

À mardi !
Amélie""", att=[("pdf", "contrat_accompagnement_signe.pdf", "Contrat d'accompagnement - Amelie Charpentier - lu et approuve")]),

# ------------------------------------------------------------------ plain client / business mail (FR)
m("fr-neg-client-ressenti", "", "Élise Barre <elise.barre@gmail.com>",
  "Après la séance",
  """Bonsoir Sandra,

Je voulais juste te dire que la séance d'aujourd'hui m'a remuée, dans le bon sens. En rentrant j'ai pleuré dans la voiture et puis j'ai appelé ma sœur, ce que je n'avais pas fait depuis un an. Je ne sais pas encore quoi en penser mais je voulais te le partager.

À dans quinze jours,
Élise"""),

m("fr-neg-demande-info-coaching", "", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Mireille Caillet",
  """Nom : Mireille Caillet
Email : mireille.caillet@orange.fr
Téléphone : 02 54 21 33 87
Objet : Demande d'information

Message :
Bonjour, je suis à la retraite depuis 6 mois et je me sens un peu perdue. Une amie m'a parlé de vous. Est ce que vous faites des séances pour les personnes de mon âge et combien ça coûte ? Merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "Mireille Caillet <mireille.caillet@orange.fr>", "X-Mailer": "WPForms"}, to="contact"),

m("fr-neg-collegue-coach", "", "Aline Dufresne <aline@dufresne-coaching.fr>",
  "Supervision et intervision",
  """Bonjour Sandra,

On s'était croisées au salon bien-être de Châteauroux. Avec deux autres coachs du Berry on monte un petit groupe d'intervision mensuel (anonymisation des situations bien sûr). Ça te tenterait ? Premier rendez-vous le 21 avril en visio.

Belle journée,
Aline Dufresne
Coach certifiée - Bourges""", html="alt"),

m("fr-neg-opco-dossier", "", "OPCO EP - Service Formation <no-reply@opcoep.fr>",
  "Dossier de prise en charge n° 2026-0318-7741",
  """Bonjour,

Le dossier de prise en charge n° 2026-0318-7741 (entreprise : Boulangerie Marsault, action : « Gérer son stress au quotidien ») est incomplet. Merci de déposer sur votre espace prestataire le programme détaillé et la feuille d'émargement signée.

Cordialement,
Le service formation OPCO EP""",
  hdr={"Auto-Submitted": "auto-generated"}, html="only", hstyle="notif", brand="OPCO EP", auto=True),

m("fr-neg-salon-exposant", "", "Salon Zen & Bien-être du Berry <organisation@salonzenberry.fr>",
  "Votre stand au salon du 25-26 avril",
  """Bonjour Madame Delomenie,

Nous avons le plaisir de vous confirmer votre stand n° 14 (3 m x 2 m) au Salon Zen & Bien-être du Berry, les 25 et 26 avril à la salle polyvalente de Châteauroux. L'installation se fera le vendredi de 17h à 20h.

Merci de nous retourner votre attestation d'assurance RC Pro avant le 10 avril.

L'équipe organisation""", html="alt"),

m("fr-neg-stagiaire-question-cours", "", "Mickaël Thibault <mickael.thibault@gmail.com>",
  "Question sur le module 3",
  """Bonjour,

Dans le module 3 de la formation en ligne, l'exercice sur la « fenêtre de tolérance » n'est pas très clair pour moi : on doit noter les situations de la journée ou celles de la semaine ? Et on vous envoie le tableau ou on le garde pour nous ?

Merci !
Mickaël"""),

m("fr-neg-parent-inscription-ado", "", "Stéphanie Leroux <stephanie.leroux@hotmail.fr>",
  "Atelier ados - inscription de mon fils",
  """Bonjour,

Je souhaiterais inscrire mon fils Théo (14 ans) à l'atelier « Gérer le stress des examens » pendant les vacances d'avril. Voici ses informations : Théo Leroux, classe de 3e au collège Les Capucins, allergique aux arachides (pour le goûter !). Je vous joins l'autorisation parentale.

Cordialement,
Stéphanie Leroux""",
  att=[("pdf", "autorisation_parentale_Theo.pdf", "Autorisation parentale - Theo Leroux - atelier avril 2026")],
  # NEAR-LINE: parent giving a minor's data for registration, no right exercised -> negative
  ),

m("fr-neg-amie-bonjour", "", "Fabienne <fabienne.morin@sfr.fr>",
  "Dimanche",
  """Coucou ma belle,
Toujours ok pour la balade dimanche au bord de la Théols ? On pourrait manger au petit resto d'après. Dis moi !
Fab""", cte="8bit"),

m("fr-neg-long-recit-sans-demande", "", "Lydie Marchand <lydie.marchand@gmail.com>",
  "Un petit mot",
  """Bonjour Sandra,

Je ne sais pas si vous vous souvenez de moi, j'avais participé au cercle de femmes du jeudi l'hiver dernier. Je voulais vous écrire parce que cette année a été incroyable. J'ai enfin osé parler à mon chef de mes horaires, j'ai obtenu un 4/5e, et je me suis mise à la poterie. C'est idiot mais c'est la première fois depuis des années que je fais quelque chose juste pour moi.

Je repense souvent à l'exercice des « petits pas », et aussi à la phrase que vous aviez dite : « On n'efface pas son histoire, on choisit ce qu'on en fait ». Je l'ai écrite sur un post-it sur mon frigo.

Voilà, c'était juste pour vous dire merci. Peut-être à bientôt pour un atelier,
Lydie""", html="only",
  # NEAR-LINE: long mail with "effacer" in a quotation, no request
  ),
]
