# Negatives: automated mail. Auto-replies, bounces (multipart/report), newsletters and notifications
# with List-Unsubscribe / List-Id, vendor GDPR notices.
import html as _h

from common import M, SANDRA, CONTACT, SANDRA_BARE, CONTACT_BARE, q


def nl_html(title, paras, footer, color="#2d6a4f"):
    body = "".join('<p style="margin:0 0 14px 0;font-size:15px;line-height:1.5">' + _h.escape(p).replace("\n", "<br>") + "</p>"
                   for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + _h.escape(title) + '</title></head>'
            '<body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif">'
            '<tr><td style="background:' + color + ';color:#ffffff;padding:18px 24px;font-size:20px">' + _h.escape(title) + '</td></tr>'
            '<tr><td style="padding:24px">' + body + '</td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#888888">' + _h.escape(footer).replace("\n", "<br>") + '</td></tr>'
            '</table></td></tr></table></body></html>\n')


def bulk(list_id, unsub):
    return [("List-Id", list_id), ("List-Unsubscribe", unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def nl(key, lang, frm, date, subject, title, paras, footer, list_id, unsub, color="#2d6a4f", **kw):
    text = title + "\n\n" + "\n\n".join(paras) + "\n\n--\n" + footer
    headers = bulk(list_id, unsub) + kw.pop("headers", [])
    return M(key, [], lang, frm, date, subject, text, fmt="alt",
             html=nl_html(title, paras, footer, color), headers=headers, **kw)


RECORDS = [

# ---------------------------------------------------------------- auto-replies
M("b32-sys-autoreply-cliente-absente", [], "fr",
  "Valérie Simonin <valerie.simonin@gmail.com>", "2025-10-03 08:00",
  "Réponse automatique : Re: Bilan de Lucas – mention que je conteste",
  """Bonjour,

Je suis absente du 3 au 12 octobre inclus, avec un accès limité à mes mails. Je vous répondrai à mon retour.

Pour toute urgence concernant le collège, merci de contacter le secrétariat au 02 54 21 00 00.

Valérie Simonin""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  in_reply_to="b32-sandra-reponse-simonin", parent_addr="sandra.delomenie@orange.fr"),

M("b32-sys-autoreply-law-firm-en", [], "en",
  "Amelia Brooks <a.brooks@harcourtsolicitors.co.uk>", "2025-07-25 16:31",
  "Automatic reply: RE: Subject Access Request - our client Mr James Whitaker",
  """Thank you for your email. I am out of the office until Monday 28 July with no access to email.

For urgent matters, please contact my colleague Oliver Grant (o.grant@harcourtsolicitors.co.uk) or call +44 20 7946 0123.

Harcourt Solicitors is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-Autoreply", "yes")],
  in_reply_to="b32-sandra-sar-whitaker", parent_addr="sandra.delomenie@orange.fr"),

M("b32-sys-autoreply-notaire-rgpd", [], "fr",
  "Office notarial Castagnet & Rives <accueil@castagnet-rives.notaires.fr>", "2025-03-06 17:03",
  "Accusé de réception automatique",
  """Madame, Monsieur,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais par le collaborateur en charge de votre dossier.

Nos bureaux sont ouverts du lundi au vendredi, de 9h à 12h et de 14h à 18h.

Conformément au Règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition sur les données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données des notaires : dpo@notaires-centre.fr.

Office notarial Castagnet & Rives""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),

M("b32-sys-autoreply-entreprise-ticket", [], "fr",
  "Support Groupe Coudray <ne-pas-repondre@groupe-coudray.fr>", "2025-10-27 09:12",
  "[Ticket #48211] Votre demande a bien été enregistrée",
  """Bonjour,

Votre message a bien été reçu par le service Ressources Humaines du Groupe Coudray et enregistré sous le numéro #48211.

Un conseiller vous répondra sous 5 jours ouvrés. Merci de ne pas répondre à ce message automatique.

Pour modifier ou supprimer votre demande, connectez-vous au portail : https://rh.groupe-coudray.fr/tickets""",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")]),

M("b32-sys-autoreply-vacation-en", [], "en",
  "Melissa Carter <melissa.carter@gmail.com>", "2025-05-02 10:15",
  "Out of office",
  """Hi, I'm travelling with my family until May 12 and checking email only occasionally. I'll get back to you when I'm home. Melissa""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  in_reply_to="b32-sandra-ack-carter", parent_addr="sandra.delomenie@orange.fr"),

# ---------------------------------------------------------------- bounces
M("b32-sys-bounce-orange-user-unknown", [], "fr",
  "MAILER-DAEMON@orange.fr (Mail Delivery System)", "2025-03-06 18:21",
  "Undelivered Mail Returned to Sender",
  """Ce message a été créé automatiquement par le logiciel de remise du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

<monique.vasseur36@orange.fr> : adresse inconnue (550 5.1.1 user unknown)

Les en-têtes du message d'origine sont joints.""",
  fmt="report",
  report=dict(mta="smtp-out.orange.fr", rcpt="monique.vasseur36@orange.fr", status="5.1.1",
              diag="550 5.1.1 <monique.vasseur36@orange.fr>: Recipient address rejected: User unknown",
              orig="""From: Sandra Deloménie <sandra.delomenie@orange.fr>
To: monique.vasseur36@orange.fr
Subject: =?utf-8?q?Suppression_de_vos_donn=C3=A9es?=
Date: Thu, 06 Mar 2025 18:20:41 +0100
Message-ID: <1871043321.a4c9e12f0b77@wwinf3f25.orange.fr>"""),
  headers=[("Auto-Submitted", "auto-replied")]),

M("b32-sys-bounce-gmail-quota", [], "en",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "2025-02-12 17:01",
  "Delivery Status Notification (Failure)",
  """** Message not delivered **

Your message couldn't be delivered to mathis.leblanc.2010@gmail.com because the recipient's inbox is out of storage space. Try contacting them by other means.

The response from the remote server was:
452 4.2.2 The recipient's inbox is out of storage space.""",
  fmt="report",
  report=dict(mta="mail-sor-f41.google.com", rcpt="mathis.leblanc.2010@gmail.com", status="5.2.2",
              diag="552 5.2.2 The recipient's inbox is out of storage space",
              orig="""From: Sandra Deloménie <sandra.delomenie@orange.fr>
To: mathis.leblanc.2010@gmail.com
Subject: =?utf-8?q?Copie_de_ton_dossier_=E2=80=93_coaching?=
Date: Wed, 12 Feb 2025 16:59:10 +0100"""),
  headers=[("Auto-Submitted", "auto-replied")]),

M("b32-sys-bounce-outlook-notfound", [], "en",
  "Microsoft Outlook <postmaster@outlook.com>", "2025-09-04 07:02",
  "Undeliverable: Lettre de septembre – Rentrer en douceur",
  """Delivery has failed to these recipients or groups:

camille.dumas.36@outlook.fr
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable'""",
  fmt="report",
  report=dict(mta="DB8PR09MB3147.eurprd09.prod.outlook.com", rcpt="camille.dumas.36@outlook.fr", status="5.5.0",
              diag="550 5.5.0 Requested action not taken: mailbox unavailable",
              orig="""From: Floraison de Soi <contact@floraisondesoi.fr>
To: camille.dumas.36@outlook.fr
Subject: =?utf-8?q?Lettre_de_septembre_=E2=80=93_Rentrer_en_douceur?=
List-Unsubscribe: <https://floraisondesoi.systeme.io/unsubscribe>"""),
  to=CONTACT, headers=[("Auto-Submitted", "auto-replied")]),

M("b32-sys-bounce-postfix-en", [], "en",
  "Mail Delivery System <MAILER-DAEMON@mx1.pembertonlaw.co.uk>", "2025-04-22 11:45",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.pembertonlaw.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<h.pemberton@pembertonlaw.co.uk>: host mailstore.pembertonlaw.co.uk said:
    550 5.7.1 Message rejected: attachment size exceeds limit""",
  fmt="report",
  report=dict(mta="mx1.pembertonlaw.co.uk", rcpt="h.pemberton@pembertonlaw.co.uk", status="5.7.1",
              diag="550 5.7.1 Message rejected: attachment size exceeds limit",
              orig="""From: Sandra Deloménie <sandra.delomenie@orange.fr>
To: Howard Pemberton <h.pemberton@pembertonlaw.co.uk>
Subject: Re: Estate of the late Mrs Eleanor Whitfield
Date: Tue, 22 Apr 2025 11:44:58 +0200"""),
  headers=[("Auto-Submitted", "auto-replied")]),

# ---------------------------------------------------------------- notifications and newsletters
nl("b32-sys-stripe-payout", "en", "Stripe <notifications@stripe.com>", "2025-05-09 06:14",
   "Your payout of €1,284.60 is on its way",
   "Payout on the way",
   ["Hi Floraison de Soi,", "A payout of €1,284.60 is on its way to your bank account ending in 4417. It should arrive by 12 May 2025.",
    "You can view details of this payout, including the payments it contains, in your Dashboard."],
   "Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Ireland.\nYou are receiving this email because you are a Stripe user. Manage email preferences in your Dashboard.",
   "<payouts.stripe.com>", "<https://dashboard.stripe.com/settings/communication-preferences>", color="#635bff"),

nl("b32-sys-stripe-paiement-fr", "fr", "Stripe <notifications@stripe.com>", "2025-11-25 14:02",
   "Paiement de 90,00 € reçu de Émilie Fontaine",
   "Nouveau paiement réussi",
   ["Vous avez reçu un paiement de 90,00 € EUR de emilie.fontaine@free.fr.",
    "Description : Séance individuelle – accompagnement ado", "ID du paiement : py_3QpLk2BzZ8xT41Ub0cS1"],
   "Stripe Payments Europe, Ltd.\nVous recevez cet e-mail car les notifications de paiement sont activées. Gérer les notifications.",
   "<charges.stripe.com>", "<https://dashboard.stripe.com/settings/user>", color="#635bff"),

nl("b32-sys-systemeio-nouvelle-vente", "fr", "Systeme.io <no-reply@systeme.io>", "2025-06-15 22:37",
   "Nouvelle vente : S'affirmer sans s'épuiser",
   "Félicitations, vous avez une nouvelle vente !",
   ["Produit : S'affirmer sans s'épuiser (formation en ligne)", "Montant : 147,00 €",
    "Client : a.chevalier***@gmail.com", "Retrouvez tous les détails dans votre tableau de bord, rubrique Ventes."],
   "Systeme.io – 2 rue de la Paix, 75002 Paris.\nPour modifier vos préférences de notification, rendez-vous dans Paramètres > Notifications.",
   "<notifications.systeme.io>", "<https://systeme.io/dashboard/settings/notifications>", color="#1a73e8"),

nl("b32-sys-systemeio-politique-confidentialite", "fr", "L'équipe Systeme.io <news@systeme.io>", "2025-12-15 10:00",
   "Mise à jour de notre politique de confidentialité et de notre DPA",
   "Nous mettons à jour nos documents RGPD",
   ["Bonjour,", "Nous mettons à jour notre politique de confidentialité ainsi que notre accord de traitement des données (DPA), applicables à compter du 15 janvier 2026.",
    "Principaux changements : liste actualisée de nos sous-traitants ultérieurs, précisions sur l'hébergement de vos contacts dans l'Union européenne, nouvel outil d'export des données de vos contacts et d'effacement en un clic pour répondre aux demandes de vos clients.",
    "Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io après cette date, vous acceptez ces nouvelles conditions."],
   "Systeme.io SAS – Paris.\nVous recevez cet e-mail en tant qu'utilisateur de Systeme.io. Se désabonner des actualités produit.",
   "<news.systeme.io>", "<https://systeme.io/unsubscribe?u=f4c1>", color="#1a73e8"),

nl("b32-sys-google-drive-storage", "en", "Google <no-reply@accounts.google.com>", "2025-08-18 09:40",
   "Your Google storage is 90% full",
   "You're running out of storage",
   ["Hi Sandra,", "Your Google Account storage is 90% full (13.5 GB of 15 GB used). When you run out, you won't be able to upload new files to Google Drive, and you may not be able to send or receive emails in Gmail.",
    "Free up space by deleting large files or emptying your trash, or get more storage with Google One."],
   "You received this email to let you know about important changes to your Google Account and services.\n© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
   "<storage.accounts.google.com>", "<https://myaccount.google.com/email-preferences>", color="#4285f4"),

M("b32-sys-google-alerte-securite", [], "fr",
  "Google <no-reply@accounts.google.com>", "2026-01-04 23:18",
  "Alerte de sécurité",
  """Nouvelle connexion sur Mac

Nous avons détecté une nouvelle connexion à votre compte Google (sandra.delomenie@orange.fr) sur un appareil Mac. Si c'était vous, vous n'avez rien à faire. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google.
© 2026 Google LLC""",
  fmt="alt"),

nl("b32-sys-calendly-new-event", "en", "Calendly <notifications@calendly.com>", "2025-09-22 13:51",
   "New Event: Jérôme Bouchet - 18:00 Thu, 2 Oct 2025 - Séance découverte (30 min)",
   "A new event has been scheduled",
   ["Hi Sandra,", "Event Type: Séance découverte (30 min)\nInvitee: Jérôme Bouchet\nInvitee Email: jerome.bouchet@orange.fr\nEvent Date/Time: 18:00 - Thursday, 2 October 2025 (Central European Time)\nLocation: Zoom",
    "Questions: Qu'attendez-vous de ce premier échange ?\nFaire le point sur ma reconversion.", "View event in Calendly"],
   "Sent from Calendly. Manage your notification settings.",
   "<notifications.calendly.com>", "<https://calendly.com/app/settings/notifications>", color="#006bff"),

nl("b32-sys-calendly-dpa-update", "en", "Calendly Legal <legal@calendly.com>", "2025-10-30 17:00",
   "Updates to our Data Processing Addendum",
   "We're updating our DPA",
   ["Hello,", "We're writing to let you know that we've updated our Data Processing Addendum (DPA) and our list of subprocessors. These updates reflect changes in our infrastructure and help you meet your obligations under the GDPR, including responding to your invitees' access, rectification and erasure requests.",
    "The updated DPA takes effect on 1 December 2025. No action is needed to continue using Calendly."],
   "Calendly LLC, 115 E Main St, Ste A1B, Buford, GA 30518, USA.\nYou're receiving this service email because you have a Calendly account.",
   "<legal.calendly.com>", "<https://calendly.com/unsubscribe/legal>", color="#006bff"),

nl("b32-sys-zoom-recording", "en", "Zoom <no-reply@zoom.us>", "2026-02-10 21:12",
   "Cloud Recording - Atelier en ligne : Poser ses limites is now available",
   "Your cloud recording is now available",
   ["Hi Sandra Deloménie,", "Your cloud recording is now available.\nTopic: Atelier en ligne : Poser ses limites\nDate: 10 Feb 2026 07:00 PM Paris",
    "Share this recording with viewers: https://us06web.zoom.us/rec/share/xYz0aB12", "Recordings are deleted automatically after 30 days under your account's retention settings."],
   "Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113\nManage email notifications in your Zoom settings.",
   "<notifications.zoom.us>", "<https://zoom.us/profile/setting?tab=notifications>", color="#0b5cff"),

nl("b32-sys-zoom-privacy-statement", "en", "Zoom <privacy-updates@zoom.us>", "2026-03-03 16:30",
   "We've updated our Privacy Statement",
   "An update to our Privacy Statement",
   ["Dear Zoom user,", "We have updated the Zoom Privacy Statement to provide more details on how we process personal data in connection with AI Companion features, and on how you can exercise your rights to access, correct, delete and port your data.",
    "The updated statement is effective 3 April 2026. Please review it at zoom.com/privacy."],
   "This is a mandatory service communication. Zoom Communications, Inc.",
   "<privacy.zoom.us>", "<https://zoom.us/unsubscribe>", color="#0b5cff"),

nl("b32-sys-credit-agricole-releve", "fr", "Crédit Agricole Centre Ouest <ne-pas-repondre@ca-centreouest.fr>", "2025-11-04 05:30",
   "Votre relevé de compte est disponible",
   "Votre e-relevé est disponible",
   ["Bonjour Madame DUMOT-DELOMENIE,", "Votre relevé de compte professionnel d'octobre 2025 est disponible dans votre espace client, rubrique e-Documents.",
    "Pour votre sécurité, nous ne vous demanderons jamais vos identifiants par e-mail."],
   "Crédit Agricole Centre Ouest – Société coopérative à capital variable.\nConformément au RGPD, vous pouvez exercer vos droits auprès du délégué à la protection des données de la Caisse régionale.",
   "<edocuments.ca-centreouest.fr>", "<mailto:desabonnement@ca-centreouest.fr>", color="#006a4e"),

nl("b32-sys-urssaf-echeance", "fr", "Urssaf <ne-pas-repondre@urssaf.fr>", "2026-04-02 08:00",
   "Votre déclaration de chiffre d'affaires du 1er trimestre 2026",
   "Pensez à déclarer votre chiffre d'affaires",
   ["Madame Sandra DUMOT-DELOMENIE,", "Votre déclaration de chiffre d'affaires pour la période de janvier à mars 2026 est à effectuer avant le 30 avril 2026 sur autoentrepreneur.urssaf.fr.",
    "Même en l'absence de chiffre d'affaires, vous devez déclarer « 0 »."],
   "Urssaf – Ce message vous est adressé automatiquement, merci de ne pas y répondre.",
   "<info.urssaf.fr>", "<https://www.autoentrepreneur.urssaf.fr/preferences>", color="#003d7a"),

nl("b32-sys-autre-coach-newsletter", "fr", "Élodie Vasseur – Respire & Rayonne <elodie@respire-rayonne.fr>", "2025-07-01 07:30",
   "☀️ Juillet : et si tu retirais ton consentement... à la culpabilité ?",
   "La lettre de juillet",
   ["Coucou toi,", "Ce mois-ci je te propose un petit exercice : repérer toutes les fois où tu dis oui alors que tu penses non. Et retirer ton consentement à la culpabilité qui va avec.",
    "Mon programme d'été « 21 jours pour s'alléger » ouvre le 7 juillet. Les 20 premières inscrites reçoivent une séance individuelle offerte.",
    "Je t'embrasse,\nÉlodie"],
   "Tu reçois cet e-mail car tu t'es inscrite sur respire-rayonne.fr. Se désinscrire | Mettre à jour mes données",
   "<lettre.respire-rayonne.fr>", "<https://respire-rayonne.systeme.io/unsubscribe/8812>", color="#e07a5f"),

nl("b32-sys-english-coach-newsletter", "en", "Hayley Brooks Coaching <hello@hayleybrookscoaching.com>", "2026-01-15 19:00",
   "Your January reset (+ a free worksheet)",
   "The January Reset",
   ["Hi friend,", "January is the month we're told to add: new habits, new goals, new routines. This year I'm inviting you to delete instead. One commitment, one app, one 'should'.",
    "Download the free Reset worksheet and join my live Q&A on 28 January.", "With love,\nHayley"],
   "You're receiving this because you signed up at hayleybrookscoaching.com. Unsubscribe or update your preferences.",
   "<newsletter.hayleybrookscoaching.com>", "<https://hayleybrookscoaching.com/unsubscribe?e=sandra>", color="#9c6644"),

nl("b32-sys-cnil-newsletter", "fr", "CNIL <newsletter@cnil.fr>", "2025-12-11 11:00",
   "La lettre de la CNIL – décembre 2025",
   "Lettre d'information de la CNIL",
   ["Droit d'accès : la CNIL publie une nouvelle fiche pratique à destination des TPE et des indépendants pour répondre aux demandes des personnes dans le délai d'un mois.",
    "Données des mineurs : recommandations sur le consentement des parents et l'exercice des droits par les adolescents.",
    "Directives post mortem : comment les professionnels doivent-ils traiter les demandes des héritiers ?"],
   "Commission nationale de l'informatique et des libertés – 3 place de Fontenoy, 75007 Paris.\nVous recevez cette lettre car vous y êtes abonné. Se désabonner.",
   "<lettre.cnil.fr>", "<https://www.cnil.fr/fr/newsletter/desabonnement>", color="#000091"),

nl("b32-sys-linkedin-notification", "en", "LinkedIn <notifications-noreply@linkedin.com>", "2026-05-19 12:20",
   "Sandra, you appeared in 14 searches this week",
   "You appeared in 14 searches this week",
   ["Your profile was found by people from Groupe Verdier, CHU de Tours and 3 other companies.", "Searchers found you through: coach, formatrice, Issoudun."],
   "This email was intended for Sandra Deloménie (Coach & formatrice – Floraison de Soi). Unsubscribe · Help\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
   "<notifications.linkedin.com>", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>", color="#0a66c2"),

nl("b32-sys-paypal-paiement", "fr", "service@paypal.fr", "2025-08-30 16:48",
   "Vous avez reçu un paiement",
   "Vous avez reçu 45,00 € EUR",
   ["Bonjour Floraison de Soi,", "Lucía Fernández vous a envoyé 45,00 € EUR.", "Note : « stage anglais Pablo – solde »",
    "Numéro de transaction : 8VX41233LK0927315"],
   "PayPal (Europe) S.à r.l. et Cie, S.C.A. – 22-24 Boulevard Royal, L-2449 Luxembourg.\nCopyright © 1999-2025 PayPal.",
   "<notifications.paypal.fr>", "<https://www.paypal.com/fr/myaccount/settings/notifications>", color="#003087"),

nl("b32-sys-systemeio-campagne-envoyee", "fr", "Systeme.io <no-reply@systeme.io>", "2026-04-06 07:05",
   "Votre campagne « Avril – Oser dire non » a été envoyée",
   "Rapport d'envoi de campagne",
   ["Votre campagne « Avril – Oser dire non » a été envoyée à 1 142 contacts.", "Taux d'ouverture (24h) : 41,2 %\nClics : 6,8 %\nDésinscriptions : 3\nAdresses en erreur : 2",
    "Les contacts désinscrits ont été automatiquement retirés de vos listes."],
   "Systeme.io – Notification automatique.",
   "<notifications.systeme.io>", "<https://systeme.io/dashboard/settings/notifications>", color="#1a73e8", to=CONTACT),

nl("b32-sys-floraison-newsletter-copie", "fr", CONTACT, "2026-04-06 07:00",
   "Avril – Oser dire non 🌱",
   "Oser dire non",
   ["Bonjour,", "Dire non à un proche, à un collègue, à ses enfants... C'est souvent là que tout se joue. Ce mois-ci, je vous propose trois pistes pour poser une limite sans culpabiliser.",
    "Atelier parents-ados le 25 avril à Issoudun : il reste 4 places.\nCercle des femmes : jeudi 16 avril, 19h.", "Belle floraison,\nSandra"],
   "Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun.\nVous recevez cette lettre car vous êtes inscrit(e). Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe",
   "<lettre.floraisondesoi.fr>", "<https://floraisondesoi.systeme.io/unsubscribe>", color="#2d6a4f", to=CONTACT,
   msgid="<nl-2026-04.6f1a09@floraisondesoi.fr>"),

]
