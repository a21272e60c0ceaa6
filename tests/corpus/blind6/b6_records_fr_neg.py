# -*- coding: utf-8 -*-
"""French negatives (b6): everyday client mail, automatic mail, own mail, vendors, spam."""
from b6_common import M, SANDRA, CONTACT

LU = {"List-Unsubscribe": "<mailto:unsubscribe@news.example.fr?subject=unsubscribe>, <https://news.example.fr/u/8842>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
AUTO = {"Auto-Submitted": "auto-generated"}

RECORDS = [
M("fr_neg_reservation_seance", "fr", [],
  "Mélanie Roussel <melanie.roussel@gmail.com>", "Rendez-vous",
  """Bonjour Sandra,

Est-ce qu'il vous resterait un créneau la semaine prochaine ? Je suis libre mardi après-midi ou vendredi matin. En présentiel de préférence.

Merci,
Mélanie"""),

M("fr_neg_annuler_rdv_supprimer", "fr", [],
  "Christelle Aubard <christelle.aubard@wanadoo.fr>", "rdv jeudi",
  """Bonjour Sandra, je dois annuler jeudi, ma fille est malade. Vous pouvez supprimer le créneau, je vous redis pour en reprendre un. Désolée ! Christelle"""),
# NEAR-LINE: "supprimer le créneau" = cancelling a booking -> negative (policy).

M("fr_neg_acceder_espace", "fr", [],
  "Odile Meunier <odile.meunier@wanadoo.fr>", "accès à mon espace",
  """Bonjour,
Je n'arrive plus à accéder à mon espace de formation, il me dit « identifiants incorrects ». J'ai essayé « mot de passe oublié » mais je ne reçois rien. Pouvez-vous m'aider ?
Odile"""),

M("fr_neg_fermer_compte_seul", "fr", [],
  "Julien Vasseur <julien.vasseur@gmail.com>", "compte",
  """Bonjour, j'ai fini le mini-cours, vous pouvez fermer mon compte. Merci, c'était très bien. Julien"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).

M("fr_neg_question_droit_suppression", "fr", [],
  "Karine Petitjean <karine.petitjean@orange.fr>", "question avant inscription",
  """Bonjour,

Avant de m'inscrire à l'accompagnement, j'ai une question : si un jour je vous demande de supprimer mes données, est-ce que vous devez quand même garder les factures ? Et combien de temps gardez-vous les notes de séance en général ?

Merci pour votre réponse,
Karine"""),
# NEAR-LINE: question about how the right works, no request -> negative.

M("fr_neg_fille_pour_mere_vivante", "fr", [],
  "Caroline Besson <caroline.besson@gmail.com>", "ma mère",
  """Bonjour Madame,

Ma mère, Jacqueline Besson, vous voit depuis quelques mois. Elle commence à avoir des troubles de mémoire et je m'inquiète de ce qu'elle vous raconte. Pourriez-vous me dire ce qu'il y a dans son dossier et supprimer ce qui concerne notre famille ?

Caroline Besson"""),
# NEAR-LINE: relative asking about another living adult's data -> negative (policy).

M("fr_neg_collegue_donnees", "fr", [],
  "Marc Loiseau <marc.loiseau@agglo-chateauroux.fr>", "Formation management - participants",
  """Bonjour Madame Delomenie,

Suite à la formation « Communication bienveillante » que vous avez animée pour notre service, pourriez-vous me transmettre les questionnaires d'auto-évaluation remplis par mes collaborateurs ? J'aimerais les verser à leurs entretiens annuels.

Cordialement,
Marc Loiseau
Responsable RH - Châteauroux Métropole"""),
# NEAR-LINE: employer asking about other living adults' data -> negative.

M("fr_neg_copie_plainte_cnil", "fr", [],
  "Didier Vallet <didier.vallet@free.fr>", "Copie de ma plainte à la CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que je viens de déposer auprès de la CNIL.

« Je reçois des courriels commerciaux de la société Floraison de Soi (Mme Delomenie) malgré plusieurs clics sur le lien de désinscription. Je demande à la CNIL d'intervenir. »

Numéro de plainte : 25-031877

D. Vallet""", att=[("accuse_reception_CNIL.pdf", "application/pdf")]),
# NEAR-LINE: copy of a CNIL complaint -> negative (policy), even though it implies objection.

M("fr_neg_merci_au_dessus_demande", "fr", [],
  "Béatrice Joly <bea.joly@gmail.com>", "Re: Suppression",
  """Parfait, merci beaucoup pour votre réactivité !
Béatrice""",
  quote=dict(style="gmail", frm="Béatrice Joly <bea.joly@gmail.com>", text="""Bonjour, merci de supprimer mon compte sur votre plateforme de formation et toutes mes données. Bonne continuation. Béatrice Joly""")),

M("fr_neg_sandra_confirme_effacement", "fr", [],
  SANDRA, "Re: Suppression de vos données",
  """Bonjour Madame Garnier,

Je vous confirme que vos coordonnées ont été supprimées de mon fichier de contacts et de la plateforme Systeme.io, et que vous ne recevrez plus aucun mail de ma part. Seules les factures de 2021 sont conservées, pour la durée imposée par la loi.

Bien à vous,
Sandra Delomenie
Floraison de Soi - 06 81 84 21 73""", to="Monique Garnier <monique.garnier@laposte.net>",
  quote=dict(style="gmail", frm="Monique Garnier <monique.garnier@laposte.net>", text="""Je ne souhaite plus rien recevoir, et je souhaite que mes coordonnées soient effacées.""")),

M("fr_neg_stripe_virement", "fr", [],
  "Stripe <notifications@stripe.com>", "Votre virement de 1 245,60 € est en route",
  """Floraison de Soi

Un virement de 1 245,60 € vers votre compte bancaire se terminant par 4417 est en cours. Il devrait arriver d'ici le 14 mai 2025.

Voir les détails : https://dashboard.stripe.com/payouts

Vous recevez cet e-mail car vous êtes administrateur du compte Stripe Floraison de Soi. Modifier vos préférences de notification : https://dashboard.stripe.com/settings/user""",
  hdrs=AUTO, fmt="alt"),

M("fr_neg_stripe_echec_opposition", "fr", [],
  "Stripe <notifications@stripe.com>", "Échec du paiement de Laurence Moutier",
  """Le paiement de 80,00 € de laurence.moutier@yahoo.fr a échoué.

Motif : la banque émettrice a refusé le paiement (carte faisant l'objet d'une opposition).

Échéance 3/4 - Formation Confiance en soi
Voir le paiement : https://dashboard.stripe.com/payments/pi_3Q8xK2""", hdrs=AUTO, fmt="html"),

M("fr_neg_systemeio_desabonnement", "fr", [],
  "Systeme.io <no-reply@systeme.io>", "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact julie.perrot@free.fr s'est désabonné de la liste « Lettre de Floraison ».

Vous pouvez consulter vos contacts depuis votre tableau de bord.

L'équipe Systeme.io""", hdrs=AUTO),
# NEAR-LINE: platform notification about an unsubscribe, not a request to her.

M("fr_neg_drive_demande_acces", "fr", [],
  "Hélène Carpentier (via Google Drive) <drive-shares-dm-noreply@google.com>", "Demande d'accès à l'élément « Suivi Hélène C. - 2025 »",
  """Hélène Carpentier (helene.carpentier@gmail.com) demande l'accès au document suivant :

Suivi Hélène C. - 2025

« Je n'ai plus accès au doc depuis mon nouveau téléphone, tu peux me rajouter ? »

Partager l'élément : https://docs.google.com/document/d/1xYz/share
Vous recevez cet e-mail, car vous êtes propriétaire de ce fichier.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  reply_to="Hélène Carpentier <helene.carpentier@gmail.com>", hdrs=AUTO, fmt="alt"),
# NEAR-LINE: Drive "demande d'accès" is a sharing permission request, not a GDPR access request.

M("fr_neg_google_alerte_securite", "fr", [],
  "Google <no-reply@accounts.google.com>", "Alerte de sécurité",
  """Nouvelle connexion sur Windows

Nous avons détecté une nouvelle connexion à votre compte Google floraisondesoi@gmail.com. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google.""", hdrs=AUTO, fmt="html"),

M("fr_neg_zoom_enregistrement_supprime", "fr", [],
  "Zoom <no-reply@zoom.us>", "Votre enregistrement cloud sera supprimé dans 7 jours",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Cercle de femmes - pleine lune » sera définitivement supprimé de la corbeille dans 7 jours. Pour le conserver, récupérez-le depuis la corbeille.

Merci d'avoir choisi Zoom.""", hdrs=AUTO),

M("fr_neg_calendly_annulation", "fr", [],
  "Calendly <notifications@calendly.com>", "Annulé : Séance individuelle (60 min) avec Thierry Guérin",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance individuelle (60 min)
Invité : Thierry Guérin (thierry.guerin@wanadoo.fr)
Date : lundi 17 novembre 2025, 10:00 - 11:00 (heure de Paris)
Motif de l'annulation : « empêchement professionnel »

Voir les événements planifiés""", hdrs=AUTO, fmt="alt"),

M("fr_neg_banque_releve", "fr", [],
  "Crédit Agricole Centre Ouest <ne-pas-repondre@ca-centreouest.fr>", "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois d'août est disponible dans votre espace client.

Pour votre sécurité, le Crédit Agricole ne vous demandera jamais vos codes d'accès par e-mail.

Protection des données : pour exercer vos droits d'accès, de rectification ou d'opposition, consultez la rubrique Données personnelles de votre espace client.""", hdrs=AUTO, fmt="html"),

M("fr_neg_orange_boite_pleine", "fr", [],
  "Orange <noreply@orange.fr>", "Votre boîte mail est presque pleine",
  """Bonjour,

Votre boîte Mail Orange sandra.delomenie@orange.fr est remplie à 92 %. Pensez à supprimer les anciens messages et à vider la corbeille pour continuer à recevoir vos e-mails.

L'équipe Mail Orange""", hdrs=AUTO),

M("fr_neg_newsletter_urssaf", "fr", [],
  "Urssaf <newsletter@info.urssaf.fr>", "Auto-entrepreneur : vos échéances du trimestre",
  """Votre lettre d'information Urssaf

Déclaration de chiffre d'affaires : pensez à déclarer avant le 31 juillet.
Nouveau : modifier vos coordonnées bancaires directement depuis votre espace.

Pour vous désinscrire de cette lettre, cliquez ici.
Conformément au RGPD, vous disposez d'un droit d'accès et de rectification.""", hdrs=LU, fmt="html"),

M("fr_neg_newsletter_formation_coach", "fr", [],
  "L'École du Coaching <newsletter@ecole-coaching.fr>", "🌿 Masterclass : accompagner le deuil",
  """Bonjour Sandra,

Notre masterclass « Accompagner le deuil en coaching » revient le 12 mars. Au programme : les étapes du deuil, la posture du coach, les limites de l'accompagnement.

Réserver ma place

Vous recevez cet e-mail car vous êtes inscrite à notre newsletter. Se désinscrire | Gérer mes préférences""",
  hdrs=LU, fmt="alt"),

M("fr_neg_systemeio_rgpd_notice", "fr", [],
  "Systeme.io <legal@systeme.io>", "Mise à jour de nos Conditions et de notre Accord de traitement des données",
  """Bonjour,

Nous mettons à jour nos Conditions générales d'utilisation et notre Accord de traitement des données (DPA), applicables à partir du 1er octobre 2025. Ces modifications précisent la liste de nos sous-traitants ultérieurs et les mesures de sécurité.

Aucune action n'est requise de votre part. Si vous continuez à utiliser Systeme.io après cette date, vous acceptez ces conditions.

Vous pouvez exercer vos droits d'accès, de rectification et d'effacement à l'adresse dpo@systeme.io.""", hdrs=AUTO, fmt="html"),

M("fr_neg_phishing_rgpd", "fr", [],
  "Service Conformité RGPD <conformite@cnil-mise-en-demeure.com>", "URGENT : Mise en demeure - non-conformité RGPD de votre site",
  """MISE EN DEMEURE N°2025-88417

Madame, Monsieur,

Après contrôle automatisé, votre site floraisondesoi.fr ne respecte pas les obligations du Règlement Général sur la Protection des Données (absence de registre, bandeau cookies non conforme).

Vous disposez de 72 HEURES pour régulariser votre situation en souscrivant à notre pack de mise en conformité (349 € HT) faute de quoi une amende pouvant aller jusqu'à 20 000 000 € pourra être prononcée.

Régulariser maintenant : http://rgpd-regularisation.biz/dossier

Service Conformité""", reply_to="dossier@rgpd-regularisation.biz", fmt="html"),

M("fr_neg_spam_dpo_externalise", "fr", [],
  "Julien de DataConform <julien@dataconform-pme.fr>", "Sandra, votre politique de confidentialité est-elle à jour ?",
  """Bonjour Sandra,

En parcourant votre site, j'ai remarqué que votre politique de confidentialité date de plusieurs années. Saviez-vous que les coachs qui traitent des données de santé sont particulièrement exposés ?

Nous proposons un DPO externalisé dès 49 €/mois : registre, gestion des demandes d'accès et de suppression, modèles de réponses.

15 minutes cette semaine pour en parler ?

Julien
Pour ne plus recevoir nos messages, répondez STOP.""", hdrs=LU),

M("fr_neg_autoreply_absente", "fr", [],
  "Justine Maillard <justine.maillard@free.fr>", "Réponse automatique : Notes de séances",
  """Bonjour,

Je suis absente du 4 au 18 août avec un accès limité à mes mails. Pour toute urgence, contactez le secrétariat au 02 54 xx xx xx.

Justine Maillard""", hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, reply=True),

M("fr_neg_bounce", "fr", [],
  "Mail Delivery System <MAILER-DAEMON@orange.fr>", "Non remis : Votre attestation de formation",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<odile.meunier@wanadoo.fr> : boîte aux lettres inexistante ou désactivée.

Ce message a été généré automatiquement.""",
  kind="report", hdrs=AUTO,
  dsn="""Reporting-MTA: dns; smtp.orange.fr
Arrival-Date: Tue, 3 Jun 2025 10:14:02 +0200

Final-Recipient: rfc822; odile.meunier@wanadoo.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <odile.meunier@wanadoo.fr>: Recipient address rejected: User unknown""",
  orig=dict(frm=SANDRA, to="Odile Meunier <odile.meunier@wanadoo.fr>", subj="Votre attestation de formation",
            date="Tue, 03 Jun 2025 10:13:58 +0200",
            text="Bonjour Odile,\n\nVoici votre attestation corrigée.\n\nSandra\n"), date="2025-06-03 10:14"),

M("fr_neg_retour_atelier_effacer_croyances", "fr", [],
  "Sophie Vasseur <sophie.vasseur@free.fr>", "Merci !!!",
  """Sandra,

Je voulais te dire merci pour l'atelier d'hier. L'exercice où on écrit ses vieilles croyances et où on les efface de l'ardoise, je n'ai pas arrêté d'y penser. J'ai l'impression d'avoir supprimé un vieux programme qui tournait en boucle depuis 20 ans.

Je reviens en septembre, c'est sûr.

Sophie""", fmt="alt"),

M("fr_neg_lien_replay", "fr", [],
  "Manon Leclerc <manon.leclerc@gmail.com>", "lien replay",
  """Coucou, tu peux me renvoyer le lien d'accès au replay du webinaire de jeudi ? J'ai effacé le mail par erreur 🙈 Merci !"""),

M("fr_neg_copie_facture", "fr", [],
  "Patricia Gendron <patricia.gendron@gmail.com>", "copie facture",
  """Bonjour,
Pourriez-vous m'envoyer une copie de la facture de janvier ? Mon comptable me la réclame.
Merci
Patricia"""),
# NEAR-LINE: copy of a single invoice for accounting = ordinary customer service, not "a copy of all my data" -> negative.

M("fr_neg_facture_employeur", "fr", [],
  "Aurélie Touzet <aurelie.touzet@gmail.com>", "facture au nom de l'entreprise",
  """Bonjour Sandra,

Mon employeur accepte de prendre en charge la formation ! Pourriez-vous refaire la facture au nom de la société : SAS Touzet Menuiserie, 4 ZA des Champs, 36100 Issoudun, SIRET 812 345 678 00019 ?

Merci beaucoup,
Aurélie"""),
# NEAR-LINE: re-issuing an invoice to a third-party payer, not correcting inaccurate personal data -> negative.

M("fr_neg_modifier_rdv", "fr", [],
  "Sylvie Brunet <sylvie.brunet18@orange.fr>", "modif rdv",
  """Sandra, on peut décaler mardi à 15h au lieu de 14h ? Sinon pas grave je m'arrange. Sylvie"""),

M("fr_neg_opposition_carte", "fr", [],
  "Laurence Moutier <laurence.moutier@yahoo.fr>", "paiement refusé",
  """Bonjour Sandra,

Vous allez sûrement voir que mon paiement de ce mois a été refusé : on m'a volé mon sac et j'ai dû faire opposition sur ma carte. Je vous envoie le nouveau numéro dès que je reçois la carte, ou je fais un virement, comme vous préférez.

Laurence"""),

M("fr_neg_retirer_inscription", "fr", [],
  "Camille Hamon <camille.hamon@orange.fr>", "stage de juin",
  """Bonjour Sandra, je vais devoir retirer mon inscription au stage de juin, mon fils se marie ce week-end-là (on vient de l'apprendre !). Est-ce que l'acompte peut être reporté sur celui d'octobre ? Camille"""),

M("fr_neg_donne_autorisation_temoignage", "fr", [],
  "Virginie Chauvet <virginie.chauvet@sfr.fr>", "Re: Votre témoignage ?",
  """Oui avec plaisir ! Tu peux utiliser mon témoignage et mettre mon prénom et la photo de l'atelier, je suis fière de ce parcours. Voici le texte :

« J'ai découvert avec Sandra une façon douce de me remettre en mouvement. »

Virginie""",
  quote=dict(style="gmail", text="""Bonjour Virginie,
Accepterais-tu que je publie quelques mots sur ton expérience sur mon site ? Tu peux refuser sans problème.
Sandra""")),

M("fr_neg_consentement_formation_contenu", "fr", [],
  "Élodie Bernardin <elodie.bernardin@hotmail.fr>", "Question sur le module 3",
  """Bonjour Sandra,

Dans le module 3 de la formation (« Poser ses limites »), tu parles du consentement dans le couple et au travail. Est-ce que tu aurais des lectures à conseiller pour approfondir ? J'ai commencé « Le consentement » de Vanessa Springora mais ce n'est pas vraiment le sujet...

Merci !
Élodie"""),

M("fr_neg_comptable_export", "fr", [],
  "Cabinet Fiducial Issoudun <compta.issoudun@cabinet-expert.fr>", "Clôture 2025 - pièces manquantes",
  """Bonjour Madame Delomenie,

Pour la clôture de l'exercice 2025, merci de nous transmettre :
- l'export CSV de vos encaissements Stripe (janvier à décembre) ;
- le relevé PayPal ;
- les factures d'achat de matériel (coussins, tapis).

Vous pouvez supprimer les doublons de factures déjà envoyés en juin.

Bien cordialement,
Le cabinet""", fmt="alt"),

M("fr_neg_sandra_newsletter_envoyee", "fr", [],
  CONTACT, "🌸 La Lettre de Floraison - octobre : lâcher prise",
  """Bonjour à toutes et à tous,

L'automne est là, et avec lui le moment de lâcher ce qui ne nous sert plus. Ce mois-ci je vous propose un petit rituel : écrire sur une feuille ce que vous voulez effacer de votre vie, puis la brûler (en sécurité !).

Agenda :
- Cercle de femmes : vendredi 24 octobre, 19h
- Atelier « Écrire sa colère » : samedi 8 novembre
- Webinaire gratuit : « Dire non sans culpabiliser », jeudi 13 novembre

Belle saison à vous,
Sandra

Vous recevez ce mail car vous êtes inscrit(e) à la Lettre de Floraison. Se désinscrire : https://floraisondesoi.fr/desinscription
Modifier mes informations : https://floraisondesoi.fr/profil""",
  to="Floraison de Soi <contact@floraisondesoi.fr>",
  hdrs={"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=8831>", "Precedence": "bulk"}, fmt="alt"),

M("fr_neg_sandra_au_comptable", "fr", [],
  SANDRA, "pièces pour la clôture",
  """Bonjour,

Voici l'export Stripe et les factures demandées. J'ai supprimé les doublons de juin.

Belle journée,
Sandra""", to="Cabinet Fiducial Issoudun <compta.issoudun@cabinet-expert.fr>",
  att=[("export_stripe_2025.csv", "text/csv", "date,montant,client\n2025-01-04,70.00,C.A.\n2025-01-11,320.00,L.M.\n")]),

M("fr_neg_ecole_eleves", "fr", [],
  "Collège Les Capucins <ce.0360123x@ac-orleans-tours.fr>", "Intervention gestion du stress 3e",
  """Madame,

Suite à votre intervention « Gérer le stress des examens » auprès des classes de 3e, pourriez-vous nous retourner les fiches d'évaluation remplies par les élèves ? Nous conservons ces documents pour le bilan du CESC. Vous pouvez ensuite détruire vos copies.

Cordialement,
M. Renard, CPE""", fmt="html"),

M("fr_neg_mettre_a_jour_apres_rdv", "fr", [],
  "Mathieu Barre <mathieu.barre@gmail.com>", "inscription newsletter",
  """Bonjour, on s'est croisés au salon Zen de Bourges, vous pouvez m'inscrire à votre newsletter ? Mon mail : mathieu.barre@gmail.com. Merci !"""),

M("fr_neg_liste_attente", "fr", [],
  "Coralie Besnard <coralie.besnard@laposte.net>", "Stage complet ?",
  """Bonjour, le stage d'octobre est affiché complet, est-ce que je peux être mise sur liste d'attente ? Je peux venir au dernier moment. Coralie"""),

M("fr_neg_pause_accompagnement", "fr", [],
  "Lucie Bertin <lucie.bertin@gmail.com>", "pause",
  """Bonjour Sandra,

Je pars trois mois au Québec pour le travail. Est-ce qu'on peut mettre l'accompagnement en pause et reprendre en septembre ? Il me reste 3 séances sur le forfait, je suppose qu'elles restent valables ?

Lucie"""),
# NEAR-LINE: pausing a coaching contract is not restriction of processing -> negative.

M("fr_neg_coquille_blog", "fr", [],
  "Gérard Poulain <gerard.poulain@free.fr>", "petite coquille",
  """Bonjour, dans votre article « 5 clés pour s'affirmer », il y a une coquille dans le titre du 3e paragraphe (« s'afirmer »). Vous pouvez corriger. Bonne journée !"""),

M("fr_neg_retour_questionnaire", "fr", [],
  "Marion Texier <marion.texier@gmail.com>", "Questionnaire rempli",
  """Bonjour Sandra,
Voilà, j'ai rempli le questionnaire de satisfaction. J'ai mis 5 étoiles partout sauf pour la salle (un peu froide !). Vous pouvez utiliser mes réponses comme vous voulez.
Marion"""),

M("fr_neg_envoie_mes_infos", "fr", [],
  "Justine Maillard <justine.maillard@free.fr>", "Mes informations pour l'inscription",
  """Bonjour,

Voici mes informations pour l'inscription à la formation :
Justine Maillard, née le 12/05/1988
7 rue Pasteur, 36100 Issoudun
06 82 31 77 45
Profession : professeure des écoles

J'accepte les CGV et la politique de confidentialité.

Justine"""),

M("fr_neg_transfert_salle", "fr", [],
  "Mairie de Levroux <accueil@levroux.fr>", "TR: Réservation salle des fêtes 22/11",
  """Bonjour Madame,

Je vous transfère la confirmation de réservation. Merci de nous retourner l'attestation d'assurance.

Cordialement,
L'accueil""",
  fwd=dict(frm="Services techniques <technique@levroux.fr>", date="lun. 20 oct. 2025 à 09:12",
           subj="Réservation salle des fêtes 22/11", to="Accueil <accueil@levroux.fr>",
           text="""Réservation confirmée pour Mme Delomenie (Floraison de Soi) le 22/11, 9h-18h. Clés à retirer le vendredi. Chauffage à prévoir."""),
  date="2025-10-20 11:05"),

M("fr_neg_linkedin", "fr", [],
  "LinkedIn <notifications-noreply@linkedin.com>", "Sandra, vous apparaissez dans 14 recherches cette semaine",
  """Vous apparaissez dans 14 recherches

Vos visiteurs travaillent chez : Ville de Châteauroux, Pôle emploi, Indépendant.

Voir qui a consulté votre profil

Cet e-mail était destiné à Sandra Delomenie (Coach & formatrice). Se désabonner""",
  hdrs=dict(LU, **AUTO), fmt="html"),

M("fr_neg_facebook_commentaire", "fr", [],
  "Facebook <notification@facebookmail.com>", "Brigitte Favreau a commenté votre publication",
  """Brigitte Favreau a commenté votre publication : « Magnifique journée, merci Sandra 🌸 »

Voir le commentaire

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne souhaitez plus recevoir ces e-mails de Meta, désabonnez-vous.""",
  hdrs=dict(LU, **AUTO), fmt="alt"),

M("fr_neg_conseil_collègue_rgpd", "fr", [],
  "Anne Chevalier <anne.chevalier.sophro@gmail.com>", "ta politique RGPD",
  """Coucou Sandra,

Je refais mon site et je galère avec ma politique de confidentialité. Tu as fait comment pour la tienne ? Tu as pris un modèle ? Et quand une cliente te demande d'effacer ses données, tu fais quoi concrètement avec Systeme.io, tu supprimes le contact à la main ?

Merci ma belle, on se voit au salon !
Anne"""),

M("fr_neg_question_portabilite_comment", "fr", [],
  "Vincent Aubert <vincent.aubert@gmail.com>", "récupération de mes exercices",
  """Bonjour,

Je me pose une question : si un jour j'arrête la formation, est-ce que mes exercices restent accessibles ? Est-ce qu'il est possible de les exporter, en général ? Je ne veux rien faire pour l'instant, c'est juste pour savoir.

Vincent"""),
# NEAR-LINE: asks how export works, explicitly not requesting now -> negative.

M("fr_neg_avis_google", "fr", [],
  "Google Business Profile <businessprofile-noreply@google.com>", "Nouvel avis sur Floraison de Soi",
  """Floraison de Soi a reçu un nouvel avis

★★★★★ Jeanne B. : « Un accompagnement bienveillant et efficace. Merci ! »

Répondre à l'avis

Vous recevez cet e-mail car vous gérez la fiche Floraison de Soi. Gérer les notifications.""", hdrs=AUTO, fmt="html"),

M("fr_neg_retour_feedback_critique", "fr", [],
  "Stéphanie Coulon <steph.coulon@icloud.com>", "retour sur la formation",
  """Bonjour Sandra,

Tu nous as demandé un retour honnête, alors voilà : le contenu est super, mais la plateforme n'est pas pratique (les vidéos qui ne se chargent pas sur téléphone, les modules qui se ferment). Et les exercices à télécharger, il faudrait pouvoir les modifier directement en ligne au lieu de les imprimer.

Sinon je recommande vraiment, j'en ai déjà parlé à deux amies.
Stéphanie"""),

M("fr_neg_whatsapp_changer_nom_groupe", "fr", [],
  "Lina Mercier <lina.mercier@gmail.com>", "groupe",
  """Hello Sandra ! Tu peux ajouter ma copine Inès au groupe WhatsApp du stage ? Son numéro : 06 11 22 48 90. Et modifier le nom du groupe, il y a une faute à « Renaissance » 😅"""),

M("fr_neg_sandra_relance_facture", "fr", [],
  SANDRA, "Facture F2025-041",
  """Bonjour Christelle,

Petit rappel amical : la facture F2025-041 (2 séances de mars) reste à régler. Vous pouvez payer par virement ou via le lien : https://buy.stripe.com/fds-041

Belle journée,
Sandra""", to="Christelle Aubard <christelle.aubard@wanadoo.fr>"),

M("fr_neg_remerciement_suppression_faite", "fr", [],
  "Karine Lemaître <k.lemaitre@laposte.net>", "Re: Demande d'effacement de données personnelles - article 17 RGPD",
  """Bonjour Madame,

Merci pour votre confirmation, c'est parfait.

Cordialement,
Karine Lemaître""",
  quote=dict(style="outlook", text="""Bonjour Madame Lemaître,

Je vous confirme l'effacement de vos données de mes outils. Seules les factures sont conservées conformément à mes obligations comptables.

Sandra Delomenie""", subj="RE: Demande d'effacement de données personnelles - article 17 RGPD")),

M("fr_neg_enfant_prof_info", "fr", [],
  "Sandrine Lavergne <sandrine.lavergne@gmail.com>", "atelier ados - infos pratiques",
  """Bonjour,

Ma fille Lou voudrait s'inscrire à l'atelier « Confiance en soi ados ». Est-ce qu'il faut une autorisation parentale ? Et est-ce que les photos prises pendant l'atelier sont publiées ? Si oui on préfère qu'elle n'y soit pas.

Merci,
Sandrine Lavergne"""),
# NEAR-LINE: pre-registration question + preference stated in advance; nothing held yet to withdraw -> negative.

M("fr_neg_supprimer_favori", "fr", [],
  "Ginette Roux <ginette.roux@wanadoo.fr>", "la plateforme",
  """Bonjour madame, comment on supprime un module de la liste « à revoir » ? j'en ai mis un par erreur. Et comment modifier ma photo de profil ? merci"""),

M("fr_neg_donnees_sante_question", "fr", [],
  "Agathe Morin <agathe.morin@gmail.com>", "questionnaire d'entrée - question",
  """Bonjour,

Dans le questionnaire d'entrée il y a une partie santé. Est-ce obligatoire de la remplir ? Qui lit ces informations ? Je préfère savoir avant de répondre.

Agathe"""),

M("fr_neg_changement_email_inscription_atelier", "fr", [],
  "Christine Pelletier <christine.pelletier@gmail.com>", "inscription cercle",
  """Bonjour Sandra, je voudrais m'inscrire au cercle de novembre avec mon adresse à moi (celle-ci) et pas celle de mon mari. Merci ! Christine"""),

M("fr_neg_paiement_retard_simple", "fr", [],
  "Thierry Guérin <thierry.guerin@wanadoo.fr>", "règlement",
  """Bonjour Madame,
Je vous règle la séance de mars la semaine prochaine, j'attends ma paie. Désolé du retard.
Thierry Guérin"""),

M("fr_neg_systemeio_nouvelle_vente", "fr", [],
  "Systeme.io <no-reply@systeme.io>", "Nouvelle vente : Parcours Éclore (97 €)",
  """Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Parcours Éclore
Client : emilie.sarrazin@gmail.com
Montant : 97,00 €

Accéder à votre tableau de bord""", hdrs=AUTO, fmt="html"),

M("fr_neg_systemeio_export_pret", "fr", [],
  "Systeme.io <no-reply@systeme.io>", "Votre export de contacts est prêt",
  """Bonjour,

L'export de vos contacts (CSV) que vous avez demandé est prêt. Il sera disponible au téléchargement pendant 24 heures.

Télécharger l'export

L'équipe Systeme.io""", hdrs=AUTO),

M("fr_neg_paypal_avis", "fr", [],
  "PayPal <service@paypal.fr>", "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 45,00 EUR de Régine Fabre.
Note : « atelier du 8 »

Les données de ce paiement sont traitées conformément à la Déclaration de confidentialité de PayPal.""", hdrs=AUTO, fmt="html"),

M("fr_neg_mutuelle_attestation", "fr", [],
  "Corinne Aubry <corinne.aubry@yahoo.fr>", "attestation mutuelle",
  """Bonjour Sandra,

Ma mutuelle rembourse 4 séances par an de « médecine douce ». Pourrais-tu me faire une attestation avec les dates des séances 2025 ? Merci !

Corinne"""),

M("fr_neg_amie_inscription", "fr", [],
  "Isabelle Fournier <isa.fournier@orange.fr>", "pour mon amie",
  """Coucou Sandra, mon amie Nadège voudrait venir au cercle de juin. Je t'envoie son mail : nadege.roy@gmail.com, tu peux lui transmettre les infos ? Elle est un peu timide, elle n'ose pas t'écrire. Bises, Isa"""),

M("fr_neg_consentement_signe", "fr", [],
  "Anaïs Fontaine <anais.fontaine@icloud.com>", "contrat signé",
  """Voilà le contrat et le formulaire de consentement pour les données de santé, signés. À lundi !
Anaïs""", att=[("contrat_signe_Fontaine.pdf", "application/pdf"), ("consentement_sante.pdf", "application/pdf")]),

M("fr_neg_ancien_client_nouvelles", "fr", [],
  "Olivier Baudry <olivier.baudry@free.fr>", "des nouvelles",
  """Bonjour Sandra,

Un petit mot pour vous dire que j'ai enfin osé demander ma mutation, et qu'elle est acceptée ! Je repense souvent à notre travail sur « ce que je m'autorise ». Merci.

Olivier"""),

M("fr_neg_zoom_invitation", "fr", [],
  SANDRA, "Lien Zoom - séance de jeudi",
  """Bonjour Émeline,

Voici le lien pour notre séance en visio de jeudi 14h :
https://us06web.zoom.us/j/83921077412?pwd=abc

Pensez à vous installer dans un endroit calme.

À jeudi,
Sandra""", to="Émeline Dufour <emeline.dufour@gmail.com>"),

M("fr_neg_desinscrire_atelier_rappel", "fr", [],
  "Hélène Vidal <helene.vidal@wanadoo.fr>", "Re: Rappel : atelier samedi",
  """Bonjour, finalement je ne pourrai pas venir samedi, vous pouvez me désinscrire de l'atelier. Je viendrai au prochain !
Hélène""",
  quote=dict(style="gmail", frm=CONTACT, text="""Bonjour Hélène,
Rappel : l'atelier « Vision board » a lieu samedi à 14h, 46 rue d'Estienne d'Orves.
Pour annuler, répondez simplement à ce mail.""")),
# NEAR-LINE: "désinscrire de l'atelier" = cancelling a workshop registration -> negative.

M("fr_neg_spam_seo", "fr", [],
  "Kevin - Agence Web <kevin@top-referencement-local.fr>", "Floraison de Soi en 1ère page Google ?",
  """Bonjour,

Votre site floraisondesoi.fr n'apparaît pas en première page pour « coach Issoudun ». Nous pouvons corriger cela en 30 jours.

Pour ne plus recevoir de messages, répondez « supprimer ».""", hdrs=LU),

M("fr_neg_calendly_nouvelle_resa", "fr", [],
  "Calendly <notifications@calendly.com>", "Nouvel événement : Appel découverte (20 min) avec Xavier Ménard",
  """Bonjour Sandra Delomenie,

Un nouvel événement a été planifié.

Invité : Xavier Ménard (xavier.menard@gmail.com)
Date : jeudi 4 décembre 2025, 18:30 (heure de Paris)
Réponses : « Je voudrais des infos sur la formation en ligne. »""", hdrs=AUTO, fmt="alt"),

M("fr_neg_question_duree_conservation", "fr", [],
  "Brigitte Favreau <brigitte.favreau@orange.fr>", "curiosité",
  """Sandra, question bête : tu gardes combien de temps nos fiches après la fin de l'accompagnement ? Je lisais un article sur le RGPD et je me suis demandé. Pas d'inquiétude, c'est juste par curiosité ! Bises"""),

M("fr_neg_salon_partenaire", "fr", [],
  "Association Bien-Être en Berry <contact@bienetre-berry.fr>", "Salon 2026 - liste des exposants",
  """Bonjour Sandra,

Pour le salon de mars 2026, nous allons publier la liste des exposants avec leurs coordonnées professionnelles. Merci de vérifier les informations ci-dessous et de nous les corriger si besoin :

Floraison de Soi - Sandra Delomenie - coach et formatrice - 06 81 84 21 73 - floraisondesoi.fr

Cordialement,
Le bureau""", fmt="alt"),

M("fr_neg_sandra_reponse_question_rgpd", "fr", [],
  CONTACT, "Re: question avant inscription",
  """Bonjour Karine,

Oui, les factures doivent être conservées 10 ans pour des raisons comptables, même après une demande de suppression. Les notes de séance sont conservées au maximum 2 ans pour les données de santé. Vous trouverez tout le détail dans ma politique de confidentialité.

Belle journée,
Sandra""", to="Karine Petitjean <karine.petitjean@orange.fr>"),

M("fr_neg_retrait_argent_remboursement", "fr", [],
  "Bruno Lefort <bruno.lefort@orange.fr>", "remboursement",
  """Madame,
Suite à notre échange téléphonique, je vous confirme que je suis d'accord pour un remboursement de la séance annulée par virement. Mon RIB est joint.
Bruno Lefort""", att=[("RIB_Lefort.pdf", "application/pdf")]),

M("fr_neg_impots_notification", "fr", [],
  "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Un nouveau document est disponible dans votre espace professionnel",
  """Madame, Monsieur,

Un nouveau document est disponible dans votre messagerie sécurisée de votre espace professionnel sur impots.gouv.fr.

Ceci est un message automatique, merci de ne pas y répondre.""", hdrs=AUTO),

M("fr_neg_stagiaire_allergie", "fr", [],
  "Claire Dubreuil <claire.dubreuil@gmail.com>", "repas du stage",
  """Bonjour Sandra, pour le repas partagé du stage, je précise que je suis intolérante au gluten (je ne sais plus si je l'avais mis sur la fiche). Je peux apporter une salade. À bientôt, Claire"""),

M("fr_neg_assistante_interne", "fr", [],
  "Julie Martineau <julie.assistante.fds@gmail.com>", "Point semaine",
  """Hello Sandra,

Point de la semaine :
- 3 nouvelles inscriptions au stage (liste mise à jour dans le Drive)
- Mme Garnier demande à être supprimée du fichier : je te laisse confirmer et je fais la manip dans Systeme.io
- relance Christelle Aubard envoyée

Bonne fin de semaine !
Julie"""),
# NEAR-LINE: internal relay of a third party's request by her assistant, not a request from the data subject -> negative.

M("fr_neg_reponse_client_ok_pour_stats", "fr", [],
  "Gérard Poulain <gerard.poulain@free.fr>", "Re: votre accord",
  """Pas de problème, vous pouvez utiliser mes réponses anonymement pour vos statistiques.
G. Poulain""",
  quote=dict(style="gmail", text="""Bonjour Monsieur Poulain,
Accepteriez-vous que vos réponses au questionnaire soient utilisées, de façon anonyme, dans mon bilan annuel ?
Sandra""")),

M("fr_neg_vieux_mail_desabo_lien_casse", "fr", [],
  "Rémi Lhomme <remi.lhomme@gmail.com>", "lien de désinscription cassé",
  """Bonjour,

Pour info, le lien « Modifier mes informations » en bas de votre dernière newsletter renvoie vers une page 404. Je voulais changer mon prénom d'affichage (c'est un surnom). Je réessaierai plus tard, pas urgent.

Rémi"""),
# NEAR-LINE: bug report; he intends to change a display name himself later -> negative.

M("fr_neg_invite_anniversaire_entreprise", "fr", [],
  "Jocelyne Hardy <jocelyne.hardy@orange.fr>", "Re: 5 ans de Floraison de Soi !",
  """Bravo Sandra pour ces 5 ans ! Je serai là samedi avec mon mari. On apporte un gâteau ?
Jocelyne""",
  quote=dict(style="gmail", frm=CONTACT, text="""Chers amis,
Floraison de Soi fête ses 5 ans ! Rendez-vous samedi 14 juin à partir de 16h.
Sandra""")),
M("fr_neg_merci_outlook_corrige", "fr", [],
  "Véronique Lambert <veronique.lambert@cm-issoudun.fr>", "RE: Votre dossier",
  """Bonjour Sandra,

Bien reçu, merci ! Je lirai tout ça tranquillement ce week-end.

Véronique Lambert
Service culturel - Ville d'Issoudun""",
  quote=dict(style="outlook", text="""Bonjour Véronique,

Comme demandé, voici l'ensemble des documents de votre dossier (questionnaire initial, fiches de séances, bilan).

Bien à vous,
Sandra""", subj="Votre dossier"), fmt="b64"),

M("fr_neg_question_cours_copier", "fr", [],
  "Maëlle Guillot <maelle.guillot@gmail.com>", "audios de la formation",
  """Bonjour Sandra, est-ce que j'ai le droit de copier les audios de méditation sur mon téléphone pour les écouter hors connexion ? Et de faire une copie du PDF pour ma mère ? Merci ! Maëlle"""),

M("fr_neg_desabonnement_autre_site", "fr", [],
  "Armelle Caillaud <armelle.caillaud@gmail.com>", "conseil",
  """Coucou Sandra, tu utilises quoi pour tes newsletters ? Je veux lancer la mienne pour l'atelier céramique, et je me demande comment gérer les désinscriptions et le consentement RGPD proprement. Bises, Armelle"""),

M("fr_neg_modifier_infos_elle_meme", "fr", [],
  "Corinne Aubry <corinne.aubry@yahoo.fr>", "profil",
  """Bonjour, c'est bon j'ai réussi à modifier mon adresse toute seule dans mon profil sur la plateforme, pas besoin de le faire de votre côté ! Merci pour le tuto. Corinne"""),

M("fr_neg_conjoint_inscription", "fr", [],
  "Didier Pelletier <didier.pelletier@orange.fr>", "cadeau",
  """Bonjour Madame, je voudrais offrir un bon cadeau pour un stage à ma femme Christine pour son anniversaire. Comment ça se passe ? Il faut ses informations ou je peux juste acheter le bon ? Didier Pelletier"""),

M("fr_neg_rappel_systeme_html", "fr", [],
  "Systeme.io <no-reply@systeme.io>", "Votre abonnement sera renouvelé le 3 février",
  """Bonjour Sandra,

Votre abonnement Systeme.io (plan Startup) sera renouvelé automatiquement le 3 février 2026 pour 27 €.

Pour modifier ou annuler votre abonnement, rendez-vous dans les paramètres de facturation.""", hdrs=AUTO, fmt="html"),
]
