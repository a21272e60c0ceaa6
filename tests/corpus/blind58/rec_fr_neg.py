# French messages that are NOT requests to her (rights empty).
from recbase import R, FORM, CALENDLY, GFORM, FBMSG, IGMSG, SANDRA_C, SANDRA_O

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}

# ------------------------------------------------------------------ website forms

FORM("fr-cf7-tarifs", [], "cf7", "Aurélie Brunet", "aurelie.brunet@gmail.com",
     "Bonjour, je voudrais connaître vos tarifs pour un accompagnement individuel (reconversion). Est-ce "
     "possible en visio ? Je travaille à Orléans. Merci", sujet="Tarifs accompagnement")

FORM("fr-wpforms-mes-informations-inscription", [], "wpforms", "Sébastien Roy", "seb.roy@orange.fr",
     "Bonjour, je vous envoie mes informations pour l'inscription à l'atelier du 5 avril : Sébastien Roy, "
     "né en 1984, 06 88 12 43 20, végétarien pour le déjeuner. Je réglerai sur place par chèque. À bientôt !",
     phone="06 88 12 43 20")

FORM("fr-elementor-spam-seo", [], "elementor", "Julie – SEO Boost", "julie@seo-boost-agence.com",
     "Bonjour, j'ai analysé votre site floraisondesoi.fr : il n'apparaît pas en première page Google pour "
     "« coach Issoudun ». Nous pouvons y remédier en 30 jours. Puis-je vous appeler 10 minutes cette semaine ?",
     ip="185.220.101.4")

# NEAR-LINE: "supprimer mon inscription" to a workshop is a cancellation, not erasure of data.
FORM("fr-systeme-supprimer-inscription-atelier", [], "systeme", "Odile Lamy", "odile.lamy@laposte.net",
     "Bonjour Sandra, pouvez-vous supprimer mon inscription à l'atelier de samedi ? J'ai un empêchement "
     "familial. Je m'inscrirai à la prochaine session. Merci !")

# NEAR-LINE: a question about how long data is kept, not a request -> negative.
FORM("fr-cf7-duree-notes", [], "cf7", "Camille Petit", "camille.petit@icloud.com",
     "Bonjour, avant de commencer un accompagnement je me pose une question : combien de temps gardez-vous les "
     "notes prises pendant les séances, et sont-elles détruites ensuite ? Merci de votre réponse.",
     sujet="Question avant de commencer")

FORM("fr-divi-spam-conformite", [], "divi", "Cellule Conformité RGPD", "controle@conformite-rgpd-pro.fr",
     "AVIS IMPORTANT : après vérification, votre site ne présente pas de registre des traitements à jour. "
     "Les entreprises individuelles sont soumises aux mêmes sanctions (jusqu'à 20 000 000 €). Régularisez "
     "votre situation sous 72 h en contactant notre service au 01 84 80 xx xx. Réf. dossier : RGPD-36-8841.")

FORM("fr-elementor-acces-espace", [], "elementor", "Laurence Mallet", "laurence.mallet@gmail.com",
     "Bonjour, je n'arrive plus à accéder à mon espace formation depuis mon changement de téléphone, le code "
     "de connexion n'arrive pas. Pouvez-vous m'aider ? Je suis au module 4.", phone="06 21 90 33 47",
     ip="90.3.77.201")

# NEAR-LINE: a husband asking what his (living, adult) wife said in sessions -> another adult's data, negative.
FORM("fr-cf7-mari-seances-epouse", [], "cf7", "Patrick Meunier", "patrick.meunier@sfr.fr",
     "Madame, mon épouse suit des séances avec vous depuis janvier. Elle a beaucoup changé. J'aimerais savoir "
     "ce qu'elle vous raconte sur notre couple et ce que vous notez dans son dossier. Je pense y avoir droit.",
     sujet="Mon épouse")

FORM("fr-wpforms-salle-partenariat", [], "wpforms", "Espace Le Tilleul", "contact@espace-letilleul.fr",
     "Bonjour, nous ouvrons un espace de coworking et de bien-être à Issoudun. Nous proposons la location de "
     "salles à la demi-journée avec accès à la salle dès 8 h et badge personnel. Seriez-vous intéressée pour "
     "vos ateliers ? Tarifs sur demande.", phone="02 54 21 00 00")

FORM("fr-systeme-oui-photo", [], "systeme", "Inès Moreau", "ines.moreau@gmail.com",
     "Coucou Sandra, pour ta question de tout à l'heure : oui tu peux utiliser la photo de groupe avec moi "
     "dessus, pas de problème, je te donne mon accord 😊")

FORM("fr-cf7-formation-rgpd-equipe", [], "cf7", "Nadège Pottier", "n.pottier@ehpad-lesrosiers.fr",
     "Bonjour, je suis responsable RH d'un EHPAD. Nous cherchons une intervenante pour une demi-journée de "
     "sensibilisation de nos équipes au consentement et au respect de l'intimité des résidents, avec un "
     "volet RGPD (droit d'accès des familles, confidentialité). Est-ce dans vos cordes ? Devis souhaité.",
     sujet="Demande de devis formation")

# NEAR-LINE: "ai-je le droit de ..." is a question about how the right works, not an exercise of it.
FORM("fr-elementor-ai-je-le-droit", [], "elementor", "Romane Lefort", "romane.lefort@outlook.fr",
     "Bonjour, petite question : si j'arrête l'accompagnement en cours de route, ai-je le droit de vous demander "
     "de supprimer mes notes ou est-ce que vous êtes obligée de les garder ? Je ne pars pas, c'est juste pour "
     "savoir. Merci !")

# ------------------------------------------------------------------ platform notifications

R("fr-stripe-virement", [], "Votre virement de 340,00 € est en route",
  "Floraison de Soi\n\nUn virement de 340,00 € est en route vers votre compte bancaire se terminant par "
  "4417. Il devrait arriver d'ici le 14 mai 2025.\n\nMontant : 340,00 €\nNuméro de virement : po_1PQx8"
  "ZK3rT9aBcD\n\nAfficher le virement dans le Dashboard\n\nStripe Payments Europe, Limited – 1 Grand Canal "
  "Street Lower, Dublin 2\n",
  frm="Stripe <notifications@stripe.com>", to="contact", html="alt", date="2025-05-12 06:03")

R("fr-systeme-nouvelle-vente", [], "🎉 Nouvelle vente : Oser sa place (97,00 €)",
  "Félicitations Sandra !\n\nVous venez de réaliser une vente.\n\nOffre : Oser sa place – accès 12 mois\n"
  "Montant : 97,00 € TTC\nClient : Florence Hubert (florence.hubert@gmail.com)\nMoyen de paiement : carte\n\n"
  "Voir la commande dans votre espace Systeme.io\n\nL'équipe Systeme.io\n",
  frm="Systeme.io <no-reply@systeme.io>", to="contact", html="alt")

# NEAR-LINE: platform tells her a contact unsubscribed via the link; no person writes to her -> negative.
R("fr-systeme-contact-desabonne", [], "Un contact s'est désabonné de votre liste",
  "Bonjour Sandra,\n\nLe contact marc.hoarau@gmail.com s'est désabonné de vos e-mails (campagne : « Lettre "
  "d'automne »).\n\nAucune action n'est requise de votre part : il ne recevra plus vos campagnes.\n\n"
  "L'équipe Systeme.io\n",
  frm="Systeme.io <no-reply@systeme.io>", to="contact", html="alt")

R("fr-systeme-reset-mdp", [], "Réinitialisation de votre mot de passe",
  "Bonjour,\n\nVous avez demandé la réinitialisation du mot de passe de votre compte Systeme.io.\n\n"
  "Cliquez sur le lien ci-dessous (valable 60 minutes) :\nhttps://systeme.io/dashboard/reset-password/"
  "7f3e91c2a8\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n",
  frm="Systeme.io <no-reply@systeme.io>", to="contact", headers={"Auto-Submitted": "auto-generated"})

# NEAR-LINE: 's'opposer' is about her boss, inside a booking note -> negative.
CALENDLY("fr-calendly-sopposer-chef", [], "Ophélie Garnier", "ophelie.garnier@gmail.com",
         "lundi 15 septembre 2025 09:30",
         "J'aimerais travailler sur l'affirmation de soi : j'ai beaucoup de mal à m'opposer à mon chef en "
         "réunion, même quand je sais que j'ai raison.", date="2025-09-08 20:41")

CALENDLY("fr-calendly-annulation-empechement", [], "Thomas Vidal", "thomas.vidal@free.fr",
         "vendredi 21 mars 2025 14:00", "Empêchement pro, je reprends un créneau la semaine prochaine. "
         "Désolé du contretemps.", cancelled=True, event="Séance de suivi (1 h)", date="2025-03-19 18:10")

GFORM("fr-gform-inscription-atelier", [], "Inscription atelier « Alléger son quotidien »",
      [("Nom", "Bénédicte Laurent"), ("Téléphone", "06 45 81 20 77"),
       ("Allergies ou régime alimentaire", "sans gluten"),
       ("Comment avez-vous connu l'atelier ?", "Bouche à oreille (Muriel)"),
       ("J'accepte de recevoir les informations pratiques par e-mail", "Oui")])

GFORM("fr-gform-satisfaction", [], "Votre avis sur la formation",
      [("Note globale", "9/10"), ("Ce que vous avez préféré", "Les mises en situation"),
       ("Ce qui pourrait être amélioré", "Un peu plus de temps pour corriger nos exercices en binôme, on a "
        "été pressés l'après-midi."),
       ("Recommanderiez-vous la formation ?", "Oui, sans hésiter")], html="alt")

R("fr-zoom-enregistrement-chat", [], "L'enregistrement cloud est maintenant disponible",
  "Bonjour Sandra Delomenie,\n\nVotre enregistrement cloud est maintenant disponible.\n\n"
  "Sujet : Atelier en ligne – Poser ses limites\nDate : 14 nov. 2025 10:00 Paris\n\n"
  "Partagez l'enregistrement avec les participants :\nhttps://us06web.zoom.us/rec/share/Xy7Qp2...\n"
  "Code secret : 4%Tk9@sL\n\nLe fichier de discussion de la réunion est joint à ce message.\n\n"
  "Merci d'utiliser Zoom.\n",
  frm="Zoom <no-reply@zoom.us>", to="contact", html="alt", date="2025-11-14 12:37",
  attach=[("txt", "meeting_saved_chat.txt",
           "10:05:41 De Claire B. à Tout le monde : Bonjour à tous !\n"
           "10:21:03 De Paul M. à Tout le monde : on peut effacer le tableau blanc pour refaire l'exercice ?\n"
           "10:21:30 De Sandra Delomenie à Tout le monde : oui je l'efface\n"
           "11:48:12 De Claire B. à Tout le monde : merci beaucoup, très riche !\n")])

R("fr-zoom-resume-ia", [], "Résumé de réunion : Point formation Transports Brunet",
  "Résumé de la réunion (généré par Zoom AI Companion)\n\nSujet : Point formation Transports Brunet\n\n"
  "Résumé rapide\nSandra et Caroline ont fait le point sur la session de mars. Le module 2 sera raccourci.\n\n"
  "Prochaines étapes\n- Sandra supprimera la diapositive 12 (doublon) et enverra le support corrigé.\n"
  "- Caroline transmettra la liste des participants et les feuilles d'émargement signées.\n\n"
  "Le résumé généré par l'IA peut être inexact ou trompeur. Vérifiez toujours son exactitude.\n",
  frm="Zoom <no-reply@zoom.us>", to="contact", html="only")

R("fr-urssaf-declaration", [], "Rappel : déclaration de chiffre d'affaires trimestrielle",
  "Madame DELOMENIE SANDRA,\n\nVotre déclaration de chiffre d'affaires du 3e trimestre 2025 est à effectuer "
  "avant le 31 octobre 2025 sur autoentrepreneur.urssaf.fr.\n\nMême en l'absence de chiffre d'affaires, vous "
  "devez déclarer « 0 ».\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n\n"
  "L'Urssaf\n", frm="Urssaf <ne-pas-repondre@urssaf.fr>", to="orange",
  headers={"Auto-Submitted": "auto-generated"}, date="2025-10-15 06:30")

R("fr-paypal-paiement", [], "Vous avez reçu un paiement",
  "Bonjour Sandra Delomenie,\n\nVous avez reçu un paiement de 45,00 EUR de Martine Ollier "
  "(martine.ollier@gmail.com).\n\nNote de l'expéditeur : « cercle de parole du 6 février »\n\n"
  "Numéro de transaction : 7KX29481GH3352716\n\nPayPal Europe S.à r.l. et Cie, S.C.A.\n",
  frm="service@paypal.fr", to="orange", html="only")

R("fr-brevo-rapport", [], "Rapport de votre campagne « Lettre d'automne »",
  "Bonjour Sandra,\n\nVoici les statistiques de votre campagne envoyée le 5 octobre :\n\n"
  "Destinataires : 412\nOuvertures : 198 (48,1 %)\nClics : 37 (9 %)\nDésinscriptions : 3\n"
  "Plaintes pour spam : 0\nHard bounces : 2\n\nVoir le rapport complet\n\nL'équipe Brevo\n",
  frm="Brevo <notifications@brevo.com>", to="contact", html="alt")

FBMSG("fr-fb-commentaire-inscription", [], "Sandrine Guillaume",
      "Trop chouette cet atelier ! comment on s'inscrit pour celui de décembre ? il reste de la place ?",
      subject="Sandrine Guillaume a commenté votre publication")

IGMSG("fr-ig-prix-seance", [], "cocoon.and.co",
      "coucou ! c'est combien une séance ? et tu prends la carte bleue ?")

R("fr-linkedin-conference-consentement", [], "Nouveau message de Hervé Besnard",
  "Hervé Besnard\nOrganisateur – Salon Bien-être en Berry\n\n« Bonjour Sandra, nous préparons l'édition "
  "2026 du salon. Accepteriez-vous d'animer une conférence de 45 min sur le consentement dans la relation "
  "d'aide ? Défraiement prévu. »\n\nRépondre\n",
  frm="Hervé Besnard via LinkedIn <messages-noreply@linkedin.com>", to="contact", html="alt")

R("fr-gcal-invitation-point", [], "Invitation: Point bilan formation @ mar. 7 oct. 2025 14:00",
  "Caroline Meunier vous a invité(e) à un événement.\n\nPoint bilan formation\nmardi 7 oct. 2025 ⋅ "
  "14:00 – 14:30 (heure d'été d'Europe centrale)\nParticiper avec Google Meet : meet.google.com/kqx-vbrt-ypn\n\n"
  "Invités : Caroline Meunier, Sandra Delomenie\n\nRépondre : Oui – Non – Peut-être\n",
  frm="Caroline Meunier <caroline.meunier@transports-brunet.fr>", to="contact",
  headers={"Sender": "Google Agenda <calendar-notification@google.com>"},
  attach=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           "DTSTART:20251007T120000Z\r\nDTEND:20251007T123000Z\r\nSUMMARY:Point bilan formation\r\n"
           "UID:7kq2m9@google.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")], date="2025-09-29 11:03")

R("fr-laposte-colis", [], "Votre colis est disponible en point de retrait",
  "Bonjour,\n\nVotre colis n° 6A23819475021 est disponible au bureau de poste d'Issoudun, 1 place du 10 "
  "Juin.\n\nVous pouvez le retirer jusqu'au 24/06 muni d'une pièce d'identité et de votre code de retrait : "
  "482 913.\n\nLa Poste\n", frm="La Poste <noreply@notif-laposte.fr>", to="orange", html="only")

# ------------------------------------------------------------------ auto-replies

R("fr-autoreply-absente", [], "Réponse automatique : Re: Atelier de samedi",
  "Bonjour,\n\nJe suis absente du cabinet jusqu'au 25 août inclus, avec un accès limité à mes mails. Pour "
  "toute urgence, vous pouvez contacter le 02 54 03 xx xx.\n\nBien cordialement,\nDr Anne Lucas\n",
  frm="Anne Lucas <dr.anne.lucas@orange.fr>", to="contact", headers=dict(AUTO), date="2025-08-09 10:00")

R("fr-autoreply-rgpd-pied", [], "Accusé de réception automatique",
  "Bonjour,\n\nNous accusons réception de votre message, qui sera traité dans les meilleurs délais.\n\n"
  "Mutuelle Berry Santé – Service adhérents\n\n--\nConformément au RGPD et à la loi Informatique et "
  "Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition "
  "et de portabilité de vos données. Pour l'exercer : dpo@berrysante-mutuelle.fr. Vous pouvez également "
  "introduire une réclamation auprès de la CNIL.\n",
  frm="Mutuelle Berry Santé <ne-pas-repondre@berrysante-mutuelle.fr>", to="orange",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

R("fr-autoreply-opco", [], "Accusé de réception – demande de prise en charge",
  "Madame, Monsieur,\n\nVotre demande de prise en charge n° PEC-2025-118407 a bien été enregistrée. Elle "
  "sera examinée sous 15 jours ouvrés.\n\nCeci est un message automatique.\n\nOPCO EP – Centre-Val de Loire\n",
  frm="OPCO EP <noreply@opcoep.fr>", to="contact", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

# ------------------------------------------------------------------ bounces

R("fr-bounce-orange", [], "Non remis : Lettre d'automne – Floraison de Soi",
  "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\n"
  "Votre message n'a pas pu être remis à un ou plusieurs destinataires :\n\n"
  "  gisele.aumont@wanadoo.fr\n    adresse inexistante (550 5.1.1 user unknown)\n",
  frm="Mail Delivery System <MAILER-DAEMON@orange.fr>", to="orange", kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=[[("Reporting-MTA", "dns; smtp-out.orange.fr")],
       [("Final-Recipient", "rfc822; gisele.aumont@wanadoo.fr"), ("Action", "failed"), ("Status", "5.1.1"),
        ("Diagnostic-Code", "smtp; 550 5.1.1 user unknown")]],
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: gisele.aumont@wanadoo.fr\n"
               "Subject: Lettre d'automne - Floraison de Soi\n")

R("fr-bounce-ovh-boite-pleine", [], "Échec de la remise du message",
  "Bonjour,\n\nVotre message à jp.chevalier@laposte.net n'a pas pu être distribué : la boîte du destinataire "
  "est pleine (552 5.2.2 mailbox full).\n\nLe serveur a abandonné après plusieurs tentatives.\n",
  frm="MAILER-DAEMON@mo531.mail-out.ovh.net", to="contact", kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=[[("Reporting-MTA", "dns; mo531.mail-out.ovh.net")],
       [("Final-Recipient", "rfc822; jp.chevalier@laposte.net"), ("Action", "failed"), ("Status", "5.2.2"),
        ("Diagnostic-Code", "smtp; 552 5.2.2 mailbox full")]],
  orig_headers="From: Floraison de Soi <contact@floraisondesoi.fr>\nTo: jp.chevalier@laposte.net\n"
               "Subject: Votre attestation de formation\n")

# ------------------------------------------------------------------ her own sent mail

R("fr-sandra-confirme-effacement", [], "Suppression de vos données – confirmation",
  "Bonjour Madame Aubry,\n\nJe vous confirme que l'ensemble de vos données personnelles a été supprimé de "
  "mes fichiers et de la plateforme Systeme.io, à l'exception de la facture que je suis tenue de conserver "
  "dix ans pour des raisons comptables.\n\nJe vous prie d'excuser le délai de réponse.\n\n"
  "Bien cordialement,\nSandra Delomenie\nFloraison de Soi",
  frm=SANDRA_C, to="Christine Aubry <christine.aubry71@gmail.com>", cc="sandra.delomenie@orange.fr",
  reply=True, date="2025-06-16 17:50")

R("fr-sandra-envoi-export", [], "Vos données – export",
  "Bonjour Antoine,\n\nComme demandé, voici l'export de vos données au format CSV (fiche, réponses aux "
  "questionnaires, achats). N'hésitez pas si un élément vous semble manquer.\n\nBelle journée,\nSandra",
  frm=SANDRA_O, to="Antoine Rey <antoine.rey@proton.me>", cc="contact@floraisondesoi.fr",
  attach=[("csv", "export_antoine_rey.csv",
           "champ;valeur\nnom;Rey\nprenom;Antoine\nemail;antoine.rey@proton.me\nachat;Oser sa place 2024-03-11\n")], date="2025-05-20 18:02")

R("fr-sandra-newsletter-hiver", [], "Lettre d'hiver – prendre soin de soi quand il fait sombre",
  "Bonjour à vous,\n\nLes jours raccourcissent et l'énergie baisse ? Voici trois petites pratiques pour "
  "traverser l'hiver en douceur.\n\n1. Une marche de dix minutes à la lumière du jour.\n2. Un carnet du soir : "
  "trois choses qui ont fait du bien.\n3. Dire non à une sollicitation par semaine.\n\nProchain atelier : "
  "« Hiverner sans s'éteindre », samedi 17 janvier.\n\nChaleureusement,\nSandra\n\nVous recevez cet e-mail "
  "car vous êtes abonné(e) à la lettre Floraison de Soi. Se désinscrire : https://floraisondesoi.systeme.io/"
  "unsubscribe\n",
  frm="Sandra – Floraison de Soi <contact@floraisondesoi.fr>", to="contact", html="only",
  headers={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.systeme.io>",
           "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe?c=8841>, <mailto:unsubscribe@systeme.io?subject=8841>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  html_body="<html><body style=\"font-family:Georgia,serif\"><h2>Lettre d'hiver</h2><p>Bonjour à vous,</p>"
            "<p>Les jours raccourcissent et l'énergie baisse ? Voici trois petites pratiques pour traverser "
            "l'hiver en douceur.</p><ol><li>Une marche de dix minutes à la lumière du jour.</li><li>Un carnet "
            "du soir : trois choses qui ont fait du bien.</li><li>Dire non à une sollicitation par semaine."
            "</li></ol><p>Prochain atelier : « Hiverner sans s'éteindre », samedi 17 janvier.</p><p>"
            "Chaleureusement,<br>Sandra</p><p style=\"font-size:11px;color:#888\">Vous recevez cet e-mail car "
            "vous êtes abonné(e) à la lettre Floraison de Soi. <a href=\"https://floraisondesoi.systeme.io/"
            "unsubscribe\">Se désinscrire</a></p></body></html>\n", date="2025-12-07 07:30")

R("fr-sandra-note-a-soi", [], "à faire samedi",
  "- effacer le tableau blanc avant le groupe de yoga (18h)\n- commander feutres + post-it\n"
  "- rappeler Caroline pour les feuilles d'émargement\n- corriger la coquille du flyer (« stage » pas « satge »)",
  frm=SANDRA_O, to="contact", sig="Envoyé depuis mon mobile Orange")

R("fr-sandra-rectif-faite", [], "Re: Changement de nom",
  "Bonjour Élodie,\n\nFélicitations ! C'est corrigé : votre fiche est au nom d'Élodie Kessler et j'utiliserai "
  "désormais votre nouvelle adresse.\n\nBelle journée,\nSandra",
  frm=SANDRA_C, to="Élodie Kessler <elodie.kessler@outlook.fr>", cc="contact@floraisondesoi.fr",
  quote=[("Élodie Brun <elodie.brun@orange.fr>", "Bonjour Sandra,\nJe me suis mariée cet été ! Merci de "
          "mettre à jour mon nom et mon adresse mail.\nÉlodie")], qstyle="gmail_fr", date="2025-09-09 09:05")

# ------------------------------------------------------------------ thank-you replies above handled requests

R("fr-merci-apres-suppression", [], "Re: Suppression de vos données – confirmation",
  "Merci beaucoup pour votre rapidité et votre gentillesse.\nBonne continuation,\nNicole Barthe",
  frm="Nicole Barthe <nicole.barthe@orange.fr>", to="contact",
  quote=[(SANDRA_C, "Bonjour Madame Barthe,\nJe vous confirme la suppression de vos données.\nSandra "
          "Delomenie"),
         ("Nicole Barthe <nicole.barthe@orange.fr>", "Madame, merci de supprimer toutes mes données "
          "personnelles de vos fichiers. N. Barthe")],
  qstyle="outlook_fr", qsubj="Suppression de vos données – confirmation")

R("fr-merci-export-recu", [], "Re: Vos données – export",
  "Bien reçu le fichier, il s'ouvre parfaitement. Merci Sandra !",
  frm="Antoine Rey <antoine.rey@proton.me>", to="orange",
  quote=[(SANDRA_O, "Bonjour Antoine,\nComme demandé, voici l'export de vos données au format CSV.\nSandra"),
         ("Antoine Rey <antoine.rey@proton.me>", "Madame, en application de l'article 20 du RGPD, je vous "
          "demande de me transmettre mes données dans un format structuré.")],
  qstyle="gmail_fr", date="2025-05-21 07:41")

R("fr-merci-desabo-confirme", [], "Re: Re: Lettre de printemps",
  "Parfait, c'est noté de mon côté aussi. Et merci pour toutes ces années de lettres 🌸",
  frm="Françoise Delage <francoise.delage@orange.fr>", to="contact",
  quote=[(SANDRA_C, "Bonjour Françoise, c'est fait, vous ne recevrez plus la lettre. Merci pour votre "
          "fidélité !"),
         ("Françoise Delage <francoise.delage@orange.fr>", "Pouvez-vous m'enlever de la liste ? Belle "
          "continuation.")],
  qstyle="gmail_fr", qsubj="Lettre de printemps", date="2025-04-05 09:58")

# NEAR-LINE: a relative after a death, but the new text only thanks her for a request already handled;
# thank-you above a quoted request -> negative.
R("fr-merci-apres-deces-traite", [], "Re: Décès de ma mère",
  "Merci pour votre message et votre délicatesse. Maman parlait souvent de vos cercles.\nIsabelle",
  frm="Isabelle Fayard-Morin <isabelle.fayardmorin@icloud.com>", to="contact",
  quote=[(SANDRA_C, "Chère Madame,\nToutes mes condoléances. C'est fait : le dossier de votre maman est "
          "fermé et elle ne recevra plus rien.\nSandra"),
         ("Isabelle Fayard-Morin <isabelle.fayardmorin@icloud.com>", "Ma mère, Odile Fayard, est décédée le "
          "2 février. Merci de ne plus lui écrire et d'effacer son dossier.")],
  qstyle="apple_fr", sig="Envoyé de mon iPhone", date="2025-02-24 20:12")

# ------------------------------------------------------------------ questions about how rights work

R("fr-question-recuperer-notes", [], "Une question",
  "Bonjour Sandra,\nEst-ce que j'ai le droit de récupérer mes notes de séance si un jour j'arrête ? Ce n'est "
  "pas pour maintenant, je suis très contente, c'est par curiosité.\nBises, Aline",
  frm="Aline Mercier <aline.mercier@gmail.com>", to="contact")

R("fr-question-duree-sante", [], "Données de santé – durée",
  "Bonjour,\n\nVotre politique parle de données de santé conservées deux ans maximum. Deux ans à partir de "
  "quand : de la dernière séance ou de la collecte ? Je suis infirmière et on me pose souvent la question "
  "pour nos propres dossiers.\n\nMerci,\nSophie Daniel",
  frm="Sophie Daniel <sophie.daniel@hotmail.fr>", to="orange")

R("fr-question-desabo-replays", [], "newsletter et replays",
  "Si je me désinscris de la newsletter, est-ce que je garde quand même l'accès aux replays des ateliers en "
  "ligne que j'ai achetés ?",
  frm="Marc Olivier <marc.olivier@yahoo.fr>", to="contact")

# NEAR-LINE: asks who would see the notes before starting; a question about the processing in general,
# not a request for her own data -> negative.
R("fr-question-qui-voit-notes", [], "Avant de commencer",
  "Bonjour Madame,\n\nAvant de réserver la première séance, je voudrais savoir comment ça se passe côté "
  "confidentialité : qui a accès aux notes que vous prenez ? Votre secrétaire les voit-elle ?\n\n"
  "Cordialement,\nClaude Renard",
  frm="Claude Renard <claude.renard@laposte.net>", to="contact")

# ------------------------------------------------------------------ CNIL

R("fr-cnil-copie-plainte", [], "Copie de ma plainte à la CNIL",
  "Madame,\n\nPour votre information, vous trouverez ci-joint la copie de la plainte que j'ai déposée ce jour "
  "auprès de la CNIL concernant la réception de vos SMS publicitaires.\n\nC. Mathieu",
  frm="Christophe Mathieu <christophe.mathieu@free.fr>", to="orange",
  attach=[("pdf", "plainte_CNIL_copie.pdf", "CNIL - Plainte en ligne - Accuse de reception n. 25-0934412 - Christophe Mathieu")])

R("fr-cnil-lettre-info", [], "La lettre d'information de la CNIL – novembre",
  "CNIL – La lettre d'information\n\n• Prospection commerciale par SMS : ce que disent les nouvelles "
  "recommandations\n• Professions libérales : le guide mis à jour\n• Sanctions : bilan du troisième "
  "trimestre\n\nVous êtes inscrit(e) à la lettre d'information de la CNIL. Se désabonner\n",
  frm="CNIL <lettre-info@cnil.fr>", to="orange", html="only",
  headers={"List-Id": "Lettre CNIL <lettre-info.cnil.fr>", "List-Unsubscribe": "<https://www.cnil.fr/fr/desabonnement>",
           "Precedence": "bulk"})

# NEAR-LINE: announces a CNIL complaint, asks nothing -> negative.
R("fr-cnil-menace-saisine", [], "Votre comportement",
  "Madame,\n\nJe tenais à vous informer que j'ai saisi la CNIL ce matin. Votre manière de gérer les "
  "désinscriptions est inadmissible et je laisse désormais l'autorité s'en occuper.\n\nA. Roger",
  frm="Annie Roger <annie.roger@gmail.com>", to="contact")

# ------------------------------------------------------------------ someone else's (living, adult) data

# NEAR-LINE: a mother asking to delete her adult daughter's data -> another living adult, negative.
R("fr-autre-fille-majeure", [], "Ma fille Manon",
  "Bonjour,\n\nMa fille Manon (25 ans) a fait un stage chez vous l'an dernier. Elle est partie vivre à "
  "l'étranger et ne lit plus ses mails. Pouvez-vous supprimer ses données et arrêter de lui écrire ? Je "
  "m'occupe de ses papiers.\n\nMerci,\nChantal Bertin",
  frm="Chantal Bertin <chantal.bertin@wanadoo.fr>", to="contact")

R("fr-autre-collegue-coordonnees", [], "Coordonnées d'une participante",
  "Bonjour Sandra,\n\nJ'ai sympathisé avec Émilie pendant le stage de juillet, mais nous avons oublié "
  "d'échanger nos numéros. Pourriez-vous me transmettre son téléphone ou son mail ?\n\nMerci beaucoup,\n"
  "Julie",
  frm="Julie Lacombe <julie.lacombe@gmail.com>", to="contact")

# NEAR-LINE: husband demands erasure for his living adult wife, no mandate -> another adult's data, negative.
R("fr-autre-mari-effacer-femme", [], "Ma femme",
  "Madame, ma femme ne veut plus entendre parler de vous. Effacez ses données et arrêtez de lui envoyer "
  "quoi que ce soit. Merci.\nG. Perrin",
  frm="Gérard Perrin <gerard.perrin@orange.fr>", to="orange")

# ------------------------------------------------------------------ cancellations

R("fr-annule-seance-jeudi", [], "Séance de jeudi",
  "Bonjour Sandra, je dois annuler ma séance de jeudi, ma fille est malade. Est-ce qu'on peut la décaler à "
  "la semaine suivante ? Désolée !\nPauline",
  frm="Pauline Garcia <pauline.garcia@gmail.com>", to="contact", sig="Envoyé de mon iPhone")

R("fr-supprimer-creneau", [], "créneau 14h",
  "tu peux supprimer le créneau de 14h mardi ? on décale à 16h comme dit au tél. merci !",
  frm="Sarah Lemaire <sarah.lemaire@outlook.fr>", to="contact")

R("fr-resilier-abonnement", [], "Résiliation programme mensuel",
  "Bonjour,\n\nJe souhaite résilier mon abonnement au programme mensuel « Cercle Floraison » à compter du "
  "mois prochain. Merci de ne plus prélever.\n\nCordialement,\nGuy Besnier",
  frm="Guy Besnier <guy.besnier@laposte.net>", to="contact")

R("fr-entreprise-annule-session", [], "Annulation session du 12 juin – Transports Brunet",
  "Bonjour Madame Delomenie,\n\nPour des raisons d'organisation interne, nous devons annuler la session de "
  "formation du 12 juin prévue pour six de nos collaborateurs. Nous souhaitons la reporter à la rentrée. "
  "Pouvez-vous nous proposer des dates ?\n\nCordialement,\nCaroline Meunier\nResponsable formation – "
  "Transports Brunet\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention "
  "exclusive de ses destinataires.",
  frm="Caroline Meunier <caroline.meunier@transports-brunet.fr>", to="contact",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}, html="alt", date="2025-05-20 14:26")

# NEAR-LINE: "je me désinscris de l'atelier" is a cancellation of a workshop seat, not the newsletter.
R("fr-desinscris-atelier", [], "Atelier du 8",
  "Bonsoir, je me désinscris de l'atelier du 8, je ne pourrai pas venir finalement. Bonne soirée. Hélène",
  frm="Hélène Roux <helene.roux@free.fr>", to="contact")

R("fr-objet-seul-annulation", [], "Annulation RDV mardi", "",
  frm="Kevin Blanchard <kevin.blanchard@gmail.com>", to="contact")

# ------------------------------------------------------------------ login / account

R("fr-mdp-oublie", [], "mot de passe",
  "Bonjour, j'ai demandé 3 fois le lien mot de passe oublié et rien n'arrive (même dans les spams). Je ne peux "
  "plus voir les vidéos. Merci de votre aide. Ginette",
  frm="Ginette Rolland <ginette.rolland@orange.fr>", to="contact")

# NEAR-LINE: "close my account" with no mention of data -> negative per policy.
R("fr-fermer-compte-seul", [], "Compte",
  "Bonjour, vous pouvez fermer mon compte sur la plateforme, je n'en ai plus l'usage. Merci et bonne "
  "continuation.\nRégis",
  frm="Régis Fontaine <regis.fontaine@gmail.com>", to="contact")

# ------------------------------------------------------------------ giving consent

R("fr-accord-temoignage", [], "Re: Votre témoignage ?",
  "Bonjour Sandra,\nAvec plaisir ! Je vous donne mon accord pour publier mon témoignage avec mon prénom et "
  "l'initiale de mon nom. Voici le texte : « Trois séances ont suffi pour que je retrouve le sommeil et "
  "l'envie. Merci ! » – Jeanne D.\nBelle journée",
  frm="Jeanne Duval <jeanne.duval@gmail.com>", to="contact",
  quote=[(SANDRA_C, "Bonjour Jeanne, accepteriez-vous que je publie quelques lignes de votre retour sur mon "
          "site ?")], qstyle="gmail_fr")

R("fr-autorisation-image-signee", [], "autorisation droit à l'image",
  "Bonjour, voici l'autorisation signée pour les photos du stage. Bonne soirée, Florent",
  frm="Florent Giraud <florent.giraud@sfr.fr>", to="contact",
  attach=[("pdf", "autorisation_image_Giraud.pdf", "AUTORISATION DE DROIT A L'IMAGE - Florent Giraud - J'autorise Floraison de Soi a publier les photos du stage")])

R("fr-inscrivez-moi-newsletter", [], "newsletter",
  "Bonjour, j'ai adoré votre conférence à la médiathèque. Je veux bien recevoir votre newsletter, pouvez-vous "
  "m'inscrire ? Merci ! Paulette Gros",
  frm="Paulette Gros <paulette.gros@orange.fr>", to="contact")

# ------------------------------------------------------------------ vendor notices

R("fr-systeme-maj-confidentialite", [], "Mise à jour de notre politique de confidentialité",
  "Bonjour,\n\nNous mettons à jour notre politique de confidentialité et notre accord de traitement des "
  "données (DPA) à compter du 1er mars 2026. Ces modifications précisent la liste de nos sous-traitants "
  "ultérieurs et les garanties applicables aux transferts hors UE.\n\nAucune action n'est requise de votre "
  "part. Consultez les nouvelles versions sur systeme.io/fr/privacy.\n\nL'équipe Systeme.io\n",
  frm="Systeme.io <news@systeme.io>", to="contact", html="alt",
  headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe/7781>", "Precedence": "bulk"})

R("fr-ovh-dpa", [], "Votre accord relatif au traitement des données (DPA)",
  "Madame,\n\nDans le cadre de l'article 28 du RGPD, OVHcloud agit en qualité de sous-traitant pour les "
  "données hébergées sur vos services. La nouvelle version de l'annexe « Traitement des données à caractère "
  "personnel » est disponible dans votre espace client.\n\nOVHcloud – Service juridique\n",
  frm="OVHcloud <legal-notification@ovh.net>", to="orange")

# ------------------------------------------------------------------ compliance spam / phishing

R("fr-spam-conformite-amende", [], "URGENT – Mise en conformité RGPD obligatoire avant le 30/06",
  "Madame DELOMENIE,\n\nSauf erreur de notre part, votre entreprise n'a pas encore transmis son attestation de "
  "conformité RGPD. Les contrôles s'intensifient et les amendes peuvent atteindre 4 % du chiffre d'affaires.\n\n"
  "Pour régulariser, complétez le formulaire en ligne avant le 30/06 : frais de dossier 289 € HT.\n\n"
  "Service Mise en Conformité\n",
  frm="Service Conformité <info@mise-en-conformite-entreprises.com>", to="contact", html="only")

R("fr-phishing-orange-boite", [], "Votre boîte de réception est pleine – action requise",
  "Cher(e) client(e),\n\nVotre espace de stockage a atteint 99 %. Les nouveaux messages seront rejetés sous "
  "24 h. Vérifiez votre compte pour obtenir 5 Go gratuits :\nhttp://orange-messagerie-verif.com/login\n\n"
  "Service Client Orange\n",
  frm="Orange Messagerie <securite@orange-messagerie-verif.com>", to="orange", html="only")

R("fr-phishing-stripe", [], "Votre compte Stripe a été suspendu",
  "Bonjour,\n\nNous avons détecté une activité inhabituelle. Vos virements sont suspendus. Confirmez votre "
  "identité et vos coordonnées bancaires dans les 48 heures : https://stripe-verification-compte.net\n\n"
  "L'équipe Stripe\n", frm="Stripe Support <support@stripe-verification-compte.net>", to="contact")

# ------------------------------------------------------------------ everyday business with trigger words

R("fr-coworking-acces-salle", [], "Accès à la salle samedi",
  "Bonjour Sandra,\n\nPour votre atelier de samedi, l'accès à la salle se fera par l'entrée côté parking. Le "
  "code du boîtier à clés est 2741. Merci de bien refermer et d'éteindre le chauffage en partant.\n\n"
  "Bon atelier !\nMarianne – Maison des associations",
  frm="Maison des associations <mda.issoudun@orange.fr>", to="contact")

R("fr-comptable-copie-facture", [], "Pièces manquantes – exercice 2025",
  "Bonjour Sandra,\n\nPour boucler l'exercice, il me manque la copie de facture de votre abonnement Canva "
  "(mars) et celle de la salle de Vatan (septembre). Pouvez-vous me les transmettre d'ici vendredi ?\n\n"
  "Cordialement,\nYann Moreau\nCabinet Moreau Expertise – Expert-comptable",
  frm="Yann Moreau <y.moreau@moreau-expertise.fr>", to="orange",
  headers={"X-Mailer": "Microsoft Outlook 16.0"})

R("fr-stagiaire-corriger-document", [], "Ma restitution",
  "Bonjour Sandra, je me suis rendu compte que j'ai envoyé la mauvaise version de ma restitution écrite "
  "(celle sans la partie 3). Je peux la corriger et vous la renvoyer ce soir ? Désolé !\nAntoine D.",
  frm="Antoine Desmarais <antoine.desmarais@gmail.com>", to="contact")

R("fr-coanimatrice-effacer-tableau", [], "salle vendredi",
  "Coucou ! Pense à effacer le tableau après ton atelier vendredi, le groupe de sophro arrive à 18h et ils "
  "râlent à chaque fois 😂 Bises, Nath",
  frm="Nathalie Sophro <nathalie.sophro36@gmail.com>", to="contact")

R("fr-export-agenda-ateliers", [], "Calendrier des ateliers",
  "Bonjour, est-ce qu'il y a moyen d'exporter le calendrier de vos ateliers dans mon Google Agenda ? Je "
  "rate toujours les dates ! Merci, Corinne",
  frm="Corinne Lefranc <corinne.lefranc@gmail.com>", to="contact")

R("fr-support-module-consentement", [], "Module consentement – support",
  "Bonjour Madame Delomenie,\n\nPour le module 4 de la formation (« Le consentement dans la relation "
  "d'accompagnement »), auriez-vous un support écrit ou une bibliographie ? Je voudrais préparer la "
  "séance.\n\nMerci,\nLouise Perret, stagiaire promo 2025",
  frm="Louise Perret <louise.perret@laposte.net>", to="contact", date="2025-05-14 16:44")

R("fr-rh-convention-emargement", [], "Convention de formation + feuilles d'émargement",
  "Bonjour,\n\nVeuillez trouver ci-joint la convention de formation signée pour la session « Communication "
  "bienveillante » (6 participants). Merci de nous retourner après la session les feuilles d'émargement et "
  "les attestations individuelles, pour notre dossier OPCO.\n\nCordialement,\nService RH – Laiterie "
  "Coopérative du Berry",
  frm="RH Laiterie du Berry <rh@laiterie-berry.fr>", to="contact",
  attach=[("pdf", "Convention_formation_signee.pdf", "CONVENTION DE FORMATION PROFESSIONNELLE - Laiterie Cooperative du Berry / Floraison de Soi")])

R("fr-cliente-sopposer-belle-mere", [], "J'ai osé !!",
  "Sandra !!! Il fallait que je vous le dise : dimanche j'ai ENFIN osé m'opposer à ma belle-mère, "
  "calmement, sans crier, comme on l'avait répété. Elle n'a rien dit. Mon mari non plus 😂 Merci merci "
  "merci. À jeudi,\nLaurence",
  frm="Laurence Picard <laurence.picard@gmail.com>", to="contact", sig="Envoyé de mon iPhone")

R("fr-imprimeur-coquille", [], "BAT flyers – correction",
  "Bonjour Madame,\n\nVoici le nouveau BAT de vos flyers : nous avons corrigé la coquille signalée (« stage » "
  "au lieu de « satge ») et supprimé l'ancien numéro de téléphone comme demandé. Merci de valider pour "
  "lancer l'impression.\n\nImprimerie du Centre",
  frm="Imprimerie du Centre <pao@imprimerie-ducentre.fr>", to="contact",
  attach=[("png", "BAT_flyer_v2.png")])

R("fr-fwd-assistante-devis-salle", [], "TR: Devis location salle – atelier du 17 janvier",
  "Sandra, je te transfère en pièce jointe le devis de la salle pour le 17. Il faut répondre avant vendredi. "
  "Marie-Pierre",
  frm="Secrétariat MPB <secretariat.mpb@orange.fr>", to="orange", headers={"X-Mailer": "Microsoft Outlook 16.0"},
  attach=[("eml", dict(frm="Mairie de Saint-Aoustrille <mairie.staoustrille@wanadoo.fr>",
                       to="Secrétariat MPB <secretariat.mpb@orange.fr>",
                       subject="Devis location salle – atelier du 17 janvier",
                       body="Madame,\n\nSuite à votre demande, la location de la petite salle pour le samedi "
                            "17 janvier s'élève à 85 € (chauffage compris). Merci de confirmer par retour.\n\n"
                            "Le secrétariat de mairie\n"))], date="2025-12-10 10:55")

R("fr-fwd-soeur-article-rgpd", [], "Fwd: Indépendants : ce qui change pour vos fichiers clients",
  "Tu as vu ça ? Il faudrait peut-être que tu mettes ta politique de confidentialité à jour, non ? Bisous, Anne",
  frm="Anne Dumot <anne.dumot@gmail.com>", to="orange",
  quote=[("Le Journal des Indépendants <newsletter@journal-independants.fr>",
          "Indépendants : ce qui change pour vos fichiers clients\n\nRegistre, durées de conservation, "
          "consentement pour la prospection : le point sur vos obligations en 2026.")],
  qstyle="fwd_gmail_fr", quote_to="anne.dumot@gmail.com")

R("fr-fwd-relance-facture", [], "Fwd: Facture ?",
  "Bonjour, je vous renvoie ma demande d'il y a quinze jours : j'ai toujours besoin de la facture pour mon "
  "comité d'entreprise. Merci !\nSandrine",
  frm="Sandrine Colas <sandrine.colas@gmail.com>", to="contact",
  quote=[("Sandrine Colas <sandrine.colas@gmail.com>", "Bonjour Sandra, pourriez-vous m'envoyer une facture "
          "pour l'atelier du 4 octobre ? Merci, Sandrine")], qstyle="fwd_gmail_fr", qsubj="Facture ?")

R("fr-oneliner-ok-mardi", [], "Re: RDV", "ok pour mardi 14h",
  frm="Bastien <bastien.leclerc@gmail.com>", to="contact",
  quote=[(SANDRA_C, "Bonjour Bastien, je vous propose mardi 14h ou mercredi 10h. Sandra")], qstyle="gmail_fr")

R("fr-objet-seul-facture-fournisseur", [], "Facture F-2025-0912", "",
  frm="Papeterie Centrale <compta@papeterie-centrale36.fr>", to="orange",
  attach=[("pdf", "F-2025-0912.pdf", "PAPETERIE CENTRALE - Facture F-2025-0912 - Floraison de Soi - 42,60 EUR TTC")])

R("fr-reply-thread-confirme-venue", [], "Re: Re: Re: Atelier « Poser ses limites »",
  "Je confirme ma venue et je viendrai avec une amie, Josette, si c'est toujours possible. On apporte des "
  "gâteaux !\nMichèle",
  frm="Michèle Tessier <michele.tessier@wanadoo.fr>", to="contact",
  quote=[(SANDRA_C, "Bien sûr Michèle, il reste deux places. Votre amie peut s'inscrire directement sur le "
          "site ou me donner ses coordonnées samedi."),
         ("Michèle Tessier <michele.tessier@wanadoo.fr>", "Est-ce que je peux venir accompagnée ?"),
         (SANDRA_C, "Bonjour à toutes, voici les infos pratiques pour l'atelier de samedi : 9h30, salle du "
          "46 rue d'Estienne d'Orves. Pensez à un coussin !")],
  qstyle="outlook_fr", qsubj="Atelier « Poser ses limites »")

R("fr-sandra-attestation-envoi", [], "Votre attestation de formation",
  "Bonjour Louise,\n\nVous trouverez ci-joint votre attestation de fin de formation. Ce fut un plaisir de "
  "vous accompagner.\n\nBelle route,\nSandra Delomenie",
  frm=SANDRA_C, to="Louise Perret <louise.perret@laposte.net>", cc="sandra.delomenie@orange.fr",
  attach=[("pdf", "attestation_Perret.pdf", "ATTESTATION DE FIN DE FORMATION - Louise Perret - 21 heures - Floraison de Soi")], date="2025-07-02 10:31")

R("fr-quebec-question-atelier", [], "Atelier en ligne",
  "Bonjour Sandra! Est-ce que ton atelier en ligne de samedi est à quelle heure au Québec? Je veux pas le "
  "manquer, la dernière fois je me suis trompée avec le décalage. Merci!",
  frm="Chantal Gagnon <chantal.gagnon@videotron.ca>", to="contact")

R("fr-belge-devis-groupe", [], "Devis pour un groupe",
  "Bonjour Madame,\n\nNous sommes un groupe de sept amies de Tournai et nous aimerions organiser un stage d'un "
  "week-end chez vous au printemps. Pourriez-vous nous dire ce que ça coûterait, logement non compris ? On "
  "vous remercie déjà.\n\nAnnick",
  frm="Annick Desmet <annick.desmet@skynet.be>", to="contact")