"""French-language requests (rights exercised)."""
from common import (R, CONTACT, ORANGE, SANDRA_CONTACT, SANDRA_ORANGE, NEWSLETTER_FR, SIG_SANDRA,
                    gmail_fr, apple_fr, outlook_fr, fwd_fr, apple_fwd_fr, quote)

RECORDS = [
# ------------------------------------------------------------------ access
R("fr-art15-ancienne-cliente-formelle", "access",
  "Martine Guérineau <martine.guerineau@orange.fr>",
  "Demande de droit d'accès - article 15 du RGPD",
  """
Madame,

J'ai suivi en 2023 un accompagnement individuel (parcours de six séances) au sein de Floraison de Soi.

En application de l'article 15 du Règlement (UE) 2016/679 (RGPD), je vous demande de bien vouloir me communiquer :
- une copie de l'ensemble des données à caractère personnel me concernant que vous détenez, quel que soit leur support (fiches, notes de séances, courriels, paiements) ;
- la source de ces données lorsqu'elles n'ont pas été collectées auprès de moi ;
- les destinataires ou catégories de destinataires auxquels elles ont été communiquées ;
- leur durée de conservation.

Vous trouverez ci-joint une copie de ma pièce d'identité. Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour me répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Martine Guérineau
12, rue des Minimes
36100 Issoudun
""",
  attach=[("pdf", "CNI_Guerineau.pdf", "Carte nationale d'identite - copie\nGUERINEAU Martine\nCopie transmise a Floraison de Soi - droit d'acces")]),

R("fr-coucou-tout-ce-que-tu-as", "access",
  "Lou <lou.perrichon@gmail.com>",
  "petite question",
  """
coucou Sandra !

j'espère que tu vas bien 🌸 dis moi, est ce que tu pourrais m'envoyer tout ce que tu as sur moi ? genre ma fiche, les notes de nos séances, les questionnaires du début... je fais un peu le point sur ma vie en ce moment et j'aimerais tout relire

merci d'avance, bisous
Lou
""", cte="quoted-printable"),

R("fr-be-savoir-donnees-detenues", "access",
  "Nathalie Vandenbroucke <n.vandenbroucke@skynet.be>",
  "Données personnelles",
  """
Bonjour Madame Delomenie,

J'ai participé à votre atelier en ligne de septante-cinq minutes sur la gestion du stress, l'an passé, via mon employeur à Liège.

Pourriez-vous me faire savoir quelles données vous détenez à mon sujet, s'il vous plaît ? Je reçois depuis lors des courriels de plusieurs organismes et je voudrais y voir clair.

Je vous remercie d'avance et vous souhaite une bonne journée.

Nathalie Vandenbroucke
"""),

R("fr-avec-qui-partage-organisme", "access",
  "Karim Benhaddou <karim.benhaddou@laposte.net>",
  "Mes coordonnées transmises à qui ?",
  """
Bonjour,

J'ai suivi votre formation "Oser s'affirmer" en mars. Depuis une semaine je reçois des appels d'un organisme de formation de Châteauroux qui connaît mon nom, mon numéro de portable ET le fait que j'ai suivi votre formation.

Je voudrais savoir à qui vous avez transmis mes informations, et lesquelles exactement. Si c'est via l'OPCO ou un partenaire, merci de me le préciser.

Karim Benhaddou
"""),

R("fr-parent-fille-atelier-ados", "access",
  "Sophie Marchadier <sophie.marchadier@free.fr>",
  "Atelier ados - informations sur ma fille",
  """
Bonjour Madame,

Ma fille Inès (15 ans) a participé à l'atelier "Confiance en soi ados" au printemps. En tant que mère et représentante légale, je souhaiterais savoir quelles informations vous avez conservées sur elle : fiche d'inscription, questionnaire, photos éventuelles, observations.

Merci de m'en adresser une copie à cette adresse.

Cordialement,
Sophie Marchadier
"""),

R("fr-qc-copie-renseignements", "access",
  "Geneviève Thibodeau <gthibodeau@videotron.ca>",
  "Demande - mes renseignements personnels",
  """
Bonjour,

J'ai suivi votre formation en ligne « Les 5 clés de la confiance » l'hiver passé, depuis Sherbrooke.

J'aimerais recevoir une copie de tous les renseignements personnels que vous détenez à mon sujet (inscription, réponses aux exercices, historique de paiement, courriels). Présentement je fais le ménage dans mes abonnements et je veux savoir ce qui traîne où.

Merci beaucoup, bonne journée là!
Geneviève
"""),

R("fr-long-retour-formation-copie-buried", "access",
  "Élodie Ferrand <elodie.ferrand@outlook.fr>",
  "Retour sur la formation + une demande",
  """
Bonjour Sandra,

Je voulais prendre le temps de vous faire un vrai retour sur la formation de novembre, parce que j'y pense encore beaucoup. Le module sur les croyances limitantes m'a vraiment secouée (dans le bon sens), et l'exercice de la lettre à soi-même, je l'ai refait chez moi trois fois depuis.

Deux petites remarques si je peux me permettre : la salle était un peu froide le deuxième jour, et on a manqué de temps sur la partie mise en situation. Peut-être prévoir une demi-journée de plus ?

Au passage, est-ce que je pourrais avoir une copie de tout ce que vous avez gardé me concernant (fiche d'inscription, questionnaires d'entrée et de sortie, échanges de mails) ? J'aimerais garder une trace de mon évolution et je n'ai rien conservé de mon côté.

Sinon je pense m'inscrire à l'atelier de printemps si les dates se confirment. Vous savez déjà si ce sera un samedi ?

Encore merci pour tout,
Élodie
""", html="alt"),

R("fr-objet-seul-art15-iphone", "access",
  "Patrice Lhomme <patrice.lhomme@icloud.com>",
  "Demande d'accès à mes données personnelles (art. 15 RGPD)",
  "\nEnvoyé de mon iPhone\n", mailer="iPhone Mail (22D72)"),

R("fr-notes-seances-2023-relire", "access",
  "Claire Aubineau <claire.aubineau@gmail.com>",
  "Notes de nos séances",
  """
Bonjour Sandra,

Nous avons travaillé ensemble en 2023 (j'étais en pleine reconversion). J'aimerais relire les notes que vous avez prises pendant nos séances : serait-il possible de m'en transmettre une copie, ainsi que tout ce que vous avez d'autre dans mon dossier ?

Merci beaucoup,
Claire
"""),

R("fr-formulaire-site-quelles-donnees", "access",
  "Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message depuis le formulaire de contact",
  """
De : Benoît Roussel <benoit.roussel@sfr.fr>
Objet : Question

Message :
Bonjour, je voudrais savoir quelles informations personnelles vous avez sur moi, j'ai rempli un formulaire lors d'un salon à Bourges il y a deux ans et depuis je reçois vos mails. Merci de me dire ce que vous avez et d'où ça vient.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)
""", reply_to="Benoît Roussel <benoit.roussel@sfr.fr>"),

# ------------------------------------------------------------------ erasure
R("fr-supprimez-mes-donnees-agace", "erasure",
  "jm.piolet@wanadoo.fr",
  "suppression",
  """
Supprimez mes données. Merci.
"""),

R("fr-pourriez-vous-supprimer-poli", "erasure",
  "Annick Desroches <annick.desroches@orange.fr>",
  "Mes données",
  """
Bonjour Madame,

Je n'ai plus besoin de vos services pour le moment. Pourriez-vous supprimer mes données ?

Je vous en remercie.
Annick Desroches
"""),

R("fr-art17-effacement-formel", "erasure",
  "Jean-Baptiste Corneloup <jb.corneloup@hotmail.fr>",
  "Exercice du droit à l'effacement",
  """
Madame,

Conformément à l'article 17 du RGPD, je vous demande l'effacement de l'ensemble des données personnelles me concernant détenues par Floraison de Soi, y compris dans vos outils (plateforme de formation, fichiers partagés, messagerie).

Je vous remercie de me confirmer par écrit l'effacement effectif dans le délai légal d'un mois.

Jean-Baptiste Corneloup
""", html="only"),

R("fr-supprimer-compte-et-donnees-systeme", "erasure",
  "Mélanie Rabier <melanie.rabier@gmail.com>",
  "Supprimer mon compte",
  """
Bonjour,

Je voudrais supprimer mon compte sur votre plateforme de formation et toutes mes données avec. Je ne me connecte plus depuis des mois.

Bonne journée
Mélanie
"""),

R("fr-ch-effacer-fichiers-salutations", "erasure",
  "Pierre-Alain Rochat <pa.rochat@bluewin.ch>",
  "Effacement de mes données",
  """
Madame,

Suite à ma participation à votre séminaire de Lausanne en 2024, je vous prie d'effacer l'ensemble de mes données personnelles de vos fichiers, y compris mon numéro de natel.

Je vous remercie de votre diligence et vous adresse mes meilleures salutations.

Pierre-Alain Rochat
Chemin des Vignes 8
1095 Lutry
"""),

R("fr-parent-fils-stage-effacement", "erasure",
  "Laurent Chaumette <laurent.chaumette@gmail.com>",
  "Données de mon fils Théo",
  """
Bonjour,

Mon fils Théo (16 ans) a fait le stage "Préparer son orientation" pendant les vacances de la Toussaint. Le stage est fini et nous ne souhaitons pas que ses informations restent dans vos fichiers : je vous demande donc, en tant que père, que toutes ses données soient effacées (fiche, tests, coordonnées).

Merci de me confirmer.
Laurent Chaumette
"""),

# NEAR-LINE: a furious reply above a quoted newsletter; only deletion is asked, so erasure only
# (no explicit unsubscribe wording).
R("fr-reponse-newsletter-effacez-tout", "erasure",
  "Brigitte Sallé <brigitte.salle@orange.fr>",
  "RE: La Lettre Floraison - poser une limite sans culpabiliser",
  """
Je ne veux plus rien avoir à faire avec votre entreprise après ce qui s'est passé en septembre. Effacez tout ce que vous avez sur moi.

B. Sallé
""" + outlook_fr("Sandra - Floraison de Soi <contact@floraisondesoi.fr>", "brigitte.salle@orange.fr",
                 "La Lettre Floraison - poser une limite sans culpabiliser", NEWSLETTER_FR), cte="base64"),

R("fr-sms-effacer-infos", "erasure",
  "kev.m36@gmail.com",
  "",
  """
bjr jveux ke vs effaciez mes infos perso de vos fichiers svp jai fait latelier ya 2 ans et jsuis plus interessé merci
""", reply=False),

R("fr-drive-bilan-cv-supprimer", "erasure",
  "Amandine Tessier <amandine.tessier@yahoo.fr>",
  "Documents partagés",
  """
Bonjour Sandra,

Pour le bilan je vous avais envoyé mon CV, ma lettre de motivation et le questionnaire de valeurs, que vous aviez rangés dans votre Drive. L'accompagnement est terminé et je préfère que ces documents ne restent pas chez vous : merci de les supprimer définitivement (y compris de la corbeille 😉) ainsi que les éventuelles copies dans vos mails.

Merci beaucoup pour tout,
Amandine
"""),

R("fr-stripe-coordonnees-bancaires", "erasure",
  "Hugues Ménard <hugues.menard@free.fr>",
  "Facture",
  """
Bonjour,

Je n'ai plus l'intention de prendre de séances. Je souhaite que vous effaciez mes coordonnées bancaires et l'ensemble de mes informations personnelles enregistrées chez vous et chez votre prestataire de paiement.

Cordialement,
H. Ménard
"""),

R("fr-formulaire-contact-droit-oubli", "erasure",
  "Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message depuis le formulaire de contact",
  """
De : Fanny Grosbois <fanny.grosbois@gmail.com>
Objet : droit à l'oubli

Message :
Bonjour, merci de m'effacer de tous vos fichiers (newsletter, formation, factures si c'est possible). Je ne suis plus concernée. Fanny

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)
""", reply_to="fanny.grosbois@gmail.com"),

# ------------------------------------------------------------------ rectification
R("fr-nouvel-email-wanadoo-gmail", "rectification",
  "Josiane Pelletier <josiane.pelletier@gmail.com>",
  "changement d'adresse mail",
  """
Bonjour Sandra,

J'ai abandonné mon ancienne adresse josiane.pelletier36@wanadoo.fr qui ne fonctionnera plus à la fin du mois. Merci de la remplacer par celle-ci : josiane.pelletier@gmail.com, pour tout (séances, factures, lettre).

Bonne soirée,
Josiane
"""),

R("fr-demenagement-adresse-factures", "rectification",
  "Thomas Guillot <t.guillot@laposte.net>",
  "Nouvelle adresse",
  """
Bonjour,

Je viens de déménager. Pouvez-vous mettre à jour mon adresse postale dans votre fichier et sur mes prochaines factures :

Thomas Guillot
4 allée des Tilleuls
18000 Bourges

(l'ancienne à Vierzon n'est plus valable)

Merci,
Thomas
"""),

R("fr-nom-mariage-attestation", "rectification",
  "Camille Fournier-Lagarde <camille.fl@gmail.com>",
  "Changement de nom",
  """
Bonjour,

Je me suis mariée cet été et je m'appelle désormais Camille Fournier-Lagarde (et non plus Camille Fournier). Pouvez-vous mettre à jour mon nom dans vos fichiers et sur la plateforme de formation ? J'aurai besoin de l'attestation de fin de formation à ce nom.

Merci !
Camille
"""),

# NEAR-LINE: "corriger" a document, but the thing to correct is her own surname in the client
# record and invoices -> rectification (not a plain document typo).
R("fr-nom-mal-orthographie-factures", "rectification",
  "Hélène Quesnoy <helene.quesnoy@orange.fr>",
  "erreur sur mon nom",
  """
Bonjour,

Depuis le début, mon nom est écrit "Quesnoi" sur toutes vos factures et dans les mails automatiques de la formation. C'est Quesnoy, avec un y. Merci de corriger dans votre fichier pour que ce soit juste à l'avenir (et sur la facture de février si possible, ma mutuelle la refuse).

Hélène Quesnoy
"""),

R("fr-nouveau-numero-supprimer-ancien", "rectification",
  "Sabrina Lopes <sabrina.lopes@hotmail.fr>",
  "numéro de téléphone",
  """
Coucou Sandra, j'ai changé de numéro ! Le nouveau c'est le 07 81 22 45 90. Tu peux supprimer l'ancien (06 12 ...) de tes contacts et de ma fiche, il est plus attribué à moi. Merci ☺️
""", reply=False),

R("fr-be-adresse-namur", "rectification",
  "Olivier Lambotte <olivier.lambotte@telenet.be>",
  "Changement d'adresse",
  """
Bonjour Madame,

Mon adresse a changé. Pourriez-vous adapter dans vos données, s'il vous plaît ?

Nouvelle adresse : rue de Fer 27, 5000 Namur (Belgique)

Je vous remercie une fois encore pour l'atelier de nonante minutes du mois passé, c'était très chouette.

Olivier Lambotte
"""),

R("fr-compte-rendu-chomage-faux", "rectification",
  "Rachid Amrani <rachid.amrani@gmail.com>",
  "Re: Compte-rendu de notre séance du 14",
  """
Bonjour Sandra,

Merci pour le compte-rendu. Une erreur quand même : vous avez noté que je suis "au chômage depuis un an". Ce n'est pas le cas, je suis en reconversion avec un CPF de transition et toujours salarié. Merci de corriger dans mon dossier, je ne voudrais pas que ça se retrouve dans le bilan final.

Rachid
""" + gmail_fr("Sandra Delomenie <contact@floraisondesoi.fr>", """
Bonjour Rachid,

Voici comme convenu le compte-rendu de notre troisième séance. N'hésitez pas à me faire part de vos remarques.

Belle journée,
Sandra
""")),

# ------------------------------------------------------------------ restriction
R("fr-litige-employeur-ne-pas-supprimer", "restriction",
  "Valérie Bonnin <valerie.bonnin@orange.fr>",
  "Mon dossier - important",
  """
Bonjour Sandra,

Je suis en litige avec mon ancien employeur (l'accompagnement que nous avons fait était financé par lui). Surtout ne supprimez rien de mon dossier, mon avocate en aura peut-être besoin. Mais d'ici là je vous demande de ne plus l'utiliser ni le transmettre à personne, y compris à l'entreprise si elle vous le demande.

Merci de votre compréhension,
Valérie
"""),

R("fr-heures-presence-inexactes-suspendre", "restriction",
  "Damien Laffont <damien.laffont@gmail.com>",
  "Feuille d'émargement - contestation",
  """
Bonjour Madame Delomenie,

Les heures de présence enregistrées pour moi sur la formation de juin sont inexactes : il m'est compté une demi-journée d'absence le 12 alors que j'étais présent (j'ai les échanges Zoom pour le prouver).

Je conteste l'exactitude de ces données et vous demande, le temps de la vérification, de suspendre leur utilisation, notamment leur transmission à l'organisme financeur.

Cordialement,
Damien Laffont
"""),

R("fr-geler-dossier-reflexion", "restriction",
  "Coralie <coralie.vidal@icloud.com>",
  "mon dossier",
  """
Bonjour Sandra

Je ne sais pas encore si je reprends l'accompagnement en septembre ou si j'arrête tout. En attendant est ce que vous pouvez geler mon dossier ? Ne le supprimez pas mais ne vous en servez plus (pas de relecture, pas de partage avec votre superviseuse) tant que je ne vous ai pas redit.

Merci 🙏
Coralie

Envoyé de mon iPhone
"""),

R("fr-art18-limitation-formel", "restriction",
  "Bernard Chassagne <bernard.chassagne@wanadoo.fr>",
  "Demande de limitation du traitement (art. 18 RGPD)",
  """
Madame,

Par la présente, j'exerce mon droit à la limitation du traitement prévu à l'article 18 du Règlement général sur la protection des données, s'agissant des données me concernant issues de l'accompagnement réalisé en 2024.

Je vous demande de conserver ces données sans les utiliser, jusqu'à ce que je vous fasse connaître ma décision quant à leur sort.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Bernard Chassagne
""", attach=[("pdf", "limitation_traitement_Chassagne.pdf", "Demande de limitation du traitement - article 18 RGPD\nBernard Chassagne")]),

R("fr-evaluation-opco-ne-pas-transmettre", "restriction",
  "Lucie Moreau <lucie.moreau@cabinet-moreau-expertise.fr>",
  "évaluation finale",
  """
Bonjour,

Je ne suis pas d'accord avec les résultats de l'évaluation finale qui me concernent : la grille mentionne des compétences "non acquises" sur des points que nous n'avons jamais travaillés. Tant que ce n'est pas revu, merci de ne pas transmettre ces résultats à l'OPCO ni à mon employeur, et de ne pas les utiliser.

Lucie Moreau
"""),

R("fr-avocat-conservation-litige", "restriction",
  "Maître Anne-Sophie Delorme <as.delorme@delorme-avocat.fr>",
  "Mme Fabienne Roux - conservation des données",
  """
Madame,

J'interviens en qualité de conseil de Madame Fabienne Roux, dont vous trouverez le mandat en pièce jointe.

Ma cliente est susceptible d'avoir besoin, dans le cadre d'une procédure prud'homale, des éléments relatifs à l'accompagnement que vous avez conduit auprès d'elle en 2024. Elle vous demande en conséquence, sur le fondement de l'article 18 du RGPD, de ne procéder à aucun effacement de ces données et d'en suspendre tout autre usage jusqu'à nouvel ordre.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Anne-Sophie Delorme
Avocate au Barreau de Châteauroux

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.
""", attach=[("pdf", "Mandat_Roux.pdf", "MANDAT\nJe soussignee Fabienne Roux donne mandat a Me Anne-Sophie Delorme\npour exercer en mon nom mes droits RGPD aupres de Floraison de Soi.")], html="alt"),

# ------------------------------------------------------------------ portability
R("fr-nouvelle-coach-transmettre-dossier", "portability",
  "Anaïs Berthelot <anais.berthelot@gmail.com>",
  "Suite de mon accompagnement",
  """
Bonjour Sandra,

Comme je vous l'ai dit, je déménage à Nantes et je vais continuer avec une coach là-bas, Mme Ophélie Garnier (ophelie.garnier@coaching-ouest.fr). Pourriez-vous lui transmettre directement mon dossier : bilans, questionnaires remplis et fiches d'objectifs ? Ça m'éviterait de tout recommencer.

Merci pour ces deux années,
Anaïs
""", cc="ophelie.garnier@coaching-ouest.fr"),

R("fr-export-progression-csv", "portability",
  "Stéphane Morin <stephane.morin@free.fr>",
  "Export de mes données de formation",
  """
Bonjour,

Pourriez-vous m'exporter mes données de la formation en ligne (progression par module, résultats des quiz, réponses aux exercices) dans un format CSV ou Excel ? Je voudrais les importer dans mon outil de suivi perso.

Merci,
Stéphane
"""),

R("fr-art20-portabilite-formel", "portability",
  "Isabelle Terrasson <isabelle.terrasson@orange.fr>",
  "Droit à la portabilité - article 20 RGPD",
  """
Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies dans le cadre de mon inscription et de mon parcours de formation, dans un format structuré, couramment utilisé et lisible par machine.

Cordialement,
Isabelle Terrasson
""", html="only"),

R("fr-questionnaires-format-reutilisable", "portability",
  "Morgane Le Gall <morgane.legall@proton.me>",
  "mes réponses aux questionnaires",
  """
Bonjour Sandra,

J'aimerais récupérer mes réponses aux questionnaires (valeurs, énergie, roue de vie) dans un format que je peux réutiliser, genre tableur ou fichier texte, pas un PDF scanné svp 😅. Je veux les retravailler avec ma nouvelle thérapeute.

Merci !
Morgane
"""),

R("fr-qc-transferer-intervenante", "portability",
  "Marie-Ève Gagnon <marieeve.gagnon@videotron.ca>",
  "Transfert de mon dossier",
  """
Bonjour Sandra,

Je vais poursuivre mon cheminement avec une intervenante de Montréal. Est-ce que vous pourriez transférer mon dossier (mes bilans et mes réponses aux exercices) directement à son courriel : j.tremblay@cheminer.ca ? Idéalement en fichier qu'elle peut ouvrir dans son logiciel.

Merci gros!
Marie-Ève
"""),

R("fr-sms-recup-fiches-excel", "portability",
  "Jess <jess.bouvard@gmail.com>",
  "recup mes fiches",
  """
slt sandra, stp tu peux m'envoyer mes fiches de suivi en fichier excel ou csv que je puisse les remettre dans mon appli? merci bcp 😘
""", reply=False),

# ------------------------------------------------------------------ objection
R("fr-desabonnez-moi-au-dessus-newsletter", "objection",
  "Gisèle Maurin <gisele.maurin@orange.fr>",
  "Re: La Lettre Floraison - poser une limite sans culpabiliser",
  """
Désabonnez-moi s'il vous plaît, le lien en bas ne marche pas.
""" + gmail_fr("Sandra - Floraison de Soi <contact@floraisondesoi.fr>", NEWSLETTER_FR)),

R("fr-stop-sms-promo", "objection",
  "Yannick Perrot <yannick.perrot@sfr.fr>",
  "SMS",
  """
Bonjour, je reçois des SMS pour vos ateliers presque chaque semaine. Stop aux SMS promotionnels svp, je ne veux plus en recevoir.
"""),

R("fr-plus-recevoir-newsletter", "objection",
  "Françoise Billard <francoise.billard@laposte.net>",
  "newsletter",
  """
Bonjour,
Je ne souhaite plus recevoir votre newsletter.
Cordialement
F. Billard
"""),

R("fr-retirez-moi-liste-diffusion", "objection",
  "Dominique Carré <d.carre@orange.fr>",
  "Liste de diffusion",
  """
Merci de me retirer de votre liste de diffusion. Je ne me souviens même pas m'être inscrit.
"""),

R("fr-art21-prospection-formel", "objection",
  "Christophe Vernier <christophe.vernier@vernier-conseil.fr>",
  "Opposition - article 21 RGPD",
  """
Madame,

Je m'oppose, en application de l'article 21 du RGPD, au traitement de mes données à des fins de prospection commerciale, quel que soit le canal (courriel, SMS, téléphone).

Je vous remercie d'en tenir compte sans délai.

Christophe Vernier
Vernier Conseil - 5 place du Marché - 36000 Châteauroux

Ce courriel et ses éventuelles pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le supprimer et d'en informer l'expéditeur.
"""),

R("fr-arreter-mails-formations", "objection",
  "Sylvie <sylvie.gaudin@gmail.com>",
  "vos mails",
  """
Bonjour, merci d'arrêter de m'envoyer des mails pour vos nouvelles formations, j'ai fait UN atelier il y a 3 ans, je n'ai rien demandé depuis. Bonne continuation.
"""),

R("fr-troisieme-fois-desinscris", "objection",
  "Patrick Jouanneau <patrick.jouanneau@wanadoo.fr>",
  "DESINSCRIPTION !!!!",
  """
C'est la 3e fois que je me désinscris et je reçois ENCORE vos mails !!! Enlevez moi de vos envois une bonne fois pour toutes.
""", html="only"),

R("fr-etudes-ciblage-statistiques", "objection",
  "Aurélie Nicolas <aurelie.nicolas@gmail.com>",
  "Utilisation de mes données",
  """
Bonjour,

J'ai lu dans votre politique de confidentialité que vous utilisez les données des clients pour "analyser la fréquentation et personnaliser les offres". Je m'oppose à ce que mes données soient utilisées pour ces analyses et pour me cibler. Je reste cliente pour les séances, ça ne change rien.

Aurélie
"""),

R("fr-be-plus-de-publicite", "objection",
  "Marc Dethier <marc.dethier@skynet.be>",
  "Publicités",
  """
Bonjour,

Je ne veux plus recevoir vos publicités par courriel, s'il vous plaît. Vous savez me retirer de la liste ?

Merci bien,
Marc Dethier
"""),

# ------------------------------------------------------------------ withdraw_consent
R("fr-retirer-temoignage-site", "withdraw_consent",
  "Nadège Brun <nadege.brun@orange.fr>",
  "Mon témoignage",
  """
Bonjour Sandra,

Je vous avais donné mon accord l'an dernier pour publier mon témoignage sur votre site (page "Ils et elles en parlent"). Ma situation professionnelle a changé et je préfère qu'il ne soit plus visible. Pouvez-vous le retirer ?

Merci, et belle continuation,
Nadège
"""),

R("fr-photo-atelier-instagram", "withdraw_consent",
  "Julie Carpentier <julie.carpentier@gmail.com>",
  "photo insta",
  """
Hello Sandra ! Pouvez vous enlever la photo de groupe de l'atelier du 8 mars où on me voit (à gauche avec le pull jaune) de votre Instagram et de votre site ? J'avais dit ok sur le moment mais finalement je suis pas à l'aise. Merciii
""", attach=[("jpg", "IMG_4821.jpg")]),

R("fr-questionnaire-etude-retrait-consentement", "withdraw_consent",
  "Francis Delaunay <francis.delaunay@laposte.net>",
  "Étude sur l'estime de soi",
  """
Madame,

J'avais accepté que mes réponses au questionnaire soient utilisées, de façon anonymisée, pour l'étude que vous menez avec l'université de Tours. Je retire mon consentement : merci de ne plus utiliser mes réponses pour cette étude.

Francis Delaunay
"""),

R("fr-video-atelier-plus-diffusee", "withdraw_consent",
  "Priscilla Henriot <priscilla.henriot@hotmail.fr>",
  "Vidéo YouTube",
  """
Bonjour,

Sur la vidéo de présentation de l'atelier "Oser s'affirmer" sur votre chaîne YouTube, on me voit parler pendant presque une minute. Je ne souhaite plus que cette vidéo soit diffusée avec moi dedans. Pouvez-vous la retirer ou me couper au montage ?

Merci de votre compréhension.
Priscilla
"""),

# NEAR-LINE: "ni utilisé ni conservé" about one recording made with consent -> withdraw_consent only
# (a recording consent withdrawal; no request to erase all her data).
R("fr-enregistrement-seance-supervision", "withdraw_consent",
  "Gaëlle Rivière <gaelle.riviere@gmail.com>",
  "Enregistrement de notre séance",
  """
Bonjour Sandra,

Lors de notre séance de mai, j'avais accepté que vous enregistriez la séance pour votre supervision. Avec du recul je ne suis plus d'accord : je ne veux plus que cet enregistrement soit utilisé ni conservé pour ça.

Je vous remercie,
Gaëlle
"""),

R("fr-parent-photo-fils-atelier-enfants", "withdraw_consent",
  "Aline Boucheron <aline.boucheron@orange.fr>",
  "Photo de mon fils",
  """
Bonjour,

J'avais signé l'autorisation photo pour mon fils Noah (9 ans) lors de l'atelier enfants "Mes émotions, mes super-pouvoirs". Je reviens sur cette autorisation : merci de retirer les photos où il apparaît de votre page Facebook et de ne plus les utiliser.

Aline Boucheron
""", attach=[("png", "capture_facebook.png")]),

R("fr-reviens-sur-accord-temoignage", "withdraw_consent",
  "Emmanuelle <emma.tardieu@free.fr>",
  "Re: Votre témoignage en ligne !",
  """
Bonjour Sandra,

Je suis désolée de faire marche arrière, mais en voyant mon prénom et ma ville sous le texte je me rends compte que je ne suis pas prête. Je préfère finalement que ce texte n'apparaisse nulle part. Je sais que j'avais dit oui...

Emmanuelle
""" + gmail_fr("Sandra Delomenie <contact@floraisondesoi.fr>", """
Bonjour Emmanuelle,

Votre témoignage est en ligne sur la page d'accueil ! Encore merci pour vos mots si touchants.

Sandra
""")),

# ------------------------------------------------------------------ post_mortem
R("fr-fille-maman-decedee-acte", "post_mortem",
  "Céline Brosseau <celine.brosseau@gmail.com>",
  "Décès de ma mère, Mme Jeanine Brosseau",
  """
Bonjour Madame,

Ma mère, Jeanine Brosseau, est décédée le mois dernier. Elle suivait votre formation en ligne et recevait votre lettre d'information. Je vous remercie de clôturer son compte, de ne plus lui écrire et de supprimer les données la concernant.

Vous trouverez ci-joint l'acte de décès.

Bien cordialement,
Céline Brosseau
""", attach=[("pdf", "acte_de_décès_Brosseau.pdf", "EXTRAIT D'ACTE DE DECES\nBrosseau Jeanine\nMairie d'Issoudun")]),

R("fr-notaire-succession", "post_mortem",
  "Office notarial Bréchard <office.brechard@notaires.fr>",
  "Succession de M. Roger Pinault - Réf. 2025/0417",
  """
Madame,

Nous sommes chargés du règlement de la succession de Monsieur Roger PINAULT, décédé le 3 février dernier à Issoudun.

Nous vous remercions de bien vouloir nous faire connaître si le défunt disposait auprès de vous d'un abonnement ou d'un contrat en cours, de nous communiquer toute somme restant due ou à rembourser, ainsi que les informations que vous détenez à son sujet utiles au règlement de la succession.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Bréchard,
Laetitia Roy, clerc de notaire
Office notarial Bréchard - 2 boulevard Stalingrad - 36100 Issoudun
""", attach=[("pdf", "courrier_succession_Pinault.pdf", "Office notarial Brechard\nSuccession Pinault Roger\nDemande d'informations")], html="alt"),

R("fr-fils-pere-newsletter-arreter", "post_mortem",
  "Julien Aubry <julien.aubry@gmail.com>",
  "Mon père",
  """
Bonjour,

Mon père, Gérard Aubry, est décédé en décembre. Il reçoit toujours votre newsletter sur son adresse (gerard.aubry@wanadoo.fr) que je relève pour les papiers. Merci d'arrêter les envois et de retirer son adresse.

Julien Aubry
"""),

R("fr-mari-notes-epouse", "post_mortem",
  "Alain Desmoulins <alain.desmoulins@orange.fr>",
  "Les séances de mon épouse",
  """
Madame Delomenie,

Mon épouse Françoise nous a quittés au mois d'avril, après une longue maladie. Elle m'avait souvent parlé de vos séances et de ce qu'elles lui avaient apporté dans les derniers mois.

Je me permets de vous demander s'il serait possible d'avoir une copie des notes ou des écrits qu'elle aurait pu laisser lors de vos rendez-vous. Ce serait important pour moi et pour nos enfants.

Avec mes remerciements,
Alain Desmoulins
"""),

R("fr-directives-post-mortem-cliente", "post_mortem",
  "Monique Fayolle <monique.fayolle@laposte.net>",
  "Mes directives pour après",
  """
Bonjour Sandra,

Vous savez que ma santé n'est pas bonne. Je préfère régler ça tant que j'ai la tête claire : à mon décès, je souhaite que toutes les données me concernant (notes, enregistrements, photos de l'atelier) soient effacées, sans être transmises à quiconque. Ma sœur, Mme Odile Fayolle, est au courant et vous préviendra le moment venu.

Merci pour tout ce que vous m'avez apporté.
Monique
"""),

R("fr-be-executeur-testamentaire", "post_mortem",
  "Me Vincent Claessens <v.claessens@notaire-claessens.be>",
  "Succession feu Madame Renée Dupont",
  """
Madame,

En ma qualité d'exécuteur testamentaire de feu Madame Renée Dupont, décédée à Tournai le 14 du mois passé, je vous saurais gré de bien vouloir procéder à la clôture de tout compte ouvert à son nom auprès de vos services et de me faire savoir quelles données vous conservez à son sujet.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Vincent Claessens
"""),

# NEAR-LINE: the heir only cancels a subscription, which alone would be a negative; the
# policy says an heir writing after a death is post_mortem whatever they ask.
R("fr-heritier-resilier-abonnement", "post_mortem",
  "Nicolas Tardy <nicolas.tardy@sfr.fr>",
  "Résiliation abonnement - décès",
  """
Bonjour,

Ma tante, Mme Colette Tardy, est décédée début janvier. Je m'occupe de ses affaires. Elle avait un abonnement mensuel à votre programme en ligne qui continue d'être prélevé : merci de le résilier.

Cordialement,
Nicolas Tardy
"""),

R("fr-soeur-photos-temoignage-defunte", "post_mortem",
  "Karine Loiseau <karine.loiseau@gmail.com>",
  "Ma sœur Laetitia",
  """
Bonjour Sandra,

Je ne sais pas si vous avez appris le décès de ma sœur Laetitia Loiseau cet été. Sa photo et son témoignage sont toujours sur votre site, et c'est très dur pour notre famille de tomber dessus. Pourriez-vous les retirer ?

Merci d'avance,
Karine
"""),

R("fr-maman-nous-a-quittes-roundabout", "post_mortem",
  "Famille Rigaud <famille.rigaud@free.fr>",
  "",
  """
Bonjour,

Maman nous a quittés le 2 mai. On continue de recevoir des mails et des rappels de séances à son nom et ça nous fait mal à chaque fois. On voudrait que tout ce qui la concerne chez vous disparaisse.

Les enfants de Josette Rigaud
"""),

R("fr-ch-notaire-geneve", "post_mortem",
  "Étude Favre & Reymond <secretariat@favre-reymond-notaires.ch>",
  "Succession de M. Jean-Luc Favez",
  """
Madame,

Notre étude est chargée de la succession de Monsieur Jean-Luc Favez, domicilié à Genève, décédé le 20 octobre.

Les héritiers souhaitent obtenir la liste des données personnelles et des documents que vous conservez au nom du défunt, puis leur suppression. Vous voudrez bien trouver en annexe le certificat d'héritier.

Nous vous présentons, Madame, nos salutations distinguées.

Étude Favre & Reymond, notaires
Rue du Rhône 40 - 1204 Genève
""", attach=[("pdf", "certificat_heritier_Favez.pdf", "Certificat d'heritier\nSuccession Favez Jean-Luc\nGeneve")]),

R("fr-qc-succession-liquidatrice", "post_mortem",
  "Josée Bélanger <josee.belanger@videotron.ca>",
  "Décès de mon frère",
  """
Bonjour,

Je suis liquidatrice de la succession de mon frère, Marc Bélanger, décédé en mars. Il était inscrit à votre formation en ligne et à votre infolettre. Pouvez-vous me transmettre ce que vous avez à son dossier et fermer son compte?

Merci,
Josée Bélanger
"""),

# ------------------------------------------------------------------ multi-right
R("fr-voir-puis-effacer", "access erasure",
  "Véronique Gillet <veronique.gillet@orange.fr>",
  "Mes données chez vous",
  """
Bonjour,

Avant de tourner la page, je voudrais que vous m'envoyiez une copie de tout ce que vous avez sur moi. Une fois que je l'aurai reçu, effacez tout, s'il vous plaît.

Véronique Gillet
"""),

R("fr-voir-et-nom-vasseur", "access rectification",
  "Hélène Vasseur-Brunet <helene.vasseurbrunet@gmail.com>",
  "Fiche client",
  """
Bonjour Sandra,

Pouvez-vous m'envoyer ce que vous avez sur moi dans votre fichier ? Je crois qu'il y a des erreurs : sur le dernier mail j'étais "Hélène Vaseur", c'est Vasseur-Brunet. Et ma date de naissance est le 14/07/1981, pas le 17/04. Merci de rectifier.

Hélène
"""),

R("fr-dou-tenez-adresse-stop", "access objection",
  "René Pasquier <rene.pasquier@yahoo.fr>",
  "D'où tenez-vous mon adresse ?",
  """
Bonjour,

Je reçois votre "Lettre Floraison" depuis deux mois alors que je ne vous connais pas. D'où tenez-vous mon adresse email ? Je veux savoir qui vous l'a donnée.

Et arrêtez de m'envoyer ces mails.

R. Pasquier
"""),

R("fr-conteste-et-quelles-donnees", "access restriction",
  "Sébastien Girault <sebastien.girault@gmail.com>",
  "Bilan transmis à mon employeur ?",
  """
Bonjour Madame Delomenie,

Mon manager a fait allusion à des éléments de mon bilan de fin de formation qui sont faux (il est question de "difficultés relationnelles" que je n'ai jamais évoquées). Je veux savoir précisément quelles données vous détenez sur moi et à qui vous les avez transmises. Et tant que ce point n'est pas éclairci, je vous demande de ne plus utiliser ni communiquer ce bilan.

Sébastien Girault
"""),

R("fr-avocate-mandat-acces-effacement", "access erasure",
  "Cabinet Lebrun Avocats <contact@lebrun-avocats.fr>",
  "V/Réf : M. Arnaud Pichon - demande RGPD",
  """
Madame,

Je vous écris en qualité d'avocate de Monsieur Arnaud Pichon, qui m'a donné mandat (ci-joint) pour exercer en son nom les droits que lui confère le RGPD.

Mon client vous demande :
1. la communication de l'intégralité des données le concernant (article 15) ;
2. à l'issue de cette communication, leur effacement (article 17), à l'exception de ce que la loi vous oblige à conserver.

Je vous remercie de m'adresser votre réponse à l'adresse du cabinet.

Me Caroline Lebrun
Cabinet Lebrun Avocats - 18 rue Grande - 36000 Châteauroux
""", attach=[("pdf", "mandat_Pichon_signe.pdf", "MANDAT DE REPRESENTATION\nArnaud Pichon mandate Me Caroline Lebrun\nExercice des droits RGPD aupres de Floraison de Soi"),
              ("jpg", "CNI_Pichon_recto.jpg")]),

R("fr-temoignage-et-tout-supprimer", "erasure withdraw_consent",
  "Laura Mercier <laura.mercier@hotmail.fr>",
  "Suppression",
  """
Bonjour,

Je souhaite que vous retiriez mon témoignage (avec ma photo) de votre site et de vos réseaux, et plus largement que vous supprimiez toutes les données que vous avez sur moi.

Merci,
Laura Mercier
"""),

R("fr-photos-plus-toutes-donnees", "erasure withdraw_consent",
  "Ludovic <ludo.chaplain@gmail.com>",
  "Re: Photos de l'atelier du samedi 🌿",
  """
Salut Sandra, je retire mon accord pour les photos, merci de les enlever de partout. Et tant qu'à faire, efface toutes mes infos de tes fichiers, je préfère.
Ludo
""" + gmail_fr("Sandra Delomenie <contact@floraisondesoi.fr>", """
Bonjour à toutes et à tous,

Merci pour cette belle journée ! Voici le lien vers les photos de l'atelier. Comme convenu, seules celles des personnes ayant donné leur accord seront publiées sur le site.

Sandra
""")),

R("fr-newsletter-et-supprimer-tout", "erasure objection",
  "Christine Hamon <christine.hamon@orange.fr>",
  "désinscription",
  """
Bonjour,
Merci de me désinscrire de la newsletter et de supprimer toutes mes données de vos fichiers.
Christine Hamon
"""),

# NEAR-LINE: stop mails/SMS (objection) and erase all contact details from the files (erasure).
R("fr-plus-de-mails-effacez", "erasure objection",
  "Mickaël Guénon <mickael.guenon@free.fr>",
  "Stop",
  """
plus de mails svp, ni de sms. et effacez toutes mes coordonnées de vos fichiers, je veux pas que ça traîne.
""", html="only"),

R("fr-export-puis-suppression", "erasure portability",
  "Agathe Rolland <agathe.rolland@gmail.com>",
  "Fin de mon accompagnement",
  """
Bonjour Sandra,

Pour clore proprement : pouvez-vous m'envoyer mes fiches de suivi et mes questionnaires dans un format exploitable (Excel ou CSV), puis supprimer mon dossier de votre côté ?

Merci encore pour ces mois de travail ensemble,
Agathe
"""),

R("fr-copie-et-fichier-exploitable", "access portability",
  "Yves Lacombe <yves.lacombe@laposte.net>",
  "Demande de copie",
  """
Madame,

Je souhaite savoir quelles données vous détenez sur moi et en recevoir une copie. Pour les données que je vous ai moi-même fournies (questionnaires, objectifs, suivi), merci de me les transmettre aussi dans un format réutilisable type CSV.

Yves Lacombe
"""),

R("fr-newsletter-et-temoignage", "objection withdraw_consent",
  "Sandrine Poirier <sandrine.poirier@gmail.com>",
  "plusieurs choses",
  """
Bonjour Sandra,

Deux choses : je ne veux plus recevoir la lettre d'information, et je retire mon accord pour l'utilisation de mon témoignage écrit dans vos supports de formation.

Merci d'avance,
Sandrine
"""),

R("fr-nouvel-email-sans-pub", "objection rectification",
  "Thierry Bazin <thierry.bazin@outlook.fr>",
  "adresse mail",
  """
Bonjour,

Mon adresse a changé : utilisez maintenant thierry.bazin@outlook.fr à la place de t.bazin@club-internet.fr, pour les rendez-vous et les factures uniquement. Par contre je ne veux plus recevoir vos offres promotionnelles.

Merci
Thierry Bazin
"""),

# NEAR-LINE: deletion asked, plus an explicit freeze until it is done -> erasure + restriction.
R("fr-geler-en-attendant-suppression", "erasure restriction",
  "Pascale Mignon <pascale.mignon@wanadoo.fr>",
  "Demande de suppression de mon dossier",
  """
Madame,

Je vous demande de supprimer mon dossier de coaching. J'ai bien compris que certaines pièces comptables doivent être gardées quelque temps ; d'ici à la suppression effective, merci de geler mon dossier : qu'il ne soit ni consulté, ni utilisé, ni communiqué.

Pascale Mignon
"""),

R("fr-trois-demandes-formelles", "access erasure objection",
  "Gilles Marchand <gilles.marchand@orange.fr>",
  "Demandes RGPD",
  """
Madame,

Je vous demande, au titre du RGPD :
- de m'indiquer quelles données me concernant vous traitez et à qui vous les avez communiquées ;
- de cesser immédiatement toute prospection à mon égard (courriels, SMS) ;
- puis d'effacer l'ensemble de ces données.

Gilles Marchand
""", attach=[("pdf", "piece_identite_Marchand.pdf", "Piece d'identite\nMarchand Gilles")]),

R("fr-sms-et-photo", "objection withdraw_consent",
  "Emilie <emilie.durant@hotmail.fr>",
  "sms + photo",
  """
Bonjour Sandra, je voudrais ne plus recevoir les sms de rappel des ateliers "promo" et aussi que vous enleviez la photo où je suis sur l'affiche du prochain atelier, j'avais donné mon accord mais finalement non. Merci !! Emilie
"""),

# NEAR-LINE: contests the recorded hours and asks to see the data and to hold transmission;
# no corrected value is asked for -> access + restriction, not rectification.
R("fr-erreur-dossier-stagiaire-voir-gel", "access restriction",
  "Noémie Castel <noemie.castel@gmail.com>",
  "Re: Attestation de fin de formation",
  """
Bonjour,

Sur l'attestation il est écrit que j'ai suivi 14h alors qu'on en a fait 21. Je suppose que c'est ce qui est dans votre fichier. Je voudrais voir exactement ce que vous avez enregistré sur moi (présences, évaluations), et en attendant qu'on règle ça, ne transmettez rien à Pôle emploi / France Travail svp.

Noémie
""" + apple_fr("Sandra Delomenie <contact@floraisondesoi.fr>", """
Bonjour Noémie,

Vous trouverez ci-joint votre attestation de fin de formation.

Bien à vous,
Sandra
""")),

R("fr-changement-adresse-et-supprimer-notes", "erasure rectification",
  "Corinne Valette <corinne.valette@gmail.com>",
  "Deux demandes",
  """
Bonjour Sandra,

1) Ma nouvelle adresse mail est corinne.valette@gmail.com (l'ancienne en @aliceadsl ne marche plus), merci de mettre à jour ma fiche.
2) Pourriez-vous supprimer les notes de la séance du 12 juin ? On y avait parlé de choses très personnelles concernant ma famille et je préfère qu'il n'en reste aucune trace.

Merci pour votre discrétion,
Corinne
"""),

R("fr-qc-copie-puis-exporter-effacer", "erasure portability",
  "Sébastien Lévesque <seb.levesque@videotron.ca>",
  "Mon dossier de formation",
  """
Bonjour,

J'aimerais récupérer mes données de la formation en ligne (mes réponses et ma progression) en format CSV pour les transférer vers la plateforme de mon nouvel employeur, puis que mon compte et mes renseignements soient effacés de votre côté.

Merci à l'avance,
Sébastien Lévesque
"""),
R("fr-relance-demande-en-piece-jointe", "erasure",
  "Sylviane Mercadier <sylviane.mercadier@hotmail.fr>",
  "TR: Demande de suppression - 2e envoi",
  """
Bonjour,

Je vous relance concernant ma demande ci-jointe, envoyée il y a cinq semaines et restée sans réponse. Je vous demande à nouveau d'effacer mes données personnelles de l'ensemble de vos fichiers et de me le confirmer.

Sylviane Mercadier
""", attach=[("eml", "demande_initiale.eml", dict(
      frm="Sylviane Mercadier <sylviane.mercadier@hotmail.fr>",
      subject="Demande de suppression",
      body="Bonjour,\n\nSuite à l'atelier de l'an dernier, je vous demande de supprimer toutes les données me concernant (fiche, adresse mail, téléphone).\n\nCordialement,\nSylviane Mercadier\n"))]),
]
