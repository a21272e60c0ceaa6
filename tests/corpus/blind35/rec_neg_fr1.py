# French negatives, part 1: ordinary coaching/business mail with trigger words, cancellations,
# access problems, "close my account", questions about rights, CNIL, other adults, thank-yous, consent.
from common import R, SANDRA, CONTACT

RECORDS = [
R("n-fr-modifier-rdv", [], "fr", "Corinne Aubry <corinne.aubry@gmail.com>", "Modifier mon rendez-vous",
"""Bonjour Sandra,

Serait-il possible de modifier notre rendez-vous de jeudi 14h ? J'ai une réunion qui a été déplacée. Vendredi matin m'irait très bien, ou lundi en fin de journée.

Merci !
Corinne
"""),

R("n-fr-fichier-supprime", [], "fr", "Pauline Garnier <pauline.garnier@gmail.com>", "module 3",
"""Bonjour,

Petite catastrophe : j'ai supprimé par erreur le PDF du module 3 (les exercices sur les croyances limitantes) de mon ordinateur. Est-ce que vous pourriez me le renvoyer, ou m'indiquer où le retrouver sur la plateforme ?

Merci d'avance,
Pauline
"""),

R("n-fr-coquille-support", [], "fr", "Bernard Collet <bernard.collet@orange.fr>", "Coquille dans le support",
"""Bonjour Madame,

En relisant le support de la formation « Communication bienveillante », j'ai repéré une coquille page 12 : « les besoins fondamentaux » est écrit « les besions ». Peut-être à corriger pour la prochaine session !

Merci encore pour ces deux jours très riches.
Bernard Collet
"""),

R("n-fr-opco-convention", [], "fr", "Service formation – Transports Berrichons <formation@transports-berrichons.fr>",
  "Convention de formation – copie signée",
"""Bonjour Madame Deloménie,

Pour compléter le dossier de prise en charge auprès de l'OPCO Mobilités, pourriez-vous nous transmettre une copie signée de la convention de formation ainsi que la feuille d'émargement des 12 et 13 mai ?

Nos salariés ont par ailleurs besoin d'un accès à la plateforme pour le module e-learning complémentaire.

Cordialement,
Nathalie Pasquier
Assistante RH
""", shape="alt"),

R("n-fr-oppose-chef", [], "fr", "Lucie Perret <lucie.perret@gmail.com>", "Suite à notre séance",
"""Bonjour Sandra,

J'ai repensé à notre séance. Je me rends compte que je m'oppose systématiquement à mon chef dès qu'il me fait une remarque, même quand elle est juste. Je crois que c'est lié à ce qu'on a dit sur mon père.

J'ai commencé le journal que tu m'as conseillé. Est-ce que je peux te l'apporter la prochaine fois ?

Lucie
"""),

R("n-fr-journal-effacer", [], "fr", "Inès Moulin <ines.moulin@free.fr>", "Mon exercice de la semaine",
"""Bonjour Sandra,

Voici mon exercice « ce que je veux effacer / ce que je veux faire fleurir » :

À effacer : la petite voix qui me dit que je ne suis pas légitime ; les soirées à répondre aux mails du boulot ; la culpabilité quand je dis non.
À faire fleurir : la danse, les dimanches sans écran, mes amitiés.

C'était dur mais ça m'a fait du bien. À mardi !
Inès
""", att=[("docx", "exercice_semaine4_Ines.docx")]),

R("n-fr-partenaire-rgpd", [], "fr", "Élise Caradec <elise@caradec-sophrologie.fr>", "Atelier commun en juin ?",
"""Coucou Sandra,

Comme évoqué au salon bien-être, je serais ravie d'organiser avec toi un atelier « Stress et respiration » en juin. Je m'occupe de la salle, tu t'occupes des inscriptions via Systeme.io ?

Pour la partie RGPD, je pense qu'il faudra préciser dans le formulaire que les données sont partagées entre nous deux. Tu as un modèle de clause ?

Bises,
Élise
"""),

R("n-fr-comptable-export", [], "fr", "Cabinet Rivière Expertise <compta@riviere-expertise.fr>", "Clôture 2025 – éléments manquants",
"""Bonjour Madame Dumot-Deloménie,

Pour la clôture de l'exercice 2025, merci de nous transmettre :
- l'export CSV des encaissements Stripe (janvier à décembre) ;
- les relevés bancaires de novembre et décembre ;
- la copie des factures fournisseurs Systeme.io et OVH.

Vous pouvez déposer ces documents sur votre espace client.

Bien cordialement,
Julien Rivière
Expert-comptable
""", shape="alt"),

R("n-fr-webmaster-mentions", [], "fr", "Yann Le Goff <yann@legoff-web.fr>", "Mise à jour du site",
"""Bonjour Sandra,

C'est fait : j'ai modifié la page « Politique de confidentialité » avec la nouvelle version que tu m'as envoyée, et j'ai corrigé le bandeau cookies (le bouton « Refuser » est maintenant aussi visible que « Accepter », comme le demande la CNIL).

J'ai aussi supprimé l'ancien formulaire de contact qui n'était plus relié à rien.

Facture en pièce jointe.
Yann
""", att=[("pdf", "Facture_2025-031.pdf")]),

R("n-fr-desencombrement", [], "fr", "Fabienne Roux <fabienne.roux@gmail.com>", "Défi désencombrement 😄",
"""Sandra !!

Défi relevé : j'ai supprimé 3 000 mails, vidé mon drive, désinstallé 12 applis, et je me suis désinscrite de toutes les newsletters inutiles (pas la tienne, promis 😉).

Je me sens tellement plus légère. Merci pour ce challenge !
Fabienne
"""),
# NEAR-LINE: "désinscrite" and "supprimé" describe her own homework; she explicitly keeps this newsletter.

R("n-fr-copie-slides", [], "fr", "Arnaud Millet <arnaud.millet@outlook.fr>", "Copie du diaporama",
"""Bonjour,

Merci pour la conférence d'hier soir à la médiathèque. Serait-il possible d'avoir une copie du diaporama ? Je voudrais le partager avec mon équipe.

Bien cordialement,
Arnaud Millet
"""),

R("n-fr-consentement-relations", [], "fr", "Mélissa <melissa.durand@gmail.com>", "avant la séance",
"""Bonjour Sandra,

Pour la séance de demain j'aimerais qu'on parle du consentement dans mon couple, je n'arrive pas à dire quand je ne suis pas d'accord et ensuite je me sens mal. J'ai noté quelques situations.

À demain,
Mélissa
"""),

R("n-fr-facture-tva", [], "fr", "Comptabilité Pharmacie du Marché <compta@pharmaciedumarche36.fr>", "Correction facture F-2025-118",
"""Bonjour,

Sur votre facture F-2025-118 (formation gestion des conflits, 2 participants), le montant HT indiqué est 1 200 € mais le total TTC est calculé avec une TVA à 20 %, alors que vous nous aviez indiqué être exonérée (art. 261-4-4° du CGI). Pouvez-vous corriger et nous renvoyer la facture ?

Merci,
Service comptabilité
"""),

R("n-fr-cpf", [], "fr", "Thierry Bailly <thierry.bailly@gmail.com>", "Formation éligible CPF ?",
"""Bonjour,

Votre formation « Devenir coach en développement personnel » est-elle éligible au CPF ? Et combien de places restent-il pour la session de septembre ?

Merci de votre retour,
Thierry Bailly
"""),

R("n-fr-salle-acces", [], "fr", "Mairie d'Issoudun – Service vie associative <vie.asso@issoudun.fr>", "Réservation salle Albert Camus",
"""Madame,

Nous vous confirmons la réservation de la salle Albert Camus le samedi 15 novembre de 9h à 18h. L'accès se fera par l'entrée latérale ; les clés sont à retirer à l'accueil de la mairie la veille.

Merci de nous retourner l'attestation d'assurance.

Service vie associative
""", shape="alt"),

R("n-fr-collegue-registre", [], "fr", "Marion Lopez <marion.lopez.coach@gmail.com>", "RGPD : comment tu fais ?",
"""Hello Sandra,

Petite question entre consœurs : comment tu gères les demandes RGPD, toi ? Une cliente m'a demandé une copie de ses notes et je ne sais pas trop quoi lui envoyer ni sous quel délai. Tu as un registre des traitements ? Un modèle de réponse ?

Merci d'avance, on se voit au groupe de supervision,
Marion
"""),
# NEAR-LINE: a colleague asking how to handle requests; no right is exercised towards Sandra.

R("n-fr-donne-accord-temoignage", [], "fr", "Sophie Tessier <sophie.tessier@gmail.com>", "Re: Votre témoignage ?",
"""Bonjour Sandra,

Avec plaisir ! Je vous donne mon accord pour publier mon témoignage sur votre site, avec mon prénom et la photo que je vous ai envoyée. Vous pouvez le raccourcir si besoin.

Belle journée,
Sophie
""", quote=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mer. 9 avr. 2025 à 18:20",
"""Bonjour Sophie,
Votre retour sur le stage m'a beaucoup touchée. Accepteriez-vous que je le publie sur mon site ?
Sandra""")),
# NEAR-LINE: giving consent, not withdrawing it -> negative.

R("n-fr-accord-enregistrement", [], "fr", "Yannick Leroy <yannick.leroy@orange.fr>", "enregistrement",
"""Bonjour,

Pas de souci pour l'enregistrement de la séance de groupe, j'accepte. Je préfère juste que mon nom de famille n'apparaisse pas dans le titre de la vidéo.

Yannick
"""),

R("n-fr-annul-atelier", [], "fr", "Brigitte Renard <brigitte.renard@wanadoo.fr>", "Annulation atelier du 15",
"""Bonjour Sandra,

Je suis désolée mais je dois annuler mon inscription à l'atelier du samedi 15. Ma mère est hospitalisée et je dois rester auprès d'elle. Est-il possible de reporter sur la session de mars ?

Brigitte
"""),

R("n-fr-resilier-cercle", [], "fr", "Aurore Poulain <aurore.poulain@gmail.com>", "Résiliation abonnement cercle mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement au cercle mensuel à partir du mois prochain (prélèvement Stripe du 5). Merci de me confirmer qu'il n'y aura plus de prélèvement.

Aurore Poulain
"""),
# NEAR-LINE: cancelling a subscription is a negative (payment stops; no data request).

R("n-fr-supprimer-creneau", [], "fr", "Gilles Hubert <gilles.hubert@free.fr>", "creneau jeudi",
"""Bonjour, vous pouvez supprimer mon créneau de jeudi 10h, je ne pourrai pas venir. Je reprends rendez-vous via Calendly pour la semaine suivante. Gilles
"""),

R("n-fr-entreprise-annule", [], "fr", "Laurence Mercier <l.mercier@ateliers-indre.fr>", "Formation du 3 juin – annulation de deux inscriptions",
"""Madame,

Nous vous informons que deux de nos salariés, M. Dumont et Mme Sauvage, ne pourront pas participer à la formation « Gestion du stress » du 3 juin. Merci de retirer leurs inscriptions ; les trois autres participants sont maintenus.

Cordialement,
Laurence Mercier
Responsable RH
"""),

R("ca-n-annuler-rdv", [], "fr-CA", "Mélanie Pelletier <melanie.pelletier@videotron.ca>", "Annuler mon rendez-vous",
"""Bonjour Sandra,

Faut que j'annule mon rendez-vous Zoom de mardi, j'ai une urgence au travail. On pourrait-tu le remettre à la semaine prochaine?

Merci!
Mélanie
"""),

R("n-fr-fin-contrat", [], "fr", "Olivier Marchand <olivier.marchand@gmail.com>", "Fin de l'accompagnement",
"""Bonjour Sandra,

Je souhaite mettre fin à notre contrat d'accompagnement après la séance de vendredi, comme le permet l'article 6. Mes objectifs sont atteints et je me sens prêt à continuer seul.

Merci infiniment pour ces mois de travail.
Olivier
"""),

R("n-fr-acces-espace", [], "fr", "Josiane Leblanc <josiane.leblanc@orange.fr>", "Accès à mon espace",
"""Bonjour,

Je n'arrive plus à accéder à mon espace formation. Quand je clique sur « Se connecter », la page tourne et rien ne se passe. J'ai essayé sur la tablette et l'ordinateur.

Pouvez-vous m'aider ?
Josiane Leblanc
"""),

R("n-fr-mdp-oublie", [], "fr", "Benjamin Faure <benjamin.faure@gmail.com>", "mot de passe",
"""bonjour j ai demande a reinitialiser mon mot de passe mais je ne recois pas le mail (j ai regarde dans les spams). mon adresse c est celle ci. merci
""", shape="plain"),

R("n-fr-module-bloque", [], "fr", "Annie Vasseur <annie.vasseur@laposte.net>", "Module 4 bloqué",
"""Bonjour Sandra,

J'ai terminé le module 3 mais le module 4 reste verrouillé (« contenu disponible dans 7 jours »). C'est normal ? Je voulais avancer pendant les vacances.

Merci,
Annie
"""),

R("be-n-pas-recu-acces", [], "fr-BE", "Caroline Dupont <caroline.dupont@hotmail.be>", "Pas reçu mes accès",
"""Bonjour,

J'ai payé la formation en ligne hier soir (paiement Bancontact via Stripe) mais je n'ai toujours pas reçu mes codes d'accès. Pourriez-vous vérifier ?

Merci beaucoup, bonne journée,
Caroline
"""),

R("n-fr-fermer-compte", [], "fr", "Marc Guillot <marc.guillot@gmail.com>", "Compte",
"""Bonjour, pouvez-vous fermer mon compte sur la plateforme de formation ? Merci. Marc Guillot
"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

R("n-fr-cloturer-compte", [], "fr", "Nadine Chauvin <nadine.chauvin@free.fr>", "Clôture de compte",
"""Bonjour Sandra,

J'ai terminé le parcours et je n'en aurai plus l'utilité : tu peux clôturer mon compte élève. Merci pour tout, c'était top !

Nadine
"""),
# NEAR-LINE: account closure alone -> negative.

R("n-fr-question-droit-suppr", [], "fr", "Agnès Poirier <agnes.poirier@gmail.com>", "Question sur mes notes",
"""Bonjour Sandra,

Une question qui me trotte dans la tête : ai-je le droit de demander la suppression de mes notes de séance une fois l'accompagnement terminé ? Et combien de temps les gardez-vous en général ?

Je ne demande rien pour l'instant, c'est juste pour savoir.

Agnès
"""),
# NEAR-LINE: question about how a right works, explicitly not asking -> negative.

R("n-fr-question-desinscription", [], "fr", "Rémi Lambert <remi.lambert@gmail.com>", "Newsletter et formation",
"""Bonjour,

Si je me désinscris de la newsletter, est-ce que je garde quand même l'accès à la formation en ligne et les mails de rappel des lives ? Je ne voudrais pas perdre mon accès.

Merci,
Rémi
"""),
# NEAR-LINE: question about consequences of unsubscribing, no unsubscribe requested -> negative.

R("ch-n-procedure-acces", [], "fr-CH", "Sabine Gerber <sabine.gerber@bluewin.ch>", "Procédure",
"""Bonjour Madame,

Pourriez-vous m'expliquer comment se passe concrètement l'exercice du droit d'accès chez vous ? Faut-il obligatoirement joindre une pièce d'identité, et dans quel délai répondez-vous ? Je me renseigne pour une amie qui hésite à s'inscrire.

Avec mes salutations,
Sabine Gerber
"""),

R("n-fr-cnil-copie-plainte", [], "fr", "Grégory Lemaitre <gregory.lemaitre@gmail.com>", "Copie de ma plainte CNIL",
"""Madame,

Pour information, vous trouverez ci-dessous la copie de la réclamation que je viens de déposer auprès de la CNIL.

-----
Réclamation n° 25-118743
Objet : réception de messages commerciaux sans consentement
Description : Je reçois depuis juin 2025 la lettre d'information de l'entreprise Floraison de Soi sans m'y être inscrit. J'ai demandé à plusieurs reprises à être désinscrit.
-----

G. Lemaitre
"""),
# NEAR-LINE: copy of a CNIL complaint -> negative per policy (no new request in the text).

R("n-fr-cnil-info-reclam", [], "fr", "Sylvie Marin <sylvie.marin@orange.fr>", "Pour info",
"""Madame,

Je vous informe que, faute de réponse à mon courrier du 3 mars, j'ai saisi la CNIL ce jour. Je n'attends plus rien de votre part.

Sylvie Marin
"""),

R("n-fr-mari-epouse", [], "fr", "Didier Rolland <didier.rolland@gmail.com>", "Données de ma femme",
"""Bonjour,

Ma femme Catherine a suivi plusieurs séances avec vous l'an dernier. Je voudrais que vous supprimiez tout ce que vous avez sur elle, elle n'est pas au courant que je vous écris mais je pense que c'est mieux pour elle.

Didier Rolland
"""),
# NEAR-LINE: spouse asking about another living adult's data -> negative.

R("n-fr-mere-fils-majeur", [], "fr", "Martine Gautier <martine.gautier@wanadoo.fr>", "Mon fils Adrien",
"""Madame,

Mon fils Adrien, 22 ans, a fait un bilan d'orientation avec vous en janvier. Il ne me dit rien et je m'inquiète. Pourriez-vous me dire ce que vous avez dans son dossier, ou m'en envoyer une copie ?

Une maman inquiète,
Martine Gautier
"""),
# NEAR-LINE: parent of an ADULT child -> another living adult -> negative.

R("n-fr-rh-nom-salariee", [], "fr", "Service RH – Laiterie du Boischaut <rh@laiterie-boischaut.fr>", "Changement de nom d'une salariée",
"""Bonjour,

Notre salariée Mme Aurélie Petit, inscrite à votre formation de novembre, s'appelle désormais Mme Aurélie Bonnin suite à son mariage. Merci de mettre à jour votre fichier pour les attestations.

Cordialement,
Service RH
"""),
# NEAR-LINE: employer writing about an employee (another living adult) -> negative per policy.

R("n-fr-collegue-relai", [], "fr", "Sébastien Carré <s.carre@mutuelle-centre.fr>", "Ma collègue",
"""Bonjour,

Ma collègue Sophie Navarro, qui avait participé à votre atelier avec notre équipe, me demande de vous dire qu'elle ne souhaite plus recevoir vos mails. Elle n'a pas le temps de vous écrire.

Cordialement,
S. Carré
"""),
# NEAR-LINE: colleague relaying for another living adult -> negative.

R("n-fr-manager-bilan", [], "fr", "Jérôme Vallet <jerome.vallet@groupe-vallet.fr>", "Bilan de M. Lacroix",
"""Bonjour Madame,

En tant que manager de M. Lacroix, dont nous avons financé le coaching, je souhaiterais recevoir une copie de son bilan de fin d'accompagnement et des résultats des tests.

Bien à vous,
Jérôme Vallet
Directeur d'exploitation
"""),
# NEAR-LINE: employer asking for an employee's data -> negative.

R("n-fr-merci-suppression", [], "fr", "Annick Leroux <annick.leroux@gmail.com>", "Re: Votre demande de suppression",
"""Merci beaucoup Sandra, c'est parfait. Bonne continuation !
Annick
""", quote=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "ven. 14 mars 2025 à 11:02",
"""Bonjour Annick,

Comme demandé, j'ai supprimé l'ensemble de vos données de mes fichiers (Systeme.io, Drive et mes archives mail), à l'exception des factures que je dois conserver 10 ans.

Bien à vous,
Sandra

> Le 10 mars 2025, Annick Leroux a écrit :
> Bonjour, je souhaite que vous supprimiez toutes mes données. Merci.""")),
# NEAR-LINE: thank-you above a quoted, handled erasure request -> negative (only new text counts).

R("n-fr-bien-recu-copie", [], "fr", "Patrick Benoit <patrick.benoit@orange.fr>", "RE: Copie de vos données",
"""Bien reçu, merci pour la rapidité.
Cordialement
P. Benoit
""", quote=("outlook", "Sandra Delomenie <sandra.delomenie@orange.fr>", "jeudi 5 juin 2025 16:40",
"""Bonjour Monsieur Benoit,

Suite à votre demande d'accès du 28 mai, vous trouverez ci-joint l'ensemble des données que je détiens vous concernant.

Sandra Dumot-Deloménie
Floraison de Soi""", "Copie de vos données"), shape="qp"),

R("n-fr-merci-desinscription", [], "fr", "Hélène Texier <helene.texier@free.fr>", "Re: désinscription",
"""Super, merci ! Et bonne année 🙂
""", quote=("apple", "Sandra Delomenie <sandra.delomenie@orange.fr>", "2 janv. 2026 à 09:15",
"""Bonjour Hélène,
C'est fait, vous ne recevrez plus la newsletter. Belle année à vous !
Sandra

> Le 30 déc. 2025 à 21:02, Hélène Texier a écrit :
> Bonjour, pouvez-vous me désinscrire de la newsletter ? Merci""")),

R("be-n-merci-rectif", [], "fr-BE", "Anne-Sophie Lambert <as.lambert@telenet.be>", "Re: Nouveau numéro de GSM",
"""Merci Sandra, j'ai bien reçu le SMS de rappel sur le nouveau numéro. À samedi !
Anne-Sophie
""", quote=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mar. 24 juin 2025 à 12:30",
"""Bonjour Anne-Sophie,
C'est modifié, je vous envoie un SMS test.
Sandra""")),

R("n-fr-accord-photo", [], "fr", "Lina Ferreira <lina.ferreira@gmail.com>", "Autorisation photos",
"""Bonjour Sandra,

Je vous renvoie l'autorisation de droit à l'image signée pour le stage de juillet. Pas de problème pour les photos de groupe sur Facebook et Instagram.

Lina
""", att=[("pdf", "autorisation_image_Ferreira.pdf")]),

R("n-fr-demande-accompagnement", [], "fr", "Charlotte Muller <charlotte.muller@gmail.com>", "Demande d'informations",
"""Bonjour,

Je traverse une période de doute professionnel et une amie m'a parlé de vous. Proposez-vous des séances en visio ? Quels sont vos tarifs pour un accompagnement de trois mois ?

Merci,
Charlotte Muller
"""),

R("n-fr-retirer-candidature", [], "fr", "Hugo Lacombe <hugo.lacombe@gmail.com>", "Formation praticien",
"""Bonjour Sandra,

Après réflexion je retire ma candidature pour la formation praticien de septembre, le calendrier ne colle pas avec mon nouveau poste. Je la représenterai l'an prochain si ça vous va.

Merci pour votre écoute lors de l'entretien.
Hugo
"""),
# NEAR-LINE: "retirer" a candidacy is a cancellation, not consent withdrawal.

R("n-fr-invitation-visio", [], "fr", "Valentine Roussel <valentine.roussel@gmail.com>", "Invitation : séance visio",
"""Bonjour Sandra,

Je vous envoie l'invitation pour notre séance en visio de mardi 18h (lien Google Meet dans l'invitation).

À mardi,
Valentine
""", att=[("ics", "invite.ics")]),

]
