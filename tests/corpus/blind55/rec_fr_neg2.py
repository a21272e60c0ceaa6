# French negatives, part 2: automated mail, platforms, vendors, spam/phishing, her own sent mail, forwards.
from recbase import R

SANDRA_C = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"
AUTO = {"Auto-Submitted": "auto-generated"}


def N(key, subject, body, **kw):
    """A platform / automated notification: no personal mailer, HTML by default."""
    kw.setdefault("mailer", "")
    kw.setdefault("html", "only")
    kw.setdefault("html_style", "notif")
    kw.setdefault("hard", True)
    return R(key, subject, body, [], **kw)


RECORDS = [

# ---------------------------------------------------------------- auto-replies

R("fr-autoreply-vacances-cliente",
  "Réponse automatique : Re: Confirmation de votre séance du 12 août",
  """Bonjour,

Je suis absente du 4 au 22 août inclus, avec un accès très limité à mes mails. Je vous répondrai dès mon retour.

Pour toute urgence, vous pouvez joindre l'accueil au 02 54 21 ** **.

Cordialement,
Armelle Royer""",
  [], hard=True, frm="Armelle Royer <armelle.royer@mairie-issoudun.fr>", mailer="Microsoft Outlook 16.0",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
           "X-MS-Exchange-Inbox-Rules-Loop": "armelle.royer@mairie-issoudun.fr"}, date="2025-08-06 09:02"),

R("fr-autoreply-societe-droits-rgpd",
  "Accusé de réception automatique",
  """Bonjour,

Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par le service concerné.

Ce message est généré automatiquement, merci de ne pas y répondre.

--
Groupe Bellevue – Service Ressources Humaines
Conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition aux données vous concernant. Pour exercer ces droits, écrivez à dpo@groupe-bellevue.fr. Vous pouvez également introduire une réclamation auprès de la CNIL.""",
  [], hard=True, frm="RH Groupe Bellevue <noreply-rh@groupe-bellevue.fr>", mailer="",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-autoreply-conge-maternite",
  "Absente : Proposition intervention QVT",
  """Bonjour,

Je suis actuellement en congé maternité jusqu'au 15 janvier. Vos messages ne seront pas transférés.
Pour les sujets formation, merci de contacter Damien Lecoq : damien.lecoq@thermibat.fr

Merci de votre compréhension,
Audrey Ponsard""",
  [], hard=True, frm="Audrey Ponsard <audrey.ponsard@thermibat.fr>", mailer="Microsoft Outlook 16.0",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, date="2025-11-18 14:31"),

R("fr-autoreply-gmail-repondeur",
  "Re: Rappel : atelier samedi 9h30",
  """Bonjour, je suis en voyage jusqu'au 30 avril sans connexion régulière. Je lirai votre message à mon retour. Belle journée ! Solange""",
  [], hard=True, frm="Solange Bertrand <solange.bertrand@gmail.com>",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk", "X-Autoreply": "yes"}, date="2026-04-22 18:03"),

# ---------------------------------------------------------------- bounces

R("fr-bounce-orange-adresse-inconnue",
  "Non remis : Votre inscription à l'atelier est confirmée",
  """Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  martine.leroy36@wanadoo.fr
    adresse inconnue : 550 5.1.1 User unknown

Vérifiez l'adresse du destinataire et réessayez.""",
  [], hard=True, frm="Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>", to="orange", mailer="",
  shape="report", headers={"Auto-Submitted": "auto-replied"},
  report=dict(mta="smtp.orange.fr", rcpt="martine.leroy36@wanadoo.fr", status="5.1.1",
              diag="550 5.1.1 <martine.leroy36@wanadoo.fr>: Recipient address rejected: User unknown",
              orig_subject="Votre inscription à l'atelier est confirmée", orig_from=SANDRA_O)),

R("fr-bounce-boite-pleine",
  "Échec de la remise : Suppression de vos données – confirmation",
  """Votre message n'a pas pu être distribué.

Destinataire : n.lambert@laposte.net
Motif : boîte aux lettres pleine (552 5.2.2 Mailbox full)

Le serveur a renoncé après plusieurs tentatives pendant 72 heures.""",
  [], hard=True, frm="MAILER-DAEMON <MAILER-DAEMON@mx.floraisondesoi.fr>", to="contact", mailer="",
  shape="report", headers={"Auto-Submitted": "auto-replied"},
  report=dict(mta="mx.floraisondesoi.fr", rcpt="n.lambert@laposte.net", status="5.2.2",
              diag="552 5.2.2 Mailbox full", orig_subject="Suppression de vos données – confirmation")),

# ---------------------------------------------------------------- platforms

N("fr-stripe-paiement-recu",
  "Paiement de 240,00 € reçu de Nathalie Roche",
  """Vous avez reçu un paiement de 240,00 €

Client : Nathalie Roche (nathalie.roche@gmail.com)
Description : Pack 4 séances – Accompagnement individuel
Moyen de paiement : Visa •••• 4821
Date : le paiement sera viré sur votre compte bancaire sous 2 jours ouvrés.

Voir le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Vous recevez cet e-mail car vous avez activé les notifications de paiement dans Stripe.
Stripe Payments Europe, Ltd. – Dublin, Irlande""",
  frm="Stripe <notifications@stripe.com>", to="contact", headers=AUTO),

N("fr-systemeio-nouvelle-vente",
  "🎉 Nouvelle vente : Formation « Apprivoiser ses émotions »",
  """Bonne nouvelle !

Une nouvelle commande vient d'être passée sur votre tunnel « Apprivoiser ses émotions ».

Contact : c.fleury@hotmail.fr
Offre : Formation en ligne – paiement en 3 fois
Montant : 49,00 € (1/3)

Accéder à mes ventes : https://systeme.io/dashboard/sales

L'équipe systeme.io""",
  frm="systeme.io <no-reply@systeme.io>", to="contact", headers=AUTO),

N("fr-systemeio-contact-desabonne",
  "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact suivant s'est désabonné de vos campagnes e-mail :

  francois.dury@gmail.com
  Liste : Newsletter Floraison de Soi
  Date : automatique (lien de désinscription)

Ce contact ne recevra plus vos newsletters. Ses données restent disponibles dans votre liste de contacts conformément à vos paramètres.

L'équipe systeme.io""",
  frm="systeme.io <no-reply@systeme.io>", to="contact", headers=AUTO),

N("fr-google-alerte-securite",
  "Alerte de sécurité",
  """Nouvelle connexion sur Mac

contact@floraisondesoi.fr

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland""",
  frm="Google <no-reply@accounts.google.com>", to="contact", headers=AUTO, html="alt"),

N("fr-calendly-nouvel-evenement",
  "Nouvel événement : Agnès Caron – 09:00 mar. 14 oct. 2025 – Séance découverte (30 min)",
  """Bonjour Sandra Delomenie,

Un nouvel événement a été planifié.

Type d'événement : Séance découverte (30 min)
Invitée : Agnès Caron
E-mail de l'invitée : agnes.caron@orange.fr
Date/Heure de l'événement : 09:00 - mardi 14 octobre 2025 (heure d'Europe centrale)
Lieu : Appel téléphonique

Questions :
Qu'aimeriez-vous travailler ? – Retrouver confiance après un licenciement

Voir l'événement dans Calendly

Envoyé par Calendly""",
  frm="Calendly <notifications@calendly.com>", to="contact", headers=AUTO, html="alt", date="2025-10-09 18:42"),

N("fr-calendly-annule",
  "Annulé : Bruno Lefebvre – jeudi 5 février 2026 18:00",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance individuelle (1h)
Invité : Bruno Lefebvre
Date/Heure : 18:00 - jeudi 5 février 2026
Raison de l'annulation : « Empêchement professionnel, je reprends un créneau dès que possible »

Envoyé par Calendly""",
  frm="Calendly <notifications@calendly.com>", to="contact", headers=AUTO, date="2026-02-04 22:10"),

N("fr-zoom-enregistrement-disponible",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion est maintenant disponible.

Sujet : Webinaire – Dire non sans culpabiliser
Date : 23 oct. 2025 08:00 PM Paris

Partagez l'enregistrement avec les spectateurs :
https://us06web.zoom.us/rec/share/••••••••
Code secret : ••••••

L'enregistrement sera supprimé automatiquement de la corbeille après 30 jours.

Merci d'avoir choisi Zoom.
—L'équipe Zoom""",
  frm="Zoom <no-reply@zoom.us>", to="contact", headers=AUTO, date="2025-10-23 22:31"),

N("fr-qonto-releve-mensuel",
  "Votre relevé de compte de septembre est disponible",
  """Bonjour Sandra,

Votre relevé de compte Qonto pour le mois de septembre 2025 est disponible dans votre espace.

Compte : Floraison de Soi – EI
Solde au 30/09 : disponible dans l'application

Télécharger le relevé : https://app.qonto.com/statements

Qonto – Olinda SAS, 18 rue de Navarin, 75009 Paris
Cet e-mail vous est envoyé dans le cadre de la gestion de votre compte professionnel.""",
  frm="Qonto <no-reply@qonto.com>", to="orange", headers=AUTO, date="2025-10-01 07:12"),

N("fr-urssaf-echeance",
  "Votre déclaration de chiffre d'affaires est disponible",
  """Madame DUMOT-DELOMENIE Sandra,

Votre déclaration de chiffre d'affaires du trimestre est à effectuer avant le 31 octobre 2025.

Connectez-vous à votre espace sur autoentrepreneur.urssaf.fr pour déclarer et payer vos cotisations.

Cordialement,
Votre Urssaf

Ceci est un message automatique, merci de ne pas y répondre.""",
  frm="Urssaf <ne-pas-repondre@urssaf.fr>", to="orange", headers=AUTO, html=None, cte="qp",
  date="2025-10-02 09:00"),

N("fr-paypal-paiement-recu",
  "Vous avez reçu un paiement",
  """Bonjour Floraison de Soi,

Vous avez reçu 35,00 EUR EUR de Marie-Claire Dubois (mcdubois@yahoo.fr).

Remarque : « Atelier bien-être du 15 novembre »

Détails de la transaction
ID de transaction : 8XK********2M
Date de transaction : 2 novembre 2025

Le paiement a été crédité sur votre compte PayPal.

Aide et contact | Sécurité | Appli
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg""",
  frm="service@paypal.fr", to="contact", headers=AUTO, date="2025-11-02 14:27"),

N("fr-brevo-politique-confidentialite",
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  """Bonjour,

Nous vous informons que Brevo met à jour sa Politique de confidentialité et son Accord de traitement des données (DPA), avec effet au 1er mars 2026.

Les principales modifications portent sur :
- la liste de nos sous-traitants ultérieurs ;
- les mesures techniques et organisationnelles de sécurité ;
- les modalités d'assistance pour répondre aux demandes d'exercice de droits des personnes concernées.

Aucune action n'est requise de votre part. La poursuite de l'utilisation de nos services vaut acceptation des nouvelles conditions.

Consulter le DPA : https://www.brevo.com/fr/legal/termsofuse/#dpa

L'équipe Brevo
Sendinblue SAS – 106 boulevard Haussmann, 75008 Paris""",
  frm="Brevo <legal@brevo.com>", to="contact", headers={"Precedence": "bulk",
                                                       "List-Unsubscribe": "<https://www.brevo.com/unsubscribe>"},
  html_style="newsletter", html="alt", date="2026-01-29 10:05"),

N("fr-ovh-rgpd-sous-traitants",
  "[OVHcloud] Évolution de la liste de nos sous-traitants",
  """Madame, Monsieur,

Dans le cadre de nos engagements contractuels relatifs à la protection des données personnelles (Annexe « Traitement de données à caractère personnel » de nos Conditions Générales de Service), nous vous informons de l'ajout d'un nouveau sous-traitant ultérieur.

Vous disposez d'un délai de 30 jours pour formuler une éventuelle objection motivée, via votre espace client.

Cordialement,
Le service Conformité OVHcloud
Référence client : sd*****-ovh""",
  frm="OVHcloud <noreply@ovh.net>", to="orange", headers=AUTO, html=None, cte="b64"),

N("fr-facebook-groupe-demande",
  "Nouvelle demande pour rejoindre « Les Floraisons – stage de printemps »",
  """Sandra, Christine Lamy a demandé à rejoindre votre groupe Les Floraisons – stage de printemps.

Réponse aux questions :
« Avez-vous participé au stage ? » — Oui, en avril avec Sandra

Approuver ou refuser : https://www.facebook.com/groups/

Ce message a été envoyé à contact@floraisondesoi.fr. Si vous ne souhaitez plus recevoir ces e-mails de la part de Meta, désabonnez-vous.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande""",
  frm="Facebook <notification@facebookmail.com>", to="contact",
  headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://www.facebook.com/o.php?k=unsub>"}, date="2025-05-06 12:00"),

N("fr-google-business-nouvel-avis",
  "Nouvel avis sur Floraison de Soi",
  """Floraison de Soi a reçu un nouvel avis

★★★★★ Laetitia M.
« Sandra a une écoute incroyable. Je recommande les yeux fermés. »

Répondre à l'avis : https://business.google.com/reviews

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
Vous avez reçu cet e-mail, car vous êtes propriétaire d'une fiche d'établissement sur Google.""",
  frm="Google Business Profile <businessprofile-noreply@google.com>", to="contact", headers=AUTO),

N("fr-laposte-colis-a-retirer",
  "Votre colis vous attend en bureau de poste",
  """Bonjour,

Votre colis n° 6A2********38 n'a pas pu vous être remis en main propre. Il vous attend au bureau de poste d'Issoudun Centre jusqu'au 18/03.

Pour le retirer, munissez-vous d'une pièce d'identité et de ce numéro de suivi.

La Poste – Colissimo""",
  frm="Colissimo <noreply@notif-colissimo-laposte.info>", to="orange", headers=AUTO,
  date="2026-03-06 11:20"),

N("fr-systemeio-reinitialisation-mdp",
  "Réinitialisation de votre mot de passe",
  """Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte systeme.io (contact@floraisondesoi.fr).

Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe. Ce lien est valable 1 heure :
https://systeme.io/reset-password/••••••••

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

L'équipe systeme.io""",
  frm="systeme.io <no-reply@systeme.io>", to="contact", headers=AUTO, html="alt"),

N("fr-linkedin-message",
  "Vous avez 1 nouveau message",
  """Sandra, vous avez 1 nouveau message

Hugues Martel
Directeur des ressources humaines chez Agri-Berry
« Bonjour Sandra, nous cherchons un organisme pour une formation sur la prévention des RPS… »

Voir le message : https://www.linkedin.com/messaging/

Cet e-mail est destiné à Sandra Delomenie (Coach & formatrice – Floraison de Soi).
Se désabonner · Aide
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
  frm="LinkedIn <messages-noreply@linkedin.com>", to="contact",
  headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"}),

N("fr-qualiopi-audit-surveillance",
  "Audit de surveillance Qualiopi – confirmation de date",
  """Madame Dumot-Deloménie,

Nous vous confirmons la date de votre audit de surveillance Qualiopi : le mardi 17 juin 2025 à 9h00, à distance.

Pièces à préparer : programmes de formation, conventions, émargements, évaluations à chaud et à froid, registre des réclamations, ainsi que les éléments relatifs au respect du RGPD dans la gestion des données des stagiaires (indicateur 26).

Bien cordialement,
Certif'Formation – Service planification""",
  frm="Certif'Formation <planification@certif-formation.fr>", to="orange", html="alt", html_style="plain",
  mailer="Microsoft Outlook 16.0", date="2025-05-12 11:00"),

# ---------------------------------------------------------------- spam, phishing

N("fr-spam-conformite-rgpd",
  "URGENT – Votre site floraisondesoi.fr n'est pas conforme au RGPD",
  """Madame, Monsieur,

Suite à un audit automatique, votre site floraisondesoi.fr présente 7 non-conformités au Règlement Général sur la Protection des Données (bandeau cookies, registre des traitements, mentions légales…).

Les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires. Depuis janvier, les contrôles se sont intensifiés pour les TPE et les indépendants.

Notre pack « Mise en conformité Express » à 390 € HT vous met en règle en 48 h.

Réservez votre diagnostic gratuit : https://conformite-rgpd-express.fr/diag

Service Conformité – RGPD Express
Pour ne plus recevoir nos messages, répondez STOP.""",
  frm="Service Conformité <contact@conformite-rgpd-express.fr>", to="contact", html="alt",
  reply_to="diagnostic@rgpd-express-audit.com",
  html_style="newsletter", headers={"Precedence": "bulk"}),

N("fr-phishing-orange-suppression",
  "Votre messagerie sera supprimée sous 24h",
  """Cher(e) client(e) Orange,

Suite à une mise à jour de nos serveurs, votre boîte de messagerie sandra.delomenie@orange.fr sera désactivée et toutes vos données supprimées sous 24 heures.

Pour conserver votre messagerie, veuillez confirmer vos informations personnelles en cliquant sur le lien ci-dessous :

>> Vérifier mon compte : http://orange-messagerie-securite.com/verif

Orange vous remercie de votre confiance.
Service client Orange""",
  frm="Orange Service Client <securite@orange-fr-compte.info>", to="orange", headers={}),

N("fr-phishing-ameli",
  "Remboursement en attente – action requise",
  """Assurance Maladie

Bonjour,

Après les derniers calculs de l'activité de votre compte, nous avons déterminé que vous êtes admissible à recevoir un remboursement de 157,34 €.

Afin de recevoir votre remboursement, veuillez mettre à jour vos informations bancaires sur votre espace :
https://ameli-remboursement-fr.com/espace

L'Assurance Maladie""",
  frm="ameli <service@ameli-infos-remboursement.com>", to="orange", headers={}),

# ---------------------------------------------------------------- her own sent mail

R("fr-sandra-confirme-effacement",
  "Suppression de vos données – confirmation",
  """Bonjour Madame Lambert,

Suite à votre demande du 2 juin, je vous confirme que l'ensemble de vos données personnelles a été supprimé de mes fichiers : fichier clients, outil d'envoi de la newsletter et plateforme de formation en ligne.

Seules les factures sont conservées, comme la loi m'y oblige, pendant la durée légale de conservation comptable.

Je vous souhaite une belle continuation.

Sandra Delomenie
Floraison de Soi – Coaching & Formation
46 rue d'Estienne d'Orves – 36100 Issoudun
06 81 84 21 73""",
  [], hard=True, frm=SANDRA_C, to="Nicole Lambert <n.lambert@laposte.net>", mailer="Apple Mail (2.3774.600.62)",
  html="alt", date="2025-06-05 17:30"),

R("fr-sandra-envoi-export",
  "Export de vos données",
  """Bonjour Chloé,

Comme convenu, voici en pièce jointe l'export de vos données au format CSV : vos coordonnées, la liste de nos séances et vos objectifs. Votre nouvelle coach pourra l'importer directement.

Je vous souhaite une très belle installation à Bordeaux !

Sandra""",
  [], hard=True, frm=SANDRA_C, to="Chloé Barraud <chloe.barraud@gmail.com>", mailer="Apple Mail (2.3774.600.62)",
  attach=[("csv", "export_donnees_Chloe_Barraud.csv",
           ["nom;prenom;email;telephone;date_seance;theme",
            "Barraud;Chloé;chloe.barraud@gmail.com;06 ** ** ** **;2024-01-16;Objectifs de l'année",
            "Barraud;Chloé;chloe.barraud@gmail.com;06 ** ** ** **;2024-02-13;Gestion du temps",
            "Barraud;Chloé;chloe.barraud@gmail.com;06 ** ** ** **;2024-03-12;Poser ses limites"])]),

R("fr-sandra-newsletter-envoi-test",
  "Floraison de Soi – La lettre de mars : oser dire non",
  """Bonjour {prénom},

Le printemps revient, et avec lui l'envie de faire de la place. Ce mois-ci, je vous parle d'un petit mot qui change beaucoup de choses : « non ».

Dire non, ce n'est pas rejeter l'autre. C'est dire oui à ce qui compte pour soi. Je vous propose cette semaine un exercice simple : notez chaque soir une demande que vous avez acceptée à contrecœur, et ce qu'il vous en a coûté.

Prochains rendez-vous
- Atelier « Poser ses limites avec douceur » – samedi 22 mars, Issoudun
- Cercle de parole en ligne – mardi 1er avril, 20h

Belle floraison,
Sandra

Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi. Vous pouvez vous désinscrire à tout moment : https://floraisondesoi.fr/desinscription
Conformément au RGPD, vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à sandra.delomenie@orange.fr.""",
  [], hard=True, frm="Sandra - Floraison de Soi <contact@floraisondesoi.fr>", to="contact", mailer="",
  reply_to="Sandra Delomenie <sandra.delomenie@orange.fr>",
  html="alt", html_style="newsletter",
  headers={"List-Id": "Lettre Floraison de Soi <newsletter.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:contact@floraisondesoi.fr?subject=desinscription>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
           "X-Mailer": "systeme.io mailer"}, date="2025-03-04 07:30"),

R("fr-sandra-repond-durees-conservation",
  "Re: Question sur les notes",
  """Bonjour Léa,

Ce n'est pas du tout une question bête ! Les notes de séance sont conservées sur mon ordinateur (chiffré) et dans un espace de stockage sécurisé. Je les garde pendant la durée de l'accompagnement puis au maximum le temps indiqué dans ma politique de confidentialité ; les éventuelles données de santé, elles, ne sont jamais conservées plus de deux ans.

Vous pouvez bien sûr me demander à tout moment de les consulter ou de les supprimer.

À très bientôt,
Sandra""",
  [], hard=True, frm=SANDRA_C, to="Léa Vincent <lea.vincent@gmail.com>", mailer="Apple Mail (2.3774.600.62)",
  quote=dict(style="apple-fr", days=1, who="Léa Vincent <lea.vincent@gmail.com>", to=SANDRA_C,
             text="""Bonjour Sandra,

Je commence l'accompagnement avec vous le mois prochain et je me posais une question un peu bête : combien de temps gardez-vous les notes de séance après la fin du suivi ?

Merci d'avance,
Léa""")),

R("fr-sandra-confirme-rectification",
  "Re: Orthographe de mon nom",
  """Bonjour Madame Guillemot,

C'est corrigé dans mon fichier client et dans l'outil de facturation, avec mes excuses pour l'erreur. Les prochaines factures seront bien au nom de Guillemot.

Belle journée,
Sandra Delomenie
Floraison de Soi""",
  [], hard=True, frm=SANDRA_O, to="Sophie Guillemot <sophie.guillemot@wanadoo.fr>",
  mailer="Open-Xchange Mailer v7.10.6-Rev61",
  quote=dict(style="gmail-fr", days=1, who="Sophie Guillemot <sophie.guillemot@wanadoo.fr>", to=SANDRA_O,
             text="""Bonjour,

Petite chose : mon nom s'écrit Guillemot, avec deux L. Pouvez-vous corriger dans votre fichier ?

Merci !
Sophie Guillemot""")),

R("fr-sandra-demande-accord-temoignage",
  "Votre témoignage ?",
  """Bonjour Mireille,

J'aurais une petite demande : accepteriez-vous que je publie quelques mots de votre part sur mon site, en témoignage de notre accompagnement ? Vous pouvez bien sûr choisir ce qui apparaît (prénom, initiale, photo ou non), et retirer votre accord à tout moment sur simple mail.

Aucune obligation, évidemment !

Belle journée,
Sandra""",
  [], hard=True, frm=SANDRA_C, to="Mireille Bouchet <mireille.bouchet@orange.fr>",
  mailer="iPhone Mail (21F90)"),

# ---------------------------------------------------------------- other newsletters and business mail

R("fr-newsletter-autre-coach",
  "☀️ 3 pistes pour sortir du pilote automatique",
  """Bonjour Sandra,

Cette semaine, je vous partage trois pistes pour sortir du pilote automatique : la pause de 90 secondes, le journal des petites victoires et la règle du « un seul écran ».

Et si vous êtes coach ou thérapeute, les inscriptions pour ma supervision de groupe du printemps sont ouvertes !

À très vite,
Aurore – Coaching Lumière

Vous recevez cet email car vous êtes inscrit(e) à la newsletter Coaching Lumière.
Gérer mes préférences | Me désinscrire""",
  [], hard=True, frm="Aurore de Coaching Lumière <aurore@coaching-lumiere.fr>", to="contact", mailer="",
  reply_to="Aurore <aurore.coachinglumiere@gmail.com>",
  html="only", html_style="newsletter",
  headers={"List-Id": "<newsletter.coaching-lumiere.fr>",
           "List-Unsubscribe": "<https://coaching-lumiere.fr/unsubscribe?u=8f2c>", "Precedence": "bulk"}),

R("fr-newsletter-organisme-rgpd-change",
  "Formateurs indépendants : ce qui change en 2026 (RGPD, Qualiopi, CPF)",
  """Bonjour,

Au sommaire de notre lettre d'information de janvier :

1. RGPD : la CNIL publie un nouveau guide pour les organismes de formation. Registre des traitements, durées de conservation des émargements, gestion des demandes d'accès des stagiaires : on fait le point.
2. Qualiopi : les nouveautés du référentiel national qualité.
3. CPF : la participation forfaitaire des titulaires passe à 102,23 €.

Bonne lecture,
L'équipe de la FFP Centre-Val de Loire

Se désinscrire : https://ffp-cvl.fr/newsletter/unsubscribe""",
  [], hard=True, frm="FFP Centre-Val de Loire <newsletter@ffp-cvl.fr>", to="orange", mailer="",
  html="alt", html_style="newsletter",
  headers={"List-Id": "Lettre FFP CVL <lettre.ffp-cvl.fr>",
           "List-Unsubscribe": "<mailto:unsubscribe@ffp-cvl.fr>, <https://ffp-cvl.fr/newsletter/unsubscribe>",
           "Precedence": "list"}, date="2026-01-08 08:00"),

R("fr-mairie-reservation-salle",
  "Confirmation de réservation – Salle Arago",
  """Madame,

Nous vous confirmons la réservation de la salle Arago (rez-de-chaussée du centre socioculturel) le samedi 6 décembre de 8h00 à 18h00.

Accès à la salle : les clés sont à retirer à l'accueil de la mairie la veille avant 17h, sur présentation d'une pièce d'identité. Merci de laisser la salle dans l'état où vous l'avez trouvée (tables rangées, tableau effacé).

Le service Vie associative
Mairie d'Issoudun""",
  [], hard=True, frm="Vie associative <vie.associative@mairie-issoudun.fr>", to="orange", mailer="Microsoft Outlook 16.0",
  attach=[("pdf", "Convention_mise_a_disposition_salle_Arago.pdf",
           ["CONVENTION DE MISE A DISPOSITION - SALLE ARAGO",
            "Beneficiaire : Floraison de Soi - Sandra Dumot-Delomenie",
            "Date : samedi 6 decembre, 8h00-18h00"])], date="2025-11-03 10:45"),

R("fr-cci-invitation-salon",
  "Invitation – Rencontres des entrepreneurs de l'Indre",
  """Madame,

La CCI de l'Indre a le plaisir de vous convier aux Rencontres des entrepreneurs de l'Indre, le jeudi 20 novembre à partir de 17h30, au Centre des congrès de Châteauroux.

Au programme : table ronde « Entreprendre seul·e, sans s'épuiser », speed-meeting entre professionnels et cocktail de clôture.

Inscription gratuite mais obligatoire avant le 14 novembre.

Le service Création-Transmission
CCI Indre""",
  [], hard=False, frm="CCI Indre <evenements@indre.cci.fr>", to="contact", mailer="",
  html="only", html_style="newsletter", headers={"Precedence": "bulk"}, date="2025-10-21 09:30"),

R("fr-comptable-justificatifs",
  "Clôture 2025 – pièces manquantes",
  """Bonjour Madame Delomenie,

Pour la préparation de votre déclaration 2035, il nous manque encore :
- les relevés Qonto de novembre et décembre ;
- les justificatifs des frais de déplacement (formation à Tours) ;
- la facture de l'imprimeur pour les jeux de cartes.

Pouvez-vous les déposer sur votre espace avant le 15 février ?

Cordialement,
Mathieu Barbier
Cabinet Barbier & Associés – Expertise comptable""",
  [], hard=False, frm="Mathieu Barbier <m.barbier@barbier-expertise.fr>", to="orange",
  mailer="Microsoft Outlook 16.0", html="alt", date="2026-01-21 10:14"),

R("fr-imprimeur-facture",
  "Votre facture FA-2025-0871",
  """Bonjour,

Veuillez trouver ci-joint la facture correspondant à l'impression de 300 jeux de cartes « Les mots qui apaisent ».

Règlement à 30 jours par virement.

Merci de votre confiance,
Imprimerie du Berry""",
  [], hard=False, frm="Imprimerie du Berry <compta@imprimerie-berry.fr>", to="contact",
  mailer="Microsoft Outlook 16.0",
  attach=[("pdf", "FA-2025-0871.pdf",
           ["IMPRIMERIE DU BERRY - FACTURE FA-2025-0871",
            "Client : Floraison de Soi", "300 jeux de cartes - Total TTC : 1 248,00 EUR"])]),

R("fr-transfert-mail-suspect",
  "TR: est-ce que c'est vous ?",
  """Bonjour Sandra,

J'ai reçu ce mail ce matin au nom de « Floraison de Soi », avec un lien pour « confirmer mes coordonnées ». Ça ne ressemble pas à vos messages habituels et l'adresse est bizarre. Je préfère vous le transférer avant de cliquer sur quoi que ce soit.

C'est bien vous ?

Brigitte""",
  [], hard=True, frm="Brigitte Lopez <brigitte.lopez@orange.fr>", to="orange", shape="rfc822",
  inner=dict(frm="Floraison de Soi <service@floraison-soi-confirm.com>", to="brigitte.lopez@orange.fr",
             subject="Action requise : confirmez vos informations personnelles", days=0,
             body="""Chère cliente,

Dans le cadre de la mise à jour de nos fichiers, merci de confirmer vos informations personnelles et vos coordonnées bancaires avant 48h, faute de quoi votre compte sera supprimé :

https://floraison-soi-confirm.com/verif

Floraison de Soi""")),

R("fr-transfert-amie-newsletter",
  "Fwd: La lettre de Floraison de Soi",
  """Regarde Sandra, je t'ai transféré ta propre newsletter par erreur en voulant l'envoyer à ma sœur 😅 Par contre le lien vers l'atelier de mars ne marche pas chez moi, je te le signale au cas où.

Bises,
Valérie""",
  [], hard=True, frm="Valérie Texier <valerie.texier@gmail.com>", to="contact",
  quote=dict(style="fwd-gmail-fr", days=3, who="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
             to="valerie.texier@gmail.com", subj="La lettre de Floraison de Soi",
             text="""Bonjour Valérie,

Le printemps revient, et avec lui l'envie de faire de la place...

Prochains rendez-vous :
- Atelier « Poser ses limites avec douceur » – samedi 22 mars, Issoudun

Belle floraison,
Sandra

Se désinscrire : https://floraisondesoi.fr/desinscription"""), date="2025-03-07 13:15"),

R("fr-transfert-inscription-collegue-outlook",
  "TR: Formation CNV – inscription",
  """Bonjour Sandra,

Je vous transfère la demande de ma collègue, qui n'avait pas la bonne adresse. Elle souhaiterait s'inscrire à la session d'avril si ce n'est pas complet.

Cordialement,
Valérie Henriot""",
  [], hard=True, frm="Valérie Henriot <formation@transports-brunet.fr>", to="contact", mailer="Microsoft Outlook 16.0",
  quote=dict(style="fwd-outlook-fr", days=1, who="Nadia Ferhat <n.ferhat@transports-brunet.fr>",
             to="formation@transports-brunet.fr", subj="Formation CNV – inscription",
             text="""Bonjour,

Je voudrais m'inscrire à la formation Communication non violente d'avril. Mes informations : Nadia Ferhat, service exploitation, poste 214.

Merci,
Nadia"""), date="2025-02-18 11:00"),

R("fr-ancienne-cliente-envoie-photos-stage",
  "Les photos du stage",
  """Hello Sandra !
Comme promis voici quelques photos que j'ai prises pendant le stage. Tu peux les utiliser pour ton site si tu veux, tout le monde sur les photos était d'accord (on en a parlé le dernier soir).
Bisous
Léa""",
  [], hard=True, frm="Léa Fournier <lea.fournier@gmail.com>", to="contact",
  attach=[("png", "stage_juin_1.png", []), ("png", "stage_juin_2.png", [])]),

R("fr-entreprise-devis-formation-rgpd",
  "Demande de devis – sensibilisation",
  """Bonjour,

Nous sommes une association d'aide à domicile (42 salariés). Nous souhaiterions organiser une demi-journée de sensibilisation pour nos intervenantes sur deux thèmes : la gestion des émotions face aux bénéficiaires et les bonnes pratiques de confidentialité (secret professionnel, RGPD, données de santé des bénéficiaires).

Est-ce que ce type d'intervention entre dans votre champ ? Si oui, pourriez-vous nous adresser un devis ?

Cordialement,
Hélène Vasseur
Directrice – ADMR Pays d'Issoudun""",
  [], hard=True, frm="Hélène Vasseur <direction@admr-issoudun.fr>", to="contact", html="alt"),

]
