"""French requests, part 2: portability, objection, withdraw_consent, post_mortem (+ multi-right)."""
from recbase import *

RECORDS = [

# ------------------------------------------------------------------ portability
# NEAR-LINE: transfer to another provider in a reusable format, no wish to see the data -> portability only.
R("fr.fr.porta-vers-nouvelle-coach", ["portability"],
  "Agnès Delorme <agnes.delorme@gmail.com>",
  "Transfert de mon dossier",
  """Bonjour Sandra,

Comme je vous l'ai dit, je déménage à Bordeaux et je vais poursuivre mon accompagnement avec
une coach sur place, Mme Hélène Vasseur (h.vasseur@coach-bordeaux-exemple.fr). Pourriez-vous
lui transférer directement mes fiches de suivi et mes questionnaires, dans un format
qu'elle pourra réutiliser ?

Un immense merci pour ces deux années,
Agnès
"""),

R("fr.fr.porta-export-csv-cours", ["portability"],
  "Fabien Texier <fabien.texier@free.fr>",
  "Export de mes réponses du cours en ligne",
  """Bonjour,

Je voudrais récupérer mes réponses aux exercices du cours « Retrouver son élan » ainsi que
ma progression, dans un fichier CSV ou Excel que je puisse réimporter dans mon outil de
journaling (Notion). Est-ce faisable depuis Systeme.io ?

Merci,
Fabien
"""),

R("fr.be.porta-format-exploitable", ["portability"],
  "Caroline Dubois <caroline.dubois@uclouvain-exemple.be>",
  "Demande – données dans un format exploitable",
  """Bonjour Madame Delomenie,

Je vous remercie pour l'accompagnement de l'an passé. Dans le cadre de mon nouveau suivi
(avec une psychologue à Bruxelles), je souhaiterais recevoir les données que je vous ai
fournies – formulaires, échelles d'auto-évaluation, historique des séances – dans un
format structuré et lisible par machine (Excel ou CSV), afin de pouvoir les lui
transmettre.

Je vous remercie déjà pour votre aide.

Caroline Dubois
Assistante de recherche – Faculté de psychologie
Place Cardinal Mercier 10 – 1348 Louvain-la-Neuve

""" + DISC_BE + "\n",
  shape="alt", html_style="outlook"),

R("fr.ch.porta-art20", ["portability"],
  "Luc Perrin <luc.perrin@sunrise.ch>",
  "Portabilité des données (art. 20 RGPD / art. 28 nLPD)",
  """Madame,

Je vous prie de me remettre les données personnelles que je vous ai fournies dans un
format structuré, couramment utilisé et lisible par machine (CSV ou JSON), conformément à
l'art. 20 RGPD et à l'art. 28 nLPD.

Meilleures salutations
Luc Perrin
Av. de la Gare 12, 1950 Sion
"""),

R("fr.sms.porta-fichier-autre-appli", ["portability"],
  "Sarah K <sarahk.pro@gmail.com>",
  "fiches",
  """hello sandra
est ce que tu peux m envoyer mes fiches d objectifs en fichier que je peux ouvrir dans mon
autre appli (genre csv ou excel, pas pdf stp) jaimerais tout mettre au meme endroit
merciii
"""),

R("fr.qc.porta-transmettre-therapeute", ["portability"],
  "Marie-Ève Bouchard <marieeve.bouchard@hotmail.com>",
  "Transfert de mes renseignements",
  """Bonjour Sandra,

Je commence un suivi avec une thérapeute à Québec, Mme Lyne Côté. Serait-il possible de lui
transmettre directement mes informations (fiches, bilans, réponses aux exercices) dans un
format qu'elle pourra intégrer à son logiciel de dossiers ? Son courriel :
lyne.cote@clinique-exemple.qc.ca

Merci beaucoup, ça me sauve de tout recommencer à zéro !
Marie-Ève
"""),

# ------------------------------------------------------------------ objection
R("fr.fr.oppo-desinscrire-one-liner", ["objection"],
  "Jacques Henry <jacques.henry36@orange.fr>",
  "newsletter",
  "Désinscrivez-moi de la newsletter svp.\n"),

R("fr.fr.oppo-reponse-lettre-stop", ["objection"],
  "Brigitte Caron <brigitte.caron@wanadoo.fr>",
  "RE: 🌸 La lettre de Floraison de Soi – Janvier : semer ses intentions",
  """Bonjour, plus de mails s'il vous plaît, je suis noyée sous les newsletters. Bonne année quand même !
""" + outlook_fr("Floraison de Soi <contact@floraisondesoi.fr>", "mardi 6 janvier 2026 07:30",
                 "brigitte.caron@wanadoo.fr", "🌸 La lettre de Floraison de Soi – Janvier : semer ses intentions",
                 """Bonjour Brigitte,

Janvier, le mois des bonnes résolutions… et si on parlait plutôt d'intentions ?

Au programme ce mois-ci :
- l'exercice des trois graines
- les dates des ateliers du premier trimestre

Vous recevez cet e-mail car vous êtes inscrite à la lettre de Floraison de Soi.
Se désinscrire"""),
  date="2026-01-07", reply=True),

# NEAR-LINE: 'retirer mon numéro de vos envois' = stop marketing SMS -> objection only (not erasure).
R("fr.fr.oppo-sms-promo", ["objection"],
  "Didier Lebrun <didier.lebrun@gmail.com>",
  "SMS",
  """Bonjour,

Je reçois vos SMS de promotion pour les ateliers du samedi. Je ne souhaite plus en recevoir.
Merci de retirer mon numéro de vos envois.

D. Lebrun
"""),

R("fr.be.oppo-prospection-formel", ["objection"],
  "Philippe Jacobs <philippe.jacobs@avocats-jacobs-exemple.be>",
  "Opposition – prospection",
  """Madame,

Je m'oppose, en application de l'article 21.2 du RGPD, à l'utilisation de mes données à
des fins de prospection commerciale, quel que soit le canal.

Veuillez agréer, Madame, mes salutations distinguées.

Philippe Jacobs
Avenue Louise 143 – 1050 Bruxelles

""" + DISC_BE + "\n"),

# NEAR-LINE: unsubscribe request buried in a thank-you mail -> objection.
R("fr.ch.oppo-enfoui-trop-de-mails", ["objection"],
  "Isabelle Zbinden <isabelle.zbinden@bluewin.ch>",
  "Merci pour samedi !",
  """Chère Sandra,

Quel bonheur de vous avoir enfin rencontrée en vrai samedi, après tous ces mois de visio !
L'atelier était magnifique, et ce fameux gâteau aux noix que Monique avait apporté… j'en
rêve encore. J'ai raconté l'exercice du miroir à mon mari, il a ri, puis il a réfléchi, je
crois que c'est bon signe.

Une petite chose pratique pendant que j'y pense : pourriez-vous me retirer de la liste de
diffusion de la lettre mensuelle ? Je reçois beaucoup trop de courriels en ce moment et
j'essaie de faire le vide. Je continuerai à suivre vos dates sur le site.

Je me réjouis de la suite, et je vous souhaite une belle semaine.

Avec mes amitiés de Neuchâtel,
Isabelle
"""),

R("fr.fr.oppo-offres-commerciales-html", ["objection"],
  "Virginie Marchand <virginie.marchand@laposte.net>",
  "Vos offres",
  """Bonjour,

Merci de ne plus m'envoyer vos offres commerciales ni vos invitations aux webinaires.

Cordialement,
Virginie Marchand
""",
  shape="html", html_style="simple"),

# NEAR-LINE: objection to engagement tracking/automatic relaunch, not a newsletter -> objection (art. 21).
R("fr.fr.oppo-statistiques-cours", ["objection"],
  "Hugo Lefranc <hugo.lefranc@proton.me>",
  "Suivi de ma navigation dans le cours",
  """Bonjour,

J'ai remarqué dans les conditions de la plateforme que vous analysez le temps passé par
chaque participant sur les vidéos pour relancer ceux qui « décrochent ». Je m'oppose à ce
traitement me concernant : je veux continuer le cours, mais sans être suivi ni relancé
automatiquement.

Hugo Lefranc
"""),

R("fr.fr.oppo-objet-seul", ["objection"],
  "Gérard Poulain <gerard.poulain@orange.fr>",
  "Désinscription de la newsletter",
  ""),

# NEAR-LINE: a company asks to take its generic address off the mailing list -> objection (treated as a data-subject request).
R("fr.fr.oppo-reply-to-mailing", ["objection"],
  "Service Communication CCI <communication@cci-indre-exemple.fr>",
  "Retrait de notre adresse",
  """Bonjour,

Notre adresse générique communication@cci-indre-exemple.fr reçoit votre lettre d'information
mensuelle. Merci de la retirer de votre liste de diffusion.

Bien cordialement,
Nathalie Ribot
Chargée de communication – CCI de l'Indre
""",
  reply_to="Nathalie Ribot <n.ribot@cci-indre-exemple.fr>"),

# ------------------------------------------------------------------ withdraw_consent
R("fr.fr.retrait-temoignage-site", ["withdraw_consent"],
  "Laetitia Moreau <laetitia.moreau@gmail.com>",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

J'avais accepté avec plaisir que mon témoignage figure sur votre page « Ils m'ont fait
confiance ». Aujourd'hui, ma situation professionnelle a changé et je préférerais qu'il n'y
soit plus. Pourriez-vous le retirer ?

Merci de votre compréhension,
Laetitia
"""),

R("fr.fr.retrait-photo-atelier-insta", ["withdraw_consent"],
  "Céline Guérin <celine.guerin@yahoo.fr>",
  "photo Instagram",
  """Bonjour,

Je me suis reconnue sur la photo de groupe de l'atelier du 14 juin publiée sur Instagram
et Facebook. J'avais signé l'autorisation sur place, mais je retire mon accord : merci
d'enlever la photo ou de me flouter.

Céline Guérin
"""),

R("fr.fr.retrait-enregistrement-formation", ["withdraw_consent"],
  "Thomas Vidal <thomas.vidal@entreprise-vidal-exemple.fr>",
  "Enregistrement de la session du 3 mars",
  """Bonjour Madame Delomenie,

Lors de la session de formation du 3 mars, nous avions accepté que la séance soit
enregistrée pour les absents et pour votre module en ligne. Après réflexion, je ne
souhaite plus que les passages où j'interviens (jeu de rôle sur l'entretien annuel) soient
utilisés ou diffusés. Je reviens sur mon accord.

Bien cordialement,
Thomas Vidal
Gérant – Vidal Menuiserie
"""),

# NEAR-LINE: withdraws earlier consent to questionnaire use -> withdraw_consent only.
R("fr.fr.retrait-questionnaire-livre", ["withdraw_consent"],
  "Josiane Marty <josiane.marty@orange.fr>",
  "questionnaire pour votre livre",
  """Bonjour Sandra,

Vous m'aviez demandé l'an dernier si mes réponses au questionnaire sur l'estime de soi
pouvaient être utilisées (anonymement) pour le livre que vous préparez. J'avais dit oui,
mais finalement je préfère que vous ne les utilisiez pas. Ce n'est rien contre vous,
j'espère que vous comprendrez.

Josiane
"""),

R("fr.be.retrait-photo-brochure", ["withdraw_consent"],
  "Sébastien Peeters <seb.peeters@gmail.com>",
  "Photo dans la brochure",
  """Bonjour Sandra,

Un collègue m'a montré la brochure des formations 2026 : il y a ma photo avec mon prénom,
prise à la formation de Mons. J'avais marqué mon accord à l'époque mais je ne suis plus
d'accord qu'elle soit utilisée, vu mon nouveau poste. Pourriez-vous la retirer des
prochaines impressions et du site ?

Merci d'avance, bonne journée,
Seb
"""),

R("fr.ch.retrait-temoignage-nom-complet", ["withdraw_consent"],
  "Béatrice Rey <beatrice.rey@hispeed.ch>",
  "Témoignage",
  """Bonjour Madame,

Je retire mon consentement à la publication de mon témoignage (avec nom complet et ville)
sur votre site et votre page Google. Je vous remercie de le supprimer dans les meilleurs
délais.

Meilleures salutations
Béatrice Rey
"""),

R("fr.fr.retrait-photo-ado-parent", ["withdraw_consent"],
  "Delphine Royer <delphine.royer@gmail.com>",
  "Photo de mon fils",
  """Bonjour,

Mon fils Mathis (13 ans) apparaît sur une photo de l'atelier ados publiée sur votre page
Facebook. J'avais signé l'autorisation de droit à l'image, mais après discussion avec lui,
nous la retirons. Merci de supprimer cette photo.

Delphine Royer
"""),

R("fr.fr.retrait-enfoui-temoignage", ["withdraw_consent"],
  "Nadège Simon <nadege.simon@sfr.fr>",
  "Des nouvelles",
  """Coucou Sandra !

Ça fait longtemps ! Je t'écris du train, on rentre de Bretagne, les enfants dorment enfin.
On a eu un temps pourri mais c'était génial quand même. J'ai pensé à toi en marchant sur le
sentier des douaniers, tu sais, l'exercice de « la marche consciente », je l'ai fait (un
peu) !

Côté boulot, ça bouge : je prends la direction de l'agence à la rentrée, ce qui me fait à
la fois très plaisir et très peur. D'ailleurs, petite chose : le témoignage que je t'avais
écrit pour ton site en 2022 (où je raconte mon burn-out), j'aimerais que tu l'enlèves. Avec
mon nouveau poste, je n'ai pas trop envie que mes équipes tombent dessus. Ça ne change rien
au fait que je te recommande les yeux fermés !

On se fait un appel en septembre pour préparer la rentrée ?

Bises,
Nadège
"""),

# ------------------------------------------------------------------ post_mortem
R("fr.fr.deces-notaire-acte", ["post_mortem"],
  "Office notarial Bertin <office.bertin@notaires-exemple.fr>",
  "Succession de Madame Jeanne ROBIN – Réf. 2025/0412",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Jeanne ROBIN, décédée le 2 avril
2025 à Châteauroux.

Les héritiers nous ont indiqué que la défunte était inscrite à vos formations en ligne et
bénéficiait d'un abonnement. Nous vous remercions de bien vouloir procéder à la clôture de
son compte, à la résiliation de tout prélèvement et à la suppression des données la
concernant, et de nous en adresser confirmation.

Vous trouverez ci-joint une copie de l'acte de décès.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Bertin,
Sandrine Loiseau, clerc de notaire
Office notarial Bertin – 18 avenue de la Gare – 36000 Châteauroux
""",
  att=[("pdf", "Acte_de_deces_ROBIN.pdf", "EXTRAIT D'ACTE DE DECES\nJeanne Marie ROBIN, décédée le 2 avril 2025 à Châteauroux (Indre)\nDélivré à l'office notarial Bertin")]),

# NEAR-LINE: heir asking to unsubscribe the deceased -> post_mortem only (not objection).
R("fr.fr.deces-fille-newsletter", ["post_mortem"],
  "Élise Dumont <elise.dumont@gmail.com>",
  "Maman",
  """Bonjour,

Ma mère, Françoise Dumont, est décédée en novembre. Elle aimait beaucoup vos ateliers.
Elle reçoit toujours votre lettre d'information sur son adresse, que je consulte pour
fermer ses comptes. Pourriez-vous l'en désinscrire ?

Merci,
Élise Dumont
"""),

# NEAR-LINE: heir asking for a copy after the death -> post_mortem only (not access).
R("fr.fr.deces-fils-copie-notes", ["post_mortem"],
  "Guillaume Faure <guillaume.faure@outlook.fr>",
  "Notes de séances de ma mère",
  """Bonjour Madame Delomenie,

Ma mère, Danielle Faure, a été suivie par vous pendant plusieurs mois avant son décès en
juin dernier. Nous sommes en train de ranger ses affaires et nous aimerions, avec ma sœur,
récupérer une copie de ce qu'elle avait écrit lors des séances (ses carnets, les exercices),
si cela est possible. Cela compterait beaucoup pour nous.

Je peux vous fournir l'acte de décès et un justificatif de filiation.

Avec mes remerciements,
Guillaume Faure
"""),

R("fr.be.deces-veuve-effacer", ["post_mortem"],
  "Monique Lejeune <monique.lejeune@skynet.be>",
  "Décès de mon mari",
  """Madame,

J'ai la tristesse de vous informer du décès de mon époux, André Lejeune, survenu le 11 mars.
Il avait suivi votre formation en ligne. Je souhaiterais que toutes ses données soient
effacées et que plus aucun courrier ne lui soit adressé.

Ci-joint l'acte de décès délivré par la commune de Waterloo.

Veuillez agréer, Madame, mes salutations distinguées.
Monique Lejeune
""",
  att=[("jpg", "acte deces andre.jpg")]),

# NEAR-LINE: executor asks what is held + end of payments -> post_mortem only.
R("fr.ch.deces-executeur-testamentaire", ["post_mortem"],
  "Me Pierre-Alain Jaquet <pa.jaquet@etude-jaquet-exemple.ch>",
  "Succession de feu M. Bernard Gindrat",
  """Madame,

En ma qualité d'exécuteur testamentaire de feu Monsieur Bernard GINDRAT, décédé le 19 janvier
2026 à Yverdon-les-Bains, je vous prie de m'indiquer quelles données et quels contrats vous
détenez au nom du défunt (abonnement, paiements récurrents via votre prestataire de
paiement), et de mettre fin à tout prélèvement.

Je vous remercie de votre diligence et vous prie d'agréer, Madame, mes salutations
distinguées.

Pierre-Alain Jaquet
Notaire
Rue du Lac 5 – 1400 Yverdon-les-Bains

""" + DISC_CH + "\n",
  att=[("pdf", "certificat_execution_testamentaire.pdf", "CERTIFICAT D'EXECUTEUR TESTAMENTAIRE\nSuccession de M. Bernard Gindrat, décédé le 19.01.2026\nExécuteur : Me Pierre-Alain Jaquet")]),

# NEAR-LINE: instructions for her own data after her death -> post_mortem (not erasure).
R("fr.fr.deces-instructions-maladie", ["post_mortem"],
  "Annick Pelletier <annick.pelletier@gmail.com>",
  "Une demande un peu particulière",
  """Chère Sandra,

Tu sais que ma santé n'est pas au beau fixe depuis l'an dernier. Je mets de l'ordre dans
mes affaires, sans drame, c'est plutôt apaisant.

Je voulais te dire que, si je venais à partir, je souhaite que toutes mes fiches et nos
échanges soient détruits, sauf le petit texte « lettre à moi-même » que j'aimerais que tu
remettes à ma fille Claire (claire.pelletier@gmail.com). Je te fais confiance pour ça.

Je t'embrasse fort, et à jeudi si je suis en forme,
Annick
"""),

R("fr.sms.deces-fille-arreter-mails", ["post_mortem"],
  "Jenny <jenny.morin83@gmail.com>",
  "mails a ma mere",
  """bonjour je suis la fille de Mme Evelyne Morin qui est decedee le mois dernier, elle recoit
encore vos mails et ca me fait mal de les voir arriver, pouvez vous arreter svp. merci
""" + "\n" + IPHONE_FR + "\n"),

R("fr.qc.deces-soeur-acces-espace", ["post_mortem"],
  "Chantal Lavoie <chantal.lavoie@videotron.ca>",
  "Ma sœur Sylvie Lavoie",
  """Bonjour Madame,

Ma sœur Sylvie Lavoie est décédée le mois passé. Elle suivait votre cours en ligne et y
tenait un journal de bord. Serait-il possible d'avoir accès à son espace, ou de recevoir
une copie de ses écrits ? Je suis liquidatrice de la succession et je peux vous fournir
les documents nécessaires.

Merci de votre compréhension,
Chantal Lavoie
Laval (Québec)
"""),

R("fr.fr.deces-directives-anticipees", ["post_mortem"],
  "Michel Giraud <michel.giraud@laposte.net>",
  "Directives concernant mes données après mon décès",
  """Madame,

En application de l'article 85 de la loi Informatique et Libertés, je vous fais part de mes
directives particulières relatives au sort de mes données personnelles après mon décès :
- je désigne mon fils, Vincent Giraud (vincent.giraud@gmail.com), pour les mettre en œuvre ;
- je souhaite que mes données soient effacées dans un délai de trois mois après mon décès,
  à l'exception des factures que vous êtes tenue de conserver.

Je vous remercie d'en prendre bonne note.

Michel Giraud
""",
  att=[("docx", "Directives_donnees_post_mortem.docx", "Directives particulières – article 85 loi n°78-17\nMichel Giraud\nPersonne désignée : Vincent Giraud\nFait à Issoudun")]),

# NEAR-LINE: heir asks for deletion and end of payments above a forwarded receipt -> post_mortem only.
R("fr.fr.deces-transfert-systemeio", ["post_mortem"],
  "Arnaud Boyer <arnaud.boyer@gmail.com>",
  "Fwd: Votre accès au programme « Retrouver son élan »",
  """Bonjour,

Mon père est décédé il y a trois semaines. Je gère ses mails et je tombe sur ceci. Merci de
tout supprimer le concernant et d'arrêter les prélèvements.

Arnaud Boyer
""" + fwd_fr("Floraison de Soi <contact@floraisondesoi.fr>", "jeu. 4 sept. 2025 à 09:15",
             "Votre accès au programme « Retrouver son élan »", "Jean-Pierre Boyer <jp.boyer36@orange.fr>",
             """Bonjour Jean-Pierre,

Votre mensualité de 39 € a bien été prélevée. Votre accès au programme reste actif.

Retrouvez vos modules ici : https://floraisondesoi.systeme.io/espace

Sandra"""),
  date="2025-09-20"),

# ------------------------------------------------------------------ multi-right
R("fr.fr.multi-temoignage-et-tout-effacer", ["erasure", "withdraw_consent"],
  "Sandrine Blanc <sandrine.blanc@gmail.com>",
  "Témoignage + données",
  """Bonjour Sandra,

Je souhaite retirer mon témoignage de votre site et, plus largement, que vous supprimiez
toutes les données que vous avez sur moi.

Merci,
Sandrine Blanc
"""),

R("fr.be.multi-photos-et-effacer", ["erasure", "withdraw_consent"],
  "Kathleen Claes <kathleen.claes@telenet.be>",
  "Photos + mon dossier",
  """Bonjour Sandra,

Je n'ai plus envie d'apparaître sur les photos des ateliers de Mons que tu as mises sur ton
site et sur Facebook : je retire mon autorisation. Et pendant qu'on y est, je préfère que tu
effaces tout mon dossier, je ne reviendrai pas.

Bonne continuation quand même,
Kathleen
"""),

R("fr.fr.multi-video-et-compte", ["erasure", "withdraw_consent"],
  "Mélanie Jourdan <melanie.jourdan@orange.fr>",
  "Vidéo + suppression de compte",
  """Bonjour,

Je ne souhaite plus que la vidéo de mon témoignage tournée en 2024 soit utilisée, ni sur
votre chaîne ni dans vos publicités. Je vous demande aussi de supprimer mon compte et
toutes les données associées.

Mélanie Jourdan
""",
  shape="alt", html_style="gmail"),

# NEAR-LINE: asks to know/see what is held AND a reusable CSV -> access + portability.
R("fr.fr.multi-copie-et-export", ["access", "portability"],
  "Renaud Aubert <renaud.aubert@gmail.com>",
  "Demande RGPD",
  """Bonjour,

Je souhaiterais savoir quelles données vous conservez sur moi et en obtenir une copie. Par
ailleurs, pour les réponses aux exercices du cours en ligne, pourriez-vous me les fournir
dans un format réutilisable (CSV) afin que je puisse les importer dans un autre outil ?

Merci,
Renaud Aubert
"""),

R("fr.ch.multi-art15-art20", ["access", "portability"],
  "Valentine Schaller <valentine.schaller@epfl-exemple.ch>",
  "Droit d'accès et portabilité",
  """Madame,

Je vous serais reconnaissante de bien vouloir :
1. me confirmer si vous traitez des données me concernant et, le cas échéant, m'en remettre
   une copie avec les informations prévues à l'art. 15 RGPD ;
2. me transmettre les données que je vous ai fournies dans un format structuré, lisible par
   machine (art. 20 RGPD).

Avec mes remerciements anticipés et mes meilleures salutations,

Valentine Schaller
Collaboratrice scientifique

""" + DISC_CH + "\n",
  shape="alt", html_style="outlook"),

R("fr.fr.multi-transfert-puis-suppression", ["erasure", "portability"],
  "Claire Mathieu <claire.mathieu@laposte.net>",
  "Changement de coach",
  """Bonjour Sandra,

Je vais poursuivre avec une coach plus proche de chez moi. Pouvez-vous lui envoyer mon
dossier dans un format qu'elle pourra reprendre (Mme Berthier, c.berthier@coaching-exemple.fr),
puis supprimer tout ce que vous avez de votre côté ?

Merci pour tout,
Claire
"""),

R("fr.fr.multi-quelles-donnees-et-stop-lettre", ["access", "objection"],
  "Francis Petitjean <francis.petitjean@free.fr>",
  "Vos mails",
  """Bonjour,

Je ne souhaite plus recevoir votre lettre. Et j'aimerais savoir quelles données vous avez
sur moi : je ne me souviens pas d'avoir jamais eu affaire à vous.

F. Petitjean
"""),

# NEAR-LINE: photo consent withdrawn + unsubscribe -> withdraw_consent + objection (no erasure asked).
R("fr.fr.multi-photo-et-newsletter", ["objection", "withdraw_consent"],
  "Aline Perrot <aline.perrot@gmail.com>",
  "photo + newsletter",
  """Bonjour Sandra,

Deux choses : je retire mon accord pour la photo de moi à l'atelier « Écriture de soi »
publiée sur le site (je ne me trouve pas à mon avantage, on va dire ça comme ça 😅), et je
voudrais aussi ne plus recevoir la newsletter.

Merci et à bientôt peut-être,
Aline
"""),

R("fr.fr.multi-conteste-gele-et-copie", ["access", "restriction"],
  "Serge Leclerc <serge.leclerc@orange.fr>",
  "Contestation",
  """Madame,

Je conteste l'exactitude des informations me concernant que vous avez transmises à
l'organisme financeur (dates de présence, nombre d'heures). Je vous demande de suspendre
toute utilisation de ces données le temps de la vérification, et de m'adresser la copie de
tout ce que vous détenez à mon sujet.

Serge Leclerc
"""),

# NEAR-LINE: new address given (rectification) + stop promotional mail (objection).
R("fr.fr.multi-nouvel-email-et-pas-de-pub", ["objection", "rectification"],
  "Émilie Collet <emilie.collet@proton.me>",
  "Mise à jour",
  """Bonjour,

Mon adresse a changé : merci de remplacer emilie.collet@neuf.fr par emilie.collet@proton.me
pour les convocations. Et je ne veux plus recevoir les e-mails promotionnels, seulement les
infos liées à mes séances.

Émilie
"""),

R("fr.fr.multi-acces-efface-desabo-long", ["access", "erasure", "objection"],
  "Paul-Henri Masson <ph.masson@gmail.com>",
  "Données personnelles – plusieurs demandes",
  """Madame,

Suite à la réception inopinée de votre lettre d'information, je vous demande :
1. de me désinscrire immédiatement de toute liste de diffusion ;
2. de m'indiquer quelles données vous détenez sur moi et d'où vous les tenez ;
3. puis de les effacer intégralement.

Salutations,
Paul-Henri Masson
"""),
]
