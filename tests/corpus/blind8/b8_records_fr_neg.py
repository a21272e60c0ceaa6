# -*- coding: utf-8 -*-
"""b8 corpus - French negatives (hard: same vocabulary, no right exercised)."""
from b8_common import M, SANDRA, SANDRA_PRO

RECORDS = [
# ---- cancellations / bookings / logistics ----
M("frn-annul-creneau", "", "fr", "Lea B <lea.bdx33@gmail.com>", "jeudi",
"""coucou sandra jpeux pas jeudi finalement 😕 tu peux supprimer mon créneau et on en recale un la semaine pro ? bisous

Envoyé de mon iPhone"""),

M("frn-mdp-oublie", "", "fr", "Gérard Lacombe <gerard.lacombe@orange.fr>", "mot de passe",
"""bonjour j'arrive pas a acceder a mon espace formation, j'ai oublié le mot de passe et le lien de réinitialisation arrive jamais. pouvez vous m'aider merci"""),

M("frn-fermer-compte", "", "fr", "Sébastien Noël <seb.noel@gmail.com>", "fermeture compte",
"""Bonjour, vous pouvez fermer mon compte sur la plateforme ? J'ai terminé la formation. Merci et bonne continuation !"""),
# NEAR-LINE: "close my account" with no mention of data -> negative (policy).

M("frn-desinscr-stage", "", "fr", "Nadine Roy <nadine.roy@laposte.net>", "désinscription stage juin",
"""Bonjour Sandra,
Je dois malheureusement me désinscrire du stage de juin, ma mère est hospitalisée. Est-ce que l'acompte peut être reporté sur la session de septembre ?
Merci de ta compréhension
Nadine"""),
# NEAR-LINE: "se désinscrire" of a workshop = cancellation, not newsletter objection.

M("frn-modifier-rdv", "", "fr", "Paul <paul.henry36@gmail.com>", "rdv",
"""bjr, est ce qu'on peut modifier le rdv de mardi à jeudi meme heure ? merci"""),

M("frn-retirer-inscription", "", "fr", "Martine Carré <martine.carre@sfr.fr>", "Retirer mon inscription",
"""Bonjour, je souhaite retirer mon inscription à l'atelier du 22, je me suis trompée de date. Je m'inscris plutôt à celui du 29. Merci !"""),

M("frn-annul-abo", "", "fr", "Thomas Girard <thomas.girard@gmail.com>", "résiliation abonnement",
"""Bonjour,
Je souhaite résilier mon abonnement mensuel au cercle en ligne à partir du mois prochain. Merci de ne plus prélever.
Thomas"""),

M("frn-be-reporter", "", "fr", "Sabine Peeters <sabine.peeters@skynet.be>", "séance de vendredi",
"""Bonjour Sandra,
Je ne saurai pas venir vendredi, j'ai une réunion qui tombe. Tu sais me proposer un autre créneau la semaine d'après ? Septante euros comme d'habitude je suppose ?
Bonne journée,
Sabine"""),

M("frn-qc-magasiner", "", "fr", "Stéphanie Roy <steph.roy@videotron.ca>", "info formation",
"""Bonjour! Je magasine des formations en ligne sur l'estime de soi. Est-ce que la tienne est accessible depuis le Québec pis est-ce qu'il y a des replays avec le décalage horaire? Merci!"""),

M("frn-ch-inscription", "", "fr", "Jean-Marc Favre <jm.favre@bluewin.ch>", "Inscription",
"""Bonjour,
Je souhaiterais m'inscrire au webinaire du 12 mars. Vous trouverez ci-dessous mes coordonnées : Jean-Marc Favre, 1003 Lausanne, natel 079 555 12 12.
Meilleures salutations"""),

# ---- thank-you / ok above quoted requests ----
M("frn-merci-sur-demande", "", "fr", "Nadia K. <nadia.k@free.fr>", "Re: supprimer mes données svp",
"""merci c'est parfait !

Envoyé de mon iPhone""",
 quote=("apple_fr", SANDRA, "Bonjour Nadia,\nC'est fait : toutes vos données ont été supprimées.\nBelle journée,\nSandra\n\n> supprimer mes données svp")),

M("frn-ok-merci-outlook", "", "fr", "Bernard Fougères <b.fougeres@cabinet-fougeres.fr>", "RE: RE: Atelier du 14 juin - rappel",
"""Bien reçu, merci.
B. Fougères""",
 quote=("outlook_fr", SANDRA, "Bonjour Monsieur Fougères,\nVos coordonnées ont été effacées de mon fichier.\nSandra\n\n-----Message d'origine-----\nJe ne viendrai pas et je vous remercie d'effacer mes coordonnées de votre fichier")),

M("frn-relance-statut", "", "fr", "Vincent Lagarde <vincent.lagarde@gmail.com>", "Re: copie de mon dossier",
"""Bonjour Sandra, tu as pu avancer ? pas de stress hein, c'est juste pour savoir 🙂""",
 quote=("gmail_fr", "Vincent Lagarde <vincent.lagarde@gmail.com>", "je veux une copie de tout mon dossier, notes de seance comprises")),
# NEAR-LINE: status follow-up above an earlier access request; the new text asks nothing new -> negative.

# ---- relatives / third parties ----
M("frn-mari-demande-epouse", "", "fr", "Alain Mercier <alain.mercier@orange.fr>", "ma femme",
"""Bonjour Madame,
Ma femme Sylvie suit des séances avec vous depuis janvier. Elle ne me dit rien. Pourriez-vous me dire ce qu'elle vous raconte et ce que vous avez dans son dossier ? Je suis inquiet.
Alain Mercier"""),

M("frn-mere-fils-majeur", "", "fr", "Colette Berger <colette.berger@wanadoo.fr>", "mon fils Kevin",
"""bonjour, mon fils Kevin (22 ans) a fait votre formation. il est pas doué avec l'informatique alors c'est moi qui écris : supprimez ses données svp, il est d'accord je crois
colette berger"""),
# NEAR-LINE: parent writing for an adult son without any mandate -> negative (relative about another living adult).

M("frn-collegue-rh", "", "fr", "Service RH - Transports Duval <rh@transports-duval.fr>", "Bilan de M. Pichon",
"""Bonjour Madame,
Nous avons financé le bilan de compétences de notre salarié M. Frédéric Pichon. Pourriez-vous nous transmettre une copie de son dossier et de vos conclusions ?
Cordialement,
Service RH"""),

M("frn-soeur-vivante", "", "fr", "Karine Dubois <karine.dubois@gmail.com>", "ma soeur",
"""Bonjour, ma soeur Julie a arrêté de vous voir, elle m'a demandé de vous dire de tout effacer mais elle est pas dispo pour écrire, vous pouvez le faire ? merci"""),
# NEAR-LINE: relative relaying for a living adult -> negative.

# ---- CNIL / rights questions ----
M("frn-copie-plainte-cnil", "", "fr", "GERARD Patrick <p.gerard36@orange.fr>", "TR: Plainte CNIL n° 25-02291",
"""Pour info vous etes signalée.

-------- Message transféré --------
De : CNIL <ne-pas-repondre@cnil.fr>
Objet : Votre plainte n° 25-02291
Madame, Monsieur, nous accusons réception de votre plainte concernant l'organisme FLORAISON DE SOI. Elle sera instruite par nos services."""),

M("frn-question-delai", "", "fr", "Amandine Petit <amandine.petit@gmail.com>", "question RGPD",
"""Bonjour Sandra,
Question bête : si un jour je vous demande de supprimer mes données, vous avez combien de temps pour le faire ? Et les factures vous devez les garder ? C'est juste par curiosité, je ne demande rien pour l'instant 😉
Amandine"""),

M("frn-question-portabilite", "", "fr", "Julien Masson <julien.masson@free.fr>", "portabilité ?",
"""bonjour, j'ai lu dans votre politique "droit à la portabilité", ça veut dire quoi concrètement ? je pourrais récupérer mes bilans si je change de coach un jour ?"""),

M("frn-qc-question-droit", "", "fr", "Luc Gauthier <luc.gauthier@videotron.ca>", "Question",
"""Bonjour, est-ce que le RGPD s'applique à moi si je suis au Québec? Genre, est-ce que je pourrais demander mes renseignements comme un Français? Simple question, merci!"""),

M("frn-cnil-signalement-clientele", "", "fr", "Agnès Bertin <agnes.bertin@gmail.com>", "plainte",
"""Bonjour Sandra, je voulais te dire que j'ai fait une plainte à la CNIL contre mon ancien employeur, ils ont gardé toutes mes données de santé. On pourra en parler jeudi ? Ça me travaille."""),

# ---- vocabulary traps ----
M("frn-supprime-par-erreur", "", "fr", "Élise <elise.moulin@gmail.com>", "lien zoom",
"""j'ai supprimé par erreur le mail avec le lien zoom pour ce soir 🙈 tu peux me le renvoyer ?"""),

M("frn-copie-facture", "", "fr", "Hervé Langlois <herve.langlois@orange.fr>", "facture",
"""Bonjour, pourriez-vous me faire une copie de la facture de février, mon CE rembourse une partie. Merci"""),
# NEAR-LINE: copy of one invoice, ordinary admin request -> negative.

M("frn-corriger-montant", "", "fr", "Association Les Tilleuls <contact@lestilleuls36.fr>", "erreur facture",
"""Bonjour, il y a une erreur sur la facture n°2025-031 : le montant est de 450 € et pas 540 €. Pouvez-vous corriger et nous renvoyer la facture ? Merci. La trésorière"""),
# NEAR-LINE: correcting an invoice amount (not personal data of a data subject) -> negative.

M("frn-rectif-horaire", "", "fr", "Cécile <cecile.aubry@gmail.com>", "rectif",
"""petite rectif : c'est bien 14h et pas 15h pour moi mardi, je me suis trompée dans mon dernier message"""),

M("frn-opposer-date", "", "fr", "Gilles Renaud <gilles.renaud@laposte.net>", "date atelier",
"""Bonjour, je me permets de m'opposer gentiment à la date du 15 août pour l'atelier 😄 beaucoup seront en vacances, pourquoi pas le 22 ?"""),

M("frn-consentement-autorisation-photo", "", "fr", "Isabelle Renard <isabelle.renard@gmail.com>", "autorisation photo",
"""Bonjour Sandra,
Ci-joint l'autorisation de droit à l'image signée pour le stage. Je suis ok pour les photos de groupe sur Facebook, mais pas en gros plan svp.
Isabelle""", att=[("autorisation_droit_image_signee.pdf", "application/pdf")]),

M("frn-temoignage-envoi", "", "fr", "Chloé Martin <chloe.martin@gmail.com>", "mon témoignage !",
"""Coucou Sandra, voilà mon petit témoignage comme promis, tu peux le mettre sur ton site avec mon prénom 💛
« Grâce à Sandra j'ai osé changer de métier... »
Bises
Chloé"""),

M("frn-modifier-temoignage", "", "fr", "Nathalie Faure <nathalie.faure@orange.fr>", "Re: Ton témoignage est en ligne !",
"""Super merci !! Petite chose, tu peux modifier la 2e phrase : c'est "reconversion" pas "reconvertion" 😅 sinon parfait""",
 quote=("gmail_fr", SANDRA, "Coucou Nathalie,\nTon témoignage est en ligne sur la page « Ils en parlent » !\nSandra")),
# NEAR-LINE: fixing a typo in her testimonial text she wants published; not personal data rectification nor withdrawal.

M("frn-ajout-groupe-whatsapp", "", "fr", "Mélissa <melissa.garcia@gmail.com>", "groupe whatsapp",
"""coucou tu peux m'ajouter au groupe whatsapp du cercle ? mon num c'est le 06 44 21 78 90 merci 🌸"""),

M("frn-quitter-groupe-fb", "", "fr", "Hugues Perrier <hugues.perrier@gmail.com>", "groupe facebook",
"""Bonjour, comment on quitte le groupe Facebook privé de la formation ? je trouve pas le bouton sur l'appli. merci"""),

M("frn-effacer-tableau", "", "fr", "Co-animatrice Marion <marion.levy@gmail.com>", "Atelier samedi",
"""Coucou Sandra, pour samedi : j'ai les paperboards. Pense à effacer les données des participants de l'an dernier dans le tableur partagé avant qu'on l'envoie à la salle, sinon on diffuse des numéros de tel à tout le monde. Bises Marion"""),
# NEAR-LINE: a co-facilitator talking about other people's data -> negative.

M("frn-export-liste-coanim", "", "fr", "Marion Lévy <marion.levy@gmail.com>", "export inscrits",
"""tu peux m'exporter la liste des inscrits de l'atelier en excel ? c'est pour préparer les badges"""),

M("frn-copie-cni-inscription", "", "fr", "Sonia Belkacem <sonia.belkacem@gmail.com>", "dossier inscription formation",
"""Bonjour, comme demandé pour le financement CPF voici la copie de ma CNI et mon attestation employeur. Dites moi s'il manque qqch. Sonia""",
 att=[("CNI_Sonia_Belkacem.jpg", "image/jpeg"), ("attestation_employeur.pdf", "application/pdf")]),

M("frn-acces-dossier-avant-seance", "", "fr", "Romain Chevalier <romain.chevalier@gmail.com>", "avant jeudi",
"""Bonjour Sandra, est-ce que tu pourras relire ton dossier avant jeudi pour te rappeler ce qu'on avait dit sur mon manager ? Je voudrais qu'on reprenne là où on s'était arrêtés. Merci !"""),
# NEAR-LINE: asks her to consult her own notes before the session, no request to receive or know the data.

M("frn-compte-supprime-colere", "", "fr", "Patricia Moulin <patricia.moulin@orange.fr>", "MON COMPTE A DISPARU",
"""POURQUOI MON COMPTE SYSTEME.IO A ETE SUPPRIME ??? J AI PAYE 297 EUROS POUR LA FORMATION ET JE N AI PLUS ACCES A RIEN !!! REMETTEZ LE IMMEDIATEMENT"""),
# NEAR-LINE: angry about a deletion and asks restoration of access -> negative (access to space).

M("frn-oubli-inscription", "", "fr", "Denise Colin <denise.colin@orange.fr>", "oubliez pas",
"""bonjour madame n'oubliez pas de m'inscrire a l'atelier de septembre je vous ai fait le cheque merci
Denise

Envoyé de mon iPad"""),

M("frn-franglais-checker", "", "fr", "Kevin <kev.martins@gmail.com>", "lien",
"""re sandra, tu peux checker si le lien du replay marche ? chez moi ça fait une 404. thx"""),

M("frn-retirer-consentement-fb-discussion", "", "fr", "Laurence Petit <laurence.petit@gmail.com>", "article",
"""Coucou, j'ai retiré tous mes consentements sur Facebook et Google ce weekend, c'est dingue tout ce qu'ils savent sur nous ! On en parle à la prochaine séance ? Ça rejoint notre travail sur les limites 🙂"""),

M("frn-mes-infos-formulaire", "", "fr", "Arthur Meyer <arthur.meyer@gmail.com>", "formulaire",
"""Bonjour, j'ai rempli le formulaire de contact mais je ne sais pas si mes informations sont bien passées, vous avez reçu ? Je voudrais un rdv découverte. Arthur"""),

M("frn-acces-replay", "", "fr", "Josiane Lebrun <josiane.lebrun@wanadoo.fr>", "accès",
"""bonjour, je n'ai toujours pas accès au replay de la conférence alors que j'ai payé. pouvez vous me donner l'accès svp"""),

M("frn-qc-courriel-pogne", "", "fr", "Maxime Pelletier <max.pelletier@hotmail.ca>", "courriel pas reçu",
"""Allo, j'ai pas pogné ton courriel de confirmation pour l'atelier, c'est-tu normal? J'ai checké mes indésirables pis rien. Merci!"""),

M("frn-be-adresse-salle", "", "fr", "Olivier Dumont <olivier.dumont@skynet.be>", "adresse de la salle",
"""Bonjour, pour samedi, vous savez me redonner l'adresse exacte de la salle ? J'ai supprimé le mail par mégarde. Merci une fois !"""),

M("frn-dictee-rdv", "", "fr", "Roger Fabre <roger.fabre@orange.fr>", "",
"""bonjour madame c'est monsieur fabre je voulais vous dire que je ne pourrai pas venir mardi virgule ma femme est malade point je vous rappelle pour un autre rendez-vous point

Envoyé de mon iPad"""),

M("frn-caps-retard-paiement", "", "fr", "JEAN-LUC BAILLY <jl.bailly@orange.fr>", "REMBOURSEMENT",
"""CA FAIT UN MOIS QUE J ATTENDS LE REMBOURSEMENT DE L ATELIER ANNULE. C EST VOUS QUI AVEZ ANNULE PAS MOI. JE VEUX MES 60 EUROS."""),

M("frn-copie-support", "", "fr", "Lucie Moreau <lucie.moreau@gmail.com>", "support atelier",
"""Bonjour Sandra, est-ce que je pourrais avoir une copie du support pdf de l'atelier de samedi ? J'ai pas pu tout noter. Merci !"""),

M("frn-desabonnement-question", "", "fr", "Georges Lemaire <georges.lemaire@orange.fr>", "newsletter",
"""Bonjour, si je me désabonne de la newsletter, est ce que je reçois quand même les infos sur mes ateliers réservés ? Je ne veux pas rater les changements de salle. Merci"""),

M("frn-nouveau-mail-pour-atelier", "", "fr", "Claire Vidal <claire.vidal@gmail.com>", "inscription",
"""Bonjour, je m'inscris à l'atelier du 5 avec cette adresse-là, je n'ai jamais été cliente. Claire Vidal, 06 55 12 34 89"""),

# ---- automatic mail ----
M("frn-absence", "", "fr", "Caroline Petit <caroline.petit@outlook.fr>", "Réponse automatique : Votre inscription à l'atelier",
"""Bonjour,
Je suis absente du 4 au 18 août inclus. Votre message ne sera pas transféré. Pour toute demande urgente, merci de contacter l'accueil au 02 54 00 00 00.
Cordialement
Caroline Petit""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

M("frn-absence-orange", "", "fr", "Michel Raffin <michel.raffin@wanadoo.fr>", "Absence",
"""Message automatique : je suis en vacances sans accès à mes mails jusqu'au 2 septembre. Merci de ne pas supprimer votre message, j'y répondrai à mon retour.""", hdr={"Auto-Submitted": "auto-replied"}),

M("frn-bounce-orange", "", "fr", "MAILER-DAEMON@orange.fr <MAILER-DAEMON@orange.fr>", "Undelivered Mail Returned to Sender",
"""Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être délivré à un ou plusieurs destinataires.
<emma.dubois22@gmial.com> : domaine introuvable""",
 kind="bounce", orig=dict(to="emma.dubois22@gmial.com", subj="Suppression du compte de Mme Françoise Dubois", body="Bonjour Emma,\nJe vous confirme la suppression du compte de votre maman. Toutes mes condoléances.\nSandra")),

M("frn-bounce-full", "", "fr", "Mail Delivery System <MAILER-DAEMON@smtp.floraisondesoi.fr>", "Undelivered Mail Returned to Sender",
"""This is the mail system at host smtp.floraisondesoi.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<mimi.dubreuil58@hotmail.fr>: host mx.hotmail.fr said: 552 5.2.2 mailbox full""",
 kind="bounce", to="contact@floraisondesoi.fr", orig=dict(to="mimi.dubreuil58@hotmail.fr", subj="Votre demande de suppression de données", body="Bonjour Madame Dubreuil,\nVos données ont bien été effacées.\nSandra Delomenie")),

M("frn-stripe-paiement", "", "fr", "Stripe <notifications@stripe.com>", "Paiement reçu de Sophie Delorme - 120,00 €",
"""Vous avez reçu un paiement de 120,00 € de Sophie Delorme (sophie.delorme@gmail.com).
Description : Atelier Confiance en soi - 12 avril
Consultez le détail du paiement dans votre Dashboard.
Vous recevez cet e-mail car vous avez activé les notifications de paiement. Modifier vos préférences.""", fmt="alt", to="contact@floraisondesoi.fr"),

M("frn-stripe-litige", "", "fr", "Stripe <notifications@stripe.com>", "Un paiement a été contesté",
"""Un client a contesté un paiement de 297,00 €.
Motif : produit non reçu.
Vous avez jusqu'au 14 mai pour fournir des preuves. Les données du client sont accessibles dans votre Dashboard.""", fmt="html", to="contact@floraisondesoi.fr"),

M("frn-sio-nouvelle-inscription", "", "fr", "Systeme.io <no-reply@systeme.io>", "Nouvelle vente : Formation Estime de soi",
"""Bonjour Sandra,
Félicitations ! Nouvelle vente : Formation Estime de soi (97 €).
Client : Bruno Lemoine - bruno.lemoine@gmail.com
Accéder à votre tableau de bord""", fmt="alt"),

M("frn-sio-desabonnement", "", "fr", "Systeme.io <no-reply@systeme.io>", "Un contact s'est désabonné",
"""Bonjour,
Le contact laure.p@gmail.com s'est désabonné de votre liste « Newsletter ».
Il ne recevra plus vos campagnes. Vous pouvez consulter l'historique dans Contacts > Désabonnés.""", fmt="alt"),
# NEAR-LINE: platform notification of an unsubscribe, automatic -> negative.

M("frn-sio-suppression-auto", "", "fr", "Systeme.io <no-reply@systeme.io>", "Suppression de comptes inactifs",
"""Bonjour,
Conformément à vos paramètres, 14 comptes étudiants inactifs depuis plus de 12 mois seront supprimés le 1er juin. Les données associées (progression, commentaires) seront effacées définitivement.
L'équipe Systeme.io""", fmt="html"),

M("frn-sio-rgpd-maj", "", "fr", "Systeme.io <legal@systeme.io>", "Mise à jour de notre politique de confidentialité",
"""Bonjour,
Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) afin de mieux vous accompagner dans le respect du RGPD : droit d'accès, de rectification, d'effacement et de portabilité de vos contacts.
Aucune action n'est requise de votre part.
L'équipe Systeme.io""", fmt="alt", hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe/abc123>"}),

M("frn-orange-donnees", "", "fr", "Orange <ne-pas-repondre@orange.fr>", "Vos données personnelles : ce qui change",
"""Madame Delomenie,
Nous faisons évoluer notre politique de protection des données personnelles. Vous pouvez à tout moment exercer vos droits d'accès, de rectification, d'opposition et d'effacement depuis votre Espace Client.
Orange, SA au capital de 10 640 226 396 €""", fmt="html"),

M("frn-google-storage", "", "fr", "Google <no-reply@google.com>", "Votre espace de stockage Google est presque saturé",
"""Vous avez utilisé 95 % de votre espace de stockage. Supprimez des fichiers dans Google Drive ou Gmail, ou passez à Google One pour continuer à recevoir des e-mails.
Gérer l'espace de stockage""", fmt="html"),

M("frn-calendly-annul", "", "fr", "Calendly <notifications@calendly.com>", "Annulé : Séance découverte avec Hélène Marchais",
"""Bonjour Sandra,
Hélène Marchais a annulé l'événement suivant : Séance découverte (45 min), mardi 3 juin 2025 à 18:00.
Motif : « Supprimez ce rdv svp, je reprends contact plus tard. »""", fmt="alt"),

M("frn-zoom-invite", "", "fr", "Zoom <no-reply@zoom.us>", "Votre enregistrement cloud sera supprimé dans 7 jours",
"""Bonjour Sandra,
L'enregistrement « Cercle de parole - 14 mars » sera définitivement supprimé de la corbeille dans 7 jours. Pour le conserver, récupérez-le depuis la page Enregistrements.""", fmt="html"),

M("frn-banque-releve", "", "fr", "Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>", "Votre e-relevé est disponible",
"""Madame DUMOT-DELOMENIE,
Votre relevé de compte professionnel du mois de mars est disponible dans votre espace client.
Pour votre sécurité, le Crédit Agricole ne vous demandera jamais vos codes d'accès par e-mail.""", fmt="html"),

M("frn-urssaf", "", "fr", "Urssaf <ne-pas-repondre@urssaf.fr>", "Votre échéance de cotisations",
"""Madame,
Votre déclaration de chiffre d'affaires du 1er trimestre est à effectuer avant le 30 avril sur autoentrepreneur.urssaf.fr.""", fmt="alt"),

M("frn-newsletter-coach", "", "fr", "Les Éclaireuses du Coaching <bonjour@eclaireuses-coaching.fr>", "RGPD : comment répondre à une demande de suppression ?",
"""Cette semaine dans la lettre : que faire quand une cliente vous écrit « supprimez toutes mes données » ? Modèle de réponse, délais, pièces d'identité...
Pour vous désinscrire, cliquez ici.""", fmt="alt",
 hdr={"List-Unsubscribe": "<mailto:desinscription@eclaireuses-coaching.fr?subject=unsubscribe>", "List-Id": "Lettre des Eclaireuses <lettre.eclaireuses-coaching.fr>", "Precedence": "bulk"}),

M("frn-sms-passerelle-rdv", "", "fr", "SMS Orange <sms2mail@orange.fr>", "SMS de 06 12 45 78 90",
"""ok pour jeudi 18h merci"""),

# ---- her own sent mail ----
M("frn-sandra-confirme-suppr", "", "fr", SANDRA, "Re: petite demande",
"""Bonjour Sarah,

C'est fait : ton compte systeme.io et toutes tes données ont été supprimés. Tu ne recevras plus rien de ma part.
Belle route à toi !

Sandra
Floraison de Soi - 06 81 84 21 73""", to="Sarah M. <sarah.mllr@outlook.fr>",
 quote=("gmail_fr", "Sarah M. <sarah.mllr@outlook.fr>", "Petite demande : tu peux delete mon compte systeme.io + toutes mes data stp ?")),

M("frn-sandra-demande-cni", "", "fr", SANDRA, "Re: Demande d'accès RGPD art. 15",
"""Bonjour Monsieur Dupuis,

J'ai bien reçu votre demande d'accès. Afin de m'assurer que je transmets vos données à la bonne personne, pourriez-vous me faire parvenir une copie de votre pièce d'identité ?
Je vous répondrai dans le délai d'un mois.

Bien cordialement,
Sandra Delomenie""", to="Marc Dupuis <marc.dupuis@laposte.net>"),

M("frn-sandra-comptable", "", "fr", SANDRA_PRO, "Export Stripe T1",
"""Bonjour Éric,
Comme convenu voici l'export Stripe du premier trimestre et les factures. Dis-moi s'il manque quelque chose.
Sandra""", to="Cabinet Lefranc <eric@cabinet-lefranc.fr>", att=[("export_stripe_T1_2025.csv", "text/csv")]),

M("frn-sandra-newsletter", "", "fr", SANDRA_PRO, "🌸 Le mot du mois : oser dire non",
"""Bonjour à toutes et à tous,
Ce mois-ci, on parle de l'art de dire non sans culpabiliser...
Prochain atelier le 14 juin à Issoudun.
Vous recevez cet email car vous êtes inscrit(e) à la newsletter. Se désinscrire | Modifier mes informations""", to="newsletter@floraisondesoi.fr", fmt="alt",
 hdr={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe?c=%%contact_id%%>", "Precedence": "bulk"}),

M("frn-sandra-transfert-avocat", "", "fr", SANDRA, "TR: Mme Aurélie Combes - demande d'accès et d'effacement",
"""Bonjour Maître,

Je vous transfère la demande reçue ce matin. Pouvez-vous me dire si je dois répondre directement au cabinet ou à Mme Combes ?

Merci,
Sandra""", to="Maître Cécile Arnaud <c.arnaud@avocats-issoudun.fr>",
 quote=("outlook_fr", "Cabinet Lenoir Avocats <secretariat@lenoir-avocats.fr>", "Madame,\nJ'interviens en qualité de conseil de Madame Aurélie COMBES...\nje vous prie de bien vouloir communiquer à ma cliente une copie de l'ensemble des données la concernant...")),
# NEAR-LINE: her own forward of a request -> negative.

# ---- spam / phishing / vendors ----
M("frn-phishing-rgpd", "", "fr", "Service Conformité RGPD <conformite@rgpd-controle-france.com>", "AVIS DE NON-CONFORMITÉ RGPD - Dossier n°FR-88213",
"""Madame, Monsieur,

Suite à un contrôle automatisé, votre site floraisondesoi.fr présente des manquements au Règlement Général sur la Protection des Données. Vous êtes passible d'une amende pouvant atteindre 4 % de votre chiffre d'affaires.
Régularisez votre situation sous 72h en téléchargeant votre registre de conformité : http://rgpd-controle-france.com/dossier/88213

Service de mise en conformité""", fmt="html"),

M("frn-spam-registre", "", "fr", "Julie de DataConform <julie@dataconform.pro>", "Sandra, votre registre RGPD est-il à jour ?",
"""Bonjour Sandra,
Les coachs et thérapeutes traitent des données de santé : êtes-vous prête si une cliente demande l'accès ou la suppression de ses données ? Nous proposons un audit gratuit de 20 minutes.
Si vous ne souhaitez plus recevoir nos messages, répondez STOP.""", fmt="alt"),

M("frn-phishing-orange", "", "fr", "Orange Service Client <securite@0range-client.info>", "Votre messagerie sera supprimée",
"""Cher client,
Suite à la mise à jour RGPD, votre boîte sandra.delomenie@orange.fr sera supprimée sous 24h si vous ne confirmez pas vos informations.
Confirmer mes informations""", fmt="html"),

M("frn-ovh-dpa", "", "fr", "OVHcloud <noreply@ovh.com>", "Information importante concernant vos données personnelles",
"""Bonjour,
Dans le cadre de notre engagement de conformité au RGPD, nous vous informons de la mise à jour de la liste de nos sous-traitants. Vous pouvez consulter vos données et exercer vos droits depuis votre espace client.
L'équipe OVHcloud""", fmt="alt", to="contact@floraisondesoi.fr"),

# ---- misc personal / pro ----
M("frn-collegue-modele", "", "fr", "Véronique Blin <veronique@blin-coaching.fr>", "modèle RGPD ?",
"""Coucou Sandra,
Tu as un modèle de réponse pour les demandes d'accès et de suppression RGPD ? J'en ai reçu une pour la première fois et je panique un peu 😅 Je te revaudrai ça !
Véro"""),

M("frn-amie-facebook", "", "fr", "Sophie <sophie.lemaitre@gmail.com>", "dis moi",
"""toi qui t'y connais, comment on fait pour que google efface mes données ? j'en ai marre d'être pistée partout"""),

M("frn-fwd-temoignage-amie", "", "fr", "Laure Mercier <laure.mercier@gmail.com>", "TR: Avis sur ton atelier",
"""Sandra, je te transfère le message de ma copine qui a adoré ton atelier, tu peux le mettre en témoignage si tu veux (elle est d'accord).

---------- Forwarded message ---------
De : Chloé <chloe.v@gmail.com>
Date : dim. 6 avr. 2025 à 21:14
Objet : Avis sur ton atelier
Super atelier, merci de me l'avoir conseillé !!"""),

M("frn-correction-attestation-annee", "", "fr", "Pôle emploi - Conseillère <conseiller.0361@francetravail.fr>", "Attestation de formation",
"""Madame,
L'attestation de fin de formation de Mme Sonia Belkacem comporte une erreur sur les dates (2024 au lieu de 2025). Merci de nous transmettre une attestation corrigée.
Cordialement""", fmt="alt"),
# NEAR-LINE: a third party (funder) asks to correct a document about another person -> negative.

M("frn-reponse-sondage", "", "fr", "Annie Rolland <annie.rolland@orange.fr>", "Re: Votre avis compte !",
"""voila j'ai rempli le questionnaire, vous pouvez utiliser mes réponses pour vos stats pas de souci. bonne journée""",
 quote=("gmail_fr", SANDRA_PRO, "Votre avis compte ! Merci de prendre 3 minutes pour répondre au questionnaire de satisfaction.")),

M("frn-mauvais-destinataire", "", "fr", "Caroline <caroline.bonnet@gmail.com>", "Re: photos anniversaire",
"""Coucou Sandrine !! Supprime les photos où je suis toute rouge stp 😂 bisous""",
 quote=("gmail_fr", "Sandrine Delorme <sandrine.delorme@gmail.com>", "Voici les photos de l'anniversaire de Léo !")),
# NEAR-LINE: obviously meant for another person (wrong recipient, private photos) -> negative.

M("frn-soeur-perso", "", "fr", "Isabelle Dumot <isa.dumot@gmail.com>", "dimanche",
"""Coucou sœurette, on vient dimanche avec les enfants, je ramène le dessert. Au fait tu as pensé à effacer les photos de maman de ton téléphone avant de le revendre ? Bisous"""),

M("frn-client-retour-positif", "", "fr", "Pascal Guérin <pascal.guerin@outlook.fr>", "RE: RE: votre demande",
"""Merci pour le document, c'est très clair. Désolé d'avoir été un peu sec dans mon mail précédent.
Pascal""",
 quote=("outlook_fr", SANDRA, "Bonjour Pascal,\nVous trouverez ci-joint la liste complète des informations que je conserve.\nSandra")),

M("frn-retrait-cheque", "", "fr", "Josette Marie <josette.marie@orange.fr>", "cheque",
"""bonjour vous pouvez retirer mon cheque de caution du dossier et me le rendre a la prochaine seance merci"""),

M("frn-qc-tannee-pub-autre", "", "fr", "Nathalie Côté <nath.cote@videotron.ca>", "conseil",
"""Allo Sandra, je suis tannée de recevoir des infolettres de partout, t'as un truc pour faire le ménage dans ma boîte courriel? C'est toi la pro de l'organisation! 😄"""),

M("frn-ch-corriger-texte", "", "fr", "Mireille Jaquet <mireille.jaquet@bluewin.ch>", "Votre article",
"""Bonjour Madame, dans votre dernier article de blog il y a une coquille au 3e paragraphe ("ont" au lieu de "on"). Je me permets de vous le signaler, sans méchanceté ! Meilleures salutations"""),

M("frn-anglais-ecrit-fr-question", "", "fr", "Emma Clarke <emma.clarke@gmail.com>", "Question pour le cours",
"""Bonjour Sandra, je suis anglaise et mon français est pas parfait. Est-ce que le cours en ligne est possible avec sous-titres ? Et est-ce que je dois donner beaucoup des informations personnelles pour m'inscrire ? Merci beaucoup !"""),

M("frn-sms-merci-atelier", "", "fr", "Lea B <lea.bdx33@gmail.com>", "",
"""merci pour latelier c etait trop bien 😍😍 a la prochaine !!"""),

M("frn-caps-lien-casse", "", "fr", "MARIE-CLAUDE <mc.dumas@orange.fr>", "LE LIEN NE MARCHE PAS",
"""JE N ARRIVE PAS A ME CONNECTER A LA CONFERENCE CE SOIR LE LIEN NE MARCHE PAS AIDEZ MOI SVP"""),

M("frn-fwd-eml-rappel", "", "fr", "Hélène Vasseur <helene.vasseur@orange.fr>", "TR: Confirmation de votre réservation",
"""Bonjour, je vous transfère la confirmation, je ne sais pas si c'est bien pour le samedi 12 ou le dimanche 13 ? Merci""",
 kind="fwd_eml", orig=dict(frm="Floraison de Soi <noreply@systeme.io>", to="helene.vasseur@orange.fr", subj="Confirmation de votre réservation", body="Bonjour Hélène,\nVotre réservation pour l'atelier « Retrouver son énergie » est confirmée.\nPour modifier ou annuler votre réservation, répondez à ce mail.")),
]
