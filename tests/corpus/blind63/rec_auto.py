# Automatic mail, platform notifications, bounces, vendor notices, her own sent mail.
from common import R, C, O, SANDRA_C, SANDRA_O

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}
BULK = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}

RECORDS = [
R("fr-auto-absence-client", "Sylvie Marchand <sylvie.marchand@ac-orleans-tours.fr>",
  "Réponse automatique : Atelier d'avril - il reste des places !",
  """Bonjour,

Je suis absente jusqu'au 30 mars inclus. Pour toute urgence, contactez le secrétariat au 02 54 21 00 00.

Sylvie Marchand""", [], hdr=AUTO, in_reply=True),

R("fr-auto-absence-droits-rgpd", "Cabinet Martel Avocats <contact@martel-avocats.fr>",
  "Accusé de réception automatique",
  """Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données. Pour l'exercer : dpo@martel-avocats.fr.

Cabinet Martel Avocats""", [], hdr=AUTO, mailer="Microsoft Outlook 16.0"),

R("en-auto-ooo", "Jessica Moore <jess.moore@yahoo.com>",
  "Out of Office: Floraison de Soi — Spring newsletter",
  """I'm travelling until April 2 with limited access to email. I'll reply when I'm back.

Jess""", [], hdr=AUTO),

R("en-auto-ooo-gdpr-footer", "Northwind Europe <noreply@northwind-eu.com>",
  "Automatic reply: Workshop proposal",
  """Thank you for your email. Tanya Roberts is out of the office until 6 April.

Northwind Europe processes personal data in accordance with the GDPR. You have the right to access, rectify, erase, restrict, object and port your data: privacy@northwind-eu.com.""", [], hdr=AUTO),

R("fr-auto-bounce-orange", "MAILER-DAEMON@orange.fr <MAILER-DAEMON@orange.fr>",
  "Undelivered Mail Returned to Sender",
  """Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<estelle.vidal@sfr.fr> : boîte aux lettres inexistante""", [], kind="bounce", to=O,
  bounce=dict(rcpt="estelle.vidal@sfr.fr", status="5.1.1", diag="550 5.1.1 <estelle.vidal@sfr.fr>: Recipient address rejected: User unknown",
              mta="smtp-out.orange.fr", orig_subject="Atelier d'avril - il reste des places !", orig_from=SANDRA_O)),

R("en-auto-bounce-gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to jamie.scott.old@gmail.com because the address couldn't be found, or is unable to receive mail.""", [], kind="bounce",
  bounce=dict(rcpt="jamie.scott.old@gmail.com", status="5.1.1", diag="550-5.1.1 The email account that you tried to reach does not exist.",
              mta="mx.google.com", orig_subject="Floraison de Soi — Spring newsletter")),

R("fr-auto-bounce-quota", "Mail Delivery System <MAILER-DAEMON@ovh.net>",
  "Mail delivery failed: returning message to sender",
  """Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas pu être délivré : boîte pleine.

  christiane.fouquet@orange.fr""", [], kind="bounce",
  bounce=dict(rcpt="christiane.fouquet@orange.fr", status="4.2.2", diag="452 4.2.2 Mailbox full",
              mta="mo123.mail-out.ovh.net", orig_subject="Confirmation de suppression de vos données")),

R("fr-stripe-paiement", "Stripe <notifications@stripe.com>",
  "Paiement réussi de 180,00 € EUR de Amandine Roux",
  """Vous avez reçu un paiement de 180,00 €.

Client : amandine.roux@hotmail.fr
Description : Accompagnement 3 séances
Moyen de paiement : Visa •••• 4242

Voir le paiement dans le Dashboard : https://dashboard.stripe.com/payments/py_3Ox

Stripe, 354 Oyster Point Blvd, South San Francisco""", [], hdr=BULK, html="alt"),

R("en-stripe-dpa-update", "Stripe <notifications@stripe.com>",
  "Updates to our Data Processing Agreement",
  """Hello,

We're updating the Stripe Data Processing Agreement and Privacy Policy, effective 1 May 2026. These updates reflect new Standard Contractual Clauses and clarify how we handle data subject requests.

No action is required.

The Stripe team""", [], hdr=BULK, html="alt"),

R("fr-systemeio-nouvel-inscrit", "Systeme.io <no-reply@systeme.io>",
  "Nouveau contact : lucie.prevost@gmail.com",
  """Bonjour Sandra,

Un nouveau contact s'est inscrit via la page « Ebook gratuit - 7 clés pour s'affirmer ».

E-mail : lucie.prevost@gmail.com
Tag : ebook-affirmation

L'équipe Systeme.io""", [], hdr=BULK, html="alt"),

R("fr-systemeio-desinscription-notif", "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné",
  """Bonjour,

Le contact helene.brunet@gmail.com s'est désabonné de votre liste « Newsletter Floraison de Soi ».

Systeme.io""", [], hdr=BULK),
# NEAR-LINE: platform notification of an unsubscribe, not a request written to her -> negative.

R("fr-systemeio-rgpd-suppression-compte", "Systeme.io <no-reply@systeme.io>",
  "Rappel : suppression des comptes inactifs",
  """Bonjour,

Conformément à vos paramètres, les comptes élèves inactifs depuis plus de 12 mois seront supprimés le 1er avril 2026 (3 comptes concernés).

Gérer mes paramètres : https://systeme.io/dashboard/settings""", [], hdr=BULK, html="only"),

R("en-google-security", "Google <no-reply@accounts.google.com>",
  "Security alert",
  """New sign-in to your Google Account

contact@floraisondesoi.fr
We noticed a new sign-in on a Windows device. If this was you, you don't need to do anything.

Check activity: https://myaccount.google.com/notifications""", [], hdr=BULK, html="alt"),

R("fr-google-analytics-conservation", "Google Analytics <analytics-noreply@google.com>",
  "Modification des paramètres de conservation des données",
  """Bonjour,

La durée de conservation des données de la propriété floraisondesoi.fr a été modifiée à 14 mois.

L'équipe Google Analytics""", [], hdr=BULK),

R("en-calendly-new", "Calendly <notifications@calendly.com>",
  "New Event: Olivia Grant - 30 Minute Discovery Call",
  """Hi Sandra,

A new event has been scheduled.

Invitee: Olivia Grant
Email: olivia.grant@protonmail.com
Event Date/Time: 10:00 - Thursday, 19 March 2026 (Central European Time)

View event in Calendly""", [], hdr=BULK, html="alt",
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nBEGIN:VEVENT\nUID:cal-0193@calendly.com\nDTSTART:20260319T090000Z\nDTEND:20260319T093000Z\nSUMMARY:Discovery Call\nEND:VEVENT\nEND:VCALENDAR\n")]),

R("fr-calendly-annulation", "Calendly <notifications@calendly.com>",
  "Annulé : Élodie Moreau - Séance individuelle 1h",
  """Bonjour Sandra,

L'événement ci-dessous a été annulé.

Invité : Élodie Moreau
Motif de l'annulation : « imprévu, désolée »

Calendly""", [], hdr=BULK),

R("en-zoom-recording", "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Cercle en ligne is now available",
  """Hi Sandra,

Your cloud recording is now available.

Topic: Cercle en ligne - mars
Recording will be automatically deleted after 30 days.

Share recording: https://zoom.us/rec/share/abc""", [], hdr=BULK, html="alt"),

R("fr-qonto-releve", "Qonto <no-reply@qonto.com>",
  "Votre relevé de compte de février est disponible",
  """Bonjour Sandra,

Votre relevé de compte du mois de février 2026 est disponible dans votre espace Qonto.

L'équipe Qonto""", [], hdr=BULK, html="alt"),

R("fr-urssaf-declaration", "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est à effectuer",
  """Madame DELOMENIE,

Votre déclaration de chiffre d'affaires du mois de février est à effectuer avant le 31 mars 2026 sur autoentrepreneur.urssaf.fr.

Ceci est un message automatique, merci de ne pas y répondre.""", [], hdr=BULK),

R("en-paypal-receipt", "PayPal <service@paypal.fr>",
  "You've got money",
  """Hello Floraison de Soi,

You received a payment of €45.00 EUR from Margaret Hollis (maggie.hollis@btinternet.com).

Note: "Workshop 21 March"

PayPal""", [], hdr=BULK, html="only"),

R("fr-brevo-rapport", "Brevo <notifications@brevo.com>",
  "Rapport de campagne : La lettre de printemps",
  """Votre campagne « 🌸 La lettre de printemps » a été envoyée à 412 contacts.

Taux d'ouverture : 48,3 %
Désinscriptions : 3
Bounces : 2

Brevo""", [], hdr=BULK, html="alt"),

R("fr-ovh-renouvellement", "OVHcloud <noreply@ovh.com>",
  "Renouvellement de votre nom de domaine floraisondesoi.fr",
  """Bonjour,

Votre nom de domaine floraisondesoi.fr arrive à expiration le 15 avril 2026. Pensez à le renouveler.

OVHcloud""", [], hdr=BULK),

R("fr-ovh-dpa", "OVHcloud <noreply@ovh.com>",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour notre Data Processing Agreement (annexe RGPD) afin d'intégrer les dernières recommandations du CEPD. Les nouvelles conditions s'appliqueront au 1er mai 2026.

Consulter le DPA : https://www.ovhcloud.com/fr/personal-data-protection/

OVHcloud""", [], hdr=BULK, html="alt"),

R("en-meta-privacy-update", "Facebook <notification@facebookmail.com>",
  "We're updating our Privacy Policy",
  """Hi Floraison de Soi,

We're updating our Privacy Policy. You can review how we use information and your rights to access, delete and download your data in Settings.

Meta Platforms Ireland Ltd.""", [], hdr=BULK, html="only"),

R("fr-google-drive-partage", "Laure Vasseur (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : « Suivi factures 2026 »",
  """Laure Vasseur vous a invitée à modifier la feuille de calcul suivante :

Suivi factures 2026

Ouvrir : https://docs.google.com/spreadsheets/d/1abc""", [], hdr=BULK, html="alt"),

R("fr-newsletter-recue-cnil", "CNIL <lettre@cnil.fr>",
  "La lettre Innovation et Prospective - mars 2026",
  """Dans ce numéro : les droits des personnes à l'ère de l'IA, comment répondre à une demande d'accès, le point sur l'effacement.

Pour vous désabonner, cliquez ici.""", [], html="alt",
  hdr={"List-Id": "Lettre CNIL <lettre.cnil.fr>", "List-Unsubscribe": "<https://www.cnil.fr/desabonnement>", "Precedence": "bulk"}),

R("fr-newsletter-recue-formation", "Réseau Coachs du Centre <news@coachs-centre.fr>",
  "Agenda des supervisions - avril",
  """Bonjour à toutes et tous,

Les prochaines supervisions collectives auront lieu les 8 et 22 avril à Bourges. Inscription en ligne.

Pour ne plus recevoir nos messages : désinscription.""", [], html="only",
  hdr={"List-Id": "Reseau Coachs du Centre <news.coachs-centre.fr>", "List-Unsubscribe": "<mailto:unsubscribe@coachs-centre.fr>", "Precedence": "list"}),

R("fr-sent-confirmation-effacement", SANDRA_C,
  "Confirmation de suppression de vos données",
  """Bonjour Madame Fouquet,

Suite à votre demande, je vous confirme que votre fiche, vos notes de séance et vos coordonnées ont été supprimées de mes fichiers et de la plateforme Systeme.io. Seules les factures sont conservées pour la durée légale.

Bien à vous,
Sandra Delomenie
Floraison de Soi""", [], to="Christiane Fouquet <christiane.fouquet@orange.fr>"),

R("fr-sent-export-donnees", SANDRA_O,
  "Re: Fichier de mes données",
  """Bonjour Thomas,

Vous trouverez ci-joint l'export de vos données au format CSV, comme demandé.

Sandra""", [], to="Thomas Nguyen <thomas.nguyen@outlook.fr>",
  att=[("csv", "export_Nguyen.csv", "champ;valeur\nnom;Nguyen\nprenom;Thomas\nemail;thomas.nguyen@outlook.fr\nseances;4\n")],
  quote=dict(style="gmail", frm="Thomas Nguyen <thomas.nguyen@outlook.fr>", text="""Bonjour,

Est-ce possible d'avoir mes informations dans un fichier exploitable, genre CSV ou JSON ?

Thomas Nguyen""")),
# NEAR-LINE: her own sent mail quoting a request -> negative (From is her address).

R("fr-sent-newsletter", SANDRA_C,
  "🌸 La lettre de printemps de Floraison de Soi",
  """Bonjour à toutes et à tous,

Le printemps arrive et avec lui un nouveau cycle d'ateliers « Oser s'affirmer ». Trois samedis matin, huit personnes maximum.

Je vous partage aussi une réflexion sur l'autocompassion : et si nous nous parlions comme à une amie ?

À très vite,
Sandra

Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire : https://floraisondesoi.fr/desinscription""", [], to="Abonnés Floraison de Soi <contact@floraisondesoi.fr>", html="alt",
  hdr={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>", "Precedence": "bulk"}),

R("en-sent-confirm-erasure", SANDRA_C,
  "Re: Please delete my data",
  """Dear Chloe,

I confirm your personal data has been erased from my records and from my course platform. Invoices are kept for the legally required period only.

Best wishes,
Sandra""", [], to="Chloe Bennett <chloe.bennett@gmail.com>", in_reply=True),

R("fr-sent-accuse-reception", SANDRA_O,
  "Votre demande d'accès",
  """Bonjour Madame de Lacombe,

J'accuse bonne réception de votre demande d'accès du 4 mars. Je vous adresserai l'ensemble des éléments dans le délai d'un mois.

Bien cordialement,
Sandra Dumot-Deloménie""", [], to="b.delacombe@wanadoo.fr"),

R("fr-fwd822-transfert-comptable", SANDRA_O,
  "TR: Facture OVH",
  """Marc, je te transfère la facture OVH de mars pour la compta. Sandra""", [], to="m.lefranc@lefranc-expertise.fr",
  kind="fwd822", inner=dict(frm="OVHcloud <noreply@ovh.com>", to=O, subject="Votre facture FR12345678",
                            body="Bonjour,\n\nVotre facture FR12345678 d'un montant de 7,19 EUR TTC est disponible.\n\nOVHcloud\n")),

R("fr-fwd822-client-transfere-demande", "Marie-Claude Pons <mc.pons@orange.fr>",
  "TR: demande",
  """Bonjour Sandra,

Je vous transfère le mail de mon ancien employeur, je ne sais pas quoi en penser. Vous en avez reçu une copie vous aussi ? Pas de demande de ma part, juste pour info.

Marie-Claude""", [],
  kind="fwd822", inner=dict(frm="RH Berry Logistique <rh@berry-logistique.fr>", to="mc.pons@orange.fr",
                            subject="Votre bilan de compétences",
                            body="Madame Pons,\n\nNous vous rappelons que le bilan financé par l'entreprise doit nous être restitué.\n\nLe service RH\n")),
# NEAR-LINE: forwarded employer mail, writer explicitly asks nothing -> negative.

R("fr-fwd822-demande-effacement", "Anne Lefort <anne.lefort@gmail.com>",
  "TR: mon message du mois dernier",
  """Bonjour Sandra,

Je vous renvoie le message ci-joint, resté sans réponse. Je souhaite toujours que vous effaciez mes données personnelles. Merci de me confirmer quand c'est fait.

Anne Lefort""", ["erasure"],
  kind="fwd822", inner=dict(frm="Anne Lefort <anne.lefort@gmail.com>", subject="Mes données",
                            body="Bonjour, merci d'effacer mes données. Anne Lefort\n")),

R("en-fwd822-access-resend", "Kwame Mensah <kwame.mensah@gmail.com>",
  "Fwd: my data request",
  """Hi Sandra, resending my earlier message (attached). I still need a copy of all the data you hold about me. Thanks, Kwame""", ["access"],
  kind="fwd822", inner=dict(frm="Kwame Mensah <kwame.mensah@gmail.com>", subject="my data request",
                            body="Hello, could I get a copy of my personal data please? Kwame\n")),

R("fr-neg-linkedin-notif", "LinkedIn <messages-noreply@linkedin.com>",
  "Vous apparaissez dans 12 recherches cette semaine",
  """Sandra, vous êtes apparue dans 12 recherches cette semaine.

Voir qui a consulté votre profil.""", [], hdr=BULK, html="only"),

R("fr-auto-ticket-support", "Support Systeme.io <support@systeme.io>",
  "[Ticket #48213] Accès aux données de mes élèves",
  """Bonjour Sandra,

Nous avons bien reçu votre demande concernant l'export des données de vos élèves. Un membre de l'équipe vous répondra sous 48 h.

Cordialement,
Le support Systeme.io""", [], hdr=AUTO),

R("fr-auto-accuse-formulaire", "Formulaire floraisondesoi.fr <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Yasmine Charef",
  """Nom : Yasmine Charef
E-mail : yasmine.charef@gmail.com
Sujet : Renseignements

Message :
Bonjour, est-ce que vos ateliers sont accessibles aux personnes en fauteuil ? Merci !

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""", [],
  reply_to="yasmine.charef@gmail.com", to=C),
]
