# -*- coding: utf-8 -*-
"""French negatives, part 2 (b51): automatic mail, platforms, her own sent mail, bounces, spam."""
from _rec import R

NL_HTML = """<html><body style="font-family:Georgia,serif;background:#fbf7f2"><table width="600" align="center"><tr><td>
<h1 style="color:#7a4e8c">La lettre de Floraison de Soi</h1>
<p>Bonjour à toutes et à tous,</p>
<p>L'automne s'installe doucement. Ce mois-ci, je vous propose un atelier « Ralentir » le samedi 18 et une soirée de sophro-relaxation le jeudi 23.</p>
<p>Au plaisir de vous retrouver,<br>Sandra</p>
<p style="font-size:11px;color:#888">Vous recevez cette lettre car vous vous êtes inscrit·e sur floraisondesoi.fr. <a href="https://floraisondesoi.fr/desinscription">Se désinscrire</a></p>
</td></tr></table></body></html>
"""

RECORDS = [
R("fr-neg-absence-auto", [], "Marie-Claire Jolivet <mc.jolivet@cc-champagne-berrichonne.fr>",
  "Réponse automatique : Proposition d'intervention",
"""Bonjour,

Je suis absente du bureau jusqu'au 26 août inclus, sans accès à ma messagerie. Pour toute urgence, merci de contacter l'accueil au 02 54 03 14 00.

Cordialement,
Marie-Claire Jolivet""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

# NEAR-LINE: auto-reply listing GDPR rights -> negative
R("fr-neg-autoreponse-droits-rgpd", [], "Mutuelle Santé Berry <ne-pas-repondre@mutuelle-sante-berry.fr>",
  "Accusé de réception de votre message",
"""Madame, Monsieur,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données. Pour les exercer : dpo@mutuelle-sante-berry.fr.

Ceci est un message automatique, merci de ne pas y répondre.""",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, html="alt"),

R("fr-neg-bounce-newsletter", [], "Mail Delivery System <MAILER-DAEMON@mo541.mail-out.ovh.net>",
  "Undelivered Mail Returned to Sender",
"""Ceci est un message du serveur de messagerie mo541.mail-out.ovh.net.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Adresse introuvable.""",
  shape="bounce", rcpt="helene.bastide@wanadoo.fr",
  orig={"subject": "La lettre de Floraison de Soi — novembre", "body": "Bonjour,\nVoici les rendez-vous de novembre.\nSandra"}),

R("fr-neg-bounce-boite-pleine", [], "Mail Delivery Subsystem <mailer-daemon@orange.fr>",
  "Échec de la remise du message",
"""Le message envoyé à jp.morin@orange.fr n'a pas pu être délivré : la boîte du destinataire est pleine.""",
  shape="bounce", rcpt="jp.morin@orange.fr", status="4.2.2", mta="smtp.orange.fr",
  diag="552 4.2.2 Mailbox full", to="orange",
  orig={"from": "Sandra Delomenie <sandra.delomenie@orange.fr>", "subject": "Re: Demande d'effacement de vos données",
        "body": "Bonjour Monsieur Morin,\nJe vous confirme l'effacement de vos données.\nSandra Delomenie"}),

R("fr-neg-stripe-paiement", [], "Stripe <notifications@stripe.com>",
  "Paiement de 240,00 € reçu de Valérie Simonnet",
"""Vous avez reçu un paiement de 240,00 € EUR.

Client : valerie.simonnet@gmail.com
Description : Accompagnement individuel — forfait 4 séances
ID du paiement : py_3Pq8aZK2eZvKYlo21Tq0Xy7b

Consultez le paiement dans votre Dashboard Stripe.""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-systemeio-nouvel-abonne", [], "Systeme.io <no-reply@systeme.io>",
  "Nouveau contact inscrit : formulaire « Guide gratuit Respirer »",
"""Bonjour Sandra,

Un nouveau contact vient de s'inscrire via votre page de capture « Guide gratuit Respirer ».
Email : t.guillemin@gmail.com
Tags : guide-respirer, newsletter

L'équipe Systeme.io""", html="html", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-systemeio-reset", [], "Systeme.io <no-reply@systeme.io>",
  "Réinitialisation de votre mot de passe",
"""Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte. Cliquez sur le lien ci-dessous (valable 1 heure) :
https://systeme.io/dashboard/reset-password?token=8f2c1a7e

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-google-alerte-securite", [], "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
"""Nouvelle connexion à votre compte Google
contact@floraisondesoi.fr

Nous avons détecté une nouvelle connexion à votre compte sur un appareil Windows. Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.""",
  html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-calendly-nouvel-evenement", [], "Calendly <notifications@calendly.com>",
  "Nouvel événement : Josselin Marais - Séance découverte 30 min",
"""Bonjour Sandra Delomenie,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte 30 min
Invité : Josselin Marais
E-mail de l'invité : josselin.marais@gmail.com
Date/heure : 14:00 - mardi 9 septembre 2025 (heure d'Europe centrale)

Voir l'événement dans Calendly""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-calendly-annulation", [], "Calendly <notifications@calendly.com>",
  "Annulé : Agathe Simon - Séance de suivi 1h",
"""Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.
Invitée : Agathe Simon
Motif de l'annulation : « Je dois supprimer ce créneau, désolée, je reprendrai un rdv plus tard »

Calendly""", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-zoom-enregistrement", [], "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
"""Bonjour Sandra,

L'enregistrement cloud de votre réunion « Webinaire Gérer son stress au travail » est maintenant disponible.
Durée : 1:12:44
Partagez l'enregistrement avec les participants ou téléchargez-le depuis votre espace Zoom.

Les enregistrements seront automatiquement supprimés après 30 jours.""", html="html", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-qonto-transaction", [], "Qonto <noreply@qonto.com>",
  "Nouvelle transaction : +350,00 €",
"""Bonjour Sandra,

Un virement entrant de 350,00 € a été crédité sur votre compte Floraison de Soi.
Émetteur : FONDERIE DU BERRY
Référence : FACT-2025-118

Pensez à ajouter le justificatif dans Qonto.""", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-urssaf-declaration", [], "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est disponible",
"""Madame DELOMENIE Sandra,

Votre déclaration de chiffre d'affaires du 3e trimestre est à effectuer avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Cordialement,
Votre Urssaf

Ce message est envoyé automatiquement, merci de ne pas y répondre.""", headers={"Auto-Submitted": "auto-generated"}, to="orange"),

R("fr-neg-paypal-paiement", [], "service@paypal.fr",
  "Vous avez reçu un paiement",
"""Bonjour Sandra Delomenie,

Vous avez reçu 45,00 EUR de Romane Faure.
Note de Romane : « atelier du 15, merci ! »
Numéro de transaction : 7XK02933LP418652V

PayPal""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

# NEAR-LINE: vendor privacy/DPA notice -> negative
R("fr-neg-brevo-dpa", [], "Brevo <info@product.brevo.com>",
  "Mise à jour de notre accord de traitement des données (DPA)",
"""Bonjour,

Nous mettons à jour notre accord de traitement des données (DPA) et notre politique de confidentialité, avec effet au 1er juin. Ces modifications concernent notamment la liste de nos sous-traitants ultérieurs.

Aucune action n'est requise de votre part. En continuant d'utiliser Brevo, vous acceptez les conditions mises à jour.

L'équipe Brevo""", html="alt", headers={"List-Id": "Brevo product updates <product.brevo.com>",
  "List-Unsubscribe": "<https://unsubscribe.brevo.com/u/x8Hq2>", "Precedence": "bulk"}),

R("fr-neg-brevo-rapport-campagne", [], "Brevo <notifications@brevo.com>",
  "Rapport de campagne : « La lettre d'octobre »",
"""Votre campagne « La lettre d'octobre » a été envoyée à 412 contacts.
Taux d'ouverture : 48,2 %
Désinscriptions : 3
Hard bounces : 2

Consultez le rapport détaillé dans votre compte.""", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-ovh-politique-confidentialite", [], "OVHcloud <noreply@ovh.com>",
  "Évolution de notre politique de confidentialité",
"""Madame, Monsieur,

Nous vous informons de la mise à jour de notre politique de protection des données personnelles. Vous pouvez la consulter sur votre espace client. Vous disposez de droits sur vos données, que vous pouvez exercer auprès de notre DPO.

OVHcloud""", headers={"Auto-Submitted": "auto-generated"}),

# NEAR-LINE: compliance spam quoting RGPD fines -> negative
R("fr-neg-spam-conformite", [], "Service Conformité RGPD <alerte@mise-en-conformite-rgpd.info>",
  "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
"""Madame, Monsieur,

Après analyse, votre site internet présente des manquements graves au RGPD (absence de registre, bandeau cookies non conforme). Vous vous exposez à une amende pouvant atteindre 20 000 000 €.

Régularisez votre situation sous 72 h en souscrivant à notre pack conformité (349 € HT) : https://mise-en-conformite-rgpd.info/pack

Service Conformité""", html="html"),

R("fr-neg-phishing-orange", [], "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera supprimée sous 24h",
"""Cher client Orange,

Votre espace de stockage est saturé. Pour éviter la suppression de votre boîte et de vos données, veuillez confirmer votre identité en accédant à votre espace :
http://orange-messagerie-verif.com/login

Service Client Orange""", to="orange", html="html"),

R("fr-neg-phishing-cnil-faux", [], "CNIL - Service des sanctions <sanctions@cnil-gouv-notification.com>",
  "Avis de contrôle - dossier n° 2025-4471",
"""Madame,

Suite à une plainte déposée à votre encontre, un contrôle de votre conformité est programmé. Merci de télécharger et remplir le formulaire joint sous 48 heures pour éviter une sanction.

Télécharger le dossier : http://cnil-gouv-notification.com/dossier.zip""", html="html"),

# NEAR-LINE: her own sent mail confirming an erasure -> negative
R("fr-neg-envoye-confirmation-effacement", [], "Sandra Delomenie <contact@floraisondesoi.fr>",
  "Re: Suppression de mes données",
"""Bonjour Monsieur Perret,

Comme suite à votre demande, je vous confirme que vos données personnelles ont été supprimées de mon fichier clients, de la plateforme de formation et de la liste de diffusion.

Bien cordialement,
Sandra Delomenie
Floraison de Soi — 06 81 84 21 73""", to="Antoine Perret <antoine.perret@gmail.com>",
  quote={"style": "gmail", "who": "Antoine Perret <antoine.perret@gmail.com>", "text": """Bonjour, je vous demande de supprimer toutes mes données personnelles. Merci. Antoine Perret"""}),

# NEAR-LINE: her own sent mail sending an export (quotes an access/portability request) -> negative
R("fr-neg-envoye-export-csv", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Votre export de données",
"""Bonjour Madame Leclerc,

Vous trouverez ci-joint, comme demandé, l'export de vos données (séances, objectifs, bilans) au format CSV, ainsi qu'un récapitulatif en PDF des informations que je détiens vous concernant.

N'hésitez pas à revenir vers moi si quelque chose manque.

Sandra Delomenie""", to="Martine Leclerc <martine.leclerc@free.fr>",
  attach=[("export_M_Leclerc.csv", "date;type;objectif;bilan\n2025-01-14;seance;confiance en soi;en cours\n2025-02-04;seance;prise de parole;atteint\n"),
          ("recapitulatif_donnees.pdf", "Recapitulatif des donnees detenues - Martine Leclerc")],
  quote={"style": "gmail", "who": "Martine Leclerc <martine.leclerc@free.fr>", "text": """Bonjour Sandra, pouvez-vous m'envoyer toutes mes données dans un fichier ? Merci, Martine"""}),

R("fr-neg-envoye-newsletter", [], "Sandra de Floraison de Soi <contact@floraisondesoi.fr>",
  "La lettre de Floraison de Soi — octobre",
"""Bonjour à toutes et à tous,

L'automne s'installe doucement. Ce mois-ci, je vous propose un atelier « Ralentir » le samedi 18 et une soirée de sophro-relaxation le jeudi 23.

Au plaisir de vous retrouver,
Sandra

Vous recevez cette lettre car vous vous êtes inscrit·e sur floraisondesoi.fr. Se désinscrire : https://floraisondesoi.fr/desinscription""",
  to="contact_bare", html="alt", html_body=NL_HTML,
  headers={"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:desinscription@floraisondesoi.fr>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

R("fr-neg-envoye-confirmation-rectif", [], "Sandra Delomenie <contact@floraisondesoi.fr>",
  "Re: Erreur dans ma fiche",
"""Bonjour Éloïse,

C'est corrigé, votre date de naissance est désormais la bonne dans votre fiche (14/07/1989). Je vous renvoie la fiche d'inscription mise à jour.

Belle journée,
Sandra""", to="Éloïse Marsac <eloise.marsac@laposte.net>",
  quote={"style": "gmail", "who": "Éloïse Marsac <eloise.marsac@laposte.net>", "text": """Bonjour Sandra,
Ma date de naissance est le 14/07/1989 et non le 17/04/1989. Vous pouvez corriger ?
Éloïse"""}),

# NEAR-LINE: her own sent mail asking the requester for ID, quoting the request -> negative
R("fr-neg-envoye-demande-justificatif", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Re: Données de ma fille Lou",
"""Bonjour Madame Delaunay,

J'ai bien reçu votre demande. Afin de la traiter, pourriez-vous me transmettre un justificatif de l'autorité parentale (livret de famille ou équivalent) ? Je procéderai à l'effacement dès réception.

Bien à vous,
Sandra Delomenie""", to="Karine Delaunay <karine.delaunay71@gmail.com>",
  quote={"style": "outlook", "who": "Karine Delaunay <karine.delaunay71@gmail.com>", "to": "sandra.delomenie@orange.fr", "text": """Bonjour,
Je vous demande d'effacer toutes les informations concernant ma fille Lou (14 ans).
Karine Delaunay"""}),

# NEAR-LINE: thank-you in Outlook style above her confirmation of access -> negative
R("fr-neg-merci-outlook-acces-recu", [], "Gérard Poupinel <gerard.poupinel@wanadoo.fr>",
  "RE: Votre dossier",
"""Bien reçu, merci Madame. Tout est en ordre maintenant.
G. Poupinel""", quote={"style": "outlook", "who": "Sandra Delomenie <contact@floraisondesoi.fr>", "text": """Monsieur Poupinel,

Veuillez trouver ci-joint la copie de votre dossier. J'ai également corrigé l'orthographe de votre nom dans mes fichiers.

Sandra Delomenie"""}),

# NEAR-LINE: thank-you above her own message quoting a withdrawal -> negative
R("fr-neg-merci-apple-retrait-photo", [], "Mélanie Guérin <melanie.guerin@icloud.com>",
  "Re: Photo de groupe atelier du 12",
"""Super, merci beaucoup d'avoir fait si vite !

Envoyé de mon iPhone""", quote={"style": "apple", "who": "Sandra Delomenie <contact@floraisondesoi.fr>", "text": """Bonjour Mélanie,

La photo a été retirée d'Instagram et du site. Votre retrait de consentement est bien noté.

Sandra"""}),

# NEAR-LINE: forwarded platform receipt (message/rfc822) with an invoice question -> negative
R("fr-neg-transfert-recu-systemeio", [], "Pauline Girard <pauline.girard@gmail.com>",
  "Tr: Votre reçu Systeme.io",
"""Bonjour Sandra,

Je vous transfère le reçu de mon achat du programme. Le montant ne correspond pas à ce qui était affiché (97 € au lieu de 79 €). Pouvez-vous regarder ?

Pauline""", inner={"from": "Systeme.io <no-reply@systeme.io>", "to": "pauline.girard@gmail.com",
  "subject": "Votre reçu de paiement", "body": "Merci pour votre achat !\nProduit : Programme 30 jours pour soi\nMontant : 97,00 EUR\nVendeur : Floraison de Soi"}),

R("fr-neg-transfert-comptable", [], "Cabinet Lemaire Expertise <c.lemaire@lemaire-expertise.fr>",
  "TR: Relevé Qonto septembre",
"""Bonjour Sandra,

Il me manque trois justificatifs pour septembre (voir relevé ci-dessous). Pouvez-vous les déposer sur l'espace partagé ? Par ailleurs, pensez à supprimer les doublons dans le dossier « factures 2025 ».

Christine Lemaire
Expert-comptable""", quote={"style": "fwd", "who": "Qonto <noreply@qonto.com>", "to": "c.lemaire@lemaire-expertise.fr", "subj": "Relevé de compte — septembre", "text": """Votre relevé de compte de septembre est disponible.
Transactions sans justificatif : 3"""}),

R("fr-neg-cnil-newsletter", [], "CNIL <lettre-info@cnil.fr>",
  "La lettre d'information de la CNIL",
"""Au sommaire ce mois-ci :
- Professionnels indépendants : les bons réflexes pour répondre à une demande d'accès
- Durées de conservation : le nouveau référentiel
- Sanctions : bilan de l'année

Pour vous désinscrire, rendez-vous sur cnil.fr.""", html="alt",
  headers={"List-Id": "Lettre d'information CNIL <lettre-info.cnil.fr>", "List-Unsubscribe": "<https://www.cnil.fr/fr/desinscription>", "Precedence": "bulk"}),

R("fr-neg-collegue-coach-conseil", [], "Laure Sabatier <laure.sabatier.coach@gmail.com>",
  "Question RGPD entre collègues",
"""Coucou Sandra,

Une cliente me demande de supprimer ses notes de séance mais elle a encore une facture impayée. Tu fais comment toi dans ce cas ? Tu gardes tout jusqu'au paiement ? J'ai un peu peur de mal faire.

Bises, Laure"""),

R("fr-neg-linkedin", [], "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, vous avez 3 nouvelles invitations",
"""Vous avez 3 nouvelles invitations en attente.

Armelle Texier — Consultante RH
Paul Martin — Dirigeant PME
Léa Vincent — Sophrologue

Afficher les invitations""", html="html", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>", "Precedence": "bulk"}),

R("fr-neg-wix-formulaire-inscription", [], "Formulaire site Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Coralie Daguet",
"""Nom : Coralie Daguet
Email : coralie.daguet@gmail.com
Sujet : Inscription atelier

Message :
Bonjour, reste-t-il de la place pour l'atelier du 7 ? Je voudrais m'inscrire avec ma soeur. Mes informations : Coralie Daguet, 06 55 18 90 27.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  reply_to="Coralie Daguet <coralie.daguet@gmail.com>", headers={"X-Mailer": "WPForms"}),

# NEAR-LINE: "supprimer" an attachment she sent by mistake (not personal data about self) -> negative
R("fr-neg-supprimer-mauvais-fichier", [], "Agathe Rivière <agathe.riviere@gmail.com>",
  "oups",
"""Sandra, je me suis trompée de pièce jointe dans mon mail de ce matin, c'était le document de travail de mon mari ! Tu peux le supprimer sans l'ouvrir ? Je t'envoie le bon ce soir.
Agathe"""),

R("fr-neg-merci-seance", [], "Jacqueline Morin <jacqueline.morin36@orange.fr>",
  "Merci",
"""Bonjour Sandra,

Un grand merci pour la séance d'hier. Je suis repartie légère, et j'ai dormi comme un bébé. À dans quinze jours !

Jacqueline""", html="html"),

R("fr-neg-ancien-client-nouvelles", [], "Arthur Lenoir <arthur.lenoir@gmail.com>",
  "Des nouvelles",
"""Bonjour Sandra,

Deux ans après notre travail sur ma reconversion, je voulais vous dire que j'ai ouvert ma boulangerie à Levroux ! Vous aviez raison, il fallait oser. Si vous passez, le café est offert.

Arthur""", attach=[("boulangerie.png", "photo")]),

R("fr-neg-sms-style-rdv", [], "Lola <lola.ferrant@gmail.com>",
  "rdv",
"""coucou sandra dispo samedi matin pr la seance ? sinon lundi aprem. bisous lola"""),

# NEAR-LINE: subject-only mail with empty body, but it's a booking question -> negative
R("fr-neg-objet-seul-question-place", [], "Raphaël Dumont <raphael.dumont@free.fr>",
  "Encore de la place pour le stage de sophro du 14 ?", "", empty_body=True),

R("fr-neg-demande-devis-entreprise", [], "Céline Hamon — Hamon Menuiserie <celine@hamon-menuiserie.fr>",
  "Devis team building",
"""Bonjour,

Nous aimerions organiser une demi-journée de cohésion d'équipe pour nos 14 salariés en mars. Pourriez-vous nous envoyer une proposition et vos tarifs ? Nous pouvons accueillir dans nos locaux à Issoudun.

Céline Hamon
Hamon Menuiserie""", html="alt"),

# NEAR-LINE: "retirer" a name from a group photo caption of someone else? no: client asks to remove from WhatsApp group (not data, a group membership) -> negative
R("fr-neg-retirer-groupe-whatsapp", [], "Sylvain Carré <sylvain.carre@gmail.com>",
  "Groupe WhatsApp de la promo",
"""Bonjour Sandra,
La formation est terminée, tu peux me retirer du groupe WhatsApp de la promo quand tu auras deux minutes ? Je ne le lis plus. Merci pour tout !
Sylvain"""),

R("fr-neg-qualiopi-audit", [], "Certif'Qualité Audit <planification@certifqualite-audit.fr>",
  "Planification de votre audit de surveillance Qualiopi",
"""Madame Delomenie,

Votre audit de surveillance Qualiopi est programmé le 12 février à 9h00 (à distance). Merci de préparer les preuves relatives aux indicateurs 1 à 32, notamment les évaluations des stagiaires et les conventions.

L'équipe planification""", attach=[("ordre_du_jour_audit.pdf", "Ordre du jour - audit de surveillance Qualiopi - Floraison de Soi")]),
]
