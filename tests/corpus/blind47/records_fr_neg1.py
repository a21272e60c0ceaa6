from common import m

RECORDS = [
# ------------------------------------------------------------------ everyday mail with trigger words (FR)
m("fr-neg-supprimer-creneau", "", "Aurore Tessier <aurore.tessier@gmail.com>",
  "Créneau de jeudi",
  """Bonjour Sandra,

Tu peux supprimer mon créneau de jeudi 17h ? J'ai une réunion parents-profs qui tombe pile dessus. Je regarde ton agenda en ligne et je reprends un rendez-vous la semaine suivante.

Merci !
Aurore"""),

m("fr-neg-effacer-tableau", "", "Hervé Dumas <herve.dumas@mairie-issoudun.fr>",
  "Salle des Minimes - samedi",
  """Bonjour Madame Delomenie,

Petit rappel pour l'utilisation de la salle des Minimes samedi : merci d'effacer le tableau blanc et de remettre les tables en U en partant, l'association de scrabble l'occupe dès 14h.

Les clés sont à récupérer à l'accueil de la mairie vendredi avant 16h30.

Cordialement,
Hervé Dumas
Service Vie associative - Mairie d'Issoudun""",
  hdr={"X-Mailer": "Microsoft Outlook 16.0"}, to="orange"),

m("fr-neg-acces-salle", "", "Yvette Marchand <yvette.marchand@orange.fr>",
  "Accès à la salle ?",
  """Bonjour,

Pour l'atelier de samedi, est-ce que l'accès à la salle se fait par la rue d'Estienne d'Orves ou par la cour derrière ? Je suis en fauteuil et je voudrais savoir s'il y a une rampe.

Merci beaucoup,
Yvette Marchand""", to="orange",
  date="2026-03-25 14:10"),

m("fr-neg-copie-facture", "", "Compta Laboratoires Berry Santé <comptabilite@berrysante.fr>",
  "Copie de facture F2026-018",
  """Bonjour,

Pourriez-vous nous transmettre une copie de la facture F2026-018 (formation « Prévention des RPS », 12 et 13 février) ? L'original s'est égaré entre deux services. Merci d'indiquer notre numéro de bon de commande BC-44821.

Cordialement,
Service comptabilité fournisseurs
Laboratoires Berry Santé""", hdr={"X-Mailer": "Microsoft Outlook 16.0"},
  date="2026-04-08 09:15"),

m("fr-neg-export-agenda", "", "Cyril Fabre <cyril.fabre@gmail.com>",
  "Export agenda",
  """Salut Sandra,

Comme promis pour ton site : pour exporter ton agenda Google vers le widget de réservation, tu vas dans Paramètres > Importer et exporter > Exporter. Ça te sort un .ics que tu m'envoies et je m'occupe du reste.

Si tu bloques on s'appelle mardi.
Cyril""", html="alt"),

m("fr-neg-corriger-document", "", "Martine Giraud <martine.giraud@outlook.fr>",
  "Support de formation - coquilles",
  """Bonjour Sandra,

J'ai relu le support « Communication non violente - niveau 1 » comme tu me l'avais demandé. Il y a quelques coquilles à corriger dans le document : page 4 « les besoins fondamentals », page 9 un tableau qui déborde, et la bibliographie n'est pas dans l'ordre alphabétique. Je t'ai mis les annotations dans le fichier joint.

Bonne relecture !
Martine""", att=[("docx", "CNV_niveau1_relu_MG.docx", "Communication non violente - niveau 1\nAnnotations de relecture : p.4 besoins fondamentaux ; p.9 tableau ; bibliographie")]),

m("fr-neg-s-opposer-conflit", "", "Nadine Perrot <nadine.perrot@free.fr>",
  "Question pour la prochaine séance",
  """Bonjour Sandra,

Pour la séance de lundi, j'aimerais qu'on travaille sur un point précis : comment m'opposer à ma belle-sœur sans que ça tourne au drame à chaque repas de famille. Elle décide de tout et je me sens toujours obligée de dire oui.

À lundi,
Nadine"""),

m("fr-neg-retirer-colis", "", "Sandrine Aubert <sandrine.aubert@gmail.com>",
  "Colis",
  """Coucou Sandra, je suis passée au relais colis du Carrefour pour retirer ton colis (les cartes émotions) comme tu m'avais demandé, je te les dépose demain à l'atelier. Bisous, Sandrine""",
  cte="8bit"),

m("fr-neg-consentement-theme", "", "Élodie Renard <elodie.renard@ac-orleans-tours.fr>",
  "Intervention au collège - thème du consentement",
  """Bonjour Madame Delomenie,

Je suis CPE au collège Les Capucins. Nous organisons en mai une semaine sur les relations affectives et nous aimerions vous proposer une intervention de deux heures auprès des 4e sur le thème du consentement (savoir dire non, respecter le non de l'autre).

Seriez-vous disponible et quel serait votre tarif ?

Bien cordialement,
Élodie Renard
CPE - Collège Les Capucins, Issoudun"""),

m("fr-neg-rgpd-formation", "", "Laurence Petit <l.petit@cci-indre.fr>",
  "Programme module RGPD pour les TPE",
  """Bonjour Sandra,

Suite à notre échange, je vous confirme que la CCI souhaite intégrer à votre parcours « Bien démarrer son activité » une demi-journée de sensibilisation au RGPD (registre des traitements, information des clients, droits des personnes). Pourriez-vous me faire une proposition de programme et de tarif d'ici le 20 ?

Nous avons 12 inscrits pour l'instant.

Bien à vous,
Laurence Petit
Chargée de formation - CCI de l'Indre""", cte="quoted-printable"),

m("fr-neg-mes-informations-inscription", "", "Pauline Gervais <pauline.gervais@laposte.net>",
  "Inscription atelier du 4 avril",
  """Bonjour,

Je souhaite m'inscrire à l'atelier « Oser dire non » du 4 avril. Voici mes informations pour l'inscription :
Pauline Gervais
14 rue de la Poterie, 36100 Issoudun
06 21 48 55 97
Je réglerai par virement.

Merci,
Pauline""",
  # NEAR-LINE: gives "mes informations" to register; no right exercised
  ),

m("fr-neg-annulation-stage", "", "Gaëlle Moreau <gaelle.moreau@hotmail.fr>",
  "Annulation stage de juillet",
  """Bonjour Sandra,

Malheureusement je dois annuler mon inscription au stage de juillet, ma mère est hospitalisée et je ne peux pas m'absenter. Est-ce que l'acompte peut être reporté sur une session à l'automne ?

Désolée,
Gaëlle"""),

m("fr-neg-annulation-rdv-sms", "", "Jordan <jordan.lefevre@gmail.com>",
  "rdv demain",
  """dsl je peux pas venir demain 10h, je suis malade. on reporte ? jordan""", cte="7bit"),

m("fr-neg-resiliation-abonnement", "", "Claudine Roy <claudine.roy@orange.fr>",
  "Résiliation de mon abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement au cercle mensuel en ligne à compter du mois prochain. Pouvez-vous arrêter le prélèvement Stripe ?

Merci pour ces mois de partage.
Claudine Roy""", to="orange",
  # NEAR-LINE: cancelling a subscription is a negative; no data request
  ),

m("fr-neg-annulation-formation-entreprise", "", "Service RH - Transports Berrichons <rh@transports-berrichons.fr>",
  "Report de la formation des 26 et 27 mars",
  """Madame,

En raison d'un pic d'activité, nous sommes contraints de reporter la formation « Gestion des conflits » prévue les 26 et 27 mars. Pourriez-vous nous proposer deux dates en mai ? Les six participants restent inscrits.

Nous restons à votre disposition.

Cordialement,
Isabelle Ferrand
Responsable RH
Transports Berrichons - ZI La Limoise, 36100 Issoudun""",
  hdr={"X-Mailer": "Microsoft Outlook 16.0", "Cc": "Direction <direction@transports-berrichons.fr>"}),

m("fr-neg-annulation-contrat", "", "Ludovic Marie <ludovic.marie@sfr.fr>",
  "Fin du contrat d'accompagnement",
  """Bonjour Madame Delomenie,

Je souhaite mettre fin au contrat d'accompagnement signé en janvier, après la séance du 2 avril qui sera donc la dernière. Je vous remercie de m'envoyer la facture de solde.

Cordialement,
Ludovic Marie"""),

m("fr-neg-suppression-creneau-calendly-moi", "", "Romane Chevalier <romane.chevalier@gmail.com>",
  "J'ai supprimé mon rdv par erreur",
  """Bonjour,

En voulant déplacer mon rendez-vous sur Calendly j'ai cliqué sur « supprimer » au lieu de « reprogrammer »… Est-ce que je peux reprendre le même créneau le mardi 14 à 18h ou il a été libéré pour quelqu'un d'autre ?

Merci et désolée !
Romane"""),

m("fr-neg-mdp-oublie", "", "Jeannine Foucher <jeannine.foucher@wanadoo.fr>",
  "Mot de passe",
  """Bonjour,

Je n'arrive plus à me connecter à la formation en ligne, j'ai dû me tromper de mot de passe trois fois et maintenant ça me dit que mon compte est bloqué. Comment faire pour en avoir un nouveau ? Je ne suis pas très douée avec l'ordinateur.

Merci,
Jeannine Foucher""", to="orange"),

m("fr-neg-acceder-espace", "", "Thibault Renaud <thibault.renaud@outlook.fr>",
  "Impossible d'accéder à mon espace",
  """Bonjour,

J'ai payé le module « Gérer son stress » hier mais je n'arrive pas à accéder à mon espace membre, le lien du mail de bienvenue me renvoie vers une page d'erreur. Pouvez-vous regarder ?

Thibault""", html="alt"),

m("fr-neg-lien-connexion", "", "Chloé Bernard <chloe.bernard@gmail.com>",
  "lien de connexion",
  """Bonsoir, je n'ai jamais reçu le lien de connexion pour le cours en ligne (j'ai regardé dans les spams). Mon adresse c'est bien celle-ci. Vous pouvez me le renvoyer ? Merci""",
  cte="base64"),

m("fr-neg-identifiant-mail", "", "Robert Lacroix <robert.lacroix@free.fr>",
  "Connexion avec quelle adresse ?",
  """Bonjour,

Pour me connecter à la plateforme, je dois utiliser mon adresse perso ou celle du travail ? Je me suis inscrit via mon entreprise et je ne sais plus. Aucune des deux ne marche avec mon mot de passe.

Robert Lacroix"""),

m("fr-neg-fermer-compte-seul", "", "Mathilde Caron <mathilde.caron@gmail.com>",
  "Fermer mon compte",
  """Bonjour Sandra,

Pourriez-vous fermer mon compte sur la plateforme de formation ? J'ai fini les modules et je ne m'en sers plus.

Merci et bonne journée,
Mathilde""",
  # NEAR-LINE: "close my account" with no mention of data -> negative per policy
  ),

m("fr-neg-desactiver-compte", "", "Franck Dubois <franck.dubois@laposte.net>",
  "desactivation compte",
  """bonjour, merci de desactiver mon compte membre, je n'en ai plus l'usage. cordialement F. Dubois""",
  cte="7bit",
  # NEAR-LINE: account deactivation only, nothing about data -> negative
  ),

m("fr-neg-rectifier-devis", "", "Agence Horizon Coaching RH <contact@horizon-rh.fr>",
  "Devis à rectifier",
  """Bonjour Sandra,

Le devis que vous nous avez envoyé pour l'intervention du 15 mai mentionne 14 participants au lieu de 12, et l'adresse de facturation est celle de notre ancien siège. Pourriez-vous rectifier le devis ? La bonne adresse : 3 avenue de la Gare, 18000 Bourges.

Merci,
Karine Vidal
Horizon Coaching RH""",
  # NEAR-LINE: correcting a company's quote (company address, headcount), not personal data -> negative
  ),

m("fr-neg-copie-attestation-employeur", "", "Sébastien Marchal <s.marchal@agrial-centre.fr>",
  "Attestation de présence",
  """Bonjour,

Mon employeur me demande une attestation de présence pour la formation des 5 et 6 mars, pour la prise en charge OPCO. Pourriez-vous me l'envoyer ? Je n'ai reçu que le certificat de réalisation.

Merci d'avance
Sébastien Marchal""",
  # NEAR-LINE: ordinary training paperwork (attendance certificate), not a copy of personal data -> negative
  ),

m("fr-neg-supprimer-groupe-whatsapp", "", "Valérie Husson <valerie.husson@gmail.com>",
  "Groupe WhatsApp du stage",
  """Coucou Sandra,

Dans le groupe WhatsApp du stage, quelqu'un a posté par erreur une photo qui n'a rien à voir (une facture je crois 😅). Tu es admin, tu peux supprimer le message ? La personne ne sait pas faire.

Bises
Valérie""", cte="8bit"),

m("fr-neg-retirer-produit-boutique", "", "Cyril Fabre <cyril.fabre@gmail.com>",
  "Re: Boutique en ligne",
  """C'est fait : j'ai retiré le produit « Pack 3 séances 2024 » de la boutique et masqué l'ancienne page de vente. J'ai aussi mis à jour la mention de copyright en bas de page.

Cyril""",
  quote="""Cyril, tu pourrais retirer l'ancien pack de la boutique ? Il n'est plus à jour. Merci ! Sandra""",
  qstyle="gmail", qfrom="Sandra Delomenie <contact@floraisondesoi.fr>"),

m("fr-neg-opposition-cheque", "", "Monique Fabre <monique.fabre@orange.fr>",
  "Chèque perdu",
  """Bonjour Madame,

Je crois avoir égaré le chèque que je devais vous remettre pour l'atelier de mars (n° 4477012). J'ai fait opposition auprès de ma banque par prudence, je vous règle par virement cette semaine. Désolée pour le contretemps.

Monique Fabre""", to="orange",
  # NEAR-LINE: "opposition" is about a bank cheque
  ),

m("fr-neg-donnees-exercice", "", "Patrice Gomez <patrice.gomez@gmail.com>",
  "Exercice sur les valeurs",
  """Bonjour Sandra,

J'ai fait l'exercice sur les valeurs : je te renvoie ma fiche remplie. Je me suis rendu compte que « sécurité » et « liberté » se battent en duel chez moi, ce qui explique pas mal de choses sur mon boulot.

À mardi,
Patrice""", att=[("pdf", "fiche_valeurs_Patrice.pdf", "Fiche valeurs - Patrice G. - securite / liberte / loyaute / creativite")]),

m("fr-neg-partage-ecran", "", "Éric Langlois <eric.langlois@gmail.com>",
  "Visio de demain",
  """Bonjour Sandra,

Pour la séance en visio de demain, je n'aurai accès qu'à mon ordinateur du bureau, qui bloque Zoom. On peut faire sur Google Meet ? Et je n'aurai pas de micro-casque, désolé pour l'écho.

Éric"""),

m("fr-neg-carte-cadeau", "", "Hélène Vidal <helene.vidal36@gmail.com>",
  "Bon cadeau",
  """Bonjour,

Je voudrais offrir une séance découverte à ma sœur pour son anniversaire. Est-ce que vous faites des bons cadeaux ? Si oui, je peux le payer en ligne et vous l'envoyer à quelle adresse ?

Merci !
Hélène"""),

m("fr-neg-question-tarif-suisse", "", "Nicolas Rochat <nicolas.rochat@sunrise.ch>",
  "Séances à distance depuis la Suisse",
  """Bonjour Madame,

Votre site mentionne des accompagnements à distance. Est-ce possible depuis Neuchâtel ? Et pouvez-vous me facturer en euros sans TVA suisse ? Je cherche à travailler sur une reconversion.

Avec mes meilleures salutations,
Nicolas Rochat"""),

m("fr-neg-quebec-horaire", "", "Marie-Ève Gagnon <me.gagnon@hotmail.com>",
  "Webinaire - heure du Québec",
  """Bonjour Sandra!

Le webinaire du 9 avril à 19h, c'est bien heure de Paris? Donc 13h chez nous à Montréal? Je veux m'assurer de pas le manquer cette fois-ci, j'ai tellement aimé le dernier.

Merci et à bientôt!
Marie-Ève"""),

m("fr-neg-belge-facture", "", "Pierre Janssens <pierre.janssens@skynet.be>",
  "Facture",
  """Bonjour Madame,

Pourriez-vous refaire la facture de l'accompagnement au nom de ma société (Janssens SRL, BE 0456.789.123) plutôt qu'à mon nom ? C'est pour la comptabilité. Je vous en remercie d'avance.

Bien à vous,
Pierre Janssens""",
  # NEAR-LINE: re-invoicing to the company; not correcting personal data -> negative
  ),
]
