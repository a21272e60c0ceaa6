# French requests written directly (the ~40% off-theme share) plus a few relayed ones.
from common import M

SAN = "Sandra Delomenie <contact@floraisondesoi.fr>"

RECORDS = [
M("fr-lettre-art18-date-naissance", "Demande de limitation du traitement - article 18 RGPD",
"""Madame,

Par la présente, et conformément à l'article 18 du Règlement (UE) 2016/679, je vous informe que je conteste l'exactitude de plusieurs données figurant dans le dossier constitué lors de mon accompagnement, notamment ma date de naissance et ma situation familiale.

Dans l'attente de la vérification de ces informations, je vous demande de limiter leur traitement : elles ne doivent être ni utilisées ni communiquées à quiconque.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Bernadette Chevalier
7 allée des Peupliers
36100 Issoudun
""", ["restriction"], frm="Bernadette Chevalier <b.chevalier36@orange.fr>", to=1),

# NEAR-LINE: "effacer mon mail de ta liste" is just leaving the mailing list: objection only.
M("fr-slt-desinscris-moi", "newsletter",
"""slt sandra
tu peux me desinscrire de ta newsletter et enlever mon mail de ta liste stp, je recois trop de trucs en ce moment
merci bcp
ju
""", ["objection"], frm="Justine <juju.lmb@gmail.com>", to=0, cte="8bit"),

M("fr-sms-style-plus-de-sms", "SMS ateliers",
"""Bjr, merci de ne plus m'envoyer de SMS pour annoncer les ateliers. Bonne journée
Envoyé de mon iPhone
""", ["objection"], frm="Gisèle Martin <gisele.martin@icloud.com>", to=1),

M("fr-reponse-newsletter-pixel", "Re: Les nouveautés de novembre chez Floraison de Soi",
"""Bonjour,
Je viens de lire dans votre politique que vous mesurez l'ouverture de vos lettres et les clics. Je m'oppose à ce suivi me concernant. Vous pouvez continuer à m'envoyer la lettre, mais sans me pister.
Bien cordialement,
Raphaël Petitjean
""", ["objection"], frm="Raphaël Petitjean <raphael.petitjean@protonmail.com>", to=0, reply=True,
q=dict(style="gmail_fr", who="Floraison de Soi <newsletter@floraisondesoi.fr>",
text="Bonjour à toutes et à tous,\nLes nouveautés de novembre : un atelier « Gratitude » le 22, et la reprise des cercles du jeudi.\nPour vous désinscrire, cliquez ici.")),

M("fr-changement-coach-envoi-direct", "Transfert de mon dossier",
"""Bonjour Sandra,

Comme je vous l'ai dit au téléphone, je poursuis mon accompagnement avec Valérie Besson à Bourges, pour des raisons pratiques (je travaille maintenant là-bas).
Pourriez-vous lui envoyer directement mon dossier sous forme numérique (questionnaires, fiches de séance) ? Son adresse : valerie.besson.coach@gmail.com
Merci pour tout ce chemin parcouru ensemble.

Estelle
""", ["portability"], frm="Estelle Garnier <estelle.garnier@laposte.net>", to=0, cc="valerie.besson.coach@gmail.com"),

M("fr-savoir-et-fichier-csv", "Mes données",
"""Bonjour Madame Delomenie,

Je souhaiterais savoir quelles données vous conservez me concernant, et les recevoir sous forme de fichier CSV ou tableur, que je puisse les réutiliser.

Cordialement,
Denis Aubry
""", ["access", "portability"], frm="Denis Aubry <denis.aubry@free.fr>", to=1, html="alt"),

M("fr-mettre-de-cote-reflexion", "mon dossier",
"""Bonjour Sandra,
Je ne sais pas encore si je vais vous demander de tout supprimer, j'ai besoin d'y réfléchir. En attendant, est-ce que vous pouvez mettre mon dossier de côté, sans rien en faire ni l'utiliser, et surtout sans l'effacer ?
Merci de votre compréhension,
Hélène
""", ["restriction"], frm="Hélène Rocher <helene.rocher@gmail.com>", to=0),

M("fr-evaluation-ne-pas-transmettre-employeur", "Évaluation de fin de formation",
"""Madame,

La note attribuée à mon évaluation finale (« acquis partiellement ») ne correspond pas à ce qui m'a été dit oralement lors du dernier jour. Je conteste cette évaluation. Tant qu'elle n'a pas été vérifiée, je vous demande de ne pas la transmettre à mon employeur ni de l'utiliser dans le bilan de la session.

Cordialement,
Sébastien Hamon
Technicien, SAS Duval Frères
""", ["restriction"], frm="Sébastien Hamon <s.hamon@duval-freres.fr>", to=0, mailer="Microsoft Outlook 16.0"),

M("fr-limiter-et-destinataires", "Limitation + destinataires",
"""Bonjour,

J'apprends que mon compte rendu de coaching aurait été vu par quelqu'un d'autre que vous. Je vous demande :
1) de me dire à qui mes informations ont été communiquées depuis le début de l'accompagnement ;
2) de geler leur utilisation jusqu'à ce que j'aie eu votre réponse.

Merci,
Karine Dufour
""", ["access", "restriction"], frm="Karine Dufour <karine.dufour@yahoo.fr>", to=1),

M("fr-retrait-consentement-sante-tout-supprimer", "Retrait de consentement",
"""Bonjour Sandra,

Lors de mon inscription j'avais signé l'autorisation de collecte de mes données de santé. Je retire ce consentement. Et, pour être claire, je souhaite que l'ensemble de mon dossier, pas seulement la partie santé, soit supprimé.

Merci de me confirmer par écrit.
Magali Vidal
""", ["erasure", "withdraw_consent"], frm="Magali Vidal <magali.vidal@outlook.fr>", to=1, cte="base64"),

M("fr-podcast-voix", "Épisode 12 du podcast",
"""Bonjour Sandra,
Vous aviez enregistré notre échange pour l'épisode 12 de votre podcast « Éclore ». Avec le recul je ne souhaite plus que ma voix y figure. Est-il possible de retirer ce passage, ou l'épisode ? Je suis désolée du dérangement.
Amitiés,
Cécile
""", ["withdraw_consent"], frm="Cécile Lambert <cecile.lambert@sfr.fr>", to=0),

M("fr-droit-image-stage-juin", "Autorisation droit à l'image - stage de juin",
"""Bonjour Madame,
J'ai signé au stage de juin une autorisation d'utilisation de mon image. Je reviens sur cette autorisation : je vois ma photo sur la page « Nos stages » (capture jointe). Merci de la retirer du site et de vos réseaux.
Cordialement,
Laurent Besnard
""", ["withdraw_consent"], frm="Laurent Besnard <laurent.besnard@gmail.com>", to=0,
att=[("png", "capture_page_stages.png", "")]),

M("fr-veuve-enregistrements-seances", "Mon mari, Jean-Pierre Masson",
"""Madame Delomenie,

J'ai la tristesse de vous apprendre le décès de mon mari, Jean-Pierre Masson, survenu le 14 février. Il m'avait parlé des séances faites avec vous et des enregistrements audio que vous faisiez. Je voudrais savoir s'il est possible de les récupérer ; ils comptent beaucoup pour moi et pour nos enfants.

Vous trouverez ci-joint l'acte de décès.

Avec mes remerciements,
Monique Masson
""", ["post_mortem"], frm="Monique Masson <monique.masson@wanadoo.fr>", to=1,
att=[("pdf", "acte_deces_JP_Masson.pdf", "EXTRAIT D'ACTE DE DECES\nJean-Pierre MASSON, décédé le 14 février à Châteauroux (Indre)")]),

M("fr-personne-confiance-fils", "Directives pour mes données",
"""Bonjour Sandra,

Suite à notre discussion de la dernière séance : je vous confirme par écrit que je désigne mon fils, Arnaud Leclerc (arnaud.leclerc@gmail.com), pour décider du sort de mes données chez vous après mon décès. Il pourra demander leur suppression ou leur communication. Je préfère que ce soit lui plutôt que mon mari.

Bien à vous,
Jacqueline Leclerc
""", ["post_mortem"], frm="Jacqueline Leclerc <jacqueline.leclerc@orange.fr>", to=1),

# NEAR-LINE: a brother asks to stop the newsletter after his sister's death: heir writing after a death = post_mortem only.
M("fr-frere-soeur-decedee-newsletter", "Lettre d'information - Isabelle Carré",
"""Bonjour,
Ma sœur Isabelle Carré est décédée cet été. Je relève sa boîte mail et je reçois toujours votre lettre d'information. Merci de l'enlever de vos envois et de ne plus rien lui adresser.
Cordialement,
Olivier Carré
""", ["post_mortem"], frm="Olivier Carré <isabelle.carre@laposte.net>", to=0),

M("fr-attestation-date-naissance", "Erreur date de naissance",
"""Bonjour,
Sur mon attestation de fin de formation ma date de naissance est le 21/03/1978. Je suis née le 12/03/1978. Pouvez-vous corriger dans votre fichier et me renvoyer une attestation corrigée ?
Merci,
Laetitia Gomes
""", ["rectification"], frm="Laetitia Gomes <laetitia.gomes@gmail.com>", to=0),

M("fr-nom-jeune-fille", "Changement de nom",
"""Bonjour Sandra,
Petite info administrative : depuis mon divorce j'ai repris mon nom de jeune fille. Merci de m'enregistrer désormais sous le nom de Nadia Lopez (et non plus Nadia Renard) pour les factures et les inscriptions.
Belle journée,
Nadia
""", ["rectification"], frm="Nadia Lopez <nadia.lopez@hotmail.fr>", to=0, cte="8bit"),

# NEAR-LINE: completing one's own file with a missing fact is rectification (completion), not a booking detail.
M("fr-completer-fiche-allergie", "Ma fiche pour le stage résidentiel",
"""Bonjour,
En relisant le récapitulatif d'inscription au stage résidentiel, je vois que ma fiche ne mentionne pas mon allergie aux fruits à coque. Pouvez-vous compléter ma fiche avec cette information ? C'est important pour les repas.
Merci !
Fabienne
""", ["rectification"], frm="Fabienne Morel <fabienne.morel@free.fr>", to=0),

M("fr-adresse-postale-demenagement", "Nouvelle adresse",
"""Bonjour Madame Delomenie,
Je vous informe de mon changement d'adresse. Ancienne : 3 rue Basse, 36100 Issoudun. Nouvelle : 15 avenue Jean Jaurès, 18100 Vierzon. Merci d'effacer l'ancienne de votre fichier.
Cordialement,
Marc Dupuis
""", ["rectification"], frm="Marc Dupuis <marc.dupuis18@gmail.com>", to=1),

M("fr-voir-et-corriger-adresse", "vérification",
"""Bonjour,
Pouvez-vous m'envoyer ce que vous avez comme informations sur moi ? Je pense que vous avez une mauvaise adresse, la facture est arrivée chez mon ancien voisin. La bonne adresse est 9 chemin des Prés, 36260 Reuilly.
Merci
André Picard
""", ["access", "rectification"], frm="André Picard <andre.picard@wanadoo.fr>", to=1),

M("fr-ne-plus-appeler", "Appels téléphoniques",
"""Madame,
J'ai reçu trois appels cette semaine pour me proposer votre nouveau programme. Je ne souhaite plus être contactée par téléphone, à aucun sujet commercial. Merci d'en prendre note.
Mme Duret
""", ["objection"], frm="Colette Duret <colette.duret@orange.fr>", to=1),

M("fr-one-liner-effacer-coordonnees", "coordonnées",
"""Merci d'effacer mes coordonnées de vos fichiers. Cordialement.
P. Barbier
""", ["erasure"], frm="Philippe Barbier <philippe.barbier@sfr.fr>", to=0),

M("fr-long-mail-buried-effacer", "Des nouvelles, enfin !",
"""Chère Sandra,

Cela fait bien longtemps que je voulais vous écrire. Depuis la fin de notre accompagnement, beaucoup de choses ont changé : j'ai quitté la banque, je me suis installée dans le Morvan avec mon compagnon et j'ai ouvert une petite chambre d'hôtes. Les outils que vous m'avez transmis (le fameux « cercle d'influence » !) me servent encore presque chaque semaine.

Je repense souvent à la séance où j'ai enfin osé parler de mon père. Merci pour votre patience ce jour-là.

Au passage, maintenant que cette page est tournée, je préférerais que vous n'ayez plus mes coordonnées ni mes notes de séance : vous pouvez tout effacer, je n'en aurai plus besoin.

Si vous passez par Saulieu, la porte vous est ouverte.

Avec toute mon amitié,
Marion
""", ["erasure"], frm="Marion Lefort <marion.lefort@gmail.com>", to=0, html="alt"),

M("fr-faire-disparaitre-trace", "Tourner la page",
"""Bonjour,
Je souhaiterais qu'il ne reste plus aucune trace de mon passage chez vous : fiche, mails, notes, tout. Je compte sur votre discrétion.
Merci
C.
""", ["erasure"], frm="C. Moreau <cm.8841@proton.me>", to=1),

M("fr-copie-notes-seance-polie", "Question",
"""Bonjour Sandra,
Est-ce que je pourrais avoir une copie de mes notes de séance ? Je voudrais les relire tranquillement.
Merci beaucoup,
Élodie
Envoyé de mon iPhone
""", ["access"], frm="Élodie Caron <elodie.caron@icloud.com>", to=0),

M("fr-qui-a-eu-acces", "Partage de mes informations",
"""Bonjour Madame,
Votre politique mentionne un comptable, un webmaster, Google Drive, des plateformes de paiement... Pouvez-vous me dire précisément lesquels ont reçu des informations me concernant ?
Merci d'avance,
Julie Lemoine
""", ["access"], frm="Julie Lemoine <julie.lemoine@outlook.com>", to=1),

M("fr-export-systemeio-vers-kajabi", "Export de mes données de formation",
"""Bonjour Sandra,
Je regroupe toutes mes formations sur mon propre compte Kajabi. Pourriez-vous exporter mes données de la formation « Leadership au féminin » (progression, notes, réponses aux exercices) dans un format que je puisse importer ? Idéalement CSV ou JSON.
Merci !
Amandine
""", ["portability"], frm="Amandine Roy <amandine.roy@gmail.com>", to=0),

M("fr-art20-formel", "Exercice du droit à la portabilité (art. 20 RGPD)",
"""Madame,

En application de l'article 20 du RGPD, je vous demande de me communiquer, dans un format structuré, couramment utilisé et lisible par machine, les données personnelles que je vous ai fournies dans le cadre de mon inscription et de mon accompagnement.

Je joins une copie de ma pièce d'identité.

Salutations distinguées,
Xavier Marchal
""", ["portability"], frm="Xavier Marchal <xavier.marchal@laposte.net>", to=1,
att=[("pdf", "piece_identite_Marchal.pdf", "CARTE NATIONALE D'IDENTITE\nMARCHAL Xavier, né le 08.05.1969")]),

M("fr-json-reponses", "fichier de mes réponses",
"""Bonjour,
Développeur de métier, je tiens un tableau de bord personnel. Vous serait-il possible de m'envoyer mes réponses aux questionnaires d'entrée et de sortie dans un fichier JSON (ou CSV à défaut) ?
Bonne soirée,
Romain
""", ["portability"], frm="Romain Chauvin <romain@chauvin.dev>", to=0),

M("fr-opposition-prospection-effacer", "Opposition",
"""Madame,
Je m'oppose au traitement de mes données à des fins de prospection commerciale et vous demande de les effacer de l'ensemble de vos fichiers.
Jean-Luc Bertin
""", ["erasure", "objection"], frm="Jean-Luc Bertin <jl.bertin@free.fr>", to=1),

M("fr-temoignage-page-vente", "Mon témoignage",
"""Bonjour Sandra,
Mon témoignage apparaît toujours sur la page de vente de la formation sur Systeme.io. Je ne souhaite plus qu'il y soit, merci de le retirer.
Bonne journée,
Sandrine
""", ["withdraw_consent"], frm="Sandrine Lebon <sandrine.lebon@yahoo.fr>", to=0, cte="base64"),

M("fr-ne-rien-supprimer-geler", "URGENT - ne rien supprimer",
"""Sandra, ne supprimez rien me concernant pour l'instant, mais n'utilisez plus mes infos non plus. Je vous explique la semaine prochaine.
Franck
Envoyé de mon Samsung Galaxy
""", ["restriction"], frm="Franck Olivier <franck.olivier@gmail.com>", to=0),

M("fr-sujet-seul-desabonnement", "Désabonnement newsletter",
"", ["objection"], frm="Roselyne Fabre <roselyne.fabre@wanadoo.fr>", to=0),

M("fr-questionnaire-memoire-certification", "Mon questionnaire pour votre mémoire",
"""Bonjour Sandra,
L'an dernier, j'avais accepté que mon questionnaire soit utilisé (anonymisé) pour votre mémoire de certification en coaching. Je retire cet accord, merci de ne pas l'y inclure.
Bien à vous,
Yves
""", ["withdraw_consent"], frm="Yves Collet <yves.collet@orange.fr>", to=1),

M("fr-liste-avant-suppression", "Avant suppression",
"""Bonjour,
Avant de supprimer mon dossier - ce que je vous demande par ce mail - pouvez-vous me dire ce que vous aviez exactement sur moi ?
Merci,
Céline Hoarau
""", ["access", "erasure"], frm="Céline Hoarau <celine.hoarau@gmail.com>", to=0),

M("fr-reponse-rappel-acces-fichier", "Re: Votre rendez-vous de jeudi",
"""Oui, c'est noté pour jeudi. Par ailleurs, je voudrais voir tout ce qui est conservé sur moi et l'avoir aussi en fichier exploitable, pour le garder de mon côté.
Merci Sandra
Antoine
""", ["access", "portability"], frm="Antoine Mercier <antoine.mercier@free.fr>", to=0, reply=True,
q=dict(style="gmail_fr", who=SAN, text="Bonjour Antoine,\nJe vous rappelle notre rendez-vous jeudi à 17h.\nBien à vous,\nSandra")),

M("fr-plus-de-mails-et-photos", "mails + photos",
"""Bonjour,
Je ne veux plus recevoir vos mails (newsletter et invitations) et je souhaite que les photos de moi prises à l'atelier de Noël soient retirées de votre site. J'avais donné mon accord à l'époque, je le retire.
Merci
Bérénice
""", ["objection", "withdraw_consent"], frm="Bérénice Faure <berenice.faure@gmail.com>", to=0),

M("fr-segmentation-achats", "Vos envois ciblés",
"""Bonjour,
Je remarque que vos mails semblent adaptés à ce que j'ai acheté chez vous. Je refuse ce profilage : merci de ne plus classer mes achats pour cibler vos envois.
Cordialement,
Gilles Roche
""", ["objection"], frm="Gilles Roche <gilles.roche@bbox.fr>", to=1, html="only"),
]
