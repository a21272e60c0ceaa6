# French requests: people and their lives, the request woven into the story.
from recordlib import m

RECORDS = [
m("fr-req-chimio-pause-newsletter", ["objection"], "Véronique Thibault <vero.thibault@orange.fr>",
  "un peu de calme dans ma boite",
  """Bonjour Sandra,

Je ne sais pas si vous vous souvenez de moi, j'avais suivi l'atelier "Oser dire non" au printemps dernier. Depuis, on m'a diagnostiqué un cancer du sein et je commence la chimio lundi. Je fais le tri dans tout ce qui m'arrive, au propre comme au figuré.

Vos lettres sont très belles mais là je n'ai plus la place pour ça. Pouvez-vous me retirer de votre liste d'envoi ? Je reviendrai peut-être vers vous quand tout ça sera derrière moi.

Avec toute mon amitié,
Véronique""", mailer="orange"),

m("fr-req-deuil-mari-notes", ["post_mortem"], "Monique Ferrand <monique.ferrand36@wanadoo.fr>",
  "Mon mari Gérard Ferrand",
  """Madame,

Mon mari Gérard est décédé le 14 du mois dernier, d'une crise cardiaque, à 61 ans. Il vous voyait depuis un an pour préparer sa retraite, il en parlait beaucoup à la maison, ça lui faisait du bien.

En rangeant ses papiers j'ai trouvé vos factures. Je voudrais savoir ce que vous gardez de lui, ses fiches, ce qu'il vous a raconté. Si c'est possible j'aimerais les lire. Sinon je préfère que tout soit détruit, je ne veux pas que ça traîne quelque part.

Je joins le certificat de décès et le livret de famille.

Monique Ferrand
12 rue des Tanneurs, 36100 Issoudun""",
  attachments=[("pdf", "acte-deces-Ferrand.pdf", "Acte de deces - FERRAND Gerard Louis - Mairie d Issoudun")]),

m("fr-req-divorce-nom-jeune-fille", ["rectification"], "Claire Mounier <claire.mounier@gmail.com>",
  "changement de nom",
  """Bonjour,

Petit message administratif mais qui compte pour moi : mon divorce a été prononcé le mois dernier et j'ai repris mon nom de naissance. Vous m'avez dans vos fichiers sous "Claire Leblanc", pouvez-vous remplacer par Claire Mounier partout (factures à venir, inscription au cercle du jeudi, newsletter) ?

L'adresse mail reste la même, par contre j'ai déménagé : 4 impasse des Lilas, 36000 Châteauroux.

Merci d'avance, et à jeudi !
Claire"""),

m("fr-req-divorce-hesitation-effacer", ["erasure"], "Stéphanie R. <steph.rougier@hotmail.fr>",
  "Re: votre séance du 12",
  """Sandra,

J'ai longtemps hésité avant de vous écrire. Vous savez ce que j'ai traversé cette année avec la séparation. Mon ex-mari a pris un avocat et j'ai peur que tout ce que je vous ai confié puisse un jour ressortir. Je sais que vous êtes tenue au secret, mais je ne dors plus.

Au début je voulais juste vous demander de ne rien envoyer par mail. Et puis en fait non : je préfère que vous supprimiez tout. Mes notes de séance, mes questionnaires, mes coordonnées, tout. Je reviendrai peut-être un jour, on repartira de zéro.

Merci de me confirmer quand c'est fait.
Stéphanie""", quote=("gmail_fr", None, """Bonjour Stéphanie,
Je vous confirme notre séance du 12 à 18h au cabinet.
Belle journée,
Sandra"""), mailer="outlook"),

m("fr-req-expatriation-canada-portabilite", ["portability"], "Julien Marchais <julien.marchais@proton.me>",
  "Départ pour Montréal — mon suivi",
  """Bonjour Sandra,

Ça y est, c'est officiel : on part s'installer à Montréal en août avec ma femme et les enfants. Je voulais vous remercier pour les huit mois de coaching, sans vous je n'aurais jamais osé postuler.

Là-bas je compte continuer avec une coach québécoise (Mme Gagnon, qui travaille avec la même méthode). Serait-il possible de lui transmettre mon dossier — les bilans, le plan d'action, les grilles — dans un format qu'elle pourra réutiliser, idéalement des fichiers numériques plutôt que des scans ? Son adresse : i.gagnon@coachingrivenord.ca

Je reste joignable sur ce mail.

Julien"""),

m("fr-req-licenciement-acces-notes", ["access"], "Farid Benali <farid.benali@gmail.com>",
  "Demande de copie de mes notes",
  """Bonjour Madame Delomenie,

Comme vous le savez j'ai été licencié en janvier. Je prépare mon dossier pour les prud'hommes avec mon avocat et j'aurais besoin de la copie des notes que vous avez prises pendant le bilan de compétences que mon employeur avait financé en 2024, ainsi que des résultats des tests.

Je vous remercie de me les envoyer à cette adresse.

Cordialement,
Farid Benali""", cte="qp"),

m("fr-req-retraite-fin-marketing", ["objection"], "Bernard Pichon <b.pichon@laposte.net>",
  "Retraite",
  """Bonjour,

Je prends ma retraite le 30 juin après 38 ans à la Poste. Vos propositions de formations pour "rebondir professionnellement" ne me concernent plus du tout ! Merci de ne plus m'envoyer de publicité ni de propositions commerciales.

Bonne continuation,
B. Pichon"""),

m("fr-req-ado-fille-photos", ["withdraw_consent"], "Nathalie Guérin <nath.guerin@free.fr>",
  "Photos de Léa sur Facebook",
  """Bonjour Sandra,

Léa a eu 15 ans en mars et elle est devenue très pudique sur tout ce qui est réseaux. Elle a vu la photo du stage "Confiance en soi ados" de l'été dernier sur votre page Facebook et elle est mortifiée (c'est son mot).

J'avais signé l'autorisation à l'époque, mais je la retire : pouvez-vous enlever les photos où elle apparaît, sur Facebook et sur le site ?

Merci beaucoup, elle garde un super souvenir du stage quand même.
Nathalie, maman de Léa Guérin""", mailer="thunderbird", attachments=[("png", "capture-facebook.png", None)]),

m("fr-req-mere-decedee-newsletter-notaire", ["post_mortem"], "Étude Maître Carré <office.carre@notaires.fr>",
  "Succession Mme Yvette LAURENT — données personnelles",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Yvette LAURENT, née le 02/05/1948, décédée à Bourges le 3 février 2026.

À la demande de ses héritiers, nous vous prions de bien vouloir procéder à la clôture de tout compte ou abonnement à son nom, et de nous indiquer quelles données vous détenez la concernant, ces dernières devant être effacées à l'issue.

Vous trouverez ci-joint l'acte de notoriété.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Jean-Marc CARRÉ,
Sophie Delaunay, clerc de notaire
Office notarial Carré & Associés — 8 place de la Préfecture, 18000 Bourges""",
  attachments=[("pdf", "acte-notoriete-LAURENT.pdf", "Acte de notoriete - Succession LAURENT Yvette - Office notarial Carre")],
  html="alt", mailer="outlook"),

m("fr-req-directives-apres-deces", ["post_mortem"], "Hélène Marquet <helene.marquet@orange.fr>",
  "mes volontés",
  """Chère Sandra,

Vous savez que ma maladie progresse. Je mets de l'ordre dans mes affaires, c'est étrangement apaisant.

Je voudrais que, le jour où je ne serai plus là, tout ce que vous avez sur moi soit détruit sauf une chose : l'enregistrement de la méditation que nous avions faite ensemble en novembre. Je souhaite qu'il soit remis à ma fille, Camille Marquet (camille.marquet@gmail.com). Le reste, rien pour personne.

Je vous embrasse,
Hélène""", mailer="orange"),

m("fr-req-burnout-restriction", ["restriction"], "Arnaud Lefèvre <arnaud.lefevre@outlook.fr>",
  "Dossier — merci de ne rien faire pour l'instant",
  """Bonjour,

Je suis en arrêt pour burn-out depuis six semaines. Mon employeur (qui avait payé le coaching) m'a fait savoir qu'il aimerait "un retour" de votre part sur mon accompagnement.

Je ne veux pas que mon dossier soit supprimé, j'en aurai peut-être besoin pour me défendre. Mais je vous demande de ne plus l'utiliser ni le transmettre à qui que ce soit pour le moment, y compris à mon employeur, le temps que la situation se clarifie.

Merci de votre compréhension,
Arnaud Lefèvre"""),

m("fr-req-sms-stop", ["objection"], "Kev <kevin.morel22@gmail.com>",
  "stop sms",
  """slt c kevin jai fait latelier prise de parole en octobre
jrecoi tjr vos sms pour les ateliers la jsuis au chomage jai pas les moyens et ca me saoule un peu
vous pouvez arreter les sms svp
merci"""),

m("fr-req-pere-fils-mineur-effacement", ["erasure"], "Olivier Castel <olivier.castel@sfr.fr>",
  "Suppression du dossier de mon fils Théo",
  """Madame,

Je suis le père de Théo Castel, 13 ans, que sa mère a inscrit l'an dernier à vos séances de gestion des émotions sans m'en parler. Nous avons l'autorité parentale conjointe.

Je ne remets pas en cause votre travail, mais en tant que parent je demande que toutes les données concernant Théo (fiche, notes, questionnaires, coordonnées) soient effacées. Je vous joins ma pièce d'identité et le livret de famille.

Cordialement,
Olivier Castel""", attachments=[("pdf", "CNI-Olivier-Castel.pdf", "Carte nationale d identite - CASTEL Olivier - copie")]),
# NEAR-LINE: parent of a minor child asking for deletion -> request (erasure) per policy.

m("fr-req-deuil-enfant-temoignage", ["withdraw_consent"], "Sylvie Arnaud <sylvie.arnaud@yahoo.fr>",
  "mon témoignage",
  """Bonjour Sandra,

J'avais écrit un témoignage pour votre site il y a deux ans, quand j'allais mieux après la perte de mon fils. Je parlais de lui, de la façon dont vous m'aviez aidée à remettre un pied devant l'autre.

Aujourd'hui je n'ai plus envie que ce texte soit public. Ce n'est pas un reproche, c'est juste que c'est trop intime et que des collègues sont tombés dessus. Pourriez-vous le retirer du site et de Systeme.io ?

Merci, vraiment,
Sylvie"""),

m("fr-req-nouveau-coach-transfert-csv", ["portability", "access"], "Mathieu Roche <mathieu.roche@gmail.com>",
  "Récupération de mon dossier",
  """Bonjour Sandra,

Suite à mon déménagement à Lyon, je vais poursuivre avec un coach sur place. Deux choses :

1. j'aimerais savoir précisément ce que vous conservez sur moi (et chez quels prestataires, Systeme.io, Google Drive...) ;
2. et recevoir mes questionnaires et bilans dans un format exploitable (CSV, Excel ou autre) pour les lui transmettre.

Merci beaucoup pour tout, vraiment.
Mathieu""", html="alt"),

m("fr-req-proces-avocat-mandat", ["access"], "Maître Anne Vidal <a.vidal@vidal-avocats.fr>",
  "Demande d'accès — Mme Karine DUBOIS — art. 15 RGPD",
  """Madame,

J'interviens en qualité de conseil de Madame Karine DUBOIS, dans le cadre d'une procédure prud'homale l'opposant à son ancien employeur, la société TRANSLOG SAS.

Conformément à l'article 15 du Règlement (UE) 2016/679 et en vertu du mandat ci-joint, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel concernant ma cliente traitées dans le cadre de l'accompagnement financé par TRANSLOG SAS en 2025, ainsi que l'identité des destinataires auxquels ces données ont été communiquées.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Anne VIDAL
Avocat au Barreau de Châteauroux
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  attachments=[("pdf", "mandat-DUBOIS.pdf", "Mandat de representation - Karine DUBOIS a Maitre Anne VIDAL"),
               ("pdf", "CNI-DUBOIS.pdf", "Carte nationale d identite - DUBOIS Karine")],
  mailer="outlook"),

m("fr-req-belge-demenagement-adresse", ["rectification"], "Geneviève Lambotte <gen.lambotte@skynet.be>",
  "Nouvelle adresse",
  """Bonjour Madame Sandra,

Une petite nouvelle : nous avons quitté Issoudun pour revenir près de ma famille à Namur, mon papa n'allait plus très bien. Je continue volontiers les séances en visio, septante minutes c'était parfait.

Pourriez-vous mettre à jour mon adresse pour les factures : Rue de Fer 27, 5000 Namur, Belgique. Et mon GSM : +32 475 12 34 56 (l'ancien numéro français n'est plus actif, vous pouvez l'effacer).

Bien à vous,
Geneviève"""),

m("fr-req-cancer-donnees-sante", ["erasure"], "Isabelle <isa.perrot@gmail.com>",
  "une demande un peu particulière",
  """Bonjour Sandra,

Je reprends le travail après huit mois de traitement. Pendant ma maladie je vous avais envoyé pas mal de choses sur ma santé (comptes rendus, mes résultats, ce que me disait l'oncologue) parce que ça influençait notre travail.

Maintenant que je tourne la page, j'aimerais que tout ce qui concerne ma santé soit effacé de votre dossier. Le reste (objectifs pro, etc.) vous pouvez le garder, on continue ensemble !

Isabelle
Envoyé de mon iPhone""", mailer="iphone"),

m("fr-req-quebec-retrait-video", ["withdraw_consent"], "Marie-Ève Tremblay <me.tremblay@videotron.ca>",
  "Vidéo du webinaire",
  """Allô Sandra,

J'ai participé à ton webinaire sur la charge mentale en février, pis j'avais accepté d'être filmée pour la rediffusion. Finalement, mon chum et moi on est en train de se séparer pis j'ai parlé de lui pas mal dans mes interventions... Ça me gêne ben gros.

Est-ce que tu peux retirer mon bout de la vidéo ou me couper au montage ? Je retire mon accord pour l'enregistrement.

Merci ben gros,
Marie-Ève"""),

m("fr-req-suisse-acces-complet", ["access"], "Laurent Favre <laurent.favre@bluewin.ch>",
  "Renseignements sur mes données",
  """Madame,

Je m'installe définitivement à Lausanne le mois prochain pour rejoindre ma compagne. Avant de clore ce chapitre français, je souhaiterais obtenir une copie de l'ensemble des données personnelles que vous détenez à mon sujet, en précisant leur provenance et les tiers auxquels elles ont pu être transmises.

Je vous remercie d'avance et vous adresse mes meilleures salutations.

Laurent Favre
Chemin de Montolivet 12, 1006 Lausanne"""),

m("fr-req-heritier-fille-sms", ["post_mortem"], "Julie Bonnet <julie.bonnet86@gmail.com>",
  "Papa",
  """Bonjour,

Mon père Alain Bonnet est décédé il y a trois semaines. Son téléphone continue de recevoir vos SMS et ses mails vos newsletters, ma mère ne supporte pas de les voir arriver.

Pouvez-vous arrêter tout ça et effacer ses coordonnées ?

Merci.
Julie Bonnet"""),

m("fr-req-changement-avis-garder", ["restriction"], "Patricia Leroy <patricia.leroy@orange.fr>",
  "Re: suite à notre appel",
  """Sandra,

Je vous ai dit au téléphone hier que je voulais que vous supprimiez tout mon dossier. J'ai réfléchi cette nuit. Avec le procès contre ma soeur pour la maison de nos parents, mon avocat dit qu'il faut peut-être garder des traces de ce que je traversais à l'époque.

Donc finalement : ne supprimez rien, mais mettez-le de côté, plus personne ne l'utilise ni ne le consulte jusqu'à ce que je vous dise. C'est possible ?

Patricia""", quote=("gmail_fr", None, """Bonjour Patricia,
Suite à notre échange, je reviens vers vous dès que possible.
Sandra""")),

m("fr-req-nouvelle-coach-retrait-consentement-tout", ["erasure", "withdraw_consent"], "Amandine Colas <amandine.colas@icloud.com>",
  "Fin de l'accompagnement",
  """Bonjour Sandra,

Je vous écris pour vous dire que j'arrête l'accompagnement. J'ai trouvé une coach spécialisée en périnatalité qui correspond mieux à ma situation depuis la naissance de ma fille.

Je retire mon accord pour l'utilisation de mon témoignage audio dans vos vidéos promotionnelles, et je souhaite que l'ensemble de mes données soient effacées de vos fichiers.

Bonne continuation,
Amandine""", mailer="apple"),

m("fr-req-naissance-nom-correction", ["rectification"], "Aurélie Dos Santos <aurelie.dossantos@gmail.com>",
  "petite erreur",
  """Coucou Sandra,

Je viens de recevoir l'attestation de formation et mon nom est écrit "Dos Santo" sans le s. Pas grave du tout, mais comme je vais la joindre à mon dossier de congé parental (bébé arrive en juin !!) j'ai besoin que ce soit juste.

Tu peux corriger dans ton fichier et me renvoyer l'attestation ? Ma date de naissance aussi est fausse : c'est le 17/09/1991, pas le 19/07.

Bisous
Aurélie"""),

m("fr-req-fin-de-vie-instructions-compte", ["post_mortem"], "Georges Lemaire <georges.lemaire@wanadoo.fr>",
  "Pour après",
  """Madame,

J'ai 84 ans et mon médecin ne me cache plus grand-chose. J'ai beaucoup aimé vos conférences à la médiathèque.

Je vous écris pour que les choses soient claires : après ma mort, je ne veux pas que mes enfants aient accès à ce que j'ai écrit dans vos ateliers d'écriture de vie. Vous effacerez tout. C'est à moi.

Avec ma reconnaissance,
Georges Lemaire"""),

m("fr-req-profilage-objection", ["objection"], "Cédric Hamon <cedric.hamon@gmail.com>",
  "Analyse de mes clics ?",
  """Bonjour,

Depuis que j'ai perdu mon emploi je suis inscrit à pas mal de newsletters de coachs et je remarque que je reçois des offres qui changent selon ce sur quoi j'ai cliqué chez vous. Ça me met mal à l'aise, j'ai l'impression d'être "ciblé" au moment où je suis fragile.

Je m'oppose à ce que vous utilisiez mon comportement de lecture pour me proposer des offres. Je veux bien continuer à recevoir la lettre mensuelle, mais sans le suivi.

Cédric Hamon""", html="alt"),

m("fr-req-fille-majeure-elle-meme", ["access", "erasure"], "Zoé Marchand <zoe.marchand05@gmail.com>",
  "mes données quand j'étais mineure",
  """Bonjour,

Ma mère m'a emmenée chez vous quand j'avais 14 ans, après le divorce de mes parents. J'ai 19 ans maintenant et je me demande ce qui a été noté sur moi à l'époque.

Je voudrais d'abord une copie de tout ce que vous avez (fiches, questionnaires, ce que ma mère a pu vous dire). Et après, que ce soit supprimé. Je ne veux pas que ça reste.

Zoé Marchand"""),

m("fr-req-retraite-anglais-portabilite", ["portability"], "Philippe Aubert <ph.aubert@orange.fr>",
  "Exportation de mon carnet de bord",
  """Bonjour Sandra,

Maintenant que je suis en retraite je veux écrire un petit livre sur cette transition, un peu en m'appuyant sur le carnet de bord numérique que j'ai rempli sur votre plateforme pendant six mois.

Y a-t-il moyen de me l'exporter dans un fichier que je puisse ouvrir sous Word ou LibreOffice ? Toutes mes entrées, avec les dates.

Philippe""", mailer="thunderbird"),

m("fr-req-perte-emploi-telephone", ["rectification"], "Sabrina Kaci <sabrina.kaci@hotmail.fr>",
  "Nouveau numéro",
  """Bonjour Sandra,

Avec la perte de mon poste j'ai dû rendre mon téléphone pro, donc le 06 45 22 81 90 ne marche plus. Mon numéro perso : 07 68 12 44 03. Et mon adresse mail pro @groupe-verdier.fr est aussi désactivée, merci de garder seulement celle-ci.

À bientôt pour la séance,
Sabrina"""),

m("fr-req-formel-limitation-contestation", ["restriction"], "Dominique Peyrot <d.peyrot@laposte.net>",
  "Contestation de l'exactitude — article 18 RGPD",
  """Madame,

Lors de l'entretien de suivi du 4 mars, vous m'avez communiqué la synthèse de mon bilan, qui mentionne un "épuisement lié à la consommation d'alcool". Cette mention est inexacte : j'ai évoqué l'alcoolisme de mon père, pas le mien.

Je conteste l'exactitude de cette donnée et, en application de l'article 18.1.a du RGPD, vous demande de limiter le traitement de cette synthèse le temps de la vérification. Elle ne doit être ni utilisée, ni communiquée à mon OPCO.

Dominique Peyrot"""),
# NEAR-LINE: contesting accuracy + pausing processing -> restriction only (policy), even though a correction is implied.

m("fr-req-mari-deces-facebook-groupe", ["post_mortem"], "Francis Giraud <francis.giraud@gmail.com>",
  "Ma femme Christine",
  """Bonjour,

Christine nous a quittés le 2 novembre après une longue maladie. Elle avait participé à votre cercle de femmes et elle est toujours dans le groupe WhatsApp et le groupe Facebook privé. Les messages arrivent sur son téléphone, que je garde encore.

Je souhaite qu'elle soit retirée des groupes et que son numéro soit supprimé de vos listes. Ses photos du cercle, si elles sont publiées quelque part, je voudrais les récupérer avant qu'elles soient enlevées.

Merci de votre gentillesse, elle vous aimait bien.
Francis Giraud""", mailer="iphone"),

m("fr-req-objection-prospection-ancien-client", ["objection"], "Nadia Ferreira <nadia.ferreira@gmail.com>",
  "Appels",
  """Bonjour,

J'ai été contactée deux fois par téléphone par votre assistante pour le nouveau programme "Renaître après 50 ans". Je n'ai pas donné suite à l'époque parce que mon mari était hospitalisé et je ne souhaite toujours pas être démarchée.

Merci de ne plus m'appeler pour me proposer des prestations.

N. Ferreira"""),

m("fr-req-informel-sans-accents-suppr", ["erasure"], "jerem <jeremy.blanc1990@laposte.net>",
  "suppression",
  """bonjour
jai fait 3 seance avec vous en 2024 quand ma copine est partie, ca ma aider merci
la je repars a zero dans une autre ville et jaimerais que vous supprimiez tout ce que vous avez sur moi, fiche, mail, tout
merci de me dire quand cest fait
jeremy blanc"""),

m("fr-req-temoin-mariage-retrait-photo", ["withdraw_consent"], "Laura Petit <laura.petit@orange.fr>",
  "ma photo sur votre site",
  """Bonjour Sandra,

Je me marie en septembre (!!) et en préparant les faire-part mon futur mari est tombé sur ma photo avec mon témoignage sur votre page "Ils m'ont fait confiance", où je raconte ma phobie sociale. Il le savait, mais sa famille non.

J'ai beaucoup réfléchi et j'ai décidé : je retire mon consentement pour la photo. Le texte peut rester sans mon prénom, si vous voulez.

Merci,
Laura""", html="only"),

m("fr-req-questionnaire-statistiques-opposition", ["objection"], "Yannick Morvan <yannick.morvan@gmail.com>",
  "utilisation de mes réponses",
  """Bonjour Sandra,

Lors de la formation de janvier vous avez dit que les réponses aux questionnaires étaient utilisées pour des statistiques anonymisées sur "les trajectoires de reconversion". Vu que ma reconversion ressemble surtout à une galère (licenciement, dépression, retour chez mes parents), je préfère ne pas en faire partie.

Je m'oppose à l'utilisation de mes réponses à des fins statistiques.

Yannick"""),

m("fr-req-divorce-ex-mari-email", ["rectification", "objection"], "Sophie Lemoine <sophie.lemoine.pro@gmail.com>",
  "adresse mail et newsletter",
  """Bonjour,

Lors de mon inscription à l'atelier j'avais donné l'adresse familiale (famille.lemoine@orange.fr) que mon ex-mari consulte encore. Merci de la supprimer et de la remplacer par celle-ci : sophie.lemoine.pro@gmail.com.

Et tant qu'on y est, je ne veux plus recevoir la newsletter, ni sur l'une ni sur l'autre.

Sophie"""),

m("fr-req-enfant-mineur-acces-parent", ["access"], "Karim Haddad <karim.haddad@outlook.fr>",
  "Séances de ma fille Inès",
  """Bonjour Madame,

Ma fille Inès (12 ans) a suivi 6 séances de coaching scolaire avec vous cet hiver. Elle traverse une période compliquée, le collège, les copines, et nous ne comprenons pas tout.

En tant que parents, nous souhaitons recevoir une copie des comptes rendus de séance et des questionnaires qu'elle a remplis.

Cordialement,
Karim Haddad"""),

m("fr-req-expat-japon-tout-supprimer-sauf-factures", ["erasure"], "Thomas Nguyen <thomas.nguyen@gmail.com>",
  "Départ au Japon",
  """Bonjour Sandra,

Je pars vivre à Osaka pour au moins cinq ans (mutation). Je ne pense pas reprendre de coaching en France. Je préfère partir léger : merci de supprimer mes données (fiche client, compte Systeme.io, notes). Je sais que vous devez garder les factures pour la compta, pas de souci.

Thomas""", cc="thomas.nguyen.osaka@gmail.com"),

m("fr-req-subject-only-desinscription", ["objection"], "Michèle Aubry <michele.aubry@orange.fr>",
  "Désinscription newsletter SVP", ""),

m("fr-req-grand-mere-decedee-temoignage", ["post_mortem"], "Lucas Perrin <lucas.perrin@etu.univ-tours.fr>",
  "témoignage de ma grand-mère",
  """Bonjour,

Ma grand-mère Odette Perrin est décédée en décembre. Elle avait fait un témoignage vidéo pour vous, où elle parle de sa retraite et de ses petits-enfants. On l'a découvert par hasard sur YouTube et ça a ému toute la famille.

On aimerait savoir si c'est possible d'avoir le fichier original de la vidéo. Ma mère (sa fille) est d'accord pour qu'elle reste en ligne.

Lucas Perrin"""),
# NEAR-LINE: grandson after a death asking for a file -> post_mortem only, whatever they ask.

m("fr-req-sante-consentement-retrait", ["withdraw_consent"], "Élodie Marchal <elodie.marchal@gmail.com>",
  "Données de santé",
  """Bonjour Sandra,

Au début de l'accompagnement j'avais signé le consentement pour la collecte de données de santé (j'étais en pleine FIV). Les choses ont changé, on a arrêté le parcours, et je n'ai plus envie d'en parler.

Je retire ce consentement. Merci de ne plus rien noter sur ce sujet.

Élodie"""),

m("fr-req-licencie-tout-savoir-qui", ["access"], "Pascal Renaud <pascal.renaud@free.fr>",
  "Qui a eu mes informations ?",
  """Madame,

Mon ex-employeur a fait allusion, lors de l'entretien préalable, à des "difficultés personnelles" que je n'avais évoquées qu'avec vous pendant le coaching qu'il finançait.

Je veux savoir à qui vous avez transmis des informations me concernant, lesquelles, et quand. Et je veux la liste complète de ce que vous détenez sur moi.

Pascal Renaud"""),

m("fr-req-familier-arreter-mails-et-tel", ["objection"], "Sandrine <sandrine.vaillant@gmail.com>",
  "stp",
  """Sandra, je t'aime bien hein, mais là avec le déménagement, le nouveau boulot et ma mère qui va pas bien je suis sous l'eau. Plus de mails promo ni de textos pour les stages s'il te plaît !! Je reviendrai vers toi quand ça ira mieux 😘
Sandrine""", mailer="iphone"),

m("fr-req-veuf-instructions-propres", ["post_mortem", "erasure"], "Jean-Pierre Vasseur <jp.vasseur@wanadoo.fr>",
  "Mes données, maintenant et plus tard",
  """Bonjour Madame,

Depuis la mort de ma femme j'ai suivi vos ateliers deuil et ça m'a aidé. Je n'en ai plus besoin. Je vous demande d'effacer dès maintenant mon inscription et mes coordonnées.

Et si par hasard il restait quelque chose chez vous le jour où je partirai à mon tour, que personne n'y ait accès, même pas mes fils.

Jean-Pierre Vasseur"""),
# NEAR-LINE: own erasure now + own post-death instruction -> erasure + post_mortem.

m("fr-req-rectif-note-erronee", ["rectification"], "Céline Barbier <celine.barbier@gmail.com>",
  "Fiche de suivi",
  """Bonjour Sandra,

En relisant la fiche de suivi que vous m'avez envoyée après la 3e séance, j'ai vu écrit que j'avais "deux enfants". J'en ai trois, Gabriel est né en janvier ! Et ma situation : je ne suis plus "en couple" mais séparée depuis mars.

Pouvez-vous corriger ces deux points ? Ça compte pour la suite du travail sur l'équilibre pro/perso.

Merci !
Céline"""),

m("fr-req-avocat-mandat-effacement", ["erasure"], "Cabinet Rousseau <contact@rousseau-avocat.fr>",
  "M. Éric BLONDEL — demande d'effacement (art. 17 RGPD)",
  """Madame,

Je vous écris au nom et pour le compte de Monsieur Éric BLONDEL, dont vous trouverez le mandat en pièce jointe.

Mon client a mis fin à l'accompagnement que vous lui dispensiez en 2025. Les données le concernant ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées ; il vous demande en conséquence leur effacement en application de l'article 17.1.a du RGPD, à l'exception de celles que vous seriez légalement tenue de conserver.

Je vous remercie de me confirmer l'exécution de cette demande dans le délai d'un mois.

Maître Paul Rousseau
Avocat — 14 boulevard George Sand, 36000 Châteauroux""",
  attachments=[("docx", "Mandat-BLONDEL.docx", "MANDAT\nJe soussigne Eric BLONDEL donne mandat a Maitre Paul ROUSSEAU\npour exercer mes droits au titre du RGPD aupres de Floraison de Soi.\nFait a Chateauroux")]),

m("fr-req-mineur-retrait-questionnaire", ["withdraw_consent"], "Valérie Moulin <valerie.moulin@orange.fr>",
  "Questionnaire de Hugo pour votre étude",
  """Bonjour Sandra,

Hugo m'a dit que le questionnaire qu'il a rempli à la fin du stage ados allait servir pour "une étude" et un article. Je n'avais pas bien compris ça quand j'ai signé.

Je préfère retirer mon accord : merci de ne pas utiliser les réponses d'Hugo pour l'étude ni pour un article. Le reste ne pose pas de problème.

Valérie Moulin (maman d'Hugo, 14 ans)"""),

m("fr-req-coach-concurrente-portabilite-html", ["portability"], "Anne-Sophie Girard <as.girard@gmail.com>",
  "Transfert vers ma nouvelle coach",
  """Bonjour Sandra,

Comme je vous l'ai annoncé, je continue mon chemin avec Delphine Morin, qui est spécialisée dans l'accompagnement des proches aidants (ma mère vient d'entrer en EHPAD et c'est devenu mon sujet principal).

Pouvez-vous lui envoyer directement mon dossier numérique (questionnaires, auto-évaluations, objectifs) ? delphine.morin.coaching@gmail.com. Un format standard serait parfait pour qu'elle l'intègre à son outil.

Merci pour ces deux belles années.
Anne-Sophie""", html="only"),

m("fr-req-acces-enregistrements", ["access"], "Rémi Charpentier <remi.charpentier@gmail.com>",
  "enregistrements des séances",
  """Bonjour,

Pendant ma période de chômage j'ai fait quatre séances en visio avec vous, et vous m'aviez demandé si vous pouviez enregistrer pour votre supervision. Je me demande si ces enregistrements existent toujours.

Si oui, pourriez-vous m'en envoyer une copie ? J'aimerais les réécouter maintenant que j'ai retrouvé du travail, pour mesurer le chemin.

Rémi"""),

m("fr-req-tout-arreter-multi", ["erasure", "objection"], "Corinne Lagarde <corinne.lagarde@gmail.com>",
  "Assez",
  """Madame Delomenie,

J'ai demandé il y a deux mois de ne plus recevoir vos emails. J'en reçois encore. Ma sœur est morte en février et chaque mail "prenez soin de vous 🌸" me met hors de moi.

Je vous demande de cesser tout envoi, immédiatement, et d'effacer l'intégralité de mes données. Je n'ai plus rien à faire chez vous.

C. Lagarde""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", """🌸 La lettre de mai — Prendre soin de soi quand tout vacille
Bonjour Corinne,
Ce mois-ci, je vous propose trois rituels doux pour...""")),

m("fr-req-ex-client-rgpd-complet", ["access", "rectification"], "Martine Joly <martine.joly@orange.fr>",
  "Mes données",
  """Bonjour,

Je suis à la retraite depuis peu et j'en profite pour faire du rangement dans ma vie numérique. J'aimerais connaître la liste des informations que vous avez sur moi.

Et j'ai remarqué sur vos mails que mon nom est écrit "Martine Jolly" : c'est Joly avec un seul l. Merci de corriger.

Martine Joly""", mailer="orange"),

m("fr-req-ado-majeur-retrait-video-erasure", ["withdraw_consent"], "Noah Lefranc <noah.lefranc@gmail.com>",
  "vidéo stage confiance",
  """Bonjour,

J'ai fait votre stage confiance en soi quand j'avais 16 ans, et il y a une vidéo de moi sur votre chaîne où je parle de harcèlement au lycée. J'ai 18 ans maintenant, je rentre en école d'ingé et franchement j'ai pas envie que ça me suive.

Ma mère avait donné l'autorisation à l'époque mais maintenant c'est moi qui décide je crois : je retire mon accord, merci d'enlever la vidéo.

Noah"""),

m("fr-req-hesitant-ne-sait-pas-finalement-limiter", ["restriction"], "Bérénice Laval <berenice.laval@gmail.com>",
  "je ne sais pas trop comment formuler",
  """Bonjour Sandra,

Je ne sais pas trop comment formuler ça. Mon mari et moi traversons une crise, il a trouvé vos mails dans ma boite et maintenant il veut "savoir ce que je raconte à ma coach". Je ne veux pas arrêter mon accompagnement, au contraire.

J'avais pensé vous demander de tout supprimer, mais en fait ça n'aurait pas de sens, on perdrait tout le travail. Est-ce que vous pourriez simplement geler mon dossier — ne rien m'envoyer par mail, ne rien partager — jusqu'à ce qu'on se revoie en personne ?

Merci,
Bérénice"""),
# NEAR-LINE: "geler", no deletion -> restriction only.

m("fr-req-qp-long-enterre-demande", ["access"], "Agnès Poulain <agnes.poulain@free.fr>",
  "Des nouvelles (et une question)",
  """Bonjour Sandra,

Je vous donne des nouvelles comme promis. L'opération de ma mère s'est bien passée, elle est rentrée chez elle et je fais les allers-retours Vierzon–Issoudun trois fois par semaine. C'est épuisant mais je tiens, en partie grâce aux outils qu'on a travaillés ensemble, surtout la "météo intérieure" du matin.

Au travail, ma responsable a été compréhensive, j'ai pu passer à 80 % jusqu'à l'été. Mon fils a eu son permis (ouf, il peut faire les courses de sa grand-mère).

Je me suis inscrite à la chorale du village, vous m'aviez dit de garder un espace rien qu'à moi. On chante du Brassens, ça fait rire ma mère.

Sinon, petite question pratique : j'aimerais retrouver mes réponses au questionnaire de départ, celui de septembre, pour comparer avec aujourd'hui. Vous pouvez me les renvoyer ?

Je vous embrasse et à bientôt,
Agnès""", cte="qp"),

m("fr-req-pere-mort-compte-systemeio", ["post_mortem"], "Émilie Fournier <emilie.fournier@gmail.com>",
  "compte de mon père sur votre formation en ligne",
  """Bonjour,

Mon père, Serge Fournier, avait acheté votre formation en ligne "Préparer sa retraite sereinement" quelques mois avant son décès en avril. Je reçois les notifications sur son adresse que je gère maintenant.

Pouvez-vous fermer son compte et supprimer ses informations ? Je peux vous envoyer un justificatif si besoin.

Émilie Fournier""", html="alt"),

m("fr-req-formation-entreprise-salarie-efface", ["erasure"], "Hugo Delmas <hugo.delmas@gmail.com>",
  "Après mon départ de l'entreprise",
  """Bonjour,

J'ai suivi votre formation management en 2025, payée par mon ancien employeur (Bati-Berry). J'ai démissionné depuis, après un conflit avec la direction.

Je vous demande de supprimer les évaluations et les résultats du 360° me concernant, et de ne pas les transmettre à Bati-Berry si on vous les demande. Je ne veux plus rien avoir à faire avec eux.

Hugo Delmas"""),
# NEAR-LINE: "supprimer ... et ne pas transmettre" — deletion asked, so erasure (the transfer ban follows from deletion).

m("fr-req-adresse-ehpad", ["rectification"], "Jacqueline Roux <jacqueline.roux@orange.fr>",
  "changement d'adresse",
  """Bonjour Madame,

Je suis entrée en maison de retraite à Châteauroux. Ma fille écrit ce mail pour moi mais c'est bien moi qui demande.

Ma nouvelle adresse : Résidence Les Tilleuls, chambre 114, 3 allée Jean Moulin, 36000 Châteauroux. L'ancienne au 9 rue de la Gare n'est plus bonne.

Merci, et je continue à recevoir la lettre avec plaisir.
Jacqueline Roux"""),

m("fr-req-pseudo-anonyme-retrait-chat", ["erasure"], "F. M. <fm.anonyme@proton.me>",
  "webinaire du 18 — mes messages dans le chat",
  """Bonjour,

Pendant le webinaire sur les violences conjugales le 18, j'ai écrit dans le chat des choses très personnelles, sous mon vrai nom. Je ne me rendais pas compte que le replay et le chat étaient conservés.

Je vous demande de supprimer mes messages du chat et de couper la partie du replay où vous lisez mon message. Je suis en sécurité maintenant mais je ne veux laisser aucune trace.

Merci"""),

m("fr-req-retrait-consentement-newsletter-recontact", ["objection", "withdraw_consent"], "Gaëlle Simon <gaelle.simon@gmail.com>",
  "témoignage + mails",
  """Bonjour,

Deux petites choses après ce qui s'est passé avec mon ex-associé (le procès est en cours et je dois faire attention à tout) :
- je retire mon témoignage écrit de votre page Pro, je ne veux plus que mon nom d'entreprise y figure ;
- et merci de ne plus m'envoyer la newsletter.

Gaëlle Simon"""),

m("fr-req-patronyme-mariage", ["rectification"], "Élise Bertrand-Ka <elise.bertrand.ka@gmail.com>",
  "Nom d'usage",
  """Bonjour Sandra !

On s'est mariés samedi dernier au Sénégal, c'était magique. Je prends le nom d'usage Bertrand-Ka, merci de le mettre à jour dans mon dossier et sur mes prochaines factures.

À très vite,
Élise"""),

m("fr-req-formel-acces-sources", ["access"], "M. Serge Mallet <serge.mallet@sfr.fr>",
  "Demande au titre de l'article 15",
  """Madame,

Je reçois depuis trois semaines vos courriels alors que je ne me souviens pas m'être inscrit nulle part. Je viens de perdre mon épouse et je reçois beaucoup de sollicitations, ce qui me rend particulièrement méfiant.

Je vous prie de m'indiquer comment vous avez obtenu mon adresse électronique et quelles données me concernant vous détenez.

Serge Mallet"""),

m("fr-req-mere-mineur-transfer-psychologue", ["portability"], "Aline Robert <aline.robert@outlook.fr>",
  "Suivi de Manon vers la psychologue",
  """Bonjour Sandra,

Comme évoqué, Manon (11 ans) va désormais être suivie par une psychologue au CMP, le Dr Lenoir. Elle souhaiterait avoir les grilles et les questionnaires que Manon a remplis avec vous.

Pouvez-vous les lui transmettre sous forme de fichiers, directement ? Son adresse : cmp.lenoir@ch-issoudun.fr

Merci de tout ce que vous avez fait pour elle.
Aline Robert (maman de Manon)"""),

m("fr-req-plus-de-contact-du-tout", ["objection"], "Thierry Gauthier <thierry.gauthier@orange.fr>",
  "Plus de contact",
  """Madame,

Suite à mon accident du travail je suis en longue maladie. Je ne souhaite plus être recontacté par votre cabinet, ni par mail, ni par téléphone, ni par courrier. Je ne suis pas en état.

Thierry Gauthier""", mailer="orange"),

m("fr-req-changement-avis-finalement-que-newsletter", ["objection"], "Morgane Le Gall <morgane.legall@gmail.com>",
  "Suppression... ou pas",
  """Bonjour Sandra,

J'allais vous demander de supprimer mon compte et tout, parce que je déménage à Brest et que je ne pourrai plus venir aux ateliers. Et puis je me suis dit que j'aurai peut-être envie de refaire un stage en ligne un jour.

Donc on oublie la suppression. Par contre la newsletter hebdo c'est trop pour moi en ce moment, je préfère me désabonner.

Merci et à un de ces jours,
Morgane"""),
# NEAR-LINE: erasure considered then withdrawn in the same mail -> only the unsubscription counts.

m("fr-req-outlook-portabilite-reponse", ["portability"], "Vincent Lacroix <vincent.lacroix@hotmail.fr>",
  "RE: Votre bilan de fin d'accompagnement",
  """Bonjour Sandra,

Merci pour ce bilan très complet. Je change de région (nouvel emploi à Nantes, enfin !) et j'aimerais pouvoir réimporter mes auto-évaluations mensuelles dans l'application de suivi que j'utilise. Est-ce possible de les avoir en CSV ou JSON ?

Vincent""", quote=("outlook_fr", None, """Bonjour Vincent,

Vous trouverez ci-joint votre bilan de fin d'accompagnement. Ce fut un plaisir de vous accompagner pendant ces 10 mois.

Sandra Delomenie
Floraison de Soi""")),

m("fr-req-deuil-soeur-heritiere-acces", ["post_mortem"], "Carole Muller <carole.muller@gmail.com>",
  "ma sœur Nathalie Muller",
  """Bonjour Sandra,

Je suis la sœur de Nathalie Muller, qui était votre cliente. Nathalie s'est suicidée le 28 janvier. Nous essayons de comprendre, c'est sans doute vain.

Je sais qu'il y a le secret, mais est-ce que vous pourriez nous transmettre ce que vous avez d'elle ? Ses écrits, ses questionnaires ? Mes parents sont ses héritiers, ils sont d'accord et signeront ce qu'il faut.

Carole"""),

m("fr-req-questionnaire-reponses-copie-simple", ["access"], "Lina Martin <lina.martin@gmail.com>",
  "mes réponses au test",
  """Hello Sandra,
Je suis en pleine réflexion de reconversion (je quitte l'enseignement après 12 ans, gros saut) et je voudrais relire mes résultats au test des valeurs et au questionnaire de motivations qu'on avait faits. Tu pourrais me les renvoyer ?
Merci !
Lina""", mailer="apple"),

m("fr-req-erasure-compte-et-donnees", ["erasure"], "Gilles Perret <gilles.perret@gmail.com>",
  "Suppression compte + données",
  """Bonjour,

Après le décès de mon frère, que je ne parvenais plus à accompagner, j'avais acheté votre formation "Aidant sans s'épuiser". Elle n'a plus d'objet.

Merci de supprimer mon compte sur la plateforme et toutes les données qui y sont liées.

Gilles Perret"""),
# NEAR-LINE: death mentioned, but he writes about his OWN data -> erasure, not post_mortem.

m("fr-req-chomage-restriction-pole-emploi", ["restriction"], "Aurore Masson <aurore.masson@laposte.net>",
  "ne rien transmettre à France Travail",
  """Bonjour Sandra,

Mon conseiller France Travail m'a dit qu'il allait vous contacter pour avoir "le bilan" de mes séances (c'est lui qui m'avait orientée vers vous). Je ne suis pas à l'aise.

S'il vous plaît, ne lui transmettez rien de mon dossier et mettez-le en attente tant que je n'ai pas vu avec lui ce dont il a vraiment besoin. Je ne demande pas de le détruire.

Aurore"""),

m("fr-req-ami-ecrit-pour-lui-avec-procuration", ["erasure"], "Daniel Hoarau <daniel.hoarau@gmail.com>",
  "Pour mon ami Patrick Lenoir",
  """Bonjour Madame,

J'écris pour mon ami Patrick Lenoir, hospitalisé à la suite d'un AVC et qui ne peut pas utiliser un ordinateur pour l'instant. Il m'a signé une procuration (jointe) pour ses démarches, dont celle-ci : il souhaite que vous effaciez ses données, il ne reprendra pas le coaching.

Vous pouvez l'appeler à l'hôpital pour confirmer, il parle lentement mais très clairement.

Daniel Hoarau""", attachments=[("pdf", "procuration-Lenoir.pdf", "Procuration - Patrick LENOIR donne pouvoir a Daniel HOARAU")]),
# NEAR-LINE: a friend with a signed mandate writes for a living adult -> request (mandate), not a third-party negative.

m("fr-req-sms-et-numero", ["objection", "rectification"], "Fanny Collin <fanny.collin@gmail.com>",
  "nouveau numéro et plus de SMS",
  """Bonjour,
Nouveau numéro : 06 12 90 33 47 (l'ancien 06 70 41 18 22 n'est plus le mien, c'est mon ex qui l'a gardé !). Et je préfère ne plus recevoir les SMS de rappel des ateliers promo, juste les mails.
Fanny"""),

m("fr-req-divorcee-acces-ce-que-mari-a-dit", ["access"], "Hélène Dufour <helene.dufour@icloud.com>",
  "séances de couple",
  """Bonjour,

Mon ex-mari et moi avions fait 3 séances "de couple" avec vous en 2024, avant la séparation. Je voudrais une copie des notes me concernant et de ce que j'ai rempli (le questionnaire "attentes dans le couple").

Je ne demande pas ce qui concerne uniquement mon ex, évidemment.

Hélène Dufour"""),

m("fr-req-formation-rh-portabilite-salaries", ["portability"], "Laetitia Vernet <laetitia.vernet@gmail.com>",
  "mon certificat et mes évaluations",
  """Bonjour,

Je quitte l'association où je travaillais (plan social) et je perds l'accès à l'intranet où étaient stockées mes évaluations de la formation "Posture de manager". Vous les aviez exportées pour nous à l'époque.

Pouvez-vous me renvoyer mes propres évaluations dans un fichier réutilisable ? J'en aurai besoin pour mon dossier VAE.

Laetitia Vernet"""),

m("fr-req-erasure-cc-mari", ["erasure"], "Annie Lopez <annie.lopez@orange.fr>",
  "Annie Lopez - effacement",
  """Bonjour Madame,

Je vous demande d'effacer les données me concernant. Je mets mon mari en copie parce que c'est lui qui m'avait offert les séances pour mes 60 ans, il est au courant.

Annie""", cc="Michel Lopez <michel.lopez@orange.fr>"),

m("fr-req-vocal-enregistrement-retrait", ["withdraw_consent"], "Romain Lucas <romain.lucas@gmail.com>",
  "enregistrement pour le podcast",
  """Salut Sandra,

Tu m'avais enregistré pour le podcast "Rebondir" en racontant mon licenciement et comment j'ai monté ma boîte. Mon ancien employeur m'attaque maintenant pour concurrence déloyale et mon avocate m'a conseillé de faire retirer tout ce qui est public.

Je suis désolé de te faire ça, mais je retire mon accord pour la diffusion. Tu peux l'enlever ?

Romain"""),

m("fr-req-restriction-avant-decision", ["restriction"], "Nicole Guillot <nicole.guillot@wanadoo.fr>",
  "mettre en pause",
  """Madame Delomenie,

Je voulais arrêter et tout supprimer. Mon fils dit qu'il faut attendre que la procédure avec l'assurance soit finie, on aura peut-être besoin de prouver que j'étais suivie après l'accident.

Alors gardez tout, mais ne vous en servez pas, ne m'envoyez rien, comme si c'était rangé dans un tiroir fermé. Je vous redirai.

Nicole Guillot"""),

m("fr-req-suisse-newsletter-portabilite-multi", ["portability", "objection"], "Céline Rochat <celine.rochat@gmx.ch>",
  "Départ pour Genève",
  """Bonjour Sandra,

Je pars travailler à Genève, fini les ateliers à Issoudun ! Je voudrais récupérer les fichiers de mon parcours (carnet, objectifs, bilans) dans un format que je puisse importer ailleurs, et me désabonner de vos mails d'information sur les ateliers locaux qui ne me concernent plus.

Merci pour tout et à une prochaine,
Céline""", mailer="apple"),

m("fr-req-8bit-acces-donnees-sante", ["access"], "Patrice Bouvier <patrice.bouvier@orange.fr>",
  "Données de santé",
  """Bonjour,

Je suis en invalidité depuis l'an dernier. Le médecin-conseil me demande des éléments sur ma période de suivi. Pouvez-vous m'envoyer la copie de ce que vous avez noté sur ma santé pendant l'accompagnement ?

Patrice Bouvier""", cte="8bit"),

m("fr-req-veuve-post-mortem-recuperer-photos", ["post_mortem"], "Bernadette Caron <bernadette.caron@orange.fr>",
  "photos de mon mari",
  """Bonjour Sandra,

René est parti le mois dernier. Vous aviez fait de belles photos de lui lors de la journée "Retraités en mouvement" l'an passé, il riait. Je n'ai presque pas de photos récentes de lui.

Est-ce que vous pourriez me les envoyer ? Et après, je préfère qu'elles ne restent pas sur votre site.

Avec toute ma gratitude,
Bernadette""", mailer="iphone"),

m("fr-req-rectif-adresse-facture-entreprise", ["rectification"], "Yasmine Bouzid <yasmine.bouzid@gmail.com>",
  "Mon adresse postale",
  """Bonjour,

Après la vente de la maison (divorce oblige...) j'habite maintenant 22 rue Pierre Brossolette, 36100 Issoudun. L'ancienne adresse route de Vatan n'est plus valable, vous pouvez la retirer de ma fiche.

Yasmine"""),

m("fr-req-gmail-fwd-demande-amie", ["erasure"], "Odile Pasquier <odile.pasquier@gmail.com>",
  "Fwd: ma demande de suppression",
  """Bonjour Sandra,

Je vous fais suivre le message que j'avais envoyé à l'adresse orange en janvier, sans réponse (je sais que vous avez eu votre maman hospitalisée, pas de souci). Ma demande tient toujours.

Odile""", quote=("fwd_fr", "Odile Pasquier <odile.pasquier@gmail.com>", """Bonjour,
Pouvez-vous supprimer l'ensemble de mes données personnelles de vos fichiers ? J'ai terminé mon accompagnement et je n'en ai plus besoin.
Merci,
Odile Pasquier"""), to="contact@floraisondesoi.fr"),

m("fr-req-formulaire-site-acces", ["access"], "Formulaire Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Christophe Morin",
  """Nom : Christophe Morin
Email : christophe.morin@gmail.com
Téléphone : 06 33 21 90 17
Sujet : Mes données

Message :
Bonjour, suite au décès de mon associé j'ai fermé notre cabinet et je reprends mes affaires une par une. Je voudrais savoir quelles informations vous avez sur moi (j'ai fait un bilan en 2023). Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  reply_to="Christophe Morin <christophe.morin@gmail.com>", to="contact@floraisondesoi.fr",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.1"}),

m("fr-req-retrait-consentement-whatsapp-groupe", ["withdraw_consent", "erasure"], "Marion Fabre <marion.fabre@gmail.com>",
  "Je me retire",
  """Bonjour Sandra,

La vie m'a emmenée ailleurs (nouveau travail de nuit à l'hôpital, plus d'énergie pour rien). Je retire mon accord pour apparaître dans la vidéo de présentation du cercle, et je veux que vous effaciez toutes mes données, y compris mon numéro dans le groupe WhatsApp.

Merci pour ces moments,
Marion"""),

m("fr-req-rectif-diplome-pro", ["rectification"], "Sébastien Roy <sebastien.roy@outlook.fr>",
  "Erreur dans mon profil",
  """Bonjour,

En préparant mon entretien pour le nouveau poste (après 8 mois de chômage, croisons les doigts), j'ai relu la synthèse du bilan : il est écrit que j'ai un BTS, alors que c'est un DUT GEA. Et mon dernier poste était responsable logistique, pas "chef d'équipe".

Pouvez-vous compléter et corriger la synthèse ?

Sébastien Roy"""),

m("fr-req-objection-photos-reseaux", ["objection"], "Christelle Adam <christelle.adam@gmail.com>",
  "Pas de photos",
  """Bonjour Sandra,

Je m'inscris à l'atelier du 14 malgré tout ce qui se passe (mon ex me harcèle, j'ai déposé plainte). Je m'oppose à ce que ma présence soit mentionnée sur les réseaux, d'une façon ou d'une autre : pas de tag, pas de photo de groupe, pas de "merci à Christelle".

Je compte sur vous,
Christelle"""),
# NEAR-LINE: objecting to future publication (not withdrawing a given consent) -> objection.

m("fr-req-ancien-participant-sup-groupe-facebook", ["erasure"], "Ludovic Barre <ludovic.barre@gmail.com>",
  "groupe privé",
  """Salut,
je suis toujours dans le groupe facebook de la formation 2024 alors qu'elle est finie depuis longtemps, je viens de perdre mon taf et j'ai pas envie de voir les autres poster leurs réussites. Vous pouvez me retirer du groupe et effacer mes messages et mes infos qui y sont ?
Ludo"""),

m("fr-req-subject-only-supprimer", ["erasure"], "Raymond Gilbert <raymond.gilbert@orange.fr>",
  "Merci de supprimer toutes mes données personnelles de vos fichiers", "",
  mailer="orange"),

m("fr-req-b64-longue-lettre-multi", ["access", "restriction"], "Brigitte Lacombe <brigitte.lacombe@gmail.com>",
  "Ma situation",
  """Madame,

Je vous écris parce que je ne sais plus vers qui me tourner. Mon ancien compagnon, avec qui j'ai fait un coaching "projet de vie" chez vous en 2024, m'assigne en justice au sujet de l'achat de notre maison. Il prétend que j'avais "toujours voulu le quitter" et parle d'éléments que "la coach a notés".

D'abord, je veux savoir exactement ce que vous avez noté à mon sujet : une copie de tout, s'il vous plaît.

Ensuite, si jamais on vous demande quelque chose, je vous demande de ne rien communiquer et de ne plus utiliser mon dossier pour quoi que ce soit, jusqu'à la fin de la procédure. Je ne veux pas qu'il soit effacé : il pourrait m'être utile.

Je vous remercie infiniment.
Brigitte Lacombe""", cte="b64"),

m("fr-req-objection-appels-prospection-belge", ["objection"], "Jean-Luc Dethier <jl.dethier@proximus.be>",
  "Démarchage",
  """Bonjour,

Je reçois vos mails de prospection depuis que j'ai assisté à votre conférence à Liège. Entretemps ma société a été mise en faillite et, franchement, les offres de coaching "booster votre business" tombent mal. Je vous demande d'arrêter de m'envoyer vos offres commerciales.

Salutations,
Jean-Luc Dethier"""),

m("fr-req-nouvelle-compagne-mail-rectif", ["rectification"], "Pierre-Yves Morel <py.morel@gmail.com>",
  "mauvais mail",
  """Bonjour,
Vos confirmations partent sur py.morel@hotmail.fr, une vieille adresse que je ne consulte plus depuis... longtemps. Merci de la remplacer par celle-ci.
Pierre-Yves"""),

m("fr-req-acces-et-portabilite-retraite", ["access", "portability"], "Francine Blanchard <francine.blanchard@orange.fr>",
  "Archives",
  """Bonjour Sandra,

Je pars en retraite et je range. Je voudrais savoir tout ce que vous conservez de nos trois ans de travail ensemble, et recevoir mes bilans et mon journal dans un format numérique que mon petit-fils saura importer dans mon nouvel ordinateur.

Merci !
Francine"""),

m("fr-req-heritier-mail-simple", ["post_mortem"], "Antoine Marie <antoine.marie@gmail.com>",
  "décès de ma mère Danielle Marie",
  """Bonjour,
Ma mère Danielle Marie est décédée. Je vous remercie de supprimer son compte et de ne plus lui écrire.
Antoine Marie, son fils"""),

m("fr-req-mineur-rectif-parent", ["rectification"], "Caroline Besson <caroline.besson@gmail.com>",
  "fiche de Jules",
  """Bonjour Sandra,

Sur la fiche d'inscription de Jules (10 ans) au stage des vacances, vous avez noté que son père était le contact en cas d'urgence. Nous sommes séparés depuis janvier et il vit maintenant à Toulouse : c'est moi, Caroline, au 06 88 14 27 50, qui dois être le contact.

Merci de corriger.
Caroline"""),

m("fr-req-retrait-consentement-cookies", ["withdraw_consent"], "Matthieu Faure <matthieu.faure@gmail.com>",
  "cookies",
  """Bonjour,
J'avais accepté les cookies de mesure d'audience sur votre site en cliquant trop vite. Je retire ce consentement. Je ne trouve pas le bouton pour le faire moi-même.
Matthieu Faure"""),
m("fr-req-proces-voisin-restriction-acces", ["restriction", "access"], "Gérard Lebrun <gerard.lebrun@orange.fr>",
  "Mon dossier et le procès",
  """Bonjour Madame,

Vous savez que je suis en procès avec mon voisin depuis deux ans pour cette histoire de mur. L'expert judiciaire a demandé "tout document attestant de mon état psychologique".

Avant de décider quoi que ce soit, envoyez-moi une copie de mes fiches pour que je voie ce qu'il y a dedans. Et en attendant, ne les transmettez à personne, même si l'expert vous écrit directement, et ne les utilisez plus.

Gérard Lebrun""", mailer="orange"),

m("fr-req-sortie-hopital-restriction-newsletter", ["restriction", "objection"], "Maëlle Fontaine <maelle.fontaine@gmail.com>",
  "après l'hôpital",
  """Bonjour Sandra,

Je sors de trois semaines d'hospitalisation en psychiatrie. Je vais mieux. J'ai besoin de calme :
- plus de newsletter ni de mails d'info sur les stages ;
- et mon dossier, gardez-le mais ne vous en servez pas, on verra ensemble quand je serai prête à reprendre. Surtout ne le supprimez pas.

Merci de votre patience avec moi,
Maëlle"""),

m("fr-req-rectif-et-limitation-sante", ["rectification", "restriction"], "Josiane Perrier <josiane.perrier@wanadoo.fr>",
  "erreurs dans ma fiche",
  """Bonjour,

Dans la fiche que vous m'avez remise, mon adresse est encore celle d'avant le veuvage (je suis maintenant au 3 rue Danton, 36100 Issoudun, merci de remplacer).

Plus grave, il est écrit que je prends des antidépresseurs : c'est faux, c'était un somnifère pendant un mois. Je conteste cette mention ; d'ici à ce qu'on en parle, ne vous en servez pas et ne la montrez à personne.

Josiane Perrier"""),

m("fr-req-acces-rectif-retraite-date-naissance", ["access", "rectification"], "Michel Drouet <michel.drouet@free.fr>",
  "vérification",
  """Bonjour,

Pour mon dossier de retraite, je recoupe toutes les informations me concernant. Pouvez-vous m'envoyer ce que vous avez dans mon dossier ? Je crois que ma date de naissance est fausse chez vous (c'est le 11/02/1961) : si c'est le cas, corrigez-la.

Michel Drouet"""),

m("fr-req-deuil-conjoint-newsletter-et-effacement-propre", ["objection", "rectification"], "Agathe Morin <agathe.morin@gmail.com>",
  "newsletter au nom de « M. et Mme Morin »",
  """Bonjour Sandra,

Depuis le décès de Bertrand, votre lettre arrive encore adressée à « M. et Mme Morin ». Pour moi, ce serait simplement Agathe Morin désormais ; merci de corriger.

Et pour être honnête, même à mon nom seul, je préfère ne plus la recevoir pendant quelque temps : désinscrivez-moi s'il vous plaît.

Agathe"""),
# NEAR-LINE: widow writing about her OWN record (name on the mailing) -> rectification + objection, not post_mortem.

m("fr-req-portabilite-acces-reconversion-infirmiere", ["portability", "access"], "Sonia Benoît <sonia.benoit@laposte.net>",
  "Mes données pour ma nouvelle formation",
  """Bonjour,

Je commence en septembre la formation d'infirmière (à 42 ans, après mon licenciement !). L'école propose un suivi avec une conseillère qui aimerait voir mon parcours.

Pouvez-vous me dire ce que vous avez gardé de mon bilan, et me fournir mes tests et mon plan d'action en fichiers numériques réutilisables, que je puisse lui transférer ?

Merci beaucoup,
Sonia"""),
]
