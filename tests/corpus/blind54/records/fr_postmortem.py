"""French post-mortem requests: heirs, widows, children, notaries, own directives."""
from ._base import R

RECORDS = [

R("fr-pm-veuve-gerard-longue-lettre", ["post_mortem"],
  ("Marie-Thérèse Bonnin", "mt.bonnin36@laposte.net"),
  "Monsieur Gérard Bonnin",
  """Madame,

Vous ne me connaissez pas, ou peut-être un peu, car j'accompagnais mon mari le jeudi après-midi jusqu'à votre cabinet de la rue d'Estienne d'Orves et je l'attendais dans la voiture en faisant mes mots fléchés. Gérard est parti le 14 février, à l'hôpital de Châteauroux, après une longue maladie qu'il a supportée avec beaucoup de courage. Il avait 79 ans.

Je tenais à vous dire que vos séances de relaxation lui ont fait un bien fou pendant ces derniers mois. Lui qui n'avait jamais parlé de ses émotions de toute sa vie d'agriculteur revenait de chez vous plus calme, et il me racontait même un peu. Nos enfants l'ont remarqué aussi. Notre fils Thierry, qui habite à Vierzon, disait que son père avait changé.

Depuis l'enterrement je range ses affaires, ses papiers, la caisse, la mutuelle, tout ce que l'on doit faire dans ces moments-là et dont personne ne vous parle avant. C'est ainsi que j'ai vu que sa boîte aux lettres électronique, que notre petite-fille lui avait installée, reçoit toujours vos messages avec les dates des ateliers.

Je vous serais reconnaissante de bien vouloir effacer tout ce qui concerne Gérard dans vos fichiers et de ne plus lui adresser ces lettres.

Je vous remercie encore pour la gentillesse que vous avez eue avec lui. Il parlait de vous comme de « la petite dame qui fait respirer ».

Veuillez agréer, Madame, l'expression de mes sentiments les meilleurs.

Marie-Thérèse Bonnin
Lieu-dit Les Varennes
36100 Saint-Aubin
""", date="2025-03-19 15:12", to="o", cte="8bit"),

R("fr-pm-notaire-succession-chateauroux", ["post_mortem"],
  ("Office notarial Vasseur-Biard", "h.vasseur-biard@notaires.fr"),
  "Succession Mme ROUX née CHARPENTIER Odile - Réf. 2025/0417/HVB",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Odile CHARPENTIER veuve ROUX, née le 2 juin 1941 à Issoudun, demeurant de son vivant 12 avenue Jean Jaurès à Issoudun, décédée le 9 avril dernier.

Nos recherches dans ses papiers font apparaître qu'elle a suivi auprès de vous un accompagnement individuel réglé par prélèvement. Afin de nous permettre d'établir l'actif et le passif successoraux, nous vous remercions de bien vouloir :

- nous indiquer si la défunte était titulaire d'un compte client ou d'un forfait prépayé non consommé, et le cas échéant nous transmettre le relevé correspondant ainsi que les dernières factures ;
- nous préciser les données la concernant que vous détenez encore ;
- procéder ensuite à la clôture de son dossier et à la suppression des données qui ne seraient plus nécessaires au regard de vos obligations comptables.

Vous trouverez ci-joint une copie de l'acte de décès ainsi que l'attestation de notre mandat délivrée par les héritiers.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Hélène VASSEUR-BIARD,
Laurence Petitjean, clerc
Office notarial Vasseur-Biard
4 place Gambetta - 36000 Châteauroux
Tél. 02 54 22 61 90

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leur destinataire. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
""", date="2025-06-12 10:41", to="c", html="alt", cte="quoted-printable",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  attach=[("pdf", "Acte_deces_ROUX_Odile.pdf",
           ["EXTRAIT D'ACTE DE DECES", "Mairie de Chateauroux - annee 2025",
            "ROUX nee CHARPENTIER Odile Marcelle, decedee le 9 avril"]),
          ("pdf", "Attestation_mandat_heritiers.pdf",
           ["Les soussignes, heritiers de Mme Odile ROUX, donnent mandat a",
            "Maitre Helene VASSEUR-BIARD, notaire, pour le reglement de la succession."])]),

# NEAR-LINE: an unsubscribe would be objection, but a son writing after his mother's death is post_mortem only.
R("fr-pm-fils-newsletter-maman", ["post_mortem"],
  ("Stéphane Perrot", "stephane.perrot71@gmail.com"),
  "Tr: Les ateliers de l'automne à Issoudun 🍂",
  """Bonjour,

Ma mère, Jacqueline Perrot, nous a quittés le mois dernier. C'est moi qui relève sa boîte mail maintenant et je vois qu'elle reçoit toujours votre lettre (ci-dessous). Vous pouvez l'enlever de votre liste, merci.

Stéphane Perrot
""", date="2025-10-06 19:31", to="c", html="alt",
  quote=dict(style="fwd_fr", who="Floraison de Soi <contact@floraisondesoi.fr>",
             to="jacqueline.perrot36@orange.fr", days=4,
             text="""Bonjour Jacqueline,

L'automne s'installe et avec lui le retour des ateliers du mardi soir !
Au programme : respiration consciente, cohérence cardiaque et un cercle de parole le 18.

Réservez votre place en répondant simplement à ce message.

Belle semaine,
Sandra
Floraison de Soi - 46 rue d'Estienne d'Orves, Issoudun
Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire""")),

R("fr-pm-fille-notes-seances", ["post_mortem"],
  ("Aurélie Manceau", "aurelie.manceau@gmail.com"),
  "Ma maman, Françoise Manceau",
  """Bonjour Sandra,

Je ne sais pas trop comment commencer ce message. Maman (Françoise Manceau) vous voyait depuis l'an dernier, tous les quinze jours je crois. Elle est décédée brutalement il y a trois semaines, un AVC, alors que rien ne le laissait prévoir.

Avec mon frère on essaie de comprendre dans quel état d'esprit elle était ces derniers temps. Elle nous disait que vos rendez-vous l'aidaient à « faire le tri ». Est-ce qu'il serait possible d'avoir une copie des notes que vous avez prises pendant ses séances ? Je comprendrais que ce ne soit pas simple, je peux vous envoyer le certificat de décès et le livret de famille si besoin.

Merci d'avance, et merci de l'avoir accompagnée.

Aurélie
06 12 48 90 33
""", to="o", html="alt"),

R("fr-pm-directives-propres-ecriture", ["post_mortem"],
  ("Jeanne Dufour-Raimbault", "jeanne.raimbault@wanadoo.fr"),
  "Mes volontés",
  """Chère Sandra,

J'ai fêté mes 81 ans le mois dernier et mon notaire m'a conseillé de mettre mes affaires en ordre, ce que je fais petit à petit, y compris pour ce qui est « sur les ordinateurs » comme dit ma petite-fille.

Je vous joins donc mes volontés concernant ce que vous gardez à mon nom depuis l'atelier d'écriture. Pour résumer : le jour où je partirai, je veux que tout soit effacé chez vous, sauf mes textes de l'atelier, que vous remettrez à ma fille Claire Raimbault (claire.raimbault@free.fr) si elle vous les demande.

Je vous embrasse,
Jeanne
""", to="o", cte="8bit",
  attach=[("docx", "Volontes_Jeanne_Raimbault.docx",
           ["Directives pour après mon décès - Jeanne Dufour-Raimbault",
            "1. Effacer l'ensemble de mes données détenues par Floraison de Soi.",
            "2. Exception : remettre mes textes de l'atelier d'écriture à ma fille Claire Raimbault.",
            "Fait à Issoudun, signé Jeanne Dufour-Raimbault"])]),

# NEAR-LINE: removing her own testimonial would be withdraw_consent, but it is an instruction for after her death.
R("fr-pm-directive-temoignage-neveu", ["post_mortem"],
  ("Colette Lemaire", "colette.lemaire@sfr.fr"),
  "pour plus tard",
  """Bonjour Sandra,

Une chose me tracasse depuis mon opération et je préfère l'écrire tant que j'ai la tête claire : si je venais à disparaître, je ne veux pas que ma vidéo de témoignage reste sur votre site. De mon vivant elle peut y rester, cela ne me dérange pas.

Mon neveu Antoine Lemaire (06 71 20 44 58) est au courant et vous préviendra le moment venu.

Merci de noter cela quelque part dans mon dossier.

Colette
""", to="c", cte="quoted-printable"),

R("fr-pm-veuf-illettrisme-compte", ["post_mortem"],
  ("roger baudin", "baudin.roger@wanadoo.fr"),
  "compte de ma femme",
  """bonjour madame

ma femme monique baudin est decede le 3 janvier elle avait un compte sur vote site pour les cours de relaxation sur internet c est ma fille qui lui avait fait je sais pas comment on l enleve et il y a toujours des mail qui arrive pour elle pouvez vous le faire vous meme et tout enlever merci

roger baudin
""", attach=[("png", "IMG_20260126_200947.png", "acte-deces-monique-baudin")], date="2026-01-26 20:13", to="o", cte="7bit", headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev62"}),

# NEAR-LINE: removing a photo would be withdraw_consent for a living person; a son-in-law writing after the death makes it post_mortem.
R("fr-pm-heritier-photo-facebook", ["post_mortem"],
  ("Nicolas Ferrand", "nferrand@outlook.fr"),
  "Photo de M. Pierre Aubineau sur votre page",
  """Bonjour Madame,

Je suis le gendre de Pierre Aubineau, qui a participé à votre stage « Vivre ses transitions » il y a deux ans. Pierre est décédé cet été.

Ma belle-mère est tombée par hasard sur la photo de groupe du stage, toujours visible sur votre page Facebook et sur la page témoignages de votre site, avec son prénom en légende. Cela l'a beaucoup remuée. Au nom de la famille, pourriez-vous retirer cette photo, ou au moins le flouter, ainsi que sa phrase de témoignage ?

Je vous remercie de votre compréhension.

Nicolas Ferrand
""", date="2025-09-23 13:20", to="c", html="alt", cte="quoted-printable"),

R("fr-pm-dictee-petit-fils", ["post_mortem"],
  ("Lucas Giraudon", "lucas.giraudon.pro@gmail.com"),
  "Pour Mme Denise Giraudon",
  """Bonjour,

Je suis Lucas, le petit-fils de Denise Giraudon. Ma grand-mère n'a pas d'ordinateur alors elle m'a demandé d'écrire pour elle, je recopie ce qu'elle me dit :

« Madame, mon mari Raymond Giraudon est mort au mois de mai. Vous continuez à lui écrire à la maison pour les réunions de votre cercle, et chaque lettre me fait de la peine. Je vous demande de ne plus rien envoyer à son nom et de jeter sa fiche. Je vous remercie. Denise Giraudon »

Voilà. Si vous avez besoin de quelque chose vous pouvez me répondre à cette adresse, je transmettrai.

Lucas
""", headers={"Reply-To": "Lucas Giraudon <lucas.giraudon.pro@gmail.com>"}, date="2025-07-08 17:50", to="c"),

# NEAR-LINE: reads like a rectification of an address, but it is a relative writing about a deceased person's data.
R("fr-pm-frere-adresse-notaire", ["post_mortem"],
  ("Michel Chevrier", "m.chevrier@free.fr"),
  "Alain CHEVRIER - changement d'adresse",
  """Madame,

Mon frère Alain Chevrier, qui avait suivi votre formation « Prendre la parole en public » en 2024, est décédé le 21 août.

Je vous prie de bien vouloir modifier l'adresse de correspondance qui figure dans son dossier : tout courrier ou document le concernant doit désormais être adressé à l'étude de Maître Rousseau, notaire, 9 boulevard de la Liberté, 18100 Vierzon, qui règle sa succession. Son ancienne adresse, rue des Minimes, ne doit plus être utilisée, la maison étant vide.

Je reste à votre disposition.

Michel Chevrier
""", attach=[("pdf", "acte_deces_Alain_Chevrier.pdf", ["EXTRAIT D'ACTE DE DECES", "CHEVRIER Alain Jean, decede le 21 aout 2025 a Vierzon (Cher)"])], date="2025-10-02 18:44", to="o", mid="free", headers={"X-Mailer": "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)"}),

R("fr-pm-clerc-notaire-prestations", ["post_mortem"],
  ("Service successions - SCP Delaunay & Morin", "successions.delaunay-morin@notaires.fr"),
  "N/Réf : SUCC 25-1187 - Feu M. Jean-Claude MOREAU",
  """Madame,

Dans le cadre du règlement de la succession de Monsieur Jean-Claude MOREAU, décédé à Bourges le 30 septembre, nous avons retrouvé un contrat d'accompagnement « 10 séances » souscrit auprès de votre entreprise.

Nous vous remercions de nous faire savoir :
1) combien de séances restaient à effectuer au jour du décès et si un remboursement au profit de la succession est envisageable ;
2) quelles informations personnelles relatives au défunt sont encore conservées par vos soins.

Une attestation dévolutive est jointe au présent courriel.

Avec nos remerciements,

Sophie Garnier
Clerc de notaire - Service successions
SCP Delaunay & Morin, notaires associés
18000 Bourges
""", date="2025-11-04 11:27", to="c", html="alt", cte="base64",
  attach=[("pdf", "Attestation_devolutive_MOREAU.pdf",
           ["ATTESTATION DEVOLUTIVE", "Succession de M. Jean-Claude MOREAU",
            "Heritiers : Mme Nadine MOREAU (conjointe), M. Julien MOREAU (fils)"])]),

R("fr-pm-executeur-carnets", ["post_mortem"],
  ("Bernard Lecomte", "bernard.lecomte@orange.fr"),
  "Dernières volontés de Mme Yvette Marchais",
  """Madame Dumot-Deloménie,

Je m'adresse à vous en qualité d'exécuteur testamentaire de Madame Yvette Marchais, décédée le 2 mars à la résidence Les Tilleuls d'Issoudun.

Son testament olographe, déposé chez Maître Gaudin, contient un paragraphe qui vous concerne directement et que je recopie fidèlement :

« Je demande que les carnets, enregistrements et notes de mes séances avec Madame Sandra Deloménie soient détruits sans avoir été lus par quiconque, y compris par mes enfants. »

Je vous saurais gré de bien vouloir exécuter cette volonté et de me confirmer par écrit qu'elle a été respectée, afin que je puisse en rendre compte au notaire.

Avec mes remerciements,

Bernard Lecomte
ancien instituteur, ami de la défunte
""", date="2026-04-07 09:05", to="o", html="alt", cte="quoted-printable",
  headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev59"}),

R("fr-pm-belge-papa-enregistrements", ["post_mortem"],
  ("Sophie Dewandre", "sophie.dewandre@skynet.be"),
  "Enregistrements de mon papa, José Dewandre",
  """Bonjour Madame,

Je me permets de vous contacter depuis Liège. Mon papa, José Dewandre, avait suivi en ligne votre programme de méditation guidée l'hiver passé, il en parlait à tout le monde, même au boulanger. Il est décédé il y a quinze jours, à septante-six ans.

Nous avons découvert qu'il avait enregistré avec vous des séances où on entend sa voix. Pour nous, ses enfants, ce serait un trésor. Est-ce que vous pourriez nous transmettre ces enregistrements et ce que vous avez encore de lui ? Nous pouvons vous fournir l'acte de décès, dites-moi ce qu'il vous faut.

Je vous remercie déjà,
Sophie Dewandre
GSM +32 478 21 09 66
""", to="c", html="alt"),

R("fr-pm-quebec-neveu-compte", ["post_mortem"],
  ("Étienne Gagnon", "etienne.gagnon@videotron.ca"),
  "Décès de ma tante Gisèle Tardif",
  """Bonjour Madame,

Je vous écris de Sherbrooke. Ma tante, Gisèle Tardif, est décédée à Issoudun ce printemps. Je suis son neveu et le liquidateur de sa succession, ce qui veut dire que je m'occupe de fermer tous ses comptes à distance, ce qui n'est pas une mince affaire avec le décalage horaire.

J'ai retrouvé dans ses courriels qu'elle avait un compte sur votre plateforme de formation en ligne. Pourriez-vous le fermer et me dire quelles informations vous conserviez à son sujet? Je peux vous envoyer les documents de la succession par courriel si vous en avez besoin.

Merci beaucoup et bonne fin de semaine,

Étienne Gagnon
""", headers={"Reply-To": "Etienne Gagnon <etienne.gagnon.liquidation@gmail.com>"}, to="c", cte="quoted-printable", mid="plain"),

R("fr-pm-directives-art85-formel", ["post_mortem"],
  ("Gilbert Aumasson", "g.aumasson@orange.fr"),
  "Directives particulières - article 85 de la loi Informatique et Libertés",
  """Madame,

En application de l'article 85 de la loi n° 78-17 du 6 janvier 1978 modifiée, je vous adresse les directives particulières suivantes relatives au sort de mes données personnelles après mon décès :

1. Mes fiches de suivi et questionnaires de bilan devront être communiqués à ma fille, Madame Hélène Aumasson, 7 rue Porte aux Bœufs, 36100 Issoudun, sur sa simple demande accompagnée d'un acte de décès.
2. Toutes les autres données me concernant (coordonnées, factures au-delà des obligations légales, échanges de courriels) devront être effacées.
3. Je désigne ma fille pour veiller à l'exécution de ces directives.

Je joins une copie de ma carte d'identité et vous remercie de bien vouloir m'accuser réception de ce courrier.

Gilbert Aumasson
né le 11 octobre 1946
""", to="o", cte="8bit",
  attach=[("pdf", "CNI_Aumasson.pdf",
           ["REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE",
            "Nom : AUMASSON  Prenom : Gilbert  Ne le 11.10.1946"])]),

# NEAR-LINE: stopping SMS would be objection; the partner writes after the death, so post_mortem only.
R("fr-pm-pacsee-sms-rappels", ["post_mortem"],
  ("Nathalie Brun", "nath.brun@yahoo.fr"),
  "sms au nom de Fabrice",
  """Bonjour,

Fabrice Joly, mon compagnon (nous étions pacsés), est décédé en juin. J'ai gardé sa ligne de téléphone pour des raisons pratiques et je reçois régulièrement vos SMS « Bonjour Fabrice, votre prochaine séance... » et les offres de stage.

Pourriez-vous supprimer son numéro et sa fiche ? C'est assez dur de voir son prénom s'afficher.

Merci,
Nathalie
""", date="2025-09-15 21:36", to="c", cte="base64"),

# NEAR-LINE: the widow's own details sit in the shared file, but she writes after her husband's death about his data.
R("fr-pm-veuve-compte-couple", ["post_mortem"],
  ("Josiane Pelletier", "josiane.pelletier36@orange.fr"),
  "Re: Votre programme Couple & Communication",
  """Bonjour Sandra,

Vous ne le savez peut-être pas encore : Bernard est décédé en novembre, d'une crise cardiaque, pendant qu'il taillait la haie.

Nous avions suivi à deux votre programme couple et vous nous écrivez toujours à tous les deux. Je souhaiterais que son nom soit retiré de notre dossier commun et que vous n'écriviez plus qu'à moi.

Bien amicalement,
Josiane

Envoyé de mon iPad
""", date="2025-12-30 10:02", to="o",
  headers={"X-Mailer": "iPad Mail (22B83)"},
  quote=dict(style="apple_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>", days=9,
             text="""Chers Josiane et Bernard,

Je vous propose de reprendre nos séances de couple en janvier, le samedi matin.
Dites-moi ce qui vous conviendrait.

Sandra""")),

]
