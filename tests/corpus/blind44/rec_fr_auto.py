# French negatives: automatic mail, platforms, vendors, spam, phishing, bounces and her own sent mail.
from recbase import M, with_dates

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La lettre de Floraison</title></head>
<body style="margin:0;background:#f6f1ea;font-family:Georgia,serif;color:#3b3a36">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><h1 style="font-size:22px;color:#8a5a83">🌸 La lettre de Floraison – mai</h1>
<p>Bonjour à toutes et à tous,</p>
<p>Et si la lenteur était une compétence ? Ce mois-ci, je vous invite à repérer trois moments de votre journée où
vous pourriez ralentir volontairement, ne serait-ce que trente secondes.</p>
<p><strong>À venir :</strong> atelier « Se réconcilier avec la lenteur », samedi 17 mai, 9h30-12h30, Issoudun.</p>
<p>Prenez soin de vous,<br>Sandra</p>
<p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes inscrit·e sur floraisondesoi.fr.
<a href="https://floraisondesoi.fr/desinscription?u=8f3a">Se désinscrire</a></p>
</td></tr></table></td></tr></table></body></html>
"""

RECORDS = [

    # ------------------------------------------------------------ auto-replies
    M("fr-neg-auto-conges", [], "Réponse automatique : Re: Inscription atelier",
      "Bonjour,\n\nJe suis absente jusqu'au 25 août inclus, sans accès à ma messagerie. Votre message sera traité à mon "
      "retour.\nPour toute urgence concernant le collège, merci de contacter le secrétariat au 02 54 21 07 70.\n\n"
      "Nicole Fabre\n",
      frm="Nicole Fabre <nicole.fabre@ac-orleans-tours.fr>", to="contact", headers=AUTO, date="2025-08-06 10:02"),

    # auto-acknowledgement that itself lists GDPR rights -> negative
    M("fr-neg-auto-rgpd", [], "Accusé de réception de votre message [Dossier 2025-118834]",
      "Madame, Monsieur,\n\nNous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais "
      "par nos conseillers.\n\nConformément au Règlement général sur la protection des données, vous disposez d'un "
      "droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur les données "
      "vous concernant. Pour exercer ces droits, écrivez à dpo@mutuelle-sante-berry.fr en joignant un justificatif "
      "d'identité.\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n\nMutuelle Santé Berry\n",
      frm="Mutuelle Santé Berry <ne-pas-repondre@mutuelle-sante-berry.fr>", to="orange",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

    M("fr-neg-auto-service-culturel", [], "Réponse automatique : Salle pour l'atelier du 14 juin",
      "Bonjour,\nLe service culturel est fermé du 28 juillet au 18 août. Les demandes de réservation de salles seront "
      "examinées à la réouverture.\nCordialement,\nService culturel – Ville d'Issoudun\n",
      frm="Service culturel <culture@ville-issoudun.fr>", to="contact",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}, date="2025-07-30 14:20"),

    M("fr-neg-auto-vacances-tel", [], "Absente : Re: Votre séance de vendredi",
      "Je suis en vacances sans réseau jusqu'au 3, je vous réponds à mon retour 🌴\n",
      frm="Céline Garcia <celine.garcia@gmail.com>", html="alt",
      headers={"Auto-Submitted": "auto-replied"}, date="2025-07-24 16:40"),

    # ------------------------------------------------------------ bounces (multipart/report)
    M("fr-neg-bounce-orange", [], "Message non remis : 🌸 La lettre de Floraison – mars",
      "Ce message a été créé automatiquement par le serveur de messagerie.\n\n"
      "Votre message n'a pas pu être remis à un ou plusieurs destinataires :\n\n"
      "  mireille.gautier@aliceadsl.fr\n    Adresse inconnue : la boîte aux lettres n'existe pas.\n\n"
      "Le message d'origine est joint à cette notification.\n",
      frm="Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>", to="orange", mid="mta", kind="bounce",
      date="2025-03-04 07:03",
      headers={"Auto-Submitted": "auto-replied"},
      bounce=dict(mta="smtp.orange.fr", rcpts=["mireille.gautier@aliceadsl.fr"], status="5.1.1",
                  remote="mx.aliceadsl.fr", diag="550 5.1.1 <mireille.gautier@aliceadsl.fr>: Recipient address rejected",
                  orig_from="sandra_orange", orig_subject="🌸 La lettre de Floraison – mars",
                  orig_body="Bonjour à toutes et à tous,\n\nLe printemps revient, et avec lui l'envie de semer.\n")),

    M("fr-neg-bounce-ovh", [], "Échec de remise du message : Re: Votre inscription",
      "Votre message n'a pas pu être délivré au destinataire suivant après plusieurs tentatives :\n\n"
      "<jl.marchais@gmial.com> : le domaine gmial.com n'accepte pas de courrier.\n\n"
      "Seuls les en-têtes du message d'origine sont joints.\n",
      frm="Mail Delivery System <MAILER-DAEMON@mo552.mail-out.ovh.net>", to="contact", mid="mta", kind="bounce",
      headers={"Auto-Submitted": "auto-replied"},
      bounce=dict(mta="mo552.mail-out.ovh.net", rcpts=["jl.marchais@gmial.com"], status="5.4.4",
                  remote="gmial.com", diag="554 5.4.4 Host or domain name not found", headers_only=True,
                  orig_from="sandra_contact", orig_subject="Re: Votre inscription",
                  orig_body="Bonjour Jean-Luc,\n\nVotre place est bien réservée pour samedi.\n\nSandra\n")),

    # ------------------------------------------------------------ platform notifications
    M("fr-neg-systemeio-vente", [], "Nouvelle vente : Formation « S'affirmer en douceur »",
      "Félicitations !\n\nVous avez réalisé une nouvelle vente.\n\nProduit : Formation « S'affirmer en douceur » – "
      "accès 12 mois\nMontant : 197,00 €\nClient : Anaïs Lebrun (anais.lebrun@gmail.com)\n\nRetrouvez le détail dans "
      "votre tableau de bord > Ventes.\n\nL'équipe Systeme.io\n",
      frm="Systeme.io <noreply@systeme.io>", to="contact", mid="ses", html="only",
      reply_to="Anaïs Lebrun <anais.lebrun@gmail.com>"),

    # NEAR-LINE: platform tells her a contact unsubscribed -> notification, not a request to her
    M("fr-neg-systemeio-desabo", [], "Un contact s'est désabonné de votre liste",
      "Bonjour Sandra,\n\nLe contact suivant s'est désabonné de votre liste « Newsletter Floraison » :\n\n"
      "yvette.baron@orange.fr – le 14/05/2025 à 21:47\nMotif indiqué : « Je reçois trop d'e-mails »\n\n"
      "Aucune action n'est requise de votre part.\n\nSysteme.io\n",
      frm="Systeme.io <noreply@systeme.io>", to="contact", mid="ses", html="alt"),

    M("fr-neg-qonto-virement", [], "Virement reçu : 360,00 €",
      "Bonjour Sandra,\n\nVous avez reçu un virement de 360,00 € sur votre compte Floraison de Soi.\n\n"
      "Émetteur : TRANSPORTS DU BERRY\nLibellé : FACT 2025-041 FORMATION COMMUNICATION\n\n"
      "Consultez le détail dans l'application Qonto.\n",
      frm="Qonto <noreply@qonto.com>", to="orange", mid="sendgrid", html="alt"),

    M("fr-neg-urssaf", [], "Votre déclaration de chiffre d'affaires – échéance du 31 juillet",
      "Madame DUMOT-DELOMENIE,\n\nVotre déclaration de chiffre d'affaires du 2e trimestre 2025 est à effectuer avant le "
      "31 juillet 2025 sur autoentrepreneur.urssaf.fr.\n\nCe message est envoyé automatiquement, merci de ne pas y "
      "répondre.\n\nVotre Urssaf\n",
      frm="Urssaf <ne-pas-repondre@urssaf.fr>", to="orange", mid="mta", date="2025-07-08 06:30"),

    M("fr-neg-paypal-paiement", [], "Vous avez reçu un paiement de 45,00 € EUR de Chantal Morel",
      "Bonjour Floraison de Soi,\n\nChantal Morel vous a envoyé 45,00 € EUR.\n\nNote de Chantal : « Atelier mandalas "
      "du 5 avril, merci ! »\n\nNuméro de transaction : 8RK41872WT604193L\n\nPayPal\n",
      frm="service@paypal.fr", to="contact", mid="generic", html="only"),

    M("fr-neg-brevo-rapport", [], "Rapport de campagne : La lettre de Floraison – octobre",
      "Votre campagne « La lettre de Floraison – octobre » a été envoyée à 412 contacts.\n\n"
      "Taux d'ouverture : 48,3 %\nTaux de clic : 6,1 %\nDésinscriptions : 3\nHard bounces : 2\n\n"
      "Voir le rapport complet dans votre compte Brevo.\n",
      frm="Brevo <reporting@brevo.com>", to="contact", mid="brevo", html="alt"),

    # trigger words inside a Calendly cancellation: "supprimer ce créneau"
    M("fr-neg-calendly-annulation", [], "Annulé : Séance découverte (30 min) avec Fabien Lenoir",
      "Bonjour Sandra,\n\nL'événement ci-dessous a été annulé.\n\nType d'événement : Séance découverte (30 min)\n"
      "Invité : Fabien Lenoir\nDate : jeudi 5 juin 2025, 18:00 (heure d'Europe centrale)\n"
      "Motif : je dois supprimer ce créneau, désolé, je reprendrai rendez-vous\n\nCalendly\n",
      frm="Calendly <notifications@calendly.com>", to="contact", mid="sendgrid", html="alt",
      reply_to="Fabien Lenoir <fabien.lenoir@free.fr>"),

    M("fr-neg-google-alerte", [], "Alerte de sécurité",
      "Nouvelle connexion sur Android\n\ncontact@floraisondesoi.fr\n\nNous avons détecté une nouvelle connexion à "
      "votre compte Google sur un appareil Android. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous "
      "aiderons à sécuriser votre compte.\n\nVérifier l'activité\n\nVous avez reçu cet e-mail pour vous informer des "
      "modifications importantes apportées à votre compte et aux services Google que vous utilisez.\n",
      frm="Google <no-reply@accounts.google.com>", to="contact", mid="google", html="alt"),

    M("fr-neg-orange-facture", [], "Votre facture Orange est disponible",
      "Bonjour,\n\nVotre facture Orange de septembre d'un montant de 42,99 € est disponible dans votre Espace Client.\n"
      "Elle sera prélevée le 12/10/2025.\n\nOrange\n",
      frm="Orange <facture.orange@orange.fr>", to="orange", mid="mta", html="only"),

    M("fr-neg-ovh-domaine", [], "Renouvellement de votre nom de domaine floraisondesoi.fr",
      "Bonjour,\n\nVotre nom de domaine floraisondesoi.fr expire le 02/12/2025. Le renouvellement automatique est "
      "activé : votre moyen de paiement par défaut sera débité de 9,59 € TTC.\n\nL'équipe OVHcloud\n",
      frm="OVHcloud <support@ovh.com>", to="contact", mid="generic"),

    # ------------------------------------------------------------ vendor privacy / DPA notices
    M("fr-neg-systemeio-politique", [], "Mise à jour de notre politique de confidentialité",
      "Bonjour,\n\nNous mettons à jour notre politique de confidentialité à compter du 1er septembre 2025. Ces "
      "modifications précisent notamment la liste de nos sous-traitants et les durées de conservation des données "
      "de vos contacts.\n\nEn continuant à utiliser Systeme.io après cette date, vous acceptez la nouvelle version.\n\n"
      "L'équipe Systeme.io\n",
      frm="Systeme.io <noreply@systeme.io>", to="contact", mid="ses", html="alt",
      headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe/9f2e71>"}),

    M("fr-neg-comptazen-dpa", [], "Avenant RGPD – accord de sous-traitance à accepter avant le 30/06",
      "Chère cliente,\n\nDans le cadre de nos obligations au titre de l'article 28 du RGPD, nous vous invitons à "
      "accepter l'avenant relatif au traitement des données personnelles (DPA) depuis votre espace Comptazen, "
      "rubrique Paramètres > Conformité.\n\nSans action de votre part avant le 30 juin, l'avenant sera réputé "
      "accepté.\n\nLe service conformité Comptazen\n",
      frm="Comptazen <conformite@comptazen.fr>", to="orange", mid="sendgrid", html="only"),


    # ------------------------------------------------------------ compliance spam
    M("fr-neg-spam-conformite", [], "⚠️ URGENT : votre site floraisondesoi.fr n'est pas conforme RGPD",
      "Madame, Monsieur,\n\nNotre robot d'audit a détecté 7 non-conformités RGPD sur floraisondesoi.fr (bandeau cookies, "
      "registre des traitements, mentions légales). Les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre "
      "d'affaires.\n\nRégularisez votre situation en 48h grâce à notre pack « Conformité Express » à 490 € HT.\n\n"
      "Cabinet Conformité Express\n",
      frm="Cabinet Conformité Express <audit@conformite-rgpd-express.fr>", to="contact", mid="generic", html="alt",
      headers={"List-Unsubscribe": "<https://conformite-rgpd-express.fr/stop?e=contact%40floraisondesoi.fr>"},
      reply_to="Conformité Express – Service client <relance@conformite-express-mail.com>"),

    M("fr-neg-spam-formation-dpo", [], "Devenez DPO en 2 jours – éligible CPF 🎓",
      "Bonjour,\n\nLa formation « Délégué à la protection des données » en 2 jours, 100 % à distance, finançable par "
      "votre CPF. Prochaine session le 15 septembre.\n\nPlus que 4 places !\n\nPour ne plus recevoir nos offres, "
      "répondez STOP.\n",
      frm="Académie Data Pro <contact@academie-datapro.fr>", to="contact", mid="sendgrid", html="only",
      headers={"List-Unsubscribe": "<mailto:stop@academie-datapro.fr>", "Precedence": "bulk"}),

    # ------------------------------------------------------------ phishing
    M("fr-neg-phishing-orange", [], "Votre boîte mail sera supprimée dans 24h",
      "Cher client Orange,\n\nVotre boîte mail a dépassé sa capacité de stockage. Elle sera supprimée dans 24h avec "
      "l'ensemble de vos messages et données.\n\nPour éviter la suppression, confirmez vos identifiants ici : "
      "http://orange-messagerie-verif.com/login\n\nService Messagerie Orange\n",
      frm="Orange Messagerie <securite@orange-messagerie-verif.com>", to="orange", mid="generic", html="only",
      reply_to="Support Orange <orange.support.client@outlook.com>"),

    M("fr-neg-phishing-ameli", [], "Vous avez un remboursement en attente",
      "Assurance Maladie\n\nAprès les derniers calculs de vos remboursements, vous devez recevoir un montant de "
      "148,60 €. Pour le recevoir, veuillez mettre à jour vos informations bancaires avant le 18/11.\n\n"
      "Accéder à mon espace : http://ameli-infos-dossier.com/remb\n",
      frm="Assurance Maladie <remboursement@ameli-infos-dossier.com>", to="contact", mid="generic", html="only"),

    # ------------------------------------------------------------ her own sent mail
    M("fr-neg-own-confirm-effacement", [], "Confirmation de suppression de vos données",
      "Bonjour Madame Petit,\n\nSuite à votre demande du 3 novembre, je vous confirme que l'ensemble des données vous "
      "concernant a été effacé : fiche client, notes de séance, questionnaire et adresse dans la liste de diffusion. "
      "Vos factures sont conservées dix ans, comme l'impose la réglementation comptable.\n\nJe vous souhaite une "
      "belle continuation.\n\nSandra Delomenie\nFloraison de Soi\n46 rue d'Estienne d'Orves – 36100 Issoudun\n",
      frm="sandra_orange", to="Laurence Petit <laurence.petit@gmail.com>", mailer="ox"),

    M("fr-neg-own-export-csv", [], "Export de vos données personnelles",
      "Bonjour Pascal,\n\nComme convenu, voici l'export de vos données au format CSV, que vous pourrez ouvrir dans un "
      "tableur ou importer dans un autre outil.\n\nN'hésitez pas si quelque chose manque.\n\nBien à vous,\nSandra\n",
      frm="sandra_contact", to="Pascal Chauvin <pascal.chauvin@free.fr>", mailer="thunderbird",
      attach=[dict(kind="csv", name="export_donnees_P_Chauvin.csv",
                   text="champ;valeur\nnom;Chauvin\nprénom;Pascal\nemail;pascal.chauvin@free.fr\n"
                        "séance_1;2025-01-14\nséance_2;2025-02-04\nobjectif;Retrouver confiance en réunion\n")]),

    M("fr-neg-own-newsletter", [], "🌸 La lettre de Floraison – mai : se réconcilier avec la lenteur",
      "Bonjour à toutes et à tous,\n\nEt si la lenteur était une compétence ? Ce mois-ci, je vous invite à repérer "
      "trois moments de votre journée où vous pourriez ralentir volontairement, ne serait-ce que trente secondes.\n\n"
      "À venir : atelier « Se réconcilier avec la lenteur », samedi 17 mai, 9h30-12h30, Issoudun.\n\n"
      "Prenez soin de vous,\nSandra\n\nVous recevez cette lettre car vous êtes inscrit·e sur floraisondesoi.fr.\n"
      "Se désinscrire : https://floraisondesoi.fr/desinscription?u=8f3a\n",
      frm="floraison", to="contact", mid="ses", html="alt", html_body=NEWSLETTER_HTML, date="2025-05-02 07:00",
      headers={"List-Id": "Newsletter Floraison <newsletter.floraisondesoi.fr>",
               "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=8f3a>, <mailto:unsubscribe@floraisondesoi.fr>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
      reply_to="Sandra Delomenie <contact@floraisondesoi.fr>"),

    M("fr-neg-own-reponse-rdv", [], "Re: Séance de jeudi",
      "Bonjour Mathilde,\n\nPas de souci, je vous note jeudi 17h30 au lieu de 16h. À jeudi !\n\nSandra\n\n"
      "Envoyé de mon iPhone\n",
      frm="sandra_contact", to="Mathilde Garnier <mathilde.garnier@gmail.com>", mailer="iphone",
      quote=dict(style="apple_fr", frm="Mathilde Garnier <mathilde.garnier@gmail.com>", to="sandra_contact", ago=2,
                 text="Bonjour Sandra, serait-il possible de décaler jeudi à 17h30 ? Je finis plus tard cette "
                      "semaine.\nMathilde\n")),

    M("fr-neg-own-attestation", [], "Votre attestation de formation",
      "Bonjour Thierry,\n\nVous trouverez ci-joint votre attestation de fin de formation « Accompagner le changement ». "
      "Merci encore pour votre participation et votre bonne humeur pendant ces trois jours.\n\nBelle route,\n"
      "Sandra Delomenie\nFloraison de Soi – organisme de formation\n",
      frm="sandra_contact", to="Thierry Bourdin <t.bourdin@mairie-levroux.fr>", mailer="thunderbird",
      attach=[dict(kind="pdf", name="Attestation_Bourdin_Thierry.pdf",
                   text="ATTESTATION DE FIN DE FORMATION\nThierry BOURDIN a suivi la formation « Accompagner le changement »\n"
                        "du 10 au 12 septembre 2025 (21 heures).\nFloraison de Soi – Issoudun")]),

    # ------------------------------------------------------------ CNIL letter, federation newsletter
    # NEAR-LINE: the CNIL itself asking her to answer a complaint -> not a data subject's request
    M("fr-neg-cnil-saisine", [], "Plainte n° 25-031477 – demande d'informations",
      "Madame,\n\nLa Commission nationale de l'informatique et des libertés a été saisie d'une plainte de Monsieur G. "
      "à l'encontre de votre structure, relative à une demande d'effacement de ses données qui serait restée sans "
      "réponse.\n\nAfin de nous permettre d'instruire ce dossier, je vous remercie de m'indiquer, dans un délai d'un "
      "mois, les suites données à cette demande et de me transmettre tout document utile.\n\n"
      "Service de l'exercice des droits et des plaintes\nCNIL – 3 place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07\n",
      frm="CNIL <plaintes-noreply@cnil.fr>", to="orange", mid="mta", html="alt"),

    M("fr-neg-newsletter-federation", [], "La Lettre du coach – Le consentement en supervision",
      "Chères et chers membres,\n\nCe trimestre, notre dossier est consacré au consentement en supervision : faut-il "
      "l'accord écrit du client avant d'évoquer son cas ? Témoignages, repères déontologiques et fiche pratique à "
      "télécharger.\n\nÉgalement : les rencontres régionales Centre-Val de Loire le 27 novembre à Orléans.\n\n"
      "Vous recevez cette lettre en tant que membre. Gérer mes préférences : https://coachs-centre.fr/preferences\n",
      frm="Réseau des Coachs du Centre <lettre@coachs-centre.fr>", to="contact", mid="brevo", html="alt",
      headers={"List-Id": "La Lettre du coach <lettre.coachs-centre.fr>",
               "List-Unsubscribe": "<https://coachs-centre.fr/preferences?unsub=1>", "Precedence": "list"},
      reply_to="Réseau des Coachs du Centre <contact@coachs-centre.fr>"),
]

# send dates pinned because the text mentions calendar dates
with_dates(RECORDS, {
    "fr-neg-own-attestation": "2025-09-15 09:05",
    "fr-neg-calendly-annulation": "2025-06-04 22:17",
    "fr-neg-systemeio-desabo": "2025-05-14 21:48",
    "fr-neg-paypal-paiement": "2025-04-02 12:40",
    "fr-neg-orange-facture": "2025-10-01 06:12",
    "fr-neg-ovh-domaine": "2025-11-02 04:14",
    "fr-neg-systemeio-politique": "2025-08-01 10:00",
    "fr-neg-comptazen-dpa": "2025-06-10 09:30",
    "fr-neg-cnil-saisine": "2025-05-12 14:00",
    "fr-neg-own-confirm-effacement": "2025-11-18 18:25",
    "fr-neg-newsletter-federation": "2025-10-06 08:00",
    "fr-neg-spam-formation-dpo": "2025-08-25 05:47",
    "fr-neg-brevo-rapport": "2025-10-07 10:00",
    "fr-neg-phishing-ameli": "2025-11-10 07:12",
})
