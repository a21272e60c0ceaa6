# French negatives, part A: ongoing threads where the request is only quoted, her own sent mail,
# other adults' data, questions about rights, CNIL complaints, cancellations and account problems.
from rec_common import SC, SO, FS, SIG_SANDRA, SIG_SANDRA_SHORT

RECORDS = [

# ----------------------------------------------------------------------------- thanks / replies above handled requests
dict(
    key="fr-neg-merci-apres-confirmation-effacement",
    frm=("Annick Raffin", "annick.raffin@orange.fr"),
    subject="RE: Suppression de mes données",
    rights=[],
    body="""Merci beaucoup Sandra, c'est parfait. Bonne continuation à vous !

Annick""",
    qstyle="outlook_fr",
    thread=[
        dict(frm="SO", ago=0.6, body="""Bonjour Madame Raffin,

Je vous confirme que l'ensemble de vos données (fiche client, questionnaire, échanges) a été supprimé de mes fichiers et de la plateforme. Seules les factures sont conservées pour la durée légale comptable.

""" + SIG_SANDRA),
        dict(frm=("Annick Raffin", "annick.raffin@orange.fr"), ago=5, subject="Suppression de mes données",
             body="""Bonjour,

Je souhaite que toutes mes données soient supprimées de vos fichiers. Merci.

Annick Raffin"""),
    ],
    # NEAR-LINE: the erasure request is only in the quoted history; the new text is a thank-you -> negative.
),

dict(
    key="fr-neg-bien-recu-export-je-regarde",
    date="2025-05-06 19:00",
    frm=("Baptiste Colin", "baptiste.colin@gmail.com"),
    subject="Re: Export de vos données de suivi",
    rights=[],
    body="""Bien reçu le fichier, je regarde ça ce week-end. Merci pour la rapidité !

Baptiste""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=0.2, subject="Export de vos données de suivi",
             body="""Bonjour Baptiste,

Vous trouverez ci-joint l'export de vos données de suivi au format CSV (objectifs, bilans hebdomadaires, réponses aux questionnaires), comme demandé.

""" + SIG_SANDRA_SHORT),
        dict(frm=("Baptiste Colin", "baptiste.colin@gmail.com"), ago=6, subject="Mes données",
             body="""Bonjour Sandra, est-ce que je pourrais récupérer mes données de suivi dans un fichier que je peux réutiliser (tableur) ? Merci, Baptiste"""),
    ],
),

dict(
    key="fr-neg-ok-merci-apres-desabonnement",
    date="2025-07-01 11:50",
    frm=("Coco", "corinne.lafarge@gmail.com"),
    subject="Re: désabonnement",
    rights=[],
    body="""ok merci bcp 👍""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=0.1, exact=True, body="""Bonjour Corinne,

C'est fait, vous ne recevrez plus la lettre. Au plaisir de vous recroiser !

Sandra"""),
        dict(frm=("Coco", "corinne.lafarge@gmail.com"), ago=1, subject="désabonnement",
             body="stp retire moi de la newsletter, trop de mails en ce moment. merci !"),
    ],
),

dict(
    key="fr-neg-question-atelier-au-dessus-vieille-demande-acces",
    date="2026-03-09 18:00",
    frm=("Paulette Godin", "paulette.godin@wanadoo.fr"),
    subject="RE: Copie de mon dossier",
    rights=[],
    body="""Bonjour Sandra,

Je reprends ce vieux fil, c'est plus simple pour moi. L'atelier "Lâcher prise" du samedi 14 est-il maintenu malgré la grève des trains ? Je viens de Vierzon.

Merci,
Paulette""",
    qstyle="outlook_fr",
    thread=[
        dict(frm="SO", ago=95, body="""Bonjour Paulette,

Voici, en pièce jointe, la copie de votre dossier comme vous me l'aviez demandé.

Belle journée,
Sandra"""),
        dict(frm=("Paulette Godin", "paulette.godin@wanadoo.fr"), ago=101, subject="Copie de mon dossier",
             body="""Bonjour, pourriez-vous m'envoyer une copie de mon dossier ? Merci. Paulette Godin"""),
    ],
    # NEAR-LINE: reply in an old access-request thread; the new text only asks about a workshop -> negative.
),

dict(
    key="fr-neg-super-attestation-juste-merci",
    date="2025-06-25 17:40",
    frm=("Yannick Kerhervé", "yannick.kerherve@gmail.com"),
    subject="Re: Orthographe de mon nom",
    rights=[],
    body="""Super, l'attestation est juste maintenant, merci beaucoup !

Yannick""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=0.3, body="""Bonjour Yannick,

Toutes mes excuses pour cette erreur. C'est corrigé dans mon fichier et voici l'attestation rééditée.

Sandra"""),
        dict(frm=("Yannick Kerhervé", "yannick.kerherve@gmail.com"), ago=2,
             body="""Bonjour, mon nom s'écrit Kerhervé avec un accent, pouvez-vous corriger ? Merci. Yannick"""),
    ],
    attach=[],
),

dict(
    key="fr-neg-clerc-notaire-accuse-reception",
    date="2026-05-07 10:15",
    frm=("Office notarial Bonnet & Giraud", "accueil.bonnet-giraud@notaires.fr"),
    subject="RE: Succession de Mme Simone Rabier",
    rights=[],
    body="""Madame,

Nous accusons bonne réception de votre courriel et des pièces jointes, et vous en remercions.

Le dossier est désormais complet de votre côté.

Sabrina Leroux, clerc
Office notarial Bonnet & Giraud""",
    qstyle="outlook_fr",
    thread=[
        dict(frm="SO", ago=1, body="""Maître,

Suite à votre demande concernant Mme Simone Rabier, je vous informe qu'aucune somme ne reste due. Vous trouverez ci-joint les deux dernières factures. Son dossier sera supprimé conformément à votre demande.

Sandra Delomenie"""),
        dict(frm=("Office notarial Bonnet & Giraud", "accueil.bonnet-giraud@notaires.fr"), ago=12,
             subject="Succession de Mme Simone Rabier",
             body="""Madame, dans le cadre de la succession de Mme Simone RABIER, décédée le 2 avril, nous vous remercions de nous indiquer les sommes éventuellement dues et de supprimer ses données. Sabrina Leroux, clerc"""),
    ],
    # NEAR-LINE: a notary after a death, but the new text only acknowledges receipt and asks nothing -> negative.
),

dict(
    key="fr-neg-verifie-temoignage-plus-en-ligne",
    date="2025-11-19 12:30",
    frm=("Géraldine Poirot", "geraldine.poirot@gmail.com"),
    subject="Re: Mon témoignage sur votre site",
    rights=[],
    body="""Je viens de vérifier, il n'apparaît plus nulle part. Merci Sandra pour ta réactivité, et encore bravo pour le nouveau site !

Géraldine""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=0.5, body="""Bonjour Géraldine,

C'est fait : le témoignage et la photo ont été retirés de la page d'accueil et de la page Systeme.io.

Sandra"""),
        dict(frm=("Géraldine Poirot", "geraldine.poirot@gmail.com"), ago=2,
             body="""Bonjour Sandra, je préférerais que mon témoignage ne soit plus sur le site, je retire mon accord. Merci ! Géraldine"""),
    ],
),

dict(
    key="fr-neg-demande-facture-dans-fil-effacement",
    frm=("Joël Perrichon", "joel.perrichon@free.fr"),
    subject="Re: Confirmation suppression",
    rights=[],
    body="""Bonjour,

Merci pour la confirmation. Du coup, une question pratique : mon comptable me réclame la facture de la séance de mars 2025 pour ma note de frais. Pouvez-vous m'en renvoyer une copie ? Vous disiez que vous gardiez les factures.

Joël Perrichon""",
    qstyle="thunderbird_fr",
    thread=[
        dict(frm="SC", ago=3, subject="Confirmation suppression",
             body="""Bonjour Monsieur Perrichon,

Vos données ont bien été supprimées. Je conserve uniquement les factures, comme la loi m'y oblige (10 ans).

Sandra Delomenie"""),
    ],
    # NEAR-LINE: "copie de facture" inside an erasure thread is an accounting request, not a right -> negative.
),

dict(
    key="fr-neg-merci-beau-texte-newsletter",
    date="2025-11-02 10:25",
    frm=("Françoise Tessier", "francoise.tessier@laposte.net"),
    subject="Re: 🌸 La lettre de Floraison de Soi - Novembre : lâcher prise",
    rights=[],
    body="""Chère Sandra,

Quel beau texte sur le lâcher-prise, il m'a fait du bien un dimanche matin de pluie. Je l'ai lu deux fois et l'ai imprimé pour le coller sur mon frigo !

À bientôt au cercle,
Françoise""",
    qstyle="thunderbird_fr",
    thread=[dict(frm=FS, ago=0.4, to=("Françoise Tessier", "francoise.tessier@laposte.net"),
                 subject="🌸 La lettre de Floraison de Soi - Novembre : lâcher prise",
                 body="""Bonjour Françoise,

Lâcher prise, ce n'est pas abandonner. C'est arrêter de porter ce qui ne nous appartient pas…

Prochains rendez-vous : cercle de parole le 6 novembre, atelier « Lâcher prise » le 22.

Sandra

Vous ne souhaitez plus recevoir cette lettre ? Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""")],
),

dict(
    key="fr-neg-transfert-newsletter-amie-cc",
    date="2025-03-21 13:30",
    frm=("Nathalie Berthon", "nathalie.berthon@gmail.com"),
    to=[("Julie Arnoux", "julie.arnoux@gmail.com")],
    subject="Fwd: Stage de printemps « Renaître » - inscriptions ouvertes",
    rights=[],
    headers={"Cc": "Sandra Delomenie <contact@floraisondesoi.fr>"},
    body="""Coucou Julie,

Je te transfère l'info du stage dont je t'ai parlé, je pense que ça te ferait du bien ! Je mets Sandra en copie, comme ça vous pouvez échanger directement.

Bises
Nath""",
    qstyle="fwd_fr",
    thread=[dict(frm=FS, ago=3, to=("Nathalie Berthon", "nathalie.berthon@gmail.com"),
                 subject="Stage de printemps « Renaître » - inscriptions ouvertes",
                 body="""Bonjour Nathalie,

Les inscriptions au stage « Renaître » (12 et 13 avril) sont ouvertes. Deux jours pour se reconnecter à soi, en petit groupe de 10 personnes.

Sandra

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""")],
),

dict(
    key="fr-neg-cc-fil-rh-supprime-creneau",
    date="2025-04-15 10:12",
    frm=("Maud Lefranc", "m.lefranc@mutuelle-centre-val.fr"),
    to=[("Olivier Degand", "o.degand@mutuelle-centre-val.fr")],
    subject="RE: Planning formation managers - sessions de juin",
    rights=[],
    attach=[("csv", "participants_session1_juin.csv", "Nom;Prénom;Service;Session\nAubert;Lydie;Gestion;1\nCamus;Franck;Sinistres;1\nDiallo;Awa;Relation adhérents;1\nFerreira;Tiago;Sinistres;1\nGodard;Céline;Gestion;1\n")],
    headers={"Cc": "Sandra Delomenie <contact@floraisondesoi.fr>", "X-Mailer": "Microsoft Outlook 16.0"},
    body="""Olivier,

Tu peux supprimer le créneau de 14h le 12, Sandra propose de tout regrouper le matin. Je mets à jour l'invitation Teams de mon côté.

Sandra, je te confirme 9 participants pour la première session.

Maud Lefranc
Service RH - Mutuelle Centre Val
Ce message et ses pièces jointes sont confidentiels.""",
    qstyle="outlook_fr",
    thread=[dict(frm=("Olivier Degand", "o.degand@mutuelle-centre-val.fr"), ago=0.2,
                 to=("Maud Lefranc", "m.lefranc@mutuelle-centre-val.fr"),
                 body="""Maud, on garde les deux créneaux le 12 (9h et 14h) ou on supprime celui de l'après-midi ?
Olivier""")],
),

# ----------------------------------------------------------------------------- her own sent mail
dict(
    key="fr-neg-envoi-sandra-confirme-effacement",
    frm="SC",
    to=("Ghislaine Royer", "ghislaine.royer@gmail.com"),
    subject="Re: Suppression de mes données",
    rights=[],
    body="""Bonjour Madame Royer,

Je fais suite à votre demande : l'ensemble de vos données personnelles (fiche, questionnaire d'accueil, notes et échanges) a été supprimé ce jour de mes fichiers, de mon Google Drive et de la plateforme Systeme.io.

Seules vos factures sont conservées, pour la durée imposée par les obligations comptables.

Je vous souhaite une belle continuation.

""" + SIG_SANDRA,
    qstyle="gmail_fr",
    thread=[dict(frm=("Ghislaine Royer", "ghislaine.royer@gmail.com"), ago=4,
                 body="""Bonjour, je vous demande de supprimer toutes mes données, je ne reviendrai pas. Ghislaine Royer""")],
    # NEAR-LINE: her own sent mail quoting an erasure request -> negative.
),

dict(
    key="fr-neg-envoi-sandra-export-csv",
    date="2025-04-10 10:20",
    frm="SC",
    to=("Thomas Leblanc", "thomas.leblanc@proton.me"),
    subject="Re: Récupération de mes données dans un format réutilisable",
    rights=[],
    body="""Bonjour Thomas,

Comme demandé, vous trouverez ci-joint vos données au format CSV : réponses aux questionnaires, objectifs saisis sur la plateforme et journal des séances.

N'hésitez pas à revenir vers moi si un élément manque.

""" + SIG_SANDRA_SHORT,
    qstyle="gmail_fr",
    thread=[dict(frm=("Thomas Leblanc", "thomas.leblanc@proton.me"), ago=9,
                 body="""Bonjour, je souhaite récupérer mes données dans un format structuré et lisible par machine (CSV ou JSON). Merci, Thomas Leblanc""")],
    attach=[("csv", "donnees_Thomas_Leblanc.csv",
             "date;type;contenu\n2025-01-14;objectif;Trouver un poste plus aligné avec mes valeurs\n2025-01-14;questionnaire;Énergie au travail : 4/10\n2025-02-11;séance;Travail sur les croyances limitantes\n2025-03-11;bilan;Énergie au travail : 7/10\n"),
            ("json", "donnees_Thomas_Leblanc.json", '{"personne": {"nom": "Leblanc", "prenom": "Thomas", "email": "thomas.leblanc@proton.me"}, "objectifs": ["Trouver un poste plus aligné avec mes valeurs"], "bilans": [{"date": "2025-01-14", "energie": 4}, {"date": "2025-03-11", "energie": 7}]}\n')],
),

dict(
    key="fr-neg-newsletter-sandra-copie-boite",
    date="2025-09-30 07:00",
    frm=FS,
    to="contact",
    subject="🌿 La lettre de Floraison de Soi - Octobre : l'art de ralentir",
    rights=[],
    html="alt",
    headers={"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.systeme.io>",
             "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe?c=8842>, <mailto:unsubscribe@systeme.io?subject=8842>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk", "X-Mailer": "Systeme.io Mailer"},
    body="""Bonjour Sandra,

Octobre ralentit la lumière, et si on le suivait ?

Ce mois-ci je vous propose un petit exercice : choisir une tâche quotidienne (se brosser les dents, préparer le café, marcher jusqu'à la voiture) et la faire deux fois plus lentement, en pleine conscience. Rien d'autre.

📅 Les rendez-vous
- Cercle de parole : jeudi 9 octobre, 19h
- Atelier « Ralentir sans culpabiliser » : samedi 18 octobre, 9h30
- Formation « Accompagner le changement » (2 jours, finançable OPCO) : 6 et 7 novembre

Je vous souhaite un bel automne,
Sandra

Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun
Vous recevez cet email car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire | Gérer mes préférences""",
),

dict(
    key="fr-neg-sandra-repond-question-conservation",
    frm="SO",
    to=("Sabine Carré", "sabine.carre@laposte.net"),
    subject="RE: Question sur vos notes",
    rights=[],
    body="""Bonjour Sabine,

Bonne question, et bien légitime ! Mes notes de séance sont conservées pendant la durée de l'accompagnement puis archivées ; les éventuelles données de santé sont supprimées au plus tard deux ans après la fin de nos séances. Tout est détaillé dans la politique de confidentialité que vous avez reçue à l'inscription.

Vous pouvez bien sûr demander à y accéder ou à les faire supprimer à tout moment.

Belle soirée,
Sandra""",
    qstyle="outlook_fr",
    thread=[dict(frm=("Sabine Carré", "sabine.carre@laposte.net"), ago=1, subject="Question sur vos notes",
                 body="""Bonjour Sandra, combien de temps gardez-vous les notes que vous prenez pendant les séances ? Juste par curiosité. Sabine""")],
),

dict(
    key="fr-neg-sandra-transfere-webmaster-suppression-compte",
    frm="SC",
    to=("Maxime - Web Berry Création", "maxime@webberry-creation.fr"),
    subject="TR: Suppression de compte",
    rights=[],
    body="""Salut Maxime,

Peux-tu supprimer le compte membre de Mme Pichon sur le site WordPress (l'ancien espace ressources) ? Sa demande est en dessous. De mon côté c'est fait sur Systeme.io.

Merci et bon week-end,
Sandra""",
    qstyle="fwd_outlook_fr",
    thread=[dict(frm=("Odile Pichon", "odile.pichon@gmail.com"), ago=2, to=SC, subject="Suppression de compte",
                 body="""Bonjour, je souhaite que mon compte et toutes mes données soient supprimés de votre site. Cordialement, Odile Pichon""")],
    # NEAR-LINE: her own mail forwarding a client's erasure request to her webmaster -> negative.
),

dict(
    key="fr-neg-sandra-relance-questionnaire-satisfaction",
    frm="SC",
    to=SC,
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    subject="Rappel : votre avis sur la formation « Gérer les conflits »",
    rights=[],
    body="""Bonjour à toutes et à tous,

Petit rappel : si ce n'est pas déjà fait, pourriez-vous prendre cinq minutes pour remplir le questionnaire de satisfaction à chaud ? C'est important pour moi (et pour la certification Qualiopi !).

Le lien : https://floraisondesoi.systeme.io/avis-conflits

Merci d'avance,
Sandra""",
),

# ----------------------------------------------------------------------------- another living adult's data
dict(
    key="fr-neg-epouse-demande-ce-que-mari-a-dit",
    frm=("Corinne Lebrun", "corinne.lebrun@orange.fr"),
    subject="Mon mari, Stéphane Lebrun",
    rights=[],
    body="""Bonjour Madame,

Mon mari Stéphane vient vous voir depuis janvier. Il ne me dit rien de ce qui se passe en séance et je m'inquiète beaucoup, il a changé.

Pourriez-vous me dire ce qu'il vous a confié, ou au moins me transmettre vos notes ? Je suis sa femme, je pense avoir le droit de savoir.

Corinne Lebrun""",
    # NEAR-LINE: asks for access to notes, but about another living adult without a mandate -> negative.
),

dict(
    key="fr-neg-fille-mere-ehpad-vivante",
    frm=("Véronique Chabot", "veronique.chabot@gmail.com"),
    subject="Ma mère, Mme Huguette Chabot",
    rights=[],
    body="""Bonjour,

Ma mère, Huguette Chabot, 84 ans, est entrée en EHPAD le mois dernier. Elle reçoit encore vos mails sur sa boîte, que je consulte pour elle.

Pouvez-vous la désinscrire et supprimer ses données ? Elle n'est plus en état de s'en occuper.

Merci,
Véronique Chabot""",
    # NEAR-LINE: a relative asking about another living adult's data, no mandate or legal protection mentioned -> negative.
),

dict(
    key="fr-neg-collegue-retirer-collegue-liste",
    frm=("Sébastien Morel", "s.morel@cabinet-morel-expertise.fr"),
    subject="Désinscription de ma collègue",
    rights=[],
    body="""Bonjour,

Ma collègue Anaïs Berger (a.berger@cabinet-morel-expertise.fr) reçoit vos newsletters depuis la formation de l'an dernier. Elle est en congé maternité jusqu'en septembre ; pouvez-vous la retirer de votre liste ?

Cordialement,
Sébastien Morel
Cabinet Morel Expertise""",
),

dict(
    key="fr-neg-rh-correction-nom-salarie-attestation",
    frm=("Service Formation - Pôle Santé Berry", "formation@polesante-berry.fr"),
    subject="Correction attestation - M. Jérémy Lalande",
    rights=[],
    body="""Bonjour Madame Delomenie,

L'attestation de fin de formation de notre salarié M. Jérémy Lalande porte le nom "Lalonde". Pourriez-vous nous renvoyer une attestation corrigée pour notre dossier OPCO ?

Merci par avance,
Émilie Costa
Assistante formation - Pôle Santé Berry""",
    # NEAR-LINE: correcting a name, but HR about an employee's document, not the writer's own data -> negative.
),

dict(
    key="fr-neg-soeur-relance-donnees-frere",
    frm=("Agnès Fournier", "agnes.fournier@sfr.fr"),
    subject="Re: Dossier de mon frère",
    rights=[],
    body="""Bonjour,

Je n'ai pas eu de réponse. Mon frère Laurent est hospitalisé et je voudrais savoir ce qu'il vous a dit en séance les dernières semaines, ça pourrait aider les médecins. Merci de me rappeler au 06 74 18 92 33.

Agnès Fournier""",
    qstyle="gmail_fr",
    thread=[dict(frm=("Agnès Fournier", "agnes.fournier@sfr.fr"), ago=4, subject="Dossier de mon frère",
                 body="""Bonjour, je suis la sœur de Laurent Fournier, votre client. Pouvez-vous me transmettre son dossier ? Agnès""")],
),

# ----------------------------------------------------------------------------- questions about how a right works
dict(
    key="fr-neg-question-combien-de-temps-notes",
    frm=("Rose Delaunay", "rose.delaunay@gmail.com"),
    subject="Question avant de commencer",
    rights=[],
    body="""Bonjour Sandra,

Avant notre première séance jeudi, une petite question : combien de temps conservez-vous les notes et les questionnaires après la fin de l'accompagnement ? Et sont-ils stockés sur papier ou sur informatique ?

Merci, à jeudi !
Rose""",
),

dict(
    key="fr-neg-question-ai-je-le-droit-suppression-en-cours",
    frm=("Samuel Pradier", "samuel.pradier@outlook.fr"),
    subject="Droit à l'effacement pendant l'accompagnement ?",
    rights=[],
    body="""Bonjour,

Ai-je le droit de demander la suppression de mes données alors que mon accompagnement n'est pas terminé (il me reste trois séances) ? Je me pose la question pour plus tard, je ne demande rien pour l'instant.

Samuel""",
    # NEAR-LINE: "ai-je le droit de..." about erasure, explicitly not asking yet -> negative.
),

dict(
    key="fr-neg-question-perte-attestation-si-effacement",
    frm=("Léa Rivière", "lea.riviere@gmail.com"),
    subject="Si je fais supprimer mes données…",
    rights=[],
    body="""Bonjour Sandra,

Une question un peu technique : si un jour je demande la suppression de mes données, est-ce que je perds aussi mon attestation de formation ? Et pourrez-vous encore me la renvoyer si je la perds ? Je demande parce que mon dossier VAE dépend de cette attestation.

Merci !
Léa""",
),

dict(
    key="fr-neg-question-delai-reponse-demande",
    frm=("Mathis Lebreton", "mathis.lebreton@etu.univ-tours.fr"),
    subject="Question RGPD pour mon mémoire",
    rights=[],
    body="""Bonjour Madame,

Je suis étudiant en master RH et je prépare un mémoire sur les petites structures de formation face au RGPD. Accepteriez-vous de me dire en combien de temps vous devez répondre quand un client demande l'accès à ses données, et comment vous vous organisez concrètement ?

Un échange de 20 minutes au téléphone serait idéal.

Respectueusement,
Mathis Lebreton""",
),

dict(
    key="fr-neg-question-qui-aurait-acces-sante-avant-inscription",
    frm=("Nadia Haddad", "nadia.haddad@gmail.com"),
    subject="Confidentialité",
    rights=[],
    body="""Bonjour,

J'hésite à m'inscrire à votre parcours "Rebondir après un burn-out". Avant de m'engager, j'aimerais savoir qui aurait accès aux informations de santé que je vous confierais, et si elles sont partagées avec quelqu'un (assistante, plateforme...).

Merci de votre réponse,
Nadia""",
    # NEAR-LINE: "qui a accès" as a prospect before any data is held -> question about policy, negative.
),

# ----------------------------------------------------------------------------- CNIL complaints
dict(
    key="fr-neg-copie-plainte-cnil-jointe",
    date="2025-07-08 16:00",
    frm=("Patricia Mornet", "patricia.mornet@outlook.fr"),
    subject="Copie de ma plainte auprès de la CNIL",
    rights=[],
    body="""Madame,

Faute de réponse à mes trois demandes, j'ai déposé ce jour une plainte auprès de la CNIL. Vous en trouverez la copie en pièce jointe pour information.

Patricia Mornet""",
    attach=[("pdf", "plainte_CNIL_Mornet.pdf",
             "CNIL - Plainte en ligne\nDeposee par : Patricia MORNET\nOrganisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun\nMotif : absence de reponse a une demande de droit d'acces")],
    # NEAR-LINE: sent after ignored requests, but the new text only transmits a CNIL complaint copy -> negative.
),

dict(
    key="fr-neg-transfert-accuse-cnil",
    date="2025-05-12 19:40",
    frm=("Loïc Marchadier", "loic.marchadier@free.fr"),
    subject="TR: Votre plainte a bien été enregistrée - CNIL",
    rights=[],
    body="""Pour information.

L. Marchadier""",
    qstyle="fwd_fr",
    thread=[dict(frm=("CNIL", "ne-pas-repondre@cnil.fr"), ago=0.3, to=("Loïc Marchadier", "loic.marchadier@free.fr"),
                 subject="Votre plainte a bien été enregistrée",
                 body="""Madame, Monsieur,

Nous accusons réception de votre plainte n° 25-118472, enregistrée le 12/05/2025, concernant l'organisme FLORAISON DE SOI.

Elle fera l'objet d'un examen par nos services. Nous vous rappelons que vous devez avoir préalablement exercé vos droits auprès de l'organisme concerné.

Le service des plaintes
Commission Nationale de l'Informatique et des Libertés""")],
),

dict(
    key="fr-neg-escalade-jai-saisi-la-cnil",
    date="2025-11-13 07:55",
    frm=("Maëlle Chantôme", "maelle.chantome@icloud.com"),
    subject="Re: Suppression de mes données",
    rights=[],
    body="""Bonjour,

Puisque vous ne répondez pas, j'ai saisi la CNIL hier. Je ne vous écrirai plus, la suite se fera avec eux.

Maëlle

Envoyé de mon iPhone""",
    qstyle="apple_fr",
    thread=[dict(frm=("Maëlle Chantôme", "maelle.chantome@icloud.com"), ago=30, subject="Re: Suppression de mes données",
                 body="""Bonjour, toujours rien… Je vous redemande de bien vouloir supprimer toutes les informations me concernant. Maëlle""")],
    # NEAR-LINE: above a quoted erasure request; the new text reports a CNIL complaint and asks nothing -> negative.
),

# ----------------------------------------------------------------------------- cancellations / account / password
dict(
    key="fr-neg-supprimer-creneau-jeudi",
    frm=("Marc Tessier", "marc.tessier@gmail.com"),
    subject="Séance de jeudi",
    rights=[],
    body="""Bonjour Sandra,

Je dois malheureusement annuler jeudi 16h, rendez-vous chez le dentiste déplacé. Tu peux supprimer mon créneau et me proposer autre chose la semaine d'après ?

Merci, désolé pour le contretemps
Marc""",
),

dict(
    key="fr-neg-retirer-inscription-atelier",
    date="2025-03-19 08:30",
    frm=("Hélène Guérin", "helene.guerin@wanadoo.fr"),
    subject="Désinscription atelier du 22",
    rights=[],
    body="""Bonjour Madame,

Je souhaite me désinscrire de l'atelier "Oser dire non" du samedi 22 : ma fille accouche plus tôt que prévu ! Pouvez-vous retirer mon inscription et me dire si l'acompte peut être reporté sur une autre date ?

Hélène Guérin""",
    # NEAR-LINE: "désinscription" and "retirer mon inscription" refer to a workshop booking, not to mailings -> negative.
),

dict(
    key="fr-neg-fermer-compte-plateforme-seul",
    frm=("Kévin Charpentier", "kevin.charpentier@outlook.fr"),
    subject="Fermeture compte",
    rights=[],
    body="""Bonjour,

Pouvez-vous fermer mon compte sur la plateforme de formation ? Je n'en ai plus l'usage.

Cordialement,
Kévin Charpentier""",
    # NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.
),

dict(
    key="fr-neg-mot-de-passe-oublie",
    frm=("Josette Lambert", "josette.lambert@orange.fr"),
    subject="mot de passe",
    rights=[],
    body="""Bonjour

je n arrive plus a me connecter, j ai oublie mon mot de passe et le lien "mot de passe oublié" ne m envoie rien. pouvez vous le reinitialiser ?

merci
Josette Lambert""",
),

dict(
    key="fr-neg-acceder-espace-formation-bloque",
    frm=("Florian Picard", "florian.picard@gmail.com"),
    subject="Re: Bienvenue dans la formation « Manager bienveillant »",
    rights=[],
    attach=[("png", "Capture d’écran 2025-10-03 à 21.14.07.png", "")],
    body="""Bonjour,

Je n'arrive pas à accéder à mon espace : le lien du mail ci-dessous me renvoie vers une page "accès refusé". J'ai pourtant bien payé (Stripe m'a envoyé le reçu). Vous pouvez regarder ?

Florian""",
    qstyle="gmail_fr",
    thread=[dict(frm=("Floraison de Soi", "noreply@systeme.io"), ago=0.1,
                 subject="Bienvenue dans la formation « Manager bienveillant »",
                 body="""Bonjour Florian,

Votre accès à la formation « Manager bienveillant » est prêt !
Connectez-vous ici : https://floraisondesoi.systeme.io/school/course/manager-bienveillant

Identifiant : florian.picard@gmail.com

L'équipe Floraison de Soi""")],
),

dict(
    key="fr-neg-resiliation-abonnement-cercle-mensuel",
    frm=("Anne-Sophie Renaud", "as.renaud@gmail.com"),
    subject="Résiliation abonnement cercle",
    rights=[],
    body="""Bonjour Sandra,

Je souhaite résilier mon abonnement mensuel au cercle de parole en ligne à partir du mois prochain (prélèvement Stripe du 5). Ce n'est pas contre toi, c'est le budget qui ne suit plus !

Merci de me confirmer que le prélèvement s'arrête.

Anne-Sophie""",
),

dict(
    key="fr-neg-annulation-contrat-entreprise",
    date="2025-06-02 11:20",
    frm=("Direction - Boulangeries Réunies du Berry", "direction@boulangeries-berry.fr"),
    subject="Annulation de la convention de formation n° 2025-14",
    rights=[],
    body="""Madame,

Compte tenu de la fermeture de notre site de Vatan, nous sommes au regret de devoir annuler la convention de formation n° 2025-14 (« Cohésion d'équipe », 2 jours, 8 participants).

Conformément à l'article 6 de la convention, l'annulation intervient plus de 30 jours avant la session. Merci de nous adresser un avoir pour l'acompte versé.

Bien cordialement,
Philippe Grangier
Directeur général""",
),


dict(
    key="fr-neg-sujet-seul-atelier-maintenu",
    date="2026-01-08 07:45",
    frm=("", "michele.brossard@orange.fr"),
    subject="Atelier de samedi maintenu malgré la neige ?",
    rights=[],
    body="",
),

dict(
    key="fr-neg-transfert-echange-dpo-autre-societe",
    date="2025-10-02 18:40",
    frm=("Élodie Garnier", "elodie.garnier@gmail.com"),
    subject="TR: Votre demande d'accès - Référence DPO-2025-1182",
    rights=[],
    body="""Sandra,

Pour info, voilà la réponse de mon ancien employeur à la demande dont on a parlé en séance. Tu avais raison, il suffisait de demander ! On en reparle jeudi, j'aimerais préparer l'entretien avec la RH à partir de ces documents.

Élodie""",
    qstyle="fwd_fr",
    thread=[
        dict(frm=("Service DPO - Groupe Verlaine Distribution", "dpo@verlaine-distribution.fr"), ago=1,
             to=("Élodie Garnier", "elodie.garnier@gmail.com"),
             subject="Votre demande d'accès - Référence DPO-2025-1182",
             body="""Madame,

Suite à votre demande d'accès du 2 septembre, vous trouverez ci-joint la copie des données vous concernant (dossier administratif, entretiens annuels 2021 à 2024).

Le Délégué à la protection des données"""),
        dict(frm=("Élodie Garnier", "elodie.garnier@gmail.com"), ago=30, to=("DPO", "dpo@verlaine-distribution.fr"),
             subject="Demande d'accès à mes données personnelles",
             body="""Madame, Monsieur,

En application de l'article 15 du RGPD, je vous demande la copie de l'ensemble des données me concernant, notamment mes entretiens annuels d'évaluation.

Élodie Garnier"""),
    ],
    # NEAR-LINE: the forwarded chain holds an access request addressed to another company; nothing asked of her -> negative.
),

dict(
    key="fr-neg-aide-rediger-demande-effacement-ex-employeur",
    frm=("Samia Rahmani", "samia.rahmani@hotmail.fr"),
    subject="Petit service avant notre séance",
    rights=[],
    body="""Bonjour Sandra,

Comme on l'a évoqué la dernière fois, je voudrais demander à mon ancien cabinet de recrutement de supprimer toutes mes données (ils continuent à m'envoyer des offres qui n'ont rien à voir). Je bloque sur la formulation.

Est-ce que tu pourrais jeter un œil à mon brouillon ci-dessous pendant notre séance de mardi ?

"Madame, Monsieur, je vous demande d'effacer l'ensemble des données me concernant et de cesser de m'adresser des offres d'emploi..."

Merci !
Samia""",
    # NEAR-LINE: erasure/objection wording, but the request is drafted for another company; nothing asked of her -> negative.
),

]
