from common import M

RECORDS = [
M("fr-req-gendarme-retraite-acces", "Demande de communication de mon dossier",
"""Madame,

Ancien officier de gendarmerie, j'ai pour habitude de procéder avec méthode. J'ai participé à votre cycle « Bien vieillir, bien choisir » au printemps dernier, à la salle des fêtes de Saint-Georges-sur-Arnon.

Je vous prie de bien vouloir me faire parvenir, par écrit, l'intégralité des informations que vous détenez à mon sujet : état civil, coordonnées, notes prises lors des séances, questionnaires remplis. Je souhaite également savoir si ces éléments ont été communiqués à un tiers, et lequel.

Je vous en remercie par avance et vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Lucien Marchadier
12, impasse des Tilleuls
36100 Issoudun""",
["access"], frm="Lucien Marchadier <lucien.marchadier@orange.fr>"),

M("fr-req-etudiante-sms-effacement", "svp",
"""slt
c Maelys jsuis venue a ton atelier confiance en soi en octobre avc ma cousine
jsuis plus trop dans le truc la, tu peux supprimer tt ce que t as sur moi stp (mail tel tout)
mrc bcp""",
["erasure"], frm="maelys.b <maelys.bdcx@gmail.com>", cte="8bit"),

# NEAR-LINE: "corriger" touches a document (attestation) but the thing to correct is her own name in the file -> rectification
M("fr-req-dyslexique-nom", "erreur sur mon nom",
"""bonjour madame

je m'apele Nathalie Chevrier et pas Nathalie Chevier comme ecrit dans vos fichier. je l'ai vu sur le mail de confirmation et sur la feuille de presence, il manque le r. vous pouvez le mettre juste partout sil vous plait, j'ai du mal avec l'ortografe mais mon nom je le connai lol

merci bien
Nathalie CHEVRIER""",
["rectification"], frm="Nathalie Chevrier <nath.chevrier36@laposte.net>"),

M("fr-req-colere-majuscules-newsletter", "STOP",
"""TROISIÈME FOIS QUE JE DEMANDE.

JE NE VEUX PLUS RECEVOIR VOS NEWSLETTERS, VOS "PENSÉES DU LUNDI" NI VOS PROMOS DE STAGE. J'AI CLIQUÉ SUR LE LIEN EN BAS, ÇA NE MARCHE PAS.

RETIREZ MON ADRESSE DE VOTRE LISTE. MERCI.

G. Pinault""",
["objection"], frm="Gérard Pinault <g.pinault@wanadoo.fr>",
quote={"style": "gmail_fr", "who": "Floraison de Soi <contact@floraisondesoi.fr>",
       "subject": "La pensée du lundi : oser dire non",
       "text": """Bonjour à toutes et à tous,

Cette semaine, je vous propose d'explorer ce petit mot si difficile : non.
...
Pour vous désinscrire, cliquez ici."""}),

M("fr-req-timide-temoignage", "Petite demande (désolée de vous déranger)",
"""Bonjour Sandra,

Je suis vraiment désolée de vous embêter avec ça, je sais que vous avez beaucoup de travail. Je ne sais même pas si c'est possible, dites-moi si ça ne l'est pas, je comprendrai.

Il y a deux ans je vous avais dit oui pour que mon petit texte sur l'accompagnement soit mis sur votre site (celui qui commence par « Je suis arrivée épuisée… » avec mon prénom, Hélène, et Vatan). Sur le moment j'étais contente, mais mon entourage l'a lu et je me sens un peu exposée maintenant.

Est-ce que vous pourriez l'enlever du site ? Encore pardon, ça n'enlève rien à ce que j'ai vécu avec vous, au contraire.

Hélène""",
["withdraw_consent"], frm="Hélène Roussillat <helene.roussillat@free.fr>", html="alt"),

M("fr-req-fille-deces-maman", "Maman",
"""Bonjour Madame Delomenie,

Je suis la fille de Jacqueline Aufrère, qui venait vous voir le jeudi depuis l'an dernier. Maman nous a quittés le 3 de ce mois, après une courte hospitalisation.

Elle parlait souvent de vos séances, elles lui faisaient du bien. Je ne sais pas bien ce qu'il faut faire dans ces cas-là : je suppose que vous avez une fiche à son nom, des notes, peut-être ses coordonnées dans votre liste d'envoi. Je préférerais que tout cela soit clôturé et qu'elle ne reçoive plus de messages, cela me fait un choc à chaque fois que je relève sa boîte.

Je peux vous envoyer l'acte de décès si besoin.

Avec toute ma reconnaissance,
Christine Aufrère-Bonnin""",
["post_mortem"], frm="Christine Bonnin <christine.bonnin@sfr.fr>"),

# NEAR-LINE: contests a note and asks it not be used while checked, no correction value given -> restriction only
M("fr-req-conteste-note-pause", "Note de séance du 12 mars",
"""Bonjour,

En relisant le compte rendu que vous m'avez remis, je ne me reconnais pas dans la phrase « conflit ouvert avec la hiérarchie, envisage une rupture conventionnelle ». Je n'ai jamais dit ça, ou alors on s'est mal comprises.

Avant qu'on en parle de vive voix, je vous demande de ne plus vous servir de cette note (ni pour la suite de l'accompagnement, ni pour le bilan que mon employeur finance), et de ne pas la détruire non plus : je veux pouvoir la relire avec vous.

Merci de me confirmer.
Bien à vous,
Aurélie Tranchant""",
["restriction"], frm="Aurélie Tranchant <aurelie.tranchant@outlook.fr>"),

M("fr-req-ingenieur-export-json", "Récupération de mes réponses aux questionnaires — format structuré",
"""Bonjour,

Je vais poursuivre mon accompagnement avec une autre praticienne qui utilise un outil en ligne (elle importe les données de ses clients depuis un fichier).

Pouvez-vous m'exporter mes réponses aux trois questionnaires (profil de départ, bilan intermédiaire, bilan final) dans un format structuré : CSV, JSON, peu importe, tant que ce n'est pas un scan ? Un fichier par questionnaire ou un seul, comme c'est le plus simple pour vous.

Merci,
Thibault Lenoir
Ingénieur méthodes — Déols""",
["portability"], frm="Thibault Lenoir <thibault.lenoir@gmail.com>"),

M("fr-req-mamie-bavarde-acces-adresse", "Des nouvelles et une question",
"""Ma chère Sandra,

Comment allez-vous ? Ici tout va bien, le jardin nous donne plus de courgettes que nous ne pouvons en manger, mon mari dit que je devrais ouvrir un commerce ! Ma petite-fille Léonie a eu son bac avec mention, nous sommes très fiers.

Je vous écris pour deux choses. D'abord nous avons enfin vendu la maison de la rue de la Bourse, nous habitons maintenant au 4 chemin des Vignes, 36260 Reuilly. Pourriez-vous mettre cette adresse à la place de l'ancienne dans votre répertoire ? Le courrier ne suit pas toujours.

Ensuite, ma fille m'a dit qu'on avait le droit de savoir ce que les gens gardent sur nous dans leurs ordinateurs. Sans méfiance aucune, je serais curieuse de voir ce que vous avez à mon nom, si ce n'est pas trop de travail.

Je vous embrasse,
Monique Delafosse""",
["access", "rectification"], frm="Monique Delafosse <monique.delafosse@orange.fr>"),

M("fr-req-change-avis-video-puis-tout", "La vidéo du stage… et le reste",
"""Bonjour Sandra,

Je voulais vous demander de retirer la vidéo du stage de juin où on me voit pendant l'exercice du miroir, je n'avais pas réalisé qu'elle serait sur la page Facebook.

En fait, en y réfléchissant pendant que j'écris : je préfère repartir de zéro. Retirez la vidéo, et effacez aussi tout ce que vous avez me concernant (fiche, mails, numéro). Ce n'est pas contre vous, c'est une période où j'ai besoin de couper avec pas mal de choses.

Marion""",
["erasure", "withdraw_consent"], frm="Marion Sallé <marion.salle@icloud.com>"),

# NEAR-LINE: starts as a newsletter unsubscription, then keeps the newsletter and only stops SMS -> objection
M("fr-req-change-avis-garde-newsletter", "désinscription... enfin presque",
"""Bonjour,

J'allais vous demander de me désinscrire de tout, mais en relisant votre dernière lettre sur le sommeil je me dis que ce serait dommage, je la lis toujours avec plaisir.

Donc gardez-moi pour la newsletter, par contre je ne veux plus recevoir les SMS de rappel promotionnels (« Plus que 3 places ! »), je les trouve intrusifs.

Cordialement,
Pascale Tardieu""",
["objection"], frm="Pascale Tardieu <pascale.tardieu@yahoo.fr>"),

M("fr-req-bureaucrate-art15", "Objet : exercice du droit d'accès — article 15 du RGPD — réf. PT/2025/041",
"""Madame,

Par la présente, et en application de l'article 15 du règlement (UE) 2016/679 du 27 avril 2016, je sollicite la communication :

1° de la confirmation que des données à caractère personnel me concernant font l'objet d'un traitement ;
2° d'une copie desdites données ;
3° des finalités du traitement, des catégories de destinataires et de la durée de conservation envisagée ;
4° de toute information disponible quant à la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Je vous rappelle que le délai de réponse est d'un mois à compter de la réception de la présente demande. Vous trouverez ci-joint la copie de ma pièce d'identité.

Veuillez agréer, Madame, l'expression de ma considération distinguée.

Patrice Tissandier
Attaché principal d'administration""",
["access"], frm="Patrice Tissandier <patrice.tissandier@laposte.net>",
attachments=[{"kind": "pdf", "name": "CNI_Tissandier.pdf", "text": "REPUBLIQUE FRANCAISE - Carte nationale d'identite - TISSANDIER Patrice"}]),

M("fr-req-belge-effacer-une-fois", "Mes coordonnées",
"""Bonjour Madame,

J'avais rempli votre formulaire lors du salon bien-être de Mons l'an passé, pour recevoir votre petit livret. Je ne suis plus intéressée, je vous avoue que je reçois déjà trop de courriels.

Pourriez-vous effacer mes coordonnées de vos listes et de votre fichier, s'il vous plaît ? Merci d'avance et bonne journée à vous, une fois !

Françoise Dewalque
Jemappes""",
["erasure"], frm="Françoise Dewalque <f.dewalque@skynet.be>"),

M("fr-req-suisse-format-machine", "Transmission de mes données",
"""Chère Madame,

Suite à notre accompagnement de septante jours (!) l'an dernier, je déménage à Lausanne et je continuerai le travail avec une coach vaudoise.

Je vous saurais gré de bien vouloir me transmettre les données que je vous ai fournies (fiche d'entrée, questionnaires, objectifs fixés) dans un format lisible par machine, afin qu'elle puisse les reprendre sans que je doive tout ressaisir. Un tableur fera parfaitement l'affaire.

Avec mes meilleures salutations,
Jean-Daniel Rochat""",
["portability"], frm="Jean-Daniel Rochat <jd.rochat@bluewin.ch>"),

M("fr-req-quebecoise-tannant", "Arrêtez de m'écrire svp",
"""Allo,

Je me suis inscrite à votre webinaire gratuit l'automne passé pis depuis je reçois vos courriels deux-trois fois par semaine. C'est pas mal tannant, honnêtement.

J'aimerais ça que vous m'enleviez de votre liste d'envoi. Merci ben gros!

Geneviève Tremblay
Trois-Rivières""",
["objection"], frm="Geneviève Tremblay <gen.tremblay@videotron.ca>"),

M("fr-req-mere-ado-photos", "Photos de ma fille — atelier ados",
"""Bonjour Madame Delomenie,

Ma fille Lou (15 ans) a participé à votre atelier « Estime de soi pour les ados » pendant les vacances de février. J'avais signé l'autorisation de droit à l'image à l'inscription.

Après réflexion, et en en parlant avec elle, nous ne souhaitons plus que les photos où elle apparaît soient utilisées, ni sur votre site ni sur Instagram. Je retire donc cette autorisation.

Merci de votre compréhension.
Karine Béguin, maman de Lou""",
["withdraw_consent"], frm="Karine Béguin <karine.beguin@hotmail.fr>"),

M("fr-req-avocat-mandat-acces-effacement", "Mme Sophie GRANGER — demande d'accès et d'effacement (N/Réf. 25/0187)",
"""Madame,

J'interviens en qualité de conseil de Madame Sophie GRANGER, qui a suivi un accompagnement individuel auprès de vous entre janvier et juin 2024. Vous trouverez ci-joint le mandat qu'elle m'a confié.

Ma cliente souhaite, d'une part, obtenir communication de l'ensemble des données personnelles la concernant que vous détenez, y compris les notes de séance et les questionnaires, d'autre part, qu'à l'issue de cette communication ces données soient effacées, sous réserve des seules obligations légales de conservation qui vous incombent.

Je vous remercie de bien vouloir adresser votre réponse à mon cabinet.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Maître Olivier Fradet
Avocat au Barreau de Châteauroux
8, place Gambetta — 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
["access", "erasure"], frm="Me Olivier Fradet <o.fradet@fradet-avocat.fr>",
attachments=[{"kind": "pdf", "name": "Mandat_Granger.pdf", "text": "MANDAT - Je soussignee Sophie Granger donne mandat a Me Olivier Fradet pour exercer mes droits RGPD"}],
headers=[("X-Mailer", "Microsoft Outlook 16.0")]),

M("fr-req-notaire-succession", "Succession de M. Raymond PERRICHON",
"""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Raymond PERRICHON, décédé le 14 novembre dernier à Issoudun, dont vous trouverez l'acte de décès en pièce jointe.

Les héritiers nous ont indiqué que le défunt avait souscrit auprès de vous un accompagnement et était inscrit à votre lettre d'information. Nous vous serions obligés de bien vouloir nous indiquer les suites que vous entendez donner aux données le concernant, les héritiers souhaitant leur suppression.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour l'Office,
Camille Vergnaud, clerc
SCP Dumas & Lhéritier, notaires associés — Issoudun""",
["post_mortem"], frm="Office notarial Dumas & Lhéritier <office.dumas-lheritier@notaires.fr>",
attachments=[{"kind": "pdf", "name": "acte_deces_PERRICHON.pdf", "text": "EXTRAIT D'ACTE DE DECES - PERRICHON Raymond - Issoudun"}]),

M("fr-req-vieux-monsieur-apres-moi", "Mes dernières volontés (pour vous aussi)",
"""Chère Madame,

À 84 ans on range ses affaires. Je fais le tour de tous ceux qui ont quelque chose à mon nom, et vous en faites partie, depuis nos petites conversations de l'an dernier qui m'ont tant aidé après le départ de ma femme.

Voici ce que je souhaite : quand je ne serai plus là, mon fils Bernard (bernard.gaudin@gmail.com) vous préviendra. Je voudrais alors que vous effaciez tout ce qui me concerne, sans rien lui transmettre de nos conversations. Elles étaient pour moi.

Je vous remercie de bien vouloir en prendre note.
André Gaudin""",
["post_mortem"], frm="André Gaudin <andre.gaudin36@orange.fr>"),

M("fr-req-litige-facture-gel", "Litige en cours — ne rien supprimer",
"""Madame,

Comme vous le savez, je conteste la facture n° 2025-031 et j'ai saisi le conciliateur de justice.

Je vous demande de conserver en l'état l'ensemble des éléments me concernant (échanges, fiche client, historique de paiement) sans les supprimer, mais de ne plus les exploiter à d'autres fins, y compris les relances automatiques, jusqu'à l'issue de la conciliation.

Salutations,
Didier Moreau""",
["restriction"], frm="Didier Moreau <didier.moreau@bbox.fr>"),

M("fr-req-laconique-naissance", "date naissance",
"""Fausse dans votre fiche. 12/03/1961, pas 1967.
J. Rabier""",
["rectification"], frm="Jacques Rabier <jrabier@free.fr>", cte="7bit"),

M("fr-req-opposition-statistiques", "Utilisation de mes réponses",
"""Bonjour,

J'ai reçu votre bilan annuel où vous indiquez que « les réponses anonymisées des participants servent à améliorer les ateliers et à établir des statistiques ». Sans vouloir faire d'histoires, je m'oppose à ce que mes réponses soient utilisées à des fins statistiques. Je les ai données pour mon accompagnement, pas pour autre chose.

Bien cordialement,
Élise Vannier""",
["objection"], frm="Élise Vannier <elise.vannier@proton.me>"),

M("fr-req-replay-webinaire-retrait", "replay du webinaire 'Reprendre confiance'",
"""Bonjour Sandra,

Lors du webinaire du 23 j'ai pris la parole assez longuement (c'est moi qui ai parlé de mon divorce…). J'avais accepté l'enregistrement, mais je ne pensais pas être si présente dans le replay.

Je retire mon accord pour que ce passage figure dans le replay : pourriez-vous le couper ou, à défaut, ne plus diffuser l'enregistrement ?

Merci, vraiment, pour ce webinaire,
Sylvie""",
["withdraw_consent"], frm="Sylvie Marquet <sylvie.marquet@gmail.com>", html="alt"),

M("fr-req-sms-inconnu-source-opposition", "D'où vient mon numéro ???",
"""Bonjour,

J'ai reçu hier un SMS pour votre « stage de printemps ». Je ne vous connais pas, je n'ai jamais mis les pieds à Issoudun.

Je veux savoir d'où vous tenez mon numéro (qui vous l'a donné, quand) et je ne veux plus être contacté par vous, ni par SMS ni autrement.

Merci de répondre rapidement.
Kevin Dusart""",
["access", "objection"], frm="Kevin Dusart <kevin.dusart59@gmail.com>"),

M("fr-req-compte-systemeio-effacement", "Supprimer mon compte",
"""Bonjour,

Pouvez-vous supprimer mon compte sur votre plateforme de formation (systeme.io) ainsi que toutes les données qui y sont liées ? Je ne compte pas reprendre la formation.

Merci,
Romain Pelletier""",
["erasure"], frm="Romain Pelletier <romain.pelletier@outlook.com>"),

M("fr-req-voir-et-exporter", "Mon dossier",
"""Bonjour Sandra,

Deux choses, et je vous laisse me dire si c'est possible :
- j'aimerais savoir ce que vous avez gardé sur moi depuis la fin de notre travail ensemble (fiches, notes, mails ?) ;
- et le récupérer dans un fichier que je pourrai réutiliser, car je commence une formation de sophrologue et j'aimerais garder une trace de mon parcours.

Merci beaucoup,
Inès Ferrandon""",
["access", "portability"], frm="Ines Ferrandon <ines.ferrandon@gmail.com>"),

M("fr-req-portugaise-efface", "demande",
"""Bonjour madame,

Je suis Maria da Conceição, j'ai fait avec vous le atelier de gestion du stress à la mairie en mars, mon français est pas très bon désolé. Je veux que vous efface mon information de votre ordinateur, mon nom, mon telephone et mon email, je ne veux plus recevoir. C'est possible ?

Muito obrigada, merci beaucoup
Maria""",
["erasure"], frm="Maria da Conceição Fernandes <mariaconceicao.fernandes@sapo.pt>"),

M("fr-req-anxieux-notes-seances", "Est-ce que je pourrais avoir mes notes ?",
"""Bonjour,

Pardon d'écrire si tard le soir, je n'arrive pas à dormir et ça me tourne dans la tête.

Pendant nos séances vous preniez des notes et je ne sais plus très bien tout ce que j'ai raconté, notamment sur ma santé et mes crises d'angoisse. Ça me stresse de ne pas savoir ce qui est écrit. Est-ce que vous pourriez m'envoyer une copie de ces notes ? Juste pour que je sache.

Je suis désolé si c'est une demande bizarre.
Mathis""",
["access"], frm="Mathis Couturier <mathis.couturier@laposte.net>", date="2025-11-18 01:47"),

M("fr-req-blagueur-regime-boite", "Ma boîte mail est au régime",
"""Bonjour Sandra,

Mon médecin m'a dit de réduire les sucres, ma femme les écrans et ma boîte mail les newsletters. J'obéis à tout le monde, je commence par la plus facile.

Pouvez-vous me désabonner de la vôtre ? Rien de personnel, elle était même plutôt bonne, c'est ça le problème : je la lisais au lieu de travailler.

Bien à vous, et bon courage pour la suite,
Fabrice Léger
(ancien stagiaire « Gérer son temps », manifestement pas totalement guéri)""",
["objection"], frm="Fabrice Léger <fabrice.leger@gmail.com>"),

# NEAR-LINE: "don't delete but stop using for follow-ups" -> restriction only (policy: don't use, don't delete)
M("fr-req-pas-supprimer-pas-utiliser", "Mise en veille de mon dossier",
"""Bonjour,

Je fais une pause dans mon accompagnement pour des raisons familiales. Je reviendrai sûrement à la rentrée.

Merci de ne rien supprimer de mon dossier, j'y tiens, mais de ne plus l'utiliser d'ici là : pas de relances, pas de messages de suivi, rien. Je vous recontacterai moi-même.

Bonne continuation,
Laetitia Brun""",
["restriction"], frm="Laetitia Brun <laetitia.brun@gmail.com>"),

# NEAR-LINE: old email replaced by a new one, old to be removed -> rectification only
M("fr-req-nouvelle-adresse-mail", "Changement d'adresse mail",
"""Bonjour Sandra,

Mon ancienne adresse (s.vidal-pro@orange.fr) va être fermée à la fin du mois, j'ai quitté mon poste. Pouvez-vous la remplacer par celle-ci : stephanie.vidal.perso@gmail.com, et effacer l'ancienne de vos contacts ?

Merci et à bientôt pour l'atelier de juin,
Stéphanie""",
["rectification"], frm="Stéphanie Vidal <stephanie.vidal.perso@gmail.com>", cc="s.vidal-pro@orange.fr"),

M("fr-req-questionnaire-etude-retrait", "Questionnaire de recherche",
"""Bonjour Madame,

En septembre j'avais coché la case acceptant que mes réponses au questionnaire « Épuisement et reconversion » soient utilisées, de façon anonyme, dans l'article que vous préparez avec l'université.

Je préfère finalement ne pas y participer et retire mon consentement pour cette utilisation. Mes réponses peuvent rester dans mon dossier pour notre travail à nous, c'est seulement l'étude qui me gêne.

Cordialement,
Agnès Poulain""",
["withdraw_consent"], frm="Agnès Poulain <agnes.poulain@free.fr>"),

M("fr-req-desabo-et-efface-tout", "Désinscription + suppression",
"""Bonjour,
Merci de me retirer de votre newsletter et de supprimer l'ensemble de mes données (fiche, historique d'achats hors obligations comptables).
Bonne journée.
Cédric Arnoult""",
["erasure", "objection"], frm="Cédric Arnoult <cedric.arnoult@yahoo.fr>", cte="qp"),

M("fr-req-veuf-newsletter-epouse", "Ma femme",
"""Madame,

Mon épouse, Danièle Perret, est décédée en août. Elle recevait votre lettre et je la vois arriver chaque mois sur l'ordinateur que nous partagions.

Je vous demande de ne plus lui écrire et de faire le nécessaire pour ce que vous avez à son nom.

Henri Perret""",
["post_mortem"], frm="Henri Perret <henri.perret@orange.fr>"),

M("fr-req-qui-a-recu-mes-infos", "Transmission de mes coordonnées ?",
"""Bonjour Sandra,

Depuis l'atelier de novembre je reçois des publicités d'une naturopathe de Vierzon qui dit « avoir été recommandée par Floraison de Soi ». Je ne lui ai jamais donné mon adresse.

Pouvez-vous me dire à qui vous avez transmis mes coordonnées, et quand ? J'aimerais comprendre.

Merci,
Valérie Guillot""",
["access"], frm="Valérie Guillot <valerie.guillot@gmail.com>"),

M("fr-req-transfert-nouvelle-coach", "Transfert de mon dossier à Mme Lecoq",
"""Bonjour,

Comme je vous l'ai dit au téléphone, je continue avec Anne Lecoq à Bourges (anne.lecoq.coaching@gmail.com), qui est plus près de mon travail.

Pourriez-vous lui transmettre directement mon dossier (fiche d'entrée, objectifs, questionnaires) ? Je lui ai dit qu'elle le recevrait de votre part. Je vous mets en copie pour que vous ayez son adresse.

Merci pour tout,
Jérôme Baudet""",
["portability"], frm="Jérôme Baudet <jerome.baudet@gmail.com>", cc="Anne Lecoq <anne.lecoq.coaching@gmail.com>"),

# NEAR-LINE: asks to correct the name, then retracts it in favour of erasing everything -> erasure only
M("fr-req-corrige-non-supprime", "Mon nom / finalement",
"""Bonjour,

Vous avez écrit mon nom « Lefèbvre » au lieu de « Lefebvre » sur tous vos mails, pourriez-vous corriger ?

… Je relis et je me rends compte que c'est idiot de vous demander ça alors que je n'ai plus l'intention de revenir. Oubliez la correction : supprimez plutôt toutes mes informations, ce sera plus simple pour tout le monde.

Claire Lefebvre""",
["erasure"], frm="Claire Lefebvre <claire.lefebvre@hotmail.fr>"),

M("fr-req-appels-commerciaux", "Appels",
"""Bonjour,

J'ai été appelée deux fois cette semaine par votre assistante pour me proposer le nouveau programme. Je ne souhaite plus être démarchée par téléphone. Pour le reste, je garde un bon souvenir de nos séances.

Cordialement,
Nadine Faure""",
["objection"], frm="Nadine Faure <nadine.faure@orange.fr>"),

M("fr-req-photo-facebook-stage", "photo facebook",
"""Bonjour Sandra
Sur la page Facebook il y a la photo de groupe du stage de Pâques et je suis au premier rang. J'avais dit ok sur le moment mais je préfère qu'elle soit retirée (ou que vous me floutiez).
Merci !
Coralie
Envoyé de mon iPhone""",
["withdraw_consent"], frm="Coralie Nguyen <coralie.ng@icloud.com>",
attachments=[{"kind": "png", "name": "IMG_4412.PNG"}]),

M("fr-req-tout-en-vrac", "plusieurs trucs",
"""Coucou Sandra !

Bon, tant que j'y pense, trois petites choses d'un coup :
1) je ne lis plus trop la newsletter, tu peux m'enlever de la liste ;
2) mon numéro a changé, c'est le 06 72 18 44 90 maintenant ;
3) et par curiosité, tu pourrais m'envoyer ce que tu as sur moi dans tes fichiers ? Je fais le ménage numérique en ce moment, je fais ça avec tout le monde.

Bises, et vivement le prochain cercle de femmes !
Julie""",
["access", "objection", "rectification"], frm="Julie Moreau-Lacombe <julie.moreaulacombe@gmail.com>"),

M("fr-req-objet-seul-suppression", "Suppression de mes données personnelles svp",
"""""",
["erasure"], frm="Bruno Faucher <bruno.faucher@sfr.fr>"),

M("fr-req-formulaire-site-acces", "[Floraison de Soi] Nouveau message depuis le formulaire de contact",
"""Nom : Delphine Carré
E-mail : delphine.carre@gmail.com
Téléphone : 06 11 52 87 30
Sujet : Mes informations

Message :
Bonjour, j'ai participé à deux ateliers en 2023. Je voudrais savoir quelles informations vous avez conservées sur moi et en recevoir une copie. Merci d'avance.

--
Cet e-mail a été envoyé via le formulaire de contact de https://floraisondesoi.fr""",
["access"], frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to="contact@floraisondesoi.fr",
reply_to="Delphine Carré <delphine.carre@gmail.com>", html="alt",
headers=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")]),

M("fr-req-fils-pere-temoignage", "Témoignage de mon père sur votre site",
"""Bonjour Madame,

Mon père, Michel Arnaud, est décédé en janvier. En cherchant son nom sur internet, je suis tombé sur son témoignage sur votre site, avec sa photo.

Au nom de la famille, je vous demande de le retirer, ainsi que de supprimer son compte sur votre plateforme de formation s'il en avait un.

Cordialement,
Sébastien Arnaud""",
["post_mortem"], frm="Sébastien Arnaud <sebastien.arnaud@gmail.com>"),

# NEAR-LINE: contests accuracy of recorded weight and asks to stop using it while checking -> restriction only
M("fr-req-poids-faux-en-attendant", "Erreur dans mon bilan",
"""Bonjour,

Dans mon bilan de départ il est indiqué que je pèse 92 kg, c'est une erreur de saisie (ou de lecture de mon écriture !). Je ne sais plus ce que j'avais mis exactement, je retrouverai le papier.

En attendant qu'on tire ça au clair, merci de ne pas utiliser ce bilan, notamment pour le programme alimentaire que vous deviez me préparer.

Merci,
Sandrine Ollivier""",
["restriction"], frm="Sandrine Ollivier <sandrine.ollivier@gmail.com>"),
]
