# French negatives written by people (not requests to her under the labelling policy).
from recbase import M, with_dates

SANDRA_SIG = "Sandra Delomenie\nFloraison de Soi – coaching & formation\n06 81 84 21 73"

RECORDS = [

    # ------------------------------------------------------------ cancellations / bookings
    M("fr-neg-annul-rdv-sms", [], "jeudi",
      "Coucou dsl je dois annuler jeudi, la petite a de la fièvre 🤒 on recale la semaine pro ? bises\n",
      frm="Émeline Robin <emeline.robin@gmail.com>", html="alt"),

    # NEAR-LINE: "supprimer mon créneau" = deleting a slot, not data
    M("fr-neg-supprimer-creneau", [], "Créneau de mardi",
      "Bonjour Sandra, pouvez-vous supprimer mon créneau de mardi 14h ? Je prendrais bien celui de vendredi 10h s'il "
      "est toujours libre. Merci, Gilles\n",
      frm="Gilles Navarro <gilles.navarro@orange.fr>", mailer="ox"),

    # NEAR-LINE: unregistering from a workshop, explicitly NOT from the newsletter
    M("fr-neg-desinscription-atelier", [], "Désinscription atelier 15/11",
      "Bonjour, je me désinscris de l'atelier du 15 novembre, j'ai un mariage ce jour-là 😕 (pas de la newsletter "
      "hein, juste de l'atelier !). Vous me tiendrez au courant des prochaines dates ? Maud\n",
      frm="Maud Lefort <maud.lefort@hotmail.fr>"),

    # NEAR-LINE: cancelling a paid subscription (contract), not the newsletter
    M("fr-neg-resiliation-cercle", [], "Résiliation cercle de parole",
      "Bonjour, je souhaite résilier mon abonnement mensuel au cercle de parole à partir de janvier. Pouvez-vous "
      "arrêter le prélèvement ? Merci\nOdile Fabre\n",
      frm="Odile Fabre <odile.fabre@laposte.net>"),

    M("fr-neg-annulation-entreprise", [], "Annulation session du 18 mars – 6 stagiaires",
      "Bonjour Madame Delomenie,\n\nSuite à une réorganisation interne, nous sommes contraints d'annuler la session "
      "« Gestion du stress » prévue le 18 mars pour nos six collaborateurs. Conformément à l'article 7 de la "
      "convention, pourriez-vous nous indiquer si l'acompte peut être conservé sous forme d'avoir pour une session "
      "au second semestre ?\n\nBien cordialement,\n\nStéphane Ollivier\nService Formation – Laboratoires Sainval\n"
      "Tél. 02 54 03 11 20\n",
      frm="Service Formation Sainval <formation@labo-sainval.fr>", mailer="outlook", html="alt",
      cc="Direction RH <drh@labo-sainval.fr>"),

    # voice dictation, no punctuation
    M("fr-neg-dictee-report", [], "Rendez-vous lundi",
      "Bonjour Sandra je vais devoir reporter notre rendez-vous de lundi car j'ai un examen à l'hôpital est-ce que "
      "vous auriez quelque chose le jeudi suivant en fin de matinée merci et bonne journée Roger\n\n"
      "Envoyé de mon iPhone\n",
      frm="Roger Lemaitre <roger.lemaitre@orange.fr>", mailer="iphone"),

    # NEAR-LINE: "effacer mon inscription" = cancelling a booking
    M("fr-neg-effacer-inscription-stage", [], "stage juillet",
      "Bonsoir, vous pouvez effacer mon inscription au stage de juillet ? Finalement je ne pourrai pas venir, le "
      "boulot... Je vous redis pour la session d'octobre. Pauline\n",
      frm="Pauline Gomez <pauline.gomez@gmail.com>", html="alt"),

    # ------------------------------------------------------------ login / password
    M("fr-neg-mdp-sms", [], "connexion",
      "j arrive pas a me connecter a mon espace formation, mdp oublié et le mail de reinitialisation arrive pas 😩 "
      "help\n",
      frm="Jessica Lemoine <jess.lemoine@gmail.com>", html="alt"),

    # NEAR-LINE: "accéder à mon espace" is a login problem, not the right of access
    M("fr-neg-acces-espace", [], "Accès espace membre",
      "Bonjour, je n'ai plus accès à mon espace membre depuis que j'ai changé d'adresse mail. Comment faire pour "
      "accéder à mes vidéos ? Merci de votre aide, Annick Poulain\n",
      frm="Annick Poulain <annick.poulain@orange.fr>", mailer="ox", to="orange"),

    M("fr-neg-lien-replay", [], "replay",
      "Le lien du replay marche pas sur mon tél, ça tourne dans le vide. Vous pouvez le renvoyer ?\n\n"
      "Envoyé de mon iPhone\n",
      frm="Marius Dupuis <marius.dupuis@icloud.com>", mailer="iphone2"),

    # voice dictation: "systeme.io" -> "système point io"
    M("fr-neg-mdp-dictee", [], "Mot de passe",
      "bonjour Sandra j'ai perdu mon mot de passe pour la plate-forme système point io et quand je clique sur mot de "
      "passe oublié il me dit adresse inconnue pouvez-vous m'aider merci Josiane\n",
      frm="Josiane Texier <josiane.texier@wanadoo.fr>"),

    M("fr-neg-code-connexion", [], "Code jamais reçu",
      "Bonjour, je n'ai jamais reçu le code de connexion pour entrer dans la formation en ligne. J'ai vérifié les "
      "spams. Merci ! Lina\n",
      frm="Lina Chevalier <lina.chevalier@yahoo.fr>", mailer="yahoo"),

    # ------------------------------------------------------------ account closure alone
    # NEAR-LINE: "fermer mon compte" with no data mentioned -> negative
    M("fr-neg-fermer-compte", [], "Mon compte plateforme",
      "Bonjour, pouvez-vous fermer mon compte sur la plateforme de formation ? J'ai terminé le programme et je ne "
      "l'utilise plus. Merci et bonne continuation, Régine\n",
      frm="Régine Blanc <regine.blanc@free.fr>"),

    # NEAR-LINE: "supprime mon compte" alone, nothing about data -> treated as a bare account closure
    M("fr-neg-supprimer-compte-seul", [], "compte",
      "Supprime mon compte stp, j'ai fini le programme 👍\n",
      frm="Hugo Martinez <hugo.martinez@gmail.com>", html="alt"),

    # ------------------------------------------------------------ trigger words, everyday sense
    M("fr-neg-effacer-tableau", [], "Photo du tableau",
      "Bonjour Sandra, j'ai pris le tableau en photo avant que vous ne l'effaciez samedi, je vous l'envoie si ça peut "
      "servir pour le compte rendu du groupe. Belle semaine ! Florence\n",
      frm="Florence Mathieu <florence.mathieu@gmail.com>", html="alt",
      attach=[dict(kind="png", name="tableau_atelier.png")]),

    M("fr-neg-acces-salle", [], "Samedi",
      "Bonjour, pour l'accès à la salle rue d'Estienne d'Orves samedi, le digicode est toujours le même ? Et on peut "
      "se garer dans la cour ? Merci, JM\n",
      frm="Jean-Marc Hoarau <jm.hoarau@orange.fr>"),

    # NEAR-LINE: copy of an invoice for the mutuelle = accounting, not the right of access
    M("fr-neg-copie-facture", [], "Facture de mars",
      "Bonjour Sandra, pourriez-vous m'envoyer une copie de la facture de mars ? Ma mutuelle la demande pour le "
      "remboursement. Merci beaucoup ! Valentine\n",
      frm="Valentine Roche <valentine.roche@gmail.com>", html="alt"),

    M("fr-neg-export-agenda", [], "Agenda des ateliers",
      "Bonjour, comment on fait pour exporter l'agenda des ateliers dans Google Agenda ? Le bouton .ics ne marche pas "
      "chez moi. Merci\nThibault\n",
      frm="Thibault Renard <thibault.renard@outlook.fr>", mailer="outlook"),

    M("fr-neg-corriger-document", [], "Mon mémoire",
      "Bonjour Sandra, comme convenu je vous envoie mon mémoire de fin de formation. Pourriez-vous corriger le "
      "document et me dire si la partie 2 tient la route ? Pas de stress pour le délai. Merci !! Lise\n",
      frm="Lise Perrin <lise.perrin@gmail.com>", html="alt",
      attach=[dict(kind="docx", name="Mémoire_Lise_Perrin_v2.docx",
                   text="Mémoire de fin de formation\nAccompagner les aidants familiaux : posture et limites\nLise Perrin – promotion 2025\n\n"
                        "Partie 1. Le contexte\nPartie 2. L'écoute active comme outil")]),

    M("fr-neg-s-opposer", [], "Avant jeudi",
      "Bonjour Sandra, petit message avant notre séance : mon mari s'oppose toujours à ce que je reprenne mes études "
      "et ça me travaille beaucoup. J'aimerais qu'on en parle jeudi si possible. À jeudi, Coralie\n",
      frm="Coralie Bertin <coralie.bertin@sfr.fr>"),

    M("fr-neg-retirer-colis", [], "colis",
      "Coucou Sandra, je suis passée retirer le colis de tes cartes à la Poste, je te le dépose demain matin au "
      "cabinet. Bisous\n",
      frm="Maryse Tessier <maryse.tessier@orange.fr>", to="orange"),

    M("fr-neg-consentement-formation", [], "Module 3 – bibliographie",
      "Bonjour, pour le module 3 sur le consentement éclairé dans la relation d'aide, auriez-vous une bibliographie à "
      "nous conseiller ? J'ai trouvé le sujet passionnant. Adèle\n",
      frm="Adèle Vincent <adele.vincent@gmail.com>", html="alt"),

    M("fr-neg-rgpd-formation", [], "Demande de devis – formation RGPD et secret professionnel",
      "Bonjour Madame,\n\nProposez-vous une formation sur le RGPD et le secret professionnel pour nos équipes "
      "administratives ? Nous serions 8 personnes, idéalement sur une journée en intra dans nos locaux de Châteauroux. "
      "Pouvez-vous nous adresser un devis ?\n\nCordialement,\n\nÉlise Royer\nDirectrice adjointe – EHPAD Les Tilleuls\n",
      frm="Élise Royer <e.royer@ehpad-les-tilleuls.fr>", mailer="outlook", html="alt"),

    # NEAR-LINE: "voici mes informations" for a registration
    M("fr-neg-mes-infos-inscription", [], "Inscription stage d'octobre",
      "Bonjour, voici mes informations pour l'inscription au stage d'octobre : Rose Lambert, née le 04/06/1969, "
      "15 rue des Capucins 36100 Issoudun, 06 71 02 83 44. Je vous envoie l'acompte par virement. Rose\n",
      frm="Rose Lambert <rose.lambert@laposte.net>"),

    M("fr-neg-portabilite-numero", [], "Injoignable mardi",
      "Bonjour Sandra, je change d'opérateur (portabilité du numéro en cours), je risque d'être injoignable mardi et "
      "mercredi. Je garde le même numéro, pas d'inquiétude. Alain\n",
      frm="Alain Giraud <alain.giraud36@gmail.com>", html="alt"),

    M("fr-neg-rectifier-tir", [], "Merci ❤️",
      "Bonjour Sandra ! Je voulais vous dire qu'après notre dernière séance j'ai rectifié le tir avec ma fille, on a "
      "enfin pu se parler calmement. Merci, vraiment ❤️ Sandrine\n",
      frm="Sandrine Rolland <sandrine.rolland@hotmail.fr>"),

    # NEAR-LINE: wants to "effacer" years of her life, not data
    M("fr-neg-effacer-annees", [], None,
      "Bonsoir Sandra, je n'arrive pas à dormir alors je vous écris. Parfois j'aimerais effacer ces dix dernières "
      "années et repartir de zéro 😔 Je sais qu'on en parlera mardi. Merci d'être là. Murielle\n",
      frm="Murielle Denis <murielle.denis@orange.fr>", date="2025-10-14 01:52"),

    M("fr-neg-limiter-participants", [], "Retour atelier",
      "Bonjour, petit retour sur l'atelier de samedi : ce serait bien de limiter le nombre de participants, à 14 on "
      "n'avait pas le temps de tous parler. Sinon super contenu ! Hervé\n",
      frm="Hervé Rousseau <herve.rousseau@gmail.com>", html="alt"),

    M("fr-neg-renvoyer-support", [], "support",
      "Oups j'ai supprimé le mail avec le support de cours 🙈 tu peux me le renvoyer ?\n\nEnvoyé de mon iPhone\n",
      frm="Julie Carpentier <julie.carpentier@icloud.com>", mailer="iphone"),

    # ------------------------------------------------------------ questions about how a right works
    # NEAR-LINE: how long do you keep -> question, not a request
    M("fr-neg-question-duree", [], "Questionnaire du bilan",
      "Bonjour, combien de temps conservez-vous les questionnaires une fois l'accompagnement terminé ? Je me pose la "
      "question avant de remplir celui du bilan. Merci, Cécile\n",
      frm="Cécile Marin <cecile.marin@free.fr>"),

    # NEAR-LINE: "ai-je le droit de ... ?" before signing -> question about a right, nothing withdrawn
    M("fr-neg-ai-je-le-droit", [], "Autorisation témoignage",
      "Bonjour Sandra, avant de signer l'autorisation pour le témoignage : ai-je le droit de demander qu'il soit "
      "retiré plus tard si je change d'avis ? Je préfère savoir avant. Merci ! Bérénice\n",
      frm="Bérénice Lacroix <berenice.lacroix@gmail.com>", html="alt"),

    # NEAR-LINE: conditional question about unsubscribing, she does not unsubscribe
    M("fr-neg-question-desabo-sms", [], "question",
      "si je me desinscris de la newsletter je recois quand meme les infos de la formation ? merci\n",
      frm="Tiphaine Noël <tiphaine.noel@gmail.com>", html="alt"),

    # NEAR-LINE: father is alive; general question about data after death
    M("fr-neg-question-deces-pere", [], "Question",
      "Bonjour Madame, mon père est suivi par vous depuis quelques mois. Il est âgé et je me pose la question : que "
      "deviennent les données de vos clients en cas de décès ? Est-ce que la famille peut y avoir accès ? Simple "
      "question, il va bien pour l'instant ! Cordialement, L. Michaud\n",
      frm="Laurent Michaud <laurent.michaud@orange.fr>", mailer="ox"),

    # NEAR-LINE: prospective client asking generally who can see notes -> information question, no data of hers yet
    M("fr-neg-question-qui-acces", [], "Avant de m'engager",
      "Bonjour, avant de m'engager dans l'accompagnement, j'aimerais savoir qui a accès aux notes que vous prenez "
      "pendant les séances (assistante, superviseur ?) et où elles sont stockées. Merci d'avance, Amandine\n",
      frm="Amandine Rivière <amandine.riviere@gmail.com>", html="alt"),

    # NEAR-LINE: hypothetical "si je demande la suppression" -> question
    M("fr-neg-question-suppression-consequence", [], "Petite question",
      "Petite question : si je demande la suppression de mes données, est-ce que je garde l'accès aux vidéos du "
      "programme ? Je réfléchis encore. Noémie\n",
      frm="Noémie Caron <noemie.caron@yahoo.fr>", mailer="yahoo"),

    # ------------------------------------------------------------ CNIL complaint copy
    # NEAR-LINE: copy of a CNIL complaint (it recounts an old erasure request) -> negative
    M("fr-neg-cnil-copie", [], "Copie de ma plainte CNIL",
      "Madame,\n\nPour votre information, vous trouverez ci-dessous copie de la plainte que je viens de déposer "
      "auprès de la CNIL.\n\nG. Poulet\n\n"
      "--- Plainte en ligne – récapitulatif ---\n"
      "Thème : Droits des personnes – absence de réponse\n"
      "Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun\n"
      "Description : Le 12 janvier j'ai écrit à cet organisme pour obtenir la suppression de mes données. Je n'ai reçu "
      "aucune réponse et je reçois toujours sa lettre d'information. Je demande à la CNIL d'intervenir.\n",
      frm="Gérard Poulet <gerard.poulet@orange.fr>", mailer="ox", to="orange"),

    # ------------------------------------------------------------ about another living adult
    # NEAR-LINE: husband wants his living adult wife's notes -> negative
    M("fr-neg-mari-notes", [], "Isabelle",
      "Bonjour, ma femme Isabelle est suivie par vous depuis septembre. Je m'inquiète beaucoup pour elle en ce moment. "
      "Pourriez-vous m'envoyer vos notes ou au moins me dire ce qu'elle vous raconte ? Elle ne me parle plus. "
      "Philippe Garnier\n",
      frm="Philippe Garnier <philippe.garnier@gmail.com>", html="alt"),

    # NEAR-LINE: mother asks erasure for her ADULT son, no mandate -> negative
    M("fr-neg-mere-fils-majeur", [], "Théo Arnaud",
      "Bonjour, mon fils Théo (22 ans) a suivi votre formation l'an passé. Il ne veut plus entendre parler de tout ça, "
      "merci de supprimer ses données. Il n'a pas le temps de vous écrire lui-même. Dominique Arnaud\n",
      frm="Dominique Arnaud <dominique.arnaud@wanadoo.fr>"),

    # NEAR-LINE: colleague asks to unsubscribe someone else -> negative
    M("fr-neg-collegue-newsletter", [], "Newsletter – Aurélie Bonnet",
      "Bonjour, ma collègue Aurélie Bonnet ne veut plus recevoir votre newsletter. Elle est débordée alors je vous "
      "transmets : pouvez-vous la retirer de la liste ? Bonne journée, Fanny\n\nFanny Delmas\nMairie de Vatan – accueil\n",
      frm="Fanny Delmas <f.delmas@mairie-vatan.fr>", mailer="roundcube"),

    # NEAR-LINE: mother is alive (cognitive decline, no legal protection measure) -> another living adult -> negative
    M("fr-neg-fille-mere-ehpad", [], "Documents de ma mère",
      "Bonjour Madame, ma mère Jeannine Roussel a suivi vos ateliers mémoire. Elle est maintenant en EHPAD à Vatan, "
      "avec des troubles cognitifs importants (pas de mesure de protection pour l'instant). Pourriez-vous me "
      "transmettre les documents la concernant ? Cela m'aiderait pour son dossier. Cordialement, Martine Roussel\n",
      frm="Martine Roussel <martine.roussel@gmail.com>", html="alt"),

    # ------------------------------------------------------------ thank-you above handled requests
    M("fr-neg-merci-suppression", [], "Re: Votre demande de suppression",
      "Merci beaucoup, c'est parfait !\n",
      frm="Laure Bailly <laure.bailly@gmail.com>", html="alt",
      quote=dict(style="gmail_fr", ago=26, grandparent=True,
                 text="Bonjour Laure,\n\nJe vous confirme que l'ensemble de vos données (fiche, notes de séance, adresse "
                      "dans la liste de diffusion) a été supprimé ce jour. Seules les factures sont conservées pour la "
                      "durée légale comptable.\n\nBelle continuation,\nSandra\n\n"
                      "Le dim. 2 févr. 2025 à 18:02, Laure Bailly <laure.bailly@gmail.com> a écrit :\n"
                      "> Bonjour Sandra, pourriez-vous supprimer toutes mes données ? Merci. Laure\n"),
      date="2025-02-04 09:15"),

    M("fr-neg-merci-desabo-apple", [], "Re: Désinscription",
      "Super merci 👍\n\nEnvoyé de mon iPhone\n",
      frm="Corinne Leroy <corinne.leroy@icloud.com>", mailer="iphone",
      quote=dict(style="apple_fr", ago=5,
                 text="Bonjour Corinne,\n\nC'est fait : vous ne recevrez plus la lettre d'information. Vous restez "
                      "bien sûr la bienvenue aux ateliers !\n\nSandra\n")),

    M("fr-neg-merci-export-outlook", [], "RE: Export de vos données",
      "Bien reçu le fichier, merci Sandra ! Bonne fin de semaine.\nDamien\n",
      frm="Damien Roger <damien.roger@outlook.fr>", mailer="outlook", html="alt",
      quote=dict(style="outlook_fr", ago=48,
                 text="Bonjour Damien,\n\nComme demandé, vous trouverez en pièce jointe l'export de vos données au "
                      "format CSV (fiche, historique des séances, objectifs).\n\nBien à vous,\n" + SANDRA_SIG + "\n")),

    M("fr-neg-ok-rectif", [], "Re: Mise à jour de votre adresse",
      "ok c bon pr moi merci\n",
      frm="Nathan Blanchet <nathan.blanchet@sfr.fr>",
      quote=dict(style="gmail_fr", ago=3,
                 text="Bonjour Nathan,\n\nVotre nouvelle adresse (4 chemin des Vignes, 36100 Issoudun) est enregistrée. "
                      "Pouvez-vous me confirmer que c'est bien ça ?\n\nSandra\n")),

    # ------------------------------------------------------------ giving consent
    # NEAR-LINE: gives consent (scoped: no photo) -> nothing withdrawn
    M("fr-neg-consent-temoignage", [], "Re: Votre témoignage ?",
      "Oui bien sûr, vous pouvez publier mon témoignage avec mon prénom 😊 Par contre pas de photo svp !\n",
      frm="Marion Dupont <marion.dupont@gmail.com>", html="alt",
      quote=dict(style="gmail_fr", ago=30,
                 text="Bonjour Marion,\n\nVotre retour sur le stage m'a beaucoup touchée. Accepteriez-vous que je le "
                      "publie sur mon site, avec votre prénom seulement ?\n\nSandra\n")),

    M("fr-neg-consent-photo-pdf", [], "Autorisation droit à l'image",
      "Bonjour Sandra, ci-joint l'autorisation de droit à l'image signée pour les photos de l'atelier. Bonne soirée, "
      "Patricia\n",
      frm="Patricia Huet <patricia.huet@orange.fr>", mailer="ox",
      attach=[dict(kind="pdf", name="autorisation_droit_image_Huet.pdf",
                   text="AUTORISATION DE DROIT A L'IMAGE\nJe soussignée Patricia HUET autorise Floraison de Soi à publier les\n"
                        "photographies prises lors de l'atelier du 5 avril 2025 sur son site et ses réseaux.\nSignature : P. Huet")]),

    M("fr-neg-consent-newsletter", [], "newsletter",
      "coucou, ok pour recevoir ta newsletter, tu peux m'inscrire avec cette adresse 😊\n",
      frm="Kelly Bernard <kelly.bernard@gmail.com>", html="alt"),

    # ------------------------------------------------------------ everyday coaching mail
    M("fr-neg-merci-seance", [], "🦋",
      "Merci pour la séance d'hier Sandra, je suis repartie légère comme tout 🦋\n",
      frm="Sophie Antoine <sophie.antoine@orange.fr>"),

    M("fr-neg-retard-sms", [], None,
      "jsuis en retard 10 min dsl, bouchon sur la rocade\n",
      frm="Alex Dumont <alex.dumont@gmail.com>", html="alt"),

    M("fr-neg-questionnaire-rempli", [], "Questionnaire de départ",
      "Bonjour, voici mon questionnaire rempli pour notre première séance de lundi. J'ai eu du mal avec la question 7 ! "
      "Bien cordialement, Brigitte Moreau\n",
      frm="Brigitte Moreau <brigitte.moreau@laposte.net>",
      attach=[dict(kind="docx", name="Questionnaire de départ - B. Moreau.docx",
                   text="Questionnaire de départ\n1. Qu'est-ce qui vous amène ? Un besoin de clarté pro.\n"
                        "7. Qu'aimeriez-vous ne plus jamais entendre ? ...")]),

    # NEAR-LINE: the company that paid asks for attendance sheets/certificate for the OPCO -> contractual paperwork
    M("fr-neg-opco", [], "Certificat de réalisation + émargements – formation « Communication bienveillante »",
      "Bonjour Madame,\n\nPour la prise en charge par notre OPCO, pourriez-vous nous transmettre le certificat de "
      "réalisation ainsi que les feuilles d'émargement signées de la formation des 3 et 4 février (4 salariés) ?\n\n"
      "Merci par avance,\n\nKarima Benali\nAssistante RH – Transports du Berry\n",
      frm="Karima Benali <karima.benali@transports-berry.fr>", mailer="outlook", html="alt",
      cc=["Marc Lefranc <m.lefranc@transports-berry.fr>", "Comptabilité <compta@transports-berry.fr>"]),

    M("fr-neg-rappel-sms", [], "rappel",
      "vous pouvez me rappeler quand vous avez 5 min ? c'est pour ma fille\n",
      frm="Gisèle Paris <gisele.paris@orange.fr>", to="orange"),

    M("fr-neg-fwd-amie", [], "Fwd: atelier lâcher-prise",
      "Regarde Sandra, c'est ma copine Anne qui m'a envoyé ça, elle voudrait venir aussi à ton atelier, tu as encore "
      "de la place ? 😊\n",
      frm="Véro Lemaire <vero.lemaire@gmail.com>", html="alt",
      quote=dict(style="fwd_gmail_fr", frm="Anne Colin <anne.colin18@gmail.com>", to="Véro Lemaire <vero.lemaire@gmail.com>",
                 subject="atelier lâcher-prise", ago=20,
                 text="Coucou Véro, tu m'avais parlé de cette coach à Issoudun, c'est bien celle-là ? L'atelier du "
                      "samedi 8 me tente bien, tu y vas toi ?\nBisous\nAnne\n"),
      cc="Anne Colin <anne.colin18@gmail.com>"),

    M("fr-neg-mineur-participation", [], "Atelier gestion du stress – ado",
      "Bonjour, mon fils a 16 ans, peut-il participer à l'atelier gestion du stress de décembre ? Il faut une "
      "autorisation parentale ? Merci, Carole\n",
      frm="Carole Fournier <carole.fournier@hotmail.fr>"),

    M("fr-neg-quebec-merci", [], "Le webinaire d'hier",
      "Allo Sandra! Juste un petit mot pour te dire que le webinaire d'hier m'a fait un bien fou. J'ai pris plein de "
      "notes pis j'ai déjà hâte au prochain! Bonne journée là-bas 😊 Julie\n",
      frm="Julie Bouchard <julie.bouchard@videotron.ca>"),

    M("fr-neg-belge-inscription", [], "Formation longue – renseignements",
      "Bonjour Madame,\n\nJe souhaiterais m'inscrire à votre formation longue (septante heures si j'ai bien lu). Le "
      "prix comprend-il le logement, ou faut-il trouver une chambre d'hôte à Issoudun ? Je viendrai en voiture depuis "
      "Liège.\n\nÀ tantôt peut-être,\nNathalie Dubois\n",
      frm="Nathalie Dubois <nathalie.dubois@skynet.be>"),

    # client forwards a payment receipt as an attachment (message/rfc822)
    M("fr-neg-fwd-rfc822-double-paiement", [], "TR: Reçu de votre paiement",
      "Bonjour Sandra, je crois que j'ai été débitée deux fois pour l'atelier du 22 (je vous transfère le reçu). "
      "Vous pouvez vérifier ? Merci ! Nadège\n",
      frm="Nadège Favier <nadege.favier@hotmail.fr>", mailer="outlook",
      rfc822=dict(frm="Floraison de Soi <receipts+acct_1Nf@stripe.com>", to="nadege.favier@hotmail.fr",
                  subject="Reçu de votre paiement à Floraison de Soi", mid="ses", date="2025-03-12 18:20",
                  body="Montant payé : 45,00 €\nDate : 12 mars 2025\nMode de paiement : Visa •••• 4417\n\n"
                       "Atelier « Écrire pour se libérer » – 22 mars 2025\n\nFloraison de Soi – Issoudun\n")),

    # ------------------------------------------------------------ more phone-written negatives
    M("fr-neg-sms-adresse-cabinet", [], None,
      "c quoi l adresse exacte du cabinet deja ? jsuis devant le 44 😅\n",
      frm="Lucas Marchand <lucas.marchand36@gmail.com>", html="alt"),

    # NEAR-LINE: dictated "supprimer mon rendez-vous" = deleting an appointment, not data
    M("fr-neg-dictee-supprimer-rdv", [], "Rendez-vous mercredi",
      "bonjour c'est Jacqueline pouvez-vous supprimer mon rendez-vous de mercredi et m'en donner un autre la semaine "
      "prochaine le matin de préférence merci beaucoup\n\nEnvoyé de mon iPhone\n",
      frm="Jacqueline Morin <jacqueline.morin36@orange.fr>", mailer="iphone2"),

    # NEAR-LINE: franglais "pas access au drive" = shared-folder login issue
    M("fr-neg-franglais-drive", [], "drive formation",
      "Hello ! J'ai pas access au drive partagé de la formation, tu peux me re-share le lien stp ? thx 🙏\n",
      frm="Inès Moreau <ines.moreau@icloud.com>", mailer="iphone"),

    # subject-only negative: cancellation typed in the subject line
    M("fr-neg-subject-only-annulation", [], "Annulation rdv demain 14h, désolée 🙏", "",
      frm="Valérie Charron <valerie.charron@hotmail.fr>"),
]

# send dates pinned because the text mentions calendar dates
with_dates(RECORDS, {
    "fr-neg-consent-photo-pdf": "2025-04-07 20:31",
    "fr-neg-fwd-rfc822-double-paiement": "2025-03-13 08:55",
    "fr-neg-opco": "2025-02-12 11:05",
    "fr-neg-cnil-copie": "2025-03-20 18:30",
    "fr-neg-annulation-entreprise": "2025-02-24 11:50",
    "fr-neg-desinscription-atelier": "2025-11-03 19:20",
    "fr-neg-resiliation-cercle": "2025-12-09 09:35",
    "fr-neg-mineur-participation": "2025-11-12 13:10",
})
