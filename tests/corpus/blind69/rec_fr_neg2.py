from records import R, S0, S1

RECORDS = [
R("fr-neg-histoire-banque-rectif", [], ("Gaëlle Marty", "gaelle.marty@gmail.com"),
  "Anecdote",
  """Bonjour Sandra,

En sortant de la séance, je suis passée à la banque où, même si ça faisait trois ans que je le leur demandais, ils ont enfin corrigé l'orthographe de mon nom sur mon chéquier, et je me suis dit que c'était peut-être ça, « oser demander », alors merci pour le déclic !

Gaëlle
"""),

R("fr-neg-si-je-partais", [], ("Baptiste Henry", "baptiste.henry@outlook.fr"),
  "Curiosité",
  """Bonjour Sandra,

Si jamais je partais travailler au Canada, ce dont je rêve mais que ma compagne refuse pour l'instant, est-ce que mes accès à la formation en ligne resteraient valables, ou faudrait-il tout recommencer depuis là-bas ?

Baptiste
"""),

R("fr-neg-comment-marche-acces", [], ("Solène Dupuis", "solene.dupuis@gmail.com"),
  "Question sur le droit d'accès",
  """Bonjour,

Dans le cadre de mon BTS, où nous étudions le RGPD (oui, même en BTS assistant de gestion), je dois interroger une petite entreprise sur la façon dont elle gère une demande d'accès : en combien de temps répondez-vous en général, et demandez-vous une pièce d'identité ?

Solène Dupuis
"""),

R("fr-neg-mere-decedee-sans-rapport", [], ("Catherine Aubry", "catherine.aubry@orange.fr"),
  "Reprise des séances",
  """Bonjour Sandra,

Depuis le décès de ma mère en février — et je vous remercie encore pour votre carte, elle m'a beaucoup touchée —, je n'ai pas eu la force de revenir, mais je crois que c'est le moment, et même si je ne sais pas par où recommencer, pourriez-vous me proposer un créneau en mai ?

Catherine
"""),
# NEAR-LINE: a death is mentioned but nothing about the deceased's data -> negative.

R("fr-neg-merci-rectif-faite", [], ("Thérèse Ollivier", "therese.ollivier@wanadoo.fr"),
  "Re: Adresse",
  """Merci Madame, c'est parfait, j'ai bien reçu le courrier à la nouvelle adresse, même si le facteur a mis un peu de temps à s'habituer.

Thérèse Ollivier
""",
  quote={"style": "outlook", "who": S1, "subject": "Adresse",
         "text": "Bonjour Madame Ollivier,\n\nC'est noté, votre nouvelle adresse a bien été enregistrée à la place de l'ancienne.\n\nBien cordialement,\nSandra Delomenie"}),

R("fr-neg-merci-au-dessus-demande", [], ("Paulette Gaillard", "paulette.gaillard@icloud.com"),
  "Re: Re: La lettre de Floraison - octobre",
  """Merci Sandra, vous êtes adorable, et promis, si un jour je m'ennuie de vos lettres je me réinscrirai moi-même.

Paulette

Envoyé de mon iPhone
""",
  quote={"style": "apple", "who": S0, "subject": "Re: La lettre de Floraison - octobre",
         "text": "Bonjour Paulette,\n\nC'est fait, vous ne recevrez plus la lettre.\nMerci pour ces années de fidélité !\n\nSandra\n\n> Bonjour Sandra, ... je vous demande de m'enlever de la liste"}),
# NEAR-LINE: thank-you above a handled unsubscribe request -> negative (only new text counts).

R("fr-neg-fwd-rfc822-collegue", [], ("Anne Masson", "anne.masson@association-aidants36.fr"),
  "Tr: message reçu par erreur",
  """Bonjour Sandra,

Je te transfère ce message qui est arrivé sur l'adresse de l'association alors qu'il t'était visiblement destiné, et même si je l'ai ouvert avant de comprendre (désolée), je n'ai rien fait d'autre que te le faire suivre.

Anne
""",
  inner=dict(key="fr-neg-fwd-rfc822-inner", frm=("Gilbert Roche", "gilbert.roche@free.fr"),
             to=("Association Aidants 36", "contact@association-aidants36.fr"),
             subject="Pour Mme Delomenie", rights=[],
             body="Bonjour,\n\nPourriez-vous transmettre à Mme Delomenie mes remerciements pour la conférence ?\n\nGilbert Roche\n")),

R("fr-neg-demande-devis-entreprise", [], ("Élodie Fabre", "elodie.fabre@berry-conseil-habitat.fr"),
  "Demande de devis",
  """Bonjour Madame,

Notre entreprise, qui compte une vingtaine de salariés et qui traverse une période de réorganisation un peu tendue (je vous passe les détails), souhaiterait un devis pour une journée de formation sur la gestion du stress, idéalement avant l'été, même si nous sommes souples sur la date.

Élodie Fabre
Assistante de direction
"""),

R("fr-neg-avis-politique", [], ("Joël Besnard", "joel.besnard@gmail.com"),
  "Votre politique de confidentialité",
  """Bonjour,

En lisant votre politique de confidentialité avant de m'inscrire — oui, je fais partie des rares qui les lisent, ma femme se moque de moi —, j'ai remarqué qu'il est écrit « RGDP » à plusieurs endroits au lieu de « RGPD », je vous le signale simplement, sans aucune arrière-pensée.

Joël Besnard
"""),

R("fr-neg-suppression-whatsapp-groupe-question", [], ("Rose Delaunay", "rose.delaunay@gmail.com"),
  "groupe WhatsApp",
  """Coucou Sandra, petite question : quand la formation sera finie en juin, est-ce que le groupe WhatsApp sera supprimé ou est-ce qu'on pourra continuer à échanger entre nous, parce qu'avec les filles on aimerait bien garder le contact même si on peut aussi créer le nôtre ?

Rose
"""),

R("fr-neg-collegue-donnees-amie", [], ("Sabrina Moreau", "sabrina.moreau@hotmail.fr"),
  "Pour mon amie Léa",
  """Bonjour,

Mon amie Léa, qui a suivi vos ateliers avec moi et qui est trop timide pour vous écrire (elle s'en veut déjà de vous déranger), aimerait ne plus recevoir votre newsletter, et comme je vous écris de toute façon pour l'atelier de mai, je me permets de vous le demander pour elle.

Sabrina
"""),
# NEAR-LINE: friend asking on behalf of another living adult without mandate -> negative.

R("fr-neg-inscription-newsletter", [], ("Gwenaëlle Le Bihan", "gwen.lebihan@gmail.com"),
  "Inscription",
  """Bonjour Sandra,

Ma voisine m'a tellement parlé de vos lettres que je voudrais m'y abonner, mais le formulaire de votre site me renvoie une erreur, alors même si c'est sûrement moi qui m'y prends mal, pourriez-vous m'ajouter à la liste avec cette adresse ?

Gwenaëlle
"""),

R("fr-neg-remboursement", [], ("Michel Lacombe", "michel.lacombe@orange.fr"),
  "Remboursement",
  """Madame,

Ayant dû interrompre la formation en ligne pour raisons de santé (mon médecin m'a arrêté trois mois, et je n'avais pas la tête à ça), je souhaiterais savoir s'il est possible d'obtenir un remboursement partiel des modules non suivis, même si je comprends que les conditions générales ne le prévoient peut-être pas.

Michel Lacombe
"""),

R("fr-neg-cnil-plainte-texte", [], ("Hubert Lagarde", "hubert.lagarde@wanadoo.fr"),
  "Signalement",
  """Madame,

Je vous informe, par correction, qu'à la suite de la réception répétée de vos messages malgré mes demandes, j'ai saisi la CNIL ce matin par le formulaire de plainte en ligne, même si j'aurais préféré que nous n'en arrivions pas là.

Hubert Lagarde
"""),

R("fr-neg-question-heritier-theorique", [], ("Josette Brun", "josette.brun@laposte.net"),
  "Une question",
  """Bonjour Sandra,

Depuis que mon frère est mort l'hiver dernier et que nous avons dû nous débattre avec ses comptes Facebook et Google (un cauchemar, je ne le souhaite à personne), je me demande : que devient ce que vous gardez sur vos clients quand ils décèdent, est-ce que la famille peut y avoir accès ?

Josette
"""),
# NEAR-LINE: question about how post-mortem rights work, no request about a specific deceased person's data held by her -> negative.

R("fr-neg-sandra-reponse-acces", [], S1,
  "Re: Demande d'accès - article 15 du RGPD",
  """Monsieur,

J'ai bien reçu votre demande d'accès et votre pièce d'identité, et même si le délai légal est d'un mois, je devrais pouvoir vous adresser la copie de vos données d'ici une dizaine de jours.

Bien cordialement,
Sandra Delomenie
""",
  to=("Étienne Marceau", "etienne.marceau@laposte.net"),
  quote={"style": "gmail", "who": ("Étienne Marceau", "etienne.marceau@laposte.net"), "subject": "Demande d'accès",
         "text": "Madame,\n\nSur le fondement de l'article 15 du RGPD, je vous prie de bien vouloir me communiquer une copie de mes données.\n\nÉtienne Marceau"}),
# NEAR-LINE: Sandra's own reply quoting a request -> negative.

R("fr-neg-effacer-message-vocal", [], ("Cyril Lemaître", "cyril.lemaitre@gmail.com"),
  "Message vocal",
  """Bonjour Sandra,

Je vous ai laissé un message vocal assez confus hier soir, après une journée épouvantable au bureau, alors même si vous l'avez peut-être déjà écouté, n'en tenez pas compte : je voulais juste confirmer notre rendez-vous de mardi à 18 h.

Cyril
"""),

R("fr-neg-acces-replay", [], ("Valentine Roussel", "valentine.roussel@gmail.com"),
  "Accès au replay",
  """Bonjour,

J'ai dû quitter le webinaire avant la fin parce que mon fils s'était enfermé dehors (oui, dehors, c'est possible), et même si j'ai suivi l'essentiel, je voudrais savoir comment accéder au replay, le lien du mail ne marche pas chez moi.

Valentine
"""),

R("fr-neg-copie-attestation", [], ("Sébastien Vallet", "sebastien.vallet@gmail.com"),
  "Attestation Pôle emploi",
  """Bonjour Madame,

France Travail me réclame l'attestation de présence à la formation de février pour valider mon dossier, et même si je suis sûr de l'avoir reçue, je ne la retrouve plus dans ma boîte, pourriez-vous m'en renvoyer une copie ?

Sébastien Vallet
"""),
# NEAR-LINE: a copy of an attendance certificate (administrative document) is not a copy of personal data records -> negative.

R("fr-neg-sms-style-rdv", [], ("Mel", "melanie.b36@gmail.com"),
  "rdv",
  """coucou sandra dsl je peux pas venir demain g ma fille malade et mon mec bosse, on peut decaler a la semaine pro ? meme le soir c ok pour moi
mel
"""),

R("fr-neg-ancienne-adresse-info", [], ("Roger Lambert", "roger.lambert@orange.fr"),
  "Pour information",
  """Bonjour Madame,

Je vous écris simplement pour vous informer que ma fille, qui m'avait inscrit à vos conférences sans me demander mon avis (elle est comme ça), a désormais une nouvelle adresse et qu'elle vous écrira sans doute elle-même pour la mettre à jour.

Roger Lambert
"""),

R("fr-neg-auto-reply-conges", [], ("Karine Lopez", "karine.lopez@gmail.com"),
  "Absence : Re: Votre facture",
  """Bonjour,

Je suis absente du 4 au 18 août et je n'aurai qu'un accès très limité à ma messagerie ; pour toute urgence concernant mes données ou ma formation, vous pouvez joindre mon assistante au 02 54 21 00 00.

Karine Lopez
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

R("fr-neg-assurance-rc-pro", [], ("MAAF Pro", "pro@maaf-info.fr"),
  "Votre contrat RC Pro - informations sur vos données",
  """Madame,

Dans le cadre de la gestion de votre contrat de responsabilité civile professionnelle, nous vous informons que vous pouvez à tout moment demander l'accès, la rectification ou l'effacement de vos données en écrivant à notre délégué à la protection des données.

MAAF Assurances
""",
  html="alt"),

R("fr-neg-webmaster-maj", [], ("Quentin - Webmaster", "quentin@atelier-web-berry.fr"),
  "Mise à jour du site",
  """Salut Sandra,

J'ai fait la mise à jour de WordPress et des extensions, et même si tout a l'air de fonctionner, j'ai supprimé l'ancien formulaire de contact qui générait du spam et je l'ai remplacé par un nouveau, donc dis-moi si tu reçois bien les messages.

Quentin
"""),

R("fr-neg-comptable-export", [], ("Cabinet Aubin Expertise", "m.aubin@aubin-expertise.fr"),
  "Export des recettes 2025",
  """Bonjour Madame Delomenie,

Pour préparer votre déclaration 2035, pourriez-vous m'envoyer l'export de vos recettes 2025 depuis Stripe et PayPal, au format CSV de préférence, même si un PDF fera l'affaire à défaut ?

Martine Aubin
Expert-comptable
"""),

R("fr-neg-belge-inscription", [], ("Jean-Luc Peeters", "jeanluc.peeters@proximus.be"),
  "Inscription stage septante",
  """Bonjour Madame,

Ma compagne et moi souhaiterions nous inscrire au stage de septembre, et bien qu'on habite à Namur et qu'il y ait pas mal de route, on a entendu tant de bien de vous par une amie de Tournai qu'on est décidés, pourriez-vous nous dire s'il reste deux places ?

Bien à vous,
Jean-Luc
"""),

R("fr-neg-suisse-question-donnees-sante", [], ("Martine Rochat", "martine.rochat@bluewin.ch"),
  "Données de santé",
  """Bonjour Madame,

Avant de m'engager dans votre accompagnement à distance depuis Genève, j'aimerais comprendre pourquoi vous demandez un consentement pour les données de santé, et ce que vous en faites concrètement, car ici en Suisse on est assez attentifs à ça.

Avec mes meilleures salutations,
Martine Rochat
"""),

R("fr-neg-erreur-facture", [], ("Noémie Carré", "noemie.carre@gmail.com"),
  "Erreur sur la facture",
  """Bonjour Sandra,

Sur la facture que tu m'as envoyée, le montant indiqué est 240 € alors qu'on avait convenu de 210 € avec la réduction « ancienne cliente », et même si ce n'est pas énorme, mon comité d'entreprise rembourse sur justificatif exact, donc est-ce que tu peux refaire la facture ?

Noémie
"""),
# NEAR-LINE: correcting an invoice amount is a billing matter, not rectification of personal data.

R("fr-neg-fille-decedee-question-deuil", [], ("Annie Fleury", "annie.fleury@orange.fr"),
  "Accompagnement deuil",
  """Madame,

Ma fille est décédée il y a un an, et même si je vois déjà une psychologue, ma sœur, qui vous connaît, pense que vos cercles pourraient m'aider à reprendre pied, alors je voudrais savoir comment se passe une première séance et s'il faut s'inscrire à l'avance.

Annie Fleury
"""),

R("fr-neg-phishing-facture", [], ("Comptabilité", "factures@docs-partage-secure.net"),
  "Facture impayée - accès au document",
  """Bonjour,

Veuillez trouver votre facture en attente de règlement. Pour y accéder, connectez-vous avec vos identifiants de messagerie sur le portail sécurisé ci-dessous, faute de quoi vos données seront supprimées.

https://docs-partage-secure.net/facture

Service comptable
""",
  html="only"),

R("fr-neg-presse-article", [], ("La Nouvelle République", "redaction.issoudun@nrco.fr"),
  "Article sur votre activité",
  """Bonjour Madame Delomenie,

Nous préparons un article sur les métiers de l'accompagnement dans le Berry et, même si le bouclage est serré, nous aimerions vous interroger par téléphone cette semaine sur votre parcours et sur la manière dont vous protégez la confidentialité de vos clients.

La rédaction d'Issoudun
"""),

R("fr-neg-stagiaire-temoigne-autre", [], ("Lucas Benard", "lucas.benard@gmail.com"),
  "retour d'expérience",
  """Bonjour Sandra, je voulais juste te dire qu'après la formation j'ai moi-même demandé à mon ancien club de sport de retirer ma photo de leur site, comme on en avait parlé dans l'atelier sur les limites, et ils l'ont fait sans discuter, donc merci pour le courage !
Lucas
"""),

R("fr-neg-quebec-question", [], ("Geneviève Gagnon", "genevieve.gagnon@videotron.ca"),
  "Question pour l'infolettre",
  """Allô Sandra,

Mon amie française m'a transféré ton infolettre pis je la trouve vraiment belle, mais avant de m'abonner je me demandais si tu l'envoies aussi au Québec, pis si les ateliers en ligne sont à une heure raisonnable pour nous autres avec le décalage ?

Geneviève
"""),

R("fr-neg-relance-sandra", [], S0,
  "Votre avis compte",
  """Bonjour Hugo,

Comme tu as terminé ton accompagnement le mois dernier, et même si je sais que tout le monde est débordé, je me permets de te relancer pour le petit questionnaire de satisfaction (cinq minutes, promis), qui m'aide vraiment à faire évoluer mes séances.

Merci d'avance,
Sandra
""",
  to=("Hugo Marchand", "hugo.marchand@gmail.com")),

R("fr-neg-cousin-decede-autre-entreprise", [], ("Thierry Rolland", "thierry.rolland@gmail.com"),
  "Conseil",
  """Bonjour Sandra,

Je sais que ce n'est pas votre domaine, mais depuis que mon cousin est décédé, sa banque refuse de clôturer ses comptes et son opérateur continue d'envoyer des factures, et comme vous m'aviez aidé à gérer mon stress, je me demandais si vous aviez des conseils pour garder son calme face à ces administrations.

Thierry
"""),

R("fr-neg-correction-exercice", [], ("Agnès Poulain", "agnes.poulain@gmail.com"),
  "Exercice module 3",
  """Bonjour Sandra,

J'ai rendu l'exercice du module 3 sur la plateforme, mais j'ai vu après coup que j'avais mal compris la consigne (j'ai décrit la situation de ma sœur au lieu de la mienne, bravo moi), est-ce que je peux le refaire et le redéposer ?

Agnès
"""),

R("fr-neg-sandra-a-client-rectif", [], S0,
  "Votre nouvelle adresse",
  """Bonjour Monsieur Pelletier,

Je vous confirme que la nouvelle adresse de la scierie a bien été enregistrée, et que les prochaines convocations pour la formation vous y seront envoyées.

Bien cordialement,
Sandra Delomenie
""",
  to=("Thierry Pelletier", "thierry.pelletier@laposte.net")),

R("fr-neg-opposition-cheque-banque", [], ("Crédit Agricole Centre Loire", "noreply@ca-centreloire.fr"),
  "Confirmation de votre opposition",
  """Madame,

Nous vous confirmons l'enregistrement de l'opposition sur le chèque n° 0004512, comme vous nous l'avez demandé par téléphone ce jour.

Votre conseiller
""",
  html="alt"),
]
