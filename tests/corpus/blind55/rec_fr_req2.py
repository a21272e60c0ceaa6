# French requests, part 2: restriction, portability, objection, withdraw_consent, post_mortem, multi-right.
from recbase import R

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
PHPMAILER = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"

NEWSLETTER_OCT = """Floraison de Soi – La lettre d'octobre

Bonjour à toutes et à tous,

L'automne est là, et avec lui l'envie de ralentir. Ce mois-ci je vous propose un petit rituel du soir en trois questions...

Prochains rendez-vous :
- Atelier « Apprivoiser ses émotions » – samedi 18 octobre, 9h30-12h30, Issoudun
- Webinaire gratuit « Dire non sans culpabiliser » – jeudi 23 octobre, 20h

Belle floraison,
Sandra

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.fr/desinscription"""

RECORDS = [

# ---------------------------------------------------------------- restriction

R("fr-litige-opco-ne-rien-supprimer",
  "Mon dossier de formation",
  """Bonjour Madame,

Je suis actuellement en désaccord avec mon ancien employeur et l'OPCO au sujet du financement de la formation que j'ai suivie chez vous en mars. Mon avocate va peut-être avoir besoin des feuilles d'émargement et de mon évaluation.

Je vous demande donc de ne surtout rien effacer de mon dossier pour l'instant. En revanche, d'ici la fin de cette histoire, je préférerais que vous ne vous en serviez plus pour quoi que ce soit (relances, enquêtes, etc.).

Je vous remercie de votre compréhension.
Sylvie Maréchal""",
  ["restriction"],
  frm="Sylvie Maréchal <sylvie.marechal@orange.fr>", to="orange"),

R("fr-conteste-note-suspendre",
  "Ce qui est écrit dans ma fiche",
  """Bonjour Sandra,

En discutant avec votre assistante au téléphone j'ai compris que ma fiche mentionne que j'ai arrêté l'accompagnement « pour raisons financières ». Ce n'est pas exact du tout, j'ai arrêté pour des raisons de santé et je n'ai pas envie que ce soit noté comme ça.

Tant qu'on n'a pas tiré ça au clair ensemble, je vous demande de ne pas utiliser ma fiche, ni pour des relances ni pour autre chose. On peut en parler de vive voix si vous voulez.

Cordialement,
Benoît Lagarde""",
  ["restriction"],
  # NEAR-LINE: contests accuracy + asks to pause use -> restriction only (policy), not rectification.
  frm="Benoît Lagarde <benoit.lagarde@gmail.com>", html="alt"),

R("fr-geler-dossier-litige-facture",
  "Facture n°2025-041 et mon dossier",
  """Madame,

Comme je vous l'ai indiqué par courrier, je conteste la facture n°2025-041 qui porte sur des séances non réalisées. En attendant que ce différend soit réglé, je vous demande de geler mon dossier : ne le modifiez pas, ne le supprimez pas, et ne l'utilisez pas.

Je souhaite que tout reste en l'état tant que le médiateur ne s'est pas prononcé.

Salutations,
Didier Caillaud""",
  ["restriction"],
  frm="Didier Caillaud <didier.caillaud@sfr.fr>", cte="8bit"),

R("fr-formel-art18-limitation",
  "Demande de limitation du traitement (article 18 RGPD)",
  """Madame,

En application de l'article 18 du Règlement général sur la protection des données, je vous demande la limitation du traitement des données personnelles me concernant.

J'ai en effet introduit une réclamation concernant l'exactitude de certaines informations portées dans mon dossier de suivi. Pendant la durée de la vérification, je vous demande de conserver ces données sans les utiliser d'aucune manière, et de m'informer avant toute levée de la limitation.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Florence Aubry
8 rue Danton, 36100 Issoudun""",
  ["restriction"],
  frm="Florence Aubry <florence.aubry@laposte.net>", to="orange", html="alt", cte="b64",
  attach=[("pdf", "Limitation_traitement_FAubry.pdf",
           ["Florence Aubry - 8 rue Danton - 36100 Issoudun",
            "Objet : demande de limitation du traitement (art. 18 RGPD)",
            "Signature : F. Aubry"])]),

R("fr-garder-sans-utiliser-reflexion",
  "pause",
  """Bonjour Sandra,

Je ne sais pas encore si je vais reprendre le coaching à la rentrée. Je ne veux pas que vous supprimiez mes notes (si je reviens, j'aimerais qu'on reparte de là), mais en attendant, j'aimerais que vous n'en fassiez rien du tout : pas de relance, pas d'utilisation, rien. Comme si c'était mis dans un tiroir fermé à clé.

C'est possible ?
Merci,
Agnès""",
  ["restriction"],
  frm="Agnès Thibault <agnes.thibault@icloud.com>", cte="qp"),

R("fr-preuve-assurance-ne-pas-effacer",
  "Conservation de mes documents",
  """Bonjour,

Je suis en conflit avec mon assurance prévoyance, qui conteste mon arrêt. Les attestations de suivi que vous m'avez faites et vos notes pourraient servir de preuve.

Je vous demande donc de ne pas les effacer, même si le délai de conservation arrive à échéance, et de ne pas les utiliser ni les transmettre à qui que ce soit d'ici là, sauf à ma demande.

Merci beaucoup,
Laurent Vidal""",
  ["restriction"],
  frm="Laurent Vidal <laurent.vidal@yahoo.fr>"),

# ---------------------------------------------------------------- portability

R("fr-fichier-importer-nouvelle-coach",
  "Récupérer mes données pour ma nouvelle coach",
  """Bonjour Sandra,

Comme je vous l'ai dit, je déménage à Bordeaux et je vais continuer avec une coach sur place. Elle utilise un logiciel de suivi (Coachello je crois) qui permet d'importer un dossier.

Pourriez-vous m'envoyer mes données (infos, objectifs, historique des séances) dans un fichier qu'elle pourra importer directement, type CSV ou Excel ? Ce serait plus simple que de tout ressaisir.

Merci encore pour ces deux années,
Chloé""",
  ["portability"],
  frm="Chloé Barraud <chloe.barraud@gmail.com>", html="alt"),

R("fr-csv-seances-exercices",
  "export",
  """Bonjour,
est ce que vous pourriez m'exporter au format csv (ou xlsx) la liste de mes séances avec les dates, et mes scores aux exercices de la plateforme ? j'aime bien suivre ma progression dans un tableur
merci
Baptiste""",
  ["portability"],
  frm="Baptiste Royer <baptiste.royer@free.fr>"),

R("fr-formel-art20-transmission",
  "Exercice du droit à la portabilité",
  """Madame,

Sur le fondement de l'article 20 du RGPD, je souhaite exercer mon droit à la portabilité des données que je vous ai fournies dans le cadre de mon accompagnement (données d'identité, questionnaires d'entrée, fiches d'objectifs).

Je vous demande de les transmettre directement, dans un format structuré, couramment utilisé et lisible par machine, au cabinet qui assurera désormais mon suivi :
Cabinet Équilibre & Carrière – Mme Laure Deschamps – contact@equilibre-carriere.fr

Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.

Stéphane Mallet""",
  ["portability"],
  frm="Stéphane Mallet <stephane.mallet@outlook.fr>", cte="qp"),

R("fr-resultats-tests-format-exploitable",
  "Mes résultats de tests",
  """Bonjour Sandra

Je fais un bilan de compétences avec un autre organisme et la conseillère me demande mes résultats aux tests de personnalité que j'ai passés avec vous (MBTI et l'autre). Elle voudrait les avoir dans un format exploitable par son outil, pas en scan. Un fichier Excel ou équivalent ce serait parfait.

Vous pensez que c'est faisable ?
Merci !
Marine Lecomte""",
  ["portability"],
  frm="Marine Lecomte <marine.lecomte@hotmail.fr>", html="only"),

R("fr-export-compte-systemeio-standard",
  "Données de mon compte formation",
  """Bonjour,

J'ai un compte sur votre espace de formation en ligne depuis 2024. Avant de le fermer, j'aimerais récupérer mes données (mes notes de cours, mes réponses aux quiz, ma progression) dans un format standard, type JSON ou CSV, pour pouvoir les réutiliser ailleurs.

Est-ce que vous pouvez faire cet export de votre côté ?

Merci,
Quentin Besson""",
  ["portability"],
  frm="Quentin Besson <quentin.besson@proton.me>"),

# ---------------------------------------------------------------- objection

R("fr-desabonnement-une-ligne",
  "désabonnement",
  """Merci de me désabonner de la newsletter.
N. Pasquier""",
  ["objection"],
  frm="Nicole Pasquier <nicole.pasquier@wanadoo.fr>", mailer=""),

R("fr-stop-sms-ateliers",
  "SMS",
  """Bonjour
Je recois régulièrement des SMS pour vos ateliers, le dernier à 21h30 un dimanche... Je ne veux plus en recevoir, merci d'arrêter.
Cordialement
M. Dupuy""",
  ["objection"],
  frm="Michel Dupuy <michel.dupuy5@orange.fr>", cte="8bit"),

R("fr-plus-demarchee-telephone",
  "Appels",
  """Bonjour,

J'ai été appelée deux fois cette semaine pour me proposer votre nouveau programme d'accompagnement. J'ai fait un atelier chez vous il y a longtemps, c'est tout. Je ne souhaite plus être démarchée par téléphone.

Merci d'en prendre note.
Isabelle Ferrand""",
  ["objection"],
  frm="Isabelle Ferrand <isabelle.ferrand@gmail.com>"),

R("fr-ne-plus-relancer-enquetes",
  "Re: Votre avis compte ! (enquête de satisfaction)",
  """Bonjour,

J'ai déjà répondu à une enquête en juin et j'en suis à la troisième relance pour celle-ci. Je ne veux plus être sollicité pour vos questionnaires de satisfaction, merci de me retirer de ces envois.

Cordialement,
F. Masson""",
  ["objection"],
  frm="Fabrice Masson <fabrice.masson@gmx.fr>",
  quote=dict(style="gmail-fr", days=1, who="Floraison de Soi <contact@floraisondesoi.fr>",
             text="""Bonjour Fabrice,

Vous avez participé récemment à l'un de nos ateliers. Votre avis nous aide à progresser !
Répondez en 3 minutes à notre questionnaire : https://floraisondesoi.fr/avis

Merci,
L'équipe Floraison de Soi"""), date="2025-10-14 09:05"),

R("fr-ciblage-pub-facebook",
  "Publicités",
  """Bonjour,

Depuis que j'ai téléchargé votre ebook gratuit je vois vos publicités partout sur Facebook et Instagram. J'imagine que vous avez utilisé mon adresse mail pour me cibler.

Je m'y oppose : je ne veux pas que mon adresse serve à du ciblage publicitaire ni que vous me mettiez dans des audiences personnalisées.

Bonne journée,
Anthony Perret""",
  ["objection"],
  frm="Anthony Perret <anthony.perret@gmail.com>", html="alt"),

R("fr-stop-au-dessus-newsletter",
  "Re: Floraison de Soi – La lettre d'octobre",
  """STOP

Envoyé depuis mon mobile Orange""",
  ["objection"],
  # NEAR-LINE: one word above a quoted newsletter; the new text asks to stop the mailing -> objection.
  frm="Gisèle Boutin <gisele.boutin@orange.fr>", mailer="",
  quote=dict(style="gmail-fr", days=1, who="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
             text=NEWSLETTER_OCT), date="2025-10-08 08:14"),

R("fr-quebec-infolettre",
  "Désinscription infolettre",
  """Bonjour,

Pourriez-vous me désinscrire de votre infolettre s'il vous plaît? Le lien en bas du courriel m'amène à une page d'erreur.

Merci et bonne journée!
Mélanie Gagnon""",
  ["objection"],
  frm="Mélanie Gagnon <melanie.gagnon@sympatico.ca>", cte="qp"),

R("fr-formel-art21-prospection",
  "Opposition au traitement de mes données à des fins de prospection",
  """Madame,

Ancien client de votre cabinet depuis plus de trois ans, je continue à recevoir vos offres commerciales par courrier électronique et postal.

En application de l'article 21 du RGPD et de l'article L.34-5 du code des postes et des communications électroniques, je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, quel que soit le canal.

Je vous remercie de m'en confirmer la prise en compte.

Veuillez agréer, Madame, mes salutations distinguées.

Henri Delaporte""",
  ["objection"],
  frm="Henri Delaporte <henri.delaporte@orange.fr>", to="orange", cte="b64", html="alt"),

R("fr-rh-adresse-generique-liste",
  "Adresse formation@ – vos envois",
  """Bonjour,

Nous avons travaillé avec vous en 2024 pour une formation de nos managers. Depuis, notre adresse formation@transports-brunet.fr reçoit votre lettre d'information et vos promotions.

Merci de retirer cette adresse de votre liste de diffusion ; nous vous recontacterons si nous avons un nouveau besoin.

Cordialement,
Valérie Henriot
Service RH – Transports Brunet
Tél. 02 54 21 ** **""",
  ["objection"],
  # NEAR-LINE: a company asking to stop marketing to its own address -> objection (it is their own mailbox).
  frm="Valérie Henriot <formation@transports-brunet.fr>", mailer="Microsoft Outlook 16.0",
  headers={"X-MS-Has-Attach": ""}),

R("fr-suivi-clics-newsletter",
  "Suivi des ouvertures",
  """Bonjour Sandra,

Je suis abonnée à ta lettre et je l'aime bien. Par contre j'ai vu que tous les liens passent par un système de suivi (ouverture, clics…). Je ne suis pas d'accord pour être suivie comme ça et qu'on fasse un profil de ce que je lis.

Tu peux désactiver ce suivi pour moi ? Je veux bien continuer à recevoir la lettre, juste sans pistage.

Merci :)
Sarah""",
  ["objection"],
  # NEAR-LINE: keeps the newsletter but objects to click tracking/profiling -> objection.
  frm="Sarah Klein <sarah.klein@proton.me>"),

# ---------------------------------------------------------------- withdraw_consent

R("fr-retirer-temoignage-site",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

Il y a deux ans je vous avais donné mon accord pour publier mon témoignage sur votre site, avec mon prénom et ma ville. Je ne suis plus très à l'aise avec ça aujourd'hui (nouveau travail, je préfère rester discrète).

Pourriez-vous le retirer ?

Merci beaucoup et bonne continuation,
Émilie R.""",
  ["withdraw_consent"],
  frm="Emilie Rousseau <emilie.rousseau@gmail.com>"),

R("fr-photo-atelier-facebook",
  "photo sur facebook",
  """Bonjour, je me suis reconnue sur la photo de groupe de l'atelier de samedi que vous avez mise sur la page Facebook. J'avais dit oui sur le moment mais finalement je préfère ne pas apparaître, est-ce que vous pouvez l'enlever ou me flouter ? Merci beaucoup
Karine""",
  ["withdraw_consent"],
  frm="Karine Bouvier <karine.bouvier36@gmail.com>"),

R("fr-video-replay-webinaire",
  "Replay du webinaire du 12",
  """Bonjour,

J'ai participé au webinaire du 12 avec ma caméra allumée et j'ai pris la parole assez longuement pendant l'exercice (je parlais de ma relation avec ma mère...). Sur le moment j'ai accepté l'enregistrement mais en y repensant, je ne veux pas que cette partie soit visible dans le replay.

Pouvez-vous retirer ou couper mon passage ?

Merci de votre compréhension,
Hervé""",
  ["withdraw_consent"],
  frm="Hervé Coulon <herve.coulon@laposte.net>", cte="8bit"),

R("fr-questionnaire-etude",
  "Utilisation de mes réponses",
  """Bonjour Madame Delomenie,

Vous nous aviez proposé à la fin de l'accompagnement d'utiliser nos réponses au questionnaire (anonymisées) pour l'étude que vous préparez sur l'épuisement des aidants. J'avais coché oui.

Après réflexion, je retire mon accord. Je préfère que mes réponses ne soient pas utilisées pour cette étude.

Bien cordialement,
Monique Lefèvre""",
  ["withdraw_consent"],
  frm="Monique Lefèvre <monique.lefevre@orange.fr>", to="orange", html="alt"),

R("fr-audio-podcast-temoignage",
  "Mon témoignage audio",
  """Salut Sandra !

Tu te souviens, j'avais enregistré un petit témoignage audio pour ton podcast l'année dernière. Je l'ai réécouté et franchement je ne me reconnais plus dans ce que je dis, j'étais à un autre endroit de ma vie.

Est-ce que ça t'embête de le retirer du podcast et de ta page ? J'espère que tu comprends.

Gros bisous,
Fanny""",
  ["withdraw_consent"],
  frm="Fanny Lebrun <fanny.lebrun@icloud.com>"),

R("fr-consentement-donnees-sante",
  "Consentement données de santé",
  """Bonjour,

À la signature du contrat j'ai donné mon consentement pour la collecte de données de santé (je vous avais parlé de ma thyroïde et de mon traitement). Je souhaite retirer ce consentement : je préfère que ces aspects ne soient plus pris en compte ni notés dans mon suivi.

Je continue bien sûr l'accompagnement.

Cordialement,
Valérie Ménard""",
  ["withdraw_consent"],
  frm="Valérie Ménard <valerie.menard@free.fr>"),

R("fr-prenom-photo-page-accueil",
  "page d'accueil du site",
  """Bonjour

Mon prénom et ma photo apparaissent encore dans le bandeau « Ils m'ont fait confiance » sur votre page d'accueil. J'avais accepté à l'époque, mais je ne le souhaite plus. Merci de les retirer.

Bonne journée
Olivier Lambert""",
  ["withdraw_consent"],
  frm="Olivier Lambert <o.lambert@outlook.fr>", html="alt"),

R("fr-couper-passage-zoom-atelier",
  "enregistrement atelier en ligne",
  """Bonsoir Sandra,
Pendant l'atelier en ligne de mardi j'ai pleuré devant tout le monde, et je viens de voir que l'enregistrement est dispo pour tous les inscrits. J'avais accepté d'être enregistrée, mais là je ne veux vraiment pas que ce moment circule. Tu peux couper ma partie ou me retirer de la vidéo ?
Merci, je suis un peu gênée...
Nadia""",
  ["withdraw_consent"],
  frm="Nadia Benmoussa <nadia.benmoussa@hotmail.fr>", cte="qp"),

# ---------------------------------------------------------------- post_mortem

R("fr-fille-maman-decedee",
  "Ma maman, Jeanne Moreau",
  """Bonjour Madame,

Je suis la fille de Jeanne Moreau, qui avait suivi plusieurs ateliers chez vous ces dernières années et qui vous appréciait beaucoup. Maman est décédée le 3 février.

Je suis en train de faire toutes les démarches et je voudrais que son compte et tout ce qui la concerne chez vous soit fermé et supprimé. Elle continue de recevoir vos mails et c'est un peu dur à voir arriver.

Merci pour ce que vous lui avez apporté.
Catherine Moreau-Pinault""",
  ["post_mortem"],
  frm="Catherine Moreau-Pinault <catherine.pinault@orange.fr>"),

R("fr-notaire-succession",
  "Succession de Monsieur Robert Guérin – Réf. 2025/0412",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Robert GUÉRIN, décédé le 12 mai 2025 à Issoudun.

À la demande des héritiers, nous vous prions de bien vouloir procéder à la clôture de tout compte ou abonnement ouvert au nom du défunt auprès de votre entreprise et de nous indiquer si des sommes restent dues de part et d'autre. Les héritiers souhaitent également que les données personnelles du défunt ne soient plus utilisées.

Vous trouverez ci-joint l'acte de décès.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître François Delorme,
Sophie Ribot, clerc de notaire
Office notarial Delorme – 3 place du Sacre – 36100 Issoudun""",
  ["post_mortem"],
  frm="Office notarial Delorme <office.delorme@notaires.fr>", to="orange", html="alt", cte="b64",
  mailer="Microsoft Outlook 16.0",
  attach=[("pdf", "acte_deces_Guerin.pdf",
           ["EXTRAIT D'ACTE DE DECES",
            "Robert Guerin, decede le 12 mai 2025 a Issoudun (Indre)",
            "Delivre par la mairie d'Issoudun"])]),

R("fr-veuf-notes-epouse",
  "Isabelle",
  """Bonjour Sandra,

Je suis le mari d'Isabelle Charpentier. Je ne sais pas si vous avez appris la nouvelle : Isabelle nous a quittés en décembre, après sa maladie.

Elle me parlait souvent de vos séances, elle disait que c'était son moment à elle. Je me demandais s'il serait possible d'avoir les écrits ou les notes que vous avez gardés de ces séances. Je crois que ça m'aiderait à comprendre certaines choses, et nos enfants aimeraient garder une trace.

Je comprendrais si ce n'est pas possible.

Bien à vous,
Philippe Charpentier""",
  ["post_mortem"],
  frm="Philippe Charpentier <philippe.charpentier@gmail.com>", html="alt"),

R("fr-directives-propre-deces",
  "Instructions pour plus tard",
  """Bonjour Sandra,

C'est une demande un peu particulière. Je vais être opérée en octobre d'une intervention assez lourde et je mets mes affaires en ordre, au cas où.

Si je venais à décéder, je souhaite que tout ce que vous avez sur moi (notes, mails, questionnaires) soit effacé, et que rien ne soit communiqué à ma famille, y compris à mon fils. Je vous l'écris pour que ce soit clair et daté.

Merci, et j'espère bien vous revoir en novembre pour reprendre nos séances !
Brigitte Noël""",
  ["post_mortem"],
  frm="Brigitte Noël <brigitte.noel@wanadoo.fr>", cte="qp", date="2025-09-02 11:00"),

R("fr-fils-newsletter-pere-decede",
  "newsletter envoyée à mon père",
  """Bonjour,

Mon père, Gilbert Blanchet, est décédé il y a trois mois. Je m'occupe de sa boîte mail et je vois qu'il reçoit toujours votre newsletter. Pourriez-vous le retirer de votre liste ?

Merci
Sébastien Blanchet""",
  ["post_mortem"],
  # NEAR-LINE: an unsubscribe, but written by a son after the death -> post_mortem only (policy).
  frm="Gilbert Blanchet <gilbert.blanchet@orange.fr>", mailer=""),

R("fr-soeur-video-temoignage",
  "Vidéo de Christelle",
  """Bonjour Madame,

Ma sœur Christelle Aubert est décédée cet été. Elle avait enregistré une vidéo de témoignage pour votre site en 2023, on la voit rire et parler de son parcours, c'est une des rares vidéos récentes d'elle.

Avec nos parents, nous aimerions beaucoup en avoir une copie du fichier original. Par ailleurs, nous préférerions qu'elle ne soit plus en ligne publiquement, sauf si vous pensez qu'elle aurait voulu autre chose.

Merci infiniment.
Pauline Aubert""",
  ["post_mortem"],
  frm="Pauline Aubert <pauline.aubert@gmail.com>", html="alt", cte="qp"),

R("fr-maladie-designe-fille",
  "Mes volontés",
  """Chère Sandra,

Vous savez que ma santé est fragile depuis l'an dernier. Je voulais vous faire part de mes volontés concernant notre travail ensemble : après ma mort, je souhaite que ma fille Laure (laure.gauthier@gmail.com) puisse recevoir une copie de mes carnets de séance et des lettres que j'ai écrites pendant l'accompagnement. Elle seule. Ensuite, vous pourrez tout détruire.

Je vous remercie de tout cœur pour ces années.
Denise Gauthier""",
  ["post_mortem"],
  frm="Denise Gauthier <denise.gauthier36@orange.fr>", to="orange", cc="Laure Gauthier <laure.gauthier@gmail.com>"),

R("fr-euphemisme-mari-parti",
  "Jean-Claude Picard",
  """Bonjour,

Mon mari, Jean-Claude, nous a quittés au mois de mars. Il était inscrit à vos conférences et il reçoit encore des invitations. Je vous serais reconnaissante de bien vouloir effacer ses coordonnées.

Merci de votre compréhension.
Mme Picard""",
  ["post_mortem"],
  frm="Jean-Claude Picard <jc.picard@wanadoo.fr>"),

R("fr-notaire-question-contrat-defunte",
  "Succession Mme Odile Perrault",
  """Madame,

Dans le cadre de la succession de Madame Odile Perrault, décédée le 28 août dernier, nous souhaiterions savoir si la défunte avait souscrit auprès de vous un contrat ou un abonnement en cours, et le cas échéant en obtenir copie ainsi que des éventuelles factures impayées.

Nous vous remercions également de supprimer ses données de vos listes de diffusion.

Avec nos remerciements,
Étude de Maître Leroux, notaire à Châteauroux
Service successions""",
  ["post_mortem"],
  frm="Etude Leroux <successions.leroux@notaires.fr>", html="alt", mailer="Microsoft Outlook 16.0", date="2025-10-07 15:00"),

# ---------------------------------------------------------------- multi-right

R("fr-copie-puis-tout-supprimer",
  "Avant de partir",
  """Bonjour Sandra,

J'ai décidé de clore définitivement ce chapitre. Avant que vous ne supprimiez tout, j'aimerais recevoir une copie de ce que vous avez sur moi (notes, questionnaires, mails importants). Une fois que je l'ai reçu, vous pouvez tout effacer.

Merci pour votre accompagnement,
Laure-Anne Ducros""",
  ["access", "erasure"],
  frm="Laure-Anne Ducros <laureanne.ducros@gmail.com>", html="alt"),

R("fr-savoir-et-fichier-reutilisable",
  "mes données",
  """Bonjour,

Deux choses : j'aimerais savoir exactement quelles données vous conservez sur moi, et les recevoir dans un fichier que je puisse réutiliser (CSV, tableur…) car je centralise tout mon suivi dans Notion.

Merci !
Thomas Girard""",
  ["access", "portability"],
  frm="Thomas Girard <thomas.girard@proton.me>"),

R("fr-temoignage-et-tout-effacer",
  "Témoignage + compte",
  """Bonjour,

Je souhaite que vous retiriez mon témoignage de votre site et de votre page Instagram, et plus largement que vous supprimiez toutes les données que vous avez sur moi, compte de formation compris.

Merci de me confirmer quand c'est fait.
Alexandra Simon""",
  ["erasure", "withdraw_consent"],
  frm="Alexandra Simon <alexandra.simon@hotmail.com>"),

R("fr-desinscrire-et-effacer",
  "Re: Webinaire gratuit jeudi 20h – plus que quelques places !",
  """Merci de me retirer de votre liste et d'effacer mes coordonnées de vos fichiers. Je n'ai plus besoin de ces mails.

Sylvain""",
  ["erasure", "objection"],
  frm="Sylvain Roger <sylvain.roger@laposte.net>",
  quote=dict(style="apple-fr", days=0, who="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
             text="""Bonjour Sylvain,

Jeudi à 20h, je vous attends pour le webinaire gratuit « Dire non sans culpabiliser ».
Il ne reste que quelques places : réservez la vôtre ici → https://floraisondesoi.fr/webinaire

À jeudi !
Sandra

Se désinscrire de cette liste""")),

R("fr-nouveau-mail-et-plus-de-sms",
  "Changement mail + SMS",
  """Bonjour Sandra,

Mon adresse chez Orange va être fermée, merci d'utiliser désormais celle-ci : mathilde.briand@gmail.com (et de supprimer l'ancienne, mathilde.briand@orange.fr).

Et au passage, je préférerais ne plus recevoir les SMS de rappel des ateliers, les mails me suffisent largement.

Merci et à bientôt,
Mathilde Briand""",
  ["objection", "rectification"],
  frm="Mathilde Briand <mathilde.briand@gmail.com>", html="alt"),

R("fr-voir-dossier-corriger-naissance",
  "Mon dossier",
  """Bonjour Madame,

Je souhaiterais consulter mon dossier complet, c'est-à-dire savoir ce que vous avez enregistré à mon sujet depuis le début de l'accompagnement.

J'ai aussi remarqué sur la convention que ma date de naissance est fausse : je suis née le 9 septembre 1979 et non le 19. Merci de la corriger.

Cordialement,
Patricia Hamon""",
  ["access", "rectification"],
  frm="Patricia Hamon <patricia.hamon@sfr.fr>", cte="8bit"),

R("fr-litige-gel-et-copie",
  "Demande urgente – litige",
  """Madame Delomenie,

Suite à notre désaccord sur la fin de l'accompagnement, je vous demande deux choses :

1) de m'envoyer une copie de toutes les données et notes me concernant ;
2) de ne rien modifier ni supprimer en attendant, et de ne plus utiliser mon dossier pour quoi que ce soit.

Je compte soumettre le litige au médiateur de la consommation.

Guillaume Texier""",
  ["access", "restriction"],
  frm="Guillaume Texier <guillaume.texier@gmail.com>"),

R("fr-transfert-nouveau-coach-puis-effacer",
  "Transfert de dossier",
  """Bonjour Sandra,

Comme convenu au téléphone, je continue mon parcours avec Marc Olivier à Blois. Pourriez-vous lui transférer mon dossier sous forme de fichier qu'il pourra intégrer dans son outil (il m'a dit que le CSV marchait très bien) ? Son adresse : marc.olivier.coaching@gmail.com.

Une fois que c'est fait, vous pouvez supprimer mes données de votre côté.

Merci encore pour tout,
Véronique Pottier""",
  ["erasure", "portability"],
  frm="Véronique Pottier <veronique.pottier@orange.fr>"),

R("fr-newsletter-et-photo-instagram",
  "plus de newsletter + photo",
  """Hello Sandra,

Deux petites choses : 1/ je ne veux plus recevoir la newsletter, 2/ tu peux enlever la photo de moi au stage de juin sur Instagram ? Je ne suis plus d'accord pour qu'elle soit publiée.

Merci et belle journée !
Léna""",
  ["objection", "withdraw_consent"],
  frm="Léna Marchand <lena.marchand@gmail.com>", date="2025-07-02 21:15"),

R("fr-source-adresse-et-stop-prospection",
  "Qui vous a donné mon mail ?",
  """Bonjour,

Je reçois vos offres de coaching alors que je n'ai jamais eu de contact avec vous. D'où tenez-vous mon adresse ? Je veux le savoir.

Et dans tous les cas je refuse de recevoir vos sollicitations commerciales.

J. Morel""",
  ["access", "objection"],
  frm="Jérôme Morel <jerome.morel@yahoo.fr>"),

R("fr-formel-triple-15-17-21",
  "Exercice de mes droits – articles 15, 17 et 21 du RGPD",
  """Madame,

Je vous adresse la présente afin d'exercer les droits que me confère le Règlement général sur la protection des données :

– au titre de l'article 15, je vous demande communication de l'ensemble des données me concernant ainsi que de leurs destinataires ;
– au titre de l'article 21, je m'oppose à tout traitement de mes données à des fins de prospection ;
– au titre de l'article 17, je vous demande, une fois la communication effectuée, l'effacement de l'intégralité de ces données.

Une copie de mon titre d'identité est jointe à ce courrier.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Alain Berthelot
27 rue de la République – 36100 Issoudun""",
  ["access", "erasure", "objection"],
  frm="Alain Berthelot <alain.berthelot@orange.fr>", to="orange", cte="b64",
  attach=[("pdf", "passeport_Berthelot.pdf",
           ["PASSEPORT - REPUBLIQUE FRANCAISE (copie)",
            "BERTHELOT Alain Jacques - ne le 14.02.1955",
            "Copie certifiee conforme pour exercice des droits RGPD"])]),

R("fr-temoignage-ou-publie",
  "mon témoignage",
  """Bonjour,

Je voudrais que mon témoignage soit retiré. Et pour être sûre de ne rien oublier, pouvez-vous me dire à quels endroits il a été publié ou transmis (site, réseaux sociaux, brochure, partenaires…) ?

Merci,
Coralie Meunier""",
  ["access", "withdraw_consent"],
  # NEAR-LINE: "where was it published or passed on" = who it was shared with -> access added to the withdrawal.
  frm="Coralie Meunier <coralie.meunier@gmail.com>", html="alt"),

R("fr-corriger-nom-supprimer-questionnaire",
  "Rectification + questionnaire",
  """Bonjour,

Mon prénom est Anaïs, avec un tréma, et non « Anais » comme sur mes documents. Merci de corriger.

Par ailleurs je voudrais que mon ancien questionnaire santé de 2023 soit supprimé, il n'a plus rien à voir avec ma situation actuelle et je n'ai pas envie qu'il reste.

Merci,
Anaïs Collin""",
  ["erasure", "rectification"],
  frm="Anaïs Collin <anais.collin@laposte.net>", cte="qp"),

R("fr-pere-fils-mineur-copie-effacement",
  "Données de mon fils Hugo (16 ans)",
  """Bonjour Madame,

Notre fils Hugo, 16 ans, a participé en juillet au stage « Confiance en soi pour ados ». Sa mère et moi aimerions savoir ce que vous avez gardé sur lui (fiche d'inscription, questionnaire, photos éventuelles), en recevoir une copie, puis que tout soit supprimé.

Hugo est d'accord avec cette démarche.

Cordialement,
Frédéric Lenoir""",
  ["access", "erasure"],
  # NEAR-LINE: parent of a minor -> request for the child.
  frm="Frédéric Lenoir <frederic.lenoir@orange.fr>", date="2025-09-04 20:40"),

R("fr-avocat-acces-limitation",
  "V/Réf : M. David Fournier – N/Réf : 25-118",
  """Madame,

Je vous informe intervenir pour le compte de Monsieur David Fournier, dont vous trouverez le mandat en pièce jointe.

Mon client me charge de vous demander :
– la communication de l'ensemble des données personnelles le concernant, notamment les fiches de suivi et échanges écrits ;
– la limitation du traitement de ces données, qui ne devront être ni utilisées, ni modifiées, ni effacées dans l'attente de l'issue de la procédure prud'homale en cours, dans laquelle elles sont susceptibles de constituer des éléments de preuve.

Je vous remercie de votre diligence.

Maître Julien Gasnier
Avocat au Barreau de Châteauroux""",
  ["access", "restriction"],
  frm="Julien Gasnier <j.gasnier@gasnier-avocats.fr>", html="alt", mailer="Microsoft Outlook 16.0",
  attach=[("pdf", "Mandat_Fournier.pdf",
           ["MANDAT", "M. David Fournier mandate Me Julien Gasnier, avocat,",
            "pour exercer ses droits d'acces et de limitation aupres de Floraison de Soi."])]),

R("fr-belge-savoir-et-export",
  "Mes données – demande",
  """Bonjour Madame,

Pourriez-vous me faire savoir quelles données me concernant sont enregistrées chez vous, et me les transmettre dans un fichier informatique que je pourrais réutiliser chez un autre prestataire (je pense à un format Excel) ?

Je vous en remercie d'avance.

Bien à vous,
Thibaut Collignon
Charleroi""",
  ["access", "portability"],
  frm="Thibaut Collignon <thibaut.collignon@skynet.be>", cte="8bit"),

R("fr-video-et-sms",
  "2 demandes",
  """Bonjour,
1. Je ne suis plus d'accord pour que la vidéo du cercle de parole où j'apparais reste en ligne, merci de la retirer ou de me couper.
2. Merci aussi d'arrêter les SMS promotionnels.
Cordialement
Sandrine Poirier""",
  ["objection", "withdraw_consent"],
  frm="Sandrine Poirier <sandrine.poirier@gmail.com>"),

R("fr-groupe-facebook-photos-et-compte",
  "Groupe privé + suppression",
  """Bonjour Sandra,

J'ai donné mon accord pour les photos partagées dans le groupe Facebook des participantes du stage, mais je le retire aujourd'hui : merci de retirer celles où j'apparais. Et je voudrais aussi que mon compte et toutes mes données soient supprimés, je ne reprendrai pas de formation.

Merci pour tout,
Ophélie Garnier""",
  ["erasure", "withdraw_consent"],
  frm="Ophélie Garnier <ophelie.garnier@outlook.fr>", html="alt", cte="qp"),


# ---------------------------------------------------------------- added for balance

R("fr-divorce-finalement-ne-pas-supprimer",
  "Re: ma demande de la semaine dernière",
  """Bonjour Sandra,

Finalement, ne supprimez rien ! Mon avocate m'a expliqué que les attestations de suivi et nos échanges pourraient être utiles dans la procédure de divorce. Par contre je maintiens que je ne veux plus recevoir quoi que ce soit ni que mon dossier serve à autre chose : gardez-le juste de côté, sans y toucher, jusqu'à ce que je vous fasse signe.

Désolée pour le contre-ordre.
Nathalie""",
  ["restriction"],
  # NEAR-LINE: reverses an earlier erasure and asks to keep but not use -> restriction only.
  frm="Nathalie Ribeiro <nathalie.ribeiro@gmail.com>",
  quote=dict(style="gmail-fr", days=6, who="Nathalie Ribeiro <nathalie.ribeiro@gmail.com>",
             to="Sandra Delomenie <contact@floraisondesoi.fr>", subj="ma demande",
             text="""Bonjour, je voudrais que vous supprimiez toutes mes données s'il vous plaît. Merci, Nathalie""")),

R("fr-formulaire-recuperer-donnees-tableur",
  "Nouveau message depuis le site : Mes données",
  """Nom : Josselin Marteau
E-mail : josselin.marteau@orange.fr
Téléphone : 
Sujet : Mes données

Message :
Bonjour, je vais bientôt perdre l'accès à mon espace de formation (fin de l'abonnement). Je voudrais garder une trace de mes réponses aux exercices et de ma progression : pouvez-vous me les envoyer dans un fichier type tableur que je pourrai ouvrir et réutiliser ? Merci d'avance

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  ["portability"],
  frm=WP, reply_to="Josselin Marteau <josselin.marteau@orange.fr>", to="contact", mailer=PHPMAILER,
  msgid_addr="wordpress@floraisondesoi.fr", cte="qp"),

R("fr-sms-mauvaise-adresse-rue",
  "adresse",
  """bonjour vs avez pas la bonne adresse pour moi c'est le 12 rue des Minimes pas le 21, du coup les courriers arrivent chez la voisine lol. merci de changer
Sandrine B""",
  ["rectification"],
  frm="Sandrine B <sandrine.b36@sfr.fr>", mailer=""),
]
