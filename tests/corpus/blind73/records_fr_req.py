# French requests (rights exercised in the new text).
from rec import m

ID_PDF = "CARTE NATIONALE D'IDENTITE - copie - %s - valable jusqu'au %s"

RECORDS = [
# ------------------------------------------------------------------ access
m("fr-acc-notes-seances-marion", ["access"],
  "Marion Tixier <marion.tixier36@gmail.com>",
  "Mes notes de séances ?",
  """Bonjour Sandra,

J'espère que vous allez bien. Je repense souvent à nos séances de l'an dernier, surtout en ce moment où je change de poste.

Est-ce que ce serait possible de récupérer ce que vous aviez noté pendant nos rendez-vous ? Je me souviens que vous écriviez pas mal dans votre carnet et j'aimerais relire tout ça, même si c'est en vrac.

Merci d'avance, belle journée à vous
Marion
"""),

m("fr-acc-formel-art15", ["access"],
  "Gérard Pelletier <g.pelletier@wanadoo.fr>",
  "Demande au titre de l'article 15 du RGPD",
  """Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les finalités des traitements, les destinataires auxquels elles ont été communiquées et la durée de leur conservation.

J'ai suivi un accompagnement individuel auprès de vous entre mars et juin 2023.

Vous trouverez ci-joint la copie de ma pièce d'identité, conformément à votre politique de confidentialité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Gérard Pelletier
12 rue des Tanneurs
36100 Issoudun
""", att=[("pdf", "CNI_Pelletier.pdf", ID_PDF % ("PELLETIER Gerard", "04/2031"))], to="orange"),

m("fr-acc-origine-numero", ["access"],
  "Yannick Bourdeau <ybourdeau@free.fr>",
  "SMS reçu hier",
  """Bonjour,

J'ai reçu hier un SMS pour votre atelier "Oser dire non" à Vatan. Je ne vous connais pas, je n'ai jamais pris contact avec vous. D'où tenez-vous mon numéro ? Qui vous l'a donné ? J'aimerais aussi savoir ce que vous avez d'autre sur moi dans vos fichiers.

Y. Bourdeau
"""),

m("fr-acc-destinataires-claire", ["access"],
  "Claire Montagne <claire.montagne@laposte.net>",
  "question sur mes infos",
  """Bonjour Sandra

Après la formation de novembre j'ai reçu des pubs d'un organisme de Bourges qui avait l'air de connaître mon nom et la formation que j'avais suivie chez vous. C'est peut-être une coïncidence mais je préfère demander : pouvez-vous me dire à qui mes coordonnées ont été transmises ? Comptable, plateforme, partenaires… j'aimerais la liste.

Merci
Claire Montagne
"""),

m("fr-acc-questionnaire-bilan", ["access"],
  "Sophie Aubrun <sophie.aubrun@orange.fr>",
  "Questionnaire du bilan",
  """Bonsoir Sandra,

Au début du bilan vous m'aviez fait remplir un long questionnaire sur mes valeurs et mes motivations. Je ne l'ai pas gardé et je le regrette, ma nouvelle conseillère France Travail me demande où j'en étais à ce moment-là. Pourriez-vous m'en envoyer une copie avec mes réponses ?

Bien à vous,
Sophie
""", html="alt", headers={"X-Mailer": "Orange Messagerie"}),

m("fr-acc-sms-style", ["access"],
  "Kev <kevin.r.36@gmail.com>",
  "infos",
  """bjr c kevin (atelier confiance en soi ado jsp si vs vs rappelez)
vs pouvez m envoyer tt ce ke vs avez sur moi svp jai 19 ans maintenant
merci
"""),

m("fr-acc-belgique", ["access"],
  "Nathalie Vandenbroucke <nathalie.vdb@skynet.be>",
  "Demande d'information sur mes données",
  """Bonjour Madame Delomenie,

J'ai participé en 2024 à votre webinaire sur la gestion du stress depuis Namur. Je voudrais savoir quelles données vous conservez me concernant : nom, adresse, ce que j'ai pu écrire dans le chat, etc.

Pourriez-vous me faire parvenir cela à l'adresse ci-dessus ?

Je vous remercie déjà et vous souhaite une bonne fin de semaine.

Nathalie Vandenbroucke
Rue de Bruxelles 81, 5000 Namur
"""),

m("fr-acc-quebec", ["access"],
  "Geneviève Tremblay <gtremblay@videotron.ca>",
  "Copie de mon dossier",
  """Bonjour Sandra!

C'est Geneviève, la Québécoise qui faisait ses séances en visio à 7 h du matin, heure de Montréal 😅

Je magasine présentement une nouvelle démarche avec une psychologue ici et j'aimerais bien avoir une copie de mon dossier chez vous (fiches de suivi, exercices, tout ce que vous avez gardé). Ça m'aiderait à faire le point.

Merci beaucoup, pis au plaisir!
Geneviève
"""),

# NEAR-LINE: long personal mail, the ask (copy of the notes) is buried in the fourth paragraph -> access
m("fr-acc-enfoui-longue-lettre", ["access"],
  "Agnès Chaumeau <agnes.chaumeau@gmail.com>",
  "Des nouvelles de Reuilly",
  """Chère Sandra,

Cela fait presque un an que nous ne nous sommes pas vues et je voulais vous donner des nouvelles. J'ai finalement quitté la coopérative viticole en mars, comme on en avait parlé si souvent. Les premiers mois ont été durs, vous vous en doutez, mais je ne regrette rien.

Je me suis installée à mon compte comme traductrice, j'ai deux clients réguliers et un troisième qui arrive. Mon fils a eu son bac, ma mère va mieux depuis son opération. Bref, la vie a repris des couleurs.

Je repense souvent à l'exercice de la rivière que vous m'aviez fait faire, je l'ai refait seule plusieurs fois.

D'ailleurs à ce propos : je n'ai jamais récupéré les comptes rendus que vous rédigiez après chaque séance. Est-ce que vous pourriez me les envoyer par mail ? J'aimerais garder une trace de ce chemin.

Je passerai peut-être vous voir au marché d'Issoudun un samedi.

Je vous embrasse,
Agnès
"""),

m("fr-acc-parent-ado", ["access"],
  "Laurent Girault <laurent.girault@outlook.fr>",
  "Données de ma fille Inès (atelier ados)",
  """Bonjour Madame,

Ma fille Inès, 14 ans, a participé à l'atelier "Gérer ses émotions avant le brevet" au printemps. Elle a rempli des fiches sur place et je crois qu'une photo du groupe a été prise.

En tant que père et représentant légal, je souhaite savoir quelles informations vous conservez à son sujet et en obtenir une copie.

Cordialement,
Laurent Girault
06 12 40 77 18
"""),

m("fr-acc-avocat-mandat", ["access"],
  "Maître Hélène Rabier <h.rabier@rabier-avocat.fr>",
  "Droit d'accès - Mme Corinne LASNIER - mandat joint",
  """Madame,

Je vous informe que j'interviens dans les intérêts de Madame Corinne LASNIER, qui a bénéficié de séances d'accompagnement auprès de votre cabinet en 2024.

Agissant en vertu du mandat ci-joint, je vous demande de me transmettre, dans le délai d'un mois prévu à l'article 12.3 du RGPD, une copie de l'intégralité des données personnelles concernant ma cliente, y compris les notes de séance et les fiches de suivi.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Hélène Rabier
Avocat au Barreau de Châteauroux
8 place Gambetta - 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.
""", att=[("pdf", "Mandat_Lasnier.pdf", "MANDAT - Je soussignee Corinne LASNIER donne mandat a Me Helene RABIER pour exercer mes droits RGPD aupres de Floraison de Soi.")],
  headers={"X-Mailer": "Microsoft Outlook 16.0"}, to="orange",
  cc="Corinne Lasnier <corinne.lasnier@gmail.com>"),

m("fr-acc-formulaire-site", ["access"],
  "Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Thierry Vallet",
  """De : Thierry Vallet <thierry.vallet@yahoo.fr>
Objet : mes données

Message :
Bonjour, je suis inscrit à votre newsletter depuis 2022 je crois. Pouvez-vous me dire précisément ce que vous savez sur moi (nom, adresse, ce que j'ai acheté…) ? Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", reply_to="Thierry Vallet <thierry.vallet@yahoo.fr>", headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.1"}),

m("fr-acc-salariee-evaluation", ["access"],
  "Anaïs Berthon <anais.berthon@mairie-vierzon.fr>",
  "Résultats du test de positionnement",
  """Bonjour Madame Delomenie,

J'ai suivi en février la formation "Communication bienveillante en équipe" financée par la mairie. En début de session nous avions passé un test de positionnement et une grille d'auto-évaluation.

Mon employeur a reçu une synthèse mais moi je n'ai rien eu. Je souhaiterais recevoir mes propres résultats, à titre personnel.

Merci,
Anaïs Berthon
Service état civil - Mairie de Vierzon
"""),

m("fr-acc-photos-gardees", ["access"],
  "Brigitte Laumonier <b.laumonier@orange.fr>",
  "photos",
  """Bonjour Sandra
Au stage de juillet à Valençay il y a eu beaucoup de photos. Pouvez vous me dire lesquelles de moi vous avez gardé et me les envoyer ? je ne sais plus ce que j'avais signé.
Brigitte
Envoyé de mon iPhone
"""),

# ------------------------------------------------------------------ rectification
m("fr-rect-nom-attestation", ["rectification"],
  "Séverine Lhéritier <severine.lheritier@gmail.com>",
  "Faute dans mon nom",
  """Bonjour,

Mon nom est mal orthographié partout chez vous : c'est LHÉRITIER avec un H après le L, pas "Leritier". C'est le cas sur la facture, sur l'attestation et dans les mails automatiques. Pouvez-vous corriger dans votre fichier ?

Merci !
Séverine Lhéritier
"""),

m("fr-rect-demenagement", ["rectification"],
  "Jean-Marc Doucet <jm.doucet@sfr.fr>",
  "Changement d'adresse",
  """Bonjour Madame,

Je vous signale mon déménagement. Merci de remplacer mon ancienne adresse (3 impasse des Lilas, Déols) par la nouvelle :

14 route de Levroux
36110 Moulins-sur-Céphons

Cordialement
J-M Doucet
"""),

m("fr-rect-nouveau-portable", ["rectification"],
  "Odile Rabaté <odile.rabate@gmail.com>",
  "nouveau numéro",
  """Coucou Sandra, j'ai changé de téléphone et de numéro (l'ancien 06 74... ne marche plus). Le nouveau c'est le 07 81 23 56 90. Tu peux mettre à jour pour les rappels de rdv ? Bises, Odile
""", html="only"),

m("fr-rect-nouvel-email-newsletter", ["rectification"],
  "Pascale Guillot <pascale.guillot@protonmail.com>",
  "Nouvelle adresse mail pour la lettre",
  """Bonjour,

Je reçois votre lettre mensuelle sur mon adresse pro (p.guillot@ehpad-lachatre.fr) que je vais perdre à la fin du mois car je pars à la retraite. Pouvez-vous la remplacer par celle-ci, p.guillot.perso… enfin celle d'où je vous écris ?

Merci et bonne continuation,
Pascale Guillot
"""),

m("fr-rect-date-naissance-cpf", ["rectification"],
  "Mehdi Azzouz <mehdi.azzouz@hotmail.fr>",
  "Erreur date de naissance dossier formation",
  """Bonjour,

Sur la convocation et sur la feuille d'émargement ma date de naissance est le 12/07/1989 alors que je suis né le 21/07/1989. Je pense que c'est une inversion de chiffres. Pouvez-vous corriger dans mon dossier ?

Cordialement,
Mehdi Azzouz
"""),

m("fr-rect-note-erronee", ["rectification"],
  "Christiane Faucher <christiane.faucher@laposte.net>",
  "Erreur dans le compte rendu",
  """Bonjour Sandra,

En relisant le compte rendu de notre troisième séance que vous m'avez envoyé, j'ai vu qu'il est écrit que je suis divorcée. Je suis veuve, mon mari est décédé en 2019. Ça m'a un peu heurtée, je ne vous le cache pas. Pouvez-vous rectifier ce point dans votre dossier ?

Christiane
"""),

m("fr-rect-nom-marital", ["rectification"],
  "Aurélie Perrot <aurelie.perrot@gmail.com>",
  "Changement de nom",
  """Bonjour !

Je me suis mariée cet été 🎉 Désormais je m'appelle Aurélie Perrot (et non plus Aurélie Massé). Pour la suite de la formation de praticienne et pour le certificat final, pourriez-vous mettre mon dossier à jour à ce nom ?

Merci beaucoup,
Aurélie
"""),

m("fr-rect-suisse-adresse", ["rectification"],
  "Valérie Rochat <valerie.rochat@bluewin.ch>",
  "Nouvelle adresse",
  """Bonjour Madame Delomenie,

Je vous communique ma nouvelle adresse postale suite à mon déménagement à Lausanne, afin que le livret du cycle de formation me parvienne correctement :

Avenue de Cour 42
1007 Lausanne
Suisse

L'ancienne adresse à Yverdon n'est plus valable. Je vous remercie et vous adresse mes meilleures salutations.

Valérie Rochat
"""),

m("fr-rect-complement-allergie", ["rectification"],
  "Hugo Masson <hugo.masson@gmail.com>",
  "Ma fiche participant",
  """Bonjour,

Pour le stage résidentiel de mai, j'ai oublié d'indiquer dans la fiche d'inscription que je suis allergique aux fruits à coque. Pourriez-vous compléter ma fiche avec cette information ?

Merci,
Hugo
"""),

m("fr-rect-profession", ["rectification"],
  "Élodie Carré <elodie.carre@outlook.fr>",
  "Mise à jour",
  """Bonjour Sandra,

Petite mise à jour : dans votre fichier je suis notée "assistante de direction" mais depuis janvier je suis responsable RH chez le même employeur. Comme votre programme adapte les exercices au métier, autant que ce soit juste ! Merci de modifier.

Élodie
"""),

# ------------------------------------------------------------------ erasure
m("fr-era-poli-simple", ["erasure"],
  "Roselyne Bardin <roselyne.bardin@orange.fr>",
  "Suppression",
  """Bonjour Madame,

Pourriez-vous supprimer toutes les données que vous avez à mon nom ? Je n'ai plus besoin de vos services.

Merci par avance.
R. Bardin
"""),

m("fr-era-compte-systemeio", ["erasure"],
  "Damien Fradet <damien.fradet@gmail.com>",
  "Supprimer mon compte et mes données",
  """Bonjour,

Je souhaite que vous supprimiez mon compte sur votre espace de formation en ligne ainsi que toutes les données personnelles qui y sont associées (progression, exercices déposés, messages).

Bonne journée,
Damien Fradet
"""),

m("fr-era-formel-art17", ["erasure"],
  "Frédérique Aucouturier <f.aucouturier@gmail.com>",
  "Exercice du droit à l'effacement (art. 17 RGPD)",
  """Madame Dumot-Deloménie,

Conformément à l'article 17 du RGPD et à l'article 51 de la loi Informatique et Libertés, je vous demande l'effacement de l'ensemble de mes données personnelles, y compris les données de santé recueillies lors de l'accompagnement de 2022, et la confirmation écrite de cet effacement.

Les données que la loi vous oblige à conserver (factures) peuvent naturellement être exclues.

Je joins une copie de ma carte d'identité.

Frédérique Aucouturier
5 rue Danton, 18000 Bourges
""", att=[("pdf", "piece_identite.pdf", ID_PDF % ("AUCOUTURIER Frederique", "11/2029"))]),

m("fr-era-sans-accents", ["erasure"],
  "jojo <jordan.peyrot@laposte.net>",
  "effacer mes donnees svp",
  """salut
jai fait un atelier chez vous y a longtemps, pouvez vous effacer mes donnees, tout, jveux plus etre dans vos fichiers
merci
jordan
"""),

m("fr-era-colere", ["erasure"],
  "Patrick Renaud <patrick.renaud18@gmail.com>",
  "RE: Votre avis compte !",
  """Non mon avis ne compte pas, puisque ça fait trois fois que je vous dis que je ne reviendrai pas. Effacez-moi de vos fichiers, définitivement. Nom, téléphone, email, tout.

P. Renaud
""", quote="""Bonjour Patrick,

Vous avez participé à l'un de nos ateliers. Votre avis compte ! Prenez 2 minutes pour répondre à notre questionnaire de satisfaction.

Sandra - Floraison de Soi""", qstyle="outlook"),

m("fr-era-euphemisme", ["erasure"],
  "Isabelle Guérin <isabelle.guerin@icloud.com>",
  "Tourner la page",
  """Bonjour Sandra,

Je sors d'une période compliquée et j'essaie de tourner la page sur beaucoup de choses, dont cet accompagnement (qui n'y est pour rien, vous avez été formidable).

J'aimerais qu'il ne reste aucune trace de mon passage chez vous : les fiches, les mails, les notes, tout ce qui porte mon nom. Est-ce possible ?

Merci de votre compréhension,
Isabelle
""", headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"}),

m("fr-era-parent-enfant", ["erasure"],
  "Sabrina Lefort <sabrina.lefort@hotmail.fr>",
  "Données de mon fils Lucas",
  """Bonjour,

Mon fils Lucas (12 ans) a participé à deux séances de sophro-coaching avec vous l'an dernier. Nous avons arrêté et je souhaite que toutes les informations le concernant soient supprimées (fiche, questionnaire rempli avec lui, coordonnées).

Je suis sa mère et j'ai l'autorité parentale.

Sabrina Lefort
"""),

m("fr-era-quebec", ["erasure"],
  "Maxime Gagnon <maxime.gagnon@gmail.com>",
  "Effacement de mes renseignements personnels",
  """Bonjour,

J'ai suivi votre formation en ligne l'an passé. Je vous demanderais de bien vouloir effacer l'ensemble de mes renseignements personnels de vos systèmes. Je n'ai plus l'intention de poursuivre.

Merci de me confirmer quand ce sera fait.

Maxime Gagnon
Sherbrooke (Québec)
"""),

m("fr-era-belge", ["erasure"],
  "Jean-Luc Dethier <jl.dethier@skynet.be>",
  "Suppression de mes coordonnées",
  """Madame,

Suite à notre échange téléphonique de ce midi, je vous confirme par écrit ma demande : je voudrais que vous supprimiez mon dossier et mes coordonnées de vos fichiers. Savez-vous me tenir au courant quand c'est fait ?

Merci bien,
Jean-Luc Dethier
Liège
"""),

m("fr-era-whatsapp-groupe", ["erasure"],
  "Lina Benali <lina.benali@gmail.com>",
  "Fin de la formation",
  """Bonjour Sandra,

La formation est terminée, merci pour tout. Par contre je ne veux pas que mes infos traînent : merci de supprimer mes données, et de me retirer du groupe WhatsApp des stagiaires et de la liste des participantes que vous gardez.

Lina
"""),

m("fr-era-oubli-numerique", ["erasure"],
  "Didier Chambon <d.chambon@free.fr>",
  "Droit à l'oubli",
  """Madame,

Je fais valoir mon droit à l'oubli. Merci de faire le nécessaire pour que mes données disparaissent de chez vous et de chez vos prestataires (plateforme, outil d'emailing).

D. Chambon
"""),

# NEAR-LINE: "close my account AND delete all my data" -> erasure (not a bare account closure)
m("fr-era-fermer-compte-et-donnees", ["erasure"],
  "Manon Rivière <manon.riviere@gmail.com>",
  "Fermeture de compte",
  """Bonjour, pouvez-vous fermer mon compte élève et effacer toutes mes données qui vont avec ? Merci. Manon
"""),

m("fr-era-suite-conflit", ["erasure"],
  "Stéphane Moreau <stephane.moreau@orange.fr>",
  "Demande",
  """Madame,

Au vu de la façon dont s'est terminé notre accompagnement, je ne souhaite plus aucune relation avec votre structure. Je vous demande en conséquence d'effacer toutes mes données personnelles. Je vous remercie de m'en donner confirmation sous un mois.

S. Moreau
""", to="orange"),

m("fr-era-vide-sujet-seul", ["erasure"],
  "Annie Pichon <annie.pichon@orange.fr>",
  "Merci d'effacer mes coordonnées de votre fichier",
  "", headers={"X-Mailer": "Orange Messagerie"}),

# ------------------------------------------------------------------ restriction
m("fr-restr-litige-divorce", ["restriction"],
  "Carole Jamet <carole.jamet@gmail.com>",
  "Mon dossier - important",
  """Bonjour Sandra,

Je suis en pleine procédure de divorce et mon avocate m'a dit que nos échanges et vos notes pourraient un jour servir. Surtout ne supprimez rien ! Mais en attendant je ne veux pas que vous vous en serviez pour quoi que ce soit, ni relances, ni exercices, ni statistiques. Qu'ils restent juste au chaud.

Merci de me confirmer,
Carole
"""),

m("fr-restr-conteste-exactitude", ["restriction"],
  "Bernard Aucler <bernard.aucler@orange.fr>",
  "Contestation de la fiche de synthèse",
  """Madame,

La fiche de synthèse transmise à mon employeur à l'issue du bilan contient des appréciations que je conteste formellement (notamment sur ma "résistance au changement").

Tant que nous n'avons pas éclairci ce point, je vous demande de ne plus utiliser ni transmettre cette fiche à quiconque, et de geler son traitement.

Bernard Aucler
"""),

m("fr-restr-gel-reflexion", ["restriction"],
  "Nadia Cherif <nadia.cherif@outlook.fr>",
  "Mettre en pause",
  """Bonjour,

Je ne sais pas encore si je veux que vous supprimiez mon dossier ou pas, j'ai besoin d'y réfléchir quelques mois. En attendant pouvez-vous le mettre de côté, sans l'effacer mais sans plus rien en faire ?

Merci Sandra
Nadia
"""),

m("fr-restr-stop-sans-effacer", ["restriction"],
  "Éric Lambert <eric.lambert36@gmail.com>",
  "Ne rien effacer svp",
  """Bonjour,
J'ai vu que vous faites du ménage dans vos fichiers clients. Ne supprimez pas mes documents, j'en aurai besoin pour mon dossier de VAE l'an prochain. Par contre ne les utilisez plus d'ici là, ni pour la newsletter ni rien.
Éric
"""),

# NEAR-LINE: contests the accuracy of the published text and asks it be taken offline meanwhile, not withdrawn -> restriction
m("fr-restr-temoignage-conteste", ["restriction"],
  "Muriel Girard <muriel.girard@laposte.net>",
  "Mon avis",
  """Bonjour,

Le texte affiché sous mon prénom dans la page des avis n'est pas exactement ce que j'ai écrit, il a été raccourci et ça change le sens. Je ne demande pas de le retirer pour l'instant, mais je voudrais qu'il soit mis hors ligne le temps qu'on vérifie ensemble la formulation exacte.

Muriel
"""),
]

RECORDS += [
# ------------------------------------------------------------------ portability
m("fr-port-csv-nouvelle-coach", ["portability"],
  "Juliette Brault <juliette.brault@gmail.com>",
  "Transfert de mes résultats",
  """Bonjour Sandra,

Je déménage à Nantes et je vais poursuivre avec une coach là-bas. Pourriez-vous lui envoyer directement mes résultats de questionnaires et mon historique de séances, si possible dans un fichier qu'elle pourra ouvrir (Excel ou CSV) ? Son adresse : contact@coach-erdre.fr

Merci pour tout,
Juliette
"""),

m("fr-port-format-reutilisable", ["portability"],
  "Thomas Lemoine <thomas.lemoine@proton.me>",
  "Export de mes données de formation",
  """Bonjour,

Au titre de l'article 20 du RGPD, je souhaite recevoir les données que j'ai fournies sur la plateforme de formation (profil, réponses aux quiz, travaux déposés) dans un format structuré et lisible par machine (JSON ou CSV).

Merci,
Thomas Lemoine
"""),

m("fr-port-transfert-praticien", ["portability"],
  "Véronique Sabourin <vero.sabourin@free.fr>",
  "dossier à transmettre",
  """Bonjour Madame Delomenie
Suite à mon déménagement à Saint-Amand je continue avec Mme Lecomte, sophrologue. Elle m'a dit que vous pouviez lui transmettre mon dossier directement, dans un format qu'elle peut importer dans son logiciel. Vous avez mon accord.
Cordialement
V. Sabourin
"""),

m("fr-port-tableur-journal", ["portability"],
  "Cécile Forestier <cecile.forestier@gmail.com>",
  "Mon journal d'humeur",
  """Bonjour !

Pendant le programme en ligne j'ai rempli le journal d'humeur quotidien sur votre plateforme pendant 90 jours. J'aimerais récupérer toutes mes entrées dans un tableur pour continuer le suivi de mon côté (dans mon appli). Est-ce faisable ?

Cécile
"""),

m("fr-port-entreprise-salariee", ["portability"],
  "Karine Dupuis <karine.dupuis@gmail.com>",
  "Mes évaluations",
  """Bonjour,

Ma formation était payée par mon ancien employeur mais c'est moi qui ai rempli les grilles d'auto-évaluation. Je voudrais les récupérer sous format numérique exploitable pour les importer dans mon passeport de compétences.

Karine Dupuis
"""),

# ------------------------------------------------------------------ objection
m("fr-obj-desabo-newsletter", ["objection"],
  "Hélène Castaing <helene.castaing@orange.fr>",
  "désinscription",
  """Bonjour, merci de me désinscrire de la newsletter. Bonne continuation. Hélène
"""),

m("fr-obj-stop-sms", ["objection"],
  "Fabrice Morin <fabrice.morin@sfr.fr>",
  "SMS",
  """Bonjour
Je ne veux plus recevoir vos SMS promotionnels pour les ateliers. Merci d'arrêter.
F. Morin
"""),

m("fr-obj-prospection-tel", ["objection"],
  "Jacqueline Ribière <jacqueline.ribiere@wanadoo.fr>",
  "Appels",
  """Madame,

J'ai été appelée deux fois la semaine dernière par votre assistante pour me proposer le nouveau cycle. Je ne souhaite plus être démarchée, ni par téléphone ni autrement.

Cordialement,
J. Ribière
"""),

m("fr-obj-statistiques", ["objection"],
  "Arnaud Besnard <arnaud.besnard@gmail.com>",
  "Utilisation de mes réponses",
  """Bonjour,

J'ai vu dans votre dernier article de blog que vous utilisez les réponses aux questionnaires des stagiaires pour faire des statistiques sur "le stress des cadres en Berry". Je m'oppose à ce que mes réponses servent à cela.

Arnaud Besnard
"""),

m("fr-obj-au-dessus-newsletter", ["objection"],
  "Monique Dufour <monique.dufour@laposte.net>",
  "Re: 🌸 La lettre de printemps de Floraison de Soi",
  """Je ne veux plus recevoir ça merci
""", quote="""Bonjour Monique,

Le printemps est là et avec lui l'envie de renouveau ! Ce mois-ci je vous propose trois ateliers à Issoudun et un webinaire gratuit sur l'estime de soi.

Pour vous désinscrire, cliquez ici.

Sandra - Floraison de Soi""", qstyle="apple"),

m("fr-obj-profilage-pub", ["objection"],
  "Romain Vidal <romain.vidal@gmail.com>",
  "Publicités ciblées",
  """Bonjour,

Depuis que j'ai visité votre site je vois vos pubs partout sur Facebook et Instagram. Je refuse que mes données de navigation servent à me cibler. Merci de me retirer de vos audiences publicitaires.

Romain
"""),

m("fr-obj-plus-contacter", ["objection"],
  "Solange Ferrand <solange.ferrand@orange.fr>",
  "Ne plus me contacter",
  """Madame, je vous remercie de ne plus me contacter, ni par courrier, ni par courriel. Salutations. S. Ferrand
"""),

m("fr-obj-stop-sms-court", ["objection"],
  "Ludo <ludovic.gaillard@gmail.com>",
  "STOP",
  """stop aux mails de pub svp
"""),

m("fr-obj-liste-atelier", ["objection"],
  "Gisèle Marchand <gisele.marchand@outlook.fr>",
  "Liste de diffusion",
  """Bonjour Sandra,

Depuis le salon bien-être de Châteauroux je suis sur votre liste "ateliers du mois". C'est trop de mails pour moi en ce moment, retirez-moi de cette liste s'il vous plaît. Je reviendrai vers vous quand j'aurai le temps.

Gisèle
"""),

m("fr-obj-enquetes", ["objection"],
  "Pierre-Yves Roux <py.roux@free.fr>",
  "Enquêtes de satisfaction",
  """Bonjour,

C'est la quatrième relance pour le questionnaire de satisfaction. Je ne souhaite plus être sollicité pour vos enquêtes, merci de m'enlever de ces envois.

PY Roux
"""),

# ------------------------------------------------------------------ withdraw consent
m("fr-wc-temoignage-site", ["withdraw_consent"],
  "Catherine Lebrun <catherine.lebrun@gmail.com>",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

Il y a deux ans je vous avais autorisée à publier mon témoignage avec mon prénom et ma ville. Aujourd'hui je préférerais qu'il n'apparaisse plus, ni sur le site ni sur Facebook. Rien contre vous, c'est juste que mon nouvel employeur est de La Châtre aussi…

Merci de le retirer,
Catherine
"""),

m("fr-wc-photo-facebook", ["withdraw_consent"],
  "Emma Pasquier <emma.pasquier@hotmail.fr>",
  "photo du stage sur facebook",
  """Bonjour, je suis sur la photo de groupe du stage de juin postée sur votre page Facebook. Finalement je ne suis pas à l'aise avec ça, je retire mon accord, pouvez-vous l'enlever ou me flouter ? merci beaucoup. Emma
"""),

m("fr-wc-video-replay", ["withdraw_consent"],
  "Francis Dumas <francis.dumas@orange.fr>",
  "Replay de l'atelier",
  """Bonjour,

J'avais accepté d'apparaître dans l'enregistrement de l'atelier en ligne du 14 mars. En le revoyant je me trouve beaucoup trop exposé (je parle de ma dépression). Je reviens sur mon accord : merci de retirer la vidéo ou de couper mon passage.

Francis Dumas
"""),

m("fr-wc-questionnaire-recherche", ["withdraw_consent"],
  "Laetitia Bonnin <laetitia.bonnin@gmail.com>",
  "Questionnaire mémoire",
  """Bonjour Sandra,

J'avais coché la case pour que mes réponses au questionnaire soient utilisées dans votre mémoire de certification. Je reviens sur cette autorisation, je préfère que mes réponses n'y figurent pas.

Bonne rédaction quand même !
Laetitia
"""),

m("fr-wc-audio-podcast", ["withdraw_consent"],
  "Samuel Ortiz <samuel.ortiz@gmail.com>",
  "Enregistrement audio",
  """Salut Sandra,

Tu m'avais demandé si tu pouvais utiliser l'extrait audio de mon témoignage pour ton podcast. J'avais dit oui mais après réflexion je préfère pas. Tu peux ne pas l'utiliser / le retirer s'il est déjà en ligne ?

Merci et désolé pour le revirement,
Sam
"""),

m("fr-wc-donnees-sante", ["withdraw_consent"],
  "Mireille Besson <mireille.besson@laposte.net>",
  "Accord pour les informations de santé",
  """Madame,

Lors de l'inscription j'ai signé l'autorisation de collecte d'informations sur ma santé (mon traitement pour la thyroïde). Je retire ce consentement à compter d'aujourd'hui.

Mireille Besson
"""),

m("fr-wc-instagram-story", ["withdraw_consent"],
  "Chloé Renard <chloe.renard.36@gmail.com>",
  "Story insta",
  """coucou Sandra !! jai vu que tu as mis la vidéo de moi qui danse à la fin de l'atelier dans tes stories à la une 😅 en fait je préfère que tu l'enlèves, je t'avais dit oui un peu vite. merci ❤️
"""),

# ------------------------------------------------------------------ post mortem
m("fr-pm-fille-mere", ["post_mortem"],
  "Delphine Mercier <delphine.mercier@gmail.com>",
  "Maman - Jeanine Mercier",
  """Bonjour Madame,

Ma mère, Jeanine Mercier, qui venait chez vous pour des séances de relaxation, est décédée le 3 février. Je m'occupe de ses affaires.

Pourriez-vous supprimer son compte, la retirer de vos envois et effacer ce que vous avez sur elle ? Je peux vous transmettre l'acte de décès si nécessaire.

Merci de votre compréhension,
Delphine Mercier
"""),

m("fr-pm-notaire", ["post_mortem"],
  "Office notarial Bertrand & Sauvat <accueil@bertrand-sauvat.notaires.fr>",
  "Succession de M. Robert CHAPUT - demande de renseignements",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Robert CHAPUT, né le 14 août 1951, décédé le 22 novembre 2025 à Issoudun.

Nous vous remercions de bien vouloir nous indiquer si le défunt était titulaire d'un contrat ou d'un abonnement auprès de vous, et de nous communiquer toute facture ou somme restant due ou à rembourser, ainsi que les données le concernant utiles au règlement de la succession.

Vous trouverez ci-joint l'acte de décès.

Veuillez agréer, Madame, nos salutations distinguées.

Pour Maître Sauvat,
Corinne, clerc de notaire
Office notarial Bertrand & Sauvat - 2 boulevard Marx Dormoy - 36100 Issoudun
""", cc="Maître Anne Sauvat <a.sauvat@bertrand-sauvat.notaires.fr>", att=[("pdf", "acte_deces_CHAPUT.pdf", "ACTE DE DECES - Robert CHAPUT - decede le 22 novembre 2025 a Issoudun (Indre)")], to="orange"),

m("fr-pm-veuf-photos", ["post_mortem"],
  "Alain Touzet <alain.touzet@orange.fr>",
  "Photos de ma femme",
  """Bonjour,

Mon épouse Françoise nous a quittés cet automne. Elle avait beaucoup aimé vos ateliers et je sais qu'elle apparaît sur des photos de votre site. Je préférerais qu'elles soient enlevées, c'est encore trop dur de tomber dessus par hasard.

Merci,
Alain Touzet
"""),

m("fr-pm-directives-propres", ["post_mortem"],
  "Lucienne Barreau <lucienne.barreau@wanadoo.fr>",
  "Mes directives pour après",
  """Chère Sandra,

Je suis en train de mettre mes affaires en ordre (rien d'alarmant, c'est mon âge !). Je voudrais que vous sachiez ce que je souhaite pour mes données chez vous quand je ne serai plus là : tout devra être effacé, sauf mon témoignage, que vous pourrez garder. Ma fille Anne est au courant et pourra vous contacter.

Avec toute mon affection,
Lucienne
"""),

m("fr-pm-fils-notes", ["post_mortem"],
  "Olivier Marchais <olivier.marchais@gmail.com>",
  "Mon père",
  """Bonjour,

Mon père, Henri Marchais, a été accompagné par vous l'année dernière. Il s'est donné la mort en août. Nous cherchons à comprendre. Serait-il possible d'avoir accès aux notes de ses séances ?

Je sais que c'est une demande délicate.

Olivier Marchais
"""),

m("fr-pm-soeur-newsletter", ["post_mortem"],
  "Martine Bouchet <martine.bouchet@laposte.net>",
  "Re: Les ateliers de novembre",
  """Bonjour, ma soeur Josiane est décédée en juillet, je reçois encore ses mails car je gère sa boîte. Merci de la retirer de votre liste.
Martine
""", quote="""Bonjour Josiane,

Les ateliers de novembre sont en ligne ! Au programme : lâcher prise, cohérence cardiaque et un cercle de femmes à Issoudun.

À très vite,
Sandra""", qstyle="gmail"),

# NEAR-LINE: mixes a subscription cancellation with data questions, but written by a widower -> post_mortem only
m("fr-pm-mari-compte", ["post_mortem"],
  "Gilles Royer <gilles.royer@outlook.fr>",
  "Compte de Nathalie Royer",
  """Madame,

Je suis l'époux de Nathalie Royer, décédée le mois dernier. Elle avait un abonnement à votre programme en ligne qui continue d'être prélevé. Pouvez-vous fermer son compte, arrêter le prélèvement et me dire ce qu'il faut faire de ses données ?

Gilles Royer
""", att=[("pdf", "certificat_deces.pdf", "CERTIFICAT DE DECES - Nathalie ROYER")]),

m("fr-pm-directives-a-distance", ["post_mortem"],
  "Paul-Henri Daguin <ph.daguin@gmail.com>",
  "Dispositions",
  """Bonjour Madame,

Atteint d'une maladie grave, je règle mes affaires. Je vous demande, à mon décès, de transmettre à mon fils Arthur (arthur.daguin@gmail.com) une copie du dossier constitué pendant nos séances, puis de le détruire.

Je vous remercie de votre discrétion.

Paul-Henri Daguin
"""),

# NEAR-LINE: heir asks to KEEP the testimonial and get a copy; policy says heir after a death is post_mortem whatever they ask
m("fr-pm-petitfille-temoignage", ["post_mortem"],
  "Jade Perrin <jade.perrin@gmail.com>",
  "Témoignage de ma grand-mère",
  """Bonjour,
Ma grand-mère Simone Perrin est décédée en début d'année. Son témoignage est toujours sur votre page d'accueil avec sa photo. La famille préfère le garder : est-ce qu'on pourrait en avoir une copie et le laisser en ligne en sa mémoire ?
Jade
"""),

m("fr-pm-heritier-acces", ["post_mortem"],
  "Xavier Leclerc <xavier.leclerc@free.fr>",
  "Héritier de Mme Suzanne Leclerc - demande de communication",
  """Madame,

En ma qualité d'héritier de ma tante, Mme Suzanne Leclerc, décédée le 8 avril 2025, je vous demande communication des données personnelles la concernant, en vue du règlement de ses affaires. Je joins l'attestation notariale de dévolution successorale.

Xavier Leclerc
""", att=[("pdf", "attestation_devolution.pdf", "ATTESTATION DE DEVOLUTION SUCCESSORALE - Succession de Mme Suzanne LECLERC")]),

# ------------------------------------------------------------------ multi-right
m("fr-multi-acces-puis-effacement", ["access", "erasure"],
  "Corinne Vasseur <corinne.vasseur@gmail.com>",
  "Mes données",
  """Bonjour,

J'aimerais d'abord que vous m'envoyiez tout ce que vous avez sur moi, puis que vous effaciez le tout une fois que je l'aurai reçu.

Corinne Vasseur
"""),

m("fr-multi-desabo-et-supprime", ["erasure", "objection"],
  "Richard Poulain <richard.poulain@orange.fr>",
  "Newsletter + données",
  """Bonjour,

Je ne veux plus de la newsletter et je souhaite que mes données soient supprimées de votre base.

R. Poulain
"""),

m("fr-multi-temoignage-et-tout", ["erasure", "withdraw_consent"],
  "Nicole Garnier <nicole.garnier@laposte.net>",
  "Retrait",
  """Bonjour Sandra,

Merci de retirer mon témoignage et ma photo de votre site, et d'effacer au passage l'ensemble de mes données. Je pars à l'étranger et je fais le vide.

Nicole
"""),

m("fr-multi-acces-rectif", ["access", "rectification"],
  "Hervé Lemaire <herve.lemaire@gmail.com>",
  "Vérification de mes informations",
  """Bonjour Madame,

Pouvez-vous m'envoyer les informations que vous avez sur moi ? Je pense qu'il y a une erreur sur mon adresse : j'habite 9 rue de la Gare à Reuilly et non au 19.

Hervé Lemaire
"""),

m("fr-multi-acces-portab", ["access", "portability"],
  "Mathilde Rousseau <mathilde.rousseau@icloud.com>",
  "Fin de l'accompagnement",
  """Bonjour Sandra,

Pour clôturer proprement : j'aimerais savoir quelles données vous conservez sur moi, et récupérer mes réponses aux tests dans un format que je peux réimporter ailleurs (CSV ça m'irait).

Merci infiniment pour ces mois,
Mathilde
"""),

m("fr-multi-photo-newsletter", ["objection", "withdraw_consent"],
  "Sylvie Caillaud <sylvie.caillaud@gmail.com>",
  "Deux petites choses",
  """Bonjour,

Deux petites choses : pouvez-vous retirer la photo de moi au cercle de femmes sur Instagram (je retire mon accord), et me désabonner de la lettre d'info ?

Merci, belle journée
Sylvie
"""),

m("fr-multi-trois-droits", ["access", "erasure", "objection"],
  "Jérôme Aubert <jerome.aubert@protonmail.com>",
  "Demande RGPD",
  """Madame,

1. Je m'oppose à tout envoi commercial de votre part.
2. Je demande la liste des données que vous détenez sur moi et leur origine.
3. Je demande ensuite leur effacement.

J. Aubert
"""),

m("fr-multi-rectif-desabo", ["objection", "rectification"],
  "Anne-Sophie Blanchet <as.blanchet@gmail.com>",
  "Nom + lettre d'info",
  """Bonjour,
Mon prénom est Anne-Sophie (avec un tiret), pas Annesophie, merci de corriger. Et au passage je ne souhaite plus recevoir la lettre d'information.
AS Blanchet
"""),

m("fr-multi-portab-effacement", ["erasure", "portability"],
  "Vincent Hamon <vincent.hamon@gmail.com>",
  "Récupération puis suppression",
  """Bonjour,

Je quitte la plateforme de formation. Merci de m'exporter mes travaux et ma progression en format réutilisable (JSON/CSV), puis de supprimer mon compte et l'ensemble de mes données.

Vincent Hamon
"""),

m("fr-multi-acces-opposition-stats", ["access", "objection"],
  "Lucie Delaunay <lucie.delaunay@orange.fr>",
  "Questions sur mes réponses",
  """Bonjour,

Je voudrais savoir ce que vous avez conservé de mes réponses au questionnaire de stress, et je refuse qu'elles servent à vos statistiques ou à vos publications.

Lucie Delaunay
"""),

m("fr-multi-restr-acces", ["access", "restriction"],
  "Thierry Ménard <thierry.menard@gmail.com>",
  "Ma fiche de synthèse",
  """Madame,

Je souhaite obtenir une copie de la fiche de synthèse rédigée à l'issue de mon bilan, dont j'ai appris l'existence par mon DRH. En attendant de l'avoir lue, je vous demande de suspendre toute utilisation ou transmission de cette fiche.

T. Ménard
"""),

m("fr-multi-wc-erasure-video", ["erasure", "withdraw_consent"],
  "Coralie Maillet <coralie.maillet@hotmail.fr>",
  "vidéo + suppression",
  """Bonjour Sandra
je ne veux plus que ma vidéo témoignage soit utilisée nulle part, et je voudrais que tu supprimes tout ce que tu as sur moi. merci de me dire quand c'est fait
Coralie
"""),

m("fr-multi-parent-acces-effacement", ["access", "erasure"],
  "Karim Haddad <karim.haddad@gmail.com>",
  "Données de mon fils Adam (mineur)",
  """Bonjour,

Je suis le père d'Adam Haddad, 15 ans, qui a fait le stage "Confiance et orientation" en avril. Je souhaite savoir quelles données vous avez sur lui (fiches, tests d'orientation, photos) puis qu'elles soient supprimées.

Karim Haddad
"""),

m("fr-multi-objection-restr", ["objection", "restriction"],
  "Valentin Guillemot <valentin.guillemot@gmail.com>",
  "Mes réponses d'enquête",
  """Bonjour,

Je ne veux plus être relancé pour les enquêtes. Et pour les réponses que j'ai déjà données : ne les supprimez pas (je pourrais en avoir besoin pour un litige avec mon employeur) mais ne les exploitez plus.

Valentin
"""),

m("fr-multi-avocat-acces-effacement", ["access", "erasure"],
  "Cabinet Joubert Avocats <contact@joubert-avocats.fr>",
  "V/Réf : M. Denis Pradier - données personnelles",
  """Madame,

Agissant pour le compte de Monsieur Denis PRADIER, en vertu d'un mandat dont copie est jointe, je vous prie de bien vouloir :
- me communiquer l'ensemble des données le concernant ;
- procéder ensuite à leur effacement, hors obligations légales de conservation.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Me Olivier Joubert
Avocat - Barreau de Bourges
""", att=[("pdf", "mandat_Pradier.pdf", "MANDAT - Denis PRADIER mandate Me Olivier JOUBERT pour l'exercice de ses droits d'acces et d'effacement.")],
  headers={"X-Mailer": "Microsoft Outlook 16.0"}, cc="secretariat@joubert-avocats.fr"),

m("fr-multi-desabo-retrait-photo-newsletter-quote", ["objection", "withdraw_consent"],
  "Amandine Collin <amandine.collin@gmail.com>",
  "Re: Retour en images sur le stage d'été ☀️",
  """Je vois que ma photo est dans la newsletter ! Je n'avais pas donné mon accord pour ça, enfin si pour le site mais je le retire. Et désabonnez-moi aussi s'il vous plaît.
""", quote="""Retour en images sur le stage d'été à Valençay ! Merci aux 12 participantes pour ces trois jours lumineux.

Se désinscrire | Gérer mes préférences""", qstyle="gmail", qfrom="Floraison de Soi <contact@floraisondesoi.fr>"),

m("fr-multi-rectif-acces-suisse", ["access", "rectification"],
  "Daniel Favre <daniel.favre@bluewin.ch>",
  "Contrôle des données",
  """Bonjour Madame,

Je souhaite contrôler les données me concernant : merci de m'en faire parvenir un relevé. Par ailleurs mon numéro de natel a changé : 079 412 55 80.

Avec mes meilleures salutations,
Daniel Favre, Neuchâtel
"""),

m("fr-multi-port-acces-formel", ["access", "portability"],
  "Aurore Chevalier <aurore.chevalier@gmail.com>",
  "Articles 15 et 20",
  """Madame,

Je vous demande, d'une part, la communication des données me concernant et des informations prévues à l'article 15, d'autre part, la remise des données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine (article 20).

Aurore Chevalier
""", att=[("pdf", "CNI_Chevalier.pdf", ID_PDF % ("CHEVALIER Aurore", "02/2033"))]),
]
