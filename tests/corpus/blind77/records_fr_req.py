# French requests — theme: third parties and go-betweens.
from rec import R

PDF_ID = "Carte nationale d'identite - copie - usage exclusif demande RGPD"
RECORDS = [
# ---------------- post_mortem ----------------
R("fr-pm-fille-maman-newsletter", "M", "Claire Bonnefoy <claire.bonnefoy@gmail.com>",
  "Ma mère, Josiane Bonnefoy",
  """Bonjour Madame,

Ma maman, Josiane Bonnefoy, est décédée le 2 février. Elle avait suivi vos ateliers de sophrologie en 2023 et continue de recevoir votre lettre d'information, je tombe dessus chaque fois que j'ouvre sa boîte mail.

Pouvez-vous la retirer de vos listes et supprimer ce que vous avez à son nom ?

Merci, et merci pour ce que vous lui avez apporté.
Claire Bonnefoy"""),
R("fr-pm-notaire-succession", "M", "Office notarial Mes Perrot & Lagarde <succession@perrot-lagarde.notaires.fr>",
  "Succession de M. Gérard Aubineau - Réf. 2025/0417/ML",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Gérard AUBINEAU, décédé le 14 novembre 2025 à Châteauroux.

Les héritiers nous ont indiqué que le défunt avait bénéficié d'un accompagnement individuel auprès de votre cabinet. Nous vous remercions de bien vouloir nous faire connaître les sommes éventuellement dues ou à percevoir, et de nous transmettre copie des documents contractuels et des données le concernant que vous conservez, afin que nous puissions les communiquer aux ayants droit.

Vous trouverez ci-joint l'acte de décès.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Maître Marion Lagarde
Notaire associée
12 place du Marché - 36000 Châteauroux""",
  att=[("pdf", "acte_deces_Aubineau.pdf", "Extrait d'acte de deces - AUBINEAU Gerard - 14/11/2025 - Chateauroux")], cte="qp"),
R("fr-pm-directives-propres", "M", "Bernadette Fournial <b.fournial@orange.fr>",
  "mes volontés pour plus tard",
  """Chère Sandra,

Je vais avoir 78 ans et je range mes papiers. Je voudrais vous laisser une consigne écrite : le jour où je ne serai plus là, je souhaite que mes carnets de séances et mes questionnaires soient détruits, sauf si ma petite-fille Lucie (lucie.fournial@gmail.com) vous demande de les lui remettre. Elle seule.

Pouvez-vous noter cela dans mon dossier ?

Je vous embrasse,
Bernadette"""),
R("fr-pm-voix-mari-temoignage", "M", "Messagerie Orange <messagerie-vocale@orange.fr>",
  "Nouveau message vocal de 06 72 14 58 90",
  """Vous avez reçu un nouveau message vocal.
De : 06 72 14 58 90
Durée : 0 min 48 s

Transcription (automatique, peut contenir des erreurs) :
« Oui bonjour madame Delomenie c'est monsieur Ragot, Alain Ragot, le mari de Martine... Martine est partie le mois dernier, euh, je voulais vous dire que sa vidéo de témoignage est toujours sur votre site et sur la page Facebook, ça me fait un choc à chaque fois. Je voudrais que vous l'enleviez s'il vous plaît. Vous pouvez me rappeler au zéro six soixante-douze quatorze cinquante-huit quatre-vingt-dix. Merci au revoir. »

Écouter le message : https://messagerie.orange.fr/vocale/ecoute""",
  hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "Orange Messagerie Vocale Visuelle"}, to="o"),
# NEAR-LINE: heir asks to remove a testimonial (would be withdraw_consent for the living person) -> post_mortem only by policy.
R("fr-pm-fils-acces-notes", "M", "Julien Marsault <julien.marsault@outlook.fr>",
  "Demande suite au décès de mon père",
  """Madame Delomenie,

Mon père, Henri Marsault, nous a quittés en janvier. En rangeant ses affaires j'ai vu qu'il vous avait consultée plusieurs fois en 2024, à une période où il allait très mal et dont il ne nous a jamais parlé.

En tant que fils et héritier, j'aimerais savoir s'il serait possible d'obtenir ses notes de séance ou au moins de savoir ce que vous conservez. Je joins l'acte de décès et le certificat d'hérédité.

Bien cordialement,
Julien Marsault""",
  att=[("pdf", "acte_deces_H_Marsault.pdf", "Acte de deces - MARSAULT Henri"), ("pdf", "attestation_heredite.pdf", "Attestation de devolution successorale - Marsault")]),
R("fr-pm-soeur-facebook", "M", "Nadège Pitaud <nadege.pitaud@free.fr>",
  "Groupe WhatsApp stage 2024 - ma soeur Sylvie",
  """Bonsoir,

je suis la soeur de Sylvie Pitaud qui a fait le stage "Renaître au printemps" avec vous. Sylvie est décédée en décembre d'un cancer.

Elle est toujours dans le groupe WhatsApp du stage et les photos du week-end avec elle circulent encore dans l'album partagé. Est-ce que vous pourriez la sortir du groupe et retirer les photos où on la voit ? Pour mes parents c'est très dur.

Nadège"""),
R("fr-pm-assistante-notaire-bel", "M", "Sophie Lambotte - Etude Notaire Deprez <s.lambotte@notaire-deprez.be>",
  "Dossier 25-1188 / feu Madame Anne-Marie Collard",
  """Madame,

L'étude du notaire Deprez, à Namur, instrumente la déclaration de succession de feu Madame Anne-Marie COLLARD, décédée le 3 septembre 2025.

Sur instruction de Maître Deprez, je me permets de vous demander de clôturer tout abonnement ou compte au nom de la défunte et de nous confirmer par écrit l'effacement des données la concernant, hormis ce que la loi vous impose de garder. Le cas échéant, merci de nous adresser la dernière facture.

Je reste à votre disposition pour tout renseignement complémentaire.

Sophie Lambotte
Collaboratrice - Etude du notaire Deprez
Rue de Fer 22, 5000 Namur
T +32 81 22 45 10""",
  hdr={"X-Mailer": "Microsoft Outlook 16.0"}, html="alt"),
R("fr-pm-mandataire-posthume", "M", "Thierry Vasseur <thierry.vasseur@laposte.net>",
  "Mandat posthume - Mme Odile Vasseur",
  """Madame,

Ma tante Odile Vasseur, votre ancienne cliente, m'a désigné dans ses directives comme la personne chargée de ses données numériques après son décès, survenu le 28 mars dernier. Je vous joins ses directives manuscrites et l'acte de décès.

Conformément à sa volonté, je vous demande de me communiquer une copie de ses données puis de les effacer.

Thierry Vasseur""",
  att=[("pdf", "directives_Odile_Vasseur.pdf", "Directives relatives a mes donnees apres mon deces - Odile Vasseur"), ("pdf", "acte_deces_OV.pdf", "Acte de deces - VASSEUR Odile")], cte="b64"),
R("fr-pm-epoux-tel-sms", "M", "Patrick Nérac <pnerac36@sfr.fr>",
  "sms de rappel",
  """bonjour, vos sms de rappel de rdv arrivent encore sur le portable de ma femme Évelyne qui est décédée en octobre. le telephone c'est moi qui l'ai maintenant. merci d'effacer ce numero de son dossier et tout le reste. P. Nérac"""),
# NEAR-LINE: widower asks to erase number + everything -> still post_mortem only.
R("fr-pm-directives-client-formation", "M", "Geneviève Thuillier <genevieve.thuillier@wanadoo.fr>",
  "Directives relatives à mes données (art. 85 loi Informatique et Libertés)",
  """Madame,

En application de l'article 85 de la loi du 6 janvier 1978, je vous fais part de mes directives particulières concernant les données que vous détenez sur moi :

- à mon décès, mon dossier d'accompagnement et mes réponses aux questionnaires seront effacés sans être communiqués à quiconque ;
- seules les factures pourront être conservées le temps légal ;
- mon fils n'aura pas accès à mes notes.

Je vous remercie d'en accuser réception.

Geneviève Thuillier
14 rue des Minimes, 36100 Issoudun""", cte="qp"),
R("fr-pm-curatrice-deces", "M", "UDAF de l'Indre - Service Mandataires <mjpm.service@udaf36.fr>",
  "Décès de M. Roland Chéry - mesure de curatelle",
  """Madame,

Nous vous informons du décès de M. Roland Chéry, dont notre service assurait la curatelle renforcée, survenu le 11 juin 2026. La mesure a pris fin de ce fait et le dossier est transmis au notaire, Me Blanchard à Issoudun.

Dans l'attente, nous vous demandons de ne plus adresser de courrier ni d'appel de cotisation au nom de M. Chéry et de transmettre au notaire toute information que vous détiendriez le concernant.

Pour le service,
Mme Karine Obry, mandataire judiciaire""", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
# NEAR-LINE: curator after death, points to the notary -> post_mortem.

# ---------------- parents of minors ----------------
R("fr-parent-ado-acces", "A", "Laurence Hébrard <laurence.hebrard@gmail.com>",
  "Ma fille Inès, 15 ans - ce que vous avez sur elle",
  """Bonjour Sandra,

Inès (15 ans) a fait chez vous le cycle « confiance en soi ado » au printemps. J'ai signé l'inscription en tant que mère.

Pouvez-vous m'envoyer une copie de ce que vous avez noté sur elle (fiche d'inscription, questionnaires, bilan) ? Nous voyons une psychologue à la rentrée et ça nous aiderait.

Merci d'avance,
Laurence Hébrard""", html="alt"),
R("fr-parent-photo-mineur", "W", "Frédéric Caillaud <fred.caillaud@hotmail.fr>",
  "Photo de mon fils sur votre page Instagram",
  """Bonjour,

Je suis le père de Noah Caillaud, 12 ans, qui a participé à l'atelier gestion des émotions du 8 mars. Sa maman avait donné l'autorisation pour les photos, mais en accord tous les deux nous revenons sur cette autorisation. Merci de retirer la photo de groupe où il apparaît (post du 10 mars) et de ne plus en publier.

Cordialement,
Frédéric Caillaud"""),
R("fr-parent-rectif-date-naissance", "R", "Amandine Roux <amandine.roux@free.fr>",
  "Erreur sur la fiche de Léo",
  """Bonjour, sur l'attestation de stage de mon fils Léo Roux la date de naissance est fausse : c'est le 17/09/2011 et pas le 17/09/2010. Et son nom de famille c'est Roux-Ferrand maintenant. Pouvez-vous corriger dans votre fichier et m'envoyer une attestation corrigée ?

Amandine Roux, sa maman
Envoyé de mon iPhone"""),
R("fr-parent-effacer-mineur", "E", "Céline Vautrin <celine.vautrin@laposte.net>",
  "suppression dossier Mathis Vautrin (mineur)",
  """Madame,

Mon fils Mathis, 16 ans, a arrêté l'accompagnement. En ma qualité de représentante légale je vous demande d'effacer l'ensemble des données le concernant : fiche, notes, tests, échanges.

Je joins ma pièce d'identité et le livret de famille.

Céline Vautrin""",
  att=[("pdf", "CNI_Vautrin.pdf", PDF_ID), ("pdf", "livret_famille_p2.pdf", "Livret de famille - page enfant - VAUTRIN Mathis")]),
R("fr-parent-quebec-opposition", "O", "Marie-Ève Gagnon <me.gagnon@videotron.ca>",
  "Ma fille reçoit vos courriels",
  """Bonjour Madame,

Ma fille Rosalie (14 ans) s'est inscrite à votre infolettre lors de votre webinaire pour les ados, sans m'en parler. Je ne suis pas à l'aise avec ça. Pourriez-vous la désabonner de l'infolettre et ne plus lui écrire pour de la promotion, s'il vous plaît? Son adresse est rosalie.gagnon08@gmail.com.

Merci beaucoup,
Marie-Ève Gagnon
Sherbrooke (Québec)"""),
R("fr-parent-portabilite-psy", "AP", "Olivier Demange <o.demange@gmail.com>",
  "Dossier de ma fille Chloé - transmission à sa nouvelle thérapeute",
  """Bonjour Madame Delomenie,

Nous déménageons à Tours et Chloé (13 ans) va être suivie par une autre praticienne. Pourriez-vous m'indiquer ce que contient son dossier chez vous, et transmettre directement ses questionnaires et bilans, dans un format qu'elle pourra réutiliser (PDF ou tableur), à Mme Aurélie Kessler : a.kessler.therapie@gmail.com ?

Je suis son père et détenteur de l'autorité parentale avec sa mère qui est en copie.

Merci,
Olivier Demange""", cc="Hélène Demange <helene.demange@gmail.com>"),
R("fr-parent-limitation-litige", "L", "Stéphanie Orsini <stephanie.orsini@orange.fr>",
  "Dossier de mon fils - ne rien transmettre",
  """Madame,

Je suis en procédure de divorce et le père de Lucas (11 ans) cherche à récupérer des éléments sur notre fils auprès de tous les intervenants. Je vous demande de geler le dossier de Lucas : ne le supprimez pas, il pourra servir, mais ne le communiquez à personne et ne l'utilisez plus tant que le juge n'a pas statué.

Stéphanie Orsini""", html="only"),
# NEAR-LINE: parent of a minor asking to freeze without deletion -> restriction.

# ---------------- lawyers / guardians with mandate ----------------
R("fr-avocat-mandat-acces", "A", "Cabinet Ferrand Avocats <contact@ferrand-avocats.fr>",
  "Demande de communication - Mme Pauline Gervais - art. 15 RGPD",
  """Madame,

J'interviens en qualité de conseil de Madame Pauline GERVAIS, dont vous trouverez le mandat signé en pièce jointe.

Au nom et pour le compte de ma cliente, et sur le fondement de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer l'intégralité des données à caractère personnel la concernant, les finalités des traitements, les destinataires, ainsi que la durée de conservation envisagée.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Je vous prie de croire, Madame, en l'assurance de mes salutations distinguées.

Maître Anne Ferrand
Avocate au Barreau de Bourges""",
  att=[("pdf", "mandat_Gervais.pdf", "Mandat de representation - Pauline Gervais donne mandat a Me Anne Ferrand")], cte="qp"),
R("fr-avocat-mandat-effacement-opposition", "EO", "Me Kevin Lorrain <k.lorrain@lorrain-avocat.fr>",
  "V/Réf : Mme Sabine Téhard - effacement et opposition",
  """Madame,

Par la présente, et muni d'un mandat de ma cliente Mme Sabine TÉHARD que je vous joins, je vous demande :

1. de cesser immédiatement toute sollicitation commerciale à son endroit (courriels, SMS, appels) ;
2. de procéder à l'effacement de ses données personnelles, à l'exception de celles dont la conservation est imposée par une obligation légale.

Je vous remercie de m'adresser confirmation des mesures prises.

Kevin Lorrain
Avocat""",
  att=[("pdf", "mandat_Tehard.pdf", "Mandat - Sabine Tehard - avocat Kevin Lorrain")]),
R("fr-tuteur-rectif-adresse", "R", "Association Tutélaire du Berry <tutelles@atberry.org>",
  "M. Didier Frappier - changement d'adresse",
  """Madame,

En qualité de tuteur de M. Didier FRAPPIER (jugement du juge des contentieux de la protection de Châteauroux joint), nous vous informons que M. Frappier réside désormais à l'EHPAD Les Tilleuls, 3 allée des Tilleuls, 36100 Issoudun.

Merci de remplacer l'ancienne adresse (rue de la Poterie) dans son dossier et d'adresser désormais toute correspondance à notre service.

Le délégué mandataire,
Franck Aubry""",
  att=[("pdf", "jugement_tutelle_Frappier.pdf", "Jugement de mise sous tutelle - FRAPPIER Didier")]),
# NEAR-LINE: legal guardian with a court mandate treated like a lawyer with a mandate -> request.
R("fr-avocat-portabilite", "P", "Maître Lina Benali <lina.benali@avocats-benali.fr>",
  "Portabilité des données de M. Yann Prigent",
  """Madame,

Mon client, M. Yann Prigent (mandat ci-joint), poursuit son accompagnement auprès d'un autre coach, Mme Hélène Jarry.

Il souhaite que les données qu'il vous a fournies (questionnaires d'entrée, bilans de compétences, objectifs) soient transmises à Mme Jarry dans un format structuré et lisible par machine, conformément à l'article 20 du RGPD.

Bien à vous,
Lina Benali""",
  att=[("pdf", "mandat_Prigent.pdf", "Mandat - Yann Prigent - Me Lina Benali")], html="alt"),

# ---------------- relays of the person's own words ----------------
R("fr-form-site-effacement", "E", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Agnès Plantier",
  """Nom : Agnès Plantier
E-mail : agnes.plantier@yahoo.fr
Téléphone : 06 45 11 90 27
Sujet : Autre

Message :
Bonjour, j'ai fait un bilan avec vous il y a 4 ans et je ne souhaite plus figurer dans vos fichiers. Merci de tout supprimer me concernant et de me le confirmer par mail.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "Agnès Plantier <agnes.plantier@yahoo.fr>", "X-Mailer": "WordPress/6.7.1"}, to="c"),
R("fr-form-site-acces-source", "A", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Romain Delpech",
  """Nom : Romain Delpech
E-mail : romain.delpech@proton.me
Sujet : Question

Message :
je recois vos mails depuis des mois alors que je ne me suis jamais inscrit. d'ou vient mon adresse ?? qui vous l'a donnee ? je veux savoir ce que vous avez sur moi.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "romain.delpech@proton.me", "X-Mailer": "WordPress/6.7.1"}, to="c"),
R("fr-systemeio-contact-desabo", "O", "Systeme.io <no-reply@systeme.io>",
  "Nouveau message depuis votre page de contact",
  """Bonjour Sandra,

Vous avez reçu un nouveau message depuis votre page « Contact » :

De : Hervé Lacombe (herve.lacombe@gmail.com)
Message : « Stop pour les emails promo svp, je reçois 3 messages par semaine pour la formation ennéagramme. Je veux plus rien recevoir de ce type. »

Répondre directement à ce contact depuis votre tableau de bord.

L'équipe Systeme.io""",
  hdr={"Reply-To": "herve.lacombe@gmail.com", "Auto-Submitted": "auto-generated"}, html="alt"),
# NEAR-LINE: platform notification, but the relayed words are the person's own -> objection.
R("fr-messagerie-vocale-acces", "A", "Messagerie Orange <messagerie-vocale@orange.fr>",
  "Nouveau message vocal de 06 18 33 72 05",
  """Vous avez reçu un nouveau message vocal.
De : 06 18 33 72 05
Durée : 1 min 02 s

Transcription (automatique, peut contenir des erreurs) :
« Bonjour c'est Muriel Cassagne, j'étais venue en séance l'an dernier pour le burn out. Je voudrais récupérer les notes que vous aviez prises pendant nos séances et le questionnaire que j'avais rempli, est-ce que vous pourriez me les envoyer par mail, muriel point cassagne arobase gmail point com. Merci beaucoup bonne journée. »

Écouter le message : https://messagerie.orange.fr/vocale/ecoute""",
  hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "Orange Messagerie Vocale Visuelle"}, to="o"),
R("fr-assistante-transfert-lettre-patron", "E", "Valérie Jourdain <v.jourdain@cabinet-mareuil.fr>",
  "TR: courrier de M. Mareuil",
  """Bonjour Madame,

M. Mareuil m'a demandé de vous transmettre le message ci-dessous qu'il m'a dicté ce matin, il est en déplacement jusqu'à jeudi.

Cordialement,
Valérie Jourdain
Assistante de direction - Cabinet Mareuil Expertise""",
  q="""Madame Delomenie,

Notre collaboration s'étant achevée en décembre, je vous demande de supprimer de vos fichiers l'ensemble de mes données personnelles, y compris les enregistrements des séances de coaching en visio.

Bien cordialement,
Bertrand Mareuil""",
  qs="fwd_fr", qf="Bertrand Mareuil <b.mareuil@cabinet-mareuil.fr>", qto="Valérie Jourdain <v.jourdain@cabinet-mareuil.fr>", qsub="courrier Mme Delomenie"),
# NEAR-LINE: assistant forwards the person's own dictated words -> counts by those words (erasure).
R("fr-epouse-transfert-note-mari", "WE", "Sylviane Morin <sylviane.morin@orange.fr>",
  "De la part de Jean-Paul",
  """Bonjour Sandra,

Jean-Paul n'a pas d'adresse mail, il m'a demandé de vous envoyer ce qu'il a écrit, je recopie mot pour mot :

« Madame, je ne veux plus que mon témoignage (texte et photo) apparaisse sur votre site. Je vous demande aussi d'effacer toutes mes données, je ne reviendrai pas en séance. Jean-Paul Morin »

Bonne journée,
Sylviane"""),
# NEAR-LINE: spouse copies her husband's own signed words -> counts by his words.
R("fr-fille-pour-pere-aveugle", "R", "Émilie Sarrazin <emilie.sarrazin@gmail.com>",
  "Pour mon père, Michel Sarrazin",
  """Bonjour,

j'écris pour mon père qui ne voit plus assez pour taper, il est à côté de moi et me dicte :

« Bonjour Sandra, c'est Michel. J'ai changé de numéro, l'ancien 02 54 21 33 10 ne marche plus, c'est maintenant le 06 30 12 87 44. Et mon nom est mal écrit sur vos mails, c'est Sarrazin avec deux z. Merci. »

Émilie"""),
# NEAR-LINE: daughter types her father's dictated words -> rectification (his own request).
R("fr-collegue-transfert-message", "L", "Karima Haddad <karima.haddad@mairie-issoudun.fr>",
  "TR: pour Mme Delomenie",
  """Bonjour, ma collègue Fabienne est en arrêt et n'a pas accès à sa messagerie pro, elle m'a envoyé ce texto en me demandant de vous le faire suivre tel quel :

« Sandra, je conteste ce qui est écrit dans le compte-rendu de l'atelier d'équipe sur mon "manque d'implication", c'est faux. En attendant qu'on en parle, je vous demande de ne pas utiliser ce compte-rendu ni de le transmettre à la DRH. Fabienne Leclerc »

Karima Haddad
Service Population - Mairie d'Issoudun""", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
# NEAR-LINE: colleague relays the person's own verbatim words: contest accuracy + pause use -> restriction only.
R("fr-fwd822-mail-de-la-mere", "EO", "Arnaud Teyssier <arnaud.teyssier@gmail.com>",
  "Fwd: message de maman pour vous",
  """Bonjour, ma mère n'arrive pas à vous écrire depuis sa tablette (ça part en erreur), je vous transfère son message en pièce jointe.
Arnaud""",
  kind="fwd822", inner_from="Colette Teyssier <colette.teyssier@orange.fr>", inner_subject="Newsletter et fichier",
  inner_body="""Bonjour Madame,

Je ne souhaite plus recevoir la lettre d'information ni les invitations aux ateliers. Je voudrais aussi que vous effaciez mes coordonnées de votre fichier, je n'ai plus l'âge de tout ça !

Colette Teyssier"""),

# ---------------- people writing themselves, via assistants at their side, etc. ----------------
R("fr-client-dicte-assistant-perso", "AR", "Pierre-Yves Kerbrat <py.kerbrat@kerbrat-conseil.fr>",
  "Mes données chez vous",
  """Madame,

(Message préparé par mon assistante, Mme Tanguy, relu et validé par moi.)

Je souhaite recevoir un récapitulatif des informations que vous détenez à mon nom. Par la même occasion, merci de corriger l'adresse de facturation : Kerbrat Conseil, 9 quai de la Fosse, 44000 Nantes (et non plus Rennes).

Pierre-Yves Kerbrat
Gérant - Kerbrat Conseil""", cc="Maëlle Tanguy <m.tanguy@kerbrat-conseil.fr>"),
R("fr-ami-aide-ecrire-effacement", "E", "Josette Lamarque <josette.lamarque@laposte.net>",
  "effacement",
  """Bonjour madame

c'est mon voisin qui m'aide a ecrire ce mail. Je voudrais que vous effaciez toutes mes informations, je ne viendrai plus aux ateliers du jeudi. merci

Josette Lamarque"""),
R("fr-receptionniste-note-cliente", "O", "Accueil Espace Bien-Être Les Capucins <accueil@lescapucins-bienetre.fr>",
  "Message d'une cliente pour Sandra",
  """Bonjour Sandra,

Mme Dominique Vernet est passée à l'accueil ce matin et nous a laissé ce mot pour vous (elle n'a pas internet) :

« Je ne veux plus être appelée pour les nouveaux ateliers, ni par téléphone ni par SMS. Je reviendrai d'elle-même si ça m'intéresse. D. Vernet »

Elle a signé le papier, je le garde à l'accueil si besoin.

Bonne journée,
Maud, accueil des Capucins""", to="c"),
# NEAR-LINE: receptionist relays the client's own signed note -> objection.

# ---------------- withdraw_consent ----------------
R("fr-temoignage-retrait-soeur-transmet", "W", "Anaïs Perrin <anais.perrin@icloud.com>",
  "Témoignage de ma soeur",
  """Coucou Sandra,
Ma soeur Lola (lola.perrin@gmail.com, en copie) m'a demandé de vous écrire car elle est en Australie et a peu de réseau : elle retire son accord pour le témoignage vidéo de la formation. Elle confirme en copie.
Bises
Anaïs""", cc="Lola Perrin <lola.perrin@gmail.com>"),
# NEAR-LINE: sister writes, data subject in Cc confirming -> treated as the person's own request.
R("fr-retrait-questionnaire-recherche", "W", "Valentin Roche <valentin.roche@etu.univ-tours.fr>",
  "Retrait de mon accord - étude sur les questionnaires",
  """Bonjour Madame,

Lors de la formation j'avais coché la case autorisant l'utilisation anonymisée de mes réponses au questionnaire pour votre mémoire de supervision. Je retire ce consentement ; merci de ne pas intégrer mes réponses.

Valentin Roche"""),
R("fr-retrait-enregistrement-audio", "W", "Fatoumata Diallo <fatou.diallo@gmail.com>",
  "enregistrement de la méditation guidée",
  """Bonjour Sandra, lors du cercle de femmes de mai tu avais enregistré la méditation où on m'entend partager mon histoire. J'avais dit oui sur le moment mais finalement je ne veux pas que cet audio soit utilisé ni diffusé. Merci de le retirer des replays 🙏
Fatou"""),
R("fr-retrait-photos-stage-plus-erasure", "WE", "Grégoire Lemaire <gregoire.lemaire@free.fr>",
  "Photos + données",
  """Madame,

Je vous demande de retirer toutes les photos de moi prises pendant le stage de juillet (site, Facebook, Instagram) — je retire mon autorisation de droit à l'image — et d'effacer l'ensemble de mes données de vos systèmes.

G. Lemaire""", cte="8bit"),
R("fr-retrait-consentement-sante", "W", "Hélène Bastide <helene.bastide@orange.fr>",
  "consentement données de santé",
  """Bonjour,

J'avais signé au début de l'accompagnement le formulaire de consentement pour la collecte de mes données de santé (traitement, antécédents). Je retire ce consentement à partir d'aujourd'hui.

Hélène Bastide""", html="only"),
R("fr-retrait-temoignage-suisse", "W", "Nicole Favre <nicole.favre@bluewin.ch>",
  "Mon témoignage sur votre site",
  """Bonjour Madame Delomenie,

Je vous avais volontiers donné mon témoignage l'automne passé, mais ma situation professionnelle a changé et je préférerais qu'il ne soit plus publié, ni sur le site ni sur Systeme.io. Je vous remercie par avance et vous adresse mes meilleures salutations.

Nicole Favre
Lausanne"""),
R("fr-retrait-cookies-analytics", "W", "Bastien Morel <bastien.morel@gmx.fr>",
  "traceurs",
  """bonjour, j'ai accepté les cookies google analytics sur votre site par erreur et je ne trouve pas comment revenir en arrière. je retire mon consentement, pouvez vous faire le nécessaire ? merci"""),
# NEAR-LINE: withdrawing cookie consent -> withdraw_consent (a consent-based processing in the policy).

# ---------------- erasure ----------------
R("fr-effacement-rgpd-formel", "E", "Raphaëlle Cazenave <r.cazenave@outlook.fr>",
  "Demande d'effacement - article 17 RGPD",
  """Madame,

Sur le fondement de l'article 17 du RGPD, je vous demande l'effacement de mes données personnelles, dont je ne vois plus la nécessité puisque je ne suis plus cliente depuis 2022.

Vous trouverez ma pièce d'identité en pièce jointe comme l'exige votre politique de confidentialité.

Raphaëlle Cazenave""", att=[("pdf", "piece_identite.pdf", PDF_ID)]),
R("fr-effacement-subject-only", "E", "Loïc Barbier <loic.barbier@gmail.com>",
  "Merci de supprimer toutes mes données et mon compte chez vous", ""),
R("fr-effacement-sms-style", "E", "Jess <jessica.b36@hotmail.fr>",
  "...",
  """slt c jessica de l'atelier du mardi, tu peux m'effacer de ton fichier stp jpréfère
bisous"""),
R("fr-effacement-long-enfoui", "E", "Marie-Christine Pujol <mc.pujol@wanadoo.fr>",
  "Des nouvelles",
  """Chère Sandra,

Je vous écris après de longs mois de silence. Beaucoup de choses se sont passées : mon mari a pris sa retraite, nous avons vendu la maison d'Issoudun et nous nous installons près de notre fille à Bordeaux. Les séances que nous avons faites ensemble m'ont beaucoup aidée à traverser la période de doute qui a précédé cette décision, et je voulais vous le dire.

Je garde précieusement le carnet de gratitude, je continue à y écrire le soir. Mon petit-fils a même voulu en commencer un !

Puisque je tourne une page, j'aimerais que vous fassiez disparaître mon dossier, mes fiches et mes coordonnées de vos fichiers. Je préfère partir sans laisser de traces, ce n'est pas contre vous bien sûr.

Je vous souhaite le meilleur pour Floraison de Soi,
Marie-Christine""", html="alt"),
R("fr-effacement-belge", "E", "Thibaut Dewulf <thibaut.dewulf@skynet.be>",
  "Suppression de mes données",
  """Bonjour,

Je me suis inscrit à votre webinaire de septante minutes sur la procrastination mais je n'ai pas pu y assister. Pourriez-vous supprimer mes données, s'il vous plaît ? Je n'ai pas besoin du replay.

Merci bien,
Thibaut Dewulf
Liège"""),
R("fr-effacement-pro-rh-propre", "E", "Sonia Mekki <sonia.mekki@groupe-valorys.fr>",
  "Mes données personnelles",
  """Bonjour Madame Delomenie,

Je suis responsable RH chez Valorys et j'ai suivi à titre personnel (pas via l'entreprise) votre formation sur l'intelligence émotionnelle en 2024. Je souhaiterais que vous supprimiez mes données personnelles, notamment mon adresse perso et mon numéro de portable.

Merci,
Sonia Mekki""", html="only"),
# NEAR-LINE: HR person, but about her own data -> erasure (not a third-party ask).
R("fr-effacement-compte-systemeio-donnees", "E", "Alexis Fontaine <alexis.fontaine@yahoo.fr>",
  "Compte formation en ligne",
  """Bonjour, je voudrais que vous supprimiez mon compte sur votre espace de formation (systeme.io) ainsi que toutes les données qui vont avec (progression, réponses aux quiz). Merci. Alexis"""),
R("fr-effacement-facebook-groupe", "EO", "Sabrina Tessier <sabrina.tessier@gmail.com>",
  "groupe privé + mails",
  """Bonjour Sandra,

Je quitte le groupe Facebook de la formation. Merci d'effacer mes messages et mes infos de votre côté, et je ne veux plus recevoir vos emails marketing non plus.

Sabrina"""),
R("fr-effacement-relance-outlook", "E", "Didier Ponsard <didier.ponsard@orange.fr>",
  "RE: Demande de suppression",
  """Madame,

Je me permets de vous relancer : je n'ai pas eu de réponse à ma demande du mois dernier. Je vous redemande donc la suppression de mes données.

D. Ponsard""",
  q="""Bonjour, je souhaite que mes données soient supprimées de vos fichiers. Cordialement, Didier Ponsard""",
  qs="outlook", qf="Didier Ponsard <didier.ponsard@orange.fr>", qto="contact@floraisondesoi.fr", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

# ---------------- access ----------------
R("fr-acces-copie-complete", "A", "Aurore Lefebvre <aurore.lefebvre@gmail.com>",
  "Demande d'accès à mes données",
  """Bonjour Sandra,

Pourriez-vous m'envoyer une copie de toutes les données que vous avez sur moi ? Je fais un peu de tri dans ma vie numérique.

Merci !
Aurore"""),
R("fr-acces-destinataires", "A", "Christophe Blanc <christophe.blanc@sfr.fr>",
  "À qui avez-vous transmis mes informations ?",
  """Bonjour,

Depuis mon inscription à votre salon bien-être de novembre je reçois des appels d'une société de formation. Je voudrais savoir à qui mes coordonnées ont été transmises.

Christophe Blanc"""),
R("fr-acces-notes-seances", "A", "Ophélie Garnier <ophelie.garnier@icloud.com>",
  "Mes notes de séances",
  """Bonsoir Sandra,

Est-ce que ce serait possible de récupérer une copie des notes que tu as prises pendant nos séances de l'an dernier ? J'aimerais les relire maintenant que j'ai du recul.

Merci beaucoup,
Ophélie

Envoyé de mon iPhone"""),
R("fr-acces-formel-art15", "A", "Mathieu Carré <mathieu.carre@protonmail.com>",
  "Exercice du droit d'accès (article 15 du RGPD)",
  """Madame,

En application de l'article 15 du Règlement général sur la protection des données, je vous demande de m'indiquer si des données me concernant sont traitées et, le cas échéant, de m'en communiquer une copie, accompagnée des informations suivantes : finalités, catégories de données, destinataires, durée de conservation, source des données.

Je joins une copie de ma pièce d'identité.

Mathieu Carré
22 rue de la République, 18100 Vierzon""", att=[("pdf", "CNI_Carre.pdf", PDF_ID)], cte="qp"),
R("fr-acces-quebec", "A", "Jean-François Tremblay <jf.tremblay@hotmail.com>",
  "Renseignements à mon dossier",
  """Bonjour,

J'ai suivi votre formation en ligne l'hiver passé. J'aimerais obtenir une copie des renseignements personnels que vous détenez à mon sujet, incluant mes réponses aux questionnaires.

Merci et bonne journée!
Jean-François Tremblay
Québec"""),
R("fr-acces-sans-accents", "A", "yannick <yannick.morvan56@laposte.net>",
  "mes infos",
  """bonjour
je voudrais savoir quelles infos vous avez gardé sur moi depuis l atelier de 2023 et si vous les avez donné a quelqu un
merci
yannick morvan"""),
R("fr-acces-questionnaire-stage", "A", "Laetitia Bouvier <laetitia.bouvier@gmail.com>",
  "Mon questionnaire d'entrée",
  """Bonjour Madame,

Pour la suite de mon parcours, j'aurais besoin de relire les réponses que j'avais données au questionnaire d'entrée du stage « Oser changer ». Pourriez-vous me les transmettre ?

Bien cordialement,
Laetitia Bouvier""", html="alt"),
R("fr-acces-epouse-cc-propre", "A", "Gilles Maurin <gilles.maurin@orange.fr>",
  "ma demande",
  """Bonjour,

Ma femme m'a dit que vous pouviez nous envoyer ce que vous avez sur nous. Moi je voudrais la copie de mon dossier à moi (Gilles Maurin). Elle vous écrira elle-même pour le sien.

Gilles"""),
# NEAR-LINE: mentions wife but asks only for his own data -> access.

# ---------------- rectification ----------------
R("fr-rectif-nom-marital", "R", "Camille Besson-Rigaud <camille.besson.rigaud@gmail.com>",
  "Changement de nom",
  """Bonjour Sandra,

Je me suis mariée cet été ! Pourriez-vous mettre à jour mon nom dans vos fichiers : Camille Besson-Rigaud (au lieu de Camille Besson). Mon email reste le même.

Belle journée,
Camille"""),
R("fr-rectif-mail-remplacement", "R", "Patrice Gauthier <patrice.gauthier@free.fr>",
  "Nouvelle adresse mail",
  """Bonjour,

Merci de remplacer mon ancienne adresse patrice.gauthier36@wanadoo.fr, qui va être fermée, par celle-ci : patrice.gauthier@free.fr.

Patrice Gauthier"""),
R("fr-rectif-note-erronee", "R", "Samia Belkacem <samia.belkacem@outlook.fr>",
  "Erreur dans mon bilan",
  """Bonjour,

Dans le bilan de fin d'accompagnement que vous m'avez envoyé, il est écrit que j'ai quitté mon poste de comptable en 2021. C'est en 2023, et j'étais gestionnaire de paie, pas comptable. Pouvez-vous corriger dans mon dossier ?

Merci,
Samia Belkacem"""),
R("fr-rectif-adresse-postale-outlook", "R", "Bruno Lemoine <bruno.lemoine@hotmail.fr>",
  "RE: Votre facture",
  """Bonjour,

Merci pour la facture. Par contre l'adresse n'est plus la bonne : j'habite maintenant au 5 impasse des Acacias, 36100 Issoudun. Pouvez-vous la mettre à jour pour la suite ?

Bruno""",
  q="""Bonjour Bruno,

Veuillez trouver ci-joint la facture n° 2025-118 pour la séance du 12 mai.

Belle journée,
Sandra Delomenie
Floraison de Soi""", qs="outlook", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
R("fr-rectif-completer-allergies", "R", "Morgane Leroux <morgane.leroux@gmail.com>",
  "complément fiche inscription stage",
  """Bonjour, ma fiche d'inscription au stage résidentiel est incomplète : j'ai oublié d'indiquer que je suis allergique aux fruits à coque. Pouvez-vous compléter ma fiche ? Merci, Morgane"""),
R("fr-rectif-tel-sms", "R", "Kévin <kevin.tessier@sfr.fr>",
  "nouveau num",
  """Bjr, mon num a changé, c'est le 07 81 22 40 96 maintenant. Supprimez l'ancien (06 14...) svp. Kevin T."""),

# ---------------- restriction ----------------
R("fr-limitation-contestation", "L", "Éric Vidal <eric.vidal@gmail.com>",
  "Contestation - fiche de suivi",
  """Madame,

Je conteste l'exactitude de plusieurs mentions de ma fiche de suivi (notamment sur ma consommation d'alcool, que je n'ai jamais évoquée en ces termes). Dans l'attente de la vérification, je vous demande de suspendre tout usage de cette fiche.

Éric Vidal"""),
R("fr-limitation-ne-pas-supprimer", "L", "Corinne Laval <corinne.laval@orange.fr>",
  "Ne rien effacer SVP",
  """Bonjour Sandra,

J'ai vu que vous supprimez les données après un an d'inactivité. Je vous demande de ne PAS effacer mon dossier : j'en aurai besoin pour un dossier auprès de la MDPH. Mais ne l'utilisez pas pour autre chose et ne m'envoyez rien en attendant.

Merci,
Corinne Laval"""),
R("fr-limitation-avocat-gel", "L", "Me Sébastien Ardouin <s.ardouin@ardouin-avocats.fr>",
  "Mme Delphine Rabier - conservation des données",
  """Madame,

Je représente Mme Delphine RABIER (mandat joint) dans un litige prud'homal l'opposant à son ancien employeur, qui avait financé l'accompagnement que vous lui avez dispensé.

Ma cliente vous demande de conserver en l'état les données la concernant, sans les effacer ni les communiquer, et de limiter leur traitement à leur seule conservation jusqu'à l'issue de la procédure.

Sébastien Ardouin
Avocat au Barreau de Châteauroux""", att=[("pdf", "mandat_Rabier.pdf", "Mandat - Delphine Rabier - Me Ardouin")]),
R("fr-limitation-pause-temoignage", "L", "Fanny Guérin <fanny.guerin@yahoo.fr>",
  "Mon témoignage - pause",
  """Bonjour,

Le témoignage que je vous ai donné dit que j'ai « quitté mon mari toxique ». Ce n'est pas exactement ce que j'ai dit et ça me met en difficulté. En attendant qu'on reformule ensemble, pouvez-vous le mettre en pause sur le site, sans le supprimer ?

Fanny"""),
# NEAR-LINE: contests accuracy of a testimonial and asks to pause (not withdraw) -> restriction only.
R("fr-limitation-geler-dossier", "L", "Antoine Deschamps <antoine.deschamps@gmail.com>",
  "Gel de mon dossier",
  """Bonjour,

Je souhaite que mon dossier soit gelé : pas d'effacement, mais plus aucun traitement (pas de relance, pas d'analyse, pas de partage), le temps que je décide si je reprends l'accompagnement.

Antoine Deschamps"""),

# ---------------- portability ----------------
R("fr-portabilite-csv", "P", "Élodie Rambaud <elodie.rambaud@gmail.com>",
  "Export de mes données",
  """Bonjour Sandra,

Je change de plateforme de formation et j'aimerais récupérer mes données (profil, progression, résultats des quiz) dans un fichier CSV ou JSON que je pourrai importer ailleurs.

Merci,
Élodie"""),
R("fr-portabilite-vers-coach", "P", "Nathalie Joubert <nathalie.joubert@laposte.net>",
  "Transfert de mon dossier vers ma nouvelle coach",
  """Bonjour Madame,

Je poursuis mon accompagnement avec Mme Lise Arnal à Bourges. Pourriez-vous lui transmettre directement mes questionnaires et tests (lise.arnal.coaching@gmail.com), dans un format exploitable ?

Nathalie Joubert"""),
R("fr-portabilite-acces", "PA", "Quentin Mallet <quentin.mallet@gmail.com>",
  "Mes données : voir + récupérer",
  """Bonjour,

J'aimerais savoir précisément quelles données vous conservez à mon nom, et en recevoir un export réutilisable (format tableur) pour les garder de mon côté.

Quentin Mallet"""),
R("fr-portabilite-art20", "P", "Isabelle Rouvière <isabelle.rouviere@orange.fr>",
  "Article 20 RGPD - droit à la portabilité",
  """Madame,

Conformément à l'article 20 du RGPD, je vous prie de me transmettre les données personnelles que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine.

Isabelle Rouvière""", att=[("pdf", "CNI_Rouviere.pdf", PDF_ID)]),

# ---------------- objection ----------------
R("fr-objection-desabo-newsletter", "O", "Sylvain Perret <sylvain.perret@free.fr>",
  "Désinscription",
  """Bonjour, merci de me désinscrire de la newsletter. Cordialement, S. Perret"""),
R("fr-objection-prospection-tel", "O", "Brigitte Chauvet <brigitte.chauvet@orange.fr>",
  "Appels",
  """Madame,

J'ai été appelée trois fois cette semaine pour votre nouvelle formation. Je m'oppose à être démarchée par téléphone. Merci d'en prendre note.

Brigitte Chauvet"""),
R("fr-objection-statistiques", "O", "Damien Leclerc <damien.leclerc@gmail.com>",
  "Utilisation de mes réponses",
  """Bonjour,

J'ai lu que vous utilisiez les questionnaires de satisfaction pour vos statistiques. Je ne souhaite pas que mes réponses servent à cela.

Damien"""),
# NEAR-LINE: satisfaction surveys are legitimate-interest for clients -> objection to statistics use.
R("fr-objection-sms-stop", "O", "+33 6 55 20 18 41 <sms-relay@sms.orange.fr>",
  "SMS de +33655201841",
  """STOP SMS pub svp je veux plus recevoir les promos des ateliers""",
  hdr={"X-Mailer": "Orange SMS-to-Mail"}, to="o"),
R("fr-objection-quote-newsletter", "O", "Pascale Rigal <pascale.rigal@gmail.com>",
  "Re: 🌸 La lettre de Floraison de Soi - Mars",
  """Bonjour, je ne veux plus recevoir ces lettres. Merci de me retirer de la liste.""",
  q="""🌸 La lettre de Floraison de Soi - Mars

Le printemps arrive et avec lui l'envie de se réinventer...
Au programme ce mois-ci : atelier « Respirer ses émotions » le 22 mars, nouveau cercle de femmes, et une remise de 15 % sur le parcours Renaissance.

Pour vous désinscrire, cliquez ici.""", qs="gmail", qf="Floraison de Soi <contact@floraisondesoi.fr>"),
R("fr-objection-profilage", "O", "Arnaud Millet <arnaud.millet@outlook.fr>",
  "Suivi de mes clics",
  """Bonjour,

J'ai remarqué que vos mails contiennent des liens traqués et que vous adaptez vos offres selon mes clics. Je m'oppose à ce profilage de mes ouvertures et clics.

Arnaud Millet"""),
R("fr-objection-belge-pub", "O", "Anne-Sophie Peeters <as.peeters@telenet.be>",
  "Vos mails",
  """Bonjour,

Je reçois vos publicités à chaque nouvel atelier alors que j'habite à Bruxelles et ne viendrai jamais à Issoudun ! Pourriez-vous arrêter de m'envoyer vos offres, s'il vous plaît ?

Une fois merci,
Anne-Sophie"""),

# ---------------- multi-right ----------------
R("fr-multi-acces-effacement", "AE", "Virginie Chabert <virginie.chabert@gmail.com>",
  "Mes données",
  """Bonjour,

Avant de supprimer définitivement mes données, pourriez-vous m'en envoyer une copie complète ? Ensuite, merci de tout effacer.

Virginie Chabert"""),
R("fr-multi-rectif-objection", "RO", "Lionel Barre <lionel.barre@laposte.net>",
  "Deux choses",
  """Bonjour,

1) mon prénom est Lionel, pas Lyonel — merci de corriger.
2) je ne veux plus recevoir de SMS promotionnels.

L. Barre"""),
R("fr-multi-acces-rectif-limitation", "ARL", "Agathe Noël <agathe.noel@icloud.com>",
  "Mon dossier de suivi",
  """Bonjour Sandra,

J'aimerais recevoir une copie de mon dossier de suivi. J'ai l'impression que certaines informations sont erronées (mon traitement médical a changé, je ne prends plus de Lexomil) : merci de corriger, et de ne pas utiliser ces infos médicales tant que ce n'est pas fait.

Agathe"""),
R("fr-multi-withdraw-objection", "WO", "Rémi Jacquet <remi.jacquet@gmail.com>",
  "Témoignage et mails",
  """Salut Sandra,
je préfère que mon témoignage ne soit plus en ligne, et stop les emails de promo aussi stp. Rien de personnel, je fais le ménage.
Rémi"""),
R("fr-multi-portabilite-effacement", "PE", "Manon Lefort <manon.lefort@orange.fr>",
  "Fin de formation",
  """Bonjour,

Ma formation en ligne est finie. Pouvez-vous m'envoyer mes données (travaux rendus, évaluations) dans un format réutilisable, puis supprimer mon compte et toutes mes données ?

Merci,
Manon"""),
R("fr-multi-mari-cosigne", "EE", "Famille Lebrun <famille.lebrun36@orange.fr>",
  "Suppression de nos données à tous les deux",
  """Madame,

Nous avons suivi tous les deux votre atelier couple en 2024. Nous vous demandons, chacun pour ce qui le concerne, la suppression de nos données.

Catherine Lebrun
Philippe Lebrun""", html="only"),
# NEAR-LINE: shared address, both spouses sign in their own name -> erasure for both (own request).
R("fr-multi-acces-objection-rh-propre", "AO", "Damien Roussel <damien.roussel@gmail.com>",
  "Formation financée par mon employeur",
  """Bonjour,

Mon employeur a financé ma formation chez vous. Je voudrais savoir quelles informations à mon sujet vous lui avez transmises (présence, évaluations ?), et je m'oppose à ce que vous lui en transmettiez d'autres.

Damien Roussel"""),
R("fr-multi-erasure-withdraw-video", "EW", "Océane Brunet <oceane.brunet@gmail.com>",
  "Vidéo + tout le reste",
  """Bonjour Sandra,

Je retire mon accord pour la vidéo du webinaire où j'interviens, et je souhaite que toutes mes données soient supprimées.

Océane"""),
R("fr-multi-rectif-access-quote", "RA", "Thomas Girard <thomas.girard@free.fr>",
  "Re: Confirmation d'inscription - Stage Oser changer",
  """Bonjour,

Petit souci : mon adresse est le 18 rue Danton et non le 8. Pouvez-vous corriger ? Et j'aimerais aussi savoir ce que vous avez d'autre comme informations sur moi.

Thomas""",
  q="""Bonjour Thomas,

Votre inscription au stage « Oser changer » des 14 et 15 juin est confirmée. Adresse de facturation : 8 rue Danton, 36100 Issoudun.

À très bientôt,
Sandra""", qs="apple"),
R("fr-multi-limitation-objection", "LO", "Julie Caron <julie.caron@hotmail.fr>",
  "Mon dossier",
  """Bonjour,

Je conteste certains éléments de ma fiche : ne l'utilisez plus tant que ce n'est pas vérifié. Et je refuse d'être recontactée pour vos nouvelles offres.

Julie Caron"""),
R("fr-multi-pm-inutile-seule", "M", "Régis Dufour <regis.dufour@gmail.com>",
  "Compte de mon frère",
  """Bonjour,

Mon frère Laurent Dufour est décédé le 5 mai. Il avait un compte sur votre plateforme de formation en ligne. Je voudrais récupérer ses attestations et ensuite fermer le compte et effacer ses données. Je peux envoyer l'acte de décès.

Régis Dufour"""),
# NEAR-LINE: heir asks access + erasure for his late brother -> post_mortem only.
R("fr-multi-acces-portabilite-formel", "AP", "Cédric Hamon <cedric.hamon@protonmail.com>",
  "Articles 15 et 20 du RGPD",
  """Madame,

Je vous demande, d'une part, la communication de l'ensemble des données me concernant (article 15), et d'autre part leur transmission dans un format structuré et lisible par machine (article 20).

Cédric Hamon""", att=[("pdf", "CI_Hamon.pdf", PDF_ID)]),
R("fr-multi-effacement-objection-voisine", "EO", "Lucienne Petit <lucienne.petit@orange.fr>",
  "de Lucienne Petit",
  """Bonjour,

C'est ma voisine Martine qui tape pour moi mais c'est bien moi Lucienne qui demande : je ne veux plus de vos papiers publicitaires ni de vos mails, et je veux que vous effaciez mon nom de votre liste.

Lucienne Petit"""),
# NEAR-LINE: neighbour types, but the person speaks in the first person -> her own request.
R("fr-multi-withdraw-restrict", "WL", "Estelle Marchal <estelle.marchal@gmail.com>",
  "Questionnaire de recherche + fiche",
  """Bonjour,

Je retire mon consentement à l'utilisation de mon questionnaire pour votre étude. Par ailleurs, ma fiche contient une erreur sur ma situation familiale : en attendant qu'on la corrige, merci de ne plus l'utiliser.

Estelle Marchal"""),
R("fr-multi-erasure-access-avocat", "AE", "SCP Morel-Duval <contact@morel-duval-avocats.fr>",
  "Mme Hélène Coutant - demande RGPD",
  """Madame,

Agissant pour le compte de Mme Hélène COUTANT, en vertu du mandat ci-annexé, nous vous demandons de nous communiquer copie de l'ensemble des données la concernant, puis de procéder à leur effacement.

Veuillez agréer, Madame, nos salutations distinguées.

Pour la SCP,
Me Alain Duval""", att=[("pdf", "mandat_Coutant.pdf", "Mandat - Helene Coutant - SCP Morel-Duval")], cte="qp"),
R("fr-multi-rectif-erase-old", "RE", "Sandrine Vial <sandrine.vial@gmail.com>",
  "Mise à jour + suppression",
  """Bonjour,

Mon nom de famille a changé (Vial, et non plus Mercier), merci de corriger. Et effacez s'il vous plaît les notes de la séance de 2023 sur mon ex-mari, je ne veux plus que ça existe.

Sandrine Vial"""),
# NEAR-LINE: erasing specific notes (not an old contact value being replaced) -> erasure alongside rectification.
]
