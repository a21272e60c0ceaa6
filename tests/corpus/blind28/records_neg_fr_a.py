# -*- coding: utf-8 -*-
"""blind28 - French negatives, part A (human mail: multi-topic, rights-like words, no request)."""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


# NEAR-LINE: she exercised an access right at the hospital and deleted Facebook; nothing is
# asked of Sandra except a booking -> negative.
R(key="fr-neg-life-news-hospital-access-facebook", rights=[], lang="fr",
  frm="Claudine Perret <claudine.perret@gmail.com>", date="2025-02-24 20:12",
  subject="Nouvelles de février",
  body="""Bonsoir Sandra,

Un petit mail pour vous donner des nouvelles depuis notre dernière séance, parce qu'il s'en est passé des choses !

D'abord, j'ai suivi votre conseil et j'ai enfin demandé à l'hôpital de Bourges l'accès à mon dossier médical de 2019. J'ai reçu la copie la semaine dernière et, comme vous l'aviez pressenti, le fait de lire noir sur blanc ce qui s'était passé m'a fait plus de bien que de mal.

Ensuite, j'ai supprimé Facebook et Instagram de mon téléphone. Dix jours sans, et je dors mieux. Mon fils dit que je suis "déconnectée", je prends ça comme un compliment.

Au travail, ma cheffe a voulu modifier mes horaires sans me consulter. Je me suis opposée calmement, avec la méthode en quatre temps, et elle a reculé. Je n'en reviens toujours pas.

Bref : je voudrais bien une séance début mars pour consolider tout ça. Le mardi 11 ou le jeudi 13 en fin d'après-midi ?

Belle soirée,
Claudine""", shape="8bit")

# NEAR-LINE: "retirez-moi de la liste des participants" = cancelling a workshop registration,
# which the policy treats as a negative (not an objection or erasure).
R(key="fr-neg-cancel-workshop-remove-from-participants", rights=[], lang="fr",
  frm="Josiane Moulin <josiane.moulin@orange.fr>", date="2025-03-19 08:40",
  subject="Atelier du 22 mars - annulation",
  body="""Bonjour Sandra,

Je suis désolée, je ne pourrai pas venir à l'atelier de samedi : ma petite-fille a la varicelle et je la garde toute la semaine. Vous pouvez me retirer de la liste des participants et donner ma place à quelqu'un sur la liste d'attente.

Est-ce que l'acompte peut être reporté sur l'atelier d'avril ? Sinon tant pis, je comprends.

Bonne journée,
Josiane""", shape="8bit")

R(key="fr-neg-cancel-club-subscription", rights=[], lang="fr",
  frm="Arnaud Petitjean <arnaud.petitjean@gmail.com>", date="2025-08-29 13:18",
  subject="Résiliation Club Floraison",
  body="""Bonjour,

Je souhaite résilier mon abonnement mensuel au Club Floraison à partir de septembre. Le contenu est très bien mais je n'ai plus le temps de suivre les lives avec la reprise.

Pouvez-vous me confirmer qu'aucun prélèvement ne sera fait le 5 septembre ?

Merci,
Arnaud Petitjean""")

R(key="fr-neg-password-cannot-access-space", rights=[], lang="fr",
  frm="Monique Barbier <monique.barbier36@orange.fr>", date="2025-01-07 10:31",
  subject="je n'arrive plus à accéder à mon espace",
  body="""Bonjour Sandra,

Je n'arrive plus à accéder à mon espace de formation. Quand je tape mon mot de passe, il me dit qu'il est incorrect, et quand je clique sur "mot de passe oublié" je ne reçois rien (j'ai regardé dans les spams comme ma petite-fille me l'a dit).

Pouvez-vous m'aider ? Je voudrais finir le module sur le sommeil avant l'atelier de janvier.

Merci beaucoup,
Monique Barbier""", shape="8bit")

# NEAR-LINE: "fermer mon compte" with no mention of data -> negative per policy.
R(key="fr-neg-close-account-alone", rights=[], lang="fr",
  frm="Eric Vasseur <eric.vasseur@laposte.net>", date="2025-10-10 18:05",
  subject="Compte",
  body="""Bonjour,

Pouvez-vous fermer mon compte sur la plateforme de formation ? J'ai terminé le parcours et je ne l'utilise plus.

Merci et bonne continuation,
Eric Vasseur""", shape="8bit")

R(key="fr-neg-question-right-delete-invoices", rights=[], lang="fr",
  frm="Pauline Jacquet <pauline.jacquet@gmail.com>", date="2025-05-14 12:50",
  subject="Question RGPD (juste par curiosité)",
  body="""Bonjour Sandra,

Petite question qui me trotte dans la tête depuis que je travaille sur la conformité RGPD de ma propre micro-entreprise : si un jour un client vous demande d'effacer ses données, est-ce que vous avez le droit de garder les factures ? Et les notes de séance, elles, vous êtes obligée de les supprimer ?

Je ne vous demande rien pour moi, hein, je suis très contente d'être dans vos fichiers ! C'est juste pour savoir comment vous faites, vous qui êtes dans un métier proche du mien.

On se voit jeudi,
Pauline""", shape="8bit")

# NEAR-LINE: a copy of a complaint filed with the CNIL is a negative per policy, even though
# it describes rights the sender wanted to exercise.
R(key="fr-neg-cnil-complaint-copy", rights=[], lang="fr",
  frm="Gérard Lemoine <gerard.lemoine@free.fr>", date="2025-11-05 09:12",
  subject="Copie de ma plainte auprès de la CNIL",
  body="""Madame,

Pour votre information, vous trouverez ci-dessous le texte de la plainte que je viens de déposer sur le site de la CNIL.

---
Objet : Absence de réponse à une demande d'effacement
Responsable du traitement : Floraison de Soi (Sandra Delomenie), Issoudun
Description : Le 2 septembre 2025, j'ai demandé par téléphone l'effacement de mes données. Je continue à recevoir des courriels commerciaux. Je demande à la CNIL d'intervenir auprès de ce responsable de traitement.
---

Gérard Lemoine""", shape="8bit")

R(key="fr-neg-wife-asks-delete-husband-data", rights=[], lang="fr",
  frm="Danielle Fabre <danielle.fabre@wanadoo.fr>", date="2025-04-03 14:44",
  subject="Mon mari Jacques",
  body="""Bonjour Madame,

Mon mari Jacques Fabre a suivi quelques séances avec vous l'an dernier. Il ne veut plus en entendre parler et je voudrais que vous supprimiez tout ce que vous avez sur lui, ses notes et son adresse. Il n'aime pas écrire des mails, alors je le fais pour lui.

Par ailleurs, est-ce que votre atelier "Confiance en soi" est ouvert aux plus de 70 ans ? Cela me tenterait bien, pour moi.

Danielle Fabre""", shape="8bit")

R(key="fr-neg-mother-wants-adult-daughter-file", rights=[], lang="fr",
  frm="Annick Rolland <annick.rolland@sfr.fr>", date="2025-07-16 11:27",
  subject="Ma fille Océane",
  body="""Bonjour,

Ma fille Océane, qui a 24 ans, fait un coaching avec vous depuis le printemps. Je m'inquiète beaucoup pour elle en ce moment, elle ne nous parle presque plus.

Est-ce que je pourrais avoir une copie de vos notes ou au moins savoir ce qu'elle vous dit ? Je suis sa mère, je crois que j'ai le droit de savoir si elle va mal.

Annick Rolland""", shape="8bit")

# NEAR-LINE: an HR manager asking to correct an employee's name on a training certificate is
# about another living adult's data -> negative.
R(key="fr-neg-hr-correct-employee-name", rights=[], lang="fr",
  frm="Service RH - Fonderie du Berry <rh@fonderie-du-berry.fr>",
  cc="Van Thanh Nguyen <vt.nguyen@fonderie-du-berry.fr>", date="2025-06-12 15:30",
  subject="Correction attestation de formation - M. Nguyen",
  body="""Bonjour Madame Delomenie,

Nous avons bien reçu les attestations de la formation "Gestion des conflits" des 2 et 3 juin. Une erreur s'est glissée sur celle de notre salarié : il est écrit "Thanh Nguyen Van" au lieu de "Van Thanh Nguyen". Pourriez-vous corriger et nous renvoyer l'attestation, afin que nous puissions la transmettre à l'OPCO ?

Par ailleurs, la facture pourra être adressée directement à l'OPCO Atlas, dossier n° 2025-CT-118742.

Cordialement,

Sabrina Mercier
Responsable Ressources Humaines
Fonderie du Berry - Issoudun""")

R(key="fr-neg-thanks-above-quoted-deletion", rights=[], lang="fr",
  frm="Marion Chevallier <marion.chevallier@gmail.com>", date="2025-09-18 19:03",
  subject="Re: Votre demande de suppression",
  body="""Merci beaucoup Sandra pour votre réponse rapide et pour votre gentillesse. Tout est parfait.

Bonne continuation, et peut-être à un de ces jours.

Marion""",
  quote=dict(style="gmail", date="2025-09-18 10:22", subject="Votre demande de suppression",
             text="""Bonjour Marion,

Suite à votre demande du 12 septembre, je vous confirme que l'ensemble de vos données a été supprimé : votre fiche, vos notes de séance, votre compte sur la plateforme de formation et votre adresse de la liste de diffusion. Seules les factures sont conservées, comme la loi l'impose (10 ans).

Je vous souhaite une belle suite,
Sandra

> Le 12 sept. 2025 à 08:14, Marion Chevallier a écrit :
> Bonjour Sandra, je souhaite que vous supprimiez toutes mes données, merci."""),
  shape="8bit")

R(key="fr-neg-gives-testimonial-consent", rights=[], lang="fr",
  frm="Céline Dupuis <celine.dupuis@gmail.com>", date="2025-05-02 16:16",
  subject="Re: Votre témoignage ?",
  body="""Bonjour Sandra,

Avec plaisir ! Oui, vous pouvez publier mon témoignage sur le site et sur Instagram, avec mon prénom et ma photo (celle du stage où je ris, elle est la plus naturelle). Je vous donne mon accord sans souci.

Voici le texte, vous pouvez le raccourcir si c'est trop long :

"Je suis arrivée au stage épuisée et méfiante. Je suis repartie avec l'impression d'avoir retrouvé une vieille amie : moi."

Bises,
Céline""",
  quote=dict(style="gmail", date="2025-04-30 09:00", text="""Bonjour Céline,

Je prépare la nouvelle page de présentation du stage "Retrouver son élan" et j'aimerais beaucoup y faire figurer quelques témoignages. Accepteriez-vous que j'utilise quelques mots de vous, éventuellement avec une photo ? Bien sûr, vous pourrez retirer votre accord à tout moment.

Belle journée,
Sandra"""))

R(key="fr-neg-modify-booking-delete-slot", rights=[], lang="fr",
  frm="Vanessa Klein <vanessa.klein@outlook.fr>", date="2025-10-20 07:05",
  subject="Modification rdv",
  body="""Bonjour Sandra,

Est-ce qu'on pourrait modifier notre rendez-vous de jeudi ? Un déplacement professionnel vient de tomber. Vous pouvez supprimer le créneau de jeudi 23, et si possible me mettre le lundi 27 à la même heure.

Sinon je prendrai ce que vous avez, je m'adapte.

Vanessa""", shape="8bit")

R(key="fr-neg-invoice-wrong-amount", rights=[], lang="fr",
  frm="Laurent Besnard <laurent.besnard@gmail.com>", date="2025-04-25 09:49",
  subject="Erreur sur la facture",
  body="""Bonjour Sandra,

Je crois qu'il y a une erreur sur la facture d'avril : il y a 4 séances facturées à 70 €, alors qu'on avait dit que le forfait de 4 séances était à 250 €. Pouvez-vous corriger la facture et me renvoyer la bonne version ? Je paierai dès réception.

Merci, et à mardi,
Laurent""", shape="8bit")

R(key="fr-neg-course-export-pdf-broken", rights=[], lang="fr",
  frm="Lise Carpentier <lise.carpentier@gmail.com>", date="2025-11-08 15:23",
  subject="Bug module 4 + retour sur la formation",
  body="""Bonjour Sandra,

J'avance bien dans la formation, je suis au module 4. Deux remarques :

- le bouton "Exporter en PDF" de la fiche d'exercice ne fonctionne pas chez moi (ni sur Chrome ni sur Firefox), il tourne dans le vide. Du coup j'imprime les pages directement, ce n'est pas grave, mais d'autres personnes ont peut-être le même souci.

- la vidéo sur le "droit à l'erreur" est ma préférée jusqu'ici. Je l'ai partagée avec ma soeur (juste le titre, pas le lien, promis !).

Et une question : les modules 5 et 6 seront-ils disponibles avant Noël ?

Lise""")

# NEAR-LINE: asking for a copy of the training slides is about course material, not her
# personal data -> negative.
R(key="fr-neg-copy-of-training-slides", rights=[], lang="fr",
  frm="Alexandre Poirier <a.poirier@mairie-vatan.fr>", date="2025-06-19 10:11",
  subject="Support de formation du 17 juin",
  body="""Bonjour Madame,

Merci pour la journée de formation de mardi, les agents ont apprécié le ton et les exercices pratiques.

Serait-il possible de recevoir une copie du support de présentation (le diaporama) ainsi que la fiche "les 5 étapes de la demande" ? Plusieurs collègues n'ont pas pu prendre de notes.

Cordialement,
Alexandre Poirier
Secrétaire général - Mairie de Vatan""")

R(key="fr-neg-life-news-withdrew-application", rights=[], lang="fr",
  frm="Florence Michel <florence.michel@gmail.com>", date="2025-12-03 21:47",
  subject="Ça bouge !",
  body="""Chère Sandra,

Je n'ai pas pu attendre notre prochaine séance pour vous le dire : j'ai retiré ma candidature pour le poste à Paris. Après tout notre travail sur "ce que je veux vraiment", j'ai compris que je la présentais pour faire plaisir à mon père. Quel soulagement !

Autre nouvelle : j'ai osé m'opposer à la décision de mon frère de vendre la maison de famille sans nous consulter. Résultat, on va en parler tous ensemble à Noël. Ce sera sportif.

Et j'ai effacé de mon téléphone les messages de mon ex que je relisais en boucle. Vous aviez raison, ça ne servait qu'à me faire mal.

Je me sens un peu comme un arbre au printemps, si vous me permettez l'image.

À très vite,
Florence""", shape="alt")

R(key="fr-neg-returns-health-consent-form", rights=[], lang="fr",
  frm="Gaëlle Robin <gaelle.robin@laposte.net>", date="2025-02-06 08:26",
  subject="Formulaire de consentement signé",
  body="""Bonjour Sandra,

Voici le formulaire de consentement pour les données de santé, signé. J'ai coché toutes les cases, je suis d'accord pour que vous notiez les informations sur mes migraines et mon traitement si ça peut aider à adapter les séances.

Je vous joins aussi le questionnaire d'accueil rempli. J'ai eu du mal avec la question sur "ce qui vous donne de l'énergie", je n'ai rien trouvé, c'est peut-être un signe.

À lundi pour la première séance,
Gaëlle""",
  attach=[("consentement_donnees_sante_signe.pdf", "pdf",
           "Formulaire de consentement\nDonnees de sante\nSigne : Gaelle Robin"),
          ("questionnaire_accueil_Robin.docx", "docx",
           "Questionnaire d'accueil\nNom : Robin Gaelle\nAttentes : mieux gerer la fatigue")])

R(key="fr-neg-resubscribe-newsletter", rights=[], lang="fr",
  frm="Nicolas Dufour <nicolas.dufour@gmail.com>", date="2025-09-03 18:33",
  subject="Réinscription newsletter",
  body="""Bonjour Sandra,

Je crois que je me suis désinscrit de votre newsletter par erreur en faisant le tri dans ma boîte (j'ai cliqué un peu vite sur tout ce qui ressemblait à une lettre d'info). Pouvez-vous me réinscrire ? Je tiens à recevoir les dates des ateliers.

Merci !
Nicolas""", shape="8bit")

R(key="fr-neg-fellow-coach-asks-rgpd-practice", rights=[], lang="fr",
  frm="Isabelle Moreau - Coach & Sophrologue <isabelle@moreau-sophro.fr>", date="2025-01-21 13:40",
  subject="RGPD : comment tu fais ?",
  body="""Coucou Sandra,

Je profite de ce mail pour te remercier encore pour le covoiturage au salon de Bourges, c'était un bon moment.

J'ai une question de "collègue" : je suis en train de refaire ma politique de confidentialité et je bloque sur les demandes d'accès et d'effacement. Comment tu gères quand une cliente te demande de supprimer ses données mais que tu dois garder les factures ? Et tu demandes vraiment une pièce d'identité à chaque fois ? Je trouve ça un peu froid avec des personnes qu'on connaît.

Si tu as un modèle de réponse à me partager, je suis preneuse. Je t'offre un café au prochain salon en échange !

Bises,
Isabelle""")

R(key="fr-neg-parent-teen-workshop-image-consent-yes", rights=[], lang="fr",
  frm="Stéphanie Renaud <steph.renaud@gmail.com>", date="2025-06-24 22:01",
  subject="Inscription de Jade à l'atelier ados de juillet",
  body="""Bonjour Madame Delomenie,

Je vous renvoie le dossier d'inscription de ma fille Jade (13 ans) pour l'atelier "Estime de soi" du 8 juillet.

- Autorisation parentale : signée.
- Droit à l'image : oui, vous pouvez utiliser les photos de groupe.
- Allergies : aucune, mais elle ne mange pas de porc.
- Personne à contacter : moi, au 06 21 44 78 90.

Jade est un peu timide au début, mais elle s'ouvre vite. Elle a hâte (même si elle ne l'avouera pas).

Bien cordialement,
Stéphanie Renaud""",
  attach=[("Dossier_inscription_Jade_Renaud.pdf", "pdf",
           "Dossier d'inscription atelier ados\nJade Renaud\nAutorisation parentale signee")])

R(key="fr-neg-long-multi-topic-rgpd-at-work", rights=[], lang="fr",
  frm="Sébastien Marchetti <sebastien.marchetti@gmail.com>", date="2026-01-15 22:40",
  subject="Bilan de mi-parcours, facture et rdv",
  body="""Bonsoir Sandra,

Je profite d'un soir calme pour faire le point sur plusieurs choses.

Le parcours : on arrive à la moitié et je sens que quelque chose a bougé. Je m'énerve moins vite avec les enfants, et j'ai recommencé à courir. L'exercice des "petites victoires" est devenu un rituel du dimanche soir, je les note dans un carnet.

Le travail : ambiance étrange. On vient de subir une formation RGPD obligatoire de trois heures, où on nous a expliqué le droit d'accès, le droit à l'effacement, le droit d'opposition... J'ai pensé à vous quand le formateur a dit "le consentement doit être libre et éclairé" : c'est un peu ce qu'on travaille en séance, non ? Dire oui quand on pense oui.

La facture : j'ai bien reçu celle de décembre, mon entreprise la remboursera via le plan de formation, il faudra juste que vous y ajoutiez la mention "prestation de coaching professionnel". Je vous envoie le modèle de mention si besoin.

Le prochain rendez-vous : le 29 janvier à 19h me va très bien.

Merci pour tout,
Sébastien""")

# NEAR-LINE: a question about how long recordings are kept is a question about the policy,
# not a request for her data -> negative.
R(key="fr-neg-question-retention-recordings", rights=[], lang="fr",
  frm="Marianne Leclerc <marianne.leclerc@gmail.com>", date="2025-03-26 11:00",
  subject="Enregistrements des lives",
  body="""Bonjour Sandra,

Je me suis inscrite au cycle de lives de printemps. Avant la première séance, je voulais savoir : combien de temps conservez-vous les enregistrements des lives, et qui peut les voir ? Je suis fonctionnaire et je dois faire un peu attention à ce que je dis à visage découvert.

Si c'est seulement pour les inscrits et pour quelques mois, ça me va très bien.

Merci,
Marianne""", shape="8bit")

# NEAR-LINE: asking her to delete the WhatsApp group of a finished stage (admin action for the
# whole group) is logistics, not a request about the sender's own data -> negative.
R(key="fr-neg-delete-whatsapp-group-logistics", rights=[], lang="fr",
  frm="Emma Rivière <emma.riviere@gmail.com>", date="2025-11-30 17:48",
  subject="Groupe WhatsApp du stage d'octobre",
  body="""Coucou Sandra,

Avec les filles du stage d'octobre, on a créé notre propre groupe pour continuer à se donner des nouvelles (on s'appelle "Les Élancées", ça te plaira). Tu peux supprimer le groupe officiel du stage si tu veux, on n'y écrit plus, et ça t'en fera un de moins à gérer !

Merci encore pour ces deux jours. On a toutes gardé le petit caillou.

Emma""", shape="8bit")

# NEAR-LINE: "je me désinscris de l'atelier" is cancelling a registration, not unsubscribing from
# marketing -> negative.
R(key="fr-neg-desinscris-atelier", rights=[], lang="fr",
  frm="Patrice Lebon <patrice.lebon@orange.fr>", date="2025-04-09 07:40",
  subject="Désinscription atelier du 12 avril",
  body="""Bonjour,

Je me désinscris de l'atelier du 12 avril, j'ai un enterrement dans la famille ce jour-là. Pouvez-vous m'inscrire à la session de mai à la place ?

Cordialement,
Patrice Lebon""", shape="8bit")

# NEAR-LINE: an adult son asks to unsubscribe his living mother -> another living adult's
# data, negative per policy.
R(key="fr-neg-son-unsubscribe-living-mother", rights=[], lang="fr",
  frm="Cyril Bouchet <cyril.bouchet@gmail.com>", date="2025-08-13 13:58",
  subject="Newsletter de ma mère",
  body="""Bonjour,

Ma mère, Mme Ginette Bouchet, reçoit votre newsletter et s'inquiète à chaque fois qu'il y a un lien, elle a peur des arnaques. Je gère un peu ses mails maintenant. Pouvez-vous la retirer de la liste ?

Elle va bien, rassurez-vous, elle garde un très bon souvenir de vos ateliers mémoire.

Cyril Bouchet""", shape="8bit")

R(key="fr-neg-link-not-received-access-space", rights=[], lang="fr",
  frm="Hélène Vidal <helene.vidal@yahoo.fr>", date="2025-09-21 20:30",
  subject="Achat de la formation - pas d'accès",
  body="""Bonsoir,

J'ai acheté la formation "Oser s'affirmer en douceur" cet après-midi (paiement Stripe accepté, j'ai le reçu), mais je n'ai reçu aucun mail avec mes identifiants. Comment puis-je accéder à mon espace ?

Je joins la capture du reçu.

Merci d'avance,
Hélène Vidal""", attach=[("recu_stripe.png", "png")])

# NEAR-LINE: a duplicate invoice for the mutuelle is ordinary billing, not an access request.
R(key="fr-neg-invoice-duplicate-mutuelle", rights=[], lang="fr",
  frm="Jacqueline Morin <jacqueline.morin@gmail.com>", date="2025-07-07 11:41",
  subject="Duplicata facture",
  body="""Bonjour Sandra,

Ma mutuelle me demande les factures des séances de mars et avril pour le remboursement "médecines douces" (ils remboursent 4 séances par an, ce n'est pas rien). J'ai égaré les originaux : pourriez-vous m'en renvoyer une copie ?

Merci beaucoup et bonnes vacances si vous en prenez,
Jacqueline""", shape="8bit")

R(key="fr-neg-qc-magasiner-loi25", rights=[], lang="fr", var="CA",
  frm="Stéphanie Bouchard <stephanie.bouchard@videotron.ca>", date="2025-10-27 16:12",
  subject="Info sur vos formations en ligne",
  body="""Bonjour,

Je suis en train de magasiner une formation en ligne sur l'affirmation de soi pour l'hiver et la vôtre m'a été recommandée par une amie de Lévis.

Quelques questions :
- les vidéos sont-elles accessibles à vie ou pour une durée limitée ?
- y a-t-il un accompagnement en direct, compte tenu du décalage horaire ?
- petite question technique : ici, avec la Loi 25, on doit savoir où nos renseignements personnels sont hébergés. Les vôtres sont en France ou aux États-Unis ?

Merci et bonne fin de journée,
Stéphanie Bouchard
Québec""")

R(key="fr-neg-be-registration-question", rights=[], lang="fr", var="BE",
  frm="Véronique Lambert <veronique.lambert@skynet.be>", date="2025-02-13 14:02",
  subject="Stage de Pâques",
  body="""Bonjour Madame,

Une amie de Tournai m'a parlé de votre stage de Pâques. Est-ce qu'il reste des places pour le week-end du 19 avril ? Je viendrais en voiture, septante kilomètres de plus ou de moins ne me font pas peur.

Y a-t-il un logement conseillé près du lieu du stage ? Et faut-il apporter un tapis ?

Je vous remercie déjà et vous souhaite une belle journée.

Véronique Lambert""", shape="8bit")

R(key="fr-neg-ch-payment-twint", rights=[], lang="fr", var="CH",
  frm="Laurence Monnier <laurence.monnier@bluewin.ch>", date="2026-03-17 08:50",
  subject="Paiement du cycle de coaching",
  body="""Bonjour Madame Delomenie,

Je vous remercie pour la séance d'hier, j'ai trouvé les pistes très concrètes.

Concernant le paiement du cycle, est-il possible de régler par TWINT ou uniquement par carte via Stripe ? Sinon, un virement SEPA depuis ma banque cantonale fera l'affaire, pouvez-vous me transmettre votre IBAN ?

Avec mes meilleures salutations,
Laurence Monnier
Neuchâtel""", shape="8bit")

R(key="fr-neg-informal-deleted-zoom-mail", rights=[], lang="fr", var="informal",
  frm="alexia <alexia.b@gmail.com>", date="2025-05-20 18:54",
  subject="lien",
  body="""coucou sandra

jai supprimer le mail avec le lien zoom par erreur (en vidant ma boite...) tu peux me le renvoyer stp ? c bien ce soir 20h ?

merci !!
alexia""", shape="8bit")

R(key="fr-neg-course-feedback-consent-module", rights=[], lang="fr",
  frm="Bérangère Tissot <berangere.tissot@gmail.com>", date="2026-02-12 10:25",
  subject="Retour module \"Consentement et limites\"",
  body="""Bonjour Sandra,

Je voulais vous faire un retour sur le module "Consentement et limites" de la formation, que j'ai terminé hier soir.

C'est le module qui m'a le plus remuée. La partie sur le fait qu'on peut retirer son consentement à tout moment, même après avoir dit oui, m'a fait repenser à beaucoup de situations de ma vie, notamment au travail. Et l'exercice où l'on corrige la phrase "je suis désolée de te déranger" en "j'ai besoin de ton aide" est redoutable d'efficacité.

Une petite suggestion : ce serait bien d'avoir une version audio des fiches, pour les écouter en marchant.

Merci pour ce travail si juste.

Bérangère""")

R(key="fr-neg-exercised-rights-elsewhere-thanks", rights=[], lang="fr",
  frm="Yvette Garcia <yvette.garcia@free.fr>", date="2025-06-06 17:17",
  subject="Grâce à vous j'ose !",
  body="""Bonjour Sandra,

Une petite victoire à partager : ça faisait des mois que je recevais des appels d'une agence immobilière à qui je n'avais jamais rien demandé. Hier, j'ai osé leur écrire pour exiger qu'ils suppriment mes données et me disent d'où ils tenaient mon numéro. Avant notre travail ensemble, je n'aurais jamais fait ça, j'aurais continué à raccrocher en m'excusant !

Ils m'ont répondu dans la journée, très poliment.

Je vous embrasse et à dans quinze jours,
Yvette""", shape="8bit")

R(key="fr-neg-colleague-coach-referral", rights=[], lang="fr",
  frm="Caroline Perrot - Naturopathe <caroline@perrot-naturo.fr>", date="2025-03-28 12:15",
  subject="Une personne pour toi",
  body="""Bonjour Sandra,

Je te recommande une de mes clientes, Manon L., qui aurait besoin d'un accompagnement sur la confiance en soi (reprise du travail après un congé maternité compliqué). Elle m'a autorisée à te transmettre ses coordonnées : manon.l@example-mail.fr, 06 11 22 33 44. Elle attend ton appel.

Et merci encore pour le monsieur que tu m'as envoyé le mois dernier, il est ravi.

Bises,
Caroline""")

R(key="fr-neg-parent-change-teen-appointment", rights=[], lang="fr",
  frm="Olivier Marchand <olivier.marchand@orange.fr>", date="2025-11-17 07:22",
  subject="Rdv de Théo mercredi",
  body="""Bonjour Madame,

Théo a un contrôle de maths rajouté mercredi après-midi. Serait-il possible de modifier son rendez-vous à 17h30 au lieu de 15h ? Sinon on décale à la semaine suivante.

Merci et bonne journée,
Olivier Marchand""", shape="8bit")

R(key="fr-neg-thanks-above-quoted-rectification", rights=[], lang="fr",
  frm="Julien Lacroix <julien.lacroix@gmail.com>", date="2025-05-09 12:01",
  subject="Re: Mise à jour de vos coordonnées",
  body="""Parfait, merci Sandra ! J'ai bien reçu le rappel de rdv sur la nouvelle adresse.

Bonne journée,
Julien""",
  quote=dict(style="gmail", date="2025-05-09 09:40", subject="Mise à jour de vos coordonnées",
             text="""Bonjour Julien,

C'est fait : votre nouvelle adresse mail et votre nouveau numéro de téléphone sont enregistrés, les anciens ont été effacés de mon fichier et de la plateforme.

À jeudi,
Sandra

Le 8 mai 2025 à 21:12, Julien Lacroix <julien.lacroix@gmail.com> a écrit :
> Bonsoir, pouvez-vous remplacer mon ancienne adresse jlacroix@neuf.fr par julien.lacroix@gmail.com et mon numéro par le 06 77 31 20 48 ? Merci"""),
  shape="8bit")

R(key="fr-neg-retire-ce-que-jai-dit-sur-ma-soeur", rights=[], lang="fr",
  frm="Agathe Blanchard <agathe.blanchard@gmail.com>", date="2025-10-31 09:07",
  subject="Après la séance d'hier",
  body="""Bonjour Sandra,

Je repense à la séance d'hier et j'ai un peu honte. Je retire tout ce que j'ai dit sur ma soeur, j'étais en colère et c'était injuste. On s'est appelées hier soir et on a beaucoup pleuré toutes les deux, je crois que ça va aller.

Je voulais juste vous le dire avant la prochaine fois, pour ne pas que vous gardiez cette image-là d'elle.

Merci de m'avoir laissée vider mon sac sans me juger.

Agathe""", shape="8bit")

R(key="fr-neg-employer-asks-attendance-evaluations", rights=[], lang="fr",
  frm="Direction - Transports Mercier <direction@transports-mercier.fr>", date="2025-12-10 16:44",
  subject="Formation du 4 décembre - feuilles d'émargement et évaluations",
  body="""Madame,

Suite à la formation "Prévention des risques psychosociaux" du 4 décembre, nous aurions besoin :
- des feuilles d'émargement signées pour les 12 salariés (pour l'OPCO) ;
- des questionnaires d'évaluation individuels remplis par nos salariés, afin de les intégrer à leurs entretiens annuels.

Pouvez-vous nous les transmettre d'ici vendredi ?

Cordialement,
Francis Mercier
Directeur""", shape="8bit")

# NEAR-LINE: "surtout ne supprimez rien" answers a notice that an inactive account will be
# deleted: she wants to keep using the account, not to freeze processing -> negative.
R(key="fr-neg-dont-delete-inactive-account", rights=[], lang="fr",
  frm="Chantal Weber <chantal.weber@orange.fr>", date="2026-04-08 10:36",
  subject="Re: Votre compte de formation inactif",
  body="""Bonjour,

Non non, surtout ne supprimez rien ! J'ai fait une pause à cause d'un déménagement mais je compte reprendre la formation en mai. Je me reconnecte ce soir pour que le compte soit "actif".

Merci de m'avoir prévenue,
Chantal Weber""",
  quote=dict(style="gmail", frm="Floraison de Soi <contact@floraisondesoi.fr>", date="2026-04-07 08:00",
             text="""Bonjour Chantal,

Votre compte sur la plateforme de formation Floraison de Soi est inactif depuis bientôt 12 mois. Conformément à notre politique de confidentialité, il sera supprimé le 7 mai 2026 sans nouvelle connexion de votre part.

Floraison de Soi"""), shape="8bit")

R(key="fr-neg-efface-mon-mail-dhier-figuratif", rights=[], lang="fr",
  frm="Sophie Castel <sophie.castel@hotmail.fr>", date="2026-05-28 08:12",
  subject="Mon mail d'hier...",
  body="""Bonjour Sandra,

Si vous pouviez effacer de votre mémoire mon mail d'hier soir, ça m'arrangerait :) J'étais fatiguée et je me suis un peu emportée sur le prix du stage. Le tarif est tout à fait correct, c'est moi qui suis à découvert en fin de mois.

Je confirme donc mon inscription au stage de juillet, je vous fais le virement de l'acompte aujourd'hui.

Merci pour votre patience,
Sophie""", shape="8bit")

R(key="fr-neg-long-thanks-end-of-coaching-keep-in-touch", rights=[], lang="fr",
  frm="Véronique Aubert <veronique.aubert@gmail.com>", date="2026-06-22 19:55",
  subject="Merci",
  body="""Chère Sandra,

Voilà, c'était notre dernière séance, et j'ai mis trois jours à trouver les mots pour ce mail.

Quand je suis arrivée en janvier, je ne dormais plus, je pleurais dans la voiture avant d'aller au travail, et j'étais persuadée que le problème, c'était moi. Vous m'avez aidée à faire le tri : ce qui m'appartenait, ce qui ne m'appartenait pas. J'ai demandé ma mutation, je l'ai obtenue, et je commence en septembre à la médiathèque de Châteauroux.

Gardez bien mes coordonnées, je reviendrai sûrement pour une séance de temps en temps, et je veux continuer à recevoir vos lettres du mois, elles me font du bien le dimanche matin.

Je vous souhaite un très bel été,
Véronique""", shape="alt")

# NEAR-LINE: names several rights only to say none is wanted ("pas besoin de me désinscrire",
# "je ne vous demande pas de supprimer") -> no request.
R(key="fr-neg-names-rights-but-asks-nothing", rights=[], lang="fr",
  frm="Hélène Drouet <helene.drouet@gmail.com>", date="2025-12-12 20:05",
  subject="Changement d'adresse... pas pour vous !",
  body="""Bonsoir Sandra,

Petit mail pour rien, ou presque. Je fais du tri dans ma vie numérique et j'ai écrit à une dizaine de sites pour qu'ils suppriment mon compte ou me désinscrivent. Rassurez-vous : vous n'êtes pas sur la liste ! Pas besoin de me désinscrire de la newsletter, je l'adore, et je ne vous demande évidemment pas de supprimer quoi que ce soit. Mon adresse reste la même.

Je voulais surtout vous dire que l'atelier de novembre était magnifique, et que j'ai offert votre carte cadeau à ma belle-soeur pour Noël. Elle vous appellera en janvier.

Et pour la facture du stage, mon CE me rembourse finalement 50 %, je vous enverrai le formulaire à signer.

Belle soirée,
Hélène""", shape="8bit")

# NEAR-LINE: a forwarded access request addressed to a gym, sent to Sandra only for advice
# -> not a request to her.
R(key="fr-neg-friend-forwarded-data-request-advice", rights=[], lang="fr",
  frm="Nadine Charron <nadine.charron@orange.fr>", date="2026-05-06 14:22",
  subject="Tr: Demande d'accès - qu'en penses-tu ?",
  body="""Coucou Sandra,

Je me permets de te transférer le courrier que j'ai préparé pour la salle de sport qui ne veut pas me rendre mon dossier. Toi qui es toujours si carrée avec tout ça, tu trouves que c'est assez clair ? Je ne voudrais pas paraître agressive.

Et on se fait toujours notre balade du dimanche ?

Bises,
Nadine""",
  quote=dict(style="fwd_outlook", frm="Nadine Charron <nadine.charron@orange.fr>", date="2026-05-06 14:10",
             to="contact@fitnessvalley-issoudun.fr", subject="Demande d'accès à mes données",
             text="""Madame, Monsieur,

En application de l'article 15 du RGPD, je vous demande de me communiquer une copie de l'ensemble des données me concernant (fiche d'adhérente, historique de passage, bilan forme) ainsi que la liste des destinataires de ces données.

Je vous prie d'agréer mes salutations distinguées.

Nadine Charron"""), shape="8bit")
