# -*- coding: utf-8 -*-
"""French requests (messages that exercise at least one right addressed to Sandra)."""

LANG = "fr"
RECORDS = []


def R(key, rights, frm, subj, body, **kw):
    d = dict(key=key, rights=rights, lang=LANG, frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)


PDF = "application/pdf"
JPG = "image/jpeg"
NEWSLETTER = """Bonjour à toutes et à tous,

Le printemps arrive et avec lui notre nouveau cycle « Oser s'affirmer » : 4 ateliers
en présentiel à Issoudun, les jeudis soir. Places limitées à 8 personnes.

Je vous offre aussi le replay du webinaire « Sortir du mode survie ».

Belle semaine fleurie,
Sandra
Floraison de Soi - Coaching & formation
Pour ne plus recevoir nos emails, cliquez ici"""

# ---------------------------------------------------------------- access (single)
R("a_fr_simple", ["access"], "Claire Bessonneau <claire.bessonneau@gmail.com>",
  "Demande de copie de mes données",
  """Bonjour Sandra,

J'ai suivi l'accompagnement individuel avec vous l'an dernier (6 séances, de mars à juin).
Pourriez-vous m'envoyer une copie de l'ensemble des données personnelles que vous conservez
à mon sujet ? Fiches de suivi, questionnaires, échanges, factures, tout ce que vous avez.

Merci d'avance et belle journée,
Claire Bessonneau
06 72 18 44 09""")

R("a_fr_art15_formal", ["access"], "Jean-Marc Tessier <jm.tessier@orange.fr>",
  "Exercice du droit d'accès - article 15 du RGPD",
  """Madame,

En application de l'article 15 du Règlement (UE) 2016/679 (RGPD), je vous prie de bien vouloir
me communiquer :
- la confirmation que des données me concernant sont ou ne sont pas traitées ;
- une copie de ces données ;
- les finalités du traitement, les destinataires et la durée de conservation prévue.

Vous trouverez ci-joint la copie de ma carte d'identité ainsi que la présente demande signée.
Je vous rappelle que vous disposez d'un délai d'un mois pour y répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Jean-Marc Tessier
12 allée des Tilleuls
18100 Vierzon""",
  att=[("Demande_acces_RGPD_Tessier.pdf", PDF), ("CNI_Tessier.jpg", JPG)])

# NEAR-LINE: asks where her address came from and explicitly does not unsubscribe -> access only.
R("a_fr_source", ["access"], "Nathalie Guérin <nath.guerin36@laposte.net>",
  "D'où vient mon adresse ?",
  """Bonjour,

Je reçois votre lettre d'information depuis quelques semaines et je ne me souviens pas de m'y
être inscrite. Pouvez-vous me dire comment vous avez obtenu mon adresse mail et quelles autres
informations vous avez sur moi ?

Je ne vous demande pas de me désinscrire pour l'instant, le contenu est plutôt intéressant,
je veux juste comprendre d'où ça vient.

Cordialement,
Nathalie Guérin""")

R("a_fr_shared", ["access"], "Olivier Ramaugé <olivier.ramauge@free.fr>",
  "Question sur la transmission de mes informations",
  """Bonjour Madame Delomenie,

Mon bilan de compétences avait été financé par mon employeur. J'aimerais savoir précisément
à qui vous avez transmis des informations me concernant (mon employeur ? l'OPCO ? votre
comptable ?) et lesquelles. Merci de me l'indiquer par écrit.

Bien à vous,
Olivier Ramaugé""", shape="qp")

R("a_fr_notes", ["access"], "Mélanie <melanie.pouzet@hotmail.fr>",
  "mes notes de séances",
  """Coucou Sandra,

j'espère que tu vas bien ! Je suis en train de faire un point sur mon année et j'aurais aimé
relire ce que tu avais noté pendant nos séances, surtout celles de septembre/octobre. Est-ce que
tu pourrais m'envoyer une copie de tes notes et des fiches de suivi me concernant ?

Merci beaucoup, bises
Mélanie

Envoyé de mon iPhone""")

R("a_fr_lawyer", ["access"], "Maître Hélène Carpentier <h.carpentier@carpentier-avocats.fr>",
  "V/Réf. : Mme Sabrina Lelong - Demande de communication de données personnelles",
  """Madame,

J'interviens en qualité de conseil de Madame Sabrina Lelong, qui m'a donné mandat exprès à
cette fin (pouvoir joint).

Au visa de l'article 15 du RGPD, ma cliente sollicite la communication de l'intégralité des
données à caractère personnel la concernant que vous détenez, en ce compris les notes prises
lors des séances de coaching, les questionnaires renseignés et la correspondance échangée.

Je vous remercie de bien vouloir me faire parvenir ces éléments dans le délai légal d'un mois.

Je vous prie de croire, Madame, en l'assurance de mes salutations distinguées.

Hélène Carpentier
Avocat au Barreau de Châteauroux
8 place Gambetta - 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  att=[("Pouvoir_Lelong_signe.pdf", PDF)])

R("a_fr_parent_minor", ["access"], "Frédéric Aubertin <fred.aubertin@sfr.fr>",
  "Données de ma fille Léa (stage ados)",
  """Bonjour,

Ma fille Léa Aubertin, 15 ans, a participé à votre stage « Confiance en soi pour ados » pendant
les vacances de Toussaint. En tant que père et représentant légal, je souhaiterais savoir quelles
informations vous avez conservées sur elle (fiche d'inscription, questionnaire, photos ?) et en
recevoir une copie.

Cordialement,
Frédéric Aubertin""")

# NEAR-LINE: explicitly says "je ne veux pas que vous supprimiez" -> access only, no erasure.
R("a_fr_not_delete", ["access"], "Sylvie Marchand <sylvie.marchand@wanadoo.fr>",
  "Ce que vous avez sur moi",
  """Bonjour Sandra,

Attention, je ne veux pas que vous supprimiez quoi que ce soit, je compte reprendre des
séances avec vous à la rentrée ! Mais j'aimerais savoir ce que vous conservez exactement dans
mon dossier et en avoir une copie, pour ma propre organisation.

Merci,
Sylvie""")

R("a_fr_reply_newsletter", ["access"], "Bernard Lhomme <b.lhomme@orange.fr>",
  "Les ateliers du printemps",
  """Bonjour,

Avant de m'inscrire à quoi que ce soit, j'aimerais savoir quelles données vous détenez sur moi
et à quelle occasion vous les avez collectées. Merci de me les communiquer.

B. Lhomme""",
  reply=True, quote=dict(style="outlook", who="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
                         to="b.lhomme@orange.fr", text=NEWSLETTER))

R("a_fr_health", ["access"], "Agnès Perrot <agnes.perrot@gmail.com>",
  "Questionnaire de santé",
  """Bonjour,

Lors de l'inscription à la formation « Gestion du stress », j'ai rempli un questionnaire avec
des informations sur mes traitements et mon suivi psychologique. Pouvez-vous me dire ce que vous
avez conservé de ce questionnaire et m'en transmettre une copie ?

Agnès Perrot""", shape="alt")

# ---------------------------------------------------------------- rectification (single)
R("r_fr_spelling", ["rectification"], "Isabelle Lefèbvre <isabelle.lefebvre.pro@gmail.com>",
  "Erreur sur mon nom",
  """Bonjour,

Mon nom est mal orthographié dans vos fichiers : je reçois vos mails adressés à « Isabelle
Lefebre ». C'est Lefèbvre, avec un accent et un v. Pourriez-vous corriger, y compris sur mon
compte de formation ?

Merci,
Isabelle Lefèbvre""")

R("r_fr_new_email", ["rectification"], "Thomas Gaillard <thomas.gaillard@proton.me>",
  "Changement d'adresse mail",
  """Bonjour Sandra,

Je quitte Orange : merci de remplacer mon ancienne adresse thomas.gaillard36@orange.fr par
celle-ci, thomas.gaillard@proton.me, dans vos fichiers et pour l'accès à la plateforme.

Bonne journée
Thomas""")

# NEAR-LINE: "supprimez mon ancien numéro" with the new one given -> rectification only.
R("r_fr_new_phone", ["rectification"], "Corinne Vasseur <corinne.vasseur@gmail.com>",
  "nouveau numéro",
  """Bonjour,
Pouvez-vous supprimer mon ancien numéro 06 12 45 78 90 de vos contacts ? Le nouveau c'est le
07 81 22 03 64. C'est celui-là qu'il faut utiliser pour les rappels de rendez-vous.
Merci !
Corinne""")

R("r_fr_address", ["rectification"], "Pascal Roux <pascal.roux@laposte.net>",
  "Nouvelle adresse postale",
  """Bonjour,

Suite à mon déménagement, merci de mettre à jour mon adresse dans votre fichier client :
ancienne : 14 rue de la République, 36100 Issoudun
nouvelle : 3 impasse des Vignes, 36260 Reuilly

Les prochaines factures doivent être établies à cette adresse.

Cordialement,
Pascal Roux""")

R("r_fr_birthdate", ["rectification"], "Amandine Chevallier <amandine.chevallier@yahoo.fr>",
  "Erreur date de naissance dossier formation",
  """Bonjour Madame,

En relisant l'attestation d'entrée en formation, je vois que ma date de naissance est erronée :
vous avez indiqué le 12/07/1989 alors que je suis née le 21/07/1989. Pouvez-vous rectifier
dans mon dossier ? C'est important pour le dossier CPF.

Je vous remercie,
Amandine Chevallier""", att=[("attestation_entree_formation.pdf", PDF)])

# NEAR-LINE: wrong fact in a session note, asks correction (not freezing) -> rectification.
R("r_fr_wrong_note", ["rectification"], "Karine Mallet <karine.mallet@free.fr>",
  "Compte-rendu de séance - une erreur",
  """Bonjour Sandra,

Dans le compte-rendu de notre séance du 4 que vous m'avez envoyé, il est écrit que j'étais en
arrêt maladie au moment de ma reconversion. Ce n'est pas exact : j'étais en congé parental.
Je préférerais que ce soit corrigé dans votre fiche de suivi, je ne veux pas que cette
information fausse reste dans mon dossier.

Merci beaucoup,
Karine""", shape="qp")

R("r_fr_married_name", ["rectification"], "Laura Benhamou <laura.benhamou@outlook.fr>",
  "Changement de nom",
  """Bonjour,

Je me suis mariée cet été (!) et j'utilise désormais mon nom d'épouse : Laura Benhamou (et non
plus Laura Picard). Pourriez-vous modifier mon nom sur mon compte Systeme.io et sur vos
factures à venir ?

Merci et à bientôt,
Laura""", shape="html")

R("r_fr_complete", ["rectification"], "Didier Fontaine <d.fontaine@fontaine-menuiserie.fr>",
  "Compléter mes coordonnées",
  """Bonjour Madame,

Il manque dans ma fiche client le nom de ma société et mon numéro SIRET, ce qui pose problème
pour la prise en charge. Merci de compléter :
Fontaine Menuiserie SARL - SIRET 812 345 678 00019
Adresse de facturation : ZA des Ajoncs, 36100 Issoudun

Cordialement,
Didier Fontaine
Gérant""")

# ---------------------------------------------------------------- erasure (single)
R("e_fr_all", ["erasure"], "Emilie Caron <emilie.caron@gmail.com>",
  "Suppression de mon compte",
  """Bonjour,

Je souhaite que vous supprimiez mon compte sur votre plateforme de formation ainsi que toutes
mes données personnelles. Je n'utilise plus vos services.

Merci de me confirmer la suppression.
Emilie Caron""")

R("e_fr_polite_q", ["erasure"], "Monique Deschamps <monique.deschamps@orange.fr>",
  "petite demande",
  """Bonjour Sandra,

J'ai beaucoup apprécié nos échanges mais j'ai décidé de tourner la page. Pourriez-vous
supprimer mes données de vos fichiers, s'il vous plaît ?

Avec toute ma gratitude,
Monique""")

R("e_fr_art17_formal", ["erasure"], "Renaud Mercier <renaud.mercier@gmail.com>",
  "Demande d'effacement - article 17 RGPD",
  """Madame,

Conformément à l'article 17 du Règlement général sur la protection des données, je vous
demande d'effacer l'ensemble des données à caractère personnel me concernant, dans vos fichiers
comme chez vos sous-traitants (Systeme.io, Google Drive, outil d'emailing).

Je vous remercie de me confirmer l'effacement par écrit dans un délai d'un mois.

Renaud Mercier
Pièce jointe : copie de ma pièce d'identité""",
  att=[("piece_identite_RMercier.pdf", PDF)])

R("e_fr_notes_end", ["erasure"], "Hélène Boutin <helene.boutin@gmail.com>",
  "Fin de l'accompagnement",
  """Bonjour Sandra,

Merci encore pour ces mois d'accompagnement, ça m'a beaucoup aidée.
Maintenant que c'est terminé, je souhaiterais que mes notes de séance, mes questionnaires et
mes fiches de suivi soient détruits. Je ne me sens pas à l'aise à l'idée que ces choses très
personnelles restent quelque part.

Belle continuation,
Hélène""")

R("e_fr_health", ["erasure"], "Gaëlle Texier <gaelle.texier@laposte.net>",
  "Données de santé",
  """Bonjour,

Je vous avais communiqué des informations médicales (ma fibromyalgie, mes traitements) au début
de l'accompagnement. Je vous demande d'effacer ces données de santé de mon dossier.

Cordialement,
G. Texier""")

R("e_fr_drive", ["erasure"], "Yannick Le Goff <yannick.legoff@gmail.com>",
  "Documents partagés sur le Drive",
  """Bonjour Sandra,

Pendant le bilan je t'avais déposé sur le Google Drive mon CV, mes anciens entretiens annuels
et le test de personnalité. Peux-tu supprimer tous ces documents, ainsi que les copies que tu
aurais pu garder ailleurs ? Merci.

Yannick""")

R("e_fr_lawyer", ["erasure"], "Cabinet Fabre & Associés <contact@fabre-avocats.fr>",
  "Mme Patricia Noël - demande d'effacement",
  """Madame,

Agissant pour le compte de Madame Patricia Noël, en vertu du mandat ci-joint, je vous demande,
sur le fondement de l'article 17 du RGPD, de procéder à l'effacement de toutes les données
personnelles de ma cliente détenues par votre entreprise Floraison de Soi.

Je vous saurais gré de m'adresser confirmation de cet effacement.

Maître Antoine Fabre
Cabinet Fabre & Associés - 21 boulevard Heurteloup - 37000 Tours""",
  att=[("mandat_Noel.pdf", PDF)], hdr={"Reply-To": "a.fabre@fabre-avocats.fr"})

# NEAR-LINE: parent of a MINOR (14) -> a request (erasure), unlike the adult-son negative.
R("e_fr_parent", ["erasure"], "Sandrine Morel <sandrine.morel@gmail.com>",
  "Données de mon fils Hugo",
  """Bonjour,

Mon fils Hugo Morel (14 ans) a participé à l'atelier « Gérer ses émotions » en juillet. Je
souhaite que toutes les données le concernant soient supprimées : fiche d'inscription,
questionnaire, photos éventuelles.

Merci de me confirmer.
Sandrine Morel, sa mère""")

R("e_fr_html", ["erasure"], "Brigitte Fouquet <brigitte.fouquet@aol.fr>",
  "droit à l'oubli",
  """Bonjour,

Je fais valoir mon droit à l'oubli. Merci d'effacer toutes les informations que vous avez sur
moi, je ne souhaite plus figurer dans aucun de vos fichiers.

Brigitte Fouquet""", shape="html")

R("e_fr_whatsapp", ["erasure"], "Julie Brun <julie.brun.36@gmail.com>",
  "Mon numéro et le groupe",
  """Bonjour Sandra,

La formation est finie depuis un moment. Je voudrais que mon numéro de téléphone et mes
coordonnées soient effacés de tous vos fichiers, et que les messages que j'ai postés dans le
groupe WhatsApp des participantes soient supprimés.

Merci
Julie""")

R("e_fr_systeme", ["erasure"], "Arnaud Petitjean <arnaud.petitjean@icloud.com>",
  "Suppression compte Systeme.io + données",
  """Bonjour,

Je vous demande la suppression de mon compte sur votre espace de formation Systeme.io et de
toutes les données qui y sont associées (progression, exercices déposés, historique de
paiement hors obligations comptables).

Arnaud Petitjean

Envoyé depuis mon iPad""")

# ---------------------------------------------------------------- restriction (single)
# NEAR-LINE: "don't delete, but don't use" -> restriction only (not erasure, not objection).
R("x_fr_dont_delete", ["restriction"], "Céline Maréchal <celine.marechal@gmail.com>",
  "Mon dossier - ne rien supprimer",
  """Bonjour Sandra,

J'ai un litige avec mon ancien employeur et mon avocate pense que le dossier de mon
accompagnement pourrait servir. Surtout, je ne veux pas que vous le supprimiez. Mais en
attendant, je vous demande de ne plus l'utiliser ni le modifier, pour quoi que ce soit.

Merci de votre compréhension,
Céline Maréchal""")

R("x_fr_contest", ["restriction"], "Vincent Duval <vincent.duval@orange.fr>",
  "Contestation du bilan",
  """Madame,

Je conteste l'exactitude de plusieurs éléments de la synthèse de bilan que vous avez rédigée
(notamment sur ma « difficulté à travailler en équipe »). Le temps que nous en discutions, je
vous demande de suspendre toute utilisation de ce document et de ne pas le transmettre à qui
que ce soit.

Vincent Duval""")

R("x_fr_litige", ["restriction"], "Sophie Lacroix <sophie.lacroix@gmail.com>",
  "Facture contestée - mes données",
  """Bonjour,

Comme vous le savez nous sommes en désaccord sur la facture du stage de juin. Je vous demande
de conserver mes données en l'état, sans les effacer, mais de ne plus les traiter (pas de
relance automatique, pas de transmission au recouvrement) tant que ce litige n'est pas réglé.

Sophie Lacroix""")

R("x_fr_art18_formal", ["restriction"], "Gérard Blanchet <gerard.blanchet@sfr.fr>",
  "Demande de limitation du traitement (art. 18 RGPD)",
  """Madame,

Par la présente, j'exerce mon droit à la limitation du traitement prévu à l'article 18 du RGPD,
l'exactitude de certaines données me concernant étant contestée (cf. mon courrier du 3 courant).
Pendant la durée de la vérification, mes données ne devront faire l'objet d'aucun traitement
autre que leur conservation.

Veuillez agréer, Madame, mes salutations distinguées.

Gérard Blanchet""", att=[("limitation_traitement_Blanchet.pdf", PDF)])

R("x_fr_pause_verif", ["restriction"], "Aurélie Simon <aurelie.simon@hotmail.com>",
  "infos erronées sur moi",
  """Bonjour,

Une participante m'a dit que dans la liste que vous utilisez pour les groupes, je suis notée
comme « en reconversion - chômage ». Je ne sais pas d'où ça vient et je ne suis pas sûre que ce
soit ce que je vous avais dit. Pouvez-vous mettre cette information de côté et ne plus vous en
servir tant qu'on n'a pas vérifié ensemble ?

Aurélie""")

# NEAR-LINE: asks her to keep data beyond retention for a legal claim (Art. 18(1)(c)) -> restriction.
R("x_fr_keep_legal", ["restriction"], "Marc Delorme <marc.delorme@gmail.com>",
  "Conservation de mon dossier",
  """Bonjour Madame Delomenie,

J'ai lu dans votre politique que certaines données sont supprimées au bout d'un an. Je vous
demande de NE PAS supprimer mes échanges et mes questionnaires : j'en ai besoin pour une
procédure aux prud'hommes. Conservez-les, mais sans vous en servir pour autre chose.

Marc Delorme""")

R("x_fr_lawyer", ["restriction"], "Maître Paul Giraud <paul.giraud@avocat-conseil.fr>",
  "M. Kevin Royer - limitation du traitement",
  """Madame,

Je représente Monsieur Kevin Royer (mandat joint). Une procédure étant en cours, mon client
vous demande de limiter le traitement des données le concernant à leur seule conservation,
conformément à l'article 18 du RGPD, jusqu'à l'issue du litige. Aucune suppression ne doit
intervenir.

Paul Giraud, avocat""", att=[("mandat_Royer.pdf", PDF)])

# NEAR-LINE: "gelez mes réponses, ne les utilisez pas mais ne les effacez pas" -> restriction (freeze), not objection to statistics.
R("x_fr_freeze_answers", ["restriction"], "Estelle Moreau <estelle.moreau@yahoo.fr>",
  "Mes réponses au questionnaire",
  """Bonjour Sandra,

J'ai un doute sur certaines réponses que j'ai données dans le questionnaire d'évaluation (je
crois que j'ai mélangé deux échelles). Pourriez-vous geler mes réponses : ne pas les utiliser
pour l'instant, mais ne pas les effacer non plus, je les reverrai avec toi à la prochaine
séance ?

Estelle""")

# ---------------------------------------------------------------- portability (single)
R("p_fr_csv", ["portability"], "François Lemaire <francois.lemaire@gmail.com>",
  "Récupération de mes données",
  """Bonjour,

Pourriez-vous m'envoyer les données que je vous ai fournies (profil, réponses aux
questionnaires, objectifs saisis sur la plateforme) dans un format réutilisable, type CSV ou
Excel ? Je souhaite les conserver dans mon propre outil de suivi.

Merci,
François Lemaire""")

# NEAR-LINE: transfer directly to another coach -> portability only (no request to see the data).
R("p_fr_transfer", ["portability"], "Annie Rolland <annie.rolland@orange.fr>",
  "Transfert de mon dossier",
  """Bonjour Sandra,

Je déménage à Bordeaux et je vais poursuivre mon accompagnement avec une coach là-bas, Valérie
Dumas (valerie.dumas.coaching@gmail.com). Pourrais-tu lui transmettre directement les
éléments de mon dossier que je t'ai fournis (questionnaires, tests, objectifs) dans un format
qu'elle puisse réutiliser ?

Merci pour tout,
Annie""")

R("p_fr_art20", ["portability"], "Stéphane Brunet <stephane.brunet@free.fr>",
  "Droit à la portabilité - art. 20 RGPD",
  """Madame,

Sur le fondement de l'article 20 du RGPD, je vous demande de me transmettre les données
personnelles que je vous ai fournies, dans un format structuré, couramment utilisé et lisible
par machine.

Stéphane Brunet
7 rue Pierre Brossolette, 36000 Châteauroux""", att=[("CNI_Brunet_recto.jpg", JPG)])

R("p_fr_systeme_export", ["portability"], "Marina Costa <marina.costa@gmail.com>",
  "Export de mes travaux de formation",
  """Bonjour,

Mon accès à la formation « Leadership au féminin » se termine le mois prochain. Serait-il
possible d'obtenir un export de mes exercices, journaux de bord et de ma progression, dans un
format que je puisse importer dans Notion ou un autre outil ?

Merci beaucoup,
Marina""")

R("p_fr_json", ["portability"], "Julien Perrin <julien@perrin.dev>",
  "Portabilité",
  """Bonjour,

Je souhaite exercer mon droit à la portabilité pour les données de mon compte élève : un
fichier JSON ou CSV fera très bien l'affaire. Pas besoin de PDF mis en page.

Merci !
Julien Perrin""")

# ---------------------------------------------------------------- objection (single)
R("o_fr_unsub", ["objection"], "Danielle Hubert <danielle.hubert@orange.fr>",
  "désinscription",
  """Bonjour,
Merci de me désinscrire de votre newsletter, je n'arrive pas à trouver le lien.
Cordialement
D. Hubert""")

R("o_fr_sms", ["objection"], "Jérôme Rey <jerome.rey@sfr.fr>",
  "SMS",
  """Bonjour,

Je reçois régulièrement des SMS pour vos ateliers et promotions. Merci de ne plus m'en envoyer.

Jérôme Rey""")

# NEAR-LINE: stops promotional contact but explicitly keeps the course -> objection, not a cancellation.
R("o_fr_keep_course", ["objection"], "Valérie Martineau <valerie.martineau@gmail.com>",
  "Plus de mails promotionnels svp",
  """Bonjour Sandra,

Je suis toujours inscrite à la formation en ligne et je compte bien la terminer, donc surtout
ne me désinscrivez pas de la formation ! Par contre, je ne souhaite plus recevoir vos offres
commerciales ni vos invitations aux webinaires. Trop de mails pour moi en ce moment.

Merci,
Valérie""")

R("o_fr_stats", ["objection"], "Christophe Barbier <christophe.barbier@laposte.net>",
  "Utilisation de mes réponses",
  """Bonjour,

J'ai appris que les réponses aux questionnaires de satisfaction étaient utilisées pour des
statistiques présentées dans vos conférences. Je m'oppose à ce que mes réponses soient
utilisées à cette fin.

Christophe Barbier""")

R("o_fr_art21_formal", ["objection"], "Josiane Leroy <josiane.leroy@wanadoo.fr>",
  "Opposition à la prospection commerciale",
  """Madame,

En application de l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de
prospection commerciale, quel que soit le canal (courriel, SMS, courrier, téléphone).

Je vous prie d'agréer, Madame, mes salutations.

Josiane Leroy""")

R("o_fr_facebook", ["objection"], "Noémie Carré <noemie.carre@gmail.com>",
  "Publicités Facebook",
  """Bonjour,

Je vois vos publicités sur Facebook depuis que j'ai téléchargé votre ebook, et je suppose que
mon adresse mail a été utilisée pour me cibler. Je ne veux pas que mon adresse serve à vos
campagnes publicitaires. Merci d'arrêter.

Noémie""")

R("o_fr_stop_reply", ["objection"], "Gilles Marty <gilles.marty@orange.fr>",
  "Les ateliers du printemps",
  """STOP. Je ne veux plus recevoir ces mails.""",
  reply=True, quote=dict(style="gmail", who="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
                         text=NEWSLETTER))

# NEAR-LINE: "ne supprimez pas mon compte" + stop promotions -> objection only.
R("o_fr_not_delete", ["objection"], "Patricia Lemoine <patricia.lemoine@free.fr>",
  "Promotions",
  """Bonjour,

Je ne veux pas que vous supprimiez mon compte : je tiens à garder l'accès aux replays que j'ai
achetés. Mais je ne veux plus recevoir les mails de promotion et les relances de panier.

Cordialement,
Patricia Lemoine""", shape="alt")

R("o_fr_profiling", ["objection"], "Damien Faure <damien.faure@gmail.com>",
  "Suivi de mes clics",
  """Bonjour,

Je m'aperçois que vos mails contiennent des liens traqués et que vous me relancez selon ce sur
quoi je clique. Je m'oppose à ce profilage et à ce suivi de mon comportement. Merci d'arrêter
de me classer dans des segments en fonction de mes clics.

Damien Faure""")

# NEAR-LINE: stop a specific processing (name in shared participant list) on grounds of her situation, stays enrolled -> objection.
R("o_fr_situation", ["objection"], "Anne-Laure Vidal <al.vidal@protonmail.com>",
  "Liste des participants - confidentiel",
  """Bonjour Sandra,

Pour des raisons personnelles graves (mon ex-conjoint me recherche), je m'oppose à ce que mon
nom et ma ville apparaissent dans la liste des participants que vous partagez avant les stages
et dans le groupe Facebook. Je reste inscrite au stage de mai.

Merci de ta compréhension,
Anne-Laure""")

R("o_fr_phone", ["objection"], "Michel Garnier <michel.garnier@orange.fr>",
  "Appels",
  """Madame,

J'ai été appelé deux fois cette semaine par votre assistante pour me proposer le programme
d'accompagnement. Je ne souhaite plus être démarché par téléphone.

M. Garnier""")

# ---------------------------------------------------------------- withdraw_consent (single)
R("w_fr_testimonial", ["withdraw_consent"], "Élodie Masson <elodie.masson@gmail.com>",
  "Mon témoignage sur le site",
  """Bonjour Sandra,

J'avais accepté que mon témoignage soit publié sur ton site il y a deux ans. Ma situation
professionnelle a changé et je préférerais qu'il soit retiré. Je retire mon accord.

Merci et belle journée,
Élodie""")

R("w_fr_photo", ["withdraw_consent"], "Rémi Collin <remi.collin@gmail.com>",
  "Photo sur Instagram",
  """Bonjour,

Je me suis reconnu sur la photo de groupe de l'atelier du 14 publiée sur votre compte Instagram.
J'avais signé l'autorisation de droit à l'image mais je la retire : merci d'enlever la photo
ou de me flouter.

Rémi Collin""")

R("w_fr_video", ["withdraw_consent"], "Françoise Dumont <francoise.dumont@orange.fr>",
  "Vidéo témoignage",
  """Bonjour Sandra,

La vidéo où je témoigne sur la page de vente de la formation... je ne suis plus à l'aise avec
ça. Je ne souhaite plus qu'elle soit diffusée, ni sur Systeme.io ni sur YouTube.

Bien amicalement,
Françoise""", shape="qp")

# NEAR-LINE: withdrawal of health-data consent, continues sessions, no deletion asked -> withdraw_consent only.
R("w_fr_health_consent", ["withdraw_consent"], "Nadia Benali <nadia.benali@gmail.com>",
  "Consentement données de santé",
  """Bonjour,

Dans le contrat j'avais coché la case autorisant la collecte de mes données de santé. Je retire
ce consentement à compter d'aujourd'hui. Je continuerai les séances sans aborder ces sujets.

Nadia Benali""")

R("w_fr_replay", ["withdraw_consent"], "Caroline Henry <caroline.henry@yahoo.fr>",
  "Enregistrement du webinaire",
  """Bonjour,

J'ai pris la parole avec ma caméra allumée pendant le webinaire de mardi et je viens de voir que
le replay est en ligne. Je retire mon accord pour l'enregistrement : je ne veux pas apparaître
dans le replay. Pouvez-vous couper ce passage ?

Merci,
Caroline Henry""")

R("w_fr_cookies", ["withdraw_consent"], "Luc Girard <luc.girard@free.fr>",
  "Cookies Google Analytics",
  """Bonjour,

Sur votre site j'ai accepté les cookies un peu vite et je ne trouve plus le bandeau pour revenir
en arrière. Je retire mon consentement aux traceurs de mesure d'audience (Google Analytics).

Luc Girard""")

R("w_fr_questionnaire_book", ["withdraw_consent"], "Marie-Claude Poirier <mc.poirier@orange.fr>",
  "Mes réponses dans votre livre",
  """Bonjour Sandra,

Tu m'avais demandé si tu pouvais utiliser, de façon anonyme, mes réponses au questionnaire
« Mes valeurs » pour ton futur livre, et j'avais dit oui. Après réflexion, je retire cette
autorisation. Ce n'est rien contre toi !

Marie-Claude""")

# NEAR-LINE: withdraws testimonial consent but explicitly keeps the client file -> withdraw_consent only.
R("w_fr_not_erase", ["withdraw_consent"], "Laetitia Roche <laetitia.roche@gmail.com>",
  "Témoignage",
  """Bonjour Sandra,

Je préfère que tu retires mon témoignage de ta page « Ils m'ont fait confiance ». Attention, je
ne te demande pas de supprimer mon dossier client : on continue le suivi comme prévu, je
veux juste ne plus apparaître publiquement.

À jeudi,
Laetitia""")

# ---------------------------------------------------------------- post_mortem (single)
R("pm_fr_daughter_access", ["post_mortem"], "Caroline Bertin <caroline.bertin@gmail.com>",
  "Ma mère, Jacqueline Bertin",
  """Bonjour Madame,

Ma mère, Jacqueline Bertin, qui a suivi vos ateliers pendant deux ans, est décédée le mois
dernier. Elle parlait souvent de vous. Je souhaiterais, si c'est possible, obtenir une copie
des écrits et des bilans qu'elle avait réalisés avec vous. Je joins l'acte de décès et le
livret de famille.

Avec mes remerciements,
Caroline Bertin""", att=[("acte_deces_J_Bertin.pdf", PDF), ("livret_famille.pdf", PDF)])

# NEAR-LINE: notary asks closure + deletion -> post_mortem only (whatever an heir asks).
R("pm_fr_notary", ["post_mortem"], "Office notarial Lambert <office.lambert@notaires.fr>",
  "Succession de M. Henri Dubreuil - Réf. 2025/1187",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Henri Dubreuil, décédé le
2 février dernier. À la demande des héritiers, nous vous prions de bien vouloir procéder à la
clôture du compte de l'intéressé et à la suppression des données le concernant, et de nous
indiquer les sommes éventuellement dues.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Lambert,
Sophie Tardieu, clerc de notaire
Office notarial Lambert - 2 rue de la Gare - 36100 Issoudun""")

# NEAR-LINE: widower asks to stop the newsletter -> post_mortem only, not objection.
R("pm_fr_widower_unsub", ["post_mortem"], "Alain Renard <alain.renard@orange.fr>",
  "Mails pour Martine Renard",
  """Bonjour,

Mon épouse Martine est décédée en novembre. Elle continue de recevoir vos lettres d'information
et c'est difficile pour moi de les voir arriver. Merci d'arrêter de lui écrire.

Alain Renard""")

# NEAR-LINE: own instructions for after death (destroy, no communication to family) -> post_mortem only.
R("pm_fr_directives", ["post_mortem"], "Pierre-Yves Mahé <py.mahe@gmail.com>",
  "Mes directives",
  """Bonjour Sandra,

Suite à notre conversation sur la fin de vie pendant la dernière séance, je souhaite te laisser
une consigne claire : si je venais à décéder, je veux que toutes mes notes de séance et mes
écrits soient détruits, et qu'aucun membre de ma famille ne puisse en obtenir communication.

Merci de garder ce message avec mon dossier.
Pierre-Yves Mahé""")

R("pm_fr_son_testimonial", ["post_mortem"], "Nicolas Besson <nicolas.besson@gmail.com>",
  "Photo de ma mère sur votre site",
  """Bonjour,

Ma mère, Odile Besson, est décédée il y a trois semaines. Sa photo et son témoignage sont
toujours sur votre page d'accueil. Avec mon frère, nous souhaiterions qu'ils soient retirés.

Cordialement,
Nicolas Besson""")

R("pm_fr_heir_art85", ["post_mortem"], "Laurence Prévost <laurence.prevost@laposte.net>",
  "Demande au titre de l'article 85 de la loi Informatique et Libertés",
  """Madame,

En ma qualité d'héritière de ma sœur, Mme Catherine Prévost, décédée le 18 août, et sur le
fondement de l'article 85 de la loi n° 78-17 du 6 janvier 1978, je vous demande de prendre en
considération son décès, de mettre à jour vos traitements en conséquence et de me communiquer
les informations utiles au règlement de la succession (contrats et factures en cours).

Pièces jointes : acte de décès, attestation de dévolution successorale.

Laurence Prévost""", att=[("acte_deces_C_Prevost.pdf", PDF), ("attestation_devolution.pdf", PDF)])

R("pm_fr_brother_stripe", ["post_mortem"], "Fabrice Guillot <fabrice.guillot@sfr.fr>",
  "Abonnement de mon frère",
  """Bonjour,

Mon frère Sébastien Guillot est décédé brutalement le 3 mars. Il avait un paiement mensuel en
cours pour votre programme. Pouvez-vous arrêter les prélèvements et supprimer son compte et
ses informations ?

Merci,
Fabrice Guillot""")

R("pm_fr_directives_access", ["post_mortem"], "Josette Aubry <josette.aubry@orange.fr>",
  "Pour après",
  """Chère Sandra,

J'ai 78 ans et je mets mes affaires en ordre. Je souhaite qu'après ma mort mon fils Bertrand
Aubry puisse récupérer les textes que j'ai écrits pendant l'atelier d'écriture
« Récit de vie ». Ils comptent beaucoup pour moi. Pour tout le reste, faites comme bon vous
semble.

Avec mon affection,
Josette""")

R("pm_fr_partner_update", ["post_mortem"], "Hervé Lucas <herve.lucas@gmail.com>",
  "Sophie Marin",
  """Bonjour,

Je suis le compagnon de Sophie Marin, qui était inscrite à votre formation. Sophie nous a
quittés le 12 janvier. Merci de mettre à jour votre fichier en conséquence, je ne sais pas
trop ce qu'il faut faire d'autre.

Hervé Lucas""")

R("pm_fr_widow_fwd", ["post_mortem"], "Danièle Fleury <daniele.fleury@wanadoo.fr>",
  "TR: Votre accès à la formation expire bientôt",
  """Bonjour,

Je vous transfère ce message reçu sur la boîte de mon mari, Jacques Fleury, décédé en
décembre. Merci de fermer son compte et de supprimer tout ce qui le concerne. Je joins le
certificat de décès.

Danièle Fleury""",
  quote=dict(style="fwd", who="Floraison de Soi <contact@floraisondesoi.fr>", to="jacques.fleury@wanadoo.fr",
             subj="Votre accès à la formation expire bientôt",
             text="""Bonjour Jacques,

Votre accès à la formation « Retrouver son élan » expire dans 15 jours.
Pensez à télécharger vos fiches !

L'équipe Floraison de Soi"""),
  att=[("certificat_deces.pdf", PDF)])

# ---------------------------------------------------------------- multi-right
R("ap_fr_copy_reuse", ["access", "portability"], "Agathe Leblanc <agathe.leblanc@gmail.com>",
  "Mes données",
  """Bonjour Sandra,

J'aimerais savoir quelles données tu as sur moi, et en recevoir une copie. Et pour tout ce que
j'ai saisi sur la plateforme (journal de bord, objectifs, exercices), est-ce que tu pourrais me
l'envoyer dans un format réutilisable (Excel ou CSV) ? Je voudrais pouvoir les importer dans
l'appli que j'utilise maintenant.

Merci !
Agathe""")

R("ap_fr_formal", ["access", "portability"], "Bruno Carlier <bruno.carlier@orange.fr>",
  "Articles 15 et 20 du RGPD",
  """Madame,

Je vous prie de me communiquer, conformément à l'article 15 du RGPD, l'ensemble des données me
concernant, ainsi que leurs destinataires, et, conformément à l'article 20, de me transmettre
les données que je vous ai fournies dans un format structuré et lisible par machine.

Bruno Carlier""", att=[("Demande_art15_art20.pdf", PDF)])

R("ap_fr_csv_see", ["access", "portability"], "Inès Haddad <ines.haddad@gmail.com>",
  "export + ce que vous avez",
  """Bonjour,

Deux choses :
1) Pouvez-vous me dire tout ce que vous avez comme infos sur moi (et depuis quand) ?
2) Je voudrais un export CSV de mes résultats aux quiz de la formation pour les transférer
vers la plateforme de mon nouvel organisme.

Merci d'avance
Inès""")

R("ew_fr_testimonial_all", ["erasure", "withdraw_consent"], "Coralie Jacob <coralie.jacob@gmail.com>",
  "Retrait témoignage et suppression",
  """Bonjour,

Je vous demande de retirer mon témoignage de votre site et de vos réseaux, et de supprimer
l'ensemble de mes données personnelles.

Coralie Jacob""")

R("ew_fr_photo_account", ["erasure", "withdraw_consent"], "Thierry Hamon <thierry.hamon@free.fr>",
  "photos + compte",
  """Bonjour Sandra,

Je retire mon autorisation pour les photos où j'apparais (atelier de Noël et stage d'été).
Et tant qu'à faire, supprimez mon compte et toutes mes données, je n'utiliserai plus la
plateforme.

Thierry""", shape="b64")

R("ew_fr_formal", ["erasure", "withdraw_consent"], "Roselyne Barre <roselyne.barre@laposte.net>",
  "Retrait du consentement et effacement (art. 7 et 17 RGPD)",
  """Madame,

Je retire, conformément à l'article 7.3 du RGPD, le consentement que j'avais donné à la
publication de mon témoignage écrit et de ma photographie. Je vous demande en outre,
conformément à l'article 17, l'effacement de l'ensemble des données me concernant.

Roselyne Barre""", att=[("CNI_Barre.pdf", PDF)])

R("ae_fr_then_delete", ["access", "erasure"], "Kévin Dupuis <kevin.dupuis@gmail.com>",
  "Avant suppression",
  """Bonjour,

Avant que vous ne supprimiez mes données, j'aimerais en avoir une copie complète (fiches,
notes, questionnaires). Une fois que je l'ai reçue, merci de tout effacer.

Kévin Dupuis""")

R("ae_fr_what_then_erase", ["access", "erasure"], "Maître Claire Roussel <c.roussel@roussel-avocat.fr>",
  "Mme Élise Ferrand - accès et effacement",
  """Madame,

Je suis le conseil de Madame Élise Ferrand, qui m'a mandatée à cet effet. Ma cliente vous
demande (i) communication de l'intégralité des données la concernant (art. 15 RGPD), puis
(ii) leur effacement (art. 17 RGPD), à l'exception de ce que vous seriez légalement tenue de
conserver, ce que vous voudrez bien préciser.

Claire Roussel, avocate""", att=[("mandat_Ferrand.pdf", PDF)])

R("eo_fr_unsub_delete", ["erasure", "objection"], "Ginette Cordier <ginette.cordier@orange.fr>",
  "Désabonnement",
  """Bonjour,

Désinscrivez-moi de votre newsletter et effacez mes coordonnées de vos fichiers, s'il vous plaît.

G. Cordier""")

R("eo_fr_marketing_all", ["erasure", "objection"], "Samuel Benoît <samuel.benoit@gmail.com>",
  "Prospection",
  """Madame,

Je m'oppose à toute prospection de votre part et je vous demande de supprimer toutes les
données que vous avez sur moi, y compris dans Systeme.io.

Samuel Benoît""", shape="html")

R("ar_fr_copy_fix", ["access", "rectification"], "Lucie Charpentier <lucie.charpentier@gmail.com>",
  "Mon dossier",
  """Bonjour Sandra,

Peux-tu m'envoyer une copie de ce que tu as dans mon dossier ? Je crois aussi que tu as une
vieille adresse : j'habite maintenant au 9 rue des Capucins à Bourges (18000), merci de
corriger.

Lucie""")

R("ra_fr_freeze_copy", ["access", "restriction"], "Mathieu Prat <mathieu.prat@orange.fr>",
  "Mon dossier de bilan",
  """Madame,

Je conteste certains éléments de mon dossier de bilan. En attendant qu'on règle ça, ne l'utilisez
plus et ne le transmettez à personne, mais ne le supprimez pas. Et envoyez-m'en une copie
complète que je puisse vérifier ce qui est écrit.

Mathieu Prat""")

R("ra_fr_lawyer", ["access", "restriction"], "SCP Morin-Delcourt <secretariat@morin-delcourt.fr>",
  "M. Ludovic Hardy - demande de limitation et de communication",
  """Madame,

Nous intervenons pour Monsieur Ludovic Hardy (mandat ci-joint). Notre client vous demande de
limiter le traitement de ses données à leur conservation (art. 18 RGPD), dans l'attente de
l'issue du contentieux l'opposant à son ancien employeur, et de nous en adresser une copie
intégrale (art. 15).

Maître Delcourt""", att=[("mandat_Hardy.pdf", PDF)])

R("ow_fr_news_photo", ["objection", "withdraw_consent"], "Véronique Laine <veronique.laine@gmail.com>",
  "newsletter et photo",
  """Bonjour Sandra,

Je ne veux plus recevoir ta newsletter, et je retire mon accord pour la photo de moi que tu
utilises dans la page « À propos » (celle du stage à Gargilesse). Merci !

Véronique""")

# NEAR-LINE: "vous pouvez garder le reste" -> no erasure; video consent + marketing only.
R("ow_fr_video_promo", ["objection", "withdraw_consent"], "Yves Bouvier <yves.bouvier@orange.fr>",
  "Vidéo et relances",
  """Bonjour,

1. Je retire mon autorisation d'utilisation de la vidéo où je témoigne.
2. Je ne souhaite plus recevoir vos mails commerciaux.
Rien d'autre, vous pouvez garder le reste.

Yves Bouvier""")

R("ao_fr_source_stop", ["access", "objection"], "Cédric Vincent <cedric.vincent@hotmail.fr>",
  "Démarchage",
  """Bonjour,

Je reçois vos SMS alors que je ne vous ai jamais donné mon numéro. D'où le tenez-vous et quelles
informations avez-vous sur moi ? Et arrêtez de m'envoyer des SMS publicitaires.

Cédric Vincent""")

R("pe_fr_export_delete", ["erasure", "portability"], "Audrey Lambert <audrey.lambert@gmail.com>",
  "Export puis suppression",
  """Bonjour,

Je quitte la plateforme. Pouvez-vous m'envoyer mes données de formation (exercices, notes,
progression) dans un fichier exploitable (CSV, JSON...), puis supprimer mon compte et toutes
mes données ?

Merci,
Audrey""")

R("ape_fr_all_three", ["access", "erasure", "portability"], "Raphaël Meunier <raphael.meunier@free.fr>",
  "Demande RGPD",
  """Bonjour,

Je vous demande :
- de me dire quelles données vous détenez sur moi et à qui vous les avez transmises ;
- de m'envoyer les données que j'ai saisies dans un format réutilisable (CSV) ;
- puis d'effacer l'ensemble de mes données.

Raphaël Meunier""")

# NEAR-LINE: email replaced with new value given (rectification) + stop newsletter (objection).
R("ro_fr_email_unsub", ["objection", "rectification"], "Christine Joly <christine.joly@gmail.com>",
  "Changement d'adresse + newsletter",
  """Bonjour,

Mon adresse change : à la place de christine.joly@neuf.fr, utilisez christine.joly@gmail.com
pour les convocations aux ateliers. Et au passage, vous pouvez arrêter de m'envoyer la
newsletter, je ne la lis jamais.

Christine""")
