# French requests (label non-empty).
from common import M, SANDRA

# ---------------- ACCESS ----------------
M("fr-acc-divorce-notes", "fr", ["access"], "Claire Vautrin <claire.vautrin@gmail.com>",
  "Mes séances de 2023",
  """Bonjour Sandra,

Je ne sais pas si vous vous souvenez de moi, nous avions travaillé ensemble pendant presque un an, entre le printemps 2023 et le début de l'année suivante, au moment où je traversais mon divorce. Vous m'aviez beaucoup aidée à remettre de l'ordre dans ma vie, et je vous en suis encore reconnaissante.

La procédure est enfin terminée, mais j'ai besoin aujourd'hui de faire le point sur cette période, pour moi-même et aussi parce que ma psychologue actuelle me demande de reconstituer la chronologie de ces mois-là. Je me suis rendu compte que je n'avais gardé presque aucune trace écrite : les exercices que vous me faisiez faire, les questionnaires du début, les fiches que vous remplissiez après chaque séance.

Pourriez-vous me transmettre une copie de l'ensemble des informations que vous conservez à mon sujet ? Je pense aux notes de séance, aux questionnaires, aux documents que je vous avais envoyés par mail ou déposés sur le Drive, et à tout ce que vous auriez pu garder d'autre. Si certaines choses ont été détruites depuis, dites-le-moi simplement.

Je joins ma carte d'identité comme l'indique votre politique de confidentialité. Un envoi par mail me convient très bien, ou par courrier à ma nouvelle adresse, 12 impasse des Tilleuls, 18000 Bourges.

Merci d'avance, et au plaisir de vous recroiser,

Claire Vautrin""", att=["CNI_Vautrin_Claire.pdf"])

M("fr-acc-what-held-newsletter", "fr", ["access"], "Bernard Lhomme <b.lhomme@free.fr>",
  "Question sur mes informations",
  """Madame,

Je reçois depuis environ deux ans votre lettre d'information, que je lis d'ailleurs avec intérêt, surtout les textes sur la transition vers la retraite qui me parlent beaucoup en ce moment. Je n'ai pourtant jamais suivi d'accompagnement avec vous ; tout au plus ai-je assisté à une conférence à la médiathèque d'Issoudun, en novembre 2023 si ma mémoire est bonne.

Mon fils, qui travaille dans l'informatique, m'a fait remarquer l'autre jour que je laisse mon adresse un peu partout sans savoir ce qu'on en fait. Il n'a pas tort. Je ne vous reproche rien, bien entendu, mais j'aimerais savoir précisément quelles données personnelles vous détenez me concernant, d'où elles proviennent (je suppose la feuille d'émargement de la conférence, mais je n'en suis pas certain) et si elles ont été communiquées à d'autres personnes ou sociétés, par exemple à l'outil qui envoie vos lettres.

Je ne souhaite pas me désabonner pour le moment, simplement y voir clair.

Avec mes remerciements et mes salutations distinguées,

Bernard Lhomme
7 rue Basse, 36100 Issoudun""")

M("fr-acc-burnout-qp", "fr", ["access"], "Nadia Belkacem <nadia.belkacem@outlook.fr>",
  "demande de copie de mon dossier",
  """Bonjour Sandra,

Il y a un peu plus d'un an, je suis venue vous voir en plein épuisement professionnel. Vous vous rappelez sans doute, j'arrivais à peine à finir mes phrases lors de la première séance. J'ai été arrêtée pendant sept mois et je reprends doucement, en mi-temps thérapeutique, depuis septembre.

Mon médecin du travail prépare un dossier pour une éventuelle reconnaissance en maladie professionnelle et mon avocate en droit social m'a conseillé de rassembler tout ce qui documente l'état dans lequel j'étais à cette période. Je me suis dit que vos notes, et surtout le questionnaire d'évaluation du stress que vous m'aviez fait remplir au début, pourraient être utiles.

Est-ce que vous pourriez m'envoyer une copie de tout ce que vous avez sur moi dans votre dossier ? Les notes, le questionnaire, les comptes rendus si vous en faisiez, et les échanges écrits. Je comprends que ce sont vos notes de travail et qu'elles ne sont pas rédigées pour être lues par quelqu'un d'autre, cela ne me dérange pas.

Je peux passer les chercher au cabinet rue d'Estienne d'Orves si c'est plus simple pour vous.

Merci infiniment,
Nadia""", mime="qp", q=("outlook", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mardi 4 février 2025 18:02",
  """Bonjour Nadia,

Je pense bien à vous. N'hésitez pas à me donner des nouvelles quand vous le souhaiterez.

Belle soirée,
Sandra"""))

M("fr-acc-shared-with-whom", "fr", ["access"], "Hélène Maréchal <helene.marechal@laposte.net>",
  "Qui a eu accès à mes informations ?",
  """Bonjour Madame Delomenie,

Je me permets de vous écrire parce que quelque chose me tracasse depuis plusieurs semaines. J'ai suivi votre stage « Renaître à soi » en juin dernier, dans le cadre d'un groupe de huit personnes, et j'ai rempli à cette occasion une fiche d'inscription assez détaillée, avec des éléments sur ma santé (mon cancer du sein et les traitements en cours à l'époque).

Or j'ai reçu récemment des courriers publicitaires d'une naturopathe de Châteauroux que je ne connais absolument pas, et qui semblait savoir que j'avais été malade. C'est peut-être une coïncidence, je ne vous accuse de rien, mais je voudrais en avoir le cœur net.

Je vous demande donc de me dire à qui mes informations ont été transmises, que ce soit des partenaires, d'autres praticiens, des plateformes, votre comptable ou qui que ce soit d'autre. J'aimerais aussi savoir ce que contient exactement ma fiche aujourd'hui.

Je vous remercie de votre compréhension et de votre réponse,

Hélène Maréchal
06 72 18 44 09""", mime="alt")

M("fr-acc-moving-canada", "fr", ["access"], "Julien Ferrand <julien.ferrand@gmail.com>",
  "Avant mon départ pour Montréal",
  """Bonjour Sandra,

Comme je vous l'avais annoncé lors de notre dernière séance, le départ au Québec est désormais fixé : nous prenons l'avion le 28 août avec Émilie et les enfants. Les dernières semaines sont un tourbillon de cartons, de visites de l'appartement et de démarches administratives, et je réalise à quel point le travail qu'on a fait ensemble sur la peur du changement m'a servi.

Je suis en train de rassembler tous mes papiers importants pour ne rien laisser derrière moi, et je voudrais emporter aussi une trace de notre accompagnement. Serait-il possible de recevoir une copie des données que vous conservez sur moi, c'est-à-dire les notes des séances, le bilan de mi-parcours et les exercices écrits que je vous avais rendus ? Je n'ai aucune exigence de format, un PDF ou des photos des pages suffiront.

Je vous laisse aussi mon adresse mail personnelle, qui restera valable là-bas, c'est celle-ci.

Merci encore pour tout, je vous enverrai une carte postale du Mont-Royal.

Julien""", sig="Julien Ferrand\nIngénieur méthodes")

M("fr-acc-systemeio-logs", "fr", ["access"], "Patricia Gaudin <p.gaudin36@orange.fr>",
  "Mon compte formation - données de connexion",
  """Bonjour,

Je suis inscrite depuis mars à votre formation en ligne « S'affirmer sans s'épuiser » sur la plateforme Systeme.io. Je n'ai pas de problème avec la formation elle-même, que je trouve très bien faite.

Mon employeur finance une partie de mes formations et il me demande un justificatif de suivi : combien de modules j'ai suivis, à quelles dates je me suis connectée, etc. Plutôt que de faire des captures d'écran, je me suis dit que le plus simple serait de vous demander directement les informations que vous détenez sur moi dans le cadre de ce compte : les données de connexion, la progression, les dates, et les données d'inscription.

J'en profite, puisque je vous écris : je voudrais également savoir si vous conservez mon adresse IP et pour combien de temps, car votre politique parle de logs et je n'ai pas bien compris.

Bien cordialement,
Patricia Gaudin
Assistante de direction""", mime="b64")

M("fr-acc-lawyer-mandate", "fr", ["access"], "Maître Olivier Castaing <o.castaing@castaing-avocats.fr>",
  "Demande de communication de données personnelles - Mme Sophie Renard",
  """Madame,

J'interviens en qualité de conseil de Madame Sophie RENARD, demeurant 3 allée des Peupliers à Vierzon, qui a bénéficié de vos prestations d'accompagnement individuel entre septembre 2022 et juin 2023.

Ma cliente m'a expressément mandaté pour exercer en son nom le droit d'accès prévu par l'article 15 du Règlement (UE) 2016/679. Vous trouverez ci-joint le mandat signé ainsi que la copie de sa pièce d'identité.

Je vous remercie en conséquence de bien vouloir me communiquer, dans le délai d'un mois prévu par le texte :
1. une copie de l'ensemble des données à caractère personnel la concernant que vous traitez, quel qu'en soit le support (notes, fiches de suivi, questionnaires, correspondances, données de paiement) ;
2. les finalités des traitements et les catégories de destinataires ;
3. la durée de conservation envisagée.

Cette demande s'inscrit dans un contexte familial délicat sur lequel je ne m'étendrai pas ; je précise qu'elle ne vise aucunement à mettre en cause la qualité de vos prestations.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Olivier Castaing
Avocat au Barreau de Bourges""", att=["Mandat_Renard_signe.pdf", "CNI_Renard_Sophie.pdf"],
  sig="CASTAING AVOCATS\n14 boulevard de Juranville - 18000 Bourges\nTél. 02 48 65 11 20\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.")

M("fr-acc-mother-minor", "fr", ["access"], "Stéphanie Morin <steph.morin@sfr.fr>",
  "Dossier de ma fille Léa (14 ans)",
  """Bonjour Sandra,

Ma fille Léa a participé cet automne à vos ateliers « Confiance en soi pour les ados » du mercredi après-midi. Elle en est revenue transformée, plus sereine, et nous vous en sommes très reconnaissants, son père et moi.

Léa est suivie par ailleurs par une pédopsychiatre au CMP, qui aimerait avoir une idée de ce qui a été travaillé pendant les ateliers. Léa est d'accord pour que je vous le demande, nous en avons parlé ensemble hier soir.

En tant que responsable légale, je vous demande donc de bien vouloir me transmettre une copie des informations que vous avez recueillies sur Léa : fiche d'inscription, questionnaire de début d'atelier, éventuelles observations. Si certains éléments sont confidentiels entre elle et vous et que vous préférez lui en parler d'abord, je le comprendrai.

Je joins le livret de famille et ma pièce d'identité.

Bien à vous,
Stéphanie Morin""", att=["livret_famille_p1.jpg", "CNI_Morin.jpg"], mime="alt")

M("fr-acc-origin-phone", "fr", ["access"], "Thierry Bouchet <thierry.bouchet@wanadoo.fr>",
  "comment avez-vous eu mon numéro",
  """Madame,

Samedi dernier j'ai reçu un SMS de votre part m'invitant à un « cercle de parole pour hommes en transition ». L'idée n'est pas mauvaise en soi, mais je ne me souviens absolument pas vous avoir donné mon numéro de portable, ni même d'avoir été en contact avec vous.

J'ai bien réfléchi : j'ai perdu mon emploi chez Wavin en début d'année et j'ai participé à plusieurs réunions d'information à la Maison de l'emploi, où plusieurs intervenants présentaient leurs services. Peut-être que ma fiche a circulé à ce moment-là ?

Je vous demande de m'indiquer d'où vous tenez mes coordonnées et quelles autres informations vous avez sur moi. Je déciderai ensuite si je souhaite rester dans vos listes ou non. Je reconnais que votre message était aimable et sans insistance.

Salutations,
Thierry Bouchet
06 19 22 70 51""")

M("fr-acc-after-conflict", "fr", ["access"], "Aurélie Kessler <aurelie.kessler@protonmail.com>",
  "Suite à notre désaccord",
  """Sandra,

Je reviens vers vous après notre dernier échange téléphonique, qui s'est mal terminé, et je le regrette. Je ne veux pas envenimer les choses. Je pense simplement que nous n'avions plus la même vision de l'accompagnement et qu'il était normal d'y mettre fin.

Cela dit, vous avez fait référence pendant l'appel à des « observations notées lors des séances » sur ma façon de réagir au conflit, et cela m'a mise mal à l'aise. J'aimerais savoir ce qui a été écrit à mon sujet. Je vous demande donc officiellement l'accès à l'intégralité de mon dossier : notes manuscrites (scannées ou photocopiées), fiches de suivi numériques, messages WhatsApp conservés, tout.

Je ne cherche pas à vous nuire. J'ai besoin de comprendre comment j'ai été perçue pour pouvoir tourner la page.

Je vous remercie de me répondre par écrit.

Aurélie Kessler""", q=("apple", "Sandra Delomenie <sandra.delomenie@orange.fr>", "12 mars 2025 à 19:40",
  """Aurélie,

Comme convenu au téléphone, je vous confirme la fin de notre accompagnement. Je vous rembourse les deux séances non réalisées.

Sandra"""))

M("fr-acc-formal-pro", "fr", ["access"], "Jean-Marc Rivière <jm.riviere@cabinet-riviere-expertise.fr>",
  "Exercice de mon droit d'accès",
  """Madame Dumot-Deloménie,

Vous m'avez accompagné en 2024 dans le cadre d'un bilan de repositionnement professionnel, pris en charge par mon entreprise. Je garde un bon souvenir de ce travail, qui m'a conduit à créer mon propre cabinet d'expertise comptable.

Par principe, et parce que je conseille moi-même mes clients sur ces sujets, je vérifie périodiquement ce que les prestataires avec qui j'ai travaillé conservent sur moi. Je vous serais donc obligé de bien vouloir me communiquer les données personnelles me concernant que vous traitez, les finalités de ces traitements, leurs destinataires (et notamment si mon ancien employeur, qui a payé la prestation, a reçu un compte rendu) ainsi que les durées de conservation appliquées.

Je ne doute pas que tout soit en ordre, c'est une démarche de routine.

Avec mes salutations distinguées,

Jean-Marc Rivière
Expert-comptable""", mime="html")

M("fr-acc-grief-recordings", "fr", ["access"], "Monique Tessier <monique.tessier@orange.fr>",
  "Les enregistrements de l'atelier deuil",
  """Chère Sandra,

Cela fait maintenant un an que mon mari Gérard nous a quittés, et c'est grâce à votre atelier sur le deuil, l'hiver dernier, que j'ai pu traverser les premiers mois sans m'effondrer complètement. Je pense souvent aux autres participantes et à ce que nous avons partagé.

Vous nous aviez dit à l'époque que les séances en visio étaient enregistrées pour les personnes qui ne pouvaient pas être présentes, et que les replays étaient conservés un certain temps. J'étais présente à chaque fois, mais il y a une séance en particulier, celle où j'ai lu la lettre que j'avais écrite à Gérard, que j'aimerais beaucoup réentendre.

Est-ce que vous pourriez me dire ce que vous avez conservé me concernant de cet atelier, et me transmettre une copie de ce qui me concerne, en particulier ce passage-là ? Je comprends qu'il y a d'autres personnes sur les enregistrements et que ce n'est peut-être pas simple.

Avec toute mon affection,
Monique""", mime="qp")

M("fr-acc-short-after-story", "fr", ["access"], "Kévin Lasserre <kevin.lasserre@icloud.com>",
  "Bilan de fin d'année",
  """Salut Sandra,

Je fais mon petit bilan de fin d'année, comme tu me l'avais appris, et je me rends compte du chemin parcouru : j'ai quitté la boîte de mon père, j'ai repris mes études à 34 ans, je suis en deuxième année de BTS et ça se passe bien. Je voulais te remercier, parce que sans nos séances du jeudi soir je n'aurais jamais osé.

J'ai lu récemment un article sur la protection des données dans le secteur du bien-être, et ça m'a donné envie de savoir ce que tu gardes sur moi depuis tout ce temps. Donc, si tu peux, envoie-moi ce que tu as dans mon dossier.

Pas d'urgence, profite des fêtes !

Kévin

Envoyé de mon iPhone""")

M("fr-acc-registration-circle", "fr", ["access"], "Odile Prévost <odile.prevost@gmail.com>",
  "Cercle de femmes - fiche",
  """Bonsoir Sandra,

Je voulais d'abord vous dire combien le cercle de femmes de la pleine lune m'apporte. J'y viens depuis bientôt deux ans, j'y ai rencontré des amies précieuses, et c'est devenu un rendez-vous que je ne manquerais pour rien au monde.

Lors de la dernière rencontre, une nouvelle participante a évoqué le fait que vous lui aviez demandé une fiche assez complète à l'inscription, avec des questions sur la santé et la situation familiale. Je ne me rappelle plus du tout ce que j'avais rempli moi-même il y a deux ans, à une époque où j'étais en pleine séparation et assez perdue.

Pourriez-vous m'envoyer une copie de ma fiche et de tout ce que vous conservez à mon nom, ainsi que la liste des personnes ou outils qui y ont accès (le groupe WhatsApp par exemple) ? Je vous remercie.

Douce soirée,
Odile""")

# ---------------- ERASURE ----------------
M("fr-era-fresh-start", "fr", ["erasure"], "Camille Duret <camille.duret@gmail.com>",
  "Tourner la page",
  """Bonjour Sandra,

J'ai longuement hésité avant de vous écrire. Notre accompagnement s'est terminé il y a dix-huit mois, dans de bonnes conditions, et je ne regrette rien de ce travail. Mais cette période de ma vie, avec la dépression, la perte de mon emploi et la rupture avec ma famille, je voudrais aujourd'hui la laisser vraiment derrière moi.

Je déménage à Lyon le mois prochain, je commence un nouveau poste, et je fais un grand tri dans tout ce qui me relie à ces années-là. J'ai supprimé mes anciens journaux, mes conversations, mes photos de cette époque. Et il reste vos notes, qui me pèsent un peu quand j'y pense.

Je vous demande donc, si c'est possible, d'effacer toutes les données personnelles que vous avez sur moi : notes de séance, questionnaires, fiches, échanges de mails, documents sur votre Drive, et mon adresse dans vos listes de contacts. Je comprends que vous deviez garder les factures pour la comptabilité, ce n'est pas un problème.

Pourriez-vous me confirmer par retour quand ce sera fait ?

Merci pour tout ce que vous m'avez apporté,
Camille""", mime="qp")

M("fr-era-account-all-data", "fr", ["erasure"], "Laurent Picard <laurent.picard@yahoo.fr>",
  "Suppression compte Systeme.io",
  """Bonjour,

J'avais acheté il y a deux ans votre programme en ligne sur la gestion du temps, au moment où je montais mon auto-entreprise de menuiserie. L'entreprise a finalement fermé l'été dernier, après une année très difficile, et je suis retourné en salariat. Je ne me sers plus du tout de la formation et je n'ai pas l'intention d'y revenir.

Merci de supprimer mon compte sur la plateforme ainsi que l'ensemble de mes données : identifiants, progression, réponses aux quiz, et toutes les informations liées à mon achat en dehors de ce que la loi vous oblige à garder.

Bonne continuation,
Laurent Picard""", sig="Laurent Picard\n06 45 12 98 30")

M("fr-era-health-data", "fr", ["erasure"], "Isabelle Carré <isabelle.carre77@gmail.com>",
  "Mes données de santé",
  """Bonjour Sandra,

Lorsque j'ai commencé l'accompagnement avec vous en 2023, vous m'avez fait signer un consentement pour recueillir des informations sur ma santé, et je vous ai parlé en détail de mon endométriose, de mes deux fausses couches et du parcours de PMA que nous avions entamé avec mon compagnon.

Nous nous sommes séparés depuis, et le parcours s'est arrêté. Je vais beaucoup mieux, j'ai repris une vie normale, mais je ne supporte plus l'idée que ces informations très intimes soient encore notées quelque part, même chez quelqu'un d'aussi bienveillant que vous.

Votre politique indique que les données de santé sont gardées deux ans maximum. Je préfère ne pas attendre : pourriez-vous les effacer dès maintenant, ainsi que les notes qui y font référence ? Pour le reste du dossier, je n'ai pas d'objection à ce qu'il soit conservé.

Merci de votre compréhension,
Isabelle Carré""")

M("fr-era-harassment-ex", "fr", ["erasure"], "Sarah Benhamou <sarah.b.nouvelleadresse@proton.me>",
  "Demande urgente - effacement",
  """Bonjour Madame,

Je vous écris depuis une nouvelle adresse mail, pour des raisons que je vais expliquer. J'ai suivi deux de vos ateliers en 2024 sous mon nom, Sarah Benhamou, avec l'adresse sarah.benhamou84@gmail.com.

Je suis actuellement en procédure contre mon ex-conjoint pour des faits de harcèlement. Il a eu accès à mon ancienne boîte mail pendant des mois et je sais qu'il a utilisé certaines informations pour me retrouver. J'ai changé de ville et de numéro. Je fais le tour de tous les endroits où mes coordonnées pourraient encore apparaître.

Je vous demande, s'il vous plaît, d'effacer toutes les informations qui me concernent : mon nom, mon ancienne adresse postale, mon téléphone, mes mails, les fiches d'inscription, les listes de participantes, le groupe WhatsApp. Je n'ai besoin d'aucune confirmation détaillée, un simple « c'est fait » suffira, à cette adresse uniquement.

Je vous remercie du fond du cœur.

S.""", mime="b64")

M("fr-era-husband-found", "fr", ["erasure"], "Valérie Gimenez <valerie.gimenez@hotmail.fr>",
  "Re: Votre accompagnement de couple",
  """Sandra,

Je vous réponds tardivement, pardonnez-moi. Votre message de relance m'est parvenu au pire moment : mon mari est tombé dessus sur la tablette familiale, alors que je ne lui avais jamais parlé de nos séances. Je venais vous voir pour réfléchir à mon couple, seule, et il l'a très mal vécu. La situation est apaisée depuis, nous avons décidé de consulter ensemble une thérapeute conjugale.

Je ne souhaite pas poursuivre avec vous, et surtout je souhaite que rien ne subsiste de ces échanges. Je vous remercie de supprimer toutes les données me concernant, y compris les mails, les notes, et mon inscription dans vos outils, et de ne plus m'écrire après votre confirmation.

Je sais que vous n'avez rien fait de mal, c'est moi qui n'avais pas été transparente.

Valérie""", q=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "lun. 7 avr. 2025 à 09:15",
  """Bonjour Valérie,

Je n'ai pas eu de nouvelles depuis notre séance du 12 mars et je voulais simplement prendre de vos nouvelles. Souhaitez-vous que nous planifiions la suite de l'accompagnement sur votre couple ?

Belle journée,
Sandra"""))

M("fr-era-ebook-prospect", "fr", ["erasure"], "Gilles Arnaud <gilles.arnaud@laposte.net>",
  "ebook téléchargé",
  """Bonjour,

J'ai téléchargé il y a quelque temps votre ebook gratuit sur les émotions au travail, parce qu'un collègue me l'avait conseillé pendant une période difficile où mon service était en pleine réorganisation. Je l'ai lu, il m'a été utile, merci.

Depuis, je reçois régulièrement des messages, ce qui est normal, mais surtout je me suis aperçu que j'avais rempli le formulaire de téléchargement avec beaucoup de détails personnels : ma situation professionnelle, mon âge, et même une case « ce que vous traversez en ce moment » où j'avais écrit des choses assez personnelles.

Je n'aime pas savoir ça dans la nature. Merci de supprimer toutes mes données, ce formulaire compris, de votre outil d'emailing et de vos fichiers. Merci d'avance.

Gilles Arnaud""", mime="html")

M("fr-era-drive-docs", "fr", ["erasure"], "Mathilde Leroy <mathilde.leroy@gmail.com>",
  "Documents partagés sur le Drive",
  """Bonjour Sandra,

Pendant notre accompagnement autour de ma reconversion, je vous avais partagé pas mal de documents sur le dossier Google Drive que vous aviez créé pour moi : mon CV, mes anciennes évaluations annuelles, mes bulletins de salaire pour préparer la négociation, et même le courrier de rupture conventionnelle.

L'accompagnement est terminé depuis quatre mois. Ma reconversion en tant qu'éducatrice spécialisée est bien lancée, je suis en formation à Tours et je m'y épanouis.

Je voudrais que ces documents soient supprimés du Drive et de tout autre endroit où vous les auriez copiés, ainsi que les notes de séance si vous n'en avez plus besoin. Si vous devez garder quelque chose pour des raisons légales, pourriez-vous me dire quoi ?

Merci beaucoup,
Mathilde""")

M("fr-era-lawyer-formal", "fr", ["erasure"], "Cabinet Vasseur & Associés <contact@vasseur-associes.fr>",
  "V/Réf : M. Frédéric Dumas - Demande d'effacement",
  """Madame,

Nous vous écrivons au nom et pour le compte de Monsieur Frédéric DUMAS, né le 14 juin 1979, qui nous a mandatés à cet effet (mandat joint).

Monsieur DUMAS a participé en 2024 à l'une de vos sessions de formation collective organisées pour le compte de son employeur. Les circonstances de la fin de son contrat de travail, actuellement soumises à la juridiction prud'homale, le conduisent à vouloir limiter la présence de ses données chez les différents intervenants de cette période.

En application de l'article 17 du RGPD, nous vous demandons de procéder à l'effacement de l'ensemble des données à caractère personnel le concernant, à l'exception de celles dont la conservation vous serait imposée par une obligation légale, et de nous confirmer cet effacement par écrit dans un délai d'un mois.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le Cabinet,
Maître Anne Vasseur""", att=["Mandat_Dumas.pdf"], mime="alt")

M("fr-era-whatsapp-group", "fr", ["erasure"], "Sylvie Jourdain <sylvie.jourdain@orange.fr>",
  "Le groupe du stage de printemps",
  """Bonjour Sandra,

Le stage de printemps était une très belle parenthèse, je vous remercie encore. Depuis, le groupe WhatsApp continue de vivre, ce qui est plutôt joyeux, mais je me sens moins concernée et je l'ai quitté hier.

En réfléchissant à tout ça, je me suis dit qu'il y a sans doute beaucoup de choses à mon sujet un peu partout : la fiche d'inscription avec mes allergies et mon traitement, les photos de groupe, les messages que j'ai postés. Je voudrais que vous supprimiez tout ce qui me concerne dans vos fichiers et dans l'historique que vous conservez du groupe. Et mon numéro de téléphone aussi, bien sûr.

Je reviendrai peut-être un jour, et je remplirai une nouvelle fiche à ce moment-là.

Belle journée,
Sylvie""")

M("fr-era-chatgpt-style", "fr", ["erasure"], "Romain Bertin <romain.bertin@gmail.com>",
  "Demande d'effacement de mes données personnelles (article 17 RGPD)",
  """Madame,

Par la présente, je vous demande de bien vouloir procéder à l'effacement de l'ensemble des données personnelles me concernant que vous détenez, conformément à l'article 17 du Règlement général sur la protection des données.

Pour contexte : j'ai été en contact avec vous en 2024 via votre formulaire de prise de rendez-vous, pour une séance découverte qui n'a finalement pas eu lieu, puis j'ai reçu quelques mails de suivi. Je ne conteste rien, mais je fais le ménage dans mon identité numérique après avoir été victime d'une usurpation d'identité cet été. Mon banquier et la gendarmerie m'ont conseillé de réduire au maximum le nombre d'organismes qui détiennent mes coordonnées.

Les données concernées incluent notamment : nom, prénom, adresse électronique, numéro de téléphone, et toute note prise lors de la prise de contact.

Je vous remercie de me confirmer l'effacement dans les délais légaux.

Cordialement,
Romain Bertin""", mime="b64")

M("fr-era-old-client-retired", "fr", ["erasure"], "Josiane Mercier <josiane.mercier@neuf.fr>",
  "Ménage",
  """Bonjour Sandra,

J'espère que vous allez bien. Cela fait bien longtemps, cinq ou six ans je crois, que nous avons travaillé ensemble quand je préparais mon départ à la retraite. Tout s'est très bien passé depuis : j'ai déménagé près de ma fille en Bretagne, je fais de la chorale et je garde mes petits-enfants le mercredi.

Ma fille m'aide à mettre de l'ordre dans mes papiers et dans mes comptes sur internet, et elle m'a dit que je pouvais demander aux gens chez qui j'ai été cliente d'effacer mes informations. Alors je vous le demande gentiment : pouvez-vous effacer ce que vous avez encore sur moi ? Je crois que ça ne vous sert plus à rien de toute façon.

Je vous embrasse,
Josiane

PS : je continue les exercices de respiration du matin !""")

# ---------------- RECTIFICATION ----------------
M("fr-rec-married-name", "fr", ["rectification"], "Élodie Garnier <elodie.garnier@gmail.com>",
  "Changement de nom",
  """Bonjour Sandra,

Une petite nouvelle : je me suis mariée en septembre ! La cérémonie a eu lieu dans le jardin de mes beaux-parents, près de Sancerre, et c'était exactement comme je l'espérais, simple et joyeux. Vous qui m'avez accompagnée au moment où je doutais de tout, y compris de ma capacité à m'engager, vous comprendrez ce que cela représente pour moi.

Du coup, j'ai changé de nom, et je fais le tour de mes abonnements et de mes comptes. Je m'appelle désormais Élodie Garnier-Moreau (avec le trait d'union). Pourriez-vous mettre à jour mon nom dans votre fichier client, sur mon compte de formation et pour les prochaines factures ? L'adresse mail reste la même.

Je m'inscrirai sûrement à l'atelier de janvier sur les nouveaux départs, le thème me parle !

Bises,
Élodie""")

M("fr-rec-wrong-birthdate-note", "fr", ["rectification"], "François Delmas <francois.delmas@orange.fr>",
  "Erreur dans mon bilan",
  """Madame,

J'ai bien reçu le compte rendu écrit de mon bilan de compétences et je vous remercie pour la qualité du travail. Le document est clair, et les pistes proposées me semblent pertinentes, en particulier celle de la formation de formateur.

Je relève cependant deux erreurs dans la partie « parcours » que je vous demande de corriger, car ce document doit être transmis à Pôle emploi (France Travail désormais) dans le cadre de mon dossier de financement :
- ma date de naissance est le 3 avril 1971 et non le 3 avril 1977 ;
- je n'ai pas été licencié pour motif économique mais j'ai signé une rupture conventionnelle, ce qui n'est pas du tout la même chose pour l'organisme.

Pourriez-vous corriger ces points dans le document et dans votre dossier, et me renvoyer une version à jour ?

Avec mes remerciements,
François Delmas""", att=["Bilan_Delmas_v1_annote.pdf"], mime="qp")

M("fr-rec-new-address-moved", "fr", ["rectification"], "Nathalie Roux <nathalie.roux@sfr.fr>",
  "Nouvelle adresse",
  """Bonjour Sandra,

Après vingt-deux ans dans la même maison, nous avons fini par la vendre. Les enfants sont partis, le jardin devenait trop grand pour nous et, depuis l'opération de mon mari, les escaliers étaient devenus un vrai problème. Ça a été un déchirement, et je pense souvent à la séance où on avait parlé de ce lieu qui porte toute l'histoire de notre famille.

Nous sommes maintenant installés dans un appartement de plain-pied au centre-ville, et je m'y sens bien plus vite que je ne l'aurais cru.

Merci de remplacer mon ancienne adresse (14 chemin des Vignes, Saint-Georges-sur-Arnon) par la nouvelle : 5 place du Sablon, appartement 3, 36100 Issoudun. Et vous pouvez effacer l'ancien numéro fixe, le 02 54 21 08 77, il n'existe plus ; mon portable reste le même.

À bientôt,
Nathalie""")

M("fr-rec-pronoun-name", "fr", ["rectification"], "Alex Mauduit <alex.mauduit@posteo.net>",
  "Mise à jour de mon prénom",
  """Bonjour Sandra,

Je vous écris parce que je suis inscrit·e à votre formation en ligne depuis l'année dernière et que je reçois aussi votre newsletter, qui me fait du bien chaque mois.

Depuis quelques mois, j'ai entamé une transition, et j'utilise désormais le prénom Alex, y compris officiellement depuis la décision de l'état civil en juin. Ce n'est pas facile de faire le tour de tous les endroits où l'ancien prénom apparaît, et chaque mail qui commence par « Bonjour Alexandra » me fait un petit pincement.

Pourriez-vous corriger mon prénom dans votre fichier, sur la plateforme de formation et dans la liste de la newsletter ? Et sur l'attestation de formation aussi, si c'est possible de la rééditer.

Merci beaucoup pour votre bienveillance,
Alex""", mime="alt")

M("fr-rec-note-wrong-fact", "fr", ["rectification"], "Pascale Huet <pascale.huet@gmail.com>",
  "Correction d'une information dans ma fiche",
  """Bonjour Sandra,

Lors de notre dernière séance, vous m'avez lu à voix haute votre résumé de notre premier rendez-vous, pour mesurer le chemin parcouru. C'était un très beau moment, mais j'ai remarqué une erreur qui me tient à cœur.

Vous avez noté que j'avais « quitté mon poste à l'hôpital suite à un conflit avec ma cadre ». En réalité, je n'ai jamais été en conflit avec elle, elle m'a même beaucoup soutenue. J'ai quitté l'hôpital parce que je ne supportais plus les conditions de travail de nuit après la naissance de mes jumeaux. Je sais que ça peut sembler un détail, mais si ces notes devaient un jour être relues, je ne voudrais pas que cette version reste.

Pourriez-vous rectifier cette mention dans vos notes ?

Merci, et à jeudi prochain,
Pascale""")

M("fr-rec-email-typo", "fr", ["rectification"], "Marc-Antoine Lefèvre <ma.lefevre@gmail.com>",
  "Je ne reçois rien - erreur dans mon adresse",
  """Bonjour,

Je me suis inscrit au webinaire de mardi dernier sur la reconversion après 45 ans, et je n'ai jamais reçu le lien de connexion ni le replay. J'ai regardé dans mes spams, rien. En vérifiant le mail de confirmation que mon épouse a reçu (elle s'était inscrite de son côté), je crois comprendre pourquoi : mon adresse a dû être saisie avec une faute, « ma.lefevbre@gmail.com », au lieu de ma.lefevre@gmail.com.

J'ai été licencié en mars après dix-neuf ans dans la même entreprise et je cherche vraiment des pistes, donc ce webinaire m'intéressait beaucoup.

Pourriez-vous corriger mon adresse dans votre fichier et, si c'est possible, m'envoyer le replay ?

Merci,
Marc-Antoine Lefèvre""")

M("fr-rec-phone-replaced", "fr", ["rectification"], "Chantal Fabre <chantal.fabre@wanadoo.fr>",
  "changement de numero",
  """Bonjour Sandra,

Suite au vol de mon sac à la sortie du marché de Châteauroux (quelle histoire, je vous raconterai), j'ai dû changer de téléphone et d'opérateur, et je n'ai pas pu garder mon numéro.

Mon nouveau numéro est le 07 68 41 20 93. L'ancien, le 06 33 82 17 45, ne doit plus être utilisé, quelqu'un d'autre l'a peut-être déjà. Pourriez-vous faire le changement dans votre fichier, pour les rappels de rendez-vous par SMS notamment ?

Et merci de me confirmer notre rendez-vous du 14, je n'ai plus le message.

Chantal""")

M("fr-rec-company-details", "fr", ["rectification"], "Corinne Blanchard <c.blanchard@atelier-blanchard.fr>",
  "Mise à jour de mes coordonnées professionnelles",
  """Bonjour Madame Delomenie,

Vous m'avez accompagnée en 2024 dans la création de mon atelier de céramique, et je suis heureuse de vous annoncer qu'il tourne maintenant à plein : j'ai deux salariées et une boutique en ligne. Merci encore pour ce travail de fond sur ma légitimité d'entrepreneuse, qui a tout changé.

Mes coordonnées professionnelles ont changé avec la transformation de l'entreprise en SARL, et je souhaiterais que votre fichier soit à jour, notamment parce que je compte bien vous solliciter pour une session de formation pour mon équipe :
- raison sociale : Atelier Blanchard SARL (et non plus EI Corinne Blanchard) ;
- adresse : 22 rue des Potiers, 18250 Henrichemont ;
- mail : c.blanchard@atelier-blanchard.fr à la place de corinne.blanchard.ceramique@gmail.com, que je n'utilise plus.

Merci d'avance, je reviens vers vous prochainement pour la formation.

Corinne Blanchard""", mime="html")

M("fr-rec-complete-allergy", "fr", ["rectification"], "Damien Royer <damien.royer@outlook.com>",
  "Compléter ma fiche pour le stage",
  """Bonjour Sandra,

Je suis inscrit au stage résidentiel de juillet, et je me réjouis de ces quatre jours. Après l'année que je viens de vivre (licenciement, puis le décès de mon père en avril), j'en ai vraiment besoin.

En relisant la fiche d'inscription que j'ai remplie en ligne, je me suis rendu compte que j'avais oublié d'indiquer mon allergie sévère aux fruits à coque, et que j'avais mis un numéro de contact d'urgence erroné. Le bon contact d'urgence est ma sœur, Laure Royer, 06 52 71 90 38.

Pourriez-vous compléter et corriger ma fiche en conséquence ? C'est important pour les repas et pour le gîte.

Merci beaucoup,
Damien""")

# ---------------- RESTRICTION ----------------
M("fr-res-dispute-invoice", "fr", ["restriction"], "Hervé Colin <herve.colin@gmail.com>",
  "Contestation - ne rien supprimer",
  """Madame,

Nous sommes en désaccord, vous le savez, sur le nombre de séances réellement effectuées dans le cadre de mon accompagnement de l'an dernier. Selon moi, deux des séances facturées ont été annulées de votre fait ; selon vous, elles ont eu lieu. J'ai saisi le médiateur de la consommation.

Dans l'attente de la résolution de ce litige, je vous demande expressément de ne supprimer aucune des données me concernant : agenda, notes de séances, échanges de mails et SMS, historique des paiements Stripe. Ces éléments sont nécessaires pour établir les faits. Je vous demande en même temps de ne pas les utiliser à d'autres fins, ni de les communiquer à qui que ce soit d'autre que le médiateur.

Je vous remercie de me confirmer par écrit la prise en compte de cette demande.

Hervé Colin""", mime="qp")

M("fr-res-inaccurate-pause", "fr", ["restriction"], "Agnès Perrot <agnes.perrot@orange.fr>",
  "Ce qui est écrit sur moi",
  """Bonjour Sandra,

Lors de notre dernière séance, vous m'avez montré la synthèse que vous comptiez transmettre à la DRH dans le cadre de mon accompagnement financé par l'entreprise. Je vous avais demandé un temps de réflexion.

Après relecture, je conteste plusieurs éléments, notamment la phrase selon laquelle je serais « en difficulté relationnelle avec plusieurs membres de l'équipe ». C'est inexact : le problème concerne une seule personne, mon N+1, et c'est précisément l'objet de mon signalement.

Tant que nous n'avons pas revu ensemble ce passage, je vous demande de ne pas transmettre ce document, ni de l'utiliser de quelque façon que ce soit. Je ne vous demande pas de le détruire, je veux pouvoir en discuter avec vous. Nous pourrions en parler à la séance du 18 ?

Bien à vous,
Agnès""")

M("fr-res-keep-for-court", "fr", ["restriction"], "Karim Haddad <karim.haddad@gmail.com>",
  "Conservation de mes échanges - procédure en cours",
  """Bonjour Madame Delomenie,

Comme vous le savez, j'avais commencé un accompagnement avec vous au moment de ma séparation avec la mère de mon fils. Je l'avais interrompu en janvier, faute de moyens.

La procédure devant le juge aux affaires familiales a pris une tournure difficile et mon avocate pense que certains échanges que j'ai eus avec vous par mail, où j'expliquais mon organisation pour la garde, pourraient devenir utiles.

Je sais que votre politique prévoit des durées de conservation et que, sans nouvelle de ma part, vous pourriez supprimer mon dossier. Je vous demande de ne pas le faire : merci de conserver mes données telles quelles, sans les utiliser, jusqu'à ce que je vous fasse signe à la fin de la procédure. Je ne vous demande rien d'autre pour l'instant.

Merci de votre aide,
Karim Haddad""")

M("fr-res-freeze-testimonial-debate", "fr", ["restriction"], "Florence Aubert <florence.aubert@gmail.com>",
  "Mon questionnaire d'évaluation",
  """Bonjour Sandra,

J'ai appris par une autre participante que les réponses au questionnaire de fin de formation allaient servir à une étude sur l'efficacité de vos programmes, que vous présenteriez lors d'un salon professionnel à Tours.

Je ne suis pas certaine de ce que j'en pense. D'un côté, ça ne me dérange pas d'aider. De l'autre, j'ai répondu à ce questionnaire à un moment où j'étais très mal, et certaines de mes réponses ne reflètent plus du tout ma situation, qui s'est nettement améliorée.

Je préfère qu'on en parle avant. En attendant, s'il vous plaît, mettez de côté mes réponses : ne les utilisez pas pour l'étude, mais ne les supprimez pas non plus. Je vous dirai ensuite ce que je décide.

Merci,
Florence""", mime="alt")

M("fr-res-wrong-debt", "fr", ["restriction"], "Bruno Lemaire <bruno.lemaire36@gmail.com>",
  "Impayé contesté",
  """Madame,

J'ai reçu hier un courrier de relance m'indiquant un impayé de 240 euros pour un atelier de mai. Je suis tombé des nues : je n'ai jamais assisté à cet atelier, je me suis désinscrit dix jours avant par mail (je vous transfère le message en dessous), et ma banque confirme que rien n'a été prélevé.

Je suppose qu'il y a une confusion dans votre fichier, peut-être avec un homonyme. Tant que ce point n'est pas éclairci, je vous demande de suspendre tout usage de mes données pour le recouvrement : pas de relance, pas de transmission à un cabinet de recouvrement, pas d'inscription comme débiteur. Ne supprimez rien pour autant, l'historique doit permettre de vérifier.

Cordialement,
Bruno Lemaire""", fwd=("Bruno Lemaire <bruno.lemaire36@gmail.com>", "ven. 2 mai 2025 à 11:08",
  "Atelier du 12 mai", """Bonjour, je ne pourrai finalement pas venir à l'atelier du 12 mai. Merci d'annuler mon inscription. Bruno Lemaire"""))

M("fr-res-health-pause", "fr", ["restriction"], "Laetitia Vidal <laetitia.vidal@icloud.com>",
  "Pause",
  """Bonjour Sandra,

Je vais être hospitalisée pour plusieurs semaines à partir de lundi, c'est une décision que j'ai prise avec mon psychiatre et je crois que c'est la bonne. Je voulais vous prévenir pour que vous ne vous inquiétiez pas de mon absence aux séances.

Il y a une chose que je voudrais vous demander. Vous aviez proposé d'échanger avec ma généraliste pour coordonner nos approches, et j'avais dit oui. Je préfère que ça n'ait pas lieu pour le moment. Je voudrais aussi que mon dossier reste en l'état, sans rien effacer, mais que rien n'en soit fait ni partagé pendant mon absence, même pas pour la supervision dont vous m'aviez parlé.

Je reviendrai vers vous à ma sortie.

Laetitia""")

M("fr-res-reconsider-erasure", "fr", ["restriction"], "Yannick Poulain <yannick.poulain@free.fr>",
  "Re: Confirmation de suppression",
  """Bonjour Sandra,

Merci pour votre réponse rapide. Finalement, je change d'avis, pardonnez-moi : ne supprimez rien pour l'instant.

En discutant avec ma compagne hier soir, je me suis rendu compte que j'aurai peut-être besoin de ces éléments pour le dossier d'invalidité que je prépare depuis mon accident du travail. Les notes sur ma fatigue et mes douleurs des premiers mois pourraient compter.

En revanche, je ne veux pas non plus que vous les utilisiez ou que je sois relancé pour un nouvel accompagnement : gardez-les simplement de côté, bloquées, jusqu'à ce que je sache si j'en ai besoin. Je vous écrirai d'ici l'été.

Yannick""", q=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mer. 15 janv. 2025 à 17:20",
  """Bonjour Yannick,

J'ai bien reçu votre demande de suppression de vos données. Je m'en occupe dans les prochains jours et je vous confirmerai par écrit lorsque ce sera fait.

Bien à vous,
Sandra"""))

M("fr-res-employer-report", "fr", ["restriction"], "Céline Marchand <celine.marchand@gmail.com>",
  "Synthèse d'accompagnement - transmission",
  """Bonjour Madame,

Mon accompagnement avec vous a été financé par mon employeur, la société Daher, dans le cadre d'un plan de développement. Il était prévu qu'une synthèse écrite soit remise à ma responsable à la fin du parcours.

Depuis, j'ai appris que mon poste serait supprimé lors de la prochaine réorganisation, et je suis en discussion avec la direction sur les conditions de mon départ. Dans ce contexte, je conteste l'exactitude de certaines appréciations de la synthèse (notamment sur ma « motivation fluctuante »), et je ne souhaite pas qu'elle soit transmise tant que ce désaccord n'est pas réglé.

Je vous demande donc de geler ce document : ni transmission, ni modification unilatérale, ni destruction. Nous pourrons en reparler une fois la situation clarifiée.

Cordialement,
Céline Marchand""", mime="b64")

# ---------------- PORTABILITY ----------------
M("fr-por-new-coach", "fr", ["portability"], "Anne-Sophie Girard <annesophie.girard@gmail.com>",
  "Transfert vers ma nouvelle coach",
  """Bonjour Sandra,

Comme je vous l'expliquais au téléphone, je pars m'installer à Nantes pour suivre mon compagnon, muté là-bas. C'est un grand chamboulement, et j'ai eu du mal à accepter de quitter la région, mais je sens que c'est le bon moment.

Pour ne pas repartir de zéro, j'ai trouvé une coach à Nantes, Marion Le Goff, qui travaille avec une approche proche de la vôtre. Elle m'a dit que ce serait précieux de pouvoir reprendre mes questionnaires et mes tableaux de suivi d'objectifs.

Pourriez-vous lui transmettre directement ces données, dans un format qu'elle puisse réutiliser (les fichiers Excel ou Google Sheets de suivi plutôt que des PDF) ? Son adresse est marion.legoff.coaching@gmail.com. Je vous donne bien sûr mon accord pour cette transmission.

Merci pour ces deux années,
Anne-Sophie""", mime="qp")

M("fr-por-export-course", "fr", ["portability"], "Guillaume Morel <g.morel@laposte.net>",
  "Récupérer mes réponses aux exercices",
  """Bonjour,

J'ai suivi votre parcours en ligne « Retrouver du sens » pendant toute l'année, pendant ma période de chômage. Au fil des modules, j'ai rédigé beaucoup de choses dans les zones de réponse des exercices : mes valeurs, mes réussites, ma lettre à moi-même dans dix ans, mon plan d'action.

Mon accès à la plateforme expire à la fin du mois. J'aimerais récupérer l'ensemble de mes réponses et de mes données de progression dans un fichier structuré (CSV, Excel ou JSON, peu importe), pour pouvoir les importer dans mon outil de notes (Notion) et continuer à travailler dessus.

Est-ce que c'est faisable ? Merci d'avance.

Guillaume Morel""")

M("fr-por-spreadsheet-minor", "fr", ["portability"], "Frédéric Lambert <frederic.lambert@orange.fr>",
  "Suivi de Thomas - transfert au CMPP",
  """Madame,

Notre fils Thomas, 12 ans, a suivi avec vous un accompagnement sur la gestion des émotions pendant toute l'année scolaire. Il va désormais être suivi au CMPP de Châteauroux, qui dispose d'un logiciel de dossier patient.

La psychologue du CMPP nous a demandé s'il était possible de récupérer les grilles d'observation et les résultats des petits tests que vous faisiez avec lui, sous une forme exploitable par leur logiciel (un tableur conviendrait). Nous sommes tous les deux, sa mère et moi, d'accord pour ce transfert.

Pourriez-vous nous envoyer ces fichiers dans un format réutilisable, ou les transmettre directement à Mme Sabatier au CMPP (secretariat.cmpp36@ordinal-sante.fr) ?

Avec nos remerciements,
Frédéric Lambert""")

M("fr-por-testimonial-assoc", "fr", ["portability"], "Marie-Claude Thibault <mc.thibault@gmail.com>",
  "Mes écrits de l'atelier d'écriture",
  """Chère Sandra,

L'atelier d'écriture thérapeutique de cet hiver m'a profondément touchée. Vous aviez rassemblé tous nos textes dans un document partagé, et j'y ai déposé une vingtaine de pages sur mon enfance en Algérie et le départ en 1962.

Ma petite-fille voudrait en faire un petit livre pour la famille, avec une maquette. Pourriez-vous m'envoyer mes textes dans un format qu'on puisse retravailler, un fichier Word par exemple, et pas un PDF ? Je n'arrive plus à accéder au document partagé depuis que j'ai changé d'ordinateur.

Je vous embrasse,
Marie-Claude""", mime="html")

M("fr-por-stripe-history", "fr", ["portability"], "Sébastien Noël <seb.noel@gmail.com>",
  "Export de mes données d'achat",
  """Bonjour,

Je suis en train de changer d'outil de gestion de budget et je centralise toutes mes dépenses « développement personnel » des trois dernières années, notamment pour voir ce qui a vraiment été utile dans mon parcours après mon burn-out.

Pourriez-vous m'envoyer, dans un format lisible par un tableur (CSV idéalement), l'historique de mes achats et paiements chez vous : dates, intitulés, montants, moyens de paiement ? Ainsi que les données de mon compte client dans le même format.

Merci,
Sébastien Noël""")

M("fr-por-gdrive-transfer", "fr", ["portability"], "Émilie Chevalier <emilie.chevalier@outlook.fr>",
  "transfert de mon dossier vers ma psychologue",
  """Bonjour Sandra,

Comme nous l'avions envisagé ensemble, j'ai commencé un suivi avec une psychologue, Mme Bastide, pour travailler plus en profondeur sur le traumatisme de l'accident. Je ne mets pas fin à nos séances pour autant, je voudrais que les deux se complètent.

Mme Bastide m'a demandé si elle pouvait avoir mon « carnet de bord » numérique, le tableur que nous remplissons ensemble chaque semaine avec mes niveaux d'anxiété, mes déclencheurs et mes stratégies. Pourriez-vous lui envoyer directement une copie de ce fichier, dans son format d'origine, à l'adresse cabinet.bastide@gmail.com ?

Merci,
Émilie""")

# ---------------- OBJECTION ----------------
M("fr-obj-newsletter-grief", "fr", ["objection"], "Martine Boyer <martine.boyer@orange.fr>",
  "Newsletter",
  """Bonjour Sandra,

Je reçois votre lettre mensuelle depuis la conférence sur le lâcher-prise à laquelle j'avais assisté avec mon mari, il y a trois ans. Nous l'aimions bien tous les deux, nous la lisions ensemble le dimanche matin.

Mon mari est décédé en février. Depuis, chaque fois que votre lettre arrive, avec ses thèmes sur le couple, la gratitude ou les projets à deux, c'est un petit coup au cœur. Ce n'est évidemment pas votre faute.

Je préfère ne plus la recevoir. Merci de me retirer de votre liste d'envoi.

Bien amicalement,
Martine Boyer""")

M("fr-obj-sms-marketing", "fr", ["objection"], "Dominique Faure <dominique.faure@free.fr>",
  "SMS promotionnels",
  """Bonjour,

Je suis cliente chez vous depuis l'année dernière, pour des séances ponctuelles, et j'en suis satisfaite. Mais je reçois depuis quelque temps des SMS pour des promotions, des ateliers et des offres de rentrée, parfois le soir tard.

Je travaille de nuit à l'EHPAD et je dors en journée : ces messages me réveillent régulièrement. Je souhaite continuer à recevoir les rappels de mes rendez-vous par SMS, qui me sont utiles, mais plus aucun message commercial, ni par SMS ni par mail.

Merci de faire le nécessaire.

Dominique Faure""", mime="qp")

M("fr-obj-stop-contact", "fr", ["objection"], "Pierre-Yves Gauthier <py.gauthier@gmail.com>",
  "Arrêt des relances",
  """Madame,

Je vous ai contactée en septembre pour un renseignement sur vos bilans de compétences, au moment où mon entreprise annonçait un plan social. Finalement, j'ai été reclassé en interne et je n'ai plus besoin de vos services.

Depuis, j'ai reçu trois mails de relance et un appel téléphonique me proposant un rendez-vous. Je comprends la démarche commerciale, mais je souhaite qu'on ne me contacte plus : ni appel, ni mail de suivi, ni proposition. J'ai suffisamment de stress avec la situation de mon service sans recevoir ces rappels d'une période que je veux oublier.

Cordialement,
Pierre-Yves Gauthier""")

M("fr-obj-stats-use", "fr", ["objection"], "Hélène Dupuis <helene.dupuis@gmail.com>",
  "Utilisation de mes réponses pour vos statistiques",
  """Bonjour Sandra,

Vous avez annoncé dans la dernière newsletter que vous alliez publier un petit bilan chiffré de vos accompagnements de l'année (pourcentage de reconversions réussies, évolution du niveau de stress, etc.), à partir des questionnaires remplis par vos clients.

Même anonymisé, je ne souhaite pas que mon parcours entre dans ces statistiques. Ma situation est très particulière, je suis l'une des rares personnes de la région à avoir fait ce type de reconversion après un cancer, et je pense qu'on pourrait me reconnaître facilement dans un petit échantillon. Je vous demande donc de ne pas utiliser mes données pour ce bilan.

Je continue volontiers à lire la newsletter, et à recommander vos ateliers !

Hélène""")

M("fr-obj-html-unsub", "fr", ["objection"], "Ginette Rolland <ginette.rolland@wanadoo.fr>",
  "désabonnement",
  """Bonjour,

J'ai essayé plusieurs fois de cliquer sur le lien en bas de vos messages pour me désabonner, mais il m'affiche une page blanche, j'ai peut-être un ordinateur trop ancien. Mon petit-fils n'est pas là pour m'aider avant Noël.

Je ne veux plus recevoir vos mails d'information et de promotion. Ce n'est pas contre vous, je reçois beaucoup trop de courrier électronique depuis que je me suis inscrite à plusieurs choses au moment de mon veuvage, et je m'y perds.

Pourriez-vous m'enlever de la liste vous-même ?

Merci beaucoup, bonne journée,
Ginette Rolland""", mime="html", q=("gmail", "Floraison de Soi <contact@floraisondesoi.fr>", "dim. 1 déc. 2024 à 08:00",
  """Les ateliers de l'hiver sont en ligne !
Cette saison, nous explorerons l'art de ralentir...
Se désinscrire | Gérer mes préférences"""))

M("fr-obj-facebook-ads", "fr", ["objection"], "Lucas Perrin <lucas.perrin@gmail.com>",
  "Publicités ciblées",
  """Bonjour,

Depuis que je me suis inscrit à votre webinaire gratuit sur l'anxiété de performance, je vois vos publicités sur Facebook et Instagram plusieurs fois par jour. Je suppose que mon adresse mail a été utilisée pour me cibler.

Je suis étudiant en médecine, en pleine préparation de concours, et je ne souhaite pas que ma participation à ce webinaire serve à me faire de la publicité ciblée, ni qu'elle soit utilisée pour établir un profil de « personne anxieuse » sur ces plateformes. Je vous demande de cesser d'utiliser mes données à ces fins publicitaires.

Merci,
Lucas Perrin""", mime="b64")

M("fr-obj-former-client-promo", "fr", ["objection"], "Christine Bailly <christine.bailly@sfr.fr>",
  "Plus de propositions commerciales s'il vous plaît",
  """Bonjour Sandra,

J'ai terminé mon accompagnement en juin et je vous en suis très reconnaissante : ma relation avec ma fille s'est apaisée et j'ai trouvé un nouvel équilibre depuis la séparation.

Depuis, je reçois régulièrement des propositions pour d'autres programmes, des codes de réduction « anciens clients », des invitations aux stages. C'est bien fait et gentil, mais je ne suis pas en mesure financièrement de continuer, et ces propositions me mettent mal à l'aise, comme si je devais me justifier.

Je préférerais ne plus recevoir aucune communication commerciale de votre part. Si un jour j'ai besoin de vous, je saurai où vous trouver !

Christine""")

M("fr-obj-whatsapp-broadcast", "fr", ["objection"], "Yasmine Cherif <yasmine.cherif@gmail.com>",
  "Messages WhatsApp",
  """Coucou Sandra,

Je t'écris ici parce que je n'ose pas le faire sur WhatsApp, où tout le monde voit tout. Depuis l'atelier de mai, je suis dans ta liste de diffusion WhatsApp et je reçois les annonces des prochains événements, les citations du lundi, etc.

J'ai changé de travail et j'ai un téléphone pro et perso fusionnés maintenant, donc ces messages arrivent au milieu de mes échanges avec ma cheffe. Tu pourrais me retirer de la liste de diffusion ? Je garde la newsletter par mail, ça me suffit largement.

Bisous et à bientôt peut-être,
Yasmine""")

M("fr-obj-profiling-quiz", "fr", ["objection"], "Arnaud Delorme <arnaud.delorme@proton.me>",
  "Quiz de personnalité et segmentation",
  """Madame,

J'ai répondu en octobre au quiz en ligne « Quel est votre profil de stress ? » sur votre site. J'ai ensuite reçu une série de mails visiblement adaptés à mon « profil » (le perfectionniste épuisé), proposant des offres ciblées.

Je trouve ce procédé intrusif. J'avais fait le quiz par curiosité, pas pour être classé dans une catégorie marketing. Je m'oppose à ce que mes réponses servent à me profiler ou à personnaliser des offres commerciales, et je ne souhaite plus recevoir ces séquences automatiques.

Salutations,
Arnaud Delorme""")

# ---------------- WITHDRAW CONSENT ----------------
M("fr-wdc-testimonial-job", "fr", ["withdraw_consent"], "Sandrine Collet <sandrine.collet@gmail.com>",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

Il y a deux ans, je vous avais donné avec plaisir un témoignage pour votre site, avec ma photo et mon prénom, sur la manière dont vous m'aviez aidée à sortir de la dépression après mon licenciement. Je le pensais et je le pense toujours.

Mais je viens d'être recrutée dans une collectivité, à un poste assez exposé, et mes nouveaux collègues ont évidemment cherché mon nom sur Google. L'un d'eux m'a fait une remarque à la machine à café. J'ai vraiment pris conscience que ce témoignage parle d'une partie de ma vie que je ne souhaite pas partager dans ce cadre.

Je retire donc mon accord pour sa publication : pourriez-vous le retirer du site, de la page Systeme.io et des réseaux sociaux où il aurait été partagé ? Merci de votre compréhension, je ne doute pas que vous le ferez rapidement.

Sandrine""", mime="alt")

M("fr-wdc-photo-group", "fr", ["withdraw_consent"], "Olivier Marty <olivier.marty@laposte.net>",
  "Photo de groupe du stage",
  """Bonjour,

J'ai vu que la photo de groupe du stage de Pâques a été publiée sur votre page Facebook et sur Instagram. J'avais signé l'autorisation de droit à l'image le premier jour, sans trop y penser.

Avec le recul, je ne suis pas à l'aise. Je suis en arrêt maladie depuis janvier, et cette photo où je suis en tenue décontractée au bord d'un étang, datée du mois d'avril, pourrait être mal interprétée par mon employeur, avec qui les relations sont tendues.

Je retire mon autorisation. Pourriez-vous flouter mon visage ou retirer la photo ? Le reste de l'équipe n'a pas à pâtir de ma situation, un flou me convient.

Merci,
Olivier Marty""")

M("fr-wdc-video-interview", "fr", ["withdraw_consent"], "Béatrice Langlois <beatrice.langlois@gmail.com>",
  "La vidéo de l'interview",
  """Chère Sandra,

Quand vous m'avez proposé d'enregistrer une petite interview vidéo pour présenter votre programme sur la confiance en soi, j'étais fière et j'ai accepté tout de suite. J'avais parlé de mon bégaiement, de mes années de honte, de la prise de parole que j'avais réussie devant le conseil municipal.

Je ne regrette pas de l'avoir fait. Mais ma fille aînée, qui est au collège, a été moquée à cause de cette vidéo, qu'un camarade a retrouvée sur YouTube. Elle a pleuré toute la soirée.

Je retire mon consentement à la diffusion de la vidéo, sur toutes les plateformes. Je sais que vous comprendrez.

Béatrice""", mime="qp")

M("fr-wdc-health-consent", "fr", ["withdraw_consent"], "Jérôme Petitjean <jerome.petitjean@orange.fr>",
  "Consentement données de santé",
  """Bonjour Sandra,

Lors de notre premier rendez-vous, j'ai signé le contrat dans lequel je donnais mon consentement à la collecte de données sur ma santé. Depuis, je vous ai parlé de mon diabète, de mes problèmes de sommeil et du traitement pour la tension.

Je continue l'accompagnement, qui m'aide beaucoup à gérer la pression de mon nouveau poste. En revanche, je retire à partir d'aujourd'hui le consentement donné pour les données de santé : je préfère que ces aspects ne soient plus notés dans mon dossier à l'avenir, et nous les laisserons de côté dans nos séances. Mon médecin s'en occupe très bien.

On se voit mardi,
Jérôme""")

M("fr-wdc-podcast-recording", "fr", ["withdraw_consent"], "Margaux Simon <margaux.simon@gmail.com>",
  "Enregistrement pour le podcast",
  """Bonjour Sandra,

Le mois dernier, j'ai accepté que l'enregistrement de notre séance collective sur l'hypersensibilité serve d'extrait pour votre podcast. Sur le moment, c'était une belle idée, et je trouvais important de montrer que l'hypersensibilité n'est pas une faiblesse.

Depuis, je me suis réécoutée dans l'extrait que vous nous avez fait écouter, et je ne le supporte pas. Ma voix tremble, je parle de ma mère d'une façon que je regrette. Je ne veux pas que cet extrait soit diffusé. Je retire mon accord, même si je sais que vous avez peut-être déjà fait le montage. Désolée pour le travail perdu.

Margaux""")

M("fr-wdc-questionnaire-research", "fr", ["withdraw_consent"], "Noémie Fontaine <noemie.fontaine@univ-tours.fr>",
  "Retrait de ma participation à l'enquête",
  """Madame Delomenie,

J'ai accepté en début d'année de participer à votre enquête sur le vécu des aidants familiaux, en remplissant le questionnaire détaillé et en donnant mon accord pour que mes réponses soient utilisées dans la synthèse que vous présenterez à la conférence de l'UDAF.

Ma mère, dont je m'occupais, est entrée en EHPAD depuis, et je ne me reconnais plus dans ce que j'ai écrit à ce moment-là, dans l'épuisement et la colère. Je préfère retirer mon consentement à l'utilisation de mon questionnaire pour l'enquête. Je vous remercie pour votre démarche, qui reste précieuse pour les aidants.

Cordialement,
Noémie Fontaine""")

M("fr-wdc-social-post", "fr", ["withdraw_consent"], "Rachid Benali <rachid.benali@gmail.com>",
  "Publication Instagram",
  """Salut Sandra,

J'ai vu ton post Instagram de la semaine dernière, avec la citation de mon témoignage et la photo de moi devant le food truck. Merci pour les mots gentils, ça m'a touché.

Le souci, c'est que je me suis remis avec mon ancienne associée, qui n'apprécie pas du tout la façon dont la séparation de l'entreprise est racontée dans le témoignage. On repart sur de bonnes bases et je ne veux pas gâcher ça. Je retire mon accord pour la publication, tu peux enlever le post et le témoignage sur ton site ?

Merci et désolé du contretemps,
Rachid""")

M("fr-wdc-replay-image", "fr", ["withdraw_consent"], "Véronique Aubry <veronique.aubry@free.fr>",
  "Replay du webinaire",
  """Bonjour,

Lors du webinaire du 3 juin, j'ai posé une question à l'oral avec ma caméra allumée, en donnant pas mal de détails sur mon divorce. Vous aviez demandé au début si nous étions d'accord pour apparaître dans le replay, et j'avais accepté.

Je reviens sur cet accord : je ne souhaite plus apparaître dans le replay qui est proposé en accès libre sur votre page. Pourriez-vous couper mon passage ou flouter mon image et supprimer ma voix ?

Je vous remercie,
Véronique Aubry""", mime="b64")

# ---------------- POST MORTEM ----------------
M("fr-pm-daughter-erase", "fr", ["post_mortem"], "Laure Dubreuil <laure.dubreuil@gmail.com>",
  "Ma mère, Françoise Dubreuil",
  """Madame,

J'ai la tristesse de vous informer du décès de ma mère, Françoise Dubreuil, survenu le 9 octobre à l'hôpital de Bourges, des suites d'une longue maladie. Elle vous appréciait beaucoup et parlait souvent de vos ateliers du jeudi, qui lui ont apporté de la paix pendant ces deux dernières années.

En triant son courrier, j'ai vu qu'elle recevait encore votre newsletter et qu'elle avait un compte sur votre plateforme de formation. En tant que fille unique et héritière, je vous demande de bien vouloir supprimer ses données, son compte et son inscription à la newsletter. Si vous conservez des écrits d'elle issus des ateliers, j'aimerais beaucoup pouvoir les récupérer avant leur destruction : ce serait un souvenir précieux.

Je joins l'acte de décès et ma pièce d'identité.

Avec mes remerciements,
Laure Dubreuil""", att=["acte_deces_F_Dubreuil.pdf", "CNI_Laure_Dubreuil.pdf"], mime="qp")

M("fr-pm-notary", "fr", ["post_mortem"], "Étude de Maître Rigaud <office.rigaud@notaires.fr>",
  "Succession de M. Alain Perret - Réf. 2025/0412",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Alain PERRET, né le 2 février 1956, domicilié en son vivant 8 rue de la Bourse à Issoudun, décédé le 14 mars 2025.

Dans le cadre de nos opérations, nous vous remercions de bien vouloir nous faire connaître :
- l'existence éventuelle de sommes dues par ou au défunt (acomptes versés pour des prestations non réalisées, abonnements en cours) ;
- les données le concernant que vous conservez, afin que les héritiers puissent décider de leur sort, conformément à l'article 85 de la loi Informatique et Libertés ;
- l'existence éventuelle de directives que le défunt vous aurait laissées concernant ses données.

Nous vous prions de résilier tout abonnement en cours à compter de la date du décès.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Rigaud,
Isabelle Fournier, clerc de notaire""", att=["Attestation_devolution_Perret.pdf"],
  sig="Étude de Maître Jean-Paul Rigaud, notaire\n2 place du 10 Juin - 36100 Issoudun\nTél. 02 54 03 12 40")

M("fr-pm-widower-photos", "fr", ["post_mortem"], "Patrick Lenoir <patrick.lenoir@orange.fr>",
  "Les photos de Sophie",
  """Bonjour Sandra,

Vous l'avez peut-être appris par le groupe : Sophie nous a quittés le mois dernier. Le cancer est revenu très vite cet été, plus vite que ce que les médecins pensaient. Elle est partie chez nous, entourée, comme elle le voulait.

Elle parlait de vous avec beaucoup de tendresse. Les stages au bord de la Creuse étaient ses moments à elle, loin de l'hôpital.

Je sais que vous avez pris beaucoup de photos pendant ces stages, et que certaines étaient sur votre site. Je voudrais vous demander deux choses, en tant que mari : pourriez-vous retirer de votre site et de vos réseaux les photos où elle apparaît ? Je n'arrive pas à tomber dessus par hasard. Et si vous acceptiez de m'envoyer ces photos avant, pour nos enfants, j'en serais très heureux.

Merci pour ce que vous lui avez apporté,
Patrick""")

M("fr-pm-own-directives", "fr", ["post_mortem"], "Renée Castel <renee.castel@wanadoo.fr>",
  "Mes volontés pour après",
  """Chère Sandra,

Vous savez que je suis dans ma quatre-vingt-unième année et que mon cœur me joue des tours. Avec mon notaire, je suis en train de mettre de l'ordre dans mes affaires, et cela m'apaise beaucoup de le faire tant que j'ai toute ma tête.

Je voudrais vous laisser mes instructions concernant les informations que vous avez sur moi, notamment les carnets de notes de nos séances et les lettres que j'ai écrites pendant l'atelier « mémoire de vie ». Après mon décès, je souhaite que ces lettres soient remises à ma petite-fille Juliette Castel (juliette.castel@gmail.com), et uniquement à elle. Tout le reste, mon dossier, mes coordonnées, mes notes, devra être détruit. Je ne souhaite pas que mes fils y aient accès.

Pouvez-vous me confirmer que vous avez bien noté ces volontés ?

Avec toute mon amitié,
Renée Castel""", mime="alt")

M("fr-pm-son-access", "fr", ["post_mortem"], "Maxime Roussel <maxime.roussel@gmail.com>",
  "Mon père, Daniel Roussel",
  """Bonjour Madame,

Mon père, Daniel Roussel, s'est donné la mort en août. Nous avons appris, en parcourant ses relevés de compte, qu'il vous consultait depuis le début de l'année, ce que personne dans la famille ne savait.

Je ne vous écris pas pour vous reprocher quoi que ce soit, je vous prie de me croire. Nous essayons simplement de comprendre, ma mère, ma sœur et moi, ce qu'il traversait et que nous n'avons pas su voir.

Serait-il possible d'avoir accès à ce que vous aviez noté sur lui, ou au moins d'en parler avec vous ? Je comprends qu'il existe un secret et des règles, et je suis prêt à fournir tous les documents nécessaires : acte de décès, livret de famille, attestation du notaire.

Merci d'avoir pris le temps de me lire,
Maxime Roussel""", mime="b64")

M("fr-pm-sister-newsletter", "fr", ["post_mortem"], "Agathe Meunier <agathe.meunier@laposte.net>",
  "Désinscription de ma sœur décédée",
  """Bonjour,

Ma sœur, Claudine Meunier, est décédée il y a trois semaines. J'ai accès à sa boîte mail pour prévenir ses contacts, et je vois que vos messages continuent d'arriver, ainsi que des rappels pour une formation en ligne qu'elle n'avait pas terminée.

Je vous remercie de la désinscrire de votre newsletter et de fermer son compte de formation. Je ne pense pas qu'il y ait quoi que ce soit à récupérer, mais si elle avait payé un acompte pour un stage à venir, merci de me le faire savoir.

Bien cordialement,
Agathe Meunier""")

M("fr-pm-testimonial-keep", "fr", ["post_mortem"], "Jacqueline Morvan <jacqueline.morvan@orange.fr>",
  "Le témoignage de mon fils Éric",
  """Chère Madame Delomenie,

Mon fils Éric est décédé d'un accident de la route le 2 novembre. Il avait 38 ans. Je ne sais pas si la nouvelle vous est parvenue.

Éric avait donné un témoignage pour votre site, sur sa sortie de l'alcool et sa reconstruction grâce à votre accompagnement. Je l'ai relu des dizaines de fois depuis, je l'ai même lu à l'église pendant la cérémonie.

Je voudrais vous demander de le laisser en ligne. Il était fier de ce qu'il avait accompli, et peut-être qu'il aidera encore quelqu'un. Sa sœur et moi sommes d'accord. Si jamais vous aviez prévu de le retirer en apprenant son décès, s'il vous plaît, ne le faites pas.

Avec ma reconnaissance,
Jacqueline Morvan""")

M("fr-pm-partner-access-pacs", "fr", ["post_mortem"], "Nicolas Joly <nicolas.joly@free.fr>",
  "Demande concernant Anthony Weber",
  """Bonjour Sandra,

Je suis le compagnon, pacsé, d'Anthony Weber, que vous avez accompagné pendant son burn-out en 2023. Anthony est décédé le 21 janvier d'un arrêt cardiaque, à 44 ans.

Nous sommes en litige avec son ancien employeur au sujet du capital décès et de la reconnaissance de l'origine professionnelle de sa maladie, et l'avocat de la famille pense que les éléments de votre dossier (dates, état de santé décrit à l'époque, mentions de sa charge de travail) pourraient être utiles.

Je vous demande, avec sa mère qui est cosignataire de ce message, de nous communiquer une copie de son dossier, et de ne rien supprimer d'ici là. Les justificatifs (acte de décès, PACS, pièces d'identité) sont en pièce jointe.

Merci de votre aide dans cette période très difficile,
Nicolas Joly et Martine Weber""", att=["acte_deces_Weber.pdf", "pacs_Joly_Weber.pdf", "CNI_Joly.jpg"])

M("fr-pm-executor-whatsapp", "fr", ["post_mortem"], "Gérard Blanc <gerard.blanc36@gmail.com>",
  "Suite au décès de Madame Lucienne Caron",
  """Madame,

Je suis l'exécuteur testamentaire de Madame Lucienne Caron, décédée le 30 mai dernier à Issoudun, qui participait à vos cercles de parole depuis plusieurs années.

Madame Caron a laissé dans son testament une consigne explicite : que ses « écrits personnels, où qu'ils se trouvent » soient détruits sans être lus. Je vous demande en conséquence de détruire tout document de sa main que vous conserveriez, ainsi que ses données dans vos fichiers, et de la retirer du groupe WhatsApp du cercle, où son numéro apparaît encore, ce qui bouleverse les autres participantes.

Je tiens l'extrait du testament à votre disposition.

Respectueusement,
Gérard Blanc""")

M("fr-pm-grandmother-directive-self", "fr", ["post_mortem"], "Simone Laurent <simone.laurent@orange.fr>",
  "Directives sur mes données",
  """Bonjour Sandra,

Mon diagnostic est tombé le mois dernier, et il ne laisse pas beaucoup d'espoir. Je suis sereine, grâce en partie au travail que nous avons fait ensemble ces dernières années, et je veux profiter du temps qui reste.

J'ai une demande un peu particulière. Quand je ne serai plus là, je ne veux pas que mes enfants tombent sur mes notes de séance, ni sur les enregistrements des séances de sophrologie. Je vous demande de tout supprimer après ma mort, sans rien transmettre à personne, même s'ils vous le demandent. Ma fille Hélène vous préviendra du décès, elle est au courant de cette consigne.

Merci de l'inscrire dans mon dossier.

Simone""")

# ---------------- FR MULTI-RIGHT ----------------
M("fr-multi-acc-era-divorce", "fr", ["access", "erasure"], "Corinne Masson <corinne.masson@gmail.com>",
  "Fin de notre accompagnement",
  """Bonjour Sandra,

Je voulais vous remercier pour ces dix mois d'accompagnement pendant mon divorce. Vous avez été un repère quand tout s'écroulait : le départ de Marc, la vente de la maison, les enfants qui ne voulaient plus lui parler. Aujourd'hui, je suis installée dans mon nouvel appartement, les enfants voient leur père un week-end sur deux, et j'ai retrouvé le sommeil.

J'ai deux demandes, et je vous prie de m'excuser si elles semblent un peu froides après tout ce que nous avons partagé.

La première : j'aimerais recevoir une copie de tout ce que vous avez conservé sur moi, les notes, les questionnaires et les mails, pour garder une trace de ce chemin.

La seconde : une fois que je l'aurai reçue, je voudrais que vous effaciez l'ensemble de ces données de votre côté. Mon ex-mari a déjà tenté de faire valoir auprès du juge que j'étais « suivie psychologiquement », et je ne veux pas que ces éléments puissent un jour être réclamés.

Avec toute ma gratitude,
Corinne""", mime="qp")

M("fr-multi-acc-por-moving", "fr", ["access", "portability"], "Benoît Rey <benoit.rey@gmail.com>",
  "Déménagement en Espagne - mes données",
  """Bonjour Sandra,

Ça y est, nous partons vivre à Valence en mars ! Mon épouse a obtenu sa mutation et je vais pouvoir travailler à distance. Après tout le travail fait ensemble sur ma peur de quitter ma zone de confort, j'ai encore du mal à y croire.

Avant de partir, je voudrais faire deux choses. D'abord, savoir exactement quelles informations vous détenez sur moi et à qui elles ont été transmises (la plateforme de formation, votre comptable ?). Ensuite, récupérer mes tableaux de suivi et mes résultats aux tests dans un format que je pourrai réutiliser avec un coach hispanophone sur place, idéalement en tableur ou en CSV.

Merci d'avance, et je vous enverrai des photos des orangers !

Benoît""")

M("fr-multi-era-wdc-testimonial", "fr", ["erasure", "withdraw_consent"], "Ophélie Baron <ophelie.baron@gmail.com>",
  "Retrait de mon témoignage et de mes données",
  """Bonjour Madame,

Je vous écris avec un peu de gêne. Il y a un an, j'avais accepté que mon témoignage, accompagné de ma photo, soit publié sur votre site et sur Facebook, après l'accompagnement qui m'avait aidée à sortir d'une relation d'emprise.

J'ai depuis porté plainte contre mon ancien compagnon, et mon avocate m'a vivement conseillé de faire disparaître toute trace publique de mon histoire pendant l'instruction. Je retire donc mon consentement à la publication du témoignage et de la photo.

Par ailleurs, je souhaite que l'ensemble de mes données soit supprimé de vos fichiers : fiche client, notes, mails, coordonnées. Je ne pense pas reprendre un accompagnement, et je préfère savoir que ces informations n'existent plus nulle part.

Je vous remercie de me confirmer ces deux points.

Ophélie Baron""", mime="alt")

M("fr-multi-era-obj-spam", "fr", ["erasure", "objection"], "Jean-Luc Guérin <jl.guerin@orange.fr>",
  "Stop",
  """Madame,

Ma femme m'avait inscrit à votre atelier « Hommes et émotions » en cadeau d'anniversaire, l'an dernier. J'y suis allé pour lui faire plaisir, ce n'était pas pour moi, mais je reconnais que l'ambiance était sympathique.

Depuis, je reçois votre newsletter et des invitations à d'autres ateliers. Je vous demande d'arrêter de m'envoyer ces messages publicitaires, et de supprimer toutes mes données de vos fichiers, y compris la fiche que ma femme avait remplie pour moi avec des renseignements que je n'aurais pas donnés moi-même.

Merci d'en prendre note.

Jean-Luc Guérin""")

M("fr-multi-acc-rec-wrong-notes", "fr", ["access", "rectification"], "Thérèse Caillaud <therese.caillaud@gmail.com>",
  "Mon dossier",
  """Bonjour Sandra,

Ma sœur, qui était avec moi à l'atelier collectif de mars, m'a rapporté que la fiche de synthèse remise à chaque participante mentionnait que j'étais « sans emploi ». C'est inexact : je suis en congé parental, ce n'est pas la même chose, et cela me contrarie un peu qu'on puisse me croire au chômage.

Je voudrais d'une part recevoir une copie de tout ce que vous avez sur moi, pour vérifier s'il y a d'autres erreurs de ce genre, et d'autre part que cette mention soit corrigée : je suis auxiliaire de puériculture, actuellement en congé parental jusqu'en septembre.

Merci beaucoup,
Thérèse""")

M("fr-multi-res-acc-conflict", "fr", ["access", "restriction"], "Damien Faucher <damien.faucher@gmail.com>",
  "Dossier de mon accompagnement - litige",
  """Madame,

Je fais suite à notre échange téléphonique du 4 juin au cours duquel je vous ai fait part de mon insatisfaction concernant l'accompagnement suivi, et notamment du fait que certaines informations personnelles auraient été évoquées devant un autre participant lors de la séance collective de mai.

Afin d'y voir clair, je vous demande de me communiquer l'intégralité des données me concernant que vous conservez (notes, enregistrements, échanges écrits), ainsi que la liste des personnes à qui elles ont été communiquées.

Dans l'attente de cet examen, je vous demande de ne plus utiliser ces données à quelque fin que ce soit, et de ne rien supprimer ni modifier.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Damien Faucher""", mime="b64")

M("fr-multi-obj-wdc-photos-news", "fr", ["objection", "withdraw_consent"], "Lise Charpentier <lise.charpentier@gmail.com>",
  "Newsletter et photo",
  """Bonjour Sandra,

Je suis en train de faire une pause dans tout ce qui touche au développement personnel. Après deux ans de stages, d'ateliers et de lectures, j'ai besoin de vivre les choses simplement, sans les analyser. Mon compagnon dit que je suis devenue une experte en introspection et une débutante en spontanéité, il n'a pas tort !

Dans cet esprit, je ne souhaite plus recevoir la newsletter ni les annonces d'événements. Et je retire mon autorisation pour la photo de moi à l'atelier mandala qui est sur votre page d'accueil ; je l'aimais bien, mais elle ne me ressemble plus.

Merci pour tout, sincèrement,
Lise""")

M("fr-multi-era-por-platform", "fr", ["erasure", "portability"], "Hugo Marchal <hugo.marchal@outlook.fr>",
  "Quitter la plateforme",
  """Bonjour,

J'ai acheté votre programme de six mois « Leadership bienveillant » quand j'ai été nommé chef d'équipe, l'année dernière. Mon poste a été supprimé en juillet lors d'une fusion, et je suis aujourd'hui en recherche d'emploi.

Je souhaite récupérer toutes mes réponses aux exercices, mes auto-évaluations et mes plans d'action au format CSV ou Excel, pour les intégrer à mon portfolio. Une fois cet export envoyé, merci de supprimer mon compte et toutes mes données de la plateforme et de vos fichiers.

Cordialement,
Hugo Marchal""")

M("fr-multi-rec-obj-address", "fr", ["objection", "rectification"], "Annie Bourgeois <annie.bourgeois@wanadoo.fr>",
  "Mon nom et vos envois",
  """Bonjour,

Depuis des mois je reçois vos courriers papier adressés à « Annie Bourgois », sans le E. Ce n'est pas grave, mais cela fait soixante-douze ans que je corrige cette faute partout, alors je me permets.

Merci de corriger mon nom : Annie BOURGEOIS. Et à vrai dire, puisque je vous écris, je préfère ne plus recevoir ces courriers de promotion, ni par la poste ni par mail. J'ai assisté une seule fois à une conférence, c'était très bien, mais je n'ai plus l'âge de faire des stages.

Merci et bonne continuation,
Annie Bourgeois""")

M("fr-multi-acc-era-por-lawyer", "fr", ["access", "erasure", "portability"], "Maître Sophie Tardieu <s.tardieu@tardieu-avocat.fr>",
  "Mme Claire Mallet - exercice de droits RGPD",
  """Madame,

Je vous écris en qualité de conseil de Madame Claire MALLET, qui a été votre cliente de 2022 à 2024 et qui m'a donné mandat pour exercer en son nom les droits que lui confère le RGPD (mandat et pièce d'identité ci-joints).

Ma cliente, qui s'installe prochainement à l'étranger, vous demande :
1. de lui communiquer l'ensemble des données à caractère personnel la concernant, ainsi que les informations relatives à leur origine et à leurs destinataires (article 15) ;
2. de lui remettre les données qu'elle vous a elle-même fournies, notamment ses questionnaires et tableaux de suivi, dans un format structuré, couramment utilisé et lisible par machine (article 20) ;
3. à l'issue de ces communications, de procéder à l'effacement de ses données, sous réserve de vos obligations légales de conservation (article 17).

Je vous remercie de me faire parvenir votre réponse à l'adresse du cabinet.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Sophie Tardieu, avocate""", att=["Mandat_Mallet.pdf", "Passeport_Mallet.pdf"], mime="qp")

M("fr-multi-acc-res-accuracy", "fr", ["access", "restriction"], "Yves Mathieu <yves.mathieu@laposte.net>",
  "Vérification de mon dossier",
  """Madame Delomenie,

Lors du bilan final de mon accompagnement, vous avez mentionné que mon dossier indiquait « antécédents de dépression », ce qui m'a surpris. Je n'ai jamais été diagnostiqué dépressif ; j'ai traversé une période difficile après la mort de ma mère, ce qui est bien différent.

Je vous demande de m'envoyer une copie complète de mon dossier pour que je puisse vérifier ce qui est écrit, et, tant que nous n'avons pas clarifié ce point, de ne pas utiliser ni transmettre ces informations, même à votre superviseur.

Merci de votre compréhension,
Yves Mathieu""")

M("fr-multi-era-wdc-all", "fr", ["erasure", "withdraw_consent"], "Manon Giraud <manon.giraud@gmail.com>",
  "Tout retirer",
  """Bonjour Sandra,

J'ai beaucoup réfléchi ces dernières semaines, depuis mon entrée en école d'infirmière. Je veux commencer cette nouvelle vie sans que ma période d'anorexie apparaisse quelque part sur internet ou dans des fichiers.

Je retire donc mon accord pour le témoignage vidéo que j'avais enregistré pour votre formation « Se réconcilier avec son corps », ainsi que pour les photos avant/après. Et je vous demande de supprimer toutes mes données personnelles : dossier, questionnaires, mails, compte de formation.

Je vous suis très reconnaissante, vous avez été là au pire moment. Mais je dois avancer.

Manon""", mime="html")

M("fr-multi-obj-era-prospect", "fr", ["erasure", "objection"], "Stéphane Hamon <stephane.hamon@gmail.com>",
  "Appels téléphoniques",
  """Bonjour,

J'ai rempli votre formulaire de contact en juin pour un renseignement, au moment où ma femme et moi traversions une crise. Depuis, j'ai reçu plusieurs appels de votre part, dont un un dimanche matin, et ma femme a décroché. Cela a provoqué une discussion dont je me serais bien passé.

Je vous demande de ne plus m'appeler ni m'écrire, et d'effacer mon numéro et mes informations de vos fichiers.

Stéphane Hamon""")

M("fr-multi-acc-obj-origin", "fr", ["access", "objection"], "Évelyne Renaud <evelyne.renaud@gmail.com>",
  "D'où viennent mes coordonnées ?",
  """Madame,

Je reçois depuis la rentrée votre lettre d'information et des invitations à vos ateliers « Femmes de 50 ans et plus ». Je ne me souviens pas m'être inscrite. Je suppose que mon adresse vient du salon bien-être d'Issoudun où j'ai laissé mes coordonnées à plusieurs stands.

Je souhaite savoir quelles données vous détenez sur moi et d'où elles viennent exactement. Et, en tout état de cause, je ne veux plus recevoir vos messages commerciaux.

Salutations,
Évelyne Renaud""")

M("fr-multi-rec-acc-attestation", "fr", ["access", "rectification"], "Bastien Lefort <bastien.lefort@gmail.com>",
  "Attestation de formation erronée",
  """Bonjour,

Je viens de recevoir mon attestation de fin de formation, et je constate que mon nom est écrit « Bastien Lefor » et que le nombre d'heures indiqué est de 14 au lieu de 21. Cette attestation doit être transmise à mon OPCO pour le remboursement, et je suis en pleine reconversion après un licenciement économique, donc chaque euro compte.

Merci de corriger ces deux informations dans votre fichier et sur l'attestation. J'aimerais aussi recevoir une copie des données qui me concernent dans votre système de gestion des formations (présences, heures, évaluations), afin de vérifier que le reste est juste avant l'envoi.

Bastien Lefort""")

M("fr-multi-wdc-obj-questionnaire", "fr", ["objection", "withdraw_consent"], "Gisèle Navarro <gisele.navarro@free.fr>",
  "Questionnaire et mails",
  """Bonjour Sandra,

J'ai participé l'an dernier au questionnaire de satisfaction pour le programme sur la ménopause, en acceptant que mes réponses soient citées anonymement dans vos supports. Je ne le souhaite plus : une amie m'a reconnue dans une citation sur votre page de vente, à cause d'un détail sur mon métier.

Je retire mon accord pour l'utilisation de mes réponses. Et je souhaite aussi ne plus recevoir vos mails promotionnels, il y en a vraiment beaucoup ces derniers temps.

Cordialement,
Gisèle Navarro""")

M("fr-multi-acc-por-era-move", "fr", ["access", "erasure", "portability"], "Amandine Perrier <amandine.perrier@gmail.com>",
  "Départ pour le Japon",
  """Bonjour Sandra,

C'est décidé, je pars enseigner le français à Osaka pour au moins trois ans. Après la perte de mon emploi et tous ces mois où je doutais de tout, ce départ est une vraie renaissance, et je sais ce que je vous dois.

Je ferme tout ce que je peux en France avant de partir. Concrètement, je voudrais :
- savoir quelles données vous avez sur moi et si elles ont été partagées ;
- recevoir mes fichiers de suivi (tableaux d'objectifs, auto-évaluations) en format réutilisable, pour les garder ;
- puis que vous supprimiez mon dossier et mon compte.

Un grand merci, et si vous passez par le Kansai, faites-moi signe !

Amandine""", mime="alt")

M("fr-multi-era-obj-harass", "fr", ["erasure", "objection"], "Fabienne Marchetti <fabienne.marchetti@gmail.com>",
  "Re: Votre avis compte !",
  """Non merci. Je n'ai assisté qu'à une seule séance découverte, en mars, et je vous ai déjà dit que je ne donnerais pas suite. C'est le quatrième message que je reçois pour me demander mon avis, m'inviter à un atelier ou me proposer une réduction.

Merci d'arrêter ces envois et d'effacer mes coordonnées de vos fichiers.

F. Marchetti""", q=("gmail", "Floraison de Soi <contact@floraisondesoi.fr>", "jeu. 5 juin 2025 à 10:00",
  """Bonjour Fabienne,

Votre avis compte ! Prenez deux minutes pour nous dire comment s'est passée votre séance découverte.

Répondre au questionnaire

À très vite,
Sandra - Floraison de Soi"""))
