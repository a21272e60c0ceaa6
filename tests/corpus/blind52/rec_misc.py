# -*- coding: utf-8 -*-
"""Mixed: further requests (FR/EN), bounces, forwarded messages, platform mail."""
from common import R

# ---- requests ---------------------------------------------------------------
R("fr-limitation-sms-style", "dossier",
"""Bonjour Sandra c Nico. Garde mon dossier stp mais tu t'en sers plus pr l'instant, jsuis en arrêt et je veux pas que ça circule. Merci""",
["restriction"], "Nicolas P. <nico.ptt@gmail.com>", hdr={"X-Mailer": "iPhone Mail (22B83)"})

R("fr-limitation-avant-effacement", "Demande de limitation",
"""Madame,

Vous m'avez indiqué vouloir supprimer mon dossier à la fin de la durée de conservation. Je vous demande au contraire de le conserver, sans l'utiliser, car j'en aurai besoin pour faire valoir mes droits auprès de Pôle emploi / France Travail. Merci de marquer ces données comme limitées.

Respectueusement,
Gilles Caillet""", ["restriction"], "Gilles Caillet <gilles.caillet@orange.fr>", cte="b64")

R("fr-limitation-suisse", "Suspension du traitement",
"""Bonjour Madame,

Je conteste l'exactitude de la fiche de suivi me concernant (les dates de présence ne sont pas justes). D'ici à ce que nous ayons vérifié ensemble, je vous serais reconnaissante de ne pas en faire usage, ni la transmettre à l'assurance-chômage.

Meilleures salutations,
Nadia Berset, Genève""", ["restriction"], "Nadia Berset <nadia.berset@gmail.com>")

R("fr-limitation-gel-employeur", "Re: Bilan de compétences – synthèse",
"""Sandra, surtout n'envoie pas la synthèse à mon employeur pour l'instant, et ne la supprime pas non plus : je dois d'abord en parler avec mon avocat. Merci de la bloquer.""",
["restriction"], "Frédéric Lamy <frederic.lamy@laposte.net>",
quote=("gmail", "Bonjour Frédéric,\nVoici la synthèse de votre bilan. Comme prévu dans la convention, je la transmettrai à votre employeur vendredi sauf avis contraire.\nSandra"))

R("fr-portabilite-json", "Format de mes données",
"""Bonjour,

Je change de plateforme pour le suivi de mes objectifs. Pouvez-vous m'exporter mes données d'accompagnement (objectifs, bilans mensuels) dans un format réutilisable type JSON ou CSV ?

Merci bien,
Yann Le Bihan""", ["portability"], "Yann Le Bihan <yann.lebihan@free.fr>")

R("fr-portabilite-quebec", "Transfert de mon dossier vers Montréal",
"""Allô Sandra,

Je retourne au Québec le mois prochain pis je vais poursuivre avec une coach à Montréal. Serait-il possible de lui envoyer mon dossier (questionnaires, plan d'action) dans un format qu'elle peut réutiliser? Son courriel : info@coachingboreal.ca

Merci infiniment, ça m'a fait du bien de te voir toutes les deux semaines!
Marie-Ève""", ["portability"], "Marie-Ève Gagnon <marie-eve.gagnon@hotmail.com>")

R("fr-multi-portabilite-effacement", "Récupération puis suppression",
"""Bonjour Sandra,

Je souhaiterais récupérer mes réponses aux questionnaires dans un fichier Excel, puis que tu supprimes tout ce qui me concerne de ton côté.

Merci beaucoup,
Laurence""", ["erasure", "portability"], "Laurence Hamon <laurence.hamon@gmail.com>")

R("fr-multi-entreprise-portabilite", "Données de nos stagiaires – transfert",
"""Bonjour Madame,

À la demande expresse de nos deux salariées, Mmes Carole Poulain et Inès Diallo (autorisations signées ci-jointes), nous vous remercions de transmettre leurs résultats d'évaluation et attestations au format CSV à notre nouvel organisme, et de nous dire quelles données vous détenez sur elles.

Cordialement,
Service RH – Laiterie du Berry""", ["access", "portability"], "RH Laiterie du Berry <rh@laiterie-berry.fr>",
att=[("pdf", "autorisations_Poulain_Diallo.pdf", "Autorisation - Carole Poulain et Ines Diallo mandatent le service RH")])
# NEAR-LINE: company writing with the employees' signed authorisations -> request.

R("fr-postmortem-soeur", "Évelyne Caron",
"""Bonjour Sandra,

Je suis Brigitte, la sœur d'Évelyne. Elle nous a quittés la semaine dernière. Elle m'avait demandé de vous prévenir pour que vous fassiez ce qu'elle vous avait écrit concernant ses notes.

Merci pour elle.
Brigitte Vernet""", ["post_mortem"], "Brigitte Vernet <brigitte.vernet@orange.fr>")

R("fr-postmortem-belge-notaire", "Succession Dewaele",
"""Madame,

Nous intervenons dans le cadre de la succession de feu Monsieur Luc DEWAELE, décédé à Tournai. Nous vous saurions gré de bien vouloir nous faire savoir si des données ou documents relatifs au défunt sont conservés par vos soins, et de procéder à la clôture de tout abonnement.

Veuillez agréer, Madame, nos salutations distinguées.

Étude du Notaire Vandeputte, Tournai""", ["post_mortem"], "Etude Vandeputte <etude@notaire-vandeputte.be>",
att=[("pdf", "acte_deces_Dewaele.pdf", "Extrait d'acte de deces - Luc DEWAELE - Tournai")])

R("fr-postmortem-directive-retrait", "Pour plus tard",
"""Sandra,

C'est un peu étrange à écrire. Si je venais à disparaître, je voudrais que ma photo et mon témoignage restent sur votre site, en souvenir, mais que tout le reste soit effacé. Mon fils Julien est au courant.

Amitiés,
Raymond""", ["post_mortem"], "Raymond Tessier <raymond.tessier@wanadoo.fr>")
# NEAR-LINE: own instructions for after death mixing consent/erasure -> post_mortem only.

R("fr-postmortem-fille-temoignage", "Photo de maman sur votre site",
"""Bonjour,

Ma mère, Colette Brunet, est décédée en juin. Sa photo et son témoignage sont toujours sur votre page d'accueil et c'est très dur pour nous de tomber dessus. Pouvez-vous les retirer, s'il vous plaît ?

Merci,
Aurélie Brunet""", ["post_mortem"], "Aurélie Brunet <aurelie.brunet@gmail.com>")
# NEAR-LINE: heir asks withdrawal of a testimonial -> post_mortem only.

R("en-postmortem-notary-fr", "Estate of Mr Alan Brooks",
"""Dear Madam,

We act for the estate of the late Mr Alan Brooks, who resided in Berry until his death in March. Kindly confirm whether you hold any data or documents concerning him and close any subscription in his name.

Yours faithfully,
Carter Solicitors, Bristol""", ["post_mortem"], "Carter Solicitors <probate@cartersolicitors.co.uk>")

R("fr-retrait-newsletter-consent", "Photos d'enfants atelier parents",
"""Bonjour,

En tant que parent, j'avais autorisé la prise de photos de mon fils Théo (11 ans) pendant l'atelier parents-enfants. Je retire cette autorisation, merci de ne plus les utiliser et de les supprimer de vos réseaux.

Cordialement,
Julien Marchand""", ["withdraw_consent"], "Julien Marchand <julien.marchand@gmail.com>")

R("fr-retrait-temoignage-html", "Retrait témoignage",
"""Bonjour Sandra,

Peux-tu enlever mon témoignage de ta page Facebook ? Je ne suis plus d'accord pour qu'il soit publié.

Merci,
Estelle""", ["withdraw_consent"], "Estelle Morvan <estelle.morvan@outlook.fr>", html="only")

R("fr-multi-retrait-limitation", "témoignage",
"""Bonjour,

Je ne veux plus que mon témoignage écrit soit publié (je retire mon accord). En revanche, gardez-le dans vos archives sans l'utiliser : j'en aurai peut-être besoin pour un dossier.

Christian Blanchard""", ["restriction", "withdraw_consent"], "Christian Blanchard <c.blanchard@sfr.fr>")
# NEAR-LINE: withdraw publication consent + keep-but-don't-use -> both labels.

R("fr-objection-courrier", "Courriers postaux",
"""Bonjour, je reçois vos cartes postales publicitaires à mon domicile. Je ne souhaite plus en recevoir. Cordialement, Mme Thibault""",
["objection"], "Colette Thibault <colette.thibault@orange.fr>")

R("fr-objection-liste-quote-outlook", "RE: Invitation : Journée portes ouvertes",
"""Bonjour,
Merci de ne plus m'envoyer ce type d'invitation et de me retirer de vos listes.
Cordialement
Hervé Jacquet
Directeur administratif – Jacquet Transports
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
["objection"], "Hervé Jacquet <h.jacquet@jacquet-transports.fr>",
quote=("outlook", "Bonjour,\nJe vous invite à la journée portes ouvertes de Floraison de Soi le samedi 20 septembre.\nSandra Delomenie"))

R("fr-multi-objection-acces", "Prospection",
"""Bonjour,

Vous m'avez appelé pour me proposer un coaching alors que je ne vous connais pas. D'où vient mon numéro ? Et je ne veux plus être démarché.

Luc Fontaine""", ["access", "objection"], "Luc Fontaine <luc.fontaine@gmail.com>")

R("fr-effacement-via-mandataire", "Pour mon père",
"""Bonjour,

J'écris pour mon père, Roger Bailly (82 ans), qui n'utilise pas internet ; il est à côté de moi et m'a demandé de vous écrire. Il souhaite que vous supprimiez ses coordonnées et tout ce qui le concerne, il n'ira plus aux conférences.

Merci,
Sylvie Bailly, pour Roger Bailly""", ["erasure"], "Sylvie Bailly <sylvie.bailly@gmail.com>")
# NEAR-LINE: relative writing at the living data subject's explicit request -> request.

R("fr-effacement-fwd-rfc822", "TR: ma demande restée sans réponse",
"""Bonjour,

Je vous renvoie ci-joint mon message du mois dernier. Je vous demande à nouveau d'effacer mes données. Merci de me répondre cette fois.

Noémie Lacour""", ["erasure"], "Noémie Lacour <noemie.lacour@gmail.com>", kind="rfc822",
inner=dict(frm="Noémie Lacour <noemie.lacour@gmail.com>", subject="Suppression de mes données",
           body="Bonjour, merci de supprimer toutes mes données personnelles. Noémie Lacour\n"))

R("en-erasure-parent", "My son's data",
"""Hello,

My son Ethan (16) took part in your teen confidence workshop. As his parent, I'm asking you to delete all his personal data, including the questionnaire he filled in.

Regards,
Rebecca Stone""", ["erasure"], "Rebecca Stone <rebecca.stone@gmail.com>")

R("fr-acces-destinataires", "Avec qui avez-vous partagé mes infos ?",
"""Bonjour,
Depuis mon inscription à votre webinaire, je reçois des pubs d'autres coachs. Avez-vous transmis mon adresse à quelqu'un ? Si oui, à qui ?
Merci de me répondre.
Vincent""", ["access"], "Vincent Roy <vincent.roy@yahoo.fr>")

R("fr-rectif-apple", "Re: Votre attestation de formation",
"""Bonjour, petite erreur : je m'appelle Anne-Cécile, pas Anne-Cécilia 😊 Vous pouvez corriger l'attestation et votre fichier ? Merci !""",
["rectification"], "Anne-Cécile Poulet <ac.poulet@icloud.com>",
quote=("apple", "Bonjour Anne-Cécilia,\nVeuillez trouver ci-joint votre attestation de formation.\nSandra Delomenie"), hdr={"X-Mailer": "iPhone Mail (22D82)"})

R("en-restriction-nonnative", "please no use my informations",
"""Hello Sandra, I not agree with what is written in my evaluation. Please you keep it but don't use it or send it to my company until we speak. Thank you, Rui""",
["restriction"], "Rui Almeida <rui.almeida@gmail.com>")

R("en-portability-short", "export",
"""Hi Sandra, can you export my data (intake form + session log) as JSON or CSV? Moving everything to Notion. Ta, Sam""",
["portability"], "Sam Patel <sam.patel@gmail.com>")

R("fr-multi-rectif-limitation", "Erreur dans mon dossier stagiaire",
"""Bonjour,

Mon dossier indique que j'ai été absente le 12 mars : c'est faux, j'ai signé la feuille. Je vous demande de corriger et, d'ici là, de ne pas transmettre ce relevé de présence à Pôle emploi.

Merci,
Djamila Saïdi""", ["rectification", "restriction"], "Djamila Saïdi <djamila.saidi@hotmail.fr>")

R("fr-multi-trois-droits", "Exercice de mes droits RGPD",
"""Madame,

Je vous demande, au titre des articles 15, 17 et 21 du RGPD :
- une copie de toutes les données me concernant ;
- la cessation de tout envoi commercial ;
- puis l'effacement complet de mes données.

Cordialement,
Édouard Millet""", ["access", "erasure", "objection"], "Édouard Millet <edouard.millet@protonmail.com>", cte="qp")

# ---- negatives --------------------------------------------------------------
R("fr-neg-bounce-orange", "Undelivered Mail Returned to Sender",
"""Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<jacqueline.roussel@wanadoo.fr> : adresse inconnue (user unknown)""", [],
"Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>", kind="bounce",
bounce=dict(mta="smtp.orange.fr", rcpt="jacqueline.roussel@wanadoo.fr", status="5.1.1",
            diag="550 5.1.1 <jacqueline.roussel@wanadoo.fr>: Recipient address rejected: User unknown",
            orig_subject="🌸 La lettre de Floraison de Soi – Mai"))

R("en-neg-bounce-gmail", "Delivery Status Notification (Failure)",
"""Address not found

Your message wasn't delivered to m.foster@kestrel-eng.com because the address couldn't be found, or is unable to receive mail.""", [],
"Mail Delivery Subsystem <mailer-daemon@googlemail.com>", kind="bounce",
bounce=dict(mta="mx.google.com", rcpt="m.foster@kestrel-eng.com", status="5.1.1",
            diag="550-5.1.1 The email account that you tried to reach does not exist.",
            orig_subject="Your training certificate"))

R("fr-neg-bounce-quota", "Échec de remise du message",
"""Votre message n'a pas pu être remis.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Nouvelle tentative impossible.""", [],
"Postmaster <postmaster@laposte.net>", kind="bounce",
bounce=dict(mta="mx.laposte.net", rcpt="mpelletier36@laposte.net", status="5.2.2",
            diag="552 5.2.2 Mailbox full", orig_subject="Re: Comment avez-vous eu mon adresse ?"))

R("fr-neg-fwd-rfc822-devis", "TR: demande de devis",
"""Sandra, je te transmets le message de l'entreprise dont je t'ai parlé au téléphone. Ils attendent ton devis. Bises, Corinne""",
[], "Corinne Weber <corinne.weber@laposte.net>", kind="rfc822",
inner=dict(frm="Bruno Lefort <b.lefort@imprimerie-lefort.fr>", to="corinne.weber@laposte.net", subject="Coach pour l'équipe",
           body="Bonjour Corinne, tu aurais le contact de ta coach ? On voudrait un atelier gestion du stress pour 6 personnes. Bruno\n"))

R("fr-neg-systemeio-desinscription", "Un contact s'est désinscrit",
"""Bonjour Sandra,

Le contact yves.charbonnier@orange.fr s'est désinscrit de votre liste "Newsletter".

Systeme.io""", [], "Systeme.io <no-reply@systeme.io>", hdr={"Auto-Submitted": "auto-generated"}, html="alt")
# NEAR-LINE: platform notice of an unsubscribe, not the subscriber writing -> negative.

R("fr-neg-calendly-annulation", "Annulé : Patrick Morin - Séance individuelle 60 min",
"""Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Invité : Patrick Morin
Date/heure : 14:00 - jeudi 5 juin
Motif d'annulation : "empêchement professionnel"

Calendly""", [], "Calendly <notifications@calendly.com>", html="alt")

R("fr-neg-helloasso", "Nouvelle inscription : Atelier Oser dire non",
"""Bonjour,

Une nouvelle inscription a été enregistrée pour "Atelier Oser dire non".
Participant : Maëlle Rivière
Montant : 35 €

HelloAsso""", [], "HelloAsso <notifications@helloasso.com>", html="only")

R("fr-neg-ovh", "Renouvellement de votre domaine floraisondesoi.fr",
"""Bonjour,

Votre nom de domaine floraisondesoi.fr arrive à expiration le 28/02. Le renouvellement automatique est activé ; le prélèvement sera effectué 7 jours avant.

OVHcloud""", [], "OVHcloud <support@ovh.com>", html="alt")

R("fr-neg-mailchimp-rgpd", "Mise à jour des conditions et de l'accord de traitement des données",
"""Bonjour,

Nous apportons des modifications à notre Accord de traitement des données (Data Processing Addendum) afin de refléter le nouveau cadre de protection des données UE–États-Unis. Ces modifications prendront effet automatiquement.

Brevo – Sendinblue SAS""", [], "Brevo <legal@brevo.com>", hdr={"Precedence": "bulk"}, html="only")

R("fr-neg-sandra-relance", "Votre demande d'accès – pièce justificative",
"""Bonjour Monsieur Lhomme,

J'ai bien reçu votre demande. Afin de m'assurer que je réponds à la bonne personne, pourriez-vous me confirmer l'adresse postale que vous m'aviez communiquée lors de l'inscription ?

Bien cordialement,
Sandra Delomenie""", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
to="Bernard Lhomme <bernard.lhomme@orange.fr>")

R("fr-neg-phishing-impots", "Remboursement d'impôt en attente",
"""Madame DELOMENIE,

Après les derniers calculs de l'exercice fiscal, vous pouvez recevoir un remboursement de 297,40 €. Veuillez compléter le formulaire joint pour recevoir votre remboursement.

Direction générale des Finances publiques""", [], "DGFiP <remboursement@impots-gouv-fr.info>", html="only")

R("fr-neg-sms-style-rdv", "rdv",
"""coucou sandra jpeux pas venir demain dsl jte redis pr la semaine pro bisous""", [],
"Manon <manon.lrx@gmail.com>")

R("fr-neg-quebec-info", "Atelier en ligne",
"""Bonjour Sandra!

Est-ce que vos ateliers en ligne sont ouverts aux gens du Québec? Avec le décalage horaire, 20h chez vous c'est 14h ici, ça m'arrangerait en masse. C'est combien?

Merci!
Josée""", [], "Josée Bouchard <josee.bouchard@videotron.ca>")

R("fr-neg-belge-facture", "Facture",
"""Bonjour Madame,

Pourriez-vous m'envoyer la facture au nom de mon ASBL (Les Jardins partagés de Mons) afin que je puisse me faire rembourser ? Je vous remercie d'avance, à tantôt.

Véronique Dupont""", [], "Véronique Dupont <veronique.dupont@skynet.be>")

R("fr-neg-relative-living-donnees", "Coordonnées de mon frère",
"""Bonjour,

Mon frère Antoine Morel a suivi vos ateliers. Nous sommes fâchés depuis des années et je voudrais reprendre contact. Pourriez-vous me donner son numéro ou son adresse ?

Merci,
Catherine Morel""", [], "Catherine Morel <catherine.morel@gmail.com>")

R("fr-neg-cnil-question", "Question sur la CNIL",
"""Bonjour Sandra, petite question en tant que future coach : est-ce qu'on doit déclarer les fichiers clients à la CNIL ? Tu as fait comment toi ? Merci, Sonia""",
[], "Sonia Leclerc <sonia.leclerc@gmail.com>")

R("fr-neg-google-avis", "Nouvel avis sur Floraison de Soi",
"""Marie L. a laissé un avis 5 étoiles sur Floraison de Soi.

"Une coach à l'écoute, des ateliers qui font du bien."

Répondre à l'avis

Google Business Profile""", [], "Google Business Profile <businessprofile-noreply@google.com>", html="only")

R("fr-neg-photo-png", "photos de l'atelier",
"""Coucou Sandra, voilà les photos que j'ai prises samedi, tu peux les mettre sur ta page, tout le monde était d'accord ! Nathalie""",
[], "Nathalie Besnard <nathalie.besnard@gmail.com>",
att=[("png", "atelier_1.png", ""), ("png", "atelier_2.png", "")])

R("en-neg-paypal-receipt", "Receipt for your payment to Canva",
"""You sent a payment of €11.99 EUR to Canva Pty Ltd.

Transaction ID: 4HJ29384KD0192833

PayPal""", [], "service@paypal.com <service@paypal.com>", html="only")

R("en-neg-calendly-new", "New Event: Priya Raman - Discovery call",
"""Hi Sandra,

A new event has been scheduled.
Invitee: Priya Raman
Event Date/Time: 18:00 Tuesday (Central European Time)
Location: Zoom

Calendly""", [], "Calendly <notifications@calendly.com>", html="alt")

R("en-neg-thanks-deleted", "Re: Deletion done",
"""Perfect, thank you Sandra. All the best with the business!""", [],
"Aoife Byrne <aoife.byrne@gmail.com>",
quote=("en", "Hi Aoife,\nAll your details have now been deleted from my records.\nBest wishes,\nSandra"))

R("fr-neg-merci-avec-demande-citee", "Re: suppression",
"""Merci Sandra, c'est noté, bonne journée à toi !""", [], "Inès Garnier <ines.garnier@icloud.com>",
quote=("apple", "Bonjour Inès,\nC'est fait, tes données ont été supprimées.\nSandra\n\n> Pourriez-vous supprimer mes données de vos fichiers ?"))
# NEAR-LINE: thank-you above a quoted erasure request -> negative.

R("fr-neg-urssaf-attestation", "Votre attestation de vigilance est disponible",
"""Madame,

Votre attestation de vigilance est disponible dans votre espace en ligne.

Urssaf""", [], "Urssaf <ne-pas-repondre@urssaf.fr>", hdr={"Auto-Submitted": "auto-generated"})

R("fr-neg-csv-participants", "Liste des participants",
"""Bonjour Sandra, ci-joint la liste des inscrits de notre service pour la formation de jeudi, avec leurs informations (nom, poste, mail). Bonne journée, Léa – service RH""",
[], "Léa Morin <l.morin@groupe-berry.fr>",
att=[("csv", "participants_formation.csv", "nom;poste;email\nDurand Paul;technicien;p.durand@groupe-berry.fr\nSimon Eva;assistante;e.simon@groupe-berry.fr\n")])

R("fr-neg-effacer-fichier-audio", "Re: fichier audio méditation",
"""Sandra, le fichier audio de la méditation que tu m'as envoyé est corrompu, je l'ai effacé. Tu peux me le renvoyer ? Merci !""",
[], "Julie Berthier <julie.berthier@free.fr>",
quote=("gmail", "Coucou Julie,\nVoici la méditation guidée de 10 minutes dont on a parlé.\nSandra"))
