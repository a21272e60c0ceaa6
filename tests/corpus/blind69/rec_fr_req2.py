from records import R, S0, S1

RECORDS = [
R("fr-req-access-rgpd-art15-formel", ["access"], ("Étienne Marceau", "etienne.marceau@laposte.net"),
  "Demande d'accès - article 15 du RGPD",
  """Madame,

Sur le fondement de l'article 15 du Règlement (UE) 2016/679, et bien que nos échanges se soient toujours déroulés de manière cordiale — ce que je tiens à souligner afin que ma démarche ne soit pas mal interprétée —, je vous prie de bien vouloir me communiquer, dans le délai d'un mois prévu par le texte, une copie de l'ensemble des données à caractère personnel me concernant que vous traitez, ainsi que leurs finalités, leurs destinataires et leur durée de conservation.

Vous trouverez ci-joint une copie de ma pièce d'identité.

Veuillez agréer, Madame, mes salutations distinguées.

Étienne Marceau
""",
  attachments=[("pdf", "piece_identite_E_Marceau.pdf", "Carte nationale d'identite - Etienne Marceau - ne le 12/04/1979")]),

R("fr-req-erasure-suisse", ["erasure"], ("Nicole Favre", "nicole.favre@bluewin.ch"),
  "Effacement de mes coordonnées",
  """Bonjour Madame,

Je me suis inscrite à votre webinaire depuis Lausanne sur le conseil d'une amie française, qui en est très contente, mais n'ayant finalement pas pu y assister (j'avais un souper ce soir-là, j'avais mal lu l'horaire), je vous serais obligée d'effacer mes coordonnées et tout ce que le formulaire d'inscription a pu enregistrer.

Avec mes meilleures salutations,
Nicole Favre
"""),

R("fr-req-restriction-deux-temps", ["restriction"], ("Mélanie Caron", "melanie.caron@gmail.com"),
  "Mes données en pause",
  """Bonjour Sandra,

Je ne sais pas encore si je veux que tu effaces tout ou pas — j'hésite depuis des semaines, et mon mari me dit de trancher, mais je n'y arrive pas — alors en attendant que je me décide, est-ce que tu peux geler mon dossier, c'est-à-dire ne plus t'en servir du tout, ni pour les mails ni pour les statistiques, sans rien supprimer ?

Mélanie
"""),

R("fr-req-portability-erasure-depart", ["erasure", "portability"], ("Romain Dufresne", "romain.dufresne@outlook.fr"),
  "Récupérer puis supprimer",
  """Bonjour Madame Delomenie,

Avant de partir m'installer à l'étranger pour le travail de ma femme, j'aimerais récupérer toutes mes fiches de travail et mes résultats de tests sous une forme exploitable (tableur de préférence), puis, une fois que je vous aurai confirmé la bonne réception, que vous effaciez tout de votre côté.

Romain Dufresne
"""),

R("fr-req-objection-empty-body", ["objection"], ("Josiane Lebon", "josiane.lebon@orange.fr"),
  "Merci de ne plus m'envoyer la newsletter, même si je la lisais volontiers au début",
  ""),

R("fr-req-withdraw-temoignage-prenom", ["withdraw_consent"], ("Sylvie Caradec", "sylvie.caradec@free.fr"),
  "Témoignage - retrait",
  """Bonjour,

Vous aviez publié mon témoignage avec seulement mon prénom et ma ville, ce qui me semblait anonyme, mais ma collègue m'a reconnue tout de suite (« Sylvie, 52 ans, aide-soignante à Issoudun », évidemment !), alors je préfère que vous l'enleviez, même si je maintiens chaque mot de ce que j'ai écrit.

Sylvie
"""),

R("fr-req-access-questionnaire-reponses", ["access"], ("Stéphane Delorme", "stephane.delorme@gmail.com"),
  "Copie de mes réponses",
  """Bonjour,

J'ai rempli il y a deux ans votre questionnaire d'entrée en formation (celui qui était très long, avec les questions sur la famille et le rapport au travail), je ne me souviens plus du tout de ce que j'y avais répondu et, par curiosité autant que par prudence, je voudrais en recevoir une copie.

Stéphane Delorme
"""),

R("fr-req-post-mortem-epoux-formel", ["post_mortem"], ("Henri Castaing", "henri.castaing@wanadoo.fr"),
  "Décès de mon épouse",
  """Madame,

Mon épouse, Odile Castaing, née Perrin, qui vous appréciait beaucoup et qui avait suivi vos ateliers jusqu'à l'été dernier, est décédée le 3 février, et comme je continue à recevoir à son nom vos invitations — ce qui, je ne vous le cache pas, est difficile à chaque fois —, je vous demande de supprimer son dossier et de cesser tout envoi.

Henri Castaing
""",
  attachments=[("pdf", "acte_deces_O_Castaing.pdf", "Acte de deces - Odile Castaing nee Perrin")]),

R("fr-req-rectif-completer-allergie", ["rectification"], ("Aline Besson", "aline.besson@gmail.com"),
  "Complément à ma fiche",
  """Bonjour Sandra,

Comme le stage de juin comprend les repas (et que ma cousine, qui l'a fait l'an dernier, m'a dit que le traiteur ne vérifiait pas toujours), je voudrais compléter ma fiche d'inscription, où je n'avais rien mis, en indiquant que je suis allergique aux fruits à coque.

Aline
"""),
# NEAR-LINE: completing one's own record -> rectification (health info, but completion of data).

R("fr-req-erasure-rh-salarie", ["erasure"], ("Karine Lopez", "karine.lopez@gmail.com"),
  "Suite au coaching financé par Vallée Logistique",
  """Bonjour Madame,

Mon ancien employeur, Vallée Logistique, avait financé mes séances de coaching avant mon licenciement, et même si je sais que vous êtes tenue à une certaine confidentialité envers eux (vous me l'aviez bien expliqué dès le début, et je vous ai crue), je souhaite que tout ce qui me concerne soit effacé de vos fichiers, maintenant que je n'ai plus aucun lien avec cette entreprise.

Karine Lopez
"""),

R("fr-req-objection-chat-replay", ["objection"], ("Bastien Arnoux", "bastien.arnoux@proton.me"),
  "Mes messages dans le chat",
  """Bonjour,

Bien que je sache que les messages du chat sont pseudonymisés (c'est écrit dans votre politique, je l'ai lue avant de m'inscrire), j'ai parlé assez ouvertement de ma santé dans le chat de la conférence du 12, et je m'oppose à ce que ces échanges soient conservés dans les replays diffusés aux autres inscrits.

Bastien Arnoux
"""),
# NEAR-LINE: objects to a specific use of his chat messages -> objection.

R("fr-req-access-portability-rgpd", ["access", "portability"], ("Jeanne Morvan", "jeanne.morvan@laposte.net"),
  "Droit d'accès et portabilité",
  """Madame,

Comme je m'apprête à changer de coach (pour des raisons de proximité uniquement, je le précise) et que ma nouvelle accompagnatrice m'a conseillé de tout rassembler, je vous demande, au titre des articles 15 et 20 du RGPD, de me dire quelles données vous détenez sur moi et de me les transmettre dans un format structuré et couramment utilisé.

Jeanne Morvan
"""),

R("fr-req-withdraw-sante-consentement", ["withdraw_consent"], ("Florian Masson", "florian.masson@gmail.com"),
  "Données de santé",
  """Bonjour Sandra,

J'avais signé le formulaire de consentement pour la collecte de données de santé au début de l'accompagnement, parce que ça semblait logique vu mon burn-out, mais maintenant que mon médecin du travail s'occupe de tout ça, je retire ce consentement pour la suite, même si on continue nos séances.

Florian
"""),

R("fr-req-erasure-formulaire-site", ["erasure"], ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"),
  "Nouveau message depuis le formulaire de contact",
  """Nom : Pauline Germain
E-mail : pauline.germain@gmail.com
Téléphone : 06 45 12 78 33

Message :
Bonjour, j'avais téléchargé votre ebook sur le lâcher-prise il y a quelque temps, et même s'il était intéressant, je n'ai plus envie d'être dans vos fichiers, alors je vous demande d'effacer mon nom, mon mail et mon téléphone, merci.

--
Ce message a été envoyé depuis le formulaire de contact de https://floraisondesoi.fr
""",
  headers=[("Reply-To", "Pauline Germain <pauline.germain@gmail.com>"), ("X-Mailer", "WordPress/6.7.1")],
  to=S0),

R("fr-req-rectif-erasure-multi", ["erasure", "rectification"], ("Gilles Renard", "gilles.renard@orange.fr"),
  "Deux choses",
  """Bonjour,

Pendant que j'y pense, et puisque ma fille m'a aidé à regarder l'espace formation où tout est affiché, je voudrais d'une part que vous corrigiez mon nom (Renard, pas Renaud), et d'autre part que vous supprimiez le vieux numéro fixe qui y figure sans le remplacer, puisque je n'ai plus de ligne fixe du tout.

Gilles Renard
"""),
# NEAR-LINE: old number removed with no new value -> erasure (policy's rectification rule needs a new value).

R("fr-req-restriction-hors-marketing", ["restriction"], ("Anne-Claire Vidal", "ac.vidal@gmail.com"),
  "Limitation",
  """Bonjour Madame,

Puisque je reste votre cliente pour le module 2 (je ne vais donc pas vous demander de tout effacer, ce serait absurde), mais que je conteste l'exactitude des informations professionnelles figurant sur ma fiche — je ne suis plus chez Colas depuis un an —, je vous demande de limiter le traitement de mes données à ce qui est strictement nécessaire à la formation jusqu'à ce qu'on ait vérifié ensemble.

Anne-Claire Vidal
"""),

R("fr-req-objection-newsletter-apple-quote", ["objection"], ("Paulette Gaillard", "paulette.gaillard@icloud.com"),
  "Re: La lettre de Floraison - octobre",
  """Bonjour Sandra, je vous lis depuis longtemps et même si je trouve toujours vos mots justes, j'ai décidé de faire du tri dans mes abonnements (ma fille dit que je suis inscrite à tout), donc je vous demande de m'enlever de la liste, voilà, et encore merci pour ces années.

Paulette

Envoyé de mon iPhone
""",
  quote={"style": "apple", "subject": "La lettre de Floraison - octobre",
         "text": "La lettre de Floraison - octobre\n\nCet automne, parlons de ce que l'on laisse tomber...\n\nSe désinscrire"}),

R("fr-req-post-mortem-propre-directive-formel", ["post_mortem"], ("Raymond Guillot", "raymond.guillot@orange.fr"),
  "Directives particulières",
  """Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, que mon fils, juriste, m'a fait connaître, et bien que je sois en parfaite santé (rassurez-vous), je vous adresse mes directives particulières : à mon décès, mes données devront être effacées, à l'exception de mes écrits personnels, que vous remettrez à mon fils Laurent Guillot.

Raymond Guillot
""",
  attachments=[("docx", "directives_R_Guillot.docx", "Directives relatives a mes donnees apres mon deces - Raymond Guillot")]),

R("fr-req-access-sans-accents", ["access"], ("Laetitia Marin", "laeti.marin@gmail.com"),
  "question dossier",
  """bonjour sandra, je t'ecris un peu vite entre deux clients au salon (je suis coiffeuse si tu te souviens) mais j'aimerais bien que tu m'envoies ce que t'as note sur moi pendant le coaching, pas pour te faire des histoires hein, juste parce que j'ai envie de relire mon parcours
bisous
laeti
"""),

R("fr-req-erasure-objection-rh-groupe", ["erasure", "objection"], ("Céline Faure", "celine.faure@gmail.com"),
  "Groupe WhatsApp et fichiers",
  """Bonjour Sandra,

Même si la formation est terminée depuis plusieurs mois et que je comprends que le groupe WhatsApp serve encore aux autres (Marie et Fatou y postent tous les jours, et c'est très bien), je ne veux plus être sollicitée par vos annonces et je voudrais que vous me retiriez du groupe et effaciez mon numéro.

Céline
"""),

R("fr-req-rectif-adresse-postale-qp", ["rectification"], ("Thérèse Ollivier", "therese.ollivier@wanadoo.fr"),
  "Adresse",
  """Bonjour Madame,

Ayant quitté la maison de la route de Bourges pour un appartement plus petit depuis que mes genoux ne suivent plus (ma fille a insisté, et elle avait raison), je vous prie de noter ma nouvelle adresse : 3 rue Pierre Brossolette, appartement 12, 36100 Issoudun, en lieu et place de l'ancienne.

Thérèse Ollivier
""",
  cte="quoted-printable"),

R("fr-req-withdraw-erasure-stage", ["erasure", "withdraw_consent"], ("Anthony Leroux", "anthony.leroux@gmail.com"),
  "stage d'été",
  """Bonjour,

Je me suis rendu compte, en voyant la vidéo du stage d'été sur votre chaîne, que j'avais signé l'autorisation de diffusion un peu vite le premier jour (on signe tout sans lire, mea culpa), et même si la vidéo est jolie, je la refuse maintenant ; par ailleurs, je vous demande d'effacer toutes mes données personnelles.

Anthony Leroux
"""),

R("fr-req-portability-withdraw", ["portability", "withdraw_consent"], ("Estelle Caillaud", "estelle.caillaud@outlook.com"),
  "Mes écrits",
  """Bonjour Sandra,

Je sais qu'on en a parlé au téléphone et que tu m'as dit de t'écrire pour que ce soit officiel, alors voilà : je retire mon autorisation pour que mes textes de l'atelier d'écriture soient lus en exemple dans tes autres groupes, et je voudrais que tu m'envoies l'ensemble de ces textes dans un fichier que je peux éditer, pour les reprendre dans mon propre projet.

Estelle
"""),

R("fr-req-objection-buried-long", ["objection"], ("Christiane Boulanger", "christiane.boulanger@orange.fr"),
  "Des nouvelles",
  """Bonjour Sandra,

Je voulais vous donner des nouvelles depuis le dernier cercle : le déménagement de ma mère en maison de retraite s'est finalement bien passé, même si elle réclame encore son chat, et mon fils a enfin trouvé un stage à Tours, ce qui m'enlève un poids.

J'ai aussi repris la marche avec le groupe du jeudi, comme vous me l'aviez suggéré, et je dors mieux.

Par contre, et ne le prenez pas mal, comme je reçois maintenant vos mails d'annonces presque chaque semaine et que ça me met la pression de tout ce que je ne fais pas, je préférerais ne plus recevoir ces annonces commerciales, tout en restant bien sûr en contact avec vous pour le cercle, que je continue.

Je vous embrasse,
Christiane
"""),

R("fr-req-access-origine-liste", ["access"], ("Frédéric Chauvin", "frederic.chauvin@sfr.fr"),
  "Origine de mes données",
  """Madame,

Ayant reçu votre invitation au salon du bien-être alors que je n'ai jamais été votre client — mais que mon épouse, elle, l'a été, et qu'elle a peut-être donné mon adresse sans me le dire, ce qui ne serait pas la première fois —, je vous demande de m'indiquer la source de mes données et ce que vous détenez exactement à mon sujet.

Frédéric Chauvin
"""),

R("fr-req-restriction-mineur", ["restriction"], ("Sandrine Poirier", "sandrine.poirier@gmail.com"),
  "Dossier de mon fils Maël",
  """Bonjour Madame,

Mon fils Maël, 14 ans, a suivi vos séances de gestion des émotions et même si je ne souhaite pas forcément que tout soit supprimé (il voudra peut-être reprendre un jour), je conteste ce qui est écrit sur son comportement dans le bilan envoyé au collège, et je vous demande de ne plus utiliser ni transmettre ce bilan tant que nous n'en avons pas discuté.

Sandrine Poirier
"""),

R("fr-req-erasure-reply-to-form", ["erasure"], ("Calendly", "notifications@calendly.com"),
  "Nouveau rendez-vous : Appel découverte - Maxime Girard",
  """Bonjour Sandra Delomenie,

Un nouvel événement a été programmé.

Invité : Maxime Girard
E-mail : maxime.girard@gmail.com
Type d'événement : Appel découverte (20 min)

Réponses de l'invité :
Motif de l'appel : En fait je ne veux pas d'appel, je m'excuse d'utiliser ce formulaire mais je n'ai pas trouvé votre mail : j'ai fait votre quiz en ligne il y a un an sans trop réfléchir et je voudrais que vous supprimiez mes réponses et mes coordonnées, merci.

Voir l'événement dans Calendly
""",
  headers=[("Reply-To", "Maxime Girard <maxime.girard@gmail.com>")], html="alt"),
# NEAR-LINE: a platform notification, but the new text written by the invitee asks for erasure -> request.

R("fr-req-post-mortem-soeur-access", ["post_mortem"], ("Véronique Langlois", "veronique.langlois@gmail.com"),
  "Ma sœur Isabelle",
  """Bonjour Madame,

Ma sœur Isabelle Langlois, qui s'est donné la mort en octobre (je vous l'écris sans détour parce que je n'y arrive plus autrement), avait été suivie par vous quelques mois, et bien que je sache que vous êtes tenue au secret, j'aimerais, en tant qu'héritière, obtenir une copie de ses écrits et de ce qu'elle vous avait confié, pour essayer de comprendre.

Véronique Langlois
"""),
# NEAR-LINE: an heir asking for a copy -> post_mortem only (not access).

R("fr-req-rectif-mention-employeur", ["rectification"], ("Nadia Cherif", "nadia.cherif@hotmail.fr"),
  "Employeur sur mon attestation",
  """Bonjour,

L'entreprise qui a payé ma formation s'appelle Berry Conseil Habitat et non pas « Berry Conseil », ce qui a l'air d'un détail mais qui bloque le remboursement par l'OPCO, alors si vous pouviez corriger ce nom sur ma fiche et sur l'attestation, ce serait parfait.

Nadia Cherif
"""),
# NEAR-LINE: employer name in her own record/attestation -> rectification.

R("fr-req-objection-analytics", ["objection"], ("Yann Le Goff", "yann.legoff@proton.me"),
  "Google Analytics",
  """Bonjour,

Même si je bloque déjà la plupart des traceurs chez moi et que je n'ai sans doute rien à craindre, je m'oppose à ce que mes visites sur votre site et mes clics dans vos emails soient suivis et rattachés à mon nom, et je vous demande de cesser ce suivi me concernant.

Yann Le Goff
"""),

R("fr-req-access-objection-chatty", ["access", "objection"], ("Mathilde Roy", "mathilde.roy@gmail.com"),
  "petite demande",
  """Hello Sandra,

Ça va faire un an depuis mon dernier atelier (le temps file !) et je me rends compte, en faisant le ménage dans ma boîte, que je reçois encore tes promos alors que je pensais m'être désinscrite, donc j'aimerais savoir ce que tu as gardé sur moi et, dans la foulée, ne plus recevoir ces offres.

Bises,
Mathilde
"""),

R("fr-req-erasure-html-alt-forward", ["erasure"], ("Odile Marchetti", "odile.marchetti@yahoo.fr"),
  "Fwd: Confirmation d'inscription - Conférence Oser dire non",
  """Bonjour,

Je vous renvoie la confirmation ci-dessous pour que vous sachiez de qui il s'agit : je m'étais inscrite à cette conférence pour accompagner une collègue, qui finalement n'est pas venue, et je n'y suis pas allée non plus, alors je vous demande de supprimer mon inscription de vos fichiers, et toutes mes coordonnées avec.

Odile Marchetti
""",
  quote={"style": "fwd", "subject": "Confirmation d'inscription - Conférence Oser dire non",
         "text": "Bonjour Odile,\n\nVotre inscription à la conférence « Oser dire non » du 14 mars est confirmée.\n\nSandra Delomenie - Floraison de Soi"},
  html="alt"),
# NEAR-LINE: "supprimer mon inscription" alone would be a cancellation; "toutes mes coordonnées" makes it erasure.

R("fr-req-withdraw-temoignage-linkedin", ["withdraw_consent"], ("Benoît Collin", "benoit.collin@gmail.com"),
  "Recommandation LinkedIn",
  """Bonjour Sandra,

La recommandation que je vous avais écrite sur LinkedIn m'appartient et je la laisse, mais vous l'avez aussi reprise en capture sur votre site et dans votre plaquette — ce que je ne vous avais pas vraiment autorisé à faire, même si je ne l'avais pas interdit non plus —, et je vous demande de la retirer de ces deux supports.

Benoît
"""),
# NEAR-LINE: withdrawing the use of his testimonial -> withdraw_consent.

R("fr-req-portability-autre-plateforme", ["portability"], ("Inès Mercier", "ines.mercier@gmail.com"),
  "Mes modules",
  """Bonjour,

La formation en ligne me plaît beaucoup mais mon employeur, qui paye maintenant mes formations, utilise une autre plateforme (360Learning), alors je voudrais que l'historique de mes modules, mes notes aux quiz et mes attestations soient exportés dans un format standard pour que leur service RH les reprenne.

Inès Mercier
"""),

R("fr-req-restriction-access", ["access", "restriction"], ("Laurent Noël", "laurent.noel@orange.fr"),
  "Mon dossier",
  """Madame,

Ayant découvert par hasard, en lisant un mail que vous avez envoyé à tout le groupe par erreur, qu'il existe chez vous une « fiche d'observation » me concernant, je vous demande d'abord de m'en envoyer une copie et, d'ici à ce que je l'aie lue et que nous en ayons parlé, de ne l'utiliser d'aucune façon.

Laurent Noël
"""),

R("fr-req-erasure-8bit-court", ["erasure"], ("Lydie Perret", "lydie.perret@sfr.fr"),
  "suppression",
  """Bonjour, je suis désolée de faire ça par mail alors que vous avez été si gentille au téléphone, mais après réflexion, et même si mon mari trouve que j'exagère, je vous demande d'effacer toutes mes données.
Lydie Perret
""",
  cte="8bit"),

R("fr-req-objection-prospection-entreprise", ["objection"], ("Hervé Dumas", "herve.dumas@menuiserie-dumas.fr"),
  "Sollicitations",
  """Madame,

En tant que gérant d'une petite menuiserie, je reçois déjà beaucoup de sollicitations, et bien que j'aie fait appel à vous une fois pour une formation de mes deux apprentis (qui s'est bien passée), je ne souhaite plus recevoir vos propositions commerciales à mon adresse personnelle, qui n'aurait d'ailleurs pas dû servir à cela.

Hervé Dumas
Menuiserie Dumas
"""),

R("fr-req-post-mortem-neveu-belge", ["post_mortem"], ("Pierre Janssens", "pierre.janssens@telenet.be"),
  "Feu ma tante, Mme Lucienne Janssens",
  """Madame,

Je me permets de vous écrire au nom de la famille de ma tante, Lucienne Janssens, décédée en janvier à Bruxelles, qui avait suivi vos ateliers à distance depuis la Belgique, et puisque je suis le liquidateur de sa succession, je vous saurais gré de me transmettre ce que vous détenez la concernant et de fermer son accès à votre plateforme.

Bien à vous,
Pierre Janssens
"""),

R("fr-req-rectif-genre-prenom", ["rectification"], ("Noah Berger", "noah.berger@gmail.com"),
  "Mon prénom",
  """Bonjour Sandra,

J'ai changé de prénom à l'état civil cet hiver (c'est une longue histoire, que je vous ai en partie racontée lors de nos séances, donc vous ne serez pas surprise), et je voudrais que sur tous vos documents et dans votre fichier, « Léa Berger » soit remplacé par « Noah Berger ».

Merci de votre soutien, vraiment,
Noah
"""),

R("fr-req-access-outlook-quote", ["access"], ("Francis Lemoine", "f.lemoine@cabinet-lemoine.fr"),
  "RE: Facture n°2025-118",
  """Bonjour Madame Delomenie,

Merci pour la facture, qui est correcte cette fois ; j'en profite, puisque vous évoquez dans votre mail la « fiche de suivi » que vous tenez sur moi depuis le début, et même si je ne doute pas de son sérieux, pour vous demander de m'en adresser une copie intégrale.

Francis Lemoine
""",
  quote={"style": "outlook", "subject": "Facture n°2025-118",
         "text": "Bonjour Monsieur Lemoine,\n\nVous trouverez ci-joint la facture corrigée. J'ai mis à jour votre fiche de suivi.\n\nBien cordialement,\nSandra Delomenie"}),
]
