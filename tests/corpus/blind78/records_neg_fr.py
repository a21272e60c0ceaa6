# French negatives (blind78): hard negatives using the same words without asking.
from rec import R, SANDRA_C, SANDRA_O

RECORDS = [
R("fr-neg-supprimer-creneau", [], "créneau de jeudi",
"""Bonjour Sandra, tu peux supprimer mon créneau de jeudi 10h ? J'ai un rdv chez le dentiste. Je reprends la semaine d'après. Merci ! Elsa""",
frm=("Elsa Martin", "elsa.martin@gmail.com")),
R("fr-neg-effacer-tableau", [], "Salle du 3e étage",
"""Bonjour Madame Delomenie,

Pour la formation de mardi dans nos locaux : la salle sera ouverte à 8h30. Pensez à effacer le tableau blanc en partant, le service suivant l'utilise à 14h. Le code d'accès à la salle est 4512B.

Cordialement,
Accueil – Mairie d'Issoudun""", frm=("Accueil Mairie", "accueil@ville-issoudun.fr")),
R("fr-neg-copie-facture", [], "copie facture",
"""Bonjour, pourriez-vous me renvoyer une copie de la facture de l'atelier de mai ? Ma mutuelle me la demande. Merci, Hugues""",
frm=("Hugues Lamotte", "hugues.lamotte@orange.fr")),
R("fr-neg-export-agenda", [], "export de l'agenda des ateliers",
"""Bonjour Sandra, est-ce qu'il existe un export de ton agenda d'ateliers (ics ou autre) que je pourrais ajouter à mon Google Agenda ? Ça m'éviterait de tout recopier. Bises, Clara""",
frm=("Clara Dubois", "clara.dubois@gmail.com")),
R("fr-neg-corriger-doc", [], "mon mémoire",
"""Bonjour Sandra,

Comme convenu, je vous joins mon mémoire de fin de formation. Pourriez-vous le corriger et me faire vos retours d'ici la fin du mois ? Merci infiniment !

Léonie""", frm=("Léonie Faivre", "leonie.faivre@gmail.com"),
att=[("docx", "memoire_Faivre.docx", "Memoire - La communication non violente en entreprise - Leonie Faivre")]),
R("fr-neg-sopposer-famille", [], "séance de vendredi",
"""Bonjour Sandra,

Je voulais travailler vendredi sur ce qui s'est passé à Noël : j'ai enfin osé m'opposer à ma belle-mère sur l'éducation des enfants, et je tremble encore. Est-ce qu'on peut garder du temps pour ça ?

À vendredi,
Mélissa""", frm=("Mélissa Roy", "melissa.roy@hotmail.fr")),
R("fr-neg-retirer-colis", [], "colis",
"""Coucou, je suis passée à la Poste retirer le colis avec les cartes pour l'atelier, je te les dépose demain à l'atelier. Bisous, Anne-Laure""",
frm=("Anne-Laure", "annelaure.p@gmail.com")),
R("fr-neg-consentement-formation", [], "Programme « Consentement et relation »",
"""Bonjour,

Je suis infirmière scolaire et je cherche une intervention sur le consentement dans les relations pour des lycéens. Votre module « Consentement et relation » peut-il être adapté à des 15-17 ans ? Quel serait le tarif pour 2 heures ?

Cordialement,
Sylvie Delarue
Lycée Balzac""", frm=("Sylvie Delarue", "sylvie.delarue@ac-orleans-tours.fr")),
R("fr-neg-rgpd-formation", [], "Formation RGPD pour associations ?",
"""Bonjour Madame,

Proposez-vous une formation RGPD pour les bénévoles d'associations ? Nous gérons des fichiers d'adhérents et personne ne sait vraiment ce qu'on a le droit de faire. Une demi-journée suffirait.

Merci,
Bernard Colas
Président – Les Amis du Moulin""", frm=("Bernard Colas", "amisdumoulin36@orange.fr")),
R("fr-neg-mes-infos-inscription", [], "Inscription atelier du 8 mars",
"""Bonjour,

Je souhaite m'inscrire à l'atelier « Poser ses limites » du 8 mars. Voici mes informations : Marie Lenoir, 06 33 21 76 54, marie.lenoir@gmail.com. Je règle par virement ?

Merci !""", frm=("Marie Lenoir", "marie.lenoir@gmail.com")),
R("fr-neg-annulation-atelier", [], "annulation",
"""Bonjour Sandra, je dois annuler ma participation à l'atelier de samedi, ma fille est malade. Est-ce que je peux reporter sur celui de juin ? Désolée ! Cécile""",
frm=("Cécile Gaillard", "cecile.gaillard@free.fr")),
R("fr-neg-resilier-abonnement", [], "Résiliation de mon abonnement mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à partir du mois prochain. Merci de ne plus prélever.

Cordialement,
Jacqueline Morin""", frm=("Jacqueline Morin", "jacqueline.morin@orange.fr")),
R("fr-neg-mdp", [], "mot de passe oublié",
"""bonjour jarrive pas a me connecter a la plateforme de formation, jai oublié mon mot de passe et le lien de reinitialisation marche pas. vous pouvez m aider? Thierry""",
frm=("Thierry Bouvier", "thierry.bouvier@gmail.com")),
R("fr-neg-acceder-espace", [], "accéder à mon espace",
"""Bonjour, je n'arrive plus à accéder à mon espace membre depuis la mise à jour, j'ai un message « session expirée ». Pouvez-vous regarder ? Merci, Anita""",
frm=("Anita Klein", "anita.klein@yahoo.fr")),
# NEAR-LINE: "fermer mon compte" alone, no data mentioned -> negative per policy.
R("fr-neg-fermer-compte", [], "fermer mon compte",
"""Bonjour, vous pouvez fermer mon compte sur la plateforme ? J'ai terminé la formation. Merci, Rémi""",
frm=("Rémi Lacoste", "remi.lacoste@gmail.com")),
R("fr-neg-question-droit", [], "une question sur le RGPD",
"""Bonjour Sandra,

Simple curiosité : si un jour je vous demandais de supprimer mes données, est-ce que vous seriez obligée de garder les factures quand même ? Ai-je le droit de demander ça pour les factures ?

Merci ! Agathe""", frm=("Agathe Leroy", "agathe.leroy@gmail.com")),
R("fr-neg-combien-temps", [], "durée de conservation",
"""Bonjour, combien de temps gardez-vous les questionnaires de santé après la fin d'un accompagnement ? Je me pose la question avant de m'engager. Cordialement, Maud Vernier""",
frm=("Maud Vernier", "maud.vernier@laposte.net")),
R("fr-neg-cnil-copie", [], "Copie de ma plainte CNIL",
"""Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée auprès de la CNIL ce jour, concernant l'envoi de messages commerciaux.

« Je reçois depuis six mois des lettres d'information de Floraison de Soi sans y avoir consenti… »

Salutations,
Didier Rolland""", frm=("Didier Rolland", "didier.rolland@free.fr")),
# NEAR-LINE: mother asking about her adult daughter's data -> another living adult, negative.
R("fr-neg-mere-fille-majeure", [], "ma fille",
"""Bonjour Madame,

Ma fille Camille (24 ans) a suivi un accompagnement avec vous. Je m'inquiète beaucoup pour elle en ce moment. Pourriez-vous me dire ce qu'elle vous a confié ou m'envoyer ses fiches ? Je suis sa mère, je veux juste l'aider.

Dominique Faure""", frm=("Dominique Faure", "dominique.faure@orange.fr")),
R("fr-neg-collegue-donnees", [], "Ma collègue Sabrina",
"""Bonjour,

Ma collègue Sabrina Diallo ne veut plus recevoir vos mails mais n'ose pas vous le dire. Vous pourriez supprimer ses coordonnées ? Elle ne sait pas que je vous écris.

Merci,
Nadège""", frm=("Nadège Poulain", "nadege.poulain@gmail.com")),
R("fr-neg-merci-apres-suppression", [], "Re: Confirmation de suppression de vos données",
"""Merci beaucoup Sandra pour votre réactivité, et bonne continuation !
Josette""", quote="""Bonjour Josette,
Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers, conformément à votre demande du 4 mars.
Bien cordialement,
Sandra Delomenie""", qstyle="gmail", frm=("Josette Barbier", "josette.barbier@orange.fr")),
R("fr-neg-merci-export", [], "RE: Vos données",
"""Bien reçu le fichier, merci ! Tout y est.
Bonne journée,
Frédéric""", quote="""Bonjour Frédéric,
Comme demandé, voici la copie de vos données (fiche client, factures, questionnaire).
Sandra""", qstyle="outlook", frm=("Frédéric Lamy", "frederic.lamy@outlook.fr")),
R("fr-neg-donne-consentement", [], "Re: Autorisation de publication",
"""Bonjour Sandra, oui bien sûr, vous pouvez publier mon témoignage avec mon prénom et ma photo. Ravie si ça peut aider ! Bises, Cathy""",
quote="""Bonjour Cathy,
Accepteriez-vous que je publie votre témoignage sur le site, avec votre prénom et la photo de l'atelier ?
Sandra""", qstyle="apple", frm=("Cathy Renard", "cathy.renard@icloud.com")),
R("fr-neg-autoreply", [], "Réponse automatique : Demande de rendez-vous",
"""Bonjour,
Je suis absente du 4 au 18 août inclus, sans accès à ma messagerie. Pour toute urgence, contactez le 02 54 21 00 00.
Cordialement,
Valérie Simon""", frm=("Valérie Simon", "valerie.simon@cabinet-simon.fr"),
hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),
R("fr-neg-autoreply-rgpd", [], "Réponse automatique",
"""Merci pour votre message. Je suis en congé jusqu'au 6 janvier.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition aux données vous concernant, que vous pouvez exercer à dpo@groupe-arvel.fr.

Ce message est généré automatiquement.""", frm=("Lucie Moreau", "l.moreau@groupe-arvel.fr"),
hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
R("fr-neg-bounce", [], "Non remis : Votre demande de suppression – confirmation",
"""Votre message n'a pas pu être remis au destinataire suivant :

    j.marchetti@wanadoo.fr

Adresse introuvable.""", frm=("Mail Delivery System", "MAILER-DAEMON@smtp-out.orange.fr"), to=SANDRA_O,
kind="bounce", fwd={"rcpt": "j.marchetti@wanadoo.fr", "subject": "Votre demande de suppression – confirmation",
"body": "Bonjour,\nJe vous confirme la suppression de vos données.\nSandra Delomenie\n"},
hdr={"Auto-Submitted": "auto-replied"}),
R("fr-neg-bounce2", [], "Undelivered Mail Returned to Sender",
"""Ceci est un message du système de messagerie. Votre message n'a pas pu être délivré : boîte pleine.""",
frm=("Mail Delivery System", "MAILER-DAEMON@mx.floraisondesoi.fr"), to=SANDRA_C,
kind="bounce", fwd={"rcpt": "m.guyot@laposte.net", "subject": "Newsletter – les ateliers de l'été",
"status": "5.2.2", "diag": "552 5.2.2 Mailbox full",
"body": "Les ateliers de l'été\nRetrouvez toutes les dates sur floraisondesoi.fr\n"},
hdr={"Auto-Submitted": "auto-generated"}),
R("fr-neg-stripe", [], "Paiement reçu de 85,00 € – Atelier Confiance",
"""Vous avez reçu un paiement de 85,00 € de Corinne Vallée.
Description : Atelier Confiance en soi – 14/06
Consultez le tableau de bord Stripe pour plus de détails.

Stripe Payments Europe, Ltd.""", frm=("Stripe", "notifications@stripe.com"),
hdr={"X-Mailer": "Stripe Mailer"}, html="alt"),
R("fr-neg-systemeio", [], "Nouvel inscrit à votre formation",
"""Bonjour Sandra,

Un nouvel élève s'est inscrit à « Reprendre confiance en 30 jours » : Mathilde Rey (mathilde.rey@gmail.com).

L'équipe Systeme.io""", frm=("Systeme.io", "no-reply@systeme.io"), html="only",
hdr={"Auto-Submitted": "auto-generated"}),
R("fr-neg-systemeio-suppression", [], "Un contact a été supprimé",
"""Le contact jeanne.d***@gmail.com a été supprimé de votre liste « Newsletter » suite à un désabonnement.

Systeme.io – Notifications automatiques""", frm=("Systeme.io", "no-reply@systeme.io"),
hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),
R("fr-neg-calendly", [], "Nouvel événement : Séance découverte – Julie Pons",
"""Bonjour Sandra,
Un nouvel événement a été programmé.
Invitée : Julie Pons
Date : mardi 16 septembre 2025, 14:00
Lieu : Zoom
Annuler ou reprogrammer : https://calendly.com/cancellations/abc""", frm=("Calendly", "notifications@calendly.com"),
att=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Seance decouverte - Julie Pons\r\nDTSTART:20250916T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),
R("fr-neg-qonto", [], "Votre relevé de compte de mars est disponible",
"""Bonjour Sandra,
Votre relevé de compte de mars 2025 est disponible dans votre espace Qonto.
L'équipe Qonto""", frm=("Qonto", "no-reply@qonto.com"), html="only", hdr={"Auto-Submitted": "auto-generated"}),
R("fr-neg-urssaf", [], "Votre déclaration de chiffre d'affaires",
"""Madame DUMOT-DELOMENIE,
Votre déclaration de chiffre d'affaires du 1er trimestre est à effectuer avant le 30 avril sur autoentrepreneur.urssaf.fr.
Ceci est un message automatique, merci de ne pas y répondre.""", frm=("Urssaf", "ne-pas-repondre@urssaf.fr"),
hdr={"Auto-Submitted": "auto-generated"}),
R("fr-neg-brevo-dpa", [], "Mise à jour de notre accord de traitement des données (DPA)",
"""Bonjour,

Nous mettons à jour notre accord de traitement des données (DPA) et notre politique de confidentialité à compter du 1er mars. Vos droits d'accès, de rectification et d'effacement restent inchangés. Aucune action n'est requise de votre part.

L'équipe Brevo""", frm=("Brevo", "legal@brevo.com"), html="alt",
hdr={"List-Id": "<legal.brevo.com>", "List-Unsubscribe": "<https://brevo.com/unsub?u=legal>", "Precedence": "bulk"}),
R("fr-neg-spam-conformite", [], "URGENT : votre site n'est pas conforme RGPD – amende jusqu'à 20 M€",
"""Madame, Monsieur,

Notre audit automatique a détecté que votre site floraisondesoi.fr ne respecte pas le RGPD (absence de registre, bandeau cookies non conforme). Vous risquez une amende de 20 millions d'euros.

Mettez-vous en conformité en 48h pour 349 € HT : cliquez ici.

Service Conformité Numérique""", frm=("Service Conformité", "contact@conformite-rgpd-express.com"), html="only",
hdr={"Precedence": "bulk"}),
R("fr-neg-phishing-orange", [], "Votre boîte mail sera supprimée",
"""Cher client Orange,

Votre boîte mail sandra.delomenie@orange.fr sera supprimée sous 24h suite à une erreur de vérification. Pour conserver l'accès à vos données, confirmez vos identifiants ici : http://orange-verif-compte.co/login

Service Client Orange""", frm=("Orange Service Client", "securite@orange-compte-verif.com"), to=SANDRA_O, html="only"),
R("fr-neg-sent-confirm-erasure", [], "Confirmation de suppression de vos données",
"""Bonjour Monsieur Renaud,

Suite à votre demande du 12 février, je vous confirme que l'ensemble de vos données personnelles a été supprimé de mes fichiers et de la plateforme Systeme.io. Seules les factures sont conservées pour la durée légale.

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", frm=SANDRA_O, to=("Pascal Renaud", "pascal.renaud@orange.fr")),
R("fr-neg-sent-export", [], "Copie de vos données",
"""Bonjour Charlotte,

Vous trouverez ci-joint l'export de vos données au format CSV, comme demandé.

Belle journée,
Sandra""", frm=SANDRA_C, to=("Charlotte Lemoine", "charlotte.lemoine@free.fr"),
att=[("csv", "export_Lemoine.csv", "nom;prenom;email;telephone;date_inscription\nLemoine;Charlotte;charlotte.lemoine@free.fr;0612345678;2024-03-02\n")]),
R("fr-neg-sent-newsletter", [], "🌸 Les ateliers de printemps sont en ligne",
"""Bonjour à toutes et à tous,

Le printemps arrive, et avec lui trois nouveaux ateliers à Issoudun :
- « Oser dire non » – samedi 5 avril
- « Retrouver son énergie » – samedi 26 avril
- Cercle de femmes – jeudi 15 mai

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi. Pour vous désinscrire, cliquez ici.

Sandra""", frm=SANDRA_C, to=("Abonnés Floraison de Soi", "news@floraisondesoi.fr"), html="alt",
hdr={"List-Id": "Floraison de Soi <news.floraisondesoi.fr>", "List-Unsubscribe": "<mailto:unsubscribe@floraisondesoi.fr>", "Precedence": "bulk"}),
R("fr-neg-histoire-suppression", [], "ça m'a fait penser à vous",
"""Bonjour Sandra,

Petite anecdote : au travail on a reçu une demande d'une cliente qui voulait qu'on efface toutes ses données. Grâce à votre module RGPD de l'an dernier, j'ai su exactement quoi faire et mon chef était épaté ! Merci encore.

Béatrice""", frm=("Béatrice Hoarau", "beatrice.hoarau@gmail.com")),
R("fr-neg-fait-soi-meme", [], "désinscription faite",
"""Bonjour Sandra, je voulais juste vous dire que je me suis désinscrite moi-même de la newsletter via le lien (rien contre vous, trop de mails !). Je continue à suivre sur Instagram. Belle journée, Roxane""",
frm=("Roxane Millet", "roxane.millet@gmail.com")),
R("fr-neg-supprime-photos-moi", [], "photos de l'atelier",
"""Coucou Sandra, j'ai supprimé de mon téléphone les photos floues de l'atelier, je t'envoie les 2 réussies. Bisous, Léa""",
frm=("Léa Gomis", "lea.gomis@gmail.com"), att=[("png", "atelier1.png", ""), ("png", "atelier2.png", "")]),
R("fr-neg-desinscrire-stage", [], "désinscription stage d'été",
"""Bonjour, je dois me désinscrire du stage d'été (20-22 juillet), mutation de mon mari. Le remboursement est-il possible ? Marion""",
frm=("Marion Lefort", "marion.lefort@gmail.com")),
R("fr-neg-acces-salle", [], "accès à la salle samedi",
"""Bonjour, pour l'atelier de samedi, l'accès à la salle se fait par la cour ou par l'entrée principale ? Je suis en fauteuil. Merci, Gérald""",
frm=("Gérald Pichon", "gerald.pichon@orange.fr")),
R("fr-neg-rectifier-devis", [], "devis à rectifier",
"""Bonjour Madame Delomenie,

Le devis reçu pour la formation de nos 6 managers indique 5 participants. Pourriez-vous le rectifier et nous le renvoyer ? Nous validerons ensuite.

Cordialement,
Anne Duval – Responsable formation, Coopérative Agricole du Boischaut""", frm=("Anne Duval", "a.duval@coop-boischaut.fr")),
R("fr-neg-portabilite-telephone", [], "changement d'opérateur",
"""Sandra, je change d'opérateur et je garde mon numéro (portabilité), donc pas de souci pour me joindre, c'est toujours le même. À jeudi ! Karim""",
frm=("Karim Haddad", "karim.haddad@free.fr")),
R("fr-neg-limiter-ecrans", [], "Re: exercice de la semaine",
"""Bonjour Sandra,

J'ai fait l'exercice : limiter les écrans le soir et supprimer les notifications inutiles. Résultat : je dors mieux ! Par contre l'effacement des vieux mails pro m'a pris 3 heures :)

À la semaine prochaine,
Noémie""", quote="""Pour cette semaine : observez vos habitudes numériques le soir et notez ce que vous ressentez.
Sandra""", qstyle="gmail", frm=("Noémie Carré", "noemie.carre@gmail.com")),
R("fr-neg-oubli-droit", [], "droit à l'oubli",
"""Bonjour,

Je prépare un exposé sur le droit à l'oubli pour ma formation de conseillère en insertion. Auriez-vous des ressources à me conseiller, ou intervenez-vous sur ce thème ?

Merci,
Rose""", frm=("Rose Tanguy", "rose.tanguy@gmail.com")),
R("fr-neg-zoom", [], "Zoom : votre enregistrement cloud est disponible",
"""Bonjour Sandra,
L'enregistrement cloud de la réunion « Cercle en ligne – mars » est maintenant disponible. Il sera supprimé automatiquement dans 30 jours.
L'équipe Zoom""", frm=("Zoom", "no-reply@zoom.us"), html="alt", hdr={"Auto-Submitted": "auto-generated"}),
R("fr-neg-paypal", [], "Vous avez reçu un paiement",
"""Bonjour Sandra Dumot-Delomenie,
Bertrand Jouan vous a envoyé 60,00 EUR.
Note : séance du 12/05
PayPal""", frm=("service@paypal.fr", "service@paypal.fr"), html="only"),
R("fr-neg-google", [], "Alerte de sécurité",
"""Nouvelle connexion sur Mac
Nous avons détecté une nouvelle connexion à votre compte Google floraisondesoi@gmail.com. Si c'était vous, aucune action n'est requise.""",
frm=("Google", "no-reply@accounts.google.com"), html="alt"),
R("fr-neg-qst-opposition", [], "droit d'opposition ?",
"""Bonjour Sandra, au fait, comment ça marche le droit d'opposition dont vous parlez dans votre politique de confidentialité ? C'est pour la newsletter seulement ou pour tout ? Je demande juste pour comprendre. Bonne soirée, Martin""",
frm=("Martin Girault", "martin.girault@gmail.com")),
R("fr-neg-remerciement-long", [], "Merci !!",
"""Sandra,

Je voulais prendre le temps de vous écrire après le stage. Ces trois jours m'ont bouleversée. L'exercice où il fallait écrire ce qu'on voulait effacer de sa vie et brûler le papier, je n'oublierai jamais. J'ai effacé pas mal de choses depuis, dans ma tête surtout.

Au plaisir de vous revoir au cercle de juin,
Murielle""", frm=("Murielle Gautier", "murielle.gautier@orange.fr")),
R("fr-neg-cnil-plainte-ailleurs", [], "conseil",
"""Bonjour Sandra, vous qui êtes formée au RGPD : un site de vêtements refuse de supprimer mon compte. Je fais une plainte à la CNIL ou pas ? Merci de votre avis, Ophélie""",
frm=("Ophélie Brunet", "ophelie.brunet@gmail.com")),
R("fr-neg-fwd-ami", [], "Fwd: atelier parents",
"""Regarde Sandra, je t'ai transféré ça de la part de ma copine Anaïs qui cherche un atelier pour parents. Elle veut bien que tu la contactes, voilà son numéro : 06 98 11 22 33.""",
kind="rfc822", fwd={"from": "Anaïs Dupré <anais.dupre@gmail.com>", "to": "helene.roux@gmail.com",
"subject": "atelier parents", "body": "Tu connais quelqu'un qui fait des ateliers pour parents d'ados ? Je suis à bout.\n"},
frm=("Hélène Roux", "helene.roux@gmail.com")),
R("fr-neg-annuler-sms", [], "rdv",
"""dsl sandra jdois annuler demain 14h, jte redis pour un autre creneau. Kev""",
frm=("Kevin D", "kev.duchene@gmail.com"), cte="7bit"),
R("fr-neg-rh-inscription", [], "Inscription de nos salariés – session de novembre",
"""Bonjour Madame,

Nous souhaitons inscrire trois salariés à la session « Gestion du stress » de novembre. Vous trouverez ci-joint le fichier avec leurs noms et adresses. Merci de nous envoyer la convention.

Cordialement,
Service RH – Imprimerie Lelong""", frm=("RH Imprimerie Lelong", "rh@imprimerie-lelong.fr"), hdr={"Cc": "Paul Lelong <p.lelong@imprimerie-lelong.fr>"},
att=[("csv", "inscrits_novembre.csv", "nom;prenom;email\nBoucher;Eric;e.boucher@imprimerie-lelong.fr\nNguyen;Linh;l.nguyen@imprimerie-lelong.fr\nPires;Ana;a.pires@imprimerie-lelong.fr\n")]),
# NEAR-LINE: employer asks for an employee's records -> another adult's data, not a request from the data subject.
R("fr-neg-rh-collaborateur", [], "Présence de M. Barre",
"""Bonjour,

Pourriez-vous nous transmettre les feuilles d'émargement et les résultats d'évaluation de M. Julien Barre, notre salarié, pour la formation que nous avons financée ? Nous devons les fournir à l'OPCO.

Cordialement,
Service RH – Garage Central""", frm=("RH Garage Central", "rh@garage-central36.fr")),
R("fr-neg-teaser-question", [], "Question sur la portabilité",
"""Bonjour, est-ce qu'un client peut demander la portabilité de ses notes de séance, ou seulement des données qu'il a fournies lui-même ? Je suis coach aussi et je me pose la question pour ma propre pratique. Merci ! Laure Benoit""",
frm=("Laure Benoit", "laure.benoit.coach@gmail.com")),
R("fr-neg-effacer-ardoise", [], "ardoise",
"""Bonjour Sandra, pour la séance de groupe, j'ai pensé qu'on pourrait utiliser l'exercice de « l'ardoise magique » : chacun écrit une peur et l'efface. Qu'en penses-tu ? Nathan (co-animateur)""",
frm=("Nathan Vidal", "nathan.vidal@gmail.com")),
R("fr-neg-verif-retard", [], "retard facture",
"""Bonjour, je n'ai toujours pas reçu la facture corrigée avec le bon nom de la société (SARL Blanchard et non SAS). Pourriez-vous vérifier ? Merci, Jean Blanchard""",
frm=("Jean Blanchard", "jean.blanchard@sarl-blanchard.fr")),
R("fr-neg-suisse-annulation", [], "Annulation de la retraite",
"""Bonjour Madame,

Je me vois contraint d'annuler ma participation à la retraite de septembre. Je vous saurais gré de me rembourser l'acompte de septante francs... pardon, de 70 euros.

Avec mes meilleures salutations,
Pierre-Alain Favre""", frm=("Pierre-Alain Favre", "pa.favre@bluewin.ch")),
R("fr-neg-quebec-acces", [], "Accès au replay",
"""Allô! J'ai pas accès au replay de la conférence de jeudi, le lien me dit que c'est privé. Pouvez-vous m'envoyer le bon lien? Merci! Josée""",
frm=("Josée Bouchard", "josee.bouchard@videotron.ca")),
R("fr-neg-belge-info", [], "Renseignements",
"""Bonjour Madame,

Organisez-vous des ateliers à distance ? J'habite Liège et je ne saurais venir à Issoudun. Je vous donne mes informations si vous voulez me recontacter : Marc Janssens, 0475 12 34 56.

Bien à vous""", frm=("Marc Janssens", "marc.janssens@skynet.be")),
R("fr-neg-merci-desinscription", [], "Re: Désinscription",
"""parfait merci, bonne continuation""", quote="""Bonjour,
C'est fait, vous ne recevrez plus la newsletter.
Sandra""", qstyle="gmail", frm=("Denis Chauvet", "denis.chauvet@free.fr")),
R("fr-neg-compta", [], "pièces comptables",
"""Bonjour Sandra,

Pour la clôture, merci de m'envoyer l'export de vos ventes Stripe et PayPal de l'année, ainsi que la copie des factures fournisseurs. Pensez aussi à supprimer les doublons dans le fichier clients avant l'export.

Cordialement,
Cabinet Comptable Berrichon""", frm=("Cabinet Comptable Berrichon", "contact@cc-berrichon.fr")),
R("fr-neg-webmaster", [], "Mise à jour du site",
"""Salut Sandra, j'ai mis à jour le bandeau cookies et la page politique de confidentialité. J'ai aussi supprimé l'ancien formulaire de contact qui ne marchait plus. Dis-moi si tu vois un souci. Fabien (webmaster)""",
frm=("Fabien Michaud", "fabien@michaud-web.fr")),
R("fr-neg-temoignage-envoie", [], "mon témoignage",
"""Bonjour Sandra, comme promis voici mon petit témoignage pour ton site : « Grâce à Sandra j'ai appris à m'écouter. » Tu peux mettre mon prénom. Gros bisous, Paula""",
frm=("Paula Mendes", "paula.mendes@gmail.com")),
R("fr-neg-html-inscription", [], "Nouvelle inscription à la newsletter",
"""Nouvelle inscription : lucie.b***@gmail.com
Source : page d'accueil
Consentement : oui (case cochée)""", frm=("Floraison de Soi", "wordpress@floraisondesoi.fr"), html="only",
hdr={"Auto-Submitted": "auto-generated"}),
R("fr-neg-opposer-decision", [], "réunion de l'association",
"""Bonjour Sandra, à la réunion du réseau de coachs, je compte m'opposer à la hausse de cotisation. Tu seras là pour me soutenir ? Bises, Évelyne""",
frm=("Évelyne Marchand", "evelyne.marchand@orange.fr")),
R("fr-neg-liste-attente", [], "liste d'attente",
"""Bonjour, je suis sur la liste d'attente de l'atelier de mars. Si une place se libère, vous pouvez me garder mes infos et me prévenir ? Merci ! Gaëlle""",
frm=("Gaëlle Cousin", "gaelle.cousin@gmail.com")),
R("fr-neg-rectif-question", [], "fautes dans le support",
"""Bonjour Sandra, petite remarque : dans le support PDF de la formation, page 12, il y a une coquille (« consentemment »). Rien de grave ! Brigitte""",
frm=("Brigitte Leblanc", "brigitte.leblanc@laposte.net")),
R("fr-neg-sent-reponse-acces", [], "Re: Mon dossier",
"""Bonjour Laura,

Voici en pièce jointe l'ensemble des documents te concernant : fiche, notes et questionnaires.

Belle journée,
Sandra""", frm=SANDRA_C, to=("Laura Simon", "laura.simon@icloud.com"),
quote="""Bonjour Sandra, tu peux me renvoyer tout ce que tu as sur moi ? Merci !!""", qstyle="apple",
qfrom=("Laura Simon", "laura.simon@icloud.com"),
att=[("pdf", "dossier_Laura_Simon.pdf", "Dossier client - SIMON Laura - fiche et notes de seance")]),
R("fr-neg-rfc822-cnil", [], "TR: Réponse de la CNIL",
"""Sandra, pour info, voici la réponse de la CNIL à ma question générale sur les fichiers clients des auto-entrepreneurs. Ça peut t'intéresser pour ta formation. Amitiés, Hervé""",
kind="rfc822", fwd={"from": "CNIL <ne-pas-repondre@cnil.fr>", "to": "herve.guillon@gmail.com",
"subject": "Votre demande de renseignement n° 25-0142", "body": "Madame, Monsieur,\nEn réponse à votre question, un auto-entrepreneur est responsable de traitement de son fichier clients...\n"},
frm=("Hervé Guillon", "herve.guillon@gmail.com")),
R("fr-neg-mdp-systemeio", [], "Réinitialisation de votre mot de passe",
"""Bonjour,
Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous (valable 1 heure).
Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""", frm=("Systeme.io", "no-reply@systeme.io"),
hdr={"Auto-Submitted": "auto-generated"}),
R("fr-neg-cloture-contrat", [], "fin de contrat",
"""Bonjour Sandra, comme convenu je mets fin au contrat d'accompagnement à la fin du mois. Merci pour ces six mois, je repars plus solide. Virginie""",
frm=("Virginie Lucas", "virginie.lucas@gmail.com")),
R("fr-neg-effacer-enregistrement-propre", [], "j'ai effacé l'audio",
"""Sandra, j'ai écouté l'audio de relaxation que tu m'as envoyé puis je l'ai effacé par erreur… tu peux me le renvoyer ? Merci ! Sonia""",
frm=("Sonia Ferrand", "sonia.ferrand@gmail.com")),
R("fr-neg-qui-a-acces", [], "groupe Facebook",
"""Bonjour, qui a accès au groupe Facebook privé des stagiaires ? Je me demande si je peux y partager des choses personnelles sans crainte. Merci, Christelle""",
frm=("Christelle Hamel", "christelle.hamel@gmail.com")),
R("fr-neg-facture-copie-entreprise", [], "Demande de duplicata",
"""Madame,

Nous avons égaré la facture n° F2025-112 relative à la formation de Mme Roux. Pourriez-vous nous en adresser un duplicata ?

Service comptabilité – Clinique Saint-Roch""", frm=("Comptabilité Clinique Saint-Roch", "compta@clinique-stroch.fr")),
R("fr-neg-partenaire", [], "Proposition de partenariat",
"""Bonjour Sandra,

Je suis sophrologue à Vierzon. Serais-tu d'accord pour qu'on croise nos fichiers de contacts pour annoncer un atelier commun ? Évidemment seulement avec l'accord des personnes. Dis-moi ce que tu en penses.

Amélie""", frm=("Amélie Roussel", "amelie.roussel.sophro@gmail.com")),
]
