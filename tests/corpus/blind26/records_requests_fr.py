# -*- coding: utf-8 -*-
"""French-language requests (data-subject rights addressed to Sandra Delomenie).

Fields: key, rights (sorted), lang, var (variety), from, to (default her orange.fr
address), subject, date (Paris local unless tz), body, history (quoted/forwarded
blocks), shape (plain/html/alt), cte, attach, headers, reply_to, cc.
"""

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"

RECORDS = [

# ------------------------------------------------------------------ ACCESS
dict(
    key="fr-req-drh-ses-propres-donnees",
    rights=["access"], lang="fr", var="fr-FR",
    # NEAR-LINE: the sender is an HR director, but she asks about HER OWN data
    # (she attended the codev cycle herself), not about her staff -> access.
    **{"from": "Claire Dumas <c.dumas@berry-logistique.fr>"},
    subject="Données me concernant – cycle codéveloppement managers",
    date="2025-02-04 11:17",
    shape="alt",
    body="""
    Bonjour Madame Delomenie,

    Je vous écris cette fois à titre personnel et non en tant que DRH de Berry Logistique.

    J'ai participé moi-même au cycle de codéveloppement de l'automne dernier, en plus d'avoir organisé l'inscription de mes collègues. Je souhaiterais savoir précisément quelles données vous conservez sur moi : fiche d'inscription, questionnaire de positionnement, notes prises pendant les séances, évaluations éventuelles, et si certaines de ces informations ont été communiquées à quelqu'un d'autre (notre direction générale, l'OPCO, votre assistante…).

    Je vous remercie de m'en adresser une copie à cette adresse, ou à mon adresse personnelle claire.dumas36@gmail.com si vous préférez ne pas passer par la messagerie de l'entreprise.

    Bien cordialement,

    Claire Dumas
    Directrice des Ressources Humaines
    Berry Logistique SAS – ZI de la Limoise – 36100 Issoudun
    Tél. 02 54 21 48 90

    Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.
    """,
),

dict(
    key="fr-req-copie-notes-seances",
    rights=["access"], lang="fr", var="fr-FR",
    **{"from": "Hélène Marchais <helene.marchais@laposte.net>"},
    subject="Mon dossier d'accompagnement",
    date="2025-03-18 20:41",
    body="""
    Bonsoir Sandra,

    J'espère que vous allez bien. Nous avons terminé mon accompagnement en décembre et je repense souvent à nos séances.

    Je suis en train de faire le point sur ce parcours avec ma psychologue et j'aimerais beaucoup pouvoir relire ce que vous avez noté à l'époque. Serait-il possible de recevoir une copie de mon dossier complet ? Je pense aux fiches de suivi, aux notes de séance, aux questionnaires que j'avais remplis au début et au bilan final.

    Je sais que c'est peut-être un peu de travail, je ne suis pas pressée à quelques jours près.

    Merci d'avance et belle soirée,
    Hélène
    """,
),

dict(
    key="fr-req-belge-origine-adresse",
    rights=["access"], lang="fr", var="fr-BE",
    **{"from": "Sophie Vandenbroeck <sophie.vdbroeck@skynet.be>"},
    to=CONTACT,
    subject="D'où vient mon adresse ?",
    date="2025-04-09 08:55",
    body="""
    Bonjour,

    Je reçois depuis deux mois votre lettre d'information « Floraison de Soi » alors que je ne me souviens absolument pas m'être inscrite. Je n'habite même pas en France, je suis à Namur.

    Avant toute chose, je voudrais comprendre : d'où tenez-vous mon adresse e-mail ? Est-ce un partenaire qui vous l'a transmise, un salon, un fichier acheté ? Et quelles autres informations avez-vous sur moi, à part cette adresse ?

    Je vous remercie de me répondre avec précision.

    Sophie Vandenbroeck
    GSM 0476 38 21 09
    """,
),

dict(
    key="fr-req-informal-tout-ce-que-vous-avez",
    rights=["access"], lang="fr", var="fr-informal",
    **{"from": "kev.lambert36 <kev.lambert36@gmail.com>"},
    subject="info",
    date="2025-06-02 23:12",
    body="""
    slt

    jai fait votre atelier gestion du stress en mars (celui du samedi a la salle des cordeliers). je voudrais savoir tout ce que vous avez sur moi dans vos fichiers, nom adresse, le questionnaire que jai rempli etc. vous pouvez m envoyer ca par mail ?

    merci
    kevin
    """,
),

dict(
    key="fr-req-avocat-mandat-copie",
    rights=["access"], lang="fr", var="fr-FR",
    # NEAR-LINE: a lawyer writing with a signed mandate from the data subject
    # is a request on her behalf (brief: "a lawyer with a mandate is a request").
    **{"from": "Maître Anne-Laure Pichon <al.pichon@pichon-avocat.fr>"},
    subject="Mme Nathalie GREFFIER – demande de communication de données personnelles",
    date="2025-05-14 15:03",
    body="""
    Madame,

    J'interviens en qualité de conseil de Madame Nathalie GREFFIER, demeurant 12 allée des Tilleuls à Châteauroux, qui a suivi auprès de vous un accompagnement individuel entre septembre 2023 et juin 2024, financé pour partie par son employeur.

    Agissant en vertu du mandat ci-joint, signé par ma cliente, je vous prie de bien vouloir me communiquer, sur le fondement de l'article 15 du RGPD, l'ensemble des données à caractère personnel que vous détenez la concernant, quel qu'en soit le support (dossier de suivi, comptes rendus, échanges de courriels, factures), ainsi que la liste des destinataires auxquels ces données ont pu être transmises, notamment son employeur.

    Vous trouverez également en pièce jointe la copie de la pièce d'identité de Mme Greffier.

    Je vous remercie de votre diligence et vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

    Anne-Laure PICHON
    Avocate au Barreau de Châteauroux
    8, rue Grande – 36000 Châteauroux
    Tél. 02 54 07 33 12
    """,
    attach=[
        dict(name="Mandat_Greffier_signe.pdf", text="""
        MANDAT
        Je soussignee Nathalie GREFFIER, nee le 03/07/1979,
        donne mandat a Maitre Anne-Laure PICHON, avocate,
        pour exercer en mon nom mon droit d'acces (art. 15 RGPD)
        aupres de Mme Sandra Delomenie - Floraison de Soi.
        Fait a Chateauroux, le 12 mai 2025
        Signature : N. Greffier
        """),
        dict(name="CNI_Greffier.pdf", text="""
        REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE
        Nom : GREFFIER
        Prenoms : Nathalie Marie
        (copie - usage exclusif demande RGPD)
        """),
    ],
),

dict(
    key="fr-req-quebec-copie-dossier",
    rights=["access"], lang="fr", var="fr-CA",
    tz="qc",
    **{"from": "Geneviève Tremblay <gen.tremblay@videotron.ca>"},
    subject="Demande de copie de mon dossier",
    date="2025-07-21 14:30",
    body="""
    Bonjour Madame Delomenie,

    J'ai suivi votre formation en ligne « Oser s'affirmer » l'an passé, présentement je suis en réorientation de carrière et ma conseillère me demande de rassembler tout ce que j'ai fait comme démarches.

    Est-ce que je pourrais obtenir une copie de tout ce que vous avez à mon dossier? Les réponses aux questionnaires, les travaux que j'ai remis dans les modules, mes informations d'inscription, tout.

    Un gros merci à l'avance, et bonne fin de semaine!

    Geneviève Tremblay
    Sherbrooke (Québec)
    """,
),

dict(
    key="fr-req-parent-ado-copie",
    rights=["access"], lang="fr", var="fr-FR",
    # NEAR-LINE: a parent writing for a minor child (15) is a request, per policy.
    **{"from": "Frédéric Aubineau <f.aubineau@free.fr>"},
    subject="Suivi de Lucas (15 ans) – demande de copie",
    date="2025-09-23 18:06",
    body="""
    Bonjour Madame,

    Notre fils Lucas, 15 ans, a participé aux ateliers « Confiance en soi ados » du printemps dernier. Sa mère et moi sommes ses représentants légaux.

    Nous souhaitons recevoir une copie des informations que vous détenez à son sujet : la fiche d'inscription, les questionnaires qu'il a remplis, et les éventuelles observations écrites vous concernant sa participation. Nous aimerions aussi savoir si ces éléments ont été partagés avec son établissement scolaire.

    Je joins une copie de mon livret de famille si nécessaire.

    Cordialement,
    Frédéric Aubineau
    """,
    attach=[dict(name="livret_famille_p2.jpg")],
),

dict(
    key="fr-req-partage-coach-partenaire",
    rights=["access"], lang="fr", var="fr-FR",
    **{"from": "Muriel Pasquet <muriel.pasquet@orange.fr>"},
    subject="Question sur mes coordonnées",
    date="2025-10-06 10:22",
    body="""
    Bonjour Sandra,

    Je viens de recevoir une invitation de Nadège Morvan pour un « cercle de femmes » à Bourges, avec mon prénom et une allusion à l'atelier que j'ai fait chez vous en juin. Je ne la connais pas et je ne lui ai jamais donné mon adresse.

    Pouvez-vous me dire à qui vous avez transmis mes coordonnées, et lesquelles exactement ? J'aimerais aussi avoir la liste de ce que vous avez sur moi dans vos fichiers.

    Je ne suis pas fâchée, mais je tiens à savoir.

    Muriel Pasquet
    """,
),

dict(
    key="fr-req-salarie-ce-que-mon-employeur-a-transmis",
    rights=["access"], lang="fr", var="fr-FR",
    # NEAR-LINE: an employee asking what his employer sent about HIM: his own data
    # and its source -> access.
    **{"from": "Thierry Ménard <thierry.menard@sofradec.com>"},
    subject="Formation « Prise de parole » – mes informations",
    date="2025-11-13 12:48",
    body="""
    Bonjour Madame Delomenie,

    J'ai suivi la formation « Prise de parole en public » que Sofradec a organisée avec vous les 6 et 7 novembre.

    Lors du tour de table, vous avez fait allusion à des « objectifs fixés par le manager » me concernant. Je n'ai jamais vu ce document. Pouvez-vous m'indiquer ce que l'entreprise vous a transmis à mon sujet avant la formation (fiche, objectifs, appréciations), et m'en envoyer une copie ainsi que de tout ce que vous avez noté me concernant pendant les deux jours ?

    Je vous écris depuis ma boîte professionnelle mais merci de répondre plutôt sur thierry.menard@wanadoo.fr.

    Cordialement,
    Thierry Ménard
    Technicien méthodes – Sofradec Industries
    """,
    reply_to="Thierry Ménard <thierry.menard@wanadoo.fr>",
),

dict(
    key="fr-req-relance-forward-acces",
    rights=["access"], lang="fr", var="fr-FR",
    # NEAR-LINE: the sender forwards her OWN earlier, unanswered request and
    # restates it in the new text -> still an access request.
    **{"from": "Laurence Bichot <laurence.bichot@gmail.com>"},
    subject="Fwd: Demande d'accès à mes données",
    date="2025-12-09 09:05",
    body="""
    Bonjour,

    Je me permets de vous renvoyer ma demande ci-dessous, datée du 27 octobre, à laquelle je n'ai pas eu de réponse. Je souhaite toujours recevoir la copie de mes données. Le délai d'un mois est dépassé.

    Merci de me confirmer la bonne réception cette fois-ci.

    Laurence Bichot
    """,
    history=[dict(style="fwd_gmail_fr", who="Laurence Bichot <laurence.bichot@gmail.com>",
                  to="sandra.delomenie@orange.fr", date="2025-10-27 17:32",
                  subject="Demande d'accès à mes données",
                  text="""
                  Madame,

                  Cliente de l'atelier « Réveiller sa créativité » (session d'avril 2025), je vous demande de me transmettre une copie de l'ensemble des données personnelles me concernant que vous conservez, conformément à votre politique de confidentialité.

                  Cordialement,
                  Laurence Bichot
                  """)],
),

dict(
    key="fr-req-formulaire-systemeio-acces",
    rights=["access"], lang="fr", var="fr-FR",
    # NEAR-LINE: generated by the site's contact form, but the text is the
    # visitor's own request to her (Reply-To is the visitor) -> access.
    **{"from": "Floraison de Soi (formulaire) <no-reply@systeme.io>"},
    to=CONTACT,
    reply_to="Damien Loiseau <damien.loiseau@sfr.fr>",
    subject="Nouveau message depuis votre page « Contact »",
    date="2026-01-15 07:44",
    body="""
    Vous avez reçu un nouveau message via le formulaire de contact de votre site.

    Nom : Damien Loiseau
    E-mail : damien.loiseau@sfr.fr
    Téléphone : 06 12 77 40 58
    Sujet : Autre

    Message :
    Bonjour, j'ai acheté votre programme en ligne « 21 jours pour ralentir » en 2024. Je souhaiterais savoir quelles données personnelles vous conservez à mon sujet (compte, paiements, réponses aux exercices) et en recevoir une copie. Merci.

    --
    Ce message a été envoyé depuis https://floraisondesoi.fr/contact
    """,
),

dict(
    key="fr-req-ex-partenaire-donnees",
    rights=["access"], lang="fr", var="fr-FR",
    # NEAR-LINE: a former partner coach (not a client) asks about her own data
    # held by Sandra -> access all the same.
    **{"from": "Nadège Morvan <nadege@cheminsdenadege.fr>"},
    subject="Suite à l'arrêt de notre collaboration",
    date="2026-02-02 16:20",
    body="""
    Bonjour Sandra,

    Comme évoqué au téléphone, je préfère clarifier les choses par écrit maintenant que nous n'animons plus les cercles ensemble.

    J'aimerais savoir quelles informations me concernant tu conserves : mes coordonnées personnelles bien sûr, mais aussi la photo et la biographie utilisées sur ton site, les contrats de co-animation, les échanges dans le groupe WhatsApp des animatrices, et les retours des participantes sur mes interventions s'il y en a. Peux-tu m'en faire parvenir une copie ?

    Je ne demande rien d'autre pour l'instant.

    Belle journée,
    Nadège

    Nadège Morvan – Les Chemins de Nadège
    Accompagnement des transitions de vie – Bourges
    """,
),

dict(
    key="fr-req-acces-rectif-profession",
    rights=["access", "rectification"], lang="fr", var="fr-FR",
    **{"from": "Agnès Pottier <agnes.pottier@hotmail.fr>"},
    subject="Mon dossier + une erreur",
    date="2025-03-03 13:37",
    body="""
    Bonjour Madame Delomenie,

    En recevant l'attestation de fin de formation, j'ai vu qu'il était indiqué « aide-soignante » comme profession. Je suis infirmière depuis 2019, ce qui a son importance pour mon dossier de financement.

    Pourriez-vous corriger cette information partout où elle apparaît chez vous ? Et tant qu'à faire, j'aimerais recevoir une copie de l'ensemble des informations que vous avez enregistrées sur moi, pour vérifier qu'il n'y a pas d'autres erreurs.

    Merci beaucoup,
    Agnès Pottier
    IDE – CH de La Châtre
    """,
),

dict(
    key="fr-req-acces-gel-litige",
    rights=["access", "restriction"], lang="fr", var="fr-FR",
    **{"from": "Jean-Marc Delpech <jm.delpech@wanadoo.fr>"},
    subject="Litige – conservation des données",
    date="2025-08-19 10:10",
    body="""
    Madame,

    Suite à notre désaccord sur le remboursement du stage de juillet, je vous informe que je ne souhaite pas que mes données soient supprimées : j'en aurai peut-être besoin. En revanche, je vous demande de ne plus les utiliser pour quoi que ce soit (relances, mailings, statistiques) tant que le litige n'est pas réglé.

    Je vous demande également de m'en transmettre une copie intégrale, y compris nos échanges écrits et le détail des paiements enregistrés.

    Salutations,
    Jean-Marc Delpech
    """,
),

dict(
    key="fr-req-sms-origine-stop",
    rights=["access", "objection"], lang="fr", var="fr-FR",
    **{"from": "Patrick Renaudin <p.renaudin@orange.fr>"},
    subject="SMS publicitaire",
    date="2025-10-28 19:02",
    body="""
    Bonsoir,

    J'ai reçu ce soir un SMS pour votre « atelier d'automne – dernières places ». Je n'ai jamais été votre client. C'est ma femme qui a fait un stage chez vous.

    1) D'où sortez-vous mon numéro de portable ?
    2) Je ne veux plus recevoir de SMS ni de mails commerciaux de votre part.

    Merci.
    P. Renaudin
    """,
),

# ------------------------------------------------------------- RECTIFICATION
dict(
    key="fr-req-nouvel-email",
    rights=["rectification"], lang="fr", var="fr-FR",
    **{"from": "Marion Chevrier <marion.chevrier@protonmail.com>"},
    subject="Changement d'adresse mail",
    date="2025-01-20 09:14",
    history=[dict(style="apple_fr", date="2025-01-19 17:30", text="""
    Bonjour Marion,
    Je vous confirme notre séance de jeudi 23 janvier à 10h en visio. Le lien Zoom reste le même.
    Belle semaine,
    Sandra
    """)],
    body="""
    Bonjour Sandra,

    Petit message pratique : je ferme mon ancienne boîte marion.chevrier@numericable.fr (l'opérateur arrête le service). Pouvez-vous la remplacer par celle-ci, marion.chevrier@protonmail.com, dans vos fichiers et sur la plateforme des cours ?

    Merci et à jeudi pour la séance !
    Marion
    """,
),

dict(
    key="fr-req-rh-nom-marital",
    rights=["rectification"], lang="fr", var="fr-FR",
    # NEAR-LINE: an HR officer, but about her own name on her own certificate.
    **{"from": "Aurélie Fontaine-Gervais <a.fontaine@clinique-valdetheols.fr>"},
    subject="Attestation de formation – changement de nom",
    date="2025-06-30 14:52",
    shape="alt",
    body="""
    Bonjour Madame Delomenie,

    Je gère habituellement les inscriptions de nos soignants à vos formations, mais je vous écris cette fois pour moi : je me suis mariée en mai et je porte désormais le nom de Fontaine-Gervais (et non plus Fontaine).

    Pourriez-vous mettre à jour mon nom dans votre fichier et rééditer mon attestation de la formation « Communication bienveillante » au nom d'Aurélie FONTAINE-GERVAIS ? Mon adresse mail professionnelle change aussi : a.fontaine-gervais@clinique-valdetheols.fr remplace a.fontaine@clinique-valdetheols.fr à partir du 1er juillet.

    Merci beaucoup,

    Aurélie Fontaine-Gervais
    Chargée de formation – Service RH
    Clinique du Val de Théols
    """,
),

dict(
    key="fr-req-adresse-postale",
    rights=["rectification"], lang="fr", var="fr-FR",
    **{"from": "Bernadette Roux <bernadette.roux@laposte.net>"},
    subject="Nouvelle adresse",
    date="2025-04-22 10:31",
    body="""
    Bonjour,

    Je vous signale mon déménagement. Mon ancienne adresse (5 impasse des Vignes, 36100 Issoudun) n'est plus valable. Voici la nouvelle :

    Bernadette Roux
    14 rue du Château d'Eau
    18100 Vierzon

    Merci de la modifier dans votre fichier pour les prochaines factures.

    Bien à vous,
    Bernadette Roux
    """,
),

dict(
    key="fr-req-informal-nouveau-portable",
    rights=["rectification"], lang="fr", var="fr-informal",
    **{"from": "Jess <jessica.moreau.87@gmail.com>"},
    subject="nouveau num",
    date="2025-09-02 21:47",
    history=[dict(style="gmail_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>", date="2025-09-01 18:00", text="""
    Bonjour Jessica,

    Petit rappel : notre séance a lieu jeudi 4 septembre à 18h, au cabinet (46 rue d'Estienne d'Orves).
    En cas d'empêchement, merci de me prévenir 48h à l'avance.

    Sandra
    """)],
    body="""
    coucou Sandra

    jai changé de tel, lancien 06 45 12 ... ne marche plus. le nouveau c le 07 68 22 91 04. tu peux le changer dans ton fichier pour les rappels de rdv stp ?

    bisous
    Jess
    """,
),

dict(
    key="fr-req-date-naissance-fiche",
    rights=["rectification"], lang="fr", var="fr-FR",
    **{"from": "Odile Perrin <odile.perrin@sfr.fr>"},
    subject="Erreur sur ma fiche",
    date="2025-05-26 16:09",
    body="""
    Madame Delomenie,

    En relisant la fiche de renseignements que vous m'avez fait signer, je remarque une erreur : ma date de naissance est le 14 mars 1961 et non le 14 mai 1961. Mon nom de jeune fille est aussi mal orthographié : c'est « Boulenger », avec un E, et non « Boulanger ».

    Je vous remercie de rectifier ces deux points.

    Odile Perrin
    """,
),

dict(
    key="fr-req-belge-gsm",
    rights=["rectification"], lang="fr", var="fr-BE",
    **{"from": "Olivier Dethier <olivier.dethier@telenet.be>"},
    subject="Changement de numéro de GSM",
    date="2025-11-24 08:19",
    history=[dict(style="apple_fr", date="2025-11-20 10:15", text="""
    Bonjour Olivier,

    Voici les informations pratiques pour le stage résidentiel du 12 au 16 janvier au Moulin de Saint-Georges : arrivée le lundi à partir de 15h, prévoir des vêtements chauds pour les marches.
    Je vous appellerai la semaine précédente pour faire le point.

    Sandra
    """)],
    body="""
    Bonjour Madame,

    Pour le stage résidentiel de janvier, je vous signale que j'ai changé de numéro de GSM. L'ancien, le 0494 12 55 70, est à supprimer ; le nouveau est le +32 471 80 36 14.

    Je vous remercie et vous souhaite une bonne semaine. À tantôt en janvier !

    Olivier Dethier
    Liège
    """,
),

dict(
    key="fr-req-salarie-intitule-poste",
    rights=["rectification"], lang="fr", var="fr-FR",
    **{"from": "Yannick Le Goff <yannick.legoff@transports-legoff.bzh>"},
    subject="Attestation erronée",
    date="2025-12-01 11:26",
    body="""
    Bonjour,

    J'ai bien reçu mon attestation pour la formation « Manager sans s'épuiser ». Deux erreurs : mon nom est LE GOFF en deux mots (pas Legoff), et je suis chef d'équipe quai, pas « chauffeur ». Mon employeur m'avait inscrit avec un vieux fichier.

    Pouvez-vous corriger vos données me concernant et me renvoyer l'attestation rectifiée ?

    Merci,
    Yannick Le Goff
    """,
),

dict(
    key="fr-req-notes-inexactes-correction",
    rights=["rectification"], lang="fr", var="fr-FR",
    # NEAR-LINE: she contests an inaccurate statement and asks for its
    # correction; she does not ask to pause processing -> rectification, not
    # restriction.
    **{"from": "Carole Besnard <carole.besnard@gmail.com>"},
    subject="Compte rendu de la séance du 12",
    date="2026-01-19 22:03",
    body="""
    Bonsoir Sandra,

    Merci pour le compte rendu de notre séance du 12 janvier. Je me permets une remarque : il est écrit que j'ai « fait un burn-out en 2022 ». Ce n'est pas exact. J'ai eu un arrêt de trois semaines pour une opération du genou, c'est tout. Je ne voudrais pas que cette information erronée reste dans mon dossier.

    Pouvez-vous corriger ce passage (remplacer par « arrêt maladie de 3 semaines en 2022, raison médicale non liée au travail ») ?

    Merci de ta compréhension, à bientôt,
    Carole
    """,
),

dict(
    key="fr-req-quebec-courriel",
    rights=["rectification"], lang="fr", var="fr-CA",
    tz="qc",
    **{"from": "Marc-André Gagnon <ma.gagnon@hotmail.ca>"},
    subject="Mise à jour de mon courriel",
    date="2025-08-07 09:58",
    body="""
    Bonjour,

    Je voulais vous aviser que mon ancienne adresse courriel au travail (marc-andre.gagnon@cegep-sherbrooke.qc.ca) n'est plus active depuis que j'ai changé d'emploi. Pourriez-vous la remplacer par ma_gagnon@hotmail.ca pour l'accès à la formation et les envois?

    Merci bien!
    Marc-André
    """,
),

dict(
    key="fr-req-rectif-et-plus-de-newsletter",
    rights=["objection", "rectification"], lang="fr", var="fr-FR",
    **{"from": "Isabelle Cordier <isabelle.cordier@orange.fr>"},
    subject="Deux choses",
    date="2025-02-27 12:40",
    body="""
    Bonjour,

    1. Mon nom est mal écrit dans vos envois : « Isabelle Cordié » au lieu de Cordier. Merci de le corriger.
    2. Par la même occasion, je ne souhaite plus recevoir la newsletter mensuelle. Je garde mon accès à la formation en ligne bien sûr, seulement les mails promotionnels.

    Bonne journée,
    Isabelle Cordier
    """,
),

dict(
    key="fr-req-gerante-salle-nouvelles-coordonnees",
    rights=["rectification"], lang="fr", var="fr-FR",
    # NEAR-LINE: a venue owner (business contact, natural person) replaces her
    # own phone and address with new values -> rectification like anyone else.
    **{"from": "Patricia Gaudin <patricia.gaudin@moulin-saint-georges.fr>"},
    subject="Moulin de Saint-Georges – mes nouvelles coordonnées",
    date="2025-09-15 17:35",
    body="""
    Bonjour Sandra,

    Je fais le tour de mes contacts : j'ai quitté la maison du Moulin pour m'installer au village, la gestion reste la même mais mon adresse personnelle et mon portable changent.

    À remplacer dans tes fichiers :
    – adresse : 3 rue de l'Église, 36100 Saint-Georges-sur-Arnon (au lieu du Moulin)
    – portable : 06 31 58 07 22 (l'ancien 06 88… ne sert plus)

    Le fixe du gîte ne bouge pas. À bientôt pour le stage d'octobre !

    Patricia
    """,
),

dict(
    key="fr-req-suisse-adresse",
    rights=["rectification"], lang="fr", var="fr-CH",
    **{"from": "Nicole Ruchonnet <n.ruchonnet@bluewin.ch>"},
    subject="Changement d'adresse",
    date="2026-03-04 07:50",
    body="""
    Chère Madame Delomenie,

    Je vous saurais gré de bien vouloir noter mon changement d'adresse postale, l'ancienne (chemin des Pâquerettes 8, 1004 Lausanne) n'étant plus valable dès le 1er mars :

    Nicole Ruchonnet
    Route de Berne 45
    1010 Lausanne

    Mon numéro de natel reste inchangé.

    Avec mes meilleures salutations,
    Nicole Ruchonnet
    """,
),

# ------------------------------------------------------------------ ERASURE
dict(
    key="fr-req-ancienne-cliente-tout-supprimer",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Valérie Guérin <valerie.guerin@wanadoo.fr>"},
    subject="Suppression de mes données",
    date="2025-01-13 10:05",
    body="""
    Madame,

    J'ai été votre cliente pour un accompagnement en 2021. Je tourne la page sur cette période de ma vie et je vous demande de supprimer toutes les données que vous conservez à mon sujet : coordonnées, fiches, notes, enregistrements éventuels.

    Je vous remercie de me confirmer l'effacement par retour de mail.

    Valérie Guérin
    """,
),

dict(
    key="fr-req-rh-liste-stagiaires-effacement",
    rights=["erasure"], lang="fr", var="fr-FR",
    # NEAR-LINE: the company asks her to delete the staff list it supplied after
    # the training, AND explicitly includes the HR officer's own contact details.
    # Treated as an erasure request (theme brief); the HR officer is herself a
    # data subject of the list.
    **{"from": "Sylvie Blanchard <s.blanchard@aubrac-sante.fr>"},
    subject="Formation des 3 et 4 avril – suppression du fichier participants",
    date="2025-04-28 09:46",
    shape="alt",
    body="""
    Bonjour Madame Delomenie,

    La formation « Gestion des conflits » s'est très bien passée et les retours de nos équipes sont excellents, merci encore.

    Conformément à la clause RGPD de notre convention, et maintenant que les attestations sont émises, je vous demande de supprimer le fichier des participants que nous vous avions transmis le 10 mars (noms, fonctions, adresses mail et téléphones de nos 11 collaborateurs), y compris mes propres coordonnées de référente formation qui y figuraient.

    Les feuilles d'émargement nécessaires à l'OPCO peuvent bien sûr être conservées. Merci de me confirmer la suppression par écrit.

    Cordialement,

    Sylvie Blanchard
    Responsable développement RH
    Laboratoires Aubrac Santé – 36000 Châteauroux
    """,
),

dict(
    key="fr-req-informal-effacez-tout",
    rights=["erasure"], lang="fr", var="fr-informal",
    **{"from": "nath <nath.b.76@hotmail.fr>"},
    subject="",
    date="2025-05-05 00:38",
    body="""
    bonsoir,
    je souhaite que vous effaciez tout ce que vous avez sur moi, jai fait qu une seance decouverte en 2023 et ca ne m interesse plus. nathalie bouvier
    merci
    """,
),

dict(
    key="fr-req-effacement-et-stop-mails",
    rights=["erasure", "objection"], lang="fr", var="fr-FR",
    **{"from": "Gérard Lemoine <gerard.lemoine@free.fr>"},
    subject="Désinscription complète",
    date="2025-06-17 08:12",
    body="""
    Bonjour,

    Je vous demande de me désabonner de votre newsletter et de toute liste de diffusion, et de supprimer définitivement mes coordonnées de vos fichiers (y compris Systeme.io et votre carnet d'adresses).

    Merci de ne plus me contacter par la suite.

    G. Lemoine
    """,
),

dict(
    key="fr-req-temoignage-et-tout-effacer",
    rights=["erasure", "withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Stéphanie Arnaud <steph.arnaud@icloud.com>"},
    subject="Mon témoignage et mes données",
    date="2025-07-08 13:25",
    body="""
    Bonjour Sandra,

    Il y a deux ans j'avais accepté que vous publiiez mon témoignage (avec ma photo) sur votre site et sur la page Systeme.io de la formation. Ma situation a beaucoup changé et je ne souhaite plus du tout y être associée.

    Je retire donc mon accord pour ce témoignage, et je vous demande en plus d'effacer l'ensemble des données que vous avez gardées sur moi.

    Merci de votre compréhension, je garde un bon souvenir de notre travail ensemble.

    Stéphanie

    Envoyé de mon iPhone
    """,
),

dict(
    key="fr-req-suisse-seance-decouverte",
    rights=["erasure"], lang="fr", var="fr-CH",
    **{"from": "Pascal Favre <pascal.favre@gmx.ch>"},
    subject="Effacement de mes données",
    date="2025-08-25 11:02",
    body="""
    Bonjour Madame,

    J'avais réservé une séance découverte en visio au mois de mars, je n'ai finalement pas donné suite. Je vous prie de bien vouloir effacer mes coordonnées ainsi que le questionnaire préalable que j'avais rempli.

    En vous remerciant d'avance, je vous adresse mes salutations les meilleures.

    Pascal Favre
    Fribourg
    """,
),

dict(
    key="fr-req-salarie-quitte-entreprise",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Romain Teixeira <romain.teixeira.pro@gmail.com>"},
    subject="Suppression de mes données – ex-salarié Berry Logistique",
    date="2025-09-29 18:44",
    body="""
    Bonjour Madame Delomenie,

    J'ai suivi deux sessions de formation chez vous via mon ancien employeur, Berry Logistique. J'ai quitté l'entreprise fin août.

    Je ne souhaite pas que mes évaluations, mes réponses aux questionnaires de positionnement et mes coordonnées restent dans vos dossiers. Pouvez-vous les supprimer, en ne conservant que ce que la loi vous oblige éventuellement à garder (je pense aux feuilles de présence) ?

    Merci d'avance,
    Romain Teixeira
    """,
),

dict(
    key="fr-req-supprimer-donnees-sante",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Annie Colas <annie.colas@orange.fr>"},
    subject="Question de fin d'accompagnement",
    date="2025-10-14 15:15",
    body="""
    Bonjour Sandra,

    Notre dernière séance approche et je voulais vous demander quelque chose qui me tient à cœur : pourriez-vous supprimer de votre dossier tout ce qui concerne ma santé (ma maladie de Crohn, les traitements, ce que j'ai raconté sur mon hospitalisation) une fois l'accompagnement terminé ? Le reste, vous pouvez le garder.

    Merci beaucoup, à mardi.
    Annie
    """,
),

dict(
    key="fr-req-effacement-cni-jointe",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Michel Garnier <michel.garnier36@orange.fr>"},
    subject="Demande d'effacement – art. 17 RGPD",
    date="2025-11-03 10:41",
    body="""
    Madame,

    Conformément à l'article 17 du Règlement général sur la protection des données, je vous demande l'effacement de l'ensemble des données à caractère personnel me concernant.

    Conformément à votre politique de confidentialité, je joins une copie de ma carte d'identité et je signe la présente demande.

    Michel Garnier
    21 rue des Minimes, 36100 Issoudun
    """,
    attach=[dict(name="CNI_Garnier_recto.jpg"), dict(name="CNI_Garnier_verso.jpg")],
),

dict(
    key="fr-req-parent-fille-effacement",
    rights=["erasure"], lang="fr", var="fr-FR",
    # NEAR-LINE: parent acting for a minor daughter -> request.
    **{"from": "Karine Dubois <karine.dubois79@yahoo.fr>"},
    subject="Données de ma fille Inès",
    date="2025-12-16 20:20",
    body="""
    Bonsoir Madame,

    Ma fille Inès (14 ans) a participé au stage « Ados : gérer ses émotions » pendant les vacances de la Toussaint. Elle ne souhaite pas continuer et, en tant que mère, je vous demande d'effacer toutes les données la concernant : fiche d'inscription, questionnaire, photos éventuelles et son numéro de téléphone dans le groupe WhatsApp du stage.

    Merci de me confirmer quand ce sera fait.

    Karine Dubois
    """,
),

dict(
    key="fr-req-avocat-effacement",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Cabinet Rabier & Associés <secretariat@rabier-avocats.fr>"},
    subject="V/Réf : M. Alain COUTURIER – demande d'effacement",
    reply_to="Maître Olivier Rabier <o.rabier@rabier-avocats.fr>",
    date="2026-02-10 11:30",
    shape="html",
    body="""
    Madame,

    Nous sommes le conseil de Monsieur Alain COUTURIER, qui nous a donné mandat (pièce jointe) pour vous adresser la présente.

    Monsieur Couturier a été inscrit à votre newsletter et à deux ateliers en 2023. Il vous demande, sur le fondement de l'article 17 du RGPD, d'effacer sans délai l'ensemble des données le concernant, sous réserve des seules obligations légales de conservation comptable.

    Nous vous remercions de nous confirmer l'exécution de cette demande dans le délai d'un mois.

    Pour le Cabinet,
    Maître Olivier Rabier
    Avocat associé
    """,
    attach=[dict(name="Pouvoir_Couturier.pdf", text="""
    POUVOIR
    Je soussigne Alain COUTURIER donne pouvoir au Cabinet Rabier & Associes
    de demander en mon nom l'effacement de mes donnees personnelles
    aupres de Floraison de Soi (Sandra Delomenie).
    Le 6 fevrier 2026 - A. Couturier
    """)],
),

dict(
    key="fr-req-whatsapp-et-fichiers",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Laetitia Faure <laetitia.faure@gmail.com>"},
    subject="Groupe WhatsApp du cercle",
    date="2025-03-25 07:22",
    body="""
    Bonjour Sandra,

    Je quitte le cercle des mamans solos, merci pour tout. Est-ce que tu pourrais me retirer du groupe WhatsApp et effacer mon numéro, mon adresse et mes infos de tes fichiers ? Je préfère repartir de zéro.

    Douce journée,
    Laetitia
    """,
),

dict(
    key="fr-req-effacement-html-outlook",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Corinne Masson <corinne.masson@outlook.fr>"},
    subject="Suppression compte formation + données",
    date="2025-04-14 12:57",
    shape="html",
    body="""
    Bonjour,

    Je n'utilise plus la formation « Mieux dormir, mieux vivre » et je souhaite que mon compte soit supprimé, ainsi que toutes mes données personnelles (profil, historique de progression, commentaires sous les vidéos, facturation si ce n'est pas obligatoire de la garder).

    Cordialement,
    Corinne Masson
    """,
),

dict(
    key="fr-req-belge-effacement",
    rights=["erasure"], lang="fr", var="fr-BE",
    **{"from": "Marie-Claire Lejeune <mc.lejeune@proximus.be>"},
    subject="Demande de suppression",
    date="2025-07-29 16:48",
    body="""
    Bonjour Madame Delomenie,

    J'ai participé l'été passé à votre atelier en ligne sur l'estime de soi. Je vous saurais gré de supprimer l'ensemble de mes données personnelles de vos fichiers, s'il vous plaît. Ce n'est pas une critique de votre travail, simplement je fais du tri.

    Avec mes remerciements,
    Marie-Claire Lejeune
    Charleroi
    """,
),

dict(
    key="fr-req-transfert-puis-effacement",
    rights=["erasure", "portability"], lang="fr", var="fr-FR",
    **{"from": "Sabrina Lopes <sabrina.lopes@gmail.com>"},
    subject="Changement de coach",
    date="2025-10-01 09:33",
    body="""
    Bonjour Sandra,

    Comme je vous l'ai dit, je déménage à Tours et je vais continuer avec une coach là-bas, Mme Isabelle Brunet (isabelle.brunet.coaching@gmail.com).

    Pourriez-vous lui transmettre directement mes fiches de suivi et mes questionnaires sous forme de fichiers qu'elle pourra réutiliser ? Une fois que c'est fait, je souhaite que vous supprimiez mon dossier de votre côté.

    Merci pour ces deux années,
    Sabrina
    """,
),

dict(
    key="fr-req-rib-a-supprimer",
    rights=["erasure"], lang="fr", var="fr-FR",
    **{"from": "Hervé Colin <herve.colin@sfr.fr>"},
    subject="Mon RIB",
    date="2025-11-20 14:06",
    body="""
    Bonjour,

    J'avais payé mon cycle de séances par prélèvement et vous aviez mon RIB. Maintenant que tout est réglé, je voudrais que vous supprimiez mes coordonnées bancaires de vos dossiers (papier et informatique). Merci de me le confirmer.

    Hervé Colin
    """,
),

dict(
    key="fr-req-ancienne-assistante-ses-donnees",
    rights=["erasure"], lang="fr", var="fr-FR",
    # NEAR-LINE: the sender is a former subcontractor (her previous assistant),
    # asking erasure of HER OWN personal data (ID copy, RIB, home address).
    **{"from": "Émilie Vasseur <emilie.vasseur.va@gmail.com>"},
    subject="Fin de mission – mes documents personnels",
    date="2026-01-06 10:18",
    body="""
    Bonjour Sandra,

    Meilleurs vœux pour 2026 ! Maintenant que ma mission d'assistante est terminée et que la dernière facture est payée, je voudrais faire le ménage : tu avais gardé une copie de ma carte d'identité, mon RIB, mon adresse perso et mon numéro de SIRET pour le contrat.

    Peux-tu effacer ces documents et informations (Drive, mails, Systeme.io où tu m'avais créé un accès admin) ? Le contrat et les factures, je comprends que tu doives les garder pour la compta.

    Merci, et bon courage avec Camille !
    Émilie
    """,
),

dict(
    key="fr-req-copie-puis-effacement",
    rights=["access", "erasure"], lang="fr", var="fr-FR",
    **{"from": "Françoise Lebrun <francoise.lebrun@laposte.net>"},
    subject="Mes données",
    date="2026-02-23 17:55",
    body="""
    Bonjour Madame,

    Je souhaite d'abord recevoir une copie de tout ce que vous avez sur moi (j'ai fait un stage de trois jours en 2024 et acheté un livre numérique). Ensuite, une fois que je l'aurai reçue, je vous demanderai de tout effacer – considérez dès à présent que c'est ma demande.

    Cordialement,
    Françoise Lebrun
    """,
),

dict(
    key="fr-req-quebec-compte-et-donnees",
    rights=["erasure"], lang="fr", var="fr-CA",
    tz="qc",
    **{"from": "Chantal Bouchard <chantal.bouchard@sympatico.ca>"},
    subject="Fermeture de compte",
    date="2026-03-16 20:11",
    body="""
    Bonjour,

    Je voudrais que vous supprimiez mon compte sur votre plateforme de formation et toutes mes données personnelles qui s'y rattachent. Je ne suis plus intéressée par les formations en ligne pour le moment.

    Merci et bonne journée,
    Chantal Bouchard
    Laval
    """,
),

dict(
    key="fr-req-desinscription-et-effacement-sous-newsletter",
    rights=["erasure", "objection"], lang="fr", var="fr-FR",
    # NEAR-LINE: the request sits above a quoted newsletter; only the new text
    # counts and it asks both to be unsubscribed and erased.
    **{"from": "Jacques Perret <jacques.perret@orange.fr>"},
    subject="Re: 🌸 La lettre de mai : semer, attendre, récolter",
    date="2025-05-12 08:03",
    parent_domain="floraisondesoi.fr",
    body="""
    Retirez-moi de cette liste et effacez mes coordonnées de vos fichiers, merci.
    J. Perret
    """,
    history=[dict(style="gmail_fr", who="Sandra – Floraison de Soi <contact@floraisondesoi.fr>",
                  date="2025-05-11 18:00", text="""
                  Bonjour Jacques,

                  Ce mois-ci, je vous propose de parler de patience. Au jardin comme dans la vie, on sème, puis on attend…

                  📅 Prochain atelier : « Ralentir pour mieux choisir », samedi 24 mai, Issoudun.
                  👉 Inscriptions : https://floraisondesoi.fr/ateliers

                  Belle floraison,
                  Sandra

                  Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
                  Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
                  """)],
),

dict(
    key="fr-req-temoignage-desinscription-tout-effacer",
    rights=["erasure", "objection", "withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Delphine Renard <delphine.renard@free.fr>"},
    subject="Trois demandes",
    date="2025-09-09 11:49",
    body="""
    Bonjour Sandra,

    Je préfère être claire et tout regrouper dans un seul message :
    – je retire mon accord pour la vidéo témoignage tournée à la fin du stage (elle est toujours sur YouTube et sur la page de vente) ;
    – je ne veux plus recevoir la newsletter ni les offres ;
    – et je souhaite que toutes mes données soient effacées de vos fichiers.

    Merci de me confirmer chaque point.
    Delphine Renard
    """,
),

# -------------------------------------------------------------- RESTRICTION
dict(
    key="fr-req-conteste-exactitude-pause",
    rights=["restriction"], lang="fr", var="fr-FR",
    # NEAR-LINE: contests accuracy AND asks to pause use until checked ->
    # restriction only (policy).
    **{"from": "Bruno Chauvet <bruno.chauvet@gmail.com>"},
    subject="Bilan de fin de formation – contestation",
    date="2025-02-12 19:27",
    body="""
    Madame Delomenie,

    Le bilan individuel que vous avez rédigé à l'issue de la formation « Manager en transition » contient selon moi plusieurs appréciations inexactes (notamment sur mon « manque d'implication » le deuxième jour, alors que j'étais absent pour raison familiale avec l'accord de la RH).

    Tant que nous n'en avons pas discuté et que ce point n'est pas vérifié, je vous demande de ne pas utiliser ce bilan ni de le communiquer à qui que ce soit, y compris à mon employeur. Je ne demande pas sa suppression.

    Cordialement,
    Bruno Chauvet
    """,
),

dict(
    key="fr-req-salariee-evaluation-gel",
    rights=["restriction"], lang="fr", var="fr-FR",
    **{"from": "Sandrine Perrot <sandrine.perrot@aubrac-sante.fr>"},
    subject="Mon évaluation de fin de parcours",
    date="2025-05-20 13:13",
    history=[dict(style="outlook_fr", date="2025-05-19 17:02", to="Sandrine Perrot <sandrine.perrot@aubrac-sante.fr>",
                  subject="Parcours Leadership au féminin – suite", text="""
    Bonjour à toutes,

    Merci pour ce parcours riche. Comme prévu dans la convention, les évaluations individuelles de fin de parcours seront transmises au service RH le 30 mai. Chacune peut me demander à relire la sienne avant.

    Bien à vous,
    Sandra Delomenie
    """)],
    body="""
    Bonjour Madame,

    Vous m'avez dit que les évaluations individuelles du parcours « Leadership au féminin » seraient transmises aux RH à la fin du mois.

    Pour la mienne, je vous demande de la mettre en attente : ne l'envoyez pas et ne vous en servez pas tant que je ne l'ai pas relue avec vous. Je ne veux pas qu'elle soit effacée, je veux juste qu'elle reste bloquée pour le moment.

    Merci de votre compréhension,
    Sandrine Perrot
    """,
),

dict(
    key="fr-req-parent-conflit-gel-dossier",
    rights=["restriction"], lang="fr", var="fr-FR",
    **{"from": "Anne-Sophie Lacroix <as.lacroix@orange.fr>"},
    subject="Dossier de Maël – important",
    date="2025-06-11 08:40",
    body="""
    Madame Delomenie,

    Je suis la mère de Maël, 16 ans, que vous accompagnez depuis janvier. Son père et moi sommes en procédure devant le juge aux affaires familiales et je crains que le dossier de Maël soit utilisé dans ce cadre.

    En tant que représentante légale, je vous demande de geler son dossier : n'effacez rien, mais ne l'utilisez pas, ne le transmettez à personne et ne rédigez aucune attestation à partir de celui-ci jusqu'à nouvel ordre.

    Je vous remercie,
    Anne-Sophie Lacroix
    """,
),

dict(
    key="fr-req-informal-touchez-a-rien",
    rights=["restriction"], lang="fr", var="fr-informal",
    **{"from": "Manu <manu.rousseau@laposte.net>"},
    subject="mes infos",
    date="2025-07-03 22:55",
    body="""
    bonsoir

    suite a notre embrouille sur le remboursement de l atelier, je prefere que vous touchiez a rien dans mes infos mais que vous vous en serviez plus du tout le temps qu on regle ca. pas de mail, pas de relance, rien. par contre effacez pas, j en aurai besoin.

    E. Rousseau
    """,
),

dict(
    key="fr-req-limitation-mediation",
    rights=["restriction"], lang="fr", var="fr-FR",
    **{"from": "Christine Vidal <christine.vidal@hotmail.fr>"},
    subject="Demande de limitation du traitement (art. 18 RGPD)",
    date="2025-10-21 09:09",
    body="""
    Madame,

    Une médiation de la consommation est en cours au sujet de la formation certifiante que j'ai interrompue. Pendant toute la durée de cette procédure, je vous demande la limitation du traitement de mes données personnelles au sens de l'article 18 du RGPD : conservation uniquement, sans autre utilisation.

    Je vous remercie d'en prendre acte.

    Christine Vidal
    """,
),

dict(
    key="fr-req-suisse-limitation",
    rights=["restriction"], lang="fr", var="fr-CH",
    **{"from": "Jean-Daniel Morier <jd.morier@bluewin.ch>"},
    subject="Mes données – merci de ne plus les utiliser pour l'instant",
    date="2025-12-04 10:27",
    body="""
    Madame,

    Je vous fais part de ma demande de ne plus utiliser mes données personnelles jusqu'à ce que j'aie pu vérifier les informations transmises par l'organisme qui m'a inscrit au séminaire de Neuchâtel. Certaines me paraissent fausses. Je vous prie de les conserver en l'état, sans les modifier ni les effacer, le temps de cette vérification.

    Avec mes salutations distinguées,
    Jean-Daniel Morier
    """,
),

dict(
    key="fr-req-quebec-ne-pas-utiliser",
    rights=["restriction"], lang="fr", var="fr-CA",
    tz="qc",
    **{"from": "Josée Lavoie <josee.lavoie@videotron.ca>"},
    subject="Mon dossier – en attendant",
    date="2026-01-27 19:35",
    history=[dict(style="gmail_fr", date="2026-01-20 15:40", text="""
    Bonjour Josée,
    Voici le résumé de notre séance de mardi et l'exercice des « trois cercles » dont on a parlé. On se revoit le 3 février?
    Sandra
    """)],
    body="""
    Bonjour Sandra,

    Petit changement de programme : je suis en arrêt de travail et mon assureur invalidité risque de demander des documents sur mon suivi. Je ne veux surtout pas que tu détruises quoi que ce soit de mon dossier, parce que je pourrais en avoir besoin, mais je te demande de ne plus t'en servir et de ne le transmettre à personne tant que je ne t'ai pas redonné de nouvelles. On met aussi les séances sur pause.

    Merci de ta compréhension!
    Josée
    """,
),

dict(
    key="fr-req-avocat-limitation",
    rights=["restriction"], lang="fr", var="fr-FR",
    **{"from": "Maître Sébastien Hubert <s.hubert@hubert-avocat-bourges.fr>"},
    subject="M. Kévin ALLARD – limitation du traitement",
    date="2026-03-10 15:44",
    body="""
    Madame,

    En qualité de conseil de Monsieur Kévin ALLARD, muni d'un mandat dont copie est jointe, je vous informe qu'un contentieux prud'homal oppose mon client à son ancien employeur, la société Sofradec Industries, qui l'avait inscrit à vos formations.

    Je vous demande de procéder au gel des données de mon client (évaluations, feuilles d'émargement, correspondances) : elles ne doivent être ni effacées ni communiquées à quiconque, et ne faire l'objet d'aucun autre traitement que leur conservation jusqu'à l'issue de la procédure.

    Veuillez agréer, Madame, mes salutations distinguées.

    Sébastien Hubert
    Avocat – Barreau de Bourges
    """,
    attach=[dict(name="mandat_ALLARD.pdf", text="""
    Je soussigne Kevin ALLARD donne mandat a Me Sebastien HUBERT
    pour exercer mes droits sur mes donnees personnelles aupres de
    Floraison de Soi - Sandra Delomenie. Fait a Bourges le 3 mars 2026.
    """)],
),

dict(
    key="fr-req-rh-ses-notes-de-coaching-gel",
    rights=["restriction"], lang="fr", var="fr-FR",
    # NEAR-LINE: an HR manager, about HER OWN coaching file (paid by her employer).
    **{"from": "Martine Lecomte <martine.lecomte.36@gmail.com>"},
    subject="Confidentiel – mon accompagnement",
    date="2025-11-27 21:16",
    body="""
    Bonsoir Sandra,

    Je t'écris depuis ma boîte perso. Comme tu le sais, c'est la société qui a financé mon coaching de responsable RH. La situation avec ma direction se tend et je crains qu'on te demande un compte rendu.

    Je te demande de garder mes notes et mon dossier tels quels, sans les supprimer, mais de ne les utiliser pour rien et de ne les transmettre à personne tant que je ne t'ai pas dit le contraire.

    Merci, je t'appelle la semaine prochaine.
    Martine
    """,
),

# -------------------------------------------------------------- PORTABILITY
dict(
    key="fr-req-export-csv-progression",
    rights=["portability"], lang="fr", var="fr-FR",
    **{"from": "Lucie Brunel <lucie.brunel@gmail.com>"},
    subject="Export de mes données de formation",
    date="2025-03-10 10:50",
    body="""
    Bonjour,

    Je suis la formation « Devenir facilitatrice de cercles » sur votre plateforme. J'aimerais récupérer mes données (progression, réponses aux quiz, travaux déposés, dates de connexion) dans un format réutilisable, CSV ou JSON, pour les intégrer à mon portfolio de compétences.

    Est-ce possible ? Merci d'avance !

    Lucie Brunel
    """,
),

dict(
    key="fr-req-transfert-vers-organisme",
    rights=["portability"], lang="fr", var="fr-FR",
    **{"from": "Marc Tessier <marc.tessier@orange.fr>"},
    subject="Transfert de mon dossier de formation",
    date="2025-06-24 14:21",
    body="""
    Madame,

    Je poursuis mon parcours de praticien en relation d'aide au sein de l'Institut Horizons à Tours, qui reconnaît les modules suivis chez vous.

    Je vous demande de transmettre directement à leur service pédagogique (pedagogie@institut-horizons.fr) mes données de formation : heures suivies, évaluations, travaux rendus, dans un format informatique exploitable par eux.

    Je vous remercie.
    Marc Tessier
    """,
),

dict(
    key="fr-req-questionnaires-format-exploitable",
    rights=["portability"], lang="fr", var="fr-FR",
    **{"from": "Élodie Mercier <elodie.mercier@yahoo.fr>"},
    subject="Mes questionnaires",
    date="2025-08-12 09:37",
    body="""
    Bonjour Sandra,

    Pour mon mémoire de reconversion, j'aurais besoin des réponses que j'ai données aux questionnaires (valeurs, forces, ennéagramme) pendant l'accompagnement, dans un format exploitable (tableur ou fichier texte structuré), pas en PDF scanné.

    Je n'ai pas besoin du reste du dossier. Merci infiniment !

    Élodie
    """,
),

dict(
    key="fr-req-informal-fichier-excel",
    rights=["portability"], lang="fr", var="fr-informal",
    **{"from": "Seb Girard <seb.girard@free.fr>"},
    subject="mes fiches",
    date="2025-12-29 16:04",
    body="""
    salut sandra

    tu peux m envoyer mes fiches d objectifs et le journal de bord en fichier excel ou truc du genre que je puisse les reutiliser dans mon appli de suivi ? pas en pdf stp sinon je peux rien en faire

    merci bcp
    seb
    """,
),

dict(
    key="fr-req-acces-et-portabilite",
    rights=["access", "portability"], lang="fr", var="fr-FR",
    **{"from": "Gilles Fournier <gilles.fournier@sfr.fr>"},
    subject="Demande RGPD",
    date="2026-02-16 11:11",
    body="""
    Bonjour,

    Je souhaiterais savoir quelles données vous détenez sur moi, et recevoir celles que je vous ai fournies (formulaires d'inscription, réponses aux questionnaires, historique d'achats) dans un format structuré et lisible par machine.

    Cordialement,
    Gilles Fournier
    """,
),

dict(
    key="fr-req-salarie-export-cpf",
    rights=["portability"], lang="fr", var="fr-FR",
    **{"from": "Nadia Benali <nadia.benali@outlook.fr>"},
    subject="Résultats de formation – format numérique",
    date="2025-09-17 12:32",
    body="""
    Bonjour Madame Delomenie,

    J'ai suivi votre formation « Animer une réunion efficace » dans le cadre de mon ancien poste chez Transports Berry. Je change d'employeur et mon futur responsable formation aimerait intégrer mes résultats à son SIRH.

    Serait-il possible de m'envoyer mes résultats d'évaluation et mes heures de formation dans un fichier informatique réutilisable (Excel, CSV) plutôt qu'un simple PDF ?

    Merci beaucoup,
    Nadia Benali
    """,
),

dict(
    key="fr-req-belge-portabilite",
    rights=["portability"], lang="fr", var="fr-BE",
    **{"from": "Thomas Wauters <thomas.wauters@telenet.be>"},
    subject="Récupération de mes données",
    date="2026-04-07 08:44",
    body="""
    Bonjour,

    Je quitte votre programme en ligne pour une plateforme belge qui propose un suivi similaire. Ils acceptent l'import des données d'autres plateformes au format CSV ou JSON.

    Pourriez-vous exporter mes données (profil, progression, journal de pratique) dans l'un de ces formats et me les envoyer, ou les transmettre directement à support@pleinconscience.be ?

    Merci bien et bonne journée,
    Thomas Wauters
    """,
),

dict(
    key="fr-req-acces-portabilite-effacement",
    rights=["access", "erasure", "portability"], lang="fr", var="fr-FR",
    **{"from": "Pauline Charrier <pauline.charrier@protonmail.com>"},
    subject="Clôture de ma relation avec Floraison de Soi",
    date="2026-04-20 10:05",
    body="""
    Bonjour Sandra,

    Je souhaite clore proprement les choses. Dans l'ordre :

    1. Dites-moi quelles données vous avez sur moi et d'où elles proviennent.
    2. Envoyez-moi mes fiches et mes réponses aux exercices dans un format réutilisable (pas de PDF scanné), je compte continuer seule avec un outil de journaling.
    3. Ensuite, supprimez tout.

    Merci,
    Pauline
    """,
),

# ---------------------------------------------------------------- OBJECTION
dict(
    key="fr-req-desabonnement-newsletter",
    rights=["objection"], lang="fr", var="fr-FR",
    **{"from": "Monique Baron <monique.baron@wanadoo.fr>"},
    to=CONTACT,
    subject="désabonnement",
    date="2025-01-28 11:39",
    body="""
    Bonjour,

    Merci de me désabonner de votre lettre d'information. Le lien en bas du mail ne fonctionne pas chez moi (page blanche).

    Cordialement,
    Monique Baron
    """,
),

dict(
    key="fr-req-informal-arretez-pubs",
    rights=["objection"], lang="fr", var="fr-informal",
    **{"from": "lolo <laurent.gomez.36@gmail.com>"},
    subject="stop",
    date="2025-03-14 07:07",
    body="""
    arretez de m envoyer vos pubs pour vos stages svp, 3 mails cette semaine c trop. merci
    """,
),

dict(
    key="fr-req-stop-sms-marketing",
    rights=["objection"], lang="fr", var="fr-FR",
    **{"from": "Évelyne Poirier <evelyne.poirier@orange.fr>"},
    subject="SMS",
    date="2025-05-30 18:18",
    body="""
    Bonjour Sandra,

    Je reçois vos SMS de promotion pour les ateliers. Je préférerais ne plus en recevoir : gardez juste les SMS de rappel quand j'ai un rendez-vous avec vous.

    Merci,
    Évelyne
    """,
),

dict(
    key="fr-req-retirer-liste-sous-newsletter",
    rights=["objection"], lang="fr", var="fr-FR",
    # NEAR-LINE: request above a quoted newsletter -> the request counts.
    **{"from": "Paul Hamon <paul.hamon@sfr.fr>"},
    subject="RE: Dernières places pour le stage d'été en Brenne",
    date="2025-06-05 09:51",
    parent_domain="floraisondesoi.fr",
    body="""
    Merci de me retirer de cette liste de diffusion.

    Paul Hamon
    """,
    history=[dict(style="outlook_fr", who="Floraison de Soi <contact@floraisondesoi.fr>",
                  to="paul.hamon@sfr.fr", date="2025-06-04 12:00",
                  subject="Dernières places pour le stage d'été en Brenne",
                  text="""
                  Bonjour Paul,

                  Il reste 3 places pour le stage « Se ressourcer en Brenne » du 18 au 20 juillet au Moulin de Saint-Georges.
                  Au programme : marche consciente, écriture, cercle de parole.

                  Réservez ici : https://floraisondesoi.fr/stage-ete

                  Vous recevez ce message car vous êtes inscrit à la liste Floraison de Soi. Pour ne plus recevoir nos emails, cliquez ici.
                  """)],
),

dict(
    key="fr-req-salariee-prospection-apres-formation",
    rights=["objection"], lang="fr", var="fr-FR",
    **{"from": "Léa Marchand <lea.marchand@sofradec.com>"},
    subject="Mails commerciaux",
    date="2025-07-16 15:40",
    history=[dict(style="outlook_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", to="lea.marchand@sofradec.com", date="2025-07-15 12:00",
                  subject="Et si vous preniez du temps pour vous cet été ?", text="""
    Bonjour Léa,

    Vous avez aimé la formation ? Prolongez l'expérience avec un accompagnement individuel : -20 % jusqu'au 31 juillet.

    Réserver un appel découverte : https://calendly.com/floraisondesoi
    """)],
    body="""
    Bonjour Madame,

    J'ai participé à la formation que vous avez animée chez Sofradec en juin. Depuis, je reçois sur ma boîte professionnelle vos propositions d'ateliers et de coaching individuel.

    Je m'oppose à ce que mon adresse soit utilisée pour de la prospection. Merci de la retirer de vos envois commerciaux.

    Cordialement,
    Léa Marchand
    Assistante qualité – Sofradec Industries
    """,
),

dict(
    key="fr-req-belge-plus-de-mails",
    rights=["objection"], lang="fr", var="fr-BE",
    **{"from": "Françoise Peeters <francoise.peeters@skynet.be>"},
    subject="Plus d'envois s.v.p.",
    date="2025-08-28 10:03",
    body="""
    Bonjour,

    Je ne souhaite plus recevoir vos courriels d'information ni vos invitations aux webinaires. Je vous remercie de m'enlever de votre liste.

    Bien à vous,
    Françoise Peeters
    """,
),

dict(
    key="fr-req-rh-offres-adresse-pro",
    rights=["objection"], lang="fr", var="fr-FR",
    **{"from": "Claire Dumas <c.dumas@berry-logistique.fr>"},
    subject="Vos envois promotionnels",
    date="2025-10-09 08:27",
    body="""
    Bonjour Sandra,

    Nous continuerons à travailler ensemble pour les formations des équipes, aucun souci là-dessus. En revanche, je ne souhaite plus recevoir à titre personnel vos newsletters et offres promotionnelles sur mon adresse professionnelle : pour les sessions inter-entreprises, je vous contacterai directement.

    Merci de me retirer de la liste marketing.

    Bien cordialement,
    Claire Dumas
    DRH – Berry Logistique
    """,
),

dict(
    key="fr-req-opposition-partage-partenaire",
    rights=["objection"], lang="fr", var="fr-FR",
    **{"from": "Véronique Lambert <veronique.lambert@gmail.com>"},
    subject="Partage de mes coordonnées avec vos partenaires",
    date="2025-11-05 20:34",
    body="""
    Bonjour Sandra,

    J'ai vu dans le formulaire du prochain salon bien-être que les coordonnées des inscrits pouvaient être « partagées avec les praticiens partenaires » pour leur communication.

    Je m'y oppose en ce qui me concerne : je ne veux pas que mes coordonnées soient transmises à d'autres praticiens pour leur prospection. Pour le reste, aucun problème.

    Merci,
    Véronique Lambert
    """,
),

dict(
    key="fr-req-quebec-desabonnez-moi",
    rights=["objection"], lang="fr", var="fr-CA",
    tz="qc",
    **{"from": "Sylvain Côté <sylvain.cote@videotron.ca>"},
    subject="Désabonnement",
    date="2025-12-11 13:20",
    body="""
    Bonjour,

    SVP désabonnez-moi de votre infolettre. Je la reçois en double en plus, sur deux adresses (celle-ci et scote@cgocable.ca). Retirez les deux de votre liste d'envoi.

    Merci!
    Sylvain
    """,
),

dict(
    key="fr-req-suisse-opposition-prospection",
    rights=["objection"], lang="fr", var="fr-CH",
    **{"from": "Claudine Rochat <claudine.rochat@gmx.ch>"},
    subject="Opposition",
    date="2026-01-22 09:00",
    body="""
    Madame,

    Je m'oppose à l'utilisation de mes données à des fins de prospection commerciale, quel que soit le canal (courriel, SMS, courrier). Je vous remercie d'en tenir compte pour vos prochains envois.

    Meilleures salutations,
    Claudine Rochat
    Vevey
    """,
),

dict(
    key="fr-req-opposition-courrier-pdf",
    rights=["objection"], lang="fr", var="fr-FR",
    **{"from": "Robert Carpentier <robert.carpentier@orange.fr>"},
    subject="Courrier recommandé – copie par mail",
    date="2026-02-05 14:48",
    body="""
    Madame,

    Vous trouverez ci-joint la copie du courrier que je vous adresse ce jour en recommandé avec accusé de réception.

    Salutations.
    R. Carpentier
    """,
    attach=[dict(name="Courrier_opposition_Carpentier.pdf", text="""
    Robert CARPENTIER
    9 rue Danton - 36100 Issoudun
    A l'attention de Mme Sandra Delomenie - Floraison de Soi
    Objet : opposition au traitement de mes donnees a des fins de prospection
    Madame,
    Je m'oppose, sur le fondement de l'article 21 du RGPD, a tout
    traitement de mes donnees personnelles a des fins de prospection
    commerciale (lettre d'information, offres, relances).
    Fait a Issoudun, le 5 fevrier 2026.  R. Carpentier
    """)],
),

dict(
    key="fr-req-imprimeur-newsletter",
    rights=["objection"], lang="fr", var="fr-FR",
    # NEAR-LINE: a supplier's sales rep unsubscribing from the newsletter:
    # still objection (unsubscribe rule), not business mail.
    **{"from": "Fabrice Riviere <f.riviere@imprimerie-riviere.fr>"},
    subject="Re: Devis flyers stage d'automne",
    date="2025-08-21 11:14",
    body="""
    Bonjour Sandra,

    Le BAT est parti ce matin, vous devriez l'avoir dans la boîte.

    Autre chose : depuis notre premier devis, je reçois aussi votre newsletter « bien-être ». Ce n'est pas vraiment pour moi ! Pouvez-vous me retirer de cette liste ? Gardez évidemment mon adresse pour nos échanges pro.

    Bonne journée,
    Fabrice Rivière
    Imprimerie Rivière – Issoudun
    """,
    history=[dict(style="gmail_fr", date="2025-08-19 16:02", text="""
    Bonjour Fabrice,
    Voici le fichier final des flyers (A5 recto-verso, 500 ex.). Merci pour le BAT !
    Sandra
    """)],
),

dict(
    key="fr-req-proprio-gite-newsletter",
    rights=["objection"], lang="fr", var="fr-FR",
    **{"from": "Bernard Chaumeau <gite.lesaulnaies@orange.fr>"},
    subject="Lettre d'info",
    date="2026-03-19 17:29",
    body="""
    Bonjour Madame Delomenie,

    Pour les réservations du gîte on continue par mail ou téléphone comme d'habitude. Par contre, je ne souhaite plus recevoir votre lettre d'information mensuelle ni les invitations aux ateliers, ma femme et moi on n'est pas trop dans le développement personnel.

    Merci et à bientôt,
    Bernard Chaumeau
    Gîte Les Saulnaies
    """,
),

# --------------------------------------------------------- WITHDRAW CONSENT
dict(
    key="fr-req-retrait-temoignage-site",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Céline Royer <celine.royer@gmail.com>"},
    subject="Mon témoignage sur votre site",
    date="2025-02-19 12:14",
    body="""
    Bonjour Sandra,

    Je vois que mon témoignage (« Grâce à Sandra j'ai enfin osé quitter mon poste… ») est toujours en page d'accueil de votre site, avec mon prénom, mon nom et ma ville. Je suis à nouveau salariée et je préfère que mon nouvel employeur ne tombe pas dessus.

    Je retire mon autorisation de publication. Merci de le retirer du site et de la page de vente Systeme.io.

    Bien à vous,
    Céline Royer
    """,
),

dict(
    key="fr-req-retrait-video-replay",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Isabelle Texier <isabelle.texier@laposte.net>"},
    subject="Replay de l'atelier du 8 avril",
    date="2025-04-11 18:52",
    history=[dict(style="gmail_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", date="2025-04-09 09:00", text="""
    Bonjour à toutes et à tous,

    Le replay de l'atelier « Oser dire » du 8 avril est disponible dans votre espace, rubrique « Replays ». Il sera accessible pendant 3 mois.

    Belle journée,
    Sandra
    """)],
    body="""
    Bonjour,

    J'ai accepté en début d'atelier que la session soit enregistrée. Or je me suis beaucoup livrée pendant le tour de parole et je ne suis pas à l'aise à l'idée que d'autres participantes ou de futurs clients puissent voir cette vidéo.

    Je retire mon consentement à l'enregistrement : pouvez-vous couper les passages où j'apparais et où l'on m'entend dans le replay, ou à défaut ne pas le diffuser ?

    Merci,
    Isabelle Texier
    """,
),

dict(
    key="fr-req-retrait-consentement-donnees-sante",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Sylvie Moulin <sylvie.moulin@free.fr>"},
    subject="Consentement données de santé",
    date="2025-07-22 10:36",
    body="""
    Bonjour Sandra,

    Lors de la signature du contrat, j'avais coché la case autorisant la collecte de mes données de santé dans le cadre de l'accompagnement. Après réflexion, je retire ce consentement : je préfère ne plus parler de mes problèmes de santé en séance et que vous n'en teniez pas compte dans le suivi.

    On continue l'accompagnement comme prévu, bien sûr.

    Sylvie
    """,
),

dict(
    key="fr-req-retrait-questionnaires-livre",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Dominique Hardy <dominique.hardy@orange.fr>"},
    subject="Votre projet de livre",
    date="2025-09-04 16:10",
    body="""
    Bonjour Madame Delomenie,

    Vous m'aviez demandé l'an dernier l'autorisation d'utiliser, de manière anonymisée, mes réponses aux questionnaires pour illustrer votre futur livre sur les transitions de vie. J'avais dit oui.

    En relisant les questionnaires, je me rends compte que même anonymisées certaines réponses permettraient de me reconnaître dans mon entourage. Je retire donc mon accord pour cette utilisation.

    Bien cordialement,
    Dominique Hardy
    """,
),

dict(
    key="fr-req-informal-enlevez-photo",
    rights=["withdraw_consent"], lang="fr", var="fr-informal",
    **{"from": "Mel <melanie.perrin86@gmail.com>"},
    subject="photo insta",
    date="2025-10-19 11:57",
    body="""
    hello

    je suis sur la photo de groupe de latelier du 11 que t as mis sur insta et facebook. finalement je prefere pas etre dessus, mon ex suit ta page. tu peux l enlever ou me flouter ?? jai dit oui sur le moment mais la je change d avis

    merci !!
    mel
    """,
),

dict(
    key="fr-req-belge-podcast-temoignage",
    rights=["withdraw_consent"], lang="fr", var="fr-BE",
    **{"from": "Nathalie Dupont <nathalie.dupont@proximus.be>"},
    subject="Épisode du podcast",
    date="2025-12-02 12:00",
    body="""
    Bonjour Sandra,

    J'avais accepté avec plaisir de témoigner dans l'épisode 14 de ton podcast « Floraison ». Entre-temps, ma situation professionnelle a évolué et je ne souhaite plus que cet enregistrement audio soit diffusé.

    Je retire mon accord : peux-tu dépublier l'épisode ou couper mon intervention ? Je comprends que ça demande du travail, désolée.

    Bien à toi,
    Nathalie
    Wavre
    """,
),

dict(
    key="fr-req-rh-temoignage-linkedin",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Laure Giraud <laure.giraud.rh@gmail.com>"},
    subject="Témoignage « client entreprise » avec ma photo",
    date="2026-01-12 09:20",
    body="""
    Bonjour Sandra,

    Lorsque j'étais responsable formation chez Transports Berry, j'avais accepté que tu publies mon témoignage avec ma photo et mon nom dans la rubrique « Ils m'ont fait confiance » et sur LinkedIn.

    J'ai quitté l'entreprise et je retire mon consentement à cette publication. Merci de retirer le texte et la photo du site et de ton post LinkedIn épinglé.

    Belle continuation,
    Laure Giraud
    """,
),

dict(
    key="fr-req-retrait-temoignage-et-newsletter",
    rights=["objection", "withdraw_consent"], lang="fr", var="fr-FR",
    **{"from": "Christelle Baudry <christelle.baudry@sfr.fr>"},
    subject="Plusieurs choses",
    date="2026-02-26 19:13",
    body="""
    Bonsoir,

    Je vous demande de bien vouloir retirer ma photo et mon témoignage de la page « Témoignages » (je retire mon autorisation), et de ne plus m'envoyer la newsletter.

    Merci d'avance,
    Christelle Baudry
    """,
),

dict(
    key="fr-req-parent-retrait-photo-ado",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    # NEAR-LINE: parent acting for a minor (photo consent given at registration).
    **{"from": "Stéphane Lefèvre <stephane.lefevre@orange.fr>"},
    subject="Photos du stage ados",
    date="2025-11-10 07:58",
    body="""
    Bonjour Madame,

    Lors de l'inscription de notre fille Clara (13 ans) au stage ados, nous avions signé l'autorisation de droit à l'image. Nous revenons sur cette autorisation : merci de ne plus utiliser les photos où Clara apparaît et de retirer celles déjà publiées sur Facebook et sur votre site.

    Cordialement,
    Stéphane Lefèvre
    """,
),

dict(
    key="fr-req-quebec-retrait-video",
    rights=["withdraw_consent"], lang="fr", var="fr-CA",
    tz="qc",
    **{"from": "Karine Pelletier <karine.pelletier@hotmail.ca>"},
    subject="Vidéo témoignage",
    date="2026-02-12 10:45",
    body="""
    Bonjour Sandra!

    Tu te souviens de la petite vidéo témoignage qu'on avait tournée sur Zoom à la fin du programme? Je t'avais donné mon accord pour la mettre sur ta page de vente. Finalement je préfère la retirer, je trouve que je parle trop de ma famille dedans. Je retire mon consentement pour cette vidéo, peux-tu l'enlever de tes pages?

    Merci beaucoup et au plaisir!
    Karine
    """,
),

dict(
    key="fr-req-partenaire-photo-page-partenaires",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    # NEAR-LINE: a partner sophrologist (not a client) withdraws consent for her
    # photo and bio on the partners page -> withdraw_consent.
    **{"from": "Élodie Sarrazin <elodie.sarrazin.sophro@gmail.com>"},
    subject="Page « Partenaires » de ton site",
    date="2026-03-23 14:02",
    body="""
    Coucou Sandra,

    Suite à notre échange de la semaine dernière, et comme je ne participe plus aux stages en binôme, je préfère que ma photo et ma petite bio n'apparaissent plus sur ta page « Partenaires » ni dans la plaquette PDF. Je retire l'accord que je t'avais donné à l'époque.

    Aucun souci entre nous, c'est juste pour que les gens ne me contactent plus pour tes stages.

    Belle journée,
    Élodie
    """,
),

dict(
    key="fr-req-retrait-consentement-cookies",
    rights=["withdraw_consent"], lang="fr", var="fr-FR",
    # NEAR-LINE: withdrawal of consent to audience-measurement trackers (a
    # consent-based processing in her policy) -> withdraw_consent.
    **{"from": "Arnaud Petitjean <arnaud.petitjean@gmail.com>"},
    subject="Traceurs sur votre site",
    date="2026-04-02 21:40",
    body="""
    Bonsoir,

    J'avais accepté les cookies Google Analytics sur floraisondesoi.fr, mais le bandeau n'apparaît plus et je ne trouve aucun moyen de changer mon choix. Je retire mon consentement au suivi d'audience : merci de ne plus me tracer et de faire en sorte que ce choix soit pris en compte.

    Arnaud Petitjean
    """,
),

# -------------------------------------------------------------- POST MORTEM
dict(
    key="fr-pm-fille-mere-certificat",
    rights=["post_mortem"], lang="fr", var="fr-FR",
    **{"from": "Catherine Blondel <catherine.blondel@orange.fr>"},
    subject="Décès de ma mère, Jeanine Blondel",
    date="2025-02-07 10:44",
    body="""
    Madame,

    J'ai la tristesse de vous informer du décès de ma mère, Jeanine Blondel, le 19 janvier dernier. Elle avait suivi plusieurs de vos ateliers et recevait votre lettre d'information.

    En tant que fille et héritière, je vous demande de supprimer ses données de vos fichiers et de clôturer son compte sur votre plateforme de formation. Vous trouverez ci-joint une copie de l'acte de décès.

    Merci pour tout ce que vous lui avez apporté ; elle parlait souvent de vos ateliers.

    Catherine Blondel
    """,
    attach=[dict(name="acte_deces_Blondel.pdf", text="""
    EXTRAIT D'ACTE DE DECES
    Le dix-neuf janvier deux mille vingt-cinq est decedee
    Jeanine Marie BLONDEL, nee le 2 avril 1944
    Mairie d'Issoudun (Indre)
    """)],
),

dict(
    key="fr-pm-notaire-succession",
    rights=["post_mortem"], lang="fr", var="fr-FR",
    **{"from": "Office notarial Maître Dufresne <office.dufresne@notaires.fr>"},
    subject="Succession de M. Raymond VIGNAUD – demande d'informations",
    date="2025-05-19 14:16",
    body="""
    Madame,

    Nous sommes chargés du règlement de la succession de Monsieur Raymond VIGNAUD, décédé le 2 avril 2025 à Châteauroux.

    Les héritiers nous indiquent que le défunt avait souscrit auprès de vous un abonnement mensuel à un programme de coaching en ligne. Nous vous remercions de bien vouloir nous communiquer les données relatives à ce contrat (date de souscription, paiements enregistrés, éventuelles sommes dues ou à rembourser) et de procéder à la clôture du compte.

    Vous trouverez ci-joint l'acte de notoriété.

    Nous vous prions d'agréer, Madame, nos salutations distinguées.

    Pour Maître Hélène Dufresne,
    Marie Caillaud, clerc de notaire
    Office notarial Dufresne – 2 place du 10 juin – 36100 Issoudun
    """,
    attach=[dict(name="Acte_notoriete_VIGNAUD.pdf", text="""
    ACTE DE NOTORIETE - Succession de M. Raymond VIGNAUD
    decede le 2 avril 2025
    Heritiers : Mme Colette VIGNAUD (epouse), M. Pierre VIGNAUD (fils)
    Maitre Helene DUFRESNE, notaire a Issoudun
    """)],
),

dict(
    key="fr-pm-directives-propres",
    rights=["post_mortem"], lang="fr", var="fr-FR",
    # NEAR-LINE: the client is alive and leaves instructions for her own data
    # after her death -> post_mortem (policy), not erasure.
    **{"from": "Brigitte Moreau <brigitte.moreau@laposte.net>"},
    subject="Mes souhaits pour plus tard",
    date="2025-06-26 17:48",
    body="""
    Chère Sandra,

    Vous savez que ma maladie évolue et que je prépare les choses. Je tenais à vous écrire pour que ce soit clair et écrit : le jour où je ne serai plus là, je souhaite que tout ce qui me concerne dans vos dossiers (nos séances, mes lettres, l'enregistrement de la méditation que nous avions fait ensemble) soit détruit, et que rien ne soit communiqué à mon frère, même s'il vous le demande. Seule ma fille Julie pourra récupérer les lettres si elle le souhaite.

    Merci pour ces mois d'accompagnement, ils m'ont fait tellement de bien.

    Brigitte
    """,
),

dict(
    key="fr-pm-veuve-newsletter",
    rights=["post_mortem"], lang="fr", var="fr-FR",
    # NEAR-LINE: a widow unsubscribing her late husband: post_mortem only,
    # even though the act is an unsubscription.
    **{"from": "Colette Vignaud <colette.vignaud@wanadoo.fr>"},
    subject="Raymond Vignaud",
    date="2025-04-30 09:30",
    history=[dict(style="outlook_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", to="raymond.vignaud@wanadoo.fr", date="2025-04-27 18:00",
                  subject="🌸 La lettre d'avril : ce qui refleurit", text="""
    Bonjour Raymond,

    Ce mois-ci, je vous propose de regarder ce qui refleurit en vous après l'hiver…

    📅 Cercle de printemps : samedi 17 mai.

    Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
    """)],
    body="""
    Bonjour,

    Mon mari Raymond est décédé au début du mois. Je continue de recevoir vos messages à son adresse, que je consulte encore pour les papiers. Pouvez-vous arrêter de lui envoyer votre lettre d'information ? Ça me fait de la peine à chaque fois.

    Colette Vignaud
    """,
),

dict(
    key="fr-pm-belge-frere",
    rights=["post_mortem"], lang="fr", var="fr-BE",
    **{"from": "Luc Hermans <luc.hermans@skynet.be>"},
    subject="Mon frère Didier Hermans",
    date="2025-08-04 15:22",
    body="""
    Madame,

    Je vous écris au nom de la famille de mon frère Didier Hermans, décédé le mois passé. Il avait suivi votre formation en ligne et son compte est toujours actif ; nous recevons ses courriels de rappel.

    Nous souhaitons que son compte soit fermé et ses données effacées. Je peux vous faire parvenir l'acte de décès si nécessaire.

    Avec mes remerciements,
    Luc Hermans
    Tournai
    """,
),

dict(
    key="fr-pm-mari-enregistrements",
    rights=["post_mortem"], lang="fr", var="fr-FR",
    # NEAR-LINE: a widower asking for a copy of his late wife's recordings is
    # post_mortem only, not access.
    **{"from": "Philippe Aubert <philippe.aubert@free.fr>"},
    subject="Les séances de ma femme",
    date="2025-10-24 20:56",
    body="""
    Bonsoir Madame Delomenie,

    Ma femme, Martine Aubert, nous a quittés le 30 septembre. Elle m'avait dit que vous aviez enregistré certaines de vos séances, notamment des relaxations guidées, avec sa voix.

    Serait-il possible d'en avoir une copie, ainsi que les textes qu'elle vous avait confiés ? Ce serait un souvenir précieux pour nos enfants et moi.

    Avec ma reconnaissance,
    Philippe Aubert
    """,
),

dict(
    key="fr-pm-soeur-temoignage",
    rights=["post_mortem"], lang="fr", var="fr-FR",
    **{"from": "Hélène Girard <helene.girard@hotmail.fr>"},
    subject="Témoignage de ma sœur",
    date="2026-01-08 11:40",
    body="""
    Bonjour Madame,

    Ma sœur, Anne Girard, est décédée en décembre. Son témoignage avec sa photo est toujours visible sur votre site, dans la page des stages. Toute la famille souhaite qu'il soit retiré, c'est trop difficile de tomber dessus.

    Merci de votre compréhension,
    Hélène Girard
    """,
),

dict(
    key="fr-pm-suisse-heritier",
    rights=["post_mortem"], lang="fr", var="fr-CH",
    **{"from": "Yves Pittet <yves.pittet@bluewin.ch>"},
    subject="Succession de feu Madame Rose Pittet",
    date="2026-02-18 16:33",
    body="""
    Madame,

    En ma qualité de fils et d'unique héritier de feu Madame Rose Pittet, décédée le 22 janvier 2026 à Genève, je vous prie de bien vouloir me communiquer les données personnelles la concernant que vous détenez, notamment les factures des séances de 2025, puis de les effacer de vos systèmes.

    Je tiens un certificat d'héritier à votre disposition.

    Veuillez recevoir, Madame, mes salutations distinguées.
    Yves Pittet
    """,
),

dict(
    key="fr-pm-informal-deces",
    rights=["post_mortem"], lang="fr", var="fr-informal",
    **{"from": "Kevin Roche <kev.roche@gmail.com>"},
    subject="pour mon pere",
    date="2026-03-28 12:25",
    body="""
    bonjour

    mon pere Alain Roche est decede il y a 3 semaines. il etait inscrit a vos trucs de meditation en ligne et il recoit encore des mails. on voudrait que tout soit supprimé svp, son compte et le reste. je peux envoyer le certificat si besoin

    merci
    kevin roche
    """,
),

dict(
    key="fr-pm-neveu-heritier-sans-objet-clair",
    rights=["post_mortem"], lang="fr", var="fr-FR",
    **{"from": "Olivier Marchal <o.marchal@orange.fr>"},
    subject="Ma tante, Mme Suzanne Marchal",
    date="2026-04-14 10:58",
    body="""
    Madame,

    Je suis le neveu et légataire universel de Mme Suzanne Marchal, décédée le 1er mars à Issoudun. En rangeant ses papiers j'ai trouvé un contrat d'accompagnement signé avec vous en 2024.

    Pouvez-vous me dire ce que vous détenez à son sujet et ce qu'il est prévu d'en faire ? Je souhaiterais qu'aucune donnée ne soit conservée au-delà de ce qui est obligatoire.

    Cordialement,
    Olivier Marchal
    """,
),

]
