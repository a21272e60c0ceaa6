# French negatives, part 2: auto-replies, bounces, newsletters and notifications, her own sent mail,
# vendor GDPR notices, RGPD spam and phishing.
from common import R, SANDRA, CONTACT

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]


def LU(listid, unsub_url, unsub_mail=None):
    v = "<%s>" % unsub_url if not unsub_mail else "<mailto:%s>, <%s>" % (unsub_mail, unsub_url)
    return [("List-Id", listid), ("List-Unsubscribe", v),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


RECORDS = [
R("n-fr-auto-absence", [], "fr", "Claire Vasseur <claire.vasseur@gmail.com>", "Réponse automatique : Votre séance de jeudi",
"""Bonjour,

Je suis absente du 4 au 18 août inclus, sans accès à mes mails. Je vous répondrai à mon retour.

Claire Vasseur
""", hdr=AUTO),

R("n-fr-auto-rh", [], "fr", "Service RH – Berry Logistique <rh@groupe-berry-logistique.fr>", "Accusé de réception : Convention de formation",
"""Ceci est un message automatique.

Nous accusons réception de votre message. Il sera traité dans un délai de 5 jours ouvrés. Pour toute question relative à vos données personnelles, contactez dpo@groupe-berry-logistique.fr.

Merci de ne pas répondre à ce message.
""", hdr=[("Auto-Submitted", "auto-replied")], shape="alt"),

R("n-fr-auto-conges-suppr", [], "fr", "Nicolas Brun <nicolas.brun@cabinet-brun.fr>", "Absent : Re: Devis formation",
"""Bonjour,

Je suis en congés jusqu'au 2 janvier. Votre message ne sera pas transféré et sera supprimé à mon retour : merci de le renvoyer après cette date ou de contacter mon assistante, Mme Roy, au 02 54 03 XX XX.

Cordialement,
Nicolas Brun
""", hdr=AUTO),
# NEAR-LINE: auto-reply that mentions deletion of mail -> negative.

R("ca-n-auto-vacances", [], "fr-CA", "Geneviève Tremblay <gen.tremblay@videotron.ca>", "Réponse automatique: Re: Mon dossier",
"""Bonjour! Je suis en vacances jusqu'au 15 juillet avec un accès limité à mes courriels. Je vous reviens dès mon retour. Bonne journée!
""", hdr=AUTO),

R("n-fr-bounce-orange", [], "fr", "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>", "Undelivered Mail Returned to Sender",
"""Ce message a été généré automatiquement par le système de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<karim.haddad@orange.fr> : boîte aux lettres inexistante
""", kind="bounce", orig_to="karim.haddad@orange.fr", orig_subj="Re: nouveau numero",
  diag="smtp; 550 5.1.1 <karim.haddad@orange.fr>: Recipient address rejected: User unknown"),

R("n-fr-bounce-suppression", [], "fr", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
"""Adresse introuvable

Votre message n'a pas pu être distribué à mathilde.bertin@sfr.fr, car l'adresse est introuvable ou ne peut pas recevoir de messages.
""", kind="bounce", orig_to="mathilde.bertin@sfr.fr", orig_subj="Confirmation de la suppression de vos données",
  diag="smtp; 550 5.1.1 The email account that you tried to reach does not exist"),
# NEAR-LINE: bounce whose original subject talks about deleting data -> negative.

R("n-fr-bounce-quota", [], "fr", "MAILER-DAEMON <MAILER-DAEMON@mx.laposte.net>", "Échec de la remise du message",
"""Votre message à nadia.belkacem@laposte.net n'a pas pu être remis : la boîte du destinataire est pleine. Nouvelle tentative abandonnée après 5 jours.
""", kind="bounce", orig_to="nadia.belkacem@laposte.net", orig_subj="Re: Qui a eu mes coordonnées ?",
  diag="smtp; 552 5.2.2 Mailbox full"),

R("n-fr-stripe-virement", [], "fr", "Stripe <notifications@stripe.com>", "Votre virement de 842,50 € est en route",
"""Bonjour Floraison de Soi,

Un virement de 842,50 € a été initié vers votre compte bancaire se terminant par 4471. Il devrait arriver d'ici 2 jours ouvrés.

Consulter le détail du virement dans le Dashboard.

Vous recevez cet e-mail car vous êtes administrateur de ce compte Stripe. Modifier vos préférences de notification.
Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Irlande
""", shape="html", hdr=LU("<notifications.stripe.com>", "https://dashboard.stripe.com/settings/user")),

R("n-fr-systemeio-desinscrit", [], "fr", "Systeme.io <no-reply@systeme.io>", "Un contact s'est désabonné de votre liste",
"""Bonjour Sandra,

Le contact pascal.renou@gmail.com s'est désabonné de votre liste « Newsletter Floraison de Soi » le 12/09/2025 à 08:41.

Nombre de contacts actifs : 1 284

L'équipe Systeme.io
Se désinscrire des notifications
""", shape="html", hdr=LU("<notifications.systeme.io>", "https://systeme.io/dashboard/settings/notifications")),
# NEAR-LINE: platform notification that someone unsubscribed (already processed) -> negative.

R("n-fr-systemeio-vente", [], "fr", "Systeme.io <no-reply@systeme.io>", "🎉 Nouvelle vente : Parcours « Racines & Ailes »",
"""Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Parcours « Racines & Ailes » (paiement en 3 fois)
Client : marie.lefort@gmail.com
Montant : 99,00 €

Accéder à votre tableau de bord
""", shape="html", hdr=LU("<notifications.systeme.io>", "https://systeme.io/dashboard/settings/notifications")),

R("n-fr-google-stockage", [], "fr", "Google <no-reply@accounts.google.com>", "Votre espace de stockage Google est presque saturé",
"""Bonjour Sandra,

Vous avez utilisé 92 % de vos 15 Go d'espace de stockage. Lorsque votre espace sera saturé, vous ne pourrez plus importer de fichiers dans Google Drive ni recevoir d'e-mails dans Gmail.

Libérez de l'espace en supprimant des fichiers ou passez à Google One.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", shape="html", hdr=[("List-Unsubscribe", "<https://myaccount.google.com/notifications>"), ("Precedence", "bulk")]),

R("n-fr-calendly-nouveau", [], "fr", "Calendly <notifications@calendly.com>", "Nouvel événement : Aline Bonnet – Séance découverte 30 min",
"""Bonjour Sandra,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte 30 min
Invité : Aline Bonnet
E-mail de l'invité : aline.bonnet@gmail.com
Date : lundi 17 novembre 2025, 10:00 (heure de Paris)

Voir l'événement dans Calendly
""", shape="alt", att=[("ics", "invite.ics")], hdr=LU("<calendly.com>", "https://calendly.com/app/notifications")),

R("n-fr-zoom-enregistrement", [], "fr", "Zoom <no-reply@zoom.us>", "L'enregistrement cloud est maintenant disponible",
"""Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Webinaire – Oser dire non » est maintenant disponible.

Durée : 01:32:18
Cet enregistrement sera supprimé automatiquement dans 30 jours conformément à vos paramètres.

Partager l'enregistrement | Gérer vos enregistrements
""", shape="html", hdr=LU("<zoom.us>", "https://zoom.us/profile/setting?tab=notifications")),

R("n-fr-banque", [], "fr", "Crédit Agricole Centre Loire <ne-pas-repondre@credit-agricole.fr>", "Votre relevé de compte est disponible",
"""Madame DUMOT DELOMENIE,

Votre relevé de compte professionnel du mois d'octobre est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Crédit Agricole Centre Loire
""", shape="html", hdr=LU("<info.credit-agricole.fr>", "https://www.credit-agricole.fr/desabonnement")),

R("n-fr-urssaf", [], "fr", "Urssaf <ne-pas-repondre@urssaf.fr>", "Votre déclaration de chiffre d'affaires trimestrielle",
"""Madame,

Nous vous rappelons que votre déclaration de chiffre d'affaires du 3e trimestre 2025 est à effectuer avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Ce message vous est adressé automatiquement, merci de ne pas y répondre.

Votre Urssaf
""", shape="alt", hdr=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),

R("n-fr-coach-newsletter", [], "fr", "Isabelle de L'Écrin Coaching <bonjour@lecrin-coaching.fr>", "☕ Le café du dimanche : et si on arrêtait de tout contrôler ?",
"""Bonjour à toi,

Cette semaine, je te parle de lâcher-prise. Pas celui des posters Instagram : le vrai, celui qui fait peur.

[...]

Tu reçois ce mail parce que tu t'es inscrite au Café du dimanche. Pour te désinscrire, clique ici. Conformément au RGPD, tu peux accéder à tes données, les modifier ou les supprimer à tout moment.
""", shape="html", hdr=LU("<cafe-du-dimanche.lecrin-coaching.fr>", "https://lecrin-coaching.fr/unsubscribe?u=8812", "unsubscribe@lecrin-coaching.fr")),
# NEAR-LINE: another coach's newsletter footer mentions rights -> negative.

R("n-fr-cnil-newsletter", [], "fr", "CNIL <lettre-information@cnil.fr>", "La lettre de la CNIL – Droits des personnes : les nouveautés",
"""Lettre d'information de la CNIL

• Droit d'accès : la CNIL publie une nouvelle fiche pratique pour les professionnels
• Prospection commerciale : rappel des règles sur le consentement
• Sanctions : bilan des contrôles de l'année

Vous recevez ce message car vous êtes abonné(e) à la lettre d'information de la CNIL. Se désabonner.
""", shape="html", hdr=LU("<lettre.cnil.fr>", "https://www.cnil.fr/fr/desabonnement-lettre")),

R("n-fr-qonto-like-malt", [], "fr", "Malt <hello@malt.fr>", "3 nouveaux projets de formation correspondent à votre profil",
"""Bonjour Sandra,

Nous avons trouvé 3 missions qui pourraient vous intéresser :
- Formation gestion du stress – 2 jours – Tours
- Coaching d'équipe – Orléans
- Atelier QVT – en ligne

Modifier mes alertes | Se désabonner
""", shape="html", hdr=LU("<alerts.malt.fr>", "https://www.malt.fr/notifications/unsubscribe")),

R("n-fr-linkedin", [], "fr", "LinkedIn <messages-noreply@linkedin.com>", "Sandra, vous apparaissez dans 14 recherches cette semaine",
"""Sandra, vous apparaissez dans 14 recherches cette semaine.

Découvrez qui a consulté votre profil.

Se désabonner : vous recevez des e-mails de notification de LinkedIn.
""", shape="html", hdr=LU("<notifications.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe")),

R("n-fr-ovh-facture", [], "fr", "OVHcloud <noreply@ovh.com>", "Votre facture FR51247883 est disponible",
"""Bonjour,

Votre facture FR51247883 d'un montant de 47,88 € TTC (hébergement Perso + nom de domaine floraisondesoi.fr) est disponible dans votre espace client.

OVHcloud
""", shape="alt", hdr=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]),

R("n-fr-systemeio-rgpd-notice", [], "fr", "Systeme.io <legal@systeme.io>", "Mise à jour de notre politique de confidentialité et de notre DPA",
"""Bonjour,

Nous mettons à jour notre politique de confidentialité ainsi que notre accord de traitement des données (DPA) à compter du 1er février 2026. Ces modifications précisent la liste de nos sous-traitants ultérieurs et les garanties applicables aux transferts hors UE.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io, vous acceptez ces nouvelles conditions.

L'équipe Systeme.io
""", shape="html", hdr=LU("<legal.systeme.io>", "https://systeme.io/unsubscribe")),

R("n-fr-orange-rgpd-notice", [], "fr", "Orange <information@orange.fr>", "Vos données personnelles : ce qui change",
"""Madame,

Nous faisons évoluer notre politique de protection des données personnelles. Vous pouvez à tout moment exercer vos droits d'accès, de rectification, d'effacement et d'opposition depuis votre Espace Client, rubrique « Mes données personnelles ».

Orange
""", shape="html", hdr=LU("<information.orange.fr>", "https://r.orange.fr/desabonnement")),

R("n-fr-spam-rgpd-amende", [], "fr", "Conformité RGPD Services <contact@mise-en-conformite-rgpd.info>", "URGENT : votre site n'est pas conforme au RGPD – amende jusqu'à 20 000 000 €",
"""Madame, Monsieur,

Suite à une analyse automatique de votre site floraisondesoi.fr, nous avons détecté 7 non-conformités au Règlement Général sur la Protection des Données.

Vous vous exposez à une sanction pouvant atteindre 20 millions d'euros. Mettez-vous en conformité dès aujourd'hui grâce à notre pack « Registre + DPO externalisé » à 49 €/mois.

👉 Cliquez ici pour supprimer le risque
""", shape="html", hdr=[("Reply-To", "commercial@rgpd-pack-pro.biz")]),

R("n-fr-phishing-orange", [], "fr", "Orange Messagerie <securite@orange-messagerie-verif.com>", "Votre boîte mail sera supprimée sous 24h",
"""Cher(e) client(e),

Suite à une mise à jour de nos conditions RGPD, votre compte de messagerie sandra.delomenie@orange.fr doit être vérifié. Sans action de votre part, votre boîte et toutes vos données seront supprimées dans les 24 heures.

Vérifier mon compte maintenant

Service Client Orange
""", shape="html"),

R("n-fr-spam-registre", [], "fr", "Annuaire des Entreprises RGPD <registre@registre-national-rgpd.fr>", "Dernier avis : inscription au registre RGPD obligatoire",
"""DERNIER AVIS AVANT MISE EN DEMEURE

Votre entreprise FLORAISON DE SOI (SIRET 8xx xxx xxx 00017) n'est pas inscrite au Registre National de Conformité RGPD. L'inscription est obligatoire pour toutes les entreprises traitant des données clients.

Frais d'inscription : 289 € HT. Formulaire ci-joint à retourner sous 8 jours.
""", att=[("pdf", "formulaire_inscription_registre.pdf")]),

R("n-fr-sent-copie-donnees", [], "fr", SANDRA, "Copie de vos données",
"""Bonjour Monsieur Benoit,

Suite à votre demande d'accès du 28 mai, vous trouverez ci-joint l'ensemble des données que je détiens vous concernant (fiche client, factures, questionnaire d'entrée).

Je reste à votre disposition.

Sandra Dumot-Deloménie
Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun
06 81 84 21 73
""", to="Patrick Benoit <patrick.benoit@orange.fr>", att=[("csv", "donnees_P_Benoit.csv")]),
# NEAR-LINE: her own sent mail answering a request -> negative.

R("n-fr-sent-confirm-suppr", [], "fr", SANDRA, "Confirmation de la suppression de vos données",
"""Bonjour Mathilde,

Je vous confirme avoir supprimé vos données de mes fichiers, à l'exception des factures que je suis tenue de conserver.

Belle continuation,
Sandra
""", to="mathilde.bertin@sfr.fr"),

R("n-fr-sent-newsletter", [], "fr", CONTACT, "🌸 La lettre de Floraison de Soi – Novembre",
"""Bonjour à toutes et à tous,

Novembre, le mois où la nature nous apprend à lâcher ce qui n'est plus utile. Et si vous faisiez de même ?

• Atelier « Trier, alléger, respirer » le 22 novembre à Issoudun
• Nouveau : le parcours en ligne « Racines & Ailes »

Vous recevez cette lettre car vous êtes inscrit(e) à la newsletter de Floraison de Soi. Se désinscrire.
""", to="newsletter@floraisondesoi.fr", shape="html",
  hdr=LU("<newsletter.floraisondesoi.fr>", "https://floraisondesoi.systeme.io/unsubscribe")),

R("n-fr-sent-devis", [], "fr", SANDRA, "Devis formation gestion du stress",
"""Bonjour Madame Vidal,

Comme convenu, veuillez trouver ci-joint le devis pour la formation « Gérer son stress au quotidien » (2 jours, 8 participants). Il est valable 21 jours.

Bien cordialement,
Sandra Dumot-Deloménie
""", to="Céline Vidal <c.vidal@groupe-berry-logistique.fr>", att=[("pdf", "Devis_2025-044.pdf")]),

R("n-fr-sent-cc-contact", [], "fr", CONTACT, "Re: Annulation atelier du 15",
"""Bonjour Brigitte,

Je suis désolée pour votre maman. Bien sûr, je reporte votre inscription sur la session de mars, rien à faire de votre côté.

Prenez soin de vous,
Sandra
""", to="Brigitte Renard <brigitte.renard@wanadoo.fr>", quote=("gmail", "Brigitte Renard <brigitte.renard@wanadoo.fr>", "lun. 10 févr. 2025 à 09:47",
"""Bonjour Sandra,
Je suis désolée mais je dois annuler mon inscription à l'atelier du samedi 15.""")),

R("n-fr-fwd-client-info", [], "fr", SANDRA, "Fwd: Question sur mes notes",
"""Pour info, à classer dans le dossier « questions RGPD ».
""", to="contact@floraisondesoi.fr", quote=("fwd", "Agnès Poirier <agnes.poirier@gmail.com>", "lun. 6 oct. 2025 à 19:12",
"""Bonjour Sandra,
Ai-je le droit de demander la suppression de mes notes de séance ? Je ne demande rien pour l'instant.
Agnès""", "Question sur mes notes")),
# NEAR-LINE: her own forward of a question -> negative.

R("n-fr-doctolib-like", [], "fr", "Canva <marketing@engage.canva.com>", "Nouveaux modèles pour vos réseaux sociaux 🎨",
"""Créez des visuels qui fleurissent.

Découvrez 200 nouveaux modèles de publications pour les coachs et thérapeutes.

Vous ne souhaitez plus recevoir ces e-mails ? Se désinscrire.
""", shape="html", hdr=LU("<engage.canva.com>", "https://www.canva.com/unsubscribe")),

R("n-fr-impots", [], "fr", "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Un nouveau document est disponible dans votre espace professionnel",
"""Madame,

Un nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr : avis de CFE 2025.

Pour y accéder, connectez-vous à votre espace.

La Direction générale des Finances publiques
""", hdr=[("Auto-Submitted", "auto-generated")]),

R("n-fr-opco-notif", [], "fr", "OPCO EP <ne-pas-repondre@opcoep.fr>", "Dossier de prise en charge n° 2025-77812 – accord",
"""Bonjour,

Le dossier de prise en charge n° 2025-77812 (entreprise : Pharmacie du Marché, action : Gestion des conflits) a été accepté. Le règlement interviendra après réception des justificatifs de réalisation.

Ceci est un message automatique.
""", shape="alt", hdr=[("Auto-Submitted", "auto-generated")]),

R("n-fr-cnil-courrier", [], "fr", "CNIL – Service des plaintes <ne-pas-repondre@cnil.fr>", "Réclamation n° 25-118743",
"""Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une réclamation concernant la réception de messages de prospection par M. Grégory Lemaitre.

Je vous remercie de bien vouloir m'indiquer, dans un délai d'un mois, les suites que vous entendez donner à sa demande d'opposition, ainsi que les mesures prises pour garantir le respect de ce droit.

Service des plaintes
CNIL – 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07
""", att=[("pdf", "courrier_CNIL_25-118743.pdf")]),
# NEAR-LINE: the CNIL writing about a complaint is not the data subject exercising a right -> negative.
]
