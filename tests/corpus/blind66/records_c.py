# -*- coding: utf-8 -*-
"""b66 records C: replies deep in threads, quoted history in Gmail / Apple / Outlook / English styles."""
from common import *

SQ = "Sandra Delomenie <contact@floraisondesoi.fr>"
SQO = "Sandra Delomenie <sandra.delomenie@orange.fr>"

RECORDS = [
R("fr-re-merci-apres-suppression-neg", [], "Re: Votre demande de suppression",
  "Merci beaucoup Sandra, c'est parfait. Bonne continuation !\nJacqueline",
  quote="Bonjour Jacqueline,\nJe vous confirme que vos données ont été supprimées de mes fichiers et de la plateforme.\nBien à vous,\nSandra\n\n> Le 2 avr. 2025, Jacqueline Rivière a écrit :\n> Bonjour, merci de supprimer toutes mes données. Jacqueline",
  qstyle="gmail", qfrom=SQ, frm=("Jacqueline Rivière", "jacqueline.riviere@gmail.com"), to=CONTACT, deep=True),

R("fr-re-newsletter-dessus-erasure", ["erasure"], "Re: La lettre de l'automne 🍂",
  "Bonjour, je ne sais plus comment je suis arrivé sur cette liste. Effacez mon adresse et tout ce qui va avec s'il vous plaît.",
  quote="Chères toutes, chers tous,\nL'automne est là et avec lui le retour des cercles du jeudi...\nPour vous désinscrire, cliquez ici.",
  qstyle="gmail", qfrom="Sandra - Floraison de Soi <newsletter@floraisondesoi.fr>", frm=("Hugo Vidal", "hugo.vidal@gmail.com"), to=CONTACT),

R("fr-re-apple-rappel-rdv-rectif", ["rectification"], "Re: Rappel : votre séance de mardi",
  "Merci pour le rappel. Au passage votre fichier a encore mon nom de jeune fille, je m'appelle Mme Caroline Besnard maintenant (plus Hamel). Merci de corriger.\n\nEnvoyé de mon iPhone",
  quote="Bonjour Caroline Hamel,\nPetit rappel : votre séance est prévue mardi à 10h au cabinet, 46 rue d'Estienne d'Orves.\nSandra",
  qstyle="apple", qfrom=SQ, frm=("Caroline Besnard", "caroline.besnard@icloud.com"), to=CONTACT),

R("fr-re-outlook-long-fil-objection", ["objection"], "RE: RE: Facture n°2025-118",
  "Bonjour,\nMerci pour la facture corrigée, tout est en ordre.\nEn revanche, j'ai constaté que depuis la formation je suis inscrit à votre lettre mensuelle et que je reçois des propositions commerciales. Je vous remercie de me désinscrire de l'ensemble de vos envois promotionnels.\nCordialement,\nStéphane Lebrun\nResponsable administratif – Garage Lebrun SARL",
  quote="Bonjour Monsieur Lebrun,\nVeuillez trouver la facture corrigée avec la bonne raison sociale.\nCordialement,\nSandra Delomenie\n\n________________________________\nDe : Stéphane Lebrun\nEnvoyé : mardi 4 février 2025 11:02\nObjet : Facture n°2025-118\n\nBonjour, la raison sociale sur la facture est erronée, il s'agit de Garage Lebrun SARL.",
  qstyle="outlook", qfrom=SQ, qto="Stéphane Lebrun <s.lebrun@garage-lebrun.fr>",
  frm=("Stéphane Lebrun", "s.lebrun@garage-lebrun.fr"), to=CONTACT, deep=True, headers={"X-Mailer": "Microsoft Outlook 16.0"}),
  # NEAR-LINE: corrected invoice is business, unsubscribe is new -> objection only

R("fr-re-gmail-corriger-doc-neg", [], "Re: Support atelier à relire",
  "Coucou Sandra, j'ai corrigé le document, j'ai supprimé la diapo 4 et ajouté un accès au lien du replay. Tu me dis si ça te va ?\nBises, Fanny",
  quote="Fanny, tu peux corriger les coquilles du support avant samedi ? Merci !!\nSandra",
  qstyle="gmail", qfrom=SQ, frm=("Fanny Delorme", "fanny.delorme.coach@gmail.com"), to=CONTACT),

R("en-re-thanks-export-neg", [], "Re: Your data export",
  "Got it, thanks Sandra. The CSV opens fine in Excel. All good on my side.\nBest, Owen",
  quote="Hi Owen,\nAs requested, please find attached the export of your data in CSV.\nBest wishes,\nSandra",
  qstyle="en", qfrom=SQ, frm=("Owen Price", "owen.price@outlook.com"), to=CONTACT),

R("en-re-followup-portability-chase", ["portability"], "Re: Data transfer request",
  "Hi again Sandra,\nJust chasing this up, it's been three weeks. I still need the file with my assessment scores sent over to my new practitioner in a format she can import. Could you give me a date?\nThanks, Sienna",
  quote="Hi Sienna, thanks for your message, I'll look into it and come back to you shortly. Sandra\n\n> On 2 May 2025, Sienna Clarke wrote:\n> Could you transfer my assessment scores to my new coach in a machine-readable format?",
  qstyle="en", qfrom=SQ, frm=("Sienna Clarke", "sienna.clarke@gmail.com"), to=CONTACT, deep=True),

R("fr-re-apple-reponse-acces-plus", ["access", "rectification"], "Re: Votre dossier",
  "Merci pour l'envoi. En lisant, je vois deux choses : il manque les notes de la séance du 12 mars, je voudrais les avoir aussi. Et la fiche dit que je suis « sans emploi », or je suis en CDI depuis janvier, merci de rectifier.\nCordialement\nDavid",
  quote="Bonjour David,\nComme demandé, voici la copie de votre dossier.\nSandra",
  qstyle="apple", qfrom=SQO, frm=("David Rocher", "david.rocher@me.com"), to=ORANGE),

R("fr-re-outlook-inscription-neg", [], "RE: Inscription stage de printemps",
  "Bonjour,\nJe vous confirme mes informations pour l'inscription : Maëlle Guillot, née le 14/06/1988, 06 52 41 19 83. Je règle l'acompte par virement.\nMerci\nMaëlle",
  quote="Bonjour Maëlle,\nPour finaliser votre inscription, merci de me communiquer vos nom, date de naissance et téléphone.\nSandra",
  qstyle="outlook", qfrom=SQ, qto="maelle.guillot@hotmail.fr", frm=("Maëlle Guillot", "maelle.guillot@hotmail.fr"), to=CONTACT),

R("fr-re-gmail-sms-style-objection", ["objection"], "Re: Promo -20% sur les cercles",
  "svp arretez de m envoyer vos mails pub jsuis plus interessee merci",
  quote="Jusqu'à dimanche, -20 % sur tous les cercles de l'hiver ! Réservez ici.",
  qstyle="gmail", qfrom="Floraison de Soi <newsletter@floraisondesoi.fr>", frm=("", "lolaa.b36@gmail.com"), to=CONTACT),

R("fr-re-annuler-formation-neg", [], "Re: Confirmation d'inscription – Formation Écoute active",
  "Bonjour Sandra,\nJe dois malheureusement annuler mon inscription à la formation, mon employeur ne la finance plus. Pouvez-vous me rembourser l'acompte ?\nBien à vous\nRégis",
  quote="Bonjour Régis, votre inscription est confirmée pour les 3 et 4 novembre. Sandra",
  qstyle="gmail", qfrom=SQ, frm=("Régis Leclerc", "regis.leclerc@gmail.com"), to=CONTACT),

R("fr-re-thread-restriction-contest", ["restriction"], "Re: Compte rendu séance 5",
  "Sandra,\nJe ne suis pas d'accord avec ce que tu as écrit au point 3, je n'ai jamais dit ça de ma sœur. Je préfère que tu ne t'en serves plus du tout pour la suite, qu'on le mette de côté, jusqu'à ce qu'on en ait parlé mardi.\nNadia",
  quote="Bonjour Nadia, voici le compte rendu de la séance 5 comme convenu. Sandra",
  qstyle="gmail", qfrom=SQ, frm=("Nadia Kaci", "nadia.kaci@gmail.com"), to=CONTACT),

R("en-re-thanks-above-quoted-erasure-neg", [], "Re: Please delete my account and data",
  "Thank you, much appreciated!\n\nSent from my iPhone",
  quote="Hi, please delete my account and all my data. Thanks, Yusuf",
  qstyle="en", qfrom="Yusuf Demir <yusuf.demir@gmail.com>", frm=("Yusuf Demir", "yusuf.demir@gmail.com"), to=CONTACT),
  # NEAR-LINE: thanks above his own quoted request -> negative

R("fr-re-retirer-colis-neg", [], "Re: Livraison de votre commande de cartes",
  "Bonjour, pas de souci je passerai retirer le colis au point relais demain. Merci de m'avoir prévenue !",
  quote="Bonjour, les cartes « Émotions » commandées sont arrivées au relais Pickup de la place du 10 juin. Sandra",
  qstyle="apple", qfrom=SQ, frm=("Chantal Moreau", "chantal.moreau@orange.fr"), to=CONTACT),

R("fr-re-belge-withdraw", ["withdraw_consent"], "Re: Votre témoignage est en ligne !",
  "Bonjour Sandra,\nAh non, finalement je préfère pas du tout que mon prénom et ma tête soient sur le site, même si j'avais dit d'accord au téléphone. Tu sais le retirer ? Merci hein.\nSarah",
  quote="Bonjour Sarah, ça y est, votre témoignage est publié sur la page « Ils m'ont fait confiance » ! Merci encore. Sandra",
  qstyle="gmail", qfrom=SQ, frm=("Sarah Janssens", "sarah.janssens@proximus.be"), to=CONTACT),

R("fr-re-outlook-rgpd-formation-neg", [], "RE: Programme formation RGPD et relation d'aide",
  "Bonjour Madame Delomenie,\nMerci pour le programme. Pourriez-vous ajouter un temps sur le droit d'accès et le droit à l'effacement côté usagers ? Nos éducateurs ont souvent la question. Nous validerons ensuite le devis.\nCordialement,\nFrédérique Collet\nDirectrice – Association Pep's 36",
  quote="Madame, veuillez trouver ci-joint le programme de la journée « Confidentialité et relation d'aide ». Bien cordialement, S. Delomenie",
  qstyle="outlook", qfrom=SQ, qto="f.collet@peps36.org", frm=("Frédérique Collet", "f.collet@peps36.org"), to=CONTACT),

R("fr-re-quebec-erasure", ["erasure"], "Re: Merci pour votre participation!",
  "Allo Sandra! Merci à toi pour l'atelier virtuel, c'était vraiment le fun. Par contre je voudrais que tu effaces mes infos de ta liste pis de ta plateforme, je déménage et je m'abonnerai plus tard si ça adonne.\nJosée",
  quote="Merci d'avoir participé à l'atelier en ligne ! Le replay est disponible ici.",
  qstyle="gmail", qfrom=SQ, frm=("Josée Gagnon", "josee.gagnon@hotmail.com"), to=CONTACT),

R("fr-re-profil-opposition", ["objection"], "Re: Votre profil « Émotions » – résultats",
  "Bonjour,\nMerci pour les résultats. Je ne veux pas en revanche que ce profil serve à me cibler dans vos offres ou à me classer dans une catégorie pour vos campagnes. Je m'oppose à ce traitement.\nLucas",
  quote="Bonjour Lucas, voici les résultats de votre test de profil. En fonction de votre profil, vous recevrez des contenus adaptés. Sandra",
  qstyle="gmail", qfrom=SQ, frm=("Lucas Bertin", "lucas.bertin@proton.me"), to=CONTACT),

R("en-re-nonnative-erasure-restriction", ["erasure"], "Re: your registration",
  "Hello Madam,\nI am not anymore interested in the program. Please to remove all my informations from your system, I don't want that you keep my passport copy also.\nBest regard\nAndrzej Nowak",
  quote="Dear Andrzej, thank you for your registration. Please find your invoice attached. Sandra",
  qstyle="en", qfrom=SQ, frm=("Andrzej Nowak", "a.nowak@wp.pl"), to=CONTACT),

R("fr-re-fil-3-niveaux-merci-neg", [], "Re: Re: Re: Séance de jeudi",
  "Parfait, jeudi 18h ça me va. Merci !",
  quote="Je peux vous proposer jeudi 18h ou vendredi 9h.\n\n> Le 12 mai 2025 à 20:31, Pierre Lagarde a écrit :\n>\n> Est-ce qu'on peut décaler la séance ? J'ai un souci au travail.\n>\n>> Le 10 mai 2025, Sandra Delomenie a écrit :\n>> Bonjour Pierre, je vous confirme notre séance mardi 10h.",
  qstyle="apple", qfrom=SQ, frm=("Pierre Lagarde", "pierre.lagarde@icloud.com"), to=CONTACT, deep=True),

R("fr-re-acces-qui-destinataires", ["access"], "Re: Suite à votre message",
  "Je comprends, mais ça ne répond pas à ma question. Je veux savoir précisément à qui vous avez transmis mes coordonnées (comptable, plateforme, autres ?) puisque j'ai reçu de la pub d'un partenaire à vous.\nIrène Caron",
  quote="Bonjour Irène, je ne vends jamais les données de mes clients. Bien à vous, Sandra",
  qstyle="outlook", qfrom=SQ, qto="irene.caron@free.fr", frm=("Irène Caron", "irene.caron@free.fr"), to=CONTACT),

R("fr-re-gmail-portab-erasure", ["erasure", "portability"], "Re: Fin de notre accompagnement",
  "Bonsoir Sandra,\nMerci pour ces mois. Pour clore proprement : peux-tu m'envoyer mes fiches d'exercices et mes bilans dans un format réutilisable (Word ou PDF éditable) puis tout supprimer de ton côté ?\nÉlodie",
  quote="Chère Élodie, voilà, nous arrivons au terme de l'accompagnement...",
  qstyle="gmail", qfrom=SQ, frm=("Élodie Charpentier", "elodie.charpentier@gmail.com"), to=CONTACT),
  # NEAR-LINE: "format réutilisable" for own documents -> portability; plus erasure

R("fr-re-accuse-reception-neg", [], "Re: Demande d'accès – accusé de réception",
  "Bien reçu, merci. J'attends donc votre retour sous un mois.",
  quote="Bonjour Monsieur Hardy,\nJ'accuse réception de votre demande d'accès à vos données du 3 juin. Je vous répondrai dans le délai d'un mois.\nSandra Delomenie",
  qstyle="gmail", qfrom=SQ, frm=("Benoît Hardy", "benoit.hardy@gmail.com"), to=CONTACT),
  # NEAR-LINE: acknowledgement of a pending request, nothing new asked -> negative

R("fr-re-outlook-mdp-neg", [], "RE: Accès à la formation en ligne",
  "Toujours impossible d'accéder à mon espace. Le message dit « identifiants incorrects ». Pouvez-vous réinitialiser mon mot de passe ?\nGilles",
  quote="Bonjour Gilles, voici le lien pour accéder à votre espace formation. Sandra",
  qstyle="outlook", qfrom=SQ, qto="gilles.faure@outlook.fr", frm=("Gilles Faure", "gilles.faure@outlook.fr"), to=CONTACT),

R("en-re-withdraw-recording", ["withdraw_consent"], "Re: Recording of Thursday's circle",
  "Hi Sandra,\nThinking about it more, I'm not comfortable with the recording being used for the online course after all. Please consider my consent withdrawn and take my part out.\nCheers,\nMaya",
  quote="Hi everyone, thanks for agreeing to be recorded on Thursday. I'll edit the video for the online course. Sandra",
  qstyle="en", qfrom=SQ, frm=("Maya Goldberg", "maya.goldberg@gmail.com"), to=CONTACT),

R("fr-re-deces-mari-plusieurs", ["post_mortem"], "Re: Rappel – renouvellement de votre carte de séances",
  "Madame,\nMon mari, Bernard Lemoine, est décédé en mars. Je vous prie de cesser ces rappels, de supprimer ses informations, et de m'envoyer la copie de ses bilans si c'est possible.\nMme Lemoine",
  quote="Bonjour Bernard, votre carte de 10 séances arrive à échéance. Souhaitez-vous la renouveler ?",
  qstyle="gmail", qfrom=SQ, frm=("Josiane Lemoine", "josiane.lemoine@orange.fr"), to=ORANGE),

R("fr-re-effacer-tableau-neg", [], "Re: Compte rendu de l'atelier",
  "Merci pour les photos du paperboard ! Dommage qu'on ait effacé le tableau avant la photo de la dernière partie. Tu pourras me renvoyer la liste des exercices ?\nSéverine",
  quote="Voici les photos des tableaux de l'atelier de samedi.",
  qstyle="gmail", qfrom=SQ, frm=("Séverine Blanc", "severine.blanc@gmail.com"), to=CONTACT),

R("fr-re-apple-restriction-demenage", ["restriction"], "Re: Votre bilan de mi-parcours",
  "Bonjour,\nJe mets le coaching entre parenthèses. Je voudrais que vous ne traitiez plus mes données pendant ce temps : pas d'envoi, pas d'analyse, rien, mais gardez tout, je reviendrai sans doute en septembre.\nMerci\nAnne-Sophie",
  quote="Bonjour Anne-Sophie, voici votre bilan de mi-parcours.",
  qstyle="apple", qfrom=SQ, frm=("Anne-Sophie Vial", "as.vial@icloud.com"), to=CONTACT),

R("en-re-outlook-company-neg", [], "RE: Proposal – resilience workshop",
  "Hi Sandra,\nThanks for the proposal. Legal asked whether you'd sign our Data Processing Agreement since you'll access the attendees' names and emails. Could you also send a copy of your insurance? We'd like to kick off in October.\nBest regards,\nLiam O'Connor\nPeople & Culture, Northbay Software",
  quote="Dear Liam, please find my proposal for the resilience workshop attached. Kind regards, Sandra",
  qstyle="en_outlook", qfrom=SQ, qto="liam.oconnor@northbay.io", frm=("Liam O'Connor", "liam.oconnor@northbay.io"), to=CONTACT),

R("fr-re-gmail-opposition-appels", ["objection"], "Re: Votre devis",
  "Non merci, pas intéressé. Et je vous demande de ne plus m'appeler : votre collaboratrice m'a téléphoné trois fois cette semaine.\nM. Besse",
  quote="Bonjour Monsieur Besse, je me permets de revenir vers vous concernant le devis envoyé le mois dernier.",
  qstyle="gmail", qfrom=SQ, frm=("Alain Besse", "alain.besse@gmail.com"), to=CONTACT),

R("fr-re-acces-questionnaire-copie", ["access"], "Re: Questionnaire d'entrée",
  "Bonjour, j'ai rempli ce questionnaire il y a deux ans et je n'en ai pas gardé de trace. Vous pourriez m'en renvoyer une copie avec mes réponses ? Ça m'aiderait pour faire le point.\nHenri",
  quote="Bonjour Henri, merci de remplir ce questionnaire avant notre première séance.",
  qstyle="gmail", qfrom=SQ, frm=("Henri Gauthier", "henri.gauthier@laposte.net"), to=CONTACT),

R("en-re-gmail-auto-neg", [], "Re: Your booking is confirmed",
  "Thanks! Do I need to bring anything? And is there parking access near the practice?\nJo",
  quote="Your session on 4 June at 10:00 is confirmed.",
  qstyle="en", qfrom=SQ, frm=("Jo Bennett", "jo.bennett@yahoo.co.uk"), to=CONTACT),

R("fr-re-retour-fin-acces-tout", ["access"], "Re: Re: Suite de l'accompagnement",
  "Je me permets d'insister. Je veux recevoir copie de TOUT ce que vous détenez sur moi, y compris les échanges WhatsApp et les notes manuscrites scannées. C'est mon droit (article 15).\nO. Marchetti",
  quote="Je vous ai transmis vos bilans. Cordialement, S. Delomenie\n\n> Le 3 sept. 2025, Olivia Marchetti a écrit :\n> Je veux une copie de mon dossier.",
  qstyle="outlook", qfrom=SQ, qto="olivia.marchetti@gmail.com", frm=("Olivia Marchetti", "olivia.marchetti@gmail.com"), to=CONTACT, deep=True),

R("fr-re-coordonnees-mail-change", ["rectification"], "Re: Newsletter de mars",
  "Bonjour, je veux bien continuer à recevoir la lettre, mais sur ma nouvelle adresse : julie.perrier.pro@gmail.com. L'ancienne (celle-ci) va être fermée, supprimez-la.\nJulie",
  quote="Ce mois-ci : le printemps des émotions...",
  qstyle="gmail", qfrom="Floraison de Soi <newsletter@floraisondesoi.fr>", frm=("Julie Perrier", "julie.perrier@sfr.fr"), to=CONTACT),
  # NEAR-LINE: remove old email + new value given -> rectification only

R("fr-re-apple-consentement-training-neg", [], "Re: Support module 3",
  "Super support. Une question pour la prochaine session : dans l'exercice sur le consentement éclairé, on pourrait ajouter le cas d'un patient qui retire son consentement en cours de soin ? Ça parlera aux infirmières du groupe.\nBrigitte",
  quote="Voici le support du module 3 « Consentement et posture ».",
  qstyle="apple", qfrom=SQ, frm=("Brigitte Lenoir", "brigitte.lenoir@ch-chateauroux.fr"), to=CONTACT),

R("fr-re-opposition-plus-erasure-multi", ["erasure", "objection"], "Re: Invitation – conférence « Se réinventer à 50 ans »",
  "Bonjour,\nJe m'oppose à recevoir encore ce genre d'invitations. Et tant qu'à faire, effacez l'intégralité de mes données, je ne suis plus cliente depuis 2019.\nMarie-Claude Poulain",
  quote="Chère Marie-Claude, j'ai le plaisir de vous inviter à ma conférence...",
  qstyle="outlook", qfrom=SQ, qto="mc.poulain@wanadoo.fr", frm=("Marie-Claude Poulain", "mc.poulain@wanadoo.fr"), to=CONTACT),

R("en-re-thanks-deleted-neg", [], "Re: Confirmation – data erased",
  "Thanks Sandra, appreciated. Take care.\nRuth",
  quote="Dear Ruth, I confirm that all your personal data have been erased from my files. Sandra",
  qstyle="en", qfrom=SQ, frm=("Ruth Abrams", "ruth.abrams@gmail.com"), to=CONTACT),

R("fr-re-accent-erreur-nom-multi", ["access", "rectification"], "Re: Attestation de fin de formation",
  "Bjr, mon nom est encore mal écrit : c'est Ngoc Anh NGUYEN et pas Ngoc NGUYEN Anh. Vous pouvez corriger partout ? Et je voudrais savoir quelles autres infos sur moi sont dans votre fichier, pour vérifier que le reste est juste.",
  quote="Bonjour, voici votre attestation de fin de formation.",
  qstyle="gmail", qfrom=SQ, frm=("Ngoc Anh Nguyen", "ngocanh.nguyen@gmail.com"), to=CONTACT),

R("fr-re-outlook-retrait-questionnaire-multi", ["erasure", "withdraw_consent"], "RE: Questionnaire recherche – merci !",
  "Bonjour,\nAprès réflexion je retire mon consentement à l'utilisation de mes réponses pour votre mémoire de supervision. Merci de les détruire, ainsi que tout le reste de mon dossier, je n'ai plus de lien avec vous.\nCordialement\nEmmanuel Royer",
  quote="Merci d'avoir accepté que vos réponses (anonymisées) soient utilisées pour mon mémoire. Sandra",
  qstyle="outlook", qfrom=SQ, qto="emmanuel.royer@outlook.fr", frm=("Emmanuel Royer", "emmanuel.royer@outlook.fr"), to=CONTACT),
]
