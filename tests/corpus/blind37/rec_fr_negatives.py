# French-language negatives (not a data-subject request to Sandra).  Standard library only.
from _rec import R, SANDRA, SANDRA_ORANGE, ORANGE, CONTACT

RECORDS = []

# ----------------------------------------------------------------- trigger words, business sense
RECORDS += [
R("fr-neg-supprimer-creneau-jeudi", "fr", [],
  "Elise Bonnin <elise.bonnin@gmail.com>", "Créneau de jeudi",
  """
Bonjour Sandra,

Pouvez-vous supprimer mon créneau de jeudi 10h ? J'ai un rendez-vous médical qui tombe en même
temps. Je reprendrai un créneau la semaine suivante si possible, le mardi idéalement.

Merci !
Elise
"""),

R("fr-neg-effacer-tableau-schema", "fr", [],
  "Gaëlle Pineau <gaelle.pineau@orange.fr>", "Schéma du tableau",
  """
Bonjour,

Lors de la formation d'hier, vous avez effacé le tableau avant que j'aie pu prendre en photo
le schéma sur les besoins (la pyramide avec les flèches). Pourriez-vous me l'envoyer ?

Merci beaucoup, c'était une super journée.
Gaëlle
"""),

R("fr-neg-donnees-exercice-module4", "fr", [],
  "Rachid Benali <rachid.benali@outlook.fr>", "Problème module 4",
  """
Bonjour,

Les données de l'exercice 3 (le tableau des valeurs) ne s'affichent plus dans le module 4, la
page reste blanche. J'ai essayé sur Chrome et Firefox. Est-ce un bug ?

Rachid
""", att=[("png", "capture_module4.png"), ("jpg", "IMG_20250412_1832.jpg")]),

R("fr-neg-acces-salle-code", "fr", [],
  "Colette Marin <colette.marin@wanadoo.fr>", "Accès à la salle samedi",
  """
Bonjour,

Pour l'atelier de samedi, comment se passe l'accès à la salle ? La dernière fois le portail
était fermé et il fallait un code. Et peut-on se garer dans la cour ?

Colette
"""),

R("fr-neg-copie-facture-mutuelle", "fr", [],
  "Annie Tessier <annie.tessier@laposte.net>", "Copie de facture",
  """
Bonjour Madame,

Pourriez-vous m'envoyer une copie de la facture des séances de mars ? Ma mutuelle la demande
pour le remboursement (forfait bien-être).

Merci d'avance,
Annie Tessier
"""),

R("fr-neg-export-agenda-google", "fr", [],
  "Mickaël Tissier <mickael.tissier@gmail.com>", "Agenda des ateliers",
  """
Bonjour,

Est-il possible d'exporter l'agenda des ateliers 2026 vers mon Google Agenda ? Un lien iCal ou
un fichier .ics serait parfait.

Mickaël
"""),

R("fr-neg-modifier-horaire-seance", "fr", [],
  "Priscilla Ledoux <priscilla.ledoux@sfr.fr>", "Modifier l'horaire",
  """
Bonjour Sandra,

Est-il possible de modifier l'horaire de ma séance de mardi ? Je préférerais 18h au lieu de
17h, à cause de la sortie d'école.

Bonne journée,
Priscilla
"""),

# NEAR-LINE: "corriger le document" is a typo in a course document, not her personal data.
R("fr-neg-corriger-document-coquille", "fr", [],
  "Bernadette Pillet <bernadette.pillet@orange.fr>", "Petite coquille",
  """
Bonjour Sandra,

En relisant le support de la formation, j'ai vu une coquille page 3 : « ressource » est écrit
« ressourse » deux fois. Peut-être pouvez-vous corriger le document avant la prochaine session ?

Amicalement,
Bernadette
"""),

R("fr-neg-manager-s-oppose", "fr", [],
  "Jonathan Prieur <jonathan.prieur@gmail.com>", "Conseil",
  """
Bonjour,

Mon manager s'oppose à ce que je suive la formation « Prise de parole » sur mon temps de
travail. Est-ce que vous proposez des sessions le soir ou le samedi ? Sinon, que me
conseilleriez-vous pour argumenter ?

Merci,
Jonathan
"""),

R("fr-neg-retirer-foulard-oublie", "fr", [],
  "Nicole Guillon <nicole.guillon@free.fr>", "Foulard oublié",
  """
Bonjour Sandra,
J'ai oublié mon foulard bleu à l'atelier de samedi. Je peux passer le retirer mercredi ?
Nicole
"""),

R("fr-neg-consentement-theme-atelier", "fr", [],
  "Amélie Robin <amelie.robin@gmail.com>", "Atelier « Dire non »",
  """
Bonjour,

Je suis intéressée par l'atelier « Dire non sans culpabiliser ». Est-ce que vous y abordez la
notion de consentement dans le couple ? C'est un sujet sur lequel j'ai besoin de travailler.

Merci pour votre réponse,
Amélie
"""),

R("fr-neg-rh-formation-rgpd-managers", "fr", [],
  "Service RH - Laiterie de Reuilly <rh@laiterie-reuilly.fr>", "Demande de devis formation",
  """
Bonjour Madame,

Nous recherchons une formation d'une journée pour nos 8 managers. Deux thèmes nous
intéressent : la communication bienveillante et une sensibilisation au RGPD (gestion des
données des salariés). Ce dernier thème fait-il partie de votre catalogue ?

Pouvez-vous nous faire parvenir un devis ? Notre cahier des charges est joint.

Cordialement,
Sylvie Paquereau
Responsable RH
""", shape="alt", att=[("docx", "cahier_des_charges_formation_managers.docx",
                        "Cahier des charges - Formation managers 2026\nPublic : 8 managers\nThemes : communication bienveillante, sensibilisation RGPD\nDuree : 1 jour")]),

# NEAR-LINE: deleting a duplicate booking = cancellation, not erasure.
R("fr-neg-doublon-inscription", "fr", [],
  "Lydie Garnier <lydie.garnier@orange.fr>", "Double inscription",
  """
Bonjour,

Je me suis inscrite deux fois par erreur à l'atelier du 8 mars (une fois avec ma carte, une
fois avec celle de mon mari). Pouvez-vous supprimer une des deux inscriptions et rembourser
le second paiement ?

Merci,
Lydie Garnier
"""),

R("fr-neg-effacer-recommencer-merci", "fr", [],
  "Fanny Besson <fanny.besson@gmail.com>", "Merci pour samedi",
  """
Sandra,

L'exercice d'écriture « effacer et recommencer » m'a bouleversée. Je suis rentrée et j'ai écrit
pendant deux heures. Merci pour la douceur avec laquelle vous avez mené le groupe.

Fanny
"""),

# NEAR-LINE: asks where her notes went in the platform (support question), not a copy.
R("fr-neg-notes-module-sauvegardees", "fr", [],
  "Sylvie Morel <sylvie.morel@hotmail.fr>", "Mes notes ont disparu ?",
  """
Bonjour,

Je ne retrouve plus les notes que j'avais tapées dans le bloc-notes du module 2. Est-ce
qu'elles sont sauvegardées quelque part sur la plateforme, ou est-ce que je les ai perdues en
changeant de navigateur ?

Sylvie
"""),

R("fr-neg-collegue-modele-fichier-clients", "fr", [],
  "Marion Leroux <marion@leroux-coaching.fr>", "Modèle fichier clients",
  """
Coucou Sandra,

Suite à notre discussion au réseau des coachs de l'Indre : peux-tu me partager ton modèle de
fichier clients sur Drive ? Je me mets en conformité RGPD et je ne sais pas par où commencer.

Bises,
Marion
"""),

R("fr-neg-opposition-cheque", "fr", [],
  "Daniel Perrault <daniel.perrault@orange.fr>", "Chèque atelier",
  """
Bonjour,

On m'a volé mon chéquier et j'ai dû faire opposition. Le chèque de 45 € pour l'atelier risque
d'être rejeté. Je vous fais un virement aujourd'hui, pouvez-vous me renvoyer votre RIB ?

Daniel Perrault
"""),

# NEAR-LINE: leaving a workshop waiting list is a booking matter, not a mailing list.
R("fr-neg-liste-attente-retirer", "fr", [],
  "Estelle Gaudin <estelle.gaudin@laposte.net>", "Liste d'attente",
  """
Bonjour,
Vous pouvez me retirer de la liste d'attente pour l'atelier du 12, j'ai pu m'inscrire à celui
du 26.
Merci !
Estelle
"""),

R("fr-neg-carte-expiree-comment", "fr", [],
  "Hervé Lemaitre <herve.lemaitre@gmail.com>", "Carte bancaire expirée",
  """
Bonjour,

Ma carte bancaire a expiré et le prélèvement de l'abonnement a échoué. Comment mettre à jour
mes informations de paiement ? Je ne trouve pas le bouton dans mon espace.

Hervé
"""),

# NEAR-LINE: asks for the group photos she promised to circulate, not a copy of his data.
R("fr-neg-photos-atelier-promises", "fr", [],
  "Claire <claire.menard37@gmail.com>", "Photos du week-end",
  """
Hello Sandra !

Tu peux nous envoyer les photos de groupe du week-end à Chenonceaux que tu avais promis de
faire circuler ? Tout le monde les attend sur le groupe WhatsApp 😄

Claire
"""),

R("fr-neg-corriger-exercice-module5", "fr", [],
  "Thibault Durand <thibault.durand@yahoo.fr>", "Exercice module 5",
  """
Bonjour,

J'ai déposé mon exercice du module 5 (plan d'action) il y a dix jours. Pourriez-vous le
corriger et me faire un retour ? Je voudrais avancer sur le module 6.

Thibault
"""),

R("fr-neg-erreur-date-flyer", "fr", [],
  "Office de tourisme d'Issoudun <accueil@issoudun-tourisme.fr>", "Erreur sur votre flyer",
  """
Bonjour Madame Delomenie,

Nous avons bien reçu vos flyers pour le présentoir. Attention, il y a une erreur : il est écrit
« samedi 15 juin » alors que le 15 juin 2025 est un dimanche, et votre site indique le 14.
Pouvez-vous modifier la date ou nous confirmer la bonne ?

Bien cordialement,
L'équipe de l'Office de tourisme
"""),
]

# ----------------------------------------------------------------- cancellations
RECORDS += [
R("fr-neg-annulation-atelier-grippe", "fr", [],
  "Martine Bourdin <martine.bourdin@orange.fr>", "Annulation atelier samedi",
  """
Bonjour Sandra,

Je suis désolée mais je dois annuler ma participation à l'atelier de samedi, j'ai la grippe.
Est-ce que je peux reporter sur celui d'avril ?

Martine
"""),

R("fr-neg-resilier-abonnement-cours", "fr", [],
  "Julien Mallet <julien.mallet@free.fr>", "Résiliation abonnement",
  """
Bonjour,

Je souhaite résilier mon abonnement mensuel au programme « 30 jours pour soi » à compter du
mois prochain. Merci de me confirmer l'arrêt des prélèvements.

Julien Mallet
"""),

R("fr-neg-fin-contrat-accompagnement", "fr", [],
  "Véronique Tanguy <veronique.tanguy@sfr.fr>", "Fin de l'accompagnement",
  """
Bonjour Madame Delomenie,

Comme évoqué lors de notre dernier échange, je souhaite mettre fin au contrat d'accompagnement
après la séance 6 au lieu des 10 prévues. Pouvez-vous m'envoyer la facture de solde ?

Cordialement,
Véronique Tanguy
"""),

R("fr-neg-annuler-rdv-sms", "fr", [],
  "Kelly <kelly.vincent36@gmail.com>", "rdv",
  """
bjr je pourrais pas venir demain au rdv dsl, on peut decaler ? merci
"""),

R("fr-neg-rh-annulation-formation-inter", "fr", [],
  "Cédric Hamon <c.hamon@agri-berry.fr>", "Annulation inscription formation 12-13 mai",
  """
Bonjour,

Nous devons malheureusement annuler l'inscription de notre collaboratrice, Mme Laure Besnier,
à la formation « Gérer son stress » des 12 et 13 mai, pour raisons de service. Merci de nous
indiquer les éventuels frais d'annulation.

Cordialement,
Cédric Hamon
Service formation - Agri Berry
"""),

R("fr-neg-annuler-rembourser-stage", "fr", [],
  "Patricia Guyot <patricia.guyot@laposte.net>", "Stage de juillet",
  """
Bonjour,

Suite à un souci familial, je ne pourrai pas participer au stage d'été de juillet. Est-il
possible d'annuler et d'être remboursée ? J'ai payé par carte le 3 mai.

Patricia Guyot
"""),

# NEAR-LINE: "désinscrire ma fille" from a Saturday workshop = booking cancellation.
R("fr-neg-desinscrire-fille-atelier", "fr", [],
  "Sonia Lambert <sonia.lambert@orange.fr>", "Atelier ados samedi",
  """
Bonjour,
Merci de désinscrire ma fille Inès de l'atelier ados de samedi, elle a un match de hand.
Elle viendra à la prochaine session.
Sonia Lambert
"""),

R("fr-neg-reply-annulation-above-rappel", "fr", [],
  "Georges Bailly <georges.bailly@wanadoo.fr>", "Re: Rappel : atelier « Sommeil » mardi 19h",
  """
Bonsoir, je ne pourrai pas venir mardi finalement, désolé. Bonne soirée.
G. Bailly

Le 23/01/2026 à 08:00, Sandra Delomenie a écrit :
> Bonjour Georges,
> Petit rappel : l'atelier « Mieux dormir » a lieu mardi 27 janvier à 19h, salle
> des Cordeliers.
> À mardi !
> Sandra
""", date="2026-01-24 19:12", reply=True),
]

# ----------------------------------------------------------------- login / password / account
RECORDS += [
R("fr-neg-mot-de-passe-oublie", "fr", [],
  "Yvette Carpentier <yvette.carpentier@orange.fr>", "Mot de passe",
  """
Bonjour,
J'ai oublié mon mot de passe pour les cours et le lien de réinitialisation n'arrive pas.
Pouvez-vous m'aider ?
Yvette
"""),

R("fr-neg-acceder-mon-espace", "fr", [],
  "Benoît Leblanc <benoit.leblanc@gmail.com>", "Impossible d'accéder à mon espace",
  """
Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace membre, j'ai un message « accès refusé ».
J'ai pourtant payé le mois. Pouvez-vous regarder ?

Benoît
"""),

R("fr-neg-lien-connexion-expire", "fr", [],
  "Aline Fontaine <aline.fontaine@hotmail.fr>", "lien expiré",
  """
Le lien de connexion reçu par mail dit qu'il a expiré. Comment je fais pour me connecter à la
formation ?
Aline
"""),

# NEAR-LINE: a "how do I change my login email" question, no new value given -> negative.
R("fr-neg-comment-changer-email-connexion", "fr", [],
  "Romane Petit <romane.petit@gmail.com>", "Adresse de connexion",
  """
Bonjour,

Comment fait-on pour changer l'adresse mail qui sert à se connecter à la plateforme ? Je ne
vois pas l'option dans les paramètres.

Romane
"""),

R("fr-neg-fermer-compte-seul", "fr", [],
  "Gilbert Roux <gilbert.roux@wanadoo.fr>", "Fermeture compte",
  """
Bonjour,
Merci de fermer mon compte sur votre site, je n'utilise plus les cours.
Gilbert Roux
"""),

R("fr-neg-cloturer-compte-poli", "fr", [],
  "Nadia Ferreira <nadia.ferreira@gmail.com>", "Clôture",
  """
Bonjour Sandra,

Est-ce que vous pourriez clôturer mon compte sur la plateforme de formation ? J'ai terminé
le programme et je n'en ai plus l'usage.

Merci et belle continuation,
Nadia
"""),

# NEAR-LINE: "désactiver mon compte" for a break, no data mentioned -> negative.
R("fr-neg-desactiver-compte-pause", "fr", [],
  "Ludovic Sauvage <ludovic.sauvage@laposte.net>", "pause",
  """
Bonjour, est-il possible de désactiver mon compte pendant 3 mois ? Je pars en mission à
l'étranger et je ne veux pas payer pour rien. Merci. Ludovic
"""),
]

# ----------------------------------------------------------------- questions about rights
RECORDS += [
R("fr-neg-question-duree-conservation", "fr", [],
  "Agathe Renaudin <agathe.renaudin@gmail.com>", "Question RGPD",
  """
Bonjour,

Avant de m'inscrire à la formation, j'aimerais savoir combien de temps vous conservez les
données des stagiaires une fois la formation terminée ?

Merci,
Agathe
"""),

# NEAR-LINE: a hypothetical "si je demande la suppression" question, not a request.
R("fr-neg-question-si-suppression-attestation", "fr", [],
  "Benjamin Colas <benjamin.colas@orange.fr>", "Attestation et suppression",
  """
Bonjour,

Si un jour je demande la suppression de mes données, est-ce que je perdrai mon attestation de
formation (utile pour mon CPF) ? Ou vous en gardez une trace ?

Benjamin Colas
"""),

R("fr-neg-question-droit-acces-payant", "fr", [],
  "Jocelyne Vial <jocelyne.vial@laposte.net>", "Droit d'accès",
  """
Bonjour,

Une amie m'a parlé du « droit d'accès » aux données. Comment cela fonctionne-t-il chez vous,
est-ce payant, et faut-il envoyer une pièce d'identité ?

Jocelyne Vial
"""),

R("fr-neg-question-portabilite-notes", "fr", [],
  "Simon Brunel <simon.brunel@gmail.com>", "Portabilité ?",
  """
Bonjour Sandra,

Simple question théorique : est-ce que le droit à la portabilité s'applique aussi aux notes
qu'un coach prend pendant les séances ? Je suis moi-même en formation de coach et on en a
débattu hier.

Simon
"""),
]

# ----------------------------------------------------------------- CNIL
RECORDS += [
R("fr-neg-copie-plainte-cnil", "fr", [],
  "Raymond Giraud <raymond.giraud@orange.fr>", "Copie de ma plainte à la CNIL",
  """
Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée
aujourd'hui auprès de la CNIL.

« Je reçois des courriels de Floraison de Soi (Issoudun) depuis une inscription à un salon
en 2023. J'estime ne pas avoir été correctement informé de l'utilisation de mon adresse. »

R. Giraud
""", att=[("pdf", "plainte_CNIL_accuse.pdf",
          "CNIL - Accuse de reception de votre plainte n. 25-118442 - GIRAUD Raymond")]),

R("fr-neg-client-a-saisi-cnil", "fr", [],
  "Agnès Vidal <agnes.vidal@free.fr>", "CNIL",
  """
Madame,

Je vous informe que j'ai saisi la CNIL au sujet de la publication de ma photo dans votre
brochure sans mon accord écrit. Je laisse désormais la CNIL gérer ce dossier.

Agnès Vidal
"""),

R("fr-neg-forward-accuse-cnil", "fr", [],
  "Jean Poulain <jean.poulain@gmail.com>", "Fwd: Votre plainte CNIL - accusé de réception",
  """
Pour info.

---------- Forwarded message ---------
De : CNIL <ne-pas-repondre@cnil.fr>
Date: ven. 5 sept. 2025 à 11:02
Subject: Votre plainte - accusé de réception
To: <jean.poulain@gmail.com>

Madame, Monsieur,
Nous accusons réception de votre plainte enregistrée sous le numéro 25-097312 concernant
l'organisme FLORAISON DE SOI. Elle sera instruite par nos services.
La CNIL
""", date="2025-09-05 14:30"),
]

# ----------------------------------------------------------------- another living adult
RECORDS += [
R("fr-neg-mari-donnees-epouse", "fr", [],
  "Francis Delorme <francis.delorme@orange.fr>", "Dossier de ma femme",
  """
Bonjour,

Ma femme Christine suit des séances chez vous depuis l'automne. Je voudrais savoir ce qu'elle
vous raconte et ce qui figure dans son dossier, c'est moi qui paie. Pouvez-vous me l'envoyer ?

Francis Delorme
"""),

R("fr-neg-mere-fille-majeure-notes", "fr", [],
  "Évelyne Caron <evelyne.caron@wanadoo.fr>", "Ma fille Justine",
  """
Bonjour Madame,

Ma fille Justine (24 ans) a fait un bilan chez vous. Elle ne va pas bien et ne me dit rien.
Pourriez-vous me transmettre vos notes, en tant que mère je suis inquiète.

Évelyne Caron
"""),

# NEAR-LINE: a colleague asks to delete another living adult's details -> negative.
R("fr-neg-collegue-supprimer-collegue", "fr", [],
  "Patrice Noël <patrice.noel@groupama-centre.fr>", "Données d'une collègue",
  """
Bonjour,

Une collègue, Mme Bérénice Lafon, a participé à votre formation interne la semaine dernière.
Elle m'a dit qu'elle ne voulait pas figurer sur votre liste. Merci de supprimer ses
coordonnées.

Patrice Noël
"""),

# NEAR-LINE: unsubscribing another living adult (ex-husband) -> negative.
R("fr-neg-ex-mari-liste", "fr", [],
  "Sylviane Boucher <sylviane.boucher@laposte.net>", "Mon ex-mari",
  """
Bonjour,
Je vous avais inscrit mon ex-mari, Jean-Luc Boucher, à votre newsletter quand nous étions
ensemble. Il ne veut plus la recevoir, pouvez-vous le retirer ?
Sylviane
"""),
]

# ----------------------------------------------------------------- thank-you above handled request
RECORDS += [
R("fr-neg-merci-above-suppression", "fr", [],
  "Hélène Tessier <helene.tessier@hotmail.fr>", "Re: Mes données",
  """
Merci beaucoup pour votre réponse rapide, c'est parfait.
Bonne continuation !
Hélène

Le jeu. 8 mai 2025 à 16:20, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
> Bonjour Madame Tessier,
>
> Je vous confirme que vos données ont été supprimées de mon fichier clients, de ma
> plateforme de formation et de ma liste d'envoi.
>
> Bien cordialement,
> Sandra Delomenie
>
> Le mar. 6 mai 2025 à 09:12, Hélène Tessier <helene.tessier@hotmail.fr> a écrit :
>> Bonjour Madame,
>> Pourriez-vous supprimer mes données personnelles de vos fichiers ?
>> Hélène Tessier
""", date="2025-05-08 18:03", reply=True),

R("fr-neg-merci-above-export", "fr", [],
  "Romain Texier <romain.texier@outlook.fr>", "RE: Export de mes données de cours",
  """
Bien reçu le fichier, tout est lisible. Merci !

Romain

________________________________
De : Sandra Delomenie <contact@floraisondesoi.fr>
Envoyé : lundi 15 septembre 2025 11:47
À : Romain Texier <romain.texier@outlook.fr>
Objet : Re: Export de mes données de cours

Bonjour Romain,
Vous trouverez ci-joint l'export CSV de votre progression et de vos réponses.
Belle journée,
Sandra

De : Romain Texier
Envoyé : mercredi 10 septembre 2025 20:03
Objet : Export de mes données de cours
Pouvez-vous m'exporter mes données de progression du cours en ligne au format CSV ?
""", date="2025-09-15 13:02", reply=True),

R("fr-neg-ok-merci-desabo-fait", "fr", [],
  "Josiane Brunet <josiane.brunet@wanadoo.fr>", "Re: Désabonnement",
  """
ok merci c'est gentil

Envoyé de mon iPhone

> Le 4 févr. 2026 à 10:05, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
>
> Bonjour Madame Brunet, c'est fait : vous ne recevrez plus la newsletter.
> Sandra
>
>> Le 3 févr. 2026 à 17:40, Josiane Brunet <josiane.brunet@wanadoo.fr> a écrit :
>>
>> Désabonnez-moi de la newsletter svp
""", date="2026-02-04 11:21", reply=True),

R("fr-neg-merci-temoignage-retire", "fr", [],
  "Corinne Mallet <corinne.mallet@gmail.com>", "Re: Mon témoignage",
  """
Parfait, je viens de vérifier, il n'y est plus. Merci Sandra et encore bravo pour ton travail !

Le ven. 12 déc. 2025 à 14:02, Sandra Delomenie <contact@floraisondesoi.fr> a écrit :
> Bonjour Corinne,
> C'est fait, ton témoignage a été retiré du site. Je comprends tout à fait.
> Belle fin d'année,
> Sandra
>
> Le jeu. 11 déc. 2025 à 09:30, Corinne Mallet a écrit :
> > J'avais accepté que mon témoignage figure sur votre site. Je préférerais finalement
> > qu'il soit retiré.
""", date="2025-12-12 15:40", reply=True, shape="alt"),
]

# ----------------------------------------------------------------- giving consent
RECORDS += [
R("fr-neg-accord-temoignage", "fr", [],
  "Valentin Roche <valentin.roche@gmail.com>", "Re: Votre témoignage ?",
  """
Bonjour Sandra,

Oui, j'accepte avec plaisir que vous utilisiez mon témoignage sur votre site, avec mon prénom
et l'initiale de mon nom. Voici le texte :

« Trois mois d'accompagnement qui m'ont permis de reprendre confiance et de changer de poste.
Merci Sandra ! » - Valentin R., Bourges

Valentin
""", reply=True),

R("fr-neg-ok-photo-instagram", "fr", [],
  "Océane Blanchet <oceane.blanchet@icloud.com>", "photo",
  """
ok pour la photo sur insta, tu peux me taguer 😊
"""),

R("fr-neg-consens-enregistrement", "fr", [],
  "Françoise Langlois <francoise.langlois@orange.fr>", "Autorisation enregistrement",
  """
Bonjour,

Je vous renvoie l'autorisation signée : je consens à l'enregistrement audio de la séance du
14 pour votre supervision.

Françoise Langlois
""", att=[("pdf", "autorisation_enregistrement_signee.pdf",
          "Autorisation d'enregistrement - Francoise Langlois - signee")]),
]

# ----------------------------------------------------------------- auto-replies
RECORDS += [
R("fr-neg-auto-absence-conges", "fr", [],
  "Anne-Sophie Meyer <as.meyer@ch-chateauroux.fr>", "Réponse automatique : Atelier « Se réaligner »",
  """
Bonjour,

Je suis absente du 4 au 22 août inclus. Pour toute urgence, merci de contacter le secrétariat
du service au 02 54 29 60 00.

Cordialement,
Anne-Sophie Meyer
""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

R("fr-neg-auto-conge-maternite", "fr", [],
  "Julie Perret <julie.perret@credit-agricole-centreloire.fr>", "Absence du bureau",
  """
Bonjour,

Je suis actuellement en congé maternité jusqu'au 15 mars. Votre message ne sera pas transféré.
Pour toute demande, vous pouvez écrire à agence.issoudun@ca-centreloire.fr.

Julie Perret
""", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

R("fr-neg-auto-orange-repondeur", "fr", [],
  "Lucienne Barré <lucienne.barre@orange.fr>", "Message automatique",
  """
Merci pour votre message. Je consulte rarement cette boîte, merci de m'appeler au
02 54 03 11 87 pour toute demande urgente.
""", hdr={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),

R("fr-neg-auto-html-cabinet", "fr", [],
  "Cabinet Vernet Expertise <accueil@vernet-expertise.fr>", "Accusé de réception automatique",
  """
Bonjour,

Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par
notre équipe. Le cabinet est fermé le vendredi après-midi.

Cabinet Vernet Expertise comptable - Bourges
""", shape="html", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

R("fr-neg-auto-reply-above-request-quote", "fr", [],
  "Service client Systeme.io <support@systeme.io>", "[Ticket #482913] Re: Suppression d'un contact",
  """
Bonjour,

Nous avons bien reçu votre demande. Un membre de notre équipe vous répondra sous 48 heures
ouvrées. Référence de votre ticket : #482913.

L'équipe Systeme.io

--- Votre message ---
Bonjour, une de mes clientes m'a demandé la suppression de ses données, comment supprimer
définitivement un contact et son historique de commandes ? Merci. Sandra Delomenie
""", hdr={"Auto-Submitted": "auto-replied"}, reply=True),
]

# ----------------------------------------------------------------- bounces
RECORDS += [
R("fr-neg-bounce-orange-user-unknown", "fr", [],
  "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Non remis : Re: Vos données - confirmation de suppression",
  """
Ceci est un message automatique du serveur de messagerie smtp.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  isa.fournier@wanadoo.fr
    Adresse inconnue (550 5.1.1)

Le message original est joint.
""", shape="report", to=ORANGE, hdr={"Auto-Submitted": "auto-replied"},
  dsn=dict(orig_to="isa.fournier@wanadoo.fr", status="5.1.1",
           orig_from="Sandra Delomenie <sandra.delomenie@orange.fr>",
           orig_subj="Re: Vos données - confirmation de suppression",
           diag="550 5.1.1 <isa.fournier@wanadoo.fr>: Recipient address rejected: User unknown",
           orig_body="Bonjour Isabelle,\n\nJe vous confirme la mise a jour de votre adresse.\n\nSandra\n")),

R("fr-neg-bounce-laposte-boite-pleine", "fr", [],
  "MAILER-DAEMON@laposte.net", "Échec de la remise du message",
  """
Le message à destination de gisele.marchand@laposte.net n'a pas pu être délivré.
Raison : boîte aux lettres pleine (552 5.2.2). Le serveur a abandonné après plusieurs
tentatives.
""", shape="report", hdr={"Auto-Submitted": "auto-replied"},
  dsn=dict(orig_to="gisele.marchand@laposte.net", status="5.2.2", mta="mx.laposte.net",
           orig_subj="Votre inscription à l'atelier du 7 juin",
           diag="552 5.2.2 Mailbox full")),
]

# ----------------------------------------------------------------- notifications & newsletters
LIST = lambda lid, unsub: {"List-Id": lid, "List-Unsubscribe": unsub,
                           "Precedence": "bulk"}
RECORDS += [
R("fr-neg-notif-systeme-nouvelle-vente", "fr", [],
  "Systeme.io <no-reply@systeme.io>", "🎉 Nouvelle vente : Programme « 30 jours pour soi »",
  """
Bonjour Sandra,

Vous avez réalisé une nouvelle vente !

Produit : Programme « 30 jours pour soi »
Montant : 97,00 €
Client : c.****@gmail.com
Moyen de paiement : Stripe

Accédez à votre tableau de bord pour voir le détail.

L'équipe Systeme.io
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-qonto-virement", "fr", [],
  "Qonto <no-reply@qonto.com>", "Virement reçu : 180,00 €",
  """
Bonjour Sandra,

Vous avez reçu un virement de 180,00 € de M. OU MME GUILLOT STEPHANE.
Référence : FACTURE 2025-047 ATELIER ADOS

Consultez le détail dans votre application Qonto.

L'équipe Qonto
""", shape="html", hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-urssaf-echeance", "fr", [],
  "URSSAF <ne-pas-repondre@urssaf.fr>", "Votre déclaration de chiffre d'affaires est disponible",
  """
Madame DELOMENIE SANDRA,

Votre déclaration de chiffre d'affaires mensuelle est à effectuer avant le 31 du mois sur
autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

L'Urssaf
""", hdr={"Auto-Submitted": "auto-generated"}, to=ORANGE),

R("fr-neg-notif-google-drive-partage", "fr", [],
  "Marion Leroux (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : « Modèle registre RGPD coach »",
  """
Marion Leroux a partagé un document avec vous

Modèle registre RGPD coach

Voici le modèle dont je te parlais, n'hésite pas à l'adapter !

Ouvrir
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car marion@leroux-coaching.fr a partagé un document avec vous.
""", shape="alt", reply_to="Marion Leroux <marion@leroux-coaching.fr>"),

R("fr-neg-notif-calendly-nouveau-rdv", "fr", [],
  "Calendly <notifications@calendly.com>", "Nouvel événement : Karima Haddad - Séance découverte 30 min",
  """
Bonjour Sandra,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte 30 min
Invitée : Karima Haddad
E-mail de l'invitée : karima.haddad@gmail.com
Date/Heure : 10:00 - mercredi 4 mars 2026 (heure d'Europe centrale)

Voir l'événement dans Calendly
""", att=[("ics", "invite.ics", "Seance decouverte - Karima Haddad")],
  hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-newsletter-brevo-rapport", "fr", [],
  "Brevo <contact@news.brevo.com>", "Rapport de campagne : « La lettre de février »",
  """
Votre campagne « La lettre de février » a été envoyée à 412 contacts.

Taux d'ouverture : 48,3 %
Taux de clic : 6,1 %
Désinscriptions : 3
Plaintes pour spam : 0

Voir le rapport complet dans Brevo.
""", shape="html", hdr=LIST("<rapports.brevo.com>", "<https://app.brevo.com/unsubscribe?u=8812>")),

R("fr-neg-notif-paypal-paiement", "fr", [],
  "PayPal <service@paypal.fr>", "Vous avez reçu un paiement",
  """
Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 45,00 EUR de Lebon Marie-Claude.

Remarque : « atelier mandalas du 22 »

Numéro de transaction : 8KX77420AB913582W

Merci d'utiliser PayPal.
""", shape="alt", cte="quoted-printable", to=ORANGE),

R("fr-neg-newsletter-cci-indre", "fr", [],
  "CCI de l'Indre <newsletter@indre.cci.fr>", "L'actu des entreprises de l'Indre - n°142",
  """
L'ACTU DES ENTREPRISES DE L'INDRE

- Atelier : « RGPD : êtes-vous en règle ? » le 14 novembre à Châteauroux
- Salon de l'entrepreneuriat à Issoudun : inscriptions ouvertes
- Aides régionales Centre-Val de Loire pour la transition numérique

Pour vous désinscrire, cliquez ici.
""", shape="html", hdr=LIST("CCI Indre <actu.indre.cci.fr>",
                            "<mailto:unsubscribe@indre.cci.fr?subject=unsubscribe>")),

R("fr-neg-notif-moncompteformation", "fr", [],
  "Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>",
  "Nouvelle inscription à votre session « Gérer son stress au travail »",
  """
Bonjour,

Un titulaire a déposé une demande d'inscription à votre session « Gérer son stress au
travail » du 12/05. Vous disposez de 2 jours ouvrés pour y répondre depuis votre espace
EDOF.

Caisse des Dépôts
""", hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-notif-impots-avis", "fr", [],
  "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Un nouveau document est disponible",
  """
Madame,

Un nouveau document est disponible dans votre espace professionnel : avis de cotisation
foncière des entreprises (CFE).

Pour le consulter, connectez-vous sur impots.gouv.fr.

La Direction générale des Finances publiques
""", to=ORANGE, hdr={"Auto-Submitted": "auto-generated"}),
]

# ----------------------------------------------------------------- Sandra's own mail
RECORDS += [
R("fr-neg-sandra-confirme-suppression", "fr", [],
  SANDRA, "Re: Suppression compte",
  """
Bonjour Monsieur Moulin,

Je vous confirme que votre compte sur la plateforme de cours ainsi que l'ensemble de vos
données ont été supprimés ce jour, y compris dans Systeme.io et Stripe (dans la limite des
obligations comptables, qui m'imposent de conserver les factures 10 ans).

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coaching & formation
14 rue de la Gare, 36100 Issoudun
""", to="Christian Moulin <christian.moulin@yahoo.fr>", reply=True),

R("fr-neg-sandra-newsletter-envoi", "fr", [],
  "Sandra - Floraison de Soi <contact@floraisondesoi.fr>", "🌸 La lettre de Floraison de Soi - avril",
  """
Bonjour,

Le mois d'avril est là, et avec lui l'envie de faire de la place. Ce mois-ci, je vous propose
un petit exercice : supprimer une obligation de votre agenda et observer ce qui se passe.

Prochains rendez-vous :
- Atelier « Se réaligner » - samedi 12 avril, Issoudun
- Formation « Oser s'affirmer » - 2 jours en mai, Châteauroux

Belle floraison,
Sandra

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
""", to="contact@floraisondesoi.fr", shape="alt",
  hdr=LIST("La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
           "<https://floraisondesoi.systeme.io/unsubscribe>")),

R("fr-neg-sandra-demande-systeme-suppression", "fr", [],
  SANDRA, "Suppression définitive d'un contact et de ses données",
  """
Bonjour,

Une cliente m'a demandé l'effacement de ses données au titre du RGPD. Pouvez-vous me confirmer
la procédure pour supprimer définitivement son contact, ses commandes et sa progression dans
les cours sur mon compte Systeme.io ? Et faut-il faire une démarche séparée pour Stripe ?

Merci,
Sandra Delomenie
Floraison de Soi
""", to="support@systeme.io"),

R("fr-neg-sandra-comptable", "fr", [],
  SANDRA_ORANGE, "Factures 2025",
  """
Bonjour Laurent,

Je t'envoie le relevé Stripe et l'export des factures 2025 pour la clôture. Il manque la
facture de la salle des Cordeliers de décembre, je te la transmets dès que je l'ai.

Bonne journée,
Sandra
""", to="Laurent Vernet <l.vernet@vernet-expertise.fr>",
  att=[("csv", "export_factures_2025.csv",
        "numero;date;client;montant\n2025-001;2025-01-08;Atelier Se realigner;45,00\n2025-002;2025-01-15;Seance individuelle;70,00\n")]),

R("fr-neg-sandra-reponse-question-rgpd", "fr", [],
  SANDRA, "Re: Question RGPD",
  """
Bonjour Agathe,

Merci pour votre question. Je conserve les données des stagiaires pendant 3 ans après la fin
de la formation (sauf factures : 10 ans), puis je les supprime. Vous pouvez bien sûr demander
à tout moment l'accès, la rectification ou la suppression de vos données.

Au plaisir de vous accueillir,
Sandra

Le lun. 17 mars 2025 à 19:02, Agathe Renaudin <agathe.renaudin@gmail.com> a écrit :
> Combien de temps vous conservez les données des stagiaires une fois la formation terminée ?
""", to="Agathe Renaudin <agathe.renaudin@gmail.com>", date="2025-03-18 09:15", reply=True),
]

# ----------------------------------------------------------------- vendor GDPR / DPA notices
RECORDS += [
R("fr-neg-vendor-systeme-politique", "fr", [],
  "Systeme.io <news@systeme.io>", "Mise à jour de notre politique de confidentialité",
  """
Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des
données (DPA), applicables à compter du 1er mars. Ces modifications précisent la liste de nos
sous-traitants ultérieurs et les garanties relatives aux transferts hors UE.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io, vous acceptez
ces nouvelles conditions.

L'équipe Systeme.io
""", shape="alt", hdr=LIST("<news.systeme.io>", "<https://systeme.io/unsubscribe?e=contact%40floraisondesoi.fr>")),

R("fr-neg-vendor-brevo-sous-traitants", "fr", [],
  "Brevo Legal <legal@brevo.com>", "Information : liste des sous-traitants ultérieurs",
  """
Madame, Monsieur,

Conformément à l'article 28 du RGPD et à notre accord de traitement des données, nous vous
informons de l'ajout d'un nouveau sous-traitant ultérieur (hébergement, Union européenne).
Vous disposez de 30 jours pour formuler une objection motivée.

L'équipe juridique de Brevo
""", hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-vendor-orange-pro-cgv", "fr", [],
  "Orange Pro <information@pro.orange.fr>", "Évolution de vos conditions générales",
  """
Madame,

Nous vous informons d'une évolution des conditions générales de votre offre Livebox Pro et de
notre politique de protection des données personnelles, consultables sur orange.fr/pro.

Vous pouvez exercer vos droits d'accès, de rectification et d'opposition en écrivant au
Service Clients Orange.

Orange
""", to=ORANGE, shape="html", hdr=LIST("<info.pro.orange.fr>", "<https://pro.orange.fr/desabonnement>")),
]

# ----------------------------------------------------------------- compliance spam & phishing
RECORDS += [
R("fr-neg-spam-mise-en-conformite-amende", "fr", [],
  "Service Conformité RGPD <conformite@rgpd-entreprises-france.com>",
  "URGENT : mise en conformité RGPD obligatoire - FLORAISON DE SOI",
  """
Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI (SIRET 8xx xxx xxx) n'a pas
encore effectué sa mise en conformité RGPD. Les sanctions peuvent atteindre 20 000 000 € ou
4 % du chiffre d'affaires.

Régularisez votre situation dès aujourd'hui en réglant les frais de dossier de 349 € HT :
https://rgpd-entreprises-france.com/dossier/88124

Le Service Conformité
""", shape="html"),

R("fr-neg-phishing-orange-suspension", "fr", [],
  "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera suspendue sous 24h",
  """
Cher(e) client(e),

Nous avons détecté une activité inhabituelle sur votre messagerie sandra.delomenie@orange.fr.
Pour éviter la suppression de vos données, veuillez vérifier votre compte :

https://orange-messagerie-verif.com/login

Sans action de votre part, votre compte sera supprimé définitivement.

Service Sécurité Orange
""", to=ORANGE, shape="html", reply_to="verif.compte2025@gmail.com"),

R("fr-neg-spam-registre-rgpd", "fr", [],
  "Julien de DataConform <julien@dataconform-pro.fr>", "Votre registre RGPD est-il à jour ?",
  """
Bonjour Sandra,

Je me permets de vous contacter car les coachs et formateurs sont particulièrement exposés aux
contrôles de la CNIL (données de santé, notes de séances...).

Notre solution DataConform génère votre registre des traitements en 15 minutes. Seriez-vous
disponible 10 minutes cette semaine pour une démo ?

Julien
Si vous ne souhaitez plus recevoir nos messages, répondez STOP.
"""),

R("fr-neg-phishing-stripe-faux", "fr", [],
  "Stripe <support@stripe-verification-compte.net>", "Action requise : vos paiements sont bloqués",
  """
Bonjour,

Vos virements Stripe ont été suspendus suite à une vérification d'identité incomplète.
Merci de mettre à jour vos informations bancaires sous 48h :

https://stripe-verification-compte.net/update

L'équipe Stripe
""", shape="html", cte="base64"),
]

# ----------------------------------------------------------------- ordinary business mail
RECORDS += [
R("fr-neg-question-tarifs", "fr", [],
  "Karima Haddad <karima.haddad@gmail.com>", "Tarifs accompagnement",
  """
Bonjour,

Une amie m'a recommandé vos services. Quels sont vos tarifs pour un accompagnement individuel
sur 3 mois ? Faites-vous des séances en visio ? J'habite à Vierzon.

Merci,
Karima
"""),

R("fr-neg-merci-apres-seance", "fr", [],
  "Thérèse Loiseau <therese.loiseau@orange.fr>", "Merci",
  """
Chère Sandra,

Juste un petit mot pour vous remercier pour la séance d'hier. Je suis repartie plus légère
qu'en arrivant, et j'ai bien dormi pour la première fois depuis des semaines.

À dans quinze jours,
Thérèse
"""),

R("fr-neg-partenariat-salle", "fr", [],
  "Domaine de la Périsse <evenements@domaine-perisse.fr>", "Proposition de partenariat",
  """
Bonjour Madame Delomenie,

Nous sommes un gîte de groupe près de La Châtre et recevons régulièrement des retraites de
bien-être. Seriez-vous intéressée pour organiser un week-end « ressourcement » chez nous ?
Nous pouvons accueillir jusqu'à 14 personnes.

Bien cordialement,
Anne Deschamps
Domaine de la Périsse
""", shape="alt", att=[("pdf", "plaquette_domaine_perisse.pdf",
                        "Domaine de la Perisse - gite de groupe - tarifs seminaires 2026")]),

R("fr-neg-paiement-fait-virement", "fr", [],
  "Marie-Claude Lebon <mc.lebon@laposte.net>", "Paiement atelier",
  """
Bonjour Sandra,
Je viens de faire le virement pour l'atelier mandalas du 22. Est-ce que je dois apporter mes
crayons ou tout est fourni ?
Marie-Claude
"""),

R("fr-neg-belge-inscription-visio", "fr", [],
  "Anne-Françoise Dumont <af.dumont@skynet.be>", "Formation en ligne depuis la Belgique",
  """
Bonjour,

J'habite à Tournai et je voudrais m'inscrire à votre programme en ligne « 30 jours pour soi ».
Le prix de nonante-sept euros est-il TTC pour les clients belges ? Et peut-on payer par
Bancontact ?

Merci bien,
Anne-Françoise
"""),
]
