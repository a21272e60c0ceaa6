# b14 records: French requests (messages that exercise at least one right addressed to Sandra).
from b14_common import maker, S, C
R = []
m = maker(R)

# ---------------- access ----------------
m("fr-acc-copie-dossier", "fr", ["access"], "Murielle Pasquet <murielle.pasquet@gmail.com>",
  "Mon dossier de coaching",
  """Bonjour Sandra,

J'espère que vous allez bien. Nous nous sommes vues d'octobre 2023 à mars 2024 pour mon accompagnement (reconversion).

J'aimerais récupérer une copie de tout ce que vous avez gardé me concernant : vos notes de séance, les questionnaires que j'avais remplis, les fiches de suivi. Je suis en train de faire un bilan de cette période et ça m'aiderait beaucoup de relire tout ça.

Je joins ma carte d'identité comme indiqué dans votre politique de confidentialité.

Merci d'avance,
Murielle Pasquet
06 12 45 78 90
""", att=[("CNI_Pasquet_recto_verso.pdf", "application/pdf")])

m("fr-acc-quelles-donnees-sms", "fr", ["access"], "Thierry Gaudin <t.gaudin36@orange.fr>",
  "question",
  """Bonjour

j'ai reçu un sms de votre part pour l'atelier du 14 alors que je ne vous ai jamais donné mon numéro il me semble. Vous pouvez me dire ce que vous avez sur moi exactement et d'où vous tenez mes coordonnées ?

Thierry Gaudin
Envoyé de mon iPhone
""")

m("fr-acc-partage-qui", "fr", ["access"], "Hélène Marchais <helene.marchais@laposte.net>",
  "A qui avez-vous transmis mes informations ?",
  """Madame Delomenie,

Suite à ma participation à votre stage "Oser sa place" en mai dernier, je reçois des sollicitations d'un autre organisme de formation de Châteauroux qui semble connaître les détails de ce stage.

Je vous demande de m'indiquer à quels destinataires (partenaires, prestataires, autres) vous avez communiqué mes données personnelles, et lesquelles.

Je vous remercie de votre réponse dans le délai légal.

Hélène Marchais
12 rue des Tanneurs
36100 Issoudun
""")

m("fr-acc-html-tout", "fr", ["access"], "Coralie Benhamou <coralie.benhamou@hotmail.fr>",
  "Demande RGPD - droit d'accès",
  """Bonjour,

En application de l'article 15 du RGPD, je souhaite obtenir la copie de l'ensemble des données personnelles me concernant que vous traitez (compte formation, paiements, échanges, notes éventuelles), ainsi que les finalités et la durée de conservation.

Cordialement,
Coralie Benhamou
""", shape="html")

m("fr-acc-pourriez-vous", "fr", ["access"], "Jean-Marc Tessier <jm.tessier@free.fr>",
  "Re: Votre accompagnement - suite",
  """Bonjour Sandra,

Merci pour ce dernier échange. Une petite chose avant de clore : pourriez-vous m'envoyer ce que vous avez noté pendant nos séances ? Je n'ai pas pensé à prendre des notes de mon côté et j'aimerais garder une trace de ce qu'on s'est dit, y compris vos observations.

Bonne journée
Jean-Marc
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mar. 4 févr. 2025 à 18:02",
  """Bonjour Jean-Marc,

Voici comme convenu le bilan de fin d'accompagnement. N'hésitez pas si vous avez des questions.

Belle continuation,
Sandra"""))

m("fr-acc-drive-docs", "fr", ["access"], "Nadia Ferhat <nadia.ferhat@yahoo.fr>",
  "documents",
  """Coucou Sandra,

Tu te souviens sûrement de moi, la formation praticienne 2022 :) J'ai changé d'ordi et perdu tout ce que je t'avais envoyé à l'époque. Tu peux me renvoyer tout ce que tu as encore de moi dans ton Drive et ailleurs (mes écrits, mes exercices, mes évaluations) ? Je voudrais savoir ce qui est conservé.

Bisous
Nadia
""")

m("fr-acc-avocat", "fr", ["access"], "Maître Olivier Carrère <o.carrere@carrere-avocat.fr>",
  "Mme Florence Lemaire - demande de communication de données",
  """Madame,

J'interviens en qualité de conseil de Madame Florence Lemaire, qui m'a donné mandat à cet effet (mandat et pièce d'identité de ma cliente ci-joints).

Ma cliente souhaite, conformément à l'article 15 du RGPD, obtenir la communication de l'intégralité des données la concernant détenues par votre entreprise, notamment les comptes rendus de séance et les échanges écrits intervenus entre janvier et juin 2024.

Je vous remercie de bien vouloir adresser ces éléments à mon cabinet.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Olivier Carrère
Avocat au Barreau de Bourges
14 rue Moyenne - 18000 Bourges
""", att=[("Mandat_Lemaire_signe.pdf", "application/pdf"), ("CNI_F_Lemaire.pdf", "application/pdf")])

m("fr-acc-origine-newsletter", "fr", ["access"], "Pascale Roux <pascale.roux@sfr.fr>",
  "Comment avez-vous eu mon adresse ?",
  """Bonjour,

Je reçois votre lettre "Floraison de Soi" depuis quelques semaines. Je ne me souviens absolument pas m'être inscrite. Avant de décider quoi que ce soit, je voudrais savoir d'où vient mon adresse mail et quelles autres informations vous avez sur moi.

Merci
P. Roux
""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "dim. 9 mars 2025 à 07:00",
  """La lettre du printemps 🌸
Cette saison, on parle de renouveau et de petites graines...
Se désinscrire | Gérer mes préférences"""))

m("fr-acc-sante-donnees", "fr", ["access"], "Brigitte Allard <brigitte.allard@wanadoo.fr>",
  "Le questionnaire santé",
  """Bonjour Madame,

Lors de notre premier rendez-vous vous m'aviez fait remplir un questionnaire où j'avais mis des choses assez personnelles sur ma santé (mon traitement, ma dépression de 2019).

Je voudrais savoir ce que vous avez gardé de ce questionnaire, sous quelle forme, et en avoir une copie s'il vous plaît.

Merci beaucoup,
Brigitte Allard
""", cte="quoted-printable")

m("fr-acc-parent-mineur", "fr", ["access"], "Stéphane Morin <stephane.morin@gmail.com>",
  "Ateliers ados - données de notre fille",
  """Bonjour Madame Delomenie,

Notre fille Léna (15 ans) a participé à vos ateliers "confiance en soi" pour adolescents cet automne. En tant que parents, nous souhaiterions avoir connaissance des informations que vous conservez à son sujet (fiche d'inscription, écrits, observations éventuelles).

Vous trouverez ci-joint le livret de famille et ma pièce d'identité.

Cordialement,
Stéphane Morin
""", att=[("livret_famille_p1-2.pdf", "application/pdf"), ("CNI_S_Morin.jpg", "image/jpeg")])

m("fr-acc-outlook-suite", "fr", ["access"], "Agnès Vidal <agnes.vidal@ac-orleans-tours.fr>",
  "RE: Atelier du 22 mars",
  """Bonjour Sandra,

Oui merci, bien reçu pour l'atelier. Par contre je profite de ce mail : j'ai cru comprendre que vous enregistriez les ateliers en visio. Est-ce que vous pouvez m'envoyer les enregistrements où j'apparais et me dire tout ce que vous conservez à mon sujet ?

Agnès

Agnès Vidal
Conseillère principale d'éducation
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.
""", quote=("outlook_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "lundi 17 mars 2025 09:14",
  """Bonjour Agnès,
Je vous confirme votre inscription à l'atelier du 22 mars (14h-17h).
Belle journée,
Sandra""", "Agnès Vidal <agnes.vidal@ac-orleans-tours.fr>", "Atelier du 22 mars"))

# ---------------- rectification ----------------
m("fr-rect-nom-marital", "fr", ["rectification"], "Claire Dubreuil <claire.dubreuil@gmail.com>",
  "changement de nom",
  """Bonjour Sandra,

Petite mise à jour administrative : je ne m'appelle plus Claire Fontaine mais Claire Dubreuil depuis mon mariage. Est-ce que tu peux modifier mon nom dans ton fichier et sur mes futures factures ? L'attestation de formation aussi si possible.

Merci !
Claire
""")

m("fr-rect-tel", "fr", ["rectification"], "Gérard Lamy <gerard.lamy@orange.fr>",
  "nouveau numéro",
  """Bonjour,
Mon ancien numéro 06 71 22 90 14 n'est plus attribué, merci de le remplacer par le 07 66 43 18 02.
Cordialement
Gérard Lamy
""")

m("fr-rect-adresse-mail", "fr", ["rectification"], "Sophie Renard <sophie.renard.pro@outlook.fr>",
  "Changement d'adresse mail",
  """Bonjour Sandra,

Je vous écris depuis ma nouvelle adresse : j'abandonne sophie.renard@numericable.fr qui va être fermée. Pourriez-vous remplacer l'ancienne par celle-ci (sophie.renard.pro@outlook.fr) pour la plateforme de formation et vos envois ?

Merci beaucoup
Sophie
""")

m("fr-rect-note-erronee", "fr", ["rectification"], "Lucie Moreau <lucie.moreau84@gmail.com>",
  "Erreur dans le compte rendu",
  """Bonjour Sandra,

J'ai relu le compte rendu de séance que tu m'as envoyé et il y a une erreur qui me gêne : il est écrit que j'ai quitté mon poste "suite à un conflit avec ma responsable". Ce n'est pas ça du tout, c'est moi qui ai demandé une rupture conventionnelle pour me lancer. Est-ce que tu peux corriger dans tes notes ? Je ne voudrais pas que ça reste comme ça.

Merci
Lucie
""")

m("fr-rect-date-naissance", "fr", ["rectification"], "Yvette Charpentier <yvette.charpentier@laposte.net>",
  "erreur date de naissance",
  """Bonjour Madame,
Sur l'attestation de stage que j'ai reçue ma date de naissance est fausse, c'est le 12/07/1958 et non le 21/07/1958. Je dois la fournir à ma caisse de retraite. Pouvez vous rectifier et me renvoyer une attestation corrigée.
Merci
Yvette Charpentier
""")

m("fr-rect-orthographe", "fr", ["rectification"], "Anaïs Guérineau <anais.guerineau@gmail.com>",
  "Re: Bienvenue dans la formation Praticien(ne) en accompagnement",
  """Bonjour !

Merci pour l'accueil. Juste un détail : mon nom est mal orthographié partout sur la plateforme (Guérinaud au lieu de Guérineau, avec un E et sans D). Vous pouvez corriger ? Mon prénom prend aussi un tréma : Anaïs.

Belle journée
""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "lun. 6 janv. 2025 à 08:30",
  """Bonjour Anais Guérinaud,
Bienvenue dans la formation ! Voici vos identifiants d'accès à votre espace membre sur Systeme.io..."""))

m("fr-rect-adresse-postale", "fr", ["rectification"], "Bernard et Mireille Jolivet <jolivet.bm@orange.fr>",
  "Déménagement",
  """Bonjour Sandra

Nous avons déménagé, merci de noter notre nouvelle adresse pour les factures et les courriers :
7 allée des Tilleuls
36000 Châteauroux
(l'ancienne rue Basse à Issoudun n'est plus valable)

Mireille Jolivet
""")

m("fr-rect-completer-allergie", "fr", ["rectification"], "Samia Bouaziz <samia.bouaziz@gmail.com>",
  "fiche d'inscription stage",
  """Bonjour Sandra,

En remplissant la fiche pour le stage résidentiel j'ai oublié d'indiquer une info importante et ma fiche est donc incomplète : je suis allergique aux fruits à coque. Peux-tu compléter ma fiche d'inscription avec ça ? Et aussi mon numéro a changé entre-temps : c'est maintenant le 06 03 58 47 21.

Merci !
Samia
""")

m("fr-rect-genre-prenom", "fr", ["rectification"], "Noé Lefranc <noe.lefranc@proton.me>",
  "Mise à jour de mon prénom",
  """Bonjour Sandra,

J'ai suivi votre atelier en 2023 sous un autre prénom. J'ai changé de prénom à l'état civil depuis (je m'appelle désormais Noé). Pourriez-vous mettre à jour mon prénom et ma civilité (M. au lieu de Mme) dans vos fichiers et sur mon compte de formation ?

Merci pour votre compréhension,
Noé Lefranc
""", shape="alt")

m("fr-rect-facture-raison", "fr", ["rectification"], "Valérie Tournier <v.tournier@tournier-conseil.fr>",
  "TR: Facture F2025-041",
  """Bonjour Sandra,

Ma facture est à mon nom personnel alors que j'avais bien indiqué ma société à l'inscription. Vos fiches client sont donc fausses à mon sujet : pouvez-vous corriger mes coordonnées (Tournier Conseil SARL, 3 place du Marché, 18100 Vierzon) ?

Merci,
Valérie Tournier
Tournier Conseil
""", fwd=("outlook_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "jeudi 10 avril 2025 11:02",
  "Facture F2025-041", "v.tournier@tournier-conseil.fr",
  """Bonjour,
Veuillez trouver ci-joint votre facture pour la formation "Écoute active".
Sandra Delomenie - Floraison de Soi"""))

# ---------------- erasure ----------------
m("fr-eff-tout-supprimer", "fr", ["erasure"], "Karine Delorme <karine.delorme@gmail.com>",
  "suppression de mes données",
  """Bonjour,

Je souhaite que vous supprimiez toutes les données personnelles que vous détenez à mon sujet, y compris mon compte sur votre plateforme de formation et nos échanges.

Merci de me confirmer la suppression.

Karine Delorme
""")

m("fr-eff-compte-et-donnees", "fr", ["erasure"], "Rémi Chauvet <remi.chauvet@free.fr>",
  "fermeture compte",
  """Bonjour, merci de supprimer mon compte et toutes les données qui vont avec. Je n'utilise plus la formation.
Rémi
Envoyé depuis mon mobile
""")

m("fr-eff-poli-question", "fr", ["erasure"], "Martine Sorel <martine.sorel@orange.fr>",
  "petite demande",
  """Bonjour Sandra,

J'ai beaucoup aimé nos séances mais j'aimerais tourner la page. Pourriez-vous effacer mes notes de séance et ma fiche ? Je n'ai pas besoin que vous gardiez quoi que ce soit sur moi.

Avec toute ma gratitude,
Martine
""")

m("fr-eff-sante", "fr", ["erasure"], "Denis Aubert <denis.aubert@gmail.com>",
  "données de santé",
  """Madame,

Lors de mon accompagnement je vous ai parlé de mon traitement et de mes antécédents (burn-out, hospitalisation). L'accompagnement est terminé depuis plus d'un an. Je vous demande d'effacer toutes les informations de santé me concernant.

D. Aubert
""")

m("fr-eff-quote-relance", "fr", ["erasure"], "Emilie Carré <emilie.carre@yahoo.fr>",
  "Re: Il reste 3 places pour le stage d'été !",
  """Merci mais non. Retirez-moi de tous vos fichiers s'il vous plait, je ne veux plus apparaître nulle part chez vous. Effacez tout.
""", quote=("apple_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "12 juin 2025 à 19:00",
  """Bonjour Emilie,
Il reste 3 places pour le stage d'été "Se reconnecter à soi" du 7 au 9 juillet.
Réservez vite !
Sandra"""))

m("fr-eff-whatsapp-groupe", "fr", ["erasure"], "Fanny Leclerc <fanny.leclerc@gmail.com>",
  "groupe WhatsApp et mes données",
  """Bonjour Sandra,

La formation est finie depuis septembre. Je voudrais que mes données soient supprimées : mon numéro et mes messages dans le groupe WhatsApp de la promo, mes travaux dans le Drive partagé et ma fiche stagiaire. Je comprends que vous deviez garder les factures.

Merci de ta compréhension,
Fanny
""")

m("fr-eff-droit-oubli", "fr", ["erasure"], "Julien Perrot <julien.perrot@protonmail.com>",
  "Exercice du droit à l'effacement (art. 17 RGPD)",
  """Madame,

Par la présente, j'exerce mon droit à l'effacement prévu à l'article 17 du RGPD. Je vous demande de procéder à l'effacement de l'ensemble des données me concernant dans vos systèmes et chez vos sous-traitants (Systeme.io, Google Drive, outil d'emailing), et de m'en confirmer la réalisation.

Pièce d'identité jointe.

Julien Perrot
""", att=[("piece_identite_JPerrot.pdf", "application/pdf")])

m("fr-eff-ancienne-cliente", "fr", ["erasure"], "Odile Verdier <odile.verdier@sfr.fr>",
  "Ancienne cliente",
  """Bonjour,

j'ai été votre cliente il y a 4 ans. Je pense que vous n'avez plus de raison de conserver mon dossier, je vous demande de le détruire ainsi que toutes mes coordonnées.

Cordialement
Odile Verdier
""", shape="html")

m("fr-eff-tutoiement-court", "fr", ["erasure"], "Manon <manon.gilbert@icloud.com>",
  "stp",
  """Hello Sandra, tu peux m'effacer de ta base stp ? Compte, mail, tout. Merci 🙏
Manon Gilbert
""")

m("fr-eff-b64-outlook", "fr", ["erasure"], "Laurent Bessière <laurent.bessiere@outlook.com>",
  "Demande de suppression",
  """Bonjour Madame Delomenie,

Je vous remercie pour l'atelier de novembre. Après réflexion je ne souhaite pas poursuivre et je vous demande de supprimer l'ensemble de mes informations personnelles (fiche d'inscription, réponses au questionnaire préalable, coordonnées).

Bien cordialement,

Laurent Bessière
""", cte="base64")

m("fr-eff-formulaire-contact", "fr", ["erasure"], "Formulaire Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Chantal Mercier",
  """Nom : Chantal Mercier
Email : chantal.mercier@gmail.com
Téléphone : 06 45 12 98 33
Sujet : Autre demande

Message :
Bonjour, j'ai rempli le questionnaire de découverte sur votre site le mois dernier mais je ne donnerai pas suite. Merci d'effacer mes réponses et mes coordonnées.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", reply_to="Chantal Mercier <chantal.mercier@gmail.com>", to=C)

m("fr-eff-facebook-groupe", "fr", ["erasure"], "Isabelle Ngo <isabelle.ngo@gmail.com>",
  "Suppression",
  """Bonjour Sandra,

Je ne veux plus de lien avec le cercle de femmes. Peux-tu supprimer toutes mes données, ma fiche, mes messages et mes coordonnées dans tes listes ? Je quitte moi-même le groupe Facebook.

Isabelle
""")

# ---------------- restriction ----------------
m("fr-lim-conteste-notes", "fr", ["restriction"], "Lucie Moreau <lucie.moreau84@gmail.com>",
  "Re: Erreur dans le compte rendu",
  """Sandra,

Je vois que tu n'es pas d'accord avec ma correction et que tu maintiens ce que tu as noté. En attendant qu'on règle ce désaccord, je te demande de ne plus utiliser ce compte rendu pour quoi que ce soit (supervision, bilan, etc.). Tu ne l'effaces pas, mais tu le mets de côté.

Lucie
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "jeu. 20 mars 2025 à 21:40",
  """Lucie, je comprends, mais je t'avoue que c'est ce que tu m'avais dit en séance...
Sandra"""))
# NEAR-LINE: contests accuracy and asks to freeze use without deletion -> restriction only.

m("fr-lim-geler-litige", "fr", ["restriction"], "Patrice Olivier <patrice.olivier@gmail.com>",
  "Litige - conservation des données",
  """Madame,

Comme vous le savez, un litige nous oppose concernant le remboursement du stage. Je vous demande expressément de NE PAS supprimer mes données ni nos échanges, dont j'aurai besoin, mais de ne plus les utiliser à aucune autre fin d'ici la résolution du litige.

P. Olivier
""")

m("fr-lim-ne-pas-utiliser", "fr", ["restriction"], "Corinne Hamel <corinne.hamel@orange.fr>",
  "mes notes",
  """Bonjour Sandra,

Je sais que tu prépares un livre avec des cas d'accompagnement. Je ne veux pas que tu effaces mon dossier (je reviendrai peut-être), mais je ne veux pas non plus qu'il serve à autre chose qu'à mon suivi. Tu peux le mettre en pause, en quelque sorte ?

Corinne
""")
# NEAR-LINE: "don't use, don't delete" -> restriction, not objection.

m("fr-lim-suspendre-compte", "fr", ["restriction"], "Arnaud Giraud <arnaud.giraud@laposte.net>",
  "Suspension du traitement de mes données",
  """Bonjour,

Je conteste l'exactitude des informations figurant sur mon attestation de fin de formation (le nombre d'heures est faux, j'ai suivi 42h et non 28h). Pendant la vérification, je demande la limitation du traitement : merci de ne transmettre ces données à personne, en particulier pas à mon OPCO.

Arnaud Giraud
""")
# NEAR-LINE: contesting accuracy + pausing processing = restriction only (brief), even though it implies a correction.

m("fr-lim-avocat-conserver", "fr", ["restriction"], "Me Cécile Brunet <cecile.brunet@avocats-indre.fr>",
  "V/Réf : M. Hervé Lacombe - conservation des données",
  """Madame,

Je vous écris en qualité de conseil de M. Hervé Lacombe (pouvoir ci-joint).

Mon client a besoin des données que vous détenez à son sujet pour la constatation de ses droits dans une procédure prud'homale. Alors même que leur durée de conservation arriverait à échéance, il vous demande de les conserver, sans les utiliser par ailleurs, jusqu'à l'issue de la procédure.

Veuillez agréer, Madame, mes salutations distinguées.

Cécile Brunet
Avocate
""", att=[("Pouvoir_Lacombe.pdf", "application/pdf")])

m("fr-lim-gardez-pas-newsletter-pas", "fr", ["restriction"], "Sylvie Perrin <sylvie.perrin@gmail.com>",
  "Mise en veille",
  """Bonjour Sandra

Je fais une pause dans mon parcours pour raisons familiales. Est ce que tu peux garder mon dossier tel quel mais ne plus y toucher, ne rien en faire, le temps que je revienne vers toi (dans 6 mois peut être) ? Je ne veux surtout pas qu'il soit supprimé.

Merci
Sylvie
""")

m("fr-lim-html-questionnaire", "fr", ["restriction"], "Hugo Lemoine <hugo.lemoine@gmail.com>",
  "Questionnaire 360",
  """Bonjour,

Mes collègues ont rempli un questionnaire 360 à mon sujet dans le cadre du coaching. Je pense que certaines réponses sont inexactes et je les conteste. En attendant qu'on en parle, merci de geler ces résultats : ne les utilisez pas dans le rapport final et ne les communiquez pas à ma direction.

Hugo Lemoine
""", shape="alt")

m("fr-lim-stop-transfert", "fr", ["restriction"], "Nathalie Fabre <nathalie.fabre@free.fr>",
  "Ne pas transmettre",
  """Madame,

J'ai cru comprendre que vous alliez migrer vos fichiers vers un nouvel outil. Je m'oppose à ce qu'on efface quoi que ce soit de mon dossier, mais je vous demande d'en limiter l'usage au strict archivage jusqu'à ce que vous m'ayez expliqué la migration. Je suis en désaccord sur plusieurs éléments qu'il contient.

N. Fabre
""")
# NEAR-LINE: wording says "je m'oppose" but the request is keep + limit to storage while accuracy disputed -> restriction.

# ---------------- portability ----------------
m("fr-port-export-csv", "fr", ["portability"], "Elodie Mas <elodie.mas@gmail.com>",
  "export de mes données",
  """Bonjour Sandra,

Je change de coach (rien de personnel, je déménage à Lyon !). Pourrais-tu m'envoyer mes données (questionnaires, objectifs, suivi de progression) dans un format que je puisse réutiliser, genre tableur ou CSV, pour les transmettre à ma nouvelle coach ?

Merci pour tout,
Elodie
""")

m("fr-port-transfert-direct", "fr", ["portability"], "Romain Tissot <romain.tissot@outlook.fr>",
  "Transfert de mon dossier",
  """Bonjour Madame,

Je souhaite exercer mon droit à la portabilité : merci de transmettre directement les données que je vous ai fournies (fiche, questionnaires, écrits) à Mme Laura Peyrot, sophrologue, à l'adresse laura.peyrot.sophro@gmail.com, dans un format structuré.

Cordialement,
Romain Tissot
""")

m("fr-port-formation-progression", "fr", ["portability"], "Aurélie Masson <aurelie.masson@gmail.com>",
  "Ma progression dans la formation",
  """Bonjour,

Je voudrais récupérer mes données de la plateforme (mes réponses aux quiz, mes devoirs, mon historique de progression) dans un fichier exploitable, pour les importer dans l'outil de mon nouvel organisme de formation. Est-ce possible ?

Aurélie Masson
""")

m("fr-port-json", "fr", ["portability"], "Vincent Roy <vincent.roy@posteo.net>",
  "Portabilité RGPD (art. 20)",
  """Bonjour,

Au titre de l'article 20 du RGPD, je demande à recevoir les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine (JSON ou CSV).

Merci,
Vincent Roy
""", cte="quoted-printable")

m("fr-port-journal-exercices", "fr", ["portability"], "Léa Barbier <lea.barbier@gmail.com>",
  "mon journal de bord",
  """Coucou Sandra

Pendant l'accompagnement j'ai rempli le journal de bord en ligne sur ta plateforme chaque semaine. Tu pourrais me l'exporter dans un fichier que je peux ouvrir et réutiliser dans mon appli de journaling ? Un export brut me va très bien.

Merci 🌿
Léa
""")

m("fr-port-naturopathe", "fr", ["portability"], "Françoise Picard <francoise.picard@orange.fr>",
  "Envoi de mon bilan à ma naturopathe",
  """Bonjour Sandra,

Ma naturopathe, Mme Hoarau, aimerait avoir mes questionnaires d'hygiène de vie que j'avais remplis avec vous, pour ne pas tout refaire. Pouvez-vous les lui envoyer directement en fichier (adresse : cabinet.hoarau@gmail.com) ? Je vous donne mon accord.

Françoise Picard
""")

m("fr-port-apple-tableur", "fr", ["portability"], "Gilles Fournier <gilles.fournier@me.com>",
  "Fichier",
  """Bonjour,

Serait il possible d'obtenir un export (Excel ou CSV) des données que je vous ai communiquées lors de mon inscription et de mes séances, pour pouvoir les réutiliser ailleurs ?

Bien à vous
Gilles Fournier

Envoyé de mon iPad
""")

# ---------------- objection ----------------
m("fr-opp-desinscrire-nl", "fr", ["objection"], "Monique Gauthier <monique.gauthier@orange.fr>",
  "Re: La lettre de l'automne 🍂",
  """Bonjour, merci de me désinscrire de votre newsletter, je n'arrive pas à le faire avec le lien.
Monique Gauthier
""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "dim. 5 oct. 2025 à 07:00",
  """La lettre de l'automne 🍂
Bonjour Monique,
Les feuilles tombent, et c'est le moment de lâcher prise...
Pour ne plus recevoir nos emails, cliquez ici."""))

m("fr-opp-sms", "fr", ["objection"], "Alain Prévost <alain.prevost@gmail.com>",
  "SMS",
  """Bonjour,
Je ne veux plus recevoir vos SMS de promotion pour les ateliers. Merci.
A. Prévost
""")

m("fr-opp-plus-contacter", "fr", ["objection"], "Danièle Rousseau <daniele.rousseau@sfr.fr>",
  "Ne plus me contacter",
  """Madame,

Pour des raisons personnelles, je vous demande de ne plus me contacter, ni par mail ni par téléphone, pour me proposer vos stages ou vos formations. J'ai eu une période difficile et ces relances me font plus de mal que de bien.

Danièle Rousseau
""")

m("fr-opp-statistiques", "fr", ["objection"], "Marc Antoine Bellec <ma.bellec@gmail.com>",
  "Utilisation de mes réponses",
  """Bonjour Sandra,

J'ai vu dans votre dernier post que vous publiez des statistiques sur vos accompagnements ("80 % de mes clients..."). Je m'oppose à ce que mes réponses aux questionnaires soient utilisées pour ces statistiques ou pour toute étude, même anonymisées.

Marc-Antoine
""")

m("fr-opp-html-liste", "fr", ["objection"], "Anne-Sophie Leroy <as.leroy@gmail.com>",
  "Désabonnement",
  """Bonjour,

Merci de retirer mon adresse de votre liste de diffusion. Je reçois trop de mails en ce moment.

Bonne continuation à vous,
Anne-Sophie
""", shape="html")

m("fr-opp-profilage", "fr", ["objection"], "Bruno Caron <bruno.caron@free.fr>",
  "Suivi de mes clics",
  """Bonjour,

Je m'aperçois que vos emails contiennent des liens traqués et que je reçois des offres différentes selon ce que j'ouvre. Je m'oppose à ce profilage et à l'envoi de prospection ciblée me concernant.

B. Caron
""")

m("fr-opp-appels", "fr", ["objection"], "Jacqueline Mallet <jacqueline.mallet@wanadoo.fr>",
  "appels",
  """Bonjour
Votre assistante m'a appelée trois fois cette semaine pour la formation de printemps. Je ne souhaite plus être démarchée par téléphone. Merci de retirer mon numéro de vos listes d'appel.
J. Mallet
""")

m("fr-opp-quote-promo", "fr", ["objection"], "Sébastien Marty <seb.marty@gmail.com>",
  "Re: -20% sur la formation jusqu'à dimanche",
  """stop aux mails commerciaux svp, j'ai déjà fait la formation
""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "ven. 21 nov. 2025 à 12:00",
  """Black Friday bienveillant 💛
-20% sur la formation Praticien(ne) jusqu'à dimanche minuit avec le code FLORAISON20"""))

m("fr-opp-situation-particuliere", "fr", ["objection"], "Nicole Besson <nicole.besson@gmail.com>",
  "Opposition",
  """Madame,

Je travaille désormais dans la même structure que votre conjoint et, pour des raisons de discrétion liées à ma situation, je m'oppose à ce que vous continuiez à utiliser mes coordonnées pour me relancer ou m'inviter à vos évènements. Je ne demande pas la suppression de mon dossier.

Nicole Besson
""")

m("fr-opp-whatsapp-promo", "fr", ["objection"], "Kevin Dumas <kevin.dumas@gmail.com>",
  "messages WhatsApp",
  """Salut Sandra, je veux bien rester dans le groupe de la promo mais stp arrête de m'envoyer tes pubs en privé sur WhatsApp pour les nouveaux stages. Merci !
""")

m("fr-opp-outlook-nl", "fr", ["objection"], "Régine Collet <regine.collet@cc-issoudun.fr>",
  "RE: Webinaire gratuit jeudi 20h",
  """Bonjour,

Pourriez-vous cesser d'envoyer vos emails promotionnels sur mon adresse professionnelle ? Je n'ai jamais souhaité les recevoir ici.

Cordialement,

Régine Collet
Service Ressources Humaines
Communauté de communes du Pays d'Issoudun
""", quote=("outlook_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "mardi 14 janvier 2025 18:30",
  """Webinaire gratuit : "Dire non sans culpabiliser" - jeudi 20h
Inscrivez-vous ici""", "regine.collet@cc-issoudun.fr", "Webinaire gratuit jeudi 20h"))

# ---------------- withdraw_consent ----------------
m("fr-ret-temoignage-site", "fr", ["withdraw_consent"], "Céline Arnaud <celine.arnaud@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,

Il y a deux ans je t'avais donné mon accord pour publier mon témoignage sur ton site. Aujourd'hui mon employeur est tombé dessus et ça me met mal à l'aise. Est-ce que tu peux le retirer du site et de ta page Facebook ?

Merci de ta compréhension,
Céline
""")

m("fr-ret-photo-stage", "fr", ["withdraw_consent"], "Mathilde Roger <mathilde.roger@orange.fr>",
  "photos du stage",
  """Bonjour,

J'avais accepté d'être prise en photo pendant le stage de juin et que ces photos soient utilisées pour votre communication. Je reviens sur cet accord : merci de ne plus les utiliser et de retirer celles où l'on me voit de votre site et d'Instagram.

Mathilde Roger
""")

m("fr-ret-video-replay", "fr", ["withdraw_consent"], "Olivia Garnier <olivia.garnier@gmail.com>",
  "Replay du webinaire",
  """Bonjour Sandra,

J'ai pris la parole pendant le webinaire de mardi et j'avais dit oui pour l'enregistrement. Finalement je préférerais ne pas apparaître dans le replay que tu vas diffuser. Je retire mon accord, désolée pour le contretemps !

Olivia
""")

m("fr-ret-questionnaire-recherche", "fr", ["withdraw_consent"], "Thomas Leblanc <thomas.leblanc@gmail.com>",
  "Retrait de mon consentement",
  """Bonjour Madame Delomenie,

J'avais coché la case autorisant l'utilisation de mes questionnaires pour votre mémoire de certification. Je retire ce consentement.

Cordialement,
Thomas Leblanc
""")

m("fr-ret-donnees-sante-consent", "fr", ["withdraw_consent"], "Patricia Joly <patricia.joly@sfr.fr>",
  "consentement données de santé",
  """Bonjour,

Lors de mon inscription j'ai signé le consentement pour la collecte de mes données de santé. Je retire ce consentement à partir d'aujourd'hui : je ne souhaite plus que vous collectiez ou notiez ce type d'information lors des prochaines séances.

Patricia Joly
""")

m("fr-ret-audio-podcast", "fr", ["withdraw_consent"], "Jérôme Bailly <jerome.bailly@gmail.com>",
  "Podcast",
  """Sandra,

Tu m'avais enregistré pour l'épisode "Reconversion à 50 ans" de ton podcast. Je ne veux finalement plus que l'enregistrement soit diffusé, ni sur Spotify ni ailleurs. Je retire mon accord.

Jérôme
""")

m("fr-ret-temoignage-quote", "fr", ["withdraw_consent"], "Véronique Lucas <veronique.lucas@laposte.net>",
  "Re: Merci pour ton beau témoignage 💐",
  """Bonjour Sandra,
En y repensant je préfère que mon témoignage ne soit pas publié finalement, même avec mon prénom seulement. Tu peux l'enlever de ta page de vente ? Merci et désolée.
Véronique
""", quote=("apple_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "3 févr. 2025 à 10:15",
  """Merci Véronique pour ce témoignage si touchant, il est en ligne sur la page de la formation !
Sandra"""))

m("fr-ret-photo-groupe-insta", "fr", ["withdraw_consent"], "Aïcha Diallo <aicha.diallo@gmail.com>",
  "Photo de groupe Instagram",
  """Bonjour Sandra,

Sur la photo de groupe du cercle de novembre postée sur ton Instagram, on me reconnaît très bien. Je ne souhaite plus y figurer, j'annule mon autorisation de droit à l'image. Tu peux la retirer ou me flouter ?

Merci
Aïcha
""")

m("fr-ret-cookies", "fr", ["withdraw_consent"], "Pierre-Yves Hamon <py.hamon@gmail.com>",
  "Traceurs Google Analytics",
  """Bonjour,

J'ai accepté les cookies de mesure d'audience sur floraisondesoi.fr par erreur et je ne trouve plus le bandeau pour revenir sur ce choix. Je retire mon consentement aux traceurs Google Analytics, merci de faire le nécessaire pour mes données de navigation.

P.-Y. Hamon
""")

# ---------------- post_mortem ----------------
m("fr-pm-fille-deces", "fr", ["post_mortem"], "Caroline Berthier <caroline.berthier@gmail.com>",
  "Ma mère, Geneviève Berthier",
  """Bonjour Madame Delomenie,

J'ai le regret de vous informer du décès de ma mère, Geneviève Berthier, le 2 février dernier. Elle vous voyait régulièrement et parlait beaucoup de vous.

Je voudrais savoir ce que vous conservez à son nom et faire le nécessaire : je pense qu'il faut clôturer son compte et supprimer ses données. Je joins l'acte de décès.

Bien cordialement,
Caroline Berthier
""", att=[("acte_deces_G_Berthier.pdf", "application/pdf")])

m("fr-pm-notaire", "fr", ["post_mortem"], "Office notarial Lenoir & Associés <contact@notaires-lenoir.fr>",
  "Succession de M. Raymond Petit - Réf. 2025/0147",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Raymond Petit, décédé le 18 avril 2025 à Issoudun.

Nous vous remercions de bien vouloir nous faire savoir si le défunt disposait auprès de vous d'un compte, d'un abonnement ou de sommes à régler ou à rembourser, et de nous communiquer les documents contractuels le concernant.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour l'étude,
Sarah Kheloufi, clerc de notaire
""", att=[("Attestation_devolution_Petit.pdf", "application/pdf")])

m("fr-pm-mari-newsletter", "fr", ["post_mortem"], "Georges Clément <georges.clement@orange.fr>",
  "Re: La lettre de l'hiver ❄️",
  """Madame,

Mon épouse Josiane est décédée en décembre. Elle continue de recevoir votre lettre et c'est douloureux de la voir arriver. Merci de la retirer de vos listes.

Georges Clément
""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "dim. 11 janv. 2026 à 07:00",
  """La lettre de l'hiver ❄️
Bonjour Josiane,
En ce début d'année, prenons le temps de..."""))
# NEAR-LINE: a widower asks to unsubscribe the deceased -> post_mortem only (not objection).

m("fr-pm-directives-propres", "fr", ["post_mortem"], "Simone Lagarde <simone.lagarde@wanadoo.fr>",
  "Mes volontés",
  """Chère Sandra,

Je suis malade, vous le savez, et je mets mes affaires en ordre. Je souhaite qu'après mon décès, tous mes écrits et les notes de nos séances soient détruits et que rien ne soit transmis à mes enfants, sauf à ma fille Agathe si elle le demande. Je désigne Agathe (agathe.lagarde@gmail.com) pour veiller à ces consignes.

Avec toute mon affection,
Simone
""")

m("fr-pm-fils-photos", "fr", ["post_mortem"], "Antoine Nicolas <antoine.nicolas@gmail.com>",
  "Photos de mon père",
  """Bonjour,

Mon père, Michel Nicolas, est décédé en août. Il avait participé à vos stages et je crois que vous avez des photos de lui et peut-être des vidéos. Est-ce qu'il serait possible d'en avoir une copie pour la famille ? Et ensuite de retirer celles qui sont en ligne.

Merci beaucoup
Antoine Nicolas
""")

m("fr-pm-soeur-compte", "fr", ["post_mortem"], "Marie-Claude Henry <mc.henry@laposte.net>",
  "Décès de ma soeur - compte formation",
  """Bonjour,

Ma soeur Évelyne Henry nous a quittés le mois dernier. Elle était inscrite à votre formation en ligne et l'abonnement continue d'être prélevé sur son compte. Pouvez-vous clôturer son compte et arrêter les prélèvements ? Je suis son exécutrice testamentaire, j'ai les documents si besoin.

Marie-Claude Henry
""")
# NEAR-LINE: relative after a death asks to close account/stop payments -> post_mortem only, whatever they ask.

m("fr-pm-veuve-rectif", "fr", ["post_mortem"], "Ginette Boyer <ginette.boyer@orange.fr>",
  "mon mari",
  """Bonjour madame,
mon mari Roger Boyer est decede le 3 mars. vous lui envoyez toujours des courriers a son nom. je voudrais que ce soit mis a jour et que ses informations soient enlevees.
merci
Mme Boyer
""")

m("fr-pm-directives-avance", "fr", ["post_mortem"], "Philippe Garcia <philippe.garcia@gmail.com>",
  "Directives sur mes données après mon décès",
  """Bonjour Sandra,

Je rédige en ce moment mes directives anticipées et, dans la logique de votre politique de confidentialité (article 13), je vous communique mes directives particulières : à mon décès, je souhaite que l'ensemble de mes données chez Floraison de Soi soit effacé, et que mon épouse ne puisse pas accéder à mes notes de séance.

Merci d'en prendre acte.
Philippe Garcia
""", att=[("Directives_donnees_PGarcia_signees.pdf", "application/pdf")])

m("fr-pm-petitfils-temoignage", "fr", ["post_mortem"], "Lucas Perret <lucas.perret@gmail.com>",
  "Témoignage de ma grand-mère",
  """Bonjour,

Ma grand-mère Huguette Perret est décédée il y a trois semaines. Son témoignage avec sa photo est toujours sur votre site. La famille souhaiterait qu'il soit retiré. Pouvez-vous faire le nécessaire ?

Lucas Perret
""", shape="html")
# NEAR-LINE: withdrawal of a testimonial after death -> post_mortem only.

# ---------------- multi-right ----------------
m("fr-multi-acc-port", "fr", ["access", "portability"], "Jessica Lambert <jessica.lambert@gmail.com>",
  "Mes données",
  """Bonjour Sandra,

Deux choses : j'aimerais savoir quelles données tu conserves sur moi (et combien de temps), et recevoir mes questionnaires et bilans en fichier réutilisable pour les garder dans mes outils.

Merci !
Jessica
""")

m("fr-multi-eff-ret", "fr", ["erasure", "withdraw_consent"], "Delphine Rey <delphine.rey@gmail.com>",
  "Témoignage + suppression",
  """Bonjour,

Je retire mon autorisation de publication pour mon témoignage vidéo et je vous demande aussi de supprimer toutes mes données (fiche client, mails, notes).

Delphine Rey
""")

m("fr-multi-acc-rect", "fr", ["access", "rectification"], "Hervé Royer <herve.royer@orange.fr>",
  "Vérification de mes informations",
  """Bonjour Madame,

Pouvez-vous m'envoyer une copie de ce que vous avez dans votre fichier me concernant ? Je pense que mon adresse est encore l'ancienne : la bonne est 15 impasse des Vignes, 36100 Saint-Georges-sur-Arnon. Merci de la corriger.

Hervé Royer
""")

m("fr-multi-eff-opp", "fr", ["erasure", "objection"], "Stéphanie Blanc <stephanie.blanc@yahoo.fr>",
  "Désinscription et suppression",
  """Bonjour,

Merci de me désinscrire de la newsletter et d'effacer toutes mes données de votre système, compte formation compris.

Stéphanie Blanc
""")

m("fr-multi-acc-eff", "fr", ["access", "erasure"], "Yannick Morel <yannick.morel@gmail.com>",
  "RGPD",
  """Bonjour,

Avant que vous effaciez mes données (ce que je vous demande par la présente), je voudrais recevoir une copie de tout ce que vous détenez à mon sujet. Une fois que je l'aurai reçue, merci de tout supprimer.

Cordialement
Yannick Morel
""", att=[("CNI_YMorel.pdf", "application/pdf")])

m("fr-multi-opp-ret", "fr", ["objection", "withdraw_consent"], "Laetitia Michaud <laetitia.michaud@gmail.com>",
  "plus de mails + photo",
  """Bonjour Sandra,

Je préfère ne plus recevoir tes mails d'info et de promo. Et la photo de moi au stage de Pâques que tu utilises sur ta page d'accueil, je préfère que tu l'enlèves, je ne suis plus d'accord.

Bises
Laetitia
""")

m("fr-multi-rect-opp", "fr", ["rectification", "objection"], "Francis Vasseur <francis.vasseur@free.fr>",
  "coordonnées",
  """Bonjour,

Mon adresse mail change : merci d'utiliser francis.vasseur@free.fr à la place de f.vasseur@club-internet.fr. Par contre, n'utilisez pas la nouvelle pour vos publicités : je ne veux plus recevoir la newsletter.

Francis Vasseur
""")

m("fr-multi-acc-port-eff", "fr", ["access", "erasure", "portability"], "Camille Noël <camille.noel@gmail.com>",
  "Fin de mon accompagnement - mes données",
  """Bonjour Sandra,

Je termine mon accompagnement avec toi ce mois-ci. J'aurais trois demandes :
1. savoir tout ce que tu as sur moi et qui y a eu accès ;
2. récupérer mes questionnaires et mon carnet de progression en CSV pour les importer ailleurs ;
3. une fois ça fait, que tu supprimes l'ensemble.

Merci pour ces beaux mois,
Camille
""")

m("fr-multi-lim-acc", "fr", ["access", "restriction"], "Dominique Lefèvre <dominique.lefevre@gmail.com>",
  "Dossier - contestation",
  """Madame,

Je conteste certains éléments de mon dossier de coaching, que vous avez mentionnés à mon employeur lors du bilan tripartite. Je souhaite en recevoir une copie intégrale, et en attendant, que ces données ne soient plus utilisées ni transmises.

Dominique Lefèvre
""")

m("fr-multi-eff-ret-photo", "fr", ["erasure", "withdraw_consent"], "Sabrina Roche <sabrina.roche@hotmail.fr>",
  "Retrait total",
  """Bonjour Sandra,

Je ne veux plus rien avoir chez toi : ni mon témoignage audio, ni les photos du stage (je retire mon accord), ni mes coordonnées ni mon dossier. Supprime tout s'il te plaît.

Sabrina
""", shape="alt")

m("fr-multi-opp-rect-tel", "fr", ["objection", "rectification"], "Roland Bertin <roland.bertin@orange.fr>",
  "tél",
  """Bonjour,
J'ai changé de numéro : le nouveau est le 06 22 14 87 53 (l'ancien 06 98 11 02 44 n'est plus le mien). Mais ne l'utilisez que pour nos rendez-vous, pas de SMS publicitaires s'il vous plaît.
R. Bertin
""")

m("fr-multi-port-eff", "fr", ["erasure", "portability"], "Inès Moulin <ines.moulin@gmail.com>",
  "Je pars de la plateforme",
  """Bonjour,

Je quitte la formation en ligne. Pouvez-vous m'exporter mes travaux et mes réponses aux exercices dans un format réutilisable, puis effacer mon compte et toutes mes données ?

Merci,
Inès Moulin
""")

m("fr-multi-acc-opp", "fr", ["access", "objection"], "Christian Leroux <christian.leroux@gmail.com>",
  "Prospection",
  """Bonjour,

Je reçois vos relances commerciales par mail et par SMS. Je vous demande d'y mettre fin, et de m'indiquer quelles données vous détenez sur moi et comment vous les avez obtenues.

C. Leroux
""")

m("fr-multi-rect-lim", "fr", ["rectification", "restriction"], "Audrey Meyer <audrey.meyer@gmail.com>",
  "Bilan à corriger",
  """Bonjour Sandra,

Dans le bilan de fin de parcours, il est écrit que j'ai "abandonné" le module 3. C'est faux, il a été reporté d'un commun accord. Merci de corriger. Et tant que ce n'est pas corrigé, merci de ne pas envoyer ce bilan à France Travail.

Audrey
""")
# NEAR-LINE: asks correction AND a freeze meanwhile -> rectification + restriction.

m("fr-multi-acc-ret", "fr", ["access", "withdraw_consent"], "Gaëlle Robin <gaelle.robin@gmail.com>",
  "Enregistrements des séances",
  """Bonjour Sandra,

J'avais accepté que nos séances en visio soient enregistrées pour ta supervision. Je retire cet accord pour la suite. Et pour celles déjà enregistrées, j'aimerais savoir lesquelles tu as gardées et à qui tu les as montrées.

Gaëlle
""")

m("fr-multi-eff-opp-html", "fr", ["erasure", "objection"], "Jean-Pierre Marchand <jp.marchand@laposte.net>",
  "Re: Dernière chance : atelier Lâcher-prise",
  """Je vous ai déjà demandé d'arrêter les mails. Supprimez mon adresse et toutes mes informations de vos fichiers, et arrêtez la prospection. Merci.
""", shape="html", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "mer. 8 oct. 2025 à 17:45",
  """Dernière chance : plus que 2 places pour l'atelier Lâcher-prise de samedi !"""))

m("fr-multi-parent-eff-ret", "fr", ["erasure", "withdraw_consent"], "Sandrine Caron <sandrine.caron@gmail.com>",
  "Mon fils Mathis - atelier ados",
  """Bonjour Madame,

Je suis la maman de Mathis (14 ans) qui a participé à l'atelier ados de février. Je retire l'autorisation de droit à l'image que j'avais signée (la vidéo de présentation de l'atelier) et je vous demande d'effacer toutes les données de Mathis.

Sandrine Caron
""", att=[("autorisation_parentale_Mathis.pdf", "application/pdf")])


# ---------------- additional multi-right (added to reach ~1/5 multi-right) ----------------
m("fr-multi-acc-eff-ret", "fr", ["access", "erasure", "withdraw_consent"], "Maryse Chevalier <maryse.chevalier@orange.fr>",
  "Mes données et mon témoignage",
  """Bonjour Sandra,

Je retire mon accord pour la publication de mon témoignage (celui avec ma photo sur la page "Ils m'ont fait confiance").

Ensuite j'aimerais recevoir une copie de tout ce que vous avez me concernant, et une fois que je l'aurai, que tout soit effacé.

Je vous remercie,
Maryse Chevalier
""", cte="base64", att=[("CNI_Chevalier.jpg", "image/jpeg")])

m("fr-multi-port-opp", "fr", ["objection", "portability"], "Benoît Laurent <benoit.laurent@gmail.com>",
  "Re: La lettre de l'été ☀️",
  """Bonjour,

Deux choses : merci de ne plus m'envoyer la newsletter, et pourriez-vous m'exporter en CSV mes réponses aux bilans de la formation pour que je les reprenne dans mon propre outil ?

Benoît
""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "dim. 6 juil. 2025 à 07:00",
  """La lettre de l'été ☀️
Bonjour Benoît, l'été est là..."""))

# Fixed calendar days for messages whose text implies a date (time of day still derived from the key).
DAYS = {
    "fr-pm-notaire": "2025-05-06",
    "fr-pm-fille-deces": "2025-02-20",
    "fr-pm-veuve-rectif": "2025-03-24",
    "fr-pm-fils-photos": "2025-09-15",
    "fr-acc-parent-mineur": "2025-12-02",
    "fr-multi-parent-eff-ret": "2025-04-10",
    "fr-ret-photo-stage": "2025-07-08",
    "fr-ret-photo-groupe-insta": "2025-12-10",
    "fr-eff-whatsapp-groupe": "2025-11-05",
    "fr-rect-note-erronee": "2025-03-18",
    "fr-multi-opp-ret": "2025-05-12",
    "fr-eff-b64-outlook": "2025-12-01",
    "fr-acc-partage-qui": "2025-07-01",
    "fr-lim-geler-litige": "2025-02-03",
    "fr-eff-tout-supprimer": "2025-03-03",
    "fr-port-export-csv": "2025-03-28",
    "fr-acc-html-tout": "2025-09-08",
    "fr-eff-droit-oubli": "2025-03-12",
}
for _r in R:
    if _r["key"] in DAYS:
        _r["day"] = DAYS[_r["key"]]
