# French messages that are NOT rights requests (many are hard negatives).
from common import R

S = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SO = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
NL = ("Floraison de Soi", "contact@floraisondesoi.fr")
AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

RECORDS = [
R("fr-neg-supprimer-creneau", "Créneau de jeudi",
"""Bonjour Sandra,
Je ne pourrai pas venir jeudi à 14h, mon fils est malade. Tu peux supprimer le créneau, je reprendrai un rendez-vous la semaine prochaine via Calendly.
Bonne journée
Amandine""", [], frm=("Amandine Ferrand", "amandine.ferrand@gmail.com")),

R("fr-neg-effacer-tableau", "Salle pour la formation de mardi",
"""Bonjour Madame Delomenie,

La salle Jean Moulin est réservée pour vous mardi de 9h à 17h. Petite précision de l'agent d'entretien : merci d'effacer le tableau blanc et de remettre les tables en U en partant, un conseil municipal s'y tient le soir.

Le code de la boîte à clés est 4721.

Cordialement,
Service vie associative – Mairie d'Issoudun""", [], frm=("Vie associative Issoudun", "vie.associative@issoudun.fr"),
 headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-neg-acces-salle-pmr", "Accès à la salle en fauteuil",
"""Bonjour,

Je suis inscrite à l'atelier du 21 mars. Je me déplace en fauteuil roulant : est-ce que l'accès à la salle du 46 rue d'Estienne d'Orves se fait de plain-pied ? Y a-t-il des toilettes adaptées ?

Merci,
Christelle Bourdin""", [], frm=("Christelle Bourdin", "christelle.bourdin@gmail.com")),

R("fr-neg-copie-facture", "Copie de facture",
"""Bonjour,

Mon comptable me réclame la facture de la séance du 15 janvier, je ne la retrouve plus. Pourriez-vous m'en envoyer une copie ?

Merci d'avance,
Frédéric Lamy
Lamy Plomberie""", [], frm=("Frédéric Lamy", "lamy.plomberie@orange.fr")),
# NEAR-LINE: "copie" of an invoice for accounting -> not a data access request.

R("fr-neg-export-agenda", "Export agenda",
"""Salut Sandra,

Comme convenu je t'envoie l'export de mon agenda Google pour qu'on cale les dates du cycle d'intervision (fichier .ics en PJ). Je suis dispo tous les lundis matin sauf le 13 avril.

Bises,
Claire (collègue coach)""", [], frm=("Claire Besson", "claire.besson.coach@gmail.com"),
 attach=[("ics", "agenda_claire.ics", "BEGIN:VCALENDAR")]),

R("fr-neg-corriger-document", "Coquille dans le support",
"""Bonjour Sandra,

Merci encore pour la journée de vendredi ! En relisant le support PDF, j'ai repéré une petite coquille page 12 (« l'écoute active permet de reformulé »). Tu voudras peut-être corriger le document avant la prochaine session.

Belle semaine,
Patrick""", [], frm=("Patrick Jolivet", "patrick.jolivet@gmail.com")),

R("fr-neg-manager-soppose", "Formation management – report",
"""Bonjour,

Je voulais m'inscrire à la session de mai mais mon manager s'oppose à ce que je parte deux jours en pleine période d'inventaire. Est-ce qu'il y aura une session à l'automne ?

Merci,
Ludovic Carré""", [], frm=("Ludovic Carré", "ludovic.carre@leclerc-issoudun.fr")),

R("fr-neg-retirer-colis", "Votre colis chez nous",
"""Bonjour,

Un colis à votre nom (expéditeur : Éditions InterÉditions) vous attend au relais Tabac-Presse de la Place. Vous pouvez le retirer sous 10 jours avec une pièce d'identité.

Relais Pickup – Issoudun""", [], frm=("Pickup", "noreply@pickup.fr"), headers=AUTO, html="alt"),

R("fr-neg-consentement-theme", "Atelier consentement pour notre association",
"""Bonjour Madame Delomenie,

Je suis présidente de l'association Femmes Solidaires du Boischaut. Nous aimerions organiser avec vous un atelier autour du consentement et de l'affirmation de soi pour des jeunes femmes de 18 à 25 ans, au printemps.

Pourriez-vous nous faire une proposition (durée, tarif) ?

Bien à vous,
Marie-Christine Baudry""", [], frm=("Marie-Christine Baudry", "femmessolidaires.boischaut@gmail.com")),

R("fr-neg-rgpd-formation", "Formation RGPD pour petites associations ?",
"""Bonjour,

Est-ce que vous proposez une formation sur le RGPD pour les bénévoles d'associations ? On ne sait jamais trop quoi faire avec nos fichiers d'adhérents et la CNIL nous fait un peu peur.

Merci,
Gérald, Comité des fêtes de Reuilly""", [], frm=("Gérald Naudin", "comitedesfetes.reuilly@orange.fr")),

R("fr-neg-mes-informations-inscription", "Inscription atelier estime de soi",
"""Bonjour,

Voici mes informations pour l'inscription à l'atelier du 7 mars :
Nom : Tessier
Prénom : Manon
Téléphone : 06 52 18 77 30
Mail : manon.tessier@gmail.com

Je paierai sur place par chèque. Merci !""", [], frm=("Manon Tessier", "manon.tessier@gmail.com")),

R("fr-neg-annulation-atelier", "Annulation atelier samedi",
"""Bonjour Sandra,

Je suis désolée, je dois annuler ma participation à l'atelier de samedi : ma mère est hospitalisée. Est-ce que l'acompte peut être reporté sur un prochain atelier ?

Merci de ta compréhension,
Hélène""", [], frm=("Hélène Garnier", "helene.garnier@orange.fr")),

R("fr-neg-resiliation-abonnement", "Résiliation abonnement mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement mensuel au programme « 12 mois pour s'épanouir » à compter de la prochaine échéance. Merci de stopper les prélèvements Stripe.

Cordialement,
Romain Delorme""", [], frm=("Romain Delorme", "romain.delorme@gmail.com")),
# NEAR-LINE: cancelling a subscription (not the newsletter) -> negative.

R("fr-neg-mdp-perdu", "Impossible de me connecter",
"""Bonjour, je n'arrive plus à me connecter à mon espace formation, il me dit mot de passe incorrect et je ne reçois pas le mail de réinitialisation. Pouvez-vous m'aider ? Merci. Annick""",
 [], frm=("Annick Roy", "annick.roy@wanadoo.fr")),

R("fr-neg-acceder-espace", "accès à mon espace",
"""Bonjour,
J'ai payé le module 2 hier mais je n'ai toujours pas accès à mon espace pour le voir. Est-ce normal ?
Cordialement
Didier Poulain""", [], frm=("Didier Poulain", "didier.poulain@free.fr")),

R("fr-neg-fermer-compte", "Fermer mon compte",
"""Bonjour, je voudrais fermer mon compte sur la plateforme, je ne m'en sers plus. Comment faire ? Merci""",
 [], frm=("Sylvain Meunier", "sylvain.meunier@laposte.net")),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).

R("fr-neg-question-duree", "Question sur la conservation",
"""Bonjour,

Simple curiosité avant de m'inscrire : combien de temps gardez-vous les questionnaires que l'on remplit au début de l'accompagnement ? Et qui les voit ?

Merci,
Adèle Vasseur""", [], frm=("Adèle Vasseur", "adele.vasseur@gmail.com")),
# NEAR-LINE: question about retention ("combien de temps...") -> negative by policy.

R("fr-neg-ai-je-le-droit", "Question",
"""Bonjour Sandra, ai-je le droit de demander que mes notes de séances soient détruites à la fin de l'accompagnement ? Je pose la question pour plus tard, pas maintenant hein :) Merci ! Jeanne""",
 [], frm=("Jeanne Morel", "jeanne.morel@gmail.com")),
# NEAR-LINE: "ai-je le droit de ... ?" explicitly not now -> negative.

R("fr-neg-cnil-plainte-copie", "Copie de ma plainte à la CNIL",
"""Madame,

Faute de réponse de votre part à mes courriers, je vous informe que j'ai déposé une plainte auprès de la CNIL ce jour. Vous en trouverez copie ci-dessous pour information.

---
Plainte n° 26-004512
Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun
Motif : absence de réponse à une demande de droit d'accès
---

Raymond Vigier""", [], frm=("Raymond Vigier", "raymond.vigier@orange.fr"), to="sandra.delomenie@orange.fr"),
# NEAR-LINE: copy of a CNIL complaint -> negative (policy), even though it mentions an access request.

R("fr-neg-epouse-donnees", "Les informations de ma femme",
"""Bonjour,

Ma femme, Nathalie Perrault, suit un accompagnement avec vous. Je voudrais savoir ce qu'elle vous a raconté sur notre couple ; j'estime que j'ai le droit de savoir ce qui est écrit à mon sujet. Pouvez-vous me transmettre son dossier ?

Frédéric Perrault""", [], frm=("Frédéric Perrault", "fred.perrault@gmail.com")),
# NEAR-LINE: spouse asking for another living adult's file -> negative.

R("fr-neg-fils-adulte", "Mon fils Maxime",
"""Bonjour Madame,

Mon fils Maxime, 24 ans, fait un bilan de compétences avec vous. Il ne nous dit rien et nous sommes inquiets. Pourriez-vous nous dire où il en est et nous envoyer les résultats des tests ?

Merci,
Chantal Delorme""", [], frm=("Chantal Delorme", "chantal.delorme@orange.fr")),

R("fr-neg-merci-apres-suppression", "Re: Votre demande de suppression",
"""Merci beaucoup Sandra pour ta réactivité, c'est parfait.
Belle continuation !
Sandrine""", [], frm=("Sandrine Vidal", "sandrine.vidal@gmail.com"), reply=True,
 quote=("gmail", "Sandra Delomenie", "contact@floraisondesoi.fr", "Votre demande de suppression",
 "Bonjour Sandrine,\nJe te confirme que l'ensemble de tes données a été supprimé de mes fichiers et de la plateforme Systeme.io.\nBelle journée,\nSandra\n\n> Le 2 mars 2026, Sandrine Vidal a écrit :\n> Bonjour, peux-tu supprimer toutes mes données ? Merci")),
# NEAR-LINE: thank-you above a quoted handled erasure -> negative (only new text counts).

R("fr-neg-merci-export", "Re: Export de tes données",
"""Bien reçu le fichier, merci ! Je le transmets à ma nouvelle coach.

Aurore

Envoyé de mon iPhone""", [], frm=("Aurore Lenoir", "aurore.lenoir@icloud.com"), reply=True,
 quote=("apple", "Sandra Delomenie", "contact@floraisondesoi.fr", "Export de tes données",
 "Bonjour Aurore,\nVoici en pièce jointe l'export de tes données au format CSV, comme demandé.\nBelle route à toi,\nSandra"),
 headers={"X-Mailer": "iPhone Mail (22D72)"}),

R("fr-neg-accord-temoignage", "Accord pour le témoignage",
"""Bonjour Sandra,

Oui, tu peux publier mon témoignage sur ton site et sur Instagram, avec mon prénom et la photo que je t'ai envoyée. Je suis ravie qu'il puisse aider d'autres personnes !

Bises,
Laura""", [], frm=("Laura Mercier", "laura.mercier@gmail.com")),
# NEAR-LINE: giving consent, not withdrawing -> negative.

R("fr-neg-autoreply-conges", "Réponse automatique : Inscription formation manager",
"""Bonjour,

Je suis absente du 16 au 27 février inclus, sans accès à ma messagerie. Pour toute urgence, merci de contacter le service formation au 02 54 08 33 10.

Cordialement,
Agnès Rigaud – Service RH""", [], frm=("Agnès Rigaud", "a.rigaud@groupe-berry-habitat.fr"),
 headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreply-rgpd", "Accusé de réception",
"""Bonjour,

Nous avons bien reçu votre message et vous répondrons dans les meilleurs délais.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données, que vous pouvez exercer à dpo@mutuelle-centre-val.fr.

Mutuelle Centre Val – Service adhérents""", [], frm=("Mutuelle Centre Val", "ne-pas-repondre@mutuelle-centre-val.fr"),
 headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),
# NEAR-LINE: autoreply listing GDPR rights -> negative.

R("fr-neg-bounce-orange", "Undelivered Mail Returned to Sender",
"""Ceci est le système de messagerie d'Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<claude.perrin36@orange.fr> : adresse inconnue (550 5.1.1 User unknown)""", [],
 frm=("Mail Delivery System", "MAILER-DAEMON@orange.fr"), to="sandra.delomenie@orange.fr", shape="report",
 orig=("Sandra Delomenie <sandra.delomenie@orange.fr>", "claude.perrin36@orange.fr", "Confirmation de votre rendez-vous",
 "Bonjour Claude,\nJe vous confirme notre rendez-vous du mardi 10 mars à 10h.\nSandra"),
 headers={"Auto-Submitted": "auto-replied"}),

R("fr-neg-stripe-paiement", "Paiement reçu : 90,00 € de Maud Girault",
"""Vous avez reçu un paiement de 90,00 € EUR.

Client : Maud Girault (maud.girault@gmail.com)
Description : Séance individuelle 1h30
Moyen de paiement : Visa •••• 4821

Consultez le paiement dans votre Dashboard Stripe.""", [], frm=("Stripe", "notifications@stripe.com"), html="alt", headers=AUTO),

R("fr-neg-systemeio-vente", "Nouvelle vente : Programme Estime de soi",
"""Bravo ! Vous venez de réaliser une nouvelle vente.

Produit : Programme Estime de soi – 6 semaines
Client : Thierry Moulin
Montant : 147,00 €

Retrouvez le détail dans votre tableau de bord Systeme.io.""", [], frm=("Systeme.io", "no-reply@systeme.io"), html="only", headers=AUTO),

R("fr-neg-calendly-annulation", "Annulé : Séance découverte avec Kévin Roussel",
"""Bonjour Sandra,

L'événement ci-dessous a été annulé.

Séance découverte 30 min
Kévin Roussel
Mercredi 18 mars 2026, 18:00 – 18:30 (heure de Paris)
Motif : « imprévu au travail, je reprends un créneau »""", [], frm=("Calendly", "notifications@calendly.com"), html="alt", headers=AUTO),

R("fr-neg-zoom-enregistrement", "L'enregistrement cloud est disponible",
"""Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Webinaire : poser ses limites » est maintenant disponible.

Durée : 1:12:40
Les participants ne peuvent pas voir l'enregistrement tant que vous ne le partagez pas.""", [], frm=("Zoom", "no-reply@zoom.us"), html="only", headers=AUTO),

R("fr-neg-qonto-releve", "Votre relevé de février est disponible",
"""Bonjour Sandra,

Votre relevé de compte de février 2026 est disponible dans votre espace Qonto.

Solde au 28/02 : 3 412,18 €

L'équipe Qonto""", [], frm=("Qonto", "no-reply@qonto.com"), html="alt", headers=AUTO),

R("fr-neg-urssaf-declaration", "Votre déclaration de chiffre d'affaires",
"""Madame DELOMENIE Sandra,

Votre déclaration de chiffre d'affaires mensuelle pour la période de février 2026 est à effectuer avant le 31/03/2026 sur autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""", [], frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), to="sandra.delomenie@orange.fr", headers=AUTO),

R("fr-neg-paypal-remboursement", "Vous avez effectué un remboursement",
"""Bonjour Sandra Delomenie,

Vous avez remboursé 45,00 EUR à Hélène Garnier.
Référence : atelier du 14/03 – annulation.

PayPal""", [], frm=("PayPal", "service@paypal.fr"), html="only", headers=AUTO),

R("fr-neg-brevo-rapport", "Rapport de votre campagne « Lettre de mars »",
"""Votre campagne « Lettre de mars » a été envoyée à 612 contacts.

Taux d'ouverture : 41,3 %
Taux de clic : 6,2 %
Désinscriptions : 4

Consultez le rapport complet dans Brevo.""", [], frm=("Brevo", "notifications@brevo.com"), html="alt", headers=AUTO),

R("fr-neg-google-securite", "Alerte de sécurité",
"""Nouvelle connexion sur Windows

contact@floraisondesoi.fr
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, vous n'avez rien à faire.

Vérifier l'activité""", [], frm=("Google", "no-reply@accounts.google.com"), html="alt", headers=AUTO),

R("fr-neg-systemeio-dpa", "Mise à jour de notre accord de traitement des données (DPA)",
"""Bonjour,

Nous mettons à jour notre accord de traitement des données (Data Processing Agreement) et notre politique de confidentialité afin de refléter l'ajout de nouveaux sous-traitants ultérieurs. Ces changements prendront effet le 1er avril 2026.

Aucune action n'est requise de votre part. Si vous continuez d'utiliser Systeme.io après cette date, vous acceptez les nouvelles conditions.

L'équipe Systeme.io""", [], frm=("Systeme.io", "news@systeme.io"), html="alt",
 headers={"List-Id": "Systeme.io annonces <annonces.systeme.io>", "List-Unsubscribe": "<https://systeme.io/unsubscribe>", "Precedence": "bulk"}),

R("fr-neg-spam-conformite", "URGENT : votre site n'est pas conforme RGPD – amende jusqu'à 20 M€",
"""Madame, Monsieur,

Après analyse automatique, votre site floraisondesoi.fr présente 7 non-conformités au RGPD (bandeau cookies, mentions légales, registre des traitements).

Les contrôles de la CNIL se multiplient : les sanctions peuvent atteindre 4 % du CA. Régularisez votre situation avant le 31/03 grâce à notre pack Conformité Express à 490 € HT.

Cliquez ici pour recevoir votre diagnostic.

Cellule Conformité Numérique""", [], frm=("Cellule Conformité", "info@conformite-rgpd-express.com"), html="only",
 headers={"List-Unsubscribe": "<mailto:unsub@conformite-rgpd-express.com>"}),

R("fr-neg-phishing-orange", "Votre boîte mail Orange est pleine",
"""Cher(e) client(e),

Votre espace de stockage Orange a atteint 99 %. Vos nouveaux messages seront supprimés sous 24h.

Pour conserver vos données, vérifiez votre compte ici : http://orange-messagerie-verif.com/login

Le service client Orange""", [], frm=("Orange", "securite@orange-assistance-client.info"), to="sandra.delomenie@orange.fr", html="only"),

R("fr-neg-propre-confirmation-effacement", "Confirmation de suppression de vos données",
"""Bonjour Monsieur Lacroix,

Suite à votre demande du 3 mars, je vous confirme que l'ensemble de vos données personnelles a été supprimé de mes fichiers ainsi que de la plateforme Systeme.io. Seules les factures sont conservées, comme la loi l'impose, pendant 10 ans.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – Coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun""", [], frm=SO, to="contact@floraisondesoi.fr", cc=["p.lacroix@bbox.fr"]),
# NEAR-LINE: her own sent mail confirming an erasure -> negative.

R("fr-neg-propre-envoi-export", "Vos données – export",
"""Bonjour Aurélie,

Comme convenu, voici l'export de tes fiches et de l'historique de nos séances au format CSV. N'hésite pas si tu as besoin d'autre chose.

Belle installation à Nantes !
Sandra""", [], frm=S, to="sandra.delomenie@orange.fr",
 attach=[("csv", "export_Chassagne.csv", "date;type;titre\n2024-03-02;seance;Objectifs\n2024-04-06;seance;Valeurs\n")]),

R("fr-neg-propre-newsletter", "La lettre d'avril : semer sans forcer",
"""Bonjour à toutes et à tous,

Avril est là, et avec lui cette envie de tout faire en même temps. Ce mois-ci, je vous propose de semer sans forcer : une intention par semaine, pas plus.

Au programme :
– Atelier « Oser dire non », samedi 11 avril à Issoudun
– Webinaire gratuit « Ralentir au travail », jeudi 23 avril à 19h

Prenez soin de vous,
Sandra

Vous recevez cette lettre parce que vous vous êtes inscrit(e) sur floraisondesoi.fr. Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""",
 [], frm=NL, to="contact@floraisondesoi.fr", html="alt",
 headers={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>", "Precedence": "bulk"}),

R("fr-neg-devis-entreprise", "Demande de devis – formation cohésion d'équipe",
"""Bonjour,

Nous sommes une PME de 18 salariés à Vatan (transport frigorifique). Nous souhaiterions organiser une journée de cohésion d'équipe animée par un intervenant extérieur, idéalement en juin.

Pourriez-vous nous adresser un devis ? Nous pourrions le faire prendre en charge par notre OPCO.

Cordialement,
Émilie Brossard – Assistante de direction
Frigo Transports Vatan""", [], frm=("Émilie Brossard", "e.brossard@frigotransports.fr"), html="alt"),

R("fr-neg-opco-dossier", "Dossier de prise en charge n° 2026-0412",
"""Bonjour,

Le dossier de prise en charge de la formation « Communication non violente » pour l'entreprise Menuiseries Berrichonnes est incomplet. Merci de nous transmettre le programme détaillé et les feuilles d'émargement signées.

Conseillère OPCO EP – Centre-Val de Loire""", [], frm=("OPCO EP", "centre@opcoep.fr")),

R("fr-neg-qualiopi-audit", "Audit de surveillance Qualiopi",
"""Bonjour Madame Delomenie,

Je vous confirme la date de votre audit de surveillance Qualiopi : le mardi 14 avril 2026 à 9h30, à distance. Merci de préparer les preuves relatives aux indicateurs 1 à 32, notamment le traitement des réclamations et le recueil des appréciations.

Bien cordialement,
Jérôme Blanchet – Auditeur""", [], frm=("Jérôme Blanchet", "j.blanchet@certif-formation.fr")),

R("fr-neg-comptable", "Pièces manquantes 2025",
"""Bonjour Sandra,

Pour boucler ta déclaration 2035, il me manque les justificatifs de frais de déplacement d'octobre et la facture OVH. Tu peux les déposer dans le dossier partagé ?

Merci,
Nathalie – Cabinet Berry Compta""", [], frm=("Nathalie Jourdain", "n.jourdain@berrycompta.fr")),

R("fr-neg-demande-rdv", "Premier rendez-vous",
"""Bonjour,

Je traverse une période compliquée au travail (burn-out il y a un an, reprise difficile) et une amie m'a parlé de vous. Est-ce que vous recevez en présentiel à Issoudun ? Quels sont vos tarifs ?

Merci,
Mickaël Blin""", [], frm=("Mickaël Blin", "mickael.blin@gmail.com")),

R("fr-neg-mdp-reset-sms", "mot de passe",
"""coucou sandra jai encore oublié mon mot de passe pour la plateforme 🙈 tu peux me le réinitialiser ? merci !! Lola""",
 [], frm=("Lola Martin", "lolamartin36@gmail.com"), headers={"X-Mailer": "Gmail for Android"}),

R("fr-neg-report-seance", "Décaler notre séance",
"""Bonjour Sandra,

Serait-il possible de décaler notre séance de lundi à mercredi même heure ? J'ai un rendez-vous médical qui a été avancé.

Merci,
Arnaud""", [], frm=("Arnaud Petitjean", "arnaud.petitjean@outlook.fr")),

R("fr-neg-question-photos-droit", "Photos de l'atelier",
"""Bonjour, est-ce que vous allez prendre des photos pendant l'atelier ? Si oui, est-ce qu'on peut refuser d'y apparaître ? Je demande avant de m'inscrire. Merci, Léa""",
 [], frm=("Léa Fontaine", "lea.fontaine@gmail.com")),
# NEAR-LINE: question about how consent for photos works, before any photo -> negative.

R("fr-neg-collegue-donnees-stagiaire", "Coordonnées d'une stagiaire",
"""Salut Sandra,

Tu te souviens de Marion, qui était dans ta formation de janvier ? Je voudrais lui proposer un poste chez nous. Tu pourrais me donner son numéro ?

Merci !
Bastien – Cap Emploi 36""", [], frm=("Bastien Hoarau", "b.hoarau@capemploi36.fr")),

R("fr-neg-question-rgpd-client", "Vos mentions RGPD",
"""Bonjour,

Je suis coach moi aussi et je démarre. J'ai vu votre politique de confidentialité, très complète. Vous l'avez rédigée vous-même ou vous êtes passée par un juriste ? Je cherche quelqu'un pour m'aider à faire la mienne.

Merci et bravo pour votre site,
Nora Bensalem""", [], frm=("Nora Bensalem", "nora.coaching@gmail.com")),

R("fr-neg-desinscription-atelier", "Me désinscrire de l'atelier",
"""Bonjour, je voudrais me désinscrire de l'atelier du 28 mars, je ne pourrai finalement pas venir. Désolée ! Émilie""",
 [], frm=("Émilie Roger", "emilie.roger@laposte.net")),
# NEAR-LINE: "désinscrire" from a workshop (a booking), not from the newsletter -> negative.

R("fr-neg-avis-google", "Mon avis Google",
"""Bonjour Sandra,

J'ai laissé un avis sur ta fiche Google comme promis ! Par contre je me suis trompée, j'ai mis 4 étoiles au lieu de 5, je vais le corriger ce soir 😅

Merci encore pour tout,
Véronique""", [], frm=("Véronique Hardy", "veronique.hardy@gmail.com")),

R("fr-neg-lettre-recommandee", "Avis de passage – lettre recommandée",
"""Bonjour,

Une lettre recommandée n'a pas pu vous être distribuée le 12/03/2026. Vous pouvez la retirer au bureau de poste d'Issoudun à partir du 13/03 avec l'avis de passage et une pièce d'identité.

La Poste""", [], frm=("La Poste", "noreply@laposte.fr"), headers=AUTO, html="alt"),

R("fr-neg-ovh-renouvellement", "Renouvellement de votre nom de domaine floraisondesoi.fr",
"""Bonjour,

Votre nom de domaine floraisondesoi.fr expire le 30/04/2026. Le renouvellement automatique est activé ; le prélèvement de 11,99 € TTC sera effectué le 23/04.

L'équipe OVHcloud""", [], frm=("OVHcloud", "support@ovh.com"), headers=AUTO, html="alt"),

R("fr-neg-linkedin-notif", "Sandra, vous apparaissez dans 14 recherches cette semaine",
"""Sandra, vous apparaissez dans 14 recherches cette semaine.
Découvrez qui a consulté votre profil avec Premium.""", [], frm=("LinkedIn", "messages-noreply@linkedin.com"), html="only", headers=AUTO),

R("fr-neg-partenariat-librairie", "Rencontre à la librairie",
"""Bonjour Sandra,

Nous organisons des rencontres autour du développement personnel à la librairie le premier samedi du mois. Seriez-vous partante pour animer une heure d'échange en mai ? On peut mettre vos cartes de visite en dépôt.

Belle journée,
Agathe – Librairie La Berrichonne""", [], frm=("Librairie La Berrichonne", "contact@librairie-laberrichonne.fr")),

R("fr-neg-ancien-client-nouvelles", "Des nouvelles de Bourges",
"""Bonjour Sandra,

Juste un petit mot pour te dire que j'ai signé mon CDI ! Le travail qu'on a fait sur la confiance a vraiment payé lors de l'entretien. Je pense à toi.

Bises,
Yasmine""", [], frm=("Yasmine Haddad", "yasmine.haddad@gmail.com")),

R("fr-neg-cnil-reponse", "CNIL – Accusé de réception de votre demande de conseil",
"""Madame,

Nous accusons réception de votre demande de conseil du 2 mars 2026 relative à la durée de conservation des données de santé dans le cadre d'une activité de coaching.

Votre demande a été enregistrée sous le numéro 26-C-01877. En raison du nombre important de sollicitations, le délai de réponse peut être de plusieurs semaines.

Le service de l'accompagnement juridique
Commission nationale de l'informatique et des libertés""", [], frm=("CNIL", "ne-pas-repondre@cnil.fr"), to="sandra.delomenie@orange.fr", headers=AUTO),

R("fr-neg-plainte-cnil-menace", "Dernier avertissement",
"""Madame, je vous ai dit trois fois au téléphone que je ne voulais plus de vos SMS et ils continuent. Je viens d'écrire à la CNIL, voilà. Vous verrez avec eux.
M. Gaudin""", [], frm=("M. Gaudin", "gaudin.marcel@orange.fr")),
# NEAR-LINE: announces a CNIL complaint; the new text is a complaint notice, not itself asking her to stop -> negative by policy (CNIL complaint).

R("fr-neg-teletravail-formatrice", "Intervention dans notre master",
"""Bonjour Madame Delomenie,

Je coordonne le master RH de l'université d'Orléans. Nous cherchons une intervenante pour un module de 12h sur l'accompagnement des transitions professionnelles, au second semestre. Votre profil nous a été recommandé.

Pourrions-nous en discuter par téléphone ?

Bien cordialement,
Pr. Isabelle Caron""", [], frm=("Isabelle Caron", "isabelle.caron@univ-orleans.fr"), html="alt"),

R("fr-neg-cheque-perdu", "Chèque",
"""Bonjour madame, je vous ai envoyé un chèque de 60 euros pour l'atelier par la poste la semaine dernière, l'avez vous reçu ? Je suis inquiète car il n'est toujours pas encaissé. Cordialement Mme Rousseau""",
 [], frm=("Mme Rousseau", "rousseau.odette@orange.fr")),

R("fr-neg-questionnaire-rempli", "Questionnaire avant notre première séance",
"""Bonjour Sandra,

Voici le questionnaire rempli en pièce jointe. J'ai coché que j'accepte la collecte des informations de santé, ça me semble important pour le travail sur le sommeil.

À jeudi,
Corentin""", [], frm=("Corentin Laval", "corentin.laval@gmail.com"),
 attach=[("docx", "questionnaire_Laval.docx", "Questionnaire d'entree - Corentin Laval - sommeil, stress")]),
# NEAR-LINE: gives consent to health-data collection -> negative.

R("fr-neg-whatsapp-groupe-question", "Groupe WhatsApp",
"""Bonjour, est-ce qu'il y aura un groupe WhatsApp pour les participantes du stage d'été ? Si oui, vous pouvez m'ajouter avec ce numéro : 06 14 92 57 03. Merci ! Sabine""",
 [], frm=("Sabine Lefort", "sabine.lefort@gmail.com")),

R("fr-neg-fwd-collegue-rgpd", "TR: Webinaire CNIL – les droits des personnes",
"""Coucou Sandra, je te transfère ça, ça peut t'intéresser pour tes formations. Bises, Claire""",
 [], frm=("Claire Besson", "claire.besson.coach@gmail.com"),
 quote=("fwd", "CNIL", "newsletter@cnil.fr", "Webinaire : les droits des personnes",
 "Inscrivez-vous à notre webinaire gratuit du 9 avril : droit d'accès, d'effacement, d'opposition... comment répondre aux demandes des personnes ?")),

R("fr-neg-doublon-inscription", "Inscrite deux fois ?",
"""Bonjour,

Je crois que je me suis inscrite deux fois au webinaire de jeudi (une fois avec mon mail perso et une fois avec le pro). Vous pouvez supprimer l'inscription en double ? Je garde celle-ci.

Merci,
Rose Aubry""", [], frm=("Rose Aubry", "rose.aubry@gmail.com")),
# NEAR-LINE: deleting a duplicate booking -> negative (booking management), not erasure.

R("fr-neg-mail-sans-objet-photo", "",
"""Voilà la photo du tableau de l'atelier, comme tu demandais !""", [], frm=("Justine", "justine.peltier@gmail.com"),
 attach=[("png", "IMG_2041.png", None)], headers={"X-Mailer": "iPhone Mail (22D72)"}),

R("fr-neg-merci-atelier", "Merci pour samedi",
"""Bonjour Sandra,

Quel bel atelier samedi ! Je suis repartie avec plein de choses à méditer. Le groupe était très bienveillant. Hâte au prochain.

Chaleureusement,
Dominique""", [], frm=("Dominique Prévost", "dominique.prevost@gmail.com")),

R("fr-neg-mutuelle-remboursement", "Attestation pour la mutuelle",
"""Bonjour, ma mutuelle peut rembourser une partie des séances si j'ai une attestation avec vos coordonnées et votre numéro SIRET. Pouvez-vous m'en faire une pour les 4 séances de janvier-février ? Merci. Gilles Vannier""",
 [], frm=("Gilles Vannier", "gilles.vannier@sfr.fr")),

R("fr-neg-belge-inscription", "Inscription stage été",
"""Bonjour Sandra,

Nous serions deux amies de Tournai intéressées par le stage résidentiel de juillet. Reste-t-il de la place ? Et y a-t-il une possibilité de logement sur place ou pas loin ?

Au plaisir,
Véronique et Nadine""", [], frm=("Véronique Lambert", "veronique.lambert@skynet.be")),

R("fr-neg-quebec-webinaire", "Webinaire et fuseau horaire",
"""Bonjour! Le webinaire de jeudi est à 19h heure de France, c'est bien 13h chez nous à Montréal? Je veux pas le manquer. Merci!
Geneviève""", [], frm=("Geneviève Roy", "genevieve.roy@hotmail.ca")),

R("fr-neg-suisse-facture-chf", "Facture en francs suisses ?",
"""Bonjour Madame,

Serait-il possible d'obtenir la facture de la formation en CHF, ou à défaut avec la mention de votre numéro de TVA intracommunautaire ? Ma comptabilité me le demande.

Avec mes salutations,
Ursula Baumann – Fondation Les Oliviers""", [], frm=("Ursula Baumann", "u.baumann@les-oliviers.ch")),

R("fr-neg-google-drive-partage", "Laurence Piquet a partagé un dossier avec vous",
"""Laurence Piquet a partagé un dossier avec vous

« Documents reconversion – pour Sandra »
Ouvrir""", [], frm=("Laurence Piquet (via Google Drive)", "drive-shares-dm-noreply@google.com"), html="alt", headers=AUTO),

R("fr-neg-phishing-colis", "Votre colis est en attente de paiement",
"""Bonjour,
Votre colis n° FR8827361 ne peut pas être livré : frais de douane impayés (1,99 €).
Réglez maintenant : https://colis-suivi-laposte.info/pay
Sans paiement sous 48h le colis sera retourné.""", [], frm=("Colissimo", "suivi@colissimo-livraison.net"), html="only"),

R("fr-neg-demande-info-tarifs", "tarif",
"""bonjour c combien une seance ? et est ce que vous faites en visio ? merci""", [], frm=("", "tony.ltr@hotmail.fr")),

R("fr-neg-rh-liste-salaries", "Liste des stagiaires – session d'avril",
"""Bonjour Madame Delomenie,

Voici la liste des sept salariés inscrits à la session d'avril, avec leurs adresses mail professionnelles, pour l'envoi des convocations. Merci de nous transmettre en retour les feuilles d'émargement après la formation.

Cordialement,
Service RH – Groupe Berry Habitat""", [], frm=("RH Berry Habitat", "rh@groupe-berry-habitat.fr"),
 attach=[("csv", "stagiaires_avril.csv", "nom;prenom;email\nDurand;Paul;p.durand@groupe-berry-habitat.fr\nLeroux;Anne;a.leroux@groupe-berry-habitat.fr\n")]),

R("fr-neg-pseudo-sms-stop", "Re: Rappel : votre séance demain à 10h",
"""ok merci a demain !""", [], frm=("Hugo", "hugo.lemoine36@gmail.com"), reply=True,
 quote=("gmail", "Floraison de Soi", "contact@floraisondesoi.fr", "Rappel : votre séance demain à 10h",
 "Bonjour Hugo,\nPetit rappel : votre séance a lieu demain à 10h au 46 rue d'Estienne d'Orves.\nPour annuler ou déplacer, répondez à ce mail.")),

R("fr-neg-amie-qui-souffre", "Pour une amie",
"""Bonjour,

Une amie très proche traverse une dépression et je pense que vous pourriez l'aider. Est-ce que je peux lui offrir des séances sous forme de bon cadeau ? Elle ne sait pas que je vous écris.

Merci,
Carole""", [], frm=("Carole Dumas", "carole.dumas@orange.fr")),

R("fr-neg-supprimer-ancienne-seance-agenda", "Agenda partagé",
"""Sandra, j'ai vu que dans l'agenda partagé de la salle il reste ta réservation du 3 mars qui n'a pas eu lieu. Tu peux l'effacer pour libérer le créneau ? Merci. Marc (asso Le Pavillon)""",
 [], frm=("Marc Chauvet", "lepavillon.asso@gmail.com")),

R("fr-neg-outlook-reponse-devis", "RE: Devis formation CNV",
"""Bonjour Madame Delomenie,

Merci pour votre devis. La direction a validé : nous partons sur les dates des 12 et 13 mai. Je vous retourne le devis signé en pièce jointe.

Cordialement,
Sonia Pichon""", [], frm=("Sonia Pichon", "s.pichon@menuiseries-berrichonnes.fr"), reply=True,
 quote=("outlook", "Sandra Delomenie", "contact@floraisondesoi.fr", "Devis formation CNV",
 "Bonjour Madame Pichon,\nVeuillez trouver ci-joint le devis pour la formation Communication non violente (2 jours, 8 participants).\nBien cordialement,\nSandra Delomenie"),
 attach=[("pdf", "devis_signe.pdf", "Devis n 2026-014 - Bon pour accord - Menuiseries Berrichonnes")],
 headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-neg-auto-reponse-propre", "Absence – Floraison de Soi",
"""Bonjour,

Je suis en formation jusqu'au 6 avril et je lirai vos messages à mon retour. Pour toute demande concernant vos données personnelles, vous pouvez écrire à sandra.delomenie@orange.fr.

Belle journée,
Sandra""", [], frm=S, to="sandra.delomenie@orange.fr",
 headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-info-rgpd-question-portabilite", "Format des documents",
"""Bonjour,

Si un jour je change de coach, est-ce que je pourrai récupérer mes fiches dans un format numérique ? C'est juste pour savoir, je commence à peine avec vous !

Merci,
Thibault""", [], frm=("Thibault Caillaud", "thibault.caillaud@gmail.com")),
# NEAR-LINE: hypothetical question about portability -> negative.

R("fr-neg-mairie-salon", "Salon du bien-être 2026",
"""Madame,

Vous trouverez ci-joint le dossier d'inscription au Salon du bien-être d'Issoudun (17-18 octobre 2026). Merci de le retourner complété avant le 30 avril.

Le service événementiel""", [], frm=("Ville d'Issoudun – Événements", "evenements@issoudun.fr"),
 attach=[("pdf", "dossier_salon_2026.pdf", "Salon du bien-etre Issoudun 2026 - dossier d'inscription exposant")]),

R("fr-neg-ancien-stagiaire-attestation", "Attestation de formation",
"""Bonjour,

J'ai besoin de l'attestation de fin de formation (session d'octobre 2025) pour mon dossier de VAE. Pouvez-vous me la renvoyer ? Je l'ai perdue.

Merci beaucoup,
Karim Ouali""", [], frm=("Karim Ouali", "karim.ouali@gmail.com")),
# NEAR-LINE: copy of a certificate she issued, not a request for personal records -> negative.

R("fr-neg-voisin-cabinet", "Stationnement",
"""Bonjour Madame, vos clientes se garent souvent devant mon garage au 44. Pourriez-vous leur indiquer le parking de la place ? Merci. M. Berthon""",
 [], frm=("Jean Berthon", "jean.berthon@orange.fr")),

R("fr-neg-mail-vide-pj", "Scan",
"", [], frm=("Hervé Simon", "herve.simon@free.fr"),
 attach=[("pdf", "contrat_signe.pdf", "Contrat d'accompagnement signe - Herve SIMON")]),

R("fr-neg-formation-rgpd-stagiaire", "Question sur le module éthique",
"""Bonjour Sandra,

Dans le module « Éthique du coach » de la formation, tu as parlé du droit d'accès des clients à leurs notes. Si un client me demande ses notes, je dois tout lui donner, même mes hypothèses de travail ? Je n'ai pas bien compris la nuance.

Merci !
Anaïs, promo 2026""", [], frm=("Anaïs Colin", "anais.colin.coach@gmail.com")),
# NEAR-LINE: RGPD as a training topic (how a right works) -> negative.

R("fr-neg-proprietaire-bail", "Révision du loyer du local",
"""Madame Delomenie,

Conformément au bail, le loyer du local du 46 rue d'Estienne d'Orves sera révisé au 1er avril selon l'indice ILC. Le nouveau montant est de 412 € HT mensuel.

Cordialement,
SCI Les Capucins""", [], frm=("SCI Les Capucins", "sci.lescapucins@orange.fr"), to="sandra.delomenie@orange.fr"),
]
