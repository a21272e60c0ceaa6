"""French negatives written by people: everyday coaching and business mail, cancellations,
login problems, questions about rights, third parties, thank-yous, consents, CNIL."""
from common import (rec, TO_SANDRA, TO_SANDRA_BARE, TO_CONTACT, TO_CONTACT_NAMED,
                    SANDRA, SIG_SANDRA, gmail_fr, apple_fr, outlook_fr,
                    fwd_gmail_fr, fwd_apple_fr, NL_AVRIL, NL_SEPT, NL_DEC)

RECORDS = [

# ---------------------------------------------------------------- everyday mail with trigger words
rec("neg-fr-pdf-supprime-erreur", [], "fr", "2025-01-07 20:14",
    ("Lucie Besnard", "lucie.besnard@gmail.com"),
    "PDF module 3",
"""Bonsoir Sandra,

Boulette de ma part : en faisant du tri dans mes téléchargements, j'ai supprimé par erreur le PDF du module 3 (« Identifier ses valeurs ») et je ne le retrouve plus dans mon espace. Est-ce que tu pourrais me le renvoyer par mail ?

Merci et bonne soirée !
Lucie""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-modifier-rdv", [], "fr", "2025-01-14 08:03",
    ("Philippe Granger", "ph.granger@orange.fr"),
    "Modifier mon rendez-vous de jeudi",
"""Bonjour Madame Delomenie,

Serait-il possible de modifier notre rendez-vous de jeudi 16 à 14h ? J'ai une réunion qui vient de tomber. Je pourrais le vendredi matin ou le lundi suivant en fin de journée.

Merci et désolé pour le changement,
Philippe Granger""",
    to=TO_SANDRA, cte="quoted-printable"),

# NEAR-LINE: correcting an invoice amount is accounting, not personal data -> negative.
rec("neg-fr-corriger-facture-montant", [], "fr", "2025-02-04 11:27",
    ("Service comptabilité - Berry Logistique", "compta@berry-logistique.fr"),
    "Facture F2025-014 - correction",
"""Bonjour,

Nous avons bien reçu votre facture F2025-014 pour la formation « Prévenir les tensions en équipe ». Le montant HT indiqué (2 400 €) ne correspond pas au devis signé (2 160 € HT pour 3 stagiaires).

Pouvez-vous corriger la facture et nous la renvoyer ? Merci de rappeler le numéro de bon de commande BC-25-0078.

Cordialement,
Nadia Farès
Service comptabilité fournisseurs
Berry Logistique - ZI du Buxerioux - 36000 Châteauroux""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-fr-efface-lien-zoom", [], "fr", "2025-02-13 18:41",
    ("Armelle Vigneron", "armelle.vigneron@laposte.net"),
    "Lien zoom de ce soir ?",
"""Bonsoir,

J'ai effacé sans faire exprès le mail avec le lien Zoom pour le webinaire de ce soir 19h. Pouvez-vous me le renvoyer rapidement svp ?

Merci !
Armelle""",
    to=TO_CONTACT),

# NEAR-LINE: a duplicate invoice ("une copie") is an accounting document, not a copy of personal data.
rec("neg-fr-duplicata-facture", [], "fr", "2025-03-03 14:19",
    ("Régine Barreau", "regine.barreau@wanadoo.fr"),
    "Copie de facture",
"""Bonjour Sandra,

Ma mutuelle rembourse une partie des séances de sophrologie sur présentation des factures. Je ne retrouve plus celle de janvier : pourriez-vous m'en envoyer une copie ?

Merci beaucoup,
Régine""",
    to=TO_SANDRA),

rec("neg-fr-emargement-opco", [], "fr", "2025-03-11 09:36",
    ("Nathalie Corbin - RH", "n.corbin@menuiseries-corbin.fr"),
    "Feuilles d'émargement - formation du 3 et 4 mars",
"""Bonjour Madame Delomenie,

Pour constituer notre dossier de prise en charge auprès de l'OPCO EP, pourriez-vous nous transmettre les feuilles d'émargement signées des 3 et 4 mars ainsi que les attestations de fin de formation de nos quatre salariés ?

Je vous remercie,
Nathalie Corbin
Ressources humaines - Menuiseries Corbin""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0",
    cc="Frédéric Aubert <f.aubert@menuiseries-corbin.fr>"),

rec("neg-fr-collegue-rgpd-question", [], "fr", "2025-03-25 21:02",
    ("Agathe Morel", "agathe.morel.coach@gmail.com"),
    "RGPD, tu fais comment ?",
"""Coucou Sandra,

Petite question entre collègues : comment tu gères le RGPD pour tes notes de séances ? Tu les gardes sur papier, sur Drive ? Et tu fais signer quelque chose au début de l'accompagnement pour les données de santé ? Je suis en train de refaire mes documents et je rame un peu.

Si tu as un modèle de clause à partager, je suis preneuse !

Bises,
Agathe
Coach & praticienne PNL - Bourges""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-accord-temoignage", [], "fr", "2025-04-07 13:50",
    ("Clémence Roy", "clemence.roy@gmail.com"),
    "Re: Votre témoignage ?",
"""Bonjour Sandra,

Avec plaisir ! J'accepte que vous publiiez mon témoignage sur votre site et sur Facebook, avec mon prénom et l'initiale de mon nom. Voici le texte :

« Je suis arrivée chez Sandra complètement épuisée, sans savoir par où commencer. En six séances, j'ai appris à poser mes limites et à m'écouter. Merci ! » - Clémence R., Issoudun

Pas de photo par contre, je préfère.

Clémence

""" + gmail_fr("ven. 4 avr. 2025 à 10:22", "Sandra Delomenie", "sandra.delomenie@orange.fr",
"""Bonjour Clémence,

Merci encore pour ces belles séances. Accepteriez-vous que je publie quelques mots de votre part sur mon site ? Bien sûr, uniquement si vous le souhaitez, et vous pourrez changer d'avis à tout moment.

""" + SIG_SANDRA),
    to=TO_SANDRA, fmt="alt", irt="sandra-clemence-temoignage"),

rec("neg-fr-seance-effacer-periode", [], "fr", "2025-04-14 22:37",
    ("Nadia Chérif", "nadia.cherif@hotmail.fr"),
    "Pour la séance de jeudi",
"""Bonsoir Sandra,

Je prépare la séance de jeudi comme vous me l'avez demandé. J'ai beaucoup pensé à ce que vous avez dit sur le fait de ne pas chercher à « effacer » cette période de ma vie mais à l'intégrer. C'est dur. J'ai l'impression que je n'ai plus accès à mes émotions depuis des mois, comme si tout était sous cloche.

J'ai quand même fait l'exercice de la lettre, je vous l'apporte.

À jeudi,
Nadia""",
    to=TO_SANDRA),

rec("neg-fr-annulation-stage-fille", [], "fr", "2025-05-12 12:12",
    ("Sébastien Leroy", "seb.leroy36@gmail.com"),
    "Désinscription stage ados juillet",
"""Bonjour,

Je souhaite désinscrire ma fille Zoé du stage ados du 7 au 9 juillet : nous partons finalement en vacances plus tôt que prévu. L'acompte de 30 € peut-il être reporté sur le stage de la Toussaint ?

Merci,
Sébastien Leroy""",
    to=TO_CONTACT, fmt="alt"),

rec("neg-fr-annulation-atelier", [], "fr", "2025-05-15 07:49",
    ("Jocelyne Marty", "jocelyne.marty@orange.fr"),
    "Annulation atelier du 17 mai",
"""Bonjour Sandra,

Je suis vraiment désolée mais je dois annuler mon inscription à l'atelier « Oser dire non » de samedi, ma mère est hospitalisée. Je sais que c'est tard. Si une place se libère sur une prochaine date, je serais ravie.

Jocelyne""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("neg-fr-resilier-abonnement", [], "fr", "2025-06-03 16:26",
    ("Florence Picard", "florence.picard@free.fr"),
    "Résiliation de mon abonnement",
"""Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne « Floraison continue » à compter de ce mois-ci. Pouvez-vous arrêter le prélèvement Stripe ?

Merci pour ces mois de partage,
Florence Picard""",
    to=TO_CONTACT),

rec("neg-fr-supprimer-creneau", [], "fr", "2025-06-16 08:10",
    ("Arnaud Blanchet", "arnaud.blanchet@gmail.com"),
    "Créneau de mardi",
"""Bonjour Sandra,

J'ai réservé deux créneaux par erreur sur Calendly (mardi 17 à 10h et à 11h). Pouvez-vous supprimer celui de 11h ? Je n'arrive pas à le faire moi-même.

Merci,
Arnaud""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-fin-contrat-entreprise", [], "fr", "2025-06-24 15:05",
    ("Pascal Lemaire", "p.lemaire@credit-berrichon.fr"),
    "Fin de la convention de formation",
"""Madame,

Suite à la réorganisation de notre agence d'Issoudun, nous ne pourrons pas donner suite à la deuxième session prévue en octobre dans le cadre de la convention n° 2025-07. Nous mettons donc fin au contrat à l'issue de la première session, conformément à l'article 6 de la convention.

Je reste à votre disposition pour en discuter.

Pascal Lemaire
Directeur d'agence""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-fr-acces-espace", [], "fr", "2025-07-02 10:44",
    ("Maryse Lecomte", "maryse.lecomte@orange.fr"),
    "Je n'arrive pas à accéder à mon espace",
"""Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace de formation. Quand je mets mon adresse et mon mot de passe, la page se recharge et rien ne se passe. J'ai essayé avec Firefox et sur la tablette, pareil.

Pouvez-vous m'aider ? Je voudrais finir le module 5 avant les vacances.

Maryse Lecomte""",
    to=TO_CONTACT, cte="quoted-printable"),

rec("neg-fr-inf-mot-de-passe", [], "fr-inf", "2025-07-16 23:21",
    ("Chloé", "chloe.rivet@hotmail.fr"),
    "mdp",
"""re bonsoir
jai perdu mon mot de passe pour la formation et le lien "mot de passe oublié" m'envoie rien (j'ai regardé les spams). vous pouvez me le réinitialiser ?
merci
chloé""",
    to=TO_CONTACT),

rec("neg-fr-module-bloque", [], "fr", "2025-08-20 09:57",
    ("Daniel Prévost", "daniel.prevost@sfr.fr"),
    "Accès au module 4",
"""Bonjour Sandra,

J'ai terminé le module 3 mais l'accès au module 4 reste bloqué (cadenas). Il faut valider quelque chose avant ? Je ne vois pas quoi.

Merci,
Daniel""",
    to=TO_SANDRA, fmt="alt"),

# NEAR-LINE: "close my account" with no mention of data -> negative.
rec("neg-fr-fermer-compte", [], "fr", "2025-09-02 17:35",
    ("Isabelle Girard", "isabelle.girard@laposte.net"),
    "Fermeture de compte",
"""Bonjour,

Pouvez-vous fermer mon compte sur votre plateforme de formation ? J'ai terminé le programme et je n'en ai plus besoin.

Merci,
Isabelle Girard""",
    to=TO_CONTACT),

# NEAR-LINE: "clôturer mon compte" only, no data mentioned -> negative.
rec("neg-fr-be-cloturer-compte", [], "fr-BE", "2025-09-22 11:08",
    ("Anne-Sophie Mertens", "as.mertens@gmail.com"),
    "Clôture compte",
"""Bonjour,

Je voudrais clôturer mon compte sur votre site, je ne sais pas trouver l'option dans mon profil. Merci de le faire pour moi.

Bonne journée,
Anne-Sophie Mertens""",
    to=TO_CONTACT, fmt="alt"),

rec("neg-fr-ai-je-le-droit-suppression", [], "fr", "2025-10-02 19:16",
    ("Sonia Marchetti", "sonia.marchetti@gmail.com"),
    "Question avant de commencer",
"""Bonjour Sandra,

Avant de m'engager dans l'accompagnement, une question : ai-je le droit de demander la suppression de mes notes de séances si un jour j'arrête ? Je ne demande rien pour l'instant, hein, j'aimerais juste savoir comment ça se passe.

Merci,
Sonia""",
    to=TO_SANDRA, fmt="alt"),

# NEAR-LINE: asks how long data is kept, a question about practice rather than a request for her own data.
rec("neg-fr-combien-temps-conservation", [], "fr", "2025-10-13 14:22",
    ("Robert Lacroix", "robert.lacroix@orange.fr"),
    "Durée de conservation",
"""Bonjour Madame,

J'hésite à remplir le questionnaire de santé qui accompagne l'inscription. Combien de temps ce type de questionnaire est-il conservé en général ? Et qui peut le consulter ?

Cordialement,
Robert Lacroix""",
    to=TO_SANDRA),

rec("neg-fr-ch-pourrais-je-recuperer", [], "fr-CH", "2025-10-29 08:40",
    ("Valérie Jaquet", "valerie.jaquet@bluewin.ch"),
    "Question sur vos pratiques",
"""Bonjour Madame,

Est-ce que, le cas échéant, je pourrais récupérer mes données si je change un jour de coach ? Et sous quelle forme ? Je pose la question par principe, avant de m'inscrire à votre programme, je ne souhaite rien recevoir pour l'instant.

Avec mes meilleures salutations,
Valérie Jaquet""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("neg-fr-copie-plainte-cnil", [], "fr", "2025-11-03 10:10",
    ("Thierry Baudoin", "thierry.baudoin@orange.fr"),
    "Copie : réclamation CNIL",
"""Madame,

Pour votre information, vous trouverez ci-dessous copie de la réclamation que je viens de déposer sur le site de la CNIL.

------
Objet de la plainte : absence de réponse à une demande d'exercice de droits
Organisme mis en cause : Floraison de Soi - Sandra Delomenie, Issoudun
Description : le 12 août 2025 j'ai demandé l'accès à mes données. Malgré une relance le 15 septembre, je n'ai reçu aucune réponse à ce jour.
Numéro de réclamation : 25-0461873
------

Thierry Baudoin""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("neg-fr-saisi-cnil-information", [], "fr", "2025-11-20 16:55",
    ("Élise Carpentier", "elise.carpentier@gmail.com"),
    "Information",
"""Madame,

Je vous informe que j'ai saisi la CNIL au sujet de la publication de mon témoignage sans mon accord écrit. Je n'attends plus rien de votre part directement ; la CNIL vous contactera.

É. Carpentier""",
    to=TO_SANDRA),

# ---------------------------------------------------------------- third parties (other living adults)
# NEAR-LINE: spouse asking to delete her (living, adult) husband's data -> negative.
rec("neg-fr-epouse-donnees-mari", [], "fr", "2025-01-23 21:47",
    ("Corinne Vasseur", "corinne.vasseur@orange.fr"),
    "Mon mari",
"""Bonsoir Madame,

Mon mari, Frédéric Vasseur, a suivi quelques séances avec vous l'an dernier. Il a arrêté et je ne souhaite plus que vous ayez ses informations, ni ses notes de séances. Pouvez-vous tout supprimer ?

Merci,
Corinne Vasseur""",
    to=TO_SANDRA),

# NEAR-LINE: mother asking for the notes of her adult (24) son -> negative.
rec("neg-fr-mere-fils-majeur", [], "fr", "2025-04-24 09:15",
    ("Martine Guillot", "martine.guillot@wanadoo.fr"),
    "Dossier de mon fils",
"""Bonjour,

Mon fils Antoine (24 ans) est suivi par vous depuis janvier. Il traverse une période difficile et ne nous parle pas beaucoup. En tant que mère, je voudrais recevoir une copie de ses fiches de séance pour comprendre ce qui se passe et pouvoir l'aider.

Merci de votre compréhension,
Martine Guillot""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("neg-fr-manager-resultats-salarie", [], "fr", "2025-07-07 13:32",
    ("Frédéric Aubert", "f.aubert@menuiseries-corbin.fr"),
    "Résultats individuels de mes collaborateurs",
"""Bonjour Madame Delomenie,

Dans le cadre de nos entretiens annuels, j'aurais besoin des résultats individuels des tests de personnalité passés par mes collaborateurs pendant la formation de mars, en particulier ceux de M. Kevin Dupuis et de Mme Laura Simon. Pouvez-vous me les transmettre ?

Cordialement,
Frédéric Aubert
Responsable d'atelier - Menuiseries Corbin""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

# NEAR-LINE: a colleague relaying another adult's wish to be unsubscribed -> negative.
rec("neg-fr-collegue-desinscrire-collegue", [], "fr", "2025-08-28 14:47",
    ("Aurélien Caron", "a.caron@mairie-issoudun.fr"),
    "Newsletter - Julie Masson",
"""Bonjour,

Ma collègue Julie Masson, qui est en congé maternité, me demande de vous dire qu'elle ne souhaite plus recevoir votre newsletter à son adresse professionnelle. Pouvez-vous la retirer ?

Bien cordialement,
Aurélien Caron
Service culture - Mairie d'Issoudun""",
    to=TO_CONTACT, fmt="alt", mailer="Microsoft Outlook 16.0"),

# NEAR-LINE: daughter writing for her living elderly mother (adult, not deceased) -> negative.
rec("neg-fr-fille-mere-vivante", [], "fr", "2025-11-27 11:03",
    ("Pascale Roy", "pascale.roy@free.fr"),
    "Ma maman, Mme Simone Roy",
"""Bonjour,

Ma mère, Simone Roy, 83 ans, reçoit vos courriers et vos mails depuis sa participation à la conférence de l'EHPAD. Elle ne comprend pas bien de quoi il s'agit et cela l'inquiète. Pourriez-vous supprimer sa fiche ?

Merci d'avance,
Pascale Roy (sa fille)""",
    to=TO_CONTACT),

rec("neg-fr-be-liste-participants", [], "fr-BE", "2025-02-18 10:30",
    ("Véronique Dubois", "veronique.dubois@formations-dubois.be"),
    "Co-animation du 14 mars - liste des participants",
"""Salut Sandra,

Pour préparer notre journée du 14 mars à Bruxelles, peux-tu m'envoyer la liste des participants avec leurs adresses mail et leurs attentes ? Je voudrais leur envoyer un petit questionnaire en amont.

À tantôt,
Véronique
Formations Dubois - Bruxelles""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-mari-veut-sinscrire", [], "fr", "2025-09-05 12:26",
    ("Laure Fontaine", "laure.fontaine@gmail.com"),
    "Inscription de mon mari",
"""Bonjour Sandra,

Mon mari aimerait participer au prochain cycle « Cap Sérénité ». Pouvez-vous lui envoyer les informations et le bulletin d'inscription à son adresse : marc.fontaine@gmail.com ?

Merci !
Laure""",
    to=TO_SANDRA),

# ---------------------------------------------------------------- thank-yous above handled requests
rec("neg-fr-merci-suppression-faite", [], "fr", "2025-02-07 09:22",
    ("Gérard Bouchet", "gerard.bouchet@sfr.fr"),
    "Re: Demande d'effacement - article 17 RGPD",
"""Merci Madame pour votre réponse rapide et claire.

Bonne journée,
G. Bouchet

""" + gmail_fr("jeu. 6 févr. 2025 à 17:40", "Sandra Delomenie", "sandra.delomenie@orange.fr",
"""Bonjour Monsieur Bouchet,

Je vous confirme l'effacement de vos données de ma base de contacts, de la plateforme Systeme.io et de ma messagerie. Seules les factures sont conservées, comme l'exige la loi, pendant dix ans.

Bien cordialement,
""" + SIG_SANDRA + """

Le mer. 29 janv. 2025 à 11:40, Gérard Bouchet <gerard.bouchet@sfr.fr> a écrit :
> Madame,
> Je vous demande, conformément à l'article 17 du Règlement général sur la protection
> des données, l'effacement de toutes les données personnelles me concernant."""),
    to=TO_SANDRA, cte="quoted-printable", irt="sandra-bouchet-confirmation"),

rec("neg-fr-merci-copie-recue-outlook", [], "fr", "2025-06-10 18:03",
    ("Hélène Marchais", "helene.marchais@free.fr"),
    "RE: Mes fiches de suivi",
"""Bonjour Sandra,

Bien reçu le dossier, merci beaucoup ! C'est émouvant de relire tout ça.

Hélène

""" + outlook_fr("Sandra Delomenie", "sandra.delomenie@orange.fr", "lundi 9 juin 2025 16:12",
                 "helene.marchais@free.fr", "RE: Mes fiches de suivi",
"""Bonjour Hélène,

Comme convenu, vous trouverez ci-joint la copie de vos fiches de suivi et de l'ensemble des données que je conserve vous concernant. Votre dossier reste bien sûr conservé comme vous le souhaitiez.

Belle journée,
Sandra"""),
    to=TO_SANDRA, cte="quoted-printable", mailer="Microsoft Outlook 16.0",
    irt="sandra-marchais-copie"),

rec("neg-fr-inf-merci-export", [], "fr-inf", "2025-10-14 08:12",
    ("Manon", "manon.leblanc.pro@gmail.com"),
    "Re: export",
"""top merci !! import reussi dans notion, tout est nickel 🙏

""" + gmail_fr("lun. 13 oct. 2025 à 19:02", "Sandra Delomenie", "sandra.delomenie@orange.fr",
"""Coucou Manon,
Voici ton export en CSV (réponses aux exercices + carnet de bord). Dis-moi si l'import fonctionne.
Sandra

Le jeu. 9 oct. 2025 à 21:30, Manon <manon.leblanc.pro@gmail.com> a écrit :
> est ce que tu pourrais m'exporter mes donnees de la formation en ligne, genre mes reponses
> aux exercices + mon carnet de bord, dans un fichier que je peux importer direct (csv ou autre) ?"""),
    to=TO_SANDRA, fmt="alt", irt="sandra-manon-export"),

rec("neg-fr-ca-merci-retrait", [], "fr-CA", "2025-11-10 15:37",
    ("Sylvie Côté", "sylvie.cote@videotron.ca"),
    "Re: SVP me retirer",
"""Merci beaucoup Sandra, c'est très apprécié! Bonne continuation avec tes ateliers.

Sylvie

""" + gmail_fr("sam. 8 nov. 2025 à 10:15", "Sandra Delomenie", "sandra.delomenie@orange.fr",
"""Bonjour Sylvie,
C'est fait : vous ne recevrez plus la lettre ni les invitations.
Belle journée à vous,
Sandra"""),
    to=TO_SANDRA, irt="sandra-cote-retrait"),

# ---------------------------------------------------------------- consents
rec("neg-fr-oui-newsletter", [], "fr", "2025-03-14 12:05",
    ("Brigitte Lamotte", "brigitte.lamotte@orange.fr"),
    "RE: Souhaitez-vous continuer à recevoir la lettre ?",
"""Oui bien sûr, je souhaite continuer à recevoir votre lettre, elle me fait du bien chaque mois !

Brigitte

""" + outlook_fr("Floraison de Soi", "contact@floraisondesoi.fr", "jeudi 13 mars 2025 09:00",
                 "brigitte.lamotte@orange.fr", "Souhaitez-vous continuer à recevoir la lettre ?",
"""Bonjour,

Cela fait plus de trois ans que vous êtes inscrite à la lettre de Floraison de Soi. Conformément au RGPD, j'ai besoin de votre accord pour continuer à vous l'envoyer. Répondez simplement « oui » à ce message.

Sandra"""),
    to=TO_CONTACT, cte="quoted-printable", mailer="Microsoft Outlook 16.0",
    irt="reconsent-2025-03"),

rec("neg-fr-ok-photo", [], "fr", "2025-05-26 19:49",
    ("Thomas Girard", "thomas.girard@gmail.com"),
    "photo",
"""Bonsoir Sandra,

Pas de souci pour la photo de groupe de samedi, vous pouvez la publier sur Facebook et sur le site. Je vous renvoie l'autorisation signée en pièce jointe.

Thomas""",
    to=TO_SANDRA, fmt="alt",
    attach=[("autorisation_droit_image_signee.pdf", "application/pdf", "Autorisation de droit à l'image - Thomas Girard - signée")]),

rec("neg-fr-ch-inscription-newsletter", [], "fr-CH", "2025-12-02 07:31",
    ("Jean-Luc Berset", "jl.berset@bluewin.ch"),
    "Inscription à votre lettre",
"""Bonjour Madame,

Une amie m'a transféré votre lettre de novembre. Je souhaiterais m'y inscrire ; j'accepte volontiers de recevoir vos informations sur cette adresse.

Meilleures salutations,
Jean-Luc Berset""",
    to=TO_CONTACT),

# ---------------------------------------------------------------- more everyday mail
rec("neg-fr-export-carte-mentale", [], "fr", "2025-03-19 15:12",
    ("Ophélie Renard", "ophelie.renard@gmail.com"),
    "Export de la carte mentale",
"""Bonjour Sandra,

Dans le module « Clarifier ses projets », vous proposez de faire une carte mentale sur l'outil en ligne. Je l'ai faite mais je n'arrive pas à l'exporter en PDF pour l'imprimer : le bouton export est grisé. Vous savez comment faire ?

Merci !
Ophélie""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-modifier-objectif", [], "fr", "2025-04-28 20:20",
    ("Cyril Masson", "cyril.masson@free.fr"),
    "Mon objectif",
"""Bonsoir Sandra,

Après notre dernière séance, je me dis que l'objectif qu'on avait posé au départ (« trouver un nouveau poste avant l'été ») n'est plus le bon. Je voudrais le modifier : plutôt « clarifier ce que je veux vraiment faire ». On peut en parler mardi ?

Cyril""",
    to=TO_SANDRA),

rec("neg-fr-relire-texte", [], "fr", "2025-05-07 11:58",
    ("Jacqueline Duval", "jacqueline.duval@wanadoo.fr"),
    "Mon texte pour l'atelier d'écriture",
"""Bonjour Sandra,

Voici mon texte pour l'atelier d'écriture de vendredi. Pouvez-vous le corriger un peu ? Je ne suis pas sûre de la fin. J'ai modifié le passage sur mon père plusieurs fois.

Jacqueline""",
    to=TO_SANDRA, cte="quoted-printable",
    attach=[("texte_atelier_ecriture_Duval.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "Le jardin de mon père - texte pour l'atelier d'écriture")]),

rec("neg-fr-mediatheque-droit-image", [], "fr", "2025-01-30 10:48",
    ("Médiathèque Albert Camus", "mediatheque@ville-issoudun.fr"),
    "Conférence du 6 mars - organisation",
"""Bonjour Madame Delomenie,

Nous confirmons votre conférence « L'estime de soi au quotidien » le jeudi 6 mars à 18h30, salle d'animation.

Pour la communication, pourriez-vous nous envoyer une photo et une courte biographie ? Par ailleurs, nous filmerons une partie de la soirée : nous ferons signer une autorisation de droit à l'image aux participants qui le souhaitent, conformément au RGPD.

Bien cordialement,
Camille Berthon
Médiathèque Albert Camus - Issoudun""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-comptable-export-stripe", [], "fr", "2025-01-20 09:14",
    ("Cabinet Berry Expertise", "m.lefevre@berry-expertise.fr"),
    "Clôture 2024 - pièces manquantes",
"""Bonjour Madame Delomenie,

Pour la clôture de l'exercice 2024, il nous manque :
- l'export Stripe des paiements de l'année (fichier CSV depuis votre tableau de bord) ;
- le relevé bancaire de décembre ;
- les factures de Systeme.io et d'OVH.

Merci de nous les faire parvenir avant le 15 février.

Cordialement,
Maxime Lefèvre
Berry Expertise Comptable - Issoudun""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-fr-webmaster-cookies", [], "fr", "2025-02-26 17:25",
    ("Yohann - Webmaster", "yohann@studio-indre-web.fr"),
    "Bandeau cookies et politique de confidentialité",
"""Salut Sandra,

J'ai mis à jour le bandeau cookies du site (nouvelle version de Complianz) et j'ai ajouté la mention Calendly dans ta politique de confidentialité, rubrique « destinataires ». Tu peux relire et me dire si je dois modifier ou corriger quelque chose ?

Aussi, il faudrait qu'on supprime les anciennes pages de 2022 (atelier « Printemps intérieur »), elles remontent encore dans Google.

Yohann""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-convention-nb-stagiaires", [], "fr", "2025-08-25 14:00",
    ("Sandrine Michaud", "s.michaud@ehpad-les-tilleuls.fr"),
    "Convention de formation - modification",
"""Bonjour Madame,

Pouvez-vous modifier la convention de formation pour la session « Prendre soin de soi pour prendre soin des autres » : nous serons 8 agents et non 6. Merci de corriger également le montant en conséquence.

Bien à vous,
Sandrine Michaud
Cadre de santé - EHPAD Les Tilleuls""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-fr-ca-annuler-seance", [], "fr-CA", "2025-03-06 07:02",
    ("Josée Tremblay", "josee.tremblay@videotron.ca"),
    "Annuler ma rencontre de jeudi",
"""Allô Sandra,

Je suis malade comme un chien depuis hier, je vais devoir annuler notre rencontre de jeudi. On peut-tu la remettre à la semaine prochaine?

Merci et désolée!
Josée""",
    to=TO_SANDRA),

# NEAR-LINE: "je m'oppose" is about a scheduling change, not data processing -> negative.
rec("neg-fr-oppose-deplacement-session", [], "fr", "2025-09-12 18:18",
    ("Gaëlle Lefranc", "gaelle.lefranc@gmail.com"),
    "Changement de date de la session 3",
"""Bonjour Sandra,

Je m'oppose un peu fermement (pardon !) au déplacement de la session 3 au samedi 4 octobre : c'est le seul jour où j'ai mes enfants. Est-ce qu'on pourrait garder le mercredi comme prévu, ou au moins proposer un replay ?

Je retire ma proposition de covoiturage pour ce jour-là du coup, désolée pour Odile.

Gaëlle""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-question-facebook-suppression", [], "fr", "2025-10-21 13:44",
    ("Annie Mercier", "annie.mercier@orange.fr"),
    "Petite question hors séance",
"""Bonjour Sandra,

Vous qui êtes calée avec internet : savez-vous comment on demande à Facebook de supprimer toutes ses données ? Je voudrais fermer mon compte mais j'ai peur que tout reste quelque part. Je ne trouve pas le formulaire.

Merci et à mardi,
Annie""",
    to=TO_SANDRA),

# NEAR-LINE: a copy of the training slides is course material, not a copy of her personal data.
rec("neg-fr-copie-support-formation", [], "fr", "2025-06-11 12:40",
    ("Bastien Lemoine", "bastien.lemoine@transports-berrichons.fr"),
    "Support de formation",
"""Bonjour Madame Delomenie,

Merci pour ces deux journées très riches. Serait-il possible d'avoir une copie du diaporama et des fiches outils ? J'aimerais les partager avec mon équipe, si vous êtes d'accord.

Bastien Lemoine""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-fr-fwd-mail-bizarre", [], "fr", "2025-08-11 09:50",
    ("Odile Besson", "odile.besson@laposte.net"),
    "Fwd: mail bizarre à votre nom ?",
"""Bonjour Sandra,

J'ai reçu ce mail qui semble venir de vous, mais l'adresse est bizarre et on me demande mes coordonnées bancaires. C'est bien une arnaque ? Je préfère vous prévenir.

Odile

""" + fwd_apple_fr("Floraison de Soi - Service client", "securite@floraison-de-soi-support.com",
                   "10 août 2025 à 22:14:09 UTC+2", "Mise à jour obligatoire de vos données (RGPD)",
                   "odile.besson@laposte.net",
"""Chère cliente,

Suite à l'entrée en vigueur des nouvelles règles RGPD, vous devez confirmer vos données de paiement sous 48h sous peine de suppression de votre compte.

Confirmer mes informations : http://floraison-de-soi-support.com/verif

Service client Floraison de Soi"""),
    to=TO_SANDRA, mailer="Apple Mail (2.3774.600.62)"),

rec("neg-fr-inf-rgpd-blague", [], "fr-inf", "2025-06-28 13:33",
    ("Sabrina", "sabrina.mallet@gmail.com"),
    "photos du stage !!",
"""coucou sandra !!
je t'envoie les photos qu'on a prises avec les filles pendant la pause du stage, tu fais ce que tu veux avec (mais pas celle ou je mange mdr). promis j'ai demandé a tout le monde, RGPD respecté haha
gros bisous et merci pour ce weekend de dingue
sab""",
    to=TO_SANDRA, fmt="alt",
    attach=[("IMG_4821.jpg", "image/jpeg", None), ("IMG_4823.jpg", "image/jpeg", None)]),

rec("neg-fr-inscription-formation-entreprise", [], "fr", "2025-09-17 10:22",
    ("Carole Hébert - Assistante RH", "c.hebert@berry-logistique.fr"),
    "Inscription de deux salariés - session de novembre",
"""Bonjour Madame Delomenie,

Nous souhaitons inscrire deux salariés à la session « Gérer son stress au travail » des 13 et 14 novembre :
- M. Julien Caillaud, cariste, julien.caillaud@berry-logistique.fr
- Mme Emma Roger, préparatrice de commandes, emma.roger@berry-logistique.fr

Pouvez-vous nous envoyer la convention et le programme ?

Carole Hébert
Assistante RH - Berry Logistique""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-fr-seance-journal-donnees", [], "fr", "2025-12-08 21:12",
    ("Sophie Garreau", "sophie.garreau@gmail.com"),
    "Exercice journal de bord",
"""Bonsoir Sandra,

Voici une copie de mon journal de bord de la semaine, comme convenu. J'ai essayé de noter les « données » objectives (heures de sommeil, nombre de réunions) et à côté mon ressenti, comme vous l'aviez suggéré. C'est fou comme ça change la perspective.

À jeudi pour la séance,
Sophie""",
    to=TO_SANDRA, fmt="alt",
    attach=[("journal_semaine49.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "Journal de bord - semaine 49")]),

rec("neg-fr-inscription-atelier-ics", [], "fr", "2026-01-06 09:25",
    ("Marion Leclerc", "marion.leclerc@gmail.com"),
    "Inscription atelier janvier",
"""Bonjour Sandra,

Je confirme mon inscription à l'atelier « Intentions 2026 » du samedi 24 janvier. J'ai réglé via le lien Stripe. Je vous mets l'invitation pour que vous voyiez que c'est bien noté de mon côté :)

Belle année !
Marion""",
    to=TO_SANDRA, fmt="alt",
    attach=[("invite.ics", "text/calendar",
"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260124T083000Z
DTEND:20260124T113000Z
DTSTAMP:20260106T082500Z
UID:atelier-intentions-2026-marion@google.com
SUMMARY:Atelier Intentions 2026 - Floraison de Soi
LOCATION:46 rue d'Estienne d'Orves, 36100 Issoudun
END:VEVENT
END:VCALENDAR
""")]),

rec("neg-fr-be-retirer-candidature", [], "fr-BE", "2025-04-16 16:40",
    ("Laurence Jacobs", "laurence.jacobs@gmail.com"),
    "Formation de formateurs",
"""Bonjour Sandra,

Je dois malheureusement retirer ma candidature pour la formation de formateurs de juin : mon employeur ne m'accorde pas les jours de congé. Je vous remercie pour l'entretien, c'était très chouette, et j'espère pouvoir postuler à la prochaine session.

Bien à vous,
Laurence""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-fr-devis-entreprise", [], "fr", "2025-10-07 10:05",
    ("Hervé Daguet", "herve.daguet@pharmacie-daguet.fr"),
    "Demande de devis - cohésion d'équipe",
"""Bonjour,

Nous sommes une pharmacie de 9 personnes à Levroux et souhaiterions organiser une demi-journée sur la communication dans l'équipe, au premier trimestre 2026. Pourriez-vous nous faire une proposition et un devis ?

Cordialement,
Hervé Daguet, pharmacien titulaire""",
    to=TO_CONTACT, fmt="alt"),
]
