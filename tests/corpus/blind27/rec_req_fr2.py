"""French requests, part 2: portability, objection, withdraw_consent, post_mortem, multi-right."""
from common import (M, SANDRA, CONTACT, SIG_SANDRA, q_gmail_fr, q_outlook_fr,
                    q_apple_fr, fwd_gmail_fr)

NEWSLETTER_NOV = """\
Bonjour à toutes et à tous,

Novembre, c'est le mois où l'on rentre à l'intérieur. Je vous propose cette année trois rendez-vous :
- le cercle des femmes, mardi 12 à 19h (Issoudun) ;
- le webinaire « Dire non sans culpabiliser », jeudi 21 à 20h ;
- la journée « Retrouver son élan », samedi 30.

Et toujours le parcours en ligne « 30 jours pour soi » à -20 % jusqu'au 15.

Prenez soin de vous,
Sandra - Floraison de Soi

Pour ne plus recevoir cette lettre : https://floraisondesoi.systeme.io/unsubscribe"""

RECORDS = [

# ------------------------------------------------------------------ portability
M("fr-port-nouvelle-coach", "fr", ["portability"],
  ("Émilie Rousseau", "emilie.rousseau@gmail.com"), "2025-03-27 10:40",
  "Suite de mon accompagnement",
  """\
Bonjour Sandra,

Comme je vous l'avais dit au téléphone, je déménage à Nantes le mois prochain et je vais continuer mon accompagnement avec Aurélie Ferrand, une coach de là-bas qui connaît votre approche.

Pourriez-vous envoyer tout mon dossier directement à ma nouvelle coach ? Les résultats des tests, le bilan, mes fiches d'objectifs. Son adresse : aurelie.ferrand.coaching@gmail.com. Je la mets en copie.

Merci infiniment pour ces mois ensemble.
Émilie
""", cc=("Aurélie Ferrand", "aurelie.ferrand.coaching@gmail.com")),

M("fr-port-resultats-excel", "fr", ["portability"],
  ("Damien Charpentier", "damien.charpentier@free.fr"), "2025-06-10 13:13",
  "résultats des tests",
  """\
Bonjour,

Est-ce que je peux récupérer mes résultats de tests (le profil de motivation et le questionnaire de valeurs) dans un fichier Excel, ou un truc que je peux rouvrir et retravailler de mon côté ? Le PDF que j'ai reçu est joli mais je ne peux rien en faire.

Merci,
Damien
"""),

M("fr-port-export-csv-plateforme", "fr", ["portability"],
  ("Laetitia Brunet", "laetitia.brunet@outlook.fr"), "2025-10-01 19:22",
  "Parcours en ligne - changement de plateforme",
  """\
Bonjour Sandra,

Je suis inscrite au parcours « 30 jours pour soi » et j'ai presque fini. Mon employeur me propose de continuer sur leur propre plateforme de développement personnel.

Est-ce que vous pourriez m'envoyer un export de ma progression (modules faits, réponses aux quiz, mon journal de bord) en .csv ou dans un format qu'ils pourront importer ? Ils m'ont dit que ça marche avec n'importe quel tableur.

Merci !
Laetitia
"""),

M("fr-port-belge-therapeute", "fr", ["portability"],
  ("Jérôme Delvaux", "jerome.delvaux@live.be"), "2026-03-03 16:08",
  "Transfert de mon dossier",
  """\
Bonjour Madame,

Je commence un suivi avec un thérapeute à Mons, Monsieur Luc Hennebert. Pour ne pas tout recommencer depuis zéro, pourriez-vous lui faire parvenir mes fiches de suivi et les questionnaires que j'ai remplis chez vous ?

Son adresse : cabinet.hennebert@skynet.be

Je vous en remercie, s'il vous plaît, et vous souhaite une bonne continuation.

Jérôme Delvaux
"""),

M("fr-port-quebec-app-journal", "fr", ["portability"],
  ("Catherine Bouchard", "cath.bouchard@gmail.com"), "2025-12-15 21:30",
  "mes données du parcours",
  """\
Salut Sandra,

J'utilise une app de journal (Day One) pour tout garder au même endroit. Est-ce que tu pourrais m'envoyer mes entrées du parcours en ligne pis mes réponses aux exercices dans un format que je peux importer dedans? Du JSON ou du CSV, c'est parfait.

Merci beaucoup, passe de belles Fêtes!
Catherine
"""),

M("fr-port-fichier-modifiable", "fr", ["portability"],
  ("Manon", "manon.giraud.36@gmail.com"), "2025-08-19 09:54",
  "mes fiches",
  """\
hello sandra

tu peux me filer mes fiches en fichier modifiable (word ou excel) et pas en pdf ? je veux les remettre dans mon propre classeur et continuer à les remplir toute seule

merci !!
manon
"""),

# ------------------------------------------------------------------ objection
M("fr-obj-arretez-de-mecrire", "fr", ["objection"],
  ("Dominique Bertin", "dominique.bertin@orange.fr"), "2025-02-04 08:12",
  "Re: Il est encore temps de vous inscrire !",
  """\
Arrêtez de m'écrire svp. J'ai fait UN atelier il y a deux ans, ça suffit.

D. Bertin
""", irt="nl-2025-02-relance", irt_addr="contact@floraisondesoi.fr"),

M("fr-obj-au-dessus-newsletter", "fr", ["objection"],
  ("Patricia Lenoir", "patricia.lenoir@gmail.com"), "2025-11-05 12:31",
  "Re: 🍂 Novembre chez Floraison de Soi",
  """\
Je ne veux plus recevoir ça, merci.

""" + q_gmail_fr("2025-11-05 07:00", "Floraison de Soi", "contact@floraisondesoi.fr",
                 NEWSLETTER_NOV), irt="nl-2025-11", irt_addr="contact@floraisondesoi.fr"),

M("fr-obj-plus-de-sms", "fr", ["objection"],
  ("Gilles Martineau", "gilles.martineau@sfr.fr"), "2025-05-26 18:18",
  "SMS",
  """\
Bonjour,

Plus de SMS pour vos promos merci. Je reçois déjà assez de pub comme ça sur mon portable.

Pour les rappels de rendez-vous pas de problème, ça c'est utile.

Gilles
"""),

M("fr-obj-belge-liste-envoi", "fr", ["objection"],
  ("Marc Wauters", "marc.wauters@telenet.be"), "2025-07-22 11:11",
  "Liste",
  """\
Bonjour,

Veuillez me retirer de votre liste d'envoi, s'il vous plaît. Je ne suis plus intéressé.

Merci une fois.
Marc Wauters
"""),

M("fr-obj-quebec-infolettre", "fr", ["objection"],
  ("Sylvie Côté", "sylvie.cote@sympatico.ca"), "2025-09-09 15:47",
  "désabonnement",
  """\
Bonjour,

Pouvez-vous me désabonner de votre infolettre? Le lien en bas du courriel ne fonctionne pas de mon bord, ça m'amène sur une page blanche.

Merci et bonne journée,
Sylvie Côté
"""),

M("fr-obj-stop-les-mails", "fr", ["objection"],
  ("steeve", "steeve.m@laposte.net"), "2026-01-06 22:59",
  "STOP",
  """\
stop les mails
""", cte="7bit"),

M("fr-obj-plus-relancee-formations", "fr", ["objection"],
  ("Florence Mallet", "florence.mallet@wanadoo.fr"), "2025-04-09 09:36",
  "Relances",
  """\
Bonjour Sandra,

Je suis très contente de notre accompagnement, qu'on poursuit jusqu'en juin. En revanche je ne souhaite plus être relancée pour vos nouvelles formations, ateliers, promotions, etc. Je reçois parfois trois mails par semaine, c'est trop pour moi.

Pour les factures et l'organisation de nos séances, pas de souci bien sûr, continuez à m'écrire.

Belle journée,
Florence
"""),

# NEAR-LINE: not a mailing list but the satisfaction-survey processing (legitimate
# interest for clients); "ne me mettez plus dans vos envois" -> objection.
M("fr-obj-enquetes-satisfaction", "fr", ["objection"],
  ("Alain Jacquet", "alain.jacquet@orange.fr"), "2025-12-18 10:05",
  "Questionnaire de satisfaction (3e relance)",
  """\
Madame,

C'est la troisième fois que je reçois votre questionnaire de satisfaction sur la formation d'octobre. Je ne souhaite pas y répondre, et je ne veux plus être sollicité pour ce genre d'enquête à l'avenir. Ne me mettez plus dans vos envois de questionnaires.

Cordialement,
A. Jacquet
"""),

M("fr-obj-suisse-courriels-pub", "fr", ["objection"],
  ("Sébastien Mercier", "s.mercier@gmx.ch"), "2026-04-21 08:40",
  "Courriels",
  """\
Madame,

Je vous prie de ne plus m'adresser de courriels publicitaires. Je vous remercie de prendre note de ma demande.

Meilleures salutations,
S. Mercier
""", cte="quoted-printable"),

# NEAR-LINE: cancelling the monthly circle subscription is a negative on its own;
# "je ne veux plus la newsletter" is an unsubscribe -> objection only.
M("fr-obj-arret-cercle-et-newsletter", "fr", ["objection"],
  ("Josiane Perrin", "josiane.perrin@free.fr"), "2025-06-30 17:26",
  "Arrêt abonnement",
  """\
Bonjour Sandra,

J'arrête l'abonnement au cercle mensuel à partir de juillet, le mardi soir ne me convient plus avec mon nouveau travail. Merci de ne plus prélever.

Et au passage, je ne veux plus la newsletter non plus, j'ai besoin d'alléger ma boîte mail.

Merci pour ces beaux moments,
Josiane
"""),

# ------------------------------------------------------------------ withdraw_consent
M("fr-wc-temoignage-site", "fr", ["withdraw_consent"],
  ("Séverine A.", "severine.arnould@gmail.com"), "2025-01-29 14:02",
  "Mon témoignage",
  """\
Bonjour Sandra,

Je suis tombée par hasard sur mon témoignage sur votre site, sur la page « Ils m'ont fait confiance ». J'avais dit oui à l'époque, mais aujourd'hui je ne veux plus que mon témoignage soit sur votre site. Mon nouvel employeur pourrait tomber dessus.

Pouvez-vous l'enlever ? Merci de votre compréhension.

Séverine
"""),

M("fr-wc-photo-groupe-facebook", "fr", ["withdraw_consent"],
  ("Nathalie Guérin", "nath.guerin@hotmail.fr"), "2025-07-15 20:20",
  "photo",
  """\
Bonsoir,

Vous avez publié sur la page Facebook de Floraison de Soi la photo de groupe du stage de juin, celle devant le lavoir. On me reconnaît très bien au premier rang.

Je préfère ne plus y figurer, pouvez-vous enlever la photo ou au moins me flouter ? Je sais que j'avais coché la case, mais j'ai changé d'avis.

Nathalie
"""),

M("fr-wc-video-atelier", "fr", ["withdraw_consent"],
  ("Franck Lemaire", "franck.lemaire@gmail.com"), "2025-10-10 08:08",
  "La vidéo",
  """\
Salut Sandra,

La vidéo de l'atelier où je raconte mon burn-out, celle qui tourne sur YouTube et sur ta page de vente : retire-la s'il te plaît. J'ai changé de boulot et je ne veux pas que mes nouveaux collègues tombent dessus.

Aucun souci avec toi hein, c'était super à l'époque.

Franck
"""),

M("fr-wc-questionnaire-livre", "fr", ["withdraw_consent"],
  ("Monique Duval", "monique.duval@orange.fr"), "2026-02-09 16:34",
  "Mes réponses au questionnaire",
  """\
Bonjour Madame Delomenie,

Vous m'aviez demandé l'an passé si vous pouviez utiliser mes réponses au questionnaire (de façon anonyme) pour le livre que vous préparez sur les transitions de vie. J'avais accepté.

Après réflexion, je ne suis plus d'accord pour que vous vous en serviez. Je préfère que mon histoire reste entre nous.

Je vous remercie de votre compréhension.
Monique Duval
"""),

M("fr-wc-infos-sante-desormais", "fr", ["withdraw_consent"],
  ("Julie Fontaine", "julie.fontaine@icloud.com"), "2025-05-06 11:47",
  "Santé",
  """\
Bonjour Sandra,

Au début du parcours j'avais signé le papier pour que vous puissiez noter des choses sur ma santé (mes migraines, le traitement). Finalement je préfère que vous ne notiez plus rien là-dessus à partir de maintenant, je n'ai plus envie de mélanger ça avec le coaching.

On continue le reste comme prévu !
Julie

Envoyé de mon iPhone
"""),

M("fr-wc-quebec-enregistrement", "fr", ["withdraw_consent"],
  ("Maxime Pelletier", "maxime.pelletier@hotmail.ca"), "2025-08-26 13:58",
  "enregistrements audio",
  """\
Bonjour Sandra,

J'avais dit oui pour que tu enregistres nos séances en audio (pour que je puisse les réécouter). Finalement je préfère pas, je suis pas à l'aise de savoir que ça existe. On arrête les enregistrements à partir de la prochaine?

Merci, à jeudi!
Max
"""),

M("fr-wc-belge-avis-prenom", "fr", ["withdraw_consent"],
  ("Caroline Peeters", "caroline.peeters@proximus.be"), "2025-11-12 09:25",
  "mon avis sur la formation",
  """\
Bonjour Sandra,

Mon avis (avec mon prénom et ma photo) apparaît sur la page de la formation « Animer un groupe de parole ». Je préfère qu'il n'y soit plus, je suis moi-même en train de lancer mon activité et je ne veux pas de mélange.

Merci de faire le nécessaire, s'il vous plaît.
Caroline
"""),

# ------------------------------------------------------------------ post_mortem
M("fr-pm-maman-partie", "fr", ["post_mortem"],
  ("Aurélie Besnard", "aurelie.besnard@gmail.com"), "2025-02-20 22:41",
  "Maman - Jacqueline Besnard",
  """\
Bonjour Madame Delomenie,

Je suis la fille de Jacqueline Besnard. Maman est partie le 3 février, après une courte maladie. Elle vous voyait depuis un an et elle parlait souvent de vos séances, ça lui faisait beaucoup de bien.

Je ne sais pas trop ce qu'il faut faire avec ses affaires chez vous : son dossier, ses cahiers, les mails. Nous aimerions, mon frère et moi, récupérer ce qu'elle a écrit elle-même s'il y en a, et que le reste ne traîne pas.

Je vous joins l'acte de décès. Merci pour elle.

Aurélie Besnard
""", attach=[("acte_deces_J_Besnard.pdf", "EXTRAIT D'ACTE DE DECES\nBesnard Jacqueline, nee Morin\nDecedee le 3 fevrier 2025 a Chateauroux (Indre)")]),

M("fr-pm-notaire-succession", "fr", ["post_mortem"],
  ("Étude Maître Rabier", "office.rabier@notaires.fr"), "2025-06-05 10:00",
  "Succession de Monsieur Henri Vernet - réf. 2025/0612",
  """\
Madame,

Nous sommes chargés du règlement de la succession de Monsieur Henri VERNET, décédé le 11 avril 2025 à Issoudun.

Il ressort des relevés bancaires du défunt qu'il était client de votre entreprise. Nous vous remercions de bien vouloir nous indiquer les informations que vous détenez à son nom, l'existence éventuelle de sommes dues ou à rembourser, ainsi que les abonnements en cours, afin que nous puissions y mettre fin.

Nous vous prions de croire, Madame, à l'assurance de nos sentiments distingués.

Pour Maître Philippe RABIER, notaire
Sophie Lagarde, clerc
Office notarial Rabier - 3 rue de la Gare - 36100 Issoudun
""", attach=[("courrier_succession_Vernet.pdf", "Office notarial Rabier\nSuccession VERNET Henri\nDecede le 11/04/2025\nRef. 2025/0612")]),

# NEAR-LINE: the widower asks to stop newsletters (looks like objection) but he
# writes after his wife's death -> post_mortem only, whatever is asked.
M("fr-pm-mari-newsletter", "fr", ["post_mortem"],
  ("Jean-Claude Perraud", "jc.perraud@orange.fr"), "2025-09-30 09:14",
  "Re: 🌸 La lettre de Floraison de Soi - septembre",
  """\
Madame,

Mon épouse Danièle est décédée au mois de juillet. Elle était inscrite à votre lettre et je continue de la recevoir dans sa boîte, que je consulte maintenant.

Pouvez-vous arrêter, et faire ce qu'il faut avec ce que vous aviez à son nom ?

Jean-Claude Perraud
""", irt="nl-2025-09", irt_addr="contact@floraisondesoi.fr"),

M("fr-pm-directive-carnets", "fr", ["post_mortem"],
  ("Odile Marchand", "odile.marchand@laposte.net"), "2025-04-24 15:50",
  "Une demande un peu particulière",
  """\
Chère Sandra,

Ma demande va vous paraître étrange, mais depuis mon opération j'ai décidé de mettre mes affaires en ordre.

Si un jour il m'arrive quelque chose, je voudrais que tous mes carnets de séance et vos notes soient détruits, et que rien ne soit communiqué à ma famille, même s'ils le demandent. Surtout pas à mon fils.

Je vous remercie de garder ce message avec mon dossier.

Avec toute mon affection,
Odile
"""),

# NEAR-LINE: looks like withdrawing a testimonial, but the writer is the son of a
# deceased client -> post_mortem only.
M("fr-pm-belge-papa-temoignage", "fr", ["post_mortem"],
  ("Thomas Renard", "thomas.renard@skynet.be"), "2025-12-03 19:37",
  "Mon père, Pierre Renard",
  """\
Bonjour Madame,

Mon père, Pierre Renard, nous a quittés le mois passé. En cherchant son nom sur internet, je suis tombé sur son témoignage sur votre site, avec sa photo.

Ça nous a beaucoup émus, ma mère et moi, mais nous préférerions qu'il soit retiré. Pouvez-vous faire le nécessaire ?

Je vous remercie,
Thomas Renard
"""),

M("fr-pm-quebec-soeur-enregistrements", "fr", ["post_mortem"],
  ("Josée Lévesque", "josee.levesque@videotron.ca"), "2026-01-28 20:12",
  "Ma sœur Annie",
  """\
Bonjour Sandra,

Je suis la sœur d'Annie Lévesque, que tu accompagnais en visio depuis Québec. Annie est décédée le mois passé, d'un accident.

Elle nous avait dit que vous enregistriez vos rencontres. Ce serait précieux pour la famille de pouvoir récupérer ces enregistrements, si ça existe encore. Je suis la liquidatrice de la succession, je peux t'envoyer les papiers.

Merci de ton aide,
Josée
"""),

M("fr-pm-frere-compte", "fr", ["post_mortem"],
  ("kamel", "kamel.haddad@gmail.com"), "2025-03-12 13:05",
  "compte de mon frere",
  """\
bonjour

mon frere Samir Haddad est mort en decembre, il avait un compte sur votre plateforme de formation en ligne. on voudrait le fermer et qu il ne recoive plus rien. je vous met la photo du certificat de deces

merci
kamel haddad
""", attach=[("certificat deces samir.jpg",)]),

M("fr-pm-suisse-executeur", "fr", ["post_mortem"],
  ("Me Pierre-Alain Jaquier", "pa.jaquier@etude-jaquier.ch"), "2025-08-07 14:45",
  "Succession de feue Madame Rosemarie Blanc",
  """\
Madame,

En ma qualité d'exécuteur testamentaire de feue Madame Rosemarie Blanc, décédée à Lausanne le 2 juillet 2025, je vous prie de bien vouloir me communiquer les documents que vous détenez à son nom, puis de procéder à leur destruction, conformément aux volontés exprimées par la défunte.

Je vous remets en annexe le certificat d'exécuteur testamentaire.

Veuillez agréer, Madame, mes salutations distinguées.

Pierre-Alain Jaquier, notaire
Place Saint-François 5, 1003 Lausanne
""", attach=[("certificat_executeur_Blanc.pdf", "CERTIFICAT D'EXECUTEUR TESTAMENTAIRE\nSuccession de Rosemarie Blanc\nLausanne, 2 juillet 2025")]),

M("fr-pm-designe-soeur", "fr", ["post_mortem"],
  ("Gisèle Boutin", "gisele.boutin@orange.fr"), "2026-03-24 10:30",
  "Pour plus tard",
  """\
Bonjour Sandra,

Je fais mon testament ces jours-ci et j'en profite pour vous écrire.

Après ma mort, c'est ma sœur Simone Boutin (simone.boutin@free.fr) qui s'occupera de tout ce qui me concerne chez vous. Elle pourra récupérer mes écrits des ateliers d'écriture, et pour le reste elle décidera. Personne d'autre.

Merci de le noter quelque part.
Gisèle
"""),

# ------------------------------------------------------------------ multi-right
M("fr-multi-voir-puis-effacer", "fr", ["access", "erasure"],
  ("Sophie Carré", "sophie.carre@gmail.com"), "2025-04-14 21:03",
  "avant de partir",
  """\
Bonsoir Sandra,

Je voudrais tourner la page de notre accompagnement, mais proprement.

D'abord, j'aimerais voir ce que vous avez sur moi (les notes, le questionnaire, ce qu'il y a dans votre Drive). Ensuite, une fois que je l'aurai reçu, je voudrais que vous effaciez tout.

Merci de votre compréhension,
Sophie
"""),

M("fr-multi-quoi-et-supprimez-belge", "fr", ["access", "erasure"],
  ("Véronique Lejeune", "veronique.lejeune@skynet.be"), "2025-10-20 10:10",
  "Mes informations",
  """\
Bonjour Madame,

Pourriez-vous me dire quelles informations vous avez gardées à mon sujet depuis mon stage de 2023, et à qui vous les avez éventuellement données ? Et ensuite supprimez-les, s'il vous plaît, je n'ai plus l'intention de revenir.

Merci bien,
Véronique Lejeune
"""),

M("fr-multi-sans-accents-voir-effacer", "fr", ["access", "erasure"],
  ("lolo", "laurine.poirier@hotmail.fr"), "2026-02-25 00:37",
  "Re: Votre facture Floraison de Soi",
  """\
re

au fait je veux voir tout ce que vous avez sur moi et apres vous effacez tout, je reviendrai pas. la facture je l ai payee cest bon

laurine

""" + q_gmail_fr("2026-02-20 09:00", "Floraison de Soi", "contact@floraisondesoi.fr", """\
Bonjour Laurine,

Vous trouverez ci-joint votre facture n° 2026-017 pour l'atelier du 14 février.

Bonne journée,
Sandra"""), irt="fact-2026-017", irt_addr="contact@floraisondesoi.fr"),

M("fr-multi-copie-et-transfert-coach", "fr", ["access", "portability"],
  ("Bérangère Morel", "berangere.morel@gmail.com"), "2025-05-29 17:17",
  "mon dossier",
  """\
Bonjour Sandra,

Deux choses :
1) je voudrais savoir exactement ce qu'il y a dans mon dossier chez vous, et en avoir une copie pour moi ;
2) envoyez aussi tout à ma nouvelle coach, Karine Lemoine (karine@lemoine-coaching.fr), qui reprend le travail sur ma reconversion.

Merci pour tout ce que vous avez fait,
Bérangère
"""),

M("fr-multi-voir-et-fichier-reutilisable", "fr", ["access", "portability"],
  ("Arnaud Pasquier", "arnaud.pasquier@free.fr"), "2025-11-25 12:12",
  "données du parcours",
  """\
Bonjour,

Est-ce que vous pouvez me dire ce que vous gardez sur moi depuis le parcours en ligne ? Et pour mes réponses aux exercices, je voudrais les récupérer dans un fichier réutilisable (CSV ou tableur), pas en capture d'écran.

Merci,
Arnaud Pasquier
"""),

M("fr-multi-voir-et-corriger", "fr", ["access", "rectification"],
  ("Émilienne Roy", "emilienne.roy@wanadoo.fr"), "2025-07-03 10:05",
  "Ma fiche",
  """\
Bonjour Madame Delomenie,

Ma fille m'a dit que sur ma facture d'adhésion mon adresse était encore l'ancienne. J'habite maintenant 7 allée des Roses, 36100 Issoudun. Merci de la changer.

Et pendant qu'on y est, pourriez-vous m'envoyer ce que vous avez sur moi dans votre fichier ? À mon âge j'aime bien savoir ce qui traîne.

Bien cordialement,
Émilienne Roy
"""),

M("fr-multi-stop-et-effacez", "fr", ["erasure", "objection"],
  ("Pierre-Yves Le Gall", "py.legall@orange.fr"), "2025-03-31 07:55",
  "Re: Dernier jour pour profiter de -20 %",
  """\
Bonjour,

Plus de mails, et effacez-moi complètement de vos fichiers. Merci.

PY Le Gall
""", irt="nl-2025-03-promo", irt_addr="contact@floraisondesoi.fr"),

M("fr-multi-desinscrire-et-oublier", "fr", ["erasure", "objection"],
  ("Mélanie Guillot", "melanie.guillot@sfr.fr"), "2026-04-08 19:44",
  "Newsletter + mon dossier",
  """\
Bonsoir Sandra,

Vous pouvez me désinscrire de la newsletter ? Et tant qu'à faire, supprimez aussi tout ce que vous avez sur moi, je ne pense pas revenir en coaching.

Merci et bonne continuation,
Mélanie
"""),

M("fr-multi-tout-effacer-et-temoignage", "fr", ["erasure", "withdraw_consent"],
  ("Nicole Sabatier", "nicole.sabatier@gmail.com"), "2025-09-03 15:15",
  "Fin de notre collaboration",
  """\
Bonjour Sandra,

Je souhaite que vous retiriez mon témoignage vidéo de votre site et de votre chaîne, et que vous effaciez ensuite tout ce que vous avez sur moi.

Je vous remercie, et je vous souhaite une belle continuation.
Nicole
"""),

M("fr-multi-photo-et-tout-supprimer-quebec", "fr", ["erasure", "withdraw_consent"],
  ("Karine Gauthier", "karine.gauthier@videotron.ca"), "2025-12-29 11:02",
  "ma photo",
  """\
Bonjour,

Ma photo est encore sur ta page Instagram, la publication du cercle de septembre. Enlève-la svp, j'avais dit oui mais là je veux plus. Pis efface mon dossier au complet aussi, je pense pas revenir.

Karine
"""),

M("fr-multi-newsletter-et-temoignage", "fr", ["objection", "withdraw_consent"],
  ("Ginette Robin", "ginette.robin@orange.fr"), "2025-06-16 09:20",
  "deux petites choses",
  """\
Bonjour Sandra,

Deux petites choses :
- je ne veux plus recevoir votre lettre d'informations ;
- et j'aimerais que mon témoignage ne soit plus sur votre page, je ne me reconnais plus dans ce que j'ai écrit.

Sans rancune, c'était une belle période.
Ginette
"""),

M("fr-multi-plus-de-pub-et-video", "fr", ["objection", "withdraw_consent"],
  ("Fabien Colas", "fabien.colas@gmail.com"), "2025-10-28 18:06",
  "vidéo + mails",
  """\
Salut Sandra,

Je passe à autre chose : plus de mails de promo stp, et la petite vidéo où je parle à la fin de la formation, tu peux l'enlever de ta page de vente ?

Merci, bonne route à toi
Fabien
"""),

M("fr-multi-nouveau-mail-et-pas-de-newsletter", "fr", ["objection", "rectification"],
  ("Danielle Fournier", "danielle.fournier@laposte.net"), "2026-01-12 14:22",
  "Changement d'adresse mail",
  """\
Bonjour Sandra,

Mon ancienne adresse (d.fournier@numericable.fr) ne fonctionnera plus à partir du mois prochain. Pour nos échanges et les factures, utilisez celle-ci : danielle.fournier@laposte.net.

Par contre, ne me réinscrivez pas à la newsletter avec la nouvelle adresse, je ne la veux plus.

Merci,
Danielle
"""),

# NEAR-LINE: contesting accuracy + pausing = restriction (not rectification);
# the separate ask for a copy of everything adds access.
M("fr-multi-conteste-et-voir", "fr", ["access", "restriction"],
  ("Rodolphe Mangin", "rodolphe.mangin@orange.fr"), "2025-08-21 11:30",
  "Attestation de présence",
  """\
Madame,

Mon employeur me dit que l'attestation que vous lui avez transmise indique 2 jours de présence sur 3. J'étais là les 3 jours, j'ai les tickets de train.

En attendant qu'on vérifie, n'envoyez plus rien à mon employeur à mon sujet et ne vous servez pas de cette feuille. Et envoyez-moi s'il vous plaît tout ce que vous avez me concernant (feuilles d'émargement, fiche d'inscription, échanges avec mon entreprise) pour que je voie d'où vient l'erreur.

Rodolphe Mangin
"""),

M("fr-multi-transfert-puis-effacer", "fr", ["erasure", "portability"],
  ("Laure Chevallier", "laure.chevallier@outlook.fr"), "2025-02-13 16:58",
  "Changement de coach",
  """\
Bonjour Sandra,

Je vais poursuivre avec une coach plus près de chez moi, Anne Roux (anne.roux.coach@gmail.com). Pourriez-vous lui transmettre mon dossier (bilan, tests, plan d'action) ? Une fois que c'est fait, vous pouvez tout effacer de votre côté, je n'ai pas besoin que ça reste en double.

Merci pour tout !
Laure
"""),

M("fr-multi-voir-effacer-stop", "fr", ["access", "erasure", "objection"],
  ("Hugues Delorme", "hugues.delorme@free.fr"), "2025-07-25 08:33",
  "Ça suffit",
  """\
Madame,

Je reçois vos mails depuis des mois alors que je n'ai jamais rien acheté chez vous.

1. Arrêtez de m'écrire.
2. Dites-moi ce que vous avez sur moi et comment vous l'avez eu.
3. Ensuite effacez tout.

H. Delorme
"""),

M("fr-multi-voir-exporter-effacer", "fr", ["access", "erasure", "portability"],
  ("Agathe Brun", "agathe.brun@gmail.com"), "2026-03-16 20:48",
  "Je quitte la plateforme",
  """\
Bonsoir Sandra,

Je quitte les formations en ligne pour de bon. Avant que mon compte disparaisse :
- j'aimerais savoir ce que vous avez comme informations sur moi, sur la plateforme et ailleurs ;
- j'aimerais un export de mes notes de cours et de mes réponses aux exercices dans un fichier que je peux rouvrir (Word, CSV, peu importe) ;
- puis effacez tout.

Merci beaucoup, c'était enrichissant.
Agathe
"""),

M("fr-multi-voir-et-retirer-accord-enregistrement", "fr", ["access", "withdraw_consent"],
  ("Cécile Maillard", "cecile.maillard@orange.fr"), "2025-05-15 09:09",
  "Enregistrements",
  """\
Bonjour Sandra,

J'avais accepté que nos séances soient enregistrées. Je reviens là-dessus : je ne veux plus être enregistrée à partir de maintenant.

Et j'aimerais savoir ce que vous avez déjà comme enregistrements de moi, et en recevoir une copie.

Merci,
Cécile
"""),
]
