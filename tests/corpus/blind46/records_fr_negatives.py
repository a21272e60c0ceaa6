# French negatives written by people (hard negatives and emotional but non-request mail).
from recordlib import M, SANDRA, SANDRA_O

RECORDS = [

M("fr-neg-merci-suppression-faite",
  "Re: Votre demande de suppression",
  """Merci infiniment Sandra, pour la rapidité et pour la gentillesse du message. Ça m'enlève un poids.
Je vous souhaite le meilleur.
Nathalie""",
  [], ("Nathalie Pruvost", "nathalie.pruvost@orange.fr"), mailer="orange",
  quote=dict(style="gmail_fr", frm=SANDRA,
             text="""Bonjour Nathalie,

Je vous confirme que l'ensemble de vos données (dossier de suivi, notes de séance, questionnaires et coordonnées) a été supprimé ce jour, y compris sur la plateforme systeme.io. Seules vos factures sont conservées, comme la loi m'y oblige.

Je vous souhaite une belle route,
Sandra

> Le 2 avril, Nathalie Pruvost a écrit :
> Bonjour, je souhaite que vous supprimiez toutes mes données, y compris mes notes de séance. Merci.""")),
# NEAR-LINE: the quoted history contains an erasure request, but the new text is only a thank-you -> negative.

M("fr-neg-copie-plainte-cnil",
  "Copie de ma plainte",
  """Madame,

Pour votre information, vous trouverez ci-joint la copie de la plainte que j'ai déposée ce jour auprès de la CNIL concernant l'utilisation de mon témoignage.

Je n'attends plus rien de votre part, la suite se fera par leur intermédiaire.

Corinne Lebas""",
  [], ("Corinne Lebas", "corinne.lebas@gmail.com"),
  attachments=[dict(kind="pdf", name="plainte_CNIL_Lebas.pdf",
                    text="CNIL - Formulaire de plainte en ligne\nPlaignante : Corinne LEBAS\nOrganisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun\nObjet : publication d'un temoignage apres retrait du consentement\nDate de depot : 14/01/2026 - Numero : 26-004512")],
  date="2026-01-14 18:22"),
# NEAR-LINE: a copy of a CNIL complaint, no request to her in the new text -> negative.

M("fr-neg-menace-cnil-seule",
  "Inadmissible",
  """Madame,

Votre comportement lors de la séance de groupe de samedi était inadmissible. Me couper la parole devant tout le monde, me dire que je « ruminais », alors que je venais de parler de ma fausse couche !

Je n'ai plus aucune confiance en vous. Sachez que je compte signaler vos pratiques à la CNIL et à votre fédération professionnelle, et laisser un avis sur toutes les plateformes possibles.

Ne me recontactez pas pour vous justifier.

Sylvaine Duret""",
  [], ("Sylvaine Duret", "sylvaine.duret@laposte.net")),
# NEAR-LINE: a CNIL threat and "ne me recontactez pas" about this one incident, but no request about her data -> negative.

M("fr-neg-ex-supprimer-ses-donnees",
  "Concernant Julien Desmarets",
  """Bonjour,

Mon ex-compagnon Julien Desmarets est (ou était) votre client. Nous nous sommes séparés dans des conditions très difficiles et je sais qu'il vous a parlé de moi en détail, de notre vie, de nos disputes.

Je vous demande de supprimer tout ce qui le concerne, et en particulier tout ce qu'il a pu dire sur moi. Je ne supporte pas l'idée que ma vie privée soit consignée dans le dossier de quelqu'un d'autre.

Amélie Foucher""",
  [], ("Amélie Foucher", "amelie.foucher@gmail.com")),
# NEAR-LINE: break-up; she asks to delete her ex's file (another living adult) -> negative.

M("fr-neg-ex-que-vous-a-t-il-dit",
  "Question",
  """Bonsoir Sandra,

Je sais que Fabrice a fait plusieurs séances avec vous cet hiver, avant de me quitter. J'ai besoin de comprendre. Est-ce que vous pourriez me dire ce qu'il vous a raconté sur nous, ou au moins si c'était déjà décidé ?

Je sais que vous êtes tenue au secret mais je suis perdue.

Élise""",
  [], ("Élise Vannier", "elise.vannier@icloud.com"), mailer="iphone"),

M("fr-neg-mari-que-dit-ma-femme",
  "Mon épouse",
  """Madame,

Mon épouse, Christine, vous consulte depuis trois mois. Elle a beaucoup changé depuis, et pas en bien pour notre couple. J'aimerais savoir ce qu'elle vous dit en séance et ce que vous avez dans votre dossier à son sujet. Je paie ces séances, il me semble que j'ai le droit de savoir.

Cordialement,
Pascal Girod""",
  [], ("Pascal Girod", "pascal.girod@orange.fr"), mailer="orange",
  cc=[("Christine Girod", "christine.girod@orange.fr")]),

M("fr-neg-question-droit-supprimer-notes",
  "Petite question",
  """Bonjour Sandra,

Une question qui me trotte dans la tête depuis notre dernière séance : ai-je le droit de vous demander un jour de supprimer mes notes de séance, ou est-ce que vous êtes obligée de les garder pendant un certain temps ? Je ne vous le demande pas maintenant, je veux juste savoir comment ça marche.

Bonne soirée,
Muriel""",
  [], ("Muriel Blanc", "muriel.blanc@free.fr")),
# NEAR-LINE: asks how the erasure right works and says explicitly she is not asking now -> negative.

M("fr-neg-question-duree-sante",
  "Durée de conservation",
  """Bonjour,

Avant de m'engager dans votre accompagnement, j'ai lu votre politique de confidentialité. Combien de temps conservez-vous concrètement les informations de santé qu'on vous confie ? J'ai vu deux ans, est-ce à partir de la fin du contrat ou de la collecte ?

Merci pour votre réponse,
Arnaud Vial""",
  [], ("Arnaud Vial", "arnaud.vial@gmail.com")),

M("fr-neg-annulation-deces-maman",
  "Atelier de samedi",
  """Bonjour Sandra,

Ma maman est décédée mercredi, après des mois de maladie. Je ne serai pas en état de venir à l'atelier de samedi, vous comprendrez.

Je suis effondrée mais aussi un peu soulagée pour elle. Pourriez-vous annuler mon inscription ? Je reviendrai quand je pourrai.

Stéphanie""",
  [], ("Stéphanie Lemoine", "stephanie.lemoine@gmail.com"), mailer="iphone2"),
# NEAR-LINE: bereavement vocabulary, but the deceased was not a client and she only cancels her own booking -> negative.

M("fr-neg-merci-condoleances",
  "Re: Une pensée pour vous",
  """Chère Sandra,

Votre petit mot m'a beaucoup touchée. Papa aurait aimé savoir qu'on pensait à lui, même des gens qu'il n'a jamais rencontrés. Je reprendrai contact pour nos séances quand j'aurai un peu repris pied.

Je vous embrasse,
Laetitia""",
  [], ("Laetitia Fournier", "laetitia.fournier@orange.fr"),
  quote=dict(style="apple_fr", frm=SANDRA,
             text="""Chère Laetitia,

J'ai appris le décès de votre papa. Je vous adresse toutes mes pensées, ainsi qu'à votre famille. Prenez tout le temps qu'il vous faut, nos séances vous attendront.

Sandra""", days=3)),

M("fr-neg-remboursement-colere",
  "Remboursement - réclamation",
  """Madame,

J'ai réglé 450 € pour le stage de cinq jours « Reconnexion » qui a été réduit à trois jours sans préavis « pour raisons personnelles ». Je trouve cela scandaleux.

J'exige le remboursement des deux jours non effectués, soit 180 €, sous huit jours. À défaut, je saisirai le médiateur de la consommation.

Gérald Hamon""",
  [], ("Gérald Hamon", "gerald.hamon@sfr.fr"),
  date="2025-06-02 18:44"),

M("fr-neg-seance-honte-appel",
  "Séance de jeudi",
  """Sandra,

Je sors de notre séance de jeudi avec un sentiment de honte que je n'arrive pas à dépasser. J'ai pleuré pendant vingt minutes et j'ai eu l'impression que vous regardiez l'heure.

Je ne sais pas si c'était le cas, mais j'ai besoin qu'on en parle avant de décider si je continue. Pouvez-vous m'appeler cette semaine ?

Ludivine""",
  [], ("Ludivine Perrin", "ludivine.perrin@hotmail.fr")),

M("fr-neg-supprimer-creneau",
  "Créneau de jeudi",
  """Bonjour Sandra, pourrais-tu supprimer mon créneau de jeudi 17h ? J'ai réservé par erreur sur la mauvaise semaine, c'est le jeudi suivant que je voulais. Merci !
Agnès""",
  [], ("Agnès Royer", "agnes.royer@gmail.com")),

M("fr-neg-effacer-tableau",
  "Schéma du tableau",
  """Bonjour,

Lors de la formation de mardi, vous avez effacé le tableau avant que j'aie pu prendre en photo le schéma sur les trois états du moi. Est-ce que vous l'auriez quelque part en version numérique ?

Merci beaucoup, la formation était passionnante.
Corentin""",
  [], ("Corentin Lagarde", "corentin.lagarde@laposte.net")),

M("fr-neg-acces-salle-pmr",
  "Accès à la salle",
  """Bonjour,

Je suis inscrite à la conférence du 12 à la salle des fêtes. Je me déplace en fauteuil roulant : l'accès à la salle se fait-il de plain-pied, ou faut-il passer par une entrée particulière ?

Merci,
Josiane Caillaud""",
  [], ("Josiane Caillaud", "josiane.caillaud@wanadoo.fr")),

M("fr-neg-copie-facture-mutuelle",
  "Copie de facture",
  """Bonjour Madame,

Ma mutuelle me demande une copie de la facture de mes séances de mars et avril pour le remboursement partiel. Pourriez-vous me la renvoyer ? Je ne retrouve plus l'original.

Merci d'avance,
Patrice Noël""",
  [], ("Patrice Noël", "patrice.noel@orange.fr"), mailer="orange",
  date="2025-05-19 13:10"),
# NEAR-LINE: a copy of an invoice for a mutual insurer is an ordinary business document request, not access to her personal records -> negative.

M("fr-neg-export-agenda",
  "Dates des ateliers dans mon agenda",
  """Bonjour,

Est-il possible d'exporter les dates des ateliers du trimestre dans mon agenda Google ? Sur la page de réservation je ne vois pas de bouton, seulement la liste. Un fichier .ics ferait l'affaire.

Bonne journée,
Vincent""",
  [], ("Vincent Hubert", "vincent.hubert@gmail.com")),

M("fr-neg-corriger-support",
  "Coquille dans le support de formation",
  """Bonjour Sandra,

Petite remarque en relisant le support PDF du module 2 : page 14, le tableau des besoins de Maslow inverse « appartenance » et « estime ». Il faudrait peut-être corriger le document avant la prochaine session.

Sinon, tout était très clair, merci !

Hugo Masson""",
  [], ("Hugo Masson", "hugo.masson@outlook.fr"),
  attachments=[dict(kind="docx", name="Module2_relecture_HM.docx", text="Relecture du support Module 2\np. 14 : inverser appartenance et estime dans la pyramide\np. 21 : coquille 'ecoute activ'\nHugo Masson")]),

M("fr-neg-je-m-oppose-debat",
  "Suite à notre discussion sur le coaching",
  """Bonjour Sandra,

Je repense à notre échange à la fin de la conférence. Je m'oppose vraiment à l'idée, très répandue, que le coaching serait réservé aux cadres pressés. Dans mon association, on voit des personnes au RSA transformées par trois séances.

Seriez-vous partante pour intervenir bénévolement lors de notre journée portes ouvertes en juin ?

Philippe Leroux
Association Rebonds - Châteauroux""",
  [], ("Philippe Leroux", "p.leroux@asso-rebonds.fr")),

M("fr-neg-retirer-colis",
  "Livre commandé",
  """Bonjour,

J'ai commandé votre livret « Cultiver sa joie » il y a dix jours. J'ai reçu un avis de passage mais impossible de retirer le colis au point relais, ils disent qu'il est reparti. Pouvez-vous vérifier de votre côté ?

Merci,
Colette Rigal""",
  [], ("Colette Rigal", "colette.rigal@free.fr")),

M("fr-neg-consentement-eclaire-module",
  "Module déontologie",
  """Bonjour Madame Deloménie,

Je suis inscrite à votre formation de formateurs. Le module 4 parle du consentement éclairé du coaché avant un exercice de visualisation. Pourriez-vous me conseiller une lecture pour approfondir ce point, et le modèle de fiche de consentement que vous utilisez, pour m'en inspirer dans ma pratique ?

Cordialement,
Manuela Costa""",
  [], ("Manuela Costa", "manuela.costa@gmail.com")),

M("fr-neg-formation-rgpd-equipe",
  "Demande de formation pour notre équipe",
  """Bonjour,

Je suis responsable d'une petite structure d'aide à domicile (12 salariés) à Issoudun. Nos intervenantes manipulent beaucoup d'informations personnelles sur les bénéficiaires et nous aimerions une demi-journée de sensibilisation : RGPD, secret professionnel, posture face aux confidences.

Est-ce un sujet que vous pourriez traiter ? Si oui, quel serait le tarif ?

Cordialement,
Évelyne Thomas
Directrice - Domi'Services 36""",
  [], ("Évelyne Thomas", "direction@domiservices36.fr"), mailer="outlook",
  reply_to=("Secrétariat Domi'Services", "secretariat@domiservices36.fr")),

M("fr-neg-mes-informations-inscription",
  "Inscription cercle de femmes",
  """Bonjour Sandra,

Voici mes informations pour l'inscription au cercle de femmes du mois prochain :
Nom : Bernard
Prénom : Laurence
Téléphone : 06 45 12 78 90
Adresse : 8 rue des Minimes, 36100 Issoudun
Régime alimentaire : végétarienne (pour la collation)

Je vous fais le virement dans la semaine.
Laurence""",
  [], ("Laurence Bernard", "laurence.bernard36@gmail.com"),
  attachments=[dict(kind="docx", name="fiche_inscription_cercle.docx", text="Fiche d'inscription - Cercle de femmes\nNom : Bernard\nPrenom : Laurence\nTelephone : 06 45 12 78 90\nAllergies / regime : vegetarienne")],
  date="2026-02-16 19:54"),

M("fr-neg-mot-de-passe-oublie",
  "Mot de passe",
  """Bonjour, je n'arrive plus à me connecter à la formation en ligne, le lien « mot de passe oublié » ne m'envoie rien (j'ai regardé dans les spams). Pouvez-vous réinitialiser mon mot de passe ?
Merci
Francis Duval""",
  [], ("Francis Duval", "francis.duval@wanadoo.fr"), mailer="orange"),

M("fr-neg-acceder-mon-espace",
  "accéder à mon espace",
  """bonjour comment je fais pour accéder à mon espace membre ? j'ai payé hier mais je n'ai rien reçu
merci
Lina""",
  [], ("Lina Bouzid", "lina.bouzid@hotmail.fr"), mailer="outlook_ios"),

M("fr-neg-fermer-compte-seul",
  "Fermeture de compte",
  """Bonjour,

Pouvez-vous fermer mon compte sur votre plateforme de formation ? J'ai terminé le parcours et je n'en ai plus l'usage.

Merci et bonne continuation,
Régis Collin""",
  [], ("Régis Collin", "regis.collin@gmail.com")),
# NEAR-LINE: "close my account" alone, no mention of data -> negative per policy.

M("fr-neg-resiliation-abonnement",
  "Résiliation abonnement mensuel",
  """Bonjour Sandra,

Je souhaite résilier mon abonnement mensuel au groupe d'accompagnement « Les Éclosions » à compter du mois prochain. Financièrement c'est devenu trop juste avec la rentrée des enfants.

J'ai beaucoup aimé ces rencontres, j'espère revenir un jour.
Céline""",
  [], ("Céline Garnier", "celine.garnier@yahoo.fr"), mailer="yahoo",
  date="2025-09-03 21:50"),

M("fr-neg-accord-temoignage",
  "Re: Votre témoignage ?",
  """Avec plaisir Sandra ! Oui, vous pouvez publier mon témoignage avec mon prénom et la photo du stage. Je suis contente si ça peut aider d'autres personnes à franchir le pas.
Bises
Charlotte""",
  [], ("Charlotte Dubois", "charlotte.dubois@gmail.com"),
  quote=dict(style="gmail_fr", frm=SANDRA,
             text="""Bonjour Charlotte,

Merci encore pour ton retour si touchant après le stage. Accepterais-tu que je publie ton témoignage sur le site, avec ton prénom et éventuellement la photo de groupe ? Tu peux bien sûr refuser, ou retirer ton accord plus tard.

Sandra""")),

M("fr-neg-collegue-numero-stagiaire",
  "Numéro de Mélanie",
  """Coucou Sandra,

Lors de la formation j'ai sympathisé avec Mélanie, la grande brune qui travaille à la CAF. On voulait se revoir mais on a oublié d'échanger nos numéros. Tu pourrais me donner le sien, ou son mail ?

Merci !!
Aurore""",
  [], ("Aurore Lenoir", "aurore.lenoir@gmail.com")),

M("fr-neg-rh-liste-presence",
  "Feuilles d'émargement - formation management bienveillant",
  """Bonjour Madame Deloménie,

Dans le cadre du financement OPCO de la formation « Management bienveillant » suivie par six de nos collaborateurs en novembre, pourriez-vous nous transmettre les feuilles d'émargement signées ainsi que les attestations individuelles de fin de formation ?

Cordialement,
Audrey Besnard
Service RH - Menuiseries Berry Ouvertures""",
  [], ("Audrey Besnard", "rh@berry-ouvertures.fr"), mailer="outlook",
  attachments=[dict(kind="csv", name="liste_stagiaires_management_nov.csv", text="nom;prenom;service;dates\nBLANC;Eric;Atelier;18-19/11\nDURAND;Sonia;Administration;18-19/11\nPETIT;Loic;Pose;18-19/11\nMARTIN;Chloe;Commercial;18-19/11\nROCHE;Alain;Atelier;18-19/11\nVERGNE;Lea;Bureau d'etudes;18-19/11\n")], cc=[("Laurent Vergne", "l.vergne@berry-ouvertures.fr")],
  date="2025-12-08 14:02"),
# NEAR-LINE: HR asks for documents about employees (other adults), for funding purposes -> negative.

M("fr-neg-rh-supprimer-salaries",
  "Données de nos salariés",
  """Bonjour,

Notre contrat de formation est arrivé à son terme. Par principe, nous vous demandons de supprimer les données de nos salariés qui ont participé aux sessions (noms, adresses mail, évaluations), maintenant que la prestation est terminée.

Merci de nous confirmer la bonne prise en compte.

Cordialement,
Frédéric Lamy
Responsable administratif - SARL Transports Gaudin""",
  [], ("Frédéric Lamy", "f.lamy@transports-gaudin.fr"),
  cc=[("Direction", "direction@transports-gaudin.fr")]),
# NEAR-LINE: an employer asking about the data of other living adults (its staff), not his own -> negative.

M("fr-neg-mere-fille-majeure",
  "Ma fille Camille",
  """Bonjour Madame,

Ma fille Camille, 24 ans, vous voit depuis le printemps. Elle va mal en ce moment et refuse de m'en parler. Pourriez-vous me dire ce qu'elle vous a confié, ou au moins me montrer son dossier ? Je suis sa mère, je m'inquiète.

Nicole Perrot""",
  [], ("Nicole Perrot", "nicole.perrot@orange.fr"), mailer="orange"),
# NEAR-LINE: parent, but the daughter is an adult -> another living adult's data -> negative.

M("fr-neg-merci-desinscription-faite",
  "RE: Désinscription",
  """Parfait, merci beaucoup pour votre réactivité !
Bonne fin de semaine.
Jacques Morin""",
  [], ("Jacques Morin", "jacques.morin@hotmail.fr"),
  quote=dict(style="outlook_fr", frm=SANDRA,
             subject="Désinscription",
             text="""Bonjour Monsieur Morin,

C'est fait : votre adresse a été retirée de la liste de diffusion de la newsletter. Vous ne recevrez plus nos envois.

Bien cordialement,
Sandra Deloménie
Floraison de Soi"""), mailer="outlook"),

M("fr-neg-honte-groupe-merci",
  "Merci pour le cercle de mardi",
  """Bonjour Sandra,

Je voulais vous dire que sur le coup, j'ai eu un peu honte d'avoir autant parlé de mon divorce devant les autres, surtout la première fois. Et puis en rentrant chez moi je me suis sentie plus légère que depuis des mois.

Alors merci. Je serai là le mois prochain.

Bérénice""",
  [], ("Bérénice Faure", "berenice.faure@gmail.com")),
# NEAR-LINE: shame and divorce vocabulary in a calm thank-you, nothing asked -> negative.

M("fr-neg-colere-atelier-contenu",
  "Atelier colère - une réflexion",
  """Bonjour,

Je repense à votre phrase de samedi : « la colère est une information, pas une faute ». Je l'ai notée sur un post-it collé sur mon frigo. Depuis trois jours, j'essaie de repérer à quoi ma colère veut me faire penser quand je m'énerve contre mon chef.

Je voulais juste partager ça, pas besoin de répondre !

Gaëtan""",
  [], ("Gaëtan Renaud", "gaetan.renaud@free.fr")),

M("fr-neg-atelier-deuil-dates",
  "Atelier sur le deuil",
  """Bonjour,

Une amie m'a parlé de votre atelier « Traverser le deuil ». J'ai perdu mon mari il y a six mois et je crois que j'ai besoin d'en parler avec d'autres personnes qui vivent la même chose.

Quand a lieu la prochaine session, et combien cela coûte-t-il ?

Merci,
Yvette Girard""",
  [], ("Yvette Girard", "yvette.girard@orange.fr"), mailer="orange",
  reply_to=("Yvette Girard", "yvette.girard36@laposte.net")),

M("fr-neg-rupture-reprendre-seances",
  "Reprendre",
  """Bonjour Sandra,

Vous allez peut-être être surprise de me lire. Nous avions arrêté il y a un an parce que « tout allait bien ». Alexandre est parti en janvier et je n'arrive pas à m'en remettre.

Est-ce qu'il serait possible de reprendre des séances ? Je suis disponible les fins d'après-midi.

Manon""",
  [], ("Manon Leroy", "manon.leroy@gmail.com")),

M("fr-neg-identifiez-moi",
  "Photo Facebook",
  """Coucou Sandra, super la photo du stage sur Facebook ! Tu peux m'identifier dessus sans problème, mon profil c'est Carole Bassot. Bisous""",
  [], ("Carole Bassot", "carole.bassot@gmail.com"), mailer="iphone2"),

M("fr-neg-cnil-vrai",
  "Question RGPD",
  """Bonjour,

J'ai lu sur le site de la CNIL qu'on pouvait demander à un professionnel la copie de toutes les données qu'il détient sur nous, et qu'il avait un mois pour répondre. Est-ce que ça s'applique aussi aux coachs, ou seulement aux grandes entreprises ?

C'est par curiosité, je réfléchis à faire une formation pour devenir coach moi-même.

Samia""",
  [], ("Samia Khelifi", "samia.khelifi@gmail.com")),

M("fr-neg-accuse-reception-cnil-fwd",
  "TR: Accusé de réception de votre plainte",
  """Voilà, c'est fait. Vous aurez de leurs nouvelles.""",
  [], ("Bruno Lefranc", "bruno.lefranc@gmail.com"), special="rfc822",
  inner=dict(frm=("CNIL - Ne pas répondre", "ne-pas-repondre@cnil.fr"), to=("Bruno Lefranc", "bruno.lefranc@gmail.com"),
             subject="Accusé de réception de votre plainte n° 26-011907",
             body="""Madame, Monsieur,

Nous accusons réception de votre plainte enregistrée sous le numéro 26-011907, relative à l'organisme FLORAISON DE SOI.

Votre plainte va faire l'objet d'un examen par nos services. Nous vous informerons des suites qui lui seront données.

Compte tenu du nombre important de plaintes reçues, le délai de traitement peut être de plusieurs mois.

La Commission nationale de l'informatique et des libertés"""),
  date="2026-02-05 12:48"),
# NEAR-LINE: forwarded CNIL acknowledgement of a complaint; no request in the new text -> negative.

M("fr-neg-devis-formation",
  "Devis formation gestion du stress",
  """Bonjour,

Nous souhaiterions organiser une formation « Gestion du stress et prévention de l'épuisement » pour nos 8 agents d'accueil, sur deux demi-journées, dans nos locaux.

Pourriez-vous nous adresser un devis ainsi que vos disponibilités pour le premier semestre ?

Bien cordialement,
Sylvie Marchand
Mairie de Reuilly - Ressources humaines""",
  [], ("Sylvie Marchand", "rh@mairie-reuilly.fr"),
  attachments=[dict(kind="docx", name="Cahier_des_charges_formation_stress.docx", text="Mairie de Reuilly - Cahier des charges\nFormation : gestion du stress et prevention de l'epuisement\nPublic : 8 agents d'accueil\nDuree : 2 demi-journees\nLieu : salle du conseil")], cc=[("Jean-Luc Girault", "dgs@mairie-reuilly.fr")]),

M("fr-neg-rectifier-le-tir",
  "Besoin d'une séance",
  """Bonjour Sandra,

Ça fait un moment... J'ai besoin de rectifier le tir avec ma nouvelle manager, on part sur de très mauvaises bases et je sens que je m'enferme dans un rôle de victime. Tu aurais un créneau dans les quinze jours ?

Merci,
Olivier""",
  [], ("Olivier Blanchet", "olivier.blanchet@outlook.fr")),

M("fr-neg-portabilite-numero",
  "Changement d'opérateur",
  """Bonjour Sandra, petite info : je change d'opérateur mais je garde mon numéro grâce à la portabilité, donc rien à modifier de votre côté. Par contre il se peut que je ne sois pas joignable lundi pendant le transfert.
Bonne journée
Nathan""",
  [], ("Nathan Guillot", "nathan.guillot@sfr.fr")),

M("fr-neg-limitation-places",
  "Atelier sophro - places",
  """Bonjour,

J'ai vu qu'il y avait une limitation à 10 places pour l'atelier sophrologie de mars. Est-ce qu'il reste de la place pour deux personnes (ma sœur et moi) ?

Merci,
Rose Aubry""",
  [], ("Rose Aubry", "rose.aubry@laposte.net"),
  date="2026-02-10 12:31"),

M("fr-neg-opposition-cheque",
  "Chèque",
  """Bonjour Madame,

Je me suis fait voler mon chéquier la semaine dernière et j'ai dû faire opposition. Le chèque que je vous ai remis pour l'atelier risque donc d'être rejeté. Je vous fais un virement aujourd'hui, excusez-moi pour le désagrément.

Bien cordialement,
Mireille Paquet""",
  [], ("Mireille Paquet", "mireille.paquet@orange.fr")),

M("fr-neg-acces-replay",
  "Pas d'accès au replay",
  """Bonjour, je n'ai pas accès au replay de la conférence de mardi, le lien me dit « contenu réservé aux membres » alors que j'ai payé. Pouvez-vous vérifier ?
Merci
Quentin""",
  [], ("Quentin Marchal", "quentin.marchal@gmail.com"),
  attachments=[dict(kind="png", name="Screenshot_20251104_213355.png")],
  date="2025-11-04 21:36"),

M("fr-neg-attestation-perdue",
  "Attestation de formation",
  """Bonjour,

J'ai égaré l'attestation de fin de formation que vous m'aviez remise en juin (formation « Écoute active »). France Travail me la réclame pour mon dossier. Pourriez-vous m'en renvoyer un exemplaire ?

Cordialement,
Jonathan Prévost""",
  [], ("Jonathan Prévost", "jonathan.prevost@gmail.com"),
  date="2025-09-16 10:25"),
# NEAR-LINE: re-issuing a lost certificate is an administrative document request, like an invoice copy -> negative.

M("fr-neg-merci-export-recu",
  "Re: Vos données",
  """Bien reçu, merci ! Le fichier s'ouvre sans problème.
Bonne journée
Olivier""",
  [], ("Olivier Sarrazin", "olivier.sarrazin@gmail.com"), mailer="thunderbird",
  quote=dict(style="gmail_fr", frm=SANDRA,
             text="""Bonjour Olivier,

Suite à votre demande, vous trouverez ci-joint vos données au format CSV, ainsi que la liste des informations que je conserve vous concernant.

N'hésitez pas si quelque chose n'est pas clair.

Sandra""", days=5),
  date="2025-04-15 10:44"),

M("fr-neg-doublon-reservation",
  "Réservation en double",
  """Bonjour, j'ai l'impression d'avoir réservé deux fois l'atelier du 4 avril (j'ai reçu deux confirmations). Pouvez-vous supprimer le doublon ? Je ne veux pas payer deux fois !
Merci
Martine Roux""",
  [], ("Martine Roux", "martine.roux@wanadoo.fr"), mailer="orange",
  date="2025-03-25 08:36"),

M("fr-neg-temoignage-anonyme-question",
  "Témoignage",
  """Bonjour Sandra,

Tu m'as demandé si je voulais témoigner sur le site. J'aimerais bien, mais je me demande : est-ce qu'il peut être anonyme ? Et si un jour je change d'avis, est-ce que je pourrai le faire retirer facilement ?

Hélène""",
  [], ("Hélène Martel", "helene.martel@gmail.com")),

M("fr-neg-veuve-seances-pour-moi",
  "Prendre rendez-vous",
  """Bonjour Madame,

Mon mari est décédé en novembre. Ma fille pense que cela me ferait du bien de parler à quelqu'un qui n'est pas de la famille. Je n'ai jamais fait de coaching et je ne sais pas si c'est fait pour moi, à mon âge.

Pourrions-nous en parler au téléphone ? Je suis joignable le matin au 02 54 21 08 47.

Odile Renaud""",
  [], ("Odile Renaud", "odile.renaud@orange.fr"), mailer="none",
  date="2026-01-20 09:20"),
# NEAR-LINE: a widow writing after a death, but about booking sessions for herself, nothing about the deceased's data -> negative.

M("fr-neg-nouvelles-ancienne-cliente",
  "Des nouvelles !",
  """Sandra !

Je voulais vous annoncer que j'ai enfin signé le CDI à la médiathèque. Après tout ce qu'on avait travaillé sur le syndrome de l'imposteur, j'ai réussi l'entretien sans trembler (enfin, presque).

Merci, merci, merci.
Justine""",
  [], ("Justine Caron", "justine.caron@gmail.com")),

M("fr-neg-drive-pas-acces",
  "Document Drive",
  """Bonjour, je n'ai pas accès au dossier Google Drive des ressources de la formation, j'ai un message « Vous avez besoin d'une autorisation ». J'utilise mon adresse pro, c'est peut-être pour ça ?
Bonne journée
Fabrice Besse""",
  [], ("Fabrice Besse", "f.besse@groupe-berrichon.fr"),
  attachments=[dict(kind="png", name="image001.png")]),

M("fr-neg-comptable-facture",
  "TR: Facture fournisseur - salle Les Hauts de Rozay",
  """Bonjour Sandra,

Je te transfère la facture de la salle pour l'atelier de décembre, il manque ton numéro SIRET pour que je puisse l'intégrer proprement. Tu peux voir avec eux ?

Bonne journée,
Karine
Cabinet Comptable Berrichon""",
  [], ("Karine Lucas", "k.lucas@cabinet-berrichon.fr"), special="rfc822",
  inner=dict(frm=("Les Hauts de Rozay", "contact@hautsderozay.fr"), to=("Karine Lucas", "k.lucas@cabinet-berrichon.fr"),
             subject="Facture FA-2025-118",
             body="""Bonjour,

Veuillez trouver ci-dessous le détail de la facture FA-2025-118 pour la location de la salle Tilleul le 13/12 :
Location journée : 180,00 EUR HT
Ménage : 30,00 EUR HT
Total TTC : 252,00 EUR

Cordialement,
La gestion - Les Hauts de Rozay""")),

M("fr-neg-sms-ok-merci",
  "Re: Confirmation RDV",
  """ok merci c note, a jeudi""",
  [], ("Dylan", "dylan.perrin36@gmail.com"), cte="7bit",
  quote=dict(style="gmail_fr", frm=SANDRA,
             text="""Bonjour Dylan, je te confirme notre rendez-vous jeudi à 18h. À bientôt, Sandra""", days=1)),

M("fr-neg-supervision-coach",
  "Supervision",
  """Bonjour Sandra,

Je suis coach certifiée depuis deux ans, installée à Vierzon. Une collègue m'a dit que vous proposiez de la supervision individuelle. J'aurais besoin d'un espace pour déposer deux situations délicates (une cliente en deuil, une autre qui me confie des choses très intimes et dont je ne sais pas quoi faire).

Quelles sont vos conditions ?

Anaïs Fontaine""",
  [], ("Anaïs Fontaine", "anais.fontaine.coaching@gmail.com")),

M("fr-neg-carnet-oublie",
  "Carnet oublié",
  """Bonjour Sandra,

J'ai oublié mon carnet bleu dans la salle après la séance de groupe. Il contient mes notes très personnelles (mon journal en fait). Est-ce que vous pourriez le mettre de côté, sans l'ouvrir s'il vous plaît ? Je passe le récupérer mardi.

Merci mille fois,
Anne-Sophie""",
  [], ("Anne-Sophie Roger", "annesophie.roger@gmail.com")),

M("fr-neg-question-donnees-couple",
  "Question sur nos dossiers",
  """Bonjour,

Mon conjoint et moi avons suivi l'accompagnement couple. Nous sommes en train de nous séparer. Si l'un de nous demandait un jour la suppression de ses données, est-ce que cela effacerait aussi celles de l'autre, puisque certaines séances étaient communes ? Comment faites-vous dans ce cas ?

Merci de m'éclairer,
Véronique""",
  [], ("Véronique Hardy", "veronique.hardy@gmail.com")),
# NEAR-LINE: break-up and "suppression" vocabulary, but it is a question about how the right works -> negative.

M("fr-neg-collegue-photo",
  "Photo séminaire",
  """Bonjour Sandra,

Sur la photo du séminaire de l'équipe comptable publiée sur LinkedIn, il y a ma collègue Sandrine (deuxième rang). Elle n'ose pas vous écrire mais elle ne veut pas apparaître sur internet. Est-ce que vous pourriez l'enlever ?

Merci pour elle,
Patricia""",
  [], ("Patricia Lebrun", "patricia.lebrun@cofiberry.fr"), mailer="outlook"),
# NEAR-LINE: asks to remove a colleague's photo; the data subject is another living adult who has not written -> negative.

M("fr-neg-fille-pour-maman-vivante",
  "Newsletter de maman",
  """Bonjour,

Ma maman (Denise Collet, 84 ans) reçoit votre newsletter et elle s'embrouille avec tous ces mails. Pourriez-vous la désinscrire ? Je gère un peu ses mails depuis qu'elle a été hospitalisée.

Merci beaucoup,
Florence""",
  [], ("Florence Collet", "florence.collet@gmail.com")),
# NEAR-LINE: daughter unsubscribing her living adult mother without a stated mandate -> another adult's data -> negative.

]
