# People who mention relatives (spouse, children, parents, siblings, exes...) while exercising
# rights over their OWN data (all requests).
from common import M, SANDRA, CONTACT, SANDRA_BARE, CONTACT_BARE, q, gmail_fr, gmail_en, apple_fr, outlook_fr, outlook_en, fwd_fr, fwd_en

RECORDS = [

M("b32-own-couple-mes-donnees", ["access"], "fr",
  "Corinne Labbé <corinne.labbe@gmail.com>", "2025-01-14 20:12",
  "Atelier couple – mes données à moi",
  """Bonjour Sandra,

Mon mari et moi avons suivi votre atelier "Communiquer en couple" en novembre. Nous nous sommes séparés depuis.

Je souhaiterais recevoir une copie des données qui me concernent moi, personnellement : mon questionnaire individuel, mes notes d'exercices et ce que vous avez noté dans mon dossier. Je ne demande rien sur lui, c'est à lui de faire sa propre demande s'il le souhaite.

Merci de votre discrétion,
Corinne Labbé"""),

M("b32-own-fille-ma-inscrite", ["objection"], "fr",
  "Jacqueline Pottier <jacqueline.pottier@orange.fr>", "2025-02-03 10:45",
  "Newsletter",
  """Bonjour,

Ma fille m'a inscrite à votre newsletter en pensant me faire plaisir, mais je ne lis pas tout ça et ça encombre ma boîte. Merci de me désabonner.

Salutations,
J. Pottier""",
  in_reply_to="b32-nl-fevrier-2025", parent_addr="contact@floraisondesoi.fr",
  fmt="alt"),

M("b32-own-ex-acces-mail-nouvelle-adresse", ["rectification"], "fr",
  "Aurélie Martineau <aurelie.martineau.pro@proton.me>", "2025-03-12 07:36",
  "Nouvelle adresse mail – important",
  """Bonjour Sandra,

Je vous écris depuis ma nouvelle adresse. Mon ex-conjoint connaît le mot de passe de l'ancienne (aurelie.martineau@hotmail.fr) et je ne veux plus rien recevoir dessus, surtout pas les comptes rendus de séance.

Merci de remplacer l'ancienne adresse par celle-ci, aurelie.martineau.pro@proton.me, partout : votre fichier, la plateforme et les rappels de rendez-vous.

Merci mille fois,
Aurélie"""),

M("b32-own-sister-gift-delete", ["erasure"], "en",
  "Laura Bennett <laura.bennett@hotmail.co.uk>", "2025-04-02 19:24",
  "Please delete my details",
  """Hi,

My sister booked three coaching sessions for me as a birthday present last year (she paid, I attended). I've decided not to continue and I'd like you to delete all my personal data - contact details, notes from the sessions, the intake form. My sister's payment records are hers, I'm only asking about my own information.

Thanks,
Laura Bennett"""),

M("b32-own-husband-paid-source", ["access"], "en",
  "Melissa Carter <melissa.carter@gmail.com>", "2025-04-29 11:17",
  "What information do you hold about me?",
  """Hello Sandra,

My husband paid for my sessions with his card, so I suspect some of my details were entered under his name. I'd like to know exactly what personal information you hold about me, where each piece came from (me, him, the booking form, Stripe...), and whether any of it was shared with anyone.

A copy of the data itself would be great too.

Thanks in advance,
Melissa Carter"""),

M("b32-own-nom-jeune-fille", ["rectification"], "fr",
  "Sophie Lefort <sophie.lefort36@gmail.com>", "2025-05-13 13:58",
  "Changement de nom",
  """Bonjour Madame Deloménie,

Suite à mon divorce, j'ai repris mon nom de naissance. Je suis inscrite chez vous sous le nom de Sophie Brunet ; merci de corriger en Sophie Lefort sur ma fiche, mon compte de formation et les prochaines factures.

Mon adresse mail reste la même.

Bien cordialement,
Sophie Lefort (ex-Brunet)"""),

M("b32-own-mere-lien-prospection", ["objection"], "fr",
  "Romain Thibault <romain.thibault@laposte.net>", "2025-06-04 08:22",
  "Opposition prospection",
  """Bonjour,

Ma mère m'a transmis le lien vers votre ebook gratuit il y a quelques mois, je l'ai téléchargé, et depuis je reçois des relances commerciales toutes les semaines.

Je m'oppose à l'utilisation de mes coordonnées à des fins de prospection. Merci de ne plus m'envoyer de messages commerciaux.

Romain Thibault"""),

# NEAR-LINE: the health data are about her father's illness, given in her own questionnaire; she
# withdraws the health-data consent AND asks for erasure of that data -> erasure + withdraw_consent.
M("b32-own-sante-pere-questionnaire", ["erasure", "withdraw_consent"], "fr",
  "Marion Chevalier <marion.chevalier@free.fr>", "2025-07-01 22:03",
  "Questionnaire santé – retrait",
  """Bonjour Sandra,

Dans le questionnaire de début d'accompagnement, j'ai parlé en détail de la maladie de mon père et de mes propres problèmes de sommeil et d'anxiété. J'avais coché la case de consentement pour les données de santé.

Je retire ce consentement. Et je souhaite que les réponses de santé de ce questionnaire soient effacées de votre dossier, ainsi que tout le reste de mes données une fois l'accompagnement terminé fin juillet.

Merci pour votre compréhension,
Marion"""),

M("b32-own-wife-stays-remove-me", ["objection"], "en",
  "Tom Hargreaves <tom.hargreaves@gmail.com>", "2025-08-12 18:49",
  "Re: Your September programme is open!",
  """Hi Sandra,

Both my wife and I are on your mailing list. Could you take me (Tom) off please? Julia wants to keep receiving your emails, so please leave her subscription alone.

Cheers,
Tom

""" + gmail_en("Tue, 12 Aug 2025 at 07:00", "Floraison de Soi <contact@floraisondesoi.fr>",
               """Your September programme is open!

Eight weeks to reconnect with what matters. Early-bird price until 31 August.

Unsubscribe | Manage preferences"""),
  in_reply_to="b32-nl-sept-2025", parent_addr="contact@floraisondesoi.fr"),

M("b32-own-belle-mere-geler-notes", ["restriction"], "fr",
  "Virginie Delaunay <virginie.delaunay@gmail.com>", "2025-09-18 21:30",
  "Mes notes de séance",
  """Bonsoir Sandra,

J'ai appris que ma belle-mère s'est inscrite à votre cercle de femmes du jeudi. Je vous fais entièrement confiance, mais je suis mal à l'aise à l'idée que mes notes de séances (où je parle beaucoup d'elle...) soient dans le même espace partagé que le groupe.

Je ne veux pas que vous les supprimiez, j'en aurai peut-être besoin plus tard. Mais je vous demande de les mettre de côté et de ne plus les utiliser, ni en séance de groupe ni ailleurs, jusqu'à ce que je vous dise le contraire.

Merci,
Virginie"""),

M("b32-own-cousine-autre-coach-export", ["portability"], "fr",
  "Élodie Renaud <elodie.renaud@yahoo.fr>", "2025-10-14 12:40",
  "Récupération de mes fiches",
  """Bonjour Sandra,

Je vais poursuivre mon travail avec une autre coach que ma cousine m'a recommandée, plus près de chez moi. Pourriez-vous m'envoyer mes fiches d'exercices, mes bilans et mes réponses aux tests dans un format exploitable (Word ou Excel, pas des scans) pour que je puisse les lui transmettre ?

Merci pour tout,
Élodie Renaud"""),

# NEAR-LINE: her son types the message, but the data subject herself makes and signs the request -> access. Subject header deliberately absent.
M("b32-own-fils-aide-ecrire", ["access"], "fr",
  "Lucienne Garnier <lucienne.garnier@wanadoo.fr>", "2025-11-05 15:16",
  None,
  """Madame,

C'est mon fils qui tape ce message pour moi car je ne suis pas à l'aise avec l'ordinateur, mais c'est bien moi qui fais la demande.

J'ai participé à vos ateliers de mémoire et de bien-être à la maison de quartier. Je voudrais savoir quelles informations vous avez sur moi et en avoir une copie sur papier, envoyée à mon adresse : 3 rue du Bourdonnet, 36100 Issoudun.

Je vous remercie.
Lucienne Garnier"""),

M("b32-own-daughter-translates-delete", ["erasure"], "en-nonnative",
  "Nguyen Van Hai <vanhai.nguyen@yahoo.com>", "2025-12-02 09:09",
  "delete my account",
  """Hello Madame,

My daughter help me to write this email because my french and english is not good. I am Nguyen Van Hai, I did your online course about stress at work in 2024.

I want to delete my account and all my data, everything, the answers and my contacts. I dont use it anymore.

Thank you
Nguyen Van Hai"""),

M("b32-own-conjoint-photo-insta", ["withdraw_consent"], "fr",
  "Camille Roussel <camille.roussel@gmail.com>", "2026-01-06 20:55",
  "Photo de groupe Instagram",
  """Bonjour Sandra,

Mon conjoint est tombé sur la photo de groupe du stage de décembre sur votre compte Instagram, où j'apparais au premier rang. Ça a créé pas mal de tensions à la maison, il ne savait pas que je faisais ce stage.

J'avais signé l'autorisation de droit à l'image, mais je la retire. Pouvez-vous retirer la photo ou me recadrer/flouter ?

Merci et désolée du dérangement,
Camille"""),

M("b32-own-factures-nom-mari", ["rectification"], "fr",
  "Nadine Fabre <famille.fabre@orange.fr>", "2026-01-20 11:26",
  "Factures au mauvais nom",
  """Bonjour,

Nous partageons cette adresse mail avec mon mari, et je remarque que mes factures de coaching sont établies au nom de "Jean-Paul Fabre". C'est moi la cliente, Nadine Fabre. Merci de corriger le nom sur mes factures et dans votre fichier.

Cordialement,
Nadine Fabre"""),

# NEAR-LINE: she wants to see what is held (access) and fix a date of birth confused with her twin
# (new value given) -> access + rectification; the twin's data is not requested.
M("b32-own-soeur-jumelle-confusion", ["access", "rectification"], "fr",
  "Pauline Roche <pauline.roche@gmail.com>", "2026-02-11 18:07",
  "Confusion avec ma sœur jumelle ?",
  """Bonjour Sandra,

Ma sœur jumelle Justine et moi avons toutes les deux suivi votre formation en ligne. En recevant mon attestation, j'ai vu qu'il y avait sa date de naissance, pas la mienne, et je me demande si nos dossiers n'ont pas été mélangés.

Pourriez-vous m'envoyer une copie de ce que vous avez sur moi, pour que je vérifie ? Et corriger ma date de naissance : c'est le 14/05/1991 (elle est née le 13, juste avant minuit !).

Merci,
Pauline Roche"""),

M("b32-own-ex-mari-jaf-geler", ["restriction"], "fr",
  "Stéphanie Morin <stephanie.morin@outlook.fr>", "2026-03-09 08:14",
  "Mes données – procédure en cours",
  """Madame,

Je suis en procédure de divorce et l'avocat de mon ex-mari a laissé entendre qu'il pourrait chercher à obtenir des éléments de mon accompagnement chez vous.

Je vous demande de ne rien supprimer de mon dossier (mon avocate en aura peut-être besoin), mais de ne plus l'utiliser ni le communiquer à qui que ce soit sans mon accord écrit, jusqu'à la fin de la procédure.

Merci de votre compréhension,
Stéphanie Morin"""),

M("b32-own-moving-abroad-csv-delete", ["erasure", "portability"], "en",
  "Ben Kowalczyk <ben.kowalczyk@fastmail.com>", "2026-03-31 16:32",
  "Moving abroad - my course data",
  """Hi Sandra,

We're relocating to Canada as a family next month, so I'm wrapping things up here. Before I go, could you send me my course data (progress, completed exercises, quiz results) as a CSV or similar file I can import elsewhere? Once I've confirmed I've received it, please delete my account and all my data.

Thanks for the great course!
Ben"""),

M("b32-own-belge-papa-inscrit-mineur", ["erasure"], "fr-BE",
  "Arthur Wauters <arthur.wauters@gmail.com>", "2026-04-15 17:50",
  "Suppression de mes données",
  """Bonjour,

Quand j'avais 16 ans, mon papa m'avait inscrit à un stage chez vous pendant des vacances en France. J'ai maintenant 19 ans et je ne souhaite pas que vous gardiez quoi que ce soit à mon sujet (fiche, photos, questionnaire, adresse mail).

Pouvez-vous tout supprimer, s'il vous plaît ? Pas besoin de contacter mon père, c'est ma décision.

Merci bien,
Arthur Wauters
Gembloux"""),

M("b32-own-quebec-textos-bebe", ["objection"], "fr-CA",
  "Jessica Lavoie <jessica.lavoie@gmail.com>", "2025-05-08 06:58",
  "Textos",
  """Allô,

Pouvez-vous arrêter de m'envoyer vos textos promotionnels svp? Ça sonne à 7h le matin et ça réveille le bébé à chaque fois. Je ne veux plus recevoir de messages texte de votre part, les courriels c'est correct.

Merci!
Jessica Lavoie"""),

# NEAR-LINE: mentions her mother's death, but the data concerned are her own questionnaire answers
# -> ordinary withdraw_consent, not post_mortem.
M("b32-own-deces-mere-retrait-questionnaire", ["withdraw_consent"], "fr",
  "Florence Aubry <florence.aubry@gmail.com>", "2025-06-19 14:21",
  "Utilisation de mes réponses au questionnaire",
  """Bonjour Sandra,

L'an dernier, j'avais accepté que mes réponses au questionnaire sur le deuil soient utilisées de façon anonyme pour votre travail de formation auprès d'autres coachs.

Depuis le décès de ma mère en mars, je relis les choses autrement et je ne souhaite plus que mes réponses servent à cela. Je retire donc mon consentement à cette utilisation.

Merci de votre délicatesse,
Florence"""),

M("b32-own-brother-in-law-shared", ["access"], "en",
  "Natalie Osei <natalie.osei@outlook.com>", "2025-07-22 21:41",
  "Did you share my information with anyone?",
  """Dear Sandra,

At a family dinner last weekend, my brother-in-law mentioned details that I only ever discussed in our coaching sessions. I'm not accusing anyone, but I need to understand.

Could you please tell me what personal data you hold about me, and whether any of it has been shared with anyone else - assistants, other coaches, platforms, anyone? I'd also like a copy of my file.

Thank you,
Natalie Osei"""),

M("b32-own-video-newsletter-famille", ["objection", "withdraw_consent"], "fr",
  "Laurence Bonnet <laurence.bonnet@sfr.fr>", "2025-08-26 10:34",
  "Ma vidéo témoignage",
  """Bonjour Sandra,

Ma famille n'était pas au courant de ce que j'ai traversé et ma nièce vient de tomber sur ma vidéo témoignage sur votre chaîne YouTube. Je retire mon consentement pour cette vidéo, merci de la retirer dès que possible.

Et je préfère aussi ne plus recevoir la newsletter, merci de me désinscrire.

Je garde un excellent souvenir de notre travail, ce n'est pas contre vous.
Laurence"""),

# NEAR-LINE: "supprimez le numéro de ma mère" looks like erasure, but she replaces the emergency
# contact with a new value given -> rectification only.
M("b32-own-contact-urgence-mere-mari", ["rectification"], "fr",
  "Julie Lemoine <julie.lemoine@laposte.net>", "2025-09-24 13:03",
  "contact d'urgence",
  """Bonjour,

Pour le stage de 3 jours en octobre, j'avais indiqué ma mère comme contact d'urgence (06 12 48 77 30). Elle est en maison de retraite et n'est plus joignable à ce numéro. Merci de supprimer ce numéro et de mettre à la place celui de mon mari, Fabien Lemoine : 06 98 21 54 03.

Bonne journée,
Julie Lemoine"""),

M("b32-own-copie-et-csv-mari", ["access", "portability"], "fr",
  "Anne-Claire Dupont <ac.dupont@gmail.com>", "2025-10-29 19:45",
  "Mes données de formation",
  """Bonjour Sandra,

Deux demandes pour moi :
- j'aimerais savoir quelles données vous avez sur moi et en recevoir une copie ;
- j'aimerais aussi un export de ma progression dans le parcours en ligne (modules terminés, résultats des quiz) au format CSV, pour l'importer dans mon outil de suivi perso.

Mon mari va s'inscrire au même parcours de son côté, avec son propre compte, donc rien à faire pour lui pour l'instant !

Merci,
Anne-Claire"""),

# NEAR-LINE: she states what is wrong but asks only that the notes be put on hold, not corrected -> restriction only.
M("b32-own-contest-family-notes", ["restriction"], "en",
  "Sarah Whitcombe <sarah.whitcombe@gmail.com>", "2025-11-19 08:50",
  "The notes on my family situation",
  """Hi Sandra,

I read through the summary you sent after session 4, and the part about my family situation isn't accurate - my parents are not estranged, and my brother has never "cut ties" with me. I think something I said was misunderstood.

Until we've had a chance to go through it together, please don't use those notes for anything or pass them on. I'm not asking you to delete them; I just want them put on hold.

Best,
Sarah"""),

M("b32-own-separation-plus-rien", ["erasure"], "fr",
  "Céline Guérin <celine.guerin@orange.fr>", "2025-12-17 22:48",
  "Suppression",
  """Bonsoir Sandra,

Je viens de vivre une séparation compliquée et j'ai besoin de tourner la page sur cette période, y compris sur ce que j'ai partagé pendant nos séances.

Je voudrais qu'il ne reste plus rien de mes séances chez vous : notes, fiches, questionnaires, mes messages WhatsApp si vous les avez gardés, et mon contact. Pouvez-vous tout supprimer ?

Merci pour votre accompagnement, il m'a portée.
Céline""",
  fmt="html"),

M("b32-own-informel-mari-dit-droit", ["access"], "fr-informal",
  "nathalie leroy <nath.leroy36@gmail.com>", "2026-01-12 12:31",
  "mes infos",
  """bjr
je veux que vous m'envoyez toute les info que vous avez sur moi, mon mari dit que c'est mon droit avec la loi rgpd.
j'ai fait 2 atelier chez vous en 2024 et la formation en ligne
merci
nathalie leroy"""),

M("b32-own-petit-fils-prospection", ["objection"], "fr",
  "Raymond Giraud <raymond.giraud@wanadoo.fr>", "2026-02-18 09:25",
  "Publicités",
  """Madame,

Mon petit-fils m'avait inscrit à votre conférence sur le bien vieillir, qui était fort intéressante. Depuis, je reçois des courriers électroniques publicitaires pour d'autres formations.

Je m'oppose au traitement de mes données à des fins de prospection et vous prie de cesser ces envois.

Salutations distinguées,
Raymond Giraud""",
  charset="iso-8859-1", cte="quoted-printable"),

M("b32-own-surname-marriage", ["rectification"], "en",
  "Emily Donovan <emily.donovan@gmail.com>", "2026-03-04 14:37",
  "Name change",
  """Hello Sandra,

Quick one: I got married in February and changed my surname. I'm registered in your system as Emily Carter - could you update it to Emily Donovan? Email stays the same. The course certificate in particular should carry my new name.

Thanks!
Emily"""),

M("b32-own-suisse-photo-avec-fille", ["withdraw_consent"], "fr-CH",
  "Joëlle Moret <joelle.moret@bluemail.ch>", "2026-03-20 10:15",
  "Photo de l'atelier parents-enfants",
  """Bonjour Madame Deloménie,

Lors de l'atelier parents-enfants de février, j'avais signé l'autorisation d'utiliser les photos. Je retire mon consentement pour la photo où l'on me voit avec ma fille Maëlle : je ne souhaite plus que nous apparaissions dans vos publications, ni elle ni moi.

Je vous remercie et vous adresse mes meilleures salutations.
Joëlle Moret, Fribourg"""),

M("b32-own-trois-droits", ["erasure", "objection", "withdraw_consent"], "fr",
  "Sandrine Perrin <sandrine.perrin@gmail.com>", "2026-04-08 07:42",
  "Témoignage + newsletter + mes données",
  """Bonjour Sandra,

Mes enfants sont maintenant au collège et leurs copains trouvent tout sur internet... Je préfère être prudente :
- je retire mon accord pour mon témoignage écrit avec photo sur votre site,
- merci de me désinscrire de la newsletter,
- et d'effacer l'ensemble de mes données.

Merci d'avance,
Sandrine Perrin"""),

M("b32-own-cousin-coach-direct", ["portability"], "en",
  "Olivia Grant <olivia.grant@icloud.com>", "2026-04-23 16:29",
  "Transfer my assessments",
  """Hi Sandra,

My cousin is a certified coach in Dublin and I'm going to continue working with her. Could you send the assessments and worksheets I filled in during our programme directly to her, in a reusable digital format (spreadsheet or Word, not a PDF scan)? Her email is aoife.grant.coaching@gmail.com.

Thank you - it's been a brilliant six months.
Olivia""",
  headers=[("X-Mailer", "iPhone Mail (22E240)")]),

# NEAR-LINE: objection to satisfaction surveys plus a freeze of the file while her complaint is open
# -> objection + restriction.
M("b32-own-sondages-et-gel", ["objection", "restriction"], "fr",
  "Isabelle Marchal <isabelle.marchal@free.fr>", "2026-05-04 18:11",
  "Réclamation en cours – mes données",
  """Madame,

Suite à ma réclamation du mois dernier (facturation de la séance annulée quand mon fils était hospitalisé), qui n'est toujours pas réglée :
- je m'oppose à recevoir vos questionnaires de satisfaction et à ce que mes données soient utilisées pour ces enquêtes ;
- tant que la réclamation n'est pas close, je vous demande de geler mon dossier : ne rien supprimer, ne rien modifier, ne rien utiliser.

Isabelle Marchal"""),

M("b32-own-acces-puis-effacement", ["access", "erasure"], "fr",
  "Gaëlle Rivière <gaelle.riviere@laposte.net>", "2026-05-20 21:04",
  "Mes données",
  """Bonjour,

Pourriez-vous me dire quelles données vous détenez à mon sujet, et me les envoyer ? Ensuite, je souhaite que vous les supprimiez toutes.

Mon compagnon avait pris rendez-vous pour moi la première fois par téléphone, donc je ne sais même pas exactement ce qui a été noté ni sous quel nom.

Merci,
Gaëlle Rivière"""),

M("b32-own-polish-unsubscribe", ["objection"], "en-nonnative",
  "Katarzyna Nowak <k.nowak@wp.pl>", "2026-06-03 12:44",
  "Stop newsletter please",
  """Good morning,

Please remove me from your newsletter list. My husband is french and he signed us both at the salon in Bourges, but I dont want receive these mails. Only me, he can decide for himself.

Best regards,
Katarzyna Nowak"""),

M("b32-own-adresse-emmenagement", ["rectification"], "fr",
  "Mathieu Garcia <mathieu.garcia@gmail.com>", "2026-06-18 19:13",
  "changement d'adresse",
  """Bonjour Sandra,

Je viens d'emménager avec ma compagne, voici ma nouvelle adresse pour les factures et les envois de supports :
18 rue de la Poterie, 36000 Châteauroux
(l'ancienne était 4 rue Saint-Martin, 36100 Issoudun)

Merci !
Mathieu"""),

# NEAR-LINE: she mentions the correct facts but asks only for a pause while checking -> restriction only (no rectification asked).
M("b32-own-doute-exactitude-pause", ["restriction"], "fr",
  "Delphine Masson <delphine.masson@outlook.fr>", "2025-02-27 11:48",
  "Ma fiche de suivi",
  """Bonjour Sandra,

En relisant la fiche de suivi que vous m'avez partagée, j'ai un doute sur plusieurs informations : on y lit que je suis mariée avec deux enfants (je suis pacsée, un enfant, et ma belle-fille vit avec nous une semaine sur deux) et que je travaille toujours chez Axa, ce qui n'est plus le cas.

Le temps de vérifier tout ça ensemble à la prochaine séance, pouvez-vous mettre en pause toute utilisation de cette fiche ?

Merci,
Delphine"""),

M("b32-own-recordings-husband-overheard", ["withdraw_consent"], "en",
  "Rebecca Hall <rebecca.hall@gmail.com>", "2025-03-25 22:19",
  "Recording of our sessions",
  """Hi Sandra,

I agreed at the start that our video sessions could be recorded for your supervision. My husband overheard one of the recordings when I was replaying it and it's been awkward since.

I'd like to withdraw my consent to the recordings - please stop recording from next session, and don't use the existing ones for supervision or anything else.

Thanks for understanding,
Rebecca"""),

M("b32-own-portuguese-divorce-keep", ["restriction"], "en-nonnative",
  "Ana Rodrigues <ana.rodrigues@sapo.pt>", "2025-06-25 15:27",
  "please keep my data but not use",
  """Dear Sandra,

I am in divorce process with my husband and my lawyer say maybe she need the documents of my coaching sessions with you. So please, don't delete nothing of my file. But also please don't use my data for any other thing, no emails, no surveys, nothing, until the divorce is finish.

Thank you very much,
Ana Rodrigues"""),

M("b32-own-exercices-therapeute", ["portability"], "fr",
  "Sébastien Noël <sebastien.noel@free.fr>", "2025-08-07 10:10",
  "Mes exercices écrits",
  """Bonjour Sandra,

Avec ma femme, nous commençons une thérapie familiale et la thérapeute aimerait voir les exercices que j'ai faits avec vous sur la communication non violente.

Est-ce que vous pourriez me renvoyer mes exercices et mes réponses dans un fichier numérique que je pourrai réutiliser (texte ou tableur) ? J'ai perdu mes versions papier.

Merci d'avance,
Sébastien"""),

M("b32-own-son-dob-in-my-file", ["rectification"], "en",
  "Claire Whitmore <claire.whitmore@yahoo.co.uk>", "2025-10-22 09:31",
  "Wrong date of birth on my profile",
  """Hello,

I've just noticed that my profile on your course platform shows my date of birth as 12/09/2009. That's my son's birthday - I must have typed it on autopilot. Mine is 04/02/1978. Could you correct it please? The certificate generated at the end of the course uses it.

Many thanks,
Claire Whitmore"""),

# NEAR-LINE: she requests erasure for herself and for her husband, who is in Cc and confirms in the
# thread; her own part alone is enough to make it an erasure request.
M("b32-own-epouse-et-mari-cc", ["erasure"], "fr",
  "Brigitte Carré <brigitte.carre@orange.fr>", "2025-11-10 17:37",
  "Suppression de nos données",
  """Bonjour Madame,

Mon mari Jacques (en copie) et moi-même avons participé ensemble à votre stage "Retraite active" en 2023. Nous vous demandons chacun la suppression de nos données personnelles : fiches d'inscription, adresse, photos du stage.

Jacques vous confirme sa demande en répondant à ce message.

Cordialement,
Brigitte Carré""",
  cc="Jacques Carré <jacques.carre@orange.fr>"),

# NEAR-LINE: a husband writing about the couple's shared postal address: both spouses are clients of
# the couple coaching, so it is his own data too -> rectification (not a relative-only negative).
M("b32-own-mari-adresse-couple", ["rectification"], "fr",
  "Frédéric Lambert <fred.lambert36@gmail.com>", "2026-01-29 08:06",
  "Nouvelle adresse",
  """Bonjour Sandra,

Nous avons déménagé avec Karine. Pour nos séances de couple et les factures, merci de remplacer notre ancienne adresse (11 rue des Jardins, 36100 Issoudun) par la nouvelle : 2 chemin de la Croix Blanche, 36100 Les Bordes.

À jeudi,
Frédéric"""),

M("b32-own-teen-son-found-testimonial", ["erasure", "withdraw_consent"], "en",
  "Jennifer Walsh <jen.walsh@gmail.com>", "2026-02-25 20:33",
  "Please take my testimonial down",
  """Sandra,

My 15-year-old son found my testimonial on your website - the one with my photo where I talk about burnout and my marriage. He was pretty upset.

I'm withdrawing my consent for the testimonial, please take it down. And honestly I'd prefer you delete everything you have on me at this point.

Sorry to do this by email,
Jennifer""",
  cte="quoted-printable"),

M("b32-own-romanian-caregiver-copy", ["access"], "en-nonnative",
  "Elena Popescu <elena.popescu@yahoo.com>", "2026-06-11 14:48",
  "copy of my notes",
  """Hello Mrs Sandra,

Since few months I take care of my mother who is sick and I forget many things we spoke in our sessions last year. Can you send me please a copy of my notes and of the documents you have about me? I want to read again the plan we made.

Thank you so much,
Elena Popescu""",
  cte="base64"),

M("b32-own-uncle-list-freeze", ["restriction"], "en",
  "Daniel Okafor <daniel.okafor@gmail.com>", "2025-09-03 13:13",
  "Hold on my file please",
  """Hi Sandra,

My uncle runs the training department at the company that sent me to your workshop, and I've just realised he may be able to see the attendance records and feedback forms through their HR portal.

While I sort out with HR who has access to what, could you please keep my feedback forms as they are but not use them or send them anywhere? Don't delete anything, I may want them later.

Thanks,
Daniel"""),

]
