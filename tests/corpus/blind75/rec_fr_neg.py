# French negatives: life stories with the same vocabulary, no request to her.
from recordlib import m

HER_C = "Sandra Delomenie <contact@floraisondesoi.fr>"
HER_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

RECORDS = [
m("fr-neg-chimio-recit-merci", [], "Véronique Arnal <veronique.arnal@gmail.com>",
  "des nouvelles",
  """Bonjour Sandra,

Je voulais juste vous donner des nouvelles. La dernière chimio est passée, les cheveux commencent à repousser (frisés, allez comprendre !). J'ai effacé de mon agenda tous les rendez-vous médicaux du mois de juin, c'est la première fois depuis un an que je vois des pages blanches.

Je repense souvent à notre séance sur "ce que je garde, ce que je laisse". J'ai supprimé beaucoup de choses de ma vie cette année, et c'était bien.

Pas de question, pas de demande, juste merci.
Véronique""", mailer="iphone"),

m("fr-neg-annulation-seance-deces-pere", [], "Marc Teixeira <marc.teixeira@gmail.com>",
  "annulation jeudi",
  """Bonjour Sandra,
Mon père est décédé cette nuit. Je dois annuler la séance de jeudi, je pars à Porto pour l'enterrement. Je vous recontacte à mon retour pour un nouveau créneau.
Marc"""),

m("fr-neg-divorce-copie-facture", [], "Sandrine Lopes <sandrine.lopes@orange.fr>",
  "copie de facture",
  """Bonjour,

Dans le cadre de mon divorce, mon avocate a besoin de justifier de toutes mes dépenses de 2025. Pourriez-vous m'envoyer une copie des factures des séances de mars à juin ? Je n'arrive pas à les retrouver dans ma boite.

Merci,
Sandrine Lopes"""),
# NEAR-LINE: invoice copy = accounting document, not a request for personal data -> negative.

m("fr-neg-mot-de-passe-retraite", [], "Jean Dumas <jean.dumas36@orange.fr>",
  "je n'arrive pas à me connecter",
  """Bonjour,

Mon fils m'a offert votre formation en ligne pour ma retraite mais je n'arrive pas à accéder à mon espace. On me dit que le mot de passe est faux. J'ai essayé "réinitialiser" mais je ne reçois rien.

Pouvez-vous m'aider ?
Jean Dumas""", mailer="orange", attachments=[("png", "capture-erreur.png", None)]),

m("fr-neg-question-droit-duree", [], "Laure Chevalier <laure.chevalier@gmail.com>",
  "question sur la conservation",
  """Bonjour Sandra,

Je suis en train de divorcer et je me pose plein de questions sur les traces que je laisse partout. Combien de temps gardez-vous les notes de séance après la fin d'un accompagnement ? Et est-ce que j'aurais le droit de demander qu'elles soient détruites, si un jour je le voulais ?

Je ne demande rien pour l'instant, je veux juste comprendre.

Laure"""),
# NEAR-LINE: question about how a right works, explicitly no request -> negative.

m("fr-neg-soeur-donnees-autre-adulte", [], "Christine Pelletier <christine.pelletier@gmail.com>",
  "ma sœur Valérie",
  """Bonjour,

Ma sœur Valérie Pelletier est une de vos clientes. Elle traverse une dépression sévère et ne répond plus à personne. Je m'inquiète énormément.

Pourriez-vous me dire ce qu'elle vous a dit lors de votre dernière séance, ou au moins si elle va bien ? Je suis sa sœur, je veux juste l'aider.

Christine"""),

m("fr-neg-cnil-plainte-copie", [], "Hervé Lemoine <herve.lemoine@free.fr>",
  "Copie de ma plainte à la CNIL",
  """Madame,

Pour information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée ce jour auprès de la CNIL.

----
Plainte n° 2026-031472
Objet : absence de réponse à une demande d'accès
Je soussigné Hervé Lemoine déclare avoir adressé le 4 janvier 2026 une demande d'accès à mes données à l'entreprise Floraison de Soi, sans réponse à ce jour...
----

H. Lemoine"""),

m("fr-neg-merci-suppression-faite", [], "Jérémy Blanc <jeremy.blanc1990@laposte.net>",
  "Re: suppression",
  """ok super merci beaucoup, bonne continuation a vous""",
  quote=("gmail_fr", HER_O, """Bonjour Jérémy,

Je vous confirme que l'ensemble de vos données (fiche client, échanges, compte) a été supprimé de mes fichiers, à l'exception des factures que la loi m'oblige à conserver 10 ans.

Belle route à vous dans votre nouvelle ville,
Sandra""")),

m("fr-neg-consentement-temoignage-donne", [], "Océane Rivière <oceane.riviere@gmail.com>",
  "Re: votre témoignage ?",
  """Bonjour Sandra,

Avec grand plaisir ! Oui, vous pouvez publier mon témoignage sur le site et sur Instagram, avec mon prénom et la photo que je vous ai envoyée. Si ça peut aider une autre maman solo à oser se lancer, c'est le plus beau des cadeaux.

Océane""", quote=("gmail_fr", HER_C, """Bonjour Océane,
Votre parcours m'a beaucoup touchée. Accepteriez-vous que je publie votre témoignage ?
Sandra""")),

m("fr-neg-auto-reponse-conge-maternite", [], "Julie Carpentier <j.carpentier@mairie-issoudun.fr>",
  "Réponse automatique : Atelier prise de parole - convention",
  """Bonjour,

Je suis en congé maternité jusqu'au 15 septembre. Pour toute demande urgente concernant les conventions de formation, merci de contacter Mme Roux au 02 54 03 00 00.

Cordialement,
Julie Carpentier
Service des ressources humaines — Mairie d'Issoudun""",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
  mailer="outlook"),

m("fr-neg-auto-reponse-rgpd", [], "Service client Assurances Berry <noreply@assurances-berry.fr>",
  "Accusé de réception de votre message",
  """Bonjour,

Nous avons bien reçu votre message et nous vous répondrons dans un délai de 48 heures ouvrées.

Protection de vos données : conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition. Pour exercer ces droits : dpo@assurances-berry.fr.

Ceci est un message automatique, merci de ne pas y répondre.""",
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, html="alt"),

m("fr-neg-stripe-paiement", [], "Stripe <notifications@stripe.com>",
  "Paiement de 180,00 € reçu de Claire Mounier",
  """Vous avez reçu un paiement de 180,00 €.

Client : Claire Mounier
Description : Cercle du jeudi — trimestre 2
Moyen de paiement : Visa •••• 4242

Afficher le paiement dans votre Dashboard : https://dashboard.stripe.com/payments/py_3Pxq

Stripe Payments Europe, Ltd. — 1 Grand Canal Street Lower, Dublin 2, Irlande""", html="only"),

m("fr-neg-systemeio-nouvel-inscrit", [], "Systeme.io <no-reply@systeme.io>",
  "Nouvelle inscription : Formation « Préparer sa retraite sereinement »",
  """Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre formation.

Email : b.pichon@laposte.net
Tunnel : Retraite sereine — page de vente
Date : aujourd'hui

Gérer vos contacts : https://systeme.io/dashboard/contacts

L'équipe Systeme.io""", html="alt"),

m("fr-neg-calendly-annulation", [], "Calendly <notifications@calendly.com>",
  "Annulé : Séance individuelle (60 min) avec Arnaud Lefèvre",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance individuelle (60 min)
Invité : Arnaud Lefèvre
Motif de l'annulation : « arrêt maladie, je reprendrai contact »

Voir dans Calendly""", html="alt"),

m("fr-neg-urssaf-declaration", [], "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est disponible",
  """Madame DELOMENIE Sandra,

Votre échéance de déclaration du chiffre d'affaires mensuel arrive. Connectez-vous à votre espace autoentrepreneur.urssaf.fr pour déclarer avant le 31.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

L'Urssaf""", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-qonto-virement", [], "Qonto <notifications@qonto.com>",
  "Virement reçu : 450,00 €",
  """Bonjour Sandra,

Vous avez reçu un virement de 450,00 € de BATI BERRY SAS.
Référence : FACT-2026-018 formation management

Consultez le détail dans votre application Qonto.""", html="only"),

m("fr-neg-brevo-rapport-campagne", [], "Brevo <noreply@brevo.com>",
  "Rapport de votre campagne « La lettre de mars »",
  """Votre campagne a été envoyée à 412 contacts.

Taux d'ouverture : 48,3 %
Taux de clic : 6,1 %
Désinscriptions : 3
Bounces : 2

Voir le rapport complet dans Brevo.""", html="alt"),

m("fr-neg-sa-newsletter-envoyee", [], "Floraison de Soi <contact@floraisondesoi.fr>",
  "🌸 La lettre d'avril — traverser les deuils du quotidien",
  """Bonjour à toutes et à tous,

Ce mois-ci, je voulais parler des petits deuils : un déménagement, un enfant qui part étudier, un métier qu'on quitte. On n'en fait pas de faire-part, et pourtant.

Au programme :
- le cercle "Laisser partir" le jeudi 17 à 18h30 (6 places)
- l'atelier écriture "Lettre à celle que j'étais" le samedi 26
- un exercice à faire chez soi : la boîte des souvenirs

Prenez soin de vous,
Sandra

Vous recevez ce mail car vous êtes inscrit·e à la lettre de Floraison de Soi. Se désinscrire : https://floraisondesoi.fr/desinscription""",
  to="Liste lettre <lettre@floraisondesoi.fr>",
  headers={"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=a81c>, <mailto:desinscription@floraisondesoi.fr>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  html="alt"),

m("fr-neg-sa-confirmation-effacement", [], HER_O,
  "Confirmation de suppression de vos données",
  """Bonjour Madame Lagarde,

Suite à votre demande du 3 juin, je vous confirme que j'ai cessé tout envoi à votre adresse et que l'ensemble de vos données personnelles a été effacé de mes fichiers et des outils que j'utilise (Systeme.io, Brevo, Google Drive).

Seules les pièces comptables sont conservées pendant la durée légale de 10 ans.

Je vous présente à nouveau mes sincères condoléances pour votre sœur.

Sandra Delomenie
Floraison de Soi""", to="Corinne Lagarde <corinne.lagarde@gmail.com>", mailer="orange"),

m("fr-neg-sa-envoi-export", [], HER_C,
  "Votre dossier au format CSV",
  """Bonjour Vincent,

Comme demandé, vous trouverez ci-joint vos auto-évaluations mensuelles au format CSV, qui devraient s'importer sans difficulté dans votre application.

Je vous souhaite une belle installation à Nantes.

Sandra""", to="Vincent Lacroix <vincent.lacroix@hotmail.fr>",
  attachments=[("csv", "auto-evaluations-Lacroix.csv", "date;energie;confiance;equilibre\n2025-03-01;4;5;3\n2025-04-01;5;5;4\n2025-05-01;6;6;5\n")]),

m("fr-neg-atelier-rgpd-theme", [], "Delphine Roussel <d.roussel@cci-indre.fr>",
  "Intervention RGPD pour nos créateurs d'entreprise ?",
  """Bonjour Madame Delomenie,

La CCI de l'Indre organise en novembre une matinée "Se lancer en solo". Plusieurs participants sont des thérapeutes et coachs qui s'inquiètent du RGPD : registre, droits d'accès et d'effacement, consentement pour les données de santé...

Accepteriez-vous d'intervenir 45 minutes pour témoigner de votre pratique ? Défraiement prévu.

Bien cordialement,
Delphine Roussel
Chargée de mission création — CCI de l'Indre"""),

m("fr-neg-consentement-sujet-formation", [], "Amélie Guerin <amelie.guerin@ifsi-chateauroux.fr>",
  "Module « consentement » pour nos étudiants",
  """Bonjour Sandra,

Nous avons beaucoup aimé votre intervention l'an passé. Cette année, nous aimerions un module autour du consentement dans la relation de soin : comment recueillir le consentement d'un patient âgé, comment accepter qu'il le retire, comment s'opposer à une décision de la famille.

Pourriez-vous nous faire une proposition pour 2 demi-journées en mars ?

Amélie Guerin
Cadre formatrice — IFSI de Châteauroux"""),

m("fr-neg-supprimer-creneau-demenagement", [], "Lise Poirier <lise.poirier@gmail.com>",
  "créneau du 12",
  """Coucou Sandra,
Tu peux supprimer mon créneau du 12 ? Les déménageurs ont décalé et je serai entre deux cartons à Tours. On recale la semaine d'après ?
Lise"""),

m("fr-neg-effacer-tableau-atelier", [], "Nicolas Aubert <nicolas.aubert@gmail.com>",
  "Re: atelier de samedi",
  """Merci encore pour samedi ! Petite anecdote : en rentrant, mon fils de 7 ans m'a demandé ce que voulait dire la phrase "je m'autorise à échouer" que j'avais recopiée. On l'a écrite sur le tableau de la cuisine. Il a refusé qu'on l'efface.

Nicolas""", quote=("gmail_fr", HER_C, """Bonjour à tous,
Merci pour votre présence à l'atelier de samedi. Vous trouverez les ressources sur votre espace.
Sandra""")),

m("fr-neg-acces-salle-fauteuil", [], "Colette Marin <colette.marin@orange.fr>",
  "accès à la salle",
  """Bonjour,

Depuis ma chute je me déplace en fauteuil, pour quelques mois. Est-ce que la salle de la rue d'Estienne d'Orves est accessible ? Je ne voudrais pas manquer l'atelier du 20.

Colette Marin"""),

m("fr-neg-export-agenda-rh", [], "Stéphane Girault <s.girault@bati-berry.fr>",
  "Export agenda formation",
  """Bonjour Sandra,

Pourriez-vous m'envoyer un export de l'agenda des sessions de la formation management (dates, horaires, salle) au format .ics ou Excel ? Je dois l'intégrer au planning de l'équipe, deux managers partent en congé paternité.

Cordialement,
Stéphane Girault
Responsable RH — Bati-Berry SAS""", mailer="outlook"),

m("fr-neg-corriger-document-cv", [], "Inès Laurent <ines.laurent@gmail.com>",
  "mon CV corrigé",
  """Bonjour Sandra,
Voici la nouvelle version de mon CV, après notre séance. J'ai corrigé les dates et enlevé la partie sur mon année de maladie comme vous me l'aviez suggéré. Vous pourriez le relire avant que je l'envoie à l'hôpital de Bourges ?
Merci !
Inès""", attachments=[("docx", "CV-Ines-Laurent.docx", "Ines LAURENT\nAide-soignante\nExperience : EHPAD Les Tilleuls 2019-2024")]),

m("fr-neg-retirer-colis", [], "Valentin Rey <valentin.rey@gmail.com>",
  "le colis",
  """Bonjour,
Je n'ai pas pu retirer le colis avec le jeu de cartes "émotions" au point relais, j'étais à l'hôpital avec ma compagne (c'est une fille, Rose, 3,2 kg !). Il est reparti chez vous je crois. Vous pouvez le renvoyer ?
Valentin"""),

m("fr-neg-opposer-famille-recit", [], "Nathalie Bourdin <nathalie.bourdin@gmail.com>",
  "ça y est",
  """Sandra,

Je l'ai fait. Dimanche au repas de famille, je me suis opposée à mon père, calmement, comme on l'avait répété. Je lui ai dit que je ne reprendrais pas la ferme et que j'allais vivre à Lyon avec Sarah.

Il n'a rien dit. Ma mère a pleuré. Mais je suis restée debout.

Je voulais que vous le sachiez en premier.
Nathalie"""),

m("fr-neg-fermer-compte-seul", [], "Denis Royer <denis.royer@laposte.net>",
  "fermeture compte",
  """Bonjour,
Suite à mon départ en retraite je n'utiliserai plus la plateforme. Merci de fermer mon compte.
Denis Royer"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

m("fr-neg-annulation-abonnement-cercle", [], "Manon Duval <manon.duval@gmail.com>",
  "résiliation abonnement cercle",
  """Bonjour Sandra,

Avec la perte de mon emploi je dois couper les dépenses. Je résilie mon abonnement mensuel au cercle à partir du mois prochain. Ce n'est pas de gaieté de cœur.

Merci pour tout,
Manon"""),

m("fr-neg-mere-fille-majeure-donnees", [], "Françoise Tessier <francoise.tessier@orange.fr>",
  "Ma fille Camille",
  """Madame,

Ma fille Camille (27 ans) suit un coaching avec vous. Elle a beaucoup changé, elle ne nous parle plus, elle veut quitter son mari. Je pense qu'on lui met des idées en tête.

Je vous demande de me communiquer le contenu de ses séances et de supprimer ses données, je ne veux plus qu'elle vienne chez vous.

Françoise Tessier"""),
# NEAR-LINE: parent about an ADULT child, no mandate -> negative (another living adult's data).

m("fr-neg-question-droit-heritage", [], "Loïc Garnier <loic.garnier@gmail.com>",
  "question",
  """Bonjour,
Question un peu bizarre : si je décède, est-ce que mes enfants pourront lire ce que j'ai écrit dans vos ateliers ? Ai-je le droit de l'empêcher ? C'est juste pour savoir, je vais bien !
Loïc"""),
# NEAR-LINE: asks how post-mortem rights work, leaves no instruction -> negative.

m("fr-neg-inscription-mes-informations", [], "Samia Belkacem <samia.belkacem@gmail.com>",
  "inscription atelier du 14",
  """Bonjour,

Je souhaite m'inscrire à l'atelier "Rebondir après une rupture" du 14. Voici mes informations :
Samia Belkacem, 34 ans, 06 21 45 87 32, 7 rue des Minimes, Issoudun.

C'est mon amie Laura qui m'en a parlé, elle dit que ça lui a changé la vie après son divorce.

Samia"""),

m("fr-neg-phishing-orange", [], "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera supprimée sous 24h",
  """Cher(e) client(e),

Votre compte de messagerie sandra.delomenie@orange.fr a dépassé sa capacité de stockage. Toutes vos données seront supprimées sous 24h si vous ne confirmez pas votre identité.

Confirmez votre compte : http://orange-verif-compte.info/login

Service client Orange""", to="sandra.delomenie@orange.fr", html="only"),

m("fr-neg-spam-conformite-rgpd", [], "Conformité Pro <contact@rgpd-conformite-express.fr>",
  "URGENT : votre site n'est pas conforme RGPD — amende jusqu'à 20 M€",
  """Madame, Monsieur,

Notre audit automatique révèle que le site floraisondesoi.fr présente 7 non-conformités au RGPD (bandeau cookies, registre des traitements, gestion des demandes d'effacement...).

Régularisez votre situation avant tout contrôle de la CNIL : pack conformité à 490 € HT.

Répondez STOP pour ne plus recevoir nos messages.""", html="alt"),

m("fr-neg-dpa-google", [], "Google Workspace <workspace-noreply@google.com>",
  "Mise à jour de l'Avenant relatif au traitement des données dans le Cloud",
  """Madame, Monsieur,

Nous vous informons que nous mettons à jour l'Avenant relatif au traitement des données dans le Cloud (Cloud Data Processing Addendum). Ces modifications prendront effet le 1er avril.

Aucune action n'est requise de votre part. Pour consulter la nouvelle version : https://workspace.google.com/terms/dpa_terms.html

Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irlande""", html="alt",
  headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-zoom-enregistrement-dispo", [], "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion "Cercle deuil — session 4" est maintenant disponible.

Durée : 01:28:44
Partagez cet enregistrement avec les participants ou supprimez-le depuis votre espace Zoom.""", html="only"),

m("fr-neg-paypal-remboursement", [], "PayPal <service@paypal.fr>",
  "Vous avez envoyé un remboursement",
  """Bonjour Sandra Delomenie,

Vous avez remboursé 75,00 EUR à Marc Teixeira.
Motif : séance annulée (deuil)

Numéro de transaction : 7XK19283AB774512C""", html="only"),

m("fr-neg-bounce-orange", [], "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Undelivered Mail Returned to Sender",
  """Ceci est le service de messagerie d'Orange.

Votre message n'a pas pu être délivré à un ou plusieurs destinataires.

<alain.bonnet52@orange.fr> : adresse inconnue / mailbox unavailable""",
  kind="bounce", to="sandra.delomenie@orange.fr",
  dsn="""Reporting-MTA: dns; smtp.orange.fr
Arrival-Date: Tue, 4 Mar 2025 10:12:44 +0100

Final-Recipient: rfc822; alain.bonnet52@orange.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <alain.bonnet52@orange.fr>: Recipient address rejected: User unknown
""",
  orig_headers="""From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: alain.bonnet52@orange.fr
Subject: Rappel : atelier du jeudi
"""),

m("fr-neg-bounce-gmail-boite-pleine", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Le message n'a pas été distribué à helene.marquet.perso@gmail.com, car la boîte de réception du destinataire est pleine.""",
  kind="bounce", to="contact@floraisondesoi.fr",
  dsn="""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com

Final-Recipient: rfc822; helene.marquet.perso@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space.
""",
  orig_headers="""From: Sandra Delomenie <contact@floraisondesoi.fr>
To: helene.marquet.perso@gmail.com
Subject: Pensées
"""),

m("fr-neg-fwd822-ami-curieux", [], "Bruno Lefort <bruno.lefort@gmail.com>",
  "Tr: regarde ce que j'ai reçu",
  """Salut Sandra,

Je te transfère ce mail d'une boîte d'assurance qui me dit que je peux "exercer mes droits d'accès, de rectification et d'effacement". Je n'ai jamais été client chez eux. Tu crois que c'est une arnaque ? Toi qui fais des formations RGPD...

Bises, et bon courage pour ta maman.
Bruno""", kind="fwd822",
  inner=dict(frm="Assur'Plus <info@assurplus-offres.com>", subject="Votre devis obsèques personnalisé",
             body="""Bonjour Bruno,

Pensez à protéger vos proches : votre devis obsèques personnalisé est prêt.

Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données en écrivant à dpo@assurplus-offres.com.""",
             to="bruno.lefort@gmail.com")),

m("fr-neg-recit-retraite-effacer-tableau", [], "Yves Morin <yves.morin@wanadoo.fr>",
  "premier mois",
  """Chère Sandra,

Premier mois de retraite. J'ai rendu mon badge, on a effacé mon nom de l'organigramme, ma boîte mail pro a été supprimée vendredi. Bizarrement, ce qui m'a fait le plus d'effet, c'est de ne plus avoir accès au parking.

Je fais ce qu'on avait dit : une chose nouvelle par semaine. Cette semaine, le marché de Vatan à vélo.

À bientôt pour notre séance-bilan,
Yves""", mailer="thunderbird"),

m("fr-neg-deuil-merci-livret", [], "Monique Ferrand <monique.ferrand36@wanadoo.fr>",
  "Re: Mon mari Gérard Ferrand",
  """Merci Sandra pour votre réponse et pour votre délicatesse. J'ai bien reçu le courrier et je suis rassurée de savoir que tout a été fait. Je viendrai peut-être à votre cercle deuil en septembre.
Monique""", quote=("gmail_fr", HER_O, """Madame Ferrand,
Je vous confirme que les documents de votre mari ont été traités selon votre souhait. Je vous adresse mes sincères condoléances.
Sandra Delomenie""")),

m("fr-neg-rh-demande-bilan-salarie", [], "Mélanie Caillaud <m.caillaud@translog.fr>",
  "Bilan de M. Pascal Renaud",
  """Bonjour Madame,

Dans le cadre du départ de M. Pascal Renaud, nous souhaiterions récupérer le bilan de compétences réalisé par votre cabinet et financé par notre entreprise, ainsi que vos notes le concernant.

Merci de nous les transmettre dans les meilleurs délais.

Mélanie Caillaud
Service RH — TRANSLOG SAS""", mailer="outlook"),
# NEAR-LINE: employer asking for an employee's data -> third party about another living adult -> negative.

m("fr-neg-ado-merci-stage", [], "Léa Guérin <lea.guerin2010@gmail.com>",
  "merci",
  """coucou sandra c lea du stage ados
je voulais te dire que jai reussi mon oral de francais grace aux exos de respiration !!! jai eu 17
maman ma dit que tu avais enlevé les photos merci 🙏
bisous"""),

m("fr-neg-quebec-recit-demenagement", [], "Josée Gagnon <josee.gagnon@videotron.ca>",
  "Nouvelles de Montréal",
  """Allô Sandra!

On est enfin arrivés à Montréal, les boîtes sont partout pis les enfants capotent sur la neige. J'ai commencé à travailler lundi, ça se passe ben. J'ai gardé la routine du matin qu'on avait bâtie ensemble.

Je t'écris juste pour te dire merci, pis que tu me manques un peu!

Josée""", mailer="apple"),

m("fr-neg-belge-annulation-stage", [], "Marc Dupuis <marc.dupuis@telenet.be>",
  "Annulation stage juillet",
  """Bonjour Madame,

Ma femme a été opérée en urgence et je dois rester auprès d'elle. Je dois malheureusement annuler ma participation au stage de juillet. Pouvez-vous me dire ce qu'il en est des arrhes ? Je comprendrais si elles ne sont pas remboursables.

Bien à vous,
Marc Dupuis"""),

m("fr-neg-suisse-question-portabilite", [], "Nadine Rochat <nadine.rochat@bluewin.ch>",
  "question technique",
  """Bonjour,

Je vais peut-être déménager à Genève l'an prochain. Est-ce que les documents de mon parcours pourraient être récupérés sous forme de fichiers, si un jour j'en avais besoin pour une autre coach ? Rien ne presse, c'est pour savoir si c'est faisable.

Nadine"""),
# NEAR-LINE: asks whether portability would be possible one day, no request now -> negative.

m("fr-neg-recu-attestation-merci", [], "Aurélie Dos Santos <aurelie.dossantos@gmail.com>",
  "Re: petite erreur",
  """Merci Sandra !! Attestation bien reçue, tout est bon cette fois 🥰 Et bébé va bien, on se voit après le congé !""",
  quote=("gmail_fr", HER_C, """Bonjour Aurélie,
C'est corrigé : nom et date de naissance. Voici l'attestation mise à jour.
Sandra""")),

m("fr-neg-pere-retrouve-travail", [], "Olivier Brun <olivier.brun@gmail.com>",
  "j'ai signé !",
  """Sandra,

CDI signé ce matin chez Safran à Châteauroux. Après 14 mois de chômage, deux refus en finale et cette période où je ne sortais plus du lit.

Ma fille m'a dit "t'es redevenu papa". Je ne sais pas quoi dire de plus.

Merci.
Olivier"""),

m("fr-neg-avocat-convocation-temoin", [], "Maître Sophie Renard <s.renard@renard-avocats.fr>",
  "Procédure Lacombe c/ Perrot — sollicitation d'attestation",
  """Madame,

Je suis le conseil de M. Jacques Perrot dans la procédure qui l'oppose à Mme Brigitte Lacombe. Il semble que Mme Lacombe ait suivi un accompagnement auprès de vous en 2024.

Accepteriez-vous de rédiger une attestation sur l'état d'esprit de Mme Lacombe à cette époque, ou de nous transmettre tout document utile ?

Maître Sophie Renard""", mailer="outlook"),
# NEAR-LINE: lawyer for the opposing party asking about another living adult -> negative.

m("fr-neg-sms-style-retard", [], "Jess <jessica.nadal@gmail.com>",
  "retard",
  """dsl jsuis en retard 10 min, ma fille a vomi a la creche 😩 jarrive"""),

m("fr-neg-modif-rdv-chimio", [], "Isabelle Perrot <isa.perrot@gmail.com>",
  "décaler",
  """Bonjour Sandra,
Mon oncologue a déplacé ma séance de radiothérapie au jeudi matin. Est-ce qu'on pourrait décaler notre rendez-vous au vendredi à la même heure ?
Isabelle
Envoyé de mon iPhone""", mailer="iphone"),

m("fr-neg-recit-divorce-supprime-photos", [], "Karine Besnard <karine.besnard@outlook.fr>",
  "le grand ménage",
  """Bonjour Sandra,

Je voulais vous raconter : ce week-end, j'ai fait ce que vous appelez le "rituel de clôture". J'ai supprimé les photos de mon ex de mon téléphone, effacé nos conversations, retiré son nom de la boîte aux lettres. J'ai gardé une seule photo, celle des enfants avec lui à la mer, pour eux.

Je me sens plus légère. Rendez-vous mardi comme prévu.

Karine"""),

m("fr-neg-demande-devis-entreprise", [], "Florence Dubreuil <f.dubreuil@ehpad-tilleuls.fr>",
  "Devis formation soignants",
  """Bonjour Madame Delomenie,

Notre EHPAD souhaiterait proposer à son équipe une formation sur l'accompagnement de fin de vie et la place des familles après le décès d'un résident. Nous sommes 14 soignants.

Pourriez-vous nous adresser un devis pour deux journées ?

Florence Dubreuil
Directrice — EHPAD Les Tilleuls, Châteauroux""", html="alt"),

m("fr-neg-qp-long-recit-aidante", [], "Agnès Poulain <agnes.poulain@free.fr>",
  "Nouvelles de maman",
  """Bonjour Sandra,

Je vous écris un dimanche soir, maman dort enfin. Les dernières semaines ont été rudes : une nouvelle chute, trois jours aux urgences de Vierzon, puis la décision (prise par elle, pas par nous, et c'est important) d'entrer en EHPAD en juin.

On a vidé une partie de la maison hier. J'ai retrouvé ses carnets de recettes, ses lettres à papa, des copies de ses bulletins de l'école normale. Elle m'a dit : "jette ce que tu veux, garde ce que tu aimes". Je n'ai rien jeté.

Je repense à ce que vous m'aviez dit : accompagner n'est pas porter. J'essaie.

Je ne viendrai pas au cercle de mai, mais je pense à vous toutes.

Agnès""", cte="qp"),

m("fr-neg-cnil-question-plainte", [], "René Lacour <rene.lacour@laposte.net>",
  "CNIL ?",
  """Bonjour,
Une amie me dit qu'on peut porter plainte à la CNIL si un professionnel ne répond pas à une demande sur ses données. Est-ce que c'est vrai pour les coachs aussi ? Je pose la question par curiosité, après une mauvaise expérience avec une autre praticienne, pas avec vous.
René"""),

m("fr-neg-conjoint-demande-pour-epouse", [], "Alain Deschamps <alain.deschamps@orange.fr>",
  "Dossier de ma femme",
  """Bonjour,

Ma femme Martine est suivie chez vous. Elle ne va pas bien en ce moment et elle oublie beaucoup de choses. Pourriez-vous m'envoyer une copie de son dossier, pour que je puisse en parler avec son médecin ?

Alain Deschamps"""),
# NEAR-LINE: husband about a living adult spouse without mandate -> negative.

m("fr-neg-sa-reponse-accuse-reception", [], HER_C,
  "Re: Départ pour Montréal — mon suivi",
  """Bonjour Julien,

Bien reçu votre message, et toutes mes félicitations pour ce beau projet ! Je prépare l'export de votre dossier et je l'adresse à Mme Gagnon d'ici la fin de la semaine.

Belle installation au Québec,
Sandra""", to="Julien Marchais <julien.marchais@proton.me>", reply=True,
  quote=("gmail_fr", "Julien Marchais <julien.marchais@proton.me>", """Bonjour Sandra,
Ça y est, c'est officiel : on part s'installer à Montréal en août...""")),

m("fr-neg-outlook-merci-limitation-faite", [], "Arnaud Lefèvre <arnaud.lefevre@outlook.fr>",
  "RE: Dossier — merci de ne rien faire pour l'instant",
  """Merci beaucoup Sandra, ça me soulage énormément. Je reprends contact dès que j'y vois plus clair.
Arnaud""", quote=("outlook_fr", HER_O, """Bonjour Arnaud,
C'est noté : votre dossier est conservé mais mis de côté, il ne sera ni utilisé ni transmis, y compris à votre employeur, jusqu'à nouvel ordre de votre part.
Prenez soin de vous,
Sandra""")),

m("fr-neg-offre-emploi-pour-elle", [], "Hélène Faure <helene.faure@francetravail.fr>",
  "Orientation de demandeurs d'emploi",
  """Bonjour Madame,

France Travail Issoudun souhaiterait orienter vers vous des demandeurs d'emploi de longue durée pour des ateliers collectifs de remobilisation. Seriez-vous disponible pour un échange téléphonique la semaine prochaine ?

Hélène Faure
Conseillère entreprises — France Travail"""),

m("fr-neg-temoignage-spontane-consent", [], "Roselyne Michaud <roselyne.michaud@gmail.com>",
  "Un témoignage pour vous",
  """Bonjour Sandra,

Voici quelques lignes, vous pouvez les mettre sur votre site si vous voulez, avec mon prénom :

"Après la mort de mon mari j'étais une ombre. Sandra ne m'a pas consolée : elle m'a aidée à retrouver ma voix."

Merci pour tout,
Roselyne"""),

m("fr-neg-question-consentement-mineur", [], "Sophie Brunet <sophie.brunet@gmail.com>",
  "stage ados et photos",
  """Bonjour,

Je voudrais inscrire mon fils Ethan (13 ans) au stage de juillet. Une question avant : est-ce que vous prenez des photos pendant le stage ? Et si oui, est-ce que je pourrai refuser qu'il apparaisse ?

Merci,
Sophie Brunet"""),

m("fr-neg-mot-de-passe-apple-relay", [], "Tristan <xk7q2m9p4r@privaterelay.appleid.com>",
  "réinitialisation mot de passe",
  """Bonjour, je me suis inscrit avec "masquer mon adresse" d'Apple et maintenant je ne reçois pas le mail de réinitialisation du mot de passe de la formation. Je ne peux plus accéder aux vidéos. Merci de m'aider. Tristan""", mailer="iphone"),

m("fr-neg-webinaire-replay-acces", [], "Mireille Lambert <mireille.lambert@orange.fr>",
  "replay ?",
  """Bonjour,
J'étais au chevet de ma mère le soir du webinaire sur les aidants. Est-ce qu'il y a un replay ? Je n'ai pas reçu le lien d'accès.
Mireille""", mailer="orange"),

m("fr-neg-recit-fils-part-etudes", [], "Pascale Hubert <pascale.hubert@gmail.com>",
  "le nid vide",
  """Sandra,

Tom est parti à Bordeaux pour ses études. J'ai rangé sa chambre, j'ai retiré ses dessins du frigo, j'ai laissé son poster. La maison est trop calme.

Je fais l'exercice des trois gratitudes tous les soirs, ça m'aide un peu. J'avais envie de l'écrire à quelqu'un qui comprendrait.

Pascale"""),

m("fr-neg-ancien-collegue-infos", [], "Bertrand Hoarau <b.hoarau@gmail.com>",
  "coordonnées de Sabrina Kaci",
  """Bonjour,

J'ai travaillé avec Sabrina Kaci chez Verdier et je sais qu'elle vous voit. Elle a changé de numéro après son licenciement et je voudrais lui proposer un poste. Pourriez-vous me donner son nouveau numéro ?

Bertrand"""),

m("fr-neg-newsletter-autre-coach-quote-request", [], "Élodie Marchal <elodie.marchal@gmail.com>",
  "Re: Données de santé",
  """Merci Sandra pour votre réponse rapide et bienveillante. C'est bien noté de mon côté.""",
  quote=("apple_fr", HER_C, """Bonjour Élodie,
J'ai bien pris en compte le retrait de votre consentement : plus aucune donnée de santé ne sera collectée, et celles déjà notées seront supprimées.
Sandra""")),

m("fr-neg-html-facture-plateforme", [], "Systeme.io <billing@systeme.io>",
  "Votre facture Systeme.io — abonnement Startup",
  """Bonjour Sandra,

Votre paiement de 27,00 € pour l'abonnement Startup a été accepté.
Facture n° SIO-2025-884213 disponible dans votre espace.

L'équipe Systeme.io""", html="only"),

m("fr-neg-linkedin-demande-recommandation", [], "Farid Benali <farid.benali@gmail.com>",
  "recommandation LinkedIn",
  """Bonjour Madame Delomenie,

Bonne nouvelle, le dossier prud'hommes s'est conclu par un accord. J'ai retrouvé un poste à Tours.

Accepteriez-vous de m'écrire une petite recommandation sur LinkedIn ? Pas sur le contenu du bilan bien sûr, juste sur ma démarche.

Farid"""),

m("fr-neg-supprimer-inscription-atelier", [], "Brigitte Noël <brigitte.noel@orange.fr>",
  "atelier du 22",
  """Bonjour Sandra,
Merci de supprimer mon inscription à l'atelier du 22, mon petit-fils naît ce jour-là (normalement !). Je m'inscrirai au suivant.
Brigitte"""),
# NEAR-LINE: "supprimer mon inscription" to one workshop = cancellation -> negative.

m("fr-neg-rectif-facture-nom-entreprise", [], "Julie Marceau <julie.marceau@asso-envol.fr>",
  "correction facture",
  """Bonjour,

La facture FDS-2026-031 pour la formation de nos bénévoles porte l'ancien nom de l'association ("Envol 36"). Depuis la fusion nous sommes "Envol Berry". Pourriez-vous la corriger et nous la renvoyer ?

Julie Marceau
Trésorière — Envol Berry""", mailer="thunderbird"),
# NEAR-LINE: correcting an organisation's name on an invoice, not personal data -> negative.

m("fr-neg-google-alerte-securite", [], "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

contact@floraisondesoi.fr
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, aucune action n'est requise.

Vérifier l'activité : https://myaccount.google.com/notifications""", html="alt",
  to="contact@floraisondesoi.fr"),

m("fr-neg-doctolib-style-rappel", [], "Cabinet Kiné Issoudun <rappels@kine-issoudun.fr>",
  "Rappel de rendez-vous",
  """Bonjour Mme DELOMENIE,

Nous vous rappelons votre rendez-vous du jeudi 14 à 9h15 avec M. Pinault.

Pour annuler ou déplacer ce rendez-vous, merci de prévenir 24h à l'avance.""",
  headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-ami-deuil-cercle-infos", [], "Dominique Blanc <dominique.blanc@gmail.com>",
  "pour une amie",
  """Bonjour,

Une amie très chère vient de perdre son mari. Elle n'a pas la force d'écrire. Est-ce que votre cercle deuil accepte des nouvelles personnes en cours d'année ? Quels sont les tarifs ? Je lui transmettrai.

Dominique"""),

m("fr-neg-reponse-sa-objet-acces", [], "Lina Martin <lina.martin@gmail.com>",
  "Re: mes réponses au test",
  """Génial, merci !! Je vais les relire ce soir avec un thé. Je te tiens au courant pour la reconversion 🙂""",
  quote=("gmail_fr", HER_C, """Coucou Lina,
Voici tes résultats au test des valeurs et ton questionnaire de motivations, en pièces jointes.
Belle réflexion !
Sandra""")),

m("fr-neg-formation-suppression-donnees-sujet", [], "Gwenaëlle Picard <gwen.picard@gmail.com>",
  "Exercice de la formation RGPD",
  """Bonjour Sandra,

Pour l'exercice final de la formation "RGPD pour les praticiens", voici ma réponse au cas pratique n°3 ("Mme X demande l'effacement de ses données après un décès dans sa famille") : je répondrais dans le mois, je supprimerais tout sauf les factures...

Est-ce que c'est ce que vous attendiez ? Merci pour votre retour.

Gwenaëlle""", attachments=[("docx", "cas-pratique-3-Picard.docx", "Cas pratique 3 - reponse\nDelai de reponse : un mois\nConservation des factures : 10 ans")]),

m("fr-neg-prospect-demande-infos-tarifs", [], "Patrick Moreau <patrick.moreau@sfr.fr>",
  "tarifs",
  """Bonjour,
Je viens de me faire licencier après 22 ans dans la même boîte. Mon épouse pense qu'un bilan me ferait du bien. Quels sont vos tarifs et est-ce que ça peut passer par le CPF ?
P. Moreau"""),

m("fr-neg-quote-newsletter-merci", [], "Catherine Roy <catherine.roy@laposte.net>",
  "Re: 🌸 La lettre d'avril — traverser les deuils du quotidien",
  """Votre lettre tombe à pic, Sandra. Ma fille part en Australie pour un an la semaine prochaine. Je garde l'exercice de la boîte à souvenirs.
Catherine""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", """Bonjour à toutes et à tous,
Ce mois-ci, je voulais parler des petits deuils : un déménagement, un enfant qui part étudier...
Se désinscrire : https://floraisondesoi.fr/desinscription""")),

m("fr-neg-infos-pratiques-parking", [], "Jacques Petitjean <jacques.petitjean@orange.fr>",
  "parking",
  """Bonjour,
Où peut-on se garer pour l'atelier ? Depuis mon opération de la hanche je ne peux pas marcher longtemps.
Merci,
J. Petitjean"""),

m("fr-neg-recit-proces-gagne", [], "Romain Lucas <romain.lucas@gmail.com>",
  "on a gagné",
  """Sandra !

Le tribunal a débouté mon ancien employeur. Concurrence déloyale : rien. Mon avocate dit que le retrait du podcast n'a même pas compté, mais merci encore de l'avoir fait si vite.

Je vais pouvoir dormir.
Romain"""),

m("fr-neg-subject-only-merci", [], "Paulette Girard <paulette.girard@wanadoo.fr>",
  "Merci pour la belle conférence d'hier soir", ""),

m("fr-neg-8bit-dons-association", [], "Association JALMALV Indre <jalmalv36@orange.fr>",
  "Conférence « Vivre le deuil »",
  """Bonjour Madame Delomenie,

Nous organisons en octobre une conférence sur le deuil et aimerions vous inviter à intervenir sur "ce que l'on garde de ceux qui partent". Nous évoquerons aussi les démarches après un décès (comptes, abonnements, réseaux sociaux).

Bien cordialement,
Le bureau de JALMALV Indre""", cte="8bit"),

m("fr-neg-consentement-newsletter-inscription", [], "Julia Santos <julia.santos@gmail.com>",
  "inscription à la lettre",
  """Bonjour,
Je viens de me séparer et une amie m'a conseillé votre lettre mensuelle. Je veux bien la recevoir, à cette adresse. Merci !
Julia"""),

m("fr-neg-rh-question-conservation-salaries", [], "Christophe Lemaire <c.lemaire@bati-berry.fr>",
  "RGPD et formation management",
  """Bonjour Sandra,

Notre DPO me demande de vérifier, pour le registre, combien de temps vous conservez les évaluations de nos managers après la formation, et si elles sont hébergées hors UE. Pouvez-vous me répondre pour notre documentation ?

Christophe Lemaire
DRH — Bati-Berry""", mailer="outlook"),

m("fr-neg-ami-demande-adresse-participante", [], "Sylvain Roche <sylvain.roche@gmail.com>",
  "une participante",
  """Bonjour,
J'ai rencontré une participante à votre atelier de samedi, Laura je crois, elle a perdu son mari comme moi. Je voudrais lui écrire. Pourriez-vous me donner son mail ?
Sylvain"""),

m("fr-neg-sa-demande-piece-identite", [], HER_O,
  "Votre demande concernant votre père",
  """Bonjour Madame Bonnet,

Je vous présente toutes mes condoléances. Pour donner suite à votre demande concernant les données de votre père, pourriez-vous m'adresser une copie de l'acte de décès et d'un justificatif de votre qualité d'héritière ?

Bien à vous,
Sandra Delomenie""", to="Julie Bonnet <julie.bonnet86@gmail.com>", reply=True),

m("fr-neg-recit-ado-grandit", [], "Nathalie Guérin <nath.guerin@free.fr>",
  "Léa",
  """Bonjour Sandra,

Léa a fait sa rentrée au lycée. Elle a coupé ses cheveux, elle a choisi l'option théâtre (elle ! qui ne parlait pas en classe il y a deux ans). Elle m'a demandé de ne plus la suivre sur Instagram, ce que j'ai pris comme un grand progrès.

Je voulais partager ça avec vous.
Nathalie""", mailer="thunderbird"),
]
