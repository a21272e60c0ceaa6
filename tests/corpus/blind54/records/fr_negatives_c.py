"""French negatives, part C: platforms, vendors, spam, phishing, CNIL, auto-replies, bounces."""
from ._base import R

RECORDS = [

R("fr-neg-systemeio-nouvelle-vente", [],
  ("Systeme.io", "no-reply@systeme.io"),
  "Nouvelle vente : Formation « Prendre soin de soi quand on aide un proche »",
  """Félicitations !

Vous avez réalisé une nouvelle vente.

Produit : Prendre soin de soi quand on aide un proche
Client : Françoise Q.
Montant : 97,00 EUR
Moyen de paiement : Stripe

Le client a reçu automatiquement ses accès à la formation.

Voir la commande dans votre tableau de bord : https://systeme.io/dashboard/sales

L'équipe Systeme.io
""", to="c", html="only", cte="quoted-printable", mid="plain",
  headers={"Reply-To": "support@systeme.io", "Auto-Submitted": "auto-generated", "X-Mailer": "Systeme.io"},
  html_body="""<html><body style="font-family:Arial,sans-serif">
<h2>Félicitations ! 🎉</h2>
<p>Vous avez réalisé une nouvelle vente.</p>
<table cellpadding="4"><tr><td>Produit</td><td><b>Prendre soin de soi quand on aide un proche</b></td></tr>
<tr><td>Client</td><td>Françoise Q.</td></tr><tr><td>Montant</td><td>97,00 EUR</td></tr>
<tr><td>Moyen de paiement</td><td>Stripe</td></tr></table>
<p>Le client a reçu automatiquement ses accès à la formation.</p>
<p><a href="https://systeme.io/dashboard/sales">Voir la commande</a></p>
<p>L'équipe Systeme.io</p></body></html>
"""),

R("fr-neg-systemeio-politique-confidentialite", [],
  ("Systeme.io", "newsletter@systeme.io"),
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA), applicables à compter du 1er mars.

Principaux changements :
- liste actualisée de nos sous-traitants ultérieurs (hébergement, envoi d'e-mails) ;
- précisions sur les transferts hors UE et les clauses contractuelles types ;
- nouvelle procédure pour transmettre les demandes d'exercice de droits de vos contacts (accès, effacement, portabilité).

En continuant d'utiliser Systeme.io après cette date, vous acceptez ces nouvelles conditions. Aucune action n'est requise de votre part.

L'équipe Systeme.io
""", to="c", hard=True, date="2026-02-10 14:00", html="alt", cte="quoted-printable", mid="plain",
  headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe?t=8f2a1c>", "Precedence": "bulk"}),

R("fr-neg-brevo-rapport-campagne", [],
  ("Brevo", "notifications@brevo.com"),
  "Rapport de votre campagne « La lettre - Novembre »",
  """Bonjour Sandra,

Votre campagne « La lettre - Novembre » a été envoyée à 412 contacts.

Taux d'ouverture : 48,3 %
Taux de clics : 7,1 %
Désinscriptions : 3
Plaintes pour spam : 0
Hard bounces : 2

Pensez à nettoyer régulièrement vos listes pour préserver votre délivrabilité.

L'équipe Brevo
""", to="c", hard=True, date="2025-11-05 08:30", html="alt", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-brevo-dpa", [],
  ("Brevo - Équipe conformité", "legal@brevo.com"),
  "Information importante : évolution de nos sous-traitants",
  """Madame, Monsieur,

Conformément à l'article 28 du RGPD et à notre accord de traitement des données, nous vous informons de l'ajout d'un nouveau sous-traitant ultérieur pour l'hébergement de sauvegardes chiffrées au sein de l'Union européenne.

Vous disposez d'un délai de trente jours pour formuler une objection motivée à ce changement via votre espace client.

Cordialement,
L'équipe conformité Brevo
""", to="c", hard=True, cte="quoted-printable", mid="plain"),

R("fr-neg-qonto-releve", [],
  ("Qonto", "noreply@qonto.com"),
  "Votre relevé de compte d'octobre est disponible",
  """Bonjour Sandra,

Votre relevé de compte du mois d'octobre est disponible dans votre application Qonto.

Solde au 31/10 : 4 812,36 EUR

L'équipe Qonto
""", to="o", date="2025-11-02 06:12", html="only", cte="base64", mid="ses",
  headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-urssaf-declaration", [],
  ("URSSAF - autoentrepreneur.urssaf.fr", "ne-pas-repondre@urssaf.fr"),
  "Rappel : déclaration de chiffre d'affaires du trimestre",
  """Madame DUMOT-DELOMENIE Sandra,

Nous vous rappelons que votre déclaration de chiffre d'affaires pour le trimestre doit être effectuée avant le 31 du mois sur autoentrepreneur.urssaf.fr, même en l'absence de chiffre d'affaires.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Votre Urssaf
""", to="o", date="2026-01-20 07:00", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

R("fr-neg-stripe-virement", [],
  ("Stripe", "notifications@stripe.com"),
  "Un virement de 1 236,40 € est en route vers votre banque",
  """Floraison de Soi

Un virement de 1 236,40 € est en route vers votre compte se terminant par 4471. Il devrait arriver d'ici le 14 mai.

Consulter le virement dans le Dashboard : https://dashboard.stripe.com/payouts

Stripe
""", to="c", date="2025-05-12 04:21", html="alt", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-paypal-paiement-recu", [],
  ("service@paypal.fr", "service@paypal.fr"),
  "Vous avez reçu un paiement",
  """Bonjour Sandra Dumot-Delomenie,

Vous avez reçu un paiement de 60,00 € EUR de Gilberte Rousseau.

Note de Gilberte Rousseau : « Séance du 12 pour ma mère, merci »

Numéro de transaction : 7TX84512KP339102N

PayPal
""", to="o", html="only", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-google-alerte-securite", [],
  ("Google", "no-reply@accounts.google.com"),
  "Alerte de sécurité",
  """Nouvelle connexion sur Mac

contact.floraisondesoi@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. S'il s'agit bien de vous, vous n'avez rien à faire. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
""", to="c", hard=True, html="alt", cte="base64", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-calendly-annulation", [],
  ("Calendly", "notifications@calendly.com"),
  "Annulé : Jocelyne Martin - Séance individuelle (1h)",
  """Bonjour Sandra,

Votre événement a été annulé.

Type d'événement : Séance individuelle (1h)
Invitée : Jocelyne Martin
Date : mardi 16 septembre, 14:00 - 15:00 (Europe/Paris)
Motif de l'annulation : « Mon mari est malade, je dois rester à la maison. »

Voir les détails dans Calendly.
""", to="c", hard=True, date="2025-09-14 21:03", html="alt", cte="quoted-printable", mid="ses",
  headers={"Reply-To": "Jocelyne Martin <jocelyne.martin36@orange.fr>", "Auto-Submitted": "auto-generated"}),

R("fr-neg-ovh-renouvellement", [],
  ("OVHcloud", "support@ovh.com"),
  "Renouvellement de votre nom de domaine floraisondesoi.fr",
  """Bonjour,

Votre nom de domaine floraisondesoi.fr arrive à expiration le 28/04. Le renouvellement automatique est activé : votre moyen de paiement par défaut sera débité de 8,39 € TTC.

Cordialement,
Le support OVHcloud
""", to="c", date="2026-04-14 03:40", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-spam-mise-en-demeure-rgpd", [],
  ("Service Conformité Numérique", "alerte@conformite-rgpd-entreprises.com"),
  "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
  """Madame, Monsieur,

Après contrôle automatisé, votre site floraisondesoi.fr présente 7 manquements au Règlement Général sur la Protection des Données (registre absent, DPO non désigné, bandeau cookies non conforme).

Vous vous exposez à une amende pouvant atteindre 20 000 000 € ou 4 % de votre chiffre d'affaires.

Pour régulariser votre situation sous 72 heures, souscrivez à notre pack conformité au tarif exceptionnel de 349 € HT : https://conformite-rgpd-entreprises.com/regulariser

Service Conformité Numérique
""", headers={"Reply-To": "regularisation@protonmail.com"}, to="c", hard=True, html="alt", cte="base64", mid="plain"),

R("fr-neg-spam-registre-rgpd", [],
  ("Registre National des Traitements", "info@registre-traitements-rgpd.fr"),
  "Obligation d'inscription au registre RGPD - Floraison de Soi",
  """Bonjour,

Sauf erreur de notre part, votre entreprise individuelle n'a pas encore transmis son registre des traitements. Cette formalité est obligatoire pour les professionnels traitant des données de santé.

Merci de compléter le formulaire en ligne avant la fin du mois (frais de dossier : 189 €).

Le service des enregistrements
""", to="o", hard=True, cte="quoted-printable", mid="plain"),

R("fr-neg-phishing-orange-boite", [],
  ("Orange Messagerie", "securite-messagerie@orange-clients-verif.com"),
  "Votre boîte mail sera supprimée sous 24h",
  """Cher(e) client(e),

Votre boîte de messagerie sandra.delomenie@orange.fr a atteint sa capacité maximale et sera supprimée définitivement sous 24 heures, avec toutes vos données.

Pour conserver vos e-mails, confirmez votre identité en cliquant sur le lien ci-dessous :
http://orange-clients-verif.com/messagerie/confirmer

Le service client Orange
""", to="o", hard=True, html="only", cte="base64", mid="plain"),

R("fr-neg-phishing-ameli", [],
  ("Assurance Maladie", "remboursement@ameli-remboursements.info"),
  "Remboursement en attente : mettez à jour vos données",
  """Bonjour,

Après les derniers calculs annuels, vous êtes éligible à un remboursement de 163,80 €. Pour le recevoir, vous devez mettre à jour vos données bancaires et votre carte Vitale :

https://ameli-remboursements.info/assure/maj

Sans action de votre part sous 48 h, le remboursement sera annulé.

L'Assurance Maladie
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain"),

R("fr-neg-cnil-plainte-copie", [],
  ("Gérald Fontaine", "gerald.fontaine@free.fr"),
  "Copie de ma plainte auprès de la CNIL",
  """Madame,

Pour votre information, je vous transmets ci-dessous la copie de la plainte que je viens de déposer auprès de la CNIL. Je n'attends plus rien de votre part.

G. Fontaine

--- Plainte déposée sur cnil.fr ---
Organisme mis en cause : Floraison de Soi (Issoudun)
Objet : Je reçois des lettres d'information malgré plusieurs demandes de désinscription restées sans effet depuis octobre. J'ai adressé deux courriers électroniques à l'organisme, sans réponse.
Pièces jointes : captures d'écran des messages reçus
""", attach=[("pdf", "Recepisse_plainte_CNIL.pdf", ["CNIL - Recepisse de depot de plainte", "Organisme : Floraison de Soi", "Plaignant : Gerald Fontaine"])], to="c", hard=True, cte="quoted-printable", mid="free"),

R("fr-neg-cnil-accuse-reception-fwd", [],
  ("Sylviane Roux", "sylviane.roux@laposte.net"),
  "Tr: Accusé de réception de votre plainte n° 25-014872",
  """Pour info. Je vous laisse voir avec eux.
S. Roux
""", to="o", hard=True, cte="quoted-printable", mid="laposte",
  quote=dict(style="fwd_outlook_fr", who="CNIL <ne-pas-repondre@cnil.fr>", days=2,
             subject="Accusé de réception de votre plainte n° 25-014872",
             text="""Madame,

Nous accusons réception de votre plainte enregistrée sous le numéro 25-014872, concernant l'organisme FLORAISON DE SOI.

Votre plainte va faire l'objet d'une instruction. Nous ne manquerons pas de vous tenir informée de la suite qui y sera donnée.

Commission nationale de l'informatique et des libertés
3 place de Fontenoy - TSA 80715 - 75334 Paris Cedex 07""")),

R("fr-neg-autoreply-droits-rgpd", [],
  ("Mutuelle Santé Berry - Service adhérents", "adherents@msberry.fr"),
  "Réponse automatique : Votre message",
  """Bonjour,

Nous accusons bonne réception de votre message. Il sera traité dans un délai de 5 jours ouvrés.

Protection de vos données : conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition. Pour exercer ces droits, écrivez à dpo@msberry.fr en joignant une copie de votre pièce d'identité.

Ceci est un message automatique, merci de ne pas y répondre.
""", to="c", hard=True, cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreply-conges", [],
  ("Mireille Dauphin", "mireille.dauphin@orange.fr"),
  "Absence : Re: Atelier du 12",
  """Bonjour,

Je suis en congé jusqu'au 25 août inclus, sans accès à ma messagerie. Je vous répondrai à mon retour.

Mireille Dauphin
""", to="c", date="2025-08-07 10:15", cte="8bit",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}),

R("fr-neg-bounce-adresse-defunt", [],
  ("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jacqueline.perrot36@orange.fr>: host smtp-in.orange.fr said:
    550 5.1.1 Adresse d au moins un destinataire invalide / invalid recipient
""", date="2025-10-09 11:20", to="sandra.delomenie@orange.fr", hard=True, kind="bounce", mid="plain",
  headers={"Auto-Submitted": "auto-replied"},
  inner=dict(frm=("Sandra Delomenie", "sandra.delomenie@orange.fr"),
             to="jacqueline.perrot36@orange.fr", subject="La lettre de Floraison de Soi - Octobre",
             mid="orange", diag="550 5.1.1 Adresse d au moins un destinataire invalide / invalid recipient",
             body="""Bonjour Jacqueline,

Les feuilles tombent et les ateliers du mardi soir reprennent leur rythme d'automne.
Nouveau ce mois-ci : un cercle pour les aidants familiaux, le premier jeudi du mois.

Sandra

Se désinscrire de la lettre : https://floraisondesoi.fr/desinscription""")),

R("fr-neg-bounce-boite-pleine", [],
  ("Mail Delivery Subsystem", "mailer-daemon@ovh.net"),
  "Delivery Status Notification (Failure)",
  """Votre message n'a pas pu être remis à certains destinataires.

Destinataire : yvette.mercier@wanadoo.fr
Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2 Mailbox full).

Les en-têtes du message d'origine sont joints.
""", to="contact@floraisondesoi.fr", kind="bounce", mid="plain",
  headers={"Auto-Submitted": "auto-replied"},
  inner=dict(frm=("Floraison de Soi", "contact@floraisondesoi.fr"),
             to="yvette.mercier@wanadoo.fr", subject="Rappel : votre séance de jeudi",
             mta="mx.ovh.net", status="5.2.2", diag="552 5.2.2 Mailbox full", headers_only=True,
             body="Bonjour Yvette, je vous rappelle notre séance de jeudi à 10h. Sandra")),

R("fr-neg-fwd822-comptable-urssaf", [],
  ("Stéphanie Aubry", "s.aubry@fiduberry.fr"),
  "TR: Attestation de vigilance",
  """Bonjour Sandra,

Je vous transfère le message de l'URSSAF reçu sur notre portail : votre attestation de vigilance est disponible. Pensez à la transmettre à Berry Logistique qui la réclame pour régler votre facture.

Stéphanie
""", to="o", kind="fwd822", cte="quoted-printable", mid="plain",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  inner=dict(frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), to="s.aubry@fiduberry.fr",
             subject="Votre attestation de vigilance est disponible", days=1,
             filename="Votre attestation de vigilance est disponible.eml",
             body="""Madame, Monsieur,

L'attestation de vigilance de votre client DUMOT-DELOMENIE Sandra est disponible dans votre espace en ligne.

Votre Urssaf""")),

R("fr-neg-fwd-newsletter-autre-coach", [],
  ("Béatrice Leclerc", "beatrice.leclerc@gmail.com"),
  "Tr: Vos droits RGPD et notre nouvelle formation",
  """Coucou Sandra,

Regarde ce que m'envoie l'autre coach de Bourges chez qui j'avais fait un atelier : elle met tout un paragraphe sur le droit d'accès et d'opposition en haut de sa newsletter, c'est un peu indigeste non ? Toi tu le mets en bas, c'est mieux.

Bises, on se voit samedi
Béa
""", to="o", hard=True, html="alt", cte="quoted-printable",
  quote=dict(style="fwd_fr", who="Cap Harmonie <hello@cap-harmonie-bourges.fr>", days=3,
             to="beatrice.leclerc@gmail.com",
             text="""Chère abonnée,

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition sur vos données. Pour l'exercer, écrivez-nous.

Découvrez notre nouvelle formation « Praticienne en gestion émotionnelle », 6 modules en ligne !

Cap Harmonie""")),

R("fr-neg-linkedin-notification", [],
  ("LinkedIn", "messages-noreply@linkedin.com"),
  "Aurélien Garnier vous a envoyé un message",
  """Aurélien Garnier
Responsable formation chez Berry Habitat

« Bonjour Sandra, j'ai vu votre publication sur la prévention des risques psychosociaux, seriez-vous disponible pour en parler ? »

Voir le message : https://www.linkedin.com/messaging/

Vous recevez des notifications de messages. Se désabonner.
""", to="c", html="alt", cte="quoted-printable", mid="plain",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>", "Precedence": "bulk"}),

R("fr-neg-france-travail-lettre", [],
  ("France Travail - Lettre des partenaires", "lettre-partenaires@francetravail.fr"),
  "La lettre des organismes de formation - n°47",
  """La lettre des organismes de formation

Au sommaire :
- Nouveautés Qualiopi : indicateurs 2026
- Rappel : protection des données des stagiaires, vos obligations RGPD lors de la transmission des feuilles d'émargement
- Appel à projets « Seniors et reconversion »

Pour ne plus recevoir cette lettre, gérez vos abonnements depuis votre espace partenaire.
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain",
  headers={"List-Id": "Lettre partenaires <partenaires.francetravail.fr>",
           "List-Unsubscribe": "<https://www.francetravail.fr/partenaires/desabonnement>",
           "Precedence": "bulk"}),

R("fr-neg-zoom-enregistrement-fr", [],
  ("Zoom", "no-reply@zoom.us"),
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Cercle en ligne - Aidants familiaux » est maintenant disponible.

Durée : 01:27:44
Partager l'enregistrement : https://zoom.us/rec/share/

Les enregistrements sont conservés 30 jours selon vos paramètres.

L'équipe Zoom
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-facebook-groupe", [],
  ("Facebook", "notification@facebookmail.com"),
  "Nouvelle demande d'adhésion à Cercle Floraison de Soi",
  """Daniel Rigaud a demandé à rejoindre votre groupe Cercle Floraison de Soi.

Réponses aux questions d'adhésion :
Comment avez-vous connu le groupe ? « Ma femme participe aux ateliers. »

Examiner la demande : https://www.facebook.com/groups/
""", to="c", html="only", cte="base64", mid="plain",
  headers={"Precedence": "bulk"}),

]
