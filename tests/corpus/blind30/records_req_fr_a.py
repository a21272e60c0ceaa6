"""French requests, part A: access, erasure, rectification (single right)."""
from records_common import R, SANDRA, CONTACT, SANDRA_SIG

RECORDS = [

# ------------------------------------------------------------------ access
R("fr-acc-formal-art15", ["access"], "fr",
  "Christine Aubrac <christine.aubrac@gmail.com>",
  "Demande d'accès à mes données personnelles",
  "2025-02-11 08:47",
  """Madame,

J'ai été accompagnée par vos soins en coaching individuel entre septembre 2023 et mars 2024 (huit séances au cabinet de la rue d'Estienne d'Orves).

En application de l'article 15 du RGPD, je vous demande de bien vouloir me communiquer une copie de l'ensemble des données personnelles me concernant que vous conservez, quel qu'en soit le support : fiches de suivi, questionnaires, échanges écrits, factures, ainsi que les informations éventuellement stockées sur vos outils en ligne.

Vous trouverez ci-joint la copie de ma carte d'identité, comme le prévoit votre politique de confidentialité.

Je vous remercie par avance et vous prie d'agréer, Madame, mes salutations distinguées.

Christine Aubrac
12 allée des Tilleuls
36100 Issoudun""",
  att=[dict(name="CNI_Aubrac_recto_verso.jpg", kind="jpg")]),

# NEAR-LINE: explicit negation of erasure; only the copy is asked -> access only.
R("fr-acc-negation-copy-only", ["access"], "fr",
  "Nathalie Perrin <nathalie.perrin36@outlook.fr>",
  "Mon dossier",
  "2025-03-19 21:05",
  """Bonsoir Sandra,

Je reviens vers vous un an après la fin de notre accompagnement. Rassurez-vous, je ne demande pas la suppression de quoi que ce soit : je voudrais seulement une copie de ce que vous avez gardé me concernant (notes, bilans, les tests que j'avais remplis au début).

Je suis en train de faire le point sur mon parcours et ça m'aiderait de relire tout ça.

Belle soirée,
Nathalie""",
  html="alt"),

# NEAR-LINE: a polite question that asks for the thing ("pourriez-vous me dire quelles
# informations vous conservez") is a request, not a question about how the right works.
R("fr-acc-polite-question", ["access"], "fr",
  "Gérard Mouline <g.mouline@laposte.net>",
  "question sur mes informations",
  "2025-05-06 14:22",
  """Bonjour Madame Delomenie,

J'avais participé à votre stage "Retrouver son élan" en octobre 2023 à Issoudun. Est-ce que vous pourriez me dire quelles informations vous conservez sur moi depuis ce stage ? Je reçois encore des courriers de votre part et je voudrais savoir exactement ce qui figure dans vos fichiers.

Cordialement,
Gérard Mouline"""),

R("fr-acc-informal-typos", ["access"], "fr-informal",
  "Jess <jess.b.du36@gmail.com>",
  None,
  "2025-06-28 23:41",
  """slt sandra

tu peux menvoyer tout ce que t as sur moi ds tes fichiers stp? genre les notes des seances, les questionaires du debut et tout. jen ai besoin pr moi, rien de grave lol

merci bcp
jess"""),

R("fr-acc-source-of-data-be", ["access"], "fr-BE",
  "Pascale Vandenberghe <pascale.vandenberghe@skynet.be>",
  "Origine de mes coordonnées ?",
  "2025-09-02 10:15",
  """Bonjour,

Je reçois depuis quelques semaines vos courriels concernant des ateliers à Issoudun. Je n'ai jamais été cliente chez vous et j'habite à Namur.

Je voudrais savoir d'où vous tenez mon adresse électronique et mon numéro de GSM, qui vous les a transmis et quelles autres données me concernant se trouvent dans vos fichiers.

Merci de me répondre dans les délais légaux.

Bien à vous,
Pascale Vandenberghe""",
  client="thunderbird"),

R("fr-acc-recipients-ch", ["access"], "fr-CH",
  "Olivier Rochat <olivier.rochat@bluewin.ch>",
  "Transmission de mes données à des tiers",
  "2025-10-14 07:58",
  """Madame,

J'ai suivi votre formation en ligne "Communication bienveillante" en août dernier. Quelques jours après mon inscription, j'ai été contacté par un organisme de formation que je ne connaissais pas, qui semblait savoir que j'avais acheté votre programme.

Je vous prie de m'indiquer à quels destinataires vous avez communiqué mes données personnelles (prestataires, partenaires ou autres) et depuis quand.

Avec mes meilleures salutations,

Olivier Rochat
Chemin des Vignes 4
1110 Morges"""),

# NEAR-LINE: a parent writing for a minor child is a request (access).
R("fr-acc-parent-minor", ["access"], "fr",
  "Aurélie Masson <aurelie.masson@free.fr>",
  "Dossier de ma fille Léa Masson",
  "2025-11-20 18:30",
  """Bonjour Madame,

Ma fille Léa, 16 ans, a suivi avec vous un cycle de cinq séances de coaching pour adolescents au printemps dernier, à la suite de sa phobie scolaire.

En tant que mère et titulaire de l'autorité parentale, je souhaite obtenir une copie des données que vous détenez la concernant (compte-rendus, questionnaires, échanges). Je joins une copie du livret de famille et de ma pièce d'identité.

Léa est au courant de ma démarche.

Bien cordialement,
Aurélie Masson""",
  att=[dict(name="livret_famille_p1-2.pdf", kind="pdf",
            text="Livret de famille\nMasson Aurelie / Masson Lea, nee le 03/04/2009"),
       dict(name="CNI_A_Masson.jpg", kind="jpg")]),

# NEAR-LINE: lawyer acting under a mandate for the data subject -> request.
R("fr-acc-lawyer-mandate", ["access"], "fr",
  "Maître Hélène Vasseur <h.vasseur@vasseur-avocat.fr>",
  "V/Réf. : Fontaine Didier - communication de données personnelles",
  "2026-01-13 11:02",
  """Madame,

J'interviens en qualité de conseil de Monsieur Didier Fontaine, qui a suivi auprès de vous un accompagnement de coaching professionnel de janvier à juin 2025, financé en partie par son ancien employeur.

Agissant en vertu du mandat ci-joint, je vous prie de bien vouloir me communiquer, dans le délai d'un mois prévu à l'article 12 du RGPD, l'intégralité des données à caractère personnel concernant mon client que vous détenez, y compris les comptes-rendus de séances et tout document ou échange transmis à des tiers.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Vasseur
Avocate au Barreau de Châteauroux
14 place Gambetta - 36000 Châteauroux
Tél. 02 54 22 17 90

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.""",
  client="outlook", html="alt",
  att=[dict(name="Mandat_Fontaine_signe.pdf", kind="pdf",
            text="MANDAT\nJe soussigne Didier Fontaine donne mandat a Me Helene Vasseur\npour obtenir communication de mes donnees personnelles.\nFait a Chateauroux le 8 janvier 2026")]),

# NEAR-LINE: request written above a quoted Systeme.io newsletter; only the new text counts.
R("fr-acc-above-newsletter", ["access"], "fr",
  "Bernadette Loiseau <bernadette.loiseau@orange.fr>",
  "RE: Les ateliers de printemps sont ouverts 🌸",
  "2025-03-04 09:12",
  """Bonjour,

Avant de m'inscrire à quoi que ce soit, j'aimerais recevoir l'ensemble des données personnelles que vous détenez sur moi (article 15 du RGPD). Je ne me souviens pas vous avoir donné mon adresse.

Merci,
B. Loiseau""",
  quote=dict(frm=CONTACT, date="2025-03-03 07:00",
             subj="Les ateliers de printemps sont ouverts 🌸",
             text="""Bonjour Bernadette,

Le printemps arrive et avec lui trois nouveaux ateliers au cabinet d'Issoudun :
- Samedi 22 mars : "Poser ses limites sans culpabiliser"
- Samedi 5 avril : "L'art de la gratitude"
- Samedi 26 avril : "Parents d'ados : garder le lien"

Places limitées à 8 personnes. Réservez ici : https://floraisondesoi.systeme.io/ateliers

À très vite,
Sandra

Vous recevez cet e-mail car vous êtes inscrite à la newsletter Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe/8f3a"""), client="orange"),

R("fr-acc-session-notes", ["access"], "fr",
  "Karim Belkacem <karim.belkacem@hotmail.fr>",
  "Copie de mes fiches de suivi",
  "2025-08-25 12:37",
  """Bonjour Sandra,

J'espère que l'été s'est bien passé. Pourriez-vous m'envoyer une copie de mes fiches de suivi et des questionnaires que j'ai remplis, ainsi que tout ce que vous conservez à mon nom (y compris sur Systeme.io et Google Drive) ?

Je prépare un bilan de compétences et la conseillère m'a suggéré de rassembler tout ce qui concerne mon accompagnement.

Merci d'avance,
Karim

Envoyé depuis Outlook pour Android""",
  html="alt"),

R("fr-acc-quebec", ["access"], "fr-CA",
  "Marie-Ève Gagnon <me.gagnon@videotron.ca>",
  "Mes données chez Floraison de Soi",
  "2025-12-03 16:04",
  """Bonjour Sandra,

J'ai suivi ta formation en ligne l'automne passé, de chez nous à Sherbrooke (c'était super, en passant!). Je suis pas mal à cheval sur la protection des renseignements personnels, fait que j'aimerais savoir quelles données tu gardes sur moi, pis avec qui tu les partages (Systeme.io, Stripe, d'autres?).

Peux-tu m'envoyer ça par courriel quand tu auras une minute?

Merci bien, bonne journée!
Marie-Ève"""),

# NEAR-LINE: the threat to complain to the CNIL does not make this a complaint; it is a
# reminder of an unanswered access request written to her -> access.
R("fr-acc-reminder-cnil-threat", ["access"], "fr",
  "Thierry Lamarque <thierry.lamarque@wanadoo.fr>",
  "RELANCE - demande d'accès du 3 février",
  "2025-03-10 19:20",
  """Madame,

Je n'ai reçu aucune réponse à mon courriel ci-dessous. Je vous rappelle que vous disposez d'un mois pour répondre à une demande d'accès. Je réitère donc ma demande : copie de toutes les données me concernant.

Sans réponse de votre part d'ici la fin du mois, je saisirai la CNIL.

T. Lamarque""",
  quote=dict(frm="Thierry Lamarque <thierry.lamarque@wanadoo.fr>", date="2025-02-03 18:02",
             to=SANDRA, subj="Demande d'accès",
             text="""Madame,

Conformément au RGPD, merci de me transmettre la copie de l'ensemble des données me concernant (stage de juin 2024).

T. Lamarque""", style="orange"), client="orange"),

R("fr-acc-employee-training", ["access"], "fr",
  "Sophie Renaudin <sophie.renaudin@gmail.com>",
  "Formation management - mes données",
  "2025-10-01 13:15",
  """Bonjour Madame Delomenie,

J'ai suivi en mars dernier la formation "Manager avec bienveillance" que mon employeur (la société Berry Logistique) avait organisée avec vous.

Je souhaiterais obtenir les données me concernant que vous avez conservées, en particulier les grilles d'évaluation et le questionnaire de positionnement, et savoir si ces éléments ont été transmis à mon employeur.

Je vous écris de mon adresse personnelle, ma demande est faite à titre personnel.

Merci et bonne journée,
Sophie Renaudin""",
  cte="qp"),

# ------------------------------------------------------------------ erasure
R("fr-era-formal-art17", ["erasure"], "fr",
  "Jean-Marc Tessier <jm.tessier@free.fr>",
  "Demande d'effacement - article 17 RGPD",
  "2025-01-22 10:44",
  """Madame,

Par la présente, je vous demande l'effacement de l'ensemble des données à caractère personnel me concernant, conformément à l'article 17 du Règlement général sur la protection des données.

J'avais été en contact avec vous en 2022 pour un devis de coaching, sans suite.

Je vous remercie de me confirmer l'effacement par retour de mail. Ci-joint une copie de ma pièce d'identité.

Jean-Marc Tessier""",
  att=[dict(name="piece_identite.pdf", kind="pdf", text="Carte nationale d'identite\nTESSIER Jean-Marc")]),

# NEAR-LINE: cancelling the workshop alone would be a negative; the explicit demand to
# erase all data makes it erasure.
R("fr-era-cancel-and-erase", ["erasure"], "fr",
  "Élodie Charpentier <elodie.charpentier@gmail.com>",
  "Atelier du 14 juin + mes données",
  "2025-06-02 07:31",
  """Bonjour,

Je ne viendrai pas à l'atelier du 14 juin, merci d'annuler mon inscription (j'ai bien compris que l'acompte n'était pas remboursable, pas de souci).

Et au passage, effacez toutes mes données de vos fichiers s'il vous plaît : je ne souhaite plus avoir de lien avec Floraison de Soi.

Élodie""",
  html="alt"),

R("fr-era-polite-question", ["erasure"], "fr",
  "Sylvie Guérin <sylvie.guerin@yahoo.fr>",
  "Devis coaching",
  "2025-04-17 15:50",
  """Bonjour Sandra,

Merci encore pour le temps passé au téléphone le mois dernier. Finalement je ne vais pas donner suite au devis, pour des raisons financières.

Pourriez-vous supprimer mes données (coordonnées, questionnaire de pré-entretien) ? Je préfère ne pas laisser traîner ces informations.

Bonne continuation,
Sylvie Guérin""",
  quote=dict(frm=SANDRA, date="2025-03-20 11:02", subj="Devis coaching",
             text="""Bonjour Sylvie,

Suite à notre échange, voici le devis pour un accompagnement de 6 séances. Il est valable 21 jours.

Belle journée,
Sandra"""), client="yahoo"),

R("fr-era-informal", ["erasure"], "fr-informal",
  "Dylan R <dylan.r.36@gmail.com>",
  "suppression",
  "2025-07-19 01:12",
  """bjr
jveux plus rien avoir avec vos trucs de dev perso, effacez mes donnees svp et mon num aussi, jai plus besoin de rien
merci"""),

R("fr-era-account-and-data", ["erasure"], "fr",
  "Florence Dumas <florence.dumas@icloud.com>",
  "Suppression compte + données",
  "2025-09-09 20:18",
  """Bonjour,

Merci de supprimer mon compte sur votre plateforme de formation ainsi que toutes les données qui vont avec (progression, exercices, coordonnées, historique d'achat sauf ce que vous êtes obligée de garder pour la compta).

Cordialement,
Florence Dumas

Envoyé de mon iPhone""",
  cte="b64"),

# NEAR-LINE: a parent writing for a minor child is a request (erasure).
R("fr-era-parent-minor", ["erasure"], "fr",
  "Stéphane Moreau <stephane.moreau@outlook.fr>",
  "Données de mon fils Hugo Moreau (15 ans)",
  "2025-11-04 22:06",
  """Madame,

Mon fils Hugo, 15 ans, a participé à deux ateliers "Confiance en soi ados" en 2024. Sa mère et moi ne souhaitons pas que des informations le concernant restent dans vos fichiers.

En tant que père et représentant légal, je vous demande que toutes les données concernant Hugo soient effacées, notamment ses questionnaires et vos notes.

Bien cordialement,
Stéphane Moreau
06 74 18 22 09""",
  html="alt"),

# NEAR-LINE: deletion of health data is phrased as deletion, not as withdrawal of consent
# -> erasure.
R("fr-era-health-data", ["erasure"], "fr",
  "Anne-Sophie Lebrun <as.lebrun@gmail.com>",
  "Mes infos médicales",
  "2025-05-27 09:03",
  """Bonjour Sandra,

Lors de notre premier rendez-vous, je vous avais parlé de mon traitement et de mon arrêt pour burn-out, et vous l'aviez noté dans ma fiche.

Maintenant que l'accompagnement est terminé, je souhaite que ces données de santé soient supprimées de mon dossier. Le reste peut rester, ça ne me dérange pas.

Merci beaucoup pour tout,
Anne-Sophie"""),

R("fr-era-belgian", ["erasure"], "fr-BE",
  "Dominique Claes <dominique.claes@skynet.be>",
  "Effacement de mes données",
  "2025-08-12 10:27",
  """Madame,

Je vous saurais gré de bien vouloir effacer l'ensemble de mes données à caractère personnel de vos fichiers (adresse, numéro de GSM, adresse courriel, historique de mes inscriptions), y compris chez vos sous-traitants.

Je vous remercie de me confirmer la bonne exécution de cette demande.

Bien à vous,
Dominique Claes
Rue de l'Abbaye 27
5000 Namur""",
  client="thunderbird",
  att=[dict(name="eID_Claes_recto.jpg", kind="jpg"), dict(name="eID_Claes_verso.jpg", kind="jpg")]),

R("fr-era-swiss", ["erasure"], "fr-CH",
  "Nicole Favre <nicole.favre@bluewin.ch>",
  "Suppression des données",
  "2026-02-16 08:10",
  """Madame,

Suite à ma participation à votre webinaire de décembre, je vous prie de procéder à la suppression de mes données personnelles (nom, adresse e-mail, numéro de natel). Je n'ai pas l'intention de participer à d'autres événements.

Je vous remercie d'avance et vous adresse mes meilleures salutations.

Nicole Favre"""),

# NEAR-LINE: written above her own payment reminder; the new text asks for erasure.
R("fr-era-above-invoice-reminder", ["erasure"], "fr",
  "Patrick Lemaire <patrick.lemaire@sfr.fr>",
  "Re: Relance facture F2025-041",
  "2025-06-18 17:48",
  """Bonjour Madame,

La facture est réglée depuis hier par virement, vous devriez le voir apparaître.

Par ailleurs, maintenant que tout est soldé, je vous demande d'effacer mes données personnelles de vos outils (Systeme.io, votre drive, etc.). Vous garderez bien sûr ce que la loi vous oblige à garder pour la comptabilité.

Cordialement,
P. Lemaire""",
  quote=dict(frm=SANDRA, date="2025-06-16 09:30", subj="Relance facture F2025-041",
             text="""Bonjour Monsieur Lemaire,

Sauf erreur de ma part, la facture F2025-041 du 15 mai (séances de coaching, 240 €) reste à régler. Pourriez-vous faire le nécessaire ?

Bien à vous,
Sandra Dumot-Deloménie"""), client="thunderbird"),

R("fr-era-droit-oubli-iphone", ["erasure"], "fr",
  "Manon Petit <manon.petit@icloud.com>",
  "Droit à l'oubli",
  "2025-10-26 22:55",
  """Bonsoir,

J'exerce mon droit à l'oubli. Retirez mon nom, mes mails, mes réponses aux questionnaires, tout. Je ne veux plus apparaître nulle part chez vous.

Merci de me confirmer quand c'est fait.

Manon

Envoyé de mon iPhone""",
  cte="b64",
  quote=dict(frm=CONTACT, date="2025-10-26 07:00", subj="🍂 Stage d'automne : il reste 3 places",
             text="""Bonjour Manon,

Le stage d'automne "Ralentir" aura lieu du 7 au 9 novembre en forêt de Tronçais. Il reste 3 places.

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe/m4n0"""), no_irt=True),

R("fr-era-whatsapp-files", ["erasure"], "fr",
  "Chantal Barbier <chantal.barbier@laposte.net>",
  "Suppression de mes coordonnées",
  "2025-12-09 11:19",
  """Bonjour Sandra,

Le stage est terminé depuis cet été. Merci de me retirer du groupe WhatsApp des stagiaires et d'effacer mes coordonnées de tous vos fichiers, j'ai tourné la page.

Chantal""",
  html="only"),

# ------------------------------------------------------------------ rectification
# NEAR-LINE: removing the old number while giving the new one is rectification only.
R("fr-rec-old-phone", ["rectification"], "fr",
  "Josiane Roux <josiane.roux@orange.fr>",
  "Changement de numéro",
  "2025-02-25 10:05",
  """Bonjour Sandra,

Mon ancien numéro (06 12 47 88 30) n'est plus attribué depuis que j'ai changé d'opérateur. Merci de le remplacer par le 07 68 21 44 19 dans vos fichiers, et de supprimer l'ancien pour que les rappels de rendez-vous ne partent pas chez quelqu'un d'autre.

Bonne journée,
Josiane Roux"""),

# NEAR-LINE: "supprimer mon ancienne adresse" with the new address given -> rectification only.
R("fr-rec-new-email", ["rectification"], "fr",
  "Marie Lemoine <marie.lemoine36@gmail.com>",
  "Nouvelle adresse mail",
  "2025-04-08 08:20",
  """Bonjour,

Je n'utilise plus mon adresse marie.l@wanadoo.fr, qui va bientôt être fermée. Merci de la supprimer de vos fichiers et d'utiliser désormais celle-ci : marie.lemoine36@gmail.com (pour la newsletter comme pour l'espace formation).

Merci !
Marie Lemoine""",
  html="alt"),

R("fr-rec-name-spelling", ["rectification"], "fr",
  "Mathieu Lefèvre <mathieu.lefevre@gmail.com>",
  "Orthographe de mon nom",
  "2025-07-07 14:40",
  """Bonjour Madame Delomenie,

Petite correction : mon nom s'écrit Lefèvre (avec un accent, sans b) et non Lefebvre. L'erreur figure sur mon attestation de participation et visiblement aussi dans vos fichiers puisque vos mails me sont adressés sous ce nom.

Pourriez-vous rectifier mon nom dans votre base et me renvoyer l'attestation corrigée ?

Merci,
Mathieu Lefèvre"""),

R("fr-rec-married-name", ["rectification"], "fr",
  "Inès Carvalho-Benoît <ines.carvalho.benoit@gmail.com>",
  "Mise à jour de mon nom",
  "2025-09-30 19:12",
  """Bonjour Sandra,

Grande nouvelle de mon côté : je me suis mariée en septembre ! Mon nom est désormais Carvalho-Benoît (et non plus seulement Carvalho).

Peux-tu mettre à jour mon nom dans tes fichiers et sur mon compte de formation ? Mon adresse mail ne change pas.

Belle soirée,
Inès"""),

R("fr-rec-new-postal-address", ["rectification"], "fr",
  "Bruno Fabre <bruno.fabre@hotmail.fr>",
  "Déménagement - nouvelle adresse",
  "2025-11-12 09:33",
  """Bonjour,

Je vous informe de mon changement d'adresse postale. Merci de remplacer l'ancienne (8 rue des Minimes, 36100 Issoudun) par :

Bruno Fabre
23 avenue de la Gare
18100 Vierzon

Les prochaines factures et courriers doivent partir à cette adresse.

Cordialement,
Bruno Fabre""",
  cte="qp"),

R("fr-rec-wrong-profession", ["rectification"], "fr",
  "Laetitia Morin <laetitia.morin@gmail.com>",
  "Erreur dans le compte-rendu",
  "2025-05-15 21:47",
  """Bonsoir Sandra,

En relisant le compte-rendu de bilan que vous m'avez envoyé, je vois qu'il est écrit que je suis infirmière. Je suis aide-soignante (en EHPAD, à Châteauroux). Ça a son importance pour la suite de mon projet de reconversion.

Merci de corriger l'information dans mon dossier.

Laetitia""",
  quote=dict(frm=SANDRA, date="2025-05-14 16:20", subj="Compte-rendu de bilan",
             text="""Bonjour Laetitia,

Comme convenu, vous trouverez en pièce jointe le compte-rendu de notre séance de bilan. N'hésitez pas à me faire vos retours.

Sandra""")),

R("fr-rec-informal-number", ["rectification"], "fr-informal",
  "Cindy <cindy.lopes.36@gmail.com>",
  "nouveau num",
  "2025-08-03 13:02",
  """coucou sandra
g changé de num c le 06 51 73 09 28 maintenant, l'ancien (le 06 32...) tu peux l'effacer il marche plus
bisous et a jeudi
cindy"""),

R("fr-rec-quebec-address", ["rectification"], "fr-CA",
  "Jean-François Tremblay <jf.tremblay@live.ca>",
  "Changement d'adresse",
  "2026-03-09 15:26",
  """Allô Sandra,

On a déménagé à Lévis le mois passé. Pourrais-tu mettre mon dossier à jour avec ma nouvelle adresse?

1280, rue Saint-Omer, app. 3
Lévis (Québec) G6V 4K2

Mon cellulaire et mon courriel restent les mêmes.

Merci beaucoup!
J-F"""),

# NEAR-LINE: mentions "mon espace" but asks her to correct wrong data -> rectification,
# not a login problem.
R("fr-rec-birthdate", ["rectification"], "fr",
  "Valérie Marchand <valerie.marchand@orange.fr>",
  "Date de naissance erronée",
  "2025-12-15 10:51",
  """Bonjour,

Dans mon espace sur la plateforme de formation, ma date de naissance est erronée : il est indiqué 1987 alors que je suis née en 1978 (le 14 février). Je n'arrive pas à la modifier moi-même, le champ est grisé.

Pourriez-vous la rectifier de votre côté ?

Merci,
Valérie Marchand""",
  client="orange"),
]
