# French-language negatives: not a data-subject request to her (many are hard negatives
# using trigger words in an everyday sense).


def R(key, subject, body, rights=(), **kw):
    d = dict(key=key, subject=subject, body=body, rights=list(rights))
    d.update(kw)
    return d


NOTIF = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

RECORDS = [
# ------------------------------------------------------------------ trigger words, everyday sense
R("fr-neg-supprimer-creneau", "créneau de jeudi",
"""Bonjour Sandra,
Vous pouvez supprimer mon créneau de jeudi 16h, j'ai un rendez-vous médical qui tombe pile à ce moment-là. Je vous redis pour la semaine suivante.
Merci !
{first}""", []),

R("fr-neg-effacer-tableau", "Salle du 12 – logistique",
"""Bonjour Madame Delomenie,

Pour votre intervention de mardi dans notre salle de formation : pensez à effacer le tableau blanc en partant, l'équipe du soir l'utilise juste après. Les feutres sont dans le tiroir de gauche. Le code d'accès à la salle est 4512B.

Bonne journée,
{first} {last}
Accueil – Maison des Associations d'Issoudun""", []),

R("fr-neg-acces-salle", "accès à la salle samedi ?",
"""Bonjour, pour l'atelier de samedi, on accède à la salle par la cour ou par la rue ? La dernière fois j'ai tourné 10 minutes. Merci ! {first}""", []),

R("fr-neg-copie-facture", "Copie de facture",
"""Bonjour,

Mon comptable me réclame une copie de la facture de mon accompagnement de janvier (3 séances). Pourriez-vous me la renvoyer ? Je ne la retrouve plus dans mes mails.

Merci d'avance,
{name}""", []),
# NEAR-LINE: a copy of an invoice is a business document request, not a copy of her personal data -> negative

R("fr-neg-export-agenda", "export agenda",
"""Salut Sandra, comme promis voilà comment faire l'export de ton agenda Google vers le nouvel outil de réservation : Paramètres > Importer et exporter > Exporter. Tu auras un .ics à glisser dans l'outil. Dis-moi si tu bloques ! {first}""", []),

R("fr-neg-corriger-doc", "Support de formation – coquilles",
"""Bonjour Sandra,

J'ai relu le support de la formation « Communication bienveillante » comme vous me l'aviez demandé. Il y a deux ou trois coquilles à corriger p. 7 et 12 (« ils croit », « en faite »). Je vous ai mis les corrections en commentaires dans le document joint.

Bonne soirée,
{first}""", [], att=[("docx", "Support_CNV_relu.docx", "Support Communication bienveillante - relecture\np.7 : ils croient\np.12 : en fait")]),

R("fr-neg-s-opposer", "Re: idée pour le salon",
"""Je m'oppose un peu à l'idée de faire le stand à deux sur le salon du bien-être, on va se marcher dessus ! Par contre partager la conférence, oui avec plaisir. On s'appelle ?

{first}""", [], quote=dict(style="gmail_fr", text="Et si on prenait un stand commun cette année ? Ça diviserait les frais par deux.\n\nSandra")),

R("fr-neg-retirer-colis", "Votre colis est disponible en point relais",
"""Bonjour,

Votre colis n° 6A21478903215 est disponible au point relais TABAC PRESSE DU MARCHÉ, 3 place du Marché, 36100 Issoudun.

Vous pouvez le retirer jusqu'au 24/03 muni d'une pièce d'identité et du code de retrait : 482 117.

Ceci est un message automatique, merci de ne pas y répondre.""", [], sender=("Colissimo", "noreply@notif-colissimo-laposte.info"), headers=NOTIF, html="alt", date_range=("2025-03-15", "2025-03-20")),

R("fr-neg-consentement-formation", "Formation « consentement éclairé » pour notre équipe",
"""Bonjour Madame,

Je suis cadre de santé à l'EHPAD Les Glycines à Déols. Nous souhaiterions organiser pour nos aides-soignantes une demi-journée sur le consentement des résidents dans les soins du quotidien (toilette, repas, refus de soins). Proposez-vous ce type d'intervention ? Si oui, pourriez-vous nous faire parvenir un devis ?

Cordialement,
{name}
Cadre de santé""", []),

R("fr-neg-rgpd-formation", "Module RGPD dans votre formation ?",
"""Bonjour,

Dans votre formation pour les praticiens bien-être qui s'installent, est-ce qu'il y a un module sur le RGPD (registre, mentions légales, fichier clients) ? Je m'installe comme réflexologue et je suis un peu perdue avec tout ça.

Merci,
{first}""", []),
# NEAR-LINE: RGPD as a training subject, she asks about course content -> negative

R("fr-neg-mes-infos-inscription", "inscription atelier du 5 avril",
"""Bonjour,
Voici mes informations pour l'inscription à l'atelier du 5 avril :
Nom : {last}
Prénom : {first}
Tél : 06 47 18 92 03
Régime alimentaire : végétarienne
Je vous fais le virement ce soir.
Bonne journée""", []),

R("fr-neg-effacer-croyances", "Premier contact",
"""Bonjour,

J'ai découvert votre travail par une amie. Je cherche un accompagnement pour effacer ces croyances limitantes qui me collent à la peau depuis l'enfance (« je ne suis pas à la hauteur », vous voyez le genre…). Est-ce que vous proposez une séance découverte ?

Belle journée,
{first}""", []),

R("fr-neg-portabilite-numero", "changement d'opérateur",
"""Bonjour Sandra, je change d'opérateur mais avec la portabilité du numéro donc rien ne change pour vous, mon numéro reste le même. Je voulais juste te prévenir au cas où tu aurais des soucis pour me joindre cette semaine. {first}""", []),

R("fr-neg-limiter-seances", "rythme des séances",
"""Bonjour Sandra,
Est-ce qu'on pourrait limiter à une séance par mois à partir de septembre ? Financièrement c'est plus simple pour moi. On garde le mardi soir si possible.
Merci,
{first}""", []),

R("fr-neg-rectifier-tir", "Re: exercice de la semaine",
"""Bon, j'ai bien rectifié le tir cette semaine : j'ai dit non à ma collègue deux fois sans culpabiliser ! Je vous raconte jeudi.

{first}""", [], quote=dict(style="apple_fr", text="Bonjour {first},\n\nPour cette semaine, je vous propose d'observer les moments où vous dites oui alors que vous pensez non.\n\nSandra")),

R("fr-neg-retirer-inscription", "annulation atelier",
"""Bonjour, je dois retirer mon inscription à l'atelier de dimanche, ma fille est malade. Est-ce que je peux reporter sur le suivant ? Merci {first}""", []),
# NEAR-LINE: "retirer mon inscription" = cancelling a workshop booking -> negative

# ------------------------------------------------------------------ cancellations, login, account
R("fr-neg-annul-rdv-sujet", "Annulation rdv mardi 10h", "", []),

R("fr-neg-annul-abonnement", "Résiliation abonnement Cercle mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement mensuel au Cercle en ligne à compter du mois prochain. Pouvez-vous arrêter le prélèvement ?

Merci et à bientôt peut-être,
{name}""", []),

R("fr-neg-qc-annul", "Annuler mon rendez-vous",
"""Bonjour Sandra,

Je vais devoir annuler mon rendez-vous de mercredi, je suis pognée au bureau jusqu'à tard avec la fin de l'année financière. On se reprend la semaine d'après? Désolée pour le dérangement.

{first}""", [], pool="qc"),

R("fr-neg-mdp-oublie", "mot de passe",
"""bonjour j arrive plus a me connecter a la plateforme de formation, j ai oublié mon mot de passe et le lien de reinitialisation arrive pas. vous pouvez m aider ? merci""", [], cte="7bit"),

R("fr-neg-acceder-espace", "Impossible d'accéder à mon espace",
"""Bonjour,

Je n'arrive pas à accéder à mon espace membre pour voir les vidéos du module 3. J'ai un message « accès refusé ». J'ai pourtant bien payé la formation complète. Pouvez-vous regarder ?

Cordialement,
{name}""", []),

R("fr-neg-fermer-compte", "fermer mon compte",
"""Bonjour, pouvez-vous fermer mon compte sur la plateforme ? J'ai terminé la formation. Merci. {first}""", []),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy

R("fr-neg-be-annul-contrat", "Fin de la convention",
"""Bonjour Madame,

Comme convenu par téléphone, nous mettons fin à la convention de coaching d'équipe à l'échéance du 30 juin. Merci de nous envoyer la dernière facture.

Bien à vous,
{name}
Responsable RH – Wauters & Fils sprl""", [], pool="be"),

# ------------------------------------------------------------------ questions about rights
R("fr-neg-question-droit", "Question",
"""Bonjour,

Petite question de principe : si un jour j'arrête l'accompagnement, est-ce que j'ai le droit de demander que mes notes de séance soient détruites ? Ce n'est pas pour maintenant, je me renseigne.

Merci,
{first}""", []),
# NEAR-LINE: question about how a right works, explicitly not now -> negative

R("fr-neg-duree-conservation", "durée de conservation",
"""Bonjour, combien de temps conservez-vous les fiches clients et les questionnaires après la fin d'un accompagnement ? Merci, {name}""", []),

R("fr-neg-hebergement", "Où sont stockées les données ?",
"""Bonjour Sandra,

Avant de remplir le questionnaire santé, j'aimerais savoir : où sont hébergées ces informations ? Sur votre ordinateur, dans un cloud ? En France ? Je suis un peu méfiante depuis le piratage de ma mutuelle.

Merci de votre réponse,
{first}""", []),

# ------------------------------------------------------------------ CNIL / third parties
R("fr-neg-cnil-copie", "Copie de ma réclamation auprès de la CNIL",
"""Madame,

Pour votre information, vous trouverez ci-dessous copie de la plainte que j'ai déposée ce jour auprès de la CNIL concernant la réception répétée de vos courriels.

---
Objet : Plainte – réception de courriels non sollicités
Je reçois depuis plusieurs mois des courriels de Floraison de Soi sans avoir jamais donné mon accord...
---

{name}""", []),
# NEAR-LINE: a copy of a CNIL complaint, no request to her in the new text -> negative

R("fr-neg-mere-fille-majeure", "Ma fille",
"""Bonjour Madame,

Ma fille Clémence (24 ans) vous consulte depuis quelques mois. Je m'inquiète beaucoup pour elle. Pourriez-vous me dire ce qu'elle vous raconte, ou au moins me transmettre ses fiches ? Je paie les séances.

Merci de votre compréhension,
{name}""", []),
# NEAR-LINE: parent asking about an adult living child's data -> negative

R("fr-neg-collegue", "Données d'une collègue",
"""Bonjour,

Ma collègue Mme Roux a suivi la même formation que moi en mars. Elle est en arrêt et je dois compléter son dossier de formation pour la DRH : pourriez-vous m'envoyer ses résultats d'évaluation ?

Cordialement,
{name}""", []),

R("fr-neg-rh-attestations", "Attestations de présence – session d'octobre",
"""Bonjour Madame Delomenie,

Pour notre dossier OPCO, pourriez-vous nous transmettre les feuilles d'émargement et les attestations de présence de nos quatre salariés ayant suivi la formation « Gestion du stress » en octobre ?

Merci par avance,
{name}
Service RH – Menuiserie Couturier SAS
02 54 21 00 00""", [], cc="Direction <direction@menuiserie-couturier.fr>"),

# ------------------------------------------------------------------ thanks above handled requests
R("fr-neg-merci-suppression", "Re: Votre demande de suppression",
"""Merci beaucoup Sandra pour votre rapidité, c'est parfait.
Belle continuation !""", [],
  quote=dict(style="gmail_fr", text="Bonjour {first},\n\nJe vous confirme que l'ensemble de vos données a été supprimé de mes fichiers ce jour, y compris sur la plateforme Systeme.io.\n\nBien à vous,\nSandra Delomenie")),

R("fr-neg-merci-export", "RE: Vos données",
"""Bien reçu, merci. Le fichier s'ouvre sans souci.

{first} {last}""", [],
  quote=dict(style="outlook_fr", text="Bonjour,\n\nComme demandé, vous trouverez ci-joint l'export de vos données au format CSV.\n\nCordialement,\nSandra Delomenie\nFloraison de Soi")),

R("fr-neg-merci-au-dessus-demande", "Re: désinscription",
"""C'est fait, je ne reçois plus rien. Merci et bonne route !""", [],
  quote=dict(style="apple_fr", who="{name} <{addr}>", who_addr="x@gmail.com", text="Bonjour, merci de me désinscrire de la newsletter.\n{first}")),
# NEAR-LINE: quoted text is a request, new text is only a thank-you -> negative

# ------------------------------------------------------------------ giving consent
R("fr-neg-accord-temoignage", "Mon témoignage",
"""Bonjour Sandra,

Avec plaisir ! Je vous donne mon accord pour publier mon témoignage sur votre site, avec mon prénom et l'initiale de mon nom. Pas de photo par contre.

Belle journée,
{first} {last[0]}.""".replace("{last[0]}", "M"), []),

R("fr-neg-accord-photo", "Re: photos du stage",
"""oui oui pas de souci pour les photos, tu peux les mettre sur Facebook 😊""", [],
  quote=dict(style="gmail_fr", text="Coucou à toutes,\n\nEst-ce que vous êtes d'accord pour que je publie quelques photos du stage sur la page Facebook ?\n\nSandra")),

# ------------------------------------------------------------------ automatic mail
R("fr-neg-absence", "Réponse automatique : Demande de devis",
"""Bonjour,

Je suis absente du bureau jusqu'au 2 septembre inclus, avec un accès limité à mes messages. Pour toute urgence, merci de contacter Mme Perrin au 02 54 03 00 00.

Cordialement,
{name}""", [], headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreply-rgpd", "Accusé de réception de votre message",
"""Bonjour,

Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais.

Protection des données : conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données. Vous pouvez exercer ces droits en écrivant à dpo@cabinet-guerin-expert.fr. Vous pouvez également introduire une réclamation auprès de la CNIL.

Cabinet Guérin – Expertise comptable""", [], sender=("Cabinet Guérin Expertise", "accueil@cabinet-guerin-expert.fr"),
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
# NEAR-LINE: auto-reply listing every GDPR right -> negative

R("fr-neg-bounce-orange", "Non remis : Votre inscription est confirmée",
"""Ceci est le système de remise de courrier d'Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<m.chevalier36@wanadoo.fr> : adresse inconnue (550 5.1.1 mailbox unavailable)
""", [], kind="bounce", sender=("Mail Delivery System", "MAILER-DAEMON@orange.fr"), to="sandra.delomenie@orange.fr",
  dsn="Reporting-MTA: dns; smtp-out.orange.fr\nArrival-Date: Mon, 3 Mar 2025 10:12:03 +0100\n\nFinal-Recipient: rfc822; m.chevalier36@wanadoo.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n",
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: m.chevalier36@wanadoo.fr\nSubject: Votre inscription est confirmée\nDate: Mon, 3 Mar 2025 10:11:58 +0100\n", date_exact="2025-03-03T10:12:05"),

R("fr-neg-systemeio-inscription", "Nouvelle inscription à votre formation",
"""Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre formation « Se réaligner en 21 jours ».
Email : l.barbier@gmail.com
Date : aujourd'hui

Gérer vos contacts : https://systeme.io/dashboard/contacts

L'équipe Systeme.io""", [], sender=("Systeme.io", "no-reply@systeme.io"), headers=NOTIF, html="alt", to="contact@floraisondesoi.fr"),

R("fr-neg-qonto", "Vous avez reçu un virement de 180,00 €",
"""Bonjour Sandra,

Un virement de 180,00 € a été crédité sur votre compte Floraison de Soi.
Émetteur : M. OU MME BOUQUET
Libellé : ACCOMPAGNEMENT 3 SEANCES

Consultez le détail dans votre application Qonto.""", [], sender=("Qonto", "notifications@qonto.com"), headers=NOTIF, html="only"),

R("fr-neg-urssaf", "Votre déclaration de chiffre d'affaires est disponible",
"""Madame DUMOT-DELOMENIE,

Votre déclaration de chiffre d'affaires pour la période de mars 2025 est à effectuer avant le 30/04/2025 sur autoentrepreneur.urssaf.fr.

Ce message vous est adressé automatiquement, merci de ne pas y répondre.

L'Urssaf""", [], sender=("Urssaf", "ne-pas-repondre@urssaf.fr"), headers={"Auto-Submitted": "auto-generated"}, to="sandra.delomenie@orange.fr", date_range=("2025-04-02", "2025-04-20")),

R("fr-neg-brevo-rapport", "Rapport de votre campagne « Lettre de juin »",
"""Bonjour,

Votre campagne « Lettre de juin » a été envoyée à 412 contacts.
Taux d'ouverture : 48,3 %
Taux de clic : 6,1 %
Désinscriptions : 3

Voir le rapport complet dans Brevo.""", [], sender=("Brevo", "notifications@brevo.com"), headers=NOTIF, html="only", to="contact@floraisondesoi.fr"),
# NEAR-LINE: mentions unsubscriptions as statistics -> platform notification, negative

R("fr-neg-paypal", "Vous avez reçu un paiement",
"""Bonjour Floraison de Soi,

Vous avez reçu un paiement de 45,00 EUR de Chantal Aubert.
Note : atelier mandala 14/09

Numéro de transaction : 7KD28193XR1044512

PayPal""", [], sender=("PayPal", "service@paypal.fr"), headers=NOTIF, html="alt"),

R("fr-neg-systemeio-dpa", "Mise à jour de notre politique de confidentialité et de notre DPA",
"""Bonjour,

Nous mettons à jour notre Politique de confidentialité et notre Accord de traitement des données (DPA) à compter du 1er juillet 2025. Ces changements précisent la liste de nos sous-traitants ultérieurs et les garanties applicables aux transferts hors UE.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io après cette date, vous acceptez les nouvelles conditions.

L'équipe Systeme.io""", [], sender=("Systeme.io", "legal@systeme.io"), headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe>", "Precedence": "bulk"}, html="alt", date_range=("2025-06-01", "2025-06-25")),

R("fr-neg-spam-conformite", "URGENT : votre site n'est pas conforme au RGPD – amende jusqu'à 20 M€",
"""Madame, Monsieur,

Après analyse automatique, votre site floraisondesoi.fr présente 7 non-conformités au RGPD (bandeau cookies, registre des traitements, mentions légales).

Les contrôles de la CNIL se multiplient. Mettez-vous en conformité en 48 h grâce à notre pack « RGPD Sérénité » à 490 € HT au lieu de 990 €.

Répondez OUI pour être rappelé(e).

Service Conformité – Legal-Pro Audit""", [], sender=("Service Conformité", "conformite@legal-pro-audit.info"), html="only"),

R("fr-neg-phishing-orange", "Votre messagerie Orange a atteint 99% de sa capacité",
"""Cher(e) client(e),

Votre boîte de réception a atteint 99 % de son espace de stockage. Les nouveaux messages seront rejetés sous 24 h.

Pour éviter la suppression de vos données, vérifiez votre compte ici : http://orange-messagerie-verif.com/login

Service Client Orange""", [], sender=("Orange Messagerie", "support@orange-securite-compte.com"), to="sandra.delomenie@orange.fr", html="only"),

R("fr-neg-google-agenda", "Invitation : Séance découverte – {name} @ jeu. 10:00",
"""{name} vous a invitée à un événement.

Séance découverte – {name}
Quand : jeudi, 10:00 – 11:00 (heure d'Europe centrale)
Où : 46 rue d'Estienne d'Orves, Issoudun

Accepter | Refuser | Peut-être

Invitation de Google Agenda""", [], headers={"Auto-Submitted": "auto-generated"},
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20250612T080000Z\r\nDTEND:20250612T090000Z\r\nSUMMARY:Séance découverte\r\nUID:7d1b0c2e9a@google.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")], date_range=("2025-06-04", "2025-06-09")),

R("fr-neg-stripe-fr", "Paiement réussi de 240,00 €",
"""Floraison de Soi

Un paiement de 240,00 € a été effectué avec succès.
Client : c.renaud@laposte.net
Description : Parcours « Oser » – 4 séances

Afficher dans le Dashboard Stripe""", [], sender=("Stripe", "notifications@stripe.com"), headers=NOTIF, html="only"),

# ------------------------------------------------------------------ her own sent mail
R("fr-neg-self-confirm-effacement", "Confirmation de suppression de vos données",
"""Bonjour Madame {last2},

Suite à votre demande du 4 février, je vous confirme que l'ensemble de vos données personnelles (coordonnées, fiches de suivi, questionnaires) a été supprimé de mes fichiers papier et numériques, ainsi que de la plateforme Systeme.io.

Seules les factures sont conservées, conformément à mes obligations comptables.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – Coaching & formation
46 rue d'Estienne d'Orves – 36100 Issoudun""".replace("{last2}", "Ribault"), [], from_self=True, to="mribault@free.fr", date_range=("2025-02-10", "2025-03-01")),
# NEAR-LINE: her own sent mail confirming an erasure -> negative

R("fr-neg-self-export", "Export de vos données",
"""Bonjour {first2},

Comme convenu, vous trouverez ci-joint l'export de vos données au format CSV (rendez-vous et réponses aux questionnaires).

N'hésitez pas si vous avez la moindre question.

Belle journée,
Sandra""".replace("{first2}", "Pascal"), [], from_self=True, to="Pascal Morin <pascal.morin@gmail.com>",
  att=[("csv", "export_donnees_P_Morin.csv", "date;type;detail\n2024-10-03;seance;seance 1\n2024-10-17;seance;seance 2\n2024-10-17;questionnaire;stress=6/10\n")]),

R("fr-neg-self-newsletter", "🌸 La lettre de Floraison – Novembre",
"""Chères âmes en chemin,

Novembre nous invite au repli, à la douceur, au feu de cheminée. C'est le moment idéal pour faire le point sur l'année.

Au programme ce mois-ci :
- Cercle de parole « Lâcher prise » – samedi 15 novembre, 14h, Issoudun
- Atelier en ligne « Mes valeurs, ma boussole » – mardi 25 novembre, 19h30

Vous recevez cette lettre car vous êtes inscrit·e à la newsletter de Floraison de Soi. Se désinscrire : https://floraisondesoi.fr/desinscription

Sandra""", [], from_self=True, self_addr="contact@floraisondesoi.fr", self_name="Floraison de Soi", to="contact@floraisondesoi.fr",
  headers={"List-Id": "Lettre de Floraison <lettre.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:unsubscribe@floraisondesoi.fr>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}, html="alt"),

R("fr-neg-self-autoreply", "Réponse automatique : Re: atelier",
"""Bonjour,

Merci pour votre message. Je suis en stage de formation jusqu'au 20 août et je vous répondrai à mon retour.

Pour toute demande concernant vos données personnelles, vous pouvez écrire à sandra.delomenie@orange.fr.

Belle journée,
Sandra – Floraison de Soi""", [], from_self=True, self_addr="contact@floraisondesoi.fr", to="gmoreau@yahoo.fr",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-self-transfert-compta", "TR: Facture atelier entreprise",
"""Bonjour Corinne,

Je te transfère la facture de la menuiserie pour la compta du trimestre.

Sandra""", [], from_self=True, to="Corinne Vasseur <compta.vasseur@orange.fr>",
  quote=dict(style="fwd_fr", who="Menuiserie Couturier <rh@menuiserie-couturier.fr>", text="Bonjour, ci-joint le bon de commande pour la formation de nos salariés.\nCordialement")),

# ------------------------------------------------------------------ forwarded rfc822
R("fr-neg-fwd-rfc822-facture", "Fwd: Votre reçu Systeme.io",
"""Bonjour Sandra,

Je vous transfère le reçu reçu après mon paiement : il est au nom de mon mari alors que c'est moi qui ai payé. Pourriez-vous me refaire une facture à mon nom pour ma mutuelle ?

Merci,
{first}""", [],
  attach_msg=dict(from_="", **{"from": "Systeme.io <no-reply@systeme.io>"}, subject="Votre reçu de paiement",
                  body="Merci pour votre achat.\nProduit : Atelier Oser dire non\nMontant : 45,00 EUR\nClient : Bernard Fournier\n")),
# NEAR-LINE: asks to redo an invoice in her own name -> billing, not rectification of personal data

# ------------------------------------------------------------------ misc everyday
R("fr-neg-notaire-bail", "Bail du local – 46 rue d'Estienne d'Orves",
"""Madame,

Dans le cadre de la vente de l'immeuble sis 46 rue d'Estienne d'Orves, je vous informe que votre bail commercial sera transféré au nouvel acquéreur. Merci de bien vouloir nous permettre l'accès au local le 14 courant pour le diagnostic technique.

Veuillez agréer, Madame, mes salutations distinguées.

Me Agnès Lemaire, notaire""", [], sender=("Étude Lemaire", "etude.lemaire@notaires.fr")),

R("fr-neg-partenaire", "Proposition de collaboration",
"""Bonjour Sandra,

Je suis naturopathe à Vierzon et j'ai beaucoup aimé votre intervention au salon. Seriez-vous partante pour co-animer un atelier « stress et alimentation » au printemps ? On pourrait en parler autour d'un café.

Au plaisir,
{name}""", []),

R("fr-neg-ch-facture-tva", "Facture et TVA",
"""Bonjour Madame,

Je dois faire valoir les frais de la formation auprès de mon employeur à Fribourg. Pourriez-vous m'indiquer si la TVA est applicable et me transmettre une facture avec mes coordonnées complètes ?

Avec mes meilleures salutations,
{name}""", [], pool="ch"),

R("fr-neg-sms-style-retard", "retard",
"""jsuis en retard de 10 min dsl 🙏 jarrive""", [], cte="8bit"),

R("fr-neg-temoignage-spontane", "Merci !!",
"""Sandra,

Je voulais juste vous dire merci. Grâce à nos séances, j'ai osé demander ma mutation et je l'ai obtenue. Vous pouvez utiliser ce message comme témoignage si vous le souhaitez, avec mon prénom.

{first}""", []),
# NEAR-LINE: gives consent (not withdrawing) -> negative

R("fr-neg-question-opposition-reseau", "Re: Cercle de parole",
"""Bonjour,

Je serai présente samedi. Est-ce que l'accès au parking de la salle est libre le week-end ou faut-il un badge ? J'apporterai un gâteau aux noix.

{first}""", [], quote=dict(style="gmail_fr", text="Bonjour à toutes, petit rappel : cercle de parole samedi à 14h. Pensez à apporter un coussin.\nSandra")),
# NEAR-LINE: 'accès' here is parking access for a workshop -> negative

R("fr-neg-demande-devis-html", "Demande de devis – coaching d'équipe",
"""Bonjour,

Nous sommes une équipe de 8 personnes dans une agence immobilière à Châteauroux. Nous cherchons un accompagnement sur la cohésion d'équipe. Pourriez-vous nous envoyer un devis pour 3 demi-journées ?

Cordialement,
{name}
Directrice d'agence""", [], html="only"),

R("fr-neg-reponse-planning", "Re: Planning formation mars",
"""Bonjour Sandra,

Parfait pour le 18 et le 25. Je transmets à l'équipe. Pour la question de l'accès Wi-Fi dans la salle, le code sera affiché à l'entrée.

Bien à vous,
{name}
Chargée de formation – Mairie de Vatan""", [],
  quote=dict(style="outlook_fr", text="Bonjour,\n\nJe vous propose les dates du 18 et du 25 mars pour les deux journées. Merci de me confirmer.\n\nSandra Delomenie")),

R("fr-neg-zoom-fr", "Le lien Zoom ne marche pas",
"""Bonjour, le lien zoom pour ce soir me dit « réunion non démarrée » alors qu'il est 19h35, c'est normal ? {first}""", []),

R("fr-neg-cnil-question", "Question CNIL",
"""Bonjour Sandra,

En formation RGPD ce matin, l'intervenant nous a dit que les coachs devaient déclarer leur fichier à la CNIL. C'est toujours le cas ? Comment avez-vous fait, vous ? Je m'installe et je veux faire les choses bien.

Merci !
{first}""", []),

R("fr-neg-vendor-google", "[Google Workspace] Mise à jour des Conditions relatives au traitement des données",
"""Bonjour Administrateur,

Nous vous informons de modifications apportées aux Conditions relatives au traitement des données dans le cloud (CDPA) pour Google Workspace, applicables à partir du 15 septembre 2025. Vous n'avez aucune action à effectuer.

Cordialement,
L'équipe Google Workspace""", [], sender=("Google Workspace", "workspace-noreply@google.com"), headers={"Auto-Submitted": "auto-generated"}, html="alt", to="contact@floraisondesoi.fr", date_range=("2025-08-01", "2025-08-30")),

R("fr-neg-relance-sans-objet", "",
"""Bonjour Sandra, c'est {first}. Je n'ai pas reçu le lien pour le webinaire de demain soir, tu peux me le renvoyer ? Merci""", [], no_subject=False),

R("fr-neg-qc-remerciement", "Merci pour l'atelier",
"""Allô Sandra!

Juste un petit mot pour vous dire que l'atelier d'hier soir m'a fait un bien fou. J'ai trouvé ça vraiment le fun, même à distance avec le décalage horaire. J'ai hâte au prochain!

{first}""", [], pool="qc"),

R("fr-neg-be-inscription-enfant", "Inscription de mon fils au stage d'été",
"""Bonjour,

Je souhaiterais inscrire mon fils Noah (13 ans) au stage « Confiance en soi » de juillet. Voici ses informations : né le 4 mai 2012, allergique aux arachides. Mon numéro en cas d'urgence : +32 470 12 34 56.

Merci et à bientôt,
{name}""", [], pool="be"),
# NEAR-LINE: parent sending a minor's data for a registration, not exercising a right -> negative

R("fr-neg-phishing-dhl", "Votre colis est en attente – frais de douane",
"""Bonjour,

Votre colis est retenu au centre de tri. Des frais de dédouanement de 1,99 € sont à régler pour permettre sa livraison.

Régler maintenant : https://dhl-suivi-colis-fr.top/pay

DHL Express""", [], sender=("DHL Express", "suivi@dhl-express-livraison.top"), html="only"),

R("fr-neg-capture-connexion", "bug connexion plateforme",
"""Bonjour,
Voici une capture d'écran du message d'erreur quand j'essaie de me connecter à mon espace de formation. J'ai vidé le cache, rien à faire.
{first}

Envoyé de mon iPhone""", [], att=[("png", "Capture d’écran 2025-05-12 à 21.14.png")], date_exact="2025-05-12T21:19:40"),

R("fr-neg-formulaire-tarifs", "[Floraison de Soi] Nouveau message de Virginie Perrin",
"""De : Virginie Perrin <virginie.perrin@hotmail.fr>
Objet : Tarifs

Corps du message :
Bonjour, quels sont vos tarifs pour un accompagnement de 5 séances ? Faites-vous des séances en visio ? Merci

--
Cet e-mail a été envoyé via le formulaire de contact de https://floraisondesoi.fr""", [],
  sender=("WordPress", "wordpress@floraisondesoi.fr"), reply_to="Virginie Perrin <virginie.perrin@hotmail.fr>", no_mailer=True, to="contact@floraisondesoi.fr"),

R("fr-neg-self-demande-identite", "Re: Demande d'accès à vos données",
"""Bonjour Monsieur,

J'ai bien reçu votre demande d'accès. Afin de m'assurer que je transmets vos données à la bonne personne, pourriez-vous me confirmer votre date de naissance ainsi que la date de votre dernière séance ? Je vous répondrai dans le délai d'un mois.

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", [], from_self=True, to="Julien Gauthier <julien.gauthier@free.fr>",
  quote=dict(style="gmail_fr", who="Julien Gauthier <julien.gauthier@free.fr>", who_addr="julien.gauthier@free.fr", text="Bonjour, je souhaite recevoir une copie de toutes mes données. Julien Gauthier")),
# NEAR-LINE: her own reply above a quoted access request -> negative
]

# the forwarded receipt record: normalise the helper dict
for _r in RECORDS:
    if "attach_msg" in _r:
        _r["attach_msg"].pop("from_", None)
