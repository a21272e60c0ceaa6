from rec import R

SANDRA_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

RECORDS = [
R("fr-neg-hypo-si-jamais-effacer-question", [],
  "Une question avant de m'inscrire",
  """Bonjour Sandra,

Avant de m'inscrire au parcours de six mois (qui me tente beaucoup, vraiment), j'aimerais comprendre une chose : si jamais, en cours de route, je décidais d'arrêter et de vous demander d'effacer mes notes de séance, est-ce que ce serait possible tout de suite, ou est-ce que vous êtes obligée de les garder un certain temps ?

Merci de m'éclairer,
Élise Guillon""",
  frm="Élise Guillon <elise.guillon@gmail.com>"),
# NEAR-LINE: hypothetical question about how erasure works -> negative

R("fr-neg-moi-meme-desinscrit-ok", [],
  "Petit mot",
  """Bonjour Sandra,

Je me suis désinscrite moi-même de la newsletter la semaine dernière (tout a très bien fonctionné, le lien est clair, bravo), mais je voulais quand même vous dire que ce n'était pas par lassitude : je change simplement d'adresse mail et je me réinscrirai avec la nouvelle dès que je l'aurai créée.

À bientôt,
Martine""",
  frm="Martine Coulon <martine.coulon@orange.fr>"),

R("fr-neg-histoire-autre-entreprise", [],
  "Ce qui m'est arrivé avec ma banque",
  """Bonjour Sandra,

Je vous raconte ça parce que vous nous aviez parlé du RGPD pendant la formation sur la communication en entreprise : ma banque, à qui j'avais demandé la suppression de mes données après avoir clôturé mon compte, m'a répondu qu'elle devait tout garder dix ans — et finalement, en relisant vos supports, j'ai compris qu'ils avaient raison. Je trouve ça fascinant, ce décalage entre ce qu'on croit avoir le droit d'exiger et ce que la loi prévoit vraiment.

Ça ferait un beau sujet d'atelier, non ?

Bises,
Nadia""",
  frm="Nadia Lemaire <nadia.lemaire@gmail.com>"),

R("fr-neg-supprimer-creneau", [],
  "Créneau de jeudi",
  """Bonjour Sandra,

Même si je sais que c'est un peu tard pour prévenir (et je m'en excuse, la nounou vient de m'annoncer qu'elle est malade), pourriez-vous supprimer mon créneau de jeudi 16h et, si possible, me proposer autre chose la semaine suivante ?

Merci et encore pardon,
Aurélie""",
  frm="Aurélie Maillard <aurelie.maillard@gmail.com>"),

R("fr-neg-effacer-tableau-salle", [],
  "Salle du stage",
  """Bonjour Sandra,

Pour le stage de samedi à la salle des fêtes, la mairie m'a demandé de vous transmettre qu'il faudra effacer le tableau blanc et remettre les chaises en place avant 18 h, sinon ils facturent le ménage — et pour l'accès à la salle, la clé sera à l'accueil à partir de 8 h 30.

Bon week-end,
Josiane, pour l'association Les Amis du Berry""",
  frm="Josiane Moreau <assoc.amisduberry@orange.fr>"),

R("fr-neg-copie-facture", [],
  "Copie de facture pour ma mutuelle",
  """Bonjour,

Ma mutuelle rembourse une partie des séances de coaching à condition de fournir une facture acquittée (je ne savais même pas que c'était possible, c'est une amie qui me l'a dit) ; pourriez-vous m'envoyer une copie de celles de mars et d'avril ?

Merci,
Séverine Gros""",
  frm="Séverine Gros <severine.gros@free.fr>"),
# NEAR-LINE: copy of an invoice for reimbursement = ordinary admin, not access

R("fr-neg-export-agenda", [],
  "Export de l'agenda des ateliers",
  """Bonjour Sandra,

Est-ce que vous pourriez exporter l'agenda des ateliers du trimestre au format iCal ? J'ai essayé moi-même de le recopier dans mon Google Agenda mais j'ai fait des erreurs sur les dates, et comme je suis tête en l'air, j'aimerais qu'il se synchronise tout seul.

Merci !
Yannick""",
  frm="Yannick Roussel <yannick.roussel@gmail.com>"),

R("fr-neg-corriger-document", [],
  "Correction du support",
  """Bonjour Sandra,

En relisant le support du module 3 (que j'ai trouvé très clair, au passage), j'ai repéré deux coquilles page 12 et une référence erronée à Rosenberg — c'est 1999 et pas 1989 ; si vous voulez, je peux vous envoyer le PDF annoté pour que vous corrigiez le document avant la prochaine session.

Bonne soirée,
Bertrand""",
  frm="Bertrand Giraud <bertrand.giraud@gmail.com>",
  att=[("pdf", "support_module3_annote.pdf", "Support module 3 - annotations p.12")]),

R("fr-neg-s-opposer-conflit", [],
  "Question pour la séance de mardi",
  """Bonjour Sandra,

Je réfléchis à ce dont on a parlé la dernière fois : comment m'opposer à ma belle-mère sans que ça tourne au drame à chaque repas de famille, surtout quand elle décide de tout pour les enfants — est-ce qu'on pourrait travailler là-dessus mardi, avec l'exercice du « non » assertif ?

Merci,
Perrine""",
  frm="Perrine Lamy <perrine.lamy@gmail.com>"),

R("fr-neg-retirer-colis", [],
  "Colis pour vous",
  """Bonjour Madame Delomenie,

Le livreur a déposé chez moi hier un colis à votre nom (des livres, je crois, d'après l'étiquette de l'éditeur), car votre cabinet était fermé ; vous pouvez passer le retirer quand vous voulez, je suis là tous les jours après 17 h.

Cordialement,
Mme Guérin, votre voisine du 48""",
  frm="Colette Guérin <colette.guerin36@orange.fr>"),

R("fr-neg-consentement-theme-formation", [],
  "Formation consentement éclairé",
  """Bonjour Madame Delomenie,

Je suis infirmière coordinatrice dans un EHPAD et, même si notre budget formation est serré cette année, nous aimerions organiser une demi-journée sur le consentement éclairé des résidents et le respect de leur parole ; proposez-vous ce type d'intervention en intra, et à quel tarif ?

Cordialement,
Sophie Marais
EHPAD Les Glycines""",
  frm="Sophie Marais <s.marais@ehpad-lesglycines.fr>"),

R("fr-neg-rgpd-sujet-formation", [],
  "Module RGPD pour les indépendants",
  """Bonjour Sandra,

Vous qui êtes passée par là (vous nous aviez parlé de votre propre politique de confidentialité pendant l'atelier entrepreneuriat), accepteriez-vous d'animer un module sur le RGPD pour les praticiens bien-être de notre réseau ? Rien de très juridique : comment rédiger sa politique, comment répondre à une demande d'accès, combien de temps garder les fiches clients.

Au plaisir,
Lydie Chapuis, réseau Bien-Être Centre-Val de Loire""",
  frm="Lydie Chapuis <lydie@reseau-bienetre-cvl.fr>"),

R("fr-neg-mes-informations-inscription", [],
  "Inscription atelier du 21",
  """Bonjour,

Je souhaiterais m'inscrire à l'atelier « Lâcher prise » du 21 ; voici mes informations : Mathilde Colas, 06 77 12 34 90, mathilde.colas@gmail.com. Dites-moi s'il faut régler un acompte.

Merci,
Mathilde""",
  frm="Mathilde Colas <mathilde.colas@gmail.com>"),

R("fr-neg-annulation-stage", [],
  "Annulation de mon inscription",
  """Bonjour Sandra,

C'est avec regret — et après avoir tourné la question dans tous les sens pendant une semaine — que je dois annuler mon inscription au stage de juillet : mon père doit être opéré et je dois rester auprès de lui. Je comprends tout à fait que l'acompte ne soit pas remboursé si c'est la règle.

Avec toutes mes excuses,
Anne""",
  frm="Anne Delattre <anne.delattre@orange.fr>", headers={"X-Mailer": "Orange Messagerie"}),

R("fr-neg-mot-de-passe", [],
  "Impossible de me connecter",
  """Bonjour,

J'ai essayé trois fois de réinitialiser mon mot de passe pour accéder à mon espace de formation (le mail de réinitialisation arrive bien, mais le lien me renvoie sur une page d'erreur), et je commence à désespérer : pourriez-vous regarder ce qui se passe ou me renvoyer un accès ?

Merci,
Baptiste""",
  frm="Baptiste Hoarau <baptiste.hoarau@gmail.com>"),

R("fr-neg-fermer-compte-seul", [],
  "Fermeture de compte",
  """Bonjour, pouvez-vous fermer mon compte sur la plateforme de formation ? J'ai terminé le programme et je n'en aurai plus besoin. Merci ! Julie""",
  frm="Julie Besson <julie.besson@gmail.com>"),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative

R("fr-neg-question-droit-duree", [],
  "Durée de conservation ?",
  """Bonjour,

Par simple curiosité, et sans aucune intention de vous embêter (j'ai adoré le stage), combien de temps conservez-vous les questionnaires que nous avons remplis, et est-ce qu'on a le droit d'en demander une copie un jour si on en a besoin ?

Merci,
Gwenaëlle""",
  frm="Gwenaëlle Le Goff <gwen.legoff@gmail.com>"),

R("fr-neg-ai-je-le-droit", [],
  "Ai-je le droit ?",
  """Bonjour Sandra,

Ai-je le droit, en tant qu'ancienne participante, de demander qu'on retire mon témoignage du site si un jour je changeais d'avis, ou est-ce que l'autorisation que j'ai signée vaut pour toujours ? Je ne demande rien pour l'instant, hein, je me pose juste la question parce qu'une amie a eu un souci avec une autre praticienne.

Bisous,
Mélissa""",
  frm="Mélissa Carré <melissa.carre@gmail.com>"),

R("fr-neg-cnil-copie-plainte", [],
  "Copie de ma réclamation à la CNIL",
  """Madame,

Pour votre information, vous trouverez ci-joint la copie de la réclamation que j'ai déposée ce jour auprès de la CNIL, mes précédents courriers étant restés sans réponse satisfaisante à mes yeux.

Cordialement,
Frédéric Noël""",
  frm="Frédéric Noël <frederic.noel@gmail.com>",
  att=[("pdf", "plainte_CNIL_Noel.pdf", "Plainte CNIL - accuse de reception - Frederic Noel")]),
# NEAR-LINE: copy of a CNIL complaint -> negative per policy

R("fr-neg-mari-donnees-epouse-vivante", [],
  "Les données de ma femme",
  """Bonjour,

Ma femme a suivi un accompagnement avec vous l'an dernier et, comme elle n'a pas le temps de s'en occuper (elle travaille de nuit et dort le jour), je voudrais que vous m'envoyiez ce que vous avez dans son dossier et que vous le supprimiez ensuite.

Merci,
Stéphane Ollivier""",
  frm="Stéphane Ollivier <stephane.ollivier@gmail.com>"),
# NEAR-LINE: spouse asking about another living adult's data, no mandate -> negative

R("fr-neg-merci-au-dessus-demande-traitee", [],
  "Re: Suppression de vos données",
  """Merci beaucoup Sandra, c'est parfait, et merci d'avoir pris le temps de m'expliquer pour les factures — je comprends tout à fait qu'elles doivent rester.

Bonne continuation !
Corinne""",
  frm="Corinne Blin <corinne.blin@orange.fr>", reply=True,
  quote=dict(style="gmail", who=SANDRA_C,
             text="Bonjour Corinne,\nComme demandé, j'ai supprimé l'ensemble de vos données, à l'exception des factures que je dois conserver 10 ans.\nBelle journée,\nSandra\n\n> Bonjour, merci de supprimer toutes mes données. Corinne")),

R("fr-neg-consentement-donne", [],
  "Autorisation photo",
  """Bonjour Sandra,

Bien sûr, aucun souci pour les photos de l'atelier sur votre site et Facebook — je vous renvoie l'autorisation signée en pièce jointe, même si, entre nous, je ne suis pas très photogénique !

Bonne journée,
Valérie""",
  frm="Valérie Pinson <valerie.pinson@gmail.com>",
  att=[("pdf", "autorisation_image_Pinson.pdf", "Autorisation droit a l'image - Valerie Pinson - accord")]),

R("fr-neg-autoreply-absence", [],
  "Réponse automatique : Votre inscription",
  """Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus, sans accès à ma messagerie. Pour toute urgence, vous pouvez contacter le service formation au 02 54 03 11 00.

Cordialement,
Émilie Vasseur – Service RH""",
  frm="Émilie Vasseur <e.vasseur@groupe-berrichon.fr>",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreply-droits-rgpd", [],
  "Accusé de réception",
  """Bonjour,

Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données, que vous pouvez exercer à dpo@cabinet-comptable-indre.fr. Vous pouvez également retirer votre consentement à tout moment ou introduire une réclamation auprès de la CNIL.

Le cabinet Audit & Conseil Indre""",
  frm="Cabinet Audit & Conseil Indre <ne-pas-repondre@cabinet-comptable-indre.fr>",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

R("fr-neg-bounce-orange", [],
  "Non remis : Votre demande de suppression a été traitée",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

L'adresse nathalie.b@lapost.net est introuvable ou n'accepte pas le courrier.""",
  kind="bounce", to="sandra.delomenie@orange.fr", orig_to="nathalie.b@lapost.net",
  orig_subject="Votre demande de suppression a été traitée",
  frm="Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>"),

R("fr-neg-bounce-export", [],
  "Undelivered Mail Returned to Sender",
  """Ceci est le système de messagerie.

Votre message « Export de vos données » n'a pas pu être distribué : boîte du destinataire pleine (quota dépassé).""",
  kind="bounce", to="contact@floraisondesoi.fr", orig_to="g.lefort@yahoo.fr",
  orig_subject="Export de vos données",
  frm="MAILER-DAEMON <MAILER-DAEMON@mx1.ovh.net>"),

R("fr-neg-stripe-paiement", [],
  "Paiement reçu de Caroline Mallet",
  """Vous avez reçu un paiement de 180,00 € de Caroline Mallet (caroline.mallet@gmail.com).

Description : Stage de printemps – acompte
Identifiant du paiement : py_3Qf8Kz2eZvKYlo2C1xR4abcd

Consulter dans le Dashboard : https://dashboard.stripe.com/payments

Stripe, 10 boulevard Haussmann, 75009 Paris""",
  frm="Stripe <notifications@stripe.com>", html="alt", to="contact@floraisondesoi.fr",
  headers={"X-Mailer": "Stripe Mailer"}),

R("fr-neg-systemeio-nouvel-inscrit", [],
  "Nouvel inscrit dans votre tunnel « Ebook sommeil »",
  """Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre tunnel « Ebook sommeil » :
Email : rose.hubert@gmail.com
Tags : ebook-sommeil, prospect

Gérer vos contacts : https://systeme.io/dashboard/contacts

L'équipe Systeme.io""",
  frm="Systeme.io <no-reply@systeme.io>", html="only", to="contact@floraisondesoi.fr"),

R("fr-neg-systemeio-demande-suppression-notif", [],
  "Un contact a supprimé son compte",
  """Bonjour,

Le contact paul.ferry@gmail.com a supprimé son compte élève de votre école « Floraison Formation ». Ses données de progression ont été supprimées conformément à vos paramètres.

L'équipe Systeme.io""",
  frm="Systeme.io <no-reply@systeme.io>", html="alt", to="contact@floraisondesoi.fr"),
# NEAR-LINE: platform notification that a user deleted his account himself -> not a request to her

R("fr-neg-calendly-annulation", [],
  "Annulé : Séance découverte avec Pauline Meyer",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance découverte (30 min)
Invité : Pauline Meyer
Date : mardi 14 octobre 2025, 10:00 (heure de Paris)
Motif : « Désolée, empêchement professionnel, je reprendrai un créneau »

Calendly""",
  frm="Calendly <notifications@calendly.com>", html="alt", to="contact@floraisondesoi.fr"),

R("fr-neg-zoom-enregistrement", [],
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion « Cercle de parole – novembre » est maintenant disponible.
Durée : 01:32:10
Partager l'enregistrement : https://zoom.us/rec/share/...

Les enregistrements sont conservés 30 jours puis supprimés automatiquement.

Zoom""",
  frm="Zoom <no-reply@zoom.us>", html="only"),

R("fr-neg-qonto-releve", [],
  "Votre relevé de compte de mars est disponible",
  """Bonjour Sandra,

Votre relevé de compte Qonto du mois de mars 2026 est disponible dans votre espace. Pensez à rapprocher vos justificatifs avant la clôture comptable.

L'équipe Qonto""",
  frm="Qonto <no-reply@qonto.com>", html="alt", to="sandra.delomenie@orange.fr"),

R("fr-neg-urssaf-declaration", [],
  "Votre déclaration de chiffre d'affaires",
  """Madame DELOMENIE Sandra,

Nous vous rappelons que votre déclaration de chiffre d'affaires du 1er trimestre 2026 doit être effectuée avant le 30 avril sur autoentrepreneur.urssaf.fr.

Votre Urssaf""",
  frm="Urssaf <ne-pas-repondre@urssaf.fr>", html="only", to="sandra.delomenie@orange.fr"),

R("fr-neg-paypal-virement", [],
  "Vous avez reçu 95,00 EUR",
  """Bonjour Sandra Delomenie,

Thérèse Lacombe vous a envoyé 95,00 EUR.
Note : « Atelier mandala du 8 + merci pour tout »

PayPal""",
  frm="service@paypal.fr", html="alt", to="sandra.delomenie@orange.fr"),

R("fr-neg-brevo-dpa", [],
  "Mise à jour de notre accord de traitement des données (DPA)",
  """Chère cliente,

Nous mettons à jour notre accord de traitement des données (DPA) et notre liste de sous-traitants ultérieurs afin de refléter les évolutions de nos services. Ces modifications entreront en vigueur le 1er juin 2026. Aucune action n'est requise de votre part ; si vous vous opposez à l'ajout d'un sous-traitant, vous pouvez nous contacter dans un délai de 30 jours.

L'équipe Brevo""",
  frm="Brevo <legal@brevo.com>", html="alt", to="contact@floraisondesoi.fr",
  headers={"List-Unsubscribe": "<https://www.brevo.com/unsubscribe?u=abc>"}),

R("fr-neg-google-politique", [],
  "Modification des conditions d'utilisation de Google Workspace",
  """Nous vous informons que nous mettons à jour nos Conditions d'utilisation et notre Avenant relatif au traitement des données dans le cloud. Vous n'avez rien à faire ; en continuant à utiliser nos services, vous acceptez les conditions mises à jour.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  frm="Google Workspace <workspace-noreply@google.com>", html="only"),

R("fr-neg-spam-conformite", [],
  "URGENT : votre site n'est pas conforme au RGPD – amende jusqu'à 20 M€",
  """Madame, Monsieur,

Notre audit automatique a détecté que votre site floraisondesoi.fr présente 7 non-conformités au RGPD (bandeau cookies, registre des traitements, mentions légales). Les sanctions peuvent atteindre 20 millions d'euros. Mettez-vous en conformité en 48 h grâce à notre pack « RGPD Express » à 490 € HT.

Service Conformité – Cabinet Europe Data Protect
Pour ne plus recevoir nos messages, répondez STOP.""",
  frm="Europe Data Protect <conformite@europe-dataprotect.info>", html="alt"),

R("fr-neg-phishing-orange", [],
  "Votre boîte mail sera suspendue",
  """Cher(e) client(e),

Suite à une mise à jour de sécurité, votre compte Orange doit être vérifié sous 24 h, sinon l'accès à votre messagerie sera suspendu et vos données supprimées. Cliquez ici pour confirmer vos informations : http://orange-verif-compte.info/login

Service Client Orange""",
  frm="Orange Service <securite@orange-clients-support.com>", html="only", to="sandra.delomenie@orange.fr"),

R("fr-neg-her-sent-confirm-erasure", [],
  "Confirmation de la suppression de vos données",
  """Bonjour Madame Tessier,

Suite à votre demande du 3 février, je vous confirme que l'ensemble de vos données personnelles a été supprimé de mes fichiers et de la plateforme Systeme.io, à l'exception des factures que la loi m'impose de conserver dix ans.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun""",
  frm=SANDRA_C, to="Isabelle Tessier <isabelle.tessier@gmail.com>"),

R("fr-neg-her-sent-export", [],
  "Votre export de données",
  """Bonjour Romain,

Comme convenu, vous trouverez ci-joint l'export de vos réponses aux questionnaires et de votre progression, au format CSV. N'hésitez pas si le fichier ne s'ouvre pas correctement.

Belle journée,
Sandra""",
  frm=SANDRA_O, to="Romain Vidal <romain.vidal@gmail.com>",
  att=[("csv", "export_Romain_Vidal.csv", "module,date,score\nModule 1,2025-03-02,complet\nModule 2,2025-04-11,complet\n")]),

R("fr-neg-her-newsletter", [],
  "🌸 La lettre de Floraison – avril : se réconcilier avec le temps",
  """Bonjour à toutes et à tous,

Ce mois-ci, je voulais vous parler du temps — celui qu'on n'a jamais, celui qu'on perd, celui qu'on prend. Trois pistes pour l'apprivoiser, et les dates des prochains ateliers : le 12 avril « Lâcher prise », le 26 avril « Cercle de femmes ».

Avec douceur,
Sandra

Vous recevez cette lettre car vous êtes inscrit(e) à la newsletter Floraison de Soi. Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""",
  frm=SANDRA_C, to="contact@floraisondesoi.fr", html="alt",
  headers={"List-Id": "Lettre Floraison de Soi <newsletter.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>",
           "Precedence": "bulk"}),

R("fr-neg-question-portabilite-comment", [],
  "Comment fonctionne la portabilité ?",
  """Bonjour Sandra,

Dans le cadre de mon mémoire de formation (je fais un DU en éthique du soin), je m'intéresse à la façon dont les petits praticiens gèrent la portabilité des données : si un client vous la demandait, vous lui enverriez quoi, concrètement, et sous quel format ? Je ne vous demande rien pour moi, c'est une question de recherche.

Merci d'avance si vous avez cinq minutes,
Jérémie""",
  frm="Jérémie Poulain <jeremie.poulain@etu.univ-tours.fr>"),

R("fr-neg-raconte-ex-praticienne", [],
  "Ce que m'a fait mon ancienne naturopathe",
  """Sandra,

Je voulais vous raconter, parce que ça m'a fait réfléchir à la confiance : mon ancienne naturopathe, à qui j'avais demandé de supprimer mes données et de ne plus m'envoyer sa lettre, a continué pendant un an, et j'ai fini par saisir la CNIL — c'est pour ça que je suis si reconnaissante de la façon dont vous travaillez, vous.

À mardi,
Karima""",
  frm="Karima Benhamou <karima.benhamou@gmail.com>"),

R("fr-neg-jai-supprime-moi-meme", [],
  "Le groupe Facebook",
  """Bonjour Sandra,

J'ai supprimé moi-même mes anciennes publications du groupe Facebook (il y en avait une ou deux un peu trop personnelles, avec le recul), et je voulais juste vous prévenir pour que vous ne soyez pas surprise si des commentaires semblent répondre dans le vide.

Bises,
Amandine""",
  frm="Amandine Lebrun <amandine.lebrun@gmail.com>"),

R("fr-neg-consentement-sujet-atelier-ado", [],
  "Atelier ados sur le consentement",
  """Bonjour Madame Delomenie,

Le collège Jean-Mermoz souhaiterait vous inviter à animer un atelier sur le consentement et le respect du corps auprès des élèves de 4e ; même si les parents devront signer une autorisation (nous nous en chargerons), pourriez-vous nous faire une proposition pour le mois de mars ?

Cordialement,
Mme Ribeiro, CPE""",
  frm="CPE Collège Jean-Mermoz <cpe.mermoz@ac-orleans-tours.fr>"),

R("fr-neg-demande-acces-salle-pmr", [],
  "Accès à la salle pour fauteuil",
  """Bonjour,

Je suis en fauteuil depuis mon accident et, même si je sais que le cabinet est au rez-de-chaussée, je voulais savoir si l'accès se fait sans marche depuis la rue et s'il y a une place de stationnement à proximité avant de réserver ma première séance.

Merci,
Fabien Charrier""",
  frm="Fabien Charrier <fabien.charrier@gmail.com>"),

R("fr-neg-rectif-erreur-devis-elle", [],
  "Erreur sur le devis",
  """Bonjour Sandra,

Le devis que vous m'avez envoyé mentionne 10 séances alors que nous avions convenu de 8 (je crois que vous avez repris celui de ma collègue par erreur) ; pourriez-vous corriger le document pour que je le transmette à mon employeur ?

Merci,
Aline""",
  frm="Aline Texier <aline.texier@gmail.com>"),
# NEAR-LINE: correcting a quote (commercial document), not personal data -> negative

R("fr-neg-annulation-abonnement-replay", [],
  "Résiliation abonnement mensuel",
  """Bonjour,

Même si j'ai beaucoup apprécié les replays des cercles, je souhaite résilier mon abonnement mensuel à partir du mois prochain, mon budget ne me permettant plus de le garder ; pouvez-vous me confirmer que le prélèvement s'arrêtera bien ?

Merci,
Françoise""",
  frm="Françoise Dumont <francoise.dumont@orange.fr>"),

R("fr-neg-rh-info-salarie", [],
  "Présence de notre salarié",
  """Bonjour Madame Delomenie,

Pourriez-vous nous confirmer que M. Kévin Aubry, notre salarié, a bien assisté aux trois journées de formation des 4, 5 et 6 juin, et nous transmettre ses feuilles d'émargement signées pour notre dossier OPCO ?

Cordialement,
Service formation – Transports Duchemin""",
  frm="Formation Duchemin <formation@transports-duchemin.fr>", headers={"Cc": "Kévin Aubry <k.aubry@transports-duchemin.fr>", "X-Mailer": "Microsoft Outlook 16.0"}),
# NEAR-LINE: employer asking about employee's attendance (company paid) -> negative

R("fr-neg-question-si-deces", [],
  "Une question un peu étrange",
  """Bonjour Sandra,

Question un peu morbide, pardonnez-moi : si jamais il m'arrivait quelque chose, qu'est-ce qui se passerait pour mes notes de séance — est-ce que mes enfants pourraient y avoir accès ? Je ne vous demande rien de faire, je veux juste savoir comment ça marche avant de décider si je rédige quelque chose.

Merci,
Michèle""",
  frm="Michèle Sabatier <michele.sabatier@orange.fr>"),
# NEAR-LINE: question about how post-mortem works, no instruction given -> negative

R("fr-neg-merci-rectif-faite", [],
  "Re: Modification de votre adresse",
  """Super, merci ! Je n'avais pas vu que c'était déjà fait — j'avais même commencé à vous réécrire, c'est dire.

Hugo""",
  frm="Hugo Renard <hugo.renard@gmail.com>", reply=True,
  quote=dict(style="outlook", who=SANDRA_O, subject="Modification de votre adresse",
             text="Bonjour Hugo,\nVotre nouvelle adresse (5 rue Saint-Martin, Bourges) est bien enregistrée.\nSandra")),

R("fr-neg-avis-google", [],
  "Avis Google",
  """Bonjour Sandra,

J'ai enfin pris le temps de laisser un avis sur votre fiche Google (cinq étoiles, évidemment !) — je l'ai signé de mon prénom seulement, par discrétion, mais si vous voulez l'utiliser sur votre site, vous avez mon accord.

Bonne continuation,
Christine""",
  frm="Christine Vallet <christine.vallet@gmail.com>"),

R("fr-neg-collegue-question-rgpd", [],
  "Question RGPD entre consœurs",
  """Salut Sandra,

Une cliente me demande de lui envoyer « toutes ses données », et comme tu as déjà eu le cas l'an dernier, je me demandais comment tu avais fait : tu lui avais envoyé tes notes manuscrites scannées, ou juste un résumé ? Et tu avais exigé une pièce d'identité ?

Merci ma belle, on se voit au salon,
Agnès (sophrologue à Châteauroux)""",
  frm="Agnès Lucas <agnes.lucas.sophro@gmail.com>"),

R("fr-neg-mere-fille-majeure", [],
  "Pour ma fille Emma",
  """Bonjour Madame,

Ma fille Emma, qui a 24 ans, a suivi quelques séances avec vous cet été ; elle ne va pas bien en ce moment et je m'inquiète, alors je voulais savoir si vous pouviez me dire ce qui ressort de vos notes, ou au moins de quoi elle vous a parlé.

Merci de votre compréhension,
Brigitte Aubert""",
  frm="Brigitte Aubert <brigitte.aubert@orange.fr>"),
# NEAR-LINE: parent of an adult child asking for her notes -> another living adult's data, negative

R("fr-neg-telecharger-support", [],
  "Accès aux supports",
  """Bonjour,

Je n'arrive pas à accéder à mon espace pour télécharger les supports du module 4 (le bouton « accéder » tourne dans le vide), alors que les trois premiers fonctionnaient très bien ; est-ce un souci de mon côté ?

Merci,
Caroline""",
  frm="Caroline Meunier <caroline.meunier@gmail.com>"),

R("fr-neg-forward-rfc822-info", [],
  "TR: programme du salon",
  """Bonjour Sandra,

Je te transfère le message de l'organisatrice du salon, il y a les horaires de montage et la question sur le fichier des visiteurs (apparemment elles comptent le partager aux exposants, je te laisse voir si ça te pose un souci RGPD).

Bises,
Laure""",
  frm="Laure Chevallier <laure.chevallier@gmail.com>", kind="rfc822",
  inner=dict(frm="Salon Zen Issoudun <orga@salonzen-issoudun.fr>", subject="Salon Zen - infos exposants",
             body="Bonjour à tous les exposants,\nLe montage aura lieu le vendredi de 14h à 19h.\nLe fichier des visiteurs inscrits sera partagé aux exposants après le salon.\nL'équipe du Salon Zen")),

R("fr-neg-parrainage", [],
  "Parrainage",
  """Bonjour Sandra,

Une amie, Coralie, aimerait vous contacter pour un accompagnement ; je lui ai donné votre numéro, mais est-ce que je peux aussi vous donner le sien pour que vous la rappeliez, ou préférez-vous qu'elle fasse la démarche elle-même ?

Bisous,
Sandrine""",
  frm="Sandrine Vidal <sandrine.vidal@gmail.com>"),

R("fr-neg-opposition-hypothese-recit", [],
  "Le débat d'hier soir",
  """Bonjour Sandra,

Suite au débat d'hier soir au cercle, j'ai repensé à ce que disait Mireille : si jamais une entreprise utilisait nos réponses aux questionnaires pour faire du profilage, on pourrait s'y opposer, non ? J'ai cherché sur le site de la CNIL et il semble que oui, mais avec des conditions — je trouve ça passionnant, on pourrait en reparler la prochaine fois.

Belle journée,
Josiane""",
  frm="Josiane Richard <josiane.richard@orange.fr>"),

R("fr-neg-belge-question-attestation", [],
  "Attestation pour la mutuelle",
  """Bonjour Madame,

Ma mutuelle (je suis en Belgique, la procédure est un peu différente chez nous) demande une attestation de présence pour les séances de l'année passée ; pourriez-vous m'en envoyer une, s'il vous plaît ?

Bien à vous,
Geert Janssens""",
  frm="Geert Janssens <geert.janssens@telenet.be>"),

R("fr-neg-quebec-question-inscription", [],
  "Formation en ligne",
  """Bonjour,

Je suis au Québec et je me demandais si la formation en ligne est accessible avec le décalage horaire, pis si les replays restent disponibles longtemps ; je voudrais m'inscrire mais pas si je dois me lever à trois heures du matin.

Merci!
Mélanie Gagnon""",
  frm="Mélanie Gagnon <melanie.gagnon@videotron.ca>"),

R("fr-neg-suisse-devis", [],
  "Devis pour intervention",
  """Bonjour Madame Delomenie,

Notre fondation, basée à Genève, souhaiterait un devis pour une journée d'intervention sur la prévention du burn-out auprès de notre équipe de quinze personnes, frais de déplacement compris.

Avec mes meilleures salutations,
Corinne Favre""",
  frm="Corinne Favre <c.favre@fondation-horizon.ch>"),

R("fr-neg-sms-retard", [],
  "retard",
  """coucou jsuis dsl jvais avoir 10 min de retard, bouchon sur la rocade, commence sans moi si besoin

Envoyé de mon iPhone""",
  frm="Lola <lola.martins@icloud.com>"),

R("fr-neg-typos-question-tarif", [],
  "tarif",
  """bonjour

je voudrai savoir le tarif pour les seance individuel et si on peu payer en plusieur fois, mon amie ma parlé de vous elle a été tres contente

merci
Mme Rolland""",
  frm="Danielle Rolland <danielle.rolland@orange.fr>"),

R("fr-neg-cnil-question-comment", [],
  "CNIL",
  """Bonjour,

Est-ce que vous savez si on peut saisir la CNIL pour un site qui refuse de supprimer mon compte ? Je pose la question ici parce que vous nous en aviez parlé en formation, ça ne vous concerne pas du tout, c'est un site de vente en ligne.

Merci,
Didier""",
  frm="Didier Morvan <didier.morvan@gmail.com>"),

R("fr-neg-accepte-newsletter", [],
  "Inscription à la lettre",
  """Bonjour,

Après l'atelier de samedi (merci encore, j'en suis ressortie légère), je voudrais bien recevoir votre newsletter — j'ai essayé de m'inscrire moi-même sur le site mais je ne suis pas sûre que ça ait marché, je n'ai pas eu de mail de confirmation.

Bonne semaine,
Hélène""",
  frm="Hélène Barre <helene.barre@gmail.com>"),

R("fr-neg-rectif-dans-exercice", [],
  "Mon exercice d'écriture",
  """Bonjour Sandra,

Voici mon texte pour l'exercice « lettre à moi-même dans dix ans » ; j'ai dû le corriger plusieurs fois, effacer des paragraphes entiers, et je ne suis toujours pas satisfaite, mais je vous l'envoie quand même comme promis.

Bonne lecture,
Nathalie""",
  frm="Nathalie Gosselin <nathalie.gosselin@gmail.com>",
  att=[("docx", "lettre_a_moi_meme.docx", "Chère moi,\nDans dix ans, j'espère que tu auras appris à dire non.")]),

R("fr-neg-partage-csv-participants-elle", [],
  "Liste des participantes – stage de mai",
  """Bonjour à toutes,

Comme convenu ensemble lors du premier jour (et avec l'accord de chacune), voici la liste des participantes avec les numéros de téléphone, pour organiser le covoiturage ; si l'une d'entre vous ne souhaite finalement pas y figurer, dites-le-moi.

Sandra""",
  frm=SANDRA_C, to="stage-mai@floraisondesoi.fr",
  att=[("csv", "participantes_stage_mai.csv", "prenom,ville,telephone\nCamille,Issoudun,06xxxxxxxx\nMarie,Vierzon,07xxxxxxxx\n")]),

R("fr-neg-salon-exposant-question-donnees", [],
  "Fichier visiteurs",
  """Bonjour Sandra,

En tant qu'exposante au salon, vous aurez accès au fichier des visiteurs qui ont coché la case « partenaires » ; nous vous rappelons que vous ne pouvez l'utiliser que pour une seule prise de contact et que toute personne qui s'y oppose doit être retirée immédiatement.

L'équipe du Salon Zen""",
  frm="Salon Zen Issoudun <orga@salonzen-issoudun.fr>"),

R("fr-neg-apple-reply-merci-seance", [],
  "Re: Compte rendu de notre séance",
  """Merci Sandra pour ce compte rendu, il me fait du bien à relire. Je vais garder précieusement la phrase sur « l'élan avant la peur ».

À dans quinze jours,
Juliette

Envoyé de mon iPad""",
  frm="Juliette Marchand <juliette.marchand@icloud.com>", reply=True,
  quote=dict(style="apple", who=SANDRA_C,
             text="Bonjour Juliette,\nVoici le compte rendu de notre séance de mardi.\nSandra")),

R("fr-neg-supprimer-doublon-inscription", [],
  "Double inscription",
  """Bonjour,

Je crois que je me suis inscrite deux fois à l'atelier du 14 (une fois avec mon adresse pro, une fois avec la perso — pas réveillée ce matin-là), pouvez-vous supprimer l'une des deux inscriptions pour ne pas bloquer une place ?

Merci,
Laurence""",
  frm="Laurence Brunet <laurence.brunet@gmail.com>"),
# NEAR-LINE: deleting a duplicate booking = cancel a booking -> negative

R("fr-neg-oubli-droit-image-enfant-hypo", [],
  "Photos de la fête de fin d'année",
  """Bonjour Sandra,

J'ai vu les photos de la fête des ados sur Facebook, elles sont superbes ! Si jamais des parents n'étaient pas d'accord, je suppose que vous les retireriez ? Je demande parce que, dans l'école de mon fils, il y a eu toute une histoire à ce sujet et la directrice a dû tout enlever. Nous, ça nous va très bien.

Bonne soirée,
Sonia""",
  frm="Sonia Perrin <sonia.perrin@gmail.com>"),

R("fr-neg-notif-facebook-groupe", [],
  "Nouvelle demande d'adhésion au groupe Floraison – les anciennes",
  """Marie Dubois a demandé à rejoindre votre groupe « Floraison – les anciennes ».
Répondre aux questions d'adhésion : 1/1
Approuver ou refuser : https://www.facebook.com/groups/

Facebook""",
  frm="Facebook <groupupdates@facebookmail.com>", html="only"),

R("fr-neg-ancien-nom-story", [],
  "Nouvelles !",
  """Coucou Sandra,

Devine quoi : je me suis mariée en juin ! J'ai gardé mon nom de jeune fille pour le travail (trop de démarches, et puis j'y tiens), mais sur Facebook je m'appelle maintenant Laura Bellanger-Roche, ne sois pas surprise.

Gros bisous,
Laura""",
  frm="Laura Bellanger <laura.bellanger@gmail.com>"),
# NEAR-LINE: name change told as news, no request to update her records -> negative

R("fr-neg-hr-facture-entreprise", [],
  "Facture formation intra",
  """Bonjour,

Notre service comptable me demande la facture de la formation intra du 12 mars au nom de la société, avec notre numéro de TVA intracommunautaire (FR 45 812 345 678) ; le bon de commande est en pièce jointe.

Cordialement,
Julien Caron – Achats""",
  frm="Julien Caron <achats@metallerie-berry.fr>",
  att=[("pdf", "bon_de_commande_4512.pdf", "Bon de commande 4512 - Formation intra - Metallerie du Berry")]),

R("fr-neg-phishing-facture", [],
  "Facture impayée n°FA-2026-0381",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci de régulariser sous 48 heures via le lien sécurisé : http://paiement-facture-secure.com/fa20260381

Service recouvrement""",
  frm="Comptabilite <compta@facturation-services-pro.net>", html="only"),

R("fr-neg-her-sent-reponse-question", [],
  "Re: Durée de conservation ?",
  """Bonjour Gwenaëlle,

Merci pour votre question ! Les questionnaires de satisfaction sont conservés trois ans, et vous pouvez à tout moment m'en demander une copie, les faire corriger ou supprimer — il suffit de m'écrire.

Belle journée,
Sandra""",
  frm=SANDRA_C, to="Gwenaëlle Le Goff <gwen.legoff@gmail.com>", reply=True,
  quote=dict(style="gmail", who="Gwenaëlle Le Goff <gwen.legoff@gmail.com>",
             text="Combien de temps conservez-vous les questionnaires ?")),

R("fr-neg-invitation-retirer-inscription-autre", [],
  "Ma collègue",
  """Bonjour,

Ma collègue Nadine, qui était inscrite au même stage que moi, me demande de vous dire qu'elle ne viendra pas (elle n'a plus accès à ses mails pro) ; est-ce que vous pourriez la retirer de la liste des participants et ne plus lui envoyer les infos du stage ?

Merci,
Agnès""",
  frm="Agnès Poirier <agnes.poirier@gmail.com>"),
# NEAR-LINE: colleague cancels another adult's booking -> cancellation, negative

R("fr-neg-longue-recit-opposition-employeur", [],
  "Après la formation",
  """Bonjour Sandra,

Je voulais vous faire un retour sur l'après-formation : j'ai enfin osé m'opposer à mon chef quand il a voulu faire tourner nos plannings sans nous consulter, et, même si ça s'est terminé par une réunion un peu tendue avec les RH (qui voulaient « accéder à nos échanges internes », rien que ça), je suis fière de moi.

Merci pour tout ce que vous m'avez appris,
Samia""",
  frm="Samia Khelifi <samia.khelifi@gmail.com>", html="alt"),

R("fr-neg-apres-mort-animal", [],
  "Mon chien",
  """Sandra,

Je ne pourrai pas venir jeudi, mon chien Filou est mort hier, il avait quinze ans ; je suis effondrée et je préfère décaler notre séance à la semaine prochaine si c'est possible.

Bien à vous,
Ghislaine""",
  frm="Ghislaine Roux <ghislaine.roux@orange.fr>"),

R("fr-neg-condoleances-recu", [],
  "Merci pour votre message",
  """Chère Sandra,

Merci pour votre petit mot après le décès de maman, il m'a beaucoup touchée ; elle aimait tant vos cercles. Je reviendrai sûrement vers vous quand je me sentirai prête.

Bien à vous,
Odile""",
  frm="Odile Marchetti <odile.marchetti@gmail.com>"),
# NEAR-LINE: relative after a death but asks nothing -> negative

R("fr-neg-qp-html-atelier-info", [],
  "Infos pratiques atelier",
  """Bonjour,

Faut-il apporter un tapis de sol et une couverture pour l'atelier relaxation, ou est-ce fourni ? Et y a-t-il un code pour accéder au bâtiment le soir ?

Merci,
Frédérique""",
  frm="Frédérique Langlois <frederique.langlois@free.fr>", html="only", cte="quoted-printable"),

R("fr-neg-opco-notif", [],
  "Dossier de prise en charge n° 2026-14587 accepté",
  """Madame,

Nous vous informons que la demande de prise en charge n° 2026-14587 relative à la formation « Communication bienveillante » a été acceptée. Les pièces justificatives (feuilles d'émargement, attestation) devront être déposées sur votre espace à l'issue de la session.

OPCO EP""",
  frm="OPCO EP <ne-pas-repondre@opcoep.fr>", html="alt"),

R("fr-neg-linkedin-notif", [],
  "Vous apparaissez dans 12 recherches cette semaine",
  """Sandra, vous êtes apparue dans 12 recherches cette semaine. Découvrez qui consulte votre profil avec Premium.

LinkedIn Ireland Unlimited Company""",
  frm="LinkedIn <notifications-noreply@linkedin.com>", html="only"),

R("fr-neg-auto-reply-conges-cabinet", [],
  "Absence du cabinet",
  """Bonjour,

Le cabinet est fermé du 4 au 18 août. Votre message sera traité à mon retour. Pour toute urgence, contactez votre médecin traitant ou le 15.

Dr Anne Faure, psychiatre""",
  frm="Dr Anne Faure <cabinet.drfaure@gmail.com>",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-mineur-question-inscription", [],
  "Atelier pour mon fils",
  """Bonjour,

Mon fils de 12 ans est très anxieux avant les contrôles, et même si je ne sais pas s'il acceptera de venir (il est assez réservé), j'aimerais avoir des informations sur vos ateliers pour les jeunes : âge, horaires, et si les parents peuvent assister à la première séance.

Cordialement,
Cédric Bailly""",
  frm="Cédric Bailly <cedric.bailly@gmail.com>"),

R("fr-neg-restriction-mot-sens-autre", [],
  "Restrictions alimentaires pour le stage",
  """Bonjour Sandra,

Pour le repas partagé du stage, je dois vous signaler mes restrictions : pas de gluten, pas de lactose (ce n'est pas un caprice, malheureusement), donc j'apporterai mon propre plat si ça ne pose pas de problème d'organisation.

Merci,
Élodie""",
  frm="Élodie Faure <elodie.faure@gmail.com>"),

R("fr-neg-acces-replay", [],
  "Accès au replay",
  """Bonjour,

Je n'ai pas pu assister au webinaire de jeudi en direct (réunion de dernière minute, comme toujours), est-ce que je pourrais avoir accès au replay ? J'ai bien payé ma place.

Merci beaucoup,
Carine""",
  frm="Carine Lopez <carine.lopez@gmail.com>"),

R("fr-neg-fwd-article-rgpd", [],
  "TR: article intéressant",
  """Sandra, je pense que ça peut t'intéresser pour ta pratique, notamment le passage sur la durée de conservation des données de santé.

Bises
Martine""",
  frm="Martine Roger <martine.roger@gmail.com>",
  quote=dict(style="fwd", who="La Lettre des Praticiens <lettre@praticiens-infos.fr>",
             subject="RGPD : ce que les thérapeutes doivent savoir",
             text="RGPD : ce que les thérapeutes doivent savoir\nUn patient peut demander l'accès à son dossier, sa rectification ou son effacement.\nLes données de santé ne doivent pas être conservées au-delà du nécessaire...")),
]
