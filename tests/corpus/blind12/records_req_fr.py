# -*- coding: utf-8 -*-
"""French messages that DO exercise a right (labels non-empty)."""

SP = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SO = "Sandra Delomenie <sandra.delomenie@orange.fr>"

NL_FR = """Bonjour,

Ce mois-ci je vous parle de l'automne comme saison du lâcher-prise : ce que l'on garde,
ce que l'on laisse tomber, et comment le faire sans se juger.

- Cercle de femmes "Racines" : jeudi 16 octobre, 19h, Issoudun (places limitées)
- Nouvelle session de la formation "Accompagner avec le coeur" en janvier
- Replay du webinaire "Sortir du mode survie" disponible dans votre espace

Prenez soin de vous,
Sandra - Floraison de Soi

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

RAPPEL_FR = """Bonjour,

Petit rappel : votre séance est prévue le mardi 4 mars à 14h00 au cabinet,
46 rue d'Estienne d'Orves à Issoudun. En cas d'empêchement, merci de me prévenir 48h à l'avance.

Belle journée,
Sandra"""

RECORDS = [
# ---------------------------------------------------------------- indirect wording
dict(key="fr_prefere_pas_notes", lang="fr", rights=["erasure"],
     frm="Camille Royer <camille.royer@gmail.com>",
     subj="Suite à notre dernier échange",
     body="""Bonjour Sandra,

J'ai bien réfléchi depuis notre dernière séance et je crois que j'ai fait le tour de ce que je pouvais faire pour l'instant. Merci pour tout, sincèrement.

Une chose me travaille quand même : j'aurais préféré que vous ne gardiez pas mes notes. Il y a dedans des choses que je n'ai jamais dites à personne et savoir qu'elles existent quelque part me met mal à l'aise. Est-ce que vous pourriez les détruire, ainsi que les fiches que j'ai remplies au début ?

Merci de votre compréhension,
Camille"""),

dict(key="fr_plus_figurer_nulle_part", lang="fr", rights=["erasure"],
     frm="Hélène Marchetti <h.marchetti@free.fr>",
     subj="Fin de l'accompagnement",
     body="""Bonsoir Madame Delomenie,

Comme je vous l'ai dit au téléphone, j'arrête l'accompagnement. Cela n'a rien à voir avec vous.

Je préfère ne plus figurer nulle part chez vous : ni dans vos fichiers, ni sur la plateforme, ni dans vos contacts. Je vous remercie de faire le nécessaire et de me le confirmer.

Hélène Marchetti"""),

# NEAR-LINE: question "d'où tenez-vous mon adresse" = asking the source of the data -> access.
dict(key="fr_ou_avez_vous_eu_adresse", lang="fr", rights=["access"],
     frm="Gérard Pion <gerard.pion@wanadoo.fr>",
     subj="Re: Le cercle de femmes Racines - jeudi 16 octobre",
     body="""Bonjour,

Je reçois votre lettre depuis deux mois. Je ne vous connais pas et je ne suis pas vraiment le public d'un cercle de femmes.

Où avez-vous eu mon adresse ?

G. Pion""",
     quote=dict(style="orange", who=SP, text=NL_FR)),

dict(key="fr_adresse_source_et_stop", lang="fr", rights=["access", "objection"],
     frm="Lucie Ferrand <lucieferrand@laposte.net>",
     subj="Qui vous a donné mes coordonnées ?",
     body="""Bonjour,

J'ai reçu hier un SMS de votre part pour un atelier "Sortir du mode survie". Je n'ai jamais été cliente chez vous et je n'ai rien signé.

J'aimerais savoir d'où vient mon numéro et ce que vous avez d'autre me concernant. Et je vous demande de ne plus me contacter, ni par SMS ni par mail.

Lucie Ferrand"""),

dict(key="fr_fichier_recuperer_affaires", lang="fr", rights=["portability"],
     frm="Amandine Colas <amandine.colas@outlook.fr>",
     subj="mes exercices de la formation",
     body="""Coucou Sandra,

Je termine la formation "Accompagner avec le coeur" et mon accès Systeme.io expire à la fin du mois. Est-ce que je pourrais récupérer tout ce que j'ai déposé et rempli sur la plateforme (journal de bord, réponses aux exercices, mes auto-évaluations) dans un fichier que je puisse réutiliser dans mon propre outil ? Un tableur ou un export quelconque me va très bien.

Merci d'avance !
Amandine"""),

# ---------------------------------------------------------------- subject only
dict(key="fr_sujet_seul_suppression", lang="fr", rights=["erasure"],
     frm="Nadine Bories <nadine.bories@sfr.fr>",
     subj="Suppression de toutes mes données personnelles svp",
     body="""Merci.

Nadine Bories
Envoyé de mon iPhone"""),

dict(key="fr_sujet_seul_copie_dossier", lang="fr", rights=["access"],
     frm="Yann Le Goff <yann.legoff29@gmail.com>",
     subj="Demande de copie de mon dossier client (art. 15 RGPD)",
     body="""--
Yann Le Goff
06 12 44 87 90""",
     att=["CNI_YannLeGoff.pdf"]),

dict(key="fr_sujet_seul_desinscription", lang="fr", rights=["objection"],
     frm="Martine Vidal <martine.vidal12@orange.fr>",
     subj="NE PLUS RECEVOIR VOS MAILS",
     body="""
Martine Vidal"""),

# ---------------------------------------------------------------- inside replies
dict(key="fr_reponse_newsletter_desinscrire", lang="fr", rights=["objection"],
     frm="Sophie Aubert <sophie.aubert@yahoo.fr>",
     subj="RE: Le cercle de femmes Racines - jeudi 16 octobre",
     body="""Bonjour Sandra, vos lettres sont très belles mais je n'ai plus le temps de les lire, vous pouvez m'enlever de la liste ? Le lien en bas ne marche pas chez moi.
Bonne continuation
Sophie""",
     quote=dict(style="outlook", who=SP, text=NL_FR), shape="alt"),

dict(key="fr_reponse_rappel_nom_mal_ecrit", lang="fr", rights=["rectification"],
     frm="Anne Lefebvre <anne.lefebvre@gmail.com>",
     subj="Re: Rappel de votre rendez-vous",
     body="""Parfait, je serai là.

Au passage, mon nom est écrit "Lefèvre" sur tous vos mails et sur la facture : c'est Lefebvre, avec un b. Vous pouvez corriger dans votre fichier ?

Anne""",
     quote=dict(style="gmail", who=SO, text=RAPPEL_FR)),

dict(key="fr_reponse_suivi_plus_questionnaires", lang="fr", rights=["erasure"],
     frm="Patricia Gomez <patricia.gomez@hotmail.fr>",
     subj="RE: Votre bilan de fin d'accompagnement",
     body="""Merci Sandra pour ce bilan, il me touche beaucoup.

Par contre je ne souhaite pas que vous conserviez les questionnaires que j'ai remplis en début de parcours (celui sur l'enfance notamment). Merci de les supprimer de votre côté, je garde ma copie.

Patricia""",
     quote=dict(style="outlook", who=SP,
                text="""Bonjour Patricia,

Vous trouverez ci-joint le bilan de nos six séances ainsi que quelques pistes pour la suite.
Ce fut un plaisir de vous accompagner.

Sandra""")),

# NEAR-LINE: new text only points at the quoted earlier request ("ma demande ci-dessous"); it is a renewed request for access.
dict(key="fr_relance_demande_acces", lang="fr", rights=["access"],
     frm="Thierry Rambaud <t.rambaud@rambaud-menuiserie.fr>",
     subj="TR: demande d'accès à mes données",
     body="""Madame,

Je me permets de vous relancer : ma demande ci-dessous date de plus de cinq semaines et je n'ai reçu aucune réponse. Je vous rappelle que le délai légal est d'un mois.

Cordialement,
Thierry Rambaud
Rambaud Menuiserie - 36100 Issoudun""",
     quote=dict(style="fwd_fr_outlook", who="Thierry Rambaud <t.rambaud@rambaud-menuiserie.fr>",
                to=SO, subj="demande d'accès à mes données",
                text="""Madame Delomenie,

J'ai suivi deux séances de coaching avec vous en 2023. Je souhaite obtenir une copie de l'ensemble des informations que vous détenez sur moi (fiches, notes, échanges) conformément au RGPD.

Cordialement,
Thierry Rambaud""")),

# ---------------------------------------------------------------- complaints / conditions
# NEAR-LINE: written as a complaint, no explicit verb; the only thing it can ask is to stop the mailings -> objection.
dict(key="fr_plainte_mails_penibles", lang="fr", rights=["objection"],
     frm="Jean-Marc Bouchet <jm.bouchet@free.fr>",
     subj="Ras le bol",
     body="""Troisième mail en une semaine pour vos ateliers. Je suis venu UNE fois à une conférence à la médiathèque en 2022 et depuis je suis arrosé. C'est pénible et ça donne une très mauvaise image de votre activité. J'espère ne plus rien recevoir.

J-M Bouchet"""),

# NEAR-LINE: conditional ("à condition que") but the deletion itself is clearly asked.
dict(key="fr_condition_renouvellement_notes", lang="fr", rights=["erasure"],
     frm="Valérie Tessier <valerie.tessier@gmail.com>",
     subj="Reprise des séances ?",
     body="""Bonjour Sandra,

J'aimerais bien reprendre quelques séances en janvier. Mais je voudrais repartir de zéro : je reviens à condition que tout ce qui a été noté l'an dernier soit détruit avant. C'était une période très sombre et je ne veux pas que ça reste dans un dossier.

Dites-moi si c'est possible et on cale une date.

Valérie"""),

dict(key="fr_condition_photo_site", lang="fr", rights=["withdraw_consent"],
     frm="Myriam Benali <myriam.benali@gmail.com>",
     subj="Photo de l'atelier de juin",
     body="""Bonjour,

Je me suis vue sur la page d'accueil de votre site, sur la photo de groupe de l'atelier "Racines". J'avais accepté à l'époque mais je ne suis plus d'accord, j'ai changé de travail et je ne veux pas que mes collègues tombent dessus.

Je veux bien revenir à vos ateliers, mais seulement si cette photo est retirée (ou si je suis floutée).

Myriam"""),

# NEAR-LINE: phrased as a reproach about being kept "en fiche", asks for removal -> erasure.
dict(key="fr_plainte_encore_fiche", lang="fr", rights=["erasure"],
     frm="Colette Marais <colette.marais@orange.fr>",
     subj="Je ne comprends pas",
     body="""Madame,

J'ai arrêté de venir il y a quatre ans. Je ne comprends pas pourquoi j'ai encore un compte sur votre plateforme avec mon nom, mon téléphone et mes anciennes réponses. Ce n'est pas normal de garder tout ça aussi longtemps. Faites le ménage s'il vous plaît, en commençant par moi.

Colette Marais"""),

# ---------------------------------------------------------------- erasure (plain)
dict(key="fr_erasure_formel_cni", lang="fr", rights=["erasure"],
     frm="Bernard Lacombe <bernard.lacombe@laposte.net>",
     subj="Demande d'effacement - article 17 RGPD",
     body="""Madame,

En application de l'article 17 du Règlement général sur la protection des données, je vous demande d'effacer l'ensemble des données personnelles me concernant dont vous disposez, dans tous vos outils (fichier clients, Systeme.io, Google Drive, messagerie), et de m'en confirmer l'exécution par écrit.

Vous trouverez ci-joint la copie de ma carte d'identité ainsi que ma demande signée.

Veuillez agréer, Madame, mes salutations distinguées.

Bernard Lacombe
12 allée des Tilleuls
36000 Châteauroux""",
     att=["demande_effacement_signee.pdf", "CNI_recto_verso.jpg"]),

dict(key="fr_erasure_compte_et_donnees", lang="fr", rights=["erasure"],
     frm="Océane Brunet <oceane.brunet@icloud.com>",
     subj="Compte Systeme.io",
     body="""Bonjour,

Pouvez-vous supprimer mon compte sur votre espace de formation ainsi que toutes les données qui y sont liées ? Je n'utilise plus le programme.

Merci,
Océane""", shape="qp"),

dict(key="fr_erasure_oubliez_moi", lang="fr", rights=["erasure"],
     frm="Karine <karine.d78@gmail.com>",
     subj="oubliez-moi",
     body="""bonjour
je voudrais que vous m'oubliiez complètement, effacez tout ce qui me concerne. pas besoin de me répondre longuement, juste un mot pour confirmer que c'est fait.
merci
karine dumas"""),

dict(key="fr_erasure_drive", lang="fr", rights=["erasure"],
     frm="Florence Tardieu <florence.tardieu@gmail.com>",
     subj="Documents partagés sur le Drive",
     body="""Bonjour Sandra,

Pendant l'accompagnement je vous avais partagé mon CV, mon arbre généalogique et le compte rendu de ma psychothérapie sur votre Google Drive. Maintenant que c'est fini, j'aimerais que vous supprimiez ces documents de votre côté, et aussi les copies que vous auriez pu télécharger.

Bien à vous,
Florence""", shape="alt"),

dict(key="fr_erasure_sante", lang="fr", rights=["erasure"],
     frm="Laurent Guerin <laurent.guerin@free.fr>",
     subj="Données de santé",
     body="""Bonjour,

Lors du premier rendez-vous j'avais rempli une fiche avec mes antécédents médicaux et mon traitement. Ce suivi est terminé depuis l'été. Je vous demande de supprimer cette fiche et toute mention de ma santé dans vos notes.

Merci de me confirmer la suppression.

Laurent Guérin"""),

# NEAR-LINE: "effacer de votre mémoire" informal, about all her data -> erasure.
dict(key="fr_erasure_familier", lang="fr", rights=["erasure"],
     frm="Jess <jessica.morin@hotmail.fr>",
     subj="petite demande",
     body="""Hello Sandra !

Je déménage à Montréal et je fais un grand ménage numérique. Tu peux m'effacer de tes fichiers stp (fiche, mail, tout) ? Rien de personnel hein, c'est juste que je ferme tout ce qui traîne.

Bises et merci pour tout ce que tu m'as apporté,
Jess"""),

# ---------------------------------------------------------------- access
dict(key="fr_access_quavez_vous", lang="fr", rights=["access"],
     frm="Didier Caron <didier.caron@orange.fr>",
     subj="Question",
     body="""Bonjour,

Qu'est-ce que vous avez exactement sur moi dans vos dossiers ? J'aimerais voir ce qui a été noté pendant mes séances de 2024, et savoir si d'autres personnes y ont eu accès.

Merci,
Didier Caron"""),

dict(key="fr_access_partage_pub", lang="fr", rights=["access"],
     frm="Christelle Moreau <christelle.moreau@yahoo.fr>",
     subj="Mes coordonnées transmises ?",
     body="""Bonjour Sandra,

Depuis que j'ai fait votre stage de printemps, je reçois des publicités d'une naturopathe et d'un organisme de formation que je ne connais pas. Je ne dis pas que ça vient de vous, mais j'aimerais savoir à qui vous avez transmis mes coordonnées, s'il vous plaît.

Christelle"""),

dict(key="fr_access_formel_lrar", lang="fr", rights=["access"],
     frm="Isabelle Fontaine <isabelle.fontaine@sfr.fr>",
     subj="Demande d'accès à mes données personnelles",
     body="""Madame Dumot-Deloménie,

Conformément à l'article 15 du RGPD, je vous prie de bien vouloir me communiquer :
- une copie de toutes les données personnelles me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires à qui elles ont été communiquées ;
- la durée de conservation prévue.

Je joins un justificatif d'identité. Une réponse par courriel me convient.

Isabelle Fontaine""",
     att=["Passeport_Fontaine.pdf"], shape="b64"),

dict(key="fr_access_notes_seances", lang="fr", rights=["access"],
     frm="Romain Petit <romain.petit.pro@gmail.com>",
     subj="Notes de séances",
     body="""Bonjour Sandra,

Est-ce que ce serait possible d'avoir une copie des notes que tu as prises pendant nos séances ? Je commence une thérapie et ça m'aiderait de relire ce qui est ressorti à l'époque.

Merci beaucoup,
Romain"""),

dict(key="fr_access_html_only", lang="fr", rights=["access"],
     frm="Béatrice Huet <beatrice.huet@wanadoo.fr>",
     subj="Mon dossier",
     body="""Bonjour Madame,

Je souhaiterais recevoir la copie complète de mon dossier : fiches de suivi, questionnaires, factures et tout ce qui me concerne.

Avec mes remerciements,
Béatrice Huet""", shape="html"),

# ---------------------------------------------------------------- rectification
dict(key="fr_rect_nom_mariage", lang="fr", rights=["rectification"],
     frm="Pauline Garnier <pauline.garnier@gmail.com>",
     subj="Changement de nom",
     body="""Bonjour Sandra,

Je me suis mariée cet été ! Pourriez-vous mettre à jour mon nom dans votre fichier et sur mon compte de formation ? Je m'appelle désormais Pauline Garnier (et non plus Pauline Sabatier). C'est important pour l'attestation de fin de formation.

Merci !
Pauline"""),

dict(key="fr_rect_telephone", lang="fr", rights=["rectification"],
     frm="Michel Aubry <michel.aubry36@orange.fr>",
     subj="nouveau numéro",
     body="""Bonjour,
J'ai changé de numéro de portable. L'ancien (06 22 41 09 87) n'est plus attribué. Le nouveau : 07 81 12 55 36. Merci de remplacer dans vos contacts.
Michel Aubry"""),

dict(key="fr_rect_email", lang="fr", rights=["rectification"],
     frm="Élodie Charpentier <elodie.charpentier@proton.me>",
     subj="Nouvelle adresse mail",
     body="""Bonjour,

Je quitte Gmail. Merci d'utiliser désormais cette adresse (elodie.charpentier@proton.me) et de supprimer l'ancienne elo.charpentier@gmail.com de votre liste et de la plateforme.

Élodie"""),

dict(key="fr_rect_note_fausse", lang="fr", rights=["rectification"],
     frm="Stéphanie Roux <stephanie.roux@gmail.com>",
     subj="Compte rendu de séance du 12/02",
     body="""Bonjour Sandra,

En relisant le compte rendu que vous m'avez envoyé, j'ai vu qu'il est écrit que j'ai fait un burn-out en 2021. Ce n'est pas le cas : j'ai été en arrêt pour une opération du genou. Je ne voudrais pas que cette erreur reste dans mon dossier, pouvez-vous corriger ?

Stéphanie"""),

dict(key="fr_rect_date_naissance", lang="fr", rights=["rectification"],
     frm="Gaëlle Perrin <gaelle.perrin@laposte.net>",
     subj="Erreur sur ma fiche",
     body="""Bonjour,

Sur ma fiche d'inscription à la formation, ma date de naissance est indiquée au 03/07/1985, c'est le 07/03/1985 (inversion jour/mois). Et mon adresse est maintenant 8 impasse des Vignes, 18100 Vierzon.

Merci de rectifier,
Gaëlle Perrin"""),

dict(key="fr_rect_completer_profession", lang="fr", rights=["rectification"],
     frm="Nathalie Besson <n.besson@cabinet-besson.fr>",
     subj="Mise à jour de mes informations",
     body="""Bonjour Sandra,

Mes informations dans votre fichier ne sont plus à jour : je ne suis plus infirmière à l'hôpital mais installée en libéral comme sophrologue. Pourriez-vous compléter et corriger ma fiche en conséquence ? C'est ce qui figure dans l'annuaire des anciens stagiaires.

Nathalie Besson""", shape="alt"),

# ---------------------------------------------------------------- restriction
dict(key="fr_restr_ne_pas_supprimer_litige", lang="fr", rights=["restriction"],
     frm="Agnès Delmas <agnes.delmas@gmail.com>",
     subj="Important - conservation de nos échanges",
     body="""Bonjour Sandra,

Je suis en conflit avec mon ancien employeur et mon avocate pourrait avoir besoin de nos échanges de l'époque (le bilan sur ma souffrance au travail). Surtout ne supprimez rien, même si le délai de conservation arrive à terme. En revanche je vous demande de ne plus vous en servir d'ici là, pas même de façon anonyme pour vos formations.

Merci de votre aide,
Agnès"""),

dict(key="fr_restr_conteste_pause", lang="fr", rights=["restriction"],
     frm="Pascal Renaud <pascal.renaud@free.fr>",
     subj="Contestation de la fiche de synthèse",
     body="""Madame,

Je conteste l'exactitude de la fiche de synthèse rédigée à l'issue du bilan (notamment le passage sur mes "difficultés relationnelles"). Le temps que nous en discutions, je vous demande de geler son utilisation : qu'elle ne soit ni transmise à mon employeur qui finance le bilan, ni utilisée.

Pascal Renaud"""),

dict(key="fr_restr_geler_compte", lang="fr", rights=["restriction"],
     frm="Lina Haddad <lina.haddad@outlook.fr>",
     subj="Mettre en pause",
     body="""Bonjour,

Je traverse une période compliquée et je ne sais pas encore si je vais continuer la formation ou tout arrêter. En attendant, pouvez-vous mettre mes données en pause ? Je ne veux pas qu'elles soient effacées, mais pas non plus utilisées (plus de relances, pas de suivi, pas d'envoi à la promo). Je reviendrai vers vous d'ici trois mois.

Lina"""),

dict(key="fr_restr_temoignage_pas_effacer", lang="fr", rights=["restriction"],
     frm="Corinne Lambert <corinne.lambert@gmail.com>",
     subj="Mon dossier d'accompagnement",
     body="""Bonjour Sandra,

Vous m'aviez dit que vous détruisez les dossiers deux ans après la fin. Je préférerais que le mien ne soit pas détruit tout de suite parce que j'en aurai peut-être besoin pour une démarche auprès de la MDPH. Mais gardez-le de côté sans l'utiliser.

Corinne"""),

# ---------------------------------------------------------------- portability
dict(key="fr_port_transfert_coach", lang="fr", rights=["portability"],
     frm="Émilie Navarro <emilie.navarro@gmail.com>",
     subj="Transmission de mon dossier",
     body="""Bonjour Sandra,

Je m'installe à Bordeaux et je vais continuer avec une coach là-bas, Mme Claire Vasseur (claire.vasseur@cv-coaching.fr). Pourriez-vous lui transmettre directement mes fiches et mes questionnaires, dans un format qu'elle puisse importer (PDF ou tableur) ?

Merci pour ces deux belles années,
Émilie"""),

dict(key="fr_port_export_csv", lang="fr", rights=["portability"],
     frm="Hugo Mercier <hugo.mercier@protonmail.com>",
     subj="Export de mes données au format CSV/JSON",
     body="""Bonjour,

Au titre du droit à la portabilité, je souhaite recevoir les données que j'ai fournies (profil, réponses aux questionnaires, historique de mes achats sur la plateforme) dans un format structuré et lisible par machine, CSV ou JSON.

Cordialement,
Hugo Mercier"""),

dict(key="fr_port_journal_reutilisable", lang="fr", rights=["portability"],
     frm="Aurélie Blanchard <aurelie.blanchard@gmail.com>",
     subj="Re: Fermeture de la plateforme de formation",
     body="""Bonjour Sandra,

Merci pour l'info. Avant la fermeture, est-ce que tu peux m'envoyer mes 40 entrées de journal de gratitude dans un format que je peux ouvrir et réimporter dans Notion ? Copier-coller une par une serait long !

Aurélie""",
     quote=dict(style="gmail", who=SP, text="""Bonjour à toutes et tous,

L'ancienne plateforme de la formation "Cultiver sa joie" fermera le 31 mars. Les contenus seront repris dans la nouvelle formule.

Sandra""")),

# ---------------------------------------------------------------- objection
dict(key="fr_obj_sms", lang="fr", rights=["objection"],
     frm="Robert Chauvin <robert.chauvin@orange.fr>",
     subj="SMS",
     body="""Bonjour, merci de ne plus m'envoyer de SMS promotionnels pour vos stages. Cordialement. R. Chauvin"""),

dict(key="fr_obj_appels", lang="fr", rights=["objection"],
     frm="Marie-Claude Girard <mc.girard@wanadoo.fr>",
     subj="Appels téléphoniques",
     body="""Madame,

Vous m'avez appelée deux fois ce mois-ci pour me proposer votre nouvelle formation. J'ai 74 ans, je ne suis plus en activité, et je ne souhaite plus être démarchée par téléphone. Je vous prie de noter mon opposition.

Marie-Claude Girard"""),

dict(key="fr_obj_stats", lang="fr", rights=["objection"],
     frm="Julien Marchand <julien.marchand@gmail.com>",
     subj="Utilisation de mes données pour vos statistiques",
     body="""Bonjour,

J'ai vu dans votre bilan annuel publié sur LinkedIn que vous utilisez les données de vos clients pour des statistiques ("62 % de mes clients sont des cadres en reconversion..."). Je suis dans une situation professionnelle délicate et dans une petite ville tout se sait : je m'oppose à ce que mes données soient utilisées pour ce type de statistiques.

Julien Marchand"""),

dict(key="fr_obj_pub_ciblee", lang="fr", rights=["objection"],
     frm="Sandrine Bailly <sandrine.bailly@yahoo.fr>",
     subj="Publicités Facebook",
     body="""Bonjour,

Depuis que je me suis inscrite à votre webinaire je vois vos publicités partout sur Facebook et Instagram. Je suppose que mon adresse a été importée dans une audience. Je ne veux pas servir à du ciblage publicitaire, merci de me retirer de ces audiences et de toute prospection.

Sandrine"""),

dict(key="fr_obj_stop_relances", lang="fr", rights=["objection"],
     frm="Olivier Dupré <olivier.dupre@gmail.com>",
     subj="Re: Il reste 2 places pour le stage d'été !",
     body="""Stop. Plus de relances commerciales svp.""",
     quote=dict(style="gmail", who=SP, text="""Bonjour Olivier,

Vous aviez manifesté de l'intérêt pour le stage "Se relier à soi" : il reste deux places pour la session du 14 au 17 juillet.
Je serais ravie de vous y accueillir.

Sandra""")),

# NEAR-LINE: leaving the WhatsApp group where her announcements are posted and not being re-added = stop being contacted -> objection (not erasure).
dict(key="fr_obj_whatsapp", lang="fr", rights=["objection"],
     frm="Aïcha Mansouri <aicha.mansouri@gmail.com>",
     subj="groupe whatsapp",
     body="""Bonjour Sandra,
Le stage est fini depuis longtemps mais je suis toujours dans le groupe WhatsApp où passent vos annonces. Je ne veux plus recevoir ces messages, merci de me sortir du groupe et de ne plus m'y ajouter.
Aïcha"""),

# ---------------------------------------------------------------- withdraw consent
dict(key="fr_wc_temoignage", lang="fr", rights=["withdraw_consent"],
     frm="Sylvie Renard <sylvie.renard@gmail.com>",
     subj="Mon témoignage",
     body="""Bonjour Sandra,

J'aimerais que mon témoignage n'apparaisse plus sur votre page "Ils m'ont fait confiance" ni sur Instagram. Je ne regrette pas ce que j'ai écrit, mais je ne souhaite plus qu'il soit public.

Merci,
Sylvie R."""),

dict(key="fr_wc_video_replay", lang="fr", rights=["withdraw_consent"],
     frm="Caroline Vincent <caroline.vincent@free.fr>",
     subj="Replay du webinaire du 3 avril",
     body="""Bonjour,

J'étais caméra allumée pendant le webinaire et on me voit pleurer pendant l'exercice de la lettre. J'avais dit oui à l'enregistrement mais je reviens sur mon accord : je ne veux pas que ce passage soit dans le replay diffusé aux inscrits. Pouvez-vous le couper ?

Caroline Vincent"""),

dict(key="fr_wc_sante", lang="fr", rights=["withdraw_consent"],
     frm="Marc Olivier <marc.olivier@laposte.net>",
     subj="Consentement données de santé",
     body="""Bonjour,

Je retire le consentement que j'avais donné au moment du contrat pour la collecte de mes données de santé. Pour la suite de l'accompagnement, je préfère qu'on n'aborde plus ce sujet et qu'il ne soit plus noté.

Marc Olivier"""),

dict(key="fr_wc_questionnaire_usage", lang="fr", rights=["withdraw_consent"],
     frm="Laetitia Faure <laetitia.faure@gmail.com>",
     subj="Questionnaire de satisfaction",
     body="""Bonjour,

J'avais coché la case autorisant l'utilisation de mes réponses au questionnaire de satisfaction dans vos supports de présentation. Finalement je retire cet accord, merci de ne pas les utiliser.

Laetitia Faure"""),

dict(key="fr_wc_cookies", lang="fr", rights=["withdraw_consent"],
     frm="Vincent Barbier <vincent.barbier@free.fr>",
     subj="Cookies du site",
     body="""Bonjour,

J'ai accepté les cookies sur votre site un peu vite. Je retire mon consentement au suivi Google Analytics me concernant. Je n'ai pas trouvé comment le faire depuis le bandeau, donc je vous l'écris.

Vincent Barbier"""),

dict(key="fr_wc_photo_stage", lang="fr", rights=["withdraw_consent"],
     frm="Delphine Picard <delphine.picard@gmail.com>",
     subj="Photos du stage en forêt",
     body="""Bonjour Sandra,

Je sais que j'avais signé l'autorisation de droit à l'image pour le stage en forêt. Est-ce que vous pourriez retirer les photos où j'apparais de votre site et de votre page Facebook ? Mon ex-mari me cherche et je préfère être discrète.

Merci de votre compréhension,
Delphine""", shape="qp"),

# ---------------------------------------------------------------- post mortem
dict(key="fr_pm_fille_mere", lang="fr", rights=["post_mortem"],
     frm="Caroline Fabre <caroline.fabre@gmail.com>",
     subj="Ma mère, Mme Jacqueline Fabre",
     body="""Madame,

J'ai la tristesse de vous informer du décès de ma mère, Jacqueline Fabre, le 2 février dernier. Elle suivait vos ateliers depuis plusieurs années et en parlait souvent.

En tant que fille et héritière, je souhaiterais que son compte et ses informations soient supprimés, et si possible récupérer les textes qu'elle avait écrits pendant les ateliers d'écriture.

Vous trouverez ci-joint l'acte de décès.

Caroline Fabre""",
     att=["acte_de_deces_J_Fabre.pdf"]),

# NEAR-LINE: a notary after a death asks about invoices/sums due; policy says heir/notary after a death = post_mortem whatever is asked.
dict(key="fr_pm_notaire_factures", lang="fr", rights=["post_mortem"],
     frm="Étude de Maître Chevalier <office.chevalier@notaires.fr>",
     subj="Succession de M. Henri Blondel - réf. 2025/0412",
     body="""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Henri BLONDEL, décédé le 18 août 2025 à Issoudun.

Nous vous remercions de bien vouloir nous indiquer si le défunt était titulaire d'un contrat ou d'un abonnement auprès de votre entreprise, et de nous communiquer les factures éventuellement restant dues ainsi que les informations que vous détenez le concernant.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Chevalier,
Sabine Roy, clerc de notaire
Office notarial Chevalier - 36100 Issoudun

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.""",
     att=["courrier_succession_Blondel.pdf"]),

dict(key="fr_pm_directives_soi", lang="fr", rights=["post_mortem"],
     frm="Françoise Lemoine <francoise.lemoine@orange.fr>",
     subj="Mes volontés",
     body="""Chère Sandra,

Je mets de l'ordre dans mes affaires avant mon opération du mois prochain. Si jamais je ne m'en sortais pas, je souhaite que tout ce que vous avez sur moi (notes, lettres, enregistrements des séances) soit détruit, et que rien ne soit remis à mes enfants. Je vous le mets par écrit pour que ce soit clair.

Je vous embrasse,
Françoise"""),

dict(key="fr_pm_veuf_photo", lang="fr", rights=["post_mortem"],
     frm="Alain Mallet <alain.mallet@wanadoo.fr>",
     subj="Photo de mon épouse sur votre site",
     body="""Madame,

Mon épouse Monique nous a quittés au printemps. J'ai vu que sa photo et son témoignage sont toujours sur votre site. C'est très dur pour moi de tomber dessus. Pourriez-vous les retirer ?

Alain Mallet"""),

dict(key="fr_pm_fils_newsletter", lang="fr", rights=["post_mortem"],
     frm="Sébastien Collin <seb.collin@gmail.com>",
     subj="Re: Le cercle de femmes Racines - jeudi 16 octobre",
     body="""Bonjour, ma mère est décédée en juillet, je gère sa boîte mail. Merci de la retirer de votre liste de diffusion.
Sébastien Collin, son fils""",
     quote=dict(style="gmail", who=SP, text=NL_FR)),

dict(key="fr_pm_soi_transmission", lang="fr", rights=["post_mortem"],
     frm="Geneviève Arnaud <genevieve.arnaud@sfr.fr>",
     subj="Directive pour après mon décès",
     body="""Bonjour Sandra,

Ma notaire m'a conseillé de laisser des directives pour mes données numériques. Après mon décès, je souhaite que ma fille, Claire Arnaud, puisse recevoir une copie des textes et du carnet de route que j'ai écrits pendant la formation. Tout le reste pourra être supprimé.

Merci de garder ce message dans mon dossier.

Geneviève Arnaud""", shape="alt"),

# NEAR-LINE: a brother after a death asks for access only; still post_mortem only.
dict(key="fr_pm_frere_acces", lang="fr", rights=["post_mortem"],
     frm="Patrick Noël <patrick.noel@free.fr>",
     subj="Mon frère Dominique Noël",
     body="""Bonjour,

Mon frère Dominique s'est donné la mort en novembre. Nous essayons de comprendre. Il vous avait consultée à plusieurs reprises l'an dernier. Serait-il possible, en tant que famille, d'avoir accès à ce qu'il vous avait confié ou à vos notes ?

Je comprendrai si vous ne le pouvez pas.

Patrick Noël""", shape="qp"),

# ---------------------------------------------------------------- parents / mandates
dict(key="fr_parent_mineure_photos", lang="fr", rights=["erasure", "withdraw_consent"],
     frm="Sabrina Lopes <sabrina.lopes@gmail.com>",
     subj="Ma fille Inès - atelier ados",
     body="""Bonjour,

Ma fille Inès (15 ans) a participé à votre atelier "Confiance en soi ados" en avril. Nous avions signé l'autorisation pour les photos mais nous la retirons : merci d'enlever les photos où elle apparaît de votre page Instagram.

Par ailleurs, comme elle ne continuera pas, je vous demande de supprimer toutes les informations la concernant (fiche d'inscription, questionnaire, coordonnées).

Sabrina Lopes, sa mère""",
     att=["livret_famille_page2.jpg"]),

dict(key="fr_avocat_mandat", lang="fr", rights=["access", "erasure"],
     frm="Maître Julie Perret <j.perret@perret-avocat.fr>",
     subj="Mme Aurore Lenoir - exercice des droits RGPD",
     body="""Madame,

J'interviens en qualité de conseil de Madame Aurore LENOIR, dont vous trouverez le mandat ci-joint.

Ma cliente souhaite, d'une part, obtenir la communication de l'ensemble des données la concernant que vous détenez (y compris les notes prises lors des séances et les échanges de messages), et d'autre part, une fois cette communication effectuée, l'effacement de ces données.

Je vous remercie de m'adresser votre réponse dans le délai prévu par l'article 12 du RGPD.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Julie Perret
Avocate au Barreau de Bourges""",
     att=["mandat_Lenoir_signe.pdf", "CNI_A_Lenoir.pdf"]),

# ---------------------------------------------------------------- multi-right
dict(key="fr_multi_suppr_et_plus_rien", lang="fr", rights=["erasure", "objection"],
     frm="Ludovic Masson <ludovic.masson@outlook.fr>",
     subj="Suppression + plus de mails",
     body="""Bonjour,

Supprimez mes coordonnées et mon compte, et surtout arrêtez de m'envoyer vos newsletters et vos invitations. Je ne veux plus rien recevoir de Floraison de Soi.

L. Masson"""),

dict(key="fr_multi_acces_rectif", lang="fr", rights=["access", "rectification"],
     frm="Josiane Poirier <josiane.poirier@orange.fr>",
     subj="Mes informations",
     body="""Bonjour Sandra,

Pourriez-vous m'envoyer ce que vous avez me concernant ? Je voudrais vérifier. Et déjà, l'adresse que vous avez est l'ancienne : j'habite maintenant 3 rue des Minimes, 36100 Issoudun. Merci de la corriger.

Josiane"""),

dict(key="fr_multi_acces_portabilite", lang="fr", rights=["access", "portability"],
     frm="Quentin Lebrun <quentin.lebrun@gmail.com>",
     subj="Demande RGPD",
     body="""Bonjour,

Je souhaite savoir quelles données vous conservez sur moi, et recevoir celles que je vous ai fournies (questionnaires, bilans, messages de la plateforme) dans un format exploitable (CSV, JSON ou équivalent) pour les transférer à mon nouveau coach.

Merci,
Quentin Lebrun"""),

dict(key="fr_multi_effacement_temoignage", lang="fr", rights=["erasure", "withdraw_consent"],
     frm="Noémie Dubois <noemie.dubois@gmail.com>",
     subj="Tout supprimer",
     body="""Bonjour Sandra,

Je retire mon accord pour l'utilisation de mon témoignage et de ma photo, et je vous demande plus largement d'effacer toutes mes données : fiche client, compte sur la plateforme, échanges. J'ai besoin de tourner la page.

Noémie"""),

dict(key="fr_multi_restr_acces", lang="fr", rights=["access", "restriction"],
     frm="Frédéric Hamon <frederic.hamon@gmail.com>",
     subj="Compte rendu transmis à mon employeur ?",
     body="""Madame,

Dans le cadre du bilan financé par mon entreprise, j'aimerais savoir exactement ce qui a été transmis à mon DRH et obtenir une copie de ce document. En attendant, je vous demande de suspendre toute nouvelle transmission ou utilisation de mes informations.

Frédéric Hamon"""),

dict(key="fr_multi_obj_wc", lang="fr", rights=["objection", "withdraw_consent"],
     frm="Estelle Roussel <estelle.roussel@free.fr>",
     subj="Newsletter et témoignage",
     body="""Bonjour,

Deux choses : je ne veux plus recevoir la newsletter ni les offres, et je retire l'autorisation de publier mon témoignage (celui de la formation 2023 sur votre page de vente).

Merci,
Estelle Roussel"""),

dict(key="fr_multi_rectif_obj", lang="fr", rights=["objection", "rectification"],
     frm="Marion Leclerc <marion.leclerc@gmail.com>",
     subj="Re: Votre facture - Formation Accompagner avec le coeur",
     body="""Bonjour,

Merci pour la facture. Mon nom est Leclerc et non Leclercq dans votre fichier, merci de corriger pour les prochaines fois. Et je ne souhaite pas recevoir vos communications commerciales, seulement les mails liés à la formation.

Marion""",
     quote=dict(style="gmail", who=SP, text="""Bonjour Marion,

Veuillez trouver ci-joint la facture n°2025-118 correspondant au solde de la formation.

Belle journée,
Sandra""")),

dict(key="fr_multi_acces_suppr_apres", lang="fr", rights=["access", "erasure"],
     frm="Véronique Benoit <veronique.benoit@laposte.net>",
     subj="Copie puis suppression",
     body="""Bonjour Madame Delomenie,

Avant de clôturer, je voudrais recevoir une copie de mon dossier complet. Une fois que je l'aurai reçue, merci de tout effacer de votre côté.

Véronique Benoit""", att=["piece_identite.jpg"]),

dict(key="fr_multi_port_erasure", lang="fr", rights=["erasure", "portability"],
     frm="Inès Carpentier <ines.carpentier@gmail.com>",
     subj="Export puis suppression de mon compte",
     body="""Bonjour,

Je quitte la plateforme. Pourriez-vous m'envoyer un export de mes données (mes réponses aux modules, mon journal) dans un format réutilisable, puis supprimer mon compte et mes données ?

Inès"""),

dict(key="fr_multi_restr_rect", lang="fr", rights=["rectification", "restriction"],
     frm="Gilles Morel <gilles.morel@orange.fr>",
     subj="Erreur dans l'attestation transmise à France Travail",
     body="""Bonjour,

L'attestation de suivi transmise à ma conseillère France Travail mentionne 4 séances alors que j'en ai suivi 6, et indique que j'ai abandonné, ce qui est faux. Merci de corriger mon dossier, et en attendant de ne plus rien transmettre me concernant tant que ce n'est pas réglé.

Gilles Morel"""),

dict(key="fr_multi_source_suppr", lang="fr", rights=["access", "erasure"],
     frm="Armelle Guillot <armelle.guillot@yahoo.fr>",
     subj="Inscription non sollicitée",
     body="""Bonjour,

Je me retrouve inscrite à votre programme "7 jours pour se retrouver" alors que je n'ai rien demandé. D'où vient mon inscription ? Qui vous a transmis mon adresse ? Ensuite, supprimez-moi de vos fichiers, merci.

A. Guillot"""),

dict(key="fr_multi_erasure_obj_html", lang="fr", rights=["erasure", "objection"],
     frm="Thomas Rey <thomas.rey@entreprise-rey.fr>",
     subj="RGPD - retrait de mes coordonnées",
     body="""Bonjour,

Je ne suis plus intéressé par vos formations. Merci de supprimer mes coordonnées de vos bases et de ne plus me solliciter.

Thomas Rey
Directeur - Entreprise Rey
Ce courriel et ses pièces jointes sont confidentiels. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur.""",
     shape="html"),

dict(key="fr_multi_pm_soi_acces", lang="fr", rights=["post_mortem"],
     frm="Raymonde Perrot <raymonde.perrot@wanadoo.fr>",
     subj="Pour plus tard",
     body="""Bonjour Sandra,

Je suis malade et je sais que le temps m'est compté. Quand je ne serai plus là, je voudrais que mon petit-fils Lucas puisse demander tout ce que j'ai écrit chez vous et que le reste soit effacé. Il vous écrira le moment venu.

Raymonde"""),

# more single-right French requests, varied shapes
dict(key="fr_erasure_apres_annulation", lang="fr", rights=["erasure"],
     frm="Mélanie Roche <melanie.roche@gmail.com>",
     subj="Annulation + mes données",
     body="""Bonjour,

J'annule ma participation au stage de juin (je sais que l'acompte n'est pas remboursable, pas de souci). En revanche je vous demande d'effacer le questionnaire préalable que j'ai rempli, il contient des éléments de santé que je ne souhaite pas laisser.

Mélanie Roche"""),

dict(key="fr_access_qui_a_vu", lang="fr", rights=["access"],
     frm="Cédric Lemaire <cedric.lemaire@gmail.com>",
     subj="Votre assistante",
     body="""Bonjour,

Vous m'avez dit que votre assistante gère vos mails et votre planning. A-t-elle eu accès à mon dossier et à mes notes de séance ? Plus généralement, j'aimerais connaître la liste des personnes et des prestataires qui ont eu accès à mes informations.

Cédric"""),

dict(key="fr_obj_sondage", lang="fr", rights=["objection"],
     frm="Brigitte Fournier <brigitte.fournier@orange.fr>",
     subj="Re: Votre avis compte ! Questionnaire 2025",
     body="""Bonjour, cela fait trois relances pour ce questionnaire. Je ne souhaite pas y répondre et je ne veux plus être sollicitée pour des enquêtes. Merci.
B. Fournier""",
     quote=dict(style="orange", who=SP, text="""Bonjour,

Vous avez participé à l'un de mes ateliers cette année. Pourriez-vous prendre 5 minutes pour répondre à mon questionnaire de satisfaction ?
https://floraisondesoi.systeme.io/questionnaire-2025

Merci infiniment,
Sandra""")),

dict(key="fr_rect_facture_nom", lang="fr", rights=["rectification"],
     frm="Adrien Joly <adrien.joly@gmail.com>",
     subj="Orthographe de mon prénom",
     body="""Bonjour,
Sur mon compte de formation et sur les mails, mon prénom apparaît "Adrian". C'est Adrien. Pouvez-vous corriger dans votre système pour que l'attestation soit juste ?
Merci
Adrien Joly"""),

# NEAR-LINE: "Je ne veux plus que vous ayez mes coordonnées bancaires" - erasure of bank details (RIB).
dict(key="fr_erasure_rib", lang="fr", rights=["erasure"],
     frm="Chantal Mathieu <chantal.mathieu@sfr.fr>",
     subj="Mon RIB",
     body="""Bonjour,

Le prélèvement mensuel est terminé depuis la fin du programme. Je ne veux plus que vous ayez mon RIB : merci de le supprimer de vos dossiers et de votre logiciel.

Chantal Mathieu"""),

dict(key="fr_wc_enregistrement_audio", lang="fr", rights=["withdraw_consent"],
     frm="Lydie Prévost <lydie.prevost@gmail.com>",
     subj="Enregistrement de la séance de sophro-coaching",
     body="""Bonjour Sandra,

Vous m'aviez demandé si vous pouviez utiliser l'enregistrement audio de notre séance pour la formation de vos stagiaires. J'avais dit oui mais après réflexion je préfère que non. Merci de ne pas l'utiliser.

Lydie"""),

dict(key="fr_port_vers_systeme_autre", lang="fr", rights=["portability"],
     frm="Cindy Maillard <cindy.maillard@outlook.fr>",
     subj="Récupérer mes données de formation",
     body="""Bonjour,

Mon organisme de formation actuel me demande de justifier les heures et les modules suivis chez vous. Est-ce que vous pourriez exporter mes données de progression (modules, dates, résultats aux quiz) dans un fichier Excel ou CSV que je puisse leur transmettre tel quel ?

Merci,
Cindy Maillard"""),

dict(key="fr_restr_pas_envoyer_financeur", lang="fr", rights=["restriction"],
     frm="Samuel Denis <samuel.denis@free.fr>",
     subj="Bilan de compétences - pause",
     body="""Madame,

Je conteste plusieurs éléments du document de synthèse (mon parcours y est mal retranscrit). Tant que nous ne l'avons pas revu ensemble, je vous demande de ne pas l'utiliser ni le transmettre à l'OPCO, sans pour autant le détruire.

Samuel Denis"""),

# NEAR-LINE: stop naming/tagging him in her publications on grounds of his situation -> objection.
dict(key="fr_obj_linkedin_mention", lang="fr", rights=["objection"],
     frm="Karim Benyahia <karim.benyahia@gmail.com>",
     subj="Mention sur LinkedIn",
     body="""Bonjour Sandra,

Vous m'avez tagué dans un post LinkedIn sur votre atelier de management bienveillant. Je comprends l'intention mais vu ma position dans mon entreprise (restructuration en cours), je ne veux pas que mon nom soit associé à vos communications. Merci de ne plus me mentionner ni m'identifier dans vos publications.

Karim"""),

# NEAR-LINE: the deletion request is only in the subject line of a reply; the body only cancels -> erasure.
dict(key="fr_erasure_sujet_et_reponse_rappel", lang="fr", rights=["erasure"],
     frm="Ophélie Guyot <ophelie.guyot@gmail.com>",
     subj="Re: Rappel de votre rendez-vous - et suppression de mon dossier",
     body="""Bonjour,
Je ne viendrai pas, j'ai trouvé un accompagnement plus près de chez moi.
Ophélie""",
     quote=dict(style="apple", who=SO, text=RAPPEL_FR)),

dict(key="fr_access_enregistrements", lang="fr", rights=["access"],
     frm="Loïc Hervé <loic.herve@orange.fr>",
     subj="Enregistrements",
     body="""Bonjour,

Est-ce que nos séances en visio ont été enregistrées ? Si oui je voudrais en avoir une copie, ainsi que de tout ce qui a été conservé à mon sujet (messages du chat compris).

Loïc Hervé"""),

# NEAR-LINE: unsubscribing after an ebook download (prospect consent) is still 'unsubscribe from the newsletter' -> objection only.
dict(key="fr_obj_ebook_inscription", lang="fr", rights=["objection"],
     frm="Danielle Robin <danielle.robin@laposte.net>",
     subj="Ebook gratuit",
     body="""Bonjour,

J'ai téléchargé votre ebook "10 rituels du matin" et depuis je reçois vos mails. Je ne savais pas que ça m'inscrivait. Je ne veux plus de ces mails, merci.

Danielle Robin"""),

dict(key="fr_multi_erasure_wc_groupe", lang="fr", rights=["erasure", "withdraw_consent"],
     frm="Audrey Leroux <audrey.leroux@gmail.com>",
     subj="Retrait",
     body="""Sandra,

Suite à ce qui s'est passé au dernier cercle, je ne reviendrai pas. Je retire mon accord pour la vidéo de présentation où j'apparais et je veux que vous supprimiez mon dossier, mes coordonnées et mes messages. Ne le prenez pas mal.

Audrey"""),

dict(key="fr_multi_access_obj_tel", lang="fr", rights=["access", "objection"],
     frm="Henri Barre <henri.barre@wanadoo.fr>",
     subj="Démarchage",
     body="""Madame,

Une personne se présentant de votre part m'a appelé pour un "bilan offert". Je souhaiterais savoir quelles informations vous avez sur moi et comment vous les avez obtenues. Je m'oppose par ailleurs à tout démarchage.

Henri Barre"""),

dict(key="fr_pm_epouse_compte", lang="fr", rights=["post_mortem"],
     frm="Danièle Vasseur <daniele.vasseur@orange.fr>",
     subj="Compte de mon mari",
     body="""Bonjour Madame,

Mon mari Jean-Pierre Vasseur est décédé le mois dernier. Il était inscrit à votre formation en ligne et je continue à recevoir des mails à son nom ainsi que des prélèvements. Je vous remercie de clôturer son compte et de supprimer ses informations.

Danièle Vasseur""", att=["certificat_deces_JP_Vasseur.pdf"]),

dict(key="fr_pm_soi_pas_famille", lang="fr", rights=["post_mortem"],
     frm="Mireille Roger <mireille.roger@gmail.com>",
     subj="Confidentialité après ma mort",
     body="""Bonjour Sandra,

Une demande un peu particulière : je ne veux pas qu'après ma mort mes enfants puissent avoir accès à ce que je vous ai raconté. Je vous demande de détruire mon dossier à ce moment-là sans le communiquer à personne.

Merci de votre discrétion,
Mireille"""),

dict(key="fr_rect_adresse_facture_postale", lang="fr", rights=["rectification"],
     frm="Arnaud Lucas <arnaud.lucas@gmail.com>",
     subj="Changement d'adresse",
     body="""Bonjour Sandra, petit message pour vous signaler que j'ai déménagé. Ma nouvelle adresse : 21 avenue de la Gare, 36000 Châteauroux. Merci de la mettre à jour dans votre fichier (j'ai vu que le dernier courrier est parti à l'ancienne).
Arnaud"""),

dict(key="fr_erasure_webinaire_chat", lang="fr", rights=["erasure"],
     frm="Tiphaine Morvan <tiphaine.morvan@gmail.com>",
     subj="Message dans le chat du webinaire",
     body="""Bonjour,

Pendant le webinaire de mardi j'ai écrit dans le chat un message très personnel sur ma fausse couche, avec mon nom complet visible. Pourriez-vous supprimer ce message du replay et de l'export du chat que vous conservez ?

Tiphaine"""),

dict(key="fr_multi_acces_rect_b64", lang="fr", rights=["access", "rectification"],
     frm="Denis Fleury <denis.fleury@free.fr>",
     subj="Vérification de ma fiche",
     body="""Bonjour,

Je voudrais une copie de ma fiche client telle qu'elle est enregistrée chez vous. Je crois que ma profession est restée "comptable" alors que je suis maintenant formateur indépendant : merci de corriger.

Denis Fleury""", shape="b64"),

dict(key="fr_obj_prospection_ancien_client", lang="fr", rights=["objection"],
     frm="Yvette Marchal <yvette.marchal@orange.fr>",
     subj="Re: Offre spéciale anniversaire - 20 % sur tous les ateliers",
     body="""Merci mais je ne veux plus recevoir ce type de message. Je suis désormais suivie ailleurs.

Yvette Marchal""",
     quote=dict(style="orange", who=SP, text="""Bonjour,

Floraison de Soi fête ses 5 ans ! Pour l'occasion, profitez de 20 % sur tous les ateliers jusqu'au 30 septembre avec le code FLORAISON5.

Sandra

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""")),

dict(key="fr_access_donnees_stripe", lang="fr", rights=["access"],
     frm="Claire Dufour <claire.dufour@gmail.com>",
     subj="Paiements et données bancaires",
     body="""Bonjour,

Quelles sont les informations me concernant que vous avez transmises à Stripe et PayPal, et que conservez-vous de votre côté (numéro de carte, IBAN) ? J'aimerais en avoir le détail.

Claire Dufour"""),
]
