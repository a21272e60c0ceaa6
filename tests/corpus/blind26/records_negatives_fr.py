# -*- coding: utf-8 -*-
"""French-language negatives: the people around the business (assistant,
accountant, webmaster, partner coaches, venues, HR departments, suppliers,
platforms), ordinary client mail, notifications, bounces, her own mail."""

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"
CAMILLE = "Camille Royer – Assistance Admin <camille.royer.assistante@gmail.com>"
COMPTA = "Martine Fays <m.fays@berthelot-expertise.fr>"
WEBMASTER = "Julien Cassagne – Pixelune <julien@pixelune.fr>"

RECORDS = [

# ------------------------------------------------------------- assistant
dict(
    key="fr-neg-assistante-export-contacts-csv",
    rights=[], lang="fr", var="fr-FR",
    **{"from": CAMILLE},
    subject="Export contacts Systeme.io + doublons",
    date="2025-01-09 14:22",
    body="""
    Hello Sandra,

    Comme convenu, j'ai fait l'export de tous les contacts Systeme.io en CSV (1 284 lignes). Je l'ai déposé dans le Drive, dossier « Admin > Fichiers clients > 2025 », et je te le mets aussi en pièce jointe.

    J'ai repéré 37 doublons (même personne avec deux adresses) : je les ai surlignés en jaune. Tu me dis si je fusionne ou si tu préfères regarder avant ? Il y a aussi une vingtaine de contacts sans aucun tag, je pense que ce sont les inscrits du salon de Bourges.

    Bises,
    Camille
    """,
    attach=[dict(name="export_contacts_systemeio_2025-01-09.csv", text="""
    email;prenom;nom;tags;date_inscription
    a.pottier@example.fr;Agnès;Pottier;formation-2024;2024-03-02
    j.perret@example.fr;Jacques;Perret;newsletter;2023-11-18
    m.baron@example.fr;Monique;Baron;newsletter;2022-06-07
    l.brunel@example.fr;Lucie;Brunel;facilitatrice;2025-01-04
    """)],
),

dict(
    key="fr-neg-assistante-purge-whatsapp",
    rights=[], lang="fr", var="fr-FR",
    **{"from": CAMILLE},
    subject="Groupes WhatsApp anciens stages",
    date="2025-02-14 09:48",
    body="""
    Coucou Sandra,

    En faisant le tableau de conservation des données (ta politique dit 1 an après la fin de la prestation pour les groupes WhatsApp), je vois qu'il reste 4 groupes actifs de stages terminés en 2023 : « Brenne juillet 23 », « Cercle mamans solos 23 », « Ados Toussaint 23 » et « Prise de parole Sofradec ».

    Tu veux que je les supprime et que j'efface les numéros de ton répertoire pro, ou tu préfères le faire toi-même depuis ton téléphone ? Je peux aussi envoyer un petit message d'au revoir avant.

    Camille
    """,
),

dict(
    key="fr-neg-assistante-relaie-appel-cliente",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: the assistant reports that a client asked by phone to be
    # removed. The sender is not the data subject and asks Sandra what to do ->
    # business mail about another adult, negative.
    **{"from": CAMILLE},
    subject="Appel de Mme Laborde",
    date="2025-03-20 16:05",
    body="""
    Sandra,

    Mme Josiane Laborde a appelé la ligne pro cet après-midi pendant que tu étais en atelier. Elle voudrait ne plus recevoir aucun mail de ta part et que sa fiche soit supprimée, elle dit qu'elle avait déjà demandé au salon de septembre.

    Je n'ai rien touché. Je t'ai mis une note dans le Trello. Tu veux que je lui réponde par écrit pour lui demander de confirmer par mail, comme on avait dit pour les demandes par téléphone ?

    Camille
    """,
),

dict(
    key="fr-neg-assistante-qui-repond-demande-acces",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: internal question about handling someone else's access request.
    **{"from": CAMILLE},
    subject="Demande d'accès de M. Ménard – qui s'en charge ?",
    date="2025-11-14 08:57",
    body="""
    Bonjour Sandra,

    J'ai vu passer dans la boîte contact la demande de Thierry Ménard (formation Sofradec) qui veut une copie de ce que son employeur t'a transmis. Le délai d'un mois court jusqu'au 13 décembre.

    Je peux préparer le dossier (fiche d'inscription, objectifs manager, feuille d'émargement, tes notes si tu me les scannes) et te le soumettre avant envoi. Ou tu préfères t'en occuper seule vu que c'est sensible avec l'entreprise ?

    Dis-moi,
    Camille
    """,
),

dict(
    key="fr-neg-assistante-rebonds-corriges",
    rights=[], lang="fr", var="fr-FR",
    **{"from": CAMILLE},
    subject="Newsletter de mars : rebonds",
    date="2025-03-12 11:31",
    body="""
    Sandra,

    Bilan de l'envoi d'hier : 96 % délivrés, 41 % d'ouverture (super !). 18 rebonds. J'ai corrigé les adresses où il y avait une faute évidente (gmial.com, orange.fe…), et j'ai désactivé les 6 adresses qui n'existent plus. Je n'ai rien supprimé définitivement, elles sont dans le segment « rebonds à vérifier ».

    Bonne journée !
    Camille
    """,
),

# ------------------------------------------------------------ accountant
dict(
    key="fr-neg-comptable-export-stripe",
    rights=[], lang="fr", var="fr-FR",
    **{"from": COMPTA},
    subject="Clôture 2024 – pièces manquantes",
    date="2025-02-03 10:12",
    shape="alt",
    body="""
    Bonjour Madame Delomenie,

    Pour finaliser la clôture de l'exercice 2024, il nous manque :
    – l'export Stripe du 4e trimestre (format CSV, onglet « Paiements » avec frais détaillés) ;
    – les factures de vente n° 2024-118 à 2024-131 ;
    – le relevé PayPal de décembre.

    Vous pouvez les déposer dans votre espace sur notre plateforme ou nous les envoyer par mail. Merci de nous les faire parvenir avant le 20 février.

    Bien cordialement,

    Martine Fays
    Collaboratrice comptable
    Cabinet Berthelot & Associés – Expertise comptable
    12 boulevard Stalingrad – 36100 Issoudun
    """,
),

dict(
    key="fr-neg-comptable-facture-nom-client",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: the accountant points out a wrong client name on an invoice;
    # bookkeeping correction asked by a third party, not a data subject -> negative.
    **{"from": COMPTA},
    subject="Facture 2025-044 : client erroné",
    date="2025-05-06 15:27",
    body="""
    Bonjour,

    En rapprochant les encaissements d'avril, je constate que la facture 2025-044 est établie au nom de « Mme Leroy » alors que le virement provient de la société Aubrac Santé (formation intra). Pouvez-vous corriger la facture en émettant un avoir et une nouvelle facture au nom de l'entreprise, avec son numéro de SIRET ?

    Cordialement,
    Martine Fays
    Cabinet Berthelot & Associés
    """,
),

dict(
    key="fr-neg-comptable-clause-rgpd-lettre-mission",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Cabinet Berthelot & Associés <contact@berthelot-expertise.fr>"},
    subject="Mise à jour de votre lettre de mission – annexe RGPD",
    date="2025-09-01 08:30",
    body="""
    Madame,

    Dans le cadre de la mise en conformité de notre cabinet, nous avons ajouté à votre lettre de mission une annexe « Protection des données personnelles » précisant notre rôle de sous-traitant pour les données de vos clients figurant dans vos pièces comptables (factures, relevés bancaires).

    Merci de nous retourner l'annexe signée. Elle ne modifie ni le périmètre ni le prix de la mission.

    Le cabinet Berthelot & Associés
    """,
    attach=[dict(name="Annexe_RGPD_lettre_de_mission_DELOMENIE.pdf", text="""
    ANNEXE - PROTECTION DES DONNEES PERSONNELLES
    Le cabinet agit en qualite de sous-traitant au sens de l'article 28 du RGPD
    pour les donnees a caractere personnel contenues dans les pieces comptables
    transmises par le client (Floraison de Soi - S. Delomenie).
    Signature du client : ____________
    """)],
),

dict(
    key="fr-neg-comptable-archives-a-detruire",
    rights=[], lang="fr", var="fr-FR",
    **{"from": COMPTA},
    subject="Re: Tri des archives papier",
    date="2025-10-07 17:02",
    parent_domain="orange.fr",
    body="""
    Bonjour,

    Oui, vous pouvez détruire les relevés bancaires et les factures de 2014 : le délai de conservation de 10 ans est écoulé. Pour les dossiers clients de la même période, c'est à vous de voir selon votre politique, mais d'un point de vue comptable plus rien ne vous oblige à les garder.

    Pensez à utiliser un broyeur ou un service de destruction sécurisée, il y a des données personnelles dessus.

    Cordialement,
    Martine Fays
    """,
    history=[dict(style="gmail_fr", date="2025-10-06 19:14", to=COMPTA, text="""
    Bonjour Martine,
    Je fais du tri dans le garage : est-ce que je peux jeter les classeurs de 2014 (relevés, factures) ?
    Merci,
    Sandra
    """)],
),

dict(
    key="fr-neg-comptable-autoreply",
    rights=[], lang="fr", var="fr-FR",
    **{"from": COMPTA},
    subject="Réponse automatique : Export Stripe + factures T1",
    date="2025-04-18 12:03",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply")],
    body="""
    Bonjour,

    Je suis absente du cabinet jusqu'au lundi 28 avril inclus. Vos pièces seront traitées à mon retour.

    Pour toute urgence, vous pouvez joindre l'accueil du cabinet au 02 54 03 17 60.

    Martine Fays
    Cabinet Berthelot & Associés
    """,
),

# -------------------------------------------------------------- webmaster
dict(
    key="fr-neg-webmaster-bandeau-cookies",
    rights=[], lang="fr", var="fr-FR",
    **{"from": WEBMASTER},
    subject="Bandeau cookies corrigé",
    date="2025-04-03 18:40",
    body="""
    Salut Sandra,

    Le bandeau de consentement avait sauté avec la mise à jour de WordPress 6.7, d'où les visiteurs qui n'arrivaient plus à retirer leur consentement. C'est réparé : Complianz est à jour, Google Analytics ne se charge plus qu'après acceptation, et il y a un lien « Gérer mes cookies » dans le pied de page.

    J'ai aussi purgé les données GA de plus de 25 mois pour coller à ta politique.

    Dis-moi si tu vois un souci sur mobile.
    Julien
    """,
),

dict(
    key="fr-neg-webmaster-spam-formulaire",
    rights=[], lang="fr", var="fr-FR",
    **{"from": WEBMASTER},
    subject="Formulaire de contact – spam",
    date="2025-06-12 09:15",
    body="""
    Bonjour Sandra,

    Tu avais raison, le formulaire était bombardé par des robots (plus de 400 messages en une semaine). J'ai ajouté un captcha invisible et j'ai effacé tous les messages de spam de la base. J'ai conservé les 9 vrais messages de la période, je te les ai transférés.

    Facture à suivre, c'est 30 min.
    Julien
    """,
),

dict(
    key="fr-neg-webmaster-page-vos-droits",
    rights=[], lang="fr", var="fr-FR",
    **{"from": WEBMASTER},
    subject="Politique de confidentialité – relecture",
    date="2025-07-10 14:58",
    shape="alt",
    body="""
    Bonjour Sandra,

    J'ai intégré la nouvelle version de ta politique de confidentialité sur la page de préproduction :
    https://preprod.floraisondesoi.fr/politique-de-confidentialite

    J'ai modifié la section « Vos droits » pour ajouter le lien vers le formulaire de la CNIL et ton adresse sandra.delomenie@orange.fr pour les demandes d'accès, de rectification, d'effacement, etc. J'ai aussi corrigé la coquille « RGDP » en « RGPD ».

    Tu me valides et je mets en ligne ?

    Julien
    Pixelune – sites & identités visuelles
    """,
),

dict(
    key="fr-neg-webmaster-facture-hebergement",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Pixelune <facturation@pixelune.fr>"},
    subject="Facture F-2025-0213 – Hébergement et maintenance annuelle",
    date="2025-09-30 07:00",
    body="""
    Bonjour,

    Veuillez trouver ci-joint la facture F-2025-0213 correspondant au renouvellement de l'hébergement OVH et du contrat de maintenance de floraisondesoi.fr pour la période d'octobre 2025 à septembre 2026.

    Montant : 348,00 € HT. Règlement à 30 jours par virement.

    Merci de votre confiance,
    Pixelune
    """,
    attach=[dict(name="F-2025-0213_Floraison_de_Soi.pdf", text="""
    PIXELUNE - Julien Cassagne - EI
    FACTURE F-2025-0213
    Client : Floraison de Soi - Sandra Delomenie
    Hebergement OVH Performance (12 mois) ........ 168,00 EUR HT
    Maintenance WordPress (12 mois) ............. 180,00 EUR HT
    Total ....................................... 348,00 EUR HT
    """)],
),

dict(
    key="fr-neg-webmaster-acces-admin",
    rights=[], lang="fr", var="fr-FR",
    **{"from": WEBMASTER},
    subject="Accès à ton compte Systeme.io",
    date="2026-01-21 10:33",
    body="""
    Hello Sandra,

    Pour brancher les pages de vente de la nouvelle formation sur ton nom de domaine, j'aurais besoin d'un accès collaborateur à ton compte Systeme.io (pas besoin des droits sur les contacts ni les paiements, juste « Pages » et « Domaines »).

    Tu peux m'ajouter depuis Paramètres > Collaborateurs avec julien@pixelune.fr. Je retirerai l'accès une fois terminé.

    Julien
    """,
),

# -------------------------------------------------------- partner coaches
dict(
    key="fr-neg-partenaire-liste-participantes",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Nadège Morvan <nadege@cheminsdenadege.fr>"},
    subject="Cercle du 14 – supports",
    date="2025-03-17 21:10",
    body="""
    Coucou Sandra,

    Super cercle samedi, les retours sont top ! Je voudrais envoyer aux participantes le PDF des rituels qu'on a faits. Tu peux me transmettre la liste avec leurs mails ? Ou alors tu l'envoies toi-même depuis Systeme.io si tu préfères ne pas partager le fichier, je comprends tout à fait avec le RGPD.

    Bisous,
    Nadège
    """,
),

dict(
    key="fr-neg-partenaire-nettoyage-fichier",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Élodie Sarrazin <elodie.sarrazin.sophro@gmail.com>"},
    subject="Fichier commun des stages en binôme",
    date="2025-05-28 13:44",
    body="""
    Hello Sandra,

    J'ai fait le ménage dans notre fichier commun des stages sophro + coaching : j'ai supprimé les personnes qui avaient demandé à ne plus recevoir nos infos, et retiré les numéros de téléphone qui n'avaient plus rien à faire là (on ne s'en sert jamais).

    Il reste 212 contacts. Je te laisse vérifier que ça correspond aux désinscriptions de ton côté sur Systeme.io ?

    Élodie
    """,
),

dict(
    key="fr-neg-partenaire-formulaire-consentement-enregistrement",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Nadège Morvan <nadege@cheminsdenadege.fr>"},
    subject="Formulaire de consentement pour les enregistrements",
    date="2025-08-30 10:06",
    body="""
    Sandra,

    Pour le webinaire commun de septembre, il faudrait qu'on mette à jour le formulaire de consentement à l'enregistrement : celui de l'an dernier ne mentionne pas la diffusion du replay sur ma plateforme, seulement sur la tienne. Je t'ai mis une proposition de texte dans le Google Doc partagé.

    Tu peux relire et corriger directement ? On l'enverra avec la confirmation d'inscription.

    Nadège
    """,
),

# ------------------------------------------------------------------ venues
dict(
    key="fr-neg-salle-liste-participants-assurance",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Patricia Gaudin <patricia.gaudin@moulin-saint-georges.fr>"},
    subject="Stage du 18 au 20 juillet – infos pratiques",
    date="2025-07-02 11:20",
    body="""
    Bonjour Sandra,

    Tout est prêt pour accueillir ton groupe. Pour l'assurance et la fiche de police (il y a deux participantes suisses), il me faudrait la liste des personnes avec nom, prénom, date de naissance et nationalité, et savoir qui dort sur place.

    Pour les repas, j'ai noté deux végétariennes et une sans gluten, c'est toujours d'actualité ?

    À très vite,
    Patricia
    Le Moulin de Saint-Georges – gîte de groupe
    """,
),

dict(
    key="fr-neg-salle-modif-reservation",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Hervé Lamy <h.lamy@espace-ginkgo.fr>"},
    subject="Réservation salle Érable – modification",
    date="2025-10-16 16:47",
    history=[dict(style="outlook_fr", to="Hervé Lamy <h.lamy@espace-ginkgo.fr>", date="2025-09-02 11:40",
                  subject="Réservation salle Érable – 8 novembre", text="""
    Bonjour Monsieur Lamy,
    Je vous confirme la réservation de la salle Érable le samedi 8 novembre de 9h à 17h pour un atelier de 12 personnes. Acompte versé ce jour.
    Sandra Delomenie
    """)],
    body="""
    Bonjour Madame Delomenie,

    Suite à un dégât des eaux, la salle Érable ne sera pas disponible le samedi 8 novembre. Je peux vous proposer la salle Tilleul (même capacité, sans cuisine) ou décaler votre atelier au samedi 15.

    Si aucune option ne vous convient, nous annulerons la réservation sans frais et l'acompte vous sera remboursé.

    Cordialement,
    Hervé Lamy
    Espace Ginkgo – Bourges
    """,
),

dict(
    key="fr-neg-salle-facture-et-rgpd",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Bernard Chaumeau <gite.lesaulnaies@orange.fr>"},
    subject="Facture séjour mai",
    date="2025-06-03 19:30",
    body="""
    Bonsoir Madame Delomenie,

    Voici la facture pour l'hébergement du groupe en mai. Pour votre info, comme vous me l'aviez demandé, j'ai effacé la liste des participants de mon ordinateur après leur départ, je ne garde que le nombre de nuitées pour la taxe de séjour.

    Merci encore, c'était un groupe très agréable.
    Bernard Chaumeau
    """,
    attach=[dict(name="facture_2025-05_FloraisonDeSoi.pdf", text="""
    Gite Les Saulnaies - B. Chaumeau
    Facture n. 2025-017
    Sejour groupe du 16 au 18 mai 2025 - 11 personnes, 2 nuits
    Total TTC : 1 540,00 EUR  (dont taxe de sejour 24,20 EUR)
    """)],
),

# -------------------------------------------------------------------- HR
dict(
    key="fr-neg-rh-envoi-liste-stagiaires",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Sylvie Blanchard <s.blanchard@aubrac-sante.fr>"},
    subject="Formation Gestion des conflits 3-4 avril : liste des participants",
    date="2025-03-10 09:03",
    body="""
    Bonjour Madame Delomenie,

    Vous trouverez ci-joint la liste des 11 collaborateurs inscrits à la formation des 3 et 4 avril, avec leurs fonctions et coordonnées professionnelles, pour l'envoi du questionnaire de positionnement.

    Deux personnes ont des contraintes horaires le vendredi (départ 16h30), je vous ai mis une note dans la colonne « Remarques ».

    Cordialement,
    Sylvie Blanchard
    Responsable développement RH – Laboratoires Aubrac Santé
    """,
    attach=[dict(name="Participants_Gestion_conflits_avril2025.xlsx", text="""
    Nom;Prénom;Fonction;Email;Remarques
    BERTIN;Hugo;Technicien labo;h.bertin@aubrac-sante.fr;
    COLIN;Maëva;Assistante qualité;m.colin@aubrac-sante.fr;départ 16h30 vendredi
    DUMONT;Éric;Chef d'équipe;e.dumont@aubrac-sante.fr;
    """)],
),

dict(
    key="fr-neg-rh-emargement-opco",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Claire Dumas <c.dumas@berry-logistique.fr>"},
    subject="Dossier OPCO – pièces justificatives",
    date="2025-12-08 14:12",
    history=[dict(style="outlook_fr", date="2025-12-05 16:20", to="Claire Dumas <c.dumas@berry-logistique.fr>",
                  subject="Formation Manager sans s'épuiser – clôture", text="""
    Bonjour Claire,

    La session s'est clôturée hier, tout le monde était présent. Je prépare les documents de fin de formation et je vous les envoie dès que possible.

    Sandra
    """)],
    body="""
    Bonjour Sandra,

    L'OPCO nous réclame les pièces pour le remboursement de la formation « Manager sans s'épuiser » : feuilles d'émargement signées par demi-journée, attestations individuelles et copie de la facture acquittée.

    Pourriez-vous nous les envoyer en PDF d'ici la fin de la semaine ? Le dépôt sur la plateforme ferme le 19.

    Merci,
    Claire Dumas
    DRH – Berry Logistique
    """,
),

dict(
    key="fr-neg-rh-evaluation-d-un-salarie",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: HR asks for data about an employee (another living adult);
    # not the data subject, no mandate -> negative.
    **{"from": "Jérôme Vautrin <j.vautrin@sofradec.com>"},
    subject="Évaluation de M. Allard",
    date="2025-11-25 17:18",
    body="""
    Bonjour Madame Delomenie,

    Dans le cadre de l'entretien annuel de M. Kévin Allard, qui a suivi votre formation en octobre, pourriez-vous me transmettre son évaluation individuelle ainsi que vos observations sur son implication ? Son manager souhaite s'en servir pour définir ses objectifs 2026.

    Merci par avance,
    Jérôme Vautrin
    Responsable RH – Sofradec Industries
    """,
),

dict(
    key="fr-neg-rh-remplacer-participant",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: HR replacing one participant by another and removing him from a
    # session list: booking change about another adult -> negative.
    **{"from": "Sylvie Blanchard <s.blanchard@aubrac-sante.fr>"},
    subject="Modification convention – remplacement d'un participant",
    date="2025-03-26 11:55",
    body="""
    Bonjour,

    M. Hugo Bertin ne pourra pas participer à la formation des 3 et 4 avril (arrêt maladie). Il sera remplacé par Mme Julie Caron, technicienne laboratoire, j.caron@aubrac-sante.fr.

    Pouvez-vous modifier la convention en conséquence et supprimer M. Bertin de la liste des inscrits pour cette session ? Il sera positionné sur la session de juin.

    Merci,
    Sylvie Blanchard
    """,
),

dict(
    key="fr-neg-rh-annulation-session",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Jérôme Vautrin <j.vautrin@sofradec.com>"},
    subject="Annulation session du 22 janvier",
    date="2026-01-12 08:36",
    body="""
    Madame,

    En raison d'un pic de production imprévu, nous sommes contraints d'annuler la session « Prise de parole » prévue le 22 janvier pour le groupe de l'atelier 2. Nous souhaitons la reporter au printemps, idéalement en avril.

    Merci de nous indiquer les frais éventuels prévus par la convention et vos disponibilités.

    Cordialement,
    Jérôme Vautrin
    """,
),

dict(
    key="fr-neg-rh-question-droit-acces-salaries",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: a question about how a right works, asked by HR -> negative.
    **{"from": "Claire Dumas <c.dumas@berry-logistique.fr>"},
    subject="Question RGPD sur les évaluations",
    date="2026-02-17 10:44",
    body="""
    Bonjour Sandra,

    Une question que m'ont posée les représentants du personnel : les salariés qui suivent vos formations ont-ils le droit de demander directement auprès de vous l'accès à leurs évaluations, ou doivent-ils passer par nous ? Et dans quel délai devez-vous répondre ?

    C'est pour mettre à jour notre note d'information interne, pas de demande particulière derrière.

    Merci,
    Claire
    """,
),

dict(
    key="fr-neg-rh-politique-conservation-fournisseur",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Service Achats – Laboratoires Aubrac Santé <achats@aubrac-sante.fr>"},
    subject="Référencement fournisseur – questionnaire conformité RGPD",
    date="2025-11-04 13:30",
    body="""
    Madame,

    Dans le cadre du référencement annuel de nos prestataires de formation, merci de compléter le questionnaire de conformité RGPD ci-joint : durées de conservation des données de nos salariés, outils utilisés (hébergement, emailing), transferts hors UE, mesures de sécurité, procédure de gestion des demandes de droits.

    Retour souhaité avant le 30 novembre.

    Le service Achats
    Laboratoires Aubrac Santé
    """,
    attach=[dict(name="Questionnaire_conformite_RGPD_fournisseurs_2025.docx", text="""
    QUESTIONNAIRE DE CONFORMITE RGPD - PRESTATAIRES
    1. Quelles donnees personnelles de nos salaries collectez-vous ?
    2. Duree de conservation :
    3. Sous-traitants et outils utilises :
    4. Transferts hors Union europeenne :
    5. Procedure de traitement des demandes d'exercice des droits :
    """)],
),

dict(
    key="fr-neg-rh-forward-article-cnil",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Aurélie Fontaine-Gervais <a.fontaine-gervais@clinique-valdetheols.fr>"},
    subject="TR: Formation professionnelle et RGPD : les bonnes pratiques",
    date="2025-09-08 12:10",
    body="""
    Bonjour Sandra,

    Pour info, un article qui pourrait t'intéresser vu nos échanges sur la conservation des feuilles d'émargement.

    Bonne journée,
    Aurélie
    """,
    history=[dict(style="fwd_outlook_fr", who="La lettre RH Santé <newsletter@lettre-rh-sante.fr>",
                  to="a.fontaine-gervais@clinique-valdetheols.fr", date="2025-09-05 07:00",
                  subject="Formation professionnelle et RGPD : les bonnes pratiques",
                  text="""
                  FORMATION PROFESSIONNELLE ET RGPD : LES BONNES PRATIQUES

                  Organismes de formation et employeurs partagent de nombreuses données sur les stagiaires. Qui est responsable de traitement ? Combien de temps conserver les évaluations ? Faut-il recueillir le consentement des salariés ? Le point avec un juriste spécialisé.

                  Lire l'article : https://lettre-rh-sante.fr/rgpd-formation
                  """)],
),

dict(
    key="fr-neg-rh-consentements-photos-signes",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Sylvie Blanchard <s.blanchard@aubrac-sante.fr>"},
    subject="Autorisations droit à l'image – session de juin",
    date="2025-06-02 15:50",
    body="""
    Bonjour Madame Delomenie,

    Comme convenu, voici les autorisations de droit à l'image signées par les 9 participants de la session de juin, pour les photos que vous souhaitez prendre pendant les ateliers. Deux personnes n'ont pas souhaité signer (Mme Colin et M. Dumont), merci de ne pas les photographier.

    Cordialement,
    Sylvie Blanchard
    """,
    attach=[dict(name="Autorisations_image_session_juin_2025.pdf", text="""
    AUTORISATIONS DE DROIT A L'IMAGE - Session juin 2025
    9 autorisations signees (voir pages suivantes)
    Non signataires : M. COLIN, E. DUMONT
    """)],
),

dict(
    key="fr-neg-salarie-acces-espace-formation",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Maëva Colin <m.colin@aubrac-sante.fr>"},
    subject="Accès à mon espace formation",
    date="2025-04-07 08:22",
    body="""
    Bonjour,

    Je n'arrive pas à accéder à mon espace pour les modules e-learning qui complètent la formation de la semaine dernière. Le lien du mail d'invitation me dit « lien expiré ». Pouvez-vous m'en renvoyer un ?

    Merci,
    Maëva Colin
    """,
),

# ---------------------------------------------------------------- supplier
dict(
    key="fr-neg-imprimeur-bat-corrections",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Fabrice Riviere <f.riviere@imprimerie-riviere.fr>"},
    subject="BAT plaquette formations 2026",
    date="2025-11-26 10:09",
    body="""
    Bonjour Sandra,

    Ci-joint le BAT de la plaquette 2026 (8 pages, A4 pliée). J'ai modifié les points de ton dernier mail : photo de couverture remplacée, tarifs corrigés page 5, et j'ai supprimé le QR code de l'ancienne page Facebook.

    Reste une question : la mention « Vos données sont protégées conformément au RGPD » en 4e de couverture, on la garde ou tu préfères mettre l'adresse de ta politique de confidentialité ?

    Bon pour impression à me retourner signé.
    Fabrice
    """,
    attach=[dict(name="BAT_plaquette_2026_v3.pdf", text="""
    BON A TIRER - Plaquette Floraison de Soi 2026 - v3
    Format A4 plie, 8 pages, quadri, couche mat 170 g
    Quantite : 300 ex.
    Bon pour impression : ________
    """)],
),

# ---------------------------------------------------------------- platforms
dict(
    key="fr-neg-systemeio-nouvel-abonne",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Systeme.io <no-reply@systeme.io>"},
    subject="Nouvel inscrit : Lettre de Floraison",
    date="2025-02-21 22:14",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "systeme.io notifier")],
    shape="alt",
    body="""
    Bonjour Sandra,

    Un nouveau contact vient de s'inscrire via votre formulaire « Lettre de Floraison » :

    E-mail : c•••••@gmail.com
    Date : 21/02/2025 22:14
    Tag ajouté : newsletter
    Consentement RGPD : oui (case cochée)

    Voir le contact : https://systeme.io/dashboard/contacts

    L'équipe Systeme.io
    Vous recevez cet e-mail car les notifications de nouvel inscrit sont activées. Modifier mes préférences de notification dans Paramètres > Notifications.
    """,
),

dict(
    key="fr-neg-systemeio-maj-dpa",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Systeme.io <news@systeme.io>"},
    subject="Mise à jour de nos conditions et de notre accord de traitement des données",
    date="2025-05-15 10:00",
    tz="paris",
    headers=[("List-Unsubscribe", "<https://systeme.io/unsubscribe?u=8f2a91c3>, <mailto:unsubscribe@systeme.io?subject=unsubscribe>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("List-Id", "Systeme.io customers <customers.systeme.io>"),
             ("Precedence", "bulk")],
    shape="alt",
    body="""
    Bonjour,

    Nous mettons à jour nos Conditions générales d'utilisation et notre Accord de traitement des données (DPA), qui entreront en vigueur le 15 juin 2025.

    Ce qui change :
    • liste actualisée de nos sous-traitants ultérieurs (hébergement en France et en Allemagne) ;
    • précisions sur les outils d'export et de suppression des contacts mis à votre disposition pour répondre aux demandes de vos propres clients ;
    • nouvelles mesures de sécurité (double authentification obligatoire pour les comptes administrateurs).

    Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io après le 15 juin, vous acceptez ces nouvelles conditions.

    L'équipe Systeme.io

    Vous recevez cet e-mail en tant que client Systeme.io. Se désinscrire des informations produit.
    """,
),

dict(
    key="fr-neg-stripe-virement-fr",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Stripe <notifications@stripe.com>"},
    subject="Votre virement de 1 284,60 € est en route",
    date="2025-07-25 04:12",
    tz="utc",
    headers=[("Auto-Submitted", "auto-generated")],
    shape="alt",
    body="""
    Floraison de Soi

    Un virement de 1 284,60 € a été initié vers votre compte bancaire se terminant par ••••4417. Il devrait arriver le 28 juillet 2025.

    Consulter le virement : https://dashboard.stripe.com/payouts

    Vous recevez cet e-mail car vous êtes administrateur du compte Stripe de Floraison de Soi. Gérer les notifications.
    Stripe Payments Europe, Limited – 1 Grand Canal Street Lower, Dublin 2, Irlande
    """,
),

dict(
    key="fr-neg-banque-releve-disponible",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Crédit Agricole Centre Loire <ne-pas-repondre@credit-agricole.fr>"},
    subject="Votre relevé de compte professionnel est disponible",
    date="2025-08-05 06:30",
    headers=[("List-Unsubscribe", "<mailto:desabonnement@credit-agricole.fr>"), ("Precedence", "bulk")],
    shape="html",
    body="""
    Madame DELOMENIE,

    Votre relevé de compte professionnel de juillet 2025 est disponible dans votre espace Crédit Agricole en ligne, rubrique « e-Documents ».

    Pour des raisons de sécurité, nous ne vous demanderons jamais vos identifiants ni vos données bancaires par e-mail.

    Votre conseiller Crédit Agricole Centre Loire
    Ceci est un message automatique, merci de ne pas y répondre.
    """,
),

dict(
    key="fr-neg-urssaf-rappel-declaration",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "URSSAF <no-reply@urssaf.fr>"},
    subject="Rappel : déclaration de chiffre d'affaires du 2e trimestre",
    date="2025-07-15 08:00",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""
    Madame,

    Nous vous rappelons que votre déclaration de chiffre d'affaires pour la période d'avril à juin 2025 doit être effectuée au plus tard le 31 juillet 2025 sur autoentrepreneur.urssaf.fr.

    Même en l'absence de chiffre d'affaires, la déclaration est obligatoire.

    Ce message est envoyé automatiquement. Pour toute question, utilisez votre messagerie sécurisée.
    L'Urssaf
    """,
),

dict(
    key="fr-neg-cnil-newsletter",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "CNIL <newsletter@cnil.fr>"},
    subject="La lettre de la CNIL – Droits des personnes : les nouvelles fiches pratiques",
    date="2025-10-02 11:00",
    headers=[("List-Id", "Lettre d'information CNIL <lettre.cnil.fr>"),
             ("List-Unsubscribe", "<https://www.cnil.fr/fr/desinscription-lettre>"),
             ("Precedence", "bulk")],
    shape="alt",
    body="""
    LA LETTRE DE LA CNIL – OCTOBRE 2025

    → Droits des personnes : la CNIL publie quatre nouvelles fiches pratiques pour les TPE et indépendants (droit d'accès, droit d'effacement, droit d'opposition, droit à la portabilité), avec des modèles de réponse.

    → Sanctions : retour sur les principaux manquements constatés en 2025 en matière de prospection commerciale.

    → Agenda : webinaire « RGPD et professions de l'accompagnement » le 6 novembre.

    Vous êtes abonné(e) à la lettre d'information de la CNIL. Pour vous désinscrire, cliquez ici.
    Commission nationale de l'informatique et des libertés – 3 place de Fontenoy – 75007 Paris
    """,
),

dict(
    key="fr-neg-autre-coach-newsletter",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Aurore – L'Atelier des Possibles <aurore@atelierdespossibles.fr>"},
    subject="✨ Effacer ses vieilles histoires (et oser s'en écrire une nouvelle)",
    reply_to="Aurore Lenoir <aurore@atelierdespossibles.fr>",
    date="2025-11-16 07:30",
    headers=[("List-Unsubscribe", "<https://atelierdespossibles.systeme.io/unsubscribe/4471>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    shape="alt",
    body="""
    Bonjour Sandra,

    Et si, cet hiver, on apprenait à effacer les vieilles histoires qu'on se raconte sur soi ? Dans cette lettre je partage trois exercices d'écriture pour modifier le regard qu'on porte sur son parcours.

    🌿 Le programme « Réécrire sa vie » ouvre le 1er décembre.
    🎁 Pour les abonnées : accès offert au module 1.

    Avec douceur,
    Aurore

    Conformément au RGPD, vous pouvez vous désinscrire à tout moment en cliquant ici. Vos données ne sont jamais revendues.
    """,
),

dict(
    key="fr-neg-spam-rgpd-mise-en-demeure",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Service Conformité RGPD <alerte@conformite-rgpd-pro.com>"},
    subject="URGENT – Votre site floraisondesoi.fr n'est pas conforme au RGPD",
    date="2025-04-29 06:12",
    body="""
    Madame, Monsieur,

    Suite à un audit automatisé, votre site floraisondesoi.fr présente 7 NON-CONFORMITÉS au Règlement Général sur la Protection des Données. Vous vous exposez à une amende pouvant aller jusqu'à 20 000 000 € ou 4 % de votre chiffre d'affaires.

    Pour éviter toute procédure, vous devez régulariser votre situation sous 72 heures en souscrivant à notre pack Mise en conformité (registre, mentions légales, DPO externalisé) au tarif exceptionnel de 490 € HT.

    👉 Régulariser maintenant : http://conformite-rgpd-pro.com/regularisation

    Service Conformité RGPD
    Ceci n'est pas un message de la CNIL.
    """,
),

dict(
    key="fr-neg-phishing-orange-boite-supprimee",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Orange Messagerie <securite@orange-messagerie-verif.com>"},
    subject="Votre boîte mail sera supprimée dans 24h",
    date="2025-12-18 03:41",
    shape="html",
    body="""
    Cher(e) client(e),

    Suite à une mise à jour de nos serveurs, votre compte sandra.delomenie@orange.fr n'a pas été vérifié. Sans action de votre part, votre boîte et toutes vos données seront supprimées définitivement sous 24 heures.

    Pour conserver l'accès à votre messagerie, veuillez confirmer vos informations en cliquant ci-dessous :

    CONFIRMER MES DONNÉES

    Le service client Orange
    """,
),

# ------------------------------------------------------ auto / bounces / MDN
dict(
    key="fr-neg-autoreply-cliente-vacances",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Agnès Pottier <agnes.pottier@hotmail.fr>"},
    subject="Réponse automatique : Votre demande concernant vos données",
    date="2025-03-07 09:01",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    body="""
    Bonjour,

    Je suis en congés jusqu'au 17 mars avec un accès limité à mes mails. Je vous répondrai dès mon retour.

    Agnès Pottier
    """,
),

dict(
    key="fr-neg-bounce-newsletter-ancienne-adresse",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>"},
    to="contact@floraisondesoi.fr",
    subject="Undelivered Mail Returned to Sender",
    date="2025-01-21 18:03",
    headers=[("Auto-Submitted", "auto-replied")],
    dsn=dict(
        human="""
        This is the mail system at host smtp.orange.fr.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <marion.chevrier@numericable.fr>: host mx.numericable.fr[212.27.48.10] said:
            550 5.1.1 <marion.chevrier@numericable.fr>: Recipient address rejected:
            User unknown in virtual mailbox table
        """,
        status="""
        Reporting-MTA: dns; smtp.orange.fr
        Arrival-Date: Tue, 21 Jan 2025 18:03:02 +0100

        Final-Recipient: rfc822; marion.chevrier@numericable.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.numericable.fr
        Diagnostic-Code: smtp; 550 5.1.1 User unknown
        """,
        orig="""
        From: Floraison de Soi <contact@floraisondesoi.fr>
        To: marion.chevrier@numericable.fr
        Subject: =?utf-8?q?La_lettre_de_janvier_=3A_poser_ses_intentions?=
        Date: Tue, 21 Jan 2025 18:00:00 +0100
        Message-ID: {ORIG_MID}
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: 8bit

        Bonjour Marion,

        Nouvelle année, nouvelles intentions... Ce mois-ci je vous propose un petit rituel d'écriture.

        Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
        """,
    ),
),

dict(
    key="fr-neg-bounce-confirmation-effacement",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: a bounce of her own reply confirming an erasure; the quoted
    # original mentions deletion but the message is a delivery report.
    **{"from": "MAILER-DAEMON <mailer-daemon@orange.fr>"},
    subject="Échec de la remise du message",
    date="2025-05-07 10:22",
    headers=[("Auto-Submitted", "auto-replied")],
    dsn=dict(
        human="""
        Votre message n'a pas pu être remis à un ou plusieurs destinataires.

        <nath.b.76@hotmail.fr> : la boîte aux lettres du destinataire est pleine
        (552 5.2.2 Mailbox full). Le serveur a renoncé après 48 heures.
        """,
        status="""
        Reporting-MTA: dns; wwinf1m21.orange.fr

        Final-Recipient: rfc822; nath.b.76@hotmail.fr
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
        """,
        part3="text/rfc822-headers",
        orig="""
        From: Sandra Delomenie <sandra.delomenie@orange.fr>
        To: nath <nath.b.76@hotmail.fr>
        Subject: =?utf-8?q?Re=3A_Suppression_de_vos_donn=C3=A9es?=
        Date: Mon, 5 May 2025 10:15:41 +0200
        Message-ID: {ORIG_MID}
        """,
    ),
),

dict(
    key="fr-neg-accuse-lecture-mdn",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Jérôme Vautrin <j.vautrin@sofradec.com>"},
    subject="Lu : Convention de formation 2026 – Sofradec",
    date="2025-12-15 09:12",
    dsn=dict(
        type="disposition-notification",
        human="""
        Votre message

          À : Jérôme Vautrin
          Objet : Convention de formation 2026 – Sofradec
          Envoyé : lundi 15 décembre 2025 08:47:10 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        a été lu le lundi 15 décembre 2025 09:12:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        """,
        status="""
        Reporting-UA: sofradec.com; Microsoft Outlook 16.0
        Final-Recipient: rfc822; j.vautrin@sofradec.com
        Original-Message-ID: {ORIG_MID}
        Disposition: manual-action/MDN-sent-manually; displayed
        """,
        orig="""
        From: Sandra Delomenie <sandra.delomenie@orange.fr>
        To: j.vautrin@sofradec.com
        Subject: =?utf-8?q?Convention_de_formation_2026_=E2=80=93_Sofradec?=
        Date: Mon, 15 Dec 2025 08:47:10 +0100
        Message-ID: {ORIG_MID}
        """,
    ),
),

# --------------------------------------------------------- her own mail
dict(
    key="fr-neg-envoye-confirmation-effacement",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: her own sent mail (From her address) confirming an erasure.
    **{"from": SANDRA},
    to="Valérie Guérin <valerie.guerin@wanadoo.fr>",
    subject="Re: Suppression de mes données",
    date="2025-01-16 17:40",
    parent_domain="wanadoo.fr",
    body="""
    Bonjour Valérie,

    Je vous confirme que l'ensemble de vos données a été supprimé : fiche contact et historique sur Systeme.io, dossier de suivi dans mon Drive, échanges de mails. Seules les factures de 2021 sont conservées, comme la loi m'y oblige, jusqu'en 2031.

    Je vous souhaite une très belle suite.

    Sandra Delomenie
    Coach & formatrice – Floraison de Soi
    06 81 84 21 73
    """,
    history=[dict(style="gmail_fr", who="Valérie Guérin <valerie.guerin@wanadoo.fr>", to=SANDRA,
                  date="2025-01-13 10:05", text="""
                  Madame,

                  J'ai été votre cliente pour un accompagnement en 2021. Je vous demande de supprimer toutes les données que vous conservez à mon sujet.

                  Valérie Guérin
                  """)],
),

dict(
    key="fr-neg-envoye-consigne-assistante",
    rights=[], lang="fr", var="fr-FR",
    **{"from": SANDRA},
    to=CAMILLE,
    subject="Demande de M. Lemoine à traiter",
    date="2025-06-17 12:05",
    body="""
    Coucou Camille,

    Tu peux t'occuper de la demande de Gérard Lemoine (mail de ce matin, transféré dans le dossier « RGPD ») : désinscription de toutes les listes et suppression complète de sa fiche Systeme.io + carnet d'adresses Orange. Il n'a jamais rien acheté donc pas de facture à garder.

    Note la date dans le registre des demandes et prépare-moi la réponse de confirmation, je l'enverrai moi-même.

    Merci !
    Sandra
    """,
),

dict(
    key="fr-neg-envoye-newsletter-copie",
    rights=[], lang="fr", var="fr-FR",
    **{"from": CONTACT},
    to="Floraison de Soi <contact@floraisondesoi.fr>",
    subject="🌸 La lettre de novembre : accueillir la saison sombre",
    reply_to="Sandra Delomenie <sandra.delomenie@orange.fr>",
    date="2025-11-09 18:00",
    headers=[("List-Unsubscribe", "<https://floraisondesoi.systeme.io/unsubscribe>"), ("Precedence", "bulk")],
    shape="alt",
    body="""
    Bonjour,

    Les jours raccourcissent et beaucoup d'entre vous me disent se sentir plus fatigués. Et si on accueillait cette saison plutôt que de lutter contre elle ?

    📅 Atelier « Hiverner en douceur » : samedi 29 novembre, Issoudun (8 places).
    🎧 Nouvel épisode du podcast : « Dire non sans culpabiliser ».

    Belle floraison intérieure,
    Sandra

    Vous recevez cette lettre parce que vous vous êtes inscrit(e) sur floraisondesoi.fr. Vous pouvez vous désinscrire à tout moment : https://floraisondesoi.systeme.io/unsubscribe
    Vos données sont traitées conformément à notre politique de confidentialité.
    """,
),

# ----------------------------------------------- thank-yous above handled
dict(
    key="fr-neg-merci-apres-effacement",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: thank-you above a quoted, handled erasure request -> negative.
    **{"from": "Valérie Guérin <valerie.guerin@wanadoo.fr>"},
    subject="Re: Suppression de mes données",
    date="2025-01-17 08:26",
    parent_domain="orange.fr",
    thread_long=True,
    body="""
    Merci beaucoup Sandra pour votre rapidité et votre gentillesse.

    Valérie
    """,
    history=[dict(style="gmail_fr", date="2025-01-16 17:40", text="""
    Bonjour Valérie,

    Je vous confirme que l'ensemble de vos données a été supprimé : fiche contact et historique sur Systeme.io, dossier de suivi dans mon Drive, échanges de mails. Seules les factures de 2021 sont conservées, comme la loi m'y oblige.

    Sandra Delomenie

    > Le 13 janv. 2025 à 10:05, Valérie Guérin a écrit :
    > Je vous demande de supprimer toutes les données que vous conservez à mon sujet.
    """)],
),

dict(
    key="fr-neg-merci-rectif-outlook",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: thank-you above a quoted rectification confirmation.
    **{"from": "Aurélie Fontaine-Gervais <a.fontaine-gervais@clinique-valdetheols.fr>"},
    subject="RE: Attestation de formation – changement de nom",
    date="2025-07-04 10:02",
    shape="alt",
    body="""
    Parfait, merci Sandra, l'attestation est bien au bon nom maintenant !

    Aurélie Fontaine-Gervais
    Chargée de formation – Service RH
    Clinique du Val de Théols
    """,
    history=[dict(style="outlook_fr", date="2025-07-03 16:45", to="Aurélie Fontaine-Gervais",
                  subject="RE: Attestation de formation – changement de nom", text="""
                  Bonjour Aurélie,

                  Félicitations pour votre mariage ! C'est corrigé : votre nom et votre nouvelle adresse sont à jour dans mon fichier, et vous trouverez l'attestation rééditée en pièce jointe.

                  Belle journée,
                  Sandra

                  De : Aurélie Fontaine-Gervais
                  Envoyé : lundi 30 juin 2025 14:52
                  Objet : Attestation de formation – changement de nom

                  Pourriez-vous mettre à jour mon nom dans votre fichier et rééditer mon attestation au nom d'Aurélie FONTAINE-GERVAIS ?
                  """)],
),

dict(
    key="fr-neg-merci-desinscription-prise-en-compte",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Monique Baron <monique.baron@wanadoo.fr>"},
    subject="Re: désabonnement",
    date="2025-01-30 15:12",
    parent_domain="floraisondesoi.fr",
    body="""
    C'est noté, merci. Et bonne continuation pour vos ateliers.
    M. Baron
    """,
    history=[dict(style="apple_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", date="2025-01-29 09:20", text="""
    Bonjour Madame Baron,

    C'est fait, vous ne recevrez plus la lettre d'information. Désolée pour le lien défectueux, je l'ai signalé à mon webmaster.

    Sandra
    """)],
),

dict(
    key="fr-neg-suisse-merci-copie-recue",
    rights=[], lang="fr", var="fr-CH",
    **{"from": "Nicole Ruchonnet <n.ruchonnet@bluewin.ch>"},
    subject="Re: Votre dossier",
    date="2026-03-09 08:14",
    body="""
    Chère Madame,

    J'ai bien reçu le dossier complet, je vous en remercie. Tout me semble en ordre, je n'ai pas d'autre demande.

    Meilleures salutations,
    Nicole Ruchonnet
    """,
    history=[dict(style="gmail_fr", date="2026-03-06 11:30", text="""
    Chère Madame Ruchonnet,

    Comme demandé, vous trouverez ci-joint la copie de l'ensemble des données que je détiens vous concernant (fiche client, notes de séances 2024-2025, factures). Votre nouvelle adresse est bien enregistrée.

    Bien cordialement,
    Sandra Delomenie
    """)],
),

# ------------------------------------------------ questions / CNIL / rights
dict(
    key="fr-neg-question-droit-suppression-notes",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: asks whether she has the right, does not ask for it.
    **{"from": "Émilie Fabre <emilie.fabre@gmail.com>"},
    subject="Petite question",
    date="2025-04-02 13:29",
    body="""
    Bonjour Sandra,

    Une question un peu bête : si un jour j'arrête le coaching, ai-je le droit de vous demander de supprimer les notes que vous prenez pendant nos séances ? Et est-ce que vous êtes obligée de les garder un certain temps ?

    Ce n'est pas pour maintenant hein, je me posais juste la question en lisant votre contrat 😊

    À jeudi,
    Émilie
    """,
),

dict(
    key="fr-neg-quebec-comment-ca-marche",
    rights=[], lang="fr", var="fr-CA",
    tz="qc",
    # NEAR-LINE: how-does-it-work question about portability -> negative.
    **{"from": "Mélanie Bergeron <melanie.bergeron@videotron.ca>"},
    subject="Question sur vos politiques",
    date="2025-05-13 20:02",
    body="""
    Bonjour,

    Avant de m'inscrire à votre programme en ligne, j'aimerais comprendre : si je décide de changer de plateforme plus tard, est-ce que c'est possible de récupérer mes données (journal, exercices)? Comment ça fonctionne avec le RGPD pour quelqu'un qui habite au Québec?

    Merci de m'éclairer!
    Mélanie
    """,
),

dict(
    key="fr-neg-plainte-cnil-copie",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: copy of a complaint filed with the CNIL; addressed to the
    # authority, no new request to her in the text -> negative (policy).
    **{"from": "Laurence Bichot <laurence.bichot@gmail.com>"},
    subject="Copie de ma plainte auprès de la CNIL",
    date="2026-01-10 18:20",
    body="""
    Madame,

    Pour votre information, vous trouverez ci-dessous la copie de la plainte que je viens de déposer sur le site de la CNIL.

    Laurence Bichot

    ----- Plainte n° 25-118734 – déposée le 10/01/2026 -----
    Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun
    Motif : absence de réponse à une demande d'exercice du droit d'accès
    Description : j'ai demandé le 27 octobre 2025 puis le 9 décembre 2025 la copie de mes données personnelles. Aucune réponse à ce jour malgré une relance. Je demande à la CNIL d'intervenir auprès de cet organisme.
    Pièces jointes : 2 courriels
    """,
),

dict(
    key="fr-neg-plainte-cnil-informe",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: announces a CNIL complaint and complains, but asks her
    # nothing; policy: complaint to CNIL -> negative.
    **{"from": "Patrick Renaudin <p.renaudin@orange.fr>"},
    subject="Signalement à la CNIL",
    date="2025-11-12 08:03",
    body="""
    Madame,

    N'ayant reçu aucune explication sur la provenance de mon numéro, et ayant encore reçu un SMS publicitaire samedi, j'ai saisi la CNIL via son formulaire en ligne ce matin. C'est elle qui vous contactera désormais.

    P. Renaudin
    """,
),

# ----------------------------------------------- cancellations / accounts
dict(
    key="fr-neg-annulation-atelier",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Sophie Lemaire <sophie.lemaire@laposte.net>"},
    subject="Annulation inscription atelier du 12 avril",
    date="2025-04-08 07:51",
    history=[dict(style="gmail_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", date="2025-03-15 10:00", text="""
    Bonjour Sophie,

    Votre inscription à l'atelier « Écriture et émotions » du samedi 12 avril (9h30-12h30, Issoudun) est confirmée. Pensez à apporter un carnet !

    Sandra
    """)],
    body="""
    Bonjour Sandra,

    Je suis vraiment désolée mais je dois annuler mon inscription à l'atelier « Écriture et émotions » du 12 avril : ma mère est hospitalisée et je dois descendre à Montpellier.

    Est-il possible de reporter sur la session de juin ou, à défaut, d'être remboursée ?

    Merci de votre compréhension,
    Sophie
    """,
),

dict(
    key="fr-neg-resiliation-abonnement-mensuel",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Fanny Leclerc <fanny.leclerc@gmail.com>"},
    subject="Résiliation abonnement cercle mensuel",
    date="2025-09-03 12:18",
    history=[dict(style="apple_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", date="2025-09-01 08:00", text="""
    Bonjour Fanny,
    Le cercle mensuel de septembre aura lieu jeudi 18 à 20h, en ligne. Thème : « la rentrée en douceur ».
    Sandra
    """)],
    body="""
    Bonjour,

    Je souhaite résilier mon abonnement au cercle mensuel en ligne (prélèvement Stripe de 29 €) à partir d'octobre. J'ai bien aimé mais je n'arrive plus à me libérer le jeudi soir.

    Pouvez-vous arrêter le prélèvement ? Merci !
    Fanny Leclerc
    """,
),

dict(
    key="fr-neg-fermer-compte-seul",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).
    **{"from": "Richard Poulain <richard.poulain@orange.fr>"},
    subject="Fermeture de mon compte",
    date="2025-10-22 09:31",
    body="""
    Bonjour,

    Pouvez-vous fermer mon compte sur votre plateforme de formation ? J'ai terminé le programme et je n'en ai plus l'utilité.

    Merci,
    R. Poulain
    """,
),

dict(
    key="fr-neg-mot-de-passe-oublie",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Jacqueline Morel <jacqueline.morel@wanadoo.fr>"},
    subject="mot de passe",
    date="2025-02-10 16:40",
    body="""
    Bonjour Madame,

    J'ai oublié mon mot de passe pour accéder aux vidéos de la formation et le lien « mot de passe oublié » ne m'envoie rien (j'ai regardé dans les spams). Pouvez-vous m'aider ? Je ne suis pas très douée avec l'informatique.

    Merci beaucoup,
    Jacqueline Morel
    """,
),

dict(
    key="fr-neg-informal-acces-espace",
    rights=[], lang="fr", var="fr-informal",
    **{"from": "Nico <nico.bertrand92@gmail.com>"},
    subject="bug",
    date="2025-12-06 23:30",
    body="""
    yo sandra

    j arrive plus a acceder a mon espace depuis que j ai changé de tel, ca me dit compte introuvable. c est moi qui ai fait une connerie ou c le site ? jveux juste finir le module 4

    merci
    nico
    """,
),

dict(
    key="fr-neg-belge-annulation-stage",
    rights=[], lang="fr", var="fr-BE",
    # NEAR-LINE: "retirer mon nom de la liste des participants" is cancelling a
    # booking, not erasure -> negative.
    **{"from": "Olivier Dethier <olivier.dethier@telenet.be>"},
    subject="Stage résidentiel de janvier – désistement",
    date="2025-12-28 11:05",
    body="""
    Bonjour Madame,

    Je suis au regret de devoir me désister du stage résidentiel de janvier : mon employeur m'envoie en mission à Anvers toute la semaine. Pouvez-vous retirer mon nom de la liste des participants et me dire ce qu'il en est de l'acompte ?

    Je m'en excuse, j'avais vraiment envie d'y participer. Peut-être en avril ?

    Bien à vous,
    Olivier Dethier
    """,
),

dict(
    key="fr-neg-parent-desinscrire-ado-atelier",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Karine Dubois <karine.dubois79@yahoo.fr>"},
    subject="Désinscription d'Inès – atelier de samedi",
    date="2025-10-15 19:47",
    body="""
    Bonsoir,

    Inès a une compétition de hand samedi, je dois la désinscrire de l'atelier ados. Est-ce qu'elle peut rattraper la séance pendant les vacances ?

    Merci et désolée du contretemps,
    Karine Dubois
    """,
),

dict(
    key="fr-neg-retirer-candidature",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Armelle Ricard <armelle.ricard@free.fr>"},
    subject="Formation facilitatrice – je retire ma candidature",
    date="2026-01-30 14:26",
    body="""
    Bonjour Sandra,

    Après réflexion, je préfère retirer ma candidature pour la promotion de printemps de la formation facilitatrice de cercles. Financièrement ce n'est pas le bon moment. J'espère pouvoir la représenter à l'automne.

    Merci pour l'entretien, il m'a beaucoup éclairée.

    Armelle
    """,
),

# ------------------------------------------------- about another adult
dict(
    key="fr-neg-epouse-donnees-mari",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: a wife asking for her (living, adult) husband's data -> negative.
    **{"from": "Danielle Renaudin <danielle.renaudin@orange.fr>"},
    subject="Mon mari",
    date="2025-10-30 10:16",
    body="""
    Bonjour Sandra,

    Mon mari a reçu un SMS de votre part et il est furieux. Je crois que c'est moi qui avais donné son numéro par erreur lors de mon inscription au stage. Pouvez-vous me dire quelles informations vous avez sur lui, et les effacer ? Il ne veut pas vous écrire lui-même, il est un peu braqué.

    Désolée pour ce malentendu,
    Danielle
    """,
),

dict(
    key="fr-neg-mere-fils-adulte",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: a mother asking about her adult son's coaching -> negative.
    **{"from": "Mireille Chauvet <mireille.chauvet@laposte.net>"},
    subject="Au sujet de Bruno",
    date="2025-02-18 11:11",
    body="""
    Madame,

    Je suis la maman de Bruno Chauvet, 34 ans, qui a suivi votre formation « Manager en transition ». Il traverse une période difficile et ne me dit rien. Pourriez-vous me transmettre le bilan que vous avez rédigé sur lui, pour que je comprenne mieux ce qui se passe ?

    Je vous remercie de votre compréhension de maman inquiète.
    Mireille Chauvet
    """,
),

dict(
    key="fr-neg-collegue-photo-collegue",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: a colleague asks on behalf of another adult colleague, without
    # mandate -> negative (policy: colleague about another living adult).
    **{"from": "Hugo Bertin <h.bertin@aubrac-sante.fr>"},
    subject="Photo LinkedIn de la formation",
    date="2025-06-20 16:32",
    body="""
    Bonjour Madame Delomenie,

    Mon collègue Éric Dumont n'est pas content d'apparaître sur la photo de groupe que vous avez publiée sur LinkedIn après la formation de juin (il n'avait pas signé l'autorisation). Il m'a demandé de vous écrire pour que vous la retiriez, il n'a pas LinkedIn.

    Merci d'avance,
    Hugo Bertin
    """,
),

dict(
    key="fr-neg-mari-pour-epouse-newsletter",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: a husband unsubscribing his living wife -> negative (another
    # living adult); contrast with the widow case (post_mortem).
    **{"from": "Alain Poirier <alain.poirier@orange.fr>"},
    subject="Pour Évelyne",
    date="2025-06-09 20:44",
    body="""
    Bonsoir,

    Ma femme Évelyne Poirier reçoit vos mails sur notre adresse commune. Elle m'a dit qu'elle ne voulait plus de vos SMS mais je pense qu'elle ne veut plus non plus des mails. Vous pouvez la retirer de la liste ? Elle n'ose pas vous le dire.

    Alain Poirier
    """,
),

# ------------------------------------------------ consent given / forms
dict(
    key="fr-neg-accord-temoignage",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: GIVING consent, not withdrawing it -> negative.
    **{"from": "Lucie Brunel <lucie.brunel@gmail.com>"},
    subject="Re: Votre témoignage ?",
    date="2025-07-11 09:40",
    body="""
    Bonjour Sandra,

    Avec plaisir ! J'accepte que vous publiiez mon témoignage sur votre site et sur la page de la formation, avec mon prénom et l'initiale de mon nom. Pour la photo, je préfère que vous n'en mettiez pas.

    Voici le texte corrigé :
    « Cette formation m'a donné les outils et surtout la confiance pour animer mes propres cercles. Sandra transmet avec une grande générosité. » – Lucie B.

    Belle journée,
    Lucie
    """,
    history=[dict(style="gmail_fr", date="2025-07-09 17:05", text="""
    Bonjour Lucie,
    Accepteriez-vous que je publie votre retour de fin de formation comme témoignage sur mon site ? Vous pouvez bien sûr modifier le texte.
    Sandra
    """)],
),

dict(
    key="fr-neg-questionnaire-rempli-consentement",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Thomas Girard <thomas.girard@sofradec.com>"},
    subject="Questionnaire de satisfaction",
    date="2025-11-10 13:03",
    body="""
    Bonjour,

    Voici mon questionnaire de fin de formation rempli. J'ai coché la case « J'accepte que mes réponses soient utilisées de façon anonyme pour améliorer les formations ». Vous pouvez aussi citer mes commentaires, sans mon nom.

    Merci encore pour ces deux jours,
    Thomas Girard
    """,
    attach=[dict(name="Questionnaire_satisfaction_TGirard.pdf", text="""
    QUESTIONNAIRE DE SATISFACTION - Prise de parole en public
    Note globale : 9/10
    J'accepte que mes reponses soient utilisees de facon anonyme : OUI
    """)],
),

dict(
    key="fr-neg-question-formulaire-sante",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Annie Colas <annie.colas@orange.fr>"},
    subject="Formulaire de consentement",
    date="2025-09-16 18:25",
    body="""
    Bonjour Sandra,

    Vous m'avez envoyé un nouveau formulaire de consentement pour les données de santé avec le contrat de renouvellement. Faut-il vraiment le signer à nouveau alors que je l'avais déjà fait l'an dernier ? Je vous le renvoie signé de toute façon, au cas où.

    À mardi,
    Annie
    """,
    attach=[dict(name="consentement_donnees_sante_signe.jpg")],
),

# ------------------------------------------------ ordinary client mail
dict(
    key="fr-neg-sujet-trompeur-modif-rdv",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: misleading subject ("Modification de mes coordonnées") but
    # the body only moves an appointment -> negative.
    **{"from": "Agathe Simon <agathe.simon@gmail.com>"},
    subject="Modification de mes coordonnées",
    date="2025-05-21 07:45",
    body="""
    Bonjour Sandra,

    Pardon pour l'objet, je me suis trompée de brouillon ! En fait je voulais vous demander s'il était possible de modifier notre rendez-vous de jeudi 14h et de le décaler à vendredi même heure ? J'ai une réunion qui a été déplacée.

    Merci et bonne journée,
    Agathe
    """,
),

dict(
    key="fr-neg-lien-replay-efface",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: asks for the replay link again (course content), not for a
    # copy of her personal data -> negative.
    **{"from": "Isabelle Texier <isabelle.texier@laposte.net>"},
    subject="Replay",
    date="2025-03-29 10:58",
    body="""
    Bonjour,

    J'ai effacé par erreur le mail avec le lien du replay de l'atelier sur la gratitude. Pourriez-vous me le renvoyer ? Je voulais refaire la méditation de la fin.

    Merci !
    Isabelle
    """,
),

dict(
    key="fr-neg-copie-facture",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: a duplicate of one invoice is ordinary business, not a copy of
    # all her data -> negative.
    **{"from": "Hervé Colin <herve.colin@sfr.fr>"},
    subject="Duplicata de facture",
    date="2025-03-04 08:37",
    body="""
    Bonjour,

    Ma mutuelle me demande la facture de mes séances de novembre et décembre pour un éventuel remboursement. Pourriez-vous m'en envoyer une copie ? Je ne la retrouve plus.

    Merci,
    Hervé Colin
    """,
),

dict(
    key="fr-neg-rh-bon-de-commande-facture",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Comptabilité fournisseurs – Berry Logistique <compta.fournisseurs@berry-logistique.fr>"},
    subject="Facture 2025-089 rejetée – n° de bon de commande manquant",
    date="2025-09-19 14:40",
    body="""
    Bonjour,

    Votre facture 2025-089 ne peut pas être mise en paiement : le numéro de bon de commande (BC-2025-0412) doit obligatoirement figurer sur la facture. Merci de nous renvoyer une facture corrigée.

    Cordialement,
    Service comptabilité fournisseurs
    Berry Logistique SAS
    """,
),

dict(
    key="fr-neg-coaching-je-m-oppose",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Carole Besnard <carole.besnard@gmail.com>"},
    subject="Après notre séance",
    date="2025-12-10 21:48",
    body="""
    Sandra,

    J'ai repensé à ce que vous m'avez dit sur le lâcher-prise. Honnêtement je m'y oppose un peu : j'ai l'impression qu'on me demande d'effacer ma colère alors qu'elle est légitime. Je voudrais qu'on en reparle la prochaine fois.

    J'ai quand même fait l'exercice de la lettre non envoyée. J'ai retiré beaucoup de choses de cet exercice, surtout sur mon père.

    À mardi,
    Carole
    """,
),

dict(
    key="fr-neg-exercice-croyances",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Marion Chevrier <marion.chevrier@protonmail.com>"},
    subject="Exercice semaine 3",
    date="2025-02-02 19:26",
    body="""
    Bonsoir Sandra,

    Voici mon exercice de la semaine 3 (« identifier et effacer une croyance limitante »). J'ai corrigé deux fois ma liste avant d'oser vous l'envoyer ! La croyance principale : « je dois tout contrôler pour être en sécurité ».

    Je crois que j'ai aussi besoin de modifier ma façon de dire oui à tout au travail.

    Bonne soirée,
    Marion
    """,
    attach=[dict(name="exercice_semaine3_croyances.docx", text="""
    Exercice semaine 3 - Croyances limitantes
    1. Je dois tout controler pour etre en securite.
    2. Si je dis non, on ne m'aimera plus.
    3. Je ne suis pas legitime pour animer un groupe.
    """)],
),

dict(
    key="fr-neg-prospect-tarifs-acces",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Jennifer Da Silva <jennifer.dasilva@hotmail.fr>"},
    to=CONTACT,
    subject="Renseignements formation en ligne",
    date="2025-08-14 13:13",
    body="""
    Bonjour,

    Je suis intéressée par votre formation « Oser s'affirmer ». Combien de temps garde-t-on l'accès aux vidéos après l'achat ? Et est-ce qu'il y a une copie des supports en PDF ?

    Est-elle finançable par le CPF ?

    Merci,
    Jennifer Da Silva
    """,
),

dict(
    key="fr-neg-signale-phishing-client",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Jacqueline Morel <jacqueline.morel@wanadoo.fr>"},
    subject="Mail bizarre à votre nom",
    date="2025-12-19 09:02",
    body="""
    Bonjour Madame,

    J'ai reçu hier un mail « Floraison de Soi – mise à jour de vos données » qui me demandait de confirmer ma carte bancaire pour « conserver mon accès ». Je n'ai pas cliqué. C'est bien de vous ? Ça ne ressemble pas à vos messages habituels.

    Je vous le transfère au cas où.

    Jacqueline Morel
    """,
    history=[dict(style="fwd_gmail_fr", who="Floraison de Soi <support@floraison-soi-secure.com>",
                  to="jacqueline.morel@wanadoo.fr", date="2025-12-18 02:14",
                  subject="Mise à jour de vos données",
                  text="""
                  Chère cliente,
                  Afin de conserver l'accès à votre formation, merci de mettre à jour vos données de paiement sous 48h :
                  http://floraison-soi-secure.com/maj
                  """)],
),

# ------------------------------------------------- audit / OPCO / forms
dict(
    key="fr-neg-qualiopi-audit-preuves",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Certif'Formation – Planification audits <audits@certif-formation.fr>"},
    subject="Audit de surveillance Qualiopi – confirmation et pièces à préparer",
    date="2026-02-24 10:20",
    shape="alt",
    body="""
    Madame Delomenie,

    Nous vous confirmons la date de votre audit de surveillance Qualiopi : le jeudi 26 mars 2026, à distance, de 9h à 12h30.

    Merci de tenir à disposition de l'auditrice :
    – les preuves de recueil des besoins des bénéficiaires ;
    – les questionnaires de satisfaction et leur analyse ;
    – votre registre des traitements et votre procédure de gestion des demandes d'exercice des droits RGPD ;
    – la preuve de la suppression des données au terme des durées de conservation.

    Cordialement,
    Le service planification
    Certif'Formation – organisme certificateur accrédité
    """,
),

dict(
    key="fr-neg-opco-prise-en-charge",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "OPCO EP – Ne pas répondre <noreply@opcoep.fr>"},
    subject="Votre dossier de prise en charge n° 2025-36-004512 a été accepté",
    date="2025-10-03 06:45",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""
    Bonjour,

    Le dossier de prise en charge n° 2025-36-004512 (entreprise : BERRY LOGISTIQUE SAS – action : Manager sans s'épuiser) a été accepté.

    Montant pris en charge : 2 400,00 € HT.
    Pièces à déposer après la formation : feuilles d'émargement, attestations d'assiduité, facture.

    Accéder à votre espace : https://services.opcoep.fr

    Ceci est un message automatique.
    """,
),

dict(
    key="fr-neg-google-forms-reponse",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Google Forms <forms-receipts-noreply@google.com>"},
    subject="Nouvelle réponse : Questionnaire de positionnement – Gestion des conflits",
    date="2025-03-31 22:47",
    tz="paris",
    headers=[("Auto-Submitted", "auto-generated")],
    shape="html",
    body="""
    Nouvelle réponse au formulaire « Questionnaire de positionnement – Gestion des conflits ».

    Répondant : e.dumont@aubrac-sante.fr
    Horodatage : 31/03/2025 22:47:11

    Afficher la réponse : https://docs.google.com/forms/d/e/1FAIpQL.../viewanalytics

    Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
    Vous recevez cet e-mail car vous avez activé les notifications de nouvelles réponses.
    """,
),

dict(
    key="fr-neg-relance-devis-salle-ics",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Hervé Lamy <h.lamy@espace-ginkgo.fr>"},
    subject="Invitation : Visite de la salle Tilleul",
    date="2025-10-20 11:10",
    body="""
    Bonjour Madame Delomenie,

    Comme convenu au téléphone, je vous propose une visite de la salle Tilleul mercredi 22 octobre à 17h30. Vous trouverez l'invitation en pièce jointe.

    Cordialement,
    Hervé Lamy
    Espace Ginkgo
    """,
    attach=[dict(name="invitation.ics", text="""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Espace Ginkgo//Agenda//FR
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:visite-tilleul-20251022@espace-ginkgo.fr
    DTSTAMP:20251020T091000Z
    DTSTART:20251022T153000Z
    DTEND:20251022T161500Z
    SUMMARY:Visite salle Tilleul - Floraison de Soi
    LOCATION:Espace Ginkgo, 18000 Bourges
    ORGANIZER;CN=Herve Lamy:mailto:h.lamy@espace-ginkgo.fr
    ATTENDEE;CN=Sandra Delomenie;RSVP=TRUE:mailto:sandra.delomenie@orange.fr
    END:VEVENT
    END:VCALENDAR
    """)],
),

dict(
    key="fr-neg-assistante-consentements-a-mettre-a-jour",
    rights=[], lang="fr", var="fr-FR",
    **{"from": CAMILLE},
    subject="Formulaires de consentement 2026",
    date="2025-12-12 15:20",
    shape="alt",
    body="""
    Sandra,

    Pour la rentrée de janvier, il faudrait mettre à jour les formulaires de consentement :
    – données de santé : ajouter la durée de conservation de 2 ans (ta politique le dit mais pas le formulaire) ;
    – droit à l'image : préciser LinkedIn et le podcast, qui n'y sont pas ;
    – enregistrement des séances : la case « supervision » n'existe pas encore.

    J'ai préparé les trois versions dans le Drive (dossier « Juridique > Consentements 2026 »). Tu relis et tu corriges ce que tu veux, je mettrai les nouvelles versions dans Systeme.io ensuite.

    Camille
    """,
),

dict(
    key="fr-neg-assistante-suppression-comptes-inactifs",
    rights=[], lang="fr", var="fr-FR",
    **{"from": CAMILLE},
    subject="Comptes inactifs > 12 mois",
    date="2026-02-11 10:01",
    body="""
    Coucou,

    Petit point RGPD du mois : 58 comptes de formation sont inactifs depuis plus de 12 mois. D'après ta politique, on doit les supprimer si la personne ne revient pas.

    Je propose d'envoyer un mail « Votre compte va être supprimé dans 30 jours, connectez-vous pour le conserver », puis de supprimer ceux qui ne bougent pas le 15 mars. Je t'ai mis le texte du mail en brouillon dans Systeme.io. OK pour toi ?

    Camille
    """,
),

dict(
    key="fr-neg-partenaire-coanimation-contrat",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Élodie Sarrazin <elodie.sarrazin.sophro@gmail.com>"},
    subject="Contrat co-animation stage Brenne",
    date="2025-04-25 17:12",
    body="""
    Hello Sandra,

    Je t'ai renvoyé le contrat de co-animation signé. J'ai juste modifié l'article 6 : j'ai remplacé « Sandra Delomenie est seule responsable du fichier des participants » par « chacune est responsable des données qu'elle collecte », c'est plus juste puisque certaines s'inscrivent via mon site.

    Dis-moi si ça te va.
    Élodie
    """,
    attach=[dict(name="Contrat_coanimation_Brenne_2025_signe_ES.pdf", text="""
    CONTRAT DE CO-ANIMATION - Stage Se ressourcer en Brenne 2025
    Entre Sandra Delomenie (Floraison de Soi) et Elodie Sarrazin (sophrologue)
    Article 6 - Donnees personnelles : chacune est responsable des donnees qu'elle collecte.
    Signe : E. Sarrazin
    """)],
),

dict(
    key="fr-neg-salarie-confidentialite-question",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Léa Marchand <lea.marchand@sofradec.com>"},
    subject="Confidentialité pendant la formation",
    date="2025-06-04 12:31",
    body="""
    Bonjour Madame Delomenie,

    Je participe à la formation de la semaine prochaine. Certaines collègues s'inquiètent : ce que nous dirons pendant les ateliers en petit groupe sera-t-il rapporté à la direction ? Comment fonctionne la confidentialité entre vous et l'entreprise ?

    Merci de nous rassurer en début de session si possible.

    Léa Marchand
    """,
),

dict(
    key="fr-neg-gite-whatsapp-numero",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Patricia Gaudin <patricia.gaudin@moulin-saint-georges.fr>"},
    subject="Re: Stage du 18 au 20 juillet – infos pratiques",
    date="2025-07-05 09:22",
    body="""
    Merci Sandra, bien reçu la liste.

    Pour le groupe WhatsApp du stage, tu peux m'ajouter si tu veux que je poste les infos d'accès et le code du portail, ou je te les envoie et tu relaies ? Comme tu préfères, je ne tiens pas à avoir les numéros des participantes.

    Patricia
    """,
    history=[dict(style="gmail_fr", date="2025-07-04 18:30", text="""
    Bonjour Patricia,
    Voici la liste pour l'assurance (en PJ, merci de la supprimer après le stage). Les régimes alimentaires n'ont pas changé.
    Sandra
    """)],
),

# ----------------------------------------------------- more of her own mail
dict(
    key="fr-neg-envoye-emargements-rh",
    rights=[], lang="fr", var="fr-FR",
    # NEAR-LINE: sent from her contact@ address to an HR client.
    **{"from": CONTACT},
    to="Claire Dumas <c.dumas@berry-logistique.fr>",
    subject="Re: Dossier OPCO – pièces justificatives",
    date="2025-12-10 11:02",
    parent_domain="berry-logistique.fr",
    body="""
    Bonjour Claire,

    Voici les feuilles d'émargement signées (8 demi-journées), les 9 attestations individuelles et la facture acquittée, le tout en un seul PDF comme le demande la plateforme de l'OPCO.

    Je conserve les originaux papier le temps réglementaire, puis ils seront détruits.

    Bonne fin de semaine,
    Sandra Delomenie
    Floraison de Soi – organisme de formation certifié Qualiopi
    """,
    attach=[dict(name="Berry_Logistique_emargements_attestations_facture.pdf", text="""
    FEUILLES D'EMARGEMENT - Manager sans s'epuiser - Berry Logistique
    Sessions des 1er, 2, 3 et 4 decembre 2025 - 9 participants
    ATTESTATIONS D'ASSIDUITE (9)
    FACTURE 2025-131 ACQUITTEE
    """)],
),

dict(
    key="fr-neg-envoye-comptable-export-stripe",
    rights=[], lang="fr", var="fr-FR",
    **{"from": SANDRA},
    to=COMPTA,
    subject="Re: Clôture 2024 – pièces manquantes",
    date="2025-02-11 21:37",
    body="""
    Bonsoir Martine,

    Ci-joint l'export Stripe du 4e trimestre. Pour les factures 2024-118 à 131 je les ai déposées sur votre plateforme, et le relevé PayPal suit demain (je n'arrive pas à le télécharger ce soir).

    Bonne soirée,
    Sandra
    """,
    attach=[dict(name="stripe_paiements_2024-T4.csv", text="""
    id,created,amount,fee,currency,description,customer_email
    py_3Q1a,2024-10-03,120.00,2.05,eur,Seance individuelle,m.chevrier@example.fr
    py_3Q1b,2024-10-11,290.00,4.35,eur,Stage Brenne acompte,l.faure@example.fr
    py_3Q1c,2024-11-02,29.00,0.69,eur,Cercle mensuel,f.leclerc@example.fr
    """)],
    history=[dict(style="gmail_fr", who=COMPTA, to=SANDRA, date="2025-02-03 10:12", text="""
    Bonjour Madame Delomenie,

    Pour finaliser la clôture de l'exercice 2024, il nous manque l'export Stripe du 4e trimestre, les factures n° 2024-118 à 2024-131 et le relevé PayPal de décembre.

    Martine Fays
    """)],
),

dict(
    key="fr-neg-assistante-transfere-facture-salle",
    rights=[], lang="fr", var="fr-FR",
    **{"from": CAMILLE},
    subject="Fwd: Facture Espace Ginkgo – atelier du 15 novembre",
    date="2025-11-18 09:12",
    body="""
    Sandra, la facture de la salle pour le 15, arrivée sur la boîte contact. Je l'ai classée dans le Drive (Compta 2025 > Salles). À payer avant le 30.

    Camille
    """,
    history=[dict(style="fwd_tb_fr", who="Espace Ginkgo <facturation@espace-ginkgo.fr>",
                  to="contact@floraisondesoi.fr", date="2025-11-17 16:30",
                  subject="Facture Espace Ginkgo – atelier du 15 novembre", text="""
                  Madame,

                  Veuillez trouver ci-joint la facture n° EG-2025-388 relative à la location de la salle Tilleul le samedi 15 novembre 2025 (journée), déduction faite de l'acompte versé.

                  Solde à régler : 145,00 € TTC.

                  Espace Ginkgo – Bourges
                  """)],
    attach=[dict(name="EG-2025-388.pdf", text="""
    ESPACE GINKGO - FACTURE EG-2025-388
    Location salle Tilleul - samedi 15/11/2025 - journee
    Acompte deduit : 60,00 EUR - Solde : 145,00 EUR TTC
    """)],
),

dict(
    key="fr-neg-sans-objet-mandala",
    rights=[], lang="fr", var="fr-FR",
    **{"from": "Bernadette Roux <bernadette.roux@laposte.net>"},
    subject=None,
    date="2025-05-02 15:44",
    body="""
    Bonjour Sandra,

    Voici mon mandala de la semaine, je l'ai fini hier soir. Je n'ai pas réussi à effacer le trait du milieu alors je l'ai transformé en chemin !

    Bernadette
    """,
    attach=[dict(name="IMG_20250501_213344.jpg", inline=True)],
),

dict(
    key="fr-neg-objet-vide-merci-atelier",
    rights=[], lang="fr", var="fr-informal",
    **{"from": "Jess <jessica.moreau.87@gmail.com>"},
    subject="",
    date="2025-09-14 19:58",
    body="""
    merci pour l atelier de ce matin, j ai adoré le moment de la marche !! vivement le prochain
    jess
    """,
),

]
