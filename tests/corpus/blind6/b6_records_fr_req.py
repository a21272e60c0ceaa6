# -*- coding: utf-8 -*-
"""French requests (b6)."""
from b6_common import M, SANDRA, CONTACT

RECORDS = [
M("fr_retard_paiement_puis_copie", "fr", ["access"],
  "Christelle Aubard <christelle.aubard@wanadoo.fr>", "Re: Facture F2025-041",
  """Bonjour Sandra,

Toutes mes excuses pour le retard, j'ai eu un souci avec ma banque ce mois-ci (changement d'agence, carte bloquée, bref la totale). Le virement de 140 € est parti ce matin, vous devriez le voir d'ici lundi.

Autre chose, puisque je vous écris : pourriez-vous m'envoyer une copie de tout ce que vous avez dans mon dossier ? Les fiches de suivi, le questionnaire du début, vos notes... Je fais un peu le point sur ces deux années et j'aimerais relire tout ça.

Merci et encore désolée,
Christelle""",
  quote=dict(style="gmail", text="""Bonjour Christelle,

Petit rappel amical : la facture F2025-041 (2 séances de mars) reste à régler.

Belle journée,
Sandra""")),

M("fr_ps_newsletter_facture", "fr", ["objection"],
  "Nathalie Pichon <nath.pichon36@gmail.com>", "question facture atelier",
  """Bonjour,

Je n'ai pas reçu la facture pour l'atelier vision board du 12 avril, mon CE en a besoin pour le remboursement. Vous pouvez me la renvoyer ?

Merci !
Nathalie

PS : et par la même occasion, vous pouvez m'enlever de la newsletter ? Je la lis jamais, ça encombre.""",
  date="2025-04-22 20:41"),

M("fr_vague_savoir_puis_oublier", "fr", ["access", "erasure"],
  "Sophie Vasseur <sophie.vasseur@free.fr>", "ma demande",
  """Bonjour Madame,

J'aimerais savoir ce que vous avez sur moi et ensuite que vous m'oubliiez.

Sophie Vasseur"""),

M("fr_effacement_formel_cni", "fr", ["erasure"],
  "Karine Lemaître <k.lemaitre@laposte.net>", "Demande d'effacement de données personnelles - article 17 RGPD",
  """Madame,

Conformément à l'article 17 du Règlement général sur la protection des données, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant que vous détenez, y compris dans vos outils (Systeme.io, Google Drive, Stripe dans la mesure où la loi le permet).

Je vous remercie de me confirmer la suppression dans le délai d'un mois prévu par le règlement.

Vous trouverez ci-joint la copie de ma pièce d'identité, comme indiqué dans votre politique de confidentialité.

Karine Lemaître
14 allée des Tilleuls
36000 Châteauroux""",
  att=[("CNI_Lemaitre_recto_verso.pdf", "application/pdf")], fmt="qp"),

M("fr_temoignage_site", "fr", ["withdraw_consent"],
  "Élodie Bernardin <elodie.bernardin@hotmail.fr>", "mon témoignage sur votre site",
  """Coucou Sandra,

J'espère que tu vas bien ! Je suis tombée par hasard sur mon témoignage sur la page d'accueil de ton site, avec ma photo. À l'époque j'étais ravie de le faire mais ma situation a changé (nouveau poste, je suis un peu plus exposée) et je préférerais qu'il n'y soit plus, ni sur le site ni sur ta page Facebook.

Rien de personnel hein, je garde un super souvenir de notre accompagnement !

Bises
Élodie""", fmt="alt"),

M("fr_photo_stage_facebook", "fr", ["withdraw_consent"],
  "Virginie Chauvet <virginie.chauvet@sfr.fr>", "photos du stage",
  """Bonjour Sandra

Merci encore pour ce week-end à la ferme, c'était magique.

Par contre j'ai vu que les photos de groupe sont sur Facebook et Instagram. Je suis sur 3 d'entre elles (celle autour du feu et les deux de la cérémonie). J'avais coché oui pour le droit à l'image mais finalement je ne suis pas à l'aise, est-ce que tu pourrais les retirer ou me flouter ?

Merci beaucoup, et désolée pour le travail en plus
Virginie""",
  att=[("capture_insta.png", "image/png")]),

M("fr_nom_apres_divorce", "fr", ["rectification"],
  "Céline Marchais <celine.marchais@orange.fr>", "changement de nom",
  """Bonjour Sandra,

Mon divorce est prononcé, je reprends mon nom de jeune fille : Céline MARCHAIS (et non plus Céline DUPRÉ-MARCHAIS).
Est-ce que tu peux mettre à jour mon compte sur la plateforme de formation et les prochaines factures ? Mon adresse mail ne change pas.

Merci, à mardi !
Céline"""),

M("fr_demenagement_adresse", "fr", ["rectification"],
  "Patricia Gendron <patricia.gendron@gmail.com>", "Nouvelle adresse",
  """Bonjour,

Je déménage le 1er juin. Merci de noter ma nouvelle adresse pour les factures et l'envoi du livret de la formation :
Patricia Gendron
3 impasse du Moulin
18100 Vierzon

L'ancienne adresse à Issoudun n'est plus valable.

Cordialement,
Patricia Gendron
06 12 44 87 03"""),

M("fr_numero_tel", "fr", ["rectification"],
  "Sylvie Brunet <sylvie.brunet18@orange.fr>", "mon portable",
  """Sandra, petit mot rapide : j'ai changé de numéro. Le nouveau c'est le 07 68 21 59 40. Tu peux effacer l'ancien (06 23...) qui est résilié. Et c'est celui-là qu'il faut mettre pour les rappels de rdv.
Sylvie""", fmt="b64"),

M("fr_deces_maman", "fr", ["post_mortem"],
  "Aurélie Touzet <aurelie.touzet@gmail.com>", "Ma maman, Monique Touzet",
  """Bonjour Madame Delomenie,

Je me permets de vous écrire pour vous annoncer le décès de ma mère, Monique Touzet, survenu le 3 février. Elle avait suivi plusieurs ateliers avec vous et en parlait souvent avec beaucoup de tendresse.

Elle continue à recevoir vos mails et ses rappels de rendez-vous arrivent sur la tablette, ce qui est difficile pour mon père. Pourriez-vous supprimer son compte et tout ce qui la concerne ?

Je vous joins l'acte de décès si besoin.

Bien à vous,
Aurélie Touzet""",
  att=[("acte_deces_M_Touzet.pdf", "application/pdf")]),

M("fr_notaire_succession", "fr", ["post_mortem"],
  "Étude Maître Lacroix <office.lacroix@notaires.fr>", "Succession de Mme Geneviève BARDIN - demande d'informations",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Geneviève BARDIN, décédée le 17 septembre 2025 à Bourges.

Dans le cadre de nos opérations, nous vous remercions de bien vouloir nous indiquer si la défunte disposait auprès de vous d'un abonnement, de sommes versées d'avance (forfait de séances non consommées) ou d'un compte, et de nous communiquer les éléments détenus la concernant.

Vous trouverez ci-joint l'attestation de dévolution successorale.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Frédéric LACROIX
Clémence Faure, clerc
Office notarial Lacroix - 12 place Gordaine - 18000 Bourges
Tél. 02 48 xx xx xx

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  att=[("attestation_devolution_BARDIN.pdf", "application/pdf")], fmt="html", date="2025-11-04 11:20"),

M("fr_directives_apres_deces", "fr", ["post_mortem"],
  "Fabienne Delorme <fab.delorme@free.fr>", "une demande un peu particulière",
  """Bonjour Sandra,

Suite à notre dernière séance sur la transmission (qui m'a beaucoup remuée), j'ai fait mon testament et mes papiers. Je voulais te le dire aussi par écrit : le jour où je ne serai plus là, je souhaite que tout ce que tu as sur moi (mes carnets, tes notes, les lettres que j'ai écrites pendant le stage) soit détruit, et que personne de ma famille n'y ait accès, même s'ils le demandent.

Je ne suis pas malade, rassure-toi, c'est juste pour être en paix.

Je t'embrasse
Fabienne"""),
# NEAR-LINE: instructions for her own data after her death -> post_mortem only (policy), even though it talks about destruction and refusing access.

M("fr_portabilite_nouvelle_coach", "fr", ["portability"],
  "Laurence Moutier <laurence.moutier@yahoo.fr>", "suite de mon accompagnement",
  """Bonjour Sandra,

Comme je vous l'ai dit, je déménage à Nantes et je vais continuer avec une coach là-bas. Est-ce que vous pourriez lui transmettre directement mon dossier (questionnaires, bilans, plan d'action) ? Idéalement dans un format qu'elle peut réutiliser, un tableur ou un document Word plutôt que des scans. Son adresse : c.brehier@coaching-ouest.fr

Merci pour tout, vraiment.
Laurence"""),

M("fr_savoir_et_export_csv", "fr", ["access", "portability"],
  "Valérie Ragot <valerie.ragot@outlook.fr>", "Mes données",
  """Bonjour,

Je souhaiterais savoir quelles données personnelles vous détenez à mon sujet, et en obtenir un export dans un format lisible par machine (CSV ou JSON) pour les données de mon compte Systeme.io et l'historique de mes achats.

Merci d'avance,
Valérie Ragot"""),

M("fr_conteste_note_burnout", "fr", ["restriction"],
  "Hélène Carpentier <helene.carpentier@gmail.com>", "Re: compte-rendu séance 4",
  """Sandra,

Je viens de relire le compte-rendu et je ne suis pas d'accord avec ce qui est écrit : je n'ai jamais dit que j'étais en burn-out, j'ai parlé de fatigue. Ce mot me pose problème parce que le document est partagé sur le Drive et que mon mari y a accès.

Tant qu'on n'en a pas reparlé ensemble, je préfère que ce compte-rendu ne soit plus utilisé ni partagé avec personne. On voit ça jeudi.

Hélène""",
  quote=dict(style="gmail", text="""Bonjour Hélène,
Voici le compte-rendu de notre séance 4, déposé dans ton dossier partagé.
À jeudi,
Sandra""")),
# NEAR-LINE: contests accuracy and asks to pause use -> restriction only (policy), not rectification.

M("fr_garder_pour_litige", "fr", ["restriction"],
  "Delphine Arnoult <delphine.arnoult@laposte.net>", "Conservation de mon dossier",
  """Madame Delomenie,

Vous avez reçu ma lettre de fin d'accompagnement la semaine dernière. Je reviens vers vous pour une précision importante : je suis actuellement en procédure prud'homale contre mon ancien employeur et mon avocate m'indique que les éléments de notre accompagnement (dates des séances, bilans) pourraient m'être utiles.

Je vous demande donc de NE PAS supprimer mon dossier, même si votre politique le prévoit, mais de ne plus l'utiliser à aucune autre fin (relances, newsletter, statistiques) jusqu'à nouvel ordre.

Cordialement,
Delphine Arnoult"""),
# NEAR-LINE: "ne pas supprimer mais ne plus utiliser" -> restriction only (policy), even though newsletter/relances are named.

M("fr_stop_sms", "fr", ["objection"],
  "Stéphanie Coulon <steph.coulon@icloud.com>", "SMS",
  """Bonjour, je reçois des SMS pour vos promos et vos prochains stages, je ne souhaite plus en recevoir merci. Stéphanie

Envoyé de mon iPhone"""),

M("fr_questionnaire_stats_opposition", "fr", ["objection"],
  "Marion Texier <marion.texier@gmail.com>", "Questionnaire de satisfaction",
  """Bonjour Sandra,

J'ai bien rempli le questionnaire de fin de formation. Je viens de voir dans le mail de relance que les réponses servent à établir des statistiques que vous publiez dans votre bilan annuel. Je ne souhaite pas que mes réponses soient utilisées pour ça : ce sont des choses assez personnelles et je préfère qu'elles restent entre nous pour améliorer la formation, point.

Merci de votre compréhension,
Marion"""),
# NEAR-LINE: use for statistics -> objection (policy lists statistics under objection).

M("fr_comment_adresse_stop", "fr", ["access", "objection"],
  "Julie Perrot <julie.perrot@free.fr>", "??? vos mails",
  """Bonjour,

Je reçois depuis un mois votre « Lettre de Floraison ». Je ne me suis jamais inscrite et je ne vous connais pas. D'où tenez-vous mon adresse mail ? Je veux savoir qui vous l'a donnée.

Et merci d'arrêter de m'écrire.

J. Perrot"""),

M("fr_partage_naturopathe", "fr", ["access"],
  "Camille Hamon <camille.hamon@orange.fr>", "démarchage",
  """Bonjour Sandra,

Une naturopathe de Châteauroux m'a appelée hier en me disant qu'elle avait eu mon numéro « par le réseau Floraison ». Je ne lui ai jamais donné. Pouvez-vous me dire à qui vous avez transmis mes coordonnées ces derniers mois ?

Merci,
Camille Hamon"""),

M("fr_parent_fille_mineure", "fr", ["erasure"],
  "Sandrine Lavergne <sandrine.lavergne@gmail.com>", "Inscription de ma fille Lou (atelier ados)",
  """Bonjour Madame,

Ma fille Lou, 15 ans, a participé à votre atelier « Confiance en soi ados » en février. Elle ne souhaite pas continuer et, en tant que mère, je vous demande de supprimer toutes les informations la concernant : fiche d'inscription, questionnaire qu'elle a rempli, son adresse mail et son numéro de portable.

Je reste joignable au 06 77 14 32 08 si besoin.

Sandrine Lavergne""", fmt="alt"),

M("fr_avocat_mandat", "fr", ["access"],
  "Maître Antoine Verdier <a.verdier@verdier-avocat.fr>", "Mme Agnès ROYER - communication de données personnelles",
  """Madame,

Je suis le conseil de Madame Agnès ROYER, qui m'a donné mandat (pouvoir ci-joint) pour exercer en son nom les droits qu'elle tient du RGPD.

À ce titre, je vous prie de bien vouloir me communiquer l'intégralité des données à caractère personnel concernant ma cliente que vous traitez, y compris les notes prises lors des séances d'accompagnement de 2024 et 2025, ainsi que la liste des destinataires de ces données.

Je vous remercie de me faire parvenir ces éléments dans le délai légal.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Antoine Verdier
Avocat au Barreau de Châteauroux""",
  att=[("Pouvoir_ROYER.pdf", "application/pdf"), ("CNI_ROYER.pdf", "application/pdf")], fmt="html"),

M("fr_supprimer_compte_et_donnees", "fr", ["erasure"],
  "Béatrice Joly <bea.joly@gmail.com>", "Suppression",
  """Bonjour, merci de supprimer mon compte sur votre plateforme de formation et toutes mes données. Bonne continuation. Béatrice Joly"""),

M("fr_desinscrire_et_effacer", "fr", ["erasure", "objection"],
  "Anne-Sophie Girardin <as.girardin@hotmail.com>", "désinscription",
  """Bonjour,
Je souhaite être désinscrite de toutes vos listes et que toutes mes données soient effacées de vos fichiers.
Merci
AS Girardin"""),

M("fr_date_naissance_attestation", "fr", ["rectification"],
  "Odile Meunier <odile.meunier@wanadoo.fr>", "erreur sur l'attestation de formation",
  """Bonjour Sandra,

J'ai bien reçu mon attestation de fin de formation, merci ! Petit souci : ma date de naissance est fausse, c'est le 14/08/1967 et non le 18/04/1967. Pôle emploi (France Travail maintenant...) va me la refuser si ce n'est pas exact. Pourriez-vous corriger dans votre fichier et me la renvoyer ?

Odile"""),

M("fr_cr_trois_enfants", "fr", ["rectification"],
  "Brigitte Favreau <brigitte.favreau@orange.fr>", "petite correction",
  """Bonjour Sandra,
Dans le bilan que tu m'as envoyé, tu as écrit que j'ai deux enfants, j'en ai trois (tu as oublié Mathis, le petit dernier, il ne faudrait pas qu'il le sache !). Et je travaille à mi-temps, pas à temps plein. Tu peux corriger dans ta fiche ?
Merci, bises
Brigitte"""),

M("fr_replay_webinaire_visage", "fr", ["withdraw_consent"],
  "Émilie Jourdain <emilie.jourdain@gmail.com>", "Replay du webinaire de mardi",
  """Bonjour Sandra,

J'ai participé au webinaire de mardi soir caméra allumée et je me suis aperçue qu'on me voit pleurer pendant l'exercice de la lettre dans le replay que vous avez mis sur la plateforme et sur YouTube. J'avais dit oui pour l'enregistrement au début mais là je retire mon accord. Est-ce possible de couper ce passage ou de retirer la vidéo ?

Merci d'avance
Émilie""", fmt="qp"),

M("fr_retrait_consentement_sante", "fr", ["withdraw_consent"],
  "Coralie Besnard <coralie.besnard@laposte.net>", "Consentement données de santé",
  """Bonjour,

Lors de la signature du contrat, j'ai donné mon consentement pour que vous collectiez des informations sur ma santé (traitement, suivi psy). Je retire ce consentement. Je continuerai les séances mais je ne veux plus que ces éléments soient notés.

Coralie Besnard"""),

M("fr_pub_facebook_ciblage", "fr", ["objection"],
  "Manon Leclerc <manon.leclerc@gmail.com>", "pubs Facebook",
  """Bonjour Sandra,

Depuis que j'ai acheté le mini-cours, je vois vos publicités partout sur Facebook et Instagram. Je suppose que mon adresse est dans une audience personnalisée. Je ne veux pas être ciblée comme ça, merci de retirer mes coordonnées de vos campagnes publicitaires.

Le cours est top sinon 🙂
Manon"""),

M("fr_copie_notes_seances", "fr", ["access"],
  "Justine Maillard <justine.maillard@free.fr>", "Notes de séances",
  """Bonjour Sandra,

Pourriez-vous m'envoyer une copie des notes que vous avez prises pendant nos séances de 2024 ? Ma psychologue aimerait avoir une idée du travail déjà fait.

Merci beaucoup
Justine"""),

M("fr_disparaitre_fichiers", "fr", ["erasure"],
  "Gaëlle Cordier <gaelle.cordier@sfr.fr>", "(pas d'objet)",
  """je voudrais disparaitre de vos fichiers svp, tout. merci"""),

M("fr_access_rectif_nom", "fr", ["access", "rectification"],
  "Morgane Le Goff <morgane.legoff@gmail.com>", "Vérification de mes informations",
  """Bonjour Sandra,

J'ai remarqué que mon nom est écrit « Legoff » dans vos mails automatiques et sur mes factures, alors que c'est « Le Goff » en deux mots. Pouvez-vous corriger ?

Et tant qu'on y est, j'aimerais bien recevoir un récapitulatif de toutes les infos que vous avez sur moi, pour vérifier qu'il n'y a pas d'autres erreurs.

Merci !
Morgane Le Goff"""),

M("fr_plainte_puis_effacement", "fr", ["erasure"],
  "Pascale Thibault <pascale.thibault@orange.fr>", "Fin de notre collaboration",
  """Madame,

Je ne vais pas revenir sur le déroulé de la dernière séance, je vous ai déjà dit au téléphone ce que j'en pensais. Je ne souhaite pas poursuivre l'accompagnement et je vous demande de supprimer tout ce qui me concerne : fiches, questionnaires, enregistrements, échanges de mails, tout.

Je ne demande pas de remboursement.

P. Thibault"""),

M("fr_supprimer_docs_drive", "fr", ["erasure"],
  "Florence Pasquier <florence.pasquier@gmail.com>", "Drive partagé",
  """Bonjour Sandra,

Maintenant que l'accompagnement est terminé, est-ce que tu pourrais supprimer les documents que j'avais déposés dans le dossier Drive (mon bilan de compétences, les résultats du test MBTI et mon CV) ? Je les ai gardés de mon côté, pas besoin de me les renvoyer.

Bonne fin de semaine
Florence""", fmt="alt"),

M("fr_enregistrement_seance_copie", "fr", ["access"],
  "Thierry Guérin <thierry.guerin@wanadoo.fr>", "enregistrement audio",
  """Bonjour Madame,

Lors de la séance d'hypnose du 5 mars vous aviez enregistré la séance. Si vous l'avez encore, je voudrais bien en avoir une copie.

Cordialement
Thierry Guérin"""),
# NEAR-LINE: copy of a recording of himself that she holds -> access.

M("fr_transfert_sophrologue", "fr", ["portability"],
  "Olivier Baudry <olivier.baudry@free.fr>", "transfert de dossier",
  """Bonjour,

Ma nouvelle sophrologue (Mme Isabelle Naudin, naudin.sophro@gmail.com) souhaiterait disposer de mes questionnaires et de mes fiches de suivi. Vous pouvez les lui envoyer directement sous format numérique, je vous y autorise.

Merci,
Olivier Baudry"""),

M("fr_temoignage_et_tout_supprimer", "fr", ["erasure", "withdraw_consent"],
  "Sylvie Royer <sylvie.royer@gmail.com>", "Témoignage + données",
  """Bonjour Sandra,

Je souhaite que mon témoignage vidéo soit retiré de votre site et de la page de vente de la formation. Je souhaite également que l'ensemble de mes données soit supprimé de vos fichiers.

Merci de me confirmer par retour de mail.
Sylvie Royer"""),

M("fr_merci_atelier_ps_promos", "fr", ["objection"],
  "Isabelle Fournier <isa.fournier@orange.fr>", "Merci pour samedi !",
  """Chère Sandra,

Un immense merci pour l'atelier de samedi. Je suis rentrée légère, légère... J'ai déjà commencé le rituel du matin et je tiens bon depuis 4 jours !

Je pense revenir pour le cercle de juin, je te redis.

Isabelle

P.S. Je veux bien continuer à recevoir les infos pratiques pour les ateliers où je suis inscrite, mais plus les mails promotionnels (les offres, les codes promo, etc.) s'il te plaît, j'en reçois trop en ce moment de partout.""",
  fmt="alt"),

M("fr_nouvelle_adresse_mail", "fr", ["rectification"],
  "Laurent Giraud <laurent.giraud@proton.me>", "Changement d'adresse mail",
  """Bonjour,
Mon adresse laurent.giraud36@hotmail.fr ne sera plus utilisée à partir de la fin du mois. Merci d'utiliser désormais celle-ci : laurent.giraud@proton.me, et de supprimer l'ancienne de vos contacts.
Bien cordialement,
Laurent Giraud"""),

M("fr_ce_que_vous_savez", "fr", ["access"],
  "Agnès Royer <agnes.royer@yahoo.fr>", "question",
  """Bonjour Sandra, j'aimerais savoir ce que vous savez de moi, ce que vous avez noté quoi. Je suis curieuse et un peu inquiète aussi. Agnès"""),

M("fr_pourriez_vous_supprimer", "fr", ["erasure"],
  "Mathieu Barre <mathieu.barre@gmail.com>", "Données personnelles",
  """Bonjour,

J'ai participé à votre conférence en ligne en 2023. Pourriez-vous supprimer mes données ?

Merci et bonne journée,
Mathieu Barre"""),

M("fr_pm_mari_notes", "fr", ["post_mortem"],
  "Jean-Marc Rivière <jm.riviere@orange.fr>", "Catherine",
  """Bonjour Sandra,

Vous ne me connaissez pas, je suis le mari de Catherine Rivière. Catherine nous a quittés le mois dernier. Elle vous voyait depuis deux ans et je sais que ces séances comptaient beaucoup pour elle.

En rangeant ses affaires j'ai trouvé des carnets où elle parle de vous et de « la lettre à ses enfants » qu'elle avait écrite en séance. Est-ce que vous auriez gardé ses écrits ou vos notes ? Nos enfants aimeraient beaucoup les lire, si c'est possible.

Merci pour ce que vous lui avez apporté.
Jean-Marc Rivière"""),

M("fr_pm_fils_desinscrire", "fr", ["post_mortem"],
  "Franck Dumas <franck.dumas@laposte.net>", "désinscription de Mme Josiane Dumas",
  """Bonjour,
Ma mère Josiane Dumas est décédée en décembre. Elle reçoit toujours votre newsletter sur son adresse, que je consulte pour les démarches. Merci de la désinscrire.
Franck Dumas"""),
# NEAR-LINE: unsubscribing a deceased relative -> post_mortem only (policy), not objection.

M("fr_gel_dossier", "fr", ["restriction"],
  "Stéphanie Lebrun <stephanie.lebrun@gmail.com>", "mon dossier",
  """Bonjour Sandra,

Je ne sais pas encore si je veux reprendre l'accompagnement ou tout effacer. En attendant, est-ce que tu peux geler mon dossier ? C'est-à-dire : tu ne supprimes rien, mais tu ne t'en sers pas, tu ne me relances pas, tu ne le partages pas. Je te redis d'ici l'été.

Stéphanie"""),

M("fr_lettre_trois_droits", "fr", ["access", "objection", "rectification"],
  "Pierre-Yves Collin <py.collin@sfr.fr>", "Exercice de mes droits RGPD",
  """Madame,

Client de Floraison de Soi entre 2022 et 2024, je souhaite exercer les droits suivants :

1. Droit d'accès (art. 15) : communication de l'ensemble des données me concernant, de leur source et de leurs destinataires ;
2. Droit de rectification (art. 16) : mon adresse postale est toujours l'ancienne dans vos mails (8 rue de la Gare, Déols) ; la bonne est 21 rue Victor Hugo, 36130 Déols ;
3. Droit d'opposition (art. 21) : je m'oppose à toute prospection commerciale de votre part.

Pièce d'identité jointe.

Pierre-Yves Collin""",
  att=[("passeport_collin.jpg", "image/jpeg")]),

M("fr_effacer_sante_questionnaire", "fr", ["erasure"],
  "Agathe Morin <agathe.morin@gmail.com>", "questionnaire d'entrée",
  """Bonjour,

Dans le questionnaire d'entrée de la formation j'ai indiqué mes antécédents (dépression, traitement en cours). Avec du recul je n'aurais pas dû. Pouvez-vous effacer ces réponses ? Le reste de mon inscription peut rester.

Agathe Morin"""),

M("fr_opposition_prospection_formelle", "fr", ["objection"],
  "Nicolas Prévost <n.prevost@outlook.fr>", "Opposition",
  """Madame, Monsieur,

En application de l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de prospection commerciale. Je vous remercie de ne plus m'adresser aucune sollicitation, par quelque canal que ce soit.

N. Prévost"""),

M("fr_rib_conserve", "fr", ["access"],
  "Yannick Charpentier <yannick.charpentier@orange.fr>", "RIB",
  """Bonjour,
Pour le paiement en 4 fois j'avais donné mon RIB. Maintenant que tout est réglé, est-ce que vous avez toujours mes coordonnées bancaires ? Qu'est-ce que vous avez conservé exactement, et chez qui (Stripe ? votre banque ?)
Merci
Yannick"""),

M("fr_supprimer_rib", "fr", ["erasure"],
  "Yannick Charpentier <yannick.charpentier@orange.fr>", "Re: RIB",
  """Merci pour la réponse rapide. Dans ce cas pouvez-vous supprimer le RIB et le mandat de prélèvement de chez vous, je n'en ai plus besoin.
Yannick""",
  quote=dict(style="gmail", text="""Bonjour Yannick,
Votre RIB est enregistré dans mon espace de paiement (mandat SEPA) et une copie PDF est dans mon dossier comptable.
Bien à vous,
Sandra""")),

M("fr_adresse_facture_fausse", "fr", ["rectification"],
  "Hélène Vidal <helene.vidal@wanadoo.fr>", "adresse sur la facture",
  """Bonjour Sandra,
L'adresse sur ma facture est fausse, il y a eu une erreur de saisie : c'est 12 rue des Capucins et pas 21. Tu peux corriger dans ta fiche pour les prochaines ?
Hélène"""),

M("fr_export_reponses_parcours", "fr", ["portability"],
  "Émilie Sarrazin <emilie.sarrazin@gmail.com>", "Parcours Éclore - mes réponses",
  """Bonjour,

Mon accès au Parcours Éclore se termine le 30. J'ai rempli tous les exercices en ligne (journal, roue de vie, etc.). Est-ce que je peux récupérer mes réponses dans un fichier que je pourrai réimporter ou au moins ouvrir sur mon ordinateur (Excel, CSV...) ?

Merci,
Émilie"""),

M("fr_retire_consentement_newsletter", "fr", ["objection"],
  "Josette Perrin <josette.perrin@orange.fr>", "retrait de consentement",
  """Madame,
Je retire mon consentement à recevoir votre lettre d'information.
Salutations,
J. Perrin"""),
# NEAR-LINE: wording is "retirer mon consentement" but it is a newsletter unsubscribe -> objection only (policy).

M("fr_cookies_analytics", "fr", ["withdraw_consent"],
  "Rémi Lhomme <remi.lhomme@gmail.com>", "cookies de votre site",
  """Bonjour,

J'ai accepté par erreur les cookies Google Analytics en visitant floraisondesoi.fr et votre bandeau ne réapparaît pas. Je retire ce consentement : merci de ne plus me tracer et de supprimer ce qui a été collecté sur ma navigation si c'est possible de votre côté.

Rémi Lhomme"""),
# NEAR-LINE: withdraws consent to tracking; the deletion ask is limited to the tracking data -> withdraw_consent only.

M("fr_ancienne_cliente_4ans", "fr", ["erasure", "objection"],
  "Monique Garnier <monique.garnier@laposte.net>", "Je ne suis plus cliente",
  """Bonjour,

Je suis venue à deux ateliers en 2021. Depuis je reçois régulièrement vos mails et vos invitations. Je ne souhaite plus rien recevoir, et je souhaite que mes coordonnées soient effacées, puisque je ne suis plus cliente depuis longtemps.

Monique Garnier"""),

M("fr_qui_a_acces_assistante", "fr", ["access"],
  "Lucie Bertin <lucie.bertin@gmail.com>", "Confidentialité",
  """Bonjour Sandra,

J'ai reçu un mail de confirmation signé « Julie, assistante de Sandra ». Je ne savais pas qu'une autre personne avait accès à mon dossier. Qui exactement a accès à mes informations (votre assistante, votre comptable, d'autres ?) et qu'est-ce qu'ils voient ?

Ce n'est pas un reproche, j'ai besoin de savoir.
Lucie"""),

M("fr_prenom_maelle", "fr", ["rectification"],
  "Maëlle Guillot <maelle.guillot@gmail.com>", "Mon prénom",
  """Bonjour, mon prénom s'écrit Maëlle avec un tréma, pas Maelle, sur l'attestation et dans tous vos mails. Merci de corriger ça dans mon compte !
Maëlle"""),

M("fr_pm_soeur_ecrits", "fr", ["post_mortem"],
  "Nadia Benali <nadia.benali@free.fr>", "Si jamais...",
  """Bonjour Sandra,

Je passe une IRM la semaine prochaine et je me fais peut-être des films, mais je préfère prévoir. Si jamais il m'arrivait quelque chose, je souhaite que ma sœur Samia (samia.benali@gmail.com) puisse récupérer mes textes du stage d'écriture et les enregistrements de mes séances. Tout le reste, tu peux le supprimer.

Merci d'être là,
Nadia"""),

M("fr_objection_relances_tel", "fr", ["objection"],
  "Dominique Faucher <d.faucher@orange.fr>", "appels",
  """Madame,

Votre assistante m'a appelé trois fois ce mois-ci pour me proposer la formation de septembre. J'ai dit non la première fois. Je ne veux plus être contacté par téléphone ni par mail pour vos offres.

D. Faucher""", date="2025-09-18 18:05"),

M("fr_portab_tableur_seances", "fr", ["portability"],
  "Corinne Aubry <corinne.aubry@yahoo.fr>", "historique",
  """Bonjour Sandra,
Pour ma mutuelle et pour mon propre suivi, est-ce que tu pourrais m'exporter l'historique de mes séances et paiements (dates, montants, type de séance) dans un tableur ? Je voudrais pouvoir le réutiliser dans mon appli de suivi de budget.
Merci !
Corinne"""),

M("fr_whatsapp_numero_effacer", "fr", ["erasure"],
  "Lina Mercier <lina.mercier@gmail.com>", "groupe whatsapp formation",
  """Hello Sandra,

La formation est finie depuis 6 mois et je suis encore dans le groupe WhatsApp « Promo Printemps ». Je suis sortie du groupe, mais est-ce que tu peux aussi effacer mon numéro et mes messages de tes sauvegardes / exports du groupe ? Je sais que tu les archivais.

Merci !
Lina"""),

M("fr_acces_et_suppression_apres", "fr", ["access", "erasure"],
  "Annie Colas <annie.colas@orange.fr>", "Mes données - avant suppression",
  """Bonjour,

Avant de tout supprimer, je voudrais une copie de ce que vous avez sur moi (mes fiches et mes réponses aux questionnaires). Une fois que je l'ai reçue et que je vous ai confirmé, vous pourrez effacer l'ensemble.

Merci
Annie Colas"""),

M("fr_avocat_effacement", "fr", ["erasure"],
  "Cabinet Morel Avocats <contact@morel-avocats.fr>", "V/Réf : Floraison de Soi - N/Réf : 25-118 THIBAUD",
  """Madame,

Agissant en qualité de conseil de Monsieur Éric THIBAUD, dûment mandaté à cet effet (mandat ci-joint), je vous demande de procéder à l'effacement de toutes les données à caractère personnel concernant mon client, y compris les enregistrements audio des séances, et de m'en confirmer l'exécution par écrit.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Me Caroline MOREL
Avocat à la Cour
Ce courriel est confidentiel et couvert par le secret professionnel.""",
  att=[("mandat_THIBAUD.pdf", "application/pdf")], fmt="alt"),

M("fr_rectif_note_profession", "fr", ["rectification"],
  "Sabrina Lopes <sabrina.lopes@gmail.com>", "Re: ta fiche d'inscription au stage",
  """Coucou ! Oui tout est bon sauf la profession : je ne suis plus aide-soignante depuis janvier, je suis en formation d'infirmière. Tu peux mettre à jour ?
Bises""",
  quote=dict(style="apple", text="""Bonjour Sabrina,
Peux-tu vérifier les informations de ta fiche ci-dessous avant le stage ?
Nom : Lopes / Prénom : Sabrina / Profession : aide-soignante / Allergies : aucune
Merci !
Sandra""")),

M("fr_opposition_temoin_stats_site", "fr", ["objection"],
  "Gérard Poulain <gerard.poulain@free.fr>", "mon nom dans votre bilan",
  """Bonjour,

J'ai vu que dans votre « bilan de l'année » publié sur le blog, vous donnez des chiffres sur les participants (âge, ville, profession) et que j'y suis facilement reconnaissable : le seul homme de plus de 70 ans de Levroux. Je ne veux pas que mes données soient utilisées pour ce genre de statistiques.

Gérard Poulain"""),

M("fr_enregistrement_zoom_retirer", "fr", ["withdraw_consent"],
  "Hélène Morvan <helene.morvan@gmail.com>", "enregistrement du cercle",
  """Bonjour Sandra,

J'avais accepté que le cercle en ligne soit enregistré pour celles qui ne pouvaient pas venir. En fait je ne suis plus d'accord pour que mon passage (je parle de mon père) reste dans l'enregistrement. Est-ce que tu peux le couper ou ne plus diffuser ce replay ?

Hélène"""),

M("fr_pas_de_donnees_ps_effacer_photo", "fr", ["withdraw_consent"],
  "Claire Dubreuil <claire.dubreuil@gmail.com>", "Inscription atelier de mai",
  """Bonjour Sandra,

Je confirme mon inscription pour l'atelier « Écrire sa colère » du 17 mai, le paiement est fait via le lien Stripe.

Est-ce qu'il faut apporter quelque chose ? Un carnet, un coussin ?

Merci !
Claire

PS : j'ai vu ma tête sur le flyer du prochain stage (photo de l'an dernier). Je préférerais qu'elle n'y soit plus pour les prochaines impressions et sur le site.""",
  fmt="alt"),

M("fr_acces_source_liste", "fr", ["access"],
  "Thomas Renaud <thomas.renaud@gmail.com>", "inscription newsletter ?",
  """Bonjour,

Je reçois votre newsletter, et je ne me souviens pas m'être inscrit. Pouvez-vous m'indiquer quand et comment mon adresse a été collectée (formulaire, salon, achat ?) ? Je ne suis pas contre la newsletter, je veux juste comprendre.

Thomas"""),
# NEAR-LINE: only asks where the data came from, keeps the newsletter -> access only.

M("fr_mdp_et_donnees_ps", "fr", ["erasure"],
  "Ginette Roux <ginette.roux@wanadoo.fr>", "mot de passe",
  """Bonjour madame je narrive pas a me connecter sur votre site de formation il me dit que le mot de passe est faux. Ma petite fille a essayé aussi.
Finalement laissez tomber je ne le ferai pas ce cours ce nest pas pour moi a mon age. Vous pouvez tout effacer me concernant, mon compte et le reste.
Merci quand même
Ginette Roux"""),

M("fr_limitation_contestation_facture", "fr", ["restriction"],
  "Bruno Lefort <bruno.lefort@orange.fr>", "contestation",
  """Madame,

Je conteste l'exactitude des informations transmises à votre comptable et à votre plateforme de paiement : je n'ai jamais souscrit au pack de 10 séances, seulement à 5. Dans l'attente de la vérification, je vous demande de suspendre tout traitement de ces données (relances, transmission au recouvrement).

Bruno Lefort"""),
# NEAR-LINE: contests accuracy and asks suspension -> restriction only (policy). It is also a billing dispute.

M("fr_mix_rectif_objection", "fr", ["objection", "rectification"],
  "Martine Delage <martine.delage@laposte.net>", "mes coordonnées",
  """Bonjour,

Deux choses :
- mon numéro de téléphone a changé, c'est maintenant le 06 45 90 12 77 ;
- par contre ce numéro, c'est uniquement pour les rendez-vous, je ne veux pas recevoir de SMS pour les promotions ou les nouveaux ateliers.

Merci,
Martine Delage"""),

M("fr_tout_ce_que_vous_avez_et_format", "fr", ["access", "portability"],
  "Xavier Ménard <xavier.menard@gmail.com>", "Demande de copie",
  """Bonjour,

Je souhaiterais recevoir :
- la liste des données que vous conservez me concernant ;
- une copie de mes données de compte et de progression sur la formation, dans un format structuré (CSV, JSON) que je puisse importer ailleurs.

Merci d'avance.
Xavier Ménard"""),

M("fr_access_post_scriptum_seance", "fr", ["access"],
  "Émeline Dufour <emeline.dufour@gmail.com>", "Séance de jeudi",
  """Bonjour Sandra,

Je confirme jeudi 14h, en visio cette fois si ça vous va (ma voiture est au garage).

Bonne journée,
Émeline

PS : vous m'aviez dit que vous notiez des choses dans un dossier à mon nom, est-ce que je peux en avoir une copie un jour ? Pas d'urgence."""),

M("fr_effacement_groupe_fb", "fr", ["erasure"],
  "Audrey Caron <audrey.caron@hotmail.fr>", "groupe privé",
  """Bonjour,

J'ai quitté le groupe Facebook privé des Floraisons. Pouvez-vous effacer les publications et commentaires que j'y avais laissés (surtout celui sur ma fausse couche) ? Je n'arrive pas à les supprimer moi-même depuis que j'ai quitté le groupe.

Audrey"""),

M("fr_pm_fille_acces_compte", "fr", ["post_mortem"],
  "Sarah Lemoine <sarah.lemoine@gmail.com>", "Compte de mon père",
  """Bonjour,

Mon père, Alain Lemoine, est décédé le 2 mars. Il avait acheté votre formation en ligne l'an dernier. Je suis son unique héritière. Pourriez-vous me transmettre ses données (ses exercices, son journal) puis clôturer son compte ?

Merci,
Sarah Lemoine""",
  att=[("acte_de_deces.pdf", "application/pdf"), ("livret_famille.pdf", "application/pdf")]),

M("fr_vague_laisser_tranquille", "fr", ["erasure", "objection"],
  "Jocelyne Hardy <jocelyne.hardy@orange.fr>", "stop",
  """Bonjour, je voudrais que vous me laissiez tranquille et que vous n'ayez plus rien sur moi. Merci. J. Hardy"""),
# NEAR-LINE: "laissez-moi tranquille" = stop contacting (objection); "plus rien sur moi" = erasure.

M("fr_limitation_pendant_reflexion_temoignage", "fr", ["restriction"],
  "Nathalie Brun <nathalie.brun@gmail.com>", "mon dossier et la formation",
  """Bonjour Sandra,

Je t'ai demandé la semaine dernière de supprimer mes données, mais mon conseiller France Travail me dit que je vais peut-être devoir justifier de la formation. Donc finalement ne supprime rien pour l'instant s'il te plaît, mais ne t'en sers pas non plus (pas de relance, pas de newsletter) en attendant que j'y voie plus clair.

Merci et désolée pour les allers-retours
Nathalie"""),

M("fr_qp_lettre_access_erasure_portab", "fr", ["access", "erasure", "portability"],
  "Régine Fabre <regine.fabre@free.fr>", "Mes données personnelles",
  """Madame Delomenie,

Je souhaite :
1) savoir quelles informations vous détenez sur moi et à qui elles ont été communiquées ;
2) récupérer mes bilans et questionnaires dans un format numérique que je pourrai transmettre à mon médecin (fichier Word ou tableur, pas de papier) ;
3) qu'ensuite tout soit supprimé de vos fichiers et de vos outils en ligne.

Je vous remercie de votre diligence.
Régine Fabre
Issoudun""", fmt="qp"),

M("fr_photos_enfant_parent", "fr", ["withdraw_consent"],
  "Sébastien Moreau <seb.moreau@gmail.com>", "Photo de mon fils",
  """Bonjour Madame,

Mon fils Noé (12 ans) a participé à l'atelier parents-enfants du 8 mars avec sa mère. Je découvre qu'une photo de lui est sur votre page Instagram. Nous avons l'autorité parentale conjointe et je n'ai pas donné mon accord ; je retire en tout cas toute autorisation de diffusion de son image. Merci de la retirer.

Sébastien Moreau"""),

M("fr_opposer_profilage_quiz", "fr", ["objection"],
  "Aline Perret <aline.perret@gmail.com>", "quiz profil",
  """Bonjour,

J'ai fait le quiz « Quelle fleur êtes-vous ? » sur votre site et depuis je reçois des mails « personnalisés selon mon profil ». Je ne veux pas être profilée en fonction de mes réponses. Vous pouvez m'envoyer la newsletter normale mais pas ces séquences ciblées.

Aline"""),

M("fr_base64_outlook_acces", "fr", ["access"],
  "Véronique Lambert <veronique.lambert@cm-issoudun.fr>", "RE: Bilan fin d'accompagnement",
  """Bonjour Sandra,

Merci pour le bilan, il m'a bien fait réfléchir.

Par contre je ne retrouve plus le questionnaire que j'avais rempli au tout début, ni les fiches des premières séances. Est-ce que vous pourriez m'envoyer tout ce que vous avez conservé me concernant, en une fois ? Ce serait plus simple pour moi de tout avoir.

Bonne soirée,
Véronique Lambert
Service culturel
Ville d'Issoudun

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
  fmt="b64", quote=dict(style="outlook", text="""Bonjour Véronique,

Vous trouverez ci-joint le bilan de fin d'accompagnement.

Bien à vous,
Sandra Delomenie
Floraison de Soi""", subj="Bilan fin d'accompagnement")),

M("fr_contact_suppression_partielle_newsletter_garder", "fr", ["erasure"],
  "Yvette Giraud <yvette.giraud@orange.fr>", "mes anciennes fiches",
  """Bonjour,

Je veux bien continuer à recevoir la newsletter, ça me fait plaisir de vous lire. Mais je voudrais que mes anciennes fiches de séances (2019-2021) soient détruites, je n'ai plus envie que ces choses-là existent quelque part.

Bien amicalement,
Yvette"""),

M("fr_forward_mari_efface", "fr", ["erasure"],
  "Christine Pelletier <christine.pelletier@gmail.com>", "TR: inscription",
  """Bonjour Sandra,

Mon mari m'a transféré ce mail qui est arrivé sur sa boîte : c'est moi qui m'étais inscrite avec son adresse à l'époque. Je vous demande de supprimer mes données et cette adresse, je me réinscrirai peut-être plus tard avec la mienne.

Christine""",
  fwd=dict(frm="Floraison de Soi <contact@floraisondesoi.fr>", date="mar. 4 mars 2025 à 07:00",
           subj="🌸 Les inscriptions au stage de printemps sont ouvertes", to="Didier Pelletier <didier.pelletier@orange.fr>",
           text="""Bonjour Christine,

Les inscriptions au stage « Renaître au printemps » sont ouvertes !
3 jours pour se reconnecter à soi, du 11 au 13 avril.

Je m'inscris : https://floraisondesoi.fr/stage-printemps

Pour ne plus recevoir ces emails, cliquez ici.""")),
# NEAR-LINE: own data sent via husband's address; she is the data subject -> erasure.

M("fr_tres_long_parcours_puis_demande", "fr", ["erasure", "withdraw_consent"],
  "Armelle Caillaud <armelle.caillaud@gmail.com>", "Des nouvelles, et une demande",
  """Chère Sandra,

Cela fait presque un an que nous ne nous sommes pas parlé, et je voulais te donner des nouvelles. Après notre dernière séance, j'ai finalement quitté mon poste à la banque. Ça a été très dur les premiers mois : la peur de manquer, le regard des autres, mes parents qui ne comprenaient pas. J'ai souvent relu le carnet que tu m'avais fait commencer, surtout la page « ce que je ne veux plus ».

Aujourd'hui je suis installée comme céramiste à Sancerre, j'ai un petit atelier et je donne des cours le samedi. Ce n'est pas encore rentable mais je suis heureuse, vraiment, pour la première fois depuis longtemps.

Et c'est justement pour ça que je t'écris : j'aimerais tourner la page de cette période. Je sais que j'avais donné mon accord pour que tu utilises mon histoire (anonymisée) dans ton livre blanc et mon témoignage écrit sur ton site. Je préférerais que tu les retires. Et plus largement, je voudrais que tu supprimes tout ce que tu as gardé de notre accompagnement : notes, questionnaires, enregistrements, mes mails. Je n'en ai plus besoin et j'ai envie de repartir sans bagage.

Ne le prends surtout pas mal, c'est grâce à toi que j'en suis là. Si tu passes par Sancerre, viens me voir à l'atelier, je t'offrirai un bol !

Avec toute ma gratitude,
Armelle""", fmt="alt"),

M("fr_sms_court_efface", "fr", ["erasure"],
  "Kevin Martin <kevin.martin36@gmail.com>", "Fwd: SMS",
  """Je vous ai envoyé un SMS mais pas de réponse donc je le remets ici :
"Bonjour, c'est Kevin, on s'est vus au salon bien-être de Châteauroux. Effacez mon numéro et mon mail de votre fichier svp merci"
"""),

M("fr_apple_portab_drive", "fr", ["portability"],
  "Anaïs Fontaine <anais.fontaine@icloud.com>", "Re: Clôture de ton dossier Drive",
  """Avant que tu fermes le dossier, tu peux m'envoyer tous les fichiers en version modifiable (les .docx et le tableur de suivi), pas en PDF ? Je veux continuer à les remplir avec ma nouvelle thérapeute.
Merci ❤️
Anaïs

Envoyé de mon iPhone""",
  quote=dict(style="apple", text="""Coucou Anaïs,
Je vais fermer le partage de ton dossier Drive à la fin du mois, comme convenu.
Bises
Sandra""")),

M("fr_access_qui_comptable_et_opposition_stats", "fr", ["access", "objection"],
  "Bernard Tessier <bernard.tessier@orange.fr>", "Vos sous-traitants",
  """Bonjour,

Votre politique de confidentialité parle de « partenaires commerciaux », de « webmaster », d'« outils publicitaires ». Je souhaite connaître précisément la liste des destinataires auxquels mes données ont été communiquées. Par ailleurs je m'oppose à leur utilisation pour la mesure d'audience et les statistiques.

Bernard Tessier"""),

M("fr_enfant_majeur_pour_mere_mineure_non", "fr", ["rectification"],
  "Inès Garcia <ines.garcia@gmail.com>", "Inscription de ma fille",
  """Bonjour,

J'ai inscrit ma fille Maya (14 ans) à l'atelier ados de juillet, mais je me suis trompée dans sa date de naissance sur le formulaire : c'est le 02/09/2011, pas 2012. Et son prénom s'écrit Maya, pas Maïa. Merci de corriger !

Inès Garcia"""),

M("fr_ne_plus_mentionner_prenom_groupe", "fr", ["objection"],
  "Sandrine Vial <sandrine.vial@gmail.com>", "relances personnelles",
  """Bonjour Sandra,

Je préfère ne plus être relancée personnellement pour les stages et les formations (les mails « Tu nous manques Sandrine ! » et les messages privés Instagram). Si j'ai envie, je viendrai. Merci de ne plus me solliciter.

Sandrine"""),

M("fr_tout_corriger_fiche", "fr", ["rectification"],
  "Jeanne Boulanger <jeanne.boulanger@orange.fr>", "Ma fiche est fausse",
  """Bonjour Sandra,

Tu m'as envoyé ma fiche client pour vérification. Voici les corrections :
- Nom : BOULANGER (un seul L dans le prénom de mon mari, mais ça c'est pour sa fiche à lui)
- Adresse : 5 rue du Château, pas 5 bis
- Téléphone : 06 30 41 88 12
- Date de naissance : 23/11/1979
Le reste est bon.

Jeanne""",
  quote=dict(style="gmail", text="""Bonjour Jeanne,
Comme je change de logiciel, peux-tu vérifier ta fiche ci-jointe et me dire s'il faut corriger quelque chose ?
Merci,
Sandra"""), att=[("fiche_Boulanger.pdf", "application/pdf")]),

M("fr_restriction_transmission_assistante", "fr", ["restriction"],
  "Vanessa Picard <vanessa.picard@gmail.com>", "mon dossier - confidentialité",
  """Bonjour Sandra,

J'ai appris que ton assistante habite mon village et connaît ma belle-famille. Je ne conteste pas que tu gardes mon dossier, mais je te demande de bloquer son accès : personne d'autre que toi ne doit le consulter ni le traiter jusqu'à nouvel ordre.

Merci de ta compréhension,
Vanessa"""),
# NEAR-LINE: keep but do not process (limit processing to Sandra) -> restriction.
]
