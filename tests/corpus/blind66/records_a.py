# -*- coding: utf-8 -*-
"""b66 records A: website contact forms and platform notifications."""
from common import *

WP = ("Floraison de Soi", "wordpress@floraisondesoi.fr")
WIX = ("Wix Forms", "no-reply@crm.wix.com")
SIO = ("systeme.io", "notifications@systeme.io")
TF = ("Typeform", "notifications@typeform.com")
GF = ("Google Forms", "forms-receipts-noreply@google.com")
FB = ("Facebook", "notification@facebookmail.com")
IG = ("Instagram", "no-reply@mail.instagram.com")
LI = ("LinkedIn", "messages-noreply@linkedin.com")
WA = ("WhatsApp Business", "noreply@whatsapp.com")
MALT = ("Malt", "notifications@malt.com")
RS = ("Resalib", "ne-pas-repondre@resalib.fr")

RECORDS = [
R("fr-cf7-effacement-ancienne-cliente", ["erasure"], "[Floraison de Soi] Suppression de mon dossier",
  cf7("Mireille Vannier", "m.vannier36@orange.fr", "Suppression de mon dossier",
      "Bonjour Sandra,\nJ'ai terminé mon accompagnement avec vous en 2022. Je souhaite maintenant que vous effaciez l'ensemble des informations que vous avez gardées sur moi : fiche, notes de séances, échanges par mail. Merci de me confirmer quand ce sera fait.\nMireille", "06 72 18 44 90"),
  frm=WP, reply_to="Mireille Vannier <m.vannier36@orange.fr>", to=CONTACT, headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.1"}),

R("fr-cf7-acces-notes", ["access"], "[Floraison de Soi] Demande de copie",
  cf7("Guillaume Tessier", "g.tessier@free.fr", "Demande de copie",
      "Bonsoir, pourriez-vous m'envoyer une copie des notes que vous avez prises pendant nos six séances de l'automne ? Mon psychiatre aimerait voir le chemin parcouru. Je peux passer les chercher si c'est plus simple. Guillaume"),
  frm=WP, reply_to="g.tessier@free.fr", to=CONTACT, headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.1"}),

R("fr-cf7-inscription-atelier-neg", [], "[Floraison de Soi] Atelier du 14",
  cf7("Noëlle Barraud", "noelle.barraud@gmail.com", "Atelier du 14",
      "Bonjour, je voudrais m'inscrire à l'atelier « Oser dire non » du 14. Vous avez besoin de mes informations (adresse, date de naissance) pour l'inscription ou seulement le mail ? Merci !", "07 81 22 09 54"),
  frm=WP, reply_to="Noëlle Barraud <noelle.barraud@gmail.com>", to=CONTACT),
  # NEAR-LINE: "mes informations" only in a registration sense -> negative

R("fr-cf7-rectif-nom", ["rectification"], "[Floraison de Soi] Erreur sur mon nom",
  cf7("Anaïs Lefebvre-Morin", "anais.lm@laposte.net", "Erreur sur mon nom",
      "Bonjour, sur l'attestation de formation et dans vos mails mon nom est écrit « Lefèvre Morin ». C'est Lefebvre-Morin, avec b et trait d'union. Pourriez-vous corriger dans votre fichier pour les prochains documents ? Merci"),
  frm=WP, reply_to="anais.lm@laposte.net", to=CONTACT),

R("en-cf7-portability", ["portability"], "[Floraison de Soi] Data request",
  cf7("Hannah Whitfield", "hwhitfield@protonmail.com", "Data request",
      "Hello Sandra, I'm moving back to Bristol and continuing with a coach there. Could you send my questionnaire answers and session summaries in a format she can import, CSV or similar, or directly to her at coaching@brightpathuk.co.uk? Thanks a lot, Hannah"),
  frm=WP, reply_to="hwhitfield@protonmail.com", to=CONTACT),

R("fr-wix-newsletter-stop", ["objection"], "Nouveau message de Patrick Gendron",
  wix("Patrick", "Gendron", "patgendron@wanadoo.fr",
      "je ne veux plus recevoir votre lettre d'info ni les promos merci de me retirer de la liste", "02 54 21 87 60"),
  frm=WIX, reply_to="patgendron@wanadoo.fr", to=CONTACT, headers={"X-Wix-Notification": "forms"}),

R("fr-wix-question-duree-neg", [], "Nouveau message de Claire Dumas",
  wix("Claire", "Dumas", "claire.dumas@sfr.fr",
      "Bonjour, avant de m'engager dans l'accompagnement j'aimerais savoir combien de temps vous conservez les notes et les questionnaires après la fin. Et est-ce que je pourrai demander à les voir ? Je me pose juste la question."),
  frm=WIX, reply_to="claire.dumas@sfr.fr", to=CONTACT),
  # NEAR-LINE: asks how long data is kept and whether access would be possible -> question about rights, negative

R("fr-wix-temoignage-retrait", ["withdraw_consent"], "Nouveau message de Lucie Marchand",
  wix("Lucie", "Marchand", "lucie.marchand@hotmail.fr",
      "Bonjour Sandra, mon témoignage avec ma photo est toujours sur la page d'accueil. J'avais dit oui à l'époque mais ma situation pro a changé et je préfère qu'il disparaisse. Vous pouvez l'enlever ? Bises, Lucie", "06 48 33 71 02"),
  frm=WIX, reply_to="lucie.marchand@hotmail.fr", to=CONTACT),

R("fr-sysio-restriction", ["restriction"], "Nouveau contact : formulaire « Contact site »",
  sysio("herve.poirot@gmail.com", "Hervé",
        "Je conteste ce qui figure dans la fiche bilan que vous m'avez envoyée (je n'ai jamais dit que j'étais en arrêt maladie). Tant qu'on n'a pas tiré ça au clair, merci de ne plus utiliser ce dossier, ni pour la suite ni pour quoi que ce soit, mais ne le détruisez pas non plus.",
        form="Contact site"),
  frm=SIO, reply_to="herve.poirot@gmail.com", to=CONTACT),
  # NEAR-LINE: contests accuracy + freeze, no new value given -> restriction only per policy

R("fr-sysio-mdp-neg", [], "Nouveau contact : formulaire « Besoin d'aide »",
  sysio("b.fontaine@yahoo.fr", "Béatrice",
        "Impossible d'accéder à mon espace formation, le lien de réinitialisation du mot de passe arrive expiré à chaque fois. J'ai payé le module 2 hier.",
        form="Besoin d'aide"),
  frm=SIO, reply_to="b.fontaine@yahoo.fr", to=CONTACT),

R("fr-sysio-compte-donnees", ["erasure"], "Nouveau contact : formulaire « Contact site »",
  sysio("jerome.caillaud@outlook.fr", "Jérôme",
        "Merci de fermer mon compte sur la plateforme et de supprimer toutes les données qui y sont liées (progression, coordonnées, historique de paiement si la loi vous le permet)."),
  frm=SIO, reply_to="jerome.caillaud@outlook.fr", to=CONTACT),

R("fr-sysio-fermer-compte-neg", [], "Nouveau contact : formulaire « Besoin d'aide »",
  sysio("sylvie.m@live.fr", "Sylvie", "Bonjour pouvez vous clôturer mon compte systeme.io, je ne ferai pas le module suivant. Merci", form="Besoin d'aide"),
  frm=SIO, reply_to="sylvie.m@live.fr", to=CONTACT),
  # NEAR-LINE: "close my account" alone, no data mentioned -> negative

R("en-typeform-access-sources", ["access"], "New response: Contact Floraison de Soi",
  typeform([("What's your name?", "Marco Bellini"), ("Your email address?", "marco.bellini@gmail.com"),
            ("How can we help?", "I got a flyer for your workshop in my mailbox addressed to me by name, but I never signed up for anything with you. What information do you have on me and where did you get it from?")]),
  frm=TF, reply_to="marco.bellini@gmail.com", to=CONTACT),

R("fr-typeform-devis-neg", [], "New response: Contact Floraison de Soi",
  typeform([("Quel est votre nom ?", "Estelle Guérin, DRH Transports Berthon"), ("Votre adresse e-mail ?", "e.guerin@transports-berthon.fr"),
            ("Que pouvons-nous faire pour vous ?", "Nous souhaiterions un devis pour une formation de 2 jours sur la gestion du stress pour 10 conducteurs, avec une demi-journée sur le RGPD et le consentement dans la relation client si c'est dans vos compétences. Merci de m'envoyer aussi une copie de la facture de l'an dernier pour notre OPCO.")]),
  frm=TF, reply_to="e.guerin@transports-berthon.fr", to=CONTACT),

R("fr-gforms-opposition-stats", ["objection"], "Nouvelle réponse à « Questionnaire de satisfaction »",
  gforms([("Nom et prénom", "Rachid Benali"), ("Adresse e-mail", "rachid.benali@laposte.net"),
          ("Note globale de l'atelier", "4/5"),
          ("Remarques libres", "Atelier top. Par contre je ne veux pas que mes réponses servent à vos statistiques ni à vos bilans annuels, je vous réponds pour vous, pas pour des chiffres.")],
         form="Questionnaire de satisfaction"),
  frm=GF, reply_to="rachid.benali@laposte.net", to=CONTACT),
  # NEAR-LINE: objects to use for statistics -> objection (not withdraw_consent: satisfaction survey is legitimate interest for clients)

R("fr-gforms-inscription-neg", [], "Nouvelle réponse à « Inscription cercle de femmes »",
  gforms([("Prénom", "Amandine"), ("Nom", "Rolland"), ("Téléphone", "06 11 42 87 35"),
          ("J'accepte que mes données soient utilisées pour l'organisation du cercle", "Oui"),
          ("J'accepte de recevoir la newsletter", "Oui"), ("Un mot pour Sandra ?", "Hâte d'y être !")],
         form="Inscription cercle de femmes"),
  frm=GF, to=CONTACT),

R("fr-fb-suppression-photos", ["withdraw_consent"], "Dominique Pasquier vous a envoyé un message",
  fb("Dominique Pasquier", "Bonsoir, je vois que les photos du stage d'été où on me reconnaît sont encore sur votre page. J'avais signé l'autorisation mais je la retire, merci de les enlever de Facebook et du site."),
  frm=FB, to=CONTACT, headers={"X-Facebook-Notify": "page_message; mailid=5f2a"}),

R("fr-fb-horaires-neg", [], "Karine Lemoine vous a envoyé un message",
  fb("Karine Lemoine", "coucou c'est quand le prochain atelier sur les émotions ? j'ai effacé le post par erreur et je retrouve plus la date 😅"),
  frm=FB, to=CONTACT),

R("fr-ig-dm-desabo", ["objection"], "@nath.zen.36 vous a envoyé un message",
  insta("nath.zen.36", "hello, je reçois encore tes mails promo alors que je t'ai déjà dit que ça m'intéressait plus... tu peux me retirer stp"),
  frm=IG, to=CONTACT),

R("fr-ig-collab-neg", [], "@la.bulle.bienetre vous a envoyé un message",
  insta("la.bulle.bienetre", "Hello Sandra ! On organise un salon bien-être à Châteauroux en mai, ça te dirait d'avoir un stand ? On a besoin de ton accord pour mettre ta photo sur l'affiche 🌸"),
  frm=IG, to=CONTACT),

R("fr-li-rh-acces-salarie", ["access"], "Nouveau message de Céline Aubry",
  linkedin("Céline Aubry", "Responsable formation chez Groupe Vallée Industrie",
           "Bonjour Madame Delomenie, je vous écris à titre personnel cette fois : j'ai suivi votre formation en 2024 avec mon entreprise. Pourriez-vous me dire quelles données me concernant vous avez conservées (évaluations, tests de positionnement) et me les transmettre ? Bien cordialement"),
  frm=LI, to=CONTACT),

R("fr-li-rh-collegue-neg", [], "Nouveau message de Bertrand Olivier",
  linkedin("Bertrand Olivier", "DRH – Coopérative agricole du Berry",
           "Bonjour, une de nos salariées, Mme Gaultier, a suivi votre coaching financé par nous. Pourriez-vous nous transmettre ses comptes rendus de séance ? Nous préparons son entretien annuel."),
  frm=LI, to=CONTACT),
  # NEAR-LINE: employer asking for another living adult's data -> negative

R("en-li-objection-prospect", ["objection"], "New message from Tom Ashcroft",
  linkedin("Tom Ashcroft", "Sales Director at Ferndale Logistics",
           "Hi Sandra, your assistant keeps adding me to your B2B prospecting sequence. I'm not interested, please stop contacting me for commercial purposes and take me off whatever list this is."),
  frm=LI, to=CONTACT),

R("fr-wa-digest-multi", ["erasure", "withdraw_consent"], "Vous avez 3 nouveaux messages",
  wa_digest([("Joëlle B.", "09:12", "Bonjour Sandra"),
             ("Joëlle B.", "09:13", "Je quitte le groupe WhatsApp du stage et je voudrais que la vidéo de restitution où je parle soit retirée de la chaîne"),
             ("Joëlle B.", "09:15", "et plus largement que vous effaciez tout ce que vous avez sur moi, fiche, mails, tout. merci")]),
  frm=WA, to=CONTACT),

R("fr-wa-digest-retard-neg", [], "Vous avez 2 nouveaux messages",
  wa_digest([("Marine (atelier jeudi)", "17:40", "Je serai en retard de 10 min, on m'a retiré le colis au relais pile à l'heure de l'atelier 🙄"),
             ("Olivier T.", "18:02", "Merci pour la séance de ce matin, très riche")]),
  frm=WA, to=CONTACT),

R("fr-malt-portabilite", ["portability"], "Nouveau message de Stéphanie Carré",
  malt("Stéphanie Carré", "Bonjour Sandra, suite à notre mission de coaching d'équipe je change d'entreprise. Pourriez-vous m'exporter mes résultats individuels au test de préférences dans un fichier exploitable (Excel ou CSV) ? Je voudrais les réutiliser avec mon nouveau coach."),
  frm=MALT, to=CONTACT),

R("fr-malt-mission-neg", [], "Nouveau message de Yannick Prevost",
  malt("Yannick Prevost", "Bonjour, nous avons besoin d'une intervenante pour animer un module sur l'écoute active. Le contrat type prévoit une clause RGPD et un accès au drive partagé, ça vous convient ?"),
  frm=MALT, to=CONTACT),

R("fr-resalib-rectif-tel", ["rectification"], "Nouveau message de Corinne Lamy",
  resalib("Corinne Lamy", "Bonjour, mon numéro a changé, l'ancien 06 14 52 33 80 n'est plus attribué. Le nouveau est le 07 66 20 91 48. Merci de mettre à jour ma fiche.", "mardi 18 mars 10h00"),
  frm=RS, to=CONTACT),

R("fr-resalib-annulation-neg", [], "Nouveau message de Fabrice Noël",
  resalib("Fabrice Noël", "Je dois annuler le rendez-vous de jeudi, mon fils est malade. Vous pouvez supprimer le créneau, je reprendrai un rdv en ligne.", "jeudi 10 avril 17h30"),
  frm=RS, to=CONTACT),

R("en-cf7-erasure-access", ["access", "erasure"], "[Floraison de Soi] My data",
  cf7("Ingrid Svensson", "ingrid.svensson@icloud.com", "My data",
      "Dear Sandra, I attended one of your online webinars last year. Under the GDPR I'd like to know what personal data you hold about me, and once I've seen it, I want all of it deleted. Best regards, Ingrid Svensson"),
  frm=WP, reply_to="ingrid.svensson@icloud.com", to=CONTACT),

R("fr-cf7-postmortem-fille", ["post_mortem"], "[Floraison de Soi] Décès de ma mère",
  cf7("Pauline Joubert", "pauline.joubert@gmail.com", "Décès de ma mère",
      "Madame, ma mère, Françoise Joubert, a été votre cliente pendant plusieurs années. Elle est décédée le 2 février. Je souhaiterais que son dossier soit fermé et que ses coordonnées soient retirées de vos listes. Je peux vous transmettre l'acte de décès. Pauline Joubert"),
  frm=WP, reply_to="pauline.joubert@gmail.com", to=CONTACT),

R("fr-wix-mineur-acces", ["access"], "Nouveau message de Sébastien Morel",
  wix("Sébastien", "Morel", "seb.morel36@gmail.com",
      "Bonjour, notre fille Léa (15 ans) a suivi 4 séances avec vous sur la confiance en soi. En tant que parents nous aimerions obtenir une copie de sa fiche de suivi et de ce qui a été noté. Merci de nous dire comment procéder.", "06 30 12 77 45"),
  frm=WIX, reply_to="seb.morel36@gmail.com", to=CONTACT),

R("fr-typeform-rectif-date", ["rectification"], "New response: Contact Floraison de Soi",
  typeform([("Quel est votre nom ?", "Odile Ferrand"), ("Votre adresse e-mail ?", "odile.ferrand@orange.fr"),
            ("Que pouvons-nous faire pour vous ?", "Sur mon questionnaire d'entrée vous avez noté 1967 comme année de naissance, c'est 1976. Et mon adresse n'est plus rue des Minimes mais 12 allée des Tilleuls, 36100 Issoudun.")]),
  frm=TF, reply_to="odile.ferrand@orange.fr", to=CONTACT),

R("fr-sysio-donnees-sante", ["erasure"], "Nouveau contact : formulaire « Contact site »",
  sysio("aurelie.v@free.fr", "Aurélie",
        "Lors du premier rdv j'ai rempli un questionnaire où j'ai parlé de mes traitements. Je regrette d'avoir mis ça par écrit, je voudrais que cette partie là soit détruite, le reste vous pouvez garder."),
  frm=SIO, reply_to="aurelie.v@free.fr", to=CONTACT),
  # NEAR-LINE: partial deletion of health answers; consent-based health data but wording asks destruction -> erasure

R("fr-gforms-retrait-questionnaire", ["withdraw_consent"], "Nouvelle réponse à « Formulaire de contact »",
  gforms([("Votre nom", "Vincent Gallois"), ("Votre e-mail", "v.gallois@laposte.net"),
          ("Votre message", "J'avais accepté que mes réponses au questionnaire de fin de parcours soient utilisées (anonymisées) pour votre livre. Finalement je retire cet accord.")],
         form="Formulaire de contact"),
  frm=GF, reply_to="v.gallois@laposte.net", to=CONTACT),

R("en-fb-post-mortem-self", ["post_mortem"], "Eleanor Hughes sent you a message",
  "Eleanor Hughes sent a message to your Page Floraison de Soi.\n\n\"Dear Sandra, I'm putting my affairs in order (nothing dramatic, just being sensible at 78). When I die, I would like everything you have about me deleted, except the recording of my testimonial, which my grandson Oliver may have a copy of if he asks.\"\n\nReply in Meta Business Suite\nhttps://business.facebook.com/latest/inbox\n\nMeta Platforms Ireland Ltd.",
  frm=FB, to=CONTACT),

R("fr-ig-restriction-photo", ["restriction"], "@manon_pht vous a envoyé un message",
  insta("manon_pht", "Coucou, je suis en litige avec mon ex-employeur et mon avocat m'a dit de ne rien effacer. Est-ce que tu peux geler mon dossier chez toi, ne plus t'en servir mais surtout rien supprimer le temps que ça se règle ?"),
  frm=IG, to=CONTACT),

R("fr-li-postmortem-notaire", ["post_mortem"], "Nouveau message de Maître Arnaud Chevalier",
  linkedin("Arnaud Chevalier", "Notaire associé – Office notarial de Vatan",
           "Madame, je suis chargé de la succession de M. Roger Lenoir, décédé le 12 novembre. Les héritiers souhaitent savoir quelles données le défunt vous avait confiées et en obtenir communication. Je vous adresse un courrier officiel par mail cette semaine."),
  frm=LI, to=CONTACT),

R("fr-wa-digest-acces-enregistrement", ["access"], "Vous avez 1 nouveau message",
  wa_digest([("Hélène Dubreuil", "21:47", "Bonsoir Sandra, est-ce que tu as gardé l'enregistrement audio de notre séance de novembre ? Si oui je voudrais bien en avoir une copie, et savoir ce que tu as d'autre sur moi dans ton dossier 🙏")]),
  frm=WA, to=CONTACT),

R("en-malt-objection-profiling", ["objection"], "New message from Daniel Kovacs",
  "New message from Daniel Kovacs\n\nHi Sandra, I noticed your sign-up page runs Google Analytics and ad pixels. I object to being tracked and profiled for marketing. Please exclude my data from any audience or retargeting lists you built.\n\nReply on Malt: https://www.malt.com/messages\n\nMalt · 48 rue Pierre Charron, 75008 Paris",
  frm=MALT, to=CONTACT),

R("fr-resalib-acces-qui", ["access"], "Nouveau message de Thierry Laborde",
  resalib("Thierry Laborde", "Bonjour, j'ai reçu un appel d'un autre praticien qui connaissait mon motif de consultation. Avec qui avez-vous partagé mes informations ? Je veux la liste des destinataires."),
  frm=RS, to=CONTACT),

R("fr-resalib-confirmation-neg", [], "Rendez-vous confirmé - Mme Perrine Vasseur",
  "Bonjour Sandra Delomenie,\n\nUn nouveau rendez-vous a été réservé en ligne.\n\nClient : Perrine Vasseur\nDate : vendredi 6 juin 2025 à 14h00\nPrestation : Séance découverte (45 min)\nMessage du client : « Accès PMR possible ? Je suis en fauteuil depuis mon accident. »\n\nGérer mes rendez-vous : https://pro.resalib.fr/agenda\n\nL'équipe Resalib",
  frm=RS, to=CONTACT, headers={"Auto-Submitted": "auto-generated"}),

R("fr-wix-belge-rectif-mail", ["rectification"], "Nouveau message de Nathalie Dewulf",
  wix("Nathalie", "Dewulf", "nathalie.dewulf@skynet.be",
      "Bonjour Madame, je vous écris de Namur. Mon ancienne adresse nathalie.dewulf@telenet.be ne fonctionne plus depuis septante jours au moins. Voulez-vous bien la remplacer dans votre fichier par celle-ci, nathalie.dewulf@skynet.be ? Je vous remercie, une fois."),
  frm=WIX, reply_to="nathalie.dewulf@skynet.be", to=CONTACT),

R("fr-cf7-quebec-portab-acces", ["access", "portability"], "[Floraison de Soi] Demande dossier",
  cf7("Geneviève Tremblay", "gen.tremblay@videotron.ca", "Demande dossier",
      "Bonjour! J'ai fait mon coaching à distance avec vous l'an passé. Je voudrais savoir c'est quoi exactement que vous gardez comme infos sur moi, pis recevoir le tout dans un fichier que je peux ouvrir et transférer à ma nouvelle coach à Québec. Merci ben gros!"),
  frm=WP, reply_to="gen.tremblay@videotron.ca", to=CONTACT),

R("fr-cf7-spam-seo-neg", [], "[Floraison de Soi] Votre site",
  cf7("Kevin Martin", "kevin@rank-first-agency.net", "Votre site",
      "Bonjour, votre site n'est pas conforme RGPD : bandeau cookies absent, risque d'amende jusqu'à 20 000 000 €. Nous proposons une mise en conformité complète pour 490 € HT. Répondez OUI pour un audit gratuit."),
  frm=WP, reply_to="kevin@rank-first-agency.net", to=CONTACT),

R("en-typeform-thanks-neg", [], "New response: Feedback form",
  typeform([("Your name", "Priya Raman"), ("Which session did you attend?", "Online webinar - Self-confidence at work"),
            ("Anything else?", "Loved it. You can use my first name and comment as a testimonial on your site, I'm happy with that!")], form="Feedback form"),
  frm=TF, to=CONTACT),
  # NEAR-LINE: gives consent, doesn't withdraw -> negative

R("fr-fb-opposition-groupe", ["objection"], "Sébastien Roy vous a envoyé un message",
  fb("Sébastien Roy", "Bonjour, le stage est fini depuis longtemps et vous continuez à m'ajouter dans vos groupes et à m'envoyer des invitations à vos événements. Je m'oppose à ce que vous me contactiez encore par Messenger ou par mail, merci."),
  frm=FB, to=CONTACT),

R("fr-gforms-formation-rgpd-neg", [], "Nouvelle réponse à « Évaluation formation – Communication bienveillante »",
  gforms([("Nom", "Laëtitia Cordier"), ("Service", "Accueil mairie de Reuilly"),
          ("Ce que vous retenez", "Le module sur le consentement et le droit d'opposition des usagers m'a beaucoup servi à l'accueil. L'exercice où on efface le tableau et on recommence était top."),
          ("Suggestions", "Plus de temps sur le RGPD svp")],
         form="Évaluation formation – Communication bienveillante"),
  frm=GF, to=CONTACT),

R("fr-sysio-desabo-sms", ["objection"], "Nouveau contact : formulaire « Contact site »",
  sysio("mclement@gmail.com", "Michel", "STOP aux SMS de rappel promo svp. Les rappels de rdv ça va mais les promos non."),
  frm=SIO, reply_to="mclement@gmail.com", to=CONTACT),
]
