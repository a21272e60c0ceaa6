"""French negatives, part A: families, older people, questions about rights, thank-yous."""
from ._base import R

RECORDS = [

# NEAR-LINE: a daughter asking for her living mother's file, with no mandate: another living adult's data.
R("fr-neg-fille-dossier-maman-alzheimer", [],
  ("Catherine Dubois", "catherine.dubois.36@gmail.com"),
  "Dossier de ma mère, Mme Paulette Dubois",
  """Bonjour Madame,

Ma mère, Paulette Dubois, 84 ans, vient vous voir depuis l'an dernier pour l'atelier mémoire. On vient de lui diagnostiquer un début de maladie d'Alzheimer et c'est moi qui m'occupe de ses papiers maintenant.

Pourriez-vous m'envoyer son dossier, les fiches et les résultats des exercices ? Cela aiderait le neurologue et moi-même à comprendre depuis quand les choses se dégradent.

Merci beaucoup,
Catherine Dubois
""", to="c", hard=True, html="alt", cte="quoted-printable"),

# NEAR-LINE: unsubscribing is objection, but the son writes about his living father without any mandate.
R("fr-neg-fils-desinscrire-papa", [],
  ("Laurent Faure", "laurent.faure@outlook.fr"),
  "mon père reçoit trop de mails",
  """Bonjour,

Mon père, Henri Faure (henri.faure@orange.fr), 85 ans, reçoit vos mails et ceux de dizaines d'autres sites. Il s'y perd complètement et a failli se faire avoir par une arnaque la semaine dernière.

Vous pouvez le retirer de vos envois ? Je fais le ménage un peu partout pour lui.

Laurent
""", to="c", hard=True, cte="8bit"),

R("fr-neg-mari-ce-que-dit-epouse", [],
  ("Jean-Pierre Millet", "jp.millet@wanadoo.fr"),
  "Ma femme",
  """Madame,

Mon épouse, Martine Millet, vous consulte chaque semaine depuis trois mois. Elle a beaucoup changé et ne me parle plus de rien. En tant que mari, je pense avoir le droit de savoir ce qui se dit dans vos séances et ce que vous avez noté à son sujet.

Je vous demande de m'adresser une copie de vos notes.

J.-P. Millet
""", to="o", hard=True, cte="quoted-printable"),

# NEAR-LINE: "delete my father's account" by a son about a living father, no mandate: negative.
R("fr-neg-fils-supprimer-compte-pere-confus", [],
  ("Guillaume Berger", "guillaume.berger@gmail.com"),
  "Compte de mon père sur votre plateforme",
  """Bonjour,

Mon père (Robert Berger, 82 ans) s'est inscrit à votre formation en ligne sans trop comprendre ce qu'il faisait, il devient un peu confus ces temps-ci. Pouvez-vous supprimer son compte et toutes ses données ? Je vous remercie de faire le nécessaire de votre côté.

Guillaume Berger
""", to="c", hard=True, html="alt", cte="quoted-printable"),

# NEAR-LINE: a parent writing for a minor is a request, but this son is 19: another adult.
R("fr-neg-mere-etudiant-19ans-resultats", [],
  ("Isabelle Texier", "isabelle.texier@laposte.net"),
  "Résultats de mon fils Maxime",
  """Bonjour,

Mon fils Maxime (19 ans) a suivi votre module « Orientation et projet de vie » financé par nous. Il ne nous dit rien et nous aimerions savoir ce qui est ressorti des tests et de votre bilan.

Pouvez-vous m'envoyer une copie de ses résultats ?

Isabelle Texier
""", to="c", hard=True, cte="8bit"),

# NEAR-LINE: replacing an old phone number is rectification, but it is her brother's number, not hers.
R("fr-neg-soeur-corriger-tel-frere", [],
  ("Mireille Aubert", "mireille.aubert@sfr.fr"),
  "numéro de Christian",
  """Bonjour Sandra,

Mon frère Christian, qui vient à vos ateliers du mardi, a changé de portable mais il n'ose pas vous le dire, il pense que ça vous dérange. L'ancien c'était le 06 11 25 87 40, le nouveau c'est le 06 98 14 03 22.

Bonne journée !
Mireille
""", to="c", hard=True, cte="8bit", mid="sfr"),

# NEAR-LINE: asks what will happen to her data after her death, without giving any instruction: a question.
R("fr-neg-question-donnees-apres-deces", [],
  ("Odile Ferrand", "odile.ferrand@orange.fr"),
  "une question un peu particulière",
  """Bonjour Sandra,

Question un peu étrange, mais à mon âge on y pense : que deviennent les notes et les données que vous avez sur moi quand je mourrai ? Est-ce que mes enfants pourront les lire ?

Je ne vous demande rien de particulier pour l'instant, c'est juste pour savoir.

Odile
""", to="o", hard=True, cte="quoted-printable"),

R("fr-neg-question-duree-notes", [],
  ("Bruno Lacroix", "bruno.lacroix@gmail.com"),
  "Durée de conservation",
  """Bonjour,

Par simple curiosité : combien de temps conservez-vous les notes de séance une fois l'accompagnement terminé ? Et les questionnaires ?

Merci,
Bruno
""", to="c", hard=True, cte="8bit"),

R("fr-neg-question-droit-facture-impayee", [],
  ("Solène Pichard", "solene.pichard@yahoo.fr"),
  "Question RGPD",
  """Bonjour,

J'ai une question avant de faire quoi que ce soit : ai-je le droit de demander la suppression de mes données alors qu'il me reste une facture à régler chez vous ? Ou est-ce que vous devez tout garder tant que ce n'est pas payé ?

Merci de m'éclairer,
Solène
""", to="c", hard=True, cte="8bit"),

# NEAR-LINE: a wife asking about her future rights over her living husband's notes: question, and another living adult.
R("fr-neg-question-epouse-acces-futur", [],
  ("Évelyne Marchand", "evelyne.marchand@wanadoo.fr"),
  "Question concernant mon mari",
  """Madame,

Mon mari Jacques suit vos séances depuis sa retraite. Il est très malade et je voulais savoir : si jamais il décède, est-ce que j'aurai le droit d'avoir accès à ses notes de séances, ou est-ce qu'il faut qu'il l'écrive quelque part ?

Je vous remercie de votre réponse.
Évelyne Marchand
""", to="o", hard=True, cte="quoted-printable"),

R("fr-neg-merci-apres-pm-traitee", [],
  ("Aurélie Manceau", "aurelie.manceau@gmail.com"),
  "Re: Ma maman, Françoise Manceau",
  """Merci infiniment Sandra pour votre délicatesse et pour le document. Nous l'avons lu avec mon frère, cela nous a fait du bien. Je n'ai besoin de rien d'autre.

Aurélie
""", to="o", hard=True, date="2025-07-09 21:18", html="alt", cte="quoted-printable",
  quote=dict(style="gmail_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>", days=3,
             text="""Chère Aurélie,

Je vous présente, ainsi qu'à votre frère, mes sincères condoléances.
Vous trouverez ci-joint la synthèse des notes de séances de votre maman, après vérification de votre qualité d'ayant droit. Son dossier sera ensuite clôturé.

Avec toute ma sympathie,
Sandra""")),

R("fr-neg-merci-monsieur-effacement", [],
  ("ANDRE PICHON", "andre.pichon36@wanadoo.fr"),
  "RE: MADAME DELOMENIE",
  """MERCI MADAME C EST GENTIL D AVOIR FAIT VITE . BONNE CONTINUATION
A PICHON
""", to="o", hard=True, cte="8bit",
  quote=dict(style="outlook_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>", days=2,
             text="""Bonjour Monsieur Pichon,

Comme vous me l'avez demandé, vos données ont été effacées de mes fichiers et de la plateforme. Seule la facture de 2023 est conservée, comme la loi l'impose.

Bien cordialement,
Sandra Delomenie""")),

R("fr-neg-grand-mere-inscription-petite-fille", [],
  ("Marcelle Jarry", "marcelle.jarry@orange.fr"),
  "Inscription atelier grands-parents / petits-enfants",
  """Bonjour Madame,

Je voudrais inscrire ma petite-fille et moi à l'atelier « Racontons-nous » du samedi 12. Voici mes informations : Marcelle Jarry, 71 ans, 06 21 47 85 10. Ma petite-fille s'appelle Lou, elle a 9 ans.

Faut-il apporter quelque chose, des photos de famille peut-être ?

Merci,
Marcelle Jarry
""", to="c", hard=True, cte="8bit"),

R("fr-neg-mamie-acces-espace-mdp", [],
  ("Paulette Renard", "paulette.renard@laposte.net"),
  "je n'arrive pas à rentrer",
  """Bonjour Sandra,

Je n'arrive plus à accéder à mon espace pour les vidéos de gym douce. Mon petit-fils avait changé le mot de passe à Noël et il l'a noté sur un papier que je ne retrouve plus. Il me met « identifiants incorrects » en rouge.

Pouvez-vous m'aider ? Je ne suis pas douée avec tout ça.

Paulette
""", attach=[("png", "capture ecran.png", "mamie-login-error")], to="c", hard=True, cte="quoted-printable"),

R("fr-neg-mdp-maladroit", [],
  ("gisele", "gisele.morin2@orange.fr"),
  "mot de passe",
  """bonjour j ai cliqué sur mot de passe oublié et il y a rien qui arrive dans ma boite, même dans les indésirables comme dit ma fille. comment je fais pour me connecter a la formation. merci gisele morin
""", to="c", hard=True, cte="8bit", headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev62"}),

R("fr-neg-annulation-hanche", [],
  ("Jacqueline Poulain", "jacqueline.poulain@free.fr"),
  "Annulation stage d'octobre",
  """Chère Sandra,

Je suis désolée mais je dois annuler mon inscription au stage d'octobre : on m'opère de la hanche le 2 et le chirurgien m'interdit de marcher pendant six semaines.

Pouvez-vous me dire ce qu'il en est de l'acompte ? Je peux aussi le garder pour le stage de printemps.

Bien amicalement,
Jacqueline
""", to="o", hard=True, date="2025-09-08 10:52", cte="8bit", mid="free"),

R("fr-neg-fille-annule-seances-maman-hopital", [],
  ("Sophie Lebon", "sophie.lebon@gmail.com"),
  "Séances de ma mère, Mme Ginette Lebon",
  """Bonjour,

Ma mère, Ginette Lebon, a été hospitalisée hier à Châteauroux après une chute. Elle ne pourra pas venir à ses rendez-vous des deux prochaines semaines. Pouvez-vous les annuler ? Je vous recontacterai quand elle sera rentrée.

Sophie Lebon (sa fille)
""", to="c", hard=True, cte="quoted-printable"),

# NEAR-LINE: a death is mentioned, but the deceased was not her client and she only reschedules her own session.
R("fr-neg-deces-mere-report-seance", [],
  ("Karine Boulanger", "karine.boulanger@hotmail.fr"),
  "Report de ma séance de vendredi",
  """Bonjour Sandra,

Ma maman est décédée dans la nuit de mardi, les obsèques ont lieu vendredi à Levroux. Je ne pourrai donc pas venir à notre séance. Est-ce qu'on peut la décaler à la semaine suivante ? J'en aurai sûrement besoin.

Karine
""", to="o", hard=True, cte="8bit"),

# NEAR-LINE: a widow writes after her husband's death, but only to book sessions for herself; nothing about his data.
R("fr-neg-veuve-inscription-deuil", [],
  ("Danièle Roche", "daniele.roche@orange.fr"),
  "accompagnement deuil",
  """Bonjour Madame,

Mon mari est décédé il y a quatre mois. Ma fille m'a parlé de votre accompagnement au deuil et de votre cercle du jeudi. Je n'ai jamais fait ce genre de démarche, mais je tourne en rond à la maison.

Pourriez-vous m'indiquer vos disponibilités et vos tarifs ? Je n'ai pas de voiture mais le bus s'arrête près de chez vous.

Danièle Roche
""", to="c", hard=True, cte="quoted-printable"),

R("fr-neg-directives-anticipees-coaching", [],
  ("Claudine Marot", "claudine.marot@gmail.com"),
  "Thème pour notre prochaine séance",
  """Bonjour Sandra,

Pour notre prochaine séance, j'aimerais qu'on travaille sur quelque chose qui me pèse : rédiger mes directives anticipées et parler de ma succession avec mes enfants. Je n'arrive pas à aborder le sujet sans pleurer.

Est-ce que c'est le genre de chose qu'on peut travailler ensemble ?

Claudine
""", to="c", hard=True, html="alt", cte="quoted-printable"),

R("fr-neg-copie-facture-credit-impot", [],
  ("Lucien Berthelot", "lucien.berthelot@wanadoo.fr"),
  "facture pour les impots",
  """Madame,

Ma fille qui fait ma déclaration me demande une copie de la facture de mes séances de l'année dernière pour la mutuelle. Je n'ai pas gardé le papier. Pouvez-vous m'en renvoyer une copie ?

Merci d'avance
Lucien Berthelot
""", to="o", hard=True, cte="8bit"),

# NEAR-LINE: "corriger" here is about the payer named on an invoice (a document), not a correction of her own data.
R("fr-neg-facture-nom-fille", [],
  ("Annie Dumont", "annie.dumont@laposte.net"),
  "Facture à refaire",
  """Bonjour,

C'est ma fille, Sylvie Dumont, qui a réglé mes séances par virement. Pour qu'elle puisse se faire rembourser par son comité d'entreprise, pourriez-vous corriger la facture du mois de mars en mettant son nom à elle comme payeur ?

Merci,
Annie Dumont
""", attach=[("pdf", "Facture_FDS-2025-031.pdf", ["FLORAISON DE SOI - FACTURE FDS-2025-031", "Client : Annie Dumont", "4 seances individuelles - 240,00 EUR"])], to="c", hard=True, cte="quoted-printable"),

R("fr-neg-consentement-photo-petit-fils", [],
  ("Yolande Massé", "yolande.masse@orange.fr"),
  "Re: Autorisation photos atelier intergénérationnel",
  """Bonjour Sandra,

Oui, pas de problème pour moi, vous pouvez mettre les photos où l'on me voit avec mon petit-fils sur votre site et votre page. Ses parents sont d'accord aussi, ils vous envoient le papier signé.

Yolande
""", to="o", hard=True, cte="8bit",
  quote=dict(style="gmail_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>", days=1,
             text="""Bonjour Yolande,

J'ai pris de jolies photos lors de l'atelier intergénérationnel. Acceptez-vous que je publie celles où vous apparaissez avec Théo ?

Sandra""")),

R("fr-neg-autorisation-parentale-atelier", [],
  ("Stéphane Moreau", "stephane.moreau36@gmail.com"),
  "Autorisation parentale - Inès Moreau",
  """Bonjour,

Vous trouverez ci-joint l'autorisation parentale signée pour la participation d'Inès (13 ans) à l'atelier « Confiance en soi » des vacances de février, ainsi que notre accord pour le droit à l'image.

Cordialement,
Stéphane Moreau
""", to="c", hard=True, date="2026-01-29 19:40", cte="quoted-printable",
  attach=[("pdf", "autorisation_parentale_Ines.pdf",
           ["AUTORISATION PARENTALE", "Je soussigne Stephane Moreau autorise ma fille Ines Moreau",
            "a participer a l'atelier Confiance en soi. Droit a l'image : OUI"])]),

R("fr-neg-longue-lettre-merci-sans-demande", [],
  ("Simone Lagrange", "simone.lagrange@laposte.net"),
  "Un grand merci",
  """Chère Sandra,

Je prends ma plus belle plume (enfin, mon clavier, que ma voisine m'a appris à utiliser) pour vous remercier de cette année d'ateliers.

Quand je suis arrivée en septembre, je ne sortais plus de chez moi depuis la mort de ma sœur. Le médecin voulait me mettre sous cachets ; il a toutes mes données de santé depuis trente ans, il me connaît par cœur, et c'est lui qui m'a donné votre prospectus. Je n'y croyais pas trop.

Et puis il y a eu ces mardis. Les exercices de respiration que je fais maintenant chaque matin devant la fenêtre. Les autres dames, Huguette, Rolande, la petite Maryse qui a toujours un gâteau dans son sac. Nos fous rires pendant l'exercice du miroir. Je me suis remise à lire, à faire mon jardin, j'ai même repris le train pour aller voir mon fils à Tours.

Je ne sais pas si je pourrai revenir à la rentrée, avec mes yeux qui baissent, mais je voulais que vous sachiez tout ça.

Je vous embrasse bien fort,
Simone
""", to="c", hard=True, date="2025-06-27 15:35", cte="8bit"),

R("fr-neg-ehpad-animatrice-droit-image", [],
  ("Animation - EHPAD Les Saules", "animation.lessaules@ehpad-issoudun.fr"),
  "Proposition d'intervention auprès de nos résidents",
  """Bonjour Madame Delomenie,

Je suis animatrice à l'EHPAD Les Saules. Plusieurs familles de résidents nous ont parlé de vos ateliers de relaxation et nous aimerions vous proposer une intervention mensuelle d'une heure.

Pour information, nous recueillons nous-mêmes le consentement des résidents ou de leurs représentants pour le droit à l'image ; vous n'auriez donc pas à vous en occuper si des photos sont prises.

Pourriez-vous nous faire parvenir une proposition tarifaire ?

Bien cordialement,
Nadège Brissaud
Animatrice coordinatrice
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain"),

R("fr-neg-dictee-grand-pere-inscription", [],
  ("Camille Verdier", "camille.verdier@gmail.com"),
  "Inscription de mon grand-père à la conférence",
  """Bonjour,

Mon grand-père, Émile Verdier, me demande de vous écrire ceci : « Je veux m'inscrire à votre conférence sur le bien vieillir du 20 au centre Albert Camus. Je viendrai avec mon ami Fernand. Émile Verdier, 06 85 14 22 09. »

Merci de lui confirmer par SMS, il ne lit pas ses mails.

Camille
""", to="c", hard=True, cte="8bit"),

# NEAR-LINE: "close my account" alone, with no mention of data: a negative under the policy.
R("fr-neg-fermer-compte-seul", [],
  ("Nicole Perrault", "nicole.perrault@hotmail.fr"),
  "fermeture compte",
  """Bonjour,

Pouvez-vous fermer mon compte ? Je n'utilise plus la plateforme depuis longtemps.

Nicole Perrault
""", to="c", hard=True, cte="8bit", mid="outlook"),

R("fr-neg-question-temoignage-retrait-futur", [],
  ("Martine Bourdin", "martine.bourdin@gmail.com"),
  "Re: Votre témoignage ?",
  """Bonjour Sandra,

Avec plaisir pour le témoignage, mais une question avant : si dans quelques années je ne veux plus qu'il soit en ligne, est-ce que je pourrai vous demander de le retirer ? Comment ça se passe ?

Martine
""", to="c", hard=True, cte="quoted-printable",
  quote=dict(style="gmail_fr", who="Sandra Delomenie <contact@floraisondesoi.fr>", days=2,
             text="""Bonjour Martine,

Accepteriez-vous d'écrire quelques lignes sur votre accompagnement, que je pourrais publier sur mon site avec votre prénom ?

Sandra""")),

R("fr-neg-inscrire-grand-mere-newsletter", [],
  ("Léa Fontaine", "lea.fontaine@gmail.com"),
  "inscrire ma grand-mère à la lettre",
  """Bonjour,

Ma grand-mère adore vos ateliers mais elle ne sait pas s'inscrire sur le site. Est-ce que vous pouvez l'ajouter à votre newsletter ? Son adresse : jeanne.fontaine36@orange.fr. Elle est d'accord, elle est à côté de moi !

Merci beaucoup
Léa
""", to="c", hard=True, cte="8bit"),

]
