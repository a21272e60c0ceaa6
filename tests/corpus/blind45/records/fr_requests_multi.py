"""French requests exercising two or more rights."""
from ._common import CONTACT, ORANGE, FLORAISON, SIG, SIG_SHORT

RECORDS = [
    dict(
        key="fr-multi-copie-puis-effacement",
        rights=["access", "erasure"],
        sender=("Valérie Chauvin", "valerie.chauvin@gmail.com"),
        subject="Mes données : copie puis suppression",
        body=(
            "Bonjour Sandra,\n\n"
            "Notre accompagnement est terminé depuis un an et je fais du tri dans ma vie numérique.\n\n"
            "Dans l'ordre, si possible : d'abord m'envoyer une copie de tout ce que vous avez sur moi (fiches, "
            "questionnaires, échanges), pour que je garde une trace ; ensuite, une fois que je vous aurai confirmé "
            "la bonne réception, tout effacer de votre côté.\n\n"
            "Merci infiniment,\n"
            "Valérie"
        ),
        html="alt",
    ),
    dict(
        key="fr-multi-temoignage-et-tout-effacer",
        rights=["erasure", "withdraw_consent"],
        sender=("Ludovic Marty", "ludovic.marty@outlook.fr"),
        subject="Retrait de mon témoignage et effacement",
        body=(
            "Bonjour,\n\n"
            "Je retire mon consentement à la publication de mon témoignage vidéo (celui tourné après le séminaire "
            "de Bourges). Merci de le retirer de YouTube et de votre site.\n\n"
            "Et tant qu'à faire, je vous demande d'effacer l'ensemble de mes données personnelles.\n\n"
            "Ludovic Marty"
        ),
        mid="outlook",
    ),
    dict(
        key="fr-multi-voir-et-corriger-adresse",
        rights=["access", "rectification"],
        sender=("Danielle Poirier", "danielle.poirier@laposte.net"),
        subject="Mes coordonnées",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "J'ai reçu votre courrier à mon ancienne adresse, qui m'a été réexpédié. Pouvez-vous me dire quelles "
            "informations vous avez sur moi ? Je crains qu'il y ait d'autres erreurs.\n\n"
            "Et dans tous les cas, mon adresse actuelle est : 27 rue Pierre Brossolette, 36100 Issoudun. Merci de "
            "remplacer l'ancienne.\n\n"
            "Cordialement,\n"
            "Danielle Poirier"
        ),
    ),
    dict(
        key="fr-multi-desabo-et-suppression",
        rights=["erasure", "objection"],
        sender=("Yohann Leclerc", "yohann.leclerc@free.fr"),
        subject="desinscription + suppression",
        body=(
            "Bonjour,\n"
            "merci de me retirer de la newsletter ET de supprimer mes donnees de votre fichier clients. je n'ai plus "
            "besoin de vos services.\n"
            "Yohann"
        ),
        mid="free",
    ),
    dict(
        key="fr-multi-savoir-et-export-tableur",
        rights=["access", "portability"],
        sender=("Marion Hubert", "marion.hubert@gmail.com"),
        subject="Quelles données + export",
        body=(
            "Bonjour Sandra,\n\n"
            "Deux questions pratiques :\n"
            "1) quelles données personnelles conservez-vous à mon sujet, et d'où viennent-elles (certaines ont été "
            "saisies par mon ancien manager lors de l'inscription, je crois) ?\n"
            "2) pouvez-vous m'envoyer celles que je vous ai fournies moi-même dans un fichier tableur, pour que je les "
            "réutilise dans mon portfolio de compétences ?\n\n"
            "Merci !\n"
            "Marion"
        ),
    ),
    # NEAR-LINE: contests a note AND supplies the corrected wording AND asks to pause its use meanwhile -> rectification + restriction.
    dict(
        key="fr-multi-corriger-et-suspendre-note",
        rights=["rectification", "restriction"],
        sender=("Sébastien Collin", "sebastien.collin@gmail.com"),
        subject="Compte-rendu de coaching - inexactitude",
        body=(
            "Bonjour Sandra,\n\n"
            "Le compte-rendu de notre séance tripartite (avec mon N+1) indique que j'ai « refusé » la mobilité à "
            "Orléans. J'ai demandé un délai de réflexion, ce qui n'est pas la même chose.\n\n"
            "Merci de corriger en : « a demandé un délai de réflexion sur la mobilité ». Et d'ici à ce que ce soit "
            "rectifié, ne communiquez ce compte-rendu à personne, y compris aux RH.\n\n"
            "Sébastien Collin"
        ),
        mua="iphone",
    ),
    # NEAR-LINE: employee about her OWN results: wants to know what was shared (access) and objects to future sharing with her hierarchy (objection).
    dict(
        key="fr-multi-salariee-savoir-et-opposition-manager",
        rights=["access", "objection"],
        sender=("Nadia Benali", "nadia.benali@clinique-champsamour.fr"),
        to="contact",
        subject="Mes résultats de formation et ma manager",
        body=(
            "Bonjour Madame,\n\n"
            "J'ai appris par hasard que ma responsable avait reçu un tableau avec les résultats des tests de "
            "positionnement de toute l'équipe, y compris les miens.\n\n"
            "Je voudrais savoir précisément ce qui a été transmis à mon sujet, et à qui. Et pour la suite du "
            "parcours, je m'oppose à ce que mes résultats individuels soient communiqués à ma hiérarchie : un "
            "résultat collectif, d'accord, mais pas mon nom à côté de mes scores.\n\n"
            "Merci de votre retour,\n"
            "Nadia Benali\n"
            "Auxiliaire de santé animale"
        ),
        mid="gmail",
    ),
    dict(
        key="fr-multi-lettre-15-17-21",
        rights=["access", "erasure", "objection"],
        sender=("Philippe Renaud", "philippe.renaud@orange.fr"),
        to="orange",
        subject="RGPD - demande au titre des articles 15, 17 et 21",
        body=(
            "Madame,\n\n"
            "Je vous adresse la présente au titre des articles 15, 17 et 21 du RGPD.\n\n"
            "1. Article 15 : je demande la communication de toutes les données me concernant, de leur source et de "
            "leurs destinataires.\n"
            "2. Article 21 : je m'oppose, avec effet immédiat, à tout traitement de mes données à des fins de "
            "prospection.\n"
            "3. Article 17 : une fois la communication ci-dessus effectuée, je demande l'effacement de mes données.\n\n"
            "Pièce jointe : copie de ma pièce d'identité.\n\n"
            "Philippe Renaud\n"
            "La Champenoise (36)"
        ),
        attachments=[dict(type="png", filename="scan_CNI_Renaud.png")],
        mua="orange_webmail",
    ),
    dict(
        key="fr-multi-photo-et-newsletter",
        rights=["objection", "withdraw_consent"],
        sender=("Estelle Joly", "estelle.joly@gmail.com"),
        subject="Photo + lettre d'info",
        body=(
            "Bonjour Sandra,\n\n"
            "Deux petites choses :\n"
            "- la photo de moi prise à l'atelier d'écriture et publiée sur Instagram : je retire mon autorisation, "
            "merci de la supprimer du post ;\n"
            "- et je ne souhaite plus recevoir la lettre d'information, je manque de temps pour la lire.\n\n"
            "Sans rancune et merci pour ces bons moments,\n"
            "Estelle"
        ),
        mua="iphone2",
        html="alt",
    ),
    dict(
        key="fr-multi-transfert-coach-puis-effacer",
        rights=["erasure", "portability"],
        sender=("Rachid Amrani", "rachid.amrani@hotmail.fr"),
        subject="Changement de coach",
        body=(
            "Bonjour Sandra,\n\n"
            "Je vais poursuivre avec un coach plus proche de mon travail à Tours. Pouvez-vous envoyer à Marc Giraud "
            "(contact@mg-coaching.fr) mes documents de travail sous forme de fichiers qu'il peut réutiliser, puis "
            "supprimer mon dossier chez vous ?\n\n"
            "Merci pour ces mois de travail,\n"
            "Rachid"
        ),
        mid="outlook",
    ),
    # NEAR-LINE: withdraws health-data consent and asks to see/copy what was noted -> withdraw_consent + access (no erasure asked).
    dict(
        key="fr-multi-sante-retrait-et-copie",
        rights=["access", "withdraw_consent"],
        sender=("Josiane Lebreton", "josiane.lebreton@orange.fr"),
        subject="données de santé",
        body=(
            "Bonjour Sandra,\n\n"
            "Je retire mon accord pour que vous conserviez des informations sur ma santé (mon diabète et mon "
            "traitement). Avant, j'aimerais savoir ce que vous aviez noté exactement à ce sujet et en avoir une "
            "copie.\n\n"
            "Josiane"
        ),
    ),
    dict(
        key="fr-multi-plus-demarchage-et-geler",
        rights=["objection", "restriction"],
        sender=("Arnaud Vincent", "arnaud.vincent@gmail.com"),
        subject="Arrêt des sollicitations / mon dossier",
        body=(
            "Bonjour,\n\n"
            "Je ne souhaite plus recevoir de propositions d'ateliers ni de relances commerciales.\n\n"
            "Pour mon dossier d'accompagnement : ne le supprimez pas, j'aurai peut-être besoin de retrouver certains "
            "éléments pour mon dossier de reconversion. Mais en attendant, qu'il ne serve à rien d'autre que "
            "d'être conservé.\n\n"
            "Arnaud Vincent"
        ),
    ),
    dict(
        key="fr-multi-avocat-acces-effacement",
        rights=["access", "erasure"],
        sender=("SCP Garnier-Lucas Avocats", "secretariat@garnier-lucas-avocats.fr"),
        to="orange",
        subject="Mme Christelle Rocher - droits RGPD - notre réf. 25/0412",
        body=(
            "Madame,\n\n"
            "Nous représentons les intérêts de Madame Christelle Rocher, qui nous a donné mandat, joint à la présente, "
            "pour exercer en son nom ses droits au titre du RGPD.\n\n"
            "Nous vous demandons en conséquence :\n"
            "- de nous adresser copie de l'intégralité des données personnelles de Mme Rocher traitées par vous, y "
            "compris les comptes-rendus de séances réalisées dans le cadre du coaching financé par son ancien employeur ;\n"
            "- puis de procéder à leur effacement, à l'exception des pièces dont la conservation vous serait imposée "
            "par une obligation légale, que vous voudrez bien nous préciser.\n\n"
            "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\n"
            "Me Antoine Lucas\n"
            "SCP Garnier-Lucas - Avocats associés - Bourges"
        ),
        attachments=[dict(type="pdf", filename="pouvoir_Rocher.pdf",
                          text="POUVOIR\nMme Christelle Rocher mandate la SCP Garnier-Lucas\npour exercer ses droits d'acces et d'effacement."),
                     dict(type="pdf", filename="CNI_Rocher.pdf",
                          text="Carte nationale d'identite\nROCHER Christelle")],
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="fr-multi-parent-photo-et-donnees-fille",
        date="2025-11-13 21:07",
        rights=["erasure", "withdraw_consent"],
        sender=("Olivier Brunet", "olivier.brunet@laposte.net"),
        subject="Léa Brunet - stage ados",
        body=(
            "Bonjour Madame,\n\n"
            "Je suis le père de Léa, 14 ans, qui a participé au stage « Confiance et estime de soi » des vacances de "
            "la Toussaint. Nous avions signé l'autorisation de droit à l'image ; nous la retirons, et vous demandons "
            "d'enlever les photos où elle apparaît (site et Facebook).\n\n"
            "Nous souhaitons par ailleurs que toutes les données concernant Léa soient supprimées.\n\n"
            "Cordialement,\n"
            "Olivier Brunet"
        ),
    ),
    dict(
        key="fr-multi-nom-corrige-et-export",
        rights=["portability", "rectification"],
        sender=("Kelly Rivière", "kelly.riviere@gmail.com"),
        subject="Nom + fichier pour mon nouvel employeur",
        body=(
            "Bonjour,\n\n"
            "Mon nom est mal écrit chez vous : c'est Rivière avec un accent, pas Riviere. Merci de corriger.\n\n"
            "Et pourriez-vous m'envoyer mes données de formation (modules suivis, dates, heures, évaluations) sous un "
            "format que mon nouvel employeur puisse importer dans son logiciel RH, un CSV par exemple ?\n\n"
            "Merci,\n"
            "Kelly Rivière"
        ),
    ),
    dict(
        key="fr-multi-stagiaire-emargement-copie-correction",
        rights=["access", "rectification"],
        sender=("Mickaël Chevallier", "mickael.chevallier@menuiseries-chaumeau.fr"),
        to="contact",
        subject="Ma feuille d'émargement + mon prénom",
        body=(
            "Bonjour,\n\n"
            "Pour mon dossier perso, j'aurais besoin d'une copie de ce que vous avez me concernant pour la formation "
            "sécurité et communication (feuilles d'émargement signées, attestation, évaluation).\n\n"
            "Et au passage mon prénom s'écrit Mickaël (avec k et tréma), pas Michaël comme sur l'attestation. Merci de "
            "rectifier.\n\n"
            "Mickaël Chevallier\n"
            "Atelier de fabrication"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: 'effacez mon numéro' with no new number given is erasure (not rectification); stopping SMS adverts is objection.
    dict(
        key="fr-multi-sms-stop-et-effacer-numero",
        rights=["erasure", "objection"],
        sender=("Aline", "aline.g36@gmail.com"),
        subject="vos sms",
        body="Bonjour stop aux sms publicitaires svp et effacez mon numero de portable de vos fichiers, je ne l'ai jamais donné pour ça. Aline G.",
        mua="android",
    ),
    dict(
        key="fr-multi-copie-et-limitation-litige",
        rights=["access", "restriction"],
        sender=("Frédéric Dumas", "frederic.dumas@yahoo.fr"),
        subject="Accompagnement financé par mon employeur - copie et gel",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "Je suis actuellement en procédure de rupture conventionnelle avec mon employeur, qui avait financé mon "
            "coaching chez vous l'an dernier.\n\n"
            "Je souhaite d'une part obtenir une copie de l'ensemble des éléments me concernant (comptes-rendus, "
            "échanges, objectifs fixés en tripartite). D'autre part, le temps de la procédure, je vous demande de ne "
            "rien supprimer mais de ne plus utiliser ni transmettre ces éléments à qui que ce soit.\n\n"
            "Avec mes remerciements,\n"
            "Frédéric Dumas"
        ),
        mid="yahoo",
    ),
]
