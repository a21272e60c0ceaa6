# -*- coding: utf-8 -*-
"""blind28 - French requests, part A (multi-topic mails with a rights request inside)."""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


R(key="fr-req-booking-then-copy-of-notes", rights=["access"], lang="fr",
  frm="Claire Bonnefoy <claire.bonnefoy@gmail.com>", date="2025-02-11 08:47",
  subject="Re: Prochaine séance + petite question",
  body="""Bonjour Sandra,

Merci pour votre message et pour la séance de jeudi, j'en suis ressortie avec la tête beaucoup plus claire. J'ai repensé à l'exercice des "trois cercles" tout le week-end et j'ai même réussi à en parler à mon frère sans que ça tourne au règlement de comptes, c'est une première !

Pour la suite : le mardi 4 mars à 18h me convient parfaitement. Si jamais le créneau de 17h se libérait je le prendrais volontiers (je finis plus tôt le mardi à partir de mars), mais ne vous embêtez pas.

Pour la facture de janvier, c'est bon, mon comité d'entreprise a bien pris en charge la moitié, je vous renvoie juste le justificatif signé dès que je l'ai récupéré.

Et une dernière chose, un peu différente : j'aimerais recevoir une copie de tout ce que vous avez à mon nom, c'est-à-dire les fiches de suivi, vos notes de séances et les questionnaires que j'ai remplis au début. Je monte un petit classeur "bilan de l'année" pour moi et j'aimerais tout avoir au même endroit. Un envoi par mail en PDF me va très bien.

Belle journée à vous,
Claire""",
  quote=dict(style="gmail", date="2025-02-10 19:02", text="""Bonjour Claire,

Je vous propose pour notre prochaine séance le mardi 4 mars à 18h ou le jeudi 6 mars à 12h30. Dites-moi ce qui vous convient le mieux.

Belle soirée,
Sandra
Floraison de Soi - Coaching & Formation"""))

R(key="fr-req-invoice-question-ps-newsletter", rights=["objection"], lang="fr",
  frm="\"Gérald Martineau\" <g.martineau@wanadoo.fr>", date="2025-03-03 14:20",
  subject="Facture n°2025-017",
  body="""Madame,

Je reviens vers vous au sujet de la facture n°2025-017 pour la formation "Gestion du stress en équipe" que mes deux collaboratrices ont suivie en février. Notre comptable me signale que le numéro de SIRET de notre association n'apparaît pas, or il lui est nécessaire pour le dossier OPCO. Pourriez-vous nous en refaire une avec ce numéro : 412 887 603 00021 ?

Par ailleurs les retours des deux participantes sont très bons, elles ont particulièrement apprécié la demi-journée sur la respiration et les mises en situation. Nous envisageons une session pour le reste de l'équipe à l'automne, je vous recontacterai en juin.

Cordialement,

Gérald Martineau
Trésorier - Association Les Jardins de la Théols
Issoudun

P.S. Depuis la formation je reçois votre lettre d'information sur mon adresse personnelle, je ne sais pas trop comment. Merci de m'en désinscrire, je préfère passer par l'adresse de l'association pour ce qui concerne le travail."""
  )

# NEAR-LINE: two independent asks - the testimonial (with photo) is withdrawn and a
# new postal address is given to replace the old one. Withdraw only, not erasure.
R(key="fr-req-move-lyon-testimonial-and-new-address", rights=["rectification", "withdraw_consent"],
  lang="fr", frm="Mathilde Rouvière <mathilde.rouviere@outlook.fr>", date="2025-04-22 21:36",
  subject="Des nouvelles de Lyon !",
  body="""Coucou Sandra,

Ça fait une éternité ! Je voulais vous donner des nouvelles : ça y est, j'ai sauté le pas, j'ai accepté le poste de responsable RH à Lyon dont on avait tant parlé pendant notre accompagnement. Je suis arrivée il y a trois semaines, l'appartement est encore plein de cartons mais je me sens enfin à ma place. Je repense souvent à notre séance sur "le droit de vouloir plus", elle m'a beaucoup servie pendant les entretiens.

Deux petites choses pratiques du coup :

- ma nouvelle adresse postale est 14 rue Sainte-Hélène, 69002 Lyon (l'ancienne à Châteauroux n'est plus valable, mon courrier n'y est plus réexpédié après juin) ;

- et, c'est un peu délicat, mais je préférerais que vous retiriez mon témoignage de votre site, celui avec ma photo. Dans ce nouveau poste je vais recruter et je n'ai pas très envie que les candidats tombent sur mes états d'âme d'il y a deux ans en tapant mon nom. Je reste une grande fan de votre travail et je vous recommanderai de vive voix, promis !

Je passerai sans doute vous voir à Issoudun cet été quand je redescendrai chez mes parents.

Je vous embrasse,
Mathilde""", shape="alt")

R(key="fr-req-course-feedback-export-journal", rights=["portability"], lang="fr",
  frm="Sophie Aubertin <sophie.aubertin@laposte.net>", date="2025-05-18 10:05",
  subject="Retour sur la formation \"Oser s'affirmer en douceur\"",
  body="""Bonjour Sandra,

Je viens de terminer le dernier module de "Oser s'affirmer en douceur" et je tenais à vous faire un vrai retour, comme vous le demandiez dans la dernière vidéo.

Ce qui m'a le plus aidée : les exercices audio du module 3 (je les écoute encore dans la voiture), et le fait que chaque leçon soit courte, je pouvais avancer même les semaines difficiles. Ce qui m'a un peu manqué : un moment en direct avec les autres participants, ne serait-ce qu'une fois. Et la vidéo du module 5 coupe au milieu d'une phrase vers 12 minutes, je ne sais pas si c'est chez moi.

Ma demande maintenant : tout au long de la formation j'ai rempli le journal de bord et les quiz dans l'espace Systeme.io. J'aimerais récupérer l'ensemble de mes réponses dans un fichier que je puisse réutiliser, idéalement un tableur (CSV ou Excel), pour pouvoir continuer mon journal ailleurs une fois mon accès terminé. Le copier-coller page par page serait très long.

Merci encore pour ce programme, il arrive au bon moment dans ma vie.

Sophie Aubertin""")

# NEAR-LINE: "pas besoin de tout supprimer" excludes erasure explicitly; what is asked is
# removing her from a published workshop photo = withdrawing photo consent.
R(key="fr-req-not-all-just-group-photo", rights=["withdraw_consent"], lang="fr",
  frm="Nadia Benhamou <nadia.benhamou78@gmail.com>", date="2025-06-09 17:58",
  subject="atelier de mai + photo",
  body="""Bonsoir Sandra,

Encore merci pour l'atelier "Confiance en soi" de samedi dernier, le groupe était vraiment bienveillant et j'ai adoré la partie dans le jardin. J'ai déjà recommandé le prochain atelier à une collègue, elle devrait vous écrire.

Par contre j'ai vu que la photo de groupe était sur votre page Facebook et sur le site. Je ne veux pas faire d'histoire et pas besoin de tout supprimer, vous pouvez garder mon inscription, mes coordonnées, tout ça. Juste, je ne suis plus d'accord pour apparaître sur cette photo (je suis au premier rang avec le foulard vert). Si vous pouvez la retirer ou me flouter, ce serait parfait.

Et dites-moi s'il reste de la place pour l'atelier de juin, je réfléchis à y venir avec ma sœur.

Bonne soirée,
Nadia""", shape="8bit")

R(key="fr-req-numbered-list-three-things", rights=["access", "objection", "rectification"], lang="fr",
  frm="Bernard Ollivier <bernard.ollivier@free.fr>", date="2025-01-14 11:31",
  subject="Plusieurs points",
  body="""Bonjour Madame Delomenie,

Suite à notre conversation téléphonique de vendredi, je vous confirme par écrit mes demandes, comme vous me l'avez conseillé :

1. Mon adresse mail change : merci d'utiliser désormais bernard.ollivier@free.fr au lieu de b.ollivier@club-internet.fr, qui va être fermée à la fin du mois.

2. Je souhaite recevoir une copie des données que vous conservez à mon sujet (fiche client, comptes rendus des séances de coaching de 2023, échanges écrits).

3. Je ne souhaite plus recevoir de SMS pour vos promotions et vos nouveaux ateliers. Les rappels de rendez-vous ne me dérangent pas, seulement les messages publicitaires.

4. Enfin, je vous confirme ma participation à la conférence du 7 février à la médiathèque d'Issoudun, avec mon épouse (deux places donc).

Je vous remercie par avance et vous prie d'agréer, Madame, mes salutations distinguées.

Bernard Ollivier
12 allée des Tilleuls
36100 Issoudun""", shape="8bit")

R(key="fr-req-subject-copy-body-then-delete", rights=["access", "erasure"], lang="fr",
  frm="Laetitia Ferrand <laetitia.ferrand@hotmail.fr>", date="2025-07-02 22:14",
  subject="Copie de mes données avant suppression",
  body="""Bonsoir Sandra,

Je vous écris parce que je vais arrêter le coaching, pas du tout à cause de vous, mais je déménage au Portugal avec mon compagnon à la rentrée et je préfère repartir de zéro là-bas. Merci pour ces deux années, vous m'avez aidée à traverser des moments très durs.

Comme indiqué dans l'objet, avant que tout soit effacé j'aimerais d'abord recevoir une copie de mon dossier (notes, bilans, questionnaires, tout ce que vous avez). Une fois que je vous aurai confirmé l'avoir bien reçue, je vous demande de supprimer l'ensemble de mes données, y compris mon compte sur la plateforme des formations et mes coordonnées dans votre fichier.

Pour la dernière facture de juin, je l'ai réglée par virement hier, vous devriez la voir passer.

Avec toute ma reconnaissance,
Laetitia""")

R(key="fr-req-workshop-signup-tant-que-phone", rights=["rectification"], lang="fr",
  frm="Jean-Marc Peyrot <jmpeyrot@orange.fr>", date="2025-09-05 07:52",
  subject="Inscription stage d'automne",
  body="""Bonjour Sandra,

Je souhaite m'inscrire au stage "Retrouver son élan" des 18 et 19 octobre. J'ai essayé par le formulaire du site mais le paiement bloquait à la dernière étape (message "carte refusée" alors que ma carte fonctionne partout ailleurs). Est-ce que je peux vous régler par chèque ou par virement à la place ?

Je prendrai bien l'option repas du samedi midi, je suis végétarien.

Et tant que vous y êtes, pouvez-vous mettre à jour mon numéro de portable dans votre fichier ? L'ancien (06 12 48 77 30) n'existe plus, le nouveau c'est le 07 68 21 04 95.

Merci et à bientôt,
Jean-Marc""")

R(key="fr-req-mother-teen-delete-questionnaires", rights=["erasure"], lang="fr",
  frm="Véronique Lassalle <veronique.lassalle@sfr.fr>", date="2025-06-27 13:09",
  subject="Hugo - fin du parcours ados",
  body="""Bonjour Madame Delomenie,

Hugo a terminé son parcours "Mieux vivre le lycée" la semaine dernière et je voulais vous remercier. Il est beaucoup plus serein à l'approche du bac de français, et il a même accepté de reprendre le basket, ce qui n'était pas gagné.

Je voulais aussi vous demander, en tant que maman (il a 16 ans), de bien vouloir supprimer les questionnaires qu'il a remplis, vos notes de séance et les tests qu'il a passés. Hugo m'a dit qu'il avait écrit des choses très personnelles dedans et il serait plus tranquille de savoir que plus rien n'existe, maintenant que c'est terminé. Gardez simplement ce qui est nécessaire pour la facture, bien sûr.

Enfin, je suis intéressée par l'atelier pour les parents d'ados de septembre dont vous nous aviez parlé. Les dates sont-elles déjà fixées ?

Bien cordialement,
Véronique Lassalle""")

R(key="fr-req-daughter-deceased-mother-account", rights=["post_mortem"], lang="fr",
  frm="Isabelle Garnier <isabelle.garnier.36@gmail.com>", date="2025-10-13 16:40",
  subject="Ma mère, Monique Garnier",
  body="""Bonjour Madame,

J'ai le regret de vous informer que ma mère, Monique Garnier, est décédée le 28 septembre. Elle vous voyait depuis l'an dernier pour un accompagnement et elle parlait souvent de vos séances avec beaucoup de tendresse, cela lui faisait du bien.

Je m'occupe des démarches avec mon frère et j'essaie de fermer ses différents comptes. Elle recevait votre newsletter et avait un compte pour une formation en ligne. Je vous serais reconnaissante de clôturer tout cela, et de me dire ce que vous avez conservé la concernant ; si vous avez des écrits d'elle (elle faisait des exercices d'écriture), mon frère et moi aimerions beaucoup pouvoir les récupérer, s'il est possible de nous les transmettre.

Je joins l'acte de décès et le certificat d'hérédité.

Il reste peut-être une séance qu'elle avait payée d'avance en octobre, je ne sais pas comment vous fonctionnez dans ce cas, dites-moi.

Avec mes remerciements,
Isabelle Garnier""",
  attach=[("acte_de_deces_Monique_Garnier.pdf", "pdf",
           "MAIRIE DE CHATEAUROUX\nExtrait d'acte de deces\nMonique Garnier nee Plessis\nDecedee le 28 septembre 2025"),
          ("certificat_heredite.pdf", "pdf", "Certificat d'heredite\nSuccession de Madame Monique Garnier")])

# NEAR-LINE: the sender is alive and booking sessions; she leaves instructions for what
# should happen to her own data after her death -> post_mortem only (policy rule).
R(key="fr-req-own-directives-after-death", rights=["post_mortem"], lang="fr",
  frm="Colette Vernadet <colette.vernadet@orange.fr>", date="2025-11-20 09:15",
  subject="rendez-vous de décembre et une demande particulière",
  body="""Chère Sandra,

Je voudrais réserver deux séances en décembre, de préférence le lundi matin car les traitements ont lieu le mercredi et je suis fatiguée en fin de semaine. Le 1er et le 15 décembre iraient très bien si c'est encore libre.

Je voulais aussi vous écrire quelque chose que je n'ose pas vous dire en face. Comme vous le savez, les médecins restent prudents. J'ai commencé à mettre mes affaires en ordre, et je pense aussi à nos séances. Si je venais à partir, je souhaite que tout ce que vous avez sur moi, vos notes, mes carnets d'écriture que je vous ai confiés, les enregistrements de nos séances de visualisation, soit détruit et ne soit transmis à personne, pas même à mes enfants. Ce que je vous ai confié reste entre nous. Mon notaire est Maître Brunet à Issoudun, je lui ai laissé une copie de cette lettre.

Pardonnez-moi de vous charger de cela. Je vais plutôt bien en ce moment et j'ai hâte de vous retrouver.

Affectueusement,
Colette Vernadet""", shape="8bit")

# NEAR-LINE: she contests the accuracy of what was written and asks that it not be used or
# sent while it is checked -> restriction only (policy: contesting accuracy + pausing).
R(key="fr-req-trainee-contests-evaluation", rights=["restriction"], lang="fr",
  frm="Amandine Cortès <amandine.cortes@groupe-berthaud.fr>", date="2025-03-27 18:22",
  subject="Bilan de fin de formation - désaccord",
  body="""Bonjour Madame Delomenie,

J'ai suivi la formation "Communication bienveillante en équipe" les 12 et 13 mars avec mes collègues du service logistique. Je tiens d'abord à dire que les deux jours étaient intéressants, en particulier les jeux de rôle de l'après-midi.

Ma RH m'a indiqué que vous deviez lui transmettre une fiche d'évaluation individuelle pour chaque participant. Une collègue a vu la sienne et il y est mentionné des "difficultés relationnelles" dans certains cas. Si quelque chose de ce genre figure dans la mienne, je le conteste : je suis arrivée en retard le premier matin pour une raison médicale, ce qui a pu être mal interprété, mais cela ne reflète pas ma participation.

Je vous demande donc de ne pas transmettre ni utiliser ma fiche tant que nous n'en aurons pas parlé et qu'elle n'aura pas été vérifiée. Je ne demande pas qu'elle soit supprimée, juste qu'elle reste de côté en attendant.

Je suis disponible pour un appel n'importe quel soir de la semaine au 06 74 55 90 12.

Cordialement,
Amandine Cortès""")

R(key="fr-req-prudhommes-keep-but-freeze", rights=["restriction"], lang="fr",
  frm="Thomas Lemercier <thomas.lemercier@protonmail.com>", date="2025-05-06 12:44",
  subject="Important - ne rien effacer svp",
  body="""Bonjour Sandra,

Pardon pour le silence depuis ma dernière séance, les dernières semaines ont été compliquées. Pour faire court : j'ai été licencié et je conteste la procédure devant les prud'hommes. Mon avocate pense que certains éléments de notre travail ensemble (notamment les notes sur la période où je faisais des semaines de 60 heures et le questionnaire sur l'épuisement) pourraient être utiles plus tard.

Du coup, ma demande est un peu à l'envers de ce qu'on lit d'habitude : surtout ne supprimez rien de mon dossier, même si votre politique prévoit d'effacer les données de santé au bout de deux ans. Par contre, je vous demande de ne plus rien en faire d'autre que de le conserver : pas de relances, pas d'utilisation pour vos statistiques ou vos questionnaires, rien, jusqu'à ce que la procédure soit terminée.

Je reprendrai contact pour les séances quand les choses se seront calmées. Je n'ai pas oublié que je vous dois la séance du 14 avril, je vous la règle cette semaine.

Merci de votre compréhension,
Thomas""")

# NEAR-LINE: satisfaction surveys run on legitimate interest for clients; refusing them is an
# objection (like unsubscribing from a mailing), not a withdrawal of consent.
R(key="fr-req-stop-satisfaction-surveys", rights=["objection"], lang="fr",
  frm="Hélène Picard <helene.picard@yahoo.fr>", date="2025-08-19 19:30",
  subject="Questionnaires",
  body="""Bonsoir,

J'ai suivi votre atelier en ligne sur la gestion des émotions en juin et j'ai déjà répondu au questionnaire de satisfaction juste après. Depuis, je reçois des relances pour un "questionnaire à 3 mois", puis une enquête sur vos futures formations.

Je ne souhaite plus être sollicitée pour aucun questionnaire ni aucune enquête, merci de me retirer de ces envois. J'ai aimé l'atelier, ce n'est pas un problème de fond, mais je suis déjà noyée sous ce genre de mails au travail.

Au passage, le lien vers le replay de la deuxième séance ne fonctionne plus, est-ce normal ? J'aurais aimé revoir la partie sur la cohérence cardiaque.

Hélène Picard""", shape="8bit")

# NEAR-LINE: health data rest on consent; she withdraws it and asks nothing be deleted
# explicitly -> withdraw_consent only, not erasure.
R(key="fr-req-withdraw-health-consent-keep-coaching", rights=["withdraw_consent"], lang="fr",
  frm="Audrey Marchal <audrey.marchal@gmail.com>", date="2025-09-23 08:03",
  subject="Suite de notre accompagnement",
  body="""Bonjour Sandra,

J'ai bien réfléchi après notre dernière séance et j'aimerais continuer l'accompagnement, mais en le recentrant sur la partie professionnelle (reconversion, bilan de compétences, préparation aux entretiens). Je pense avoir besoin de voir un psychologue pour le reste, et je préfère séparer les deux.

En conséquence, je retire le consentement que j'avais donné au début pour le traitement de mes données de santé (les informations sur mon traitement, mes arrêts, mes troubles du sommeil). Je préfère que ces informations ne soient plus utilisées dans notre travail.

Est-ce que le jeudi 2 octobre à 10h vous irait pour la prochaine séance ? J'apporterai mon CV et les deux offres dont je vous ai parlé.

Bonne journée,
Audrey""")

R(key="fr-req-transfer-fiches-new-coach", rights=["portability"], lang="fr",
  frm="Estelle Moreau <estelle.moreau33@gmail.com>", date="2025-10-02 20:48",
  subject="Déménagement à Bordeaux",
  body="""Bonsoir Sandra,

Comme je vous l'avais annoncé, nous sommes installés à Bordeaux depuis le 15 septembre. Les enfants ont fait leur rentrée sans trop de casse, et mon mari commence à s'habituer à la vie sans la campagne berrichonne.

J'ai trouvé une coach ici, Aurélie Fabre (cabinet Horizon Coaching), qui m'a été recommandée par une amie. Pour ne pas tout recommencer depuis le début, est-ce que vous pourriez lui transmettre directement mes fiches de suivi, mes résultats de tests et le plan d'action qu'on avait construit ? Elle m'a dit qu'un export sous forme de fichiers (PDF ou tableur) lui conviendrait, son adresse est aurelie.fabre@horizon-coaching.fr.

Je garde un souvenir très doux de notre travail ensemble et je n'hésiterai pas à vous envoyer des personnes de mon entourage qui restent dans l'Indre.

Avec toute mon amitié,
Estelle""")

R(key="fr-req-who-got-my-number-and-stop-prospection", rights=["access", "objection"], lang="fr",
  frm="Pascal Fournier <pascal.fournier@bbox.fr>", date="2025-02-26 15:11",
  subject="Démarchage",
  body="""Bonjour,

J'ai assisté à votre conférence sur le burn-out à Vierzon en novembre, j'avais laissé mon téléphone et mon mail sur la feuille d'émargement. Depuis deux semaines, je suis appelé par un cabinet de "coaching holistique" de Bourges qui connaît mon nom et sait que j'étais à votre conférence.

Je voudrais savoir à qui vous avez communiqué mes coordonnées, et quelles informations exactement vous avez sur moi.

Par ailleurs je ne souhaite plus recevoir la moindre sollicitation commerciale, ni de votre part ni de vos partenaires, par téléphone, mail ou courrier.

Votre conférence était par ailleurs de qualité, ce qui rend cette situation d'autant plus désagréable.

Pascal Fournier""", shape="8bit")

R(key="fr-req-be-erasure-plus-invoice", rights=["erasure"], lang="fr", var="BE",
  frm="Marie-Christine Dewulf <mc.dewulf@skynet.be>", date="2025-04-08 10:27",
  subject="trois choses",
  body="""Bonjour Madame,

Je vous écris pour trois choses, excusez-moi de tout mettre dans le même courriel.

D'abord, la facture pour le cycle de coaching en ligne indique 450 euros alors que nous avions convenu de 390 euros pour les six séances (le tarif "hors France" dont vous m'aviez parlé au téléphone). Pourriez-vous vérifier ? Je veux bien payer la différence si je me trompe, mais il me semblait bien que c'était septante euros de moins.

Ensuite, je voudrais vous dire que les séances m'ont fait un bien fou. Mon mari trouve que je suis moins à cran le soir, c'est dire.

Enfin, je souhaiterais qu'une fois la facture réglée, vous supprimiez mon compte sur votre plateforme et l'ensemble des données me concernant. Je ne pense pas reprendre de coaching avant longtemps et je préfère ne pas laisser traîner mes informations un peu partout.

Bien à vous,
Marie-Christine Dewulf
Namur""")

R(key="fr-req-ch-natel-change-and-chf", rights=["rectification"], lang="fr", var="CH",
  frm="Sébastien Rochat <sebastien.rochat@bluewin.ch>", date="2025-05-21 07:40",
  subject="Atelier en ligne du 3 juin / numéro",
  body="""Bonjour Madame Delomenie,

Je me réjouis de participer à l'atelier en ligne du 3 juin. Petite question pratique : est-il possible de payer en francs suisses ou la facture sera-t-elle forcément en euros ? Ma banque me prend des frais assez salés sur les paiements en euros, je préfère savoir à l'avance.

Par ailleurs, j'ai changé de natel. Merci de remplacer l'ancien numéro (+41 79 412 33 80) par le nouveau : +41 78 905 61 14, au cas où vous devriez me joindre le jour de l'atelier.

J'ai aussi une collègue, à Lausanne, qui aimerait s'inscrire au prochain atelier de septembre, elle vous écrira directement.

Avec mes meilleures salutations,
Sébastien Rochat
Yverdon-les-Bains""", shape="8bit")

R(key="fr-req-qc-copie-et-infolettre", rights=["access", "objection"], lang="fr", var="CA",
  frm="Geneviève Tremblay <gen.tremblay@videotron.ca>", date="2025-11-04 23:58",
  subject="Demande - copie de mon dossier",
  body="""Bonjour Sandra,

J'espère que l'automne est aussi beau en France qu'ici, les érables sont en feu depuis deux semaines, c'est magnifique.

Je vous écris parce que je suis présentement en train de faire le ménage dans ma vie numérique (bonne résolution de la rentrée, un peu en retard). J'aimerais avoir une copie de toutes les informations que vous détenez sur moi depuis mon parcours en ligne de l'an dernier : mon profil, mes réponses aux exercices, les courriels échangés, l'historique de mes paiements.

Aussi, je ne souhaite plus recevoir votre infolettre. Elle est très bien faite, mais avec le décalage horaire je la reçois au milieu de la nuit et je ne la lis jamais.

Merci beaucoup et au plaisir,
Geneviève
Sherbrooke, Québec""")

# NEAR-LINE: informal, two distinct asks: delete everything held ("supprime tout ce que t'as
# sur moi") and stop the mails -> erasure + objection.
R(key="fr-req-informal-supprime-tout-et-mails", rights=["erasure", "objection"], lang="fr",
  var="informal",
  frm="kevin.dasilva <kevin.dasilva91@gmail.com>", date="2025-08-02 01:17",
  subject="",
  body="""slt sandra

bon alors voila jai fait ta formation en ligne l'an dernier (le truc sur la confiance en soi) et franchement c'etait cool mais la jen ai plus besoin, jai trouvé un taf et tout va mieux

par contre je recois encore tes mails genre 3 fois par semaine c'est trop, tu peux arreter stp. et tant qua faire supprime tout ce que t'as sur moi, mon compte, mes infos, tout

merci et bonne continuation hein

kevin""", shape="8bit")

R(key="fr-req-lawyer-mandate-access", rights=["access"], lang="fr",
  frm="Maître Anne-Laure Ducasse <al.ducasse@ducasse-avocats.fr>", date="2025-09-16 11:02",
  subject="V/Réf : Mme Karine Blondeau - Demande de communication",
  body="""Madame,

J'interviens en qualité de conseil de Madame Karine Blondeau, demeurant 7 impasse des Vignes à Déols, qui a bénéficié d'un accompagnement individuel au sein de votre structure Floraison de Soi entre janvier 2023 et mars 2024.

Agissant en vertu du mandat ci-joint, je vous prie de bien vouloir me communiquer, sur le fondement de l'article 15 du Règlement général sur la protection des données, l'intégralité des données à caractère personnel que vous détenez concernant ma cliente, ainsi que l'indication des destinataires auxquels ces données auraient été communiquées.

Vous trouverez en pièces jointes le mandat signé par Madame Blondeau et la copie de sa pièce d'identité.

Je vous remercie de bien vouloir adresser votre réponse à mon cabinet, par courriel ou par courrier, dans le délai légal d'un mois.

Je vous prie de croire, Madame, à l'assurance de mes salutations distinguées.

Anne-Laure Ducasse
Avocat au Barreau de Châteauroux
12 place Gambetta - 36000 Châteauroux
Tél. 02 54 27 61 80

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.""",
  attach=[("Mandat_Blondeau_signe.pdf", "pdf",
           "MANDAT\nJe soussignee Karine Blondeau donne mandat a Maitre Anne-Laure Ducasse\npour exercer en mon nom mes droits au titre du RGPD."),
          ("CNI_Blondeau.jpg", "jpg")], shape="qp")

R(key="fr-req-pas-besoin-supprimer-juste-newsletter", rights=["objection"], lang="fr",
  frm="Dominique Ravel <dominique.ravel@gmail.com>", date="2025-12-01 13:35",
  subject="Re: [Floraison de Soi] Calendrier de l'Avent du mieux-être - Jour 1",
  body="""Bonjour Sandra,

Je réponds à ce mail parce que je ne trouve pas le lien de désinscription en bas (il est peut-être caché dans l'image ?).

Rassurez-vous, pas besoin de tout supprimer, je reste inscrit à la formation et je veux garder mon compte. Je voudrais juste ne plus recevoir la newsletter et ce calendrier de l'Avent : 24 mails en décembre, c'est beaucoup pour moi.

Merci, et bonne fin d'année,
Dominique""",
  quote=dict(style="gmail", frm="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
             date="2025-12-01 06:00", text="""Bonjour Dominique,

Bienvenue dans ce calendrier de l'Avent du mieux-être ! Chaque matin jusqu'à Noël, une petite pratique de 5 minutes pour prendre soin de vous.

Jour 1 : La respiration carrée
Inspirez 4 temps, retenez 4 temps, expirez 4 temps, restez poumons vides 4 temps...

Belle journée lumineuse,
Sandra"""))

R(key="fr-req-negation-not-deletion-only-copy", rights=["access"], lang="fr",
  frm="Françoise Lebrun <f.lebrun@numericable.fr>", date="2025-03-18 09:58",
  subject="Ma demande (pas de suppression !)",
  body="""Bonjour Madame Delomenie,

Ma fille m'a dit qu'en envoyant un mail au sujet de mes données, je risquais de voir mon compte supprimé. Je précise donc tout de suite : je ne demande PAS la suppression de quoi que ce soit, je compte bien continuer les ateliers du jeudi.

Je souhaite seulement recevoir une copie de ce que vous avez enregistré sur moi : ma fiche d'inscription, les informations de santé que j'ai données au début (pour mon genou), et les paiements.

Je vous remercie, et à jeudi. J'apporterai le gâteau aux noix promis la dernière fois.

Françoise Lebrun""", shape="8bit")

R(key="fr-req-webinar-replay-cut-my-part", rights=["withdraw_consent"], lang="fr",
  frm="Coralie Jaouen <coralie.jaouen@gmail.com>", date="2026-01-22 18:46",
  subject="Replay du webinaire \"Dire non sans culpabiliser\"",
  body="""Bonsoir Sandra,

Merci pour le webinaire de mardi, j'ai trouvé la partie sur les "oui contraints" très juste. J'ai pris la parole à la fin pendant le temps de questions et j'ai parlé de ma relation avec ma belle-mère, un peu emportée par l'émotion.

Je viens de voir que le replay est disponible pour tous les inscrits et sur votre chaîne. J'avais accepté l'enregistrement au début, mais avec le recul je ne suis plus d'accord pour que mon intervention y figure (on voit mon visage et on entend mon prénom). Pourriez-vous couper ce passage, à partir de 1h12 environ ?

Le reste du replay peut évidemment rester en ligne, c'est vraiment un bon contenu.

Merci beaucoup,
Coralie""")

R(key="fr-req-end-coaching-erase-file", rights=["erasure"], lang="fr",
  frm="Yannick Berthier <yannick.berthier@orange.fr>", date="2025-02-03 19:20",
  subject="Fin de l'accompagnement",
  body="""Bonsoir Sandra,

Après réflexion, je préfère arrêter l'accompagnement ici. Les trois premières séances m'ont aidé à y voir plus clair sur ma situation professionnelle et je crois que j'ai ce qu'il me faut pour avancer seul pour l'instant.

Je vous remercie pour votre écoute, votre patience, et pour les ressources que vous m'avez conseillées (j'ai commencé le livre de Christophe André).

Ma facture de janvier est réglée. Pour le reste, je souhaite que mon dossier soit effacé : vos notes, la fiche de renseignements et le questionnaire de départ. Je préfère que ces informations ne soient plus conservées maintenant que nous arrêtons.

Bien cordialement,
Yannick Berthier""", shape="b64")

R(key="fr-req-shared-family-email-to-own", rights=["rectification"], lang="fr",
  frm="Agnès Villard <agnes.villard@gmail.com>", date="2025-04-14 12:05",
  subject="Changement d'adresse mail + séance en couple ?",
  body="""Bonjour Sandra,

Je vous écris depuis ma nouvelle adresse personnelle. Jusqu'ici vous m'écriviez sur famille.villard@orange.fr, que je partage avec mon mari. Pour des raisons évidentes de confidentialité (il n'a pas besoin de lire mes comptes rendus de séance !), pourriez-vous remplacer cette adresse par celle-ci, agnes.villard@gmail.com, pour tout ce qui me concerne : rendez-vous, factures, accès à la formation ?

Autre question : mon mari aimerait faire une séance avec moi sur la répartition des tâches à la maison (vaste sujet...). Est-ce que vous proposez des séances en couple, et si oui à quel tarif ?

Merci et belle journée,
Agnès""")

R(key="fr-req-trainee-what-employer-sent", rights=["access"], lang="fr",
  frm="Rachid Amrani <rachid.amrani@laposte.net>", date="2025-06-16 21:12",
  subject="Formation Prévention du stress - mes informations",
  body="""Bonjour Madame,

J'ai participé à la formation "Prévention du stress" que vous avez animée pour les agents de la communauté de communes en mai. Très bonne formation d'ailleurs, on en parle encore à la pause café.

J'écris depuis mon adresse personnelle car la question est un peu sensible. Avant la formation on nous a fait remplir un questionnaire sur notre niveau de stress, et mon chef de service a fait une remarque qui laisse penser qu'il a vu les réponses. Je voudrais donc savoir précisément quelles informations vous avez sur moi, d'où elles viennent (ce que l'employeur vous a transmis sur moi avant la formation) et à qui vous les avez communiquées ensuite.

Merci de me répondre à cette adresse uniquement.

Cordialement,
Rachid Amrani""")

# NEAR-LINE: disputes the session count recorded in her file and asks to stop using the data
# (no deletion) until it is sorted out -> restriction only.
R(key="fr-req-invoice-dispute-freeze-data", rights=["restriction"], lang="fr",
  frm="Muriel Chauvet <muriel.chauvet@gmail.com>", date="2025-11-12 10:40",
  subject="Re: Relance facture 2025-088",
  body="""Bonjour Sandra,

Je ne comprends pas cette relance. Votre fiche indique que j'ai eu 8 séances en septembre et octobre, alors que j'en ai eu 6 : les deux séances du 23 septembre et du 7 octobre ont été annulées par vous (j'ai vos SMS). Les informations enregistrées à mon nom sont donc fausses.

Tant que ce point n'est pas réglé, je vous demande de geler mon dossier : pas de nouvelle relance automatique, pas de transmission à votre comptable ou à un service de recouvrement, et aucune autre utilisation de mes données. Je ne vous demande pas de les effacer, j'aurai besoin qu'on les regarde ensemble.

Je reste disponible pour en parler calmement, je n'ai aucune envie que ça s'envenime après une année de travail qui m'a beaucoup apporté.

Muriel""",
  quote=dict(style="gmail", date="2025-11-10 09:00", frm="Floraison de Soi <contact@floraisondesoi.fr>",
             text="""Bonjour Muriel,

Sauf erreur de notre part, la facture n°2025-088 d'un montant de 480,00 EUR (8 séances) reste impayée à ce jour.

Merci de procéder au règlement ou de nous contacter.

Floraison de Soi"""))

R(key="fr-req-erase-all-and-testimonial", rights=["erasure", "withdraw_consent"], lang="fr",
  frm="Sandrine Michaud <sandrine.michaud@hotmail.fr>", date="2025-07-25 14:55",
  subject="Suppression",
  body="""Bonjour,

Je souhaite que l'ensemble de mes données soient supprimées de vos fichiers : fiche client, compte Systeme.io, historique de formation, adresse mail pour la newsletter.

Je vous avais aussi autorisée à publier un témoignage écrit avec mon prénom et ma ville, il figure toujours sur la page d'accueil de votre site. Je retire cette autorisation, merci de l'enlever.

Pour information, ma décision n'a rien à voir avec la qualité de votre travail, j'ai simplement besoin de tourner la page sur cette période de ma vie.

Sandrine Michaud""", shape="8bit")

R(key="fr-req-wedding-new-surname-certificate", rights=["rectification"], lang="fr",
  frm="Camille Guérin-Lafont <camille.lafont@gmail.com>", date="2025-09-30 20:21",
  subject="Nouveau nom !",
  body="""Bonsoir Sandra,

Petit mail joyeux : je me suis mariée le 13 septembre ! La cérémonie était simple, au bord du lac de Chambon, et tout s'est passé exactement comme je l'avais imaginé pendant nos séances sur "oser demander ce dont on a besoin" (j'ai dit non à la pièce montée de ma belle-mère, vous auriez été fière de moi).

J'ai décidé de prendre le nom de mon mari. Pourriez-vous modifier mon nom dans votre fichier et sur mon compte de formation : Camille Lafont au lieu de Camille Guérin ? J'ai aussi besoin d'une nouvelle attestation de fin de formation à ce nom pour mon dossier chez mon nouvel employeur.

Je vous joins une photo du lac, parce que je n'ai pas pu m'en empêcher.

Plein de bises,
Camille""", attach=[("lac_chambon.jpg", "jpg")])

R(key="fr-req-whatsapp-promos-stop", rights=["objection"], lang="fr",
  frm="Lucie Perrin <lucie.perrin@gmail.com>", date="2025-10-21 12:12",
  subject="Groupe WhatsApp du stage",
  body="""Bonjour Sandra,

J'aime beaucoup le groupe WhatsApp du stage de printemps, on continue à s'y donner des nouvelles et c'est très chouette.

Par contre, depuis quelques semaines vous y postez aussi vos offres (nouveaux ateliers, codes promo, black friday...) et je reçois en plus les mêmes annonces en message privé. Je souhaite ne plus recevoir vos messages commerciaux, ni en privé ni par mail. Je reste bien sûr dans le groupe pour les échanges entre participantes.

Et bravo pour le nouveau logo, il est très réussi.

Lucie""")

# NEAR-LINE: Google Analytics runs on consent (policy section 5), so refusing tracking is
# withdraw_consent; the first bullet is a plain access request.
R(key="fr-req-what-data-and-cookie-consent", rights=["access", "withdraw_consent"], lang="fr",
  frm="Olivier Tessier <olivier.tessier@mailo.com>", date="2025-03-09 17:03",
  subject="Vos traceurs et mes données",
  body="""Madame,

Je suis inscrit à votre formation en ligne depuis janvier et je viens de lire votre politique de confidentialité (par déformation professionnelle, je suis informaticien).

Deux demandes :

- je souhaite savoir quelles données personnelles vous détenez sur moi, y compris les données de navigation et de connexion que vous mentionnez (adresse IP, logs) ;

- j'avais accepté les cookies Google Analytics un peu vite sur votre site. Je retire ce consentement, merci de ne plus me suivre.

Je précise que la formation est par ailleurs très bien construite.

Olivier Tessier""", shape="8bit")

R(key="fr-req-father-minor-copy-and-export", rights=["access", "portability"], lang="fr",
  frm="Frédéric Lhomme <frederic.lhomme@orange.fr>", cc="Anne Lhomme <anne.lhomme@gmail.com>", date="2025-12-09 08:30",
  subject="Dossier de notre fils Mathis (15 ans)",
  body="""Bonjour Madame Delomenie,

Nous avons beaucoup apprécié le travail fait avec Mathis l'an dernier, et lui aussi, même s'il ne le dira jamais.

Il est aujourd'hui suivi par la psychologue scolaire de son lycée, qui aimerait disposer des résultats des tests de motivation et d'orientation qu'il a passés avec vous. En tant que parents, nous souhaitons :

- d'une part recevoir une copie de l'ensemble de son dossier chez vous, pour savoir ce qui y figure ;
- d'autre part que les résultats des tests soient transmis directement à la psychologue, Mme Roussel (c.roussel@lycee-balzac-issoudun.fr), dans un format exploitable (tableur ou fichier d'export de votre outil).

Mathis est d'accord avec cette démarche.

Par ailleurs, nous n'avons jamais reçu la facture de la dernière séance de juin. Pourriez-vous nous la renvoyer ?

Bien cordialement,
Frédéric et Anne Lhomme""")

R(key="fr-req-notary-deceased-client", rights=["post_mortem"], lang="fr",
  frm="Office notarial Brunet & Associés <accueil@brunet-notaires.fr>",
  cc="Me Philippe Brunet <p.brunet@brunet-notaires.fr>", date="2026-02-17 10:15",
  subject="Succession de Monsieur Henri Fauvel - données personnelles",
  body="""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Henri Fauvel, décédé le 3 janvier 2026 à Issoudun.

Les héritiers, Madame Sylvie Fauvel et Monsieur Arnaud Fauvel, nous ont indiqué que le défunt suivait un accompagnement auprès de votre structure. Ils souhaitent que les données le concernant soient supprimées, à l'exception des pièces comptables que vous êtes tenue de conserver, et que soient clôturés ses comptes et abonnements.

Vous trouverez ci-joint une copie de l'acte de décès ainsi que de l'attestation dévolutive.

Nous vous remercions de bien vouloir nous confirmer la bonne exécution de ces démarches.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour l'étude,
Claire Mazières, clerc de notaire
Office notarial Brunet & Associés
3 rue de la Porte aux Boeufs - 36100 Issoudun""",
  attach=[("Acte_deces_Fauvel.pdf", "pdf", "Extrait d'acte de deces\nHenri Fauvel\n3 janvier 2026"),
          ("Attestation_devolutive_Fauvel.pdf", "pdf", "Attestation devolutive\nSuccession Fauvel")],
  shape="alt")

R(key="fr-req-outlook-reply-session-moved-and-access", rights=["access"], lang="fr",
  frm="Nathalie Brisson <nathalie.brisson@cc-champagne-berrichonne.fr>", date="2025-10-08 12:58",
  subject="RE: Séance du 10 octobre",
  body="""Bonjour Sandra,

Parfait pour vendredi 17h, je bloque le créneau.

Petite demande en plus, j'aimerais qu'on fasse le point lors de la séance sur l'ensemble de ce que vous avez noté depuis le début. Pourriez-vous m'envoyer avant vendredi une copie de mes données : les fiches, les notes, les tests (le MBTI et le questionnaire sur les valeurs) ? Je préfère les relire tranquillement avant.

Merci,
Nathalie

Nathalie Brisson
Chargée de mission Développement économique
Communauté de communes Champagne Berrichonne
Tél. 02 54 03 xx xx""",
  quote=dict(style="outlook", date="2025-10-07 18:44", subject="Séance du 10 octobre",
             to="Nathalie Brisson", text="""Bonjour Nathalie,

Un imprévu m'oblige à déplacer notre séance du 10 octobre. Je peux vous proposer vendredi 17 à 17h ou lundi 20 à 9h. Toutes mes excuses pour ce changement.

Sandra"""), shape="b64")

R(key="fr-req-ps-portability-after-long-feedback", rights=["portability"], lang="fr",
  frm="Pierre-Yves Kerbrat <pykerbrat@gmail.com>", date="2026-03-11 22:02",
  subject="Mon bilan du cycle \"Leadership doux\"",
  body="""Bonsoir Sandra,

Voilà, le cycle de six mois s'achève et je voulais prendre le temps de vous écrire un vrai retour, plutôt que de remplir le formulaire.

Au départ, j'étais sceptique. Je venais pour "gérer mon équipe", et vous m'avez fait travailler sur mon rapport à la colère et à la perfection. J'ai mis du temps à comprendre le lien. Aujourd'hui je le vois très bien : mes réunions sont plus courtes, je délègue vraiment (enfin, plus qu'avant), et mon N+1 m'a dit la semaine dernière que l'équipe respirait mieux.

Ce qui a le mieux marché pour moi : les mises en situation filmées, l'exercice du "journal de décisions", et les séances en marchant au bord de la Théols. Ce qui a moins marché : les lectures, je n'ai pas tout lu, je l'avoue.

Je compte poursuivre seul avec un outil de suivi sur mon ordinateur.

P.S. Justement : pourriez-vous m'exporter le journal de décisions et les grilles d'auto-évaluation que j'ai remplies sur la plateforme, dans un format que je peux importer (CSV idéalement) ? J'aimerais les reprendre dans mon tableur.

Pierre-Yves""")

R(key="fr-req-belgian-new-address-and-copy", rights=["access", "rectification"], lang="fr", var="BE",
  frm="Luc Vandenbroucke <luc.vandenbroucke@telenet.be>", date="2025-08-28 09:44",
  subject="Changement d'adresse et petite demande",
  body="""Bonjour Madame Delomenie,

Nous avons déménagé de Mons à Liège au mois de juillet. Ma nouvelle adresse est : rue Saint-Gilles 182, 4000 Liège. Merci de la mettre à jour pour l'envoi de l'attestation de formation (l'ancienne adresse, chaussée de Binche, n'est plus bonne).

Tant que j'y suis, pourriez-vous m'envoyer un relevé de ce que vous avez comme données à mon nom ? Je fais une demande du même genre à toutes les sociétés avec qui j'ai été en contact cette année, ce n'est pas du tout contre vous.

Et je me permets de vous dire que le module sur la prise de parole en public m'a bien servi : j'ai fait mon discours au mariage de ma fille sans trembler (ou presque).

Bien à vous,
Luc Vandenbroucke""")

R(key="fr-req-typos-arreter-sms", rights=["objection"], lang="fr", var="informal",
  frm="Severine Collin <sev.collin@sfr.fr>", date="2025-05-30 07:12",
  subject="sms",
  body="""bonjour

je recois des sms de pub de floraison de soi tout les lundis matins. je veux plus les recevoir merci de me retirer de la liste des sms.

pour info jai bien reçu le lien pour l'atelier de samedi c'est toujour à la salle des fetes de Reuilly ?

Severine""", shape="8bit")

R(key="fr-req-cancel-course-and-delete-account-data", rights=["erasure"], lang="fr",
  frm="Benoît Charpentier <benoit.charpentier@gmail.com>", date="2025-01-29 11:48",
  subject="Résiliation de l'abonnement + suppression du compte",
  body="""Bonjour,

Je souhaite résilier mon abonnement mensuel au "Club Floraison" à compter de février. Je n'ai plus le temps de suivre les lives en ce moment avec mon nouveau travail.

Je vous demande également de supprimer mon compte et toutes mes données associées (profil, historique, messages sur le forum, informations de paiement enregistrées). Je n'ai pas l'intention de revenir.

Merci de me confirmer la résiliation et la suppression.

Cordialement,
Benoît Charpentier""", shape="8bit")

# NEAR-LINE: a long life-news mail; the only ask is in the middle ("ne vous servez plus de mes
# réponses au questionnaire pour votre étude"), which withdraws questionnaire-use consent.
R(key="fr-req-life-news-questionnaire-study", rights=["withdraw_consent"], lang="fr",
  frm="Martine Delaunay <martine.delaunay@orange.fr>", date="2025-12-16 15:26",
  subject="Des nouvelles et une petite chose",
  body="""Bonjour Sandra,

Je voulais vous donner des nouvelles, comme promis. Le déménagement chez ma fille à Tours s'est bien passé, même si laisser la maison a été un déchirement. J'ai retrouvé une chorale, et je vais à la piscine deux fois par semaine avec une voisine qui a mon âge. Le petit-fils vient déjeuner le mercredi, c'est mon rayon de soleil.

J'ai repensé à ce que vous disiez sur les "saisons de la vie". Je crois que je suis en train d'accepter celle-ci.

Une petite chose pratique : l'an dernier j'avais accepté que vous utilisiez mes réponses au questionnaire sur le passage à la retraite pour l'étude que vous prépariez (pour votre conférence, je crois). Finalement je préfère que vous ne vous en serviez pas, j'y avais écrit des choses sur mon mari que je ne voudrais pas voir, même anonymes. Je vous remercie de ne pas les utiliser.

Je vous souhaite de très belles fêtes, et je penserai à vous en allumant ma bougie du solstice.

Martine""", shape="8bit")

R(key="fr-req-husband-new-mail-and-no-newsletter", rights=["objection", "rectification"], lang="fr",
  frm="Gilles Roux <gilles.roux36@gmail.com>", date="2026-01-08 18:33",
  subject="Meilleurs voeux et deux changements",
  body="""Bonjour Sandra,

Tous mes voeux pour 2026 ! Que cette année vous apporte autant de sérénité que vous en avez semé chez moi en 2025.

Deux changements de mon côté :
- j'ai quitté mon employeur, donc mon adresse gilles.roux@transports-bertin.fr ne fonctionnera plus d'ici la fin du mois. Merci de la remplacer par celle-ci (gilles.roux36@gmail.com) pour les rendez-vous et les factures ;
- et je ne souhaite plus recevoir la newsletter, ni sur l'ancienne ni sur la nouvelle adresse. Je préfère garder ma boîte perso pour l'essentiel.

Je vous rappelle pour caler une séance de reprise fin janvier, je voudrais travailler sur la création de mon entreprise.

Gilles""")

R(key="fr-req-apple-reply-after-session-delete-recordings", rights=["withdraw_consent"], lang="fr",
  frm="Elodie Marchand <elodie.marchand@icloud.com>", date="2025-11-27 21:19",
  subject="Re: Enregistrement de notre séance de visualisation",
  body="""Merci Sandra pour l'enregistrement, je l'ai écouté deux fois, ça m'a fait beaucoup de bien.

Par contre, en y repensant, je ne suis plus d'accord pour que vous conserviez les enregistrements de nos séances de visualisation de votre côté (j'avais dit oui en septembre). Je garde ma copie, mais merci de retirer les vôtres.

On se voit mardi,
Elodie

Envoyé de mon iPhone""",
  quote=dict(style="apple", date="2025-11-26 19:07", text="""Bonsoir Elodie,

Voici comme convenu l'enregistrement audio de la visualisation "Le jardin intérieur" que nous avons faite ce matin. Écoutez-le le soir, au calme, sans chercher à réussir quoi que ce soit.

Belle soirée,
Sandra"""), shape="8bit")

R(key="fr-req-company-manager-own-data-delete", rights=["erasure"], lang="fr",
  frm="Stéphane Guillot <s.guillot@menuiserie-guillot.fr>", date="2026-04-02 08:16",
  subject="Formation équipe + mes données",
  body="""Bonjour Madame Delomenie,

Suite à votre devis pour la formation "Cohésion d'équipe" (3 demi-journées), je vous confirme notre accord pour les dates des 12, 19 et 26 mai. Nous serons 9 participants. Je vous retourne le devis signé en pièce jointe.

Je me permets une question personnelle, sans rapport : j'avais suivi un coaching individuel avec vous il y a quatre ans, à titre privé. Je souhaiterais que les notes et les fiches de cet accompagnement soient supprimées, maintenant que vous allez travailler avec mes salariés. Je préfère que les deux choses restent complètement séparées. Gardez bien sûr les factures si vous y êtes obligée.

Cordialement,
Stéphane Guillot
Gérant - Menuiserie Guillot SARL
Saint-Aoustrille""",
  attach=[("Devis_2026-014_signe.pdf", "pdf", "DEVIS 2026-014\nFormation Cohesion d'equipe\nBon pour accord - S. Guillot")])

R(key="fr-req-son-of-deceased-father-recordings", rights=["post_mortem"], lang="fr",
  frm="Julien Bardet <julien.bardet@gmail.com>", date="2025-06-03 22:47",
  subject="Mon père Alain Bardet",
  body="""Bonjour Madame,

Je me permets de vous écrire car j'ai trouvé votre nom dans l'agenda de mon père, Alain Bardet, qui nous a quittés brutalement le mois dernier. J'ai découvert qu'il suivait un accompagnement avec vous depuis sa retraite, ce que nous ignorions.

Je n'ai pas de demande de rendez-vous évidemment, mais j'aurais deux questions : est-il possible de savoir quelles données vous avez le concernant ? Et si vous aviez fait des enregistrements de ses séances ou s'il vous avait confié des textes, nous aimerions, ma soeur et moi, que tout soit détruit. Je crois qu'il n'aurait pas voulu que ces choses traînent.

Je peux vous fournir tout justificatif (acte de décès, livret de famille).

Merci pour ce que vous avez fait pour lui, il avait l'air plus apaisé ces derniers mois.

Julien Bardet""", shape="qp")
