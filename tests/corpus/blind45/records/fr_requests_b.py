"""French requests, part B: restriction, portability, objection, withdraw_consent, post_mortem (single right)."""
from ._common import CONTACT, ORANGE, FLORAISON, SIG, SIG_SHORT

RECORDS = [
    # ------------------------------------------------------------------ restriction
    # NEAR-LINE: contests the accuracy of the synthesis and asks that it not be used meanwhile, without giving a corrected text -> restriction only.
    dict(
        key="fr-restr-conteste-synthese-bilan",
        rights=["restriction"],
        sender=("Amandine Petitjean", "amandine.petitjean@gmail.com"),
        subject="Synthèse de bilan - je la conteste",
        body=(
            "Bonjour Sandra,\n\n"
            "J'ai bien reçu la synthèse écrite de mon bilan. Je ne me reconnais pas dans plusieurs passages, notamment "
            "celui sur ma « difficulté à travailler en équipe », qui ne correspond pas à ce que nous avons dit en "
            "séance.\n\n"
            "Je conteste l'exactitude de ce document. Tant que nous n'en avons pas reparlé, je vous demande de ne pas "
            "l'utiliser, de ne pas le transmettre et de le mettre de côté. Je vous rappellerai la semaine prochaine.\n\n"
            "Amandine"
        ),
    ),
    # NEAR-LINE: "ne supprimez pas, j'en ai besoin pour les prud'hommes, mais ne vous en servez plus" -> restriction, not erasure nor objection.
    dict(
        key="fr-restr-prudhommes-conserver",
        rights=["restriction"],
        sender=("Stéphane Gauthier", "stephane.gauthier@free.fr"),
        to="orange",
        subject="Conservation de mon dossier - litige",
        body=(
            "Madame,\n\n"
            "Vous m'avez accompagné l'an dernier dans le cadre du coaching proposé par mon employeur, la société "
            "Céramiques d'Issoudun. Je suis aujourd'hui en litige avec cette société devant le conseil de prud'hommes.\n\n"
            "Surtout, ne supprimez rien de mon dossier : mon avocat pourrait avoir besoin de ces éléments. En revanche "
            "je vous demande de ne plus les utiliser d'aucune façon d'ici là, et de ne les communiquer à personne, "
            "et certainement pas à mon employeur.\n\n"
            "Je vous remercie de me confirmer la bonne prise en compte de ma demande.\n\n"
            "Stéphane Gauthier"
        ),
        mid="free",
    ),
    dict(
        key="fr-restr-geler-dossier",
        rights=["restriction"],
        sender=("Fabienne Royer", "fabienne.royer@orange.fr"),
        subject="mettre en pause",
        body=(
            "Bonjour Sandra,\n\n"
            "Je ne sais pas encore si je reprendrai l'accompagnement à la rentrée. En attendant, pouvez-vous geler "
            "mon dossier ? Ne le supprimez pas, mais ne vous en servez pas non plus (pas de relances, pas de "
            "questionnaires, rien) jusqu'à ce que je revienne vers vous.\n\n"
            "Merci,\n"
            "Fabienne"
        ),
        mua="orange_webmail",
    ),
    dict(
        key="fr-restr-article18-formel",
        rights=["restriction"],
        sender=("Alain Ferrand", "alain.ferrand@laposte.net"),
        subject="Limitation du traitement - article 18 RGPD",
        body=(
            "Madame,\n\n"
            "Je vous demande, sur le fondement de l'article 18 du RGPD, la limitation du traitement des données me "
            "concernant.\n\n"
            "J'ai en effet formé un recours auprès de mon assureur au sujet de l'arrêt de travail évoqué lors de nos "
            "échanges, et je ne souhaite pas que ces informations soient effacées avant l'issue de cette procédure, "
            "ni qu'elles fassent l'objet d'un autre traitement que leur simple conservation.\n\n"
            "Je vous prie d'agréer, Madame, mes salutations distinguées.\n\n"
            "A. Ferrand"
        ),
        attachments=[dict(type="pdf", filename="demande_limitation_art18.pdf",
                          text="Alain Ferrand\nDemande de limitation du traitement - article 18 RGPD\nSigne a Ardentes")],
    ),
    # NEAR-LINE: contests his attendance record and asks that it be held back while checked -> restriction only.
    dict(
        key="fr-restr-heures-opco-contestees",
        rights=["restriction"],
        sender=("Yannick Pasquier", "yannick.pasquier@constructions-berry.fr"),
        to="contact",
        subject="Feuilles d'émargement - erreur sur mes heures",
        body=(
            "Bonjour Mme Delomenie,\n\n"
            "En consultant mon compte formation j'ai vu que je suis noté absent à la demi-journée du vendredi après-midi "
            "du module « Communication de chantier ». J'étais pourtant bien présent, je suis parti à 17h avec tout le "
            "monde.\n\n"
            "Je conteste donc ces données. Tant que ce n'est pas vérifié, je ne veux pas que ma feuille de présence "
            "soit envoyée à Constructys ou à mon chef, ni utilisée pour quoi que ce soit. Merci de la garder de côté.\n\n"
            "Yannick Pasquier\n"
            "Chef de chantier"
        ),
        mid="gmail",
        mua="android",
    ),
    dict(
        key="fr-restr-salariee-evaluation-suspendre",
        rights=["restriction"],
        sender=("Laetitia Barre", "l.barre@mvi-mutuelle.fr"),
        subject="Grille d'évaluation du stage - suspension",
        body=(
            "Bonjour,\n\n"
            "Ma responsable m'a informée que votre grille d'évaluation de mise en situation allait être versée à mon "
            "entretien annuel. Plusieurs observations me concernant me paraissent inexactes (je n'ai pas animé la "
            "séquence n°3, c'était ma collègue).\n\n"
            "Je vous demande de suspendre toute utilisation et toute transmission de cette grille me concernant "
            "le temps que nous vérifiions ensemble les faits.\n\n"
            "Merci,\n"
            "Laetitia Barre\n"
            "Conseillère clientèle"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # ------------------------------------------------------------------ portability
    dict(
        key="fr-port-nouvelle-coach",
        rights=["portability"],
        sender=("Émilie Rousseau", "emilie.rousseau@gmail.com"),
        subject="Transfert de mon dossier à ma nouvelle coach",
        body=(
            "Bonjour Sandra,\n\n"
            "Comme je vous l'avais dit, je pars m'installer à Nantes et je vais continuer mon accompagnement avec une "
            "coach sur place, Anne Lebreton (anne@lebreton-coaching.fr).\n\n"
            "Serait-il possible de lui transmettre directement mes questionnaires et mes bilans intermédiaires, dans "
            "un format qu'elle puisse réutiliser (fichier Word ou tableur plutôt que PDF scanné) ? Je lui ai dit que "
            "vous la contacteriez.\n\n"
            "Merci pour tout,\n"
            "Émilie"
        ),
        html="alt",
    ),
    dict(
        key="fr-port-historique-csv",
        rights=["portability"],
        sender=("Romain Blanchard", "romain.blanchard@outlook.fr"),
        subject="Export de mon historique",
        body=(
            "Bonjour,\n\n"
            "Je suis inscrit depuis trois ans à vos ateliers collectifs. J'aimerais récupérer mon historique "
            "(dates, ateliers suivis, heures, montants payés) dans un fichier CSV ou Excel que je puisse importer "
            "dans mon propre tableau de suivi de formation.\n\n"
            "Cordialement,\n"
            "Romain Blanchard"
        ),
        mid="outlook",
    ),
    dict(
        key="fr-port-article20-formel",
        rights=["portability"],
        sender=("Delphine Carpentier", "delphine.carpentier@yahoo.fr"),
        subject="Exercice du droit à la portabilité (article 20 RGPD)",
        body=(
            "Madame,\n\n"
            "En application de l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que "
            "je vous ai fournies dans le cadre de mon inscription et de mon parcours en ligne, dans un format "
            "structuré, couramment utilisé et lisible par machine.\n\n"
            "Je vous remercie par avance.\n\n"
            "Delphine Carpentier"
        ),
        cte="base64",
    ),
    dict(
        key="fr-port-transfert-organisme",
        rights=["portability"],
        sender=("Hervé Lacombe", "herve.lacombe@gmail.com"),
        subject="Transmission de mes données à l'organisme qui prend la suite",
        body=(
            "Bonjour Madame,\n\n"
            "Mon bilan de compétences a commencé chez vous puis a été interrompu (ma mutation). Le centre de bilan "
            "de Limoges, qui reprend mon dossier, me demande les éléments déjà produits : tests d'intérêts "
            "professionnels, résultats, comptes-rendus d'entretiens.\n\n"
            "Pouvez-vous les leur envoyer directement, sous forme de fichiers exploitables, à l'adresse "
            "accueil@cibc-limousin.fr ? J'ai mis le centre en copie.\n\n"
            "Merci beaucoup,\n"
            "Hervé Lacombe"
        ),
        cc=[("CIBC Limousin - accueil", "accueil@cibc-limousin.fr")],
    ),
    dict(
        key="fr-port-suisse-tableur",
        rights=["portability"],
        sender=("Nicole Favre", "nicole.favre@gmx.ch"),
        subject="Mes données dans un fichier réutilisable",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "Je vous écris depuis Fribourg. Suite au programme en ligne que j'ai suivi chez vous, j'aimerais obtenir "
            "mes données (journal de bord, réponses aux exercices hebdomadaires) dans un format ouvert, idéalement "
            "un tableur ou un fichier texte, afin de pouvoir les reprendre dans une autre application.\n\n"
            "Je vous remercie d'avance et vous adresse mes meilleures salutations.\n\n"
            "Nicole Favre"
        ),
    ),
    dict(
        key="fr-port-attestations-lms-nouvel-employeur",
        rights=["portability"],
        sender=("Guillaume Perrin", "guillaume.perrin@icloud.com"),
        subject="Mes attestations et évaluations pour mon nouvel employeur",
        body=(
            "Bonjour Sandra,\n\n"
            "Je change de poste et mon nouvel employeur utilise une plateforme de formation interne où l'on importe "
            "son historique. Pourriez-vous m'envoyer l'ensemble de mes données de formation chez vous (modules, "
            "dates, durées, résultats des évaluations) dans un fichier structuré, type CSV ou JSON ? Les PDF ne "
            "passent pas dans leur outil.\n\n"
            "Merci d'avance,\n"
            "Guillaume"
        ),
        mua="apple",
    ),
    # ------------------------------------------------------------------ objection
    dict(
        key="fr-obj-desabonnement-au-dessus-lettre",
        rights=["objection"],
        sender=("Brigitte Noël", "brigitte.noel@orange.fr"),
        subject="RE: 🌿 La lettre de Floraison - Reprendre son souffle",
        body="Bonjour, merci de me désinscrire de cette liste. Cordialement. B. Noël",
        quote=dict(
            style="outlook_fr_old",
            sender=FLORAISON,
            days=0,
            text=(
                "Chères lectrices, chers lecteurs,\n\n"
                "Reprendre son souffle : c'est le thème de ce mois-ci. Trois exercices de respiration à pratiquer au "
                "bureau, entre deux réunions.\n\n"
                "Se désinscrire | Gérer mes préférences"
            ),
        ),
    ),
    dict(
        key="fr-obj-stop-sms-rappels-promo",
        rights=["objection"],
        sender=("Jordan", "jordan.fleury@sfr.fr"),
        subject="Stop sms",
        body="Bonjour je ne veux plus recevoir vos SMS promo pour les ateliers. Stop. Merci",
    ),
    # NEAR-LINE: an HR director writing about her OWN work address and phone line being prospected -> objection.
    dict(
        key="fr-obj-drh-prospection-pro",
        rights=["objection"],
        sender=("Sylvie Martineau", "s.martineau@groupe-laiterie-boischaut.fr"),
        to="contact",
        subject="Vos propositions commerciales",
        body=(
            "Madame,\n\n"
            "Je reçois régulièrement sur ma messagerie professionnelle vos offres de formation inter-entreprises et vos "
            "relances téléphoniques sur ma ligne directe.\n\n"
            "Notre plan de développement des compétences est bouclé pour les deux ans à venir et je ne souhaite plus "
            "être sollicitée, ni par mail, ni par téléphone. Je vous remercie de retirer mes coordonnées de vos "
            "listes de prospection.\n\n"
            "Sylvie Martineau\n"
            "Directrice des ressources humaines\n"
            "Laiterie du Boischaut"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: statistics/impact reporting is a processing she objects to (policy: use for statistics = objection), not the withdrawal of a questionnaire-use consent.
    dict(
        key="fr-obj-statistiques-etude-impact",
        rights=["objection"],
        sender=("Olivier Faure", "olivier.faure@gmail.com"),
        subject="Re: Votre avis compte - enquête à 6 mois",
        body=(
            "Bonjour,\n\n"
            "Je ne souhaite pas répondre à l'enquête, et je m'oppose aussi à ce que mes réponses de fin de formation "
            "soient reprises dans vos statistiques ou dans le bilan « impact » que vous publiez pour les financeurs, "
            "même sous forme agrégée.\n\n"
            "Olivier Faure"
        ),
        quote=dict(
            style="gmail_fr",
            sender=CONTACT,
            text=(
                "Bonjour Olivier,\n\n"
                "Il y a six mois, vous avez suivi la formation « Gérer les conflits en équipe ». Dans le cadre de la "
                "démarche qualité Qualiopi, pourriez-vous répondre à ce court questionnaire (3 minutes) ?\n\n"
                "Merci !\n" + SIG_SHORT
            ),
        ),
    ),
    dict(
        key="fr-obj-profilage-analytics",
        rights=["objection"],
        sender=("Pierre-Yves Hamon", "py.hamon@protonmail.com"),
        subject="Suivi de mes clics dans vos mails",
        body=(
            "Bonjour,\n\n"
            "J'ai remarqué que vos e-mails contiennent des liens de suivi et que les ateliers qui me sont proposés "
            "changent selon ce sur quoi je clique. Je m'oppose à ce profilage : merci de ne plus analyser mes "
            "ouvertures et mes clics, et de ne plus adapter vos envois à mon comportement.\n\n"
            "Cordialement,\n"
            "P.-Y. Hamon"
        ),
    ),
    dict(
        key="fr-obj-ne-plus-me-contacter",
        rights=["objection"],
        sender=("Corinne Lebrun", "corinne.lebrun@hotmail.fr"),
        subject="Relances",
        body=(
            "Bonjour,\n\n"
            "C'est la troisième fois que vous m'appelez pour me proposer de « faire le point » après l'atelier. Je ne "
            "souhaite plus être contactée, ni par téléphone ni par mail. Merci d'en prendre note.\n\n"
            "Corinne Lebrun"
        ),
        mid="outlook",
    ),
    dict(
        key="fr-obj-liste-partenaire-salon",
        rights=["objection"],
        sender=("Jacques Berthier", "jacques.berthier@free.fr"),
        subject="Retirez-moi de votre liste",
        body=(
            "Bonjour\n"
            "j'ai laissé ma carte au stand de la CCI au salon des entrepreneurs de Châteauroux, pas pour recevoir "
            "trois mails par semaine. Retirez moi de votre liste d'envoi svp\n"
            "J. Berthier"
        ),
        mid="free",
    ),
    dict(
        key="fr-obj-belge-mailing",
        rights=["objection"],
        sender=("Françoise Lambotte", "f.lambotte@live.be"),
        subject="Désinscription s.v.p.",
        body=(
            "Bonjour,\n\n"
            "Je reçois votre lettre depuis le séminaire de Liège. Elle est fort agréable mais je n'ai plus le temps "
            "de la lire, ma boîte est pleine à craquer. Auriez-vous l'amabilité de me retirer de votre mailing ?\n\n"
            "Merci bien et à une fois peut-être,\n"
            "Françoise"
        ),
        mid="outlook",
    ),
    dict(
        key="fr-obj-objet-seul-desinscription",
        rights=["objection"],
        sender=("", "m.chevalier36@gmail.com"),
        subject="Désinscription newsletter",
        body="",
    ),
    # ------------------------------------------------------------------ withdraw_consent
    dict(
        key="fr-wc-temoignage-site",
        rights=["withdraw_consent"],
        sender=("Véronique Lemoine", "veronique.lemoine@gmail.com"),
        subject="Mon témoignage sur votre site",
        body=(
            "Bonjour Sandra,\n\n"
            "Il y a deux ans je vous avais donné mon accord pour publier mon témoignage (avec mon prénom et ma "
            "photo) sur la page « Ils m'ont fait confiance ». Ma situation professionnelle a changé et je préfère "
            "qu'il n'apparaisse plus. Je retire donc mon accord : pouvez-vous l'enlever du site et de la page "
            "Systeme.io ?\n\n"
            "Merci de votre compréhension, et bonne continuation,\n"
            "Véronique"
        ),
    ),
    dict(
        key="fr-wc-photo-groupe-facebook",
        rights=["withdraw_consent"],
        sender=("Nadège Picard", "nadege.picard@orange.fr"),
        subject="Photo sur Facebook",
        body=(
            "Bonjour,\n\n"
            "J'avais coché la case pour les photos lors du stage de cohésion avec mon équipe, mais je ne pensais pas "
            "que la photo de groupe finirait sur votre page Facebook publique. Mon ex-conjoint ne doit pas savoir où je "
            "travaille.\n\n"
            "Je reviens sur mon autorisation. Merci de retirer cette photo (ou de me flouter) le plus vite possible.\n\n"
            "Nadège Picard"
        ),
        mua="orange_webmail",
        html="only",
    ),
    dict(
        key="fr-wc-replay-webinaire",
        rights=["withdraw_consent"],
        sender=("Thomas Rey", "thomas.rey@gmail.com"),
        subject="Replay du webinaire de jeudi",
        body=(
            "Bonjour Sandra,\n\n"
            "J'ai accepté l'enregistrement en début de séance, mais à la réflexion je regrette d'avoir parlé aussi "
            "ouvertement de mon burn-out devant la caméra. Je retire mon consentement pour la partie où j'interviens : "
            "est-il possible de la couper du replay avant de le mettre en ligne ?\n\n"
            "Merci,\n"
            "Thomas"
        ),
        html="alt",
    ),
    # NEAR-LINE: withdraws the health-data consent signed at the contract; continues the sessions, no deletion asked -> withdraw_consent only.
    dict(
        key="fr-wc-donnees-sante",
        rights=["withdraw_consent"],
        sender=("Isabelle Masson", "isabelle.masson@laposte.net"),
        subject="Consentement données de santé",
        body=(
            "Bonjour,\n\n"
            "Au début de notre accompagnement j'ai signé l'autorisation de recueil de données de santé (fibromyalgie, "
            "traitement en cours). Je souhaite retirer ce consentement : à partir de maintenant je ne veux plus que "
            "ces informations soient notées ni utilisées dans nos séances.\n\n"
            "On continue les séances normalement.\n\n"
            "Isabelle Masson"
        ),
    ),
    # NEAR-LINE: HR director, but about her own quote, name and photo used with her consent -> withdraw_consent.
    dict(
        key="fr-wc-temoignage-drh-depart",
        rights=["withdraw_consent"],
        sender=("Catherine Vidal", "catherine.vidal@transports-maupoix.fr"),
        to="contact",
        subject="Citation sur votre plaquette",
        body=(
            "Bonjour Sandra,\n\n"
            "Vous aviez repris sur votre plaquette entreprises et sur LinkedIn une citation de moi avec ma photo et "
            "mon titre (« DRH, Transports Maupoix »). Je quitte l'entreprise à la fin du mois et je ne souhaite plus "
            "que mon nom et mon image y soient associés. Je retire donc l'autorisation que je vous avais donnée à "
            "titre personnel.\n\n"
            "Bien à vous,\n"
            "Catherine Vidal"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="fr-wc-questionnaire-recherche",
        rights=["withdraw_consent"],
        sender=("Anne-Sophie Dubreuil", "as.dubreuil@gmail.com"),
        subject="Mes réponses au questionnaire pour votre mémoire",
        body=(
            "Bonjour Sandra,\n\n"
            "J'avais accepté que mes réponses au questionnaire sur la charge mentale soient utilisées pour le mémoire "
            "de votre certification en supervision. Je retire finalement cet accord, je ne suis plus à l'aise avec "
            "le fait que mes réponses y figurent, même anonymisées.\n\n"
            "Je vous souhaite une bonne soutenance malgré tout !\n"
            "Anne-Sophie"
        ),
    ),
    dict(
        key="fr-wc-enregistrement-audio-seances",
        rights=["withdraw_consent"],
        sender=("Marc Olivier", "marc.olivier@yahoo.fr"),
        subject="Enregistrements de nos séances",
        body=(
            "Bonjour Sandra,\n\n"
            "Pour la supervision de votre travail, vous m'aviez demandé si vous pouviez enregistrer nos séances (audio) "
            "et j'avais dit oui. Je préfère revenir là-dessus : je ne souhaite plus être enregistré, et je ne souhaite "
            "pas que les enregistrements déjà faits servent à votre supervision.\n\n"
            "Cela ne change rien pour la suite de l'accompagnement.\n\n"
            "Marc"
        ),
    ),
    # ------------------------------------------------------------------ post_mortem
    dict(
        key="fr-pm-fille-deces-mere",
        rights=["post_mortem"],
        sender=("Sandrine Lefèvre", "sandrine.lefevre@gmail.com"),
        subject="Décès de ma mère, Mme Josette Lefèvre",
        body=(
            "Bonjour Madame,\n\n"
            "J'ai la tristesse de vous informer du décès de ma mère, Josette Lefèvre, survenu le mois dernier. Elle "
            "participait à vos ateliers mémoire et bien-être à la maison de quartier et en parlait avec beaucoup de "
            "plaisir.\n\n"
            "En tant que fille et héritière, je vous demande de clôturer son dossier et de supprimer les informations "
            "la concernant. Vous trouverez ci-joint l'acte de décès.\n\n"
            "Avec mes remerciements,\n"
            "Sandrine Lefèvre"
        ),
        attachments=[dict(type="pdf", filename="acte_deces_J_Lefevre.pdf",
                          text="EXTRAIT D'ACTE DE DECES\nLefevre Josette, nee Aubert\nMairie d'Issoudun - copie")],
    ),
    # NEAR-LINE: notary asks for documents and closure - post_mortem only whatever is asked.
    dict(
        key="fr-pm-notaire-succession",
        date="2025-10-21 11:15",
        rights=["post_mortem"],
        sender=("Office notarial Duret & Associés", "accueil.duret@notaires.fr"),
        to="orange",
        subject="Succession de M. Roger Baudin - demande d'informations",
        body=(
            "Madame,\n\n"
            "Nous sommes chargés du règlement de la succession de Monsieur Roger Baudin, décédé à Issoudun, dont "
            "vous trouverez ci-joint l'acte de décès.\n\n"
            "Nos recherches font apparaître des règlements en votre faveur au titre d'un accompagnement. Nous vous "
            "serions obligés de nous indiquer si le défunt était titulaire d'un contrat ou d'un abonnement en cours, "
            "de nous communiquer les données et documents le concernant utiles au règlement de la succession, et "
            "de procéder ensuite à la clôture de son dossier.\n\n"
            "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\n"
            "Pour l'Office,\n"
            "Élodie Marchal, clerc de notaire\n"
            "Office notarial Duret & Associés - 2 boulevard Stalingrad - 36100 Issoudun"
        ),
        attachments=[dict(type="pdf", filename="acte_deces_BAUDIN.pdf",
                          text="ACTE DE DECES\nBAUDIN Roger Marcel\nDelivre pour servir a la succession")],
        mid="uuid",
        mua="outlook",
    ),
    dict(
        key="fr-pm-directives-propres-maladie",
        rights=["post_mortem"],
        sender=("Christine Morel", "christine.morel@wanadoo.fr"),
        to="orange",
        subject="Mes volontés",
        body=(
            "Chère Sandra,\n\n"
            "Vous savez que la maladie gagne du terrain. Je préfère régler les choses tant que j'en ai la force.\n\n"
            "Après ma mort, je souhaite que vous détruisiez toutes vos notes sur moi, sauf une : la lettre que j'ai "
            "écrite à ma fille lors de notre séance sur la transmission. Celle-là, je voudrais que vous la remettiez "
            "à Julie (julie.morel@gmail.com), et à elle seule.\n\n"
            "Merci pour tout ce chemin parcouru ensemble.\n"
            "Christine"
        ),
        mua="orange_webmail",
    ),
    # NEAR-LINE: the widower asks to stop the newsletter for his late wife - a relative after a death is post_mortem only, not objection.
    dict(
        key="fr-pm-veuf-newsletter",
        date="2025-04-09 10:17",
        rights=["post_mortem"],
        sender=("Daniel Roussel", "daniel.roussel@orange.fr"),
        subject="Re: 🌸 La lettre de Floraison - Le printemps des émotions",
        body=(
            "Madame,\n\n"
            "Ma femme Évelyne est décédée en février. Je continue à recevoir vos lettres sur sa boîte que je consulte "
            "encore. Merci de ne plus lui écrire et d'enlever son nom de vos fichiers.\n\n"
            "D. Roussel"
        ),
        quote=dict(
            style="thunderbird_fr",
            sender=FLORAISON,
            days=2,
            text=(
                "Bonjour Évelyne,\n\n"
                "Le printemps est là, et avec lui une envie de renouveau... Ce mois-ci, je vous propose d'explorer nos "
                "émotions de saison.\n\n"
                "Se désabonner"
            ),
        ),
    ),
    # NEAR-LINE: the son asks for photos and then erasure of his late father's file - heir after a death -> post_mortem only.
    dict(
        key="fr-pm-fils-photos-pere",
        date="2026-03-04 18:55",
        rights=["post_mortem"],
        sender=("Benoît Charpentier", "benoit.charpentier@gmail.com"),
        subject="Photos de mon père",
        body=(
            "Bonjour,\n\n"
            "Mon père, Henri Charpentier, nous a quittés cet hiver. Il avait participé à plusieurs de vos journées "
            "« Retraite active » et il nous avait montré des photos prises par vous lors de ces journées.\n\n"
            "Ma sœur et moi aimerions beaucoup les récupérer, ainsi que tout ce que vous auriez conservé de lui "
            "(textes, productions d'ateliers). Ensuite, vous pourrez effacer son dossier.\n\n"
            "Bien cordialement,\n"
            "Benoît Charpentier"
        ),
        mua="iphone",
    ),
    dict(
        key="fr-pm-quebec-liquidatrice",
        rights=["post_mortem"],
        sender=("Lise Tremblay", "lise.tremblay@sympatico.ca"),
        subject="Succession de Raymond Tremblay",
        body=(
            "Bonjour madame,\n\n"
            "Je suis la liquidatrice de la succession de mon frère Raymond Tremblay, décédé à Montréal le mois "
            "passé. Il suivait votre programme en ligne et un prélèvement mensuel apparaît encore sur son compte.\n\n"
            "Je vous demande de fermer son abonnement et son compte, et de me dire ce que vous détenez à son nom. "
            "Je peux vous faire parvenir la preuve de décès et mon acte de nomination au besoin.\n\n"
            "Merci de votre diligence,\n"
            "Lise Tremblay"
        ),
    ),
    dict(
        key="fr-pm-soeur-compte-formation",
        date="2025-09-16 14:03",
        rights=["post_mortem"],
        sender=("Maryse Dufour", "maryse.dufour@sfr.fr"),
        subject="Compte de mon frère Patrick Dufour",
        body=(
            "Bonjour,\n\n"
            "Mon frère Patrick est décédé en juillet. Je m'occupe de ses papiers et de ses comptes en ligne. Il avait "
            "un accès à votre formation « Trouver sa place » sur Systeme.io. Pouvez-vous supprimer son compte et ses "
            "données ?\n\n"
            "Je joins le certificat de décès.\n\n"
            "Maryse Dufour"
        ),
        attachments=[dict(type="pdf", filename="certificat_deces_P_Dufour.pdf",
                          text="Certificat de deces\nDUFOUR Patrick\nCopie remise a la famille")],
        mid="sfr",
    ),
    dict(
        key="fr-pm-directives-courtes",
        rights=["post_mortem"],
        sender=("Gilles Perret", "gilles.perret@gmail.com"),
        subject="Instructions pour après mon décès",
        body=(
            "Bonjour Sandra,\n\n"
            "Suite à notre séance sur « mettre ses affaires en ordre », je formalise : le jour où je décède, mes "
            "données chez vous doivent être effacées. Personne de ma famille ne doit y avoir accès.\n\n"
            "Gilles Perret"
        ),
    ),
    dict(
        key="fr-pm-veuf-transfert-message",
        rights=["post_mortem"],
        sender=("Alain Besson", "alain.besson@wanadoo.fr"),
        subject="Tr: Votre accès au programme « Reprendre confiance » expire bientôt",
        body=(
            "Madame,\n\n"
            "Je vous fais suivre ce message arrivé sur la boîte de mon épouse, Françoise Besson, décédée le 3 "
            "du mois. Je suis son mari et son seul héritier. Merci de clôturer son compte et de détruire ce qui "
            "la concerne.\n\n"
            "Alain Besson"
        ),
        kind="rfc822",
        inner=dict(
            sender=("Floraison de Soi", "contact@floraisondesoi.fr"),
            to=("Françoise Besson", "francoise.besson@wanadoo.fr"),
            subject="Votre accès au programme « Reprendre confiance » expire bientôt",
            body=(
                "Bonjour Françoise,\n\n"
                "Votre accès au programme en ligne « Reprendre confiance » arrive à échéance dans 15 jours. Pour "
                "prolonger votre accès, il suffit de cliquer sur le lien ci-dessous.\n\n"
                "À très vite,\nSandra"
            ),
        ),
        mua="orange_webmail",
    ),
]
