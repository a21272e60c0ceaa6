# French-language requests (incl. Belgian, Swiss, Quebec French and French mixed with English).
from _rec import M

SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
WP = ("Floraison de Soi", "wordpress@floraisondesoi.fr")
SIO = ("Systeme.io", "no-reply@systeme.io")
NEWS = ("Floraison de Soi", "newsletter@floraisondesoi.fr")

RECORDS = [

M("fr-formel-art15-avec-cni", ["access"],
  ("Bénédicte Sauvageot", "benedicte.sauvageot@orange.fr"),
  "Demande d'accès à mes données personnelles (article 15 du RGPD)",
  """
Madame,

Conformément à l'article 15 du Règlement (UE) 2016/679 et aux articles 49 et suivants de la loi Informatique et Libertés, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les informations relatives aux finalités du traitement, aux destinataires et à la durée de conservation.

J'ai suivi un accompagnement individuel auprès de vous entre janvier et juin 2024.

Vous trouverez ci-joint la copie de ma carte nationale d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Bénédicte Sauvageot
12, allée des Tilleuls
36000 Châteauroux
""", attach=[("pdf", "CNI_Sauvageot.pdf",
              "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nSAUVAGEOT Benedicte Marie\nNee le 14.02.1971 a CHATEAUROUX\nCopie destinee a Floraison de Soi")],
  mailer="orange", cte="quoted-printable"),

M("fr-be-quelles-donnees-tantot", ["access"],
  ("Grégory Van Damme", "gregory.vandamme@skynet.be"),
  "Données me concernant",
  """
Bonjour Madame Delomenie,

J'ai participé à votre webinaire sur la gestion du stress au mois de mars (depuis Namur). Depuis, je reçois vos courriels et des messages sur mon GSM.

Je voudrais savoir quelles données vous avez exactement sur moi, s'il vous plaît. Vous savez me répondre par mail, c'est le plus simple pour moi.

Merci d'avance et à tantôt,
Grégory Van Damme
"""),

M("fr-ch-effacement-natel", ["erasure"],
  ("Nadia Rochat", "nadia.rochat@bluewin.ch"),
  "Effacement de mes données",
  """
Bonjour Madame,

J'avais suivi votre formation en ligne « Reprendre confiance » l'année passée depuis Lausanne. Je ne souhaite pas poursuivre et je vous prie d'effacer l'ensemble de mes données personnelles : nom, adresse de domicile, numéro de natel, et mes réponses aux exercices.

Je vous remercie d'avance de votre retour et vous souhaite une belle journée.

Meilleures salutations,
Nadia Rochat
"""),

M("fr-qc-desabonner-infolettre", ["objection"],
  WP, "[Floraison de Soi] Nouveau message de Marie-Ève Tremblay",
  """
Nom : Marie-Ève Tremblay
E-mail : marieeve.tremblay@videotron.ca
Téléphone :
Sujet : Infolettre

Message :
Bonjour!

Je reçois votre infolettre depuis la conférence en ligne de l'automne passé. C'est ben intéressant, mais avec le décalage je la lis jamais pantoute. Pourriez-vous me désabonner de votre liste de courriels svp?

Merci et bonne journée là!
Marie-Ève

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", reply_to=("Marie-Ève Tremblay", "marieeve.tremblay@videotron.ca"), to="c", mid="generic",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.2.0"}, date="2025-12-09 03:15"),

M("fr-franglais-export-csv-onboarding", ["portability"],
  ("Maxime Lefort", "maxime.lefort@kaptio.io"),
  "Export de mes data",
  """
Hello Sandra,

Petite request : je démarre un nouveau coaching avec une coach à Paris et elle me demande mon historique pour l'onboarding. Est-ce que tu peux m'envoyer mes data (objectifs, comptes rendus, résultats du test de valeurs) en CSV ou JSON, bref un format qu'elle peut importer dans son outil ? Pas besoin de PDF, vraiment.

ASAP si possible, on kick-off lundi.

Thanks a lot !
Max
""", mailer="mac_outlook"),

M("fr-sans-accents-supprimer-donnees", ["erasure"],
  ("kevin duchemin", "kev.duchemin36@gmail.com"),
  "supprimer mes donnees",
  """
bonjour
je voudrai que vous supprimer toute mes donnees de chez vous svp, jai fait un atelier l an dernier mais sa me concerne plus
merci davance
kevin
"""),

M("fr-sms-stop-pub", ["objection"],
  ("Lou", "lou.bernardin@free.fr"),
  "sms",
  """
stp plus de sms pour les ateliers, jreçois 3 par semaine, merci !! lou
""", mailer="android"),

M("fr-temoignage-site-retrait", ["withdraw_consent"],
  ("Chantal Mercier", "chantal.mercier18@laposte.net"),
  "Mon témoignage sur votre site",
  """
Bonjour Sandra,

Il y a deux ans, je vous avais donné mon accord pour publier un témoignage sur mon accompagnement, avec mon prénom et ma photo. Ma situation a changé et je préférerais qu'il n'apparaisse plus nulle part. Je retire donc mon accord pour sa publication.

Merci de me dire quand ce sera fait.

Bien à vous,
Chantal Mercier
"""),

M("fr-photo-stage-facebook-groupe", ["withdraw_consent"],
  ("Elodie Carpentier", "elodie.carpentier@hotmail.fr"),
  "photo du stage de juillet",
  """
Coucou Sandra,

Super stage en juillet, merci encore ! Par contre j'ai vu la photo de groupe sur la page Facebook Floraison de Soi et je ne suis pas à l'aise d'y être (question de boulot, je préfère rester discrète). Je t'avais dit oui sur le moment mais finalement je reviens dessus : tu peux la retirer ou me flouter ?

Bisous,
Elodie
"""),

M("fr-nom-mal-orthographie-attestation", ["rectification"],
  ("Jérôme Chassagne", "jerome.chassagne@gmail.com"),
  "Erreur sur mon nom",
  """
Bonjour Madame Delomenie,

Mon nom est écrit « Chassagnes » avec un s à la fin sur l'attestation de formation et dans les mails de la plateforme. Le bon nom est Chassagne, sans s. Pouvez-vous corriger dans votre fichier ?

Cordialement,
Jérôme Chassagne
""", date="2025-09-22 08:05"),

M("fr-nouvelle-adresse-postale", ["rectification"],
  ("Martine Gaudin", "martine.gaudin@wanadoo.fr"),
  "Changement d'adresse",
  """
Bonjour Sandra,

Je vous informe de mon déménagement. Ma nouvelle adresse est :
3 impasse des Vignes
36260 Reuilly

L'ancienne (rue de la Gare à Issoudun) n'est plus valable, merci de la remplacer dans vos fichiers pour les prochaines factures.

Bonne journée,
Martine Gaudin
""", mailer="orange"),

M("fr-nouvel-email-remplace-ancien", ["rectification"],
  ("Aurélien Pommier", "aurelien.pommier@proton.me"),
  "Nouvelle adresse mail",
  """
Bonjour,

Je n'utilise plus mon adresse aurelien.pommier@sfr.fr (je ferme ma box SFR). Merci d'utiliser désormais celle-ci, aurelien.pommier@proton.me, pour tout ce qui concerne ma formation et ma facturation, et de supprimer l'ancienne.

Merci,
Aurélien Pommier
"""),

# NEAR-LINE: conteste une note et demande de ne plus s'en servir en attendant = restriction seule.
M("fr-conteste-note-suspendre", ["restriction"],
  ("Stéphanie Brault", "stephanie.brault@gmail.com"),
  "Re: Compte rendu de notre séance du 4",
  """
Bonjour Sandra,

Je ne me reconnais pas dans le passage sur « des conflits répétés avec sa hiérarchie ». Il y a eu UN désaccord, réglé depuis. Je conteste cette formulation.

Tant qu'on n'en a pas reparlé ensemble, je vous demande de ne pas utiliser ce compte rendu, ni pour le bilan de fin de parcours, ni pour le point avec la RH prévu le mois prochain.

Merci de votre compréhension,
Stéphanie
""", quote=dict(style="gmail_fr", who=SANDRA, text="""
Bonjour Stéphanie,

Voici le compte rendu de notre séance :
- point sur la prise de poste et les conflits répétés avec sa hiérarchie
- exercice des « trois cercles » réalisé
- objectif d'ici la prochaine fois : lister les situations de surcharge

Belle semaine,
Sandra
""")),

M("fr-ne-supprimez-rien-mais", ["restriction"],
  ("Pascal Orsini", "pascal.orsini@yahoo.fr"),
  "Mon dossier",
  """
Madame,

Je suis en procédure prud'homale avec mon ancien employeur, qui avait financé mon accompagnement chez vous. Mon avocate pourrait avoir besoin de mon dossier.

Je vous demande donc de ne rien supprimer me concernant, même si les délais de conservation sont dépassés, mais de ne plus rien en faire d'ici là : pas de transmission à qui que ce soit, pas d'utilisation. Simplement le conserver en l'état.

Je vous tiendrai informée de l'issue.

Pascal Orsini
""", mailer="yahoo"),

M("fr-transfert-autre-praticienne", ["portability"],
  ("Hélène Brossard", "helene.brossard@gmail.com"),
  "Transmission de mon dossier à ma nouvelle sophrologue",
  """
Bonjour Sandra,

Comme je vous l'avais annoncé, je déménage à Nantes. J'ai trouvé une sophrologue là-bas, Mme Le Goff (contact@legoff-sophrologie.fr), qui accepte de reprendre mon suivi.

Serait-il possible de lui transmettre directement mes fiches de suivi et mes questionnaires sous forme de fichiers numériques qu'elle pourra intégrer à son logiciel ? Je vous donne mon accord pour cet envoi.

Avec toute ma reconnaissance pour ces mois d'accompagnement,
Hélène
"""),

M("fr-notaire-succession", ["post_mortem"],
  ("Étude de Maître Lacroix", "office.lacroix@notaires.fr"),
  "Succession de Mme Josiane PERRAULT - Réf. 2025/1184/JL",
  """
Madame,

Nous sommes chargés du règlement de la succession de Madame Josiane PERRAULT, née le 3 août 1952, demeurant de son vivant à Issoudun (Indre), décédée le 19 mai 2025.

Les héritiers nous ont indiqué que la défunte avait souscrit auprès de vous un accompagnement dont une partie aurait été réglée d'avance. Nous vous remercions de bien vouloir nous faire connaître l'état de son compte client, de nous adresser copie des factures et de procéder à la clôture de son dossier.

Vous trouverez ci-joint l'acte de décès.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Jean LACROIX,
Claire Dumas, clerc de notaire
Office notarial Lacroix - 5 place du Marché - 36100 Issoudun
""", attach=[("pdf", "Acte_deces_PERRAULT.pdf",
              "ACTE DE DECES\nPERRAULT Josiane Andree\ndecedee le 19 mai 2025 a Issoudun (Indre)\nExtrait delivre le 26 mai 2025")],
  date="2025-06-16 11:20", mailer="outlook"),

M("fr-fille-cliente-decedee-notes", ["post_mortem"],
  ("Camille Roussel", "camille.roussel@icloud.com"),
  "Maman",
  """
Bonjour Sandra,

Je suis la fille de Françoise Roussel, que vous avez accompagnée pendant plus d'un an. Maman nous a quittés le mois dernier, après une maladie qu'elle avait gardée pour elle assez longtemps.

Elle parlait beaucoup de vos séances. Est-ce qu'il serait possible, si la loi le permet, de récupérer les écrits ou les exercices qu'elle avait faits avec vous ? Je crois qu'il y avait notamment une lettre qu'elle avait écrite pendant un atelier.

Je peux vous envoyer l'acte de décès et le livret de famille si besoin.

Merci pour elle,
Camille

Envoyé de mon iPhone
""", mailer="iphone"),

M("fr-directives-post-mortem-propres", ["post_mortem"],
  ("Jean-Paul Ducros", "jp.ducros@orange.fr"),
  "Directives concernant mes données après mon décès",
  """
Madame Delomenie,

Votre politique de confidentialité mentionne la possibilité de définir des directives relatives au sort de ses données après son décès. Je souhaite en faire usage.

Après mon décès :
- mes notes de séances et questionnaires devront être détruits ;
- aucune information ne devra être communiquée à mes enfants ;
- seule mon épouse, Mme Annie Ducros, pourra obtenir la copie des factures si elle en a besoin pour la succession.

Je vous remercie d'accuser réception de ces directives et de les conserver.

Jean-Paul Ducros
""", mailer="orange", attach=[("docx", "Directives_donnees_JP_Ducros.docx",
    "Directives relatives a mes donnees personnelles apres mon deces\nJean-Paul Ducros\n1. Destruction des notes et questionnaires\n2. Aucune communication a mes enfants\n3. Copie des factures a mon epouse uniquement\nFait a Issoudun, signe")]),

M("fr-veuf-compte-epouse", ["post_mortem"],
  ("Robert Aubry", "robert.aubry36@orange.fr"),
  "compte de ma femme",
  """
Bonjour

Ma femme Monique Aubry est décédée en janvier. Elle reçoit toujours vos messages pour les ateliers et ça me fait mal à chaque fois que je les vois arriver sur la tablette. Pouvez vous fermer son compte et tout supprimer.

Merci
R. Aubry
""", date="2026-03-02 08:37"),

M("fr-prospection-telephonique", ["objection"],
  ("Sylvie Marchand", "sylvie.marchand@sfr.fr"),
  "Appels",
  """
Bonjour,

J'ai été appelée deux fois cette semaine par votre assistante pour le stage de printemps. Je ne souhaite plus être démarchée par téléphone, merci d'en prendre note. Je regarde vos propositions sur le site quand j'en ai besoin.

Sylvie Marchand
"""),

M("fr-origine-de-mes-coordonnees", ["access"],
  ("Isabelle Fournier", "isabelle.fournier@lycee-balzac36.fr"),
  "D'où viennent mes coordonnées ?",
  """
Bonjour,

J'ai reçu sur ma boîte professionnelle une invitation à votre conférence « Enseigner sans s'épuiser ». Je ne vous ai jamais communiqué cette adresse. Pouvez-vous m'indiquer comment vous l'avez obtenue et quelles autres informations vous détenez sur moi ?

Cordialement,
I. Fournier
Professeure de lettres
"""),

M("fr-copie-reponses-questionnaire", ["access"],
  ("Laëtitia Morel", "laetitia.morel@gmail.com"),
  "Mes réponses au questionnaire de départ",
  """
Bonjour Sandra,

En début d'accompagnement j'avais rempli le long questionnaire (parcours, valeurs, sources de stress…). Je n'en ai pas gardé de copie et j'aimerais beaucoup relire mes réponses maintenant qu'on arrive à la fin. Pourriez-vous me les envoyer ?

Merci beaucoup !
Laëtitia
""", html="alt"),

M("fr-parent-ado-effacement", ["erasure"],
  ("Nathalie Girard", "nathalie.girard@free.fr"),
  "Données de mon fils Enzo",
  """
Bonjour Madame,

Mon fils Enzo Girard, 14 ans, a participé à l'atelier « Gérer le stress des examens » pendant les vacances de février. Il n'y retournera pas.

En tant que mère et représentante légale, je vous demande de supprimer toutes les données le concernant : fiche d'inscription, numéro de portable, fiches d'exercices, et de le retirer du groupe WhatsApp de l'atelier.

Merci de me confirmer la suppression.

Nathalie Girard
""", date="2026-03-09 20:41"),

M("fr-avocat-mandat-effacement", ["erasure"],
  ("Maître Olivier Fabre", "o.fabre@fabre-avocats.fr"),
  "Mme Sandrine KLEIN - Demande d'effacement de données personnelles",
  """
Madame,

Je vous informe intervenir en qualité de conseil de Madame Sandrine KLEIN, qui m'a donné mandat exprès aux fins des présentes (mandat joint).

Ma cliente a bénéficié d'un accompagnement dans le cadre d'un bilan professionnel financé par son employeur en 2023. Elle entend exercer le droit à l'effacement prévu à l'article 17 du RGPD et vous demande de supprimer l'ensemble des données la concernant, y compris les comptes rendus de séance et les résultats des tests.

Je vous remercie de bien vouloir me confirmer l'exécution de cette demande dans le délai d'un mois prévu à l'article 12 du règlement.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Olivier Fabre
Avocat au Barreau de Bourges
""", reply_to=("Secrétariat Fabre Avocats", "secretariat@fabre-avocats.fr"), attach=[("pdf", "Mandat_KLEIN.pdf",
              "MANDAT\nJe soussignee Sandrine KLEIN donne mandat a Maitre Olivier FABRE\npour exercer en mon nom mes droits sur mes donnees personnelles\naupres de Floraison de Soi. Fait a Bourges. Signature: S. Klein")],
  mailer="outlook"),

M("fr-avocate-mandat-acces-cabinet", ["access"],
  ("Cabinet Perrin & Associés", "secretariat@perrin-associes-avocats.fr"),
  "V/Réf : néant - N/Réf : 25-0312 - Monsieur Alain BESSON",
  """
Madame,

Nous intervenons pour le compte de Monsieur Alain BESSON, dont vous trouverez ci-joint le mandat.

Notre client souhaite obtenir communication de l'intégralité des données personnelles le concernant que vous détenez, et notamment des notes prises au cours des séances d'accompagnement de 2024 et de tout document transmis à des tiers, conformément à l'article 15 du RGPD.

Nous vous remercions de bien vouloir adresser ces éléments à notre cabinet.

Veuillez agréer, Madame, nos salutations distinguées.

Pour Maître Agathe Perrin,
Le secrétariat
""", attach=[("pdf", "Mandat_BESSON_signe.pdf",
              "MANDAT DE REPRESENTATION\nAlain BESSON mandate le cabinet Perrin & Associes\npour demander communication de ses donnees personnelles.\nSigne a Orleans")],
  cc=[("Agathe Perrin", "a.perrin@perrin-associes-avocats.fr")]),

M("fr-drh-nom-epouse", ["rectification"],
  ("Laure Delcourt-Vasseur", "laure.vasseur@groupe-berthelot.fr"),
  "Mise à jour de mon nom",
  """
Bonjour Sandra,

Petite mise à jour me concernant : depuis mon mariage, je m'appelle Laure Vasseur (j'abandonne Delcourt). Pourriez-vous modifier mon nom dans vos fichiers, y compris sur le contrat-cadre où je suis signataire pour le groupe ? Mon adresse mail a été modifiée en conséquence.

Merci et à bientôt pour la session managers,
Laure Vasseur
DRH - Groupe Berthelot
""", mailer="outlook", html="alt"),

# NEAR-LINE: efface ses propres coordonnées; l'adresse du collègue n'est pas une nouvelle valeur pour elle = erasure, pas rectification.
M("fr-opco-ne-plus-interlocutrice", ["erasure"],
  ("Amandine Petitjean", "a.petitjean@opco-ep.fr"),
  "Changement d'interlocuteur",
  """
Bonjour Madame Delomenie,

Je quitte mes fonctions de conseillère formation à l'OPCO à la fin du mois. Mon collègue Romain Baudet reprend vos dossiers (r.baudet@opco-ep.fr).

Je vous remercie de supprimer mes coordonnées personnelles de vos fichiers, notamment mon numéro de portable que je vous avais laissé lors du salon, ainsi que ma fiche dans votre liste de contacts.

Belle continuation,
Amandine Petitjean
""", mailer="outlook", date="2025-12-15 16:02"),

# NEAR-LINE: juriste d'entreprise écrivant avec un mandat signé du salarié = demande (access) pour le compte de la personne.
M("fr-juriste-mandat-salarie-evaluations", ["access"],
  ("Sophie Nguyen", "s.nguyen@transalp-logistique.fr"),
  "Demande d'accès - M. Karim Benali (mandat joint)",
  """
Madame,

Je suis juriste au sein de la société Transalp Logistique. M. Karim Benali, salarié de notre société, m'a mandatée pour exercer en son nom son droit d'accès aux données le concernant (mandat signé et copie de sa pièce d'identité en pièces jointes).

M. Benali souhaite obtenir la copie de ses évaluations de fin de formation ainsi que de toute observation écrite le concernant, dans le cadre du programme « Managers de proximité » suivi en 2025.

Les éléments peuvent être adressés directement à M. Benali (karim.benali@gmail.com).

Cordialement,
Sophie Nguyen
Juriste - Transalp Logistique
""", attach=[("pdf", "mandat_Benali.pdf", "MANDAT\nKarim BENALI mandate Sophie NGUYEN, juriste,\npour exercer son droit d'acces RGPD.\nFait a Vierzon"),
             ("png", "CNI_Benali_recto.png", "cni-benali")], mailer="outlook",
  cc=[("Karim Benali", "karim.benali@gmail.com")], date="2026-03-05 15:22"),

M("fr-responsable-formation-desabo", ["objection"],
  ("Véronique Collin", "v.collin@agri-centre-coop.fr"),
  "Newsletter",
  """
Bonjour Sandra,

Je reste votre interlocutrice pour les formations de nos équipes, aucun changement de ce côté-là. En revanche je ne souhaite plus recevoir la newsletter sur mon adresse, merci de m'en désinscrire.

Bien cordialement,
Véronique Collin
Responsable formation - Agri Centre Coop
"""),

M("fr-franglais-delete-compte-et-data", ["erasure"],
  ("Inès Haddad", "ines.haddad@outlook.fr"),
  "Delete",
  """
Hello !

Please delete mon compte sur la plateforme + toutes mes data (profil, exercices, tout), je ne l'utilise plus du tout. Thanks a lot et bonne continuation 🙏

Inès
"""),

M("fr-copie-et-corriger-naissance", ["access", "rectification"],
  ("Gilles Perrot", "gilles.perrot@orange.fr"),
  "Mes données",
  """
Bonjour Madame,

En relisant ma convention de formation, je m'aperçois que ma date de naissance est fausse : il est indiqué le 12/07/1968 alors que je suis né le 21/07/1968. Merci de la corriger.

J'aimerais aussi recevoir une copie de l'ensemble des informations que vous avez sur moi, pour vérifier qu'il n'y a pas d'autres erreurs.

Bien cordialement,
Gilles Perrot
""", mailer="orange"),

M("fr-temoignage-et-tout-effacer", ["erasure", "withdraw_consent"],
  ("Agnès Lemaire", "agnes.lemaire@gmail.com"),
  "Retrait",
  """
Bonjour Sandra,

Je souhaite que mon témoignage vidéo soit retiré de votre site et de YouTube : je ne donne plus mon accord.

Je voudrais aussi que vous effaciez toutes les informations que vous avez sur moi. J'ai besoin de tourner la page.

Agnès
"""),

M("fr-desabo-et-photo", ["objection", "withdraw_consent"],
  ("Roselyne Bouvier", "roselyne.bouvier@laposte.net"),
  "Deux choses",
  """
Bonjour,

1) Merci de me retirer de la liste de diffusion de la newsletter.
2) Je ne souhaite plus que la photo prise lors de l'atelier « Cercle de femmes » du 8 mars, où je figure, soit utilisée sur vos supports. Je retire mon autorisation.

Cordialement,
Roselyne Bouvier
""", date="2025-04-02 18:08"),

M("fr-savoir-et-exporter", ["access", "portability"],
  ("Damien Caillaud", "damien.caillaud@gmail.com"),
  "Demande concernant mes données",
  """
Bonjour,

Pourriez-vous m'indiquer quelles données personnelles vous conservez à mon sujet ? Et pour celles que je vous ai fournies (formulaires, bilans, exercices), j'aimerais les recevoir dans un format exploitable, type tableur, pour les conserver de mon côté.

Merci d'avance,
Damien Caillaud
""", date="2025-05-26 21:00"),

M("fr-copie-puis-effacement", ["access", "erasure"],
  ("Océane Lebrun", "oceane.lebrun@hotmail.com"),
  "Fin de suivi",
  """
Bonjour Sandra,

Comme évoqué au téléphone j'arrête l'accompagnement. Avant toute suppression, je voudrais récupérer une copie de mon dossier (comptes rendus, questionnaires). Ensuite, merci d'effacer toutes mes données de vos fichiers et de me le confirmer.

Merci pour tout,
Océane
"""),

M("fr-gel-et-que-detenez-vous", ["access", "restriction"],
  ("Yannick Moreau", "yannick.moreau@gmail.com"),
  "Situation délicate",
  """
Bonjour Madame Delomenie,

Je traverse un conflit avec mon employeur, qui a financé mon coaching. J'ai des raisons de penser qu'il cherche à obtenir des éléments de mon dossier.

Je vous demande donc de geler l'utilisation de mes données : pas de transmission, pas d'utilisation, mais ne supprimez rien pour l'instant. Pouvez-vous également me dire précisément ce que vous détenez sur moi et si quelque chose a déjà été communiqué à l'entreprise ?

Merci,
Yannick Moreau
""", wrap=True),

# NEAR-LINE: désinscription (objection) + suppression de toutes les données (erasure).
M("fr-desinscription-et-suppression", ["erasure", "objection"],
  ("Patricia Roux", "patricia.roux@sfr.fr"),
  "Désinscription et suppression",
  """
Bonjour, merci de me désinscrire de vos mails et de supprimer toutes mes données. Cordialement. P. Roux
"""),

M("fr-corriger-tel-et-stop-sms", ["objection", "rectification"],
  ("Sébastien Charpentier", "seb.charpentier@gmail.com"),
  "numéro",
  """
Bonjour Sandra,

Le numéro que vous avez pour moi (06 12 47 83 90) n'est plus le bon, le nouveau c'est le 07 68 31 05 22. Et au passage, je préfère ne plus recevoir les SMS promotionnels, seulement les confirmations de rendez-vous.

Merci !
Seb
"""),

M("fr-export-puis-suppression", ["erasure", "portability"],
  ("Claire-Anne Bertin", "claireanne.bertin@gmail.com"),
  "Changement de coach",
  """
Bonjour Sandra,

Je vais poursuivre avec une coach plus proche de chez moi. Pourriez-vous m'exporter mes données de suivi (tableau d'objectifs, journal de séances) dans un fichier réutilisable que je pourrai lui transmettre ? Une fois que c'est fait, vous pouvez tout supprimer de votre côté.

Merci pour ces mois,
Claire-Anne
"""),

M("fr-opposition-profilage-et-acces", ["access", "objection"],
  ("Vincent Garnier", "vincent.garnier@mailo.com"),
  "Segmentation de la newsletter",
  """
Madame,

Votre dernière newsletter m'était manifestement adressée en tant que « parent épuisé ». Je n'ai jamais communiqué d'information de cette nature.

Je m'oppose à ce que mes données soient utilisées pour me classer dans des segments marketing. Je souhaite par ailleurs connaître les catégories qui me sont attribuées et les données sur lesquelles elles reposent.

Vincent Garnier
"""),

M("fr-acces-rectif-opposition", ["access", "objection", "rectification"],
  ("Mireille Chauvin", "mireille.chauvin@orange.fr"),
  "Plusieurs demandes",
  """
Bonjour Madame,

Je fais le point sur mes données et j'ai plusieurs demandes :
- pouvez-vous m'envoyer la liste de ce que vous conservez sur moi ?
- mon adresse n'est plus la bonne : j'habite désormais 14 rue Pierre Brossolette, 36100 Issoudun (et non plus à Vatan) ;
- enfin, je ne veux plus être contactée pour des offres commerciales, ni par mail ni par courrier.

Merci de votre retour.
Mireille Chauvin
""", mailer="orange"),

# NEAR-LINE: retrait du consentement à l'enregistrement; « le détruire » porte sur l'enregistrement seul = withdraw_consent only.
M("fr-enregistrement-audio-seance", ["withdraw_consent"],
  ("Fabrice Noël", "fabrice.noel@gmail.com"),
  "Enregistrement de la séance",
  """
Bonjour Sandra,

Lors de la dernière séance, j'avais accepté que vous enregistriez l'audio pour votre supervision. Après réflexion, je ne suis plus d'accord. Merci de ne pas l'utiliser et de le détruire.

Fabrice
"""),

M("fr-retrait-questionnaire-recherche", ["withdraw_consent"],
  ("Dominique Hervé", "dominique.herve@univ-tours.fr"),
  "Étude sur l'épuisement professionnel",
  """
Bonjour,

J'avais accepté que mes réponses au questionnaire sur l'épuisement professionnel soient utilisées, de façon anonymisée, dans l'étude que vous menez avec l'association. Je reviens sur ce consentement : merci de retirer mes réponses de l'étude.

Je reste bien entendu inscrite aux ateliers.

Dominique Hervé
"""),

M("fr-litige-gel-donnees", ["restriction"],
  ("Karine Vidal", "karine.vidal@free.fr"),
  "Litige - conservation de mes données",
  """
Madame,

Un litige m'oppose à l'organisme qui a financé ma formation. Dans l'attente de sa résolution, je vous demande de limiter le traitement de mes données : conservez-les, mais ne les utilisez plus et ne les communiquez à personne sans mon accord écrit.

Karine Vidal
"""),

M("fr-long-mail-effacement-enfoui", ["erasure"],
  ("Anne-Sophie Martel", "annesophie.martel@gmail.com"),
  "Des nouvelles !",
  """
Chère Sandra,

Cela fait presque un an que nous ne nous sommes pas vues et je voulais vous donner des nouvelles. Le projet de reconversion a pris forme : j'ai obtenu mon CAP pâtisserie en juin et je travaille depuis septembre dans une boulangerie à Tours. Je me lève à 4 heures du matin et je n'ai jamais été aussi heureuse, ce qui aurait fait rire la Anne-Sophie d'il y a deux ans.

J'ai repensé souvent à l'exercice de la « lettre à soi dans cinq ans ». Je l'ai relue le mois dernier et beaucoup de choses se sont réalisées, pas toutes mais les plus importantes.

Côté famille, ça va mieux aussi. Mon frère et moi nous reparlons, doucement.

Je voulais aussi vous dire, parce que je fais un peu de ménage dans ma vie numérique : comme je ne reprendrai pas d'accompagnement, est-ce que vous pourriez supprimer ce que vous avez gardé sur moi ? Mon dossier, mes coordonnées, tout. Ce n'est pas du tout un reproche, au contraire, c'est une page tournée.

Merci encore, du fond du cœur.
Anne-Sophie
""", html="alt", mailer="applemail", date="2025-11-30 21:34"),

M("fr-objet-seul-suppression", ["erasure"],
  ("Hugo Faure", "hugo.faure@laposte.net"),
  "Suppression de mes données personnelles - Hugo Faure",
  ""),

M("fr-be-desinscription-septante", ["objection"],
  ("Christiane Dewulf", "christiane.dewulf@skynet.be"),
  "Plus de lettre d'information svp",
  """
Bonjour,

J'ai septante-deux ans et je reçois trop de courriels, je n'arrive plus à suivre. Voulez-vous bien m'enlever de votre lettre d'information, s'il vous plaît ? Je garde un excellent souvenir de la conférence à Liège.

Merci bien, une fois !
Christiane Dewulf
""", cte="8bit", wrap=True),

M("fr-ch-lpd-acces", ["access"],
  ("Laurent Favre", "laurent.favre@sunrise.ch"),
  "Demande de renseignements (LPD / RGPD)",
  """
Madame,

En application de l'art. 25 de la loi fédérale sur la protection des données et de l'art. 15 RGPD, je vous prie de me communiquer les données personnelles me concernant que vous traitez, leur provenance et les éventuels destinataires.

J'ai participé en visioconférence à votre cycle de webinaires de septante minutes au printemps.

Avec mes meilleures salutations,
Laurent Favre
Genève
"""),

M("fr-qc-portabilite-dossier", ["portability"],
  ("Jean-François Gagnon", "jf.gagnon@videotron.ca"),
  "Transfert de mon dossier",
  """
Allô Sandra,

Je suis de retour au Québec pour de bon. Je vais continuer mon cheminement avec une coach de Sherbrooke. Serait-ce possible de m'envoyer mon dossier (objectifs, suivi, résultats des tests) dans un fichier que je peux lui transférer, genre Excel? Elle utilise un logiciel qui importe ça.

Merci ben gros pour tout!
J-F
"""),

M("fr-ch-changement-adresse-domicile", ["rectification"],
  ("Monique Pittet", "monique.pittet@bluewin.ch"),
  "Changement d'adresse de domicile",
  """
Chère Madame,

Je vous informe que mon adresse de domicile a changé. Je n'habite plus à Morges mais à l'adresse suivante :
Chemin des Vergers 9
1260 Nyon

Je vous saurais gré de bien vouloir mettre à jour votre fichier pour l'envoi de l'attestation.

Avec mes salutations les meilleures,
Monique Pittet
""", mailer="applemail"),

M("fr-be-notaire-succession", ["post_mortem"],
  ("Étude du Notaire Vandenberghe", "etude@notaire-vandenberghe.be"),
  "Succession feu Monsieur Marc Lejeune",
  """
Madame,

En notre qualité de notaire chargé de la succession de feu Monsieur Marc LEJEUNE, domicilié de son vivant à Mons, décédé le 2 février dernier, nous vous saurions gré de bien vouloir nous communiquer endéans le mois les éléments en votre possession le concernant (contrats, factures, éventuels montants dus ou à rembourser), et de clôturer son compte.

Vous trouverez en annexe l'extrait d'acte de décès.

Veuillez agréer, Madame, l'expression de nos sentiments distingués.

Pour le Notaire Vandenberghe,
Sarah Claes, collaboratrice
""", attach=[("pdf", "extrait_acte_deces_Lejeune.pdf",
              "ROYAUME DE BELGIQUE - VILLE DE MONS\nExtrait d'acte de deces\nLEJEUNE Marc, decede le 2 fevrier")],
  date="2026-03-18 09:05"),

M("fr-qc-video-temoignage", ["withdraw_consent"],
  ("Geneviève Bouchard", "genevieve.bouchard@gmail.com"),
  "Ma vidéo témoignage",
  """
Bonjour Sandra,

J'ai accepté l'an passé que ma vidéo soit sur ta page, mais là je magasine un nouvel emploi et je préfère pas que ça sorte quand on tape mon nom. Peux-tu l'enlever? Je retire mon consentement pour cette vidéo-là.

Merci, t'es fine!
Geneviève
"""),

M("fr-euphemisme-plus-sollicitee", ["objection"],
  ("Brigitte Lacombe", "brigitte.lacombe@wanadoo.fr"),
  "Vos courriers",
  """
Madame,

Sans vouloir vous offenser, je ne souhaite plus être sollicitée pour vos stages et conférences. Je vous serais reconnaissante de ne plus m'écrire à ce sujet.

Brigitte Lacombe
"""),

M("fr-ce-qui-figure-dans-mon-dossier", ["access"],
  ("Thomas Vallet", "thomas.vallet@gmail.com"),
  "Petite question",
  """
Salut Sandra,

Ça fait un moment ! Je me demandais ce qu'il y avait dans mon dossier chez toi, concrètement. Tu pourrais me l'envoyer ? Je suis curieux de voir ce que tu avais noté à l'époque.

Thomas
"""),

M("fr-euphemisme-m-oublier", ["erasure"],
  ("Valérie Dumont", "valerie.dumont@gmail.com"),
  "Faire table rase",
  """
Bonjour Sandra,

J'ai besoin de faire table rase de cette période de ma vie. J'aimerais que vous m'oubliiez complètement, au sens propre : que plus rien de moi ne reste dans vos fichiers, vos notes, vos listes.

Je vous remercie de ce que vous avez fait pour moi.
Valérie
"""),

# NEAR-LINE: conteste l'exactitude (facture) et demande de ne plus utiliser/transmettre en attendant = restriction only.
M("fr-be-limitation-en-attendant", ["restriction"],
  ("Jean-Marc Dubois", "jeanmarc.dubois@telenet.be"),
  "Mes données - en attendant",
  """
Bonjour Madame,

Je conteste les montants et les informations qui figurent sur la facture qui m'a été adressée (ce n'est pas moi qui ai réservé la deuxième journée). En attendant qu'on clarifie, je vous demande de ne plus utiliser mes données et de ne pas les transmettre à votre comptable ni à un service de recouvrement.

Je vous appelle sur votre GSM la semaine prochaine.

Bien à vous,
Jean-Marc Dubois
"""),

M("fr-export-elearning-progression", ["portability"],
  ("Sandrine Coulon", "sandrine.coulon@gmail.com"),
  "Export de ma progression",
  """
Bonjour,

J'arrive au bout du parcours e-learning « Managers bienveillants ». Mon entreprise me demande de verser mes acquis dans notre propre plateforme de formation. Est-il possible d'obtenir un export de mes données de progression (modules validés, scores des quiz, travaux déposés) dans un format standard, CSV ou autre, qu'on puisse importer ?

Merci,
Sandrine Coulon
"""),

M("fr-note-erronee-compte-rendu", ["rectification"],
  ("Patrick Lemoine", "patrick.lemoine@orange.fr"),
  "Erreur dans le compte rendu",
  """
Bonjour Sandra,

Dans le compte rendu de la séance du 12, il est écrit que j'ai trois enfants. J'en ai deux. Ce n'est pas grave mais comme tout le travail sur l'équilibre famille-travail s'appuie là-dessus, merci de corriger.

Patrick
""", mailer="orange"),

M("fr-soeur-defunte-desinscrire", ["post_mortem"],
  ("Françoise Joubert", "francoise.joubert@gmail.com"),
  "Ma sœur Martine",
  """
Bonjour,

Ma sœur Martine Joubert est décédée le 3 octobre. Je m'occupe de ses papiers. Elle était inscrite à vos ateliers et à votre newsletter. Pouvez-vous la retirer de vos listes et supprimer son compte ? Et me dire s'il reste un avoir sur sa carte de séances.

Merci
Françoise Joubert
""", date="2025-10-29 17:44"),

# NEAR-LINE: ne retire pas le questionnaire, s'oppose à l'usage statistique = objection.
M("fr-opposition-statistiques", ["objection"],
  ("Arnaud Chevalier", "arnaud.chevalier@gmail.com"),
  "Utilisation de mes réponses",
  """
Bonjour,

J'ai vu dans les conditions du questionnaire de satisfaction que les réponses servent à des statistiques d'activité publiées dans votre bilan annuel. Je m'oppose à ce que les miennes soient utilisées à cette fin.

Cordialement,
Arnaud Chevalier
"""),

M("fr-formulaire-html-acces", ["access"],
  WP, "[Floraison de Soi] Nouveau message de Nicole Barbier",
  "", html="only", reply_to=("Nicole Barbier", "nicole.barbier@gmail.com"), mid="generic",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.2.0"},
  html_body="""<html><body>
<p>Vous avez reçu un nouveau message depuis le formulaire de contact :</p>
<table border="0" cellpadding="4">
<tr><td><strong>Nom</strong></td><td>Nicole Barbier</td></tr>
<tr><td><strong>E-mail</strong></td><td>nicole.barbier@gmail.com</td></tr>
<tr><td><strong>Objet</strong></td><td>Mes informations</td></tr>
<tr><td valign="top"><strong>Message</strong></td><td>Bonjour, je voudrais obtenir une copie des informations personnelles que vous détenez à mon sujet (je suis venue à deux ateliers en 2025). Merci. Nicole Barbier</td></tr>
</table>
<p style="color:#999;font-size:11px">--<br>Cet e-mail a été envoyé depuis Floraison de Soi (https://floraisondesoi.fr)</p>
</body></html>
"""),

M("fr-formulaire-effacement-replyto", ["erasure"],
  WP, "[Floraison de Soi] Nouveau message de Bruno Leclerc",
  """
Nom : Bruno Leclerc
E-mail : bruno.leclerc@gmail.com
Téléphone : 06 45 19 72 30
Sujet : Suppression

Message :
Bonjour, je vous ai contactée l'an dernier pour un devis de coaching qui ne s'est pas fait. Merci d'effacer mes coordonnées et les informations que je vous avais données à l'époque (situation pro, etc.).

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", reply_to=("Bruno Leclerc", "bruno.leclerc@gmail.com"), to="c", mid="generic",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.2.0"}),

M("fr-franglais-replay-consent", ["withdraw_consent"],
  ("Chloé Marin", "chloe.marin@gmail.com"),
  "Replay du live",
  """
Hello Sandra !

Pour le replay du live de jeudi, finalement je retire mon consent pour apparaître dedans, sorry 😅 J'étais pas super à l'aise avec ce que j'ai partagé. Tu peux me couper au montage ou mettre juste le slide à la place de ma cam ?

Merci, big up pour le live quand même !
Chloé
"""),

M("fr-stop-au-dessus-newsletter", ["objection"],
  ("Gérard Tessier", "gerard.tessier@orange.fr"),
  "RE: Floraison de Soi - La lettre de décembre",
  """
STOP. Merci de ne plus m'envoyer ces lettres.
G. Tessier
""", quote=dict(style="outlook_fr", who=NEWS, text="""
Bonjour à toutes et à tous,

Décembre arrive, et avec lui l'envie de ralentir. Dans cette lettre : trois pratiques simples pour traverser les fêtes sans s'oublier, les dates des ateliers de janvier, et un petit mot sur le cercle de parole du 14.

Belle lecture,
Sandra

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire : https://floraisondesoi.fr/desinscription
"""), mailer="outlook", date="2025-12-03 08:12"),

M("fr-acces-au-dessus-rappel", ["access"],
  ("Sabrina Cordier", "sabrina.cordier@gmail.com"),
  "Re: Rappel : votre séance de jeudi 10h",
  """
Bonjour Sandra, c'est noté pour jeudi. Par ailleurs, pourriez-vous m'envoyer à l'occasion la copie des fiches de suivi que vous avez remplies depuis le début ? J'aimerais les relire avant notre bilan.
Merci, Sabrina
""", quote=dict(style="gmail_fr", who=SANDRA, text="""
Bonjour Sabrina,

Petit rappel : votre séance a lieu jeudi à 10h au cabinet, 46 rue d'Estienne d'Orves.

En cas d'empêchement, merci de prévenir 48 h à l'avance.

Sandra Delomenie - Floraison de Soi
""")),

M("fr-be-acces-et-fichier", ["access", "portability"],
  ("Sophie Lambotte", "sophie.lambotte@proximus.be"),
  "Mes données chez vous",
  """
Bonjour Sandra,

Deux petites choses : j'aimerais savoir ce que vous gardez comme informations sur moi depuis mon parcours de l'an passé. Et est-ce que vous savez me transmettre mes bilans et mon tableau de suivi sous forme de fichier Excel ? Je voudrais les garder dans mon propre classeur.

Merci beaucoup et à bientôt,
Sophie
"""),

M("fr-ch-post-mortem-fils", ["post_mortem"],
  ("Pierre-Alain Rossier", "pa.rossier@bluewin.ch"),
  "Décès de ma mère, Mme Yvette Rossier",
  """
Madame,

J'ai le regret de vous faire part du décès de ma mère, Madame Yvette Rossier, survenue le 14 novembre à Fribourg. Elle avait suivi vos conférences en ligne.

En ma qualité d'héritier, je vous prie de bien vouloir m'indiquer quelles données la concernant vous conservez et de procéder ensuite à leur suppression.

Avec mes salutations distinguées,
Pierre-Alain Rossier
""", date="2025-12-01 14:10"),

M("fr-qc-rectifier-courriel-cellulaire", ["rectification"],
  ("Stéphane Lavoie", "stephane.lavoie@hotmail.ca"),
  "Mise à jour de mes coordonnées",
  """
Bonjour,

Petite mise à jour : mon numéro de cellulaire a changé, c'est maintenant le +1 514 555 0182 (l'ancien en 438 est fermé). Pourriez-vous le changer dans votre système? Merci!

Stéphane Lavoie
"""),

M("fr-be-photo-et-tout", ["erasure", "withdraw_consent"],
  ("Nathalie Peeters", "nathalie.peeters@gmail.com"),
  "Retrait photo + suppression",
  """
Bonjour Sandra,

Je ne souhaite plus apparaître sur la photo de groupe de la journée de Bruxelles publiée sur Instagram : je retire mon accord.

Par la même occasion, je vous demande de supprimer l'ensemble de mes données, je n'aurai plus l'occasion de venir aux ateliers avec mon nouveau travail.

Bien à vous,
Nathalie Peeters
"""),

M("fr-qc-restriction-plainte", ["restriction"],
  ("Martin Côté", "martin.cote@videotron.ca"),
  "Mon dossier - à garder mais pas utiliser",
  """
Bonjour Madame,

Je suis en démarche avec mon assureur pour un congé d'invalidité et mon dossier chez vous pourrait servir. Par contre je ne veux pas qu'il soit utilisé ni consulté en attendant. Je vous demande donc de le garder tel quel, sans l'effacer, et de ne rien en faire tant que je ne vous recontacte pas.

Merci de votre compréhension,
Martin Côté
"""),

M("fr-responsable-rh-propres-donnees-copie-rectif", ["access", "rectification"],
  ("Delphine Arnaud", "delphine.arnaud@ceramiques-berry.fr"),
  "Mes coordonnées et mes données",
  """
Bonjour Sandra,

Je m'occupe des RH chez Céramiques du Berry et j'ai moi-même suivi la formation « Conduire l'entretien annuel » en mars. Deux demandes me concernant personnellement :
- l'attestation a été établie au nom de « Delphine Renaud » au lieu de Delphine Arnaud, pouvez-vous corriger ?
- je souhaiterais recevoir une copie des données que vous avez sur moi (fiche d'inscription, évaluation).

Merci,
Delphine Arnaud
Responsable RH - Céramiques du Berry
""", mailer="outlook", date="2025-04-17 09:50"),

M("fr-ch-temoignage-retrait", ["withdraw_consent"],
  ("Corinne Jaquet", "corinne.jaquet@gmail.com"),
  "Témoignage sur Systeme",
  """
Bonjour Sandra,

Je vous avais transmis un témoignage écrit à la fin du cycle de huitante jours (!), qui figure sur votre page de vente Systeme. Je souhaite qu'il soit retiré : je ne consens plus à sa publication.

Merci d'avance et belle fin de semaine,
Corinne
"""),

M("fr-opco-conseillere-propre-portabilite", ["portability"],
  ("Émilie Renard", "emilie.renard.pro@gmail.com"),
  "Mon parcours formatrice - fichiers",
  """
Bonjour Sandra,

J'ai suivi à titre personnel votre parcours « Devenir formatrice » (je suis par ailleurs conseillère dans un OPCO, mais ça n'a rien à voir). Je monte mon dossier de VAE et je voudrais transférer tous mes travaux déposés et mes évaluations vers la plateforme de mon accompagnateur VAE. Pouvez-vous me les fournir dans un format numérique réutilisable (fichiers bruts, tableur pour les notes) ?

Merci beaucoup,
Émilie Renard
"""),

M("fr-franglais-freeze-data", ["restriction"],
  ("Margaux Delattre", "margaux.delattre@gmail.com"),
  "Mes data - on freeze ?",
  """
Hello Sandra,

Petit sujet un peu sensible : je suis en pleine négo de rupture conventionnelle et mon boss a l'air au courant de choses que j'ai dites en coaching (je ne pense pas que ça vienne de toi, hein). Le temps que ça se tasse, tu peux freezer tout ce que tu as sur moi ? Tu gardes tout, tu ne supprimes rien, mais tu ne l'utilises pas et tu ne l'envoies à personne, RH comprise.

Je te fais signe dès que c'est clos.

Thanks,
Margaux
"""),

M("fr-renvoi-demande-sans-reponse", ["access"],
  ("Odile Chambon", "odile.chambon@gmail.com"),
  "Fwd: Demande de copie de mon dossier",
  """
Bonjour Madame,

Je vous renvoie ci-dessous mon message de mars, resté sans réponse. Je souhaite toujours recevoir la copie de mon dossier et des questionnaires que j'ai remplis. Merci de me la faire parvenir.

Odile Chambon
""", quote=dict(style="fwd_fr", who=("Odile Chambon", "odile.chambon@gmail.com"), to=SANDRA_O,
                subject="Demande de copie de mon dossier",
                text="""
Bonjour Sandra,

Pourriez-vous m'envoyer une copie de mon dossier et de mes questionnaires ? Merci beaucoup.

Odile
""", hours=1490), date="2025-05-15 09:26"),

]
