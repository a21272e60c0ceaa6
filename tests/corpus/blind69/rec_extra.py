from records import R, S0, S1

RECORDS = [
R("fr-req-post-mortem-gendre-whatsapp", ["post_mortem"], ("Didier Aumont", "didier.aumont@orange.fr"),
  "Ma belle-mère, Mme Suzanne Lherbier",
  """Bonjour Madame,

Ma belle-mère, Suzanne Lherbier, est décédée à l'hôpital de Châteauroux la semaine dernière, et même si ce n'est sans doute pas la priorité (ma femme ne s'en sent pas la force, c'est pourquoi je vous écris à sa place, avec son accord), nous aimerions que vous la retiriez du groupe WhatsApp du cercle, où les messages continuent d'arriver sur son téléphone, et que ses coordonnées soient effacées.

Didier Aumont
"""),

R("fr-req-post-mortem-propres-directives-photos", ["post_mortem"], ("Colette Renaudin", "colette.renaudin@wanadoo.fr"),
  "Pour plus tard",
  """Chère Sandra,

Puisque vous nous avez parlé, au dernier cercle, de ces fameuses « directives » que chacun peut laisser pour ses données (j'avoue que je n'y avais jamais pensé, même après avoir enterré deux sœurs), je vous écris pour dire qu'après ma mort je veux que mes photos soient retirées de votre site et que tout le reste soit détruit, sans exception.

Colette Renaudin
""",
  html="alt"),
# NEAR-LINE: instructions for her own data after her death -> post_mortem only, though photos are mentioned.

R("fr-req-restriction-objection-employeur", ["objection", "restriction"], ("Yannick Perrault", "yannick.perrault@gmail.com"),
  "Mon dossier et vos relances",
  """Bonjour Madame,

Bien que je ne conteste pas que mon employeur ait le droit de savoir que j'ai suivi la formation qu'il a payée, l'appréciation écrite qui figure dans mon dossier sur ma « motivation » est inexacte, alors je vous demande de ne plus vous en servir ni de la communiquer jusqu'à ce qu'on l'ait revue, et par ailleurs je ne veux plus recevoir vos offres commerciales.

Yannick Perrault
"""),

R("fr-req-portability-fichier-ods", ["portability"], ("Martine Delorme", "martine.delorme@free.fr"),
  "Mes bilans en fichier",
  """Bonjour Sandra,

Je ne doute pas que vos PDF soient très jolis (ma fille les a trouvés superbes), mais comme je veux suivre l'évolution de mes scores de stress dans mon propre tableur, comme je le fais déjà pour ma tension avec mon médecin, pourriez-vous m'envoyer l'ensemble de mes résultats dans un fichier .ods ou .csv ?

Martine
"""),

R("en-req-restriction-wrong-diagnosis", ["restriction"], ("Peter Lowe", "peter.lowe@gmail.com"),
  "Please pause using my file",
  """Dear Sandra,

Although I understand you need to keep records, and I'm not asking you to delete anything since I may come back next year, the intake form lists a diagnosis I never had (I think it was my brother's, whom I mentioned), so please stop using or sharing my file until that's been checked.

Peter Lowe
"""),

R("en-req-portability-access-nonnative", ["access", "portability"], ("Ingrid Larsen", "ingrid.larsen@gmail.com"),
  "my data please",
  """Hello Sandra, I hope you are well; my new employer in Oslo he has a coaching program also, and even if I was very happy with you, I want to know all the data you have about me and to receive them in a file like Excel so I can give to the new program.

Best regards, Ingrid
"""),

R("fr-neg-notaire-question-generale", [], ("Office notarial Vasseur", "accueil@vasseur-notaires.fr"),
  "Atelier succession",
  """Madame,

Notre étude organise chaque automne des rencontres pour les familles endeuillées, et bien que nous traitions surtout de questions patrimoniales (testaments, donations, comptes en ligne des défunts), nous aimerions y associer une intervenante sur l'accompagnement du deuil : seriez-vous intéressée ?

Office notarial Vasseur
"""),
]
