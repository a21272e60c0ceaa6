# -*- coding: utf-8 -*-
"""b8 corpus - French requests (informal writing emphasis)."""
from b8_common import M, SANDRA, SANDRA_PRO

NL = "Le lundi 3 mars : atelier « Oser dire non » à Issoudun, il reste 4 places !\nAu programme : ancrage, respiration, mises en situation.\nPour vous désinscrire de cette newsletter, cliquez ici."

RECORDS = [
# ---------------- ERASURE ----------------
M("fr-sms-suppr-lea", "erasure", "fr", "Lea B <lea.bdx33@gmail.com>", "",
"""bjr sandra c lea (atelier du 12) pouvez vs supprimer mes donnees svp jveux plus rien chez vous
merci

Envoyé de mon iPhone"""),

M("fr-caps-3e-relance", "erasure", "fr", "GERARD Patrick <p.gerard36@orange.fr>", "TROISIEME DEMANDE !!!!!",
"""JE VOUS AI DEJA DEMANDE 2 FOIS DE SUPPRIMER TOUTES MES DONNEES. CELA FAIT 6 SEMAINES.
EFFACEZ MON COMPTE SYSTEME.IO, MES COORDONNEES ET TOUT LE RESTE.
SI C EST PAS FAIT SOUS 8 JOURS JE PORTE PLAINTE A LA CNIL !!!!

P. Gérard"""),
# NEAR-LINE: threat to complain to the CNIL, not a complaint or a copy of one -> still an erasure request.

M("fr-objet-seul-suppr", "erasure", "fr", "Nadia K. <nadia.k@free.fr>", "supprimer mes données svp",
"""Envoyé de mon iPhone"""),

M("fr-be-suppr-dossier", "erasure", "fr", "Véronique Dethier <v.dethier@skynet.be>", "Suppression de mon dossier",
"""Bonjour Madame,

Suite à la fin de notre accompagnement, je souhaiterais que vous supprimiez l'ensemble de mes données, mes notes de séances et questionnaires y compris.
Vous savez me confirmer quand c'est fait ?

Merci une fois et bonne continuation,
Véronique Dethier
Namur"""),

M("fr-qc-efface-compte", "erasure", "fr", "Josée Tremblay <josee.tremblay@videotron.ca>", "mon compte formation",
"""Allo Sandra,

J'ai suivi ta formation en ligne l'an passé (celle sur la confiance). Là je voudrais que tu effaces mon compte pis toutes mes informations personnelles, j'ai pu besoin de rien.

Merci ben gros!
Josée"""),

M("fr-dictee-suppr", "erasure", "fr", "Michel Raffin <michel.raffin@wanadoo.fr>", "message",
"""bonjour madame de l'homme ni virgule je vous écris pour vous demander de supprimer toutes mes données point j'ai fait l'atelier confiance en soi au mois de mars avec ma femme point merci d'avance point
michel raffin

Envoyé de mon iPhone"""),
# NEAR-LINE: dictation garbles her name; still clearly addressed to her.

M("fr-toppost-nl-suppr", "erasure", "fr", "Corinne <coco.lemaire@laposte.net>", "Re: Oser dire non - il reste 4 places",
"""Supprimez moi de tous vos fichiers svp et effacez tout ce que vous avez sur moi.""",
 quote=("gmail_fr", SANDRA_PRO, NL)),
# NEAR-LINE: request above a quoted newsletter; "supprimez-moi de vos fichiers + effacez tout" read as erasure (no separate unsubscribe ask).

M("fr-colere-seance-annulee", "erasure", "fr", "Hélène Marchais <helene.marchais@gmail.com>", "séance annulée ENCORE",
"""Bonjour,
La séance d'hier a été annulée 1h avant, c'est la deuxième fois ce mois ci. J'ai posé une demi journée pour rien. Franchement je suis déçue.
Je ne souhaite plus continuer l'accompagnement et je vous demande de supprimer mon dossier, vos notes et mes coordonnées. Je ne veux pas que ça traîne chez vous.
Hélène"""),

M("fr-franglais-delete", "erasure", "fr", "Sarah M. <sarah.mllr@outlook.fr>", "petite demande",
"""Hello Sandra!
Petite demande : tu peux delete mon compte systeme.io + toutes mes data stp ? J'ai fini le programme et je fais un grand clean de mes comptes 😅
Merci bcp 🙏
Sarah"""),

M("fr-parent-ado", "erasure", "fr", "Frédéric Da Silva <fred.dasilva@sfr.fr>", "Données de ma fille Inès",
"""Bonjour Madame Delomenie,

Ma fille Inès Da Silva (15 ans) a participé à votre atelier ados « Estime de soi » en avril. Nous ne souhaitons pas que ses informations (fiche d'inscription, photos, réponses au questionnaire) soient conservées.
En tant que père et représentant légal, je vous demande de les effacer.

Cordialement,
Frédéric Da Silva
06 21 .. .. ..""", fmt="alt"),

M("fr-avocat-mandat", "access erasure", "fr", "Cabinet Lenoir Avocats <secretariat@lenoir-avocats.fr>", "Mme Aurélie Combes - demande d'accès et d'effacement",
"""Madame,

J'interviens en qualité de conseil de Madame Aurélie COMBES, qui m'a donné mandat (ci-joint) pour exercer en son nom les droits que lui confère le RGPD.

À ce titre, je vous prie de bien vouloir :
1. communiquer à ma cliente une copie de l'ensemble des données la concernant que vous détenez, y compris les notes prises lors des séances de coaching ;
2. procéder ensuite à l'effacement de ces données, sous réserve de vos obligations comptables.

Je vous remercie de m'adresser votre réponse dans le délai d'un mois.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Maître Julien Lenoir
Avocat au Barreau de Bourges
--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
 att=[("Mandat_Combes_signe.pdf", "application/pdf"), ("CNI_Combes_recto_verso.pdf", "application/pdf")], fmt="alt", cte="quoted-printable"),

M("fr-cni-jointe-suite", "erasure", "fr", "Thomas Vial <thomas.vial@gmail.com>", "Re: Votre demande de suppression",
"""Bonjour,
voila la photo de ma carte d'identité comme vous me l'avez demandé. Du coup vous pouvez procéder à la suppression de mes données ?
Merci
Thomas

Envoyé de mon iPhone""",
 quote=("apple_fr", SANDRA, "Bonjour Thomas,\nJ'ai bien reçu votre demande. Afin de vérifier votre identité, pourriez-vous m'envoyer une copie d'une pièce d'identité ?\nBelle journée,\nSandra"),
 att=[("IMG_4821.jpeg", "image/jpeg")]),

M("fr-ch-effacer", "erasure", "fr", "Nicole Perrenoud <nicole.perrenoud@bluewin.ch>", "Effacement de mes données",
"""Bonjour Madame,

J'ai participé à votre webinaire en ligne depuis Lausanne. Je vous prie d'effacer mes données (adresse courriel, numéro de natel, réponses au sondage).

Avec mes meilleures salutations,
Nicole Perrenoud"""),

M("fr-fautes-effacer", "erasure", "fr", "mimi <mimi.dubreuil58@hotmail.fr>", "demende",
"""bonjour je voudrai que vous éffaciez mes donné personnel de votre fichié client car je ne suis plus interressé merci de me repondre
cordialemant mme dubreuil"""),

M("fr-anglais-ecrit-fr", "erasure", "fr", "Tom Harrison <tom.harrison@btinternet.com>", "Mes données",
"""Bonjour Sandra,

Je suis désolé pour mon français, il est pas très bon. Je voudrais que vous supprimez mes données personnelles, tout s'il vous plaît. J'ai quitté la France au mois dernier et je ne reviens pas.

Merci beaucoup pour les séances, c'était très aidant.
Tom"""),

M("fr-droit-oubli", "erasure", "fr", "Karim Benali <karim.benali@yahoo.fr>", "droit à l'oubli",
"""Bonjour, je souhaite exercer mon droit à l'oubli. Merci de m'effacer de vos bases (site, systeme.io, drive, tout).
K. Benali"""),

M("fr-suppr-et-stop-nl", "erasure objection", "fr", "Laure <laure.p@gmail.com>", "Re: [Newsletter] Le printemps de l'estime de soi",
"""supprimez mes donnees et arretez de m envoyer vos newsletters svp, merci""",
 quote=("gmail_fr", SANDRA_PRO, "Bonjour à toutes et à tous,\nLe printemps est là et avec lui l'envie de se réinventer...\nSe désinscrire | Gérer mes préférences")),

M("fr-temoignage-et-tout", "erasure withdraw_consent", "fr", "Agnès Roux <agnes.roux@orange.fr>", "mon témoignage + mes données",
"""Bonjour Sandra,
J'ai vu que mon témoignage avec ma photo est toujours sur votre page d'accueil. Je ne veux plus qu'il y soit, merci de le retirer.
Et tant qu'on y est, je préfère que vous supprimiez toutes mes données, je tourne la page.
Agnès"""),

M("fr-donnees-sante", "erasure", "fr", "Émilie Garnier <emilie.garnier@protonmail.com>", "dossier - infos santé",
"""Bonjour Sandra,

Pendant nos séances je vous ai parlé de ma dépression et de mon traitement. Ça me met mal à l'aise de savoir que c'est écrit quelque part. Pourriez-vous effacer ces informations de mon dossier ?

Merci de votre compréhension,
Émilie""", fmt="alt"),

M("fr-outlook-rappel-suppr", "erasure", "fr", "Bernard Fougères <b.fougeres@cabinet-fougeres.fr>", "RE: Atelier du 14 juin - rappel",
"""Bonjour,
Je ne viendrai pas et je vous remercie d'effacer mes coordonnées de votre fichier ; je ne sais même pas comment vous les avez eues, sans doute via le salon.
B. Fougères""",
 quote=("outlook_fr", SANDRA_PRO, "Bonjour,\nPetit rappel : l'atelier du 14 juin a lieu de 9h30 à 12h30 au 46 rue d'Estienne d'Orves.\nÀ très vite,\nSandra")),
# NEAR-LINE: "je ne sais pas comment vous les avez eues" is a remark, not a request to know the source -> erasure only.

# ---------------- ACCESS ----------------
M("fr-sms-quavezvous", "access", "fr", "Jess <jessica.morel@sfr.fr>", "question",
"""coucou sandra, tu as quoi sur moi exactement dans tes fichiers ? jaimerais bien savoir
bisous jess"""),
# NEAR-LINE: informal but asks what is held -> access.

M("fr-copie-dossier-notes", "access", "fr", "Vincent Lagarde <vincent.lagarde@gmail.com>", "copie de mon dossier",
"""Bonjour Sandra,
je veux une copie de tout mon dossier, notes de seance comprises, et aussi les questionnaires que j'ai remplis au debut.
Merci de me l'envoyer par mail.
Vincent"""),

M("fr-dou-mon-numero", "access objection", "fr", "Alain Roche <alain.roche@free.fr>", "D'OU VOUS AVEZ MON NUMERO",
"""Bonjour,
On m'a appelé 2 fois cette semaine de votre part pour une "formation confiance en soi". Je n'ai jamais été client !!
Je veux savoir d'où vous tenez mon numéro et à qui vous l'avez donné. Et arrêtez de m'appeler.
A. Roche"""),

M("fr-be-copie-donnees", "access", "fr", "Marc Vandenbussche <marc.vdb@telenet.be>", "Demande de copie",
"""Bonjour Madame Delomenie,

Pourriez-vous m'envoyer une copie des données que vous détenez à mon sujet, s'il vous plaît ? Je dois la joindre à un dossier pour ma mutuelle.

Bien à vous,
Marc Vandenbussche"""),

M("fr-qc-renseignements", "access", "fr", "Geneviève Côté <gen.cote@sympatico.ca>", "Mes renseignements personnels",
"""Bonjour,

J'aimerais recevoir une copie des renseignements personnels que vous avez dans vos dossiers à mon sujet. Je me suis inscrite à votre webinaire depuis Montréal.

Merci et bonne journée!
Geneviève"""),

M("fr-a-qui-transmis", "access", "fr", "Sophie Delorme <sophie.delorme@gmail.com>", "bizarre...",
"""Bonjour Sandra
le lendemain de mon inscription à ton atelier j'ai reçu un mail d'un autre coach de Châteauroux qui connaissait mon prénom et l'atelier. À qui as tu transmis mes infos ? J'aimerais la liste stp.
Sophie"""),

M("fr-acces-et-nom", "access rectification", "fr", "Isabelle Lefèvre <isa.lefevre@orange.fr>", "nom mal orthographié + mes données",
"""Bonjour,
Sur toutes vos factures et sur la plateforme mon nom est écrit Lefebvre, c'est Lefèvre (accent, pas de b). Merci de corriger partout.
Et pendant que vous y êtes, envoyez moi ce que vous avez sur moi, je voudrais vérifier qu'il n'y a pas d'autres erreurs.
Isabelle Lefèvre"""),

M("fr-objet-art15", "access", "fr", "Marc Dupuis <marc.dupuis@laposte.net>", "Demande d'accès RGPD art. 15",
"""cf objet.
Cordialement.
M. Dupuis"""),

M("fr-copie-notes-relire", "access", "fr", "Aurélie <aurelie.brun@icloud.com>", "nos séances",
"""Bonjour Sandra
est-ce que je peux avoir une copie de vos notes de nos séances ? J'aimerais les relire maintenant que c'est fini, pour voir le chemin parcouru 🌱
Merci
Aurélie

Envoyé de mon iPhone"""),
# NEAR-LINE: friendly wish to reread, but it is a request for a copy of her personal data (coaching notes) -> access.

M("fr-dictee-quelles-donnees", "access", "fr", "Yvette Marchand <yvette.marchand36@orange.fr>", "",
"""bonjour madame je voudrais savoir quelles données vous avez sur moi point d'interrogation j'ai fait le stage en 2023 merci beaucoup à bientôt

Envoyé de mon iPhone"""),

M("fr-acces-portab-csv", "access portability", "fr", "Damien Forestier <damien.forestier@gmail.com>", "Mes données - export",
"""Bonjour,
Je souhaite savoir quelles données vous détenez sur moi et en recevoir une copie dans un fichier que je peux réutiliser (csv ou excel), pas un scan papier.
Merci,
Damien Forestier"""),

M("fr-html-formel-art15", "access", "fr", "Catherine Morin <c.morin@morin-conseil.fr>", "Exercice du droit d'accès (article 15 RGPD)",
"""Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- les données personnelles me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels elles ont été communiquées ;
- leur durée de conservation ;
- leur source, si elles n'ont pas été collectées auprès de moi.

Vous trouverez ci-joint la copie de ma pièce d'identité.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Catherine Morin""", fmt="html", att=[("piece_identite_C_Morin.pdf", "application/pdf")]),

M("fr-outlook-insiste-acces", "access", "fr", "Pascal Guérin <pascal.guerin@outlook.fr>", "RE: votre demande",
"""Merci pour votre réponse mais ça ne me suffit pas. Je voudrais quand même la liste complète des infos que vous gardez sur moi, pas juste "vos coordonnées et vos factures".
Pascal""",
 quote=("outlook_fr", SANDRA, "Bonjour Pascal,\nJe conserve vos coordonnées et vos factures, rien d'autre.\nBien à vous,\nSandra")),

M("fr-source-donnees", "access", "fr", "Olivier Bertrand <o.bertrand@gmail.com>", "comment vous avez mon mail",
"""bonjour,
je recois votre newsletter depuis 2 semaines sans m'etre inscrit. Vous avez eu mon adresse ou ? je veux savoir la source.
merci"""),
# NEAR-LINE: asks only for the source (access); no unsubscribe request, so no objection.

# ---------------- RECTIFICATION ----------------
M("fr-nouveau-mail", "rectification", "fr", "Christine Albert <christine.albert62@gmail.com>", "changement d'adresse mail",
"""bonjour Sandra, nouvelle adresse mail : christine.albert62@gmail.com , l'ancienne (calbert@aol.fr) marche plus. merci de changer dans vos fichiers
Christine"""),

M("fr-cedille", "rectification", "fr", "Françoise Bénard <francoise.benard@orange.fr>", "mon prénom",
"""Bonjour,
Petit détail mais qui me tient à cœur : sur mon compte de formation et sur l'attestation mon prénom est écrit "Francoise". C'est Françoise, avec une cédille. Pouvez-vous corriger ?
Merci !"""),

M("fr-demenagement", "rectification", "fr", "Luc Perrot <luc.perrot@laposte.net>", "nouvelle adresse",
"""Bonjour
J'ai déménagé : nouvelle adresse 12 rue des Lilas 36000 Châteauroux. Remplacez l'ancienne svp (c'était à Vatan).
Luc"""),

M("fr-nouveau-numero", "rectification", "fr", "Manon <manon.giraud@icloud.com>", "num",
"""nouveau num 07 68 22 41 09, supprimez l'ancien svp 😉

Envoyé de mon iPhone"""),
# NEAR-LINE: "supprimez l'ancien" with new value given -> rectification only (policy).

M("fr-be-date-naissance", "rectification", "fr", "Anne-Sophie Lambert <as.lambert@proximus.be>", "Erreur dans ma fiche",
"""Bonjour Sandra,

En remplissant le questionnaire de suivi, j'ai vu que ma date de naissance est fausse dans ma fiche : c'est le 03/07/1982 et pas 1983 (je ne suis pas encore si jeune 😄). Tu sais la corriger ?

Bien à toi,
Anne-Sophie"""),

M("fr-note-fausse", "rectification", "fr", "Romain Chevalier <romain.chevalier@gmail.com>", "compte rendu de séance",
"""Bonjour Sandra,

Dans le compte rendu de la séance du 4 (que vous m'avez envoyé), il est écrit que j'ai arrêté de travailler. C'est faux : je suis en mi-temps thérapeutique, je travaille toujours. Merci de corriger cela dans votre dossier, c'est important pour moi.

Romain""", fmt="alt"),

M("fr-ch-natel", "rectification", "fr", "Pierre-Alain Rochat <pa.rochat@gmx.ch>", "Nouveau numéro de natel",
"""Bonjour,
Mon numéro de natel a changé, le nouveau est le 079 412 58 30. Merci de mettre à jour vos fiches.
Meilleures salutations
P.-A. Rochat"""),

M("fr-qc-nom-mariage", "rectification", "fr", "Mélanie Gagnon-Roy <melanie.gagnonroy@hotmail.ca>", "changement de nom",
"""Bonjour Sandra,
Je me suis mariée cet été (yé!) et j'utilise maintenant Gagnon-Roy comme nom de famille. Pourrais-tu mettre à jour mon dossier et mon compte pour la formation?
Merci!
Mélanie"""),

M("fr-franglais-update", "rectification", "fr", "Kevin <kev.martins@gmail.com>", "update",
"""yo sandra tu peux updater mon mail stp, c'est kev.martins@gmail.com maintenant (plus le hotmail). thx"""),

M("fr-mail-et-stop-nl", "objection rectification", "fr", "Chantal Meunier <chantal.meunier@orange.fr>", "mail",
"""Bonjour, mon adresse a changé c'est chantal.meunier@orange.fr maintenant, par contre je ne veux plus recevoir la newsletter, seulement les infos pour mes séances.
Merci Chantal"""),

M("fr-allergie-manquante", "rectification", "fr", "Patricia Lenglet <patricia.lenglet@yahoo.fr>", "fiche inscription stage",
"""bonjour
il manque mon allergie aux fruits a coque sur ma fiche d'inscription au stage (je l'avais dit au téléphone). pouvez vous la rajouter ? c'est important pour le repas partagé
merci
Patricia"""),
# NEAR-LINE: completing an incomplete record (health info on registration sheet) -> rectification.

M("fr-adresse-facture", "rectification", "fr", "SARL Bellerive - Jean Dumas <j.dumas@bellerive.fr>", "adresse",
"""Bonjour, l'adresse que vous avez pour moi est celle de mon ancien bureau. La bonne c'est 4 impasse des Tilleuls 18100 Vierzon. Merci de mettre à jour mes coordonnées.
JD

--
Envoyé depuis mon mobile Orange"""),

# ---------------- RESTRICTION ----------------
M("fr-pas-suppr-pas-utiliser", "restriction", "fr", "Stéphanie Arnoux <stephanie.arnoux@gmail.com>", "mes données - important",
"""Bonjour Sandra,
Je suis en litige avec mon ancien employeur (c'est lui qui avait financé le bilan). Surtout ne supprimez pas mes données, mon avocate pourrait en avoir besoin, mais ne les utilisez plus pour quoi que ce soit en attendant.
Merci
Stéphanie"""),

M("fr-conteste-fiche", "restriction", "fr", "Jérôme Blanc <jerome.blanc@free.fr>", "désaccord fiche de suivi",
"""Bonjour,
Je ne suis pas d'accord avec ce qui est écrit dans ma fiche de suivi sur ma relation avec mon fils, c'est inexact. En attendant qu'on en parle et que ce soit vérifié, merci de ne plus utiliser ces notes, ni pour les séances ni pour la supervision.
J. Blanc"""),
# NEAR-LINE: contests accuracy + pause -> restriction only (policy).

M("fr-gel-dossier", "restriction", "fr", "Nathalie <nath.vidal@laposte.net>", "pause",
"""bonjour sandra, je fais une pause dans l'accompagnement. gelez mon dossier svp, ne le supprimez pas mais n'en faites rien tant que je ne reviens pas vers vous. merci"""),

M("fr-be-limiter", "restriction", "fr", "Thierry Wauters <thierry.wauters@skynet.be>", "Limitation du traitement",
"""Madame,
Je vous demande de limiter l'utilisation de mes données à leur simple conservation, le temps que je vérifie les informations transmises lors de mon inscription. Merci de ne pas les effacer.
Bien à vous,
T. Wauters"""),

M("fr-sms-touchez-rien", "restriction", "fr", "Mickael <mick.b36@gmail.com>", "",
"""svp touchez a rien dans mon dossier ni suppression ni utilisation jusqua ce que mon avocat vous contacte
merci"""),

M("fr-bloquer-et-copie", "access restriction", "fr", "Laetitia Ferrand <laetitia.ferrand@gmail.com>", "dossier",
"""Bonjour Sandra,
Suite à ce qu'on s'est dit au téléphone : je voudrais que mes données soient bloquées (pas effacées, juste plus utilisées) et que vous m'envoyiez une copie de tout ce que vous avez sur moi.
Merci d'avance
Laetitia""", quote=("gmail_fr", SANDRA, "Bonjour Laetitia,\nComme convenu, je vous rappelle demain à 10h.\nSandra")),

M("fr-opposition-en-attente", "restriction", "fr", "Denis Moreau <denis.moreau@orange.fr>", "Re: Votre question sur mes données",
"""Bonjour,
En attendant que vous me répondiez sur le fond, je vous demande de suspendre toute utilisation de mes réponses au bilan et de les garder en l'état.
D. Moreau""",
 quote=("gmail_fr", SANDRA, "Bonjour Monsieur Moreau,\nJe reviens vers vous d'ici la fin de semaine avec une réponse complète.\nSandra Delomenie")),
# NEAR-LINE: suspend use, keep as is -> restriction.

M("fr-qc-pas-effacer-photo", "restriction", "fr", "Marie-Ève Lavoie <marieeve.lavoie@gmail.com>", "photos de l'atelier",
"""Salut Sandra,
J'ai vu que tu faisais du ménage dans les photos des ateliers. N'efface pas celles où je suis, j'en ai besoin pour un dossier, mais ne les utilise pas non plus pour quoi que ce soit svp. Juste les garder.
Merci!
Marie-Ève"""),
# NEAR-LINE: "don't use, don't delete" -> restriction only, not withdraw_consent.

# ---------------- PORTABILITY ----------------
M("fr-transfert-coach", "portability", "fr", "Julie Fontaine <julie.fontaine@gmail.com>", "transfert de mon dossier",
"""Bonjour Sandra,
Je déménage à Nantes et je vais continuer avec une coach là-bas, Mme Carole Huet (carole.huet@coach-nantes.fr). Pouvez-vous lui transmettre directement mon dossier (bilans, questionnaires) en format numérique ?
Merci pour tout 💐
Julie"""),

M("fr-export-csv-sio", "portability", "fr", "Bruno Lemoine <bruno.lemoine@gmail.com>", "export",
"""bonjour, exportez moi mes données de formation de systeme.io (progression, quiz, infos de compte) en csv svp, je veux les garder dans mon outil perso. merci"""),

M("fr-format-importable", "portability", "fr", "Caroline Petit <caroline.petit@outlook.fr>", "Récupération de mes bilans",
"""Bonjour,
Je voudrais récupérer mes questionnaires et mes bilans dans un format que je peux importer ailleurs (json, csv, ce que vous avez), pas en pdf. C'est pour les mettre dans l'appli de suivi de ma nouvelle thérapeute.
Merci
Caroline"""),

M("fr-qc-transferer", "portability", "fr", "Annie Bouchard <annie.bouchard@videotron.ca>", "transférer mes données",
"""Bonjour Sandra,
Serait-il possible de transférer mes données de suivi à ma nouvelle coach? Son courriel : l.pelletier@coachingpelletier.ca . Un fichier Excel ferait la job.
Merci beaucoup!
Annie"""),

M("fr-portab-puis-effacer", "erasure portability", "fr", "Gilles Marty <gilles.marty@orange.fr>", "fin d'accompagnement",
"""Bonjour Madame,
J'arrête nos séances. Merci d'envoyer mes données (fiches, tests, notes) à mon nouveau thérapeute, le Dr Aubry, dans un format numérique exploitable, puis d'effacer tout ce qui me concerne chez vous.
Cordialement
G. Marty"""),

M("fr-ch-fichier-reutilisable", "portability", "fr", "Sandrine Bühler <sandrine.buehler@sunrise.ch>", "Demande de portabilité",
"""Bonjour,
Je vous prie de me transmettre les données que je vous ai fournies dans un fichier informatique réutilisable (format structuré), conformément à mon droit à la portabilité.
Avec mes salutations les meilleures,
S. Bühler"""),

M("fr-sms-export-quiz", "portability", "fr", "Ludo <ludo.perrin@free.fr>", "Re: Module 4 disponible !",
"""tu peux m'exporter mes resultats de quiz et ma progression dans un fichier excel ? jchange de plateforme""",
 quote=("gmail_fr", "Floraison de Soi <noreply@systeme.io>", "Bonjour Ludovic,\nLe module 4 de votre formation est disponible.\nAccéder à mon espace")),

# ---------------- OBJECTION ----------------
M("fr-stop", "objection", "fr", "06 12 45 78 90 <sms2mail@orange.fr>", "STOP",
"""stop pub"""),
# NEAR-LINE: one-word STOP reply to marketing -> objection.

M("fr-desinscrire-nl", "objection", "fr", "Brigitte Caron <brigitte.caron@laposte.net>", "desinscription",
"""bonjour pouvez vous me désinscrire de la newsletter svp le lien ne marche pas
merci"""),

M("fr-caps-desabonne", "objection", "fr", "JP Lenoir <jp.lenoir@wanadoo.fr>", "ARRETEZ",
"""CA FAIT 3 FOIS QUE JE ME DESABONNE ET JE RECOIS ENCORE VOS MAILS. ARRETEZ DE M ECRIRE !!!!!!
C EST DU HARCELEMENT"""),

M("fr-toppost-plus-mails", "objection", "fr", "Danielle <danielle.morel@orange.fr>", "RE: Le mot du mois : la gratitude",
"""plus de mails svp""",
 quote=("outlook_fr", SANDRA_PRO, "Le mot du mois : la gratitude\nChère lectrice, cher lecteur,\nCe mois-ci je vous propose un petit exercice...\nVous recevez ce mail car vous êtes inscrit(e) à la newsletter Floraison de Soi.")),

M("fr-plus-appelee", "objection", "fr", "Martine Giraud <martine.giraud@gmail.com>", "vos appels",
"""Bonjour,
J'ai été cliente en 2022 et je reçois encore des appels pour vos nouvelles formations. Je ne souhaite plus être contactée pour vos offres, ni par téléphone ni par mail.
Merci de respecter ma demande.
Martine Giraud"""),

M("fr-oppose-stats", "objection", "fr", "Hugo Lambert <hugo.lambert@gmail.com>", "questionnaire de satisfaction",
"""Bonjour,
Je m'oppose à ce que mes réponses au questionnaire de fin de formation soient utilisées pour vos statistiques et vos bilans d'activité.
Hugo"""),
# NEAR-LINE: phrased as opposition to statistical use (policy example) -> objection, not withdraw_consent.

M("fr-qc-infolettre", "objection", "fr", "Stéphane Ouellet <s.ouellet@hotmail.ca>", "désabonnement infolettre",
"""Bonjour, désabonnez-moi de votre infolettre s'il vous plaît, je reçois trop de courriels ces temps-ci. Merci!"""),

M("fr-be-sms-commerciaux", "objection", "fr", "Christelle Maes <christelle.maes@hotmail.be>", "SMS",
"""Bonjour,
Je ne souhaite plus recevoir vos SMS commerciaux (promos ateliers etc). Pour les rendez-vous ça va, mais pas la pub.
Merci, bonne journée
Christelle"""),

M("fr-pub-ciblee-fb", "objection", "fr", "Antoine Marchal <antoine.marchal@gmail.com>", "pub facebook",
"""Bonjour,
Depuis que je me suis inscrit à votre webinaire gratuit je vois vos pubs partout sur Facebook et Instagram. Je refuse que mon adresse mail serve à du ciblage publicitaire. Merci de me retirer de vos audiences.
A. Marchal"""),

M("fr-profilage", "objection", "fr", "Élodie Simon <elodie.simon@free.fr>", "segments",
"""Bonjour Sandra,
J'ai compris en lisant ta newsletter que tu classes les abonnés par "profils" selon les liens cliqués. Je ne veux pas être profilée comme ça, merci de m'exclure de ce tri (je veux bien continuer à recevoir la lettre normale).
Élodie"""),

M("fr-arretez-relances", "objection", "fr", "Franck Dumont <franck.dumont@gmail.com>", "Re: Dernière chance pour la formation Leadership",
"""Ça fait 5 relances. Arrêtez de me relancer pour cette formation svp, je ne suis pas intéressé et je ne veux plus de mails commerciaux.""",
 quote=("gmail_fr", SANDRA_PRO, "Dernière chance ! Les inscriptions à la formation Leadership au féminin ferment ce soir à minuit.")),

M("fr-objet-desabonnement", "objection", "fr", "Lucie Barbier <lucie.barbier@sfr.fr>", "Désabonnement",
""""""),

M("fr-dictee-nl", "objection", "fr", "Roger Fabre <roger.fabre@orange.fr>", "",
"""bonjour madame je ne veux plus recevoir vos lettres d'information par courriel point merci de m'enlever de la liste point roger fabre

Envoyé de mon iPad"""),

M("fr-obj-apres-deces-conj", "objection", "fr", "Paulette Girard <paulette.girard@orange.fr>", "vos courriers",
"""Madame,
Mon mari est décédé en janvier. Moi je suis toujours là et je reçois vos publicités à mon nom, je n'en veux plus, ça me rappelle les ateliers qu'on faisait ensemble. Rayez-moi de vos envois publicitaires.
P. Girard"""),
# NEAR-LINE: mentions a death, but she asks about HER OWN marketing -> objection, not post_mortem.

# ---------------- WITHDRAW CONSENT ----------------
M("fr-enlevez-temoignage", "withdraw_consent", "fr", "Carole <carole.dufour@gmail.com>", "témoignage",
"""Bonjour Sandra, enlevez mon témoignage de votre site svp, je préfère plus qu'il apparaisse. merci, Carole

Envoyé de mon iPhone"""),

M("fr-photo-groupe-fb", "withdraw_consent", "fr", "Valérie Henry <valerie.henry@laposte.net>", "photo sur facebook",
"""Bonjour,
Je retire mon accord pour la photo de groupe de l'atelier du 8 mars publiée sur votre page Facebook. Mon ex-mari n'a pas à savoir où je vais. Merci de la retirer ou de me flouter rapidement.
Valérie"""),

M("fr-video-retirer", "withdraw_consent", "fr", "Mathieu Rey <mathieu.rey@gmail.com>", "vidéo youtube",
"""Salut Sandra
la vidéo de la conférence où je parle (vers 12 min) est en ligne sur ta chaine, à l'époque j'avais dit oui mais j'ai changé d'avis, tu peux la retirer ou me couper ? merci"""),

M("fr-consentement-sante", "withdraw_consent", "fr", "Hélène Vasseur <helene.vasseur@orange.fr>", "Retrait de consentement",
"""Madame,
Je retire le consentement que j'avais donné dans mon contrat pour la collecte de mes données de santé. Je ne souhaite plus que vous notiez d'informations médicales me concernant.
Cordialement,
Hélène Vasseur"""),

M("fr-enregistrement-zoom", "withdraw_consent", "fr", "Pauline Giraud <pauline.giraud@gmail.com>", "enregistrement",
"""Coucou Sandra,
l'enregistrement zoom de notre séance de jeudi, finalement je retire mon autorisation, je ne veux pas que tu le gardes ni que tu t'en serves pour ta supervision. Désolée du revirement 🙈
Pauline"""),

M("fr-qc-photo-fb", "withdraw_consent", "fr", "Karine Lévesque <karine.levesque@videotron.ca>", "ma photo",
"""Allo! Enlève ma photo de ta page Facebook stp, celle de la retraite en Berry. Je l'avais permis mais là je suis pu à l'aise. Merci!"""),

M("fr-prenom-insta", "withdraw_consent", "fr", "Inès <ines.kader@gmail.com>", "post insta",
"""hello, tu as cité mon prénom et ma ville dans ton post insta avec mon avis, je t'avais dit ok mais finalement non, tu peux l'enlever stp ? merci 😘"""),

M("fr-questionnaire-accord", "withdraw_consent", "fr", "Gérald Mercier <gerald.mercier@wanadoo.fr>", "Questionnaire de recherche",
"""Bonjour,
J'avais accepté que mes réponses au questionnaire sur la gestion du stress servent à votre mémoire de certification. Je retire cet accord, merci de ne pas les utiliser.
Gérald Mercier"""),
# NEAR-LINE: questionnaire-use consent withdrawn -> withdraw_consent (contrast fr-oppose-stats).

M("fr-temoignage-audio", "withdraw_consent", "fr", "Sylvie Aubert <sylvie.aubert@gmail.com>", "Re: Merci pour ton témoignage !",
"""Sandra, finalement je préfère que tu ne diffuses pas mon témoignage audio, ni sur le site ni sur systeme.io. Je retire mon ok. Désolée !""",
 quote=("gmail_fr", SANDRA, "Merci infiniment Sylvie pour ton témoignage audio, il est magnifique ! Je le mettrai en ligne la semaine prochaine.\nSandra")),

M("fr-cookies", "withdraw_consent", "fr", "Benoît Leroy <benoit.leroy@gmail.com>", "cookies de votre site",
"""Bonjour, j'ai cliqué "accepter" sur le bandeau cookies de votre site par erreur. Je retire ce consentement pour Google Analytics, il n'y a pas de bouton pour revenir en arrière. Merci
B. Leroy"""),

M("fr-temoignage-et-photo-stop-nl", "objection withdraw_consent", "fr", "Clémence Bourdon <clemence.bourdon@gmail.com>", "plusieurs choses",
"""Bonjour Sandra
1) retire ma photo et mon témoignage de la page "ils en parlent"
2) et désinscris moi de la newsletter
merci, pas de rancune hein, j'ai juste besoin de couper un peu
Clémence"""),

# ---------------- POST MORTEM ----------------
M("fr-fils-maman", "post_mortem", "fr", "Julien Roussel <julien.roussel@gmail.com>", "Martine Roussel",
"""Bonjour Madame,

Ma mère, Martine Roussel, est décédée le 2 février. Elle vous consultait depuis 2023. Je vous demande de supprimer son compte et ses données, et d'arrêter les envois à son adresse.

Vous trouverez ci-joint l'acte de décès.

Julien Roussel""", att=[("acte_de_deces_M_Roussel.pdf", "application/pdf")]),

M("fr-notaire-succession", "post_mortem", "fr", "Étude de Maître Chauvet <office.chauvet@notaires.fr>", "Succession de Mme Denise Aubin - demande d'informations",
"""Madame,

Je suis chargé du règlement de la succession de Madame Denise AUBIN, décédée le 14 novembre 2025 à Issoudun.
Dans ce cadre, je vous remercie de bien vouloir me communiquer les données relatives à la défunte en votre possession (contrats, factures, sommes éventuellement dues ou trop-perçues), ainsi que l'état de son compte de formation en ligne.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour Maître Hervé Chauvet, notaire
Anne-Laure Picard, clerc

Étude Chauvet - 3 place du Marché - 36100 Issoudun""", fmt="alt", cte="quoted-printable", att=[("Attestation_notaire_Aubin.pdf", "application/pdf")]),

M("fr-sms-maman-decedee", "post_mortem", "fr", "Emma <emma.dubois22@gmail.com>", "",
"""bonjour, maman est decedee le mois dernier (Françoise Dubois) vous pouvez arreter les mails et supprimer son compte svp
merci
Emma sa fille

Envoyé de mon iPhone"""),

M("fr-directives-propres", "post_mortem", "fr", "Jacqueline Pottier <jacqueline.pottier@orange.fr>", "mes directives",
"""Bonjour Sandra,

Comme nous en avons parlé, je suis malade et je prends mes dispositions. Je souhaite qu'après mon décès toutes vos notes de séances me concernant soient détruites et que rien ne soit communiqué à ma famille, y compris à mes enfants.
Je vous remercie de garder ce message dans mon dossier.

Avec toute mon affection,
Jacqueline"""),

M("fr-veuve-enregistrements", "post_mortem", "fr", "Monique Delcourt <monique.delcourt@gmail.com>", "Mon mari Jean-Claude",
"""Bonjour Madame,
Mon mari Jean-Claude Delcourt nous a quittés en décembre. Il avait suivi votre programme en ligne et il y avait des enregistrements de ses séances. Serait-il possible de les récupérer ? Ce serait un souvenir précieux pour nous.
Merci infiniment,
Monique Delcourt"""),

M("fr-be-deces-papa", "post_mortem", "fr", "Geoffrey Lambrechts <g.lambrechts@gmail.com>", "Décès de mon père",
"""Bonjour,
Suite au décès de mon père, Roger Lambrechts, je vous demande de clôturer tout ce qui le concerne chez vous (compte, newsletter, fichier clients). Je peux vous envoyer l'acte si nécessaire.
Bien à vous
Geoffrey"""),

M("fr-mari-temoignage-defunte", "post_mortem", "fr", "Didier Fournier <didier.fournier@orange.fr>", "témoignage de mon épouse",
"""Bonjour,
Mon épouse Brigitte est décédée il y a trois mois. Son témoignage et sa photo sont toujours sur votre site, c'est très dur pour moi de tomber dessus. Merci de les retirer.
Didier Fournier"""),
# NEAR-LINE: testimonial withdrawal, but written by a relative after a death -> post_mortem only.

M("fr-directives-heritiere", "post_mortem", "fr", "Armelle Guillot <armelle.guillot@free.fr>", "Mes données après ma mort",
"""Bonjour,
Je désigne ma fille Claire Guillot (claire.guillot@gmail.com) pour exercer mes droits sur mes données après ma mort. Elle pourra décider de leur suppression. Merci d'en prendre note.
Armelle Guillot"""),

M("fr-soeur-acces-defunte", "post_mortem", "fr", "Corinne Blanchard <corinne.blanchard@sfr.fr>", "ma soeur",
"""bonjour
ma soeur Isabelle Blanchard s est suicidée en octobre. elle vous voyait pour du coaching. j aimerais savoir ce qu elle vous disait, avoir ses notes si c est possible. je sais pas si j ai le droit. je suis perdue
corinne"""),
]

# ---------------- extra multi-right requests ----------------
RECORDS += [
M("fr-multi-nl-pasdelete", "objection restriction", "fr", "Odile Perret <odile.perret@orange.fr>", "newsletter + dossier",
"""Bonjour Sandra,
Deux choses : je ne veux plus de la newsletter. Et pour mon dossier de coaching, ne le supprimez surtout pas (je reviendrai peut-être), mais ne vous en servez plus en attendant.
Odile"""),

M("fr-multi-sms-copie-desinscr", "access objection", "fr", "Yasmine <yasmine.haddad@gmail.com>", "",
"""slt envoi moi tout ce que t as sur moi stp et desinscris moi de ta newsletter jen ai marre de recevoir 3 mails par semaine 😤"""),

M("fr-multi-qc-acces-portab", "access portability", "fr", "Patrick Bergeron <patrick.bergeron@bell.net>", "Mes données personnelles",
"""Bonjour madame,
J'aimerais savoir quels renseignements vous détenez sur moi, et les recevoir dans un fichier que je pourrai téléverser dans mon nouvel outil de suivi (CSV idéalement).
Merci de votre diligence,
Patrick Bergeron
Sherbrooke (Québec)"""),

M("fr-multi-rect-erase", "erasure rectification", "fr", "Aline Chauvin <aline.chauvin@laposte.net>", "Corrections",
"""Bonjour,
Mon adresse mail est maintenant aline.chauvin@laposte.net (remplacez l'ancienne en wanadoo). Et je voudrais que vous effaciez mes notes de séances de 2022, je n'ai plus envie qu'elles existent.
Merci
Aline"""),

M("fr-multi-video-pub", "objection withdraw_consent", "fr", "Rémi Castel <remi.castel@gmail.com>", "vidéo + pubs",
"""bonjour
1/ je retire mon accord pour la vidéo témoignage tournée au stage de juin, merci de la supprimer de youtube et du site
2/ je ne veux plus recevoir vos offres commerciales
merci
Rémi"""),

M("fr-multi-dictee-acces-suppr", "access erasure", "fr", "Gisèle Bonnet <gisele.bonnet@orange.fr>", "mes données",
"""bonjour madame je voudrais d'abord savoir ce que vous avez comme informations sur moi virgule et ensuite que vous les supprimiez toutes point je vous remercie gisèle bonnet

Envoyé de mon iPhone"""),

M("fr-multi-portab-restrict", "portability restriction", "fr", "Maxime Leclerc <maxime.leclerc@gmail.com>", "dossier - instructions",
"""Bonjour,
Je vous demande de m'envoyer mes données (bilans, tests) dans un format réutilisable type csv. Par ailleurs ne les effacez pas pour l'instant mais cessez de les utiliser, un litige est en cours avec mon employeur qui a financé le bilan.
Cordialement
M. Leclerc"""),

M("fr-multi-caps-tout", "erasure objection withdraw_consent", "fr", "SANDRINE M <sandrine.m78@hotmail.fr>", "INADMISSIBLE",
"""Je découvre ma photo sur votre page Facebook pour la pub de votre stage ALORS QUE J AI JAMAIS ETE PREVENUE que ce serait pour de la pub.
RETIREZ LA PHOTO. Plus aucun mail commercial. Et supprimez toutes mes données.
Je suis vraiment en colère."""),
# NEAR-LINE: photo withdrawal + erasure + unsubscribe -> three rights.
]
