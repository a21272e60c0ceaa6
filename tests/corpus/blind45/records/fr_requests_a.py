"""French requests, part A: access, rectification, erasure (single right)."""
from ._common import CONTACT, ORANGE, SANDRA, SIG, SIG_SHORT

RECORDS = [
    # ------------------------------------------------------------------ access
    dict(
        key="fr-acc-salariee-transports-evaluation",
        date="2025-05-14 09:12",
        rights=["access"],
        sender=("Mélanie Roux", "melanie.roux@transports-maupoix.fr"),
        to="contact",
        mid="outlook365",
        mua="outlook",
        subject="Formation « Manager sans s'épuiser » - mes données",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "J'ai suivi en mars la formation « Manager sans s'épuiser » que vous avez animée pour les chefs d'équipe de "
            "Transports Maupoix (inscription faite par notre service RH, financement par l'OPCO Mobilités).\n\n"
            "À titre personnel, et non pour l'entreprise, je souhaiterais savoir quelles informations vous détenez à mon "
            "sujet : fiche d'inscription, grille d'auto-évaluation du premier jour, questionnaire de fin de stage, "
            "éventuelles notes. J'aimerais aussi savoir si tout ou partie de ces éléments a été transmis à mon employeur "
            "ou à l'OPCO, et lesquels.\n\n"
            "Merci de me répondre sur mon adresse personnelle (m.roux36@laposte.net), je préfère que cet échange ne "
            "transite pas par la messagerie de l'entreprise.\n\n"
            "Bien cordialement,\n"
            "Mélanie Roux\n"
            "Cheffe d'équipe quai - site de Déols\n\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
            "Toute utilisation ou diffusion non autorisée est interdite. Transports Maupoix SAS - RCS Châteauroux."
        ),
    ),
    dict(
        key="fr-acc-ancien-client-notes-seances",
        rights=["access"],
        sender=("Thierry Vasseur", "thierry.vasseur58@gmail.com"),
        subject="Notes de nos séances",
        body=(
            "Bonjour Sandra,\n\n"
            "Je ne sais pas si vous vous souvenez de moi, nous avions fait six séances en 2023 autour de ma "
            "reconversion (j'étais encore à la banque à l'époque).\n\n"
            "Je reprends aujourd'hui un travail de bilan avec une psychologue du travail et ce serait précieux pour "
            "moi de relire ce que vous aviez noté pendant nos rendez-vous. Est-ce que vous pourriez m'en envoyer une "
            "copie ? Un scan ou des photos me suffiront largement.\n\n"
            "Merci d'avance et au plaisir,\n"
            "Thierry"
        ),
        mua="android",
    ),
    dict(
        key="fr-acc-questionnaire-enneagramme",
        rights=["access"],
        sender=("Coralie Fontaine", "coralie.fontaine@ehpad-lestilleuls.fr"),
        to="orange",
        subject="Re: Merci pour ces deux journées",
        body=(
            "Bonjour Sandra,\n\n"
            "Encore merci pour la formation, l'équipe en parle toujours.\n\n"
            "Petite demande de ma part : j'avais rempli le questionnaire de personnalité (l'ennéagramme) le premier "
            "matin et on ne nous a pas rendu nos réponses. Je voudrais bien récupérer les miennes, avec le profil "
            "qui en était ressorti si vous l'avez gardé.\n\n"
            "Bonne journée,\n"
            "Coralie Fontaine\n"
            "IDEC - EHPAD Les Tilleuls"
        ),
        quote=dict(
            style="outlook_fr",
            sender=ORANGE,
            text=(
                "Bonjour à toutes et à tous,\n\n"
                "Merci pour votre participation active à ces deux journées sur la communication bienveillante en équipe "
                "soignante. Vous trouverez ci-dessous le lien vers les supports et la bibliographie.\n\n"
                "Au plaisir de vous retrouver pour la journée de suivi en juin.\n\n" + SIG
            ),
        ),
        mua="outlook",
        html="alt",
    ),
    dict(
        key="fr-acc-courrier-formel-article15",
        rights=["access"],
        sender=("Bertrand Lhomme", "b.lhomme@wanadoo.fr"),
        to="orange",
        subject="Demande d'accès - article 15 du RGPD",
        body=(
            "Madame,\n\n"
            "En application de l'article 15 du Règlement (UE) 2016/679 du 27 avril 2016, je vous prie de bien vouloir "
            "me communiquer :\n"
            "- la confirmation que des données à caractère personnel me concernant font ou non l'objet d'un traitement "
            "par votre entreprise ;\n"
            "- une copie de l'ensemble de ces données ;\n"
            "- les finalités du traitement, les catégories de destinataires et la durée de conservation envisagée.\n\n"
            "J'ai participé à la conférence « Oser la seconde partie de carrière » organisée avec la CCI de l'Indre, "
            "puis à deux ateliers collectifs.\n\n"
            "Vous trouverez ci-joint la copie de ma carte nationale d'identité. Je vous rappelle que vous disposez d'un "
            "délai d'un mois à compter de la réception de la présente pour y répondre.\n\n"
            "Veuillez agréer, Madame, l'expression de mes salutations distinguées.\n\n"
            "Bertrand Lhomme\n"
            "12 allée des Marronniers\n"
            "36000 Châteauroux"
        ),
        attachments=[dict(type="pdf", filename="CNI_Lhomme_recto_verso.pdf",
                          text="REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : LHOMME  Prenom : Bertrand\nCopie - demande d'acces RGPD")],
        mua="orange_webmail",
    ),
    # NEAR-LINE: she only asks to know the source and recipients of her data, she does not ask to stop the mail -> access only.
    dict(
        key="fr-acc-origine-coordonnees-prospection",
        rights=["access"],
        sender=("Hélène Marchais", "h.marchais@menuiseries-chaumeau.fr"),
        to="contact",
        subject="D'où vient mon adresse ?",
        body=(
            "Bonjour,\n\n"
            "Je reçois depuis quelques semaines sur ma boîte professionnelle vos invitations à des ateliers "
            "« leadership au féminin ». Je n'ai aucun souvenir de vous avoir laissé mes coordonnées.\n\n"
            "Pouvez-vous m'indiquer comment vous les avez obtenues (salon, fichier acheté, partenaire ?) et si vous "
            "les avez transmises à qui que ce soit ?\n\n"
            "Cordialement,\n"
            "Hélène Marchais\n"
            "Responsable administrative et financière\n"
            "Menuiseries Chaumeau - ZI de la Malterie - Levroux"
        ),
        mid="outlook365",
    ),
    dict(
        key="fr-acc-belge-copie-dossier",
        rights=["access"],
        sender=("Véronique Dethier", "vero.dethier@skynet.be"),
        subject="Mon dossier",
        body=(
            "Bonjour Madame,\n\n"
            "Nous nous étions rencontrées à Namur lors du séminaire de septante personnes sur l'équilibre vie pro / "
            "vie privée, puis j'ai poursuivi avec vous en visio l'année passée.\n\n"
            "Pourriez-vous me faire parvenir une copie de ce que vous avez dans votre dossier à mon nom ? Je "
            "souhaite faire le point sur mon parcours et je n'ai plus rien de ce côté-ci.\n\n"
            "Je vous remercie bien et vous souhaite une belle journée.\n\n"
            "Véronique Dethier\n"
            "Jambes (Namur)"
        ),
    ),
    dict(
        key="fr-acc-style-sms",
        rights=["access"],
        sender=("Kevin B", "kevinb36@hotmail.fr"),
        subject="info",
        body="bjr vous pouvez menvoyer tout ce que vous avez sur moi svp jai fait latelier confiance en soi en octobre. merci\nkevin",
        mua="samsung",
    ),
    dict(
        key="fr-acc-quebec-renseignements",
        date="2025-06-03 23:12",
        rights=["access"],
        sender=("Marie-Ève Gagnon", "megagnon@videotron.ca"),
        subject="Demande - mes renseignements personnels",
        body=(
            "Bonjour madame Delomenie,\n\n"
            "J'ai participé à votre webinaire sur l'épuisement des proches aidants en début d'année (j'étais la seule "
            "Québécoise du groupe, je pense!) et j'ai acheté ensuite le petit parcours en ligne.\n\n"
            "J'aimerais obtenir une copie des renseignements personnels que vous détenez sur moi, incluant ce qui est "
            "hébergé sur votre plateforme de cours. Ici on est habitués à la Loi 25, mais je comprends que chez "
            "vous c'est le RGPD qui s'applique, ça me convient très bien.\n\n"
            "Merci beaucoup et bonne fin de journée de votre bord!\n\n"
            "Marie-Ève Gagnon\n"
            "Sherbrooke (Québec)"
        ),
        html="alt",
    ),
    # NEAR-LINE: asks what was sent about her to the OPCO and her former employer - recipients of her own data -> access.
    dict(
        key="fr-acc-stagiaire-opco-transmission",
        date="2026-02-02 18:19",
        rights=["access"],
        sender=("Samia Bensalem", "samia.bensalem@outlook.fr"),
        subject="Question sur ce qui a été envoyé à l'OPCO",
        body=(
            "Bonjour Sandra,\n\n"
            "J'ai fait la formation gestion du stress en novembre, celle financée par Akto pour les salariés de "
            "l'agence d'intérim.\n\n"
            "J'ai quitté l'agence depuis et en préparant un dossier de VAE je me suis rendu compte que je ne sais pas "
            "exactement ce qui a été envoyé me concernant. Pourriez-vous me dire quelles données personnelles à mon "
            "nom ont été transmises à Akto et à l'agence (feuilles d'émargement, évaluation, attestation...) et m'en "
            "envoyer une copie ?\n\n"
            "Merci beaucoup,\n"
            "Samia"
        ),
        mid="outlook",
    ),
    # NEAR-LINE: the request sits at the end of a long personal update; the new text still asks for a copy of her own session notes -> access.
    dict(
        key="fr-acc-longue-lettre-nouvelles",
        rights=["access"],
        sender=("Agnès Pelletier", "agnes.pelletier@free.fr"),
        subject="Des nouvelles (et une petite demande)",
        body=(
            "Chère Sandra,\n\n"
            "Cela fait presque deux ans que nous ne nous sommes pas écrit et je voulais vous donner des nouvelles. "
            "Comme vous l'aviez pressenti, j'ai fini par quitter la mutuelle. Les six premiers mois ont été durs, "
            "j'ai douté de tout, et puis j'ai trouvé ce poste de coordinatrice dans une association d'aide à domicile "
            "à Vierzon. Je travaille moins loin, je vois davantage mes filles, et je dors enfin.\n\n"
            "Je repense souvent à l'exercice de la « roue des valeurs » que vous m'aviez fait faire. Je l'ai même "
            "refait avec ma fille aînée qui cherche sa voie après son BTS.\n\n"
            "Mon mari vous passe le bonjour, il se souvient encore de la fois où je suis rentrée d'une séance en lui "
            "annonçant que j'arrêtais de dire oui à tout.\n\n"
            "Bref, tout va bien. Une seule chose : si cela ne vous dérange pas, j'aimerais bien récupérer une copie des "
            "notes que vous aviez prises pendant nos séances de 2023, et le bilan écrit de fin d'accompagnement. "
            "J'ai perdu le mien dans le déménagement.\n\n"
            "Je vous embrasse,\n"
            "Agnès"
        ),
        mid="free",
        mua="thunderbird",
    ),
    dict(
        key="fr-acc-formulaire-site",
        rights=["access"],
        sender=("Site Floraison de Soi", "wordpress@floraisondesoi.fr"),
        reply_to=("Laurent Pichon", "laurent.pichon@sfr.fr"),
        to="contact",
        mid="roundcube",
        subject="[Floraison de Soi] Nouveau message de Laurent Pichon",
        body=(
            "Nom : Laurent Pichon\n"
            "E-mail : laurent.pichon@sfr.fr\n"
            "Téléphone : 06 12 58 77 40\n"
            "Objet : Demande d'accès à mes données\n\n"
            "Message :\n"
            "Bonjour, j'ai été inscrit à votre newsletter et à un webinaire l'an dernier. Je voudrais savoir quelles "
            "données vous conservez sur moi et obtenir une copie. Merci.\n\n"
            "--\n"
            "Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)"
        ),
        headers=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")],
        html="alt",
    ),
    dict(
        key="fr-acc-objet-seul",
        rights=["access"],
        sender=("Odile Marchand", "odile.marchand@laposte.net"),
        subject="Demande de copie de mes données personnelles",
        body="",
    ),
    dict(
        key="fr-acc-au-dessus-newsletter",
        rights=["access"],
        sender=("Christophe Aubry", "chris.aubry@gmail.com"),
        subject="Re: 🌱 La lettre de Floraison - Le syndrome de l'imposteur au travail",
        body=(
            "Bonjour,\n\n"
            "Avant de lire votre lettre : je ne me rappelle pas m'être inscrit. Quelles informations avez-vous sur moi "
            "exactement ? Nom, adresse, autre chose ?\n\n"
            "C. Aubry"
        ),
        quote=dict(
            style="gmail_fr",
            sender=("Floraison de Soi", "contact@floraisondesoi.fr"),
            days=1,
            text=(
                "Bonjour à toutes et à tous,\n\n"
                "Ce mois-ci, parlons du syndrome de l'imposteur. Vous êtes nombreux à m'en parler en séance : cette "
                "petite voix qui murmure que vous n'êtes pas à votre place, que vous allez être « démasqué »...\n\n"
                "📅 Prochain atelier collectif : samedi matin, salle de la Minoterie à Issoudun.\n\n"
                "Pour ne plus recevoir cette lettre, cliquez ici."
            ),
        ),
    ),
    # NEAR-LINE: a manager, but asking for HIS OWN 360 report (explicitly nothing about his team) -> access, unlike the manager negatives.
    dict(
        key="fr-acc-manager-ses-propres-resultats",
        rights=["access"],
        sender=("Franck Delaunay", "f.delaunay@berry-emballages.com"),
        to="contact",
        mid="outlook365",
        mua="outlook",
        subject="Mon feedback 360",
        body=(
            "Bonjour Sandra,\n\n"
            "Dans le cadre du parcours managers, vous avez compilé le feedback 360 me concernant. J'ai eu la "
            "restitution orale, mais pas le document.\n\n"
            "Je vous demande, en tant que personne concernée, la copie de mon propre rapport 360 et des verbatims "
            "anonymisés qui me concernent. Je ne demande évidemment rien sur mes collaborateurs.\n\n"
            "Cordialement,\n"
            "Franck Delaunay\n"
            "Responsable de production - Berry Emballages\n"
            "Tél. 02 54 21 ** **"
        ),
        cc=[("Nadia Ferreira - RH", "n.ferreira@berry-emballages.com")],
    ),
    # ------------------------------------------------------------------ rectification
    dict(
        key="fr-rect-nom-epouse-attestation",
        date="2025-09-08 20:41",
        rights=["rectification"],
        sender=("Aurélie Bonnin", "aurelie.bonnin@hotmail.fr"),
        subject="Changement de nom",
        body=(
            "Bonjour Sandra,\n\n"
            "Je me suis mariée cet été (eh oui !) et j'utilise désormais le nom de mon mari. Pourriez-vous mettre à "
            "jour mon nom dans vos fichiers : Aurélie Bonnin devient Aurélie Maréchal-Bonnin.\n\n"
            "C'est surtout important pour l'attestation de formation que je dois déposer sur mon compte CPF, il faut "
            "que le nom corresponde à ma pièce d'identité.\n\n"
            "Merci beaucoup !\n"
            "Aurélie"
        ),
        mua="iphone",
        html="alt",
    ),
    dict(
        key="fr-rect-nouvelle-adresse-postale",
        rights=["rectification"],
        sender=("Gérard et Monique Tessier", "tessier.gm@orange.fr"),
        to="orange",
        subject="nouvelle adresse",
        body=(
            "Bonjour Madame Delomenie\n\n"
            "Nous avons déménagé. Merci de remplacer l'ancienne adresse (14 rue des Minimes à Issoudun) par la "
            "nouvelle :\n\n"
            "Monique Tessier\n"
            "3 impasse du Lavoir\n"
            "18100 Vierzon\n\n"
            "C'est pour les courriers de l'atelier mémoire et bien-être.\n\n"
            "Bien à vous\n"
            "Monique Tessier"
        ),
        mua="orange_webmail",
    ),
    # NEAR-LINE: replacing her old work email by a new personal one, new value given -> rectification only, not erasure.
    dict(
        key="fr-rect-email-pro-vers-perso",
        rights=["rectification"],
        sender=("Julien Moreau", "julien.moreau.pro@gmail.com"),
        subject="Changement d'adresse mail",
        body=(
            "Bonjour,\n\n"
            "J'ai suivi le cycle « prise de parole en public » via mon ancien employeur, la Mutuelle du Val de "
            "l'Indre. Je n'y travaille plus et mon adresse j.moreau@mvi-mutuelle.fr va être désactivée.\n\n"
            "Pouvez-vous enregistrer à la place celle-ci : julien.moreau.pro@gmail.com, et retirer l'ancienne ? Je "
            "tiens à continuer à recevoir les invitations aux ateliers de suivi.\n\n"
            "Merci,\n"
            "Julien Moreau"
        ),
    ),
    dict(
        key="fr-rect-date-naissance-cpf",
        rights=["rectification"],
        sender=("Nathalie Girault", "nathalie.girault@yahoo.fr"),
        to="contact",
        subject="Erreur sur mon certificat de réalisation",
        body=(
            "Bonjour,\n\n"
            "Sur le certificat de réalisation que vous m'avez envoyé, ma date de naissance est indiquée au 03/11/1978. "
            "C'est une erreur, je suis née le 11/03/1978 (jour et mois inversés je pense).\n\n"
            "Pouvez-vous corriger cette information dans votre dossier et me renvoyer un certificat rectifié ? Mon "
            "dossier de prise en charge est bloqué tant que les dates ne concordent pas.\n\n"
            "Merci par avance,\n"
            "Nathalie Girault"
        ),
        attachments=[dict(type="png", filename="capture_certificat.png")],
    ),
    # NEAR-LINE: "effacez l'ancien" numéro but the new number is given -> rectification only.
    dict(
        key="fr-rect-telephone-texto",
        rights=["rectification"],
        sender=("Lucie", "lucie.perrot36@gmail.com"),
        subject="nouveau num",
        body="coucou Sandra c Lucie (groupe du jeudi), jai changé de numero : 07 68 41 22 09. effacez lancien svp sinon vous allez tomber sur mon ex 😅 bisous",
        mua="iphone2",
    ),
    # NEAR-LINE: contests a note but supplies the corrected wording and does not ask to pause use -> rectification only.
    dict(
        key="fr-rect-note-erronee-arret",
        rights=["rectification"],
        sender=("Pascale Guérin", "pascale.guerin@laposte.net"),
        subject="Une erreur dans ma fiche de suivi",
        body=(
            "Bonjour Sandra,\n\n"
            "En relisant la fiche de suivi que vous m'avez transmise après notre troisième séance, j'ai vu qu'il y est "
            "écrit que j'étais « en arrêt maladie depuis janvier ». Ce n'est pas exact : j'ai posé des congés puis "
            "j'ai repris à mi-temps thérapeutique fin février, ce n'était pas un arrêt.\n\n"
            "Je tiens à ce que ce soit corrigé car cette fiche peut être partagée avec le médecin du travail si je le "
            "décide. Merci de remplacer la phrase par : « en congés puis reprise à mi-temps thérapeutique depuis fin "
            "février ».\n\n"
            "Bien cordialement,\n"
            "Pascale Guérin"
        ),
    ),
    dict(
        key="fr-rect-orthographe-suisse",
        rights=["rectification"],
        sender=("Reto Müller", "reto.mueller@bluewin.ch"),
        subject="Orthographe de mon nom",
        body=(
            "Madame,\n\n"
            "Je vous remercie pour l'envoi de l'attestation de participation au séminaire de Lausanne. Je constate "
            "toutefois que mon nom y figure sous la forme « Muller Reto ». L'orthographe correcte est Müller (avec "
            "tréma), ou Mueller si votre système ne gère pas les caractères spéciaux.\n\n"
            "Je vous saurais gré de bien vouloir corriger mon nom dans votre fichier de participants, afin que les "
            "prochains documents soient justes.\n\n"
            "Avec mes salutations les meilleures,\n\n"
            "Reto Müller\n"
            "Responsable formation - Coopérative agricole du Gros-de-Vaud"
        ),
        mua="apple",
    ),
    dict(
        key="fr-rect-completer-fonction",
        rights=["rectification"],
        sender=("Cédric Lemaire", "cedric.lemaire@ccas-vierzon.fr"),
        to="contact",
        subject="Compléter ma fiche participant",
        body=(
            "Bonjour,\n\n"
            "Ma fiche d'inscription à la formation « Accueil des publics en difficulté » est incomplète : il manque ma "
            "fonction et mon service, alors qu'ils doivent apparaître sur mon attestation.\n\n"
            "Pouvez-vous compléter avec : Travailleur social - Pôle insertion, CCAS de Vierzon ?\n\n"
            "Merci,\n"
            "Cédric Lemaire"
        ),
        mid="outlook365",
        mua="outlook15",
    ),
    # ------------------------------------------------------------------ erasure
    dict(
        key="fr-era-compte-systemeio-tout",
        rights=["erasure"],
        sender=("Sophie Carré", "sophie.carre@gmail.com"),
        subject="Suppression compte + données",
        body=(
            "Bonjour,\n\n"
            "Je souhaite que vous supprimiez mon compte sur votre espace de formation en ligne (Systeme.io) ainsi que "
            "toutes les données qui me concernent : inscription, historique, réponses aux exercices.\n\n"
            "Merci de me confirmer quand c'est fait.\n"
            "Sophie Carré"
        ),
    ),
    dict(
        key="fr-era-article17-recommande",
        rights=["erasure"],
        sender=("Jean-Marc Delorme", "jm.delorme@wanadoo.fr"),
        to="orange",
        subject="Demande d'effacement de données personnelles (art. 17 RGPD)",
        body=(
            "Madame Dumot-Deloménie,\n\n"
            "Par la présente, et conformément à l'article 17 du Règlement général sur la protection des données, "
            "j'exerce mon droit à l'effacement de l'ensemble des données à caractère personnel me concernant que vous "
            "détenez, quel qu'en soit le support (fichiers clients, plateformes de réservation, outils d'e-mailing, "
            "sauvegardes).\n\n"
            "Le contrat d'accompagnement qui nous liait a pris fin il y a plus de deux ans et je ne souhaite plus "
            "figurer dans vos fichiers, sous réserve des seules pièces comptables que la loi vous impose de conserver.\n\n"
            "Je joins une copie de ma pièce d'identité et vous remercie de m'adresser une confirmation écrite. Un "
            "exemplaire de ce courrier vous est également adressé en recommandé avec accusé de réception.\n\n"
            "Jean-Marc Delorme"
        ),
        attachments=[dict(type="pdf", filename="courrier_effacement_JMD.pdf",
                          text="Jean-Marc Delorme\nObjet : demande d'effacement (article 17 RGPD)\nLettre recommandee avec AR"),
                     dict(type="pdf", filename="piece_identite.pdf",
                          text="PASSEPORT - REPUBLIQUE FRANCAISE\nDELORME Jean-Marc\nCopie certifiee conforme")],
        mua="thunderbird",
    ),
    dict(
        key="fr-era-ancienne-salariee-evaluation",
        rights=["erasure"],
        sender=("Inès Caron", "ines.caron@icloud.com"),
        subject="Suppression de mon évaluation de formation",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "En 2022, mon ancien employeur (l'agence immobilière Théols Immo) m'a inscrite à votre formation sur la "
            "relation client. J'y avais rempli une auto-évaluation assez personnelle, et vous aviez rédigé une "
            "synthèse individuelle.\n\n"
            "J'ai quitté l'agence et je ne vois plus de raison que ces documents existent encore. Je vous demande "
            "donc de les effacer, ainsi que mes coordonnées. Si certaines pièces doivent être gardées pour le "
            "financeur, pouvez-vous me dire lesquelles ?\n\n"
            "Merci,\n"
            "Inès Caron\n\n"
            "Envoyé de mon iPhone"
        ),
        mua="iphone",
    ),
    dict(
        key="fr-era-question-polie-une-ligne",
        rights=["erasure"],
        sender=("Francis Lebon", "francis.lebon@orange.fr"),
        subject="Données",
        body="Bonjour, pourriez-vous supprimer mes données s'il vous plaît ? Merci. F. Lebon",
        mua="orange_webmail",
    ),
    # NEAR-LINE: euphemistic wording ("disparaître de vos fichiers") - still a request to delete all her data -> erasure.
    dict(
        key="fr-era-euphemisme-disparaitre",
        rights=["erasure"],
        sender=("Claire-Lise Bourdin", "cl.bourdin@protonmail.com"),
        subject="Tourner la page",
        body=(
            "Bonjour Sandra,\n\n"
            "Ce n'est pas contre vous, vraiment. Mais je traverse une période où j'ai besoin de faire place nette, "
            "et cela passe aussi par le fait de ne plus exister dans les fichiers des gens que j'ai croisés pendant "
            "ces années difficiles.\n\n"
            "Alors j'aimerais disparaître de chez vous : plus de fiche, plus d'adresse, plus rien à mon nom. Je sais "
            "que vous comprendrez.\n\n"
            "Avec gratitude,\n"
            "Claire-Lise"
        ),
    ),
    dict(
        key="fr-era-informel-sans-accents",
        rights=["erasure"],
        sender=("Dylan Mercier", "dylan.mercier@gmail.com"),
        subject="supression",
        body=(
            "salut\n\n"
            "c'est dylan, jetais au stage ado en 2021 avec ma soeur (maintenant jai 19 ans). je voudrai que vous "
            "supprimiez toutes mes infos de vos fichier, mon nom mon tel tout ca. merci bcp\n\n"
            "dylan"
        ),
        mua="android",
    ),
    dict(
        key="fr-era-avocat-mandat",
        rights=["erasure"],
        sender=("Maître Caroline Auclair", "c.auclair@auclair-avocats.fr"),
        to="orange",
        subject="V/Réf : Mme Estelle Barbier - demande d'effacement",
        body=(
            "Madame,\n\n"
            "J'interviens en qualité de conseil de Madame Estelle Barbier, demeurant 8 rue de la Gare à Reuilly, "
            "qui a eu recours à vos services d'accompagnement entre 2022 et 2023.\n\n"
            "Agissant en vertu du mandat ci-joint, je vous demande de procéder à l'effacement de l'ensemble des "
            "données personnelles de ma cliente, en particulier les notes de séance et les informations relatives à "
            "sa santé, conformément à l'article 17 du RGPD, et de m'en confirmer l'exécution dans le délai légal.\n\n"
            "Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.\n\n"
            "Caroline Auclair\n"
            "Avocate au Barreau de Châteauroux\n"
            "17 place Gambetta - 36000 Châteauroux\n\n"
            "Ce message est couvert par le secret professionnel. S'il vous est parvenu par erreur, merci d'en "
            "avertir l'expéditeur et de le détruire."
        ),
        attachments=[dict(type="pdf", filename="Mandat_Barbier_signe.pdf",
                          text="MANDAT\nJe soussignee Estelle Barbier donne mandat a Me Caroline Auclair\npour exercer en mon nom mes droits RGPD aupres de Floraison de Soi.\nFait a Reuilly - signature")],
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="fr-era-parent-ado-atelier",
        date="2025-10-07 12:31",
        rights=["erasure"],
        sender=("Karine Duval", "karine.duval@sfr.fr"),
        subject="Données de mon fils Hugo (atelier ados)",
        body=(
            "Bonjour Madame,\n\n"
            "Mon fils Hugo, 15 ans, a suivi l'atelier « Gérer le stress des examens » au printemps dernier. Je vous "
            "avais transmis sa fiche d'inscription avec ses coordonnées et quelques informations sur ses difficultés "
            "scolaires.\n\n"
            "En tant que mère et représentante légale, je vous demande d'effacer l'ensemble des données le concernant, "
            "l'atelier étant terminé. Son père est d'accord.\n\n"
            "Merci de votre compréhension,\n"
            "Karine Duval"
        ),
        mid="sfr",
    ),
    dict(
        key="fr-era-reponse-apple-confirmation",
        rights=["erasure"],
        sender=("Manon Lefort", "manon.lefort@icloud.com"),
        subject="Re: Confirmation de votre inscription - Cercle de parole du mardi",
        body=(
            "Bonsoir Sandra,\n\n"
            "Finalement je ne vais pas m'engager dans ce cercle, et plus généralement je préfère arrêter là. Pouvez-vous "
            "effacer tout ce qui me concerne chez vous ? Je vous remercie pour votre accueil.\n\n"
            "Manon\n\n"
            "Envoyé de mon iPhone"
        ),
        quote=dict(
            style="apple_fr",
            sender=CONTACT,
            text=(
                "Bonjour Manon,\n\n"
                "Votre inscription au cercle de parole du mardi soir est bien enregistrée. Nous nous retrouverons à "
                "19h au 46 rue d'Estienne d'Orves, deuxième étage (sonnette « Floraison »).\n\n"
                "Belle soirée,\n" + SIG_SHORT
            ),
        ),
        mua="iphone",
        html="alt",
    ),
    # NEAR-LINE: a business partner, but the documents are her own personal data (CV, diplomas, RIB) and she asks for deletion -> erasure.
    dict(
        key="fr-era-coach-partenaire-dossier-ao",
        rights=["erasure"],
        sender=("Isabelle Roche", "isabelle@roche-coaching.fr"),
        subject="Réponse à l'appel d'offres - mes documents",
        body=(
            "Bonjour Sandra,\n\n"
            "Puisque le Conseil départemental a finalement retenu un autre prestataire, je te propose qu'on en reste "
            "là pour ce marché. Tant pis, on aura essayé !\n\n"
            "Pour les pièces que je t'avais envoyées pour le dossier commun (mon CV détaillé, copie de mes diplômes, "
            "mon attestation URSSAF et mon RIB), peux-tu les supprimer de ton côté, y compris de ton Drive ? Je "
            "préfère que ces documents ne traînent pas.\n\n"
            "On se rappelle pour le prochain ?\n"
            "Isabelle\n\n"
            "--\n"
            "Isabelle Roche - Coach certifiée RNCP\n"
            "Roche Coaching - Bourges"
        ),
        mid="gmail",
    ),
]
