# -*- coding: utf-8 -*-
"""French negatives (hard and ordinary)."""
from common import R

R("fr-neg-supprimer-creneau", "créneau de jeudi",
"""Bonjour Sandra, tu peux supprimer mon créneau de jeudi 17h ? J'ai un rdv médical. Je reprends la semaine suivante. Merci ! Audrey""",
[], "Audrey Blanc <audrey.blanc@gmail.com>")

R("fr-neg-effacer-tableau", "Salle pour samedi",
"""Bonjour Madame Delomenie,

Pour l'atelier de samedi à la salle des Augustins, nous vous laissons les clés dans la boîte. Merci de bien effacer le tableau blanc et d'éteindre le chauffage en partant, la salle est utilisée par le club de bridge le dimanche matin.

Cordialement,
Service des associations – Ville d'Issoudun""", [], "Service Vie associative <vie.associative@issoudun.fr>")

R("fr-neg-acces-salle", "Accès à la salle",
"""Bonjour, je viens pour la première fois mardi. Comment on accède à la salle, il y a un code pour la porte ? Et on peut se garer devant ? Merci, Valérie""",
[], "Valérie Rey <valerie.rey36@gmail.com>")

R("fr-neg-copie-facture", "Copie de facture",
"""Bonjour,

Mon comptable me demande une copie de la facture de la formation de novembre (n° 2024-087). Pourriez-vous me la renvoyer ? Je ne la retrouve plus.

Merci,
Pierre Collet
Menuiserie Collet SARL""", [], "Pierre Collet <compta@menuiserie-collet.fr>")

R("fr-neg-export-agenda", "export agenda",
"""Coucou, j'ai pas réussi à exporter l'agenda des ateliers vers mon Google Agenda, le lien .ics ne marche pas chez moi. Tu peux me renvoyer les dates par mail ? Bises, Mélanie""",
[], "Mélanie <melanie.girard@gmail.com>")

R("fr-neg-corriger-document", "Re: Support de formation à relire",
"""Bonjour Sandra,

J'ai relu le support, j'ai corrigé quelques coquilles directement dans le document (suivi des modifications activé). Page 12, je te propose de reformuler le paragraphe sur l'écoute active, il est un peu long.

Bonne soirée,
Florence""", [], "Florence Chauvin <florence.chauvin@orange.fr>",
quote=("gmail", "Coucou Florence,\nVoici le support pour la session de juin, si tu as 10 minutes pour une relecture.\nMerci !\nSandra"),
att=[("docx", "Support_ecoute_active_v3_FC.docx", "Module 2 - L'ecoute active\nReformuler, questionner, silence")])

R("fr-neg-s-opposer", "Atelier affirmation de soi",
"""Bonjour,

Je m'intéresse à votre atelier sur l'affirmation de soi. J'ai beaucoup de mal à m'opposer à ma hiérarchie et à dire non à mes collègues. Est-ce que l'atelier traite de ce genre de situations ? Quel est le tarif ?

Merci,
Lucie Henry""", [], "Lucie Henry <lucie.henry@gmail.com>")

R("fr-neg-retirer-colis", "Livraison de vos cartes",
"""Bonjour,

Votre colis (cartes de visite, 500 ex.) n'a pas pu être livré. Vous pouvez le retirer dans votre point relais Pickup – Tabac de la Place, Issoudun, jusqu'au 14.

L'équipe Imprimerie Berry Print""", [], "Berry Print <commandes@berryprint.fr>", html="alt")

R("fr-neg-consentement-formation", "Programme : consentement et relation d'aide",
"""Bonjour Sandra,

Pour le module de la formation des aides à domicile, l'ADMR aimerait que vous abordiez la question du consentement de la personne aidée (toilette, repas, refus de soins). Pouvez-vous intégrer une demi-journée là-dessus ?

Bien cordialement,
Martine Gauthier
Responsable formation – ADMR de l'Indre""", [], "Martine Gauthier <m.gauthier@admr36.org>")

R("fr-neg-rgpd-theme-formation", "Devis formation RGPD pour notre équipe",
"""Bonjour,

Nous sommes une association de 12 salariés et nous cherchons une formation d'une journée pour sensibiliser l'équipe au RGPD (droits des personnes, registre, bonnes pratiques). Proposez-vous ce type de contenu ou connaissez-vous quelqu'un ?

Merci,
Hervé Mallet, directeur – Association Solidarité Champagne Berrichonne""", [], "Hervé Mallet <direction@solidarite-cb.org>")

R("fr-neg-mes-informations-inscription", "Inscription atelier du 5 avril",
"""Bonjour,
Je souhaite m'inscrire à l'atelier "Gérer son stress" du 5 avril. Voici mes informations : Nathalie Poirier, 06 12 45 78 90, 22 rue Danton à Issoudun. Je réglerai sur place par chèque.
Cordialement""", [], "Nathalie Poirier <nathalie.poirier@orange.fr>")

R("fr-neg-annulation-atelier", "Annulation",
"""Bonjour Sandra, je dois annuler ma participation à l'atelier de samedi, ma fille est malade. Désolée ! Est-ce que je peux reporter sur le prochain ? Karine""",
[], "Karine Lopez <karine.lopez@free.fr>")

R("fr-neg-resiliation-abonnement", "Résiliation abonnement mensuel",
"""Bonjour,

Je souhaite mettre fin à mon abonnement mensuel au cercle de parole à partir du mois prochain. Merci de stopper le prélèvement.

Cordialement,
Annie Lebrun""", [], "Annie Lebrun <annie.lebrun@gmail.com>")

R("fr-neg-mdp", "mot de passe espace membre",
"""Bonjour je n'arrive pas à me connecter à l'espace membre, le lien "mot de passe oublié" ne m'envoie rien. Pouvez-vous réinitialiser ? Merci. Gisèle""",
[], "Gisèle Renaud <gisele.renaud@wanadoo.fr>")

R("fr-neg-acceder-espace", "Accéder à mon espace",
"""Bonjour,
Je n'arrive pas à accéder à mon espace pour voir les vidéos du module 3. Ça me dit "accès refusé". J'ai bien payé pourtant.
Merci de votre aide,
Sandrine""", [], "Sandrine Rolland <sandrine.rolland@yahoo.fr>")

R("fr-neg-fermer-compte", "Fermer mon compte",
"""Bonjour, vous pouvez fermer mon compte sur la plateforme ? J'ai fini le programme. Merci bien. Ghislaine""",
[], "Ghislaine Marie <ghislaine.marie@orange.fr>")
# NEAR-LINE: "fermer mon compte" alone, no data mentioned -> negative.

R("fr-neg-question-droit", "Question sur vos données",
"""Bonjour,

Avant de m'inscrire au parcours, j'ai une question : combien de temps conservez-vous les notes de séance après la fin de l'accompagnement ? Et ai-je le droit de demander leur suppression plus tard ?

Merci,
Martin Fleury""", [], "Martin Fleury <martin.fleury@gmail.com>")
# NEAR-LINE: asks how the right works, not for the thing -> negative.

R("fr-neg-question-droit2", "RGPD",
"""bonjour, est ce qu'on a le droit de demander à voir ce que la coach a écrit sur nous pendant les séances ? je me pose la question c'est tout, pas de souci avec vous :)""",
[], "Emma Caillaud <emma.caillaud@gmail.com>")
# NEAR-LINE: "ai-je le droit" style question -> negative.

R("fr-neg-cnil-copie", "Copie de ma plainte à la CNIL",
"""Madame,

Pour information, vous trouverez ci-joint la copie de la plainte que j'ai déposée ce jour auprès de la CNIL, faute de réponse à mon courrier de mars.

A. Morel""", [], "Antoine Morel <antoine.morel@laposte.net>",
att=[("pdf", "plainte_CNIL_Morel.pdf", "CNIL - Accuse de reception de plainte n 25-0412 - Antoine Morel")])
# NEAR-LINE: copy of CNIL complaint, no new request in the text -> negative.

R("fr-neg-conjoint-donnees", "Mon mari",
"""Bonjour Madame,

Mon mari, Patrick Dumont, a suivi des séances avec vous l'an dernier. Nous traversons une période compliquée et j'aimerais savoir ce qu'il vous a dit à mon sujet. Pouvez-vous m'envoyer ses comptes rendus ?

Cordialement,
Mme Dumont""", [], "Sylviane Dumont <sylviane.dumont@orange.fr>")
# NEAR-LINE: another living adult's data -> negative.

R("fr-neg-rh-salarie", "Suivi de notre salarié",
"""Bonjour Madame Delomenie,

Dans le cadre du coaching financé pour notre salarié M. Kévin Arnaud, pourriez-vous nous transmettre vos notes de séance afin que nous puissions préparer son entretien annuel ?

Bien cordialement,
Sophie Lejeune
Responsable RH – Transports Lejeune""", [], "Sophie Lejeune <rh@transports-lejeune.fr>")
# NEAR-LINE: employer asking about a living employee's data -> negative.

R("fr-neg-merci-suppression", "Re: Votre demande de suppression",
"""Merci beaucoup Sandra, c'est parfait. Bonne continuation !
Léon""", [], "Léon Barthe <leon.barthe@gmail.com>",
quote=("gmail", """Bonjour Léon,

Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers ce jour, conformément à votre demande.

Bien à vous,
Sandra Delomenie""", None, "Votre demande de suppression"))

R("fr-neg-merci-export", "RE: Vos données",
"""Bien reçu, merci pour la rapidité.

Cordialement,
Thierry Vasseur""", [], "Thierry Vasseur <thierry.vasseur@hotmail.fr>",
quote=("outlook", """Bonjour Monsieur Vasseur,

Vous trouverez ci-joint le fichier CSV contenant les données que vous m'avez transmises, comme demandé.

Bien cordialement,
Sandra Delomenie
Floraison de Soi"""))

R("fr-neg-consentement-donne", "Autorisation photo",
"""Bonjour Sandra,
Pas de souci pour utiliser les photos de l'atelier où j'apparais, et même mon témoignage avec mon prénom. Ça me fait plaisir !
Agathe""", [], "Agathe Roche <agathe.roche@gmail.com>")

R("fr-neg-autoreply", "Réponse automatique : Atelier du 12 avril",
"""Bonjour,

Je suis absente du bureau jusqu'au 22 avril inclus, avec un accès limité à ma messagerie. En cas d'urgence, merci de contacter Julie au 02 54 03 xx xx.

Cordialement,
Maryse Léger""", [], "Maryse Léger <m.leger@cc-champagne-berrichonne.fr>",
hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})

R("fr-neg-autoreply-rgpd", "Accusé de réception automatique",
"""Madame, Monsieur,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.

Protection des données : vos données sont traitées par la Mutuelle Berry Santé pour la gestion de votre demande. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, que vous pouvez exercer auprès de dpo@berrysante.fr.

Ceci est un message automatique, merci de ne pas y répondre.""", [], "Mutuelle Berry Santé <ne-pas-repondre@berrysante.fr>",
hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

R("fr-neg-stripe", "Vous avez reçu un paiement de 180,00 €",
"""Floraison de Soi

Vous avez reçu un paiement de 180,00 € de nathalie.b@gmail.com.

Montant : 180,00 €
Date : 14 mars
Moyen de paiement : Visa •••• 4242
Description : Atelier Oser dire non

Consulter le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Stripe, 10 Boulevard Haussmann, 75009 Paris""", [], "Stripe <notifications@stripe.com>", html="alt")

R("fr-neg-systemeio", "Nouvelle inscription à votre tunnel \"Masterclass Confiance\"",
"""Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre tunnel "Masterclass Confiance".

Email : b.lefort@gmail.com
Prénom : Bastien
Tag ajouté : masterclass-2025

Voir le contact : https://systeme.io/dashboard/contacts

L'équipe Systeme.io""", [], "Systeme.io <no-reply@systeme.io>", html="only",
hdr={"Auto-Submitted": "auto-generated"})

R("fr-neg-calendly", "Nouvel événement : Élise Marchand - Séance découverte 30 min",
"""Bonjour Sandra Delomenie,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte 30 min
Invité : Élise Marchand
E-mail de l'invité : elise.marchand@gmail.com
Date/heure : 10:00 - mardi 18 mars (heure d'Europe centrale)
Lieu : appel téléphonique

Voir l'événement dans Calendly""", [], "Calendly <notifications@calendly.com>", html="alt",
att=[("ics", "invite.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nBEGIN:VEVENT\nSUMMARY:Seance decouverte 30 min\nDTSTART:20250318T090000Z\nDTEND:20250318T093000Z\nEND:VEVENT\nEND:VCALENDAR\n")])

R("fr-neg-qonto", "Votre relevé de compte de février est disponible",
"""Bonjour Sandra,

Votre relevé de compte de février pour Floraison de Soi est disponible dans votre application Qonto.

À bientôt,
L'équipe Qonto""", [], "Qonto <noreply@qonto.com>", html="only")

R("fr-neg-urssaf", "Votre échéance de déclaration",
"""Madame DELOMENIE,

Nous vous rappelons que votre déclaration de chiffre d'affaires du mois de mars doit être effectuée avant le 30 avril sur autoentrepreneur.urssaf.fr.

Ce message vous est adressé automatiquement. Merci de ne pas y répondre.

Urssaf""", [], "Urssaf <ne-pas-repondre@urssaf.fr>", hdr={"Auto-Submitted": "auto-generated"})

R("fr-neg-paypal", "Vous avez reçu un paiement",
"""Bonjour Sandra Delomenie,

Christophe Lenoir vous a envoyé 60,00 EUR.
Note : "séance du 3/06"

Numéro de transaction : 7TR82930KL4410923

PayPal""", [], "service@paypal.fr <service@paypal.fr>", html="only")

R("fr-neg-brevo", "Votre campagne \"Lettre de mai\" a été envoyée",
"""Bonjour,

Votre campagne "Lettre de mai" a été envoyée à 412 contacts.
Taux d'ouverture (24h) : 48,2 %
Désinscriptions : 3

Voir le rapport : https://app.brevo.com/camp/reports

Brevo""", [], "Brevo <no-reply@brevo.com>", html="alt")

R("fr-neg-google-securite", "Alerte de sécurité",
"""Nouvelle connexion sur Windows

contact@floraisondesoi.fr
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", [], "Google <no-reply@accounts.google.com>", html="alt")

R("fr-neg-zoom", "Enregistrement cloud disponible",
"""Bonjour Sandra,

L'enregistrement cloud de votre réunion "Webinaire – Reprendre confiance après un burn-out" est maintenant disponible.

Durée : 1:12:43
Partager cet enregistrement : https://zoom.us/rec/share/...

Merci d'avoir choisi Zoom.""", [], "Zoom <no-reply@zoom.us>", html="only")

R("fr-neg-dpa-vendeur", "Mise à jour de notre politique de confidentialité et de notre DPA",
"""Chère cliente, cher client,

Nous mettons à jour notre Politique de confidentialité et notre Accord de traitement des données (DPA), applicables à compter du 1er juin. Ces changements reflètent les nouvelles clauses contractuelles types et précisent la liste de nos sous-traitants ultérieurs.

Aucune action n'est requise de votre part. En continuant à utiliser nos services, vous acceptez ces conditions.

Vous pouvez exercer vos droits d'accès, de rectification et d'effacement à tout moment depuis votre compte.

L'équipe Systeme.io""", [], "Systeme.io <legal@systeme.io>", html="alt", hdr={"Precedence": "bulk"})

R("fr-neg-spam-conformite", "URGENT : votre site n'est pas conforme RGPD – amende jusqu'à 20 M€",
"""Madame, Monsieur,

Après analyse de votre site floraisondesoi.fr, nous avons relevé 7 non-conformités au RGPD (bandeau cookies, registre des traitements, mentions légales). Vous vous exposez à une amende pouvant atteindre 20 millions d'euros.

Mettez-vous en conformité en 48 h grâce à notre pack à 349 € HT.

Cordialement,
Service Conformité – RGPD Express

Pour ne plus recevoir nos offres, répondez STOP.""", [], "RGPD Express <conformite@rgpd-express-pro.com>", html="alt")

R("fr-neg-phishing", "Votre compte Orange sera suspendu",
"""Cher(e) client(e),

Suite à une anomalie, votre messagerie sera suspendue sous 24h. Pour conserver l'accès à vos données, veuillez vérifier vos informations en cliquant ci-dessous :

>> Vérifier mon compte <<

Service Client Orange""", [], "Orange Service <securite@orange-verif-compte.com>", html="only")

R("fr-neg-envoi-sandra-confirmation", "Confirmation de suppression de vos données",
"""Bonjour Madame Colas,

Suite à votre demande du 3 mars, je vous confirme que vos données personnelles ont été supprimées de mes fichiers, à l'exception des factures que je suis tenue de conserver dix ans.

Je reste à votre disposition.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – Coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun""", [], "Sandra Delomenie <contact@floraisondesoi.fr>",
to="Brigitte Colas <brigitte.colas@gmail.com>")

R("fr-neg-envoi-sandra-export", "Votre export de données",
"""Bonjour Damien,

Comme convenu, voici en pièce jointe tes réponses aux questionnaires et l'historique de tes rendez-vous au format CSV.

Belle continuation !
Sandra""", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
to="Damien Roger <damien.roger@gmail.com>",
att=[("csv", "export_Damien_Roger.csv", "date;type;duree\n2024-09-12;seance;60\n2024-10-03;seance;60\n2024-10-24;seance;60\n")])

R("fr-neg-newsletter-sandra", "🌸 La lettre de Floraison de Soi – Juin",
"""Bonjour à toutes et à tous,

L'été approche et avec lui l'envie de ralentir. Ce mois-ci :
- Atelier "Dire non sans culpabiliser", samedi 14 juin, Issoudun
- Webinaire gratuit "Mieux dormir, mieux décider", jeudi 19 juin, 20h
- Nouvelle session de formation "Écoute active" à la rentrée

Prenez soin de vous,
Sandra

Vous recevez ce message car vous êtes inscrit·e à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.fr/newsletter/desinscription""", [], "Sandra – Floraison de Soi <contact@floraisondesoi.fr>",
to="contact@floraisondesoi.fr", html="alt",
hdr={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>",
     "List-Unsubscribe": "<https://floraisondesoi.fr/newsletter/desinscription>, <mailto:desinscription@floraisondesoi.fr>",
     "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

R("fr-neg-devis-entreprise", "Demande de devis – formation management",
"""Bonjour Madame,

Nous souhaiterions organiser une formation "Management bienveillant" pour 8 chefs d'équipe de notre site d'Issoudun, idéalement sur deux jours en octobre. Pourriez-vous nous faire parvenir un devis et le programme ? La formation serait prise en charge par notre OPCO.

Cordialement,
Nicolas Marty
Responsable RH – Aerolia Composants""", [], "Nicolas Marty <n.marty@aerolia-composants.fr>", cc="Direction <direction@aerolia-composants.fr>")

R("fr-neg-convention-opco", "Convention de formation à signer",
"""Bonjour,

Veuillez trouver ci-joint la convention de formation pour Mme Karine Dumas, à nous retourner signée avec la feuille d'émargement.

Cordialement,
Service formation – Mairie d'Issoudun""", [], "Formation Mairie <formation@mairie-issoudun.fr>",
att=[("pdf", "convention_formation_Dumas.pdf", "Convention de formation professionnelle - Mairie d'Issoudun / Floraison de Soi")])

R("fr-neg-remerciement-seance", "merci",
"""Merci pour la séance d'hier Sandra, je me sens plus légère. À dans 15 jours !
Envoyé de mon iPhone""", [], "Amandine Roux <amandine.roux@icloud.com>")

R("fr-neg-report-rdv", "Re: Confirmation de votre rendez-vous",
"""Bonjour, serait-il possible de décaler à 15h au lieu de 14h ? Merci. Josette""",
[], "Josette Ferrand <josette.ferrand@orange.fr>",
quote=("apple", "Bonjour,\nJe vous confirme notre rendez-vous du mardi 8 à 14h au cabinet.\nSandra"))

R("fr-neg-supprimer-doublon", "doublon inscription",
"""Bonjour, je me suis inscrite deux fois par erreur à l'atelier du 12 (formulaire validé deux fois). Vous pouvez supprimer une des deux inscriptions ? Je ne veux pas payer deux fois ! Merci, Cécile""",
[], "Cécile Masson <cecile.masson@gmail.com>")
# NEAR-LINE: deleting a duplicate booking is a booking operation, not erasure -> negative.

R("fr-neg-effacer-message", "Oups",
"""Sandra, désolée, je vous ai envoyé un message vocal qui ne vous était pas destiné sur votre portable ce matin, vous pouvez l'effacer sans l'écouter ? Merci et pardon !! Christelle""",
[], "Christelle Navarro <christelle.navarro@gmail.com>")
# NEAR-LINE: misdirected voicemail to be deleted — not a data-subject request about her data held by the business.

R("fr-neg-attestation", "Attestation de présence",
"""Bonjour, pour mon employeur j'aurais besoin d'une attestation de présence à la formation des 3 et 4 février. Est-ce que vous pourriez me l'envoyer ? Merci bien, Rachid""",
[], "Rachid Benali <rachid.benali@gmail.com>")

R("fr-neg-informations-formation", "informations sur la formation coach",
"""Bonsoir, je voudrais avoir des informations sur votre formation certifiante, durée, prix, si c'est éligible CPF... merci. Bonne soirée. Paul""",
[], "Paul Meunier <paul.meunier@laposte.net>")

R("fr-neg-opposition-mutuelle", "Re: Prise en charge",
"""Bonjour Sandra,

Ma mutuelle s'oppose au remboursement des séances de coaching, ils disent que ce n'est pas du soin. Est-ce que vous pourriez me faire une facture détaillée, je vais tenter un recours ?

Merci,
Hélène""", [], "Hélène Durand <helene.durand@gmail.com>",
quote=("gmail", "Bonjour Hélène,\nVoici votre facture pour les 5 séances.\nSandra"))

R("fr-neg-cnil-plainte-info", "Plainte CNIL",
"""Bonjour,

Je voulais vous prévenir que j'ai saisi la CNIL concernant le démarchage téléphonique que j'ai subi de la part d'un organisme qui utilisait votre nom. Je ne pense pas que ce soit vous, mais la CNIL pourrait vous contacter.

Cordialement,
Roger Lemaître""", [], "Roger Lemaître <roger.lemaitre@orange.fr>")

R("fr-neg-fwd-facture", "TR: Facture FA-2025-031",
"""Sandra, je te transfère la facture de la salle pour ta compta. Bon week-end ! Marie""",
[], "Marie Dubreuil <marie.dubreuil@orange.fr>",
quote=("fwd", "Bonjour,\nVeuillez trouver ci-joint la facture FA-2025-031 pour la location de la salle du 14/03.\nCordialement,\nGîte des Trois Chênes", "Gîte des Trois Chênes <contact@gite-troischenes.fr>", "Facture FA-2025-031"))

R("fr-neg-partenaire-annuaire", "Référencement sur notre annuaire",
"""Bonjour Sandra,

Nous avons créé votre fiche sur l'annuaire des coachs du Centre-Val de Loire. Vous pouvez la compléter ou corriger vos informations (horaires, tarifs, photo) depuis votre espace praticien.

L'équipe CoachCentre""", [], "CoachCentre <bonjour@coachcentre.fr>", html="alt")

R("fr-neg-cours-confiance", "question atelier ado",
"""bonjour, mon fils a 14 ans il est tres timide, est ce que l atelier confiance en soi ados est adapté ? il faut une autorisation des parents ? combien ca coute ? merci""",
[], "Sonia K. <sonia.kaci@hotmail.fr>")

R("fr-neg-livre-dor", "Mot pour le livre d'or",
"""Bonjour Sandra,

Vous m'aviez demandé un petit mot pour le livre d'or du site. Le voici : "Trois mois d'accompagnement qui m'ont permis de retrouver confiance et de changer de poste. Merci Sandra pour votre écoute et votre bienveillance !" Vous pouvez mettre mon prénom et ma ville, Fanny, Vatan.

Bises""", [], "Fanny Lebon <fanny.lebon@gmail.com>")

R("fr-neg-restriction-horaires", "Horaires de la formation",
"""Bonjour, en raison des restrictions de circulation liées aux travaux sur la N151, serait-il possible de commencer la formation à 9h30 plutôt qu'à 9h ? Merci, Joël""",
[], "Joël Perrot <joel.perrot@sfr.fr>")

R("fr-neg-sous-traitant-question", "Questionnaire sous-traitance RGPD",
"""Bonjour,

Dans le cadre de notre politique de conformité, nous demandons à tous nos prestataires de formation de remplir le questionnaire de sous-traitance RGPD ci-joint (hébergement des données, mesures de sécurité, durée de conservation).

Merci de nous le retourner sous 15 jours.

Cordialement,
Service achats – Groupe Berry Industrie""", [], "Achats Groupe Berry <achats@groupe-berry.fr>",
att=[("docx", "Questionnaire_sous-traitant_RGPD.docx", "Questionnaire prestataire\n1. Ou sont hebergees les donnees ?\n2. Mesures de securite")])

R("fr-neg-mail-perso-ami", "Samedi soir",
"""Coucou Sandra, on fait un barbecue samedi chez nous, tu viens avec Philippe ? Apporte juste un dessert ! Bisous, Nathalie""",
[], "Nathalie Pasquier <nath.pasquier@gmail.com>", to="o")

R("fr-neg-copie-support", "Copie du support",
"""Bonjour Sandra, est-ce qu'on pourrait avoir une copie du support de la formation (le diaporama) ? Ça m'aiderait pour retravailler. Merci ! Élise""",
[], "Élise Marchand <elise.marchand@gmail.com>")

R("fr-neg-parent-adulte", "Ma fille",
"""Bonjour,

Ma fille Clara (26 ans) a fait un bilan avec vous. Elle ne va pas bien en ce moment et ne me parle pas. Pourriez-vous me dire ce qui est ressorti du bilan ? Je m'inquiète.

Une maman inquiète,
Françoise Vidal""", [], "Françoise Vidal <francoise.vidal@orange.fr>")
# NEAR-LINE: parent asking about an adult child's data -> negative.

R("fr-neg-retour-questionnaire", "Questionnaire rempli",
"""Bonjour, voici le questionnaire de début d'accompagnement rempli. J'ai répondu à tout sauf la question 12, on en parlera. À mardi, Bruno""",
[], "Bruno Carpentier <bruno.carpentier@gmail.com>",
att=[("docx", "questionnaire_BCarpentier.docx", "Questionnaire de debut d'accompagnement\nNom : Bruno Carpentier")])

R("fr-neg-consentement-conf", "Conférence \"Le consentement éclairé au travail\"",
"""Bonjour Sandra,

La Maison de l'emploi organise une table ronde sur le consentement éclairé et la qualité de vie au travail le 10 octobre. Seriez-vous d'accord pour intervenir 20 minutes ?

Bien à vous,
Delphine Rivière""", [], "Delphine Rivière <d.riviere@mde-issoudun.fr>")

R("fr-neg-merci-newsletter", "Re: 🌸 La lettre de Floraison de Soi – Mars",
"""Merci Sandra pour cette lettre, l'exercice de respiration marche super bien ! À bientôt à l'atelier""",
[], "Josiane Fabre <josiane.fabre@wanadoo.fr>",
quote=("gmail", "Bonjour à toutes et à tous,\nCe mois-ci, un petit exercice de respiration carrée...\nSe désinscrire : https://floraisondesoi.fr/newsletter/desinscription"))

R("fr-neg-supprimer-rappel", "rappels",
"""Bonjour, est-ce que vous pouvez supprimer le rappel SMS de la veille pour mes rendez-vous ? J'ai tout dans mon agenda, ça me fait doublon. Pour le reste ça me va. Merci""",
[], "Irène Gomez <irene.gomez@free.fr>")
# NEAR-LINE: operational preference about appointment reminders (service messages), not marketing -> negative.

R("fr-neg-transfert-colleague", "Fwd: coach pour mon équipe ?",
"""Sandra, je te fais suivre, une collègue de ma sœur cherche une coach pour son équipe. Je lui ai donné ton contact. Bisous""",
[], "Laure Picard <laure.picard@gmail.com>",
quote=("fwd", "Salut Laure, tu connais quelqu'un pour de la cohésion d'équipe dans l'Indre ? Merci ! Aude", "Aude Barre <aude.barre@gmail.com>", "coach pour mon équipe ?"))

R("fr-neg-facture-rectificative", "Facture à corriger",
"""Bonjour,

La facture n° 2025-014 est libellée au nom de notre ancien siège social. Pourriez-vous émettre une facture rectificative avec l'adresse : SAS Lumen, 4 avenue de la Gare, 36000 Châteauroux ?

Merci,
Comptabilité SAS Lumen""", [], "Comptabilité Lumen <compta@lumen-sas.fr>")
# NEAR-LINE: a company's invoice address correction is not personal data of a data subject -> negative.

R("fr-neg-effacement-cours-ecriture", "atelier d'écriture",
"""Bonjour Sandra, pour l'atelier d'écriture j'ai pensé à une consigne sur l'effacement : écrire un texte puis en gommer la moitié des mots. Qu'en penses-tu ? Je peux l'animer la prochaine fois. Ginette""",
[], "Ginette Morel <ginette.morel@orange.fr>")

R("fr-neg-retrait-inscription", "Retrait de mon inscription au salon",
"""Bonjour, je vous informe que je retire mon inscription comme exposante au Salon du bien-être d'octobre, je ne serai pas disponible. Je laisse ma place à quelqu'un d'autre. Cordialement, Mireille""",
[], "Mireille Bouvier <mireille.bouvier@gmail.com>")

R("fr-neg-linkedin-notif", "Sandra, vous apparaissez dans 12 recherches",
"""Vous apparaissez dans 12 recherches cette semaine.
Découvrez qui vous a recherché et développez votre réseau.
Voir toutes les recherches

Cet e-mail était destiné à Sandra Delomenie (Coach & formatrice).
Se désabonner""", [], "LinkedIn <messages-noreply@linkedin.com>", html="only")

R("fr-neg-qualiopi", "Audit de surveillance Qualiopi",
"""Madame,

Nous vous confirmons la date de votre audit de surveillance Qualiopi le 16 septembre à 9h, à distance. Merci de préparer les preuves relatives aux indicateurs 1 à 32, notamment le recueil des appréciations des stagiaires.

Cordialement,
Organisme certificateur ICPF""", [], "ICPF Certification <audit@icpf.fr>")
