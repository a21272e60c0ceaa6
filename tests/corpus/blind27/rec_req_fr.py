"""French requests, part 1: access, rectification, erasure, restriction (single right)."""
from common import (M, SANDRA, CONTACT, SIG_SANDRA, q_gmail_fr, q_outlook_fr,
                    q_apple_fr, fwd_gmail_fr)

RECORDS = [

# ------------------------------------------------------------------ access
M("fr-acc-garde-sur-moi", "fr", ["access"],
  ("Nadège Pouliquen", "nadege.pouliquen@gmail.com"), "2025-02-11 21:47",
  "petite question",
  """\
Bonsoir Sandra,

J'espère que vous allez bien. On s'est vues pour six séances l'an dernier, entre mars et juin.

Je voudrais savoir ce que vous avez gardé sur moi. Je me souviens que vous preniez des notes sur un carnet et que j'avais rempli un long questionnaire au début, avec des choses assez intimes. Ça me travaille un peu de ne pas savoir ce qui existe encore quelque part.

Est-ce que vous pourriez me dire ce qu'il y a, et me l'envoyer si c'est possible ?

Merci d'avance, et belle soirée,
Nadège
"""),

M("fr-acc-tout-ce-que-tas", "fr", ["access"],
  ("jeremy b", "jeremy.bonnaud86@hotmail.fr"), "2025-05-03 00:14",
  "",
  """\
slt sandra

tu peux m envoyer tout ce que t as sur moi ? genre les notes des seances, le test du debut, les mails, tout quoi. je fais un peu le point sur cette periode et ca m aiderait de relire

merci t es top
jeremy

Envoyé de mon iPhone
""", cte="8bit"),

# NEAR-LINE: only asks where the address came from (no unsubscribe, no delete);
# the source of the data is part of access under the policy.
M("fr-acc-doou-mon-adresse", "fr", ["access"],
  ("Gérald Michonneau", "g.michonneau@free.fr"), "2025-09-22 08:05",
  "Re: 🌸 La lettre de Floraison de Soi - septembre",
  """\
Bonjour,

Je reçois votre lettre depuis quelques semaines et je ne me souviens absolument pas de m'être inscrit. Je ne vous connais pas, je n'ai jamais fait de coaching.

Comment avez-vous eu mon adresse ? Qui vous l'a donnée ? J'aimerais vraiment comprendre.

G. Michonneau
""", irt="nl-2025-09", irt_addr="contact@floraisondesoi.fr"),

M("fr-acc-belge-copie-dossier", "fr", ["access"],
  ("Anne-Sophie Vandeputte", "as.vandeputte@skynet.be"), "2025-04-16 14:30",
  "Mon dossier",
  """\
Bonjour Madame Delomenie,

J'ai suivi chez vous un accompagnement individuel en 2024 (j'habitais alors à Châteauroux, je suis revenue à Namur depuis).

Je souhaiterais recevoir une copie de tout ce qui me concerne dans vos dossiers : les fiches, les questionnaires, vos notes, les échanges. Tout, en fait. Je joins une copie de ma carte d'identité pour que vous sachiez que c'est bien moi qui écris.

Vous pouvez me joindre au GSM si besoin : 0476 58 21 09.

Je vous remercie déjà, s'il vous plaît.

Anne-Sophie Vandeputte
""", attach=[("carte_identite_ASV.jpg",)]),

M("fr-acc-suisse-a-qui-transmis", "fr", ["access"],
  ("Laurent Chappuis", "laurent.chappuis@bluewin.ch"), "2025-10-07 10:52",
  "Demande de renseignements",
  """\
Madame,

J'ai participé à votre stage « Se réinventer à 50 ans » en juin à Issoudun (j'étais le seul Vaudois du groupe, vous vous souviendrez peut-être).

Depuis le mois d'août, je suis contacté sur mon natel par un organisme de formation que je ne connais pas et qui cite justement ce stage. Je vous saurais gré de me faire parvenir ce que vous détenez à mon sujet et de m'indiquer à qui mes coordonnées ont été transmises.

Avec mes salutations distinguées,

Laurent Chappuis
Chemin des Vignes 12
1095 Lutry
"""),

# NEAR-LINE: wants the copy to show her psychologist, but asks Sandra to send it to
# her (no transfer to a provider, no reusable format) -> access, not portability.
M("fr-acc-quebec-pour-mon-psy", "fr", ["access"],
  ("Marie-Ève Tremblay", "me.tremblay@videotron.ca"), "2025-11-19 16:20",
  "mes réponses au bilan",
  """\
Allô Sandra!

J'espère que tu vas bien de l'autre bord! Moi ça va, la session en visio l'an passé m'a vraiment fait du bien.

J'aimerais ça avoir une copie de mes réponses au bilan pis de tes notes de nos rencontres. Mon psy m'a demandé si j'avais des traces de ce travail-là et je lui ai dit que je te demanderais. Tu peux me les envoyer à moi, je vais lui montrer moi-même.

Merci mille fois, bonne fin de journée!

Marie-Ève
"""),

M("fr-acc-parent-theo", "fr", ["access"],
  ("Stéphanie Leroux", "steph.leroux36@orange.fr"), "2025-06-02 19:08",
  "Parcours ados - Théo Leroux",
  """\
Bonjour Madame Delomenie,

Mon fils Théo, 16 ans, a suivi votre parcours « Confiance ados » ce printemps (les mercredis après-midi). Il en est revenu content, là n'est pas la question.

En tant que maman je voudrais voir ce que vous avez noté sur lui et ce qu'il a rempli pendant les ateliers (il m'a parlé d'un « portrait » et d'un questionnaire sur la famille). Pouvez-vous me transmettre tout ce que vous avez le concernant ?

Je reste joignable au 06 72 18 45 90.

Cordialement,
Stéphanie Leroux
"""),

M("fr-acc-au-dessus-newsletter", "fr", ["access"],
  ("Christophe Aubineau", "c.aubineau@laposte.net"), "2025-03-05 07:41",
  "RE: Atelier du printemps : il reste 3 places !",
  """\
Bonjour,

Avant de continuer à recevoir ça, j'aimerais savoir ce que vous avez comme informations sur moi et d'où elles viennent. J'ai fait un salon bien-être à Vierzon il y a 3 ans, c'est peut-être là ?

Merci de me répondre,
C. Aubineau

""" + q_outlook_fr("2025-03-04 18:00", "Floraison de Soi", "contact@floraisondesoi.fr",
                   "c.aubineau@laposte.net", "Atelier du printemps : il reste 3 places !", """\
Bonjour Christophe,

Le printemps arrive et avec lui notre atelier « Semer ses intentions » le samedi 22 mars à Issoudun, de 9h30 à 17h.

Au programme : cartes d'intention, marche consciente, cercle de parole.
Il reste 3 places !

Je réserve ma place : https://floraisondesoi.systeme.io/atelier-printemps

Belle journée,
Sandra
Floraison de Soi

Vous recevez ce mail car vous êtes inscrit à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
"""), irt="nl-2025-03-atelier", irt_addr="contact@floraisondesoi.fr"),

M("fr-acc-html-conserve", "fr", ["access"],
  ("Hélène Barbotin", "helene.barbotin@sfr.fr"), "2025-12-09 11:16",
  "formation 2023",
  """\
Bonjour Sandra,

J'ai suivi votre formation « Animer un groupe de parole » en 2023, la session d'automne.

Qu'est-ce que vous avez conservé de moi depuis ? Les tests de personnalité aussi ? Et mes exercices écrits ? Je voudrais les voir, tout simplement.

Merci et bonne fin d'année,

Hélène Barbotin
""", shape="html", to=CONTACT),

M("fr-acc-article15-formel", "fr", ["access"],
  ("Pascal Ribérot", "pascal.riberot@wanadoo.fr"), "2026-01-14 09:33",
  "Demande d'accès - article 15 RGPD",
  """\
Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- une copie de l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements et leurs durées de conservation ;
- les destinataires auxquels ces données ont été communiquées ;
- la source de ces données si elles n'ont pas été collectées auprès de moi.

J'ai été client de Floraison de Soi (accompagnement individuel, 2022-2023). Vous trouverez ci-joint une copie de ma pièce d'identité.

Je vous remercie de me répondre dans le délai d'un mois prévu par le texte.

Pascal Ribérot
12 impasse des Tilleuls
18100 Vierzon
""", attach=[("CNI_Riberot.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : RIBEROT\nPrenom : Pascal\n(copie)")]),

# ------------------------------------------------------------------ rectification
M("fr-rect-plus-mon-numero", "fr", ["rectification"],
  ("Lucie Marchais", "lucie.marchais@gmail.com"), "2025-01-20 12:02",
  "nouveau numéro",
  """\
Coucou Sandra,

Petit mot rapide : le 06 47 23 90 11, c'est plus mon numéro (j'ai changé d'opérateur et j'ai tout perdu, long story). Maintenant c'est le 07 68 14 52 37.

Comme ça tes rappels de séance arriveront au bon endroit 😉

Bises et à jeudi,
Lucie
"""),

M("fr-rect-nom-mariage", "fr", ["rectification"],
  ("Claire Vasseur", "claire.vasseur.pro@outlook.fr"), "2025-07-08 17:45",
  "Changement de nom",
  """\
Bonjour Sandra,

Je me suis mariée début juillet (eh oui !) et j'utilise désormais le nom de mon mari. Je ne m'appelle donc plus Claire Roussel mais Claire Vasseur.

Pourriez-vous mettre à jour mon nom dans votre fichier, pour les prochaines factures et pour l'attestation de fin de parcours ? Ma nouvelle adresse mail est celle-ci. Je vous joins la photo de la page du livret de famille, au cas où.

Merci beaucoup,
Claire
""", attach=[("IMG_20250708_174102.jpg",)]),

M("fr-rect-attestation-orthographe", "fr", ["rectification"],
  ("Bernard Lefebvre", "bernard.lefebvre@orange.fr"), "2025-10-23 15:10",
  "Attestation de formation",
  """\
Madame,

Je viens de recevoir mon attestation de formation pour les deux journées « Gestion du stress au travail ». Merci.

Petit souci : mon nom y est écrit « Lefèbvre » avec un accent, alors qu'il s'écrit Lefebvre, sans accent. Mon employeur est tatillon sur ce genre de choses pour le dossier OPCO. Pouvez-vous corriger mon nom dans votre fichier et me renvoyer le document ?

Bien à vous,
Bernard Lefebvre
"""),

M("fr-rect-belge-demenagement", "fr", ["rectification"],
  ("Geoffrey Dumoulin", "geoffrey.dumoulin@proximus.be"), "2025-08-29 09:00",
  "déménagement",
  """\
Bonjour Sandra,

Une petite nouvelle : nous avons déménagé la semaine passée. Mon adresse n'est plus avenue Brugmann mais :

Rue des Tanneurs 14 bte 3
1000 Bruxelles

Pouvez-vous la remplacer dans vos fiches ? C'est pour le livret de la formation que vous envoyez par la poste.

Merci une fois et à bientôt,
Geoffrey
"""),

# NEAR-LINE: replacing an old e-mail address with the new one given -> rectification only.
M("fr-rect-nouvelle-adresse-mail", "fr", ["rectification"],
  ("Isabelle Ferracci", "isabelle.ferracci@icloud.com"), "2026-02-03 08:27",
  "Mon adresse change",
  """\
Bonjour Sandra,

Je quitte mon poste à la mairie fin février et mon adresse isabelle.ferracci@mairie-issoudun.fr va être fermée. Écrivez-moi désormais uniquement sur celle-ci, s'il vous plaît (isabelle.ferracci@icloud.com), pour le cercle du mardi comme pour le reste.

Merci !
Isabelle

Envoyé de mon iPad
"""),

M("fr-rect-fiche-bilan-erreurs", "fr", ["rectification"],
  ("Sabrina Hamadi", "sabrina.hamadi@yahoo.fr"), "2025-04-28 20:55",
  "fiche bilan",
  """\
Bonsoir,

J'ai relu la fiche que vous m'avez envoyée après le bilan de mi-parcours et il y a deux erreurs :
- il est écrit que j'ai trois enfants, j'en ai deux (Yanis et Inès) ;
- je ne suis pas infirmière mais aide-soignante, ce n'est pas pareil et ça change un peu la suite du projet.

Pouvez-vous corriger ça dans mon dossier ? Le reste est juste.

Merci,
Sabrina
"""),

M("fr-rect-quebec-cellulaire", "fr", ["rectification"],
  ("Jean-François Gagnon", "jf.gagnon@hotmail.ca"), "2025-06-17 14:02",
  "Changement de numéro",
  """\
Bonjour Sandra,

Juste pour te dire que mon numéro de cellulaire a changé. L'ancien (514 555-0148) est fermé, le nouveau c'est le 438 555-0192.

Peux-tu faire la modif dans ton fichier? C'est pour les textos de rappel avant nos appels du jeudi.

Merci, bonne journée!
JF
"""),

M("fr-rect-sans-accents-mail", "fr", ["rectification"],
  ("Kevin Delattre", "kev.delattre@gmail.com"), "2025-09-01 23:31",
  "mail",
  """\
bonsoir

jai changé dadresse mail cest kev.delattre@gmail.com maintenant, lautre (kevin.d36@sfr.fr) je la lis plus du tout
vous pouvez changer sur votre liste et sur la plateforme des cours ?

merci
kevin
""", cte="8bit"),

M("fr-rect-prenom-elio", "fr", ["rectification"],
  ("Elio Garnier", "elio.garnier@proton.me"), "2025-11-04 10:18",
  "Prénom",
  """\
Bonjour Sandra,

Je m'appelle désormais Elio. Mon ancien prénom apparaît encore sur la plateforme de formation et sur les mails que je reçois de votre part.

Pourriez-vous le remplacer partout où c'est possible (espace formation, fichier clients, prochaines factures) ? Pour les factures déjà émises je comprends que ce ne soit pas modifiable.

Merci beaucoup pour votre bienveillance pendant l'atelier, ça m'a fait du bien.

Elio Garnier
"""),

# ------------------------------------------------------------------ erasure
M("fr-era-oubliez-moi", "fr", ["erasure"],
  ("Martine Garnier", "martine.garnier53@orange.fr"), "2025-03-18 16:44",
  "Oubliez-moi",
  """\
Bonjour,

Oubliez-moi s'il vous plaît. Tout.

Merci.
M. Garnier
"""),

M("fr-era-plus-exister", "fr", ["erasure"],
  ("Yasmine Belkacem", "yasmine.belkacem@gmail.com"), "2025-08-12 22:10",
  "",
  """\
Bonsoir Sandra,

Je ne sais pas trop comment formuler ça sans que ce soit vexant, ce n'est pas contre vous du tout.

Je sors d'une période très compliquée et je fais un grand ménage dans ma vie. Je ne veux plus exister dans vos fichiers : ni mon nom, ni mon adresse, ni ce que je vous ai raconté pendant les séances, ni le questionnaire. Plus rien.

Merci de me confirmer quand c'est fait.

Yasmine
"""),

M("fr-era-pourriez-vous-supprimer", "fr", ["erasure"],
  ("Thierry Moreau", "thierry.moreau18@free.fr"), "2025-05-21 13:25",
  "Suppression",
  """\
Bonjour Madame Delomenie,

J'avais participé à une conférence de votre part à la médiathèque de Bourges en 2022.

Pourriez-vous supprimer mes données de vos fichiers ? Je n'ai plus l'usage de vos services.

Cordialement,
Thierry Moreau
"""),

M("fr-era-detruisez-notes", "fr", ["erasure"],
  ("Agnès Pichon", "agnes.pichon@laposte.net"), "2025-12-01 07:58",
  "Mes séances",
  """\
Bonjour Sandra,

Notre accompagnement s'est terminé en septembre et je vous en suis reconnaissante.

J'ai beaucoup parlé de mon couple et de mon frère pendant ces séances. Je ne veux pas que ça traîne quelque part. Est-ce que vous pouvez détruire vos notes, le carnet, les fichiers sur l'ordinateur, tout ce qui vient de nos rencontres ? Et mes coordonnées avec.

Je vous fais confiance.
Agnès
"""),

M("fr-era-fermer-compte-et-tout", "fr", ["erasure"],
  ("Romain Texier", "romain.texier@outlook.fr"), "2026-03-10 18:39",
  "Compte formation en ligne",
  """\
Bonjour,

Pouvez-vous fermer mon compte sur la plateforme des formations en ligne et effacer tout ce que vous avez sur moi (profil, progression, messages sur le forum, adresse) ? Je n'ai pas réussi à le faire depuis l'espace membre.

Merci,
Romain Texier
"""),

M("fr-era-parent-questionnaire-fille", "fr", ["erasure"],
  ("Olivier Caillaud", "olivier.caillaud@sfr.fr"), "2025-07-01 21:15",
  "Questionnaire de Léa",
  """\
Madame,

Ma fille Léa (14 ans) a participé à l'atelier ados du 14 juin. On lui a fait remplir un questionnaire assez personnel sur son moral et sur l'ambiance à la maison, sans que nous en ayons été prévenus, sa mère et moi.

Nous souhaitons que tout ce qui la concerne chez vous soit effacé : ce questionnaire, sa fiche d'inscription, les photos s'il y en a.

Merci de me le confirmer par retour de mail.

Olivier Caillaud
""", cc=("Nathalie Caillaud", "nath.caillaud@sfr.fr")),

M("fr-era-belge-plus-de-lien", "fr", ["erasure"],
  ("Françoise Lambotte", "francoise.lambotte@skynet.be"), "2025-02-26 10:03",
  "Demande",
  """\
Madame Delomenie,

Je vous prie de bien vouloir effacer toutes les informations me concernant. Je n'ai plus aucun lien avec vos services depuis deux ans et je ne vois pas pourquoi elles seraient encore chez vous.

Je vous en remercie d'avance.

Françoise Lambotte
Rue du Bois 72
4000 Liège
""", cte="quoted-printable"),

M("fr-era-avocat-mandat", "fr", ["erasure"],
  ("Maître Delphine Aubert", "d.aubert@aubert-avocats.fr"), "2025-10-14 11:40",
  "Mme Corinne Faucher - demande d'effacement",
  """\
Madame,

Je vous écris en qualité de conseil de Madame Corinne Faucher, qui a suivi un accompagnement auprès de vous entre janvier et mai 2025, et dont vous trouverez le mandat ci-joint.

Ma cliente me charge de vous demander l'effacement de l'ensemble des données la concernant que vous détenez, y compris les notes de séances et les éléments relatifs à sa santé.

Je vous remercie de bien vouloir m'adresser confirmation de cet effacement.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Delphine Aubert
Avocat au Barreau de Châteauroux
14 place Voltaire - 36000 Châteauroux
Tél. 02 54 22 18 30

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Toute utilisation non conforme à sa destination est interdite.
""", attach=[("Mandat_Faucher.pdf", "MANDAT\nJe soussignee Corinne Faucher donne mandat a Maitre Delphine Aubert\npour me representer aupres de Floraison de Soi.\nFait a Chateauroux le 10/10/2025")]),

M("fr-era-suisse-detruire-dossier", "fr", ["erasure"],
  ("Béatrice Favre", "beatrice.favre@gmx.ch"), "2026-04-02 09:12",
  "Dossier personnel",
  """\
Chère Madame,

Suite à la fin de notre collaboration, je vous saurais gré de bien vouloir détruire mon dossier ainsi que toutes les copies éventuelles (courriels compris), et de me le confirmer par écrit.

Vous trouverez ci-joint une copie de mon passeport.

En vous remerciant de votre compréhension, je vous adresse mes meilleures salutations.

Béatrice Favre
Genève
""", attach=[("Passeport_B_Favre.pdf", "CONFEDERATION SUISSE - PASSEPORT\nFavre Beatrice\n(copie)")]),

M("fr-era-tout-jeter", "fr", ["erasure"],
  ("cindy", "cindy.lopes.pro@gmail.com"), "2025-06-24 01:02",
  "coucou",
  """\
coucou sandra

vous pouvez tout jeter me concernant ?? les fichiers, les mails, la fiche, mes dessins de l atelier, tout. j ai tourné la page et c est mieux comme ca

merci pour tout qd meme
cindy
"""),

# ------------------------------------------------------------------ restriction
M("fr-rest-touchez-plus-pour-linstant", "fr", ["restriction"],
  ("Mathieu Renaudin", "m.renaudin@orange.fr"), "2025-04-03 12:47",
  "Mes infos",
  """\
Bonjour Sandra,

Je suis en désaccord avec mon ancien employeur, qui avait financé mon bilan chez vous, et ça risque de finir aux prud'hommes.

Ne touchez plus à mes infos pour l'instant : ne les envoyez à personne, ne vous en servez pas. Mais ne les effacez surtout pas non plus, j'en aurai peut-être besoin.

Je vous tiens au courant.
Mathieu
"""),

# NEAR-LINE: says the report is wrong (accuracy) and asks not to send/use it until
# clarified; no correction value is demanded -> restriction only.
M("fr-rest-compte-rendu-faux", "fr", ["restriction"],
  ("Aurore Desbois", "aurore.desbois@gmail.com"), "2025-09-15 17:03",
  "Compte rendu de fin de formation",
  """\
Bonjour Sandra,

Je viens de voir le compte rendu de fin de formation qui doit partir à mon entreprise. Il indique que j'ai « abandonné » le module 3. C'est faux : j'étais en arrêt maladie deux jours et on avait convenu que je rattraperais en ligne, ce que j'ai fait.

Tant qu'on n'a pas tiré ça au clair, je vous demande de ne pas l'envoyer et de ne pas vous en servir.

On peut s'appeler cette semaine ?
Aurore
"""),

M("fr-rest-gardez-nen-faites-rien", "fr", ["restriction"],
  ("Hervé Coutant", "herve.coutant@wanadoo.fr"), "2025-11-27 08:50",
  "Mon dossier",
  """\
Madame Delomenie,

Ne supprimez rien, mais je ne veux plus qu'on se serve de mon dossier pour quoi que ce soit en attendant que je sache si je reprends l'accompagnement en janvier.

Gardez-le de côté, c'est tout.

H. Coutant
"""),

M("fr-rest-quebec-pause", "fr", ["restriction"],
  ("Geneviève Lavoie", "genevieve.lavoie@videotron.ca"), "2026-01-22 15:35",
  "pause",
  """\
Bonjour Sandra,

Je traverse une séparation pas mal intense présentement, pis mon ex a accès à certains de mes courriels.

Peux-tu mettre mon dossier sur pause? Garde-le, mais touches-y pas, envoie rien, utilise rien, le temps que je règle mes affaires. Je vais te réécrire quand ça va être correct.

Merci de ta compréhension,
Geneviève
"""),

M("fr-rest-suisse-geler", "fr", ["restriction"],
  ("Nicolas Rochat", "nicolas.rochat@bluewin.ch"), "2025-05-12 10:21",
  "Demande concernant mon dossier",
  """\
Madame,

Je vous demande de geler mon dossier jusqu'à nouvel avis : aucune utilisation, aucun envoi, aucune modification. Je ne demande pas sa suppression, j'en aurai peut-être l'usage pour une démarche auprès de mon assurance.

Avec mes salutations,
Nicolas Rochat
"""),

M("fr-rest-sante-medecin", "fr", ["restriction"],
  ("Valérie Gombert", "valerie.gombert@laposte.net"), "2025-08-04 14:16",
  "infos santé",
  """\
Bonjour Sandra,

Au début de l'accompagnement je vous avais parlé de ma thyroïde et de mon traitement. Mon médecin pense finalement que le diagnostic n'était pas le bon, on refait des examens.

En attendant, ne vous servez plus de ces informations pour adapter les séances, s'il vous plaît, mais ne les effacez pas : on verra quand j'aurai les résultats.

Merci,
Valérie
"""),

M("fr-rest-sans-accents-reflechir", "fr", ["restriction"],
  ("Anthony Perrot", "anthony.perrot@sfr.fr"), "2025-10-30 23:48",
  "dossier",
  """\
bonsoir sandra

svp gardez tout mais faites rien avec pour le moment, pas de mail pas de relance pas de transmission a mon boulot. jai besoin de reflechir a tout ca. supprimez rien non plus

anthony
"""),

M("fr-rest-article18-formel", "fr", ["restriction"],
  ("Corinne Vallet", "corinne.vallet@orange.fr"), "2026-02-18 11:05",
  "Demande de limitation du traitement",
  """\
Madame,

Je conteste l'exactitude des informations figurant dans la synthèse de bilan que vous m'avez adressée le 2 février (notamment la mention d'un « épuisement professionnel », qui n'a jamais été posé comme diagnostic).

Dans l'attente de la vérification, je vous demande, sur le fondement de l'article 18 du RGPD, de limiter le traitement de ces données : aucune utilisation, aucune communication à des tiers.

Veuillez agréer, Madame, mes salutations distinguées.

Corinne Vallet
"""),
# NEAR-LINE: the original request travels as an attached message/rfc822; the new
# text re-asks for it ("merci d'y donner suite") -> the new text exercises erasure.
M("fr-era-relance-demande-jointe", "fr", ["erasure"],
  ("Gaëlle Rivière", "gaelle.riviere@laposte.net"), "2025-05-12 08:30",
  "Relance - ma demande du 2 avril",
  """\
Bonjour,

Je vous renvoie en pièce jointe ma demande du 2 avril, restée sans réponse. Merci d'y donner suite rapidement : je veux toujours que vous supprimiez tout ce qui me concerne.

Gaëlle Rivière
""", attach_msg=dict(frm=("Gaëlle Rivière", "gaelle.riviere@laposte.net"), to=SANDRA,
                     date="2025-04-02 19:40", subject="Suppression de mon dossier",
                     key="fr-era-relance-demande-jointe/sub",
                     body="""\
Bonjour Madame,

Notre accompagnement est terminé depuis janvier. Je vous demande de supprimer mon dossier, mes questionnaires et mes coordonnées.

Cordialement,
Gaëlle Rivière
""")),
]

