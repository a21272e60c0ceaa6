# -*- coding: utf-8 -*-
"""French requests (part 1)."""
from common import R

R("fr-acces-formel-art15", "Demande d'accès à mes données personnelles (article 15 RGPD)",
"""Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les finalités du traitement, les destinataires auxquels elles ont été communiquées et leur durée de conservation.

J'ai suivi un accompagnement individuel avec vous entre mars et juin 2024.

Je vous remercie de me répondre dans le délai d'un mois prévu par le texte.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Hélène Marchadier
12 allée des Tilleuls
36000 Châteauroux""", ["access"], "Hélène Marchadier <helene.marchadier@orange.fr>", cte="qp")

R("fr-acces-notes-seances", "mes notes de séances",
"""Bonjour Sandra,

Je repense souvent à notre travail de l'an dernier. Est-ce que ce serait possible de recevoir une copie des notes que vous aviez prises pendant nos séances ? Je voudrais les relire tranquillement.

Merci d'avance,
Camille""", ["access"], "Camille Robinet <camille.robinet@gmail.com>")

R("fr-acces-origine", "Comment avez-vous eu mon adresse ?",
"""Bonjour,
je reçois votre lettre d'info depuis 2 mois alors que je ne me suis jamais inscrite nulle part chez vous. D'où tenez-vous mon adresse mail et quelles autres infos avez-vous sur moi ?
Cordialement
M. Pelletier""", ["access"], "Martine Pelletier <mpelletier36@laposte.net>")

R("fr-acces-sms", "Demande",
"""bjr c Laetitia, je voudrai savoir ce que vous avez comme infos sur moi dans vos fichiers svp merci""",
["access"], "Laetitia B <laeti.bdn@hotmail.fr>", hdr={"X-Mailer": "Outlook for Android"})

R("fr-acces-questionnaire", "Questionnaire de début d'accompagnement",
"""Bonjour Madame Delomenie,

Lors de mon premier rendez-vous en septembre, j'avais rempli un questionnaire assez détaillé (parcours, objectifs, situation familiale). Je n'en ai pas gardé de double. Pourriez-vous m'en envoyer une copie, s'il vous plaît ?

Bien à vous,
Gérard Tixier""", ["access"], "Gérard Tixier <gerard.tixier@wanadoo.fr>", to="o")

R("fr-acces-partage", "Question sur mes données transmises",
"""Bonjour,

Ma formation "Prendre la parole en public" a été financée par mon employeur via l'OPCO. Pouvez-vous me dire précisément quelles informations me concernant vous avez transmises à mon employeur et à l'OPCO (évaluations, présence, commentaires) ?

Merci,
Nadège Fournier""", ["access"], "Nadège Fournier <n.fournier@free.fr>")

R("fr-acces-belge", "Demande de consultation de mon dossier",
"""Bonjour Madame,

Je me permets de vous écrire depuis Namur. J'ai participé à votre stage en ligne au printemps passé et je souhaiterais savoir quelles données vous conservez à mon sujet. Pourriez-vous m'en transmettre une copie ? Je vous en remercie d'avance.

Je vous souhaite une bonne journée et à bientôt peut-être,

Françoise Delvaux
Rue de Fer 28, 5000 Namur""", ["access"], "Françoise Delvaux <francoise.delvaux@skynet.be>")

R("fr-acces-formulaire-site", "[Floraison de Soi] Nouveau message depuis le formulaire de contact",
"""Nom : Julien Aubrun
Email : julien.aubrun@gmail.com
Téléphone : 
Sujet : Autre

Message :
Bonjour, j'aimerais obtenir la liste de toutes les données que vous avez sur moi. J'ai fait un bilan avec vous en 2023. Merci.

--
Ce message a été envoyé depuis le formulaire de contact de https://www.floraisondesoi.fr""",
["access"], "Floraison de Soi <wordpress@floraisondesoi.fr>", replyto="Julien Aubrun <julien.aubrun@gmail.com>")

R("fr-effacement-formel-art17", "Demande d'effacement – article 17 du RGPD",
"""Madame,

Par la présente, et conformément à l'article 17 du RGPD, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant figurant dans vos fichiers (coordonnées, comptes rendus, factures hors obligations légales de conservation).

Je vous remercie de bien vouloir me confirmer par écrit que cet effacement a été effectué.

Cordialement,

Bernard Lhomme""", ["erasure"], "Bernard Lhomme <bernard.lhomme@orange.fr>",
att=[("pdf", "CNI_Lhomme.pdf", "Carte nationale d'identite - LHOMME Bernard - copie")])

R("fr-effacement-poli", "suppression",
"""Bonjour Sandra,
Pourriez-vous supprimer mes données de vos fichiers ? Je n'ai plus besoin de vos services pour le moment, tout va bien de mon côté :)
Belle journée
Inès""", ["erasure"], "Inès Garnier <ines.garnier@icloud.com>", hdr={"X-Mailer": "iPhone Mail (22C152)"})

R("fr-effacement-sans-accents", "effacer mon dossier",
"""bonjour
je veux que vous effaciez tout ce que vous avez sur moi, fiche, mail, tel, tout. j ai arrete le coaching et je veux plus rien chez vous
merci de confirmer
kevin""", ["erasure"], "kevin doucet <kdoucet.36@gmail.com>")

R("fr-effacement-compte-donnees", "Suppression de mon compte espace membre",
"""Bonjour,

Merci de supprimer mon compte sur votre espace membre ainsi que toutes les données qui y sont associées (profil, progression dans les modules, messages).

Bien cordialement,
Aurélie Simonet""", ["erasure"], "Aurélie Simonet <aurelie.simonet@outlook.fr>", html="alt")

R("fr-effacement-quebec", "Retrait de mes renseignements personnels",
"""Bonjour Sandra,

J'ai suivi votre atelier virtuel l'automne passé depuis Sherbrooke. Je vous écris pour vous demander de retirer mes renseignements personnels de vos dossiers, au complet. Je n'ai pas l'intention de m'inscrire à d'autres ateliers, fait que je préfère que rien ne traîne.

Merci bien, bonne fin de journée!

Geneviève Tremblay""", ["erasure"], "Geneviève Tremblay <gen.tremblay@videotron.ca>")

R("fr-effacement-enfoui", "Des nouvelles + une petite demande",
"""Coucou Sandra !

Ça fait longtemps ! Je voulais te dire que j'ai finalement sauté le pas : j'ai quitté la banque en janvier et j'ai ouvert ma petite boutique de céramique à Bourges. Nos séances m'ont vraiment aidée à y croire, je repense souvent à l'exercice des "trois portes".

Les débuts sont sportifs, entre les salons, la compta et les fours qui tombent en panne, mais je suis heureuse. Si tu passes par Bourges, viens voir l'atelier !

Sinon, petite chose pratique : comme je change complètement de vie, je fais un grand ménage dans mes comptes et mes inscriptions. Tu peux effacer mon dossier et mes coordonnées de chez toi ? Je t'écrirai directement si j'ai besoin de toi un jour.

Plein de bises et encore merci pour tout,
Léa""", ["erasure"], "Léa Ribaud <lea.ribaud@gmail.com>")

R("fr-effacement-suisse", "Demande de suppression",
"""Bonjour Madame,

Je vous remercie pour la formation de septante heures suivie l'an dernier, qui m'a été très utile. Je vous saurais gré de bien vouloir détruire les données me concernant, à l'exception de ce que la loi vous oblige à garder.

Avec mes meilleures salutations,

Pascal Rochat
Lausanne""", ["erasure"], "Pascal Rochat <pascal.rochat@bluewin.ch>", cte="8bit")

R("fr-effacement-oubli", "Droit à l'oubli",
"""Madame Delomenie,
Je souhaite exercer mon droit à l'oubli. Merci de faire le nécessaire pour l'ensemble de mes informations.
Sylvie Carré""", ["erasure"], "Sylvie Carré <sylvie.carre@yahoo.fr>")

R("fr-effacement-sujet-seul", "Supprimez toutes mes données personnelles svp", "",
["erasure"], "Dominique Vallet <d.vallet@sfr.fr>")

R("fr-effacement-euphemisme", "Tourner la page",
"""Bonjour Sandra,

Cette période de ma vie a été difficile et je préfère tourner la page complètement. Je ne voudrais pas qu'il reste une trace de mon passage chez vous : mes coordonnées, ce que je vous ai raconté, les comptes rendus. Est-ce que vous pouvez faire disparaître tout ça ?

Merci pour votre écoute à l'époque.
Céline""", ["erasure"], "Céline M. <celine.mrt@laposte.net>")
# NEAR-LINE: no "supprimer/effacer" word, but "faire disparaître" all data and notes = erasure request.

R("fr-objection-newsletter", "désinscription",
"""Bonjour, merci de me retirer de votre liste de diffusion. Cordialement.""",
["objection"], "Yves Charbonnier <yves.charbonnier@orange.fr>", nomailer=True)

R("fr-objection-newsletter-quote", "Re: 🌸 La lettre de Floraison de Soi – Avril",
"""Je ne souhaite plus recevoir ces mails, merci.""", ["objection"],
"Marie-Noëlle Petit <mn.petit@gmail.com>",
quote=("gmail", """Bonjour à toutes et à tous,

Le printemps est là et avec lui l'envie de se remettre en mouvement. Ce mois-ci je vous propose un atelier "Oser dire non" le samedi 12 à Issoudun.

Sandra

Se désinscrire : https://floraisondesoi.fr/newsletter/desinscription"""))

R("fr-objection-sms", "SMS",
"""Bonjour, je reçois vos SMS de rappel pour les ateliers collectifs alors que je ne viens plus. Merci d'arrêter de m'envoyer des SMS promotionnels. Michel""",
["objection"], "Michel Aubert <michel.aubert@free.fr>")

R("fr-objection-prospection", "Opposition à la prospection",
"""Madame,

Je m'oppose, sur le fondement de l'article 21 du RGPD, à toute utilisation de mes coordonnées à des fins de prospection commerciale, quel que soit le canal (courrier, courriel, téléphone).

Salutations,
J.-P. Lemaire""", ["objection"], "Jean-Pierre Lemaire <jp.lemaire@lemaire-conseil.fr>")

R("fr-objection-appels", "Arrêt des appels",
"""Bonjour,

J'ai été appelée deux fois cette semaine pour me proposer le nouveau parcours. J'avais dit à la première personne que je n'étais pas intéressée. Je ne souhaite plus être contactée par téléphone, merci d'en prendre note.

Annick Royer""", ["objection"], "Annick Royer <annick.royer@gmail.com>")

R("fr-objection-statistiques", "Utilisation de mes réponses",
"""Bonjour Sandra,

J'ai vu dans le bilan de fin de formation que les réponses des participants serviraient à des statistiques pour votre rapport Qualiopi. Je préfère que les miennes ne soient pas utilisées pour ça. Est-ce possible de m'exclure ?

Merci,
Thomas""", ["objection"], "Thomas Guérin <thomas.guerin@entreprise-guerin.fr>")
# NEAR-LINE: opposing statistical use of own answers (no consent wording) -> objection per policy.

R("fr-objection-informel", "stop mails",
"""slt, stp arrete de menvoyer tes mails de promo jen recois trop, merci""", ["objection"],
"Jordan <jojo.lrt@hotmail.fr>")

R("fr-objection-belge", "Désabonnement",
"""Bonjour,

Je vous prie de bien vouloir me désabonner de votre lettre d'information. Je l'ai beaucoup appréciée mais je reçois trop de courriels ces temps-ci.

Bien à vous,
Anne-Sophie Lambert""", ["objection"], "Anne-Sophie Lambert <as.lambert@telenet.be>", html="only")

R("fr-objection-profilage", "Segmentation de la newsletter",
"""Bonjour,

J'ai remarqué que vos courriels changent selon que j'ouvre ou non les précédents, et que vous me classez dans une catégorie "reconversion". Je ne veux pas faire l'objet de ce type de ciblage. Merci de le désactiver pour mon adresse.

Cordialement,
Romain Dufour""", ["objection"], "Romain Dufour <romain.dufour@proton.me>")

R("fr-rectif-nom", "Orthographe de mon nom",
"""Bonjour,

Sur l'attestation de formation et sur les factures, mon nom est écrit "Lefevre" alors que c'est "Lefèbvre" avec un accent et un b. Pourriez-vous corriger dans votre fichier ?

Merci beaucoup,
Odile Lefèbvre""", ["rectification"], "Odile Lefèbvre <odile.lefebvre@orange.fr>", to="o")

R("fr-rectif-adresse", "Changement d'adresse",
"""Bonjour Sandra,
Je déménage le 1er du mois. Ma nouvelle adresse : 7 impasse des Vignes, 18100 Vierzon. Vous pouvez retirer l'ancienne (rue de la Gare à Issoudun).
Merci !
Patricia""", ["rectification"], "Patricia Moreau <patricia.moreau@gmail.com>")

R("fr-rectif-telephone", "nouveau numéro",
"""Bonjour, mon numéro a changé, c'est maintenant le 06 47 21 88 30, le 07 a été résilié. Pouvez-vous mettre à jour et effacer l'ancien ? Bonne journée, Fabrice""",
["rectification"], "Fabrice Nowak <fabrice.nowak@sfr.fr>")
# NEAR-LINE: "effacer l'ancien" numéro with new value given -> rectification only.

R("fr-rectif-email", "Changement d'adresse mail",
"""Bonjour,

Je n'utilise plus mon adresse @wanadoo. Pouvez-vous la remplacer par celle-ci (claire.bonnin@gmail.com) pour la newsletter et les factures, et supprimer l'ancienne ?

Claire Bonnin""", ["rectification"], "Claire Bonnin <claire.bonnin@gmail.com>")

R("fr-rectif-date-naissance", "Erreur dans mon dossier",
"""Bonjour Madame,

En relisant le document de positionnement que vous m'avez envoyé, je vois que ma date de naissance est indiquée au 03/11/1978. C'est le 11/03/1978 (jour et mois inversés). Merci de rectifier.

Cordialement,
Sébastien Morin""", ["rectification"], "Sébastien Morin <s.morin@numericable.fr>")

R("fr-rectif-note-fausse", "Compte rendu de séance",
"""Bonjour Sandra,

Dans le compte rendu de la séance du 14 que tu m'as envoyé, il est écrit que j'envisage de quitter mon poste "d'ici l'été". Ce n'est pas ce que j'ai dit : j'envisage une mobilité interne, pas un départ. Comme ce document peut être partagé avec la RH dans le cadre du financement, j'aimerais vraiment que ce soit corrigé dans ton dossier.

Merci,
Vanessa""", ["rectification"], "Vanessa Perrin <vanessa.perrin@groupe-berry.fr>")

R("fr-rectif-completer", "Compléter ma fiche",
"""Bonjour,
Pour ma fiche stagiaire, il manque ma situation de handicap (RQTH) que je vous avais signalée à l'oral. Pouvez-vous la compléter pour que les aménagements soient prévus ? Je joins la notification.
Merci,
Aline Hubert""", ["rectification"], "Aline Hubert <aline.hubert@gmail.com>",
att=[("pdf", "notification_RQTH.pdf", "MDPH Indre - Notification de decision RQTH - Aline Hubert")])

R("fr-rectif-nom-marital", "Nom d'usage",
"""Bonjour Sandra, depuis mon divorce j'ai repris mon nom de jeune fille : Juliette CAZENAVE (et plus Juliette Roux). Tu peux modifier dans tes fichiers ? Bisous""",
["rectification"], "Juliette Cazenave <juliette.cazenave@icloud.com>", hdr={"X-Mailer": "iPhone Mail (21H216)"})

R("fr-limitation-gel", "Ne rien supprimer pour l'instant",
"""Madame,

Je suis actuellement en litige avec mon ancien employeur, qui a financé le bilan de compétences réalisé avec vous. Mon avocat pourrait avoir besoin des documents. Je vous demande donc de ne pas effacer mon dossier, mais de ne plus l'utiliser ni le transmettre à qui que ce soit jusqu'à nouvel ordre (article 18 du RGPD).

Cordialement,
Stéphane Joly""", ["restriction"], "Stéphane Joly <stephane.joly@gmail.com>")

R("fr-limitation-contestation", "Contestation des informations",
"""Bonjour,

L'évaluation de fin de formation transmise à mon employeur mentionne que je n'ai "pas atteint les objectifs". Je conteste cette appréciation, qui ne correspond pas aux exercices réalisés. En attendant que nous en discutions, merci de suspendre tout usage et toute transmission de cette évaluation.

Karine Dumas""", ["restriction"], "Karine Dumas <karine.dumas@mairie-issoudun.fr>")

R("fr-limitation-informel", "mon dossier",
"""Bonjour Sandra,
je sais pas trop comment dire ça... j'aimerais que tu gardes mon dossier (au cas où je revienne) mais que tu ne t'en serves plus du tout en attendant, ni pour les stats ni pour rien. C'est possible ?
Merci
Élodie""", ["restriction"], "Élodie Faure <elodie.faure@gmail.com>")
# NEAR-LINE: polite question but asks for it: keep but don't use -> restriction.

R("fr-portabilite-formel", "Demande de portabilité (art. 20 RGPD)",
"""Madame,

Conformément à l'article 20 du RGPD, je vous demande de me transmettre les données que je vous ai fournies (fiche d'inscription, réponses aux questionnaires, historique des rendez-vous) dans un format structuré, couramment utilisé et lisible par machine, par exemple CSV ou JSON.

Je vous remercie par avance.

Laurent Giraud""", ["portability"], "Laurent Giraud <laurent.giraud@free.fr>")

R("fr-portabilite-nouvelle-coach", "Transfert de mon dossier",
"""Bonjour Sandra,

Comme je vous l'ai dit, je déménage à Nantes et je vais continuer mon accompagnement avec une coach sur place (Mme Le Goff, cabinet Cap Ouest). Serait-il possible de lui transmettre directement mes questionnaires et mon historique, dans un fichier qu'elle puisse réutiliser ? Son adresse : contact@capouest-coaching.fr.

Merci pour tout,
Anaïs""", ["portability"], "Anaïs Coutant <anais.coutant@gmail.com>")

R("fr-portabilite-export", "Export de mes réponses",
"""Bonjour,
est-ce que je peux récupérer mes réponses aux tests (ennéagramme, valeurs) sous forme de tableur ? je voudrais les importer dans mon appli de journal.
merci
Hugo""", ["portability"], "Hugo Lemoine <hugo.lemoine@protonmail.com>")

R("fr-retrait-temoignage", "Mon témoignage sur le site",
"""Bonjour Sandra,

Il y a deux ans, j'avais accepté que mon témoignage (avec mon prénom et ma photo) apparaisse sur la page "Ils m'ont fait confiance". Ma situation a changé et je préfère qu'il soit retiré. Merci de votre compréhension.

Nathalie""", ["withdraw_consent"], "Nathalie Besson <nathalie.besson@orange.fr>")

R("fr-retrait-photo-atelier", "photos de l'atelier",
"""Bonjour, j'avais coché la case pour les photos lors de l'atelier du 8 mars mais finalement je ne veux pas apparaître sur vos réseaux. Pouvez-vous retirer celles où on me voit ? Merci. Sabrina""",
["withdraw_consent"], "Sabrina Haddad <sabrina.haddad@gmail.com>")

R("fr-retrait-video", "Enregistrement du webinaire",
"""Bonjour Madame Delomenie,

J'étais intervenue à l'oral pendant le webinaire du 21 janvier et j'avais donné mon accord pour l'enregistrement. Je reviens sur cet accord : je ne souhaite pas que la vidéo où l'on m'entend parler de ma situation personnelle soit diffusée ni conservée.

Merci de me le confirmer.
Bien cordialement,
Christine Leroy""", ["withdraw_consent"], "Christine Leroy <christine.leroy@laposte.net>")

R("fr-retrait-consentement-questionnaire", "Retrait de mon consentement",
"""Bonjour,

Je retire mon consentement à l'utilisation de mes réponses au questionnaire de satisfaction à des fins d'illustration dans vos supports de communication.

Merci,
Olivier Brun""", ["withdraw_consent"], "Olivier Brun <olivier.brun@gmail.com>")

R("fr-retrait-audio", "enregistrements",
"""Sandra, tu te souviens que tu enregistrais nos séances pour ta supervision ? J'étais d'accord à l'époque. Plus maintenant, j'ai changé d'avis. Tu peux arrêter de les utiliser et les détruire ?
Merci, Marc""", ["withdraw_consent"], "Marc Deschamps <marc.deschamps@free.fr>")

R("fr-postmortem-fille", "Décès de ma mère, Mme Jacqueline Roussel",
"""Madame,

Je suis la fille de Jacqueline Roussel, qui a suivi plusieurs ateliers avec vous. Ma mère est décédée le 2 février dernier. Je vous serais reconnaissante de bien vouloir clôturer son dossier et supprimer ses coordonnées de votre liste de diffusion ; nous continuons à recevoir vos courriels à son nom.

Vous trouverez ci-joint l'acte de décès.

Bien cordialement,
Isabelle Roussel-Martin""", ["post_mortem"], "Isabelle Roussel-Martin <isabelle.rousselmartin@gmail.com>",
att=[("pdf", "acte_deces_Roussel.pdf", "Extrait d'acte de deces - Jacqueline ROUSSEL - Mairie d'Issoudun")])
# NEAR-LINE: heir asks erasure + unsubscribe of deceased -> post_mortem only.

R("fr-postmortem-notaire", "Succession de M. René Gaudin – demande d'informations",
"""Madame,

Notre étude est chargée du règlement de la succession de Monsieur René GAUDIN, décédé le 17 octobre, qui était, d'après ses relevés bancaires, l'un de vos clients.

Nous vous remercions de bien vouloir nous indiquer si le défunt disposait d'un compte ou d'un abonnement auprès de votre entreprise, et de nous adresser, le cas échéant, les documents le concernant.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Maître Anne-Laure Bertin
Notaire
Office notarial Bertin & Associés – 3 place du Marché – 36100 Issoudun
Tél. 02 54 21 xx xx

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
["post_mortem"], "Office notarial Bertin <etude.bertin@notaires.fr>",
att=[("pdf", "Gaudin_certificat_deces.pdf", "Certificat de deces - Rene GAUDIN")])

R("fr-postmortem-directives", "Mes volontés pour après",
"""Bonjour Sandra,

Je prépare mes papiers suite au diagnostic dont je vous avais parlé. Je voudrais que, après mon décès, toutes les notes de nos séances soient détruites et que personne de ma famille ne puisse y avoir accès, même mon mari. Je désigne ma sœur, Brigitte Vernet (brigitte.vernet@orange.fr), pour vous prévenir le moment venu.

Merci pour tout ce que vous m'avez apporté.
Évelyne""", ["post_mortem"], "Évelyne Caron <evelyne.caron@orange.fr>")

R("fr-postmortem-fils-informel", "ma mere",
"""bonjour madame,
ma mere Josiane Pichon est decedee en decembre. je trouve des mails de vous dans sa boite. je voudrai savoir ce que vous avez sur elle et que vous arretiez d'envoyer des messages. 
merci
David Pichon""", ["post_mortem"], "david pichon <davidpichon18@gmail.com>")

R("fr-postmortem-epoux-acces", "Dossier de mon épouse",
"""Madame,

Mon épouse, Martine Delage, nous a quittés en mars. Elle vous voyait régulièrement et ces rendez-vous comptaient beaucoup pour elle. Ce serait important pour moi et nos enfants de pouvoir lire ce qu'elle écrivait lors des ateliers d'écriture, si vous en avez gardé une trace.

Je comprends que ce soit délicat.
Respectueusement,
Alain Delage""", ["post_mortem"], "Alain Delage <alain.delage@wanadoo.fr>")

# ---- multi-right ---------------------------------------------------------
R("fr-multi-acces-effacement", "RGPD – accès puis effacement",
"""Bonjour,

Avant que vous ne supprimiez mes données, j'aimerais en recevoir une copie complète. Ensuite, merci de tout effacer et de me confirmer l'effacement.

Cordialement,
Manon Lacroix""", ["access", "erasure"], "Manon Lacroix <manon.lacroix@gmail.com>")

R("fr-multi-effacement-retrait", "Retrait du témoignage et suppression",
"""Bonjour Sandra,

Je te demande de retirer mon témoignage vidéo de ta chaîne YouTube et de ton site, et plus largement de supprimer toutes mes données. Je préfère ne plus avoir de lien avec cette période.

Merci de ta compréhension,
Aurore""", ["erasure", "withdraw_consent"], "Aurore Vidal <aurore.vidal@outlook.com>")

R("fr-multi-portabilite-acces", "Récupérer mes données",
"""Bonjour,

J'aimerais savoir quelles données vous avez sur moi et recevoir celles que je vous ai fournies dans un fichier exploitable (Excel ou CSV) pour les garder.

Merci,
Benoît Marchal""", ["access", "portability"], "Benoît Marchal <benoit.marchal@gmail.com>")

R("fr-multi-objection-rectif", "Mise à jour et newsletter",
"""Bonjour,
Deux choses : mon adresse postale a changé (14 rue Jean Jaurès, 36100 Issoudun, à la place du 3 rue Pierre Brossolette) et je ne souhaite plus recevoir la newsletter.
Merci !
Corinne Weber""", ["objection", "rectification"], "Corinne Weber <corinne.weber@laposte.net>")

R("fr-multi-limitation-acces", "Évaluation contestée – copie et suspension",
"""Madame,

Je conteste l'exactitude des commentaires me concernant dans le compte rendu de positionnement transmis à la direction. Je vous demande :
1) de m'en communiquer une copie intégrale ;
2) d'en suspendre l'utilisation le temps de la vérification.

Veuillez agréer mes salutations.
François Perret""", ["access", "restriction"], "François Perret <francois.perret@agglo-chateauroux.fr>")

R("fr-multi-objection-effacement", "plus de mails et supprimez-moi",
"""Bonjour. Désinscrivez-moi de tous vos envois et effacez mes coordonnées de votre base. Merci. A. Colin""",
["erasure", "objection"], "Agnès Colin <agnes.colin@orange.fr>")

R("fr-multi-avocat", "Demande pour le compte de Mme Sophie Renard – mandat",
"""Madame,

Je vous informe intervenir en qualité de conseil de Madame Sophie RENARD, qui a suivi un accompagnement auprès de vous en 2024, ainsi qu'en atteste le mandat ci-joint.

Au nom de ma cliente, et sur le fondement des articles 15 et 18 du RGPD, je vous demande :
- de me communiquer l'intégralité des données personnelles la concernant, y compris les notes de séances ;
- de geler ces données, sans les supprimer ni les transmettre à quiconque, dans l'attente de la procédure en cours.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Maître Guillaume Fabre
Avocat au Barreau de Châteauroux
8 rue de la République – 36000 Châteauroux

Ce courriel et ses pièces jointes sont confidentiels et couverts par le secret professionnel.""",
["access", "restriction"], "Me Guillaume Fabre <g.fabre@fabre-avocat.fr>",
att=[("pdf", "mandat_Renard.pdf", "Mandat de representation - Sophie RENARD donne mandat a Me Guillaume FABRE")], cte="qp")

R("fr-multi-parent-mineur", "Données de ma fille (mineure)",
"""Bonjour Madame,

Ma fille Lou, 15 ans, a participé à votre atelier "Confiance en soi ados" en juillet. Je découvre qu'elle reçoit maintenant vos newsletters et qu'une photo d'elle figure sur votre page Facebook. En tant que responsable légale, je vous demande de retirer cette photo et de supprimer toutes ses données.

Cordialement,
Stéphanie Garnier""", ["erasure", "withdraw_consent"], "Stéphanie Garnier <steph.garnier@gmail.com>")

R("fr-multi-rectif-acces", "Vérifier mon dossier",
"""Bonjour Sandra,
Je crois qu'il y a des erreurs sur moi dans ton dossier (mauvais employeur notamment, je ne suis plus chez Safran depuis un an). Tu peux m'envoyer ce que tu as pour que je vérifie, et corriger l'employeur : c'est maintenant Thales à Châteauroux.
Merci !
Jérôme""", ["access", "rectification"], "Jérôme Baron <jerome.baron@gmail.com>")

R("fr-multi-objection-retrait", "Photos et mails",
"""Bonjour,

Je ne veux plus apparaître sur les photos de groupe publiées sur Instagram (je retire mon accord) et je ne veux plus recevoir les mails d'information.

Merci,
Caroline Schmitt""", ["objection", "withdraw_consent"], "Caroline Schmitt <caroline.schmitt@icloud.com>")
