from rec import R

PDF_ID = "Carte nationale d'identite - copie - usage exclusif demande RGPD Floraison de Soi"

RECORDS = [
R("fr-req-hypo-effacement-si-plus-cliente", ["erasure"],
  "Ma situation depuis la fin de l'accompagnement",
  """Bonjour Sandra,

J'espère que vous allez bien. Comme je ne compte pas reprendre de séances (non pas que ça ne m'ait pas aidée, bien au contraire, mais la vie a pris un autre tour depuis mon déménagement à Tours), et que si jamais je devais un jour recommencer un travail de ce genre je repartirais de toute façon de zéro, alors autant que vous effaciez dès maintenant tout ce que vous avez gardé sur moi — fiches, notes de séance, questionnaires, adresse — plutôt que de le conserver pour rien.

Merci pour tout, sincèrement.
Nadège Poirier""",
  frm="Nadège Poirier <nadege.poirier37@gmail.com>"),

R("fr-req-moi-meme-desinscrit-mais", ["objection"],
  "newsletter encore reçue",
  """Bonjour,

Je me suis pourtant désinscrite moi-même de la lettre d'information via le lien en bas de page en février (j'ai même reçu la page « vous êtes bien désinscrit »), mais comme elle continue d'arriver chaque mois sur mon adresse pro et que je ne sais pas si c'est une deuxième liste ou un bug de Systeme.io, je vous serais reconnaissante de bien vouloir me retirer vous-même de toutes vos listes d'envoi, quelles qu'elles soient.

Cordialement,
Bérénice Tardieu""",
  frm="Bérénice Tardieu <b.tardieu@cabinet-tardieu-conseil.fr>",
  quote=dict(style="outlook", who="Floraison de Soi <contact@floraisondesoi.fr>", subject="🌸 La lettre de mars : oser dire non",
             text="Chère abonnée,\nCe mois-ci, parlons de l'art de poser ses limites...\nSe désinscrire : https://floraisondesoi.systeme.io/unsubscribe")),

R("fr-req-meme-si-temoignage-retire", ["withdraw_consent"],
  "Mon témoignage sur votre page d'accueil",
  """Bonjour Sandra,

Même si j'avais à l'époque signé sans hésiter l'autorisation de publier mon témoignage avec ma photo (et je ne regrette pas ce que j'y disais, c'était vrai), ma situation professionnelle a changé — je suis maintenant en poste dans une structure où mes collègues pourraient tomber dessus — et je souhaite donc retirer mon accord : pourriez-vous l'enlever du site et de la page Facebook ?

Je vous remercie de votre compréhension,
Amandine R.""",
  frm="Amandine Rivière <amandine.riviere@outlook.fr>"),

R("fr-req-acces-copie-notes-apres-conflit", ["access"],
  "Demande de copie de mes notes de séance",
  """Madame Delomenie,

Sans vouloir remettre en cause la qualité de votre travail — je tiens à le préciser d'emblée, car ma démarche pourrait être mal interprétée — et dans la mesure où je prépare un dossier pour mon médecin du travail qui souhaite comprendre le parcours que j'ai suivi entre septembre et décembre 2024, je vous demande de bien vouloir me communiquer une copie des notes que vous avez prises lors de nos séances ainsi que mes réponses au questionnaire initial.

Je reste disponible si vous avez besoin d'une pièce d'identité.

Bien à vous,
Guillaume Ferrand
12 allée des Tilleuls, 36000 Châteauroux""",
  frm="Guillaume Ferrand <guillaume.ferrand@laposte.net>"),

R("fr-req-rectif-nom-epouse-parenthese", ["rectification"],
  "Nom sur les attestations",
  """Bonjour,

Petite chose (pas urgente du tout, je sais que vous êtes en pleine période de stages) : depuis mon divorce je ne porte plus le nom Lemaire, et comme il figure encore sur ma fiche et donc sur les attestations de formation que vous m'envoyez, pouvez-vous le remplacer par mon nom de naissance, Coutant, en gardant le même prénom et la même adresse mail ?

Merci d'avance,
Sabine Coutant (ex-Lemaire)""",
  frm="Sabine Coutant <sabine.coutant@free.fr>", html="alt"),

R("fr-req-portabilite-nouvelle-coach", ["portability"],
  "Transmission de mon dossier",
  """Bonjour Sandra,

Comme je vous l'avais dit de vive voix lors de notre dernière séance (et je vous remercie encore d'avoir si bien pris la nouvelle), je poursuis désormais mon accompagnement avec une sophrologue près de chez moi à Vierzon ; pour éviter de tout réexpliquer depuis le début — ce qui, vous le savez, m'épuise — serait-il possible de me transmettre mes questionnaires et fiches de suivi dans un format numérique qu'elle pourra réutiliser, un tableur ou un fichier CSV par exemple, ou de les lui envoyer directement à l'adresse cabinet.sophro.vierzon@gmail.com ?

Avec toute ma gratitude,
Éliane""",
  frm="Éliane Marteau <eliane.marteau@orange.fr>"),

R("fr-req-restriction-conteste-note", ["restriction"],
  "Contestation d'une mention dans mon dossier",
  """Bonjour Madame,

Lors de mon bilan de fin de formation, j'ai pu lire par-dessus votre épaule (je m'en excuse, ce n'était pas voulu) une mention indiquant que j'aurais « abandonné deux modules », ce qui est inexact puisque j'étais en arrêt maladie justifié ; tant que nous n'avons pas éclairci ce point, et même si je comprends que vous deviez conserver le dossier pour l'organisme financeur, je vous demande de ne plus utiliser cette information ni de la transmettre à qui que ce soit.

Cordialement,
Hervé Lambert""",
  frm="Hervé Lambert <herve.lambert36@sfr.fr>"),
# NEAR-LINE: contests accuracy and asks to stop using it meanwhile -> restriction only (no correction value given)

R("fr-req-postmortem-fille-maman", ["post_mortem"],
  "Maman",
  """Bonjour Madame Delomenie,

Je suis la fille de Monique Barbier, qui a suivi plusieurs de vos ateliers « Cercle de femmes » en 2023 et 2024 et qui nous a quittés le 4 mars dernier ; si jamais vous aviez encore des documents à son nom (elle parlait souvent d'un carnet d'exercices qu'elle vous avait confié), alors ma sœur et moi aimerions les récupérer, et pour le reste nous souhaitons que son adresse soit retirée de vos envois, car recevoir votre lettre à son nom est assez douloureux.

Vous trouverez l'acte de décès en pièce jointe.

Avec mes remerciements,
Claire Barbier-Noël""",
  frm="Claire Barbier-Noël <claire.barbiernoel@gmail.com>",
  att=[("pdf", "acte_deces_Monique_Barbier.pdf", "Extrait d'acte de deces - Monique Barbier - Issoudun 2026")]),

R("fr-req-retrait-consentement-sante", ["withdraw_consent"],
  "Consentement données de santé",
  """Bonjour Sandra,

J'ai relu le contrat que j'avais signé en octobre (je l'avais fait un peu vite, je l'avoue) et, même si je continue volontiers l'accompagnement, je retire le consentement que j'avais donné pour la collecte de mes données de santé : je préfère désormais ne plus en parler en séance, et ce que je vous avais indiqué sur mon traitement ne doit plus être pris en compte ni conservé à ce titre.

Bonne journée,
Lucie""",
  frm="Lucie Hamon <lucie.hamon@hotmail.fr>"),
# NEAR-LINE: health-data consent withdrawn while continuing -> withdraw_consent only

R("fr-req-opposition-prospection-tel", ["objection"],
  "Appels",
  """Bonjour,

Sans vouloir être désagréable (vous êtes sûrement débordée et je sais que ce n'est pas vous personnellement qui appelez), c'est la troisième fois en un mois qu'une personne de votre part me téléphone pour me proposer la nouvelle formation en communication bienveillante, alors que j'avais juste téléchargé votre ebook l'an dernier ; je m'oppose à ce que mon numéro serve encore à me démarcher, par téléphone comme par SMS.

Merci,
M. Dubreuil""",
  frm="Marc Dubreuil <marc.dubreuil@wanadoo.fr>"),

R("fr-req-acces-et-effacement-ancien-client", ["access", "erasure"],
  "Mes données - ancien client 2021",
  """Madame,

Ayant été votre client en 2021 pour trois séances de coaching (que j'ai réglées par virement, ce qui explique peut-être que vous ayez encore mon RIB), et n'ayant plus eu de contact avec vous depuis, je souhaiterais savoir précisément quelles données vous détenez encore me concernant puis, une fois que vous m'aurez répondu, qu'elles soient supprimées, à l'exception bien sûr de ce que la comptabilité vous oblige à garder.

Veuillez agréer, Madame, mes salutations distinguées.

Jean-Pierre Vasseur""",
  frm="Jean-Pierre Vasseur <jp.vasseur@orange.fr>", cte="quoted-printable"),

R("fr-req-euphemisme-disparaitre", ["erasure"],
  "une question un peu délicate",
  """coucou Sandra

bon je vais pas y aller par quatre chemins meme si c'est un peu gênant a écrire : j'aimerais un peu "disparaître" de chez vous, c'est a dire que plus rien ne reste de moi dans vos fichiers, vos mails, le groupe, tout ça, parce que je traverse une période ou j'ai besoin de couper avec tout ce qui me rappelle l'an dernier (rien a voir avec vous hein)

merci de ne pas m'en vouloir
Jess""",
  frm="Jessica <jessy.lmb@gmail.com>"),
# NEAR-LINE: euphemistic "disparaître ... plus rien ne reste de moi dans vos fichiers" = erasure of all data

R("fr-req-belge-rectif-adresse", ["rectification"],
  "Changement d'adresse",
  """Bonjour Madame Delomenie,

Nous avons déménagé septante jours à peine après la fin du stage (on ne savait plus où mettre les caisses !), et comme vous m'aviez dit que vous enverriez par la poste le livret du module 2, je me permets de vous communiquer ma nouvelle adresse pour que vous la mettiez à jour : Rue des Tanneurs 14, 7500 Tournai, Belgique, à la place de l'ancienne à Mouscron.

Bien à vous, et à tantôt peut-être,
Françoise Vandenberghe""",
  frm="Françoise Vandenberghe <f.vandenberghe@skynet.be>"),

R("fr-req-suisse-portabilite-acces", ["access", "portability"],
  "Demande selon la LPD / RGPD",
  """Bonjour,

Résidant à Lausanne mais ayant suivi votre formation en ligne depuis la Suisse (ce qui, je le suppose, relève quand même du RGPD puisque vous êtes établie en France), je vous saurais gré de m'indiquer quelles données personnelles vous traitez à mon sujet et de m'en fournir une copie dans un format structuré et lisible par machine, JSON ou CSV, afin que je puisse l'importer dans mon propre outil de suivi.

Avec mes meilleures salutations,
Nicolas Rochat""",
  frm="Nicolas Rochat <nicolas.rochat@bluewin.ch>"),

R("fr-req-quebec-desabonnement", ["objection"],
  "Courriels promotionnels",
  """Allô,

Je vous écris parce que, même si j'ai bien aimé votre webinaire sur l'estime de soi (c'était vraiment bon, pis je l'ai partagé à ma chum), je reçois maintenant trois courriels par semaine pour des ateliers en France où je ne pourrai jamais aller à partir de Sherbrooke ; pourriez-vous m'enlever de votre liste d'envoi, s'il vous plaît ?

Merci ben gros,
Geneviève Tremblay""",
  frm="Geneviève Tremblay <gen.tremblay@videotron.ca>"),

R("fr-req-avocat-mandat-acces-rectif", ["access", "rectification"],
  "Mme Ophélie MARTIN c/ — exercice des droits – mandat",
  """Madame,

J'interviens en qualité de conseil de Madame Ophélie MARTIN, qui m'a donné mandat, dont copie jointe, pour exercer en son nom les droits qu'elle tient des articles 15 et 16 du Règlement (UE) 2016/679.

Ma cliente, qui a participé à votre formation « Manager avec bienveillance » dans le cadre d'un financement de son employeur, et bien qu'elle n'entende pas à ce stade remettre en cause la prestation elle-même, souhaite obtenir la communication de l'ensemble des données la concernant, y compris les évaluations transmises à l'employeur, et la rectification de la date de naissance erronée (12/07/1985 au lieu du 21/07/1985) qui figure sur l'attestation de fin de formation.

Je vous remercie de me faire parvenir ces éléments dans le délai d'un mois prévu à l'article 12.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Maître Arnaud Lesage
Avocat au Barreau de Bourges""",
  frm="Maître Arnaud Lesage <a.lesage@lesage-avocat.fr>",
  att=[("pdf", "mandat_O_MARTIN.pdf", "Mandat - Ophelie Martin donne pouvoir a Me Lesage pour exercer ses droits RGPD")],
  headers={"X-Mailer": "Microsoft Outlook 16.0", "Cc": "Ophélie Martin <ophelie.martin85@gmail.com>"}),

R("fr-req-parent-mineur-photo", ["withdraw_consent"],
  "Photos de l'atelier ados",
  """Bonjour Sandra,

Ma fille Léna (15 ans) a participé à votre atelier « Confiance en soi pour ados » pendant les vacances, et même si nous avions signé, son père et moi, l'autorisation de droit à l'image sur le formulaire d'inscription (sans vraiment réfléchir, il faut l'avouer), elle ne se sent plus à l'aise à l'idée d'apparaître sur les photos publiées sur Instagram : nous revenons donc sur cette autorisation, en vous demandant de les retirer.

Merci beaucoup,
Stéphanie Gaillard, maman de Léna""",
  frm="Stéphanie Gaillard <steph.gaillard@gmail.com>", headers={"Cc": "Olivier Gaillard <olivier.gaillard@gmail.com>"}),

R("fr-req-limitation-attente-avocat", ["restriction"],
  "Gel de mon dossier",
  """Bonjour,

Dans l'attente de l'issue d'un différend avec mon ancien employeur, qui a financé ma formation chez vous et pourrait vous demander des éléments (je ne dis pas qu'il le fera, mais il en est capable), je vous demande de ne rien effacer de mon dossier — il pourrait me servir — mais de ne plus rien en faire non plus, ni envoi, ni transmission, jusqu'à ce que je vous recontacte.

Cordialement,
Patricia Noury""",
  frm="Patricia Noury <patricia.noury@gmail.com>"),

R("fr-req-sms-style-desinscr", ["objection"],
  "stop sms",
  """bjr c'est pour les sms de rappel des ateliers, jsuis plus interessée dc svp arretez de m'en envoyer merci bcp

Envoyé de mon iPhone""",
  frm="Océane <oceane.d2001@icloud.com>"),

R("fr-req-objet-seul-suppression", ["erasure"],
  "Merci de supprimer toutes mes données personnelles de vos fichiers - Karine Joubert",
  "",
  frm="Karine Joubert <karine.joubert@yahoo.fr>"),

R("fr-req-multi-erasure-withdraw", ["erasure", "withdraw_consent"],
  "Suppression complète",
  """Bonjour Sandra,

Je sais que vous tenez beaucoup aux témoignages vidéo (et je me souviens combien vous m'aviez remerciée d'avoir accepté de tourner le mien), mais je dois vous demander de retirer cette vidéo, pour laquelle je retire mon autorisation, et — tant qu'à faire, puisque je ferme ce chapitre — de supprimer aussi l'ensemble de mes données : contrat, notes, échanges, tout.

Je vous embrasse,
Mélanie""",
  frm="Mélanie Cordier <melanie.cordier@hotmail.fr>", html="only"),

R("fr-req-rectif-mail-remplace", ["rectification"],
  "nouvelle adresse mail",
  """Bonjour Sandra,

Mon adresse @wanadoo va bientôt fermer (Orange ferme les anciennes boîtes, paraît-il, ou alors c'est moi qui ai mal compris le courrier, ce qui est tout à fait possible), donc pour ne pas rater les infos du stage de juin merci de remplacer l'ancienne par celle-ci : mireille.bouvet.36@gmail.com.

Bises,
Mireille""",
  frm="Mireille Bouvet <mireille.bouvet@wanadoo.fr>"),

R("fr-req-access-origine-donnees", ["access"],
  "D'où vient mon adresse ?",
  """Bonjour,

Je n'ai jamais, à ma connaissance, assisté à l'un de vos ateliers ni acheté quoi que ce soit sur votre site — ou alors c'était il y a si longtemps que je l'ai oublié, ce qui serait un peu inquiétant — et pourtant je reçois votre lettre mensuelle ; pourriez-vous m'indiquer d'où vous tenez mon adresse et ce que vous avez d'autre sur moi ?

Merci,
Thomas Gilles""",
  frm="Thomas Gilles <thomas.gilles@protonmail.com>"),

R("fr-req-access-obj-multi", ["access", "objection"],
  "Profilage ?",
  """Bonjour,

Ayant remarqué que les mails que je reçois de votre part semblent tenir compte de ce que j'ai cliqué (ce qui, si c'est le cas, me met assez mal à l'aise, même si je suppose que c'est l'outil d'emailing qui le fait tout seul), je vous demande d'une part de me dire quelles informations sont collectées sur moi à travers ces envois, et d'autre part de cesser tout suivi de ce genre me concernant.

Bien cordialement,
Anne-Sophie Delorme""",
  frm="Anne-Sophie Delorme <asdelorme@free.fr>"),

R("fr-req-postmortem-directives-propres", ["post_mortem"],
  "Pour plus tard",
  """Chère Sandra,

À 78 ans, et même si je compte bien participer encore à quelques cercles (la santé va, merci), j'ai commencé à mettre de l'ordre dans mes affaires, et je voudrais vous laisser une consigne : le jour où je ne serai plus là, je souhaite que tout ce que vous avez à mon sujet soit détruit, sauf mes textes du cercle d'écriture, que vous pourrez remettre à ma petite-fille Inès (ines.garnier@gmail.com) si elle vous les demande.

Avec toute mon affection,
Josette Garnier""",
  frm="Josette Garnier <josette.garnier@orange.fr>"),

R("fr-req-notaire-succession", ["post_mortem"],
  "Succession de M. Roger PELLETIER - demande d'informations",
  """Madame,

En charge du règlement de la succession de Monsieur Roger PELLETIER, décédé le 17 novembre 2025 à Issoudun, et mandaté à cet effet par ses héritiers, je vous serais obligé de bien vouloir me faire connaître si vous détenez des données ou documents au nom du défunt et, le cas échéant, de procéder à la clôture de son compte client ainsi qu'à la suppression des informations qui ne seraient pas soumises à une obligation légale de conservation.

Je vous prie de trouver ci-joint le certificat de décès.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Maître Hélène Courtaud
Notaire – Office notarial de la Champagne berrichonne""",
  frm="Office notarial Courtaud <negociation.courtaud@notaires.fr>",
  att=[("pdf", "certificat_deces_PELLETIER.pdf", "Certificat de deces - Roger Pelletier - 17/11/2025")]),

R("fr-req-thankyou-then-new-request", ["rectification"],
  "Re: Votre demande de désinscription",
  """Merci Sandra pour la rapidité ! Et pendant que j'y pense, vu que vous avez encore mon numéro fixe (qui n'existe plus depuis que j'ai résilié ma box — ne riez pas, oui j'avais encore un fixe), remplacez-le par mon portable, 06 72 14 55 90, au cas où vous auriez besoin de me joindre pour la facture.

Bonne soirée
Damien""",
  frm="Damien Laval <damien.laval@gmail.com>", reply=True,
  quote=dict(style="gmail", who="Sandra Delomenie <contact@floraisondesoi.fr>",
             text="Bonjour Damien,\nC'est fait : vous ne recevrez plus la newsletter.\nBelle journée,\nSandra")),
# NEAR-LINE: thanks for a handled request, but new text contains a fresh rectification -> request

R("fr-req-effacement-groupe-whatsapp", ["erasure"],
  "Groupe WhatsApp de la formation",
  """Bonjour Sandra,

J'ai quitté le groupe WhatsApp moi-même, donc ça c'est réglé, mais je sais que la liste des participantes avec les numéros de téléphone que vous aviez faite au début de la formation circule encore dans vos documents partagés sur le Drive — si c'est bien le cas, pourriez-vous y effacer mes coordonnées ainsi que les messages que j'avais postés dans l'espace de formation ?

Merci !
Inès Benali""",
  frm="Inès Benali <ines.benali@outlook.fr>"),

R("fr-req-portabilite-export-questionnaires", ["portability"],
  "Export questionnaires Systeme.io",
  """Bonjour,

J'ai essayé moi-même d'exporter mes réponses aux questionnaires depuis mon espace sur Systeme.io, mais la plateforme ne le permet apparemment qu'aux administrateurs — c'est ce que m'a répondu leur support —, alors pourriez-vous faire l'export de mes réponses et de mon historique de modules dans un fichier réutilisable (CSV ou Excel) et me l'envoyer ?

Merci,
Romain Vidal""",
  frm="Romain Vidal <romain.vidal@gmail.com>"),

R("fr-req-rgpd-formel-art17-21", ["erasure", "objection"],
  "Exercice de mes droits – articles 17 et 21 RGPD",
  """Madame,

En application des articles 17 et 21 du Règlement général sur la protection des données, et bien que je n'aie jamais formellement consenti à recevoir vos communications commerciales (mon adresse ayant, je le suppose, été recueillie lors d'un salon bien-être à Bourges en 2024), je m'oppose au traitement de mes données à des fins de prospection et vous demande de les effacer de l'ensemble de vos fichiers.

Je vous remercie de me confirmer la bonne exécution de cette demande dans le délai légal.

Sébastien Arnoux""",
  frm="Sébastien Arnoux <s.arnoux@laposte.net>"),

R("fr-req-typos-effacement", ["erasure"],
  "supresion",
  """bonjour madame

je voudrais que vous suprimiez mes donnés de votre ordinateur svp, jai fait le stage en 2022 mais la je veut plus rien avoir dans vos fichier, si il faut une carte d'identitée dite moi

cordialement
Mr Lemoine Gérard""",
  frm="Gérard Lemoine <gerard.lemoine7@orange.fr>"),

R("fr-req-restriction-pas-supprimer-pas-utiliser", ["restriction"],
  "Ne rien supprimer, mais...",
  """Bonjour Sandra,

C'est un peu paradoxal, je le sais, et je m'en excuse d'avance : je ne veux pas que vous supprimiez quoi que ce soit me concernant (j'aurai peut-être besoin des attestations pour une VAE l'année prochaine), mais je ne veux plus que mes données servent à quoi que ce soit d'autre que les conserver — pas de relance, pas d'envoi, pas d'utilisation dans vos statistiques — en attendant que je sache ce que je fais.

Belle journée à vous,
Laetitia Roy""",
  frm="Laetitia Roy <laetitia.roy@gmail.com>"),

R("fr-req-objection-statistiques", ["objection"],
  "Utilisation de mes réponses dans vos bilans",
  """Bonjour,

J'ai lu dans votre bilan annuel publié sur LinkedIn que vous utilisiez les réponses aux questionnaires de satisfaction pour vos statistiques (anonymisées, j'imagine, mais on n'est jamais sûr quand on est une petite promo de huit personnes) ; je ne le souhaite pas pour les miennes, et je vous demande de ne plus les utiliser à cette fin.

Cordialement,
Fabienne Morin""",
  frm="Fabienne Morin <fabienne.morin@sfr.fr>"),
# NEAR-LINE: satisfaction survey for a client is legitimate interest -> objection (not withdraw_consent)

R("fr-req-access-partage-destinataires", ["access"],
  "À qui avez-vous transmis mes informations ?",
  """Madame Delomenie,

Depuis ma participation à votre salon bien-être de septembre, je reçois des sollicitations de plusieurs praticiens de la région qui semblent connaître mon nom et le fait que j'étais à cet événement — si ce n'est pas de votre fait, tant mieux, mais j'aimerais en avoir le cœur net : merci de m'indiquer à quels partenaires ou prestataires mes coordonnées ont été communiquées.

Cordialement,
Yannick Besson""",
  frm="Yannick Besson <yannick.besson@orange.fr>"),

R("fr-req-rectif-note-erronee", ["rectification"],
  "Une erreur dans ma fiche",
  """Bonjour Sandra,

En relisant la fiche de suivi que vous m'avez envoyée (merci encore de l'avoir fait, c'est précieux), je vois qu'il est écrit que j'ai deux enfants alors que j'en ai trois — je sais que ça paraît un détail, mais comme une partie de notre travail portait justement sur la place du petit dernier, j'aimerais que ce soit corrigé.

À jeudi,
Cécile""",
  frm="Cécile Duval <cecile.duval@gmail.com>"),

R("fr-req-withdraw-enregistrement-audio", ["withdraw_consent"],
  "Enregistrement du cercle du 12",
  """Bonjour,

Je sais que nous avions toutes donné notre accord oral puis écrit pour l'enregistrement audio du cercle (je l'ai donné aussi, je ne vais pas prétendre le contraire), mais en réécoutant le replay j'ai réalisé que j'y parle de choses très intimes concernant ma mère, et je reviens sur mon consentement : pourriez-vous couper mon passage ou retirer l'enregistrement ?

Merci infiniment,
Hélène""",
  frm="Hélène Ricard <helene.ricard@icloud.com>"),

R("fr-req-rh-entreprise-stagiaire-mandat", ["access"],
  "Demande d'accès pour notre salariée",
  """Bonjour Madame Delomenie,

Notre salariée Mme Aurore Pichon, qui a suivi la formation inter-entreprises de mars, nous a demandé de l'aider dans ses démarches et nous a confié le courrier signé ci-joint (elle est actuellement en congé maternité, d'où notre intervention) : elle souhaite obtenir la copie de ses évaluations et de ses réponses au questionnaire de positionnement, à lui adresser directement à son adresse personnelle aurore.pichon@gmail.com.

Cordialement,
Service RH – Berry Emballages SAS""",
  frm="RH Berry Emballages <rh@berry-emballages.fr>",
  att=[("pdf", "courrier_signe_A_Pichon.pdf", "Je soussignee Aurore Pichon demande copie de mes donnees - signe")]),
# NEAR-LINE: HR writing but with the employee's signed letter = mandate -> request

R("fr-req-longue-newsletter-enfouie", ["objection"],
  "Nouvelles de Saint-Malo",
  """Bonjour Sandra,

Cela fait longtemps ! Je repense souvent au stage de 2023 et aux exercices de respiration que je continue à faire le matin, face à la mer (oui, nous avons fini par sauter le pas et nous sommes installés à Saint-Malo, Pierre a trouvé un poste à l'hôpital et moi je fais des remplacements en pharmacie). Les enfants ont grandi, Léo est au collège, Maëlle commence le piano.

J'ai vu passer votre nouveau programme et il a l'air très beau. Cela dit, et c'est aussi la raison de ce mail, puisque je ne pourrai plus venir à Issoudun et que je trie un peu ma boîte qui déborde, je préfère ne plus recevoir la newsletter ni les invitations — ce n'est pas contre vous, vraiment.

Je vous souhaite plein de belles choses pour la suite,
Gaëlle""",
  frm="Gaëlle Le Bihan <gaelle.lebihan@orange.fr>"),

R("fr-req-effacement-compte-et-donnees", ["erasure"],
  "Fermeture compte + données",
  """Bonjour,

Pourriez-vous fermer mon compte sur la plateforme de formation et effacer toutes les données qui y sont liées (progression, commentaires, coordonnées) ? Je n'ai pas trouvé l'option moi-même, si elle existe je m'excuse de vous déranger pour rien.

Merci,
Yasmine Haddad""",
  frm="Yasmine Haddad <yasmine.haddad@gmail.com>"),

R("fr-req-post-mortem-mari", ["post_mortem"],
  "Compte de mon mari",
  """Madame,

Mon époux, Bernard Rigaud, est décédé au mois d'août après une longue maladie, et c'est en triant ses mails que j'ai vu qu'il était inscrit à votre formation en ligne sur la gestion du stress (il ne m'en avait jamais parlé, et ça m'a beaucoup touchée) ; je voudrais savoir ce que vous avez conservé de lui et, si possible, en avoir une copie.

Colette Rigaud""",
  frm="Colette Rigaud <colette.rigaud@orange.fr>"),

R("fr-req-access-copie-complete-art15", ["access"],
  "Article 15 RGPD",
  """Madame,

Je vous prie de bien vouloir me communiquer, conformément à l'article 15 du RGPD, copie de l'intégralité des données personnelles me concernant que vous traitez, les finalités, les destinataires, la durée de conservation envisagée et la source des données si elles n'ont pas été collectées auprès de moi.

Pièce d'identité jointe.

Raphaël Mercier
3 rue Porte Neuve, 36100 Issoudun""",
  frm="Raphaël Mercier <raphael.mercier@gmail.com>",
  att=[("pdf", "CNI_Mercier.pdf", PDF_ID)], html="alt"),

R("fr-req-restriction-et-rectif", ["rectification", "restriction"],
  "Mon adresse et mes coordonnées",
  """Bonjour Sandra,

Deux choses, même si la deuxième me gêne un peu à demander : d'abord mon adresse a changé, c'est désormais 9 impasse des Vignes, 18100 Vierzon ; ensuite, comme je traverse une séparation compliquée et que mon ex-conjoint a déjà essayé d'obtenir mes coordonnées auprès de mon club de sport, je vous demande de geler mon dossier — ne communiquez rien, à personne, et n'utilisez mes données que pour me répondre à moi — jusqu'à nouvel ordre.

Merci de votre discrétion,
Virginie""",
  frm="Virginie Charron <virginie.charron@laposte.net>"),

R("fr-req-objection-whatsapp-ajout", ["objection"],
  "Ajout dans le groupe",
  """Bonjour,

On m'a ajoutée ce matin au groupe WhatsApp « Floraison – les anciennes » alors que je n'ai jamais donné mon numéro pour ça (je l'avais donné uniquement pour les rappels de rendez-vous) ; je vous demande de ne plus utiliser mon numéro pour ce genre de groupe ni pour autre chose que mes rendez-vous.

Cordialement,
Roseline""",
  frm="Roseline Fouquet <roseline.fouquet@gmail.com>"),

R("fr-req-portabilite-vers-plateforme", ["portability"],
  "Transfert vers Teachable",
  """Bonjour Sandra,

Comme vous le savez peut-être, je lance ma propre activité de praticienne et j'aurai besoin d'y reprendre l'historique de mes formations certifiantes chez vous ; pourriez-vous transmettre mes attestations et ma progression, dans un format exploitable, directement à mon compte sur Teachable (import@moncabinet-teachable.com) ? Si ce n'est techniquement pas possible, un fichier CSV que j'importerai moi-même fera l'affaire.

Merci !
Sarah Kerbrat""",
  frm="Sarah Kerbrat <sarah.kerbrat@gmail.com>"),

R("fr-req-multi-access-portab-erasure", ["access", "erasure", "portability"],
  "Avant de partir",
  """Bonjour,

Avant que vous ne supprimiez l'ensemble de mes données (ce que je vous demande, oui, mais pas tout de suite), j'aimerais savoir ce que vous avez exactement à mon sujet et en recevoir une copie dans un fichier que je pourrai rouvrir sur mon ordinateur dans dix ans, un CSV ou un tableur — ensuite seulement, vous pourrez tout effacer.

Merci de votre patience,
Alain Dufour""",
  frm="Alain Dufour <alain.dufour@orange.fr>"),

R("fr-req-withdraw-questionnaire-recherche", ["withdraw_consent"],
  "Questionnaire pour votre mémoire",
  """Bonjour Sandra,

J'avais accepté avec plaisir de répondre au questionnaire pour votre mémoire de certification en analyse transactionnelle (et je vous souhaite toujours bonne chance pour la soutenance !), mais à la réflexion je préfère que mes réponses n'y figurent pas, même anonymisées : je retire mon accord pour cette utilisation.

Amitiés,
Odile""",
  frm="Odile Perret <odile.perret@free.fr>"),

R("fr-req-rectif-date-naissance-self", ["rectification"],
  "Erreur date de naissance",
  """Bonjour,

J'ai moi-même rempli le formulaire d'inscription un peu vite, c'est donc entièrement ma faute, mais la date de naissance enregistrée (03/11/1991) est fausse, il fallait lire 11/03/1991 — et comme elle apparaît sur le dossier OPCO, pouvez-vous la corriger ?

Merci et désolée,
Manon Lecoq""",
  frm="Manon Lecoq <manon.lecoq@gmail.com>"),

R("fr-req-effacement-photos-groupe-fb", ["erasure"],
  "Groupe Facebook privé",
  """Bonjour,

La formation étant terminée depuis plus d'un an — et comme votre politique indique elle-même qu'on ne garde les données du groupe privé qu'un an, si j'ai bien lu —, je vous demande de supprimer mes publications et mes commentaires du groupe Facebook, ainsi que ma fiche participante.

Cordialement,
Lionel Schmitt""",
  frm="Lionel Schmitt <lionel.schmitt@gmail.com>"),

R("fr-req-transfere-demande-ami", ["erasure"],
  "TR: suppression",
  """Bonjour Sandra,

Je vous transfère le message ci-dessous que j'avais envoyé par erreur à l'ancienne adresse de votre site — je ne sais pas s'il est arrivé, donc je le réitère ici : merci de supprimer mes données.

Denis""",
  frm="Denis Garreau <denis.garreau@orange.fr>",
  quote=dict(style="fwd", who="Denis Garreau <denis.garreau@orange.fr>", subject="suppression",
             to="<infos@floraison-de-soi.com>",
             text="Bonjour, je souhaite que mes coordonnées et mon historique soient supprimés de vos fichiers. Denis Garreau")),

R("fr-req-pm-notaire-blocage", ["post_mortem"],
  "Dossier 2026-0412 / Succession FAURE",
  """Madame,

Nous vous informons du décès de Madame Sylviane FAURE, survenu le 2 février 2026. Dans l'attente de l'établissement de l'acte de notoriété, et sans préjuger des décisions que prendront les héritiers, nous vous prions de ne procéder à aucune suppression ni communication des données de la défunte à quiconque autre que notre étude.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Étude de Maître Jourdain, notaire à Châteauroux""",
  frm="Étude Jourdain <office.jourdain@notaires.fr>"),
# NEAR-LINE: notary asking to freeze a deceased person's data -> post_mortem only (not restriction)

R("fr-req-objection-et-withdraw-cookies", ["objection", "withdraw_consent"],
  "Cookies et relances",
  """Bonjour,

J'ai accepté un peu machinalement les cookies Google Analytics sur votre site (comme tout le monde, je suppose), et depuis je suis poursuivi par vos publicités sur Facebook : je retire donc ce consentement, et je m'oppose par la même occasion à toute utilisation de mes données pour de la publicité ciblée.

Merci d'en tenir compte,
Paul Brisset""",
  frm="Paul Brisset <paul.brisset@yahoo.fr>"),

R("fr-req-long-accompagnement-fin-acces", ["access"],
  "Fin d'accompagnement - merci",
  """Chère Sandra,

Je voulais d'abord vous remercier pour ces huit mois. Quand je suis arrivée chez vous en mars, je ne dormais plus, je pleurais dans la voiture avant d'aller au travail, et je ne voyais pas comment j'allais m'en sortir. Aujourd'hui, j'ai repris le chant, j'ai posé des limites claires à mon N+1, et je me sens à nouveau moi-même.

Pour garder une trace de ce chemin (j'aime relire, c'est ma façon de mesurer le trajet parcouru), est-ce que vous pourriez m'envoyer les fiches de suivi et les comptes rendus de nos séances, si vous en avez rédigé ? Je comprendrai s'il y a des passages que vous préférez résumer.

Avec toute ma reconnaissance,
Florence""",
  frm="Florence Aubin <florence.aubin@gmail.com>", html="alt"),

R("fr-req-withdraw-et-rectif", ["rectification", "withdraw_consent"],
  "Témoignage + prénom",
  """Bonjour,

Deux demandes un peu contradictoires, désolée : retirez mon témoignage écrit de la page « Ils en parlent » (je ne souhaite plus qu'il soit publié, j'en retire l'autorisation), et dans votre fichier clients mon prénom est orthographié « Ingrid » alors que c'est « Ingrīd »… non je plaisante, c'est « Ingride », avec un e — merci de corriger.

Ingride Vautrin""",
  frm="Ingride Vautrin <ingride.vautrin@gmail.com>"),

R("fr-req-restriction-exactitude-fiche", ["restriction"],
  "Informations inexactes transmises à l'OPCO",
  """Madame,

Les heures de présence que vous avez déclarées à l'OPCO ne correspondent pas à ce que j'ai effectivement suivi (il manque la journée du 14 mai, où j'étais pourtant présente — j'ai d'ailleurs les messages du groupe pour le prouver) ; tant que la vérification n'est pas faite, je vous demande de suspendre toute nouvelle transmission de mes données à l'OPCO ou à mon employeur.

Cordialement,
Nathalie Bertin""",
  frm="Nathalie Bertin <nathalie.bertin@free.fr>"),

R("fr-req-euphemisme-tourner-la-page", ["erasure"],
  "tourner la page",
  """Bonjour Sandra,

J'ai longtemps hésité à vous écrire, et je ne sais pas trop comment le formuler sans paraître ingrate : disons que j'aimerais tourner la page complètement, et que pour ça, il me serait plus facile de savoir qu'il n'existe plus rien de moi dans vos dossiers — ni mes fiches, ni mes écrits, ni mes coordonnées. Si vous pouviez faire le nécessaire, je vous en serais très reconnaissante.

Bien à vous,
Agathe""",
  frm="Agathe Lemercier <agathe.lemercier@outlook.fr>"),
# NEAR-LINE: roundabout wording; "faire le nécessaire" pour que plus rien n'existe = erasure

R("fr-req-pm-fils-temoignage", ["post_mortem"],
  "Témoignage de mon père",
  """Bonjour,

Mon père, Jacques Moulin, qui vous avait laissé un témoignage vidéo très émouvant après votre stage de 2022, est décédé cet hiver ; même si cela nous fait chaud au cœur de le revoir, ma mère préfère que la vidéo soit retirée de votre site et de YouTube, et nous aimerions en recevoir une copie pour la famille.

Bien cordialement,
François Moulin""",
  frm="François Moulin <francois.moulin@gmail.com>"),
# NEAR-LINE: heir asks withdrawal of testimonial + copy -> post_mortem only

R("fr-req-objection-contacts-apres-annulation", ["objection"],
  "Suite à mon annulation",
  """Bonjour,

J'ai annulé ma place au stage d'été pour des raisons personnelles (et je vous remercie d'avoir remboursé si vite), mais depuis je reçois des messages de relance me proposant d'autres dates : je ne souhaite plus être contactée à des fins commerciales, de quelque manière que ce soit.

Merci,
Corinne Ledoux""",
  frm="Corinne Ledoux <corinne.ledoux@gmail.com>"),

R("fr-req-portab-access-complet", ["access", "portability"],
  "Mes données, toutes",
  """Bonjour Madame Delomenie,

Je souhaiterais savoir quelles données vous détenez sur moi et les recevoir sous une forme que je puisse transférer à un autre prestataire — j'ai cru comprendre qu'on parle de « portabilité », mais je ne suis pas sûre du terme, pardonnez-moi si je me trompe.

Cordialement,
Véronique Lesueur""",
  frm="Véronique Lesueur <v.lesueur@orange.fr>"),

R("fr-req-effacement-parent-mineur", ["erasure"],
  "Données de mon fils",
  """Bonjour,

Mon fils Tom (14 ans) a participé aux ateliers du mercredi l'an dernier, et, même si cela s'est très bien passé, nous déménageons et il ne reviendra pas ; en tant que sa mère et représentante légale, je vous demande de supprimer toutes les informations le concernant (fiche d'inscription, autorisation, remarques).

Cordialement,
Julie Mathieu""",
  frm="Julie Mathieu <julie.mathieu@gmail.com>"),

R("fr-req-acces-questionnaire-specifique", ["access"],
  "Questionnaire MBTI",
  """Coucou Sandra !

J'ai perdu mon résultat au questionnaire de personnalité qu'on avait passé en novembre (le chien a mangé la feuille, véridique, enfin presque), et comme je dois le présenter à ma conseillère Pôle emploi — France Travail, pardon — tu pourrais m'en renvoyer une copie avec mes réponses ?

Merci beaucoup !!
Anaïs""",
  frm="Anaïs Gervais <anais.gervais@gmail.com>"),

R("fr-req-rectif-completer-profession", ["rectification"],
  "Mise à jour de mon profil",
  """Bonjour,

Puisque vous m'avez gentiment dit que vous adaptiez les exercices selon la situation professionnelle de chacun, je me permets de compléter ma fiche : je ne suis plus aide-soignante mais infirmière diplômée depuis juillet, et je travaille désormais de nuit, ce qui change pas mal de choses pour les horaires.

Belle journée,
Priscilla Baudry""",
  frm="Priscilla Baudry <priscilla.baudry@hotmail.fr>"),

R("fr-req-objection-multi-profilage-erasure", ["erasure", "objection"],
  "opposition + effacement",
  """Bonjour,

Si je comprends bien votre politique de confidentialité, mes données servent à la prospection pendant trois ans après mon dernier achat, sauf opposition de ma part ; je m'y oppose donc, et, plutôt que de les garder dans un coin, je préférerais qu'elles soient effacées purement et simplement.

Cordialement,
Éric Thébault""",
  frm="Éric Thébault <eric.thebault@laposte.net>"),

R("fr-req-withdraw-photo-flyer", ["withdraw_consent"],
  "Photo sur le flyer",
  """Bonjour Sandra,

Je suis tombée sur le nouveau flyer de l'atelier de septembre à la boulangerie, et je suis dessus au premier plan ! C'est flatteur, mais je n'étais d'accord que pour le site, pas pour des impressions distribuées dans tout Issoudun : je retire mon autorisation pour cette photo, merci de ne plus l'utiliser.

Sylvie""",
  frm="Sylvie Chauvin <sylvie.chauvin@orange.fr>",
  att=[("png", "photo_flyer_septembre.png", "")], headers={"X-Mailer": "iPhone Mail (22D82)"}),

R("fr-req-restriction-opposition-enquete", ["restriction"],
  "Suspension",
  """Bonjour,

En attendant que je reçoive la réponse de mon assurance (qui prend en charge une partie de l'accompagnement et qui pourrait vous contacter), je vous demande de limiter l'usage de mon dossier au strict minimum : conservez-le, mais ne le communiquez à personne et ne l'utilisez pas tant que je ne vous ai pas donné le feu vert.

Merci,
Claude Besnard""",
  frm="Claude Besnard <claude.besnard@gmail.com>"),

R("fr-req-pm-soeur-newsletter", ["post_mortem"],
  "Pour ma sœur Anne",
  """Bonjour,

Ma sœur Anne Roux est décédée le mois dernier et vos mails continuent d'arriver dans sa boîte, que je consulte pour les démarches ; merci de la désinscrire et de supprimer son adresse.

Cordialement,
Pascal Roux""",
  frm="Pascal Roux <pascal.roux36@gmail.com>"),
# NEAR-LINE: relative after death asks unsubscribe -> post_mortem only

R("fr-req-access-html-form", ["access"],
  "Formulaire de contact - Demande",
  """Nom : Laurent Poulain
Email : laurent.poulain@gmail.com
Téléphone : 06 45 22 18 03
Message : Bonjour, même si je n'ai participé qu'à un seul webinaire gratuit (celui sur le burn-out en mai), j'aimerais savoir quelles informations vous avez gardées sur moi à cette occasion — nom, mail, questions posées dans le chat ? Merci d'avance.

--
Ce message a été envoyé depuis le formulaire de contact de https://www.floraisondesoi.fr""",
  frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to="contact@floraisondesoi.fr",
  headers={"Reply-To": "Laurent Poulain <laurent.poulain@gmail.com>", "X-Mailer": "WPMailSMTP/Mailer/smtp 4.1.1"},
  html="only"),

R("fr-req-rectif-remplace-tel-ancien", ["rectification"],
  "Numéro de téléphone",
  """Bonjour,

Si jamais vous deviez me rappeler pour le rendez-vous de la semaine prochaine (je sais que vous aviez un doute sur l'horaire), sachez que mon ancien numéro, le 06 12 98 44 07, ne fonctionne plus ; le nouveau est le 07 81 03 66 21 — vous pouvez effacer l'ancien.

Merci,
Kévin Dupuy""",
  frm="Kévin Dupuy <kevin.dupuy@gmail.com>"),
# NEAR-LINE: removing old phone with new value given -> rectification only

R("fr-req-pm-directives-propres-avocat", ["post_mortem"],
  "Directives anticipées relatives à mes données",
  """Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous fais part de mes directives relatives au sort de mes données après mon décès : je désigne mon fils, Baptiste Legrand, pour exercer mes droits, et je souhaite que l'ensemble des notes et enregistrements de nos séances soient détruits sans être communiqués à quiconque.

Je vous remercie d'en prendre acte.

Dominique Legrand""",
  frm="Dominique Legrand <dominique.legrand@orange.fr>",
  att=[("pdf", "directives_post_mortem_Legrand.pdf", "Directives post mortem - Dominique Legrand - signe")]),

R("fr-req-objection-informel", ["objection"],
  "arretez svp",
  """salut, c'est pas contre toi mais je recois vraiment trop de mails de floraison, meme si j'ai adoré l'atelier mandala, tu peux me retirer de la liste ? merci bisous

Léa""",
  frm="Léa Guérin <lea.guerin@gmail.com>", cte="8bit"),

R("fr-req-effacement-candidate-formation", ["erasure"],
  "Candidature non retenue",
  """Bonjour Madame,

Ma candidature à la formation de praticienne n'ayant pas été retenue (je le comprends tout à fait, le nombre de places est limité), et n'ayant pas l'intention de recandidater l'an prochain, je vous saurais gré de bien vouloir effacer mon dossier de candidature — lettre de motivation, CV et questionnaire — de vos fichiers.

Bien cordialement,
Marine Collin""",
  frm="Marine Collin <marine.collin@gmail.com>"),

R("fr-req-access-portab-withdraw-triple", ["access", "portability", "withdraw_consent"],
  "Mon podcast / mes enregistrements",
  """Bonjour Sandra,

Puisque vous avez diffusé notre entretien dans votre podcast (avec mon accord à l'époque, je ne le conteste pas) et que je souhaite maintenant le retirer — je retire mon consentement à la diffusion —, j'aimerais auparavant savoir quels enregistrements de moi vous conservez, et recevoir les fichiers audio bruts dans un format réutilisable pour mon propre site.

Merci beaucoup,
Clémence""",
  frm="Clémence Vial <clemence.vial@gmail.com>"),

R("fr-req-rectif-et-erasure-partielle", ["erasure", "rectification"],
  "Deux corrections",
  """Bonjour,

Sans reprendre toute l'histoire (vous la connaissez), merci de corriger mon nom de famille, qui est Leroux et non Le Roux, et de supprimer la note sur mes antécédents médicaux que je vous avais donnée au premier rendez-vous, puisque ce n'est plus d'actualité et que je ne veux pas qu'elle traîne.

Cordialement,
Benoît Leroux""",
  frm="Benoît Leroux <benoit.leroux@sfr.fr>"),

R("fr-req-objection-partenaire", ["objection"],
  "Transmission à vos partenaires",
  """Bonjour,

Vous mentionnez dans votre politique de confidentialité que des partenaires commerciaux peuvent recevoir une partie des données ; même si je ne sais pas si c'est déjà arrivé avec les miennes, je m'oppose à ce qu'elles leur soient transmises à des fins commerciales à l'avenir.

Cordialement,
Isabelle Naudin""",
  frm="Isabelle Naudin <isabelle.naudin@orange.fr>"),

R("fr-req-portabilite-agenda-seances", ["portability"],
  "Mes données de suivi au format fichier",
  """Bonjour Sandra,

Ça va peut-être vous paraître étrange, mais comme je tiens un journal de bord numérique de mon parcours depuis deux ans, j'aimerais y intégrer l'historique de mes séances et les exercices réalisés : pourriez-vous me les envoyer sous forme de fichier structuré (CSV ou JSON) plutôt qu'en PDF ?

Bonne journée,
Thibault""",
  frm="Thibault Renaud <thibault.renaud@gmail.com>"),

R("fr-req-erasure-withdraw-temoignage-all", ["erasure", "withdraw_consent"],
  "Tout supprimer svp",
  """Bonjour,

Je ne veux plus que mon témoignage et ma photo apparaissent sur votre site (je retire l'accord que j'avais donné) et, pour aller jusqu'au bout, je vous demande d'effacer toutes mes données chez vous.

Merci,
Rachid Amrani""",
  frm="Rachid Amrani <rachid.amrani@gmail.com>"),

R("fr-req-restriction-attente-rectif", ["restriction"],
  "Données inexactes - mise en pause",
  """Bonjour,

Je conteste l'exactitude de certaines informations de mon dossier — notamment le motif de consultation tel qu'il y est résumé, qui ne reflète pas du tout ce que j'ai dit — et vous demande d'en limiter le traitement le temps que nous en parlions de vive voix.

Bien à vous,
Xavier Pons""",
  frm="Xavier Pons <xavier.pons@gmail.com>"),

R("fr-req-pm-fille-directives-donnees-papa", ["post_mortem"],
  "Données de mon père décédé",
  """Bonjour Madame,

Je fais suite au décès de mon père, Gilbert Auger, et je vous transmets ci-joint ma pièce d'identité et le livret de famille : étant sa seule héritière, je souhaite que toutes les données le concernant soient supprimées, à l'exception des factures que vous devez garder.

Sincères salutations,
Aline Auger""",
  frm="Aline Auger <aline.auger@yahoo.fr>",
  att=[("pdf", "livret_famille_Auger.pdf", "Livret de famille - extrait - Auger")]),

R("fr-req-objection-sondages", ["objection"],
  "Sondages",
  """Bonjour,

Quand bien même je comprends que les sondages de satisfaction vous aident à améliorer vos ateliers (et j'y ai répondu de bonne grâce les deux premières fois), je ne souhaite plus recevoir de questionnaires de ce type, ni que mon adresse serve à cela.

Merci de votre compréhension,
Monique Delaunay""",
  frm="Monique Delaunay <monique.delaunay@orange.fr>"),

R("fr-req-access-html-only-outlook", ["access"],
  "Demande d'information",
  """Bonjour,

Ayant suivi votre formation financée par mon CPF en 2024, et ne sachant pas exactement ce qui a été échangé entre vous et la Caisse des dépôts à mon sujet, je souhaiterais recevoir la liste des données me concernant que vous avez transmises à des tiers, et à quelle date.

Cordialement,

Stéphane Gomez
Responsable logistique
Tél. 02 54 21 00 00

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.""",
  frm="Stéphane Gomez <s.gomez@transports-berrichons.fr>", html="only",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-req-withdraw-newsletter-consentement-prospect", ["objection"],
  "Consentement newsletter",
  """Bonjour,

J'avais coché la case pour recevoir la lettre d'information quand j'ai téléchargé le guide gratuit sur le sommeil, et même si c'était bien moi qui l'avais cochée, je retire mon consentement : je ne veux plus la recevoir.

Merci,
Carole""",
  frm="Carole Rouxel <carole.rouxel@free.fr>"),
# NEAR-LINE: phrased as withdrawing consent but it is the newsletter -> objection only (policy)

R("fr-req-apple-reply-rectif", ["rectification"],
  "Re: Confirmation de votre inscription - Stage de printemps",
  """Merci pour la confirmation. Par contre, même si ce n'est pas bien grave, mon nom est mal écrit : c'est Hautecœur, pas Hautecoeur ni Hautcœur, pourriez-vous rectifier dans vos fichiers pour que l'attestation soit juste ?

Bien à vous,
Delphine Hautecœur""",
  frm="Delphine Hautecœur <delphine.hautecoeur@icloud.com>", reply=True,
  quote=dict(style="apple", who="Floraison de Soi <contact@floraisondesoi.fr>",
             text="Bonjour Delphine Hautcoeur,\nVotre inscription au stage de printemps est confirmée.\nÀ très bientôt !")),

R("fr-req-effacement-si-jamais-alors", ["erasure"],
  "Si jamais vous avez encore mes coordonnées",
  """Bonjour,

Si jamais vous avez encore quelque part mes coordonnées et les documents liés au bilan de compétences que j'avais commencé avec vous en 2020 (et abandonné en cours de route, ce dont je m'excuse encore), alors je vous demande de les supprimer — je n'en ai plus l'usage et je préfère qu'ils ne restent pas dans un ordinateur.

Merci,
Gilles Perrot""",
  frm="Gilles Perrot <gilles.perrot@wanadoo.fr>"),

R("fr-req-access-rectif-erasure-long", ["access", "rectification"],
  "Suite de notre échange téléphonique",
  """Bonjour Sandra,

Comme convenu au téléphone mardi — et encore merci d'avoir pris le temps, je sais que vous étiez entre deux séances —, je vous écris pour formaliser ma demande : d'une part recevoir une copie des notes prises pendant le bilan, d'autre part faire corriger l'intitulé de mon poste actuel, qui n'est plus « chargée de clientèle » mais « responsable d'agence ».

Bien à vous,
Sandrine Petit""",
  frm="Sandrine Petit <sandrine.petit@gmail.com>"),

R("fr-req-portab-famille-transfert", ["portability"],
  "Transfert de mon dossier à ma psychologue",
  """Bonjour,

Bien que je comprenne que vos notes sont avant tout des outils de travail pour vous, je souhaiterais que les données que je vous ai moi-même fournies (questionnaires, journal de bord, tests) soient transmises dans un format numérique courant à ma psychologue, Mme Rey, à l'adresse cabinet.rey.psy@gmail.com.

Cordialement,
Pauline Marchal""",
  frm="Pauline Marchal <pauline.marchal@laposte.net>"),

R("fr-req-objet-seul-desinscription", ["objection"],
  "Désinscription newsletter svp - amelie.brun@gmail.com",
  "",
  frm="Amélie Brun <amelie.brun@gmail.com>"),

R("fr-req-pm-executeur-testamentaire", ["post_mortem"],
  "Exécuteur testamentaire de Mme Odette Blanc",
  """Madame,

Désigné exécuteur testamentaire de Madame Odette Blanc, décédée le 28 septembre 2025, je vous prie de me faire savoir si elle vous avait laissé des directives concernant ses données et, à défaut, de me communiquer celles que vous conservez afin que la famille puisse décider de leur sort.

Veuillez agréer mes salutations respectueuses,
Henri Blanc""",
  frm="Henri Blanc <henri.blanc@orange.fr>"),

R("fr-req-restriction-portab-multi", ["portability", "restriction"],
  "Pendant la transition",
  """Bonjour Sandra,

Pendant que je fais la transition vers un autre accompagnant (je vous en ai parlé à la dernière séance), je souhaite que mes données ne soient plus utilisées pour quoi que ce soit — gardez-les simplement — et que vous m'en fournissiez une version exportable, un fichier CSV, pour que je puisse la remettre à mon nouveau coach.

Merci,
Arnaud""",
  frm="Arnaud Keller <arnaud.keller@gmail.com>"),

R("fr-req-objection-mail-pro-relance", ["objection"],
  "Prospection sur mon adresse professionnelle",
  """Madame,

Mon adresse professionnelle ayant été communiquée par mon employeur pour l'inscription à une formation intra-entreprise en 2024, je ne comprends pas qu'elle soit désormais utilisée pour m'adresser vos offres à titre personnel ; je m'oppose à ce traitement.

Salutations,
Christophe Laurent
Directeur administratif""",
  frm="Christophe Laurent <c.laurent@mairie-issoudun.fr>"),

R("fr-req-withdraw-chat-replay", ["withdraw_consent"],
  "Replay du webinaire",
  """Bonjour,

Lors du webinaire de jeudi j'avais accepté d'activer ma caméra et d'être filmée pour le replay (vous l'aviez demandé au début et j'ai dit oui, je m'en souviens très bien), mais je reviens sur cette autorisation : pourriez-vous flouter mon image ou me retirer du replay avant de le diffuser ?

Merci,
Nora""",
  frm="Nora Belkacem <nora.belkacem@gmail.com>"),

R("fr-req-erasure-sante-deux-ans", ["erasure"],
  "Données de santé",
  """Bonjour,

Notre accompagnement s'est terminé il y a plus de deux ans, et même si je crois comprendre que vous supprimez d'office les données de santé au bout de ce délai, je préfère vous demander expressément d'effacer tout ce qui concerne ma santé (antécédents, traitements) si ce n'est pas déjà fait.

Cordialement,
Bernadette Leclerc""",
  frm="Bernadette Leclerc <bernadette.leclerc@orange.fr>"),

R("fr-req-objection-restriction-double", ["objection", "restriction"],
  "Mes données chez vous",
  """Bonjour,

Je ne souhaite plus recevoir vos offres commerciales, et, par ailleurs, le temps que je règle un litige avec mon ancienne mutuelle, je vous demande de ne pas effacer mon dossier mais de ne plus l'utiliser ni le communiquer à qui que ce soit.

Cordialement,
Yves Martineau""",
  frm="Yves Martineau <yves.martineau@laposte.net>"),

R("fr-req-access-pm-own-and-access", ["access", "post_mortem"],
  "Mes données et après moi",
  """Bonjour Sandra,

Je prépare mes dossiers de succession avec mon notaire (rien de grave, simple prudence à mon âge) et, à cette occasion, j'aimerais d'une part recevoir une copie de ce que vous avez sur moi, et d'autre part vous indiquer qu'après mon décès ma fille Laure pourra tout récupérer si elle le souhaite.

Bien amicalement,
Roland Faucher""",
  frm="Roland Faucher <roland.faucher@orange.fr>"),
# NEAR-LINE: own access + own post-mortem instructions -> access + post_mortem

R("fr-req-acces-mere-pour-mineure", ["access"],
  "Dossier de ma fille",
  """Bonjour Madame Delomenie,

Ma fille Chloé, qui a 13 ans, a suivi six séances avec vous cet automne, et même si je respecte tout à fait la confidentialité de ce qu'elle vous a confié (je ne vous demande pas le contenu des échanges), j'aimerais savoir quelles informations administratives et quelles données vous avez recueillies à son sujet.

Cordialement,
Marjorie Fontaine""",
  frm="Marjorie Fontaine <marjorie.fontaine@gmail.com>"),
]
