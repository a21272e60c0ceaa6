from common import M

RECORDS = [
M("fr-neg-supprimer-creneau", "Créneau de jeudi",
"""Bonjour Sandra,

Pouvez-vous supprimer mon créneau de jeudi 17h ? J'ai une réunion qui a été déplacée. Je reprendrai un rendez-vous la semaine suivante via le lien Calendly.

Merci et désolée du contretemps !
Sabine""",
[], frm="Sabine Laroche <sabine.laroche@gmail.com>"),

M("fr-neg-effacer-tableau-salle", "Salle du 2e étage",
"""Bonjour Madame Delomenie,

Petit message de la part de l'accueil de la Maison des associations : après votre formation de samedi, le tableau blanc n'avait pas été effacé et le groupe de yoga de dimanche matin a dû le faire. Rien de grave, mais pourriez-vous penser à effacer le tableau et à remettre les chaises en cercle la prochaine fois ?

Merci beaucoup,
Josiane, accueil MDA Issoudun""",
[], frm="Maison des Associations Issoudun <accueil.mda@issoudun-asso.fr>"),

M("fr-neg-acces-salle-code", "Accès à la salle samedi",
"""Bonjour,

Je participe à la journée « Lâcher prise » de samedi. Comment on accède à la salle ? Il y a un code pour la porte du bâtiment ou quelqu'un sera à l'accueil ? Et est-ce que je peux me garer dans la cour ?

Merci,
Gilles Marchand""",
[], frm="Gilles Marchand <gilles.marchand@orange.fr>"),

M("fr-neg-copie-facture-comptable", "Copie de facture",
"""Bonjour,

Mon comptable me réclame une copie de la facture de mon accompagnement de mars (je l'ai égarée). Pourriez-vous me la renvoyer ? Au nom de l'EURL Voisin Menuiserie si possible, comme l'original.

Merci d'avance,
Arnaud Voisin""",
[], frm="Arnaud Voisin <arnaud.voisin@voisin-menuiserie.fr>"),

M("fr-neg-export-agenda-assistante", "Export de l'agenda",
"""Coucou Sandra,

J'ai fini de caler les ateliers de l'automne. Tu veux que je te fasse un export de l'agenda en .ics pour que tu l'importes dans ton Google Agenda, ou tu préfères que je partage directement le calendrier ?

Bisous,
Mélanie (ton assistante préférée, la seule d'ailleurs)""",
[], frm="Mélanie Cordier <melanie.cordier.va@gmail.com>"),

M("fr-neg-corriger-support-formation", "Coquilles dans le support",
"""Bonjour Sandra,

En relisant le support de la formation « Communication bienveillante », j'ai repéré quelques coquilles : page 12 « écoute activte », page 18 un tableau coupé, et le schéma de la page 23 n'a pas de légende. Si tu veux, je peux corriger le document directement dans le Drive.

Belle journée,
Hervé (co-animateur)""",
[], frm="Hervé Ducros <herve.ducros@gmail.com>"),

M("fr-neg-sopposer-a-sa-mere", "Après la séance",
"""Bonjour Sandra,

Je repensais à notre séance de mardi. Vous m'avez demandé pourquoi j'avais tant de mal à m'opposer à ma mère, et je crois que j'ai trouvé une piste : chez nous, dire non, c'était être ingrat. J'ai écrit trois pages là-dessus hier soir.

Est-ce que je peux les apporter la prochaine fois ?

À mardi,
Chloé""",
[], frm="Chloé Maréchal <chloe.marechal@gmail.com>"),

M("fr-neg-retirer-colis-relais", "Colis pour l'atelier",
"""Bonjour Sandra,

Les carnets pour l'atelier d'écriture sont arrivés au point relais (tabac de la place du 10 août) mais à votre nom. Je ne peux pas retirer le colis à votre place sans procuration. Vous pouvez passer avant jeudi ?

Nathalie""",
[], frm="Nathalie Brunet <nathalie.brunet@free.fr>"),

M("fr-neg-formation-consentement-theme", "Programme formation « Le consentement dans la relation d'aide »",
"""Bonjour,

Je suis infirmière en EHPAD et j'ai vu passer votre formation sur le consentement dans la relation d'aide (consentement éclairé, personnes vulnérables, directives anticipées). Est-elle finançable par le plan de développement des compétences ? Et reste-t-il des places pour la session de novembre ?

Cordialement,
Maryse Jolivet""",
[], frm="Maryse Jolivet <maryse.jolivet@ehpad-lesaulnes.fr>"),

M("fr-neg-module-rgpd-association", "Demande de devis : sensibilisation RGPD",
"""Bonjour Madame,

Notre association de bénévoles (aide aux devoirs) doit se mettre en conformité avec le RGPD. Proposez-vous un module de sensibilisation d'une demi-journée pour nos 15 bénévoles ? Nous aimerions aborder le droit d'accès, la durée de conservation et les fiches d'inscription des familles.

Merci de nous faire parvenir un devis.

Bien cordialement,
Jean-Luc Pasquier, président d'Entraide Scolaire Issoudun""",
[], frm="Jean-Luc Pasquier <entraide.scolaire.issoudun@gmail.com>"),

M("fr-neg-mes-informations-inscription", "Inscription atelier du 12 — mes informations",
"""Bonjour,

Suite à notre appel, voici mes informations pour l'inscription à l'atelier du 12 :
Nom : Ponsard
Prénom : Léa
Téléphone : 06 59 21 08 77
Adresse : 9 rue Pierre-Brossolette, 36100 Issoudun
Régime alimentaire : végétarienne (pour le repas partagé)

Je vous fais le virement dans la journée.
Léa""",
[], frm="Léa Ponsard <lea.ponsard@gmail.com>"),

M("fr-neg-annulation-atelier", "Annulation",
"""Bonsoir Sandra,

Je suis vraiment désolée mais je vais devoir annuler ma participation à l'atelier de dimanche, ma fille a la varicelle. Est-ce que je peux reporter sur celui de janvier ?

Bonne soirée,
Aude""",
[], frm="Aude Girard <aude.girard@laposte.net>"),

M("fr-neg-resiliation-abonnement-programme", "Résiliation de mon abonnement mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement au programme mensuel « Cercle Floraison » à compter du mois prochain. Merci de ne plus prélever à partir de juillet.

Cordialement,
Serge Alibert""",
[], frm="Serge Alibert <serge.alibert@orange.fr>"),

M("fr-neg-mot-de-passe-plateforme", "mot de passe",
"""Bonjour
j'arrive pas a me connecter a la plateforme, j'ai fait mot de passe oublié 3 fois mais je recois rien (meme pas dans les spams). Vous pouvez m'aider ? J'ai le module 4 a finir avant vendredi
Merci
Kévin""",
[], frm="Kevin Aubert <kevin.aubert36@gmail.com>", cte="8bit"),

M("fr-neg-acceder-mon-espace", "Accéder à mon espace",
"""Bonjour,

Comment puis-je accéder à mon espace membre ? Je n'ai jamais reçu le mail avec le lien après mon paiement.

Merci,
Rose Béranger""",
[], frm="Rose Beranger <rose.beranger@hotmail.fr>"),

# NEAR-LINE: "close my account" alone, no data mentioned -> negative
M("fr-neg-fermer-compte-seul", "Fermeture de compte",
"""Bonjour,
Merci de fermer mon compte sur la plateforme, je ne l'utilise plus.
Bonne journée
Yves Caron""",
[], frm="Yves Caron <yves.caron@sfr.fr>"),

# NEAR-LINE: asks whether the right exists, does not ask for the thing -> negative
M("fr-neg-ai-je-le-droit", "Question sur mes données",
"""Bonjour,

Une question un peu théorique : si un jour j'arrête l'accompagnement, ai-je le droit de vous demander de supprimer ce que vous avez noté pendant les séances ? Ou êtes-vous obligée de le garder un certain temps ?

Pour l'instant je continue, je me posais juste la question.

Merci,
Manuel""",
[], frm="Manuel Ortega <manuel.ortega@gmail.com>"),

M("fr-neg-combien-de-temps", "Conservation",
"""Bonjour Sandra, combien de temps gardez-vous les notes de séance une fois l'accompagnement terminé ? Simple curiosité, je lis votre politique de confidentialité et je m'y perds un peu entre les 2 ans et les 10 ans. Merci ! Inès""",
[], frm="Inès Morel <ines.morel@gmail.com>"),

M("fr-neg-cnil-copie-plainte", "Copie de ma plainte auprès de la CNIL",
"""Madame,

Pour information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée ce jour sur le site de la CNIL.

« Je reçois depuis plusieurs mois des courriels commerciaux de l'entreprise Floraison de Soi (Issoudun) malgré plusieurs demandes de désinscription restées sans effet. Je demande à la CNIL d'intervenir. »

Je n'attends plus rien de votre part.

Roger Vasseur""",
[], frm="Roger Vasseur <roger.vasseur@wanadoo.fr>"),

M("fr-neg-epouse-donnees-mari", "Mon mari",
"""Bonjour Sandra,

Mon mari, Philippe, a fait quelques séances avec vous l'an dernier. Il ne veut pas en parler et je m'inquiète pour lui. Est-ce que vous pourriez me dire ce qu'il vous a confié, ou au moins m'envoyer les notes ? Je suis sa femme, je pense que j'ai le droit de savoir.

Merci de votre compréhension,
Martine Roche""",
[], frm="Martine Roche <martine.roche@orange.fr>"),

M("fr-neg-merci-apres-effacement", "Re: Votre demande de suppression",
"""Merci beaucoup pour votre réponse rapide et pour votre gentillesse. Bonne continuation !
Aline""",
[], frm="Aline Pichon <aline.pichon@gmail.com>",
quote={"style": "gmail_fr", "subject": "Votre demande de suppression",
       "text": """Bonjour Aline,

Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers et de la plateforme, à l'exception des factures que je dois conserver dix ans.

Bien à vous,
Sandra Delomenie
Floraison de Soi"""}),

M("fr-neg-accord-temoignage", "Re: Votre témoignage ?",
"""Bonjour Sandra,

Oui, avec plaisir ! J'accepte que mon témoignage soit publié sur votre site et sur Facebook, avec mon prénom et l'initiale de mon nom (Sophie G.), sans photo.

Merci encore pour cet accompagnement,
Sophie""",
[], frm="Sophie Gauthier <sophie.gauthier@gmail.com>",
quote={"style": "apple_fr", "subject": "Votre témoignage ?",
       "text": """Bonjour Sophie,
Accepteriez-vous que je publie le petit mot que vous m'avez laissé ? Je ne le ferai qu'avec votre accord écrit.
Sandra"""}),

M("fr-neg-perdu-donnees-telephone-replay", "J'ai tout perdu !",
"""Bonjour Sandra,

Mon téléphone est tombé dans la piscine (oui, je sais) et j'ai perdu toutes mes données, photos, notes, tout. Du coup je n'ai plus le lien du replay de la conférence sur le sommeil. Vous pouvez me le renvoyer ?

Merci !!
Yannick""",
[], frm="Yannick Morvan <yannick.morvan@gmail.com>"),
# NEAR-LINE above: "perdu toutes mes données" is about his phone; he asks for a replay link -> negative

# NEAR-LINE: HR asking for attendance data of their employees = other adults' data -> negative
M("fr-neg-rh-emargement-salaries", "Feuilles d'émargement — formation gestion du stress",
"""Madame,

Dans le cadre de notre dossier OPCO, pourriez-vous nous transmettre les feuilles d'émargement et les évaluations individuelles de nos quatre salariés ayant suivi la formation « Gestion du stress » les 3 et 4 février (Mmes Blot et Sauvage, MM. Tissier et Nicolas) ?

Cordialement,
Corinne Lafarge
Responsable RH — Transports Berrichons SA""",
[], frm="Corinne Lafarge <c.lafarge@transports-berrichons.fr>",
headers=[("X-Mailer", "Microsoft Outlook 16.0")]),

M("fr-neg-collegue-telephone-stagiaire", "Numéro de Fabienne ?",
"""Salut Sandra,

Tu aurais le numéro de Fabienne, la dame de la promo de printemps qui faisait de la céramique ? Je voudrais lui proposer d'exposer au marché de Noël. Je n'ai que son prénom.

Merci !
Odile""",
[], frm="Odile Rigaud <odile.rigaud@gmail.com>"),

M("fr-neg-mere-fille-adulte", "Ma fille Clara",
"""Madame,

Ma fille Clara, 26 ans, vous consulte depuis quelques mois. Pourriez-vous me dire combien de séances elle a faites et ce qu'elle vous a payé ? Elle ne me dit rien et je m'inquiète pour ses finances.

Merci,
Françoise Leroy""",
[], frm="Françoise Leroy <francoise.leroy@orange.fr>"),

# NEAR-LINE: asks whether she could one day see her notes -> question about how a right works, negative
M("fr-neg-pourrai-je-voir-mes-notes", "Une question",
"""Bonjour Sandra,

Est-ce que c'est quelque chose qui se fait, de demander à voir ses notes de séance ? Pas maintenant, hein, je n'en ai pas besoin, mais je me demandais si c'était possible, un jour, ou si c'était réservé au praticien.

Bonne semaine,
Thomas""",
[], frm="Thomas Keller <thomas.keller@gmail.com>"),

M("fr-neg-fwd-amie-recommande", "TR: une coach super à Issoudun",
"""Bonjour Sandra,

Je vous transfère le message de mon amie Nadège qui m'a donné votre contact. Je serais intéressée par un premier rendez-vous découverte, avez-vous des disponibilités en soirée ?

Cordialement,
Patricia Lenoir""",
[], frm="Patricia Lenoir <patricia.lenoir@yahoo.fr>",
quote={"style": "fwd_fr", "who": "Nadège Boucher <nadege.boucher@gmail.com>",
       "to": "patricia.lenoir@yahoo.fr", "subject": "une coach super à Issoudun",
       "text": """Coucou Patou,

Comme promis, voici le contact de Sandra (contact@floraisondesoi.fr). Elle m'a beaucoup aidée l'an dernier, vas-y de ma part !

Bisous
Nadège"""}),

M("fr-neg-merci-rectification", "Re: Mise à jour de votre adresse",
"""Parfait, merci ! C'est bien la bonne adresse maintenant.

Bonne fin de semaine,
Gisèle""",
[], frm="Gisèle Dumont <gisele.dumont@orange.fr>",
quote={"style": "outlook_fr", "subject": "Mise à jour de votre adresse",
       "text": """Bonjour Gisèle,

C'est fait : votre nouvelle adresse (12 allée des Pins, 36100 Issoudun) remplace l'ancienne dans mon fichier.

Belle journée,
Sandra"""}),

# NEAR-LINE: "désinscription" from a workshop = cancelling a booking, not the newsletter -> negative
M("fr-neg-desinscription-atelier-samedi", "Désinscription atelier de samedi",
"""Bonjour,
Je dois me désinscrire de l'atelier de samedi 14 (Cohérence cardiaque), j'ai un imprévu professionnel. Merci de libérer ma place pour quelqu'un d'autre.
Bien cordialement,
Benoît Schmitt""",
[], frm="Benoit Schmitt <benoit.schmitt@gmail.com>"),

M("fr-neg-rdv-double-calendly", "Rendez-vous en double",
"""Bonjour,
Je crois que j'ai réservé deux fois le même créneau (mercredi 10h) par erreur via Calendly. Vous pouvez supprimer l'un des deux ?
Merci !
Ophélie""",
[], frm="Ophélie Garnier <ophelie.garnier@gmail.com>"),

# NEAR-LINE: correcting the content of a company invoice (number of days) is a business document, not personal data -> negative
M("fr-neg-facture-jours-corriger", "Facture n° 2025-088",
"""Bonjour Madame,

La facture n° 2025-088 mentionne 3 jours de formation alors que la convention porte sur 2 jours (14 heures). Pourriez-vous la corriger et nous la renvoyer pour que nous puissions la transmettre à l'OPCO ?

Cordialement,
Service comptabilité — Menuiseries Lebrun SARL""",
[], frm="Comptabilité Menuiseries Lebrun <compta@menuiseries-lebrun.fr>"),

M("fr-neg-envoi-questionnaire-rempli", "Mon questionnaire rempli",
"""Bonjour Sandra,
Voici en pièce jointe mes réponses au questionnaire préparatoire pour notre séance de lundi. J'ai eu du mal avec la question 7, on en reparlera !
À lundi,
Marine""",
[], frm="Marine Chauvet <marine.chauvet@gmail.com>",
attachments=[{"kind": "docx", "name": "questionnaire_preparatoire_Chauvet.docx",
              "text": "Questionnaire préparatoire\n1. Qu'attendez-vous de l'accompagnement ? Retrouver de l'élan.\n7. Votre plus grande peur ? Je ne sais pas."}]),

M("fr-neg-remboursement-retard", "Remboursement toujours pas reçu",
"""Bonjour,

Cela fait maintenant trois semaines que vous m'avez annoncé le remboursement du stage annulé (240 €) et je n'ai toujours rien reçu sur mon compte. Pouvez-vous vérifier ? Je commence à trouver le temps long.

Cordialement,
Jean-Marc Tessier""",
[], frm="Jean-Marc Tessier <jm.tessier@orange.fr>"),

M("fr-neg-retour-seance-drole", "Bilan de ma semaine d'exercices",
"""Sandra,

Rapport de mission, semaine 3 :
- respiration carrée : réussie 5 fois sur 7, échouée deux fois parce que le chat s'est assis sur moi ;
- « dire non une fois par jour » : j'ai dit non au boulanger qui me proposait un croissant en plus. Il a eu l'air blessé. Je ne sais pas si ça compte ;
- journal de gratitude : je suis reconnaissant d'avoir un journal de gratitude.

À jeudi, je ramène les croissants pour me faire pardonner.
Gaspard""",
[], frm="Gaspard Lemoine <gaspard.lemoine@gmail.com>"),

M("fr-neg-prospect-tarifs", "[Floraison de Soi] Nouveau message depuis le formulaire de contact",
"""Nom : Samia Khelifi
E-mail : samia.khelifi@gmail.com
Sujet : Tarifs accompagnement

Message :
Bonjour,

Je cherche un accompagnement pour une reconversion professionnelle (je suis aide-soignante depuis 15 ans). Pourriez-vous m'indiquer vos tarifs et la durée habituelle d'un accompagnement ? Est-ce éligible au CPF ?

Merci,
Samia Khelifi

--
Cet e-mail a été envoyé via le formulaire de contact de https://floraisondesoi.fr""",
[], frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to="contact@floraisondesoi.fr",
reply_to="Samia Khelifi <samia.khelifi@gmail.com>", headers=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")]),

M("fr-neg-traiteur-devis", "Devis buffet anniversaire Floraison de Soi",
"""Bonjour Madame Delomenie,

Suite à votre demande, veuillez trouver ci-joint notre devis pour le buffet des 5 ans de Floraison de Soi (40 personnes, formule « Berry gourmand »). Le devis est valable 30 jours.

N'hésitez pas à revenir vers nous pour toute modification.

Cordialement,
Aurélien — Les Saveurs du Berry, traiteur""",
[], frm="Les Saveurs du Berry <contact@saveursduberry.fr>",
attachments=[{"kind": "pdf", "name": "Devis_D2025-142.pdf", "text": "DEVIS D2025-142 - Buffet Berry gourmand 40 personnes - Floraison de Soi"}]),

M("fr-neg-collab-atelier-commun", "Idée d'atelier à deux voix",
"""Bonjour Sandra,

On s'est croisées au salon bien-être de Châteauroux. Je suis naturopathe à Vierzon et j'aurais une idée d'atelier commun « Stress et alimentation » : toi sur la partie émotionnelle, moi sur l'assiette. Ça te tenterait d'en discuter autour d'un café ?

Belle journée,
Armelle Jacquet""",
[], frm="Armelle Jacquet <armelle.naturo@gmail.com>"),

M("fr-neg-supprimer-message-erreur", "Message envoyé par erreur",
"""Bonjour,

Je vous ai envoyé ce matin un message destiné à ma sœur (la liste de courses…), veuillez ne pas en tenir compte et le supprimer. Toutes mes excuses !

Bonne journée,
Hélène Dufour""",
[], frm="Hélène Dufour <helene.dufour@laposte.net>"),

M("fr-neg-efface-mail-lien", "lien zoom ?",
"""Bonjour, j'ai effacé votre mail par erreur en faisant le tri, est-ce que vous pouvez me renvoyer le lien zoom pour l'atelier de ce soir ? merci ! Sarah""",
[], frm="Sarah Benhamou <sarah.benhamou@gmail.com>", cte="8bit"),

M("fr-neg-sopposer-changement-date", "Changement de date du stage",
"""Bonjour,

Je m'oppose fermement au changement de date du stage de juillet annoncé hier : j'ai posé mes congés en fonction et mon billet de train n'est pas remboursable. Ne peut-on vraiment pas maintenir les dates initiales ?

Cordialement,
Patricia Vidal""",
[], frm="Patricia Vidal <patricia.vidal@orange.fr>"),

M("fr-neg-retire-candidature", "Formation praticien — je retire ma candidature",
"""Bonjour Madame Delomenie,

Après réflexion, je retire ma candidature pour la formation de praticien en relation d'aide de septembre. Mon projet n'est pas assez mûr et je préfère attendre l'année prochaine.

Merci pour l'entretien, qui m'a beaucoup éclairée.
Anaïs Royer""",
[], frm="Anaïs Royer <anais.royer@gmail.com>"),
]
