"""French negatives, professional context: HR, managers, OPCO, accountants, venues, partners,
suppliers' notices, platforms, auto-replies, bounces, spam."""
from ._common import CONTACT, ORANGE, FLORAISON, SIG, SIG_SHORT

RECORDS = [
    dict(
        key="fr-neg-rh-liste-participants",
        rights=[],
        sender=("Nadia Ferreira", "n.ferreira@berry-emballages.com"),
        to="contact",
        subject="Session du 2e groupe - liste des participants",
        body=(
            "Bonjour Sandra,\n\n"
            "Comme convenu, voici la liste des huit participants du deuxième groupe pour le parcours managers, avec "
            "leurs informations (nom, poste, mail, téléphone portable pour le groupe WhatsApp que vous aviez "
            "suggéré). Deux d'entre eux travaillent en horaires décalés, j'ai noté leurs contraintes dans la colonne "
            "« remarques ».\n\n"
            "La convention signée suivra par courrier.\n\n"
            "Bien à vous,\n"
            "Nadia Ferreira\n"
            "Chargée RH - Berry Emballages"
        ),
        attachments=[dict(type="csv", filename="participants_groupe2.csv",
                          text=("nom;prénom;poste;email;portable;remarques\n"
                                "Aubert;Kevin;Chef d'équipe;k.aubert@berry-emballages.com;06 11 22 33 44;équipe de nuit\n"
                                "Lemaire;Sonia;Responsable qualité;s.lemaire@berry-emballages.com;06 55 44 33 22;\n"
                                "Dufresne;Marc;Chef d'atelier;m.dufresne@berry-emballages.com;07 81 00 12 12;3x8\n"))],
        cc=[("Franck Delaunay", "f.delaunay@berry-emballages.com")],
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: a manager asks for an employee's individual results - another living adult's data, not his own -> negative.
    dict(
        key="fr-neg-manager-resultats-collaboratrice",
        rights=[],
        sender=("Franck Delaunay", "f.delaunay@berry-emballages.com"),
        to="contact",
        subject="Résultats de Sonia Lemaire",
        body=(
            "Bonjour Sandra,\n\n"
            "Je prépare l'entretien annuel de Sonia Lemaire, qui a suivi votre parcours. Pourriez-vous m'envoyer ses "
            "résultats au test de positionnement et votre appréciation individuelle ? Ça m'aiderait à cadrer ses "
            "objectifs pour l'an prochain.\n\n"
            "Merci,\n"
            "Franck"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: a manager asks to delete the data of an employee who left - he is not the data subject and has no mandate -> negative.
    dict(
        key="fr-neg-manager-effacer-salarie-parti",
        rights=[],
        sender=("Bruno Lecomte", "b.lecomte@agence-theols-immo.fr"),
        subject="Départ de Julien - mise à jour",
        body=(
            "Bonjour Sandra,\n\n"
            "Julien Castel a quitté l'agence vendredi. Vous pouvez supprimer tout ce que vous avez sur lui (ses "
            "évaluations, ses coordonnées), il ne fera pas le module 2. Merci de le remplacer par Coralie Simon dont "
            "je vous envoie les coordonnées la semaine prochaine.\n\n"
            "Cordialement,\n"
            "Bruno Lecomte\n"
            "Directeur d'agence"
        ),
    ),
    dict(
        key="fr-neg-opco-demande-pieces-akto",
        rights=[],
        sender=("AKTO - Service financement", "ne-pas-repondre@akto.fr"),
        to="contact",
        mid="mta",
        auto=True,
        subject="Dossier n° DE-2025-0418-3317 : pièces manquantes",
        body=(
            "Madame,\n\n"
            "Votre demande de remboursement relative à l'action « Gestion du stress et des émotions » (entreprise : "
            "Intérim Berry Services) ne peut être instruite en l'état.\n\n"
            "Pièces manquantes :\n"
            "- feuilles d'émargement signées par demi-journée ;\n"
            "- certificats de réalisation individuels ;\n"
            "- facture acquittée.\n\n"
            "Merci de déposer ces documents sur votre espace prestataire sous 30 jours. Sans retour de votre part, "
            "le dossier sera clôturé.\n\n"
            "Le service financement AKTO"
        ),
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        html="alt",
    ),
    dict(
        key="fr-neg-opco-ep-accord-prise-en-charge",
        rights=[],
        sender=("OPCO EP", "notifications@opcoep.fr"),
        to="contact",
        mid="ses",
        auto=True,
        subject="Accord de prise en charge - Menuiseries Chaumeau",
        body=(
            "Bonjour,\n\n"
            "Nous avons le plaisir de vous informer que la demande de prise en charge n° 25-EP-118842 a été acceptée.\n\n"
            "Entreprise : Menuiseries Chaumeau\n"
            "Action : Communication et sécurité sur chantier\n"
            "Durée : 14 heures - 6 stagiaires\n"
            "Montant accordé : 2 520,00 € HT\n"
            "Subrogation de paiement : oui\n\n"
            "Vous pouvez consulter le détail sur votre espace en ligne.\n\n"
            "OPCO des Entreprises de proximité"
        ),
        html="only",
        html_body=(
            "<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            "<table width=\"600\" align=\"center\"><tr><td style=\"background:#e4003a;color:#fff;padding:12px\">"
            "<b>OPCO EP</b></td></tr>\n<tr><td style=\"padding:16px\">\n"
            "<p>Bonjour,</p>\n<p>Nous avons le plaisir de vous informer que la demande de prise en charge "
            "<b>n&deg; 25-EP-118842</b> a &eacute;t&eacute; accept&eacute;e.</p>\n"
            "<ul><li>Entreprise : Menuiseries Chaumeau</li><li>Action : Communication et s&eacute;curit&eacute; sur chantier</li>"
            "<li>Dur&eacute;e : 14 heures - 6 stagiaires</li><li>Montant accord&eacute; : 2 520,00 &euro; HT</li>"
            "<li>Subrogation de paiement : oui</li></ul>\n"
            "<p><a href=\"https://www.opcoep.fr/\">Acc&eacute;der &agrave; mon espace</a></p>\n"
            "<p style=\"font-size:11px;color:#777\">Les informations vous concernant sont trait&eacute;es par l'OPCO EP pour la "
            "gestion des financements. Vous disposez d'un droit d'acc&egrave;s et de rectification aupr&egrave;s de notre "
            "d&eacute;l&eacute;gu&eacute; &agrave; la protection des donn&eacute;es.</p>\n</td></tr></table>\n</body></html>\n"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        key="fr-neg-comptable-factures-export-banque",
        date="2026-01-22 10:40",
        rights=[],
        sender=("Cabinet Fiduciaire Berrichonne", "compta@fiduciaire-berrichonne.fr"),
        to="orange",
        subject="Clôture de l'exercice - pièces à nous transmettre",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "Pour préparer la clôture et la déclaration 2035, il nous manque encore :\n"
            "- la copie des factures de vente de novembre et décembre (nous n'avons que jusqu'à octobre) ;\n"
            "- l'export de vos relevés Qonto au format CSV sur l'année ;\n"
            "- le détail des sommes perçues via Stripe et PayPal.\n\n"
            "Pouvez-vous aussi corriger la facture n° 2025-087 : le numéro de TVA intracommunautaire du client y est "
            "erroné.\n\n"
            "Bien cordialement,\n"
            "Joëlle Barreau\n"
            "Collaboratrice comptable"
        ),
        mid="outlook365",
        mua="outlook15",
    ),
    dict(
        key="fr-neg-salle-acces-badge-minoterie",
        rights=[],
        sender=("Espace de la Minoterie", "reservations@espace-minoterie.fr"),
        subject="Accès à la salle samedi - code et badge",
        body=(
            "Bonjour Sandra,\n\n"
            "Pour votre atelier de samedi, l'accès à la salle se fera par l'entrée côté parking. Le code du portail est "
            "le 2408B ; le badge pour l'ascenseur est dans la boîte à clés (code 1936).\n\n"
            "Merci d'effacer le tableau blanc et de remettre les tables en U en partant, le club photo a la salle à "
            "18h.\n\n"
            "Bonne journée,\n"
            "Amélie - Espace de la Minoterie"
        ),
    ),
    dict(
        key="fr-neg-salle-changement-hotel",
        rights=[],
        sender=("Hôtel du Moulin de la Théols", "seminaires@moulin-theols.fr"),
        to="contact",
        subject="RE: Séminaire Vantor Pharma - salle Orangerie",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "Suite à un dégât des eaux dans l'Orangerie, nous sommes contraints de vous installer dans le salon "
            "Berry, même capacité, vidéoprojecteur et paperboard inclus. Le déjeuner reste servi en terrasse si la "
            "météo le permet.\n\n"
            "Nous vous prions de nous excuser pour ce changement.\n\n"
            "Thibault Mercier\n"
            "Responsable séminaires"
        ),
        quote=dict(
            style="outlook_fr",
            sender=CONTACT,
            text=(
                "Bonjour Monsieur Mercier,\n\n"
                "Je vous confirme la réservation de l'Orangerie pour le séminaire Vantor Pharma, 14 personnes, deux "
                "pauses et déjeuner.\n\n" + SIG
            ),
        ),
        mid="outlook365",
        mua="outlook",
        html="alt",
    ),
    dict(
        key="fr-neg-coach-partenaire-module-consentement",
        rights=[],
        sender=("Isabelle Roche", "isabelle@roche-coaching.fr"),
        subject="Co-animation du module « consentement et limites »",
        body=(
            "Coucou Sandra,\n\n"
            "J'ai avancé sur notre module pour le centre social. Je propose qu'on ouvre sur le consentement dans les "
            "relations de travail (savoir dire non, poser ses limites), puis qu'on enchaîne sur ton exercice des "
            "cercles d'influence.\n\n"
            "Pour la partie droit à l'image des participants, je mets une petite fiche à signer au début, comme ça "
            "on est tranquilles si on fait des photos pour le bilan.\n\n"
            "Tu me dis si tu es d'accord ?\n"
            "Isa"
        ),
        mid="gmail",
    ),
    dict(
        key="fr-neg-entreprise-devis-module-rgpd",
        rights=[],
        sender=("Damien Rigaud", "d.rigaud@cabinet-rigaud-expertise.fr"),
        subject="Demande de devis - journée d'équipe",
        body=(
            "Bonjour Madame,\n\n"
            "Nous sommes un cabinet d'expertise comptable de douze personnes à Châteauroux. Nous cherchons une "
            "intervenante pour une journée de cohésion d'équipe en septembre.\n\n"
            "Serait-il possible d'y intégrer une séquence sur la communication avec les clients autour des données "
            "personnelles (comment expliquer le RGPD, répondre calmement à un client qui demande l'effacement de son "
            "dossier, etc.) ? Nos collaborateurs sont souvent démunis.\n\n"
            "Pourriez-vous nous adresser un devis ?\n\n"
            "Damien Rigaud\n"
            "Expert-comptable associé"
        ),
    ),
    dict(
        key="fr-neg-rh-annulation-session-neige",
        rights=[],
        sender=("Service RH - EHPAD Les Tilleuls", "rh@ehpad-lestilleuls.fr"),
        to="contact",
        subject="Annulation de la session de jeudi",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "En raison d'un épisode de gastro-entérite dans l'établissement, nous devons annuler la session de "
            "jeudi : le personnel est réquisitionné. Pouvons-nous la reporter à la quinzaine suivante ?\n\n"
            "Merci de votre compréhension.\n"
            "Le service RH"
        ),
        mid="uuid",
    ),
    dict(
        key="fr-neg-rh-corriger-convention-siret",
        rights=[],
        sender=("Laure Dumont", "l.dumont@groupe-laiterie-boischaut.fr"),
        to="contact",
        subject="Convention de formation - correction",
        body=(
            "Bonjour,\n\n"
            "Pouvez-vous corriger la convention de formation : le SIRET indiqué est celui de notre siège et non de "
            "l'établissement de Buzançais (le bon : 412 558 903 00047). L'OPCO refusera le dossier sinon.\n\n"
            "Merci de nous renvoyer une version rectifiée à signer.\n\n"
            "Laure Dumont\n"
            "Assistante formation"
        ),
        cc=[("Sylvie Martineau", "s.martineau@groupe-laiterie-boischaut.fr")],
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="fr-neg-collegue-numero-collegue",
        rights=[],
        sender=("Coralie Fontaine", "coralie.fontaine@ehpad-lestilleuls.fr"),
        to="orange",
        subject="Numéro de Myriam",
        body=(
            "Re-bonjour Sandra,\n\n"
            "Myriam, l'aide-soignante qui était à côté de moi pendant la formation, a oublié son carnet dans la "
            "salle. Vous auriez son numéro de portable ou son adresse mail perso pour que je la prévienne ? Elle est "
            "en repos toute la semaine.\n\n"
            "Merci !\n"
            "Coralie"
        ),
        mua="outlook",
    ),
    dict(
        key="fr-neg-systemeio-maj-politique",
        rights=[],
        sender=("Systeme.io", "no-reply@systeme.io"),
        to="contact",
        mid="ses",
        auto=True,
        subject="Mise à jour de notre politique de confidentialité",
        body=(
            "Bonjour,\n\n"
            "Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) "
            "à compter du 1er du mois prochain. Ces changements précisent notamment la liste de nos sous-traitants "
            "ultérieurs et les garanties applicables aux transferts hors Union européenne.\n\n"
            "Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io, vous acceptez les "
            "conditions mises à jour.\n\n"
            "L'équipe Systeme.io"
        ),
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                 ("List-Unsubscribe", "<https://systeme.io/unsubscribe/notices>")],
        html="alt",
    ),
    dict(
        key="fr-neg-brevo-avenant-dpa",
        rights=[],
        sender=("Brevo", "legal@brevo.com"),
        to="contact",
        mid="brevo",
        auto=True,
        subject="Information importante : évolution de notre Data Processing Agreement",
        body=(
            "Chère cliente, cher client,\n\n"
            "En tant que sous-traitant au sens de l'article 28 du RGPD, Brevo vous informe de la mise à jour de son "
            "Data Processing Agreement. La nouvelle version intègre les clauses contractuelles types de la Commission "
            "européenne et ajoute un sous-traitant ultérieur pour l'hébergement des journaux d'envoi.\n\n"
            "Vous pouvez vous opposer à l'ajout de ce sous-traitant dans un délai de 30 jours en contactant "
            "dpo@brevo.com.\n\n"
            "L'équipe juridique de Brevo"
        ),
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        html="alt",
    ),
    dict(
        key="fr-neg-ovh-notice-traitement",
        rights=[],
        sender=("OVHcloud", "noreply@ovh.net"),
        to="orange",
        mid="mta",
        auto=True,
        subject="[OVHcloud] Votre hébergement floraisondesoi.fr : informations sur le traitement des données",
        body=(
            "Bonjour,\n\n"
            "Dans le cadre de votre hébergement web floraisondesoi.fr, OVHcloud agit en tant que sous-traitant. Nous "
            "vous rappelons que les Conditions Particulières de traitement des données sont consultables dans votre "
            "espace client, rubrique « Mes contrats ».\n\n"
            "Votre certificat SSL sera renouvelé automatiquement dans 12 jours.\n\n"
            "Cordialement,\n"
            "Le support OVHcloud"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        key="fr-neg-qonto-virement-recu",
        rights=[],
        sender=("Qonto", "notifications@qonto.com"),
        to="orange",
        mid="sendgrid",
        auto=True,
        subject="Vous avez reçu un virement de 1 260,00 €",
        body=(
            "Bonjour Sandra,\n\n"
            "Un virement de 1 260,00 € a été crédité sur votre compte principal.\n\n"
            "Émetteur : OPCO MOBILITES\n"
            "Libellé : REGLT FACT 2025-091 SUBROGATION\n\n"
            "Retrouvez le détail dans l'application Qonto."
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="fr-neg-urssaf-echeance",
        rights=[],
        sender=("URSSAF", "ne-pas-repondre@urssaf.fr"),
        to="orange",
        mid="mta",
        auto=True,
        subject="Votre déclaration de chiffre d'affaires est disponible",
        body=(
            "Madame DUMOT-DELOMENIE,\n\n"
            "Votre déclaration de chiffre d'affaires trimestrielle est à effectuer avant la fin du mois sur "
            "autoentrepreneur.urssaf.fr.\n\n"
            "Pour accéder à votre espace, munissez-vous de votre numéro SIRET.\n\n"
            "Votre Urssaf"
        ),
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    ),
    dict(
        key="fr-neg-stripe-virement-fr",
        rights=[],
        sender=("Stripe", "notifications@stripe.com"),
        to="contact",
        mid="sendgrid",
        auto=True,
        subject="Un virement de 842,60 € est en route vers votre banque",
        body=(
            "Floraison de Soi\n\n"
            "Un virement de 842,60 € EUR devrait arriver sur votre compte bancaire se terminant par 4417 d'ici deux "
            "jours ouvrés.\n\n"
            "Afficher le virement dans le Dashboard\n\n"
            "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="fr-neg-calendly-annulation-rdv",
        rights=[],
        sender=("Calendly", "notifications@calendly.com"),
        to="contact",
        mid="sendgrid",
        auto=True,
        reply_to=("Léonie Garnier", "leonie.garnier@gmail.com"),
        subject="Annulé : Léonie Garnier - Séance découverte 30 min",
        body=(
            "Bonjour Sandra,\n\n"
            "L'événement ci-dessous a été annulé.\n\n"
            "Type d'événement : Séance découverte 30 min\n"
            "Invitée : Léonie Garnier\n"
            "Motif de l'annulation : « empêchement pro, je reprends un créneau la semaine prochaine »\n\n"
            "Le créneau a été libéré dans votre agenda."
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="fr-neg-systemeio-nouvel-abonne",
        rights=[],
        sender=("Systeme.io", "notifications@systeme.io"),
        to="contact",
        mid="ses",
        auto=True,
        subject="Nouveau contact : lea.m***@gmail.com s'est inscrit(e) à « Guide gratuit - 7 jours pour souffler »",
        body=(
            "Un nouveau contact vient de s'inscrire via votre page de capture.\n\n"
            "Tunnel : Guide gratuit - 7 jours pour souffler\n"
            "Tag ajouté : lead-guide-souffler\n\n"
            "Voir le contact dans votre tableau de bord."
        ),
        html="only",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        key="fr-neg-google-alerte-acces",
        rights=[],
        sender=("Google", "no-reply@accounts.google.com"),
        to="contact",
        mid="gmail",
        auto=True,
        subject="Alerte de sécurité",
        body=(
            "Nouvelle connexion sur Mac\n\n"
            "sandra.floraison@gmail.com\n\n"
            "Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. S'il s'agit de "
            "vous, aucune action n'est requise. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.\n\n"
            "Consulter l'activité\n\n"
            "Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et "
            "aux services Google que vous utilisez."
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="fr-neg-zoom-enregistrement-dispo",
        rights=[],
        sender=("Zoom", "no-reply@zoom.us"),
        to="contact",
        mid="sendgrid",
        auto=True,
        subject="L'enregistrement cloud est maintenant disponible",
        body=(
            "Bonjour Sandra Delomenie,\n\n"
            "L'enregistrement cloud de votre réunion « Webinaire - Sortir de la charge mentale » est disponible.\n\n"
            "Partagez l'enregistrement avec les participants en copiant le lien ci-dessous. Les enregistrements "
            "sont automatiquement supprimés de la corbeille après 30 jours.\n\n"
            "Merci d'avoir choisi Zoom."
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="fr-neg-paypal-paiement-recu",
        rights=[],
        sender=("service@paypal.fr", "service@paypal.fr"),
        to="orange",
        mid="mta",
        auto=True,
        subject="Vous avez reçu un paiement",
        body=(
            "Bonjour Sandra Delomenie,\n\n"
            "Vous avez reçu un paiement de 65,00 € EUR de Gaëlle Morin.\n\n"
            "Note de Gaëlle : « atelier écriture + livret »\n\n"
            "Le paiement peut prendre quelques minutes avant d'apparaître sur votre compte.\n\n"
            "PayPal"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="only",
    ),
    dict(
        key="fr-neg-autoreponse-drh-absente",
        date="2025-08-11 09:03",
        rights=[],
        sender=("Sylvie Martineau", "s.martineau@groupe-laiterie-boischaut.fr"),
        to="contact",
        mid="outlook365",
        auto=True,
        subject="Réponse automatique : Proposition - parcours managers de proximité",
        body=(
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 25 inclus, avec un accès limité à ma messagerie.\n\n"
            "Pour toute urgence RH, merci de contacter Laure Dumont (l.dumont@groupe-laiterie-boischaut.fr).\n\n"
            "Cordialement,\n"
            "Sylvie Martineau"
        ),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        reply=True,
    ),
    # NEAR-LINE: auto-reply that lists every GDPR right in its footer -> negative.
    dict(
        key="fr-neg-autoreponse-mutuelle-droits-rgpd",
        rights=[],
        sender=("Mutuelle du Val de l'Indre", "contact@mvi-mutuelle.fr"),
        to="contact",
        mid="mta",
        auto=True,
        subject="Accusé de réception de votre message",
        body=(
            "Madame, Monsieur,\n\n"
            "Nous accusons bonne réception de votre message, qui sera traité dans un délai de 5 jours ouvrés.\n\n"
            "Protection des données : les informations recueillies font l'objet d'un traitement destiné à la gestion "
            "de votre demande. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, "
            "d'effacement, de limitation, d'opposition et de portabilité de vos données, ainsi que du droit de "
            "définir des directives relatives à leur sort après votre décès, en écrivant à dpo@mvi-mutuelle.fr.\n\n"
            "Ce message est généré automatiquement."
        ),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
        reply=True,
    ),
    dict(
        key="fr-neg-bounce-salariee-partie",
        rights=[],
        sender=("Mail Delivery System", "MAILER-DAEMON@mx3.floraisondesoi.fr"),
        to="contact",
        mid="mta",
        auto=True,
        kind="bounce",
        subject="Undelivered Mail Returned to Sender",
        body=(
            "This is the mail system at host mx3.floraisondesoi.fr.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<j.castel@agence-theols-immo.fr>: host mail.agence-theols-immo.fr[185.21.40.12] said:\n"
            "    550 5.1.1 <j.castel@agence-theols-immo.fr>: Recipient address rejected:\n"
            "    User unknown in virtual mailbox table (in reply to RCPT TO command)"
        ),
        bounce=dict(
            mta="mx3.floraisondesoi.fr",
            remote_mta="mail.agence-theols-immo.fr",
            recipient="j.castel@agence-theols-immo.fr",
            status="5.1.1",
            diagnostic="smtp; 550 5.1.1 <j.castel@agence-theols-immo.fr>: Recipient address rejected: User unknown in virtual mailbox table",
            original=dict(
                sender=CONTACT,
                to=("Julien Castel", "j.castel@agence-theols-immo.fr"),
                subject="Module 2 - relation client : documents préparatoires",
                body="Bonjour Julien,\n\nVous trouverez ci-dessous le lien vers les documents à lire avant le module 2.\n\nSandra",
            ),
        ),
        headers=[("Auto-Submitted", "auto-replied")],
    ),
    dict(
        key="fr-neg-bounce-orange-boite-pleine",
        rights=[],
        sender=("Mail Delivery Subsystem", "MAILER-DAEMON@smtp.orange.fr"),
        to="orange",
        mid="mta",
        auto=True,
        kind="bounce",
        subject="Échec de la remise du message : boîte aux lettres pleine",
        body=(
            "Votre message n'a pas pu être remis à l'un des destinataires.\n\n"
            "Destinataire : monique.tessier@orange.fr\n"
            "Motif : la boîte aux lettres du destinataire est pleine (quota dépassé).\n\n"
            "Le serveur a renoncé après plusieurs tentatives. Vous pouvez réessayer plus tard."
        ),
        bounce=dict(
            mta="smtp.orange.fr",
            recipient="monique.tessier@orange.fr",
            status="5.2.2",
            diagnostic="smtp; 552 5.2.2 Mailbox full / Quota exceeded",
            headers_only=True,
            original=dict(
                sender=ORANGE,
                to=("Monique Tessier", "monique.tessier@orange.fr"),
                subject="Atelier mémoire - changement d'horaire",
                body="Bonjour Madame Tessier,\n\nL'atelier de mardi commencera à 14h30 au lieu de 14h.\n\nSandra",
            ),
        ),
        headers=[("Auto-Submitted", "auto-replied")],
    ),
    dict(
        key="fr-neg-phishing-messagerie-orange",
        rights=[],
        sender=("Service Client Orange", "securite-compte@orange-verif-messagerie.com"),
        to="orange",
        mid="uuid",
        subject="Action requise : votre messagerie sera supprimée sous 24h",
        body=(
            "Cher(e) client(e),\n\n"
            "Suite à une mise à jour de nos serveurs, votre boîte mail sandra.delomenie@orange.fr doit être vérifiée. "
            "Sans confirmation de vos informations, votre messagerie et toutes vos données seront définitivement "
            "supprimées.\n\n"
            "Confirmez votre accès ici : http://orange-verif-messagerie.com/login\n\n"
            "Service Sécurité Orange"
        ),
        html="only",
    ),
    dict(
        key="fr-neg-spam-conformite-rgpd",
        rights=[],
        sender=("Pôle Conformité RGPD", "info@conformite-rgpd-entreprises.fr"),
        mid="mailjet",
        subject="⚠️ Mise en conformité RGPD obligatoire - Floraison de Soi",
        body=(
            "Madame, Monsieur,\n\n"
            "Sauf erreur de notre part, votre entreprise ne dispose pas encore d'un registre des traitements à jour. "
            "Les contrôles de la CNIL se multiplient et les amendes peuvent atteindre 4 % du chiffre d'affaires.\n\n"
            "Régularisez votre situation en 48h grâce à notre pack « RGPD Sérénité » à 390 € HT : registre, mentions "
            "légales, procédure de gestion des demandes d'accès et d'effacement.\n\n"
            "Pour ne plus recevoir nos communications, répondez STOP."
        ),
        headers=[("List-Unsubscribe", "<mailto:unsub@conformite-rgpd-entreprises.fr>"), ("Precedence", "bulk")],
        html="alt",
    ),
    dict(
        key="fr-neg-rh-attestations-presence",
        rights=[],
        sender=("Nadia Ferreira", "n.ferreira@berry-emballages.com"),
        to="contact",
        subject="Attestations de présence du groupe 1",
        body=(
            "Bonjour Sandra,\n\n"
            "Pourriez-vous nous transmettre les attestations de présence et les certificats de réalisation des "
            "participants du groupe 1 ? Notre OPCO les réclame pour débloquer le paiement.\n\n"
            "Merci !\n"
            "Nadia"
        ),
        quote=dict(
            style="outlook_fr",
            sender=CONTACT,
            text="Bonjour Nadia,\n\nLa dernière journée du groupe 1 s'est très bien passée. Je vous envoie la facture dans la semaine.\n\nSandra",
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: HR asks for an aggregated, non-nominative report - no one's rights exercised -> negative.
    dict(
        key="fr-neg-rh-bilan-collectif-anonymise",
        rights=[],
        sender=("Catherine Vidal", "catherine.vidal@transports-maupoix.fr"),
        to="contact",
        subject="Bilan de la formation chefs d'équipe",
        body=(
            "Bonjour Sandra,\n\n"
            "Pour le comité de direction, j'aurais besoin d'un bilan collectif de la formation : taux de "
            "satisfaction, thèmes qui ont émergé, recommandations. Rien de nominatif bien sûr, je sais que les "
            "échanges en salle restent confidentiels.\n\n"
            "Est-ce possible pour la fin du mois ?\n\n"
            "Catherine"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="fr-neg-audit-qualiopi-preuves",
        rights=[],
        sender=("Audit Qualité Centre", "planification@audit-qualite-centre.fr"),
        subject="Audit de surveillance Qualiopi - liste des preuves",
        body=(
            "Madame,\n\n"
            "Votre audit de surveillance est programmé en visioconférence. Merci de tenir à disposition les preuves "
            "suivantes :\n"
            "- indicateur 1 : information du public (programme, tarifs, accessibilité) ;\n"
            "- indicateur 4 : analyse du besoin pour deux actions récentes ;\n"
            "- indicateur 30 : recueil des appréciations et traitement des réclamations ;\n"
            "- votre procédure de gestion des données personnelles des stagiaires.\n\n"
            "L'auditrice vous contactera pour confirmer l'heure.\n\n"
            "Service planification"
        ),
        attachments=[dict(type="pdf", filename="plan_audit_surveillance.pdf",
                          text="Plan d'audit de surveillance Qualiopi\nOrganisme : Floraison de Soi\nDuree : 0,5 jour - distanciel")],
    ),
    dict(
        key="fr-neg-comptable-contrat-sous-traitance",
        rights=[],
        sender=("Cabinet Fiduciaire Berrichonne", "direction@fiduciaire-berrichonne.fr"),
        to="orange",
        subject="Avenant RGPD à votre lettre de mission",
        body=(
            "Madame,\n\n"
            "Dans le cadre de notre mission de tenue comptable, nous sommes amenés à traiter des données "
            "personnelles de vos clients (noms figurant sur les factures, règlements). Nous vous adressons ci-joint "
            "l'avenant de sous-traitance prévu par l'article 28 du RGPD, à nous retourner signé.\n\n"
            "Restant à votre disposition,\n"
            "Pierre-Henri Vallet\n"
            "Expert-comptable"
        ),
        attachments=[dict(type="docx", filename="Avenant_sous-traitance_RGPD.docx",
                          text="AVENANT A LA LETTRE DE MISSION\nClauses de sous-traitance - article 28 RGPD\nEntre le Cabinet Fiduciaire Berrichonne et Mme Sandra Dumot-Delomenie")],
        mid="outlook365",
    ),
    dict(
        key="fr-neg-assureur-rcpro-notice",
        rights=[],
        sender=("MMA Pro - Agence d'Issoudun", "agence.issoudun@mma.fr"),
        to="orange",
        subject="Votre contrat RC Professionnelle - avis d'échéance",
        body=(
            "Madame,\n\n"
            "Veuillez trouver ci-joint l'avis d'échéance de votre contrat de responsabilité civile professionnelle "
            "(activité : coaching et formation).\n\n"
            "Vos données sont traitées par MMA IARD pour la gestion de votre contrat. Pour en savoir plus sur vos "
            "droits, consultez notre notice d'information sur la protection des données, jointe également.\n\n"
            "Votre agence MMA"
        ),
        attachments=[dict(type="pdf", filename="avis_echeance_RCPro.pdf",
                          text="Avis d'echeance - RC Professionnelle\nAssuree : Sandra Dumot-Delomenie"),
                     dict(type="pdf", filename="notice_protection_donnees.pdf",
                          text="Notice d'information - protection des donnees personnelles\nMMA IARD")],
    ),
    # NEAR-LINE: newsletter content mentions access requests to session notes as a topic -> negative.
    dict(
        key="fr-neg-federation-coaching-newsletter",
        rights=[],
        sender=("Fédération des coachs du Centre", "lettre@coachs-centre-valdeloire.org"),
        mid="brevo",
        auto=True,
        reply_to=("Secrétariat de la Fédération", "secretariat@coachs-centre-valdeloire.org"),
        subject="La Lettre des coachs - Supervision, éthique et déontologie",
        body=(
            "Chères consœurs, chers confrères,\n\n"
            "Au sommaire ce trimestre :\n"
            "- Retour sur la journée régionale de Blois ;\n"
            "- Éthique : comment parler de confidentialité en coaching commandité par l'entreprise ?\n"
            "- Fiche pratique : répondre à une demande d'accès d'un client à ses notes de séance ;\n"
            "- Agenda des groupes de supervision.\n\n"
            "Bonne lecture !\n\n"
            "Vous recevez cette lettre en tant qu'adhérente. Se désinscrire."
        ),
        headers=[("List-Id", "La Lettre des coachs <lettre.coachs-centre-valdeloire.org>"),
                 ("List-Unsubscribe", "<https://r.coachs-centre-valdeloire.org/unsub/7fa21c>, <mailto:unsubscribe@coachs-centre-valdeloire.org>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        html="alt",
    ),
    dict(
        key="fr-neg-linkedin-notification",
        rights=[],
        sender=("LinkedIn", "messages-noreply@linkedin.com"),
        to="contact",
        mid="mta",
        auto=True,
        subject="Sandra, vous avez 3 nouvelles invitations",
        body=(
            "Sandra, développez votre réseau\n\n"
            "Catherine Vidal - DRH chez Transports Maupoix\n"
            "Thibault Mercier - Responsable séminaires\n"
            "Isabelle Roche - Coach certifiée RNCP\n\n"
            "Voir toutes les invitations\n\n"
            "Vous recevez des e-mails de notification d'invitation. Se désabonner."
        ),
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://www.linkedin.com/e/v2/unsubscribe>")],
        html="alt",
    ),
    dict(
        key="fr-neg-partenaire-transfert-demande-inscription",
        rights=[],
        sender=("Isabelle Roche", "isabelle@roche-coaching.fr"),
        subject="Tr: Renseignements atelier prise de parole",
        body=(
            "Sandra,\n\n"
            "Je te transfère la demande de cette dame qui m'a écrit par erreur, c'est ton atelier. Je lui ai dit que tu "
            "la recontacterais.\n\n"
            "Bises,\n"
            "Isa"
        ),
        kind="rfc822",
        inner=dict(
            sender=("Gisèle Morand", "gisele.morand@orange.fr"),
            to=("Isabelle Roche", "isabelle@roche-coaching.fr"),
            subject="Renseignements atelier prise de parole",
            body=(
                "Bonjour Madame,\n\nJ'ai vu l'affiche de l'atelier « Oser prendre la parole » à la médiathèque. "
                "Reste-t-il des places et quel est le tarif ? Mes informations : Gisèle Morand, 06 70 21 45 88.\n\n"
                "Merci"
            ),
        ),
        mid="gmail",
    ),
    dict(
        key="fr-neg-opco-subrogation-facture",
        rights=[],
        sender=("Uniformation - Gestion des dossiers", "gestion.centre@uniformation.fr"),
        to="contact",
        subject="Facture 2025-104 - rejet pour non-conformité",
        body=(
            "Madame,\n\n"
            "Votre facture n° 2025-104 relative à l'action « Prévenir l'épuisement des aidants » pour le CCAS de "
            "Vierzon a été rejetée : le nombre d'heures facturées (21 h) ne correspond pas à l'accord de prise en "
            "charge (14 h).\n\n"
            "Merci d'émettre une facture rectificative ou un avoir, puis de la déposer sur votre espace.\n\n"
            "Le service gestion"
        ),
        mid="outlook365",
    ),
    # NEAR-LINE: HR asks how long she keeps their employees' evaluations - a question about retention, not a request -> negative.
    dict(
        key="fr-neg-rh-question-duree-evaluations",
        rights=[],
        sender=("Laure Dumont", "l.dumont@groupe-laiterie-boischaut.fr"),
        to="contact",
        subject="Question RGPD avant signature",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "Avant de valider votre proposition, notre DPO me demande de vérifier un point : combien de temps "
            "conservez-vous les évaluations individuelles et les questionnaires remplis par nos salariés, et où "
            "sont-ils hébergés ?\n\n"
            "Merci de votre retour,\n"
            "Laure Dumont"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: HR asks to unsubscribe an employee from the newsletter - a colleague acting about another living adult's data -> negative.
    dict(
        key="fr-neg-rh-desinscrire-salarie-newsletter",
        rights=[],
        sender=("Service RH - Céramiques d'Issoudun", "rh@ceramiques-issoudun.fr"),
        to="contact",
        subject="Désinscription de M. Gauthier",
        body=(
            "Bonjour,\n\n"
            "M. Stéphane Gauthier ne fait plus partie de nos effectifs. Merci de le retirer de votre liste de "
            "diffusion et de ne plus lui écrire à son adresse professionnelle, qui sera redirigée vers son "
            "remplaçant.\n\n"
            "Service RH"
        ),
        mid="uuid",
    ),
    # NEAR-LINE: manager wants his report's coaching notes - another living adult's data -> negative.
    dict(
        key="fr-neg-manager-notes-coaching-collaborateur",
        rights=[],
        sender=("Éric Tanguy", "e.tanguy@vantor-pharma.com"),
        to="contact",
        subject="Coaching de Sébastien - point d'étape",
        body=(
            "Bonjour Sandra,\n\n"
            "Nous en sommes à la moitié du coaching de Sébastien Collin. Pourriez-vous m'envoyer vos notes de séance "
            "pour que je voie où il en est ? J'ai une décision de mobilité à prendre le concernant et j'aimerais "
            "avoir votre lecture.\n\n"
            "Éric Tanguy\n"
            "Directeur des opérations - Vantor Pharma France"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: HR updates the participant list with a new employee's details - logistics about other adults -> negative.
    dict(
        key="fr-neg-rh-remplacement-participant",
        rights=[],
        sender=("Nadia Ferreira", "n.ferreira@berry-emballages.com"),
        to="contact",
        subject="Changement de participant - groupe 2",
        body=(
            "Bonjour Sandra,\n\n"
            "Kevin Aubert ne pourra pas suivre le groupe 2 (arrêt). Il est remplacé par Thomas Girard, chef d'équipe "
            "conditionnement : t.girard@berry-emballages.com, 06 42 18 90 03. Pouvez-vous mettre à jour la liste et "
            "l'ajouter au groupe WhatsApp ?\n\n"
            "Merci,\n"
            "Nadia"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="fr-neg-traiteur-journee-formation",
        rights=[],
        sender=("Saveurs du Berry Traiteur", "commandes@saveursduberry.fr"),
        subject="Devis buffet - journée du 17",
        body=(
            "Bonjour Madame,\n\n"
            "Suite à votre appel, voici notre proposition pour 14 personnes : accueil café-viennoiseries, buffet froid "
            "du terroir (crottin de Chavignol, pâté de Pâques berrichon), pause de l'après-midi. 28 € par personne.\n\n"
            "Merci de nous indiquer les régimes particuliers (végétarien, sans gluten) au plus tard 72 h avant.\n\n"
            "Cordialement,\n"
            "Franck - Saveurs du Berry"
        ),
        attachments=[dict(type="pdf", filename="devis_buffet_14p.pdf",
                          text="Saveurs du Berry Traiteur\nDevis n. D-2025-211\nBuffet 14 personnes - 28 EUR/pers")],
    ),
    dict(
        key="fr-neg-mairie-reservation-salle",
        rights=[],
        sender=("Mairie d'Issoudun - Vie associative", "vie.associative@issoudun.fr"),
        to="orange",
        subject="Votre demande de réservation - Salle des Trois Pierres",
        body=(
            "Madame,\n\n"
            "Nous accusons réception de votre demande de mise à disposition de la salle des Trois Pierres pour une "
            "conférence grand public. La commission se réunit en début de mois ; vous recevrez la réponse par "
            "courrier.\n\n"
            "Pour retirer les clés, présentez-vous à l'accueil de la mairie le vendredi précédant la manifestation, "
            "muni de l'attestation d'assurance.\n\n"
            "Le service Vie associative"
        ),
    ),
    dict(
        key="fr-neg-webmaster-bandeau-cookies",
        rights=[],
        sender=("Maxime - Pixel Berry", "maxime@pixelberry.fr"),
        to="contact",
        subject="Mise à jour du site : bandeau cookies et formulaire",
        body=(
            "Salut Sandra,\n\n"
            "J'ai fait la maintenance du site ce matin :\n"
            "- mise à jour de WordPress et des extensions ;\n"
            "- le bandeau cookies propose maintenant « Tout refuser » au même niveau que « Tout accepter » (exigence "
            "CNIL) ;\n"
            "- j'ai ajouté une case de consentement sous le formulaire de contact, avec le lien vers ta politique de "
            "confidentialité.\n\n"
            "Je t'envoie la facture de maintenance dans la foulée.\n"
            "Max"
        ),
        attachments=[dict(type="png", filename="apercu_bandeau_cookies.png")],
    ),
    dict(
        key="fr-neg-google-workspace-avenant",
        rights=[],
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to="contact",
        mid="gmail",
        auto=True,
        subject="[Action conseillée] Modifications de l'Avenant relatif au traitement des données Cloud",
        body=(
            "Administrateur Google Workspace,\n\n"
            "Nous vous informons que nous mettons à jour l'Avenant relatif au traitement des données Cloud (Cloud Data "
            "Processing Addendum) applicable à votre domaine floraisondesoi.fr. Les modifications entreront en vigueur "
            "dans 30 jours.\n\n"
            "Vous pouvez consulter les modifications et renseigner les coordonnées de votre délégué à la protection "
            "des données dans la console d'administration.\n\n"
            "Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irlande"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="fr-neg-systemeio-export-contacts-pret",
        rights=[],
        sender=("Systeme.io", "no-reply@systeme.io"),
        to="contact",
        mid="ses",
        auto=True,
        subject="Votre export de contacts est prêt",
        body=(
            "Bonjour,\n\n"
            "L'export CSV de vos contacts (filtre : tag « atelier-ecriture ») est prêt. Le lien de téléchargement est "
            "valable 24 heures.\n\n"
            "Télécharger le fichier\n\n"
            "Systeme.io"
        ),
        html="only",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        key="fr-neg-brevo-contact-desinscrit",
        rights=[],
        sender=("Brevo", "notifications@brevo.com"),
        to="contact",
        mid="brevo",
        auto=True,
        subject="Rapport de campagne : « La lettre de Floraison - Reprendre son souffle »",
        body=(
            "Votre campagne a été envoyée à 612 contacts.\n\n"
            "Taux d'ouverture : 48,2 %\n"
            "Taux de clics : 6,1 %\n"
            "Désinscriptions : 3\n"
            "Hard bounces : 2\n\n"
            "Les contacts désinscrits ont été automatiquement ajoutés à votre liste noire.\n\n"
            "Voir le rapport détaillé"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="fr-neg-partenaire-partage-fichier",
        rights=[],
        sender=("Hugues Marchand", "hugues@cabinet-equilibre-rh.fr"),
        subject="Idée de partenariat",
        body=(
            "Bonjour Sandra,\n\n"
            "Je sors d'une matinée passionnante au club RH de l'Indre. Une idée : et si nous faisions un webinaire "
            "commun en novembre ? J'ai environ 900 contacts RH dans ma base, tu en as sans doute autant côté "
            "particuliers.\n\n"
            "Je sais, je sais, pour le RGPD on ne peut pas s'échanger les fichiers comme ça : chacun invite les siens "
            "avec un lien d'inscription commun, et on garde chacun nos listes.\n\n"
            "Un café la semaine prochaine ?\n"
            "Hugues"
        ),
    ),
    dict(
        key="fr-neg-client-conteste-facture-avocat",
        rights=[],
        sender=("Maître Paul-Henri Sorel", "ph.sorel@sorel-avocat.fr"),
        to="orange",
        subject="SARL Garage Pinson c/ Floraison de Soi - facture n° 2025-066",
        body=(
            "Madame,\n\n"
            "Je vous écris en qualité de conseil de la SARL Garage Pinson, qui conteste la facture n° 2025-066 "
            "relative à la journée de formation annulée par ses soins huit jours avant la date prévue.\n\n"
            "Ma cliente estime que les conditions générales ne lui étaient pas opposables. Je vous propose un "
            "règlement amiable à hauteur de 50 % du montant facturé.\n\n"
            "Dans l'attente de votre retour, je vous prie de croire, Madame, à l'assurance de mes sentiments "
            "distingués.\n\n"
            "Paul-Henri Sorel\n"
            "Avocat"
        ),
        mid="outlook365",
    ),
    # NEAR-LINE: "ai-je le droit de demander la suppression ?" - a question about how the right works, nothing is asked for yet -> negative.
    dict(
        key="fr-neg-salarie-question-droit-employeur-paye",
        rights=[],
        sender=("Samuel Giraud", "samuel.giraud36@gmail.com"),
        subject="petite question",
        body=(
            "Bonjour,\n\n"
            "J'ai suivi votre formation gestion du temps, payée par mon entreprise. Ai-je le droit de demander la "
            "suppression de mes évaluations alors que c'est mon employeur qui a payé ? Ou est-ce que ce sont ses "
            "données à lui ? Je me pose la question avant de faire quoi que ce soit.\n\n"
            "Merci,\n"
            "Samuel"
        ),
    ),
]
