"""French-language negatives (rights = []): hard negatives, notifications, her own mail."""
from common import R, Q, SANDRA, SANDRA_ORANGE, FLORAISON, NEWSLETTER_FR


RECORDS = [

# ------------------------------------------------------------------ trigger words, ordinary business
R("fr-neg-supprimer-creneau", "fr", [],
  "Aline Dufour <aline.dufour@gmail.com>",
  "Créneau de jeudi",
  """Bonjour Sandra,

Pouvez-vous supprimer mon créneau de jeudi 14h ? J'ai un rendez-vous médical que je ne
peux pas décaler. Je reprends un créneau la semaine suivante via Calendly.

Merci et désolée,
Aline"""),

R("fr-neg-effacer-croyances", "fr", [],
  "Sandrine Moulin <sandrine.moulin@orange.fr>",
  "Merci pour samedi !",
  """Coucou Sandra,

Juste un petit mot pour te dire que l'exercice où il fallait écrire ses croyances
limitantes au tableau puis les effacer une par une m'a bouleversée (dans le bon sens).
Depuis, j'ai effacé de ma tête le fameux "je ne suis pas assez bien" 😊

Vivement le prochain atelier,
Sandrine"""),

R("fr-neg-donnees-exercice", "fr", [],
  "Vincent Lebrun <vincent.lebrun@gmail.com>",
  "Roue de la vie",
  """Bonjour Sandra,

J'ai rempli la roue de la vie comme convenu. Pour les données de l'exercice (mes notes
de 1 à 10 par domaine), je les reporte dans le tableau du classeur ou je vous les envoie
avant la séance ?

Merci,
Vincent"""),

R("fr-neg-acces-salle", "fr", [],
  "Joëlle Rivière <joelle.riviere@laposte.net>",
  "Accès à la salle samedi",
  """Bonjour,

Comment accède-t-on à la salle pour l'atelier de samedi ? Il y a un code à la porte ?
Et est-ce qu'on peut se garer à côté ?

Merci,
Joëlle"""),

R("fr-neg-copie-facture", "fr", [],
  "Gisèle Marty <gisele.marty@wanadoo.fr>",
  "facture",
  """Bonjour Sandra,

Pourriez-vous m'envoyer une copie de ma facture de mars ? Ma mutuelle la demande pour
le remboursement des séances. Je ne la retrouve plus.

Merci beaucoup
Gisèle"""),

R("fr-neg-export-agenda", "fr", [],
  "Rémi Chauvet <remi.chauvet@free.fr>",
  "Dates des ateliers",
  """Bonjour,

Est-ce que vous pourriez exporter les dates des ateliers du trimestre en fichier ics ?
Ce serait plus simple pour les ajouter dans mon agenda Google d'un coup.

Bonne journée,
Rémi"""),

R("fr-neg-modifier-horaire", "fr", [],
  "Pauline Girard <pauline.girard@gmail.com>",
  "Séance de mardi",
  """Bonjour Sandra, est-ce qu'on peut modifier l'horaire de notre séance de mardi ? 18h
au lieu de 17h si c'est possible pour toi. Merci !

Pauline"""),

# NEAR-LINE: asks to fix a date printed on a training certificate (a document), not her personal data -> negative
R("fr-neg-corriger-attestation", "fr", [],
  "Fatou Diallo <fatou.diallo@gmail.com>",
  "Attestation de formation",
  """Bonjour Madame Delomenie,

Sur l'attestation de fin de formation que vous m'avez envoyée, les dates indiquées sont
"du 3 au 5 mars" alors que la formation a eu lieu du 10 au 12 mars. Pouvez-vous
corriger le document et me le renvoyer ? France Travail me le demande.

Cordialement,
Fatou Diallo"""),

R("fr-neg-mari-oppose", "fr", [],
  "Céline Arnoux <celine.arnoux@hotmail.fr>",
  "avant notre séance",
  """Bonjour Sandra,

Je préfère vous écrire avant jeudi car c'est difficile à dire à voix haute. Mon mari
s'oppose à ce que je fasse la formation de praticienne, il dit que c'est de l'argent
jeté par les fenêtres. Je me sens complètement bloquée. Est-ce qu'on pourrait travailler
là-dessus en séance ?

Céline"""),

R("fr-neg-retirer-candidature", "fr", [],
  "Bastien Lemaire <bastien.lemaire@gmail.com>",
  "Formation de septembre",
  """Bonjour,

Je dois malheureusement retirer ma candidature pour la formation de septembre : mon
employeur a refusé le financement. Je reviendrai vers vous pour la session de printemps.

Bien cordialement,
Bastien Lemaire"""),

R("fr-neg-article-consentement", "fr", [],
  "Mathilde Rey <mathilde.rey@gmail.com>",
  "Votre article",
  """Bonjour Sandra,

J'ai lu votre article de blog sur le consentement dans le couple et la difficulté à
dire non. C'est tellement juste. Je l'ai partagé à ma sœur. Continuez !

Mathilde"""),

R("fr-neg-module-rgpd", "fr", [],
  "Association Sophro Berry <contact@sophroberry.fr>",
  "Formation thérapeutes",
  """Bonjour Madame Delomenie,

Notre association regroupe une vingtaine de praticiens du bien-être dans le Cher et
l'Indre. Votre formation "Lancer son activité d'accompagnement" inclut-elle un module
sur le RGPD et la gestion des données des clients ? C'est une question qui revient
beaucoup chez nos adhérents.

Bien cordialement,
Florence, secrétaire de l'association"""),

R("fr-neg-annuler-atelier", "fr", [],
  "Ginette Fournier <ginette.fournier@orange.fr>",
  "atelier du 14",
  """Bonjour Madame

Je dois annuler ma participation à l'atelier du 14, ma petite fille se marie ce
week-end là, je m'étais trompée de date. Pouvez vous me rembourser ou me garder la place
pour le suivant.

Merci
Ginette Fournier""",
  quote=Q("outlook_fr", SANDRA, "Rappel : atelier du 14", "Bonjour à toutes et à tous,\n\nPetit rappel : l'atelier \"Reprendre son souffle\" a lieu le 14 de 9h30 à 12h30.\n\nÀ bientôt,\nSandra", to="ginette.fournier@orange.fr")),

R("fr-neg-resilier-abonnement", "fr", [],
  "Ludovic Marchal <ludovic.marchal@sfr.fr>",
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme "Cercle Floraison" à compter
du mois prochain. Merci de ne plus prélever ma carte.

Cordialement,
Ludovic Marchal"""),

R("fr-neg-retractation", "fr", [],
  "Amandine Petit <amandine.petit@gmail.com>",
  "Rétractation - formation en ligne",
  """Bonjour,

J'ai acheté hier la formation en ligne "Oser sa reconversion" mais je me rends compte
que ce n'est pas le bon moment. J'exerce mon droit de rétractation de 14 jours, je n'ai
pas commencé les modules.

Merci de procéder au remboursement.
Amandine Petit"""),

R("fr-neg-mot-de-passe", "fr", [],
  "Josette Carré <josette.carre@orange.fr>",
  "je n'arrive pas à me connecter",
  """Bonjour Sandra,

je n'arrive pas à me connecter à mon espace sur systeme.io, il me dit mot de passe
incorrect. J'ai cliqué sur mot de passe oublié mais je ne reçois rien. Pouvez vous
m'aider ? Je suis nulle avec tout ça.

Josette""",
  att=[("png", "Capture d’écran 2025-10-02 à 09.14.32.png", "capture ecran mot de passe incorrect")],
  quote=Q("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "Vos accès à la formation", "Bonjour Josette,\n\nVoici vos accès à l'espace formation :\nIdentifiant : votre adresse e-mail\nLien : https://floraisondesoi.systeme.io/login\n\nBelle formation !\nSandra")),

R("fr-neg-acceder-espace", "fr", [],
  "Yasmine Haddad <yasmine.hdd@gmail.com>",
  "accès",
  """slt, comment jaccede a mon espace formation? jai acheté le cours hier soir mais jai rien recu"""),

# NEAR-LINE: "fermer mon compte" without mentioning data -> negative
R("fr-neg-fermer-compte", "fr", [],
  "Bruno Lacombe <bruno.lacombe@free.fr>",
  "Compte",
  """Bonjour,

Pouvez-vous fermer mon compte sur la plateforme de cours ? Je ne l'utilise plus.

Bruno"""),

# NEAR-LINE: a question about how erasure works, not a request to erase -> negative
R("fr-neg-question-suppression-videos", "fr", [],
  "Héloïse Bernier <heloise.bernier@gmail.com>",
  "Question",
  """Bonjour Sandra,

Simple question par curiosité : si un jour je demandais la suppression de mes données,
est-ce que je perdrais l'accès aux vidéos du cours que j'ai achetées ? Je ne compte pas
le faire, c'est juste pour savoir comment ça marche.

Merci !
Héloïse"""),

R("fr-neg-question-etudiant", "fr", [],
  "Adrien Faure <adrien.faure@etu.univ-tours.fr>",
  "Question pour un dossier universitaire",
  """Bonjour Madame,

Je suis étudiant en master de droit du numérique et je prépare un dossier sur le RGPD
chez les indépendants. Combien de temps gardez-vous en général les données de vos
clients, et comment répondez-vous quand quelqu'un exerce son droit d'accès ?

Merci beaucoup pour votre aide,
Adrien Faure"""),

R("fr-neg-cnil-copie-plainte", "fr", [],
  "Roland Texier <roland.texier@orange.fr>",
  "Copie de ma plainte CNIL",
  """Madame,

Pour votre information, voici la copie de la plainte que j'ai déposée ce jour auprès de
la CNIL.

------
Plainte n° 25-118734
Objet : absence de réponse à une demande d'accès
Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun
Description : Le 12 février j'ai demandé à cet organisme la communication de mes
données personnelles. Aucune réponse ne m'a été apportée dans le délai d'un mois.
------

R. Texier"""),

R("fr-neg-cnil-cc", "fr", [],
  "Valentin Leroy <valentin.leroy@gmail.com>",
  "Saisine de la CNIL",
  """Madame,

Je vous informe que j'ai saisi la CNIL ce jour concernant l'envoi de SMS publicitaires
non sollicités. Vous trouverez en pièce jointe le récapitulatif de ma plainte.

Valentin Leroy""",
  att=[("pdf", "recapitulatif_plainte_CNIL.pdf", "CNIL - recapitulatif de plainte - Valentin Leroy - SMS publicitaires")]),

R("fr-neg-mari-notes-femme", "fr", [],
  "Patrick Noël <patrick.noel@wanadoo.fr>",
  "Ma femme",
  """Madame,

Ma femme, Christine Noël, a suivi des séances avec vous cet hiver. Depuis elle a
beaucoup changé et elle parle de divorce. Je voudrais savoir ce qu'elle vous a raconté,
pouvez-vous m'envoyer ses notes de séance ? Je pense avoir le droit de savoir.

Patrick Noël"""),

# NEAR-LINE: colleague asks deletion for another living adult -> negative
R("fr-neg-collegue-supprimer", "fr", [],
  "Martine Gallet <martine.gallet@orange.fr>",
  "pour ma collègue",
  """Bonjour,

Ma collègue Mme Bernadette Fouquet n'a pas internet chez elle. Elle voudrait que vous
supprimiez ses données et qu'on ne la contacte plus. Je vous écris de sa part.

Martine Gallet"""),

R("fr-neg-mere-fils-bilan", "fr", [],
  "Dominique Langlois <dominique.langlois@sfr.fr>",
  "Bilan de mon fils",
  """Bonjour Madame,

Mon fils Kevin (32 ans) a fait un bilan de compétences chez vous en début d'année. Il ne
me dit rien. Pourriez-vous m'envoyer les résultats ? Je m'inquiète pour son avenir.

Dominique Langlois"""),

# NEAR-LINE: thank-you above a quoted, already-handled erasure request -> negative (only new text counts)
R("fr-neg-merci-suppression-faite", "fr", [],
  "Véronique Pasquier <vero.pasquier@gmail.com>",
  "Re: Mes données",
  """Merci beaucoup Sandra, c'est parfait. Bonne continuation à vous !

Véronique""",
  quote=Q("gmail_fr", SANDRA, "Re: Mes données",
          """Bonjour Véronique,

C'est fait : j'ai supprimé votre fiche, vos échanges et votre contact de la newsletter.
Seules les factures sont conservées pour la durée légale (10 ans).

Belle continuation,
Sandra

Le lun. 3 mars 2025 à 10:02, Véronique Pasquier <vero.pasquier@gmail.com> a écrit :
> Bonjour Sandra,
> Pourriez-vous supprimer mes données s'il vous plaît ?""")),

R("fr-neg-merci-fichier-recu", "fr", [],
  "Lou <lou.bzh22@gmail.com>",
  "Re: coucou",
  """ok bien recu le fichier merci !! 😘""",
  quote=Q("apple_fr", SANDRA, "Re: coucou",
          """Coucou Lou,

Voici en pièce jointe l'ensemble des données que j'ai te concernant (fiche, notes de
séances, questionnaires).

Bises,
Sandra

> slt sandra c possible davoir tt ce ke ta sur moi ds ton fichier?""")),

R("fr-neg-consentement-temoignage", "fr", [],
  "Agathe Millet <agathe.millet@gmail.com>",
  "Re: Votre témoignage",
  """Bonjour Sandra,

Oui bien sûr, vous pouvez utiliser mon témoignage et ma photo sur votre site, avec mon
prénom seulement (pas le nom de famille).

Avec plaisir,
Agathe""",
  quote=Q("gmail_fr", SANDRA, "Votre témoignage",
          """Bonjour Agathe,

Accepteriez-vous que je publie votre joli retour sur mon site, avec une photo de vous ?

Sandra""")),

R("fr-neg-inscription-newsletter", "fr", [],
  "Lucienne Besson <lucienne.besson@orange.fr>",
  "newsletter",
  """Bonjour, je veux bien m'inscrire à votre lettre d'information, une amie m'en a parlé.
Mon adresse est celle-ci. Merci. Lucienne Besson"""),

# ------------------------------------------------------------------ auto-replies and bounces
R("fr-neg-autoreply-absence", "fr", [],
  "Catherine Morin <catherine.morin@ac-orleans-tours.fr>",
  "Réponse automatique : Le printemps de Floraison de Soi 🌸",
  """Bonjour,

Je suis absente jusqu'au 22 avril inclus, sans accès à ma messagerie. Pour toute urgence,
merci de contacter le secrétariat au 02 54 21 00 00.

Cordialement,
Catherine Morin""",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
       "X-Mailer": "Microsoft Exchange Server"}),

R("fr-neg-autoreply-xautoreply", "fr", [],
  "Jean-Pierre Vallet <jp.vallet@free.fr>",
  "Absence",
  """Je suis en congés jusqu'au 2 septembre. Je lirai votre message à mon retour.
JP Vallet""",
  hdr={"X-Autoreply": "yes", "Precedence": "auto_reply", "Auto-Submitted": "auto-replied"}),

R("fr-neg-bounce-orange", "fr", [],
  "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Non remis : Rappel - atelier Oser dire non",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<raymond.guerin@orange.fr> : boîte aux lettres inexistante.

Ceci est un message automatique, merci de ne pas y répondre.""",
  to=SANDRA_ORANGE,
  shape="report", no_mailer=True,
  hdr={"Auto-Submitted": "auto-replied"},
  report=dict(mta="smtp.orange.fr", orig_to="raymond.guerin@orange.fr", status="5.1.1",
              diag="550 5.1.1 <raymond.guerin@orange.fr>: Recipient address rejected: User unknown",
              orig_from=SANDRA_ORANGE, orig_subj="Rappel - atelier Oser dire non",
              orig_text="Bonjour Raymond,\n\nPetit rappel : l'atelier a lieu samedi à 9h30.\n\nSandra")),

R("fr-neg-bounce-newsletter-quota", "fr", [],
  "Mail Delivery Subsystem <mailer-daemon@systeme.io>",
  "Échec de remise : Le printemps de Floraison de Soi",
  """Le message suivant n'a pas pu être remis au destinataire :

    paulette.renaud@wanadoo.fr
    Boîte aux lettres pleine (quota dépassé)

Le serveur a renoncé après plusieurs tentatives.""",
  shape="report", no_mailer=True,
  report=dict(mta="mail3.systeme.io", orig_to="paulette.renaud@wanadoo.fr", status="4.2.2",
              diag="452 4.2.2 Mailbox full", orig_from=FLORAISON,
              orig_subj="Le printemps de Floraison de Soi", orig_text=NEWSLETTER_FR)),

# ------------------------------------------------------------------ platforms / notifications
R("fr-neg-systemeio-vente", "fr", [],
  "Systeme.io <no-reply@systeme.io>",
  "🎉 Nouvelle vente : Apprivoiser ses émotions",
  """Félicitations !

Vous venez de réaliser une vente.

Produit : Apprivoiser ses émotions (cours en ligne)
Montant : 97,00 €
Client : c***@gmail.com

Consultez le détail dans votre tableau de bord : https://systeme.io/dashboard/sales

L'équipe Systeme.io""",
  shape="alt", no_mailer=True,
  hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

R("fr-neg-stripe-paiement", "fr", [],
  "Stripe <notifications@stripe.com>",
  "Paiement de 180,00 € reçu de Nathalie Gervais",
  """Floraison de Soi

Vous avez reçu un paiement de 180,00 €.

Client : nath.gervais36@orange.fr
Description : Pack 3 séances de coaching
Moyen de paiement : Visa •••• 4242

Afficher le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Vous recevez cet e-mail parce que les notifications de paiement sont activées pour votre
compte. Gérer vos préférences : https://dashboard.stripe.com/settings/user""",
  shape="alt_qp", no_mailer=True,
  hdr={"Auto-Submitted": "auto-generated", "X-Stripe-Notification": "charge.succeeded"}),

R("fr-neg-qonto-virement", "fr", [],
  "Qonto <noreply@qonto.com>",
  "Virement entrant de 450,00 €",
  """Bonjour Sandra,

Un virement de 450,00 € a été crédité sur votre compte Floraison de Soi.

Émetteur : ASSOC SOPHRO BERRY
Libellé : Formation groupe juin

Pensez à ajouter le justificatif dans l'application.

L'équipe Qonto""",
  shape="html", no_mailer=True,
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-urssaf", "fr", [],
  "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est disponible",
  """Madame DELOMENIE SANDRA,

Votre déclaration de chiffre d'affaires du trimestre est à effectuer avant la fin du mois
sur autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement. Merci de ne pas y répondre.

Votre Urssaf""",
  no_mailer=True, hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

R("fr-neg-google-drive-partage", "fr", [],
  "Agnès Pellerin (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : \"Mes objectifs 2026 - Agnès\"",
  """Agnès Pellerin (agnes.pellerin@free.fr) a partagé un document avec vous

Mes objectifs 2026 - Agnès
"Voilà mon document, tu peux y mettre tes commentaires avant la séance !"

Ouvrir : https://docs.google.com/document/d/1xYz/edit

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car agnes.pellerin@free.fr a partagé un document avec vous.""",
  shape="alt", no_mailer=True,
  reply_to="Agnès Pellerin <agnes.pellerin@free.fr>",
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-brevo-newsletter", "fr", [],
  "Brevo <newsletter@brevo.com>",
  "5 idées pour relancer vos contacts inactifs",
  """Bonjour Sandra,

Vos contacts inactifs ne sont pas perdus ! Découvrez nos 5 idées de campagnes de
réengagement, avec des modèles prêts à l'emploi.

Lire l'article : https://www.brevo.com/fr/blog/reengagement/

Vous recevez cet e-mail car vous êtes inscrit(e) aux actualités Brevo.
Se désinscrire | Gérer mes préférences
Brevo, 106 boulevard Haussmann, 75008 Paris""",
  shape="html", no_mailer=True,
  hdr={"List-Unsubscribe": "<https://r.brevo.com/unsub/8f3a2>, <mailto:unsub-8f3a2@brevo.com>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
       "List-Id": "Brevo actualites FR <news.brevo.com>", "Precedence": "bulk"}),

R("fr-neg-paypal", "fr", [],
  "service@paypal.fr <service@paypal.fr>",
  "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,

Marie-Ève Tremblay vous a envoyé 120,00 EUR.

Note de Marie-Ève : "Pour la séance de mars, merci!!"

Détails de la transaction : https://www.paypal.com/activity

PayPal (Europe) S.à r.l. et Cie, S.C.A.""",
  shape="alt_b64", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-systemeio-desabonnement", "fr", [],
  "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné",
  """Bonjour,

Le contact g***.blanchard@orange.fr s'est désabonné de votre liste "Newsletter
Floraison". Il ne recevra plus vos campagnes.

L'équipe Systeme.io""",
  no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

# ------------------------------------------------------------------ her own sent mail
R("fr-neg-sent-confirmation-atelier", "fr", [],
  SANDRA,
  "Confirmation - atelier \"Oser dire non\" samedi",
  """Bonjour Joëlle,

Je vous confirme votre inscription à l'atelier "Oser dire non" samedi de 9h30 à 12h30,
salle des Augustins à Issoudun. Code de la porte : 2718.

Pensez à apporter de quoi écrire. Si vous devez annuler, prévenez-moi 48h avant.

À samedi !
Sandra Delomenie
Floraison de Soi - Coaching & formation
06 12 34 56 78""",
  to="Joëlle Rivière <joelle.riviere@laposte.net>"),

R("fr-neg-sent-reponse-suppression", "fr", [],
  SANDRA_ORANGE,
  "Re: suppression compte",
  """Bonjour Kevin,

J'ai bien reçu votre demande. J'ai supprimé votre compte de la plateforme de formation
ainsi que votre fiche client et vos échanges. Les factures sont conservées 10 ans
(obligation comptable), puis détruites.

Bien cordialement,
Sandra Delomenie""",
  to="Kevin Robin <kevin.robin86@hotmail.com>",
  quote=Q("gmail_fr", "Kevin Robin <kevin.robin86@hotmail.com>", "suppression compte",
          """Bonjour,

Supprimez mon compte sur votre plateforme de formation et toutes les données qui vont
avec.

Kevin""", to=SANDRA)),

R("fr-neg-sent-relance-facture", "fr", [],
  SANDRA,
  "Relance facture FDS-2025-077",
  """Bonjour Monsieur Lebrun,

Sauf erreur de ma part, la facture FDS-2025-077 (séances de mai) reste impayée. Vous
pouvez la régler par virement ou via le lien Stripe habituel.

Bien cordialement,
Sandra Delomenie - Floraison de Soi""",
  to="Vincent Lebrun <vincent.lebrun@gmail.com>",
  att=[("pdf", "FDS-2025-077.pdf", "Facture FDS-2025-077 - Floraison de Soi - 3 seances de coaching - 210 EUR")]),

# ------------------------------------------------------------------ vendor notices, spam, phishing
R("fr-neg-systemeio-dpa", "fr", [],
  "Systeme.io <legal@systeme.io>",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour notre accord de traitement des données (Data Processing Agreement)
conformément à l'article 28 du RGPD. Les principales modifications concernent la liste
de nos sous-traitants ultérieurs.

La nouvelle version entrera en vigueur dans 30 jours. Aucune action n'est requise de
votre part.

L'équipe juridique Systeme.io""",
  shape="alt", no_mailer=True, hdr={"Precedence": "bulk"}),

R("fr-neg-google-conditions", "fr", [],
  "Google Workspace <workspace-noreply@google.com>",
  "[Important] Mise à jour des conditions relatives au traitement des données",
  """Madame, Monsieur,

Nous vous informons que nous mettons à jour les Conditions relatives au traitement des
données dans le Cloud, qui régissent le traitement des données personnelles de votre
organisation floraisondesoi.fr. Vous pouvez consulter les conditions mises à jour dans
la console d'administration.

Cordialement,
L'équipe Google Workspace

Vous avez reçu cette annonce obligatoire pour vous informer de modifications importantes
apportées à votre compte Google Workspace.""",
  shape="alt_qp", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-spam-conformite", "fr", [],
  "Service Conformité RGPD <info@conformite-rgpd-express.com>",
  "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
  """Madame, Monsieur,

Suite à un contrôle automatisé, votre site floraisondesoi.fr présente 7 manquements au
RGPD (bandeau cookies, registre des traitements, mentions légales...).

Les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires.

Régularisez votre situation dès aujourd'hui pour 490 € HT seulement :
https://conformite-rgpd-express.com/mise-en-conformite

Le service conformité""",
  shape="html", no_mailer=True,
  reply_to="ventes@conformite-rgpd-express.com"),

R("fr-neg-phishing-orange", "fr", [],
  "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera supprimée sous 24h",
  """Cher(e) client(e),

Votre boîte de messagerie sandra.delomenie@orange.fr a atteint sa limite de stockage et
sera supprimée sous 24h avec toutes vos données.

Pour conserver vos messages, confirmez vos informations ici :
http://orange-messagerie-verif.com/confirmer

Le service client Orange""",
  to=SANDRA_ORANGE, shape="html", no_mailer=True),

R("fr-neg-newsletter-autre-coach", "fr", [],
  "Julie - Coaching Lumière <julie@coaching-lumiere.fr>",
  "🌿 Ma retraite de printemps dans le Périgord",
  """Bonjour,

Cette année encore, je vous propose 4 jours de retraite au cœur du Périgord : yoga,
écriture, marche consciente. Plus que 3 places !

Découvrir le programme : https://coaching-lumiere.fr/retraite

Vous recevez ce mail car vous vous êtes inscrit(e) à la lettre de Coaching Lumière.
Se désinscrire : https://coaching-lumiere.fr/unsub""",
  shape="alt", no_mailer=True,
  hdr={"List-Unsubscribe": "<https://coaching-lumiere.fr/unsub?u=91ab>",
       "List-Id": "Lettre Coaching Lumiere <lettre.coaching-lumiere.fr>", "Precedence": "bulk"}),

# ------------------------------------------------------------------ more ordinary client mail
R("fr-neg-seance-double-calendly", "fr", [],
  "Océane Barré <oceane.barre@gmail.com>",
  "Séance en double",
  """Bonjour Sandra,

Je crois que j'ai réservé deux fois la même séance sur Calendly (mardi 10h). Vous pouvez
effacer celle en double ? Merci !

Océane"""),

# NEAR-LINE: one-off contact preference, no new value replacing an old one in her records -> negative
R("fr-neg-appeler-portable", "fr", [],
  "Roger Fleury <roger.fleury@orange.fr>",
  "appel de demain",
  """Bonjour Madame,

Pour notre rendez-vous téléphonique de demain, appelez-moi plutôt sur le portable, je
serai chez ma fille. Le fixe ne répondra pas.

Roger Fleury"""),

R("fr-neg-lien-replay", "fr", [],
  "Carole Vidal <carole.vidal@laposte.net>",
  "replay du webinaire",
  """Bonjour, vous pouvez me renvoyer le lien d'accès au replay du webinaire de mardi ? Je
l'ai supprimé par erreur. Merci ! Carole"""),

R("fr-neg-support-formation", "fr", [],
  "Thierry Bonnet <thierry.bonnet@gmail.com>",
  "Support de la formation",
  """Bonjour Sandra,

Serait-il possible d'avoir une copie du support de formation en PDF ? Je n'ai pas pu
tout noter le deuxième jour.

Merci et encore bravo pour l'animation,
Thierry"""),

R("fr-neg-retirer-panier", "fr", [],
  "Élise Tessier <elise.tessier@orange.fr>",
  "commande en double",
  """Bonjour,

J'ai commandé deux fois l'atelier en ligne "Écrire pour se libérer", je crois que j'ai
cliqué deux fois. Pouvez-vous retirer une des deux commandes et me rembourser ?

Merci,
Élise Tessier"""),

R("fr-neg-remboursement-sncf", "fr", [],
  "Noémie Giraud <noemie.giraud@gmail.com>",
  "Grève SNCF - formation de lundi",
  """Bonjour Madame Delomenie,

Avec la grève annoncée lundi, je ne pourrai pas venir de Paris pour le premier jour de
la formation. Est-il possible de le suivre en visio ou d'être remboursée de cette
journée ?

Cordialement,
Noémie Giraud"""),

R("fr-neg-resiliation-salle", "fr", [],
  "Gestion Salles - Ville d'Issoudun <salles@issoudun.fr>",
  "Résiliation de la convention de mise à disposition",
  """Madame,

Nous vous informons que la convention de mise à disposition de la salle des Augustins
pour vos ateliers du samedi est résiliée à compter du 1er septembre en raison de
travaux. Une salle de remplacement peut vous être proposée au centre culturel.

Le service de gestion des salles
Mairie d'Issoudun""",
  att=[("pdf", "courrier_resiliation_convention.pdf", "Ville d Issoudun - resiliation convention salle des Augustins")]),

R("fr-neg-comptable-export", "fr", [],
  "Cabinet Rougier Expertise <s.rougier@rougier-expertise.fr>",
  "Bilan 2025 - pièces manquantes",
  """Bonjour Sandra,

Pour finaliser votre bilan, pourriez-vous m'envoyer l'export des transactions Stripe de
l'année (fichier CSV depuis le tableau de bord) ainsi que les relevés Qonto de
novembre et décembre ?

Bien cordialement,
Sylvie Rougier
Expert-comptable"""),

R("fr-neg-stagiaire-memoire", "fr", [],
  "Ophélie Dumont <ophelie.dumont@gmail.com>",
  "Mon mémoire de certification",
  """Bonjour Sandra,

Je t'envoie le tableau avec les données de l'enquête que j'ai menée auprès de mes
clientes pour mon mémoire (réponses anonymisées). Tu pourras me dire si la partie
analyse tient la route ?

Merci !
Ophélie""",
  att=[("csv", "enquete_memoire_anonymisee.csv",
        "id;age;satisfaction;objectif_atteint\nR01;34;4;oui\nR02;51;5;oui\nR03;28;3;non\nR04;45;4;partiellement\n")]),

R("fr-neg-rh-emargement", "fr", [],
  "Service RH - Berger Industries <rh@berger-industries.fr>",
  "Formation management - feuilles d'émargement",
  """Bonjour Madame Delomenie,

Pour notre dossier OPCO, merci de nous transmettre les feuilles d'émargement signées et
les attestations de présence de nos 8 salariés ayant suivi la formation "Manager avec
bienveillance" en octobre.

Cordialement,
Sophie Lambert
Responsable formation - Berger Industries"""),

# NEAR-LINE: HR asks to remove a former employee from a participant list (another adult's data) -> negative
R("fr-neg-rh-retirer-salariee", "fr", [],
  "Service RH - Berger Industries <rh@berger-industries.fr>",
  "RE: Liste des participants - session de mars",
  """Bonjour,

Merci de retirer Mme Nathalie Caron de la liste des participants de la session de mars :
elle a quitté l'entreprise. Nous vous enverrons le nom de sa remplaçante la semaine
prochaine.

Cordialement,
Sophie Lambert""",
  quote=Q("outlook_fr", SANDRA, "Liste des participants - session de mars",
          """Bonjour Madame Lambert,

Voici la liste des participants que j'ai enregistrés pour la session de mars. Merci de
me confirmer qu'elle est complète.

Sandra Delomenie""", to="rh@berger-industries.fr")),

R("fr-neg-opposer-chef", "fr", [],
  "Karim Mansouri <karim.mansouri@gmail.com>",
  "Victoire !!",
  """Sandra !!

Je voulais te le dire tout de suite : j'ai enfin osé m'opposer à mon chef en réunion,
calmement, avec les phrases qu'on avait préparées. Il a accepté de revoir le planning.
Je n'en reviens pas.

Merci merci merci
Karim"""),

R("fr-neg-objet-seul-ok", "fr", [],
  "Brigitte Lamy <brigitte.lamy@wanadoo.fr>",
  "ok pour samedi 10h",
  """Envoyé de mon iPhone"""),

R("fr-neg-sans-objet-note", "fr", [],
  "Paul Marechal <paul.marechal@sfr.fr>",
  "",
  """c'est noté pour jeudi, à jeudi

Paul"""),

R("fr-neg-photos-atelier", "fr", [],
  "Nadine Rolland <nadine.rolland@gmail.com>",
  "Photos de l'atelier 📸",
  """Coucou Sandra,

Voici les photos que j'ai prises samedi ! Tu peux les utiliser pour ton site et tes
réseaux si tu veux, tout le monde était d'accord à la fin de l'atelier.

Bises,
Nadine""",
  att=[("jpg", "IMG_4021.jpg", "atelier samedi photo 1"), ("jpg", "IMG_4022.jpg", "atelier samedi photo 2")]),

R("fr-neg-contrat-signe", "fr", [],
  "Hélène Brun <helene.brun@orange.fr>",
  "Contrat d'accompagnement signé",
  """Bonjour Sandra,

Voici le contrat d'accompagnement signé. J'ai coché la case pour la conservation des
notes de séance. Hâte de commencer !

Hélène""",
  att=[("pdf", "contrat_accompagnement_signe.pdf", "Contrat d accompagnement - Helene Brun - signe")]),

R("fr-neg-invitation-ics", "fr", [],
  "Claire Fontvieille <claire.fontvieille@gmail.com>",
  "Invitation : Séance coaching Claire @ jeu.",
  """Claire Fontvieille vous a invité(e) à un événement.

Séance coaching Claire
Visio Google Meet

Accepter - Refuser - Peut-être""",
  att=[("ics", "invite.ics", "Seance coaching Claire")]),

R("fr-neg-objet-trompeur-suppression", "fr", [],
  "Gaëlle Morvan <gaelle.morvan@gmail.com>",
  "Suppression de données",
  """Bonjour Sandra,

Dans la présentation que vous m'avez envoyée pour l'atelier en entreprise, il y a deux
diapos en double avec les mêmes données chiffrées (diapos 12 et 13). Vous pouvez
supprimer la 13 avant de l'envoyer au client.

Sinon c'est top !
Gaëlle (co-animatrice)"""),

R("fr-neg-objet-trompeur-demande-rgpd", "fr", [],
  "Inès Royer <ines.royer@etu.univ-poitiers.fr>",
  "Demande RGPD",
  """Bonjour Madame Delomenie,

Je suis étudiante en licence pro et je réalise un mémoire sur la façon dont les
coachs indépendants gèrent le RGPD au quotidien. Accepteriez-vous de répondre à une
interview de 20 minutes par téléphone ?

Merci d'avance,
Inès Royer"""),

R("fr-neg-objet-trompeur-droit-acces", "fr", [],
  "Michèle Gautier <michele.gautier@orange.fr>",
  "Droit d'accès",
  """Bonjour,

Je me déplace en fauteuil roulant. La salle de l'atelier de samedi est-elle accessible
(rampe, ascenseur, toilettes adaptées) ? Si ce n'est pas le cas, y a-t-il une solution ?

Merci de votre réponse,
Michèle Gautier"""),

R("fr-neg-doc-drive-objectifs", "fr", [],
  "Agnès Pellerin <agnes.pellerin@free.fr>",
  "doc partagé",
  """Re-coucou, peux-tu mettre à jour le doc partagé avec ce qu'on a dit jeudi ? Corrige
aussi l'objectif 3, j'ai écrit "mai" mais c'est "juin". Merci !!"""),

R("fr-neg-cahier-supprime", "fr", [],
  "Morgane Lefebvre <morgane.lefebvre@gmail.com>",
  "cahier d'exercices",
  """Bonjour Sandra, j'ai supprimé par erreur le cahier d'exercices du module 2 de mon
ordinateur, est-ce que tu peux me le renvoyer ? merci :)"""),

R("fr-neg-france-travail", "fr", [],
  "Conseillère France Travail <c.moreau.36@francetravail.fr>",
  "Attestation d'entrée en formation - M. Bastien Lemaire",
  """Madame,

Dans le cadre du financement de la formation de M. Bastien Lemaire, pourriez-vous nous
faire parvenir l'attestation d'entrée en formation ainsi que le programme détaillé ?

Cordialement,
Claudine Moreau
Conseillère France Travail - Agence d'Issoudun"""),

R("fr-neg-long-nouvelles", "fr", [],
  "Françoise Aubin <francoise.aubin@orange.fr>",
  "Des nouvelles d'Ardentes",
  """Chère Sandra,

Je voulais vous donner des nouvelles depuis la fin de nos séances. Le jardin partagé a
démarré, nous sommes déjà douze ! J'ai suivi votre conseil et j'ai délégué la
trésorerie, ce qui m'a enlevé un poids énorme. Mon fils est venu nous voir à Pâques et
pour la première fois depuis longtemps nous avons parlé sans nous disputer.

J'ai aussi repris la peinture. Rien d'extraordinaire, mais ça me fait du bien. Je vous
montrerai si nous nous croisons au marché.

Je pense souvent à vos mots sur "le droit de ne pas tout porter seule". Merci encore.

Affectueusement,
Françoise"""),

R("fr-neg-transfert-recommandation", "fr", [],
  "Sylvain Roux <sylvain.roux@gmail.com>",
  "Fwd: Tu devrais contacter Sandra",
  """Bonjour Madame,

Un ami m'a transféré votre contact (voir son message ci-joint). Je cherche un
accompagnement pour une reconversion. Avez-vous des disponibilités en janvier ?

Sylvain Roux""",
  rfc822=dict(frm="Hugo Perret <hugo.perret@gmail.com>", to="Sylvain Roux <sylvain.roux@gmail.com>",
              subj="Tu devrais contacter Sandra",
              text="Salut Sylvain,\n\nComme promis, le contact de la coach dont je t'ai parlé : Sandra Delomenie,\ncontact@floraisondesoi.fr. Elle m'a beaucoup aidé.\n\nHugo")),

# NEAR-LINE: prospective client asks whether sessions are recorded (information question) -> negative
R("fr-neg-question-enregistrement", "fr", [],
  "Aurélien Martin <aurelien.martin@gmail.com>",
  "Avant de m'inscrire",
  """Bonjour,

Avant de réserver une première séance en visio : est-ce que vous enregistrez les
séances Zoom ? Et si oui, qui y a accès ? Je suis un peu méfiant avec ça.

Merci,
Aurélien"""),

R("fr-neg-politique-confidentialite", "fr", [],
  "Anne Leclerc <anne.leclerc@laposte.net>",
  "Politique de confidentialité",
  """Bonjour, où puis-je lire votre politique de confidentialité ? Le lien en bas du site
renvoie vers une page d'erreur. Merci. Anne Leclerc"""),

R("fr-neg-merci-desinscription-faite", "fr", [],
  "Gérard Blanchard <gerard.blanchard@orange.fr>",
  "RE: désinscription",
  """Merci madame, bonne journée.""",
  quote=Q("outlook_fr", SANDRA, "RE: désinscription",
          """Bonjour Monsieur Blanchard,

C'est fait, vous ne recevrez plus la newsletter.

Bien cordialement,
Sandra Delomenie

-----Message d'origine-----
Désinscrivez-moi de votre newsletter merci""", to="gerard.blanchard@orange.fr")),

R("fr-neg-zoom-enregistrement", "fr", [],
  "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra Delomenie,

Votre enregistrement cloud est maintenant disponible.

Sujet : Atelier en ligne - Apprivoiser ses émotions
Date : jeudi 19:00 Paris

Partager ce lien avec les spectateurs : https://us06web.zoom.us/rec/share/abc123

Merci d'avoir choisi Zoom.""",
  shape="alt", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-mairie-forum", "fr", [],
  "Vie associative - Mairie d'Issoudun <vie.associative@issoudun.fr>",
  "Forum des associations et des acteurs du bien-être",
  """Madame,

La Ville d'Issoudun organise le forum des associations le premier samedi de septembre.
Un espace "bien-être" sera proposé aux professionnels du territoire. Si vous souhaitez
tenir un stand, merci de retourner le formulaire d'inscription avant le 30 juin.

Le service Vie associative""",
  att=[("docx", "formulaire_inscription_forum.docx", "Formulaire d'inscription - Forum des associations\nNom de la structure :\nActivité :\nBesoins (table, électricité) :")]),

R("fr-neg-stagiaire-consentement-exercice", "fr", [],
  "Manon Leblanc <manon.leblanc@gmail.com>",
  "Exercice sur le consentement éclairé",
  """Bonjour Sandra,

Pour l'exercice du module 4 sur le consentement éclairé du client, je ne sais pas si je
dois rédiger un modèle de formulaire ou juste une réflexion personnelle. Tu peux
préciser ?

Merci,
Manon (promo 2025)"""),

]
