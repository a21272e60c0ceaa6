from records import R, S0, S1

RECORDS = [
R("fr-neg-supprime-moi-meme-autre-site", [], ("Hélène Rabier", "helene.rabier@gmail.com"),
  "Un grand merci",
  """Bonjour Sandra,

Suite à votre atelier sur la sobriété numérique, j'ai passé mon dimanche à supprimer moi-même mes comptes sur trois sites de vente où je n'allais plus, à demander à mon ancienne banque d'effacer mes données (ce qu'elle a fait en deux jours, étonnamment), et même si ma fille se moque de moi, je me sens beaucoup plus légère, alors merci !

Hélène
"""),

R("fr-neg-question-duree-conservation", [], ("Marc Aubert", "marc.aubert@orange.fr"),
  "Question",
  """Bonjour,

Avant de m'inscrire à votre accompagnement, et même si je suis plutôt confiant (une amie vous a chaudement recommandée), j'aimerais comprendre combien de temps vous conservez les notes de séance et les questionnaires une fois l'accompagnement terminé, et si c'est vous seule qui y avez accès.

Marc Aubert
"""),
# NEAR-LINE: asks how retention works before signing up -> question about a right/practice, negative.

R("fr-neg-ai-je-le-droit-effacer", [], ("Julie Sorel", "julie.sorel@gmail.com"),
  "Une question de principe",
  """Bonjour Sandra,

Si un jour, ce qui n'est pas du tout à l'ordre du jour puisque je suis ravie de nos séances, je voulais que vous effaciez tout ce que vous avez sur moi, est-ce que j'en aurais le droit même si la formation a été payée par mon employeur, ou est-ce que c'est lui qui déciderait ?

Julie
"""),

R("fr-neg-donnees-mari-vivant", [], ("Monique Tessier", "monique.tessier@wanadoo.fr"),
  "Mon mari",
  """Bonjour Madame,

Mon mari, qui a suivi votre formation de manager l'an dernier et qui refuse d'en parler (vous savez comment sont les hommes), a l'air très abattu depuis, et j'aimerais, même si je sais que c'est délicat, que vous m'envoyiez une copie de son bilan pour que je comprenne ce qui s'est passé.

Monique Tessier
"""),
# NEAR-LINE: spouse (living adult) asking for another person's data -> negative.

R("fr-neg-annulation-stage", [], ("Patricia Weber", "patricia.weber@laposte.net"),
  "Annulation stage de juillet",
  """Bonjour Sandra,

C'est avec regret, et après avoir retourné le problème dans tous les sens — j'ai même essayé de faire garder ma mère par mon frère, qui a refusé, évidemment —, que je dois annuler mon inscription au stage de juillet, et je voulais savoir si l'acompte pouvait être reporté sur la session d'octobre.

Patricia
"""),

R("fr-neg-supprimer-creneau", [], ("Antoine Gros", "antoine.gros@gmail.com"),
  "Rdv jeudi",
  """Bonjour Sandra,

Comme ma fille a finalement sa kermesse jeudi après-midi (elle joue un arbre, je ne peux pas rater ça), est-ce que tu peux supprimer le créneau de 15h et me proposer autre chose la semaine suivante, même tôt le matin si ça t'arrange ?

Antoine
"""),

R("fr-neg-mot-de-passe", [], ("Gisèle Fontaine", "gisele.fontaine@orange.fr"),
  "Je n'arrive plus à me connecter",
  """Bonjour,

J'ai essayé trois fois de réinitialiser mon mot de passe pour accéder à mon espace de formation, mon petit-fils aussi a essayé depuis son téléphone, et même si le mail de réinitialisation arrive bien, le lien me dit qu'il a expiré, alors je ne sais plus quoi faire pour accéder à mes modules.

Gisèle Fontaine
"""),

R("fr-neg-fermer-compte-seul", [], ("Loïc Bertin", "loic.bertin@free.fr"),
  "compte",
  """Bonjour,

Comme je n'utilise plus la plateforme depuis la fin de la formation et que je reçois des notifications de connexion qui m'inquiètent un peu (sûrement rien, mais mon collègue s'est fait pirater un compte le mois dernier), vous pouvez fermer mon compte, merci.

Loïc
"""),
# NEAR-LINE: "fermer mon compte" with no mention of data -> negative per policy.

R("fr-neg-merci-apres-suppression", [], ("Éloïse Vidal", "eloise.vidal@gmail.com"),
  "Re: Votre demande de suppression",
  """Merci beaucoup Sandra pour votre rapidité, et même si je regrette un peu d'avoir dû en arriver là (ce n'était vraiment pas contre vous, mais contre mon ex qui avait accès à ma boîte mail), je suis soulagée que tout soit effacé.

Belle continuation,
Éloïse
""",
  quote={"style": "gmail", "who": S1, "subject": "Votre demande de suppression",
         "text": "Bonjour Éloïse,\n\nJe vous confirme que l'ensemble de vos données a été supprimé de mes fichiers et de la plateforme.\n\nBien à vous,\nSandra"}),

R("fr-neg-copie-facture", [], ("Comptabilité Garage Morin", "compta@garage-morin36.fr"),
  "Copie de facture",
  """Bonjour Madame,

Notre expert-comptable, qui boucle l'exercice cette semaine et qui nous relance tous les jours (c'est de bonne guerre), nous réclame la facture de la formation « Communication non violente » suivie par deux de nos salariés en mars, que nous ne retrouvons pas, auriez-vous l'amabilité de nous en renvoyer une copie ?

Cordialement,
Sylvie Morin
Garage Morin
"""),

R("fr-neg-rgpd-sujet-formation", [], ("Aurélien Barbier", "aurelien.barbier@cci-indre.fr"),
  "Intervention RGPD",
  """Bonjour Madame Delomenie,

La CCI organise en mai une matinée pour les commerçants sur le thème du RGPD — droit d'accès, droit à l'effacement, consentement aux cookies, tout ce qui fait peur aux petits patrons —, et bien que vous ne soyez pas juriste, une de nos adhérentes nous a dit que vous animiez très bien les groupes, seriez-vous disponible pour co-animer ?

Aurélien Barbier
CCI de l'Indre
"""),

R("fr-neg-plainte-cnil-copie", [], ("Roland Mercier", "roland.mercier@orange.fr"),
  "Copie de ma plainte",
  """Madame,

Ayant constaté que vous n'avez pas répondu à mes courriers (ce que je regrette, car j'aurais préféré régler cela entre nous, comme je l'ai fait avec mon opérateur téléphonique l'an dernier), je vous informe que j'ai déposé ce jour une plainte auprès de la CNIL, dont vous trouverez copie ci-jointe pour votre information.

Roland Mercier
""",
  attachments=[("pdf", "plainte_CNIL_R_Mercier.pdf", "Plainte CNIL - Roland Mercier - accuse de reception")]),

R("fr-neg-consentement-theme-atelier", [], ("Claire Dumont", "claire.dumont@gmail.com"),
  "Atelier sur le consentement",
  """Bonjour Sandra,

Je travaille dans un foyer pour adolescentes et nous aimerions, même si le budget est serré (on trouvera, la directrice est motivée), que vous veniez animer un atelier sur le consentement, le droit de dire non et le respect de son corps, est-ce quelque chose que vous proposez ?

Claire Dumont
"""),

R("fr-neg-effacer-tableau", [], ("Nicolas Perrin", "nicolas.perrin@mairie-issoudun.fr"),
  "Salle du 12 avril",
  """Bonjour Madame Delomenie,

Pour votre atelier du 12 avril dans la salle polyvalente, je vous rappelle que les clés sont à récupérer à l'accueil la veille, et même si ce n'est pas toujours respecté par les associations (je ne vise personne), merci d'effacer le tableau blanc et de remettre les chaises en place en partant.

Nicolas Perrin
Service vie associative
"""),

R("fr-neg-retirer-colis", [], ("Martine Lefort", "martine.lefort@laposte.net"),
  "Vos cartes",
  """Coucou Sandra,

J'ai retiré ton colis de cartes-émotions au relais Pickup de la place du Marché, puisque tu m'avais dit que tu ne pourrais pas passer avant samedi, et même si le carton était un peu abîmé, l'intérieur a l'air intact, je te le dépose quand tu veux.

Martine
"""),

R("fr-neg-s-opposer-formation", [], ("Delphine Garnier", "delphine.garnier@gmail.com"),
  "Question sur l'atelier affirmation de soi",
  """Bonjour,

Mon employeur voudrait m'inscrire à votre atelier « Savoir s'opposer sans se fâcher », et même si l'intitulé me parle beaucoup (je n'arrive jamais à dire non à ma cheffe), j'aimerais savoir s'il s'agit d'un atelier en groupe ou individuel et combien de séances il comprend.

Delphine Garnier
"""),

R("fr-neg-mes-informations-inscription", [], ("Fabrice Colas", "fabrice.colas@outlook.fr"),
  "Inscription conférence",
  """Bonjour,

Je vous transmets ci-dessous mes informations pour l'inscription à la conférence du 20, puisque le formulaire du site plantait chez moi (peut-être mon vieux navigateur, mon fils me dit de le changer depuis deux ans) : Fabrice Colas, 06 12 54 87 30, fabrice.colas@outlook.fr.

Fabrice Colas
"""),

R("fr-neg-acces-salle", [], ("Agathe Lenoir", "agathe.lenoir@gmail.com"),
  "Accès à la salle",
  """Bonjour Sandra,

Je viens au cercle de jeudi pour la première fois et comme je suis en fauteuil depuis mon accident (rien de grave, je vous rassure, c'est temporaire), j'aimerais savoir si l'accès à la salle se fait de plain-pied ou s'il y a des marches.

Agathe
"""),

R("fr-neg-export-agenda", [], ("Jérôme Robin", "jerome.robin@gmail.com"),
  "Dates du cycle",
  """Salut Sandra,

Est-ce que tu pourrais m'envoyer un export de l'agenda des séances du cycle d'automne, idéalement en .ics, parce que ma femme gère notre calendrier partagé et qu'elle m'a interdit de lui dicter les dates à l'oral (trop d'erreurs la dernière fois, paraît-il) ?

Jérôme
"""),

R("fr-neg-corriger-document", [], ("Laurence Picard", "laurence.picard@orange.fr"),
  "Mon mémoire",
  """Bonjour Sandra,

Je sais que ce n'est pas vraiment ton métier, mais comme tu as l'œil et que ma directrice de mémoire est en congé maternité, est-ce que tu accepterais de corriger le document ci-joint, surtout la partie sur l'accompagnement des aidants, avant que je le rende vendredi ?

Laurence
""",
  attachments=[("docx", "memoire_L_Picard.docx", "Memoire - L'accompagnement des aidants familiaux - Laurence Picard")]),

R("fr-neg-hypothetique-autre-coach", [], ("Sonia Brunel", "sonia.brunel@gmail.com"),
  "Petit partage",
  """Bonjour Sandra,

Je vous raconte, parce que ça m'a fait penser à vous : une amie a demandé à son ancienne coach de Tours de lui envoyer une copie de toutes ses notes et de supprimer le reste, et la coach lui a répondu qu'elle n'avait « pas le temps pour ces histoires de RGPD », ce qui m'a choquée et m'a fait apprécier encore plus votre sérieux.

Sonia
"""),

R("fr-neg-donnees-fille-majeure", [], ("Bernadette Hamon", "bernadette.hamon@wanadoo.fr"),
  "Ma fille Émilie",
  """Madame,

Ma fille Émilie, qui a 24 ans et qui a fait un bilan chez vous cet hiver, ne me dit plus rien depuis, et bien que je sache qu'elle est majeure et que je devrais respecter ça, je voudrais que vous effaciez toutes ses informations parce que je pense que ce suivi lui fait plus de mal que de bien.

Bernadette Hamon
"""),
# NEAR-LINE: parent of an adult child -> another living adult's data -> negative.

R("fr-neg-desinscription-atelier", [], ("Yasmine Haddad", "yasmine.haddad@hotmail.fr"),
  "Désinscription atelier du 5",
  """Bonjour,

Je suis vraiment désolée de prévenir si tard, mais mon fils a de la fièvre depuis hier soir et mon mari est en déplacement à Clermont, alors même si j'attendais cet atelier avec impatience, je dois me désinscrire de celui du 5, est-ce qu'il y aura une autre date ?

Yasmine
"""),
# NEAR-LINE: "désinscrire" of a workshop = cancellation, not newsletter objection.

R("fr-neg-auto-reply-rgpd", [], ("Service clients Mutuelle Berrichonne", "noreply@mutuelle-berrichonne.fr"),
  "Réponse automatique : Votre message",
  """Bonjour,

Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données, que vous pouvez exercer à dpo@mutuelle-berrichonne.fr.

Ceci est un message automatique, merci de ne pas y répondre.
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),

R("fr-neg-stripe-paiement", [], ("Stripe", "notifications@stripe.com"),
  "Paiement reçu de Claire Joubert",
  """Floraison de Soi

Vous avez reçu un paiement de 180,00 € de Claire Joubert (claire.joubert@gmail.com).

Description : Bilan - séance 3/5
Date : voir votre tableau de bord

Afficher le paiement dans le Dashboard

Vous recevez cet e-mail car vous avez activé les notifications de paiement. Politique de confidentialité de Stripe : https://stripe.com/fr/privacy
""",
  html="alt", headers=[("X-Mailer", "Stripe Mailer")]),

R("fr-neg-sandra-confirme-effacement", [], S0,
  "Confirmation de suppression de vos données",
  """Bonjour Madame Antoine,

Comme vous me l'aviez demandé pour votre fille Lou, et même si j'ai été touchée par le petit mot qu'elle avait laissé sur la fiche, je vous confirme que l'ensemble des informations la concernant (fiche d'inscription, questionnaire, adresse e-mail) a été supprimé de mes fichiers et de la plateforme Système.io.

Bien à vous,
Sandra Delomenie
Floraison de Soi
""",
  to=("Valérie Antoine", "valerie.antoine@gmail.com")),

R("fr-neg-sandra-envoi-export", [], S1,
  "Vos données - export",
  """Bonjour Mathieu,

Comme promis, et avec un peu de retard (les stages d'été m'ont débordée, tu t'en doutes), tu trouveras ci-joint l'export de tes données au format CSV, bilans compris, et n'hésite pas si quelque chose te paraît manquer.

Belle journée,
Sandra
""",
  to=("Mathieu Perrot", "mathieu.perrot@outlook.com"),
  attachments=[("csv", "export_M_Perrot.csv", "champ;valeur\nnom;Perrot\nprenom;Mathieu\nemail;mathieu.perrot@outlook.com\nbilan_1;2025-03-12\n")]),

R("fr-neg-newsletter-sandra", [], S0,
  "La lettre de Floraison - Oser ralentir",
  """Chères toutes, chers tous,

Ce mois-ci, je voulais vous parler de ralentir, même si — je l'avoue — j'ai moi-même passé le mois à courir entre les stages, les rendez-vous et la rentrée de mes enfants.

Au programme : le cercle de parole du jeudi reprend le 11 septembre, et l'atelier « Poser ses limites » ouvre ses inscriptions.

Prenez soin de vous,
Sandra

Vous recevez cette lettre car vous vous êtes inscrit(e) sur floraisondesoi.fr. Se désinscrire : https://floraisondesoi.fr/desinscription
""",
  to=("Abonnés Floraison de Soi", "newsletter@floraisondesoi.fr"),
  headers=[("List-Id", "La lettre de Floraison <lettre.floraisondesoi.fr>"),
           ("List-Unsubscribe", "<https://floraisondesoi.fr/desinscription>, <mailto:desinscription@floraisondesoi.fr>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
  html="alt"),

R("fr-neg-bounce-orange", [], ("Mail Delivery System", "MAILER-DAEMON@orange.fr"),
  "Undelivered Mail Returned to Sender",
  """Votre message n'a pas pu être délivré à un ou plusieurs destinataires.

<jeanne.morvan@laposte.fr> : adresse introuvable (550 5.1.1 User unknown)
""",
  kind="bounce", to=S1,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn="Reporting-MTA: dns; smtp.orange.fr\r\nArrival-Date: Mon, 10 Mar 2025 10:12:00 +0100\r\n\r\nFinal-Recipient: rfc822; jeanne.morvan@laposte.fr\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n",
  inner=dict(key="fr-neg-bounce-orange-inner", frm=S1, to=("Jeanne Morvan", "jeanne.morvan@laposte.fr"),
             subject="Vos données", body="Bonjour Jeanne,\n\nVoici vos données comme demandé.\n\nSandra\n", rights=[])),

R("fr-neg-phishing-orange", [], ("Service Orange", "securite@orange-verification-compte.com"),
  "Action requise : vérifiez vos informations",
  """Chère cliente,

Suite à la mise en conformité RGPD de nos services, et afin d'éviter la suppression définitive de votre messagerie et de toutes vos données sous 24 heures, vous devez confirmer vos informations personnelles en cliquant sur le lien ci-dessous.

Confirmer mes informations : http://orange-verif-rgpd.co/login

Le service sécurité Orange
""",
  html="only"),

R("fr-neg-spam-conformite", [], ("RGPD Conformité Pro", "contact@rgpd-conformite-pro.fr"),
  "Votre site n'est pas conforme au RGPD - risque d'amende",
  """Madame, Monsieur,

Notre audit automatique de floraisondesoi.fr a détecté plusieurs non-conformités (bandeau cookies, registre des traitements, absence de DPO), et bien que vous soyez une petite structure, les amendes peuvent atteindre 4 % du chiffre d'affaires : pour 49 € HT, nous mettons votre site en conformité en 48 h.

L'équipe RGPD Conformité Pro
Pour ne plus recevoir nos offres, répondez STOP.
""",
  html="alt"),

R("fr-neg-systemeio-notif", [], ("Systeme.io", "no-reply@systeme.io"),
  "Nouvel inscrit à votre formation",
  """Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre formation « Reprendre confiance en soi » :

Nom : Inès Mercier
E-mail : ines.mercier@gmail.com

Gérez vos contacts depuis votre tableau de bord.

L'équipe Systeme.io
""",
  html="alt"),

R("fr-neg-urssaf", [], ("URSSAF", "ne-pas-repondre@urssaf.fr"),
  "Votre déclaration de chiffre d'affaires",
  """Madame DUMOT-DELOMENIE,

Votre déclaration de chiffre d'affaires du trimestre est à effectuer avant la date limite sur autoentrepreneur.urssaf.fr, et nous vous rappelons que vous pouvez accéder à votre espace personnel pour consulter et corriger vos informations à tout moment.

L'Urssaf
""",
  html="only"),

R("fr-neg-vendor-dpa", [], ("Brevo", "legal@brevo.com"),
  "Mise à jour de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour notre accord de traitement des données (DPA) et notre politique de confidentialité afin de tenir compte des nouvelles clauses contractuelles types, et même si aucune action n'est requise de votre part, nous vous invitons à en prendre connaissance avant le 1er juin.

L'équipe Brevo
""",
  html="alt", headers=[("List-Unsubscribe", "<https://brevo.com/unsubscribe>")]),

R("fr-neg-rectif-propre-fait", [], ("Pascale Guyot", "pascale.guyot@gmail.com"),
  "C'est fait",
  """Bonjour Sandra,

Juste pour te dire que j'ai moi-même corrigé mon adresse et mon téléphone dans mon profil sur la plateforme, comme tu me l'avais montré, et même si j'ai mis un quart d'heure à trouver le bouton (je ne suis pas douée), tout est à jour maintenant.

Pascale
"""),

R("fr-neg-portabilite-question", [], ("Arthur Chevalier", "arthur.chevalier@outlook.fr"),
  "Question technique",
  """Bonjour,

Par simple curiosité, et parce que j'envisage peut-être de changer de plateforme de formation l'an prochain (rien de décidé), comment cela se passe-t-il en général chez vous quand quelqu'un veut récupérer ses données dans un autre outil : en quel format les fournissez-vous ?

Arthur Chevalier
"""),

R("fr-neg-objection-ado-cours", [], ("Maryse Carpentier", "maryse.carpentier@orange.fr"),
  "Mon fils s'oppose à tout",
  """Bonjour Sandra,

Mon fils de seize ans s'oppose à tout ce qu'on lui propose en ce moment, les devoirs, le sport, même les repas en famille, et bien que je sache que c'est de son âge (son père était pareil, paraît-il), je me demandais si vous faisiez des séances pour les ados ou pour les parents débordés comme moi.

Maryse
"""),

R("fr-neg-donner-consentement", [], ("Nathan Roux", "nathan.roux@gmail.com"),
  "Autorisation photo",
  """Bonjour Sandra,

Pour répondre à votre question de la fin de l'atelier, et même si je ne suis pas très photogénique (mon ex me le disait assez), j'accepte volontiers que vous publiiez la photo de groupe sur votre page, avec mon prénom si vous voulez.

Nathan
"""),

R("fr-neg-temoignage-envoi", [], ("Françoise Lebrun", "francoise.lebrun@laposte.net"),
  "Mon témoignage",
  """Bonjour Sandra,

Comme promis, voici quelques mots pour votre site, que vous pouvez publier avec mon prénom : « Je suis arrivée chez Sandra épuisée, persuadée que je n'avais plus le droit de m'occuper de moi ; je repars avec des outils et l'envie de recommencer. »

Françoise
"""),

R("fr-neg-zoom-notif", [], ("Zoom", "no-reply@zoom.us"),
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Webinaire - Oser dire non » est maintenant disponible.

Partagez cet enregistrement avec les participants ou supprimez-le depuis votre espace Enregistrements.

Merci d'avoir choisi Zoom.
""",
  html="only"),

R("fr-neg-calendly-annulation", [], ("Calendly", "notifications@calendly.com"),
  "Annulé : Séance individuelle avec Pauline Roche",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Invitée : Pauline Roche
Motif de l'annulation : Désolée, mon employeur m'envoie en formation à Orléans ce jour-là, je reprends un créneau dès que je connais mon planning.

Calendly
""",
  html="alt"),

R("fr-neg-qonto-virement", [], ("Qonto", "noreply@qonto.com"),
  "Virement reçu : 420,00 €",
  """Bonjour Sandra,

Vous avez reçu un virement de 420,00 € de ASSOCIATION AIDANTS 36 sur votre compte Floraison de Soi.

Libellé : FORMATION ECOUTE ACTIVE

Consultez le détail depuis votre application.
""",
  html="alt"),

R("fr-neg-paypal-notif", [], ("PayPal", "service@paypal.fr"),
  "Vous avez reçu un paiement",
  """Bonjour Sandra Dumot-Delomenie,

Thomas Giraud vous a envoyé 65,00 EUR.

Remarque : « pour l'atelier du 14, j'ai payé aussi pour ma compagne qui viendra avec moi »

Consultez les détails de la transaction sur votre compte.
""",
  html="only"),

R("fr-neg-google-securite", [], ("Google", "no-reply@accounts.google.com"),
  "Alerte de sécurité",
  """Nouvelle connexion sur Mac

contact@floraisondesoi.fr
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité
""",
  html="alt", to=S0),

R("fr-neg-rh-infos-salaries", [], ("Service RH - Transports Lecomte", "rh@transports-lecomte.fr"),
  "Formation management - liste des participants",
  """Bonjour Madame Delomenie,

Comme convenu lors de notre rendez-vous, et même si deux de nos chefs d'équipe risquent d'être en déplacement (nous vous le confirmerons), je vous transmets la liste des participants à la formation avec leurs coordonnées, pour que vous puissiez leur envoyer le questionnaire préalable.

Cordialement,
Aline Fabre
Responsable RH
""",
  attachments=[("csv", "participants_formation.csv", "nom;prenom;email\nDurand;Paul;p.durand@transports-lecomte.fr\nMichaud;Eva;e.michaud@transports-lecomte.fr\n")]),

R("fr-neg-rh-demande-bilan-salarie", [], ("DRH Clinique des Tilleuls", "drh@clinique-tilleuls.fr"),
  "Bilan de Mme Brunet",
  """Madame,

La clinique ayant financé l'intégralité du bilan de compétences de Madame Nathalie Brunet, et même si nous entendons bien les réserves d'usage sur la confidentialité, nous vous serions reconnaissants de nous transmettre l'intégralité de ses résultats aux tests, et pas seulement la synthèse.

Bien cordialement,
Direction des ressources humaines
"""),
# NEAR-LINE: employer asks for an employee's (living adult) data -> negative.

R("fr-neg-ancien-abonne-question-newsletter", [], ("Denis Charpentier", "denis.charpentier@gmail.com"),
  "newsletter ?",
  """Bonjour,

Je ne reçois plus votre newsletter depuis deux mois alors que je ne me suis jamais désinscrit (du moins je crois, ma femme fait parfois le tri dans ma boîte sans me demander), est-ce qu'il y a eu un problème ou est-ce que vous avez arrêté de l'envoyer ?

Denis
"""),
]
