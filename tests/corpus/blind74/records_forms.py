"""Website forms and platform notifications that carry a person's own words."""
from rec import R

WP = ("Floraison de Soi", "wordpress@floraisondesoi.fr")
SIO = ("Systeme.io", "no-reply@systeme.io")
CAL = ("Calendly", "notifications@calendly.com")
FB = ("Facebook", "notification@facebookmail.com")
IG = ("Instagram", "no-reply@mail.instagram.com")
LI = ("LinkedIn", "messages-noreply@linkedin.com")
CRISP = ("Crisp", "notifications@crisp.chat")
GF = ("Google Forms", "forms-receipts-noreply@google.com")


def cf7(name, email, subj, msg, phone=None):
    tel = "Téléphone : %s\n" % phone if phone else ""
    return ("De : %s <%s>\nObjet : %s\n%s\nCorps du message :\n%s\n\n-- \n"
            "Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi "
            "(https://www.floraisondesoi.fr)" % (name, email, subj, tel, msg))


def cf7_en(name, email, subj, msg):
    return ("From: %s <%s>\nSubject: %s\n\nMessage Body:\n%s\n\n-- \n"
            "This e-mail was sent from a contact form on Floraison de Soi (https://www.floraisondesoi.fr)"
            % (name, email, subj, msg))


def wpf(name, email, choice, msg, extra=""):
    return ("Nom\n%s\n\nE-mail\n%s\n\nDroit que vous souhaitez exercer\n%s\n\nVotre demande\n%s\n%s\n"
            "Je certifie être la personne concernée ou son représentant légal\nOui\n\n"
            "---\nEnvoyé depuis la page « Vos données » — WPForms" % (name, email, choice, msg, extra))


def sio(first, email, msg, page="Contact"):
    return ("Bonjour,\n\nUn contact vient de remplir le formulaire de votre page « %s ».\n\n"
            "Prénom : %s\nE-mail : %s\nMessage : %s\n\nVous pouvez retrouver ce contact dans "
            "Contacts > Tous les contacts.\n\nL'équipe Systeme.io" % (page, first, email, msg))


def cal(name, email, when, etype, note, kind="new"):
    head = ("A new event has been scheduled." if kind == "new" else "The event below has been canceled.")
    q = ("Questions:\nPlease share anything that will help prepare for our meeting.\n%s" % note if kind == "new"
         else "Cancellation reason:\n%s" % note)
    return ("Hi Sandra Delomenie,\n\n%s\n\nEvent Type:\n%s\n\nInvitee:\n%s\n\nInvitee Email:\n%s\n\n"
            "Event Date/Time:\n%s (Central European Time)\n\n%s\n\nView event in Calendly\n\n"
            "Sent from Calendly" % (head, etype, name, email, when, q))


def fbmsg(name, msg):
    return ("%s a envoyé un message à votre Page Floraison de Soi.\n\n« %s »\n\nRépondre dans Meta Business Suite\n\n"
            "Ce message a été envoyé à contact@floraisondesoi.fr. Pour ne plus recevoir ces notifications, "
            "modifiez vos paramètres de notification.\nMeta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irlande"
            % (name, msg))


def crisp(visitor, email, lines):
    return ("Transcript de la conversation avec %s (%s)\nSite : floraisondesoi.fr\n\n%s\n\n"
            "—\nCe transcript vous est envoyé automatiquement à la fin de chaque conversation. Crisp IM SAS"
            % (visitor, email, "\n".join(lines)))


RECORDS = [
    R("fr-cf7-copie-dossier-2023", ["access"], "Floraison de Soi « Mon dossier »",
      cf7("Pauline Versaud", "pauline.versaud@gmail.com", "Mon dossier",
          "Bonjour Sandra,\nJ'ai été accompagnée par vous de février à juin 2023 (bilan + 6 séances). "
          "Je voudrais recevoir une copie de tout ce que vous avez gardé me concernant, y compris vos "
          "notes de séances et le questionnaire du début. Un envoi par mail me convient très bien.\n"
          "Merci d'avance,\nPauline"),
      frm=WP, reply_to=("Pauline Versaud", "pauline.versaud@gmail.com")),
    R("fr-cf7-nom-lefebvre", ["rectification"], "Floraison de Soi « erreur sur mon nom »",
      cf7("Annick Lefèbvre", "a.lefebvre36@orange.fr", "erreur sur mon nom",
          "Bonsoir, sur l'attestation de fin de formation et dans les mails que je reçois mon nom est écrit "
          "Lefevre. C'est LEFÈBVRE, avec un b et un accent. Pouvez-vous corriger dans votre fichier "
          "et me renvoyer l'attestation corrigée ? Merci", "06 12 44 90 31"),
      frm=WP, reply_to="a.lefebvre36@orange.fr"),
    R("fr-cf7-plus-de-newsletter", ["objection"], "Floraison de Soi « newsletter »",
      cf7("mireille b", "mimi.bouchard@laposte.net", "newsletter",
          "je ne veux plus recevoir la newsletter svp, le lien en bas ne marche pas chez moi"),
      frm=WP, reply_to="mimi.bouchard@laposte.net"),
    R("fr-cf7-annule-atelier-samedi", [], "Floraison de Soi « Atelier du 15 »",
      cf7("Corinne Méry", "corinne.mery@free.fr", "Atelier du 15",
          "Bonjour, je dois malheureusement annuler ma participation à l'atelier « Estime de soi » de samedi, "
          "ma fille est malade. Est-ce que je peux reporter sur la session de juin ? Je vous ai déjà réglé "
          "par virement.\nBien à vous, Corinne"),
      frm=WP, reply_to="corinne.mery@free.fr"),
    # NEAR-LINE: asks how long questionnaires are kept -> question about a right/retention, not a request
    R("fr-cf7-duree-questionnaires", [], "Floraison de Soi « question conservation »",
      cf7("Lina Haddad", "lina.haddad@outlook.fr", "question conservation",
          "Bonjour, avant de m'inscrire au parcours je voudrais savoir combien de temps vous gardez les "
          "questionnaires qu'on remplit au début, et s'ils sont stockés sur Google Drive ou chez vous ? "
          "Je suis un peu prudente avec ça. Merci !"),
      frm=WP, reply_to="lina.haddad@outlook.fr"),
    R("fr-wpforms-effacement-complet", ["erasure"], "Nouvelle entrée : Demande relative à vos données personnelles",
      wpf("Thierry Aubrun", "thierry.aubrun@wanadoo.fr", "Effacement (droit à l'oubli)",
          "Je n'ai plus de lien avec Floraison de Soi depuis 2022. Merci d'effacer l'ensemble de mes données "
          "(fiche client, échanges, compte sur la plateforme de formation) et de me le confirmer par écrit."),
      frm=WP, reply_to="thierry.aubrun@wanadoo.fr", html="alt"),
    R("fr-wpforms-portabilite-autre-coach", ["portability"], "Nouvelle entrée : Demande relative à vos données personnelles",
      wpf("Sabrina Kettani", "sabrina.kettani@gmail.com", "Portabilité",
          "Je poursuis mon accompagnement avec une autre praticienne à Châteauroux. Pourriez-vous lui "
          "transmettre directement mes fiches de suivi et mes résultats de tests, dans un format qu'elle "
          "pourra réutiliser (tableur ou CSV) ? Son adresse : cabinet.rivage@proton.me"),
      frm=WP, reply_to="sabrina.kettani@gmail.com", html="alt"),
    R("fr-wpforms-limitation-bilan-conteste", ["restriction"], "Nouvelle entrée : Demande relative à vos données personnelles",
      wpf("Gérald Pinson", "gerald.pinson@sfr.fr", "Limitation du traitement",
          "Le compte rendu de bilan qui a été transmis à ma demande à mon employeur contient des éléments "
          "que je conteste (je n'ai jamais dit vouloir quitter mon poste). Tant que nous n'en avons pas "
          "parlé, je vous demande de ne plus utiliser ni transmettre ce document. Ne le supprimez pas, j'en "
          "aurai peut-être besoin."),
      frm=WP, reply_to="gerald.pinson@sfr.fr", html="alt"),
    R("fr-wpforms-opposition-et-acces", ["access", "objection"], "Nouvelle entrée : Demande relative à vos données personnelles",
      wpf("Hélène Castagné", "helene.castagne@yahoo.fr", "Opposition / Accès",
          "Je reçois des propositions de stages par mail et par SMS alors que je n'ai assisté qu'à une "
          "conférence. Je m'oppose à toute prospection. J'aimerais aussi savoir quelles informations vous "
          "avez sur moi et d'où vient mon numéro de portable."),
      frm=WP, reply_to="helene.castagne@yahoo.fr", html="alt"),
    R("en-cf7-where-did-you-get-my-email", ["access"], "Floraison de Soi « Your emails »",
      cf7_en("Oliver Brandt", "o.brandt@posteo.de", "Your emails",
             "Hello, I keep getting your newsletter in French and I have no memory of signing up. Could you "
             "tell me where my address came from and what else you hold about me? Thanks, Oliver"),
      frm=WP, reply_to="o.brandt@posteo.de"),
    R("en-cf7-take-me-off", ["objection"], "Floraison de Soi « mailing list »",
      cf7_en("Rachel Coombes", "rachelcoombes@btinternet.com", "mailing list",
             "Please take me off your mailing list. I moved back to the UK and won't be attending any more "
             "workshops. No hard feelings, it was lovely."),
      frm=WP, reply_to="rachelcoombes@btinternet.com"),
    R("en-cf7-english-sessions", [], "Floraison de Soi « Sessions in English? »",
      cf7_en("Megan Doyle", "megandoyle.ie@gmail.com", "Sessions in English?",
             "Hi! I live near Issoudun since last year and my French is still shaky. Do you offer coaching "
             "sessions in English, even partly? And what are your rates for a package of five?"),
      frm=WP, reply_to="megandoyle.ie@gmail.com"),
    R("fr-sio-supprimer-compte-et-donnees", ["erasure"], "Nouveau message depuis votre formulaire « Contact »",
      sio("Baptiste", "baptiste.renard@hotmail.fr",
          "Bonjour je souhaite que vous supprimiez mon compte sur la plateforme de formation ET toutes les "
          "données qui vont avec (progression, réponses aux quiz, coordonnées). Merci"),
      frm=SIO),
    R("fr-sio-mot-de-passe", [], "Nouveau message depuis votre formulaire « Contact »",
      sio("Nadège", "nadege.fournier@gmail.com",
          "bonjour, impossible d'accéder à mon espace formation, le mot de passe est refusé et je ne reçois pas "
          "le mail de réinitialisation. Pouvez-vous m'aider ? je dois finir le module 3 avant vendredi"),
      frm=SIO),
    # NEAR-LINE: "fermez mon compte" alone, no data mentioned -> negative by policy
    R("fr-sio-fermer-compte-seul", [], "Nouveau message depuis votre formulaire « Espace membre »",
      sio("Valérie", "val.jousselin@orange.fr",
          "Merci de fermer mon compte membre, j'ai terminé la formation et je n'en ai plus l'utilité.",
          page="Espace membre"),
      frm=SIO),
    # NEAR-LINE: request typed in a satisfaction-survey free-text field; still her words asking for the thing
    R("fr-gforms-retrait-temoignage", ["withdraw_consent"], "Nouvelle réponse : Questionnaire de satisfaction — Atelier Confiance",
      "Votre formulaire « Questionnaire de satisfaction — Atelier Confiance » a reçu une nouvelle réponse.\n\n"
      "Note globale : 4/5\nCe que vous avez préféré : les exercices en binôme\n"
      "Remarque libre : J'avais accepté que mon petit texte soit mis sur le site mais finalement je préfère "
      "pas, pouvez-vous le retirer ? Rien de grave, juste mon employeur qui tombe dessus.\n"
      "Adresse e-mail : justine.perrot@gmail.com\n\nAfficher toutes les réponses\n\n"
      "Google Forms : créez des questionnaires et analysez les réponses.",
      frm=GF, html="alt"),
    R("fr-gforms-reponse-positive", [], "Nouvelle réponse : Questionnaire de satisfaction — Cercle de parole",
      "Votre formulaire « Questionnaire de satisfaction — Cercle de parole » a reçu une nouvelle réponse.\n\n"
      "Note globale : 5/5\nCe que vous avez préféré : la bienveillance du groupe, le rythme\n"
      "Remarque libre : J'accepte volontiers que vous utilisiez mes réponses pour améliorer les cercles. "
      "Vivement le prochain !\nAdresse e-mail : (non renseignée)\n\nAfficher toutes les réponses\n\n"
      "Google Forms : créez des questionnaires et analysez les réponses.",
      frm=GF, html="alt"),
    R("fr-typeform-inscription-stage", [], "Nouvelle réponse à « Inscription Stage Printemps »",
      "Nouvelle soumission — Inscription Stage Printemps\n\n1. Vos nom et prénom\nFabienne Olivier\n\n"
      "2. Vos informations de contact\nfabienne.olivier@laposte.net / 06 71 18 02 55\n\n"
      "3. Régime alimentaire particulier ?\nSans gluten\n\n4. Un mot pour Sandra ?\nJ'ai mis mes informations "
      "à jour par rapport à l'an dernier, nouvelle adresse mail. Hâte d'y être !\n\nVoir dans Typeform",
      frm=("Typeform", "notifications@typeform.com"), html="only"),
    R("fr-calendly-note-effacer-anciennes-notes", ["erasure"],
      "New Event: Marion Gaillard - 10:00am Wed, Apr 9, 2025 - Séance individuelle (60 min)",
      cal("Marion Gaillard", "marion.gaillard@icloud.com", "10:00am - Wednesday, April 9, 2025",
          "Séance individuelle (60 min)",
          "Je reprends après 3 ans, je préfère repartir de zéro : pouvez-vous effacer les notes et le "
          "questionnaire de mon premier suivi (2021-2022) avant la séance ? Merci beaucoup"),
      frm=CAL, reply_to="marion.gaillard@icloud.com", html="alt"),
    R("fr-calendly-annulation", [],
      "Canceled: Jérôme Tessier - 06:30pm Tue, Nov 18, 2025 - Séance découverte (30 min)",
      cal("Jérôme Tessier", "jerome.tessier@gmail.com", "06:30pm - Tuesday, November 18, 2025",
          "Séance découverte (30 min)", "Empêchement pro, je reprends un créneau la semaine prochaine.",
          kind="cancel"),
      frm=CAL, html="alt"),
    R("en-calendly-note-export-history", ["portability"],
      "New Event: Hannah Price - 02:00pm Thu, Jun 5, 2025 - Coaching session (60 min)",
      cal("Hannah Price", "hannah.price@outlook.com", "02:00pm - Thursday, June 5, 2025",
          "Coaching session (60 min)",
          "This will be my last session since I'm moving to Lyon. Could you export my session history and "
          "goals worksheets in a format I can upload into my new coach's platform (CSV or similar)?"),
      frm=CAL, reply_to="hannah.price@outlook.com", html="alt"),
    R("fr-fb-stop-pub", ["objection"], "Gisèle Moreau a envoyé un message à Floraison de Soi",
      fbmsg("Gisèle Moreau", "bjr je veux plus recevoir vos mail de pub ni les sms merci bonne journée"),
      frm=FB, html="alt"),
    R("fr-fb-horaires", [], "Kévin Dias a envoyé un message à Floraison de Soi",
      fbmsg("Kévin Dias", "Bonjour vous êtes ouverte le samedi matin ? c'est pour offrir une séance à ma "
            "compagne, vous faites des bons cadeaux ?"),
      frm=FB, html="alt"),
    R("fr-ig-enlever-photo", ["withdraw_consent"], "lou.andrea vous a envoyé un message",
      "lou.andrea vous a envoyé un message :\n\n« Coucou Sandra ! tu peux enlever la photo de l'atelier "
      "où on me voit de face (celle du post du 12) ? je t'avais dit oui sur le moment mais finalement "
      "je préfère pas 🙏 »\n\nVoir le message\n\nInstagram · Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025",
      frm=IG, html="alt"),
    R("fr-ig-merci-story", [], "clemence_yoga vous a envoyé un message",
      "clemence_yoga vous a envoyé un message :\n\n« Merci pour le partage de ma story ! trop contente, "
      "tu peux la garder en avant évidemment 😊 »\n\nVoir le message\n\n"
      "Instagram · Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025",
      frm=IG, html="alt"),
    R("en-linkedin-what-did-you-share", ["access"], "Daniel Moreau-Hill sent you a message",
      "Daniel Moreau-Hill\nHR Business Partner at Vallon Industries\n\n\"Hi Sandra, I took part in the "
      "management training you ran for Vallon in March, as a participant, not as HR. Could you let me know "
      "which personal data you hold on me from that course and whether any of it (self-assessment, "
      "feedback grid) was passed on to my employer? Thanks.\"\n\nReply\n\n"
      "You are receiving Messaging notification emails. Unsubscribe · LinkedIn Ireland Unlimited Company",
      frm=LI, html="alt"),
    R("en-linkedin-lead-gen-pitch", [], "Priya Natarajan sent you a message",
      "Priya Natarajan\nGrowth Consultant | Coaches & Therapists\n\n\"Hi Sandra, loved your profile! We help "
      "coaches fill their calendar with 15-20 qualified calls per month through automated LinkedIn outreach. "
      "Fully GDPR-compliant of course. Open to a quick 15-min chat this week?\"\n\nReply\n\n"
      "You are receiving Messaging notification emails. Unsubscribe · LinkedIn Ireland Unlimited Company",
      frm=LI, html="alt"),
    R("fr-google-avis-5-etoiles", [], "Nouvel avis sur Floraison de Soi",
      "Floraison de Soi a reçu un nouvel avis\n\nAurélie T. ★★★★★\n« Sandra m'a aidée à sortir d'une période "
      "très compliquée. Écoute, douceur, et des outils concrets. Je recommande les yeux fermés. »\n\n"
      "Répondre à l'avis\n\nGoogle Business Profile · Google Ireland Ltd, Gordon House, Barrow Street, Dublin 4",
      frm=("Google Business Profile", "businessprofile-noreply@google.com"), html="only"),
    R("fr-google-avis-mentionne-suppression", [], "Nouvel avis sur Floraison de Soi",
      "Floraison de Soi a reçu un nouvel avis\n\nPatrick L. ★★★★☆\n« Accompagnement sérieux. Petit détail qui "
      "compte pour moi : quand j'ai demandé qu'on efface mes données à la fin, ça a été fait en deux jours "
      "avec une confirmation écrite. Rare. »\n\nRépondre à l'avis\n\n"
      "Google Business Profile · Google Ireland Ltd, Gordon House, Barrow Street, Dublin 4",
      frm=("Google Business Profile", "businessprofile-noreply@google.com"), html="only"),
    R("fr-rdv-note-nouveau-numero", ["rectification"], "Nouveau rendez-vous : Mme Dubreuil — 14/10 17h00",
      "Nouveau rendez-vous pris en ligne\n\nPatiente / cliente : Odile Dubreuil\nPrestation : Séance de suivi\n"
      "Date : mardi 14 octobre 2025 à 17h00\nLieu : 46 rue d'Estienne d'Orves, Issoudun\n\nMessage du client :\n"
      "Attention j'ai changé de numéro, c'est maintenant le 07 68 22 15 90. L'ancien (06 30...) n'existe plus, "
      "merci de le remplacer dans ma fiche pour les rappels.\n\n— Agenda en ligne, module de réservation",
      frm=("Agenda Floraison de Soi", "reservations@floraisondesoi.fr")),
    R("fr-wp-commentaire-limites", [], "[Floraison de Soi] Commentaire : « Oser dire non sans culpabiliser »",
      "Nouveau commentaire sur l'article « Oser dire non sans culpabiliser » en attente de validation\n"
      "https://www.floraisondesoi.fr/oser-dire-non/\n\nAuteur : Sylvie R.\nE-mail : sylvie.r@gmail.com\n"
      "Commentaire :\nMerci pour cet article. J'ai longtemps cru que m'opposer à ma belle-mère ferait exploser la "
      "famille, et c'est l'inverse. Effacer ses propres besoins n'aide personne.\n\nApprouver : https://www."
      "floraisondesoi.fr/wp-admin/comment.php?action=approve&c=412\nCorbeille : https://www.floraisondesoi.fr/"
      "wp-admin/comment.php?action=trash&c=412",
      frm=WP),
    # NEAR-LINE: blog commenter asks to delete her own published comment and name -> erasure
    R("fr-wp-commentaire-supprimer-mon-nom", ["erasure"], "[Floraison de Soi] Commentaire : « Burn-out : les signaux faibles »",
      "Nouveau commentaire sur l'article « Burn-out : les signaux faibles » en attente de validation\n"
      "https://www.floraisondesoi.fr/burn-out-signaux/\n\nAuteur : Christelle M\nE-mail : cmartineau79@yahoo.fr\n"
      "Commentaire :\nBonjour, je ne souhaite pas que celui-ci soit publié. Je vous demande par contre de "
      "supprimer mon ancien commentaire de 2023 sur ce même article, il contient mon nom complet et ma ville, "
      "et on me retrouve sur Google avec. Merci.\n\nApprouver : https://www.floraisondesoi.fr/wp-admin/comment.php"
      "?action=approve&c=418",
      frm=WP),
    R("fr-crisp-questionnaires-2022", ["access"], "Conversation terminée avec Amandine",
      crisp("Amandine", "amandine.leroux@gmail.com", [
          "[18:41] Amandine : bonsoir, est-ce que vous avez encore mes questionnaires du stage de 2022 ?",
          "[18:41] Amandine : je voudrais en avoir une copie, je fais un travail sur moi et ça m'aiderait de relire mes réponses",
          "[18:43] Floraison de Soi (message automatique) : Merci ! Sandra vous répond par e-mail sous 48 h.",
          "[18:43] Amandine : super merci, mon mail c'est amandine.leroux@gmail.com"]),
      frm=CRISP, reply_to="amandine.leroux@gmail.com"),
    R("fr-crisp-tarifs-atelier", [], "Conversation terminée avec Visiteur #8812",
      crisp("Visiteur #8812", "non renseigné", [
          "[12:05] Visiteur : bonjour c'est combien l'atelier gestion du stress ?",
          "[12:05] Floraison de Soi (message automatique) : Bonjour ! Les tarifs sont sur la page Ateliers.",
          "[12:06] Visiteur : ok et on peut payer en 2 fois ?",
          "[12:07] Visiteur : je repasserai merci"]),
      frm=CRISP),
    R("en-tidio-delete-and-stop", ["erasure", "objection"], "New conversation from a visitor on floraisondesoi.fr",
      "You have a new message on Tidio\n\nVisitor: Tom Eklund (tom.eklund@gmail.com)\nPage: /ateliers/\n\n"
      "\"hi, I was at one of your online conferences last year. pls stop the marketing emails and also remove "
      "all my data from your lists, I don't want to be in any database of yours. thanks\"\n\n"
      "Reply in panel\n\nTidio LLC · You get this email because you're offline.",
      frm=("Tidio", "notifications@tidio.net"), reply_to="tom.eklund@gmail.com", html="alt"),
    R("fr-cf7-parent-ado-acces-effacement", ["access", "erasure"], "Floraison de Soi « Données de ma fille »",
      cf7("Stéphane Guérin", "s.guerin.famille@gmail.com", "Données de ma fille",
          "Bonjour Madame,\nMa fille Zoé (15 ans) a participé à votre atelier ados « Confiance en soi » en 2024. "
          "En tant que père et représentant légal, je souhaite savoir quelles informations vous avez conservées "
          "à son sujet (fiches, dessins, questionnaire), puis qu'elles soient supprimées. Zoé est d'accord avec "
          "cette démarche.\nCordialement,\nStéphane Guérin"),
      frm=WP, reply_to="s.guerin.famille@gmail.com"),
    R("fr-wpforms-maman-decedee", ["post_mortem"], "Nouvelle entrée : Demande relative à vos données personnelles",
      wpf("Julien Perraud", "julien.perraud@gmail.com", "Autre",
          "Ma mère, Françoise Perraud, est décédée le 3 mars. Elle recevait vos lettres d'information et avait "
          "un compte sur votre espace formation. Je vous remercie de clôturer ce compte et de supprimer ses "
          "données. Je peux fournir l'acte de décès si nécessaire."),
      frm=WP, reply_to="julien.perraud@gmail.com", html="alt"),
    R("fr-wpforms-directives-apres-deces", ["post_mortem"], "Nouvelle entrée : Demande relative à vos données personnelles",
      wpf("Bernadette Choux", "b.choux@orange.fr", "Directives après décès",
          "J'ai 74 ans et je range mes affaires. Le jour où je partirai, je veux que vous détruisiez mes notes de "
          "séances et mes carnets d'exercices, sans les communiquer à qui que ce soit, mes enfants compris. "
          "Vous pouvez garder les factures le temps légal."),
      frm=WP, reply_to="b.choux@orange.fr", html="alt"),
    # NEAR-LINE: platform reports an unsubscribe already processed; the reason text is not a request to her
    R("fr-sio-desabonnement-auto", [], "Un contact s'est désabonné de votre liste",
      "Bonjour Sandra,\n\nLe contact francois.delage@gmail.com s'est désabonné de la liste « Newsletter mensuelle ».\n"
      "Raison indiquée : « Trop de mails en ce moment »\n\nAucune action n'est requise de votre part : ce contact "
      "ne recevra plus vos campagnes.\n\nL'équipe Systeme.io",
      frm=SIO, headers={"Auto-Submitted": "auto-generated"}),
    R("fr-brevo-reponse-newsletter-stop", ["objection"], "Re: 🌸 La lettre de septembre : revenir à soi",
      "ne m'envoyez plus rien svp. merci",
      frm=("Roselyne Favier", "roselyne.favier@orange.fr"),
      quote=dict(style="gmail", who=("Sandra - Floraison de Soi", "contact@floraisondesoi.fr"),
                 text="Bonjour à toutes et à tous,\n\nLa rentrée est là et avec elle l'envie de tout recommencer...\n"
                      "Au programme ce mois-ci : un atelier « Revenir à soi » le 27 septembre, deux places en "
                      "cercle de parole, et un petit exercice d'ancrage à faire chez vous.\n\n"
                      "Belle rentrée,\nSandra\n\nSe désinscrire | Voir dans le navigateur")),
    R("en-cf7-withdraw-video-testimonial", ["withdraw_consent"], "Floraison de Soi « testimonial video »",
      cf7_en("Laura Bianchi", "laura.bianchi@libero.it", "testimonial video",
             "Dear Sandra, last spring I agreed to the short video testimonial after the retreat. I have changed "
             "jobs since and would rather it is no longer shown on your website and on Systeme.io. I withdraw my "
             "consent for it. Grazie and warm regards, Laura"),
      frm=WP, reply_to="laura.bianchi@libero.it"),
    R("fr-cf7-be-demenagement-namur", ["rectification"], "Floraison de Soi « changement d'adresse »",
      cf7("Véronique Lambotte", "vero.lambotte@skynet.be", "changement d'adresse",
          "Bonjour Madame, j'ai quitté Liège, ma nouvelle adresse est Rue des Brasseurs 14, 5000 Namur. "
          "L'ancienne peut être retirée de votre fichier, je n'y habite plus depuis septante jours déjà ! "
          "Pour les envois de vos cahiers d'exercices, c'est donc à Namur. Bien à vous, Véronique"),
      frm=WP, reply_to="vero.lambotte@skynet.be"),
    R("fr-cf7-ch-format-lisible", ["access", "portability"], "Floraison de Soi « Demande selon nLPD/RGPD »",
      cf7("Reto Vuilleumier", "reto.vuilleumier@bluewin.ch", "Demande selon nLPD/RGPD",
          "Madame,\nJe vous prie de bien vouloir m'indiquer quelles données personnelles vous traitez à mon sujet "
          "suite au séminaire de Lausanne, et de me les remettre dans un format structuré et lisible par machine "
          "(par exemple CSV ou JSON). Je vous remercie de votre diligence et vous adresse mes salutations "
          "distinguées.\nR. Vuilleumier, Yverdon-les-Bains"),
      frm=WP, reply_to="reto.vuilleumier@bluewin.ch"),
    R("fr-cf7-qc-pas-de-stats", ["objection"], "Floraison de Soi « mes réponses au sondage »",
      cf7("Geneviève Tremblay", "gen.tremblay@videotron.ca", "mes réponses au sondage",
          "Allo Sandra! J'ai rempli ton sondage après le webinaire mais à bien y penser j'aimerais pas que mes "
          "réponses servent pour tes statistiques pis tes présentations. C'est correct que tu les gardes pour "
          "toi, mais pas pour ça. Merci ben gros!"),
      frm=WP, reply_to="gen.tremblay@videotron.ca"),
    R("fr-cf7-gel-dossier-litige", ["restriction"], "Floraison de Soi « Dossier — merci de patienter »",
      cf7("Maud Chassagne", "maud.chassagne@gmail.com", "Dossier — merci de patienter",
          "Bonjour, je suis en désaccord avec mon assurance au sujet de mon arrêt et il est possible qu'on vous "
          "demande des éléments. Je vous demande de ne rien supprimer de mon dossier, mais de ne plus l'utiliser ni "
          "le communiquer à quiconque tant que je ne vous ai pas recontactée. Merci de votre compréhension."),
      frm=WP, reply_to="maud.chassagne@gmail.com"),
    R("fr-cf7-acces-salle-fauteuil", [], "Floraison de Soi « accès salle »",
      cf7("Armelle Vidal", "armelle.vidal@laposte.net", "accès salle",
          "Bonjour, je me déplace en fauteuil roulant. L'accès à la salle rue d'Estienne d'Orves se fait-il de "
          "plain-pied ? Sinon pourrions-nous faire la séance en visio ? Merci"),
      frm=WP, reply_to="armelle.vidal@laposte.net"),
    R("fr-cf7-copie-facture-mutuelle", [], "Floraison de Soi « facture »",
      cf7("Didier Roux", "didier.roux36@gmail.com", "facture",
          "Bonjour, ma mutuelle me réclame une copie de la facture des 4 séances de l'automne. Pouvez-vous me la "
          "renvoyer au nom de Didier Roux ? L'originale a dû partir à la poubelle... merci !"),
      frm=WP, reply_to="didier.roux36@gmail.com"),
    R("en-cf7-seo-spam", [], "Floraison de Soi « Page 1 on Google »",
      cf7_en("Mark Stevens", "mark@rank-first-media.co", "Page 1 on Google",
             "Hi there, I noticed floraisondesoi.fr is not ranking for \"coach Issoudun\". Our white-hat SEO "
             "team can get you to page 1 in 30 days. Reply with YES for a free audit. Regards, Mark"),
      frm=WP, reply_to="mark@rank-first-media.co"),
    R("fr-gforms-formation-rgpd-entreprise", [], "Nouvelle réponse : Demande de devis formation",
      "Votre formulaire « Demande de devis formation » a reçu une nouvelle réponse.\n\n"
      "Structure : Association Les Tilleuls (EHPAD)\nContact : Martine Cordier, directrice\n"
      "Thème souhaité : Communication bienveillante + sensibilisation au consentement et au RGPD pour "
      "l'équipe soignante (données des résidents, droit à l'image)\nNombre de participants : 12\n"
      "Période : premier trimestre 2026\n\nAfficher toutes les réponses",
      frm=GF, html="alt"),
    R("fr-cf7-stop-sms-promos", ["objection"], "Floraison de Soi « SMS »",
      cf7("Jacqueline Barret", "jacqueline.barret@orange.fr", "SMS",
          "Bonjour. Les rappels de rendez-vous par SMS, d'accord. Mais les SMS « promo -20 % sur le stage » je "
          "n'en veux plus. Merci de me retirer de cette liste d'envoi.", "06 08 51 77 43"),
      frm=WP, reply_to="jacqueline.barret@orange.fr"),
    R("en-cf7-new-email-address", ["rectification"], "Floraison de Soi « change of email »",
      cf7_en("Fiona McAllister", "fiona.mcallister@proton.me", "change of email",
             "Hello Sandra, my old address fiona.mca@yahoo.co.uk will be closed at the end of the month. Please "
             "replace it with this one (fiona.mcallister@proton.me) for everything, invoices included. Cheers!"),
      frm=WP, reply_to="fiona.mcallister@proton.me"),
    R("fr-cf7-accord-temoignage", [], "Floraison de Soi « témoignage »",
      cf7("Claire Ozanne", "claire.ozanne@gmail.com", "témoignage",
          "Coucou Sandra, suite à ta demande : oui, j'accepte que mon témoignage soit publié sur ton site avec mon "
          "prénom et l'initiale de mon nom. Pas de photo par contre. Bises, Claire"),
      frm=WP, reply_to="claire.ozanne@gmail.com"),
    R("fr-gforms-retrait-etude", ["withdraw_consent"], "Nouvelle réponse : Suivi post-formation (6 mois)",
      "Votre formulaire « Suivi post-formation (6 mois) » a reçu une nouvelle réponse.\n\n"
      "Avez-vous mis en pratique les outils ? Un peu\nCommentaire : Je vous informe que je retire mon accord pour "
      "que mes réponses aux questionnaires soient utilisées dans l'étude que vous préparez avec l'université. "
      "Je continue volontiers à répondre pour vous, mais pas pour l'étude.\n"
      "Nom (facultatif) : Romain Keller\n\nAfficher toutes les réponses",
      frm=GF, html="alt"),
    R("en-typeform-withdraw-and-delete", ["erasure", "withdraw_consent"], "New response to « Retreat feedback 2025 »",
      "New submission — Retreat feedback 2025\n\n1. Your name\nSophie Lindqvist\n\n2. Anything else?\n"
      "I no longer consent to the group photos and my audio clip being used in your promotion. Beyond that, "
      "please erase everything you have on me, including this form. Thank you for the retreat anyway.\n\n"
      "3. Email\nsophie.lindqvist@gmail.com\n\nView in Typeform",
      frm=("Typeform", "notifications@typeform.com"), html="only"),
    R("fr-messenger-infos-groupe-whatsapp", ["access"], "Nathalie Pons a envoyé un message à Floraison de Soi",
      fbmsg("Nathalie Pons", "Salut Sandra ! question un peu bizarre : tu peux me dire ce que tu as gardé comme "
            "infos sur moi depuis le groupe WhatsApp de la formation ? genre mes messages, mon numéro, les "
            "photos... j'aimerais savoir ce qui est chez toi"),
      frm=FB, html="alt"),
    R("fr-calendly-date-naissance", ["rectification"],
      "New Event: Ginette Lavaud - 09:30am Mon, Feb 2, 2026 - Séance de suivi (60 min)",
      cal("Ginette Lavaud", "ginette.lavaud@wanadoo.fr", "09:30am - Monday, February 2, 2026",
          "Séance de suivi (60 min)",
          "Sur le dossier que vous m'avez fait signer la date de naissance est fausse : c'est le 14/02/1957 et "
          "pas le 12/04. Merci de rectifier."),
      frm=CAL, reply_to="ginette.lavaud@wanadoo.fr", html="alt"),
    R("en-zoom-registration-replay", [], "New registration: Webinar « Mieux dormir, mieux vivre »",
      "Hi Sandra,\n\nA new participant has registered for your webinar.\n\nTopic: Mieux dormir, mieux vivre\n"
      "Name: Alice Turner\nEmail: alice.turner@gmail.com\nQuestion: Will a replay be available? I'm in Montreal "
      "so the live time is tricky for me.\n\nManage registrants\n\nZoom Communications, Inc.",
      frm=("Zoom", "no-reply@zoom.us"), html="alt"),
    R("fr-helloasso-don-mot", [], "Nouveau paiement reçu — Conférence « Le pouvoir des émotions »",
      "Bonne nouvelle ! Vous avez reçu un paiement de 15,00 € pour « Conférence — Le pouvoir des émotions ».\n\n"
      "Payeur : Brigitte Aumont\nMessage laissé : « Merci pour cette belle soirée, j'ai enfin compris pourquoi "
      "je m'oppose toujours à tout ! »\n\nRetrouvez le détail dans votre espace HelloAsso.",
      frm=("HelloAsso", "noreply@helloasso.com"), html="only"),
    R("fr-cf7-demarchage-telephone", ["objection"], "Floraison de Soi « appels »",
      cf7("Régis Faure", "regis.faure@free.fr", "appels",
          "Madame, j'ai été appelé deux fois cette semaine pour me proposer votre stage d'été. Je n'ai assisté "
          "qu'à une conférence à la médiathèque. Je ne souhaite plus être démarché, ni par téléphone ni autrement."),
      frm=WP, reply_to="regis.faure@free.fr"),
    # NEAR-LINE: "do I have the right to ..." is a question about how a right works -> negative
    R("en-cf7-do-i-have-the-right", [], "Floraison de Soi « question before signing »",
      cf7_en("Chloe Martin", "chloe.martin.uk@gmail.com", "question before signing",
             "Hi, before I book the 3-month programme: do I have the right to ask for my session notes to be "
             "deleted once it's over, or do you have to keep them for some legal reason? Just want to understand "
             "how it works. Thanks!"),
      frm=WP, reply_to="chloe.martin.uk@gmail.com"),
    R("fr-sio-retrait-consentement-analytics", ["withdraw_consent"], "Nouveau message depuis votre formulaire « Contact »",
      sio("Éloïse", "eloise.brunet@protonmail.com",
          "J'avais cliqué « tout accepter » sur le bandeau cookies de votre site. Je retire ce consentement : plus "
          "de Google Analytics me concernant s'il vous plaît. Je ne trouve pas où le modifier sur la page."),
      frm=SIO),
    R("fr-sio-contact-inscription-info", [], "Nouveau message depuis votre formulaire « Contact »",
      sio("Hugo", "hugo.lemaire@gmail.com",
          "Bonjour, je voudrais m'inscrire au parcours « Reprendre confiance » de janvier. Faut-il remplir mes "
          "informations sur la page d'inscription ou vous les envoyer par mail ? J'ai un code promo de la "
          "conférence."),
      frm=SIO),
    R("fr-cf7-effacer-formulaire-ado-mere", ["erasure"], "Floraison de Soi « fiche de mon fils »",
      cf7("Karima Benali", "karima.benali@hotmail.fr", "fiche de mon fils",
          "Bonjour, je suis la maman d'Ilyes, 13 ans, il a fait 3 séances avec vous l'an dernier pour la gestion "
          "du stress avant le brevet. Tout va bien maintenant. Je souhaiterais que sa fiche et les notes à son "
          "nom soient supprimées de vos dossiers. Merci pour tout ce que vous avez fait pour lui."),
      frm=WP, reply_to="karima.benali@hotmail.fr"),
    R("en-fb-message-portability-group", ["portability"], "Grace Okafor sent a message to Floraison de Soi",
      "Grace Okafor sent a message to your Page Floraison de Soi.\n\n\"Hi Sandra, for my records could you send "
      "me my workbook answers and the tracker data from the online programme as a spreadsheet file? I'd like "
      "to import them into my own Notion. Thank you!\"\n\nReply in Meta Business Suite\n\n"
      "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland",
      frm=FB, html="alt"),
    R("fr-cf7-export-agenda", [], "Floraison de Soi « export agenda »",
      cf7("Sébastien Morin", "seb.morin.dev@gmail.com", "export agenda",
          "Bonjour Sandra, je suis le webmaster qui s'occupe du site de l'asso des Tilleuls. Vous m'aviez demandé "
          "comment exporter l'agenda des ateliers vers Google Agenda : il suffit d'utiliser le lien iCal dans "
          "Réglages > Export. Je peux passer le faire si besoin."),
      frm=WP, reply_to="seb.morin.dev@gmail.com"),
]
