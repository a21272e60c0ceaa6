"""French requests, part B: rectification, restriction, portability (single right)."""
from ._base import R

RECORDS = [

# ------------------------------------------------------------------ rectification
R("fr-rec-orthographe-nom", ["rectification"],
  ("Annick Lefebvre", "annick.lefebvre@orange.fr"),
  "Erreur sur mon nom",
  """Bonjour Sandra,

Une petite chose qui me chiffonne depuis le début : sur tous vos mails et sur ma facture, mon nom est écrit « Lefèvre ». C'est Lefebvre, avec un b et sans accent, comme le chanoine (ma mère y tenait beaucoup).

Pourriez-vous corriger dans votre fichier ?

Merci, à jeudi,
Annick
""", to="o", cte="8bit"),

R("fr-rec-residence-senior", ["rectification"],
  ("Lucienne Barreau", "lucienne.barreau@laposte.net"),
  "Nouvelle adresse",
  """Bonjour Madame,

Je vous informe que j'ai quitté ma maison de la rue de la Bonde. J'habite maintenant à la résidence autonomie Les Glycines, appartement 14, 2 allée des Charmes, 36100 Issoudun.

Merci d'envoyer désormais le programme papier des ateliers à cette nouvelle adresse.

Cordialement,
Lucienne Barreau
""", to="o", cte="quoted-printable"),

R("fr-rec-tel-remplace", ["rectification"],
  ("Hervé Gaudin", "herve.gaudin@free.fr"),
  "changement de numéro",
  """Bonjour,

Mon ancien portable (06 45 78 12 30) n'existe plus, merci de l'effacer de ma fiche. Le nouveau : 07 68 22 41 95.

Hervé Gaudin
""", to="c", cte="8bit", mid="free"),

# NEAR-LINE: "corriger un document" is usually a negative, but here it is her birth date held about her: rectification.
R("fr-rec-date-naissance-attestation", ["rectification"],
  ("Nadia Chérif", "nadia.cherif@gmail.com"),
  "Erreur date de naissance",
  """Bonjour Madame Delomenie,

En relisant mon attestation de fin de formation, je m'aperçois que ma date de naissance est fausse : il est écrit 12/08/1975 alors que je suis née le 21/08/1975. Je suppose que l'erreur vient de ma fiche d'inscription.

Pourriez-vous corriger ma date de naissance dans vos dossiers et me renvoyer une attestation à jour ? J'en ai besoin pour mon dossier France Travail.

Merci beaucoup,
Nadia Chérif
""", attach=[("pdf", "attestation_fin_formation_Cherif.pdf", ["ATTESTATION DE FIN DE FORMATION", "Nadia CHERIF, nee le 12/08/1975", "a suivi la formation Construire son projet professionnel (21 h)"])], to="c", html="alt", cte="quoted-printable"),

R("fr-rec-nom-remariage", ["rectification"],
  ("Monique Sauvage", "monique.sauvage.36@orange.fr"),
  "Changement de nom",
  """Chère Sandra,

À 67 ans, j'ai dit oui une deuxième fois ! Depuis le 14 juin je m'appelle Monique Sauvage (et plus Monique Tessier). Mon adresse mail change aussi, celle-ci remplace l'ancienne monique.tessier@wanadoo.fr que je vais fermer.

Pouvez-vous mettre mon dossier à jour ?

Avec toute mon amitié,
Monique
""", to="o", date="2025-07-03 10:17", html="alt", cte="quoted-printable"),

R("fr-rec-note-enfants", ["rectification"],
  ("Stéphanie Bouquet", "steph.bouquet@yahoo.fr"),
  "Petite erreur dans ma fiche",
  """Bonjour Sandra,

Lors de notre dernière séance vous avez relu à voix haute mon « arbre de vie » et j'ai entendu que j'avais deux enfants. J'en ai trois : Hugo, Camille et la petite Rose, qui a deux ans. Je n'ai rien dit sur le moment mais ça m'a travaillée.

Pouvez-vous corriger cela dans vos notes ?

Stéphanie
""", to="c", cte="8bit"),

R("fr-rec-mail-pirate", ["rectification"],
  ("Patrick Vidal", "patrick.vidal.1958@gmail.com"),
  "Nouvelle adresse mail - ancienne piratée",
  """Bonjour,

Mon ancienne adresse (pvidal58@hotmail.fr) a été piratée, je ne l'utilise plus. Merci de la remplacer dans votre fichier par celle-ci : patrick.vidal.1958@gmail.com.

Si vous recevez des messages bizarres de l'ancienne, ce n'est pas moi.

Patrick Vidal
""", to="c", cte="8bit"),

R("fr-rec-prenom-compose", ["rectification"],
  ("Marie-Odile Bertrand", "mo.bertrand@wanadoo.fr"),
  "Mon prénom",
  """Madame,

Dans vos courriers je suis « Marie Bertrand ». Mon prénom est Marie-Odile, en un seul prénom composé avec un trait d'union. Je vous serais obligée de rectifier votre fichier.

Je vous remercie.
Marie-Odile Bertrand
""", to="o", cte="quoted-printable"),

R("fr-rec-situation-pro", ["rectification"],
  ("Chantal Rigaud", "chantal.rigaud@laposte.net"),
  "mise à jour de ma situation",
  """Bonjour Sandra,

Sur ma fiche de bilan vous aviez noté « retraitée, sans activité ». Depuis septembre, j'ai repris un petit temps partiel comme aide à domicile (15 heures par semaine). Est-ce que vous pouvez mettre à jour ma situation professionnelle dans mon dossier ? Ça compte pour la suite de l'accompagnement.

Bises,
Chantal
""", to="c", date="2025-10-13 08:26", cte="8bit"),

# ------------------------------------------------------------------ restriction
R("fr-res-conteste-note-pause", ["restriction"],
  ("Olivier Maréchal", "olivier.marechal@gmail.com"),
  "Contestation d'une information",
  """Madame,

J'ai appris par la RH de mon entreprise, qui a financé mon coaching, que votre compte rendu intermédiaire mentionnait « une consommation d'alcool préoccupante ». Je conteste formellement l'exactitude de cette mention.

En attendant que nous ayons pu en parler et que vous ayez vérifié vos notes, je vous demande de suspendre toute utilisation de mes données, en particulier de ne rien transmettre à mon employeur.

Olivier Maréchal
""", to="o", html="alt", cte="quoted-printable"),

R("fr-res-litige-ne-pas-supprimer", ["restriction"],
  ("Laetitia Roussel", "laetitia.roussel@outlook.fr"),
  "Conservation de mon dossier",
  """Bonjour Sandra,

Je suis en litige avec mon ancien employeur aux prud'hommes et mon avocate m'a dit que les comptes rendus de notre bilan pourraient servir.

Je vous demande donc surtout de ne rien supprimer de mon dossier, mais aussi de ne plus vous en servir pour quoi que ce soit (ni relance, ni statistique) jusqu'à la fin de la procédure.

Merci de votre compréhension,
Laetitia Roussel
""", to="c", cte="base64"),

R("fr-res-geler-hospitalisation", ["restriction"],
  ("Francis Morel", "francis.morel@orange.fr"),
  "gel de mes données",
  """Bonjour Madame,

Je vais être hospitalisé plusieurs mois pour une greffe. Je ne veux pas qu'on efface mon dossier, car je compte reprendre les séances après, mais d'ici là je vous demande de geler mes données personnelles : qu'elles restent conservées mais qu'elles ne soient plus utilisées d'aucune façon.

Merci,
Francis Morel
""", to="o", cte="8bit"),

R("fr-res-parent-mineur-geler", ["restriction"],
  ("Anne-Sophie Caron", "annesophie.caron@gmail.com"),
  "Données de Chloé - en attente",
  """Bonjour,

Nous sommes en pleine séparation avec le père de Chloé (15 ans) et il conteste l'accompagnement qu'elle a suivi chez vous. Je ne veux pas que son dossier soit détruit, il pourra être demandé par le juge, mais je vous demande de ne plus utiliser les données de ma fille en attendant, ni de les communiquer à qui que ce soit.

Merci de me répondre par écrit.

Anne-Sophie Caron, mère de Chloé
""", to="c", html="alt", cte="quoted-printable"),

R("fr-res-avocat-art18", ["restriction"],
  ("Cabinet Lemoine Avocats", "contact@lemoine-avocats.fr"),
  "Demande de limitation du traitement - M. Didier FAUCHER",
  """Madame,

Je vous informe représenter les intérêts de Monsieur Didier FAUCHER, dont vous trouverez le mandat en pièce jointe.

Mon client conteste l'exactitude de plusieurs éléments figurant dans le compte rendu de bilan que vous avez établi. En application de l'article 18.1.a) du RGPD, il sollicite la limitation du traitement de ses données pendant la durée nécessaire à la vérification de leur exactitude.

Je vous remercie de m'accuser réception de la présente.

Pour le cabinet,
Maître Arnaud Lemoine
""", to="o", html="alt", cte="base64", mid="outlook",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  attach=[("pdf", "Mandat_FAUCHER.pdf",
           ["MANDAT DE REPRESENTATION", "M. Didier FAUCHER mandate le Cabinet Lemoine Avocats",
            "pour toute demande relative a ses donnees personnelles aupres de Floraison de Soi."])]),

R("fr-res-contestation-questionnaire", ["restriction"],
  ("Véronique Blanchet", "veronique.blanchet@free.fr"),
  "Résultat du test de personnalité",
  """Bonjour Sandra,

Je ne me reconnais absolument pas dans le profil qui est ressorti du test de personnalité de l'atelier (« dominante anxieuse »). Je pense qu'il y a eu une erreur au moment de la saisie de mes réponses, j'avais rempli la version papier.

Tant que ce n'est pas vérifié, je préférerais que ce résultat ne soit plus utilisé, ni pour la suite de l'accompagnement ni ailleurs.

Véronique
""", to="c", cte="quoted-printable", mid="free"),

# NEAR-LINE: "keep it for the accountant but put it aside" is neither erasure nor a cancellation: restriction.
R("fr-res-dossier-mis-de-cote", ["restriction"],
  ("Daniel Guérin", "daniel.guerin36@orange.fr"),
  "mon dossier",
  """Bonjour,

Je sais que vous devez garder certaines choses pour la comptabilité, je ne vous demande pas l'impossible. Mais j'aimerais que mon dossier soit mis de côté, qu'il ne soit plus ouvert ni utilisé, juste conservé tant que vous en avez l'obligation.

Bien à vous,
Daniel Guérin
""", to="o", cte="8bit"),

# ------------------------------------------------------------------ portability
R("fr-por-csv-nouvelle-coach", ["portability"],
  ("Aurore Lebrun", "aurore.lebrun@gmail.com"),
  "Mes fiches de suivi",
  """Bonjour Sandra,

Je déménage à Nantes en septembre et je vais continuer avec une coach là-bas. Pourriez-vous m'envoyer mes fiches de suivi et mes réponses aux questionnaires dans un format que je pourrai lui transmettre et qu'elle pourra importer dans son outil (CSV ou Excel, ce qui vous arrange) ?

Merci pour ces deux belles années,
Aurore
""", to="c", date="2025-08-05 11:02", html="alt", cte="quoted-printable"),

R("fr-por-transfert-sophrologue", ["portability"],
  ("Claude Moreau", "claude.moreau@laposte.net"),
  "Transmission de mon dossier",
  """Madame,

Pour des raisons de trajet, je poursuis désormais mes séances avec Madame Agnès Delorme, sophrologue à Vierzon (agnes.delorme.sophro@gmail.com).

Je vous demande de lui transmettre directement mon dossier numérique (bilans, comptes rendus, exercices), sous une forme qu'elle puisse réutiliser.

Avec mes remerciements,
Claude Moreau
""", to="o", cte="base64"),

R("fr-por-export-exercices-plateforme", ["portability"],
  ("Yasmine Haddad", "yasmine.haddad@outlook.fr"),
  "Export de mes exercices",
  """Bonjour,

Mon accès à la formation en ligne se termine à la fin du mois. Pouvez-vous m'exporter toutes mes réponses aux exercices et mon journal de bord dans un fichier structuré (CSV, JSON ou autre format lisible par une machine) ? Je voudrais les garder et les réutiliser dans mon application de notes.

Merci !
Yasmine
""", to="c", cte="quoted-printable"),

# NEAR-LINE: an older client asking for "a file I can reuse" on another device: data in a reusable format is portability.
R("fr-por-tablette-petite-fille", ["portability"],
  ("Raymonde Caillaud", "raymonde.caillaud@orange.fr"),
  "mes exercices de mémoire",
  """Bonjour Sandra,

Ma petite-fille m'a offert une tablette pour mes 80 ans et elle veut me mettre mes exercices de l'atelier mémoire dessus pour que je continue toute seule à la maison.

Elle dit qu'il faudrait que vous m'envoyiez mes résultats et mes grilles dans un fichier qu'on peut ouvrir et réutiliser sur la tablette, pas une photo. Est-ce possible ?

Je vous embrasse,
Raymonde
""", to="o", cte="8bit"),

R("fr-por-organisme-formation", ["portability"],
  ("Fabienne Roux", "fabienne.roux@sfr.fr"),
  "Transfert de mon parcours vers un autre organisme",
  """Bonjour Madame,

Je poursuis mon parcours de formation au coaching avec l'organisme CoachSud à Toulouse, qui me demande les données de mon premier module effectué chez vous (évaluations, émargements, travaux rendus).

Pourriez-vous les leur transmettre directement dans un format exploitable, à l'adresse admissions@coachsud-formation.fr ? Je mets l'organisme en copie de ce message pour qu'il sache que la demande vient bien de moi.

Cordialement,
Fabienne Roux
""", to="c", cc="admissions@coachsud-formation.fr", html="alt", cte="quoted-printable", mid="sfr"),

]
