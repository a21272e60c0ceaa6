# -*- coding: utf-8 -*-
"""French-language negatives written by people (clients, partners, Sandra herself)."""
from recbase import M

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SIG = """\
--
Sandra Delomenie
Coach & formatrice – Floraison de Soi
46 rue d'Estienne d'Orves – 36100 Issoudun
06 81 84 21 73 – www.floraisondesoi.fr
"""

RECORDS = [

# ------------------------------------------------------------------ ordinary business mail
M("fr.prof-modifier-rdv-copies", [],
  "Sandrine Bouvier <sandrine.bouvier@ac-orleans-tours.fr>",
  "rdv jeudi",
  """\
Bonjour Sandra,

Est-ce qu'on pourrait modifier notre rendez-vous de jeudi ? J'ai un conseil de classe qui a été déplacé et je dois encore corriger une pile de copies avant vendredi…

Je suis libre mardi prochain à partir de 17h ou mercredi toute la journée.

Merci et désolée du contretemps,
Sandrine
""",
  date="2025-03-11 07:12"),

M("fr.comptable-export-stripe-doublon", [],
  '"Cabinet Audit Berry – Mélanie Rousseau" <m.rousseau@auditberry-expertise.fr>',
  "Clôture T3 – pièces manquantes",
  """\
Bonjour Madame Delomenie,

Dans le cadre de la clôture du 3e trimestre, pourriez-vous m'adresser :
- l'export Stripe des paiements de juillet à septembre (format CSV, depuis l'onglet « Paiements ») ;
- une copie des factures émises sur la période, en PDF ;
- le relevé de la plateforme Systeme.io pour les ventes du parcours Éclore.

J'ai également relevé un doublon : la facture 2025-041 apparaît deux fois dans votre journal des ventes. Il faudra supprimer la seconde saisie et me confirmer qu'il n'y a eu qu'un seul encaissement.

Merci d'avance, bonne journée,

Mélanie Rousseau
Collaboratrice comptable
Cabinet Audit Berry Expertise – 2 bd Roosevelt – 36100 Issoudun
Tél. 02 54 .. .. ..

Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels.
""",
  date="2025-10-07 10:44", xm="Microsoft Outlook 16.0", cte="qp"),

# NEAR-LINE: "une copie du support" is a course handout, not her personal data -> negative.
M("fr.copie-support-formation", [],
  "Morgane Lefebvre <morgane.lefebvre@ville-chateauroux.fr>",
  "Support de la formation",
  """\
Bonjour Madame Delomenie,

J'ai participé à la formation « Communication non violente » du 4 avril à la médiathèque. Je n'arrive pas à retrouver la copie du support de formation que vous deviez nous envoyer par mail (le diaporama et la fiche « les 4 étapes »).

Pourriez-vous me le renvoyer ? Je voudrais le partager avec mon équipe.

Merci beaucoup,
Morgane Lefebvre
Service Jeunesse – Ville de Châteauroux
""",
  date="2025-04-17 14:25"),

M("fr.exercice-effacer-pensees", [],
  "Béatrice Lamy <beatrice.lamy@gmail.com>",
  "Mes avancées depuis mardi",
  """\
Bonjour Sandra,

Je voulais vous partager un petit bilan de la semaine, comme vous me l'aviez proposé.

L'exercice du « tableau blanc », où l'on efface une à une les pensées négatives, m'a vraiment aidée. Je l'ai refait trois soirs de suite. J'ai aussi supprimé l'application de réseau social qui me faisait me comparer sans arrêt — quel soulagement !

Et surtout : samedi, pour la première fois, je me suis opposée calmement à ma belle-mère au sujet des vacances. Je n'ai pas crié, je n'ai pas pleuré, j'ai juste dit non. Je suis fière de moi.

À mardi,
Béatrice
""",
  date="2025-05-25 21:40"),

M("fr.rh-convention-clause-rgpd", [],
  '"DUVAL Emmanuelle" <e.duval@centre-emballages.fr>',
  "Convention de formation – Gestion du stress – 6 salariés",
  """\
Bonjour Madame Delomenie,

Suite à notre échange téléphonique, je vous retourne la convention de formation.

Merci de bien vouloir modifier le nombre de participants : nous serons finalement 6 et non 8 (deux personnes de l'atelier ne pourront pas se libérer). Je vous transmettrai la liste nominative la semaine prochaine.

Notre service juridique nous demande également d'annexer à la convention notre clause type RGPD relative à la sous-traitance des données des stagiaires (document joint). Pourriez-vous la relire, la signer et nous la retourner avec la convention modifiée ?

Bien cordialement,

Emmanuelle Duval
Responsable Ressources Humaines
Centre Emballages SAS – Route de Bourges – 36100 Issoudun
""",
  date="2025-09-23 11:05", xm="Microsoft Outlook 16.0", fmt="alt",
  att=[("Annexe_RGPD_sous-traitance_Centre_Emballages.docx", "docx",
  "ANNEXE - PROTECTION DES DONNEES PERSONNELLES\nArticle 1 - Objet\nLe prestataire de formation s'engage a traiter les donnees des stagiaires conformement au RGPD.\nArticle 2 - Duree de conservation\nArticle 3 - Securite\nArticle 4 - Droits des personnes")]),

M("fr.webmaster-bandeau-cookies", [],
  "Julien Morel <julien@morel-web.fr>",
  "Mise à jour site : page RGPD + bandeau cookies",
  """\
Salut Sandra,

C'est fait : j'ai mis en ligne la nouvelle version de ta page « Politique de confidentialité » (celle que tu m'as envoyée en PDF) et j'ai remplacé le bandeau cookies. Maintenant Google Analytics ne se déclenche qu'après consentement, et le visiteur peut refuser en un clic, comme le veut la CNIL.

Petit point à valider : dans le pied de page, je mets « Données personnelles » ou « Confidentialité » comme intitulé du lien ?

Tu me dis,
Julien

Julien Morel – Webdesign & WordPress – Issoudun
""",
  date="2025-02-25 18:12"),

M("fr.fils-s-oppose-stage", [],
  "Valérie Marchand <valerie.marchand36@orange.fr>",
  "Stage ados – Théo ne veut plus venir",
  """\
Bonjour Sandra,

Je suis un peu embêtée : Théo s'oppose catégoriquement à venir au deuxième jour du stage. Il dit que « c'est nul » et qu'il n'a « rien à dire devant des inconnus ». Je pense que c'est plutôt la peur du regard des autres…

Est-ce que vous auriez deux minutes pour l'appeler ou lui écrire un petit mot ? Il vous a trouvée sympa, je crois que ça pourrait le débloquer.

Merci beaucoup,
Valérie (maman de Théo)
""",
  date="2025-10-21 19:33"),

M("fr.prospect-certificat-acces-replays", [],
  "Jennifer Caron <jennifer.caron@gmail.com>",
  "Questions avant inscription",
  """\
Bonjour,

Je suis intéressée par votre parcours en ligne « Éclore », mais j'ai quelques questions avant de m'inscrire :

- Est-ce que la formation donne droit à un certificat ou une attestation ?
- Combien de temps garde-t-on l'accès aux vidéos et aux replays des lives ?
- Est-il possible de payer en 3 fois ?
- Si je ne peux pas assister aux lives du mardi soir (je travaille en horaires décalés), est-ce que je peux poser mes questions par écrit ?

Merci d'avance pour vos réponses !
Jennifer
""",
  date="2025-01-26 22:48"),

# NEAR-LINE: a copy of one invoice for a works council is an ordinary business request,
# not access to "all one's data" -> negative.
M("fr.copie-facture-ce", [],
  "Fabrice Lemaître <fabrice.lemaitre@laposte.net>",
  "Facture atelier",
  """\
Bonjour Madame,

Pourriez-vous me renvoyer une copie de ma facture pour l'atelier du 22 mars ? Mon CE rembourse une partie des activités de bien-être et je ne retrouve plus l'original.

Merci beaucoup,
Fabrice Lemaître
""",
  date="2025-05-05 12:30"),

M("fr.collegue-modele-consentement", [],
  "Agathe Roussel <agathe@roussel-coaching.fr>",
  "Ton modèle de consentement ?",
  """\
Coucou Sandra,

On s'était croisées au salon de Bourges et tu m'avais parlé de ton formulaire de consentement pour les données de santé. Je suis en train de remettre à plat tout mon côté RGPD (j'ai un peu honte, je m'y prends tard…).

Est-ce que tu accepterais de me partager ton modèle, pour que je m'en inspire ? Je l'adapterai évidemment à ma pratique. Je peux t'envoyer en échange ma trame de contrat d'accompagnement, qui a été relue par une juriste.

Belle journée et au plaisir de se recroiser,
Agathe
Roussel Coaching – Vierzon
""",
  date="2025-11-12 09:55"),

M("fr.cofacilitatrice-tableur-effacer-lignes-test", [],
  "Émilie Sabatier <emilie.sabatier@gmail.com>",
  "Tableau des questionnaires de satisfaction",
  """\
Hello Sandra,

J'ai saisi les données des questionnaires de satisfaction de la session de juin dans le tableur partagé (onglet « Juin 2025 »). Moyenne générale : 4,6/5, très beau résultat !

Attention : les lignes 2 à 5 sont des lignes de test que j'avais créées pour vérifier les formules, il faudra les effacer avant d'envoyer le bilan à l'OPCO. Je n'ai pas osé le faire sans ton accord.

Et je t'ai laissé un commentaire sur la question 7, la formulation est ambiguë.

Bises,
Émilie
""",
  date="2025-07-04 16:18"),

M("fr.support-systemeio-export-contacts", [],
  '"Support Systeme.io" <support@systeme.io>',
  "Re: [Ticket #482913] Export des contacts avec tags",
  """\
Bonjour Sandra,

Merci pour votre message.

Pour exporter vos contacts avec leurs tags, rendez-vous dans Contacts > Tous les contacts, sélectionnez les contacts souhaités puis cliquez sur « Actions » > « Exporter ». Le fichier CSV vous sera envoyé par email dans quelques minutes.

Concernant la suppression des contacts inactifs, vous pouvez filtrer par « Dernière activité » et utiliser l'action groupée « Supprimer ». Attention, cette action est irréversible.

N'hésitez pas si vous avez d'autres questions.

Bien cordialement,
Yasmine
Équipe Support Systeme.io
""",
  date="2025-06-12 15:02", fmt="html", irt="orange"),

M("fr.devoir-semaine-docx", [],
  "Sébastien Roy <sebastien.roy@gmail.com>",
  "Exercice semaine 3 – ma roue de la vie",
  """\
Bonjour Sandra,

Voici mon exercice de la semaine (la roue de la vie + mes trois objectifs). J'ai eu du mal avec la partie « relations », j'ai préféré l'effacer et la refaire deux fois, on en parlera lundi.

Bonne fin de semaine,
Sébastien
""",
  date="2025-02-07 18:41", att=[("Roue_de_la_vie_S_Roy.docx", "docx",
  "Ma roue de la vie - semaine 3\nTravail : 6/10\nSante : 5/10\nRelations : 4/10 (refait deux fois)\nLoisirs : 3/10\nObjectif 1 : reprendre la course a pied\nObjectif 2 : appeler ma soeur chaque dimanche\nObjectif 3 : dire non aux heures sup du samedi")]),

M("fr.be-atelier-maintenu-train", [],
  "Anne-Françoise Wauters <af.wauters@skynet.be>",
  "Atelier de samedi à Issoudun",
  """\
Bonjour Sandra,

Avec les grèves annoncées à la SNCF, est-ce que l'atelier de samedi est bien maintenu ? Je viens de Tournai et je dois modifier mon billet de train avant ce soir si je veux passer par Paris-Austerlitz plutôt que par Orléans.

Merci de me tenir au courant, à tantôt j'espère !
Anne-Françoise
""",
  date="2025-06-04 12:51"),

# NEAR-LINE: "avoir accès à l'enregistrement" = access to the conference replay, not to
# her personal data -> negative.
M("fr.qc-acces-enregistrement-conference", [],
  "Geneviève Roy <genevieve.roy@videotron.ca>",
  "Enregistrement de la conférence",
  """\
Bonjour Sandra,

Est-ce que je peux avoir accès à l'enregistrement de la conférence de mardi sur l'estime de soi? Avec le décalage horaire, c'était à 13 h chez nous et j'étais pris au bureau.

Merci et bonne journée!
Geneviève
""",
  date="2025-10-16 19:02"),

M("fr.correction-horaire-seance", [],
  "Paul Hébert <paul.hebert@free.fr>",
  "Petite correction",
  """\
Bonjour Sandra,

Petite correction par rapport à mon message d'hier : c'est bien mardi 14h qui m'arrange, et non 16h (j'ai inversé avec le kiné).

Merci et à mardi,
Paul
""",
  date="2025-09-17 08:22"),

M("fr.salle-municipale-convention", [],
  '"Service Vie associative – Mairie" <vie.associative@ville-issoudun.fr>',
  "Mise à disposition salle des Augustins – convention",
  """\
Madame,

Nous accusons réception de votre demande de mise à disposition de la salle des Augustins pour l'atelier du samedi 8 novembre (9h–17h).

Merci de bien vouloir nous retourner la convention ci-jointe, datée et signée, accompagnée de votre attestation d'assurance responsabilité civile. Une copie de la convention signée sera transmise au service technique pour l'ouverture de la salle.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service Vie associative
""",
  date="2025-10-02 09:30", att=[("Convention_salle_Augustins_08-11.pdf", "pdf",
  "CONVENTION DE MISE A DISPOSITION\nSalle des Augustins - samedi 8 novembre 2025\nBeneficiaire : Floraison de Soi - Sandra Delomenie")]),

M("fr.ch-confidentialite-seances", [],
  "Mélanie Schaller <melanie.schaller@gmx.ch>",
  "Accompagnement individuel – renseignements",
  """\
Bonjour Madame,

Je vous écris de Genève. Une amie m'a recommandé votre accompagnement individuel en visio. Pourriez-vous m'indiquer vos tarifs et le nombre de séances habituel ?

J'aimerais aussi savoir si ce que l'on se dit en séance reste strictement confidentiel, et si vous prenez des notes. J'occupe un poste assez exposé et c'est important pour moi.

Avec mes remerciements et mes meilleures salutations,
Mélanie Schaller
""",
  date="2025-08-21 13:37"),

M("fr.supprimer-module-favoris", [],
  "Ginette Brunet <ginette.brunet@orange.fr>",
  "Petit souci sur la plateforme",
  """\
Bonjour Sandra,

Je ne suis pas très douée avec l'ordinateur. Sur la plateforme de la formation, j'ai mis le module 2 en « favori » par erreur et maintenant il apparaît tout en haut. Comment je fais pour le supprimer de la liste des favoris ?

Et est-ce qu'on peut agrandir l'écriture des vidéos ?

Merci, vous êtes patiente avec moi !
Ginette
""",
  date="2025-12-09 15:11"),

# NEAR-LINE: re-addressing the invoice to the employer who pays is an invoicing matter,
# not the correction of the person's own data -> negative.
M("fr.facture-au-nom-employeur", [],
  "Céline Marty <celine.marty@pharmacie-marty.fr>",
  "Facture à modifier",
  """\
Bonjour,

Pour la formation « Gestion du temps » de la semaine dernière, est-il possible de modifier la facture : la mettre au nom de la SELARL Pharmacie Marty (12 place du Marché, 36100 Issoudun) au lieu de mon nom personnel ? C'est la pharmacie qui règle.

Merci beaucoup,
Céline Marty
""",
  date="2025-11-24 18:03"),

M("fr.client-nouvelles-emotion", [],
  "Aurore Delcourt <aurore.delcourt@hotmail.fr>",
  "Des nouvelles",
  """\
Sandra,

Je vous écris parce que j'ai besoin de poser les choses quelque part et que vous m'aviez dit que je pouvais.

Ça y est, je l'ai fait. J'ai effacé son numéro, j'ai supprimé toutes nos photos du téléphone (j'en ai gardé une, dans un tiroir, je ne suis pas prête) et j'ai retiré ma candidature pour le poste à Tours qu'on devait prendre ensemble. C'est bizarre, je me sens à la fois vide et légère.

Je ne vous demande rien de particulier, je voulais juste que quelqu'un le sache. On en parlera jeudi.

Aurore
""",
  date="2025-04-06 23:27"),

M("fr.salon-bien-etre-inscription", [],
  '"Salon Bien-Être & Harmonie" <exposants@salon-bienetre-berry.fr>',
  "Salon Bien-Être de Châteauroux – confirmation de votre stand",
  """\
Bonjour Sandra Delomenie,

Nous avons bien reçu votre inscription en tant qu'exposante au Salon Bien-Être & Harmonie des 14 et 15 mars 2026 (Parc des expositions de Châteauroux, stand n° 42).

Merci de vérifier les informations figurant dans votre fiche exposant (nom commercial, description, photo) : si des données sont à modifier pour le catalogue, vous pouvez le faire vous-même jusqu'au 15 février depuis votre espace exposant.

Le solde de 180 € est à régler avant le 1er mars.

À très bientôt !
L'équipe du Salon
""",
  date="2026-01-19 10:00", fmt="html"),

M("fr.ics-reunion-cadrage", [],
  '"LAMBERT Frédéric" <frederic.lambert@groupe-ceralys.fr>',
  "Réunion de cadrage – formation managers",
  """\
Bonjour Madame Delomenie,

Comme convenu par téléphone, je vous propose une réunion de cadrage en visio pour la formation « Manager avec bienveillance » (12 participants, 2 jours en mars).

Vous trouverez l'invitation ci-jointe. Je vous enverrai en amont la liste des participants et les résultats de notre baromètre interne.

Cordialement,
Frédéric Lambert
Responsable formation – Groupe Céralys
""",
  date="2026-01-27 16:45", xm="Microsoft Outlook 16.0",
  att=[("invite.ics", "ics", """\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000070C3F8A1B2C4DC01000000000000000010000000B24CADRAGE01
DTSTAMP:20260127T154500Z
DTSTART;TZID=Romance Standard Time:20260203T100000
DTEND;TZID=Romance Standard Time:20260203T110000
SUMMARY:Cadrage formation managers – Floraison de Soi / Céralys
LOCATION:Microsoft Teams
ORGANIZER;CN=LAMBERT Frédéric:mailto:frederic.lambert@groupe-ceralys.fr
ATTENDEE;CN=sandra.delomenie@orange.fr;RSVP=TRUE:mailto:sandra.delomenie@orange.fr
END:VEVENT
END:VCALENDAR
""")]),

M("fr.imprimeur-bat-a-corriger", [],
  '"Imprimerie du Berry" <devis@imprimerie-du-berry.fr>',
  "BAT cartes de visite + flyers – à valider",
  """\
Bonjour Madame,

Veuillez trouver ci-joint le BAT de vos cartes de visite et de vos flyers « Ateliers printemps ».

Merci de vérifier attentivement les coordonnées (téléphone, adresse, site) : toute erreur non corrigée sur le BAT ne pourra pas faire l'objet d'une réimpression gratuite. Si vous souhaitez modifier un élément, indiquez-le directement sur le PDF ou par retour de mail.

Cordialement,
Service PAO – Imprimerie du Berry
""",
  date="2026-02-17 11:20", att=[("BAT_FloraisonDeSoi_cartes_flyers.pdf", "pdf",
  "BON A TIRER\nCartes de visite 85x55 - Floraison de Soi\nFlyers A5 - Ateliers printemps 2026\nA retourner signe avant impression")]),

# ------------------------------------------------------------------ cancellations
M("fr.annule-atelier-15", [],
  "Claire Dumas <claire.dumas@gmail.com>",
  "Atelier du 15 mars",
  """\
Bonjour Sandra,

Je suis vraiment désolée mais je dois annuler ma participation à l'atelier du samedi 15 mars : mon père vient d'être hospitalisé et je vais passer le week-end auprès de lui.

J'espère pouvoir m'inscrire à une prochaine date. Faut-il que je fasse quelque chose pour le remboursement ou un avoir ?

Merci de votre compréhension,
Claire
""",
  date="2025-03-12 08:03"),

M("fr.resiliation-cercle-mensuel", [],
  "Odile Renard <odile.renard@laposte.net>",
  "Résiliation abonnement",
  """\
Madame,

Je souhaite résilier mon abonnement au cercle de parole mensuel à compter de la fin de ce mois. Merci de faire le nécessaire pour que le prélèvement Stripe soit arrêté.

Cordialement,
Odile Renard
""",
  date="2025-05-28 17:50"),

M("fr.annule-rdv-enfant-malade", [],
  "Cindy Lopes <cindy.lopes36@gmail.com>",
  "",
  """\
coucou sandra
desolee je vais devoir annuler le rdv de demain 10h, le petit a 39 de fievre et pas de nounou 😩
on peut voir pour la semaine pro ? 
bisous
cindy
""",
  date="2025-11-19 21:58", cte="b64"),

# NEAR-LINE: "je me désinscris" concerns a workshop, not the newsletter -> cancellation,
# negative.
M("fr.be-desinscris-atelier-samedi", [],
  "Sébastien Maes <sebastien.maes@telenet.be>",
  "Désinscription atelier",
  """\
Bonjour,

Je me désinscris de l'atelier en ligne de samedi prochain, j'ai un souper de famille pour les septante ans de ma mère qui a été avancé. Par contre je reste bien inscrit à celui d'octobre.

Merci et à bientôt,
Sébastien
""",
  date="2025-09-03 20:47"),

M("fr.entreprise-annule-inscription-salarie", [],
  '"Service Formation – Transports Berrichons" <formation@transports-berrichons.fr>',
  "Annulation inscription – M. PETIT Yoann",
  """\
Madame,

Nous vous informons que M. Yoann PETIT ne pourra pas participer à la session « Gestion des conflits » des 5 et 6 février pour raisons de service. Nous annulons donc son inscription.

Pourriez-vous nous faire parvenir une facture rectificative tenant compte de cette annulation (5 participants au lieu de 6) ?

Cordialement,
Service Formation
Transports Berrichons – Déols
""",
  date="2026-01-29 14:12", xm="Microsoft Outlook 16.0"),

M("fr.qc-annuler-abonnement-eclore", [],
  "Stéphanie Dufour <steph.dufour@hotmail.com>",
  "Annulation",
  """\
Bonjour,

J'aimerais annuler mon abonnement mensuel au parcours Éclore (le paiement de 29 € par mois). Je n'ai plus le temps de suivre les modules avec la rentrée scolaire de mes trois enfants.

Merci de confirmer que le prochain prélèvement n'aura pas lieu.

Bonne journée,
Stéphanie
Longueuil
""",
  date="2025-08-27 12:19"),

# NEAR-LINE: deleting a booking slot is a scheduling matter -> negative.
M("fr.supprimer-creneau-calendly", [],
  "Olivier Lacombe <olivier.lacombe@gmail.com>",
  "Créneau de jeudi",
  """\
Bonjour Sandra,

J'ai réservé par erreur deux créneaux sur Calendly pour jeudi (10h et 11h). Pouvez-vous supprimer celui de 11h ? Je n'arrive pas à le faire moi-même depuis le lien de confirmation.

Merci !
Olivier
""",
  date="2026-03-11 09:14"),

# ------------------------------------------------------------------ access / password problems
M("fr.plus-acces-espace-membre", [],
  "Laurence Michaud <laurence.michaud@wanadoo.fr>",
  "Problème de connexion",
  """\
Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace membre sur votre site de formation. Quand je mets mon adresse et mon mot de passe, la page se recharge et rien ne se passe.

J'ai essayé sur mon ordinateur et sur ma tablette. Pouvez-vous m'aider ?

Merci,
Laurence Michaud
""",
  date="2025-04-08 10:37", att=[("Capture d'écran 2025-04-08 à 10.35.12.png", "png")]),

M("fr.lien-reinitialisation-mdp", [],
  "Mathieu Blanc <mathieu.blanc@sfr.fr>",
  "mot de passe",
  """\
Bonjour,
j'ai oublié mon mot de passe pour la formation en ligne et le lien de réinitialisation que je reçois dit "lien expiré" à chaque fois, même quand je clique tout de suite.
pouvez vous me le réinitialiser de votre côté ?
merci
Mathieu
""",
  date="2025-07-13 22:06"),

# NEAR-LINE: "je n'ai plus accès à mes données de formation" describes a platform bug
# (greyed-out modules) -> negative, despite the words "accès" and "données".
M("fr.plus-acces-donnees-formation-migration", [],
  "Armelle Girardin <armelle.girardin@orange.fr>",
  "Accès à mes données de formation",
  """\
Bonjour Sandra,

Depuis le changement de plateforme annoncé la semaine dernière, je n'ai plus accès à mes données de formation : tous les modules que j'avais terminés apparaissent en gris, ma progression est repartie à zéro et je ne peux plus ouvrir le module 4.

Est-ce que c'est normal ou est-ce qu'il y a eu un bug lors de la migration ?

Merci,
Armelle
""",
  date="2025-10-13 13:45"),

# NEAR-LINE: subject says "Demande d'accès" but the body asks for login credentials to the
# training area -> negative.
M("fr.ch-demande-acces-identifiants", [],
  "Patrick Jaquet <patrick.jaquet@bluewin.ch>",
  "Demande d'accès",
  """\
Bonjour Madame,

J'ai réglé hier par carte le parcours en ligne, mais je n'ai reçu aucun courriel avec mes identifiants. Je souhaiterais avoir accès à mon espace de formation dès que possible, car j'ai prévu de commencer ce week-end.

J'ai vérifié les indésirables, sans succès.

Avec mes meilleures salutations,
Patrick Jaquet
""",
  date="2025-11-08 09:58"),

M("fr.modifier-mot-de-passe", [],
  "Rose Carpentier <rose.carpentier@yahoo.fr>",
  "Modifier mon mot de passe",
  """\
Bonjour,

Je voudrais modifier mon mot de passe sur la plateforme car je crois que mon fils l'a vu 🙈 Où est-ce que je peux faire ça ? Je ne trouve pas le menu « mon compte ».

Merci,
Rose
""",
  date="2026-04-02 20:31"),

# ------------------------------------------------------------------ close my account (alone)
# NEAR-LINE: "fermer mon compte" with no mention of data -> negative per policy.
M("fr.fermer-compte-plateforme", [],
  "Yves Perrier <yves.perrier@free.fr>",
  "Compte formation",
  """\
Bonjour,

Pouvez-vous fermer mon compte sur la plateforme de formation ? J'ai terminé le parcours et je ne m'en sers plus.

Merci, et encore bravo pour le contenu.
Yves Perrier
""",
  date="2025-06-30 19:50"),

M("fr.cloture-compte-client", [],
  "Nadine Bertrand <nadine.bertrand@orange.fr>",
  "Clôture compte client",
  """\
Bonjour,

Clôture de mon compte client svp, je n'ai plus l'utilité de la formation.

Bonne journée.
Nadine Bertrand
""",
  date="2026-02-11 08:47"),

# ------------------------------------------------------------------ questions about rights
M("fr.ai-je-le-droit-supprimer-notes", [],
  "Amandine Noël <amandine.noel@gmail.com>",
  "Question sur mes notes",
  """\
Bonjour Sandra,

Une question qui me trotte dans la tête depuis notre dernière séance : ai-je le droit de vous demander de supprimer vos notes à la fin de l'accompagnement ? Et combien de temps les gardez-vous en général ?

Ce n'est pas une demande, hein, c'est juste pour savoir comment ça marche ! Je suis très contente de notre travail.

À mercredi,
Amandine
""",
  date="2025-03-26 20:15"),

M("fr.curiosite-recuperer-donnees", [],
  "Hugo Lambert <hugo.lambert@protonmail.com>",
  "Question RGPD",
  """\
Bonjour,

Par curiosité professionnelle (je suis développeur) : si un jour je voulais récupérer mes données de la plateforme, comment ça se passerait concrètement ? Vous passez par un export de Systeme.io ou vous le faites à la main ?

Je ne le demande pas maintenant, c'est juste une question.

Bonne journée,
Hugo
""",
  date="2025-08-04 11:26"),

M("fr.be-employeur-acces-seances", [],
  "Caroline Lemmens <caroline.lemmens@hotmail.be>",
  "Confidentialité",
  """\
Bonjour Madame,

Mon employeur (une administration communale à Mons) finance mes séances de coaching. Est-ce qu'il peut avoir accès à ce que je dis en séance, ou à vos notes ? Est-ce que vous lui faites un rapport ?

Je préfère savoir avant de me livrer davantage.

Merci pour votre réponse,
Caroline
""",
  date="2025-02-18 12:55"),

M("fr.memoire-etudiante-rgpd-coachs", [],
  "Chloé Vidal <chloe.vidal@etu.univ-poitiers.fr>",
  "Mémoire de Master – questionnaire RGPD et coaching",
  """\
Bonjour Madame Delomenie,

Je suis étudiante en Master 2 Droit du numérique à l'Université de Poitiers. Mon mémoire porte sur l'application du RGPD par les professionnels indépendants de l'accompagnement (coachs, sophrologues, praticiens bien-être).

Accepteriez-vous de répondre à un court questionnaire (15 minutes) ? Il porte notamment sur la manière dont vous gérez les demandes d'accès ou d'effacement, la conservation des notes de séance et le recueil du consentement pour les données de santé. Les réponses seront anonymisées.

Je vous remercie par avance pour votre aide.

Chloé Vidal
""",
  date="2026-03-16 14:02"),

# ------------------------------------------------------------------ CNIL complaints / copies
M("fr.copie-plainte-cnil", [],
  "Richard Baudin <richard.baudin@wanadoo.fr>",
  "Copie de ma plainte à la CNIL",
  """\
Madame,

Pour votre information, je vous transmets ci-joint la copie de la plainte que j'ai déposée ce jour auprès de la CNIL, à la suite de nos échanges de mars restés sans réponse satisfaisante.

Je n'ai rien d'autre à ajouter à ce stade.

Richard Baudin
""",
  date="2025-05-21 16:40", charset="iso-8859-1", att=[("Plainte_CNIL_accuse_reception.pdf", "pdf",
  "CNIL - ACCUSE DE RECEPTION DE VOTRE PLAINTE\nReference : 25012345\nOrganisme mis en cause : Floraison de Soi (Sandra Delomenie)\nObjet : exercice des droits")]),

# NEAR-LINE: the CNIL itself asking Sandra for observations on a complaint -> negative.
M("fr.cnil-saisine-courrier", [],
  '"CNIL - Service des plaintes" <ne-pas-repondre@cnil.fr>',
  "Plainte n° 25-087412 – Floraison de Soi",
  """\
Madame,

La Commission nationale de l'informatique et des libertés (CNIL) a été saisie d'une plainte de Monsieur R. B. concernant les suites réservées à une demande d'exercice de droits qu'il vous avait adressée.

Afin de nous permettre d'instruire ce dossier, nous vous remercions de bien vouloir nous faire part, dans un délai d'un mois, de vos observations, en précisant notamment les mesures prises pour répondre à la demande de l'intéressé.

Vous trouverez en pièce jointe le courrier complet.

Le service des plaintes
Commission nationale de l'informatique et des libertés
3 place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07
""",
  date="2025-07-09 10:02", fmt="alt", att=[("Courrier_CNIL_25-087412.pdf", "pdf",
  "COMMISSION NATIONALE DE L'INFORMATIQUE ET DES LIBERTES\nPlainte n. 25-087412\nDemande d'observations")]),

M("fr.plainte-deposee-plus-de-contact", [],
  "Sylvie Marchetti <sylvie.marchetti@gmail.com>",
  "CNIL",
  """\
Madame,

Je vous informe que j'ai déposé aujourd'hui une plainte auprès de la CNIL concernant l'utilisation de ma photo sans mon accord sur vos réseaux sociaux.

Je ne communiquerai plus avec vous que par l'intermédiaire de la Commission.

S. Marchetti
""",
  date="2025-12-17 18:20"),

# ------------------------------------------------------------------ about another living adult
M("fr.mari-notes-epouse", [],
  "Didier Vasseur <didier.vasseur@orange.fr>",
  "Ma femme",
  """\
Bonjour Madame,

Ma femme, Christine, vient vous voir depuis plusieurs mois. Depuis, elle a beaucoup changé et parle de « prendre du recul » sur notre couple.

J'aimerais savoir ce qu'elle vous a dit et, si possible, obtenir une copie de vos notes. Je pense que j'ai le droit de savoir, c'est aussi ma vie.

Didier Vasseur
""",
  date="2025-06-08 22:41"),

# NEAR-LINE: a mother asking to delete the data of her ADULT son (22) -> not his own
# request, no mandate -> negative.
M("fr.mere-fils-22-ans-supprimer", [],
  "Jocelyne Morin <jocelyne.morin@laposte.net>",
  "Julien Morin",
  """\
Bonjour Madame,

Mon fils Julien, 22 ans, avait suivi votre accompagnement « orientation » l'an dernier. Il est très occupé par ses études à Lyon et m'a demandé de m'occuper de ses papiers.

Pouvez-vous supprimer toutes ses données de vos fichiers ? Il reçoit trop de mails.

Merci,
Jocelyne Morin
""",
  date="2025-10-29 14:07", cte="b64"),

M("fr.manager-evaluations-collaborateurs", [],
  '"GAUTIER Philippe" <philippe.gautier@scierie-gautier.fr>',
  "Formation de mes équipes – retours individuels",
  """\
Bonjour Madame Delomenie,

Merci pour les deux journées de formation avec mes chefs d'équipe, les retours à chaud sont bons.

Pourriez-vous m'envoyer les évaluations individuelles de mes collaborateurs (auto-diagnostics et vos observations) ? J'aimerais les utiliser pour les entretiens annuels de janvier.

Cordialement,
Philippe Gautier
Directeur – Scierie Gautier
""",
  date="2025-12-05 17:33"),

# NEAR-LINE: a colleague relaying someone else's unsubscribe wish; the data subject is
# another living adult -> negative.
M("fr.collegue-nadia-newsletter", [],
  "Sandrine Petitjean <sandrine.petitjean@ehpad-lesglycines.fr>",
  "Newsletter",
  """\
Bonjour Sandra,

Ma collègue Nadia (de l'atelier de mai) m'a demandé de vous dire qu'elle ne veut plus recevoir la newsletter, elle ne sait pas comment faire. Son adresse c'est nadia.b@hotmail.fr il me semble.

Bonne journée,
Sandrine
""",
  date="2025-07-25 13:28"),

# ------------------------------------------------------------------ thank-you above a handled request
# NEAR-LINE: thank-you above a quoted, already handled erasure request -> negative.
M("fr.merci-reactivite-suppression", [],
  "Marion Caillaud <marion.caillaud@gmail.com>",
  "Re: Suppression de mes données",
  """\
Merci beaucoup pour votre réactivité ! Bonne continuation à vous.

Marion

Le ven. 7 févr. 2025 à 17:20, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :

> Bonjour Marion,
>
> Je vous confirme que l'ensemble de vos données a bien été supprimé :
> compte sur la plateforme, fiche contact, notes et questionnaires.
> Seules les factures sont conservées, pour des raisons comptables.
>
> Belle continuation,
> Sandra
>
> > Le 5 févr. 2025 à 09:12, Marion Caillaud <marion.caillaud@gmail.com> a écrit :
> >
> > Bonjour Sandra, je souhaite que vous supprimiez toutes mes données
> > personnelles, merci. Marion
""",
  date="2025-02-07 18:02", irt="orange", refs_extra=True),

M("fr.bien-recu-fichier-export", [],
  "Jérôme Besnard <jerome.besnard@outlook.fr>",
  "RE: Votre demande – export de vos données",
  """\
Bien reçu le fichier, merci. Tout s'est bien importé.

Jérôme

De : Sandra Delomenie <sandra.delomenie@orange.fr>
Envoyé : mardi 16 septembre 2025 11:04
À : Jérôme Besnard <jerome.besnard@outlook.fr>
Objet : Votre demande – export de vos données

Bonjour Jérôme,

Comme suite à votre demande du 2 septembre, vous trouverez ci-joint l'export de vos données au format CSV (profil, progression, réponses aux exercices).

N'hésitez pas si quelque chose manque.

Bien à vous,
Sandra
""",
  date="2025-09-16 19:26", irt="orange", xm="Microsoft Outlook 16.0"),

M("fr.be-merci-changement-adresse", [],
  "Françoise Willems <francoise.willems@skynet.be>",
  "Re: Changement d'adresse",
  """\
Merci Sandra, c'est parfait pour le changement d'adresse. À bientôt !

Françoise

> Le 3 déc. 2025 à 10:41, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :
>
> Bonjour Françoise,
>
> C'est fait : votre nouvelle adresse (rue Haute 112, 1000 Bruxelles) est
> bien enregistrée, à la place de l'ancienne.
>
> Bonne journée,
> Sandra
>
>> Le 2 déc. 2025 à 18:05, Françoise Willems <francoise.willems@skynet.be> a écrit :
>>
>> Bonsoir, j'ai déménagé : rue Haute 112, 1000 Bruxelles. Pouvez-vous
>> mettre à jour ? Merci, Françoise
""",
  date="2025-12-03 11:15", irt="orange", refs_extra=True, xm="Apple Mail (2.3826.500.181.1.5)"),

# ------------------------------------------------------------------ giving consent
M("fr.temoignage-ok-publier-prenom", [],
  "Anaïs Robert <anais.robert@gmail.com>",
  "Mon témoignage 🌸",
  """\
Coucou Sandra,

Comme promis, voici quelques lignes sur le parcours :

« Avant Éclore, je doutais de tout, de mes choix comme de mes compétences. Huit semaines plus tard, j'ai osé demander une augmentation… et je l'ai obtenue ! Merci Sandra pour ta bienveillance et tes exercices concrets. »

Tu peux le publier sur ton site et tes réseaux avec mon prénom et l'initiale de mon nom (Anaïs R.). Pas de photo par contre 😉

Bisous,
Anaïs
""",
  date="2025-05-11 13:22"),

M("fr.autorisation-photo-stage-signee", [],
  "Franck Giraud <franck.giraud@sfr.fr>",
  "Autorisation photo – Emma Giraud",
  """\
Bonjour Madame,

Vous trouverez ci-joint l'autorisation de droit à l'image signée pour notre fille Emma (13 ans), pour le stage de la Toussaint. Nous sommes d'accord pour les photos de groupe sur votre site et votre page Facebook.

Cordialement,
Franck Giraud
""",
  date="2025-10-17 08:15", att=[("autorisation_droit_image_Emma.pdf", "pdf",
  "AUTORISATION DE DROIT A L'IMAGE\nNous soussignes Franck et Laure GIRAUD autorisons Floraison de Soi\na photographier notre fille Emma GIRAUD lors du stage ados de la Toussaint 2025.\nSignature des parents")]),

# NEAR-LINE: replying "oui" to a re-consent campaign gives consent; the quoted text
# mentions unsubscription but the new text is not a request -> negative.
M("fr.oui-continuer-lettre", [],
  "Michèle Roche <michele.roche@orange.fr>",
  "RE: Souhaitez-vous continuer à recevoir La Lettre de Floraison ?",
  """\
Oui, bien sûr, je veux continuer à la recevoir ! Je la lis toujours avec mon café du dimanche.

Michèle

> Message du 02/03/26 08:00
> De : "Sandra - Floraison de Soi" <contact@floraisondesoi.fr>
> Objet : Souhaitez-vous continuer à recevoir La Lettre de Floraison ?
>
> Bonjour Michèle,
> Vous êtes inscrite à ma lettre depuis plus de 3 ans. Pour continuer à
> la recevoir, il suffit de me répondre « oui » ou de cliquer ici.
> Sans réponse de votre part d'ici le 31 mars, vous serez désinscrite
> et vos coordonnées seront supprimées de ma liste.
> Sandra
""",
  date="2026-03-02 09:44", irt="generic"),

# ------------------------------------------------------------------ Sandra's own mail
# NEAR-LINE: Sandra's own answer to an access request (From her address) -> negative.
M("fr.sent-copie-donnees-envoyee", [],
  SANDRA,
  "Votre demande d'accès – copie de vos données",
  """\
Bonjour Madame Baraton,

Comme suite à votre courrier du 11 février, vous trouverez ci-joint la copie de l'ensemble des données vous concernant que je conserve : fiche d'inscription, notes de séances, questionnaires, historique des paiements.

Ces données sont conservées dans mon espace Google Drive et sur la plateforme Systeme.io ; les paiements transitent par Stripe. Elles n'ont été communiquées à aucun tiers en dehors de ces prestataires techniques et de mon expert-comptable (factures uniquement).

Je reste à votre disposition pour toute question.

Bien cordialement,
""" + SIG,
  date="2025-03-04 14:30", to='"Baraton Claudine" <claudine.baraton@wanadoo.fr>',
  att=[("Donnees_C_Baraton_2025-03.pdf", "pdf",
  "FLORAISON DE SOI - Donnees personnelles de Mme Claudine BARATON\n1. Identite et coordonnees\n2. Inscriptions : ateliers 2023, accompagnement 2024\n3. Notes de seances (6)\n4. Questionnaires\n5. Paiements")]),

M("fr.sent-export-comptable", [],
  SANDRA,
  "Export Stripe T3 + factures",
  """\
Bonjour Mélanie,

Voici l'export Stripe de juillet à septembre (CSV) ; je vous envoie les factures dans un second mail, le fichier est trop lourd.

Pour le doublon de la facture 2025-041, vous avez raison : il n'y a eu qu'un seul paiement, j'ai supprimé la seconde saisie.

Bonne journée,
Sandra
""",
  date="2025-10-08 09:12", to='"Cabinet Audit Berry – Mélanie Rousseau" <m.rousseau@auditberry-expertise.fr>', irt="outlook",
  att=[("stripe_paiements_2025-T3.csv", "csv", """\
id,Created date (UTC),Amount,Currency,Status,Description
py_3Q8xK2LkT0b24A01,2025-07-03 08:12,97.00,eur,Paid,Parcours Eclore
py_3Q9aB7LkT0b24A02,2025-07-19 14:40,45.00,eur,Paid,Atelier Confiance en soi
py_3QbcD1LkT0b24A03,2025-08-28 10:05,29.00,eur,Paid,Cercle mensuel
py_3QdEf4LkT0b24A04,2025-09-12 17:31,360.00,eur,Paid,Accompagnement individuel 6 seances
""")]),

M("fr.sent-politique-prospect", [],
  "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
  "Re: Questions avant inscription",
  """\
Bonjour Jennifer,

Merci pour votre message et votre intérêt pour le parcours Éclore !

- Oui, une attestation de suivi vous est remise à la fin des 8 semaines.
- Vous gardez l'accès aux vidéos et aux replays pendant 12 mois.
- Le paiement en 3 fois sans frais est possible.
- Vous pouvez bien sûr poser vos questions par écrit avant chaque live.

Vous trouverez également ma politique de confidentialité sur le site : vous y verrez quelles données je collecte, combien de temps je les garde, et comment exercer vos droits d'accès, de rectification, d'effacement ou d'opposition.

Au plaisir de vous compter parmi nous,
Sandra
""",
  date="2025-01-27 10:05", to="Jennifer Caron <jennifer.caron@gmail.com>", irt="gmail"),

# NEAR-LINE: note-to-self from her own address listing DSR tasks -> negative.
M("fr.sent-note-a-soi-meme", [],
  SANDRA,
  "À FAIRE semaine 9",
  """\
- répondre Mme Baraton (demande d'accès reçue le 11/02, délai 11/03 !!)
- supprimer le compte test sur Systeme.io
- relancer l'imprimerie pour les flyers du printemps
- modifier les dates de l'atelier de mai sur le site
- exporter les contacts « ateliers 2024 » pour faire le tri (> 3 ans = relance consentement)
- rappeler la mairie pour la salle
""",
  date="2025-02-24 07:02", to=SANDRA),

M("fr.sent-rappel-cercle-groupe", [],
  "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
  "Cercle de jeudi : le lien Zoom",
  """\
Bonsoir à toutes,

Voici le lien pour notre cercle de jeudi à 20h :
https://us06web.zoom.us/j/8412345678

Comme d'habitude, la séance n'est pas enregistrée : ce qui se dit dans le cercle reste dans le cercle.

Pensez à apporter un carnet et une boisson chaude 🍵

Belle soirée,
Sandra
""",
  date="2025-11-25 18:30", to="undisclosed-recipients:;"),

# ------------------------------------------------------------------ misc personal / forwards
M("fr.amie-perso-diner", [],
  "Véro <veronique.chartier@gmail.com>",
  "samedi soir ?",
  """\
Coucou ma belle !

Ça tient toujours samedi soir ? Alain fait son fameux pot-au-feu. Amène juste ton dessert et ta bonne humeur 😄

Et tu me raconteras ton salon du bien-être, j'ai vu les photos sur Facebook, ton stand était magnifique !

Bisous,
Véro
""",
  date="2026-03-18 12:06"),

M("fr.forward-mari-article-rgpd", [],
  "Patrick Dumot <patrick.dumot@orange.fr>",
  "Fwd: RGPD : ce que les indépendants doivent savoir en 2025",
  """\
Tiens, j'ai vu passer ça dans la lettre de la CCI, ça peut t'intéresser pour ton site.
Bises
P.

---------- Message transféré ---------
De : CCI de l'Indre <newsletter@indre.cci.fr>
Date : mer. 8 oct. 2025 à 07:30
Objet : RGPD : ce que les indépendants doivent savoir en 2025
À : <patrick.dumot@orange.fr>

RGPD : ce que les indépendants doivent savoir en 2025

Registre des traitements, durées de conservation, gestion des demandes d'accès et d'effacement : la CCI de l'Indre organise un atelier gratuit le 21 octobre à Châteauroux pour faire le point. Inscription en ligne.

Pour vous désinscrire de cette lettre, cliquez ici.
""",
  date="2025-10-08 20:14"),

M("fr.fwd-recu-double-prelevement", [],
  "Laëtitia Garnier <laetitia.garnier@laposte.net>",
  "Tr : Votre reçu – Cercle de parole mensuel",
  """\
Bonjour Sandra,

Je crois que j'ai été prélevée deux fois ce mois-ci pour le cercle mensuel (deux fois 29 € le 3 et le 4 février sur mon relevé). Je vous transfère le reçu que j'ai reçu, il y en a un autre identique.

Pouvez-vous vérifier et me rembourser le doublon ?

Merci beaucoup,
Laëtitia
""",
  date="2026-02-06 12:40",
  fwd=dict(frm='"Floraison de Soi" <contact@floraisondesoi.fr>',
           to="laetitia.garnier@laposte.net",
           subject="Votre reçu – Cercle de parole mensuel",
           date="2026-02-03 06:01",
           body="Bonjour Laëtitia,\n\nMerci pour votre paiement.\n\nCercle de parole mensuel – février 2026\nMontant : 29,00 €\nPayé par carte •••• 5521\nRéférence : FDS-CERCLE-2026-02-0147\n\nÀ jeudi !\nSandra\n")),

]
