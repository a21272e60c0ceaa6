"""Platform notifications, vendor notices, spam/phishing, auto-replies, bounces, her own sent mail."""
from rec import R

S_OR = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
S_CT = ("Floraison de Soi", "contact@floraisondesoi.fr")
SIO = ("Systeme.io", "no-reply@systeme.io")
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}
GEN = {"Auto-Submitted": "auto-generated"}


def bulk(listid, unsub):
    return {"List-Id": listid, "List-Unsubscribe": unsub, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


def sio_comment(student, course, lesson, text):
    return ("Bonjour Sandra,\n\n%s a publié un nouveau commentaire dans la formation « %s », leçon « %s » :\n\n"
            "« %s »\n\nRépondre au commentaire depuis votre espace Systeme.io.\n\nL'équipe Systeme.io"
            % (student, course, lesson, text))


RECORDS = [
    R("en-stripe-payout", [], "Your payout of €412.50 is on the way",
      "Hi Floraison de Soi,\n\nA payout of €412.50 is on its way to your bank account ending in 4417. It should "
      "arrive by Thursday, October 16.\n\nView payout details in your Dashboard.\n\n— The Stripe team",
      frm=("Stripe", "notifications@stripe.com"), html="alt", headers=GEN),
    R("en-stripe-dispute", [], "A payment has been disputed",
      "A customer has disputed a €180.00 payment (ch_3Q…8kV) for \"Pack 3 séances\". Reason: product not received.\n\n"
      "You have until March 2 to submit evidence. Provide session dates, confirmation emails and your cancellation "
      "policy.\n\nRespond to dispute\n\nStripe Payments Europe, Ltd.",
      frm=("Stripe", "notifications@stripe.com"), html="alt", headers=GEN),
    R("fr-sio-nouvelle-vente", [], "🎉 Nouvelle vente : Parcours « Reprendre confiance »",
      "Félicitations Sandra !\n\nVous venez de réaliser une vente.\n\nProduit : Parcours « Reprendre confiance » "
      "(paiement en 3 fois)\nMontant : 99,00 €\nClient : Laurence Petitjean\n\nL'équipe Systeme.io",
      frm=SIO, html="alt", headers=GEN),
    R("fr-sio-reinit-mot-de-passe", [], "Réinitialisation de votre mot de passe",
      "Bonjour,\n\nVous avez demandé la réinitialisation du mot de passe de votre compte Systeme.io. Cliquez sur le "
      "lien ci-dessous (valable 1 heure) :\nhttps://systeme.io/reset-password?token=…\n\nSi vous n'êtes pas à "
      "l'origine de cette demande, ignorez ce message.\n\nL'équipe Systeme.io",
      frm=SIO, headers=GEN),
    R("en-google-security-alert", [], "Security alert: new sign-in on Windows",
      "Floraison de Soi\ncontact.floraisondesoi@gmail.com\n\nWe noticed a new sign-in to your Google Account on a "
      "Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.\n\n"
      "Check activity\n\nYou received this email to let you know about important changes to your Google Account and "
      "services.\n© Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
      frm=("Google", "no-reply@accounts.google.com"), html="alt", headers=GEN),
    R("fr-gdrive-partage-fiche", [], "Document partagé avec vous : « Fiche atelier corrigée »",
      "Agnès Rouvière a partagé un document avec vous\n\n« Voilà la fiche corrigée, j'ai supprimé le paragraphe en "
      "double et mis à jour les horaires. »\n\nFiche atelier corrigée\nOuvrir\n\nGoogle LLC, 1600 Amphitheatre Parkway",
      frm=("Agnès Rouvière (via Google Docs)", "drive-shares-dm-noreply@google.com"),
      reply_to="agnes.rouviere.sophro@gmail.com", html="only"),
    R("en-calendly-weekly", [], "Your week ahead: 9 events",
      "Hi Sandra,\n\nHere is your schedule for the week of November 10:\nMon — 3 events\nTue — 2 events\nThu — 4 "
      "events\n\nTip: add buffer time between meetings in Event Type settings.\n\nCalendly",
      frm=("Calendly", "notifications@calendly.com"), html="alt", headers=GEN),
    R("en-zoom-dpa-update", [], "Important: updates to Zoom's Data Processing Addendum",
      "Dear Zoom customer,\n\nWe are updating our Global Data Processing Addendum, effective 1 March 2026, to reflect "
      "new Standard Contractual Clauses and sub-processor changes. No action is needed; continued use constitutes "
      "acceptance. You can review the DPA and our sub-processor list in the Trust Center.\n\nZoom Privacy Team",
      frm=("Zoom", "privacy-noreply@zoom.us"), html="alt", headers=bulk("<customers.zoom.us>", "<https://zoom.us/unsub>")),
    R("fr-qonto-releve", [], "Votre relevé de compte de septembre est disponible",
      "Bonjour Sandra,\n\nVotre relevé de compte du mois de septembre 2025 est disponible dans votre espace Qonto, "
      "rubrique Documents.\n\nÀ bientôt,\nL'équipe Qonto",
      frm=("Qonto", "no-reply@qonto.com"), html="alt", headers=GEN),
    R("fr-urssaf-echeance", [], "Déclaration de chiffre d'affaires — échéance du 31 juillet",
      "Madame DELOMENIE Sandra,\n\nNous vous rappelons que votre déclaration de chiffre d'affaires du 2e trimestre "
      "2025 doit être effectuée avant le 31 juillet sur autoentrepreneur.urssaf.fr.\n\nCe message est envoyé "
      "automatiquement, merci de ne pas y répondre.\n\nL'Urssaf",
      frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), headers=GEN),
    R("en-paypal-payment-note", [], "You've got money",
      "Hello, Floraison de Soi\n\nYou received a payment of €60.00 EUR from Harriet Blake.\n\nNote from Harriet Blake:\n"
      "\"Session of the 4th - thank you so much! Please note the invoice should be in my maiden name, Harriet Cole.\"\n\n"
      "Transaction ID: 7YH80412LP556123K\n\nPayPal Europe S.à r.l. et Cie, S.C.A.",
      frm=("service@paypal.fr", "service@paypal.fr"), html="alt"),
    R("fr-brevo-rapport-campagne", [], "Rapport de campagne : « Lettre de mars »",
      "Votre campagne « Lettre de mars » a été envoyée à 642 contacts.\n\nTaux d'ouverture : 48,2 %\nTaux de clic : "
      "6,1 %\nDésinscriptions : 3\nHard bounces : 2\n\nVoir le rapport complet\n\nBrevo (ex-Sendinblue)",
      frm=("Brevo", "no-reply@brevo.com"), html="alt", headers=GEN),
    R("fr-brevo-mise-a-jour-confidentialite", [], "Mise à jour de notre politique de confidentialité",
      "Bonjour,\n\nNous mettons à jour notre politique de confidentialité et notre accord de traitement des données "
      "(DPA) au 15 janvier 2026 : précisions sur les sous-traitants ultérieurs et sur l'exercice des droits "
      "d'accès, d'effacement et d'opposition de vos contacts. Aucune action de votre part n'est requise.\n\n"
      "L'équipe juridique Brevo",
      frm=("Brevo", "legal@brevo.com"), html="alt", headers=bulk("<customers.brevo.com>", "<https://brevo.com/unsub>")),
    R("en-compliance-spam-fines", [], "URGENT: your website floraisondesoi.fr is not GDPR compliant",
      "Dear website owner,\n\nOur automated audit found 7 GDPR violations on floraisondesoi.fr (cookie banner, missing "
      "DPO, data subject request process). Fines can reach €20,000,000. Fix everything today with our Compliance Kit "
      "for only €299. Reply YES to receive the report.\n\nGDPR Audit Team",
      frm=("GDPR Audit Team", "audit@gdpr-compliance-check.net")),
    R("fr-phishing-orange-boite-pleine", [], "Votre boîte mail est pleine — action requise",
      "Cher(e) client(e) Orange,\n\nVotre espace de stockage a atteint 99 %. Pour éviter la suppression de vos "
      "messages, veuillez vérifier votre compte sous 24 h : http://orange-messagerie-verif.com/login\n\n"
      "Service client Orange",
      frm=("Orange Service Client", "service@orange-securite-compte.com"), to="orange", html="only"),
    R("en-phishing-docusign", [], "Sandra, please review and sign: Contract_2026.pdf",
      "DocuSign\n\nYou have received a document to review and sign.\n\nREVIEW DOCUMENT\n\nThis message was sent to "
      "you by Accounts Dept via DocuSign Electronic Signature Service.",
      frm=("DocuSign via Accounts Dept", "dse@docusign-secure-mail.info"), html="only"),
    R("fr-autoreply-absence-cliente", [], "Réponse automatique : Rappel : atelier samedi",
      "Bonjour,\n\nJe suis absente jusqu'au 25 août inclus, sans accès à mes mails. Pour toute urgence, contactez "
      "l'accueil de la médiathèque au 02 54 03 00 00.\n\nCordialement,\nFlorence Bertin",
      frm=("Florence Bertin", "f.bertin@mediatheque-issoudun.fr"), headers=AUTO, mailer="Microsoft Outlook 16.0"),
    R("en-autoreply-ooo-gdpr-rights", [], "Automatic reply: Invoice February workshop",
      "Thank you for your email. I am out of the office until Monday 9 March with limited access to email.\n\n"
      "Privacy notice: Lumen Software GmbH processes personal data contained in emails in accordance with the GDPR. "
      "You have the right to access, rectify, erase, restrict or object to the processing of your data, as well as "
      "the right to data portability. Contact privacy@lumen-software.de.\n\nNina Schultz",
      frm=("Nina Schultz", "nina.schultz@lumen-software.de"), headers=AUTO),
    R("fr-autoreply-mentions-rgpd", [], "Accusé de réception automatique",
      "Bonjour,\n\nNous avons bien reçu votre message et y répondrons dans les meilleurs délais.\n\nConformément au "
      "RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition sur vos données, "
      "exerçable auprès de dpo@mutuelle-centre.fr.\n\nMutuelle du Centre — Service adhérents",
      frm=("Mutuelle du Centre", "adherents@mutuelle-centre.fr"), headers=AUTO),
    R("fr-bounce-adresse-inconnue", [], "Undelivered Mail Returned to Sender",
      "Ceci est le programme de messagerie de smtp.orange.fr.\n\nVotre message n'a pas pu être délivré à un ou "
      "plusieurs destinataires.\n\n<jeanne.moulin@wanadoo.fr> : adresse inconnue",
      frm=("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"), to="orange", kind="bounce", headers=GEN,
      inner=dict(frm=S_OR, to="jeanne.moulin@wanadoo.fr", subject="Confirmation de votre séance",
                 body="Bonjour Jeanne, je vous confirme notre séance de mardi à 10h. Sandra",
                 rcpt="jeanne.moulin@wanadoo.fr", mta="smtp.orange.fr")),
    R("en-bounce-mailbox-full", [], "Delivery Status Notification (Failure)",
      "Address not delivered: your message wasn't delivered to chris.evans.coach@gmail.com because the recipient's "
      "inbox is out of storage space.",
      frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to="contact", kind="bounce", headers=GEN,
      inner=dict(frm=S_CT, to="chris.evans.coach@gmail.com", subject="Your data export",
                 body="Hi Chris, as requested please find your data export attached. Best, Sandra",
                 rcpt="chris.evans.coach@gmail.com", mta="mx.google.com", status="4.2.2",
                 diag="452-4.2.2 The recipient's inbox is out of storage space")),
    R("fr-bounce-newsletter", [], "Échec de remise du message",
      "Le message suivant n'a pas pu être remis : la boîte aux lettres du destinataire est désactivée.",
      frm=("Postmaster", "postmaster@laposte.net"), to="contact", kind="bounce", headers=GEN,
      inner=dict(frm=S_CT, to="g.durand@laposte.net", subject="🌸 La lettre d'avril",
                 body="Bonjour à toutes et à tous, le printemps est là... Se désinscrire",
                 rcpt="g.durand@laposte.net", mta="mx.laposte.net", diag="550 5.2.1 Mailbox disabled")),
    R("fr-own-confirmation-effacement", [], "Confirmation de la suppression de vos données",
      "Bonjour Monsieur Aubrun,\n\nSuite à votre demande du 14 février, je vous confirme que l'ensemble de vos "
      "données (fiche client, échanges, compte sur la plateforme de formation) a été effacé. Seules les factures "
      "sont conservées pendant la durée légale.\n\nBien cordialement,\nSandra Delomenie\nFloraison de Soi",
      frm=S_OR, to="Thierry Aubrun <thierry.aubrun@wanadoo.fr>", cc="contact@floraisondesoi.fr"),
    R("fr-own-envoi-export", [], "Vos données au format CSV",
      "Bonjour Damien,\n\nComme convenu, voici l'export de vos suivis d'objectifs et de vos réponses aux bilans, au "
      "format CSV (ouvrable dans Excel).\n\nBelle continuation,\nSandra",
      frm=S_CT, to="Damien Caillaud <damien.caillaud@gmail.com>", cc="sandra.delomenie@orange.fr",
      atts=[("csv", "export_Caillaud.csv", "date;objectif;avancement\n2025-03-02;Prendre la parole en réunion;3/5\n2025-04-06;Déléguer;4/5\n")]),
    R("fr-own-newsletter-test", [], "[TEST] 🌸 La lettre de mai : oser ralentir",
      "Bonjour {prénom},\n\nMai est là. Et si ce mois-ci on essayait de ralentir, vraiment ?\n\n• Atelier « Oser "
      "ralentir » — samedi 17 mai, 9h30\n• Cercle de femmes — jeudi 5 juin\n• Nouveau : séances en visio le mardi soir\n\n"
      "Vous recevez cette lettre car vous êtes inscrit(e) à Floraison de Soi. Vos données sont traitées conformément "
      "à notre politique de confidentialité ; vous pouvez exercer vos droits à sandra.delomenie@orange.fr.\n\n"
      "Se désinscrire",
      frm=S_CT, to="contact", html="alt", headers=bulk("<lettre.floraisondesoi.fr>", "<https://floraisondesoi.fr/desinscription>")),
    R("en-own-reply-with-copy", [], "Your personal data — copy",
      "Dear Emma,\n\nFurther to your voicemail, please find attached a copy of the personal data I hold about you "
      "(registration form, retreat intake questionnaire, invoices). Nothing was shared beyond the processors listed "
      "in my privacy policy.\n\nWarm regards,\nSandra Delomenie",
      frm=S_CT, to="Emma Holloway <emma.holloway@gmail.com>",
      atts=[("pdf", "copie_donnees_Holloway.pdf", "Copy of personal data - Emma Holloway\nRegistration form, intake questionnaire, invoices")]),
    R("fr-own-rappel-rdv", [], "Rappel : votre séance demain à 17h30",
      "Bonjour Odile,\n\nPetit rappel : votre séance a lieu demain mardi à 17h30. Nous avons bien noté votre nouveau "
      "numéro pour les prochains rappels.\n\nÀ demain,\nSandra",
      frm=S_CT, to="Odile Dubreuil <odile.dubreuil@orange.fr>"),
    R("fr-newsletter-federation-rgpd", [], "La Lettre des Coachs — n° 87 : données de santé, ce qui change",
      "La Lettre des Coachs — n° 87\n\nÀ la une : données de santé et accompagnement. Faut-il recueillir un "
      "consentement écrit ? Combien de temps conserver les notes ? Comment répondre à une demande d'accès ou "
      "d'effacement d'un client ? Notre juriste fait le point.\n\nAussi : le congrès de Lyon, les nouvelles "
      "certifications.\n\nSe désinscrire | Gérer mes préférences",
      frm=("Fédération des Coachs", "lettre@federation-coachs.fr"), html="only",
      headers=bulk("<lettre.federation-coachs.fr>", "<mailto:unsubscribe@federation-coachs.fr>")),
    R("en-newsletter-coaching-journal", [], "This week: the ethics of note-taking in coaching",
      "COACHING PRACTICE WEEKLY\n\nThe ethics of note-taking: what should you write down, how long should you keep it, "
      "and what happens when a client asks to see it? Plus: five reflective questions for supervision.\n\n"
      "Unsubscribe · Update preferences",
      frm=("Coaching Practice Weekly", "newsletter@coachingpractice.org"), html="alt",
      headers=bulk("<weekly.coachingpractice.org>", "<https://coachingpractice.org/unsubscribe>")),
    R("fr-ovh-renouvellement", [], "Renouvellement de votre domaine floraisondesoi.fr",
      "Bonjour,\n\nVotre nom de domaine floraisondesoi.fr expire le 12/04/2026. Le renouvellement automatique est "
      "activé ; votre moyen de paiement sera débité de 11,99 € TTC.\n\nOVHcloud",
      frm=("OVHcloud", "noreply@ovh.net"), headers=GEN),
    R("fr-wordpress-mise-a-jour", [], "[Floraison de Soi] Votre site a été mis à jour vers WordPress 6.8.1",
      "Bonjour ! Votre site sur https://www.floraisondesoi.fr a été mis à jour automatiquement vers WordPress 6.8.1.\n\n"
      "Aucune action n'est requise.\n\nL'équipe WordPress",
      frm=("WordPress", "wordpress@floraisondesoi.fr"), headers=GEN),
    R("fr-sio-cgu-update", [], "Évolution de nos conditions et de notre DPA",
      "Bonjour Sandra,\n\nÀ compter du 1er février 2026, nos Conditions Générales et notre Accord de traitement des "
      "données évoluent : nouvelle liste de sous-traitants, hébergement des vidéos en UE, outil d'export des contacts "
      "pour répondre aux demandes de portabilité.\n\nL'équipe Systeme.io",
      frm=SIO, html="alt", headers=bulk("<news.systeme.io>", "<https://systeme.io/unsubscribe>")),
    R("en-ga-data-retention", [], "[Action advised] Review your Google Analytics data retention settings",
      "Hello,\n\nData retention for the property floraisondesoi.fr (GA4) is currently set to 2 months. Consider "
      "reviewing your settings and your consent mode configuration.\n\nThe Google Analytics team",
      frm=("Google Analytics", "analytics-noreply@google.com"), html="alt", headers=GEN),
    R("fr-linkedin-invitation", [], "Chloé Renard souhaite se connecter",
      "Chloé Renard\nPsychopraticienne à Bourges\n\nJ'ai vu votre post sur le consentement en séance, très juste. Au "
      "plaisir d'échanger !\n\nAccepter\n\nLinkedIn Ireland Unlimited Company",
      frm=("LinkedIn", "invitations@linkedin.com"), html="alt"),
    R("fr-la-poste-avis-passage", [], "Votre colis vous attend en point de retrait",
      "Bonjour,\n\nVotre colis n° 6A21458874120 est disponible au bureau de poste d'Issoudun. Vous pouvez le retirer "
      "jusqu'au 18/11 muni d'une pièce d'identité.\n\nLa Poste — Colissimo",
      frm=("Colissimo", "noreply@notif-colissimo-laposte.info"), headers=GEN),
    R("fr-impots-cfe", [], "Votre avis de CFE est disponible",
      "Madame,\n\nVotre avis de cotisation foncière des entreprises 2025 est disponible dans votre espace "
      "professionnel sur impots.gouv.fr.\n\nLa Direction générale des Finances publiques",
      frm=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), headers=GEN),
    R("en-mailchimp-webinar", [], "Free webinar: handling data subject requests as a small business",
      "Join our free 45-minute webinar: how to handle access, deletion and unsubscribe requests from your audience, "
      "with templates you can reuse. Thursday 5pm CET.\n\nSave my seat\n\nIntuit Mailchimp",
      frm=("Mailchimp", "events@mailchimp.com"), html="only",
      headers=bulk("<events.mailchimp.com>", "<https://mailchimp.com/unsub>")),
    R("fr-orange-facture", [], "Votre facture Orange est disponible",
      "Bonjour,\n\nVotre facture Orange de décembre d'un montant de 42,99 € est disponible dans votre Espace Client. "
      "Elle sera prélevée le 05/01.\n\nOrange",
      frm=("Orange", "facture@orange.fr"), to="orange", headers=GEN),
    R("en-zapier-zap-error", [], "Your Zap \"WhatsApp Business → e-mail\" has errors",
      "Hi Sandra,\n\nYour Zap \"WhatsApp Business → e-mail\" encountered 3 errors in the last 24 hours: "
      "\"Authentication expired\". Reconnect your WhatsApp Business account to resume.\n\nThe Zapier Team",
      frm=("Zapier", "no-reply@zapier.com"), html="alt", headers=GEN),
    R("fr-cnil-lettre-info", [], "La lettre d'information de la CNIL — décembre",
      "Au sommaire : bilan des plaintes 2025, recommandations sur les cookies, fiche pratique « Répondre à une "
      "demande de droit d'accès ».\n\nVous recevez ce courriel car vous êtes abonné à la lettre de la CNIL. "
      "Se désabonner",
      frm=("CNIL", "lettre@cnil.fr"), html="alt", headers=bulk("<lettre.cnil.fr>", "<https://www.cnil.fr/desabonnement>")),
    R("fr-cnil-notification-plainte", [], "Plainte n° 25-04411 — demande d'observations",
      "Madame,\n\nLa Commission a été saisie d'une plainte de M. Antoine Roussel relative à l'exercice de son droit "
      "d'accès. Je vous remercie de m'indiquer, sous un mois, les suites que vous avez données à sa demande.\n\n"
      "Service des plaintes — CNIL\n3 place de Fontenoy, 75007 Paris",
      frm=("CNIL - Service des plaintes", "plaintes-noreply@cnil.fr"), to="orange",
      atts=[("pdf", "courrier_CNIL_25-04411.pdf", "CNIL - Service des plaintes\nDossier 25-04411 - demande d'observations")]),
    R("en-google-takeout-ready", [], "Your Google data is ready to download",
      "Your Google data archive is ready.\n\nCreated: Drive, Calendar\nArchive size: 1.2 GB\nDownload available until "
      "Feb 12.\n\nDownload your files\n\nGoogle Takeout",
      frm=("Google Takeout", "noreply-takeout@google.com"), html="alt", headers=GEN),
    R("fr-sio-export-contacts-pret", [], "Votre export de contacts est prêt",
      "Bonjour,\n\nL'export de vos contacts (1 184 lignes, format CSV) est prêt. Le lien de téléchargement expire "
      "dans 24 heures.\n\nL'équipe Systeme.io",
      frm=SIO, headers=GEN),
    R("fr-qonto-virement-libelle", [], "Virement reçu : 75,00 €",
      "Bonne nouvelle ! Vous avez reçu un virement de 75,00 € de M. OLIVIER BRICE.\nLibellé : « seance 12/06 merci "
      "pour tout »\n\nQonto",
      frm=("Qonto", "no-reply@qonto.com"), headers=GEN),
    R("en-eventbrite-order", [], "New order for Journée bien-être — Issoudun",
      "You have a new order!\n\nAttendee: Rosie Clarke\nTickets: 2 x General admission\nAnswer to \"Anything we should "
      "know?\": My friend has limited mobility, is there step-free access to the room?\n\nManage orders\n\nEventbrite",
      frm=("Eventbrite", "noreply@order.eventbrite.com"), html="alt"),
    R("fr-sio-commentaire-acces-module", [], "Nouveau commentaire dans « Reprendre confiance »",
      sio_comment("Gaëlle Morin", "Reprendre confiance", "Module 4 — Les croyances",
                  "Bonjour, je n'arrive pas à accéder au module 4, il reste grisé alors que j'ai fini le 3 ?"),
      frm=SIO, html="alt"),
    R("fr-sio-commentaire-supprimer-tout", ["erasure"], "Nouveau commentaire dans « Mieux dormir »",
      sio_comment("Raphaël Dumont", "Mieux dormir", "Leçon 2 — Le journal du sommeil",
                  "Sandra, j'arrête la formation. Merci de supprimer mes commentaires, ma photo de profil et toutes mes "
                  "données de l'espace membres et de vos fichiers."),
      frm=SIO, html="alt"),
    R("en-sio-comment-what-data", ["access"], "Nouveau commentaire dans « Calm mind, clear goals »",
      sio_comment("Oksana Petrenko", "Calm mind, clear goals", "Lesson 1 — Welcome",
                  "Hi Sandra, before I continue: could you tell me what personal data this platform and you collect "
                  "and keep about me, and send me a copy of it? Thank you."),
      frm=SIO, html="alt"),
    R("fr-calendly-routing-no-marketing", ["objection"], "New Routing Form submission: Premier contact",
      "Hi Sandra Delomenie,\n\nA new submission was received on your Routing Form \"Premier contact\".\n\n"
      "Name: Thérèse Gallet\nEmail: therese.gallet@orange.fr\nHow can I help?: Je veux bien un rendez-vous "
      "découverte, mais je ne souhaite pas recevoir vos mails marketing ni être inscrite à la newsletter.\n\n"
      "Routed to: Séance découverte (30 min)\n\nCalendly",
      frm=("Calendly", "notifications@calendly.com"), html="alt"),
    R("en-autoreply-quoting-her-message", [], "Auto: Re: Your session on Thursday",
      "Hi, I'm travelling with limited connectivity until 20 July. I'll reply when I'm back.\nLiam",
      frm=("Liam O'Brien", "liam.obrien@eircom.net"), headers=AUTO,
      quote=dict(style="en", who=S_CT, text="Hi Liam, just confirming your session on Thursday at 6pm. Sandra")),
    R("fr-own-autoreply-vacances", [], "Absence du cabinet",
      "Bonjour,\n\nLe cabinet est fermé du 4 au 18 août. Je répondrai à votre message à mon retour. Pour toute "
      "demande relative à vos données personnelles, elle sera traitée dans le délai légal d'un mois.\n\nBel été,\n"
      "Sandra Delomenie — Floraison de Soi",
      frm=S_OR, to="Carole Besnard <carole.besnard@gmail.com>", headers=AUTO),
    R("en-typeform-subprocessor-notice", [], "Notice of changes to Typeform's sub-processors",
      "Hello,\n\nAs required under our Data Processing Agreement, we're notifying you of a new sub-processor (a "
      "European CDN provider) starting in 30 days. If you wish to object to this change under the DPA, contact "
      "privacy@typeform.com.\n\nTypeform Legal",
      frm=("Typeform", "legal-noreply@typeform.com"), html="alt", headers=GEN),
    R("fr-canva-invitation-equipe", [], "Agnès vous invite à rejoindre son équipe sur Canva",
      "Agnès Rouvière vous invite à rejoindre l'équipe « Ateliers Berry » sur Canva pour modifier les visuels du "
      "stage d'été.\n\nRejoindre l'équipe\n\nCanva",
      frm=("Canva", "no-reply@canva.com"), html="only"),
    R("fr-helloasso-rappel-rgpd-spam", [], "Votre association est-elle conforme ? Formation RGPD -50 %",
      "Madame, Monsieur,\n\nDernières places pour notre formation en ligne « RGPD pour associations et "
      "indépendants » : registre, consentement, droits d'accès et d'effacement. -50 % jusqu'à dimanche.\n\n"
      "Pour ne plus recevoir nos offres, cliquez ici.",
      frm=("Formations Conformité Express", "offres@conformite-express.fr"), html="only",
      headers=bulk("<offres.conformite-express.fr>", "<https://conformite-express.fr/stop>")),
]

RECORDS += [
    R("en-sms-bridge-wrong-surname", ["rectification"], "SMS de +353 87 123 4567",
      "De : +353 87 123 4567\nReçu : Tuesday 10 March 2026, 09:02\n\nHi Sandra it's Aoife. Small thing: your "
      "reminders say Aoife Kelly but it's Aoife Kelleher now. Could you fix it in your records? ta\n\n-- \n"
      "Transféré automatiquement par SMS Forwarder (Android)",
      frm=("Transfert SMS", "sms-relay@floraisondesoi.fr")),
    R("en-fb-message-hold-file", ["restriction"], "Daniel Ross sent a message to Floraison de Soi",
      "Daniel Ross sent a message to your Page Floraison de Soi.\n\n\"Sandra, the notes from my last two sessions "
      "mention things I'm not sure are right. Until we talk, please keep them as they are but don't use or share "
      "them in any way.\"\n\nReply in Meta Business Suite\n\nMeta Platforms Ireland Ltd., Merrion Road, Dublin 4",
      frm=("Facebook", "notification@facebookmail.com"), html="alt"),
    R("en-spouse-relay-booking-change", [], "Katie's appointment",
      "Hi Sandra, Katie asked me to let you know she can't make Friday at 4 — her train was cancelled. Could she have "
      "Monday instead? She'll confirm by text. Thanks, Rob",
      frm=("Rob Fielding", "rob.fielding@gmail.com")),
    R("en-fwd-newsletter-no-comment", [], "Fwd: Mindful Leaders Digest — issue 42", "",
      frm=("Hannah Price", "hannah.price@outlook.com"),
      quote=dict(style="fwd_en", who=("Mindful Leaders", "digest@mindfulleaders.io"), to="hannah.price@outlook.com",
                 subject="Mindful Leaders Digest — issue 42",
                 text="This week: boundaries at work, a 4-minute grounding practice, and our interview with a "
                      "burnout researcher.\n\nYou're receiving this because you subscribed. Unsubscribe.")),
    R("en-apple-fwd-thanks-from-mum", [], "Fwd: Thank you note",
      "Sandra, my mum wanted you to see this — she doesn't do email. x Lucy",
      frm=("Lucy Bennett", "lucy.bennett@icloud.com"), mailer="iPhone Mail (22B83)",
      quote=dict(style="apple_fwd", who=("Lucy Bennett", "lucy.bennett@icloud.com"), to="Lucy Bennett",
                 subject="Thank you note",
                 text="(typed up for Mum) Dear Sandra, thank you for the gentle workshop last Saturday. I slept "
                      "through the night for the first time in months. Love, Margaret")),
    R("en-chat-transcript-withdraw-questionnaire", ["withdraw_consent"], "Conversation terminée avec Erik",
      "Transcript de la conversation avec Erik (erik.johansson@telia.se)\nSite : floraisondesoi.fr\n\n"
      "[09:12] Erik : Hello, I filled in your research questionnaire about stress at work last month\n"
      "[09:13] Erik : I no longer agree to my answers being used for it, please leave them out\n"
      "[09:13] Floraison de Soi (message automatique) : Merci ! Sandra vous répond par e-mail sous 48 h.\n\n"
      "—\nCe transcript vous est envoyé automatiquement à la fin de chaque conversation. Crisp IM SAS",
      frm=("Crisp", "notifications@crisp.chat"), reply_to="erik.johansson@telia.se"),
    R("en-hr-asks-trainee-results", [], "Training results for our staff",
      "Dear Sandra,\n\nCould you send us the individual self-assessment scores of the six colleagues who attended the "
      "leadership day? Our directors would like to compare them with the annual reviews.\n\nKind regards,\n"
      "Olivia Hart, HR Manager, Brightwater Hotels",
      frm=("Olivia Hart", "olivia.hart@brightwaterhotels.co.uk")),
]
