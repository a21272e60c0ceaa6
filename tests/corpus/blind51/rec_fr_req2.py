# -*- coding: utf-8 -*-
"""French requests, part 2 (b51)."""
from _rec import R

RECORDS = [
R("fr-req-portabilite-csv", ["portability"], "Stéphane Guillot <stephane.guillot@gmail.com>",
  "Export de mes données dans un format réutilisable",
"""Bonjour Sandra,

Je change d'accompagnatrice (déménagement à Tours) et j'aimerais que mes données de suivi – objectifs, bilans d'étapes, grilles d'auto-évaluation – me soient remises dans un format structuré que je puisse réutiliser, type CSV ou tableur. Ce n'est pas un reproche, juste pratique.

Merci beaucoup,
Stéphane"""),

# NEAR-LINE: transfer to another provider -> portability only (no ask to see/know)
R("fr-req-portabilite-transfert-coach", ["portability"], "Valérie Montagnon <valerie.montagnon@orange.fr>",
  "Transfert de mon dossier vers ma nouvelle coach",
"""Bonjour,

Je poursuis mon accompagnement avec Mme Clémence Hardy (clemence.hardy@coaching-hardy.fr). Pouvez-vous lui transmettre directement les données que je vous ai fournies (questionnaire initial, fiches d'objectifs) sous forme de fichier exploitable ? Je lui ai donné mon accord.

Cordialement,
Valérie Montagnon""", cc="Clémence Hardy <clemence.hardy@coaching-hardy.fr>"),

# NEAR-LINE: portability + wants to know what is held -> access + portability
R("fr-req-portabilite-et-acces", ["access", "portability"], "Fabrice Lemoine <fabrice.lemoine@hotmail.fr>",
  "Art. 15 et 20",
"""Madame,

Je souhaite d'une part savoir quelles données me concernant sont traitées par Floraison de Soi, et d'autre part recevoir celles que j'ai fournies dans un format structuré, couramment utilisé et lisible par machine (article 20 RGPD), afin de les importer dans l'application de suivi que j'utilise désormais.

Fabrice Lemoine"""),

R("fr-req-portabilite-json-plateforme", ["portability"], "Nina Carpentier <nina.carpentier@proton.me>",
  "Récupérer mes résultats de formation",
"""Bonjour,

Sur la plateforme de formation j'ai complété 9 modules et un carnet de bord. Est-ce que vous pourriez m'exporter ma progression et mon carnet en JSON ou en CSV ? Je voudrais les intégrer dans mon portfolio de compétences (format Open Badges).

Merci !
Nina"""),

R("fr-req-portabilite-sms-style", ["portability"], "Jordan Pelletier <jordan.pelletier36@gmail.com>",
  "fichier",
"""bjr sandra, tu peux m'envoyer mes infos + mes bilans en fichier excel stp ? c pour les mettre dans mon appli de suivi perso. merci !!"""),

# NEAR-LINE: withdraw testimonial consent only -> withdraw_consent only
R("fr-req-retrait-temoignage", ["withdraw_consent"], "Catherine Lebrun <catherine.lebrun@laposte.net>",
  "Mon témoignage sur votre site",
"""Bonjour Sandra,

Il y a deux ans je vous avais autorisée à publier mon témoignage avec mon prénom et ma ville. Je reviens sur cette autorisation : pourriez-vous le retirer du site et de la page Facebook ? Ce n'est pas que je n'en pense plus de bien, mais ma situation professionnelle a changé.

Amitiés,
Catherine""", to="orange"),

R("fr-req-retrait-photo-atelier", ["withdraw_consent"], "Mélanie Guérin <melanie.guerin@gmail.com>",
  "Photo de groupe atelier du 12",
"""Bonjour,

J'avais coché « j'accepte d'être prise en photo » sur la fiche de l'atelier, mais finalement je retire mon accord. Je me reconnais très bien au premier rang sur la photo publiée sur Instagram, merci de l'enlever ou de me flouter.

Mélanie"""),

# NEAR-LINE: withdrawing consent AND erasure of all data -> erasure + withdraw_consent
R("fr-req-retrait-video-et-tout-effacer", ["erasure", "withdraw_consent"], "Arnaud Fleury <arnaud.fleury@outlook.fr>",
  "Vidéo et données",
"""Bonjour,

Je retire mon consentement à l'utilisation de la vidéo enregistrée pendant la formation (celle où je fais le jeu de rôle), et je vous demande par la même occasion d'effacer l'ensemble de mes données personnelles. Je ne souhaite plus figurer dans vos fichiers.

Arnaud Fleury"""),

R("fr-req-retrait-enregistrement-audio", ["withdraw_consent"], "Sabine Moreau-Tessier <sabine.mt@free.fr>",
  "Enregistrements de séance",
"""Bonjour Sandra,

Vous m'aviez demandé l'autorisation d'enregistrer nos séances pour votre supervision. J'avais dit oui, mais à la réflexion je ne suis plus à l'aise : je retire cette autorisation à compter d'aujourd'hui. Pour la suite on fait sans enregistrement, d'accord ?

Sabine"""),

# NEAR-LINE: withdraw consent for questionnaire use in research -> withdraw_consent only
R("fr-req-retrait-questionnaire-etude", ["withdraw_consent"], "Thomas Briand <thomas.briand@gmail.com>",
  "Questionnaire pour votre mémoire",
"""Bonjour,

J'avais accepté que mes réponses au questionnaire servent à votre mémoire de certification de coach. J'ai changé d'avis, je ne veux plus que mes réponses soient utilisées pour ce travail. Le reste de mon dossier peut rester tel quel.

Thomas Briand"""),

R("fr-req-retrait-consentement-sante", ["withdraw_consent"], "Hélène Viguier <helene.viguier@orange.fr>",
  "Consentement données de santé",
"""Madame,

Lors de mon inscription j'ai signé le formulaire de consentement à la collecte de données de santé. Je retire ce consentement. Merci de ne plus consigner ce type d'informations me concernant.

Hélène Viguier"""),

R("fr-req-retrait-temoignage-et-effacer", ["erasure", "withdraw_consent"], "Jean-Michel Bassompierre <jm.bassompierre@wanadoo.fr>",
  "Retrait",
"""Bonjour,
Je retire l'autorisation donnée pour mon témoignage écrit et pour la photo qui l'accompagne. Je souhaite également que toutes les données que vous avez sur moi soient supprimées.
JM Bassompierre"""),

# NEAR-LINE: heir after death -> post_mortem only, even though asking access + erasure
R("fr-req-fille-deces-mere", ["post_mortem"], "Sophie Marchand-Roy <sophie.marchandroy@gmail.com>",
  "Décès de ma mère, Josiane Marchand",
"""Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Josiane Marchand, survenu le 2 février. Elle suivait des séances de sophrologie chez vous. En tant que fille et héritière, je souhaiterais récupérer les documents qui la concernent, puis que vous supprimiez son dossier.

Vous trouverez en pièce jointe l'acte de décès.

Cordialement,
Sophie Marchand-Roy""", attach=[("acte_deces_J_Marchand.pdf", "Extrait d'acte de deces - Josiane Marchand - Mairie d'Issoudun")]),

R("fr-req-notaire-succession", ["post_mortem"], "Office notarial Maîtres Dupuis & Lafon <office.dupuis-lafon@notaires.fr>",
  "Succession de M. Raymond Certain — données personnelles",
"""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Raymond Certain, décédé le 11 octobre dernier à Issoudun. À la demande des ayants droit, nous vous prions de bien vouloir clôturer tout dossier ouvert au nom du défunt et nous indiquer les données que vous conservez à son sujet.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour l'Office, Clara Besnard, clerc de notaire
Office notarial Dupuis & Lafon — 3 place du 10 juin, 36100 Issoudun""",
  attach=[("certificat_deces_Certain.pdf", "Certificat de deces - Raymond Certain")]),

R("fr-req-instructions-apres-deces", ["post_mortem"], "Geneviève Lartigue <genevieve.lartigue@orange.fr>",
  "Mes directives pour plus tard",
"""Chère Sandra,

À mon âge on commence à ranger ses affaires. Je voudrais vous laisser une instruction claire : le jour où je ne serai plus là, je souhaite que tout mon dossier chez vous soit détruit et que rien ne soit communiqué à mes enfants, pas même sur demande. Mon neveu Philippe, qui a mes directives, vous préviendra le moment venu.

Avec toute mon affection,
Geneviève"""),

# NEAR-LINE: spouse after death asking unsubscribe -> post_mortem only
R("fr-req-veuf-stop-envois", ["post_mortem"], "Bernard Coulon <bernard.coulon@sfr.fr>",
  "Courriers pour mon épouse",
"""Bonjour,

Mon épouse Martine Coulon nous a quittés en décembre. Elle continue de recevoir vos lettres d'information et des rappels, c'est douloureux. Merci d'arrêter tous les envois à son nom et de supprimer sa fiche.

Bernard Coulon"""),

R("fr-req-fils-deces-copie", ["post_mortem"], "Yann Le Goff <yann.legoff@gmail.com>",
  "Documents de mon père",
"""Bonjour,

Mon père, Alain Le Goff, est décédé au printemps. Il avait fait un bilan de reconversion avec vous en 2021. Pour la succession et pour nous, ses enfants, nous aimerions avoir une copie de ce bilan. Je peux vous fournir tous les justificatifs nécessaires (acte de décès, livret de famille).

Yann Le Goff""", html="alt"),

R("fr-req-belge-deces-soeur", ["post_mortem"], "Marie-Paule Dethier <mp.dethier@skynet.be>",
  "Ma soeur Anne Dethier",
"""Bonjour Madame,

C'est avec beaucoup de tristesse que je vous fais savoir que ma soeur Anne est décédée la semaine passée. Elle m'avait parlé de vous avec beaucoup d'affection. Je suis l'exécutrice testamentaire ; pourriez-vous me dire ce qu'il convient de faire pour ses données et clôturer son abonnement à vos ateliers en ligne ?

Bien à vous,
Marie-Paule Dethier"""),

# NEAR-LINE: own instructions for after death, phrased as a question -> post_mortem
R("fr-req-directive-anticipee-question", ["post_mortem"], "Francis Honoré <francis.honore@laposte.net>",
  "Directives sur mes données après mon décès",
"""Bonjour,

Suite à un diagnostic compliqué, je mets mes affaires en ordre. Je vous demande de bien vouloir noter que, après mon décès, ma fille Claire Honoré (claire.honore@gmail.com) sera la seule personne autorisée à recevoir une copie de mon dossier, et qu'il devra ensuite être effacé. Pouvez-vous me confirmer que c'est pris en compte ?

Francis Honoré"""),

R("fr-req-restriction-dispute-facture", ["restriction"], "Paul-Henri Desmarets <ph.desmarets@gmail.com>",
  "Données de facturation",
"""Bonjour,

Je conteste les deux factures émises au nom de mon ancienne société alors que j'avais payé à titre personnel. En attendant que ce soit clarifié avec votre comptable, merci de ne pas transmettre mes données à votre service de recouvrement ni à quiconque, et de conserver le dossier en l'état.

P.-H. Desmarets"""),

R("fr-req-restriction-plus-tard-effacer", ["restriction"], "Ingrid Fauconnier <ingrid.fauconnier@outlook.fr>",
  "Ne pas supprimer pour l'instant",
"""Bonjour Sandra,

Vous m'avez écrit que mon dossier serait supprimé à la fin de la durée de conservation, le mois prochain. Pourriez-vous le garder encore ? J'en aurai besoin pour une démarche auprès de la MDPH. Je ne veux pas que vous vous en serviez, juste que vous le conserviez jusqu'à ce que je vous le redemande.

Ingrid""", quote={"style": "gmail", "text": """Bonjour Ingrid,

Je vous informe que, conformément à ma politique de confidentialité, votre dossier d'accompagnement arrivera au terme de sa durée de conservation le 30 du mois prochain et sera alors détruit.

Bien à vous,
Sandra Delomenie"""}),

R("fr-req-restriction-questionnaire-faux", ["restriction", "rectification"], "Alexandre Pinault <alex.pinault@free.fr>",
  "Questionnaire erroné",
"""Bonjour,

Le questionnaire d'entrée a été rempli par ma compagne à ma place et plusieurs réponses sont fausses (âge, situation professionnelle, motif). Je vous envoie les bonnes réponses ci-dessous pour correction, et d'ici là, merci de ne pas utiliser ce questionnaire pour préparer la séance.

- Âge : 42 ans
- Situation : salarié en CDI, technicien de maintenance
- Motif : préparation d'une prise de poste de chef d'équipe

Alexandre Pinault"""),

R("fr-req-opposition-et-rectif-adresse", ["objection", "rectification"], "Josette Barraud <josette.barraud@orange.fr>",
  "Adresse et courriers publicitaires",
"""Bonjour,
Je reçois encore vos prospectus à mon ancienne adresse de Déols. Je n'en veux plus du tout. Par contre pour les factures de mes séances, ma nouvelle adresse est 5 rue Danton, 36100 Issoudun.
Cordialement, J. Barraud""", to="orange"),

R("fr-req-objection-et-retrait-photo", ["objection", "withdraw_consent"], "Marie Oudinot <marie.oudinot@gmail.com>",
  "Instagram + newsletter",
"""Bonjour Sandra,

Deux choses : je ne veux plus recevoir la newsletter, et je retire mon accord pour la photo du stage de Pâques où l'on me voit (celle sur Instagram). Merci de la retirer.

Belle journée,
Marie"""),

R("fr-req-acces-et-opposition-stats", ["access", "objection"], "Laurent Vasseur <laurent.vasseur@hotmail.fr>",
  "Utilisation de mes réponses",
"""Bonjour,

Pouvez-vous m'envoyer une copie de mes réponses au questionnaire de satisfaction et de mon évaluation de fin de formation ? Par ailleurs, je m'oppose à ce qu'elles soient utilisées pour les statistiques publiées dans votre bilan qualité Qualiopi.

Laurent Vasseur"""),

# NEAR-LINE: parent of a minor, withdrawing photo consent -> withdraw_consent
R("fr-req-parent-retrait-photo-enfant", ["withdraw_consent"], "Émilie Charron <emilie.charron@laposte.net>",
  "Photo de mon fils Nathan",
"""Bonjour,

Je suis la maman de Nathan (11 ans), qui a participé à l'atelier parents-enfants de juillet. J'avais donné mon accord pour les photos, mais je le retire : je ne souhaite pas que son visage apparaisse sur votre site ni sur les réseaux.

Merci d'avance,
Émilie Charron"""),

R("fr-req-parent-acces-ado", ["access"], "Frédéric Nivet <frederic.nivet@gmail.com>",
  "Dossier de ma fille mineure",
"""Bonjour Madame,

Ma fille Inès (16 ans) a suivi trois séances d'orientation avec vous cet hiver. En tant que père, je vous demande, avec son accord, de nous transmettre une copie de ce que vous avez noté dans son dossier et des résultats des tests d'intérêts professionnels.

Frédéric Nivet"""),

R("fr-req-avocat-rectif", ["rectification"], "Cabinet Aubry-Lenoir <contact@aubry-lenoir-avocats.fr>",
  "Notre client M. Sylvain Berthelot",
"""Madame,

Agissant pour le compte de M. Sylvain Berthelot, en vertu du mandat joint, nous vous demandons de rectifier l'attestation de fin de formation et votre fichier stagiaires : les dates de formation indiquées (du 3 au 5 mai) sont erronées, M. Berthelot ayant suivi la session du 10 au 12 mai.

Veuillez agréer, Madame, nos salutations distinguées.

Maître Julien Aubry""", attach=[("mandat_Berthelot.pdf", "Mandat - Sylvain Berthelot - Cabinet Aubry-Lenoir"), ("convocation_10-12mai.pdf", "Convocation formation du 10 au 12 mai - S. Berthelot")]),

R("fr-req-multi-acces-portab-effac", ["access", "erasure", "portability"], "Chloé Dumesnil <chloe.dumesnil@gmail.com>",
  "Fin de notre collaboration",
"""Bonjour Sandra,

Je mets fin à mon abonnement au programme en ligne. Avant de partir, je voudrais :
1) savoir tout ce que vous avez enregistré sur moi,
2) récupérer mon journal de bord et mes exercices dans un fichier que je pourrai réutiliser ailleurs,
3) puis que vous effaciez mon compte et toutes mes données.

Merci de ton aide, c'était une belle aventure.
Chloé"""),

R("fr-req-portab-organisme-financeur", ["portability"], "Nicolas Favreau <nicolas.favreau@gmail.com>",
  "Transmission de mon parcours à Pôle emploi / France Travail",
"""Bonjour,

Ma conseillère France Travail me demande mon historique de formation. Pouvez-vous lui transmettre directement, au format numérique (fichier tableur ou PDF structuré), mes heures suivies, les modules et les évaluations ? Son adresse : m.lestrade@francetravail.fr.

Nicolas Favreau"""),

R("fr-req-portab-export-agenda-perso", ["portability"], "Adèle Rigaud <adele.rigaud@icloud.com>",
  "Mes données au format ouvert",
"""Bonjour Sandra,
Pour mon suivi personnel, j'aimerais recevoir l'ensemble de mes données d'accompagnement (dates des séances, objectifs fixés, notes que je t'ai envoyées) dans un format ouvert et réutilisable, idéalement CSV. Rien de plus, je ne te demande pas de les effacer !
Adèle"""),

R("fr-req-rectif-situation-familiale", ["rectification"], "Patricia Lamotte <patricia.lamotte@sfr.fr>",
  "Mise à jour de ma fiche",
"""Bonjour Madame Delomenie,

Je me suis mariée cet été. Merci de mettre ma fiche à jour : je m'appelle désormais Patricia Lamotte-Girard (au lieu de Patricia Lamotte). L'adresse et le téléphone ne changent pas.

Patricia"""),

# NEAR-LINE: Outlook reply; request above quoted handled confirmation -> the new text is a new request
R("fr-req-outlook-nouvelle-demande", ["withdraw_consent"], "Sandrine Pothier <sandrine.pothier@outlook.fr>",
  "RE: Votre désinscription est confirmée",
"""Merci. Et pendant que j'y pense : vous aviez aussi mon autorisation pour utiliser mon témoignage audio dans le podcast, je la retire également.

Sandrine""", quote={"style": "outlook", "who": "Sandra Delomenie <contact@floraisondesoi.fr>", "text": """Bonjour Madame Pothier,

Je vous confirme votre désinscription de la lettre d'information. Vous ne recevrez plus de message de notre part.

Sandra Delomenie
Floraison de Soi"""}),

R("fr-req-entreprise-effacement-stagiaires", ["erasure"], "Julie Ménard — Ménard Conseil <julie.menard@menard-conseil.fr>",
  "Effacement de mes données de participante",
"""Bonjour,

Mon entreprise avait financé ma participation à votre formation. Je suis aujourd'hui indépendante et je souhaite, à titre personnel, que mes données de participante (fiche, évaluations, photo de trombinoscope) soient effacées. Pour la facture au nom de la société, je comprends que vous deviez la garder.

Julie Ménard"""),

R("fr-req-opposition-lettre-recommandee", ["objection"], "Jacques Vernier <jacques.vernier@orange.fr>",
  "Opposition au traitement de mes données à des fins de prospection",
"""Madame,

Par la présente, je m'oppose, en application de l'article 21 du RGPD, au traitement de mes données personnelles à des fins de prospection commerciale, quel que soit le canal (courrier, e-mail, téléphone, SMS).

Une copie de ce courrier vous est adressée par lettre recommandée.

Jacques Vernier""", attach=[("courrier_opposition.docx", "Jacques Vernier\nObjet : opposition a la prospection\nMadame, je m'oppose au traitement de mes donnees a des fins de prospection.")]),

R("fr-req-acces-fwd-ancienne-demande", ["access"], "Denise Harel <denise.harel@gmail.com>",
  "Tr: ma demande du mois dernier",
"""Bonjour Sandra, je vous renvoie ma demande ci-dessous, je n'ai pas eu de retour. Je voudrais toujours savoir ce que vous avez comme informations sur moi. Merci.
Denise""", quote={"style": "fwd", "who": "Denise Harel <denise.harel@gmail.com>", "to": "contact@floraisondesoi.fr", "subj": "question", "text": """Bonjour,
Pouvez-vous me dire quelles données vous gardez sur moi depuis l'atelier ?
Merci
Denise Harel"""}),

R("fr-req-withdraw-et-objection-quebec", ["objection", "withdraw_consent"], "Mathieu Gagnon <mathieu.gagnon@videotron.ca>",
  "Balado et courriels",
"""Allô Sandra,

Après réflexion, je retire mon consentement pour l'entrevue enregistrée pour ton balado : j'aimerais mieux qu'elle ne soit pas diffusée. Et je ne veux plus recevoir de courriels promotionnels non plus.

Merci, pis bonne continuation!
Mathieu"""),

R("fr-req-post-mortem-frere-html", ["post_mortem"], "Étienne Rabier <etienne.rabier@gmail.com>",
  "Mon frère Pierre Rabier",
"""Madame,

Mon frère Pierre Rabier est décédé le mois dernier. Je règle ses affaires. Il recevait des mails de votre part et avait un compte sur votre plateforme de formation ; merci de bien vouloir fermer ce compte et supprimer ses informations. Je tiens à votre disposition le certificat de décès.

Étienne Rabier""", html="html"),

R("fr-req-rectif-restriction-note", ["rectification", "restriction"], "Caroline Dutheil <caroline.dutheil@gmail.com>",
  "Compte rendu de séance du 8",
"""Bonjour Sandra,

Dans le compte rendu envoyé à mon manager (à ma demande, je sais), il est écrit que je « souhaite changer de service ». Ce n'est pas ce que j'ai dit : je souhaitais changer de missions au sein du même service. Merci de corriger ce passage, et en attendant, de ne plus transmettre ce compte rendu à qui que ce soit.

Caroline"""),
# NEAR-LINE: identity document attached; closing account WITH data -> erasure
R("fr-req-piece-identite-effacement", ["erasure"], "Noëlle Garnier <noelle.garnier@orange.fr>",
  "Suppression de mon compte et de mes données + pièce d'identité",
"""Bonjour,

Comme demandé par votre formulaire, je joins la copie de ma carte d'identité. Je confirme vouloir la fermeture de mon compte client ainsi que la suppression de toutes les données me concernant.

Noëlle Garnier""", attach=[("CNI_Garnier_recto.png", "carte identite"), ("CNI_Garnier.pdf", "Carte nationale d'identite - GARNIER Noelle - copie")]),

R("fr-req-portab-html-outlook", ["portability"], "Bastien Royer <bastien.royer@outlook.fr>",
  "Récupération de mes fiches au format numérique",
"""Bonjour Madame,

Je souhaiterais exercer mon droit à la portabilité : merci de me transmettre les fiches d'objectifs et bilans que je vous ai remis, sous un format numérique standard (tableur ou CSV), pour les réutiliser avec mon nouveau conseiller en évolution professionnelle.

Bastien Royer""", html="alt"),

R("fr-req-restriction-suisse-attente", ["restriction"], "Corinne Zbinden <corinne.zbinden@gmx.ch>",
  "Mise en attente de mon dossier",
"""Bonjour Madame,

Je conteste l'exactitude de plusieurs éléments du bilan que vous avez rédigé (mes horaires de travail et ma fonction). Le temps que vous vérifiiez, je vous saurais gré de suspendre toute utilisation de ce bilan.

Meilleures salutations,
Corinne Zbinden"""),

R("fr-req-restriction-sms-garde", ["restriction"], "Mehdi Saïdi <mehdi.saidi36@gmail.com>",
  "mon dossier",
"""bonjour sandra, surtout effacez rien de mon dossier jen ai besoin pour mon avocat, mais vous en servez plus et vous le donnez a personne en attendant svp. merci mehdi"""),

R("fr-req-effacement-retrait-questionnaire", ["erasure", "withdraw_consent"], "Armelle Texier <armelle.texier@free.fr>",
  "Retrait et effacement",
"""Bonjour,

J'avais accepté que mes réponses au questionnaire de bien-être soient utilisées dans votre étude. Je retire ce consentement et je vous demande également d'effacer l'intégralité de mes données, y compris ma fiche client.

Armelle Texier"""),

R("fr-req-objection-acces-origine-liste", ["access", "objection"], "Daniel Brossard <daniel.brossard@laposte.net>",
  "Re: La lettre de Floraison de Soi — octobre",
"""Je ne me suis jamais abonné. D'où tenez-vous mon adresse ? Et retirez-moi de cette liste.""",
  quote={"style": "gmail", "who": "Sandra de Floraison de Soi <contact@floraisondesoi.fr>", "text": """Bonjour à toutes et à tous,

L'automne s'installe doucement. Ce mois-ci, je vous propose un atelier « Ralentir » le samedi 18.

Sandra"""}),

# NEAR-LINE: roundabout wording ("ne plus faire partie de vos contacts pour les offres") -> objection
R("fr-req-detour-plus-offres", ["objection"], "Ghislaine Perrot <ghislaine.perrot@wanadoo.fr>",
  "petit mot",
"""Bonjour Sandra,

Vous êtes adorable, mais à 78 ans je crois que je ne ferai plus de stage. Je préférerais ne plus faire partie des personnes à qui vous envoyez les offres et les invitations. Je garde un très bon souvenir de vous.

Ghislaine"""),

R("fr-req-acces-portab-formel", ["access", "portability"], "Quentin Lagarde <quentin.lagarde@proton.me>",
  "Droits d'accès et de portabilité",
"""Madame,

Je vous demande, d'une part, de m'indiquer la liste des données me concernant que vous traitez, leur origine et leurs destinataires (art. 15 RGPD), et d'autre part de m'adresser les données que je vous ai fournies dans un format structuré et lisible par machine (art. 20 RGPD).

Quentin Lagarde""", cte="quoted-printable"),
]
