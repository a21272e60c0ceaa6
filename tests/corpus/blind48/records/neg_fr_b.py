# French negatives (part B): automatic mail, platforms, notices, phishing, bounces, her own sent mail.
from _common import R, form, booking, SANDRA_C, SANDRA_O

AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}
SANDRA_FROM_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_FROM_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def dsn(rcpt, status, diag, mta, orig_subject, orig_from=SANDRA_C, orig_date="Mon, 3 Mar 2025 10:12:40 +0100"):
    return dict(
        per_msg=[("Reporting-MTA", "dns; %s" % mta), ("Arrival-Date", orig_date)],
        per_rcpt=[("Final-Recipient", "rfc822; %s" % rcpt), ("Action", "failed"), ("Status", status),
                  ("Diagnostic-Code", "smtp; %s" % diag)],
        orig_headers="From: %s\nTo: %s\nSubject: %s\nDate: %s" % (orig_from, rcpt, orig_subject, orig_date))


RECORDS = [

R("fr-neg-absence-interne", [],
  "Réponse automatique : Re: Devis formation équipe",
  "Bonjour,\n\nJe suis absente du bureau jusqu'au 25 août inclus, avec un accès limité à ma messagerie. Pour "
  "toute urgence, merci de contacter le standard au 02 54 21 00 00.\n\nCordialement,\nNathalie Perrot\n"
  "Service formation – Mutuelle du Berry",
  frm="Nathalie Perrot <n.perrot@mutuelle-berry.fr>", to=0, mailer="outlook",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-accuse-reception-droits-rgpd", [],
  "Accusé de réception de votre message",
  "Bonjour,\n\nNous avons bien reçu votre message et vous répondrons dans les meilleurs délais (48 h ouvrées).\n\n"
  "Protection des données : conformément au RGPD, vous disposez d'un droit d'accès, de rectification, "
  "d'effacement, de limitation, d'opposition et de portabilité de vos données. Pour l'exercer : "
  "dpo@imprimerie-centre.fr.\n\nImprimerie du Centre – Service client\n"
  "Ce message est généré automatiquement, merci de ne pas y répondre.",
  frm="Imprimerie du Centre <service.client@imprimerie-centre.fr>", to=0,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

R("fr-neg-bounce-orange", [],
  "Mail delivery failed: returning message to sender",
  "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\n"
  "Le message que vous avez envoyé n'a pas pu être remis à un ou plusieurs destinataires :\n\n"
  "  jeanne.faucher@wanadoo.fr\n    adresse inconnue / user unknown\n",
  frm="Mail Delivery System <MAILER-DAEMON@orange.fr>", to=3, kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=dsn("jeanne.faucher@wanadoo.fr", "5.1.1", "550 5.1.1 <jeanne.faucher@wanadoo.fr>: Recipient address rejected",
          "smtp-out.orange.fr", "Confirmation de la suppression de vos données", orig_from=SANDRA_O)),

R("fr-neg-bounce-newsletter-boite-pleine", [],
  "Undelivered Mail Returned to Sender",
  "Ceci est le service de messagerie de mail.floraisondesoi.fr.\n\nVotre message « La lettre de juin » n'a pas "
  "pu être distribué à : m.lebeau@laposte.net\nMotif : boîte aux lettres pleine (over quota).\n",
  frm="MAILER-DAEMON <MAILER-DAEMON@mail.floraisondesoi.fr>", to=2, kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=dsn("m.lebeau@laposte.net", "5.2.2", "552 5.2.2 Mailbox full", "mail.floraisondesoi.fr",
          "La lettre de juin", orig_date="Tue, 10 Jun 2025 08:00:03 +0200")),

R("fr-neg-stripe-virement", [],
  "Votre virement de 642,00 € est en route",
  "Bonjour Floraison de Soi,\n\nUn virement de 642,00 € a été initié vers votre compte bancaire se terminant "
  "par 4471. Il devrait arriver d'ici 2 jours ouvrés.\n\nConsulter le détail dans le Dashboard.\n\n"
  "L'équipe Stripe",
  frm="Stripe <notifications@stripe.com>", to=2, html="alt", headers=AUTO),

R("fr-neg-systeme-nouvelle-vente", [],
  "Nouvelle vente : Programme « Oser être soi » (97 €)",
  "Félicitations ! Vous venez de réaliser une nouvelle vente.\n\nProduit : Programme « Oser être soi »\n"
  "Client : a.lefort@gmail.com\nMontant : 97,00 €\nMoyen de paiement : Stripe\n\n"
  "Gérez vos commandes dans votre tableau de bord Systeme.io.",
  frm="Systeme.io <no-reply@systeme.io>", to=2, html="only", headers=AUTO),

R("fr-neg-google-alerte-securite", [],
  "Alerte de sécurité",
  "Nouvelle connexion sur Windows\n\ncontact@floraisondesoi.fr\n\nNous avons détecté une nouvelle connexion à "
  "votre compte Google sur un appareil Windows. S'il s'agit de vous, vous n'avez rien à faire. Sinon, nous "
  "vous aiderons à sécuriser votre compte.\n\nVérifier l'activité\n\nVous avez reçu cet e-mail pour vous "
  "informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.\n"
  "© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
  frm="Google <no-reply@accounts.google.com>", to=2, html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-zoom-enregistrement-dispo", [],
  "L'enregistrement cloud est maintenant disponible",
  "Bonjour Sandra,\n\nL'enregistrement cloud de votre réunion « Atelier en ligne – Gérer son stress » est "
  "maintenant disponible.\n\nDurée : 01:28:14\nPartager l'enregistrement avec les participants\n\n"
  "Les enregistrements sont supprimés automatiquement après 30 jours selon vos paramètres.\n\nL'équipe Zoom",
  frm="Zoom <no-reply@zoom.us>", to=2, html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-qonto-transaction", [],
  "Transaction refusée : plafond de paiement atteint",
  "Bonjour Sandra,\n\nUn paiement de 129,00 € chez CANVA* a été refusé : le plafond mensuel de votre carte "
  "est atteint. Vous pouvez ajuster vos plafonds depuis l'application.\n\nL'équipe Qonto",
  frm="Qonto <noreply@qonto.com>", to=1, html="only", headers=AUTO),

R("fr-neg-urssaf-echeance", [],
  "Votre déclaration de chiffre d'affaires est disponible",
  "Madame DELOMENIE Sandra,\n\nVotre déclaration trimestrielle de chiffre d'affaires est à effectuer avant "
  "le 31 juillet sur autoentrepreneur.urssaf.fr.\n\nCet e-mail est envoyé automatiquement, merci de ne pas y "
  "répondre. Pour nous contacter, utilisez votre messagerie sécurisée.\n\nVotre Urssaf",
  frm="Urssaf <ne-pas-repondre@urssaf.fr>", to=1, headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-paypal-paiement-recu", [],
  "Vous avez reçu un paiement",
  "Bonjour Floraison de Soi,\n\nVous avez reçu un paiement de 60,00 EUR de Mme Chantal Royer.\n"
  "Note de l'acheteur : « séance du 3, merci ! »\n\nN° de transaction : 4KT92844X1538962U\n\nPayPal",
  frm="service@paypal.fr", to=1, html="alt", headers=AUTO),

R("fr-neg-brevo-rapport-campagne", [],
  "Rapport de votre campagne « La lettre d'octobre »",
  "Votre campagne a été envoyée à 412 contacts.\n\nTaux d'ouverture : 48,3 %\nTaux de clic : 6,1 %\n"
  "Désinscriptions : 3\nBounces : 2\n\nVoir le rapport complet dans Brevo.",
  frm="Brevo <no-reply@brevo.com>", to=2, html="only", headers=AUTO),

R("fr-neg-systeme-maj-politique-confidentialite", [],
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  "Bonjour,\n\nNous mettons à jour notre politique de confidentialité et notre accord de traitement des données "
  "(DPA) à compter du 1er septembre. Ces modifications concernent notamment la liste de nos sous-traitants "
  "ultérieurs et les transferts hors UE. Aucune action n'est requise de votre part ; la poursuite de "
  "l'utilisation du service vaut acceptation.\n\nL'équipe Systeme.io",
  frm="Systeme.io <news@systeme.io>", to=2, html="alt",
  headers={"List-Id": "Systeme.io annonces <annonces.systeme.io>",
           "List-Unsubscribe": "<https://systeme.io/unsubscribe?u=8f2c1>", "Precedence": "bulk"}),

R("fr-neg-google-workspace-avenant-dpa", [],
  "[Action conseillée] Mise à jour de l'Avenant relatif au traitement des données dans le cloud",
  "Administrateur Google Workspace,\n\nNous vous informons de la mise à jour de l'Avenant relatif au "
  "traitement des données dans le cloud (CDPA). Vous pouvez consulter et accepter cet avenant dans la "
  "console d'administration, section Compte > Paramètres du compte > Conformité juridique.\n\n"
  "Cordialement,\nL'équipe Google Workspace",
  frm="The Google Workspace Team <workspace-noreply@google.com>", to=2, html="alt", headers=AUTO),

R("fr-neg-spam-amende-rgpd", [],
  "⚠️ Votre site est-il en infraction ? Amende jusqu'à 20 000 000 €",
  "Madame, Monsieur,\n\nUn contrôle automatisé de votre site a révélé 7 non-conformités au RGPD. Les "
  "contrôles de la CNIL se multiplient auprès des TPE. Notre juriste peut vous accompagner dès aujourd'hui.\n\n"
  "👉 Réservez votre diagnostic gratuit\n\nPour ne plus recevoir nos offres, répondez STOP.\n"
  "Conformis SAS – 75008 Paris",
  frm="Conformis - Pôle juridique <info@conformis-rgpd.net>", to=2, html="only",
  headers={"List-Unsubscribe": "<mailto:unsubscribe@conformis-rgpd.net>", "Precedence": "bulk"}),

R("fr-neg-phishing-orange-boite-pleine", [],
  "Votre messagerie Orange est saturée – action requise",
  "Cher(e) client(e),\n\nVotre espace de stockage Mail Orange est plein à 98 %. Vos nouveaux messages seront "
  "supprimés sous 24 h. Pour éviter la perte de vos données, confirmez votre identité :\n\n"
  "http://orange-mail-securite.com/verif\n\nL'équipe Orange",
  frm="Orange Messagerie <securite@orange-msg-support.com>", to=1, html="only"),

R("fr-neg-phishing-faux-controle-cnil", [],
  "CNIL – Notification de contrôle n° 2025-4471",
  "Madame,\n\nVotre organisme a été sélectionné pour un contrôle de conformité. Vous devez régler les frais de "
  "dossier de 149 € sous 72 heures via le lien ci-dessous, faute de quoi une sanction sera prononcée.\n\n"
  "https://cnil-controle-dossier.info/paiement\n\nService des contrôles",
  frm="CNIL Contrôles <controle@cnil-france-gouv.info>", to=2),

R("fr-neg-sandra-confirme-effacement", [],
  "Re: Suppression de mes données",
  "Bonjour Madame Barre,\n\nJe vous confirme que votre fiche, vos questionnaires et nos échanges ont été "
  "supprimés de mes fichiers ce jour. Seules les factures sont conservées, comme la loi m'y oblige, pendant "
  "dix ans.\n\nBien cordialement,\nSandra Delomenie\nFloraison de Soi – 06 81 84 21 73",
  frm=SANDRA_FROM_C, to="Hélène Barre <helene.barre@gmail.com>",
  quote=dict(style="gmail_fr", who="Hélène Barre <helene.barre@gmail.com>",
             text="Bonjour, je souhaite que toutes mes données soient supprimées. Merci. H. Barre")),

R("fr-neg-sandra-envoie-export", [],
  "Vos données – export",
  "Bonjour Thomas,\n\nComme demandé, vous trouverez en pièce jointe l'export de vos données (fichier CSV) "
  "issu de l'espace membre. N'hésitez pas à revenir vers moi si quelque chose manque.\n\nBelle journée,\n"
  "Sandra",
  frm=SANDRA_FROM_C, to="Thomas Leclercq <thomas.leclercq@gmail.com>", reply=True,
  attach=[("csv", "export_donnees_TLeclercq.csv",
           "date;type;contenu\n2025-01-14;questionnaire;Estime de soi - score 31/50\n"
           "2025-02-03;objectif;Prendre la parole en reunion\n2025-03-10;seance;Seance 4 - bilan intermediaire\n")]),

R("fr-neg-newsletter-sandra", [],
  "🌿 La lettre d'automne de Floraison de Soi",
  "Bonjour à toutes et à tous,\n\nL'automne invite à ralentir. Ce mois-ci je vous propose deux rendez-vous :\n\n"
  "• Atelier « Poser ses limites sans culpabiliser » – samedi 18 octobre, 9h30-12h30, Issoudun\n"
  "• Cercle de parole en ligne – jeudi 6 novembre, 20h\n\n"
  "Et une petite pratique à emporter : trois respirations lentes avant d'ouvrir vos mails le matin.\n\n"
  "Prenez soin de vous,\nSandra\n\n—\nVous recevez cette lettre car vous vous êtes inscrit(e) sur "
  "floraisondesoi.fr. Se désinscrire : https://floraisondesoi.fr/desinscription",
  frm=SANDRA_FROM_C, to="Abonnés Floraison de Soi <contact@floraisondesoi.fr>", html="alt",
  headers={"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?id=a81f>, "
                               "<mailto:desinscription@floraisondesoi.fr>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

R("fr-neg-sandra-demande-justificatif", [],
  "Re: Demande d'accès",
  "Bonjour Monsieur Pasquet,\n\nJ'ai bien reçu votre demande. Afin de m'assurer que je transmets vos "
  "informations à la bonne personne, pourriez-vous me faire parvenir une copie d'une pièce d'identité ? Je "
  "vous répondrai dès réception, et au plus tard dans le délai d'un mois.\n\nCordialement,\nSandra Delomenie",
  frm=SANDRA_FROM_O, to="Luc Pasquet <luc.pasquet@orange.fr>", mailer="ox",
  quote=dict(style="gmail_fr", who="Luc Pasquet <luc.pasquet@orange.fr>",
             text="Madame, je souhaite obtenir une copie de mes données. Luc Pasquet")),

R("fr-neg-newsletter-cma-rgpd", [],
  "Artisans & commerçants : les rendez-vous de mars",
  "La lettre de la CMA Centre-Val de Loire\n\n• Atelier « RGPD : les obligations du petit entrepreneur » – "
  "mardi 11 mars, Châteauroux\n• Webinaire facturation électronique 2026\n• Aides régionales à la transition "
  "numérique\n\nPour vous désinscrire de cette lettre, cliquez ici.",
  frm="CMA Centre-Val de Loire <newsletter@cma-cvl.fr>", to=2, html="only",
  headers={"List-Id": "<newsletter.cma-cvl.fr>", "List-Unsubscribe": "<https://cma-cvl.fr/unsub?e=3f9a>",
           "Precedence": "bulk"}),

R("fr-neg-fwd-rappel-cest-bien-jeudi", [],
  "TR: Rappel de votre rendez-vous",
  "Bonjour Sandra, j'ai reçu ce rappel mais sur mon agenda j'avais noté vendredi. C'est bien jeudi alors ? "
  "Merci ! Gisèle",
  frm="Gisèle Brun <gisele.brun@laposte.net>", to=0, kind="fwd822",
  inner=dict(frm="Floraison de Soi <no-reply@floraisondesoi.fr>", to="gisele.brun@laposte.net",
             subject="Rappel de votre rendez-vous",
             body="Bonjour Gisèle,\n\nNous vous rappelons votre rendez-vous jeudi à 16h00 avec Sandra "
                  "Delomenie.\n\nEn cas d'empêchement, merci de prévenir 48 h à l'avance.\n",
             filename="Rappel de votre rendez-vous.eml")),

R("fr-neg-fwd-comptable-courrier-urssaf", [],
  "Fwd: Courrier Urssaf – régularisation",
  "Sandra,\n\nJe te transfère le message de l'Urssaf reçu sur mon adresse cabinet. Rien d'inquiétant, c'est "
  "la régularisation annuelle ; je m'en occupe mais j'ai besoin de ton relevé Stripe de décembre.\n\n"
  "Bonne journée,\nPascale Vigier\nCabinet Vigier Expertise Comptable",
  frm="Pascale Vigier <p.vigier@vigier-expertise.fr>", to=1, kind="fwd822",
  inner=dict(frm="Urssaf Centre-Val de Loire <ne-pas-repondre@urssaf.fr>", to="p.vigier@vigier-expertise.fr",
             subject="Régularisation de vos cotisations – Mme Delomenie",
             body="Madame,\n\nSuite au traitement de votre déclaration de revenus, vos cotisations font l'objet "
                  "d'une régularisation. Le détail est disponible dans votre espace.\n")),

R("fr-neg-resalib-rdv-annule", [],
  "Rendez-vous annulé : Damien Rolland - lundi 18h00",
  "Bonjour Sandra Delomenie,\n\nLe rendez-vous suivant a été annulé par le client :\n\nClient : Damien Rolland\n"
  "Prestation : Séance individuelle (1h)\nDate : lundi à 18h00\n\nMotif indiqué : « Je dois supprimer ce "
  "RDV, déplacement pro imprévu. »\n\nLe créneau est de nouveau disponible à la réservation.\n\nL'équipe Resalib",
  frm="Resalib <no-reply@resalib.fr>", to=1, headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-resalib-rappel-agenda-demain", [],
  "Vos rendez-vous de demain",
  "Bonjour Sandra,\n\nVoici vos rendez-vous de demain :\n\n09h30 – Claire Moulin – Séance individuelle\n"
  "11h00 – Patrick Aubert – Séance découverte\n14h00 – Atelier collectif (6 inscrits)\n\nBonne journée !\n"
  "Resalib",
  frm="Resalib <no-reply@resalib.fr>", to=1, html="alt", headers=AUTO),

R("fr-neg-form-spam-crypto", [],
  "[Floraison de Soi] Nouveau message de Maria",
  form("wpforms", [("Nom", "Maria"), ("E-mail", "maria.invest2025@mail.ru"),
                   ("Objet de votre demande", "Accompagnement individuel")],
       "Bonjour ! Gagnez 3 500 € par semaine grâce au trading automatique Bitcoin. Inscription gratuite : "
       "http://bit-profit-auto.xyz/fr Ne manquez pas cette opportunité !!!"),
  frm="Floraison de Soi <wordpress@floraisondesoi.fr>", reply_to="maria.invest2025@mail.ru", to=2),

R("fr-neg-mairie-coupure-eau", [],
  "Avis de coupure d'eau – rue d'Estienne d'Orves",
  "Madame, Monsieur,\n\nEn raison de travaux sur le réseau, l'alimentation en eau sera interrompue le mardi "
  "17 juin de 8h30 à 12h00 rue d'Estienne d'Orves (n° 30 à 60). Nous vous prions de nous excuser pour la "
  "gêne occasionnée.\n\nServices techniques – Ville d'Issoudun",
  frm="Ville d'Issoudun <services.techniques@issoudun.fr>", to=1, headers={"Precedence": "bulk"}),

R("fr-neg-opco-dossier-incomplet", [],
  "Dossier de prise en charge n° 36-2025-00871 : pièces manquantes",
  "Madame,\n\nLe dossier de prise en charge déposé pour l'action « Affirmation de soi en milieu professionnel » "
  "est incomplet. Merci de déposer sur votre espace les feuilles d'émargement signées et le certificat de "
  "réalisation avant le 15 du mois.\n\nOPCO EP – Service gestion",
  frm="OPCO EP <gestion@opcoep.fr>", to=1, headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-qualiopi-audit-surveillance", [],
  "Audit de surveillance Qualiopi – proposition de dates",
  "Bonjour Madame Delomenie,\n\nVotre audit de surveillance Qualiopi doit se tenir avant le 30 novembre. "
  "Nous vous proposons le 4 ou le 18 novembre, à distance. Merci de préparer les indicateurs 1 à 7 et vos "
  "preuves de recueil des appréciations des stagiaires.\n\nCordialement,\nAuditrice – Certif'Formation",
  frm="Certif'Formation <planification@certif-formation.fr>", to=0),

R("fr-neg-impots-avis-disponible", [],
  "Votre avis d'impôt est disponible dans votre espace particulier",
  "Madame,\n\nVotre avis de cotisation foncière des entreprises 2025 est disponible dans votre espace "
  "professionnel sur impots.gouv.fr.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\n"
  "La Direction générale des Finances publiques",
  frm="impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", to=1, headers=AUTO),

R("fr-neg-linkedin-message", [],
  "Vous avez 1 nouveau message",
  "Sandra, vous avez 1 nouveau message de Corinne Baudry, RRH chez Agro Centre :\n\n« Bonjour Sandra, "
  "seriez-vous disponible pour une formation management en janvier ? »\n\nVoir le message\n\n"
  "Vous recevez des notifications de messagerie. Se désabonner.",
  frm="LinkedIn <messages-noreply@linkedin.com>", to=2, html="only",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub?x=1f3>", "Precedence": "bulk"}),

R("fr-neg-sandra-a-notaire-pieces", [],
  "Re: Succession de Mme Colette RAMBAUD – dossier 2025/118",
  "Maître,\n\nSuite à votre courrier, je vous confirme l'arrêt des prélèvements au 1er mars. Vous trouverez "
  "ci-joint la récapitulation des sommes perçues. Le dossier de Mme Rambaud a été clôturé.\n\n"
  "Je vous prie d'agréer, Maître, mes salutations distinguées.\n\nSandra Delomenie",
  frm=SANDRA_FROM_O, to="Office notarial Saulnier <etude.saulnier@notaires.fr>", reply=True, mailer="ox",
  attach=[("pdf", "recapitulatif_Rambaud.pdf", "Floraison de Soi - recapitulatif des reglements\n"
           "Mme Colette Rambaud - 6 prelevements de 80 euros - dernier le 5 fevrier")]),

R("fr-neg-notaire-accuse-reception-auto", [],
  "Accusé de réception – Étude Saulnier",
  "Nous accusons réception de votre courriel, qui sera traité par le collaborateur en charge du dossier. "
  "L'étude est fermée le samedi.\n\nOffice notarial Saulnier & Associés\nMessage automatique.",
  frm="Office notarial Saulnier <etude.saulnier@notaires.fr>", to=1,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-support-systeme-ticket", [],
  "[Ticket #284117] Votre demande a bien été enregistrée",
  "Bonjour Sandra,\n\nNous avons bien reçu votre demande concernant l'export de la liste de contacts "
  "(« Comment exporter mes contacts en CSV ? »). Un membre de l'équipe support vous répondra sous 24 à 48 h.\n\n"
  "Support Systeme.io",
  frm="Support Systeme.io <support@systeme.io>", to=2,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

R("fr-neg-bounce-gmail-inexistant", [],
  "Delivery Status Notification (Failure)",
  "Adresse introuvable\n\nVotre message n'a pas été distribué à nath.rousseaux@gmial.com, car le domaine "
  "gmial.com est introuvable. Vérifiez si l'adresse comporte des fautes de frappe ou des espaces inutiles.\n",
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=2, kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=dsn("nath.rousseaux@gmial.com", "5.1.2", "DNS; domain gmial.com not found", "mx.google.com",
          "Re: Votre inscription à l'atelier")),

R("fr-neg-asso-newsletter-directives-anticipees", [],
  "Lettre n° 42 – Conférence sur les directives anticipées",
  "Chers adhérents,\n\nNotre prochaine conférence portera sur les directives anticipées et la personne de "
  "confiance : comment rédiger ses volontés, à qui les confier, et comment en parler en famille. "
  "Jeudi 20 mars, 18h30, salle Paul-Éluard.\n\nL'équipe de Vivre son Deuil Berry",
  frm="Vivre son Deuil Berry <vivresondeuil.berry@gmail.com>", to=2, html="alt",
  headers={"List-Id": "Adherents VSDB <adherents.vivresondeuil.berry>",
           "List-Unsubscribe": "<mailto:vivresondeuil.berry@gmail.com?subject=desinscription>"}),

R("fr-neg-google-forms-reponse", [],
  "Nouvelle réponse : Questionnaire de satisfaction – atelier",
  "Votre formulaire « Questionnaire de satisfaction – atelier » a reçu une nouvelle réponse.\n\n"
  "Note globale : 5/5\nCe que vous avez préféré : les exercices à deux\nCommentaire : « Merci, j'ai enfin "
  "compris comment m'opposer sans agresser. »\n\nAfficher la réponse\nGoogle Forms",
  frm="Google Forms <forms-receipts-noreply@google.com>", to=2, html="alt", headers=AUTO),

R("fr-neg-orange-facture-dispo", [],
  "Votre facture Orange est disponible",
  "Bonjour,\n\nVotre facture du mois de mars d'un montant de 47,98 € est disponible dans votre Espace Client. "
  "Elle sera prélevée le 12/04.\n\nOrange",
  frm="Orange <facture@orange.fr>", to=1, html="only", headers=AUTO),

R("fr-neg-ovh-renouvellement-domaine", [],
  "Renouvellement de votre domaine floraisondesoi.fr",
  "Bonjour,\n\nVotre nom de domaine floraisondesoi.fr arrive à expiration le 02/09. Le renouvellement "
  "automatique est activé : le montant sera prélevé sur votre moyen de paiement par défaut.\n\n"
  "Rappel : les données WHOIS des particuliers sont masquées conformément au RGPD.\n\nL'équipe OVHcloud",
  frm="OVHcloud <noreply@ovh.net>", to=1, headers=AUTO),

R("fr-neg-sandra-confirme-desinscription", [],
  "Re: désabonnement",
  "Bonjour Madame Lagarde,\n\nC'est fait : votre adresse a été retirée de la liste de diffusion. Vous ne "
  "recevrez plus la lettre d'information.\n\nBelle journée,\nSandra",
  frm=SANDRA_FROM_C, to="Odette Lagarde <odette.lagarde@wanadoo.fr>",
  quote=dict(style="apple_fr", who="Odette Lagarde <odette.lagarde@wanadoo.fr>",
             text="Bonjour, je souhaite me désabonner de votre lettre. O. Lagarde")),

R("fr-neg-calendly-fr-annulation", [],
  "Annulé : Sandra Delomenie - Séance individuelle",
  "Bonjour Sandra,\n\nL'événement ci-dessous a été annulé.\n\nType d'événement : Séance individuelle (60 min)\n"
  "Invité : Laurent Pichon\nE-mail de l'invité : laurent.pichon@gmail.com\n\nMotif de l'annulation :\n"
  "Je retire ma réservation, on se recontacte à la rentrée.\n\nEnvoyé par Calendly",
  frm="Calendly <notifications@calendly.com>", reply_to="laurent.pichon@gmail.com", to=2, html="alt"),
]
