# Negatives (b22) plus a few extra post-mortem requests at the top.
from common import M, gq, oq, aq, fwd, NEWS, SANDRA, SANDRA_PRO

S = "sandra.delomenie@orange.fr"

# --- extra post_mortem requests ---
M("fr-pm-nephew-photos", ["post_mortem"], "fr", "Quentin Duval <quentin.duval@gmail.com>",
  "Photos de ma tante",
  """Bonjour,
Ma tante, Geneviève Duval, est décédée cet hiver. Je suis son légataire. Pourriez-vous supprimer les photos d'elle prises aux ateliers et ne plus lui envoyer de courrier ?
Quentin Duval""")
M("fr-pm-widower-correct", ["post_mortem"], "fr", "Alain Poirier <alain.poirier@orange.fr>",
  "Dossier de Mme Poirier",
  """Madame,
Suite au décès de mon épouse Colette Poirier, je vous demande de bien vouloir mettre à jour votre fichier (elle figure encore comme cliente active) et de m'indiquer ce que vous conservez à son nom.
A. Poirier""")
M("en-pm-daughter-export", ["post_mortem"], "en", "Amy Fisher <amy.fisher@gmail.com>",
  "My late father's journal",
  """Hi Sandra,
My father, David Fisher, passed away in January. He spoke warmly of your programme. Would it be possible to get his journal entries exported as files for the family?
Amy""")

# ================= NEGATIVES (FR) =================
M("n-fr-thanks-above-req", [], "fr", "Claire Fouquet <claire.fouquet@gmail.com>",
  "Re: Mes données",
  """Merci beaucoup Sandra, bien reçu la copie, tout est parfait. Bonne continuation !
Claire""" + gq("Claire Fouquet <claire.fouquet@gmail.com>", "mer. 12 mars 2025 à 10:02",
  "Bonjour Sandra, je souhaiterais une copie de toutes mes données puis leur effacement. Claire Fouquet"), irt=True)
M("n-fr-cancel-workshop", [], "fr", "Monique Tellier <monique.tellier@orange.fr>",
  "Annulation atelier samedi",
  """Bonjour Sandra,
Je dois annuler ma participation à l'atelier de samedi, ma fille est malade. Pouvez-vous supprimer mon inscription et la reporter au mois prochain si possible ?
Monique""")
M("n-fr-delete-slot", [], "fr", "Julien Caillaud <julien.caillaud@gmail.com>",
  "RDV mardi",
  """Bonjour, vous pouvez effacer mon créneau de mardi 14h, j'ai un empêchement. Je reprends rendez-vous via Calendly. Julien""")
M("n-fr-password", [], "fr", "Agathe Simon <agathe.simon@free.fr>",
  "Accès à mon espace",
  """Bonjour Sandra, je n'arrive plus à accéder à mon espace de formation sur Systeme.io, le mot de passe ne marche pas. Pouvez-vous m'aider ? Agathe""")
M("n-fr-close-account-only", [], "fr", "Régis Morvan <regis.morvan@gmail.com>",
  "Fermeture compte",
  """Bonjour, merci de fermer mon compte sur la plateforme, je ne suivrai pas la suite du programme. Régis""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).
M("n-fr-question-how", [], "fr", "Lise Guillaume <lise.guillaume@gmail.com>",
  "Question RGPD",
  """Bonjour Sandra,
Simple question avant de m'inscrire : si un jour je veux que mes données soient supprimées, comment ça se passe ? Combien de temps gardez-vous les notes de séances ?
Merci, Lise""")
M("n-fr-question-portability", [], "fr", "Bastien Renou <bastien.renou@gmail.com>",
  "Portabilité ?",
  """Bonjour, est-ce que le droit à la portabilité s'applique aux exercices du parcours en ligne ? Je me renseigne pour plus tard, pas de demande pour l'instant. Bastien""")
M("n-fr-cnil-copy", [], "fr", "Frédérique Lenoir <frederique.lenoir@gmail.com>",
  "Copie de ma plainte CNIL",
  """Madame,
Pour information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée ce jour auprès de la CNIL.

« Je me suis désinscrite de la newsletter de Floraison de Soi en janvier et je continue à recevoir des mails. Je demande à la CNIL d'intervenir. »

F. Lenoir""", attach=[("plainte_CNIL_accuse.pdf", "application/pdf")])
# NEAR-LINE: a copy of a CNIL complaint is a negative even if it describes an objection.
M("n-fr-relative-living", [], "fr", "Bruno Lemaître <bruno.lemaitre@orange.fr>",
  "Données de mon épouse",
  """Bonjour,
Ma femme, Sylvie Lemaître, a suivi un accompagnement chez vous. Je voudrais savoir ce que vous avez noté sur elle et que vous effaciez ces notes, elle n'est pas au courant de ma démarche.
Bruno Lemaître""")
# NEAR-LINE: spouse asking about a living adult's data -> negative.
M("n-fr-colleague", [], "fr", "Nadine Arnoux <n.arnoux@mairie-issoudun.fr>",
  "Collègue",
  """Bonjour Madame Delomenie,
Une collègue, Mme Perrier, souhaiterait que ses coordonnées soient retirées de votre fichier. Je vous transmets sa demande de vive voix car elle n'a pas d'adresse mail.
Cordialement, Nadine Arnoux, service RH""")
M("n-fr-client-modify-doc", [], "fr", "Audrey Caillet <audrey.caillet@gmail.com>",
  "Modifier le document partagé",
  """Coucou Sandra, je n'arrive pas à modifier le document Google Drive « plan d'action » que tu m'as partagé, il est en lecture seule. Tu peux me donner les droits d'édition ? Merci ! Audrey""")
M("n-fr-copy-slides", [], "fr", "Thomas Riviere <thomas.riviere@gmail.com>",
  "Copie des supports",
  """Bonjour Sandra, serait-il possible d'avoir une copie des supports PDF de la formation d'hier ? Merci, Thomas""")
M("n-fr-export-invoice", [], "fr", "Pauline Ferrand <pauline.ferrand@gmail.com>",
  "Facture",
  """Bonjour, pourriez-vous m'envoyer la facture de ma formation au nom de mon entreprise (SARL Ferrand Conseil) pour ma comptabilité ? Merci. Pauline""")
M("n-fr-correct-homework", [], "fr", "Lina Moreau <lina.moreau@gmail.com>",
  "Exercice à corriger",
  """Bonjour Sandra, voici mon exercice de la semaine 3, pourriez-vous le corriger et me faire un retour ? J'ai un doute sur la partie « valeurs ». Lina""", attach=[("exercice_semaine3.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
M("n-fr-opposer-content", [], "fr", "Dominique Vallet <dominique.vallet@gmail.com>",
  "Séance de jeudi",
  """Bonjour Sandra,
Après la séance, je me suis rendu compte que je n'arrive pas à m'opposer à ma mère quand elle critique mes choix. On pourrait travailler là-dessus jeudi ?
Dominique""")
M("n-fr-retirer-argent", [], "fr", "Camille Henry <camille.henry@gmail.com>",
  "Paiement",
  """Bonjour, le prélèvement de la 3e mensualité a échoué, j'ai dû retirer de l'argent pour un imprévu. Je régularise vendredi, désolée ! Camille""")
M("n-fr-consent-form-sent", [], "fr", "Odile Marchand <odile.marchand@orange.fr>",
  "Formulaire de consentement",
  """Bonjour Sandra, ci-joint le formulaire de consentement signé pour les données de santé, comme demandé avant notre premier rendez-vous. A lundi ! Odile""", attach=[("consentement_signe.pdf", "application/pdf")])
M("n-fr-rgpd-spam", [], "fr", "Conformité RGPD Express <alerte@rgpd-conformite-express.com>",
  "URGENT : votre site n'est pas conforme RGPD - amende jusqu'à 20 M€",
  """<html><body><p>Madame, Monsieur,</p><p>Notre audit automatique a détecté que <b>floraisondesoi.fr</b> n'est pas conforme au RGPD. Vous risquez une amende de la CNIL.</p><p>Mettez-vous en conformité en 48h pour seulement 299 € HT : <a href="http://rgpd-conformite-express.com/offre">cliquez ici</a>.</p><p>Pour ne plus recevoir nos messages, répondez STOP.</p></body></html>""", shape="html")
M("n-fr-phishing-orange", [], "fr", "Orange Messagerie <securite@orange-verification-compte.net>",
  "Vos données seront supprimées sous 24h",
  """Cher(e) client(e),
Suite à la nouvelle réglementation RGPD, votre boîte mail sandra.delomenie@orange.fr sera supprimée si vous ne confirmez pas vos informations.
Confirmez ici : http://orange-verification-compte.net/login
Le service client Orange""", shape="alt")
M("n-fr-vendor-gdpr-notice", [], "fr", "Systeme.io <no-reply@systeme.io>",
  "Mise à jour de notre politique de confidentialité",
  """Bonjour Sandra,
Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) à compter du 1er mars 2026. Aucune action n'est requise de votre part.
Vous pouvez consulter les nouvelles conditions depuis votre tableau de bord.
L'équipe Systeme.io""", shape="alt", headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe?u=48211>"})
M("n-fr-stripe-payout", [], "fr", "Stripe <notifications@stripe.com>",
  "Votre virement de 420,00 € est en route",
  """Bonjour Floraison de Soi,
Un virement de 420,00 € a été initié vers votre compte bancaire se terminant par 4471. Il devrait arriver d'ici 2 jours ouvrés.
Accédez à votre tableau de bord pour consulter le détail.
— L'équipe Stripe""", shape="alt")
M("n-fr-stripe-dispute", [], "fr", "Stripe <notifications@stripe.com>",
  "Un client a contesté un paiement",
  """Bonjour,
Un client a contesté un paiement de 90,00 € (motif : non reconnu). Vous pouvez soumettre des preuves avant le 12 avril 2026.
— Stripe""", shape="alt")
M("n-fr-systemeio-new-sub", [], "fr", "Systeme.io <no-reply@systeme.io>",
  "Nouveau contact inscrit : « Guide gratuit – 7 clés »",
  """Un nouveau contact s'est inscrit à votre tunnel « Guide gratuit – 7 clés » :
Email : v.lemarchand@gmail.com
Tag : ebook-7cles
Gérer les contacts : https://systeme.io/dashboard/contacts""")
M("n-fr-systemeio-unsub-notif", [], "fr", "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désinscrit",
  """Le contact marie.b@free.fr s'est désinscrit de votre liste « Newsletter Floraison ». Il ne recevra plus vos campagnes.
Systeme.io""")
# NEAR-LINE: platform notification of an unsubscribe, not a message from the person -> negative.
M("n-fr-google-drive-share", [], "fr", "Google Drive <drive-shares-dm-noreply@google.com>",
  "Anne Perrin a partagé un document avec vous",
  """Anne Perrin (anne.perrin@gmail.com) a partagé le document suivant avec vous :
« Mes réponses questionnaire valeurs »
Ouvrir dans Docs""", shape="alt")
M("n-fr-google-storage", [], "fr", "Google <no-reply@accounts.google.com>",
  "Votre espace de stockage est presque plein",
  """Votre espace de stockage Google est utilisé à 92 %. Supprimez des fichiers ou passez à Google One pour continuer à recevoir des e-mails et à enregistrer des fichiers sur Drive.""", shape="alt")
M("n-fr-zoom", [], "fr", "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,
L'enregistrement cloud de la réunion « Cercle de parole – mars » est maintenant disponible. Il sera supprimé automatiquement dans 30 jours.
Zoom""", shape="alt")
M("n-fr-calendly", [], "fr", "Calendly <notifications@calendly.com>",
  "Annulé : Séance découverte avec Marc Lefort",
  """Bonjour Sandra,
Marc Lefort a annulé l'événement suivant : Séance découverte (30 min), jeudi 5 juin 2025 à 10:00 (Europe/Paris).
Motif : « Imprévu professionnel »""")
M("n-fr-bank", [], "fr", "Crédit Agricole Centre Ouest <noreply@ca-centreouest.fr>",
  "Mise à jour de vos informations personnelles",
  """Madame,
Dans le cadre de nos obligations réglementaires, nous vous invitons à mettre à jour vos informations personnelles depuis votre espace client. Vos données sont traitées conformément au RGPD.
Votre conseiller""", shape="alt")
M("n-fr-newsletter-other", [], "fr", "Psychologies Magazine <newsletter@psychologies.com>",
  "Comment dire non sans culpabiliser",
  """<html><body><h1>Dire non sans culpabiliser</h1><p>5 clés pour poser ses limites...</p><p><a href="https://www.psychologies.com/unsub">Se désinscrire</a> | Gérer mes données personnelles</p></body></html>""",
  shape="html", headers={"List-Unsubscribe": "<mailto:unsub@psychologies.com>, <https://www.psychologies.com/unsub?id=8812>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
M("n-fr-autoreply", [], "fr", "Jérôme Blanchard <jerome.blanchard@cabinet-blanchard.fr>",
  "Réponse automatique : Atelier du 12 avril",
  """Bonjour,
Je suis absent du bureau jusqu'au 22 avril inclus. Pour toute demande urgente, contactez mon assistante au 02 54 03 11 20.
Jérôme Blanchard""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
M("n-fr-bounce", [], "fr", "Mail Delivery Subsystem <mailer-daemon@orange.fr>",
  "Non remis : Votre demande de suppression",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

  jean.dupont@wanadoo.fr : adresse inconnue""", kind="report", failed="jean.dupont@wanadoo.fr",
  orig_subj="Votre demande de suppression", orig_body="Bonjour M. Dupont, j'ai bien supprimé vos données comme demandé. Sandra")
M("n-fr-sent-own-confirm", [], "fr", SANDRA,
  "Confirmation de suppression de vos données",
  """Bonjour Madame Roussel,

Je vous confirme que vos données de santé ont bien été effacées de mon dossier ce jour, conformément à votre demande.

Bien à vous,
Sandra Delomenie
Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun""", to="Gaëlle Roussel <gaelle.roussel@gmail.com>")
M("n-fr-sent-own-news", [], "fr", SANDRA_PRO,
  "Oser sa place - inscriptions ouvertes", NEWS, to="Floraison de Soi <contact@floraisondesoi.fr>",
  headers={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>"})
M("n-fr-sent-own-question", [], "fr", SANDRA,
  "Votre demande d'accès",
  """Bonjour Monsieur Petit,
Pour donner suite à votre demande d'accès, pourriez-vous m'adresser une copie de votre pièce d'identité ? C'est prévu par ma politique de confidentialité.
Bien cordialement,
Sandra""", to="Arnaud Petit <arnaud.petit@proton.me>")
M("n-fr-accountant", [], "fr", "Cabinet Comptable Issoldunois <contact@cci-expertise.fr>",
  "Pièces manquantes",
  """Bonjour Madame Delomenie,
Pour clôturer l'exercice, il nous manque les relevés Stripe de novembre et décembre. Pouvez-vous nous transmettre une copie de l'export CSV ?
Cordialement, le cabinet""")
M("n-fr-webmaster", [], "fr", "Loïc - Webmaster <loic@atelier-web-berry.fr>",
  "Bandeau cookies et RGPD",
  """Salut Sandra,
J'ai mis à jour le bandeau cookies (consentement Google Analytics) et la page mentions légales. J'ai aussi supprimé les anciens formulaires de contact qui n'étaient plus utilisés. Dis-moi si tu veux modifier le texte de la politique de confidentialité.
Loïc""")
M("n-fr-client-feedback-delete-word", [], "fr", "Armelle Picot <armelle.picot@gmail.com>",
  "Merci pour la séance",
  """Sandra,
Merci pour hier. J'ai fait l'exercice : j'ai écrit tout ce qui me pesait et j'ai effacé le brouillon ensuite, comme tu me l'as conseillé. Ça m'a fait un bien fou.
Armelle""")
M("n-fr-unsub-other-list", [], "fr", "Fanny Leclercq <fanny.leclercq@gmail.com>",
  "Newsletter de l'asso",
  """Bonjour Sandra,
Tu sais comment on se désinscrit de la newsletter de l'association des praticiens du Berry ? Je ne trouve pas le lien et tu es dans le bureau.
Fanny""")
# NEAR-LINE: unsubscribe, but from a third party's list, asking her for help -> negative.
M("n-fr-group-whatsapp", [], "fr", "Marina Costa <marina.costa@gmail.com>",
  "Groupe WhatsApp",
  """Coucou, tu peux m'ajouter au groupe WhatsApp du stage ? Mon numéro : 06 71 45 88 12. Merci !""")
M("n-fr-modify-booking", [], "fr", "Hélène Vidal <helene.vidal@orange.fr>",
  "Modifier ma réservation",
  """Bonjour, est-il possible de modifier ma réservation pour passer de l'atelier du 8 au 22 novembre ? Merci, Hélène""")
M("n-fr-question-duration", [], "fr", "René Marchetti <rene.marchetti@gmail.com>",
  "Conservation",
  """Bonjour,
Combien de temps conservez-vous les données de santé après la fin d'un accompagnement ? C'est pour savoir, pas de souci particulier.
René""")
M("n-fr-testimonial-give", [], "fr", "Corinne Laval <corinne.laval@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,
Comme promis, voici mon témoignage. Tu peux le publier avec mon prénom et la photo jointe, j'en suis ravie !
Corinne""", attach=[("photo_corinne.jpg", "image/jpeg")])
M("n-fr-testimonial-edit-typo", [], "fr", "Bertrand Joubert <bertrand.joubert@gmail.com>",
  "Re: Votre témoignage en ligne",
  """Super, merci ! Juste une coquille dans la 2e phrase : « acompagnement » → « accompagnement ». Sinon c'est parfait, laisse-le en ligne.
Bertrand""" + gq("Sandra Delomenie <sandra.delomenie@orange.fr>", "jeu. 3 avr. 2025 à 09:00",
  "Bonjour Bertrand, ton témoignage est en ligne sur la page d'accueil ! Merci encore. Sandra"), irt=True)
# NEAR-LINE: fixing a typo in testimonial text is editing content, not rectifying personal data -> negative.
M("n-fr-workshop-data-topic", [], "fr", "Association Femmes Entrepreneuses 36 <contact@fe36.fr>",
  "Invitation : atelier « RGPD pour les indépendantes »",
  """Bonjour Sandra,
Nous organisons le 14 mai un atelier « RGPD pour les indépendantes : droit d'accès, d'effacement, d'opposition, comment répondre ? ». Seriez-vous intéressée pour témoigner ?
L'équipe FE36""", headers={"List-Unsubscribe": "<mailto:desinscription@fe36.fr>"})
M("n-fr-fwd-vendor-breach", [], "fr", "Sandra Delomenie <contact@floraisondesoi.fr>",
  "TR: Information importante concernant vos données",
  """Pour archivage.""" + fwd("Service Client Doctolib-like <info@planning-pro.fr>", "2 oct. 2025, 08:00", S,
  "Information importante concernant vos données", """Madame,
Nous vous informons qu'un incident de sécurité a pu exposer votre adresse e-mail. Aucune donnée bancaire n'est concernée. Par précaution, modifiez votre mot de passe."""),
  to=SANDRA)
M("n-fr-dont-delete-photos-pls", [], "fr", "Sabine Royer <sabine.royer@gmail.com>",
  "Photos du stage",
  """Sandra, ne supprime surtout pas les photos du stage avant de me les avoir envoyées ! Je veux les garder en souvenir :) Tu peux me faire une copie sur clé ou par WeTransfer ?
Sabine""")
# NEAR-LINE: asks for copies of group photos as souvenirs, not a data-protection request -> negative.
M("n-fr-correct-invoice-amount", [], "fr", "Xavier Denis <xavier.denis@gmail.com>",
  "Erreur sur la facture",
  """Bonjour, la facture n°2025-041 indique 180 € alors que nous avions convenu 150 € avec la réduction. Pouvez-vous la corriger ? Xavier""")
M("n-fr-rectify-date-workshop", [], "fr", "Mireille Jacob <mireille.jacob@orange.fr>",
  "Erreur de date",
  """Bonjour Sandra, dans le mail de rappel, l'atelier est annoncé le samedi 9 mais le 9 est un dimanche ! Tu peux rectifier pour les autres ? Bises""")
M("n-fr-stop-subscription", [], "fr", "Gilbert Lucas <gilbert.lucas@laposte.net>",
  "Résiliation",
  """Bonjour,
Je souhaite résilier mon abonnement mensuel au cercle en ligne à compter du mois prochain. Merci de ne plus prélever.
Gilbert Lucas""")
M("n-fr-ebook-access", [], "fr", "Estelle Bonnet <estelle.bonnet@gmail.com>",
  "Accès ebook",
  """Bonjour, j'ai téléchargé l'ebook mais le lien d'accès ne fonctionne plus. Pouvez-vous me le renvoyer ? Merci""")
M("n-fr-quoted-request-reply-later", [], "fr", "Paul Gauthier <paul.gauthier@gmail.com>",
  "Re: Demande d'accès à mes données",
  """Pas de souci pour le délai, je comprends. J'attends votre retour.
Paul""" + gq("Sandra Delomenie <sandra.delomenie@orange.fr>", "mer. 5 mars 2025 à 18:20",
  """Bonjour Paul, j'ai bien reçu votre demande, je vous envoie la copie sous quinze jours. Sandra
""" + "\n" + """Le mar. 4 mars 2025 à 09:14, Paul Gauthier a écrit :
> Pourriez-vous m'adresser une copie de l'ensemble des données me concernant ?"""), irt=True)
M("n-fr-prospect-info", [], "fr", "Morgane Tissier <morgane.tissier@gmail.com>",
  "Renseignements",
  """Bonjour, je souhaiterais des informations sur vos accompagnements individuels (tarifs, durée). Mes coordonnées : 06 12 34 56 78. Merci !""")
M("n-fr-cnil-newsletter", [], "fr", "CNIL <ne-pas-repondre@cnil.fr>",
  "La lettre de la CNIL - avril 2026",
  """<html><body><h2>Actualités</h2><p>Droit d'accès : la CNIL publie une nouvelle fiche pratique pour les TPE.</p><p><a href="https://www.cnil.fr/desinscription">Se désinscrire</a></p></body></html>""",
  shape="html", headers={"List-Unsubscribe": "<https://www.cnil.fr/desinscription?id=77a1>"})
M("n-fr-cnil-complaint-filed", [], "fr", "Yasmine Bouaziz <yasmine.bouaziz@gmail.com>",
  "Plainte",
  """Madame,
Je vous informe que j'ai saisi la CNIL d'une réclamation concernant la publication de ma photo sans mon accord. Numéro de réclamation : 26-0412-88.
Y. Bouaziz""")
M("n-fr-mother-adult-son", [], "fr", "Danielle Faucher <danielle.faucher@orange.fr>",
  "Mon fils",
  """Bonjour,
Mon fils Adrien (28 ans) a fait un bilan avec vous. Pourriez-vous m'envoyer une copie de son dossier ? Il ne va pas bien et je voudrais comprendre.
Danielle Faucher""")
M("n-fr-partner-zoom-recording", [], "fr", "Stéphane Moulin <stephane.moulin@coach-berry.fr>",
  "Enregistrement du webinaire commun",
  """Salut Sandra,
Tu peux supprimer l'enregistrement de notre webinaire commun de ton Zoom, je l'ai récupéré et mis sur mon Drive. Merci !
Stéphane""")
M("n-fr-supprimer-fichier-doublon", [], "fr", "Agnès Royer <agnes.royer@gmail.com>",
  "Doublon",
  """Bonjour, j'ai envoyé deux fois mon questionnaire, vous pouvez supprimer le premier, c'est le second qui est complet. Merci !""")
# NEAR-LINE: deleting a duplicate submission as housekeeping, not erasure of her data -> negative.
M("n-fr-inscription-confirm", [], "fr", "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Programme Floraison (297 €)",
  """Félicitations ! Nouvelle commande sur votre tunnel « Programme Floraison ».
Client : Hugo Lefèvre – hugo.lefevre@gmail.com
Montant : 297,00 €""")
M("n-fr-paypal", [], "fr", "PayPal <service@paypal.fr>",
  "Vous avez reçu un paiement",
  """Bonjour Sandra Dumot-Deloménie,
Vous avez reçu un paiement de 60,00 EUR de Joëlle Marchais.
Détails de la transaction : 7XK221903B""", shape="alt")
M("n-fr-orange-notice", [], "fr", "Orange <information@orange.fr>",
  "Évolution de nos conditions générales",
  """Madame,
Nous vous informons de l'évolution de nos conditions générales et de notre politique de protection des données personnelles au 1er juin 2025. Vous pouvez exercer vos droits d'accès, de rectification et d'opposition depuis votre espace client.
Orange""", shape="alt", headers={"List-Unsubscribe": "<mailto:desabonnement@orange.fr>"})
M("n-fr-ovh", [], "fr", "OVHcloud <noreply@ovh.com>",
  "Renouvellement de votre domaine floraisondesoi.fr",
  """Bonjour,
Votre nom de domaine floraisondesoi.fr expire le 30/06/2025. Pensez à le renouveler pour éviter toute suppression.
OVHcloud""")
M("n-fr-linkedin-spam", [], "fr", "Kevin D. <kevin.d@growth-leads-agency.com>",
  "Sandra, vos données clients valent de l'or",
  """Bonjour Sandra,
Nous aidons les coachs à exploiter leurs données clients pour tripler leurs ventes. Un appel de 15 min cette semaine ?
Si vous ne souhaitez plus recevoir nos emails, répondez « retirer ».
Kevin""")
M("n-fr-former-client-update-life", [], "fr", "Juliette Barre <juliette.barre@gmail.com>",
  "Des nouvelles !",
  """Coucou Sandra,
Un an après, je voulais te dire que j'ai enfin changé de travail, et j'ai déménagé à Tours ! Tout ce qu'on a travaillé m'a tellement aidée. Merci infiniment.
Juliette""")
# NEAR-LINE: life news including a move but no request to update anything -> negative.
M("n-fr-retract-question", [], "fr", "Élodie Gaillard <elodie.gaillard@gmail.com>",
  "Re: Droit de rétractation",
  """D'accord, merci pour l'explication sur les 14 jours. Je garde ma place finalement !
Élodie""" + gq("Sandra Delomenie <sandra.delomenie@orange.fr>", "lun. 20 oct. 2025 à 12:00",
  "Bonjour Élodie, vous disposez de 14 jours de rétractation à compter de l'inscription. Sandra"), irt=True)
M("n-fr-opposition-bank", [], "fr", "Banque Populaire <alertes@banquepopulaire.fr>",
  "Opposition sur votre carte enregistrée",
  """Madame, l'opposition sur votre carte bancaire se terminant par 8810 a bien été enregistrée. Une nouvelle carte vous sera adressée sous 7 jours.""")
M("n-fr-info-for-assistant", [], "fr", "Lydie Prat (assistante) <lydie.prat.assistante@gmail.com>",
  "Fichier contacts",
  """Bonjour Sandra,
J'ai terminé le nettoyage du fichier contacts : j'ai supprimé les doublons et corrigé les adresses mal saisies. Je t'envoie l'export Excel pour relecture.
Lydie""", attach=[("contacts_nettoyes.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
M("n-fr-fb-group-mute", [], "fr", "Carole Bazin <carole.bazin@gmail.com>",
  "Notifications",
  """Bonjour Sandra, je reçois trop de notifications du groupe Facebook, comment les désactiver ? Je veux rester dans le groupe. Merci""")
M("n-fr-send-docs-again", [], "fr", "Mathieu Roger <mathieu.roger@free.fr>",
  "Mes documents",
  """Bonjour Sandra, j'ai perdu le PDF de mon plan d'action, tu peux me le renvoyer ? Merci beaucoup !""")
# NEAR-LINE: re-sending a lost deliverable (service) rather than a copy of all data -> negative.
M("n-fr-partner-ask-data-share", [], "fr", "Aurore Delmas <aurore.delmas@formation-centre.fr>",
  "Partenariat",
  """Bonjour Sandra,
Pour notre formation commune, pourrais-tu m'envoyer la liste des participantes inscrites (nom, mail, téléphone) ? Je mets à jour notre fichier.
Aurore""")
M("n-fr-reminder-newsletter-quoted-thanks", [], "fr", "Simone Leclerc <simone.leclerc@orange.fr>",
  "Re: Oser sa place - inscriptions ouvertes",
  """Très intéressant, je m'inscris ! Merci Sandra.
Simone""" + oq("Floraison de Soi <contact@floraisondesoi.fr>", "mardi 4 mars 2025 07:00", "simone.leclerc@orange.fr",
  "Oser sa place - inscriptions ouvertes", NEWS))
M("n-fr-heir-question-general", [], "fr", "Sébastien Fleury <sebastien.fleury@gmail.com>",
  "Question",
  """Bonjour,
Que deviennent en général les dossiers de vos clients quand ils décèdent ? Je me pose la question pour ma propre activité de sophrologue.
Sébastien""")
# NEAR-LINE: general question about post-mortem handling, no death, no own directive -> negative.
M("n-fr-delete-my-msg", [], "fr", "Aude Besnard <aude.besnard@gmail.com>",
  "Oups",
  """Sandra, ignore et efface mon message précédent, je me suis trompée de destinataire ! Désolée.""")
M("n-fr-google-security", [], "fr", "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, aucune action n'est nécessaire. Sinon, sécurisez votre compte.""", shape="alt")
M("n-fr-doctolib-like", [], "fr", "Calendly <notifications@calendly.com>",
  "Nouvel événement : Séance individuelle avec Inès Carpentier",
  """Invité : Inès Carpentier (ines.carpentier@gmail.com)
Date : mercredi 11 février 2026, 17:30 (Europe/Paris)
Réponses : « Je voudrais faire le point sur mes notes de séance »""")
M("n-fr-outlook-reply-fine", [], "fr", "Catherine Bénard <c.benard@entreprise-benard.fr>",
  "RE: Limitation du traitement",
  """Bonjour Sandra,
Parfait, merci pour votre confirmation. Je reviendrai vers vous en septembre.
Catherine Bénard""" + oq("Sandra Delomenie", "vendredi 6 juin 2025 10:12", "Catherine Bénard",
  "RE: Limitation du traitement", """Bonjour Madame Bénard, vos données sont désormais gelées : elles sont conservées mais ne sont plus utilisées.
Sandra
De : Catherine Bénard
Envoyé : mardi 3 juin 2025
Je vous demande la limitation du traitement de mes données."""), irt=True)
M("n-fr-ask-remove-from-group-photo-not-her", [], "fr", "Pierre Cordier <pierre.cordier@gmail.com>",
  "Photo",
  """Bonjour Sandra, sur la photo du stage publiée sur Facebook, ma compagne Nathalie est reconnaissable et elle n'aime pas ça. Tu pourrais la retirer ? Elle n'ose pas te le demander.
Pierre""")
# NEAR-LINE: partner asking on behalf of a living adult without mandate -> negative.
M("n-fr-sms-stop-provider", [], "fr", "SMS Partner <support@smspartner.fr>",
  "Rapport : 3 STOP reçus",
  """Rapport de campagne « Rappel atelier 12/04 » : 148 SMS envoyés, 3 désinscriptions (STOP) enregistrées automatiquement.""")
M("n-fr-trainer-colleague-data", [], "fr", "Véronique Tardy <veronique.tardy@gmail.com>",
  "Fiche d'une stagiaire",
  """Sandra, tu as encore la fiche de Lucie Martin (stage de juin) ? Elle s'est inscrite chez moi et j'aimerais voir ses réponses au questionnaire pour adapter. Tu peux me transférer ?
Véro""")
M("n-fr-modify-consent-wording", [], "fr", "Maître Anne Lefranc <a.lefranc@avocat-lefranc.fr>",
  "Relecture formulaire de consentement",
  """Bonjour Madame Delomenie,
Vous trouverez ci-joint le formulaire de consentement aux données de santé que j'ai modifié suite à notre rendez-vous, ainsi que la clause relative au droit de retrait du consentement.
Bien à vous,
A. Lefranc""", attach=[("formulaire_consentement_v2.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
M("n-fr-dsr-template-seller", [], "fr", "Boutique Juridique Coach <hello@kit-juridique-coach.fr>",
  "Kit : modèles de réponse aux demandes d'accès et d'effacement",
  """<p>Sandra, recevez nos 12 modèles de réponse aux demandes RGPD (accès, rectification, effacement, portabilité) pour 49 €.</p><p><a href="#">Je commande</a> — <a href="#">Se désabonner</a></p>""",
  shape="html", headers={"List-Unsubscribe": "<https://kit-juridique-coach.fr/u/991>"})
M("n-fr-bounce-2", [], "fr", "MAILER-DAEMON@smtp.orange.fr <MAILER-DAEMON@smtp.orange.fr>",
  "Undelivered Mail Returned to Sender",
  """Ceci est un message automatique. Votre message n'a pas pu être délivré.""", kind="report", failed="anne.sophie.blanc@gmial.com",
  orig_subj="Re: Témoignage", orig_body="Bonjour Anne-Sophie, votre témoignage a été retiré du site. Sandra")
M("n-fr-client-delete-own-whatsapp", [], "fr", "Emma Roche <emma.roche@gmail.com>",
  "Groupe",
  """Hello Sandra, je me suis retirée moi-même du groupe WhatsApp du stage, rien à faire de ton côté, juste pour que tu ne t'inquiètes pas ! Bises, Emma""")
M("n-fr-mdp-reset-systeme", [], "fr", "Systeme.io <no-reply@systeme.io>",
  "Réinitialisation de votre mot de passe",
  """Bonjour, vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""")

# ================= NEGATIVES (EN) =================
M("n-en-thanks", [], "en", "Rachel Hughes <rachel.hughes@gmail.com>",
  "Re: My data",
  """Thank you so much, got the file. All good!
Rachel""" + gq("Rachel Hughes <rachel.hughes@gmail.com>", "Mon, 3 Feb 2025 at 11:20",
  "Hi Sandra, please send me a copy of all my data and then delete it. Rachel", "en"), irt=True)
M("n-en-cancel-booking", [], "en", "Oliver King <oliver.king@gmail.com>",
  "Cancel my booking",
  """Hi Sandra, I need to cancel my place on the Saturday retreat, please remove me from the list. Sorry for the short notice! Oliver""")
M("n-en-how-erasure", [], "en", "Priya Shah <priya.shah@gmail.com>",
  "Question about data",
  """Hi, before I sign up: if I ask you to delete my data later, how long does it take and do you keep anything? Just want to understand. Priya""")
M("n-en-copy-recording", [], "en", "Ben Howard <ben.howard@gmail.com>",
  "Copy of the webinar",
  """Hi Sandra, could I get a copy of the webinar recording from Thursday? I missed the second half. Ben""")
M("n-en-unsub-notif-list", [], "en", "Mailchimp <no-reply@mailchimp.com>",
  "Your campaign report",
  """Your campaign "Spring offer" was sent to 412 recipients. Opens: 48%. Unsubscribes: 2.""", shape="alt")
M("n-en-stripe-receipt", [], "en", "Stripe <receipts@stripe.com>",
  "Your receipt from Floraison de Soi #1842-5531",
  """Receipt from Floraison de Soi
Amount paid: €297.00
Date paid: 3 Nov 2025
Payment method: Visa – 4242""", shape="alt")
M("n-en-zoom-data", [], "en", "Zoom <no-reply@zoom.us>",
  "Important: updates to Zoom's data practices",
  """Dear Sandra,
We're updating our Privacy Statement to explain how we process data. You can review and delete your cloud recordings at any time from your account settings.
The Zoom Team""", shape="alt", headers={"List-Unsubscribe": "<https://zoom.us/unsubscribe?e=sd>"})
M("n-en-phishing-gdpr", [], "en", "GDPR Compliance Office <compliance@eu-gdpr-registry.org>",
  "Final notice: GDPR registration required",
  """Dear business owner,
Your business is not registered in the EU GDPR Registry. Register within 7 days to avoid penalties of up to €20,000,000.
Pay the registration fee of €349 here: http://eu-gdpr-registry.org/pay""")
M("n-en-autoreply", [], "en", "Laura Evans <laura.evans@gmail.com>",
  "Out of office: Re: Your son's data",
  """I'm away until 2 September with limited access to email. I'll reply when I'm back.
Laura""", headers={"Auto-Submitted": "auto-replied"})
M("n-en-friend-data", [], "en", "Chris Baker <chris.baker@gmail.com>",
  "My sister",
  """Hi Sandra, my sister Jess did your course last year. Could you tell me what notes you have on her? She's been struggling and I'm worried. Chris""")
M("n-en-cnil-complaint", [], "en", "Mark Ellis <mark.ellis@gmail.com>",
  "FYI: complaint to CNIL",
  """Ms Delomenie,
For your information, I have today submitted a complaint to the CNIL about your failure to answer my access request. A copy is attached.
Mark Ellis""", attach=[("CNIL_complaint_copy.pdf", "application/pdf")])
M("n-en-close-account", [], "en", "Rebecca Moore <rebecca.moore@gmail.com>",
  "Close account",
  """Hi, please close my account on the course platform, I won't be continuing. Thanks, Rebecca""")
# NEAR-LINE: close account alone, nothing about data -> negative.
M("n-en-access-course", [], "en", "Sam Taylor <sam.taylor@gmail.com>",
  "Can't access my course",
  """Hi Sandra, I can't access my account anymore after changing my email. Can you reset it? Sam""")
M("n-en-export-calendar", [], "en", "Jo Clarke <jo.clarke@gmail.com>",
  "Calendar export",
  """Hi, is there a way to export the workshop dates to my Google calendar? An .ics would be great. Jo""")
M("n-en-newsletter-vendor", [], "en", "Canva <marketing@engage.canva.com>",
  "New templates for coaches",
  """<html><body><p>Design beautiful workbooks in minutes.</p><p><a href="https://canva.com/unsub">Unsubscribe</a> · <a href="https://canva.com/privacy">Manage your data</a></p></body></html>""",
  shape="html", headers={"List-Unsubscribe": "<https://canva.com/unsub?u=abc123>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
M("n-en-bounce", [], "en", "Mail Delivery System <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Your message wasn't delivered to lucy.grant@icloud.co because the domain couldn't be found.""", kind="report",
  failed="lucy.grant@icloud.co", orig_subj="Re: Deletion request", orig_body="Hi Lucy, your data has been erased. Sandra")
M("n-en-remove-from-photo-tag", [], "en", "Tina Ross <tina.ross@gmail.com>",
  "Photos!",
  """Loved the retreat photos you posted! Could you tag me in them? My handle is @tina.ross.yoga. Tina""")
M("n-en-correct-spelling-of-venue", [], "en", "Harriet Young <harriet.young@gmail.com>",
  "Typo",
  """Hi Sandra, small typo in your workshop email: it's "Saint-Aoustrille", not "St Austrille". Might confuse people! H.""")
M("n-en-delete-duplicate-booking", [], "en", "Owen Price <owen.price@gmail.com>",
  "Double booking",
  """Hi, I think I booked twice for the 12th by mistake. Could you delete one of the bookings and refund the extra? Owen""")
M("n-en-withdraw-from-course", [], "en", "Maya Singh <maya.singh@gmail.com>",
  "Withdrawing from the course",
  """Hi Sandra, unfortunately I need to withdraw from the autumn course for health reasons. Can I get a credit for next year? Maya""")
# NEAR-LINE: "withdraw" from a course = cancellation, not consent withdrawal -> negative.
M("n-en-consent-question", [], "en", "Liam Murphy <liam.murphy@gmail.com>",
  "Testimonial question",
  """Hi Sandra, if I give you a testimonial now, can I ask you to remove it later? Just checking how it works before I write one. Liam""")
M("n-en-sent-own", [], "en", SANDRA,
  "Your data request",
  """Dear Ms Walsh,
Please find attached a copy of the personal data I hold about you, as requested.
Kind regards,
Sandra Delomenie""", to="Emma Walsh <emma.walsh@gmail.com>", attach=[("Walsh_data_export.pdf", "application/pdf")])
M("n-en-google-form", [], "en", "Google Forms <forms-receipts-noreply@google.com>",
  "New response: Workshop feedback",
  """A new response was recorded for "Workshop feedback – May".
View response in Google Forms.""", shape="alt")
M("n-en-calendly-reschedule", [], "en", "Calendly <notifications@calendly.com>",
  "Rescheduled: Discovery call with Anna Kowalski",
  """Anna Kowalski rescheduled: Discovery call (30 min)
New time: Tuesday, 17 March 2026, 09:00 (Europe/Paris)""")
M("n-en-partner-delete-shared-folder", [], "en", "Claire Dubois <claire.dubois@coachingcollective.eu>",
  "Shared folder",
  """Hi Sandra, I'm cleaning up our shared Drive for the joint programme. OK if I delete the old participant folder from 2023? Claire""")
M("n-en-recruiter", [], "en", "Data Privacy Solutions <sales@dpsolutions.io>",
  "Automate your DSAR responses",
  """Hi Sandra,
Handling access and deletion requests manually? Our tool automates DSARs for small businesses. Book a demo.
Reply 'remove' to opt out.""")
M("n-en-old-thread-reply-thanks", [], "en", "Tom Fletcher <tom.fletcher@outlook.com>",
  "RE: Data request",
  """Cheers Sandra, all sorted now. Appreciate the quick turnaround.
Tom""" + oq("Tom Fletcher", "Thursday, May 1, 2025 8:44 AM", "sandra.delomenie@orange.fr", "Data request",
  """Three things please:
1. Tell me what personal data you hold on me.
2. My surname is misspelled.
3. Stop sending me marketing emails.""", "en"), irt=True)
M("n-en-paypal-dispute", [], "en", "PayPal <service@paypal.com>",
  "A buyer opened a case",
  """A buyer has opened a case for a payment of €60.00. Respond by 14 April to avoid the case being closed in the buyer's favour.""", shape="alt")
M("n-en-forwarded-article", [], "en", "Anna Kowalski <anna.kowalski@gmail.com>",
  "Fwd: Your right to be forgotten explained",
  """Thought you'd find this interesting for your own practice!
Anna""" + fwd("The Coaching Digest <digest@coachingdigest.com>", "Fri, 6 Mar 2026", "anna.kowalski@gmail.com",
  "Your right to be forgotten explained", """This week: what the right to erasure means for coaches, how to handle an access request, and when you can refuse.""", "en"))
M("n-en-student-info-update-question", [], "en", "Noah Grant <noah.grant@gmail.com>",
  "Updating details",
  """Hi, where on the platform can I update my profile picture and bio myself? Couldn't find the settings. Noah""")
# NEAR-LINE: asks how to self-edit a profile, no data given to correct -> negative.
M("n-en-vendor-subprocessor", [], "en", "Stripe <legal@stripe.com>",
  "Notice of sub-processor changes",
  """We're writing to let you know about updates to Stripe's list of sub-processors, effective 30 days from this notice. No action is required.""", shape="alt")
M("n-en-remove-me-cc", [], "en", "Greg Walker <greg.walker@gmail.com>",
  "Re: Group email",
  """Please remove me from this reply-all chain, I'm getting 20 emails a day from the group! Greg""" + gq("Julia Ross <julia.ross@gmail.com>", "Wed, 14 Jan 2026 at 21:02",
  "Hi everyone! Who's bringing snacks to the next circle?", "en"), irt=True)
# NEAR-LINE: asking to be taken off a participants' reply-all thread, not her mailing list -> negative.
M("n-en-grief-thanks", [], "en", "Michael Shaw <michael.shaw@gmail.com>",
  "Re: My mother, Margaret Shaw",
  """Thank you for your kind words and for handling everything so quickly. Mum really valued your sessions.
Michael""" + gq("Sandra Delomenie <sandra.delomenie@orange.fr>", "Fri, 26 Sep 2025 at 10:00",
  "Dear Mr Shaw, I'm so sorry for your loss. Her records have been sent and her account closed. Sandra", "en"), irt=True)
M("n-en-linkedin", [], "en", "LinkedIn <messages-noreply@linkedin.com>",
  "You appeared in 12 searches this week",
  """Sandra, you appeared in 12 searches this week. See who's looking. Unsubscribe | Help""", shape="alt",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"})
M("n-en-delete-typo-thread", [], "en", "Sophie Turner <sophie.turner@gmail.com>",
  "Ignore previous",
  """Sorry, please delete that last email, it was meant for my sister! Sophie""")
M("n-en-gdpr-webinar-invite", [], "en", "ICF France Chapter <events@icf-france.org>",
  "Webinar: GDPR for coaches — access, erasure and objection requests",
  """Join us on 20 May for a practical session on handling data subject requests.""", headers={"List-Unsubscribe": "<mailto:unsubscribe@icf-france.org>"})
