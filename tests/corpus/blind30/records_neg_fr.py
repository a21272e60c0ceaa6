"""French negatives written by people: ordinary mail with trigger words, cancellations,
login problems, closing an account, questions about rights, CNIL complaints, other
adults' data, thank-you replies above handled requests, giving consent."""
from records_common import R, SANDRA, CONTACT, SANDRA_SIG

RECORDS = [

# ------------------------------------------------------------ trigger words, ordinary mail
R("neg-fr-deleted-zoom-link", [], "fr",
  "Martine Chauvet <martine.chauvet@orange.fr>",
  "Lien zoom pour ce soir ?",
  "2025-01-21 17:42",
  """Bonsoir Sandra,

J'ai supprimé par erreur le mail avec le lien Zoom pour le webinaire de ce soir (j'ai fait du ménage dans ma boîte, trop efficacement visiblement !). Pouvez-vous me le renvoyer ?

Merci et à tout à l'heure,
Martine""",
  client="orange"),

# NEAR-LINE: a copy of a training certificate for an employer is an ordinary document
# request, not a copy of all one's data -> negative.
R("neg-fr-copy-attestation", [], "fr",
  "Romain Picard <romain.picard@gmail.com>",
  "Attestation de formation",
  "2025-04-10 09:18",
  """Bonjour Madame Delomenie,

Mon employeur me demande une copie de l'attestation de fin de formation ("Gestion du stress au travail", 13 et 14 mars) pour mon dossier RH. Je ne la retrouve plus.

Pourriez-vous me la renvoyer en PDF ?

Merci beaucoup,
Romain Picard"""),

R("neg-fr-company-correct-convention", [], "fr",
  "Service RH - Berry Logistique <rh@berry-logistique.fr>",
  "Convention de formation n°2025-12 - correction",
  "2025-02-18 14:05",
  """Bonjour Madame,

Merci pour l'envoi de la convention. Pourriez-vous corriger le nombre de participants : nous serons 4 et non 3 (ajout de M. Kévin Girault, préparateur de commandes). Il faudra également modifier le montant total en conséquence.

Je vous renvoie ensuite la convention signée.

Cordialement,
Aurélie Besson
Responsable RH
Berry Logistique - ZI de la Fontaine - 36100 Issoudun
Tél. 02 54 03 xx xx

Ce message est confidentiel. Toute diffusion non autorisée est interdite.""",
  client="outlook", html="alt"),

R("neg-fr-modify-appointment", [], "fr",
  "Jérôme Lacroix <jerome.lacroix@gmail.com>",
  "Modifier mon rendez-vous",
  "2025-05-26 08:03",
  """Bonjour Sandra,

Serait-il possible de modifier mon rendez-vous de mardi 17h ? Un imprévu au travail. Jeudi même heure m'arrangerait, sinon vendredi matin.

Merci,
Jérôme"""),

R("neg-fr-coaching-opposer-retirer", [], "fr",
  "Delphine Ménard <delphine.menard@gmail.com>",
  "Petite victoire 🎉",
  "2025-06-06 21:14",
  """Bonsoir Sandra,

Il fallait que je vous raconte : aujourd'hui en réunion, je me suis opposée à mon chef pour la première fois, calmement, comme on l'avait travaillé. J'ai aussi retiré ma candidature pour le poste à Tours, je me rends compte que je la faisais pour faire plaisir à tout le monde sauf à moi.

Et j'ai effacé de mon agenda les trois réunions inutiles du vendredi. Je me sens légère !

On en reparle jeudi,
Delphine""",
  html="alt"),

R("neg-fr-export-course-pdf", [], "fr",
  "Armelle Dufresne <armelle.dufresne@laposte.net>",
  "Fiches du module 3",
  "2025-03-02 10:27",
  """Bonjour,

Est-il possible d'exporter les fiches du module 3 ("Les besoins fondamentaux") en PDF pour les imprimer ? Sur la plateforme je ne vois qu'une lecture en ligne, et je préfère travailler sur papier.

Merci d'avance,
Armelle""",
  client="thunderbird"),

R("neg-fr-health-form-mandatory", [], "fr",
  "Lucien Hoarau <lucien.hoarau@gmail.com>",
  "Formulaire d'inscription",
  "2025-08-27 13:36",
  """Bonjour,

Je remplis le formulaire d'inscription pour l'accompagnement individuel. Une partie concerne les données de santé (traitements, antécédents). Est-ce obligatoire de la remplir ? Je n'ai rien de particulier à signaler et je ne sais pas trop quoi mettre.

Cordialement,
Lucien Hoarau"""),

R("neg-fr-accountant-export-stripe", [], "fr",
  "Cabinet Audit Berry - Cécile Pommier <c.pommier@auditberry.fr>",
  "Clôture 2025 - pièces manquantes",
  "2026-01-19 10:40",
  """Bonjour Sandra,

Pour la clôture de l'exercice 2025, il me manque encore :
- l'export des ventes Stripe (fichier CSV, janvier à décembre) ;
- les relevés Qonto de novembre et décembre ;
- les factures fournisseurs Systeme.io.

Pour rappel, ne supprimez aucune donnée comptable avant 10 ans. Pouvez-vous déposer le tout dans le dossier partagé d'ici le 31 ?

Bonne journée,
Cécile Pommier
Expert-comptable - Cabinet Audit Berry, Châteauroux""",
  client="outlook"),

R("neg-fr-partner-coach-consentement", [], "fr",
  "Aude Villeneuve <aude@audevilleneuve-coaching.fr>",
  "Idée d'atelier à deux voix",
  "2025-09-12 11:20",
  """Coucou Sandra,

Suite à notre café à Bourges, j'ai repensé à ton idée d'atelier commun. Je te propose comme thème "Consentement et limites dans la relation", pour un samedi de novembre.

On pourrait faire une première partie sur le consentement dans le couple et une seconde sur la façon de retirer un "oui" qu'on regrette. Je me charge du support, tu gères la salle ?

Bises,
Aude

Aude Villeneuve - Coach certifiée
www.audevilleneuve-coaching.fr"""),

R("neg-fr-webmaster-rgpd-page", [], "fr",
  "Julien (WebBerry) <julien@webberry.fr>",
  "Mise à jour site - mentions légales et RGPD",
  "2025-03-18 16:55",
  """Bonjour Sandra,

C'est fait :
- la page "Politique de confidentialité" a été mise à jour avec le texte que tu m'as envoyé ;
- le bandeau cookies recueille maintenant le consentement avant de charger Google Analytics ;
- j'ai corrigé le lien mort vers le formulaire de contact et supprimé l'ancien formulaire d'inscription qui n'était plus utilisé.

Je t'envoie la facture dans la semaine.

Julien
WebBerry - création de sites, Issoudun""",
  html="alt"),

R("neg-fr-wheelchair-access", [], "fr",
  "Nadia Boukhari <nadia.boukhari@hotmail.fr>",
  "Accès salle atelier",
  "2025-10-15 15:05",
  """Bonjour,

Je souhaiterais m'inscrire à l'atelier du 8 novembre. Je me déplace en fauteuil roulant : la salle est-elle accessible ? Et y a-t-il un accès facile depuis la gare d'Issoudun ou une place de stationnement à proximité ?

Merci,
Nadia Boukhari""",
  client="outlook"),

# NEAR-LINE: an employer asking for attendance sheets and evaluations of its trainees is
# ordinary training administration, not a data-subject request.
R("neg-fr-opco-emargement", [], "fr",
  "Formation - Crédit Mutuel du Centre <formation.agence36@cmc-exemple.fr>",
  "Dossier OPCO - pièces justificatives",
  "2025-07-03 10:12",
  """Madame,

Afin de finaliser la demande de prise en charge auprès de notre OPCO, pourriez-vous nous transmettre :
- les feuilles d'émargement signées des deux journées ;
- les évaluations à chaud des participants ;
- le certificat de réalisation.

Merci par avance,
Service Formation
Crédit Mutuel du Centre - Agence d'Issoudun""",
  client="outlook"),

R("neg-fr-questionnaire-filled", [], "fr",
  "Ludivine Pasquier <ludivine.pasquier@gmail.com>",
  "Questionnaire avant la première séance",
  "2025-02-03 22:20",
  """Bonsoir Sandra,

Voici le questionnaire rempli avant notre première séance de lundi. J'ai été assez honnête, peut-être trop ! N'hésitez pas si des réponses ne sont pas claires.

À lundi,
Ludivine""",
  att=[dict(name="Questionnaire_pre-accompagnement_L_Pasquier.docx", kind="docx",
            text="Questionnaire pre-accompagnement\nNom : Pasquier Ludivine\nAttentes : retrouver confiance...")]),

R("neg-fr-typo-module", [], "fr",
  "Christian Baudry <christian.baudry@free.fr>",
  "Coquille module 4",
  "2025-11-21 08:31",
  """Bonjour Sandra,

Petite coquille repérée dans le module 4, vidéo 2, sur la diapositive de synthèse : "auto-bienvaillance" au lieu de "auto-bienveillance". Rien de grave, mais si vous voulez corriger...

Très bonne formation au passage.

Christian""",
  client="thunderbird"),

R("neg-fr-informal-effacer-croyances", [], "fr-informal",
  "Steph <steph.rousseau36@gmail.com>",
  "merciii",
  "2025-09-19 23:02",
  """sandra!! merci pour la seance de ce soir, jai l'impression d'avoir effacé d'un coup toutes les vieilles croyances que je trainais depuis le lycée. jai tout noté dans mon carnet comme tu mas dit

a mardi prochain
steph"""),

R("neg-fr-read-privacy-book", [], "fr",
  "Benoît Lucas <benoit.lucas@gmail.com>",
  "Séance découverte",
  "2025-04-01 12:15",
  """Bonjour Madame,

J'ai lu votre politique de confidentialité et vos conditions générales, tout me semble clair, y compris pour les données de santé. Je voudrais réserver une séance découverte, de préférence un mercredi après-midi.

Quelles sont vos disponibilités en avril ?

Cordialement,
Benoît Lucas"""),

# NEAR-LINE: asking again for a lost invoice is an ordinary document request -> negative.
R("neg-fr-be-invoice-copy", [], "fr-BE",
  "Véronique Maes <veronique.maes@skynet.be>",
  "Copie facture mars",
  "2025-05-09 09:45",
  """Bonjour Madame,

Pourriez-vous me renvoyer une copie de la facture de mars (atelier du 22) ? Je l'ai effacée par erreur et ma mutuelle me la demande pour un remboursement partiel.

Bien à vous,
Véronique Maes""",
  client="thunderbird"),

R("neg-fr-ch-salon-stand", [], "fr-CH",
  "Salon Bien-Être Romandie <info@salon-bienetre-romandie.ch>",
  "Modification du plan des stands - Salon d'octobre",
  "2025-08-29 14:00",
  """Madame,

Nous vous informons d'une modification du plan des stands pour le Salon Bien-Être de Lausanne (17-19 octobre). Votre stand (n° B14) est déplacé dans l'allée C, à proximité de l'espace conférences.

Les accès exposants ouvriront le vendredi à 7h30. Vous recevrez vos badges d'accès par courrier.

Avec nos meilleures salutations,
L'équipe du Salon Bien-Être Romandie""",
  html="alt"),

R("neg-fr-ca-replay-access", [], "fr-CA",
  "Annie Lavoie <annie.lavoie@videotron.ca>",
  "Replays après la formation",
  "2025-11-10 20:48",
  """Bonjour Sandra!

Petite question : est-ce que les replays restent accessibles après la fin de la formation? Avec le décalage horaire je rate souvent les lives et je voudrais pas perdre l'accès aux vidéos en janvier.

Merci, pis bonne soirée de votre côté (enfin, bonne nuit!)
Annie"""),

# NEAR-LINE: removal from the waiting list of one event is a booking matter, not an
# objection to marketing.
R("neg-fr-waitlist-remove", [], "fr",
  "Hélène Jacquet <helene.jacquet@orange.fr>",
  "Liste d'attente stage d'été",
  "2025-06-12 18:24",
  """Bonjour Sandra,

Vous pouvez me retirer de la liste d'attente pour le stage d'été : j'ai trouvé une solution de garde seulement pour la session d'août, je m'inscrirai donc plutôt à celle-là.

Belle soirée,
Hélène""",
  client="orange"),

# NEAR-LINE: "me désinscrire de l'atelier" is a cancellation, not unsubscribing from mail.
R("neg-fr-desinscrire-atelier", [], "fr",
  "Gaëlle Bonnet <gaelle.bonnet@gmail.com>",
  "Désinscription atelier 5 avril",
  "2025-03-28 07:52",
  """Bonjour Sandra,

Je dois malheureusement me désinscrire de l'atelier du 5 avril "L'art de la gratitude", j'ai un déplacement professionnel imprévu. Est-ce qu'il serait possible de reporter mon inscription sur une prochaine date ?

Merci et désolée,
Gaëlle"""),

# ------------------------------------------------------------ cancellations
R("neg-fr-resilier-cercle", [], "fr",
  "Marion Guillot <marion.guillot@gmail.com>",
  "Résiliation abonnement Cercle mensuel",
  "2025-07-01 10:00",
  """Bonjour,

Je souhaite résilier mon abonnement au Cercle mensuel à compter de ce mois-ci. Le prélèvement du 5 juillet peut-il encore être annulé ?

Merci pour ces mois de partage,
Marion Guillot"""),

R("neg-fr-annuler-seance", [], "fr",
  "Philippe Renault <philippe.renault@orange.fr>",
  "Annulation séance jeudi",
  "2025-10-29 07:15",
  """Bonjour Madame Delomenie,

Je suis au regret d'annuler notre séance de jeudi 30 à 14h, je suis malade. Je vous recontacte la semaine prochaine pour fixer une autre date.

Bien cordialement,
Philippe Renault""",
  client="orange"),

R("neg-fr-stage-cancel-refund", [], "fr",
  "Sabrina Lemaire <sabrina.lemaire@hotmail.fr>",
  "Annulation stage juillet - remboursement ?",
  "2025-06-09 19:30",
  """Bonjour Sandra,

Suite à une fracture du poignet, je ne pourrai pas participer au stage "Se reconnecter à soi" du 7 au 9 juillet. Je vous joins le certificat médical.

Est-il possible d'être remboursée ou de reporter mon inscription sur la session d'automne ?

Merci,
Sabrina""",
  att=[dict(name="certificat_medical.pdf", kind="pdf",
            text="Certificat medical\nContre-indication a toute activite du 05/06 au 20/07/2025")]),

R("neg-fr-company-cancels-training", [], "fr",
  "Jean-Luc Ferrand <jl.ferrand@menuiserie-ferrand.fr>",
  "Annulation formation du 24 novembre",
  "2025-11-13 11:47",
  """Madame,

Je suis au regret de vous informer que nous devons annuler la formation "Communication et cohésion d'équipe" prévue le 24 novembre pour nos 6 compagnons : un chantier urgent nous mobilise toute la semaine.

Nous souhaiterions la reprogrammer en janvier. Quelles dates pourriez-vous nous proposer ?

Cordialement,
Jean-Luc Ferrand
Gérant - Menuiserie Ferrand, Issoudun""",
  client="outlook"),

# NEAR-LINE: "effacer mon créneau" deletes a booking slot, not personal data -> negative.
R("neg-fr-informal-efface-creneau", [], "fr-informal",
  "Mathilde <mathilde.gervais@gmail.com>",
  "demain",
  "2025-12-02 21:37",
  """dsl sandra jpeux pas demain, ma fille est malade. tu peux effacer mon creneau de 10h ? je te redis pour la semaine pro
bisou"""),

# ------------------------------------------------------------ login / "mon espace"
# NEAR-LINE: "accéder à mon espace" is a login problem, not the right of access.
R("neg-fr-acceder-espace", [], "fr",
  "Catherine Roy <catherine.roy@gmail.com>",
  "Impossible d'accéder à mon espace",
  "2025-02-10 20:12",
  """Bonjour,

Depuis hier soir, je n'arrive plus à accéder à mon espace membre sur la plateforme de formation. Le site me dit "identifiants incorrects" alors que je n'ai rien changé.

Pouvez-vous vérifier ? Je voudrais avancer sur le module 2 ce week-end.

Merci,
Catherine Roy""",
  html="alt"),

R("neg-fr-mdp-oublie", [], "fr",
  "André Moulin <andre.moulin@wanadoo.fr>",
  "mot de passe",
  "2025-05-03 16:40",
  """Bonjour

J'ai cliqué sur "mot de passe oublié" mais le lien de réinitialisation que je reçois m'amène sur une page blanche. J'ai essayé trois fois.

Pouvez-vous m'aider ?
André Moulin""",
  client="orange"),

R("neg-fr-informal-replay", [], "fr-informal",
  "Sarah B <sarahb.du18@gmail.com>",
  "replay ??",
  "2025-09-23 22:58",
  """hello jarrive pas a acceder au replay d'hier soir, ca me met "contenu verrouillé". c normal ou jai raté un truc ? merci"""),

R("neg-fr-be-new-phone-login", [], "fr-BE",
  "Christophe Leroy <christophe.leroy@telenet.be>",
  "Connexion depuis mon nouveau GSM",
  "2026-01-07 08:22",
  """Bonjour Madame,

J'ai changé de GSM et je ne parviens plus à me connecter à la plateforme de formation depuis l'application : on me demande un code de vérification que je ne reçois jamais.

Sur l'ordinateur, tout fonctionne. Avez-vous une idée ?

Bien à vous,
Christophe Leroy""",
  client="outlook"),

# ------------------------------------------------------------ close account alone
# NEAR-LINE: "fermer mon compte" with no mention of data -> negative.
R("neg-fr-fermer-compte", [], "fr",
  "Pauline Vasseur <pauline.vasseur@gmail.com>",
  "Fermeture de compte",
  "2025-08-08 14:14",
  """Bonjour,

Pouvez-vous fermer mon compte sur la plateforme de formation ? J'ai terminé le programme et je n'en ai plus l'usage.

Merci et bonne continuation,
Pauline"""),

R("neg-fr-ch-cloturer-compte", [], "fr-CH",
  "Raymond Chappuis <raymond.chappuis@bluewin.ch>",
  "Clôture compte client",
  "2026-03-05 10:40",
  """Madame,

Je vous prie de bien vouloir clôturer mon compte client. Merci de me confirmer qu'aucun prélèvement ne sera plus effectué.

Avec mes meilleures salutations,
Raymond Chappuis"""),

# ------------------------------------------------------------ questions about rights
# NEAR-LINE: asks whether the right exists ("ai-je le droit"), does not ask for deletion.
R("neg-fr-droit-suppression-notes", [], "fr",
  "Émilie Tanguy <emilie.tanguy@gmail.com>",
  "Question sur mes notes de séance",
  "2025-04-15 13:08",
  """Bonjour Sandra,

Une question un peu théorique : ai-je le droit de demander la suppression de mes notes de séance tout en continuant l'accompagnement ? Ou est-ce que ça empêcherait le suivi ?

Je ne vous demande rien pour l'instant, je me renseigne, j'ai lu un article sur le RGPD.

À bientôt,
Émilie"""),

R("neg-fr-duree-conservation-sante", [], "fr",
  "Thérèse Blanchard <therese.blanchard@laposte.net>",
  "Conservation des données",
  "2025-07-08 10:32",
  """Bonjour Madame,

Avant de signer le contrat, j'aimerais savoir combien de temps vous conservez les informations de santé que je vous communiquerai, et où elles sont stockées (papier ou informatique ?).

Merci pour votre réponse,
Thérèse Blanchard""",
  client="thunderbird"),

# NEAR-LINE: explicitly "je ne vous le demande pas encore" -> a question about the right.
R("neg-fr-droit-savoir-pas-encore", [], "fr",
  "Franck Olivier <franck.olivier@hotmail.fr>",
  "Petite question RGPD",
  "2025-10-20 18:50",
  """Bonjour,

Est-ce que j'ai le droit de savoir ce que vous avez comme données sur moi ? Je ne vous le demande pas encore, c'est pour comprendre comment ça marche avant de m'inscrire à votre formation.

Merci,
Franck""",
  client="outlook"),

# NEAR-LINE: asks whether a future withdrawal will be possible while agreeing now -> negative.
R("neg-fr-retirer-temoignage-plus-tard", [], "fr",
  "Sophie Marchal <sophie.marchal@gmail.com>",
  "Re: Votre témoignage ?",
  "2025-05-20 12:02",
  """Bonjour Sandra,

Avec plaisir pour le témoignage ! Juste une question avant : si dans quelques années je préfère qu'il ne soit plus en ligne, est-ce que je pourrai le retirer ? Si oui, je vous l'envoie ce week-end.

Sophie""",
  quote=dict(frm=SANDRA, date="2025-05-19 17:40", subj="Votre témoignage ?",
             text="""Bonjour Sophie,

Maintenant que notre accompagnement se termine, accepteriez-vous d'écrire quelques lignes sur votre expérience ? Je les publierais sur mon site, avec votre prénom uniquement.

Bien à vous,
Sandra""")),

R("neg-fr-be-theorie-fichier", [], "fr-BE",
  "Nathalie Dumont <nathalie.dumont@live.be>",
  "Question portabilité",
  "2025-12-19 11:35",
  """Bonjour,

Est-il possible, en théorie, de récupérer ses données sous forme de fichier quand on arrête une formation chez vous ? Je me pose la question pour le jour où j'aurai terminé, je n'en suis qu'au module 2.

Bien à vous,
Nathalie Dumont"""),

# ------------------------------------------------------------ CNIL
# NEAR-LINE: a copy of a complaint lodged with the CNIL is a negative even though it
# recounts an earlier request.
R("neg-fr-cnil-complaint-copy", [], "fr",
  "Thierry Lamarque <thierry.lamarque@wanadoo.fr>",
  "Copie de ma plainte auprès de la CNIL",
  "2025-04-14 09:05",
  """Madame,

Pour votre information, vous trouverez ci-joint la copie de la plainte que j'ai déposée ce jour auprès de la CNIL, faute de réponse à ma demande du 3 février.

T. Lamarque""",
  client="orange",
  att=[dict(name="Plainte_CNIL_accuse_reception.pdf", kind="pdf",
            text="CNIL - Accuse de reception de votre plainte\nNumero : 25012345\nOrganisme mis en cause : Floraison de Soi")]),

# NEAR-LINE: announces a complaint to the CNIL, asks for nothing -> negative.
R("neg-fr-cnil-plainte-annonce", [], "fr",
  "Liliane Courtois <liliane.courtois@gmail.com>",
  "CNIL",
  "2025-11-24 16:22",
  """Madame,

Je vous informe que j'ai saisi la CNIL au sujet des SMS publicitaires que vous continuez à m'envoyer. Je n'attends plus rien de votre part, la CNIL se chargera de la suite.

L. Courtois"""),

R("neg-fr-cnil-letter-to-sandra", [], "fr",
  "CNIL - Service des plaintes <plaintes-suivi@cnil.fr>",
  "Saisine n° 25-087412 - Floraison de Soi",
  "2025-06-30 14:30",
  """Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une plainte à l'encontre de votre entreprise, relative à l'exercice du droit d'accès d'une personne ayant suivi l'une de vos formations.

Afin de nous permettre d'instruire ce dossier, nous vous remercions de nous indiquer, dans un délai d'un mois, les suites que vous avez données à cette demande ainsi que les mesures prises pour répondre aux demandes d'exercice des droits.

Vous trouverez en pièce jointe le courrier de saisine.

Le service des plaintes
Commission nationale de l'informatique et des libertés
3 place de Fontenoy - TSA 80715 - 75334 PARIS CEDEX 07""",
  client="outlook", no_mailer=True,
  att=[dict(name="Courrier_CNIL_25-087412.pdf", kind="pdf",
            text="CNIL\nSaisine n 25-087412\nObjet : plainte relative au droit d'acces")]),

R("neg-fr-fwd-cnil-receipt", [], "fr",
  "Stéphanie Aubry <stephanie.aubry@gmail.com>",
  "Fwd: Votre plainte a bien été enregistrée",
  "2025-09-16 20:10",
  """Pour info.""",
  quote=dict(frm="CNIL <ne-pas-repondre@cnil.fr>", date="2025-09-16 19:58",
             subj="Votre plainte a bien été enregistrée",
             to="stephanie.aubry@gmail.com",
             text="""Madame,

Nous accusons réception de votre plainte n° 25-104588 concernant l'organisme FLORAISON DE SOI, déposée le 16/09/2025 via notre site.

Elle sera examinée par nos services dans les meilleurs délais.

La CNIL""", style="fwd")),

# ------------------------------------------------------------ another living adult
# NEAR-LINE: a husband asking about his living wife's data -> negative.
R("neg-fr-husband-wife-data", [], "fr",
  "Daniel Boyer <daniel.boyer@orange.fr>",
  "Dossier de mon épouse",
  "2025-02-14 11:48",
  """Madame,

Mon épouse, Mme Évelyne Boyer, suit un accompagnement chez vous depuis quelques mois. Pourriez-vous me dire quelles informations vous avez sur elle et m'envoyer une copie de son dossier ? Nous traversons une période difficile et j'aimerais comprendre.

Daniel Boyer""",
  client="orange"),

# NEAR-LINE: a mother asking for her adult son's notes -> negative (not a minor).
R("neg-fr-mother-adult-son", [], "fr",
  "Mireille Faure <mireille.faure@gmail.com>",
  "Mon fils Quentin",
  "2025-07-17 09:37",
  """Bonjour Madame,

Mon fils Quentin, 23 ans, a suivi votre coaching d'orientation l'an dernier. Il ne va pas bien en ce moment et refuse de m'en parler. Pourriez-vous m'envoyer les comptes-rendus de ses séances, ou au moins me dire ce qui y figure ?

Je suis très inquiète.
Mireille Faure"""),

# NEAR-LINE: an employer asking to delete a former employee's data -> negative (another
# living adult, no mandate).
R("neg-fr-hr-former-employee-delete", [], "fr",
  "Karine Dufour - RH <k.dufour@transports-berrichons.fr>",
  "Départ de Mme Julie Morel",
  "2025-10-06 15:10",
  """Bonjour Madame,

Mme Julie Morel, qui avait suivi votre formation "Gestion des conflits" en 2024 pour notre compte, a quitté l'entreprise fin septembre.

Merci de supprimer ses coordonnées et son dossier de vos fichiers et de retirer son adresse professionnelle de vos listes.

Cordialement,
Karine Dufour
Responsable Ressources Humaines
Transports Berrichons""",
  client="outlook", html="alt"),

# NEAR-LINE: the mother is alive (hospitalised); her daughter has no mandate -> negative.
R("neg-fr-daughter-hospitalised-mother", [], "fr",
  "Claire Aubin <claire.aubin@gmail.com>",
  "Ma mère, Jeanne Aubin",
  "2025-12-22 19:25",
  """Bonjour,

Ma mère, Jeanne Aubin, qui vient à vos cercles de parole, est hospitalisée depuis deux semaines et ne peut pas écrire. Pourriez-vous m'envoyer son dossier et les coordonnées que vous avez pour elle ? Je rassemble ses papiers pendant son hospitalisation.

Merci,
Claire Aubin"""),

# NEAR-LINE: asking to remove a colleague from the mailing list -> another adult's data.
R("neg-fr-colleague-unsubscribe", [], "fr",
  "Fabienne Roche <f.roche@mairie-issoudun-exemple.fr>",
  "Newsletter - ma collègue",
  "2025-03-20 10:58",
  """Bonjour Sandra,

Ma collègue Sophie Lenoir (qui était avec moi à l'atelier de mars) m'a demandé de vous dire qu'elle ne veut plus recevoir vos mails. Pouvez-vous la retirer de la liste ? Elle est en congé et n'a pas accès à sa messagerie.

Merci !
Fabienne""",
  client="outlook"),

R("neg-fr-informal-ex-number", [], "fr-informal",
  "Yohan <yohan.marchetti@gmail.com>",
  "num",
  "2025-08-16 01:40",
  """salut, mon ex allait a vos seances le jeudi (Elsa Ribeiro), elle a changé de num et jdois la joindre pr des papiers, vous pouvez me filer son nouveau num ou son adresse ? merci"""),

# ------------------------------------------------------------ thank-you above handled request
# NEAR-LINE: thank-you above a quoted, handled erasure request; only the new text counts.
R("neg-fr-thanks-above-erasure", [], "fr",
  "Sylvie Guérin <sylvie.guerin@yahoo.fr>",
  "Re: Devis coaching",
  "2025-04-22 08:40",
  """Merci beaucoup Sandra pour votre réactivité et votre gentillesse. Bonne continuation à vous !

Sylvie""",
  quote=dict(frm=SANDRA, date="2025-04-21 18:10", subj="Re: Devis coaching",
             text="""Bonjour Sylvie,

C'est fait : vos coordonnées et votre questionnaire de pré-entretien ont été supprimés de mes fichiers.

Belle continuation,
Sandra

Le 17/04/2025 à 15:50, Sylvie Guérin a écrit :
> Pourriez-vous supprimer mes données (coordonnées, questionnaire de pré-entretien) ?"""),
  client="yahoo"),

R("neg-fr-thanks-above-access", [], "fr",
  "Karim Belkacem <karim.belkacem@hotmail.fr>",
  "RE: Copie de mes fiches de suivi",
  "2025-09-05 13:02",
  """Bien reçu, merci Sandra ! Tout y est. Je transmets à ma conseillère.

Karim""",
  quote=dict(frm=SANDRA, date="2025-09-04 10:15", subj="Re: Copie de mes fiches de suivi",
             text="""Bonjour Karim,

Comme demandé, vous trouverez ci-joint l'ensemble des documents que je conserve à votre nom : fiches de suivi, questionnaires, factures et export de votre compte de formation.

Belle rentrée,
Sandra

-----Message d'origine-----
De : Karim Belkacem
Objet : Copie de mes fiches de suivi

Pourriez-vous m'envoyer une copie de mes fiches de suivi et des questionnaires que j'ai remplis, ainsi que tout ce que vous conservez à mon nom ?"""),
  client="outlook", html="alt", refs=1),

R("neg-fr-thanks-above-unsub-apple", [], "fr",
  "Claudine Renaud <claudine.renaud@icloud.com>",
  "Re: Désinscription",
  "2025-06-27 07:48",
  """Parfait, merci. Bonne journée

Envoyé de mon iPhone""",
  quote=dict(frm=SANDRA, date="2025-06-26 19:02", subj="Re: Désinscription",
             text="""Bonjour Claudine,

Je vous confirme votre désinscription de la newsletter, vous ne recevrez plus de mails de ma part.

Bien à vous,
Sandra

> Merci de me désinscrire de votre newsletter svp.""")),

R("neg-fr-be-thanks-rectification", [], "fr-BE",
  "Geneviève Lambert <genevieve.lambert@live.be>",
  "RE: Nouvelle adresse",
  "2025-09-10 10:06",
  """Bonjour Madame,

Un tout grand merci pour la mise à jour. Tout est en ordre de mon côté.

Bien à vous,
Geneviève""",
  quote=dict(frm=SANDRA, date="2025-09-09 16:33", subj="RE: Nouvelle adresse",
             text="""Bonjour Geneviève,

C'est corrigé : votre nouvelle adresse (Rue des Carmes 14, 4000 Liège) est enregistrée dans mon fichier et sur la plateforme.

Bien à vous,
Sandra"""), client="outlook"),

# ------------------------------------------------------------ giving consent
R("neg-fr-consent-testimonial", [], "fr",
  "Hélène Marty <helene.marty@gmail.com>",
  "Re: Votre témoignage ?",
  "2025-06-15 17:15",
  """Bonjour Sandra,

Avec grand plaisir ! J'accepte que vous publiiez mon témoignage sur votre site et sur la page de la formation, avec mon prénom et l'initiale de mon nom. Le voici :

"Je suis arrivée épuisée et pleine de doutes ; je repars avec des outils concrets et une vraie confiance en moi. Merci Sandra pour votre bienveillance." - Hélène M.

Hélène""",
  quote=dict(frm=SANDRA, date="2025-06-14 10:00", subj="Votre témoignage ?",
             text="""Bonjour Hélène,

Accepteriez-vous que je publie quelques lignes de votre part sur mon site ? Vous pourrez bien sûr retirer votre accord à tout moment.

Sandra""")),

R("neg-fr-consent-photo-form", [], "fr",
  "Joël Breton <joel.breton@laposte.net>",
  "Autorisation droit à l'image",
  "2025-04-27 09:30",
  """Bonjour,

Voici l'autorisation de droit à l'image signée pour les photos de l'atelier de samedi. Vous pouvez les utiliser sur votre site et vos réseaux, pas de problème.

Cordialement,
Joël Breton""",
  client="thunderbird",
  att=[dict(name="autorisation_droit_image_JBreton.pdf", kind="pdf",
            text="Autorisation de droit a l'image\nJe soussigne Joel Breton autorise Floraison de Soi\na utiliser les photos prises le 26/04/2025")]),

R("neg-fr-consent-newsletter-optin", [], "fr",
  "Lucie Gaillard <lucie.gaillard@orange.fr>",
  "Newsletter",
  "2025-10-13 12:10",
  """Bonjour Sandra,

Suite à l'atelier de samedi, oui, je veux bien recevoir votre newsletter ! Vous pouvez m'inscrire avec cette adresse.

Merci pour cette belle journée,
Lucie""",
  client="orange"),

R("neg-fr-parent-consent-teen", [], "fr",
  "Sandrine Petitjean <sandrine.petitjean@gmail.com>",
  "Autorisation parentale - Noah",
  "2025-01-08 21:04",
  """Bonsoir Madame,

Vous trouverez ci-joint l'autorisation parentale signée pour l'accompagnement de Noah, ainsi que le formulaire de consentement pour la collecte des informations de santé (son asthme et son traitement).

Il a hâte de commencer, même s'il ne le dira pas !

Bien cordialement,
Sandrine Petitjean""",
  att=[dict(name="autorisation_parentale_Noah.pdf", kind="pdf",
            text="Autorisation parentale\nNoah Petitjean, 14 ans\nSigne : Sandrine Petitjean"),
       dict(name="consentement_donnees_sante.pdf", kind="pdf",
            text="Consentement a la collecte de donnees de sante\nJ'accepte...")]),
]
