from common import M, HER_CONTACT, HER_ORANGE

SANDRA = "Sandra Delomenie <%s>" % HER_CONTACT
FLORAISON = "Floraison de Soi <%s>" % HER_CONTACT

RECORDS = [
M("fr-neg-absence-conges", "Réponse automatique : Inscription atelier",
"""Bonjour,

Je suis absente du 4 au 18 août inclus, sans accès à ma messagerie. Pour toute urgence, vous pouvez contacter ma collègue Véronique au 02 54 21 00 00.

Bien cordialement,
Claire Fontenay
Chargée de mission — Mission locale de l'Indre""",
[], frm="Claire Fontenay <c.fontenay@missionlocale-indre.fr>",
headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
         ("X-Auto-Response-Suppress", "All")]),

M("fr-neg-accuse-dpo-droits", "Accusé de réception automatique — Service client",
"""Bonjour,

Nous accusons bonne réception de votre message et nous engageons à vous répondre sous 72 heures ouvrées.

Protection de vos données : conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données. Pour exercer ces droits, écrivez à dpo@imprimerie-centre.fr.

Ceci est un message automatique, merci de ne pas y répondre.

Imprimerie du Centre — Service client""",
[], frm="Imprimerie du Centre <noreply@imprimerie-centre.fr>",
headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),

M("fr-neg-bounce-orange", "Non remis : La pensée du lundi",
"""Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<martine.delaunay@orange.fr> : adresse introuvable (550 5.1.1 user unknown).

Votre message est joint à ce rapport.""",
[], frm="Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>", to=HER_ORANGE, shape="bounce",
headers=[("Auto-Submitted", "auto-replied")],
inner={"frm": "Sandra Delomenie <sandra.delomenie@orange.fr>", "to": "martine.delaunay@orange.fr",
       "subject": "La pensée du lundi", "diag": "550 5.1.1 <martine.delaunay@orange.fr>: Recipient address rejected: User unknown",
       "body": "Bonjour à toutes et à tous,\n\nCette semaine : apprivoiser l'imprévu.\n\nSandra"}),

M("fr-neg-stripe-paiement", "Paiement reçu de Laurence Petit",
"""Vous avez reçu un paiement de 85,00 € EUR.

Client : Laurence Petit (laurence.petit@gmail.com)
Description : Séance individuelle — 60 min
Moyen de paiement : Visa •••• 4421
Date : voir votre Dashboard

Consulter le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
[], frm="Stripe <notifications@stripe.com>", html="alt",
headers=[("Auto-Submitted", "auto-generated"), ("Message-ID", "<0100018f2c8b1d7e-8d1b3a55-4a9d-4b7c-9f0e-1c2d3e4f5a6b-000000@email.amazonses.com>")]),

M("fr-neg-systemeio-nouveau-contact", "Nouveau contact inscrit à votre liste « Newsletter »",
"""Bonjour Sandra,

Un nouveau contact vient de s'inscrire via votre page « Ebook gratuit — 7 clés pour mieux dormir » :

E-mail : b.lacroix@gmail.com
Tag : ebook-sommeil
Date : aujourd'hui

Voir le contact dans votre tableau de bord systeme.io.

L'équipe systeme.io""",
[], frm="systeme.io <no-reply@systeme.io>", html="only",
headers=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://systeme.io/unsubscribe/notifications>")]),

M("fr-neg-google-alerte-securite", "Alerte de sécurité",
"""Nouvelle connexion à votre compte Google
contact@floraisondesoi.fr

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
[], frm="Google <no-reply@accounts.google.com>", html="alt",
headers=[("Auto-Submitted", "auto-generated")]),

M("fr-neg-calendly-nouveau-rdv", "Nouvel événement : Fanny Dupuis — Séance découverte 30 min",
"""Bonjour Sandra Delomenie,

Un nouvel événement a été planifié.

Type d'événement : Séance découverte 30 min
Invité : Fanny Dupuis
E-mail de l'invité : fanny.dupuis@gmail.com
Date/heure de l'événement : 10:00 - mardi (heure d'Europe centrale)
Emplacement : Zoom

Questions :
Qu'attendez-vous de cette séance ? Y voir plus clair sur mon orientation.

Afficher l'événement dans Calendly""",
[], frm="Calendly <notifications@calendly.com>", html="alt",
attachments=[{"kind": "ics", "name": "invite.ics", "text": "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nBEGIN:VEVENT\nUID:calendly-fdupuis-2025\nDTSTART:20250916T080000Z\nDTEND:20250916T083000Z\nSUMMARY:Seance decouverte 30 min - Fanny Dupuis\nEND:VEVENT\nEND:VCALENDAR"}]),

M("fr-neg-zoom-enregistrement-dispo", "L'enregistrement dans le cloud est maintenant disponible",
"""Bonjour Sandra,

L'enregistrement dans le cloud de votre réunion est maintenant disponible.

Sujet : Atelier en ligne — Apprivoiser ses émotions
Date : jeudi, 19:00 Paris

Partagez cet enregistrement avec les spectateurs :
https://us06web.zoom.us/rec/share/xxxxxxxx

Merci de choisir Zoom.
—L'équipe Zoom""",
[], frm="Zoom <no-reply@zoom.us>", html="only", headers=[("Auto-Submitted", "auto-generated")]),

M("fr-neg-qonto-transaction", "Transaction entrante de 450,00 €",
"""Bonjour Sandra,

Vous avez reçu un virement de 450,00 € de TRANSPORTS BERRICHONS SA.
Libellé : FACT 2025-091 FORMATION STRESS

Solde disponible mis à jour dans votre application.

L'équipe Qonto""",
[], frm="Qonto <notifications@qonto.com>", html="alt"),

M("fr-neg-urssaf-echeance", "Votre échéance de cotisations",
"""Madame DUMOT-DELOMENIE Sandra,

Votre déclaration de chiffre d'affaires du trimestre est à effectuer avant le 31 du mois sur autoentrepreneur.urssaf.fr.

Nous vous rappelons que la déclaration est obligatoire, même en l'absence de chiffre d'affaires.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.

L'Urssaf""",
[], frm="Urssaf <ne-pas-repondre@urssaf.fr>", to=HER_ORANGE,
headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),

M("fr-neg-paypal-paiement", "Vous avez reçu un paiement",
"""Bonjour Floraison de Soi,

Jocelyne Martin vous a envoyé 35,00 € EUR.

Remarque : « Atelier écriture du 8 »

Détails de la transaction disponibles dans votre compte PayPal.

PayPal""",
[], frm="service@paypal.fr <service@paypal.fr>", html="only"),

M("fr-neg-brevo-mise-a-jour-dpa", "Mise à jour de notre accord sur le traitement des données (DPA)",
"""Bonjour,

Nous mettons à jour notre accord relatif au traitement des données (Data Processing Agreement) et notre politique de confidentialité afin de refléter les nouvelles clauses contractuelles types et la liste de nos sous-traitants ultérieurs.

Ces modifications prendront effet dans 30 jours. Aucune action n'est requise de votre part ; en continuant à utiliser Brevo, vous acceptez les conditions mises à jour.

Consulter le DPA : https://www.brevo.com/fr/legal/termsofuse/

L'équipe Brevo""",
[], frm="Brevo <legal@brevo.com>", html="alt",
headers=[("List-Unsubscribe", "<mailto:unsubscribe@brevo.com>"), ("Precedence", "bulk")]),

M("fr-neg-ovh-politique-confidentialite", "Évolution de notre politique de protection des données",
"""Madame, Monsieur,

Dans le cadre de notre engagement pour la protection de vos données personnelles, nous vous informons de l'évolution de notre politique de confidentialité, applicable à compter du 1er du mois prochain. Les principales évolutions portent sur la durée de conservation des journaux techniques et l'ajout de nouveaux sous-traitants.

Vous pouvez à tout moment exercer vos droits d'accès, de rectification et d'effacement depuis votre espace client.

Cordialement,
OVHcloud""",
[], frm="OVHcloud <noreply@ovh.com>", html="only", headers=[("Precedence", "bulk")]),

M("fr-neg-spam-conformite-rgpd", "URGENT : votre site floraisondesoi.fr n'est pas conforme RGPD",
"""Madame, Monsieur,

Notre audit automatique a détecté 7 non-conformités RGPD sur votre site floraisondesoi.fr (bandeau cookies, mentions légales, registre des traitements).

Les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires. Mettez-vous en conformité en 48 h grâce à notre pack « RGPD Sérénité » à 39 €/mois seulement.

>>> Régulariser ma situation maintenant

Cellule Conformité Numérique
Pour ne plus recevoir nos messages, répondez STOP.""",
[], frm="Cellule Conformité Numérique <alerte@conformite-rgpd-pro.com>", html="only"),

M("fr-neg-phishing-orange-boite-pleine", "Votre boîte de réception est pleine",
"""Cher(e) client(e) Orange,

Votre espace de stockage Mail Orange est saturé à 99 %. Vos nouveaux messages seront supprimés dans les 24 heures.

Pour éviter la perte de vos données, confirmez votre identifiant ici : http://orange-messagerie-verif.info/login

Service Client Orange""",
[], frm="Orange Messagerie <service-client@orange-mail-securite.com>", to=HER_ORANGE, html="only"),

M("fr-neg-elle-confirme-effacement", "Confirmation de suppression de vos données",
"""Bonjour Madame Chambareau,

Suite à votre courrier, je vous confirme que les fiches et notes vous concernant ont été détruites, sur papier comme sur mon ordinateur. Seules les factures sont conservées, comme la loi m'y oblige, pendant dix ans.

Je vous souhaite une très belle continuation.

Sandra Delomenie
Floraison de Soi — 46 rue d'Estienne d'Orves, 36100 Issoudun""",
[], frm=SANDRA, to="Odette Chambareau <odette.chambareau@wanadoo.fr>"),

M("fr-neg-elle-envoie-export", "Vos données au format CSV",
"""Bonjour Damien,

Comme convenu, vous trouverez en pièce jointe l'export de vos données (fiche, questionnaires, dates des séances) au format CSV. Je procéderai à la suppression de votre dossier dès que vous m'aurez confirmé la bonne réception.

Belle journée,
Sandra""",
[], frm=SANDRA, to="Damien Royer <damien.royer@proton.me>",
attachments=[{"kind": "csv", "name": "export_Royer.csv",
              "text": "champ;valeur\nnom;Royer\nprenom;Damien\nseances;2025-01-14|2025-02-11|2025-03-18\nquestionnaire_depart;Retrouver du sens au travail"}]),

M("fr-neg-elle-newsletter", "La pensée du lundi : le droit de ralentir",
"""Bonjour à toutes et à tous,

Ce lundi, je vous propose une petite expérience : ralentir volontairement un geste du quotidien. Boire votre café sans rien faire d'autre. Marcher jusqu'à la boulangerie sans téléphone.

Ce que vous remarquez alors, c'est souvent ce que vous aviez cessé de voir.

Prochains rendez-vous :
- atelier « Apprivoiser ses émotions », samedi 14, Issoudun
- cercle de femmes, jeudi 19, en ligne

Belle semaine,
Sandra

Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.fr/desinscription""",
[], frm=FLORAISON, to="Floraison de Soi <contact@floraisondesoi.fr>", html="alt",
headers=[("List-Id", "Lettre Floraison de Soi <newsletter.floraisondesoi.fr>"),
         ("List-Unsubscribe", "<https://floraisondesoi.fr/desinscription>, <mailto:desinscription@floraisondesoi.fr>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),

M("fr-neg-elle-confirme-rectification", "Votre nom est corrigé",
"""Bonjour Nathalie,

Merci pour votre message. J'ai corrigé votre nom partout (fiche, liste des participants et feuille de présence) : Chevrier, avec le r !

À très bientôt,
Sandra""",
[], frm=SANDRA, to="Nathalie Chevrier <nath.chevrier36@laposte.net>", in_reply=True),

M("fr-neg-elle-reponse-prospect-rgpd", "Re: Demande de devis : sensibilisation RGPD",
"""Bonjour Monsieur Pasquier,

Merci pour votre message. Je ne suis pas juriste et ne propose pas de formation RGPD à proprement parler ; je peux en revanche animer un temps d'échange sur la posture d'écoute des bénévoles. Pour la partie réglementaire, je vous oriente vers le guide de la CNIL pour les associations.

Bien cordialement,
Sandra Delomenie""",
[], frm=SANDRA, to="Jean-Luc Pasquier <entraide.scolaire.issoudun@gmail.com>",
quote={"style": "gmail_fr", "who": "Jean-Luc Pasquier <entraide.scolaire.issoudun@gmail.com>",
       "text": """Bonjour Madame,
Proposez-vous un module de sensibilisation RGPD d'une demi-journée pour nos bénévoles ?"""}),

M("fr-neg-facebook-groupe-notif", "Nouvelle publication dans Cercle Floraison — les inscrits",
"""Agnès Poirier a publié dans Cercle Floraison — les inscrits

« Coucou tout le monde ! Quelqu'un fait du covoiturage depuis Vierzon pour samedi ? »

Voir la publication : https://www.facebook.com/groups/

Facebook""",
[], frm="Facebook <notification@facebookmail.com>", html="alt",
headers=[("List-Unsubscribe", "<https://www.facebook.com/o.php?k=AS>"), ("Precedence", "bulk")]),

M("fr-neg-linkedin-invitation", "Sandra, vous avez une nouvelle invitation",
"""Élodie Martineau, Responsable formation chez Groupe Leclerc Centre, souhaite rejoindre votre réseau.

Accepter : https://www.linkedin.com/comm/mynetwork/

Vous recevez les e-mails d'invitation. Se désabonner.
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2""",
[], frm="LinkedIn <invitations@linkedin.com>", html="only",
headers=[("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>")]),

M("fr-neg-colis-laposte", "Votre colis est disponible en point de retrait",
"""Bonjour,

Votre colis n° 6A12345678901 est disponible au point de retrait : Tabac Presse du Marché, Issoudun.
Vous pouvez le retirer jusqu'au 21 muni d'une pièce d'identité.

La Poste — Colissimo""",
[], frm="Colissimo <noreply@notif-colissimo.fr>", html="alt"),

M("fr-neg-newsletter-cma", "Lettre d'info CMA Centre-Val de Loire — juin",
"""Au sommaire ce mois-ci :
- Facturation électronique : ce qui change pour les micro-entrepreneurs
- Atelier gratuit « Être visible sur Google » le 18 à Châteauroux
- RGPD : 5 réflexes pour les TPE (registre, durée de conservation, droits des personnes)

Vous recevez cette lettre en tant que ressortissant de la CMA.
Se désinscrire""",
[], frm="CMA Centre-Val de Loire <info@cma-cvl.fr>", html="only",
headers=[("List-Id", "Lettre CMA CVL <lettre.cma-cvl.fr>"), ("List-Unsubscribe", "<https://cma-cvl.fr/unsub>"),
         ("Precedence", "bulk")]),

M("fr-neg-qualiopi-audit-procedures", "Audit de surveillance Qualiopi — pièces à préparer",
"""Bonjour Madame Delomenie,

En vue de l'audit de surveillance du mois prochain, merci de préparer les éléments suivants : procédure de traitement des réclamations, modalités d'accès des personnes en situation de handicap, et votre procédure de gestion des demandes d'exercice des droits RGPD des stagiaires (indicateur 26 élargi).

Cordialement,
Audrey Morin, auditrice — Certif'Forma""",
[], frm="Audrey Morin <a.morin@certifforma.fr>"),

M("fr-neg-comptable-factures", "Pièces manquantes",
"""Bonjour Sandra,

Pour la clôture, il me manque les copies des factures de mars à mai et les relevés Qonto du trimestre. Peux-tu les déposer dans le dossier partagé avant vendredi ?

Merci,
Stéphane — Cabinet Audit Berry""",
[], frm="Stéphane Duclos <s.duclos@auditberry.fr>", to=HER_ORANGE),

M("fr-neg-pere-age-comment-faire", "Mon père (87 ans)",
"""Bonjour,

Mon père, qui a 87 ans et vit encore seul, a participé à vos causeries. Il m'a dit qu'il aimerait un jour savoir ce que vous avez comme informations sur lui, mais il n'est pas à l'aise avec l'ordinateur. Comment doit-il s'y prendre ? Faut-il un courrier signé de sa main ?

Merci,
Dominique Bernardin""",
[], frm="Dominique Bernardin <d.bernardin@gmail.com>"),

M("fr-neg-fwd-plainte-cnil", "TR: Accusé de réception de votre plainte",
"""Pour votre information, puisque vous ne répondez pas.

Alain Mercier""",
[], frm="Alain Mercier <alain.mercier@laposte.net>",
quote={"style": "fwd_fr", "who": "CNIL <ne-pas-repondre@cnil.fr>", "to": "alain.mercier@laposte.net",
       "subject": "Accusé de réception de votre plainte n° 25012345",
       "text": """Madame, Monsieur,

Nous accusons réception de votre plainte enregistrée sous le numéro 25012345 concernant l'organisme FLORAISON DE SOI.

Votre plainte sera instruite dans les meilleurs délais.

Le service des plaintes de la CNIL"""}),

M("fr-neg-accord-enregistrement", "Enregistrement des séances",
"""Bonjour Sandra,

Suite à votre question de la dernière fois : oui, je suis d'accord pour que vous enregistriez nos séances en audio, pour votre usage seulement. Vous pouvez considérer ce mail comme mon accord écrit.

À mardi,
Bastien""",
[], frm="Bastien Lemaitre <bastien.lemaitre@gmail.com>"),

M("fr-neg-phishing-systemeio-suspendu", "Action requise : votre compte sera suspendu",
"""Cher utilisateur,

Nous n'avons pas pu traiter le paiement de votre abonnement systeme.io. Votre compte et toutes vos données seront supprimés sous 24h.

Mettez à jour vos informations de paiement : https://systeme-io-billing.help/update

Équipe Facturation""",
[], frm="systeme.io Billing <billing@systeme-io-support.net>", html="only"),

M("fr-neg-impots-avis", "Votre avis d'impôt est disponible",
"""Madame,

Votre avis d'impôt sur les revenus est disponible dans votre espace particulier sur impots.gouv.fr.

Ceci est un courriel automatique, merci de ne pas y répondre.

La Direction générale des Finances publiques""",
[], frm="impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", to=HER_ORANGE,
headers=[("Auto-Submitted", "auto-generated")]),

M("fr-neg-orange-facture", "Votre facture Orange est disponible",
"""Bonjour,

Votre facture internet-mobile du mois est disponible dans votre Espace Client.
Montant : 52,98 € — prélevé le 12.

Orange""",
[], frm="Orange <facture@orange.fr>", to=HER_ORANGE, html="alt"),

M("fr-neg-merci-export-recu", "Re: Vos données au format CSV",
"""Bien reçu, tout y est. Vous pouvez supprimer le dossier comme prévu. Merci pour tout !
Damien""",
[], frm="Damien Royer <damien.royer@proton.me>",
quote={"style": "gmail_fr", "subject": "Vos données au format CSV",
       "text": """Bonjour Damien,
Comme convenu, vous trouverez en pièce jointe l'export de vos données au format CSV. Je procéderai à la suppression de votre dossier dès que vous m'aurez confirmé la bonne réception.
Sandra"""}),
# NEAR-LINE above: "vous pouvez supprimer" only confirms an erasure already requested and handled -> negative

M("fr-neg-objet-seul-places", "Atelier du 14 : reste-t-il des places ?",
"""""",
[], frm="Lucie Barreau <lucie.barreau@gmail.com>"),

M("fr-neg-rappel-svp", "Pouvez-vous me rappeler ?",
"""Bonjour,
J'ai essayé de vous joindre deux fois ce matin, pouvez-vous me rappeler au 06 33 12 90 41 ? C'est pour un bon cadeau pour ma sœur.
Merci,
Mme Gaillard""",
[], frm="Josette Gaillard <josette.gaillard@orange.fr>"),

M("fr-neg-rh-siret-convention", "Convention de formation — correction SIRET",
"""Bonjour,

Une erreur s'est glissée dans la convention de formation : le numéro SIRET de notre établissement est le 512 345 678 00024 (et non 00016). Merci de rectifier la convention et de nous la renvoyer signée.

Cordialement,
Pauline Brossard, assistante RH — Clinique du Parc""",
[], frm="Pauline Brossard <p.brossard@cliniqueduparc36.fr>"),

M("fr-neg-spam-seo", "Plus de clients pour Floraison de Soi ?",
"""Bonjour,

J'ai visité votre site et je pense que nous pourrions vous aider à apparaître en première page de Google pour « coach Issoudun » et « sophrologie Berry ». Nos clients voient leurs demandes multipliées par 3 en 60 jours.

Puis-je vous envoyer une proposition gratuite ?

Kevin, Growth Digital Agency""",
[], frm="Kevin Growth <kevin@growth-digital-agency.io>"),

M("fr-neg-nouvelles-facebook-suppression", "Des nouvelles de Bretagne",
"""Chère Sandra,

Un petit mot de Lorient où nous sommes installés depuis le printemps. La mer, les crêpes, la pluie : tout ce qu'on nous avait promis !

Anecdote du mois : j'ai voulu supprimer mon compte Facebook et faire effacer mes données chez eux, tu ne peux pas imaginer le parcours du combattant. Trois formulaires, deux pièces d'identité, et toujours rien. Je pense souvent à ta phrase « on a le droit de reprendre sa place ».

Je t'embrasse, et si tu passes par ici, la chambre d'amis t'attend.
Maud""",
[], frm="Maud Le Goff <maud.legoff@gmail.com>", html="alt"),
# NEAR-LINE above: talks about erasing her data at Facebook (another controller) -> negative

M("fr-neg-confirmation-salle-mairie", "Réservation salle Jean-Jaurès confirmée",
"""Madame,

Nous vous confirmons la réservation de la salle Jean-Jaurès le samedi 22 de 9h à 18h pour votre atelier. La clé sera à retirer à l'accueil de la mairie le vendredi avant 16h30.

Le service Vie associative
Mairie d'Issoudun""",
[], frm="Vie associative — Mairie d'Issoudun <vie.associative@issoudun.fr>"),

M("fr-neg-abonnee-transfere-newsletter-ami", "TR: La pensée du lundi : le droit de ralentir",
"""Regarde ça Bruno, c'est exactement ce que je te disais dimanche !! Tu devrais t'inscrire à sa lettre.

Envoyé de mon iPhone""",
[], frm="Véro Castel <vero.castel@icloud.com>", to="bruno.castel@gmail.com", cc="contact@floraisondesoi.fr",
quote={"style": "fwd_fr", "who": "Floraison de Soi <contact@floraisondesoi.fr>", "to": "vero.castel@icloud.com",
       "text": """Bonjour à toutes et à tous,

Ce lundi, je vous propose une petite expérience : ralentir volontairement un geste du quotidien.

Se désinscrire : https://floraisondesoi.fr/desinscription"""}),

M("fr-neg-lyceenne-stage-bac", "stage stress bac ??",
"""Bonjour !!

Je suis en terminale au lycée Balzac et ma prof principale m'a parlé de vous. Vous faites encore le stage « gérer le stress des exams » pendant les vacances d'avril ? C'est combien et il faut venir avec quoi ? (J'ai 18 ans donc pas besoin de l'autorisation de mes parents je crois ?)

Merciii
Inaya""",
[], frm="Inaya Benali <inaya.benali@gmail.com>", cte="8bit"),

M("fr-neg-voisin-gong-dimanche", "Nuisances sonores le dimanche matin",
"""Madame,

Je suis votre voisin du dessus, rue d'Estienne d'Orves. Je m'oppose formellement à ce que vos séances de « bain sonore » avec gong commencent à 8 heures le dimanche. J'ai 77 ans, j'ai travaillé quarante-deux ans aux Ateliers, et j'estime avoir droit à ma grasse matinée dominicale.

Je ne voudrais pas en arriver au syndic, mais je le ferai.

R. Bourdier, 2e étage""",
[], frm="Roland Bourdier <roland.bourdier@wanadoo.fr>"),

M("fr-neg-anxieuse-formulaire-bien-recu", "Mes informations sont bien arrivées ?",
"""Bonjour Sandra,

J'ai rempli le formulaire d'inscription en ligne pour l'atelier du 5, mais la page s'est figée à la fin et je ne sais pas si mes informations sont bien arrivées. Je n'ai pas reçu de mail de confirmation. Est-ce que vous pourriez vérifier que je suis bien inscrite ? Je ne voudrais pas prendre la place de quelqu'un en le remplissant deux fois…

Pardon pour le dérangement,
Christelle""",
[], frm="Christelle Menard <christelle.menard@laposte.net>"),

M("fr-neg-quebec-decalage-horaire", "Séances en ligne depuis le Québec",
"""Bonjour Madame,

Une amie française m'a parlé de vous. Je suis à Québec, six heures de décalage avec vous. Est-ce que vous offrez des séances en visio en fin de journée chez vous (donc le midi chez nous) ? Pis est-ce que le paiement se fait en euros seulement?

Merci à l'avance,
Stéphane Bouchard""",
[], frm="Stéphane Bouchard <stephane.bouchard@videotron.ca>"),

M("fr-neg-retire-ce-que-jai-dit", "Pardon pour samedi",
"""Sandra,

Je retire ce que j'ai dit samedi dans le groupe sur les « gens qui se plaignent tout le temps ». C'était maladroit et je crois que Nadia l'a mal pris. Est-ce que tu penses que je devrais lui écrire directement, ou en parler au prochain cercle ?

Merci de m'aider à y voir clair,
Brigitte""",
[], frm="Brigitte Vallet <brigitte.vallet@orange.fr>"),

M("fr-neg-consoeur-comment-tu-geres", "Question de consœur",
"""Hello Sandra,

Question pratique entre praticiennes : tu fais comment quand un client te demande une copie de ses notes ou l'effacement de son dossier ? Tu as un modèle de réponse ? Je viens d'avoir ma première demande et je panique un peu sur les délais.

Bises et merci d'avance,
Karine, sophrologue à Vatan""",
[], frm="Karine Besnard <karine.sophro.vatan@gmail.com>"),

# NEAR-LINE: an automatic reply announcing a new address is not a request written to her -> negative
M("fr-neg-autoreply-nouvelle-adresse", "Réponse automatique : Votre inscription au cercle de juin",
"""Bonjour,

Cette adresse ne sera plus consultée à partir du 1er juillet. Merci de m'écrire désormais à francois.guerin.perso@gmail.com.

François Guérin""",
[], frm="François Guérin <f.guerin@agglo-chateauroux.fr>",
headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

M("fr-neg-carte-remerciement-effacer-doutes", "Merci !",
"""Chère Sandra,

Je voulais vous écrire depuis des semaines et je n'osais pas, ce qui est un peu ironique vu le thème du stage.

Ces trois jours ont effacé des années de doutes. Je ne suis pas devenue quelqu'un d'autre, rassurez-vous, mais je me suis entendue dire « non » à mon chef lundi, calmement, sans m'excuser trois fois. Il a cligné des yeux. Moi aussi.

Merci pour votre regard, votre humour et vos tisanes au thym.

Avec toute ma gratitude,
Ghislaine""",
[], frm="Ghislaine Forestier <ghislaine.forestier@free.fr>", html="alt"),
]
