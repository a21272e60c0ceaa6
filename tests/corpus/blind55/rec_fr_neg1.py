# French negatives, part 1: mail written by people (clients, prospects, partners, relatives).
from recbase import R

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
PHPMAILER = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"

RECORDS = [

R("fr-supprimer-creneau-jeudi",
  "créneau de jeudi",
  """Bonjour Sandra,

Est-ce que tu peux supprimer mon créneau de jeudi 17h ? J'ai une réunion qui a été déplacée et je ne pourrai pas me libérer. Je reprends un rendez-vous la semaine suivante directement sur Calendly.

Merci, bonne soirée
Julie""",
  [], hard=True,
  frm="Julie Mercier <julie.mercier@gmail.com>"),

R("fr-effacer-tableau-salle-formation",
  "Salle pour la formation du 6",
  """Bonjour Sandra,

Pour la formation du 6 que l'on co-anime, j'ai vu avec la mairie : la salle Arago est réservée de 8h30 à 17h30. Petite précision, le tableau blanc n'avait pas été effacé la dernière fois et les feutres étaient secs, donc j'apporte les miens et une bombe de nettoyant.

De ton côté, tu t'occupes des paperboards ?

À mardi,
Christophe
--
Christophe Aumont – Formateur en management
06 70 ** ** **""",
  [], hard=True,
  frm="Christophe Aumont <christophe.aumont@formation-aumont.fr>", mailer="Mozilla Thunderbird", date="2025-12-01 20:10"),

R("fr-code-acces-salle",
  "code pour entrer",
  """Bonjour, c'est Lydie, j'ai rdv demain à 18h30. La dernière fois la porte de l'immeuble était fermée et j'ai attendu dehors, vous pouvez me redonner le code d'accès à la salle d'attente ? Merci !""",
  [], hard=True,
  frm="Lydie Carpentier <lydie.carpentier@gmail.com>"),

R("fr-copie-facture-mutuelle",
  "Facture pour ma mutuelle",
  """Bonjour,

Ma mutuelle rembourse une partie des séances de coaching (forfait bien-être). Pourriez-vous m'envoyer une copie des factures de septembre et octobre ? Je ne les retrouve plus dans mes mails.

Merci beaucoup,
Sonia Ferreira""",
  [], hard=True,
  # NEAR-LINE: a copy of invoices is a business document, not a request for her personal data (policy list).
  frm="Sonia Ferreira <sonia.ferreira@hotmail.fr>", date="2025-11-20 18:00"),

R("fr-export-agenda-ateliers",
  "calendrier des ateliers",
  """Bonjour,

Est-ce qu'il existe un moyen d'exporter le calendrier de vos ateliers vers mon agenda Google ? Un lien .ics ou quelque chose comme ça. Sinon je les rentrerai à la main, ce n'est pas grave.

Merci,
Romain""",
  [], hard=True,
  frm="Romain Fabre <romain.fabre@gmail.com>"),

R("fr-corriger-cv-lettre",
  "Mon CV corrigé",
  """Bonjour Sandra,

Comme convenu lors de notre séance, je vous envoie mon CV et ma lettre de motivation pour le poste à la Mutualité. Pourriez-vous les corriger et me dire ce que vous en pensez ? Surtout la partie « compétences », je n'arrive pas à la rendre vivante.

Merci mille fois,
Amandine""",
  [], hard=True,
  frm="Amandine Roy <amandine.roy@gmail.com>", html="alt",
  attach=[("docx", "CV_Amandine_Roy.docx",
           ["Amandine ROY", "Assistante administrative - 8 ans d'experience",
            "Competences : organisation, accueil, suivi de dossiers"]),
          ("docx", "Lettre_motivation_Mutualite.docx",
           ["Madame, Monsieur,", "Je souhaite vous proposer ma candidature au poste de gestionnaire..."])]),

R("fr-ado-s-oppose-a-tout",
  "Question avant notre séance",
  """Bonjour Sandra,

Avant notre séance de lundi, je voulais vous raconter ce qui s'est passé ce week-end pour qu'on puisse en parler. Mon fils de 14 ans s'oppose à absolument tout en ce moment : les devoirs, les repas en famille, le téléphone le soir. Dimanche ça a fini en cris, et je me suis entendue dire exactement les phrases que ma mère me disait.

J'ai essayé l'exercice des « besoins derrière la colère » mais je n'ai pas réussi à rester calme assez longtemps. On pourra y revenir ?

Merci,
Virginie""",
  [], hard=True,
  frm="Virginie Laurent <virginie.laurent@wanadoo.fr>"),

R("fr-colis-point-relais-jeu-cartes",
  "colis jeu de cartes",
  """Bonjour,

J'avais commandé votre jeu de cartes « Les mots qui apaisent » il y a 15 jours. Je n'ai pas pu retirer le colis à temps au point relais (j'étais en déplacement) et il vous a été retourné.

Est-ce que vous pourriez me le renvoyer ? Je peux payer les frais de port à nouveau si besoin.

Cordialement,
Bernard Lucas""",
  [], hard=True,
  frm="Bernard Lucas <bernard.lucas@orange.fr>"),

R("fr-lycee-atelier-consentement",
  "Intervention au lycée – consentement et relations",
  """Madame,

Je suis CPE au lycée Balzac d'Issoudun. Dans le cadre des séances d'éducation à la vie affective, nous cherchons une intervenante pour animer deux ateliers auprès des élèves de seconde sur le thème du consentement, de l'estime de soi et du respect dans les relations.

Une collègue m'a parlé de votre travail. Seriez-vous disponible au deuxième trimestre ? Pourriez-vous nous faire parvenir une proposition et un devis ?

Bien cordialement,
Nadège Petit
Conseillère principale d'éducation""",
  [], hard=True,
  frm="Nadège Petit <nadege.petit@ac-orleans-tours.fr>", html="alt"),

R("fr-consoeur-rgpd-pratique",
  "Question RGPD entre collègues",
  """Coucou Sandra,

J'espère que tu vas bien ! Je me lance enfin dans la rédaction de ma politique de confidentialité (oui, je sais, il était temps...). Toi qui as fait la tienne, comment tu gères les notes de séance ? Tu les gardes combien de temps ? Et tu demandes un consentement écrit pour les données de santé ?

Si tu as 10 minutes pour un appel cette semaine, je suis preneuse. Je t'offre un café au salon du bien-être en échange :)

Bises,
Karima
--
Karima Saïdi – Sophrologue – Vierzon""",
  [], hard=True,
  frm="Karima Saidi <karima.sophro@gmail.com>"),

R("fr-mes-informations-inscription",
  "Inscription atelier « Apprivoiser ses émotions »",
  """Bonjour,

Je souhaite m'inscrire à l'atelier du samedi 18 octobre. Voici mes informations :

Nom : Berthier
Prénom : Colette
Adresse : 15 rue du Château, 36100 Issoudun
Téléphone : 06 33 71 48 02
Mail : celui-ci

Je réglerai par chèque sur place si c'est possible.

Cordialement,
Colette Berthier""",
  [], hard=True,
  frm="Colette Berthier <colette.berthier@laposte.net>", cte="8bit", date="2025-09-25 14:10"),

R("fr-annulation-atelier-samedi",
  "Annulation",
  """Bonjour Sandra,

Je suis désolée mais je vais devoir annuler ma participation à l'atelier de samedi, ma fille est malade. Est-ce que je peux reporter sur la session de novembre ?

Merci et désolée pour le dérangement,
Estelle""",
  [], hard=True,
  frm="Estelle Morin <estelle.morin@sfr.fr>", date="2025-10-16 07:45"),

R("fr-resilier-abonnement-mensuel",
  "Résiliation de mon abonnement",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à partir du mois prochain. Merci de ne plus prélever après le paiement de ce mois-ci.

Cordialement,
Nathan Bonnet""",
  [], hard=True,
  frm="Nathan Bonnet <nathan.bonnet@gmail.com>"),

R("fr-mot-de-passe-espace-formation",
  "Impossible d'accéder à mon espace",
  """Bonjour,

Je n'arrive plus à accéder à mon espace de formation. J'ai cliqué sur « mot de passe oublié » mais je ne reçois aucun mail (j'ai regardé dans les spams). Mon identifiant est bien cette adresse.

Pouvez-vous m'aider ? Je voudrais finir le module 4 avant la fin du mois.

Merci !
Gaëlle Pruvost""",
  [], hard=True,
  frm="Gaëlle Pruvost <gaelle.pruvost@yahoo.fr>", html="alt"),

R("fr-fermer-mon-compte-seul",
  "Fermeture de compte",
  """Bonjour,

Vous pouvez fermer mon compte sur votre plateforme, je n'en ai plus l'utilité.

Bonne journée,
Patrick Dumas""",
  [], hard=True,
  # NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).
  frm="Patrick Dumas <patrick.dumas@free.fr>"),

R("fr-question-duree-conservation",
  "Question sur les notes",
  """Bonjour Sandra,

Je commence l'accompagnement avec vous le mois prochain et je me posais une question un peu bête : combien de temps gardez-vous les notes de séance après la fin du suivi ? Et est-ce qu'elles sont sur papier ou sur ordinateur ?

Merci d'avance,
Léa""",
  [], hard=True,
  frm="Léa Vincent <lea.vincent@gmail.com>"),

R("fr-ai-je-le-droit-question",
  "Une question",
  """Bonjour,

J'ai fait un bilan avec vous l'an dernier. Je voulais savoir : est-ce que j'ai le droit de demander à consulter ce que vous avez écrit sur moi ? Et si oui, comment ça se passe concrètement, il faut envoyer un courrier ?

Je ne le demande pas tout de suite, c'est juste pour savoir.

Merci,
Cédric Aubert""",
  [], hard=True,
  # NEAR-LINE: asks how the access right works, explicitly not asking yet -> negative (policy).
  frm="Cédric Aubert <cedric.aubert@outlook.fr>"),

R("fr-copie-plainte-cnil",
  "Copie de ma plainte auprès de la CNIL",
  """Madame,

Pour votre information, je vous transmets ci-dessous copie de la plainte que j'ai déposée ce jour auprès de la CNIL concernant la réception répétée de vos messages commerciaux.

---
Plainte n° 25-0****
Organisme mis en cause : Floraison de Soi – Sandra Dumot-Deloménie, Issoudun
Description : je reçois des courriels de prospection malgré plusieurs demandes de désinscription restées sans effet.
---

Salutations,
R. Texier""",
  [], hard=True,
  # NEAR-LINE: copy of a CNIL complaint, no request made to her in the new text -> negative (policy).
  frm="Robert Texier <robert.texier@laposte.net>"),

R("fr-mere-fils-adulte-seances",
  "Mon fils Maxime",
  """Bonjour Madame,

Mon fils Maxime (25 ans) vient vous voir depuis quelques mois. Je m'inquiète beaucoup pour lui en ce moment, il ne nous parle presque plus. Est-ce que vous pourriez me dire de quoi il vous parle en séance, ou au moins s'il va bien ? Je ne lui dirai pas que je vous ai écrit.

Merci de votre compréhension,
Françoise Rivière""",
  [], hard=True,
  # NEAR-LINE: a parent asking about an ADULT child's data -> third party, negative.
  frm="Françoise Rivière <francoise.riviere@orange.fr>"),

R("fr-collegue-pour-collegue",
  "Pour ma collègue Julie",
  """Bonjour,

Je me permets de vous écrire pour ma collègue Julie Fabre, qui a suivi votre formation avec moi en juin. Elle voudrait que vous supprimiez ses données mais elle n'ose pas vous écrire elle-même, elle est un peu timide. Vous pouvez le faire ?

Merci !
Amélie Caron""",
  [], hard=True,
  # NEAR-LINE: colleague asking about another living adult's data -> negative (policy).
  frm="Amélie Caron <amelie.caron@ca-centreouest.fr>", mailer="Microsoft Outlook 16.0"),

R("fr-merci-au-dessus-confirmation-effacement",
  "Re: Suppression de vos données",
  """Merci beaucoup Sandra pour la rapidité, c'est parfait.
Belle continuation à vous !
Hélène""",
  [], hard=True,
  # NEAR-LINE: thank-you above a quoted, already handled erasure -> negative.
  frm="Hélène Masson <helene.masson@gmail.com>",
  quote=dict(style="gmail-fr", days=1, text="""Bonjour Hélène,

Comme vous me l'avez demandé, j'ai supprimé l'ensemble de vos données de mes fichiers (fichier clients, outil d'emailing et espace de formation).

Bien cordialement,
Sandra Delomenie

Le lun. 3 mars 2025 à 09:12, Hélène Masson <helene.masson@gmail.com> a écrit :
> Bonjour, pouvez-vous supprimer toutes mes données ? Merci. Hélène"""), date="2025-03-05 10:20"),

R("fr-merci-export-recu",
  "RE: Vos données",
  """Bonjour Sandra,

Bien reçu le fichier, merci ! Tout y est.

Bonne journée,
Stéphanie

-----
Stéphanie Garnier
Assistante de direction – Groupe Bellevue""",
  [], hard=True,
  frm="Stéphanie Garnier <s.garnier@groupe-bellevue.fr>", html="alt", mailer="Microsoft Outlook 16.0",
  quote=dict(style="outlook-fr", days=1, text="""Bonjour Stéphanie,

Vous trouverez en pièce jointe, comme demandé, l'export de vos données (fichier CSV) : coordonnées, historique des séances et réponses aux questionnaires.

N'hésitez pas si vous avez une question.
Sandra""")),

R("fr-accord-temoignage",
  "Re: Votre témoignage ?",
  """Bonjour Sandra,

Oui avec plaisir, vous pouvez publier mon témoignage sur votre site et sur Facebook, avec mon prénom et l'initiale de mon nom. Pas de photo par contre s'il vous plaît.

Voici le texte :
« J'étais arrivée épuisée et perdue. Six mois plus tard, j'ai retrouvé le goût de mes journées et j'ose enfin dire ce dont j'ai besoin. Merci Sandra ! » – Mireille B.

Bises,
Mireille""",
  [], hard=True,
  frm="Mireille Bouchet <mireille.bouchet@orange.fr>",
  quote=dict(style="apple-fr", days=2, text="""Bonjour Mireille,

J'aurais une petite demande : accepteriez-vous que je publie quelques mots de votre part sur mon site, en témoignage de notre accompagnement ? Vous pouvez bien sûr choisir ce qui apparaît (prénom, initiale, photo ou non), et retirer votre accord à tout moment.

Belle journée,
Sandra""")),

R("fr-accord-photo-stage",
  "photos du stage",
  """Coucou Sandra, pas de souci pour les photos du stage, tu peux les mettre sur ta page et sur le site, je suis d'accord :) c'était un super week-end !! bisous Manon""",
  [], hard=True,
  frm="Manon Giraud <manon.giraud@gmail.com>"),

R("fr-prospect-tarifs",
  "Renseignements coaching",
  """Bonjour Madame,

Je suis tombé sur votre site en cherchant un coach sur Issoudun. Je traverse une période de remise en question professionnelle (15 ans dans la même entreprise, l'impression de tourner en rond).

Pourriez-vous m'indiquer vos tarifs et comment se déroule un accompagnement ? Est-il possible de faire les séances en soirée ?

Cordialement,
Vincent Lemoine""",
  [], hard=False,
  frm="Vincent Lemoine <vincent.lemoine@gmail.com>"),

R("fr-modifier-rendez-vous",
  "Modifier mon rendez-vous",
  """Bonjour Sandra, serait-il possible de modifier mon rendez-vous de mardi 14h pour mercredi même heure ? Sinon jeudi matin m'irait aussi. Merci ! Agathe""",
  [], hard=True,
  frm="Agathe Benoit <agathe.benoit@icloud.com>"),

R("fr-merci-derniere-seance",
  "Merci",
  """Chère Sandra,

Je voulais simplement vous remercier pour ces mois passés ensemble. Hier en sortant de notre dernière séance, j'ai marché longtemps au bord de la Théols et je me suis sentie légère, pour la première fois depuis longtemps.

Je garde précieusement le carnet et les petites cartes.

Avec toute ma reconnaissance,
Josiane""",
  [], hard=False,
  frm="Josiane Perrin <josiane.perrin@orange.fr>", html="alt"),

R("fr-rectifier-ce-que-jai-dit",
  "Suite à la séance de lundi",
  """Bonjour Sandra,

Je repense à notre séance de lundi et je voudrais rectifier ce que j'ai dit sur ma sœur. Je me suis emportée, ce n'est pas vraiment ce que je pense d'elle. Elle m'a beaucoup aidée quand papa était malade, et je crois que j'étais surtout en colère contre moi.

On pourra en reparler la prochaine fois ?

Bonne semaine,
Sabrina""",
  [], hard=True,
  # NEAR-LINE: "rectifier ce que j'ai dit" is about the conversation, not about data held -> negative.
  frm="Sabrina Colin <sabrina.colin@gmail.com>"),

R("fr-envoi-questionnaire-rempli",
  "Mon questionnaire rempli",
  """Bonjour Sandra,

Voici le questionnaire de début d'accompagnement rempli. J'ai mis un peu de temps sur la question des valeurs, je ne suis pas sûre d'avoir bien compris ce qu'il fallait mettre.

À mardi,
Charlotte""",
  [], hard=True,
  frm="Charlotte Dufour <charlotte.dufour@free.fr>",
  attach=[("docx", "Questionnaire_debut_Charlotte_Dufour.docx",
           ["Questionnaire de debut d'accompagnement", "Nom : Charlotte Dufour",
            "1. Qu'est-ce qui vous amene ? Un sentiment de dispersion au travail.",
            "2. Vos valeurs : liberte, loyaute, creativite"])]),

R("fr-desinscription-garde-acces-formation",
  "newsletter et formation",
  """Bonjour,

Petite question : si je me désinscris de la newsletter, est-ce que je garde quand même l'accès à la formation en ligne que j'ai achetée ? Je ne voudrais pas perdre mes modules.

Merci,
Aline""",
  [], hard=True,
  # NEAR-LINE: a question about consequences of unsubscribing, not an unsubscribe request -> negative.
  frm="Aline Meyer <aline.meyer@gmail.com>"),

R("fr-doublon-reservation",
  "Réservation en double",
  """Bonjour,

Je crois que j'ai réservé deux fois la même séance (vendredi 10h), la page a planté et j'ai cliqué deux fois. Vous pouvez supprimer le doublon ? Merci et désolée !

Patricia""",
  [], hard=True,
  # NEAR-LINE: deleting a duplicate booking slot -> negative (policy: deleting a slot).
  frm="Patricia Renaud <patricia.renaud@laposte.net>"),

R("fr-desinscrire-webinaire-jeudi",
  "webinaire jeudi",
  """bonjour je n'arrive pas à me désinscrire du webinaire de jeudi, le lien « annuler mon inscription » renvoie sur une page blanche. je ne pourrai pas être là, libérez ma place pour quelqu'un d'autre. merci""",
  [], hard=True,
  # NEAR-LINE: cancelling a webinar registration, not leaving a mailing list -> negative.
  frm="Gérald Fontaine <gerald.fontaine@sfr.fr>"),

R("fr-question-dpo",
  "DPO",
  """Bonjour,

Avant de m'inscrire à votre formation, mon employeur me demande si votre structure a désigné un délégué à la protection des données et où les données des stagiaires sont hébergées. Pourriez-vous me renseigner ?

Merci,
Xavier Mathieu""",
  [], hard=True,
  frm="Xavier Mathieu <xavier.mathieu@orange.fr>"),

R("fr-mari-femme-vient-toujours",
  "Ma femme",
  """Bonjour,

Ma femme, Sandrine Legrand, me dit qu'elle va à ses séances chez vous le jeudi soir, mais j'ai des doutes. Pouvez-vous simplement me confirmer si elle est bien venue les trois derniers jeudis ? Je vous remercie de votre discrétion.

T. Legrand""",
  [], hard=True,
  # NEAR-LINE: husband asking about his living wife's data -> third party, negative.
  frm="Thierry Legrand <thierry.legrand@gmail.com>"),

R("fr-inscription-enfant-stage-ado",
  "Inscription de ma fille au stage ados",
  """Bonjour,

Je souhaite inscrire ma fille au stage « Confiance en soi » des vacances de février.

Prénom et nom : Zoé Martin
Âge : 13 ans, en 4e au collège Les Capucins
Allergies : aucune
Personne à prévenir : moi-même, 06 52 18 44 70

Elle est assez réservée, je pense que ça lui fera du bien. Comment se passe le règlement ?

Merci,
Céline Martin""",
  [], hard=True,
  frm="Céline Martin <celine.martin36@gmail.com>", html="alt", date="2026-01-12 12:50"),

R("fr-je-retire-mon-inscription",
  "Je retire mon inscription",
  """Bonjour,

Finalement je retire mon inscription au cycle de 4 ateliers de janvier, l'horaire ne me convient plus avec mon nouveau travail. Pouvez-vous me rembourser l'acompte ?

Merci,
Manuel Garcia""",
  [], hard=True,
  # NEAR-LINE: "retire" here cancels a registration, not a consent -> negative.
  frm="Manuel Garcia <manuel.garcia@hotmail.fr>", date="2025-12-04 13:00"),

R("fr-facture-au-nom-entreprise",
  "Facture à refaire",
  """Bonjour Sandra,

Est-ce que vous pourriez refaire la facture de la séance de bilan au nom de ma société plutôt qu'à mon nom ? C'est ma SASU qui prend en charge.

SASU Azur Conseil
12 avenue de la Gare – 36000 Châteauroux
SIRET 901 234 567 00012

Merci !
Loïc Chevalier""",
  [], hard=True,
  # NEAR-LINE: re-issuing an invoice to a company is a billing fix, not rectification of his data.
  frm="Loïc Chevalier <loic@azur-conseil.fr>"),

R("fr-lien-acces-replay",
  "lien du replay",
  """Bonjour, je n'ai pas pu suivre le webinaire en direct hier soir. Pourriez-vous me renvoyer le lien d'accès au replay ? Je ne le trouve pas dans mes mails. Merci beaucoup ! Sylvie""",
  [], hard=True,
  frm="Sylvie Guérin <sylvie.guerin@gmail.com>"),

R("fr-pdf-cours-supprime-par-erreur",
  "PDF du module 2",
  """Bonjour,

J'ai supprimé par erreur le PDF du module 2 (« Identifier ses besoins ») et il n'est plus téléchargeable depuis mon espace. Est-ce que vous pouvez me le renvoyer par mail ?

Merci,
Florian""",
  [], hard=True,
  frm="Florian Picard <florian.picard@outlook.fr>"),

R("fr-etudiante-memoire-rgpd-coaching",
  "Demande d'entretien – mémoire de Master",
  """Madame,

Je suis étudiante en Master 2 Droit du numérique à l'Université d'Orléans. Mon mémoire porte sur l'application du RGPD par les professionnels indépendants de l'accompagnement (coachs, sophrologues, naturopathes).

Accepteriez-vous de m'accorder un entretien d'une trentaine de minutes, en visio ou par téléphone ? Les réponses seraient anonymisées.

Je vous remercie par avance pour votre retour.

Ambre Lefort""",
  [], hard=True,
  frm="Ambre Lefort <ambre.lefort@etu.univ-orleans.fr>"),

R("fr-reclamation-atelier-decu",
  "Atelier du 22 – déçue",
  """Bonjour,

Je me permets de vous faire un retour sur l'atelier du 22. J'ai été assez déçue : nous étions 14 alors que la page annonçait « 8 personnes maximum », et nous avons passé plus d'une heure sur des présentations. Je n'ai pas eu le sentiment d'avoir le temps de travailler sur ma situation.

Je ne demande pas forcément un remboursement, mais je tenais à vous le dire.

Cordialement,
Odile Marchand""",
  [], hard=False,
  frm="Odile Marchand <odile.marchand@wanadoo.fr>"),

R("fr-attestation-formation",
  "Attestation de fin de formation",
  """Bonjour Madame Delomenie,

Pourriez-vous m'envoyer mon attestation de fin de formation pour la session « Gestion des conflits » des 3 et 4 avril ? Pôle emploi (France Travail maintenant) me la demande pour mon dossier.

Bien cordialement,
Samia Bensaïd""",
  [], hard=True,
  # NEAR-LINE: asks for a certificate she issues (a document), not a copy of her personal records -> negative.
  frm="Samia Bensaïd <samia.bensaid@gmail.com>"),

R("fr-rh-emargement-opco",
  "Feuilles d'émargement – formation Management bienveillant",
  """Bonjour Madame,

Afin de finaliser la demande de prise en charge auprès de notre OPCO, pourriez-vous nous transmettre les feuilles d'émargement signées et les attestations d'assiduité des 6 salariés ayant suivi la formation des 12 et 13 mai ?

Merci par avance,
Corinne Lebon
Assistante RH – Menuiseries du Berry
Tél. 02 54 03 ** **""",
  [], hard=True,
  # NEAR-LINE: employer asks for training paperwork about its staff (contract admin) -> negative.
  frm="Corinne Lebon <rh@menuiseries-berry.fr>", mailer="Microsoft Outlook 16.0", html="alt",
  cc="Direction Menuiseries du Berry <direction@menuiseries-berry.fr>", date="2025-05-20 09:40"),

R("fr-rh-remplacer-participant",
  "Changement de participant session de juin",
  """Bonjour,

M. Kevin Morel ne pourra finalement pas participer à la session de juin (arrêt maladie). Nous souhaitons le remplacer par Mme Laura Pinto, même service. Ses coordonnées : laura.pinto@menuiseries-berry.fr.

Merci de mettre à jour la liste des participants et de lui envoyer la convocation.

Cordialement,
Corinne Lebon – RH""",
  [], hard=True,
  frm="Corinne Lebon <rh@menuiseries-berry.fr>", mailer="Microsoft Outlook 16.0"),

R("fr-securite-google-drive-question",
  "question sur la confidentialité",
  """Bonjour,

Avant de remplir le questionnaire de début d'accompagnement, je voulais savoir où il est stocké. J'ai lu dans votre politique que vous utilisez Google Drive : est-ce que c'est sécurisé ? Est-ce que Google peut lire ce que j'écris ?

C'est un peu intime, d'où ma question.

Merci,
Solène""",
  [], hard=True,
  frm="Solène Brun <solene.brun@proton.me>"),

R("fr-partenariat-salon",
  "Proposition de partenariat – Salon Zen & Bien-être",
  """Bonjour Sandra,

Je suis l'organisatrice du salon Zen & Bien-être de Vierzon (15-16 mars). Nous cherchons des intervenants pour des mini-conférences de 30 minutes et votre thème sur la charge mentale nous plairait beaucoup.

Les stands sont à 120 € pour le week-end et les conférences sont gratuites pour les exposants. Seriez-vous intéressée ?

Belle journée,
Marion Delage
Association Respir'Berry""",
  [], hard=False,
  frm="Marion Delage <respirberry@gmail.com>", html="alt", cc="Bureau Respir'Berry <bureau.respirberry@gmail.com>"),

R("fr-ajout-groupe-whatsapp",
  "Groupe WhatsApp du stage",
  """Coucou ! Je n'ai pas été ajoutée au groupe WhatsApp des participantes du stage. Tu peux m'ajouter avec mon numéro : 06 18 92 34 57. Merci Sandra !
Inès""",
  [], hard=True,
  frm="Inès Moreau <ines.moreau@gmail.com>"),

R("fr-inscription-newsletter",
  "Newsletter",
  """Bonjour, j'ai assisté à votre conférence à la médiathèque mardi, c'était passionnant. Je voudrais recevoir votre newsletter, le formulaire sur le site ne fonctionne pas chez moi. Merci ! Annie Roux""",
  [], hard=True,
  frm="Annie Roux <annie.roux@orange.fr>"),

R("fr-reprendre-seances-apres-pause",
  "Reprise ?",
  """Bonjour Sandra,

Cela fait un an qu'on s'est vues pour la dernière fois. J'aimerais bien reprendre quelques séances, les choses bougent beaucoup au travail. Avez-vous de la place en janvier, plutôt le mercredi ?

À bientôt j'espère,
Élise""",
  [], hard=False,
  frm="Élise Gautier <elise.gautier@gmail.com>", date="2025-11-28 18:20"),


R("fr-formulaire-renseignements-atelier",
  "Nouveau message depuis le site : Atelier",
  """Nom : Mauricette Giraud
E-mail : mauricette.giraud@wanadoo.fr
Téléphone : 02 54 ** ** **
Sujet : Atelier

Message :
Bonjour, est-ce que l'atelier « Apprivoiser ses émotions » convient à une personne de 72 ans qui n'a jamais fait ce genre de chose ? Et y a-t-il un parking près de la salle ? Merci beaucoup

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  [], hard=False,
  frm=WP, reply_to="Mauricette Giraud <mauricette.giraud@wanadoo.fr>", to="contact", mailer=PHPMAILER,
  msgid_addr="wordpress@floraisondesoi.fr"),

R("fr-formulaire-mes-donnees-inscription",
  "Nouveau message depuis le site : Inscription",
  """Nom : Bastien Roussel
E-mail : bastien.roussel@gmail.com
Téléphone : 06 77 ** ** **
Sujet : Inscription

Message :
Bonjour, j'ai rempli le formulaire d'inscription au stage de juillet mais je ne suis pas sûr que mes données soient bien passées (la page a rechargé sans message de confirmation). Pouvez-vous vérifier que mon inscription est bien enregistrée ? Sinon je recommence. Merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  [], hard=True,
  # NEAR-LINE: "mes données" = his registration form submission; asks if the booking went through -> negative.
  frm=WP, reply_to="Bastien Roussel <bastien.roussel@gmail.com>", to="contact", mailer=PHPMAILER,
  msgid_addr="wordpress@floraisondesoi.fr"),
]
