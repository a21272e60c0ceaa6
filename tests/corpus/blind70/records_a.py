# French requests arriving through relays: website forms, platforms, forwards, voicemail, letters.
from common import M

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
FB = "Facebook <notification@facebookmail.com>"
IG = "Instagram <no-reply@mail.instagram.com>"

RECORDS = [
M("fr-cf7-copie-dossier-bilan", "Floraison de Soi \"Demande de copie\"",
"""De : Mireille Chaput <mireille.chaput@free.fr>
Objet : Demande de copie

Corps du message :
Bonjour Madame,
J'ai fait un bilan de compétences avec vous entre octobre 2022 et janvier 2023. Je souhaiterais recevoir une copie de toutes les informations que vous conservez à mon sujet (fiches, comptes rendus, questionnaires).
Bien à vous,
Mireille Chaput

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", ["access"], frm=WP, to=0, reply_to="Mireille Chaput <mireille.chaput@free.fr>",
headers={"X-WPCF7-Content-Type": "text/plain"}),

M("fr-wpforms-nouveau-portable", "Nouvelle entrée : Formulaire de contact",
"""Nom
Julien Ferrand

E-mail
julien.ferrand36@gmail.com

Téléphone
07 68 22 41 90

Message
Bonjour, le 06 51 03 77 12 que vous avez dans votre fichier n'est plus à moi depuis janvier. Le bon numéro c'est celui que j'ai mis au-dessus. Merci de remplacer !
Julien

---
Envoyé depuis Floraison de Soi | https://floraisondesoi.fr/contact/
""", ["rectification"], frm="Floraison de Soi <noreply@floraisondesoi.fr>", to=0,
reply_to="julien.ferrand36@gmail.com", html="alt"),

M("fr-elementor-stop-newsletter", "Nouveau message de « Formulaire contact accueil »",
"""Prénom: Véronique
Nom: Lasne
Email: vero.lasne@laposte.net
Votre demande: Bonsoir, je reçois votre lettre tous les mardis mais ce n'est plus le moment pour moi. Je ne souhaite plus la recevoir. Merci et bonne continuation.

---
Date: 14/03/2025
Heure: 21:47
URL de la page: https://floraisondesoi.fr/
Agent utilisateur: Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)
IP distante: 90.12.xx.xx
Propulsé par: Elementor
""", ["objection"], frm="WordPress <wordpress@floraisondesoi.fr>", to=0,
reply_to="vero.lasne@laposte.net"),

M("fr-gravity-temoignage-et-tout", "[Floraison de Soi] Protection des données - Annabelle Roux",
"""Sujet de la demande : Protection des données

Nom : Annabelle Roux
Courriel : annabelle.roux@outlook.fr

Message :
Sandra, j'ai beaucoup apprécié notre travail ensemble mais je tourne la page. Je vous demande de retirer mon témoignage (celui avec mon prénom et ma photo sur la page d'accueil) et, plus largement, d'effacer tout ce que vous avez me concernant. Merci de me confirmer quand ce sera fait.

Consentement RGPD : J'accepte que mes données soient utilisées pour traiter ma demande.
""", ["erasure", "withdraw_consent"], frm=WP, to=0, reply_to="Annabelle Roux <annabelle.roux@outlook.fr>",
html="only"),

M("fr-messenger-photo-atelier", "Nathalie Rigaud vous a envoyé un message",
"""Nathalie Rigaud vous a envoyé un message.

« Coucou Sandra 🙂 tu pourrais enlever la photo de moi prise à l'atelier de mai sur ta page ? Sur le coup j'avais dit oui mais finalement je préfère qu'elle ne reste pas en ligne. Merci ma belle »

Répondre dans Messenger : https://www.facebook.com/messages/t/100004412873301

Ce message a été envoyé à contact@floraisondesoi.fr. Si vous ne souhaitez plus recevoir ces e-mails de la part de Meta, veuillez vous désabonner.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland
""", ["withdraw_consent"], frm=FB, to=0, html="alt",
headers={"X-Facebook-Notify": "msg_received; mailid=5f3e2a1"}),

M("fr-instagram-dm-quelles-infos", "lea.pousse vous a envoyé un message",
"""lea.pousse vous a envoyé un message

lea.pousse : salut ! petite question sérieuse : tu peux me dire quelles infos tu gardes sur moi depuis le stage de juillet ? et comment tu as eu mon numéro, je ne me souviens pas te l'avoir donné

Voir le message : https://www.instagram.com/direct/inbox/

© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
Ce message a été envoyé à contact@floraisondesoi.fr.
""", ["access"], frm=IG, to=0, html="only"),

M("fr-linkedin-inmail-arret-prospection", "Thierry Moulin vous a envoyé un message",
"""Thierry Moulin
Responsable qualité chez Berry Emballages

Madame Delomenie, j'ai suivi votre module « gestion du stress » en 2023 via mon employeur. Depuis, je reçois régulièrement vos propositions de formation sur LinkedIn et par mail. Je vous demande de cesser de me solliciter, par tous les canaux.
Cordialement, T. Moulin

Répondre : https://www.linkedin.com/messaging/thread/2-NjQ4ZTk1

Vous recevez des notifications de message. Se désabonner
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""", ["objection"], frm="Thierry Moulin via LinkedIn <messages-noreply@linkedin.com>", to=1, html="alt"),

# NEAR-LINE: her assistant relays a WhatsApp request in her own words; the new text states the request, so it counts.
M("fr-assistante-whatsapp-corinne", "message whatsapp de Corinne B.",
"""Bonjour Sandra,

Corinne Bardet m'a écrit ce matin sur le WhatsApp du groupe « Cercle de femmes ». Elle veut quitter le groupe et surtout que son numéro et ses messages soient effacés de tes listes et de tes sauvegardes. Je te copie son message :

« Bonjour Aurélie, pouvez vous dire à Sandra de me retirer du groupe et de tout effacer me concernant, numéro messages etc. Merci »

Je n'ai rien fait de mon côté, je te laisse gérer.
Aurélie
--
Aurélie Mas
Assistante administrative - Floraison de Soi
""", ["erasure"], frm="Aurélie Mas <aurelie.mas.assistante@gmail.com>", to=0),

M("fr-resalib-supprimer-fiche", "Nouveau message de votre client sur Resalib",
"""Bonjour Sandra Delomenie,

Vous avez reçu un nouveau message de Gaëlle Fournier :

"Bonjour, je ne poursuivrai pas les séances. Pouvez-vous supprimer ma fiche ainsi que tout ce que vous avez noté me concernant lors du premier rendez-vous ? Merci."

Pour répondre, connectez-vous à votre espace praticien.

L'équipe Resalib
Ceci est un e-mail automatique, merci de ne pas y répondre.
""", ["erasure"], frm="Resalib <ne-pas-repondre@resalib.fr>", to=1, html="alt",
headers={"Auto-Submitted": "auto-generated"}),

M("fr-systemeio-export-exercices", "Nouveau commentaire / message d'élève - Oser s'affirmer",
"""Un élève vous a écrit depuis la formation « Oser s'affirmer en 6 semaines ».

Élève : Karima Belkacem (karima.bk@hotmail.fr)
Leçon : Module 6 - Bilan

Message :
Bonjour Sandra, mon accès se termine le 30. Est-ce que je pourrais avoir toutes mes réponses aux exercices et aux quiz dans un fichier exploitable (csv, excel...) pour pouvoir les réimporter dans mon outil de journal ? Merci beaucoup !

--
Systeme.io - Ce message vous est envoyé automatiquement.
""", ["portability"], frm="Systeme.io <no-reply@systeme.io>", to=0, reply_to="karima.bk@hotmail.fr"),

# NEAR-LINE: voicemail transcription from a son after his mother's death: post_mortem only.
M("fr-messagerie-vocale-fils-deces", "Nouveau message vocal de 06 74 18 52 09",
"""Vous avez reçu un nouveau message vocal.

De : 06 74 18 52 09
Reçu le : jeudi à 18h12
Durée : 0 min 47 s

Transcription (peut contenir des erreurs) :
« Oui bonjour madame Delomenie c'est monsieur Garnier Patrice, je vous appelle parce que ma mère Huguette Garnier est décédée le mois dernier euh elle avait fait des séances chez vous je crois en 2023. Je voudrais savoir ce qu'il faut faire pour son dossier, qu'il soit fermé et que ses papiers soient détruits, voilà, vous pouvez me rappeler à ce numéro, merci au revoir. »

Écoutez ce message dans l'application Messagerie Vocale Visuelle.
Orange
""", ["post_mortem"], frm="Messagerie Vocale Orange <messagerie.vocale@orange.fr>", to=1,
headers={"Auto-Submitted": "auto-generated"}),

M("fr-fwd-nouvelle-adresse-mail", "Fwd: Votre séance du 4 avril",
"""Bonjour Sandra,
je vous écris depuis ma nouvelle adresse : mon ancienne boîte wanadoo va être fermée à la fin du mois. Pouvez-vous remplacer michel.tessier@wanadoo.fr par michel.tessier36@gmail.com dans votre carnet et pour les rappels de rendez-vous ?
Merci, Michel
""", ["rectification"], frm="Michel Tessier <michel.tessier36@gmail.com>", to=0,
q=dict(style="fwd_gmail", who="Sandra Delomenie <contact@floraisondesoi.fr>", to="michel.tessier@wanadoo.fr",
subject="Votre séance du 4 avril",
text="Bonjour Michel,\n\nJe vous confirme notre séance du vendredi 4 avril à 10h au cabinet, 46 rue d'Estienne d'Orves.\n\nÀ bientôt,\nSandra")),

# NEAR-LINE: contesting accuracy and asking not to use the notes meanwhile = restriction only.
M("fr-tr-assistante-contestation-cr", "TR: compte rendu de bilan - contestation",
"""Sandra,
Ci-dessous le mail de Mme Pichon arrivé sur la boîte facturation. Elle conteste ce qui est écrit dans son compte rendu et demande qu'on ne s'en serve plus tant que ce n'est pas réglé.
Aurélie

""", ["restriction"], frm="Aurélie Mas <facturation@floraisondesoi.fr>", to=0, mailer="Microsoft Outlook 16.0",
q=dict(style="fwd_outlook", who="Sylvie Pichon <sylvie.pichon@sfr.fr>", to="facturation@floraisondesoi.fr",
subject="compte rendu de bilan",
text="Madame,\nLe compte rendu qui m'a été remis mentionne des difficultés relationnelles avec ma hiérarchie que je n'ai jamais évoquées. Je conteste ces éléments. Tant que nous n'en avons pas parlé, je vous demande de ne pas utiliser ce document ni de le transmettre à qui que ce soit.\nS. Pichon")),

M("fr-courrier-pdf-droit-acces", "Demande",
"""Bonjour, veuillez trouver ci-joint mon courrier.
F. Aubert
""", ["access"], frm="Françoise Aubert <f.aubert@bbox.fr>", to=1,
att=[("pdf", "courrier_Floraison_de_Soi.pdf",
"Françoise Aubert\n12 impasse des Vignes, 36100 Issoudun\n\nObjet : exercice du droit d'accès (article 15 du RGPD)\n\nMadame,\nJe vous prie de me communiquer une copie de l'ensemble des données\nà caractère personnel me concernant que vous détenez, ainsi que leur\nsource et les destinataires auxquels elles ont été communiquées.\nVous trouverez ci-joint la copie de ma pièce d'identité.\n\nF. Aubert"),
("pdf", "CNI_recto.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : AUBERT  Prénom : Françoise")]),

M("fr-docx-opposition-statistiques", "courrier RGPD",
"""Ci-joint ma demande signée.
""", ["objection"], frm="Gérard Lenoir <gerard.lenoir@orange.fr>", to=1,
att=[("docx", "Lettre_opposition_Lenoir.docx",
"Gérard Lenoir\nVatan, le 3 février\n\nMadame Dumot-Deloménie,\n\nJ'ai appris lors de la dernière session que les réponses aux questionnaires de satisfaction servent à établir des statistiques pour vos bilans d'activité et vos dossiers Qualiopi. Je m'oppose à ce que mes réponses et mes données soient utilisées à ces fins.\n\nVeuillez agréer, Madame, mes salutations distinguées.\nG. Lenoir")]),

M("fr-avocat-mandat-acces-effacement", "Demande au titre des articles 15 et 17 du RGPD - Mme Céline Dorat",
"""Madame,

J'interviens en qualité de conseil de Madame Céline Dorat, dont vous trouverez le mandat ci-joint.

Ma cliente a bénéficié d'un accompagnement individuel au sein de votre cabinet entre mars et juin 2024. Elle souhaite, d'une part, obtenir communication de l'intégralité des données la concernant (notes de séance, questionnaires, échanges écrits), et d'autre part, qu'il soit procédé à leur effacement une fois cette communication effectuée, sous réserve de vos obligations comptables.

Je vous remercie de bien vouloir adresser votre réponse à mon cabinet dans le délai d'un mois prévu par l'article 12 du RGPD.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Maître Hélène Vasseur
Avocate au Barreau de Bourges
8 rue Moyenne - 18000 Bourges
Tél. 02 48 24 61 30

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""", ["access", "erasure"], frm="Me Hélène Vasseur <h.vasseur@vasseur-avocat.fr>", to=1,
att=[("pdf", "Mandat_Dorat_Vasseur.pdf", "MANDAT\nJe soussignée Céline Dorat donne mandat à Maître Hélène Vasseur\npour exercer en mon nom mes droits d'accès et d'effacement auprès de Floraison de Soi.\nFait à Bourges. Signé : C. Dorat")]),

M("fr-messenger-mere-video-ado", "Sophie Marchand vous a envoyé un message",
"""Sophie Marchand vous a envoyé un message.

« Bonjour madame, je suis la maman de Inès qui a fait l'atelier confiance en soi pour ados en avril. Inès apparaît dans la vidéo que vous avez mise sur Facebook et elle le vit mal au collège. Je vous demande de retirer cette vidéo et d'effacer tout ce que vous avez sur ma fille (fiche d'inscription, photos, etc). Elle a 14 ans. Merci de me répondre rapidement. »

Répondre dans Messenger

Meta Platforms Ireland Ltd.
""", ["erasure", "withdraw_consent"], frm=FB, to=0),

M("fr-notaire-formulaire-succession", "Nouvelle demande de contact - Étude notariale",
"""Formulaire : Contact
Nom / Société : Étude de Maître Bernard Colas, notaire
Email : negociation.colas@notaires.fr
Téléphone : 02 54 21 08 77
Objet : Succession Mme Yvette Ravel

Message :
Madame,
Nous sommes chargés du règlement de la succession de Madame Yvette Ravel, décédée le 2 septembre dernier à Issoudun. Les héritiers nous indiquent qu'elle suivait des ateliers auprès de vous et qu'un abonnement mensuel était prélevé. Nous vous remercions de nous faire connaître les éléments détenus à son nom et de procéder à la clôture de son dossier.
Une copie de l'acte de décès peut vous être adressée sur demande.
Pour l'Étude, Léa Moreau, clerc
""", ["post_mortem"], frm=WP, to=0, reply_to="negociation.colas@notaires.fr"),

M("fr-formulaire-directives-apres-deces", "Nouvelle entrée : Contact - Denise Perrin",
"""Nom : Denise Perrin
Adresse e-mail : denise.perrin1951@orange.fr
Sujet : Instructions personnelles

Message :
Bonjour Sandra,
Je vais être opérée le mois prochain et je mets mes affaires en ordre. Je souhaite que, si je venais à décéder, toutes les notes prises pendant nos séances soient détruites sans être communiquées à quiconque, y compris à mes enfants. Mon amie Colette Bouvier, que vous connaissez, sera chargée de vous prévenir le cas échéant.
Merci de garder ce message.
Denise
""", ["post_mortem"], frm=WP, to=0, reply_to="denise.perrin1951@orange.fr"),

# Text below the forwarded block.
M("fr-fwd-newsletter-en-dessous", "Fwd: 🌸 La lettre de printemps de Floraison de Soi",
"""Je ne trouve pas le lien pour me désinscrire en bas de votre lettre (ci-dessus). Pouvez-vous me retirer de la liste d'envoi svp ? Je la reçois sur mon adresse pro et ça n'a rien à y faire.
Merci
Patricia Guérin
""", ["objection"], frm="Patricia Guérin <p.guerin@ca-centreloire.fr>", to=0,
q=dict(style="fwd_gmail", pos="above", who="Floraison de Soi <newsletter@floraisondesoi.fr>", to="p.guerin@ca-centreloire.fr",
subject="🌸 La lettre de printemps de Floraison de Soi",
text="Bonjour à toutes et à tous,\n\nLe printemps arrive et avec lui nos ateliers « Renaître à soi » du samedi matin.\nAu programme : respiration, écriture intuitive et cercle de parole.\n\nInscriptions ouvertes sur le site.\n\nBelle saison,\nSandra")),

M("fr-ch-formulaire-portabilite-lausanne", "Demande via le site : transfert de dossier",
"""Nom: Laurence Jaquier
E-mail: l.jaquier@bluewin.ch
Pays: Suisse

Message:
Bonjour Madame,
Je déménage à Lausanne et je vais poursuivre mon accompagnement avec une coach sur place. Je vous saurais gré de bien vouloir me transmettre les données me concernant dans un format lisible par machine (fichier numérique, pas du papier), afin que je puisse les lui remettre directement. D'avance je vous en remercie.
Avec mes meilleures salutations,
L. Jaquier
""", ["portability"], frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to=0, reply_to="l.jaquier@bluewin.ch",
headers={"X-Form-Plugin": "Fluent Forms 5.1"}),

M("fr-be-formulaire-nom-adresse", "Formulaire de contact - Nouvelle soumission",
"""Nom : Vandenbroucke
Prénom : Pieter
Courriel : pieter.vdb@skynet.be

Message :
Bonjour Madame Delomenie,
Sur la facture et l'attestation de la formation, mon nom est écrit Vandenbrouke, sans le c. C'est Vandenbroucke. Et j'ai entre-temps déménagé : rue de Fer 27, 5000 Namur. Pourriez-vous adapter votre fichier, s'il vous plaît ? Je vous remercie déjà.
Pieter
""", ["rectification"], frm=WP, to=0, reply_to="pieter.vdb@skynet.be", headers={"X-Form-Plugin": "Ninja Forms"}),

M("fr-instagram-retrait-temoignage-video", "jess_m.yoga vous a envoyé un message",
"""jess_m.yoga vous a envoyé un message

jess_m.yoga : Hello Sandra ! Tu peux retirer mon témoignage vidéo de ton insta et de ton site stp ? J'ai changé de boulot et je préfère être discrète. Merci, bisous

Voir le message sur Instagram
""", ["withdraw_consent"], frm=IG, to=0),

M("fr-messenger-pubs-et-infos", "Kévin Dumas vous a envoyé un message",
"""Kévin Dumas vous a envoyé un message.

« bjr jvoudrais que vous arretiez de menvoyer vos promos sur messenger et par sms, et aussi savoir ce que vous avez comme infos sur moi vu que jai jamais acheté chez vous »

Répondre dans Messenger
""", ["access", "objection"], frm=FB, to=0),

M("fr-vocal-nouvelle-adresse-chateauroux", "Message vocal reçu - 02 54 07 33 81",
"""Nouveau message sur votre messagerie
Numéro : 02 54 07 33 81
Date : 18/11/2025 09:03

Texte du message :
Bonjour Sandra c'est Josiane Perrot, je vous appelle parce que j'ai déménagé, donc ma nouvelle adresse c'est 12 rue des Tilleuls à Châteauroux, 36000. Voilà, c'est pour les courriers et les factures, merci de mettre à jour. Bonne journée.

Ce message a été transcrit automatiquement.
""", ["rectification"], frm="OnOff Telecom <voicemail@onoff.app>", to=1, headers={"Auto-Submitted": "auto-generated"}),

# NEAR-LINE: "ne les supprimez pas" + freeze during a dispute = restriction only; relayed by the assistant.
M("fr-tr-gel-donnees-litige", "TR: Mes données - litige",
"""Bonjour Sandra,
Je te fais suivre le message de M. Lebrun. En résumé : il demande que ses données soient gelées (ni utilisées, ni supprimées) le temps de son litige avec son ancien employeur.
Bonne journée,
Aurélie

""", ["restriction"], frm="Aurélie Mas <aurelie.mas.assistante@gmail.com>", to=0,
q=dict(style="fwd_gmail", who="Franck Lebrun <franck.lebrun@free.fr>", to="aurelie.mas.assistante@gmail.com",
subject="Mes données - litige",
text="Bonjour,\nJe suis en procédure aux prud'hommes et le bilan réalisé avec Mme Delomenie pourrait m'être utile. Je vous demande de ne surtout pas supprimer mon dossier, mais de ne plus l'utiliser ni le communiquer d'ici la fin de la procédure.\nF. Lebrun")),

M("fr-formidable-dou-mon-adresse", "[Contact] Message de Bruno Marais",
"""Nom : Bruno Marais
Email : bmarais@yahoo.fr
Message :
Je n'ai jamais été client chez vous et je reçois vos mails depuis trois mois. D'où tenez-vous mon adresse ? Je veux le savoir, et ensuite que vous la supprimiez de vos fichiers.
""", ["access", "erasure"], frm=WP, to=0, reply_to="bmarais@yahoo.fr", headers={"X-Form-Plugin": "Formidable Forms"}),

M("fr-linkedin-photo-promo", "Nouveau message de Capucine Brault",
"""Capucine Brault vous a envoyé un message

Bonjour Sandra, j'ai vu votre post sur la promo 2024 de la formation « Manager bienveillant ». Je ne souhaite pas apparaître sur la photo de groupe, pouvez-vous me retirer ou flouter mon visage ? Je n'avais pas réalisé que la photo serait publiée. Merci d'avance.

Voir la conversation
LinkedIn
""", ["withdraw_consent"], frm="Capucine Brault via LinkedIn <messaging-digest-noreply@linkedin.com>", to=1),

M("fr-whatsapp-zapier-fiches-suivi", "Nouveau message WhatsApp de +33 6 33 70 15 48",
"""[WhatsApp Business -> e-mail]
Contact : Maryse T.
Numéro : +33 6 33 70 15 48

bonjour c est maryse, est ce que vous pouvez m envoyer mes fiches de suivi des seances de l an dernier svp, j en ai besoin pour mon psy. merci

---
Transféré automatiquement par Zapier
""", ["access"], frm="Zapier <notifications@zapier.com>", to=0, headers={"Auto-Submitted": "auto-generated"}),

M("fr-google-business-message-effacer", "Nouveau message de client sur Google",
"""Floraison de Soi - Coaching et formation

Nouveau message de Rémi L.

« Bonjour, j'ai fait une séance découverte il y a deux ans. Je voudrais que vous effaciez ma fiche client et mon numéro, je n'ai pas l'intention de revenir. »

Répondre dans Google Business Profile

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", ["erasure"], frm="Google Business Profile <businessprofile-noreply@google.com>", to=0, html="alt"),

M("fr-cours-resultats-stats", "Question d'un participant - Leçon 4 : Mon profil",
"""Nouvelle question sur la leçon « Mon profil de personnalité »

De : Aline Devaux

Bonjour,
J'ai fait le test de la leçon 4. Je veux bien que vous voyiez mes résultats pour l'accompagnement, mais je refuse qu'ils servent dans vos statistiques ou vos présentations, même anonymisés.
Aline

Répondre à la question dans votre tableau de bord.
Podia
""", ["objection"], frm="Podia <notifications@podia.com>", to=0, reply_to="aline.devaux@gmail.com"),

M("fr-formulaire-sujet-seul", "Floraison de Soi \"Suppression de mes données\"",
"""De : Hugo Lemaire <hugo.lemaire@live.fr>
Objet : Suppression de mes données

Corps du message :


--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", ["erasure"], frm=WP, to=0, reply_to="Hugo Lemaire <hugo.lemaire@live.fr>"),

M("fr-pdf-contestation-limitation-copie", "Courrier recommandé - copie électronique",
"""Madame, copie de mon courrier recommandé envoyé ce jour. Cordialement. M. Huet
""", ["access", "restriction"], frm="Martine Huet <martine.huet@laposte.net>", to=1,
att=[("pdf", "LRAR_Huet_Floraison.pdf",
"Martine Huet, 4 rue du Château, 36260 Reuilly\nObjet : demande de limitation et de communication (art. 15 et 18 RGPD)\nJe conteste l'exactitude des informations de ma fiche de suivi.\nJe demande la limitation du traitement pendant la vérification\net la communication de l'ensemble des données me concernant.\nM. Huet")]),

M("fr-reponse-ancienne-adresse-rappel", "RE: Rappel : votre atelier de samedi",
"""Bonjour,
Merci pour le rappel ! Par contre n'utilisez plus cette adresse, je ne la consulte quasiment plus. Ma nouvelle adresse : c.blanchard.pro@proton.me
Claire Blanchard
""", ["rectification"], frm="Claire Blanchard <claire.blanchard@hotmail.fr>", to=0, reply=True, mailer="Microsoft Outlook 16.0",
q=dict(style="outlook_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", to="claire.blanchard@hotmail.fr",
text="Bonjour Claire,\nPetit rappel : l'atelier « Poser ses limites » a lieu samedi de 9h30 à 12h.\nPensez à apporter un carnet.\nSandra")),

M("fr-formulaire-prospection-temoignage", "Nouveau message via floraisondesoi.fr",
"""Nom : Odile Sarrazin
Email : odile.sarrazin@gmail.com
Téléphone : -
Message : Bonjour Sandra. Deux choses : je ne veux plus être sollicitée pour vos nouvelles formations (ni mail ni téléphone). Et je retire mon accord pour l'utilisation de mon témoignage écrit sur votre plaquette. Sans rancune, simplement je passe à autre chose. Odile
""", ["objection", "withdraw_consent"], frm=WP, to=0, reply_to="odile.sarrazin@gmail.com", html="only"),

M("fr-vocal-notaire-vierzon", "Message vocal de 02 48 75 12 60 (0:58)",
"""Nouveau message vocal
De : 02 48 75 12 60
Durée : 58 secondes

Transcription :
Bonjour madame, Maître Cardon, notaire à Vierzon. Je vous appelle au sujet de la succession de monsieur Roger Bidault, décédé en juin. Sa fille m'indique qu'il avait suivi un accompagnement chez vous. Nous aurions besoin de savoir quelles informations vous conservez à son nom et de convenir de leur sort. Vous pouvez me joindre à l'étude au 02 48 75 12 60. Je vous remercie.

Google Voice
""", ["post_mortem"], frm="Google Voice <voice-noreply@google.com>", to=1),

M("fr-heritier-formulaire-compte-plateforme", "Contact site : compte de mon père",
"""Prénom : Stéphane
Nom : Rousseau
Email : stephane.rousseau@free.fr
Message : Bonjour. Mon père, Alain Rousseau, est décédé en janvier. Il était inscrit à votre formation en ligne « Retraite sereine ». Je souhaite que son compte soit supprimé et que vous cessiez de lui envoyer des e-mails, qui arrivent sur sa boîte que je relève. Je peux fournir l'acte de décès. Cordialement.
""", ["post_mortem"], frm=WP, to=0, reply_to="stephane.rousseau@free.fr"),

M("fr-tr-relance-demande-copie", "TR: demande de copie de mes données",
"""Bonjour,
Je vous renvoie ma demande du 3 mars, restée sans réponse. Je souhaite toujours recevoir la copie de mes données (dossier de bilan et questionnaires). Merci de m'indiquer un délai.
Cordialement
N. Girard
""", ["access"], frm="Nicolas Girard <nicolas.girard@groupe-sanef.fr>", to=1, mailer="Microsoft Outlook 16.0",
q=dict(style="outlook_fr", who="Nicolas Girard <nicolas.girard@groupe-sanef.fr>", to="sandra.delomenie@orange.fr",
text="Madame,\nAu titre de l'article 15 du RGPD, je vous demande une copie des données me concernant (dossier de bilan, questionnaires).\nCordialement,\nNicolas Girard")),

# NEAR-LINE: leaving the Facebook group alone would be a negative; stopping ads is objection.
M("fr-messenger-groupe-et-pubs", "Sarah Pinto vous a envoyé un message",
"""Sarah Pinto vous a envoyé un message.

« bjr, jveux plus etre dans le groupe fb et plus recevoir vos pubs non plus, merci »

Répondre dans Messenger
""", ["objection"], frm=FB, to=0),

M("fr-formulaire-donnees-sante", "Nouvelle entrée : Formulaire de contact",
"""Nom
Agnès Colin

E-mail
agnes.colin@wanadoo.fr

Message
Bonjour Sandra, lors du bilan j'ai parlé de ma maladie et de mon traitement. Maintenant que l'accompagnement est terminé, je souhaiterais que ces informations de santé soient effacées de mon dossier. Le reste peut être conservé, cela ne me dérange pas.
Agnès
""", ["erasure"], frm="Floraison de Soi <noreply@floraisondesoi.fr>", to=0, reply_to="agnes.colin@wanadoo.fr"),

M("fr-medoucine-destinataires", "Message d'un client - Médoucine",
"""Bonjour Sandra,

Un client vous a écrit via Médoucine :

De : Pascal Renaud
« Bonjour, pouvez-vous m'indiquer à quels organismes ou prestataires mes informations ont été transmises (paiement, agenda, etc.) depuis mon inscription ? Merci »

Répondez directement depuis votre espace.
""", ["access"], frm="Médoucine <notifications@medoucine.com>", to=0),

M("fr-docx-transfert-puis-suppression", "Demande RGPD",
"""Bonjour, ma demande en pièce jointe.
Cordialement
Yannick Perret
""", ["erasure", "portability"], frm="Yannick Perret <yannick.perret@sfr.fr>", to=1,
att=[("docx", "demande_rgpd_perret.docx",
"Madame,\nJe vous demande de transmettre directement l'ensemble de mes données (fiches, questionnaires,\nhistorique de rendez-vous) au cabinet Equilibre & Vous, dans un format structuré et couramment utilisé,\npuis de supprimer toutes les données me concernant de vos systèmes.\nYannick Perret")]),

# NEAR-LINE: the parent withdraws the questionnaire-use consent for her son; destroying that questionnaire is not "all data".
M("fr-fwd-mere-questionnaire-college", "Fwd: Questionnaire atelier estime de soi - 4e B",
"""Madame,
Je vous transfère le mot reçu du collège. Mon fils Léo (14 ans) a rempli votre questionnaire pendant l'atelier. Je n'accepte pas qu'il serve à votre étude : merci de ne pas l'utiliser et de le détruire.
Anne-Sophie Meunier
""", ["withdraw_consent"], frm="Anne-Sophie Meunier <as.meunier@gmail.com>", to=0,
q=dict(style="fwd_gmail", who="Vie scolaire Collège Les Capucins <vie-scolaire@clg-capucins-issoudun.fr>", to="parents-4eB@clg-capucins-issoudun.fr",
subject="Questionnaire atelier estime de soi - 4e B",
text="Madame, Monsieur,\nLes élèves de 4e B ont participé à l'atelier « estime de soi » animé par Mme Delomenie. Les questionnaires remplis pourront être utilisés de manière anonyme dans une étude sur le bien-être des adolescents.\nLa Vie scolaire")),

M("fr-formulaire-note-arret-maladie", "Floraison de Soi \"Erreur dans mon dossier\"",
"""De : Thomas Brun <thomas.brun@icloud.com>
Objet : Erreur dans mon dossier

Corps du message :
Bonjour, en relisant la synthèse que vous m'avez remise, il est écrit que j'étais en arrêt maladie au moment du bilan. C'est faux, j'étais en congé sabbatique. Merci de corriger cette mention dans votre dossier.
Thomas

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", ["rectification"], frm=WP, to=0, reply_to="Thomas Brun <thomas.brun@icloud.com>"),

M("fr-instagram-copie-questionnaire", "manon.vrd vous a envoyé un message",
"""manon.vrd vous a envoyé un message

manon.vrd : coucou ! tu peux m'envoyer une copie du questionnaire que j'avais rempli au début de l'accompagnement ? je voudrais voir le chemin parcouru 😊

Voir le message
""", ["access"], frm=IG, to=0),

M("fr-jimdo-formulaire-tout-supprimer-compte", "Nouveau message via votre formulaire de contact",
"""Vous avez reçu un nouveau message via le formulaire de contact de votre site.

Nom : Régine Fabre
E-mail : regine.fabre@orange.fr
Message :
Bonjour, merci de supprimer mon compte sur la plateforme de formation ainsi que toutes mes données personnelles. Je n'utilise plus rien. Régine Fabre
""", ["erasure"], frm="Site Floraison de Soi <no-reply@floraisondesoi.fr>", to=0, reply_to="regine.fabre@orange.fr", html="alt"),

M("fr-tr-drh-salarie-portabilite", "TR: Dossier formation - demande de Mme Lagarde",
"""Bonjour Madame Delomenie,

Je vous transfère la demande de notre salariée, Mme Lagarde, qui souhaite que les résultats de ses évaluations réalisées dans le cadre de votre formation lui soient transmis à elle directement, sous format numérique réutilisable, pour son dossier CPF. Pourriez-vous donner suite ?

Cordialement,
Service RH - Laiterie de Saint-Georges
""", ["portability"], frm="Service RH <rh@laiterie-stgeorges.fr>", to=1, mailer="Microsoft Outlook 16.0",
q=dict(style="fwd_outlook", who="Émilie Lagarde <e.lagarde@laiterie-stgeorges.fr>", to="rh@laiterie-stgeorges.fr",
text="Bonjour,\nPouvez-vous demander à la formatrice de m'envoyer mes résultats d'évaluation en fichier (Excel ou CSV) ? Je voudrais les verser dans mon passeport de compétences.\nMerci, Émilie")),

M("fr-formulaire-qc-courriels", "Nouvelle soumission — Nous joindre",
"""Nom : Geneviève Tremblay
Courriel : gen.tremblay@videotron.ca

Message :
Bonjour! J'ai suivi votre webinaire en ligne l'automne passé depuis Québec. Depuis, je reçois vos courriels promotionnels à tous les deux jours. Je ne veux plus en recevoir, merci de m'enlever de votre liste d'envoi. Bonne journée!
""", ["objection"], frm=WP, to=0, reply_to="gen.tremblay@videotron.ca", headers={"X-Form-Plugin": "Forminator"}),

M("fr-fwd-ex-stagiaire-enregistrement", "Fwd: Replay atelier du 12",
"""Bonjour Sandra,
Je viens de voir que le replay de l'atelier est en accès libre sur votre chaîne et on entend tout mon témoignage sur ma séparation. Je retire mon accord pour cet enregistrement, merci de couper ma partie ou de le retirer.
Lise
""", ["withdraw_consent"], frm="Lise Arnaud <lise.arnaud@yahoo.fr>", to=0,
q=dict(style="fwd_apple", who="Floraison de Soi <contact@floraisondesoi.fr>", to="lise.arnaud@yahoo.fr",
subject="Replay atelier du 12", text="Bonjour à tous,\nVoici le lien du replay de notre atelier : https://youtu.be/xxxx\nMerci pour votre présence !\nSandra")),

M("fr-vocal-fille-directives-mere-vivante", "Nouveau message vocal - 06 20 44 81 37",
"""Message vocal reçu le 07/05/2026 à 11:40
Appelant : 06 20 44 81 37

« Bonjour Sandra, c'est Paulette Girardin. Je vous laisse un message parce que je fais mon testament chez le notaire en ce moment et je voudrais que, quand je serai plus là, tout ce que vous avez sur moi soit remis à ma fille Hélène, les cahiers, les enregistrements, tout. Voilà. Je vous enverrai un papier signé. Merci ma chère. »

-- Transcription Free Mobile
""", ["post_mortem"], frm="Free Mobile <messagerievocale@free-mobile.fr>", to=1, headers={"Auto-Submitted": "auto-generated"}),

M("fr-divi-formulaire-savoir-et-copie", "Nouveau message de Floraison de Soi",
"""Vous avez reçu un nouveau message de votre formulaire de contact.

Nom : Françoise Dutertre
Email : fdutertre@numericable.fr
Message : Bonjour, pourriez-vous me dire quelles données vous détenez sur moi et m'en envoyer une copie ? J'ai suivi la formation « Communication non violente » en 2021. Merci.
""", ["access"], frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to=0, reply_to="fdutertre@numericable.fr",
headers={"X-Form-Plugin": "Divi Contact Form"}),
]
