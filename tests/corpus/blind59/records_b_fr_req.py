from common import M

RECORDS = [
M("fr-req-dame-85-ans-fiches", "Au sujet de mes fiches",
"""Madame,

Je me permets de vous adresser ces quelques lignes, tapées par mes soins malgré mes 85 printemps et une vue qui baisse.

Ayant cessé de fréquenter vos causeries du mardi, je vous prie de bien vouloir détruire les fiches et papiers me concernant que vous auriez pu conserver, qu'ils soient sur papier ou dans votre machine. Je n'aime pas l'idée que mes petites confidences traînent quelque part.

Veuillez croire, Madame, à l'assurance de mes sentiments les meilleurs.

Odette Chambareau""",
["erasure"], frm="Odette Chambareau <odette.chambareau@wanadoo.fr>"),

M("fr-req-refus-stats-bref", "Questionnaire de satisfaction",
"""Bonjour,
Je ne souhaite pas que mes réponses au questionnaire de fin de stage servent à vos statistiques ni à vos supports de communication. Merci d'en tenir compte.
H. Lamarque""",
["objection"], frm="Hugo Lamarque <hugo.lamarque@gmail.com>", cte="b64"),

M("fr-req-retrait-consentement-sante", "Consentement données de santé",
"""Bonjour Sandra,

À l'inscription j'ai signé le consentement pour que vous notiez des informations sur ma santé (mon traitement, ma thyroïde, etc.). Je n'en vois plus l'utilité pour la suite, on travaille surtout sur le professionnel maintenant.

Je retire ce consentement : merci de ne plus collecter ni utiliser ce type d'informations me concernant.

Bien à vous,
Corinne Blanchard""",
["withdraw_consent"], frm="Corinne Blanchard <corinne.blanchard@orange.fr>"),

M("fr-req-expatriation-canada-long", "Grand départ !",
"""Chère Sandra,

Ça y est, c'est officiel : nous partons à Montréal le 2 septembre ! Je n'en reviens toujours pas. Vous vous souvenez sans doute qu'au début de notre accompagnement je n'osais même pas en parler à mon mari, et maintenant les cartons sont faits, le chat a son passeport (oui, ça existe) et les enfants sont inscrits à l'école du quartier Rosemont.

Je voulais vous remercier encore, sincèrement. Les exercices sur les peurs, le fameux « et alors, que se passe-t-il ensuite ? », je me les répète encore presque tous les soirs.

Une petite demande pratique, tant que j'y pense : là-bas je vais probablement continuer avec une coach québécoise. Serait-il possible de m'envoyer mes questionnaires et mes fiches d'objectifs dans un format que je pourrai réutiliser (un fichier que je pourrai lui transmettre ou importer, pas des photos de papier) ? Ça m'éviterait de tout recommencer.

Je vous enverrai une carte postale avec des érables, promis.

Je vous embrasse,
Audrey Leclerc""",
["portability"], frm="Audrey Leclerc <audrey.leclerc@gmail.com>", html="alt"),

M("fr-req-telegraphique-copie", "Copie de mes données",
"""Copie de mes données. Merci.
F. Aubry""",
["access"], frm="François Aubry <f.aubry@orange.fr>"),

M("fr-req-demenagement-adresse", "Nouvelle adresse postale",
"""Bonjour,

Nous avons déménagé. Merci de noter ma nouvelle adresse pour les factures et les courriers :
Clémence Roy
17 rue des Capucins
18000 Bourges
(au lieu du 3 rue Danton à Issoudun)

Bonne journée,
Clémence""",
["rectification"], frm="Clémence Roy <clemence.roy@laposte.net>"),

M("fr-req-trois-en-un-decontracte", "on arrête là ;)",
"""Hello Sandra,

Bon, je crois que j'ai fait le tour et c'est très bien comme ça ! Du coup : tu peux enlever mon témoignage du site (celui avec la photo au bord de la Théols), me sortir de la newsletter, et pour le reste efface tout, je préfère partir léger.

Merci pour ces deux années, vraiment.
Manon""",
["erasure", "objection", "withdraw_consent"], frm="Manon Perrot <manon.perrot@gmail.com>"),

M("fr-req-soeur-defunte-notes", "Ma sœur Isabelle",
"""Madame Delomenie,

Ma sœur Isabelle Varenne s'est donné la mort le mois dernier. Elle vous consultait, nous l'avons appris en triant ses papiers.

Je sais que c'est une démarche délicate, mais ma mère et moi aimerions comprendre. Pourriez-vous nous transmettre une copie des notes de ses séances ? Nous pouvons fournir l'acte de décès et un justificatif de notre lien de parenté.

Avec mes remerciements,
Laurence Varenne""",
["post_mortem"], frm="Laurence Varenne <laurence.varenne@gmail.com>"),

M("fr-req-avocat-conservation", "Dossier M. Yannick LESAGE — demande de limitation",
"""Madame,

En ma qualité de conseil de M. Yannick LESAGE (mandat ci-joint), je vous informe qu'une procédure prud'homale est en cours entre mon client et son ancien employeur, lequel avait financé l'accompagnement dont il a bénéficié auprès de vous.

Mon client demande la limitation du traitement des données le concernant : ces données ne doivent être ni effacées, ni communiquées, ni utilisées de quelque manière que ce soit jusqu'à nouvel ordre, en application de l'article 18 du RGPD.

Je vous remercie de m'en accuser réception.

Maître Hélène Cazaux
Avocate — Bourges""",
["restriction"], frm="Me Hélène Cazaux <h.cazaux@cazaux-avocats.fr>", cc="Yannick Lesage <yannick.lesage@gmail.com>",
attachments=[{"kind": "pdf", "name": "mandat-LESAGE.pdf", "text": "Mandat de representation - Yannick LESAGE - Me Helene Cazaux"}]),

M("fr-req-hyper-poli-desabonnement", "Humble requête",
"""Chère Madame Delomenie,

Je me permets, avec toute la déférence qui vous est due et en espérant ne point vous importuner outre mesure, de solliciter de votre bienveillance une faveur bien modeste.

Auriez-vous l'extrême amabilité, lorsque votre emploi du temps assurément chargé vous en laissera le loisir, de bien vouloir retirer mon adresse de la liste de diffusion de votre lettre d'information ? Celle-ci est de grande qualité, je m'empresse de le préciser, mais je ne parviens plus à lui accorder l'attention qu'elle mérite.

En vous renouvelant mes excuses pour le dérangement occasionné et en vous remerciant infiniment par avance, je vous prie d'agréer, chère Madame, l'expression de ma très haute considération.

Eugène de Lamberterie""",
["objection"], frm="Eugène de Lamberterie <e.delamberterie@orange.fr>"),

M("fr-req-reponses-bilan-copie", "Mon questionnaire de bilan",
"""Bonjour Sandra,

Est-ce que vous pourriez me renvoyer mes réponses au questionnaire de bilan de compétences que j'ai rempli en avril ? J'ai perdu ma copie et j'aimerais m'en servir pour préparer un entretien.

Merci !
Yasmine""",
["access"], frm="Yasmine Belkacem <yasmine.belkacem@outlook.fr>"),

M("fr-req-mariage-nom", "Changement de nom",
"""Bonjour,

Je me suis mariée cet été et j'utilise désormais le nom de mon mari. Pouvez-vous modifier mon dossier : Émilie MERCIER (et non plus Émilie FONTAINE) ? Mon adresse mail reste la même.

Merci et belle journée,
Émilie""",
["rectification"], frm="Émilie Mercier <emilie.fontaine36@gmail.com>"),

M("fr-req-photo-oui-texte-non-change", "Mon témoignage",
"""Bonjour,

Je voulais vous demander de retirer entièrement mon témoignage du site… Puis je l'ai relu et il est plutôt joli, je n'ai pas honte de ce que j'ai écrit.

Donc finalement : gardez le texte, mais retirez ma photo, s'il vous plaît. C'est surtout elle qui me gêne.

Merci,
Gaëlle Morin""",
["withdraw_consent"], frm="Gaëlle Morin <gaelle.morin@free.fr>"),

M("fr-req-whatsapp-numero", "Groupe WhatsApp + mon numéro",
"""Bonjour,
La formation est finie depuis longtemps, pouvez-vous me sortir du groupe WhatsApp et effacer mon numéro de vos contacts et de vos fichiers ? Je ne veux plus qu'il soit enregistré chez vous.
Merci
Anthony""",
["erasure"], frm="Anthony Giraud <anthony.giraud@gmail.com>"),

# NEAR-LINE: asks for notes to be sent to her psychologist (transfer to another provider) -> portability
M("fr-req-fiches-pour-psy", "Fiches de suivi pour ma psychologue",
"""Bonjour Sandra,

Je commence un suivi avec une psychologue, Mme Denis, qui m'a demandé si je pouvais lui faire passer ce qu'on avait travaillé ensemble. Pourriez-vous lui envoyer directement mes fiches de suivi et le bilan de fin, dans un format qu'elle pourra réutiliser (Word ou tableur plutôt que PDF si possible) ? Son adresse : cabinet.denis.psy@gmail.com

Je vous remercie,
Lucie""",
["portability"], frm="Lucie Garnier <lucie.garnier@hotmail.fr>"),

M("fr-req-ancienne-cliente-prospection", "Vos offres",
"""Bonjour,

J'ai été cliente chez vous en 2019. Depuis, je reçois régulièrement des propositions de stages et de formations. Je m'oppose à l'utilisation de mes coordonnées à des fins de prospection.

Salutations.
Brigitte Rousseau""",
["objection"], frm="Brigitte Rousseau <brigitte.rousseau@orange.fr>",
quote={"style": "outlook_fr", "who": "Floraison de Soi <contact@floraisondesoi.fr>",
       "subject": "Nouveau : stage d'été « Se retrouver » — tarif préférentiel anciens clients",
       "text": """Bonjour Brigitte,

En tant qu'ancienne cliente, profitez de -15 % sur le stage d'été « Se retrouver » (3 jours, Issoudun).
Réservez avant le 30 !

Sandra"""}),

M("fr-req-stagiaire-evaluations", "Mes évaluations de formation",
"""Bonjour,

J'ai suivi en octobre la formation « Animer un groupe de parole » (3 jours, financée par mon OPCO). Je souhaiterais obtenir une copie des données me concernant : feuilles d'émargement, évaluations de fin de journée, et ce qui a éventuellement été transmis à l'OPCO à mon sujet.

Bien cordialement,
Rachid Bensaïd
Éducateur spécialisé""",
["access"], frm="Rachid Bensaid <rachid.bensaid@gmail.com>"),

M("fr-req-furieux-menace-cnil", "DERNIER AVERTISSEMENT",
"""Madame,

Je vous ai déjà écrit il y a un mois pour que vous effaciez MES données et je n'ai eu AUCUNE réponse. Je vous somme de supprimer immédiatement tout ce qui me concerne : nom, adresse, mails, numéro, notes, TOUT.

Sans réponse sous huit jours, je saisis la CNIL. Je connais mes droits.

Laurent Boisseau""",
["erasure"], frm="Laurent Boisseau <laurent.boisseau@gmail.com>"),

M("fr-req-retrait-video-zoom", "enregistrement de l'atelier en ligne",
"""Bonsoir Sandra,

L'atelier zoom de jeudi était super mais j'ai réalisé après coup que j'avais la caméra allumée pendant l'exercice où j'ai pleuré. Je ne suis plus d'accord pour apparaître dans l'enregistrement : est-ce que vous pouvez me retirer de la vidéo (ou ne pas la partager) ?

Merci beaucoup, à bientôt
Océane""",
["withdraw_consent"], frm="Océane Lambert <oceane.lambert@gmail.com>", html="only"),

M("fr-req-maladie-consignes", "Consignes pour plus tard",
"""Sandra,

Tu sais où j'en suis avec la maladie. Les médecins restent prudents, alors je préfère mettre les choses au clair tant que j'ai la tête à ça.

Si je ne m'en sors pas, je voudrais que mes enregistrements audio de nos séances et mes carnets soient remis à ma compagne, Aline (aline.prevost@gmail.com), et à personne d'autre. Tout le reste, tu peux l'effacer.

Merci d'être là. On se voit mardi.
Karim""",
["post_mortem"], frm="Karim Haddad <karim.haddad@gmail.com>"),

M("fr-req-stop-sms-promo", "sms",
"""bjr
stop aux sms promo svp, je recois 3 par semaine
merci""",
["objection"], frm="Patrick <pat.ferrand@sfr.fr>", cte="7bit"),

M("fr-req-anxieuse-questionnaire-sante", "Question sur mon questionnaire santé",
"""Bonjour Madame,

Je suis un peu inquiète, j'ai rempli en ligne votre questionnaire d'accueil et j'ai mis des choses sur mes antécédents (dépression il y a 10 ans). Est-ce que vous l'avez bien ? Je voudrais le voir, s'il vous plaît, pour savoir exactement ce qui est enregistré. Je ne me souviens plus de tout ce que j'ai écrit et ça m'angoisse un peu.

Merci de votre patience,
Véronique""",
["access"], frm="Véronique Millet <veronique.millet@laposte.net>"),

M("fr-req-pere-mineur-effacement", "Données de mon fils Théo",
"""Bonjour,

Mon fils Théo Bertrand, 14 ans, a suivi votre atelier « Gérer le stress des examens » en mai. Je suis son père et représentant légal.

Je vous demande de supprimer toutes les données le concernant (fiche d'inscription, questionnaire, photos éventuelles). Sa mère est d'accord.

Cordialement,
Vincent Bertrand""",
["erasure"], frm="Vincent Bertrand <vincent.bertrand@orange.fr>"),

M("fr-req-csv-puis-effacement", "Export puis suppression",
"""Bonjour,

Avant de partir définitivement, je voudrais récupérer mes données (fiche, questionnaires, historique des séances) dans un fichier CSV ou Excel, puis que vous supprimiez tout de votre côté.

Merci par avance,
Damien Royer""",
["erasure", "portability"], frm="Damien Royer <damien.royer@proton.me>"),

M("fr-req-nouveau-numero", "nouveau numero",
"""Bonjour, j'ai changé de numéro de téléphone, le nouveau c'est le 07 81 46 23 09. L'ancien (06 45 …) n'est plus attribué. Merci de mettre à jour !
Alexandra""",
["rectification"], frm="Alexandra Petit <alexandra.petit@gmail.com>"),

M("fr-req-plus-jamais-contact", "Ne plus me contacter",
"""Madame,

Je vous demande de ne plus me contacter, ni par courriel, ni par téléphone, ni par courrier. J'ai tourné la page.

Merci de respecter ce choix.
M. Pottier""",
["objection"], frm="Michel Pottier <michel.pottier@free.fr>"),

M("fr-req-photo-et-ou-publiee", "Ma photo",
"""Bonjour Sandra,

Je retire mon accord pour l'utilisation de ma photo (celle de l'atelier d'écriture, avec le chapeau rouge). Merci de l'enlever du site.

Et pouvez-vous me dire où d'autre elle a été publiée ou à qui elle a été envoyée (partenaires, réseaux, flyers) ? J'ai cru la reconnaître sur une affiche à la médiathèque.

Merci,
Bérénice Caillaud""",
["access", "withdraw_consent"], frm="Bérénice Caillaud <berenice.caillaud@gmail.com>"),

M("fr-req-belge-savez-vous", "Données",
"""Bonjour Madame,

J'ai suivi une formation chez vous il y a trois ans quand j'habitais encore à Châteauroux. Savez-vous effacer mes données de vos fichiers ? Je ne reviendrai plus en France pour ça.

Merci bien et à la revoyure,
Dirk Vandenbroucke
Namur""",
["erasure"], frm="Dirk Vandenbroucke <dirk.vandenbroucke@telenet.be>"),
# NEAR-LINE above: Belgian "savez-vous" = "pouvez-vous" -> a request, erasure

M("fr-req-petitfils-mamie-sms", "Mamie",
"""bonjour madame
ma grand-mere Paulette Giraudon est decedee en mars, elle recoit encore vos mails et vos sms sur son portable que j'ai repris
merci d'arreter et d'effacer ses infos
Dylan (son petit fils)""",
["post_mortem"], frm="Dylan Giraudon <dylan.giraudon@gmail.com>"),

# NEAR-LINE: first says erase everything, then narrows to just the newsletter -> objection only
M("fr-req-tout-effacer-non-juste-newsletter", "Newsletter",
"""Bonjour,

J'avais commencé à écrire « merci d'effacer toutes mes données », puis je me suis dit que ce n'était pas ce que je voulais vraiment : vos factures et mon suivi, ça ne me dérange pas que vous les gardiez.

Ce que je veux, c'est juste ne plus recevoir la newsletter. Voilà !

Merci,
Sophie Renard""",
["objection"], frm="Sophie Renard <sophie.renard@outlook.fr>"),

M("fr-req-inconnue-comment-adresse", "Je ne suis pas cliente",
"""Bonjour,

Je reçois votre newsletter depuis deux semaines sans m'être jamais inscrite. Comment avez-vous eu mon adresse e-mail ? Je souhaite le savoir, et je vous demande ensuite de la supprimer de vos fichiers.

Cordialement,
Amandine Lefort""",
["access", "erasure"], frm="Amandine Lefort <amandine.lefort@gmail.com>"),

M("fr-req-nom-jeune-fille-complete", "compléter ma fiche",
"""Bonjour,
Pour la prise en charge par ma mutuelle, j'ai besoin que ma fiche et les factures portent aussi mon nom de naissance : Anne-Sophie DURAND épouse MARTINEAU. Vous n'avez que Martineau.
Pouvez-vous compléter ?
Merci,
Anne-Sophie Martineau""",
["rectification"], frm="Anne-Sophie Martineau <as.martineau@gmail.com>"),

M("fr-req-import-plateforme-employeur", "Mes données de formation",
"""Bonjour,

Mon employeur met en place une plateforme interne de suivi des compétences et nous demande d'y importer nos formations passées. Est-il possible de récupérer mes données de la formation en ligne (modules suivis, résultats aux quiz, attestation) dans un format exploitable, CSV ou autre, pour que je puisse les importer ?

Merci d'avance,
Guillaume Texier""",
["portability"], frm="Guillaume Texier <guillaume.texier@gmail.com>"),

M("fr-req-audio-seance", "enregistrement",
"""Bonjour Sandra,

Je vous avais autorisée à enregistrer nos séances en audio pour que vous puissiez les réécouter. Avec le recul, ça me met mal à l'aise. Je retire cette autorisation, merci de ne plus m'enregistrer et de ne plus utiliser les enregistrements existants.

Anne""",
["withdraw_consent"], frm="Anne Dubreuil <anne.dubreuil@yahoo.fr>"),

M("fr-req-quebec-effacer-infos", "Effacer mes infos",
"""Bonjour Madame Delomenie,

J'ai suivi votre atelier en ligne au printemps, c'était bien le fun. Par contre je fais du ménage dans mes affaires numériques : pourriez-vous effacer mes infos de votre système, s'il vous plaît? Nom, courriel, toute.

Merci ben gros pis bonne continuation!
Marie-Ève Gagnon
Sherbrooke""",
["erasure"], frm="Marie-Eve Gagnon <marieeve.gagnon@hotmail.com>"),

M("fr-req-copie-et-gel", "Mon dossier — copie et gel",
"""Bonjour,

Je conteste plusieurs éléments de la fiche de synthèse que vous avez transmise à la médecine du travail (avec mon accord à l'époque). Avant d'aller plus loin, je souhaite :
- recevoir une copie complète de mon dossier ;
- que vous en gelez l'utilisation d'ici là : aucune transmission, aucune modification, aucune suppression.

Merci de me confirmer la prise en compte.
Frédérique Huet""",
["access", "restriction"], frm="Frédérique Huet <frederique.huet@gmail.com>"),

# NEAR-LINE: a husband asking to withdraw his late wife's testimonial -> heir after a death, post_mortem only
M("fr-req-mari-temoignage-defunte", "Témoignage de Nicole",
"""Bonjour,

Ma femme Nicole Besson nous a quittés il y a trois mois. Son témoignage est toujours sur votre page d'accueil avec son prénom et sa photo. Je tombe dessus régulièrement et c'est dur.

Pouvez-vous le retirer ?

Merci.
Jean-Pierre Besson""",
["post_mortem"], frm="Jean-Pierre Besson <jp.besson@orange.fr>"),

M("fr-req-ancien-stagiaire-tres-long", "Un an après",
"""Bonjour Madame Delomenie,

Cela fait un an, presque jour pour jour, que j'ai terminé votre formation « Devenir praticien en relation d'aide ». Je voulais vous donner des nouvelles : j'ai finalement décidé de ne pas m'installer. Les raisons sont multiples, un peu financières, beaucoup personnelles. J'ai repris un poste de comptable dans une coopérative agricole, ce qui fait sourire mes anciens collègues de promo, mais j'y suis bien.

Je garde un souvenir très fort des week-ends à Issoudun, des repas partagés et de la bienveillance du groupe. Je n'ai rien à redire à la formation elle-même.

En revanche, comme je referme ce chapitre, je vous demanderais de supprimer les données que vous avez sur moi : mon dossier d'inscription, mes écrits de fin de formation, mes coordonnées. Je crois comprendre que vous devez garder les factures pour la comptabilité, ça ne pose évidemment aucun problème.

Encore merci pour tout,
Pierre-Alain Soulier""",
["erasure"], frm="Pierre-Alain Soulier <pa.soulier@gmail.com>"),

M("fr-req-note-trois-enfants", "Petite erreur dans mon dossier",
"""Bonjour Sandra,

En lisant le compte-rendu de notre première séance, je vois « mère de trois enfants ». J'en ai deux, Hugo et Léa ! Pouvez-vous corriger ? Ce n'est pas grave, mais autant que ce soit juste.

Bonne journée,
Elodie""",
["rectification"], frm="Elodie Fabre <elodie.fabre@gmail.com>"),

M("fr-req-opposition-art21-formelle", "Opposition au traitement de mes données à des fins de prospection",
"""Madame,

Conformément à l'article 21 du Règlement général sur la protection des données, je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, quel qu'en soit le canal (courriel, SMS, téléphone, courrier).

Je vous remercie de bien vouloir me confirmer la prise en compte de cette opposition dans les meilleurs délais.

Recevez, Madame, mes salutations distinguées.

Marc-Antoine Delorme""",
["objection"], frm="Marc-Antoine Delorme <ma.delorme@laposte.net>",
attachments=[{"kind": "docx", "name": "Opposition_prospection_Delorme.docx", "text": "Marc-Antoine Delorme\nObjet : opposition au traitement a des fins de prospection (article 21 RGPD)\nMadame, je m'oppose au traitement de mes donnees a des fins de prospection commerciale."}]),

M("fr-req-18-ans-ce-que-parents", "Ce que mes parents vous ont donné",
"""Bonjour,

J'ai 18 ans depuis la semaine dernière. Quand j'avais 13-14 ans, mes parents m'ont inscrite à plusieurs séances avec vous et ils ont rempli des questionnaires sur moi.

Maintenant que je suis majeure j'aimerais savoir ce qu'il y a dans mon dossier et avoir une copie de ce qu'ils ont écrit. C'est possible ?

Merci,
Jade Tessier""",
["access"], frm="Jade Tessier <jade.tessier@gmail.com>"),

M("fr-req-html-only-gel-donnees", "Demande de limitation",
"""Bonjour Madame,

J'ai appris que vous alliez transmettre les listes de participants de l'atelier de février à l'association organisatrice. Je conteste l'exactitude des informations que vous détenez sur moi (profession et ville ne sont plus à jour) et vous demande de limiter le traitement de mes données : qu'elles ne soient pas transmises ni utilisées tant que ce point n'est pas réglé.

Cordialement,
Isabelle Fournier""",
["restriction"], frm="Isabelle Fournier <isabelle.fournier@orange.fr>", html="only"),

M("fr-req-supprimer-compte-et-donnees-espace", "Suppression de mon espace et de mes données",
"""Bonjour,

Je n'utilise plus mon espace membre sur votre plateforme. Merci de le supprimer ainsi que toutes les données associées (profil, progression, messages).

Cordialement,
Nicolas Vial""",
["erasure"], frm="Nicolas Vial <nicolas.vial@icloud.com>", html="alt"),
M("fr-req-litige-gel-et-newsletter", "dossier + newsletter",
"""Bonjour,

Suite à notre différend sur le remboursement du stage annulé, je vous demande de geler mon dossier : ne supprimez rien, mais ne vous en servez plus tant que ce n'est pas réglé.

Et par ailleurs, je ne veux plus recevoir la newsletter, quelle que soit l'issue.

Cordialement,
Thierry Lemaire""",
["objection", "restriction"], frm="Thierry Lemaire <thierry.lemaire@orange.fr>"),

M("fr-req-maj-mail-puis-export", "Nouvelle adresse + export",
"""Bonjour Sandra,

1. Ma nouvelle adresse mail est celle-ci (camille.b.roux@proton.me), l'ancienne chez Hotmail est à remplacer.
2. Pourriez-vous m'envoyer à cette nouvelle adresse mes données de suivi sous forme de fichier (tableur), que je puisse les réimporter dans l'appli de journal que j'utilise maintenant ?

Merci d'avance !
Camille Roux""",
["portability", "rectification"], frm="Camille Roux <camille.b.roux@proton.me>"),

M("fr-req-neveu-laconique", "Décès de ma tante",
"""Bonjour,
Ma tante Simone Lacour est décédée le 2 avril. Merci de clôturer son dossier et de supprimer son adresse de vos envois.
Cordialement,
Franck Lacour, neveu""",
["post_mortem"], frm="Franck Lacour <franck.lacour@gmail.com>", cte="qp"),

M("fr-req-ciblage-savoir-et-refus", "Publicités ciblées ?",
"""Bonjour,

Je vois passer vos publicités sur Facebook et Instagram dès que je me connecte, avec des messages du genre « Vous avez aimé notre atelier sur le sommeil ? ». Je voudrais savoir quelles données me concernant vous utilisez pour ce ciblage (liste de clients importée ? pixel sur le site ?).

Et je m'oppose à ce que mes données servent à ce ciblage publicitaire à l'avenir.

Cordialement,
Jérémie Blanc""",
["access", "objection"], frm="Jérémie Blanc <jeremie.blanc@gmail.com>"),

M("fr-req-suisse-bloquer", "Blocage de mes données",
"""Chère Madame,

Je vous informe que je conteste la facturation de la dernière séance, à laquelle je n'ai pas pu me rendre pour cause de maladie (certificat joint). Dans l'attente d'une solution, je vous prie de bloquer mes données : qu'elles soient conservées mais qu'il n'en soit fait aucun usage, et notamment qu'elles ne soient pas transmises à une société de recouvrement.

Avec mes salutations les meilleures,
Annelise Favre
Neuchâtel""",
["restriction"], frm="Annelise Favre <annelise.favre@bluewin.ch>",
attachments=[{"kind": "pdf", "name": "certificat_medical.pdf", "text": "Certificat medical - Mme Annelise Favre - incapacite du 3 au 7"}]),
]
