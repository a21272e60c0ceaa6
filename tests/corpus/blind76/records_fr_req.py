# French messages that exercise one or more rights.
from common import R

S = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SO = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
NL = ("Floraison de Soi", "contact@floraisondesoi.fr")

RECORDS = [
R("fr-acc-notes-seances-2024", "Mes notes de séances",
"""Bonjour Sandra,

J'ai fait un accompagnement avec vous entre mars et juin 2024 (6 séances, la reconversion). Je suis en train de faire le point avec une psychologue et ça m'aiderait beaucoup de relire ce que vous aviez noté pendant nos rendez-vous.

Est-ce que vous pourriez m'envoyer une copie de vos notes de séances me concernant, ainsi que la fiche de suivi ?

Merci d'avance, j'espère que vous allez bien.

Laurence Piquet""", ["access"], frm=("Laurence Piquet", "laurence.piquet@gmail.com")),

R("fr-acc-art15-formel", "Demande d'accès – article 15 du RGPD",
"""Madame,

En application de l'article 15 du Règlement (UE) 2016/679 et des articles 49 et suivants de la loi n° 78-17 du 6 janvier 1978, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous détenez ;
- les finalités des traitements et leur base légale ;
- les destinataires auxquels ces données ont été communiquées ;
- leur durée de conservation.

Vous trouverez ci-joint la copie de ma carte d'identité. Je vous rappelle que vous disposez d'un délai d'un mois pour me répondre.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Gérard Maupoint
12 impasse des Tilleuls
18100 Vierzon""", ["access"], frm=("Gérard Maupoint", "g.maupoint@wanadoo.fr"), to="sandra.delomenie@orange.fr",
 attach=[("pdf", "CNI_Maupoint.pdf", "Carte nationale d'identite - MAUPOINT Gerard - ne le 03/11/1957")]),

R("fr-acc-sms-style", "info",
"""bjr je voudrai savoir ce que vous avez sur moi dans vos fichier, jai fait latelier confiance en soi en 2023 je crois. merci
Kevin""", ["access"], frm=("kevin.b36", "kevin.b36@hotmail.fr"),
 headers={"X-Mailer": "Outlook for Android"}),

R("fr-acc-source-prospect", "D'où sortez-vous mon adresse ?",
"""Bonjour,

Je reçois depuis deux semaines vos mails « Floraison de Soi » alors que je ne vous connais pas et que je ne me suis jamais inscrite à quoi que ce soit chez vous.

J'aimerais savoir d'où vous tenez mon adresse mail, et si vous l'avez donnée à quelqu'un d'autre.

Cordialement,
M. Chabenat""", ["access"], frm=("Martine Chabenat", "mchabenat@free.fr")),
# NEAR-LINE: asks where the address came from and who it went to -> access; no stop asked, so no objection.

R("fr-acc-questionnaire-formation", "Questionnaire de positionnement – formation de novembre",
"""Bonjour Madame Delomenie,

J'ai participé à la formation « Animer un atelier de groupe » en novembre dernier, financée par mon employeur. En début de formation nous avions rempli un questionnaire de positionnement et un autotest sur nos styles de communication.

Pourriez-vous me transmettre mes réponses à ces deux questionnaires ? Je ne les ai pas gardées et je voudrais les reprendre avec mon manager pour mon entretien annuel.

Bien cordialement,
Nadia Ferhat
Chargée d'accueil – Mairie de Châteauroux""", ["access"], frm=("Ferhat Nadia", "nadia.ferhat@chateauroux-metropole.fr"),
 html="alt", headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-acc-belge", "Petite demande",
"""Bonjour Sandra,

On s'était vues au salon bien-être de Namur l'an passé, j'avais laissé mes coordonnées à votre stand et je reçois depuis votre lettre d'info (avec plaisir hein !).

Pourriez-vous m'envoyer une fois ce que vous avez comme informations sur moi ? C'est pour mettre de l'ordre, je fais ça avec tous les sites où je suis inscrite.

Merci beaucoup et à bientôt peut-être,
Anne-Sophie Dethier
Jambes (Belgique)""", ["access"], frm=("Anne-Sophie Dethier", "as.dethier@skynet.be")),

R("fr-acc-partage-prestataires", "Question sur mes coordonnées",
"""Bonjour,

Suite à mon inscription à votre webinaire, j'ai commencé à recevoir des pubs bizarres. Je ne dis pas que ça vient de vous, mais je voudrais savoir à qui vous avez communiqué mes coordonnées : Systeme.io, Zoom, d'autres partenaires ? Merci de me donner la liste précise.

Bonne journée
Thierry Aubrun""", ["access"], frm=("Thierry AUBRUN", "thierry.aubrun@laposte.net")),

R("fr-acc-quebec", "Copie de mon dossier",
"""Allô Sandra!

J'espère que ça va bien de l'autre bord. J'ai fait mon coaching avec toi en visio l'an passé pendant mon PVT en France, c'était vraiment le fun.

Là je suis revenue à Québec pis j'aimerais ben avoir une copie de mon dossier : les exercices que j'avais remplis, tes notes, le bilan de fin. Tu peux-tu me l'envoyer par courriel?

Merci gros!
Émilie Gagnon""", ["access"], frm=("Émilie Gagnon", "emilie.gagnon@videotron.ca")),

R("fr-acc-subject-only", "Demande de communication de mes données personnelles (art. 15 RGPD)", "",
 ["access"], frm=("Pascal Rouzier", "pascal.rouzier@orange.fr"), to="sandra.delomenie@orange.fr"),

R("fr-acc-enfoui-long", "Des nouvelles !",
"""Coucou Sandra,

Ça fait une éternité ! Je voulais te donner des nouvelles depuis le bilan qu'on avait fait ensemble. Alors voilà : j'ai quitté la banque en septembre (enfin !!), j'ai passé mon CAP pâtisserie en candidate libre et je suis en stage chez un artisan à Bourges. Mes enfants ont trouvé que j'étais métamorphosée, mon mari un peu moins au début mais il s'y fait.

Je repense souvent à l'exercice des valeurs, celui avec les cartes. D'ailleurs, est-ce que tu pourrais me renvoyer ce que j'avais rempli à l'époque et le compte-rendu de la dernière séance ? Je n'arrive plus à remettre la main dessus et j'aimerais les relire maintenant que j'y suis.

Sinon ici tout va bien, on a eu un mois de janvier très pluvieux, le jardin est une piscine. Si tu passes à Bourges, viens goûter mes éclairs !

Bises,
Cécile""", ["access"], frm=("Cécile Mornet", "cecile.mornet@gmail.com")),
# NEAR-LINE: request buried in chatty news; copy of her own session records -> access.

R("fr-acc-parent-mineur", "Suivi de ma fille Lou",
"""Madame,

Ma fille Lou Barthélémy, 16 ans, a suivi avec vous trois séances de coaching d'orientation l'automne dernier, à notre demande. Nous sommes ses représentants légaux.

Mon mari et moi souhaiterions obtenir une copie des informations que vous avez conservées la concernant (fiche, tests d'orientation, notes). Lou est d'accord avec cette démarche.

Je joins mon justificatif d'identité et le livret de famille.

Avec nos remerciements,
Hélène Barthélémy""", ["access"], frm=("Hélène Barthélémy", "helene.barthelemy@sfr.fr"),
 attach=[("pdf", "justificatifs_Barthelemy.pdf", "Livret de famille - BARTHELEMY - extrait page enfants")]),
# NEAR-LINE: parent acting for a minor -> request (policy).

R("fr-acc-avocat-mandat", "V/Réf. : Mme Solène Vatan – communication de données",
"""Madame,

J'interviens en qualité de conseil de Madame Solène Vatan, qui a été votre cliente en 2024 dans le cadre d'un accompagnement individuel, et dont vous trouverez le mandat en pièce jointe.

Au visa de l'article 15 du RGPD, ma cliente sollicite la communication de l'intégralité des données personnelles la concernant, y compris les comptes rendus de séances et échanges écrits.

Je vous remercie de bien vouloir adresser ces éléments à mon cabinet dans le délai légal.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Maître Arnaud Pélissier
Avocat au Barreau de Châteauroux
8 place Gambetta – 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leur destinataire.""",
 ["access"], frm=("Cabinet Pélissier", "secretariat@pelissier-avocat.fr"), to="sandra.delomenie@orange.fr",
 attach=[("pdf", "Mandat_Vatan.pdf", "Mandat - Solene VATAN donne mandat a Me Arnaud PELISSIER pour exercer ses droits RGPD")],
 cc=["a.pelissier@pelissier-avocat.fr"]),

R("fr-acc-rect-naissance", "ma fiche client",
"""Bonjour,

En remplissant le formulaire pour le prochain stage j'ai vu que ma date de naissance était pré-remplie au 14/07/1975 alors que je suis née le 17/04/1975, quelqu'un a dû inverser.

Pouvez-vous corriger ? Et tant qu'on y est j'aimerais bien savoir ce qu'il y a d'autre dans ma fiche, parce que si ça c'est faux…

Merci, Josiane Rabier""", ["access", "rectification"], frm=("Josiane Rabier", "josiane.rabier@orange.fr")),

R("fr-rect-trema", "Orthographe de mon prénom",
"""Bonjour Sandra,

Petit détail mais qui me tient à cœur : mon prénom s'écrit Maëlle, avec un tréma et deux L. Sur l'attestation de formation et dans tous vos mails il est écrit « Maelle ». Pourriez-vous rectifier dans votre fichier ?

Merci !
Maëlle Guérin""", ["rectification"], frm=("Maëlle Guérin", "maelle.guerin@yahoo.fr")),

R("fr-rect-demenagement", "Changement d'adresse",
"""Bonjour,

Je vous informe que j'ai déménagé. Ma nouvelle adresse est :
Bernard Lhomme
3 rue de la Poterne
36400 La Châtre

Merci de mettre à jour mon dossier pour les prochaines factures.

Cordialement""", ["rectification"], frm=("Bernard Lhomme", "bernard.lhomme36@orange.fr"), to="sandra.delomenie@orange.fr"),

R("fr-rect-tel-ancien", "Nouveau numéro",
"""Bonjour Sandra, c'est Fatou de l'atelier du jeudi.
J'ai changé de numéro, le nouveau c'est le 07 68 12 40 55. Tu peux effacer l'ancien (06 33...) je ne l'ai plus, c'est quelqu'un d'autre qui l'a maintenant et il reçoit tes rappels de rdv lol.
Merci !
Fatou

Envoyé de mon iPhone""", ["rectification"], frm=("Fatou Diallo", "fatou.diallo@icloud.com"),
 headers={"X-Mailer": "iPhone Mail (22D72)"}),
# NEAR-LINE: "effacer l'ancien" numéro with the new one given -> rectification only (policy).

R("fr-rect-email-nouveau", "Changement d'adresse mail",
"""Bonjour,

Mon adresse jean-luc.beaufils@numericable.fr va être fermée à la fin du mois. Merci d'utiliser désormais jlbeaufils@proton.me et de supprimer l'ancienne de votre liste.

Bien à vous,
Jean-Luc Beaufils""", ["rectification"], frm=("Jean-Luc Beaufils", "jean-luc.beaufils@numericable.fr"),
 reply_to="jlbeaufils@proton.me"),

R("fr-rect-note-metier", "Erreur dans ma fiche de suivi",
"""Bonjour Madame Delomenie,

Lors de notre dernier échange vous m'avez lu un extrait de ma fiche de suivi et j'ai remarqué qu'il y était indiqué que j'étais enseignante. Je suis infirmière scolaire, ce qui n'est pas du tout pareil, et ça change pas mal de choses dans ce qu'on travaille ensemble (les horaires, la relation aux élèves).

Merci de bien vouloir corriger cette mention.

Sincèrement,
Brigitte Auclair""", ["rectification"], frm=("Brigitte Auclair", "b.auclair@ac-orleans-tours.fr")),

R("fr-rect-nom-jeune-fille", "Reprise de mon nom",
"""Bonjour,

Suite à mon divorce j'ai repris mon nom de naissance. Je m'appelle donc désormais Claire Rondeau (et non plus Claire Mazet). Pourriez-vous modifier cela dans votre fichier clients et sur la plateforme de formation ?

Merci beaucoup,
Claire Rondeau""", ["rectification"], frm=("Claire Rondeau", "claire.mazet@gmail.com")),

R("fr-rect-suisse-completer", "Compléter mes coordonnées",
"""Bonjour Madame,

Je vous écris de Lausanne. Je me suis rendu compte que ma fiche sur votre plateforme ne contient que mon prénom et mon courriel. Pour que mes attestations soient valables auprès de mon employeur, il faudrait compléter avec mon nom de famille (Wüthrich) et le nom de mon institution (Fondation Les Oliviers).

Je vous remercie d'avance et vous adresse mes meilleures salutations.

Reto Wüthrich""", ["rectification"], frm=("Reto Wüthrich", "reto.wuethrich@bluewin.ch")),

R("fr-rect-adresse-fausse", "adresse erronée",
"""Bonsoir, le courrier que vous m'avez envoyé est revenu chez ma voisine, vous avez noté le 21 au lieu du 12 rue des Capucins. Merci de corriger dans vos dossiers. Yvette Charbonnier""",
 ["rectification"], frm=("Yvette Charbonnier", "yvette.charbonnier@laposte.net")),

R("fr-era-simple", "Suppression",
"""Bonjour,

Merci de supprimer toutes les données me concernant.

Cordialement,
Sébastien Morin""", ["erasure"], frm=("Sébastien Morin", "seb.morin@gmail.com")),

R("fr-era-compte-et-donnees", "Suppression de mon compte Floraison de Soi",
"""Bonjour,

Je n'utilise plus du tout la plateforme de formation en ligne. Je vous demande de supprimer mon compte ainsi que toutes les données qui y sont associées (profil, progression, messages).

Merci de me confirmer quand c'est fait.

Lucie Bonnin""", ["erasure"], frm=("Lucie Bonnin", "lucie.bonnin@outlook.fr"), html="alt"),

R("fr-era-art17", "Exercice du droit à l'effacement",
"""Madame,

Conformément à l'article 17 du Règlement général sur la protection des données, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant, dans vos fichiers comme chez vos sous-traitants (Systeme.io, Google Drive).

Les données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées, notre relation contractuelle ayant pris fin en 2022.

Je vous remercie de me confirmer par écrit l'effacement effectif.

Veuillez agréer, Madame, mes salutations distinguées.

François Delaunay""", ["erasure"], frm=("François Delaunay", "francois.delaunay@orange.fr"), to="sandra.delomenie@orange.fr",
 attach=[("pdf", "piece_identite_Delaunay.pdf", "Permis de conduire - DELAUNAY Francois")]),

R("fr-era-tutoie", "coucou",
"""Sandra stp efface tout ce que t'as sur moi, mes notes, mes mails tout. j'ai tourné la page de cette période et je veux plus que ça traîne quelque part. je t'en veux pas hein c'était super mais voilà.
bisous
Jess""", ["erasure"], frm=("Jess", "jessicalmt@gmail.com"), headers={"X-Mailer": "Gmail for iPhone"}),

R("fr-era-poli-question", "Mes données",
"""Bonjour,
Pourriez-vous supprimer mes données s'il vous plaît ? Je ne suis plus concernée par vos accompagnements.
Bonne journée,
Odile Pasquet""", ["erasure"], frm=("Odile Pasquet", "odile.pasquet@wanadoo.fr")),
# NEAR-LINE: polite question that asks for the thing -> request.

R("fr-era-donnees-sante", "Informations médicales",
"""Bonjour Sandra,

Lors de mon inscription au stage « Prendre soin de soi » j'ai rempli le questionnaire où j'indiquais mon traitement et ma maladie de Crohn. Le stage est fini depuis longtemps et je n'ai pas envie que ces informations restent stockées.

Pouvez-vous supprimer ce questionnaire et tout ce qui concerne ma santé ?

Merci de ta compréhension,
Agnès""", ["erasure"], frm=("Agnès Villemont", "agnes.villemont@gmail.com")),

R("fr-era-droit-oubli", "Droit à l'oubli",
"""Je souhaite exercer mon droit à l'oubli auprès de votre entreprise. Merci de faire le nécessaire.
P. Lacroix""", ["erasure"], frm=("Patrice Lacroix", "p.lacroix@bbox.fr")),

R("fr-era-groupe-whatsapp", "Groupe WhatsApp promo 2023",
"""Bonjour Sandra,

Le groupe WhatsApp de la promo est toujours actif et j'y suis encore, alors que la formation est terminée depuis plus d'un an. Merci de m'en retirer et de supprimer mon numéro, mes messages et ce que tu as gardé de moi de cette formation.

Belle journée,
Morgane""", ["erasure"], frm=("Morgane Tessier", "morgane.tessier@gmail.com")),

R("fr-era-obj-newsletter", "stop",
"""Bonjour, je ne veux plus recevoir vos mails et je veux que vous effaciez mon adresse et tout le reste de vos fichiers. Merci.""",
 ["erasure", "objection"], frm=("", "lepetitprince1968@aol.com"),
 quote=("gmail", "Floraison de Soi", "contact@floraisondesoi.fr", "La lettre de février : oser ralentir",
 "Bonjour à toutes et à tous,\nEn février, on ralentit ! Je vous propose trois petites pratiques pour retrouver du souffle...\nSe désinscrire : https://floraisondesoi.systeme.io/unsubscribe")),

R("fr-era-acc-avant", "Avant de tout supprimer",
"""Bonjour Sandra,

J'aimerais que tu supprimes toutes mes données, mais avant, est-ce que tu peux m'envoyer une copie de ce que tu as (notes, bilans, mails) ? Je veux garder une trace pour moi.

Merci, et merci pour tout ce que tu m'as apporté.
Inès""", ["access", "erasure"], frm=("Inès Belkacem", "ines.belkacem@gmail.com")),

R("fr-era-quebec", "Suppression de mes renseignements personnels",
"""Bonjour,

Je vous écris afin de vous demander de détruire les renseignements personnels que vous détenez à mon sujet (formulaire d'inscription à l'atelier virtuel, courriels, etc.). Je ne souhaite plus faire affaire avec votre entreprise.

Merci de me confirmer la destruction.

Mathieu Tremblay
Sherbrooke (Québec)""", ["erasure"], frm=("Mathieu Tremblay", "m.tremblay@sympatico.ca")),

R("fr-res-conteste-note", "Contestation du bilan",
"""Madame,

J'ai reçu le bilan de fin d'accompagnement et je conteste formellement plusieurs éléments qui y figurent, notamment le passage indiquant que j'aurais « des difficultés relationnelles avec la hiérarchie ». Ce n'est pas ce que j'ai dit.

Tant que nous n'avons pas revu ce document ensemble, je vous demande de ne pas l'utiliser ni le transmettre à mon employeur qui a financé l'accompagnement.

Cordialement,
Olivier Marchand""", ["restriction"], frm=("Olivier Marchand", "olivier.marchand@gmail.com")),
# NEAR-LINE: contests accuracy and asks to pause use -> restriction only (policy), not rectification.

R("fr-res-ne-pas-supprimer", "Ne rien effacer SVP",
"""Bonjour,

Je suis actuellement en litige avec mon ancien employeur devant le conseil de prud'hommes et les séances que nous avons eues à l'époque pourraient servir. Surtout ne supprimez rien de mon dossier, même si la durée de conservation arrive à échéance, mais ne vous en servez plus non plus et ne le communiquez à personne sans mon accord.

Merci de votre compréhension,
Rachid Amrani""", ["restriction"], frm=("Rachid Amrani", "rachid.amrani@free.fr")),

R("fr-res-geler", "Geler mon dossier",
"""Bonjour Sandra,
Je fais une pause dans mon accompagnement pour raisons de santé. Je voudrais que tu gèles mon dossier : pas de suppression mais aucune utilisation, pas de relances, rien, jusqu'à ce que je revienne vers toi.
Merci
Valérie""", ["restriction"], frm=("Valérie Dubreuil", "valerie.dubreuil@orange.fr")),

R("fr-res-art18", "Demande de limitation du traitement",
"""Madame,

Sur le fondement de l'article 18 du RGPD, je vous demande de limiter le traitement des données me concernant pendant la durée de vérification de leur exactitude, ma fiche de suivi comportant selon moi des informations inexactes sur ma situation familiale.

Je vous saurais gré de me confirmer la mise en œuvre de cette limitation.

Salutations distinguées,
Danielle Foucher""", ["restriction"], frm=("Danielle Foucher", "danielle.foucher@orange.fr"), to="sandra.delomenie@orange.fr"),

R("fr-res-facturation-seule", "Utilisation de mes infos",
"""Bonjour,

Je comprends que vous deviez garder mes factures pour votre comptabilité. Par contre je voudrais que mes coordonnées ne servent plus qu'à ça et à rien d'autre pour l'instant, le temps que je réfléchisse à la suite.

Cordialement
Stéphane Renaud""", ["restriction"], frm=("Stéphane Renaud", "stephane.renaud@bbox.fr")),
# NEAR-LINE: keep but limit use, "pour l'instant" -> restriction rather than objection.

R("fr-res-pause-sms", "dossier",
"""bonjour madame pouvez vous mettre mon dossier en attente svp, ne rien en faire ni le supprimer, je vous rappelle quand j'y vois plus clair. merci. Sylvie M.""",
 ["restriction"], frm=("sylvie", "sylvie.mallet@sfr.fr"), headers={"X-Mailer": "SFR Mail"}),

R("fr-port-csv-nouveau-coach", "Export de mes données",
"""Bonjour Sandra,

Je déménage à Nantes et je vais continuer avec une coach là-bas. Est-ce que tu pourrais m'exporter mes données (fiches d'exercices, objectifs, historique des séances) dans un fichier que je pourrai lui transmettre, en CSV ou un format du genre ?

Merci beaucoup pour ces deux années !
Aurélie""", ["portability"], frm=("Aurélie Chassagne", "aurelie.chassagne@gmail.com")),

R("fr-port-transfert-direct", "Transfert de mon dossier",
"""Madame,

Je souhaite que mon dossier de suivi soit transmis directement à Madame Ophélie Renard, coach certifiée à Tours (o.renard@coaching-tours.fr), dans un format qu'elle puisse réutiliser.

Je vous remercie.
Gisèle Manceau""", ["portability"], frm=("Gisèle Manceau", "gisele.manceau@orange.fr"), cc=["o.renard@coaching-tours.fr"]),

R("fr-port-art20-json", "Droit à la portabilité (art. 20 RGPD)",
"""Bonjour,

En application de l'article 20 du RGPD, je vous demande de me transmettre les données que je vous ai fournies (inscription, réponses aux questionnaires en ligne, progression dans les modules) dans un format structuré, couramment utilisé et lisible par machine (JSON ou CSV).

Cordialement,
Yannick Le Goff""", ["portability"], frm=("Yannick Le Goff", "yannick.legoff@protonmail.com")),

R("fr-port-acc-voir", "ce que vous avez + export",
"""Bonjour,
J'aimerais savoir quelles données vous avez sur moi et les récupérer dans un format que je puisse réimporter ailleurs (tableur). Merci.
Damien Collas""", ["access", "portability"], frm=("Damien Collas", "damien.collas@gmail.com")),

R("fr-port-plateforme-formation", "Récupérer ma progression",
"""Bonjour,

Mon entreprise change d'organisme de formation pour la suite du parcours manager. Serait-il possible de récupérer mes résultats aux quiz et ma progression dans les modules de votre plateforme dans un fichier exploitable, pour que le nouvel organisme puisse les importer ?

Merci d'avance,
Julien Perrot
Responsable d'équipe – Boulangeries Perrot""", ["portability"], frm=("Julien Perrot", "julien.perrot@boulangeries-perrot.fr"), html="alt"),

R("fr-port-belge-fichier", "Mes fiches en fichier",
"""Bonjour Sandra,

Je vais poursuivre mon chemin avec une thérapeute à Liège. Pourrais-tu me faire parvenir mes fiches et mes bilans dans un fichier réutilisable (Excel ou autre), que je lui envoie ? Ce serait chouette.

Merci pour tout,
Delphine Wauters""", ["portability"], frm=("Delphine Wauters", "delphine.wauters@telenet.be")),

R("fr-obj-desinscription", "Désinscription",
"""Bonjour,
Merci de me désinscrire de votre newsletter.
Cordialement""", ["objection"], frm=("Chantal Boissière", "chantal.boissiere@orange.fr")),

R("fr-obj-sms-rappels", "Les SMS",
"""Bonjour, je reçois des SMS de promotion pour vos ateliers presque chaque semaine. Je ne veux plus en recevoir. Merci. Mme Pinault""",
 ["objection"], frm=("Mme Pinault", "pinault.jeanine@orange.fr")),

R("fr-obj-appels-prospection", "Vos appels",
"""Madame,

Votre assistante m'a appelée trois fois ce mois-ci pour me proposer la formation « Manager bienveillant ». Je vous ai déjà dit que cela ne m'intéressait pas. Je m'oppose à toute nouvelle sollicitation commerciale, par téléphone comme par mail.

Catherine Lemaire
DRH – Transports Lemaire""", ["objection"], frm=("Catherine Lemaire", "c.lemaire@transports-lemaire.fr")),

R("fr-obj-statistiques", "Utilisation de mes réponses",
"""Bonjour,

Je lis dans votre politique que les questionnaires servent aussi à « l'évolution des prestations ». Je ne souhaite pas que mes réponses soient utilisées pour des statistiques ou des études, même anonymisées. Merci d'en prendre note.

Hugo Bernardin""", ["objection"], frm=("Hugo Bernardin", "hugo.bernardin@gmail.com")),

R("fr-obj-profilage-pub", "Publicités ciblées",
"""Bonjour,

Depuis que j'ai visité votre site je vois vos pubs partout sur Facebook. Je refuse que mes données de navigation servent à me cibler. Merci de me retirer de vos audiences publicitaires.

Salutations
Noël Fradet""", ["objection"], frm=("Noël Fradet", "noel.fradet@free.fr")),
# NEAR-LINE: objecting to ad targeting/profiling -> objection (not withdraw_consent, no consent named).

R("fr-obj-oneliner", "désabonnement", "désabonnez moi svp", ["objection"],
 frm=("", "dede.36@laposte.net")),

R("fr-obj-stop-quoted", "RE: Atelier du 14 mars – il reste 3 places !",
"""STOP""", ["objection"], frm=("René Thibault", "rene.thibault@orange.fr"),
 quote=("outlook", "Floraison de Soi", "contact@floraisondesoi.fr", "Atelier du 14 mars – il reste 3 places !",
 "Bonjour René,\nIl reste trois places pour l'atelier « Gérer ses émotions au travail » du 14 mars à Issoudun.\nRéservez ici : https://floraisondesoi.fr/ateliers\nVous recevez ce mail car vous êtes inscrit à la lettre d'information.")),

R("fr-obj-newsletter-trop", "Re: La lettre de mars",
"""Bonjour Sandra, j'aime beaucoup ce que tu fais mais je reçois trop de mails en ce moment, je préfère ne plus être sur la liste. Je te suivrai sur Instagram ! Belle journée""",
 ["objection"], frm=("Pauline Roux", "pauline.roux@gmail.com"),
 quote=("gmail", "Floraison de Soi", "contact@floraisondesoi.fr", "La lettre de mars",
 "Chères lectrices, chers lecteurs,\nLe printemps arrive et avec lui l'envie de semer...\nÀ très vite,\nSandra")),

R("fr-obj-plus-contacter", "Ne plus me contacter",
"""Bonjour,

J'ai été cliente il y a plusieurs années. Je continue à recevoir des propositions d'ateliers et des vœux. Je ne souhaite plus être contactée par votre entreprise à des fins commerciales.

Merci,
Marie-Paule Chevrier""", ["objection"], frm=("Marie-Paule Chevrier", "mp.chevrier@orange.fr")),

R("fr-wc-temoignage-site", "Mon témoignage sur le site",
"""Bonjour Sandra,

Il y a deux ans je t'avais donné mon accord pour publier mon témoignage sur ton site (celui qui commence par « J'étais perdue après mon licenciement »). Aujourd'hui je travaille dans une structure où certains collègues pourraient tomber dessus et je préférerais qu'il soit retiré.

Merci de ta compréhension,
Sophie L.""", ["withdraw_consent"], frm=("Sophie Lartigue", "sophie.lartigue@gmail.com")),

R("fr-wc-photo-atelier", "Photo de l'atelier",
"""Bonjour,

Je me suis reconnue sur la photo de groupe de l'atelier de janvier publiée sur votre page Facebook et sur le site. J'avais signé l'autorisation mais j'ai changé d'avis, merci de la retirer ou de me flouter.

Cordialement,
Naïma Saïdi""", ["withdraw_consent"], frm=("Naïma Saïdi", "naima.saidi@hotmail.fr"), html="only"),

R("fr-wc-replay-video", "Replay du webinaire",
"""Bonjour,

J'ai pris la parole avec la caméra allumée pendant le webinaire du 5 février et je vois que le replay est en ligne sur la plateforme. J'avais dit oui pour l'enregistrement sur le moment, mais je retire mon accord : pouvez-vous couper ma partie ou retirer la vidéo ?

Merci,
Alain Vergnaud""", ["withdraw_consent"], frm=("Alain Vergnaud", "alain.vergnaud@gmail.com")),

R("fr-wc-donnees-sante", "Retrait de mon consentement",
"""Madame,

J'avais signé au début de l'accompagnement le formulaire de consentement à la collecte de mes données de santé. Je retire ce consentement à compter de ce jour.

Bien cordialement,
Monique Darnault""", ["withdraw_consent"], frm=("Monique Darnault", "monique.darnault@wanadoo.fr")),

R("fr-wc-enregistrement-audio", "enregistrement de la séance",
"""Bonjour Sandra

Pour la séance de supervision de décembre tu m'avais demandé si tu pouvais enregistrer (pour ta formation de superviseure). J'ai dit oui un peu vite. Finalement je ne suis plus d'accord pour que cet enregistrement soit utilisé.

Merci et à bientôt
Gaëlle""", ["withdraw_consent"], frm=("Gaëlle Normand", "gaelle.normand@gmail.com")),

R("fr-wc-questionnaire-etude", "Mon questionnaire pour l'étude",
"""Bonjour,

J'avais accepté que mes réponses au questionnaire de satisfaction soient utilisées pour l'étude que vous préparez avec l'association. Je reviens sur mon accord : merci de ne pas les inclure.

Cordialement,
Lionel Gatignol""", ["withdraw_consent"], frm=("Lionel Gatignol", "lionel.gatignol@orange.fr")),

R("fr-wc-era-tout", "Retrait témoignage + suppression",
"""Bonjour,

Je souhaite que mon témoignage vidéo soit retiré de votre site et de votre chaîne YouTube, et que vous supprimiez ensuite toutes les données que vous avez à mon sujet.

Merci de me confirmer les deux.
Elodie Marchais""", ["erasure", "withdraw_consent"], frm=("Elodie Marchais", "elodie.marchais@gmail.com")),

R("fr-wc-cookies", "cookies",
"""Bonjour, j'ai cliqué sur « tout accepter » sur votre site un peu vite. Je retire mon consentement aux cookies de mesure d'audience, il n'y a pas de bouton pour changer d'avis. Merci. A. Roche""",
 ["withdraw_consent"], frm=("Armelle Roche", "armelle.roche@gmail.com")),
# NEAR-LINE: analytics cookies rest on consent per the policy; "je retire mon consentement" -> withdraw_consent.

R("fr-pm-fille-maman", "Décès de ma mère, Mme Jacqueline Tardieu",
"""Bonjour Madame,

Ma mère, Jacqueline Tardieu, est décédée le 2 février. Elle avait suivi plusieurs de vos ateliers et je crois qu'elle recevait votre lettre. Je m'occupe de ses affaires et je vous demande de clôturer son dossier et de supprimer ses informations.

Je joins l'acte de décès.

Merci de votre compréhension,
Corinne Tardieu""", ["post_mortem"], frm=("Corinne Tardieu", "corinne.tardieu@orange.fr"),
 attach=[("pdf", "acte_deces_Tardieu.pdf", "Acte de deces - TARDIEU Jacqueline nee MARTIN - Issoudun")]),

R("fr-pm-notaire", "Succession de M. Henri Bouchet – demande d'information",
"""Maître Lucie Gendron
Notaire à Issoudun

Madame,

Je suis chargée du règlement de la succession de Monsieur Henri Bouchet, décédé le 19 décembre 2025, qui était, selon les relevés bancaires, votre client.

Je vous remercie de bien vouloir m'indiquer les sommes éventuellement dues ou restant à rembourser, et de me communiquer les documents contractuels le concernant.

Vous trouverez ci-joint l'attestation de dévolution et l'acte de décès.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour Maître Gendron,
Sarah Pinton, clerc de notaire""", ["post_mortem"], frm=("Office notarial Gendron", "office.gendron@notaires.fr"), to="sandra.delomenie@orange.fr",
 attach=[("pdf", "Bouchet_acte_deces.pdf", "Acte de deces - BOUCHET Henri - 19/12/2025"), ("pdf", "Bouchet_devolution.pdf", "Attestation de devolution successorale - BOUCHET Henri")]),
# NEAR-LINE: notary after a death asks for contract documents -> post_mortem only.

R("fr-pm-directives-propres", "Mes directives",
"""Bonjour Sandra,

Tu sais que ma maladie avance. Je mets mes papiers en ordre et je voulais te laisser ceci par écrit : après mon décès, je souhaite que tout ce que tu as sur moi (notes, enregistrements, messages) soit détruit, sauf la lettre que j'ai écrite pendant notre dernière séance, que tu pourras remettre à ma fille Anaïs si elle te la demande.

Merci pour tout ce chemin. Je t'embrasse.
Mireille""", ["post_mortem"], frm=("Mireille Ducros", "mireille.ducros@orange.fr")),

R("fr-pm-veuf-temoignage", "Témoignage de mon épouse",
"""Madame,

Mon épouse Françoise Leblanc nous a quittés en janvier. Je suis tombé par hasard sur son témoignage, avec sa photo, sur votre site internet. C'est très douloureux pour moi et mes enfants. Je vous demande de le retirer.

Jacques Leblanc""", ["post_mortem"], frm=("Jacques Leblanc", "jacques.leblanc36@orange.fr")),
# NEAR-LINE: testimonial withdrawal, but by a relative after a death -> post_mortem only.

R("fr-pm-fils-notes", "Mon père, Claude Ravel",
"""Bonjour,

Mon père Claude Ravel est décédé à l'automne. En rangeant ses papiers j'ai compris qu'il vous avait consultée pendant plusieurs mois avant sa mort. Je voudrais comprendre ce qu'il traversait : serait-il possible d'avoir accès à vos notes le concernant ?

Je peux fournir tous les justificatifs.

Thomas Ravel""", ["post_mortem"], frm=("Thomas Ravel", "thomas.ravel@gmail.com")),

R("fr-pm-directives-soeur", "Au cas où",
"""Sandra,

Je pars en mission humanitaire six mois et on ne sait jamais. Si jamais il m'arrivait quelque chose, ma sœur Hélène (helene.poitou@gmail.com) est la seule à pouvoir décider de ce que deviennent mes données chez toi. Je préfère qu'elles soient effacées, sauf si elle en a besoin.

Je te fais confiance.
Lucas Poitou""", ["post_mortem"], frm=("Lucas Poitou", "lucas.poitou@gmail.com")),
# NEAR-LINE: instructions for one's own data after death -> post_mortem.

R("fr-pm-soeur-newsletter", "Ma soeur ne lira plus vos lettres",
"""Bonjour,

Ma sœur Nathalie Combes est décédée le mois dernier. Je reçois ses mails et je vois passer votre newsletter. Merci de la retirer de vos listes, ça me fait un pincement à chaque fois.

Isabelle Combes""", ["post_mortem"], frm=("Isabelle Combes", "isabelle.combes@laposte.net")),
# NEAR-LINE: unsubscribe, but for a deceased sister -> post_mortem only.

R("fr-pm-belge-neveu", "Décès de mon oncle",
"""Bonjour Madame,

Je me permets de vous écrire au sujet de mon oncle, Monsieur Albert Dupont, décédé à Charleroi le 8 janvier, dont je suis l'exécuteur testamentaire. Il avait un abonnement à vos formations en ligne. Je vous saurais gré de bien vouloir fermer son compte et m'envoyer un récapitulatif de ce qui a été payé.

Salutations distinguées,
Philippe Dupont""", ["post_mortem"], frm=("Philippe Dupont", "philippe.dupont@proximus.be")),

R("fr-obj-wc-combo", "Newsletter et témoignage",
"""Bonjour Sandra,

Deux choses : je ne veux plus recevoir la newsletter, et je retire mon accord pour le témoignage écrit que je t'avais envoyé en 2023 (« Avant Floraison de Soi, je... »). Merci de le retirer du site.

Karine""", ["objection", "withdraw_consent"], frm=("Karine Aubert", "karine.aubert@gmail.com")),

R("fr-rect-obj-sms", "Changement de mail et SMS",
"""Bonjour,
Ma nouvelle adresse est celle-ci (f.gautron@outlook.fr), merci de remplacer l'ancienne (fgautron36@yahoo.fr). Et par la même occasion je ne souhaite plus recevoir les SMS promotionnels.
Merci
Fabrice Gautron""", ["objection", "rectification"], frm=("Fabrice Gautron", "f.gautron@outlook.fr")),

R("fr-acc-port-era-trio", "Demande RGPD complète",
"""Madame,

Je vous demande :
1) de m'indiquer quelles données personnelles vous détenez sur moi ;
2) de me les transmettre dans un format lisible par machine ;
3) puis de les effacer définitivement, une fois la transmission faite.

Merci de votre diligence.
Vincent Haguenauer""", ["access", "erasure", "portability"], frm=("Vincent Haguenauer", "v.haguenauer@gmail.com")),

R("fr-res-acc-conteste", "Ma fiche",
"""Bonjour,

Une amie qui a fait le même stage que moi m'a dit que vous notiez des remarques personnelles sur chaque participant. Je voudrais voir ce qui est écrit sur moi, et en attendant que je l'aie lu, je ne veux pas que ces notes soient utilisées ni partagées avec l'animatrice du prochain module.

Corinne Baudet""", ["access", "restriction"], frm=("Corinne Baudet", "corinne.baudet@gmail.com")),

R("fr-avocat-era-obj", "Notre client M. Kader Benali – effacement et opposition",
"""Madame,

Nous représentons Monsieur Kader Benali, dont le pouvoir est joint.

Notre client s'oppose à toute prospection commerciale de votre part et vous demande l'effacement de ses données en application des articles 17 et 21 du RGPD. Nous vous remercions de nous confirmer l'exécution de ces demandes sous un mois.

Bien à vous,
SELARL Durand & Associés""", ["erasure", "objection"], frm=("SELARL Durand & Associés", "contact@durand-avocats.fr"),
 attach=[("pdf", "pouvoir_Benali.pdf", "Pouvoir - Kader BENALI mandate SELARL DURAND ET ASSOCIES")]),

R("fr-obj-telephone", "appels",
"""Bonjour, merci de ne plus m'appeler sur mon portable pour les relances d'ateliers. Je préfère regarder moi-même le programme quand j'en ai envie. Bonne journée, Bernadette""",
 ["objection"], frm=("Bernadette Gillet", "bernadette.gillet@orange.fr")),

R("fr-acc-deja-fait-relance", "Re: Demande d'accès à mes données",
"""Bonjour,

Je me permets de vous relancer : je vous ai écrit il y a trois semaines pour obtenir la copie des données me concernant et je n'ai pas eu de réponse. Merci de me les faire parvenir.

Cordialement,
Aline Métayer""", ["access"], frm=("Aline Métayer", "aline.metayer@gmail.com"), reply=True,
 quote=("gmail", "Aline Métayer", "aline.metayer@gmail.com", "Demande d'accès à mes données",
 "Bonjour,\nJe souhaiterais recevoir une copie de l'ensemble des données que vous détenez à mon sujet.\nMerci,\nAline Métayer")),

R("fr-era-entreprise-rh", "Données de nos anciens salariés",
"""Bonjour Madame Delomenie,

Je suis responsable RH chez Menuiseries Berrichonnes. Nous vous avions inscrit six salariés à la formation « Communication non violente » en 2024. Pour ma part, j'ai quitté mon poste de formatrice interne et je ne fais plus partie de ces échanges : pouvez-vous supprimer mes propres coordonnées (nom, mail, téléphone direct) de votre fichier ? Ma collègue Sonia Pichon reprend le dossier.

Cordialement,
Laëtitia Moreau""", ["erasure"], frm=("Laëtitia Moreau", "l.moreau@menuiseries-berrichonnes.fr"), html="alt",
 headers={"X-Mailer": "Microsoft Outlook 16.0"}),
# NEAR-LINE: HR writer, but the erasure asked is about her own data -> request.

R("fr-wc-photo-enfant", "Photo de mon fils",
"""Bonjour,

Mon fils Noé (14 ans) a participé à l'atelier ados « Confiance et prise de parole ». Nous avions signé l'autorisation de droit à l'image, mais nous la retirons : merci d'enlever les photos où il apparaît sur votre Instagram et votre site.

Cordialement,
Sandrine Lopez""", ["withdraw_consent"], frm=("Sandrine Lopez", "sandrine.lopez@gmail.com")),
# NEAR-LINE: parent for a minor -> request.

R("fr-rect-mail-html-form", "[Formulaire de contact] Modification de mes coordonnées",
"""Nom : Ginette Brunaud
Email : ginette.brunaud@orange.fr
Téléphone : 02 54 21 88 09
Message : Bonjour, mon numéro fixe a changé, le nouveau est 02 54 21 88 09 (l'ancien 02 54 03 ... n'existe plus). Merci de mettre à jour. Ginette""",
 ["rectification"], frm=("Floraison de Soi – site", "wordpress@floraisondesoi.fr"), reply_to="ginette.brunaud@orange.fr", html="alt"),

R("fr-era-formulaire-site", "[Formulaire de contact] Suppression",
"""Nom : Hamid Zerrouki
Email : hamid.z@gmail.com
Message : Bonjour je voudrais que mon inscription et mes infos soient effacées de votre base, merci""",
 ["erasure"], frm=("Floraison de Soi – site", "wordpress@floraisondesoi.fr"), reply_to="hamid.z@gmail.com"),

R("fr-acc-euphemisme", "Une question un peu délicate",
"""Bonjour Sandra,

Je me demande depuis un moment ce qui reste de nos échanges de l'époque. J'avais beaucoup parlé de mon couple et je ne sais pas trop ce qui a été gardé par écrit. Est-ce que tu pourrais me montrer ce que tu as conservé ? Ça me rassurerait.

Amitiés,
Florence""", ["access"], frm=("Florence Vial", "florence.vial@sfr.fr")),
# NEAR-LINE: roundabout wording, but asks to be shown what is held -> access.

R("fr-obj-suisse-lettre", "Lettre d'information",
"""Bonjour Madame,

Je vous prie de bien vouloir me retirer de votre liste de diffusion. Je vous remercie de votre compréhension et vous adresse mes salutations cordiales.

Jean-Daniel Favre
Neuchâtel""", ["objection"], frm=("Jean-Daniel Favre", "jd.favre@bluewin.ch")),

R("fr-res-avant-suppression", "Attendez avant d'effacer",
"""Bonjour Sandra, j'ai reçu le mail m'annonçant que mon compte sur la plateforme allait être supprimé pour inactivité. Ne le supprime pas tout de suite s'il te plaît, j'ai besoin de récupérer l'attestation pour mon dossier VAE. Tu peux juste le mettre de côté sans rien en faire ? Merci ! Nicolas""",
 ["restriction"], frm=("Nicolas Febvre", "nicolas.febvre@gmail.com")),
# NEAR-LINE: "don't delete, keep aside without using" -> restriction (policy: don't use, don't delete).

R("fr-port-drive", "Récupération des documents",
"""Bonjour,

Vous aviez stocké dans un dossier Google Drive partagé tous les documents que je vous avais transmis (CV, tests, bilans). Pouvez-vous me les renvoyer sous forme de fichiers que je puisse réutiliser, ou les transférer directement à mon conseiller France Travail (m.leroy@francetravail.fr) ?

Merci,
Sabrina Kaci""", ["portability"], frm=("Sabrina Kaci", "sabrina.kaci@gmail.com")),

R("fr-acc-facture-vs-donnees", "Copie de ce que vous avez sur moi",
"""Bonjour,

Je ne parle pas des factures, je les ai. Je voudrais la copie de tout le reste : fiche d'inscription, notes, échanges. Merci.

J. Pottier""", ["access"], frm=("Jérôme Pottier", "jerome.pottier@orange.fr")),

R("fr-wc-groupe-facebook", "Mes publications dans le groupe",
"""Bonjour,

Vous partagez parfois des captures des échanges du groupe Facebook privé en exemple dans vos lettres d'information (floutées, mais on me reconnaît). J'avais accepté au début, je ne le souhaite plus.

Merci,
Océane""", ["withdraw_consent"], frm=("Océane Ribeiro", "oceane.ribeiro@gmail.com")),

R("fr-era-rect-combo", "Deux demandes",
"""Bonjour,

1) Mon nom est mal orthographié dans votre fichier : c'est Lemaître avec un accent circonflexe, pas Lemaitre.
2) Par ailleurs, je souhaite que vous supprimiez mes réponses au questionnaire d'entrée de 2023, qui ne sont plus d'actualité.

Merci,
Gaspard Lemaître""", ["erasure", "rectification"], frm=("Gaspard Lemaître", "gaspard.lemaitre@gmail.com")),

R("fr-obj-acc-source", "Démarchage",
"""Bonjour,

J'ai reçu un mail de prospection pour vos formations à mon adresse pro. Je voudrais savoir comment vous l'avez obtenue et je m'oppose à l'utilisation de mes coordonnées pour ce type d'envoi.

Stéphanie Royer
Directrice – EHPAD Les Glycines""", ["access", "objection"], frm=("Stéphanie Royer", "direction@ehpad-lesglycines.fr")),

R("fr-pm-mari-compte", "Compte de mon mari",
"""Bonjour, mon mari Gilles Perrin est décédé en décembre. Il avait un compte sur votre site de formation, je ne connais pas son mot de passe. Pouvez-vous supprimer ce compte et tout ce qui va avec ? Merci. Annie Perrin""",
 ["post_mortem"], frm=("Annie Perrin", "annie.perrin@orange.fr")),

R("fr-res-liste-attente", "Pas de suppression",
"""Bonjour,

J'ai vu dans votre politique que les données des prospects sont supprimées au bout de 3 ans. Je suis dans ce cas mais je compte revenir vers vous l'an prochain pour un bilan. Pouvez-vous conserver mon dossier sans l'utiliser d'ici là (pas de mails, rien) ?

Merci,
Patricia Guillot""", ["restriction"], frm=("Patricia Guillot", "patricia.guillot@gmail.com")),

R("fr-era-html-only", "Suppression de mes coordonnées",
"""Bonjour,

Je vous remercie de retirer définitivement mes coordonnées (nom, téléphone, adresse mail et postale) de l'ensemble de vos fichiers.

Bien cordialement,
Jacqueline Moreau-Vidal""", ["erasure"], frm=("Jacqueline Moreau-Vidal", "jmoreauvidal@orange.fr"), html="only"),

R("fr-pm-executeur-directive", "Directives de Mme Simone Arnaud",
"""Madame,

Je vous informe du décès de Madame Simone Arnaud, survenu le 11 mars 2026. Elle m'avait désigné comme personne chargée d'exécuter ses directives relatives à ses données personnelles. Conformément à celles-ci, je vous demande la communication de ses écrits personnels confiés lors des ateliers d'écriture, puis leur effacement.

Veuillez trouver en pièces jointes ses directives signées et l'acte de décès.

Bernard Arnaud""", ["post_mortem"], frm=("Bernard Arnaud", "bernard.arnaud@orange.fr"),
 attach=[("pdf", "directives_Arnaud.pdf", "Directives relatives aux donnees personnelles apres deces - Simone ARNAUD"), ("pdf", "acte_deces.pdf", "Acte de deces - ARNAUD Simone - 11/03/2026")]),

R("fr-obj-rfc822-fwd", "TR: Nouveau programme printemps",
"""Bonjour,

Je vous transfère ce mail que je reçois régulièrement alors que je me suis déjà désinscrite deux fois. Merci de me retirer pour de bon de vos envois.

Josette Rivière""", ["objection"], frm=("Josette Rivière", "josette.riviere@orange.fr"), shape="rfc822",
 orig=("Floraison de Soi <contact@floraisondesoi.fr>", "josette.riviere@orange.fr", "Nouveau programme printemps",
 "Bonjour Josette,\nDécouvrez le programme des ateliers du printemps : respiration, estime de soi, prise de parole.\nÀ bientôt,\nSandra")),

R("fr-acc-inscription-trace", "Qu'est-ce qui a été transmis à mon employeur ?",
"""Bonjour,

Ma formation avec vous a été payée par mon employeur. Je voudrais savoir exactement quelles informations sur moi lui ont été transmises (présence, évaluations, commentaires), et obtenir une copie de ces documents.

Merci,
Anthony Desmarais""", ["access"], frm=("Anthony Desmarais", "anthony.desmarais@gmail.com")),

R("fr-wc-rect-temoignage", "Mon témoignage",
"""Bonjour Sandra,

Je ne veux plus que mon témoignage apparaisse avec mon nom complet. En fait, je retire carrément mon accord pour la publication, c'est plus simple. Et au passage mon adresse mail a changé, c'est maintenant celle-ci (estelle.pichard@proton.me), merci de remplacer l'ancienne.

Estelle""", ["rectification", "withdraw_consent"], frm=("Estelle Pichard", "estelle.pichard@proton.me")),
]
