"""French-language requests (records). Labels follow the brief's policy."""
from recbase import R

SANDRA = "Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

NEWSLETTER_FR = """\
Bonjour à toutes et à tous,

Le printemps arrive et avec lui notre prochain atelier « Oser sa place »,
le samedi 12 avril à Issoudun (salle des Minimes), de 9h30 à 12h30.
Il reste 4 places. Inscription via le lien habituel.

Belle semaine,
Sandra
Floraison de Soi - coaching & formation
Pour ne plus recevoir ces emails, cliquez ici."""

# ---------------------------------------------------------------- access
R("fr_acc_formal_art15", "fr", ["access"],
  "Mireille Cassagne <m.cassagne@free.fr>",
  "Demande d'accès - article 15 du RGPD",
  """
Madame,

En application de l'article 15 du Règlement (UE) 2016/679 (RGPD), je vous
demande de bien vouloir me communiquer une copie de l'ensemble des données
à caractère personnel me concernant que vous détenez, quel que soit leur
support (fichiers, agenda, messagerie, plateforme de formation, paiements).

Je vous saurais gré de m'indiquer également les finalités des traitements,
les destinataires auxquels ces données ont été communiquées et leur durée
de conservation.

Vous trouverez ci-joint une copie de ma pièce d'identité. Conformément au
règlement, vous disposez d'un délai d'un mois pour me répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Mireille Cassagne
14 rue des Capucins
36100 Issoudun
""", att=[("pdf", "CNI_Cassagne.pdf", "COPIE CARTE NATIONALE D'IDENTITE - CASSAGNE MIREILLE")])

R("fr_acc_casual_curieuse", "fr", ["access"],
  "Nadège Pruvost <nadege.pruvost@gmail.com>",
  "petite question",
  """
Coucou Sandra,

J'espère que tu vas bien depuis l'atelier de mars ! Petite question un peu
bizarre : qu'est-ce que tu as comme infos sur moi exactement ? Genre dans tes
fichiers, ton agenda, la plateforme... Je suis en train de faire le point sur
toutes les boîtes qui ont mes données et j'aimerais bien avoir la liste.

Merci d'avance et à bientôt,
Nadège
""")

# NEAR-LINE: "d'où vient mon adresse" = where data came from -> access (not objection, nothing is refused)
R("fr_acc_source_adresse", "fr", ["access"],
  "Patrice Lhomme <patrice.lhomme@laposte.net>",
  "Comment avez-vous eu mon adresse ?",
  """
Bonjour,

Je reçois depuis deux semaines vos courriels concernant des ateliers de
développement personnel. Je n'ai jamais été votre client et je ne me souviens
pas vous avoir donné mon adresse.

Pouvez-vous me dire d'où vous tenez mon adresse électronique et quelles
autres informations vous avez sur moi ?

Cordialement,
P. Lhomme
""")

R("fr_acc_shared_autre_coach", "fr", ["access"],
  "Sophie Ventura <sophie.ventura@outlook.fr>",
  "Partage de mes coordonnées ?",
  """
Bonjour Madame Delomenie,

Hier j'ai été contactée par une sophrologue de Châteauroux qui m'a dit avoir
eu mon numéro « par le réseau de Floraison de Soi ». Je n'ai donné mon
numéro qu'à vous, lors de mon bilan en septembre.

Pourriez-vous m'indiquer à qui vous avez transmis mes coordonnées, et à
quelle date ?

Merci de votre retour.
Sophie Ventura
""")

R("fr_acc_sms_style", "fr", ["access"],
  "kev.b36 <kevin.bardet36@gmail.com>",
  "mes infos",
  """
slt sandra tu peux m envoyer tout ce que t as sur moi stp ? dossier coaching,
les fiches, les mails tout quoi. jen ai besoin pr mon dossier pole emploi
(enfin france travail lol)
merci
kev
""")

R("fr_acc_quebec_renseignements", "fr", ["access"],
  "Geneviève Tremblay <genevieve.tremblay@videotron.ca>",
  "Demande de renseignements personnels",
  """
Bonjour Madame Delomenie,

J'ai suivi votre formation en ligne « Reprendre le pouvoir sur son temps »
l'automne passé, pendant que j'étais en France pour le travail.

J'aimerais obtenir une copie de tous les renseignements personnels que vous
détenez à mon sujet : inscription, courriels, réponses aux exercices,
paiements. Pourriez-vous me les faire parvenir par courriel ?

Merci beaucoup et bonne journée,

Geneviève Tremblay
Montréal (Québec)
""")

R("fr_acc_buried_long", "fr", ["access"],
  "Hélène Marchetti <helene.marchetti@sfr.fr>",
  "Des nouvelles (et une demande)",
  """
Chère Sandra,

Cela fait presque un an que nous avons terminé notre accompagnement et je
voulais vous donner des nouvelles. J'ai finalement quitté la banque en juin,
comme nous l'avions envisagé lors de la séance sur les « portes fermées ».
J'ai ouvert ma petite librairie-salon de thé à Vierzon, et même si les débuts
sont intenses, je ne regrette rien. Je repense souvent à l'exercice des
trois cercles, je l'ai même refait avec ma fille.

Je suis en train d'écrire un petit texte sur ce chemin, et pour cela j'aimerais
beaucoup relire tout ce que vous avez gardé de notre travail ensemble. Est-ce
que vous pourriez m'envoyer une copie de votre dossier me concernant, c'est-à-dire
vos notes de séance, les fiches que j'avais remplies et tout ce que vous avez
d'autre sur moi ? Je sais que ce sont vos notes, mais ça me ferait du bien de les
avoir.

Sinon, ma mère vous passe le bonjour, elle a adoré l'atelier de Noël. Le chat
va bien, il dort sur les livres de la vitrine, les clients adorent.

Avec toute ma gratitude,
Hélène
""")

R("fr_acc_belge_septante", "fr", ["access"],
  "Marc Vandenbroucke <marc.vandenbroucke@skynet.be>",
  "Données personnelles - demande de copie",
  """
Bonjour Madame,

J'ai participé à votre formation à distance pour managers en septante-cinq
jours (le parcours long), payée par mon employeur à Namur.

Pourriez-vous me faire parvenir une copie des données personnelles que vous
conservez à mon sujet ? Je vous en remercie d'avance.

Bien à vous,
Marc Vandenbroucke
Rue de Fer 22, 5000 Namur
""")

R("fr_acc_reply_above_newsletter", "fr", ["access"],
  "Brigitte Auclair <b.auclair@wanadoo.fr>",
  "Re: Atelier « Oser sa place » - il reste 4 places",
  """
Bonjour,

Avant de décider si je reste inscrite à tout ça : quelles données avez-vous
sur moi, et d'où viennent-elles ? Je ne me rappelle pas m'être inscrite.

B. Auclair
""", quote=dict(style="gmail_fr", who=SANDRA, body=NEWSLETTER_FR), reply=True)

R("fr_acc_salarie_rh", "fr", ["access"],
  "Thomas Girardot <thomas.girardot@proton.me>",
  "Informations transmises à mon employeur",
  """
Bonjour Madame Delomenie,

J'ai suivi en début d'année la formation « Manager avec bienveillance » que
vous animiez pour les Transports Berry-Sologne. Je vous écris à titre
personnel, depuis mon adresse privée.

J'aimerais savoir quelles informations me concernant vous avez communiquées
à la DRH (évaluations, grilles de positionnement, commentaires sur ma
participation) et, plus généralement, ce que vous conservez sur moi.

Je vous remercie par avance de votre discrétion.
Thomas Girardot
""")

R("fr_acc_subject_only_iphone", "fr", ["access"],
  "Laurence Pichon <laurence.pichon@icloud.com>",
  "Demande d'accès à mes données personnelles (article 15 RGPD) - merci de m'envoyer une copie",
  """
Envoyé de mon iPhone
""")

R("fr_acc_parent_mineure", "fr", ["access"],
  "Valérie Rigaud <valerie.rigaud@orange.fr>",
  "Dossier de ma fille Léa Rigaud",
  """
Bonjour Madame,

Ma fille Léa, 15 ans, a suivi chez vous un accompagnement d'orientation
scolaire (4 séances entre janvier et mars). Je suis sa mère et je détiens
l'autorité parentale.

Je souhaiterais recevoir une copie des données que vous détenez sur elle :
questionnaires, comptes rendus, échanges de mails.

Je joins la copie du livret de famille.

Bien cordialement,
Valérie Rigaud
""", att=[("pdf", "livret_famille_Rigaud.pdf", "EXTRAIT LIVRET DE FAMILLE - RIGAUD")])

R("fr_acc_html_outlook", "fr", ["access"],
  "Catherine Bouvier-Lenoir <c.bouvier-lenoir@cabinet-bouvier.fr>",
  "Notes de séances",
  """
Bonjour Sandra,

Suite à la fin de mon accompagnement, je souhaiterais obtenir une copie de
l'ensemble des notes et documents que vous avez conservés à mon sujet, y
compris les enregistrements éventuels de nos séances en visio.

Je vous remercie par avance.

Catherine Bouvier-Lenoir
Expert-comptable
Cabinet Bouvier - 3 place du Marché - 18100 Vierzon
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement
à leurs destinataires. Si vous avez reçu ce message par erreur, merci de le
détruire et d'en avertir l'expéditeur.
""", shape="html")

# NEAR-LINE: forwarded newsletter as attachment; new text asks where the address came from -> access
R("fr_acc_fwd_newsletter_pro", "fr", ["access"],
  "Jérôme Aubertin <j.aubertin@menuiserie-aubertin.fr>",
  "TR: Atelier « Oser sa place »",
  """
Bonjour,

Je reçois ceci sur mon adresse professionnelle, que je n'ai jamais donnée à
personne en dehors de mes fournisseurs. D'où tenez-vous cette adresse ?
Merci de me répondre précisément.

J. Aubertin
""", fwd=dict(style="rfc822", frm=SANDRA, to="j.aubertin@menuiserie-aubertin.fr",
             subj="Atelier « Oser sa place » - il reste 4 places", body=NEWSLETTER_FR))

R("fr_acc_stripe_paiement", "fr", ["access"],
  "Annick Fleury <annick.fleury@gmail.com>",
  "mes données bancaires",
  """
Bonjour,

J'ai payé ma formation en ligne en trois fois par carte. Je voudrais savoir
quelles données de paiement vous gardez sur moi (numéro de carte ?) et à
qui elles sont transmises : Stripe, votre banque, votre comptable ?

Merci,
Annick Fleury
""")

# ---------------------------------------------------------------- rectification
R("fr_rect_new_email", "fr", ["rectification"],
  "Julie Caron <julie.caron.pro@gmail.com>",
  "Changement d'adresse mail",
  """
Bonjour Sandra,

Merci de remplacer mon ancienne adresse (julie.caron@laposte.net, que je
vais fermer) par celle-ci : julie.caron.pro@gmail.com, pour tout : agenda,
factures et accès à la plateforme.

Belle journée,
Julie
""")

R("fr_rect_nom_divorce", "fr", ["rectification"],
  "Caroline Berthier <caroline.berthier@hotmail.fr>",
  "Changement de nom",
  """
Bonjour Madame Delomenie,

Suite à mon divorce, j'ai repris mon nom de jeune fille. Pourriez-vous
corriger ma fiche client : Caroline BERTHIER, et non plus Caroline MAUDUIT ?
Cela vaut aussi pour les prochaines factures.

Merci beaucoup,
Caroline Berthier
""")

R("fr_rect_demenagement", "fr", ["rectification"],
  "Denis Morin <denis.morin@free.fr>",
  "nouvelle adresse postale",
  """
Bonjour,

J'ai déménagé. Ma nouvelle adresse est :
Denis Morin
7 allée des Tilleuls
36000 Châteauroux

Merci de mettre à jour mon dossier (l'ancienne adresse à Reuilly n'est plus
valable).

Denis
""")

# NEAR-LINE: old phone to be erased with new number given -> rectification only
R("fr_rect_tel_sms", "fr", ["rectification"],
  "Lucie <lucie.ferrand92@gmail.com>",
  "num",
  """
coucou nouveau num : 06 71 28 44 90
l ancien (06 12...) c est fini, effacez le svp
bisous
""")

R("fr_rect_compte_rendu_faux", "fr", ["rectification"],
  "Arnaud Peltier <arnaud.peltier@orange.fr>",
  "Erreur dans le compte rendu de bilan",
  """
Bonjour Madame,

J'ai relu le compte rendu de bilan que vous avez établi en mai. Il y est
écrit que je « souhaite quitter le secteur bancaire », ce qui est inexact :
j'ai dit vouloir changer de poste au sein de ma banque.

Je vous remercie de rectifier ce point dans votre dossier.

Arnaud Peltier
""", shape="html")

R("fr_rect_suisse_neuchatel", "fr", ["rectification"],
  "Nicole Jaquet <nicole.jaquet@bluewin.ch>",
  "Adresse",
  """
Bonjour Madame,

Vous avez toujours mon ancienne adresse à Lausanne. J'habite désormais :
Rue des Parcs 48, CH-2000 Neuchâtel.
Auriez-vous l'amabilité de faire le changement ? Merci vielmal comme on dit
chez nous :-)

Avec mes meilleures salutations,
Nicole Jaquet
""")

R("fr_rect_date_naissance_art16", "fr", ["rectification"],
  "Samir Haddad <samir.haddad@yahoo.fr>",
  "Rectification - article 16 RGPD",
  """
Madame,

Ma date de naissance figure de façon erronée dans mon dossier de formation
et sur l'attestation : il est indiqué 21/03/1987 alors que je suis né le
12/03/1987. Conformément à l'article 16 du RGPD, je vous demande de
rectifier cette donnée.

Cordialement,
Samir Haddad
""")

# NEAR-LINE: name misspelt on a training certificate = personal data inaccurate -> rectification
R("fr_rect_attestation_nom", "fr", ["rectification"],
  "Thi Thu Nguyen <thu.nguyen@gmail.com>",
  "attestation",
  """
Bonjour,

Sur mon attestation de fin de formation et dans la plateforme mon nom est
écrit « Nguyem ». C'est Nguyen, avec un n. Pourriez-vous corriger ma fiche
et me renvoyer l'attestation ?

Merci,
Thu
""")

# ---------------------------------------------------------------- erasure
R("fr_era_formal_art17", "fr", ["erasure"],
  "Gérard Lemaire <gerard.lemaire@orange.fr>",
  "Demande d'effacement de données (art. 17 RGPD)",
  """
Madame,

Par la présente, et en application de l'article 17 du règlement général sur
la protection des données, je vous demande de procéder à l'effacement de
l'ensemble des données personnelles me concernant, dans tous vos fichiers et
outils.

Je vous remercie de me confirmer par écrit la bonne exécution de cette
demande dans le délai légal.

Gérard Lemaire
""", shape="alt")

R("fr_era_polite_conditionnel", "fr", ["erasure"],
  "Emma Dufresne <emma.dufresne@gmail.com>",
  "Mes données",
  """
Bonjour Sandra,

Pourriez-vous supprimer mes données ? Je ne pense pas refaire de coaching
dans les prochaines années et je préfère ne pas laisser traîner mes infos.

Merci pour tout, vraiment,
Emma
""")

R("fr_era_compte_et_donnees", "fr", ["erasure"],
  "Romain Dupuis <romain.dupuis@laposte.net>",
  "Suppression compte",
  """
Bonjour,

Supprimez mon compte sur votre plateforme de cours et toutes mes données svp.

R. Dupuis
""")

R("fr_era_sms_style", "fr", ["erasure"],
  "Jess <jessy.lamotte@hotmail.fr>",
  "",
  """
jveux plus que vous gardiez mes infos, effacez tout svp merci
""")

R("fr_era_notes_seance", "fr", ["erasure"],
  "Isabelle Renaud <isabelle.renaud@gmail.com>",
  "Nos séances",
  """
Bonjour Sandra,

Maintenant que l'accompagnement est terminé, je voudrais que les notes
prises pendant nos séances, ainsi que mes fiches d'exercices, soient
détruites. Certaines choses dites étaient très personnelles et je serais
plus sereine en sachant qu'il n'en reste rien.

Merci de votre compréhension,
Isabelle
""")

R("fr_era_droit_oubli", "fr", ["erasure"],
  "Fabrice Noël <fabrice.noel@sfr.fr>",
  "Droit à l'oubli",
  """
Bonjour,

J'exerce mon droit à l'oubli : merci de faire disparaître mon nom, mon email
et mon historique de vos fichiers. Confirmez-moi quand c'est fait.

Fabrice Noël
""")

R("fr_era_avocat_mandat", "fr", ["erasure"],
  "Maître Claire Ogier <c.ogier@ogier-avocat.fr>",
  "Mme Stéphanie Barre - demande d'effacement",
  """
Madame,

J'interviens en qualité de conseil de Madame Stéphanie Barre, domiciliée
à Bourges, dont vous trouverez le mandat ci-joint.

Ma cliente a été votre cliente de 2023 à 2024 dans le cadre d'un
accompagnement individuel. Elle souhaite que l'ensemble des données la
concernant soient effacées de vos systèmes, conformément à l'article 17
du RGPD.

Je vous remercie de bien vouloir m'adresser confirmation de l'effacement.

Je vous prie de croire, Madame, à l'assurance de mes salutations
distinguées.

Claire Ogier
Avocat au Barreau de Bourges
12 rue Moyenne - 18000 Bourges
""", att=[("pdf", "mandat_Barre.pdf", "MANDAT - Mme Stephanie Barre donne mandat a Me Claire Ogier")])

R("fr_era_quebec_detruire", "fr", ["erasure"],
  "Marc-André Gagnon <ma.gagnon@hotmail.ca>",
  "Destruction de mes renseignements",
  """
Bonjour,

Je vous demanderais de détruire l'ensemble de mes renseignements
personnels, incluant mon adresse courriel et mon numéro de cellulaire.
Je n'utiliserai plus vos services.

Merci à l'avance,
Marc-André Gagnon
""")

R("fr_era_aucune_trace", "fr", ["erasure"],
  "Anne-Sophie Delorme <asdelorme@gmail.com>",
  "Fin de notre collaboration",
  """
Bonjour Sandra,

Je voulais vous remercier pour ces mois d'accompagnement. J'ai beaucoup
avancé, même si la fin a été plus compliquée que prévu.

Je préférerais qu'il ne reste aucune trace de mon passage chez vous, ni
dans vos fichiers, ni dans vos outils en ligne, ni dans votre messagerie.
J'espère que vous comprendrez.

Bien à vous,
Anne-Sophie
""")

R("fr_era_belge", "fr", ["erasure"],
  "Christophe Dewulf <christophe.dewulf@telenet.be>",
  "Effacement",
  """
Bonjour,

Je vous saurais gré de bien vouloir effacer toutes mes données (nom,
adresse, courriels, factures hors obligations comptables). Je ne suis plus
intéressé par vos formations.

Bien à vous,
C. Dewulf
Liège
""")

# NEAR-LINE: stopping coaching (a cancellation) plus 'supprimiez mon dossier' -> erasure; quoted reminder ignored
R("fr_era_au_dessus_rappel", "fr", ["erasure"],
  "Martine Gaillard <martine.gaillard@orange.fr>",
  "Re: Rappel : votre séance du mardi 14 octobre à 10h",
  """
Bonjour,

Je ne viendrai plus, j'arrête le coaching. Je veux que vous supprimiez mon
dossier et mes coordonnées.

Martine Gaillard
""", quote=dict(style="apple_fr", who=SANDRA,
               body="""Bonjour Martine,

Petit rappel : notre séance a lieu mardi 14 octobre à 10h, au cabinet
(12 bis rue de la République, Issoudun).

À mardi,
Sandra"""), reply=True)

R("fr_era_qp_signature", "fr", ["erasure"],
  "Éloïse Bérard <eloise.berard@mutuelle-centre.fr>",
  "Demande de suppression",
  """
Bonjour Madame Delomenie,

J'ai participé à l'atelier « Gérer son stress au travail » organisé par ma
mutuelle en 2024. Je souhaite que mes données personnelles soient
supprimées de vos fichiers (liste de participants, questionnaire d'entrée,
adresse e-mail).

Je vous remercie.

Éloïse Bérard
Chargée de prévention - Mutuelle du Centre
Tél. 02 54 00 00 00
-----------------------------------------------------------------
Ce courriel et toutes les pièces jointes sont confidentiels. Toute
utilisation ou diffusion non autorisée est interdite. Pensez à
l'environnement avant d'imprimer ce message.
""", cte="qp")

# ---------------------------------------------------------------- restriction
R("fr_res_conteste_cr", "fr", ["restriction"],
  "Olivier Brunet <olivier.brunet@gmail.com>",
  "Compte rendu de positionnement",
  """
Bonjour Madame Delomenie,

Je conteste l'exactitude de la grille de positionnement me concernant,
remplie à l'issue de la formation managers. Plusieurs appréciations ne
correspondent pas à ce qui s'est passé.

En attendant que nous puissions en parler, je vous demande de ne plus
utiliser ce document et de ne le transmettre à personne, y compris à mon
employeur.

Cordialement,
Olivier Brunet
""")

# NEAR-LINE: 'ne supprimez pas ... ne plus rien en faire' incl. no newsletter -> restriction only (don't use, don't delete)
R("fr_res_litige_ne_pas_supprimer", "fr", ["restriction"],
  "Karine Joubert <karine.joubert@yahoo.fr>",
  "Important - ne rien supprimer",
  """
Bonjour Sandra,

Surtout ne supprimez pas mes données ni nos échanges : j'en aurai besoin
dans le cadre d'un litige aux prud'hommes avec mon ancien employeur. Mais
d'ici là je vous demande de ne plus rien en faire (pas de newsletter, pas
de relance, pas d'utilisation pour vos statistiques).

Je vous recontacterai quand mon avocate me le dira.

Karine Joubert
""")

R("fr_res_geler", "fr", ["restriction"],
  "Paul Ferreira <paul.ferreira@gmx.fr>",
  "dossier",
  """
bonjour
merci de geler mon dossier, ne l'utilisez plus en attendant que je décide
si je continue ou pas. ne l'effacez pas non plus.
paul
""")

R("fr_res_art18_formel", "fr", ["restriction"],
  "Sylvie Garnier <sylvie.garnier@free.fr>",
  "Demande de limitation du traitement (article 18 RGPD)",
  """
Madame,

Conformément à l'article 18 du RGPD, je vous demande de limiter le traitement
des données me concernant. Je conteste en effet l'exactitude des informations
figurant dans le bilan transmis à Pôle emploi en 2024.

Pendant la durée de la vérification, ces données ne devront faire l'objet
d'aucun traitement autre que leur conservation.

Sylvie Garnier
""")

R("fr_res_mettre_de_cote", "fr", ["restriction"],
  "Amandine Roux <amandine.roux@gmail.com>",
  "mes infos",
  """
Bonjour Sandra,

Est-ce que vous pourriez mettre mes infos de côté ? Sans les effacer, juste
ne plus vous en servir le temps que je règle ma situation au boulot. Je ne
sais pas encore si je reprendrai le coaching en septembre.

Merci !
Amandine
""")

R("fr_res_quebec", "fr", ["restriction"],
  "Chantal Bouchard <chantal.bouchard@sympatico.ca>",
  "Utilisation de mes renseignements",
  """
Bonjour,

Je vous demande de cesser toute utilisation de mes renseignements personnels
jusqu'à nouvel ordre, sans toutefois les détruire : j'en aurai possiblement
besoin pour une réclamation à mes assurances. Pouvez-vous me le confirmer ?

Chantal Bouchard
""")

R("fr_res_employeur_litige", "fr", ["restriction"],
  "Didier Moreau <didier.moreau@outlook.fr>",
  "Évaluation de fin de formation",
  """
Bonjour,

Mon employeur fait référence à votre évaluation de fin de formation dans mon
entretien annuel. Je considère que cette évaluation est inexacte.

Le temps que ce point soit éclairci, merci de ne plus communiquer ni utiliser
cette évaluation. Je ne demande pas qu'elle soit effacée.

Didier Moreau
""")

# ---------------------------------------------------------------- portability
R("fr_port_csv_plateforme", "fr", ["portability"],
  "Morgane Le Gall <morgane.legall@gmail.com>",
  "Récupérer mes données de cours",
  """
Bonjour,

Je souhaite récupérer mes données de la formation en ligne (progression,
réponses aux exercices, notes personnelles) dans un format réutilisable,
type CSV ou JSON, pour les importer dans l'outil de suivi que j'utilise
maintenant.

Merci d'avance,
Morgane Le Gall
""")

# NEAR-LINE: transfer of her file to another coach in digital format -> portability
R("fr_port_transfert_coach", "fr", ["portability"],
  "Élodie Charpentier <elodie.charpentier@laposte.net>",
  "Transfert de mon dossier",
  """
Bonjour Sandra,

Comme je déménage à Nantes, je vais poursuivre avec une coach sur place,
Mme Véronique Hamon (v.hamon@coaching-hamon.fr). Pourriez-vous lui
transmettre directement mon dossier (questionnaires et fiches d'objectifs)
au format numérique, pour qu'elle puisse le reprendre ?

Un grand merci pour ces mois partagés.
Élodie
""", shape="alt", cc="Véronique Hamon <v.hamon@coaching-hamon.fr>")

R("fr_port_art20", "fr", ["portability"],
  "Bernard Chauvin <bernard.chauvin@wanadoo.fr>",
  "Droit à la portabilité - article 20",
  """
Madame,

En application de l'article 20 du RGPD, je vous prie de me transmettre les
données personnelles que je vous ai fournies, dans un format structuré,
couramment utilisé et lisible par machine.

Salutations distinguées,
Bernard Chauvin
""")

R("fr_port_excel_tutoiement", "fr", ["portability"],
  "Inès <ines.benali@gmail.com>",
  "export",
  """
hello sandra !
tu peux m'exporter mes réponses aux questionnaires du programme en fichier
excel ? je change d'appli de journaling et je voudrais tout réimporter
merciii
""")

R("fr_port_drive_format_ouvert", "fr", ["portability"],
  "Guillaume Perrot <guillaume.perrot@protonmail.com>",
  "Mes documents de coaching",
  """
Bonjour,

Vous avez créé pour moi un dossier dans votre Google Drive avec mes bilans
hebdomadaires. J'aimerais récupérer ces données dans un format ouvert et
exploitable (CSV ou ODS, pas un PDF scanné) pour les transférer dans mon
propre outil.

Cordialement,
Guillaume Perrot
""")

R("fr_port_b64", "fr", ["portability"],
  "Céline Marchal <celine.marchal@orange.fr>",
  "Portabilité de mes données",
  """
Bonjour Madame,

Je quitte Systeme.io pour suivre d'autres formations ailleurs. Pouvez-vous
me transmettre mes données d'apprenante (modules suivis, quiz, dates) dans
un fichier réutilisable afin que je puisse les transférer à mon nouvel
organisme ?

Merci,
Céline Marchal
""", cte="b64")

# ---------------------------------------------------------------- objection
R("fr_obj_desabonner_newsletter", "fr", ["objection"],
  "Odile Perret <odile.perret@laposte.net>",
  "newsletter",
  """
Bonjour, désabonnez-moi de la newsletter s'il vous plaît. Merci.
""")

R("fr_obj_sms_promo", "fr", ["objection"],
  "Jean-Luc Vidal <jl.vidal@orange.fr>",
  "Vos SMS",
  """
Bonjour,

Arrêtez de m'envoyer des SMS promotionnels pour vos ateliers. J'ai fait une
séance il y a deux ans, ça ne vous autorise pas à me relancer tous les mois.

JL Vidal
""")

R("fr_obj_art21_prospection", "fr", ["objection"],
  "Francine Hubert <francine.hubert@free.fr>",
  "Opposition - article 21 RGPD",
  """
Madame,

Je m'oppose, sur le fondement de l'article 21 du RGPD, au traitement de mes
données à des fins de prospection commerciale, sous quelque forme que ce
soit (courriel, SMS, courrier).

Francine Hubert
""", shape="alt")

R("fr_obj_reply_newsletter", "fr", ["objection"],
  "Maryse Collin <maryse.collin@gmail.com>",
  "RE: Atelier « Oser sa place » - il reste 4 places",
  """
Je ne veux plus recevoir ces mails. Merci.
""", quote=dict(style="outlook_fr", who=SANDRA, body=NEWSLETTER_FR), reply=True)

# NEAR-LINE: objects to statistics/targeting purposes while keeping core processing -> objection
R("fr_obj_profilage_stats", "fr", ["objection"],
  "Yannick Roche <yannick.roche@gmail.com>",
  "Utilisation de mes données",
  """
Bonjour,

J'ai vu dans votre politique de confidentialité que vous utilisez les
réponses aux questionnaires pour des statistiques et pour « personnaliser
les offres ». Je m'oppose à ce que mes données soient utilisées pour ces
finalités. Vous pouvez bien sûr les garder pour le suivi de ma formation.

Y. Roche
""")

R("fr_obj_subject_only", "fr", ["objection"],
  "gisele.andre@orange.fr",
  "désinscription newsletter",
  "")

R("fr_obj_liste_sans_accents", "fr", ["objection"],
  "Dylan <dylan.marechal@hotmail.fr>",
  "liste",
  """
retirez moi de votre liste de diffusion merci, je recois 3 mails par semaine
c est trop
""")

R("fr_obj_salariee_inscrite_par_rh", "fr", ["objection"],
  "Laetitia Gomez <laetitia.gomez@berry-logistique.fr>",
  "Newsletter",
  """
Bonjour,

Je suis salariée de Berry Logistique. Il semble que notre service RH m'ait
inscrite à votre newsletter lors de la formation de juin, sans me demander
mon avis. Merci de me retirer de cette liste d'envoi.

Cordialement,
Laetitia Gomez
""")

# NEAR-LINE: no more phone canvassing = marketing channel -> objection
R("fr_obj_appels", "fr", ["objection"],
  "Raymond Tessier <raymond.tessier@sfr.fr>",
  "Démarchage téléphonique",
  """
Madame,

Vous m'avez appelé trois fois ce mois-ci pour me proposer vos formations.
Je ne souhaite plus être démarché. Merci de ne plus utiliser mon numéro à
cette fin.

R. Tessier
""")

# ---------------------------------------------------------------- withdraw consent
R("fr_wc_temoignage_site", "fr", ["withdraw_consent"],
  "Aurélie Masson <aurelie.masson@gmail.com>",
  "Mon témoignage",
  """
Bonjour Sandra,

J'avais accepté que mon témoignage figure sur votre site, avec mon prénom et
ma photo. Ma situation professionnelle a changé et je préfère qu'il soit
retiré. Merci de le retirer du site et de vos plaquettes.

Bien amicalement,
Aurélie
""", shape="alt")

R("fr_wc_photo_atelier_reseaux", "fr", ["withdraw_consent"],
  "Josiane Lefort <josiane.lefort@orange.fr>",
  "Photo sur Facebook",
  """
Bonjour,

Je me suis vue sur la photo de groupe de l'atelier de samedi, publiée sur
votre page Facebook et Instagram. J'avais signé l'autorisation mais j'ai
changé d'avis. Pouvez-vous retirer la photo ou me flouter ?

Merci,
Josiane
""")

R("fr_wc_enregistrement_zoom", "fr", ["withdraw_consent"],
  "Nathalie Giraud <nathalie.giraud@gmail.com>",
  "enregistrement de la séance collective",
  """
Bonjour Sandra,

Lors de la séance collective du 3 février, j'avais dit oui pour que
l'enregistrement Zoom soit réutilisé dans votre formation en ligne. Après
réflexion je ne suis plus d'accord : j'y parle de ma séparation. Merci de
ne pas l'utiliser (ou de couper mes passages).

Nathalie
""")

R("fr_wc_questionnaire_etude", "fr", ["withdraw_consent"],
  "Baptiste Lemoine <baptiste.lemoine@etu.univ-orleans.fr>",
  "Questionnaire - retrait",
  """
Bonjour Madame Delomenie,

J'avais accepté que mes réponses au questionnaire sur l'équilibre vie pro /
vie perso soient utilisées pour votre étude destinée à la conférence de
novembre. Je retire mon consentement à cette utilisation.

Cordialement,
Baptiste Lemoine
""")

R("fr_wc_art7_formel", "fr", ["withdraw_consent"],
  "Pascale Carré <pascale.carre@wanadoo.fr>",
  "Retrait de consentement - art. 7.3 RGPD",
  """
Madame,

Conformément à l'article 7, paragraphe 3, du RGPD, je retire le consentement
que j'avais donné le 15 mai 2025 à l'utilisation de mon image (photographies
prises lors de la formation) à des fins de communication.

Pascale Carré
""")

R("fr_wc_parent_photo_enfant", "fr", ["withdraw_consent"],
  "Stéphane Leroux <stephane.leroux@gmail.com>",
  "Photo de mon fils - atelier enfants",
  """
Bonjour Madame,

Mon fils Hugo (9 ans) a participé à l'atelier « Mes émotions, mes alliées »
pendant les vacances. Nous avions signé l'autorisation de droit à l'image,
mais sa mère et moi préférons finalement qu'aucune photo de lui ne soit
diffusée. Merci de retirer celles qui sont en ligne.

Stéphane Leroux
""")

R("fr_wc_zoom_formation_b", "fr", ["withdraw_consent"],
  "Corinne Baron <corinne.baron@yahoo.fr>",
  "vidéo témoignage",
  """
Bonjour Sandra,
La petite vidéo où je parle de ma reconversion, celle qu'on a tournée en
juin pour votre page de vente : je ne souhaite plus qu'elle soit utilisée.
Désolée pour le dérangement.
Corinne
""")

# ---------------------------------------------------------------- post mortem
R("fr_pm_fille_mere", "fr", ["post_mortem"],
  "Agnès Poirier <agnes.poirier@gmail.com>",
  "Décès de ma mère, Mme Jeanne Poirier",
  """
Bonjour Madame,

J'ai la tristesse de vous informer du décès de ma mère, Jeanne Poirier,
survenu le 2 février. Elle suivait vos ateliers depuis plusieurs années et
les appréciait beaucoup.

Je souhaiterais que son compte soit supprimé et qu'elle ne reçoive plus la
newsletter. Vous trouverez ci-joint l'acte de décès.

Bien cordialement,
Agnès Poirier
""", att=[("pdf", "acte_deces_Poirier.pdf", "ACTE DE DECES - POIRIER Jeanne")])

# NEAR-LINE: notary asks for invoices and data held about the deceased -> post_mortem only
R("fr_pm_notaire_succession", "fr", ["post_mortem"],
  "Office notarial Beaufils <accueil@beaufils-notaires.fr>",
  "Succession M. Henri Gauthier - Réf. 2025/0417",
  """
Madame,

Nous sommes chargés du règlement de la succession de Monsieur Henri
GAUTHIER, décédé le 11 mars 2025 à Issoudun.

Dans le cadre de l'inventaire, nous vous remercions de bien vouloir nous
communiquer tout contrat, abonnement ou somme restant due, ainsi que la
copie des factures émises au nom du défunt, et de nous indiquer les
données le concernant que vous conservez.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Beaufils,
Sabine Roy, clerc de notaire
""", shape="alt", att=[("pdf", "attestation_notaire.pdf", "ATTESTATION - Office notarial Beaufils - succession GAUTHIER")])

R("fr_pm_propres_directives", "fr", ["post_mortem"],
  "Monique Delage <monique.delage@orange.fr>",
  "Pour plus tard",
  """
Chère Sandra,

Vous savez que ma santé n'est pas bonne. Je voulais régler certaines choses
tant que j'en ai la force. Après ma mort, je souhaite que toutes mes données
soient effacées de vos fichiers, sauf mon témoignage qui peut rester sur
votre site si cela peut aider d'autres femmes. Mon fils Laurent
(laurent.delage@gmail.com) sera la personne à contacter.

Avec toute mon affection,
Monique
""")

R("fr_pm_epoux_abonnement", "fr", ["post_mortem"],
  "Gilbert Fontaine <gilbert.fontaine@wanadoo.fr>",
  "abonnement de mon épouse",
  """
Bonjour,

Mon épouse Françoise Fontaine est décédée le mois dernier. Elle avait un
abonnement mensuel à votre programme en ligne. Merci d'arrêter les
prélèvements et d'effacer son compte.

G. Fontaine
""")

R("fr_pm_fils_notes", "fr", ["post_mortem"],
  "Vincent Lacroix <vincent.lacroix@gmail.com>",
  "Ma mère, Mme Lacroix",
  """
Bonjour Madame Delomenie,

Ma mère, Danielle Lacroix, nous a quittés en décembre. En rangeant ses
papiers, nous avons compris qu'elle avait fait un long travail avec vous
après le décès de mon père.

Serait-il possible d'obtenir les notes ou documents que vous avez gardés ?
Ce serait important pour ma sœur et moi. Je peux fournir le certificat de
décès et le livret de famille.

Vincent Lacroix
""")

R("fr_pm_executeur_belge", "fr", ["post_mortem"],
  "Philippe Janssens <philippe.janssens@skynet.be>",
  "Exécution testamentaire - feu M. Roger Peeters",
  """
Madame,

En ma qualité d'exécuteur testamentaire de feu Monsieur Roger Peeters,
décédé à Tournai le 4 avril, je vous prie de clôturer tous les services
auxquels il était inscrit et de supprimer ses données, conformément à ses
volontés.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Philippe Janssens
""")

R("fr_pm_sms_pere", "fr", ["post_mortem"],
  "Mélanie <melanie.rousseau36@gmail.com>",
  "mon pere",
  """
bjr mon pere est decede le mois dernier et il recoit encore vos mails sur
sa boite, c est dur a voir. pouvez vous tout supprimer svp
Mélanie Rousseau (fille de Alain Rousseau)
""")

R("fr_pm_directives_art85", "fr", ["post_mortem"],
  "Hervé Blanchard <herve.blanchard@laposte.net>",
  "Directives relatives à mes données après mon décès",
  """
Madame,

En application de l'article 85 de la loi Informatique et Libertés, je vous
adresse mes directives particulières concernant le sort de mes données
personnelles après mon décès :

- les enregistrements de nos séances devront être détruits ;
- mes factures seront conservées le temps légal puis supprimées ;
- ma fille, Claire Blanchard, est désignée pour veiller à l'exécution de
  ces directives.

Merci d'en accuser réception.

Hervé Blanchard
""")

R("fr_pm_soeur_photo", "fr", ["post_mortem"],
  "Laure Michaud <laure.michaud@free.fr>",
  "Photo de ma sœur sur votre site",
  """
Bonjour,

Ma sœur Estelle Michaud est décédée en août. Sa photo et son témoignage
sont toujours sur votre page « Ils m'ont fait confiance ». La famille
préférerait qu'ils soient retirés. Merci de votre compréhension.

Laure Michaud
""")

# NEAR-LINE: brother after death asks what is held + account closure -> post_mortem only
R("fr_pm_frere_html", "fr", ["post_mortem"],
  "Frédéric Vasseur <frederic.vasseur@outlook.fr>",
  "Compte de mon frère",
  """
Bonjour,

Mon frère Cédric Vasseur est décédé le 18 janvier. Il était inscrit à votre
formation en ligne et son compte est toujours actif. Je souhaiterais savoir
quelles informations vous avez sur lui et que son compte soit fermé.

Cordialement,
Frédéric Vasseur
""", shape="html")

# ---------------------------------------------------------------- multi-right
R("fr_multi_temoignage_tout", "fr", ["erasure", "withdraw_consent"],
  "Delphine Bailly <delphine.bailly@gmail.com>",
  "Retrait",
  """
Bonjour Sandra,

Merci de retirer mon témoignage de votre site et de votre page de vente,
et de supprimer également toutes les données que vous avez sur moi.

Delphine Bailly
""")

R("fr_multi_copie_puis_effacer", "fr", ["access", "erasure"],
  "Sébastien Marty <sebastien.marty@gmail.com>",
  "Copie puis suppression",
  """
Bonjour,

Je vous demande de m'envoyer une copie de toutes les données que vous avez
sur moi, puis de tout effacer une fois que je vous aurai confirmé la
bonne réception.

Sébastien Marty
""")

R("fr_multi_desabo_supprimer", "fr", ["erasure", "objection"],
  "Claudine Bertrand <claudine.bertrand@orange.fr>",
  "stop",
  """
Bonjour, désinscrivez-moi de toutes vos listes et supprimez mes données.
Merci.
Envoyé depuis mon mobile Orange
""")

R("fr_multi_nom_newsletter", "fr", ["objection", "rectification"],
  "Marie-Pierre Legrand <mp.legrand@free.fr>",
  "Deux choses",
  """
Bonjour,

1) Mon nom est mal écrit dans vos fichiers : c'est Legrand, pas Le Grand.
2) Je ne souhaite plus recevoir la newsletter.

Merci,
Marie-Pierre Legrand
""")

R("fr_multi_infos_et_adresse", "fr", ["access", "rectification"],
  "Thierry Lebrun <thierry.lebrun@gmail.com>",
  "Mes infos",
  """
Bonjour Madame,

Pourriez-vous me dire quelles informations vous détenez sur moi ? Et au
passage, mon adresse a changé : 3 impasse du Moulin, 36260 Reuilly.

Merci,
Thierry Lebrun
""")

R("fr_multi_conteste_copie", "fr", ["access", "restriction"],
  "Valentin Carpentier <valentin.carpentier@yahoo.fr>",
  "Bilan de compétences",
  """
Bonjour,

Je ne suis pas d'accord avec plusieurs éléments de la synthèse de bilan
qui a été remise à mon employeur. Je souhaite en recevoir une copie
intégrale, ainsi que toutes les données me concernant, et que vous cessiez
de l'utiliser ou de la transmettre tant que nous n'avons pas vérifié son
exactitude.

Valentin Carpentier
""")

R("fr_multi_export_puis_effacer", "fr", ["erasure", "portability"],
  "Lise Moulin <lise.moulin@gmail.com>",
  "Export + suppression",
  """
Bonjour Sandra,

Avant que je quitte la plateforme, pourrais-tu m'exporter mes données de
cours (progression, journaux de bord) en CSV, puis supprimer mon compte et
tout ce qui me concerne ?

Merci pour tout,
Lise
""")

R("fr_multi_photo_desabo", "fr", ["objection", "withdraw_consent"],
  "Christelle Adam <christelle.adam@hotmail.fr>",
  "photo + mails",
  """
Bonjour,
merci d'enlever ma photo de votre page instagram (atelier du 12/10) et de
me désabonner de vos mails d'info.
Christelle
""")

R("fr_multi_partage_prospection", "fr", ["access", "objection"],
  "Patrick Besson <patrick.besson@sfr.fr>",
  "Démarchage",
  """
Madame,

Un organisme de formation partenaire du vôtre m'a démarché en citant votre
nom. Je vous demande à qui vous avez transmis mon adresse électronique et
je m'oppose à toute utilisation de mes données à des fins de prospection.

Patrick Besson
""")

R("fr_multi_trois_droits", "fr", ["access", "erasure", "portability"],
  "Ludovic Marchand <ludovic.marchand@protonmail.com>",
  "Exercice de mes droits RGPD (articles 15, 17 et 20)",
  """
Madame,

Je vous prie de :
1. me communiquer l'ensemble des données me concernant (article 15) ;
2. me transmettre les données que je vous ai fournies dans un format
   structuré et lisible par machine (article 20) ;
3. procéder ensuite à leur effacement complet (article 17).

Je vous remercie de me confirmer chacune de ces étapes.

Ludovic Marchand
""")

R("fr_multi_avocat_mandat", "fr", ["access", "erasure"],
  "Cabinet Rey & Associés <contact@rey-avocats.fr>",
  "V/Réf : M. Kevin Royer - demande RGPD",
  """
Madame,

Nous intervenons pour le compte de Monsieur Kevin Royer, suivant mandat
joint. Notre client vous demande la communication de l'ensemble des
données le concernant, puis leur suppression.

Nous vous remercions de répondre directement au cabinet.

Me Antoine Rey
Cabinet Rey & Associés
""", cc="kevin.royer@gmail.com", att=[("pdf", "Mandat_Royer_signe.pdf", "MANDAT - M. Kevin Royer mandate le cabinet Rey & Associes")],
  replyto="Secrétariat Rey <secretariat@rey-avocats.fr>")

R("fr_multi_reponse_outlook", "fr", ["access", "rectification"],
  "Fabienne Roger <fabienne.roger@ch-chateauroux.fr>",
  "RE: Votre attestation de formation",
  """
Bonjour,

Merci pour l'attestation. Par contre mon adresse mail pro a changé, c'est
maintenant fabienne.roger@ch-chateauroux.fr (l'ancienne @ch-issoudun ne
marche plus). Et pendant qu'on y est, pouvez-vous m'envoyer la liste de ce
que vous gardez sur moi ?

Fabienne Roger
Cadre de santé
""", shape="alt", quote=dict(style="outlook_fr", who=SANDRA, subj="Votre attestation de formation",
               body="""Bonjour Fabienne,

Vous trouverez ci-joint votre attestation de formation.

Bien cordialement,
Sandra Delomenie
Floraison de Soi"""), reply=True)

# NEAR-LINE: opposes marketing AND asks to freeze the rest -> objection + restriction (two distinct asks)
R("fr_multi_oppose_gele", "fr", ["objection", "restriction"],
  "Jacqueline Perrin <jacqueline.perrin@orange.fr>",
  "Mes données",
  """
Bonjour,

Je m'oppose à l'utilisation de mes données à des fins commerciales (plus
de newsletter ni d'offres). Pour le reste, ne supprimez rien pour
l'instant mais gelez mon dossier : je déciderai plus tard.

J. Perrin
""")

R("fr_multi_temoignage_savoir", "fr", ["access", "withdraw_consent"],
  "Rachel Dumont <rachel.dumont@gmail.com>",
  "Témoignage et questions",
  """
Bonjour Sandra,

Je retire mon accord pour l'utilisation de mon témoignage écrit. Et
j'aimerais savoir ce que vous avez d'autre sur moi, je ne m'en souviens plus.

Rachel
""")

# NEAR-LINE: don't delete / don't use + reusable export -> restriction + portability
R("fr_multi_garder_exporter", "fr", ["portability", "restriction"],
  "Kevin Lambert <kevin.lambert@gmail.com>",
  "pas d'effacement",
  """
Bonjour,

Ne supprimez surtout rien, mais ne faites plus rien de mes données pour
l'instant. Par contre j'aurais besoin d'un export de mes réponses aux
modules dans un format réutilisable (CSV) pour les transmettre à mon
nouvel organisme.

Kevin Lambert
""")
