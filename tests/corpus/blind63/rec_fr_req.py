# French messages that exercise one or more rights.
from common import R, C, O, SANDRA_C, SANDRA_O

RECORDS = [
R("fr-acces-copie-dossier-ancienne-cliente", "Murielle Bonnin <murielle.bonnin@orange.fr>",
  "mon dossier",
  """Bonjour Sandra,

J'ai fait une dizaine de séances avec vous en 2023 (après mon burn-out). Je voudrais récupérer tout ce que vous avez gardé sur moi : vos notes, les questionnaires que j'avais remplis, le bilan de fin. Est-ce que vous pouvez me l'envoyer par mail ?

Merci d'avance,
Murielle""", ["access"], mailer="UA:Mozilla Thunderbird"),

R("fr-acces-quelles-infos-sms", "Kev Marchand <kev.marchand36@gmail.com>",
  "question",
  """slt c kevin de l atelier du samedi. vous avez quoi comme infos sur moi exactement ?? jaimerais savoir svp
merci""", ["access"], mailer="UA:Android"),

R("fr-acces-formel-article15", "Bérengère de Lacombe <b.delacombe@wanadoo.fr>",
  "Demande d'accès - article 15 du RGPD",
  """Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- la confirmation que des données me concernant sont traitées ;
- une copie de l'ensemble de ces données ;
- les finalités, les destinataires et la durée de conservation envisagée ;
- la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Vous trouverez ci-joint la copie de ma carte d'identité. Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Bérengère de Lacombe
12, allée des Tilleuls
18000 Bourges""", ["access"],
  att=[("pdf", "CNI_de_Lacombe.pdf", "REPUBLIQUE FRANCAISE - Carte nationale d'identite - DE LACOMBE Berengere - nee le 03.07.1961")],
  cte="qp"),

R("fr-acces-source-donnees-prospect", "Patrice Goujon <patrice.goujon@free.fr>",
  "Comment avez-vous eu mon adresse ?",
  """Bonjour,

Je reçois depuis trois semaines votre lettre d'information alors que je ne me suis jamais inscrit nulle part chez vous. Je voudrais savoir d'où vous tenez mon adresse mail, et ce que vous avez d'autre à mon sujet.

Et arrêtez de m'envoyer la newsletter, merci.

P. Goujon""", ["access", "objection"]),

R("fr-acces-notes-seances-quebec", "Geneviève Tremblay <gen.tremblay@videotron.ca>",
  "Mes notes de rencontres",
  """Bonjour Sandra!

J'ai fait mes rencontres de coaching avec vous par vidéo l'automne passé, pendant mon séjour en France. Là je commence un suivi avec une psychologue ici à Québec et j'aimerais beaucoup pouvoir lui montrer ce qu'on a travaillé ensemble. Serait-ce possible de m'envoyer une copie de vos notes sur moi pis des exercices que j'avais remplis?

Merci gros, bonne journée là-bas!
Geneviève""", ["access"], mailer="iPhone Mail (21E236)"),

R("fr-acces-partage-tiers", "Hervé Lucchini <herve.lucchini@laposte.net>",
  "Transmission de mes informations ?",
  """Madame Delomenie,

Suite à notre accompagnement de l'an dernier, j'ai été contacté par un organisme de formation qui semblait connaître mon parcours. Avez-vous communiqué mes coordonnées ou des éléments me concernant à quelqu'un ? Si oui, à qui précisément ? Je souhaite avoir la liste.

Cordialement,
Hervé Lucchini""", ["access"]),

R("fr-acces-questionnaire-reponses", "Amandine Roux <amandine.roux@hotmail.fr>",
  "Re: Votre questionnaire de début d'accompagnement",
  """Bonjour,

Je me rends compte que je n'ai pas gardé de copie de ce que j'avais répondu. Vous pourriez me renvoyer mes réponses ? Ça m'aiderait pour la séance de la semaine prochaine.

Amandine""", ["access"],
  quote=dict(style="outlook", frm=SANDRA_C, text="""Bonjour Amandine,

Voici le questionnaire à remplir avant notre première séance. Prenez votre temps, il n'y a pas de bonne ou de mauvaise réponse.

Belle journée,
Sandra""")),

R("fr-acces-belge-tout", "Jean-Luc Vandenbroucke <jl.vandenbroucke@skynet.be>",
  "Demande de mes données",
  """Bonjour Madame,

J'ai participé à votre stage de septante-deux heures l'an passé (formation à l'écoute active). Pourriez-vous m'envoyer l'ensemble des données que vous conservez à mon nom ? Je fais un peu le tri dans ma vie numérique, rien de grave, je vous rassure.

Je vous remercie déjà, et à tantôt peut-être.
Jean-Luc""", ["access"]),

R("fr-acces-portabilite-mutuelle", "Sophie Allard <sophie.allard@gmail.com>",
  "Demande d'export de mes données",
  """Bonjour Sandra,

Je change de coach (rien contre vous, je déménage à Nantes). Ma nouvelle accompagnante me demande si vous pourriez lui transmettre directement mon historique dans un format qu'elle puisse importer, idéalement un fichier tableur ou CSV. Son adresse : cabinet@elan-nantes.fr.

Et j'aimerais aussi voir moi-même ce que vous avez gardé, par curiosité.

Merci pour tout,
Sophie""", ["access", "portability"], cc="cabinet@elan-nantes.fr"),

R("fr-portabilite-csv", "Thomas Nguyen <thomas.nguyen@outlook.fr>",
  "Fichier de mes données",
  """Bonjour,

Est-ce possible d'avoir mes informations (fiche client, rendez-vous, factures) dans un fichier exploitable, genre CSV ou JSON ? Je veux les reprendre dans mon propre outil.

Merci,
Thomas Nguyen""", ["portability"]),

R("fr-portabilite-vers-systemeio-autre", "Laurence Petitjean <laurence.petitjean@sfr.fr>",
  "transfert de mon parcours de formation",
  """Bonjour Madame Delomenie,

Je poursuis ma formation de praticienne chez un autre organisme (Les Ateliers du Lien, à Tours). Ils me demandent de leur faire parvenir mes résultats et mes heures validées. Pouvez-vous leur envoyer directement ces éléments sous forme numérique ? Leur contact : admin@ateliersdulien.fr

Bien cordialement,
Laurence Petitjean""", ["portability"]),

R("fr-portabilite-suisse", "Nicole Favre <nicole.favre@bluewin.ch>",
  "Demande de transmission de mes données",
  """Chère Madame,

Je me permets de vous écrire depuis Lausanne. Je souhaiterais recevoir les données que je vous ai fournies lors de mon inscription et de mon accompagnement, sous un format structuré et lisible par machine, afin de les transmettre à mon nouveau thérapeute. Je vous remercie de bien vouloir me les faire parvenir d'ici la fin du mois.

Avec mes meilleures salutations,
Nicole Favre""", ["portability"]),

R("fr-portabilite-formel-art20", "Maître Claire Joubert <c.joubert@avocat-joubert.fr>",
  "Droit à la portabilité - Mme Isabelle Perrin",
  """Madame,

J'interviens en qualité de conseil de Madame Isabelle Perrin, qui m'a donné mandat à cet effet (pouvoir joint).

Sur le fondement de l'article 20 du RGPD, ma cliente sollicite la transmission, dans un format structuré, couramment utilisé et lisible par machine, des données personnelles qu'elle vous a fournies, y compris les échanges écrits relatifs à son accompagnement.

Je vous remercie de me faire parvenir ces éléments à l'adresse du cabinet.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Claire Joubert
Avocate au Barreau de Châteauroux
Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de son destinataire.""",
  ["portability"],
  att=[("pdf", "Pouvoir_Perrin.pdf", "POUVOIR - Je soussignee Isabelle Perrin donne mandat a Maitre Claire Joubert pour exercer mes droits RGPD")],
  mailer="Microsoft Outlook 16.0"),

R("fr-rectif-nom-orthographe", "Anaïs Lefebvre <anais.lefebvre@gmail.com>",
  "Erreur sur mon nom",
  """Bonjour,

Sur l'attestation de formation et sur les mails que je reçois, mon prénom est écrit « Anais » sans tréma et mon nom « Lefèvre ». C'est Anaïs Lefebvre. Vous pouvez corriger dans votre fichier svp ?

Merci beaucoup !
Anaïs""", ["rectification"]),

R("fr-rectif-nouveau-tel", "Roger Baudin <roger.baudin@orange.fr>",
  "changement de numéro",
  """Bonjour Sandra

J'ai changé de portable, l'ancien 06 12 44 87 90 n'existe plus. Le nouveau c'est le 07 83 21 56 04. Merci de mettre à jour.

Roger""", ["rectification"]),

R("fr-rectif-adresse-demenagement", "Célia Marin <celia.marin@yahoo.fr>",
  "Nouvelle adresse postale",
  """Bonjour Sandra,

Petit message pour vous dire que j'ai déménagé : à la place du 14 rue des Capucins à Châteauroux, ce sera désormais 3 impasse du Moulin, 36100 Issoudun. (Je me rapproche !)

Bonne semaine,
Célia""", ["rectification"]),

R("fr-rectif-note-fausse", "Didier Masson <didier.masson@free.fr>",
  "Re: compte-rendu de séance",
  """Sandra,

Je relis le compte-rendu que vous m'avez envoyé et il y a une erreur : je n'ai jamais dit que j'avais été licencié, j'ai démissionné. Ce n'est pas pareil et j'y tiens. Merci de corriger ça dans votre dossier.

Didier""", ["rectification"],
  quote=dict(style="gmail", frm=SANDRA_O, text="""Bonjour Didier,

Voici comme convenu le compte-rendu de notre séance de mardi. Points abordés : départ de l'entreprise suite à licenciement, projet de reconversion...

Sandra""")),

R("fr-rectif-date-naissance", "Marie-Thérèse Vigneron <mt.vigneron@wanadoo.fr>",
  "date de naissance erronée",
  """Madame,

Sur la fiche d'inscription au stage que j'ai reçue, ma date de naissance est indiquée au 12/04/1958. C'est le 21/04/1958. Je vous serais reconnaissante de bien vouloir rectifier.

Respectueusement,
M.-T. Vigneron""", ["rectification"]),

R("fr-rectif-mail-remplace", "Justine Caron <justine.caron.pro@gmail.com>",
  "Changement d'adresse mail",
  """Coucou Sandra !

Je n'utilise plus justine.caron@neuf.fr, elle va être fermée. Tu peux m'écrire sur celle-ci à la place (justine.caron.pro@gmail.com) pour les infos du cercle de femmes ?

Bises
Justine""", ["rectification"]),
# NEAR-LINE: old email replaced with new value given -> rectification only, not erasure.

R("fr-rectif-completer-profession", "Yannick Le Goff <yannick.legoff@bbox.fr>",
  "Complément à ma fiche",
  """Bonjour,

Dans ma fiche d'inscription je n'avais pas mis ma profession ni mon employeur parce que j'étais en transition. Maintenant c'est fait : je suis éducateur spécialisé à l'ADAPEI de l'Indre. Pouvez-vous compléter mon dossier s'il vous plaît, pour la convention de formation ?

Merci
Yannick Le Goff""", ["rectification"]),

R("fr-effacement-simple", "Laetitia Morel <laetitia.morel@hotmail.fr>",
  "Suppression",
  """Bonjour, pouvez-vous supprimer toutes les données me concernant ? Je n'ai plus besoin de vos services.
Merci
L. Morel""", ["erasure"]),

R("fr-effacement-sans-accents", "Fred Pichon <fredpichon@laposte.net>",
  "effacer mes donnees",
  """bonjour
jai fait un atelier chez vous il y a longtemps et je voudrai que vous effaciez tout ce que vous avez sur moi, nom adresse tel tout
merci davance
fred""", ["erasure"]),

R("fr-effacement-compte-et-donnees", "Océane Benoît <oceane.benoit@icloud.com>",
  "Fermer mon compte Systeme.io et effacer mes infos",
  """Bonjour Sandra,

Je souhaiterais que vous fermiez mon compte sur votre espace de formation en ligne et que toutes mes données soient effacées (profil, progression, messages). J'ai terminé le module et je préfère ne rien laisser traîner.

Merci et bonne continuation,
Océane

Envoyé de mon iPhone""", ["erasure"], mailer="iPhone Mail (22D72)"),

R("fr-effacement-euphemisme", "Christiane Fouquet <christiane.fouquet@orange.fr>",
  "Oubliez-moi",
  """Bonjour Sandra,

Je ne vais pas m'étendre, la période a été difficile. J'aimerais juste que vous fassiez comme si je n'étais jamais passée par chez vous : plus de fiche, plus de notes, plus rien à mon nom dans vos classeurs ni dans votre ordinateur.

Merci pour votre compréhension, et pour ce que vous m'avez apporté malgré tout.

Christiane""", ["erasure"]),
# NEAR-LINE: euphemistic "comme si je n'étais jamais passée" + no file left -> erasure.

R("fr-effacement-article17-pj", "Grégoire Lambert <gregoire.lambert@protonmail.com>",
  "Exercice du droit à l'effacement (art. 17 RGPD)",
  """Madame,

Conformément à l'article 17 du RGPD, je vous demande l'effacement de l'ensemble des données à caractère personnel me concernant, y compris les copies de sauvegarde et les données transmises à vos sous-traitants (Systeme.io, Google Drive).

Je vous saurais gré de me confirmer par écrit l'exécution de cette demande.

Grégoire Lambert""", ["erasure"],
  att=[("pdf", "justificatif_identite.pdf", "Passeport - LAMBERT Gregoire - 19AB12345 - valable jusqu'au 2031")]),

R("fr-effacement-plus-opposition-sms", "Nadia Belkacem <nadia.belkacem93@gmail.com>",
  "Stop SMS + suppression",
  """Bonjour,
Je reçois encore vos SMS pour les ateliers alors que je vous ai dit que je ne viendrai plus. Merci d'arrêter et de supprimer mon numéro et tout le reste de mes coordonnées.
Nadia""", ["erasure", "objection"]),
# NEAR-LINE: stop SMS = objection; "supprimer mon numéro et tout le reste" without a new value = erasure, not rectification.

R("fr-effacement-parent-mineur", "Stéphane Girard <stephane.girard@orange.fr>",
  "Données de ma fille Léa (14 ans)",
  """Bonjour Madame,

Ma fille Léa Girard a participé en février à votre atelier « confiance en soi ado ». Sa mère et moi ne souhaitons pas que ses informations (fiche d'inscription, questionnaire, photos de groupe éventuelles) soient conservées. Merci de tout supprimer la concernant et de me le confirmer.

Stéphane Girard, père de Léa""", ["erasure"]),

R("fr-effacement-retrait-temoignage", "Manon Texier <manon.texier@gmail.com>",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

J'avais accepté avec plaisir que vous publiiez mon témoignage (avec ma photo) sur votre site et sur Facebook. Aujourd'hui, je change de poste et je ne veux plus qu'on me trouve en tapant mon nom. Pouvez-vous le retirer, et par la même occasion effacer toutes mes données chez vous ?

Merci de votre compréhension
Manon""", ["erasure", "withdraw_consent"]),

R("fr-effacement-quebec", "Marc-André Gagnon <ma.gagnon@hotmail.com>",
  "Effacement de mon dossier",
  """Bonjour,

J'ai suivi votre webinaire l'an passé pis je me suis inscrit à votre infolettre. Je ne suis plus intéressé. Je vous demanderais de désabonner mon courriel et d'effacer mon dossier au complet, s'il vous plaît.

Merci, bonne journée
Marc-André""", ["erasure", "objection"]),

R("fr-effacement-long-mail-enfoui", "Isabelle Rigaud <isabelle.rigaud@gmail.com>",
  "Des nouvelles",
  """Bonjour Sandra,

Cela fait presque deux ans que nous ne nous sommes pas parlé. Je voulais d'abord vous dire que j'ai finalement sauté le pas : j'ai quitté la banque et j'ai ouvert mon petit salon de thé à Vierzon. Ce n'est pas tous les jours facile, mais je me lève le matin avec envie, et ça, je vous le dois en partie.

Mes enfants vont bien, le grand passe son bac cette année, la petite fait du théâtre. Mon mari a été un soutien formidable même s'il a eu peur au début (comme moi !).

Je profite de ce message pour une chose un peu plus administrative : comme j'ai tourné la page, je préférerais que vous ne gardiez plus mon dossier d'accompagnement ni mes coordonnées. Vous pouvez tout effacer, vraiment.

Si un jour vous passez par Vierzon, le thé est pour moi !

Avec toute ma gratitude,
Isabelle""", ["erasure"]),

R("fr-effacement-avocat-mandat", "Cabinet Ferrand & Associés <secretariat@ferrand-avocats.fr>",
  "V/Réf. : M. Alain Deschamps - demande d'effacement et d'opposition",
  """Madame,

Nous intervenons pour le compte de Monsieur Alain Deschamps, en vertu du mandat ci-joint.

Notre client s'oppose à tout traitement de ses données à des fins de prospection et demande l'effacement de l'ensemble de ses données personnelles, en application des articles 17 et 21 du RGPD.

Nous vous remercions de nous adresser, dans le délai légal, la confirmation des mesures prises.

Pour le Cabinet,
Me Hugues Ferrand""", ["erasure", "objection"],
  att=[("pdf", "mandat_Deschamps.pdf", "MANDAT - M. Alain Deschamps mandate Me Hugues Ferrand - RGPD"),
       ("pdf", "CNI_Deschamps.pdf", "Carte nationale d'identite - DESCHAMPS Alain")],
  mailer="Microsoft Outlook 16.0", cte="qp"),

R("fr-limitation-gel", "Bruno Chevalier <bruno.chevalier@outlook.fr>",
  "En attendant",
  """Bonjour Sandra,

Je suis en litige avec mon employeur, qui a financé mon bilan chez vous, et mon avocat pourrait avoir besoin de certains documents. Donc surtout ne supprimez rien de mon dossier pour le moment, mais ne l'utilisez plus et ne le transmettez à personne, même si l'entreprise vous le demande.

Merci de me confirmer.
Bruno Chevalier""", ["restriction"]),

R("fr-limitation-contestation-exactitude", "Agathe Royer <agathe.royer@gmail.com>",
  "Fiche de suivi inexacte",
  """Madame Delomenie,

Je conteste plusieurs éléments de la fiche de suivi que vous m'avez transmise (notamment ce qui concerne ma santé). Tant que nous n'aurons pas vérifié ensemble ce qui est exact, je vous demande de ne plus utiliser ces informations, de ne pas les partager et de les mettre de côté.

Agathe Royer""", ["restriction"]),
# NEAR-LINE: contesting accuracy and pausing processing -> restriction only (no correction given yet).

R("fr-limitation-ne-pas-effacer", "Pascal Hamon <pascal.hamon@sfr.fr>",
  "Ne pas effacer svp",
  """Bonjour,

J'ai reçu votre mail disant que mon compte de formation serait supprimé après 12 mois d'inactivité. Merci de ne PAS le supprimer : j'en ai besoin pour prouver mes heures auprès de France Travail. Par contre vous n'avez pas besoin de vous en servir pour autre chose, gardez-le juste de côté.

Pascal Hamon""", ["restriction"]),
# NEAR-LINE: "don't delete, don't use" -> restriction.

R("fr-limitation-belge-suspendre", "Françoise Dubois <francoise.dubois@telenet.be>",
  "Suspension du traitement",
  """Madame,

Je vous demande de bien vouloir suspendre toute utilisation de mes données personnelles le temps que je réfléchisse à la suite que je souhaite donner à notre collaboration. Ne les effacez pas pour autant.

Avec mes salutations,
Françoise Dubois, Namur""", ["restriction"]),

R("fr-limitation-et-acces", "Loïc Perrot <loic.perrot@free.fr>",
  "Dossier de formation - demande",
  """Bonjour Madame,

Suite au différend sur la facturation de la formation, je vous demande :
1) de m'envoyer la copie de tout ce que vous détenez sur moi (inscription, émargements, évaluations) ;
2) de geler ces données en attendant la résolution du litige : pas de suppression, pas d'utilisation.

Loïc Perrot""", ["access", "restriction"]),

R("fr-opposition-newsletter", "Hélène Brunet <helene.brunet@gmail.com>",
  "désinscription",
  """Bonjour, merci de me retirer de votre newsletter. Bonne continuation. Hélène""", ["objection"]),

R("fr-opposition-newsletter-au-dessus-citation", "Jacques Meunier <jacques.meunier@orange.fr>",
  "RE: 🌸 La lettre de printemps de Floraison de Soi",
  """Je ne souhaite plus recevoir ces messages. Merci.
J. Meunier""", ["objection"],
  quote=dict(style="outlook", frm=SANDRA_C, subj="🌸 La lettre de printemps de Floraison de Soi", text="""Bonjour à toutes et à tous,

Le printemps arrive et avec lui un nouveau cycle d'ateliers « Oser s'affirmer ». Les inscriptions sont ouvertes jusqu'au 20 mars.

Au programme : trois samedis matin, un groupe de huit personnes maximum, et beaucoup de bienveillance.

À très vite,
Sandra

Pour ne plus recevoir cette lettre, cliquez ici.""")),

R("fr-opposition-sms-ecrit-vite", "Jordan <jordan.lemaire17@gmail.com>",
  "stop",
  """arretez les sms pour les promos svp jen recois 2 par semaine""", ["objection"], mailer="UA:Android"),

R("fr-opposition-profilage", "Arnaud Deville <arnaud.deville@outlook.com>",
  "Analyse de mon comportement",
  """Bonjour,

J'ai lu votre politique de confidentialité : vous mesurez l'audience avec Google Analytics et vous adaptez vos propositions selon les formations déjà achetées. Je refuse que mes clics et mon historique d'achats servent à me cibler. Merci d'en tenir compte pour mon compte.

A. Deville""", ["objection"]),

R("fr-opposition-statistiques", "Danielle Leroux <danielle.leroux@laposte.net>",
  "Mes réponses au questionnaire",
  """Bonjour Sandra,

Vous nous aviez dit en fin de stage que les réponses au questionnaire de satisfaction serviraient à faire des statistiques pour votre bilan annuel. Je préfère que les miennes ne soient pas utilisées pour ça. Ce n'est pas contre vous, c'est un principe.

Danielle""", ["objection"]),
# NEAR-LINE: client (less than 3 years) -> legitimate interest basis; refusing statistical use is objection, not withdraw_consent.

R("fr-opposition-prospection-ancien-client", "Michel Garnier <michel.garnier@wanadoo.fr>",
  "Sollicitations",
  """Madame,

Mon accompagnement s'est terminé il y a plus de trois ans. Je continue pourtant de recevoir des propositions de stages par courrier et par téléphone. Je ne souhaite plus être démarché, de quelque manière que ce soit.

Michel Garnier""", ["objection"]),

R("fr-opposition-whatsapp-groupe", "Audrey Besson <audrey.besson@gmail.com>",
  "groupe WhatsApp",
  """Hello Sandra, est-ce que tu peux me sortir du groupe WhatsApp des anciennes du stage et ne plus m'ajouter aux prochains ? Je ne veux plus recevoir les annonces par là. Merci ☺️""", ["objection"]),
# NEAR-LINE: leaving a marketing/announcement channel and not wanting further messages -> objection.

R("fr-opposition-html-seule", "Valérie Schmitt <valerie.schmitt@estvideo.fr>",
  "Désabonnement",
  """Bonjour,

Merci de ne plus m'envoyer vos offres commerciales ni la lettre mensuelle.

Cordialement,
Valérie Schmitt
Strasbourg""", ["objection"], html="only"),

R("fr-opposition-et-effacement-court", "Eric <eric.thibault@numericable.fr>",
  "Re: Invitation : atelier « Gérer son stress » du 14 mars",
  """Plus d'invitations svp, et supprimez-moi de vos fichiers.""", ["erasure", "objection"],
  quote=dict(style="gmail", frm=SANDRA_C, subj="Invitation : atelier « Gérer son stress » du 14 mars", text="""Bonjour,

J'ai le plaisir de vous inviter à l'atelier « Gérer son stress au quotidien », samedi 14 mars de 9h30 à 12h, 46 rue d'Estienne d'Orves à Issoudun.

Participation : 35 €. Inscription en réponse à ce mail.

Sandra Delomenie
Floraison de Soi""")),

R("fr-retrait-temoignage-video", "Caroline Maillard <caroline.maillard@gmail.com>",
  "Vidéo témoignage",
  """Bonjour Sandra,

Je ne suis plus très à l'aise avec la vidéo où je raconte mon parcours, qui passe sur votre page Facebook et sur le site. Je retire mon accord pour sa diffusion. Vous pouvez la retirer quand vous aurez un moment ?

Merci, et bravo pour tout ce que tu fais.
Caroline""", ["withdraw_consent"]),

R("fr-retrait-photo-atelier", "Sylvie Dupuis <sylvie.dupuis@orange.fr>",
  "photo de groupe",
  """Bonjour,

Je me suis vue sur la photo de groupe de l'atelier publiée sur Instagram. J'avais dit oui sur le moment mais finalement je préfère qu'elle ne reste pas en ligne, ou alors floutez-moi.

Sylvie D.""", ["withdraw_consent"]),

R("fr-retrait-consentement-sante", "Nathalie Perrier <nathalie.perrier@free.fr>",
  "Consentement données de santé",
  """Madame,

Lors de la signature de mon contrat d'accompagnement, j'avais consenti à ce que vous recueilliez des informations sur ma santé (traitement, suivi médical). Je retire ce consentement. Je ne souhaite plus que ces informations soient utilisées dans le cadre de nos séances.

Nathalie Perrier""", ["withdraw_consent"]),

R("fr-retrait-enregistrement-audio", "Damien Roche <damien.roche@gmail.com>",
  "Enregistrement de la séance collective",
  """Salut Sandra,

Tu avais enregistré la séance de groupe du 12 (avec notre accord à tous) pour en faire un replay. Finalement je ne suis plus d'accord pour que ma voix y soit. Si tu peux couper mon passage ou ne pas diffuser ce replay, ce serait top.

Damien""", ["withdraw_consent"]),

R("fr-retrait-cookies", "Thierry Baron <thierry.baron@laposte.net>",
  "Cookies de votre site",
  """Bonjour,

J'ai accepté les cookies de mesure d'audience sur floraisondesoi.fr un peu vite. Je ne trouve pas comment revenir sur ce choix. Considérez que je retire mon accord, et merci de supprimer ce qui a été collecté via ces traceurs.

T. Baron""", ["withdraw_consent"]),
# NEAR-LINE: withdraw consent to trackers + delete what the trackers collected (not "all my data") -> withdraw_consent only.

R("fr-retrait-questionnaire-recherche", "Émilie Garnier <emilie.garnier@univ-tours.fr>",
  "Utilisation de mes réponses",
  """Bonjour Madame Delomenie,

J'avais accepté que mes réponses au questionnaire « bien-être au travail » servent à votre étude. Je reviens sur cet accord : merci de ne pas les intégrer.

Bien à vous,
Émilie Garnier
Doctorante, Université de Tours""", ["withdraw_consent"]),

R("fr-retrait-newsletter-prospect-consentement", "Lucie Prévost <lucie.prevost@gmail.com>",
  "Je me désinscris",
  """Bonjour Sandra !

Je m'étais inscrite à ta newsletter en téléchargeant l'ebook gratuit, mais je reçois trop de mails en ce moment. Je me désinscris, merci 🙏""", ["objection"]),
# NEAR-LINE: newsletter unsubscribe stays objection even when subscription was consent-based (policy rule).

R("fr-retrait-temoignage-ecrit-belge", "Dominique Lejeune <dominique.lejeune@proximus.be>",
  "Témoignage à enlever",
  """Bonjour Sandra,

Mon petit mot de témoignage est toujours sur votre site, avec mon prénom et ma ville. Je ne souhaite plus qu'il y figure, je retire mon autorisation. Ce n'est pas un reproche, hein, juste une question de discrétion.

Une fois, merci !
Dominique""", ["withdraw_consent"]),

R("fr-postmortem-fille-maman", "Corinne Aubert <corinne.aubert@gmail.com>",
  "Décès de ma maman, Jeannine Aubert",
  """Bonjour Madame,

Je suis la fille de Jeannine Aubert, qui a participé à plusieurs de vos cercles de parole. Maman est décédée le 2 février. En rangeant ses papiers j'ai vu vos courriers. Pourriez-vous clôturer tout ce qui la concerne et arrêter les envois ? Et s'il existe des notes à son sujet, j'aimerais savoir ce que vous en faites.

Je joins l'acte de décès.

Corinne Aubert""", ["post_mortem"],
  att=[("pdf", "acte_deces_Aubert.pdf", "ACTE DE DECES - Jeannine AUBERT - decedee le 2 fevrier 2026 a Chateauroux")]),

R("fr-postmortem-notaire", "Office notarial Bertin-Marchal <accueil@bertin-marchal.notaires.fr>",
  "Succession de M. Robert Chauvet",
  """Madame,

En notre qualité de notaire chargé du règlement de la succession de Monsieur Robert Chauvet, décédé le 18 décembre 2025, nous vous remercions de bien vouloir nous indiquer si vous détenez des données ou documents concernant le défunt, et de procéder à la clôture de son compte client.

Vous trouverez ci-joint l'acte de notoriété.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Bertin
Sophie, clerc de notaire""", ["post_mortem"],
  att=[("pdf", "acte_notoriete_Chauvet.pdf", "ACTE DE NOTORIETE - Succession Robert CHAUVET - Office notarial Bertin-Marchal")],
  mailer="Microsoft Outlook 16.0"),

R("fr-postmortem-directives-soi", "Monique Ferrand <monique.ferrand@orange.fr>",
  "Mes directives pour après",
  """Chère Sandra,

J'ai 78 ans et je mets mes affaires en ordre, sans tristesse. Je voudrais que, le jour où je ne serai plus là, vous détruisiez tout ce que vous avez sur moi, sauf les textes que j'ai écrits pendant l'atelier d'écriture : ceux-là, vous pouvez les remettre à ma petite-fille Clara (clara.ferrand@gmail.com) si elle le demande.

Merci de noter cela quelque part.
Avec mon affection,
Monique""", ["post_mortem"]),

R("fr-postmortem-veuf-photos", "Gilbert Rousseau <gilbert.rousseau@wanadoo.fr>",
  "ma femme Danièle",
  """Bonjour madame,

Ma femme Danièle Rousseau nous a quittés en janvier. Elle aimait beaucoup vos ateliers. Il y a des photos d'elle sur votre page Facebook. Je voudrais bien qu'on les enlève, c'est trop dur de tomber dessus. Et si vous pouviez m'envoyer une copie de celle où elle rit, au jardin, ça me ferait plaisir.

Gilbert Rousseau""", ["post_mortem"]),
# NEAR-LINE: relative after a death asks for removal + copy -> post_mortem only, whatever is asked.

R("fr-postmortem-fils-acces", "Benoît Lacroix <benoit.lacroix@gmail.com>",
  "Données de mon père décédé",
  """Bonjour,

Mon père, Henri Lacroix, est décédé le mois dernier. Il avait suivi un accompagnement chez vous en 2024. En tant qu'héritier, je souhaite avoir accès aux éléments le concernant, notamment les factures et les échanges, pour régler la succession.

Merci de m'indiquer les pièces à fournir.
Benoît Lacroix""", ["post_mortem"]),

R("fr-postmortem-soeur-suppression-sms", "Karine <karine.vidal@sfr.fr>",
  "ma soeur",
  """bjr ma soeur Estelle Vidal est decedee en decembre, elle recoit toujours vos mails sur son adresse que je consulte. merci de tout supprimer la concernant.
karine""", ["post_mortem"]),

R("fr-postmortem-directive-heritier-designe", "Jean-Pierre Mallet <jp.mallet@free.fr>",
  "Directive particulière",
  """Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous fais part de mes directives particulières concernant mes données personnelles détenues par Floraison de Soi : à mon décès, elles devront être effacées, à l'exception des factures que la loi vous impose de conserver. Je désigne mon fils Antoine Mallet pour veiller à leur exécution.

Jean-Pierre Mallet
Né le 4 mai 1950 à Bourges""", ["post_mortem"],
  att=[("pdf", "directives_Mallet_signees.pdf", "Directives particulieres - Jean-Pierre Mallet - signe a Issoudun")]),

R("fr-postmortem-fille-quebec", "Chantal Bouchard <chantal.bouchard@videotron.ca>",
  "Ma mère Lise",
  """Bonjour,

Ma mère Lise Bouchard est décédée le 8 février à Montréal. Elle m'avait parlé de ses rencontres avec vous l'été passé, lors de son voyage. Je voudrais savoir si vous avez des écrits d'elle, des exercices, n'importe quoi. Pour nous, ce serait précieux. Je peux vous envoyer le certificat.

Chantal""", ["post_mortem"]),

R("fr-postmortem-conjoint-newsletter", "Alain Perret <alain.perret@orange.fr>",
  "Re: Atelier d'avril - il reste des places !",
  """Bonjour,

Mon épouse, Martine Perret, est décédée il y a trois semaines. Merci de la retirer de vos listes.

A. Perret""", ["post_mortem"],
  quote=dict(style="gmail", frm=SANDRA_C, subj="Atelier d'avril - il reste des places !", text="""Bonjour Martine,

Il reste trois places pour l'atelier d'avril « Écouter ses besoins ».

Sandra""")),
# NEAR-LINE: heir asking unsubscribe after death -> post_mortem only, not objection.

R("fr-multi-acces-rectif", "Patricia Lemoine <patricia.lemoine@gmail.com>",
  "Vérification de mon dossier",
  """Bonjour Sandra,

Je pense que vous avez encore mon ancien nom de jeune fille (Pasquier) et mon ancienne adresse à Déols. Pouvez-vous m'envoyer ce que vous avez dans ma fiche pour que je vérifie ? Et déjà, corrigez en Lemoine, 22 rue Jean Jaurès, 36000 Châteauroux.

Merci !
Patricia""", ["access", "rectification"]),

R("fr-multi-effacement-portabilite", "Romain Delaunay <romain.delaunay@hotmail.com>",
  "Avant de partir",
  """Bonjour,

Je voudrais récupérer mes exercices et mon historique de séances dans un fichier que je puisse réutiliser (format ouvert), puis que vous supprimiez tout de votre côté.

Merci,
Romain""", ["erasure", "portability"]),

R("fr-multi-opposition-retrait", "Estelle Guérin <estelle.guerin@yahoo.fr>",
  "Facebook et mails",
  """Bonjour,

Deux choses : j'enlève mon accord pour que ma photo apparaisse dans vos publications, et je ne veux plus recevoir les mails promotionnels.

Estelle Guérin""", ["objection", "withdraw_consent"]),

R("fr-multi-acces-effacement-drh", "Sébastien Morin <sebastien.morin@gmail.com>",
  "Bilan de compétences financé par mon employeur",
  """Bonjour Madame Delomenie,

Mon employeur (Agrilis SA) avait financé mon bilan chez vous en 2024. J'ai quitté l'entreprise. Je voudrais savoir exactement ce qui leur a été transmis à l'époque, et recevoir une copie de mon dossier. Ensuite, je souhaite que tout soit effacé.

Sébastien Morin""", ["access", "erasure"]),

R("fr-multi-rectif-limitation", "Hugues Barbier <hugues.barbier@orange.fr>",
  "Attestation de formation erronée",
  """Bonjour,

Mon attestation mentionne 14 heures au lieu de 21 heures. Merci de corriger. En attendant la correction, ne transmettez pas cette attestation à mon OPCO.

Hugues Barbier""", ["rectification", "restriction"]),

R("fr-multi-trois-droits", "Samia Haddad <samia.haddad@outlook.fr>",
  "Mes demandes",
  """Bonjour Sandra,

- envoyez-moi une copie de mes données, s'il vous plaît
- désinscrivez-moi de la newsletter
- et retirez mon témoignage écrit du site

Merci beaucoup,
Samia""", ["access", "objection", "withdraw_consent"]),

R("fr-multi-quebec-acces-portabilite", "Sylvain Côté <sylvain.cote@sympatico.ca>",
  "Mon dossier de formation",
  """Allô Sandra,

Je suis rendu en Gaspésie et je commence une autre formation. Peux-tu m'envoyer mes évaluations et mes travaux dans un format que je peux téléverser dans leur plateforme? Pis dis-moi aussi quelles autres informations tu gardes à mon sujet, juste pour savoir.

Merci ben gros!
Sylvain""", ["access", "portability"]),

R("fr-acces-roundabout-enregistrement", "Odile Carpentier <odile.carpentier@wanadoo.fr>",
  "Une petite question",
  """Bonjour Sandra,

Vous souvenez-vous que vous preniez des notes pendant nos séances, dans votre carnet bleu ? Je me demandais ce que vous y aviez écrit sur moi. J'aimerais beaucoup les lire, si vous voulez bien me les transmettre.

Amicalement,
Odile""", ["access"]),

R("fr-effacement-polie-question", "Aurélie Dumas <aurelie.dumas@gmail.com>",
  "suppression de mes données ?",
  """Bonjour,

Pourriez-vous supprimer mes données de votre base ? Je n'ai finalement pas donné suite au premier rendez-vous découverte.

Bonne journée,
Aurélie Dumas""", ["erasure"]),
# NEAR-LINE: polite question asking for the thing -> request.

R("fr-opposition-contact-tel", "René Marchal <rene.marchal@orange.fr>",
  "appels",
  """Madame,
Je vous prie de ne plus me téléphoner pour me proposer des séances. Si j'ai besoin, je reviendrai vers vous.
R. Marchal""", ["objection"]),

R("fr-effacement-rgpd-lettre-pdf", "Fabienne Collin <fabienne.collin@laposte.net>",
  "Courrier RGPD",
  """Bonjour,

Veuillez trouver en pièce jointe mon courrier. Merci de m'accuser réception.

Fabienne Collin""", ["erasure"],
  att=[("docx", "courrier_suppression.docx", "Fabienne Collin\n8 rue du Stade 36100 Issoudun\n\nObjet : demande de suppression de mes donnees personnelles\n\nMadame, je vous demande de supprimer l'ensemble de mes donnees personnelles (article 17 du RGPD).\n\nFabienne Collin")]),
# NEAR-LINE: the request itself is in the DOCX attachment; labelled by what the message asks.

R("fr-acces-objet-seul", "Lionel Martineau <lionel.martineau@gmail.com>",
  "Merci de m'envoyer une copie de toutes mes données personnelles", "", ["access"]),

R("fr-effacement-objet-seul", "Paulette Henry <paulette.henry@orange.fr>",
  "Supprimez mes coordonnées de votre fichier svp", "", ["erasure"]),

R("fr-rectif-formulaire-contact", "Formulaire floraisondesoi.fr <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Delphine Arnaud",
  """Nom : Delphine Arnaud
E-mail : delphine.arnaud@gmail.com
Téléphone : 06 45 87 12 33
Sujet : Modification

Message :
Bonjour, je me suis inscrite au webinaire avec une faute dans mon adresse mail (delphine.arnaud@gmial.com). La bonne adresse est delphine.arnaud@gmail.com. Merci de corriger pour que je reçoive le lien !

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  ["rectification"], reply_to="Delphine Arnaud <delphine.arnaud@gmail.com>", to=C),

R("fr-effacement-formulaire-contact", "Formulaire floraisondesoi.fr <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Karim Benali",
  """Nom : Karim Benali
E-mail : k.benali@free.fr
Téléphone :
Sujet : Autre

Message :
J'ai rempli le formulaire de contact par erreur en voulant contacter une autre coach, merci d'effacer mes coordonnées.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  ["erasure"], reply_to="Karim Benali <k.benali@free.fr>", to=C),

R("fr-opposition-formulaire-html", "Formulaire floraisondesoi.fr <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Gisèle Poirier",
  """Nom : Gisèle Poirier
E-mail : gisele.poirier@orange.fr
Sujet : Newsletter

Message :
Je ne veux plus de la lettre d'info. Merci.""",
  ["objection"], reply_to="gisele.poirier@orange.fr", to=C, html="alt"),

R("fr-postmortem-neveu-compte", "Mathieu Gauthier <mathieu.gauthier@gmail.com>",
  "Compte de mon oncle",
  """Bonjour,

Mon oncle Claude Gauthier est décédé en novembre. Je m'occupe de ses affaires. Il avait un compte sur votre plateforme de formation et il est toujours prélevé de l'abonnement mensuel. Pouvez-vous fermer ce compte et effacer ses données ? Je peux fournir le certificat de décès.

Cordialement,
Mathieu Gauthier""", ["post_mortem"]),

R("fr-postmortem-directives-soi-mail-court", "Yvette Renaud <yvette.renaud@laposte.net>",
  "Après moi",
  """Sandra, quand je serai partie, je veux que mon fils Pierre puisse récupérer mes carnets d'atelier que vous gardez. Le reste, vous le jetez. Voilà, c'est dit ! Bises, Yvette""", ["post_mortem"]),

R("fr-limitation-pause-utilisation-temoignage-non", "Clément Fabre <clement.fabre@gmail.com>",
  "Mes données pendant mon arrêt",
  """Bonjour Sandra,

Je suis en arrêt maladie pour quelques mois. Je ne veux pas arrêter définitivement l'accompagnement, mais je préfère que mon dossier soit mis en pause complète : plus de relances, plus d'utilisation de mes réponses, rien. Surtout ne supprimez rien, je veux reprendre ensuite.

Merci
Clément""", ["restriction"]),

R("fr-limitation-rh-contestation", "Marion Lefort <marion.lefort@gmail.com>",
  "Compte-rendu transmis à mon entreprise",
  """Bonjour,

Je conteste l'exactitude de la synthèse de bilan que vous avez rédigée. Je vous demande de ne pas l'envoyer à mon service RH tant que nous n'en avons pas discuté, et de ne pas l'utiliser d'ici là.

Marion Lefort""", ["restriction"]),

R("fr-acces-mobile-typos", "Ginette <ginette.blanchard@orange.fr>",
  "Re: Facture",
  """Bjr Sandra. Pourriez vous m envoyer ce que vous avez ecrit sur moi pendant nos rdv ? je voudrais le relire. Merci bcp. Ginette

Envoyé depuis mon mobile Orange""", ["access"],
  quote=dict(style="apple", frm=SANDRA_O, subj="Facture", text="""Bonjour Ginette,
Vous trouverez ci-joint votre facture pour la séance du 3 mars.
Belle journée,
Sandra""")),

R("fr-portabilite-agenda-ics-piege", "Coralie Mercier <coralie.mercier@gmail.com>",
  "Récupérer mes données de suivi",
  """Bonjour Sandra,

J'ai utilisé ton appli de suivi d'humeur pendant le programme de 8 semaines. Est-ce que je peux récupérer toutes mes saisies dans un fichier (Excel ou CSV), pour continuer dans mon carnet perso ? Merci !

Coralie""", ["portability"]),

R("fr-portabilite-prestataire", "Henri Vasseur <henri.vasseur@wanadoo.fr>",
  "transfert",
  """Bonjour,
Mon nouveau coach, M. Olivier Raynal, me demande mon dossier. Envoyez-le-lui directement par mail sous forme numérique, je vous autorise : o.raynal@raynal-coaching.fr.
Merci
H. Vasseur""", ["portability"]),

R("fr-multi-portabilite-effacement-belge", "Kevin Peeters <kevin.peeters@gmail.com>",
  "Dossier",
  """Bonjour Madame,

Je voudrais que vous transfériez mes données à ma nouvelle coach (en format informatique, elle utilise le même logiciel que vous), et ensuite qu'il n'en reste plus rien chez vous. C'est possible, ça ?

Merci bien, et à la revoyure.
Kevin Peeters, Liège""", ["erasure", "portability"]),

R("fr-rectif-note-sante", "Jocelyne Picard <jocelyne.picard@free.fr>",
  "Correction d'une information médicale",
  """Bonjour Sandra,

Dans ma fiche de suivi, il est noté que je suis diabétique. C'est mon mari qui l'est, pas moi ! Il a dû y avoir une confusion lors du premier entretien. Pourriez-vous rectifier ?

Jocelyne""", ["rectification"]),

R("fr-opposition-tel-apres-relance", "Antoine Robin <antoine.robin@gmail.com>",
  "Re: Relance - votre accompagnement",
  """Bonjour,

Merci pour la relance mais je ne souhaite pas être recontacté pour des offres. Merci de me retirer de vos relances commerciales.

Antoine""", ["objection"],
  quote=dict(style="gmail", frm=SANDRA_C, text="""Bonjour Antoine,

Je reviens vers vous suite à notre appel découverte de janvier. Avez-vous pu réfléchir à la proposition d'accompagnement ? Je reste disponible.

Sandra""")),

R("fr-retrait-temoignage-et-effacement-cc", "Alexandra Millet <alexandra.millet@gmail.com>",
  "Retrait de mon accord + suppression",
  """Bonjour,

Je reviens sur mon accord pour la publication de mon témoignage et de la vidéo de l'atelier. Je vous demande aussi de supprimer l'ensemble des données personnelles me concernant.

Merci de me confirmer par écrit.

Alexandra Millet""", ["erasure", "withdraw_consent"], cc="paul.millet@gmail.com"),

R("fr-retrait-photo-enfant-parent", "Céline Fontaine <celine.fontaine@orange.fr>",
  "Photo de mon fils",
  """Bonjour Madame Delomenie,

J'avais signé l'autorisation de droit à l'image pour mon fils Hugo (12 ans) lors du stage ados des vacances. Finalement son père n'est pas d'accord. Je retire donc cette autorisation et vous demande d'enlever les photos où il apparaît.

Céline Fontaine""", ["withdraw_consent"]),

R("fr-acces-parent-mineur", "Olivier Brun <olivier.brun@gmail.com>",
  "Dossier de notre fils Théo",
  """Bonjour Madame,

Notre fils Théo (15 ans) a suivi 4 séances de coaching scolaire chez vous. En tant que parents, nous souhaiterions recevoir une copie des informations que vous détenez à son sujet (fiche, questionnaires).

Cordialement,
Olivier Brun""", ["access"]),

R("fr-multi-rectif-opposition", "Bernadette Caillaud <bernadette.caillaud@wanadoo.fr>",
  "Mes coordonnées",
  """Bonjour,

Mon adresse a changé : 5 place de la Mairie, 36260 Reuilly (au lieu de la rue des Vignes). Et, tant que j'y suis, je ne veux plus recevoir les prospectus papier des stages.

Bernadette Caillaud""", ["objection", "rectification"]),

R("fr-multi-acces-retrait", "Florent Leclerc <florent.leclerc@gmail.com>",
  "Questionnaires",
  """Bonjour Sandra,

J'ai répondu à plusieurs questionnaires sur votre plateforme. Je voudrais avoir une copie de mes réponses, et je retire mon accord pour qu'elles soient utilisées pour vos études de satisfaction.

Florent""", ["access", "withdraw_consent"]),
# NEAR-LINE: he frames it as consent ("retire mon accord") to questionnaire use -> withdraw_consent per policy.

R("fr-effacement-ex-stagiaire-entreprise-payee", "Julie Marchetti <julie.marchetti@gmail.com>",
  "Formation managers - mes données",
  """Bonjour,

J'ai participé à la formation « Manager avec bienveillance » payée par mon ancien employeur. J'ai quitté la société et je voudrais que mes évaluations individuelles et mes coordonnées soient supprimées de vos fichiers. Je ne veux pas que mon ancien employeur y ait encore accès.

Julie Marchetti""", ["erasure"]),

R("fr-acces-outlook-reponse", "Régis Hubert <regis.hubert@live.fr>",
  "RE: Confirmation de votre inscription",
  """Bonjour,

Merci. Au passage, pourriez-vous me dire quelles informations vous avez enregistrées sur moi lors de l'inscription, et à qui elles sont transmises (Systeme.io, Stripe...) ?

Régis Hubert""", ["access"],
  quote=dict(style="outlook", frm=SANDRA_C, subj="Confirmation de votre inscription", text="""Bonjour Régis,

Votre inscription à la formation « Prendre la parole en public » (avril 2026) est bien enregistrée.

Sandra""")),

R("fr-effacement-html-alt", "Nathan Leroy <nathan.leroy@outlook.com>",
  "Demande de suppression de compte et de données",
  """Bonjour,

Je vous demande de supprimer mon compte sur votre plateforme de formation ainsi que toutes les données qui y sont liées (profil, historique, commentaires).

Merci d'avance,
Nathan Leroy""", ["erasure"], html="alt", mailer="Microsoft Outlook 16.0"),

R("fr-opposition-b64-newsletter", "Martine Clément <martine.clement@orange.fr>",
  "Ne plus recevoir vos mails",
  """Madame,

Je vous remercie de bien vouloir me rayer de votre liste de diffusion.

Salutations,
Martine Clément""", ["objection"], cte="b64"),

R("fr-limitation-sms-style", "Enzo <enzo.rossi.36@gmail.com>",
  "mon dossier",
  """jsuis en conflit avec la boite qui a payé le coaching, donc gardez mon dossier mais l'utilisez pas et le donnez a personne stp. merci""", ["restriction"]),

R("fr-rectif-quebec", "Mélanie Lavoie <melanie.lavoie@gmail.com>",
  "Correction de mon nom",
  """Bonjour,

Depuis mon mariage je porte le nom Lavoie-Pelletier. Pourriez-vous corriger mon nom dans vos dossiers pis sur ma prochaine facture?

Merci!
Mélanie Lavoie-Pelletier""", ["rectification"]),

R("fr-acces-iphone-tres-court", "Stéphanie Vial <stephanie.vial@icloud.com>",
  "Mes infos",
  """Vous pouvez m'envoyer ce que vous avez sur moi dans vos dossiers ? Merci

Envoyé de mon iPhone""", ["access"], mailer="iPhone Mail (22D72)"),

R("fr-opposition-au-dessus-rappel-rdv", "Lucas Fournier <lucas.fournier@gmail.com>",
  "Re: Rappel : votre rendez-vous du 17 mars",
  """Je serai bien là mardi. Par contre, merci d'arrêter de m'inscrire à vos mails promos, je n'en veux pas.

Lucas""", ["objection"],
  quote=dict(style="gmail", frm=SANDRA_C, subj="Rappel : votre rendez-vous du 17 mars", text="""Bonjour Lucas,

Je vous rappelle notre rendez-vous mardi 17 mars à 18h.

À mardi,
Sandra""")),

R("fr-retrait-forward-ami", "Pierre-Yves Colin <py.colin@gmail.com>",
  "Fwd: Votre témoignage est en ligne !",
  """Sandra, finalement je préfère que mon témoignage ne soit pas publié. Merci de l'enlever.""", ["withdraw_consent"],
  quote=dict(style="fwd", frm=SANDRA_C, subj="Votre témoignage est en ligne !", text="""Bonjour Pierre-Yves,

Merci encore pour votre beau témoignage, il est désormais en ligne sur la page « Ils m'ont fait confiance ».

Sandra""")),
]
