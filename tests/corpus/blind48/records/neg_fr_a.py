# French negatives (part A): everyday mail with trigger words, forms, bookings, representatives.
from _common import R, form, booking, SANDRA_C, SANDRA_O

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
SIO = "Systeme.io <notifications@systeme.io>"

RECORDS = [

R("fr-neg-supprimer-creneau-mardi", [],
  "Créneau de mardi",
  "Bonjour Sandra,\n\nPeux-tu supprimer mon créneau de mardi 10h ? J'ai un rendez-vous médical qui tombe en "
  "même temps. Je reprendrai un créneau la semaine suivante via le lien.\n\nMerci !\nFlorence",
  frm="Florence Didier <florence.didier@gmail.com>", to=0),

R("fr-neg-effacer-tableau-salle", [],
  "Salle du 14 – consignes",
  "Bonjour Madame Delomenie,\n\nPour la salle de l'Espace Albert-Camus que vous occupez jeudi : merci "
  "d'effacer le tableau blanc en partant et de remettre les tables en U. Le code d'accès à la salle reste "
  "le 4821B. Les clés sont à récupérer à l'accueil.\n\nService vie associative\nMairie d'Issoudun",
  frm="Vie associative - Mairie d'Issoudun <vie.associative@issoudun.fr>", to=1),

R("fr-neg-acces-salle-pmr", [],
  "Accès à la salle pour l'atelier",
  "Bonjour,\n\nje viens samedi à l'atelier mais je suis en fauteuil depuis mon accident. Est-ce que l'accès "
  "à la salle se fait de plain-pied ? Sinon je peux venir avec quelqu'un pour m'aider.\n\nMerci, Gilles",
  frm="Gilles Marteau <gilles.marteau@orange.fr>", to=0),

R("fr-neg-copie-facture-mutuelle", [],
  "Copie de facture",
  "Bonjour, ma mutuelle me demande une copie de la facture de mes séances d'octobre et novembre pour le "
  "remboursement. Pouvez-vous me la renvoyer ? Je ne la retrouve plus. Bonne journée, Anaïs",
  frm="Anaïs Roy <anais.roy@laposte.net>", to=0),

R("fr-neg-export-agenda-synchro", [],
  "Export agenda",
  "Sandra,\n\nJ'ai réussi à faire l'export de ton agenda Resalib vers Google Agenda comme tu voulais, le "
  "fichier .ics est dans le Drive partagé. Il faudra juste vérifier que les rdv de juillet sont bien là.\n\n"
  "Bises\nCathy (ta secrétaire préférée)",
  frm="Cathy Lemoine <cathy.lemoine.assist@gmail.com>", to=0),

R("fr-neg-corriger-support-formation", [],
  "Support formation – coquilles",
  "Bonjour Sandra,\n\nJ'ai relu le support de la formation « Communication bienveillante ». Il y a quelques "
  "coquilles à corriger p. 4 et 11, et la diapo sur les besoins est dupliquée. Je te renvoie le document "
  "annoté ce soir.\n\nAmitiés,\nPhilippe",
  frm="Philippe Jardin <philippe.jardin@formateurs-centre.fr>", to=0,
  attach=[("docx", "support_CNV_annotations.docx", "Support Communication bienveillante\np.4 : 'besoins' "
           "et non 'besoin'\np.11 : corriger la faute dans 'reformulation'\nDiapo 17 dupliquee")]),

R("fr-neg-je-me-suis-opposee", [],
  "Petite victoire",
  "Bonjour Sandra,\n\nJe voulais vous le dire : hier, en réunion, je me suis opposée à mon chef pour la "
  "première fois, calmement, comme on l'avait travaillé. Il a été surpris mais il a accepté de revoir le "
  "planning. J'en tremble encore !\n\nÀ jeudi,\nSarah",
  frm="Sarah Lambert <sarah.lambert@free.fr>", to=0),

R("fr-neg-retirer-colis", [],
  "Colis pour vous",
  "Bonjour Sandra, le facteur a déposé chez moi un colis à ton nom (les cartes de tarot je pense). Tu "
  "peux venir le retirer quand tu veux, je suis là tous les après-midi. Monique (la voisine du 48)",
  frm="Monique Boutet <monique.boutet@wanadoo.fr>", to=1),

R("fr-neg-consentement-theme-formation", [],
  "Formation sur le consentement éclairé",
  "Bonjour Madame,\n\nJe suis cadre de santé à l'EHPAD Les Tilleuls. Nous cherchons une intervenante pour "
  "une demi-journée de formation sur le consentement éclairé des résidents et la communication avec les "
  "familles. Est-ce un thème que vous proposez ? Quel serait le tarif ?\n\nCordialement,\nNathalie Bodin",
  frm="Nathalie Bodin <cadre.sante@ehpad-lestilleuls.fr>", to=0),

R("fr-neg-rgpd-sujet-formation-asso", [],
  "Intervention RGPD pour nos bénévoles ?",
  "Bonjour,\n\nNotre association de parents d'élèves aimerait sensibiliser ses bénévoles au RGPD (fichiers "
  "d'adhérents, photos des enfants, droit d'accès...). Est-ce que ce genre d'intervention entre dans vos "
  "compétences de formatrice, ou connaissez-vous quelqu'un ?\n\nMerci d'avance,\nOlivier Chambon\n"
  "Président de l'APE Les Petits Loups",
  frm="APE Les Petits Loups <ape.petitsloups36@gmail.com>", to=0),

R("fr-neg-mes-informations-inscription", [],
  "Inscription atelier du 22",
  "Bonjour,\n\nJe souhaite m'inscrire à l'atelier « Respiration et ancrage » du 22. Voici mes informations : "
  "Camille Tessier, 06 58 21 44 17, camille.tessier@gmail.com, née en 1987. Je paie sur place ou par "
  "virement ?\n\nMerci,\nCamille",
  frm="Camille Tessier <camille.tessier@gmail.com>", to=0),

R("fr-neg-annulation-atelier", [],
  "Annulation de ma participation",
  "Bonjour Madame Delomenie, je suis au regret d'annuler ma participation à l'atelier de samedi, mon fils "
  "est malade. Pouvez-vous me rembourser l'acompte ou le reporter sur une date ultérieure ? Bien à vous, "
  "Françoise Morin",
  frm="Françoise Morin <francoise.morin@orange.fr>", to=1),

R("fr-neg-resiliation-abonnement", [],
  "Résiliation abonnement mensuel",
  "Bonjour,\n\nJe souhaite résilier mon abonnement mensuel au programme « Un pas par mois » à la fin du mois "
  "en cours. Merci de ne plus prélever à partir de juin.\n\nCordialement,\nDavid Hamon",
  frm="David Hamon <david.hamon@outlook.fr>", to=0),

R("fr-neg-mot-de-passe-oublie", [],
  "mot de passe",
  "Bonjour, je n'arrive plus à me connecter à mon espace, j'ai fait « mot de passe oublié » mais je ne reçois "
  "aucun mail de réinitialisation (j'ai regardé dans les spams). Pouvez-vous m'aider ? Merci. Liliane",
  frm="Liliane Roux <liliane.roux@sfr.fr>", to=0),

R("fr-neg-acceder-mon-espace", [],
  "Accéder à mon espace ?",
  "bonsoir, comment on fait pour accéder à mon espace pour voir les vidéos du module 3 ? le lien du mail "
  "m'envoie sur une page blanche. merci",
  frm="Eva Colin <eva.colin@gmail.com>", to=0, mailer="iphone", attach=[("png", "IMG_4471.png")]),

# NEAR-LINE: "close my account" with no mention of data -> negative by policy.
R("fr-neg-fermer-mon-compte-seul", [],
  "Fermeture compte",
  "Bonjour,\n\nPouvez-vous fermer mon compte sur votre plateforme ? Je n'ai plus le temps de suivre les "
  "modules.\n\nMerci, Audrey",
  frm="Audrey Masson <audrey.masson@free.fr>", to=0),

# NEAR-LINE: asks whether she has the right, not for the deletion itself -> question about a right.
R("fr-neg-ai-je-le-droit", [],
  "Question",
  "Bonjour Sandra,\n\nsimple question par curiosité : si un jour j'arrête l'accompagnement, ai-je le droit "
  "de demander que mes notes soient supprimées, ou êtes-vous obligée de les garder un certain temps ? "
  "Pour l'instant je continue bien sûr !\n\nRémi",
  frm="Rémi Carpentier <remi.carpentier@gmail.com>", to=0),

R("fr-neg-combien-de-temps-questionnaires", [],
  "Durée de conservation",
  "Bonjour, combien de temps conservez-vous les questionnaires que l'on remplit en début d'accompagnement ? "
  "Je me pose la question avant de m'inscrire. Cordialement, Véronique Lacroix",
  frm="Véronique Lacroix <v.lacroix@laposte.net>", to=0),

R("fr-neg-copie-plainte-cnil", [],
  "Copie de ma plainte auprès de la CNIL",
  "Madame,\n\nPour votre information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée ce "
  "jour auprès de la CNIL au sujet de la réception de vos SMS.\n\n--- Plainte n° 25-041882 ---\n"
  "Organisme mis en cause : Floraison de Soi (Issoudun)\nMotif : prospection par SMS sans consentement.\n"
  "Description : je reçois depuis mars des SMS publicitaires alors que je n'ai jamais donné mon numéro.\n\n"
  "Hugues Maréchal",
  frm="Hugues Maréchal <hugues.marechal@gmail.com>", to=0),

R("fr-neg-fille-ce-que-dit-maman", [],
  "Ma mère, votre cliente",
  "Bonjour Madame,\n\nMa mère, Jacqueline Poulain, vient vous voir depuis janvier. Je m'inquiète pour elle : "
  "pourriez-vous me dire de quoi elle vous parle et me transmettre vos notes ? Je ne veux que son bien.\n\n"
  "Cordialement,\nSylvie Poulain",
  frm="Sylvie Poulain <sylvie.poulain@gmail.com>", to=0),

R("fr-neg-manager-compte-rendu-salarie", [],
  "Retour sur l'accompagnement de Kévin",
  "Bonjour Sandra,\n\nNous avons financé les 6 séances de Kévin Dumas. Pourriez-vous m'envoyer un compte rendu "
  "de ce qui s'est dit et vos impressions sur sa motivation ? J'en ai besoin pour son entretien annuel.\n\n"
  "Merci,\nPatrick Vaillant\nDirecteur de site – Transports Vaillant",
  frm="Patrick Vaillant <p.vaillant@transports-vaillant.fr>", to=0),

R("fr-neg-merci-suppression-faite", [],
  "Re: Suppression de vos données",
  "Merci beaucoup pour votre réactivité et pour la confirmation. Bonne continuation !\nNadine",
  frm="Nadine Perret <nadine.perret@orange.fr>", to=0,
  quote=dict(style="gmail_fr", who="Sandra Delomenie <contact@floraisondesoi.fr>",
             text="Bonjour Nadine,\n\nJe vous confirme que l'ensemble de vos données a été supprimé de mes "
                  "fichiers ce jour.\n\nBien à vous,\nSandra\n\n> Bonjour, merci de supprimer toutes mes données. "
                  "Nadine Perret")),

R("fr-neg-merci-bien-recu-export", [],
  "RE: Vos données",
  "Bonjour Sandra,\n\nBien reçu le fichier, tout y est. Merci !\n\nJérôme",
  frm="Jérôme Hubert <jerome.hubert@outlook.fr>", to=0, mailer="outlook",
  quote=dict(style="outlook_fr", who="Sandra Delomenie <contact@floraisondesoi.fr>",
             to="Jérôme Hubert <jerome.hubert@outlook.fr>", subject="Vos données",
             text="Bonjour Jérôme,\n\nSuite à votre demande d'accès, vous trouverez ci-joint la copie des "
                  "données vous concernant.\n\nCordialement,\nSandra Delomenie")),

R("fr-neg-accord-temoignage", [],
  "Re: Votre témoignage ?",
  "Oui bien sûr, avec plaisir ! Vous pouvez utiliser mon témoignage sur le site avec mon prénom et l'initiale "
  "de mon nom. Je suis contente si ça peut aider d'autres personnes.\n\nMireille",
  frm="Mireille Gauthier <mireille.gauthier@wanadoo.fr>", to=1,
  quote=dict(style="apple_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>",
             text="Bonjour Mireille,\nAccepteriez-vous que je publie votre témoignage sur mon site ?\nSandra")),

R("fr-neg-accord-photo-autorisation", [],
  "Autorisation photo signée",
  "Bonjour,\n\nVoici l'autorisation de droit à l'image signée pour la journée du 12. Je donne mon accord "
  "pour les photos sur le site et Facebook.\n\nBonne soirée,\nFranck",
  frm="Franck Olivier <franck.olivier@gmail.com>", to=0,
  attach=[("pdf", "autorisation_image_FOlivier.pdf", "AUTORISATION DE DROIT A L'IMAGE\nJe soussigne Franck "
           "Olivier autorise Floraison de Soi a publier les photos de la journee du 12.\nSigne.")]),

R("fr-neg-form-spam-seo", [],
  "[Floraison de Soi] Nouveau message de Kevin SEO",
  form("wpforms", [("Nom", "Kevin SEO"), ("E-mail", "kevin@top-referencement-pro.com"),
                   ("Objet de votre demande", "Autre")],
       "Bonjour, j'ai analysé votre site floraisondesoi.fr : il n'apparaît pas en première page de Google pour "
       "« coach Issoudun ». Nous garantissons le TOP 3 en 30 jours pour 199€/mois. Répondez OUI pour un audit "
       "gratuit."),
  frm=WP, reply_to="Kevin SEO <kevin@top-referencement-pro.com>", to=2),

R("fr-neg-form-spam-conformite-rgpd", [],
  "Formulaire de contact : URGENT mise en conformité",
  form("cf7", [("De", "Service Conformité <conformite@rgpd-audit-express.fr>"), ("Objet", "URGENT")],
       "Votre site ne comporte pas de registre des traitements ni de bannière cookies conforme. Les "
       "sanctions peuvent atteindre 4% du CA. Mettez-vous en conformité avant le 30 : pack RGPD "
       "clé en main 490€ HT. Rappelez-nous au 01 84 60 00 00."),
  frm=WP, reply_to="conformite@rgpd-audit-express.fr", to=2),

R("fr-neg-form-demande-tarifs", [],
  "[Floraison de Soi] Nouveau message de Lucie Perrin",
  form("wpforms", [("Nom", "Lucie Perrin"), ("E-mail", "lucie.perrin@gmail.com"),
                   ("Téléphone", "06 20 11 58 73"), ("Objet de votre demande", "Accompagnement individuel")],
       "Bonjour, je traverse une période de remise en question professionnelle et je me demandais quels sont "
       "vos tarifs pour un accompagnement individuel, et si vous proposez des séances en visio. Merci !"),
  frm=WP, reply_to="Lucie Perrin <lucie.perrin@gmail.com>", to=2, html="alt"),

R("fr-neg-form-inscription-stage", [],
  "Nouveau message via « Me contacter »",
  form("systeme", [("Prénom", "Hugo"), ("Nom", "Bertin"), ("E-mail", "hugo.bertin@hotmail.fr")],
       "Je veux m'inscrire au stage d'été, voici mes informations : Hugo Bertin, 29 ans, 12 rue Grande, "
       "Issoudun, 06 44 19 20 87. Régime végétarien pour le repas. Merci de me confirmer la place."),
  frm=SIO, reply_to="hugo.bertin@hotmail.fr", to=2),

R("fr-neg-resalib-rdv-deplace", [],
  "Rendez-vous déplacé : Pauline Giraud",
  "Bonjour Sandra Delomenie,\n\nVotre client Pauline Giraud a déplacé son rendez-vous.\n\n"
  "Ancien créneau : mercredi 9h30\nNouveau créneau : vendredi 11h00\nPrestation : Séance individuelle (1h)\n\n"
  "Note laissée par le client :\n« Désolée pour le changement, imprévu au travail. »\n\n"
  "L'équipe Resalib",
  frm="Resalib <no-reply@resalib.fr>", reply_to="pauline.giraud@gmail.com", to=1, html="alt"),

R("fr-neg-gcal-note-viens-avec-ma-fille", [],
  "Nouveau rendez-vous : Séance découverte 30 min avec Brigitte Renou",
  booking("gcal", [("Invité", "Brigitte Renou"), ("E-mail", "brigitte.renou@orange.fr"), ("Quand", "lundi 17:00")],
          "Je viendrai sans doute avec ma fille (majeure) qui m'accompagne en voiture, elle attendra dehors. "
          "C'est pour un travail sur l'estime de soi."),
  frm="Google Agenda <calendar-notification@google.com>", reply_to="brigitte.renou@orange.fr", to=2),

R("fr-neg-calendly-note-effacer-ancien-rdv", [],
  "New Event: Sandra Delomenie - Séance individuelle",
  booking("calendly", [("Event Type", "Séance individuelle (60 min)"), ("Invitee", "Karim Saïdi"),
                       ("Invitee Email", "karim.saidi@gmail.com")],
          "J'ai repris ce créneau à la place de celui du 12 : vous pouvez effacer l'ancien RDV de votre "
          "agenda, je ne pourrai pas venir ce jour-là."),
  frm="Calendly <notifications@calendly.com>", reply_to="karim.saidi@gmail.com", to=2, html="alt"),

R("fr-neg-asso-conference-droit-oubli", [],
  "Conférence « Le droit à l'oubli à l'ère numérique »",
  "Madame,\n\nLe Cercle des Aînés d'Issoudun organise un cycle de conférences. Nous aimerions vous inviter à "
  "intervenir le 15 novembre sur le thème « Le droit à l'oubli et nos traces numériques », sous l'angle du "
  "bien-être et du lâcher-prise. Une participation de 150 € est prévue.\n\nBien cordialement,\n"
  "Jeanne Rigaud, secrétaire",
  frm="Cercle des Aînés d'Issoudun <cercle.aines.issoudun@orange.fr>", to=1),

R("fr-neg-notaire-bail-local", [],
  "Bail professionnel – 46 rue d'Estienne d'Orves",
  "Madame,\n\nDans le cadre de la vente de l'immeuble où se situe votre local professionnel, je vous informe "
  "que votre bail se poursuit aux mêmes conditions avec le nouveau propriétaire, la SCI Les Cordeliers. "
  "Je vous remercie de me transmettre une copie de votre bail et de votre dernière quittance.\n\n"
  "Me Anne-Laure Ribot, notaire à Issoudun",
  frm="Me Anne-Laure Ribot <al.ribot@notaires.fr>", to=1,
  attach=[("pdf", "Lettre_information_locataire.pdf", "Office notarial Ribot - Issoudun\nInformation du "
           "locataire - cession de l'immeuble 46 rue d'Estienne d'Orves\nLe bail se poursuit aux memes "
           "conditions.")]),

R("fr-neg-avocat-impaye-client", [],
  "Recouvrement – facture n° 2024-118",
  "Chère Madame,\n\nSuite à votre appel, je vous confirme avoir adressé une mise en demeure à Monsieur "
  "Benoît Claveau pour la facture impayée n° 2024-118 (840 €). Sans règlement sous huit jours, nous "
  "pourrons envisager une injonction de payer. Merci de m'adresser la copie du devis signé.\n\n"
  "Bien à vous,\nMe Fabienne Rault",
  frm="Fabienne Rault <f.rault@rault-avocats.fr>", to=1),

R("fr-neg-mari-annule-rdv-epouse", [],
  "RDV de ma femme demain",
  "Bonjour, je vous écris pour ma femme Sandrine Martel qui a une grosse grippe : elle ne pourra pas venir "
  "demain à 15h. Elle vous rappelle pour reprendre un rendez-vous. Cordialement, Olivier Martel",
  frm="Olivier Martel <olivier.martel@free.fr>", to=0),

R("fr-neg-pdf-mairie-reservation-salle", [],
  "Réservation de salle – courrier",
  "Madame,\n\nVeuillez trouver ci-joint le courrier de confirmation de votre réservation.\n\n"
  "Le service des sports et de la vie associative",
  frm="Mairie de Vatan <accueil@mairie-vatan.fr>", to=1,
  attach=[("pdf", "confirmation_reservation.pdf", "Mairie de Vatan\nObjet : reservation de la salle des fetes\n"
           "Madame Delomenie, nous confirmons la mise a disposition de la salle le samedi 5 avril de 9h a 18h.\n"
           "Caution : cheque de 300 euros. Etat des lieux a 8h30.")]),

R("fr-neg-france-travail-dossier-formation", [],
  "Votre dossier – action de formation",
  "Madame,\n\nPour finaliser la prise en charge de la formation de Mme Laura Besse, merci de compléter sur "
  "votre espace partenaire les informations manquantes (programme, dates, attestation d'entrée). L'accès à "
  "votre espace se fait avec vos identifiants habituels.\n\nVotre conseiller entreprise\nFrance Travail "
  "Châteauroux",
  frm="France Travail <ne-pas-repondre@francetravail.fr>", to=1, headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-parent-horaires-atelier-ado", [],
  "Atelier ados – horaires",
  "Bonjour, ma fille Zoé (13 ans) est inscrite à l'atelier ados du mercredi. À quelle heure faut-il venir la "
  "chercher ? Et faut-il prévoir un goûter ? Merci, Émilie Bonnet",
  frm="Emilie Bonnet <emilie.bonnet@gmail.com>", to=0),

R("fr-neg-retirer-candidature-stage", [],
  "Candidature stage d'été",
  "Bonjour Sandra,\n\nJe préfère retirer ma candidature pour le stage intensif d'août, le planning est trop "
  "serré avec mon déménagement. Je me positionnerai sur celui de l'automne.\n\nBien à toi,\nOcéane",
  frm="Océane Fabre <oceane.fabre@gmail.com>", to=0),

# NEAR-LINE: "désinscrivez-moi" of a workshop (not of a mailing list) = cancellation, negative.
R("fr-neg-desinscrire-atelier-samedi", [],
  "désinscription atelier",
  "Bonjour, pouvez-vous me désinscrire de l'atelier de samedi matin ? Je reste inscrite à celui du mois "
  "prochain. Merci, Agathe",
  frm="Agathe Lenoir <agathe.lenoir@yahoo.fr>", to=0),

R("fr-neg-changement-operateur-meme-numero", [],
  "Mon numéro",
  "Bonjour Sandra, je change d'opérateur la semaine prochaine mais je garde le même numéro, donc si les SMS "
  "de rappel ne passent pas pendant un jour ou deux, c'est normal. À mardi ! Jacques",
  frm="Jacques Beaulieu <jacques.beaulieu@orange.fr>", to=0),

R("fr-neg-belge-question-tarif-visio", [],
  "Séances en visio depuis la Belgique",
  "Bonjour Madame,\n\nJe suis de Liège et je me demandais si vos séances en visioconférence sont possibles "
  "depuis la Belgique, et à quel tarif. Les septante euros indiqués sur le site sont-ils TVA comprise ?\n\n"
  "Bien à vous,\nGeoffrey Lambotte",
  frm="Geoffrey Lambotte <geoffrey.lambotte@skynet.be>", to=0),

R("fr-neg-form-decaler-rdv", [],
  "Formulaire de contact : décaler mon rendez-vous",
  form("cf7", [("De", "Yannick Fleury <yannick.fleury@gmail.com>"), ("Objet", "décaler mon rendez-vous")],
       "Bonjour, je n'arrive pas à modifier ma réservation en ligne. J'avais le jeudi 16h, est-ce possible de "
       "passer au vendredi même heure ? Sinon annulez le jeudi et je reprendrai plus tard. Merci"),
  frm=WP, reply_to="Yannick Fleury <yannick.fleury@gmail.com>", to=2),

R("fr-neg-fils-donnees-pere-vivant", [],
  "Mon père",
  "Bonjour,\n\nMon père, Michel Garreau, 81 ans, vous consulte depuis quelques mois. Il perd un peu la mémoire "
  "et je gère maintenant ses papiers. Pourriez-vous m'envoyer ce que vous avez dans son dossier et me dire "
  "combien il vous a réglé cette année ? Il n'est pas au courant de ma démarche.\n\nCordialement,\n"
  "Stéphane Garreau",
  frm="Stéphane Garreau <stephane.garreau@orange.fr>", to=1),

R("fr-neg-quebec-merci-atelier", [],
  "Merci pour l'atelier!",
  "Bonjour Sandra!\n\nUn gros merci pour l'atelier en ligne d'hier soir, c'était vraiment le fun. J'ai "
  "partagé ton lien avec deux chums de bureau. As-tu des ateliers prévus cet été à l'heure de l'Est?\n\n"
  "Au plaisir,\nMarie-Ève Gagnon",
  frm="Marie-Ève Gagnon <marieeve.gagnon@videotron.ca>", to=0),
]
