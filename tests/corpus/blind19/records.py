# Message records for the b19 held-out corpus (DSR Desk test set).
# Each record: key, lang, rights, frm, subj, body + options (to, cc, reply_to, shape, quote, fwd, attach, headers, kind...).
# Only the new text of each message determines its label.
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "post_mortem"}
RECORDS = []
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
C = "Floraison de Soi <contact@floraisondesoi.fr>"


def R(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)

# ======================================================================
# FRENCH REQUESTS
# ======================================================================
NL_QUOTE = """Floraison de Soi - La lettre de printemps

Bonjour à toutes et à tous,
Le printemps est là et avec lui l'envie de se remettre en mouvement...
Au programme ce mois-ci : atelier "Oser dire non" le 12 avril à Issoudun, et le nouveau module en ligne sur Systeme.io.

Vous recevez cet email car vous êtes inscrit(e) à la newsletter de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

R("fr_acc_notes_ancienne", "fr", ["access"], "Véronique Tardieu <vero.tardieu@gmail.com>",
  "Mes notes de séances",
  """Bonjour Sandra,

J'espère que vous allez bien. J'ai fait un accompagnement avec vous entre septembre 2023 et février 2024 (les séances du mardi soir, vous vous souvenez peut-être).

Je suis en train de faire un point sur tout ce chemin et j'aimerais beaucoup récupérer ce que vous aviez noté pendant nos séances, les fiches de suivi et les questionnaires que j'avais remplis au début. Est-ce que ce serait possible de me les envoyer ?

Merci d'avance et belle journée,
Véronique""")

R("fr_acc_formel_cni", "fr", ["access"], "Gérard Mallet <g.mallet36@orange.fr>",
  "Demande de communication de mes données personnelles",
  """Madame,

Ayant participé à votre stage de deux jours « Retrouver sa confiance » en novembre dernier, je vous prie de bien vouloir me communiquer l'ensemble des informations me concernant que vous détenez, sous quelque forme que ce soit (papier, fichiers, plateforme en ligne).

Vous trouverez ci-joint la copie de ma carte d'identité.

Je vous remercie par avance et vous prie d'agréer, Madame, mes salutations distinguées.

Gérard Mallet
14 allée des Tilleuls
36100 Issoudun""", attach=["CNI_Mallet_recto_verso.pdf"])

# NEAR-LINE: asking where her address came from = access (origin of data); no stop/unsubscribe asked.
R("fr_acc_origine", "fr", ["access"], "Nadia Benali <nadia.benali@free.fr>",
  "D'où vient mon adresse ?",
  """Bonjour,

Je reçois depuis quelques semaines vos mails "Floraison de Soi" et je ne me souviens absolument pas m'être inscrite. Je ne dis pas que c'est une erreur, j'ai peut-être téléchargé un truc un jour, mais j'aimerais savoir comment vous avez obtenu mon adresse mail, et ce que vous avez d'autre sur moi.

Merci de me répondre.
N. Benali""")

R("fr_acc_destinataires", "fr", ["access"], "Philippe Roux <philippe.roux@laposte.net>",
  "question sur mes coordonnées",
  """Bonjour Madame Delomenie,

Suite à mon bilan professionnel avec vous, j'ai été contacté par un organisme de formation qui semblait connaître mon parcours. Peut-être une coïncidence.

Pourriez-vous m'indiquer à qui vous avez transmis mes informations (comptable, plateforme, partenaires...) ?

Cordialement,
Philippe Roux""")

R("fr_acc_sms", "fr", ["access"], "Lou <loulou.martin36@gmail.com>",
  "coucou",
  """slt sandra c lou (atelier ados de juin)
tu pourrais m envoyer tout ce que t as sur moi stp ? c pour un dossier que je monte pour mon école, ils veulent que je montre ce que j ai fait
merci !!
envoyé de mon tel""")

R("fr_acc_belge", "fr", ["access"], "Anne-Sophie Dewaele <asdewaele@skynet.be>",
  "Données me concernant",
  """Bonjour Sandra,

J'ai suivi votre webinaire de septante minutes sur la gestion du stress (celui en ligne, j'étais connectée depuis Namur). Pourriez-vous me faire savoir quelles informations vous gardez à mon sujet, s'il vous plaît ? Nom, adresse, ce que j'ai écrit dans le chat, etc.

D'avance merci, et à tantôt peut-être pour un prochain atelier.

Anne-Sophie""")

R("fr_acc_drive", "fr", ["access"], "Marion Leclerc <marion.leclerc@hotmail.fr>",
  "Re: Documents accompagnement",
  """Bonjour Sandra,

Merci pour ce retour. Du coup, tant que j'y pense : j'aimerais avoir une copie de tout ce qui est dans mon dossier chez vous, c'est-à-dire les documents que j'ai déposés sur le Drive mais aussi vos fiches de suivi à vous. Je n'ai jamais vu ces dernières et ça m'intéresse.

Bonne soirée,
Marion""",
  quote=dict(style="gmail", who=S, text="""Bonjour Marion,

Je vous confirme que notre dernière séance est bien terminée et que je clôture l'accompagnement.
Merci pour votre confiance !

Sandra"""))

R("fr_acc_avocat", "fr", ["access"], "Maître Claire Fournier <c.fournier@fournier-avocat.fr>",
  "V/Réf : Mme Isabelle Perrin - demande de communication",
  """Madame,

Je vous informe intervenir dans les intérêts de Madame Isabelle PERRIN, qui a bénéficié d'un accompagnement individuel auprès de votre entreprise entre mars et juillet 2024.

Dûment mandatée à cet effet (mandat ci-joint), je vous saurais gré de bien vouloir me transmettre copie de l'intégralité des données à caractère personnel que vous détenez concernant ma cliente, y compris les notes de séances et comptes rendus, ainsi que la liste des destinataires de ces données.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Claire FOURNIER
Avocat au Barreau de Châteauroux
12 place Voltaire - 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.""",
  attach=["Mandat_Perrin_signe.pdf", "CNI_Perrin.pdf"], shape="alt")

R("fr_acc_parent_mineur", "fr", ["access"], "Stéphane Girard <stephane.girard@sfr.fr>",
  "Stage ados - dossier de mon fils Hugo",
  """Bonjour,

Mon fils Hugo (15 ans) a participé à votre stage "Confiance en soi ados" pendant les vacances de Toussaint. En tant que parent, je souhaiterais savoir quelles informations le concernant vous avez recueillies (fiche d'inscription, questionnaire, éventuelles notes ou photos) et en recevoir une copie.

Je vous joins le livret de famille pour justifier de mon autorité parentale.

Bien cordialement,
Stéphane Girard""", attach=["livret_famille_p1.jpg"])

R("fr_acc_quebec", "fr", ["access"], "Geneviève Tremblay <gtremblay@videotron.ca>",
  "Renseignements personnels",
  """Bonjour Madame,

J'ai suivi votre formation en ligne l'an passé (j'habite à Sherbrooke). J'aimerais savoir quels renseignements personnels vous détenez à mon sujet dans vos dossiers et sur votre plateforme. Pourriez-vous m'en faire parvenir une copie par courriel?

Merci ben gros et bonne journée!
Geneviève""")

R("fr_acc_paiement", "fr", ["access"], "Karim Haddad <karim.haddad@outlook.fr>",
  "Infos bancaires",
  """Bonjour,

Petite question concrète : quand j'ai payé la formation en trois fois, qu'est-ce que vous avez gardé comme infos sur moi côté paiement ? Mon RIB ? Ma carte ? Et qu'est-ce qui est chez Stripe vs chez vous ? Je voudrais savoir précisément ce qui est conservé.

Merci,
Karim""")

R("fr_acc_above_rappel", "fr", ["access"], "Brigitte Aubry <brigitte.aubry@wanadoo.fr>",
  "RE: Rappel : votre séance de demain 14h",
  """Bonjour Sandra,
C'est noté pour demain. Par contre avant la séance j'aimerais que vous m'envoyiez une copie de tout ce que vous avez dans mon dossier, notes comprises, j'ai envie de relire ça tranquillement.
Merci,
Brigitte""",
  quote=dict(style="outlook", who=C, subj="Rappel : votre séance de demain 14h", days=1,
             text="""Bonjour Brigitte,

Petit rappel : votre séance est prévue demain à 14h au cabinet, 46 rue d'Estienne d'Orves.
En cas d'empêchement, merci de prévenir 48h à l'avance.

Floraison de Soi"""))

# --- rectification
R("fr_rect_orthographe", "fr", ["rectification"], "Anne Lefebvre <anne.lefebvre@gmail.com>",
  "Erreur sur mon nom",
  """Bonjour Sandra,

Je viens de recevoir mon attestation de fin de formation, merci ! Petit souci : mon nom est écrit "Lefèvre" au lieu de "Lefebvre" (avec un b). C'est pareil sur la facture et sur mon compte de la plateforme.

Est-ce que vous pourriez corriger ça partout ? J'en ai besoin pour mon employeur.

Merci beaucoup,
Anne Lefebvre""")

R("fr_rect_demenagement", "fr", ["rectification"], "Jacqueline Morin <jacqueline.morin@orange.fr>",
  "Changement d'adresse",
  """Bonjour,

Je vous informe que j'ai déménagé. Ma nouvelle adresse est :
7 impasse des Vignes
18100 Vierzon

Vous pouvez effacer l'ancienne (route de Bourges). Merci de mettre à jour votre fichier.

Jacqueline Morin""")

R("fr_rect_tel", "fr", ["rectification"], "Thierry Blanchard <t.blanchard@free.fr>",
  "nouveau numéro",
  """Bonjour Sandra

J'ai changé de portable, le nouveau c'est le 07 62 18 45 09. L'ancien (06 12...) n'est plus attribué, vous pouvez le supprimer de vos contacts et de la fiche client.

Bonne journée
Thierry""")

R("fr_rect_email", "fr", ["rectification"], "Sophie Carpentier <sophie.carpentier.pro@gmail.com>",
  "Mise à jour de mon adresse mail",
  """Bonjour Sandra,

J'ai quitté mon poste et l'adresse sophie.carpentier@groupe-rivaud.fr ne sera plus lue à partir de la fin du mois. Pourriez-vous remplacer cette adresse par celle-ci (sophie.carpentier.pro@gmail.com) dans votre fichier et sur mon compte de formation ?

Merci !
Sophie""")

R("fr_rect_naissance", "fr", ["rectification"], "Patrick Lemaire <patrick.lemaire@laposte.net>",
  "dossier formation - date de naissance",
  """Bonjour Madame,
sur la convocation et sur mon dossier de formation, ma date de naissance est indiquée au 03/11/1968 alors que je suis né le 11/03/1968 (jour et mois inversés). Merci de bien vouloir rectifier, cela risque de poser problème pour la prise en charge.
Cordialement
P. Lemaire""", shape="html")

R("fr_rect_note_seance", "fr", ["rectification"], "Élodie Perret <elodie.perret@yahoo.fr>",
  "Compte rendu séance 4",
  """Bonjour Sandra,

J'ai relu le compte rendu de notre séance 4 que vous m'avez envoyé. Il y a une erreur qui me gêne un peu : il est écrit que j'étais en arrêt maladie au moment de ma reconversion, ce n'est pas le cas, j'étais en congé sans solde. Et c'est mon frère qui vit à Lyon, pas ma sœur.

Pouvez-vous corriger dans votre dossier s'il vous plaît ? Je préfère que ce soit juste.

Merci et à jeudi,
Élodie""", attach=["CR_seance4_annote.pdf"])

R("fr_rect_nom_jeune_fille", "fr", ["rectification"], "Christelle Vasseur <christelle.vasseur@gmail.com>",
  "Changement de nom",
  """Bonjour Sandra,
Suite à mon divorce j'ai repris mon nom de jeune fille, Vasseur. Je suis enregistrée chez vous sous le nom de Christelle Dumas. Pouvez-vous modifier mon nom dans vos fichiers, la newsletter et mon espace formation ?
Merci, bises
Christelle""")

# NEAR-LINE: completing incomplete data (missing address on her file) = rectification.
R("fr_rect_completer", "fr", ["rectification"], "Jean-Marc Ferrand <jm.ferrand@orange.fr>",
  "Adresse incomplète",
  """Bonjour,
Je m'aperçois que les courriers que vous m'envoyez reviennent parfois : il manque le complément d'adresse dans votre fichier. L'adresse complète c'est : Résidence Les Alouettes, bât. C, appt 12, 3 rue Pierre Brossolette, 36000 Châteauroux.
Merci de compléter ma fiche.
JM Ferrand""")

R("fr_rect_suisse", "fr", ["rectification"], "Corinne Baumann <c.baumann@bluewin.ch>",
  "Correction de mes coordonnées",
  """Bonjour Madame Delomenie,

En consultant mon espace sur votre plateforme, je constate que mon adresse est indiquée en France alors que je réside à Lausanne (Chemin de Bellerive 22, 1007 Lausanne, Suisse). Mon numéro commence aussi par +41 et non +33. Je vous serais reconnaissante de bien vouloir faire corriger ces informations.

Avec mes salutations les meilleures,
Corinne Baumann""")

# --- erasure
R("fr_era_compte_tout", "fr", ["erasure"], "Laetitia Gomes <laetitia.gomes@hotmail.com>",
  "Suppression",
  """Bonjour,

Je souhaite que vous supprimiez mon compte sur votre site de formation ainsi que toutes les données que vous avez sur moi.

Merci de me confirmer quand c'est fait.

Laetitia Gomes""")

R("fr_era_poli", "fr", ["erasure"], "Hélène Rousseau <helene.rousseau@orange.fr>",
  "Fin d'accompagnement",
  """Bonjour Sandra,

Je voulais encore vous remercier pour ces quelques mois, ça m'a fait beaucoup de bien. Je me sens prête à avancer seule maintenant.

Comme je n'aurai plus besoin de tout ça, pourriez-vous effacer mes données, notamment les notes et les questionnaires ? Je préfère tourner la page proprement.

Avec toute ma gratitude,
Hélène""")

# NEAR-LINE: destroy health questionnaire + notes = erasure (not consent withdrawal for use of questionnaire).
R("fr_era_sante", "fr", ["erasure"], "Martine Joly <martine.joly@sfr.fr>",
  "Mes informations de santé",
  """Madame,
Lors de notre premier rendez-vous j'ai rempli une fiche où j'ai parlé de mes antécédents (dépression, traitement). Aujourd'hui je ne suis plus votre cliente et je voudrais que cette fiche et tout ce qui touche à ma santé soit détruit, papier et informatique.
Je compte sur votre discrétion.
Martine Joly""")

R("fr_era_oubli", "fr", ["erasure"], "Julien Marchand <julien.marchand@protonmail.com>",
  "Droit à l'oubli",
  """Bonjour,

Je fais valoir mon droit à l'oubli : merci d'effacer toutes les informations me concernant (inscription au webinaire du 14 mars, adresse mail, échanges).

Julien Marchand""")

# NEAR-LINE: leaving the WhatsApp group + delete my number: the data-related part is erasure of her number.
R("fr_era_whatsapp", "fr", ["erasure"], "Samia Khelifi <samia.khelifi@gmail.com>",
  "Groupe WhatsApp",
  """Bonjour Sandra,
Le stage est fini depuis longtemps et je suis toujours dans le groupe WhatsApp, avec mon numéro visible par tout le monde. Pouvez-vous me sortir du groupe et effacer mon numéro et les messages que j'y ai postés ? Je ne veux plus que ça traîne.
Merci
Samia""")

R("fr_era_suisse_formel", "fr", ["erasure"], "Pierre-Alain Rochat <pa.rochat@gmx.ch>",
  "Demande d'effacement",
  """Madame,

Je vous prie de bien vouloir procéder à l'effacement de l'ensemble des données me concernant, y compris celles détenues par vos sous-traitants (plateforme de formation, outil d'emailing). Ma participation à votre conférence de nonante minutes à Genève remonte à 2024 et je n'ai plus l'intention de suivre vos activités.

Je joins une copie de ma pièce d'identité.

Je vous remercie d'avance de me faire suivre une confirmation.

P.-A. Rochat""", attach=["passeport_rochat.pdf"])

R("fr_era_parent_fille", "fr", ["erasure"], "Nathalie Berger <nathalie.berger@wanadoo.fr>",
  "données de ma fille Emma",
  """Bonjour Madame,

Ma fille Emma, 13 ans, a participé à votre atelier "Gérer ses émotions" en février. Elle ne souhaite pas continuer et je préfère que vous supprimiez tout ce qui la concerne : fiche d'inscription, questionnaire, dessins et la photo de groupe s'il y en a une où on la voit.

Merci de me confirmer par retour.
Nathalie Berger (maman d'Emma)""")

R("fr_era_autre_coach", "fr", ["erasure"], "Fabrice Lambert <fabrice.lambert@gmail.com>",
  "Mon dossier",
  """Bonjour,

J'ai décidé de continuer avec une autre coach, plus proche de chez moi. Je vous demande d'effacer mon dossier (notes, tests de personnalité, mails). Merci.

F. Lambert
--
Envoyé depuis mon iPhone""")

R("fr_era_drive", "fr", ["erasure"], "Camille Dufour <camille.dufour@icloud.com>",
  "Dossier partagé Google Drive",
  """Coucou Sandra !

On avait un dossier Google Drive partagé pendant le coaching, avec mes lettres, mon arbre de vie et les photos de mes tableaux de visualisation. Maintenant que c'est fini, tu peux tout supprimer de ton côté stp ? J'ai gardé mes copies.

Merci pour tout ❤️
Camille""", shape="html")

R("fr_era_ado_lui_meme", "fr", ["erasure"], "Théo Garnier <theo.garnier2009@gmail.com>",
  "supprimer mes infos",
  """Bonjour madame
je suis venu au stage ado en juillet. est-ce que vous pouvez supprimer mes infos svp, mon numéro et mon adresse mail, et le questionnaire. ma mère est d'accord.
merci
Théo""")

# --- restriction
R("fr_res_conteste", "fr", ["restriction"], "Valérie Chevalier <valerie.chevalier@orange.fr>",
  "Fiche de suivi - désaccord",
  """Bonjour Sandra,

J'ai lu la fiche de synthèse que vous m'avez remise et je ne me reconnais pas dans plusieurs passages (notamment sur ma relation avec ma mère). Je souhaite qu'on en reparle. En attendant, merci de ne plus vous servir de cette fiche, ni pour la suite de l'accompagnement ni pour quoi que ce soit d'autre.

Valérie""")

R("fr_res_prudhommes", "fr", ["restriction"], "Olivier Masson <olivier.masson@free.fr>",
  "Conservation de mon dossier",
  """Bonjour Madame Delomenie,

Je sais qu'à la fin de l'accompagnement vous supprimez en principe les dossiers après un certain temps. Je vous demande de NE PAS effacer le mien : j'ai un contentieux aux prud'hommes avec mon ancien employeur et mon avocat pourrait en avoir besoin.

En revanche, je ne souhaite pas que ces données soient utilisées pour autre chose d'ici là. Simplement conservées.

Merci de votre compréhension,
Olivier Masson""")

R("fr_res_geler", "fr", ["restriction"], "Aurélie Caron <aurelie.caron@gmail.com>",
  "pause",
  """Bonjour Sandra,

Je traverse une période compliquée et je ne sais pas si je vais reprendre le coaching. Est-ce qu'on peut « geler » mon dossier ? Vous ne supprimez rien, mais vous ne l'utilisez pas non plus, pas de relance, pas d'analyse, rien, jusqu'à ce que je revienne vers vous.

Merci de votre compréhension,
Aurélie""")

R("fr_res_attente_verif", "fr", ["restriction"], "Denis Fontaine <denis.fontaine@laposte.net>",
  "Re: Votre demande de correction",
  """Bonjour,

D'accord pour la vérification. Mais tant que ce n'est pas réglé, je demande que les informations contestées (mon ancien employeur et les motifs de mon départ) soient mises de côté et ne servent plus, y compris dans les échanges avec le financeur.

Denis Fontaine""",
  quote=dict(style="gmail", who=S, days=2, text="""Bonjour Monsieur Fontaine,

J'ai bien reçu votre message. Je dois vérifier mes notes avant de modifier quoi que ce soit, je reviens vers vous d'ici deux semaines.

Bien cordialement,
Sandra Delomenie"""))

R("fr_res_strict_minimum", "fr", ["restriction"], "Mireille Besson <mireille.besson@orange.fr>",
  "Utilisation de mes données",
  """Bonjour,

Je reste votre cliente pour la facture en cours, mais je voudrais que mes données ne servent plus qu'à la comptabilité et à rien d'autre pour l'instant : ne rien supprimer, mais plus de traitement en dehors de ça tant que je n'ai pas réfléchi à la suite.

Cordialement,
Mireille Besson""")

# --- portability
R("fr_port_nouvelle_coach", "fr", ["portability"], "Agnès Picard <agnes.picard@gmail.com>",
  "Transfert de mon dossier",
  """Bonjour Sandra,

Je déménage à Nantes et je vais poursuivre avec une coach sur place, Mme Leroy (contact@leroy-coaching.fr). Serait-il possible de lui transmettre directement mon dossier (questionnaires, bilan de compétences, fiches) ? Ça éviterait de tout recommencer.

Merci infiniment,
Agnès""")

R("fr_port_csv", "fr", ["portability"], "Romain Bertrand <romain.bertrand@gmail.com>",
  "Export de mes données de formation",
  """Bonjour,

Je suis inscrit à votre formation sur Systeme.io. Pourriez-vous m'envoyer mes données (progression, réponses aux quiz, notes des exercices) dans un format réutilisable, type CSV ou JSON ? Je voudrais les intégrer dans mon propre outil de suivi.

Merci,
Romain""")

R("fr_port_format_exploitable", "fr", ["portability"], "Émilie Noël <emilie.noel@outlook.fr>",
  "récupérer mes réponses",
  """Bonjour Sandra,

Les questionnaires que j'ai remplis en ligne pendant le programme, j'aimerais les récupérer sous forme de fichier que je peux ouvrir et retravailler (Excel ou autre), pas en photo ou en PDF scanné. Je compte les reprendre avec ma nouvelle thérapeute.

Merci !
Émilie""")

R("fr_port_bilan", "fr", ["portability"], "Sébastien Clément <seb.clement@free.fr>",
  "Bilan de compétences → conseiller CEP",
  """Bonjour Madame Delomenie,

Mon conseiller en évolution professionnelle (Mme Adam, CIBC de l'Indre) me demande les résultats des tests passés avec vous. Pourriez-vous les lui envoyer directement, dans un format numérique standard, à l'adresse suivante : l.adam@cibc36.fr ?

Je vous en remercie,
Sébastien Clément""")

# --- objection
R("fr_obj_newsletter_court", "fr", ["objection"], "Paulette Vidal <paulette.vidal@orange.fr>",
  "desinscription",
  """bonjour
merci de me désinscrire de la newsletter je n'ai plus le temps de lire
P. Vidal""")

R("fr_obj_sms", "fr", ["objection"], "Didier Marty <didier.marty@sfr.fr>",
  "Vos SMS",
  """Bonjour,

Je reçois régulièrement des SMS pour vos ateliers. Je ne souhaite plus en recevoir. Merci de faire le nécessaire.

D. Marty""")

R("fr_obj_relances", "fr", ["objection"], "Sandrine Lopez <sandrine.lopez@gmail.com>",
  "plus de relance svp",
  """Bonjour Sandra,

Je vous le dis gentiment : je ne souhaite plus être relancée pour vos formations et vos offres. J'ai beaucoup aimé l'atelier mais je ne suis pas en situation d'en faire plus pour le moment, et recevoir ces offres toutes les semaines me met mal à l'aise.

Bonne continuation,
Sandrine""")

R("fr_obj_stats", "fr", ["objection"], "François Guérin <francois.guerin@laposte.net>",
  "Mes réponses au questionnaire de satisfaction",
  """Bonjour,

J'apprends par votre dernier mail que les réponses aux questionnaires de satisfaction sont utilisées pour vos statistiques annuelles et pour « améliorer l'offre ». Je m'y oppose en ce qui me concerne : merci de ne pas utiliser mes réponses à ces fins.

F. Guérin""")

R("fr_obj_au_dessus_nl", "fr", ["objection"], "Claudine Bonnet <claudine.bonnet@wanadoo.fr>",
  "RE: Floraison de Soi - La lettre de printemps",
  """Bonjour, merci de ne plus m'envoyer ces courriers. Le lien en bas ne fonctionne pas chez moi.
C. Bonnet""",
  quote=dict(style="outlook", who=C, subj="Floraison de Soi - La lettre de printemps", days=1, text=NL_QUOTE))

R("fr_obj_pub_facebook", "fr", ["objection"], "Mathieu Royer <mathieu.royer@gmail.com>",
  "Publicités ciblées",
  """Bonjour,

Depuis que je me suis inscrit à votre ebook gratuit, je vois vos pubs partout sur Facebook et Instagram. Je suppose que mon adresse a été importée pour me cibler. Je ne veux pas que mes données servent à de la publicité ciblée, merci de me retirer de ces audiences.

Mathieu""")

R("fr_obj_situation", "fr", ["objection"], "A. D. <anonyme.ad36@gmail.com>",
  "Ne plus me contacter",
  """Bonjour Sandra,

Je vous écris d'une nouvelle adresse. Pour des raisons personnelles (une séparation difficile, mon ex-conjoint a accès à mon ancienne boîte et à mon téléphone), je vous demande de ne plus me contacter du tout, ni par mail, ni par SMS, ni par courrier, sur aucune de mes anciennes coordonnées.

C'est important pour ma sécurité. Merci de votre compréhension.

A.""")

R("fr_obj_whatsapp_promo", "fr", ["objection"], "Yannick Perrot <yannick.perrot@orange.fr>",
  "messages promo WhatsApp",
  """Bjr,
Vous m'avez rajouté dans une liste de diffusion WhatsApp "Floraison de Soi actus". Je n'ai rien demandé, merci de m'enlever, je ne veux pas de pub sur mon téléphone.
Yannick""")

R("fr_obj_prospect", "fr", ["objection"], "Ghislaine Arnaud <ghislaine.arnaud@free.fr>",
  "Stop",
  """Je ne veux plus recevoir vos propositions commerciales. Ni mail ni rien.
Ghislaine Arnaud
Envoyé de mon Galaxy""")

# --- withdraw consent
R("fr_wc_temoignage", "fr", ["withdraw_consent"], "Monique Legrand <monique.legrand@orange.fr>",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

Il y a deux ans je vous avais donné mon accord pour publier mon témoignage avec mon prénom et ma ville sur votre site. Aujourd'hui, avec mon nouveau travail, je préférerais qu'il n'apparaisse plus. Pouvez-vous le retirer ?

Je garde un excellent souvenir de notre travail ensemble.
Monique""")

R("fr_wc_photo_insta", "fr", ["withdraw_consent"], "Lucie Renaud <lucie.renaud@gmail.com>",
  "photo Instagram",
  """Hello Sandra,
J'ai vu que la photo de groupe de l'atelier du 8 mars est sur ton Insta et ta page Facebook. J'avais dit oui sur le moment mais finalement je ne suis plus d'accord pour y apparaître. Tu peux l'enlever ou me flouter ?
Merci beaucoup, à bientôt
Lucie""")

R("fr_wc_replay", "fr", ["withdraw_consent"], "Bernard Poulain <bernard.poulain@laposte.net>",
  "Replay du webinaire",
  """Madame,

J'ai pris la parole à visage découvert pendant votre webinaire du 17 janvier et j'avais accepté l'enregistrement. Je reviens sur cette autorisation : je ne souhaite pas que mon image et mon intervention figurent dans le replay mis en ligne pour les inscrits. Merci de couper ce passage.

Bernard Poulain""")

R("fr_wc_questionnaire_livre", "fr", ["withdraw_consent"], "Inès Moreau <ines.moreau@gmail.com>",
  "Pour votre livre",
  """Bonjour Sandra,

Vous m'aviez demandé si mes réponses au questionnaire (anonymisées) pouvaient servir d'exemple dans votre futur livre. J'avais dit oui, mais après réflexion je retire mon accord. Je préfère que mes réponses restent dans le cadre de notre accompagnement.

J'espère que vous comprendrez.
Inès""")

# NEAR-LINE: withdrawing the health-data consent given in the contract = withdraw_consent (consent is the legal basis).
R("fr_wc_donnees_sante", "fr", ["withdraw_consent"], "Josiane Colin <josiane.colin@sfr.fr>",
  "consentement données de santé",
  """Bonjour Madame,

Dans le contrat d'accompagnement j'avais coché la case autorisant la collecte de mes données de santé. Je souhaite retirer ce consentement à partir d'aujourd'hui. Nous continuerons les séances sans aborder ce sujet.

Cordialement,
Josiane Colin""")

R("fr_wc_audio", "fr", ["withdraw_consent"], "Rachid Mansouri <rachid.mansouri@hotmail.fr>",
  "Enregistrement de nos séances",
  """Bonjour Sandra,
Au début on avait dit que vous pouviez enregistrer les séances audio pour votre supervision. Je ne suis plus à l'aise avec ça, je retire mon accord, pour les prochaines et pour celles déjà enregistrées.
Merci
Rachid""")

R("fr_wc_video_temoignage_belge", "fr", ["withdraw_consent"], "Dominique Peeters <dominique.peeters@telenet.be>",
  "vidéo témoignage",
  """Bonjour Sandra,

La petite vidéo où je raconte mon parcours, celle sur la page de vente de votre formation : je souhaiterais qu'elle soit retirée, s'il vous plaît. Je ne suis plus d'accord qu'elle soit diffusée.

Merci d'avance, bonne fin de semaine,
Dominique""")

# --- post mortem
R("fr_pm_fille_maman", "fr", ["post_mortem"], "Cécile Bouvier <cecile.bouvier@gmail.com>",
  "Ma maman, Mme Jeanne Bouvier",
  """Bonjour Madame,

Je suis la fille de Jeanne Bouvier, qui a suivi plusieurs de vos ateliers. Maman nous a quittés le 2 février. Elle reçoit encore vos lettres d'information et elle avait un compte sur votre plateforme de formation.

Pourriez-vous supprimer son compte et la retirer de vos envois ? Je joins l'acte de décès.

Merci pour ce que vous lui avez apporté, elle parlait souvent de vos ateliers.
Cécile Bouvier""", attach=["acte_deces_J_Bouvier.pdf"])

R("fr_pm_notaire", "fr", ["post_mortem"], "Étude de Maître Durand <office.durand@notaires.fr>",
  "Succession de M. Roger Petit - N/Réf. 2025-0412",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Roger PETIT, décédé le 18 avril 2025 à Châteauroux.

Afin de compléter l'inventaire, nous vous remercions de bien vouloir nous indiquer si le défunt disposait d'un compte ou d'un abonnement auprès de votre entreprise, les sommes éventuellement restant dues, ainsi que les données et documents le concernant que vous conservez.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Durand,
Sylvie Moreau, clerc
Office notarial Durand - 5 place du Marché - 36100 Issoudun""", attach=["attestation_notaire_succession_Petit.pdf"], shape="alt")

R("fr_pm_directives", "fr", ["post_mortem"], "Françoise Lemoine <francoise.lemoine@orange.fr>",
  "Mes volontés",
  """Chère Sandra,

Comme vous le savez, ma maladie évolue. Je mets de l'ordre dans mes affaires et je voulais vous écrire pour ça : après mon décès, je souhaite que tout ce que vous avez sur moi (carnets, notes, les lettres que j'ai écrites en séance) soit détruit, sauf la lettre à mes petits-enfants que vous remettrez à ma fille Anne (anne.lemoine@gmail.com).

Merci pour tout ce chemin parcouru ensemble.
Françoise""")

R("fr_pm_veuf", "fr", ["post_mortem"], "Alain Dupuis <alain.dupuis@wanadoo.fr>",
  "Mon épouse Sylvie",
  """Bonjour Madame Delomenie,

Mon épouse Sylvie est décédée le mois dernier. Elle avait entrepris un travail avec vous l'an passé et elle en parlait beaucoup. Je sais que c'est peut-être une demande inhabituelle mais j'aimerais, si c'est possible, récupérer ce qu'elle a écrit pendant vos séances. Cela compte beaucoup pour moi et pour nos enfants.

Je peux vous fournir tout document nécessaire.

Alain Dupuis""")

R("fr_pm_fils_photo", "fr", ["post_mortem"], "Kevin Marchal <kevin.marchal@gmail.com>",
  "photo de mon père sur votre site",
  """Bonjour,
Mon père, Jacques Marchal, est décédé cet été. Sa photo et son témoignage sont toujours sur la page "Ils m'ont fait confiance" de votre site. Ma mère tombe dessus et ça lui fait de la peine. Pourriez-vous les enlever ?
Kevin Marchal""")

R("fr_pm_frere_newsletter", "fr", ["post_mortem"], "Gilles Hamon <gilles.hamon@free.fr>",
  "Fw: Floraison de Soi - La lettre de printemps",
  """Bonjour,
Ma sœur Odile Hamon est décédée en décembre, je gère sa boîte mail. Merci de la désinscrire de vos envois.
Cordialement
G. Hamon""",
  fwd=dict(who=C, subj="Floraison de Soi - La lettre de printemps", to="odile.hamon@orange.fr", text=NL_QUOTE))

# --- multi-right FR
R("fr_multi_acc_rect", "fr", ["access", "rectification"], "Éric Leroux <eric.leroux@gmail.com>",
  "mes données + correction",
  """Bonjour Sandra,

Deux choses :
1) pouvez-vous m'envoyer ce que vous avez sur moi dans vos fichiers ? Je n'ai aucune idée de ce qui a été gardé depuis la formation de 2022.
2) je suis quasi sûr que vous avez encore mon ancienne adresse à Déols. La bonne c'est 15 rue des Jardins, 36130 Montierchaume.

Merci,
Éric""")

R("fr_multi_era_obj_colere", "fr", ["erasure", "objection"], "Sylvie Maillard <sylvie.maillard@orange.fr>",
  "ARRÊTEZ",
  """Troisième fois que je me désinscris et je reçois ENCORE vos mails !!! Arrêtez de m'écrire et effacez-moi de vos fichiers une bonne fois pour toutes. Sinon je vais voir ailleurs.

S. Maillard""")

R("fr_multi_acc_era", "fr", ["access", "erasure"], "Christophe Barbier <christophe.barbier@laposte.net>",
  "Demande concernant mes données",
  """Bonjour,

Je souhaiterais d'abord savoir quelles informations vous conservez sur moi, puis, une fois que vous me les aurez communiquées, que vous les supprimiez définitivement.

Je vous remercie.
Christophe Barbier""")

R("fr_multi_wc_obj", "fr", ["objection", "withdraw_consent"], "Pascale Renard <pascale.renard@gmail.com>",
  "Témoignage + newsletter",
  """Bonjour Sandra,

Je fais un peu de rangement numérique : est-ce que tu peux retirer mon témoignage de ta page de vente (celui avec ma photo), et me désabonner de ta newsletter ? Rien de personnel, je réduis juste mon empreinte en ligne.

Belle journée,
Pascale""")

R("fr_multi_rect_obj", "fr", ["objection", "rectification"], "Manon Giraud <manon.giraud.pro@gmail.com>",
  "changement de mail",
  """Bonjour,
Ma nouvelle adresse mail est manon.giraud.pro@gmail.com (l'ancienne en @live.fr ne marche plus), merci de la mettre à jour pour les factures. Et par contre plus besoin de la newsletter, vous pouvez m'enlever de la liste.
Merci
Manon""")

R("fr_multi_port_era", "fr", ["erasure", "portability"], "Thomas Vincent <thomas.vincent@gmail.com>",
  "export puis suppression",
  """Bonjour,

Avant que vous ne supprimiez mon compte de formation (je souhaite que vous le fassiez, ainsi que toutes mes données), pourriez-vous m'envoyer un export de mes données dans un format réutilisable (CSV) ? Je veux garder mes réponses aux exercices.

Merci,
Thomas Vincent""")

R("fr_multi_era_wc", "fr", ["erasure", "withdraw_consent"], "Audrey Michel <audrey.michel@free.fr>",
  "Tout supprimer",
  """Bonjour Sandra,

Je voudrais que vous retiriez ma vidéo de témoignage de votre site et de YouTube, et que vous supprimiez aussi toutes les données que vous avez sur moi. Je ne veux plus aucune trace.

Merci de me confirmer.
Audrey""")

R("fr_multi_acc_port", "fr", ["access", "portability"], "Nicolas Faure <nicolas.faure@outlook.com>",
  "Mes données - copie et export",
  """Bonjour Madame,

J'aimerais connaître l'ensemble des données que vous avez à mon sujet, et recevoir celles que je vous ai fournies (formulaires, questionnaires, documents déposés) dans un format structuré et lisible par machine, pour pouvoir les réutiliser ailleurs.

Cordialement,
Nicolas Faure""")

R("fr_multi_res_acc", "fr", ["access", "restriction"], "Isabelle Guillot <isabelle.guillot@orange.fr>",
  "Fiche de suivi",
  """Bonjour Sandra,

Mon ancienne collègue m'a dit que vous aviez parlé de moi à quelqu'un de mon entreprise. Je veux voir exactement ce que vous avez noté sur moi et à qui ça a été transmis. D'ici là, je vous demande de ne plus utiliser mon dossier pour quoi que ce soit.

Isabelle Guillot""")

R("fr_multi_obj_era_suisse", "fr", ["erasure", "objection"], "Martine Favre <martine.favre@sunrise.ch>",
  "Désabonnement et effacement",
  """Bonjour Madame,

Je vous saurais gré de bien vouloir me désabonner de l'ensemble de vos listes de diffusion et d'effacer ensuite mes coordonnées de vos fichiers.

Meilleures salutations,
Martine Favre
Fribourg""")

R("fr_multi_rect_res", "fr", ["rectification", "restriction"], "Bruno Chauvin <bruno.chauvin@sfr.fr>",
  "erreur dans mon dossier",
  """Bonjour,
Dans le bilan que vous avez envoyé à mon employeur pour le financement, il est écrit que j'ai un BTS, c'est faux, j'ai un bac pro. Merci de corriger. Et tant que ce n'est pas corrigé, je ne veux pas que ce document soit utilisé ou envoyé à qui que ce soit.
Bruno Chauvin""")

R("fr_multi_acc_obj", "fr", ["access", "objection"], "Delphine Robin <delphine.robin@yahoo.fr>",
  "Newsletter et données",
  """Bonjour,

Je n'ai jamais acheté quoi que ce soit chez vous et je reçois votre newsletter. Merci de me dire d'où vous tenez mon adresse et ce que vous savez d'autre sur moi, et de me retirer de vos envois.

Delphine Robin""")

R("fr_multi_wc_era_photo", "fr", ["erasure", "withdraw_consent"], "Noémie Lacroix <noemie.lacroix@gmail.com>",
  "Photos du stage",
  """Bonjour Sandra,
Je retire mon autorisation pour les photos prises pendant le stage de juin (celles sur le site et dans la brochure), et je voudrais aussi que vous effaciez l'ensemble de mon dossier. Merci de m'envoyer une confirmation écrite.
Noémie Lacroix""", attach=["autorisation_droit_image_signee.pdf"])

R("fr_multi_port_acc_rect", "fr", ["access", "portability", "rectification"], "Gaëlle Perrin <gaelle.perrin@icloud.com>",
  "Plusieurs demandes",
  """Bonjour Sandra,

Je voudrais faire le point sur mes données :
- savoir ce que vous avez exactement sur moi ;
- récupérer mes résultats de tests dans un fichier que je pourrai transmettre à mon prochain coach (format standard) ;
- corriger mon numéro : c'est le 06 45 77 12 90 maintenant.

Merci beaucoup !
Gaëlle""", shape="alt")

R("fr_multi_obj_res", "fr", ["objection", "restriction"], "Laurent Gauthier <laurent.gauthier@orange.fr>",
  "Utilisation de mes infos",
  """Bonjour,
Je vous demande de cesser de m'envoyer vos offres commerciales. Pour le reste (facturation, attestations), gardez mes informations mais ne vous en servez pas tant que je n'ai pas tiré au clair un problème avec votre facture de mars.
Laurent Gauthier""")

R("fr_multi_pm_era", "fr", ["post_mortem"], "Paul Lemoine <paul.lemoine@gmail.com>",
  "Données de mon père",
  """Bonjour,

Mon père, Henri Lemoine, est décédé en mai. Il avait suivi un accompagnement avec vous. Je voudrais savoir ce que vous conservez à son nom et que vous supprimiez ensuite tout, y compris son compte sur la plateforme.

Paul Lemoine, son fils""")
# NEAR-LINE above: heir asks access + erasure; policy says post_mortem only.

R("fr_res_qp_mutuelle", "fr", ["restriction"], "Rose-Marie Caillaud <rm.caillaud@orange.fr>",
  "ne pas effacer mais ne pas utiliser",
  """Bonjour Sandra,

Ma mutuelle me demande des justificatifs pour un remboursement partiel des séances. Je ne veux surtout pas que vous effaciez mes factures et le contrat, mais à part ça, je ne veux pas que mes informations soient utilisées : ni newsletter, ni questionnaire, rien.

Merci,
Rose-Marie""", shape="qp")
# NEAR-LINE above: "ni newsletter" could read as objection, but the message is framed as keep-but-don't-use => restriction only.

R("fr_era_b64_courte", "fr", ["erasure"], "Henriette Besnard <henriette.besnard@orange.fr>",
  "RGPD",
  """Bonjour
Je vous prie d'effacer mes données personnelles de vos fichiers.
Cordialement
H. Besnard

Envoyé depuis l'application Mail Orange""", shape="b64")

R("fr_obj_apple_reply", "fr", ["objection"], "Claire Dumont <claire.dumont@icloud.com>",
  "Re: Nouveau : le cercle des femmes en transition",
  """Bonjour Sandra, je vous aime bien mais je reçois trop de mails en ce moment 😅 Vous pouvez me retirer de la liste ? Je vous suivrai sur Insta.
Claire""",
  quote=dict(style="apple", who=C, days=0, text="""Le cercle des femmes en transition démarre le 5 octobre !
6 rencontres mensuelles, en petit groupe, pour traverser ensemble les changements de vie.
Places limitées à 8 participantes.
Pour vous désinscrire de cette liste, cliquez ici."""))

R("fr_acc_registre", "fr", ["access"], "Hervé Lucas <herve.lucas@free.fr>",
  "Demande",
  """Bonjour,

Ancien stagiaire de votre formation "Communication bienveillante" (session de mai), je souhaite recevoir une copie des données personnelles que vous traitez me concernant et savoir combien de temps vous comptez les garder.

Merci,
Hervé Lucas""")

R("fr_port_mutuel_fichier", "fr", ["portability"], "Céline Marchetti <celine.marchetti@gmail.com>",
  "Mes fiches d'exercices",
  """Coucou Sandra,
Tu te souviens des fiches d'exercices que je remplissais sur ta plateforme ? Je change d'outil et je voudrais les récupérer en fichier (genre Word ou CSV, pas des captures d'écran 😉) pour les importer dans Notion. C'est possible ?
Bisous
Céline""")

R("fr_wc_prenom_site", "fr", ["withdraw_consent"], "Yvette Charpentier <yvette.charpentier@laposte.net>",
  "Mon avis publié",
  """Madame,

Ma petite-fille m'a montré que mon avis sur votre stage apparaît sur votre site avec mon nom complet et ma photo. J'avais donné mon accord à l'époque, mais je préfère maintenant qu'il soit enlevé.

Avec mes remerciements,
Yvette Charpentier""")

R("fr_pm_directive_ami", "fr", ["post_mortem"], "Jean-Pierre Auclair <jp.auclair@orange.fr>",
  "Une demande un peu particulière",
  """Bonjour Sandra,

À 78 ans on pense à ces choses-là. Je voudrais que vous notiez qu'à mon décès, mon fils Marc pourra demander une copie de mes carnets de séance, mais que rien ne devra être transmis à qui que ce soit d'autre. Le reste pourra être détruit.

Amitiés,
Jean-Pierre Auclair""")

R("fr_obj_profilage", "fr", ["objection"], "Agathe Simon <agathe.simon@proton.me>",
  "suivi des ouvertures de mails",
  """Bonjour,

J'ai remarqué que vos newsletters contiennent des pixels de suivi et que vous segmentez les gens selon leurs clics (j'ai reçu une relance "vous avez regardé notre programme..."). Je m'oppose à ce profilage me concernant. Je veux bien continuer à recevoir les infos d'ateliers, mais sans être suivie.

Agathe Simon""")

R("fr_rect_note_obs_html", "fr", ["rectification"], "Pierre Morel <pierre.morel@gmail.com>",
  "Correction fiche d'inscription",
  """Bonjour,

Sur la fiche d'inscription à l'atelier de samedi, j'ai fait une faute de frappe : mon adresse mail c'est pierre.morel@gmail.com et pas pierre.morell@gmail.com. Et ma date de naissance est le 22/07/1979. Pouvez-vous corriger dans votre fichier ?

Merci !
Pierre""", shape="html")

R("fr_era_outlook_above", "fr", ["erasure"], "Catherine Hubert <catherine.hubert@cabinet-hubert.fr>",
  "RE: Votre facture FDS-2025-041",
  """Bonjour,

Bien reçu, merci. Réglée ce jour par virement.

Par ailleurs, maintenant que la prestation est terminée et payée, je vous demande de supprimer les informations personnelles me concernant qui ne sont pas nécessaires à votre comptabilité (notes, questionnaires, échanges).

Bien à vous,
Catherine Hubert
Cabinet Hubert - Expertise immobilière
Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.""",
  quote=dict(style="outlook", who=C, subj="Votre facture FDS-2025-041", days=4, text="""Bonjour Madame Hubert,

Veuillez trouver ci-joint la facture FDS-2025-041 pour l'accompagnement de 6 séances.

Bien cordialement,
Sandra Delomenie - Floraison de Soi"""))
# ======================================================================
# ENGLISH REQUESTS
# ======================================================================
R("en_acc_expat", "en", ["access"], "Rebecca Hughes <rebecca.hughes@gmail.com>",
  "Copy of my file",
  """Hi Sandra,

Hope you're keeping well! I did the online confidence programme with you last year (I'm the Brit living near Le Blanc). Could you send me a copy of everything you hold on me? Session notes, questionnaires, the lot. I'd find it useful to look back over.

Thanks so much,
Becky""")

R("en_acc_formal_sar", "en", ["access"], "Daniel O'Connor <d.oconnor@eircom.net>",
  "Subject access request",
  """Dear Ms Delomenie,

I attended your two-day workshop in Issoudun in April. Please provide me with a copy of the personal data you process about me, the purposes, the recipients it has been disclosed to and how long you intend to keep it.

A copy of my passport is attached for identification.

Kind regards,
Daniel O'Connor""", attach=["passport_oconnor.jpg"])

R("en_acc_where_from", "en", ["access"], "Megan Price <megan.price@outlook.com>",
  "How did you get my email?",
  """Hello,

I've started getting your emails in French and I genuinely have no idea how I ended up on your list. Can you tell me where you got my email address from and what other information you have about me?

Cheers,
Megan""")

R("en_acc_shared_with", "en", ["access"], "Hans Vermeulen <hans.vermeulen@ziggo.nl>",
  "Question about my data",
  """Dear Sandra,

After our coaching sessions I received an offer from a training company I had never heard of. Could you please let me know whether my details were shared with anyone, and with whom exactly?

Best regards,
Hans""")

R("en_acc_us_casual", "en", ["access"], "Tyler Brooks <tyler.brooks@yahoo.com>",
  "quick ask",
  """hey! took your stress webinar back in march. what info do you guys actually have on me? just curious, send it over if you can

thx
T""")

R("en_acc_above_invoice", "en", ["access"], "Fiona Campbell <fiona.campbell@btinternet.com>",
  "Re: Your receipt from Floraison de Soi",
  """Thanks Sandra, all good.

While I have you, I'd like a copy of all the personal data you have on file for me, including whatever's stored on the course platform. No rush.

Fiona""",
  quote=dict(style="gmail", who="Floraison de Soi <contact@floraisondesoi.fr>", days=1, text="""Receipt #1873-2211
Amount paid: €180.00
Module 2 - Emotional intelligence (online)
Thank you for your purchase!"""))

R("en_rect_name", "en", ["rectification"], "Siobhan Kelly <siobhan.kelly@gmail.com>",
  "Spelling of my name",
  """Hi Sandra,

Small thing but it bugs me: my name is spelt "Siobahn" on my certificate and in your emails. It's Siobhan (S-i-o-b-h-a-n). Could you fix it in your records and reissue the certificate?

Thanks a million,
Siobhan""")

R("en_rect_new_address", "en", ["rectification"], "Michael Turner <mike.turner@gmail.com>",
  "New address",
  """Hi,

We've moved house. Please update my address to 3 chemin des Prés, 36260 Reuilly and remove the old one in Vatan.

Mike Turner""")

R("en_rect_note_wrong", "en", ["rectification"], "Priya Shah <priya.shah@hotmail.co.uk>",
  "Correction to session summary",
  """Dear Sandra,

Thank you for the summary of our third session. One point is inaccurate: I did not say I wanted to leave my husband, I said I wanted to leave my job. Could you please correct this in your notes? It matters to me that the record is right.

Warm regards,
Priya""")

R("en_rect_email_change", "en", ["rectification"], "Olivia Bennett <olivia.bennett@protonmail.com>",
  "Please update my email",
  """Hello,
My old address (olivia.b@aol.com) is being closed. Please replace it with this one for my course account and invoices.
Many thanks,
Olivia""")

R("en_era_all", "en", ["erasure"], "James Whitfield <james.whitfield@gmail.com>",
  "Delete my data",
  """Hi Sandra,

Please delete my account and all the data you hold about me. I won't be continuing with the programme.

Regards,
James""")

R("en_era_polite", "en", ["erasure"], "Emma Lindqvist <emma.lindqvist@telia.se>",
  "Erasing my information",
  """Dear Sandra,

Thank you again for the workshop, it was lovely. As I've moved back to Sweden I don't expect to attend again. Would you mind erasing my details and the questionnaire I filled in? 

Best wishes,
Emma""")

R("en_era_health", "en", ["erasure"], "Laura Mitchell <laura.mitchell@icloud.com>",
  "My health information",
  """Hi Sandra,

During our intake I told you about my anxiety medication and past diagnosis. Now that we've finished, I'd really like that information destroyed, both the paper form and anything digital. Could you confirm once done?

Laura""")

R("en_era_rtbf", "en", ["erasure"], "Marco Bianchi <marco.bianchi@libero.it>",
  "Right to be forgotten",
  """Hello,

I would like to exercise my right to erasure regarding all personal data connected to my registration for your online conference (October). Please confirm deletion in writing.

Marco Bianchi""", shape="html")

R("en_era_parent", "en", ["erasure"], "Sarah Collins <sarah.collins@gmail.com>",
  "My daughter's details",
  """Hi Sandra,

My daughter Lily (14) did your teen workshop in the summer. We're not going to continue, so please could you delete everything you have about her – registration, her workbook answers, any photos.

Thank you,
Sarah Collins""")

R("en_res_dispute", "en", ["restriction"], "Robert Hall <robert.hall@gmail.com>",
  "Your notes about me",
  """Sandra,

I don't agree with what's written in the assessment you shared with me. Until we've discussed and sorted it, please don't use those notes for anything and don't pass them on. Don't delete them either – I want them kept as they are for now.

Robert""")

R("en_res_pause", "en", ["restriction"], "Chloe Martin <chloe.martin@outlook.com>",
  "Putting things on hold",
  """Hi Sandra,

I need to step back from coaching for a while. Could you put my file on hold? Please don't delete anything, but also don't process or use it in the meantime until I get in touch again.

Thanks for understanding,
Chloe""")

R("en_res_legal", "en", ["restriction"], "Andrew Fraser <andrew.fraser@fraser-consulting.co.uk>",
  "Retention of my records",
  """Dear Ms Delomenie,

I understand your standard practice is to delete client records after a set period. Please retain mine, as I may need them in connection with an employment tribunal, but restrict their use to storage only until further notice.

Yours sincerely,
Andrew Fraser""")

R("en_port_new_coach", "en", ["portability"], "Kate Morrison <kate.morrison@gmail.com>",
  "Transferring my records",
  """Hi Sandra,

I'm continuing my coaching with someone in Bordeaux (Jane Ellis, jane@elliscoaching.eu). Would you be able to send my questionnaires and progress records straight to her in a digital format she can use? 

Thanks!
Kate""")

R("en_port_machine", "en", ["portability"], "Lukas Schneider <lukas.schneider@posteo.de>",
  "Data export",
  """Hello,

Please send me the personal data I provided to you (account details, course progress, quiz results) in a structured, commonly used, machine-readable format such as CSV or JSON.

Thank you,
Lukas Schneider""")

R("en_port_notion", "en", ["portability"], "Grace Kim <grace.kim@gmail.com>",
  "getting my journal entries out",
  """Hi Sandra! I loved the journaling prompts module. Is there any way you could export all my journal entries from the platform as a file (CSV or even a text file) so I can pull them into my own app? Copy-pasting 60 entries is a nightmare 😅

Grace""")

R("en_obj_unsub", "en", ["objection"], "Paul Edwards <paul.edwards@gmail.com>",
  "Unsubscribe",
  """Please take me off your mailing list. Thanks.
Paul""")

R("en_obj_marketing", "en", ["objection"], "Helen Ward <helen.ward@btinternet.com>",
  "No more promotional emails please",
  """Hi,

I enjoyed the webinar but I don't want to receive your offers and course promotions any more. Please stop sending me marketing emails.

Helen""")

R("en_obj_above_nl", "en", ["objection"], "George Baker <george.baker@me.com>",
  "Re: Floraison de Soi - Autumn letter",
  """Hi, can you remove me from this please? The unsubscribe link gives me an error. Thanks, George""",
  quote=dict(style="apple", who=C, days=0, text="""Floraison de Soi - Autumn letter
New dates for the online "Letting go" workshop, and a free audio meditation for subscribers.
You are receiving this because you subscribed on floraisondesoi.fr. Unsubscribe."""))

R("en_obj_stats", "en", ["objection"], "Anna Kowalski <anna.kowalski@wp.pl>",
  "Use of my survey answers",
  """Dear Sandra,

I saw in your newsletter that survey answers are aggregated into annual statistics. Given my particular situation (I work in a small team in the same field and could be recognised), I object to my answers being used for that purpose.

Kind regards,
Anna""")

R("en_obj_sms", "en", ["objection"], "Jack Robinson <jack.robinson@gmail.com>",
  "texts",
  """Hi Sandra, could you stop the promo texts to my mobile? Happy to get the odd email but not texts. Cheers, Jack""")

R("en_wc_testimonial", "en", ["withdraw_consent"], "Natalie Foster <natalie.foster@gmail.com>",
  "My testimonial",
  """Hi Sandra,

I gave you permission to use my testimonial (with first name and photo) on your website a while ago. I've since changed jobs and would prefer it not to be online any more – could you take it down please?

Thank you, and I hope the business is flourishing!
Natalie""")

R("en_wc_video", "en", ["withdraw_consent"], "Ben Taylor <ben.taylor@outlook.com>",
  "Video from the retreat",
  """Hi Sandra,

I agreed to be filmed at the retreat for your promotional video, but I've changed my mind. Please don't use any footage that shows me, and remove it from anything already published.

Ben""")

R("en_wc_recording", "en", ["withdraw_consent"], "Isabel Cruz <isabel.cruz@gmail.com>",
  "Session recordings",
  """Dear Sandra,

I'm withdrawing my consent for our sessions to be recorded for supervision purposes, including the ones already recorded. Please let me know when those have been dealt with.

Best,
Isabel""")

R("en_pm_daughter", "en", ["post_mortem"], "Claire Wilson <claire.wilson@gmail.com>",
  "My mother, Margaret Wilson",
  """Dear Sandra,

I'm writing to let you know that my mother, Margaret Wilson, passed away in March. She attended several of your English-language workshops and spoke very warmly of you.

Could you please close her account and stop the emails? I've attached the death certificate. If there is anything she wrote during the workshops that you still hold, the family would be grateful to receive it.

Kind regards,
Claire Wilson""", attach=["death_certificate_M_Wilson.pdf"])

R("en_pm_instructions", "en", ["post_mortem"], "Richard Evans <richard.evans@gmail.com>",
  "In case something happens to me",
  """Sandra,

Slightly morbid email, sorry. I'm putting my affairs in order before surgery. If I don't make it, I'd like all my coaching notes and recordings destroyed, and nothing passed to my family except my wife Jenny if she asks for the letter I wrote in session 5.

Thanks for everything.
Richard""")

R("en_pm_executor", "en", ["post_mortem"], "Howard & Lewis Solicitors <probate@howardlewis.co.uk>",
  "Estate of the late Mr Peter Grant",
  """Dear Madam,

We act as executors of the estate of the late Mr Peter Grant, who died on 2 September 2025. We understand he purchased an online coaching programme from you. Please confirm what personal data and account you hold in his name and arrange for the account to be closed.

Yours faithfully,
Howard & Lewis Solicitors""", attach=["grant_of_probate_Grant.pdf"])

R("en_multi_acc_era", "en", ["access", "erasure"], "Sophie Turner <sophie.turner@gmail.com>",
  "My data",
  """Hi Sandra,

Could you tell me what personal data you hold on me, and then delete it all? I'd like confirmation of both.

Thanks,
Sophie""")

R("en_multi_obj_wc", "en", ["objection", "withdraw_consent"], "Rachel Green <rachel.green@gmail.com>",
  "A couple of things",
  """Hi Sandra,

1. Please remove my photo and quote from the testimonials page.
2. And please unsubscribe me from the newsletter.

No hard feelings at all, just decluttering my online life.
Rachel""")

R("en_multi_port_era", "en", ["erasure", "portability"], "David Novak <david.novak@seznam.cz>",
  "Export then delete",
  """Hello Sandra,

I'm leaving the programme. Please export my data (progress, answers) as CSV so I can keep it, then delete my account and everything associated with it.

Regards,
David""")

R("en_multi_rect_acc", "en", ["access", "rectification"], "Joanna Price <joanna.price@gmail.com>",
  "Checking my details",
  """Hi,

I've had a couple of letters sent to the wrong address. Can you send me what you've got on file for me so I can check it? For the record, the correct address is 21 rue Gambetta, 36100 Issoudun.

Jo""")

R("en_multi_era_obj_wc", "en", ["erasure", "objection", "withdraw_consent"], "Martin Clarke <martin.clarke@gmail.com>",
  "Please remove me",
  """Sandra,

Please take down the photo of me from the group workshop on your Facebook page, stop sending me emails, and delete all my data. I'd appreciate a confirmation.

Martin""")
# ======================================================================
# FRENCH NEGATIVES
# ======================================================================
R("fr_neg_annul_atelier", "fr", [], "Corinne Lebrun <corinne.lebrun@orange.fr>",
  "Annulation atelier samedi",
  """Bonjour Sandra,

Je suis désolée mais je dois annuler mon inscription à l'atelier de samedi, ma fille est malade. Vous pouvez supprimer ma place et la donner à quelqu'un sur liste d'attente.

Est-ce que je peux reporter sur la session de mai ?

Corinne""")

R("fr_neg_creneau", "fr", [], "Maxime Petitjean <maxime.petitjean@gmail.com>",
  "créneau jeudi",
  """Salut Sandra, tu peux supprimer mon créneau de jeudi 18h ? Je prends plutôt celui de vendredi 9h si c'est toujours libre. Merci !
Max""")

R("fr_neg_mdp", "fr", [], "Huguette Roy <huguette.roy@wanadoo.fr>",
  "je n'arrive plus à accéder à mon espace",
  """Bonjour,
Depuis hier je n'arrive plus à accéder à mon espace de formation, il me dit que mon mot de passe est incorrect. J'ai essayé "mot de passe oublié" mais je ne reçois rien. Pouvez-vous m'aider ? J'ai la vidéo du module 3 à regarder avant jeudi.
Merci
Huguette""")

R("fr_neg_copie_facture", "fr", [], "Stéphanie Collet <stephanie.collet@gmail.com>",
  "copie facture",
  """Bonjour,
Pourriez-vous m'envoyer une copie de la facture de mars ? Mon comptable me la réclame pour la note de frais, je ne la retrouve plus.
Merci beaucoup
Stéphanie Collet""")
# NEAR-LINE above: a copy of one invoice for accounting is a document request, not access to her data.

R("fr_neg_mari_epouse", "fr", [], "Jean-Luc Mercier <jl.mercier@orange.fr>",
  "Ma femme",
  """Madame,

Ma femme, Évelyne Mercier, suit des séances avec vous depuis janvier. Depuis, elle a beaucoup changé et elle parle de séparation. J'estime avoir le droit de savoir ce qu'elle vous raconte. Pouvez-vous me communiquer vos notes la concernant ?

Jean-Luc Mercier""")

R("fr_neg_collegue", "fr", [], "Amandine Roche <amandine.roche@mairie-issoudun.fr>",
  "Pour ma collègue",
  """Bonjour,

Ma collègue Françoise, qui a fait votre formation en intra l'an dernier, m'a demandé de vous écrire car elle n'est pas à l'aise avec les mails : elle aimerait que vous supprimiez ses informations. Vous pouvez me répondre à moi.

Cordialement,
Amandine Roche
Service RH - Mairie d'Issoudun""")
# NEAR-LINE above: a colleague writing about another living adult's data = negative per policy.

R("fr_neg_mere_fils_adulte", "fr", [], "Danielle Carré <danielle.carre@orange.fr>",
  "Mon fils Julien",
  """Bonjour Madame,

Mon fils Julien (32 ans) a fait un bilan avec vous. Il est très secret et je m'inquiète pour lui. Pouvez-vous me dire ce qui est ressorti de ce bilan et ce que vous avez dans son dossier ? Je suis sa mère, je pense être en droit de savoir.

Danielle Carré""")

R("fr_neg_cnil_copie", "fr", [], "Roselyne Fabre <roselyne.fabre@gmail.com>",
  "Copie de ma plainte auprès de la CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée ce jour auprès de la CNIL, faute de réponse de votre part à mon courrier de septembre.

« Je me plains de l'entreprise Floraison de Soi (Issoudun), qui ne répond pas à ma demande d'accès à mes données envoyée il y a plus de deux mois. »

La CNIL reviendra vers vous.
R. Fabre""", attach=["accuse_reception_plainte_CNIL.pdf"])

R("fr_neg_question_droits", "fr", [], "Mélanie Hoarau <melanie.hoarau@gmail.com>",
  "question avant inscription",
  """Bonjour Sandra,

Je suis intéressée par votre accompagnement mais j'ai une petite appréhension sur la confidentialité. Combien de temps gardez-vous les notes ? Et si un jour je veux que tout soit effacé, comment ça se passe, il faut faire une demande écrite ?

Merci pour vos réponses,
Mélanie""")

R("fr_neg_fermer_compte", "fr", [], "Roland Perrier <roland.perrier@free.fr>",
  "fermeture compte",
  """Bonjour,
Vous pouvez fermer mon compte sur la plateforme, j'ai terminé la formation.
Roland""")
# NEAR-LINE above: "close my account" alone with no data mentioned = negative per policy.

R("fr_neg_resiliation_abo", "fr", [], "Justine Blanc <justine.blanc@gmail.com>",
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au Cercle (29 €/mois) à partir du mois prochain. Merci de supprimer le prélèvement Stripe.

Bonne journée,
Justine Blanc""")

R("fr_neg_merci_suppression", "fr", [], "Laetitia Gomes <laetitia.gomes@hotmail.com>",
  "Re: Suppression",
  """Merci Sandra pour votre réactivité, c'est parfait.
Bonne continuation !
Laetitia""",
  quote=dict(style="gmail", who=S, days=1, text="""Bonjour Laetitia,

Je vous confirme que votre compte et l'ensemble de vos données ont été supprimés.

Sandra

Le lun. 3 mars, Laetitia Gomes a écrit :
> Je souhaite que vous supprimiez mon compte sur votre site de formation ainsi que toutes les données que vous avez sur moi."""))

R("fr_neg_absence", "fr", [], "Agnès Picard <agnes.picard@gmail.com>",
  "Réponse automatique : Floraison de Soi - La lettre d'été",
  """Bonjour,

Je suis absente du 28 juillet au 18 août inclus, sans accès à mes mails. Vos données et demandes seront traitées à mon retour. Pour toute urgence, contactez le secrétariat au 02 54 21 00 00.

Agnès Picard""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

R("fr_neg_dsn_orange", "fr", [], "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Undelivered Mail Returned to Sender",
  """Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<dominique.laroche@wanadoo.fr> : adresse inconnue (550 5.1.1)""",
  kind="dsn", dsn_rcpt="dominique.laroche@wanadoo.fr", dsn_subj="Confirmation de suppression de vos données",
  dsn_text="""Bonjour Dominique,

Suite à votre demande, je vous confirme la suppression de vos données personnelles de mes fichiers.

Sandra Delomenie""")

R("fr_neg_stripe_paiement", "fr", [], "Stripe <notifications@stripe.com>",
  "Paiement de 240,00 € reçu de Marion Leclerc",
  """Vous avez reçu un paiement de 240,00 € EUR.

Client : marion.leclerc@hotmail.fr
Description : Accompagnement 4 séances - Floraison de Soi
Moyen de paiement : Visa •••• 4242

Afficher le paiement dans votre Dashboard : https://dashboard.stripe.com/payments/pi_3Q

Vous recevez cet email car vous êtes administrateur du compte Floraison de Soi. Modifier vos préférences de notification dans les paramètres.""",
  shape="alt", headers={"Auto-Submitted": "auto-generated"})

R("fr_neg_stripe_litige", "fr", [], "Stripe <notifications@stripe.com>",
  "Action requise : un client a contesté un paiement",
  """Un client a contesté un paiement de 97,00 € (motif : non reconnu).

Vous avez jusqu'au 14 novembre pour soumettre des justificatifs. Les données du client et les détails de la transaction sont accessibles dans votre Dashboard.

L'équipe Stripe""", shape="html", headers={"Auto-Submitted": "auto-generated"})

R("fr_neg_systemeio_contact", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désinscrit de votre liste",
  """Bonjour Sandra,

Le contact paulette.vidal@orange.fr s'est désinscrit de votre campagne « Newsletter mensuelle ».

Vous pouvez consulter ou exporter la liste de vos contacts depuis votre tableau de bord.

L'équipe Systeme.io""", shape="alt", headers={"Auto-Submitted": "auto-generated"})

R("fr_neg_systemeio_rgpd", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Mise à jour de nos Conditions et de notre Politique de confidentialité",
  """Bonjour,

Nous mettons à jour nos Conditions générales d'utilisation et notre Politique de confidentialité, avec effet au 1er mars 2026. Ces changements concernent notamment nos sous-traitants ultérieurs et la durée de conservation des journaux.

Aucune action n'est requise de votre part. Si vous continuez à utiliser Systeme.io après cette date, vous acceptez les nouvelles conditions.

Pour exercer vos droits (accès, rectification, suppression...), vous pouvez contacter dpo@systeme.io.

L'équipe Systeme.io""", shape="html",
  headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe?u=81723>", "Precedence": "bulk"})

R("fr_neg_google_stockage", "fr", [], "Google <no-reply@accounts.google.com>",
  "Votre espace de stockage Google est presque plein",
  """Vous avez utilisé 95 % de vos 15 Go d'espace de stockage.

Lorsque votre espace sera plein, vous ne pourrez plus importer de fichiers sur Google Drive ni recevoir d'e-mails dans Gmail. Supprimez des fichiers dont vous n'avez plus besoin ou passez à Google One.

Gérer l'espace de stockage""", shape="html", headers={"Auto-Submitted": "auto-generated"})

R("fr_neg_google_securite", "fr", [], "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

floraisondesoi@gmail.com
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.""",
  to="floraisondesoi@gmail.com", shape="alt")

R("fr_neg_zoom_enregistrement", "fr", [], "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Webinaire Lâcher-prise - 17 janvier » est maintenant disponible.

Partagez cet enregistrement avec les spectateurs :
https://us06web.zoom.us/rec/share/xyz

Les enregistrements seront supprimés automatiquement après 30 jours conformément à vos paramètres.

Merci d'avoir choisi Zoom.""", shape="html")

R("fr_neg_calendly_annule", "fr", [], "Calendly <notifications@calendly.com>",
  "Annulé : Séance découverte 30 min avec Thierry Blanchard",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Nom de l'invité : Thierry Blanchard
E-mail de l'invité : t.blanchard@free.fr
Type d'événement : Séance découverte 30 min
Motif d'annulation : "imprévu au boulot, je reprends un rdv plus tard"

Voir les événements programmés""", shape="alt")

R("fr_neg_banque", "fr", [], "Crédit Agricole Centre Loire <ne-pas-repondre@ca-centreloire.fr>",
  "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois d'octobre est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition aux données vous concernant, que vous pouvez exercer auprès de notre DPO.

Crédit Agricole Centre Loire""", shape="html")

R("fr_neg_nl_autre_coach", "fr", [], "Les Ateliers de Clémence <bonjour@ateliersdeclemence.fr>",
  "🌱 Trois façons de poser ses limites sans culpabiliser",
  """Hello Sandra,

Cette semaine je te partage trois outils que j'utilise avec mes clientes pour poser leurs limites...

1. Le « non » différé
2. Le disque rayé
3. La demande de temps

À très vite,
Clémence

Tu reçois ce mail car tu t'es inscrite à ma newsletter. Se désinscrire | Modifier mes préférences""",
  shape="alt", headers={"List-Unsubscribe": "<mailto:unsub@ateliersdeclemence.fr?subject=unsubscribe>, <https://ateliersdeclemence.fr/u/ab12>",
                         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

R("fr_neg_propre_envoi_confirmation", "fr", [], S,
  "Confirmation de la suppression de vos données",
  """Bonjour Monsieur Marchand,

Suite à votre demande du 12 mars, je vous confirme que l'ensemble des données vous concernant (inscription au webinaire, adresse mail, échanges) ont été effacées de mes fichiers et de la plateforme Systeme.io.

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coaching & formation
06 81 84 21 73""", to="Julien Marchand <julien.marchand@protonmail.com>")

R("fr_neg_propre_newsletter", "fr", [], C,
  "Floraison de Soi - La lettre d'automne",
  """Bonjour à toutes et à tous,

L'automne est une saison idéale pour trier, lâcher ce qui ne nous sert plus... et accueillir le nouveau.

Au programme :
- Atelier « Oser dire non » le 15 novembre à Issoudun
- Webinaire gratuit le 3 décembre

Vous recevez cet email car vous êtes inscrit(e) à la newsletter. Conformément au RGPD, vous pouvez vous désinscrire à tout moment : lien en bas de page.""",
  to="Floraison de Soi <contact@floraisondesoi.fr>", shape="alt",
  headers={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>", "Precedence": "bulk"})

R("fr_neg_spam_rgpd", "fr", [], "Service Conformité RGPD <conformite@rgpd-entreprises-france.com>",
  "URGENT : Votre entreprise n'est pas en conformité RGPD",
  """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI n'a pas encore effectué sa mise en conformité avec le Règlement Général sur la Protection des Données (RGPD). Les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires.

Pour éviter tout contrôle, nous vous invitons à régulariser votre situation sous 72h en remplissant le formulaire en ligne (frais de dossier : 389 € HT).

Dossier n° RGPD-36-88412

Service Conformité""", shape="html")

R("fr_neg_phishing_orange", "fr", [], "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera supprimée",
  """Cher(e) client(e),

Suite à la nouvelle réglementation RGPD, votre boîte Orange sera supprimée sous 48h si vous ne confirmez pas vos informations. Cliquez ci-dessous pour accéder à votre compte et mettre à jour vos données.

Confirmer mes informations

Orange""", shape="html", reply_to="support-verif@gmx.com")

R("fr_neg_confrere_rgpd", "fr", [], "Nathalie Sorel <nathalie.sorel.coach@gmail.com>",
  "question RGPD entre collègues",
  """Coucou Sandra,

J'ai vu que tu avais une super politique de confidentialité sur ton site. J'ai une cliente qui me demande de supprimer toutes ses données, et je ne sais pas si je dois garder les factures (10 ans ?). Tu fais comment toi ? Tu gardes une trace de la demande ?

Si tu as 10 min cette semaine pour un appel, ce serait top.
Bises
Nathalie""")

R("fr_neg_erreur_destinataire", "fr", [], "Bérénice Tessier <berenice.tessier@gmail.com>",
  "Re: oups",
  """Pardon Sandra, le mail précédent ne vous était pas destiné (c'était pour ma sœur, même prénom que vous 🙈). Vous pouvez le supprimer sans le lire !
Bérénice""")
# NEAR-LINE above: "delete my previous email" is housekeeping, not erasure of her personal data.

R("fr_neg_coquille_support", "fr", [], "Michel Renaud <michel.renaud@orange.fr>",
  "petite coquille",
  """Bonjour Sandra,
Dans le support PDF du module 2, page 7, il y a une coquille : « la communication non violante ». Je me permets de vous le signaler pour que vous puissiez corriger. Sinon le contenu est top.
Michel""")

R("fr_neg_donnees_inscription", "fr", [], "Léa Fontaine <lea.fontaine@gmail.com>",
  "Mes informations pour l'inscription",
  """Bonjour,

Voici mes informations pour l'inscription au stage de juillet :
Nom : Fontaine
Prénom : Léa
Date de naissance : 14/02/1990
Adresse : 8 rue Victor Hugo, 36100 Issoudun
Téléphone : 06 33 21 98 74
Allergies : aucune

Je vous envoie l'acompte par virement ce soir.
Léa""")

R("fr_neg_cni_cpf", "fr", [], "Karine Da Silva <karine.dasilva@gmail.com>",
  "pièces pour mon dossier CPF",
  """Bonjour Sandra,
Comme demandé, je vous envoie la copie de ma pièce d'identité et mon attestation employeur pour le dossier CPF.
Dites-moi s'il manque quelque chose.
Karine""", attach=["CNI_DaSilva.jpg", "attestation_employeur.pdf"])

R("fr_neg_accord_temoignage", "fr", [], "Monique Lefort <monique.lefort@orange.fr>",
  "Mon témoignage",
  """Bonjour Sandra,

Voici mon petit texte pour votre site, comme promis. Je vous donne mon accord pour le publier avec mon prénom et l'initiale de mon nom, mais sans photo s'il vous plaît.

« Grâce à Sandra, j'ai retrouvé confiance... »

Monique L.""")

R("fr_neg_modifier_rdv", "fr", [], "Claude Benoît <claude.benoit@laposte.net>",
  "Modification rendez-vous",
  """Bonjour,
Est-il possible de modifier mon rendez-vous du 14 ? Je ne pourrai pas venir le matin. Un après-midi me conviendrait mieux.
Merci
Claude Benoît""")

R("fr_neg_opposer_date", "fr", [], "Laurence Girard <laurence.girard@orange.fr>",
  "Re: date du prochain cercle",
  """Bonjour Sandra,

Je ne voudrais pas m'opposer à la majorité, mais le 21 ne m'arrange pas du tout (réunion de parents). Si d'autres sont dans le même cas, peut-être le 28 ?

Laurence""",
  quote=dict(style="gmail", who=S, days=2, text="""Bonjour à toutes,
Je vous propose le vendredi 21 pour notre prochain cercle. Dites-moi si cela vous convient.
Sandra"""))

R("fr_neg_export_pdf_question", "fr", [], "Aline Mouton <aline.mouton@gmail.com>",
  "Exporter mon cahier ?",
  """Bonjour,
Petite question technique : est-ce qu'il y a un bouton sur la plateforme pour exporter mon cahier d'exercices en PDF ? J'aimerais l'imprimer pour la retraite de la semaine prochaine. Je ne trouve pas.
Merci !
Aline""")
# NEAR-LINE above: how-to question about a platform feature for printing, not a request for her data in a reusable format.

R("fr_neg_replay", "fr", [], "Gisèle Pons <gisele.pons@wanadoo.fr>",
  "accès au replay",
  """Bonjour Sandra,
Je n'ai pas pu assister au webinaire en direct. Comment puis-je accéder au replay ? Le lien du mail me renvoie vers une page d'erreur.
Cordialement
Gisèle""")

R("fr_neg_desinscrire_fille_atelier", "fr", [], "Sabrina Leclercq <sabrina.leclercq@gmail.com>",
  "désinscrire ma fille",
  """Bonjour,
Je voudrais désinscrire ma fille Jade de l'atelier ados du 12, elle a un tournoi de hand ce jour-là. Est-ce que l'acompte peut être reporté sur le prochain ?
Merci
Sabrina""")

R("fr_neg_remerciement_nl", "fr", [], "Odette Marchand <odette.marchand@orange.fr>",
  "Re: Floraison de Soi - La lettre de printemps",
  """Chère Sandra, merci pour cette belle lettre, l'exercice de la gratitude m'a beaucoup parlé. Je viendrai à l'atelier d'avril !
Odette""",
  quote=dict(style="outlook", who=C, subj="Floraison de Soi - La lettre de printemps", days=1, text=NL_QUOTE))

R("fr_neg_remboursement", "fr", [], "Franck Michaud <franck.michaud@gmail.com>",
  "Demande de remboursement",
  """Madame,

La formation ne correspond pas du tout à ce qui était annoncé sur la page de vente. Je demande le remboursement intégral dans le délai de rétractation de 14 jours. Je n'ai ouvert que le premier module.

Franck Michaud""")

R("fr_neg_cc_autre_responsable", "fr", [], "Valérie Chevalier <valerie.chevalier@orange.fr>",
  "Demande d'accès à mon dossier",
  """À l'attention du service RH de la société Transports Ducret,

En application du RGPD, je vous demande la copie de l'intégralité de mon dossier personnel, y compris les comptes rendus d'entretiens annuels et les échanges avec le cabinet de coaching mandaté.

Je mets en copie Mme Delomenie, ma coach, pour information.

Valérie Chevalier""", to="RH Transports Ducret <rh@transports-ducret.fr>", cc=S)
# NEAR-LINE above: a real access request but addressed to her ex-employer; Sandra only in Cc => not a request to her.

R("fr_neg_aide_rediger", "fr", [], "Marie Chabert <marie.chabert@gmail.com>",
  "Un conseil",
  """Bonjour Sandra,

Vous qui êtes calée sur ces questions : ma banque refuse de me donner les enregistrements de mes appels avec mon conseiller. Est-ce que vous sauriez comment rédiger une demande d'accès à mes données pour eux ? Un modèle de lettre peut-être ?

Merci d'avance,
Marie""")

R("fr_neg_urssaf", "fr", [], "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires",
  """Madame DELOMENIE,

Votre déclaration de chiffre d'affaires du 3e trimestre doit être effectuée avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Pour modifier vos informations personnelles ou vos coordonnées bancaires, connectez-vous à votre espace.

L'Urssaf""", shape="html")

R("fr_neg_comptable", "fr", [], "Cabinet Comptable Berry Conseil <compta@berryconseil.fr>",
  "Pièces manquantes 2025",
  """Bonjour Madame Delomenie,

Pour finaliser la clôture, il nous manque une copie de vos relevés Stripe de juin et septembre ainsi que l'export des ventes Systeme.io. Pouvez-vous nous les déposer sur l'espace de partage ?

Cordialement,
Berry Conseil""")

R("fr_neg_webinaire_consentement", "fr", [], "Bernadette Laurent <bernadette.laurent@orange.fr>",
  "inscription webinaire",
  """Bonjour,
Je me suis inscrite au webinaire de jeudi mais je n'ai pas coché la case de consentement pour recevoir la newsletter, est-ce que ça m'empêche de recevoir le lien ? Je veux bien le lien quand même !
Bernadette""")

R("fr_neg_message_vocal", "fr", [], "Josette Rivière <josette.riviere@laposte.net>",
  "mon message vocal",
  """Bonjour Sandra,
Je vous ai laissé un message sur votre répondeur ce matin, vous pouvez l'effacer, je vous réécris ici : je serai en retard de 10 min jeudi. Désolée !
Josette""")

R("fr_neg_cercle_whatsapp_ajout", "fr", [], "Aurore Lemaire <aurore.lemaire@gmail.com>",
  "groupe WhatsApp",
  """Coucou Sandra ! Tu peux m'ajouter au groupe WhatsApp du cercle ? Mon numéro : 06 58 14 22 30. Merci 🌸""")

R("fr_neg_groupe_retirer_sans_donnees", "fr", [], "Pascal Morin <pascal.morin@free.fr>",
  "groupe Facebook",
  """Bonjour Sandra,
La formation est finie, je vais quitter le groupe Facebook privé moi-même, pas besoin de faire quoi que ce soit. Merci pour tout, c'était un super groupe.
Pascal""")

R("fr_neg_linkedin", "fr", [], "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, vous apparaissez dans 12 recherches cette semaine",
  """Sandra Delomenie, vos statistiques de la semaine

12 apparitions dans les recherches
Vous avez été trouvée par des personnes de : Pôle emploi, CIBC Centre-Val de Loire

Se désabonner : vous recevez cet e-mail de notification. Désabonnez-vous ou gérez vos préférences.""",
  shape="html", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>", "Precedence": "bulk"})

R("fr_neg_malt_rgpd", "fr", [], "Qualiopi Formation Conseil <info@qualiopi-formation-conseil.fr>",
  "Webinaire gratuit : RGPD et Qualiopi pour les formateurs indépendants",
  """Bonjour Sandra,

Êtes-vous sûre de savoir répondre à une demande d'accès ou d'effacement de données d'un stagiaire ? Le référentiel Qualiopi et le RGPD imposent des obligations précises.

Inscrivez-vous à notre webinaire gratuit du 12 février : « Droits des stagiaires : accès, rectification, effacement ».

Pour ne plus recevoir nos communications, cliquez ici.""",
  shape="alt", headers={"List-Unsubscribe": "<mailto:desinscription@qualiopi-formation-conseil.fr>", "Precedence": "bulk"})

R("fr_neg_transfert_amie", "fr", [], "Élise Garnier <elise.garnier@gmail.com>",
  "Fwd: article sur les amendes CNIL",
  """Regarde ça Sandra, ça fait peur ! Une coach sanctionnée parce qu'elle n'avait pas répondu à une demande de suppression... Heureusement que tu es carrée là-dessus 😉
Bisous, Élise""",
  fwd=dict(who="Le Journal des Indépendants <newsletter@journal-independants.fr>", subj="La CNIL sanctionne une coach",
           to="elise.garnier@gmail.com",
           text="""La CNIL a prononcé une amende de 3 000 € à l'encontre d'une coach indépendante qui n'avait pas donné suite à la demande d'effacement d'une ancienne cliente, ni à sa demande d'accès..."""))

R("fr_neg_signalement_erreur_site", "fr", [], "Jérôme Lacombe <jerome.lacombe@gmail.com>",
  "formulaire de contact",
  """Bonjour,
Je voulais vous signaler que le formulaire de contact de votre site renvoie une erreur quand on coche la case RGPD. J'ai dû vous écrire directement. Ma question : avez-vous encore des places pour l'atelier du 5 ?
Jérôme""")

R("fr_neg_fille_rdv_mere", "fr", [], "Nadine Brun <nadine.brun@orange.fr>",
  "RDV de ma mère",
  """Bonjour,
Je suis la fille de Mme Odile Brun. Elle ne pourra pas venir à sa séance de mardi, elle est hospitalisée pour quelques jours (rien de grave). Pouvez-vous supprimer le rendez-vous ? Elle vous rappellera à sa sortie.
Nadine Brun""")

R("fr_neg_trop_mails_question", "fr", [], "Simone Leroy <simone.leroy@orange.fr>",
  "fréquence",
  """Bonjour Sandra,
Est-ce qu'il y a moyen de recevoir la newsletter seulement une fois par mois au lieu de chaque semaine ? Je ne veux pas me désinscrire, j'aime bien vos textes, mais c'est un peu beaucoup.
Simone""")
# NEAR-LINE above: asks for less frequency, explicitly not unsubscribing => negative.

R("fr_neg_retirer_consentement_employeur", "fr", [], "Hugo Lambert <hugo.lambert@gmail.com>",
  "Re: séance de mardi",
  """Bonjour Sandra,

Pour préparer mardi : je vous raconte, j'ai fini par retirer mon consentement au dispositif de géolocalisation de mon employeur, comme on en avait parlé, et j'ai demandé à la DRH de supprimer mes données de trajet. Ça s'est plutôt bien passé ! On pourra en reparler.

Hugo""")

R("fr_neg_documents_demandes", "fr", [], "Sandrine Perret <sandrine.perret@gmail.com>",
  "Copie de l'attestation",
  """Bonjour,
Pourriez-vous m'envoyer une copie de mon attestation de présence au stage de mars ? Pôle emploi / France Travail me la demande.
Merci
Sandrine Perret""")

R("fr_neg_avis_google", "fr", [], "Google Business Profile <businessprofile-noreply@google.com>",
  "Nouvel avis sur Floraison de Soi",
  """Floraison de Soi a reçu un nouvel avis

★★★★★ « Sandra est à l'écoute, bienveillante et très professionnelle. Je recommande ! » - Sophie M.

Répondre à l'avis

Vous recevez cet e-mail car vous gérez Floraison de Soi sur Google. Se désabonner de ces e-mails.""", shape="html")

R("fr_neg_modifier_temoignage_texte", "fr", [], "Francine Aubert <francine.aubert@orange.fr>",
  "mon texte",
  """Bonjour Sandra,
Pour le témoignage que je vous ai envoyé hier, est-ce que vous pouvez ajouter une phrase à la fin : « Et merci pour la bienveillance du groupe ! ». Sinon c'est parfait, vous pouvez le publier.
Francine""")

R("fr_neg_plainte_service", "fr", [], "Raymond Gillet <raymond.gillet@laposte.net>",
  "Mécontentement",
  """Madame,

Je tiens à vous faire part de mon mécontentement : l'atelier a commencé avec 40 minutes de retard et la salle n'était pas chauffée. Je trouve que le tarif ne correspond pas à la prestation.

R. Gillet""")

R("fr_neg_dsn_boite_pleine", "fr", [], "MAILER-DAEMON@smtp.sfr.fr",
  "Non remis : Vos accès à la formation en ligne",
  """Delivery has failed to these recipients or groups:

didier.marty@sfr.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.""",
  kind="dsn", dsn_rcpt="didier.marty@sfr.fr", dsn_status="4.2.2", dsn_diag="smtp; 452 4.2.2 Mailbox full",
  dsn_subj="Vos accès à la formation en ligne",
  dsn_text="""Bonjour Didier,
Voici vos accès à l'espace de formation : identifiant = votre adresse mail. Pour définir votre mot de passe, cliquez sur le lien ci-dessous.
Sandra""")

R("fr_neg_absence_en_fr", "fr", [], "Bruno Chauvin <bruno.chauvin@sfr.fr>",
  "Absence du bureau",
  """Je suis en congés jusqu'au 2 janvier. En cas d'urgence vous pouvez contacter mon collègue. Je vous répondrai à mon retour. Pour toute demande concernant vos données personnelles, écrivez à dpo@chauvin-batiment.fr.""",
  headers={"Auto-Submitted": "auto-replied"})

R("fr_neg_propre_rappel", "fr", [], C,
  "Rappel : votre atelier « Oser dire non » samedi 9h30",
  """Bonjour Camille,

Petit rappel : l'atelier « Oser dire non » a lieu samedi à 9h30 au 46 rue d'Estienne d'Orves à Issoudun.

Pensez à apporter un carnet. Si vous ne pouvez plus venir, merci de me prévenir pour libérer la place.

À samedi,
Sandra""", to="Camille Dufour <camille.dufour@icloud.com>", shape="alt")

R("fr_neg_propre_reponse_droits", "fr", [], S,
  "Re: Mes notes de séances",
  """Bonjour Véronique,

Bien reçu votre demande. Je vous envoie d'ici une quinzaine de jours une copie de vos fiches de suivi et de vos questionnaires, par mail sécurisé.

Belle journée,
Sandra""", to="Véronique Tardieu <vero.tardieu@gmail.com>",
  quote=dict(style="gmail", who="Véronique Tardieu <vero.tardieu@gmail.com>", days=1, text="""Bonjour Sandra,
J'aimerais beaucoup récupérer ce que vous aviez noté pendant nos séances, les fiches de suivi et les questionnaires. Est-ce que ce serait possible de me les envoyer ?
Véronique"""))

R("fr_neg_paypal", "fr", [], "service@paypal.fr",
  "Vous avez reçu un paiement",
  """Bonjour Sandra Dumot-Deloménie,

Vous avez reçu 45,00 EUR de Gisèle Pons.
Objet : Atelier du 12 avril

Les informations relatives à cette transaction sont conservées conformément à notre Déclaration de confidentialité.

PayPal""", shape="html")

R("fr_neg_demande_devis", "fr", [], "Entreprise Rigault <contact@rigault-menuiserie.fr>",
  "Demande de devis - formation équipe",
  """Bonjour Madame,

Nous sommes une menuiserie de 12 salariés. Nous aimerions un devis pour une formation « gestion du stress » pour l'équipe. Pouvez-vous nous dire comment vous traitez les informations que les salariés partagent pendant la formation ? Notre délégué du personnel pose la question.

Cordialement,
M. Rigault""")

R("fr_neg_oublier_question", "fr", [], "Coralie Besse <coralie.besse@gmail.com>",
  "Oubliez ma question",
  """Bonjour Sandra, oubliez ma question d'hier sur les tarifs, j'ai trouvé la réponse sur votre site. Je m'inscris ce soir !
Coralie""")

R("fr_neg_effacer_tableau", "fr", [], "Arnaud Picard <arnaud.picard@gmail.com>",
  "photos du paperboard",
  """Salut Sandra,
Tu m'avais dit que tu enverrais les photos du paperboard de l'atelier de samedi (les mots clés qu'on avait notés). Tu peux me les envoyer avant que tu effaces le tableau ? 😄
Arnaud""")

R("fr_neg_assistante_proposition", "fr", [], "Julie — Assistante virtuelle <julie.av@assist-pro.fr>",
  "Proposition : gestion de vos demandes RGPD",
  """Bonjour Sandra,

Je suis assistante virtuelle spécialisée dans l'accompagnement des thérapeutes et coachs. Je peux prendre en charge la gestion de vos demandes d'accès, de suppression et de désinscription, ainsi que la tenue de votre registre RGPD.

Un appel découverte de 15 min ?

Julie""")

R("fr_neg_mairie_salle", "fr", [], "Service Vie Associative <vie.asso@mairie-issoudun.fr>",
  "Réservation salle polyvalente",
  """Madame,

Votre réservation de la salle polyvalente pour le 14 juin est confirmée. Merci de nous retourner l'attestation d'assurance. Pour modifier ou annuler, contactez-nous 15 jours avant.

Conformément à la loi Informatique et Libertés, vos données sont utilisées uniquement pour la gestion de la réservation.

Service Vie Associative""", shape="alt")

R("fr_neg_sms_oubli_paiement", "fr", [], "Roger Thomas <roger.thomas@orange.fr>",
  "paiement",
  """bonjour sandra j'ai oublié de vous régler la séance de lundi, je vous fais un virement demain, vous avez toujours le même rib ?
roger""")

R("fr_neg_question_conservation_apple", "fr", [], "Lucie Renaud <lucie.renaud@gmail.com>",
  "Re: photo Instagram",
  """Merci Sandra ! C'est parfait, je ne me vois plus sur la photo. Belle soirée 🌷
Lucie""",
  quote=dict(style="apple", who=S, days=1, text="""Bonjour Lucie,
C'est fait, la photo a été retirée d'Instagram et de Facebook.
Sandra"""))

R("fr_neg_nl_gouv", "fr", [], "CNIL <lettre-info@cnil.fr>",
  "La lettre de la CNIL - novembre",
  """Au sommaire :
- Professionnels : comment répondre à une demande de droit d'accès ?
- Cookies : les nouvelles recommandations
- Sanctions du mois

Vous recevez cette lettre car vous y êtes abonné(e). Se désabonner.""",
  shape="html", headers={"List-Unsubscribe": "<https://www.cnil.fr/fr/newsletter/desinscription>", "Precedence": "bulk"})

R("fr_neg_canva", "fr", [], "Canva <marketing@engage.canva.com>",
  "Vos designs seront supprimés dans 7 jours",
  """Bonjour Sandra,

Votre essai Canva Pro se termine dans 7 jours. Les éléments premium de vos designs seront supprimés à la fin de l'essai. Passez à Pro pour les conserver.

Se désabonner | Politique de confidentialité""",
  shape="html", headers={"List-Unsubscribe": "<https://www.canva.com/unsubscribe?x=1>", "Precedence": "bulk"})

R("fr_neg_question_tiers_sante", "fr", [], "Dr Anne Vallet <a.vallet@medecin-issoudun.fr>",
  "Patiente commune",
  """Chère Madame,

Une de mes patientes, Mme C., m'indique suivre un accompagnement avec vous. Avec son accord oral, pourriez-vous me faire un petit retour sur ce que vous observez ? Cela m'aiderait pour adapter son traitement.

Bien confraternellement,
Dr Anne Vallet""")
# NEAR-LINE above: a third party (doctor) asking about another living adult's data = negative.

R("fr_neg_effacer_sms_quebec", "fr", [], "Maryse Gagnon <maryse.gagnon@hotmail.ca>",
  "mon courriel d'hier",
  """Bonjour Sandra,
Je t'ai envoyé un courriel hier avec la mauvaise pièce jointe (le bulletin de mon gars, oups!). Tu peux l'effacer, voici le bon document pour l'inscription.
Merci là!
Maryse""", attach=["formulaire_inscription_Gagnon.pdf"])
# NEAR-LINE above: asks her to delete a wrongly attached document (child's school report). Treated as housekeeping of a misdirected attachment, not a data-subject erasure request.

R("fr_neg_consentement_case", "fr", [], "Yves Chaumont <yves.chaumont@gmail.com>",
  "Contrat - case à cocher",
  """Bonjour,
En remplissant le contrat, je ne comprends pas la case « consentement à la collecte de données de santé ». Est-ce obligatoire pour l'accompagnement ? Qu'est-ce que vous en faites concrètement ?
Merci
Yves""")

R("fr_neg_ancienne_adresse_colis", "fr", [], "Colissimo <noreply@notif-colissimo.fr>",
  "Votre colis est en cours de livraison",
  """Bonjour,

Votre colis n° 6A123456789 sera livré demain entre 9h et 13h au 46 rue d'Estienne d'Orves, 36100 Issoudun.

Modifier la livraison | Gérer mes préférences de notification

Colissimo""", shape="html")

R("fr_neg_whatsapp_admin", "fr", [], "Émilie Noël <emilie.noel@outlook.fr>",
  "groupe WhatsApp des anciennes",
  """Coucou Sandra, on a créé un groupe WhatsApp entre anciennes du stage (sans toi, désolée 😉). Est-ce que tu nous autorises à utiliser le logo Floraison de Soi pour la photo du groupe ?
Bises
Émilie""")

R("fr_neg_inscription_newsletter", "fr", [], "Anaïs Roussel <anais.roussel@gmail.com>",
  "inscription newsletter",
  """Bonjour,
Je n'arrive pas à m'inscrire à votre newsletter via le formulaire, pouvez-vous m'ajouter à la liste ? Mon adresse : anais.roussel@gmail.com
Merci !""")

R("fr_neg_rectif_facture_sarl", "fr", [], "Gestion SARL Perrot <gestion@perrot-sarl.fr>",
  "Correction facture",
  """Bonjour,
La facture FDS-2025-088 a été établie au nom de M. Perrot, or c'est la SARL Perrot qui prend en charge la formation. Merci de nous renvoyer une facture corrigée au nom de la société (SIRET 812 345 678 00019).
Le service comptabilité""")
# NEAR-LINE above: correcting the billed company on an invoice is an accounting correction, not rectification of personal data.

R("fr_neg_visio_lien", "fr", [], "Henri Collin <henri.collin@orange.fr>",
  "accès visio",
  """Bonjour Sandra,
Je n'arrive pas à accéder à la visio de ce soir, le lien Zoom me demande un code. Pouvez-vous me le redonner ?
Henri""")

R("fr_neg_belge_annul", "fr", [], "Marc Dubois <marc.dubois@proximus.be>",
  "annulation",
  """Bonjour Sandra,
Je dois malheureusement annuler ma participation au stage de nonante... pardon, de septembre ! Pouvez-vous retirer mon nom de la liste des participants et me dire si l'acompte est récupérable ?
Bien à vous, à tantôt
Marc""")
R("fr_neg_retrait_accord_sortie", "fr", [], "Véronique Lamy <veronique.lamy@orange.fr>",
  "Re: sortie nature du cercle",
  """Bonjour Sandra,
Finalement je retire ma participation à la sortie de dimanche, mon genou me fait trop mal. Désolée pour le covoiturage !
Véronique""")

R("fr_neg_question_portabilite", "fr", [], "Thibault Renou <thibault.renou@gmail.com>",
  "Question sur la portabilité",
  """Bonjour,

Je réfléchis à changer de coach l'an prochain. Est-ce que dans ce cas mes questionnaires pourraient être transférés, ou est-ce que ça ne se fait pas ? Je ne le demande pas maintenant, c'est juste pour savoir.

Thibault""")
# NEAR-LINE above: asks whether/how transfer works "pas maintenant" = question about a right, negative.

R("fr_neg_parent_annul_mineur", "fr", [], "Olivier Gauthier <olivier.gauthier@gmail.com>",
  "stage ados - annulation",
  """Bonjour,
Mon fils Léo ne participera pas au stage de février finalement. Merci de supprimer son inscription et de me rembourser l'acompte de 50 €.
Olivier Gauthier""")
# NEAR-LINE above: parent of a minor but only cancelling a booking => negative.

R("fr_neg_drive_partage", "fr", [], "Google Drive <drive-shares-dm-noreply@google.com>",
  "Camille Dufour a partagé un dossier avec vous",
  """Camille Dufour (camille.dufour@icloud.com) vous a invitée à modifier le dossier suivant :

📁 Coaching - mes documents

« Voilà Sandra, j'ai rangé mes fichiers, tu peux supprimer l'ancien dossier si tu veux. »

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", shape="html", reply_to="camille.dufour@icloud.com")
# NEAR-LINE above: "supprimer l'ancien dossier" refers to a duplicate shared folder housekeeping; automatic notification.

# ======================================================================
# ENGLISH NEGATIVES
# ======================================================================
R("en_neg_cancel_workshop", "en", [], "Hannah Scott <hannah.scott@gmail.com>",
  "Cancelling Saturday",
  """Hi Sandra,

Really sorry but I have to cancel my place at Saturday's workshop – family emergency. Please remove me from the list and give my spot to someone else. Can the deposit go towards the next one?

Hannah""")

R("en_neg_duplicate_booking", "en", [], "Oliver Grant <oliver.grant@gmail.com>",
  "Duplicate booking",
  """Hi, I think I booked the discovery call twice by mistake (Tuesday and Wednesday). Could you delete the Wednesday one? Thanks, Oliver""")

R("en_neg_password", "en", [], "Amy Johnson <amy.johnson@yahoo.co.uk>",
  "Can't log in",
  """Hello Sandra,
I can't access my account on the course platform – it keeps saying my email isn't recognised. Could you reset my password or check my login? I need to get to module 4.
Thanks, Amy""")

R("en_neg_close_account", "en", [], "Connor Walsh <connor.walsh@gmail.com>",
  "Close my account",
  """Hi, please close my account on the course platform, I've finished. Thanks, Connor""")
# NEAR-LINE above: "close my account" alone, no data mentioned = negative.

R("en_neg_copy_invoice", "en", [], "Lucy Adams <lucy.adams@gmail.com>",
  "Copy of invoice",
  """Hi Sandra, could you send me a copy of the invoice for the retreat? My employer will reimburse it. Thanks! Lucy""")

R("en_neg_husband_asks", "en", [], "Mark Stevens <mark.stevens@gmail.com>",
  "My wife's sessions",
  """Hello,

My wife Karen has been seeing you for coaching. I'm paying for it, so I'd like a copy of your notes on her progress so I can see whether it's worth continuing.

Mark Stevens""")

R("en_neg_friend_for_friend", "en", [], "Zoe Harris <zoe.harris@gmail.com>",
  "For my friend Tom",
  """Hi Sandra,

My friend Tom Bradley did your webinar and now keeps getting emails. He asked me to ask you to remove his details as he's hopeless with email. Can you sort that?

Zoe""")
# NEAR-LINE above: a friend writing about another living adult's data = negative.

R("en_neg_how_does_it_work", "en", [], "Samantha Reid <samantha.reid@outlook.com>",
  "Privacy question before signing up",
  """Hi Sandra,

Before I book, I wanted to ask: how long do you keep session notes, and if I ever wanted my data deleted, what would I need to do? Is there a form?

Thanks,
Sam""")

R("en_neg_thanks_above_request", "en", [], "James Whitfield <james.whitfield@gmail.com>",
  "Re: Delete my data",
  """Perfect, thanks for confirming so quickly. All the best.
James""",
  quote=dict(style="gmail", who=S, days=2, text="""Hi James,
I confirm that your account and all your data have been deleted.
Best, Sandra

On Mon, James Whitfield wrote:
> Please delete my account and all the data you hold about me."""))

R("en_neg_ooo", "en", [], "Helen Ward <helen.ward@btinternet.com>",
  "Automatic reply: Floraison de Soi - Autumn letter",
  """Thank you for your email. I'm out of the office until Monday 3 November with limited access to email. If your message concerns data protection, please contact privacy@wardassociates.co.uk.""",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

R("en_neg_bounce_gmail", "en", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to rebecca.hughes@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.""",
  kind="dsn", dsn_rcpt="rebecca.hughes@gmial.com", dsn_diag="smtp; 550 5.1.2 Host unknown", dsn_status="5.1.2",
  dsn_subj="Your data - copy as requested",
  dsn_text="""Hi Becky,
Please find attached a copy of the data I hold about you, as requested.
Sandra""")

R("en_neg_stripe_payout", "en", [], "Stripe <notifications@stripe.com>",
  "Your payout of €1,284.50 is on the way",
  """A payout of €1,284.50 EUR is on the way to your bank account ending in 4821. It should arrive within 2 business days.

View payout details in the Dashboard.

You're receiving this email because you're an administrator of Floraison de Soi.""", shape="alt")

R("en_neg_stripe_dpa", "en", [], "Stripe <notifications@stripe.com>",
  "Updates to the Stripe Data Processing Agreement",
  """Hello,

We're writing to let you know that we're updating our Data Processing Agreement (DPA) and list of sub-processors, effective 1 January 2026. These changes reflect updates to the EU Standard Contractual Clauses.

No action is required. You can review the updated DPA at stripe.com/legal/dpa. If you have questions about how we process personal data, contact privacy@stripe.com.

The Stripe team""", shape="html")

R("en_neg_zoom_privacy", "en", [], "Zoom <no-reply@zoom.us>",
  "We've updated our Privacy Statement",
  """Hi Sandra,

We've updated our Privacy Statement to provide more detail about how we collect, use and share personal data, and about your rights to access, correct or delete your information.

Review the Privacy Statement

Zoom Video Communications, Inc.""", shape="html",
  headers={"List-Unsubscribe": "<https://zoom.us/unsubscribe>", "Precedence": "bulk"})

R("en_neg_calendly_new", "en", [], "Calendly <notifications@calendly.com>",
  "New Event: Megan Price - 09:30 Tue, 14 Oct 2025 - Discovery call",
  """Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Megan Price
Invitee Email: megan.price@outlook.com
Questions: "What would you like to work on?" - "Confidence at work, and how to stop over-explaining."

View event in Calendly""", shape="alt")

R("en_neg_google_workspace_dpa", "en", [], "Google Workspace <workspace-noreply@google.com>",
  "[Action advised] Review the Cloud Data Processing Addendum",
  """Dear Administrator,

We're making updates to the Cloud Data Processing Addendum. To review and accept the updated terms, sign in to the Admin console. You can also manage data export and data deletion settings for your organisation there.

Google LLC""", shape="html")

R("en_neg_phish_gdpr", "en", [], "GDPR Compliance Office <notice@eu-gdpr-registry.org>",
  "FINAL NOTICE: GDPR registration required for floraisondesoi.fr",
  """Dear Business Owner,

Our records show that floraisondesoi.fr is not registered in the European GDPR Compliance Register. Failure to register within 5 days may result in fines of up to €20,000,000.

Register now for a one-time fee of €499.

Reference: EU-GDPR-2025-44981""", shape="html", reply_to="billing@gdpr-reg-payments.com")

R("en_neg_peer_question", "en", [], "Rachel Morgan <rachel@morgancoaching.co.uk>",
  "GDPR question from a fellow coach",
  """Hi Sandra,

We met at the ICF conference in Paris. Quick question: when a client asks for a copy of their data, do you include your own private reflections in supervision notes? My supervisor says no, my lawyer says maybe. Would love your take.

Rachel""")

R("en_neg_sends_details", "en", [], "Ethan Wright <ethan.wright@gmail.com>",
  "My details for the retreat",
  """Hi Sandra,

Here are my details for the retreat booking:
Name: Ethan Wright
DOB: 12/05/1987
Dietary: vegetarian
Emergency contact: Laura Wright, +44 7700 900123

Let me know if you need anything else!
Ethan""")

R("en_neg_testimonial_ok", "en", [], "Natalie Foster <natalie.foster@gmail.com>",
  "Testimonial",
  """Hi Sandra, happy for you to use my quote on your website – first name only please, no photo. Thanks for everything! Natalie""")

R("en_neg_refund", "en", [], "William Carter <will.carter@gmail.com>",
  "Refund request",
  """Hi,

I'd like a refund for the online course – I bought it by mistake (I meant to buy the single workshop). I haven't opened any of the modules.

Will Carter""")

R("en_neg_unsubscribe_other", "en", [], "Mailchimp <noreply@mailchimp.com>",
  "You've been unsubscribed",
  """You have been unsubscribed from "Mindful Business Weekly".

You will no longer receive emails from this list. If you unsubscribed by mistake, you can resubscribe here.

Mailchimp""", to="contact@floraisondesoi.fr", shape="html")

R("en_neg_reschedule", "en", [], "Chloe Martin <chloe.martin@outlook.com>",
  "Can we move Thursday?",
  """Hi Sandra, something's come up at work – can we move Thursday's session to Friday morning? If not, just remove Thursday and we'll pick it up next week. Chloe""")

R("en_neg_fwd_article", "en", [], "Fiona Campbell <fiona.campbell@btinternet.com>",
  "Fwd: How coaches should handle data deletion requests",
  """Thought you might find this interesting given our chat last week!
F x""",
  fwd=dict(who="Coaching Today <news@coachingtoday.co.uk>", subj="How coaches should handle data deletion requests", to="fiona.campbell@btinternet.com", style="en",
           text="""When a client asks you to delete their data, you have one month to respond. Here's a checklist of what to keep (invoices), what to erase (notes) and how to confirm..."""))

R("en_neg_cnil_complaint_copy", "en", [], "Megan Price <megan.price@outlook.com>",
  "FYI - complaint filed",
  """Hello,

For your information, I have filed a complaint with the CNIL regarding the marketing emails I keep receiving from you. My complaint reference is attached.

Megan Price""", attach=["CNIL_complaint_receipt.pdf"])

R("en_neg_mother_adult_daughter", "en", [], "Patricia Lewis <patricia.lewis@gmail.com>",
  "My daughter's coaching",
  """Dear Sandra,

My daughter Emily (24) has been attending your sessions. She's been very withdrawn and I'm worried. Could you tell me what she has shared with you and whether she has mentioned anything about her health?

Patricia Lewis""")

R("en_neg_export_question", "en", [], "Grace Kim <grace.kim@gmail.com>",
  "Re: getting my journal entries out",
  """Thanks Sandra, got the file and it imported perfectly. You're a star ⭐
Grace""",
  quote=dict(style="gmail", who=S, days=1, text="""Hi Grace,
Here is the CSV export of your journal entries as requested.
Sandra"""))

R("en_neg_newsletter_reply", "en", [], "Tom Harris <tom.harris@gmail.com>",
  "Re: Floraison de Soi - Autumn letter",
  """Loved the meditation, Sandra! Is the "Letting go" workshop also available in English?
Tom""",
  quote=dict(style="gmail", who=C, days=0, text="""Floraison de Soi - Autumn letter
New dates for the online "Letting go" workshop, and a free audio meditation for subscribers.
You are receiving this because you subscribed on floraisondesoi.fr. Unsubscribe."""))

R("en_neg_vendor_wordpress", "en", [], "WordPress.com <donotreply@wordpress.com>",
  "Your site floraisondesoi.fr: new comment awaiting moderation",
  """A new comment on the post "Lâcher-prise : mode d'emploi" is waiting for your approval.

Author: Jenny (jenny.b@gmail.com)
Comment: Lovely article! Please remove my earlier comment, it had a typo 🙂

Approve | Trash | Spam""", shape="alt")
# NEAR-LINE above: blog comment asking to remove an earlier comment, arriving as an automatic notification; housekeeping, not addressed as a data request.

R("en_neg_linkedin_msg", "en", [], "LinkedIn <messages-noreply@linkedin.com>",
  "Alex sent you a message",
  """Alex Morgan: "Hi Sandra, I help coaches automate GDPR requests (access, deletion, export) in one click. Open to a quick chat?"

Reply | View profile

You are receiving LinkedIn notification emails. Unsubscribe""",
  shape="html", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub2>", "Precedence": "bulk"})

R("en_neg_amazon", "en", [], "Amazon.fr <order-update@amazon.fr>",
  "Your order has been dispatched",
  """Hello Sandra,
Your order of "Paperboard flipchart pads (5 pack)" has been dispatched and will arrive on Thursday.
Track your package. To change your delivery address, go to Your Account.""", shape="html")

R("en_neg_ask_to_add", "en", [], "Maya Patel <maya.patel@gmail.com>",
  "please add me",
  """Hi Sandra, could you add me to your English mailing list? I'm not on it yet and I'd love to hear about the online workshops. Thanks! Maya""")

R("en_neg_partner_referral", "en", [], "Jane Ellis <jane@elliscoaching.eu>",
  "Thanks for the referral",
  """Hi Sandra,

Thank you for referring Kate to me, and for sending her records over – that was really helpful. I've received everything.

Warmly,
Jane""")

R("en_neg_wrong_recipient", "en", [], "Daniel Hughes <dan.hughes@gmail.com>",
  "Ignore my last email",
  """Sorry, please disregard and delete my last email – it was meant for my accountant! Dan""")

R("en_neg_consent_form_question", "en", [], "Leah Murphy <leah.murphy@gmail.com>",
  "Consent form",
  """Hi Sandra,

I'm filling in the intake form. What happens if I don't tick the consent box for the photos at the workshop? Can I still attend? I'm fine either way, just curious.

Leah""")

R("en_neg_stop_whatsapp_group_mute", "en", [], "Sophie Turner <sophie.turner@gmail.com>",
  "WhatsApp group",
  """Hi Sandra, just to say I've muted the WhatsApp group rather than leaving – loads of notifications but I don't want to miss the meetup info! Sophie""")

R("en_neg_change_name_tag", "en", [], "Ben Taylor <ben.taylor@outlook.com>",
  "Name badge",
  """Hi Sandra, for the retreat name badges could you put "Benji" instead of "Benjamin"? That's what everyone calls me 😊 Ben""")
# NEAR-LINE above: preferred nickname on a badge for an event, not correcting inaccurate personal data.

R("en_neg_delete_slot_calendly", "en", [], "Calendly <notifications@calendly.com>",
  "Canceled: Hans Vermeulen - Follow-up session",
  """Hi Sandra Delomenie,

The event below has been canceled.

Invitee: Hans Vermeulen
Cancellation reason: "Please delete this slot, I'll rebook next month."

View scheduled events""", shape="alt")

R("en_neg_systemeio_export_done", "en", [], "Systeme.io <no-reply@systeme.io>",
  "Your contacts export is ready",
  """Hi Sandra,

The export of your contacts you requested is ready to download. The link will expire in 24 hours.

Download CSV

The Systeme.io team""", shape="html")

# ======================================================================
# ADDITIONAL REQUESTS (balance)
# ======================================================================
R("fr_pm_soeur_belge", "fr", ["post_mortem"], "Chantal Wauters <chantal.wauters@skynet.be>",
  "Ma sœur Brigitte",
  """Bonjour Madame,

Ma sœur Brigitte Wauters, qui avait suivi votre formation en ligne, est décédée le 3 juin. Je suis sa seule héritière. Je voudrais savoir ce que vous conservez à son nom et qu'on arrête de lui envoyer des mails, s'il vous plaît. Je peux vous envoyer l'acte de décès si nécessaire.

Bien à vous,
Chantal Wauters""")

R("fr_multi_res_port", "fr", ["portability", "restriction"], "Ophélie Marchais <ophelie.marchais@gmail.com>",
  "Mes questionnaires",
  """Bonjour Sandra,

Je ne suis pas d'accord avec l'interprétation du test de personnalité qui figure dans mon dossier. En attendant qu'on en discute, merci de ne plus vous en servir.

Par ailleurs, je souhaiterais recevoir mes réponses brutes aux questionnaires dans un fichier exploitable (tableur) pour les transmettre à ma psychologue.

Ophélie""")

R("en_multi_rect_obj", "en", ["objection", "rectification"], "Liam Byrne <liam.byrne@gmail.com>",
  "New number + texts",
  """Hi Sandra,

My mobile has changed to +33 6 71 20 44 18 (the old UK one is gone), please update your records. And while you're at it, no more promo texts please – email's fine for session stuff.

Cheers,
Liam""")

R("fr_multi_acc_wc", "fr", ["access", "withdraw_consent"], "Armelle Poirier <armelle.poirier@orange.fr>",
  "Mes photos",
  """Bonjour Sandra,

Je retire mon autorisation d'utiliser les photos de moi prises pendant la retraite en Brenne. Et j'aimerais savoir où elles ont été publiées et à qui elles ont été transmises (graphiste, imprimeur ?).

Merci,
Armelle Poirier""")

R("fr_multi_era_obj_sms", "fr", ["erasure", "objection"], "Kevin Lebreton <kevin.lebreton36@gmail.com>",
  "Re: [SMS] Dernières places atelier !",
  """Bonjour, j'ai reçu votre SMS ce matin. Je ne veux plus de SMS ni de mails promo, et supprimez mes coordonnées svp, je ne sais même pas comment vous les avez eues... enfin si, le salon du bien-être de Châteauroux je crois.
Kevin""",
  quote=dict(style="gmail", who=C, days=0, text="""[SMS transféré] Floraison de Soi : Dernières places pour l'atelier "Oser dire non" samedi ! Réservez sur floraisondesoi.fr. STOP au 36180"""))
# NEAR-LINE above: "je ne sais même pas comment vous les avez eues" is answered by himself; not treated as an access request.
