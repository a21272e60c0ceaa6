"""French-language negatives (records): not a data-subject request to Sandra."""
from recbase import R

SANDRA = "Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

# ---------------------------------------------------------------- ordinary coaching mail, trigger words
R("fr_neg_supprimer_creneau", "fr", [],
  "Aline Mercier <aline.mercier@gmail.com>",
  "Créneau de jeudi",
  """
Bonjour Sandra,

Pouvez-vous supprimer mon créneau de jeudi 16h ? J'ai une réunion qui a été
déplacée. Je reprends celui de vendredi matin si toujours libre.

Merci,
Aline
""")

R("fr_neg_annulation_atelier", "fr", [],
  "Bernadette Lucas <bernadette.lucas@orange.fr>",
  "Annulation inscription atelier du 22",
  """
Bonjour Madame,

Je suis au regret d'annuler mon inscription à l'atelier « Confiance en soi »
du samedi 22. Ma petite-fille se marie le même jour, j'avais mélangé les
dates. Pouvez-vous me rembourser ou reporter sur la prochaine session ?

Bien cordialement,
Bernadette Lucas
""")

R("fr_neg_mot_de_passe", "fr", [],
  "Franck Maillard <franck.maillard@gmail.com>",
  "mot de passe",
  """
Bonjour, j'ai demandé à réinitialiser mon mot de passe sur la plateforme
mais je ne reçois jamais le mail. J'ai regardé dans les spams. Vous pouvez
faire quelque chose ?
Franck
""")

R("fr_neg_acceder_espace", "fr", [],
  "Sandrine Petit <sandrine.petit@laposte.net>",
  "Impossible d'accéder à mon espace",
  """
Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace membre pour voir le
module 3. J'ai un message « accès refusé ». J'ai pourtant bien payé la
mensualité de ce mois-ci.

Pouvez-vous regarder ?
Sandrine
""")

R("fr_neg_copie_facture_ce", "fr", [],
  "Hugues Leclerc <hugues.leclerc@free.fr>",
  "Copie de facture",
  """
Bonjour,

Mon CE rembourse une partie des ateliers bien-être. Pourriez-vous m'envoyer
une copie de la facture de l'atelier du 8 mars ? Je ne la retrouve plus.

Merci !
Hugues Leclerc
""")

R("fr_neg_modifier_horaire", "fr", [],
  "Émilie Barbier <emilie.barbier@gmail.com>",
  "Re: Séance du 3",
  """
Coucou, est-ce qu'on peut modifier l'horaire de la séance du 3 ? 17h30 au
lieu de 16h ce serait top. Sinon pas grave je m'arrangerai.
Émilie
""", quote=dict(style="gmail_fr", who=SANDRA_O, subj="Séance du 3",
               body="Bonjour Émilie,\nJe te confirme notre séance le 3 à 16h en visio.\nSandra"), reply=True)

R("fr_neg_corriger_document", "fr", [],
  "Gaëlle Renard <gaelle.renard@gmail.com>",
  "Exercice corrigé",
  """
Bonjour Sandra,

J'ai corrigé le document de l'exercice « roue de la vie » comme vous me
l'aviez suggéré, et j'ai effacé la partie sur le travail qui ne voulait rien
dire. Je vous le renvoie en pièce jointe pour notre séance de mardi.

À mardi !
Gaëlle
""", att=[("docx", "roue_de_la_vie_v2.docx", "Roue de la vie - version 2 - Gaelle")])

R("fr_neg_donnees_exercice", "fr", [],
  "Régis Carlier <regis.carlier@orange.fr>",
  "Question sur l'exercice 4",
  """
Bonjour,

Dans le module 4, on nous demande de reporter les données de l'exercice
précédent dans le tableau. Je ne comprends pas quelles données : les scores
ou les commentaires ? Merci de m'éclairer.

Régis
""")

R("fr_neg_acces_salle", "fr", [],
  "Ghislaine Bonnet <ghislaine.bonnet@wanadoo.fr>",
  "Accès à la salle samedi",
  """
Bonjour Madame,

Pour l'atelier de samedi, comment accède-t-on à la salle ? La dernière fois
le portail était fermé et on a attendu dehors. Y a-t-il un code ?

Merci,
Ghislaine
""")

R("fr_neg_export_agenda", "fr", [],
  "Thibault Renaud <thibault.renaud@gmail.com>",
  "agenda des ateliers",
  """
Salut Sandra,
Y a moyen d'exporter ton agenda des ateliers dans mon Google Agenda ? J'ai
essayé avec le lien du site mais ça m'importe rien. Sinon je veux bien le
fichier .ics.
Thibault
""")

R("fr_neg_rgpd_theme_formation", "fr", [],
  "Nathalie Guérin <n.guerin@groupe-berrichon.fr>",
  "Demande de formation - managers et RGPD",
  """
Bonjour Madame Delomenie,

Je suis responsable RH du Groupe Berrichon (120 salariés). Nous souhaitons
organiser pour nos 15 managers une journée mêlant communication
bienveillante et sensibilisation au RGPD (droit d'accès des salariés à
leur dossier, conservation des entretiens annuels...).

Est-ce un sujet que vous pouvez traiter, éventuellement avec un
intervenant juriste ? Pourriez-vous nous faire parvenir un devis ?

Cordialement,
Nathalie Guérin
Responsable des ressources humaines
""", shape="alt")

R("fr_neg_sopposer_conjoint", "fr", [],
  "Véronique Hamel <veronique.hamel@sfr.fr>",
  "hésitation",
  """
Bonjour Sandra,

Je voulais m'inscrire au parcours de 6 mois mais mon mari s'oppose à ce que
je dépense cette somme maintenant. Est-ce qu'il existe un paiement en
plusieurs fois ? Je m'oppose un peu à lui sur ce point, vous l'aurez
compris :)

Véronique
""")

R("fr_neg_retirer_candidature", "fr", [],
  "Matthieu Brun <matthieu.brun@gmail.com>",
  "Candidature formation de formateur",
  """
Bonjour,

Je retire ma candidature pour la formation de formateur de l'automne : j'ai
obtenu un poste en CDI qui ne me laissera pas le temps de la suivre.
Merci pour votre accueil et peut-être à l'année prochaine.

Matthieu Brun
""")

R("fr_neg_atelier_consentement", "fr", [],
  "Association Parents Solidaires <contact@parents-solidaires36.fr>",
  "Atelier « Savoir dire non, le consentement expliqué aux ados »",
  """
Bonjour Madame Delomenie,

Notre association souhaiterait vous proposer d'animer un atelier sur le
consentement et l'affirmation de soi pour un groupe de 12 adolescents, un
mercredi après-midi de mai. Quelles seraient vos disponibilités et votre
tarif ?

Bien cordialement,
Pour l'association, Sylvie Dumas
""")

R("fr_neg_paperboard_photo", "fr", [],
  "Carole Vincent <carole.vincent@gmail.com>",
  "photo du paperboard",
  """
Hello ! J'ai pris le paperboard en photo juste avant que vous l'effaciez,
je vous l'envoie si ça peut servir pour le compte rendu de l'atelier.
Bises, Carole
""", att=[("jpg", "IMG_4821.jpg", None)])

# NEAR-LINE: "fermer mon compte" without any mention of data -> negative per policy
R("fr_neg_fermer_compte", "fr", [],
  "Alain Dumont <alain.dumont@free.fr>",
  "Fermeture de compte",
  """
Bonjour, merci de fermer mon compte sur votre plateforme, je n'en ai plus
l'utilité. Cordialement, A. Dumont
""")

R("fr_neg_resiliation_abonnement", "fr", [],
  "Coralie Schmitt <coralie.schmitt@gmail.com>",
  "Résiliation abonnement mensuel",
  """
Bonjour,

Je souhaite résilier mon abonnement mensuel au programme « Floraison » à
compter du mois prochain. Merci de ne plus prélever.

Coralie Schmitt
""")

R("fr_neg_question_droit_acces", "fr", [],
  "Monique Besnard <monique.besnard@orange.fr>",
  "Question RGPD",
  """
Bonjour,

Une question de curiosité : si un jour je vous demandais l'accès à mes
données, comment cela se passerait-il ? Combien de temps auriez-vous pour
répondre, et faudrait-il envoyer une pièce d'identité ?

Merci,
Monique Besnard
""")

R("fr_neg_question_portabilite", "fr", [],
  "Xavier Colas <xavier.colas@gmail.com>",
  "Portabilité ?",
  """
Bonjour,

Est-ce que le droit à la portabilité s'applique aussi aux notes de coaching
ou seulement à ce que le client a fourni lui-même ? Je me pose la question
pour mon propre cabinet, je débute comme coach.

Bonne journée,
Xavier
""")

R("fr_neg_question_duree_conservation", "fr", [],
  "Agathe Royer <agathe.royer@gmail.com>",
  "conservation des données",
  """
Bonjour, avant de m'inscrire : combien de temps gardez-vous les données après
la fin d'un coaching ? Et est-ce que vous les stockez en France ?
Merci ! Agathe
""")

R("fr_neg_question_cnil_saisir", "fr", [],
  "Lionel Germain <lionel.germain@free.fr>",
  "CNIL",
  """
Bonjour,

Si une entreprise ne répond pas à une demande RGPD, est-ce qu'on peut
saisir directement la CNIL ou faut-il attendre ? Je vous pose la question
parce que vous en avez parlé pendant la formation managers.

Lionel
""")

R("fr_neg_copie_plainte_cnil", "fr", [],
  "Roland Deschamps <roland.deschamps@laposte.net>",
  "Copie de ma plainte à la CNIL",
  """
Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte
que j'ai déposée aujourd'hui auprès de la CNIL.

---
Objet : Plainte contre Floraison de Soi (Mme Sandra Delomenie, Issoudun)
Je reçois des messages commerciaux de cette entreprise malgré plusieurs
demandes de désinscription adressées en 2025. Je demande à la CNIL
d'intervenir.
Roland Deschamps
---

R. Deschamps
""", att=[("pdf", "plainte_cnil_accuse.pdf", "CNIL - Accuse de reception de plainte n 25-118842")])

R("fr_neg_autre_adulte_mari", "fr", [],
  "Françoise Lemoine <francoise.lemoine@orange.fr>",
  "Mon mari",
  """
Bonjour Madame,

Mon mari, Jacques Lemoine, a suivi un coaching avec vous l'an dernier. Il
ne veut pas m'en parler et je m'inquiète. Pourriez-vous me dire ce qu'il
vous a confié, ou au moins m'envoyer une copie de son dossier ?

Françoise Lemoine
""")

# NEAR-LINE: colleague relaying a deletion wish for another living adult -> negative per policy
R("fr_neg_collegue_supprimer", "fr", [],
  "Stéphanie Morel <stephanie.morel@cabinet-morel.fr>",
  "Pour ma collègue",
  """
Bonjour Sandra,

Ma collègue Julie Fabre, qui avait suivi la formation avec moi, voudrait
que vous supprimiez ses données mais elle n'ose pas vous écrire. Je vous
transmets donc sa demande.

Stéphanie
""")

R("fr_neg_mere_fille_adulte", "fr", [],
  "Danièle Perrin <daniele.perrin@wanadoo.fr>",
  "ma fille",
  """
Bonjour,

Ma fille Camille (28 ans) a fait un bilan avec vous cet hiver. Pouvez-vous
me dire quelles informations vous avez sur elle ? Elle ne répond plus à
mes messages depuis des semaines.

Danièle Perrin
""")

# NEAR-LINE: HR (controller-side) asking deletion of a former employee's data -> not the data subject -> negative
R("fr_neg_rh_supprimer_salarie", "fr", [],
  "Service RH Berry Logistique <rh@berry-logistique.fr>",
  "Ancien salarié - formation de juin",
  """
Bonjour Madame Delomenie,

M. Arnaud Teixeira, qui faisait partie du groupe de la formation de juin,
a quitté l'entreprise. Merci de le retirer de la liste des participants pour
la session de suivi d'octobre et de ne plus lui adresser les convocations.

Cordialement,
Service RH - Berry Logistique
""")

# NEAR-LINE: thank-you above a quoted, already handled erasure request -> negative
R("fr_neg_merci_suppression_faite", "fr", [],
  "Emma Dufresne <emma.dufresne@gmail.com>",
  "Re: Mes données",
  """
Merci beaucoup Sandra, c'est parfait. Bonne continuation à vous !
Emma
""", quote=dict(style="gmail_fr", who=SANDRA, subj="Mes données",
               body="""Bonjour Emma,

C'est fait : vos données ont été supprimées de mes fichiers, de la
plateforme et de ma messagerie (hors factures conservées pour obligation
comptable).

Belle route à vous,
Sandra

> Pourriez-vous supprimer mes données ? Je ne pense pas refaire de coaching
> dans les prochaines années."""), reply=True)

R("fr_neg_merci_fichier_recu", "fr", [],
  "Mireille Cassagne <m.cassagne@free.fr>",
  "RE: Demande d'accès - article 15 du RGPD",
  """
Bien reçu le dossier, merci pour la rapidité de votre réponse.
M. Cassagne
""", shape="alt", quote=dict(style="outlook_fr", who=SANDRA, subj="Demande d'accès - article 15 du RGPD",
               body="""Madame,

Suite à votre demande du 3 courant, vous trouverez ci-joint l'ensemble des
données vous concernant, ainsi que les informations sur les finalités et
les destinataires.

Bien cordialement,
Sandra Delomenie"""), reply=True)

R("fr_neg_merci_desinscrite", "fr", [],
  "Odile Perret <odile.perret@laposte.net>",
  "Re: newsletter",
  """
Merci, bien noté. Bonne journée.
""", quote=dict(style="apple_fr", who=SANDRA, subj="newsletter",
               body="""Bonjour Madame Perret,
Vous êtes désinscrite de la newsletter.
Bien à vous,
Sandra

> Le 4 mai 2025 à 10:12, Odile Perret <odile.perret@laposte.net> a écrit :
> Bonjour, désabonnez-moi de la newsletter s'il vous plaît. Merci."""), reply=True)

R("fr_neg_consentement_photo_donne", "fr", [],
  "Lucienne Marin <lucienne.marin@gmail.com>",
  "Autorisation photo",
  """
Bonjour Sandra,

Pas de souci pour la photo de groupe de samedi, j'accepte qu'elle soit
utilisée sur votre site et vos réseaux. Je vous renvoie l'autorisation
signée en pièce jointe.

Lucienne
""", att=[("pdf", "autorisation_droit_image_Marin.pdf", "AUTORISATION DE DROIT A L'IMAGE - signee - Lucienne Marin")])

R("fr_neg_temoignage_envoye", "fr", [],
  "Hervé Jacob <herve.jacob@orange.fr>",
  "Mon témoignage",
  """
Bonjour Sandra,

Comme promis, voici quelques mots sur mon accompagnement. Vous pouvez le
publier avec mon prénom et l'initiale de mon nom :

« Je suis arrivé chez Sandra épuisé et perdu. Six mois plus tard j'ai
retrouvé une direction et surtout le plaisir d'aller travailler. » Hervé J.

Bonne journée,
Hervé
""")

R("fr_neg_questionnaire_rempli", "fr", [],
  "Anaïs Leblanc <anais.leblanc@gmail.com>",
  "",
  """
Bonjour, voici le questionnaire pré-formation rempli. Bonne réception.
Anaïs
""", att=[("docx", "questionnaire_preformation_Leblanc.docx", "Questionnaire pre-formation - Anais Leblanc")])

R("fr_neg_journal_perso", "fr", [],
  "Océane Picard <oceane.picard@gmail.com>",
  "mes notes de la semaine",
  """
Bonsoir Sandra,

Comme convenu je vous envoie mes notes de la semaine (journal de gratitude
+ le suivi de l'exercice des 3 petites victoires). Je n'ai pas réussi le
jeudi, journée horrible au travail. On en parle lundi ?

Océane
""", att=[("pdf", "journal_semaine12.pdf", "Journal semaine 12 - Oceane")])

R("fr_neg_feedback_merci", "fr", [],
  "Jocelyne Hardy <jocelyne.hardy@sfr.fr>",
  "Merci pour samedi !",
  """
Chère Sandra,

Un immense merci pour l'atelier de samedi. Je suis repartie légère, avec
l'envie de prendre soin de moi. L'exercice du miroir m'a bouleversée, dans
le bon sens. Vivement le prochain !

Jocelyne
""", shape="alt")

R("fr_neg_retard_sms", "fr", [],
  "Manon <manon.giraud.36@gmail.com>",
  "",
  """
dsl je serai en retard 10 min, bouchons sur la rocade
""")

R("fr_neg_report_seance", "fr", [],
  "Pierre-Yves Guillot <py.guillot@orange.fr>",
  "Report de notre rendez-vous",
  """
Bonjour Madame Delomenie,

Je suis contraint de reporter notre rendez-vous de lundi en raison d'un
déplacement professionnel. Seriez-vous disponible mercredi ou jeudi
après-midi ?

Bien cordialement,
Pierre-Yves Guillot
""")

# NEAR-LINE: "désinscription" from a workshop date (a booking), not from the newsletter -> negative
R("fr_neg_desinscription_atelier", "fr", [],
  "Rose Laurent <rose.laurent@gmail.com>",
  "désinscription atelier du 12",
  """
Bonjour, je me désinscris de l'atelier du 12 avril, je suis malade. Est-ce
que je peux venir à celui de mai à la place ? Merci, Rose
""")

R("fr_neg_stop_abonnement_programme", "fr", [],
  "Yvan Marchand <yvan.marchand@hotmail.fr>",
  "stop abonnement",
  """
stop l abonnement mensuel au programme svp, je n ai plus le temps de suivre
les modules. merci
""")

# NEAR-LINE: wrong amount on an invoice = accounting document, not inaccurate personal data -> negative
R("fr_neg_facture_montant", "fr", [],
  "Cabinet Arnoux <compta@cabinet-arnoux.fr>",
  "Facture F2025-088 - montant erroné",
  """
Bonjour,

La facture F2025-088 indique 1 450 € HT alors que le devis signé était de
1 350 € HT. Pourriez-vous la corriger et nous renvoyer une facture
rectificative ?

Cordialement,
Service comptabilité - Cabinet Arnoux
""")

# NEAR-LINE: HR correcting a trainee's name in a training agreement (their document, another person) -> negative
R("fr_neg_rh_convention_nom", "fr", [],
  "Julien Faure <j.faure@transports-bs.fr>",
  "Convention de formation - correction",
  """
Bonjour Sandra,

Petite erreur dans la convention de formation : le nom du stagiaire est
« Mme Corinne Lefèvre » et non « Lefebvre ». Pouvez-vous corriger la
convention et nous la renvoyer pour signature ? L'OPCO est pointilleux.

Merci,
Julien Faure
Assistant RH - Transports Berry-Sologne
""")

R("fr_neg_rh_emargement", "fr", [],
  "Julien Faure <j.faure@transports-bs.fr>",
  "Feuilles d'émargement + certificats de réalisation",
  """
Bonjour Sandra,

Pour le dossier OPCO, pourriez-vous nous envoyer les feuilles d'émargement
signées des deux journées et les certificats de réalisation des 8
stagiaires ? La date limite de dépôt est vendredi.

Bonne journée,
Julien
""", cc="Hugo Chevalier <hugo.chevalier@transports-bs.fr>")

R("fr_neg_rh_devis", "fr", [],
  "Marion Texier <m.texier@ehpad-les-tilleuls.fr>",
  "Demande de devis - cohésion d'équipe",
  """
Bonjour,

Nous sommes un EHPAD de 60 lits à Châteauroux. Suite à une année difficile,
nous aimerions proposer à l'équipe soignante (20 personnes) deux demi-journées
sur la gestion du stress et la cohésion. Pourriez-vous nous faire une
proposition ? Nous sommes éligibles au financement OPCO Santé.

Marion Texier
Directrice adjointe
""")

R("fr_neg_rh_annulation_contrat", "fr", [],
  "Direction RH - Groupe Berrichon <drh@groupe-berrichon.fr>",
  "Résiliation de la convention cadre",
  """
Madame,

Suite à la réorganisation de notre service formation, nous vous informons
que nous mettons fin à la convention cadre signée le 2 janvier 2025, dans le
respect du préavis de trois mois prévu à l'article 9. Les sessions déjà
programmées jusqu'en mars seront maintenues.

Nous vous remercions pour la qualité de vos interventions.

Nathalie Guérin
Responsable des ressources humaines
""")

R("fr_neg_opco_dossier", "fr", [],
  "OPCO EP - Service prise en charge <ne-pas-repondre@opcoep.fr>",
  "Dossier n° PEC-2025-447812 - pièce manquante",
  """
Madame, Monsieur,

Votre demande de prise en charge n° PEC-2025-447812 est incomplète.
Pièce manquante : programme de formation détaillé mentionnant les objectifs
pédagogiques et les modalités d'évaluation.

Merci de déposer ce document sur votre espace avant le 30 du mois.

Le service prise en charge
""", hdr={"Auto-Submitted": "auto-generated"})

R("fr_neg_qualiopi_audit", "fr", [],
  "Certif'Forma <audit@certif-forma.fr>",
  "Audit de surveillance Qualiopi - confirmation de date",
  """
Madame Delomenie,

Nous vous confirmons la date de votre audit de surveillance Qualiopi : le
mardi 17 novembre 2026 à 9h00, à distance. Merci de préparer les preuves
relatives aux indicateurs 1 à 32, notamment la traçabilité des
réclamations et le recueil des appréciations des stagiaires.

Cordialement,
L'équipe Certif'Forma
""")

R("fr_neg_support_formation", "fr", [],
  "Ophélie Caron <ophelie.caron@gmail.com>",
  "Support de la formation",
  """
Bonjour Sandra,

Est-ce que le support de la formation de jeudi sera disponible ? J'aimerais
y avoir accès pour revoir la partie sur l'écoute active.

Merci et à bientôt,
Ophélie
""")

R("fr_neg_replay_atelier", "fr", [],
  "Claire Rivière <claire.riviere@yahoo.fr>",
  "replay ?",
  """
bonjour, je n'ai pas pu assister au live de mardi, où est-ce que je trouve
le replay ? je ne le vois pas dans mon espace. merci !
""")

R("fr_neg_identifiant_oublie", "fr", [],
  "Michel Garnier <michel.garnier36@orange.fr>",
  "Identifiant",
  """
Bonjour Madame,

J'ai oublié mon identifiant pour la formation en ligne. Ma petite-fille
m'avait tout installé mais elle est repartie à Paris. Pouvez-vous m'aider ?

Michel Garnier
""")

R("fr_neg_retrait_especes", "fr", [],
  "Suzanne Robin <suzanne.robin@wanadoo.fr>",
  "paiement",
  """
Bonjour Sandra,

Je préfère payer en espèces samedi, j'ai retiré l'argent ce matin. Est-ce
que ça vous va ? Je n'aime pas trop payer sur internet.

Suzanne
""")

R("fr_neg_belge_inscription", "fr", [],
  "Anne-Catherine Peeters <ac.peeters@proximus.be>",
  "Inscription retraite de septembre",
  """
Bonjour Madame,

Je souhaiterais m'inscrire à votre retraite de septembre. Ma cousine qui
habite Issoudun me la recommande chaudement. Y a-t-il encore de la place
pour deux (mon amie vient de Mons) ? Le prix de nonante-cinq euros la
journée comprend-il le repas ?

Bien à vous,
Anne-Catherine
""")

R("fr_neg_quebec_cours", "fr", [],
  "Mélissa Côté <melissa.cote@gmail.com>",
  "Question sur le cours en ligne",
  """
Allô Sandra!

Est-ce que le cours en ligne est accessible au Québec, avec le décalage
horaire pour les lives? Pis est-ce que je peux payer en dollars canadiens?

Merci gros!
Mélissa
""")

R("fr_neg_suisse_facture_chf", "fr", [],
  "Yves Rochat <yves.rochat@bluewin.ch>",
  "Facture en francs suisses ?",
  """
Bonjour Madame,

Serait-il possible d'obtenir une facture libellée en CHF pour le coaching à
distance ? Ma fiduciaire me le demande. Sinon une facture en euros avec le
taux du jour fera l'affaire.

Avec mes meilleures salutations,
Yves Rochat
""")

# NEAR-LINE: subject says 'Suppression de mes données' but body retracts; no request -> negative
R("fr_neg_objet_trompeur_suppression", "fr", [],
  "Brigitte Maury <brigitte.maury@gmail.com>",
  "Suppression de mes données",
  """
Bonjour Sandra,

Fausse alerte ! Je croyais avoir supprimé par erreur mes données de
l'exercice du module 2 sur la plateforme, mais en fait elles sont toujours
là, je cherchais au mauvais endroit. Désolée pour le message d'hier.

Brigitte
""")

R("fr_neg_objet_rgpd_module", "fr", [],
  "Hugo Chevalier <hugo.chevalier@transports-bs.fr>",
  "RGPD",
  """
Bonjour Sandra,

Pour le module 3 de la formation managers, celui sur l'entretien annuel et
la RGPD, est-ce qu'on pourrait prévoir un cas pratique sur la conservation
des comptes rendus d'entretien ? Les managers posent beaucoup de questions.

Hugo Chevalier
Responsable formation
""")

R("fr_neg_partenaire_coach", "fr", [],
  "Élise Navarro <elise@navarro-sophrologie.fr>",
  "Proposition de collaboration",
  """
Bonjour Sandra,

Je suis sophrologue à Châteauroux et je suis votre travail depuis un moment.
Et si on organisait un atelier commun « stress et estime de soi » au
printemps ? On pourrait chacune en parler à nos clientes via nos
newsletters respectives (sans échanger nos fichiers bien sûr !).

Au plaisir d'en discuter autour d'un café,
Élise
""")

R("fr_neg_fwd_article_rgpd", "fr", [],
  "Martine Delomenie <martine.delomenie@orange.fr>",
  "TR: Les coachs et le RGPD",
  """
Coucou ma chérie, j'ai vu ça dans le journal, ça peut t'intéresser pour ton
activité. Bisous, maman
""", fwd=dict(style="gmail_fr", frm="La Lettre des Indépendants <lettre@independants-infos.fr>",
             to="martine.delomenie@orange.fr", subj="Les coachs et le RGPD",
             body="""Coachs, thérapeutes, formateurs : êtes-vous en règle avec le RGPD ?
Registre des traitements, durée de conservation des notes de séance,
consentement pour les témoignages... Notre dossier du mois fait le point."""))

R("fr_neg_google_drive_partage", "fr", [],
  "Hugo Chevalier (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : « Programme formation managers 2026 »",
  """
Hugo Chevalier a partagé un document avec vous

Programme formation managers 2026
« Voici la dernière version, j'ai corrigé les horaires du jour 2. »

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car hugo.chevalier@transports-bs.fr a partagé
un document avec vous depuis Google Drive.
""", shape="alt", replyto="Hugo Chevalier <hugo.chevalier@transports-bs.fr>")

# ---------------------------------------------------------------- her own sent mail
R("fr_neg_sent_confirmation_effacement", "fr", [],
  SANDRA, "Re: Suppression compte",
  """
Bonjour Monsieur Dupuis,

Je vous confirme que votre compte sur la plateforme ainsi que l'ensemble de
vos données ont été supprimés ce jour. Seules les factures sont conservées
pendant la durée légale de 10 ans.

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coaching & Formation
12 bis rue de la République, 36100 Issoudun
""", to="Romain Dupuis <romain.dupuis@laposte.net>", reply=True)

R("fr_neg_sent_reponse_acces", "fr", [],
  SANDRA_O, "Votre demande d'accès",
  """
Bonjour Madame Pichon,

Suite à votre demande d'accès à vos données personnelles, vous trouverez
ci-joint un fichier récapitulatif : coordonnées, historique des ateliers,
factures et échanges. Je reste à votre disposition si vous souhaitez une
rectification ou un complément.

Bien à vous,
Sandra Delomenie
""", to="Laurence Pichon <laurence.pichon@icloud.com>",
  att=[("csv", "donnees_L_Pichon.csv", "categorie;donnee;source\ncontact;laurence.pichon@icloud.com;formulaire\natelier;2025-03-15 Oser sa place;inscription\n")])

# NEAR-LINE: her own newsletter (From her address, List-Unsubscribe) -> negative
R("fr_neg_sent_newsletter_copie", "fr", [],
  SANDRA, "Atelier « Oser sa place » - il reste 4 places",
  """
Bonjour à toutes et à tous,

Le printemps arrive et avec lui notre prochain atelier « Oser sa place »,
le samedi 12 avril à Issoudun (salle des Minimes), de 9h30 à 12h30.
Il reste 4 places.

Belle semaine,
Sandra
Pour ne plus recevoir ces emails, cliquez ici.
""", to="contact@floraisondesoi.fr", shape="alt",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>", "Precedence": "bulk"})

R("fr_neg_sent_devis", "fr", [],
  SANDRA, "Proposition - cohésion d'équipe EHPAD Les Tilleuls",
  """
Bonjour Madame Texier,

Suite à notre échange téléphonique, vous trouverez ci-joint ma proposition
pour les deux demi-journées « gestion du stress et cohésion ». Je peux
adapter le programme après un temps d'échange avec l'équipe encadrante.

Bien cordialement,
Sandra Delomenie
""", to="Marion Texier <m.texier@ehpad-les-tilleuls.fr>",
  att=[("pdf", "Proposition_EHPAD_Tilleuls.pdf", "PROPOSITION COMMERCIALE - Floraison de Soi - EHPAD Les Tilleuls")])

R("fr_neg_sent_rappel_seance", "fr", [],
  SANDRA_O, "Rappel : votre séance de demain",
  """
Bonjour Manon,

Petit rappel pour notre séance de demain à 18h en visio. Le lien Zoom est
le même que d'habitude. Pense à préparer l'exercice des valeurs.

À demain,
Sandra
""", to="manon.giraud.36@gmail.com")

# ---------------------------------------------------------------- auto replies, bounces
R("fr_neg_absence_bureau", "fr", [],
  "Nathalie Guérin <n.guerin@groupe-berrichon.fr>",
  "Réponse automatique : Proposition de programme",
  """
Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus, sans accès à ma
messagerie. Pour toute demande urgente, merci de contacter le service RH au
02 54 00 11 22 ou rh@groupe-berrichon.fr.

Cordialement,
Nathalie Guérin
""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, reply=True)

R("fr_neg_autoreply_orange", "fr", [],
  "Denise Fabre <denise.fabre@orange.fr>",
  "Re: Atelier de décembre",
  """
Merci pour votre message. Je suis en vacances et lirai vos mails à mon
retour le 3 janvier. Bonnes fêtes !
""", hdr={"X-Autoreply": "yes", "Precedence": "auto_reply"}, reply=True)

R("fr_neg_bounce_orange", "fr", [],
  "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Non remis : Rappel : votre séance de demain",
  """
Ce message est généré automatiquement par le serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  manon.giraud36@gmail.com
  Adresse inconnue (550 5.1.1 The email account that you tried to reach
  does not exist)
""", shape="report", bounce=dict(rcpt="manon.giraud36@gmail.com", status="5.1.1",
  diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist",
  mta="smtp.orange.fr", orig_from="sandra.delomenie@orange.fr",
  orig_subj="Rappel : votre séance de demain"),
  to="sandra.delomenie@orange.fr")

R("fr_neg_bounce_boite_pleine", "fr", [],
  "MAILER-DAEMON@floraisondesoi.fr",
  "Échec de la remise du message",
  """
Votre message à denis.morin@reuilly-mairie.fr n'a pas pu être remis.
Motif : boîte aux lettres du destinataire pleine (452 4.2.2).
Le serveur a abandonné après plusieurs tentatives pendant 5 jours.
""", shape="report", bounce=dict(rcpt="denis.morin@reuilly-mairie.fr", status="4.2.2",
  diag="smtp; 452 4.2.2 Mailbox full", mta="mx1.floraisondesoi.fr",
  orig_from="contact@floraisondesoi.fr", orig_subj="Votre facture - atelier du 8 mars"),
  to="contact@floraisondesoi.fr")

# ---------------------------------------------------------------- platforms / notifications
R("fr_neg_systemeio_vente", "fr", [],
  "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Programme Floraison - 6 mois",
  """
Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Programme Floraison - 6 mois (paiement en 3 fois)
Client : c***@gmail.com
Montant : 190,00 EUR

Consultez le détail dans votre tableau de bord.

Systeme.io - Pour ne plus recevoir ces notifications, modifiez vos
préférences dans votre compte.
""", shape="alt", hdr={"List-Unsubscribe": "<https://systeme.io/dashboard/profile/notifications>",
                       "Auto-Submitted": "auto-generated"})

R("fr_neg_systemeio_dpa", "fr", [],
  "Systeme.io <news@systeme.io>",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """
Bonjour Sandra,

Nous mettons à jour notre accord de traitement des données (DPA) et notre
liste de sous-traitants ultérieurs, applicables à compter du 1er mars.
Ces changements concernent notamment l'hébergement des sauvegardes et
l'ajout d'un prestataire d'envoi d'e-mails.

Vous n'avez aucune action à effectuer. Si vous vous opposez à un nouveau
sous-traitant, vous pouvez nous contacter dans un délai de 30 jours.

L'équipe Systeme.io
""", shape="html", hdr={"List-Unsubscribe": "<mailto:unsubscribe@systeme.io>",
                        "List-Id": "Systeme.io news <news.systeme.io>"})

R("fr_neg_stripe_virement", "fr", [],
  "Stripe <notifications@stripe.com>",
  "Votre virement de 612,40 € est en route",
  """
Floraison de Soi

Un virement de 612,40 € a été initié vers votre compte bancaire se terminant
par 4471. Il devrait arriver d'ici 2 jours ouvrés.

Consulter le virement dans le Dashboard

Stripe Payments Europe, Ltd.
Vous recevez cet e-mail car vous êtes administrateur du compte Stripe de
Floraison de Soi.
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

R("fr_neg_qonto_releve", "fr", [],
  "Qonto <noreply@qonto.com>",
  "Votre relevé de compte est disponible",
  """
Bonjour Sandra,

Votre relevé de compte du mois dernier est disponible dans votre espace
Qonto, rubrique Documents.

L'équipe Qonto
Qonto ne vous demandera jamais vos identifiants par e-mail.
""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

R("fr_neg_urssaf_echeance", "fr", [],
  "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires est disponible",
  """
Madame DELOMENIE SANDRA,

Votre déclaration de chiffre d'affaires pour la période du trimestre
écoulé est disponible sur autoentrepreneur.urssaf.fr. Vous avez jusqu'au
31 du mois pour déclarer et payer vos cotisations.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", hdr={"Auto-Submitted": "auto-generated"})

R("fr_neg_brevo_newsletter", "fr", [],
  "Brevo <newsletter@brevo.com>",
  "5 idées pour relancer vos contacts inactifs",
  """
Bonjour,

Vos contacts n'ouvrent plus vos e-mails ? Voici 5 idées pour les réengager
sans les agacer : segmentation, campagne de réactivation, nettoyage des
listes et respect du consentement.

Lire l'article

Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter Brevo.
Se désinscrire
""", shape="html", hdr={"List-Unsubscribe": "<https://brevo.com/unsubscribe?u=b38>",
                        "List-Id": "Brevo Newsletter FR <newsletter-fr.brevo.com>",
                        "Precedence": "bulk"})

R("fr_neg_calendly_rdv", "fr", [],
  "Calendly <notifications@calendly.com>",
  "Nouvel événement : Émilie Barbier - Séance découverte 30 min",
  """
Bonjour Sandra Delomenie,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte 30 min
Invitée : Émilie Barbier
Date : mardi, 14h00 - 14h30 (heure d'Europe centrale)
Lieu : Zoom

Voir l'événement dans Calendly
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"},
  att=[("ics", "invite.ics", "Seance decouverte 30 min - Emilie Barbier")])

R("fr_neg_zoom_enregistrement", "fr", [],
  "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """
Bonjour Sandra,

L'enregistrement cloud de votre réunion « Atelier collectif - Oser sa
place (live) » est maintenant disponible. Partagez-le avec les
participants ou supprimez-le depuis votre espace.

Merci d'avoir choisi Zoom.
""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

R("fr_neg_paypal_paiement", "fr", [],
  "service@paypal.fr",
  "Vous avez reçu un paiement",
  """
Bonjour Floraison de Soi,

Vous avez reçu un paiement de 45,00 EUR de Suzanne Robin.
Référence : atelier du 22 mars

Consultez les détails de la transaction dans votre compte.

PayPal
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

R("fr_neg_linkedin_notif", "fr", [],
  "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, vous apparaissez dans 14 recherches cette semaine",
  """
Vous apparaissez dans 14 recherches cette semaine.
Découvrez qui consulte votre profil avec Premium.

Se désabonner · Aide
LinkedIn Ireland Unlimited Company, Dublin 2
""", shape="html", hdr={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?unsub=1>",
                        "List-Id": "<notifications.linkedin.com>"})

R("fr_neg_calendly_politique", "fr", [],
  "Calendly <privacy@calendly.com>",
  "Mise à jour de notre politique de confidentialité",
  """
Bonjour,

Nous mettons à jour notre politique de confidentialité et notre addendum
relatif au traitement des données (DPA) à compter du 15 janvier. Vous
pouvez consulter les modifications sur notre site. En continuant d'utiliser
Calendly, vous acceptez ces conditions.

L'équipe Calendly
""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

R("fr_neg_google_conditions", "fr", [],
  "Google Workspace <workspace-noreply@google.com>",
  "[Action requise] Avenant relatif au traitement des données dans le cloud",
  """
Administrateur Google Workspace,

Nous vous informons de modifications apportées à l'Avenant relatif au
traitement des données dans le Cloud (CDPA). Veuillez vérifier les
coordonnées du délégué à la protection des données de votre organisation
dans la console d'administration.

Google Ireland Limited
""", shape="alt")

# ---------------------------------------------------------------- spam / phishing
R("fr_neg_spam_conformite", "fr", [],
  "Service Conformité RGPD <info@conformite-rgpd-express.fr>",
  "URGENT : votre site floraisondesoi.fr n'est pas conforme RGPD",
  """
Madame, Monsieur,

Lors d'un contrôle automatisé, nous avons constaté que votre site
floraisondesoi.fr ne respecte pas le RGPD (bandeau cookies, registre des
traitements, DPO). Les sanctions peuvent atteindre 20 millions d'euros.

Mettez-vous en conformité en 48h pour seulement 490 € HT.
Répondez OUI à ce message pour être rappelé(e).

Pour ne plus recevoir nos offres, répondez STOP.
""", shape="alt")

R("fr_neg_phishing_orange", "fr", [],
  "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail est pleine - action requise",
  """
Cher(e) client(e),

Votre espace de stockage Orange est plein à 99 %. Vos nouveaux messages
seront supprimés sous 24 heures. Pour éviter la perte de vos données,
confirmez votre identité en cliquant sur le lien ci-dessous.

Vérifier mon compte

Orange Service Client
""", shape="html", replyto="support@mail-verif-orange.ru")

R("fr_neg_phishing_impots", "fr", [],
  "DGFiP <remboursement@impots-gouv-fr.info>",
  "Remboursement d'impôt en attente : 284,50 €",
  """
Bonjour,

Après calcul de votre impôt, vous êtes éligible à un remboursement de
284,50 €. Pour le recevoir, merci de compléter le formulaire en ligne avec
vos coordonnées bancaires avant 48h.

Direction générale des Finances publiques
""", shape="html")

R("fr_neg_spam_fichier_clients", "fr", [],
  "Data Leads Pro <contact@dataleads-pro.com>",
  "Fichier de 25 000 contacts qualifiés - développement personnel",
  """
Bonjour,

Boostez vos inscriptions ! Nous vous proposons un fichier de 25 000
contacts opt-in intéressés par le développement personnel et le coaching,
conforme RGPD, livré en CSV.

Tarif de lancement : 299 €.

Pour vous désinscrire, répondez DESINSCRIPTION.
""")

# ---------------------------------------------------------------- more ordinary mail
R("fr_neg_inscription_atelier", "fr", [],
  "Lydie Marchal <lydie.marchal@gmail.com>",
  "inscription",
  """
Bonjour, je voudrais m'inscrire à l'atelier « Oser sa place » du 12 avril.
Est-ce que je peux payer sur place ? Merci, Lydie
""")

R("fr_neg_ics_invitation", "fr", [],
  "Hugo Chevalier <hugo.chevalier@transports-bs.fr>",
  "Invitation : Point de lancement formation managers",
  """
Bonjour Sandra,

Je vous envoie une invitation pour le point de lancement de la formation,
jeudi 10h en visio. N'hésitez pas à proposer un autre créneau.

Hugo
""", att=[("ics", "invitation.ics", "Point de lancement formation managers")], shape="alt")

R("fr_neg_csv_participants", "fr", [],
  "Julien Faure <j.faure@transports-bs.fr>",
  "Liste des participants - session 2",
  """
Bonjour Sandra,

Voici la liste des participants de la session 2 (fichier CSV), avec leurs
adresses mail pour l'envoi des questionnaires préalables.

Bonne journée,
Julien
""", att=[("csv", "participants_session2.csv",
           "nom;prenom;email\nLefevre;Corinne;c.lefevre@transports-bs.fr\nTeixeira;Arnaud;a.teixeira@transports-bs.fr\n")])

R("fr_neg_outlook_fil_rh", "fr", [],
  "Hugo Chevalier <hugo.chevalier@transports-bs.fr>",
  "RE: Planning session 3",
  """
Bonjour Sandra,

Parfait pour le 14. J'ai supprimé l'ancienne réservation de salle et bloqué
la salle Sologne pour la journée. Les stagiaires ont accès au parking
visiteurs.

Hugo
""", quote=dict(style="outlook_fr", who=SANDRA, subj="Planning session 3",
               body="""Bonjour Hugo,
Finalement le 14 me conviendrait mieux que le 7 pour la session 3.
Pouvez-vous supprimer la réservation du 7 ?
Sandra"""), reply=True)

R("fr_neg_convocation_reunion", "fr", [],
  "Mairie d'Issoudun - Vie associative <vie.associative@issoudun.fr>",
  "Forum des associations - réservation de stand",
  """
Madame,

Nous avons bien enregistré votre demande de stand pour le forum des
associations et des professionnels du bien-être. L'accès à la salle pour
l'installation se fera à partir de 8h. Merci de nous retourner la
convention signée avant le 30 août.

Le service Vie associative
""")

R("fr_neg_apple_mail_remerciement", "fr", [],
  "Sophie Ventura <sophie.ventura@outlook.fr>",
  "Re: Partage de mes coordonnées ?",
  """
Merci pour votre réponse claire. J'avais visiblement donné mon numéro lors
du salon bien-être, je ne m'en souvenais plus. Tout est en ordre, désolée
pour le dérangement.

Sophie
""", quote=dict(style="apple_fr", who=SANDRA, subj="Partage de mes coordonnées ?",
               body="""Bonjour Madame Ventura,
Je n'ai transmis vos coordonnées à personne. Il est possible que la
sophrologue les ait obtenues via le salon bien-être de septembre, où vous
aviez laissé votre carte sur son stand.
Bien à vous,
Sandra Delomenie

> Pourriez-vous m'indiquer à qui vous avez transmis mes coordonnées ?"""), reply=True)

R("fr_neg_html_vide_cadeau", "fr", [],
  "Aurore Fabre <aurore.fabre@gmail.com>",
  "Bon cadeau",
  """
Bonjour Sandra,

Je voudrais offrir une séance découverte à ma sœur pour son anniversaire.
Faites-vous des bons cadeaux ? Elle habite à Vatan.

Merci !
Aurore
""", shape="html")

R("fr_neg_stagiaire_attestation", "fr", [],
  "Noémie Fournier <noemie.fournier@gmail.com>",
  "Attestation pour Pôle emploi",
  """
Bonjour Madame,

France Travail me demande une attestation de présence pour la formation
« Rebondir après un licenciement ». Pourriez-vous me l'envoyer ?

Merci beaucoup,
Noémie Fournier
""", cte="qp")

R("fr_neg_parent_inscription_enfant", "fr", [],
  "Karim Benali <karim.benali@gmail.com>",
  "atelier enfants vacances",
  """
Bonjour, il reste de la place pour l'atelier émotions des 8-11 ans pendant
les vacances de la Toussaint ? Mon fils a 10 ans. On a besoin d'une
autorisation parentale ou je la signe sur place ? Merci
Karim
""")

R("fr_neg_b64_remerciement", "fr", [],
  "Geneviève Tremblay <genevieve.tremblay@videotron.ca>",
  "Re: Demande de renseignements personnels",
  """
Merci infiniment Sandra, j'ai bien reçu le tout. Bonne continuation!
Geneviève
""", cte="b64", quote=dict(style="gmail_fr", who=SANDRA, subj="Demande de renseignements personnels",
               body="""Bonjour Geneviève,
Voici, en pièce jointe, la copie de vos renseignements personnels.
Sandra"""), reply=True)
