from common import m

RECORDS = [
# ------------------------------------------------------------------ rectification (FR)
m("fr-rect-new-email", "rectification", "Chantal Rivière <chantal.riviere@gmail.com>",
  "Changement d'adresse mail",
  """Bonjour Sandra,

Je ferme ma vieille boîte Wanadoo (chantal.riviere36@wanadoo.fr) à la fin du mois. Merci de la remplacer dans vos fichiers par celle-ci : chantal.riviere@gmail.com

Bonne journée et à jeudi pour le cercle,
Chantal""",
  date="2026-03-10 07:58"),

m("fr-rect-attestation-name", "rectification", "Anne-Sophie Delaunay <as.delaunay@orange.fr>",
  "Erreur sur mon attestation de formation",
  """Bonjour Madame Delomenie,

J'ai bien reçu mon attestation de fin de formation, merci. Mon nom y est cependant mal orthographié : il est écrit « Anne-Sophie Delonay » au lieu de « Delaunay ». Pourriez-vous corriger mon nom dans votre fichier et me renvoyer une attestation à jour ? Mon employeur en a besoin pour le dossier OPCO.

Cordialement,
Anne-Sophie Delaunay""",
  # NEAR-LINE: not "correcting a document" in the generic sense: her own name is wrong in the record -> rectification
  ),

m("fr-rect-married-name", "rectification", "Aurélie Pasquier <aurelie.pasquier@laposte.net>",
  "Nom d'usage",
  """Bonjour,

Depuis mon mariage cet été j'utilise le nom de mon mari. Pouvez-vous mettre à jour mon dossier : Aurélie PASQUIER (et non plus Aurélie MERCIER) ? Les prochaines factures devront aussi être à ce nom.

Merci beaucoup,
Aurélie"""),

m("fr-rect-new-postal", "rectification", "Gérard Lhomme <gerard.lhomme@wanadoo.fr>",
  "Déménagement",
  """Bonjour Madame,

Je vous informe de mon changement d'adresse. Mon ancienne adresse (3 impasse des Vignes, 36100 Saint-Georges-sur-Arnon) n'est plus valable. Nouvelle adresse :
Gérard Lhomme
21 boulevard Marx Dormoy
18100 Vierzon

Merci de corriger dans vos registres.
G. Lhomme""", to="orange", hdr={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev62"},
  date="2026-03-04 09:41"),

m("fr-rect-birthdate", "rectification", "Fatima Zahra El Idrissi <fz.elidrissi@gmail.com>",
  "Date de naissance erronée - dossier CPF",
  """Bonjour,

En vérifiant le dossier d'inscription pour la formation financée par mon CPF, j'ai vu que ma date de naissance est notée 12/03/1988 alors que c'est le 21/03/1988. Merci de rectifier, sinon la plateforme risque de bloquer.

Bien cordialement,
Fatima Zahra El Idrissi""", html="alt"),

m("fr-rect-wrong-note", "rectification", "Stéphane Guillot <stephane.guillot@free.fr>",
  "Une erreur dans le compte rendu",
  """Bonjour Sandra,

Dans le compte rendu de la séance du 3 février que vous m'avez envoyé, il est écrit que j'étais en arrêt maladie à ce moment-là. Ce n'est pas le cas : j'étais en congé sans solde, ce qui n'a rien à voir. Je vous demande de corriger cette mention dans votre fiche de suivi.

Pour le reste rien à redire, merci.
Stéphane""",
  # NEAR-LINE: wrong note about himself, no pause asked -> rectification (not restriction)
  ),

m("fr-rect-phone-sms", "rectification", "Kévin Barbier <kevin.barbier36@gmail.com>",
  "nouveau num",
  """slt c kevin (atelier du jeudi), jai changé de num, le 06 45 12 90 33 c fini, le nouveau c 07 68 24 51 09. merci de mettre a jour 👍""",
  cte="8bit"),

m("fr-rect-complete-name", "rectification", "Marie-Thérèse Ngo Bassa <mt.ngobassa@yahoo.fr>",
  "Compléter mon identité",
  """Bonjour Madame Delomenie,

Dans votre fichier et sur ma facture, je suis enregistrée sous « Marie Ngo ». Mon état civil complet est Marie-Thérèse NGO BASSA. Je vous serais reconnaissante de compléter mes informations en ce sens, c'est important pour le remboursement par ma mutuelle.

Avec mes remerciements,
Marie-Thérèse Ngo Bassa"""),

m("fr-rect-suisse-adresse", "rectification", "Laurent Cuendet <l.cuendet@gmx.ch>",
  "Nouvelle adresse",
  """Bonjour Madame,

Suite à mon déménagement, voici ma nouvelle adresse, qui remplace celle de Morges :
Chemin du Levant 8
1005 Lausanne
Suisse

Mon numéro de natel reste inchangé. Merci de faire le nécessaire.

Avec mes meilleures salutations,
Laurent Cuendet""", cte="quoted-printable"),

# ------------------------------------------------------------------ withdraw_consent (FR)
m("fr-wc-testimonial-site", "withdraw_consent", "Delphine Arnaud <delphine.arnaud@gmail.com>",
  "Mon témoignage sur le site",
  """Bonjour Sandra,

Il y a deux ans je t'avais donné mon accord pour publier mon témoignage sur ton site (page « Ils en parlent », avec mon prénom et ma ville). Ma situation professionnelle a changé et je préfère que ce texte ne soit plus en ligne. Je retire donc mon autorisation, est-ce que tu peux l'enlever ?

Merci et à bientôt peut-être,
Delphine"""),

m("fr-wc-photo-facebook", "withdraw_consent", "Christelle Vaillant <christelle.vaillant@hotmail.fr>",
  "Photo de l'atelier sur Facebook",
  """Bonjour,

Je suis sur la photo de groupe de l'atelier « Corps et émotions » publiée sur votre page Facebook le 14 mars (je suis au deuxième rang avec le foulard vert). J'avais dit oui sur le moment mais je ne souhaite finalement pas apparaître sur les réseaux. Pourriez-vous retirer la photo ou me flouter ?

Merci de votre compréhension,
Christelle Vaillant""", att=[("png", "capture_facebook.png")]),

m("fr-wc-webinar-replay", "withdraw_consent", "Bruno Leclerc <bruno.leclerc@sfr.fr>",
  "Replay du webinaire",
  """Bonjour,

J'ai participé au webinaire de mardi dernier et j'ai pris la parole avec la caméra allumée pendant le temps d'échange. Je n'avais pas vraiment réalisé que le replay serait diffusé à tous les inscrits. Je retire mon accord pour l'enregistrement : merci de couper mon intervention ou de ne pas diffuser le replay en l'état.

Bruno Leclerc"""),

m("fr-wc-study-questionnaire", "withdraw_consent", "Noémie Perret <noemie.perret@etu.univ-orleans.fr>",
  "Utilisation de mes réponses",
  """Bonjour Madame Delomenie,

J'avais accepté que mes réponses au questionnaire sur l'épuisement parental soient utilisées pour l'étude que vous présentiez au colloque de juin. Après réflexion je reviens sur mon accord : je ne souhaite plus que mes réponses soient utilisées, même de façon anonyme.

Merci de me confirmer la bonne prise en compte.
Noémie Perret"""),

m("fr-wc-testimonial-informal", "withdraw_consent", "Jess <jessica.moreau.36@gmail.com>",
  "mon avis sur ta page",
  """Hello Sandra
tu peux enlever mon avis de ta page de vente sur systeme io stp ? celui ou je parle de ma rupture. je me sens plus trop a l'aise avec ca maintenant. merci bcp
Jess""", html="only"),

m("fr-wc-health-consent", "withdraw_consent", "Francis Delorme <francis.delorme@orange.fr>",
  "Retrait de consentement",
  """Madame,

Lors de la signature du contrat d'accompagnement, j'ai coché la case autorisant la collecte de données relatives à ma santé. Je retire ce consentement à compter de ce jour, conformément à l'article 7.3 du RGPD. Nous poursuivrons les séances sans aborder ces sujets.

Bien à vous,
Francis Delorme""", to="orange",
  # NEAR-LINE: coaching continues; only the consent for health data is withdrawn -> withdraw_consent
  ),

# ------------------------------------------------------------------ restriction (FR)
m("fr-res-dispute-keep", "restriction", "Sébastien Royer <sebastien.royer@gmail.com>",
  "Litige facture - ne rien supprimer",
  """Madame,

Comme vous le savez nous sommes en désaccord sur la facture de décembre. J'ai saisi un conciliateur. Je vous demande expressément de ne pas supprimer mon dossier ni nos échanges, dont j'aurai besoin, mais de ne plus les utiliser pour quoi que ce soit d'autre en attendant la fin de la procédure (pas de relances commerciales, pas d'exploitation des bilans).

Sébastien Royer""",
  # NEAR-LINE: "don't delete, don't use" -> restriction only, even though commercial follow-ups are mentioned as an example of use
  ),

m("fr-res-contest-accuracy", "restriction", "Hélène Brunet <helene.brunet@wanadoo.fr>",
  "Bilan de fin de formation",
  """Bonjour,

Je conteste l'exactitude du bilan individuel rédigé à l'issue de la formation « Encadrer une équipe » : plusieurs appréciations ne correspondent pas à ce qui s'est passé. Tant que nous n'avons pas pu en discuter, je vous demande de ne pas utiliser ce bilan et de ne le transmettre à personne, en particulier pas à mon employeur.

Hélène Brunet""", cte="quoted-printable"),

m("fr-res-freeze", "restriction", "Olivier Pichon <olivier.pichon@laposte.net>",
  "Mon dossier",
  """Bonjour Sandra,

Je traverse une période un peu compliquée et je ne sais pas encore si je reprendrai l'accompagnement ou si je vous demanderai de tout effacer. En attendant, pouvez-vous geler mon dossier ? Ne rien supprimer, mais ne plus rien en faire, ni relances, ni questionnaires.

Je vous recontacte d'ici l'été.
Olivier"""),

m("fr-res-art18", "restriction", "Corinne Vasseur <corinne.vasseur@orange.fr>",
  "Demande de limitation du traitement - article 18 RGPD",
  """Madame,

Sur le fondement de l'article 18 du RGPD, je sollicite la limitation du traitement des données me concernant. Les données ne doivent plus faire l'objet d'aucune opération, à l'exception de leur conservation, jusqu'à ce que je vous fasse connaître ma décision.

Je vous remercie de m'informer avant toute levée de cette limitation.

Corinne Vasseur""", to="orange"),

m("fr-res-prudhommes", "restriction", "Nadia Haddad <nadia.haddad@outlook.fr>",
  "Important - conservation de mes documents",
  """Bonjour Madame Delomenie,

Je suis en procédure aux prud'hommes contre mon ancien employeur, qui avait financé mon bilan avec vous. Mon avocate m'a conseillé de vous demander de conserver tous les documents me concernant (questionnaires, compte rendu), car ils pourraient servir. Merci de ne surtout rien effacer, mais de ne plus vous en servir ni les communiquer, sauf à moi.

Merci pour votre aide,
Nadia Haddad"""),

m("fr-res-informal", "restriction", "Fred <fred.tixier@free.fr>",
  "dossier",
  """bonjour sandra
touchez pas a mon dossier pour l instant svp, ni suppression ni rien, je reflechis a ce que je veux en faire. je reviens vers vous
fred""", cte="7bit"),

m("fr-res-belge", "restriction", "Anne Vanderstraeten <anne.vanderstraeten@proximus.be>",
  "Limitation",
  """Bonjour Madame,

Je vous ai signalé la semaine passée que mon adresse et ma situation familiale sont erronées dans votre fiche. En attendant que ce soit vérifié et corrigé, je vous demande de limiter le traitement de mes données : vous pouvez les garder, mais ne les utilisez plus.

Je vous remercie et vous souhaite une bonne journée.
Anne Vanderstraeten
Liège""",
  # NEAR-LINE: contests accuracy and asks to pause use -> restriction only (rectification was the earlier mail)
  ),

m("fr-res-transmission-rh", "restriction", "Pascal Menard <pascal.menard@gmail.com>",
  "Avant toute transmission à la DRH",
  """Bonjour,

J'ai appris que la DRH allait vous demander les évaluations individuelles de la formation. Je conteste certaines des notes me concernant. Je vous demande de suspendre tout traitement de mon évaluation, et notamment sa transmission, le temps que nous vérifiions ensemble ce qui est exact.

Pascal Menard""", html="alt"),

# ------------------------------------------------------------------ portability (FR)
m("fr-port-csv-new-coach", "portability", "Camille Durand <camille.durand@gmail.com>",
  "Récupérer mes résultats",
  """Bonjour Sandra,

Je déménage à Nantes et je vais poursuivre avec une coach là-bas. Est-ce que tu pourrais m'envoyer mes résultats de questionnaires et mes fiches d'objectifs dans un format réutilisable (CSV ou Excel par exemple), pour que je puisse les lui transmettre ?

Merci pour tout,
Camille""",
  date="2026-03-03 10:12"),

m("fr-port-transfer-coach", "portability", "Jacqueline Morel <jacqueline.morel@orange.fr>",
  "Transfert de mon dossier",
  """Bonjour Madame Delomenie,

Je vais continuer mon accompagnement avec Mme Claire Besse, coach à Bourges (contact@clairebesse-coaching.fr). Pourriez-vous lui transmettre directement les données de mon dossier que je vous ai fournies (questionnaires, bilans), dans un format qu'elle pourra exploiter ?

Je vous remercie pour ces mois de travail.
Jacqueline Morel""", to="orange"),

m("fr-port-art20", "portability", "Alexandre Caron <alexandre.caron@proton.me>",
  "Droit à la portabilité (art. 20 RGPD)",
  """Madame,

Je vous demande, au titre de l'article 20 du RGPD, de me transmettre les données personnelles que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine (JSON ou CSV).

Cordialement,
Alexandre Caron"""),

m("fr-port-systemeio-progress", "portability", "Mélanie Texier <melanie.texier@yahoo.fr>",
  "Export de ma progression",
  """Bonjour,

Je suis inscrite à la formation en ligne « Devenir son propre allié ». Je voudrais récupérer mes données de progression, mes réponses aux exercices et mes notes personnelles sous forme de fichier exportable, pour les garder dans mon propre outil de suivi.

Merci !
Mélanie Texier"""),

m("fr-port-app-informal", "portability", "Yanis <yanis.boucher@gmail.com>",
  "mes bilans",
  """salut sandra, tu peux m'envoyer mes bilans dans un format que je peux importer dans mon appli de journaling (csv ça marche) ? merci !!""",
  cte="7bit"),

m("fr-port-organisme", "portability", "Sandrine Lebrun <sandrine.lebrun@laposte.net>",
  "Transmission à un autre organisme de formation",
  """Bonjour,

Je poursuis mon parcours de formation chez un autre organisme (Form'Avenir Centre). Est-ce possible de leur envoyer directement mes données : fiche d'inscription, positionnement initial, résultats des évaluations, au format numérique ? Leur adresse : admin@formavenir-centre.fr

Cordialement,
Sandrine Lebrun""", hdr={"Cc": "admin@formavenir-centre.fr"}),

# ------------------------------------------------------------------ post_mortem (FR)
m("fr-pm-daughter-father", "post_mortem", "Caroline Dubreuil <caroline.dubreuil@gmail.com>",
  "Décès de mon père, Jean Dubreuil",
  """Bonjour Madame,

J'ai la tristesse de vous annoncer le décès de mon père, Jean Dubreuil, survenu le 2 mars. Il m'avait parlé avec beaucoup de reconnaissance des séances faites avec vous l'année dernière.

Je m'occupe de ses affaires et je vous serais reconnaissante de clôturer tout ce qui le concerne chez vous : fichier, lettre d'information, rendez-vous éventuels.

Avec mes remerciements,
Caroline Dubreuil""", cte="quoted-printable"),

m("fr-pm-notary", "post_mortem", "Office notarial Barreau & Lemoine <office.barreau-lemoine@notaires.fr>",
  "Succession de Madame Simone Auclair - Réf. 2026/0412/MB",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Simone AUCLAIR, née le 17 mai 1951, décédée à Issoudun le 9 janvier 2026.

Les héritiers nous ont indiqué que la défunte avait suivi des ateliers auprès de vous. Nous vous prions de bien vouloir nous faire savoir si vous détenez des données ou documents la concernant, et de procéder à la clôture de son dossier ainsi qu'à la désinscription de toute liste de diffusion.

Vous trouverez ci-joint l'acte de décès.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour l'Office,
Marine Brault, clerc de notaire
Office notarial Barreau & Lemoine
2 rue de la République - 36100 Issoudun""",
  att=[("pdf", "Acte_de_deces_AUCLAIR.pdf", "EXTRAIT D'ACTE DE DECES - AUCLAIR Simone - decedee le 9 janvier 2026 a Issoudun")],
  hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

m("fr-pm-husband-newsletter", "post_mortem", "Alain Girard <alain.girard36@orange.fr>",
  "Ma femme",
  """Bonjour,

Ma femme Michèle reçoit toujours vos lettres. Elle nous a quittés en décembre. Merci de ne plus rien envoyer.

A. Girard""", to="orange",
  # NEAR-LINE: looks like an unsubscribe, but it is a relative writing after a death -> post_mortem only
  ),

m("fr-pm-son-notes", "post_mortem", "Vincent Lamy <vincent.lamy@gmail.com>",
  "Dossier de ma mère, Mme Josiane Lamy",
  """Bonjour Madame Delomenie,

Ma mère, Josiane Lamy, est décédée le mois dernier. En rangeant ses papiers, j'ai vu qu'elle vous consultait régulièrement depuis 2023. C'est difficile à expliquer, mais ma sœur et moi aimerions comprendre ce qu'elle traversait ces derniers temps.

Serait-il possible d'obtenir une copie des notes ou des documents qui la concernent ? Je peux vous fournir l'acte de décès et un justificatif de filiation.

Merci de votre humanité,
Vincent Lamy""", html="alt"),

m("fr-pm-own-directives", "post_mortem", "Monique Berthier <monique.berthier@wanadoo.fr>",
  "Mes volontés concernant mes données",
  """Chère Sandra,

À 78 ans je mets mes affaires en ordre, ne vous inquiétez pas, je vais bien ! Je souhaite simplement vous laisser mes consignes : après mon décès, je veux que toutes mes notes de séances soient détruites et que rien ne soit communiqué à mes enfants. Seule ma nièce, Françoise Berthier, pourra vous contacter pour confirmer que c'est fait.

Merci de garder ce message dans mon dossier.

Avec toute mon amitié,
Monique""", to="orange", hdr={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev62"}),

m("fr-pm-sister-informal", "post_mortem", "Laura Sanchez <laura.sanchez@hotmail.fr>",
  "pour ma soeur Elena",
  """bonjour,
je suis la soeur d'Elena Sanchez qui faisait des ateliers avec vous. elle est decedee il y a 3 semaines, accident de voiture. je ne sais pas trop ce qu'on fait dans ces cas la mais elle a un compte sur votre site et elle recoit encore des messages, je voudrais que tout soit supprimé.
merci
Laura""",
  # NEAR-LINE: asks deletion, but she is a relative writing after a death -> post_mortem only
  ),

m("fr-pm-heir-photos", "post_mortem", "Thierry Pelletier <thierry.pelletier@sfr.fr>",
  "Photos de mon frère sur votre page",
  """Madame,

Mon frère, Didier Pelletier, est décédé le 21 février. Il apparaît sur plusieurs photos d'un stage publiées sur votre page Instagram et votre site. Pour la famille, c'est très douloureux de tomber dessus. En tant qu'héritier, je vous demande de les retirer.

Thierry Pelletier""",
  # NEAR-LINE: photo removal (normally withdraw_consent) asked by an heir after a death -> post_mortem only
  ),

m("fr-pm-notaire-belge", "post_mortem", "Étude du notaire Van Acker <etude@notaire-vanacker.be>",
  "Succession Jacques Hermans - demande d'informations",
  """Madame,

En notre qualité de notaire chargé de la succession de feu Monsieur Jacques HERMANS, domicilié de son vivant à Tournai et décédé le 30 janvier 2026, nous vous saurions gré de nous indiquer si vous détenez des données le concernant et, le cas échéant, de nous en communiquer une copie aux fins du règlement de la succession.

Nous vous prions de croire, Madame, à l'assurance de nos sentiments distingués.

Pour le notaire Pierre Van Acker,
Sophie Delcourt, collaboratrice""",
  att=[("pdf", "attestation_heredite_Hermans.pdf", "Attestation d'heredite - succession de Monsieur Jacques Hermans")]),

m("fr-pm-illness-instructions", "post_mortem", "Brigitte Collin <brigitte.collin@gmail.com>",
  "Au cas où",
  """Bonjour Sandra,

Vous savez que ma maladie ne me laisse pas beaucoup de visibilité. Je voulais vous dire, à froid, que si je venais à partir, je souhaite que mon dossier et mes carnets d'exercices soient détruits, et que ma fille Lucie puisse être prévenue par vous de mon accompagnement si elle vous écrit. Je ne veux pas qu'elle lise mes notes.

Merci d'être là.
Brigitte""", cte="base64"),

m("fr-pm-widow-reply-nl", "post_mortem", "Colette Rigaud <colette.rigaud@laposte.net>",
  "Re: Votre atelier « Prendre soin de soi » du 11 avril",
  """Madame,

Mon mari, Henri Rigaud, est décédé en janvier. C'est lui qui était inscrit à vos messages. Je vous remercie de retirer son nom et son adresse de vos fichiers.

Colette Rigaud""",
  quote="""Bonjour Henri,

Je vous rappelle avec plaisir notre atelier « Prendre soin de soi » du samedi 11 avril, de 9h30 à 12h30, salle des Minimes.

Pensez à apporter une tenue confortable et un petit carnet.

À très vite,
Sandra""", qstyle="gmail"),
]
