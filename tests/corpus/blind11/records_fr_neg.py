# French-language negatives.
from rec import R, SANDRA, CONTACT

RECORDS = [
R("frn_supprimer_rdv", "fr", [], ("Josiane Perret", "josiane.perret@orange.fr"),
  "Rendez-vous de jeudi",
  """Bonjour Sandra,

Pouvez-vous supprimer mon rendez-vous de jeudi 14h ? J'ai un contrôle chez le cardiologue qui a été avancé. Je vous rappelle pour en fixer un autre.

Josiane"""),

R("frn_acces_espace", "fr", [], ("Rémi Carpentier", "remi.carpentier@gmail.com"),
  "Impossible d'accéder à mon espace",
  """Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace sur la plateforme, j'ai un message « identifiants incorrects ». Pouvez-vous regarder ? J'ai un module à finir avant vendredi.

Rémi"""),

R("frn_mdp", "fr", [], ("Ginette Bouvier", "ginette.bouvier@wanadoo.fr"),
  "mot de passe",
  """Bonjour Madame

Je ne retrouve plus mon mot de passe pour la formation en ligne. Mon petit-fils a essayé « mot de passe oublié » mais rien n'arrive. Pouvez-vous m'en redonner un ?

Merci beaucoup
Ginette Bouvier"""),

R("frn_facture_montant", "fr", [], ("Corinne Lemaire", "corinne.lemaire@gmail.com"),
  "Erreur sur la facture",
  """Bonjour Sandra,

Je crois qu'il y a une erreur sur la facture de mars : 4 séances facturées alors que nous en avons fait 3 (celle du 21 a été annulée). Pourriez-vous corriger et me renvoyer la facture ?

Merci,
Corinne"""),
# NEAR-LINE: correcting a billing amount is not correcting personal data about her -> negative.

R("frn_fille_pour_mere", "fr", [], ("Nathalie Brunet", "nathalie.brunet@gmail.com"),
  "Données de ma mère",
  """Bonjour,

Ma mère, Huguette Brunet, a suivi vos ateliers l'an dernier. Elle ne se sert pas d'internet et m'a demandé de vous écrire : pouvez-vous supprimer ses coordonnées et ne plus lui envoyer de courrier ?

Nathalie Brunet"""),
# NEAR-LINE: daughter writing about a living adult (no mandate/proof) -> negative per policy.

R("frn_plainte_cnil", "fr", [], ("Fabrice Nicolas", "fabrice.nicolas@laposte.net"),
  "Plainte CNIL - pour information",
  """Madame,

Je vous informe que j'ai déposé ce jour une plainte auprès de la CNIL (n° de saisine 25-118744) concernant l'absence de réponse à ma demande de suppression du 12 janvier.

F. Nicolas""", att=[("accuse_reception_CNIL.pdf", "application/pdf")]),

R("frn_comment_droit_effacement", "fr", [], ("Amélie Vidal", "amelie.vidal@gmail.com"),
  "Question sur le RGPD",
  """Bonjour Sandra,

Petite question avant de m'inscrire : si un jour je veux que mes données soient effacées, comment ça se passe ? Est-ce que les notes de séance sont détruites ou vous devez les garder ? Je suis juste curieuse, je n'ai rien à demander pour l'instant !

Amélie"""),

R("frn_merci_suppression", "fr", [], ("Odile Marchal", "odile.marchal@wanadoo.fr"),
  "RE: Question",
  """Merci beaucoup Madame pour votre réponse rapide et votre gentillesse.

Bien cordialement,
Odile Marchal""", quote=dict(style="outlook_fr", n="Sandra Delomenie", a="sandra.delomenie@orange.fr", to="Odile Marchal",
  t="Bonjour Madame Marchal,\nJe vous confirme que vos données ont été supprimées.\nBien à vous,\nSandra\n\nDe : Odile Marchal\nObjet : Question\nPourriez-vous supprimer mes données ?")),
# NEAR-LINE: thank-you above a quoted erasure request -> negative.

R("frn_spam_conformite", "fr", [], ("Service Conformité RGPD", "info@mise-en-conformite-rgpd.fr"),
  "DERNIER RAPPEL : mise en conformité RGPD obligatoire",
  """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI n'a pas encore procédé à sa mise en conformité avec le Règlement Général sur la Protection des Données.

Les sanctions peuvent atteindre 4 % du chiffre d'affaires. Pour régulariser votre situation, contactez notre service au 01 84 XX XX XX ou retournez le formulaire ci-joint accompagné de votre règlement de 390 € HT.

Service Conformité""", att=[("formulaire_regularisation.pdf", "application/pdf")]),

R("frn_desinscrire_fils_atelier", "fr", [], ("Céline Marchetti", "celine.marchetti@gmail.com"),
  "Atelier de samedi",
  """Bonjour,

Je dois désinscrire mon fils Enzo de l'atelier ados de samedi, il a attrapé la grippe. Est-ce qu'il peut venir à celui du mois prochain ?

Céline"""),

R("frn_oppose_date", "fr", [], ("Gilles Renard", "gilles.renard@orange.fr"),
  "Date du prochain stage",
  """Bonjour Sandra,

Je m'oppose fermement à la date du 15 août pour le stage, c'est un jour férié et beaucoup d'entre nous seront en famille ! Pourquoi pas le week-end suivant ?

Gilles"""),

R("frn_yousign", "fr", [], ("Yousign", "noreply@yousign.com"),
  "Sandra Delomenie vous invite à signer « Contrat d'accompagnement - consentement données de santé »",
  """Bonjour,

Sandra Delomenie vous invite à signer le document suivant : Contrat d'accompagnement - consentement données de santé.

Signer le document

Ce lien est personnel, ne le transférez pas.
Yousign SAS - 8 boulevard d'Argentan, 14100 Lisieux""", shape="html",
  to=("Isabelle Fontaine", "isabelle.fontaine@gmail.com"), hdr={"Cc": "sandra.delomenie@orange.fr"}),

R("frn_modifier_rdv_retraite", "fr", [], ("Raymond Chauvet", "raymond.chauvet@orange.fr"),
  "Modification de notre rendez-vous",
  """Madame,

Je me vois contraint de vous demander de bien vouloir modifier la date de notre prochain entretien, prévu le mardi 18. Mon épouse doit être hospitalisée ce jour-là. Le jeudi 20 me conviendrait, à l'heure qui vous arrange.

Avec mes excuses pour ce contretemps,
R. Chauvet"""),

R("frn_copie_facture", "fr", [], ("Sandrine Duval", "sandrine.duval@cabinet-duval-kine.fr"),
  "Duplicata facture",
  """Bonjour Sandra,

Mon comptable me réclame la facture de la formation de juin. Pourriez-vous m'en envoyer une copie ?

Merci,
Sandrine Duval
Masseur-kinésithérapeute"""),
# NEAR-LINE: a copy of an invoice for accounting -> negative (not "a copy of all my data").

R("frn_collegue_coach_rgpd", "fr", [], ("Delphine Aubry", "delphine@aubry-coaching.fr"),
  "RGPD : comment tu fais ?",
  """Coucou Sandra,

Je refais mon site et je dois mettre à jour ma politique de confidentialité. Tu as un modèle à me conseiller ? Et comment tu gères quand un client demande une copie de ses données ou leur suppression ? Ça ne m'est jamais arrivé mais je veux être prête.

Bises,
Delphine"""),

R("frn_cci_atelier_rgpd", "fr", [], ("CCI de l'Indre", "formation@indre.cci.fr"),
  "Matinale RGPD pour les TPE - 14 mars à Châteauroux",
  """Madame, Monsieur,

La CCI de l'Indre organise une matinale « RGPD : répondre aux demandes d'accès, de rectification et d'effacement de vos clients » le vendredi 14 mars de 8h30 à 10h30.

Inscription gratuite mais obligatoire : https://www.indre.cci.fr/agenda

Pour ne plus recevoir nos informations, cliquez ici.""", shape="alt",
  hdr={"List-Unsubscribe": "<mailto:desinscription@indre.cci.fr>"}),

R("frn_sandra_reponse_envoyee", "fr", [], SANDRA, "Re: Demande de communication de mes données personnelles",
  """Monsieur Lavergne,

J'accuse bonne réception de votre demande d'accès et de la copie de votre pièce d'identité. Je vous transmettrai l'ensemble des données vous concernant dans le délai d'un mois.

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", to=("Bernard Lavergne", "bernard.lavergne@wanadoo.fr"), reply=True),

R("frn_sandra_newsletter", "fr", [], CONTACT, "🌸 La lettre de printemps de Floraison de Soi",
  """Bonjour,

Le printemps est là ! Au programme : le cercle « Oser s'affirmer » (5 jeudis à partir du 3 avril) et un nouvel atelier parents-ados.

Réservez votre place sur floraisondesoi.fr

Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter de Floraison de Soi. Conformément au RGPD, vous pouvez accéder à vos données, les rectifier ou vous désinscrire à tout moment en cliquant ici.""",
  to=("Floraison de Soi", "contact@floraisondesoi.fr"), shape="html",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>", "Precedence": "bulk"}),

R("frn_newsletter_autre_coach", "fr", [], ("Les Ateliers de Clémence", "bonjour@ateliers-clemence.fr"),
  "Votre pause bien-être du dimanche ☕",
  """Bonjour Sandra,

Cette semaine, je vous propose de « faire le tri » : supprimer ce qui encombre, effacer les vieilles listes, corriger le cap...

À dimanche prochain,
Clémence

Se désinscrire | Modifier mes préférences""", shape="html",
  hdr={"List-Unsubscribe": "<https://ateliers-clemence.fr/unsub?id=88>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}),

R("frn_systeme_inscription", "fr", [], ("Systeme.io", "no-reply@systeme.io"),
  "Nouvel inscrit : Rémi Carpentier",
  """Bonjour Sandra,

Un nouveau contact s'est inscrit à votre formation « Oser s'affirmer ».
Nom : Rémi Carpentier
E-mail : remi.carpentier@gmail.com

Voir le contact dans votre tableau de bord.

L'équipe systeme.io""", shape="alt"),

R("frn_systeme_suppression_contact", "fr", [], ("Systeme.io", "no-reply@systeme.io"),
  "Un contact s'est désinscrit de votre liste",
  """Bonjour Sandra,

Le contact p***@gmail.com s'est désinscrit de la liste « Newsletter » via le lien de désinscription.

Conformément au RGPD, ce contact ne recevra plus vos campagnes.

L'équipe systeme.io"""),

R("frn_systeme_rgpd_info", "fr", [], ("Systeme.io", "newsletter@systeme.io"),
  "Nouveautés : gestion RGPD de vos contacts",
  """Bonjour,

Nouvelle fonctionnalité : vous pouvez désormais exporter ou supprimer les données d'un contact en un clic depuis sa fiche, pour répondre plus facilement aux demandes d'accès et d'effacement.

Découvrir la fonctionnalité

L'équipe systeme.io
Se désabonner""", shape="html",
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe>"}),

R("frn_banque", "fr", [], ("Crédit Agricole Centre Loire", "noreply@ca-centreloire.fr"),
  "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois de septembre est disponible dans votre espace client.

Pour des raisons de sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Protection des données : vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition, à exercer auprès du DPO du Crédit Agricole Centre Loire.""", shape="html"),

R("frn_banque_phishing", "fr", [], ("Service Client", "securite@ca-centre-loire-clients.com"),
  "Mise à jour obligatoire de vos informations",
  """Chère cliente,

Suite à la nouvelle réglementation européenne, vous devez mettre à jour vos informations personnelles avant le 30/11. Passé ce délai, votre accès sera suspendu.

Cliquez ici pour modifier vos informations : http://ca-centre-loire-clients.com/maj

Service Client""", shape="html"),

R("frn_ovh_renouvellement", "fr", [], ("OVHcloud", "noreply@ovh.com"),
  "Renouvellement de votre nom de domaine floraisondesoi.fr",
  """Bonjour,

Votre nom de domaine floraisondesoi.fr arrive à expiration le 12/02/2026. Pensez à le renouveler pour éviter toute interruption de service.

Rappel : conformément au RGPD, vos données de contact WHOIS sont masquées par défaut.

L'équipe OVHcloud""", to=("Sandra Delomenie", "contact@floraisondesoi.fr")),

R("frn_urssaf", "fr", [], ("Urssaf", "ne-pas-repondre@urssaf.fr"),
  "Un nouveau message est disponible dans votre espace",
  """Madame,

Un nouveau document est disponible dans votre espace en ligne autoentrepreneur.urssaf.fr : avis de déclaration trimestrielle.

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.""", shape="alt"),

R("frn_auto_reponse", "fr", [], ("Maître Laure Bertin", "l.bertin@bertin-avocats.fr"),
  "Réponse automatique : Mme Carole Vidal - Demande d'accès",
  """Bonjour,

Je suis absente du cabinet jusqu'au 2 septembre inclus. En cas d'urgence, vous pouvez contacter le secrétariat au 02 48 XX XX XX.

Laure Bertin""", hdr={"Auto-Submitted": "auto-replied"}, reply=True),

R("frn_auto_reponse_conges", "fr", [], ("Élodie Garnier", "elodie.garnier@free.fr"),
  "Absence",
  """Bonjour,
Je suis en congés jusqu'au 25 août. Je lirai votre message à mon retour.
Élodie""", hdr={"Auto-Submitted": "auto-replied"}),

R("frn_bounce_orange", "fr", [], ("Mail Delivery System", "MAILER-DAEMON@orange.fr"),
  "Non remis : Confirmation de suppression de vos données",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<pascal.robin@club-internet.fr> : adresse inconnue.""",
  kind="report", bounce_to="pascal.robin@club-internet.fr",
  orig=dict(subj="Confirmation de la mise à jour de votre adresse",
            t="Bonjour Pascal,\nJ'ai bien remplacé votre ancienne adresse par la nouvelle.\nSandra")),

R("frn_stripe_fr", "fr", [], ("Stripe", "notifications@stripe.com"),
  "Virement de 1 240,00 € en cours vers votre compte bancaire",
  """Bonjour,

Un virement de 1 240,00 € est en cours vers votre compte bancaire se terminant par 4021. Il devrait arriver d'ici le 8 octobre.

Consulter le virement dans le Dashboard

Stripe Payments Europe, Ltd.""", shape="alt"),

R("frn_calendly_fr", "fr", [], ("Calendly", "notifications@calendly.com"),
  "Nouvel événement : Valérie Hamon - 14h00 mar. 9 déc. 2025 - Séance individuelle",
  """Bonjour Sandra,

Un nouvel événement a été programmé.

Type : Séance individuelle (1h)
Invité : Valérie Hamon
E-mail : valerie.hamon@orange.fr
Réponses : « Pouvez-vous me rappeler de modifier mes coordonnées ? J'ai déménagé. »

Voir l'événement dans Calendly""", att=[("invite.ics", "text/calendar")]),
# NEAR-LINE: automatic booking notification; a remark about a move inside a form answer gives no new value and is not a mail to her -> negative.

R("frn_google_drive_plein", "fr", [], ("Google", "no-reply@google.com"),
  "Votre espace de stockage est presque plein",
  """Votre espace de stockage Google est utilisé à 95 %

Vous ne pourrez bientôt plus importer de fichiers dans Google Drive ni envoyer d'e-mails. Libérez de l'espace en supprimant des fichiers ou passez à Google One.

Gérer l'espace de stockage""", shape="html", to=("Sandra Delomenie", "sandra.floraison@gmail.com")),

R("frn_parent_questions_atelier", "fr", [], ("Aurélien Masson", "aurelien.masson@gmail.com"),
  "Atelier parents-ados : infos",
  """Bonjour,

Ma fille Manon (15 ans) aimerait s'inscrire à l'atelier du 12 avril. Quelles informations faut-il vous fournir ? Est-ce que les photos prises pendant l'atelier sont publiées ? On préfère savoir avant de signer l'autorisation.

Merci,
Aurélien Masson"""),
# NEAR-LINE: question about how photos are used before consenting -> negative.

R("frn_retirer_inscription", "fr", [], ("Bérénice Faure", "berenice.faure@gmail.com"),
  "Retrait de mon inscription",
  """Bonjour,

Je retire mon inscription au stage de novembre : je viens d'apprendre que je suis mutée à Lyon. Pouvez-vous m'indiquer les modalités de remboursement ?

Cordialement,
Bérénice Faure"""),

R("frn_corriger_texte_brochure", "fr", [], ("Marc Delomenie", "marc.delomenie@gmail.com"),
  "Brochure",
  """Chérie,

J'ai relu la brochure : page 3 il faut corriger « vos donnés » → « vos données », et page 5 il manque le prix de l'atelier du samedi. Sinon c'est top.

Je rentre vers 19h.
Marc"""),

R("frn_temoignage_propose", "fr", [], ("Françoise Rigal", "francoise.rigal@orange.fr"),
  "Mon témoignage",
  """Chère Sandra,

Comme promis, voici mon petit texte. Vous pouvez l'utiliser sur votre site avec mon prénom et ma ville, j'en serais honorée :

« Grâce à Sandra, j'ai appris à dire non sans me sentir coupable. À 68 ans, il n'est jamais trop tard ! »

Françoise, Issoudun"""),

R("frn_consentement_donne", "fr", [], ("Thomas Gauthier", "thomas.gauthier@gmail.com"),
  "Autorisation photos",
  """Bonjour Sandra,

Je te renvoie l'autorisation de droit à l'image signée pour l'atelier de samedi. Aucun souci pour les photos sur le site et Facebook.

Thomas""", att=[("autorisation_droit_image_Gauthier.pdf", "application/pdf")]),

R("frn_cloturer_compte", "fr", [], ("Julie Morel", "julie.morel@gmail.com"),
  "Clôture de compte",
  """Bonjour,

J'ai terminé la formation. Pouvez-vous clôturer mon compte ? Merci pour tout, c'était top.

Julie"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

R("frn_resiliation_abonnement", "fr", [], ("Patrick Hamel", "patrick.hamel@orange.fr"),
  "Résiliation abonnement cercle mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement au cercle mensuel à compter du mois prochain. Merci de stopper les prélèvements.

Cordialement,
Patrick Hamel"""),

R("frn_ado_parent_bulletin", "fr", [], ("Karine Leroy", "karine.leroy@gmail.com"),
  "Merci !",
  """Bonjour Sandra,

Je voulais vous remercier : depuis les ateliers, Inès est beaucoup plus sereine avant ses contrôles. Elle a même eu 16 en maths ! Est-ce qu'il y aura une session en juillet ?

Karine, la maman d'Inès"""),

R("frn_pro_partenariat", "fr", [], ("Sébastien Caillaud", "s.caillaud@rh-centre.fr"),
  "Proposition de partenariat - ateliers en entreprise",
  """Bonjour Madame Delomenie,

Je suis DRH d'une PME de 80 salariés à Vierzon. Nous aimerions proposer vos ateliers de gestion du stress à nos équipes. Pour le RGPD, nous aurions besoin de savoir si vous signez un accord de confidentialité et comment sont traitées les données de nos salariés (questionnaires, feuilles de présence).

Pouvons-nous en parler par téléphone ?

Sébastien Caillaud
DRH"""),

R("frn_question_conservation", "fr", [], ("Roselyne Gaudin", "roselyne.gaudin@orange.fr"),
  "Durée de conservation",
  """Madame,

Je lis dans votre politique que les données de santé sont conservées deux ans au maximum. Cela s'applique-t-il aussi aux notes de séance ? Je vous pose la question par simple curiosité, étant ancienne secrétaire médicale.

Respectueusement,
Roselyne Gaudin"""),

R("frn_transfert_message_conjoint", "fr", [], ("Hervé Laine", "herve.laine@gmail.com"),
  "TR: Demande",
  """Sandra, je te transfère le message de ma femme, elle n'arrive pas à t'écrire depuis son téléphone. Elle voudrait la copie de toutes les notes de ses séances.

Hervé""", fwd=dict(style="gmail_fr", n="Nadine Laine", a="nadine.laine@gmail.com", to="herve.laine@gmail.com",
  subj="Demande", t="Hervé tu peux transférer à Sandra stp : je voudrais la copie de mes notes de séances. Bisous")),
# NEAR-LINE: husband forwarding; the request is the wife's (a living adult) and only sits in the forwarded part; new text is a third party -> negative per policy.

R("frn_effacer_tableau", "fr", [], ("Lucie Besnard", "lucie.besnard@gmail.com"),
  "Drive partagé",
  """Coucou Sandra,

J'ai effacé par erreur le tableau « objectifs 2025 » dans notre dossier Drive partagé, tu peux le restaurer depuis la corbeille ? Je suis nulle avec Google !

Lucie"""),

R("frn_acces_replay", "fr", [], ("Hélène Barbier", "helene.barbier@yahoo.fr"),
  "Accès au replay",
  """Bonjour,

Je n'ai pas pu assister au webinaire de mardi. Comment puis-je accéder au replay ? Je ne le trouve pas dans mon espace.

Merci,
Hélène"""),

R("frn_rgpd_mairie", "fr", [], ("Mairie d'Issoudun - Vie associative", "vie.associative@issoudun.fr"),
  "Forum des associations - fiche d'inscription",
  """Madame,

Vous trouverez ci-joint la fiche d'inscription au forum des associations du 6 septembre. Conformément au RGPD, les informations recueillies sont destinées au service Vie associative ; vous pouvez exercer vos droits d'accès et de rectification auprès de la mairie.

Le service Vie associative""", att=[("fiche_inscription_forum_2025.pdf", "application/pdf")]),

R("frn_comptable_export", "fr", [], ("Cabinet Perrot & Associés", "compta@cabinet-perrot.fr"),
  "Export Stripe pour la clôture",
  """Bonjour Madame Delomenie,

Pour la clôture de l'exercice, pourriez-vous nous faire parvenir l'export CSV de vos paiements Stripe et PayPal de l'année, ainsi que la copie des factures émises ?

Cordialement,
Le service comptable"""),

R("frn_stagiaire_question_portabilite", "fr", [], ("Inès Haddad", "ines.haddad@etu.univ-tours.fr"),
  "Mémoire de master",
  """Bonjour Madame,

Je rédige un mémoire sur l'application du droit à la portabilité chez les indépendants du bien-être. Accepteriez-vous de répondre à un questionnaire de 10 minutes sur la manière dont vous gérez ces demandes ?

Merci d'avance,
Inès Haddad
Master 2 Droit du numérique, Université de Tours"""),

R("frn_reponse_apple_merci", "fr", [], ("Colette Mercier", "colette.mercier@orange.fr"),
  "Re: Courrier - demande de suppression",
  """Chère Madame,

Ma petite-fille m'a lu votre réponse. Je vous remercie sincèrement, tout est parfait.

Colette Mercier

Envoyé de mon iPad""", quote=dict(style="apple_fr", n="Sandra Delomenie", a="sandra.delomenie@orange.fr",
  t="Chère Madame Mercier,\nJ'ai bien reçu votre courrier. Vos données ont été supprimées.\nBien à vous,\nSandra")),

R("frn_groupe_whatsapp_info", "fr", [], ("Sylvie Perrin", "sylvie.perrin@free.fr"),
  "Groupe WhatsApp",
  """Bonjour Sandra,

Pourriez-vous m'ajouter au groupe WhatsApp du stage ? Je ne l'ai jamais reçu. Mon numéro est le même qu'avant.

Sylvie"""),

R("frn_modifier_prenom_atelier", "fr", [], ("Agathe Lemaire", "agathe.lemaire@gmail.com"),
  "Badge atelier",
  """Bonjour Sandra,

Pour les badges de samedi, pourrais-tu mettre « Gaby » plutôt qu'Agathe ? Tout le monde m'appelle comme ça.

Merci !
Agathe"""),
# NEAR-LINE: a nickname on a name badge for one event; her name on file is not wrong -> negative.

R("frn_facebook_notif", "fr", [], ("Facebook", "notification@facebookmail.com"),
  "Laetitia Caron a réagi à votre publication",
  """Laetitia Caron a réagi ❤️ à votre publication : « Merci à toutes pour ce magnifique atelier ! »

Voir la publication

Ce message a été envoyé à sandra.delomenie@orange.fr. Pour ne plus recevoir ces e-mails, désabonnez-vous.""",
  shape="html", hdr={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=unsub_fr>"}),

R("frn_laposte_rgpd", "fr", [], ("La Poste", "laposte@info.laposte.fr"),
  "Votre colis est en cours de livraison",
  """Bonjour,

Votre colis 6A2419887765 sera livré aujourd'hui entre 13h et 17h.

Vous pouvez modifier la livraison ou vous opposer à la réception de nos communications commerciales dans votre espace.

La Poste""", shape="html", hdr={"List-Unsubscribe": "<mailto:unsub@info.laposte.fr>"}),

R("frn_retraite_ne_plus_venir", "fr", [], ("André Pichon", "andre.pichon@orange.fr"),
  "Ateliers",
  """Madame,

À mon grand regret, ma santé ne me permet plus de me déplacer jusqu'à Issoudun. Je ne participerai donc plus aux ateliers du mardi. Je garde un excellent souvenir de nos échanges.

Veuillez agréer, Madame, l'expression de mes sentiments les meilleurs.

André Pichon"""),

R("frn_sandra_a_systeme", "fr", [], SANDRA, "Demande de suppression de contacts inactifs",
  """Bonjour,

Je souhaiterais savoir comment supprimer en masse les contacts inactifs depuis plus de 12 mois de mon compte, conformément à ma politique de conservation des données.

Merci,
Sandra Delomenie
Floraison de Soi""", to=("Support systeme.io", "support@systeme.io")),

R("frn_zoom_fr_enregistrement", "fr", [], ("Zoom", "no-reply@zoom.us"),
  "L'enregistrement de votre réunion sera supprimé dans 7 jours",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud « Cercle Oser s'affirmer - séance 2 » sera définitivement supprimé dans 7 jours. Téléchargez-en une copie si vous souhaitez le conserver.

L'équipe Zoom""", shape="alt"),
]
