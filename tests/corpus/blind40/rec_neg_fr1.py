"""French negatives, part 1: trigger words in ordinary mail, cancellations, login problems,
account closing, questions about rights, CNIL/APD complaints, other people's data."""
from recbase import *

RECORDS = [

# ------------------------------------------------------------------ trigger words, ordinary business
R("fr.fr.neg-supprimer-creneau", [],
  "Stéphanie Roux <stephanie.roux@gmail.com>",
  "Créneau de jeudi",
  """Bonjour Sandra,

J'ai réservé deux fois par erreur sur Calendly (jeudi 10h et jeudi 14h). Pouvez-vous
supprimer le créneau de 14h ? Je garde celui de 10h.

Merci !
Stéphanie
"""),

R("fr.fr.neg-effacer-tableau-cofor", [],
  "Jérôme Lefèvre <jerome.lefevre.formation@gmail.com>",
  "Re: Formation Vierzon – logistique",
  """Salut Sandra,

Pour mardi : la mairie a râlé la dernière fois parce que le tableau blanc n'était pas
effacé et que les chaises étaient restées en U. Pense à effacer le tableau et à remettre la
salle en ordre avant de rendre les clés, je ne serai pas là pour la fin.

Je m'occupe des croissants.

Jérôme
""" + gmail_fr("ven. 14 nov. 2025 à 17:42", "Sandra Delomenie <contact@floraisondesoi.fr>",
  """Coucou Jérôme,
On fait comme d'habitude pour la salle ? J'arrive à 8h15.
Sandra"""),
  date="2025-11-15", reply=True),

R("fr.fr.neg-donnees-exercice", [],
  "Maëlle Tessier <maelle.tessier@etu.univ-tours-exemple.fr>",
  "Exercice 3 – mes données",
  """Bonjour Madame Delomenie,

Voici les données de l'exercice 3 (mon tableau des valeurs et la roue de vie), comme demandé
en fin de session. J'ai eu du mal avec la partie « besoins non satisfaits », je ne suis pas
sûre d'avoir bien compris la consigne. Pourriez-vous me faire un retour avant la session de
vendredi ?

Bien cordialement,
Maëlle Tessier
""",
  att=[("csv", "roue_de_vie_MTessier.csv", "domaine;note_actuelle;note_souhaitee\nTravail;5;8\nSanté;6;8\nFamille;8;9\nLoisirs;3;7\nFinances;6;7\n"),
       ("docx", "tableau_valeurs_MTessier.docx", "Mes 5 valeurs\n1. Liberté\n2. Honnêteté\n3. Créativité\n4. Famille\n5. Apprendre")]),

R("fr.fr.neg-acces-salle-pmr", [],
  "Roselyne Barbier <roselyne.barbier@orange.fr>",
  "Accès à la salle",
  """Bonjour,

Je suis inscrite à l'atelier de samedi. Je me déplace avec une canne depuis mon opération :
l'accès à la salle se fait-il de plain-pied ou y a-t-il des escaliers ? Et peut-on se garer
à proximité ?

Merci,
Roselyne Barbier
"""),

# NEAR-LINE: copy of invoices for reimbursement is ordinary admin, not a right -> negative.
R("fr.fr.neg-copie-facture-mutuelle", [],
  "Benoît Vasseur <benoit.vasseur@laposte.net>",
  "Copie de facture",
  """Bonjour,

Ma mutuelle rembourse une partie des séances de coaching (forfait bien-être). Pourriez-vous
m'envoyer une copie des factures de mars et avril ? Je ne les retrouve plus.

Merci d'avance,
Benoît Vasseur
"""),

R("fr.fr.neg-export-agenda-ics", [],
  "Amandine Leroy <amandine.leroy@assistance-indre-exemple.fr>",
  "Export de l'agenda des formations",
  """Bonjour Sandra,

Comme convenu, voici l'export de l'agenda des formations du premier semestre au format ICS,
pour que tu puisses l'importer dans ton Google Agenda. J'ai mis les salles dans le champ lieu.

Dis-moi si tout est bon.

Amandine
Assistante administrative indépendante
06 45 78 12 33
""",
  att=[("ics", "formations_S1_2026.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Amandine Leroy//Agenda//FR\nBEGIN:VEVENT\nUID:form-2026-01@assistance-indre-exemple.fr\nDTSTAMP:20251201T090000Z\nDTSTART:20260115T083000Z\nDTEND:20260115T163000Z\nSUMMARY:Formation Communication bienveillante\nLOCATION:Salle des Augustins\\, Issoudun\nEND:VEVENT\nBEGIN:VEVENT\nUID:form-2026-02@assistance-indre-exemple.fr\nDTSTAMP:20251201T090000Z\nDTSTART:20260212T083000Z\nDTEND:20260212T163000Z\nSUMMARY:Formation Gérer son temps\nLOCATION:CCI Châteauroux\nEND:VEVENT\nEND:VCALENDAR\n")]),

R("fr.fr.neg-modifier-horaire", [],
  "Julien Marechal <julien.marechal@gmail.com>",
  "Modifier l'horaire de mardi ?",
  """Bonjour Sandra,

Serait-il possible de modifier l'horaire de notre séance de mardi ? 18h au lieu de 17h,
j'ai une réunion qui déborde systématiquement.

Merci,
Julien
"""),

R("fr.fr.neg-corriger-cv", [],
  "Océane Perrin <oceane.perrin@hotmail.fr>",
  "mon CV corrigé",
  """Coucou Sandra,

Comme on en avait parlé, je t'envoie mon CV refait. Est-ce que tu pourrais le corriger /
me dire ce que tu en penses avant que je l'envoie à la médiathèque ? Surtout la partie
« compétences », je trouve que ça fait un peu catalogue.

Merci mille fois !!
Océane
""",
  att=[("docx", "CV_Oceane_Perrin_v3.docx", "Océane PERRIN\nAssistante de médiathèque\nCompétences : accueil du public, animation, catalogage")]),

R("fr.fr.neg-opposee-cheffe-bavard", [],
  "Laurence Picard <laurence.picard@free.fr>",
  "Victoire !!!",
  """Sandra,

Il FALLAIT que je te raconte. Hier en réunion, ma cheffe a voulu encore me refiler le
dossier Martin « parce que tu es tellement efficace ». Et pour la première fois, je me suis
opposée calmement, avec les mots qu'on avait travaillés : « Je comprends ton besoin, et je
ne peux pas l'accepter sans retirer autre chose de ma charge. » Silence. Puis elle a dit
OK. OK !!! J'en tremble encore.

Bon, je ne sais pas si ça tiendra dans la durée, mais j'ai senti quelque chose changer.
Je te garde la suite pour notre séance du 12.

Merci merci merci,
Laurence
"""),

R("fr.fr.neg-retirer-attestation", [],
  "Hervé Lambert <herve.lambert@orange.fr>",
  "Attestation",
  """Bonjour Madame,

Puis-je passer retirer mon attestation de formation au cabinet vendredi en fin de journée,
ou préférez-vous me l'envoyer par courrier ?

Cordialement,
Hervé Lambert
"""),

R("fr.fr.neg-rgpd-module-formation-managers", [],
  "GAUTIER Sophie <sophie.gautier@mutuelle-centre-exemple.fr>",
  "Demande de devis – formation managers",
  """Bonjour Madame Delomenie,

Nous souhaiterions organiser en 2026 une formation de deux jours pour nos 12 managers de
proximité sur le thème « Communication et posture managériale ». Serait-il possible d'y
intégrer une demi-journée de sensibilisation au RGPD (droits des personnes, bonnes
pratiques de confidentialité au quotidien), ou faites-vous appel à un intervenant externe
pour ce type de module ?

Pourriez-vous nous adresser une proposition et un devis ?

Bien cordialement,

Sophie GAUTIER
Responsable Formation & Développement RH
Mutuelle du Centre – 45 bd Heurteloup – 37000 Tours
Tél. : 02 47 60 31 00

""" + DISC_FR + "\n",
  shape="alt", html_style="outlook", logo=True),

R("fr.fr.neg-mettre-a-jour-resa", [],
  "Chantal Mercier <chantal.mercier@wanadoo.fr>",
  "Réservation atelier 7 juin",
  """Bonjour,

Ma sœur voudrait m'accompagner à l'atelier du 7 juin. Pouvez-vous mettre à jour ma
réservation pour deux personnes ? Je règle la différence sur place ou par virement, comme
vous préférez.

Chantal Mercier
"""),

R("fr.fr.neg-desinscrire-fille-atelier", [],
  "Vanessa Giraud <vanessa.giraud@gmail.com>",
  "Inès malade",
  """Bonjour Sandra,

Inès a une angine, je dois la désinscrire de l'atelier ados de mercredi. Est-ce qu'elle peut
rattraper la séance la semaine suivante ?

Vanessa
"""),

R("fr.fr.neg-donnees-telephone-perdues", [],
  "Raymond Fleury <raymond.fleury@orange.fr>",
  "lien zoom",
  """Bonjour Madame,

Mon téléphone est tombé en panne et j'ai perdu toutes mes données, dont votre message avec
le lien de la visio de ce soir. Pourriez-vous me le renvoyer ?

Merci,
Raymond Fleury
"""),

# NEAR-LINE: 'portabilité du numéro' (phone carrier), same number kept -> negative.
R("fr.fr.neg-portabilite-numero", [],
  "Audrey Clément <audrey.clement@gmail.com>",
  "Si les SMS ne passent pas",
  """Bonjour Sandra,

Petite info : je change d'opérateur cette semaine avec la portabilité du numéro, donc je
garde le même 06, mais il peut y avoir une coupure de 24h. Si vous ne m'avez pas par SMS
pour le rappel de vendredi, pas d'inquiétude, je serai bien là.

Audrey
"""),

R("fr.fr.neg-limitation-participants", [],
  "Bruno Lemoine <bruno.lemoine@sfr.fr>",
  "Atelier écriture",
  """Bonjour,

Y a-t-il une limitation du nombre de participants pour l'atelier « Écriture de soi » ?
Nous serions trois amies intéressées, et nous aimerions savoir s'il reste de la place.

Cordialement,
Bruno (pour Martine, Gisèle et Odile, qui n'ont pas d'adresse mail !)
"""),

R("fr.be.neg-oubli-interview-podcast", [],
  "Podcast Racines & Ailes <hello@racinesetailes-podcast-exemple.be>",
  "Invitation podcast – « le droit à l'oubli de soi »",
  """Bonjour Sandra,

Je suis Manon, je produis le podcast Racines & Ailes depuis Bruxelles. Nous préparons un
épisode intitulé « Le droit à l'oubli… de soi » sur toutes ces femmes qui s'effacent au
profit des autres, et votre article sur la charge mentale nous a beaucoup parlé.

Accepteriez-vous d'être notre invitée pour un entretien d'une heure en visio, courant mars ?
L'épisode serait diffusé en avril.

Au plaisir de vous lire,
Manon Delvaux
Racines & Ailes – le podcast qui fait pousser
"""),

R("fr.fr.neg-opposition-css-stagiaire", [],
  "Lucas Bernard <lucas.bernard.cnv@gmail.com>",
  "Question sur le module 2",
  """Bonjour Sandra,

Dans le module 2, vous parlez du « droit de s'opposer » dans la relation d'aide, et de la
différence entre opposition et résistance. Auriez-vous une référence de lecture pour
approfondir ? Je trouve le sujet passionnant pour mon mémoire.

Merci,
Lucas
"""),

# ------------------------------------------------------------------ cancellations
R("fr.fr.neg-annulation-atelier", [],
  "Odile Rivière <odile.riviere@laposte.net>",
  "Annulation atelier du 15",
  """Bonjour,

Je suis désolée, je dois annuler ma participation à l'atelier du 15 mars (problème de garde
d'enfants). Pouvez-vous me rembourser ou reporter mon inscription sur le prochain ?

Merci de votre compréhension,
Odile Rivière
"""),

# NEAR-LINE: subscription cancellation -> negative.
R("fr.fr.neg-resilier-abonnement-cours", [],
  "Nicolas Dupuis <nicolas.dupuis@gmail.com>",
  "Résiliation abonnement",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme « Retrouver son élan » à partir
du mois prochain. Merci de ne plus effectuer de prélèvement.

Nicolas Dupuis
"""),

R("fr.fr.neg-resiliation-contrat-lrar", [],
  "Marie-Hélène Roger <mh.roger@orange.fr>",
  "Résiliation du contrat d'accompagnement",
  """Madame,

Par la présente, je vous informe de ma décision de mettre fin au contrat d'accompagnement
signé le 12 janvier 2026, conformément à l'article 7 (préavis de quinze jours). Les séances
restantes ne seront donc pas honorées.

Je vous remercie de m'adresser la facture de solde.

Un courrier recommandé suit.

Marie-Hélène Roger
""",
  att=[("pdf", "courrier_resiliation.pdf", "Marie-Hélène Roger\nObjet : résiliation du contrat d'accompagnement\nMadame, par la présente je mets fin au contrat signé le 12 janvier 2026.")]),

R("fr.be.neg-annule-formation-mons", [],
  "Véronique Lemaire <veronique.lemaire@ville-mons-exemple.be>",
  "Formation de Mons – désistement",
  """Bonjour Madame Delomenie,

Je suis au regret de devoir annuler ma participation à la formation de Mons des 3 et 4
avril : mon service ne sait pas se passer de moi ces jours-là (audit interne). Je
m'inscrirai volontiers à la session d'automne.

Bien à vous,

Véronique Lemaire
Attachée – Service du Personnel
Administration communale de Mons
Tél. +32 65 40 50 60

""" + DISC_BE + "\n",
  charset="windows-1252"),

R("fr.ch.neg-resiliation-convention-entreprise", [],
  "Ressources Humaines – Romandie Logistique SA <rh@romandie-logistique-exemple.ch>",
  "Résiliation de la convention de formation 2026",
  """Madame,

Suite à une réorganisation interne, nous avons le regret de vous informer que nous
résilions la convention de formation « Leadership bienveillant » prévue pour nos cadres en
2026, conformément à l'art. 9 de ladite convention. Les frais d'annulation éventuels
peuvent nous être facturés à l'adresse habituelle.

Nous vous remercions de votre compréhension et vous prions d'agréer, Madame, nos
salutations distinguées.

Sylvie Baud
Responsable RH
Romandie Logistique SA – Z.I. Les Rottes – 1964 Conthey

""" + DISC_CH + "\n",
  shape="alt", html_style="outlook", logo=True),

R("fr.sms.neg-decaler-demain", [],
  "Lolo <laurine.ptit@gmail.com>",
  "demain",
  """dsl sandra je peux pas venir demain (boulot) on peut decaler a la semaine pro ?? 🙏
""" + "\n" + IPHONE_FR + "\n"),

# ------------------------------------------------------------------ login / access to space
R("fr.fr.neg-mot-de-passe-oublie", [],
  "Josette Renaud <josette.renaud@wanadoo.fr>",
  "mot de passe",
  """Bonjour,

J'ai oublié mon mot de passe pour aller sur la plateforme des cours. J'ai cliqué sur
« mot de passe oublié » mais je ne reçois rien. Pouvez-vous m'aider ?

Josette Renaud
"""),

R("fr.fr.neg-acceder-mon-espace", [],
  "Aurélien Blanchard <aurelien.blanchard@outlook.fr>",
  "Impossible d'accéder à mon espace",
  """Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace membre : j'ai un message « compte
introuvable ». J'ai pourtant payé ce mois-ci. Pouvez-vous vérifier ?

Merci,
Aurélien
""",
  att=[("png", "capture_erreur.png")]),

R("fr.ch.neg-lien-reinit", [],
  "Sandrine Aebischer <sandrine.aebischer@bluewin.ch>",
  "Le lien ne joue pas",
  """Bonjour,

Le lien de réinitialisation du mot de passe que je reçois ne joue pas : il m'affiche « lien
expiré » alors que je clique tout de suite dessus. Auriez-vous une idée ?

Meilleures salutations
Sandrine
"""),

R("fr.fr.neg-pdf-module-3", [],
  "Frédérique Marin <frederique.marin@gmail.com>",
  "Module 3 - PDF",
  """Bonjour Sandra,

Je n'arrive pas à télécharger le PDF du module 3 (« Mes besoins »), le bouton tourne dans le
vide. Est-ce que vous pourriez me l'envoyer par mail ?

Merci !
Frédérique
"""),

# ------------------------------------------------------------------ close account only
# NEAR-LINE: 'fermer mon compte' with no mention of data -> negative.
R("fr.fr.neg-fermer-compte", [],
  "Éric Hamon <eric.hamon@free.fr>",
  "compte",
  "Bonjour, pouvez-vous fermer mon compte ? Merci. Éric Hamon\n"),

R("fr.be.neg-cloturer-compte-plateforme", [],
  "Pascale Dumont <pascale.dumont@voo.be>",
  "Clôture de mon compte",
  """Bonjour,

J'ai terminé le cours en ligne et je n'en ai plus l'utilité : pourriez-vous clôturer mon
compte sur la plateforme ? Merci pour ce chouette parcours.

Bien à vous,
Pascale
"""),

# NEAR-LINE: deactivate account, no data mentioned -> negative.
R("fr.sms.neg-desactiver-compte", [],
  "Yanis <yanis.b.pro@gmail.com>",
  "compte",
  "slt tu peux desactiver mon compte sur le site stp jen ai plus besoin merci\n"),

# ------------------------------------------------------------------ questions about rights
# NEAR-LINE: asks what would happen if she asked for deletion; no deletion requested.
R("fr.fr.neg-question-si-je-demande-suppression", [],
  "Manuela Costa <manuela.costa@gmail.com>",
  "Question avant de m'inscrire",
  """Bonjour,

Avant de m'inscrire à la formation certifiante : si un jour je vous demande de supprimer
mes données, est-ce que je perds mon attestation et mon accès au replay ? Je préfère savoir
comment ça marche avant.

Merci,
Manuela
"""),

# NEAR-LINE: general question about retention periods, not a request to see her own data.
R("fr.fr.neg-question-duree-conservation", [],
  "Anthony Meyer <anthony.meyer@gmail.com>",
  "Conservation des notes",
  """Bonjour,

Par curiosité : combien de temps conservez-vous en général les notes de séance après la
fin d'un accompagnement ? Et est-ce qu'elles sont stockées en France ?

Merci,
Anthony
"""),

R("fr.fr.neg-stagiaire-portabilite-ses-clients", [],
  "Hélène Durand <helene.durand.coach@gmail.com>",
  "Question RGPD pour ma propre activité",
  """Bonjour Sandra,

Suite à la formation « Lancer son activité de coach », une question : si une de MES
clientes me demande la portabilité de ses données, qu'est-ce que je dois lui fournir
exactement ? Les notes de séance entrent-elles dedans ? Je suis un peu perdue.

Merci pour vos lumières,
Hélène
"""),

R("fr.ch.neg-question-nlpd-droits", [],
  "Yves Rochat <yves.rochat@vtxnet.ch>",
  "nLPD ou RGPD ?",
  """Bonjour Madame,

J'envisage de suivre votre cours en ligne depuis la Suisse. Par curiosité : est-ce le RGPD
ou la nLPD qui s'appliquerait à mes données, et quels seraient concrètement mes droits
(accès, effacement…) ? Je pose la question par déformation professionnelle, je suis
juriste.

Avec mes meilleures salutations,
Yves Rochat
"""),

# NEAR-LINE: asks how unsubscribing would work; does not unsubscribe.
R("fr.fr.neg-question-desabo-garde-cours", [],
  "Gisèle Morin <gisele.morin@orange.fr>",
  "newsletter et cours",
  """Bonjour,

Si je me désinscris de la newsletter, est-ce que je reste bien inscrite au cours en ligne
et est-ce que je reçois toujours les mails des modules ? Je ne voudrais pas tout perdre.

Gisèle
"""),

# ------------------------------------------------------------------ CNIL / APD complaints
R("fr.fr.neg-copie-plainte-cnil", [],
  "Sébastien Caron <sebastien.caron@gmail.com>",
  "Pour information – plainte CNIL",
  """Madame,

Pour votre information, vous trouverez ci-joint copie de la plainte que je viens de
déposer auprès de la CNIL, faute de réponse satisfaisante de votre part à mes précédents
courriels.

S. Caron
""",
  att=[("pdf", "plainte_CNIL_accuse_reception.pdf", "CNIL - Accusé de réception de votre plainte\nNuméro : 25-118432\nOrganisme mis en cause : Floraison de Soi (Issoudun)")]),

R("fr.be.neg-copie-plainte-apd", [],
  "Marc Dubois <marc.dubois@skynet.be>",
  "Copie : plainte auprès de l'Autorité de protection des données",
  """Madame,

Je vous informe que j'ai introduit ce jour une plainte auprès de l'Autorité de protection
des données (Bruxelles) et, par son intermédiaire, auprès de la CNIL, concernant l'envoi
de courriels publicitaires. Vous en trouverez le texte ci-dessous.

---
Madame, Monsieur,
Je reçois depuis plusieurs mois des courriels publicitaires de la société Floraison de Soi
(France) sans avoir donné mon accord...
---

Marc Dubois
"""),

# NEAR-LINE: complaint addressed to the CNIL with Sandra in Cc -> negative.
R("fr.fr.neg-plainte-cnil-cc", [],
  "Isabelle Perret <isabelle.perret@laposte.net>",
  "Plainte contre Floraison de Soi",
  """Madame, Monsieur,

Je souhaite porter plainte contre l'entreprise Floraison de Soi (Sandra Delomenie,
Issoudun), qui continue de m'envoyer des courriels commerciaux malgré plusieurs demandes
de désinscription de ma part. Je joins les captures d'écran.

Je reste à votre disposition.

Isabelle Perret
""",
  to="CNIL – Service des plaintes <plaintes@cnil-exemple.fr>", cc=CONTACT,
  att=[("png", "capture1.png"), ("png", "capture2.png")]),

# ------------------------------------------------------------------ another adult's data
R("fr.fr.neg-mari-notes-epouse", [],
  "Alain Vidal <alain.vidal@orange.fr>",
  "Ma femme",
  """Bonjour Madame,

Ma femme, Catherine Vidal, est suivie par vous depuis quelques mois. Elle a beaucoup changé
et je m'inquiète. Pourriez-vous m'envoyer ce qu'elle vous a dit lors des séances, ou au
moins me dire si elle parle de partir ? Je pense avoir le droit de savoir.

Alain Vidal
"""),

# NEAR-LINE: a colleague relays a deletion wish for another living adult; not her own data.
R("fr.fr.neg-collegue-supprimer-sophie", [],
  "Karim Benali <karim.benali@transports-berry-exemple.fr>",
  "Pour Sophie Martin",
  """Bonjour,

Ma collègue Sophie Martin, qui a suivi votre formation avec moi en octobre, m'a demandé de
vous dire de supprimer ses données de vos fichiers. Elle n'a pas accès à ses mails en ce
moment.

Cordialement,

Karim Benali
Responsable d'exploitation
Transports du Berry

""" + DISC_FR + "\n"),

# NEAR-LINE: mother asks about her adult son's file -> another living adult -> negative.
R("fr.fr.neg-mere-fils-adulte", [],
  "Danielle Morel <danielle.morel36@orange.fr>",
  "Mon fils Kévin",
  """Bonjour Madame,

Mon fils Kévin (26 ans) a fait du coaching avec vous l'an dernier pour son projet
professionnel. Il ne veut plus m'en parler. Pourriez-vous me dire ce que vous avez dans son
dossier, pour que je puisse l'aider ? Je suis sa mère, je m'inquiète.

Danielle Morel
"""),

# ------------------------------------------------------------------ forwards
R("fr.be.neg-fwd-double-prelevement", [],
  "Thérèse Vandenbussche <therese.vandenbussche@skynet.be>",
  "Fwd: Votre reçu de Floraison de Soi #1843-2207",
  """Bonjour Sandra,

Je crois que j'ai été prélevée deux fois ce mois-ci pour le programme (voir ci-dessous, et
j'ai le même reçu daté du 3). C'est normal ou c'est un bug ? Pas de stress, on régularisera
le mois prochain si c'est plus simple.

À tantôt,
Thérèse
""" + fwd_apple_fr("Floraison de Soi <invoice+statements@stripe.com>", "Votre reçu de Floraison de Soi #1843-2207",
                   "4 mars 2026 à 06:12:44 UTC+1", "therese.vandenbussche@skynet.be",
                   """Reçu de Floraison de Soi
Montant payé : 39,00 €
Date de paiement : 4 mars 2026
Moyen de paiement : Mastercard – 5531
Programme « Retrouver son élan » – mensualité

Des questions ? Contactez Floraison de Soi à contact@floraisondesoi.fr."""),
  date="2026-03-05"),

R("fr.fr.neg-verif-phishing-piece-jointe", [],
  "Ghislaine Bertrand <ghislaine.bertrand@orange.fr>",
  None,
  """Bonjour Sandra,

J'ai reçu le message ci-joint qui dit venir de vous et me demande de « confirmer mes
données bancaires pour le renouvellement de mon espace ». Ça ne vous ressemble pas du tout,
alors je préfère vérifier avant de cliquer sur quoi que ce soit. C'est bien de vous ?

Ghislaine
""",
  att=[("eml", "Renouvellement de votre espace.eml",
        {"from": "Floraison de Soi <service@floraison-desoi-renouvellement-exemple.com>",
         "to": "ghislaine.bertrand@orange.fr",
         "subject": "Renouvellement de votre espace – action requise",
         "body": "Bonjour,\n\nVotre espace membre expire aujourd'hui. Pour éviter la suppression de vos données,\nconfirmez vos coordonnées bancaires : http://floraison-desoi-renouvellement-exemple.com/confirm\n\nL'équipe Floraison de Soi\n"})]),
]
