# French messages written by people, not requests to her (hard negatives and everyday mail).
from common import R, C, O, SANDRA_C, SANDRA_O

RECORDS = [
R("fr-neg-supprimer-creneau", "Élodie Moreau <elodie.moreau@gmail.com>",
  "Créneau de jeudi",
  """Bonjour Sandra,

Vous pouvez supprimer mon créneau de jeudi 18h ? J'ai un imprévu avec les enfants. Je vous redis pour la semaine suivante.

Élodie""", []),

R("fr-neg-annulation-atelier", "Bernard Poulain <bernard.poulain@orange.fr>",
  "Annulation atelier du 21",
  """Bonjour,
Je dois annuler ma participation à l'atelier du 21 mars, je suis opéré du genou. Est-ce que l'acompte peut être reporté sur le prochain ?
Bernard Poulain""", []),

R("fr-neg-copie-facture", "Sandrine Lopez <sandrine.lopez@gmail.com>",
  "copie de facture",
  """Bonjour, pourriez-vous me renvoyer une copie de la facture de janvier ? Ma mutuelle me la demande. Merci ! Sandrine""", []),
# NEAR-LINE: a copy of an invoice for the mutuelle is an ordinary business document, not access to personal data.

R("fr-neg-acces-salle", "Gaëlle Bertin <gaelle.bertin@mairie-issoudun.fr>",
  "Accès à la salle des Augustins",
  """Bonjour Madame Delomenie,

Pour votre conférence du 27 mars, l'accès à la salle se fera par la porte latérale (rue de la Grande Cour). Le code du boîtier à clés vous sera communiqué la veille. Merci de rendre la salle rangée et le tableau effacé.

Gaëlle Bertin
Service culturel - Mairie d'Issoudun""", []),

R("fr-neg-mot-de-passe", "Jérôme Carré <jerome.carre@hotmail.fr>",
  "Impossible de me connecter",
  """Bonjour,

Je n'arrive plus à accéder à mon espace formation, le mot de passe ne marche pas et je ne reçois pas le mail de réinitialisation. Vous pouvez m'aider ?

Jérôme""", []),

R("fr-neg-acceder-espace", "Noémie Laurent <noemie.laurent@gmail.com>",
  "accès module 3",
  """Coucou Sandra, comment j'accède au module 3 dans mon espace ? Il est grisé chez moi. Merci !""", []),

R("fr-neg-fermer-compte-seul", "Vincent Dufour <vincent.dufour@gmail.com>",
  "Fermeture de compte",
  """Bonjour, merci de fermer mon compte sur la plateforme, j'ai fini la formation. Bonne journée.""", []),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

R("fr-neg-question-droit", "Mireille Chapuis <mireille.chapuis@laposte.net>",
  "Question sur mes droits",
  """Bonjour Sandra,

Une question un peu théorique : ai-je le droit de demander que vous effaciez mes notes de séance une fois l'accompagnement terminé ? Ce n'est pas une demande, je me renseigne, on en parle beaucoup au travail en ce moment.

Mireille""", []),

R("fr-neg-duree-conservation", "Roland Petit <roland.petit@free.fr>",
  "Combien de temps ?",
  """Bonjour,
Combien de temps gardez-vous les questionnaires qu'on remplit en début de stage ? Simple curiosité.
Roland""", []),

R("fr-neg-plainte-cnil-copie", "Xavier Duhamel <xavier.duhamel@gmail.com>",
  "Copie de ma plainte CNIL",
  """Madame,

Sans réponse de votre part à mon courrier du mois dernier, j'ai déposé ce jour une plainte auprès de la CNIL. Vous en trouverez la copie ci-jointe pour information.

X. Duhamel""", [],
  att=[("pdf", "plainte_CNIL_Duhamel.pdf", "CNIL - Accuse de reception de plainte n 26-012345 - Xavier Duhamel")]),
# NEAR-LINE: copy of a CNIL complaint with no new request in the text -> negative per policy.

R("fr-neg-autre-adulte-epouse", "Gérard Lebrun <gerard.lebrun@orange.fr>",
  "Ma femme",
  """Bonjour,

Ma femme, Nicole Lebrun, suit des séances chez vous. Je voudrais savoir ce qu'elle vous raconte et voir vos notes. Je paie les séances, donc il me semble normal d'y avoir accès.

G. Lebrun""", []),
# NEAR-LINE: spouse asking about another living adult's data -> negative.

R("fr-neg-merci-au-dessus-demande", "Laetitia Morel <laetitia.morel@hotmail.fr>",
  "Re: Suppression",
  """Merci beaucoup Sandra, c'est parfait. Bonne continuation à vous !""", [],
  quote=dict(style="outlook", frm=SANDRA_C, text="""Bonjour Madame Morel,

Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers et de la plateforme Systeme.io.

Bien cordialement,
Sandra Delomenie

-----Message d'origine-----
Bonjour, pouvez-vous supprimer toutes les données me concernant ? Je n'ai plus besoin de vos services.""")),

R("fr-neg-merci-export-recu", "Thomas Nguyen <thomas.nguyen@outlook.fr>",
  "Re: Fichier de mes données",
  """Bien reçu le fichier, merci pour la rapidité !
Thomas""", [],
  quote=dict(style="gmail", frm=SANDRA_C, text="""Bonjour Thomas,

Vous trouverez ci-joint l'export de vos données au format CSV.

Sandra""")),

R("fr-neg-consentement-donne", "Lise Aubry <lise.aubry@gmail.com>",
  "Re: Autorisation de publication",
  """Bonjour Sandra,

Oui, avec plaisir ! Je vous donne mon accord pour publier mon témoignage avec mon prénom et ma photo. Je suis ravie que ça puisse aider d'autres personnes.

Lise""", [],
  quote=dict(style="gmail", frm=SANDRA_C, subj="Autorisation de publication", text="""Bonjour Lise,

Accepteriez-vous que je publie votre témoignage sur mon site ?

Sandra""")),

R("fr-neg-rgpd-sujet-formation", "Corinne Masse <c.masse@ehpad-lesglycines.fr>",
  "Formation RGPD pour notre équipe ?",
  """Bonjour Madame Delomenie,

Je suis directrice d'un EHPAD à Vatan. Proposez-vous une formation de sensibilisation au RGPD et au consentement des résidents pour nos aides-soignantes ? Nous aurions besoin d'une demi-journée en mai.

Corinne Masse
Directrice - EHPAD Les Glycines""", []),

R("fr-neg-consentement-theme-atelier", "Agnès Rolland <agnes.rolland@gmail.com>",
  "Atelier sur le consentement",
  """Bonjour Sandra,

J'ai vu passer votre atelier « Dire non, dire oui : le consentement dans la relation ». Est-il ouvert aux ados de 16 ans ? Ma fille serait intéressée.

Agnès""", []),

R("fr-neg-retirer-colis", "Fabrice Meyer <fabrice.meyer@gmail.com>",
  "colis",
  """Sandra, j'ai retiré le colis de cartes au relais Pickup du Super U, je te le dépose demain au cabinet. Fabrice""", []),

R("fr-neg-export-agenda", "Laure Vasseur <laure.vasseur@assistance-pro.fr>",
  "Export de l'agenda",
  """Bonjour Sandra,

Comme convenu, j'ai fait l'export de votre agenda Google vers le nouvel outil de réservation. Tout est passé sauf les rendez-vous récurrents du mardi. Je les recrée à la main lundi.

Laure
Assistante indépendante""", []),

R("fr-neg-corriger-document", "Pauline Gervais <pauline.gervais@gmail.com>",
  "Relecture support",
  """Salut Sandra,

J'ai corrigé ton document de présentation de la formation (fautes et mise en page). Il y avait aussi une coquille dans le titre de la partie 3. Je te le renvoie ce soir.

Pauline""", []),

R("fr-neg-sopposer-debat", "Michel Aubert <michel.aubert@gmail.com>",
  "Suite à notre discussion",
  """Bonjour Sandra,

Je repense à ce que vous disiez jeudi : oser s'opposer à sa hiérarchie sans agressivité. J'ai essayé ce matin en réunion, et ça s'est plutôt bien passé ! Je voulais vous le dire.

Michel""", []),

R("fr-neg-mes-informations-inscription", "Brigitte Caron <brigitte.caron@orange.fr>",
  "Inscription stage d'été",
  """Bonjour,

Je souhaite m'inscrire au stage d'été. Voici mes informations : Brigitte Caron, 64 ans, 12 rue Basse 36100 Issoudun, 06 33 12 54 87. Je règle par chèque ?

Merci
Brigitte""", []),

R("fr-neg-mise-a-jour-infos-opco", "Service formation Agrilis <formation@agrilis.fr>",
  "Convention de formation - stagiaires",
  """Bonjour Madame Delomenie,

Vous trouverez ci-joint la liste des quatre stagiaires inscrits à la session « Gestion des conflits » ainsi que la convention signée. Merci de nous renvoyer les feuilles d'émargement après la session pour la prise en charge OPCO.

Bien cordialement,
Nadège Fournier
Service RH - Agrilis SA""", [],
  att=[("csv", "stagiaires_session_avril.csv", "nom;prenom;poste\nDurand;Alice;chef d'equipe\nMartin;Paul;technicien\nRoy;Sonia;assistante\nFaure;Luc;magasinier\n"),
       ("pdf", "convention_signee.pdf", "CONVENTION DE FORMATION - Agrilis SA / Floraison de Soi - Gestion des conflits")]),

R("fr-neg-rh-donnees-salarie", "Nadège Fournier <formation@agrilis.fr>",
  "Résultats individuels de M. Morin",
  """Bonjour,

Pourriez-vous nous transmettre les résultats individuels du bilan de M. Sébastien Morin, qui était notre salarié ? Nous en aurions besoin pour clôturer son dossier.

Nadège Fournier
Service RH""", []),
# NEAR-LINE: employer asking about another living adult's data -> negative.

R("fr-neg-question-comment-exercer", "Fatima Zeroual <fatima.zeroual@gmail.com>",
  "RGPD ?",
  """Bonjour, si un jour je voulais récupérer mes données, comment ça se passe, il faut écrire un courrier ou un mail suffit ? Merci, Fatima""", []),

R("fr-neg-annulation-abonnement", "Christophe Noël <christophe.noel@gmail.com>",
  "Résiliation abonnement cercle mensuel",
  """Bonjour Sandra,

Je souhaite résilier mon abonnement au cercle mensuel à partir d'avril. Merci de stopper le prélèvement Stripe.

Christophe""", []),
# NEAR-LINE: cancelling a subscription (not the newsletter) -> negative.

R("fr-neg-prise-rdv", "Amélie Perrin <amelie.perrin@gmail.com>",
  "Premier rendez-vous",
  """Bonjour,

Une amie m'a parlé de vous. J'aimerais prendre un premier rendez-vous découverte, plutôt en fin de journée. Quelles sont vos disponibilités ?

Amélie Perrin""", []),

R("fr-neg-avis-google", "Jean Mercier <jean.mercier@orange.fr>",
  "Avis",
  """Bonjour Sandra, j'ai laissé un avis sur Google comme promis. Merci encore pour tout. Jean""", []),

R("fr-neg-partenariat", "Aurore Delmas <aurore@lesjardinsdaurore.fr>",
  "Proposition de partenariat",
  """Bonjour Sandra,

Je suis naturopathe à Châteauroux et j'organise une journée bien-être le 11 avril. Seriez-vous partante pour animer un atelier de 45 minutes ? Je m'occupe de la communication et des inscriptions.

Belle journée,
Aurore Delmas""", []),

R("fr-neg-comptable", "Cabinet Lefranc Expertise <m.lefranc@lefranc-expertise.fr>",
  "Pièces manquantes T1",
  """Bonjour Madame Delomenie,

Pour la clôture du premier trimestre, il nous manque les relevés Qonto de février et les justificatifs des achats Amazon. Pourriez-vous les déposer sur l'espace partagé ?

Cordialement,
Marc Lefranc
Expert-comptable""", [], mailer="Microsoft Outlook 16.0"),

R("fr-neg-remerciement-seance", "Nina Chauvin <nina.chauvin@gmail.com>",
  "merci",
  """Sandra, je voulais juste te dire merci pour la séance d'hier. Je suis ressortie plus légère. À dans 15 jours !""", []),

R("fr-neg-belge-inscription", "Marie Wauters <marie.wauters@skynet.be>",
  "Inscription à la formation en ligne",
  """Bonjour Madame,

Je souhaiterais m'inscrire à votre formation en ligne « Retrouver confiance ». Le paiement en trois fois est-il possible ? Je vous remercie déjà pour votre réponse.

Marie Wauters, Charleroi""", []),

R("fr-neg-question-photo-avant", "Hélène Morvan <helene.morvan@gmail.com>",
  "Photos de l'atelier",
  """Bonjour Sandra,

Avant l'atelier de samedi : est-ce que tu prends des photos pendant ? Je préfère le savoir à l'avance, je n'aime pas trop ça. Si c'est le cas, je me mettrai sur le côté.

Hélène""", []),
# NEAR-LINE: asks about a future practice, no withdrawal of a given consent -> negative.

R("fr-neg-tableau-effacer", "Lucien Brossard <lucien.brossard@cfa-indre.fr>",
  "Salle B12",
  """Bonjour Madame Delomenie,

Merci d'effacer le tableau et d'éteindre le vidéoprojecteur en fin de journée, le ménage passe à 18h. La clé est à rendre à l'accueil.

L. Brossard
CFA de l'Indre""", []),

R("fr-neg-rgpd-question-collegue", "Valérie Jouan <valerie.jouan@coachs-berry.fr>",
  "Question RGPD entre collègues",
  """Salut Sandra,

Petite question de coach à coach : tu gardes tes notes de séance combien de temps, toi ? Et tu fais signer un consentement pour les données de santé ? Je refais mes CGV et je sèche.

Val""", []),

R("fr-neg-amie-donnees-autre", "Sabrina Leclerc <sabrina.leclerc@gmail.com>",
  "Pour ma copine Julie",
  """Bonjour,

Mon amie Julie Marchetti m'a dit qu'elle avait fait une formation chez vous. Vous pouvez me dire si elle a bien terminé ? Je voudrais lui faire une surprise pour fêter ça.

Sabrina""", []),

R("fr-neg-report-seance-sms", "Dylan <dylan.martin36@gmail.com>",
  "rdv",
  """dsl je pourrai pas venir demain jsuis malade, on peut decaler a la semaine pro ?""", []),

R("fr-neg-demande-devis-entreprise", "Olivier Joly <o.joly@menuiserie-joly.fr>",
  "Devis formation gestion du stress",
  """Madame,

Nous sommes une entreprise de 18 salariés. Nous souhaiterions un devis pour une formation « gestion du stress » de deux jours pour nos chefs d'équipe, dans nos locaux de Levroux.

Cordialement,
Olivier Joly
Gérant - Menuiserie Joly""", []),

R("fr-neg-newsletter-merci-article", "Ghislaine Tessier <ghislaine.tessier@orange.fr>",
  "Re: 🌸 La lettre de printemps de Floraison de Soi",
  """Quel bel article sur l'autocompassion, merci Sandra ! Je l'ai transféré à ma sœur.

Ghislaine""", [],
  quote=dict(style="gmail", frm=SANDRA_C, subj="🌸 La lettre de printemps de Floraison de Soi", text="""Bonjour à toutes et à tous,

Ce mois-ci, je vous propose une réflexion sur l'autocompassion...

Pour vous désinscrire, cliquez ici.""")),
# NEAR-LINE: reply to the newsletter contains "désinscrire" only in the quote -> negative.

R("fr-neg-cnil-plainte-annonce", "Hubert Fontaine <hubert.fontaine@gmail.com>",
  "Je saisis la CNIL",
  """Madame,

Je vous informe que je saisis la CNIL de votre pratique consistant à inscrire d'office les participants à la newsletter. Je ne vous demande rien : je préfère que l'autorité s'en occupe.

H. Fontaine""", []),
# NEAR-LINE: announces a CNIL complaint, explicitly asks nothing of her -> negative.

R("fr-neg-question-portabilite-theorique", "Quentin Morel <quentin.morel@etu.univ-orleans.fr>",
  "Mémoire sur le RGPD",
  """Bonjour Madame,

Je suis étudiant en master et je rédige un mémoire sur l'application du RGPD chez les indépendants. Accepteriez-vous de répondre à quelques questions, par exemple : combien de demandes d'accès ou de portabilité recevez-vous par an ?

Quentin Morel""", []),

R("fr-neg-auto-entrepreneur-attestation", "Sarah Benoît <sarah.benoit@gmail.com>",
  "Attestation pour France Travail",
  """Bonjour Sandra,

France Travail me demande une attestation de fin de formation avec le nombre d'heures. Pourriez-vous me l'envoyer ? Merci beaucoup !

Sarah""", []),
# NEAR-LINE: asking for an attendance certificate is a business document, not access.

R("fr-neg-merci-confirmation-rectif", "Roger Baudin <roger.baudin@orange.fr>",
  "Re: changement de numéro",
  """Super merci Sandra !""", [],
  quote=dict(style="apple", frm=SANDRA_O, text="""Bonjour Roger,
C'est noté, j'ai mis votre nouveau numéro à jour.
Sandra""")),

R("fr-neg-phishing-orange", "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera suspendue",
  """Cher(e) client(e),

Votre boîte de messagerie a atteint sa limite de stockage. Conformément au RGPD, vous devez confirmer vos informations dans les 24 heures pour éviter la suppression définitive de vos données.

Confirmer mon compte : http://orange-verif-compte.xyz/login

L'équipe Orange""", [], html="only", to=O,
  html_body="""<html><body><p>Cher(e) client(e),</p><p>Votre boîte de messagerie a atteint sa limite de stockage. Conformément au RGPD, vous devez confirmer vos informations dans les 24 heures pour éviter la <b>suppression définitive de vos données</b>.</p><p><a href="http://orange-verif-compte.xyz/login">Confirmer mon compte</a></p><p>L'équipe Orange</p></body></html>"""),

R("fr-neg-spam-conformite", "Conformité RGPD Express <contact@rgpd-conformite-express.fr>",
  "URGENT : votre site n'est pas conforme RGPD",
  """Madame, Monsieur,

Notre audit automatique a détecté que le site floraisondesoi.fr ne respecte pas le RGPD (bannière cookies, registre de traitement). Vous risquez une amende jusqu'à 20 millions d'euros.

Mettez-vous en conformité pour 299 € HT : répondez OUI à ce mail.

Service Conformité""", [], html="alt"),

R("fr-neg-webinaire-question-chat", "Jacqueline Roy <jacqueline.roy@orange.fr>",
  "Replay du webinaire",
  """Bonjour Sandra,

Je n'ai pas pu assister au webinaire en direct mardi. Est-ce qu'il y aura un replay ? Et comment on y accède ?

Merci
Jacqueline""", []),

R("fr-neg-cheque-perdu", "Denis Gilles <denis.gilles@wanadoo.fr>",
  "chèque",
  """Bonjour Madame, je crois que j'ai oublié de signer le chèque de l'atelier. Je passe en déposer un autre jeudi. Cordialement, D. Gilles""", []),

R("fr-neg-supprimer-doublon-inscription", "Estelle Marchand <estelle.marchand@gmail.com>",
  "Double inscription",
  """Bonjour,

Je me suis inscrite deux fois au webinaire du 26 par erreur (une fois avec le mauvais prénom). Vous pouvez supprimer l'une des deux inscriptions ? Je ne veux pas payer deux fois.

Estelle""", []),
# NEAR-LINE: deleting a duplicate booking is a booking matter, not erasure of her data.

R("fr-neg-quebec-info", "Josée Pelletier <josee.pelletier@videotron.ca>",
  "Formation en ligne depuis le Québec",
  """Bonjour!

Est-ce que vos formations en ligne sont accessibles depuis le Québec, avec le décalage horaire? Pis est-ce que le paiement peut se faire en dollars canadiens?

Merci!
Josée""", []),

R("fr-neg-transfert-article", "Paulette Henry <paulette.henry@orange.fr>",
  "TR: Article sur la méditation",
  """Bonjour Sandra, je pense que cet article pourrait vous intéresser pour vos ateliers. Bises. Paulette""", [],
  quote=dict(style="fwd", frm="Le Berry Républicain <newsletter@leberry.fr>", subj="La méditation gagne les entreprises berrichonnes", to="paulette.henry@orange.fr", text="""La méditation gagne les entreprises berrichonnes

À Bourges et Châteauroux, de plus en plus d'entreprises proposent des séances de méditation à leurs salariés...""")),

R("fr-neg-oublie-affaire", "Marine Giraud <marine.giraud@gmail.com>",
  "écharpe oubliée",
  """Coucou, j'ai oublié mon écharpe verte samedi à l'atelier, tu peux la garder de côté ? Je passe la chercher. Marine""", []),

R("fr-neg-parent-adulte", "Jeanne Rivière <jeanne.riviere@orange.fr>",
  "Mon fils Antoine",
  """Bonjour Madame,

Mon fils Antoine, 29 ans, fait un coaching avec vous. Il ne va pas bien en ce moment. Pourriez-vous me dire de quoi vous parlez en séance et m'envoyer son dossier ? Je m'inquiète.

Jeanne Rivière""", []),
# NEAR-LINE: parent of an ADULT child -> another living adult's data -> negative.

R("fr-neg-outlook-rendez-vous-ok", "Francis Lemaire <francis.lemaire@live.fr>",
  "RE: Proposition de créneaux",
  """Bonjour,

Le mercredi 25 à 10h me convient parfaitement.

Cordialement,
Francis Lemaire""", [],
  quote=dict(style="outlook", frm=SANDRA_C, subj="Proposition de créneaux", text="""Bonjour Monsieur Lemaire,

Je vous propose les créneaux suivants : mercredi 25 à 10h, jeudi 26 à 14h.

Sandra Delomenie""")),

R("fr-neg-conseil-rgpd-coach", "Sébastien Tardy <s.tardy@tardy-conseil.fr>",
  "Accompagnement mise en conformité",
  """Bonjour Madame Delomenie,

Consultant RGPD pour les TPE du Centre-Val de Loire, je propose un diagnostic gratuit de 30 minutes : registre, durées de conservation, gestion des demandes d'accès et d'effacement. Seriez-vous disponible la semaine prochaine ?

Sébastien Tardy""", []),

R("fr-neg-demande-recu-fiscal", "Annie Robert <annie.robert@gmail.com>",
  "reçu",
  """Bonjour Sandra, est-ce que vous pourriez m'envoyer un récapitulatif de tout ce que j'ai payé en 2025 ? C'est pour mes impôts (crédit formation). Merci ! Annie""", []),
# NEAR-LINE: summary of payments for taxes -> business document, not access to personal data.

R("fr-neg-sms-stylish-merci", "Lola <lola.bertrand@gmail.com>",
  "trop bien",
  """trop bien latelier de samedi !!! jreviens en avril c sur 😍""", []),

R("fr-neg-plainte-qualite", "Gilles Marin <gilles.marin@sfr.fr>",
  "Réclamation",
  """Madame,

Je suis déçu de la formation de samedi : la salle était froide, le programme n'a pas été respecté et nous avons fini une heure plus tôt. Je demande un remboursement partiel.

Gilles Marin""", []),

R("fr-neg-consentement-donne-newsletter", "Claire Dupont <claire.dupont@gmail.com>",
  "Newsletter",
  """Bonjour, vous pouvez m'ajouter à votre newsletter ? J'ai adoré la conférence. Claire""", []),

R("fr-neg-question-suppression-automatique", "Martin Leduc <martin.leduc@gmail.com>",
  "Compte inactif",
  """Bonjour,

J'ai reçu un mail disant que les comptes inactifs sont supprimés après 12 mois. Si je me reconnecte maintenant, mon compte est conservé, c'est bien ça ?

Martin""", []),
]

RECORDS += [
R("fr-neg-photo-tableau-atelier", "Coralie Mercier <coralie.mercier@gmail.com>",
  "Photo du tableau",
  """Coucou Sandra, voilà la photo du tableau de samedi avant que tu l'effaces, avec toutes nos idées. Tu peux la mettre dans le groupe ? Coralie""", [],
  att=[("png", "tableau_atelier.png", None)]),

R("fr-neg-docx-programme-corrige", "Pauline Gervais <pauline.gervais@gmail.com>",
  "Programme corrigé",
  """Voilà le programme avec mes corrections en rouge. J'ai supprimé le paragraphe en double page 2. Pauline""", [],
  att=[("docx", "programme_formation_v3.docx", "Programme - Prendre la parole en public\nJour 1 : la voix\nJour 2 : le regard")]),

R("fr-neg-donnees-test-personnalite", "Bastien Royer <bastien.royer@gmail.com>",
  "Résultat du test",
  """Bonjour Sandra, j'ai refait le test de personnalité en ligne dont vous m'aviez parlé, je suis « médiateur ». On en parle jeudi ? Bastien""", []),

R("fr-neg-opposition-mutuelle", "Lydie Ferrand <lydie.ferrand@orange.fr>",
  "Mutuelle",
  """Bonjour, ma mutuelle refuse de rembourser les séances, ils disent que le coaching n'est pas pris en charge. Vous avez une attestation spéciale ou pas ? Merci Lydie""", []),

R("fr-neg-suisse-merci", "Corinne Rochat <corinne.rochat@bluewin.ch>",
  "Merci pour le séminaire",
  """Chère Sandra,

Un tout grand merci pour le séminaire de ce week-end, c'était bien joli. Je vous envoie septante francs pour le livre, comme convenu, par virement.

Corinne""", []),

R("fr-neg-renseignement-tarif-sms", "Inès <ines.kaci@gmail.com>",
  "tarif",
  """bonjour c combien une seance svp et c rembourse ?""", []),

R("fr-neg-question-donnees-sante-avant", "Véronique Lacour <veronique.lacour@free.fr>",
  "Avant de commencer",
  """Bonjour,

Avant de m'engager : si je vous parle de ma santé pendant les séances, qui peut lire vos notes ? Elles sont stockées où ? Je préfère savoir avant.

Véronique""", []),
# NEAR-LINE: asks how her data would be handled in general, before any processing -> question about practice, negative.

R("fr-neg-cnil-question-collegue-portab", "Karim Haddad <karim.haddad@gmail.com>",
  "Petite question",
  """Salut Sandra, ma sœur Samia m'a dit qu'elle t'avait écrit pour ses données. Tu as pu lui répondre ? Elle n'ose pas te relancer. Karim""", []),
]
