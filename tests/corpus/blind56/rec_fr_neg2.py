"""French negatives, part 2: thank-yous above handled requests, consent given, automatic
mail, bounces, platform notifications, vendor notices, spam/phishing, her own sent mail."""
from recbase import M

SANDRA_C = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

STRIPE_HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Paiement reçu</title></head>
<body style="background-color:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff;border-radius:8px;padding:32px">
<tr><td><img src="https://stripe-images.s3.amazonaws.com/notifications/hosted/20180110/Header/Left.png" alt="" width="120"></td></tr>
<tr><td style="font-size:24px;color:#32325d;padding-top:16px">Paiement de 195,00&nbsp;€ reçu</td></tr>
<tr><td style="font-size:16px;color:#525f7f;line-height:24px;padding-top:12px">
Floraison de Soi a reçu un paiement de <b>195,00&nbsp;€</b> de <b>helene.grosjean@gmail.com</b>.<br>
Description : Accompagnement Renaissance – 3 séances<br>
Méthode de paiement : Visa •••• 4242<br>
ID du paiement : pi_3QxR7kL2mN8pQ0vT1aBcDeFg</td></tr>
<tr><td style="padding-top:24px"><a href="https://dashboard.stripe.com/payments/pi_3QxR7kL2mN8pQ0vT1aBcDeFg" style="background:#635bff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Afficher le paiement</a></td></tr>
<tr><td style="font-size:12px;color:#8898aa;padding-top:32px">Vous recevez cet e-mail car vous avez activé les notifications de paiement. Vous pouvez modifier vos préférences d'e-mails dans le Dashboard.<br>Stripe Payments Europe, Ltd. – 1 Grand Canal Street Lower – Dublin 2 – Irlande</td></tr>
</table></td></tr></table></body></html>
"""

BREVO_HTML = """<html><body style="font-family:Arial,sans-serif;color:#1f2d3d">
<h2 style="color:#0b996e">Rapport de campagne : « La Graine du mois – novembre »</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Envoyés</td><td><b>1&nbsp;248</b></td></tr>
<tr><td>Délivrés</td><td><b>1&nbsp;231</b> (98,6&nbsp;%)</td></tr>
<tr><td>Ouvertures uniques</td><td><b>547</b> (44,4&nbsp;%)</td></tr>
<tr><td>Clics uniques</td><td><b>83</b></td></tr>
<tr><td>Désinscriptions</td><td><b>4</b></td></tr>
<tr><td>Hard bounces</td><td><b>9</b> – supprimés automatiquement de la liste</td></tr>
</table>
<p>Les contacts désinscrits ont été ajoutés à votre liste noire. Vous pouvez exporter le détail des données de la campagne au format CSV depuis votre compte.</p>
<p style="font-size:11px;color:#888">Brevo, 106 boulevard Haussmann, 75008 Paris. Vous recevez ce rapport car vous êtes administrateur du compte.</p>
</body></html>
"""

RECORDS = [
    # ------------------------------------------------------------ thank-yous above handled requests
    M("fr-neg-merci-suppression-faite", [],
      "Jacqueline Perrin <jacqueline.perrin@orange.fr>",
      "Re: Votre demande de suppression",
      """Merci beaucoup Sandra pour votre réponse rapide et pour ces années d'ateliers. Je vous souhaite plein de belles choses.

Jacqueline""",
      quote={"style": "gmail", "days": 2,
             "text": """Bonjour Jacqueline,

Comme vous me l'avez demandé, j'ai supprimé l'ensemble de vos données : votre fiche, vos questionnaires et votre compte sur la plateforme. Seules les factures sont conservées, comme la loi m'y oblige, pendant dix ans.

Je vous souhaite une très belle continuation,
Sandra"""},
      hard=True, mailer="orange"),
    # NEAR-LINE: thank-you above her confirmation of an erasure -> negative (only the new text counts).

    M("fr-neg-merci-export-recu", [],
      "Florian Guillot <florian.guillot@gmail.com>",
      "Re: Export de vos données",
      """Reçu, le fichier s'ouvre bien dans LibreOffice. Merci pour la rapidité !

Florian""",
      quote={"style": "gmail", "days": 1,
             "text": """Bonjour Florian,

Vous trouverez ci-joint l'export de vos données (fiche, réponses aux questionnaires, historique des séances) au format CSV, comme demandé.

Bien à vous,
Sandra Delomenie"""},
      hard=True),

    M("fr-neg-merci-rectification-faite", [],
      "Élodie Sabourin <elodie.sabourin@hotmail.fr>",
      "RE: Correction de votre adresse",
      """Parfait, merci ! Et bonne fin de semaine.
Élodie""",
      quote={"style": "outlook", "days": 1,
             "text": """Bonjour Élodie,

C'est corrigé : votre nouvelle adresse (12 rue des Tanneurs, 36100 Issoudun) figure désormais dans votre fiche et sur les prochaines factures. L'ancienne a été supprimée.

Belle journée,
Sandra"""},
      hard=True, mailer="outlook"),

    M("fr-neg-merci-desinscription-ok", [],
      "Roger Pichon <roger.pichon@free.fr>",
      "Re: Désinscription",
      """C'est noté, merci à vous et bonne continuation.
R. Pichon""",
      quote={"style": "apple",
             "text": """Bonjour Monsieur Pichon,

Je vous confirme votre désinscription de la lettre « La Graine du mois ». Vous ne recevrez plus d'envois de ma part.

Cordialement,
Sandra Delomenie"""},
      hard=True, mailer="applemail"),

    M("fr-neg-bien-recu-copie-dossier", [],
      "Anne Lagrange <anne.lagrange@icloud.com>",
      "Re: Copie de votre dossier",
      """Bien reçu le dossier, tout y est. Ça m'a fait drôle de relire le questionnaire du début ! Merci pour votre sérieux.

Anne

Envoyé de mon iPhone""",
      quote={"style": "apple", "days": 3,
             "text": """Bonjour Anne,

Suite à votre demande d'accès, vous trouverez en pièces jointes la copie de votre fiche client, de vos questionnaires et de mes notes de séance.

Sandra"""},
      hard=True, mailer="iphone"),

    # ------------------------------------------------------------ consent given
    M("fr-neg-accord-temoignage", [],
      "Sylvie Brosseau <sylvie.brosseau@gmail.com>",
      "Re: Votre témoignage ?",
      """Bonjour Sandra,

Avec plaisir ! Je vous donne mon accord pour publier mon témoignage sur votre site et sur Facebook, avec mon prénom et l'initiale de mon nom. Pour la photo, je préfère celle du jardin que je vous joins.

Sylvie""",
      quote={"style": "gmail", "days": 4,
             "text": """Bonjour Sylvie,
Accepteriez-vous que je publie sur mon site le petit texte que vous m'avez écrit après le stage ?
Sandra"""},
      att=[{"kind": "png", "name": "photo_jardin.png"}],
      hard=True),

    M("fr-neg-consentement-donnees-sante-signe", [],
      "Marc Tournier <marc.tournier@laposte.net>",
      "Formulaire signé",
      """Bonjour,

Ci-joint le formulaire de consentement à la collecte des données de santé, signé, ainsi que les conditions générales. J'ai rayé la ligne sur les photos, comme on en avait parlé.

À mardi pour la première séance,
Marc Tournier""",
      att=[{"kind": "docx", "name": "consentement_donnees_sante_Tournier.docx",
            "text": "Formulaire de consentement - donnees de sante\nJe soussigne Marc TOURNIER consens a la collecte de mes donnees de sante\ndans le cadre de l'accompagnement.\nFait a Issoudun, signe."}],
      hard=True),

    M("fr-neg-temoignage-spontane-publiable", [],
      "Geneviève Rondeau <genevieve.rondeau@wanadoo.fr>",
      "Quelques mots",
      """Chère Sandra,

Voici quelques mots sur le stage, vous pouvez les publier si vous le souhaitez, avec mon prénom :

« Trois jours pour me retrouver, après des années à m'oublier. Sandra a ce don rare d'écouter sans juger. Je suis repartie avec des outils simples et beaucoup de douceur. »

Merci encore,
Geneviève""",
      hard=True, to="orange"),

    # ------------------------------------------------------------ automatic mail
    M("fr-neg-autoreply-conges", [],
      "Céline Mauriac <celine.mauriac@ac-orleans-tours.fr>",
      "Réponse automatique : Atelier du 14",
      """Bonjour,

Je suis absente du 20 juillet au 18 août inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.
Pour toute urgence, merci de contacter le secrétariat au 02 54 21 00 00.

Cordialement,
Céline Mauriac""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
      date="2025-07-24 09:12", hard=True),

    M("fr-neg-autoreply-cabinet-droits-rgpd", [],
      "Cabinet Lestrade Conseil <contact@lestrade-conseil.fr>",
      "Accusé de réception",
      """Bonjour,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.

Conformément au Règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition concernant les données vous concernant. Vous pouvez exercer ces droits en écrivant à dpo@lestrade-conseil.fr. Vous pouvez également retirer votre consentement à tout moment ou introduire une réclamation auprès de la CNIL.

Ceci est un message automatique, merci de ne pas y répondre.""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
      hard=True, html="alt"),
    # NEAR-LINE: lists every GDPR right but is an automatic acknowledgement -> negative.

    M("fr-neg-autoreply-adresse-plus-consultee", [],
      "Patricia Delsol <patricia.delsol@wanadoo.fr>",
      "Message automatique - changement d'adresse",
      """Cette adresse n'est plus consultée. Merci de noter ma nouvelle adresse : patricia.delsol@gmail.com et de mettre à jour vos contacts.

Ceci est une réponse automatique.""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
      hard=True),
    # NEAR-LINE: reads like a rectification with the new value, but it is an automatic reply -> negative.

    M("fr-neg-bounce-newsletter-orange", [],
      "Mail Delivery System <MAILER-DAEMON@orange.fr>",
      "Undelivered Mail Returned to Sender",
      """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<m.rivet36@orange.fr>: host smtp-in.orange.fr[193.252.22.84] said: 550 5.1.1
    <m.rivet36@orange.fr>: Recipient address rejected: User unknown""",
      kind="bounce", to="orange",
      inner={"frm": SANDRA_O, "to": "m.rivet36@orange.fr", "subject": "La Graine du mois – décembre",
             "body": "Bonjour à toutes et à tous,\n\nDécembre arrive, et avec lui l'envie de ralentir...\n",
             "mta": "smtp.orange.fr", "rcpt": "m.rivet36@orange.fr", "status": "5.1.1",
             "remote": "smtp-in.orange.fr", "diag": "550 5.1.1 <m.rivet36@orange.fr>: Recipient address rejected: User unknown"},
      headers=[("Auto-Submitted", "auto-replied")], hard=True),

    M("fr-neg-bounce-boite-pleine", [],
      "Mail Delivery Subsystem <mailer-daemon@mail.floraisondesoi.fr>",
      "Delivery Status Notification (Delay)",
      """Votre message n'a pas encore pu être remis à christiane.auger@laposte.net.
Le serveur de destination signale que la boîte aux lettres est pleine.
Nous réessaierons pendant 48 heures.""",
      kind="bounce", to="contact",
      inner={"frm": SANDRA_C, "to": "christiane.auger@laposte.net", "subject": "Confirmation de votre inscription",
             "body": "Bonjour Christiane,\n\nVotre inscription à l'atelier du 9 est bien enregistrée.\n\nSandra\n",
             "headers_only": True,
             "mta": "mail.floraisondesoi.fr", "rcpt": "christiane.auger@laposte.net", "status": "4.2.2",
             "remote": "lpn-mx.laposte.net", "diag": "452 4.2.2 Mailbox full", "action": "delayed"},
      headers=[("Auto-Submitted", "auto-replied")]),

    # ------------------------------------------------------------ platforms
    M("fr-neg-stripe-paiement-recu", [],
      "Stripe <notifications@stripe.com>",
      "Paiement de 195,00 € reçu de helene.grosjean@gmail.com",
      "Floraison de Soi a reçu un paiement de 195,00 € de helene.grosjean@gmail.com.",
      html="alt", html_body=STRIPE_HTML, to="contact",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Stripe-Notification", "charge.succeeded")]),

    M("fr-neg-systemeio-nouveau-contact", [],
      "Systeme.io <no-reply@systeme.io>",
      "Nouveau contact : webinaire « Oser changer »",
      """Bonjour Sandra,

Un nouveau contact vient de s'inscrire via la page « Webinaire Oser changer » :

Email : lea.frechet@gmail.com
Prénom : Léa
Tag ajouté : webinaire-oser-changer
Consentement RGPD : accepté (case cochée le formulaire)

Retrouvez toutes les données de ce contact dans votre tableau de bord, rubrique Contacts.

L'équipe Systeme.io""",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "systeme.io")],
      to="contact", hard=True, html="alt"),

    M("fr-neg-systemeio-contact-desabonne", [],
      "Systeme.io <no-reply@systeme.io>",
      "Un contact s'est désabonné",
      """Bonjour Sandra,

Le contact marc.delattre@gmail.com s'est désabonné de votre liste « Newsletter La Graine du mois » le 14 à 08:41.

Il ne recevra plus vos campagnes. Ses données restent disponibles dans votre liste de contacts ; vous pouvez les supprimer ou les exporter à tout moment.

L'équipe Systeme.io""",
      headers=[("Auto-Submitted", "auto-generated")], to="contact", hard=True),
    # NEAR-LINE: a platform notice about someone else's unsubscribe, not a request to her -> negative.

    M("fr-neg-calendly-annulation", [],
      "Calendly <notifications@calendly.com>",
      "Annulé : Séance découverte (30 min) avec Vanessa Roux",
      """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance découverte (30 min)
Invité : Vanessa Roux
E-mail de l'invité : vanessa.roux@gmail.com
Date/heure : 10:00 - jeudi (heure d'Europe centrale)
Annulé par : Vanessa Roux
Motif : « Empêchement professionnel, je reprendrai un créneau. »

Le créneau a été libéré dans votre agenda.

Voir les événements dans Calendly""",
      headers=[("Reply-To", "Vanessa Roux <vanessa.roux@gmail.com>"), ("Auto-Submitted", "auto-generated")], html="alt", to="contact", hard=True),

    M("fr-neg-qonto-releve-disponible", [],
      "Qonto <noreply@qonto.com>",
      "Votre relevé de compte est disponible",
      """Bonjour Sandra,

Le relevé de compte de Floraison de Soi pour le mois écoulé est disponible dans votre espace Qonto. Vous pouvez le télécharger en PDF ou exporter vos transactions au format CSV pour votre comptable.

Pensez à ajouter les justificatifs manquants : 3 transactions n'ont pas encore de reçu.

L'équipe Qonto
Qonto, 18 rue de Navarin, 75009 Paris""",
      headers=[("Auto-Submitted", "auto-generated")], to="orange", html="alt"),

    M("fr-neg-urssaf-declaration", [],
      "Urssaf - autoentrepreneur <ne-pas-repondre@urssaf.fr>",
      "Rappel : déclaration de chiffre d'affaires",
      """Madame DUMOT-DELOMENIE,

Nous vous rappelons que votre déclaration de chiffre d'affaires pour la période du trimestre écoulé est à effectuer avant la fin du mois sur autoentrepreneur.urssaf.fr, même en cas de chiffre d'affaires nul.

Pour accéder à votre espace, munissez-vous de votre numéro SIRET et de votre mot de passe.

Votre Urssaf

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.""",
      headers=[("Auto-Submitted", "auto-generated")], to="orange"),

    M("fr-neg-paypal-paiement", [],
      "service@paypal.fr <service@paypal.fr>",
      "Vous avez reçu un paiement",
      """Bonjour Sandra Dumot-Deloménie,

Vous avez reçu un paiement de 45,00 EUR de Daniel Fort (daniel.fort@gmail.com).

Détails de la transaction
Objet : Atelier Cercle de femmes – samedi
N° de transaction : 8KL52019JT3361744

Les fonds sont disponibles sur votre compte PayPal.

Cordialement,
PayPal""",
      html="only", headers=[("Auto-Submitted", "auto-generated")], to="contact"),

    M("fr-neg-brevo-rapport-campagne", [],
      "Brevo <no-reply@brevo.com>",
      "Rapport de votre campagne « La Graine du mois – novembre »",
      "",
      html="only", html_body=BREVO_HTML, to="contact", hard=True,
      headers=[("Auto-Submitted", "auto-generated"), ("X-Mailin-Campaign", "184")]),

    M("fr-neg-google-alerte-securite", [],
      "Google <no-reply@accounts.google.com>",
      "Alerte de sécurité",
      """Nouvelle connexion sur Windows

contact@floraisondesoi.fr

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, vous n'avez rien à faire. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous pouvez également voir l'activité liée à la sécurité sur https://myaccount.google.com/notifications
Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
      html="alt", to="contact", hard=True, headers=[("Auto-Submitted", "auto-generated")]),

    M("fr-neg-ovh-dpa-mise-a-jour", [],
      "OVHcloud <noreply@ovh.com>",
      "Mise à jour de nos Conditions et de l'Accord sur le traitement des données",
      """Bonjour,

Nous vous informons de la mise à jour de nos Conditions générales de service et de l'annexe « Traitement des données à caractère personnel » (DPA), qui entreront en vigueur dans 30 jours.

Principales modifications :
- précision de la liste des sous-traitants ultérieurs ;
- mise à jour des mesures techniques et organisationnelles ;
- modalités d'export et de suppression des données à la fin du contrat.

Si vous vous opposez à ces modifications, vous pouvez résilier vos services sans frais avant leur entrée en vigueur. À défaut, elles s'appliqueront automatiquement.

L'équipe OVHcloud""",
      to="contact", hard=True, headers=[("Precedence", "bulk")]),

    M("fr-neg-systemeio-cgu-rgpd", [],
      "Aurélien de Systeme.io <aurelien@systeme.io>",
      "Important : nouvelles fonctionnalités RGPD dans votre compte",
      """Bonjour Sandra,

Bonne nouvelle : vous pouvez désormais gérer les demandes RGPD de vos contacts directement depuis votre tableau de bord.

- Export des données d'un contact en un clic (JSON ou CSV)
- Suppression définitive d'un contact et de son historique
- Journal des consentements (date, page, texte accepté)

Nous avons aussi mis à jour notre accord de sous-traitance (DPA), consultable dans Paramètres > RGPD.

À très vite,
Aurélien, cofondateur de Systeme.io

Pour ne plus recevoir nos actualités, cliquez ici.""",
      to="contact", hard=True, html="alt",
      headers=[("List-Unsubscribe", "<https://systeme.io/unsubscribe/8f2c1a>"), ("Precedence", "bulk")]),

    # ------------------------------------------------------------ spam / phishing
    M("fr-neg-spam-conformite-rgpd", [],
      "Service Conformité RGPD <info@conformite-rgpd-pro.com>",
      "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
      """Madame, Monsieur,

Après analyse automatisée de votre site floraisondesoi.fr, nous avons relevé 7 manquements au RGPD (absence de registre des traitements, bandeau cookies non conforme, politique de confidentialité incomplète...).

Les sanctions de la CNIL peuvent atteindre 20 millions d'euros. Pour vous mettre en conformité, notre audit express est proposé à 490 € HT au lieu de 990 €, jusqu'à vendredi.

Répondez « AUDIT » à ce mail pour être rappelé(e).

Pour vous opposer à la réception de nos offres, répondez STOP.""",
      hard=True, to="contact", headers=[("Precedence", "bulk")]),

    M("fr-neg-spam-registre-mise-en-demeure", [],
      "Pôle Mise en Conformité <relance@registre-traitements-obligatoire.fr>",
      "Mise en demeure - Registre des données non déclaré",
      """AVIS DE MISE EN CONFORMITÉ

Entreprise : FLORAISON DE SOI
Référence dossier : RGPD-36-4471

Sauf erreur de notre part, votre entreprise n'a pas encore procédé à la déclaration de son registre des traitements de données personnelles. Vous disposez de 8 jours pour régulariser votre situation via le formulaire ci-joint, moyennant les frais de dossier de 349 €.

Ce courrier n'émane pas de la CNIL.""",
      att=[{"kind": "pdf", "name": "formulaire_regularisation.pdf", "text": "Formulaire de regularisation - frais de dossier 349 EUR"}],
      hard=True, to="orange"),

    M("fr-neg-phishing-orange-boite-supprimee", [],
      "Orange Messagerie <securite@orange-assistance-clients.com>",
      "Votre boîte mail sera supprimée sous 24h",
      """Cher(e) client(e),

Suite à une mise à jour de nos serveurs, votre boîte sandra.delomenie@orange.fr sera supprimée dans les 24 heures et toutes vos données effacées.

Pour conserver l'accès à vos e-mails, confirmez vos informations de connexion en cliquant sur le lien ci-dessous :
http://orange-verif-compte.info/login

Service Client Orange""",
      html="alt", hard=True, to="orange"),

    M("fr-neg-phishing-facture-impayee", [],
      "Comptabilité <compta@factures-en-ligne-service.net>",
      "Facture impayée n°FA-2025-3381 - accès au document",
      """Bonjour,

Votre facture n°FA-2025-3381 reste impayée à ce jour. Pour consulter une copie du document et éviter des frais de recouvrement, accédez à votre espace sécurisé avec votre identifiant de messagerie :

https://docs-factures-securise.net/view?id=3381

Sans régularisation sous 48 h, votre dossier sera transmis à notre service contentieux.""",
      hard=True, to="contact"),

    # ------------------------------------------------------------ her own sent mail
    M("fr-neg-sandra-confirmation-effacement", [],
      SANDRA_C,
      "Confirmation de la suppression de vos données",
      """Bonjour Madame Lemercier,

Suite à votre demande du 3 de ce mois, je vous confirme avoir effacé l'ensemble de vos données personnelles : fiche client, notes de séance, questionnaires et compte sur la plateforme de formation. Votre adresse a également été retirée de la liste d'envoi de la newsletter.

Seules les factures sont conservées, comme m'y oblige la réglementation comptable.

Je reste à votre disposition,
Sandra Delomenie
Floraison de Soi - 46 rue d'Estienne d'Orves - 36100 Issoudun""",
      to="Marie-Paule Lemercier <mp.lemercier@gmail.com>", hard=True, mailer="thunderbird"),

    M("fr-neg-sandra-envoi-export", [],
      SANDRA_C,
      "Vos données - export",
      """Bonjour Stéphane,

Comme convenu, voici l'export de vos données au format CSV (fiche, dates de séances et réponses aux questionnaires). Le fichier s'ouvre avec n'importe quel tableur.

N'hésitez pas si quelque chose manque.

Belle journée,
Sandra""",
      to="Stéphane Morin <stephane.morin@free.fr>", hard=True,
      att=[{"kind": "csv", "name": "export_donnees_S_Morin.csv",
            "text": "champ;valeur\nnom;Morin\nprenom;Stéphane\nemail;stephane.morin@free.fr\nseance_1;2025-01-14\nseance_2;2025-02-04\nquestionnaire_depart_score_stress;7\n"}]),

    M("fr-neg-sandra-newsletter-graine", [],
      "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
      "🌱 La Graine du mois : oser dire non (sans culpabiliser)",
      """Bonjour à toutes et à tous,

Ce mois-ci, parlons du « non ». Ce petit mot qu'on retire si vite de nos phrases, de peur de décevoir. Et si dire non à l'autre, c'était parfois dire oui à soi ?

Au programme :
- l'exercice du mois : trois façons de refuser sans se justifier ;
- les dates des prochains ateliers à Issoudun (samedi 8 et samedi 22) ;
- un replay offert du webinaire « Mes limites, mon territoire ».

Je vous souhaite un beau mois,
Sandra

Vous recevez cette lettre parce que vous vous êtes inscrit(e) sur floraisondesoi.fr. Pour ne plus la recevoir, cliquez sur le lien de désinscription. Vos données ne sont jamais cédées à des tiers.""",
      to="Floraison de Soi <contact@floraisondesoi.fr>", html="alt", hard=True,
      headers=[("Reply-To", "Sandra Delomenie <contact@floraisondesoi.fr>"), ("List-Id", "La Graine du mois <graine.floraisondesoi.fr>"),
               ("List-Unsubscribe", "<mailto:unsubscribe@floraisondesoi.fr?subject=unsubscribe>, <https://floraisondesoi.fr/desinscription?u=TOKEN>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")]),

    M("fr-neg-sandra-rappel-rdv", [],
      SANDRA_O,
      "Rappel : votre séance de jeudi",
      """Bonjour Gaëtan,

Petit rappel pour notre séance de jeudi à 17 h 30, au cabinet du 46 rue d'Estienne d'Orves. L'accès se fait par la cour, sonnette « Floraison de Soi ».

Si vous avez un empêchement, merci de me prévenir 48 h à l'avance.

À jeudi,
Sandra""",
      to="Gaëtan Roche <gaetan.roche@gmail.com>", mailer="orange"),

    # ------------------------------------------------------------ forwards, misc platforms
    M("fr-neg-transfert-convention-opco", [],
      "Amélie Perronnet <amelie.perronnet@gmail.com>",
      "TR: Convention de formation",
      """Bonjour Sandra,

Je vous transfère le mail de mon OPCO avec la convention à signer de votre côté. Ils ont besoin d'une copie signée avant le début de la formation pour débloquer la prise en charge.

Merci !
Amélie""",
      kind="rfc822",
      inner={"frm": "Akto - Service Formation <formation@akto.fr>", "to": "amelie.perronnet@gmail.com",
             "subject": "Votre demande de prise en charge n° 2025-114872", "days": 3,
             "body": "Madame,\n\nVotre demande de prise en charge pour la formation « Gérer son stress au travail » (organisme : Floraison de Soi) est acceptée sous réserve de la réception de la convention signée par l'organisme.\n\nLe service Formation\n"},
      hard=True),

    M("fr-neg-moncompteformation-dossier", [],
      "Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>",
      "Nouvelle demande d'inscription à votre formation",
      """Bonjour,

Un titulaire de compte a déposé une demande d'inscription à votre action de formation « Gérer ses émotions au travail ». Vous disposez de 2 jours ouvrés pour y répondre depuis votre espace EDOF.

Ce message est envoyé automatiquement.""",
      headers=[("Auto-Submitted", "auto-generated")], to="orange"),

    M("fr-neg-zoom-enregistrement-disponible", [],
      "Zoom <no-reply@zoom.us>",
      "L'enregistrement cloud est maintenant disponible",
      """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion est maintenant disponible.

Sujet : Webinaire « Mes limites, mon territoire »
Durée : 1 h 27 min

Partagez l'enregistrement avec les spectateurs :
https://us06web.zoom.us/rec/share/Xr4kD2...

Les participants ne pourront pas télécharger l'enregistrement. Vous pouvez modifier l'accès, supprimer ou retirer des passages depuis votre espace Enregistrements.

Merci d'avoir choisi Zoom.""",
      html="alt", headers=[("Auto-Submitted", "auto-generated")], to="contact", hard=True),

    M("fr-neg-google-nouvel-avis", [],
      "Google Business Profile <businessprofile-noreply@google.com>",
      "Nouvel avis sur Floraison de Soi",
      """Floraison de Soi a reçu un nouvel avis

★★★★★ Martine L.
« Une écoute exceptionnelle, des ateliers où on se sent en sécurité. Merci Sandra ! »

Répondez aux avis pour montrer que vous appréciez les commentaires de vos clients.

Répondre""",
      html="alt", to="contact", headers=[("Auto-Submitted", "auto-generated")]),

    M("fr-neg-france-travail-aif", [],
      "France Travail <ne-pas-repondre@francetravail.fr>",
      "Devis AIF - validation",
      """Madame,

Le devis n° AIF-36-55821 concernant la formation de Mme Julie Barreau a été validé par votre conseiller. L'attestation d'entrée en formation devra être transmise via Kairos dès le premier jour.

France Travail - Agence d'Issoudun""",
      to="orange", headers=[("Auto-Submitted", "auto-generated")]),

    # ------------------------------------------------------------ ordinary mail
    M("fr-neg-retour-atelier-simple", [],
      "Odile Charrier <odile.charrier@orange.fr>",
      "Atelier de samedi",
      """Bonjour Sandra,

Juste un petit mot pour vous dire merci pour samedi. Le passage sur la respiration carrée m'a beaucoup servi dès le lundi, en réunion. Et la soupe de potimarron, un délice !

À la prochaine,
Odile""",
      mailer="orange"),

    M("fr-neg-question-tarif-couple", [],
      "Yann Morel <yann.morel@gmail.com>",
      "Tarif pour un couple ?",
      """Bonjour,

Ma compagne et moi aimerions faire quelques séances ensemble, plutôt sur la communication au quotidien que de la thérapie de couple. Est-ce que vous proposez cela, et à quel tarif ? Les samedis matin nous arrangeraient.

Merci,
Yann""",
      html="only"),

    M("fr-neg-report-rdv-simple", [],
      "Sophie Garnier <sophie.garnier@free.fr>",
      "Rendez-vous du 23",
      """Bonjour Sandra,
serait-il possible de décaler notre rendez-vous du 23 à 11 h au lieu de 9 h ? Je dois déposer ma voiture au garage.
Merci, Sophie"""),

    M("fr-neg-reponses-sondage-satisfaction", [],
      "Rémi Chevalier <remi.chevalier@laposte.net>",
      "Sondage de satisfaction",
      """Bonjour,

Le lien du questionnaire de satisfaction ne marche pas chez moi, alors je vous réponds ici :
1. Organisation : 5/5
2. Contenu : 4/5, j'aurais aimé plus d'exercices pratiques
3. Animatrice : 5/5
4. Recommanderiez-vous ? Oui, d'ailleurs j'en ai déjà parlé à ma soeur.

Vous pouvez utiliser mes réponses pour vos statistiques, aucun problème.

Rémi""",
      hard=True),

    M("fr-neg-suisse-annulation-stage", [],
      "Nadia Rochat <nadia.rochat@bluewin.ch>",
      "Annulation stage de juillet",
      """Bonjour Madame Delomenie,

Je suis navrée mais je dois annuler mon inscription au stage de juillet : mon employeur a modifié les vacances du service. Est-il possible de récupérer l'acompte, ou de le reporter sur le stage d'automne ?

Meilleures salutations,
Nadia Rochat
Lausanne""",
      hard=True),

    M("fr-neg-belge-acces-depuis-gare", [],
      "Pascale Dewit <pascale.dewit@skynet.be>",
      "Accès depuis la gare",
      """Bonjour,

Je viendrai en train depuis Bruxelles pour le stage (changement à Vierzon). Y a-t-il un moyen d'accès simple depuis la gare d'Issoudun jusqu'à la salle ? Sinon je prendrai un taxi, mais j'aimerais savoir combien de temps ça prend.

Merci bien,
Pascale""",
      hard=True),

    M("fr-neg-formulaire-horaires", [],
      "Floraison de Soi - formulaire <wordpress@floraisondesoi.fr>",
      "[Floraison de Soi] Nouveau message de Josiane Carré",
      """Nom : Josiane Carré
E-mail : josiane.carre@gmail.com
Téléphone : 06 33 71 40 98
Sujet : Renseignement

Message :
Bonjour, est-ce que les ateliers du samedi sont ouverts aux débutantes ? Et faut-il apporter quelque chose (tapis, coussin) ? Merci

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
      to="contact", headers=[("Reply-To", "Josiane Carré <josiane.carre@gmail.com>"), ("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")]),

    M("fr-neg-quebec-fuseau-webinaire", [],
      "Catherine Bouchard <catherine.bouchard@videotron.ca>",
      "Heure du webinaire",
      """Bonjour!

Le webinaire de jeudi est à 19 h heure de France, c'est ben ça? Ça me ferait 13 h ici à Montréal, sur l'heure du dîner, parfait. Est-ce qu'il y aura un enregistrement si je dois quitter avant la fin?

Merci!
Catherine""",
      hard=True),
]

# Dates pinned where the text refers to a season, a month or a day of the month.
DATES = {
    "fr-neg-bounce-newsletter-orange": "2025-12-01 07:03",
    "fr-neg-brevo-rapport-campagne": "2025-11-28 18:00",
    "fr-neg-sandra-newsletter-graine": "2025-11-03 07:30",
    "fr-neg-sandra-confirmation-effacement": "2025-06-12 17:41",
    "fr-neg-systemeio-contact-desabonne": "2026-05-14 08:42",
    "fr-neg-suisse-annulation-stage": "2026-05-20 12:15",
    "fr-neg-retour-atelier-simple": "2025-10-13 19:08",
}
for _r in RECORDS:
    if _r["key"] in DATES:
        _r["date"] = DATES[_r["key"]]
