from rec import m

# ---------------- restriction ----------------
m("fr-res-gel-litige", "Dossier en attente",
"""Bonjour Madame,

Comme vous le savez, je conteste la facture de décembre et j'ai saisi un médiateur. En attendant l'issue de cette procédure, je vous demande de ne pas effacer mon dossier (il me servira de preuve), mais de ne plus l'utiliser pour quoi que ce soit d'autre.

Cordialement,
Laurent Bizet""", ["restriction"], frm="Laurent Bizet <laurent.bizet@orange.fr>", to=1)

m("fr-res-conteste-exactitude", "Votre bilan me concernant",
"""Bonjour,

Le bilan que vous avez rédigé à l'issue du bilan de compétences contient des appréciations que je conteste (notamment sur ma « difficulté à travailler en équipe »). Le temps qu'on en discute, je vous demande de mettre ce document de côté et de ne pas le transmettre, ni à mon employeur ni à qui que ce soit.

Merci,
Fabrice Lemaire""", ["restriction"], frm="Fabrice Lemaire <fabrice.lemaire@gmail.com>")
# NEAR-LINE: contests accuracy and asks to pause use, no correction given -> restriction only

m("fr-res-pas-supprimer", "surtout ne supprimez rien",
"""Bonjour Sandra,

J'ai vu dans votre politique que vous effacez les données au bout d'un moment. Je suis en arrêt longue maladie et il est possible que mon avocat ait besoin des notes de nos séances pour mon dossier prud'hommes. Est-ce que vous pouvez les garder de côté, sans les utiliser, au-delà de la durée normale ?

Merci infiniment,
Martine Guérin""", ["restriction"], frm="Martine Guérin <martine.guerin@laposte.net>")

m("fr-res-belge-limiter", "Limitation",
"""Bonjour,

Je souhaite que le traitement de mes données soit limité au strict nécessaire pour la facturation de la formation que mon employeur a financée. Rien d'autre : pas d'usage pour de la communication, pas de statistiques. Je ne demande pas leur suppression.

Bien à vous,
Arnaud Lambotte""", ["restriction"], frm="Arnaud Lambotte <arnaud.lambotte@proximus.be>")
# NEAR-LINE: "limit to billing only" reads like restriction; no unsubscribe wording, so not objection

m("fr-res-bloquer", "bloquer mon dossier",
"""Bonjour, je ne suis pas d'accord avec ce qui est écrit sur moi dans le dossier partagé avec l'organisme de formation (les absences ne sont pas justes, j'étais là le 12 et le 13). Tant que ce n'est pas vérifié, merci de bloquer ce dossier et de ne rien envoyer à l'OPCO.
Yasmine Haddad""", ["restriction"], frm="Yasmine Haddad <yasmine.haddad@hotmail.com>")

m("fr-res-suisse-suspend", "Suspension",
"""Madame,

Je vous prie de suspendre toute utilisation de mes données personnelles jusqu'à ce que vous m'ayez répondu au sujet de l'exactitude des informations transmises à ma caisse de pension. Je ne souhaite pas leur effacement.

Avec mes salutations distinguées,
Pierre-Alain Jaquet""", ["restriction"], frm="Pierre-Alain Jaquet <pa.jaquet@bluewin.ch>")

m("fr-res-garder-temoignage-video", "la vidéo de la journée",
"""Coucou Sandra,
pour la vidéo de la journée anniversaire où on me voit parler : je ne veux pas que tu la supprimes (j'aimerais la récupérer un jour), mais pour l'instant ne t'en sers plus du tout, ni sur le site ni ailleurs, jusqu'à ce que je te redise.
Bises, Nadège""", ["restriction"], frm="Nadège Colas <nadege.colas@gmail.com>")
# NEAR-LINE: could be withdraw_consent, but she explicitly asks to keep without using (freeze) -> restriction

# ---------------- portability ----------------
m("fr-por-csv", "export de mes données",
"""Bonjour,

Je passe chez une autre coach pour la suite de mon parcours. Pourriez-vous m'envoyer mes données (fiche, objectifs, historique des séances) dans un fichier exploitable, type CSV ou Excel, pour que je puisse le lui transmettre ?

Merci,
Cécile Arnoux""", ["portability"], frm="Cécile Arnoux <cecile.arnoux@gmail.com>")

m("fr-por-transfert-direct", "Transmission de mon dossier",
"""Bonjour Sandra,

Je vais poursuivre mon accompagnement avec Mme Perrin, psychopraticienne à Vierzon. Serait-il possible que vous lui transmettiez directement mon dossier dans un format qu'elle puisse importer ? Son adresse : cabinet.perrin@orange.fr.

Merci d'avance,
Gilles Fournier""", ["portability"], frm="Gilles Fournier <gilles.fournier18@orange.fr>", to=1)

m("fr-por-art20", "Portabilité (art. 20 RGPD)",
"""Madame,

Sur le fondement de l'article 20 du RGPD, je vous demande de me transmettre les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.

Cordialement,
Thibault Marchal""", ["portability"], frm="Thibault Marchal <thibault.marchal@proton.me>")

m("fr-por-plateforme", "récupérer mes contenus",
"""Bonjour,
Mon abonnement à la formation en ligne se termine fin du mois. J'ai rempli plein de fiches d'exercices et de journaux dans l'espace membre. Est-ce que je peux récupérer tout ça dans un format réutilisable (pas des captures d'écran) pour l'importer dans mon Notion ?
Merci !!
Léa""", ["portability"], frm="Léa Fontaine <lea.fontaine@gmail.com>")

m("fr-por-quebec", "Mes données en fichier",
"""Bonjour Sandra,

Est-ce que ce serait possible de m'envoyer mes données dans un fichier que je peux ouvrir dans Excel? Je m'en vais avec une coach d'ici, à Québec, et elle aimerait partir de mon historique.

Merci beaucoup,
Marie-Ève Lavoie""", ["portability"], frm="Marie-Ève Lavoie <me.lavoie@videotron.ca>", html="alt")

m("fr-por-rh-salarie", "Bilan – transfert vers le nouveau prestataire",
"""Bonjour Madame,

Je suis salarié de la société Technimeca et j'ai commencé chez vous un bilan de compétences que je vais terminer avec un autre centre (changement de région). Je vous demande de transférer mes données et les résultats de mes tests au centre CIBC Auvergne dans un format électronique qu'ils puissent réutiliser.

Cordialement,
Sébastien Morin""", ["portability"], frm="Sébastien Morin <sebastien.morin@technimeca.fr>")

# ---------------- objection ----------------
m("fr-obj-newsletter", "désinscription",
"""Bonjour,
merci de me retirer de votre newsletter.
Cordialement
A. Bertin""", ["objection"], frm="Anne Bertin <anne.bertin@free.fr>")

m("fr-obj-sms", "SMS",
"""Bonjour, je reçois des SMS pour vos ateliers, je n'en veux plus. Merci
06 71 22 09 85""", ["objection"], frm="Raymond Tissier <raymond.tissier@orange.fr>", to=1)

m("fr-obj-prospection", "Arrêtez de me relancer svp",
"""Bonjour Sandra,

Je sais que c'est ton métier, mais ça fait 3 fois que je reçois des propositions pour le programme « Renaissance ». J'ai dit non, et je ne souhaite plus être contactée pour ce genre d'offres. Merci de respecter ça.

Corinne""", ["objection"], frm="Corinne Laval <corinne.laval@gmail.com>")

m("fr-obj-stats", "Utilisation de mes réponses",
"""Bonjour,

J'ai appris lors de votre conférence que vous utilisez les questionnaires des participants pour faire des statistiques sur vos accompagnements. Je m'oppose à ce que mes réponses soient utilisées à cette fin.

Cordialement,
Hervé Delaunay""", ["objection"], frm="Hervé Delaunay <herve.delaunay@outlook.fr>")

m("fr-obj-subject-only", "STOP newsletter", "", ["objection"], frm="Jacky Morand <jacky.morand@sfr.fr>")

m("fr-obj-typo", "plus de mail",
"""jen ai marre de vos mail tout les semaine, enlevez moi de la liste""", ["objection"], frm="dede <dede.lemoine36@gmail.com>")

m("fr-obj-au-dessus-newsletter", "Re: 🌸 Le printemps du mois de mai – Floraison de Soi",
"""Bonjour, je ne veux plus recevoir ces messages, merci de me désabonner.
Henriette""", ["objection"], frm="Henriette Blanchard <henriette.blanchard@wanadoo.fr>", reply=True,
  quote="""Bonjour à toutes et à tous,

Le mois de mai arrive avec ses jours plus longs... Cette lettre vous propose trois petits rituels pour prendre soin de vous, et les dates des prochains ateliers à Issoudun.

Pour ne plus recevoir cette lettre, cliquez ici.""", qstyle="gmail", qwho="Sandra - Floraison de Soi <contact@floraisondesoi.fr>")

m("fr-obj-belge-profilage", "Publicités ciblées",
"""Bonjour,

Je vois vos publicités sur Facebook et Instagram depuis que je me suis inscrite à votre webinaire. Je suppose que mon adresse a servi pour un ciblage publicitaire. Je ne souhaite pas être ciblée de cette manière : merci de ne plus utiliser mes coordonnées pour vos audiences publicitaires.

Bien à vous,
Sarah Vandenberghe""", ["objection"], frm="Sarah Vandenberghe <sarah.vdb@gmail.com>")

m("fr-obj-telephone", "appels",
"""Madame,

Votre assistante m'a téléphoné deux fois la semaine dernière pour me proposer un stage. Je vous prie de ne plus m'appeler, ni moi ni à mon domicile.

Salutations,
Roger Piquet""", ["objection"], frm="Roger Piquet <roger.piquet@orange.fr>", to=1)

m("fr-obj-suisse-liste", "Liste de diffusion",
"""Bonjour,

Je vous saurais gré de bien vouloir me désinscrire de l'ensemble de vos listes d'envoi (lettre d'information et annonces d'événements).

Meilleures salutations,
Anne-Laure Bühler""", ["objection"], frm="Anne-Laure Bühler <al.buhler@bluewin.ch>", html="only")

m("fr-obj-analytics", "traceurs",
"""Bonjour,

Je ne veux pas que mes visites sur votre site soient suivies. Je refuse le suivi Google Analytics me concernant et toute analyse de ma navigation. Merci d'en tenir compte.

Ludovic""", ["objection"], frm="Ludovic Perret <ludo.perret@free.fr>")
# NEAR-LINE: analytics are consent-based in the policy, but he objects to tracking of himself (no prior consent withdrawn explicitly) -> objection

# ---------------- withdraw_consent ----------------
m("fr-wc-temoignage", "mon témoignage sur le site",
"""Bonjour Sandra,

J'avais accepté avec plaisir que mon témoignage figure sur votre site. Aujourd'hui ma situation professionnelle a changé et je préfère qu'il soit retiré. Rien contre vous bien sûr !

Merci beaucoup,
Florence Dumas""", ["withdraw_consent"], frm="Florence Dumas <florence.dumas@gmail.com>")

m("fr-wc-photo-fb", "Photo du stage",
"""Bonjour,

Sur la page Facebook de Floraison de Soi il y a une photo de groupe du stage d'été où on me reconnaît. J'étais d'accord à l'époque mais je ne le suis plus. Pourriez-vous l'enlever ou me flouter ?

Merci,
Aline""", ["withdraw_consent"], frm="Aline Cormier <aline.cormier@laposte.net>", att=[("png", "capture_facebook.png")])

m("fr-wc-enregistrement", "enregistrement audio",
"""Bonjour Madame,

J'avais signé l'autorisation d'enregistrer nos séances pour votre supervision. Je reviens sur cet accord : je ne souhaite plus que mes séances soient enregistrées ni que les enregistrements existants soient utilisés.

Merci de votre compréhension,
Jacques Berthon""", ["withdraw_consent"], frm="Jacques Berthon <jacques.berthon@orange.fr>", to=1)

m("fr-wc-sante", "Consentement données de santé",
"""Bonjour,

Au moment du contrat j'ai coché la case autorisant la collecte de mes données de santé. Je retire ce consentement. Merci de ne plus prendre de notes là-dessus à l'avenir.

Cordialement
Michèle Raynaud""", ["withdraw_consent"], frm="Michèle Raynaud <michele.raynaud@gmail.com>")

m("fr-wc-video-replay", "replay du webinaire",
"""salut Sandra, dans le replay du webinaire de jeudi on me voit et on m'entend poser ma question sur mon divorce... j'avais dit ok pour l'enregistrement mais finalement je retire mon accord, tu peux couper ce passage ou retirer le replay ? merci
Steph""", ["withdraw_consent"], frm="Stéphane Joly <steph.joly@gmail.com>")

m("fr-wc-quebec-temoignage", "Mon témoignage vidéo",
"""Bonjour Sandra,

La petite vidéo-témoignage qu'on a tournée ensemble l'an passé, je ne suis plus à l'aise qu'elle soit en ligne sur ta page de vente. Je retire mon autorisation, peux-tu l'enlever s'il te plaît?

Merci, t'es fine,
Josée Bouchard""", ["withdraw_consent"], frm="Josée Bouchard <josee.bouchard@videotron.ca>")

m("fr-wc-questionnaire-recherche", "Questionnaire – usage pour le livre",
"""Bonjour,

Vous m'aviez demandé l'autorisation d'utiliser mes réponses au questionnaire (anonymisées) pour le livre que vous préparez. J'avais accepté, mais après réflexion je préfère que vous ne les utilisiez pas.

Bien cordialement,
Dominique Vasseur""", ["withdraw_consent"], frm="Dominique Vasseur <d.vasseur@orange.fr>", to=1)

m("fr-wc-prenom-instagram", "insta",
"""Coucou, tu peux retirer la citation avec mon prénom sur ton post Instagram du 8 mars ? J'avais dit oui mais mon ex suit ta page... merci d'avance ❤️
Maëva""", ["withdraw_consent"], frm="Maëva Lopes <maeva.lopes@icloud.com>")

# ---------------- post_mortem ----------------
m("fr-pm-fille-mere", "Décès de ma mère, Mme Odile Chevrier",
"""Bonjour Madame,

Ma mère, Odile Chevrier, est décédée le 3 février. Elle avait suivi plusieurs ateliers chez vous et je crois qu'elle recevait votre lettre d'information. Pourriez-vous supprimer ses coordonnées et tout ce qui la concerne ? Je joins l'acte de décès.

Avec mes remerciements,
Isabelle Chevrier""", ["post_mortem"], frm="Isabelle Chevrier <isabelle.chevrier@gmail.com>",
  att=[("pdf", "acte_deces_Chevrier.pdf", "EXTRAIT D'ACTE DE DECES - Odile CHEVRIER - decedee le 3 fevrier 2025 a Issoudun (Indre)")])

m("fr-pm-notaire", "Succession de M. Roland Patureau",
"""Madame,

En charge du règlement de la succession de Monsieur Roland Patureau, décédé le 21 septembre 2025, je vous serais obligé de me faire connaître les éventuelles sommes dues ou avoirs au nom du défunt, et de me communiquer les documents le concernant que vous détenez.

Veuillez agréer, Madame, l'expression de ma considération distinguée.

Maître Hélène Darnault
Notaire associée
Office notarial Darnault & Bréchard – 36100 Issoudun""", ["post_mortem"], frm="Étude Darnault <office.darnault@notaires.fr>", to=1, mailer="Microsoft Outlook 16.0",
  att=[("pdf", "courrier_succession_Patureau.pdf", "Office notarial Darnault - Succession PATUREAU Roland - demande de renseignements")])

m("fr-pm-directives", "Mes volontés pour après",
"""Bonjour Sandra,

Je suis suivie pour un cancer et je mets mes affaires en ordre, sans dramatiser. Je voudrais vous laisser une consigne : quand je ne serai plus là, je souhaite que tout ce que vous avez sur moi (notes, enregistrements, mails) soit détruit, et que rien ne soit transmis à ma famille, même si on vous le demande.

Merci d'avoir été là,
Monique""", ["post_mortem"], frm="Monique Tardy <monique.tardy@orange.fr>", to=1)

m("fr-pm-fils-newsletter", "mon père",
"""Bonjour
mon père Gérard Lamy est décédé en janvier et il reçoit toujours vos mails sur sa boite que je consulte. Merci d'arrêter les envois et d'enlever son adresse.
Thomas Lamy""", ["post_mortem"], frm="Thomas Lamy <thomas.lamy@gmail.com>")
# NEAR-LINE: looks like an unsubscribe (objection), but a relative after a death -> post_mortem only

m("fr-pm-veuf-acces", "Les séances de ma femme",
"""Madame,

Mon épouse Catherine est partie il y a deux mois. Je sais qu'elle venait vous voir chaque semaine l'an dernier. Je n'arrive pas à comprendre ce qu'elle traversait ; serait-il possible d'avoir accès à ce qu'elle vous confiait, à ses écrits ? Je suis son mari et son héritier.

Je vous remercie,
Alain Rousseau""", ["post_mortem"], frm="Alain Rousseau <alain.rousseau36@orange.fr>", to=1)

m("fr-pm-belge-soeur", "Ma sœur Véronique",
"""Bonjour Madame,

Je vous écris au sujet de ma sœur Véronique Dewitte, décédée le mois dernier à Liège. Elle avait un compte sur votre plateforme de formation. Pourriez-vous le clôturer et supprimer ses données ? Je peux vous fournir l'acte de décès si nécessaire.

Bien à vous,
Bernadette Dewitte""", ["post_mortem"], frm="Bernadette Dewitte <bernadette.dewitte@skynet.be>")

m("fr-pm-temoignage-defunt", "Témoignage de mon mari",
"""Bonjour Sandra,

Christian nous a quittés fin août. Son témoignage est toujours sur votre site avec sa photo. Les enfants et moi aimerions qu'il soit retiré, c'est trop dur de tomber dessus.

Merci de votre délicatesse,
Évelyne Morel""", ["post_mortem"], frm="Évelyne Morel <evelyne.morel@laposte.net>")
# NEAR-LINE: withdrawal of a testimonial, but written by the widow after a death -> post_mortem only

m("fr-pm-directive-heritier", "Directive – après mon décès",
"""Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous fais part de mes directives particulières relatives à mes données après mon décès : je désigne ma fille, Laure Janvier, pour exercer mes droits et recevoir communication de mon dossier. Tout le reste devra être effacé.

Je vous prie d'agréer mes salutations.
Jean Janvier""", ["post_mortem"], frm="Jean Janvier <jean.janvier@wanadoo.fr>", to=1)

m("fr-pm-sms-neveu", "tante decedee",
"""bonjour ma tante Simone Ragot est decedee la semaine derniere, elle etait inscrite a vos ateliers du jeudi. fo la retirer de vos listes svp. cdt
Kevin (son neveu)""", ["post_mortem"], frm="Kevin Ragot <kevinragot@hotmail.fr>")
