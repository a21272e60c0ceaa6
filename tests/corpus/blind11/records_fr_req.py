# French-language requests.
from rec import R, SANDRA, CONTACT
A, RE, E, RS, P, O, W, PM = ("access", "rectification", "erasure", "restriction",
                            "portability", "objection", "withdraw_consent", "post_mortem")
NL = dict(style="gmail_fr", n="Floraison de Soi", a="contact@floraisondesoi.fr",
          t="""Floraison de Soi - La lettre de saison

Chère lectrice, cher lecteur,
L'automne est là, et avec lui notre nouveau cercle « Prendre soin de soi ».
Inscriptions ouvertes jusqu'au 15 octobre.

Se désinscrire""")

RECORDS = [
R("fr_retraite_acces_lettre", "fr", [A], ("Bernard Lavergne", "bernard.lavergne@wanadoo.fr"),
  "Demande de communication de mes données personnelles",
  """Madame,

Ayant suivi auprès de vous, au cours de l'année 2024, un accompagnement à la suite de mon départ en retraite, je me permets de vous adresser la présente afin d'exercer le droit d'accès que me confère l'article 15 du Règlement général sur la protection des données.

Je vous saurais gré de bien vouloir me faire parvenir une copie de l'ensemble des données me concernant que vous détenez, y compris les notes prises lors de nos entretiens.

Vous trouverez ci-joint la copie de ma carte nationale d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Bernard Lavergne
12, allée des Tilleuls
36000 Châteauroux""", att=[("CNI_Lavergne.pdf", "application/pdf")]),

R("fr_mere_fille_ado", "fr", [E], ("Sophie Marchand", "sophie.marchand36@gmail.com"),
  "Données de ma fille Léa",
  """Bonjour Madame Delomenie,

Ma fille Léa (14 ans) a participé à votre atelier « Confiance en soi pour ados » en avril. Elle ne souhaite pas continuer et je préfère que ses informations ne soient pas conservées.

Pourriez-vous supprimer toutes les données la concernant (fiche d'inscription, questionnaire, numéro de téléphone, photos éventuelles) ?

Merci d'avance,
Sophie Marchand"""),

R("fr_pro_desinscription", "fr", [O], ("Julien Perrot", "j.perrot@cabinet-perrot.fr"),
  "Désinscription",
  """Bonjour,

Merci de me désinscrire de votre newsletter.

Cordialement,
Julien Perrot
Expert-comptable associé
Cabinet Perrot & Associés - 18 bd de la République, 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires."""),

R("fr_retraitee_temoignage", "fr", [W], ("Monique Faure", "monique.faure@orange.fr"),
  "Mon témoignage",
  """Chère Madame,

J'avais bien volontiers accepté que vous publiiez mon petit témoignage sur votre site internet, avec ma photographie. Mes petits-enfants me l'ont montré et, à la réflexion, je préférerais qu'il soit retiré. Je ne souhaite plus qu'il apparaisse.

Je vous remercie par avance et vous adresse mes amitiés.

Monique Faure"""),

R("fr_pro_portabilite", "fr", [P], ("Élodie Garnier", "elodie.garnier@free.fr"),
  "Transfert de mes données vers ma nouvelle coach",
  """Bonjour Sandra,

Comme je vous l'ai dit, je poursuis mon accompagnement avec une coach sur Tours. Serait-il possible de lui transmettre directement mes données (questionnaire d'entrée, bilans, exercices réalisés sur la plateforme) dans un format qu'elle pourra réutiliser (Word/Excel plutôt que PDF) ? Son adresse : contact@claire-moreau-coaching.fr

Merci pour tout,
Élodie"""),

R("fr_notaire_succession", "fr", [PM], ("Office notarial Mercier & Bouchet", "accueil.mercier@notaires.fr"),
  "Succession de Mme Yvette RIGAUD - Réf. 2025/0412",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Yvette RIGAUD, née le 4 juin 1949, décédée à Issoudun le 22 août 2025.

Les héritiers nous ont indiqué que la défunte avait recours à vos services. Nous vous remercions de bien vouloir nous faire savoir si vous détenez des documents ou données la concernant, de procéder à la clôture de tout compte ouvert à son nom et de nous indiquer les éventuelles sommes restant dues.

Vous trouverez ci-joint l'acte de décès.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Mercier,
Isabelle Doucet, clerc de notaire""", att=[("acte_deces_RIGAUD.pdf", "application/pdf")]),

R("fr_fille_mere_decedee", "fr", [PM], ("Catherine Blanchet", "cath.blanchet@laposte.net"),
  "Maman",
  """Bonjour Sandra,

Je suis la fille de Jacqueline Blanchet, que vous avez accompagnée l'an dernier. Maman nous a quittés le mois dernier. Je continue à recevoir vos mails sur sa boîte, pourriez-vous la retirer de vos listes et supprimer ses informations ?

Elle parlait souvent de vous avec beaucoup d'affection.

Catherine"""),

R("fr_retraite_ehpad_adresse", "fr", [RE], ("Gérard Bonnin", "gerard.bonnin@orange.fr"),
  "Changement d'adresse",
  """Madame,

Je vous informe de mon changement d'adresse à compter du 1er mars :

Ancienne adresse : 3, rue du Moulin, 36260 Reuilly
Nouvelle adresse : Résidence Les Glycines, chambre 12, 15 avenue Jean Jaurès, 36100 Issoudun

Je vous remercie de bien vouloir modifier mes coordonnées dans vos fichiers afin que les factures me parviennent.

Respectueusement,
G. Bonnin"""),

R("fr_pro_contestation_gel", "fr", [RS], ("Nathalie Roux", "nathalie.roux@axa-conseil.fr"),
  "Compte rendu de bilan - contestation",
  """Bonjour Sandra,

J'ai relu le compte rendu du bilan de compétences que vous avez déposé sur le Drive. Plusieurs éléments ne correspondent pas à ce que j'ai dit (notamment sur mes relations avec ma hiérarchie). Je conteste l'exactitude de ces notes.

En attendant qu'on en discute, merci de ne pas utiliser ce document, ni de le transmettre à qui que ce soit.

Bien cordialement,
Nathalie Roux"""),

R("fr_effacement_et_photo", "fr", [E, W], ("Amandine Lefort", "amandine.lefort@hotmail.fr"),
  "Suppression de mes données + photo",
  """Bonjour,

Je souhaite que vous supprimiez l'ensemble de mes données personnelles (compte Systeme.io, coordonnées, notes de séances).

Je retire également mon accord pour la photo prise lors du stage de juillet : merci de l'enlever de la page Facebook et du site.

Merci de me confirmer la suppression.
Amandine Lefort"""),

R("fr_acces_sources_destinataires", "fr", [A], ("Thierry Vasseur", "thierry.vasseur@sfr.fr"),
  "Origine de mes données",
  """Bonjour,

Je reçois depuis quelques semaines des messages de Floraison de Soi alors que je n'ai aucun souvenir de m'être inscrit. D'où tenez-vous mon adresse ? Et à qui l'avez-vous communiquée ? Je souhaite connaître l'ensemble des informations que vous détenez sur moi.

T. Vasseur"""),

R("fr_opposition_telephone", "fr", [O], ("Martine Giraud", "martine.giraud36@orange.fr"),
  "Appels téléphoniques",
  """Bonjour,

J'ai été appelée deux fois cette semaine pour me proposer un nouveau stage. Je ne souhaite plus être démarchée par téléphone. Merci d'en prendre note.

Martine Giraud"""),

R("fr_nom_marital", "fr", [RE], ("Aurélie Dumas-Petit", "aurelie.petit@gmail.com"),
  "Changement de nom",
  """Bonjour Sandra,

Je me suis mariée cet été ! Pourriez-vous modifier mon nom dans vos fichiers et sur la plateforme : Aurélie Dumas-Petit au lieu d'Aurélie Petit ? Mon adresse mail ne change pas.

Merci beaucoup,
Aurélie"""),

R("fr_compte_et_donnees", "fr", [E], ("Kévin Moreau", "kevin.moreau.pro@gmail.com"),
  "Suppression compte",
  """Bonjour,

Merci de supprimer mon compte sur votre plateforme de formation ainsi que toutes les données qui y sont associées.

Cordialement,
Kévin Moreau"""),

R("fr_acces_et_portabilite", "fr", [A, P], ("Hélène Chevalier", "helene.chevalier@protonmail.com"),
  "Exercice de mes droits RGPD",
  """Madame,

En application des articles 15 et 20 du RGPD, je vous demande :
- de m'indiquer quelles données me concernant vous traitez, pour quelles finalités et quels en sont les destinataires ;
- de me transmettre les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.

Je vous remercie de me répondre dans le délai d'un mois.

Hélène Chevalier"""),

R("fr_directives_soi", "fr", [PM], ("Jean-Pierre Lacoste", "jp.lacoste@orange.fr"),
  "Directives concernant mes données après mon décès",
  """Madame Delomenie,

À 78 ans, je mets de l'ordre dans mes affaires. Conformément à la loi Informatique et Libertés, je vous fais part de mes directives : après mon décès, je souhaite que l'ensemble de mes données détenues par vous soient effacées, à l'exception de celles que vous devez légalement conserver. Je désigne mon fils, Olivier Lacoste, pour veiller à leur exécution.

Je vous remercie d'en accuser réception.

Avec mes salutations respectueuses,
Jean-Pierre Lacoste"""),

R("fr_limitation_ne_pas_supprimer", "fr", [RS], ("Stéphanie Brun", "steph.brun@yahoo.fr"),
  "Conservation de mon dossier",
  """Bonjour Sandra,

J'ai vu dans votre politique que les données des comptes inactifs sont supprimées au bout de 12 mois. Je suis en procédure prud'homale et mes échanges avec vous pourraient servir. Merci de ne rien supprimer, mais de ne pas les utiliser non plus d'ici là.

Stéphanie"""),

R("fr_retrait_donnees_sante", "fr", [W], ("Isabelle Fontaine", "isabelle.fontaine@gmail.com"),
  "Consentement données de santé",
  """Bonjour Sandra,

Lors de la signature du contrat, j'avais donné mon consentement pour que vous recueilliez des informations sur ma santé (mon traitement, mon arrêt maladie). Je retire ce consentement : je ne souhaite plus que ces informations soient utilisées dans notre accompagnement.

Merci,
Isabelle"""),
# NEAR-LINE: withdrawal of the consent given for health data (legal basis = consent per the policy) -> withdraw_consent only; no erasure asked.

R("fr_stop_et_effacement", "fr", [E, O], ("Franck Delmas", "franck.delmas@numericable.fr"),
  "STOP",
  """Je vous ai déjà demandé de ne plus m'envoyer vos pubs. Je m'oppose à toute utilisation de mon adresse à des fins commerciales et je vous demande d'effacer mes coordonnées de vos fichiers.

F. Delmas"""),

R("fr_avocat_mandat", "fr", [A], ("Maître Laure Bertin", "l.bertin@bertin-avocats.fr"),
  "Mme Carole Vidal - Demande d'accès - V/Réf : néant",
  """Madame,

J'interviens en qualité de conseil de Madame Carole Vidal, qui m'a donné mandat, dont vous trouverez copie en pièce jointe.

Au nom de ma cliente, je vous prie de bien vouloir me communiquer l'intégralité des données à caractère personnel la concernant que vous détenez, notamment les comptes rendus de séances, questionnaires et échanges écrits, conformément à l'article 15 du RGPD.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Laure Bertin
Avocat au Barreau de Bourges""", att=[("mandat_Vidal_signe.pdf", "application/pdf")]),

R("fr_parent_photo_enfant", "fr", [W], ("Romain Jacquet", "romain.jacquet@gmail.com"),
  "Photo de mon fils sur Instagram",
  """Bonjour,

Mon fils Nathan (12 ans) apparaît sur une photo de l'atelier parents-enfants publiée sur votre compte Instagram. Nous avions signé l'autorisation mais nous la retirons : merci de supprimer la publication ou de flouter son visage.

Merci d'avance,
Romain Jacquet"""),

R("fr_nouveau_portable", "fr", [RE], ("Laetitia Caron", "laeti.caron@gmail.com"),
  "nouveau numéro",
  """Coucou Sandra,

J'ai changé de numéro ! L'ancien (06 12 45 78 90) ne marche plus, le nouveau c'est le 07 81 23 56 44. Tu peux mettre à jour ma fiche ?

Bisous et à jeudi
Laetitia"""),

R("fr_copie_notes_seances", "fr", [A], ("Valérie Hamon", "valerie.hamon@orange.fr"),
  "Notes de nos séances",
  """Bonjour Sandra,

Pourriez-vous m'envoyer une copie des notes que vous avez prises pendant nos séances, ainsi que les questionnaires que j'ai remplis ? J'aimerais les garder pour moi.

Belle journée,
Valérie"""),

R("fr_effacement_html", "fr", [E], ("Christophe Lemoine", "c.lemoine@entreprise-lemoine.fr"),
  "Demande d'effacement RGPD",
  """Madame,

Conformément à l'article 17 du RGPD, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant et de m'en confirmer l'exécution.

Cordialement,
Christophe Lemoine
Gérant - Entreprise Lemoine SARL""", shape="html"),

R("fr_opposition_statistiques", "fr", [O], ("Dominique Aubert", "dominique.aubert@laposte.net"),
  "Utilisation de mes réponses",
  """Bonjour,

J'ai lu dans votre lettre que vous exploitez les réponses aux questionnaires pour établir des statistiques sur l'évolution des participants. Compte tenu de ma situation (je suis élu local et je tiens à la discrétion), je m'oppose à ce que mes réponses soient utilisées à cette fin.

Cordialement,
Dominique Aubert"""),

R("fr_rectif_et_limitation", "fr", [RE, RS], ("Sylvie Perrin", "sylvie.perrin@free.fr"),
  "Erreur dans ma fiche",
  """Bonjour Sandra,

Dans ma fiche de suivi il est noté que je suis divorcée : je suis veuve. Merci de corriger. Et tant que ce n'est pas corrigé, je préfère que la fiche ne soit pas utilisée pour préparer le stage de groupe.

Sylvie"""),

R("fr_drive_portabilite", "fr", [P], ("Mathieu Girard", "mathieu.girard@outlook.fr"),
  "Récupération de mes fichiers",
  """Bonjour Sandra,

Je voudrais récupérer tous les documents que j'ai déposés dans le dossier Google Drive partagé (bilans, tableaux, auto-évaluations) dans leur format d'origine, pour les réutiliser avec mon nouvel outil de suivi. Un zip ou un transfert vers mon Drive (mathieu.girard@gmail.com) me va.

Merci,
Mathieu"""),

R("fr_veuf", "fr", [PM], ("Michel Besson", "michel.besson@orange.fr"),
  "Décès de mon épouse",
  """Madame,

J'ai la tristesse de vous informer du décès de mon épouse, Annie Besson, survenu le 9 mars. Je vous serais reconnaissant de bien vouloir cesser tout envoi à son adresse et de me faire savoir quelles informations vous conserviez à son sujet.

Avec mes remerciements,
Michel Besson"""),

R("fr_retrait_video_replay", "fr", [W], ("Camille Roussel", "camille.roussel@gmail.com"),
  "Replay du webinaire",
  """Bonjour Sandra,

Je me suis rendu compte que j'apparais (caméra allumée + prénom) dans le replay du webinaire de mardi. Je ne suis plus d'accord pour être dans l'enregistrement, est-ce que tu peux couper mon passage ou retirer la vidéo ?

Merci !
Camille""", quote=dict(style="gmail_fr", n="Floraison de Soi", a="contact@floraisondesoi.fr",
  t="Bonjour à tous,\nLe replay du webinaire est disponible dans votre espace.\nSandra")),

R("fr_question_polie_suppression", "fr", [E], ("Odile Marchal", "odile.marchal@wanadoo.fr"),
  "Question",
  """Bonjour Madame,

Pourriez-vous supprimer mes données ? Je n'ai finalement pas donné suite après notre entretien téléphonique.

Merci par avance,
Odile Marchal"""),

R("fr_acces_au_dessus_newsletter", "fr", [A], ("Yannick Le Goff", "yannick.legoff@gmail.com"),
  "Re: Floraison de Soi - La lettre de saison",
  """Bonjour, avant de décider si je reste abonné, pouvez-vous m'envoyer la copie de toutes les données que vous avez sur moi ? Merci.

Yannick""", quote=NL),

R("fr_opposition_sms", "fr", [O], ("Patricia Renaud", "patricia.renaud@sfr.fr"),
  "SMS promotionnels",
  """Bonjour,

Je reçois des SMS pour vos ateliers. Je ne souhaite plus recevoir ces SMS publicitaires. Mon numéro : 06 33 21 87 54.

Merci,
Patricia Renaud"""),

R("fr_rectif_note_erronee", "fr", [RE], ("Jérôme Fabre", "jerome.fabre@gmail.com"),
  "Correction compte rendu",
  """Bonjour Sandra,

Dans le compte rendu de la séance 3, il est écrit que j'ai quitté mon poste chez Michelin en 2019. C'était en 2021, et c'était chez Dunlop. Pourrais-tu corriger pour que mon dossier soit juste ?

Merci,
Jérôme"""),

R("fr_retraite_effacement_courrier", "fr", [E], ("Colette Mercier", "colette.mercier@orange.fr"),
  "Courrier - demande de suppression",
  """Madame,

Veuillez trouver ci-joint mon courrier signé ainsi que la copie de ma pièce d'identité, comme le prévoit votre politique de confidentialité.

Je vous en souhaite bonne réception.

Colette Mercier

(Message envoyé par ma petite-fille, je ne suis pas très à l'aise avec l'ordinateur.)""",
  att=[("Lettre_suppression_donnees_Mercier.pdf", "application/pdf"), ("CNI_Colette_Mercier.jpg", "image/jpeg")]),
# NEAR-LINE: the body only says a signed letter is attached; subject "demande de suppression" carries the request -> erasure.

R("fr_acces_rectif_effacement", "fr", [A, E, RE], ("Laurent Dupuis", "laurent.dupuis@gmail.com"),
  "RGPD",
  """Bonjour,

1. Je souhaite obtenir une copie de toutes les données me concernant.
2. Mon adresse est erronée dans vos fichiers : ce n'est pas 12 mais 21 rue Victor Hugo, 18100 Vierzon.
3. Une fois la copie reçue, merci de supprimer mon compte et toutes mes données.

Cordialement,
Laurent Dupuis"""),

R("fr_limitation_litige", "fr", [RS], ("Agnès Colin", "agnes.colin@gmail.com"),
  "Suspension du traitement de mes données",
  """Madame,

Je conteste la facture de novembre et les informations qui y figurent (nombre de séances, coordonnées de mon employeur). Dans l'attente de la résolution de ce différend, je vous demande de limiter le traitement de mes données : ne les supprimez pas, mais ne les utilisez plus.

Agnès Colin"""),

R("fr_portabilite_puis_effacement", "fr", [E, P], ("Bruno Texier", "bruno.texier@laposte.net"),
  "Mes données",
  """Bonjour,

Je souhaite récupérer mes données (profil, résultats des tests, exercices) dans un format exploitable (CSV ou Excel), puis que vous les effaciez de vos systèmes.

Bruno Texier"""),

R("fr_opposition_pub_ciblee", "fr", [O], ("Emmanuelle Picard", "emmanuelle.picard@gmail.com"),
  "Publicités Facebook",
  """Bonjour,

Je vois depuis plusieurs semaines des publicités Floraison de Soi sur Facebook et Instagram, visiblement parce que mon adresse mail a été importée dans un outil de ciblage publicitaire. Je m'oppose à cette utilisation de mes données à des fins de prospection.

Emmanuelle Picard"""),

R("fr_retrait_questionnaire", "fr", [W], ("Nadia Benali", "nadia.benali@outlook.fr"),
  "Questionnaire pour votre étude",
  """Bonjour Sandra,

J'avais accepté que mes réponses au questionnaire de début de parcours servent à votre étude sur l'équilibre vie pro/vie perso. Finalement je retire mon accord, merci de ne pas les utiliser.

Nadia"""),

R("fr_frere_decede", "fr", [PM], ("Alain Germain", "alain.germain@free.fr"),
  "Mon frère, Philippe Germain",
  """Bonjour,

Mon frère Philippe est décédé en janvier. En tant que frère et héritier, je vous demande de supprimer son compte et de me transmettre les documents qu'il aurait pu déposer chez vous (il écrivait beaucoup, nous aimerions garder ses textes).

Cordialement,
Alain Germain"""),

R("fr_pere_fils_mineur", "fr", [E], ("Olivier Tessier", "olivier.tessier@gmail.com"),
  "Données de mon fils",
  """Bonjour,

Mon fils Hugo, 16 ans, s'était inscrit sur votre plateforme pour la formation « Gérer son stress avant le bac ». Il a utilisé son adresse personnelle sans notre accord. En tant que représentant légal, je vous demande de supprimer son compte et toutes ses données.

Olivier Tessier"""),

R("fr_quelles_donnees", "fr", [A], ("Jeanne Lambert", "jeanne.lambert@orange.fr"),
  "Mes informations",
  """Bonjour Madame Delomenie,

Pourriez-vous me dire quelles informations vous conservez sur moi ? J'ai fait trois séances en 2023 et je me demande ce qui est gardé.

Bien à vous,
Jeanne Lambert"""),

R("fr_changement_email", "fr", [RE], ("Pascal Robin", "pascal.robin@gmail.com"),
  "Changement d'adresse mail",
  """Bonjour,

Mon ancienne adresse (pascal.robin@club-internet.fr) va être fermée. Merci de la remplacer par celle-ci dans votre fichier et sur la plateforme.

Pascal Robin""", cte="qp"),

R("fr_gel_reflexion", "fr", [RS], ("Gaëlle Morin", "gaelle.morin@yahoo.fr"),
  "En attente",
  """Bonjour Sandra,

Je ne sais pas encore si je vais reprendre l'accompagnement. Est-ce que tu peux mettre mon dossier en pause : ne rien supprimer, mais ne plus rien m'envoyer et ne pas t'en servir, le temps que je décide ?

Merci,
Gaëlle"""),

R("fr_newsletter_et_temoignage", "fr", [O, W], ("Florence Lebrun", "florence.lebrun@gmail.com"),
  "Désabonnement + témoignage",
  """Bonjour,

Merci de me retirer de la liste de diffusion de la newsletter. Je souhaite aussi que mon témoignage (avec mon prénom) soit retiré de la page de vente de la formation : je ne donne plus mon accord.

Florence Lebrun"""),

R("fr_effacement_qp_long", "fr", [E], ("Marie-Thérèse Guillot", "mt.guillot@wanadoo.fr"),
  "Suppression de mes données personnelles",
  """Chère Madame,

Voilà maintenant près de deux ans que j'ai terminé le cycle d'ateliers « Renaître à soi » que vous animiez à la Maison des associations, et je garde un très beau souvenir de ces rencontres, en particulier de l'atelier sur la gratitude.

Cependant, à mon âge, je souhaite alléger un peu mes affaires, y compris ce qui se trouve « dans les ordinateurs », comme dit mon petit-fils. Je vous serais donc reconnaissante de bien vouloir effacer toutes les données personnelles que vous avez me concernant : mon adresse, mon téléphone, mes fiches d'inscription, et tout ce qui aurait été noté pendant les ateliers.

En vous remerciant de votre compréhension, je vous prie de croire, chère Madame, à mes sentiments les meilleurs.

Marie-Thérèse Guillot""", cte="qp"),

R("fr_opposition_relances", "fr", [O], ("Sébastien Marty", "sebastien.marty@orange.fr"),
  "Relances commerciales",
  """Bonjour,

Depuis mon appel découverte, je reçois des relances commerciales chaque semaine. Je ne souhaite plus recevoir de sollicitations commerciales de votre part, ni par mail ni par téléphone.

Sébastien Marty"""),

R("fr_notaire_2", "fr", [PM], ("SCP Lefebvre - Notaires associés", "office.lefebvre@notaires.fr"),
  "Succession M. Roger DUCHÊNE",
  """Madame,

Dans le cadre du règlement de la succession de Monsieur Roger DUCHÊNE, décédé le 14 octobre 2025, nous vous prions de bien vouloir nous communiquer l'ensemble des informations et documents en votre possession le concernant, et de supprimer ensuite son espace client.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le Notaire""", shape="alt"),

R("fr_portabilite_simple", "fr", [P], ("Virginie Carré", "virginie.carre@gmail.com"),
  "Export de mes données",
  """Bonjour Sandra,

Est-ce que tu pourrais m'exporter mes données de la plateforme de formation (progression, réponses aux exercices, carnet de bord) dans un fichier que je pourrai importer dans Notion ? Un CSV serait parfait.

Merci !
Virginie"""),

R("fr_copie_toutes_donnees", "fr", [A], ("Éric Vallée", "eric.vallee@bbox.fr"),
  "Copie de mes données",
  """Bonjour,

Merci de m'adresser une copie de toutes les données me concernant que vous détenez (y compris celles conservées chez Stripe et sur Google Drive).

Cordialement,
Éric Vallée

Envoyé de mon iPhone"""),

R("fr_article17_formel", "fr", [E], ("Henri de Villiers", "h.devilliers@orange.fr"),
  "Droit à l'effacement - article 17 RGPD",
  """Madame,

Je me permets de vous solliciter afin d'exercer mon droit à l'effacement. Je vous prie de bien vouloir supprimer, dans les meilleurs délais, l'ensemble des données à caractère personnel me concernant, y compris auprès de vos sous-traitants.

Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.

Henri de Villiers
Ancien magistrat"""),

R("fr_retrait_photo_site", "fr", [W], ("Léa Chauvin", "lea.chauvin@gmail.com"),
  "photo sur le site",
  """Salut Sandra !

Je viens de voir la photo de l'atelier sur le site, celle où on est toutes autour de la table. Ça ne me dérangeait pas au début mais là je préfère ne pas y être, je retire mon accord. Tu peux la retirer ou me flouter ?

Merci, bises
Léa"""),

R("fr_rectif_et_acces", "fr", [A, RE], ("Pierre-Yves Daniel", "py.daniel@gmail.com"),
  "Vérification de mes données",
  """Bonjour,

Pouvez-vous m'envoyer la liste des données que vous avez sur moi ? J'ai l'impression que ma date de naissance est fausse sur l'attestation de formation (12/05/1978 au lieu de 15/02/1978) : merci de la corriger.

Cordialement,
Pierre-Yves Daniel"""),

R("fr_tout_supprimer_tout_retirer", "fr", [E, O, W], ("Anne-Sophie Rey", "annesophie.rey@gmail.com"),
  "Fin de notre collaboration",
  """Bonjour Sandra,

Suite à notre désaccord, je souhaite :
- ne plus recevoir aucune newsletter ni offre commerciale ;
- que la vidéo témoignage tournée en mai soit retirée du site et de YouTube (je retire mon consentement) ;
- que toutes mes données soient supprimées.

Anne-Sophie Rey"""),

R("fr_renvoi_outlook", "fr", [RS], ("Francis Maillard", "francis.maillard@cegetel.net"),
  "TR: Mon dossier",
  """Madame,

Je n'ai pas eu de réponse à mon message ci-dessous. Je vous rappelle que je conteste les informations portées dans mon dossier et que je vous ai demandé de ne plus les utiliser tant que nous n'avons pas vérifié ensemble. Merci de me confirmer que c'est bien fait.

F. Maillard""", fwd=dict(style="outlook_fr", n="Francis Maillard", a="francis.maillard@cegetel.net", to="sandra.delomenie@orange.fr",
  subj="Mon dossier", t="Madame,\nLes informations sur ma situation professionnelle sont inexactes. Merci de ne pas les utiliser en attendant.\nF. Maillard")),

R("fr_maman_temoignage_html", "fr", [W], ("Christelle Noël", "christelle.noel@gmail.com"),
  "Retrait de mon avis",
  """Bonjour Sandra,

Je souhaiterais que mon avis (avec ma photo) soit retiré de votre page « Témoignages » et de vos réseaux sociaux. Je retire mon consentement à sa publication.

Merci beaucoup et belle continuation,
Christelle""", shape="alt"),

R("fr_pro_acces_destinataires", "fr", [A], ("Damien Rolland", "d.rolland@rolland-conseil.fr"),
  "Destinataires de mes données",
  """Bonjour,

Je constate que je reçois depuis peu de la prospection d'un organisme de formation partenaire. Pouvez-vous m'indiquer à quelles entreprises vous avez transmis mes coordonnées ?

Cordialement,
Damien Rolland
Rolland Conseil"""),

R("fr_effacement_reponse_gmail", "fr", [E], ("Mélanie Bertrand", "melanie.bertrand@gmail.com"),
  "Re: Votre accès à la formation expire bientôt",
  """Bonjour,

Je ne vais pas renouveler. Par contre, merci de supprimer mon compte et mes données, je ne veux pas que mes exercices restent sur la plateforme.

Mélanie""", quote=dict(style="gmail_fr", n="Floraison de Soi", a="contact@floraisondesoi.fr",
  t="Bonjour Mélanie,\nVotre accès à la formation « Oser s'affirmer » expire dans 15 jours.\nPour prolonger, cliquez ici.\nSandra")),
R("fr_pro_export_stop_prospection", "fr", [O, P], ("Caroline Besnier", "caroline.besnier@besnier-rh.fr"),
  "Données et sollicitations",
  """Bonjour Sandra,

Merci de m'envoyer mes données de la plateforme (questionnaires, résultats des tests) dans un format réutilisable type Excel : je souhaite les intégrer à mon propre dossier de développement.

Par ailleurs, je ne souhaite plus recevoir de propositions commerciales de votre part.

Bien cordialement,
Caroline Besnier
Consultante RH"""),

R("fr_parent_fils_video", "fr", [E, W], ("Sandrine Vallet", "sandrine.vallet@gmail.com"),
  "Atelier ados - mon fils Théo",
  """Bonjour Madame,

Mon fils Théo (13 ans) a participé à l'atelier ados de février. Nous avions accepté qu'il soit filmé pour la vidéo de présentation, mais nous retirons cette autorisation : merci de retirer la vidéo ou de couper les passages où il apparaît.

Et plus largement, merci de supprimer toutes ses données (fiche d'inscription, questionnaire, numéro).

Sandrine Vallet, sa maman"""),

R("fr_retraite_adresse_et_pub", "fr", [O, RE], ("Lucienne Tardy", "lucienne.tardy@orange.fr"),
  "Mes coordonnées",
  """Madame,

Mon adresse postale est erronée dans vos fichiers : il faut lire « 8, impasse des Vignes, 36100 Saint-Georges-sur-Arnon » et non « 8, impasse des Vignes, 36100 Issoudun ».

Par ailleurs, je vous saurais gré de ne plus m'adresser de publicités, ni par courrier ni par courriel.

Veuillez agréer, Madame, mes salutations distinguées.

L. Tardy"""),
]
