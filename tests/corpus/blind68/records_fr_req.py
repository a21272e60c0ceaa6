# Demandes en français (droits non vides).
from common import R, HER, HER2

RECORDS = [
R("fr-acces-formel", ["access"], ("Béatrice Langlois", "beatrice.langlois@orange.fr"),
  "Demande de droit d'accès",
  """
  Madame,

  Conformément à l'article 15 du RGPD, je vous prie de bien vouloir me communiquer l'ensemble des
  données personnelles me concernant que vous détenez, ainsi que leur origine et les
  destinataires auxquels elles ont été communiquées.

  Vous trouverez ci-joint la copie de ma carte d'identité.

  Veuillez agréer, Madame, mes salutations distinguées.

  Béatrice Langlois
  """, att=[("pdf", "CNI_Langlois.pdf", "Carte nationale d'identite - LANGLOIS Beatrice")]),

R("fr-acces-notes-seances", ["access"], ("Jérôme Pichon", "jerome.pichon@free.fr"),
  "mes notes de séance",
  """
  Bonjour Sandra,

  Serait-il possible d'avoir une copie des notes que vous avez prises pendant nos séances de
  l'automne ? J'aimerais relire le chemin parcouru.

  Merci d'avance,
  Jérôme
  """),

R("fr-acces-sms", ["access"], ("Manon", "manon.rx@gmail.com"),
  "question",
  """
  slt sandra c manon, tu peux menvoyer tout ce que t as sur moi dans tes fichiers ? merci bcp
  """, mailer=""),

R("fr-acces-origine", ["access"], ("Gilles Moreau", "gilles.moreau36@wanadoo.fr"),
  "Comment avez-vous eu mon adresse ?",
  """
  Bonjour,

  Je reçois votre lettre d'information alors que je ne me suis jamais inscrit. Pouvez-vous
  m'indiquer d'où vous tenez mon adresse électronique et quelles autres informations vous avez
  sur moi ?

  Cordialement,
  G. Moreau
  """),

R("fr-acces-quebec", ["access"], ("Mélissa Gagnon", "melissa.gagnon@videotron.ca"),
  "Mes renseignements personnels",
  """
  Bonjour Sandra,

  J'ai suivi ta formation en ligne l'hiver passé pendant mon échange à Bourges. Là, j'aimerais
  ben savoir quels renseignements personnels tu conserves à mon sujet pis à qui tu les as
  transmis. Merci ben gros!

  Mélissa
  """),

R("fr-acces-questionnaire", ["access"], ("Odile Vasseur", "odile.vasseur@laposte.net"),
  "Questionnaire de début d'accompagnement",
  """
  Bonjour Madame Delomenie,

  Pourriez-vous m'envoyer une copie du questionnaire que j'avais rempli lors de notre premier
  rendez-vous, ainsi que la fiche de suivi ? Je les ai égarés.

  Bien cordialement,
  Odile Vasseur
  """),

R("fr-acces-rect", ["access", "rectification"], ("Thierry Lamarque", "t.lamarque@sfr.fr"),
  "Données me concernant",
  """
  Bonjour,

  Je souhaite obtenir la liste des informations que vous détenez sur moi. Par ailleurs mon nom
  est mal orthographié sur vos factures : c'est LAMARQUE et non LAMARCQ. Merci de corriger.

  Thierry Lamarque
  """),

# ---------- rectification ----------
R("fr-rect-adresse", ["rectification"], ("Nathalie Chevrier", "nathalie.chevrier@gmail.com"),
  "Changement d'adresse",
  """
  Bonjour Sandra,

  J'ai déménagé : merci de remplacer mon ancienne adresse (12 rue Porte aux Boeufs) par
  3 allée des Marronniers, 36100 Issoudun.

  Bonne journée,
  Nathalie
  """),

R("fr-rect-belge", ["rectification"], ("Wouter Claes", "wouter.claes@skynet.be"),
  "Correction de mes coordonnées",
  """
  Bonjour Madame,

  Une petite erreur s'est glissée dans mon dossier : mon numéro de GSM est le
  +32 475 12 34 56 et non celui qui termine par 65. Pourriez-vous rectifier, s'il vous plaît ?
  Je vous en remercie, à tantôt !

  Wouter Claes
  """),

R("fr-rect-note-erronee", ["rectification"], ("Agnès Roussel", "agnes.roussel@orange.fr"),
  "Fiche de suivi",
  """
  Bonjour Sandra,

  En relisant la fiche de suivi que vous m'avez transmise, j'ai vu qu'il est noté que je suis
  « sans emploi ». Je suis en fait en congé parental jusqu'en septembre. Je tiens à ce que ce
  soit corrigé dans votre dossier.

  Merci,
  Agnès
  """),

R("fr-rect-naissance", ["rectification"], ("Paulette Girard", "paulette.girard@wanadoo.fr"),
  "Erreur",
  """
  Bonjour,
  ma date de naissance est le 3 mai 1961 et pas le 5 mars. Merci de modifier dans vos papiers.
  Paulette Girard
  """),

R("fr-rect-email", ["rectification"], ("Kevin Baudry", "kevin.baudry@outlook.fr"),
  "Nouvelle adresse mail",
  """
  Bonjour, je n'utilise plus kbaudry36@hotmail.fr, pouvez-vous mettre celle-ci à la place
  (kevin.baudry@outlook.fr) pour les convocations ? Merci. Kevin
  """),

# ---------- effacement ----------
R("fr-eff-formel", ["erasure"], ("Christine Aubert", "christine.aubert@orange.fr"),
  "Demande d'effacement de mes données personnelles",
  """
  Madame,

  En application de l'article 17 du Règlement général sur la protection des données, je vous
  demande de procéder à l'effacement de l'ensemble des données à caractère personnel me
  concernant, et de m'en confirmer la réalisation dans le délai d'un mois.

  Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

  Christine Aubert
  """, att=[("pdf", "piece_identite_Aubert.pdf", "Copie piece d'identite - AUBERT Christine")]),

R("fr-eff-poli", ["erasure"], ("Hélène Duret", "helene.duret@gmail.com"),
  "Suppression",
  """
  Bonjour Sandra,

  Pourriez-vous supprimer mes données ? Je n'ai plus l'intention de reprendre l'accompagnement.

  Merci beaucoup et belle continuation,
  Hélène
  """),
# NEAR-LINE: polite question asking for the thing -> request (erasure).

R("fr-eff-sans-accents", ["erasure"], ("fred", "fred.lebrun36@gmail.com"),
  "suppression compte",
  """
  bonjour
  je veux que vous supprimiez mon compte et toute mes donnees svp jai plus besoin de la formation
  merci
  fred
  """, mailer=""),

R("fr-eff-suisse", ["erasure"], ("Corinne Favre", "corinne.favre@bluewin.ch"),
  "Effacement de mon dossier",
  """
  Bonjour Madame Delomenie,

  Suite à mon déménagement à Lausanne, je vous saurais gré d'effacer mon dossier ainsi que toutes
  mes coordonnées. Je vous remercie d'avance et vous adresse mes meilleures salutations.
  Ci-joint une photo de ma carte d'identité.

  Corinne Favre
  """, att=[("png", "ID_Favre.png", "")]),

R("fr-eff-enfoui", ["erasure"], ("Sylvie Marchand", "sylvie.marchand@laposte.net"),
  "Des nouvelles",
  """
  Bonjour Sandra,

  Je voulais vous donner des nouvelles : j'ai finalement accepté le poste à Nantes, et je
  commence le mois prochain. Nos séances m'ont beaucoup aidée à prendre cette décision, je ne
  vous remercierai jamais assez.

  Le déménagement est prévu pour fin août, les cartons commencent à s'empiler…

  Au passage, comme je ne reviendrai plus, je préférerais que vous ne gardiez rien me concernant :
  vous pouvez tout effacer, fiches, questionnaires, coordonnées.

  Je vous embrasse,
  Sylvie
  """, html="alt"),

R("fr-eff-sujet-seul", ["erasure"], ("Lucas Perrin", "lucas.perrin@gmail.com"),
  "Merci d'effacer toutes mes données personnelles",
  "", mailer=""),

R("fr-eff-euphemisme", ["erasure"], ("Marie-Jo Tessier", "mariejo.tessier@orange.fr"),
  "Tourner la page",
  """
  Bonjour Sandra,

  J'ai envie de tourner la page complètement. Je souhaiterais qu'il ne reste aucune trace de moi
  chez vous, ni fichier ni adresse. Je compte sur vous.

  Marie-Jo
  """),
# NEAR-LINE: "aucune trace de moi" = erasure in euphemistic wording.

R("fr-eff-parent-mineur", ["erasure"], ("Stéphanie Robin", "stephanie.robin@gmail.com"),
  "Données de ma fille",
  """
  Bonjour,

  Ma fille Inès (14 ans) a participé à l'atelier « confiance en soi » pour ados en février. En
  tant que mère, je vous demande de supprimer toutes les données la concernant (fiche
  d'inscription, questionnaire, numéro de téléphone).

  Stéphanie Robin
  """),

# ---------- limitation ----------
R("fr-lim-gel", ["restriction"], ("Arnaud Fleury", "arnaud.fleury@gmail.com"),
  "Mon dossier - ne rien supprimer",
  """
  Bonjour Sandra,

  Je suis en litige avec mon ancien employeur qui a financé le coaching. Merci de ne rien
  supprimer de mon dossier pour l'instant, mais de ne plus l'utiliser ni le transmettre à qui que
  ce soit jusqu'à nouvel ordre.

  Arnaud Fleury
  """),

R("fr-lim-contestation", ["restriction"], ("Danielle Pasquier", "d.pasquier@orange.fr"),
  "Contestation du bilan",
  """
  Madame,

  Je conteste l'exactitude du bilan de fin de formation vous concernant… pardon, me concernant,
  qui indique que je n'ai pas atteint les objectifs. En attendant que nous en parlions, je vous
  demande de suspendre toute utilisation de ce document (article 18 du RGPD).

  Danielle Pasquier
  """),

R("fr-lim-bloquer", ["restriction"], ("Yannick Le Goff", "yannick.legoff@free.fr"),
  "Blocage",
  """
  Bonjour,
  vous pouvez garder mes infos mais je veux qu'elles soient gelées, plus aucune utilisation
  pour le moment. Je reviendrai vers vous.
  Yannick
  """),

R("fr-lim-acces", ["restriction", "access"], ("Pascale Bernier", "pascale.bernier@gmail.com"),
  "Compte rendu transmis à mon employeur ?",
  """
  Bonjour Sandra,

  J'ai l'impression que mon manager a eu connaissance de certains éléments de mes séances. Je
  vous demande de ne plus utiliser ni communiquer mon compte rendu tant que ce point n'est pas
  éclairci, et de m'indiquer précisément à qui il a été transmis.

  Pascale Bernier
  """),

R("fr-lim-outlook", ["restriction"], ("Fabrice Aumont", "fabrice.aumont@hotmail.fr"),
  "RE: Évaluation de la formation",
  """
  Bonjour,

  Les appréciations sur ma participation sont inexactes. Merci de mettre cette évaluation de
  côté, sans l'utiliser ni l'effacer, le temps que je vous fournisse mes justificatifs.

  Fabrice Aumont
  """, quote="""
  Bonjour Monsieur Aumont,
  Veuillez trouver ci-joint l'évaluation de votre participation, qui sera transmise à votre
  service RH vendredi.
  Cordialement,
  Sandra Delomenie
  """, qstyle="outlook_fr", qfrom=HER2, mailer="Microsoft Outlook 16.0"),

R("fr-lim-sms", ["restriction"], ("Lola", "lola.ben@gmail.com"),
  "stp",
  """
  coucou sandra, touche plus à mon dossier stp, efface rien mais t en sers plus pour l instant. bisous
  """, mailer=""),
# NEAR-LINE: informal "don't delete, don't use" -> restriction.

# ---------- portabilité ----------
R("fr-port-format", ["portability"], ("Julien Carré", "julien.carre@gmail.com"),
  "Récupérer mes données",
  """
  Bonjour Sandra,

  Je change de coach. Pourriez-vous m'envoyer mes données (historique des séances, exercices
  déposés sur la plateforme) dans un format réutilisable type CSV ou Excel ?

  Merci,
  Julien
  """),

R("fr-port-transfert", ["portability"], ("Isabelle Renaud", "isabelle.renaud@orange.fr"),
  "Transfert de mon dossier",
  """
  Madame,

  Au titre de l'article 20 du RGPD, je vous demande de transmettre directement mes données à ma
  nouvelle praticienne, Mme Claire Dumas (cabinet.dumas@gmail.com), dans un format structuré.

  Isabelle Renaud
  """),

R("fr-port-acces", ["portability", "access"], ("Romain Lefèvre", "romain.lefevre@gmail.com"),
  "Mes données",
  """
  Bonjour,

  Pouvez-vous me dire quelles données vous avez sur moi, et m'envoyer les résultats de mes
  quiz de la formation en ligne dans un fichier que je peux importer ailleurs ?

  Romain
  """),

R("fr-port-json", ["portability"], ("Anthony Masson", "anthony.masson@protonmail.com"),
  "Portabilité",
  """
  Bonjour, j'exerce mon droit à la portabilité : merci de m'exporter mes données fournies
  (profil, journal de bord) au format JSON ou CSV. Cordialement, A. Masson
  """),

R("fr-port-effacer", ["portability", "erasure"], ("Élodie Guillot", "elodie.guillot@yahoo.fr"),
  "Export puis suppression",
  """
  Bonjour Sandra,

  Avant de quitter la plateforme, j'aimerais récupérer mon journal et mes fiches dans un format
  exploitable (Excel), puis que vous supprimiez mon compte et l'ensemble de mes données.

  Élodie
  """),

R("fr-port-belge", ["portability"], ("Sébastien Dubois", "seb.dubois@telenet.be"),
  "Mes fichiers de formation",
  """
  Bonjour Madame,

  Serait-ce possible de recevoir l'ensemble de mes travaux et résultats de la formation dans un
  fichier que je peux réutiliser sur une autre plateforme ? Je vous remercie, bien à vous.

  Sébastien Dubois
  """),

# ---------- opposition ----------
R("fr-opp-desabo", ["objection"], ("Gérard Millet", "gerard.millet@wanadoo.fr"),
  "Désinscription",
  """
  Merci de me désinscrire de votre lettre d'information.
  G. Millet
  """),

R("fr-opp-reponse-newsletter", ["objection"], ("Claudine Robert", "claudine.robert@orange.fr"),
  "RE: Les ateliers de mars",
  """
  Stop. Je ne veux plus recevoir ces mails.
  """, quote="""
  Chères toutes, chers tous,
  Les ateliers de mars sont en ligne : sophrologie, gestion des émotions, confiance en soi…
  Floraison de Soi
  """, qstyle="outlook_fr", qfrom=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("fr-opp-sms", ["objection"], ("Bernard Texier", "bernard.texier@sfr.fr"),
  "SMS",
  """
  Bonjour, je ne souhaite plus recevoir vos SMS publicitaires. Merci. B. Texier
  """),

R("fr-opp-prospection", ["objection"], ("Cécile Joubert", "c.joubert@cabinet-joubert.fr"),
  "Prospection",
  """
  Madame,

  Je m'oppose à l'utilisation de mes coordonnées professionnelles à des fins de prospection
  commerciale. Je vous remercie de ne plus me solliciter.

  Cécile Joubert
  """),

R("fr-opp-stats", ["objection"], ("Henri Vallet", "henri.vallet@gmail.com"),
  "Questionnaire de satisfaction",
  """
  Bonjour,

  Je ne souhaite pas que mes réponses au questionnaire de satisfaction servent à vos statistiques
  ou à votre bilan annuel. Merci d'en tenir compte.

  Henri Vallet
  """),

R("fr-opp-quebec", ["objection"], ("Samuel Côté", "samuel.cote@hotmail.com"),
  "Infolettre",
  """
  Allo, j'aimerais ne plus recevoir ton infolettre, merci! Samuel
  """, mailer=""),

R("fr-opp-analytics", ["objection"], ("Virginie Lacroix", "virginie.lacroix@gmail.com"),
  "Profilage publicitaire",
  """
  Bonjour,

  Je refuse que mon adresse mail soit utilisée pour du ciblage publicitaire (audiences Facebook
  ou autres). Merci de m'exclure de ce type de traitement.

  Virginie Lacroix
  """),

R("fr-opp-rect", ["objection", "rectification"], ("Jean-Pierre Hardy", "jp.hardy@orange.fr"),
  "Plusieurs choses",
  """
  Bonjour Madame,

  D'abord, mon adresse a changé : 8 rue du Château, 36150 Vatan. Ensuite, je ne souhaite plus
  recevoir la newsletter. Merci d'avance.

  Jean-Pierre Hardy
  """),

# ---------- retrait du consentement ----------
R("fr-rc-temoignage", ["withdraw_consent"], ("Aurélie Faure", "aurelie.faure@gmail.com"),
  "Mon témoignage",
  """
  Bonjour Sandra,

  Je souhaiterais retirer mon témoignage de votre site internet. Ma situation professionnelle a
  changé et je préfère qu'il ne soit plus visible. Merci pour votre compréhension.

  Aurélie
  """),

R("fr-rc-photo", ["withdraw_consent"], ("Laurent Besson", "laurent.besson@gmail.com"),
  "Photo sur Instagram",
  """
  Bonjour, je reviens sur mon accord pour la photo de groupe du stage de juillet publiée sur
  Instagram. Pouvez-vous la retirer ou me flouter ? Merci. Laurent
  """),

R("fr-rc-video", ["withdraw_consent"], ("Nadia Benali", "nadia.benali@gmail.com"),
  "Vidéo",
  """
  Bonjour Sandra,

  Je retire mon consentement pour l'utilisation de la vidéo enregistrée lors de l'atelier. Je
  ne veux pas qu'elle apparaisse sur Systeme.io ni ailleurs.

  Nadia
  """),

R("fr-rc-sante", ["withdraw_consent"], ("Martine Colas", "martine.colas@laposte.net"),
  "Données de santé",
  """
  Bonjour Madame Delomenie,

  J'avais donné mon consentement pour la collecte de données de santé dans le contrat. Je le
  retire : merci de ne plus rien noter concernant ma santé lors de nos prochaines séances.

  Martine Colas
  """),

R("fr-rc-effacement", ["withdraw_consent", "erasure"], ("Brigitte Navarro", "brigitte.navarro@orange.fr"),
  "Retrait de consentement et suppression",
  """
  Madame,

  Je retire mon consentement à la publication de mon témoignage et de ma photo, et je demande la
  suppression de toutes mes données personnelles.

  Brigitte Navarro
  """),

R("fr-rc-replay", ["withdraw_consent"], ("Thomas Vidal", "thomas.vidal@gmail.com"),
  "Replay du webinaire",
  """
  Bonjour,

  J'ai accepté l'enregistrement du webinaire mais je regrette d'avoir parlé si librement. Je ne
  suis plus d'accord pour apparaître dans le replay, pouvez-vous couper mon passage ?

  Thomas
  """),

# ---------- post mortem ----------
R("fr-pm-fille", ["post_mortem"], ("Sophie Lemaire", "sophie.lemaire@gmail.com"),
  "Décès de ma mère, Jacqueline Lemaire",
  """
  Madame,

  J'ai la tristesse de vous informer du décès de ma mère, Jacqueline Lemaire, le 12 janvier
  dernier. Je vous serais reconnaissante de clôturer son dossier et de supprimer ses données.
  Vous trouverez ci-joint l'acte de décès.

  Sophie Lemaire
  """, att=[("pdf", "acte_deces_JLemaire.pdf", "Acte de deces - LEMAIRE Jacqueline - 12/01/2026")]),

R("fr-pm-notaire", ["post_mortem"], ("Étude Maître Rousseau", "office.rousseau@notaires.fr"),
  "Succession de M. André Petit",
  """
  Madame,

  Nous sommes chargés du règlement de la succession de Monsieur André PETIT, décédé le
  2 février 2026. Nous vous remercions de nous faire savoir si vous détenez des données ou
  documents le concernant et de nous indiquer la marche à suivre pour leur clôture.

  Pour l'étude,
  Claire Benoît, clerc de notaire
  """, att=[("pdf", "acte_notoriete_Petit.pdf", "Acte de notoriete - succession PETIT Andre")],
  html="alt", mailer="Microsoft Outlook 16.0"),

R("fr-pm-directives", ["post_mortem"], ("Monique Berthier", "monique.berthier@orange.fr"),
  "Directives pour après mon décès",
  """
  Madame,

  Je souhaite vous laisser des directives particulières : à mon décès, je demande que toutes les
  notes de nos séances soient détruites et que rien ne soit communiqué à mes enfants. Je désigne
  mon amie Françoise Marin pour veiller à leur exécution.

  Monique Berthier
  """),

R("fr-pm-veuf-acces", ["post_mortem"], ("Alain Perrot", "alain.perrot@wanadoo.fr"),
  "Ma femme",
  """
  Bonjour Madame,

  Mon épouse Catherine est décédée en mars. Elle vous voyait depuis un an. J'aimerais, si c'est
  possible, lire ce qu'elle a écrit dans ses questionnaires. Je peux vous fournir les papiers.

  Alain Perrot
  """),
# NEAR-LINE: widower asking for access -> post_mortem only.

R("fr-pm-fils-newsletter", ["post_mortem"], ("Vincent Charpentier", "vincent.charpentier@gmail.com"),
  "Newsletter adressée à mon père décédé",
  """
  Bonjour,

  Mon père Raymond Charpentier est décédé l'an dernier et sa boîte reçoit toujours votre
  newsletter. Merci de le retirer de vos listes.

  Vincent Charpentier
  """),
# NEAR-LINE: looks like an unsubscribe, but written by an heir after a death -> post_mortem only.

R("fr-pm-soeur-temoignage", ["post_mortem"], ("Évelyne Rigaud", "evelyne.rigaud@gmail.com"),
  "Témoignage de ma sœur",
  """
  Bonjour Sandra,

  Ma sœur Mireille nous a quittés cet été. Son témoignage avec sa photo est toujours sur votre
  site. La famille préférerait qu'il soit retiré. Merci de votre délicatesse.

  Évelyne
  """),

# ---------- divers multi / avocat ----------
R("fr-avocat-mandat", ["access", "rectification"], ("Maître Benoît Caron", "b.caron@caron-avocat.fr"),
  "Notre cliente Mme Lucie Boyer - exercice de ses droits",
  """
  Madame,

  Je vous informe intervenir pour le compte de Madame Lucie BOYER, dont vous trouverez le mandat
  ci-joint. Ma cliente sollicite la communication de l'intégralité des données la concernant
  ainsi que la rectification de la mention erronée relative à son employeur dans sa fiche de
  suivi.

  Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

  Benoît Caron
  Avocat au Barreau de Châteauroux
  """, att=[("pdf", "mandat_Boyer.pdf", "Mandat de representation - Lucie BOYER")]),

R("fr-acces-eff", ["access", "erasure"], ("Karine Lopez", "karine.lopez@free.fr"),
  "RGPD",
  """
  Bonjour,

  Je voudrais d'abord recevoir une copie de toutes mes données, puis que vous les effaciez.

  Karine Lopez
  """),

R("fr-opp-eff", ["objection", "erasure"], ("Patrick Giraud", "patrick.giraud@orange.fr"),
  "Ras le bol",
  """
  Bonjour,
  ca fait 3 fois que je demande. Arretez de m'envoyer vos pubs et effacez mes coordonnees de
  vos fichiers. Merci.
  """, quote="""
  Bonjour Patrick,
  Découvrez nos nouveaux ateliers de printemps !
  Floraison de Soi
  """, qstyle="gmail_fr", qfrom=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("fr-rc-opp", ["withdraw_consent", "objection"], ("Camille Roux", "camille.roux@gmail.com"),
  "Photos et mails",
  """
  Bonjour Sandra,

  Je retire mon autorisation pour les photos de la retraite publiées sur Facebook, et je ne
  souhaite plus recevoir les offres promotionnelles.

  Belle journée,
  Camille
  """),

R("fr-formulaire-eff", ["erasure"], ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"),
  "Nouveau message du formulaire de contact",
  """
  Nom : Annie Bourdin
  Email : annie.bourdin@orange.fr
  Sujet : Mes données

  Message :
  Bonjour je voudrais que vous supprimiez toutes les informations que vous avez sur moi
  depuis l'atelier de 2023. Merci

  --
  Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
  """, headers={"Reply-To": "Annie Bourdin <annie.bourdin@orange.fr>"}, to=HER, mailer="WordPress"),

R("fr-multi-acces-opp-stats", ["access", "objection"], ("Régine Thibault", "regine.thibault@gmail.com"),
  "Mes réponses au questionnaire",
  """
  Bonjour Sandra,

  J'aimerais recevoir une copie de mes réponses au questionnaire de satisfaction, et je ne
  souhaite pas qu'elles soient utilisées pour vos statistiques.

  Cordialement,
  Régine Thibault
  """, html="alt"),

R("fr-multi-rect-lim", ["rectification", "restriction"], ("Olivier Besnard", "olivier.besnard@free.fr"),
  "Attestation erronée",
  """
  Bonjour,

  Mon attestation de formation indique 7 heures au lieu de 14. Merci de corriger, et d'ici là de
  ne pas transmettre ce document à mon employeur ni à l'OPCO.

  Olivier Besnard
  """),
# NEAR-LINE: correction demandée + gel de l'usage en attendant -> rectification + restriction.

R("fr-multi-eff-rc-outlook", ["erasure", "withdraw_consent"], ("Anne-Sophie Vernet", "as.vernet@hotmail.fr"),
  "RE: Votre témoignage en ligne",
  """
  Bonjour Sandra,

  Finalement je préfère que vous retiriez mon témoignage, et tant qu'à faire, supprimez
  l'ensemble de mes données, je ne reprendrai pas les séances.

  Anne-Sophie
  """, quote="""
  Bonjour Anne-Sophie,
  Votre témoignage est en ligne sur la page d'accueil ! Merci encore.
  Sandra
  """, qstyle="outlook_fr", qfrom=HER2, mailer="Microsoft Outlook 16.0"),
]
