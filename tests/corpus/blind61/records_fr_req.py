# French messages that ARE data-subject requests.
from rec import R

RECORDS = [
R("fr-copie-toutes-donnees-formel", "Demande d'accès — article 15 RGPD",
"""Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous demande de bien vouloir me communiquer l'ensemble des données personnelles me concernant que vous détenez, ainsi que les finalités des traitements, les destinataires et la durée de conservation envisagée.

J'ai suivi un accompagnement individuel avec vous entre mars et juin 2024.

Je vous remercie de me répondre dans le délai d'un mois prévu par le texte.

Veuillez agréer, Madame, mes salutations distinguées.

Odile Ferrand
12 rue des Minimes, 18000 Bourges""", ["access"], frm=("Odile Ferrand", "odile.ferrand@laposte.net")),

R("fr-quelles-infos-vous-avez", "petite question",
"""Bonjour Sandra,
je me demandais quelles informations vous aviez gardées sur moi depuis l'atelier de l'an dernier ? Juste par curiosité, rien de grave :)
Bonne journée
Manon""", ["access"]),

R("fr-notes-seances-copie", "Mes notes de séance",
"""Bonjour Madame Delomenie,

Serait-il possible de recevoir une copie des notes que vous avez prises pendant nos séances de coaching (j'en ai fait six à l'automne) ? Je commence un travail avec une psychologue et j'aimerais pouvoir relire ce qui avait été dit.

Merci d'avance,
Bien cordialement,
Thibault Rigaud""", ["access"]),

R("fr-ou-avez-vous-eu-mon-numero", "Qui vous a donné mon numéro ?",
"""Bonjour,

J'ai reçu hier un SMS de votre part pour le stage de printemps. Je ne vous ai jamais donné mon numéro de portable. Pouvez-vous m'indiquer d'où vous tenez cette information et à qui d'autre vous l'avez éventuellement transmise ?

Cordialement
G. Vasseur""", ["access"], html="alt"),

R("fr-effacement-tout-simple", "suppression",
"""Bonjour, merci de supprimer toutes mes données de vos fichiers. Cordialement, Josiane Pradel""", ["erasure"], cte="8bit"),

R("fr-sms-efface-moi", "stp",
"""coucou sandra c lea (latelier du mois de mai) tu peux effacer mes infos de ton fichier stp jai plus besoin merci bcp""", ["erasure"]),

R("fr-compte-et-donnees", "Fermeture compte + données",
"""Bonjour,

Je souhaite la fermeture de mon compte sur votre espace membres ainsi que l'effacement de toutes les données personnelles associées (profil, historique des ateliers, coordonnées).

Merci de me confirmer la bonne prise en compte.

Raphaël Dumas""", ["erasure"]),

R("fr-desabo-newsletter-simple", "Désinscription",
"""Bonjour,
Merci de me retirer de votre lettre d'information, je ne souhaite plus la recevoir.
Bien à vous""", ["objection"]),

R("fr-stop-sms-promos", "STOP SMS",
"""Bonjour, je reçois vos SMS pour les ateliers chaque semaine, je ne veux plus en recevoir. Merci""", ["objection"], cte="8bit"),

R("fr-opposition-prospection-formelle", "Opposition au traitement de mes données à des fins de prospection",
"""Madame,

Conformément à l'article 21.2 du RGPD, je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, quel que soit le canal (courriel, téléphone, courrier).

Je vous saurais gré de bien vouloir en tenir compte sans délai.

Bernard Lacombe""", ["objection"], html="only"),

R("fr-temoignage-retrait", "Mon témoignage sur votre site",
"""Bonjour Sandra,

Il y a deux ans je vous avais donné mon accord pour publier mon témoignage (avec mon prénom et la photo de moi au jardin) sur votre page « Ils m'ont fait confiance ». Ma situation a changé et je préfère qu'il n'apparaisse plus. Pourriez-vous le retirer ?

Je garde un très bon souvenir de notre travail ensemble.
Amicalement,
Véronique""", ["withdraw_consent"]),

R("fr-photo-atelier-retirer", "photos de l'atelier cuisine intuitive",
"""Bonsoir,
j'ai vu que la photo de groupe de samedi est sur votre page Facebook. J'avais coché oui pour le droit à l'image mais finalement je retire mon accord, je ne veux pas apparaître en ligne (mon employeur…). Merci de l'enlever ou de me flouter.
Fanny""", ["withdraw_consent"], att=["png:capture_facebook.png"]),

R("fr-enregistrement-visio-consentement", "Enregistrement de la séance du 14",
"""Bonjour Madame,

Lors de la séance en visio du 14 vous m'aviez demandé si vous pouviez enregistrer pour votre supervision. J'ai dit oui un peu vite : je retire ce consentement, merci de ne pas utiliser cet enregistrement.

Cordialement,
Henri Thomasset""", ["withdraw_consent"]),

R("fr-changement-adresse", "Nouvelle adresse",
"""Bonjour,

J'ai déménagé, pouvez-vous remplacer mon ancienne adresse (7 impasse des Lilas, Châteauroux) par la nouvelle :
23 avenue de la Gare
36000 Châteauroux

Merci !
Sylvie Caron""", ["rectification"]),

R("fr-orthographe-nom", "Erreur sur mon nom",
"""Bonjour, sur l'attestation de formation et dans vos mails, mon nom est écrit « Lefebre » au lieu de « Lefebvre ». Pouvez-vous corriger dans votre fichier svp ? Merci. Arnaud Lefebvre""", ["rectification"]),

R("fr-nouveau-portable", "changement de numéro",
"""Bonjour Sandra, mon numéro a changé : 06 12 48 90 33 (l'ancien en 07 ne marche plus). Tu peux mettre à jour ? Bises, Carole""", ["rectification"]),

R("fr-date-naissance-fausse", "Fiche d'inscription",
"""Bonjour,

En relisant le récapitulatif de mon inscription au cycle « Oser changer », je vois que ma date de naissance est indiquée 03/11/1978 alors que c'est le 11/03/1978 (inversion jour/mois). Merci de rectifier.

Cordialement,
Yolande Perrin""", ["rectification"], html="alt"),

R("fr-note-erronee-seance", "Une note erronée",
"""Bonjour Sandra,

Dans le compte rendu de séance que vous m'avez envoyé, il est écrit que j'ai « quitté mon poste en 2022 suite à un burn-out ». Ce n'est pas exact : j'ai été licenciée économique. Je voudrais que ce soit corrigé dans votre dossier, c'est important pour moi.

Merci,
Laurence""", ["rectification"]),

R("fr-ne-pas-utiliser-ne-pas-effacer", "Mes données — merci de ne rien supprimer",
"""Bonjour,

Je suis en litige avec mon ancien employeur qui a financé ma formation chez vous. Mon avocat m'a conseillé de vous demander de ne surtout pas effacer mon dossier (feuilles d'émargement, évaluations), mais de ne plus l'utiliser ni le transmettre à qui que ce soit jusqu'à la fin de la procédure.

Je vous remercie de votre compréhension.
Damien Roche""", ["restriction"]),  # NEAR-LINE: "don't delete, don't use" -> restriction only

R("fr-conteste-exactitude-gel", "Contestation",
"""Madame,

Je conteste l'exactitude des informations figurant dans le bilan que vous avez remis à mon entreprise. Dans l'attente de la vérification, je vous demande de geler ces données et de ne plus les traiter (article 18 du RGPD).

Salutations,
M. Kader Benali""", ["restriction"]),

R("fr-limitation-pendant-reclamation", "limitation",
"""Bonjour,
tant que vous n'avez pas répondu à ma réclamation du mois dernier, je vous demande de mettre mes données de côté : pas d'envoi, pas d'utilisation, mais gardez tout. Merci
Corinne B.""", ["restriction"]),

R("fr-export-portabilite", "Export de mes données",
"""Bonjour,

Je passe chez une autre coach pour la suite de mon accompagnement. Pourriez-vous m'envoyer mes données (questionnaires, objectifs, historique des séances) dans un format réutilisable, type CSV ou Excel, pour que je puisse les lui transmettre ?

Merci beaucoup,
Pauline Girard""", ["portability"]),

R("fr-portabilite-vers-autre-praticien", "Transfert de dossier",
"""Madame Delomenie,

Au titre de l'article 20 du RGPD, je vous prie de transmettre directement mes données (fiche client et questionnaires d'entrée) à Mme Agathe Roussel, sophrologue, à l'adresse agathe.roussel.sophro@gmail.com, dans un format structuré et lisible par machine.

Bien cordialement,
Éric Vannier""", ["portability"]),

R("fr-deces-mere-fille", "Ma maman, Mme Colette Marteau",
"""Bonjour Madame,

Je suis la fille de Colette Marteau, qui a participé à plusieurs de vos ateliers. Maman est décédée le 2 février. Je vous joins l'acte de décès. Je souhaiterais que son adresse soit retirée de vos listes, et si possible récupérer les écrits qu'elle avait faits pendant les ateliers d'écriture, s'ils existent encore.

Merci de votre délicatesse,
Brigitte Marteau-Leroux""", ["post_mortem"], att=["pdf:acte_deces.pdf|Extrait d'acte de deces - Colette Marteau - 2 fevrier 2025"]),

R("fr-notaire-succession", "Succession de M. Gérard Aubin — demande d'information",
"""Madame,

Je suis chargé du règlement de la succession de Monsieur Gérard AUBIN, décédé le 17 novembre 2025 à Issoudun. Les héritiers souhaitent savoir si vous détenez des données ou documents au nom du défunt et, le cas échéant, en obtenir communication puis la clôture de son dossier.

Vous trouverez ci-joint l'acte de notoriété.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Maître Philippe Cordier
Notaire associé — Office notarial Cordier & Moulin, Vierzon""", ["post_mortem"],
frm=("Office Notarial Cordier & Moulin", "p.cordier@notaires.fr"), att=["pdf:acte_notoriete.pdf|Acte de notoriete - Succession Gerard Aubin"],
hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-directives-apres-ma-mort", "Pour plus tard",
"""Sandra,

Ça va vous paraître bizarre mais je range mes affaires en ce moment (ma maladie avance). Je voudrais que, quand je ne serai plus là, vous effaciez tout ce que vous avez sur moi, sauf le texte que j'ai écrit au stage d'écriture : celui-là, vous pouvez le donner à ma fille Jeanne si elle le demande.

Merci pour tout ce que vous m'avez apporté.
Marie-Thérèse""", ["post_mortem"]),  # NEAR-LINE: own instructions for after death, even though erasure is mentioned -> post_mortem only

R("fr-veuf-abonnement", "Décès de mon épouse",
"""Bonjour,
Mon épouse Françoise nous a quittés en décembre. Elle reçoit encore votre newsletter, ça me fait un pincement à chaque fois. Pouvez-vous la désinscrire et supprimer sa fiche ?
Merci
Jean-Claude Delorme""", ["post_mortem"]),  # NEAR-LINE: heir asking unsubscribe + erasure -> post_mortem only

R("fr-fils-compte-pere-decede", "compte de mon père",
"""bonjour mon pere Alain Guillot est decede en septembre, il avait un compte sur votre site pour les replays. je voudrais savoir ce qu'il y a dedans et le faire fermer. je suis son fils unique. cordialement Kevin Guillot""", ["post_mortem"]),

R("fr-acces-et-effacement", "Mes données",
"""Bonjour,

Avant de supprimer définitivement mon dossier, j'aimerais savoir ce que vous avez exactement sur moi. Pouvez-vous m'envoyer une copie, puis tout effacer une fois que je vous aurai confirmé réception ?

Merci,
Stéphanie Voisin""", ["access", "erasure"]),

R("fr-desabo-et-suppression", "Désabonnement + suppression",
"""Bonjour,
Je ne souhaite plus recevoir vos mails, et je vous demande aussi de supprimer mon adresse et mon nom de tous vos fichiers.
Cordialement
A. Morvan""", ["erasure", "objection"]),

R("fr-temoignage-et-tout-effacer", "Retrait témoignage et effacement",
"""Bonjour Sandra,

Je vous demande de retirer la vidéo témoignage que nous avions tournée en 2023, je ne donne plus mon accord pour sa diffusion. Et au passage, je préfère que vous effaciez l'ensemble de mes données, je ne reviendrai pas en accompagnement.

Bonne continuation,
Nicolas Ferreira""", ["erasure", "withdraw_consent"]),

R("fr-portabilite-et-acces", "Récupérer mon dossier",
"""Bonjour,

Pouvez-vous me dire quelles données vous conservez à mon sujet et m'en fournir une copie dans un fichier exploitable (tableur) ? Je veux pouvoir les réutiliser ailleurs.

Merci
Hugo Lambert""", ["access", "portability"]),

R("fr-rectif-et-opposition", "correction + plus de pub",
"""Bonjour,
Mon prénom est Maëlys et pas Maëlis, pourriez-vous corriger ? Et par la même occasion je ne veux plus recevoir les mails promotionnels, seulement les infos sur mon parcours en cours.
Merci !""", ["objection", "rectification"]),

R("fr-avocat-mandat-acces-effacement", "Mme Sabine Royer — demande au titre des articles 15 et 17 du RGPD",
"""Madame,

J'interviens en qualité de conseil de Madame Sabine ROYER, dont vous trouverez le mandat ci-joint.

Ma cliente sollicite, en application des articles 15 et 17 du RGPD :
1. la communication de l'intégralité des données la concernant, y compris les comptes rendus de séances ;
2. l'effacement de ces données à l'issue de cette communication.

Je vous remercie de me faire parvenir ces éléments dans le délai légal.

Me Claire Dubreuil
Avocate au Barreau de Bourges

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leur destinataire.""", ["access", "erasure"],
frm=("Claire Dubreuil - Avocat", "c.dubreuil@dubreuil-avocat.fr"), att=["pdf:mandat_royer.pdf|Mandat - Sabine Royer donne mandat a Me Claire Dubreuil"]),

R("fr-parent-mineur-effacement", "Données de mon fils Théo (14 ans)",
"""Bonjour Madame,

Mon fils Théo a participé à l'atelier ados « Confiance en soi » en juillet. Nous ne souhaitons pas que ses informations (fiche, photo, réponses au questionnaire) soient conservées. Pouvez-vous tout supprimer ?

Je suis sa mère et représentante légale.
Cordialement,
Aline Marchetti""", ["erasure"]),

R("fr-parent-mineur-acces", "Fille mineure - questionnaire",
"""Bonjour,
En tant que père de Lou (15 ans), j'aimerais obtenir une copie des réponses qu'elle a données au questionnaire de début de stage, ainsi que les informations que vous avez sur elle.
Merci
Olivier Besson""", ["access"]),

R("fr-belge-effacement", "Suppression de mes coordonnées",
"""Bonjour Madame,

Je me permets de vous écrire car je reçois toujours vos courriels alors que j'avais participé à un seul webinaire l'an passé. Pourriez-vous avoir la gentillesse d'effacer mes coordonnées de votre base ? Je vous en remercie d'avance.

Bien à vous,
Geneviève Wauters
Namur""", ["erasure"], frm=("Geneviève Wauters", "genevieve.wauters@skynet.be")),

R("fr-suisse-acces", "Demande de renseignements sur mes données",
"""Bonjour Madame,

Je vous serais reconnaissant de bien vouloir m'indiquer quelles données personnelles vous détenez à mon sujet depuis la formation de septante heures suivie à Issoudun, et à qui elles ont été communiquées.

Avec mes meilleures salutations,
Pierre-Alain Favre
Lausanne""", ["access"], frm=("Pierre-Alain Favre", "pafavre@bluewin.ch")),

R("fr-quebec-desabo", "Courriels",
"""Allô,

J'ai fait un atelier en ligne avec vous cet hiver (j'étais la seule de Montréal, haha). Là je reçois vos courriels à toutes les semaines, c'est un peu trop pour moi. Pouvez-vous m'enlever de la liste d'envoi? Merci ben gros!

Geneviève""", ["objection"], frm=("Geneviève Tremblay", "gen.tremblay@videotron.ca")),

R("fr-sujet-seul-effacement", "Merci de supprimer mes données personnelles", "", ["erasure"]),

R("fr-sujet-seul-desinscription", "désinscription newsletter svp", "", ["objection"]),

R("fr-enfoui-long-mail", "Des nouvelles !",
"""Bonjour Sandra,

Cela fait longtemps ! Je voulais vous donner des nouvelles : j'ai finalement sauté le pas et ouvert mon salon de thé à Vatan, après toutes ces séances où on avait travaillé sur mes peurs. Ça marche plutôt bien, les gens du coin sont curieux. Mon mari m'aide le week-end, les enfants ont grandi, bref la vie suit son cours.

J'ai repensé à l'exercice de la lettre à soi-même, je l'ai encore dans mon tiroir.

Petite chose pratique au passage : j'ai changé d'adresse mail, l'ancienne (cathy.lenoir36@wanadoo.fr) va être fermée. Pouvez-vous utiliser désormais celle-ci, cathy@lesthesdecathy.fr ?

Si un jour vous passez par Vatan, le thé est offert !
Catherine""", ["rectification"], frm=("Catherine Lenoir", "cathy@lesthesdecathy.fr")),

R("fr-euphemisme-oublier", "Tourner la page",
"""Bonjour,

J'ai besoin de tourner la page sur cette période de ma vie. J'aimerais qu'il ne reste plus aucune trace de moi chez vous : fiches, mails, notes, tout. Vous comprendrez, je pense.

Merci,
N.""", ["erasure"]),  # NEAR-LINE: euphemistic but clearly asks all data removed -> erasure

R("fr-profilage-opposition", "Questionnaires et statistiques",
"""Bonjour,
J'ai appris que vous utilisez les questionnaires des participants pour faire des statistiques pour vos conférences. Je ne souhaite pas que mes réponses servent à ça. Je m'y oppose.
Cordialement,
Florence Niel""", ["objection"]),

R("fr-plus-appeler", "Appels",
"""Bonjour,
Vous m'avez appelée deux fois cette semaine pour me proposer le nouveau programme. Je ne veux plus être contactée par téléphone pour ce genre de proposition.
Merci de noter.
M. Dupuis""", ["objection"], html="only"),

R("fr-questionnaire-usage-retrait", "Mon questionnaire",
"""Bonjour Sandra,
J'avais accepté que mon questionnaire anonymisé soit utilisé pour ton mémoire de certification. Finalement je préfère que tu ne l'utilises pas. Désolée du changement d'avis.
Élodie""", ["withdraw_consent"]),

R("fr-audio-podcast-retrait", "Extrait audio dans le podcast",
"""Bonjour,

Vous avez diffusé dans l'épisode 12 de votre podcast un extrait de notre échange où je parle de mon divorce. J'avais donné mon accord à l'époque, mais je le retire aujourd'hui. Merci de couper ce passage.

Cordialement,
Samuel Briand""", ["withdraw_consent"]),

R("fr-video-formation-consent", "Vidéo de la formation",
"""Bonjour,
suite à la formation de formateurs, vous aviez filmé les mises en situation. Je ne suis plus d'accord pour que la séquence où j'apparais soit montrée aux prochaines promotions. Merci d'en tenir compte.
Bien cordialement
Jessica Hamon, participante session 3""", ["withdraw_consent"], html="alt"),

R("fr-rh-salarie-mandat", "Demande de la part de notre salarié M. Lopez",
"""Bonjour Madame Delomenie,

Notre collaborateur, M. Antoine Lopez, a suivi en 2025 la formation management que nous avons financée. Il nous a donné mandat écrit (joint) pour vous demander, en son nom, la rectification de son adresse e-mail sur son attestation : il faut antoine.lopez@groupe-berry.fr et non a.lopes@groupe-berry.fr.

Cordialement,
Service RH — Groupe Berry Industrie""", ["rectification"],
frm=("Service RH Groupe Berry", "rh@groupe-berry.fr"), att=["pdf:mandat_lopez.pdf|Mandat Antoine Lopez - rectification adresse e-mail"]),  # NEAR-LINE: HR with written mandate acts for the employee -> request

R("fr-faute-frappe-mail", "erreur mail",
"""bjr vous avez mis mon mail avec une faute (marion.guyot@gmial.com) du coup je recois rien, c marion.guyot@gmail.com merci""", ["rectification"]),

R("fr-complement-infos", "Compléter ma fiche",
"""Bonjour,
Sur ma fiche de stagiaire il manque mon nom d'épouse (Bertin). Pourriez-vous l'ajouter à côté de mon nom de naissance pour que les attestations soient au bon nom ?
Merci, Agnès Colas""", ["rectification"]),

R("fr-qui-destinataires", "Partenaires ?",
"""Bonjour,
Depuis mon inscription à votre conférence au salon bien-être, je reçois de la pub de plusieurs naturopathes. Avez-vous transmis mes coordonnées à quelqu'un ? J'aimerais connaître la liste des destinataires.
Merci
Roselyne Vidal""", ["access"]),

R("fr-copie-dossier-impots", "copie de mes données svp",
"""Bonjour Sandra, pourrais-tu m'envoyer tout ce que tu as sur moi ? (fiche, factures, échanges). Merci d'avance !! Nath""", ["access"]),

R("fr-gel-plus-mailing-garder", "pause",
"""Bonjour,
Je pars un an à l'étranger. Plutôt que de tout supprimer, pouvez-vous mettre mon dossier en sommeil, sans aucune utilisation, jusqu'à mon retour ? Je veux reprendre l'accompagnement ensuite.
Merci, Lina""", ["restriction"]),  # NEAR-LINE: freeze rather than delete -> restriction

R("fr-restriction-formel-art18", "Demande de limitation du traitement (art. 18 RGPD)",
"""Madame,

Par la présente, je sollicite la limitation du traitement de mes données personnelles, conformément à l'article 18 du RGPD, dans l'attente de la réponse à ma demande de rectification adressée le 3 courant.

Je vous prie d'agréer mes salutations.

Hervé Lamarque""", ["restriction"], html="only", cte="base64"),

R("fr-restriction-et-rectif", "Bilan de compétences — erreur",
"""Bonjour,

Le bilan que vous m'avez remis mentionne un diplôme que je n'ai pas (BTS MUC) et oublie ma licence pro. Merci de corriger ces informations. En attendant la correction, je vous demande de ne pas transmettre ce document à Pôle emploi / France Travail ni de l'utiliser.

Cordialement,
Cédric Payen""", ["rectification", "restriction"]),

R("fr-portabilite-json", "fichier",
"""Salut Sandra, est-ce que je peux avoir mon historique (séances, exercices, suivi) en fichier csv ou json ? je veux l'importer dans mon appli de journal. Merci !!
Tom""", ["portability"]),

R("fr-portabilite-sms", "transfert",
"""Bjr pouvez vs envoyer mes données direct a ma nouvelle coach Mme Renard (isabelle.renard.coaching@gmail.com) ds un format qu elle peut importer merci""", ["portability"]),

R("fr-portabilite-acces-formel", "Exercice de mes droits",
"""Madame,

Je vous demande, d'une part, de m'indiquer l'ensemble des données me concernant que vous traitez et, d'autre part, de me les transmettre dans un format structuré, couramment utilisé et lisible par machine (articles 15 et 20 du RGPD).

Cordialement,
Isabelle Chaumont""", ["access", "portability"]),

R("fr-tout-supprimer-tout-stopper", "Arrêt total",
"""Bonjour,
Je veux que vous arrêtiez de m'écrire, que vous retiriez la photo de moi prise au salon de septembre qui est sur votre site et que vous supprimiez toutes mes données.
Merci de votre rapidité.
Xavier Roux""", ["erasure", "objection", "withdraw_consent"]),

R("fr-efface-quote-newsletter", "Re: Les ateliers de janvier sont ouverts !",
"""Bonjour, je profite de ce mail pour vous demander d'effacer mes coordonnées, merci.""", ["erasure"],
q="""Chères toutes, chers tous,

Les inscriptions aux ateliers de janvier sont ouvertes ! Au programme : écriture intuitive, gestion des émotions, et un nouvel atelier « Se réconcilier avec son corps ».

Belle semaine,
Sandra — Floraison de Soi""", qs="gmail"),  # NEAR-LINE: request above a quoted newsletter -> request

R("fr-acces-quote-rappel", "RE: Rappel : votre rendez-vous du 12/03",
"""Bonjour,
Merci pour le rappel. Par ailleurs, pourriez-vous m'envoyer une copie de mes réponses au questionnaire d'accueil ? Je ne l'ai pas gardée.
Bien cordialement
Jacqueline Mercier""", ["access"],
q="""Bonjour,

Petit rappel : votre rendez-vous est prévu le 12/03 à 14h00 au 46 rue d'Estienne d'Orves, Issoudun.

À bientôt,
Sandra Delomenie""", qs="outlook", qwho="Sandra Delomenie <contact@floraisondesoi.fr>", qto="Jacqueline Mercier", qsubj="Rappel : votre rendez-vous du 12/03"),

R("fr-objection-iphone", "Mails",
"""Bonjour, merci de ne plus m'envoyer de mails marketing. Cordialement

Envoyé de mon iPhone""", ["objection"], frm=("Annick", "annick.j@icloud.com")),

R("fr-typos-supression", "supression de mes donné",
"""bonjour je voudrai que vous suprimiez mes donné personel de votre fichié car je n ai plus de lien avec votre ateliers. merci de me repondre. mr gauthier""", ["erasure"]),

R("fr-acces-origine", "Comment avez-vous eu mon adresse ?",
"""Bonjour,

Je reçois votre newsletter depuis mars sans jamais m'être inscrite. Pouvez-vous me dire d'où provient mon adresse e-mail et ce que vous savez d'autre sur moi ? Et retirez-moi de la liste dans la foulée.

Cordialement,
Danielle Fabre""", ["access", "objection"], hdr={"Cc": "Gilles Fabre <gilles.fabre@sfr.fr>"}),

R("fr-rectif-adresse-postale-facture", "Adresse de facturation",
"""Bonjour,
Pour la suite, merci de noter ma nouvelle adresse postale dans votre fichier client : 4 place du Marché, 36100 Issoudun. L'ancienne (route de Bourges) n'est plus valable.
Cordialement,
Dominique Pichon""", ["rectification"], html="only"),

R("fr-portabilite-ecrits", "Mes textes de l'atelier d'écriture",
"""Bonjour Sandra,
Tu avais numérisé nos textes sur ta plateforme. Est-ce que tu peux m'exporter tous les miens en fichier (Word ou txt) pour que je les mette dans mon propre classeur numérique ? Merci !
Maud""", ["portability"]),  # NEAR-LINE: own texts in reusable format -> portability (not access)

R("fr-mere-mineure-photo", "Photo de ma fille sur Instagram",
"""Bonjour,
Ma fille Zoé (12 ans) apparaît sur la photo de l'atelier parents-enfants publiée sur votre Instagram. J'avais signé l'autorisation mais je la retire. Merci de supprimer la publication ou de recadrer.
Sandrine Moulin""", ["withdraw_consent"]),

R("fr-deces-frere-notes", "Mon frère Pascal",
"""Madame,
Mon frère Pascal Ribeiro, que vous avez accompagné en 2024, s'est donné la mort en janvier. Nous essayons de comprendre. Est-il possible, en tant que famille, d'avoir accès aux notes de ses séances ? Je joins le certificat de décès et le livret de famille.
Avec mes remerciements,
Ana Ribeiro""", ["post_mortem"], att=["pdf:certificat_deces.pdf|Certificat de deces - Pascal Ribeiro", "pdf:livret_famille.pdf|Livret de famille - extrait"]),

R("fr-deces-heritier-acces-facture", "Mme Odette Bernard — décédée",
"""Bonjour,

Je suis le petit-fils et seul héritier d'Odette Bernard, décédée en avril. Pour clore ses comptes, j'ai besoin de savoir quelles informations vous détenez à son nom et de recevoir une copie de ses factures.

Cordialement,
Maxime Bernard""", ["post_mortem"]),  # NEAR-LINE: heir asking access -> post_mortem only

R("fr-directive-post-mortem-formelle", "Directives relatives à mes données après mon décès",
"""Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous fais part de mes directives concernant le sort de mes données personnelles après mon décès : je souhaite qu'elles soient intégralement supprimées et qu'aucune ne soit communiquée à mes proches. Je désigne mon neveu, M. Loïc Arnaud, pour veiller à l'exécution de ces directives.

Veuillez agréer, Madame, mes salutations distinguées.

Georges Arnaud""", ["post_mortem"], att=["pdf:directives.pdf|Directives post mortem - Georges Arnaud"]),

R("fr-deces-conjointe-photo", "Photo de ma compagne",
"""Bonjour Sandra,
Hélène est partie le mois dernier. Sur ton site il y a encore sa photo dans les témoignages. Je ne sais pas si je veux qu'elle reste ou pas... pour le moment peux-tu la retirer ? On verra plus tard avec ses enfants.
Didier""", ["post_mortem"]),  # NEAR-LINE: relative after death asking photo removal -> post_mortem only

R("fr-notaire-fermeture-espace", "Dossier 2025-0412 / succession VIGNAUD",
"""Madame,

Dans le cadre de la succession de Mme Lucienne VIGNAUD, décédée le 8 août 2025, nous vous remercions de procéder à la clôture de son espace client et à la suppression de ses données, et de nous en adresser confirmation.

Bien à vous,
Sophie Teyssier, clerc de notaire
Étude de Me Brault, Issoudun""", ["post_mortem"], frm=("Etude Me Brault", "office.brault@notaires.fr"), html="alt"),

R("fr-rectif-apple-quote", "Re: Votre attestation de formation",
"""Merci Sandra ! Par contre ma date de naissance est fausse sur l'attestation (c'est le 22/07/1990, pas 1980 !). Tu peux corriger dans ton fichier et me renvoyer une attestation ?
Bisous""", ["rectification"],
q="""Bonjour Chloé,

Veuillez trouver ci-joint votre attestation de fin de formation.

Belle continuation,
Sandra""", qs="apple", frm=("Chloé Martinet", "chloe.martinet@icloud.com")),

R("fr-opposition-relance-telephonique-et-acces", "Relances",
"""Bonjour,
Je ne veux plus être relancée pour des ateliers (ni mail ni téléphone). J'aimerais aussi savoir quelles informations vous conservez sur moi.
Merci
Patricia Lemaître""", ["access", "objection"], html="only"),

R("fr-entreprise-payeur-salarie-effacement", "Données de nos anciens stagiaires",
"""Bonjour,

La société Transports Giraudon a financé votre formation « Gestion du stress » pour 6 salariés en 2024. L'un d'eux, M. Fabien Texier, nous a quittés et nous a remis un mandat signé (ci-joint) vous demandant l'effacement de toutes ses données personnelles.

Nous vous remercions de bien vouloir y donner suite.

Cordialement,
Mme Laetitia Giraudon, gérante""", ["erasure"],
frm=("Laetitia Giraudon", "direction@transports-giraudon.fr"), att=["pdf:mandat_texier.pdf|Mandat de Fabien Texier pour effacement de ses donnees"]),

R("fr-effacement-8bit-accents", "Effacement de mes données personnelles — Mme Hélène Géraud",
"""Bonjour Madame,

Je n'ai plus recours à vos services depuis l'été dernier. Je vous saurais gré d'effacer l'intégralité des données me concernant (fiche, échanges de mails, notes), conformément à l'article 17 du RGPD, et de m'en confirmer l'exécution.

Bien cordialement,
Hélène Géraud""", ["erasure"], cte="8bit"),

R("fr-acces-belge-formulaire", "Demande via formulaire de contact",
"""Nom : Jonathan Peeters
E-mail : jonathan.peeters@telenet.be
Message : Bonjour, je voudrais savoir quelles données à caractère personnel vous avez à mon sujet suite à l'atelier en ligne. Une copie me serait bien utile. Merci, JP""", ["access"],
frm=("Floraison de Soi - formulaire", "wordpress@floraisondesoi.fr"), hdr={"Reply-To": "Jonathan Peeters <jonathan.peeters@telenet.be>", "X-Mailer": "WPForms"}),

R("fr-formulaire-rectif", "Nouveau message depuis le site",
"""Nom : Mireille Saulnier
Téléphone : 06 77 21 04 58
Message : mon ancien numéro 02 54 21 xx xx n'est plus attribué, merci de mettre celui-ci à la place dans votre fichier.""", ["rectification"],
frm=("Floraison de Soi", "wordpress@floraisondesoi.fr"), hdr={"Reply-To": "Mireille Saulnier <m.saulnier@free.fr>", "X-Mailer": "WPForms"}),

R("fr-formulaire-retrait-consentement", "Formulaire de contact : retrait",
"""Prénom : Inès
Sujet : Droit à l'image
Message : Bonjour, je retire l'autorisation d'utiliser ma photo prise lors du stage de juin (celle sur la plaquette). Merci.""", ["withdraw_consent"],
frm=("Site Floraison de Soi", "noreply@floraisondesoi.fr"), hdr={"Reply-To": "ines.kaci@gmail.com"}, html="only"),

R("fr-erasure-withdraw-questionnaire", "Fin de l'accompagnement",
"""Bonjour Sandra,

Nous arrivons au bout de notre collaboration. Je préfère que mon questionnaire ne serve pas à ton étude finalement, et plus largement j'aimerais que tu supprimes tout mon dossier quand la facture sera soldée.

Merci pour ces mois,
Rachid""", ["erasure", "withdraw_consent"]),

R("fr-objection-profilage-newsletter", "Suivi des ouvertures",
"""Bonjour,
J'ai remarqué que vos newsletters contiennent un traceur d'ouverture et que vous segmentez vos abonnés. Je refuse ce profilage : merci de ne plus analyser mes clics ni mes ouvertures. Je reste abonnée au contenu.
Cordialement
Mathilde Jacquet""", ["objection"]),

R("fr-plus-de-newsletter-et-copie", "lettre info",
"""Bonjour,
1) désabonnez-moi de la lettre d'info
2) envoyez-moi en pdf ce que vous avez dans mon dossier client
Merci
C. Hoarau""", ["access", "objection"]),

R("fr-rectif-et-portabilite", "Avant de partir",
"""Bonjour,

Deux choses avant que je change de praticienne : d'abord, mon adresse dans votre fichier est toujours l'ancienne (Rue Jean Jaurès), la bonne est 9 chemin des Vignes, 36260 Reuilly. Ensuite, pouvez-vous m'exporter mes données en format tableur pour ma nouvelle praticienne ?

Merci,
Gisèle Ponsard""", ["portability", "rectification"]),

R("fr-restriction-et-opposition", "Mes données et la prospection",
"""Bonjour,

Je conteste avoir donné mon accord pour recevoir vos offres. Je vous demande de cesser de m'envoyer de la prospection, et de ne plus utiliser mes données tant que vous n'avez pas vérifié comment elles ont été obtenues — sans les effacer, j'en aurai peut-être besoin.

Cordialement,
Julien Marot""", ["objection", "restriction"]),

R("fr-restriction-portabilite", "Données de suivi",
"""Bonjour,
Pouvez-vous m'envoyer mon suivi en fichier csv (je le transmets à mon médecin du travail) puis bloquer mon dossier, sans rien effacer ni utiliser, le temps que je décide si je reprends ?
Merci
Sarah Ouali""", ["portability", "restriction"]),

R("fr-gmail-retrait-consentement-quote", "Re: Votre témoignage est en ligne !",
"""Bonjour Sandra,

Après réflexion, je ne souhaite plus que mon témoignage soit publié. Je retire mon accord. Désolé pour le travail que ça te donne.

Benoît""", ["withdraw_consent"],
q="""Bonjour Benoît,

Ton témoignage est en ligne sur la page d'accueil, merci encore !

Sandra""", qs="gmail"),

R("fr-effacement-formulaire-cc", "Suppression compte",
"""Bonjour,

Je vous demande de supprimer mon compte et l'ensemble des données qui y sont liées (coordonnées, historique de commandes, réponses aux quiz). Je mets mon conjoint en copie car il a lui aussi reçu vos mails à mon nom.

Marjorie Lhomme""", ["erasure"], hdr={"Cc": "Frédéric Lhomme <fred.lhomme@orange.fr>"}),

R("fr-access-apres-cnil-menace", "Sans réponse",
"""Madame,

Je vous ai écrit le 4 septembre pour obtenir une copie de mes données, sans réponse. Je réitère ma demande d'accès. À défaut de réponse sous 15 jours, je saisirai la CNIL.

Lucien Garnier""", ["access"]),  # NEAR-LINE: mentions CNIL but is a repeated access request to her -> request

R("fr-erasure-objection-withdraw-rectif-no", "Newsletter et photos",
"""Bonjour,
Merci d'arrêter l'envoi de la newsletter à cette adresse. Et je retire aussi mon accord pour les photos de l'atelier de Noël.
Cordialement
Estelle""", ["objection", "withdraw_consent"]),

R("fr-acces-rectif", "Vérifier mon dossier",
"""Bonjour,

J'aimerais recevoir une copie des informations que vous détenez sur moi, notamment ma fiche stagiaire : je crois que mon employeur y est mal renseigné (je ne suis plus chez Bricomarché mais chez Leroy Merlin depuis 2024), il faudra le corriger.

Merci,
Franck Delmas""", ["access", "rectification"]),

R("fr-portabilite-outlook-quote", "RE: Bilan de fin d'accompagnement",
"""Bonjour Sandra,

Merci pour ce bilan. Pourriez-vous aussi m'envoyer toutes mes fiches d'exercices et mes auto-évaluations dans un format que je peux réimporter (Excel) ? Je souhaite poursuivre le suivi sur l'outil de mon entreprise.

Bien cordialement,
Aurore Gautier
Responsable qualité | Laboratoires Sorel
Ce message est confidentiel. S'il vous a été adressé par erreur, merci de le détruire.""", ["portability"],
q="""Bonjour Aurore,

Voici le bilan de nos 8 séances. Bravo pour le chemin parcouru.

Sandra Delomenie
Floraison de Soi""", qs="outlook", qwho="Sandra Delomenie <sandra.delomenie@orange.fr>", qto="Aurore Gautier",
frm=("Aurore Gautier", "aurore.gautier@labo-sorel.fr"), hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-restriction-contestation-note", "Compte rendu contesté",
"""Bonjour,
Je ne suis pas d'accord avec ce qui est écrit dans la synthèse de la séance collective (propos qui m'ont été attribués). En attendant qu'on en parle, merci de ne pas diffuser ni utiliser ce document.
Régine""", ["restriction"]),

R("fr-objection-stats-formation", "Évaluation formation",
"""Bonjour,
Je m'oppose à ce que mes évaluations de la formation soient utilisées dans vos statistiques Qualiopi publiées en ligne, même anonymisées.
Merci
Gaël Le Goff""", ["objection"]),  # NEAR-LINE: objection to use for statistics -> objection

R("fr-erasure-portability", "Quitter proprement",
"""Bonjour,

Pouvez-vous m'envoyer mes données en fichier CSV (pour mes archives personnelles et les réimporter ailleurs), puis les supprimer de chez vous ?

Merci d'avance
Lionel Faure""", ["erasure", "portability"]),
]
