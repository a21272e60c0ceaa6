# French requests, part 1.
from recordlib import M, SANDRA, SANDRA_O

RECORDS = [

M("fr-honte-notes-seance",
  "Mes séances",
  """Bonjour Sandra,

Je vous écris après plusieurs semaines d'hésitation. Pendant nos séances de l'automne dernier, je vous ai raconté des choses sur mon couple et sur ma consommation d'alcool que je n'avais jamais dites à personne. Sur le moment cela m'a soulagée, mais aujourd'hui j'ai honte, vraiment honte, de savoir que tout cela est écrit quelque part.

Je vous demande donc de détruire vos notes me concernant, ainsi que le questionnaire de départ et, plus largement, tout ce que vous avez gardé sur moi. Je ne vous en veux pas, vous avez été très bienveillante. J'ai simplement besoin de tourner la page pour de bon.

Pouvez-vous me confirmer quand ce sera fait ?

Nathalie""",
  ["erasure"], ("Nathalie Guérineau", "nat.guerineau@orange.fr")),

M("fr-honte-relire-ce-qui-est-ecrit",
  "ce que vous avez écrit sur moi",
  """Bonsoir,

Ça fait trois nuits que je dors mal en repensant à la séance du 14. J'ai parlé de mon père d'une façon dont je ne suis pas fière et je vous ai vue prendre des notes pendant tout ce temps.

J'ai besoin de savoir exactement ce que vous avez noté. Est-ce que vous pourriez m'envoyer une copie de vos notes de séance me concernant, toutes, depuis le début de l'accompagnement ? Je ne cherche pas à vous faire un procès, j'ai juste besoin de lire ces mots pour arrêter de les imaginer.

Merci de ne pas m'en vouloir pour ce mail.
Coralie""",
  ["access"], ("Coralie Vasseur", "coralie.vasseur@gmail.com"), mailer="iphone2"),

M("fr-remboursement-et-suppression",
  "Atelier du 8 mars - remboursement ET suppression",
  """Madame,

L'atelier « Oser dire non » du 8 mars n'avait rien à voir avec le programme annoncé : trois heures de tour de table, aucun outil concret, et vous avez quitté la salle vingt minutes avant la fin. J'ai payé 85 € et je demande à être remboursée intégralement.

Par ailleurs, et quelle que soit votre réponse sur le remboursement, je vous demande de supprimer toutes les données que vous détenez sur moi (fiche d'inscription, coordonnées, réponses au questionnaire d'accueil). Je ne souhaite plus avoir aucun lien avec Floraison de Soi.

J'attends votre retour rapidement.

Brigitte Marchais""",
  ["erasure"], ("Brigitte Marchais", "b.marchais36@wanadoo.fr"),
  date="2025-03-11 19:40"),

M("fr-copie-ou-cnil",
  "Demande de copie de mes données - dernier avertissement",
  """Madame Deloménie,

Je vous ai demandé oralement le mois dernier ce que vous aviez conservé sur moi après l'arrêt de mon accompagnement. Vous m'avez répondu « pas grand-chose » et depuis, plus rien.

Je vous demande donc par écrit une copie complète de l'ensemble des données me concernant : notes, comptes rendus, échanges, questionnaires, factures, tout. Vous avez un mois pour le faire. Passé ce délai, je saisirai la CNIL sans autre avertissement, et je ne plaisante pas.

Franck Aubertin
12 allée des Tilleuls, 36100 Issoudun""",
  ["access"], ("Franck Aubertin", "franck.aubertin@free.fr")),
# NEAR-LINE: threat of a CNIL complaint, but it comes with an explicit access request -> request.

M("fr-troisieme-fois-desinscription",
  "TROISIÈME demande de désinscription",
  """C'est la troisième fois que je vous écris pour ne plus recevoir votre newsletter. La première fois c'était en janvier, la deuxième en février, et ce matin encore « Les 5 clés du printemps intérieur » dans ma boîte.

Retirez mon adresse de votre liste. Si je reçois encore un seul mail de votre part, je fais un signalement à la CNIL, j'ai déjà rempli la moitié du formulaire.

M. Pelletier""",
  ["objection"], ("Hervé Pelletier", "herve.pelletier@laposte.net"),
  attachments=[dict(kind="png", name="Capture d'écran 2025-03-04 à 08.12.41.png")],
  date="2025-03-04 08:20"),

M("fr-rupture-mes-donnees-couple",
  "Accompagnement de couple - ma partie",
  """Bonjour Sandra,

Comme vous le savez peut-être déjà par Julien, nous nous sommes séparés en décembre. Nous avions suivi ensemble les six séances d'accompagnement de couple au printemps.

Je ne sais pas comment vous organisez vos dossiers quand on vient à deux, mais en ce qui me concerne je voudrais que vous effaciez tout ce qui vient de moi : mes réponses aux questionnaires individuels, mes coordonnées, les mails que je vous ai envoyés seule. Pour ce qui concerne Julien, je le laisse faire ses propres démarches, ce n'est pas à moi de décider pour lui.

C'est une période difficile et j'ai besoin de fermer ce chapitre proprement. Merci pour tout ce que vous avez fait malgré tout.

Émilie R.""",
  ["erasure"], ("Emilie Roussel", "emilie.roussel@outlook.fr")),
# NEAR-LINE: mentions her ex, but she only asks for erasure of her own data -> request.

M("fr-separation-nouvelle-adresse",
  "Changement d'adresse (important)",
  """Bonjour,

Suite à ma séparation j'ai déménagé. Merci de ne plus rien envoyer à l'ancienne adresse du 9 rue Danton, c'est là que vit mon ex-mari et je ne veux pas qu'il ouvre mon courrier.

Ma nouvelle adresse : 3 impasse des Glycines, 36100 Issoudun.
Et mon nouveau mail c'est celui-ci (l'ancien, sophie.lamy.danton@orange.fr, il y a accès, donc merci de le remplacer).

Sophie Lamy""",
  ["rectification"], ("Sophie Lamy", "sophie.lamy36@gmail.com"),
  reply_to=("Sophie Lamy", "sophie.lamy36@gmail.com")),

M("fr-formel-article-15",
  "Exercice du droit d'accès - article 15 du RGPD",
  """Madame,

En application de l'article 15 du règlement (UE) 2016/679 du 27 avril 2016 (RGPD), je vous prie de bien vouloir me communiquer :

- la confirmation que des données à caractère personnel me concernant sont ou ne sont pas traitées par votre entreprise « Floraison de Soi » ;
- une copie de l'ensemble de ces données ;
- les finalités du traitement, les catégories de données concernées et leur durée de conservation ;
- les destinataires auxquels ces données ont été communiquées, notamment les plateformes et prestataires ;
- toute information disponible quant à leur source, si elles n'ont pas été collectées auprès de moi.

Vous trouverez ci-joint la copie de ma carte d'identité. Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Gérard Pommereau
7 rue de la Croix-Blanche
18100 Vierzon""",
  ["access"], ("Gérard Pommereau", "gerard.pommereau@orange.fr"), to="orange",
  attachments=[dict(kind="pdf", name="CNI_Pommereau.pdf",
                    text="REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : POMMEREAU\nPrenom : Gerard\nNe le 02.11.1958 a Vierzon\nCopie certifiee conforme - usage : demande d'acces RGPD")],
  mailer="outlook",
  date="2025-01-23 22:54"),

M("fr-formel-effacement-opposition",
  "Demande d'effacement et opposition - art. 17 et 21 RGPD",
  """Madame Deloménie,

Ancienne participante à votre stage « Retrouver son élan » (juin 2023), je constate que je continue de recevoir vos propositions commerciales.

Sur le fondement de l'article 21 du RGPD, je m'oppose à tout traitement de mes données à des fins de prospection. Sur le fondement de l'article 17, je vous demande en outre l'effacement de l'ensemble des données me concernant qui ne seraient pas soumises à une obligation légale de conservation.

Je vous remercie de me confirmer la bonne exécution de ces demandes dans le délai prévu à l'article 12.

Cordialement,
Isabelle Férrand""",
  ["erasure", "objection"], ("Isabelle Ferrand", "isabelle.ferrand@sfr.fr"),
  attachments=[dict(kind="docx", name="Demande_RGPD_Ferrand.docx", text="Isabelle FERRAND\n\nObjet : demande d'effacement et opposition (articles 17 et 21 du RGPD)\n\nMadame,\nJe m'oppose au traitement de mes donnees a des fins de prospection et vous demande l'effacement de l'ensemble des donnees me concernant.\n\nIsabelle Ferrand")]),

M("fr-sms-arrete-newsletter",
  "stop",
  """stp arrete de menvoyer tes newsletters jsuis plus interessée merci""",
  ["objection"], ("Kim", "kimmy.bdx@hotmail.fr"), mailer="outlook_ios", cte="7bit"),

M("fr-belge-lettre-info",
  "Désinscription lettre d'information",
  """Bonjour Madame,

Pourriez-vous avoir l'amabilité de me désinscrire de votre lettre d'information ? J'ai participé à votre webinaire de septante minutes sur la gestion du stress l'an passé (très chouette, d'ailleurs), mais je reçois déjà trop de courriels et je dois faire le tri.

Je vous en remercie d'avance et vous souhaite une bonne continuation.

Bien à vous,
Marie-Françoise Delvaux
Namur""",
  ["objection"], ("Marie-Françoise Delvaux", "mf.delvaux@skynet.be")),

M("fr-suisse-transfert-dossier",
  "Transfert de mon dossier vers ma nouvelle coach",
  """Chère Madame,

Depuis mon déménagement à Lausanne, je poursuis mon accompagnement auprès de Mme Aline Rochat, coach à Pully. Elle me suggère de lui faire suivre ce que nous avions construit ensemble.

Serait-il possible de me transmettre mes données (bilan initial, questionnaires, plan d'action, fiches d'exercices) dans un format électronique que je puisse réutiliser, ou de les envoyer directement à Mme Rochat à l'adresse a.rochat@coaching-lavaux.ch ? Un fichier informatique ordinaire fera très bien l'affaire.

Je vous remercie par avance et vous adresse mes salutations les meilleures depuis le bord du lac.

Chantal Burnier""",
  ["portability"], ("Chantal Burnier", "chantal.burnier@bluewin.ch")),

M("fr-quebec-copie-dossier",
  "Copie de mon dossier",
  """Allô Sandra,

J'espère que tu vas bien! Je suis de retour à Montréal depuis l'été, et je repense souvent à nos rencontres à Issoudun quand j'étais en échange.

J'aimerais ça avoir une copie de mon dossier au complet, mes notes de rencontre, le questionnaire du début, toute la patente. C'est pour moi, pour voir le chemin que j'ai fait. Est-ce que c'est correct si tu me l'envoies par courriel?

Merci gros, pis bonne fin de semaine!
Geneviève""",
  ["access"], ("Geneviève Tremblay", "gen.tremblay@videotron.ca"),
  date="2025-10-18 15:33"),

M("fr-retrait-temoignage-honte",
  "Mon témoignage sur le site",
  """Bonjour Sandra,

Il y a deux ans je vous avais donné mon accord pour publier mon témoignage avec mon prénom et ma photo, sur votre site et sur la page Facebook. À l'époque j'étais fière du chemin parcouru.

Mon nouvel employeur est tombé dessus la semaine dernière et m'en a parlé devant des collègues. Je me suis sentie mise à nu. Je retire mon accord : merci d'enlever ce témoignage et la photo partout où ils apparaissent.

Je sais que ce n'est pas de votre faute, et je garde un très bon souvenir de notre travail.

Amandine""",
  ["withdraw_consent"], ("Amandine Chollet", "amandine.chollet@icloud.com"),
  attachments=[dict(kind="png", name="IMG_4821.PNG")]),

M("fr-temoignage-et-tout-le-reste",
  "Retrait témoignage + suppression",
  """Sandra,

Je ne veux plus que mon témoignage vidéo figure sur votre page « Ils m'ont fait confiance ». Je retire mon consentement, purement et simplement.

Et tant qu'on y est : effacez aussi tout le reste. Mes coordonnées, mon dossier, les enregistrements. Je ne veux plus exister dans vos fichiers.

Je n'ai pas envie d'en discuter.

Thierry Bonnin""",
  ["erasure", "withdraw_consent"], ("Thierry Bonnin", "thierry.bonnin@gmail.com")),

M("fr-photo-atelier-facebook",
  "Photo de l'atelier mandala",
  """Bonjour,

J'ai vu que la photo de groupe de l'atelier mandala du 22 novembre était encore en ligne sur votre page Facebook. J'avais coché la case pour l'utilisation de mon image, mais j'ai changé d'avis : je préfère qu'on ne me voie pas. Est-ce que vous pourriez la retirer, ou au moins me flouter ?

Je suis la troisième en partant de la gauche, pull jaune.

Bonne journée,
Lucie""",
  ["withdraw_consent"], ("Lucie Martineau", "lucie.martineau@yahoo.fr"),
  date="2025-12-15 10:08"),

M("fr-replay-visage",
  "Replay du webinaire 'Dire adieu à la culpabilité'",
  """Bonjour Madame,

Lors du webinaire de jeudi j'ai activé ma caméra au moment des échanges et j'ai fondu en larmes en parlant de mon fils. Je vois que le replay est disponible pour tous les inscrits et que l'on me reconnaît très bien.

J'avais accepté l'enregistrement au moment de l'inscription, mais je reviens sur cet accord. Je vous serais reconnaissante de couper ce passage ou de retirer ma vidéo du replay.

Merci de votre compréhension,
Françoise Léger""",
  ["withdraw_consent"], ("Françoise Léger", "francoise.leger@orange.fr"), html="alt", mailer="orange"),

M("fr-questionnaire-retrait-accord",
  "questionnaire estime de soi",
  """Bonjour Sandra,

Lors du stage vous nous aviez demandé si nous étions d'accord pour que nos réponses au questionnaire sur l'estime de soi soient reprises, anonymisées, dans l'article que vous préparez. J'avais dit oui un peu vite.

Je retire mon accord : je préfère que mes réponses ne servent pas à cet article.

Merci et à bientôt peut-être,
Anne-Laure""",
  ["withdraw_consent"], ("Anne-Laure Bichon", "alaure.bichon@gmail.com")),
# NEAR-LINE: questionnaire used for an article/statistics; worded as withdrawing the consent she gave -> withdraw_consent, not objection.

M("fr-opposition-statistiques-satisfaction",
  "Enquête de satisfaction",
  """Bonjour,

Je viens de recevoir votre enquête de satisfaction annuelle. Je l'ai remplie parce que vous me l'avez demandé gentiment, mais je m'oppose à ce que mes réponses servent à établir vos statistiques ou des bilans chiffrés publiés sur votre site. Elles sont pour vous et pour personne d'autre.

Bien cordialement,
Marc Dufresne""",
  ["objection"], ("Marc Dufresne", "marc.dufresne@free.fr")),
# NEAR-LINE: statistics use of a questionnaire framed as an objection to a processing, not as withdrawing a consent -> objection.

M("fr-effacer-donnees-sante",
  "Informations médicales",
  """Bonjour Sandra,

Au début de mon accompagnement, en 2024, je vous avais parlé de mon cancer du sein et de mes traitements, et je crois que c'est noté dans mon dossier ainsi que dans la fiche santé que j'avais remplie.

Je suis en rémission et je n'ai plus envie que ces informations traînent quelque part. Merci d'effacer tout ce qui concerne ma santé. Le reste de mon dossier peut rester, je compte revenir vous voir.

Bien à vous,
Véronique""",
  ["erasure"], ("Véronique Tessier", "vero.tessier@laposte.net")),

M("fr-contestation-burnout",
  "Erreur dans mon dossier",
  """Bonjour Madame,

En relisant la fiche de suivi que vous m'avez transmise, j'ai découvert la mention « burn-out diagnostiqué en 2022 ». C'est inexact : je n'ai jamais eu de diagnostic de ce type, j'ai simplement évoqué une période de fatigue.

Je conteste cette information. Tant que nous n'avons pas pu en parler et que ce point n'est pas éclairci, je vous demande de ne plus utiliser cette fiche, ni pour la préparation des séances ni pour quoi que ce soit d'autre. Ne la supprimez pas pour autant, je tiens à ce qu'on la regarde ensemble.

Cordialement,
Delphine Arnoult""",
  ["restriction"], ("Delphine Arnoult", "delphine.arnoult@outlook.fr")),

M("fr-litige-ne-rien-supprimer",
  "Litige en cours - conservation de mes données",
  """Madame,

Vous avez refusé de me rembourser les quatre séances non effectuées de mon forfait, malgré mon arrêt maladie. J'ai transmis le dossier à mon assurance protection juridique.

Je vous demande expressément de ne rien supprimer de ce qui me concerne (contrat, échanges, planning des séances, factures) : ces éléments me seront nécessaires. En revanche, d'ici la fin de cette procédure, vous ne devez plus vous en servir pour quoi que ce soit d'autre que leur simple conservation.

Pascale Gondard""",
  ["restriction"], ("Pascale Gondard", "pascale.gondard@orange.fr"), mailer="orange"),
# NEAR-LINE: "don't delete, don't use" in a refund dispute -> restriction only (the refund grievance itself is not a right).

M("fr-geler-dossier-reflexion",
  "Mon dossier - à mettre en pause",
  """Bonjour Sandra,

Je ne sais pas encore si je vais reprendre l'accompagnement ou tout arrêter. Je vous demande juste de geler mon dossier en attendant que je me décide : vous ne le supprimez pas, mais vous n'en faites rien non plus.

Je vous redis d'ici la rentrée.
Hélène""",
  ["restriction"], ("Hélène Caradec", "helene.caradec@gmail.com")),

M("fr-orthographe-nom-attestation",
  "Orthographe de mon nom",
  """Bonjour,

Mon nom est mal orthographié dans vos fichiers, et du coup sur l'attestation de formation et sur les mails que je reçois : c'est LEFÈVRE (avec un accent grave et sans B), pas Lefebvre.

Pouvez-vous corriger dans mon dossier ? Ça a l'air d'un détail mais pour mon employeur ça compte.

Merci,
Delphine Lefèvre""",
  ["rectification"], ("Delphine Lefèvre", "d.lefevre@ac-orleans-tours.fr")),

M("fr-date-naissance-fausse",
  "Correction date de naissance",
  """Bonjour Madame Deloménie,

Une petite erreur s'est glissée dans ma fiche client : ma date de naissance est le 17/04/1971 et non le 17/01/1971. Pourriez-vous la rectifier ?

Avec mes remerciements,
Jean-Pierre Moreau""",
  ["rectification"], ("Jean-Pierre Moreau", "jp.moreau@wanadoo.fr"), to="orange", mailer="none"),

M("fr-note-licenciement-fausse",
  "Re: Compte rendu de notre séance",
  """Sandra, merci pour le compte rendu.

Une chose me dérange quand même : vous avez écrit que j'avais été licenciée de chez Verdier. Ce n'est pas le cas, c'est moi qui ai démissionné, et ça fait toute la différence pour moi. Pouvez-vous corriger ça dans vos notes ?

Agnès""",
  ["rectification"], ("Agnès Pichon", "agnes.pichon@gmail.com"),
  quote=dict(style="gmail_fr", frm=SANDRA,
             text="""Bonjour Agnès,

Comme convenu, voici le compte rendu de notre séance de mardi.

Points abordés : ton départ de chez Verdier suite au licenciement, la peur de ne pas retrouver un poste à la hauteur, l'envie de te former au paysagisme.
Pistes : lister trois personnes à contacter dans ton réseau, reprendre l'exercice des réussites.

Prochaine séance : le 3, même heure.

Belle semaine,
Sandra
--
Floraison de Soi - Coaching & Formation
46 rue d'Estienne d'Orves, 36100 Issoudun""")),

M("fr-divorce-nom-de-jeune-fille",
  "Changement de nom",
  """Bonjour,

Mon divorce a été prononcé le mois dernier et j'ai repris mon nom de naissance. Je m'appelle désormais Claire Vidal (et non plus Claire Bertrand). Merci de modifier mon nom dans votre fichier client et sur votre plateforme.

Inutile de me répondre longuement, un simple « c'est fait » me suffira, j'ai eu mon lot de paperasse ces temps-ci.

Claire""",
  ["rectification"], ("Claire Vidal", "claire.vidal.36@gmail.com")),

M("fr-nouveau-numero",
  "nouveau numéro",
  """Bonjour, j'ai changé de numéro, le 06 12 48 90 33 ne marche plus. Le nouveau c'est le 07 81 55 20 64, c'est celui-là qu'il faut utiliser pour les rappels de rdv.
Bonne journée
Yasmina""",
  ["rectification"], ("Yasmina Haddad", "yasmina.haddad@hotmail.fr"), mailer="outlook_ios"),

M("fr-arretez-appels",
  "Appels téléphoniques",
  """Madame,

Votre assistante m'a appelée deux fois cette semaine, dont une fois pendant mes heures de travail, pour me proposer le stage d'été. J'ai déjà dit que cela ne m'intéressait pas.

Je ne veux plus être démarchée par téléphone. Je vous remercie d'en prendre note.

Nadine Rigaud""",
  ["objection"], ("Nadine Rigaud", "nadine.rigaud@orange.fr")),

M("fr-opposition-profilage-site",
  "Suivi sur votre site",
  """Bonjour,

J'ai remarqué que votre site utilise Google Analytics et que vos mails contiennent des liens traçables. Je m'oppose à ce que mes visites et mes clics soient utilisés pour établir un profil de mes centres d'intérêt et m'adresser des offres ciblées.

Merci d'en tenir compte.
R. Lenoir""",
  ["objection"], ("Raphaël Lenoir", "r.lenoir@proton.me"), mailer="none"),

M("fr-plus-de-sms",
  "SMS",
  """Bonjour Sandra
je ne souhaite plus recevoir vos SMS pour les ateliers et les promos, les rappels de mes rendez-vous ça va mais le reste non merci.
Bonne soirée
Patricia""",
  ["objection"], ("Patricia Gomes", "patricia.gomes@sfr.fr"), cte="8bit"),

M("fr-ou-avez-vous-eu-mon-numero",
  "D'où sortez-vous mes coordonnées ???",
  """Bonjour,

Je n'ai jamais été votre cliente, je n'ai jamais mis les pieds à un de vos ateliers et pourtant je reçois depuis trois semaines vos mails ET vos SMS.

Je veux savoir d'où vous tenez mon numéro et mon adresse mail, qui vous les a donnés, et ce que vous avez d'autre sur moi. Ensuite je veux que vous effaciez tout.

C'est franchement inquiétant.

Laurence Brac""",
  ["access", "erasure"], ("Laurence Brac", "laurence.brac@gmail.com"),
  attachments=[dict(kind="png", name="capture_sms.png")]),

M("fr-a-qui-avez-vous-transmis",
  "Question sur la transmission de mes informations",
  """Bonjour Sandra,

Hier j'ai reçu l'appel d'une naturopathe de Châteauroux qui connaissait mon prénom, savait que j'avais fait un accompagnement chez vous et m'a parlé de « mes troubles du sommeil ». Je n'en ai parlé qu'à vous.

Je suis très mal à l'aise. Pouvez-vous me dire précisément à qui vous avez transmis des informations me concernant, et lesquelles ?

Je préfère vous poser la question directement plutôt que d'imaginer le pire.

Martine Boisseau""",
  ["access"], ("Martine Boisseau", "martine.boisseau@laposte.net")),

M("fr-fichier-exploitable-et-inventaire",
  "Mes données",
  """Bonjour,

Pouvez-vous m'envoyer mes données dans un fichier exploitable (tableur, CSV, peu importe) pour que je puisse les reprendre dans mon propre outil de suivi ? Et j'aimerais aussi savoir ce que vous conservez exactement sur moi, la liste complète.

Merci d'avance,
Olivier Sarrazin""",
  ["access", "portability"], ("Olivier Sarrazin", "olivier.sarrazin@gmail.com"), mailer="thunderbird",
  date="2025-03-20 21:08"),

M("fr-parcours-en-ligne-autre-plateforme",
  "Formation en ligne - récupérer ma progression",
  """Bonjour,

J'ai suivi votre parcours « Confiance en soi en 30 jours » sur systeme.io. Mon entreprise a maintenant sa propre plateforme de formation et me demande d'y importer mon historique.

Pourriez-vous me transmettre mes données de progression, mes réponses aux quiz et mes exercices déposés dans un format lisible par une machine (CSV ou JSON), pour que je puisse les importer ?

Cordialement,
Stéphane Girardot""",
  ["portability"], ("Stéphane Girardot", "stephane.girardot@live.fr"), html="alt"),

M("fr-maman-ado-effacement",
  "Données de ma fille Inès (15 ans)",
  """Bonjour Madame Deloménie,

Ma fille Inès, 15 ans, a suivi l'atelier ados « Bien dans mes baskets » l'an dernier. Je suis sa mère et je détiens l'autorité parentale.

Inès traverse une période compliquée et elle m'a dit qu'elle regrettait certaines choses qu'elle avait écrites dans les fiches de l'atelier. Nous vous demandons, elle et moi, de supprimer toutes les données la concernant : fiches, photos, coordonnées, tout.

Je vous joins la copie de mon livret de famille si nécessaire.

Merci de votre compréhension,
Séverine Maillard""",
  ["erasure"], ("Séverine Maillard", "severine.maillard@orange.fr"),
  attachments=[dict(kind="pdf", name="livret_famille_extrait.pdf",
                    text="Extrait du livret de famille\nPere : MAILLARD Christophe\nMere : MAILLARD nee COUTANT Severine\nEnfant : MAILLARD Ines, nee le 11/09/2010 a Chateauroux")],
  cc=[("Inès Maillard", "ines.maillard2010@gmail.com")],
  date="2025-11-18 20:15"),

M("fr-papa-questionnaire-fils",
  "Questionnaire rempli par mon fils",
  """Bonjour,

Mon fils Noé (14 ans) a participé à votre stage de préparation au brevet, sur la gestion du stress. Il a rempli un questionnaire le premier jour. En tant que parent, je souhaiterais en recevoir une copie, ainsi que tout ce que vous avez noté à son sujet.

Merci par avance.
Laurent Favier""",
  ["access"], ("Laurent Favier", "laurent.favier@free.fr")),

M("fr-avocat-mandat-acces",
  "Mme Christelle DUBREUIL - demande de communication (mandat joint)",
  """Madame,

Je vous informe intervenir pour le compte de Madame Christelle DUBREUIL, qui m'a donné mandat exprès, joint à la présente, pour exercer en son nom les droits que lui reconnaît le RGPD.

À ce titre, et sur le fondement de l'article 15 du règlement, je vous remercie de bien vouloir me communiquer l'intégralité des données à caractère personnel que vous détenez concernant ma cliente, y compris les notes prises lors des séances d'accompagnement, les correspondances et les documents contractuels.

Je vous prie de croire, Madame, à l'assurance de mes salutations distinguées.

Maître Aurélien Combes
Avocat au Barreau de Bourges
14 rue Moyenne - 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leur destinataire. Toute utilisation ou diffusion non autorisée est interdite.""",
  ["access"], ("Me Aurélien Combes", "a.combes@combes-avocats.fr"), mailer="outlook",
  attachments=[dict(kind="pdf", name="Mandat_Dubreuil.pdf",
                    text="MANDAT\nJe soussignee Christelle DUBREUIL, nee le 05/06/1984,\ndonne mandat a Maitre Aurelien COMBES, avocat,\npour exercer en mon nom mes droits d'acces, de rectification et d'effacement\naupres de Floraison de Soi (Sandra Delomenie).\nFait a Bourges, signature : C. Dubreuil")]),

M("fr-avocat-litige-communication-gel",
  "Dossier BRUNET c/ Floraison de Soi",
  """Madame,

Je suis le conseil de Monsieur Patrick BRUNET, dont vous trouverez le mandat en pièce jointe.

Un différend vous oppose à mon client quant à l'exécution du contrat d'accompagnement signé le 2 septembre dernier. Dans ce contexte, je vous demande :

1. de me communiquer une copie de l'ensemble des données personnelles concernant M. BRUNET (contrat, comptes rendus de séances, échanges écrits, données de facturation) ;
2. de ne procéder à aucun effacement de ces données pendant toute la durée du litige et de suspendre tout autre usage que leur simple conservation.

Je vous remercie de votre diligence.

Maître Sylvie Andrieux
SCP Andrieux & Lamotte - Châteauroux""",
  ["access", "restriction"], ("Sylvie Andrieux", "s.andrieux@andrieux-lamotte-avocats.fr"), mailer="outlook",
  cc=[("Patrick Brunet", "patrick.brunet36@gmail.com")],
  attachments=[dict(kind="pdf", name="mandat_BRUNET.pdf",
                    text="Mandat de representation\nPatrick BRUNET mandate Maitre Sylvie ANDRIEUX\npour toute demarche relative a ses donnees personnelles\naupres de Mme Sandra DELOMENIE - Floraison de Soi.\nLe 4 fevrier 2026")],
  date="2026-02-06 11:20"),

M("fr-fille-maman-decedee",
  "Ma maman, Jacqueline Rivière",
  """Bonjour Madame,

Ma mère, Jacqueline Rivière, est décédée le 2 février. Elle avait beaucoup aimé vos ateliers de sophro-relaxation et elle parlait souvent de vous.

Je m'occupe de fermer tous ses comptes et ce n'est pas facile. Je vous serais reconnaissante de supprimer ses coordonnées et son dossier, et de ne plus envoyer de newsletter à son adresse, que je consulte pour les démarches.

Je joins l'acte de décès.

Avec mes remerciements,
Valérie Rivière-Morin""",
  ["post_mortem"], ("Valérie Morin", "valerie.morin@gmail.com"),
  attachments=[dict(kind="pdf", name="acte_deces_J_Riviere.pdf",
                    text="EXTRAIT D'ACTE DE DECES\nJacqueline RIVIERE nee LAURENT\nDecedee le 2 fevrier 2026 a Issoudun (Indre)\nDelivre par la mairie d'Issoudun")],
  date="2026-02-16 20:45"),

M("fr-notaire-succession",
  "Succession de Monsieur Roger Chabenat - demande d'informations",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Roger CHABENAT, décédé le 19 novembre 2025 à Bourges.

Ses héritiers nous ont indiqué qu'il avait souscrit auprès de vous un programme d'accompagnement. Nous vous serions obligés de nous faire connaître les contrats en cours à son nom, les sommes éventuellement dues ou à rembourser, et de nous transmettre copie des factures et des données le concernant que vous conservez.

Vous trouverez ci-joint l'acte de notoriété.

Veuillez agréer, Madame, nos salutations distinguées.

Pour Maître Hubert Lhoste, notaire
Cécile Aubry, clerc
Office notarial Lhoste - 18000 Bourges""",
  ["post_mortem"], ("Office notarial Lhoste", "succession@lhoste.notaires.fr"), to="orange",
  attachments=[dict(kind="pdf", name="acte_notoriete_CHABENAT.pdf",
                    text="ACTE DE NOTORIETE\nSuccession de M. Roger CHABENAT, decede le 19/11/2025\nHeritiers : Mme Odile CHABENAT (conjoint), M. Pierre CHABENAT (fils)\nOffice notarial Lhoste, Bourges")],
  date="2026-01-21 10:12"),

M("fr-veuf-newsletter",
  "newsletter",
  """Bonjour,

Ma femme Monique nous a quittés en septembre. Je continue de relever sa boîte mail parce que tout passe par là, les impôts, la banque. Et chaque mois il y a votre lettre avec son prénom en haut, « Chère Monique ».

Je sais que ce n'est la faute de personne mais ça me fait mal à chaque fois. Voulez-vous bien l'enlever de vos listes, et ne garder d'elle que ce que vous êtes obligée de garder ?

Merci.
Gilbert Aucouturier""",
  ["post_mortem"], ("Gilbert Aucouturier", "monique.aucouturier@wanadoo.fr"), mailer="orange",
  date="2025-11-24 07:48"),

M("fr-directives-apres-mon-deces",
  "Directives pour mes données",
  """Chère Sandra,

Vous savez que ma maladie évolue et je préfère régler les choses tant que j'en ai la force. Je vous écris pour vous laisser des instructions concernant mes données après mon décès.

Je souhaite que mes notes de séance et mes écrits (les lettres que nous avions travaillées ensemble) soient détruits. Ma sœur Annick ne doit pas y avoir accès, même si elle vous le demande. En revanche, vous pouvez remettre à ma fille Léa la lettre que je lui avais écrite pendant la séance du mois de mai, si elle vous la demande.

Merci de garder ce mail précieusement. Merci pour tout, vraiment.

Mireille""",
  ["post_mortem"], ("Mireille Ducros", "mireille.ducros@orange.fr")),

M("fr-frere-soeur-decedee",
  "Ma soeur Aurélie",
  """Madame Deloménie,

Je suis le frère d'Aurélie Camus, qui était votre cliente. Elle est décédée brutalement le mois dernier et nous ne comprenons toujours pas.

Je sais qu'elle vous voyait régulièrement depuis l'été. Notre famille voudrait pouvoir lire ce qu'elle vous a confié, vos notes, ses questionnaires, tout ce qui pourrait nous aider à comprendre. Je suis son héritier avec nos parents, je peux fournir tous les documents nécessaires.

Je vous en supplie, répondez-moi.

Damien Camus""",
  ["post_mortem"], ("Damien Camus", "damien.camus@gmail.com"), mailer="iphone2"),

M("fr-fils-video-papa",
  "Vidéo de mon père sur votre site",
  """Bonjour,

Mon père, Bernard Thévenot, figurait dans une de vos vidéos témoignages, celle sur la reconversion après 60 ans. Il est décédé cet été.

Ma mère ne supporte pas de tomber dessus par hasard quand elle navigue sur internet. En tant que ses enfants et héritiers, nous souhaitons que cette vidéo soit retirée de votre site et de YouTube.

Cordialement,
Mathieu Thévenot""",
  ["post_mortem"], ("Mathieu Thévenot", "mathieu.thevenot@outlook.fr"),
  date="2025-09-22 13:57"),
# NEAR-LINE: removing a testimonial video would be withdraw_consent, but a relative writing after a death is post_mortem only.

]
