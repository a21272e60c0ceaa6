"""French negatives: individual clients, her own sent mail, questions, CNIL, cancellations, logins."""
from ._common import CONTACT, ORANGE, FLORAISON, SANDRA, SIG, SIG_SHORT

RECORDS = [
    # NEAR-LINE: copy of a CNIL complaint about an unanswered erasure; no new request in the text -> negative.
    dict(
        key="fr-neg-copie-plainte-cnil",
        rights=[],
        sender=("Régis Lamy", "regis.lamy@gmail.com"),
        subject="Copie de ma plainte auprès de la CNIL",
        body=(
            "Madame,\n\n"
            "Faute de réponse à mes deux courriers, j'ai saisi la CNIL ce jour. Vous trouverez ci-dessous, pour "
            "information, le texte de ma plainte.\n\n"
            "« Je me suis adressé à l'entreprise Floraison de Soi (Issoudun) pour obtenir l'effacement de mes données. "
            "Je n'ai reçu aucune réponse dans le délai d'un mois. Je demande à la CNIL d'intervenir. »\n\n"
            "Numéro de plainte : 25-0412-887\n\n"
            "Régis Lamy"
        ),
        attachments=[dict(type="pdf", filename="accuse_reception_plainte_CNIL.pdf",
                          text="CNIL - Accuse de reception de votre plainte\nReference 25-0412-887\nPlaignant : Regis Lamy")],
    ),
    dict(
        key="fr-neg-question-combien-de-temps",
        rights=[],
        sender=("Colette Barbier", "colette.barbier@orange.fr"),
        subject="question",
        body=(
            "Bonjour Sandra,\n\n"
            "Simple curiosité : combien de temps gardez-vous les notes de séance une fois l'accompagnement terminé ? "
            "Mon amie me disait que les psys les gardent vingt ans, je me demandais si c'était pareil pour les "
            "coachs.\n\n"
            "Bonne soirée,\n"
            "Colette"
        ),
        mua="orange_webmail",
    ),
    # NEAR-LINE: asks how to exercise the right of access (procedure, ID) without asking for the data -> negative.
    dict(
        key="fr-neg-question-comment-exercer-acces",
        rights=[],
        sender=("Théo Marchal", "theo.marchal@outlook.fr"),
        subject="Procédure droit d'accès ?",
        body=(
            "Bonjour,\n\n"
            "Comment fait-on concrètement chez vous pour exercer son droit d'accès ? Faut-il envoyer une pièce "
            "d'identité, passer par courrier, ou un simple mail suffit-il ? Je préfère savoir avant de me lancer.\n\n"
            "Cordialement,\n"
            "Théo Marchal"
        ),
        mid="outlook",
    ),
    # NEAR-LINE: thank-you above a quoted, handled erasure request; only the new text counts -> negative.
    dict(
        key="fr-neg-merci-apres-effacement",
        rights=[],
        sender=("Sophie Carré", "sophie.carre@gmail.com"),
        subject="Re: Suppression compte + données",
        body="Parfait, merci beaucoup pour la rapidité ! Bonne continuation.\n\nSophie",
        quote=dict(
            style="gmail_fr",
            sender=CONTACT,
            text=(
                "Bonjour Sophie,\n\n"
                "Votre compte sur la plateforme de formation a été supprimé, ainsi que l'ensemble de vos données "
                "(inscription, historique, réponses aux exercices). Seule la facture est conservée au titre de nos "
                "obligations comptables.\n\n"
                "Belle continuation,\n" + SIG_SHORT + "\n\n"
                "> Je souhaite que vous supprimiez mon compte sur votre espace de formation en ligne (Systeme.io) "
                "ainsi que toutes les données qui me concernent."
            ),
        ),
    ),
    dict(
        key="fr-neg-merci-export-bien-recu",
        rights=[],
        sender=("Romain Blanchard", "romain.blanchard@outlook.fr"),
        subject="RE: Export de mon historique",
        body="Bonjour,\n\nFichier bien reçu et importé sans souci dans mon tableau. Merci pour votre réactivité.\n\nR. Blanchard",
        quote=dict(
            style="outlook_fr",
            sender=CONTACT,
            text=(
                "Bonjour Romain,\n\n"
                "Vous trouverez en pièce jointe votre historique d'ateliers au format CSV (séparateur point-virgule, "
                "encodage UTF-8).\n\n" + SIG
            ),
        ),
        mid="outlook",
    ),
    dict(
        key="fr-neg-annulation-atelier-ecriture",
        date="2026-02-18 07:58",
        rights=[],
        sender=("Gaëlle Morin", "gaelle.morin@yahoo.fr"),
        subject="Annulation atelier écriture",
        body=(
            "Bonjour Sandra,\n\n"
            "Je suis désolée, ma fille est malade et je ne pourrai pas venir à l'atelier d'écriture samedi. Est-ce "
            "que je peux reporter sur la session de mars ou faut-il que j'annule complètement ?\n\n"
            "Gaëlle"
        ),
        mid="yahoo",
    ),
    dict(
        key="fr-neg-supprimer-creneau-jeudi",
        rights=[],
        sender=("Marc Olivier", "marc.olivier@yahoo.fr"),
        subject="jeudi",
        body="Bonjour Sandra, pouvez-vous supprimer mon créneau de jeudi 18h ? Je vous rappelle pour en reprendre un. Marc",
        mua="iphone",
    ),
    dict(
        key="fr-neg-mot-de-passe-oublie",
        rights=[],
        sender=("Annie Courtois", "annie.courtois@laposte.net"),
        subject="mot de passe",
        body=(
            "Bonjour, je n'arrive plus à me connecter à la formation en ligne, j'ai dû me tromper de mot de passe "
            "trop de fois. J'ai cliqué sur « mot de passe oublié » mais je ne reçois rien. Pouvez-vous m'aider ?\n\n"
            "Annie Courtois"
        ),
    ),
    dict(
        key="fr-neg-acceder-mon-espace",
        rights=[],
        sender=("Bernard Vigneron", "bernard.vigneron@wanadoo.fr"),
        subject="Accès à mon espace",
        body=(
            "Bonjour Madame,\n\n"
            "Je n'arrive pas à accéder à mon espace membre depuis la mise à jour. Le lien de votre mail de bienvenue "
            "me renvoie sur une page blanche. J'utilise une tablette Samsung.\n\n"
            "Merci de m'indiquer la marche à suivre.\n"
            "Bernard Vigneron"
        ),
        mua="orange_webmail",
    ),
    # NEAR-LINE: "fermez mon compte" alone, no data mentioned -> negative per policy.
    dict(
        key="fr-neg-fermer-compte-seul",
        rights=[],
        sender=("Lydie Fontaine", "lydie.fontaine@gmail.com"),
        subject="Compte",
        body="Bonjour, vous pouvez fermer mon compte sur la plateforme, je ne m'en sers plus. Merci. Lydie",
        mua="android",
    ),
    dict(
        key="fr-neg-consentement-temoignage-donne",
        rights=[],
        sender=("Hélène Prévost", "helene.prevost@gmail.com"),
        subject="Re: Votre témoignage ?",
        body=(
            "Bonjour Sandra,\n\n"
            "Oui, avec plaisir ! Vous pouvez publier mon témoignage sur votre site et sur Facebook, avec mon prénom et "
            "l'initiale de mon nom. Pour la photo, je préfère que vous n'en mettiez pas.\n\n"
            "Hélène"
        ),
        quote=dict(
            style="gmail_fr",
            sender=CONTACT,
            text=(
                "Bonjour Hélène,\n\n"
                "Votre retour après notre accompagnement m'a beaucoup touchée. M'autoriseriez-vous à le publier sur "
                "mon site ?\n\n" + SIG_SHORT
            ),
        ),
    ),
    dict(
        key="fr-neg-accord-photos-seminaire",
        rights=[],
        sender=("Jean-Luc Perrin", "jl.perrin@vantor-pharma.com"),
        to="contact",
        subject="Photos du séminaire",
        body=(
            "Bonjour Sandra,\n\n"
            "Pas de souci de mon côté pour les photos du séminaire : vous pouvez les utiliser sur LinkedIn et dans "
            "votre plaquette. J'en ai parlé à l'équipe, tout le monde est d'accord sauf Amira qui vous écrira "
            "directement.\n\n"
            "Jean-Luc"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="fr-neg-envoye-confirmation-effacement",
        rights=[],
        sender=CONTACT,
        to=("Francis Lebon", "francis.lebon@orange.fr"),
        reply_sender=("Francis Lebon", "francis.lebon@orange.fr"),
        reply=True,
        subject="Re: Données",
        body=(
            "Bonjour Monsieur Lebon,\n\n"
            "Suite à votre demande, je vous confirme que vos données personnelles ont été supprimées de mon fichier "
            "clients, de l'outil d'e-mailing et de l'agenda de réservation. Les factures sont conservées dix ans, "
            "comme l'exige la loi, et ne seront utilisées à aucune autre fin.\n\n"
            "Bien cordialement,\n" + SIG
        ),
        mua="roundcube",
    ),
    dict(
        key="fr-neg-envoye-export-csv",
        rights=[],
        sender=CONTACT,
        to=("Kelly Rivière", "kelly.riviere@gmail.com"),
        reply_sender=("Kelly Rivière", "kelly.riviere@gmail.com"),
        reply=True,
        subject="Re: Nom + fichier pour mon nouvel employeur",
        body=(
            "Bonjour Kelly,\n\n"
            "C'est corrigé : votre nom apparaît désormais avec l'accent sur tous vos documents.\n\n"
            "Vous trouverez ci-joint vos données de formation au format CSV (UTF-8, séparateur virgule), prêtes à être "
            "importées dans le logiciel de votre nouvel employeur.\n\n"
            "Bonne prise de poste !\n" + SIG
        ),
        attachments=[dict(type="csv", filename="export_formation_K_Riviere.csv",
                          text=("module,date_debut,date_fin,heures,evaluation\n"
                                "Communication assertive,2025-02-03,2025-02-04,14,acquis\n"
                                "Gestion des conflits,2025-05-12,2025-05-12,7,acquis\n"))],
        mua="thunderbird",
    ),
    dict(
        key="fr-neg-envoye-newsletter-elle",
        rights=[],
        sender=FLORAISON,
        to=("Floraison de Soi", "contact@floraisondesoi.fr"),
        mid="brevo",
        reply_to=("Sandra Delomenie", "contact@floraisondesoi.fr"),
        subject="🌾 La lettre de Floraison - Dire non sans culpabiliser",
        body=(
            "Bonjour,\n\n"
            "« Non » est une phrase complète, disait une participante lors du dernier cercle. Ce mois-ci, je vous "
            "propose trois pistes pour refuser une demande au travail sans vous justifier pendant dix minutes.\n\n"
            "1. Prendre un temps : « Je regarde et je te redis demain. »\n"
            "2. Nommer la priorité : « Si je prends ça, qu'est-ce que je lâche ? »\n"
            "3. Proposer autre chose : un délai, une partie, une autre personne.\n\n"
            "📅 Prochains rendez-vous : atelier « Poser ses limites » à Issoudun, et webinaire gratuit le jeudi soir.\n\n"
            "Belle fin de mois,\n"
            "Sandra\n\n"
            "Vous recevez cette lettre car vous vous êtes inscrit(e) sur floraisondesoi.fr. Se désinscrire | "
            "Politique de confidentialité"
        ),
        headers=[("List-Id", "La lettre de Floraison <lettre.floraisondesoi.fr>"),
                 ("List-Unsubscribe", "<https://r.floraisondesoi.fr/unsub?c=8841>, <mailto:unsubscribe@floraisondesoi.fr>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        html="alt",
        auto=True,
    ),
    dict(
        key="fr-neg-effacer-tableau-photo",
        rights=[],
        sender=("Claudine Ribeiro", "claudine.ribeiro@free.fr"),
        subject="Photo du paperboard",
        body=(
            "Bonsoir Sandra,\n\n"
            "Vous aviez effacé le tableau avant que j'aie pu prendre en photo la carte mentale de l'après-midi. Une "
            "participante l'a photographiée, je vous la joins : pourriez-vous la mettre dans le dossier partagé "
            "avec les autres supports ?\n\n"
            "Merci et à bientôt,\n"
            "Claudine"
        ),
        attachments=[dict(type="png", filename="IMG_4471.png")],
        mid="free",
    ),
    dict(
        key="fr-neg-retirer-colis-livres",
        rights=[],
        sender=("Patricia Moulin", "patricia.moulin@sfr.fr"),
        subject="Livres commandés",
        body=(
            "Bonjour,\n\n"
            "J'ai bien reçu l'avis de passage : je passerai retirer le colis de livres au cabinet mardi en fin de "
            "journée, si ça vous convient. Je réglerai le carnet d'exercices en même temps.\n\n"
            "Patricia"
        ),
        mid="sfr",
    ),
    dict(
        key="fr-neg-conjoint-s-oppose-projet",
        rights=[],
        sender=("Elsa Gomez", "elsa.gomez@gmail.com"),
        subject="Avant notre séance",
        body=(
            "Bonjour Sandra,\n\n"
            "Je voulais vous prévenir avant mardi : mon conjoint s'oppose catégoriquement à mon projet de reprise "
            "d'études, et ça a tourné à la dispute hier soir. J'aimerais qu'on prenne du temps là-dessus en séance, "
            "je me sens un peu perdue.\n\n"
            "À mardi,\n"
            "Elsa"
        ),
    ),
    dict(
        key="fr-neg-export-agenda-partenaire",
        rights=[],
        sender=("Isabelle Roche", "isabelle@roche-coaching.fr"),
        subject="Planning commun du 2e semestre",
        body=(
            "Sandra,\n\n"
            "Pour caler nos co-animations, tu peux me faire un export de ton agenda Google (juste les créneaux "
            "occupés, pas le détail) ? Je l'importe dans le mien et je te propose des dates.\n\n"
            "Isa"
        ),
        mid="gmail",
    ),
    dict(
        key="fr-neg-mes-informations-inscription",
        rights=[],
        sender=("Site Floraison de Soi", "wordpress@floraisondesoi.fr"),
        reply_to=("Océane Laurent", "oceane.laurent@gmail.com"),
        to="contact",
        mid="roundcube",
        headers=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")],
        subject="[Floraison de Soi] Nouveau message de Océane Laurent",
        body=(
            "Nom : Océane Laurent\n"
            "E-mail : oceane.laurent@gmail.com\n"
            "Objet : Inscription stage confiance en soi\n\n"
            "Message :\n"
            "Bonjour,\n\n"
            "Je souhaite m'inscrire au stage « Confiance en soi » des 14 et 15. Voici mes informations :\n\n"
            "Nom : Laurent\n"
            "Prénom : Océane\n"
            "Adresse : 9 rue Porte Neuve, 36100 Issoudun\n"
            "Téléphone : 06 33 81 27 55\n"
            "Profession : assistante de direction\n\n"
            "Je réglerai par virement. Merci de me confirmer mon inscription.\n"
            "Océane Laurent\n\n"
            "--\n"
            "Envoyé depuis le formulaire de contact de floraisondesoi.fr - merci de répondre directement à l'expéditrice"
        ),
    ),
    dict(
        key="fr-neg-copie-facture-employeur",
        rights=[],
        sender=("Damien Chauveau", "damien.chauveau@hotmail.fr"),
        subject="Copie de facture",
        body=(
            "Bonjour Sandra,\n\n"
            "Mon comité d'entreprise rembourse une partie des ateliers bien-être. Pourriez-vous m'envoyer une copie "
            "de la facture du cycle de printemps, à mon nom, avec la mention « acquittée » ?\n\n"
            "Merci beaucoup,\n"
            "Damien"
        ),
        mid="outlook",
    ),
    # NEAR-LINE: a mother asks about her adult daughter's sessions -> another living adult's data -> negative.
    dict(
        key="fr-neg-mere-fille-adulte",
        rights=[],
        sender=("Martine Delaporte", "martine.delaporte@orange.fr"),
        subject="Ma fille Camille",
        body=(
            "Bonjour Madame,\n\n"
            "Ma fille Camille (26 ans) vient vous voir depuis quelques mois. Elle ne nous dit rien et nous sommes "
            "inquiets. Pourriez-vous me dire, même dans les grandes lignes, ce qu'elle vous raconte et si elle va "
            "mieux ? Je vous paie ses séances, je pense avoir le droit de savoir.\n\n"
            "Martine Delaporte"
        ),
        mua="orange_webmail",
    ),
    # NEAR-LINE: a husband asks to delete his living wife's data without any mandate from her -> negative.
    dict(
        key="fr-neg-mari-supprimer-donnees-epouse",
        rights=[],
        sender=("Christian Vallée", "christian.vallee@wanadoo.fr"),
        subject="Dossier de mon épouse",
        body=(
            "Madame,\n\n"
            "Mon épouse, Sylvie Vallée, a décidé d'arrêter son accompagnement chez vous. Je vous demande de supprimer "
            "son dossier et toutes ses informations, nous ne souhaitons plus de contact.\n\n"
            "C. Vallée"
        ),
    ),
    dict(
        key="fr-neg-formulaire-sante-signe",
        rights=[],
        sender=("Nicolas Fabre", "nicolas.fabre@gmail.com"),
        subject="Formulaires signés",
        body=(
            "Bonjour Sandra,\n\n"
            "Voici le contrat d'accompagnement et le formulaire de consentement au recueil des données de santé, "
            "signés. J'ai coché la case pour les informations sur mon asthme, ça peut jouer sur les exercices de "
            "respiration.\n\n"
            "À lundi,\n"
            "Nicolas"
        ),
        attachments=[dict(type="pdf", filename="consentement_donnees_sante_signe.pdf",
                          text="Formulaire de consentement - donnees de sante\nNicolas Fabre - lu et approuve, signe"),
                     dict(type="pdf", filename="contrat_accompagnement_signe.pdf",
                          text="Contrat d'accompagnement individuel\nFloraison de Soi / Nicolas Fabre")],
    ),
    # NEAR-LINE: "je me désinscris" of a workshop session = cancelling a registration, not a newsletter -> negative.
    dict(
        key="fr-neg-desinscription-atelier-samedi",
        rights=[],
        sender=("Rose Lemercier", "rose.lemercier@laposte.net"),
        subject="Je me désinscris de samedi",
        body=(
            "Bonjour,\n\n"
            "Je me désinscris de l'atelier sophro-coaching de samedi matin, j'ai un mariage dans la famille. Pouvez-vous "
            "donner ma place à quelqu'un sur liste d'attente ?\n\n"
            "Rose"
        ),
    ),
    dict(
        key="fr-neg-resiliation-abonnement-mensuel",
        rights=[],
        sender=("Yasmine Haddou", "yasmine.haddou@gmail.com"),
        subject="Résiliation de mon abonnement",
        body=(
            "Bonjour,\n\n"
            "Je souhaite résilier mon abonnement mensuel au cercle en ligne à la fin du mois en cours. Merci de "
            "stopper les prélèvements Stripe après la prochaine échéance.\n\n"
            "Cordialement,\n"
            "Yasmine Haddou"
        ),
    ),
    dict(
        key="fr-neg-client-corriger-cv",
        rights=[],
        sender=("Antoine Leroux", "antoine.leroux@gmail.com"),
        subject="Mon CV à corriger",
        body=(
            "Bonjour Sandra,\n\n"
            "Comme convenu en séance, je vous envoie mon CV retravaillé. Pourriez-vous le corriger et me dire si la "
            "partie « compétences » est plus lisible ? J'ai retiré la photo comme vous me l'aviez conseillé.\n\n"
            "Merci,\n"
            "Antoine"
        ),
        attachments=[dict(type="docx", filename="CV_Antoine_Leroux_v3.docx",
                          text="Antoine Leroux\nResponsable logistique\nCompetences : pilotage, management d'equipe, amelioration continue")],
    ),
    dict(
        key="fr-neg-client-envoie-temoignage",
        rights=[],
        sender=("Françoise Gilbert", "francoise.gilbert@orange.fr"),
        subject="Mon petit mot",
        body=(
            "Bonjour Sandra,\n\n"
            "Voici le petit texte que vous m'aviez demandé : « Grâce à Sandra, j'ai enfin osé demander une formation "
            "à mon employeur et je me sens à nouveau à ma place. » Vous pouvez le mettre sur votre site avec mon "
            "prénom.\n\n"
            "Françoise"
        ),
    ),
    dict(
        key="fr-neg-autoreponse-conge-maternite",
        rights=[],
        sender=("Aurélie Maréchal-Bonnin", "aurelie.bonnin@hotmail.fr"),
        mid="outlook",
        auto=True,
        subject="Réponse automatique : La lettre de Floraison - Dire non sans culpabiliser",
        body=(
            "Bonjour,\n\n"
            "Je suis en congé maternité et ne consulte pas ma messagerie. Je vous répondrai à mon retour.\n\n"
            "Aurélie"
        ),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        reply=True,
    ),
    dict(
        key="fr-neg-ancien-client-nouvelle-seance",
        rights=[],
        sender=("Thierry Vasseur", "thierry.vasseur58@gmail.com"),
        subject="Reprendre quelques séances",
        body=(
            "Bonjour Sandra,\n\n"
            "Un an après, me revoilà ! Le nouveau poste se passe bien mais je bute sur la gestion d'une équipe de "
            "douze personnes. Auriez-vous des disponibilités en visio le mercredi soir ?\n\n"
            "Thierry"
        ),
    ),
    # NEAR-LINE: thank-you above a handled access request plus a question about who handles privacy -> negative.
    dict(
        key="fr-neg-quebec-question-loi25",
        rights=[],
        sender=("Marie-Ève Gagnon", "megagnon@videotron.ca"),
        subject="Re: Demande - mes renseignements personnels",
        body=(
            "Merci beaucoup pour l'envoi, c'est très complet!\n\n"
            "Petite question par curiosité : est-ce que vous avez un équivalent du « responsable de la protection "
            "des renseignements personnels » comme chez nous avec la Loi 25, ou c'est vous qui faites tout?\n\n"
            "Bonne journée,\n"
            "Marie-Ève"
        ),
        quote=dict(
            style="gmail_fr",
            sender=CONTACT,
            text=(
                "Bonjour Marie-Ève,\n\n"
                "Vous trouverez ci-joint la copie des données vous concernant : fiche d'inscription, historique de "
                "votre parcours en ligne et réponses aux exercices.\n\n" + SIG_SHORT
            ),
        ),
    ),
    dict(
        key="fr-neg-belge-annulation-seminaire",
        rights=[],
        sender=("Jean-Pierre Delvaux", "jp.delvaux@proximus.be"),
        subject="Séminaire de Namur - annulation",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "Je dois malheureusement annuler ma participation au séminaire de Namur, mon épouse doit être opérée le "
            "même jour. Je suis bien embêté. Pourriez-vous me dire si l'acompte de nonante euros peut être reporté "
            "sur une prochaine édition ?\n\n"
            "Bien à vous,\n"
            "Jean-Pierre Delvaux"
        ),
    ),
    dict(
        key="fr-neg-merci-formation-equipe",
        rights=[],
        sender=("Coralie Fontaine", "coralie.fontaine@ehpad-lestilleuls.fr"),
        subject="Merci !",
        body=(
            "Sandra,\n\n"
            "Juste un mot pour vous dire que depuis la formation, les transmissions se passent beaucoup mieux dans "
            "l'équipe de nuit. On a affiché votre schéma sur l'écoute active dans la salle de pause !\n\n"
            "À bientôt pour la journée de suivi,\n"
            "Coralie"
        ),
        mua="outlook",
        html="only",
    ),
    # NEAR-LINE: her own sent mail explaining rights -> negative.
    dict(
        key="fr-neg-envoye-reponse-question-duree",
        rights=[],
        sender=CONTACT,
        to=("Colette Barbier", "colette.barbier@orange.fr"),
        reply_sender=("Colette Barbier", "colette.barbier@orange.fr"),
        reply=True,
        subject="Re: question",
        body=(
            "Bonjour Colette,\n\n"
            "Bonne question ! Les notes de séance sont conservées pendant la durée de l'accompagnement puis archivées ; "
            "les informations de santé ne sont jamais gardées plus de deux ans. Tout est détaillé dans ma politique de "
            "confidentialité, accessible en bas de chaque page du site.\n\n"
            "Et bien sûr, vous pouvez à tout moment me demander une copie ou la suppression de vos données.\n\n"
            "Belle soirée à vous,\n" + SIG_SHORT
        ),
        mua="roundcube",
    ),
    dict(
        key="fr-neg-cnil-lettre-information",
        rights=[],
        sender=("CNIL", "lettre-info@cnil.fr"),
        mid="mta",
        auto=True,
        subject="La lettre d'information de la CNIL",
        body=(
            "À la une\n\n"
            "Droits des personnes : la CNIL publie une nouvelle fiche pratique pour les petites entreprises\n"
            "Répondre à une demande d'accès, de rectification ou d'effacement : délais, vérification d'identité, "
            "cas particuliers.\n\n"
            "Sanctions : retour sur les contrôles menés dans le secteur de la formation professionnelle.\n\n"
            "Vous recevez cette lettre car vous y êtes abonné. Pour vous désabonner, suivez ce lien."
        ),
        headers=[("List-Id", "Lettre d'information CNIL <lettre-info.cnil.fr>"),
                 ("List-Unsubscribe", "<https://www.cnil.fr/fr/lettre-information/desinscription>"),
                 ("Precedence", "bulk")],
        html="alt",
    ),
]
