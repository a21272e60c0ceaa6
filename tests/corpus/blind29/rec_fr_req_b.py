# -*- coding: utf-8 -*-
"""French requests, part B: restriction, portability, objection, withdraw_consent,
post_mortem, and multi-right requests. Field meanings: see rec_fr_req_a.py."""

R = [

# ------------------------------------------------------------------ restriction

# P: Nicolas, 42, en conflit avec son ancien employeur qui a financé son coaching. Son avocat
# lui a dit de ne rien laisser détruire. Écrit depuis Gmail, stressé, phrases hachées.
dict(key="fr-res-nicolas-litige", rights=["restriction"], lang="fr",
     frm="Nicolas Faure <nicolas.faure.76@gmail.com>", mailer="gmail",
     date="2025-05-14 23:48", subj="Important : ne rien effacer de mon dossier",
     body="""
Bonsoir Sandra,

Je suis en procédure prud'homale contre mon ancien employeur (c'est lui qui avait payé mon coaching en 2024). Mon avocat m'a conseillé de vous écrire.

Surtout, ne supprimez rien de mon dossier : les comptes rendus pourraient servir de preuve. Par contre je vous demande de ne plus les utiliser ni les transmettre à qui que ce soit, en particulier pas à l'entreprise, le temps de la procédure. Qu'ils restent juste conservés.

Je vous tiens au courant.
Nicolas
"""),

# P: Sylvie, 56, cadre de santé, a reçu le bilan de fin de coaching. Conteste une
# formulation sur sa "difficulté à déléguer" qu'elle juge inexacte. Outlook, posée mais ferme.
# NEAR-LINE: she contests accuracy and asks to suspend use meanwhile, without giving a
# corrected value - restriction only per policy.
dict(key="fr-res-sylvie-conteste-bilan", rights=["restriction"], lang="fr",
     frm="Sylvie Garnier <sylvie.garnier@outlook.fr>", mailer="outlook",
     date="2025-09-29 18:02", subj="Bilan de coaching - contestation",
     body="""
Bonjour Sandra,

J'ai lu le bilan de fin d'accompagnement. Je conteste plusieurs éléments de la partie "axes de progrès", qui ne correspondent pas à ce que j'ai exprimé en séance.

En attendant que nous en parlions, je vous demande de suspendre toute utilisation de ce bilan : ne le transmettez pas à la direction des soins comme prévu et ne vous en servez pas pour la suite. Ne le supprimez pas non plus, je veux qu'on le revoie ensemble.

Pouvez-vous me proposer un créneau ?

Sylvie Garnier
"""),

# P: François, 64, Tournai, ancien client. A lu un article sur le RGPD et veut que ses données
# restent "au frigo". Vocabulaire juridique approximatif, Skynet.
dict(key="fr-res-francois-tournai-limiter", rights=["restriction"], lang="fr-BE",
     frm="François Vandenbossche <f.vandenbossche@skynet.be>", mailer="thunderbird",
     date="2025-12-16 09:27", subj="Limitation du traitement",
     body="""
Madame,

Je ne souhaite pas que vous effaciez mes données, car je compte peut-être reprendre un accompagnement l'année prochaine. Mais d'ici là, je vous prie de limiter leur traitement à la seule conservation : pas d'envoi, pas d'utilisation pour des statistiques, pas de partage.

Je vous remercie de m'en donner confirmation.

Bien à vous,
François Vandenbossche
Tournai
"""),

# P: Daniela, 45, Neuchâtel, conteste une facture de stage annulé. En attendant la résolution
# du différend, elle veut que rien ne bouge. Gmail, précise.
dict(key="fr-res-daniela-neuchatel-facture", rights=["restriction"], lang="fr-CH",
     frm="Daniela Ferrari <daniela.ferrari@gmail.com>", mailer="gmail",
     date="2026-02-03 13:55", subj="Différend facture stage de janvier",
     body="""
Bonjour Madame Delomenie,

Comme je vous l'ai expliqué au téléphone, je conteste la facture du stage de janvier, qui a été annulé de votre côté.

Tant que ce différend n'est pas réglé, je vous demande de ne plus traiter mes données (pas de relance automatique, pas de transmission à un organisme de recouvrement), sans pour autant les effacer : j'en aurai besoin si l'affaire va plus loin.

Meilleures salutations,
Daniela Ferrari
Neuchâtel
"""),

# P: Steph, 38, aide-soignante, a besoin de ses factures pour sa mutuelle. Texte oral, sans
# accents, depuis son tel.
dict(key="fr-res-steph-mutuelle", rights=["restriction"], lang="fr-informal",
     frm="steph <stephanie.roger36@gmail.com>", mailer="gmail", shape="plain", cte="8bit",
     date="2025-08-11 14:40", subj="mes donnees",
     body="""
bonjour sandra

alors voila je veux plus que vous utilisiez mes donnees pour quoi que ce soit mais les supprimez pas svp jen ai besoin pour ma mutuelle qui me demande les justificatifs (remboursement seances) et ca peut prendre des mois avec eux

bref vous gardez mais vous touchez pas ok ?
merci
steph roger
"""),

# P: Ludovic, 44, père d'Enzo (14 ans). Séparé, en désaccord avec la mère sur le coaching.
# Demande qu'on gèle le dossier d'Enzo en attendant le juge. Outlook, tendu.
# NEAR-LINE: a parent for a minor is a valid requester; "freeze, don't delete, don't use"
# is restriction.
dict(key="fr-res-ludovic-fils-gel", rights=["restriction"], lang="fr",
     frm="Ludovic Barre <ludovic.barre@outlook.fr>", mailer="outlook",
     date="2025-06-19 08:12", subj="Dossier d'Enzo Barre - gel",
     body="""
Madame,

Je suis le père d'Enzo Barre, 14 ans, que vous accompagnez depuis février à l'initiative de sa mère. Nous sommes en désaccord sur ce suivi et une audience devant le juge aux affaires familiales est prévue en septembre.

En tant que titulaire de l'autorité parentale, je vous demande de geler le dossier d'Enzo jusqu'à la décision : ne le supprimez pas, mais ne l'utilisez plus et ne le communiquez à personne, y compris à l'un ou l'autre des parents.

Veuillez en accuser réception.

Ludovic Barre
"""),

# ------------------------------------------------------------------ portability

# P: Emma, 27, community manager, passe sur une autre plateforme de formation (Notion +
# autre coach). Veut ses réponses aux exercices dans un fichier exploitable. Gmail.
dict(key="fr-por-emma-csv-progression", rights=["portability"], lang="fr",
     frm="Emma Colin <emma.colin.cm@gmail.com>", mailer="gmail",
     date="2025-03-31 11:20", subj="Export de mes réponses (format CSV)",
     body="""
Hello Sandra,

Je continue mon chemin avec une autre accompagnatrice qui travaille sur Notion. Est-ce que vous pourriez m'envoyer mes réponses aux exercices du programme "Oser sa voie" et ma progression sur les modules dans un fichier CSV ou Excel, pour que je puisse les importer chez elle ?

Merci beaucoup pour tout !
Emma
"""),

# P: Josiane, 61, change de coach pour des raisons de distance (déménagement en Bretagne).
# Veut que son dossier soit envoyé directement à la nouvelle coach. Orange, formules anciennes.
dict(key="fr-por-josiane-transfert-coach", rights=["portability"], lang="fr",
     frm="Josiane Pelletier <josiane.pelletier@orange.fr>", mailer="orange",
     date="2025-10-21 10:03", subj="Transfert de mon dossier",
     body="""
Chère Sandra,

Comme je vous l'ai annoncé, je m'installe près de Vannes pour me rapprocher de ma fille. J'ai trouvé une coach sur place, Mme Gwenaëlle Le Bris (gwenaelle.lebris@coaching-morbihan.fr).

Je vous demande de bien vouloir lui transmettre directement mon dossier (questionnaires, bilans, fiches d'exercices) sous une forme qu'elle pourra réutiliser, pour que nous ne repartions pas de zéro.

Avec toute mon affection et ma reconnaissance,
Josiane
"""),

# P: Stéphane, 35, data analyst, veut ses tests et questionnaires "dans un format exploitable".
# Précis, Thunderbird, références techniques.
dict(key="fr-por-stephane-xlsx", rights=["portability"], lang="fr",
     frm="Stéphane Royer <stephane.royer@free.fr>", mailer="thunderbird",
     date="2026-01-06 09:38", subj="Portabilité - questionnaires et tests",
     body="""
Bonjour,

Au titre du droit à la portabilité, je souhaite récupérer les données que je vous ai fournies (questionnaires d'entrée, tests de valeurs, auto-évaluations hebdomadaires) dans un format structuré et réutilisable : XLSX, CSV ou JSON, peu importe, tant que ce n'est pas un PDF scanné.

Merci d'avance,
Stéphane Royer
"""),

# P: Pierre-Yves, 50, Mons, ingénieur qualité. Cite l'article 20 mot pour mot. Outlook pro.
dict(key="fr-por-pierreyves-mons-art20", rights=["portability"], lang="fr-BE",
     frm="Pierre-Yves Dubois <py.dubois@ores-consult.be>", mailer="outlook",
     date="2025-07-09 15:47", subj="Demande au titre de l'article 20 du RGPD",
     body="""
Madame Delomenie,

Sur la base de l'article 20 du RGPD, je vous demande de me transmettre les données à caractère personnel me concernant que je vous ai fournies dans le cadre du programme de coaching de 2025, dans un format structuré, couramment utilisé et lisible par machine.

Je vous remercie et vous prie d'agréer mes salutations distinguées.

Pierre-Yves Dubois
Mons
"""),

# P: Lara, 34, Zurich mais francophone (Valais), dev front. Demande un JSON, ton très direct.
dict(key="fr-por-lara-valais-json", rights=["portability"], lang="fr-CH",
     frm="Lara Fournier <lara@fournier-web.ch>", mailer="apple",
     date="2025-11-12 07:52", subj="Mes données en JSON ?",
     body="""
Salut Sandra,

Je quitte Systeme.io de mon côté et je centralise tout ce qui me concerne. Tu pourrais m'exporter mes données du cours en ligne (profil, progression, notes des modules, réponses aux quiz) en JSON ou CSV ? Un export brut de la plateforme me va très bien.

Merci et à bientôt peut-être à Issoudun,
Lara
"""),

# P: Bryan, 24, stagiaire BTS, a fait un atelier CV. Écrit en langage SMS.
dict(key="fr-por-bryan-fichier", rights=["portability"], lang="fr-informal",
     frm="Bryan L <bryanlgd@gmail.com>", mailer="gmail", shape="plain",
     date="2026-04-08 16:05", subj="mes trucs",
     body="""
bjr

jai fait latelier cv & lettre de motiv en mars. est ce que vs pouvez menvoyer mes trucs (mon profil, mes reponses au test de competences) dans un fichier que je peux importer sur une autre appli genre excel ou csv

merci
bryan
"""),

# ------------------------------------------------------------------ objection

# P: Valérie, 48, ancienne cliente, trouve que les newsletters sont trop fréquentes.
# Répond à la newsletter depuis Gmail, sans animosité.
dict(key="fr-obj-valerie-reponse-nl", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["objection"], lang="fr",
     frm="Valérie Hubert <valerie.hubert@gmail.com>", mailer="gmail",
     date="2025-02-14 07:41", subj="Re: 💌 Spécial Saint-Valentin : s'aimer soi d'abord",
     irt="<nl-2025-02-14.5521@floraisondesoi.fr>",
     body="""
Bonjour Sandra,

Merci pour tout ce que vous partagez, mais je reçois trop de mails en ce moment. Merci de me désinscrire de la newsletter.

Valérie

Le ven. 14 févr. 2025 à 07:00, Floraison de Soi <contact@floraisondesoi.fr> a écrit :
> Bonjour Valérie,
>
> Et si cette Saint-Valentin commençait par vous ?
> Je vous offre ce mois-ci une méditation guidée "Tendresse envers soi" (12 min).
>
> 👉 Découvrir la méditation
>
> Avec douceur,
> Sandra
> Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun
> Vous recevez cet email car vous êtes inscrit(e) à la newsletter. Se désinscrire
"""),

# P: Jean-Marc, 59, reçoit des SMS promotionnels pour les ateliers. Répond "STOP" par mail
# parce que le SMS n'a pas marché. Mail minimal depuis son téléphone SFR.
dict(key="fr-obj-jeanmarc-stop-sms", rights=["objection"], lang="fr",
     frm="Jean-Marc Poirier <jm.poirier@sfr.fr>", mailer="plain", shape="plain",
     date="2025-06-04 12:58", subj="STOP SMS",
     body="""
Bonjour, je reçois vos SMS publicitaires pour les ateliers. J'ai répondu STOP mais ça continue. Merci de ne plus m'envoyer de SMS.
JM Poirier
"""),

# P: Corinne, 53, DAF, rédige comme un courrier officiel. Ancienne cliente d'il y a 4 ans,
# n'a jamais donné son accord pour la prospection. Outlook.
dict(key="fr-obj-corinne-prospection", rights=["objection"], lang="fr",
     frm="Corinne Blanchard <corinne.blanchard@laposte.net>", mailer="outlook",
     date="2025-10-27 17:16", subj="Opposition à la prospection commerciale",
     body="""
Madame,

Je m'oppose, à compter de ce jour, à tout traitement de mes données personnelles à des fins de prospection commerciale : courriels promotionnels, invitations aux ateliers, offres de formation, relances.

Je vous remercie de prendre les mesures nécessaires et de m'en informer.

Corinne Blanchard
"""),

# P: Ahmed, 36, ancien participant à une conférence. Reçoit beaucoup de promos Black Friday.
# Outlook.com, ton lassé.
dict(key="fr-obj-ahmed-promos", rights=["objection"], lang="fr",
     frm="Ahmed Bensaïd <ahmed.bensaid@outlook.com>", mailer="outlook",
     date="2025-11-28 10:09", subj="Plus de mails promo svp",
     body="""
Bonjour,

Trois mails "Black Friday" en deux jours... Je ne souhaite plus recevoir vos offres commerciales, ni par mail ni autrement.

Bonne journée quand même,
Ahmed
"""),

# P: Cindy, 29, esthéticienne, pressée, écrit sans ponctuation depuis son Samsung.
dict(key="fr-obj-cindy-arretez", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["objection"], lang="fr-informal",
     frm="Cindy <cindy.beaute36@hotmail.fr>", mailer="outlook", shape="plain", cte="8bit",
     date="2025-09-09 13:14", subj="pub",
     body="""
arretez de menvoyer vos pubs svp je me suis inscrite une fois pour un ebook gratuit c tout
merci
"""),

# P: Didier, 66, Charleroi, retraité, a laissé son adresse à un salon. Vocabulaire
# "liste de diffusion", très courtois.
dict(key="fr-obj-didier-charleroi-liste", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["objection"], lang="fr-BE",
     frm="Didier Wauthier <didier.wauthier@skynet.be>", mailer="thunderbird",
     date="2025-05-27 11:36", subj="Liste de diffusion",
     body="""
Bonjour Madame,

Je vous saurais gré de bien vouloir me retirer de votre liste de diffusion. J'avais laissé mon adresse à votre stand lors du salon de Namur, mais vos messages ne correspondent plus à mes centres d'intérêt.

Je vous souhaite une bonne continuation.

Didier Wauthier
"""),

# P: Julie, 41, Trois-Rivières, suit des coachs francophones en ligne, trop d'infolettres.
dict(key="fr-obj-julie-qc-infolettre", rights=["objection"], lang="fr-CA",
     frm="Julie Lavoie <julie.lavoie@videotron.ca>", mailer="gmail",
     date="2026-01-19 15:03", subj="Désabonnement infolettre",
     body="""
Bonjour!

Pourriez-vous me désabonner de votre infolettre? Le lien en bas du courriel me donne une erreur (page introuvable). Je reçois trop de courriels ces temps-ci, rien contre vous!

Bonne journée,
Julie Lavoie
Trois-Rivières
"""),

# P: Marine, 32, sait que "retirer son consentement" est un terme du RGPD et l'emploie
# pour la newsletter. Gmail.
# NEAR-LINE: "je retire mon consentement à recevoir la newsletter" - wording of consent, but
# the action is unsubscribing from the newsletter: objection only (policy).
dict(key="fr-obj-marine-consentement-nl", rights=["objection"], lang="fr",
     frm="Marine Arnaud <marine.arnaud@gmail.com>", mailer="gmail",
     date="2025-08-01 09:26", subj="Newsletter - retrait de consentement",
     body="""
Bonjour,

Je retire mon consentement à recevoir la newsletter de Floraison de Soi. Merci de ne plus m'envoyer de courriels d'information ou de promotion.

Cordialement,
Marine Arnaud
"""),

# ------------------------------------------------------------------ withdraw_consent

# P: Céline, 39, avait donné un témoignage enthousiaste l'an dernier. Nouveau poste de
# manager, ne veut plus qu'on lise qu'elle a "traversé un burn-out". Gmail depuis son PC.
dict(key="fr-wc-celine-temoignage-site", rights=["withdraw_consent"], lang="fr",
     frm="Céline Renaud <celine.renaud.rh@gmail.com>", mailer="gmail",
     date="2025-03-12 12:48", subj="Mon témoignage sur votre site",
     body="""
Bonjour Sandra,

J'avais accepté avec plaisir que mon témoignage soit publié sur votre site (page "Ils témoignent", avec mon prénom, mon initiale et ma photo). Ma situation professionnelle a changé et je ne souhaite plus que ce texte soit visible, il parle de mon burn-out.

Je retire donc mon accord pour cette publication : pouvez-vous le retirer du site et de vos réseaux ?

Je garde un très bon souvenir de notre travail, ce n'est vraiment pas contre vous.

Céline
"""),

# P: Audrey, 34, a été photographiée pendant l'atelier "Danse intuitive". Son ex-conjoint
# violent l'a retrouvée grâce à la photo sur Instagram. Urgent, iPhone.
dict(key="fr-wc-audrey-photo-instagram", rights=["withdraw_consent"], lang="fr",
     frm="Audrey M. <audrey.martin.2410@icloud.com>", mailer="apple",
     date="2025-07-07 08:31", subj="URGENT photo atelier",
     body="""
Sandra,

Je vous demande de retirer au plus vite la photo de l'atelier du 28 juin où j'apparais (celle du cercle, publiée sur Instagram et Facebook). Je reviens sur mon accord pour l'utilisation de mon image.

Je ne peux pas tout expliquer ici, mais c'est important pour ma sécurité.

Merci de me confirmer dès que c'est fait.
Audrey

Envoyé de mon iPhone
"""),

# P: Benoît, 45, a tourné une vidéo témoignage pour la page de vente du programme en ligne.
# Change d'entreprise, son nouvel employeur est un concurrent indirect. Outlook.
dict(key="fr-wc-benoit-video-vente", rights=["withdraw_consent"], lang="fr",
     frm="Benoît Lefort <benoit.lefort@outlook.fr>", mailer="outlook",
     date="2025-10-13 19:19", subj="Vidéo témoignage page de vente",
     body="""
Bonsoir Sandra,

Tu te souviens de la petite vidéo que j'avais tournée pour la page de vente du programme "Leadership conscient" ? Je souhaiterais retirer mon consentement à sa diffusion. Peux-tu la retirer de la page Systeme.io et de ta chaîne YouTube ?

Merci de ta compréhension, et encore bravo pour ce programme.

Benoît
"""),

# P: Noémie, 26, doctorante en psycho, a accepté en 2025 que ses questionnaires soient utilisés
# anonymement pour une étude de Sandra. Plus à l'aise finalement. Courriel universitaire.
dict(key="fr-wc-noemie-questionnaires-etude", rights=["withdraw_consent"], lang="fr",
     frm="Noémie Caron <noemie.caron@etu.univ-tours.fr>", mailer="thunderbird",
     date="2026-02-24 14:14", subj="Utilisation de mes questionnaires",
     body="""
Bonjour Madame Delomenie,

Lors de mon inscription au parcours "Estime de soi", j'avais coché la case autorisant l'utilisation de mes questionnaires, de façon anonymisée, pour l'analyse que vous préparez sur l'évolution des participants.

Après réflexion, je ne souhaite plus que mes réponses soient utilisées à cette fin et je retire ce consentement. Le reste de mon inscription n'est pas concerné.

Bien cordialement,
Noémie Caron
"""),

# P: Laetitia, 37, Liège, a témoigné sous son prénom sur le site. Se sent exposée depuis que
# ses collègues l'ont trouvée. Écrit vite sur Gmail.
# NEAR-LINE: withdraws testimonial consent and explicitly keeps the rest ("je reste abonnée") -
# withdraw_consent only.
dict(key="fr-wc-laetitia-liege-prenom", rights=["withdraw_consent"], lang="fr-BE",
     frm="Laetitia Maes <laetitia.maes@gmail.com>", mailer="gmail",
     date="2025-04-28 22:04", subj="Témoignage \"Laetitia, Liège\"",
     body="""
Bonsoir,

Le témoignage signé "Laetitia, 36 ans, Liège" sur votre page d'accueil, c'est moi. Des collègues sont tombés dessus et ça me met mal à l'aise. Je ne souhaite plus que vous l'utilisiez, ni sur le site ni ailleurs (flyers, Facebook).

Merci de le retirer. Pour le reste, vous pouvez garder mes coordonnées, je reste abonnée.

Laetitia
"""),

# P: Coralie, 22, apprentie coiffeuse, sur sa photo dans la galerie du site. Pas d'accents.
dict(key="fr-wc-coralie-photo-site", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["withdraw_consent"], lang="fr-informal",
     frm="coralie.b <coralie.bertin01@gmail.com>", mailer="gmail", shape="plain", cte="8bit",
     date="2025-12-01 18:22", subj="ma photo",
     body="""
coucou sandra

enlevez ma photo du site svp (galerie de latelier de novembre, jsuis a droite avec le pull jaune), jsuis plus daccord pour quelle soit en ligne

merci bisous
coralie
"""),

# P: Fabienne, 47, mère d'Inès (14 ans) photographiée au stage "Confiance ado". Avait signé
# l'autorisation, revient dessus. Orange, courtoise.
dict(key="fr-wc-fabienne-photo-ines", rights=["withdraw_consent"], lang="fr",
     frm="Fabienne Lebrun <fabienne.lebrun@orange.fr>", mailer="orange",
     date="2025-08-25 09:55", subj="Autorisation droit à l'image - Inès",
     body="""
Bonjour Sandra,

J'avais signé l'autorisation de droit à l'image pour ma fille Inès (14 ans) lors du stage de juillet. Avec son père, nous avons finalement décidé de revenir sur cette autorisation : nous ne voulons pas que des photos d'Inès circulent sur internet.

Pourriez-vous retirer les photos où elle apparaît de votre page Facebook et de votre site ?

Merci beaucoup, Inès a adoré le stage.
Fabienne Lebrun
"""),

# P: Stéphanie, 50, Gatineau, a pris la parole lors d'un webinaire enregistré. Le replay est
# en vente. Québécoise, directe.
dict(key="fr-wc-stephanie-qc-replay", rights=["withdraw_consent"], lang="fr-CA",
     frm="Stéphanie Côté <steph.cote@hotmail.ca>", mailer="outlook",
     date="2026-03-23 21:10", subj="Mon intervention dans le replay",
     body="""
Bonsoir Sandra,

J'ai vu que le replay du webinaire du 10 mars est maintenant offert dans votre boutique. On m'entend et on me voit clairement pendant la période de questions, quand je raconte ma situation avec mon chum.

Sur le coup j'avais dit oui à l'enregistrement, mais je retire mon consentement. Pouvez-vous couper mon passage ou retirer le replay?

Merci de votre compréhension,
Stéphanie Côté
"""),

# ------------------------------------------------------------------ post_mortem

# P: Caroline, 46, fille de Monique Lherbier, décédée en septembre. Elle trie les papiers et
# les comptes de sa mère. Joint l'acte de décès. Gmail, fatiguée, digne.
# NEAR-LINE: daughter asks to close the account and delete her late mother's data - post_mortem
# only, not erasure.
dict(key="fr-pm-caroline-maman-deces", rights=["post_mortem"], lang="fr",
     frm="Caroline Lherbier <caroline.lherbier@gmail.com>", mailer="gmail",
     date="2025-10-06 20:44", subj="Décès de Monique Lherbier",
     att=[("acte_deces_Monique_Lherbier.pdf", "application/pdf")],
     body="""
Bonjour Madame Delomenie,

J'ai la tristesse de vous informer du décès de ma mère, Monique Lherbier, le 12 septembre dernier. Elle parlait souvent de vos ateliers du jeudi, qui lui faisaient beaucoup de bien.

Je m'occupe de ses démarches. Je vous demande de bien vouloir clôturer son compte et supprimer les données la concernant. Vous trouverez ci-joint l'acte de décès.

Merci pour elle,
Caroline Lherbier
"""),

# P: Me Arnaud Chassagne, notaire à Issoudun, règle une succession. Demande les factures et
# éventuels avoirs. Style notarial, Outlook, mention de l'office.
dict(key="fr-pm-notaire-issoudun", rights=["post_mortem"], lang="fr",
     frm="Office notarial Chassagne <office.chassagne@notaires.fr>", mailer="outlook",
     date="2026-01-13 10:22", subj="Succession de M. Raymond Gautier - demande d'informations",
     att=[("Attestation_notaire_Gautier.pdf", "application/pdf")],
     body="""
Madame,

En charge du règlement de la succession de Monsieur Raymond GAUTIER, décédé le 2 décembre 2025 à Issoudun, nous vous serions obligés de bien vouloir nous communiquer l'ensemble des informations et documents que vous détenez le concernant (contrats, factures, sommes éventuellement dues ou avoirs), ainsi que les données à caractère personnel le concernant.

Vous trouverez ci-joint une attestation justifiant de notre intervention.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Arnaud CHASSAGNE
Clerc - Dossier 2025/1187
Office notarial Chassagne, 7 place du Marché, 36100 Issoudun
"""),

# P: Gérard, 74, veuf depuis deux mois. Sa femme Annie recevait la newsletter. Il ouvre sa
# boîte à elle. Écrit depuis l'adresse Orange de sa femme, très court.
# NEAR-LINE: a widower asking to stop the newsletter and remove his late wife's name - post_mortem
# only (not objection/erasure): a relative writing after a death.
dict(key="fr-pm-gerard-epouse-newsletter", rights=["post_mortem"], lang="fr",
     frm="Annie Brunet <annie.brunet36@orange.fr>", mailer="orange", shape="plain",
     date="2025-11-17 09:12", subj="Annie Brunet",
     body="""
Madame,

Je suis le mari d'Annie Brunet. Mon épouse est décédée en septembre. Elle reçoit toujours vos lettres d'information. Je vous prie de ne plus rien envoyer à cette adresse et de retirer son nom de votre fichier.

Gérard Brunet
"""),

# P: Odile, 69, atteinte d'une maladie grave, organise ses affaires avec lucidité. Ancienne
# cliente fidèle. Écrit depuis son ordinateur, Thunderbird installé par son petit-fils.
# NEAR-LINE: a person leaving instructions for her own data after her death - post_mortem.
dict(key="fr-pm-odile-directives", rights=["post_mortem"], lang="fr",
     frm="Odile Perrin <odile.perrin@laposte.net>", mailer="thunderbird",
     date="2025-05-05 15:37", subj="Mes directives pour après",
     body="""
Chère Sandra,

Vous savez que ma santé décline. Je mets de l'ordre dans mes affaires, y compris numériques, et je voulais vous laisser mes directives.

Après mon décès, je souhaite que tous mes écrits de nos séances (les lettres, les carnets que je vous ai confiés en copie) soient détruits, sauf la "lettre à mes petits-enfants", que je vous demande de remettre à ma fille, Agnès Perrin (agnes.perrin@gmail.com), qui sera chargée d'exécuter ces directives.

Merci pour tout ce chemin parcouru ensemble.

Odile
"""),

# P: Jérôme, 43, fils d'un client décédé d'un infarctus. Cherche à comprendre l'état d'esprit
# de son père les derniers mois. Gmail, émotion contenue.
dict(key="fr-pm-jerome-notes-pere", rights=["post_mortem"], lang="fr",
     frm="Jérôme Vidal <jerome.vidal.73@gmail.com>", mailer="gmail",
     date="2026-03-05 22:58", subj="Mon père, Alain Vidal",
     body="""
Bonsoir Madame,

Mon père, Alain Vidal, est décédé brutalement le 14 février. En rangeant ses papiers, j'ai découvert qu'il vous consultait depuis l'automne.

Je suis son fils unique et son héritier. Serait-il possible d'obtenir une copie des notes ou documents de son accompagnement ? J'ai besoin de comprendre ce qu'il traversait. Je peux vous envoyer l'acte de décès et un acte de notoriété.

Merci de votre écoute,
Jérôme Vidal
"""),

# P: Sébastien, 40, Verviers, frère de Kevin, décédé dans un accident. Le témoignage de
# Kevin est toujours en ligne avec sa photo. Belge, Gmail.
# NEAR-LINE: removing a deceased brother's testimonial is asked by a relative after a death -
# post_mortem only, not withdraw_consent.
dict(key="fr-pm-sebastien-verviers-temoignage", rights=["post_mortem"], lang="fr-BE",
     frm="Sébastien Lejeune <seb.lejeune@gmail.com>", mailer="gmail",
     date="2025-07-21 13:45", subj="Témoignage de Kevin Lejeune",
     body="""
Bonjour,

Mon frère Kevin Lejeune est décédé en juin dans un accident de la route. Son témoignage, avec sa photo, est toujours visible sur votre site et cela fait beaucoup de peine à nos parents quand ils tombent dessus.

Au nom de la famille, je vous demande de le retirer.

Merci de votre compréhension,
Sébastien Lejeune
Verviers
"""),

# P: Laure, 35, fille d'une cliente récemment décédée, reçoit les mails sur la boîte de sa mère.
# Sans accents, à la va-vite sur son tel.
dict(key="fr-pm-laure-maman-mails", rights=["post_mortem"], lang="fr-informal",
     frm="maman <christiane.dufour58@free.fr>", mailer="plain", shape="plain",
     date="2025-12-29 11:01", subj="christiane dufour",
     body="""
bonjour c la fille de christiane dufour, ma mere est decedee le mois dernier et elle recoit encore vos mails de rappel pour l atelier de janvier. merci d arreter et d effacer son dossier
laure dufour
"""),

# P: Me Nadine Favre, notaire à Genève, liquidation d'une succession d'un client suisse qui avait
# acheté un programme en ligne. Tournure suisse, Outlook de l'étude.
dict(key="fr-pm-notaire-geneve", rights=["post_mortem"], lang="fr-CH",
     frm="Etude Favre & Associés <secretariat@favre-notaires.ch>", mailer="outlook",
     date="2025-09-15 08:47", subj="Succession de feu Monsieur Pierre-Alain Jaquet",
     att=[("certificat_heritiers_Jaquet.pdf", "application/pdf")],
     body="""
Madame,

Nous sommes chargés de la liquidation de la succession de feu Monsieur Pierre-Alain Jaquet, décédé le 3 août 2025 à Genève.

Nous vous saurions gré de bien vouloir clôturer tout abonnement ou compte ouvert à son nom auprès de votre entreprise, de nous communiquer le solde éventuel et de procéder à la suppression de ses données. Un certificat d'héritiers est joint.

Nous vous prions de recevoir, Madame, nos salutations distinguées.

Nadine Favre, notaire
Rue du Rhône 48, 1204 Genève
"""),

# P: Guillaume, 52, Québec, liquidateur de la succession de sa tante Rollande, qui suivait un
# programme en ligne. Vocabulaire juridique québécois.
# NEAR-LINE: the liquidator asks to end a subscription and for the information held - post_mortem
# only, whatever is asked.
dict(key="fr-pm-guillaume-qc-liquidateur", rights=["post_mortem"], lang="fr-CA",
     frm="Guillaume Pelletier <g.pelletier@videotron.ca>", mailer="gmail",
     date="2026-04-14 16:30", subj="Succession Rollande Pelletier",
     body="""
Bonjour,

Je suis le liquidateur de la succession de ma tante, Mme Rollande Pelletier, décédée le 22 mars dernier à Québec. Elle était inscrite à votre programme en ligne et avait un abonnement mensuel.

Je vous demande de mettre fin à l'abonnement, de ne plus prélever sa carte et de me faire parvenir les informations que vous détenez à son sujet pour compléter l'inventaire.

Je peux vous transmettre le certificat de décès et mon acte de nomination.

Guillaume Pelletier
"""),

# P: Martine, 70, veuve récente. Son mari Claude suivait un coaching "retraite active". Elle
# veut qu'on mette à jour le dossier : pas de courrier au nom de Claude. Laposte.
# NEAR-LINE: a relative writing after a death - post_mortem only, even though the wording
# is "mettre à jour" (rectification-like).
dict(key="fr-pm-martine-mise-a-jour-claude", rights=["post_mortem"], lang="fr",
     frm="Martine Roussel <martine.roussel@laposte.net>", mailer="thunderbird",
     date="2025-04-09 17:20", subj="Claude Roussel",
     body="""
Bonjour Madame Delomenie,

Mon mari, Claude Roussel, est décédé le 19 mars. Il avait commencé avec vous un accompagnement "retraite active" qu'il aimait beaucoup.

Pourriez-vous mettre à jour votre dossier en conséquence ? Je reçois des courriers et des rappels à son nom et c'est difficile. Je vous laisse faire ce qui est nécessaire.

Cordialement,
Martine Roussel
"""),

# ------------------------------------------------------------------ multi-right

# P: Monique, 63, cliente de 2024, a déménagé et veut d'abord voir ce qu'il y a dans son dossier.
# Deux demandes dans un même mail. Orange, phrases longues.
dict(key="fr-multi-monique-acces-rect", rights=["access", "rectification"], lang="fr",
     frm="Monique Lefèvre <monique.lefevre7@orange.fr>", mailer="orange",
     date="2025-02-04 14:58", subj="Mon dossier et ma nouvelle adresse",
     body="""
Bonjour Sandra,

Deux choses :

1) J'aimerais recevoir une copie de tout ce que vous avez dans mon dossier (notes, questionnaires, coordonnées), j'ai envie de relire le chemin parcouru.

2) J'ai déménagé : je n'habite plus 5 rue Jean-Jaurès à Vatan, ma nouvelle adresse est 21 route de Reuilly, 36150 Vatan. Merci de la corriger dans vos fichiers.

Bonne semaine,
Monique
"""),

# P: Patrick, 49, ancien client. Veut une copie de son dossier pour ses archives puis la
# suppression. Gmail, structuré.
dict(key="fr-multi-patrick-copie-puis-suppr", rights=["access", "erasure"], lang="fr",
     frm="Patrick Delaunay <patrick.delaunay@gmail.com>", mailer="gmail",
     date="2025-06-25 09:17", subj="Copie puis suppression de mes données",
     body="""
Bonjour Madame Delomenie,

Notre accompagnement étant terminé depuis plusieurs mois, je souhaiterais :
- d'abord recevoir une copie de l'ensemble des données que vous détenez sur moi ;
- puis, une fois que j'en aurai confirmé la bonne réception, leur suppression définitive.

Merci d'avance,
Patrick Delaunay
"""),

# P: Ginette, 57, en colère parce qu'elle a reçu la newsletter après avoir demandé à ne plus
# rien recevoir par téléphone. Majuscules. Yahoo.
dict(key="fr-multi-ginette-desabo-efface", rights=["erasure", "objection"], lang="fr",
     frm="Ginette Morel <ginette.morel@yahoo.fr>", mailer="yahoo",
     date="2025-09-16 08:03", subj="DÉSINSCRIPTION ET SUPPRESSION",
     body="""
Bonjour,

Je vous avais dit au téléphone en juillet que je ne voulais plus rien recevoir. Et voilà encore une newsletter ce matin.

Désinscrivez-moi de TOUTES vos listes et effacez toutes mes données de vos fichiers, Systeme.io compris. Merci de me le confirmer par écrit cette fois.

G. Morel
"""),

# P: Agathe, 38, témoignage écrit + vidéo sur le site. Elle quitte la région et tourne la page.
# Apple Mail, chaleureuse.
dict(key="fr-multi-agathe-temoignage-tout", rights=["erasure", "withdraw_consent"], lang="fr",
     frm="Agathe Rivière <agathe.riviere@icloud.com>", mailer="apple",
     date="2025-11-03 18:40", subj="Témoignage et données",
     body="""
Bonjour Sandra,

Je pars vivre à Marseille et je tourne une page. Je te demande de retirer mon témoignage (le texte et la petite vidéo) de ton site et de tes réseaux, je retire mon accord pour leur publication.

Et dans la foulée, merci de supprimer toutes mes données : fiche, notes, compte sur la plateforme.

Merci pour ces deux années,
Agathe
"""),

# P: Isabelle, 42, change de coach. Veut voir ce qu'il y a et l'avoir en CSV pour la nouvelle
# coach. Gmail, efficace.
dict(key="fr-multi-isabelle-voir-et-csv", rights=["access", "portability"], lang="fr",
     frm="Isabelle Nguyen <isabelle.nguyen@gmail.com>", mailer="gmail",
     date="2026-02-12 12:02", subj="Mes données : liste + export",
     body="""
Bonjour Sandra,

Pourrais-tu me dire quelles données tu as sur moi (et me les montrer), et m'envoyer celles que je t'ai fournies (questionnaires, auto-évaluations) en CSV pour que ma nouvelle coach puisse les importer dans son outil ?

Merci et belle journée,
Isabelle
"""),

# P: Frédéric, 47, litige avec une compagnie d'assurance sur un arrêt maladie. Veut une copie
# et que rien ne soit effacé ni utilisé. Outlook, formel.
dict(key="fr-multi-frederic-gel-copie", rights=["access", "restriction"], lang="fr",
     frm="Frédéric Mallet <frederic.mallet@outlook.fr>", mailer="outlook",
     date="2025-08-20 10:44", subj="Demande de copie et de conservation",
     body="""
Madame,

Dans le cadre d'un litige avec mon assureur prévoyance, je vous demande :
1. une copie de l'ensemble des données me concernant (comptes rendus, questionnaires, échanges) ;
2. de ne pas effacer ces données et de ne plus les utiliser pour quoi que ce soit d'autre que leur conservation, jusqu'à nouvel ordre.

Je vous remercie de votre diligence.

Frédéric Mallet
"""),

# P: Mélanie, 30, photo dans la newsletter + abonnée. Change de vie. Gmail mobile.
dict(key="fr-multi-melanie-photo-newsletter", rights=["objection", "withdraw_consent"], lang="fr",
     frm="Mélanie Girard <melanie.girard30@gmail.com>", mailer="gmail",
     date="2025-05-12 17:25", subj="Photo + newsletter",
     body="""
Bonjour Sandra,

J'ai vu que tu utilises la photo de groupe de l'atelier d'avril (où je suis au premier rang) dans ta newsletter et sur ta page Facebook. Je ne suis plus d'accord pour que mon image soit utilisée, merci de la retirer.

Et je préfère aussi ne plus recevoir la newsletter.

Bises,
Mélanie
"""),

# P: Bruno, 55, a changé d'adresse mail et en profite pour dire qu'il ne veut plus les promos.
# Thunderbird.
dict(key="fr-multi-bruno-mail-et-promos", rights=["objection", "rectification"], lang="fr",
     frm="Bruno Lecomte <bruno.lecomte@free.fr>", mailer="thunderbird",
     date="2026-01-30 11:48", subj="Nouvelle adresse",
     body="""
Bonjour,

Mon ancienne adresse bruno.lecomte@neuf.fr ne fonctionne plus. Merci de la remplacer par celle-ci (bruno.lecomte@free.fr) pour les convocations et factures de la formation.

Par contre, je ne souhaite plus recevoir vos offres promotionnelles ni la newsletter, à aucune des deux adresses.

Cordialement,
Bruno Lecomte
"""),

# P: Hélène, 44, Louvain-la-Neuve, méthodique : veut voir, faire corriger son nom sur les
# factures (conservées légalement) et supprimer le reste. Belge, Outlook.
dict(key="fr-multi-helene-lln-trois", rights=["access", "erasure", "rectification"], lang="fr-BE",
     frm="Hélène Van Damme <helene.vandamme@uclouvain.be>", mailer="outlook",
     date="2025-12-08 16:12", subj="Données personnelles - trois demandes",
     body="""
Bonjour Madame Delomenie,

Je souhaiterais :

a) connaître l'ensemble des données que vous détenez à mon sujet et en recevoir une copie ;
b) que mon nom soit corrigé sur les factures que vous devez conserver : "Van Damme" en deux mots, et non "Vandamme" ;
c) qu'une fois cela fait, toutes les autres données (questionnaires, notes, fiches) soient effacées.

Je vous remercie d'avance et vous souhaite une bonne fin de journée.

Hélène Van Damme
Louvain-la-Neuve
"""),

# P: Xavier, 41, reçoit des mails de Floraison de Soi alors qu'il ne connaît pas l'entreprise.
# Soupçonne l'achat de fichier. Gmail, sec.
dict(key="fr-multi-xavier-origine-stop", rights=["access", "objection"], lang="fr",
     frm="Xavier Tessier <xavier.tessier@gmail.com>", mailer="gmail",
     date="2025-03-03 08:29", subj="Origine de mes coordonnées ?",
     body="""
Bonjour,

Je reçois vos emails depuis un mois sans jamais vous avoir rien demandé. Je veux savoir d'où vous tenez mon adresse (achat de fichier ? partenaire ?).

Et merci de cesser immédiatement tout envoi commercial à mon adresse.

Xavier Tessier
"""),

# P: Kenza, 25, passe à une autre appli de suivi. Pas d'accents, demande export puis effacement.
dict(key="fr-multi-kenza-export-efface", rights=["erasure", "portability"], lang="fr-informal",
     frm="kenza <kenza.ait.97@gmail.com>", mailer="gmail", shape="plain",
     date="2025-10-30 20:37", subj="export + suppression",
     body="""
bonsoir

je voudrais recuperer mes donnees du programme (journal de bord, objectifs, progression) en fichier csv ou excel pour les mettre dans mon appli, et apres effacez tout de votre cote svp

merci davance
kenza
"""),

# P: Yves, 68, Sion (Valais), ancien client. Tout enlever : newsletter, témoignage, données.
# Suisse, Thunderbird, sobre.
dict(key="fr-multi-yves-sion-tout", rights=["erasure", "objection", "withdraw_consent"], lang="fr-CH",
     frm="Yves Bonvin <yves.bonvin@netplus.ch>", mailer="thunderbird",
     date="2026-03-16 10:58", subj="Tout retirer",
     body="""
Madame,

Je vous prie :
- de ne plus m'adresser votre lettre d'information ;
- de retirer mon témoignage de votre site internet (je retire l'autorisation donnée en 2024) ;
- d'effacer l'ensemble des données personnelles me concernant.

Avec mes salutations,
Yves Bonvin
Sion
"""),

# P: Rachida, 40, témoignage audio dans un podcast. Veut qu'on le retire et savoir où il a été
# diffusé. Outlook.
dict(key="fr-multi-rachida-ou-publie", rights=["access", "withdraw_consent"], lang="fr",
     frm="Rachida Amrani <rachida.amrani@outlook.fr>", mailer="outlook",
     date="2025-07-31 12:33", subj="Mon témoignage audio",
     body="""
Bonjour Sandra,

J'avais enregistré un témoignage audio pour ton podcast en 2024. Je retire mon accord pour sa diffusion : merci de le retirer.

Peux-tu aussi me dire précisément où il a été publié ou transmis (plateformes de podcast, site, réseaux, partenaires) ? Je veux pouvoir vérifier qu'il n'est plus en ligne nulle part.

Merci,
Rachida
"""),

# P: Annie-Claude, 58, Rimouski, conflit sur un remboursement. Ne veut plus de promo et ne
# veut pas qu'on touche à son dossier. Québécoise.
dict(key="fr-multi-annieclaude-qc-stop-gel", rights=["objection", "restriction"], lang="fr-CA",
     frm="Annie-Claude Roy <ac.roy@globetrotter.net>", mailer="outlook",
     date="2025-12-12 19:06", subj="Remboursement et mes renseignements personnels",
     body="""
Bonjour,

En attendant qu'on règle la question du remboursement du programme, je vous demande de ne pas effacer mon dossier ni mes échanges, et de ne pas vous en servir d'ici là : je veux que tout reste tel quel.

Aussi, je ne veux plus recevoir vos courriels promotionnels, ni maintenant ni après.

Annie-Claude Roy
Rimouski
"""),

# P: Vincent, 39, son nom est mal orthographié sur l'attestation; veut aussi que le
# questionnaire santé soit supprimé. Gmail.
dict(key="fr-multi-vincent-nom-sante", rights=["erasure", "rectification"], lang="fr",
     frm="Vincent Leroux <vincent.leroux@gmail.com>", mailer="gmail",
     date="2026-04-20 13:13", subj="Attestation + questionnaire santé",
     body="""
Bonjour,

Sur mon attestation de formation, mon nom est écrit "Vincent Leroy". C'est Leroux. Merci de corriger dans votre fichier et de me renvoyer l'attestation.

Par ailleurs, la formation étant terminée, je souhaite que le questionnaire de santé rempli à l'inscription soit supprimé.

Vincent Leroux
"""),


# P: Florence, 54, assistante de direction, a envoyé en janvier une
# demande restée sans réponse. Elle la renvoie depuis Outlook (TR:) avec sa pièce d'identité,
# agacée mais correcte.
# NEAR-LINE: the new text re-asks what the forwarded request asked ("je vous renouvelle ma
# demande"), so the forwarded rights count: access + rectification.
dict(key="fr-multi-florence-relance-tr", rights=["access", "rectification"], lang="fr",
     frm="Florence Dupré <florence.dupre@outlook.fr>", mailer="outlook", cte="b64",
     date="2025-03-04 09:02", subj="TR: Demande d'accès et de correction - 2e envoi",
     att=[("CNI_Dupre_recto.jpg", "image/jpeg"), ("CNI_Dupre_verso.jpg", "image/jpeg")],
     body="""
Bonjour Madame Delomenie,

Je n'ai pas eu de réponse à mon message ci-dessous, envoyé il y a plus d'un mois. Je vous renouvelle donc ma demande, et je joins cette fois ma carte d'identité (recto et verso).

Merci de me répondre avant la fin du mois.

Florence Dupré

De : Florence Dupré <florence.dupre@outlook.fr>
Envoyé : lundi 27 janvier 2025 14:18
À : sandra.delomenie@orange.fr
Objet : Demande d'accès et de correction

Bonjour,

Je souhaite obtenir une copie de toutes les données me concernant que vous détenez depuis l'atelier de 2024.

Par ailleurs, mon numéro de téléphone a changé : merci de remplacer le 06 44 18 20 71 par le 06 52 90 13 38.

Cordialement,
Florence Dupré
"""),

# P: René, 66, reçoit le mail de "nettoyage de liste" de Sandra ("souhaitez-vous rester
# inscrit ?") et y répond sans accents, sec, depuis son vieux PC, au-dessus du message cité.
# NEAR-LINE: request written above Sandra's quoted re-engagement mail: "retirez-moi de votre
# liste" (objection) + "effacez mes coordonnées" (erasure) + "qui d'autre les a eues" (access).
dict(key="fr-multi-rene-nettoyage-liste", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["access", "erasure", "objection"], lang="fr-informal",
     frm="Rene Lagrange <rene.lagrange@wanadoo.fr>", mailer="thunderbird",
     date="2025-09-01 18:47", subj="Re: Souhaitez-vous rester inscrit(e) ?",
     irt="<relance-inactifs-2025-09.1187@floraisondesoi.fr>",
     body="""
Non. Retirez moi de votre liste et effacez mes coordonnees. Et dites moi qui d autre les a eues, parce que je recois des pubs d autres "coachs" depuis votre salon.

R. Lagrange

Le 01/09/2025 à 07:00, Floraison de Soi a écrit :
> Bonjour René,
>
> Vous n'avez pas ouvert mes messages depuis plusieurs mois. Souhaitez-vous continuer à
> recevoir la lettre de Floraison de Soi ?
>
> [Oui, je reste] [Non, merci]
>
> Sans réponse de votre part, vous resterez inscrit.
> Sandra
"""),

# P: Jean-Luc, 59, La Chaux-de-Fonds, horloger retraité, en différend sur une facture. Donne
# en même temps sa nouvelle adresse. Suisse, Thunderbird, précis.
# NEAR-LINE: two independent asks - a corrected postal address (new value given:
# rectification) and "don't delete, don't pass to recouvrement while disputed" (restriction).
# This is not the "contest accuracy + pause" case, which would be restriction alone.
dict(key="fr-multi-jeanluc-chauxdefonds", rights=["rectification", "restriction"], lang="fr-CH",
     frm="Jean-Luc Humbert-Droz <jl.humbert@bluewin.ch>", mailer="thunderbird",
     date="2026-04-27 10:36", subj="Facture et adresse",
     body="""
Madame,

Deux points :

1. Mon adresse a changé. Merci de remplacer "Rue du Progrès 31" par "Rue Numa-Droz 118, 2300 La Chaux-de-Fonds" dans votre fichier.

2. Tant que nous ne sommes pas d'accord sur la facture de mars (séances non effectuées), je vous demande de ne pas transmettre mon dossier à une société de recouvrement et de ne pas l'utiliser, mais de le conserver en l'état.

Avec mes salutations,
Jean-Luc Humbert-Droz
"""),

]
