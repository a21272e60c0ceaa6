# French messages that exercise at least one right.
from rec import R

RECORDS = [
R("fr-acc-espace-membre-copie", "Mes données sur la plateforme de formation",
"""Bonjour Sandra,

J'ai suivi votre programme « Oser sa place » sur Systeme.io l'an dernier. Pourriez-vous m'envoyer une copie de toutes les données personnelles que vous avez à mon sujet (inscription, réponses aux exercices, paiements) ?

Merci d'avance,
{prenom}""", ["access"]),

R("fr-acc-art15-formel", "Demande d'accès – article 15 RGPD",
"""Madame,

Conformément à l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée.

Je vous remercie de me répondre dans le délai d'un mois prévu par le texte.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

{name}
12 rue des Tanneurs, 36100 Issoudun""", ["access"], html="alt"),

R("fr-acc-notes-seances", "notes de mes séances",
"""Bonjour,
est-ce que je peux récupérer les notes que vous avez prises pendant nos séances de coaching de janvier à mars ? j'aimerais les relire de mon côté.
Bonne journée
{prenom}""", ["access"]),

R("fr-acc-source-newsletter", "Comment avez-vous eu mon adresse ?",
"""Bonjour,

Je reçois votre lettre d'information depuis quelques semaines mais je ne me souviens pas m'y être inscrite. D'où vient mon adresse mail exactement et qu'est-ce que vous avez d'autre sur moi ?

Cordialement,
{name}""", ["access"]),

R("fr-acc-sms-style", "question",
"""slt sandra c {prenom} du groupe du jeudi. tu peux m envoyer ce que t as comme infos sur moi dans ton fichier ? merci bcp""", ["access"], cte="7bit"),

R("fr-acc-questionnaire-reponses", "Mes réponses au questionnaire de début d'accompagnement",
"""Bonjour Madame Delomenie,

Lors de notre premier rendez-vous j'avais rempli un questionnaire assez long sur mon parcours et mes valeurs. Je n'en ai pas gardé de copie. Serait-il possible de me le transmettre, tel que vous l'avez conservé ?

Avec mes remerciements,
{name}""", ["access"]),

R("fr-acc-partage-tiers", "Partage de mes informations ?",
"""Bonjour,

Suite à l'atelier du 14 à Châteauroux, j'ai été contactée par une sophrologue qui semblait connaître mon nom et ma participation. Pouvez-vous me dire à qui vous avez transmis mes coordonnées, et lesquelles ?

Merci de votre retour.
{name}""", ["access"]),

R("fr-acc-suisse", "Consultation de mon dossier",
"""Bonjour Madame,

Je me permets de vous écrire depuis Lausanne. J'ai participé à votre classe virtuelle en septante-cinq minutes du mois passé (oui, format court !). Je souhaiterais consulter mon dossier : quelles données détenez-vous me concernant ?

Avec mes meilleures salutations,
{name}""", ["access"], headers={"Organization": "Cabinet Helvetia Conseil Sàrl"}),

R("fr-acc-belge-copie", "Une copie svp",
"""Bonjour Sandra,

Une fois, est-ce que tu saurais m'envoyer une copie de tout ce que tu as enregistré à mon nom ? Fiche client, factures, messages, enfin tout quoi. C'est pour mes archives.

Merci bien et à bientôt,
{prenom} (Namur)""", ["access"]),

R("fr-acc-enfouie-long", "Des nouvelles + une petite demande",
"""Coucou Sandra,

Ça fait longtemps ! Je voulais te dire que depuis la fin de l'accompagnement j'ai enfin osé démissionner et je lance mon activité de céramiste en janvier. Je pense souvent à l'exercice de la « boussole intérieure », je le refais tous les mois.

Les enfants vont bien, Léo entre au collège, c'est tout un monde.

Sinon, petite chose administrative : je suis en train de tout ranger, et j'aimerais bien avoir une copie des comptes rendus de nos séances et de la fiche que tu avais remplie à mon sujet au départ. Si ce n'est pas trop compliqué pour toi.

Je t'embrasse, et encore merci pour tout,
{prenom}""", ["access"]),

R("fr-rect-nom-orthographe", "Erreur dans mon nom",
"""Bonjour,

Sur l'attestation de formation et dans les mails de la plateforme, mon nom est écrit « Lefebre » au lieu de « Lefèbvre ». Merci de corriger dans votre fichier pour que ce soit juste sur les prochains documents.

Bien à vous,
Anne-Laure Lefèbvre""", ["rectification"], frm=("Anne-Laure Lefèbvre", "al.lefebvre@laposte.net")),

R("fr-rect-nouvelle-adresse", "Changement d'adresse",
"""Bonjour Sandra,

Je déménage le 1er du mois. Ma nouvelle adresse : 7 allée des Tilleuls, 18000 Bourges. Vous pouvez supprimer l'ancienne (rue Danton à Issoudun).

Merci !
{prenom}""", ["rectification"]),

R("fr-rect-tel", "nouveau numéro",
"""Bonjour, j'ai changé de numéro de portable, le nouveau c'est le 06 71 42 88 13. L'ancien ne marche plus, vous pouvez l'effacer. Merci {prenom}""", ["rectification"]),  # NEAR-LINE: "effacer" the old number with a new one given -> rectification only

R("fr-rect-email-remplacement", "Remplacer mon adresse mail",
"""Bonjour,

Merci d'utiliser désormais mon adresse professionnelle {prenom}.pro@atelier-ecorce.fr pour toutes vos communications et de retirer celle-ci de votre fichier.

Cordialement,
{name}""", ["rectification"]),  # NEAR-LINE: "retirer" old email with new one given -> rectification only

R("fr-rect-date-naissance", "Date de naissance erronée",
"""Bonjour,
Dans le formulaire d'inscription au cycle « Femmes et leadership » j'ai tapé trop vite ma date de naissance : c'est le 23/07/1981 et non 1918 :) Pouvez-vous rectifier ?
{prenom}""", ["rectification"]),

R("fr-rect-note-fausse", "Compte rendu de séance à corriger",
"""Bonjour Sandra,

En relisant le compte rendu que vous m'avez envoyé, je vois qu'il est noté que je suis en arrêt maladie. Ce n'est pas le cas, j'étais en congé sans solde. Je préférerais que ce soit corrigé dans votre dossier, cette information pourrait être mal interprétée.

Merci,
{name}""", ["rectification"]),

R("fr-rect-quebec", "Correction de mes coordonnées",
"""Bonjour Sandra,

Petite affaire : mon nom de famille est maintenant Tremblay-Gagnon (je me suis mariée cet été, youpi!). Pourriez-vous mettre à jour mon profil? Mon courriel reste le même.

Merci ben gros et bonne fin de semaine,
Marie-Ève Tremblay-Gagnon
Sherbrooke (Qc)""", ["rectification"], frm=("Marie-Ève Tremblay", "me.tremblay@videotron.ca")),

R("fr-rect-facture-nom-entreprise", "Coordonnées de ma fiche",
"""Bonjour,

Mon prénom d'usage est Max, pas Maxime — j'aimerais que ce soit ce qui figure dans votre fichier client et dans vos emails. Merci d'en tenir compte.

Max""", ["rectification"], frm=("Maxime Duval", "maxime.duval@free.fr")),

R("fr-eff-tout-supprimer", "Suppression de mes données",
"""Bonjour,

Je vous demande de supprimer l'ensemble de mes données personnelles de vos fichiers, y compris de la plateforme de formation en ligne.

Merci de me confirmer la suppression.
{name}""", ["erasure"]),

R("fr-eff-art17", "Droit à l'effacement – article 17",
"""Madame Delomenie,

En application de l'article 17 du RGPD, je sollicite l'effacement de toutes les données me concernant, mon accompagnement étant terminé depuis plus de deux ans et ces données n'étant plus nécessaires.

Je vous saurais gré de m'en confirmer l'exécution par écrit.

{name}""", ["erasure"], html="only"),

R("fr-eff-compte-et-donnees", "Fermer mon compte membre et tout effacer",
"""Bonjour Sandra,
Je n'utilise plus l'espace membre. Pouvez-vous supprimer mon compte ET toutes les données qui vont avec ? Merci beaucoup.
{prenom}""", ["erasure"]),

R("fr-eff-sans-accents", "supression",
"""bonjour
je veux que vous effaciez tout ce que vous avez sur moi, nom adresse mail telephone et le reste. je ne veux plus rien avoir a faire avec ca
merci""", ["erasure"], cte="7bit"),

R("fr-eff-poli-question", "Une demande",
"""Bonjour Madame,

Pourriez-vous supprimer mes données s'il vous plaît ? Je ne pense pas refaire de formation prochainement.

Bonne continuation,
{name}""", ["erasure"]),

R("fr-eff-euphemisme", "Disparaître de vos fichiers",
"""Bonjour Sandra,

J'aimerais tourner la page de cette période de ma vie, et cela passe aussi par ne plus exister dans vos fichiers. Faites disparaître ma fiche, mes messages et mes coordonnées, je vous en prie.

Avec toute ma gratitude pour ce que vous m'avez apporté,
{prenom}""", ["erasure"]),

R("fr-eff-au-dessus-newsletter", "Re: 🌱 La lettre de Floraison – novembre",
"""Merci de retirer toutes mes informations de votre base, pas seulement de la liste. Je ne souhaite plus que vous conserviez quoi que ce soit me concernant.""", ["erasure"],
  quote=("gmail_fr", """Bonjour à toutes et à tous,

Ce mois-ci, parlons de la gratitude au travail...

Pour ne plus recevoir cette lettre, cliquez ici."""), qfrom=("Floraison de Soi", "newsletter@floraisondesoi.fr")),  # NEAR-LINE: request above a quoted newsletter; "all my information, not just the list" -> erasure (covers the unsubscribe)

R("fr-eff-iphone", "Suppression",
"""Bonjour pouvez vous effacer mes données de votre fichier svp. Merci

Envoyé de mon iPhone""", ["erasure"], frm=("Josiane Perrot", "josiane.perrot@icloud.com")),

R("fr-lim-contestation", "Contestation – gel de mes données",
"""Madame,

Je conteste l'exactitude de plusieurs éléments figurant dans la synthèse de bilan que vous avez rédigée à mon sujet. Dans l'attente de la vérification, je vous demande de suspendre toute utilisation de ce document (article 18 du RGPD).

Cordialement,
{name}""", ["restriction"]),

R("fr-lim-ne-pas-supprimer", "Ne rien effacer pour le moment",
"""Bonjour Sandra,

Je suis en litige avec mon ancien employeur et mon avocate pourrait avoir besoin des documents de notre accompagnement. Pourriez-vous ne PAS supprimer mon dossier, tout en arrêtant de l'utiliser de quelque manière que ce soit ? Gardez-le simplement de côté.

Merci de votre compréhension,
{prenom}""", ["restriction"]),  # NEAR-LINE: asks not to delete + stop use -> restriction only

R("fr-lim-geler", "Mettre en pause mon dossier",
"""Bonjour,
Je voudrais que mon dossier soit gelé : que vous le conserviez mais sans vous en servir, ni pour des relances ni pour des statistiques, jusqu'à ce que je décide quoi en faire.
{name}""", ["restriction"]),  # NEAR-LINE: mentions statistics but the ask is freezing -> restriction only

R("fr-lim-belge", "Bloquer mes infos",
"""Bonjour Madame,

Est-ce que vous savez bloquer mes informations le temps que je vérifie avec ma mutuelle ce qui a été transmis ? Je ne veux pas qu'elles soient effacées, juste plus utilisées d'ici là.

Bien à vous,
{name}
Liège""", ["restriction"]),

R("fr-lim-plateforme", "Mon profil Systeme.io",
"""Bonjour,

Il y a une erreur dans le niveau de formation indiqué sur mon profil (bac+2 au lieu de bac+5) et je crains qu'il serve à m'orienter vers les mauvais modules. En attendant qu'on en discute, pouvez-vous ne plus utiliser ces informations de profil ?

Merci,
{prenom}""", ["restriction"]),

R("fr-port-csv", "Export de mes données",
"""Bonjour,

Je change de coach et je souhaiterais récupérer mes données (fiche, objectifs, historique des séances) dans un format réutilisable, type CSV ou tableur, pour les transmettre à ma nouvelle accompagnante.

Merci d'avance,
{name}""", ["portability"]),

R("fr-port-art20", "Demande de portabilité (art. 20 RGPD)",
"""Madame,

Sur le fondement de l'article 20 du RGPD, je vous demande de me transmettre les données que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine.

Je vous remercie par avance.

{name}""", ["portability"], html="alt"),

R("fr-port-transfert-direct", "Transfert de mon dossier",
"""Bonjour Sandra,

Comme je vous l'ai dit, je poursuis avec Mme Aubin, coach à Vierzon. Pouvez-vous lui transmettre directement mon dossier en format numérique ? Son adresse : c.aubin.coaching@gmail.com.

Merci pour tout,
{prenom}""", ["portability"], cc=["c.aubin.coaching@gmail.com"]),

R("fr-port-json-tech", "Récupération de mes données de progression",
"""Bonjour,

Développeur de métier, je voudrais récupérer mes données de progression dans les modules en ligne (quizz, temps passé, modules terminés) dans un fichier exploitable, JSON ou CSV, peu importe. Je veux les intégrer dans mon propre outil de suivi.

Bonne journée,
{name}""", ["portability"]),

R("fr-port-excel-informel", "mes infos en excel ?",
"""coucou, tu pourrais m'exporter mes infos (mes bilans, mes objectifs, tout ça) dans un fichier excel que je puisse garder et réutiliser ? merci ma belle
{prenom}""", ["portability"]),

R("fr-opp-desabonnement", "Désinscription",
"""Bonjour, merci de me désinscrire de votre newsletter. Cordialement.""", ["objection"], cte="7bit"),

R("fr-opp-sms-stop", "STOP SMS",
"""Bonjour,
Je reçois des SMS de rappel pour vos ateliers alors que je n'y participe plus. Merci de ne plus m'en envoyer.
{prenom}""", ["objection"]),

R("fr-opp-prospection", "Arrêtez de me relancer",
"""Madame,

C'est la troisième fois que vous m'écrivez pour me proposer votre nouveau programme. Je m'oppose à ce que mes coordonnées soient utilisées à des fins de prospection. Merci d'en prendre note.

{name}""", ["objection"]),

R("fr-opp-statistiques", "Utilisation de mes réponses pour vos statistiques",
"""Bonjour,

J'ai vu dans votre bilan annuel que les réponses des participants servent à établir des statistiques. Je refuse que les miennes soient utilisées de cette façon.

Cordialement,
{name}""", ["objection"]),

R("fr-opp-au-dessus-rappel", "Re: Rappel : votre atelier commence dans 24h",
"""Plus la peine de m'envoyer ces mails, retirez-moi de la liste de diffusion s'il vous plaît.""", ["objection"],
  quote=("gmail_fr", """Bonjour,
Votre atelier « Apprivoiser son stress » commence demain à 18h30.
Lien Zoom : https://us02web.zoom.us/j/81234567890
À demain !"""), qfrom=("Floraison de Soi", "noreply@floraisondesoi.fr")),

R("fr-opp-quebec", "Plus de courriels svp",
"""Bonjour,

Je ne veux plus recevoir vos infolettres ni vos courriels promotionnels. Merci de m'enlever de votre liste d'envoi.

Bonne journée là,
{prenom}""", ["objection"]),

R("fr-opp-profilage", "Segmentation",
"""Bonjour Sandra,

Je remarque que vos emails semblent très ciblés selon ce que je clique. Je ne souhaite pas faire l'objet de ce type de suivi ni de profilage : merci de désactiver le suivi des ouvertures et des clics pour moi.

{prenom}""", ["objection"]),

R("fr-opp-subject-only", "désabonnement newsletter", "", ["objection"], cte="7bit"),

R("fr-opp-appels", "Ne plus être appelée",
"""Bonjour,
Votre assistante m'a appelée deux fois cette semaine pour le programme de printemps. Je ne souhaite plus être contactée par téléphone.
Merci.
{name}""", ["objection"]),

R("fr-opp-outlook-quote", "RE: Offre spéciale : -30 % sur le parcours « Confiance »",
"""Bonjour,

Merci de ne plus m'envoyer d'offres commerciales.

{name}
Assistante de direction""", ["objection"],
  quote=("outlook_fr", """Bonjour !

Jusqu'à dimanche, profitez de -30 % sur le parcours « Confiance » avec le code PRINTEMPS30.

Sandra"""), qsubject="Offre spéciale : -30 % sur le parcours « Confiance »"),

R("fr-wc-temoignage", "Mon témoignage sur votre site",
"""Bonjour Sandra,

Il y a deux ans je vous avais donné mon accord pour publier mon témoignage sur votre site. Je souhaiterais le retirer aujourd'hui, ma situation professionnelle a changé.

Merci de votre compréhension,
{name}""", ["withdraw_consent"]),

R("fr-wc-photo-atelier", "Photo de groupe",
"""Bonjour,
Sur votre page Facebook et sur le site il y a la photo de groupe de l'atelier de juin où on me voit bien. Je retire mon autorisation, pouvez-vous l'enlever ou me flouter ?
Merci
{prenom}""", ["withdraw_consent"]),

R("fr-wc-enregistrement", "Enregistrement de la séance collective",
"""Bonjour,

J'avais accepté que la séance collective du 12 soit enregistrée pour les absents. En y repensant je ne suis pas à l'aise avec le fait que ma voix et mon histoire restent sur la plateforme. Je retire mon consentement à cet enregistrement.

{name}""", ["withdraw_consent"]),

R("fr-wc-video-avis", "Vidéo témoignage",
"""Bonjour Madame Delomenie,

Je vous avais envoyé une courte vidéo pour votre page de vente. J'aimerais finalement qu'elle ne soit plus utilisée, nulle part.

Cordialement,
{name}""", ["withdraw_consent"]),

R("fr-wc-questionnaire-recherche", "Utilisation de mon questionnaire",
"""Bonjour,

J'avais coché la case autorisant l'utilisation anonymisée de mon questionnaire pour votre mémoire de certification. Je reviens sur cet accord.

Bien cordialement,
{name}""", ["withdraw_consent"]),

R("fr-wc-sms-familier", "mon avis google",
"""hello sandra, tu te rappelles j'avais dit ok pour que tu reprennes mon avis google sur ta plaquette ? finalement je prefere pas, tu peux le retirer ? bisous""", ["withdraw_consent"], cte="7bit"),

R("fr-pm-heritier-fille", "Décès de ma mère",
"""Madame,

J'ai la tristesse de vous informer du décès de ma mère, Mme Jacqueline Ferrand, qui avait suivi vos ateliers en 2024. En tant que fille et héritière, je vous demande de supprimer son compte sur votre plateforme et de ne plus lui adresser de courriers.

Vous trouverez ci-joint l'acte de décès.

{name}""", ["post_mortem"], att=[("pdf", "acte_deces_Ferrand.pdf", "Acte de deces - Jacqueline Ferrand - Mairie d'Issoudun")]),

R("fr-pm-notaire", "Succession de M. Bernard Loiseau – demande d'informations",
"""Madame,

Je suis chargé du règlement de la succession de M. Bernard Loiseau, décédé le 3 février dernier. Les héritiers souhaitent obtenir communication des données et documents le concernant détenus par votre entreprise, ainsi que la clôture de tout abonnement en cours.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Maître Hervé Lacombe
Notaire – Office notarial de Châteauroux""", ["post_mortem"], frm=("Office notarial Lacombe", "office.lacombe@notaires.fr"),
  att=[("pdf", "attestation_notariale.pdf", "Attestation notariale - succession Bernard Loiseau")]),  # NEAR-LINE: notary asks for access + closing -> post_mortem only

R("fr-pm-directives", "Mes volontés concernant mes données",
"""Bonjour Sandra,

Je suis gravement malade et je mets mes affaires en ordre. Je souhaite qu'après mon décès, toutes les notes et enregistrements de nos séances soient détruits, et que personne, pas même ma famille, n'y ait accès. Ma sœur Catherine est au courant.

Merci pour tout ce chemin parcouru ensemble.
{prenom}""", ["post_mortem"]),

R("fr-pm-mari", "compte de ma femme",
"""Bonjour,
Mon épouse Martine est décédée en octobre. Elle continue de recevoir vos mails et les rappels de son abonnement au programme en ligne. Pouvez vous tout arrêter et effacer son compte. C'est dur de voir son nom arriver dans la boite.
Merci
{prenom}""", ["post_mortem"]),

R("fr-pm-fils-acces", "Documents de mon père",
"""Bonjour Madame,

Mon père, Gérard Vasseur, nous a quittés en mai. Il parlait beaucoup de son accompagnement avec vous dans ses derniers mois. Serait-il possible, en tant que fils unique, d'avoir accès aux écrits qu'il vous avait confiés ? 

Je comprends que ce soit délicat.

{name}""", ["post_mortem"]),

R("fr-pm-directive-heritier", "Instructions post-mortem",
"""Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous communique mes directives relatives au sort de mes données après mon décès : je désigne mon fils, Antoine {nom}, pour les exercer, et je souhaite qu'il puisse obtenir une copie de mes bilans avant leur suppression.

{name}""", ["post_mortem"]),

# ----- multi-right -----
R("fr-multi-acc-eff", "Mes données : copie puis suppression",
"""Bonjour,

Avant de partir, j'aimerais recevoir une copie de tout ce que vous détenez sur moi. Une fois que je l'aurai reçue, merci de tout supprimer.

Cordialement,
{name}""", ["access", "erasure"]),

R("fr-multi-opp-eff", "Désinscription et suppression",
"""Bonjour,
Désinscrivez-moi de la newsletter et supprimez aussi mes données de votre fichier clients. Merci.
{prenom}""", ["erasure", "objection"]),

R("fr-multi-wc-eff", "Retrait de mon témoignage et de mes données",
"""Bonjour Sandra,

Je souhaite que vous retiriez mon témoignage écrit de votre site, et plus largement que vous effaciez toutes les données que vous avez sur moi.

Merci d'avance,
{name}""", ["erasure", "withdraw_consent"]),

R("fr-multi-acc-rect", "Vérifier et corriger mes informations",
"""Bonjour,

Pouvez-vous m'indiquer quelles informations vous avez sur moi ? Je pense que mon adresse postale et ma date de naissance sont fausses sur la facture, et je voudrais qu'elles soient corrigées : 14 impasse du Moulin, 36100 Issoudun, née le 02/11/1975.

Merci,
{name}""", ["access", "rectification"]),

R("fr-multi-acc-port", "Données de formation",
"""Bonjour,

Pour mon dossier CPF, j'ai besoin de savoir quelles données vous conservez sur ma formation, et d'en recevoir un export dans un format que je puisse importer (CSV de préférence).

Bien à vous,
{name}""", ["access", "portability"]),

R("fr-multi-formel-3", "Exercice de mes droits RGPD",
"""Madame,

Par la présente, j'exerce :
1) mon droit d'accès (art. 15) à l'ensemble des données me concernant ;
2) mon droit d'opposition (art. 21) à toute prospection commerciale ;
3) puis mon droit à l'effacement (art. 17) une fois la copie communiquée.

Vous trouverez ci-joint la copie de ma carte d'identité.

{name}""", ["access", "erasure", "objection"], att=[("pdf", "CNI_recto.pdf", "Republique francaise - Carte nationale d'identite - copie")]),

R("fr-multi-lim-rect", "Informations inexactes",
"""Bonjour,

Votre fiche indique que j'ai été orientée par Pôle emploi, alors que je suis venue de moi-même. Merci de corriger, et en attendant de ne pas utiliser cette fiche.

{prenom}""", ["rectification", "restriction"]),  # NEAR-LINE: explicit correction asked (not merely contesting) plus a pause -> rectification + restriction

R("fr-multi-wc-opp", "Photos et mails",
"""Bonjour,

Deux choses : je retire mon autorisation pour les photos prises lors de la retraite de mai, et je ne veux plus recevoir vos mails d'information ni promotionnels.

Merci,
{name}""", ["objection", "withdraw_consent"]),

R("fr-multi-port-eff", "Je pars chez un autre prestataire",
"""Bonjour Sandra,

J'ai choisi de continuer mon parcours ailleurs. Pourriez-vous m'envoyer mes données dans un fichier réutilisable, puis les supprimer de chez vous ?

Belle continuation,
{prenom}""", ["erasure", "portability"]),

R("fr-multi-avocat", "Mandat – Mme {nom}",
"""Madame,

Je vous informe intervenir au nom et pour le compte de Mme {name}, suivant mandat ci-joint.

Ma cliente sollicite la communication de l'intégralité des données la concernant ainsi que la limitation du traitement de celles-ci dans l'attente de l'issue du litige l'opposant à son ancien employeur.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Me Pauline Ricard
Avocate au Barreau de Bourges""", ["access", "restriction"], frm=("Me Pauline Ricard", "p.ricard@ricard-avocats.fr"),
  att=[("pdf", "mandat_signe.pdf", "Mandat de representation - donnees personnelles")]),

R("fr-multi-parent-mineur", "Ma fille – atelier ados",
"""Bonjour,

Ma fille Lou (15 ans) a participé à votre atelier « Confiance ados » en avril. Je souhaite que vous supprimiez ses données et que vous retiriez la vidéo où elle apparaît sur votre page Instagram.

Cordialement,
{name}, sa mère""", ["erasure", "withdraw_consent"]),

R("fr-multi-acc-opp-belge", "Plus de mails et mes données",
"""Bonjour Sandra,

Je ne souhaite plus recevoir vos mails de promotion. Et tant qu'on y est, tu saurais me dire ce que tu as comme données sur moi ?

Merci hein,
{prenom}""", ["access", "objection"]),

R("fr-multi-rect-opp", "Changement d'adresse mail et newsletter",
"""Bonjour,

Ma nouvelle adresse mail est {prenom}.nouveau@gmail.com (l'ancienne va être fermée). Par contre je ne veux plus de la newsletter, seulement les mails liés à ma formation.

Merci
{prenom}""", ["objection", "rectification"]),

R("fr-multi-rh-parent", "Demande pour mon fils mineur",
"""Madame,

Mon fils Hugo, 16 ans, a rempli un questionnaire de personnalité lors de votre intervention au lycée Balzac. Je souhaite en obtenir une copie et qu'ensuite ce questionnaire ne soit plus utilisé.

Salutations,
{name}""", ["access", "restriction"]),  # NEAR-LINE: parent for minor = request; "ne plus être utilisé" without deletion -> restriction

R("fr-multi-port-acc-formel", "Demande RGPD – portabilité et accès",
"""Bonjour,

Je vous serais reconnaissante de m'adresser :
- la liste des données personnelles que vous détenez sur moi et leur origine,
- ainsi qu'un export de mes réponses aux modules en ligne dans un format ouvert.

Merci,
{name}""", ["access", "portability"], html="only"),

# ----- more single -----
R("fr-acc-apple-reponse", "Re: Votre accompagnement",
"""Merci Sandra pour ce dernier échange. Avant de clore, j'aimerais bien recevoir une copie de ma fiche et des documents que je t'ai envoyés, je n'ai plus les originaux.

{prenom}""", ["access"], quote=("apple_fr", """Bonjour {prenom},
Voilà, notre accompagnement touche à sa fin. N'hésite pas à me donner des nouvelles.
Sandra""")),

R("fr-eff-formulaire", "Nouveau message depuis le site",
"""Nom : {name}
Email : (voir Reply-To)
Sujet : Données personnelles

Message :
Bonjour, je me suis inscrite par erreur à votre mini-formation gratuite. Merci d'effacer mon adresse et mon prénom de vos listes et de votre outil d'emailing.""", ["erasure"], form=True),  # NEAR-LINE: effacer from lists and tool, not just unsubscribe -> erasure

R("fr-opp-formulaire", "Nouveau message depuis le site",
"""Nom : {name}
Sujet : Newsletter

Message :
Je ne souhaite plus recevoir la lettre mensuelle, merci de me retirer.""", ["objection"], form=True),

R("fr-rect-formulaire", "Nouveau message depuis le site",
"""Nom : {name}
Sujet : Erreur adresse

Message :
Bonjour, dans mon espace membre l'adresse de facturation est celle de mon ancien employeur. La bonne c'est : {name}, 3 place du Marché, 36000 Châteauroux. Merci de mettre à jour.""", ["rectification"], form=True),

R("fr-wc-parent-photo", "Photo de mon fils",
"""Bonjour Madame,

J'avais signé l'autorisation de droit à l'image pour mon fils Noé lors de l'atelier parents-enfants. Je la retire : merci d'enlever les photos où il apparaît de votre site et de vos réseaux.

{name}""", ["withdraw_consent"]),

R("fr-pm-soeur-sms", "ma soeur",
"""bonjour, je suis la soeur de Nadine Roux qui est décédée le mois dernier. elle reçoit toujours vos mails. je voudrais que tout soit supprimé à son nom. merci de faire le necessaire""", ["post_mortem"], cte="7bit"),

R("fr-lim-outlook", "RE: Votre synthèse de bilan",
"""Bonjour Sandra,

Je ne suis pas d'accord avec plusieurs passages de cette synthèse. Merci de ne pas la transmettre à mon employeur ni de l'utiliser tant que nous n'en avons pas reparlé. Je ne demande pas qu'elle soit supprimée.

{name}""", ["restriction"], quote=("outlook_fr", """Bonjour,

Veuillez trouver ci-joint la synthèse de votre bilan de compétences, qui sera également transmise au service RH comme convenu.

Belle journée,
Sandra Delomenie"""), qsubject="Votre synthèse de bilan"),

R("fr-port-systeme", "Récupérer ma progression",
"""Bonjour,
Je souhaiterais exporter mes données de progression et mes notes personnelles saisies dans les modules Systeme.io pour les garder dans Notion. Un export en fichier, c'est possible ?
Merci !
{prenom}""", ["portability"]),

R("fr-acc-entreprise-salarie", "Bilan de compétences – mes documents",
"""Bonjour Madame Delomenie,

Mon entreprise a financé mon bilan de compétences chez vous l'an dernier. À titre personnel, je souhaite savoir quelles informations vous ont été transmises par mon employeur et quelles informations vous lui avez communiquées à mon sujet.

Cordialement,
{name}""", ["access"]),

R("fr-eff-temoin-sans-temoignage", "Pour repartir à zéro",
"""Bonjour Sandra,
Je reviendrai peut-être un jour mais pour l'instant je préfère repartir de zéro : supprime s'il te plaît mon historique et mes coordonnées.
Bises
{prenom}""", ["erasure"]),

R("fr-opp-lien-casse", "Le lien de désinscription ne marche pas",
"""Bonjour,
J'ai cliqué trois fois sur « se désinscrire » en bas de votre lettre, ça m'affiche une erreur. Merci de me retirer manuellement de la liste.
{name}""", ["objection"]),

R("fr-wc-citation-livre", "Mon histoire dans votre livre",
"""Bonjour Sandra,

Tu m'avais demandé si tu pouvais utiliser mon parcours (anonymisé) comme exemple dans ton livre. J'avais dit oui mais je retire mon accord, je ne me sens pas prête à le lire imprimé.

Je t'embrasse,
{prenom}""", ["withdraw_consent"]),

R("fr-pm-directive-formel", "Directives particulières",
"""Madame Delomenie,

Je vous adresse, par ce courrier, mes directives particulières quant au sort de mes données personnelles après ma mort : je vous demande leur effacement complet dès que vous aurez connaissance de mon décès, sans communication à quiconque.

Avec mes remerciements,
{name}""", ["post_mortem"], html="alt"),

R("fr-multi-pm-directive-mail", "Après moi",
"""Sandra,

Je sais que c'est un sujet lourd. J'ai écrit à tous les organismes qui ont des choses sur moi. Pour toi : quand je ne serai plus là, je veux que mon mari Paul puisse récupérer mes écrits des ateliers d'écriture, puis que tu effaces tout.

Merci d'être là.
{prenom}""", ["post_mortem"]),  # NEAR-LINE: own post-death instructions incl. access+erasure -> post_mortem only

R("fr-rect-rh-complement", "Compléter ma fiche",
"""Bonjour,

Je me rends compte que ma fiche participante est incomplète : il manque mon employeur actuel (Mutuelle du Berry) et ma fonction (responsable d'équipe). Pourriez-vous compléter ? Cela apparaît sur l'attestation.

{name}""", ["rectification"]),

R("fr-acc-ex-client-rgpd", "RGPD",
"""Bonjour, au titre du RGPD je demande la communication de mes données. Cordialement, {name}""", ["access"], cte="7bit"),

R("fr-multi-acc-wc-eff", "Fin de collaboration",
"""Bonjour Sandra,

Je mets fin à notre collaboration. Merci de : retirer ma photo et mon témoignage de la page « Elles en parlent », m'envoyer une copie de mon dossier, puis supprimer l'ensemble de mes données.

Cordialement,
{name}""", ["access", "erasure", "withdraw_consent"]),

R("fr-opp-whatsapp", "Groupe WhatsApp et relances",
"""Bonjour,

Je ne veux plus être sollicitée pour les nouvelles sessions, ni par mail ni par WhatsApp. Merci.

{prenom}""", ["objection"]),

R("fr-lim-notes-temp", "Notes de séance",
"""Bonjour,
Je ne souhaite pas que mes notes de séance soient effacées, mais je voudrais que vous ne les consultiez plus et qu'elles ne servent plus à rien, en particulier pas à la supervision, le temps que je réfléchisse.
{prenom}""", ["restriction"]),
]

RECORDS += [
R("fr-multi-rh-salarie-lim-acc", "Bilan de compétences – transmission à l'employeur",
"""Bonjour Madame Delomenie,

Je mets en copie Mme Caron, DRH de ma société, par transparence. Je souhaite savoir précisément quelles informations vous avez transmises au service RH à l'issue de mon bilan, et je m'oppose à toute nouvelle transmission de comptes rendus me concernant.

Cordialement,
{name}""", ["access", "objection"], cc=["v.caron@metallerie-du-cher.fr"]),

R("fr-multi-port-rect", "Fichier et correction",
"""Bonjour Sandra,

Deux petites choses : mon adresse a changé (18 bis rue de la Gare, 36100 Issoudun) et j'aurais besoin de mes données d'accompagnement dans un fichier réutilisable pour mon nouveau suivi. Merci !

{prenom}""", ["portability", "rectification"]),

R("fr-multi-lim-opp-quebec", "Mon dossier et vos courriels",
"""Bonjour,

Je ne veux plus recevoir de courriels promotionnels. Puis, pour le dossier de mon accompagnement, gardez-le mais ne vous en servez plus pour l'instant, j'ai une démarche en cours avec mon assureur.

Merci,
{prenom}""", ["objection", "restriction"]),

R("fr-multi-pm-notaire-2", "Succession Mme Odette Brunet – Réf. 2025/1187",
"""Madame,

En ma qualité de notaire chargée de la succession de Mme Odette Brunet, décédée le 11 août, et à la demande de ses deux enfants, je vous prie de bien vouloir procéder à la clôture de son espace de formation en ligne, à la suppression de ses données, et de leur adresser au préalable les attestations de formation établies à son nom.

Veuillez agréer, Madame, mes salutations distinguées.

Me Claire Dumas, notaire""", ["post_mortem"], frm=("Me Claire Dumas", "claire.dumas@notaires.fr"), cc=["etude.dumas@notaires.fr"],
  att=[("pdf", "acte_de_notoriete.pdf", "Acte de notoriete - succession Odette Brunet")]),  # NEAR-LINE: notary asks erasure + copies -> post_mortem only

R("fr-multi-wc-port", "Mes écrits de l'atelier d'écriture",
"""Bonjour Sandra,

Je retire l'autorisation que j'avais donnée de publier mes textes dans le recueil collectif. Par contre j'aimerais récupérer tous mes textes déposés sur la plateforme dans un fichier (Word ou texte) pour les retravailler ailleurs.

Merci,
{name}""", ["portability", "withdraw_consent"]),
]

RECORDS += [
R("fr-eff-disclaimer-pro", "Mes coordonnées personnelles",
"""Bonjour Madame Delomenie,

J'ai participé il y a quelques années à l'une de vos formations via mon ancien employeur. Je vous saurais gré d'effacer mes coordonnées et tout dossier me concernant, je n'ai plus de lien avec cette structure.

Bien cordialement,
{name}
Chargée de mission

--
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.""", ["erasure"], html="alt"),
]
