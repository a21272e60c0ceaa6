# French requests (blind78). Theme: how people really phrase it.
from rec import R, SANDRA_C, SANDRA_O

RECORDS = [
# ---------------- access
R("fr-acc-curieuse-fichier", ["access"], "petite question un peu bête",
"""Bonjour Sandra,

Ça fait un moment qu'on ne s'est pas vues, j'espère que l'atelier de printemps s'est bien passé !
Je me demandais, un peu par curiosité je l'avoue, ce que vous aviez gardé sur moi depuis mon accompagnement de 2023. Vous pourriez m'envoyer ce que vous avez dans votre fichier me concernant ? Rien ne presse.

Belle journée,
Clémence Vautrin""", frm=("Clémence Vautrin", "clemence.vautrin@gmail.com")),
R("fr-acc-notes-seances", ["access"], "Mes notes de séance",
"""Bonjour,

Je reprends un travail avec une psychologue et elle m'a suggéré de retrouver ce qui avait été dit pendant nos séances de l'an dernier. Est-ce que ce serait possible d'avoir une copie de vos notes de séance et des fiches de suivi me concernant ?

Merci d'avance,
Hélène Garnier
06 72 18 44 90""", frm=("Hélène Garnier", "helene.garnier@orange.fr")),
R("fr-acc-sms-style", ["access"], "coucou",
"""slt sandra c nadia (l atelier estime de soi en mars). tu pe m envoyer tt ce ke ta sur moi stp? jai signé plein de trucs jme souviens plus. merci bcp""",
frm=("Nadia B", "nadiaaa.b36@gmail.com"), cte="7bit"),
R("fr-acc-sans-accents", ["access"], "demande d'informations sur mes donnees",
"""Bonjour Madame,

je voudrais savoir quelles donnees personnelles vous detenez sur moi et d'ou elles viennent, car je recois vos mails alors que je ne me rappelle pas m'etre inscrit.

Cordialement
Gerard Pinson""", frm=("gerard pinson", "gpinson@free.fr")),
R("fr-acc-formel-art15", ["access"], "Demande de droit d'accès – article 15 RGPD",
"""Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels elles ont été communiquées ;
- la durée de conservation envisagée.

Vous trouverez ci-joint une copie de ma carte d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Bernard Lefranc
12 rue des Minimes
36100 Issoudun""", frm=("Bernard Lefranc", "bernard.lefranc@laposte.net"),
att=[("pdf", "CNI_Lefranc.pdf", "Carte nationale d'identite - LEFRANC Bernard - ne le 14/02/1961")]),
R("fr-acc-questionnaire-reponses", ["access"], "Re: Questionnaire de début d'accompagnement",
"""Bonjour Sandra,

Je n'ai pas gardé de copie de mes réponses au questionnaire que je vous avais renvoyé en janvier… quelle tête en l'air ! Pourriez-vous me les retransmettre ? J'aimerais voir le chemin parcouru.

Merci !
Manon""", quote="""Bonjour Manon,

Voici le questionnaire à remplir avant notre première séance. Prenez le temps qu'il faut.

Sandra""", qstyle="gmail", frm=("Manon Ribeiro", "manon.ribeiro@gmail.com")),
R("fr-acc-partage-qui", ["access"], "Avec qui vous avez partagé mes infos ?",
"""Bonjour,
J'ai reçu un appel d'une formatrice d'une autre structure qui semblait connaître mon parcours chez vous. Je ne vous accuse de rien hein, mais j'aimerais savoir à qui mes informations ont été transmises, s'il vous plaît.
Merci,
Fabienne Roche""", frm=("Fabienne Roche", "fabienne.roche@sfr.fr")),
R("fr-acc-belge", ["access"], "Données me concernant",
"""Bonjour Madame Delomenie,

Je vous écris depuis Namur, j'avais suivi votre webinaire septante minutes sur la confiance en soi, et je m'étais inscrite à votre lettre. Serait-il possible de recevoir un relevé de ce que vous conservez à mon sujet ? Je vous en remercie déjà.

Bien à vous,
Anne-Sophie Dewael""", frm=("Anne-Sophie Dewael", "as.dewael@skynet.be")),
R("fr-acc-hesitation", ["access"], "je sais pas trop comment formuler ça",
"""Bonjour Sandra,

J'ai hésité à vous écrire, j'ai peur que ça paraisse méfiant. Après la formation, j'ai repensé à tout ce que j'avais raconté lors des exercices et du questionnaire santé… Bon, je me lance : j'aimerais avoir une copie de tout ce que vous avez noté ou conservé sur moi. Voilà, c'est dit !

Avec toute ma gratitude quand même pour ces trois jours,
Laetitia""", frm=("Laetitia Marchal", "laeti.marchal@hotmail.fr")),
R("fr-acc-one-line", ["access"], "Copie de mon dossier svp",
"""Pouvez-vous m'envoyer une copie de mon dossier client complet ? Merci. J. Faucher""",
frm=("Jacques Faucher", "jfaucher@wanadoo.fr")),
R("fr-acc-html-form", ["access"], "Nouveau message depuis le formulaire de contact",
"""Nom : Rachida Meziane
Email : rachida.meziane@gmail.com
Téléphone : 07 61 22 80 13
Message : Bonjour, j'aimerais savoir quelles informations vous avez enregistrées me concernant (je crois que j'ai rempli un formulaire chez vous pour l'ebook gratuit en 2024). Merci.""",
frm=("Floraison de Soi", "wordpress@floraisondesoi.fr"), hdr={"Reply-To": "Rachida Meziane <rachida.meziane@gmail.com>"},
html="only"),
R("fr-acc-quebec", ["access"], "Mes renseignements personnels",
"""Allô Madame Delomenie,

J'ai suivi votre formation en ligne cet hiver, depuis Sherbrooke. Est-ce que ce serait possible d'avoir une copie de mes renseignements personnels que vous gardez dans vos dossiers? Je suis en train de faire un ménage dans mes abonnements pis je veux savoir ce qui traîne.

Merci ben gros!
Geneviève Tremblay""", frm=("Geneviève Tremblay", "gen.tremblay@videotron.ca")),
R("fr-acc-parent-mineur", ["access"], "Dossier de mon fils Théo",
"""Bonjour Madame,

Mon fils Théo, 15 ans, a suivi trois séances de coaching scolaire avec vous au printemps. En tant que mère et représentante légale, je souhaiterais obtenir une copie des éléments que vous avez conservés à son sujet (fiche, notes, questionnaire).

Je joins le livret de famille.

Cordialement,
Valérie Gomez""", frm=("Valérie Gomez", "valerie.gomez@orange.fr"),
att=[("pdf", "livret_famille_Gomez.pdf", "Livret de famille - GOMEZ Valerie - enfant: GOMEZ Theo ne le 03/05/2010")]),
R("fr-acc-origine", ["access"], "Comment avez-vous eu mon adresse ?",
"""Bonjour,

Je reçois votre newsletter depuis deux semaines. Je ne vous connais pas. Pouvez-vous me dire d'où vous tenez mon adresse mail et ce que vous avez d'autre sur moi ?

Thierry Massé""", frm=("Thierry Massé", "thierry.masse@outlook.fr")),
# ---------------- rectification
R("fr-rect-nom-orthographe", ["rectification"], "Petite coquille sur mon nom",
"""Bonjour Sandra,

Trois fois que je reçois des mails adressés à « Mme Bertin » alors que je m'appelle Bretin, avec le r avant le e ;) Vous pourriez corriger dans votre fichier ? Ça m'amuse mais bon.

Bises,
Odile Bretin""", frm=("Odile Bretin", "odile.bretin@gmail.com")),
R("fr-rect-nouvelle-adresse", ["rectification"], "déménagement",
"""Bonjour,

Je viens de déménager, mon ancienne adresse au 4 impasse des Tilleuls n'est plus valable. La nouvelle : 27 avenue de la Gare, 18100 Vierzon. Merci de mettre à jour pour les prochaines factures.

Cordialement,
Yannick Perrot""", frm=("Yannick Perrot", "yannick.perrot@laposte.net")),
R("fr-rect-tel-remplace", ["rectification"], "changement de numéro",
"""Coucou Sandra, jai changé de portable, l ancien 06 45 12 98 77 marche plus, maintenant c le 07 83 20 41 56. tu peux l effacer et mettre le nouveau stp. bisous Marie-Jo""",
frm=("Marie-Jo", "mariejo.dumas@sfr.fr")),
# NEAR-LINE: old email removed + new one given -> rectification only (policy), though "supprimer" is used.
R("fr-rect-mail-supprime", ["rectification"], "Supprimer mon ancienne adresse mail",
"""Bonjour,

Pouvez-vous supprimer mon adresse pro (s.guerin@cabinet-lambert.fr) de vos contacts ? Je quitte ce cabinet fin du mois. Utilisez désormais celle-ci : sylvie.guerin.perso@gmail.com

Merci beaucoup,
Sylvie Guérin""", frm=("Sylvie Guérin", "sylvie.guerin.perso@gmail.com")),
R("fr-rect-date-naissance", ["rectification"], "Erreur date de naissance attestation",
"""Madame,

Sur l'attestation de formation que vous m'avez envoyée, ma date de naissance est indiquée 12/08/1986 au lieu de 21/08/1986. Je suppose que c'est la même chose dans votre fichier ; merci de corriger les deux car mon OPCO bloque le dossier.

Bien cordialement,
Kevin Lemaire""", frm=("Kevin Lemaire", "kevin.lemaire@hotmail.com")),
R("fr-rect-note-fausse", ["rectification"], "Re: Compte-rendu de séance",
"""Bonjour Sandra,

Merci pour le compte-rendu. Une précision quand même : il est écrit que j'ai deux enfants, j'en ai trois (tu as oublié la petite dernière, elle va être vexée !). Et je ne suis plus en arrêt maladie depuis septembre. Tu peux rectifier dans mon dossier ?

Belle soirée
Amandine""", quote="""Bonjour Amandine,
Vous trouverez en pièce jointe le compte-rendu de notre séance du 14.
Sandra""", qstyle="apple", frm=("Amandine Cordier", "amandine.cordier@icloud.com")),
R("fr-rect-nom-marital", ["rectification"], "Changement de nom",
"""Bonjour,

Suite à mon divorce, j'ai repris mon nom de jeune fille : merci de remplacer « Nathalie Fournier » par « Nathalie Chevalier » dans vos fichiers et sur mon compte de formation.

Nathalie Chevalier""", frm=("Nathalie Chevalier", "nath.chevalier@free.fr")),
R("fr-rect-suisse", ["rectification"], "Adresse de facturation",
"""Bonjour Madame,

Je vous saurais gré de bien vouloir corriger mon adresse : il ne s'agit pas de Lausanne mais de Pully, chemin des Osches 9, 1009 Pully. Le numéro postal était faux lui aussi.

Avec mes meilleures salutations,
Daniel Rochat""", frm=("Daniel Rochat", "daniel.rochat@bluewin.ch")),
R("fr-rect-completer", ["rectification"], "pour compléter mon dossier",
"""Bonjour Sandra,

Lors de l'inscription je n'avais pas indiqué que je suis reconnue travailleuse handicapée (RQTH). Pourriez-vous l'ajouter à ma fiche pour que ce soit pris en compte pour la suite de la formation ? C'est important pour moi que ça figure.

Merci,
Corinne Baudry""", frm=("Corinne Baudry", "corinne.baudry@gmail.com")),
R("fr-rect-prenom-usage", ["rectification"], "Prénom",
"""Bonjour !

Tout le monde m'appelle Alex et c'est comme ça que je me présente maintenant. Sur les listes de présence et dans vos mails j'apparais encore comme « Alexandra ». Ça vous embête de le changer dans vos données ? Merci !

Alex Morin""", frm=("Alex Morin", "alex.morin@proton.me")),
# ---------------- erasure
R("fr-eras-tourner-page", ["erasure"], "Tourner la page",
"""Bonjour Sandra,

Je voulais vous dire merci pour tout ce que vous m'avez apporté en 2022. J'ai depuis déménagé et changé de vie, et j'ai envie de tourner complètement la page. Je préférerais que vous ne gardiez plus rien de moi dans vos dossiers : mes notes, mes coordonnées, tout. J'espère que vous comprendrez.

Avec affection,
Sabine""", frm=("Sabine Leclercq", "sabine.leclercq@gmail.com")),
R("fr-eras-one-liner", ["erasure"], "suppression",
"""Merci d'effacer toutes mes données de vos fichiers. Cordialement, P. Renaud""",
frm=("Pascal Renaud", "pascal.renaud@orange.fr")),
R("fr-eras-compte-et-donnees", ["erasure"], "Supprimer mon compte systeme.io et mes données",
"""Bonjour,

je n'utilise plus la plateforme de formation. Pouvez-vous supprimer mon compte et toutes les données qui vont avec (nom, email, progression, etc.) ?

Merci
Loïc Henry""", frm=("Loïc Henry", "loic.henry@yahoo.fr")),
R("fr-eras-typos", ["erasure"], "effacer mes info",
"""bonjour madame je voudrai que vous efacier toute mes informations personel que vous avez. je suis plus interesser par les formations. merci davance. mme Benali""",
frm=("Fatima Benali", "fatima.benali1972@hotmail.fr")),
R("fr-eras-euphemisme", ["erasure"], "faire un peu de ménage",
"""Bonjour,

Je fais un grand ménage numérique en ce début d'année, et j'aimerais que mon nom disparaisse de vos fichiers. Il n'y a rien de personnel, je suis juste en train de me retirer un peu de partout. Vous pouvez faire ça pour moi ?

Merci Sandra, et belle année,
Christine Aubert""", frm=("Christine Aubert", "christine.aubert@laposte.net")),
R("fr-eras-sante", ["erasure"], "mes données de santé",
"""Bonjour Sandra,

Lors de notre accompagnement je vous avais parlé de ma maladie et vous aviez noté mes traitements dans le questionnaire. Maintenant que c'est fini, je ne suis pas à l'aise avec l'idée que ça existe encore quelque part. Merci de détruire ces informations de santé me concernant.

Cordialement,
Jérôme Caillaud""", frm=("Jérôme Caillaud", "jerome.caillaud@gmail.com")),
R("fr-eras-polie-question", ["erasure"], "Question",
"""Bonjour, pourriez-vous supprimer mes coordonnées et l'historique de mes échanges avec vous ? Merci beaucoup. Bonne journée. Véronique""",
frm=("Véronique Lamy", "vero.lamy@icloud.com"), html="alt"),
R("fr-eras-avocat", ["erasure"], "Demande d'effacement – Mme Soline Arnaud – N/Réf 2025-118",
"""Madame,

J'interviens en qualité de conseil de Madame Soline Arnaud, dont vous trouverez le mandat ci-joint.

Ma cliente entend exercer son droit à l'effacement prévu à l'article 17 du RGPD et vous demande de supprimer l'ensemble des données personnelles la concernant, y compris les enregistrements vidéo des séances en visioconférence.

Je vous remercie de me confirmer l'exécution de cette demande dans le délai d'un mois.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Maître Hugo Vasseur
Avocat au Barreau de Châteauroux
--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
frm=("Maître Hugo Vasseur", "h.vasseur@vasseur-avocat.fr"),
att=[("pdf", "mandat_Arnaud.pdf", "Mandat - Soline ARNAUD donne mandat a Me Hugo VASSEUR pour exercer ses droits RGPD")]),
R("fr-eras-dans-long-mail", ["erasure"], "Des nouvelles !",
"""Bonjour Sandra !

Je voulais vous donner des nouvelles depuis le stage de juin. J'ai finalement quitté mon poste à la banque, comme on en avait parlé lors de la dernière journée, et je me suis lancée dans la céramique. Je loue un petit atelier à Bourges avec une amie, c'est un peu la folie mais je me sens vivante. Les exercices de respiration m'aident beaucoup quand je panique devant mon compte en banque !

Mon mari a mis du temps à comprendre, mais il m'a fabriqué des étagères pour exposer mes pièces, alors je crois qu'il est convaincu.

Sinon, autre chose : comme je repars de zéro, je voudrais aussi que vous effaciez tout ce que vous avez sur moi, fiche, questionnaires, mails. C'est symbolique pour moi.

Si vous passez à Bourges, venez voir l'atelier !

Gwenaëlle""", frm=("Gwenaëlle Le Goff", "gwen.legoff@gmail.com")),
R("fr-eras-hesite-puis", ["erasure"], "Re: Re: votre demande",
"""Finalement j'ai réfléchi et oui, supprimez tout, y compris le dossier. Merci pour votre patience.
Alain""", quote="""Bonjour Alain,
Je comprends votre hésitation. Souhaitez-vous que je supprime uniquement votre adresse de la liste, ou l'ensemble de votre dossier ? Dites-moi.
Sandra

Le 2 mars, Alain Roux a écrit :
> Je me demande si je ne vais pas vous demander de tout supprimer, mais je ne suis pas sûr.""",
qstyle="gmail", frm=("Alain Roux", "alain.roux58@orange.fr")),
R("fr-eras-photo-profil", ["erasure"], "Oubliez-moi svp",
"""Bonjour,

Je souhaite exercer mon droit à l'oubli. Supprimez s'il vous plaît toutes les informations qui me concernent.

Merci.
Mathis Delorme""", frm=("Mathis Delorme", "mathis.delorme@outlook.fr")),
# ---------------- restriction
R("fr-restr-gel-litige", ["restriction"], "Facture contestée – ne rien supprimer",
"""Madame,

Comme je conteste la facture n° F2025-044 et que j'envisage un recours, je vous demande de conserver mon dossier en l'état : ne le supprimez pas, mais ne l'utilisez pas non plus, ni pour des relances ni pour quoi que ce soit, tant que la question n'est pas réglée.

Salutations,
Régis Bonnet""", frm=("Régis Bonnet", "regis.bonnet@wanadoo.fr")),
R("fr-restr-exactitude", ["restriction"], "Informations erronées",
"""Bonjour,

Sur votre bilan de fin de formation il est écrit que j'ai été absente deux demi-journées, ce qui est faux. En attendant qu'on vérifie ensemble, merci de ne pas transmettre ce bilan à mon employeur ni de vous en servir.

Carole Mathieu""", frm=("Carole Mathieu", "carole.mathieu@gmail.com")),
R("fr-restr-pause", ["restriction"], "mettre en pause",
"""Bonjour Sandra,

je traverse une période compliquée et je préfère que mes infos restent "au frigo" pour l'instant : ne les effacez pas, je reviendrai sûrement, mais ne vous en servez pas pour le moment. C'est possible ?

Merci de ta compréhension,
Justine""", frm=("Justine Perrin", "justine.perrin@free.fr")),
R("fr-restr-formel-art18", ["restriction"], "Limitation du traitement – article 18",
"""Madame,

Je conteste l'exactitude de certaines données figurant dans ma fiche de suivi (notamment la mention relative à ma situation professionnelle). Conformément à l'article 18.1.a du RGPD, je demande la limitation du traitement de mes données pendant la durée nécessaire à leur vérification.

Bien cordialement,
Étienne Girard""", frm=("Étienne Girard", "etienne.girard@laposte.net")),
R("fr-restr-sans-accents", ["restriction"], "mes donnees",
"""bonjour, gardez mes donnees si vous devez les garder pour la compta mais ne les utilisez plus du tout pour autre chose svp. merci. Lucas""",
frm=("Lucas Fabre", "lucasfabre@gmail.com")),
R("fr-restr-conserver-preuve", ["restriction"], "Conservation de mes enregistrements",
"""Bonjour,

J'avais demandé il y a quelque temps la suppression de mes enregistrements audio de séance. Finalement, j'en aurai besoin dans une procédure en cours : merci de ne PAS les effacer, mais de les bloquer, sans les utiliser ni les écouter, jusqu'à nouvel ordre.

Cordialement,
Sandrine Carré""", frm=("Sandrine Carré", "sandrine.carre@orange.fr")),
R("fr-restr-belge", ["restriction"], "Suspension",
"""Bonjour Madame,

Je vous demanderais de suspendre toute utilisation de mes données le temps que je règle un différend avec mon ancien employeur, qui avait financé la formation. Ne supprimez rien, s'il vous plaît.

Bien à vous,
Olivier Lambotte""", frm=("Olivier Lambotte", "olivier.lambotte@telenet.be")),
# ---------------- portability
R("fr-port-csv-nouvelle-coach", ["portability"], "Transfert de mon dossier",
"""Bonjour Sandra,

Je déménage à Nantes et je vais poursuivre avec une coach là-bas. Pourriez-vous lui transmettre directement mes questionnaires et fiches de suivi, dans un format qu'elle puisse réutiliser ? Son adresse : contact@elan-coaching-nantes.fr

Merci infiniment pour ces deux ans,
Lise""", frm=("Lise Aubry", "lise.aubry@gmail.com")),
R("fr-port-format-exploitable", ["portability"], "export de mes données",
"""Bonjour,

Pourriez-vous m'envoyer les données que je vous ai fournies sous un format informatique exploitable (CSV, Excel ou JSON) ? C'est pour les importer dans mon outil personnel.

Merci,
Florian Gauthier""", frm=("Florian Gauthier", "florian.gauthier@outlook.com")),
R("fr-port-formel-art20", ["portability"], "Droit à la portabilité",
"""Madame,

Sur le fondement de l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine.

Cordialement,
Audrey Besson""", frm=("Audrey Besson", "audrey.besson@sfr.fr")),
R("fr-port-sms", ["portability"], "mes resultats tests",
"""bjr, possible d avoir mes resultats des tests de la formation en fichier excel? c pour les mettre dans mon portfolio sur une autre plateforme. merci! Ines""",
frm=("Ines", "ines.hamdi@gmail.com")),
R("fr-port-organisme", ["portability"], "Reprise de parcours",
"""Bonjour,

Je continue mon parcours de formation chez un autre organisme certifié Qualiopi. Ils me demandent de récupérer les données de mon parcours chez vous (évaluations, heures suivies, progression) dans un fichier qu'ils pourront importer. Pouvez-vous les leur envoyer à inscriptions@formapro-centre.fr, ou me les faire suivre ?

Merci,
Damien Royer""", frm=("Damien Royer", "damien.royer@gmail.com")),
# ---------------- objection
R("fr-obj-plus-de-newsletter", ["objection"], "plus de newsletter svp",
"""Bonjour, je ne souhaite plus recevoir votre lettre d'information. Merci. Anne""",
frm=("Anne Vidal", "anne.vidal@orange.fr")),
R("fr-obj-desabo-doux", ["objection"], "Re: Les rendez-vous de l'automne 🍂",
"""Bonjour Sandra,

Vos lettres sont toujours jolies mais je n'ai plus le temps de les lire, et elles s'empilent… Vous pouvez me retirer de la liste ? Sans rancune !

Martine""", quote="""Les rendez-vous de l'automne
Atelier « Oser dire non » – samedi 18 octobre
Cercle de femmes – jeudi 23 octobre
Pour vous désinscrire, cliquez ici.""", qstyle="gmail",
frm=("Martine Caron", "martine.caron@wanadoo.fr"), qfrom=SANDRA_C),
R("fr-obj-appels", ["objection"], "Arrêtez de m'appeler",
"""Madame,

J'ai été appelée deux fois cette semaine pour me proposer la nouvelle formation. Je m'oppose à ce que vous me contactiez par téléphone pour de la prospection.

Mme Colette Herbin""", frm=("Colette Herbin", "colette.herbin@laposte.net")),
R("fr-obj-stats", ["objection"], "Utilisation de mes réponses",
"""Bonjour,

J'ai vu dans votre politique que les réponses aux questionnaires servent aussi à l'« évolution des prestations ». Je ne souhaite pas que mes réponses soient utilisées pour vos statistiques ou analyses. Merci d'en tenir compte.

Raphaël Dupuis""", frm=("Raphaël Dupuis", "raphael.dupuis@gmail.com")),
R("fr-obj-sms-promos", ["objection"], "SMS",
"""Stop les SMS promo svp, je recois 2 par semaine. Merci. 06 12 55 87 40""",
frm=("Gilles", "gilles.tardieu@sfr.fr")),
R("fr-obj-quebec-courriel", ["objection"], "Désabonnement",
"""Bonjour, je ne veux plus recevoir vos courriels promotionnels. Pouvez-vous m'enlever de votre liste d'envoi? Merci bien. — Mélanie Gagnon""",
frm=("Mélanie Gagnon", "melanie.gagnon@hotmail.ca")),
R("fr-obj-pub-facebook", ["objection"], "Ciblage publicitaire",
"""Bonjour,

Je vois vos publicités sur Facebook et Instagram en permanence depuis l'atelier. Je suppose que mon adresse a été chargée dans un outil publicitaire. Je m'oppose à ce ciblage : merci de retirer mes données de vos audiences publicitaires.

Cordialement,
Pauline Texier""", frm=("Pauline Texier", "pauline.texier@gmail.com")),
R("fr-obj-indirect", ["objection"], "vos mails",
"""Bonjour Sandra,

Je crois que je ne suis plus vraiment la cible de vos propositions d'ateliers, j'ai 78 ans et je ne me déplace plus guère. Je vous laisse donc me rayer de votre liste de diffusion, ce sera plus simple pour nous deux.

Amitiés,
Jeanne Morel""", frm=("Jeanne Morel", "jeanne.morel@orange.fr")),
R("fr-obj-tracking", ["objection"], "Google Analytics",
"""Bonjour,

Je ne veux pas être suivi par Google Analytics sur votre site. Je m'oppose à la mesure d'audience me concernant et à l'utilisation de mon adresse IP.

Samuel Noël""", frm=("Samuel Noël", "samuel.noel@proton.me")),
R("fr-obj-liste-whatsapp", ["objection"], "groupe whatsapp",
"""Bonjour, pouvez-vous me sortir du groupe WhatsApp des anciennes du stage et ne plus m'ajouter aux listes de relance ? La formation est finie depuis longtemps. Merci, Aline""",
frm=("Aline Pasquier", "aline.pasquier@gmail.com")),
R("fr-obj-only-subject", ["objection"], "Désinscription newsletter merci", "",
frm=("Denis Chauvet", "denis.chauvet@free.fr"), cte="7bit"),
# ---------------- withdraw_consent
R("fr-wc-temoignage", ["withdraw_consent"], "Mon témoignage sur le site",
"""Bonjour Sandra,

Il y a deux ans je vous avais autorisée à publier mon témoignage avec ma photo sur votre site. Je me suis rendu compte que mon nouvel employeur tombe dessus en tapant mon nom… Vous pouvez le retirer ? Je reste très reconnaissante de ce que vous avez fait pour moi.

Émilie""", frm=("Émilie Brun", "emilie.brun@gmail.com")),
R("fr-wc-video", ["withdraw_consent"], "Vidéo du webinaire",
"""Bonjour,

J'apparais à l'image dans le replay du webinaire du 12 mars (j'avais accepté, je sais). Je retire mon accord : merci de couper ma partie ou de retirer la vidéo.

Cordialement,
Hervé Lacroix""", frm=("Hervé Lacroix", "herve.lacroix@hotmail.fr")),
R("fr-wc-photo-groupe", ["withdraw_consent"], "photo de groupe sur instagram",
"""coucou sandra, la photo de groupe du cercle de femmes sur insta, je suis dessus au premier rang… finalement je prefererai pas qu elle soit en ligne, je reviens sur mon ok. tu peux l enlever ou me flouter? merci ma belle""",
frm=("Kelly", "kelly.rousseau@icloud.com")),
R("fr-wc-sante", ["withdraw_consent"], "consentement données de santé",
"""Bonjour,

J'avais signé le consentement pour la collecte de mes données de santé au début de l'accompagnement. Je le retire à compter d'aujourd'hui.

Bien à vous,
Monique Lebrun""", frm=("Monique Lebrun", "monique.lebrun@orange.fr")),
R("fr-wc-cookies", ["withdraw_consent"], "cookies",
"""Bonjour, j'ai accepté les cookies sur votre site sans faire attention. Je voudrais revenir sur ce consentement, je ne trouve pas le bouton pour le faire. Merci. Arnaud""",
frm=("Arnaud Blanc", "arnaud.blanc@gmail.com")),
R("fr-wc-audio-podcast", ["withdraw_consent"], "enregistrement pour le podcast",
"""Bonjour Sandra,

Je t'avais dit oui pour que l'extrait audio de notre échange soit utilisé dans ton podcast. J'ai beaucoup réfléchi et je ne me sens plus à l'aise : je préfère que tu ne l'utilises pas. Désolée de changer d'avis !

Juliette""", frm=("Juliette Besnard", "juliette.besnard@gmail.com")),
R("fr-wc-questionnaire-recherche", ["withdraw_consent"], "Questionnaire pour votre mémoire",
"""Bonjour,

J'avais accepté que mes réponses au questionnaire soient utilisées, de façon anonyme, pour votre travail sur l'épuisement professionnel. Je souhaite retirer mon consentement à cette utilisation.

Cordialement,
Nicolas Fleury""", frm=("Nicolas Fleury", "nicolas.fleury@laposte.net")),
R("fr-wc-avis-google", ["withdraw_consent"], "Mon avis repris sur votre plaquette",
"""Bonjour Madame,

Je vois que mon avis (avec mon prénom et ma ville) figure maintenant sur votre plaquette papier et sur la page d'accueil. Je n'y tiens plus : merci de retirer mon témoignage de vos supports.

Bien cordialement,
Yvette Schmitt""", frm=("Yvette Schmitt", "yvette.schmitt@wanadoo.fr")),
# ---------------- post_mortem
R("fr-pm-fille-deces", ["post_mortem"], "Maman",
"""Bonjour Madame,

Je suis la fille de Mme Josiane Perrault, qui avait suivi vos ateliers pendant plusieurs années. Maman nous a quittés le 3 février. Elle reçoit encore vos lettres, et cela nous fait un pincement à chaque fois. Pourriez-vous fermer ce qui la concerne et supprimer ses coordonnées ?

Merci pour la douceur que vous lui avez apportée, elle parlait souvent de vous.

Catherine Perrault""", frm=("Catherine Perrault", "catherine.perrault@gmail.com"),
att=[("pdf", "acte_deces_Perrault.pdf", "Acte de deces - PERRAULT Josiane - decedee le 03/02/2025 a Issoudun")]),
R("fr-pm-notaire", ["post_mortem"], "Succession de M. Roger Maillard – demande de communication",
"""Madame,

En notre qualité de notaire chargé du règlement de la succession de Monsieur Roger Maillard, décédé le 18 novembre 2025, nous vous prions de bien vouloir nous indiquer si vous détenez des données ou documents le concernant, et le cas échéant de nous en adresser copie.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Office notarial Berthier & Associés
Me Anne Berthier
2 place du Marché – 36100 Issoudun""", frm=("Office notarial Berthier", "office.berthier@notaires.fr"),
att=[("pdf", "certificat_deces_Maillard.pdf", "Certificat de deces - MAILLARD Roger - 18/11/2025")]),
R("fr-pm-directives", ["post_mortem"], "mes volontés (pour plus tard)",
"""Bonjour Sandra,

Ça va vous paraître étrange, mais je range mes affaires en ce moment (rien de grave, je vais bien !). Je voudrais laisser une consigne : le jour où je ne serai plus là, je souhaite que toutes mes données chez vous soient effacées, sauf si ma fille Léa les demande ; dans ce cas, vous pouvez les lui transmettre.

Merci de noter ça quelque part,
Françoise Delage""", frm=("Françoise Delage", "francoise.delage@orange.fr")),
R("fr-pm-veuf-temoignage", ["post_mortem"], "Le témoignage de Brigitte",
"""Bonjour Madame Delomenie,

Ma femme, Brigitte Aubin, est décédée cet été. Son témoignage et sa photo sont toujours sur votre site. Nos enfants et moi aimerions qu'ils soient retirés. Je peux vous fournir un acte de décès si nécessaire.

Cordialement,
Michel Aubin""", frm=("Michel Aubin", "michel.aubin36@orange.fr")),
R("fr-pm-fils-copie", ["post_mortem"], "Données de mon père",
"""Bonjour,

Mon père, Henri Guillot, est décédé en janvier. En tant qu'héritier je voudrais obtenir une copie des échanges et documents que vous aviez avec lui (il avait entamé un accompagnement sur le deuil de ma mère). Cela nous aiderait à comprendre ses derniers mois.

Merci,
Stéphane Guillot""", frm=("Stéphane Guillot", "stephane.guillot@gmail.com")),
R("fr-pm-soeur-sms", ["post_mortem"], "ma soeur",
"""bonjour, ma soeur Celine Marty est decedee le mois dernier, elle etait inscrite a votre formation en ligne. pouvez vous fermer son compte et effacer tout ce qui la concerne. merci. Laurent Marty""",
frm=("Laurent Marty", "laurent.marty@free.fr")),
R("fr-pm-rectif-heritier", ["post_mortem"], "Mme Odette Riviere",
"""Bonjour,

Ma tante Odette Rivière est décédée en avril. Je suis son héritière et je m'occupe de ses affaires. Vos courriers arrivent encore à son ancienne adresse, au nom de « Mme Riviere Odette, vivante » si j'ose dire… Merci de mettre à jour votre fichier en indiquant son décès et de cesser tout envoi.

Cordialement,
Isabelle Noyer""", frm=("Isabelle Noyer", "isabelle.noyer@laposte.net")),
R("fr-pm-directive-formelle", ["post_mortem"], "Directives particulières – article 85 loi Informatique et Libertés",
"""Madame,

Conformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978, je vous communique mes directives particulières relatives au sort de mes données après mon décès : je désigne mon fils, Paul Sicard, pour exercer mes droits ; je demande la suppression de mes données de santé et la communication du reste à mon fils.

Jean-Claude Sicard
né le 2 avril 1948""", frm=("Jean-Claude Sicard", "jc.sicard@wanadoo.fr")),
R("fr-pm-ami-pacse", ["post_mortem"], "Décès d'Olivier",
"""Bonjour Sandra,

Je suis le compagnon (pacsé) d'Olivier Ferrand, qui est décédé le 2 octobre. Il avait fait plusieurs ateliers avec vous. Son adresse email reçoit toujours la newsletter. Est-ce que vous pouvez arrêter tout ça et supprimer son compte ?

Merci,
Yann Kervella""", frm=("Yann Kervella", "yann.kervella@gmail.com")),
# ---------------- multi-right
R("fr-multi-acc-eras", ["access", "erasure"], "Avant de partir",
"""Bonjour Sandra,

Avant que vous supprimiez tout ce qui me concerne (ce que je vous demande, du coup), j'aimerais bien recevoir une copie de mon dossier, pour garder une trace de ce travail pour moi.

Un grand merci pour tout,
Delphine""", frm=("Delphine Ferreira", "delphine.ferreira@gmail.com")),
R("fr-multi-eras-wc", ["erasure", "withdraw_consent"], "Retrait",
"""Bonjour,

Je retire mon accord pour la publication de ma vidéo de témoignage, et au-delà je vous demande d'effacer toutes mes données.

Merci de me confirmer,
Baptiste Collin""", frm=("Baptiste Collin", "baptiste.collin@outlook.fr")),
R("fr-multi-rect-obj", ["objection", "rectification"], "deux choses",
"""Bonjour Sandra, deux choses rapides :
1) mon nom s'écrit Leroux, pas Le Roux, merci de corriger
2) et désinscrivez-moi de la newsletter s'il vous plaît, je la lis jamais
Bonne journée ! Pierre Leroux""", frm=("Pierre Leroux", "pierre.leroux@gmail.com")),
R("fr-multi-acc-port", ["access", "portability"], "Récupération de mes données",
"""Bonjour,

J'aimerais savoir quelles données vous conservez sur moi, et en recevoir une copie dans un format réutilisable (CSV par exemple) pour pouvoir les intégrer dans mon carnet de bord numérique.

Merci,
Charlotte Lemoine""", frm=("Charlotte Lemoine", "charlotte.lemoine@free.fr")),
R("fr-multi-eras-obj", ["erasure", "objection"], "stop",
"""Bonjour, je ne veux plus recevoir vos mails et je veux que vous effaciez mes données. merci. Kader""",
frm=("Kader", "kader.s@hotmail.fr")),
R("fr-multi-restr-acc", ["access", "restriction"], "Avant toute chose",
"""Madame,

Je pense que certaines informations me concernant sont inexactes dans votre fichier. Je demande donc à en avoir copie pour vérifier, et d'ici là que vous n'en fassiez aucun usage.

Cordialement,
Gilbert Hamon""", frm=("Gilbert Hamon", "gilbert.hamon@orange.fr")),
R("fr-multi-wc-obj", ["objection", "withdraw_consent"], "photo + mails",
"""Bonjour Sandra,
merci d'enlever ma photo de la page « Ils m'ont fait confiance » (je reviens sur mon accord) et de ne plus m'envoyer la newsletter.
Belle fin de semaine,
Lucie""", frm=("Lucie Germain", "lucie.germain@gmail.com")),
R("fr-multi-acc-rect", ["access", "rectification"], "Vérification de ma fiche",
"""Bonjour,

Pourriez-vous m'envoyer ce que vous avez sur moi ? Je pense que mon adresse n'est plus la bonne : c'est désormais 3 rue Jean Jaurès, 36000 Châteauroux.

Merci,
Céline Petitjean""", frm=("Céline Petitjean", "celine.petitjean@laposte.net")),
R("fr-multi-eras-port", ["erasure", "portability"], "Changement de coach",
"""Bonjour Sandra,

J'ai décidé de poursuivre avec quelqu'un de plus proche de chez moi. Pourriez-vous m'envoyer mes fiches et questionnaires dans un fichier que ma nouvelle coach pourra reprendre, puis supprimer mon dossier de votre côté ?

Merci pour tout,
Marion Benard""", frm=("Marion Benard", "marion.benard@gmail.com")),
R("fr-multi-avocat-acc-eras", ["access", "erasure"], "Mandat – M. Julien Carpentier",
"""Madame,

Agissant pour le compte de M. Julien Carpentier (mandat joint), je vous demande de me communiquer l'ensemble des données le concernant, puis de procéder à leur effacement.

Veuillez agréer mes salutations distinguées.

Me Claire Ollivier
Avocate""", frm=("Claire Ollivier", "c.ollivier@ollivier-avocats.fr"),
att=[("pdf", "mandat_Carpentier.pdf", "Mandat de representation - CARPENTIER Julien - droits RGPD")]),
R("fr-multi-obj-restr", ["objection", "restriction"], "Mon dossier",
"""Bonjour,

Je m'oppose à ce que mes coordonnées soient utilisées pour vous relancer ou me proposer d'autres prestations. Et comme je conteste une partie de ce qui est noté dans mon dossier, gelez-le sans rien supprimer pour l'instant.

Françoise Marchand""", frm=("Françoise Marchand", "francoise.marchand@gmail.com")),
R("fr-multi-parent-eras-wc", ["erasure", "withdraw_consent"], "Photos de ma fille",
"""Bonjour Madame,

Ma fille Zoé (14 ans) apparaît sur les photos de l'atelier ados publiées sur votre page. Nous retirons notre autorisation de diffusion, et nous souhaitons aussi que tout son dossier soit supprimé.

Cordialement,
Stéphanie et Marc Hubert""", frm=("Stéphanie Hubert", "stephanie.hubert@orange.fr"), hdr={"Cc": "Marc Hubert <marc.hubert@gmail.com>"}),
R("fr-multi-acc-obj-sms", ["access", "objection"], "vos sms + mes infos",
"""bonjour jveux plus de sms ni de mail pub. et dites moi ce que vous avez comme info sur moi svp. Cedric""",
frm=("Cédric V", "cedric.vallet@sfr.fr")),
R("fr-multi-rect-restr", ["rectification", "restriction"], "Erreur dans mon bilan",
"""Bonjour Sandra,

Dans le bilan de compétences, la mention « difficultés relationnelles avec la hiérarchie » est erronée : il s'agissait d'un seul conflit ponctuel. Merci de corriger la formulation, et en attendant, de ne pas transmettre le bilan à qui que ce soit.

Cordialement,
Thomas Berger""", frm=("Thomas Berger", "thomas.berger@gmail.com")),
R("fr-multi-port-wc", ["portability", "withdraw_consent"], "Enregistrements",
"""Bonjour,

Je retire mon consentement à l'utilisation des enregistrements de mes séances à des fins de supervision. Par contre j'aimerais récupérer les fichiers audio pour moi, dans leur format d'origine.

Merci,
Anaïs Roger""", frm=("Anaïs Roger", "anais.roger@icloud.com")),
R("fr-multi-acc-eras-obj", ["access", "erasure", "objection"], "RGPD",
"""Bonjour,

1. Que savez-vous sur moi ? Merci de m'envoyer une copie.
2. Je ne veux plus de prospection.
3. Une fois la copie envoyée, supprimez tout.

Merci,
Victor Lemaitre""", frm=("Victor Lemaitre", "victor.lemaitre@gmail.com")),
R("fr-multi-rect-eras", ["erasure", "rectification"], "mise à jour",
"""Bonjour, petite mise à jour : je m'appelle maintenant Mme Sarah Lopes (mariée cet été !) – merci de corriger. Et vous pouvez effacer les notes de nos anciennes séances, je n'en ai plus besoin et je préfère qu'elles n'existent plus.
Sarah""", frm=("Sarah Lopes", "sarah.lopes@gmail.com")),
R("fr-multi-form-access-port", ["access", "portability"], "[Floraison de Soi] Demande via le formulaire",
"""De : Hugo Marechal <hugo.marechal@gmail.com>
Sujet : mes données

Message :
Bonjour, je souhaite connaître les données que vous avez sur moi et les recevoir en JSON ou CSV pour les transférer vers un autre service. Merci.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
frm=("Floraison de Soi", "wordpress@floraisondesoi.fr"), hdr={"Reply-To": "hugo.marechal@gmail.com"}),
R("fr-multi-quoted-news-eras", ["erasure"], "Re: Newsletter de juin",
"""Bonjour, effacez toutes mes données s'il vous plaît, merci.""",
quote="""Newsletter de juin — Floraison de Soi
Ce mois-ci : l'atelier « Ralentir » et les dates des cercles d'été.
Se désinscrire""", qstyle="gmail", qfrom=SANDRA_C, frm=("Renée Prévost", "renee.prevost@orange.fr")),
R("fr-multi-rect-acc-outlook", ["access", "rectification"], "RE: Attestation de présence",
"""Bonjour,

L'attestation mentionne 14 h au lieu de 21 h et mon nom est mal orthographié (c'est Delattre, avec deux t). Merci de corriger dans vos fichiers et de m'envoyer une copie de ma fiche stagiaire complète pour que je vérifie le reste.

Cordialement,
Sophie Delattre
Service RH – Menuiseries du Berry""", quote="""Bonjour Madame Delatre,
Veuillez trouver ci-joint votre attestation de présence à la formation « Communication bienveillante ».
Bien cordialement,
Sandra Delomenie""", qstyle="outlook", frm=("Sophie Delattre", "s.delattre@menuiseries-berry.fr"), hdr={"Cc": "direction@menuiseries-berry.fr"}),
R("fr-multi-eras-obj-belge", ["erasure", "objection"], "désinscription et suppression",
"""Bonjour,

Je vous prie de me désinscrire de toutes vos listes et d'effacer mes coordonnées de vos fichiers. Je vous remercie d'avance.

Bien à vous,
Christophe Peeters""", frm=("Christophe Peeters", "christophe.peeters@skynet.be")),
# --------------- more singles
R("fr-acc-iphone", ["access"], "Mon dossier",
"""Bonjour Sandra, tu peux me renvoyer tout ce que tu as sur moi (fiches, notes, questionnaires) ? J'ai changé d'ordi et j'ai tout perdu. Merci !!

Envoyé de mon iPhone""", frm=("Laura Simon", "laura.simon@icloud.com"), hdr={"X-Mailer": "iPhone Mail (22A3354)"}),
R("fr-eras-html-only", ["erasure"], "Demande de suppression",
"""Bonjour Madame,

Je vous remercie de supprimer définitivement mon dossier et mes coordonnées de votre base, ainsi que mon compte sur la plateforme de formation.

Cordialement,
Agnès Maillot""", frm=("Agnès Maillot", "agnes.maillot@yahoo.fr"), html="only"),
R("fr-obj-fwd-newsletter", ["objection"], "Fwd: Atelier Confiance en soi – dernières places",
"""Je ne me suis jamais inscrite à ça, je vous le renvoie : retirez-moi de cette liste s'il vous plaît.""",
quote="""Atelier Confiance en soi – dernières places !
Samedi 14 juin, 9h30-17h, Issoudun. Tarif 85 €.
Vous recevez cet email car vous êtes inscrit(e) à la newsletter Floraison de Soi.""",
qstyle="fwd", qfrom=("Floraison de Soi", "news@floraisondesoi.fr"), frm=("Hélène Tissot", "helene.tissot@gmail.com")),
R("fr-wc-enfant", ["withdraw_consent"], "autorisation droit à l'image",
"""Bonjour,

J'avais signé l'autorisation de droit à l'image pour mon fils Nolan lors du stage d'été. Je la retire, merci de ne plus utiliser les photos où il apparaît.

Cordialement,
Aurore Lefèvre""", frm=("Aurore Lefèvre", "aurore.lefevre@gmail.com")),
R("fr-restr-en-passant", ["restriction"], "Re: Bilan de fin de formation",
"""Merci Sandra pour le bilan. Je n'ai pas été assez claire l'autre jour : tant que l'on ne s'est pas appelées pour en parler, je préfère que mon dossier ne soit ni utilisé ni supprimé, il y a un passage sur ma santé que je veux revoir.

Belle journée,
Nadine""", quote="""Bonjour Nadine,
Vous trouverez ci-joint le bilan de fin de formation. N'hésitez pas si vous avez des remarques.
Sandra""", qstyle="apple", frm=("Nadine Carpentier", "nadine.carpentier@icloud.com")),
R("fr-port-drive", ["portability"], "récupérer mes documents",
"""Bonjour Sandra,

Est-ce que tu peux me partager en fichiers (Word ou PDF modifiable, peu importe, mais pas papier) tout ce que je t'avais transmis pendant l'accompagnement ? Mon nouvel employeur propose un coaching et j'aimerais que la coach reparte de là.

Merci,
Bérénice""", frm=("Bérénice Faure", "berenice.faure@gmail.com")),
R("fr-pm-mari-acces", ["post_mortem"], "Mon mari",
"""Madame,

Mon mari Gérard Chapuis nous a quittés il y a trois mois. Je souhaiterais savoir si vous avez encore des documents de ses séances : je voudrais les récupérer ou qu'ils soient détruits, je n'ai pas encore décidé. Je joins son acte de décès.

Marguerite Chapuis""", frm=("Marguerite Chapuis", "m.chapuis@orange.fr"),
att=[("pdf", "acte_deces.pdf", "Extrait d'acte de deces - CHAPUIS Gerard")]),
]
