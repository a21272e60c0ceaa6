# French negatives (part 1): relayed and platform mail that is not a rights request, plus one request.
from common import M

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
FB = "Facebook <notification@facebookmail.com>"
IG = "Instagram <no-reply@mail.instagram.com>"
SAN = "Sandra Delomenie <contact@floraisondesoi.fr>"
AUTO = {"Auto-Submitted": "auto-generated"}

RECORDS = [
M("fr-cf7-supprimer-creneau-jeudi", "Floraison de Soi \"Mon créneau de jeudi\"",
"""De : Valérie Simon <valerie.simon@gmail.com>
Objet : Mon créneau de jeudi

Corps du message :
Bonjour Sandra, je ne pourrai pas venir jeudi 16h, mon fils est malade. Pouvez-vous supprimer mon créneau ? Je reprendrai rendez-vous la semaine prochaine.
Valérie

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", [], frm=WP, to=0, reply_to="Valérie Simon <valerie.simon@gmail.com>"),

M("fr-wpforms-inscription-mes-informations", "Nouvelle entrée : Inscription atelier",
"""Nom
Laure Bonnet

E-mail
laure.bonnet@orange.fr

Atelier
Poser ses limites - samedi 14 juin

Message
Bonjour, voici mes informations pour l'inscription : Laure Bonnet, 06 71 20 33 58, 5 rue Pierre Brossolette à Issoudun. Je réglerai sur place. Merci !
""", [], frm="Floraison de Soi <noreply@floraisondesoi.fr>", to=0, reply_to="laure.bonnet@orange.fr"),

M("fr-elementor-combien-de-temps", "Nouveau message de « Formulaire contact accueil »",
"""Prénom: Anne
Nom: Lecomte
Email: anne.lecomte@free.fr
Votre demande: Bonjour, avant de m'inscrire au bilan, je voudrais savoir combien de temps vous conservez les comptes rendus et les questionnaires une fois l'accompagnement terminé ? Merci.

---
Propulsé par: Elementor
""", [], frm="WordPress <wordpress@floraisondesoi.fr>", to=0, reply_to="anne.lecomte@free.fr"),

# NEAR-LINE: asks whether she has the right to erasure, does not ask for it: question about a right = negative.
M("fr-gravity-ai-je-le-droit", "[Floraison de Soi] Question - Christelle Noël",
"""Sujet de la demande : Autre question

Nom : Christelle Noël
Courriel : christelle.noel@gmail.com

Message :
Bonjour, petite question de principe : si j'arrête l'accompagnement en cours de route, ai-je le droit de demander que mes notes de séance soient supprimées, ou devez-vous les garder pour des raisons légales ? Je ne demande rien pour l'instant, c'est pour savoir.
""", [], frm=WP, to=0, reply_to="christelle.noel@gmail.com"),

M("fr-messenger-copie-facture-mutuelle", "Ludivine Perez vous a envoyé un message",
"""Ludivine Perez vous a envoyé un message.

« Coucou Sandra, tu pourrais m'envoyer une copie de la facture de mars ? Ma mutuelle rembourse une partie des séances de sophro 🙏 »

Répondre dans Messenger
""", [], frm=FB, to=0),

M("fr-instagram-post-consentement", "audrey_et_ses_mots vous a envoyé un message",
"""audrey_et_ses_mots vous a envoyé un message

audrey_et_ses_mots : ton post sur le consentement dans le couple m'a vraiment parlé. tu fais des ateliers là-dessus ? 💛

Voir le message
""", [], frm=IG, to=0),

M("fr-linkedin-spam-audit-rgpd", "Sandra, votre activité est-elle conforme au RGPD ?",
"""Olivier Ferrat
Consultant conformité | DPO externalisé

Bonjour Sandra,
Les coachs et formateurs indépendants sont de plus en plus contrôlés par la CNIL. Je vous propose un audit RGPD gratuit de 30 minutes pour vérifier votre registre, vos mentions légales et vos cookies. Les amendes peuvent atteindre 4 % du CA.
Quand seriez-vous disponible ?

Répondre sur LinkedIn
""", [], frm="Olivier Ferrat via LinkedIn <inmail-hit-reply@linkedin.com>", to=1),

M("fr-whatsapp-code-salle", "Nouveau message WhatsApp de +33 6 84 51 27 30",
"""[WhatsApp Business -> e-mail]
Contact : Nadège (groupe samedi)

coucou je peux pas acceder a la salle, la porte est fermée, c est quoi le code deja ? je suis devant
""", [], frm="Zapier <notifications@zapier.com>", to=0, headers=AUTO),

M("fr-google-avis-opposer", "Nouvel avis sur Floraison de Soi",
"""Floraison de Soi - Coaching et formation

Martine R. a laissé un avis ★★★★★

« Grâce à Sandra j'ai enfin appris à m'opposer calmement à ma hiérarchie sans me sentir coupable. Un accompagnement précieux, je recommande les yeux fermés. »

Répondre à l'avis

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", [], frm="Google Business Profile <businessprofile-noreply@google.com>", to=0, html="only"),

M("fr-google-question-parking", "Nouvelle question sur votre fiche",
"""Quelqu'un a posé une question sur Floraison de Soi :

« Bonjour, y a-t-il un parking à proximité du cabinet rue d'Estienne d'Orves ? »

Répondre à la question
Google Business Profile
""", [], frm="Google Business Profile <businessprofile-noreply@google.com>", to=0, html="alt"),

M("fr-resalib-rdv-annule", "Rendez-vous annulé - Mme Thérèse Gauthier",
"""Bonjour Sandra Delomenie,

Le rendez-vous suivant a été annulé par votre client :
Client : Thérèse Gauthier
Date : mardi 10 février à 14h00
Prestation : Séance de sophrologie (1h)

Le créneau a été remis en ligne automatiquement.

L'équipe Resalib
""", [], frm="Resalib <ne-pas-repondre@resalib.fr>", to=1, headers=AUTO),

M("fr-calendly-annule-decouverte", "Annulé : Séance découverte (30 min) avec Quentin Robin",
"""Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance découverte (30 min)
Invité : Quentin Robin (quentin.robin@gmail.com)
Date/Heure : 09:30 - mercredi 18 mars 2026 (heure d'Europe centrale)
Motif de l'annulation : « Je dois supprimer ce rendez-vous, imprévu pro. Je reviens vers vous. »

Calendly
""", [], frm="Calendly <notifications@calendly.com>", to=0, html="alt", headers=AUTO),

M("fr-systemeio-nouvelle-vente", "Nouvelle vente : Oser s'affirmer en 6 semaines",
"""Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Oser s'affirmer en 6 semaines
Client : Hervé Lacroix (herve.lacroix@gmail.com)
Montant : 197,00 EUR

Accédez à votre tableau de bord pour voir le détail.
Systeme.io
""", [], frm="Systeme.io <no-reply@systeme.io>", to=0, html="only", headers=AUTO),

M("fr-systemeio-acces-espace-mdp", "Question d'un élève - accès",
"""Un élève vous a écrit depuis la formation « Retraite sereine ».

Élève : Danielle Schmitt (danielle.schmitt@wanadoo.fr)

Message :
Bonjour, je n'arrive plus à accéder à mon espace, le mot de passe ne marche pas et je ne reçois pas le mail de réinitialisation. Pouvez-vous m'aider ? Merci.
""", [], frm="Systeme.io <no-reply@systeme.io>", to=0, reply_to="danielle.schmitt@wanadoo.fr"),

M("fr-vocal-colis-a-retirer", "Nouveau message vocal de 09 70 80 80 90",
"""Vous avez reçu un nouveau message vocal.

De : 09 70 80 80 90
Durée : 0 min 19 s

Transcription :
« Bonjour, ici votre livreur, votre colis n'a pas pu être déposé, il est à retirer au relais Tabac de la Place à partir de demain 14 heures, munissez-vous d'une pièce d'identité. Merci. »

Orange
""", [], frm="Messagerie Vocale Orange <messagerie.vocale@orange.fr>", to=1, headers=AUTO),

M("fr-vocal-retard-seance", "Message vocal reçu - 06 62 15 90 48",
"""Nouveau message sur votre messagerie
Numéro : 06 62 15 90 48

Texte du message :
Oui Sandra c'est Gwen, je suis coincée derrière un tracteur sur la départementale, j'aurai un quart d'heure de retard, désolée, à tout de suite.

Ce message a été transcrit automatiquement.
""", [], frm="OnOff Telecom <voicemail@onoff.app>", to=1, headers=AUTO),

M("fr-tr-assistante-facture-qonto", "TR: Facture n°2025-118",
"""Sandra,
Facture du traiteur pour le séminaire, à régler avant le 15. Je l'ai mise dans le dossier compta.
Aurélie

""", [], frm="Aurélie Mas <aurelie.mas.assistante@gmail.com>", to=0,
q=dict(style="fwd_gmail", who="Les Saveurs du Berry <contact@saveursduberry.fr>", to="aurelie.mas.assistante@gmail.com",
subject="Facture n°2025-118", text="Bonjour,\nVeuillez trouver ci-joint la facture n°2025-118 pour le buffet du 22.\nCordialement,\nL'équipe")),

# NEAR-LINE: correcting the training title on a certificate is fixing a document, not her personal data.
M("fr-fwd-attestation-titre-formation", "Fwd: Votre attestation de formation",
"""Re-bonjour Sandra, je vous renvoie l'attestation depuis ma boîte perso : le titre de la formation est « Gérer son stress » et non « Gérer les conflits ». Pouvez-vous corriger le document ? Le reste est bon.
Merci,
Mathilde

""", [], frm="Mathilde Renaud <mathilde.renaud@gmail.com>", to=0,
q=dict(style="fwd_gmail", who=SAN, to="m.renaud@mairie-issoudun.fr", subject="Votre attestation de formation",
text="Bonjour Mathilde,\nVous trouverez ci-joint votre attestation de fin de formation.\nBelle continuation,\nSandra")),

M("fr-merci-suppression-faite", "Re: Suppression de vos données - confirmation",
"""Merci beaucoup Sandra pour votre réactivité, c'est parfait.
Bonne continuation !
Hugo
""", [], frm="Hugo Lemaire <hugo.lemaire@live.fr>", to=0, reply=True,
q=dict(style="gmail_fr", who=SAN,
text="Bonjour Hugo,\nJe vous confirme que l'ensemble de vos données a été supprimé de mes fichiers et de la plateforme.\nBien à vous,\nSandra\n\n> Bonjour, je souhaite que vous supprimiez toutes mes données.\n> Hugo")),

M("fr-merci-copie-recue", "RE: Copie de vos données",
"""Bien reçu, merci ! Tout me semble correct.
Cordialement,
N. Girard
""", [], frm="Nicolas Girard <nicolas.girard@groupe-sanef.fr>", to=1, reply=True, mailer="Microsoft Outlook 16.0",
q=dict(style="outlook_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>", to="nicolas.girard@groupe-sanef.fr",
text="Bonjour Monsieur Girard,\nVeuillez trouver ci-joint la copie des données vous concernant, comme demandé au titre de l'article 15 du RGPD.\nCordialement,\nSandra Delomenie")),

M("fr-mari-ce-quelle-a-dit", "ma femme",
"""Bonjour Madame,
Ma femme, Sabine Morin, fait un accompagnement chez vous depuis septembre. Elle ne me dit rien et je m'inquiète. Pourriez-vous me dire ce dont elle vous parle, ou m'envoyer ses fiches ? Je paie les séances.
Cordialement,
Thierry Morin
""", [], frm="Thierry Morin <thierry.morin@orange.fr>", to=1),

M("fr-collegue-resultats-rapport", "Résultats d'évaluation de Mme Caillaud",
"""Bonjour,
Je prépare le rapport annuel de formation de notre service. Pourriez-vous m'envoyer les résultats d'évaluation de ma collègue Sonia Caillaud, qui a suivi votre module en novembre ? Elle est en congé en ce moment.
Merci,
Pierre Jacob
Service administratif
""", [], frm="Pierre Jacob <p.jacob@cc-champagne-berrichonne.fr>", to=0, mailer="Microsoft Outlook 16.0"),

M("fr-copie-plainte-cnil", "Copie de ma plainte auprès de la CNIL",
"""Madame,

Pour votre information, je vous adresse copie de la plainte que j'ai déposée ce jour auprès de la CNIL, concernant la réception de vos lettres d'information malgré mes refus.

Référence de la plainte : 25-0418-771
Je laisse désormais la CNIL traiter ce dossier.

M. Poirier
""", [], frm="Alain Poirier <alain.poirier@laposte.net>", to=1,
att=[("pdf", "plainte_CNIL_Poirier.pdf", "CNIL - Plainte en ligne\nRéférence 25-0418-771\nOrganisme mis en cause : Floraison de Soi")]),

# NEAR-LINE: a company asking for attendance sheets of its employees is asking for training records, not exercising a right.
M("fr-rh-feuilles-emargement-opco", "Feuilles d'émargement - session de mars",
"""Bonjour Madame Delomenie,

Pour la prise en charge par notre OPCO, nous avons besoin des feuilles d'émargement signées et des attestations de nos six salariés ayant suivi la session « Prévention des RPS » en mars. Pourriez-vous nous les faire parvenir ?

Bien cordialement,
Corinne Laurent
Assistante RH - Transports Malet
""", [], frm="Corinne Laurent <rh@transports-malet.fr>", to=1, mailer="Microsoft Outlook 16.0"),

M("fr-accord-temoignage", "Mon témoignage",
"""Bonjour Sandra,
Suite à votre demande de la semaine dernière : oui, j'accepte avec plaisir que mon témoignage soit publié sur votre site, avec mon prénom et la première lettre de mon nom. Pas de photo par contre.
Belle journée,
Valentine P.
""", [], frm="Valentine Paris <valentine.paris@gmail.com>", to=0),

M("fr-autorisation-image-signee", "Autorisation droit à l'image",
"""Bonjour, voici l'autorisation signée pour les photos du stage. Bonne réception.
Mickaël
""", [], frm="Mickaël Boyer <mickael.boyer@sfr.fr>", to=0,
att=[("pdf", "autorisation_image_Boyer.pdf", "AUTORISATION D'UTILISATION DE L'IMAGE\nJe soussigné Mickaël Boyer autorise Floraison de Soi à utiliser les photos du stage.\nSigné : M. Boyer")]),

M("fr-absence-conge", "Réponse automatique : Inscription atelier de juin",
"""Bonjour,
Je suis absente du cabinet jusqu'au 25 août inclus, sans accès à ma messagerie. Pour toute urgence, vous pouvez joindre le secrétariat au 02 54 03 21 00.
Cordialement,
Dr Florence Gilbert
""", [], frm="Florence Gilbert <dr.gilbert@medecin-issoudun.fr>", to=0,
headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

M("fr-autoreponse-mairie-droits-rgpd", "Accusé de réception - Mairie de Reuilly",
"""Madame, Monsieur,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.

Conformément au Règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition sur les données vous concernant. Pour exercer ces droits : dpo@reuilly.fr.

Ceci est un message automatique, merci de ne pas y répondre.
Mairie de Reuilly
""", [], frm="Mairie de Reuilly <ne-pas-repondre@reuilly.fr>", to=1,
headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),

M("fr-bounce-newsletter", "Undelivered Mail Returned to Sender",
"""Ceci est le programme postmaster de mail.floraisondesoi.fr.

Je suis désolé de vous informer que votre message n'a pas pu être remis
à un ou plusieurs destinataires. Vous trouverez ci-dessous le rapport d'erreur.

<martine.leroux@club-internet.fr>: host mx.club-internet.fr[194.2.0.20] said:
    550 5.1.1 <martine.leroux@club-internet.fr>: Recipient address rejected:
    User unknown in virtual mailbox table
""", [], frm="Mail Delivery System <MAILER-DAEMON@mail.floraisondesoi.fr>", to=0, shape="bounce",
headers={"Auto-Submitted": "auto-replied"},
inner=dict(mta="mail.floraisondesoi.fr", rcpt="martine.leroux@club-internet.fr", frm="Floraison de Soi <newsletter@floraisondesoi.fr>",
subject="La lettre de Floraison de Soi - octobre", diag="550 5.1.1 Recipient address rejected: User unknown")),

M("fr-bounce-reponse-client", "Échec de la remise du message",
"""Votre message n'a pas pu être distribué au destinataire suivant :

    jp.renault@nordnet.fr

Raison : la boîte aux lettres du destinataire est pleine (quota dépassé).
Le serveur a abandonné après plusieurs tentatives.
""", [], frm="Orange Postmaster <postmaster@orange.fr>", to=1, shape="bounce",
headers={"Auto-Submitted": "auto-replied"},
inner=dict(mta="smtp.orange.fr", rcpt="jp.renault@nordnet.fr", frm="Sandra Delomenie <sandra.delomenie@orange.fr>",
subject="Re: Votre demande de rendez-vous", status="5.2.2", diag="552 5.2.2 Mailbox full")),

M("fr-stripe-paiement-recu", "Paiement de 75,00 € reçu de Gaëtan Roussel",
"""Floraison de Soi a reçu un paiement

Montant : 75,00 €
Client : gaetan.roussel@gmail.com
Description : Séance individuelle - coaching
Moyen de paiement : Visa •••• 4242

Voir le paiement dans le Dashboard Stripe.
Stripe Payments Europe, Ltd.
""", [], frm="Stripe <notifications@stripe.com>", to=0, html="alt", headers=AUTO),

M("fr-urssaf-declaration", "Votre déclaration de chiffre d'affaires est disponible",
"""Madame DUMOT-DELOMENIE,

Votre déclaration de chiffre d'affaires pour le mois de septembre est à effectuer avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Ce message vous est adressé automatiquement, merci de ne pas y répondre.
L'Urssaf
""", [], frm="Urssaf <ne-pas-repondre@urssaf.fr>", to=1, headers=AUTO),

# NEAR-LINE: a mailing platform's report counting unsubscribes is not a request written to her.
M("fr-brevo-rapport-desinscriptions", "Rapport de campagne : La lettre de printemps",
"""Votre campagne « La lettre de printemps » a été envoyée à 412 contacts.

Ouvertures : 58,2 %
Clics : 9,1 %
Désinscriptions : 3
Plaintes pour spam : 0

Les contacts désinscrits ont été automatiquement ajoutés à votre liste noire.

Brevo
""", [], frm="Brevo <notifications@brevo.com>", to=0, html="only", headers=AUTO),

M("fr-paypal-paiement", "Vous avez reçu un paiement",
"""Bonjour Sandra Dumot-Deloménie,

Vous avez reçu un paiement de 120,00 EUR de Béatrice Hubert (beatrice.hubert@gmail.com).
Note : « Atelier Renaître à soi x2 (moi + ma sœur) »

Numéro de transaction : 7KX44921HG558301A

PayPal
""", [], frm="service@paypal.fr", to=1, html="alt", headers=AUTO),

M("fr-ovh-mise-a-jour-dpa", "Évolution de nos conditions : accord de traitement des données",
"""Bonjour,

Nous vous informons de la mise à jour de notre Annexe relative au traitement des données à caractère personnel (DPA), applicable à compter du 1er mars. Ces modifications visent notamment à préciser la liste de nos sous-traitants ultérieurs.

Aucune action n'est requise de votre part.

L'équipe OVHcloud
""", [], frm="OVHcloud <noreply@ovh.net>", to=0, html="alt",
headers={"List-Unsubscribe": "<https://www.ovh.com/manager/unsubscribe>"}),

M("fr-phishing-orange-messagerie", "Votre messagerie sera supprimée sous 48h",
"""Cher(e) client(e),

Suite à une mise à jour de sécurité, votre boîte sandra.delomenie@orange.fr sera supprimée sous 48h si vous ne confirmez pas vos informations.

Confirmer mes informations : http://orange-securite-compte.info/verif

Service client Orange
""", [], frm="Orange Service <securite@orange-clients-verif.com>", to=1, html="only"),

M("fr-sandra-confirmation-effacement", "Suppression de vos données - confirmation",
"""Bonjour Madame Fabre,

Suite à votre demande du 4 juin, je vous confirme que votre compte sur la plateforme de formation et l'ensemble de vos données personnelles ont été supprimés. Seules les factures sont conservées, comme la loi m'y oblige (10 ans).

Bien à vous,
Sandra Delomenie
Floraison de Soi
""", [], frm=SAN, to="Régine Fabre <regine.fabre@orange.fr>"),

M("fr-sandra-envoi-export", "Vos données - export",
"""Bonjour Amandine,

Comme convenu, voici l'export de vos données de la formation « Leadership au féminin » au format CSV. N'hésitez pas si quelque chose manque.

Belle route,
Sandra
""", [], frm=SAN, to="Amandine Roy <amandine.roy@gmail.com>",
att=[("csv", "export_Amandine_Roy.csv", "module;lecon;statut;reponse\n1;Intro;termine;Oui\n2;Valeurs;termine;Liberte, Justice\n")]),

M("fr-sandra-newsletter", "🌿 La lettre de Floraison de Soi - janvier",
"""Bonjour à toutes et à tous,

Belle et douce année ! En janvier, je vous propose :
- un cercle de parole « Intentions » le jeudi 15 à 19h ;
- l'atelier « Effacer ses croyances limitantes » le samedi 24 ;
- une nouvelle session de la formation « Manager bienveillant ».

Au plaisir de vous retrouver,
Sandra

Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.fr/desinscription
""", [], frm="Floraison de Soi <newsletter@floraisondesoi.fr>", to="contact@floraisondesoi.fr", html="alt",
headers={"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:desinscription@floraisondesoi.fr>",
"Precedence": "bulk"}),

M("fr-module-rgpd-assistantes", "Formation RGPD pour nos assistantes",
"""Bonjour Madame,

Nous sommes un cabinet d'infirmiers libéraux. Proposez-vous une formation courte sur le RGPD (droit d'accès, consentement, durée de conservation) pour nos deux secrétaires ? Une demi-journée suffirait.

Cordialement,
Cabinet infirmier des Minimes
""", [], frm="Cabinet des Minimes <cabinet.minimes@orange.fr>", to=1),

M("fr-photo-tableau-avant-efface", "Photo du tableau",
"""Bonjour Sandra,
J'ai pris le tableau en photo juste avant que vous l'effaciez, je vous l'envoie si ça peut servir aux autres.
Bon week-end,
Rémi
""", [], frm="Rémi Girault <remi.girault@gmail.com>", to=0, att=[("png", "tableau_atelier.png", "")]),

M("fr-export-agenda-ateliers", "Agenda des ateliers",
"""Bonjour,
Existe-t-il un moyen d'exporter l'agenda des ateliers dans mon Google Agenda ? Ça m'éviterait de tout recopier à la main.
Merci !
Sophie
""", [], frm="Sophie Blanc <sophie.blanc@gmail.com>", to=0),

M("fr-ferme-mon-compte-seul", "fermeture compte",
"""Bonjour, pouvez-vous fermer mon compte sur votre plateforme de formation ? J'ai terminé le parcours. Merci
Lionel
""", [], frm="Lionel Garcia <lionel.garcia@free.fr>", to=0),

M("fr-resiliation-abonnement-cercle", "Résiliation abonnement cercle mensuel",
"""Bonjour Sandra,
Je souhaite résilier mon abonnement au cercle mensuel à partir du mois prochain. Merci de bien vouloir arrêter le prélèvement.
Belle journée,
Josette
""", [], frm="Josette Riviere <josette.riviere@wanadoo.fr>", to=1),

M("fr-zoom-enregistrement-dispo", "L'enregistrement cloud est maintenant disponible",
"""Bonjour Sandra,

Votre enregistrement cloud est désormais disponible.
Sujet : Webinaire « Sortir de l'épuisement »
Date : 12 mai 2026 19:00 Paris

Partagez l'enregistrement avec les participants via le lien ci-dessous.

Zoom
""", [], frm="Zoom <no-reply@zoom.us>", to=0, html="alt", headers=AUTO),

M("fr-tr-assistante-fournisseur-rfc822", "TR: Devis salle séminaire",
"""Sandra, je te transfère le devis de la salle des fêtes en pièce jointe (mail d'origine). À valider avant vendredi.
Aurélie
""", [], frm="Aurélie Mas <aurelie.mas.assistante@gmail.com>", to=0, shape="rfc822",
inner=dict(frm="Mairie de Vatan <accueil@vatan.fr>", to="aurelie.mas.assistante@gmail.com", subject="Devis salle séminaire",
body="Bonjour,\nVoici le tarif de location de la salle des fêtes pour le 18 avril : 180 euros la journée, ménage compris.\nCordialement,\nL'accueil de la mairie\n")),

M("fr-qonto-virement", "Virement reçu : 450,00 €",
"""Vous avez reçu un virement de 450,00 € de SARL AUTO-ECOLE DU CENTRE.
Référence : Formation gestion du stress - 2 pers.

Qonto
""", [], frm="Qonto <no-reply@qonto.com>", to=0, headers=AUTO),

M("fr-instagram-commentaire-supprime-tout", "sev.creations a commenté votre publication",
"""sev.creations a commenté votre publication : « Moi aussi parfois j'ai envie de tout supprimer et de tout recommencer 😂 merci pour ce rappel plein de douceur »

Voir le commentaire
Instagram
""", [], frm=IG, to=0, html="only"),

M("fr-messenger-mere-inscrite", "Patrick Hamel vous a envoyé un message",
"""Patrick Hamel vous a envoyé un message.

« Bonjour, ma mère Josiane Hamel ne se souvient plus si elle est inscrite à votre atelier mémoire du mardi. Vous pouvez vérifier ses infos et me dire ? Merci »

Répondre dans Messenger
""", [], frm=FB, to=0),

M("fr-desinscription-replays-question", "Newsletter et replays",
"""Bonjour,
Si je me désinscris de la newsletter, est-ce que je garde l'accès à mes replays de formation ? Je préfère vérifier avant.
Merci
Aurore
""", [], frm="Aurore Michel <aurore.michel@yahoo.fr>", to=0),

M("fr-vocal-demande-infos-formation", "Nouveau message vocal de 06 08 33 47 12",
"""Vous avez reçu un nouveau message vocal.
De : 06 08 33 47 12
Durée : 0 min 32 s

Transcription :
« Bonjour, je vous appelle de la part de la pharmacie Centrale, on voudrait des informations sur votre formation gestion du stress pour notre équipe, on est quatre. Vous pouvez rappeler Madame Texier. Merci. »
""", [], frm="Messagerie Vocale Orange <messagerie.vocale@orange.fr>", to=1, headers=AUTO),

M("fr-spam-amende-rgpd", "URGENT : votre site floraisondesoi.fr n'est pas conforme",
"""Madame, Monsieur,

Notre robot d'analyse a détecté 7 non-conformités RGPD sur floraisondesoi.fr (bandeau cookies, mentions légales, formulaire de contact).
Vous vous exposez à une amende pouvant atteindre 20 000 000 €.

Régularisez votre situation en 24h pour 299 € HT : https://conformite-express.biz

Le service conformité
""", [], frm="Service Conformité <alerte@conformite-express.biz>", to=0, html="only"),

M("fr-lettre-motivation-docx", "Candidature formation coach",
"""Bonjour Madame, vous trouverez ci-joint ma lettre de motivation pour la formation certifiante.
Bien cordialement,
Inès Haddad
""", [], frm="Inès Haddad <ines.haddad@gmail.com>", to=1,
att=[("docx", "Lettre_motivation_Haddad.docx", "Madame,\nJe souhaite intégrer votre formation certifiante de coach afin de me reconvertir.\nInès Haddad")]),

M("fr-comptable-facture-pdf", "Facture honoraires T3",
"""Bonjour Madame Dumot-Deloménie,
Veuillez trouver ci-joint notre facture d'honoraires pour le troisième trimestre.
Cordialement,
Cabinet Berry Expertise
""", [], frm="Cabinet Berry Expertise <compta@berry-expertise.fr>", to=1,
att=[("pdf", "Facture_T3_Floraison.pdf", "CABINET BERRY EXPERTISE\nFacture n° F-2025-0931\nHonoraires tenue comptable T3 : 360,00 EUR HT")]),

M("fr-vocal-ne-pas-utiliser-bilan", "Message vocal de 06 17 29 84 66 (0:41)",
"""Nouveau message vocal
De : 06 17 29 84 66

Transcription :
Oui bonjour Sandra, c'est Emmanuelle Jourdain. Euh, je voulais vous dire, le compte rendu de mon bilan, il y a des choses dedans qui sont fausses, sur mon ancien poste. Donc s'il vous plaît ne l'envoyez pas à Pôle emploi, enfin France Travail, et ne vous en servez pas tant qu'on n'a pas revu ça ensemble. Voilà, merci, à bientôt.

Google Voice
""", ["restriction"], frm="Google Voice <voice-noreply@google.com>", to=1),
]
