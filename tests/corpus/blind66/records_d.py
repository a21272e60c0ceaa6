# -*- coding: utf-8 -*-
"""b66 records D: automatic mail, platforms, bounces, her own sent mail, vendor notices, phishing (mostly negatives)."""
from common import *

AUTO = {"Auto-Submitted": "auto-generated"}

RECORDS = [
R("fr-stripe-paiement-neg", [], "Paiement reçu : 70,00 € de Karima Said",
  "Vous avez reçu un paiement de 70,00 €.\n\nClient : Karima Said (karima.said@gmail.com)\nDescription : Séance individuelle\nMéthode : Visa •••• 4421\n\nAfficher le paiement dans le Dashboard\n\nStripe Payments Europe, Ltd. – 1 Grand Canal Street Lower, Dublin 2",
  frm=("Stripe", "notifications@stripe.com"), to=CONTACT, html="alt", headers=AUTO),

R("en-stripe-dpa-update-neg", [], "Updates to the Stripe Data Processing Agreement",
  "Hello,\n\nWe're writing to let you know that we are updating our Data Processing Agreement (DPA) and Privacy Policy, effective 1 October 2025. These updates reflect changes to the list of sub-processors and clarify how we handle data subject requests such as access and erasure on your behalf.\n\nNo action is required.\n\nThe Stripe team",
  frm=("Stripe", "noreply@stripe.com"), to=CONTACT, html="only", headers={"List-Unsubscribe": "<https://stripe.com/unsubscribe>"}),

R("fr-sysio-nouvelle-vente-neg", [], "Nouvelle vente : Programme « Renaître à soi »",
  "Félicitations ! Vous avez réalisé une nouvelle vente.\n\nProduit : Programme « Renaître à soi » (197 €)\nClient : anne.joly@gmail.com\n\nAccéder à vos ventes : https://systeme.io/dashboard/sales",
  frm=("systeme.io", "notifications@systeme.io"), to=CONTACT, headers=AUTO),

R("fr-sysio-desinscription-auto-neg", [], "Un contact s'est désabonné",
  "Bonjour,\n\nLe contact paul.renard@free.fr s'est désabonné de votre liste « Newsletter Floraison » via le lien de désinscription.\n\nAucune action n'est requise.\n\nL'équipe systeme.io",
  frm=("systeme.io", "notifications@systeme.io"), to=CONTACT, headers=AUTO),
  # NEAR-LINE: platform notice of an unsubscribe already processed by the link; not a message from the person -> negative

R("en-calendly-cancel-neg", [], "Canceled: Emily Park and Sandra Delomenie",
  "Hi Sandra Delomenie,\n\nThe event below has been canceled.\n\nEvent Type: Discovery call (30 min)\nInvitee: Emily Park\nInvitee Email: emily.park@gmail.com\nEvent Date/Time: 09:30 - Thursday, 11 September 2025 (Central European Time)\nCancellation reason: \"Something came up at work, I'll rebook.\"\n\nCalendly",
  frm=("Calendly", "notifications@calendly.com"), to=CONTACT, headers=AUTO),

R("en-zoom-recording-neg", [], "Cloud Recording - Cercle du jeudi is now available",
  "Hi Sandra,\n\nYour cloud recording is now available.\n\nTopic: Cercle du jeudi\nDate: 16 Oct 2025\n\nShare recording with viewers: https://us06web.zoom.us/rec/share/xyz\n\nTo delete the recording, go to Recordings in your Zoom web portal.\n\nThank you for choosing Zoom.",
  frm=("Zoom", "no-reply@zoom.us"), to=CONTACT, html="alt", headers=AUTO),

R("fr-qonto-releve-neg", [], "Votre relevé de compte de septembre est disponible",
  "Bonjour Sandra,\n\nVotre relevé de compte pour septembre 2025 est disponible dans votre espace Qonto.\n\nPour exporter vos transactions au format CSV, rendez-vous dans Transactions > Exporter.\n\nL'équipe Qonto",
  frm=("Qonto", "no-reply@qonto.com"), to=CONTACT, html="only", headers=AUTO),

R("fr-urssaf-neg", [], "Votre déclaration de chiffre d'affaires",
  "Madame DELOMENIE,\n\nVotre déclaration de chiffre d'affaires du 3e trimestre 2025 est à effectuer avant le 31 octobre.\n\nConnectez-vous à votre espace autoentrepreneur.urssaf.fr.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.",
  frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), to=ORANGE, headers=AUTO),

R("en-paypal-phishing-neg", [], "Your account has been limited – confirm your information",
  "Dear Customer,\n\nWe noticed unusual activity on your PayPal account. To restore access, please verify your personal information within 24 hours by clicking below. Failure to do so will result in permanent deletion of your account and data.\n\nhttp://paypa1-secure-verify.com/login\n\nPayPal Security Team",
  frm=("PayPal Service", "service@paypa1-support.info"), to=ORANGE, html="only"),

R("fr-brevo-rapport-neg", [], "Rapport de campagne : « Lettre de novembre »",
  "Votre campagne « Lettre de novembre » a été envoyée à 412 contacts.\n\nOuvertures : 48 %\nClics : 9 %\nDésinscriptions : 3\nPlaintes pour spam : 0\n\nConsultez le rapport détaillé dans Brevo.",
  frm=("Brevo", "no-reply@brevo.com"), to=CONTACT, headers=AUTO),

R("fr-google-securite-neg", [], "Alerte de sécurité : nouvelle connexion",
  "Nouvelle connexion sur Windows\n\nfloraisondesoi@gmail.com\n\nNous avons détecté une nouvelle connexion à votre compte Google. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.\n\nVérifier l'activité",
  frm=("Google", "no-reply@accounts.google.com"), to=CONTACT, html="alt", headers=AUTO),

R("fr-autoreply-client-rgpd-neg", [], "Réponse automatique : Lettre de décembre",
  "Bonjour,\nJe suis absente du cabinet jusqu'au 6 janvier. Pour toute urgence, contactez le 02 54 00 00 00.\n\nConformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition sur les données vous concernant, que vous pouvez exercer auprès de dpo@cabinet-moulin.fr.\n\nCabinet Moulin, expertise comptable",
  frm=("Valérie Moulin", "v.moulin@cabinet-moulin.fr"), to=CONTACT,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}),

R("en-autoreply-ooo-neg", [], "Automatic reply: Workshop materials",
  "Thank you for your email. I am out of the office until Monday 14 April with limited access to email. For urgent matters, please contact hr@northbay.io.\n\nLiam",
  frm=("Liam O'Connor", "liam.oconnor@northbay.io"), to=CONTACT,
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"}),

R("fr-bounce-orange-neg", [], "Undelivered Mail Returned to Sender",
  "Ceci est le programme de distribution du courrier sur le serveur smtp.orange.fr.\n\nVotre message n'a pas pu être délivré à un ou plusieurs destinataires.\n\n<michel.perrot@free.fr>: adresse inconnue",
  bounce=dict(mta="smtp.orange.fr", rcpt="michel.perrot@free.fr", status="5.1.1", diag="550 5.1.1 <michel.perrot@free.fr>: Recipient address rejected: User unknown",
              osubject="Confirmation de suppression de vos données", obody="Bonjour Michel, je vous confirme la suppression de vos données.\nSandra"),
  frm=("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"), to=ORANGE, headers=AUTO),
  # NEAR-LINE: bounce of her own erasure confirmation -> negative

R("en-bounce-gmail-neg", [], "Delivery Status Notification (Failure)",
  "Address not found\n\nYour message wasn't delivered to jenna.w@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.",
  bounce=dict(mta="mail-sor-f41.google.com", rcpt="jenna.w@gmial.com", status="5.1.2", diag="DNS Error: Domain name not found",
              osubject="Your data export", obody="Hi Jenna, please find your data export attached."),
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=CONTACT, headers=AUTO),

R("fr-bounce-boite-pleine-neg", [], "Message non remis : Lettre du printemps",
  "Le message n'a pas pu être remis au destinataire car sa boîte aux lettres est pleine.\n\nDestinataire : gisele.marquet@laposte.net",
  bounce=dict(mta="mx.laposte.net", rcpt="gisele.marquet@laposte.net", status="4.2.2", diag="452 4.2.2 Mailbox full",
              osubject="Lettre du printemps"),
  frm=("Postmaster", "postmaster@laposte.net"), to=CONTACT, headers=AUTO),

R("fr-sandra-confirme-effacement-neg", [], "Confirmation de la suppression de vos données",
  "Bonjour Madame Giraud,\n\nSuite à votre demande transmise par mon assistante, je vous confirme que vos nom, téléphone et adresse ont été supprimés de l'ensemble de mes fichiers (tableur clients, plateforme systeme.io, liste Brevo).\n\nJe reste à votre disposition.\n\nSandra Delomenie\nFloraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun",
  frm=SANDRA, to="Martine Giraud <martine.giraud36@orange.fr>", cc=ORANGE),

R("en-sandra-sends-export-neg", [], "Your data – export as requested",
  "Dear Hannah,\n\nAs requested, please find attached your questionnaire answers and session summaries in CSV format. I have also sent a copy to your new coach at the address you gave me.\n\nWarm regards,\nSandra",
  att=[("csv", "Whitfield_H_export.csv", "date;type;summary\n2024-10-02;questionnaire;Confidence 4/10\n2024-11-06;session;Worked on assertiveness at work\n")],
  frm=SANDRA, to="Hannah Whitfield <hwhitfield@protonmail.com>", cc=CONTACT),

R("fr-sandra-newsletter-neg", [], "🌷 La lettre de Floraison de Soi – avril",
  "Bonjour à toutes et à tous,\n\nLe printemps revient, et avec lui l'envie de se remettre en mouvement. Ce mois-ci : un nouveau cercle de parole le jeudi soir, un atelier « Oser dire non » le 14, et mes coups de cœur lecture.\n\nVous recevez cette lettre car vous vous êtes inscrit(e) sur floraisondesoi.fr. Vous pouvez vous désinscrire à tout moment, ou exercer vos droits d'accès, de rectification et d'effacement en écrivant à sandra.delomenie@orange.fr.\n\nSandra",
  frm=("Sandra - Floraison de Soi", "newsletter@floraisondesoi.fr"), to=CONTACT, html="alt",
  headers={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=8731>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

R("fr-sandra-reponse-question-neg", [], "Re: Question sur vos données",
  "Bonjour Inès,\n\nLes notes de séance sont conservées 10 ans après la fin du contrat, sauf les données de santé, conservées 2 ans maximum. Vous pouvez à tout moment demander à y accéder ou à les faire supprimer.\n\nBien à vous,\nSandra",
  quote="Bonjour, combien de temps gardez-vous les notes de séance une fois l'accompagnement terminé ? Et les données de santé ? Merci. Inès",
  qstyle="gmail", qfrom="Inès Hamdi <ines.hamdi@gmail.com>", frm=SANDRA, to="Inès Hamdi <ines.hamdi@gmail.com>"),

R("fr-cnil-plainte-copie-neg", [], "Plainte auprès de la CNIL – pour information",
  "Madame,\n\nJe vous informe que j'ai saisi ce jour la Commission nationale de l'informatique et des libertés d'une plainte à votre encontre, faute de réponse à mon courrier du 2 mars. Je vous en adresse copie ci-dessous.\n\n« Je soussigné Fabien Marais saisis la CNIL car l'organisme Floraison de Soi n'a pas répondu dans le délai légal à ma demande d'accès. »\n\nFabien Marais",
  frm=("Fabien Marais", "fabien.marais@gmail.com"), to=ORANGE),
  # NEAR-LINE: copy of a CNIL complaint, no new demand -> negative

R("en-compliance-spam-neg", [], "URGENT: Your website is violating GDPR – fines up to €20M",
  "Hello,\n\nOur automated scan found that floraisondesoi.fr collects personal data without a compliant consent banner. Under Article 83 GDPR you could be fined. Our certified DPO service handles all data subject access requests for you for only €39/month.\n\nBook a free call: https://gdpr-shield-now.eu\n\nTo stop receiving these emails reply STOP.",
  frm=("GDPR Compliance Team", "alerts@gdpr-shield-now.eu"), to=CONTACT, html="only"),

R("fr-ovh-dpa-neg", [], "Évolution de nos Conditions particulières – protection des données",
  "Madame, Monsieur,\n\nNous vous informons de la mise à jour de l'annexe « Traitement de données à caractère personnel » de nos contrats, applicable à compter du 1er janvier 2026. Elle précise la liste de nos sous-traitants ultérieurs et les modalités d'assistance pour les demandes d'exercice de droits de vos clients.\n\nL'équipe OVHcloud",
  frm=("OVHcloud", "noreply@ovh.com"), to=ORANGE, html="alt", headers={"Precedence": "bulk"}),

R("en-linkedin-digest-neg", [], "Sandra, you appeared in 12 searches this week",
  "You appeared in 12 searches this week.\nPeople searching for: coach, formatrice, Issoudun\n\nSee all searches\n\nYou are receiving LinkedIn notification emails.\nUnsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe",
  frm=("LinkedIn", "notifications-noreply@linkedin.com"), to=CONTACT, html="alt", headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"}),

R("fr-fb-avis-neg", [], "Nouvel avis sur Floraison de Soi",
  "Hélène Martinez a recommandé Floraison de Soi.\n\n« Une écoute incroyable. Sandra m'a aidée à m'opposer enfin à ma hiérarchie sans culpabiliser. Merci ! »\n\nRépondre à l'avis",
  frm=("Facebook", "notification@facebookmail.com"), to=CONTACT, headers=AUTO),

R("fr-doctolib-like-reservation-neg", [], "Nouvelle réservation – Mme Ophélie Brun",
  "Nouvelle réservation en ligne\n\nClient : Ophélie Brun\nDate : lundi 3 novembre 2025 à 18h00\nPrestation : Séance de suivi (60 min)\nCommentaire : « Je passerai par l'accès arrière, comme la dernière fois. »\n\nL'équipe Resalib",
  frm=("Resalib", "ne-pas-repondre@resalib.fr"), to=CONTACT, headers=AUTO),

R("en-phishing-dropbox-neg", [], "Sandra, a document has been shared with you: GDPR_Request_Form.pdf",
  "Someone shared a file with you.\n\nGDPR_Request_Form.pdf\n\"Please review my data deletion request\"\n\nOpen document: http://dropbox-share-files.click/doc?id=88121\n\nThis link expires in 24 hours.",
  frm=("Dropbox", "no-reply@dropb0x-mail.com"), to=ORANGE, html="only"),
  # NEAR-LINE: phishing lure mentioning a deletion request -> negative

R("fr-webinar-inscription-neg", [], "Inscription webinaire « Poser ses limites »",
  "Bonjour,\nJe voudrais m'inscrire au webinaire de jeudi. Faut-il donner son consentement pour l'enregistrement ? Je préfère garder la caméra éteinte.\nMerci, Gaëlle",
  frm=("Gaëlle Picard", "gaelle.picard@gmail.com"), to=CONTACT),

R("en-question-right-neg", [], "Question about my rights",
  "Hello Sandra,\nQuick question before I sign up: if I stop the coaching halfway, am I entitled to ask for my notes to be deleted, or do you have to keep them for legal reasons? Just want to understand.\nThanks, Kate",
  frm=("Kate Morrison", "kate.morrison@gmail.com"), to=CONTACT),

R("fr-question-droit-neg", [], "petite question",
  "Bonjour, ai-je le droit de demander à voir les notes que vous prenez pendant les séances ? Je ne le demande pas maintenant hein, c'est juste pour savoir comment ça marche chez vous.\nSoraya",
  frm=("Soraya Mansouri", "soraya.mansouri@hotmail.fr"), to=CONTACT),
  # NEAR-LINE: explicitly only asking whether the right exists -> negative

R("en-company-hr-employee-data-neg", [], "Attendance of our staff member",
  "Dear Ms Delomenie,\n\nCould you confirm whether our employee Mr Daniel Reyes attended all four sessions of the leadership coaching we paid for, and share your assessment of his progress? This is for his performance review.\n\nRegards,\nClaire Hudson, HR Manager, Brightwater Ltd",
  frm=("Claire Hudson", "c.hudson@brightwater.co.uk"), to=CONTACT),

R("fr-formation-opposition-exercice-neg", [], "Exercice sur l'opposition",
  "Bonjour Sandra,\nPour l'exercice « s'opposer sans agresser » de demain, je peux amener un cas réel du boulot ? Mon chef veut que je supprime tous les créneaux de télétravail et je n'arrive pas à dire non.\nMerci !\nLaure",
  frm=("Laure Vincent", "laure.vincent@gmail.com"), to=CONTACT),

R("en-close-account-neg", [], "close my account",
  "Hi, please close my account on the course platform, I've finished the programme. Thanks!\nBen",
  frm=("Ben Carter", "ben.carter@outlook.com"), to=CONTACT),
  # NEAR-LINE: close account alone, no data mentioned -> negative

R("en-cancel-subscription-neg", [], "Cancel monthly membership",
  "Hello,\nPlease cancel my monthly membership to the online circle from next month. The card on file can be charged for this month as usual.\nRegards,\nNadine Weber",
  frm=("Nadine Weber", "nadine.weber@gmx.de"), to=CONTACT),

R("fr-sms-fwd-gateway-neg", [], "SMS de +33 6 71 42 98 10",
  "Vous avez reçu un SMS sur votre ligne professionnelle.\n\nDe : +33 6 71 42 98 10\nMessage : Bjr Sandra c Virginie, je peu pas venir demain ma fille a de la fievre. on decale? bisous\n\nService SMS vers e-mail – Orange Pro",
  frm=("Orange Pro", "sms-mail@orange-business.com"), to=ORANGE, headers=AUTO),

R("en-google-forms-summary-neg", [], "Weekly summary: Feedback form (5 new responses)",
  "Your form Feedback form received 5 new responses this week.\n\nAverage rating: 4.6/5\n\nView responses in Google Forms.",
  frm=("Google Forms", "forms-receipts-noreply@google.com"), to=CONTACT, headers=AUTO),

R("fr-comptable-export-neg", [], "Pièces comptables 2025",
  "Bonjour Sandra,\n\nPour la clôture, peux-tu m'envoyer l'export CSV de tes ventes Stripe et Systeme.io, et une copie de la facture de la salle ? Attention à bien supprimer le doublon de janvier dans ton tableau.\n\nCordialement,\nThierry Blanc\nCabinet Blanc Expertise",
  frm=("Thierry Blanc", "t.blanc@blanc-expertise.fr"), to=ORANGE),

R("en-sandra-reply-to-access-neg", [], "Re: Subject access request",
  "Dear Amira,\n\nPlease find attached a copy of your data: identity details, the notes from our six sessions, and the list of processors (Systeme.io, Google Drive, my accountant). No data has been shared with any other party.\n\nKind regards,\nSandra Delomenie",
  att=[("pdf", "Haddad_A_dossier.pdf", ["Floraison de Soi - Copy of personal data", "Amira Haddad - sessions 1 to 6"])],
  quote="Please provide me with a copy of all personal data you hold about me.", qstyle="en", qfrom="Amira Haddad <amira.haddad@gmail.com>",
  frm=SANDRA, to="Amira Haddad <amira.haddad@gmail.com>"),

R("fr-consentement-donne-temoignage-neg", [], "Oui pour le témoignage",
  "Coucou Sandra ! Oui tu peux publier mon témoignage avec mon prénom et la photo de l'atelier, aucun souci. Et si un jour je change d'avis je te le dirai 😉\nMarion",
  frm=("Marion Leroux", "marion.leroux@gmail.com"), to=CONTACT),

R("fr-phishing-orange-neg", [], "Votre boîte mail sera supprimée",
  "Cher(e) client(e) Orange,\n\nVotre espace de stockage est plein. Sans action de votre part, votre messagerie et toutes vos données seront supprimées sous 48h.\n\nMettre à jour mes informations : http://orange-messagerie-maj.top/\n\nService client Orange",
  frm=("Orange Messagerie", "info@orange-mail-service.top"), to=ORANGE, html="only"),

R("en-typeform-autoreply-neg", [], "Thanks for completing Resilience check-in",
  "Thanks for completing the Resilience check-in, Sandra.\n\nHere's a copy of your answers:\n- How are you feeling this week? Tired but okay\n\nPowered by Typeform",
  frm=("Typeform", "notifications@typeform.com"), to=CONTACT, headers=AUTO),

R("fr-ami-pour-amie-neg", [], "Pour mon amie Julie",
  "Salut Sandra,\nMon amie Julie Morvan m'a dit que tu avais encore ses coordonnées et qu'elle recevait ta newsletter. Elle n'ose pas te le dire, est-ce que tu peux la retirer ?\nBises, Sabrina",
  frm=("Sabrina Lefort", "sabrina.lefort@gmail.com"), to=CONTACT),
  # NEAR-LINE: friend asking on behalf of another living adult without mandate -> negative

R("en-calendly-booking-neg", [], "New Event: Anja Müller - Discovery call",
  "Hi Sandra Delomenie,\n\nA new event has been scheduled.\n\nInvitee: Anja Müller\nEmail: anja.mueller@web.de\nQuestions: \"Is the session in English possible? And do you need my data privacy consent in advance?\"\n\nCalendly",
  frm=("Calendly", "notifications@calendly.com"), to=CONTACT, headers=AUTO),

R("fr-whatsapp-groupe-neg", [], "Vous avez 4 nouveaux messages",
  wa_digest([("Groupe Stage été 🌻", "10:02", "Anaïs : qui a les photos du dernier jour ?"),
             ("Groupe Stage été 🌻", "10:05", "Paul : moi je les ai, je les mets sur le drive"),
             ("Groupe Stage été 🌻", "10:06", "Paul : Sandra tu peux donner accès au drive à Anaïs ?"),
             ("Groupe Stage été 🌻", "10:09", "Anaïs : merci 🙏")]),
  frm=("WhatsApp Business", "noreply@whatsapp.com"), to=CONTACT, headers=AUTO),

R("en-vendor-privacy-notice-neg", [], "We've updated our Privacy Policy",
  "Hi there,\n\nWe've updated our Privacy Policy to explain more clearly how Canva uses your data and your rights to access, correct or delete it. The changes take effect on 15 December 2025.\n\nRead the updated policy.\n\nCanva Pty Ltd",
  frm=("Canva", "no-reply@canva.com"), to=CONTACT, html="alt", headers={"List-Unsubscribe": "<mailto:unsubscribe@canva.com>", "Precedence": "bulk"}),

R("fr-partenaire-salle-neg", [], "Accès à la salle samedi",
  "Bonjour Sandra,\nLe code d'accès à la salle a changé : 4718B. Merci de retirer l'ancien de vos documents pour les participants.\nL'équipe de la Maison des Associations",
  frm=("Maison des Associations", "accueil@mda-issoudun.fr"), to=CONTACT),

R("en-mailchimp-abuse-neg", [], "Abuse complaint received for your campaign",
  "Hello,\n\nA recipient of your campaign \"November letter\" marked it as spam. The address has been automatically unsubscribed. Repeated complaints may affect your sending reputation.\n\nBrevo Compliance",
  frm=("Brevo Compliance", "compliance@brevo.com"), to=CONTACT, headers=AUTO),
]
